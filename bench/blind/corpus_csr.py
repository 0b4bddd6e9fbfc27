"""Blind corpus: 日の出産業's CSR, 地域連携 and 社員クラブ mail (ids csr-001 …).

Volunteer rosters, disaster-relief dispatch lists, scholarship students, donation
recipients, company sports clubs, community events with children, NPO partners.
Written from BRIEF.md alone.
"""

from build import card_number, my_number


def corp_no(base12: str) -> str:
    """A 13-digit 法人番号: check digit (first digit) computed over the 12 base digits."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def fw(s: str) -> str:
    """ASCII digits and hyphens → full-width (for cp932 / utf-8 bodies)."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def fwj(s: str) -> str:
    """Full-width digits with U+2212 as the dash (encodable in ISO-2022-JP)."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９−"))


SIG_ONODERA = """
--
日の出産業株式会社 総務部 地域連携課
小野寺 健太（Kenta Onodera）
〒358-0003 埼玉県入間市豊岡五丁目3番1号（入間工場内）
TEL 04-2960-1185 / FAX 04-2960-1189
onodera@hinode-sangyo.co.jp
"""

SIG_MORISHITA = """
――――――――――――――――――――――
日の出産業株式会社　CSR推進室
森下　梓（もりした　あずさ）
〒105-0023　東京都港区芝浦1-9-7　日の出芝浦ビル6F
TEL：03-5418-2270　FAX：03-5418-2279
Mail：morishita.azusa@hinode-sangyo.co.jp
――――――――――――――――――――――
"""

SIG_SHOJI = """
*************************************
日の出産業株式会社
人事部 福利厚生課（社員クラブ事務局）
東海林 由美
内線 2415 / 直通 03-5418-2415
shoji.yumi@hinode-sangyo.co.jp
*************************************
"""

SIG_USAMI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 CSR推進室
日の出奨学金 事務局　宇佐美 恵
〒105-0023 東京都港区芝浦1-9-7
TEL 03-5418-2273
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_SAIONJI = """
────────────────
日の出産業（株）総務部
災害支援チーム　西園寺 修
携帯 080-4471-2290（災害対応用）
saionji@hinode-sangyo.co.jp
────────────────
"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。
本メールの無断転載・転送・複製はご遠慮ください。
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential and privileged information.
If you are not the intended recipient, please notify the sender immediately and delete
this e-mail. Any unauthorised copying, disclosure or distribution is prohibited.
"""


MESSAGES: list[dict] = []


def add(**m):
    m.setdefault("cc", [])
    m.setdefault("bcc", [])
    MESSAGES.append(m)


# ---------------------------------------------------------------------------------------
add(
    id="csr-001",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["竹内 様 <takeuchi@greenriver-npo.jp>"],
    subject="【入間川クリーン作戦】当社参加者名簿の送付",
    charset="iso-2022-jp",
    body="""NPO法人グリーンリバー入間
事務局　竹内 様

いつもお世話になっております。
日の出産業の小野寺です。

10月19日（土）の入間川クリーン作戦につきまして、当社からの参加者名簿をお送りします。
ボランティア保険の手続き用に、緊急連絡先も併記しております。

No  氏名          所属             携帯電話        緊急連絡先（続柄）
--  ------------  ---------------  --------------  ------------------------
 1  大河内 昌平   入間工場 製造課  090-3318-4471   04-2962-5530（妻）
 2  小柳 まどか   総務部           080-6627-0915   090-7781-2036（母）
 3  鬼塚 亮       品質保証部       070-2284-6610   049-225-8814（父）
 4  花田 志保     入間工場 物流課  090-5547-2389   080-1193-7762（夫）
 5  三ツ矢 翔     営業二部         080-4410-7853   03-3795-6621（実家）
 6  片桐 弥生     経理部           090-8865-3102   090-2231-4409（夫）
 7  勅使河原 歩   入間工場 設備課  070-5139-2258   04-2934-1175（母）
 8  ルイス 健二   情報システム部   080-3702-6641   080-3702-9950（妻）
 9  平良 なつみ   CSR推進室        090-1174-5528   098-865-3391（父）
10  漆原 大地     入間工場 製造課  080-9921-0467   04-2965-7708（祖母）

以上10名です。集合は8:30、豊水橋下の河川敷と伝えてあります。
雨天中止の場合は、前日17時までにご連絡いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_ONODERA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="10 volunteers with mobiles and emergency contacts, space-padded table, to an NPO",
)

