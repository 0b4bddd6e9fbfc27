"""Blind corpus — area: foster (日の出産業 児童福祉事業部).

The children's welfare division of 日の出産業株式会社 runs 児童養護施設「ひので学園」 and
the foster-care support office 「里親支援センター ひのでフォスタリング」.  Its staff write
to 児童相談所 (city.mizuhara.lg.jp), schools, hospitals and clinics, foster parents on
free mail, volunteers, universities sending trainees, the bank holding children's
savings accounts, printers, caterers, bus companies and the case-record system vendor.
Mail covers children's records, medical and developmental notes, abuse reports,
allowances and bank accounts, volunteers and foster-parent training.

Every person, number and address here is invented.  My Number / card seeds start at 3501.
"""

from build import card_number, my_number

_MN = iter(range(3501, 3600))
_CC = iter(range(3501, 3600))


def mn(sep: str = "") -> str:
    """next check-digit-valid My Number, optionally grouped 4-4-4."""
    n = my_number(next(_MN))
    return sep.join([n[:4], n[4:8], n[8:]]) if sep else n


def cc(sep: str = "") -> str:
    n = card_number(next(_CC))
    return sep.join([n[:4], n[4:8], n[8:12], n[12:]]) if sep else n


def fw(s: str) -> str:
    """ASCII digits and hyphens to full width, as people type them."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


D = "hinode-sangyo.co.jp"

SIG_GAKUEN = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 児童福祉事業部
児童養護施設 ひので学園　{role}
{name}
〒369-1207 埼玉県瑞原市桜台3-14-2
TEL 0493-71-2250（代表）／FAX 0493-71-2251
E-mail: {mail}@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_FOSTER = """
--
日の出産業株式会社
里親支援センター ひのでフォスタリング
{role}　{name}
〒369-1214 埼玉県瑞原市本町1-8-5 日の出ビル2F
TEL 0493-71-3300 ／ 携帯 070-4418-2093（センター当番）
{mail}@hinode-sangyo.co.jp"""

SIG_HQ = """
------------------------------------------
日の出産業株式会社 児童福祉事業部 事務局
{name}（{role}）
〒330-0846 埼玉県さいたま市大宮区大門町2-77 日の出産業ビル8F
TEL 048-650-7712　FAX 048-650-7719
{mail}@hinode-sangyo.co.jp
------------------------------------------"""

SIG_EN = """
--
{name}
{role}, Child Welfare Division
Hinode Sangyo Co., Ltd.
2-77 Daimon-cho, Omiya-ku, Saitama 330-0846, Japan
Tel +81-48-650-7712 | {mail}@hinode-sangyo.co.jp"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""


def sg(kind: str, name: str, role: str, mail: str) -> str:
    return {"g": SIG_GAKUEN, "f": SIG_FOSTER, "h": SIG_HQ, "e": SIG_EN}[kind].format(
        name=name, role=role, mail=mail)


# staff (sender addresses)
MATSUURA = f"松浦 和彦 <k-matsuura@{D}>"
ONODERA = f"小野寺 美紀 <m-onodera@{D}>"
ARAMAKI = f"荒巻 聡子 <s-aramaki@{D}>"
KURIBAYASHI = f"栗林 拓海 <t-kuribayashi@{D}>"
MIYANOSHITA = f"宮ノ下 あかり <a-miyanoshita@{D}>"
SETOGUCHI = f"瀬戸口 玲奈 <r-setoguchi@{D}>"
TOKI = f"土岐 由香 <y-toki@{D}>"
KUWAHATA = f"桑畑 健 <k-kuwahata@{D}>"
OSUGA = f"大須賀 恵 <m-osuga@{D}>"
KATSURAGI = f"葛城 真也 <s-katsuragi@{D}>"
CHIHAYA = f"千早 奈央 <n-chihaya@{D}>"
DOMEKI = f"百目鬼 浩二 <k-domeki@{D}>"
USAMI = f"宇佐美 梢 <k-usami@{D}>"
HIGA = f"比嘉 正人 <m-higa@{D}>"
IMAIZUMI = f"今泉 里香 <r-imaizumi@mail.{D}>"

# external addresses used more than once
JISO = "瑞原市児童相談所 措置係 <sochi@city.mizuhara.lg.jp>"
JISO_SAEKI = "佐伯 智之 <t-saeki@city.mizuhara.lg.jp>"
JISO_TSUKOKU = "瑞原市児童相談所 <jidou-soudan@city.mizuhara.lg.jp>"
KOSODATE = "瑞原市 こども家庭課 <kodomo-katei@city.mizuhara.lg.jp>"
SHO2 = "瑞原市立桜台小学校 教頭 <kyoto@sakuradai-e.mizuhara.ed.jp>"
CHU = "瑞原市立東中学校 <office@higashi-jh.mizuhara.ed.jp>"
HOSP = "瑞原こども医療センター 地域連携室 <renkei@mizuhara-kodomo-mc.jp>"
SHAKYO = "瑞原市社会福祉協議会 ボランティアセンター <vc@mizuhara-shakyo.or.jp>"
UNIV = "瑞原福祉大学 実習支援室 <jisshu@mizuhara-fukushi.ac.jp>"
NPO = "NPO法人ひだまりの家 <office@npo-hidamari.or.jp>"

MESSAGES: list[dict] = []


def add(**m):
    MESSAGES.append(m)

# ======================================================================================
# STOP — lists of five or more people
# ======================================================================================

add(
    id="foster-001", expect="stop", charset="iso-2022-jp",
    sender=ARAMAKI, to=["NPO法人ひだまりの家 事務局 <office@npo-hidamari.or.jp>"],
    subject="11/16 里親サロン 参加者名簿の件",
    body="""NPO法人ひだまりの家
事務局 ご担当者様

いつもお世話になっております。ひので学園の荒巻です。
11/16(土)の里親サロン（会場：ひだまりの家 2F 多目的室）の参加者が確定しましたので
お知らせいたします。当日の受付名簿としてお使いください。

  No  氏名              区分        住所                          携帯
  --  ----------------  ----------  ----------------------------  -------------
   1  篠塚 正和         養育里親    瑞原市桜台2-5-11              090-3318-4402
   2  篠塚 恵子         養育里親    瑞原市桜台2-5-11              090-3318-4417
   3  北白川 紗季       専門里親    瑞原市本町4-22-6-301          080-6627-0195
   4  六角 武志         養育里親    川越市霞ケ関北3-9-14          070-2281-5530
   5  眞栄田 由紀子     親族里親    瑞原市若葉台1-40              090-9012-7736
   6  城之内 篤         養子縁組    東松山市美土里町18-3          080-4471-2268
   7  城之内 真澄       養子縁組    東松山市美土里町18-3          080-4471-2390

託児希望は篠塚様（未就学1名）と六角様（小1・年中の2名）です。
保育ボランティアの手配をよろしくお願いいたします。
""" + sg("g", "荒巻 聡子", "里親支援専門相談員", "s-aramaki"),
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="body space-padded table of 7 foster parents with addresses and mobiles to an external NPO",
)

add(
    id="foster-002", expect="stop", charset="utf-8",
    sender=USAMI, to=["瑞原福祉大学 ボランティアサークル顧問 <k-hosaka@mizuhara-fukushi.ac.jp>"],
    subject="学習支援ボランティア 後期シフト（登録者一覧）",
    body="""保坂先生

お世話になっております。ひので学園ボランティア担当の宇佐美です。
後期（10月〜2月）の学習支援ボランティアの登録者一覧です。
学生さんへのシフト連絡にお使いください（タブ区切りなのでそのままExcelに貼れます）。

氏名	ふりがな	学年	携帯	メール	担当曜日
上柳 彩夏	かみやなぎ あやか	3年	080-2214-6673	ayaka.kmyg@gmail.com	月・木
曽我部 隼	そがべ しゅん	2年	090-7781-0342	sogabe.shun@mizuhara-fukushi.ac.jp	火
仁科 美結	にしな みゆ	4年	070-3390-1185	miyu_nishina@yahoo.co.jp	水・金
鬼塚 亮介	おにつか りょうすけ	3年	080-5526-9910	r.onitsuka@icloud.com	月
瀧本 こはる	たきもと こはる	1年	090-4403-2276	koharu.t@mizuhara-fukushi.ac.jp	木
伊佐 航平	いさ こうへい	2年	080-1187-6654	isa.kohei@outlook.jp	火・金

初回は全員オリエンテーション（10/3 17:30〜）にご参加いただきます。
よろしくお願いいたします。
""" + sg("g", "宇佐美 梢", "ボランティアコーディネーター", "k-usami"),
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="TSV list of 6 student volunteers with mobiles and e-mails to a university",
)

