"""Blind corpus — agriculture business (農業事業部) of 日の出産業株式会社.

Contract farmers, seasonal workers and foreign technical interns, subsidy applications,
produce shipments, direct-sales customers, farm-accident reports, land lease owners.
Every person, number and address below is invented.
"""

from build import card_number, my_number

# -- signatures of the (fictional) staff of the agriculture division --------------------

SIG_TAKAHATA = """
--
日の出産業株式会社 農業事業部 生産管理課
課長　高畑 誠
〒399-4601 長野県上伊那郡箕輪町大字中箕輪１１８０－３
TEL 0265-79-4120 / FAX 0265-79-4121
takahata.makoto@hinode-sangyo.co.jp
"""

SIG_USAMI = """
―――――――――――――――――――
日の出産業株式会社
農業事業部 直販グループ　宇佐美 里奈（うさみ りな）
TEL：0265-79-4133（直通）
Mail：usami.rina@hinode-sangyo.co.jp
オンラインショップ「ひので農園」 https://shop.hinode-sangyo.co.jp/
―――――――――――――――――――
"""

SIG_OKOCHI = """
**************************************
日の出産業(株) 農業事業部 契約栽培課
大河内 健吾 Kengo Okochi
〒399-4601 長野県上伊那郡箕輪町大字中箕輪1180-3
TEL 0265-79-4125　携帯 080-3318-2207
**************************************
"""

SIG_SAEGUSA = """
--------------------------------------------
日の出産業株式会社 農業事業部 業務課
（技能実習生・季節雇用 担当）
三枝 陽子 / Yoko Saegusa
TEL 0265-79-4140  FAX 0265-79-4141
saegusa.yoko@hinode-sangyo.co.jp
--------------------------------------------
"""

SIG_NEMOTO = """
==========
日の出産業株式会社 農業事業部
安全衛生担当　根本 拓也
内線 4152 / 外線 0265-79-4152
==========
"""

SIG_SHIMADA = """
----
日の出産業株式会社 農業事業部 企画課
嶋田 早紀（補助事業・6次産業化担当）
〒399-4601 長野県上伊那郡箕輪町大字中箕輪1180-3
TEL 0265-79-4160
shimada.saki@hinode-sangyo.co.jp
"""

SIG_TOYAMA = """
_____________________________
日の出産業株式会社 農業事業部 管理課（農地・施設）
外山 慎一郎
TEL 0265-79-4170 ／ 090-6624-1938（携帯）
toyama.shinichiro@hinode-sangyo.co.jp
"""

SIG_LAN = """
--
Nguyen Thi Lan (グエン・ティ・ラン)
Intern Support Coordinator, Agriculture Division
Hinode Sangyo Co., Ltd.
1180-3 Nakaminowa, Minowa-machi, Kamiina-gun, Nagano 399-4601, Japan
Tel +81-265-79-4143
"""

SIG_SUGURI = """
--
日の出産業株式会社 農業事業部 経理担当
村主 亜希（すぐり あき）
TEL 0265-79-4118
"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除していただきますようお願いいたします。
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Hinode Sangyo Co., Ltd.
"""

TAKAHATA = "高畑 誠 <takahata.makoto@hinode-sangyo.co.jp>"
USAMI = "宇佐美 里奈 <usami.rina@hinode-sangyo.co.jp>"
OKOCHI = "大河内 健吾 <okochi.kengo@hinode-sangyo.co.jp>"
SAEGUSA = "三枝 陽子 <saegusa.yoko@hinode-sangyo.co.jp>"
NEMOTO = "根本 拓也 <nemoto.takuya@hinode-sangyo.co.jp>"
SHIMADA = "嶋田 早紀 <shimada.saki@hinode-sangyo.co.jp>"
TOYAMA = "外山 慎一郎 <toyama.shinichiro@hinode-sangyo.co.jp>"
LAN = "Nguyen Thi Lan <nguyen.lan@hinode-sangyo.co.jp>"
SUGURI = "村主 亜希 <suguri.aki@hinode-sangyo.co.jp>"

MESSAGES = []

# ======================================================================================
# STOP — lists of people
# ======================================================================================

MESSAGES += [
    {
        "id": "agri-001",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "8 contract farmers with home address and phone in a space-padded table to a buyer",
        "charset": "iso-2022-jp",
        "sender": OKOCHI,
        "to": ["品質保証部 佐伯 様 <saeki.t@kitaguni-foods.co.jp>"],
        "cc": ["高畑 誠 <takahata.makoto@hinode-sangyo.co.jp>"],
        "subject": "トレーサビリティ監査用 契約農家一覧（レタス・白菜）",
        "body": """北国フーズ株式会社
品質保証部 佐伯様

いつもお世話になっております。日の出産業の大河内です。
来週の産地監査に向けて、ご依頼の契約農家一覧をお送りします。
圃場巡回の際に直接ご連絡いただいて構わないと各農家さんから了承をいただいています。

No  生産者名        住所                                   電話
--  --------------  -------------------------------------  -------------
1   小松 義男       長野県上伊那郡箕輪町大字三日町２１４   0265-79-3318
2   北原 千代子     長野県上伊那郡箕輪町大字福与１０２２   090-4417-2851
3   唐沢 昭一       長野県上伊那郡南箕輪村８８０３－２     0265-72-6604
4   伊東 浩二       長野県伊那市西箕輪２９１１             080-2266-0195
5   有賀 ふみ       長野県上伊那郡辰野町大字平出１７７     0266-41-0837
6   春日 隆         長野県上伊那郡箕輪町大字沢３０５－１   090-8830-4472
7   日戸 まさ子     長野県伊那市手良中坪４０６             0265-78-2150
8   向山 健太       長野県上伊那郡南箕輪村神子柴１５７０   070-5513-9028

いずれも結球レタス・白菜の契約栽培（令和7年産）の生産者です。
ご不明点があればお知らせください。
""" + SIG_OKOCHI,
    },
    {
        "id": "agri-002",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "6 seasonal workers with birth dates and mobiles, tab-separated, to a staffing agency",
        "charset": "cp932",
        "sender": SAEGUSA,
        "to": ["ハル人材サービス 派遣営業部 <haken@haru-staff.co.jp>"],
        "subject": "夏秋いちご 収穫要員の確認（6名）",
        "body": """ハル人材サービス株式会社
派遣営業部 ご担当者様

お世話になっております。日の出産業 業務課の三枝です。
7月からの夏秋いちご収穫要員について、弊社で直接雇用していた昨年の季節従業員のうち
今年も御社経由での就業を希望している方の一覧です。登録状況のご確認をお願いします。

氏名\tフリガナ\t生年月日\t携帯電話
赤羽 政則\tアカハネ マサノリ\t1961/08/14\t090-2271-5530
樋代 まゆみ\tヒシロ マユミ\t1974/02/03\t080-6690-1147
丸山 タケ\tマルヤマ タケ\t1953/11/28\t090-3105-8826
大月 陸斗\tオオツキ リクト\t2003/05/19\t070-4438-2069
両角 美紀\tモロズミ ミキ\t1988/12/07\t090-9912-4573
宮下 勝也\tミヤシタ カツヤ\t1969/09/30\t080-1183-6642

よろしくお願いいたします。
""" + SIG_SAEGUSA,
    },
    {
        "id": "agri-003",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CSV (CP932) of 12 direct-sales customers with address/phone/e-mail sent to the printer",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["錦印刷 DM制作チーム <dm@nishiki-insatsu.co.jp>"],
        "subject": "秋の新米DM 宛名データ送付",
        "body": """錦印刷株式会社
DM制作チーム 御中

お世話になっております。日の出産業 直販グループの宇佐美です。
新米案内ハガキの宛名データを添付いたします（CSV、12件）。
前回同様、宛名面のレイアウトで差し込み印刷をお願いします。
投函は9月20日（土）までにお願いできれば幸いです。
""" + SIG_USAMI,
        "attachments": [
            {
                "kind": "csv",
                "name": "新米DM_宛名リスト.csv",
                "encoding": "cp932",
                "rows": [
                    ["顧客番号", "氏名", "郵便番号", "住所", "電話番号", "メールアドレス"],
                    ["C10231", "井出 智恵", "160-0022", "東京都新宿区新宿6-14-2-503", "03-5368-2241", "chie.ide@example-mail.jp"],
                    ["C10244", "栗林 和夫", "221-0835", "神奈川県横浜市神奈川区鶴屋町2-9-11", "045-312-8807", "kuribayashi.k@gmail.com"],
                    ["C10258", "森 あゆみ", "330-0846", "埼玉県さいたま市大宮区大門町3-22", "090-6723-1185", "ayumi.mori77@yahoo.co.jp"],
                    ["C10263", "福澤 健", "464-0075", "愛知県名古屋市千種区内山2-8-3", "052-741-6620", "k.fukuzawa@outlook.jp"],
                    ["C10270", "坂巻 弥生", "260-0013", "千葉県千葉市中央区中央4-15-7", "043-224-9031", "yayoi_sakamaki@icloud.com"],
                    ["C10281", "堀内 修", "399-0031", "長野県松本市小島288-4", "0263-27-4415", "osamu.h@docomo.ne.jp"],
                    ["C10299", "Lisa Tanabe", "106-0032", "東京都港区六本木5-11-3-1201", "080-4415-7720", "lisa.tanabe@gmail.com"],
                    ["C10302", "湯本 正人", "370-0841", "群馬県高崎市栄町16-9", "027-322-5018", "yumoto.m@ezweb.ne.jp"],
                    ["C10317", "鬼頭 里美", "500-8842", "岐阜県岐阜市金町5-2", "058-264-3397", "satomi.kito@gmail.com"],
                    ["C10325", "穂苅 孝之", "950-0087", "新潟県新潟市中央区東大通1-7-30", "025-246-1182", "hokari.t@yahoo.co.jp"],
                    ["C10338", "雨宮 花", "400-0031", "山梨県甲府市丸の内1-20-8", "055-226-7749", "hana.amemiya@outlook.jp"],
                    ["C10346", "真木 和人", "180-0004", "東京都武蔵野市吉祥寺本町2-31-5", "0422-21-5863", "makikazu@softbank.ne.jp"],
                ],
            }
        ],
    },
    {
        "id": "agri-004",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "XLSX (title row, two sheets) of 7 technical interns with residence-card and passport numbers to the supervising body",
        "charset": "iso-2022-jp",
        "sender": SAEGUSA,
        "to": ["東信アグリ協同組合 監理部 <kanri@toshin-agri-kumiai.or.jp>"],
        "subject": "【日の出産業】技能実習生名簿（令和7年度 定期監査用）",
        "body": """東信アグリ協同組合
監理部 ご担当者様

いつも大変お世話になっております。
3か月ごとの定期監査に際し、弊社受入の技能実習生名簿をお送りします。
1号・2号でシートを分けております。ご確認のほどよろしくお願いいたします。
""" + SIG_SAEGUSA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "jisshusei_meibo_R7.xlsx",
                "title": "技能実習生名簿",
                "sheets": {
                    "1号": [
                        ["令和7年度 技能実習生名簿（1号）　日の出産業株式会社 農業事業部"],
                        [],
                        ["No", "氏名（ローマ字）", "国籍", "生年月日", "在留カード番号", "旅券番号", "入国日"],
                        [1, "TRAN VAN HUNG", "ベトナム", "2001-03-17", "UH48213376EA", "C7241958", "2025-04-08"],
                        [2, "LE THI MAI", "ベトナム", "2002-10-02", "UH48213377EA", "C6630127", "2025-04-08"],
                        [3, "NGUYEN DUC ANH", "ベトナム", "2000-06-25", "UH48213378EA", "C7019843", "2025-04-08"],
                        [4, "PHAM THU HA", "ベトナム", "2003-01-11", "UH48213379EA", "C8102264", "2025-04-08"],
                    ],
                    "2号": [
                        ["令和7年度 技能実習生名簿（2号）"],
                        [],
                        ["No", "氏名（ローマ字）", "国籍", "生年月日", "在留カード番号", "旅券番号", "入国日"],
                        [1, "DEWI ANGGRAINI", "インドネシア", "1999-08-30", "RK20457781FA", "B4472109", "2024-03-12"],
                        [2, "AGUS SETIAWAN", "インドネシア", "1998-12-14", "RK20457782FA", "B4472230", "2024-03-12"],
                        [3, "BUI QUANG MINH", "ベトナム", "2000-11-05", "PL91730044DA", "C5518826", "2024-03-12"],
                    ],
                },
            }
        ],
    },
    {
        "id": "agri-005",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail: table of 6 landowners with addresses, phones and bank accounts to the law firm",
        "charset": "utf-8",
        "sender": TOYAMA,
        "to": ["白川法律事務所 弁護士 岩淵 様 <iwabuchi@shirakawa-law.jp>"],
        "subject": "農地賃貸借契約 更新対象の地権者一覧",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>白川法律事務所<br>岩淵先生</p>
<p>いつもお世話になっております。日の出産業の外山です。<br>
来年3月末で期間満了となる農地賃貸借契約（利用権設定）の地権者一覧です。
契約書の更新案作成にあたり、賃料の振込先も含めて記載しております。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>地権者</th><th>住所</th><th>電話</th><th>対象地番</th><th>賃料振込口座</th></tr>
<tr><td>宮坂 喜一郎</td><td>長野県上伊那郡箕輪町大字中曽根４１２</td><td>0265-79-2084</td><td>中曽根字前田1033</td><td>みどり銀行 箕輪支店 普通 4410287</td></tr>
<tr><td>小沢 スミ子</td><td>長野県上伊那郡箕輪町大字松島８８９－１</td><td>0265-79-5531</td><td>松島字北原712-2</td><td>上伊那農協 本所 普通 0038815</td></tr>
<tr><td>征矢 和弘</td><td>長野県伊那市西春近３３０６</td><td>090-5547-1209</td><td>中曽根字前田1041</td><td>みどり銀行 伊那支店 普通 2276019</td></tr>
<tr><td>百瀬 真由美</td><td>東京都八王子市散田町２－４－１５</td><td>042-664-3380</td><td>三日町字宮田556</td><td>ゆうちょ銀行 〇二八店 普通 3391207</td></tr>
<tr><td>熊谷 平八</td><td>長野県上伊那郡箕輪町大字福与２０１０</td><td>0265-79-0416</td><td>福与字上原1877</td><td>上伊那農協 箕輪支所 普通 0120554</td></tr>
<tr><td>垣内 俊也</td><td>愛知県春日井市鳥居松町３－７２</td><td>0568-81-2267</td><td>福与字上原1880-1</td><td>みどり銀行 春日井支店 普通 5086631</td></tr>
</table>
<p>百瀬様・垣内様は相続により県外在住の方です。ご留意ください。</p>
<p>外山 慎一郎<br>日の出産業株式会社 農業事業部 管理課<br>TEL 0265-79-4170</p>
</body></html>""",
    },
    {
        "id": "agri-006",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "bullet list of 5 direct-sales customers with address and phone sent to the carrier",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["青葉運輸 松本営業所 <matsumoto-eigyo@aoba-unyu.co.jp>"],
        "subject": "遅配のお問い合わせ5件について（8/12発送分）",
        "body": """青葉運輸株式会社 松本営業所
ご担当者様

お世話になっております。日の出産業の宇佐美です。
8月12日集荷分のクール便のうち、以下5件のお客様から「まだ届かない」とのご連絡がありました。
配送状況のご確認と、各お客様への直接のご連絡をお願いできますでしょうか。

・荻原 範子 様　東京都世田谷区経堂３－１８－６　０９０－３３８１－７７０２（伝票 4417-2230-9816）
・五味 俊介 様　神奈川県川崎市中原区小杉町１－４０３－１２０２　０８０－５５２０－１４６９（伝票 4417-2230-9827）
・佐久間 えり 様　千葉県船橋市本町２－２－９　０４７－４３１－６６０８（伝票 4417-2230-9831）
・武居 幸太郎 様　埼玉県所沢市東町７－１　０９０－７７１４－２０５３（伝票 4417-2230-9842）
・Mr. Daniel Hsu　東京都港区南麻布４－５－３８－３０１　０７０－２２０８－９３１４（伝票 4417-2230-9853）

いずれもスイートコーンの産直便です。鮮度が落ちるため、本日中にご回答いただけると助かります。
""" + SIG_USAMI,
    },
    {
        "id": "agri-007",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one block per person: 5 new-farmer trainees with address, phone and birth date to the town office",
        "charset": "cp932",
        "sender": SHIMADA,
        "to": ["箕輪町役場 産業振興課 農業係 <nogyo@town.minowa-example.lg.jp>"],
        "subject": "新規就農者育成総合対策（経営開始資金）対象研修生の名簿提出について",
        "body": """箕輪町役場 産業振興課 農業係
ご担当者様

いつもお世話になっております。日の出産業株式会社 企画課の嶋田でございます。
標記の件、弊社農場で研修中の就農予定者について、事前相談用の名簿を以下のとおり提出いたします。

【1】
氏名：篠原 大地（しのはら だいち）
生年月日：平成９年６月２日
住所：長野県上伊那郡箕輪町大字中箕輪８７２１－５　ハイツ木下２０３
電話：090-3627-4418
研修開始：令和6年4月

【2】
氏名：溝口 杏奈（みぞぐち あんな）
生年月日：平成１２年１月２４日
住所：長野県伊那市狐島４１０２－１
電話：080-9144-0733
研修開始：令和6年10月

【3】
氏名：ROSS, Benjamin（ロス ベンジャミン）
生年月日：1991年9月9日
住所：長野県上伊那郡南箕輪村９０１７－２２
電話：070-3382-5561
研修開始：令和6年4月

【4】
氏名：有泉 航平（ありいずみ こうへい）
生年月日：昭和６３年１１月１６日
住所：長野県上伊那郡箕輪町大字三日町４８４
電話：090-1150-2986
研修開始：令和7年4月

【5】
氏名：桐山 奈央（きりやま なお）
生年月日：平成４年３月３０日
住所：長野県駒ヶ根市赤穂１１４５０－３
電話：080-2839-6047
研修開始：令和7年4月

以上5名です。面談日程の調整についても別途ご相談させてください。
""" + SIG_SHIMADA,
    },
    {
        "id": "agri-008",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward of a cooperative's mail: 6 member farmers' addresses and phones, forwarded to the fertiliser supplier",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": ["大地肥料 営業部 北沢様 <kitazawa@daichi-hiryo.co.jp>"],
        "subject": "FW: 土壌改良資材 共同購入の参加農家について",
        "body": """北沢様

お世話になっております。大河内です。
JAから参加農家の一覧が届きましたので、そのまま転送します。
配送先は各農家の自宅（作業場）になりますので、直接日程調整をお願いします。

---------- Forwarded message ---------
From: 上伊那ひなた農協 営農指導課 <einou@ja-hinata.or.jp>
Date: 2025年2月18日(火) 16:05
Subject: 土壌改良資材 共同購入の参加農家について
To: 大河内 健吾 <okochi.kengo@hinode-sangyo.co.jp>

日の出産業 大河内様

共同購入（苦土石灰・堆肥ペレット）の参加農家が確定しました。

1. 伊藤 六郎　長野県上伊那郡箕輪町大字大出３３１２　TEL 0265-79-1842 / 090-4126-5590
2. 浦野 節子　長野県上伊那郡箕輪町大字長岡１１７　TEL 0265-79-0367
3. 中村 恒夫　長野県上伊那郡辰野町大字赤羽６２１　TEL 0266-41-2238 / 080-3307-1145
4. 池上 良　長野県伊那市美篶７７０８　TEL 090-6618-3042
5. 清水 ヨシ江　長野県上伊那郡南箕輪村田畑２１２５　TEL 0265-72-4471
6. 白鳥 健治　長野県上伊那郡箕輪町大字北小河内２６７０　TEL 0265-79-3905

数量は別紙のとおりです。よろしくお願いします。

上伊那ひなた農協 営農指導課 竹村
""",
    },
    {
        "id": "agri-009",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "attached (forwarded) internal mail with 7 seasonal workers' bank accounts sent on to the bank",
        "charset": "iso-2022-jp",
        "sender": SUGURI,
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
        "subject": "総合振込の新規登録先（季節従業員）について",
        "body": """みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 経理の村主です。
今月から季節従業員の給与振込を総合振込に切り替えるため、登録先の一覧を
社内で取りまとめたメールごと添付いたします。事前登録をお願いできますでしょうか。
""" + SIG_SUGURI,
        "attachments": [
            {
                "kind": "eml",
                "name": "季節従業員_振込口座.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": SAEGUSA,
                    "to": [SUGURI],
                    "subject": "季節従業員 振込口座一覧（5月入社分）",
                    "body": """村主さん

5月入社の季節従業員の振込先です。給与の振込設定をお願いします。

氏名          金融機関・支店          種別  口座番号  名義（カナ）
------------  ----------------------  ----  --------  ----------------
西村 亮介     みどり銀行 箕輪支店     普通  3370142   ﾆｼﾑﾗ ﾘｮｳｽｹ
田畑 ゆかり   上伊那農協 南箕輪支所   普通  0051826   ﾀﾊﾞﾀ ﾕｶﾘ
小林 英治     ゆうちょ銀行 一一八店   普通  2204719   ｺﾊﾞﾔｼ ｴｲｼﾞ
下島 まり子   みどり銀行 伊那支店     普通  1189045   ｼﾓｼﾞﾏ ﾏﾘｺ
駒村 晃       信州あずさ信用金庫 本店 普通  0627731   ｺﾏﾑﾗ ｱｷﾗ
平澤 美穂     みどり銀行 箕輪支店     普通  3381506   ﾋﾗｻﾜ ﾐﾎ
酒井 巌       上伊那農協 箕輪支所     普通  0098420   ｻｶｲ ｲﾜｵ

三枝
""",
                },
            }
        ],
    },
    {
        "id": "agri-010",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX table: 9 GAP-training participants (farmers) with mobile and private e-mail sent to the cooperative",
        "charset": "utf-8",
        "sender": NEMOTO,
        "to": ["上伊那ひなた農協 営農指導課 <einou@ja-hinata.or.jp>"],
        "subject": "GAP研修会（2/26）参加者名簿",
        "body": """上伊那ひなた農協 営農指導課 竹村様

お世話になっております。日の出産業の根本です。
先日のGAP研修会の参加者名簿をWordでお送りします。
修了証の発行と、次回研修のご案内送付にご利用ください。

根本
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "GAP研修会_参加者名簿.docx",
                "paragraphs": ["JGAP団体認証 農場研修会　参加者名簿", "開催日：令和7年2月26日　会場：日の出産業 箕輪農場 研修棟"],
                "tables": [[
                    ["No", "氏名", "所属（農場名）", "携帯電話", "メール"],
                    ["1", "小松 義男", "小松農園", "090-4471-2093", "komatsu.farm@gmail.com"],
                    ["2", "北原 千代子", "北原ファーム", "090-4417-2851", "chiyoko.k@yahoo.co.jp"],
                    ["3", "唐沢 昭一", "唐沢農園", "080-6612-7730", "karasawa-s@docomo.ne.jp"],
                    ["4", "伊東 浩二", "伊東農場", "080-2266-0195", "koji.ito.farm@gmail.com"],
                    ["5", "有賀 ふみ", "有賀農園", "090-2030-5817", "ariga.fumi@ezweb.ne.jp"],
                    ["6", "春日 隆", "春日ファーム", "090-8830-4472", "t.kasuga@outlook.jp"],
                    ["7", "日戸 まさ子", "日戸農園", "080-5104-2269", "hido.masako@icloud.com"],
                    ["8", "向山 健太", "向山ベジタブル", "070-5513-9028", "mukaiyama.veg@gmail.com"],
                    ["9", "ダニエル・フォスター", "日の出産業 研修生", "070-1842-3356", "dan.foster.jp@gmail.com"],
                ]],
            }
        ],
    },
]