add(
    id="csr-002",
    sender="西園寺 修 <saionji@hinode-sangyo.co.jp>",
    to=["北陸災害支援ネットワーク 受入調整班 <ukeire@hokuriku-saigai-net.jp>"],
    subject="第3陣 派遣者名簿（1/20〜1/24）",
    charset="utf-8",
    body="""受入調整班 ご担当者様

日の出産業 災害支援チームの西園寺です。
第3陣の派遣者名簿を添付いたします。

血液型・アレルギー・既往歴は、現地での万一に備え本人の同意を得て記載しています。
宿泊先（公民館）での食事について、卵アレルギー1名・そばアレルギー1名がおりますので
ご配慮いただけますと助かります。

車両は2台（ハイエース）で、1/20 6:00 に入間工場を出発予定です。
""" + SIG_SAIONJI,
    attachments=[{
        "kind": "xlsx", "name": "第3陣_派遣者名簿.xlsx",
        "sheets": {
            "派遣者": [
                ["日の出産業株式会社　災害支援派遣　第3陣（2026年1月20日〜24日）"],
                [],
                ["班", "氏名", "ふりがな", "性別", "生年月日", "血液型", "アレルギー", "既往歴・服薬", "携帯", "緊急連絡先"],
                ["A", "西園寺 修", "さいおんじ おさむ", "男", "1976/08/14", "A+", "なし", "なし", "080-4471-2290", "04-2963-1182（妻）"],
                ["A", "真壁 由香里", "まかべ ゆかり", "女", "1988/02/29", "O+", "卵", "なし", "090-6613-0478", "090-3321-8860（夫）"],
                ["A", "猪狩 陽平", "いがり ようへい", "男", "1992/11/03", "B+", "なし", "気管支喘息（吸入薬持参）", "070-1842-5593", "0246-22-7731（父）"],
                ["B", "庄司 卓也", "しょうじ たくや", "男", "1983/05/21", "AB+", "そば", "高血圧（降圧剤服用）", "080-2906-7714", "080-2906-3309（妻）"],
                ["B", "外間 さやか", "ほかま さやか", "女", "1995/07/09", "A-", "なし", "なし", "090-5580-2261", "098-932-4410（母）"],
                ["B", "戸井田 剛", "といだ ごう", "男", "1979/12/30", "O+", "なし", "糖尿病（内服中）", "090-7723-6185", "04-2936-5527（妻）"],
                ["B", "Nguyen Thi Lan", "グエン ティ ラン", "女", "1997/04/18", "B+", "甲殻類", "なし", "080-6654-1093", "080-6654-2217（夫）"],
            ],
            "車両": [
                ["車両", "車種", "登録番号", "運転者"],
                ["1号車", "ハイエース", "所沢 300 さ 41-08", "西園寺／猪狩"],
                ["2号車", "ハイエース", "所沢 300 さ 41-09", "庄司／戸井田"],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="disaster-relief dispatch list (7 staff) with blood types, allergies and medical history in XLSX",
)

add(
    id="csr-003",
    sender="八木橋 誠 <yagihashi@hinode-sangyo.co.jp>",
    to=["朝霧市 こども政策課 <kodomo@city.asagiri.lg.jp>"],
    subject="夏休み親子工場見学会　申込者一覧",
    charset="cp932",
    body="""朝霧市役所　こども政策課
ご担当者様

いつも大変お世話になっております。
日の出産業㈱入間工場　総務課の八木橋でございます。

市報８月号でご案内いただいた「夏休み親子工場見学会」の申込者一覧（ＣＳＶ）を
お送りいたします。送迎バスの乗車名簿作成にご利用ください。

定員３０名のところ、８組のお申し込みをいただいております。
追加の申込みがありましたら、改めてお送りします。

――――――――――――――――
日の出産業株式会社　入間工場　総務課
八木橋　誠
TEL ０４－２９６０－１１８０
――――――――――――――――
""",
    attachments=[{
        "kind": "csv", "name": "工場見学会_申込者.csv", "encoding": "cp932",
        "rows": [
            ["受付番号", "こどものなまえ", "学年", "年齢", "保護者氏名", "保護者連絡先", "同伴者", "備考"],
            ["K-01", "さとう ゆいな", "小3", "8", "佐藤 恵理子", "090-2218-7735", "1", ""],
            ["K-02", "たかなし はると", "小5", "10", "小鳥遊 直樹", "080-5531-0962", "1", "弟（4さい）同伴"],
            ["K-03", "いしかわ りこ", "小2", "7", "石川 美和", "070-3384-1120", "2", ""],
            ["K-04", "もちづき そうま", "小4", "9", "望月 浩二", "090-9912-4486", "1", ""],
            ["K-05", "あらい ひなた", "小6", "11", "新井 千尋", "04-2963-7710", "1", "写真撮影NG"],
            ["K-06", "くどう めい", "小1", "6", "工藤 早苗", "080-7746-3308", "1", ""],
            ["K-07", "やまうち こうき", "小3", "8", "山内 康弘", "090-4425-8871", "1", ""],
            ["K-08", "えのもと さくら", "小5", "11", "榎本 加奈", "070-6639-2254", "1", "バス酔いしやすい"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 children (hiragana names, ages) with parents' names and phones in a CP932 CSV to the city",
)

add(
    id="csr-004",
    sender="宇佐美 恵 <usami.megumi@hinode-sangyo.co.jp>",
    to=["公益財団法人ひかり奨学会 長谷部様 <hasebe@hikari-shogakukai.or.jp>"],
    subject="2026年度 日の出奨学金 採用者情報のご送付",
    charset="iso-2022-jp",
    body="""公益財団法人ひかり奨学会
事務局　長谷部様

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出奨学金事務局の宇佐美でございます。

先日の選考委員会で採用が決まりました2026年度奨学生5名の情報を、
添付のExcelにまとめました。初回給付（5月25日）の振込手続きにご利用ください。

なお、振込口座は本人名義の口座に限定しております。
ご不明点がございましたらお知らせください。
""" + SIG_USAMI,
    attachments=[{
        "kind": "xlsx", "name": "2026採用者一覧.xlsx", "title": "2026年度 日の出奨学金 採用者一覧",
        "sheets": {
            "採用者": [
                ["2026年度　日の出奨学金　採用者一覧", "", "", "", "", "", "", "", "", "", "", "", ""],
                ["奨学生番号", "氏名", "フリガナ", "生年月日", "在籍校", "学年", "現住所", "電話", "金融機関", "支店", "種別", "口座番号", "口座名義"],
                ["HS26-001", "青柳 遥", "アオヤギ ハルカ", "2006/05/14", "東都工業大学 理工学部", "2", "埼玉県所沢市小手指町3-18-2 ハイツ小手指105", "080-3317-6621", "みどり銀行", "所沢支店", "普通", "3381926", "ｱｵﾔｷﾞ ﾊﾙｶ"],
                ["HS26-002", "比嘉 大翔", "ヒガ ヒロト", "2005/10/02", "北辰大学 経済学部", "3", "東京都板橋区成増2丁目7番11号", "090-8854-0275", "ゆうちょ銀行", "〇一八店", "普通", "5527301", "ﾋｶﾞ ﾋﾛﾄ"],
                ["HS26-003", "雨宮 詩織", "アメミヤ シオリ", "2007/01/23", "県立入間高等学校", "3", "入間市扇台四丁目2番8号", "04-2964-3390", "武蔵信用金庫", "入間支店", "普通", "0664182", "ｱﾒﾐﾔ ｼｵﾘ"],
                ["HS26-004", "五味 蓮", "ゴミ レン", "2004/12/08", "西関東看護専門学校", "2", "埼玉県狭山市入間川1-22-5", "070-2291-4483", "みどり銀行", "狭山支店", "普通", "4410573", "ｺﾞﾐ ﾚﾝ"],
                ["HS26-005", "宍戸 七海", "シシド ナナミ", "2006/08/30", "東都工業大学 情報学部", "1", "飯能市仲町15-3", "080-6620-1158", "さいたま中央銀行", "飯能支店", "普通", "2207745", "ｼｼﾄﾞ ﾅﾅﾐ"],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="5 scholarship students with DOB, address, phone and bank account in XLSX to the foundation",
)

add(
    id="csr-005",
    sender="五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
    to=["吉永 様 <yoshinaga@taiyo-hoken.co.jp>"],
    subject="野球部　団体傷害保険　加入者リスト",
    charset="cp932",
    body="""たいよう保険サービス　吉永様

お世話になっております。日の出産業 野球部マネージャーの五十嵐です。
先日お電話でご相談した団体傷害保険の件、加入者リストを送ります。
保険証の記号・番号も必要とのことでしたので、各自に確認して記入しました。
（タブ区切りなのでExcelに貼り付けていただけると見やすいと思います）

氏名	生年月日	保険証記号	保険証番号	携帯
五十嵐 拓海	H2.11.3	57120348	112	090-3361-7720
国分 哲也	S58.4.2	57120348	87	080-1147-2290
真田 浩平	H6.7.19	57120348	243	070-4482-1196
有馬 隼人	H9.1.30	57120348	301	090-6672-8854
城之内 翼	H4.3.15	57120348	176	080-2253-6617
米倉 丈	S61.12.24	57120348	64	090-1186-3302
諸星 海斗	H11.9.8	57120348	355	070-9931-0078
唐沢 慎吾	S63.6.11	57120348	129	080-7714-5521
氏家 俊	H7.10.27	57120348	268	090-4408-2239

以上9名です。監督（唐沢）は年度途中で抜ける可能性があります。
何卒よろしくお願いいたします。

日の出産業株式会社 製造部 第二課
五十嵐 拓海（野球部マネージャー）
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="9 sports-club members with 和暦 DOB and 健康保険証 記号・番号, tab-separated, to an insurance agent",
)

add(
    id="csr-006",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["青葉運輸 入間営業所 野々村様 <nonomura@aoba-unyu.co.jp>"],
    subject="敬老の日　お米のお届け先（豊岡地区）",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社 入間営業所
野々村様

いつもお世話になっております。日の出産業の小野寺です。
今年も敬老の日の「お米お届け」にご協力いただきありがとうございます。
民生委員さん経由でいただいたお届け先をお送りします（5kg×1袋ずつ）。

■お届け先1
　お名前：梅津 トメ 様（92歳）
　ご住所：埼玉県入間市豊岡二丁目十四番六号
　お電話：04-2962-3318
　備考　：耳が遠いため、インターホン後しばらくお待ちください

■お届け先2
　お名前：志村 嘉一 様
　ご住所：入間市豊岡1丁目8番地22 グリーンハイツ102
　お電話：04-2964-0751

■お届け先3
　お名前：ちば よしゑ 様
　ご住所：入間市東町三丁目5−17
　お電話：090-2271-6648（娘さん）
　備考　：午前中希望

■お届け先4
　お名前：金城 正雄 様
　ご住所：入間市黒須１丁目１１−３
　お電話：04-2965-2207

■お届け先5
　お名前：二階堂 フミ 様
　ご住所：埼玉県入間市高倉二丁目三番九号
　お電話：04-2963-8840

■お届け先6
　お名前：有田 清 様・有田 和子 様
　ご住所：入間市扇町屋四丁目１０−２
　お電話：04-2962-1193

配達は9月13日（土）〜15日（月・祝）の間でお願いできればと思います。
不在票は当社宛（地域連携課）にしていただいて構いません。
""" + SIG_ONODERA,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="gift recipients (6 elderly individuals) with home addresses and phones, one block each, to a carrier",
)

add(
    id="csr-007",
    sender="森下 梓 <morishita.azusa@hinode-sangyo.co.jp>",
    to=["松永 様 <matsunaga@minato-kodomo.or.jp>"],
    subject="12月　配膳ボランティア登録者（当社分）",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>みなと子ども食堂ネットワーク<br>松永 様</p>
<p>いつもお世話になっております。日の出産業 CSR推進室の森下です。<br>
12月の配膳ボランティアに登録した当社社員の一覧です。
シフト調整の際、直接ご連絡いただいて構わないと本人たちの了解を得ています。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>お名前</th><th>連絡用メール</th><th>携帯</th><th>参加できる日</th></tr>
<tr><td>湯浅 みのり</td><td>minori.yuasa88@gmail.com</td><td>080-5528-1173</td><td>12/6, 12/20</td></tr>
<tr><td>千葉 慎之介</td><td>shin.chiba@icloud.com</td><td>090-3316-8840</td><td>12/13</td></tr>
<tr><td>木暮 沙耶</td><td>kogure-saya@yahoo.co.jp</td><td>070-2281-9904</td><td>12/6, 12/13, 12/20</td></tr>
<tr><td>桐生 大吾</td><td>d.kiryu.0721@outlook.jp</td><td>080-1163-7725</td><td>12/20</td></tr>
<tr><td>サンチェス 真理</td><td>mari.sanchez@gmail.com</td><td>090-8804-2216</td><td>12/13</td></tr>
<tr><td>日向 蒼</td><td>aoi.hyuga.h@docomo.ne.jp</td><td>070-6642-3358</td><td>12/6</td></tr>
</table>
<p>どうぞよろしくお願いいたします。</p>
<p>――<br>日の出産業株式会社 CSR推進室 森下 梓<br>TEL 03-5418-2270</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only table of 6 volunteers with private e-mails and mobiles to an NPO",
)

add(
    id="csr-008",
    sender="久保田 綾乃 <a-kubota@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.co.jp>"],
    subject="2月14日　地域貢献表彰式　会場仮予約のお願い",
    charset="iso-2022-jp",
    body="""さくらホテル　宴会予約ご担当者様

いつもお世話になっております。
日の出産業株式会社 広報部の久保田でございます。

来年2月に予定している「ひので地域貢献表彰式」の会場につきまして、
下記の内容で仮予約をお願いできますでしょうか。

・日時：2027年2月14日（日）10:00〜12:30（準備 9:00〜）
・人数：60名程度（来賓10名含む）
・形式：円卓・着席、表彰式の後に軽食（立食でも可）
・その他：プロジェクター、ワイヤレスマイク2本

昨年は「桜の間」を使わせていただきましたので、同じお部屋が空いていれば幸いです。
お見積りも併せていただけますと助かります。

日の出産業株式会社 広報部
久保田 綾乃
TEL 03-5418-2250
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="venue booking sent to sakura-hotel.co.jp, a TLD-swapped look-alike of partner sakura-hotel.jp",
)

add(
    id="csr-009",
    sender="森下 梓 <morishita.azusa@hinode-sangyo.co.jp>",
    to=["北国フーズ 立花様 <tachibana@kitaguni-food.co.jp>"],
    subject="子ども食堂向け食材寄贈　納品スケジュールのご相談",
    charset="cp932",
    body="""北国フーズ株式会社　営業部
立花様

いつもお世話になっております。日の出産業の森下です。
先日は子ども食堂への食材寄贈について前向きなお返事をいただき、ありがとうございました。

納品スケジュールを下記のとおり考えております。

　① １１月１５日（土）　冷凍ミックスベジタブル（KF-2281）×２０袋
　② １１月２９日（土）　北海道産じゃがいも　１０ｋｇ×３箱
　③ １２月１３日（土）　クリスマス用 冷凍ハンバーグ（KF-4410）×１２０個

いずれも納品先は「みなと子ども食堂 芝浦ベース」（港区芝浦二丁目）で、
午前１０時〜１１時の受け取りを予定しています。

ご都合の悪い日がありましたらお知らせください。
""" + SIG_MORISHITA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="benign mail to kitaguni-food.co.jp (dropped 's'), look-alike of partner kitaguni-foods.co.jp",
)

add(
    id="csr-010",
    sender="森下 梓 <morishita.azusa@hinode-sangyo.co.jp>",
    to=[
        "グリーンリバー入間 <info@greenriver-npo.jp>",
        "みなと子ども食堂ネットワーク <jimukyoku@minato-kodomo.or.jp>",
        "NPO法人 森のがっこう <office@morinogakko.jp>",
        "こどもみらいサポート <jimu@kodomo-mirai.or.jp>",
    ],
    subject="「ひので地域活動助成金」2027年度募集開始のご案内",
    charset="iso-2022-jp",
    body="""関係団体の皆さま

平素より当社の地域活動にご協力いただき、誠にありがとうございます。
日の出産業株式会社 CSR推進室の森下でございます。

このたび「ひので地域活動助成金」2027年度の募集を開始いたしましたので、ご案内申し上げます。

【助成対象】埼玉県西部・東京都港区で活動する非営利団体の、子ども・環境・防災分野の事業
【助成額】　1件あたり上限50万円（総額300万円）
【締切】　　2027年1月31日（日）必着
【申請方法】当社ウェブサイトの申請書様式に記入のうえ、メールでご提出ください

昨年度ご採択の団体さまも、継続してご応募いただけます。
説明会を12月5日（土）14時から入間工場 会議棟で開催しますので、ぜひご参加ください。
""" + SIG_MORISHITA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="grant announcement with four NPOs of different domains visible to each other in To",
)

add(
    id="csr-011",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["吉永 様 <yoshinaga@taiyo-hoken.co.jp>"],
    subject="FW: 【グリーンリバー】秋の植樹祭 ボランティア登録者一覧",
    charset="utf-8",
    body="""たいよう保険サービス
吉永様

お世話になっております。日の出産業の小野寺です。
ボランティア行事保険の件、NPOさんから届いた登録者一覧をそのまま転送いたします。
生年月日も入っていますので、このまま加入手続きに使えるかと思います。

---------- Forwarded message ---------
From: 竹内 悠 <takeuchi@greenriver-npo.jp>
Date: 2026年10月2日(金) 16:41
Subject: 【グリーンリバー】秋の植樹祭 ボランティア登録者一覧
To: 小野寺 健太 <onodera@hinode-sangyo.co.jp>

小野寺さま

植樹祭の登録者（日の出産業さま経由の方）をまとめました。
氏名,生年月日,住所,電話
鷲尾 健吾,1981年3月8日,埼玉県入間市宮寺2411-6,090-4427-1185
吉良 友美,1993年11月22日,埼玉県狭山市狭山台2-14-9,080-9936-2207
大和田 颯,2010年6月1日,入間市下藤沢3丁目1-27,04-2964-8813
大和田 千夏,1982年9月15日,入間市下藤沢3丁目1-27,090-1128-7746
ハーディ 隆,1975年1月29日,所沢市緑町1-3-5-803,070-2280-4419
百瀬 未来,1999年12月3日,東京都西多摩郡瑞穂町箱根ケ崎156-2,080-3384-6650

当日はよろしくお願いします。
竹内
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forward of an NPO's list of 6 volunteers (DOB, address, phone) to an insurance agent: forwarded text counts",
)

add(
    id="csr-012",
    sender="東海林 由美 <shoji.yumi@hinode-sangyo.co.jp>",
    to=["NPO法人 森のがっこう 事務局 <office@morinogakko.jp>"],
    subject="明日の里山整備ボランティアについて（参加者の体調面のご相談）",
    charset="iso-2022-jp",
    body="""森のがっこう事務局　ご担当者様

いつもお世話になっております。
日の出産業 社員クラブ事務局の東海林です。

明日の里山整備に参加する当社社員のうち、1名について事前にお伝えしておきたいことがあります。
本人の了承を得たうえでのご連絡です。

品質保証部の鶴見 亮介（つるみ りょうすけ、38歳）は、てんかんの持病があります。
普段は服薬でコントロールできており、ここ5年ほど発作は起きていないとのことですが、
万一発作が起きた場合は、
　・周囲の危険物（刈払機など）から離し、横向きに寝かせる
　・口に物を入れない
　・5分以上続く場合は救急要請
をお願いしたいとのことです。刈払機の作業には就かせず、運搬班に入れていただけると安心です。

ご配慮のほど、よろしくお願いいたします。
""" + SIG_SHOJI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's epilepsy (病歴, 要配慮個人情報) told in prose to an NPO",
)

add(
    id="csr-013",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["NPO法人ひだまり 事務局 <info@hidamari-npo.jp>"],
    subject="地域連携先団体の一覧（ご参考）",
    charset="cp932",
    body="""ＮＰＯ法人ひだまり
事務局　ご担当者様

先日は入間工場までお越しいただき、ありがとうございました。
日の出産業　地域連携課の小野寺です。

お打合せの際にお話しした、当社が日頃から連携している団体の一覧をお送りします。
いずれも団体として公開している連絡先ですので、ご自由にお使いください。
フードバンクの件は「フードバンク武蔵野西」さんが一番詳しいと思います。

引き続きよろしくお願いいたします。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "xlsx", "name": "連携団体一覧_2026.xlsx",
        "sheets": {
            "団体一覧": [
                ["日の出産業　地域連携先団体一覧（2026年10月現在）"],
                ["団体名", "分野", "所在地", "代表電話", "メール", "連携内容"],
                ["NPO法人グリーンリバー入間", "環境", "埼玉県入間市豊岡1-2-3 市民活動センター内", "04-2900-1122", "info@greenriver-npo.jp", "河川清掃・植樹"],
                ["みなと子ども食堂ネットワーク", "子ども", "東京都港区芝浦2-11-4", "03-6435-0071", "jimukyoku@minato-kodomo.or.jp", "食材寄贈・配膳"],
                ["NPO法人森のがっこう", "環境教育", "埼玉県飯能市大字下畑210", "042-973-5501", "office@morinogakko.jp", "里山整備"],
                ["フードバンク武蔵野西", "福祉", "埼玉県所沢市東町5-22", "04-2924-3370", "contact@fb-musashinonishi.jp", "食品寄付"],
                ["入間市社会福祉協議会", "福祉", "埼玉県入間市向陽台1-1-8", "04-2964-3210", "vc@iruma-shakyo.or.jp", "ボランティア登録"],
                ["公益財団法人ひかり奨学会", "教育", "東京都千代田区神田小川町3-6", "03-3291-7780", "shogaku@hikari-shogakukai.or.jp", "奨学金運営"],
                ["こどもみらいサポート", "子ども", "埼玉県狭山市入間川3-4-1", "04-2955-6620", "jimu@kodomo-mirai.or.jp", "学習支援"],
                ["朝霧市国際交流協会", "多文化共生", "朝霧市本町1-1 市役所別館2F", "04-2990-1400", "info@asagiri-ia.or.jp", "通訳ボランティア"],
                ["北陸災害支援ネットワーク", "防災", "石川県金沢市広坂2-1-1", "076-220-3341", "ukeire@hokuriku-saigai-net.jp", "災害派遣受入"],
            ],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="directory of 9 partner organisations (switchboards, office addresses, info@ mails): businesses, not people",
)

add(
    id="csr-014",
    sender="八木橋 誠 <yagihashi@hinode-sangyo.co.jp>",
    to=["献血推進係 <kenketsu@nishi-saitama-bc.or.jp>"],
    subject="事業所献血　事前登録者リスト（11/7 入間工場）",
    charset="cp932",
    body="""西埼玉献血センター
献血推進係　ご担当者様

お世話になっております。日の出産業　入間工場の八木橋です。
１１月７日（金）の事業所献血について、事前登録者のリストをＰＤＦでお送りします。
問診の参考に、本人申告の服薬状況等も記載しております。

当日は食堂横の駐車場に献血バスを停めていただく予定です。
どうぞよろしくお願いいたします。

日の出産業株式会社　入間工場　総務課
八木橋 誠　TEL 04-2960-1180
""",
    attachments=[{
        "kind": "pdf", "name": "献血事前登録_1107.pdf",
        "lines": ["事業所献血　事前登録者一覧", "実施日：令和8年11月7日（金）　会場：日の出産業株式会社 入間工場", ""],
        "table": [
            ["受付", "氏名", "性別", "生年月日", "血液型", "前回献血", "事前申告", "連絡先"],
            ["1", "岩永 拓真", "男", "昭和62年3月9日", "A", "令和8年5月", "なし", "090-3382-1174"],
            ["2", "堀之内 真央", "女", "平成8年11月30日", "O", "初回", "なし", "080-2216-7739"],
            ["3", "財前 誠一", "男", "昭和55年7月2日", "B", "令和7年12月", "降圧剤服用中", "090-6641-0082"],
            ["4", "乙部 祐希", "男", "平成3年1月17日", "AB", "令和8年3月", "なし", "070-5529-3318"],
            ["5", "宮路 かおり", "女", "昭和59年4月25日", "A", "初回", "3か月前に歯科治療", "080-9907-4461"],
            ["6", "滝本 光", "男", "平成12年8月8日", "O", "令和8年6月", "なし", "090-1130-5527"],
            ["7", "不破 蒼太", "男", "平成5年10月14日", "A", "令和7年11月", "花粉症の薬を服用", "070-8864-2290"],
            ["8", "鷹野 千里", "女", "昭和63年2月6日", "B", "令和8年4月", "なし", "080-4473-6615"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="8 blood donors with 和暦 DOB, blood type, medication and phone in a PDF table",
)

add(
    id="csr-015",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["朝霧市 環境政策課 <kankyo@city.asagiri.lg.jp>"],
    subject="入間川クリーン作戦　実施報告",
    charset="iso-2022-jp",
    body="""朝霧市役所　環境政策課　御中

いつもお世話になっております。日の出産業 地域連携課の小野寺です。
10月19日に実施した「入間川クリーン作戦」の結果をご報告いたします。

【実施概要】
　日時　　：2026年10月19日（土）8:30〜11:30　天候 晴れ
　場所　　：入間川河川敷（豊水橋〜新豊水橋の左岸約1.8km）
　主催　　：NPO法人グリーンリバー入間／協力：日の出産業株式会社

【参加者数】
　合計 128名（うち当社社員 46名、社員家族 21名、地域住民・学生 61名）
　うち小学生以下の子ども 24名

【回収量】
　可燃ごみ　　　　 212kg（45L袋 58袋）
　不燃ごみ　　　　  87kg
　粗大ごみ　　　　 自転車2台、タイヤ4本
　ペットボトル・缶  41kg（資源化）

昨年（参加 97名、回収 268kg）と比べ参加者は増え、回収量は約2割減りました。
不法投棄が多かった新豊水橋下については、看板設置のご検討をお願いできれば幸いです。

写真は別途、共有フォルダにアップいたします。
""" + SIG_ONODERA,
    expect="pass",
    entities=[],
    detectors=[],
    note="activity report with participant counts and weights only",
)

add(
    id="csr-016",
    sender="宇佐美 恵 <usami.megumi@hinode-sangyo.co.jp>",
    to=["長谷部 様 <hasebe@hikari-shogakukai.or.jp>"],
    subject="奨学生 在学証明書・成績証明書の送付（パスワードは別送）",
    charset="utf-8",
    body="""長谷部様

いつもお世話になっております。宇佐美です。
継続審査用の在学証明書・成績証明書（5名分）をZIPにまとめてお送りします。
解凍パスワードは別メールでお送りいたします。

よろしくお願いいたします。
""" + SIG_USAMI,
    attachments=[{
        "kind": "zip", "name": "継続審査書類_2026.zip", "password": "Hinode#2026sk",
        "files": [
            {"kind": "xlsx", "name": "継続審査_成績一覧.xlsx", "sheets": {"成績": [
                ["奨学生番号", "氏名", "在籍校", "GPA", "修得単位"],
                ["HS25-003", "松岡 陸", "東都工業大学", "3.21", "68"],
                ["HS25-004", "金森 杏", "北辰大学", "3.56", "72"],
                ["HS25-006", "宮下 悠真", "県立入間高等学校", "4.2", "-"],
                ["HS25-008", "大庭 琴音", "西関東看護専門学校", "3.02", "55"],
                ["HS25-009", "菅谷 勇気", "東都工業大学", "2.88", "61"],
            ]}},
            {"kind": "txt", "name": "送付書.txt", "text": "継続審査書類 5名分\n日の出奨学金事務局"},
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) of scholarship documents: cannot be scanned",
)

add(
    id="csr-017",
    sender="久保田 綾乃 <a-kubota@hinode-sangyo.co.jp>",
    to=["錦印刷 制作部 大森様 <omori@nishiki-insatsu.co.jp>"],
    subject="CSRレポート2026　写真キャプション原稿",
    charset="utf-8",
    body="""錦印刷株式会社 制作部
大森様

お世話になっております。日の出産業 広報部の久保田です。
CSRレポート2026の「地域とともに」見開き（P.18-19）の写真キャプションをお送りします。
写真データは先ほど宅ファイル便でお送りした P18_01.jpg〜P19_04.jpg に対応しています。
（並び順の確認用に、レイアウトのサムネイルを添付します）

P18_01：入間川クリーン作戦で、子どもたちと一緒にごみを拾う入間工場の大河内さん（右）
P18_02：開会のあいさつをするNPO法人グリーンリバー入間の竹内理事長
P18_03：「こんなに集まったよ！」回収したごみ袋の前で記念撮影
P19_01：みなと子ども食堂で配膳を担当した森下（CSR推進室・左）と湯浅さん（経理部）
P19_02：親子工場見学会で、ロボットアームの動きに見入る参加者
P19_03：植樹祭で苗木を植える社長の日野原と、森のがっこうの皆さん
P19_04：野球部が地元少年野球チームを招いて開いた野球教室

※P19_02は顔がはっきり写っているお子さんがいるため、ぼかし処理をお願いします。
※人名の表記は本人確認済みです。

初校は11月10日頃にいただけると助かります。
よろしくお願いいたします。

日の出産業株式会社 広報部 久保田 綾乃
TEL 03-5418-2250
""",
    attachments=[{"kind": "png", "name": "P18-19_layout_thumb.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="photo captions naming people with no other data about them",
)

add(
    id="csr-018",
    sender="五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
    to=["朝霧市体育協会 事務局 <jimu@asagiri-taikyo.or.jp>"],
    subject="市民ソフトボール大会　選手登録名簿の提出",
    charset="iso-2022-jp",
    body="""朝霧市体育協会　事務局御中

お世話になっております。
日の出産業ソフトボール部の五十嵐です。

第38回市民ソフトボール大会の選手登録名簿を添付にて提出いたします。
様式は協会HPからダウンロードしたものを使用しています。

ご確認のほど、よろしくお願いいたします。

日の出産業株式会社 ソフトボール部
五十嵐 拓海
""",
    attachments=[{"kind": "corrupt", "name": "選手登録名簿_日の出産業.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="player registration workbook attached but corrupt: cannot be inspected",
)

add(
    id="csr-019",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["竹内 悠 <takeuchi@greenriver-npo.jp>"],
    subject="Re: 植樹祭の参加者名簿について",
    charset="iso-2022-jp",
    body="""竹内さん

名簿の送付ありがとうございます。内容確認しました。
当社の参加者については、こちらでも把握している人数と一致しています。
当日は8時半に受付テントに伺います。

小野寺

2026年10月5日(月) 9:12 竹内 悠 <takeuchi@greenriver-npo.jp>:
> 小野寺さま
>
> 植樹祭の参加者名簿（確定版）です。
>
> 氏名　　　　　年齢　連絡先
> 鷲尾 健吾　　 45　 090-4427-1185
> 吉良 友美　　 32　 080-9936-2207
> 大和田 颯　　 16　 04-2964-8813
> 大和田 千夏　 44　 090-1128-7746
> ハーディ 隆　 51　 070-2280-4419
> 百瀬 未来　　 26　 080-3384-6650
>
> 竹内
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply to the NPO quoting its own list with '>': the recipient already has it",
)

add(
    id="csr-020",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["朝霧市 市民協働推進課 <kyodo@city.asagiri.lg.jp>"],
    subject="包括連携協定書（案）の送付について",
    charset="cp932",
    body="""朝霧市役所　市民協働推進課
ご担当者様

いつもお世話になっております。日の出産業の小野寺でございます。

先般ご相談しておりました「朝霧市と日の出産業株式会社との包括連携に関する協定書」の
当社案がまとまりましたので、添付にてお送りいたします。
第５条（災害時の協力）と第７条（費用負担）について、ご意見をいただけますと幸いです。

締結式は来年３月中旬を想定しております。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "docx", "name": "包括連携協定書_案_v3.docx", "page_header": "社外秘",
        "title": "包括連携協定書（案）",
        "paragraphs": [
            "朝霧市と日の出産業株式会社との包括連携に関する協定書（案）",
            "朝霧市（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、相互の連携を強化し、地域の活性化及び市民サービスの向上を図るため、次のとおり協定を締結する。",
            "第1条（目的）本協定は、甲と乙が緊密な相互連携と協働による活動を推進し、地域社会の発展に寄与することを目的とする。",
            "第2条（連携事項）甲及び乙は、次に掲げる事項について連携し、協力する。(1) 子ども・子育て支援に関すること (2) 環境保全に関すること (3) 防災・減災に関すること (4) 地域産業の振興に関すること",
            "第5条（災害時の協力）乙は、甲の区域において大規模災害が発生した場合、乙の入間工場敷地の一部を一時避難場所として提供するよう努める。",
            "第7条（費用負担）本協定に基づく連携事項の実施に要する費用は、甲乙協議の上、別に定める。",
            "第9条（有効期間）本協定の有効期間は、締結の日から1年間とする。ただし、期間満了の1か月前までに甲乙いずれからも申出がないときは、1年間更新するものとし、以後も同様とする。",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="draft agreement whose DOCX page header is stamped 社外秘; the mail body does not mention it",
)

add(
    id="csr-021",
    sender="宇佐美 恵 <usami.megumi@hinode-sangyo.co.jp>",
    to=["長谷部 様 <hasebe@hikari-shogakukai.or.jp>"],
    subject="RE: 振込口座の確認について",
    charset="cp932",
    body="""長谷部様

ご確認いただきありがとうございます。
２番の方の口座番号の誤りについて承知いたしました。ご本人には私から連絡いたします。
修正後の情報は、ご本人から財団さまへ直接ご提出いただく形で問題ございません。

取り急ぎ御礼まで。
宇佐美

-----Original Message-----
From: 長谷部 直子 <hasebe@hikari-shogakukai.or.jp>
Sent: Tuesday, May 12, 2026 10:03 AM
To: 宇佐美 恵 <usami.megumi@hinode-sangyo.co.jp>
Subject: 振込口座の確認について

宇佐美様

いつもお世話になっております。ひかり奨学会の長谷部です。
いただいた採用者一覧のうち、口座情報を下記のとおり確認いたしました。

1. 青柳 遥　　みどり銀行 所沢支店 普通 3381926　→ OK
2. 比嘉 大翔　ゆうちょ銀行 〇一八店 普通 5527310　→ 口座番号相違の可能性
3. 雨宮 詩織　武蔵信用金庫 入間支店 普通 0664182　→ OK
4. 五味 蓮　　みどり銀行 狭山支店 普通 4410573　→ OK
5. 宍戸 七海　さいたま中央銀行 飯能支店 普通 2207745　→ OK

2番の方について、ご本人様へのご確認をお願いできますでしょうか。

長谷部
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply quoting the foundation's own account list under -----Original Message-----; new text has no data",
)

add(
    id="csr-022",
    sender="東海林 由美 <shoji.yumi@hinode-sangyo.co.jp>",
    to=["森のがっこう 事務局 <office@morinogakko.jp>"],
    subject="里山キャンプ　引率スタッフの緊急連絡先",
    charset="utf-8",
    body="""森のがっこう 事務局さま

お世話になっております。日の出産業 社員クラブ事務局の東海林です。
ファミリー里山キャンプ（11/22-23）の引率スタッフの緊急連絡先をお送りします。
お名前は当日の名札（スタッフID）で確認いただく形にさせてください。

ID     年齢  本人携帯         緊急連絡先        続柄
-----  ----  ---------------  ----------------  ------
S-01    34   090-4418-2275    04-2931-6620      配偶者
S-02    41   080-7725-0913    080-7725-4480     配偶者
S-03    29   070-3316-8842    03-3910-2258      父
S-04    52   090-2287-6631    090-5561-0347     長男
S-05    37   080-1154-9920    049-281-3307      母
S-06    26   070-6648-2213    0276-45-1186      実家

夜間の連絡は、S-01（キャンプ責任者）までお願いいたします。
""" + SIG_SHOJI,
    expect="stop",
    entities=["PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 people's mobiles and emergency contacts, with ages but no name column, to an NPO",
)

add(
    id="csr-023",
    sender="森下 梓 <morishita.azusa@hinode-sangyo.co.jp>",
    to=["松永 様 <matsunaga@minato-kodomo.or.jp>"],
    subject="年末の食材寄贈について",
    charset="utf-8",
    body="""松永様

いつもお世話になっております。日の出産業の森下です。

年末の食材寄贈ですが、北国フーズさんのご協力で、冷凍ハンバーグ120個を
12月13日（土）の午前中に芝浦ベースへ直接納品いただけることになりました。
冷凍庫の空きを確保しておいていただけますと助かります。

また、1月以降の定期寄贈（お米30kg/月）についても、引き続き継続の予定です。
社内の決裁が下りましたら改めてご連絡いたします。

よろしくお願いいたします。
""" + SIG_MORISHITA + DISCLAIMER_JA,
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary mail with the standard Japanese confidentiality disclaimer at the end",
)

add(
    id="csr-024",
    sender="久保田 綾乃 <a-kubota@hinode-sangyo.co.jp>",
    to=["朝霧観光バス 配車係 <haisha@asagiri-kanko-bus.co.jp>"],
    subject="11/3 福祉施設訪問　乗車予定者のご連絡",
    charset="iso-2022-jp",
    body="""朝霧観光バス株式会社
配車係　ご担当者様

お世話になっております。日の出産業の久保田です。
11月3日の「ひだまりの里」訪問（マイクロバス1台）の乗車予定者をお知らせします。

乗車されるのは、引率の私のほか、社員の杉浦 光一さん（携帯090-6621-3380）、
荻野目 さやかさん（080-2257-4419）、ブラウン 謙さん（070-3318-2206）、
それに合唱サークルから古閑 真由美さん（090-8812-4473）と湊 一輝さん（080-6690-1127）、
さらに手品を披露してくださる OB の大峰 和夫さん（04-2962-7718、ご自宅）の計7名です。
大峰さんは入間市役所前からの乗車を希望されています。

当日、遅れる人がいた場合は各自から運転手さんへ直接連絡が行くかもしれません。
よろしくお願いいたします。

日の出産業株式会社 広報部
久保田 綾乃
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 people's names and phone numbers written in prose, to a bus company",
)

add(
    id="csr-025",
    sender="森下 梓 <morishita.azusa@hinode-sangyo.co.jp>",
    to=["こどもみらいサポート 代表 真島様 <mashima@kodomo-mirai.or.jp>"],
    subject="学習支援データ活用の件（秘密保持契約について）",
    charset="iso-2022-jp",
    body="""こどもみらいサポート
代表　真島様

いつもお世話になっております。日の出産業の森下です。

先日ご相談した「学習支援の効果測定」の共同研究について、
当社法務から、データの取り扱いを明確にするため秘密保持契約（NDA）を
先に締結したいとの意見がありました。

雛形は当社標準のものをベースに、以下の点を調整したいと考えています。
　・対象情報：統計処理済みのデータに限り、個人を特定できる情報は受け取らない
　・有効期間：契約締結から3年間
　・研究成果の公表：双方の事前合意のうえで行う

ドラフトができ次第お送りしますので、貴会の顧問の先生にもご確認いただけますと幸いです。
""" + SIG_MORISHITA,
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA (秘密保持契約), no marking and no personal data",
)

add(
    id="csr-026",
    sender="久保田 綾乃 <a-kubota@hinode-sangyo.co.jp>",
    to=["税理士法人みらい会計 小林様 <kobayashi@mirai-kaikei.jp>"],
    subject="講演謝礼の支払調書作成のお願い",
    charset="cp932",
    body="""税理士法人みらい会計
小林様

いつも大変お世話になっております。日の出産業 広報部の久保田でございます。

９月の「地域防災フォーラム」でご講演いただいた講師の方への謝礼について、
支払調書の作成をお願いしたく、必要事項をお送りいたします。

　講師氏名：白鳥 ひとみ（しらとり ひとみ）様
　住所　　：〒１５７－００６２　東京都世田谷区南烏山五丁目１８番３号
　個人番号：""" + " ".join([my_number(2601)[i:i + 4] for i in (0, 4, 8)]) + """
　支払日　：令和８年９月３０日
　謝礼額　：１００，０００円（源泉徴収税額　１０，２１０円）

ご本人からは番号確認書類（通知カードの写し）もいただいております。
必要でしたら別途郵送いたします。

日の出産業株式会社　広報部
久保田 綾乃　TEL ０３－５４１８－２２５０
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a lecturer's My Number with her address, to an outside tax accountant",
)

add(
    id="csr-027",
    sender="東海林 由美 <shoji.yumi@hinode-sangyo.co.jp>",
    to=["グリーンリバー入間 竹内様 <takeuchi@greenriver-npo.jp>"],
    subject="植樹祭　当日スタッフ1名追加のお知らせ",
    charset="cp932",
    body="""竹内様

いつもお世話になっております。日の出産業 社員クラブ事務局の東海林です。
植樹祭の当日スタッフとして、1名追加をお願いしたくご連絡しました。

　氏名：乙坂 恭平（おとさか きょうへい）
　住所：埼玉県入間市仏子８９１－４
　携帯：０８０－２２７５－６６１４

ボランティア保険への追加をお願いできますでしょうか。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_SHOJI,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one volunteer's name, address and mobile to an NPO: a single record may be warned, not held",
)

add(
    id="csr-028",
    sender="東海林 由美 <shoji.yumi@hinode-sangyo.co.jp>",
    to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="【日の出産業 テニス部】8/22-23 合宿　ルーミングリスト",
    charset="utf-8",
    body="""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業 社員クラブ事務局の東海林です。
8月22日〜23日のテニス部合宿（12名・6室）のルーミングリストをお送りします。

夕食・朝食について、食物アレルギーのある者がおりますので
リストの「食物アレルギー」欄をご確認ください。特に 412号室の方は乳製品で
アナフィラキシーの既往がありますので、厨房の方にもお伝えいただけますと幸いです。
""" + SIG_SHOJI,
    attachments=[{
        "kind": "xlsx", "name": "テニス部合宿_ルーミング.xlsx",
        "sheets": {
            "ルーミング": [
                ["部屋", "氏名", "性別", "年齢", "携帯", "食物アレルギー"],
                ["410", "草薙 瞬", "男", "31", "090-5531-2287", "なし"],
                ["410", "ジョンソン 勇", "男", "28", "080-2264-9913", "なし"],
                ["411", "蜂谷 拓郎", "男", "45", "070-8813-4406", "えび・かに"],
                ["411", "冴島 修平", "男", "39", "090-1142-6678", "なし"],
                ["412", "藤代 彩花", "女", "27", "080-6637-2215", "乳製品（アナフィラキシー既往）"],
                ["412", "鳴海 ゆう", "女", "33", "070-2259-8841", "なし"],
                ["413", "羽生田 恵", "女", "42", "090-7718-3320", "そば"],
                ["413", "日下部 杏奈", "女", "25", "080-3396-1174", "なし"],
                ["414", "一ノ瀬 隆之", "男", "55", "090-4467-0029", "なし"],
                ["414", "朝比奈 剛", "男", "36", "070-5521-7736", "キウイ"],
                ["415", "城戸 葵", "女", "30", "080-9905-6621", "なし"],
                ["415", "安曇 しおり", "女", "29", "090-3370-1148", "小麦（軽度）"],
            ],
            "行程": [
                ["日付", "時刻", "内容"],
                ["8/22", "13:00", "チェックイン"],
                ["8/22", "14:00-18:00", "練習（ホテル隣接コート）"],
                ["8/22", "19:00", "夕食（宴会場 楓）"],
                ["8/23", "7:30", "朝食"],
                ["8/23", "10:00", "チェックアウト"],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="rooming list of 12 club members with mobiles and food allergies (one anaphylaxis) to the partner hotel",
)

add(
    id="csr-029",
    sender="西園寺 修 <saionji@hinode-sangyo.co.jp>",
    to=["さくらホテル フロント 宮坂様 <miyasaka@sakura-hotel.jp>"],
    subject="1/19 前泊　4名の宿泊について",
    charset="utf-8",
    body="""さくらホテル
宮坂様

お世話になっております。日の出産業の西園寺です。
災害支援第3陣の前泊（1/19、1泊・朝食なし）について、宿泊者が確定しましたのでお知らせします。
到着が22時を過ぎる可能性があるため、念のため各自の連絡先も記載いたします。

・西園寺 修　080-4471-2290
・真壁 由香里　090-6613-0478
・猪狩 陽平　070-1842-5593
・庄司 卓也　080-2906-7714

お支払いは法人請求（いつもの締め）でお願いいたします。
""" + SIG_SAIONJI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four guests with mobiles to the partner hotel: under five people, may be warned",
)

add(
    id="csr-030",
    sender="東海林 由美 <shoji.yumi@hinode-sangyo.co.jp>",
    to=["宿泊予約係 <reserve@sakura-hote1.jp>"],
    subject="Re: 10月 社員クラブ旅行　ご宿泊者名のご連絡",
    charset="iso-2022-jp",
    body="""宿泊予約係 ご担当者様

ご連絡ありがとうございます。
宿泊者名簿にご記入いただく住所とのことでしたので、以下のとおりお送りします。

1. 氷室 健太郎　東京都江東区東砂六丁目12番5号
2. 氷室 美咲　　東京都江東区東砂六丁目12番5号
3. 鬼頭 伸也　　神奈川県川崎市中原区小杉町三丁目4番地1
4. 根岸 智美　　埼玉県所沢市松葉町22−6 パレス松葉303
5. 梶 良太　　　千葉県船橋市本町七丁目1番8号

チェックインは16時頃の予定です。よろしくお願いいたします。

日の出産業株式会社 社員クラブ事務局
東海林 由美
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="guest addresses sent to sakura-hote1.jp (digit 1 for l), a look-alike of partner sakura-hotel.jp",
)

add(
    id="csr-031",
    sender="西園寺 修 <saionji@hinode-sangyo.co.jp>",
    to=["人事部 労務課 <roumu@hinode-sangyo.co.jp>"],
    cc=["総務部長 芦田 <ashida@hinode-sangyo.co.jp>"],
    subject="【社内】第3陣 派遣者の健康情報（労務管理用）",
    charset="iso-2022-jp",
    body="""労務課 各位

災害支援第3陣の派遣者について、健康面の情報を共有します。
派遣中の労務管理（長時間作業の制限など）にご利用ください。社外には出していません。

氏名　　　　　血液型　アレルギー　既往歴・服薬　　　　　　　携帯
西園寺 修　　 A+　　 なし　　　　なし　　　　　　　　　　　080-4471-2290
真壁 由香里　 O+　　 卵　　　　　なし　　　　　　　　　　　090-6613-0478
猪狩 陽平　　 B+　　 なし　　　　気管支喘息（吸入薬持参）　070-1842-5593
庄司 卓也　　 AB+　　そば　　　　高血圧（降圧剤服用）　　　080-2906-7714
外間 さやか　 A-　　 なし　　　　なし　　　　　　　　　　　090-5580-2261
戸井田 剛　　 O+　　 なし　　　　糖尿病（内服中）　　　　　090-7723-6185

猪狩さん・戸井田さんは産業医面談済みで、派遣可の判断をいただいています。
""" + SIG_SAIONJI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="dispatch list with medical history, but every recipient is internal",
)

add(
    id="csr-032",
    sender="森下 梓 <morishita.azusa@hinode-sangyo.co.jp>",
    to=["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.jp>"],
    subject="子ども食堂　アレルギー対応食のお願い（12/14分）",
    charset="cp932",
    body="""北国フーズ株式会社　給食事業部　御中

いつもお世話になっております。日の出産業ＣＳＲ推進室の森下です。
１２月１４日（日）の子ども食堂「クリスマス会」のお弁当について、
アレルギー対応が必要なお子さんの一覧をお送りします（保護者の方の了承済みです）。

・にしかわ そうた（７歳）　　卵・乳
・ふじもと あかり（５歳）　　小麦
・おかだ れん（９歳）　　　　落花生・くるみ（エピペン所持）
・チョウ ミンジュン（８歳）　えび・かに
・すがわら ひまり（６歳）　　卵
・いまい ゆうせい（１０歳）　そば

全体の食数は８０食、うち上記６食を個別包装でお願いできますでしょうか。
お手数ですが、よろしくお願いいたします。
""" + SIG_MORISHITA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="6 children's allergies sent to kitaguni-foods.jp ('co.' dropped), look-alike of partner kitaguni-foods.co.jp",
)

add(
    id="csr-033",
    sender="八木橋 誠 <yagihashi@hinode-sangyo.co.jp>",
    to=["久保田 綾乃 <a-kubota@hinode-sangyo.co.jp>"],
    subject="工場見学会の申込者CSV（社内共有）",
    charset="utf-8",
    body="""久保田さん

工場見学会の申込者CSVを共有します。
広報誌の取材で当日お子さんに声をかける場合、写真NGの方（K-05）だけご注意ください。
市役所には同じものを送付済みです。

八木橋
""",
    attachments=[{
        "kind": "csv", "name": "見学会申込_社内用.csv", "encoding": "utf-8",
        "rows": [
            ["No", "子ども", "学年", "保護者", "電話"],
            ["K-01", "さとう ゆいな", "小3", "佐藤 恵理子", "090-2218-7735"],
            ["K-02", "たかなし はると", "小5", "小鳥遊 直樹", "080-5531-0962"],
            ["K-03", "いしかわ りこ", "小2", "石川 美和", "070-3384-1120"],
            ["K-04", "もちづき そうま", "小4", "望月 浩二", "090-9912-4486"],
            ["K-05", "あらい ひなた", "小6", "新井 千尋", "04-2963-7710"],
            ["K-06", "くどう めい", "小1", "工藤 早苗", "080-7746-3308"],
            ["K-07", "やまうち こうき", "小3", "山内 康弘", "090-4425-8871"],
            ["K-08", "えのもと さくら", "小5", "榎本 加奈", "070-6639-2254"],
        ],
    }],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="children/parents list in CSV, but sent internally only",
)

add(
    id="csr-034",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["仲宗根 一夫 <nakasone.kazuo1952@yahoo.co.jp>"],
    subject="夏祭り こどもみこし参加者リストです",
    charset="utf-8",
    body="""仲宗根会長

お世話になっております。日の出産業の小野寺です。
こどもみこしの参加申込みが締め切られましたので、リストをお送りします。
法被のサイズ合わせと、当日の連絡用にお使いください。

番号,なまえ,ねんれい,保護者,保護者携帯,はっぴ
1,ミズノ カイト,8,水野 達也,090-6614-2273,130
2,ミズノ ユズ,5,水野 達也,090-6614-2273,110
3,タカハシ コハル,9,高橋 亜紀,080-2290-7716,140
4,サカグチ リク,7,坂口 誠,070-4418-3305,120
5,オオシロ ミツキ,10,大城 綾子,090-3357-6628,140
6,ヨシダ ハヤト,6,吉田 沙織,080-9915-0042,110
7,アンドウ セナ,11,安藤 孝,090-1183-5519,150
8,イワサキ ノア,8,岩崎 まり,070-6620-8874,130

雨天の場合は公民館での縁日に変更になります。よろしくお願いいたします。

小野寺
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="8 children (katakana names, ages) with parents' mobiles, comma-separated, to a neighbourhood head on Yahoo mail",
)

add(
    id="csr-035",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["竹内 悠 <takeuchi@greenriver-npo.jp>"],
    cc=["朝霧市 環境政策課 <kankyo@city.asagiri.lg.jp>"],
    subject="看板設置の件　現地確認日程のご相談",
    charset="iso-2022-jp",
    body="""グリーンリバー入間　竹内様
（cc：朝霧市環境政策課　ご担当者様）

お世話になっております。日の出産業の小野寺です。

先日の実施報告でご相談した、新豊水橋下への不法投棄防止看板の件です。
市のご担当者様も交えて、現地を一度確認できればと思います。

候補日（いずれも10時〜11時）
　・11月10日（火）
　・11月12日（木）
　・11月17日（火）

看板のデザイン案は当社広報部で作成し、製作費は当社で負担する予定です。
ご都合のよい日をお知らせください。
""" + SIG_ONODERA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="normal three-way meeting mail: one NPO and the city office (two external organisations)",
)

add(
    id="csr-036",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=[
        "鷲尾 健吾 <washio.kengo@gmail.com>",
        "吉良 友美 <tomomi-kira@yahoo.co.jp>",
        "百瀬 未来 <mirai.momose@docomo.ne.jp>",
    ],
    subject="植樹祭ボランティア　当日の集合場所について",
    charset="iso-2022-jp",
    body="""植樹祭ボランティアの皆さま

日の出産業 地域連携課の小野寺です。
今週土曜の植樹祭について、集合場所が変更になりましたのでお知らせします。

　変更前：入間川河川敷 豊水橋下
　変更後：森のがっこう 第2駐車場（飯能市大字下畑210）

集合時間は変わらず8時30分です。軍手・飲み物は各自ご持参ください。
苗木とスコップはこちらで用意しています。

ご不明な点は、当日の連絡先（080-4410-2201 小野寺）までお願いします。
""" + SIG_ONODERA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private volunteers on different free-mail domains visible to each other in To (should be Bcc)",
)

add(
    id="csr-037",
    sender="東海林 由美 <shoji.yumi@hinode-sangyo.co.jp>",
    to=["乙坂 恭平 <k.otosaka.1990@gmail.com>"],
    subject="植樹祭スタッフ登録完了のお知らせ",
    charset="cp932",
    body="""乙坂さん

社員クラブ事務局の東海林です。
植樹祭の当日スタッフとして、NPOさんへの登録が完了しました。
（会社のアドレスが使えないとのことでしたので、こちらにお送りしています）

・集合：１１月１４日（土）８：３０　森のがっこう 第２駐車場
・服装：汚れてもよい長袖・長ズボン、帽子
・昼食：おにぎりとお茶を用意します

当日の受付で「日の出産業の乙坂です」とお伝えください。
よろしくお願いします。
""" + SIG_SHOJI,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one private Gmail recipient, no personal data beyond the addressee",
)

add(
    id="csr-038",
    sender="久保田 綾乃 <a-kubota@hinode-sangyo.co.jp>",
    to=["錦印刷 制作部 大森様 <omori@nishiki-insatsu.co.jp>"],
    subject="寄付者様への御礼状　宛名データ",
    charset="utf-8",
    body="""錦印刷 大森様

いつもお世話になっております。広報部の久保田です。
「ひので子ども基金」にご寄付くださった個人の方への御礼状について、
宛名データをZIPでお送りします。中に印刷指示も入れてあります。

封筒は長3・横書き、差出人は「日の出産業株式会社 ひので子ども基金事務局」でお願いします。
""",
    attachments=[{
        "kind": "zip", "name": "御礼状_宛名データ.zip",
        "files": [
            {"kind": "csv", "name": "寄付者宛名_2026秋.csv", "encoding": "utf-8-sig", "rows": [
                ["郵便番号", "住所1", "住所2", "氏名", "敬称", "寄付額"],
                ["358-0011", "埼玉県入間市下藤沢五丁目2番14号", "", "谷津 清司", "様", "30000"],
                ["350-1305", "埼玉県狭山市入間川三丁目8番1号", "サンハイツ狭山 502", "日比野 恵子", "様", "10000"],
                ["105-0014", "東京都港区芝一丁目11-7", "", "Robert 田島", "様", "50000"],
                ["359-1111", "所沢市緑町二丁目5番3号", "", "藤堂 ちえ", "様", "5000"],
                ["357-0038", "飯能市仲町12-20", "", "伊集院 隆三", "様", "100000"],
                ["182-0024", "東京都調布市布田四丁目1番地の5", "コスモ調布 1208", "芹沢 あゆみ", "様", "20000"],
                ["358-0023", "入間市扇台1-7-33", "", "須藤 公彦・須藤 明美", "様", "30000"],
                ["330-0063", "さいたま市浦和区高砂二丁目9番4号", "", "宇野 まさみ", "様", "10000"],
                ["176-0012", "東京都練馬区豊玉北5-14-2", "", "神保 翔太", "様", "3000"],
            ]},
            {"kind": "txt", "name": "印刷指示.txt", "encoding": "cp932",
             "text": "御礼状 宛名印刷指示\n・封筒：長3 横書き\n・部数：9通＋予備2\n・発送：11月20日までに当社広報部へ納品\n"},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="9 individual donors' names and home addresses in a CSV inside a plain ZIP, to the printer",
)

add(
    id="csr-039",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["小野寺 健太 <onodera@hinode-sangyo.co.jp>"],
    bcc=[
        "washio.kengo@gmail.com", "tomomi-kira@yahoo.co.jp", "mirai.momose@docomo.ne.jp",
        "hardy.takashi@outlook.jp", "c.owada.1982@icloud.com", "hayate-owada@ezweb.ne.jp",
        "k.otosaka.1990@gmail.com", "nanami.shishido@softbank.ne.jp",
    ],
    subject="【御礼】植樹祭ボランティアご参加ありがとうございました",
    charset="iso-2022-jp",
    body="""植樹祭にご参加いただいた皆さま
（本メールはBCCでお送りしています）

日の出産業 地域連携課の小野寺です。
先日の植樹祭では、早朝からのご参加、誠にありがとうございました。

当日は131本の苗木（コナラ・クヌギ・ヤマザクラ）を植えることができました。
来春には、育樹作業（下草刈り）のボランティアも募集する予定です。

アンケートへのご協力もお願いいたします（所要3分）。
https://forms.example.jp/hinode-shokuju2026

今後ともよろしくお願いいたします。
""" + SIG_ONODERA,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="thank-you to 8 private volunteers correctly in Bcc (To is the sender himself)",
)

add(
    id="csr-040",
    sender="Ryo Hasegawa <r.hasegawa@hinode-sangyo.co.jp>",
    to=["朝霧市国際交流協会 事務局 <info@asagiri-ia.or.jp>"],
    subject="国際交流フェスタ　通訳ボランティア登録（当社社員1名）",
    charset="iso-2022-jp",
    body="""朝霧市国際交流協会
事務局　ご担当者様

いつもお世話になっております。
日の出産業 国際CSR担当の長谷川でございます。

11月の国際交流フェスタで、ベトナム語の通訳ボランティアとして当社社員1名を登録したく、
登録票の必要事項をお送りします。

　氏名（ローマ字）：NGUYEN VAN MINH
　氏名（カナ）　　：グエン ヴァン ミン
　生年月日　　　　：1996年4月7日
　在留カード番号　：EH48213976SA（在留期限：2028年3月31日）
　携帯電話　　　　：080-3361-9024

協会の規定で在留カードの写しも必要とのことですので、本人から直接提出させます。

日の出産業株式会社 経営企画部 国際CSR担当
長谷川 亮（Ryo Hasegawa）
TEL 03-5418-2281
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one employee's residence card number with DOB and mobile, to an association",
)

add(
    id="csr-041",
    sender="森下 梓 <morishita.azusa@hinode-sangyo.co.jp>",
    to=["CSR推進室 <csr@hinode-sangyo.co.jp>"],
    bcc=[
        "info@greenriver-npo.jp", "jimukyoku@minato-kodomo.or.jp", "office@morinogakko.jp",
        "jimu@kodomo-mirai.or.jp", "info@hidamari-npo.jp", "contact@fb-musashinonishi.jp",
    ],
    subject="【ご案内】ひので地域活動助成金 説明会（12/5）",
    charset="utf-8",
    body="""関係団体の皆さま
※BCCにて一斉送信しております。

日の出産業株式会社 CSR推進室の森下です。
「ひので地域活動助成金」2027年度の説明会を下記のとおり開催いたします。

日時：2026年12月5日（土）14:00〜15:30
会場：日の出産業 入間工場 会議棟2階（西武池袋線 入間市駅からバス10分）
内容：制度概要／申請書の書き方／昨年度採択団体の事例紹介
申込：12月1日までに本メールへの返信でお知らせください（団体名・参加人数）

オンライン（Teams）での参加も可能です。
""" + SIG_MORISHITA,
    expect="pass",
    entities=[],
    detectors=[],
    note="announcement to six NPOs correctly in Bcc; To is an internal address",
)

add(
    id="csr-042",
    sender="西園寺 修 <saionji@hinode-sangyo.co.jp>",
    to=["ひまわりレンタカー 法人窓口 <hojin@himawari-rentacar.co.jp>"],
    subject="災害支援車両　運転者登録のお願い",
    charset="cp932",
    body="""ひまわりレンタカー株式会社
法人窓口　ご担当者様

いつもお世話になっております。日の出産業 総務部の西園寺です。
災害支援用の車両（ハイエース２台）について、追加運転者の登録をお願いいたします。

氏名　　　　　免許証番号　　　　　　　　有効期限　　　　　　　　携帯
西園寺　修　　第４５２１０３３８７６１０号　令和１０年９月１４日まで　０８０－４４７１－２２９０
猪狩　陽平　　第３０１８１９４４２２０７号　令和９年１２月３日まで　　０７０－１８４２－５５９３
庄司　卓也　　第４５０９７８１３６５１２号　令和１１年６月２１日まで　０８０－２９０６－７７１４
戸井田　剛　　第４５０３７９１５８８０４号　令和８年１月３０日まで　　０９０－７７２３－６１８５
真壁　由香里　第４５１３８８２０６１３９号　令和１２年３月１日まで　　０９０－６６１３－０４７８

免許証の写しが必要でしたら、別途ご指示ください。
""" + SIG_SAIONJI,
    expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="5 drivers' licence numbers and mobiles in a full-width space-padded table, to a rental firm",
)

add(
    id="csr-043",
    sender="久保田 綾乃 <a-kubota@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 沢口様 <sawaguchi@nishiki-insatsu.co.jp>"],
    subject="植樹祭記念品（今治タオル・エコバッグ）発注のご連絡",
    charset="cp932",
    body="""錦印刷株式会社
営業部　沢口様

お世話になっております。日の出産業 広報部の久保田です。
お見積り（見積番号：NQ-2026-04418）の内容で、下記のとおり発注いたします。

　品目　　　　　　　　　　　　　品番　　　　　数量　　単価　　　金額
　今治フェイスタオル（名入れ）　TW-340-GR　　５００　　４２０円　２１０，０００円
　コットンエコバッグ（２色刷）　EB-1180-N　　３００　　３１５円　　９４，５００円
　版代　　　　　　　　　　　　　―　　　　　　　　１　８，０００円　　８，０００円
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　小計　３１２，５００円

　発注番号：HN-PO-260915-07
　納期　　：１０月３０日（金）必着
　納品先　：日の出産業株式会社　入間工場　総務課（〒358-0003 埼玉県入間市豊岡5-3-1）

請求書は月末締めでお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="purchase order with quote/order numbers, product codes and prices; company delivery address",
)

add(
    id="csr-044",
    sender="Ryo Hasegawa <r.hasegawa@hinode-sangyo.co.jp>",
    to=["グローバル旅行 法人手配課 <hojin@global-tabi.co.jp>"],
    subject="セブ島 学校建設ボランティア　渡航者情報",
    charset="utf-8",
    body="""グローバル旅行株式会社
法人手配課 ご担当者様

お世話になっております。日の出産業の長谷川です。
2月のセブ島学校建設ボランティア（2/21〜2/28）の渡航者情報をお送りします。
航空券の発券と海外旅行保険の手配をお願いいたします。

| Surname    | Given name | Sex | Date of birth | Passport No. | Expiry      |
|------------|------------|-----|---------------|--------------|-------------|
| HASEGAWA   | RYO        | M   | 12 MAR 1985   | TR4471820    | 03 JUN 2031 |
| KOBAYAKAWA | MISAKI     | F   | 29 SEP 1994   | TZ1839204    | 17 JAN 2030 |
| DOI        | KOTARO     | M   | 04 JUL 1990   | MU6620147    | 22 OCT 2028 |
| TACHIBANA  | ERIKA      | F   | 15 FEB 1998   | TS0958331    | 08 AUG 2032 |
| OKAMURA    | SHUN       | M   | 30 NOV 1979   | TK2205586    | 11 APR 2029 |
| MIYAGI     | AYANO      | F   | 08 JAN 2001   | TR7713049    | 26 DEC 2033 |

氏名はパスポート表記どおりです。座席は可能であれば6名まとめてお願いします。

長谷川 亮
日の出産業株式会社 経営企画部 国際CSR担当
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="6 travellers' romaji names, DOB and passport numbers in a pipe table, to a travel agency",
)

add(
    id="csr-045",
    sender="西園寺 修 <saionji@hinode-sangyo.co.jp>",
    to=["北陸災害支援ネットワーク 物資班 <busshi@hokuriku-saigai-net.jp>"],
    subject="支援物資発送のご連絡（送り状番号）",
    charset="iso-2022-jp",
    body="""北陸災害支援ネットワーク
物資班　ご担当者様

お世話になっております。日の出産業の西園寺です。
本日、青葉運輸さんの便で支援物資を発送しましたのでお知らせします。

　送り状番号　　　　 内容　　　　　　　　　　　　　　個数
　4417-2238-9051　　 飲料水（2L×6本）　　　　　　　 40箱
　4417-2238-9062　　 アルファ米（50食入）　　　　　  12箱
　4417-2238-9073　　 簡易トイレ（HS-TL100）　　　　  8箱
　4417-2238-9084　　 毛布（圧縮パック）　　　　　　  25箱

到着予定：1月18日（日）午前
お届け先：輪島市 〇〇地区 第2物資集積所（貴会ご指定の場所）

受け取りの際、不足・破損がありましたらご連絡ください。
""" + SIG_SAIONJI,
    expect="pass",
    entities=[],
    detectors=[],
    note="shipping notice with tracking numbers and product codes only",
)

add(
    id="csr-046",
    sender="Ryo Hasegawa <r.hasegawa@hinode-sangyo.co.jp>",
    to=["Maria Santos <maria.santos@bayanihan-ngo.org.ph>"],
    subject="Volunteer team for the Cebu school-building project",
    charset="utf-8",
    body="""Dear Maria,

I hope this finds you well. Thank you again for hosting our team next February.

As requested, here are the details of the six volunteers from Hinode Sangyo, so that
your site coordinators can reach them directly during the project week:

1) Ryo Hasegawa (team leader) - r.hasegawa@hinode-sangyo.co.jp - +81 90-3318-6647 - T-shirt L
2) Misaki Kobayakawa - misaki.kbykw@gmail.com - +81 80-2247-1190 - T-shirt S
3) Kotaro Doi - kotaro.doi@hinode-sangyo.co.jp - +81 70-5513-8826 - T-shirt XL
4) Erika Tachibana - erika.t.0215@icloud.com - +81 90-6620-3374 - T-shirt M
5) Shun Okamura - s.okamura@hinode-sangyo.co.jp - +81 80-9917-4452 - T-shirt L
6) Ayano Miyagi - ayano.miyagi01@yahoo.co.jp - +81 70-2284-6609 - T-shirt S

We will land at Mactan-Cebu on 21 February at 14:35 (PR 433).
Please let me know if you need anything else from our side.

Best regards,
Ryo Hasegawa
CSR International, Hinode Sangyo Co., Ltd.
Tel: +81 3-5418-2281
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="English mail: six volunteers' names, e-mails and mobiles to a foreign NGO",
)

add(
    id="csr-047",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["朝霧市 商工観光課 <shoko@city.asagiri.lg.jp>"],
    subject="夏祭り 協賛店舗一覧（チラシ掲載用）",
    charset="utf-8",
    body="""朝霧市役所 商工観光課 ご担当者様

お世話になっております。日の出産業の小野寺です。
「豊岡ふれあい夏祭り」のチラシに掲載する協賛店舗の一覧をお送りします。
各店舗から掲載の了承をいただいています。

◆協賛店舗（順不同）
・ベーカリー麦の穂　　　入間市豊岡1-4-12　　　TEL 04-2962-0081
・入間茶房 みどり庵　　 入間市豊岡2-1-5　　　 TEL 04-2963-5520
・中華料理 龍華楼　　　 入間市東町1-11-3　　　TEL 04-2962-7766
・フラワーショップ花音　入間市黒須2-6-18　　　TEL 04-2964-1187
・サイクルショップ風輪　入間市扇町屋1-3-2　　 TEL 04-2965-0433
・和菓子 松月堂　　　　 入間市豊岡1-8-9　　　 TEL 04-2962-2219
・ドラッグひので 入間店 入間市豊岡3-2-1　　　 TEL 04-2960-8810
・北国フーズ 直売所　　 入間市宮寺1880　　　　TEL 04-2934-6600

ロゴ入りで掲載する店舗（麦の穂・龍華楼・北国フーズ）のロゴデータは別途お送りします。
""" + SIG_ONODERA,
    expect="pass",
    entities=[],
    detectors=[],
    note="list of sponsoring shops with shop addresses and phones: businesses, not people",
)

add(
    id="csr-048",
    sender="西園寺 修 <saionji@hinode-sangyo.co.jp>",
    to=["北陸災害支援ネットワーク 医療班 <iryo@hokuriku-saigai-net.jp>"],
    subject="派遣前健康チェック結果（第4陣）",
    charset="iso-2022-jp",
    body="""医療班　ご担当者様

お世話になっております。日の出産業 災害支援チームの西園寺です。
第4陣（2/3〜2/7）の派遣前健康チェック結果を添付いたします。
2名が「要経過観察」となっておりますので、現地での作業割り当ての際にご配慮ください。
""" + SIG_SAIONJI,
    attachments=[{
        "kind": "xlsx", "name": "第4陣_健康チェック.xlsx", "page_header": "取扱注意",
        "sheets": {
            "健康チェック": [
                ["氏名", "年齢", "血圧", "体温", "既往歴", "服薬", "判定"],
                ["樋渡 康介", "44", "128/82", "36.4", "なし", "なし", "派遣可"],
                ["栗林 舞", "31", "110/70", "36.6", "なし", "なし", "派遣可"],
                ["宗像 悟", "57", "152/96", "36.5", "高血圧症", "アムロジピン", "要経過観察"],
                ["蔵本 美穂", "39", "118/76", "36.3", "子宮筋腫（経過観察中）", "なし", "派遣可"],
                ["雲井 翔平", "27", "124/80", "36.8", "なし", "なし", "派遣可"],
                ["馬場園 亘", "49", "138/88", "36.5", "うつ病（寛解）", "抗うつ薬", "要経過観察"],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "confidential_marking"],
    note="health check results and medical history of 6 staff in an XLSX whose print header says 取扱注意",
)

add(
    id="csr-049",
    sender="西園寺 修 <saionji@hinode-sangyo.co.jp>",
    to=["北陸災害支援ネットワーク 受入調整班 <ukeire@hokuriku-saigai-net.jp>"],
    subject="第4陣の宿泊先候補について",
    charset="iso-2022-jp",
    body="""受入調整班　ご担当者様

お世話になっております。日の出産業の西園寺です。
第4陣の宿泊について、公民館が使えない場合に備えて、当社で候補を調べました。

　宿泊施設名　　　　　　所在地　　　　　　　　　　電話　　　　　　　 空室（2/3〜）
　ホテル能登ベイ　　　　七尾市府中町 1-12　　　　 0767-52-1180　　　 ツイン3室
　旅館 はまなす荘　　　 七尾市和倉町ヨ部 55　　　 0767-62-2218　　　 和室2室
　ビジネスホテル七尾　　七尾市御祓町 3-8　　　　　0767-53-0041　　　 シングル6室
　民宿 いそかぜ　　　　 羽咋郡志賀町富来領家町 2　0767-42-0336　　　 和室1室

いずれも電話で空室を確認済み（1/16時点）です。
貴会で別途手配済みの施設がありましたら、お知らせください。
""" + SIG_SAIONJI,
    expect="pass",
    entities=[],
    detectors=[],
    note="list of lodging facilities with phones: businesses, not people",
)

add(
    id="csr-050",
    sender="宇佐美 恵 <usami.megumi@hinode-sangyo.co.jp>",
    to=["ひかり奨学会 選考委員会 <senko@hikari-shogakukai.or.jp>"],
    subject="選考資料（家庭状況）のご送付",
    charset="cp932",
    html="""<html><head><meta charset="Shift_JIS"></head><body>
<p>選考委員会　ご担当者様</p>
<p>お世話になっております。日の出奨学金事務局の宇佐美です。<br>
２次選考の資料として、申請者の家庭状況を一覧にいたしました。面接前にご確認ください。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>受付No</th><th>氏名</th><th>学校</th><th>世帯構成</th><th>世帯年収</th><th>特記事項</th></tr>
<tr><td>A-112</td><td>早乙女 陸</td><td>県立所沢北高校</td><td>母・本人・妹</td><td>２１０万円</td><td>母は身体障害者手帳１級（車いす）</td></tr>
<tr><td>A-118</td><td>鈴鹿 美羽</td><td>東都工業大学</td><td>父・本人</td><td>２６０万円</td><td>父はうつ病で休職中</td></tr>
<tr><td>A-121</td><td>金子 悠人</td><td>北辰大学</td><td>祖母・本人</td><td>１５０万円</td><td>両親死別</td></tr>
<tr><td>A-127</td><td>三上 ひかり</td><td>西関東看護専門学校</td><td>母・本人・弟２</td><td>２３０万円</td><td>弟が発達障害（療育手帳Ｂ）</td></tr>
<tr><td>A-130</td><td>パク ソヨン</td><td>県立入間高校</td><td>父・母・本人</td><td>２９０万円</td><td>本人が１型糖尿病</td></tr>
</table>
<p>取扱いには十分ご注意ください。</p>
<p>日の出産業株式会社　CSR推進室<br>日の出奨学金 事務局　宇佐美 恵</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only table: 5 applicants' family situation with disabilities and illnesses (要配慮)",
)

add(
    id="csr-051",
    sender="森下 梓 <morishita.azusa@hinode-sangyo.co.jp>",
    to=["北国フーズ 営業部 立花様 <tachibana@kitaguni-foods.co.jp>"],
    subject="子ども食堂向け 冷凍食品の価格表ありがとうございました",
    charset="cp932",
    body="""北国フーズ株式会社
営業部　立花様

いつもお世話になっております。日の出産業の森下です。
子ども食堂向けの特別価格表をお送りいただき、ありがとうございました。
社内で検討し、まずは下記の３品目で来年１月から定期購入を始めたいと考えております。

　品番　　　 品名　　　　　　　　　　　 規格　　　　　 特別価格（税抜）
　KF-2281　　冷凍ミックスベジタブル　　 １ｋｇ×１０　 ３，２００円
　KF-4410　　冷凍ハンバーグ（６０ｇ）　 ４０個入　　　 ２，８８０円
　KF-5502　　北海道コーンスープ　　　　 １ｋｇ×６　　 ４，１４０円

納品は月２回（第２・第４土曜）、納品先は前回と同じ芝浦ベースでお願いします。
正式な発注書は１２月中旬にお送りいたします。
""" + SIG_MORISHITA,
    expect="pass",
    entities=[],
    detectors=[],
    note="price list and product codes to the genuine partner domain kitaguni-foods.co.jp",
)

add(
    id="csr-052",
    sender="東海林 由美 <shoji.yumi@hinode-sangyo.co.jp>",
    to=["森のがっこう 事務局 <office@morinogakko.jp>"],
    subject="ファミリー里山キャンプ　参加者の配慮事項について",
    charset="utf-8",
    body="""森のがっこう 事務局さま

お世話になっております。社員クラブ事務局の東海林です。
ファミリー里山キャンプに参加する社員について、事前にご相談させてください。

経理部の藤ヶ谷 理沙さん（ふじがや りさ）は車いすを使用しており、
身体障害者手帳（2級）をお持ちです。ご本人から、下記の点についてお伺いしたいとのことです。

1. 炊事場からテントサイトまでの通路に段差があるか
2. 多目的トイレ（または車いす対応トイレ）の有無
3. 雨天時に屋内で過ごせる場所

ご家族（ご主人と小学生のお子さん1名）と一緒の参加です。
必要であれば、当社から簡易スロープを持参することも可能です。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_SHOJI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's disability (身体障害者手帳2級) in prose, to an NPO",
)

add(
    id="csr-053",
    sender="久保田 綾乃 <a-kubota@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 小池様 <koike@sakura-hotel.jp>"],
    subject="地域貢献表彰式　宴会プランのご相談",
    charset="iso-2022-jp",
    body="""さくらホテル
宴会予約　小池様

いつも大変お世話になっております。日の出産業 広報部の久保田でございます。
先日は表彰式の会場下見にご対応いただき、誠にありがとうございました。

ご提案いただいたプランのうち、以下で進めたいと考えております。

　・会場：桜の間（2027年2月14日 9:00〜13:00）
　・料理：和洋ビュッフェ「彩」プラン　お一人様 5,500円（税サ込）×60名
　・飲物：ソフトドリンクフリー　お一人様 1,100円×60名
　・備品：プロジェクター、スクリーン、ワイヤレスマイク2本、表彰台

見積書（No. SH-E-27-0214）の金額で社内稟議を回します。
正式なご依頼は1月上旬になる見込みです。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="banquet plan and quote number to the genuine partner sakura-hotel.jp",
)

add(
    id="csr-054",
    sender="Ryo Hasegawa <r.hasegawa@hinode-sangyo.co.jp>",
    to=["ともに交流ネット ホームステイ担当 <homestay@tomoni-koryu.jp>"],
    subject="インドネシア研修生のホームステイ受け入れについてのお願い",
    charset="iso-2022-jp",
    body="""ともに交流ネット
ホームステイ担当　ご担当者様

いつもお世話になっております。日の出産業の長谷川です。
来月からの技術研修にあわせて、週末ホームステイの受け入れをお願いしている研修生について、
ホストファミリーの方にお伝えいただきたい点をまとめました。

研修生の Siti Rahmawati（シティ・ラフマワティ）さん（24歳、女性）はイスラム教徒です。
　・豚肉、豚由来の調味料（ラード、ゼラチン等）、アルコールを含む料理は召し上がれません
　・1日5回のお祈りがあり、静かな場所を5分ほどお借りしたいとのことです
　・金曜日の昼は、可能であれば近隣のモスクへの送迎をお願いできると助かります
　・ヒジャブを着用していますので、家族写真の撮影はご本人に確認をお願いします

日本語は日常会話程度、英語は堪能です。
ご不明な点があれば私までご連絡ください。

長谷川 亮（国際CSR担当）
日の出産業株式会社　TEL 03-5418-2281
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named trainee's religion (信条, 要配慮個人情報) described in prose to a homestay organisation",
)

add(
    id="csr-055",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["グリーンリバー入間 竹内様 <takeuchi@greenriver-npo.jp>"],
    subject="Re: 会員名簿の共有について",
    charset="utf-8",
    body="""竹内さん

お世話になっております。小野寺です。
ご依頼の件ですが、社員クラブの会員名簿は社外秘の扱いになっているため、
申し訳ありませんが名簿そのものをお渡しすることはできません。

代わりに、植樹祭の案内を社内ポータルと社員クラブのメールマガジンに掲載し、
参加希望者から直接貴会のフォームに申し込んでもらう形ではいかがでしょうか。
掲載用の文面（200字程度）をいただければ、来週の配信に間に合います。

よろしくお願いいたします。
""" + SIG_ONODERA,
    expect="pass",
    entities=[],
    detectors=[],
    note="mere mention of 社外秘 (explaining why a roster cannot be shared), no marking, no data",
)

add(
    id="csr-056",
    sender="広報部 久保田 <a-kubota@hinode-sangyo.co.jp>",
    to=["錦印刷 大森様 <omori@nishiki-insatsu.co.jp>"],
    subject="【社外秘】統合報告書2026　CSRパート　初校原稿",
    charset="cp932",
    body="""錦印刷株式会社　大森様

お世話になっております。日の出産業　広報部の久保田です。
統合報告書２０２６のＣＳＲパート（Ｐ．４２〜５５）の初校原稿をお送りします。
公表前の数値を含みますので、制作ご担当者さま以外への共有はお控えください。

赤字の入った箇所は１１月６日までに反映をお願いいたします。
""",
    attachments=[{
        "kind": "docx", "name": "統合報告書2026_CSR_初校.docx",
        "paragraphs": [
            "社会との関わり ― 地域とともに",
            "当社は「地域に根ざし、地域とともに成長する」をCSR方針に掲げ、2025年度は延べ1,284名の社員がボランティア活動に参加しました（前年比+18%）。",
            "ひので地域活動助成金：採択12団体、助成総額2,940万円。",
            "日の出奨学金：新規採用5名、継続支援19名、累計支援者数は214名となりました。",
            "災害支援：能登半島地域へ延べ42名を派遣、支援物資は約18トン。",
            "温室効果ガス排出量（Scope1+2）：前年度比 -7.4%（暫定値、第三者保証前）。",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the subject carries a 【社外秘】 classification; sent to the external printer",
)

add(
    id="csr-057",
    sender="森下 梓 <morishita.azusa@hinode-sangyo.co.jp>",
    to=["Kenji Ito <k.ito@green-axis-consulting.com>"],
    subject="Scope3 データ（暫定版）の共有",
    charset="utf-8",
    body="""グリーンアクシス・コンサルティング
伊藤様

お世話になっております。日の出産業 CSR推進室の森下です。
先日お打合せしたScope3の算定について、暫定データをPDFでお送りします。
カテゴリ1・4・7の数値は経理部の確定待ちのため、12月に差し替える予定です。

ご確認のほど、よろしくお願いいたします。
""" + SIG_MORISHITA,
    attachments=[{
        "kind": "pdf", "name": "Scope3_暫定_2025FY.pdf",
        "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. Internal Use Only",
        "lines": ["Scope3 排出量 算定結果（暫定） 2025年度", "単位：t-CO2e", ""],
        "table": [
            ["カテゴリ", "内容", "2024年度", "2025年度（暫定）", "増減"],
            ["1", "購入した製品・サービス", "48,210", "46,880", "-2.8%"],
            ["4", "輸送・配送（上流）", "6,440", "6,120", "-5.0%"],
            ["5", "事業から出る廃棄物", "1,180", "1,095", "-7.2%"],
            ["6", "出張", "412", "455", "+10.4%"],
            ["7", "雇用者の通勤", "1,920", "1,874", "-2.4%"],
            ["11", "販売した製品の使用", "92,300", "89,760", "-2.8%"],
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF whose page footer is marked CONFIDENTIAL / Internal Use Only, sent to a consultant",
)

add(
    id="csr-058",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["入間市社会福祉協議会 経理係 <keiri@iruma-shakyo.or.jp>"],
    subject="寄付金の領収書発行について",
    charset="iso-2022-jp",
    body="""入間市社会福祉協議会
経理係　ご担当者様

いつもお世話になっております。日の出産業 地域連携課の小野寺です。
先日お振込みいたしました歳末たすけあい募金への寄付金について、
領収書の発行をお願いいたします。宛名等は以下のとおりです。

　宛名　　：日の出産業株式会社
　法人番号：""" + corp_no("011001048823") + """
　所在地　：東京都港区芝浦1-9-7
　金額　　：500,000円
　振込日　：2026年12月4日（みどり銀行 芝浦支店より）
　但し書き：歳末たすけあい募金として

法人税の損金算入の関係で、年内に原本をお送りいただけますと助かります。
送付先は上記所在地の経理部宛でお願いいたします。
""" + SIG_ONODERA,
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="receipt request carrying the company's own 法人番号 and address: no personal data",
)

add(
    id="csr-059",
    sender="八木橋 誠 <yagihashi@hinode-sangyo.co.jp>",
    to=["朝霧市消防本部 予防課 <yobo@fd.asagiri.lg.jp>"],
    subject="合同防災訓練　自衛消防隊の編成表",
    charset="iso-2022-jp",
    body="""朝霧市消防本部　予防課　御中

お世話になっております。日の出産業 入間工場 総務課の八木橋です。
12月の合同防災訓練に向けて、当工場の自衛消防隊編成表をお送りします（PowerPoint）。
訓練当日の連絡は、各班長の携帯に直接いただいて構いません。

日の出産業株式会社　入間工場　総務課
八木橋 誠（防火管理者）
""",
    attachments=[{
        "kind": "pptx", "name": "自衛消防隊編成_入間工場.pptx",
        "slides": [
            ["日の出産業 入間工場 自衛消防隊 編成表", "2026年度　合同防災訓練用", "入間工場 総務課"],
            ["本部・各班長", "隊長　　　八木橋 誠（総務課）　090-5512-3308",
             "副隊長　　大河内 昌平（製造課）　090-3318-4471",
             "通報連絡班　小柳 まどか（総務部）　080-6627-0915",
             "初期消火班　勅使河原 歩（設備課）　070-5139-2258",
             "避難誘導班　花田 志保（物流課）　090-5547-2389",
             "応急救護班　漆原 大地（製造課）　080-9921-0467"],
            ["訓練の流れ", "10:00 出火想定（第2工場 塗装ライン）", "10:03 通報・館内放送",
             "10:05 初期消火・避難開始", "10:15 人員点呼・消防隊へ引継ぎ", "10:30 講評"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PPTX slide listing 6 employees with personal mobiles, sent to the fire department",
)

add(
    id="csr-060",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["朝霧市 環境政策課 <kankyo@city.asagiri.lg.jp>"],
    subject="2026年度 環境ボランティア活動実績報告書の提出",
    charset="utf-8",
    body="""朝霧市役所 環境政策課 御中

いつもお世話になっております。日の出産業の小野寺です。
「アダプト・リバー制度」の年間活動実績報告書をPDFでお送りします。
各回の参加人数と回収量は、団体側（グリーンリバー入間）の集計と突き合わせ済みです。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "pdf", "name": "アダプトリバー実績報告_2026.pdf",
        "lines": [
            "アダプト・リバー制度　年間活動実績報告書（2026年度）",
            "団体名：日の出産業株式会社（協力団体：NPO法人グリーンリバー入間　代表 竹内 悠）",
            "担当区間：入間川左岸 豊水橋〜新豊水橋（約1.8km）",
            "",
        ],
        "table": [
            ["実施日", "活動内容", "参加人数", "うち社員", "回収量(kg)"],
            ["2026/4/18", "河川敷清掃", "64", "31", "145"],
            ["2026/6/13", "外来植物の除去", "38", "22", "—"],
            ["2026/7/25", "子ども水辺教室", "52", "12", "—"],
            ["2026/10/19", "入間川クリーン作戦", "128", "46", "340"],
            ["2026/11/14", "植樹祭", "91", "37", "—"],
            ["合計", "", "373", "148", "485"],
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="activity report PDF with counts only; the NPO's representative named as an organisation contact",
)

add(
    id="csr-061",
    sender="東海林 由美 <shoji.yumi@hinode-sangyo.co.jp>",
    to=["武蔵野ヒルズゴルフ倶楽部 競技課 <kyogi@musashino-hills-gc.jp>"],
    subject="社員クラブ親睦コンペ（11/29）参加者名簿",
    charset="cp932",
    body="""武蔵野ヒルズゴルフ倶楽部
競技課　ご担当者様

お世話になっております。日の出産業 社員クラブ事務局の東海林です。
１１月２９日（日）の親睦コンペ（２組×４名）の参加者名簿を添付いたします。
クラブ様の様式（Excel 97-2003形式）に記入しております。

組合せとスタート時間のご確認をお願いいたします。
""" + SIG_SHOJI,
    attachments=[{
        "kind": "xls", "name": "コンペ参加者名簿.xls",
        "sheets": {
            "名簿": [
                ["組", "氏名", "ふりがな", "生年月日", "住所", "電話", "HDCP"],
                ["1", "日野原 正樹", "ひのはら まさき", "1961/02/11", "東京都目黒区八雲3-14-2", "03-3718-4402", "12"],
                ["1", "芦田 英二", "あしだ えいじ", "1966/08/27", "神奈川県横浜市青葉区美しが丘2-31-7", "045-902-6618", "18"],
                ["1", "蜂谷 拓郎", "はちや たくろう", "1981/05/03", "埼玉県所沢市北秋津774-12", "090-1174-2283", "22"],
                ["1", "一ノ瀬 隆之", "いちのせ たかゆき", "1971/12/19", "埼玉県入間市春日町2-5-9", "04-2963-3317", "15"],
                ["2", "国分 哲也", "こくぶ てつや", "1983/04/02", "埼玉県狭山市北入曽1021-3", "080-1147-2290", "26"],
                ["2", "片桐 弥生", "かたぎり やよい", "1987/09/30", "東京都東村山市本町4-8-11", "090-8865-3102", "30"],
                ["2", "唐沢 慎吾", "からさわ しんご", "1988/06/11", "埼玉県入間市野田846-2", "080-7714-5521", "20"],
                ["2", "羽生田 恵", "はにゅうだ めぐみ", "1984/01/08", "東京都青梅市河辺町10-6-3", "090-7718-3320", "28"],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="legacy XLS with 8 golfers' DOB, home addresses and phones, to a golf club",
)

add(
    id="csr-062",
    sender="久保田 綾乃 <a-kubota@hinode-sangyo.co.jp>",
    to=["錦印刷 制作部 大森様 <omori@nishiki-insatsu.co.jp>"],
    subject="社内報12月号　ボランティア特集のキャプション（Word）",
    charset="cp932",
    body="""大森様

いつもお世話になっております。久保田です。
社内報１２月号のボランティア特集、写真キャプションをWordでお送りします。
お名前の漢字（特に「勅使河原」「漆原」）にご注意ください。
""",
    attachments=[{
        "kind": "docx", "name": "社内報12月号_キャプション.docx",
        "paragraphs": [
            "社内報「ひので」12月号　特集：わたしたちのボランティア",
            "写真1　河川敷で大きなタイヤを運び出す勅使河原さん（設備課）と漆原さん（製造課）",
            "写真2　「来年も来ます！」と笑顔の平良さん（CSR推進室）",
            "写真3　子ども食堂でカレーを盛り付ける湯浅さん、木暮さん、千葉さん",
            "写真4　植樹祭でヤマザクラを植える日野原社長と、森のがっこうのスタッフの皆さん",
            "写真5　能登での災害支援から戻った第3陣のメンバー（前列左から西園寺さん、真壁さん）",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="DOCX of photo captions naming employees with no other data about them",
)

add(
    id="csr-063",
    sender="宇佐美 恵 <usami.megumi@hinode-sangyo.co.jp>",
    to=["ひかり奨学会 経理 <keiri@hikari-shogakukai.or.jp>"],
    subject="寄付金受領証明書（写）のご送付",
    charset="utf-8",
    body="""ひかり奨学会 経理ご担当者様

いつもお世話になっております。日の出奨学金事務局の宇佐美です。
ご依頼の寄付金受領証明書（写）をPDFでお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えいたします。
""" + SIG_USAMI,
    attachments=[{
        "kind": "pdf", "name": "寄付金受領証明書_写.pdf", "password": "hk2026-0412",
        "lines": ["寄付金受領証明書", "日の出産業株式会社 殿", "金 30,000,000 円也"],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF attachment: cannot be inspected",
)

add(
    id="csr-064",
    sender="Ryo Hasegawa <r.hasegawa@hinode-sangyo.co.jp>",
    to=["Maria Santos <maria.santos@bayanihan-ngo.org.ph>"],
    subject="Re: Volunteer team for the Cebu school-building project",
    charset="utf-8",
    body="""Dear Maria,

Thank you for confirming the site coordinators' contact details. We have shared
them with our team, and everyone is looking forward to meeting you in Cebu.

We will bring the tools listed in your previous mail, except the generator.

Best regards,
Ryo

On Fri, 9 Jan 2027 at 16:02, Maria Santos <maria.santos@bayanihan-ngo.org.ph> wrote:
> Dear Ryo,
>
> Here are our site coordinators for the week:
>
> - Jose Dela Cruz, +63 917 552 8830, jose.dc@bayanihan-ngo.org.ph
> - Angelica Reyes, +63 918 224 6071, angelica.r@bayanihan-ngo.org.ph
> - Mark Villanueva, +63 927 331 0458, mark.v@bayanihan-ngo.org.ph
> - Liza Mendoza, +63 905 117 2284, liza.m@bayanihan-ngo.org.ph
> - Paolo Bautista, +63 916 408 9937, paolo.b@bayanihan-ngo.org.ph
>
> Please bring gloves, shovels and a small generator if possible.
>
> Maria
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply quoting the NGO's own list under 'On ... wrote:' with '>' lines",
)

add(
    id="csr-065",
    sender="五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
    to=["第八幸栄丸 予約係 <yoyaku@koeimaru-fishing.jp>"],
    subject="6/8（日）仕立船　乗船名簿のご提出",
    charset="iso-2022-jp",
    body="""第八幸栄丸　船長　様

いつもお世話になっております。
日の出産業 釣り部の五十嵐です。

6月8日（日）の仕立船（アジ・午前船）の乗船名簿をお送りします。
遊漁船業法の関係で必要とのことでしたので、緊急連絡先まで記入しております。

【1】
　氏名：五十嵐 拓海（34）
　住所：埼玉県入間市宮寺2845番地7
　緊急連絡先：090-3361-7720（本人）／04-2934-5518（実家）

【2】
　氏名：真田 浩平（31）
　住所：所沢市北中二丁目十番地三
　緊急連絡先：070-4482-1196／080-4482-0023（妻）

【3】
　氏名：城之内 翼（36）
　住所：東京都東大和市清水4丁目1118-5
　緊急連絡先：080-2253-6617／042-563-7741（母）

【4】
　氏名：氏家 俊（30）
　住所：埼玉県狭山市柏原3041−22
　緊急連絡先：090-4408-2239／090-2281-5516（父）

【5】
　氏名：ウィルソン 健太（29）
　住所：入間市下藤沢三丁目十一番地の十四
　緊急連絡先：070-9931-4427／080-6615-0098（妻）

【6】
　氏名：米倉 丈（40）
　住所：埼玉県入間市鍵山1−8−20
　緊急連絡先：090-1186-3302／04-2962-8805（妻）

集合は5時30分、港の駐車場でよろしいでしょうか。
よろしくお願いいたします。

日の出産業 釣り部　五十嵐 拓海
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="boat passenger manifest: 6 blocks with ages, addresses (kanji numerals) and emergency phones",
)

add(
    id="csr-066",
    sender="宇佐美 恵 <usami.megumi@hinode-sangyo.co.jp>",
    to=["東都工業大学 学生支援課 <gakusei-shien@toto-kogyo.ac.jp>"],
    subject="2027年度「日の出奨学金」募集要項のご案内",
    charset="iso-2022-jp",
    body="""東都工業大学　学生支援課　御中

拝啓　時下ますますご清祥のこととお慶び申し上げます。
平素は「日の出奨学金」の運営にご協力を賜り、厚く御礼申し上げます。

2027年度の奨学生募集要項がまとまりましたので、ご案内申し上げます。
学生の皆さまへの周知にご協力いただけますと幸いです。

　■給付額　　：月額3万円（返還不要）
　■対象　　　：理工系学部に在籍する2年生以上で、経済的支援を必要とする方
　■募集人数　：5名程度
　■応募締切　：2027年2月26日（金）
　■応募方法　：所定の申請書・成績証明書・推薦書を当事務局へ郵送
　■選考　　　：書類選考ののち、3月に面接（オンライン可）

募集要項・申請書の電子データは当社ウェブサイトにも掲載しております。
学内掲示用のポスター（A2）を20部、別途郵送いたします。

敬具
""" + SIG_USAMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="scholarship call for applications to a university office: no personal data",
)

add(
    id="csr-067",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["入間市社会福祉協議会 ボランティアセンター <mimamori@iruma-shakyo.or.jp>"],
    subject="見守り訪問対象世帯リスト（豊岡地区・11月更新版）",
    charset="iso-2022-jp",
    body="""入間市社会福祉協議会
ボランティアセンター　ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
社員ボランティアによる見守り訪問（月2回）の対象世帯について、11月の更新版をお送りします。
訪問担当の社員から聞き取った状況を反映しています。

No｜お名前　　　｜年齢｜住所　　　　　　　　　　　　｜電話　　　　　｜状況
01｜梅津 トメ　　｜92　｜入間市豊岡2-14-6　　　　　　｜04-2962-3318｜要介護2、軽度の認知症。耳が遠い
02｜志村 嘉一　　｜85　｜入間市豊岡1-8-22-102　　　　｜04-2964-0751｜糖尿病でインスリン注射、独居
03｜二階堂 フミ　｜88　｜入間市高倉2-3-9　　　　　　 ｜04-2963-8840｜要支援1、膝の手術後
04｜有田 清　　　｜90　｜入間市扇町屋4-10-2　　　　　｜04-2962-1193｜パーキンソン病、妻と二人暮らし
05｜金城 正雄　　｜79　｜入間市黒須1-11-3　　　　　　｜04-2965-2207｜心臓ペースメーカー、独居
06｜ちば よしゑ　｜83　｜入間市東町3-5-17　　　　　　｜090-2271-6648｜特記なし（娘さんが週末同居）

志村さんは10月に一度低血糖で救急搬送されたとのことで、訪問頻度を週1回に増やせればと考えています。
ご相談させてください。
""" + SIG_ONODERA,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6 elderly residents with addresses, phones, care levels and diseases (要配慮) in a pipe table",
)

add(
    id="csr-068",
    sender="西園寺 修 <saionji@hinode-sangyo.co.jp>",
    to=["北陸災害支援ネットワーク 受入調整班 <ukeire@hokuriku-saigai-net.jp>"],
    subject="第5陣 先遣チームの連絡先",
    charset="iso-2022-jp",
    body="""受入調整班　ご担当者様

お世話になっております。日の出産業の西園寺です。
第5陣の本隊に先立ち、先遣チーム3名が2/16に現地入りします。
現地での連絡は以下の携帯にお願いいたします。

　リーダー　　樋渡 康介　　090-2251-6638
　サブ　　　　栗林 舞　　　080-6617-4402
　ドライバー　雲井 翔平　　070-3384-9915

本隊（9名）の名簿は、確定次第あらためてお送りします。
""" + SIG_SAIONJI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three team members' mobiles to the host organisation: fewer than five, may be warned",
)

add(
    id="csr-069",
    sender="東海林 由美 <shoji.yumi@hinode-sangyo.co.jp>",
    to=["社員クラブ 各部代表 <club-leaders@hinode-sangyo.co.jp>"],
    subject="団体傷害保険の加入者一覧（各部確認用）",
    charset="utf-8",
    html="""<html><body>
<p>各部代表の皆さま</p>
<p>社員クラブ事務局の東海林です。団体傷害保険の加入者一覧を取りまとめました。<br>
自部の部員に漏れ・誤りがないか、11/20までにご確認ください（社内限り）。</p>
<table border="1" cellspacing="0">
<tr><th>部</th><th>氏名</th><th>生年月日</th><th>健康保険証 記号</th><th>番号</th><th>携帯</th></tr>
<tr><td>野球部</td><td>五十嵐 拓海</td><td>平成2年11月3日</td><td>57120348</td><td>112</td><td>090-3361-7720</td></tr>
<tr><td>野球部</td><td>国分 哲也</td><td>昭和58年4月2日</td><td>57120348</td><td>87</td><td>080-1147-2290</td></tr>
<tr><td>テニス部</td><td>草薙 瞬</td><td>平成7年5月18日</td><td>57120348</td><td>402</td><td>090-5531-2287</td></tr>
<tr><td>テニス部</td><td>藤代 彩花</td><td>平成11年2月9日</td><td>57120348</td><td>455</td><td>080-6637-2215</td></tr>
<tr><td>釣り部</td><td>米倉 丈</td><td>昭和61年12月24日</td><td>57120348</td><td>64</td><td>090-1186-3302</td></tr>
<tr><td>釣り部</td><td>ウィルソン 健太</td><td>平成9年7月1日</td><td>57120348</td><td>388</td><td>070-9931-4427</td></tr>
</table>
<p>社員クラブ事務局　東海林（内線2415）</p>
</body></html>""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "PHONE_NUMBER"],
    detectors=[],
    note="HTML-only table with insurance card numbers, but sent to an internal list only",
)

add(
    id="csr-070",
    sender="宇佐美 恵 <usami.megumi@hinode-sangyo.co.jp>",
    to=["みどり銀行 法人営業部 小田切様 <odagiri@midori-ginko.co.jp>"],
    subject="奨学金 総合振込データの事前確認のお願い",
    charset="iso-2022-jp",
    body="""みどり銀行 法人営業部
小田切様

いつもお世話になっております。日の出産業の宇佐美でございます。
5月25日給付分の奨学金について、総合振込の受取人情報を事前にご確認いただけますでしょうか。
（前回、他行宛の支店コード誤りで組戻しになったため、念のためのお願いです）

受取人名（カナ）　 金融機関　　　　　 支店　　　 種目　口座番号
アオヤギ ハルカ　　みどり銀行　　　　 所沢　　　 普通　3381926
ヒガ ヒロト　　　　ゆうちょ銀行　　　 〇一八　　 普通　5527301
アメミヤ シオリ　　武蔵信用金庫　　　 入間　　　 普通　0664182
ゴミ レン　　　　　みどり銀行　　　　 狭山　　　 普通　4410573
シシド ナナミ　　　さいたま中央銀行　 飯能　　　 普通　2207745

各30,000円、合計150,000円です。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_USAMI,
    html="""<html><body>
<p>みどり銀行 法人営業部<br>小田切様</p>
<p>いつもお世話になっております。日の出産業の宇佐美でございます。<br>
5月25日給付分の奨学金について、総合振込の受取人情報を事前にご確認いただけますでしょうか。<br>
（前回、他行宛の支店コード誤りで組戻しになったため、念のためのお願いです）</p>
<table border="1">
<tr><th>受取人名（カナ）</th><th>金融機関</th><th>支店</th><th>種目</th><th>口座番号</th></tr>
<tr><td>アオヤギ ハルカ</td><td>みどり銀行</td><td>所沢</td><td>普通</td><td>3381926</td></tr>
<tr><td>ヒガ ヒロト</td><td>ゆうちょ銀行</td><td>〇一八</td><td>普通</td><td>5527301</td></tr>
<tr><td>アメミヤ シオリ</td><td>武蔵信用金庫</td><td>入間</td><td>普通</td><td>0664182</td></tr>
<tr><td>ゴミ レン</td><td>みどり銀行</td><td>狭山</td><td>普通</td><td>4410573</td></tr>
<tr><td>シシド ナナミ</td><td>さいたま中央銀行</td><td>飯能</td><td>普通</td><td>2207745</td></tr>
</table>
<p>各30,000円、合計150,000円です。<br>お手数をおかけしますが、よろしくお願いいたします。</p>
<p>日の出産業株式会社 CSR推進室 日の出奨学金 事務局　宇佐美 恵</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="5 students' bank accounts (kana names) in text and HTML alternative, to the partner bank",
)

add(
    id="csr-071",
    sender="東海林 由美 <shoji.yumi@hinode-sangyo.co.jp>",
    to=["たびの窓 法人旅行センター <kojin@tabi-no-mado.co.jp>"],
    subject="社員クラブ旅行　追加参加者のお支払いについて",
    charset="cp932",
    body="""株式会社たびの窓　法人旅行センター
ご担当者様

お世話になっております。日の出産業 社員クラブ事務局の東海林です。
１０月の社員クラブ旅行に、経理部の岩清水さんが追加で参加することになりました。
ご本人の旅行代金（ご家族分を含む 64,800円）は、個人のクレジットカードでの決済を希望されています。

　カード名義　：TAKASHI IWASHIMIZU
　カード番号　：""" + "-".join(card_number(7101)[i:i + 4] for i in (0, 4, 8, 12)) + """
　有効期限　　：09/29

お手数ですが、決済が完了しましたらご連絡ください。
""" + SIG_SHOJI,
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="an employee's credit card number and holder name in the body, to a travel agency",
)

add(
    id="csr-072",
    sender="宇佐美 恵 <usami.megumi@hinode-sangyo.co.jp>",
    to=["宇佐美 恵 <usami.megumi@hinode-sangyo.co.jp>"],
    cc=["森下 梓 <morishita.azusa@hinode-sangyo.co.jp>"],
    subject="奨学生データ一式（保管用・パスワード付）",
    charset="iso-2022-jp",
    body="""森下さん

奨学生データ一式を、保管用にパスワード付きZIPにしました。
パスワードは口頭でお伝えします。共有フォルダの「奨学金/2026/保管」に置いてください。

宇佐美
""",
    attachments=[{
        "kind": "zip", "name": "奨学生データ_2026_保管.zip", "password": "Usm!2026-hold",
        "files": [
            {"kind": "xlsx", "name": "奨学生台帳.xlsx", "sheets": {"台帳": [
                ["番号", "氏名", "生年月日", "住所", "口座"],
                ["HS26-001", "青柳 遥", "2006/05/14", "埼玉県所沢市小手指町3-18-2", "みどり銀行 所沢 普通 3381926"],
            ]}},
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="password ZIP of scholarship data, but sent only to internal addresses",
)

add(
    id="csr-073",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["豊岡町内会 事務局 <jimukyoku@toyooka-chokai.jp>"],
    subject="Re: 夏祭り こどもみこし参加者の保険について",
    charset="utf-8",
    body="""豊岡町内会 事務局さま

ご連絡ありがとうございます。
保険の加入人数（子ども8名・付き添い保護者7名）、承知しました。
保険料は当社の協賛金から支出しますので、請求書は日の出産業宛でお願いします。

小野寺

差出人: 豊岡町内会 事務局 <jimukyoku@toyooka-chokai.jp>
送信日時: 2026年7月21日 10:18
宛先: 小野寺 健太 <onodera@hinode-sangyo.co.jp>
件名: 夏祭り こどもみこし参加者の保険について

小野寺さま

いつもありがとうございます。町内会の行事保険に、以下の方を加入させます。

 1 ミズノ カイト（8）  保護者 水野 達也 090-6614-2273
 2 ミズノ ユズ（5）    保護者 水野 達也 090-6614-2273
 3 タカハシ コハル（9）保護者 高橋 亜紀 080-2290-7716
 4 サカグチ リク（7）  保護者 坂口 誠 070-4418-3305
 5 オオシロ ミツキ（10）保護者 大城 綾子 090-3357-6628
 6 ヨシダ ハヤト（6）  保護者 吉田 沙織 080-9915-0042
 7 アンドウ セナ（11） 保護者 安藤 孝 090-1183-5519
 8 イワサキ ノア（8）  保護者 岩崎 まり 070-6620-8874

保険料は一人あたり120円です。
町内会 事務局
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply quoting the neighbourhood association's own list under 差出人/送信日時 header; new text has counts only",
)

add(
    id="csr-074",
    sender="森下 梓 <morishita.azusa@hinode-sangyo.co.jp>",
    to=["北国ファーム 営業課 <eigyo@kitaguni-farm.co.jp>"],
    subject="子ども食堂向け 規格外野菜のご提供について",
    charset="cp932",
    body="""株式会社北国ファーム
営業課　ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 CSR推進室の森下と申します。
北国フーズ株式会社の立花様からご紹介いただき、ご連絡いたしました。

当社が支援している子ども食堂（東京都港区・埼玉県入間市の２か所）向けに、
規格外の野菜をご提供いただけないかご相談させていただければと存じます。
輸送は当社の取引先である青葉運輸様の定期便を利用できる見込みです。

一度オンラインでお話をお伺いできれば幸いです。
ご検討のほど、よろしくお願いいたします。
""" + SIG_MORISHITA,
    expect="pass",
    entities=[],
    detectors=[],
    note="first mail to kitaguni-farm.co.jp, a different genuine company (not a typo of kitaguni-foods.co.jp)",
)

add(
    id="csr-075",
    sender="西園寺 修 <saionji@hinode-sangyo.co.jp>",
    to=["社会保険労務士法人あおい事務所 <roumu@aoi-sr.jp>"],
    subject="災害支援派遣中の負傷について（労災申請のご相談）",
    charset="utf-8",
    body="""社会保険労務士法人あおい事務所
ご担当者様

いつもお世話になっております。日の出産業 総務部の西園寺です。
災害支援の派遣中に社員が負傷しましたので、労災申請の手続きをお願いしたくご連絡しました。

　氏名　　　：猪狩 陽平（いがり ようへい）
　生年月日　：1992年11月3日
　基礎年金番号：4102-718853
　発生日時　：2026年1月22日 14時10分ごろ
　発生場所　：石川県七尾市内の被災家屋（家財搬出作業中）
　傷病名　　：右足関節捻挫、右第5中足骨骨折（全治6週間）
　医療機関　：公立能登総合病院 整形外科（1/22受診）、以降は入間中央病院に通院

現在は松葉杖で出社しており、休業は1/23〜1/31の9日間です。
様式第5号・第8号の作成をお願いできますでしょうか。
""" + SIG_SAIONJI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one employee's 基礎年金番号, DOB and injury diagnosis, to an outside labour consultant",
)

add(
    id="csr-076",
    sender="東海林 由美 <shoji.yumi@hinode-sangyo.co.jp>",
    to=["森のがっこう 事務局 <office@morinogakko.jp>"],
    subject="里山保全ボランティア（3/8）参加申込者一覧",
    charset="utf-8",
    body="""森のがっこう 事務局さま

いつもお世話になっております。日の出産業 社員クラブ事務局の東海林です。
3月8日の里山保全ボランティアについて、社員と家族の申込者一覧（Word）をお送りします。
住所は保険加入のため、申込書の記載どおり転記しています。

当日はどうぞよろしくお願いいたします。
""" + SIG_SHOJI,
    attachments=[{
        "kind": "docx", "name": "里山保全_申込者一覧.docx",
        "paragraphs": ["里山保全ボランティア（令和9年3月8日）　日の出産業 参加申込者一覧", "申込締切：2月20日　取りまとめ：社員クラブ事務局"],
        "tables": [[
            ["No.", "氏名", "住所", "電話", "メール", "区分"],
            ["1", "Takumi IGARASHI（五十嵐 拓海）", "入間市宮寺2845番地7", "090-3361-7720", "takumi.i.0903@gmail.com", "社員"],
            ["2", "羽生田恵", "青梅市河辺町十丁目6番3号", "090-7718-3320", "hanyuda.megumi@icloud.com", "社員"],
            ["3", "羽生田 悠人", "青梅市河辺町十丁目6番3号", "090-7718-3320", "―", "家族（中1）"],
            ["4", "カーター 由紀", "狭山市入曽二丁目十五番一号", "080-4476-2215", "yuki.carter@outlook.jp", "社員"],
            ["5", "鹿又 しげる", "埼玉県飯能市大字阿須 481-2", "042-974-6630", "shigeru.kanomata@yahoo.co.jp", "OB"],
            ["6", "左近寺 玲奈", "所沢市西所沢1丁目22番5号 ルミエール西所沢 204", "070-2246-8813", "reina.sakonji@gmail.com", "社員"],
            ["7", "七海 悠", "東京都瑞穂町殿ケ谷 917", "080-1139-7746", "yu.nanami77@docomo.ne.jp", "社員"],
        ]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of 7 applicants (romaji/kanji names, addresses without prefecture, kanji numerals, private mails)",
)

add(
    id="csr-077",
    sender="Ryo Hasegawa <r.hasegawa@hinode-sangyo.co.jp>",
    to=["Daniel Weber <d.weber@kawasaki-denki.co.jp>"],
    subject="Joint beach clean-up in May - proposal",
    charset="utf-8",
    body="""Dear Daniel,

Thank you for your time on the phone yesterday. As discussed, Hinode Sangyo would be
delighted to co-host a beach clean-up with Kawasaki Denki's Yokohama office in May.

Our proposal:
- Date: Saturday 16 May 2027, 9:00-12:00 (rain date 23 May)
- Place: Umi-no-Koen beach, Yokohama
- Participants: about 40 from each company, families welcome
- Hinode Sangyo provides gloves, bags and drinks; Kawasaki Denki arranges the city permit
- Joint press release after the event (draft by our PR team)

Could you check internally whether the date works for your team? We would then
share a sign-up form with both companies' employees.

Kind regards,
Ryo Hasegawa
CSR International
Hinode Sangyo Co., Ltd.
1-9-7 Shibaura, Minato-ku, Tokyo 105-0023 | +81 3-5418-2281
""" + DISCLAIMER_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English mail to a partner with the standard English confidentiality disclaimer",
)

add(
    id="csr-078",
    sender="東海林 由美 <shoji.yumi@hinode-sangyo.co.jp>",
    to=["柳田 智也 <yanagida@hinode-sangyo.jp>"],
    subject="社員クラブ　新入会員リスト（4月分）",
    charset="iso-2022-jp",
    body="""柳田さん

お疲れさまです。東海林です。
4月の社員クラブ新入会員リストです。会費の給与控除の設定をお願いします。

社員番号　氏名　　　　　　所属　　　　　　　内線　　携帯
H26041　　設楽 萌　　　　 営業一部　　　　　3312　　080-3316-2274
H26047　　土門 颯太　　　 入間工場 製造課　 7105　　090-6628-1153
H26052　　ラミレス 亜美　 情報システム部　　2540　　070-2215-8839
H26058　　纐纈 駿　　　　 品質保証部　　　　7320　　080-9904-6612
H26063　　ひらの ゆうか　 経理部　　　　　　2218　　090-1147-3386
H26066　　仁科 大輝　　　 入間工場 物流課　 7418　　070-5583-2201

所属クラブは別シートで管理しています。よろしくお願いします。

東海林
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="internal roster of 6 sent to hinode-sangyo.jp ('co.' dropped), a look-alike of the own domain",
)

add(
    id="csr-079",
    sender="東海林 由美 <shoji.yumi@hinode-sangyo.co.jp>",
    to=["北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>"],
    subject="豊岡ふれあい夏祭り　出店料のご請求について",
    charset="cp932",
    body="""北国フーズ株式会社
総務部　御中

いつもお世話になっております。
日の出産業　社員クラブ事務局の東海林でございます。

このたびは「豊岡ふれあい夏祭り」にご出店いただき、誠にありがとうございました。
出店料につきまして、下記のとおりご請求申し上げます。

　請求番号　　：HN-FES-2026-014
　件名　　　　：豊岡ふれあい夏祭り　出店料（テント１張・電源あり）
　金額　　　　：２２，０００円（うち消費税 ２，０００円）
　お支払期限　：２０２６年９月３０日
　振込先　　　：みどり銀行　芝浦支店　普通　１２０４８８７
　口座名義　　：ヒノデサンギョウ（カ
　登録番号　　：T""" + corp_no("011001048823") + """

恐れ入りますが、振込手数料は貴社にてご負担ください。
請求書の原本は本日郵送いたしました。
""" + SIG_SHOJI,
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice with the company's own bank account and T-number to a partner: business data, not personal",
)

add(
    id="csr-080",
    sender="久保田 綾乃 <a-kubota@hinode-sangyo.co.jp>",
    to=["北国フーズ 広報室 <koho@kitaugni-foods.co.jp>"],
    subject="共同プレスリリース（子ども食堂支援）最終稿のご確認",
    charset="utf-8",
    body="""北国フーズ株式会社 広報室 ご担当者様

いつもお世話になっております。日の出産業 広報部の久保田です。
来週配信予定の共同プレスリリース「日の出産業と北国フーズ、子ども食堂への食材支援を開始」の
最終稿を添付いたします。

修正点は以下の2点です。
・第2段落：支援開始日を「2027年1月」に統一
・貴社コメント：ご指示どおり「地域の子どもたちの笑顔のために」に差し替え

問題なければ、11月18日（水）11:00の同時配信で進めさせてください。
""",
    attachments=[{
        "kind": "docx", "name": "共同リリース_最終稿.docx",
        "paragraphs": [
            "2026年11月18日",
            "日の出産業株式会社／北国フーズ株式会社",
            "日の出産業と北国フーズ、子ども食堂への食材支援を開始",
            "日の出産業株式会社と北国フーズ株式会社は、2027年1月より、東京都港区および埼玉県入間市の子ども食堂2か所に対し、冷凍食品と野菜の定期寄贈を開始します。",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="press release sent to kitaugni-foods.co.jp (swapped letters), a look-alike of partner kitaguni-foods.co.jp",
)

add(
    id="csr-081",
    sender="森下 梓 <morishita.azusa@hinode-sangyo.co.jp>",
    to=["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
    subject="1/11 子ども食堂のお弁当　個別対応1食のお願い",
    charset="utf-8",
    body="""北国フーズ 給食事業部 ご担当者様

いつもお世話になっております。日の出産業の森下です。
1月11日（日）の子ども食堂のお弁当（50食）について、1食だけ個別対応をお願いできますでしょうか。

常連のお子さんの「ゆいとくん」（小2）が卵アレルギーのため、
卵・卵由来の原材料を使わないお弁当を1食、名札付きで分けていただけると助かります。
保護者の方からは、加工品の微量混入程度なら問題ないと伺っています。

よろしくお願いいたします。
""" + SIG_MORISHITA,
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one child's food allergy with only a first name, to the partner caterer: identifiable? health data? honestly either",
)

add(
    id="csr-082",
    sender="久保田 綾乃 <a-kubota@hinode-sangyo.co.jp>",
    to=["さくらホテル 営業部 <sales@sakura.hotel.jp>"],
    subject="表彰式会場　下見日程のご相談",
    charset="cp932",
    body="""さくらホテル　営業部
ご担当者様

いつもお世話になっております。日の出産業　広報部の久保田でございます。

２月の地域貢献表彰式の件で、会場の下見をお願いしたくご連絡いたしました。
以下のいずれかの日程でご都合はいかがでしょうか。

　・１２月８日（火）　１４：００～
　・１２月１０日（木）１０：００～
　・１２月１５日（火）１５：００～

当社からは２名（久保田、小野寺）で伺う予定です。
ご確認のほど、よろしくお願いいたします。

日の出産業株式会社　広報部
久保田 綾乃　TEL ０３－５４１８－２２５０
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="sent to sakura.hotel.jp (dot for the hyphen), a look-alike of partner sakura-hotel.jp",
)

add(
    id="csr-083",
    sender="八木橋 誠 <yagihashi@hinode-sangyo.co.jp>",
    to=["本社 総務部 芦田 <ashida@mail.hinode-sangyo.co.jp>"],
    subject="自衛消防隊 班長の緊急連絡先（本社控え）",
    charset="iso-2022-jp",
    body="""芦田部長

お疲れさまです。入間工場の八木橋です。
合同防災訓練に向けて、自衛消防隊の班長の緊急連絡先を本社控えとしてお送りします。

・八木橋 誠　　 090-5512-3308　自宅 04-2962-4471　入間市豊岡4-2-18
・大河内 昌平　 090-3318-4471　自宅 04-2962-5530　入間市野田771-3
・小柳 まどか　 080-6627-0915　自宅 なし　　　　　狭山市入間川2-9-14-305
・勅使河原 歩　 070-5139-2258　自宅 04-2934-1175　入間市宮寺3011-6
・花田 志保　　 090-5547-2389　自宅 なし　　　　　入間市扇台5-1-22
・漆原 大地　　 080-9921-0467　自宅 04-2965-7708　入間市黒須3-14-9

以上です。

八木橋
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="6 employees' home phones and addresses, but the recipient is on an internal subdomain",
)

add(
    id="csr-084",
    sender="西園寺 修 <saionji@hinode-sangyo.co.jp>",
    to=["海浜町 災害対策本部 受援班 <juen@town.kaihin.lg.jp>"],
    subject="【日の出産業】応援職員（第１陣）名簿の送付",
    charset="cp932",
    body="""海浜町災害対策本部　受援班　御中

大変な状況の中、ご対応ありがとうございます。
日の出産業株式会社　総務部の西園寺でございます。

町社会福祉協議会様経由でご依頼のありました応援職員（第１陣）の名簿をお送りします。
現地でのけが・体調不良時の対応のため、血液型とアレルギー、持病も記載しております。

　氏名　　　　　　血液型　アレルギー　　　　持病・服薬　　　　　携帯
　西園寺　修　　　Ａ型　　なし　　　　　　　なし　　　　　　　　０８０－４４７１－２２９０
　蔵本　美穂　　　Ｏ型　　ペニシリン　　　　なし　　　　　　　　０９０－２２４８－６６１７
　樋渡　康介　　　Ｂ型　　なし　　　　　　　痛風（内服中）　　　０８０－３３０７－１１５９
　栗林　舞　　　　ＡＢ型　卵・乳　　　　　　なし　　　　　　　　０７０－５５２６－８８４３
　宗像　悟　　　　Ａ型　　なし　　　　　　　高血圧（降圧剤）　　０９０－６６０２－４４１８
　ｸﾞｴﾝ　ｳﾞｧﾝ　ﾐﾝ　Ｏ型　　そば　　　　　　　なし　　　　　　　　０８０－３３６１－９０２４

到着は１月９日（金）１５時頃の予定です。
""" + SIG_SAIONJI,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6 relief staff with blood types, drug/food allergies and chronic illnesses, full-width padded, to a town office",
)

add(
    id="csr-085",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["入間市社会福祉協議会 ボランティアセンター <vc@iruma-shakyo.or.jp>"],
    subject="「親子で防災体験デー」チラシ掲示のお願い",
    charset="utf-8",
    body="""入間市社会福祉協議会
ボランティアセンター ご担当者様

いつもお世話になっております。日の出産業 地域連携課の小野寺です。
下記イベントのチラシを、センターの掲示板に掲示していただけないでしょうか。

━━━━━━━━━━━━━━━━━━━━━━━━━━
　親子で防災体験デー ～まもる・そなえる・たすけあう～
━━━━━━━━━━━━━━━━━━━━━━━━━━
日時：2027年3月7日（日）10:00〜15:00
会場：日の出産業 入間工場 第2駐車場・会議棟
内容：起震車体験、消火器訓練、非常食の試食、段ボールベッドづくり
対象：小学生とその保護者（先着60組）／参加無料
申込：入間工場 総務課（04-2960-1180／平日9時〜17時）
　　　またはWebフォーム https://www.hinode-sangyo.co.jp/csr/bousai2027
主催：日の出産業株式会社　協力：朝霧市消防本部、グリーンリバー入間

チラシ（A4）は30部、来週お持ちします。Web掲載用のHTML版も添付します。
""" + SIG_ONODERA,
    attachments=[{"kind": "html", "name": "bousai2027_flyer.html", "html": """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>親子で防災体験デー</title></head>
<body><h1>親子で防災体験デー</h1>
<p>2027年3月7日（日）10:00〜15:00　日の出産業 入間工場</p>
<ul><li>起震車体験</li><li>消火器訓練</li><li>非常食の試食</li><li>段ボールベッドづくり</li></ul>
<p>お申込み・お問合せ：日の出産業株式会社 入間工場 総務課　TEL 04-2960-1180</p>
</body></html>"""}],
    expect="pass",
    entities=[],
    detectors=[],
    note="event flyer with the company's own inquiry desk: no personal data",
)

add(
    id="csr-086",
    sender="久保田 綾乃 <a-kubota@hinode-sangyo.co.jp>",
    to=["埼玉西部新聞 編集部 <henshu@seibu-shimbun.co.jp>"],
    subject="日の出こども絵画コンクール　入賞者一覧（取材用）",
    charset="utf-8",
    body="""埼玉西部新聞 編集部
ご担当 記者様

お世話になっております。日の出産業 広報部の久保田です。
先日お問い合わせいただいた「第12回 日の出こども絵画コンクール」の入賞者一覧をお送りします。
取材をご希望の場合は、下記の保護者の方に直接ご連絡いただいて構わないとの了承を得ています。

賞 / なまえ / 学校・学年 / 年齢 / 保護者 / 保護者連絡先
最優秀賞 / おがわ ひなの / 朝霧市立東小 3年 / 9歳 / 小川 由香 / 090-3317-5528
優秀賞 / マツダ ケンタ / 入間市立豊岡小 5年 / 11歳 / 松田 亮 / 080-6624-1190
優秀賞 / 陳 美玲 / 狭山市立入間川小 4年 / 10歳 / 陳 志強 / 070-2281-3347
審査員特別賞 / さわむら いつき / 朝霧市立西小 1年 / 7歳 / 沢村 千春 / 090-8815-0264
佳作 / 中原 碧 / 所沢市立若松小 6年 / 12歳 / 中原 誠一 / 080-1176-4432
佳作 / よしおか みお / 入間市立黒須小 2年 / 8歳 / 吉岡 里美 / 04-2963-2271
佳作 / 服部 大和 / 飯能市立南高麗小 6年 / 11歳 / 服部 典子 / 090-4429-8810

表彰式は12月20日（日）14時から入間工場で行います。
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="7 child prize-winners (names, schools, ages) with parents' phones, slash-separated, to a newspaper",
)

add(
    id="csr-087",
    sender="森下 梓 <morishita.azusa@hinode-sangyo.co.jp>",
    to=["グリーンリバー入間 竹内様 <takeuchi@greenriver-npo.jp>"],
    subject="部署別ボランティア参加人数（2026年度上期）",
    charset="iso-2022-jp",
    body="""竹内様

お世話になっております。日の出産業の森下です。
会報に掲載したいとのことでしたので、上期の部署別参加人数を集計したExcelをお送りします。
個人名は含めておりません。
""" + SIG_MORISHITA,
    attachments=[{
        "kind": "xlsx", "name": "部署別参加人数_2026上期.xlsx",
        "sheets": {
            "集計": [
                ["2026年度上期　ボランティア参加人数（延べ）"],
                ["部署", "4月 河川敷清掃", "6月 外来植物除去", "7月 水辺教室", "9月 子ども食堂", "合計"],
                ["入間工場 製造課", 12, 8, 3, 2, 25],
                ["入間工場 物流課", 5, 4, 1, 0, 10],
                ["入間工場 設備課", 4, 3, 2, 1, 10],
                ["総務部", 3, 2, 2, 4, 11],
                ["経理部", 2, 1, 0, 5, 8],
                ["営業一部・二部", 3, 2, 1, 3, 9],
                ["CSR推進室", 2, 2, 3, 6, 13],
                ["合計", 31, 22, 12, 21, 86],
            ],
            "メモ": [["延べ人数。社員家族は含まない。"]],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="XLSX of participation counts by department: no people's records",
)

add(
    id="csr-088",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["こどもみらいサポート 事務局 <jimu@kodomo-mirai.or.jp>"],
    subject="転送: 学習支援ボランティア 参加者名簿",
    charset="iso-2022-jp",
    body="""こどもみらいサポート　事務局様

お世話になっております。日の出産業の小野寺です。
冬休みの学習支援について、グリーンリバーさんから共有いただいた参加者名簿を
添付のとおり転送いたします。講師役の割り振りにお使いください。

小野寺
""",
    attachments=[{
        "kind": "eml", "name": "学習支援ボランティア参加者名簿.eml",
        "message": {
            "sender": "竹内 悠 <takeuchi@greenriver-npo.jp>",
            "to": ["小野寺 健太 <onodera@hinode-sangyo.co.jp>"],
            "subject": "学習支援ボランティア 参加者名簿",
            "charset": "iso-2022-jp",
            "body": "小野寺さま\n\n冬休み学習支援の講師ボランティア名簿です（CSV）。\nよろしくお願いします。\n\n竹内\n",
            "attachments": [{
                "kind": "csv", "name": "講師ボランティア.csv", "encoding": "cp932",
                "rows": [
                    ["氏名", "所属", "担当可能科目", "携帯", "メール"],
                    ["南雲 圭", "東都工業大学 3年", "数学・理科", "080-2251-9946", "kei.nagumo@gmail.com"],
                    ["糸井 杏子", "主婦（元中学教員）", "国語", "090-6637-0128", "kyoko.itoi@yahoo.co.jp"],
                    ["Park Jiho", "北辰大学 院1年", "英語", "070-4419-2260", "jiho.park.hk@gmail.com"],
                    ["矢作 正樹", "日の出産業 OB", "数学", "04-2962-8834", "m.yahagi@ezweb.ne.jp"],
                    ["冨永 あかね", "会社員", "英語・社会", "080-9920-5571", "akane.tominaga@icloud.com"],
                    ["堀 悠真", "県立入間高校 教員", "理科", "090-1158-3306", "yuma.hori.t@outlook.jp"],
                    ["久我 七瀬", "北辰大学 2年", "国語・社会", "070-8846-2217", "nanase.kuga@gmail.com"],
                ],
            }],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forward as an attached .eml carrying a CSV of 7 volunteers' mobiles and private e-mails, to another NPO",
)

add(
    id="csr-089",
    sender="五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
    to=["朝霧市総合体育館 受付 <taiikukan@asagiri-sports.or.jp>"],
    subject="1〜3月 体育館（第2アリーナ）利用予定のご連絡",
    charset="iso-2022-jp",
    body="""朝霧市総合体育館　受付ご担当者様

いつもお世話になっております。
日の出産業バレーボール部の五十嵐です（団体登録番号 AS-0417）。

1〜3月の第2アリーナ利用予定をお送りします。抽選申込みの代わりにこちらで受け付けていただけると伺いました。

　1月：9日（土）・23日（土）　　18:00〜21:00
　2月：6日（土）・20日（土）　　18:00〜21:00
　3月：6日（土）　　　　　　　  18:00〜21:00
　　　 20日（土）　　　　　　　 13:00〜17:00（練習試合・相手：川崎電機さん）

利用料は毎回、窓口で現金にてお支払いします。
変更がありましたら、改めてご連絡いたします。

日の出産業株式会社 バレーボール部
五十嵐 拓海
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="club practice schedule to a sports facility: dates and a group registration number only",
)

add(
    id="csr-090",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=[
        "竹内 悠 <takeuchi@greenriver-npo.jp>",
        "松永 様 <matsunaga@minato-kodomo.or.jp>",
    ],
    cc=["朝霧市 市民協働推進課 <kyodo@city.asagiri.lg.jp>"],
    subject="第2回 地域連携会議　議事メモ",
    charset="cp932",
    body="""グリーンリバー入間　竹内様
みなと子ども食堂ネットワーク　松永様
（ｃｃ：朝霧市　市民協働推進課様）

先日はお忙しい中、第２回地域連携会議にご出席いただきありがとうございました。
議事メモをお送りします。

１．来年度の合同イベント
　・「親子で防災体験デー」（３／７）を三者共催とする方向で調整
　・子ども食堂での非常食試食コーナーを追加
２．助成金
　・申請締切は１／３１。説明会は１２／５
３．次回
　・２月上旬、市役所会議室にて（日程は別途調整）

修正点がありましたら、今週中にお知らせください。
""" + SIG_ONODERA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (two NPOs in To, the city in Cc) visible to each other",
)

add(
    id="csr-091",
    sender="Ryo Hasegawa <r.hasegawa@hinode-sangyo.co.jp>",
    to=["Maria Santos <maria.santos@bayanihan-ngo.org.ph>"],
    subject="MoU for the 2027-2029 partnership - draft",
    charset="utf-8",
    body="""Dear Maria,

Following our video call, please find below the main points for the Memorandum of
Understanding between Hinode Sangyo and Bayanihan Foundation for 2027-2029.

1. Purpose: school-building and teacher-training projects in Cebu province
2. Funding: JPY 6 million per year from Hinode Sangyo, reviewed annually
3. Volunteers: up to two employee teams per year (max. 8 people each)
4. Confidentiality: both parties keep non-public information received under the MoU
   confidential; this clause survives termination for three years
5. Personal data: beneficiaries' data stays with Bayanihan; we receive only aggregated
   figures for our reporting
6. Term: 1 April 2027 to 31 March 2030

Our legal team will send the full draft in English by the end of the month.
Please let me know if your board has any comments on these points.

Warm regards,
Ryo
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English mail about an MoU including a confidentiality clause: a mention, no marking, no data",
)

add(
    id="csr-092",
    sender="八木橋 誠 <yagihashi@hinode-sangyo.co.jp>",
    to=["あさひ損保 事故受付センター <jiko@asahi-sonpo.co.jp>"],
    subject="事故報告（9/14 親子ものづくり教室）証券番号 LT-2026-008812",
    charset="iso-2022-jp",
    body="""あさひ損害保険株式会社
事故受付センター　ご担当者様

いつもお世話になっております。日の出産業株式会社 入間工場 総務課の八木橋です。
行事傷害保険（証券番号 LT-2026-008812）の対象イベントで、参加者のお子さんが負傷しましたのでご報告します。

【事故の概要】
　発生日時：2026年9月14日（日）11時20分ごろ
　場所　　：入間工場 会議棟1階「親子ものづくり教室」会場
　状況　　：木工作業中、のこぎりで左手人差し指を切った

【負傷者】
　氏名　　：もりかわ そうすけ（森川 蒼介）くん　8歳（小学3年）
　傷病名　：左示指切創（4針縫合）、入間中央病院 外科にて処置
　通院見込：抜糸まで計3回
　健康保険証：記号 01180412　番号 27（被扶養者）

【保護者】
　森川 大輔 様　携帯 090-6614-0937

保険金請求書の書式をお送りいただけますでしょうか。
保護者の方へは当社からご案内いたします。

日の出産業株式会社　入間工場　総務課
八木橋 誠
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="a child's injury diagnosis and 健康保険証 記号・番号 with the parent's mobile, to an insurer",
)

add(
    id="csr-093",
    sender="五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
    to=["西埼玉実業団バレーボール連盟 <entry@nishisaitama-volley.jp>"],
    subject="春季リーグ　選手登録（日の出産業）",
    charset="iso-2022-jp",
    body="""西埼玉実業団バレーボール連盟　事務局御中

お世話になっております。日の出産業バレーボール部の五十嵐です。
春季リーグの選手登録をお送りします。

背番号　氏名　　　　　　年齢　ポジション
 1　　　唐沢 慎吾　　　　38　　セッター（主将）
 2　　　国分 哲也　　　　43　　ミドルブロッカー
 3　　　諸星 海斗　　　　27　　アウトサイドヒッター
 5　　　有馬 隼人　　　　29　　オポジット
 7　　　真田 浩平　　　　31　　リベロ
 8　　　城之内 翼　　　　36　　アウトサイドヒッター
 10　　 氏家 俊　　　　　30　　ミドルブロッカー
 12　　 ウィルソン 健太　29　　セッター
 14　　 土門 颯太　　　　23　　アウトサイドヒッター

監督：五十嵐 拓海　連絡先は従来どおり部の代表アドレスでお願いします。
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="9 players with ages and positions but no contact data: a roster a league publishes anyway; honestly either",
)

add(
    id="csr-094",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=["竹内 悠 <takeuchi@greenriver-npo.jp>"],
    subject="Re: 育樹作業（下草刈り）参加者の最終確認",
    charset="utf-8",
    body="""竹内さん

お世話になっております。小野寺です。
その後、追加と取り消しがありましたので、最新版を下に貼ります（当社分7名）。
保険の手続きはこちらでお願いできますでしょうか。

  氏名           生年月日       携帯
  ------------   ------------   -------------
  鷲尾 健吾      S56.3.8        090-4427-1185
  吉良 友美      H5.11.22       080-9936-2207
  乙坂 恭平      H2.6.17        080-2275-6614
  左近寺 玲奈    H10.1.4        070-2246-8813
  七海 悠        H13.8.29       080-1139-7746
  鹿又 しげる    S33.10.10      042-974-6630
  カーター 由紀  S63.5.5        080-4476-2215

※ハーディさん・百瀬さんは今回欠席です。

小野寺

> 小野寺さま
>
> 育樹作業の参加者、前回の植樹祭と同じメンバーでよろしいでしょうか。
> 変更があれば最新の名簿をお送りください。
>
> 竹内
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="reply whose NEW text carries 7 people's 和暦 DOB and mobiles (only the short question is quoted)",
)

add(
    id="csr-095",
    sender="森下 梓 <morishita.azusa@hinode-sangyo.co.jp>",
    to=["NPO法人ひだまり 事務局 <info@hidamari-npo.jp>"],
    subject="FW: 【フードバンク武蔵野西】年末 食品寄付の受付について",
    charset="utf-8",
    body="""ひだまり事務局さま

日の出産業の森下です。
先日お話ししたフードバンクさんから、年末の受付案内が届きましたので転送します。
ご興味があれば、直接お問い合わせいただければと思います。

-------- 転送メッセージ --------
差出人: フードバンク武蔵野西 <contact@fb-musashinonishi.jp>
日付: 2026年11月20日 9:30
件名: 【フードバンク武蔵野西】年末 食品寄付の受付について

関係団体・協力企業の皆さま

今年も年末の食品寄付を受け付けます。
　受付期間：12月1日（火）〜12月25日（金）平日10時〜16時
　受付場所：所沢市東町5-22 フードバンク武蔵野西 倉庫
　対象　　：賞味期限が2か月以上残っている常温食品（米、缶詰、レトルト、調味料など）
　お問合せ：04-2924-3370（代表）

ご協力をお願いいたします。
フードバンク武蔵野西 事務局
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="forward of a food bank's public notice (organisation contacts only): new text but nothing personal",
)

add(
    id="csr-096",
    sender="五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
    to=["入間シティマラソン 大会事務局 <entry@iruma-citymarathon.jp>"],
    subject="団体エントリー（日の出産業ランニング部・１０名）",
    charset="cp932",
    body="""入間シティマラソン大会事務局　御中

お世話になっております。日の出産業ランニング部の五十嵐です。
団体エントリーの申込データ（ＣＳＶ）をお送りします。
参加料（10名分 55,000円）は本日お振込みいたしました。

ご確認よろしくお願いいたします。
日の出産業ランニング部　五十嵐
""",
    attachments=[{
        "kind": "csv", "name": "団体エントリー_日の出産業.csv", "encoding": "utf-8-sig",
        "rows": [
            ["氏名", "シメイ", "性別", "生年月日", "郵便番号", "住所", "電話", "緊急連絡先氏名", "緊急連絡先電話", "種目"],
            ["五十嵐 拓海", "イガラシ タクミ", "男", "平成2年11月3日", "358-0014", "埼玉県入間市宮寺2845-7", "090-3361-7720", "五十嵐 由紀子", "04-2934-5518", "ハーフ"],
            ["冴島 修平", "サエジマ シュウヘイ", "男", "昭和62年9月12日", "359-1141", "埼玉県所沢市小手指町1-22-9", "090-1142-6678", "冴島 恵美", "090-1142-3395", "ハーフ"],
            ["城戸 葵", "キド アオイ", "女", "平成8年4月28日", "358-0053", "埼玉県入間市仏子1122-4", "080-9905-6621", "城戸 誠", "0495-22-4418", "10km"],
            ["安曇 しおり", "アズミ シオリ", "女", "平成9年3月3日", "350-1305", "埼玉県狭山市入間川4-3-11", "090-3370-1148", "安曇 直人", "090-3370-5520", "10km"],
            ["一ノ瀬 隆之", "イチノセ タカユキ", "男", "昭和46年12月19日", "358-0005", "埼玉県入間市春日町2-5-9", "04-2963-3317", "一ノ瀬 京子", "090-2284-6617", "5km"],
            ["鳴海 ゆう", "ナルミ ユウ", "女", "平成5年7月7日", "190-0022", "東京都立川市錦町3-8-1-702", "070-2259-8841", "鳴海 浩", "042-524-3390", "ハーフ"],
            ["朝比奈 剛", "アサヒナ ツヨシ", "男", "平成2年1月15日", "358-0011", "埼玉県入間市下藤沢1-40-6", "070-5521-7736", "朝比奈 さと子", "04-2964-1182", "ハーフ"],
            ["日下部 杏奈", "クサカベ アンナ", "女", "平成13年10月30日", "357-0038", "埼玉県飯能市仲町8-2", "080-3396-1174", "日下部 勉", "042-972-6651", "10km"],
            ["ジョンソン 勇", "ジョンソン イサム", "男", "平成10年6月6日", "359-0042", "埼玉県所沢市並木2-4-1", "080-2264-9913", "ジョンソン マリ", "080-2264-0037", "5km"],
            ["蜂谷 拓郎", "ハチヤ タクロウ", "男", "昭和56年5月3日", "359-1143", "埼玉県所沢市北秋津774-12", "090-1174-2283", "蜂谷 直美", "090-1174-6625", "ハーフ"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="UTF-8 (BOM) CSV of 10 runners with 和暦 DOB, addresses, phones and emergency contacts, to a race office",
)

add(
    id="csr-097",
    sender="森下 梓 <morishita.azusa@hinode-sangyo.co.jp>",
    to=["朝霧市 市民協働推進課 <kyodo@city.asagiri.lg.jp>"],
    subject="2026年度 寄付・助成実績のご報告",
    charset="iso-2022-jp",
    body="""朝霧市役所　市民協働推進課
ご担当者様

いつもお世話になっております。日の出産業 CSR推進室の森下です。
包括連携協定に基づく年次報告として、2026年度の寄付・助成実績をお知らせします。

　寄付・助成先　　　　　　　　　　　　 区分　　　　金額（円）
　NPO法人グリーンリバー入間　　　　　 助成金　　　　500,000
　みなと子ども食堂ネットワーク　　　　 助成金　　　　480,000
　NPO法人森のがっこう　　　　　　　　 助成金　　　　350,000
　こどもみらいサポート　　　　　　　　 助成金　　　　420,000
　入間市社会福祉協議会　　　　　　　　 寄付金　　　　500,000
　朝霧市国際交流協会　　　　　　　　　 寄付金　　　　200,000
　公益財団法人ひかり奨学会　　　　　　 寄付金　　 30,000,000
　北陸災害支援ネットワーク　　　　　　 寄付金　　  2,000,000
　　　　　　　　　　　　　　　　　　　　 合計　　　 34,450,000

このほか、現物寄付（食品・支援物資）が約18トンあります。
詳細はCSRレポート2026（12月発行）に掲載予定です。
""" + SIG_MORISHITA,
    expect="pass",
    entities=[],
    detectors=[],
    note="list of recipient organisations with amounts: businesses/NPOs, not people",
)

add(
    id="csr-098",
    sender="西園寺 修 <saionji@hinode-sangyo.co.jp>",
    to=["青葉運輸 災害支援窓口 <shien@aoba-unyu.co.jp>"],
    subject="支援物資の個別配送先（被災世帯）",
    charset="utf-8",
    body="""青葉運輸株式会社
災害支援窓口 ご担当者様

いつもお世話になっております。日の出産業の西園寺です。
避難所ではなく在宅で避難されている世帯への個別配送について、
町の社協から提供を受けた配送先リスト（CSV）をお送りします。

配送は1月20日〜22日で、1世帯あたり「支援物資セットA」1箱＋必要物資でお願いします。
""" + SIG_SAIONJI,
    attachments=[{
        "kind": "csv", "name": "個別配送先_0120.csv", "encoding": "cp932",
        "rows": [
            ["No", "世帯主", "住所", "電話", "人数", "必要物資", "備考"],
            ["1", "能村 清次", "石川県七尾市中島町浜田ニ部12", "0767-66-1183", "2", "水・毛布", "家屋半壊"],
            ["2", "高市 すみ子", "七尾市中島町中島甲42-3", "090-2217-6640", "1", "水・簡易トイレ", "独居"],
            ["3", "宮元 健", "石川県七尾市能登島向田町115", "0767-84-0227", "5", "水・アルファ米・おむつ", "乳児あり"],
            ["4", "坂下 美千代", "七尾市田鶴浜町り部8-2", "080-6632-1175", "3", "水・毛布", ""],
            ["5", "道下 義男", "石川県七尾市中島町浜田ト部33", "0767-66-0915", "2", "水", "車中泊"],
            ["6", "岩見 ゆかり", "七尾市中島町外ス部7", "070-1152-8864", "4", "水・アルファ米", ""],
            ["7", "橋爪 トシ", "石川県七尾市中島町藤瀬ロ部20", "0767-66-2240", "1", "水・簡易トイレ・毛布", "独居、足が不自由"],
            ["8", "浜中 大介", "七尾市中島町中島4-15", "090-7713-0286", "3", "水", ""],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 affected households' heads, home addresses and phones in a CP932 CSV, to the carrier",
)

add(
    id="csr-099",
    sender="森下 梓 <morishita.azusa@hinode-sangyo.co.jp>",
    to=["みなと子ども食堂ネットワーク 松永様 <matsunaga@minato-kodomo.or.jp>"],
    cc=["北国フーズ 立花様 <tachibana@kitaguni-foods.co.jp>", "小野寺 健太 <onodera@hinode-sangyo.co.jp>"],
    subject="1月からの定期寄贈　三者打合せの日程について",
    charset="iso-2022-jp",
    body="""みなと子ども食堂ネットワーク　松永様
北国フーズ株式会社　立花様
（cc：当社 小野寺）

いつもお世話になっております。日の出産業の森下です。

1月から始まる冷凍食品の定期寄贈について、納品方法や保管場所を確認するため、
三者で一度お打合せできればと思います。芝浦ベースでの開催を考えております。

候補日時
　A案：12月9日（水）10:00〜11:00
　B案：12月11日（金）15:00〜16:00
　C案：12月16日（水）10:00〜11:00

ご都合のよい案をお知らせください。
""" + SIG_MORISHITA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="three-way meeting mail: two external organisations (an NPO and a partner) plus an internal Cc",
)

add(
    id="csr-100",
    sender="小野寺 健太 <onodera@hinode-sangyo.co.jp>",
    to=[
        "竹内 悠 <takeuchi@greenriver-npo.jp>",
        "北国フーズ 立花様 <tachibana@kitaguni-foods.co.jp>",
        "大峰 和夫 <k.omine.1948@gmail.com>",
    ],
    subject="河川敷マルシェ　出店打合せの件",
    charset="iso-2022-jp",
    body="""竹内様、立花様、大峰様

お世話になっております。日の出産業の小野寺です。
来春の「入間川 河川敷マルシェ」について、出店内容の打合せをお願いしたくご連絡しました。

大峰様には、地域住民代表として出店者の選定にご協力いただいております。

　日時：12月12日（土）13:30〜15:00
　場所：入間工場 会議棟 2階 第3会議室
　議題：出店区画の配置、電源・給排水、雨天時の対応

ご出席の可否を12月5日までにお知らせください。
""" + SIG_ONODERA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="an NPO, a partner and a private Gmail resident (three external parties) visible to each other in To",
)