add(
    id="foster-003", expect="stop", charset="shift_jis",
    sender=USAMI, to=["みずほ保険サービス 法人営業 <houjin@mizuho-hoken-svc.co.jp>"],
    subject="ボランティア活動保険 加入者追加（10月分）",
    body="""みずほ保険サービス
法人営業ご担当 様

お世話になっております。日の出産業 ひので学園の宇佐美です。
ボランティア活動保険の10月追加加入者をCSVでお送りします。
前回と同じ様式（Shift_JIS）です。ご確認のほどお願いいたします。
""" + sg("g", "宇佐美 梢", "ボランティアコーディネーター", "k-usami"),
    attachments=[{
        "kind": "csv", "name": "volunteer_hoken_202510.csv", "encoding": "cp932",
        "rows": [
            ["No", "氏名", "フリガナ", "生年月日", "性別", "住所", "活動内容"],
            ["1", "的場 千代子", "マトバ チヨコ", "1958/03/14", "女", "埼玉県瑞原市若葉台3-11-8", "調理補助"],
            ["2", "新堀 敏行", "ニイボリ トシユキ", "1961/11/02", "男", "埼玉県瑞原市栄町2-4-19", "送迎"],
            ["3", "香月 麻衣", "カツキ マイ", "1999/07/27", "女", "埼玉県川越市新宿町5-2-7-402", "学習支援"],
            ["4", "桧山 颯", "ヒヤマ ハヤテ", "2003/01/09", "男", "埼玉県坂戸市千代田1-33-6", "学習支援"],
            ["5", "大日向 久美", "オオヒナタ クミ", "1972/09/30", "女", "埼玉県瑞原市桜台4-1-2", "繕い物"],
            ["6", "荻窪 信二", "オギクボ シンジ", "1955/05/18", "男", "埼玉県東松山市箭弓町2-8-21", "環境整備"],
        ],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CP932 CSV of 6 volunteers with date of birth and home address to an insurance agency",
)

add(
    id="foster-004", expect="stop", charset="utf-8",
    sender=HIGA, to=["みどり銀行 瑞原支店 法人営業課 <mizuhara-houjin@midori-ginko.co.jp>"],
    subject="児童名義口座 残高証明の依頼（対象児童リスト添付）",
    body="""みどり銀行 瑞原支店
法人営業課 御中

いつも大変お世話になっております。
日の出産業株式会社 児童福祉事業部の比嘉でございます。

年度末の自立支援金の確認のため、当学園入所児童名義の普通預金口座につき
残高証明書の発行をお願いしたく存じます。対象口座の一覧をCSV（UTF-8）で添付いたします。
発行手数料は当社口座からの引落しで結構です。

何卒よろしくお願い申し上げます。
""" + sg("h", "比嘉 正人", "経理担当", "m-higa"),
    attachments=[{
        "kind": "csv", "name": "zandaka_taisho.csv", "encoding": "utf-8",
        "rows": [
            ["児童氏名", "カナ", "生年月日", "支店", "科目", "口座番号"],
            ["鶴見 陽向", "ツルミ ヒナタ", "2008-06-21", "瑞原支店(214)", "普通", "3071524"],
            ["五十嵐 結愛", "イガラシ ユア", "2009-02-03", "瑞原支店(214)", "普通", "3071531"],
            ["四ノ宮 颯太", "シノミヤ ソウタ", "2007-10-15", "瑞原支店(214)", "普通", "3068872"],
            ["仲宗根 莉子", "ナカソネ リコ", "2010-12-28", "瑞原支店(214)", "普通", "3079905"],
            ["東雲 湊", "シノノメ ミナト", "2008-04-07", "川越支店(206)", "普通", "1150236"],
            ["鷲尾 心春", "ワシオ コハル", "2011-08-19", "瑞原支店(214)", "普通", "3082217"],
        ],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 6 children's names, birth dates and savings account numbers to the partner bank",
)

add(
    id="foster-005", expect="stop", charset="iso-2022-jp",
    sender=KUWAHATA, to=["ツバサシステム 導入支援 中野 <nakano@tsubasa-system.jp>"],
    subject="Re: ケース記録システム移行 テストデータのご提供",
    body="""ツバサシステム
中野様

お世話になっております。ひので学園の桑畑です。
移行テスト用に、現行台帳から入所児童のデータを書き出しました。
シート「在籍児童」「退所児童」の2枚です。1行目はタイトル行なので読み込み時は
2行目（見出し）からお願いします。

本番移行は12月第2週で調整中です。
""" + sg("g", "桑畑 健", "事務長", "k-kuwahata"),
    attachments=[{
        "kind": "xlsx", "name": "児童台帳_移行テスト.xlsx",
        "sheets": {
            "在籍児童": [
                ["ひので学園 在籍児童台帳（2025/10/01 現在）"],
                ["児童番号", "氏名", "生年月日", "入所日", "措置理由", "所属校", "備考"],
                ["H-1804", "鶴見 陽向", "2008/06/21", "2018/04/10", "ネグレクト", "瑞原高校2年", "通院なし"],
                ["H-1911", "五十嵐 結愛", "2009/02/03", "2019/09/02", "身体的虐待", "東中3年", "PTSD 月1通院"],
                ["H-2003", "四ノ宮 颯太", "2007/10/15", "2020/01/20", "父母の精神疾患", "瑞原高校3年", ""],
                ["H-2107", "仲宗根 莉子", "2010/12/28", "2021/06/14", "心理的虐待", "東中1年", "ADHD 服薬中"],
                ["H-2210", "鷲尾 心春", "2011/08/19", "2022/11/01", "養育拒否", "桜台小6年", "療育手帳B2"],
                ["H-2302", "大河内 陸斗", "2014/03/02", "2023/02/27", "性的虐待（実父）", "桜台小5年", "被害届提出済"],
            ],
            "退所児童": [
                ["退所児童（過去3年）"],
                ["児童番号", "氏名", "生年月日", "退所日", "退所先"],
                ["H-1502", "芦田 美羽", "2005/05/11", "2024/03/31", "就職・自立"],
                ["H-1608", "鬼頭 蓮", "2006/01/30", "2024/03/31", "大学進学"],
                ["H-1715", "葉山 ひまり", "2012/07/04", "2023/08/20", "家庭復帰"],
            ],
        },
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX (title row, two sheets) of children with abuse reasons and diagnoses sent to the system vendor",
)

add(
    id="foster-006", expect="stop", charset="shift_jis",
    sender=KATSURAGI, to=["瑞原市 こども家庭課 里親担当 <satooya@city.mizuhara.lg.jp>"],
    subject="基礎研修・登録前研修 修了者名簿の提出について",
    body="""瑞原市こども家庭課
里親担当　御中

いつもお世話になっております。
ひのでフォスタリングの葛城です。

令和7年度第2期 養育里親基礎研修・登録前研修の修了者名簿（Word）を提出いたします。
修了証の発行と、認定部会への付議についてよろしくお願いいたします。
""" + sg("f", "葛城 真也", "里親リクルーター", "s-katsuragi"),
    attachments=[{
        "kind": "docx", "name": "修了者名簿_R7第2期.docx",
        "paragraphs": ["令和7年度 第2期 養育里親基礎研修・登録前研修 修了者名簿",
                       "実施機関：日の出産業株式会社 里親支援センター ひのでフォスタリング"],
        "tables": [[
            ["No", "氏名", "生年月日", "住所", "電話", "修了日"],
            ["1", "榊原 隆之", "昭和52年8月3日", "瑞原市栄町5-12-3", "090-2261-8834", "R7.9.27"],
            ["2", "榊原 美穂", "昭和55年1月19日", "瑞原市栄町5-12-3", "090-2261-8851", "R7.9.27"],
            ["3", "幸田 恭平", "平成元年11月22日", "坂戸市日の出町4-7", "080-3345-0278", "R7.9.27"],
            ["4", "冨樫 奈津子", "昭和49年6月6日", "瑞原市桜台1-19-5", "070-6650-3391", "R7.9.27"],
            ["5", "畦地 秀一", "昭和60年4月28日", "川越市的場2-30-8", "090-5583-7146", "R7.10.4"],
            ["6", "畦地 かおり", "昭和62年12月1日", "川越市的場2-30-8", "090-5583-7190", "R7.10.4"],
        ]],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of 6 prospective foster parents with birth dates, addresses and phones to the city office",
)

add(
    id="foster-007", expect="stop", charset="utf-8",
    sender=SETOGUCHI, to=[SHO2],
    subject="【ご相談】学園在籍児童の学校生活上の配慮事項（スライド）",
    body="""桜台小学校
教頭　水谷先生

お世話になっております。ひので学園 心理担当の瀬戸口です。
先日お話しした、学園から通学している児童の配慮事項を校内委員会用にスライドにまとめました。
特別支援コーディネーターの先生とも共有いただけますと幸いです。
""" + sg("g", "瀬戸口 玲奈", "心理療法担当職員", "r-setoguchi"),
    attachments=[{
        "kind": "pptx", "name": "配慮事項_桜台小_在籍児童.pptx",
        "slides": [
            ["学園在籍児童の配慮事項（桜台小）", "2025年10月 ひので学園 心理担当", "対象：5名"],
            ["鷲尾 心春（6年2組）", "療育手帳B2／軽度知的障害", "指示は一つずつ・視覚提示を"],
            ["大河内 陸斗（5年1組）", "PTSD（性的被害後）", "男性職員との個別対応を避ける・大きな音に注意"],
            ["葉月 蒼（4年3組）", "ADHD（コンサータ服薬中）", "座席は前方・離席時の声かけ"],
            ["早乙女 悠真（3年1組）", "反応性愛着障害の診断あり", "担任との一対一の関係づくりを優先"],
            ["瓜生 さくら（2年2組）", "自閉スペクトラム症", "予定変更は前日までに伝える"],
        ],
    }],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PPTX, one slide per child, five children with diagnoses and disabilities to a school",
)

add(
    id="foster-008", expect="stop", charset="iso-2022-jp",
    sender=KURIBAYASHI, to=["青葉運輸 貸切バス営業所 <kashikiri@aoba-unyu.co.jp>"],
    subject="夏季キャンプ 貸切バス 乗車名簿（PDF）",
    body="""青葉運輸株式会社
貸切バス営業所 ご担当者様

お世話になっております。ひので学園の栗林です。
8/6〜8/8 の夏季キャンプ（行先：秩父 ○○キャンプ場）の乗車名簿をお送りします。
引率職員3名を含め、計11名の予定です。

集合：8/6 7:30 ひので学園 正門前
""" + sg("g", "栗林 拓海", "児童指導員", "t-kuribayashi"),
    attachments=[{
        "kind": "pdf", "name": "joushameibo_camp2025.pdf",
        "title": "夏季キャンプ 乗車名簿",
        "lines": ["夏季キャンプ 貸切バス 乗車名簿", "2025年8月6日（水）〜8日（金）　ひので学園"],
        "table": [
            ["座席", "氏名", "ふりがな", "生年月日", "区分"],
            ["1", "栗林 拓海", "くりばやし たくみ", "1994/05/02", "引率"],
            ["2", "宮ノ下 あかり", "みやのした あかり", "1997/09/13", "引率"],
            ["3", "四ノ宮 颯太", "しのみや そうた", "2007/10/15", "児童"],
            ["4", "仲宗根 莉子", "なかそね りこ", "2010/12/28", "児童"],
            ["5", "東雲 湊", "しののめ みなと", "2008/04/07", "児童"],
            ["6", "鷲尾 心春", "わしお こはる", "2011/08/19", "児童"],
            ["7", "嘉数 大和", "かかず やまと", "2012/03/25", "児童"],
            ["8", "鳳 莉央", "おおとり りお", "2013/11/08", "児童"],
            ["9", "鮫島 凛", "さめじま りん", "2012/06/30", "児童"],
            ["10", "御手洗 柚葉", "みたらい ゆずは", "2014/01/17", "児童"],
            ["11", "百目鬼 浩二", "どうめき こうじ", "1981/02/26", "引率"],
        ],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="PDF passenger list of 11 people (children and staff) with birth dates to the bus company",
)

add(
    id="foster-009", expect="stop", charset="utf-8",
    sender=HIGA, to=["みどり銀行 事務センター 振込受付 <furikomi-c@midori-ginko.co.jp>"],
    subject="10月分 里親手当 総合振込データ送付",
    body="""みどり銀行 事務センター
振込受付ご担当者様

日の出産業の比嘉です。いつもお世話になっております。
10月分の里親手当（委託費の立替分）総合振込データをZIPにまとめてお送りします。
中身は振込明細CSVと、件数・金額の確認表（Excel）です。振込指定日は10/24です。
""" + sg("h", "比嘉 正人", "経理担当", "m-higa"),
    attachments=[{
        "kind": "zip", "name": "furikomi_202510.zip",
        "files": [
            {"kind": "csv", "name": "furikomi_meisai.csv", "encoding": "cp932",
             "rows": [
                 ["受取人名(カナ)", "受取人名", "銀行", "支店", "科目", "口座番号", "金額", "住所"],
                 ["シノヅカ マサカズ", "篠塚 正和", "みどり銀行", "瑞原", "普通", "4402118", "90000", "瑞原市桜台2-5-11"],
                 ["キタシラカワ サキ", "北白川 紗季", "みどり銀行", "本店営業部", "普通", "0771342", "141000", "瑞原市本町4-22-6-301"],
                 ["ロッカク タケシ", "六角 武志", "武蔵野信用金庫", "霞ケ関", "普通", "0126675", "180000", "川越市霞ケ関北3-9-14"],
                 ["マエダ ユキコ", "眞栄田 由紀子", "みどり銀行", "瑞原", "普通", "4419903", "90000", "瑞原市若葉台1-40"],
                 ["ジョウノウチ アツシ", "城之内 篤", "ゆうちょ銀行", "〇一八", "普通", "8830215", "90000", "東松山市美土里町18-3"],
                 ["サカキバラ タカユキ", "榊原 隆之", "みどり銀行", "瑞原", "普通", "4425561", "90000", "瑞原市栄町5-12-3"],
             ]},
            {"kind": "xlsx", "name": "kakunin.xlsx",
             "sheets": {"確認表": [["振込件数", 6], ["合計金額", 681000], ["指定日", "2025/10/24"]]}},
        ],
    }],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="unencrypted ZIP holding a CSV of 6 foster parents' bank accounts and addresses to the bank",
)

add(
    id="foster-010", expect="stop", charset="utf-8",
    sender=ONODERA, to=[UNIV],
    subject="秋期 施設実習 受け入れ学生の確認（抗体検査結果含む）",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>瑞原福祉大学 実習支援室 御中</p>
<p>いつもお世話になっております。ひので学園の小野寺です。<br>
秋期施設実習（保育実習Ⅰ・施設）の受け入れ予定学生について、
ご提出いただいた書類と抗体検査の結果を下表のとおり確認しました。<br>
<b>麻しんが陰性の学生</b>はワクチン接種証明の追加提出をお願いいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>学籍番号</th><th>氏名</th><th>携帯電話</th><th>メール</th><th>麻しん</th><th>風しん</th><th>水痘</th><th>ムンプス</th></tr>
<tr><td>F22-0317</td><td>真鍋 ひより</td><td>080-1274-3306</td><td>hiyori.m22@mizuhara-fukushi.ac.jp</td><td>陽性</td><td>陽性</td><td>陽性</td><td>陰性</td></tr>
<tr><td>F22-0342</td><td>鹿島田 蒼</td><td>090-6653-0921</td><td>kashimada.a@mizuhara-fukushi.ac.jp</td><td>陰性</td><td>陽性</td><td>陽性</td><td>陽性</td></tr>
<tr><td>F22-0355</td><td>浜渦 芽衣</td><td>070-2209-4418</td><td>mei.hamauzu@mizuhara-fukushi.ac.jp</td><td>陽性</td><td>陽性</td><td>陰性</td><td>陽性</td></tr>
<tr><td>F22-0368</td><td>一色 颯斗</td><td>080-7730-5512</td><td>isshiki.h@mizuhara-fukushi.ac.jp</td><td>陽性</td><td>陽性</td><td>陽性</td><td>陽性</td></tr>
<tr><td>F22-0401</td><td>佐久間 杏奈</td><td>090-3361-8847</td><td>anna.sakuma@mizuhara-fukushi.ac.jp</td><td>陽性</td><td>陰性</td><td>陽性</td><td>陽性</td></tr>
</table>
<p>実習初日は 11/10（月）8:30 に事務所へお越しください。</p>
<p>--<br>日の出産業株式会社 児童福祉事業部<br>児童養護施設 ひので学園 家庭支援専門相談員<br>小野寺 美紀<br>
〒369-1207 埼玉県瑞原市桜台3-14-2 TEL 0493-71-2250</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 5 students incl. antibody test results (health data) to a university",
)

add(
    id="foster-011", expect="stop", charset="iso-2022-jp",
    sender=USAMI, to=[SHAKYO],
    subject="FW: 年末大掃除ボランティア 申込者まとめ",
    body="""瑞原市社会福祉協議会
ボランティアセンター　谷口様

お世話になっております。ひので学園の宇佐美です。
年末大掃除ボランティアの申込状況、学園内で取りまとめたメールをそのまま添付します。
社協さん経由の申込者と重複がないかご確認いただけますか。
""" + sg("g", "宇佐美 梢", "ボランティアコーディネーター", "k-usami"),
    attachments=[{
        "kind": "eml", "name": "申込者まとめ.eml",
        "message": {
            "charset": "iso-2022-jp", "sender": MIYANOSHITA,
            "to": [USAMI], "subject": "年末大掃除ボランティア 申込者まとめ",
            "body": """宇佐美さん

電話・メールで受けた申込をまとめました。

・江波戸 絹代　070-1120-6634　瑞原市栄町1-3-9　12/27のみ
・丹羽 洋平　090-8871-2205　yohei.niwa@gmail.com　12/27・28
・久住 真琴　080-3352-7718　瑞原市若葉台2-17　12/28
・五味 玲司　090-2040-9931　reiji-gomi@docomo.ne.jp　12/27
・浅葱 ゆかり　080-6615-4402　坂戸市薬師町11-2　12/27・28
・土門 佳祐　070-5548-1937　k.domon@outlook.jp　12/28

軍手とゴミ袋は学園で用意します。
宮ノ下""",
        },
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="attached internal mail (message/rfc822) with 6 volunteers' phones, addresses and e-mails to the 社協",
)

add(
    id="foster-012", expect="stop", charset="shift_jis",
    sender=KATSURAGI, to=["錦印刷 営業部 山根 <yamane@nishiki-insatsu.co.jp>"],
    subject="転送: 年賀状 宛名リスト（里親さん分）",
    body="""錦印刷 山根様

いつもお世話になっております。ひのでフォスタリングの葛城です。
宛名印刷の件、センター内で確定した里親さん分のリストを転送します。
前回と同じ毛筆体・縦書きでお願いします。

---------- 転送メッセージ ----------
差出人: 千早 奈央 <n-chihaya@hinode-sangyo.co.jp>
日付: 2025年11月20日 16:42
件名: 年賀状 宛名リスト（里親さん分）
宛先: 葛城 真也 <s-katsuragi@hinode-sangyo.co.jp>

葛城さん
宛名リスト確定版です。

〒369-1203 瑞原市桜台2-5-11　篠塚 正和 様・恵子 様
〒369-1211 瑞原市本町4-22-6 サンハイツ本町301　北白川 紗季 様
〒350-1103 川越市霞ケ関北3-9-14　六角 武志 様
〒369-1222 瑞原市若葉台1-40　眞栄田 由紀子 様
〒355-0021 東松山市美土里町18-3　城之内 篤 様・真澄 様
〒369-1216 瑞原市栄町5-12-3　榊原 隆之 様・美穂 様
〒350-0213 坂戸市日の出町4-7 コーポ日の出102　幸田 恭平 様

以上7件です。
千早
""" + sg("f", "葛城 真也", "里親リクルーター", "s-katsuragi"),
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="forwarded internal mail in the body listing 7 foster families' home addresses, to the printer",
)

add(
    id="foster-013", expect="stop", charset="utf-8",
    sender=ARAMAKI, to=["北国フーズ ギフト受注センター <gift@kitaguni-foods.co.jp>"],
    subject="お歳暮 直送先のご連絡（里親家庭5件）",
    body="""北国フーズ株式会社
ギフト受注センター 御中

いつもお世話になっております。日の出産業 ひので学園の荒巻と申します。
先日お見積りいただいた「北の幸 詰め合わせ（B-300）」を、下記5件へ直送をお願いします。
熨斗は「御歳暮／ひので学園」、お届けは12/10〜12/15でお願いいたします。

・篠塚 正和 様　〒369-1203 埼玉県瑞原市桜台2-5-11　TEL 090-3318-4402
・北白川 紗季 様　〒369-1211 埼玉県瑞原市本町4-22-6-301　TEL 080-6627-0195
・六角 武志 様　〒350-1103 埼玉県川越市霞ケ関北3-9-14　TEL 070-2281-5530
・眞栄田 由紀子 様　〒369-1222 埼玉県瑞原市若葉台1-40　TEL 090-9012-7736
・城之内 篤 様　〒355-0021 埼玉県東松山市美土里町18-3　TEL 080-4471-2268

請求書は学園宛（経理 比嘉）にお送りください。
""" + sg("g", "荒巻 聡子", "里親支援専門相談員", "s-aramaki") + DISC_JA,
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="bullet list of 5 foster families' addresses and phones to the food partner for gift delivery",
)

add(
    id="foster-014", expect="stop", charset="iso-2022-jp",
    sender=DOMEKI, to=["NPO法人 巣立ちネット 相談員 <soudan@sudachi-net.or.jp>"],
    subject="アフターケア対象者の連絡先（今年度退所者）",
    body="""巣立ちネット
相談員 各位

ひので学園 自立支援担当の百目鬼です。
先日の連絡会でお話しした、今年度退所者の最新の連絡先です。
年末の食料支援の案内をお願いできればと思います。

【1】芦田 美羽（あしだ みう）
　生年月日：平成17年5月11日
　住所：さいたま市北区宮原町2-51-9 ハイツ宮原203
　携帯：０９０－４７１２－８８３６
　勤務先：北国フーズ さいたま工場

【2】鬼頭 蓮（きとう れん）
　生年月日：平成18年1月30日
　住所：東京都板橋区大山東町40-3 学生会館402
　携帯：０８０－２２９１－５５０４

【3】今福 大地（いまふく だいち）
　生年月日：平成17年9月2日
　住所：川越市脇田本町22-6 レオパレス脇田105
　携帯：０７０－３８０４－１１７２
　勤務先：青葉運輸 川越営業所

【4】桜庭 ののか（さくらば ののか）
　生年月日：平成18年3月15日
　住所：瑞原市本町2-3-18 グリーンコート201
　携帯：０９０－６６２０－９４８１

【5】乙部 健太（おとべ けんた）
　生年月日：平成17年11月27日
　住所：坂戸市千代田4-8-1 サンパレス千代田3F
　携帯：０８０－９９１３－２０６７

本人たちには巣立ちネットさんから連絡が行くことを伝えてあります。
よろしくお願いします。
""" + sg("g", "百目鬼 浩二", "自立支援コーディネーター", "k-domeki"),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one block per person: 5 care leavers with 和暦 birth dates, addresses and full-width mobiles to an NPO",
)

add(
    id="foster-015", expect="stop", charset="shift_jis",
    sender=OSUGA, to=["北国フーズ 給食事業部 栄養士 川端 <kawabata@kitaguni-foods.co.jp>"],
    subject="除去食対象児童一覧（11月献立分）",
    body="""北国フーズ 給食事業部
川端様

お世話になっております。ひので学園 栄養士の大須賀です。
11月献立の除去食対応について、対象児童の一覧（xls）をお送りします。
10月から入所した1名（嘉数くん）が追加になっています。
エピペン保持者は2名です。調理現場への周知をお願いいたします。
""" + sg("g", "大須賀 恵", "栄養士", "m-osuga"),
    attachments=[{
        "kind": "xls", "name": "jokyo_list_202511.xls",
        "sheets": {"除去食": [
            ["氏名", "ユニット", "アレルゲン", "症状歴", "エピペン", "主治医"],
            ["鳳 莉央", "さくら", "卵・乳", "アナフィラキシー(2023)", "有", "瑞原こども医療センター"],
            ["嘉数 大和", "けやき", "小麦", "じんましん", "無", "かわせみ小児科"],
            ["御手洗 柚葉", "さくら", "えび・かに", "口腔アレルギー", "無", "かわせみ小児科"],
            ["鮫島 凛", "もみじ", "落花生", "アナフィラキシー(2022)", "有", "瑞原こども医療センター"],
            ["瓜生 さくら", "ひまわり", "乳", "湿疹", "無", "—"],
            ["葉月 蒼", "けやき", "そば", "未確認（念のため除去）", "無", "—"],
        ]},
    }],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="legacy XLS of 6 children's food allergies and anaphylaxis history (medical) to the caterer",
)

# ======================================================================================
# STOP — My Number, card numbers, ID documents
# ======================================================================================

_mn16 = mn()
add(
    id="foster-016", expect="stop", charset="iso-2022-jp",
    sender=CHIHAYA, to=["瑞原市 こども家庭課 里親担当 <satooya@city.mizuhara.lg.jp>"],
    subject="里親手当 口座変更届の件（篠塚様）",
    body=f"""こども家庭課 里親担当
矢吹様

お世話になっております。ひのでフォスタリングの千早です。
篠塚様の里親手当の振込口座変更届、記載内容をお知らせします。
原本は明日の巡回時にお持ちします。

　氏名　　　：篠塚 正和（しのづか まさかず）
　個人番号　：{_mn16}
　新口座　　：みどり銀行 瑞原支店 普通 4402118
　変更理由　：給与口座への集約のため

不備がありましたらご連絡ください。
""" + sg("f", "千早 奈央", "ソーシャルワーカー", "n-chihaya"),
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="a foster parent's My Number and bank account in the body to the city office",
)

add(
    id="foster-017", expect="stop", charset="utf-8",
    sender=HIGA, to=["三枝税理士事務所 <office@saegusa-tax.jp>"],
    subject="支払調書作成用データ（学習指導 謝金）",
    body="""三枝税理士事務所
担当 石丸様

お世話になっております。日の出産業 児童福祉事業部の比嘉です。
学習指導（外部講師）の謝金について、支払調書作成用のデータをお送りします。
個人番号は本人から提供書を受領済みです。
""" + sg("h", "比嘉 正人", "経理担当", "m-higa"),
    attachments=[{
        "kind": "xlsx", "name": "shiharai_chosho_2025.xlsx",
        "sheets": {
            "講師謝金": [
                ["令和7年分 報酬・料金等 支払調書 作成データ"],
                ["氏名", "住所", "個人番号", "支払金額", "源泉徴収税額"],
                ["秋月 慎吾", "東京都練馬区豊玉北4-31-2", mn(), 312000, 31855],
                ["白鳥 葉子", "埼玉県川越市連雀町8-14", mn(), 186000, 18991],
                ["糸井 弘樹", "埼玉県瑞原市栄町3-6-20", mn(), 96000, 9801],
            ],
            "メモ": [["提供書受領日", "2025/04/08"]],
        },
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="XLSX with three lecturers' My Numbers and addresses to an outside tax accountant",
)

_mn18 = mn()
add(
    id="foster-018", expect="stop", charset="utf-8",
    sender=CHIHAYA, to=["六角 武志 <rokkaku.takeshi@gmail.com>"],
    subject="乳幼児医療証の申請について",
    body=f"""六角様

こんにちは、ひのでフォスタリングの千早です。
先日お話しした、ゆいちゃんの医療証（こども医療費受給者証）の申請ですが、
申請書の「児童の個人番号」欄はこちらを記入してください。

　{fw(_mn18[:4])} {fw(_mn18[4:8])} {fw(_mn18[8:])}

（通知カードのコピーは児相からいただいたものです）
申請書は記入後、来週の訪問時に回収しますね。

千早
""" + sg("f", "千早 奈央", "ソーシャルワーカー", "n-chihaya"),
    entities=["JP_MY_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="a foster child's My Number in full-width digits sent to a foster parent's gmail",
)

_cc19 = cc("-")
add(
    id="foster-019", expect="stop", charset="iso-2022-jp",
    sender=KATSURAGI, to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="里親制度説明会 会場費のお支払い（カード決済）",
    body=f"""さくらホテル 宴会予約ご担当 様

お世話になっております。日の出産業の葛城です。
12/7（日）「里親制度説明会」の会場費（桔梗の間・半日）につき、
お電話でご案内いただいたとおり法人カードでの事前決済をお願いいたします。

　カード種別：VISA（法人）
　カード番号：{_cc19}
　有効期限　：09/28
　名義　　　：SHINYA KATSURAGI

領収書の宛名は「日の出産業株式会社」でお願いします。
""" + sg("f", "葛城 真也", "里親リクルーター", "s-katsuragi"),
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="credit card number and holder in the body to the partner hotel",
)

add(
    id="foster-020", expect="stop", charset="utf-8",
    sender=HIGA, to=["ペイメントゲート株式会社 サポート <support@paymentgate.co.jp>"],
    subject="継続寄付（マンスリーサポーター）決済エラー分の再処理依頼",
    body="""ペイメントゲート株式会社
サポートご担当者様

日の出産業 児童福祉事業部の比嘉です。
9月度の継続寄付で決済エラーになった3件について、寄付者様から
正しいカード情報を書面でいただきましたので、再処理をお願いできますでしょうか。
書面の内容をPDFにまとめて添付いたします。
""" + sg("h", "比嘉 正人", "経理担当", "m-higa"),
    attachments=[{
        "kind": "pdf", "name": "saishori_irai_202509.pdf",
        "lines": ["継続寄付 決済再処理依頼（2025年9月度）", "日の出産業株式会社 児童福祉事業部"],
        "table": [
            ["会員番号", "寄付者名", "カード番号", "有効期限", "月額"],
            ["MS-00412", "波多野 ゆかり", cc(), "03/27", "3,000"],
            ["MS-00587", "TAKUYA MORIOKA", cc(), "11/26", "5,000"],
            ["MS-00603", "椎名 穂乃果", cc(), "07/29", "1,000"],
        ],
    }],
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="PDF with three donors' card numbers to a payment processor",
)

add(
    id="foster-021", expect="stop", charset="shift_jis",
    sender=TOKI, to=[HOSP],
    subject="初診予約のお願い（東雲 湊・保険証情報）",
    body="""瑞原こども医療センター
地域連携室 御中

いつもお世話になっております。ひので学園 看護師の土岐です。
先週入所した児童について、整形外科の初診予約をお願いしたくご連絡しました。
受診券の発行が間に合わないため、今回は保護者の健康保険証で受診します。

　氏名：東雲 湊（しののめ みなと）　男
　生年月日：平成20年4月7日
　保険者：全国健康保険協会 埼玉支部
　記号：3120-455　番号：82　（被扶養者）
　希望日：10/21(火)午後 または 10/23(木)午前

保険証の写しは当日持参いたします。ご調整のほどよろしくお願いいたします。
""" + sg("g", "土岐 由香", "看護師", "y-toki"),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="a child's health insurance 記号・番号 with name and birth date to a hospital",
)

add(
    id="foster-022", expect="stop", charset="iso-2022-jp",
    sender=USAMI, to=["ときわ保険代理店 <info@tokiwa-hoken.co.jp>"],
    subject="送迎ボランティア 運転者登録（自動車保険 記名外運転者）",
    body="""ときわ保険代理店
ご担当 小倉様

お世話になっております。ひので学園の宇佐美です。
学園車両（ハイエース 品川300 さ 12-34）の送迎ボランティア運転者を1名追加したく、
必要事項をお送りします。

　氏名　　　　：新堀 敏行（にいぼり としゆき）
　生年月日　　：昭和36年11月2日
　運転免許証番号：第 432105118760 号
　免許の色　　：ゴールド（有効期限 令和9年12月2日）

年齢条件の変更が必要かどうかも併せてご教示ください。
""" + sg("g", "宇佐美 梢", "ボランティアコーディネーター", "k-usami"),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a volunteer driver's driving licence number and birth date to an insurance agency",
)

add(
    id="foster-023", expect="stop", charset="utf-8",
    sender=DOMEKI, to=["グローバルスタディ旅行社 手配課 <tehai@globalstudy-travel.co.jp>"],
    subject="RE: 高校生海外研修（シンガポール）航空券手配 — 旅券情報",
    body="""グローバルスタディ旅行社
手配課 吉良様

お世話になっております。ひので学園の百目鬼です。
県の奨学事業による海外研修に参加する当学園の生徒1名について、
航空券手配用の旅券情報をお送りします。

　氏名（ローマ字）：SHINONOME MINATO
　氏名（漢字）　　：東雲 湊
　生年月日　　　　：2008年4月7日
　旅券番号　　　　：TS4418207
　有効期限　　　　：2030年8月18日

引率は学校側の先生となります。よろしくお願いいたします。
""" + sg("g", "百目鬼 浩二", "自立支援コーディネーター", "k-domeki"),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="a student's passport number and birth date to a travel agency",
)

add(
    id="foster-024", expect="stop", charset="utf-8",
    sender=ONODERA, to=["白川法律事務所 弁護士 白川 <shirakawa@shirakawa-law.jp>"],
    subject="仲宗根さん（母）の在留資格の件",
    body="""白川先生

いつもお世話になっております。ひので学園の小野寺です。
莉子さんのお母様（フィリピン国籍）の在留資格更新について、
ご相談の前に在留カードの記載事項をお送りしておきます。

　氏名：NAKASONE MARIA LUZ
　国籍：フィリピン
　在留資格：日本人の配偶者等（離婚調停中）
　在留カード番号：RK80417265HA
　在留期限：2026年2月14日

面談は11/5(水)14時、学園の相談室でお願いできればと思います。
""" + sg("g", "小野寺 美紀", "家庭支援専門相談員", "m-onodera"),
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a parent's residence card number to the partner law firm",
)

add(
    id="foster-025", expect="stop", charset="iso-2022-jp",
    sender=DOMEKI, to=["北国フーズ 人事総務部 <jinji@kitaguni-foods.co.jp>"],
    subject="芦田さん 社会保険加入手続きの件",
    body="""北国フーズ株式会社
人事総務部 御中

お世話になっております。ひので学園（児童養護施設）の百目鬼です。
4月からさいたま工場でお世話になっている芦田美羽さんの件でご連絡しました。
本人が年金手帳を紛失しており、確認したところ基礎年金番号は以下のとおりでした。

　芦田 美羽　基礎年金番号 4412-583706

社会保険の加入手続きにお使いください。本人にも同じ内容を伝えてあります。
""" + sg("g", "百目鬼 浩二", "自立支援コーディネーター", "k-domeki"),
    entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a care leaver's basic pension number to her employer (partner company)",
)

# ======================================================================================
# STOP — 要配慮個人情報 of one person
# ======================================================================================

add(
    id="foster-026", expect="stop", charset="iso-2022-jp",
    sender=KURIBAYASHI, to=[JISO_TSUKOKU], cc=[MATSUURA],
    subject="【至急】一時帰宅後の受傷について（葉山 ひまり）",
    body="""瑞原市児童相談所
担当福祉司 佐伯様

ひので学園の栗林です。お電話でお伝えした件を文書でもお送りします。

　児童：葉山 ひまり（平成24年7月4日生、13歳）
　経過：10/12〜10/13 実母宅へ一時帰宅。10/13 18時帰園。
　　　　入浴時、左上腕内側と背部に直径3cm程度の皮下出血を複数確認。
　　　　本人は「ママの彼氏に押し入れに入れられた時にぶつけた」と話している。
　対応：看護師確認の上、写真記録済み。10/14 瑞原こども医療センター受診予定。

身体的虐待の疑いとして通告いたします。次回の一時帰宅は見合わせる方向で
ご判断いただければと考えています。
""" + sg("g", "栗林 拓海", "児童指導員", "t-kuribayashi"),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="abuse report: one child's injuries and suspected abuse (crime victim, medical) to the child guidance centre",
)

add(
    id="foster-027", expect="stop", charset="utf-8",
    sender=SETOGUCHI, to=["東中学校 特別支援コーディネーター 野々村 <nonomura@higashi-jh.mizuhara.ed.jp>"],
    subject="五十嵐さんの心理検査結果について",
    body="""東中学校
野々村先生

お世話になっております。ひので学園心理担当の瀬戸口です。
先日ご依頼のあった五十嵐結愛さん（3年2組）の検査結果の要点をお伝えします。

・WISC-Ⅴ（2025/9/18実施）：FSIQ 78、VCI 92、WMI 71、PSI 69
・主治医（清水メンタルクリニック）より、複雑性PTSD および 解離症状 の診断
・フラッシュバック時は保健室で10分程度のクールダウンを認めていただけると助かります

高校受験に向けて、別室受験の申請も検討していただけますでしょうか。
""" + sg("g", "瀬戸口 玲奈", "心理療法担当職員", "r-setoguchi"),
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one student's IQ test results and PTSD diagnosis to a school",
)

add(
    id="foster-028", expect="stop", charset="shift_jis",
    sender=MIYANOSHITA, to=["放課後等デイサービス にじいろ <info@dayservice-nijiiro.jp>"],
    subject="利用開始の件（鷲尾 心春）",
    body="""放課後等デイサービス にじいろ
管理者 本郷様

お世話になっております。ひので学園の宮ノ下です。
11月から利用予定の鷲尾心春（わしお こはる、小6）について、
受給者証が届きましたのでお知らせします。

　受給者証番号：0241103957
　療育手帳：B2（令和6年3月交付）
　支給量：月10日
　送迎：桜台小学校 → 事業所 → 学園

てんかんの既往があり、発作時の対応はお渡しする指示書に従ってください。
""" + sg("g", "宮ノ下 あかり", "保育士", "a-miyanoshita"),
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one child's disability certificate grade and epilepsy history to a day-service provider",
)

add(
    id="foster-029", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=[SHO2],
    subject="大河内くんの引き取りに関するお願い",
    body="""桜台小学校
教頭 水谷先生

お世話になっております。ひので学園の小野寺です。
5年1組の大河内陸斗くんについて、学校側にもお伝えしておくべき事情がありご連絡しました。

実父（大河内 剛）は、陸斗くんへの加害により昨年逮捕され、現在は執行猶予中です。
家庭裁判所の決定により接近禁止となっていますが、最近学区内で見かけたとの情報があります。
万一来校して引き取りを求めた場合は応じず、学園（0493-71-2250）と
児童相談所へすぐご連絡ください。

写真は明日、担任の先生に直接お渡しします。
""" + sg("g", "小野寺 美紀", "家庭支援専門相談員", "m-onodera"),
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a parent's arrest/criminal record and the child's victimisation to a school",
)

add(
    id="foster-030", expect="stop", charset="utf-8",
    sender=TOKI, to=[HOSP],
    subject="手術同意に関するご相談（鬼塚 陽翔くん）",
    body="""瑞原こども医療センター
小児外科 外来 ご担当 様

ひので学園の土岐です。11/18 に予定されている鬼塚陽翔くん（9歳）の鼠径ヘルニア手術の件です。

親権者である母親が「エホバの証人」の信者で、輸血を伴う可能性がある場合は同意しないとの
意向を児童相談所に示しています。児相では親権停止の申立ても含めて検討中とのことです。

術前説明の日程を、児相の担当（佐伯福祉司）同席で調整させていただけますでしょうか。
""" + sg("g", "土岐 由香", "看護師", "y-toki"),
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a child's surgery and the parent's religion (blood-transfusion refusal) to a hospital",
)

add(
    id="foster-031", expect="stop", charset="iso-2022-jp",
    sender=KURIBAYASHI, to=["秩父こもれびキャンプ場 受付 <reserve@chichibu-komorebi.jp>"],
    subject="8/6〜8 団体予約（ひので学園）持病のある参加者について",
    body="""秩父こもれびキャンプ場
受付ご担当 様

お世話になっております。8/6〜8 で団体予約している、ひので学園の栗林です。
参加児童のうち1名に持病があるため、事前にお知らせしておきます。

・嘉数 大和（中1・男子）
　てんかん（デパケン服薬中、朝夕）。発作時は横向きに寝かせ、5分以上続く場合は救急要請。
　水泳・川遊びは職員が必ずマンツーマンでつきます。

最寄りの救急病院の連絡先を教えていただけると助かります。
""" + sg("g", "栗林 拓海", "児童指導員", "t-kuribayashi"),
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one child's epilepsy and medication to a campsite operator",
)

add(
    id="foster-032", expect="stop", charset="utf-8",
    sender=f"Miki Onodera <m-onodera@{D}>",
    to=["Sarah Whitfield <s.whitfield@bridgekids-foundation.org>"],
    subject="Homestay programme 2026 - health information for our applicant",
    body="""Dear Ms Whitfield,

Thank you for your kind support of our children again this year.
As requested, here is the health information for our applicant to the 2026 homestay
programme, so that you can brief the host family in Vancouver.

  Name: Yua Igarashi (female, born 3 February 2009)
  Diagnoses: complex PTSD (since 2020), mild asthma
  Medication: sertraline 25 mg daily; salbutamol inhaler as needed
  Notes: she has been in our care since 2019 following physical abuse at home.
         Sudden loud voices can trigger panic; please let her take a short break.

Please let me know if the host family needs a letter from her psychiatrist.

Best regards,""" + sg("e", "Miki Onodera", "Family Support Social Worker", "m-onodera"),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English mail with one child's diagnoses, medication and abuse history to a foreign foundation",
)

add(
    id="foster-033", expect="stop", charset="utf-8",
    sender=MATSUURA, to=["白川法律事務所 弁護士 瀬尾 <seo@shirakawa-law.jp>"],
    subject="損害賠償請求（学習塾講師の件）打合せ前の事実関係",
    body="""白川法律事務所
瀬尾先生

お世話になっております。ひので学園施設長の松浦です。
来週の打合せに先立ち、事実関係を整理してお送りします。

・被害児童：御手洗 柚葉（平成26年1月17日生・小5）
・加害者：学習塾「ステップ」元講師（30代男性）
・概要：2025年6月〜7月、塾の個別指導中に複数回の性的接触。7/22 本人が職員に開示。
・対応：7/23 児相通告、7/25 瑞原警察署へ被害届提出、9月に加害者逮捕。
・本人の状況：現在、清水メンタルクリニックで月2回のカウンセリング中。

民事での請求の可否についてご意見をいただければ幸いです。
""" + sg("g", "松浦 和彦", "施設長", "k-matsuura"),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a child who was a victim of a sex crime, with counselling details, to the partner law firm",
)

add(
    id="foster-034", expect="stop", charset="utf-8",
    sender=ARAMAKI, to=["北白川 紗季 <saki.kitashirakawa@yahoo.co.jp>"],
    subject="自立支援計画書（蒼くん）をお送りします",
    body="""北白川さん

こんにちは、荒巻です。先日の会議で見直した蒼くんの自立支援計画書をお送りします。
委託後の支援方針のところを、北白川さんのご意見を踏まえて直しました。
次回の家庭訪問（11/12）で一緒に確認させてください。

荒巻
""" + sg("g", "荒巻 聡子", "里親支援専門相談員", "s-aramaki"),
    attachments=[{
        "kind": "docx", "name": "自立支援計画書_葉月蒼.docx",
        "paragraphs": [
            "自立支援計画書（里親委託移行時）",
            "児童氏名：葉月 蒼（はづき あおい）　生年月日：平成28年5月9日　性別：男",
            "措置理由：実母のネグレクト（養育放棄）、実母はアルコール依存症で入院治療中",
            "診断：ADHD（混合型）　服薬：コンサータ18mg",
            "支援目標：里親家庭での安定した生活リズムの確立、学校生活での成功体験",
        ],
        "tables": [[["領域", "課題", "支援内容", "担当"],
                    ["生活", "夜尿", "就寝前の声かけ", "里親"],
                    ["医療", "服薬管理", "月1回の通院同行", "里親・荒巻"]]],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="DOCX care plan with a child's diagnosis and his mother's illness sent to a foster parent's free mail",
)

# ======================================================================================
# STOP — three or more external parties visible to each other
# ======================================================================================

add(
    id="foster-035", expect="stop", charset="iso-2022-jp",
    sender=ONODERA,
    to=[JISO_SAEKI, "東中学校 担任 <k-matsudaira@higashi-jh.mizuhara.ed.jp>",
        "清水メンタルクリニック 相談室 <soudan@shimizu-mental.jp>"],
    cc=[SETOGUCHI],
    subject="ケース会議（10/30）日程のご確認",
    body="""関係機関の皆さま

お世話になっております。ひので学園の小野寺です。
先日ご相談した個別ケース会議の日程が、以下で確定しましたのでご連絡します。

　日時：10月30日（木）15:30〜17:00
　場所：ひので学園 1F 会議室（駐車場は正門左手をご利用ください）
　議題：中3女子の進路と通院継続について

資料は当日配布・回収といたします。ご欠席の場合のみご返信ください。
""" + sg("g", "小野寺 美紀", "家庭支援専門相談員", "m-onodera"),
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (child guidance centre, school, clinic) in To: should have been Bcc",
)

add(
    id="foster-036", expect="stop", charset="shift_jis",
    sender=KATSURAGI,
    to=["篠塚 恵子 <keiko.shinozuka@gmail.com>", "北白川 紗季 <saki.kitashirakawa@yahoo.co.jp>",
        "六角 武志 <rokkaku.takeshi@gmail.com>", "眞栄田 由紀子 <yukiko-maeda@ezweb.ne.jp>",
        "城之内 真澄 <masumi.jonouchi@icloud.com>"],
    subject="12月の里親サロンのご案内",
    body="""里親の皆さま

こんにちは。ひのでフォスタリングの葛城です。
朝晩すっかり冷え込んできましたね。12月の里親サロンのご案内です。

　日時：12月13日（土）10:00〜12:00
　会場：ひだまりの家 2F（瑞原市本町2-9）
　テーマ：「思春期の子とのつきあい方」先輩里親さんのお話
　託児：あり（前日までにご連絡ください）

出欠はこのメールへの返信でお知らせください。
""" + sg("f", "葛城 真也", "里親リクルーター", "s-katsuragi"),
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="five foster parents' private addresses visible to each other in To (should have been Bcc)",
)

add(
    id="foster-037", expect="stop", charset="utf-8",
    sender=ONODERA,
    to=[UNIV, "聖ルカ女子短期大学 実習指導室 <jisshu@st-luke-wc.ac.jp>",
        "東武保育専門学校 教務課 <kyomu@tobu-hoiku.ac.jp>"],
    subject="令和8年度 施設実習 受け入れ枠のご案内",
    body="""各養成校 実習ご担当の先生方

平素より大変お世話になっております。
児童養護施設 ひので学園の小野寺でございます。

令和8年度の施設実習受け入れ枠についてご案内いたします。

　前期（6月〜7月）：4名
　後期（10月〜11月）：4名
　※ 宿泊実習は行っておりません

ご希望の学校は 1/31（金）までに様式1にてお申し込みください。
事前オリエンテーションは各校ごとに日程を調整させていただきます。
""" + sg("g", "小野寺 美紀", "家庭支援専門相談員", "m-onodera") + DISC_JA,
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three schools' training offices in To: three external organisations can see each other",
)

add(
    id="foster-038", expect="stop", charset="iso-2022-jp",
    sender=USAMI,
    to=["川崎電機 CSR推進室 <csr@kawasaki-denki.co.jp>"],
    cc=[NPO, SHAKYO],
    subject="クリスマス会 ボランティア・物品提供の役割分担",
    body="""川崎電機 CSR推進室 ご担当様
（cc: ひだまりの家様、社会福祉協議会様）

いつもご支援ありがとうございます。ひので学園の宇佐美です。
12/21（日）のクリスマス会について、役割分担の案をお送りします。

　・川崎電機様：社員ボランティア10名（会場設営・ゲーム担当）、プレゼント提供
　・ひだまりの家様：手作りケーキの提供、キッチン
　・社協様：音響機材の貸出、司会1名

当日は 9:30 学園集合です。ご意見があれば 12/5 までにお寄せください。
""" + sg("g", "宇佐美 梢", "ボランティアコーディネーター", "k-usami"),
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations in To/Cc on one mail",
)

# ======================================================================================
# STOP — look-alike domains
# ======================================================================================

add(
    id="foster-039", expect="stop", charset="iso-2022-jp",
    sender=KURIBAYASHI, to=["宮ノ下 あかり <a-miyanoshita@hinode-sangyou.co.jp>"],
    subject="11月 夜勤ローテーション（案）",
    body="""宮ノ下さん

お疲れさまです。栗林です。
11月の夜勤ローテ案です。もみじユニットの11/15だけ埋まっていないので、
入れそうなら教えてください。

  11/1 土  さくら:宮ノ下  もみじ:栗林
  11/2 日  さくら:千田    もみじ:関
  11/3 月  さくら:宮ノ下  もみじ:栗林
  ...
  11/15 土 さくら:関      もみじ:（未定）

よろしくお願いします。
栗林
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="a colleague addressed at hinode-sangyou.co.jp (letter added): look-alike of the own domain",
)

add(
    id="foster-040", expect="stop", charset="shift_jis",
    sender=HIGA, to=["みどり銀行 瑞原支店 <mizuhara-houjin@midori-ginko.jp>"],
    subject="インターネットバンキング 承認者追加の申込書について",
    body="""みどり銀行 瑞原支店
法人営業課 御中

いつもお世話になっております。日の出産業の比嘉です。
法人インターネットバンキングの承認者追加の件、申込書はどの様式を使えばよいでしょうか。
前回いただいた様式（IB-07）は改訂されたと伺いましたので、最新版をお送りいただけますと幸いです。
""" + sg("h", "比嘉 正人", "経理担当", "m-higa"),
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginko.jp drops the co. of the partner bank midori-ginko.co.jp",
)

add(
    id="foster-041", expect="stop", charset="utf-8",
    sender=KUWAHATA, to=["ツバサシステム サポート <support@tsubasa-sytsem.jp>"],
    subject="ケース記録システム ログイン不可の件（問合せ番号 TS-250918-07）",
    body="""ツバサシステム サポートご担当様

ひので学園の桑畑です。
本日9時ごろから、職員端末3台でケース記録システムにログインできなくなっています。
エラー表示は「E-4031 証明書の有効期限が切れています」です。
リモートでの確認をお願いできますでしょうか。
""" + sg("g", "桑畑 健", "事務長", "k-kuwahata"),
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-sytsem.jp swaps two letters of the partner tsubasa-system.jp",
)

add(
    id="foster-042", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=["白川法律事務所 瀬尾 <seo@shirakawa-1aw.jp>"],
    subject="面会交流 調停期日の件",
    body="""瀬尾先生

いつもお世話になっております。ひので学園の小野寺です。
面会交流の調停期日が12/9（火）10時に決まったと家裁から連絡がありました。
当日は私と施設長が同行する予定です。事前打合せのお時間をいただけますでしょうか。
""" + sg("g", "小野寺 美紀", "家庭支援専門相談員", "m-onodera"),
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-1aw.jp uses the digit 1 for l: homoglyph of the partner law firm",
)

add(
    id="foster-043", expect="stop", charset="utf-8",
    sender=MATSUURA, to=["今泉 里香 <r-imaizumi@hinode-sangyo.com>"],
    subject="来年度 人員配置の件",
    body="""今泉さん

松浦です。来年度の人員配置について、本社との協議前に一度話をさせてください。
小規模グループケア1か所増設に伴い、常勤換算で2.5人の増員が必要になる見込みです。
来週火曜の午後はいかがでしょうか。
""" + sg("g", "松浦 和彦", "施設長", "k-matsuura"),
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyo.com: the own domain with another TLD",
)

add(
    id="foster-044", expect="stop", charset="shift_jis",
    sender=KATSURAGI, to=["錦印刷 山根 <yamane@nishiki-insatu.co.jp>"],
    subject="里親募集チラシ 再校戻し",
    body="""錦印刷 山根様

お世話になっております。ひのでフォスタリングの葛城です。
里親募集チラシ（A4両面）の再校、2点だけ修正をお願いします。

1. 表面キャッチコピー「あなたの家庭が、だれかの居場所に。」の読点を削除
2. 裏面 説明会日程に「1/18（日）瑞原市民会館」を追加

以上で校了とさせてください。納品は 12/1 希望です。
""" + sg("f", "葛城 真也", "里親リクルーター", "s-katsuragi"),
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops a letter of the partner nishiki-insatsu.co.jp",
)

add(
    id="foster-045", expect="stop", charset="iso-2022-jp",
    sender=USAMI, to=["川崎電機 CSR推進室 <csr@kawasaki-denki-co.jp>"],
    subject="社員ボランティア 受け入れ日程の確認",
    body="""川崎電機 CSR推進室 ご担当様

いつもお世話になっております。ひので学園の宇佐美です。
11/8（土）の社員ボランティア（園庭の落ち葉清掃・花壇づくり）の件、
9:00 学園集合、12:00 解散で予定しております。軍手はこちらで用意します。
雨天の場合は前日15時までにご連絡いたします。
""" + sg("g", "宇佐美 梢", "ボランティアコーディネーター", "k-usami"),
    entities=[],
    detectors=["lookalike_domain"],
    note="kawasaki-denki-co.jp: a hyphen in place of the dot of the partner kawasaki-denki.co.jp",
)

# ======================================================================================
# STOP — confidentiality markings
# ======================================================================================

add(
    id="foster-046", expect="stop", charset="iso-2022-jp",
    sender=MATSUURA, to=["ソーシャルケア経営研究所 <consult@socialcare-keiei.jp>"],
    subject="【部外秘】運営会議資料（小規模化・地域分散化計画）",
    body="""ソーシャルケア経営研究所
所長 大森様

お世話になっております。ひので学園の松浦です。
来週のコンサルティングに向け、先日の運営会議で使用した資料の要旨を送付します。

【部外秘】
――――――――――――――――――――――――
1. 本園の定員を 2027年度までに 48名 → 36名へ縮小
2. 地域小規模児童養護施設（グループホーム）を 瑞原市栄町・坂戸市 に各1か所開設
3. 必要人員：常勤換算 +6.0人、採用計画は別紙
4. 本社への追加投資要請額：1億2,000万円（建物取得・改修）
――――――――――――――――――――――――

ご意見を伺えれば幸いです。
""" + sg("g", "松浦 和彦", "施設長", "k-matsuura"),
    entities=[],
    detectors=["confidential_marking"],
    note="mail stamped 【部外秘】 in subject and body, sent to an outside consultant",
)

add(
    id="foster-047", expect="stop", charset="utf-8",
    sender=KUWAHATA, to=["福祉サービス第三者評価機構 評価調査者 <hyoka@fukushi-hyoka.or.jp>"],
    subject="第三者評価 自己評価結果の提出",
    body="""福祉サービス第三者評価機構
評価調査者 ご担当様

お世話になっております。ひので学園事務長の桑畑です。
第三者評価の事前提出書類として、職員自己評価の集計結果をPDFでお送りします。
訪問調査（12/3・12/4）どうぞよろしくお願いいたします。
""" + sg("g", "桑畑 健", "事務長", "k-kuwahata"),
    attachments=[{
        "kind": "pdf", "name": "jikohyoka_shukei_2025.pdf",
        "page_header": "取扱注意", "title": "職員自己評価 集計結果",
        "lines": ["児童養護施設 ひので学園 職員自己評価 集計結果（回答者 28名）",
                  "Ⅰ 養育・支援の基本方針と組織　平均 3.2 / 4.0",
                  "Ⅱ 施設の運営管理　平均 2.7 / 4.0",
                  "Ⅲ 適切な養育・支援の実施　平均 3.0 / 4.0",
                  "自由記述（抜粋）：夜勤体制への不安、研修時間の確保が難しい"],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="PDF with a 取扱注意 page stamp sent to an outside evaluator",
)

add(
    id="foster-048", expect="stop", charset="shift_jis",
    sender=f"今泉 里香 <r-imaizumi@{D}>", to=["川崎電機 CSR推進室 部長 <csr-bucho@kawasaki-denki.co.jp>"],
    subject="ご支援継続のご相談（来期事業計画のご説明資料）",
    body="""川崎電機株式会社
CSR推進室 部長 様

平素より格別のご支援を賜り、厚く御礼申し上げます。
日の出産業 児童福祉事業部の今泉でございます。

来期のご支援継続のご相談にあたり、事業計画の説明資料をお送りいたします。
ご多用のところ恐縮ですが、ご高覧いただけますと幸いです。
""" + sg("h", "今泉 里香", "事業企画", "r-imaizumi"),
    attachments=[{
        "kind": "docx", "name": "来期事業計画_説明資料.docx",
        "page_header": "社外秘",
        "paragraphs": ["日の出産業株式会社 児童福祉事業部 来期事業計画（案）",
                       "1. 里親リクルート強化：説明会 年12回、登録目標 15世帯",
                       "2. 自立支援：退所者向け住居支援（シェアハウス2室）",
                       "3. 収支見通し：事業収入 4億3,800万円、寄付金 2,100万円"],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX with a 社外秘 page header sent to a partner company",
)

add(
    id="foster-049", expect="stop", charset="utf-8",
    sender=KUWAHATA, to=["ツバサシステム 営業 中野 <nakano@tsubasa-system.jp>"],
    subject="次期システム 予算枠の共有",
    body="""中野様

お世話になっております。桑畑です。
次期ケース記録システムの見積比較のため、当方の予算枠をExcelで共有します。
この範囲に収まる構成でご提案いただけますと助かります。
""" + sg("g", "桑畑 健", "事務長", "k-kuwahata"),
    attachments=[{
        "kind": "xlsx", "name": "system_budget_FY2026.xlsx",
        "page_header": "Confidential",
        "sheets": {"予算": [["次期システム 予算枠（FY2026）"],
                           ["項目", "上限額（税込）"],
                           ["初期費用", 4800000], ["月額利用料", 180000], ["データ移行", 900000]]},
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="XLSX whose page header is stamped Confidential, sent to the vendor",
)

add(
    id="foster-050", expect="stop", charset="iso-2022-jp",
    sender=MATSUURA, to=["東都不動産 法人営業部 <hojin@toto-fudosan.co.jp>"],
    subject="グループホーム用物件のご相談（資料送付）",
    body="""東都不動産株式会社
法人営業部 ご担当 様

お世話になっております。日の出産業の松浦です。
先日お電話でご相談した、地域小規模施設用の物件条件を資料にまとめました。
該当しそうな物件がありましたらご紹介ください。
""" + sg("g", "松浦 和彦", "施設長", "k-matsuura"),
    attachments=[{
        "kind": "pptx", "name": "GH物件条件.pptx", "page_footer": "極秘",
        "slides": [["地域小規模児童養護施設 物件条件", "日の出産業株式会社 児童福祉事業部"],
                   ["希望条件", "戸建て 5LDK 以上", "瑞原市栄町・本町エリア", "駐車2台以上",
                    "賃料上限 月25万円"],
                   ["スケジュール", "2026年3月 契約", "2026年6月 改修完了", "2026年9月 開設"]],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="PPTX with a 極秘 footer on every slide, to a real-estate agent",
)

# ======================================================================================
# STOP — attachments that cannot be read
# ======================================================================================

add(
    id="foster-051", expect="stop", charset="iso-2022-jp",
    sender=KURIBAYASHI, to=[JISO_SAEKI],
    subject="児童票（更新版）送付の件",
    body="""瑞原市児童相談所
佐伯様

お世話になっております。ひので学園の栗林です。
ご依頼のありました児童票（更新版）をお送りします。
パスワードは別メールにてお送りいたします。
""" + sg("g", "栗林 拓海", "児童指導員", "t-kuribayashi"),
    attachments=[{
        "kind": "zip", "name": "jidohyo_20251020.zip", "password": "Hinode#1020",
        "files": [{"kind": "xlsx", "name": "児童票_更新.xlsx",
                   "sheets": {"児童票": [["氏名", "生年月日", "所見"],
                                        ["葉山 ひまり", "2012/07/04", "一時帰宅後の受傷"]]}}],
    }],
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the child guidance centre: cannot be inspected",
)

add(
    id="foster-052", expect="stop", charset="utf-8",
    sender=CHIHAYA, to=["瑞原市 こども家庭課 里親担当 <satooya@city.mizuhara.lg.jp>"],
    subject="10月分 委託児童状況報告書",
    body="""こども家庭課 里親担当 矢吹様

ひのでフォスタリングの千早です。
10月分の委託児童状況報告書（PDF）を提出いたします。
PDFにはパスワードを設定しております。パスワードは後ほどお電話でお伝えします。
""" + sg("f", "千早 奈央", "ソーシャルワーカー", "n-chihaya"),
    attachments=[{
        "kind": "pdf", "name": "itaku_houkoku_202510.pdf", "password": "mzh2510",
        "lines": ["委託児童状況報告書（2025年10月）", "里親：六角 武志　委託児童：六角 ゆい（2歳）"],
    }],
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF that the guard cannot open",
)

add(
    id="foster-053", expect="stop", charset="shift_jis",
    sender=HIGA, to=["みどり銀行 瑞原支店 法人営業課 <mizuhara-houjin@midori-ginko.co.jp>"],
    subject="RE: 口座振替依頼書の件",
    body="""みどり銀行 瑞原支店
法人営業課 ご担当様

お世話になっております。比嘉です。
ご依頼の口座振替依頼書の一覧をお送りします。ご確認をお願いいたします。
""" + sg("h", "比嘉 正人", "経理担当", "m-higa"),
    attachments=[{"kind": "corrupt", "name": "furikae_irai_list.xlsx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="corrupt XLSX attachment that cannot be parsed",
)

add(
    id="foster-054", expect="stop", charset="iso-2022-jp",
    sender=MIYANOSHITA, to=[CHU],
    subject="転入に伴う引継ぎ資料",
    body="""東中学校
教務ご担当の先生

お世話になっております。ひので学園の宮ノ下です。
来月転入予定の生徒について、前籍校からの引継ぎ資料を学園でまとめたものをお送りします。
開けない場合はお知らせください。
""" + sg("g", "宮ノ下 あかり", "保育士", "a-miyanoshita"),
    attachments=[{"kind": "corrupt", "name": "hikitsugi_shiryo.docx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="damaged DOCX: the attachment cannot be read",
)

add(
    id="foster-055", expect="stop", charset="utf-8",
    sender=KURIBAYASHI, to=["曽我部 隼 <sogabe.shun.0412@gmail.com>"],
    subject="Fw: 仲宗根さんの件（児相より）",
    body="""曽我部くん

学習支援でいつもありがとう。栗林です。
莉子さんの勉強の見方について、児相の佐伯さんから来たメールを転送します。
水曜の学習支援の前に読んでおいてください。

-------- Forwarded Message --------
From: 佐伯 智之 <t-saeki@city.mizuhara.lg.jp>
Date: Wed, 15 Oct 2025 11:08:41 +0900
Subject: 仲宗根さんの件
To: 栗林 拓海 <t-kuribayashi@hinode-sangyo.co.jp>

栗林さん

仲宗根莉子さん（東中1年）の件です。
医療センターの検査で ADHD（不注意優勢）と学習障害（読字）の診断が出ました。
母親からの心理的虐待（暴言・きょうだい間差別）の影響も大きいとの所見です。
宿題は量を減らし、読み上げで支援してください。

瑞原市児童相談所 佐伯
""" + sg("g", "栗林 拓海", "児童指導員", "t-kuribayashi"),
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="forward of the guidance centre's mail with a child's diagnoses and abuse to a volunteer's gmail",
)

# ======================================================================================
# PASS — internal-only mail, whatever it carries
# ======================================================================================

add(
    id="foster-056", expect="pass", charset="iso-2022-jp",
    sender=KUWAHATA, to=[MATSUURA, ONODERA], cc=[IMAIZUMI],
    subject="在籍児童台帳（10/1現在）更新しました",
    body="""施設長、小野寺さん
（cc 本社 今泉さん）

桑畑です。在籍児童台帳を10/1現在で更新しました。
ツバサさんに渡す移行テスト用とは別に、正本はこちらです。
措置理由・通院欄を小野寺さんのメモに合わせて修正しています。

桑畑
""",
    attachments=[{
        "kind": "xlsx", "name": "在籍児童台帳_20251001.xlsx",
        "sheets": {"在籍": [
            ["ひので学園 在籍児童台帳（正本）"],
            ["氏名", "生年月日", "措置理由", "診断・通院", "担当児相"],
            ["五十嵐 結愛", "2009/02/03", "身体的虐待", "複雑性PTSD／清水メンタルクリニック", "瑞原市"],
            ["仲宗根 莉子", "2010/12/28", "心理的虐待", "ADHD・LD／瑞原こども医療C", "瑞原市"],
            ["鷲尾 心春", "2011/08/19", "養育拒否", "軽度知的障害・てんかん", "県中央"],
            ["大河内 陸斗", "2014/03/02", "性的虐待（実父）", "PTSD", "瑞原市"],
            ["嘉数 大和", "2012/03/25", "ネグレクト", "てんかん／デパケン", "県中央"],
            ["葉月 蒼", "2016/05/09", "ネグレクト", "ADHD／コンサータ", "瑞原市"],
        ]},
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="children's register with diagnoses, but every recipient is internal (incl. mail. subdomain)",
)

_mn57 = mn("-")
add(
    id="foster-057", expect="pass", charset="utf-8",
    sender=f"人事 総務課 <jinji-soumu@{D}>", to=[IMAIZUMI],
    subject="新任職員 入社手続き書類（個人番号）",
    body=f"""今泉さん

人事総務の江藤です。11/1付で学園に着任する保育士の手続き書類です。
扶養控除申告書の記載内容を転記します。

　氏名：笹野 ひかり（ささの ひかり）
　生年月日：1999年10月3日
　住所：埼玉県東松山市松葉町3-18-5 メゾン松葉102
　個人番号：{_mn57}
　基礎年金番号：1182-440917

番号確認書類（マイナンバーカード写し）は社内便で送ります。
江藤
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    detectors=[],
    note="a new employee's My Number and pension number, but sent only inside hinode-sangyo.co.jp",
)

add(
    id="foster-058", expect="pass", charset="shift_jis",
    sender=KURIBAYASHI, to=[MATSUURA, ONODERA],
    subject="【確認お願いします】児相への通告文案（葉山さん）",
    body="""施設長、小野寺さん

栗林です。児相に送る前に文案を確認してください。

------------------------------
児童：葉山 ひまり（H24.7.4生）
10/13 一時帰宅から帰園後、左上腕内側・背部に皮下出血を複数確認。
本人「ママの彼氏に押し入れに入れられた」と発言。
身体的虐待の疑いとして通告する。
------------------------------

写真は共有フォルダ（ケース記録/葉山）に入れてあります。
栗林
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="abuse report draft shared internally only",
)

# ======================================================================================
# PASS — ordinary business mail, signatures, one contact, disclaimers, NDA talk
# ======================================================================================

add(
    id="foster-059", expect="pass", charset="iso-2022-jp",
    sender=MATSUURA, to=["瑞原市児童相談所 所長 <shocho@city.mizuhara.lg.jp>"],
    subject="要保護児童対策地域協議会 代表者会議への出席について",
    body="""瑞原市児童相談所
所長　長谷部様

平素より大変お世話になっております。
児童養護施設 ひので学園の松浦でございます。

11月27日（木）開催の要保護児童対策地域協議会 代表者会議につきまして、
当学園からは私 松浦と、家庭支援専門相談員の小野寺の2名で出席いたします。
当日はどうぞよろしくお願い申し上げます。
""" + sg("g", "松浦 和彦", "施設長", "k-matsuura") + DISC_JA,
    entities=[],
    detectors=[],
    note="ordinary reply to the guidance centre; only the sender's signature and a disclaimer",
)

add(
    id="foster-060", expect="pass", charset="utf-8",
    sender=MIYANOSHITA, to=[SHO2],
    subject="児相の担当者変更のお知らせ",
    body="""桜台小学校
水谷先生

いつもお世話になっております。ひので学園の宮ノ下です。
学園から通学している児童の児童相談所側の担当が、11月から変わるそうです。
学校から直接ご連絡いただく場合は、以下の方へお願いします。

　瑞原市児童相談所 児童福祉司　鳥居 由佳 さん
　直通：0493-72-8841
　メール：y-torii@city.mizuhara.lg.jp

これまでの佐伯さんは県中央児相へ異動とのことです。
""" + sg("g", "宮ノ下 あかり", "保育士", "a-miyanoshita"),
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one business contact (a caseworker's direct line and e-mail) to a school: may warn, must pass",
)

add(
    id="foster-061", expect="pass", charset="shift_jis",
    sender=OSUGA, to=["北国フーズ 受注センター <juchu@kitaguni-foods.co.jp>"],
    subject="12月 食材定期発注の変更（注文番号 KF-2511-0487）",
    body="""北国フーズ株式会社
受注センター ご担当者様

いつもお世話になっております。ひので学園 栄養士の大須賀です。
注文番号 KF-2511-0487 の12月定期発注について、以下のとおり変更をお願いします。

　・商品コード 30215（国産鶏もも 2kg）　4 → 6袋
　・商品コード 41102（冷凍ブロッコリー 500g）　10 → 8袋
　・12/24 納品分にショートケーキ（6号）3台を追加

納品時間は従来どおり 9:00〜10:00 でお願いします。
""" + sg("g", "大須賀 恵", "栄養士", "m-osuga") + DISC_JA,
    entities=[],
    detectors=[],
    note="food order change with order/product codes and the standard 機密 disclaimer",
)

add(
    id="foster-062", expect="pass", charset="utf-8",
    sender=KUWAHATA, to=["ツバサシステム 法務 <legal@tsubasa-system.jp>"],
    subject="秘密保持契約書（案）へのコメント",
    body="""ツバサシステム株式会社
法務ご担当 様

お世話になっております。日の出産業 ひので学園の桑畑です。
次期システム導入検討に先立つ秘密保持契約書（案）について、当社法務のコメントを
反映した版をお送りします。主な修正は以下の2点です。

1. 第2条（秘密情報の定義）に「児童及びその家族に関する個人情報」を明記
2. 第8条（返還・廃棄）の期限を「契約終了後30日以内」に短縮

ご確認のうえ、問題なければ押印手続きに進めさせてください。
""" + sg("g", "桑畑 健", "事務長", "k-kuwahata"),
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_案_v3.docx",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
            "次期ケース記録システム導入の検討に関し、以下のとおり秘密保持契約を締結する。",
            "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
            "第2条（秘密情報の定義）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した"
            "技術上・営業上の情報、並びに児童及びその家族に関する個人情報をいう。",
            "第8条（返還・廃棄）乙は、本契約終了後30日以内に秘密情報を返還又は廃棄する。",
        ],
    }],
    entities=[],
    detectors=[],
    note="mail about an NDA with the NDA draft attached: talk of 秘密情報, no marking, no personal data",
)

# ======================================================================================
# PASS — quoted replies (the recipient already has it)
# ======================================================================================

add(
    id="foster-063", expect="pass", charset="iso-2022-jp",
    sender=KURIBAYASHI, to=[JISO_SAEKI],
    subject="Re: 仲宗根さんの件",
    body="""佐伯様

ご連絡ありがとうございます。栗林です。
承知しました。宿題の量については担任の先生とも相談してみます。
来週の面談でまたご報告します。

栗林

> 栗林さん
>
> 仲宗根莉子さん（東中1年）の件です。
> 医療センターの検査で ADHD（不注意優勢）と学習障害（読字）の診断が出ました。
> 母親からの心理的虐待（暴言・きょうだい間差別）の影響も大きいとの所見です。
> 宿題は量を減らし、読み上げで支援してください。
>
> 瑞原市児童相談所 佐伯
""" + sg("g", "栗林 拓海", "児童指導員", "t-kuribayashi"),
    entities=[],
    detectors=[],
    note="reply to the guidance centre: the diagnosis is only in '>' quoted text the recipient wrote",
)

add(
    id="foster-064", expect="pass", charset="shift_jis",
    sender=USAMI, to=["瑞原市社会福祉協議会 谷口 <taniguchi@mizuhara-shakyo.or.jp>"],
    subject="RE: 年末大掃除ボランティア 社協経由の申込者",
    body="""谷口様

ご確認ありがとうございます。宇佐美です。
学園直接の申込者との重複はありませんでした。
皆さまには12/27 9時に学園の体育館集合とお伝えいただけますでしょうか。
引き続きよろしくお願いいたします。

-----Original Message-----
From: 谷口 <taniguchi@mizuhara-shakyo.or.jp>
Sent: Thursday, December 4, 2025 3:12 PM
To: 宇佐美 梢 <k-usami@hinode-sangyo.co.jp>
Subject: 年末大掃除ボランティア 社協経由の申込者

宇佐美様

社協経由でお申込みいただいた方は以下のとおりです。

杉浦 邦彦　090-1174-2281　瑞原市栄町4-2-10
中里 晴美　080-6632-4019　瑞原市本町1-25-3
藤ヶ谷 亘　070-2205-8843　坂戸市日の出町9-1
山吹 恵理　090-5521-7760　瑞原市桜台5-8-2
宍戸 和也　080-3349-1025　川越市霞ケ関東2-6-15

瑞原市社会福祉協議会 ボランティアセンター 谷口
""" + sg("g", "宇佐美 梢", "ボランティアコーディネーター", "k-usami"),
    entities=[],
    detectors=[],
    note="the five-person list sits under -----Original Message----- from the recipient: quoted, not new",
)

add(
    id="foster-065", expect="pass", charset="utf-8",
    sender=f"Kazuhiko Matsuura <k-matsuura@{D}>",
    to=["David Lindqvist <d.lindqvist@nordichope.org>"],
    subject="Re: Visit to Hinode Gakuen in March",
    body="""Dear David,

Thank you very much for your message. We are delighted that your team can visit us.
March 12 (Thursday) works well for us; the tour will start at 10:00 and we will have
lunch together with the staff afterwards. I will send directions nearer the date.

Kind regards,
Kazuhiko

On Tue, 28 Oct 2025 at 09:14, David Lindqvist <d.lindqvist@nordichope.org> wrote:
> Dear Mr Matsuura,
>
> Our delegation for the March study tour will be:
>   Anna Berg, +46 70 412 88 31, anna.berg@nordichope.org
>   Erik Holm, +46 73 905 14 62, erik.holm@nordichope.org
>   Sofia Lund, +46 70 228 61 09, sofia.lund@nordichope.org
>   Jonas Ek, +46 76 331 07 45, jonas.ek@nordichope.org
>   Maria Nyberg, +46 72 660 93 18, m.nyberg@nordichope.org
>
> Could we visit on 12 or 13 March?
>
> Best,
> David
""" + sg("e", "Kazuhiko Matsuura", "Director, Hinode Gakuen", "k-matsuura"),
    entities=[],
    detectors=[],
    note="English reply; the five-person delegation list is only in the quoted 'wrote:' part",
)

# ======================================================================================
# PASS — lists of organisations, not people
# ======================================================================================

add(
    id="foster-066", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=[NPO],
    subject="県内の児童相談所 連絡先一覧",
    body="""ひだまりの家 事務局 様

ひので学園の小野寺です。先日お問い合わせのあった、近隣の児童相談所の
代表連絡先一覧です。相談窓口のチラシ作成にお使いください。

  名称                    所在地                          代表電話
  ----------------------  ------------------------------  ------------
  瑞原市児童相談所        瑞原市本町3-1-1 市役所東庁舎    0493-72-8800
  県中央児童相談所        さいたま市中央区上峰1-20-5      048-840-1100
  県川越児童相談所        川越市宮下町2-1-3               049-223-4150
  県所沢児童相談所        所沢市並木1-9-2                 04-2992-4152
  県熊谷児童相談所        熊谷市箱田5-12-1                048-521-4152
  児童相談所虐待対応ダイヤル                              189（いちはやく）

夜間・休日は各所とも代表電話から緊急窓口につながります。
""" + sg("g", "小野寺 美紀", "家庭支援専門相談員", "m-onodera"),
    entities=[],
    detectors=[],
    note="a padded table of public offices (addresses, switchboards), not people",
)

add(
    id="foster-067", expect="pass", charset="utf-8",
    sender=CHIHAYA, to=["篠塚 恵子 <keiko.shinozuka@gmail.com>"],
    subject="夜間・休日に受診できる医療機関リスト",
    body="""篠塚さん

こんにちは、千早です。昨日お電話でお話しした、夜間・休日に子どもを診てもらえる
近くの医療機関の一覧です。冷蔵庫に貼っておいてくださいね。

・瑞原こども医療センター（救急外来 24時間）　0493-70-1199
・瑞原市休日夜間急患診療所（19:00〜23:00）　0493-72-0119
・かわせみ小児科（土曜午後・日曜午前）　0493-71-8822
・さくら台歯科（日曜診療）　0493-71-4610
・こども医療電話相談　#8000

委託後最初の冬なので、何かあったらセンター当番携帯にもいつでもどうぞ。
""" + sg("f", "千早 奈央", "ソーシャルワーカー", "n-chihaya"),
    entities=[],
    detectors=["freemail_recipient"],
    note="a list of clinics (businesses) to one foster parent on free mail",
)

# ======================================================================================
# PASS — one to four people's records
# ======================================================================================

add(
    id="foster-068", expect="pass", charset="iso-2022-jp",
    sender=KATSURAGI, to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="12/7 里親制度説明会 当日のスタッフ連絡先",
    body="""さくらホテル 宴会予約 ご担当様

いつもお世話になっております。日の出産業の葛城です。
12/7（日）の説明会当日、会場で対応するスタッフの携帯番号をお知らせします。
搬入・設営の際はこちらにご連絡ください。

　葛城 真也　070-4418-2093（責任者）
　千早 奈央　080-5512-3360
　荒巻 聡子　090-7726-4185

どうぞよろしくお願いいたします。
""" + sg("f", "葛城 真也", "里親リクルーター", "s-katsuragi"),
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three staff members' mobiles to the partner hotel: under five people",
)

add(
    id="foster-069", expect="pass", charset="shift_jis",
    sender=USAMI, to=[SHAKYO],
    subject="傾聴ボランティア 新規登録者（4名）",
    body="""瑞原市社会福祉協議会
ボランティアセンター 御中

ひので学園の宇佐美です。社協のボランティア保険への加入をお願いしたい
新規登録者が4名おりますので、お知らせします。

１．小此木 千鶴　０９０－２２４１－６６８０　瑞原市若葉台２－５－１
２．都築 宗一郎　０８０－４４１０－９３２７　瑞原市栄町６－１１－３
３．柳瀬 恵美　　０７０－６６１２－０４５８　川越市連雀町１９－２
４．八重樫 悟　　０９０－１１８３－７７５２　坂戸市千代田２－２２－８

加入手続きの書類はこちらで記入して持参します。
""" + sg("g", "宇佐美 梢", "ボランティアコーディネーター", "k-usami"),
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="four volunteers' records with full-width phone numbers and addresses: four, not five",
)

add(
    id="foster-070", expect="pass", charset="utf-8",
    sender=KURIBAYASHI, to=["青葉運輸 貸切バス営業所 <kashikiri@aoba-unyu.co.jp>"],
    cc=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="12/21 クリスマス会 送迎バスの発着について",
    body="""青葉運輸 貸切バス営業所 ご担当様
（cc: さくらホテル 宴会予約ご担当様）

お世話になっております。ひので学園の栗林です。
12/21 のクリスマス会（さくらホテル 鳳凰の間）の送迎について、
ホテル側と発着場所の確認をさせてください。

　往路：ひので学園 10:30 発 → さくらホテル 正面玄関 11:00 着
　復路：さくらホテル 15:30 発 → ひので学園 16:00 着
　人数：児童 32名・職員 8名（中型バス1台）

ホテル様、バスの待機場所は地下駐車場B2でよろしいでしょうか。
""" + sg("g", "栗林 拓海", "児童指導員", "t-kuribayashi"),
    entities=[],
    detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc: a normal three-way arrangement",
)

add(
    id="foster-071", expect="pass", charset="iso-2022-jp",
    sender=KATSURAGI, to=["榊原 美穂 <miho.sakakibara@yahoo.co.jp>"],
    subject="Re: 更新研修の日程について",
    body="""榊原様

ご連絡ありがとうございます。ひのでフォスタリングの葛城です。
ご質問の里親更新研修ですが、今年度は以下の日程で実施します。

　第1回：1月17日（土）9:30〜16:30（講義・演習）
　第2回：1月24日（土）9:30〜12:30（施設実習）
　会場：ひので学園 研修室

ご夫婦どちらかのご参加でも更新要件を満たします。
お申込みは 12/26 までにこのメールへご返信ください。
""" + sg("f", "葛城 真也", "里親リクルーター", "s-katsuragi"),
    entities=[],
    detectors=["freemail_recipient"],
    note="a training schedule to one foster parent on free mail",
)

# ======================================================================================
# PASS — statistics without people
# ======================================================================================

add(
    id="foster-072", expect="pass", charset="shift_jis",
    sender=KUWAHATA, to=[KOSODATE],
    subject="社会的養護実態調査（施設票）の回答",
    body="""瑞原市 こども家庭課 御中

ひので学園の桑畑です。社会的養護実態調査（施設票）について、集計値で回答します。

■在籍児童数（2025/10/1）　計 44名
　　未就学 5 ／ 小学生 17 ／ 中学生 12 ／ 高校生等 10

■措置理由別（重複なし・主たる理由）
　　身体的虐待 11 ／ ネグレクト 14 ／ 心理的虐待 6 ／ 性的虐待 2
　　父母の精神疾患等 6 ／ 経済的理由 3 ／ その他 2

■障害等のある児童　19名（うち療育手帳 6名、服薬中 11名）
■平均在籍期間　5.3年

個票は別途、紙でご提出いたします。
""" + sg("g", "桑畑 健", "事務長", "k-kuwahata"),
    entities=[],
    detectors=[],
    note="aggregate counts by reason and disability, no individual children",
)

add(
    id="foster-073", expect="pass", charset="utf-8",
    sender=KATSURAGI, to=["瑞原福祉大学 社会福祉学部 桐生研究室 <kiryu-lab@mizuhara-fukushi.ac.jp>"],
    subject="里親委託率の推移データ（ご依頼の件）",
    body="""桐生先生

お世話になっております。ひのでフォスタリングの葛城です。
ご依頼いただいた当センター管内の里親委託率の推移をPDFにまとめました。
学会発表でご使用いただく際は、出典の記載をお願いいたします。
""" + sg("f", "葛城 真也", "里親リクルーター", "s-katsuragi"),
    attachments=[{
        "kind": "pdf", "name": "itakuritsu_suii.pdf",
        "lines": ["里親支援センター ひのでフォスタリング 管内 里親委託率の推移"],
        "table": [
            ["年度", "登録里親数", "委託里親数", "委託児童数", "委託率"],
            ["R3", "38", "21", "27", "19.4%"],
            ["R4", "44", "25", "33", "22.1%"],
            ["R5", "51", "29", "39", "25.0%"],
            ["R6", "57", "34", "46", "28.6%"],
        ],
    }],
    entities=[],
    detectors=[],
    note="statistics table in a PDF: no people",
)

add(
    id="foster-074", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=[CHU],
    subject="Re: ケース記録の写しのご依頼について",
    body="""東中学校
生徒指導主事 先生

お世話になっております。ひので学園の小野寺です。
ご依頼のあったケース記録の写しですが、学園ではケース記録は部外秘扱いとしており、
メールや郵送ではお渡しできない決まりになっております。申し訳ございません。

学校で必要な情報については、来週のケース会議の場で口頭にてご説明いたします。
ご理解のほどよろしくお願いいたします。
""" + sg("g", "小野寺 美紀", "家庭支援専門相談員", "m-onodera"),
    entities=[],
    detectors=[],
    note="mentions 部外秘 in a sentence, not as a stamp; no personal data",
)

add(
    id="foster-075", expect="pass", charset="shift_jis",
    sender=HIGA, to=[KOSODATE],
    subject="里親養育支援事業 委託料 請求書（10月分）",
    body="""瑞原市 こども家庭課 御中

いつもお世話になっております。日の出産業の比嘉です。
里親養育支援事業の10月分委託料について、下記のとおりご請求申し上げます。

　請求書番号：HS-2510-0113
　請求金額：1,485,000円（税込）
　適格請求書発行事業者登録番号：T8301104582217
　振込先：みどり銀行 本店営業部 普通 0123456 ニツシユツサンギヨウ（カ
　お支払期限：11月30日

請求書原本は本日郵送いたしました。
""" + sg("h", "比嘉 正人", "経理担当", "m-higa"),
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice with the company's T-number and company bank account: business data, not people",
)

add(
    id="foster-076", expect="pass", charset="utf-8",
    sender=KURIBAYASHI, to=["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    subject="寄付物資の配送状況の確認（お問合せ番号 4418-2207-3391）",
    body="""青葉運輸株式会社
お客様センター ご担当様

お世話になっております。ひので学園の栗林です。
川崎電機様からご寄付いただいた学習机（10台）の配送について、
お問合せ番号 4418-2207-3391 の荷物が、予定日（11/5）を過ぎても届いておりません。
現在の状況をお調べいただけますでしょうか。

受取先：ひので学園 事務所（平日 9:00〜17:00 受取可）
""" + sg("g", "栗林 拓海", "児童指導員", "t-kuribayashi"),
    entities=[],
    detectors=[],
    note="delivery enquiry with a tracking number; no personal data",
)

add(
    id="foster-077", expect="pass", charset="iso-2022-jp",
    sender=MIYANOSHITA, to=["学生服のマルヤマ 瑞原店 <mizuhara@maruyama-gakuseifuku.co.jp>"],
    subject="新入学 制服のお見積りについて",
    body="""学生服のマルヤマ 瑞原店 御中

いつもお世話になっております。ひので学園の宮ノ下です。
お見積りありがとうございました。以下の内容で発注をお願いします。

　東中学校 男子詰襟（品番 HJ-110）　170A ×1、165A ×1　@28,600
　東中学校 女子セーラー（品番 HJ-210）　160A ×2　@31,900
　体操服上下セット（品番 HJ-900）　×4　@6,200

採寸は 2/14（土）に学園へお越しいただける日程でお願いできますか。
""" + sg("g", "宮ノ下 あかり", "保育士", "a-miyanoshita"),
    entities=[],
    detectors=[],
    note="uniform order with prices and product codes",
)

add(
    id="foster-078", expect="pass", charset="utf-8",
    sender=f"Rika Imaizumi <r-imaizumi@{D}>",
    to=["Grants Team <grants@evergreen-childfund.org>"],
    subject="Grant report 2025 - Hinode Foster Care Support Centre",
    body="""Dear Grants Team,

Please find below a short summary for our 2025 interim report.

- Foster-carer information sessions held: 9 (total attendance 146)
- New foster families approved: 11
- Children placed with foster families during the period: 17
- Training hours delivered to carers: 212

The full report with financial statements will follow by 15 December.
Thank you again for your generous support.

Best regards,""" + sg("e", "Rika Imaizumi", "Programme Manager", "r-imaizumi") + DISC_EN,
    entities=[],
    detectors=[],
    note="English grant report with aggregate figures and the standard confidentiality disclaimer",
)

add(
    id="foster-079", expect="pass", charset="shift_jis",
    sender=CHIHAYA, to=[KATSURAGI, ARAMAKI],
    subject="里親台帳（連絡先）最新版",
    body="""葛城さん、荒巻さん

千早です。里親台帳（連絡先）を最新化したのでCSVで共有します。
城之内さんの携帯が変わっています。

千早
""",
    attachments=[{
        "kind": "csv", "name": "satooya_daicho.csv", "encoding": "cp932",
        "rows": [
            ["氏名", "区分", "住所", "携帯", "メール"],
            ["篠塚 正和", "養育", "瑞原市桜台2-5-11", "090-3318-4402", "keiko.shinozuka@gmail.com"],
            ["北白川 紗季", "専門", "瑞原市本町4-22-6-301", "080-6627-0195", "saki.kitashirakawa@yahoo.co.jp"],
            ["六角 武志", "養育", "川越市霞ケ関北3-9-14", "070-2281-5530", "rokkaku.takeshi@gmail.com"],
            ["眞栄田 由紀子", "親族", "瑞原市若葉台1-40", "090-9012-7736", "yukiko-maeda@ezweb.ne.jp"],
            ["城之内 篤", "養子縁組", "東松山市美土里町18-3", "080-4471-2291", "masumi.jonouchi@icloud.com"],
            ["榊原 隆之", "養育", "瑞原市栄町5-12-3", "090-2261-8834", "miho.sakakibara@yahoo.co.jp"],
        ],
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="foster-parent contact CSV shared between colleagues only: all recipients internal",
)

add(
    id="foster-080", expect="pass", charset="iso-2022-jp",
    sender=KATSURAGI, to=["錦印刷 山根 <yamane@nishiki-insatsu.co.jp>"],
    subject="広報誌「ひので通信」冬号 原稿",
    body="""錦印刷 山根様

お世話になっております。葛城です。
「ひので通信」冬号の原稿をお送りします。レイアウトは秋号と同じでお願いします。

――――――――――
■ 子どもたちの声
「夏のキャンプで初めてテントをたてました。夜の星がすごくきれいでした。」（小4・Aさん）
「学習ボランティアのお兄さんに数学を教えてもらって、テストで80点をとれた！」（中2・Bさん）

■ 里親さん募集中
あなたの家庭が、だれかの居場所に。説明会は毎月第2日曜日です。
――――――――――

写真は別便（ギガファイル便）でお送りします。
""" + sg("f", "葛城 真也", "里親リクルーター", "s-katsuragi"),
    entities=[],
    detectors=[],
    note="newsletter copy; children appear only as anonymous initials",
)

add(
    id="foster-081", expect="pass", charset="utf-8",
    sender=IMAIZUMI, to=["ふくしジョブナビ 掲載担当 <keisai@fukushi-jobnavi.jp>"],
    subject="求人原稿の掲載依頼（児童指導員・保育士）",
    body="""ふくしジョブナビ 掲載ご担当様

お世話になっております。日の出産業株式会社の今泉です。
下記の求人原稿の掲載をお願いいたします（掲載期間：12/1〜1/31）。

【職種】児童指導員／保育士（正社員）
【勤務地】児童養護施設 ひので学園（埼玉県瑞原市桜台3-14-2）
【給与】月給 24万〜31万円（夜勤手当別）
【応募】採用担当 今泉 TEL 048-650-7712

原稿に修正があればご連絡ください。
""" + sg("h", "今泉 里香", "人事・事業企画", "r-imaizumi"),
    entities=[],
    detectors=[],
    note="job advertisement: business address and switchboard only",
)

add(
    id="foster-082", expect="pass", charset="shift_jis",
    sender=ARAMAKI, to=["ながれ子ども家庭研究所 講師 宮前 <miyamae@nagare-kodomo.jp>"],
    subject="1/17 里親更新研修 受講者のお知らせ",
    body="""ながれ子ども家庭研究所
宮前先生

いつもお世話になっております。ひので学園の荒巻です。
1/17の更新研修、現時点での受講者は以下の3名です。事前課題の送付先としてお使いください。

　・榊原 美穂 様　miho.sakakibara@yahoo.co.jp
　・幸田 恭平 様　kouda.kyohei@gmail.com
　・冨樫 奈津子 様　natsuko.togashi@outlook.jp

当日はどうぞよろしくお願いいたします。
""" + sg("g", "荒巻 聡子", "里親支援専門相談員", "s-aramaki"),
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="three trainees' names and e-mails to an outside lecturer: under five people",
)

add(
    id="foster-083", expect="pass", charset="iso-2022-jp",
    sender=MIYANOSHITA, to=[CHU],
    subject="転入生の手続きについて（12月）",
    body="""東中学校
教務ご担当 先生

いつもお世話になっております。ひので学園の宮ノ下です。
12月から学園に入所する生徒の転入手続きについてご連絡いたします。

　氏名：早乙女 悠真（さおとめ ゆうま）
　生年月日：平成24年9月14日
　学年：中学1年
　転入予定日：12月8日（月）

在学証明書と教科書給与証明書は前籍校から直接郵送されます。
転入日の朝、学園の職員と一緒に伺います。
""" + sg("g", "宮ノ下 あかり", "保育士", "a-miyanoshita"),
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one child's name and birth date for a school transfer, nothing sensitive: one record",
)

add(
    id="foster-084", expect="pass", charset="utf-8",
    sender=SETOGUCHI, to=[MATSUURA, ONODERA, KURIBAYASHI, TOKI],
    subject="ケース会議（10/30）議事録",
    body="""関係職員各位

瀬戸口です。10/30 ケース会議の議事録です。

対象：五十嵐 結愛（中3）
出席：児相 佐伯、東中 松平先生、清水メンタルクリニック 相談員、学園（松浦・小野寺・瀬戸口）

1. 通院：複雑性PTSDで月2回継続。服薬（セルトラリン）は現状維持。
2. 進路：県立瑞原高校 単願。別室受験を学校から申請。
3. 家族：実父（身体的虐待の加害者）との面会は引き続き制限。

次回：1月下旬
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="case-conference minutes with diagnosis and abuse, sent to colleagues only",
)

add(
    id="foster-085", expect="pass", charset="iso-2022-jp",
    sender=KATSURAGI, to=[KATSURAGI],
    bcc=["keiko.shinozuka@gmail.com", "saki.kitashirakawa@yahoo.co.jp", "rokkaku.takeshi@gmail.com",
         "yukiko-maeda@ezweb.ne.jp", "masumi.jonouchi@icloud.com", "miho.sakakibara@yahoo.co.jp"],
    subject="【里親の皆さまへ】年末年始のセンター対応について",
    body="""里親の皆さま（Bccにて一斉送信しております）

いつもありがとうございます。ひのでフォスタリングの葛城です。
年末年始のセンター対応についてお知らせします。

　閉所期間：12月29日（月）〜1月3日（土）
　緊急時：センター当番携帯 070-4418-2093（24時間）
　児童相談所 夜間休日窓口：0493-72-8800

よいお年をお迎えください。
""" + sg("f", "葛城 真也", "里親リクルーター", "s-katsuragi"),
    entities=[],
    detectors=["freemail_recipient"],
    note="mass mail to foster parents correctly sent in Bcc; no one sees the others",
)

add(
    id="foster-086", expect="pass", charset="shift_jis",
    sender=USAMI, to=["錦印刷 営業部 山根 <yamane@nishiki-insatsu.co.jp>"],
    subject="クリスマス会プログラム 協賛企業欄の原稿",
    body="""錦印刷 山根様

お世話になっております。宇佐美です。
クリスマス会プログラム裏表紙の協賛企業欄の原稿です（五十音順）。

  青葉運輸株式会社            川越市南台1-4-2           049-244-1100
  川崎電機株式会社            さいたま市大宮区桜木町4-8  048-641-2200
  北国フーズ株式会社          さいたま市北区吉野町2-11   048-662-3900
  さくらホテル                瑞原市本町1-1-1           0493-71-1111
  みどり銀行 瑞原支店         瑞原市本町2-4-6           0493-71-5021

ロゴデータは各社から届き次第お送りします。
""" + sg("g", "宇佐美 梢", "ボランティアコーディネーター", "k-usami"),
    entities=[],
    detectors=[],
    note="sponsor list of companies with addresses and switchboards: businesses, not people",
)

add(
    id="foster-087", expect="pass", charset="utf-8",
    sender=ONODERA, to=[JISO_SAEKI, "東中学校 担任 <k-matsudaira@higashi-jh.mizuhara.ed.jp>"],
    subject="1月 ケース会議の候補日",
    body="""佐伯様、松平先生

お世話になっております。ひので学園の小野寺です。
1月のケース会議の候補日です。ご都合のよい日をお知らせください。

　① 1/22（木）15:30〜
　② 1/27（火）16:00〜
　③ 1/29（木）15:30〜

場所はいずれも学園1F会議室です。
""" + sg("g", "小野寺 美紀", "家庭支援専門相談員", "m-onodera"),
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To: a normal three-way meeting mail",
)

add(
    id="foster-088", expect="pass", charset="iso-2022-jp",
    sender=ARAMAKI, to=["六角 武志 <rokkaku.takeshi@gmail.com>"],
    subject="保育園の運動会、見に行きます！",
    body="""六角さん

こんにちは、荒巻です。
ゆいちゃんの保育園の運動会（10/11 土）、千早と二人で見に行かせてもらいますね。
お弁当の時間にはおいとまするので、お気遣いなく。

当日会えるのを楽しみにしています。
荒巻
""" + sg("g", "荒巻 聡子", "里親支援専門相談員", "s-aramaki"),
    entities=[],
    detectors=["freemail_recipient"],
    note="friendly note to one foster parent on free mail; a child's first name only",
)

add(
    id="foster-089", expect="pass", charset="utf-8",
    sender=HIGA, to=["川崎電機 CSR推進室 <csr@kawasaki-denki.co.jp>"],
    subject="ご寄付金の使途報告（2025年度上期）",
    body="""川崎電機株式会社
CSR推進室 御中

平素より格別のご支援を賜り、誠にありがとうございます。
日の出産業 児童福祉事業部の比嘉でございます。
2025年度上期にいただいたご寄付金の使途をご報告いたします。

　受領額合計：3,000,000円
　・学習支援（学習机・参考書・塾費用補助）：1,240,000円
　・夏季キャンプ（児童28名参加）：860,000円
　・退所者の自立支度金補助（5名分）：750,000円
　・その他（図書購入 等）：150,000円

詳細な報告書は12月の訪問時にお持ちいたします。
""" + sg("h", "比嘉 正人", "経理担当", "m-higa"),
    entities=[],
    detectors=[],
    note="aggregate donation report: counts and amounts, no people",
)

add(
    id="foster-090", expect="pass", charset="shift_jis",
    sender=KATSURAGI, to=["さくらホテル 宴会予約 桐谷 <kiritani@sakura-hotel.jp>"],
    subject="Re: 12/7 説明会 レイアウト確認",
    body="""さくらホテル
桐谷様

お世話になっております。葛城です。
レイアウト図ありがとうございました。スクール形式 60席 で問題ありません。
受付台は入口右手に長机2本、プロジェクターとマイク2本をお願いします。

当日は 8:30 に搬入に伺います。
""" + sg("f", "葛城 真也", "里親リクルーター", "s-katsuragi"),
    entities=[],
    detectors=[],
    note="venue arrangements with the partner hotel; only the signature",
)

add(
    id="foster-091", expect="pass", charset="iso-2022-jp",
    sender=KUWAHATA, to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="定期メンテナンス日程の件（契約番号 TSC-0931）",
    body="""ツバサシステム サポートご担当様

ひので学園の桑畑です。契約番号 TSC-0931 の定期メンテナンスについてです。
ご提示の 11/22（土）21:00〜23:00 で承知しました。
作業中は夜勤職員が記録を紙で取り、翌朝に入力する運用とします。
作業完了のご連絡は事務所代表アドレスにお願いします。
""" + sg("g", "桑畑 健", "事務長", "k-kuwahata"),
    entities=[],
    detectors=[],
    note="maintenance scheduling with the vendor (correct domain): no personal data",
)

add(
    id="foster-092", expect="pass", charset="utf-8",
    sender=f"Miki Onodera <m-onodera@{D}>",
    to=["Prof. Hannah Keller <h.keller@uni-rheinland.de>"],
    subject="Your research visit to Hinode Gakuen",
    body="""Dear Professor Keller,

Thank you for your interest in our residential care programme.
We would be happy to host your visit on 20-21 January. Please note that, to protect
the children's privacy, we cannot share individual case files; we can however show
you our anonymised annual statistics and arrange interviews with our staff.

We will also ask you to sign our standard confidentiality agreement before the visit.

With best regards,""" + sg("e", "Miki Onodera", "Family Support Social Worker", "m-onodera") + DISC_EN,
    entities=[],
    detectors=[],
    note="English mail mentioning a confidentiality agreement and the standard disclaimer: no marking",
)

add(
    id="foster-093", expect="pass", charset="shift_jis",
    sender=CHIHAYA, to=["瑞原市 こども家庭課 里親担当 <satooya@city.mizuhara.lg.jp>"],
    subject="里親登録更新の申請（榊原様ご夫妻）",
    body="""こども家庭課 里親担当 矢吹様

お世話になっております。ひのでフォスタリングの千早です。
榊原様ご夫妻の登録更新申請について、申請書の記載事項をお送りします。

　申請者：榊原 隆之（昭和52年8月3日生）　携帯 090-2261-8834
　配偶者：榊原 美穂（昭和55年1月19日生）　携帯 090-2261-8851
　住所：瑞原市栄町5-12-3
　更新研修：1/17・1/24 受講予定

原本は来週持参いたします。
""" + sg("f", "千早 奈央", "ソーシャルワーカー", "n-chihaya"),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a foster couple (two people) with birth dates, phones and address to the city: under five",
)

add(
    id="foster-094", expect="pass", charset="iso-2022-jp",
    sender=ARAMAKI, to=["ながれ子ども家庭研究所 講師 宮前 <miyamae@nagare-kodomo.jp>"],
    subject="転送: 会場のご案内（さくらホテル）",
    body="""宮前先生

お世話になっております。荒巻です。
12/7の説明会会場について、ホテルからの案内を転送いたします。
講師控室もご用意いただいています。

---------- 転送メッセージ ----------
差出人: さくらホテル 宴会予約 <banquet@sakura-hotel.jp>
日付: 2025年11月18日 10:21
件名: 会場のご案内
宛先: 荒巻 聡子 <s-aramaki@hinode-sangyo.co.jp>

日の出産業株式会社 荒巻様

このたびはご予約ありがとうございます。
会場：2F 桔梗の間（控室：2F 小会議室A）
最寄駅：東武線 瑞原駅 東口より徒歩3分
駐車場：ホテル地下駐車場（3時間まで無料）

さくらホテル 宴会予約 TEL 0493-71-1111
""" + sg("g", "荒巻 聡子", "里親支援専門相談員", "s-aramaki"),
    entities=[],
    detectors=[],
    note="a forward of the hotel's venue information: new text to the recipient but no personal data",
)

add(
    id="foster-095", expect="pass", charset="utf-8",
    sender=f"ひので学園 広報 <koho@{D}>", to=[f"koho@{D}"],
    bcc=["supporter-list-a@gmail.com", "h.tsuchiya@kaisha-xyz.co.jp", "momo.fan22@yahoo.co.jp"],
    subject="ひので学園 メールニュース 2025年11月号",
    body="""ご支援者の皆さま

いつもひので学園を応援してくださり、ありがとうございます。

■ 秋の収穫祭を開催しました
園庭の畑でとれたさつまいもで、子どもたちと焼きいもを楽しみました。

■ クリスマス会のお知らせ
今年も12/21にクリスマス会を開きます。物品のご寄付を受け付けています。

配信停止はこのメールにご返信ください。
ひので学園 広報担当
""",
    html="""<html><body>
<h3>ひので学園 メールニュース 2025年11月号</h3>
<p>ご支援者の皆さま<br>いつもひので学園を応援してくださり、ありがとうございます。</p>
<h4>秋の収穫祭を開催しました</h4>
<p>園庭の畑でとれたさつまいもで、子どもたちと焼きいもを楽しみました。</p>
<h4>クリスマス会のお知らせ</h4>
<p>今年も12/21にクリスマス会を開きます。物品のご寄付を受け付けています。</p>
<p style="font-size:8pt">配信停止はこのメールにご返信ください。</p>
</body></html>""",
    entities=[],
    detectors=["freemail_recipient"],
    note="newsletter (text + HTML) with supporters in Bcc only",
)

_cc96 = cc(" ")
add(
    id="foster-096", expect="pass", charset="iso-2022-jp",
    sender=KATSURAGI, to=[f"経理 比嘉 <m-higa@mail.{D}>"],
    subject="法人カード利用明細の確認（11月）",
    body=f"""比嘉さん

葛城です。11月の法人カード利用分の確認です。
さくらホテルの会場費（説明会）、決済されていました。

　カード：{_cc96}（葛城名義）
　11/20 さくらホテル　132,000円
　11/24 錦印刷　　　　 48,400円

領収書は経費精算システムに添付済みです。
""",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=[],
    note="a card number sent to an internal subdomain (mail.hinode-sangyo.co.jp) only",
)

add(
    id="foster-097", expect="pass", charset="shift_jis",
    sender=USAMI, to=["丹羽 洋平 <yohei.niwa@gmail.com>"],
    cc=["瑞原市社会福祉協議会 谷口 <taniguchi@mizuhara-shakyo.or.jp>"],
    subject="年末大掃除 ボランティアリーダーのお願い",
    body="""丹羽さん
（cc: 社協 谷口様）

こんにちは、ひので学園の宇佐美です。
12/27の大掃除で、ボランティアさんのまとめ役をお願いできないでしょうか。
社協の谷口さんとも相談して、経験の長い丹羽さんにぜひと思いました。
お引き受けいただける場合は、当日の流れを事前にご説明します。
""" + sg("g", "宇佐美 梢", "ボランティアコーディネーター", "k-usami"),
    entities=[],
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="one free-mail volunteer plus one organisation: two external parties, under three",
)

# ======================================================================================
# EITHER — a privacy officer could honestly judge both ways
# ======================================================================================

add(
    id="foster-098", expect="either", charset="iso-2022-jp",
    sender=MIYANOSHITA, to=[SHO2],
    subject="欠席連絡（鳳 莉央）",
    body="""桜台小学校 教頭先生

おはようございます。ひので学園の宮ノ下です。
6年1組の鳳莉央さんですが、昨夜から38度台の発熱があり、本日は欠席させます。
午前中にかかりつけの小児科を受診する予定です。
担任の先生にお伝えいただけますと幸いです。
""" + sg("g", "宮ノ下 あかり", "保育士", "a-miyanoshita"),
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="a named child's fever to her school: routine absence notice or health data? either",
)

add(
    id="foster-099", expect="either", charset="utf-8",
    sender=ARAMAKI, to=["北白川 紗季 <saki.kitashirakawa@yahoo.co.jp>"],
    subject="蒼くんとお母さんの面会について",
    body="""北白川さん

荒巻です。蒼くんとお母さんの面会の件、児相と調整がつきました。
お母さんの退院後の体調が落ち着いてきたので、12/14（日）に児相の面会室で
1時間ほど、職員立ち会いのもとで実施します。
当日は北白川さんに送迎だけお願いできますか。
""" + sg("g", "荒巻 聡子", "里親支援専門相談員", "s-aramaki"),
    entities=["PERSON_NAME"],
    detectors=["personal_data", "freemail_recipient"],
    note="a parent's hospital discharge hinted to the child's own foster parent on free mail: either",
)

add(
    id="foster-100", expect="either", charset="shift_jis",
    sender=KURIBAYASHI, to=["秩父こもれびキャンプ場 受付 <reserve@chichibu-komorebi.jp>"],
    subject="テント割りのご連絡",
    body="""秩父こもれびキャンプ場 受付ご担当様

ひので学園の栗林です。8/6〜8 のテント割りをお知らせします。

　Aテント（男子）：颯太・湊・大和・陸斗・蒼
　Bテント（女子）：莉子・心春・莉央・凛・柚葉
　Cテント（職員）：栗林・宮ノ下・百目鬼

夜間は職員が交代で見回ります。よろしくお願いします。
""" + sg("g", "栗林 拓海", "児童指導員", "t-kuribayashi"),
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="ten children by first name and sex only, no other data: a list of people or not? either",
)