MESSAGES += [
    {
        "id": "agri-011",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "PDF table of 10 producers (home address, phone, payout account) sent to a supermarket chain",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["まるふくスーパー 青果部 バイヤー 丹羽様 <niwa@marufuku-super.co.jp>"],
        "subject": "「地元生産者コーナー」出荷者登録票の送付",
        "body": """まるふくスーパー株式会社
青果部 丹羽様

お世話になっております。日の出産業の宇佐美です。
地元生産者コーナーに出荷する生産者の登録票（PDF）をお送りします。
売上精算は各生産者の口座へ直接振込とのことでしたので、口座情報も記載しています。

どうぞよろしくお願いいたします。
""" + SIG_USAMI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "shukkasha_touroku.pdf",
                "title": "出荷者登録票",
                "lines": ["地元生産者コーナー 出荷者登録票（日の出産業 取りまとめ分）", "令和7年6月1日現在", ""],
                "table": [
                    ["生産者CD", "氏名", "住所", "電話", "振込口座"],
                    ["P-0101", "小松 義男", "長野県上伊那郡箕輪町大字三日町214", "0265-79-3318", "みどり銀行 箕輪 普通 2081143"],
                    ["P-0102", "北原 千代子", "長野県上伊那郡箕輪町大字福与1022", "090-4417-2851", "上伊那農協 本所 普通 0077120"],
                    ["P-0103", "唐沢 昭一", "長野県上伊那郡南箕輪村8803-2", "0265-72-6604", "みどり銀行 伊那 普通 1132290"],
                    ["P-0104", "伊東 浩二", "長野県伊那市西箕輪2911", "080-2266-0195", "ゆうちょ 一一八 普通 4480193"],
                    ["P-0105", "有賀 ふみ", "長野県上伊那郡辰野町大字平出177", "0266-41-0837", "上伊那農協 辰野 普通 0015568"],
                    ["P-0106", "春日 隆", "長野県上伊那郡箕輪町大字沢305-1", "090-8830-4472", "みどり銀行 箕輪 普通 2093317"],
                    ["P-0107", "日戸 まさ子", "長野県伊那市手良中坪406", "0265-78-2150", "信州あずさ信金 手良 普通 0204471"],
                    ["P-0108", "向山 健太", "長野県上伊那郡南箕輪村神子柴1570", "070-5513-9028", "みどり銀行 伊那 普通 1140628"],
                    ["P-0109", "藤森 和代", "長野県上伊那郡箕輪町大字木下7702", "0265-79-6120", "上伊那農協 箕輪 普通 0102239"],
                    ["P-0110", "三澤 幸一", "長野県上伊那郡箕輪町大字中箕輪9003", "090-5230-8874", "みどり銀行 箕輪 普通 2107745"],
                ],
            }
        ],
    },
    {
        "id": "agri-012",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "plain ZIP with a UTF-8 CSV and an XLSX of 15 gift recipients (name/address/phone) sent to the carrier",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"],
        "subject": "歳暮りんご 一括発送データ（15件）",
        "body": """青葉運輸株式会社 法人営業ご担当者様

お世話になっております。日の出産業 直販グループの宇佐美です。
歳暮用サンふじの一括発送データをZIPでお送りします。
送り状発行システム取込用のCSVと、確認用のExcelが入っています。
集荷は12月5日（金）午後でお願いします。
""" + SIG_USAMI,
        "attachments": [
            {
                "kind": "zip",
                "name": "oseibo_hassou_1205.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "hassou_1205.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["お届け先氏名", "郵便番号", "住所1", "住所2", "電話番号", "品名", "個数"],
                            ["岡谷 伸子", "150-0011", "東京都渋谷区東3-9-14", "", "03-3409-5521", "サンふじ5kg", "1"],
                            ["長谷部 勝", "231-0062", "神奈川県横浜市中区桜木町1-101-1", "クロスゲート802", "045-201-7734", "サンふじ5kg", "1"],
                            ["冨永 恵理子", "564-0051", "大阪府吹田市豊津町9-40", "", "06-6386-2219", "サンふじ10kg", "1"],
                            ["宍戸 博", "980-0811", "宮城県仙台市青葉区一番町2-4-6", "", "022-266-4408", "サンふじ5kg", "2"],
                            ["若林 千秋", "812-0011", "福岡県福岡市博多区博多駅前3-7-7", "", "092-471-6620", "サンふじ5kg", "1"],
                            ["茅野 俊彦", "390-0811", "長野県松本市中央2-4-11", "", "0263-32-8815", "サンふじ10kg", "1"],
                            ["Emily Carter", "107-0062", "東京都港区南青山2-27-18", "#503", "080-3318-4462", "サンふじ5kg", "1"],
                            ["浜 恭子", "420-0857", "静岡県静岡市葵区御幸町11-8", "", "054-255-1093", "サンふじ5kg", "1"],
                        ],
                    },
                    {
                        "kind": "xlsx",
                        "name": "hassou_1205_kakunin.xlsx",
                        "sheets": {
                            "確認用": [
                                ["歳暮 発送確認表（12/5 集荷）"],
                                ["お届け先", "住所", "電話", "品名"],
                                ["岡谷 伸子", "東京都渋谷区東3-9-14", "03-3409-5521", "サンふじ5kg"],
                                ["長谷部 勝", "神奈川県横浜市中区桜木町1-101-1", "045-201-7734", "サンふじ5kg"],
                                ["冨永 恵理子", "大阪府吹田市豊津町9-40", "06-6386-2219", "サンふじ10kg"],
                                ["宍戸 博", "宮城県仙台市青葉区一番町2-4-6", "022-266-4408", "サンふじ5kg×2"],
                                ["若林 千秋", "福岡県福岡市博多区博多駅前3-7-7", "092-471-6620", "サンふじ5kg"],
                                ["茅野 俊彦", "長野県松本市中央2-4-11", "0263-32-8815", "サンふじ10kg"],
                                ["Emily Carter", "東京都港区南青山2-27-18 #503", "080-3318-4462", "サンふじ5kg"],
                                ["浜 恭子", "静岡県静岡市葵区御幸町11-8", "054-255-1093", "サンふじ5kg"],
                                ["矢崎 隆之", "新潟県長岡市大手通1-5-3", "0258-32-4410", "サンふじ5kg"],
                                ["千野 美智子", "山梨県甲府市中央4-2-19", "055-233-8806", "サンふじ5kg"],
                                ["保科 大", "群馬県前橋市千代田町2-11-5", "027-231-5548", "サンふじ10kg"],
                                ["牛山 由美", "東京都杉並区阿佐谷南1-33-2", "03-3312-0947", "サンふじ5kg"],
                                ["金井 達夫", "埼玉県川越市脇田町18-6", "049-224-3371", "サンふじ5kg"],
                                ["鳥羽 沙織", "愛知県豊橋市駅前大通2-46", "0532-52-7713", "サンふじ5kg"],
                                ["久保田 誠二", "石川県金沢市香林坊1-2-21", "076-231-6682", "サンふじ10kg"],
                            ],
                        },
                    },
                ],
            }
        ],
    },
    {
        "id": "agri-013",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of 8 farm-help volunteers (age, phone, e-mail) sent to an NPO",
        "charset": "cp932",
        "sender": TAKAHATA,
        "to": ["NPO法人 伊那谷援農ネット 事務局 <jimukyoku@inadani-ennou.or.jp>"],
        "subject": "援農ボランティア登録者（日の出産業受入分）",
        "body": """伊那谷援農ネット 事務局 御中

いつもお世話になっております。
今年度、弊社農場で受け入れた援農ボランティアの登録者一覧（xls）をお送りします。
ボランティア保険の加入手続きにお使いください。

高畑
""" + SIG_TAKAHATA,
        "attachments": [
            {
                "kind": "xls",
                "name": "ennou_volunteer_2025.xls",
                "sheets": {
                    "登録者": [
                        ["氏名", "年齢", "電話", "メールアドレス", "参加日数"],
                        ["安藤 冬美", 34, "090-8127-3360", "fuyumi.ando@gmail.com", 6],
                        ["倉田 陽平", 27, "080-4420-9915", "y.kurata@yahoo.co.jp", 3],
                        ["藪原 正", 66, "0265-78-3342", "yabuhara.t@nifty.example.ne.jp", 12],
                        ["Sophie Martin", 29, "070-2205-8814", "sophie.m.jp@gmail.com", 4],
                        ["土屋 一葉", 41, "090-6631-2047", "kazuha.t@icloud.com", 8],
                        ["杉本 浩", 58, "080-1172-5590", "hsugimoto@outlook.jp", 5],
                        ["奥原 千尋", 22, "090-3359-4478", "chihiro.okuhara@ac.example.jp", 2],
                        ["片桐 三郎", 71, "0265-79-8820", "", 15],
                    ]
                },
            }
        ],
    },
    {
        "id": "agri-014",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PPTX report to the cooperative with a slide listing 6 model farmers' home addresses and mobiles",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": ["上伊那ひなた農協 販売課 <hanbai@ja-hinata.or.jp>"],
        "cc": ["高畑 誠 <takahata.makoto@hinode-sangyo.co.jp>"],
        "subject": "契約栽培 令和6年度実績報告（スライド）",
        "body": """上伊那ひなた農協 販売課 各位

お世話になっております。大河内です。
先日の協議会でご説明した令和6年度の契約栽培実績報告のスライドを共有いたします。
最終ページにモデル農家の連絡先も入れてありますので、視察受入の調整にご活用ください。

大河内
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "keiyaku_saibai_R6_houkoku.pptx",
                "slides": [
                    ["令和6年度 契約栽培 実績報告", "日の出産業株式会社 農業事業部 契約栽培課", "2025年3月"],
                    ["出荷実績", "結球レタス 412t（前年比 104%）", "白菜 288t（前年比 97%）", "スイートコーン 96t（新規）"],
                    ["課題と来年度方針", "夏場の高温による品質低下", "予冷施設の増設", "契約単価の見直し"],
                    ["モデル農家 連絡先（視察受入）",
                     "小松 義男　箕輪町大字三日町214　090-4471-2093",
                     "北原 千代子　箕輪町大字福与1022　090-4417-2851",
                     "唐沢 昭一　長野県上伊那郡南箕輪村8803-2　080-6612-7730",
                     "伊東 浩二　長野県伊那市西箕輪2911　080-2266-0195",
                     "春日 隆　箕輪町大字沢305-1　090-8830-4472",
                     "向山 健太　南箕輪村神子柴1570　070-5513-9028"],
                ],
            }
        ],
    },
    {
        "id": "agri-015",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "comma-separated export of 10 subscription customers pasted into the body for the EC system vendor",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["ツバサシステム 導入支援 小野寺様 <onodera@tsubasa-system.jp>"],
        "subject": "Re: 新ECカートへの会員データ移行テスト",
        "body": """小野寺様

お世話になっております。宇佐美です。
移行テスト用に、野菜定期便の会員データを一部（10件）貼り付けます。
文字コードや項目の並びで問題があればご指摘ください。

会員ID,氏名,カナ,電話,メール,コース
M2101,相澤 美帆,アイザワ ミホ,090-2281-6643,miho.aizawa@gmail.com,月2回Sセット
M2102,梶 宗一郎,カジ ソウイチロウ,080-7730-1952,kaji.s@yahoo.co.jp,毎週Mセット
M2103,戸谷 玲奈,トヤ レイナ,070-6618-2204,reina.toya@icloud.com,月2回Mセット
M2104,栗原 亘,クリハラ ワタル,090-5577-3019,w.kurihara@outlook.jp,毎週Lセット
M2105,野々村 葵,ノノムラ アオイ,080-9024-4416,aoi.nonomura@gmail.com,月1回Sセット
M2106,Chen Wei,チェン ウェイ,070-3301-8867,chenwei.tokyo@gmail.com,月2回Sセット
M2107,古畑 豊,フルハタ ユタカ,090-6645-0072,furuhata.y@docomo.ne.jp,毎週Mセット
M2108,丹沢 小百合,タンザワ サユリ,080-1159-3388,sayuri.t@ezweb.ne.jp,月2回Mセット
M2109,館野 圭,タテノ ケイ,090-4402-7165,kei.tateno@yahoo.co.jp,月1回Lセット
M2110,二宮 朋子,ニノミヤ トモコ,080-8836-5521,ninomiya.tomo@gmail.com,毎週Sセット

残りの約1,400件は本番移行時にお渡しします。
""" + SIG_USAMI,
    },
    {
        "id": "agri-016",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "full-width padded table of 6 field workers with wareki birth dates and full-width phones to the insurer",
        "charset": "iso-2022-jp",
        "sender": NEMOTO,
        "to": ["ひのまる損保 伊那支社 <ina-shisha@hinomaru-sonpo.co.jp>"],
        "subject": "農作業従事者 傷害保険 追加加入のお願い",
        "body": """ひのまる損害保険株式会社　伊那支社
ご担当　和田様

いつもお世話になっております。日の出産業の根本です。
団体傷害保険（農作業従事者）の追加加入者は下記６名です。
７月１日付での加入をお願いいたします。

氏名　　　　　生年月日　　　　　　　携帯電話　　　　　　作業区分
－－－－－－　－－－－－－－－－－　－－－－－－－－－　－－－－－－
堀 芳雄　　　昭和２７年４月１５日　０９０－２２０４－６６１７　トラクター
池田 真澄　　昭和５８年９月２日　　０８０－３３７１－０２４８　選果
竹内 尚人　　平成１４年１月２０日　０７０－５５８２－３３１０　収穫
矢島 ハル　　昭和２４年１２月８日　０２６５－７９－２２７３　選果
中谷 翔太　　平成９年７月７日　　　０９０－８０１４－５５２６　収穫
原 由紀子　　昭和４６年３月３１日　０８０－６２６０－１９０５　防除補助

加入手続きに必要な書類があればお知らせください。
""" + SIG_NEMOTO,
    },
    {
        "id": "agri-017",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "English mail to the overseas sending organisation: 5 interns with DOB and family emergency phones",
        "charset": "utf-8",
        "sender": LAN,
        "to": ["Ms. Hoang Yen <yen.hoang@mekong-manpower.com>"],
        "subject": "Emergency contacts of interns - please confirm",
        "body": """Dear Ms. Yen,

I hope you are well. As part of our typhoon-season preparation, we are checking the
emergency contacts of the interns placed with us. Could you please confirm the details
below with the families and tell us if anything has changed?

Name              | DOB        | Emergency contact (relation) | Phone
------------------+------------+------------------------------+----------------
Tran Van Hung     | 2001-03-17 | Tran Van Duc (father)        | +84 912 448 361
Le Thi Mai        | 2002-10-02 | Nguyen Thi Hoa (mother)      | +84 936 215 774
Nguyen Duc Anh    | 2000-06-25 | Nguyen Van Long (brother)    | +84 983 307 152
Pham Thu Ha       | 2003-01-11 | Pham Van Tuan (father)       | +84 905 661 238
Bui Quang Minh    | 2000-11-05 | Do Thi Lan (mother)          | +84 977 140 826

Their mobile numbers in Japan are unchanged.

Thank you very much for your help.

Best regards,
""" + SIG_LAN,
    },
    {
        "id": "agri-018",
        "expect": "stop",
        "entities": ["PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tab-delimited TXT export (CP932) of 20 customers without a name column (phone, e-mail, home address) to a marketing agency",
        "charset": "cp932",
        "sender": USAMI,
        "to": ["グリーンリーフ企画 分析チーム <analytics@greenleaf-kikaku.co.jp>"],
        "subject": "購買分析用データ（個人名は削除済み）",
        "body": """グリーンリーフ企画 分析チーム 御中

お世話になっております。日の出産業の宇佐美です。
ご依頼の購買分析用データを添付します。個人名の列は削除してあります。
まずはサンプル20件で形式をご確認いただければと思います。

宇佐美
""",
        "attachments": [
            {
                "kind": "txt",
                "name": "kounyu_sample20.txt",
                "encoding": "cp932",
                "text": "\n".join([
                    "顧客ID\t電話番号\tメールアドレス\t住所\t累計購入額\t最終購入日",
                    "100384\t090-1127-6630\tkaori.m1983@gmail.com\t東京都練馬区豊玉北5-17-2\t48,300\t2025/05/03",
                    "100391\t03-3987-2241\ttaka_n@yahoo.co.jp\t東京都豊島区南池袋2-8-9\t12,960\t2025/04/18",
                    "100407\t080-5518-0347\tmisaki.o@icloud.com\t神奈川県藤沢市鵠沼石上1-4-6\t96,540\t2025/05/11",
                    "100412\t045-861-4420\tyuji.sakai@outlook.jp\t神奈川県横浜市戸塚区戸塚町16-1\t7,020\t2024/12/22",
                    "100426\t090-7706-2215\tharuna.k@docomo.ne.jp\t千葉県柏市柏4-8-1\t33,480\t2025/03/30",
                    "100433\t070-4163-5598\tnishida.aki@gmail.com\t埼玉県川口市栄町3-2-11\t21,600\t2025/05/06",
                    "100440\t0263-47-2281\tmatsu.family@yahoo.co.jp\t長野県松本市寿北7-12-4\t158,200\t2025/05/14",
                    "100458\t090-2257-8134\tr.ohashi@ezweb.ne.jp\t東京都世田谷区桜新町1-22-3\t9,720\t2025/02/01",
                    "100461\t080-9940-1186\tsaki.hirano@gmail.com\t東京都江東区豊洲5-6-36\t64,800\t2025/05/09",
                    "100475\t052-801-3357\tkenta.ishii@outlook.jp\t愛知県名古屋市昭和区御器所3-9-2\t18,360\t2025/04/27",
                    "100482\t090-3381-6072\tmegumi.fj@icloud.com\t大阪府豊中市新千里東町1-4\t27,540\t2025/03/15",
                    "100490\t070-2294-7751\tokada.shin@gmail.com\t京都府京都市左京区下鴨東本町8\t41,040\t2025/05/02",
                    "100503\t03-5706-1148\tyamane.r@yahoo.co.jp\t東京都目黒区自由が丘2-10-4\t88,120\t2025/05/12",
                    "100517\t090-6172-3309\tchika.s@softbank.ne.jp\t兵庫県西宮市甲子園口2-7-1\t5,400\t2024/11/30",
                    "100524\t080-3066-4825\tt.morimoto@gmail.com\t静岡県浜松市中央区鍛冶町100\t36,720\t2025/04/09",
                    "100538\t0266-52-1947\tsuwa.nakano@outlook.jp\t長野県諏訪市湖岸通り1-3-8\t72,360\t2025/05/10",
                    "100541\t090-8814-2260\tnao.kubota@docomo.ne.jp\t東京都調布市布田1-38-2\t15,120\t2025/01/19",
                    "100556\t070-5527-9903\tayano.h@gmail.com\t神奈川県鎌倉市由比ガ浜2-5-7\t51,840\t2025/05/01",
                    "100562\t048-644-2378\tkobayashi.ke@yahoo.co.jp\t埼玉県さいたま市大宮区桜木町4-2\t24,300\t2025/03/26",
                    "100579\t090-1203-6617\tmai.sugawara@icloud.com\t宮城県仙台市宮城野区榴岡4-2-3\t10,800\t2025/04/30",
                ]),
            }
        ],
    },
    {
        "id": "agri-019",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "exactly 5 harvest-experience guests with mobiles, text+HTML mail, to the partner hotel",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["さくらホテル 宿泊営業課 <shukuhaku@sakura-hotel.jp>"],
        "subject": "9/27 りんご狩り宿泊プラン お申込者（5名）",
        "body": """さくらホテル 宿泊営業課 ご担当者様

いつもお世話になっております。日の出産業の宇佐美です。
9/27（土）りんご狩り＋宿泊プランのお申込者です。チェックインは17時頃の予定です。

1. 福島 亮　　090-7213-4058
2. 福島 詩織　080-6625-1190
3. 大羽 将人　090-5530-7742
4. 大羽 貴子　070-3318-6025
5. 新津 茉莉　080-2297-4613

送迎バスは箕輪農場を16:20発です。よろしくお願いいたします。
""" + SIG_USAMI,
        "html": """<html><body>
<p>さくらホテル 宿泊営業課 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の宇佐美です。<br>
9/27（土）りんご狩り＋宿泊プランのお申込者です。チェックインは17時頃の予定です。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>No</th><th>お名前</th><th>携帯</th></tr>
<tr><td>1</td><td>福島 亮</td><td>090-7213-4058</td></tr>
<tr><td>2</td><td>福島 詩織</td><td>080-6625-1190</td></tr>
<tr><td>3</td><td>大羽 将人</td><td>090-5530-7742</td></tr>
<tr><td>4</td><td>大羽 貴子</td><td>070-3318-6025</td></tr>
<tr><td>5</td><td>新津 茉莉</td><td>080-2297-4613</td></tr>
</table>
<p>送迎バスは箕輪農場を16:20発です。よろしくお願いいたします。</p>
<p>宇佐美 里奈<br>日の出産業株式会社 農業事業部 直販グループ<br>TEL：0265-79-4133</p>
</body></html>""",
    },
    {
        "id": "agri-020",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "new text of a reply lists 6 workers' shifts with mobiles (quoted part below is harmless) to the staffing agency",
        "charset": "iso-2022-jp",
        "sender": SAEGUSA,
        "to": ["ハル人材サービス 伊那営業所 木村様 <kimura@haru-staff.co.jp>"],
        "subject": "Re: 来週のシフト表について",
        "body": """木村様

お世話になっております。三枝です。
来週（8/18〜8/23）のシフトが確定しましたので、派遣スタッフの皆さんへの連絡をお願いします。
当日の欠勤連絡はスタッフから直接こちらの携帯に入れてもらう形で構いません。

　赤羽 政則　　月火水木　　選果場　　090-2271-5530
　樋代 まゆみ　月水金土　　収穫Ａ班　080-6690-1147
　丸山 タケ　　火木土　　　選果場　　090-3105-8826
　大月 陸斗　　月〜土　　　収穫Ｂ班　070-4438-2069
　両角 美紀　　月火金　　　出荷調整　090-9912-4573
　宮下 勝也　　水木金土　　収穫Ａ班　080-1183-6642

よろしくお願いいたします。
三枝

> 三枝様
> お世話になっております。ハル人材サービスの木村です。
> 来週分のシフト表ができましたら共有いただけますでしょうか。
> 盆明けで人数が読みにくい時期かと思いますので、早めに調整できれば助かります。
> 木村
""",
    },
]

# ======================================================================================
# STOP — identity and card numbers
# ======================================================================================

MESSAGES += [
    {
        "id": "agri-021",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one contract farmer's My Number (for the payment record) sent to the outside tax accountant",
        "charset": "iso-2022-jp",
        "sender": SUGURI,
        "to": ["佐藤税理士事務所 <office@sato-zeirishi.jp>"],
        "subject": "支払調書の件（唐沢様 個人番号）",
        "body": f"""佐藤税理士事務所
佐藤先生

いつもお世話になっております。日の出産業の村主です。
先日ご指摘のあった報酬の支払調書について、契約農家の唐沢様から個人番号の提供を受けました。
作成をお願いいたします。

　氏名：唐沢 昭一
　住所：長野県上伊那郡南箕輪村８８０３－２
　個人番号：{my_number(2101)[:4]} {my_number(2101)[4:8]} {my_number(2101)[8:]}
　支払金額：1,284,000円（育苗委託料）

本人確認書類（運転免許証の写し）は社内で保管しております。
""" + SIG_SUGURI,
    },
    {
        "id": "agri-022",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a phone-order customer's credit card number and expiry sent to the payment provider",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["ペイゲート 加盟店サポート <support@paygate-kessai.co.jp>"],
        "subject": "電話注文分の手動決済をお願いします（注文 HN-250711-0042）",
        "body": f"""ペイゲート決済 加盟店サポート ご担当者様

加盟店ID 7720418 の日の出産業（ひので農園）です。
管理画面にログインできない状態のため、電話で受けた以下の注文の与信をお願いできますでしょうか。

注文番号：HN-250711-0042
お客様：桑原 多恵子 様（TEL 090-5561-2083）
カード番号：{card_number(2201)}
有効期限：08/28
金額：8,640円（桃 3kg 箱 ×2）

よろしくお願いいたします。
""" + SIG_USAMI,
    },
    {
        "id": "agri-023",
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one intern's residence-card number and birth date sent to the letting agent for the dormitory lease",
        "charset": "cp932",
        "sender": SAEGUSA,
        "to": ["伊那不動産 賃貸管理部 <chintai@ina-fudosan.co.jp>"],
        "subject": "社宅（ハイツみのわ102）入居者の変更届",
        "body": """伊那不動産株式会社
賃貸管理部 御中

いつもお世話になっております。日の出産業 業務課の三枝です。
社宅として借り上げているハイツみのわ102号室の入居者が変わりますので、届出いたします。

　入居者氏名：LE THI MAI（レ・ティ・マイ）
　生年月日：2002年10月2日
　国籍：ベトナム
　在留カード番号：UH48213377EA
　在留資格：技能実習（1号ロ）
　入居日：令和7年4月10日

契約名義は従来どおり弊社です。ご確認のほどよろしくお願いいたします。
""" + SIG_SAEGUSA,
    },
    {
        "id": "agri-024",
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a seasonal worker's driving-licence number and birth date sent to the insurer for the farm-vehicle policy",
        "charset": "iso-2022-jp",
        "sender": NEMOTO,
        "to": ["ひのまる損保 伊那支社 和田様 <wada.k@hinomaru-sonpo.co.jp>"],
        "subject": "軽トラック 運転者限定特約の追加",
        "body": """和田様

いつもお世話になっております。日の出産業の根本です。
農場の軽トラック（松本480 あ 12-34）の運転者に、季節従業員1名を追加したいと考えております。

　氏名　　　　大月 陸斗
　生年月日　　平成15年5月19日
　免許証番号　第 481902337150 号
　免許の色　　緑（初心運転者期間中）

年齢条件の変更が必要かどうかも併せてご教示ください。
""" + SIG_NEMOTO,
    },
    {
        "id": "agri-025",
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "new farm employee's basic pension number and health-insurance card number to the outside labour consultant",
        "charset": "utf-8",
        "sender": SAEGUSA,
        "to": ["社会保険労務士 北野事務所 <kitano@kitano-sr.jp>"],
        "subject": "資格取得届の作成依頼（農場 正社員1名）",
        "body": """北野先生

いつもお世話になっております。日の出産業の三枝です。
4月1日付で農場に正社員として採用した者について、社会保険の資格取得届の作成をお願いします。

氏名：篠原 大地
生年月日：1997年6月2日
基礎年金番号：4218-603957
前職の健康保険証：記号 31120455　番号 17（協会けんぽ 長野支部）
標準報酬月額の見込み：240,000円

被扶養者はおりません。必要書類があればお知らせください。
""" + SIG_SAEGUSA,
    },
    {
        "id": "agri-026",
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "English mail to a travel agency with an intern's passport number and DOB for the return flight",
        "charset": "utf-8",
        "sender": LAN,
        "to": ["Ticketing Desk <ticketing@asia-bridge-travel.com>"],
        "subject": "Return ticket booking - Hanoi, 14 Oct",
        "body": """Hello,

Please book a one-way ticket Narita (NRT) -> Hanoi (HAN) on 14 October for one of our
technical interns who has completed the programme.

  Passenger: AGUS SETIAWAN (Mr.)
  Date of birth: 14 DEC 1998
  Nationality: Indonesia
  Passport No.: B4472230, expiry 2031-06-18

Sorry, correction: the destination is Jakarta (CGK), not Hanoi. Economy class, one checked
bag of 30 kg if possible. Please invoice Hinode Sangyo Co., Ltd. as usual.

Kind regards,
""" + SIG_LAN,
    },
    {
        "id": "agri-027",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX with a landowner's My Number (rent payment record) sent to the tax accountant",
        "charset": "iso-2022-jp",
        "sender": TOYAMA,
        "to": ["佐藤税理士事務所 担当 森田様 <morita@sato-zeirishi.jp>"],
        "subject": "地代の支払調書用 個人番号提供書",
        "body": """森田様

お世話になっております。日の出産業 管理課の外山です。
年間の地代が15万円を超える地権者の方から、個人番号の提供書をいただきました。
Wordで転記したものを添付しますので、不動産の使用料等の支払調書の作成に使ってください。

外山
""" + SIG_TOYAMA,
        "attachments": [
            {
                "kind": "docx",
                "name": "個人番号提供書_宮坂.docx",
                "paragraphs": [
                    "個人番号提供書",
                    "日の出産業株式会社 御中",
                    "私の個人番号を、不動産の使用料等の支払調書作成事務のために提供します。",
                    "氏名：宮坂 喜一郎",
                    "住所：長野県上伊那郡箕輪町大字中曽根４１２",
                    f"個人番号：{my_number(2701)}",
                    "提供日：令和7年1月14日",
                    "本人確認：運転免許証にて確認済（外山）",
                ],
            }
        ],
    },
    {
        "id": "agri-028",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "reply to the mall operator pasting a customer's full card number (full-width, spaced) from a dispute",
        "charset": "cp932",
        "sender": USAMI,
        "to": ["やまびこモール 出店者サポート <seller-support@yamabiko-mall.jp>"],
        "subject": "Re: チャージバック通知（注文番号 YM-88213047）",
        "body": f"""やまびこモール 出店者サポート ご担当者様

お世話になっております。ひので農園（日の出産業）の宇佐美です。
お問い合わせの件、お客様からお電話で伺った内容をお知らせします。
カード会社の明細と照合していただけますでしょうか。

購入者：北條 麻衣 様
使用カード：{" ".join(card_number(2801)[i:i + 4] for i in range(0, 16, 4)).translate(str.maketrans("0123456789", "０１２３４５６７８９"))}
ご本人いわく「同じ日に2回引き落とされている」とのことです。

出荷記録では1回のみ（7/2 発送、追跡番号 3310-4482-7719）となっております。

宇佐美

> 出店者様
> 注文番号 YM-88213047 についてチャージバックの申立てがありました。
> 7日以内に出荷記録をご提出ください。
""",
    },
]

# ======================================================================================
# STOP — 要配慮個人情報 about one identifiable person
# ======================================================================================

MESSAGES += [
    {
        "id": "agri-029",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "farm-accident report to the mutual-aid insurer naming the injured worker and his diagnosis",
        "charset": "iso-2022-jp",
        "sender": NEMOTO,
        "to": ["上伊那農業共済組合 損害評価課 <songai@nosai-kamiina.or.jp>"],
        "subject": "農作業事故の発生報告（8月4日 箕輪第2農場）",
        "body": """上伊那農業共済組合 損害評価課 御中

日の出産業株式会社の根本です。標記の事故について第一報をお送りします。

8月4日（月）午前10時20分ごろ、箕輪第2農場でスピードスプレーヤーによる防除作業中、
季節従業員の堀 芳雄さん（昭和27年4月15日生、73歳）が法面で機体ごと横転し、
左脚を挟まれました。救急搬送先の伊那中央総合病院で左脛骨骨折・左足関節脱臼と診断され、
全治3か月の見込み、現在入院中です。本人の意識ははっきりしています。
なお堀さんは以前から高血圧の治療中で、当日朝は体調に問題はなかったと話しています。

事故時の状況写真と機械の点検記録は後日まとめてお送りします。
""" + SIG_NEMOTO,
    },
    {
        "id": "agri-030",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "running text telling a contract farm that a named intern is Muslim (religion) and how to accommodate it",
        "charset": "utf-8",
        "sender": SAEGUSA,
        "to": ["小松農園 小松 義男 様 <info@komatsu-nouen.jp>"],
        "subject": "来週から派遣する実習生について",
        "body": """小松様

いつもお世話になっております。日の出産業の三枝です。
来週月曜から、インドネシア出身の実習生デウィ・アンガライニさんが小松さんの圃場で作業します。

デウィさんはイスラム教を信仰していて、1日5回のお祈りがあります。
作業中は昼と15時ごろに10分ほど休憩を取らせてあげてください。場所は作業小屋の隅で大丈夫とのことです。
また豚肉・アルコールは口にしないので、作業後にお茶菓子などを出していただく際はご配慮をお願いします。
ラマダン（断食月）の時期は日中に水も飲まないので、熱中症には特に気を付けてあげてください。

何かあれば私の携帯までご連絡ください。
""" + SIG_SAEGUSA,
    },
    {
        "id": "agri-031",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "disability of a named worker (intellectual disability, 療育手帳) described to an outside welfare operator",
        "charset": "cp932",
        "sender": TAKAHATA,
        "to": ["就労継続支援B型 みのわの森 サービス管理責任者 <sabikan@minowa-mori.or.jp>"],
        "subject": "農福連携 施設外就労の受入れについて",
        "body": """みのわの森
サービス管理責任者　上原様

お世話になっております。日の出産業の高畑です。
先日ご紹介いただいた利用者の小口 翔さんの件、来月から施設外就労で受け入れる方向で社内調整がつきました。

面談の際にお母様から伺った内容を共有させてください。
小口さんは療育手帳B1をお持ちで、軽度の知的障害があるとのこと。
作業手順は一度にひとつずつ伝え、写真付きの手順書があると安心して取り組めると伺いました。
また大きな音が苦手とのことなので、草刈機やトラクターの近くでの作業は避ける予定です。

初日は職員の方の同行をお願いできますと助かります。
""" + SIG_TAKAHATA,
    },
    {
        "id": "agri-032",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "criminal record (suspended sentence for theft) of a named applicant sent to the staffing agency",
        "charset": "iso-2022-jp",
        "sender": SAEGUSA,
        "to": ["ハル人材サービス 伊那営業所 木村様 <kimura@haru-staff.co.jp>"],
        "subject": "ご紹介いただいた候補者（選果場）について",
        "body": """木村様

お世話になっております。三枝です。
選果場スタッフとしてご紹介いただいた大田原 徹さんの件でご相談です。

面接の際、ご本人から「昨年、前の職場で窃盗の容疑で逮捕され、執行猶予付きの判決を受けている」と
申告がありました。正直に話していただいたことは評価しておりますが、
選果場は現金を扱う直売所と隣接しているため、配置について一度御社とも相談させてください。

前職での事情について御社で把握されていることがあれば教えていただけますか。
""" + SIG_SAEGUSA,
    },
    {
        "id": "agri-033",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named farm-stand clerk was the victim of an assault and robbery: victim information to the security company",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["まもる警備保障 伊那営業所 <ina@mamoru-keibi.co.jp>"],
        "subject": "直売所での強盗事件と警備体制の見直しについて",
        "body": """まもる警備保障株式会社 伊那営業所
ご担当者様

いつもお世話になっております。日の出産業の宇佐美です。
ご存じかもしれませんが、10月3日の閉店間際、国道153号沿いの直売所「ひので市場」で
売上金を狙った強盗事件がありました。

レジ締めをしていたパート従業員の寺沢 久美子さんが男に突き飛ばされて腕を負傷し、
被害届を出しています。寺沢さんはショックが大きく、現在お休みしています。
警察からは犯人はまだ捕まっていないと聞いています。

ついては夕方の時間帯の巡回追加と、防犯カメラの増設についてお見積りをお願いしたく存じます。
""" + SIG_USAMI,
    },
    {
        "id": "agri-034",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF health-check result (abnormal liver values, re-examination) of a named intern to the supervising body",
        "charset": "iso-2022-jp",
        "sender": SAEGUSA,
        "to": ["東信アグリ協同組合 監理部 <kanri@toshin-agri-kumiai.or.jp>"],
        "subject": "定期健康診断の結果（要精密検査1名）",
        "body": """東信アグリ協同組合 監理部
ご担当者様

お世話になっております。日の出産業の三枝です。
先月実施した実習生の定期健康診断で、1名が要精密検査となりました。
結果票を添付しますので、通訳の手配と受診の同行についてご相談させてください。
""" + SIG_SAEGUSA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "kenshin_kekka_NGUYEN.pdf",
                "lines": [
                    "定期健康診断 結果通知票",
                    "受診者：NGUYEN DUC ANH　　生年月日：2000年6月25日　　所属：日の出産業(株) 箕輪農場",
                    "受診日：令和7年6月12日　　実施機関：上伊那健診センター",
                    "",
                    "AST(GOT) 88 U/L（基準 10-30）　ALT(GPT) 124 U/L（基準 6-30）　γ-GTP 210 U/L",
                    "HBs抗原：陽性",
                    "判定：D2 要精密検査（肝機能障害の疑い・B型肝炎ウイルスキャリア）",
                    "医師所見：消化器内科を受診してください。",
                ],
            }
        ],
    },
    {
        "id": "agri-035",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "harassment complaint to the law firm stating a named worker's ethnic origin and that she was targeted for it",
        "charset": "cp932",
        "sender": TAKAHATA,
        "to": ["白川法律事務所 岩淵先生 <iwabuchi@shirakawa-law.jp>"],
        "subject": "契約農家による差別的言動について（ご相談）",
        "body": """岩淵先生

いつもお世話になっております。日の出産業の高畑です。
契約農家のもとで作業していた当社パート従業員から相談があり、対応についてご助言をいただきたくご連絡しました。

相談者は金 美英（キム・ミヨン）さんで、在日コリアン3世です。
派遣先の農家の経営者から、作業中に繰り返し出自をあげつらう暴言を受け、
先週には胸を突かれて転倒したとのことです。本人は警察に被害届を出すか迷っています。

当社としては配置換えを行ったうえで、契約農家に対して厳重に申し入れをするつもりですが、
契約解除まで視野に入れるべきかどうかご相談させてください。
""" + SIG_TAKAHATA,
    },
    {
        "id": "agri-036",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English update to the sending organisation: named intern hospitalised, heat stroke and rhabdomyolysis diagnosis",
        "charset": "utf-8",
        "sender": LAN,
        "to": ["Ms. Hoang Yen <yen.hoang@mekong-manpower.com>"],
        "cc": ["三枝 陽子 <saegusa.yoko@hinode-sangyo.co.jp>"],
        "subject": "Urgent: Pham Thu Ha hospitalised",
        "body": """Dear Ms. Yen,

I am sorry to inform you that Pham Thu Ha collapsed in the greenhouse yesterday afternoon
(around 14:30, 36 degrees outside). She was taken to Ina Central Hospital by ambulance.

The doctor diagnosed severe heat stroke with rhabdomyolysis and mild acute kidney injury.
She is receiving IV fluids and will stay in hospital for about one week. She is conscious
and was able to talk with me this morning.

Could you please contact her family? She asked us not to worry her mother too much, so
please explain gently. We will cover all hospital costs through the workers' accident
insurance.

Best regards,
""" + SIG_LAN,
    },
    {
        "id": "agri-037",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX of only 4 dispatched workers, but with a chronic-illness column (diagnoses) — sensitive data to the agency",
        "charset": "utf-8",
        "sender": NEMOTO,
        "to": ["ハル人材サービス 伊那営業所 木村様 <kimura@haru-staff.co.jp>"],
        "subject": "猛暑期の作業配置（持病のある方の確認）",
        "body": """木村様

お世話になっております。根本です。
猛暑期の配置見直しにあたり、派遣スタッフの方から聞き取った持病の状況を表にしました。
御社で把握されている内容と相違がないかご確認ください。
""" + SIG_NEMOTO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "haichi_minaoshi_0801.xlsx",
                "sheets": {
                    "配置案": [
                        ["氏名", "携帯", "持病・服薬", "配置案"],
                        ["赤羽 政則", "090-2271-5530", "糖尿病（インスリン使用）", "選果場（屋内）"],
                        ["丸山 タケ", "090-3105-8826", "狭心症・ニトロ携帯", "選果場（屋内）"],
                        ["両角 美紀", "090-9912-4573", "てんかん（服薬でコントロール）", "出荷調整・機械作業なし"],
                        ["宮下 勝也", "080-1183-6642", "腰椎椎間板ヘルニア", "収穫Ａ班（重量物なし）"],
                    ]
                },
            }
        ],
    },
]

# ======================================================================================
# STOP — several external parties visible to each other
# ======================================================================================

MESSAGES += [
    {
        "id": "agri-038",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "6 contract farmers' private addresses all in To (should have been Bcc)",
        "charset": "iso-2022-jp",
        "sender": OKOCHI,
        "to": [
            "小松 義男 <komatsu.farm@gmail.com>",
            "北原 千代子 <chiyoko.k@yahoo.co.jp>",
            "唐沢 昭一 <karasawa-s@docomo.ne.jp>",
            "伊東 浩二 <koji.ito.farm@gmail.com>",
            "有賀 ふみ <ariga.fumi@ezweb.ne.jp>",
            "向山 健太 <mukaiyama.veg@gmail.com>",
        ],
        "subject": "令和8年産 契約栽培説明会のご案内",
        "body": """契約農家の皆さま

いつも大変お世話になっております。日の出産業の大河内です。
令和8年産の契約栽培について、下記のとおり説明会を開催いたします。

日時：11月21日（金）13:30〜15:30
場所：日の出産業 箕輪農場 研修棟 2階
内容：契約単価の考え方、品種構成、出荷規格の変更点

ご出欠を11月14日までにご返信ください。
""" + SIG_OKOCHI,
    },
    {
        "id": "agri-039",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three competing buyers (three external organisations) in To see each other",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": [
            "北国フーズ 仕入部 <shiire@kitaguni-foods.co.jp>",
            "まるふくスーパー 青果部 <seika@marufuku-super.co.jp>",
            "さくらホテル 購買課 <kobai@sakura-hotel.jp>",
        ],
        "subject": "【ご連絡】レタス出荷数量の調整について（7月第3週）",
        "body": """お取引先各位

いつもお世話になっております。日の出産業 契約栽培課の大河内です。
7月上旬の長雨の影響で、第3週の結球レタスの出荷可能数量が当初計画の7割程度となる見込みです。
各社さまへの配分案は個別にご連絡いたしますが、取り急ぎ状況のみお知らせします。

ご迷惑をおかけし申し訳ございません。
""" + SIG_OKOCHI,
    },
    {
        "id": "agri-040",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "consortium mail: town office, cooperative, IT vendor and equipment maker (4 external organisations) in To/Cc",
        "charset": "iso-2022-jp",
        "sender": SHIMADA,
        "to": [
            "箕輪町 産業振興課 <nogyo@town.minowa-example.lg.jp>",
            "上伊那ひなた農協 営農指導課 <einou@ja-hinata.or.jp>",
        ],
        "cc": [
            "ツバサシステム 小野寺 <onodera@tsubasa-system.jp>",
            "川崎電機 農業施設営業部 <agri-sales@kawasaki-denki.co.jp>",
            "高畑 誠 <takahata.makoto@hinode-sangyo.co.jp>",
        ],
        "subject": "スマート農業実証プロジェクト 第2回コンソーシアム会議の日程調整",
        "body": """コンソーシアム構成員の皆さま

お世話になっております。代表機関 日の出産業の嶋田です。
第2回コンソーシアム会議の日程を調整させてください。

候補：10月8日（水）午後／10月10日（金）午前／10月15日（水）午後
議題：環境制御装置の導入状況、データ連携の仕様、実績報告書の分担

ご都合のよい日を今週中にご返信ください。
""" + SIG_SHIMADA,
    },
    {
        "id": "agri-041",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "four private landowners addressed together in To about the rent revision",
        "charset": "cp932",
        "sender": TOYAMA,
        "to": [
            "宮坂 喜一郎 <miyasaka.k412@yahoo.co.jp>",
            "百瀬 真由美 <momose.mayumi@gmail.com>",
            "熊谷 平八 <kumagai-h@ezweb.ne.jp>",
            "垣内 俊也 <t.kakiuchi@icloud.com>",
        ],
        "subject": "農地賃料の改定についてのお知らせ",
        "body": """地権者の皆さま

平素より当社の農業経営にご理解とご協力をいただき、誠にありがとうございます。
日の出産業株式会社 管理課の外山でございます。

町の農業委員会が公表する賃借料情報の改定を受け、令和8年1月分より
10アール当たりの賃料を改定させていただきたく、ご案内申し上げます。
詳細は後日郵送する書面にてご説明いたします。

ご不明な点は下記までお問い合わせください。
""" + SIG_TOYAMA,
    },
    {
        "id": "agri-042",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "the carrier and two private customers in To/Cc of one apology mail: three parties visible",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["青葉運輸 松本営業所 <matsumoto-eigyo@aoba-unyu.co.jp>"],
        "cc": ["荻原 範子 <n.ogiwara@docomo.ne.jp>", "五味 俊介 <gomi.shun@gmail.com>"],
        "subject": "8/12発送分の配送遅延について",
        "body": """青葉運輸 松本営業所 ご担当者様
荻原様、五味様

日の出産業 ひので農園の宇佐美です。
8月12日に発送したスイートコーンの配達が遅れている件、運送会社さまにも状況を共有するため
このメールで皆さまにご連絡しております。

青葉運輸さま：中継センターでの滞留状況のご確認をお願いします。
お客様：商品の状態に問題があれば、写真をお送りいただければ再送いたします。

大変ご迷惑をおかけし申し訳ございません。
""" + SIG_USAMI,
    },
]

# ======================================================================================
# STOP — look-alike recipient domains
# ======================================================================================

MESSAGES += [
    {
        "id": "agri-043",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-food.co.jp: partner kitaguni-foods.co.jp with a letter dropped",
        "charset": "iso-2022-jp",
        "sender": OKOCHI,
        "to": ["北国フーズ 仕入部 佐伯様 <saeki.t@kitaguni-food.co.jp>"],
        "subject": "白菜 9月出荷計画（確定版）",
        "body": """北国フーズ株式会社 仕入部 佐伯様

お世話になっております。日の出産業の大河内です。
9月の白菜出荷計画の確定版です。

　9/1週　1,200ケース
　9/8週　1,450ケース
　9/15週　1,600ケース
　9/22週　1,380ケース

規格はL・2L中心、10kg段ボール（6玉入り）です。
引き続きよろしくお願いいたします。
""" + SIG_OKOCHI,
    },
    {
        "id": "agri-044",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyu.jp: partner aoba-unyu.co.jp with the co. dropped",
        "charset": "utf-8",
        "sender": TAKAHATA,
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
        "subject": "予冷庫からの臨時集荷のお願い（8/20）",
        "body": """青葉運輸 配車センター ご担当者様

日の出産業 生産管理課の高畑です。
8月20日（水）に臨時の集荷をお願いしたく、ご連絡しました。

集荷場所：箕輪農場 第1予冷庫
時間：15:00〜15:30
荷量：レタス 10kg×480ケース（10tウイング車1台）
行先：北国フーズ 大田物流センター

急なお願いで恐縮ですが、配車可否をご返信ください。
""" + SIG_TAKAHATA,
    },
    {
        "id": "agri-045",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginkou.co.jp: partner bank midori-ginko.co.jp with a letter added",
        "charset": "iso-2022-jp",
        "sender": SHIMADA,
        "to": ["みどり銀行 伊那支店 融資課 <yushi-ina@midori-ginkou.co.jp>"],
        "subject": "スーパーL資金（つなぎ融資）申込書類の送付",
        "body": """みどり銀行 伊那支店 融資課
ご担当者様

いつもお世話になっております。日の出産業の嶋田です。
先日ご相談した補助事業のつなぎ融資について、申込書類一式の電子データをお送りします。

・事業計画書（補助金交付決定通知の写し含む）
・直近3期分の決算書
・見積書（ハウス用環境制御装置一式）

原本は明日、支店窓口にお持ちします。
""" + SIG_SHIMADA,
    },
    {
        "id": "agri-046",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague: hinode-sanygo.co.jp (letters swapped) is external, and the mail carries 6 workers' home addresses and phones",
        "charset": "cp932",
        "sender": SAEGUSA,
        "to": ["根本 拓也 <nemoto.takuya@hinode-sanygo.co.jp>"],
        "subject": "緊急連絡網（収穫班）更新版",
        "body": """根本さん

収穫班の緊急連絡網を更新しました。安全衛生の掲示用にお使いください。

班　氏名　　　　住所　　　　　　　　　　　　　　　　携帯
Ａ　樋代 まゆみ　長野県上伊那郡箕輪町大字松島２２０８　080-6690-1147
Ａ　宮下 勝也　　長野県伊那市上牧６６１５　　　　　　080-1183-6642
Ａ　西村 亮介　　長野県上伊那郡箕輪町大字沢１１０２　090-7215-3380
Ｂ　大月 陸斗　　長野県上伊那郡南箕輪村４２１９　　　070-4438-2069
Ｂ　平澤 美穂　　長野県上伊那郡箕輪町大字中原５５　　090-2208-6631
Ｂ　駒村 晃　　　長野県伊那市荒井３４０８－２　　　　080-5571-9042

三枝
""",
    },
    {
        "id": "agri-047",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "sakura-hote1.jp: partner sakura-hotel.jp with the l replaced by the digit 1",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["さくらホテル 料飲部 <fb@sakura-hote1.jp>"],
        "subject": "ブルーベリー 納品スケジュールのご確認",
        "body": """さくらホテル 料飲部 ご担当者様

お世話になっております。日の出産業 直販グループの宇佐美です。
朝食ビュッフェ向けブルーベリーの納品スケジュールをお送りします。

7/15（火）5kg
7/22（火）5kg
7/29（火）8kg（夏休み期間の増量分）

単価は先日お見積りのとおり 1kgあたり 2,160円（税込）です。
""" + SIG_USAMI,
    },
]

# ======================================================================================
# STOP — confidentiality markings
# ======================================================================================

MESSAGES += [
    {
        "id": "agri-048",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail and body stamped 社外秘 (internal sales strategy) sent to the printer",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["錦印刷 企画営業部 <kikaku@nishiki-insatsu.co.jp>"],
        "subject": "【社外秘】令和8年 ひので農園 販売戦略（パンフレット用抜粋）",
        "body": """━━━━━━━━━━━━━━━━━━
社外秘　｜　日の出産業株式会社 農業事業部
━━━━━━━━━━━━━━━━━━

錦印刷 企画営業部 ご担当者様

パンフレットの構成案をご検討いただくにあたり、社内の販売戦略資料から抜粋をお送りします。

1. 定期便の会員数を1,500→2,400に拡大（首都圏の共働き世帯が主な対象）
2. 競合のA社・B社より1割高い価格帯を維持し、「朝どれ・翌朝着」で差別化
3. 法人向けギフトは粗利率35%を下限とし、値引きは行わない
4. 来春、松本市内に2号店（直売所）出店を検討中（未公表）

未公表の内容を含みますので、取扱いにはご注意ください。
""" + SIG_USAMI,
    },
    {
        "id": "agri-049",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the marking is only inside the attachment: XLSX cost sheet titled 【社外秘】 with a 取扱注意 page header",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": ["北国フーズ 仕入部 佐伯様 <saeki.t@kitaguni-foods.co.jp>"],
        "subject": "契約単価のご相談資料",
        "body": """佐伯様

お世話になっております。大河内です。
来期の契約単価のご相談にあたり、資材高騰の状況を整理した資料を添付します。
お目通しのうえ、来週の打合せでご意見をいただければ幸いです。

大河内
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "genka_R8_lettuce.xlsx",
                "page_header": "取扱注意",
                "sheets": {
                    "原価": [
                        ["【社外秘】結球レタス 生産原価計算表（令和8年産 試算）"],
                        [],
                        ["費目", "10a当たり（円）", "前年比"],
                        ["種苗費", 28400, "108%"],
                        ["肥料費", 41200, "121%"],
                        ["農薬費", 22800, "104%"],
                        ["光熱動力費", 18600, "115%"],
                        ["資材費（段ボール）", 52300, "112%"],
                        ["労働費", 162000, "106%"],
                        ["合計", 325300, "110%"],
                        [],
                        ["目標粗利率", "18%"],
                    ],
                    "単価案": [
                        ["規格", "現行単価", "提示案", "下限"],
                        ["L", 1380, 1520, 1460],
                        ["2L", 1280, 1410, 1350],
                    ],
                },
            }
        ],
    },
    {
        "id": "agri-050",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF attachment footed CONFIDENTIAL - INTERNAL USE ONLY sent to an overseas equipment vendor",
        "charset": "utf-8",
        "sender": TAKAHATA,
        "to": ["Pieter de Vries <p.devries@hollandkas-systems.com>"],
        "subject": "Greenhouse expansion - our investment plan",
        "body": """Dear Pieter,

Thank you for the meeting last week. To help you size the climate-control proposal,
I attach our internal investment plan for the Minowa greenhouse expansion (phase 2).

Please note the budget ceiling on page 2; we hope your proposal can stay within it.

Best regards,
Makoto Takahata
Production Management, Agriculture Division
Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "Minowa_GH_phase2_plan.pdf",
                "title": "Minowa Greenhouse Phase 2 - Investment Plan",
                "page_footer": "CONFIDENTIAL - INTERNAL USE ONLY",
                "lines": [
                    "Minowa Greenhouse Phase 2 - Investment Plan (draft 3)",
                    "Hinode Sangyo Co., Ltd. - Agriculture Division",
                    "",
                    "1. Scope: 1.2 ha Venlo-type glasshouse for tomatoes, year-round",
                    "2. Budget ceiling: JPY 680 million (of which subsidy JPY 290 million, pending)",
                    "3. Target yield: 45 kg/m2 by year 3",
                    "4. Timeline: tender Nov 2025, construction Apr-Dec 2026",
                    "5. Board approval: scheduled 18 Sep (not yet approved)",
                ],
            }
        ],
    },
    {
        "id": "agri-051",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX minutes with a 部外秘 page header (land acquisition plan) sent to an outside land consultant",
        "charset": "iso-2022-jp",
        "sender": TOYAMA,
        "to": ["信州農地コンサルタント 西沢様 <nishizawa@shinshu-nouchi.co.jp>"],
        "subject": "農地集積の検討状況（議事録の共有）",
        "body": """西沢様

お世話になっております。日の出産業の外山です。
先日の社内会議の議事録をお送りします。候補地の優先順位についてご意見をいただけますでしょうか。

外山
""" + SIG_TOYAMA,
        "attachments": [
            {
                "kind": "docx",
                "name": "議事録_農地集積検討会_0911.docx",
                "page_header": "部外秘",
                "paragraphs": [
                    "農地集積検討会 議事録",
                    "日時：令和7年9月11日 15:00〜16:30　場所：本社 第3会議室",
                    "出席：農業事業部長、管理課、企画課",
                    "1. 北小河内地区（約8.5ha）：地権者12名中9名が同意見込み。来年度中の利用権設定を目指す。",
                    "2. 長岡地区（約3.2ha）：隣接する大規模法人との競合あり。賃料は地域相場の1.2倍まで許容。",
                    "3. 買収案件：木下地区の遊休地2.1haは取得価格の上限を10a当たり80万円とする。",
                    "次回：10月9日",
                ],
            }
        ],
    },
]

# ======================================================================================
# STOP — attachments that cannot be read
# ======================================================================================

MESSAGES += [
    {
        "id": "agri-052",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP); contents cannot be inspected",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["まるふくスーパー 青果部 丹羽様 <niwa@marufuku-super.co.jp>"],
        "subject": "6月度 出荷実績・精算データ",
        "body": """丹羽様

お世話になっております。日の出産業の宇佐美です。
6月度の出荷実績と精算データをお送りします。
解凍用のパスワードは別メールにてお知らせいたします。

宇佐美
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "shukka_seisan_202506.zip",
                "password": "Hnd#2506mf",
                "files": [
                    {"kind": "xlsx", "name": "出荷実績_202506.xlsx",
                     "sheets": {"実績": [["日付", "品目", "数量"], ["6/2", "レタス", 120], ["6/3", "白菜", 80]]}},
                ],
            }
        ],
    },
    {
        "id": "agri-053",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted (password-protected) PDF of the subsidy application",
        "charset": "utf-8",
        "sender": SHIMADA,
        "to": ["アグリ経営コンサルティング 補助金支援チーム <hojokin@agri-keiei.co.jp>"],
        "subject": "強い農業づくり総合支援交付金 申請書（最終版）",
        "body": """補助金支援チーム ご担当者様

お世話になっております。日の出産業 企画課の嶋田です。
申請書の最終版をPDFでお送りします。社内規程によりパスワードを設定しております。
パスワードはお電話でお伝えします。

嶋田
""" + SIG_SHIMADA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "shinseisho_final.pdf",
                "password": "minowa2025",
                "lines": ["強い農業づくり総合支援交付金 事業実施計画書", "事業実施主体：日の出産業株式会社", "事業費：総額 312,000,000円"],
            }
        ],
    },
    {
        "id": "agri-054",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "corrupt XLSX that cannot be opened",
        "charset": "cp932",
        "sender": TAKAHATA,
        "to": ["上伊那ひなた農協 営農指導課 竹村様 <einou@ja-hinata.or.jp>"],
        "subject": "圃場別 収量データ（令和7年産 前半）",
        "body": """竹村様

お世話になっております。高畑です。
ご依頼の圃場別収量データをお送りします。
作付体系の比較にお使いください。

高畑
""",
        "attachments": [{"kind": "corrupt", "name": "shuryo_hojo_R7_zenhan.xlsx"}],
    },
    {
        "id": "agri-055",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "corrupt (truncated) PDF attachment",
        "charset": "utf-8",
        "sender": TOYAMA,
        "to": ["箕輪町農業委員会 事務局 <nogyo-iinkai@town.minowa-example.lg.jp>"],
        "subject": "農地法第3条許可申請 添付図面",
        "body": """箕輪町農業委員会 事務局 御中

いつもお世話になっております。日の出産業の外山です。
先日提出した農地法第3条の許可申請について、不足していた位置図・公図の写しをお送りします。

よろしくお願いいたします。
""" + SIG_TOYAMA,
        "attachments": [{"kind": "corrupt", "name": "ichizu_kouzu.pdf"}],
    },
]

# ======================================================================================
# PASS — everyday mail that must go
# ======================================================================================

MESSAGES += [
    {
        "id": "agri-056",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary shipment schedule with the standard confidentiality disclaimer at the end",
        "charset": "iso-2022-jp",
        "sender": OKOCHI,
        "to": ["北国フーズ 仕入部 佐伯様 <saeki.t@kitaguni-foods.co.jp>"],
        "subject": "スイートコーン 初出荷のご案内",
        "body": """北国フーズ株式会社 仕入部
佐伯様

いつもお世話になっております。日の出産業の大河内です。
今年のスイートコーン（ゴールドラッシュ）は、予定より3日早く7月9日（水）に初出荷となります。
初回は 5kg箱 × 300ケース、以降は日量 400〜500ケースを見込んでいます。
糖度は試し採りで 17〜18度と、例年並み以上の仕上がりです。

引き続きよろしくお願いいたします。
""" + SIG_OKOCHI + DISCLAIMER_JA,
    },
    {
        "id": "agri-057",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "review of an NDA draft (秘密保持契約書) with the law firm; 機密情報 appears only as contract terms",
        "charset": "utf-8",
        "sender": SHIMADA,
        "to": ["白川法律事務所 岩淵先生 <iwabuchi@shirakawa-law.jp>"],
        "subject": "種苗会社との秘密保持契約書（案）のレビューのお願い",
        "body": """岩淵先生

いつもお世話になっております。日の出産業 企画課の嶋田です。
新品種の試験栽培にあたり、種苗会社から秘密保持契約書の案が届きました。
当社に不利な条項がないかご確認をお願いできますでしょうか。

特に気になっているのは以下の点です。
・第2条の「機密情報」の定義に、圃場で観察した生育状況まで含まれている点
・第7条の有効期間（契約終了後10年）が長すぎないか
・試験結果の学会発表に事前承諾が必要とされている点

来週中にご意見をいただけますと幸いです。
""" + SIG_SHIMADA,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書（案）_たねむら種苗.docx",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "たねむら種苗株式会社（以下「甲」という）と日の出産業株式会社（以下「乙」という）は、"
                    "甲が開発中のレタス新品種の試験栽培（以下「本件」という）に関し、次のとおり契約を締結する。",
                    "第1条（目的）本契約は、本件に関して開示される機密情報の取扱いを定めることを目的とする。",
                    "第2条（機密情報）本契約において機密情報とは、本件に関し甲が乙に開示した技術上又は営業上の情報、"
                    "並びに乙が試験栽培において観察した生育状況その他一切の情報をいう。",
                    "第3条（秘密保持義務）乙は、機密情報を第三者に開示又は漏洩してはならない。",
                    "第7条（有効期間）本契約の有効期間は締結日から3年間とし、秘密保持義務は契約終了後10年間存続する。",
                ],
            }
        ],
    },
    {
        "id": "agri-058",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "order confirmation to one private customer repeating her own delivery address",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["井出 智恵 <chie.ide.1982@gmail.com>"],
        "subject": "【ひので農園】ご注文ありがとうございます（注文番号 HN-250903-0117）",
        "body": """井出 智恵 様

このたびは「ひので農園」オンラインショップをご利用いただき、誠にありがとうございます。
以下の内容でご注文を承りました。

■ご注文番号：HN-250903-0117
■商品：新米コシヒカリ 5kg ×1 ／ 秋の野菜セットM ×1
■お届け先：〒160-0022 東京都新宿区新宿6-14-2-503　井出 智恵 様
■お届け予定：9月6日（土） 午前中
■お支払い：代金引換（合計 6,980円）

お届け先に誤りがございましたら、本メールにご返信ください。
""" + SIG_USAMI,
    },
    {
        "id": "agri-059",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one business contact (the customer's receiving clerk at a logistics centre) passed to the carrier",
        "charset": "iso-2022-jp",
        "sender": TAKAHATA,
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "納品先の受付担当者について（8/20便）",
        "body": """青葉運輸 配車センター ご担当者様

高畑です。8月20日便の納品先について補足します。
到着が18時を過ぎる場合は、下記の受付担当者へ事前にお電話をお願いします。

　北国フーズ株式会社 大田物流センター 入荷受付
　担当：佐伯 様
　TEL：03-5753-2210（センター代表）
　〒143-0001 東京都大田区東海3-2-7

よろしくお願いします。
""" + SIG_TAKAHATA,
    },
    {
        "id": "agri-060",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three staff attending a trade fair, with mobiles, to the hotel: under five people (may warn)",
        "charset": "cp932",
        "sender": USAMI,
        "to": ["さくらホテル 宿泊予約 <yoyaku@sakura-hotel.jp>"],
        "subject": "10/16〜17 宿泊予約のお願い（日の出産業 3名）",
        "body": """さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業の宇佐美です。
アグリフードEXPOへの出展に伴い、下記の3名の宿泊をお願いいたします。

・宇佐美 里奈（シングル禁煙）携帯 080-4472-1906
・大河内 健吾（シングル禁煙）携帯 080-3318-2207
・Nguyen Thi Lan（シングル禁煙）携帯 070-6614-3085

10/16（木）チェックイン、10/17（金）チェックアウト、法人契約料金でお願いします。
到着が22時頃になる者がおりますので、その際は各自の携帯へご連絡ください。
""" + SIG_USAMI,
    },
    {
        "id": "agri-061",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two arriving interns' names, flight and Japanese mobile numbers to the supervising body: two people",
        "charset": "iso-2022-jp",
        "sender": SAEGUSA,
        "to": ["東信アグリ協同組合 監理部 <kanri@toshin-agri-kumiai.or.jp>"],
        "subject": "4/8 入国予定の実習生2名 お迎えについて",
        "body": """東信アグリ協同組合 監理部 ご担当者様

お世話になっております。三枝です。
4月8日に入国予定の2名について、お迎えの段取りを共有します。

　便名：VN310（ハノイ 00:20発 → 成田 07:30着）
　1. TRAN VAN HUNG さん　携帯（国内用に事前契約済）080-9912-3047
　2. LE THI MAI さん　携帯（同上）080-9912-3048

成田からは御社の車両で入国後講習の会場までお願いします。
当社からは私が同行いたします。
""" + SIG_SAEGUSA,
    },
    {
        "id": "agri-062",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "directory of cooperative branches (business addresses and switchboards), not people",
        "charset": "utf-8",
        "sender": TAKAHATA,
        "to": ["青葉運輸 松本営業所 <matsumoto-eigyo@aoba-unyu.co.jp>"],
        "subject": "JA集荷場の所在地一覧（秋冬野菜の巡回集荷）",
        "body": """青葉運輸 松本営業所 ご担当者様

お世話になっております。高畑です。
秋冬野菜の巡回集荷で回っていただくJA集荷場の一覧です。

集荷場名                  住所                                     電話
------------------------  ---------------------------------------  ------------
上伊那ひなた農協 箕輪集荷場  長野県上伊那郡箕輪町大字中箕輪10286   0265-79-2011
上伊那ひなた農協 南箕輪集荷場  長野県上伊那郡南箕輪村2380-1       0265-72-3105
上伊那ひなた農協 辰野集荷場  長野県上伊那郡辰野町大字伊那富3412   0266-41-1170
上伊那ひなた農協 伊那西部集荷場  長野県伊那市西箕輪4680          0265-73-8821
上伊那ひなた農協 宮田集荷場  長野県上伊那郡宮田村7021             0265-85-3340

各集荷場の受付時間は 8:00〜17:00 です。
""" + SIG_TAKAHATA,
    },
    {
        "id": "agri-063",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's farm stands (shops) for a flyer, as an HTML attachment: businesses, not people",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["錦印刷 企画営業部 <kikaku@nishiki-insatsu.co.jp>"],
        "subject": "直売所マップ チラシ用データ",
        "body": """錦印刷 企画営業部 ご担当者様

お世話になっております。宇佐美です。
チラシ裏面の「直売所マップ」に掲載する店舗情報をHTMLでお送りします。
営業時間・定休日も記載しておりますので、そのままレイアウトしてください。

宇佐美
""",
        "attachments": [
            {
                "kind": "html",
                "name": "chokubaijo_list.html",
                "html": """<html><body><h2>ひので農園 直売所一覧</h2>
<table border="1">
<tr><th>店舗</th><th>住所</th><th>電話</th><th>営業時間</th><th>定休日</th></tr>
<tr><td>ひので市場 箕輪本店</td><td>長野県上伊那郡箕輪町大字中箕輪1180-3</td><td>0265-79-4180</td><td>9:00-17:00</td><td>水曜</td></tr>
<tr><td>ひので市場 伊那インター店</td><td>長野県伊那市西箕輪3120-5</td><td>0265-73-4181</td><td>9:00-18:00</td><td>無休</td></tr>
<tr><td>ひので市場 辰野駅前店</td><td>長野県上伊那郡辰野町大字辰野1590</td><td>0266-41-4182</td><td>10:00-17:00</td><td>火・水曜</td></tr>
<tr><td>ひのでファームカフェ</td><td>長野県上伊那郡南箕輪村8304-1</td><td>0265-72-4183</td><td>11:00-16:00</td><td>月曜</td></tr>
</table></body></html>""",
            }
        ],
    },
    {
        "id": "agri-064",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "produce price list (text + HTML) to a supermarket buyer",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": ["まるふくスーパー 青果部 丹羽様 <niwa@marufuku-super.co.jp>"],
        "subject": "秋冬野菜 価格表（10月〜12月）",
        "body": """丹羽様

お世話になっております。大河内です。
10月〜12月の価格表をお送りします（税抜・店着価格）。

品目            規格          入数     単価
白菜            2L            6玉      1,450円
キャベツ        L             8玉      1,280円
長ねぎ          L             2kg      1,120円
ブロッコリー    L             20個     2,300円
サニーレタス    M             12個     1,060円

※天候により変動する場合がございます。
""" + SIG_OKOCHI,
        "html": """<html><body>
<p>丹羽様</p><p>お世話になっております。大河内です。<br>10月〜12月の価格表をお送りします（税抜・店着価格）。</p>
<table border="1" cellpadding="3">
<tr><th>品目</th><th>規格</th><th>入数</th><th>単価</th></tr>
<tr><td>白菜</td><td>2L</td><td>6玉</td><td>1,450円</td></tr>
<tr><td>キャベツ</td><td>L</td><td>8玉</td><td>1,280円</td></tr>
<tr><td>長ねぎ</td><td>L</td><td>2kg</td><td>1,120円</td></tr>
<tr><td>ブロッコリー</td><td>L</td><td>20個</td><td>2,300円</td></tr>
<tr><td>サニーレタス</td><td>M</td><td>12個</td><td>1,060円</td></tr>
</table>
<p>※天候により変動する場合がございます。</p>
<p>大河内 健吾<br>日の出産業(株) 農業事業部 契約栽培課<br>TEL 0265-79-4125</p>
</body></html>""",
    },
    {
        "id": "agri-065",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice mail: invoice/order numbers, company bank account and the company's T-number (法人番号)",
        "charset": "iso-2022-jp",
        "sender": SUGURI,
        "to": ["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
        "subject": "請求書送付のご案内（INV-2508-0412）",
        "body": """北国フーズ株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理担当の村主でございます。
8月分のご請求について、下記のとおりご案内申し上げます。請求書原本は本日郵送いたしました。

　請求書番号：INV-2508-0412
　対象注文：PO-77120481 ／ PO-77120533 ／ PO-77120590
　ご請求金額：4,812,360円（うち消費税 356,471円・軽減税率8%）
　お支払期日：2025年9月30日
　お振込先：みどり銀行 箕輪支店 当座 0081234　ヒノデサンギョウ（カ
　登録番号：T5100001023456

ご不明な点がございましたらお知らせください。
""" + SIG_SUGURI,
    },
    {
        "id": "agri-066",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "tracking numbers (12 digits) to one private customer; they look like My Numbers but are not",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["坂巻 弥生 <yayoi_sakamaki@icloud.com>"],
        "subject": "【ひので農園】発送完了のお知らせ",
        "body": """坂巻 弥生 様

ひので農園です。ご注文の商品を本日発送いたしました。
2箱に分けてお送りしておりますので、お問い合わせ番号が2つございます。

　ご注文番号：HN-251018-0033
　お問い合わせ番号（1箱目）：4417 2231 0586
　お問い合わせ番号（2箱目）：4417 2231 0597
　配送会社：青葉運輸（クール便）

配送状況は青葉運輸のウェブサイトでご確認いただけます。
""" + SIG_USAMI,
    },
    {
        "id": "agri-067",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short acknowledgement; the cooperative's member list appears only as '>' quoted text",
        "charset": "cp932",
        "sender": OKOCHI,
        "to": ["上伊那ひなた農協 営農指導課 <einou@ja-hinata.or.jp>"],
        "subject": "Re: 土壌改良資材 共同購入の参加農家について",
        "body": """竹村様

ご連絡ありがとうございます。参加農家の一覧、確かに受領しました。
数量の取りまとめができ次第、発注内容をお送りします。

大河内

> 日の出産業 大河内様
>
> 共同購入（苦土石灰・堆肥ペレット）の参加農家が確定しました。
>
> 1. 伊藤 六郎　長野県上伊那郡箕輪町大字大出３３１２　TEL 0265-79-1842
> 2. 浦野 節子　長野県上伊那郡箕輪町大字長岡１１７　TEL 0265-79-0367
> 3. 中村 恒夫　長野県上伊那郡辰野町大字赤羽６２１　TEL 0266-41-2238
> 4. 池上 良　長野県伊那市美篶７７０８　TEL 090-6618-3042
> 5. 清水 ヨシ江　長野県上伊那郡南箕輪村田畑２１２５　TEL 0265-72-4471
> 6. 白鳥 健治　長野県上伊那郡箕輪町大字北小河内２６７０　TEL 0265-79-3905
>
> 上伊那ひなた農協 営農指導課 竹村
""",
    },
    {
        "id": "agri-068",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply under -----Original Message-----: the intern's residence-card data is only in the quoted mail",
        "charset": "iso-2022-jp",
        "sender": SAEGUSA,
        "to": ["東信アグリ協同組合 監理部 松沢様 <matsuzawa@toshin-agri-kumiai.or.jp>"],
        "subject": "RE: 在留カード更新の件（BUI QUANG MINH さん）",
        "body": """松沢様

お世話になっております。三枝です。
ご連絡ありがとうございます。更新後の在留カードの原本は本人が保管しており、
当社ではコピーを取らずに確認のみ行いました。手続きは完了したものと理解しております。

三枝

-----Original Message-----
From: 松沢 <matsuzawa@toshin-agri-kumiai.or.jp>
Sent: Tuesday, June 3, 2025 10:12 AM
To: 三枝 陽子 <saegusa.yoko@hinode-sangyo.co.jp>
Subject: 在留カード更新の件（BUI QUANG MINH さん）

日の出産業 三枝様

BUI QUANG MINH さん（生年月日 2000年11月5日）の在留期間更新が許可されました。
新しい在留カード番号は PL91730044DA から RT55028163KA に変わっています。
在留期限：2026年3月11日
ご確認をお願いします。

東信アグリ協同組合 監理部 松沢
""",
    },
    {
        "id": "agri-069",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply; passport details appear only in the quoted 'On ... wrote:' part",
        "charset": "utf-8",
        "sender": LAN,
        "to": ["Ticketing Desk <ticketing@asia-bridge-travel.com>"],
        "subject": "Re: Return ticket booking - Jakarta, 14 Oct",
        "body": """Hello,

Thank you, the itinerary looks fine. Please go ahead and issue the ticket, and send the
e-ticket to me. The invoice can be addressed to our Agriculture Division as usual.

Best regards,
Lan

On Thu, 2 Oct 2025 at 16:40, Ticketing Desk <ticketing@asia-bridge-travel.com> wrote:
> Dear Ms. Lan,
> We have held the following booking:
>   Passenger: AGUS SETIAWAN (Mr.)  DOB 14DEC1998
>   Passport: B4472230 (exp. 18JUN2031)
>   GA 881 NRT 11:30 -> CGK 17:25, 14 OCT, economy, 30 kg
> Please confirm by 17:00 tomorrow.
> Regards, Asia Bridge Travel
""",
    },
    {
        "id": "agri-070",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "internal only (incl. a subdomain): seasonal-worker list with mobiles to colleagues",
        "charset": "utf-8",
        "sender": SAEGUSA,
        "to": ["高畑 誠 <takahata.makoto@hinode-sangyo.co.jp>"],
        "cc": ["農場事務所 <farm-office@agri.hinode-sangyo.co.jp>"],
        "subject": "季節従業員 連絡先一覧（8月）",
        "body": """高畑課長
農場事務所の皆さん

8月から勤務する季節従業員の連絡先一覧です。事務所の掲示板には貼らず、共有フォルダで管理してください。

氏名	携帯	勤務開始
赤羽 政則	090-2271-5530	8/1
樋代 まゆみ	080-6690-1147	8/1
丸山 タケ	090-3105-8826	8/4
大月 陸斗	070-4438-2069	8/1
両角 美紀	090-9912-4573	8/4
宮下 勝也	080-1183-6642	8/1
西村 亮介	090-7215-3380	8/11

三枝
""",
    },
    {
        "id": "agri-071",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": [],
        "note": "internal only: contract farmers' My Numbers passed to the in-house accounting colleague",
        "charset": "iso-2022-jp",
        "sender": OKOCHI,
        "to": ["村主 亜希 <suguri.aki@hinode-sangyo.co.jp>"],
        "subject": "支払調書用 個人番号（契約農家3名分）",
        "body": f"""村主さん

お疲れさまです。大河内です。
育苗委託料の支払調書用に、契約農家3名から個人番号の提供を受けました。
本人確認は済んでいます。番号の保管は経理の規程どおりにお願いします。

　北原 千代子　{my_number(7101)}
　伊東 浩二　　{my_number(7102)}
　向山 健太　　{my_number(7103)}

大河内
""",
    },
    {
        "id": "agri-072",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "internal only (safety committee on mail. subdomain): accident report with the worker's diagnosis",
        "charset": "utf-8",
        "sender": NEMOTO,
        "to": ["安全衛生委員会 <anzen@mail.hinode-sangyo.co.jp>"],
        "subject": "【労災】8/4 箕輪第2農場 SS横転事故 第一報",
        "body": """安全衛生委員会 各位

根本です。8月4日の事故について第一報です。

被災者：堀 芳雄さん（季節従業員、73歳）
状況：スピードスプレーヤーで法面を走行中に横転、左脚を挟まれる
診断：左脛骨骨折・左足関節脱臼（伊那中央総合病院）、入院中
既往：高血圧で通院中（本人申告）

法面の傾斜と旋回時の速度に問題があった可能性があります。
次回委員会で再発防止策を検討します。
""",
    },
    {
        "id": "agri-073",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal only: a 社外秘-stamped pricing memo between colleagues",
        "charset": "cp932",
        "sender": OKOCHI,
        "to": ["高畑 誠 <takahata.makoto@hinode-sangyo.co.jp>", "嶋田 早紀 <shimada.saki@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】来期 契約単価の社内案",
        "body": """【社外秘】

高畑課長、嶋田さん

来期の契約単価について社内案をまとめました。北国フーズとの交渉前にご確認ください。

・結球レタス L：1,380円 → 1,520円（提示）／下限 1,460円
・白菜 2L：1,280円 → 1,410円（提示）／下限 1,350円
・資材高騰分の転嫁率は7割を目標

社外には出さないようお願いします。
大河内
""",
    },
    {
        "id": "agri-074",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "seminar announcement on heat stroke and back pain prevention: health words not about any person",
        "charset": "iso-2022-jp",
        "sender": NEMOTO,
        "to": ["上伊那ひなた農協 営農指導課 竹村様 <einou@ja-hinata.or.jp>"],
        "subject": "「農作業中の熱中症・腰痛予防セミナー」共催のご相談",
        "body": """竹村様

お世話になっております。日の出産業の根本です。
昨年ご好評いただいた安全講習に続き、今年は以下のセミナーを共催できればと考えております。

　題目：農作業中の熱中症・腰痛予防セミナー
　　　　〜高齢従事者と外国人実習生を守る現場の工夫〜
　講師：信州農村医学研究所 産業保健部（予定）
　内容：WBGTの測り方、休憩と水分補給の目安、持ち上げ動作と腰痛、アシストスーツの体験
　時期：6月中旬（梅雨入り前）

組合員さん向けの告知をお願いできれば幸いです。
""" + SIG_NEMOTO,
    },
    {
        "id": "agri-075",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "product copy (GABA tomato, blood pressure, diabetics) — health words about a product, not a person",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["まるふくスーパー 販促課 <hansoku@marufuku-super.co.jp>"],
        "subject": "高GABAトマト 売場POP用の説明文",
        "body": """まるふくスーパー 販促課 ご担当者様

お世話になっております。日の出産業の宇佐美です。
来月から納品する高GABAトマト「ひのでルビー」のPOP用説明文をお送りします。

――――――
ひのでルビー（機能性表示食品）
本品にはGABAが含まれます。GABAには血圧が高めの方の血圧を下げる機能があることが報告されています。
※本品は疾病の診断、治療、予防を目的としたものではありません。
※糖尿病・腎臓病などで食事制限を受けている方は、医師にご相談ください。
――――――

届出番号は J1187 です。表記の確認をお願いいたします。
""" + SIG_USAMI,
    },
    {
        "id": "agri-076",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "company policy on disability employment and religious accommodation — no individual named",
        "charset": "utf-8",
        "sender": TAKAHATA,
        "to": ["上伊那ひなた農協 広報誌編集部 <kouhou@ja-hinata.or.jp>"],
        "subject": "広報誌「ひなた」寄稿原稿（農福連携の取り組み）",
        "body": """広報誌編集部 ご担当者様

お世話になっております。日の出産業の高畑です。
ご依頼の寄稿原稿（約800字）をお送りします。

――――
多様な人が働ける農場をめざして
日の出産業の箕輪農場では、地域の障害福祉サービス事業所と連携し、
障害のある方の施設外就労を受け入れています。作業は写真付きの手順書で説明し、
騒音の少ない工程から始めるなど、一人ひとりの特性に合わせた配置を心がけています。
また外国人技能実習生については、宗教上の礼拝や食事の戒律に配慮し、
休憩場所や社員食堂のメニューを見直しました。
――――

写真は後日お送りします。
""" + SIG_TAKAHATA,
    },
    {
        "id": "agri-077",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "IT mail using 機密性 in passing (security requirements), no marking",
        "charset": "iso-2022-jp",
        "sender": TAKAHATA,
        "to": ["ツバサシステム 小野寺様 <onodera@tsubasa-system.jp>"],
        "subject": "圃場管理システム 更改要件について",
        "body": """小野寺様

お世話になっております。日の出産業の高畑です。
圃場管理システムの更改について、社内で出た要件をお伝えします。

1. 現場のタブレットから作業記録を入力できること（オフライン時は後で同期）
2. 農薬の使用履歴をGAPの帳票形式で出力できること
3. 情報セキュリティ面では、機密性・完全性・可用性の観点から、
   権限管理とバックアップの仕組みを提案書に明記していただきたい
4. 既存の出荷データ（約5年分）を移行できること

来月中旬までにお見積りをいただけますと幸いです。
""" + SIG_TAKAHATA,
    },
    {
        "id": "agri-078",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "cropping plan full of wareki dates (sowing, planting, harvest) — not birth dates",
        "charset": "cp932",
        "sender": TAKAHATA,
        "to": ["上伊那ひなた農協 営農指導課 竹村様 <einou@ja-hinata.or.jp>"],
        "subject": "令和8年産 作付計画（レタス・白菜）",
        "body": """竹村様

お世話になっております。高畑です。
令和8年産の作付計画をお送りします。防除暦の作成にお使いください。

作型　　　　　播種　　　　　　定植　　　　　　収穫開始
春レタス　　　令和8年2月20日　令和8年3月28日　令和8年5月18日
夏秋レタス　　令和8年5月1日　　令和8年5月30日　令和8年7月10日
秋レタス　　　令和8年7月25日　令和8年8月20日　令和8年10月1日
秋冬白菜　　　令和8年8月5日　　令和8年8月28日　令和8年10月25日

※S58年に造成した北原団地の圃場は、今年度で土壌改良を予定しています。
""" + SIG_TAKAHATA,
    },
    {
        "id": "agri-079",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "producer, lot and JAN code numbers (12-13 digits) that look like ID numbers but identify products",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": ["北国フーズ 品質保証部 佐伯様 <saeki.t@kitaguni-foods.co.jp>"],
        "subject": "Re: 8/22入荷分 レタスの異物混入について（ロット照会）",
        "body": """佐伯様

お世話になっております。大河内です。
ご照会のロットについて、出荷記録から以下のとおり確認しました。

　JANコード：4571234560018（結球レタス L 10kg）
　出荷ロット番号：250821031207
　生産者番号（当社管理）：201903150044
　圃場コード：MW-12-0837
　予冷庫入庫：8月21日 19:40 ／ 出庫：8月22日 03:10

同ロットの他の出荷先からは、現時点で同様の報告はありません。
選果ラインの点検結果は明日お送りします。
""" + SIG_OKOCHI,
    },
    {
        "id": "agri-080",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "subsidy paperwork with the company's own 法人番号 and office details; no personal data",
        "charset": "iso-2022-jp",
        "sender": SHIMADA,
        "to": ["箕輪町役場 産業振興課 農業係 <nogyo@town.minowa-example.lg.jp>"],
        "subject": "交付申請書の記載事項の確認",
        "body": """箕輪町役場 産業振興課 農業係 ご担当者様

いつもお世話になっております。日の出産業の嶋田です。
交付申請書の申請者欄について、以下の記載でよいかご確認をお願いします。

　申請者名：日の出産業株式会社　代表取締役 社長執行役員
　法人番号：1801005012345
　所在地：長野県上伊那郡箕輪町大字中箕輪1180-3（農業事業部）
　認定農業者番号：箕輪町 第R3-017号

添付書類の「法人の登記事項証明書」は発行後3か月以内のものを郵送いたします。
""" + SIG_SHIMADA,
    },
]

MESSAGES += [
    {
        "id": "agri-081",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way mail: buyer and carrier (two external organisations) in To/Cc",
        "charset": "utf-8",
        "sender": TAKAHATA,
        "to": ["北国フーズ 物流課 <butsuryu@kitaguni-foods.co.jp>"],
        "cc": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>", "大河内 健吾 <okochi.kengo@hinode-sangyo.co.jp>"],
        "subject": "年末の納品スケジュール（3社打合せのご案内）",
        "body": """北国フーズ 物流課 ご担当者様
（cc：青葉運輸 配車センター様）

お世話になっております。日の出産業の高畑です。
年末年始の納品スケジュールについて、3社で打合せをさせてください。

日時：12月3日（水）14:00〜15:00
方法：オンライン（URLは前日にお送りします）
議題：12/29〜1/4 の納品可否、予冷庫の稼働、臨時便の手配

ご都合が悪い場合はお知らせください。
""" + SIG_TAKAHATA,
    },
    {
        "id": "agri-082",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "meeting mail to the town office and the cooperative (two organisations); attendee names only",
        "charset": "iso-2022-jp",
        "sender": SHIMADA,
        "to": ["箕輪町役場 産業振興課 <nogyo@town.minowa-example.lg.jp>"],
        "cc": ["上伊那ひなた農協 営農指導課 <einou@ja-hinata.or.jp>"],
        "subject": "補助事業 事前協議の出席者について",
        "body": """産業振興課 ご担当者様
（cc：上伊那ひなた農協 営農指導課様）

お世話になっております。日の出産業の嶋田です。
10月20日の事前協議には、当社から以下の3名が出席いたします。

　農業事業部長　浅輪
　企画課　嶋田
　生産管理課　高畑

会場は役場2階の第1会議室と伺っております。よろしくお願いいたします。
""" + SIG_SHIMADA,
    },
    {
        "id": "agri-083",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "lease-renewal letter to one private landowner about his own land and rent",
        "charset": "cp932",
        "sender": TOYAMA,
        "to": ["垣内 俊也 <t.kakiuchi@icloud.com>"],
        "subject": "農地賃貸借契約の更新について（福与字上原1880-1）",
        "body": """垣内 俊也 様

いつもお世話になっております。日の出産業の外山です。
お預かりしている福与字上原1880-1の農地について、来年3月末で契約期間が満了となります。

引き続きお借りしたく、同条件（10年間、10a当たり年額12,000円）での更新をお願いできますでしょうか。
ご了承いただける場合は、更新の書類を春日井のご自宅へ郵送いたします。
遠方のため、ご署名は郵送でのやり取りで完了できるようにいたします。

ご検討のほど、よろしくお願いいたします。
""" + SIG_TOYAMA,
    },
    {
        "id": "agri-084",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English seed order to an overseas supplier, signature and logo image only",
        "charset": "utf-8",
        "sender": TAKAHATA,
        "to": ["Order Desk <orders@vandenberg-seeds.nl>"],
        "subject": "Order: lettuce and tomato seeds for season 2026 (PO-S26-014)",
        "body": """Dear Order Desk,

Please find our seed order for the 2026 season below.

  PO number: PO-S26-014
  1. Lettuce 'Tarzan' pelleted, 50,000 seeds x 40 units
  2. Lettuce 'Nadine' pelleted, 50,000 seeds x 25 units
  3. Tomato rootstock 'Maxifort', 1,000 seeds x 12 units

Delivery address: Hinode Sangyo Co., Ltd., Minowa Farm, 1180-3 Nakaminowa,
Minowa-machi, Kamiina-gun, Nagano 399-4601, Japan.
Phytosanitary certificate required. Payment by T/T as usual.

Best regards,
Makoto Takahata
Production Manager, Agriculture Division
Hinode Sangyo Co., Ltd.  |  Tel +81-265-79-4120  |  Mobile +81-90-6624-7713
""",
        "attachments": [{"kind": "png", "name": "hinode_logo.png"}],
    },
    {
        "id": "agri-085",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "subsidy application schedule talk with the consultant; no personal data",
        "charset": "iso-2022-jp",
        "sender": SHIMADA,
        "to": ["アグリ経営コンサルティング 補助金支援チーム <hojokin@agri-keiei.co.jp>"],
        "subject": "交付申請までのスケジュール確認",
        "body": """補助金支援チーム ご担当者様

お世話になっております。嶋田です。
交付申請までのスケジュールを確認させてください。

　9月下旬　　事業実施計画書の県への提出
　10月中旬　県の審査・ヒアリング
　11月上旬　内示
　11月下旬　交付申請書の提出
　12月　　　交付決定 → 入札公告

見積は3社から取得済みで、比較表は来週お送りします。
費用対効果分析の算定シートについて、一度オンラインでご説明いただけますか。
""" + SIG_SHIMADA,
    },
    {
        "id": "agri-086",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipment notice with a PDF delivery slip carrying only company addresses and product lines",
        "charset": "utf-8",
        "sender": TAKAHATA,
        "to": ["北国フーズ 大田物流センター <ota-center@kitaguni-foods.co.jp>"],
        "subject": "出荷案内（9/2着）",
        "body": """北国フーズ 大田物流センター 御中

日の出産業 生産管理課です。9月2日着の出荷案内をお送りします。
納品書（PDF）を添付しますのでご確認ください。
""" + SIG_TAKAHATA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "nouhinsho_0902.pdf",
                "lines": [
                    "納品書　No. DN-250902-018",
                    "北国フーズ株式会社 大田物流センター 御中　東京都大田区東海3-2-7",
                    "発行：日の出産業株式会社 農業事業部　長野県上伊那郡箕輪町大字中箕輪1180-3　TEL 0265-79-4120",
                    "",
                ],
                "table": [
                    ["品名", "規格", "数量", "単価", "金額"],
                    ["結球レタス", "L 10kg", "480", "1,380", "662,400"],
                    ["白菜", "2L 15kg", "220", "1,280", "281,600"],
                    ["スイートコーン", "5kg", "150", "1,650", "247,500"],
                    ["合計", "", "", "", "1,191,500"],
                ],
            }
        ],
    },
    {
        "id": "agri-087",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "XLSX of shipment results by product and week; no people",
        "charset": "iso-2022-jp",
        "sender": OKOCHI,
        "to": ["北国フーズ 仕入部 佐伯様 <saeki.t@kitaguni-foods.co.jp>"],
        "subject": "7月度 出荷実績",
        "body": """佐伯様

お世話になっております。大河内です。
7月度の出荷実績をExcelでお送りします。
長雨の影響で第3週が計画を下回りましたが、第4週で一部挽回しております。

大河内
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "shukka_jisseki_202507.xlsx",
                "sheets": {
                    "週別": [
                        ["7月度 出荷実績（単位：ケース）"],
                        ["品目", "第1週", "第2週", "第3週", "第4週", "合計", "計画比"],
                        ["結球レタス", 2480, 2610, 1740, 2890, 9720, "93%"],
                        ["サニーレタス", 620, 640, 410, 700, 2370, "91%"],
                        ["スイートコーン", 0, 880, 1020, 1340, 3240, "104%"],
                    ],
                    "規格別": [
                        ["品目", "L", "2L", "M"],
                        ["結球レタス", 6210, 2480, 1030],
                    ],
                },
            }
        ],
    },
    {
        "id": "agri-088",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CSV of fields (parcel numbers, area, crop) without owners — land data, not people",
        "charset": "cp932",
        "sender": TAKAHATA,
        "to": ["上伊那ひなた農協 営農指導課 竹村様 <einou@ja-hinata.or.jp>"],
        "subject": "防除計画用 圃場リスト",
        "body": """竹村様

高畑です。ドローン防除の計画用に、当社管理圃場のリストをCSVでお送りします。

高畑
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "hojo_list_R7.csv",
                "encoding": "cp932",
                "rows": [
                    ["圃場コード", "所在（地番）", "面積(a)", "作物", "作型", "隣接注意"],
                    ["MW-12-0837", "箕輪町中曽根字前田1033", "42.5", "結球レタス", "夏秋", "住宅"],
                    ["MW-12-0838", "箕輪町中曽根字前田1041", "38.0", "結球レタス", "夏秋", ""],
                    ["MW-07-0211", "箕輪町松島字北原712-2", "55.2", "白菜", "秋冬", "水路"],
                    ["MW-03-0560", "箕輪町三日町字宮田556", "27.8", "スイートコーン", "夏", "学校"],
                    ["MW-15-1877", "箕輪町福与字上原1877", "61.0", "白菜", "秋冬", ""],
                    ["MW-15-1880", "箕輪町福与字上原1880-1", "33.4", "サニーレタス", "春", "養蜂"],
                ],
            }
        ],
    },
    {
        "id": "agri-089",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "DOCX minutes listing four cooperative staff with their office extension numbers: business contacts",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": ["上伊那ひなた農協 販売課 <hanbai@ja-hinata.or.jp>"],
        "subject": "9/10 打合せ議事録の送付",
        "body": """上伊那ひなた農協 販売課 各位

お世話になっております。大河内です。
9月10日の打合せの議事録をお送りします。修正点があればお知らせください。

大河内
""" + SIG_OKOCHI,
        "attachments": [
            {
                "kind": "docx",
                "name": "議事録_0910_販売課打合せ.docx",
                "paragraphs": [
                    "打合せ議事録",
                    "日時：令和7年9月10日 10:00〜11:30　場所：上伊那ひなた農協 本所 会議室B",
                    "1. 秋冬白菜の共同出荷：日の出産業分を10月第2週から合流させる。",
                    "2. 段ボール規格の統一：15kg箱に統一、印刷は錦印刷に一括発注。",
                    "3. 次回：10月8日（水）10:00",
                    "出席者",
                ],
                "tables": [[
                    ["所属", "氏名", "連絡先"],
                    ["上伊那ひなた農協 販売課", "課長 大蔵", "本所代表 0265-76-1100 内線 231"],
                    ["上伊那ひなた農協 販売課", "係長 小町谷", "内線 235"],
                    ["上伊那ひなた農協 営農指導課", "竹村", "内線 310"],
                    ["日の出産業 契約栽培課", "大河内", "0265-79-4125"],
                ]],
            }
        ],
    },
    {
        "id": "agri-090",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "internal only: a customer's complaint mail forwarded as an attachment between colleagues",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["大河内 健吾 <okochi.kengo@hinode-sangyo.co.jp>"],
        "cc": ["高畑 誠 <takahata.makoto@hinode-sangyo.co.jp>"],
        "subject": "FW: 届いたとうもろこしに虫が入っていました",
        "body": """大河内さん

お客様からのお問い合わせを添付で転送します。
ロットを確認して、選果での見落としか調べてもらえますか。
お客様には私から代替品の発送でお詫びする予定です。

宇佐美
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "お問い合わせ_荻原様.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "荻原 範子 <n.ogiwara@docomo.ne.jp>",
                    "to": ["ひので農園 <shop@hinode-sangyo.co.jp>"],
                    "subject": "届いたとうもろこしに虫が入っていました",
                    "body": """ひので農園さま

本日届いたとうもろこし（注文番号 HN-250812-0208）のうち2本に、虫が入っていました。
写真を添付します。交換か返金をお願いできますか。

荻原 範子
〒156-0052 東京都世田谷区経堂３－１８－６
電話 090-3381-7702
""",
                },
            }
        ],
    },
    {
        "id": "agri-091",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "notice to many farmers done right: all farmers in Bcc, only the sender in To",
        "charset": "cp932",
        "sender": OKOCHI,
        "to": [OKOCHI],
        "bcc": [
            "komatsu.farm@gmail.com",
            "chiyoko.k@yahoo.co.jp",
            "karasawa-s@docomo.ne.jp",
            "koji.ito.farm@gmail.com",
            "ariga.fumi@ezweb.ne.jp",
            "t.kasuga@outlook.jp",
            "hido.masako@icloud.com",
            "mukaiyama.veg@gmail.com",
        ],
        "subject": "【契約農家の皆さまへ】台風14号接近に伴う出荷の取扱い",
        "body": """契約農家の皆さま（Bccにて一斉送信しております）

日の出産業の大河内です。
台風14号の接近に伴い、9月19日（金）の集荷は午前中のみとし、午後の便は休止します。
9月20日（土）は状況を見て、前日17時までにこのメールでお知らせします。

ハウスの換気口の固定、排水路の確認をお願いします。
圃場の見回りは風雨が収まってからにしてください。
""" + SIG_OKOCHI,
    },
    {
        "id": "agri-092",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "job posting to the staffing agency mentioning disability and religion as policy, not about a person",
        "charset": "utf-8",
        "sender": SAEGUSA,
        "to": ["ハル人材サービス 派遣営業部 <haken@haru-staff.co.jp>"],
        "subject": "求人票（りんご収穫・選果 10〜11月）",
        "body": """ハル人材サービス 派遣営業部 ご担当者様

お世話になっております。三枝です。
秋のりんご収穫・選果の求人票をお送りします。

【職種】りんご収穫・選果作業
【期間】10月6日〜11月28日（週3日〜）
【時間】8:00〜17:00（休憩90分）
【時給】1,150円（交通費別途）
【応募条件】未経験可。年齢・国籍不問。
【その他】障害のある方も歓迎します（作業内容をご相談ください）。
　　　　　宗教上の理由による休憩・食事への配慮が可能です。
　　　　　腰痛予防のため、重量物は台車・リフトを使用します。

募集人数は10名程度です。よろしくお願いいたします。
""" + SIG_SAEGUSA,
    },
    {
        "id": "agri-093",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail about signing a mutual NDA; 'Confidential Information' only as a contract term, plus disclaimer",
        "charset": "utf-8",
        "sender": TAKAHATA,
        "to": ["Pieter de Vries <p.devries@hollandkas-systems.com>"],
        "subject": "Mutual NDA before the technical workshop",
        "body": """Dear Pieter,

Before we share the site survey data for the Minowa greenhouse, our legal team would
like both companies to sign a mutual non-disclosure agreement.

I have two comments on your template:
- Clause 2: we would like "Confidential Information" to exclude information that is
  publicly available through agricultural extension services.
- Clause 9: we propose Japanese law and the Tokyo District Court.

If these are acceptable, we can sign electronically this week.

Best regards,
Makoto Takahata
Hinode Sangyo Co., Ltd.
""" + DISCLAIMER_EN,
    },
    {
        "id": "agri-094",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "system error report with user IDs, IP addresses and an error code; signature with the sender's mobile",
        "charset": "iso-2022-jp",
        "sender": TAKAHATA,
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "【不具合】作業日誌アプリで同期エラー（E-4017）",
        "body": """ツバサシステム サポートデスク御中

日の出産業の高畑です。作業日誌アプリで同期エラーが続いています。

発生日時：2025/07/14 06:12〜（継続中）
端末：現場用タブレット 3台（管理番号 TB-03, TB-05, TB-07）
ログインID：minowa_field03 / minowa_field05 / minowa_field07
エラー表示：「E-4017 同期に失敗しました（HTTP 504）」
接続元IP：203.0.113.48（農場事務所の回線）

朝の防除記録が入力できず困っています。至急ご確認ください。
折り返しは携帯（090-6624-7713）までお願いします。
""" + SIG_TAKAHATA,
    },
    {
        "id": "agri-095",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one family of four booking a farm stay: four people (names, ages) and one phone — under the list threshold",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["さくらホテル 宿泊営業課 <shukuhaku@sakura-hotel.jp>"],
        "subject": "10/11 ぶどう狩りプラン 1家族のお申込み",
        "body": """さくらホテル 宿泊営業課 ご担当者様

お世話になっております。宇佐美です。
10/11（土）ぶどう狩り＋宿泊プランに1家族のお申込みがありました。

代表者：真木 和人 様（携帯 080-2714-5539）
同行：真木 亜由美 様、真木 陽太 様（8歳）、真木 芽依 様（5歳）

お子様用の布団を1組追加でお願いいたします。アレルギー等のお申し出はありません。
""" + SIG_USAMI,
    },
    {
        "id": "agri-096",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "award winners' names and farm names for the printed newsletter — published recognition, no contact data",
        "charset": "cp932",
        "sender": OKOCHI,
        "to": ["錦印刷 企画営業部 <kikaku@nishiki-insatsu.co.jp>"],
        "subject": "会報「ひのでの畑」秋号 原稿（優良生産者表彰）",
        "body": """錦印刷 企画営業部 ご担当者様

お世話になっております。大河内です。
秋号の表彰記事の原稿です。写真は撮影済みのものを別途お送りします。

――――
令和7年度 優良生産者表彰
　最優秀賞　小松農園（小松 義男さん）　結球レタス部門
　優秀賞　　北原ファーム（北原 千代子さん）　白菜部門
　優秀賞　　向山ベジタブル（向山 健太さん）　スイートコーン部門
　新人賞　　伊東農場（伊東 浩二さん）　サニーレタス部門
　特別賞　　春日ファーム（春日 隆さん）　GAP推進
　受賞者の皆さま、おめでとうございます。
――――
""" + SIG_OKOCHI,
    },
    {
        "id": "agri-097",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": [],
        "note": "internal only: intern roster with residence-card numbers sent between colleagues",
        "charset": "utf-8",
        "sender": SAEGUSA,
        "to": ["Nguyen Thi Lan <nguyen.lan@hinode-sangyo.co.jp>"],
        "subject": "在留期限管理表（最新）",
        "body": """ランさん

在留期限の管理表を更新しました。期限3か月前の人には声かけをお願いします。
社外への送付は禁止です。

三枝
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "zairyu_kigen_kanri.xlsx",
                "sheets": {
                    "管理表": [
                        ["氏名", "生年月日", "在留カード番号", "在留期限"],
                        ["TRAN VAN HUNG", "2001-03-17", "UH48213376EA", "2026-04-07"],
                        ["LE THI MAI", "2002-10-02", "UH48213377EA", "2026-04-07"],
                        ["NGUYEN DUC ANH", "2000-06-25", "UH48213378EA", "2026-04-07"],
                        ["PHAM THU HA", "2003-01-11", "UH48213379EA", "2026-04-07"],
                        ["DEWI ANGGRAINI", "1999-08-30", "RK20457781FA", "2025-12-11"],
                        ["AGUS SETIAWAN", "1998-12-14", "RK20457782FA", "2025-12-11"],
                        ["BUI QUANG MINH", "2000-11-05", "RT55028163KA", "2026-03-11"],
                    ]
                },
            }
        ],
    },
]

# ======================================================================================
# EITHER — a privacy officer could honestly judge these either way
# ======================================================================================

MESSAGES += [
    {
        "id": "agri-098",
        "expect": "either",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six sole-proprietor farms (屋号, owner name, farm/home address, farm phone) for in-store POP: business directory or list of people",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["まるふくスーパー 販促課 <hansoku@marufuku-super.co.jp>"],
        "subject": "「顔の見える野菜」POP用 生産者情報",
        "body": """まるふくスーパー 販促課 ご担当者様

お世話になっております。宇佐美です。
売場の生産者紹介POPに掲載する情報です。各農家さんから掲載の了承をいただいています。

小松農園　代表 小松 義男　長野県上伊那郡箕輪町大字三日町214　TEL 0265-79-3318
北原ファーム　代表 北原 千代子　長野県上伊那郡箕輪町大字福与1022　TEL 0265-79-6604
唐沢農園　代表 唐沢 昭一　長野県上伊那郡南箕輪村8803-2　TEL 0265-72-6604
伊東農場　代表 伊東 浩二　長野県伊那市西箕輪2911　TEL 0265-73-2290
春日ファーム　代表 春日 隆　長野県上伊那郡箕輪町大字沢305-1　TEL 0265-79-5127
向山ベジタブル　代表 向山 健太　長野県上伊那郡南箕輪村神子柴1570　TEL 0265-72-8813

顔写真はデータ便でお送りします。
""" + SIG_USAMI,
    },
    {
        "id": "agri-099",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "five farmers' names with hamlet and planted area for a subsidy pre-check: attributes but no contact details",
        "charset": "cp932",
        "sender": SHIMADA,
        "to": ["箕輪町役場 産業振興課 <nogyo@town.minowa-example.lg.jp>"],
        "subject": "環境保全型農業直接支払 取組予定者（事前確認）",
        "body": """産業振興課 ご担当者様

お世話になっております。嶋田です。
環境保全型農業直接支払の共同取組について、当社と一緒に取り組む予定の農家さんです。
要件に合うかどうか、事前にご確認いただけますでしょうか。

氏名　　　　集落　　　取組面積　取組内容
小松 義男　　三日町　　1.2ha　　 堆肥の施用
北原 千代子　福与　　　0.8ha　　 カバークロップ
唐沢 昭一　　南箕輪　　1.5ha　　 堆肥の施用
春日 隆　　　沢　　　　0.6ha　　 有機農業
向山 健太　　神子柴　　2.1ha　　 有機農業

よろしくお願いいたします。
""" + SIG_SHIMADA,
    },
    {
        "id": "agri-100",
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "unnamed intern's heat-stroke hospitalisation, but farm, nationality, age and sex may identify her",
        "charset": "utf-8",
        "sender": NEMOTO,
        "to": ["ひのまる損保 伊那支社 和田様 <wada.k@hinomaru-sonpo.co.jp>"],
        "subject": "熱中症による救急搬送について（事故受付のご相談）",
        "body": """和田様

お世話になっております。根本です。
昨日、箕輪第3農場のハウス内で作業していたベトナム人技能実習生（20代女性）が
熱中症で倒れ、救急搬送されました。横紋筋融解症と診断され、1週間程度の入院の見込みです。

労災保険で対応予定ですが、御社の団体傷害保険の通院・入院給付の対象になるか
確認させてください。必要書類を教えていただけますと助かります。
""" + SIG_NEMOTO,
    },
]


# Mail clients on Windows send the full-width minus (U+FF0D) of ISO-2022-JP mail as JIS
# 0x215D, which decodes as U+2212: write it that way so these messages keep their charset.
def _jis_minus(spec):
    if spec.get("charset") == "iso-2022-jp":
        for key in ("body", "html", "subject"):
            if spec.get(key):
                spec[key] = spec[key].replace("\uff0d", "\u2212")
    for att in spec.get("attachments") or []:
        if att.get("kind") == "eml":
            _jis_minus(att["message"])


for _m in MESSAGES:
    _jis_minus(_m)
