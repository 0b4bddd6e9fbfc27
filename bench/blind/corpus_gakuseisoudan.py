"""盲検評価コーパス: 学生支援（gakuseisoudan）。

業務領域: 日の出産業株式会社 教育事業本部が運営する「日の出学院大学」の学生支援センター
（学生相談室・障害学生支援室・学生課 奨学金担当・保健管理センター・学生寮・国際交流課・
キャリア支援課）。障害学生支援の合理的配慮、学生相談の記録、休学・退学の相談、奨学金、
保護者対応、教員への配慮依頼、学外の医療機関、学生寮に関するメール（日本語・英語）。

SEED = 27401（my_number / card_number には SEED + k, k = 0 … 16 を一度ずつ使う）
"""

from build import card_number, my_number

SEED = 27401


def _corp_no(base12: str) -> str:
    """法人番号（13桁）: 先頭にチェックデジットを付ける。"""
    s = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        s += p * (1 if n % 2 else 2)
    return str(9 - s % 9) + base12


def _sp(num: str) -> str:
    return f"{num[0:4]} {num[4:8]} {num[8:12]}"


def _hy(num: str) -> str:
    return "-".join(num[i:i + 4] for i in range(0, len(num), 4))


MN = [my_number(SEED + k) for k in range(14)]          # k = 0 … 13
CARD = [card_number(SEED + k) for k in (14, 15, 16)]    # k = 14, 15, 16
KITAGUNI_T = "T" + _corp_no("010401088223")

# ---------------------------------------------------------------- signatures

SIG_MAKABE = """
━━━━━━━━━━━━━━━━━━━━━━
日の出学院大学 学生支援センター 学生相談室
公認心理師・臨床心理士　真壁 千尋（まかべ ちひろ）
〒194-0218 東京都町田市日の出台3-8-1 本館2階
TEL 042-795-3381（直通）　FAX 042-795-3390
makabe.chihiro@hinode-sangyo.co.jp
（日の出学院大学は日の出産業株式会社 教育事業本部が運営しています）
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_ONODERA = """
--
日の出学院大学 学生支援センター
障害学生支援室 コーディネーター
小野寺 航 Wataru Onodera
〒194-0218 東京都町田市日の出台3-8-1 5号館1階
TEL: 042-795-3402 / FAX: 042-795-3409
Mail: onodera.wataru@univ.hinode-sangyo.co.jp"""

SIG_OKOCHI = """
******************************
日の出学院大学 学生課（奨学金担当）
大河内 詩織
〒194-0218 東京都町田市日の出台3-8-1
TEL 042-795-3310　内線 2231
okochi.shiori@hinode-sangyo.co.jp
******************************"""

SIG_YUGE = """
----------------------------------------
日の出学院大学 学生支援センター長 兼 学生課長
弓削 健司（ゆげ けんじ）
TEL 042-795-3300 / 携帯 080-5521-0967
yuge.kenji@hinode-sangyo.co.jp
----------------------------------------"""

SIG_SHIIBA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出学院大学 保健管理センター
看護師　椎葉 真由美
TEL 042-795-3450（センター受付）
shiiba.mayumi@univ.hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_IJUIN = """
─────────────────
日の出学院大学 学生寮「あさひ寮」寮務担当
伊集院 拓
〒194-0219 東京都町田市日の出台5-2-14
TEL 042-795-3601　FAX 042-795-3602
ijuin.taku@hinode-sangyo.co.jp
─────────────────"""

SIG_HARTLEY = """
--
Daniel Hartley
International Office / 国際交流課
Hinode Gakuin University (operated by Hinode Sangyo Co., Ltd.)
3-8-1 Hinodedai, Machida, Tokyo 194-0218, Japan
Tel: +81-42-795-3520
hartley.daniel@hinode-sangyo.co.jp"""

SIG_KIRISHIMA = """
=====================================
日の出学院大学 キャリア支援課
霧島 奈央（きりしま なお）
TEL 042-795-3530
kirishima.nao@mail.hinode-sangyo.co.jp
====================================="""

SIG_SHISHIDO = """
--------------------------------
日の出学院大学 教務課
宍戸 亮
内線 2105 / 042-795-3205
shishido.ryo@hinode-sangyo.co.jp
--------------------------------"""

DISCLAIMER_JA = """
【ご注意】本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールおよび添付ファイルを削除してください。
本メールの全部または一部を無断で複製・転送・開示することを禁じます。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use, disclosure or copying is prohibited."""

MESSAGES = []

# ======================================================================= STOP

MESSAGES += [
{
    "id": "gakuseisoudan-001",
    "charset": "iso-2022-jp",
    "sender": "真壁 千尋 <makabe.chihiro@hinode-sangyo.co.jp>",
    "to": ["港南こころのクリニック 受付 <uketsuke@konan-kokoro.jp>"],
    "subject": "診療情報のご提供（本学学生1名のご紹介）",
    "body": """港南こころのクリニック
院長 藤堂 先生

いつも大変お世話になっております。
日の出学院大学 学生相談室の真壁でございます。

昨日お電話でご相談いたしました本学学生につきまして、
本人の同意を得ましたので、下記のとおりご紹介申し上げます。

　氏名　　　：相馬 遥斗（そうま はると）
　生年月日　：平成１６年８月２１日
　所属　　　：経済学部 経営学科 ２年
　連絡先　　：本人携帯 ０８０−４４１７−２９０６
　主訴　　　：４月下旬より入眠困難・早朝覚醒、食欲低下。
　　　　　　　５月以降、必修科目の欠席が続いている。
　相談室での見立て：抑うつ状態（うつ病の疑い）。
　　　　　　　希死念慮は面接時点では否定、ただし注意を要する。
　既往歴　　：高校２年時に起立性調節障害で通院歴あり。

初診のご予約は本人から直接お電話するよう伝えております。
ご多忙のところ恐縮ですが、何卒よろしくお願い申し上げます。
""" + SIG_MAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "紹介状: 学生1名の氏名・生年月日と診断の見立て（要配慮個人情報）を学外クリニックへ",
},
{
    "id": "gakuseisoudan-002",
    "charset": "shift_jis",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["みなみ手話通訳センター 派遣係 <haken@minami-shuwa.or.jp>"],
    "subject": "後期 手話通訳者派遣のご依頼（対象学生一覧）",
    "body": """公益社団法人 みなみ手話通訳センター
派遣係 ご担当者様

お世話になっております。日の出学院大学 障害学生支援室の小野寺です。
後期（9月22日開講）の手話通訳・PCテイク派遣につきまして、対象学生を
下記のとおりお知らせいたします。時間割は追ってお送りします。

No  氏名              学部・学年      聞こえの状況                  連絡用メール
--  ----------------  --------------  ----------------------------  ------------------------------
1   早乙女 蓮          文学部 2年      両耳感音性難聴（身障手帳2級）  ren.saotome04@gmail.com
2   久我 ひなた        教育学部 1年    右耳人工内耳、左耳高度難聴    hinata.kuga@icloud.com
3   鬼頭 慎之介        理工学部 3年    両耳 重度難聴（手話が第一言語）  s.kito.0612@yahoo.co.jp
4   百目鬼 さくら      人間科学部 2年  中等度難聴・補聴器使用          sakura.dodomeki@outlook.jp
5   仁科 陽菜          経済学部 4年    突発性難聴後の片耳失聴          hina.nishina.h@gmail.com
6   ファン・ティ・マイ  国際学部 1年    先天性ろう（日本手話・ベトナム手話）  mai.phan.hgu@gmail.com

※ 3 と 6 は日本手話通訳、それ以外は PC テイク（2名体制）を希望しています。
※ 学生への直接連絡は、初回顔合わせの日程調整に限りご利用ください。

よろしくお願いいたします。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "聴覚障害のある学生6名の一覧（空白区切りの表、障害の状況とメール）を学外派遣元へ",
},
{
    "id": "gakuseisoudan-003",
    "charset": "utf-8",
    "sender": "大河内 詩織 <okochi.shiori@hinode-sangyo.co.jp>",
    "to": ["公益財団法人みらい育英会 事業課 <jigyo@mirai-ikuei.or.jp>"],
    "subject": "2026年度 給付奨学生 推薦者名簿の送付",
    "body": """公益財団法人みらい育英会
事業課 御中

平素より本学学生へのご支援を賜り、厚く御礼申し上げます。
日の出学院大学 学生課の大河内でございます。

標記につきまして、学内選考を経た推薦者8名の名簿をExcelにてお送りいたします。
推薦書原本（学長印押印済み）は本日レターパックにて発送いたしました。

ご査収のほど、よろしくお願い申し上げます。
""" + SIG_OKOCHI,
    "attachments": [{
        "kind": "xlsx",
        "name": "みらい育英会_推薦者名簿_日の出学院大学.xlsx",
        "title": "推薦者名簿",
        "sheets": {
            "推薦者一覧": [
                ["2026年度 公益財団法人みらい育英会 給付奨学生 推薦者名簿（日の出学院大学）"],
                [],
                ["No", "学籍番号", "氏名", "フリガナ", "生年月日", "現住所", "電話番号", "家計支持者年収（万円）", "推薦順位"],
                [1, "2411037", "嵯峨 美羽", "サガ ミウ", "2005/06/14", "東京都町田市小山ヶ丘2-14-6-305", "090-3318-7702", 286, "A"],
                [2, "2421158", "檜山 大和", "ヒヤマ ヤマト", "2006/01/30", "神奈川県相模原市緑区橋本台4-9-11", "080-6624-1195", 312, "A"],
                [3, "2331092", "舘 ひより", "タチ ヒヨリ", "2004/11/02", "東京都八王子市みなみ野6-21-3", "070-2281-4436", 198, "A"],
                [4, "2441210", "宇佐美 颯", "ウサミ ハヤテ", "2005/09/09", "東京都多摩市落合1-33-2-1207", "090-7715-0238", 344, "B"],
                [5, "2311467", "砂川 琴音", "スナガワ コトネ", "2003/12/24", "神奈川県大和市中央林間3-5-18", "080-9902-3347", 256, "B"],
                [6, "2431019", "鳴海 蒼", "ナルミ アオイ", "2006/03/05", "東京都稲城市若葉台2-7-1-402", "090-4450-6681", 301, "B"],
                [7, "2451123", "千早 莉子", "チハヤ リコ", "2005/07/19", "神奈川県横浜市青葉区すすき野1-2-9", "070-6639-5120", 275, "C"],
                [8, "2321384", "朝比奈 蓮", "アサヒナ レン", "2004/04/28", "東京都町田市成瀬台3-18-4", "080-1127-8893", 230, "C"],
            ],
            "記入要領": [
                ["項目", "説明"],
                ["家計支持者年収", "前年分の源泉徴収票または課税証明書の金額（万円未満切捨て）"],
                ["推薦順位", "A〜C の3段階。学内選考委員会の評定による"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "奨学生推薦者8名の名簿（XLSX、タイトル行付き、生年月日・住所・電話）を学外財団へ",
},
{
    "id": "gakuseisoudan-004",
    "charset": "iso-2022-jp",
    "sender": "大河内 詩織 <okochi.shiori@hinode-sangyo.co.jp>",
    "to": ["学生育英機構 奨学事業部 <shugaku-shien@gakusei-ikuei.or.jp>"],
    "subject": "修学支援新制度 マイナンバー提出書の返戻について（日の出学院大学）",
    "body": """学生育英機構 奨学事業部
ご担当者様

いつもお世話になっております。日の出学院大学 学生課の大河内です。

先日お電話いただいた件、郵送の個人番号提出書が宛所不明で返戻となったとのこと、
大変失礼いたしました。学生本人から番号を聴取しましたので、取り急ぎ下記のとおり
お知らせいたします。原本は改めて簡易書留でお送りします。

　申込者（学生本人）　鏑木 若菜（かぶらぎ わかな）
　　個人番号：""" + _sp(MN[0]) + """
　生計維持者１（父）　鏑木 誠一
　　個人番号：""" + _sp(MN[1]) + """

生計維持者２（母）分は受理済みと伺っておりますので省略いたします。
審査の進行にご配慮いただけますと幸いです。
""" + SIG_OKOCHI,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "学生本人と父のマイナンバーを本文に記載して学外機関へ",
},
{
    "id": "gakuseisoudan-005",
    "charset": "shift_jis",
    "sender": "伊集院 拓 <ijuin.taku@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
    "subject": "あさひ寮 食物アレルギー対応者リスト（10月分）",
    "body": """北国フーズ株式会社
給食事業部　栄養士 各位

いつもあさひ寮の食事提供でお世話になっております。寮務担当の伊集院です。
10月から入寮する留学生を含め、アレルギー対応が必要な寮生のリストを更新しました。
CSVを添付しますので、除去食の準備をお願いいたします。

エピペン携帯者が2名おります。厨房内での取り違えにはくれぐれもご注意ください。
""" + SIG_IJUIN,
    "attachments": [{
        "kind": "csv",
        "name": "asahi_allergy_202610.csv",
        "encoding": "cp932",
        "rows": [
            ["寮棟", "部屋", "氏名", "性別", "アレルゲン", "症状", "エピペン", "備考"],
            ["東", "E-203", "篠塚 航平", "男", "落花生・ナッツ類", "アナフィラキシー既往", "有", "調理器具も別"],
            ["東", "E-215", "関谷 律", "男", "えび・かに", "じんましん", "無", ""],
            ["東", "E-308", "ヌルル・アイン", "女", "豚由来成分（宗教上）/卵", "卵は口腔違和感", "無", "ハラール対応"],
            ["西", "W-102", "葛城 紗英", "女", "小麦", "セリアック病の診断あり", "無", "米粉パンで代替"],
            ["西", "W-110", "芦田 未来", "女", "乳", "腹痛・下痢", "無", ""],
            ["西", "W-204", "雲母 晴", "女", "そば", "アナフィラキシー既往", "有", "同一釜のゆで汁も不可"],
            ["東", "E-402", "穂積 颯太", "男", "キウイ・もも", "口腔アレルギー症候群", "無", ""],
            ["東", "E-411", "李 浩然", "男", "卵", "アトピー性皮膚炎悪化", "無", ""],
            ["西", "W-305", "日向 もえ", "女", "魚卵", "じんましん", "無", ""],
            ["西", "W-311", "真田 あおい", "女", "大豆", "喘息発作の既往", "無", "醤油は可"],
            ["東", "E-118", "三條 悠真", "男", "ごま", "じんましん", "無", ""],
            ["西", "W-214", "呉 詩涵", "女", "乳・卵", "乳児期より", "無", ""],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "寮生12名のアレルギー・既往（健康情報）CSV（CP932）を委託業者へ",
},
{
    "id": "gakuseisoudan-006",
    "charset": "iso-2022-jp",
    "sender": "日の出学院大学 学生課 <gakuseika@hinode-sangyo.co.jp>",
    "to": ["kanako.mizuhara@gmail.com", "t-igarashi1968@yahoo.co.jp",
           "hirose.family@outlook.jp"],
    "subject": "【日の出学院大学】保護者懇談会（地区別）のご案内",
    "body": """保護者の皆様

平素より本学の教育活動にご理解とご協力を賜り、誠にありがとうございます。
日の出学院大学 学生課でございます。

本年度の地区別保護者懇談会を下記のとおり開催いたします。
ご子女の修学状況や学生生活について、教職員が個別にご相談を承ります。

　日時：11月8日（土）13:00〜16:30
　会場：横浜会場（横浜市西区 みなとみらいグランドホール 3階）
　申込：同封の申込書、または保護者ポータルより10月24日（金）まで

ご不明な点は学生課（042-795-3300）までお問い合わせください。

日の出学院大学 学生課
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "保護者3名（個人）の私用アドレスを To に並べて送信: Bcc にすべきもの",
},
{
    "id": "gakuseisoudan-007",
    "charset": "iso-2022-jp",
    "sender": "弓削 健司 <yuge.kenji@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 弁護士 沖田 様 <okita@shirakawa-1aw.jp>"],
    "subject": "Re: ハラスメント調査委員会 第3回の日程について",
    "body": """白川法律事務所
沖田 先生

お世話になっております。日の出学院大学の弓削です。
日程のご提示ありがとうございます。

第3回調査委員会は、ご提示いただいた候補のうち
　11月12日（水）15:00〜17:00
でお願いできればと存じます。会場は本館3階 第2会議室を押さえました。

当日の資料は前日までに学内の共有フォルダに格納し、閲覧方法を別途ご案内します。
引き続きよろしくお願いいたします。

> 日の出学院大学
> 弓削様
>
> 第3回の候補日として、11/12(水)午後、11/14(金)午前をご提案いたします。
> ご都合をお知らせください。
>
> 白川法律事務所 沖田
""" + SIG_YUGE,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "宛先が shirakawa-law.jp ではなく shirakawa-1aw.jp（l→1 の類似ドメイン）",
},
{
    "id": "gakuseisoudan-008",
    "charset": "utf-8",
    "sender": "真壁 千尋 <makabe.chihiro@hinode-sangyo.co.jp>",
    "to": ["清陵大学 学生相談センター 秋月 様 <akizuki.r@seiryo-u.ac.jp>"],
    "subject": "活動報告書の体裁について（ご参考）",
    "body": """清陵大学 学生相談センター
秋月 先生

先日の研究会では大変お世話になりました。日の出学院大学の真壁です。

懇親会でお話しした年次活動報告の件、当室の案をお送りします。
数値は集計途中のものですので、章立てと図表の体裁のみご覧いただければ幸いです。
貴学の報告書もぜひ拝見したく、お手すきの折にお願いできればと存じます。
""" + SIG_MAKABE,
    "attachments": [{
        "kind": "docx",
        "name": "学生相談室_2025年度活動報告_案v3.docx",
        "title": "学生相談室 2025年度 活動報告（案）",
        "page_header": "部外秘",
        "page_footer": "日の出学院大学 学生相談室　部外秘・無断転載禁止",
        "paragraphs": [
            "【部外秘】日の出学院大学 学生相談室 2025年度 活動報告（案）",
            "1. 概要　相談件数は延べ 1,842 件（前年度比 +11.6%）、実人数 403 名。",
            "2. 相談内容の内訳　修学 31%、心理・精神 38%、対人関係 17%、進路 9%、その他 5%。",
            "3. 連携　保健管理センターとの連携 46 件、学外医療機関への紹介 29 件。",
            "4. 次年度の課題　夜間相談枠の拡充、オンライン相談の予約システム更新。",
        ],
        "tables": [[
            ["月", "新規", "継続", "合計"],
            ["4月", "52", "88", "140"],
            ["5月", "61", "112", "173"],
            ["6月", "44", "131", "175"],
        ]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "「部外秘」スタンプ（ヘッダ・フッタ・表題）付きの報告書を他大学へ送付",
},
{
    "id": "gakuseisoudan-009",
    "charset": "shift_jis",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["真鍋 浩一 <manabe.koichi@minami-kogyo.ac.jp>"],
    "subject": "【合理的配慮のお願い】後期「統計学基礎」受講学生について",
    "body": """真鍋 浩一 先生（非常勤講師）

いつも本学の授業をご担当いただき、ありがとうございます。
日の出学院大学 障害学生支援室の小野寺と申します。

先生がご担当の後期「統計学基礎」（木曜3限）を履修する学生1名について、
合理的配慮のお願い文書を添付いたします。
個人情報を含むため、ZIPファイルにパスワードを設定しております。
パスワードは別のメールにてお送りいたします。

ご不明の点がございましたら、支援室までお気軽にお問い合わせください。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "zip",
        "name": "配慮依頼書_統計学基礎.zip",
        "password": "Hgu#2026stat",
        "files": [{
            "kind": "docx",
            "name": "合理的配慮依頼書_統計学基礎.docx",
            "paragraphs": [
                "合理的配慮のお願い",
                "対象学生：経済学部2年 松永 透（マツナガ トオル）",
                "障害の状況：ディスレクシア（読字障害）の診断あり",
                "配慮内容：試験時間の1.3倍延長、問題文の拡大印刷、読み上げソフトの使用許可",
            ],
        }],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "パスワード付きZIP（PPAP）を学外の非常勤講師へ: 中身を検査できない",
},
{
    "id": "gakuseisoudan-010",
    "charset": "utf-8",
    "sender": "Daniel Hartley <hartley.daniel@hinode-sangyo.co.jp>",
    "to": ["Study Abroad Office <studyabroad@northgate.ac.uk>"],
    "subject": "Outgoing exchange student - passport details for your visa letter",
    "body": """Dear Ms Whitfield,

Thank you for confirming the place for our student in the Spring 2027 exchange.
As requested for the CAS / visa support letter, please find her details below:

  Full name:        YAMABUKI Kotone (山吹 琴音)
  Date of birth:    17 March 2005
  Nationality:      Japan
  Passport number:  TR4829175
  Passport expiry:  02 August 2031
  Programme:        Social Policy (one semester, Jan - Jun 2027)

Please let me know if you also need a scan of the photo page; I can upload it to
your portal rather than send it by e-mail.

Best regards,
""" + SIG_HARTLEY,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "学生1名の旅券番号（本人確認書類番号）を海外提携校へ",
},
{
    "id": "gakuseisoudan-011",
    "charset": "utf-8",
    "sender": "伊集院 拓 <ijuin.taku@hinode-sangyo.co.jp>",
    "to": ["ハーモニー寮管理 町田営業所 <machida@harmony-ryo.co.jp>"],
    "subject": "あさひ寮 10月入寮者のご連絡",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>株式会社ハーモニー寮管理<br>町田営業所 管理人ご担当 様</p>
<p>いつもお世話になっております。日の出学院大学 寮務担当の伊集院です。<br>
10月1日入寮の学生7名をお知らせします。鍵の受け渡しと設備説明をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f3"><th>部屋</th><th>氏名</th><th>携帯</th><th>保護者氏名</th><th>緊急連絡先</th></tr>
<tr><td>E-221</td><td>大鷹 悠斗</td><td>090-2276-8841</td><td>大鷹 典子</td><td>0258-34-1192</td></tr>
<tr><td>E-224</td><td>堀之内 拓海</td><td>080-3394-1067</td><td>堀之内 正和</td><td>090-8812-4420</td></tr>
<tr><td>E-305</td><td>ルーカス・サントス</td><td>070-4429-3318</td><td>Ana Santos</td><td>+55 11 98842-3310</td></tr>
<tr><td>W-118</td><td>泉谷 心春</td><td>080-7751-2093</td><td>泉谷 康弘</td><td>0166-23-8874</td></tr>
<tr><td>W-120</td><td>甲斐 彩葉</td><td>090-6603-2785</td><td>甲斐 由紀</td><td>090-1147-6632</td></tr>
<tr><td>W-207</td><td>王 欣怡</td><td>070-1182-5549</td><td>王 建国</td><td>+86 139 1102 4478</td></tr>
<tr><td>W-309</td><td>波多野 結衣花</td><td>080-2248-9016</td><td>波多野 亮</td><td>0952-26-3307</td></tr>
</table>
<p>※ 留学生2名は日本語での説明が難しい場合があります。英語対応可能な方のご同席をお願いします。</p>
<p>--<br>日の出学院大学 学生寮「あさひ寮」寮務担当<br>伊集院 拓<br>TEL 042-795-3601</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTMLのみのメールの表: 入寮者7名の携帯と保護者の緊急連絡先を委託先へ",
},
{
    "id": "gakuseisoudan-012",
    "charset": "iso-2022-jp",
    "sender": "霧島 奈央 <kirishima.nao@mail.hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 採用グループ <saiyo@kawasaki-denki.co.jp>"],
    "subject": "冬季インターンシップ 参加学生のご連絡（日の出学院大学）",
    "body": """川崎電機株式会社
人事部 採用グループ 御中

お世話になっております。日の出学院大学 キャリア支援課の霧島です。
冬季インターンシップ（2月2日〜2月13日）に参加する本学学生6名をお知らせします。
Excelに貼り付けやすいようタブ区切りにしてあります。

氏名	フリガナ	学部学科	学年	大学メール	携帯電話
城之内 壮真	ジョウノウチ ソウマ	理工学部 電気電子工学科	3	24e1077@st.hinode-sangyo.co.jp	090-8823-1174
左近 朱里	サコン アカリ	理工学部 情報工学科	3	24i2031@st.hinode-sangyo.co.jp	080-4471-9902
有働 匠	ウドウ タクミ	理工学部 機械工学科	3	24m1145@st.hinode-sangyo.co.jp	070-3320-6658
蓮見 佳奈	ハスミ カナ	経済学部 経営学科	3	24b3308@st.hinode-sangyo.co.jp	090-1158-2247
巽 真之介	タツミ シンノスケ	理工学部 電気電子工学科	2	25e1012@st.hinode-sangyo.co.jp	080-6637-4410
江藤 楓花	エトウ フウカ	理工学部 情報工学科	3	24i2119@st.hinode-sangyo.co.jp	090-2290-3381

事前課題の送付先は大学メールでお願いいたします。
""" + SIG_KIRISHIMA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "インターン参加学生6名のタブ区切り一覧（メール・携帯）を取引先へ",
},
{
    "id": "gakuseisoudan-013",
    "charset": "shift_jis",
    "sender": "椎葉 真由美 <shiiba.mayumi@univ.hinode-sangyo.co.jp>",
    "to": ["医療法人 健診プラザ 予約センター <yoyaku@kenshin-plaza.or.jp>"],
    "subject": "定期健康診断 再検査対象者の受診予約について",
    "body": """医療法人 健診プラザ
予約センター ご担当者様

いつもお世話になっております。日の出学院大学 保健管理センターの椎葉です。
春の定期健康診断で再検査となった学生のうち、貴院での受診を希望した5名について
予約をお願いいたします。いずれも平日午後を希望しております。

・犬飼 美月（看護学科3年、H15.2.9生）尿蛋白（２＋）、尿潜血（＋）
・桐生 航大（理工学部1年、H18.7.30生）血圧 152/98、心電図 右脚ブロック
・湯浅 菜々子（教育学部2年、H17.4.11生）貧血 Hb 8.9
・小此木 陸（経済学部4年、H14.10.3生）胸部X線 右上肺野に結節影
・ソン・ミンジュン（国際学部2年、2005.1.22生）肝機能 AST 88 / ALT 131

結果は保健管理センター宛にご送付ください。よろしくお願いいたします。
""" + SIG_SHIIBA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "「・」箇条書きで学生5名の健診結果（要配慮個人情報）と生年月日を学外健診機関へ",
},
{
    "id": "gakuseisoudan-014",
    "charset": "iso-2022-jp",
    "sender": "学生課 行事担当 奥寺 <okudera.yui@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 団体営業 <group-sales@sakura-hotel.jp>"],
    "subject": "リーダー研修合宿 ルーミングリスト（第1便）",
    "body": """さくらホテル
団体営業 野々村 様

お世話になっております。日の出学院大学 学生課の奥寺です。
11月15日〜16日のリーダー研修合宿につき、先行して5名分のルーミングリストを
お送りします。残りは金曜日までにお送りします。

【1】
氏名：楠木 大地（クスノキ ダイチ）　男
部屋：和室A（4名）
携帯：090-5514-2870
緊急連絡先：楠木 真理子（母）048-662-1193

【2】
氏名：小鳥遊 りん（タカナシ リン）　女
部屋：洋室 1203
携帯：080-2207-6649
緊急連絡先：小鳥遊 浩（父）090-3376-0815

【3】
氏名：八雲 柊（ヤクモ シュウ）　男
部屋：和室A（4名）
携帯：070-8823-5541
緊急連絡先：八雲 恵（母）0557-81-4426
備考：てんかんの既往あり（服薬中）。夜間に発作があった場合は救急要請をお願いします。

【4】
氏名：御手洗 咲良（ミタライ サラ）　女
部屋：洋室 1203
携帯：090-7720-1158
緊急連絡先：御手洗 聡（父）03-3708-2264

【5】
氏名：一ノ瀬 湊（イチノセ ミナト）　男
部屋：和室B（3名）
携帯：080-1193-4407
緊急連絡先：一ノ瀬 久美（母）090-2267-9951

以上、よろしくお願いいたします。

日の出学院大学 学生課 奥寺 結衣
TEL 042-795-3302
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "1人1ブロックのルーミングリスト5名（携帯・緊急連絡先、1名は既往症）をホテルへ",
},
{
    "id": "gakuseisoudan-015",
    "charset": "utf-8",
    "sender": "学生課 保険担当 <hoken@hinode-sangyo.co.jp>",
    "to": ["まなび損保 学生保険センター <gakusei-center@manabi-sonpo.co.jp>"],
    "subject": "学研災 事故通知（9月分まとめ）",
    "body": """まなび損害保険株式会社
学生保険センター ご担当者様

いつもお世話になっております。日の出学院大学 学生課（保険担当）です。
9月中に本学で受け付けた学生教育研究災害傷害保険の事故通知6件を、
一覧表（PDF）にまとめてお送りします。各人の事故通知書原本は別途郵送いたします。

日の出学院大学 学生課 保険担当　浅葱
TEL 042-795-3312
""",
    "attachments": [{
        "kind": "pdf",
        "name": "jikotsuchi_2026-09.pdf",
        "title": "学研災 事故通知一覧 2026年9月",
        "lines": ["学生教育研究災害傷害保険 事故通知一覧（2026年9月受付分）",
                  "日の出学院大学 学生課", ""],
        "table": [
            ["No", "氏名", "生年月日", "事故日", "区分", "傷病名", "医療機関"],
            ["1", "柳瀬 駿", "2005/02/11", "09/03", "課外活動", "右足関節骨折", "北町総合病院"],
            ["2", "乙部 真央", "2004/08/27", "09/06", "正課中", "左手指切創（実験中）", "町田さくら外科"],
            ["3", "戸田 リョウ", "2006/05/02", "09/10", "通学中", "頭部打撲・脳振盪", "北町総合病院"],
            ["4", "須賀 菫", "2005/12/19", "09/14", "課外活動", "右前十字靱帯損傷", "相模スポーツ整形"],
            ["5", "氷室 圭", "2003/10/08", "09/21", "学校行事", "熱中症", "町田市民病院"],
            ["6", "藤堂 七海", "2006/01/15", "09/27", "通学中", "鎖骨骨折", "北町総合病院"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "学生6名の傷病名と生年月日のPDF表を保険会社へ",
},
]

MESSAGES += [
{
    "id": "gakuseisoudan-016",
    "charset": "utf-8",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["井戸 臨床心理オフィス 井戸 由香里 <ido@ido-shinri.jp>"],
    "subject": "11月ケース会議資料（SV用）",
    "body": """井戸先生

いつもスーパービジョンをありがとうございます。障害学生支援室の小野寺です。
11月20日のケース会議の資料をお送りします。今回は5ケースです。
特に3と5について、配慮内容の妥当性（過重な負担の判断）をご助言いただければ幸いです。

小野寺
""",
    "attachments": [{
        "kind": "pptx",
        "name": "ケース会議_2026-11.pptx",
        "title": "障害学生支援室 ケース会議 2026年11月",
        "slides": [
            ["障害学生支援室 ケース会議（2026年11月）", "SV：井戸 由香里 先生", "報告：小野寺・支援室スタッフ"],
            ["ケース1　白鳥 湊（理工学部3年）", "ASD（2023年 港南こころのクリニックにて診断）",
             "グループ実験での役割調整、口頭指示の文書化", "経過：実験レポート提出率 40%→85%"],
            ["ケース2　茅野 彩花（文学部2年）", "ADHD（服薬中）、二次障害としての不安障害",
             "試験時の別室受験、提出期限の個別調整"],
            ["ケース3　上条 健人（経済学部4年）", "双極性障害Ⅱ型、6月に一時入院",
             "卒論指導の延長、オンライン受講の可否 → 過重な負担か要検討"],
            ["ケース4　佐伯 結（教育学部1年）", "弱視（矯正視力0.08）", "拡大教材、板書撮影の許可"],
            ["ケース5　ムハンマド・ハサン（国際学部2年）", "PTSD（母国での被害体験）",
             "大きな音のある演習の代替課題、ラマダン期の試験日程"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PPTX: 学生5名の氏名と診断名（障害・病歴）を学外スーパーバイザーへ",
},
{
    "id": "gakuseisoudan-017",
    "charset": "utf-8",
    "sender": "国際交流課 留学生係 <ryugakusei@hinode-sangyo.co.jp>",
    "to": ["神田行政書士事務所 <info@kanda-gyosei.jp>"],
    "subject": "在留期間更新申請（取次）の対象者データ送付",
    "body": """神田行政書士事務所
神田 先生

お世話になっております。日の出学院大学 国際交流課 留学生係の柚木です。
12月期限の在留期間更新について、取次をお願いする留学生6名分のデータをお送りします。
ZIPの中に一覧（CSV）と委任状の控え（Word）を入れております。

よろしくお願いいたします。

日の出学院大学 国際交流課 留学生係
柚木 沙耶　TEL 042-795-3522
""",
    "attachments": [{
        "kind": "zip",
        "name": "zairyu_koushin_202612.zip",
        "files": [
            {"kind": "csv", "name": "koushin_list.csv", "encoding": "utf-8",
             "rows": [
                 ["No", "Name", "氏名(カナ)", "Nationality", "DOB", "在留カード番号", "在留期限", "住所"],
                 ["1", "NGUYEN VAN KHOA", "グエン ヴァン コア", "Vietnam", "2003-04-18", "UH48201736EA", "2026-12-20", "東京都町田市日の出台5-2-14 あさひ寮E-305"],
                 ["2", "CHEN YUTING", "チン ユウテイ", "China", "2004-09-02", "RK19374028CB", "2026-12-20", "東京都町田市鶴間2-11-8-201"],
                 ["3", "PARK JIHOON", "パク ジフン", "Korea", "2002-12-27", "TN60482915AD", "2026-12-31", "神奈川県相模原市南区相模大野4-3-6"],
                 ["4", "SRI WAHYUNI", "スリ ワヒュニ", "Indonesia", "2004-06-11", "EH27309145FB", "2026-12-15", "東京都町田市日の出台5-2-14 あさひ寮W-207"],
                 ["5", "BATBAYAR ENKHJIN", "バトバヤル エンフジン", "Mongolia", "2003-02-05", "QK85017362GA", "2026-12-28", "東京都町田市原町田6-17-3-504"],
                 ["6", "TRAN THI HUONG", "チャン ティ フオン", "Vietnam", "2005-01-30", "MH41620987CC", "2026-12-20", "東京都八王子市相原町1402-9"],
             ]},
            {"kind": "docx", "name": "委任状控え.docx",
             "paragraphs": ["委任状（控え）", "下記の者は、在留期間更新許可申請の取次を神田行政書士事務所に委任します。"],
             "tables": [[["氏名", "在留カード番号", "署名日"],
                         ["NGUYEN VAN KHOA", "UH48201736EA", "2026/10/02"],
                         ["CHEN YUTING", "RK19374028CB", "2026/10/02"],
                         ["PARK JIHOON", "TN60482915AD", "2026/10/03"]]]},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "ZIP（CSV+DOCX）: 留学生6名の在留カード番号・生年月日・住所を行政書士へ",
},
{
    "id": "gakuseisoudan-018",
    "charset": "shift_jis",
    "sender": "伊集院 拓 <ijuin.taku@hinode-sangyo.co.jp>",
    "to": ["ハーモニー寮管理 町田営業所 <machida@harmony-ryo.co.jp>"],
    "subject": "FW: 年度末退寮予定者について",
    "body": """ハーモニー寮管理 町田営業所 様

お世話になっております。伊集院です。
学生課からの連絡を転送します。退寮立会いの日程調整をお願いできますでしょうか。
連絡は本人携帯へ、つながらない場合は保護者へお願いします。

---------- Forwarded message ---------
From: 学生課 谷地 <yachi.kaori@hinode-sangyo.co.jp>
Date: 2026年9月29日(火) 10:14
Subject: 年度末退寮予定者について
To: 伊集院 拓 <ijuin.taku@hinode-sangyo.co.jp>

伊集院さん

9月末で退寮する学生の一覧です（休学・退学に伴うもの）。

 部屋    氏名          本人携帯        保護者          転居先
 E-109   門脇 悠       090-3318-2274   門脇 弘美       新潟県長岡市東坂之上町2-4-11
 E-316   栗栖 蒼空     080-6671-0943   栗栖 達也       福島県郡山市富田町字上ノ台8-3
 W-203   鴨下 心愛     070-2245-8816   鴨下 美保       静岡県沼津市大手町3-9-20
 W-211   鈴鹿 真尋     090-4491-3306   鈴鹿 孝         三重県津市栄町1-872
 W-314   瀬戸口 結月   080-5520-7718   瀬戸口 恵子     鹿児島県鹿屋市寿4-15-2

よろしくお願いします。
学生課 谷地
""" + SIG_IJUIN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "転送（FW）: 退寮者5名の携帯・保護者名・転居先住所の一覧を委託先へ（転送は新しい本文扱い）",
},
{
    "id": "gakuseisoudan-019",
    "charset": "iso-2022-jp",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["えがおキャリア 就労移行支援 町田センター <machida@egao-career.co.jp>"],
    "subject": "FW: 卒業後の就労支援についてのご相談",
    "body": """えがおキャリア 町田センター
支援員 香坂 様

先日はお時間をいただきありがとうございました。障害学生支援室の小野寺です。
ご説明した学生について、本人の了解を得ましたので、これまでの経緯がわかる
学内のやりとりを添付で転送いたします。ご確認のうえ、見学日程をご提案ください。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "eml",
        "name": "卒業後の就労支援についての相談.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "学生相談室 真壁 <makabe.chihiro@hinode-sangyo.co.jp>",
            "to": ["小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>"],
            "subject": "卒業後の就労支援についての相談",
            "body": """小野寺さん

相談室で継続面接中の 日下部 周（くさかべ あまね、人間科学部4年）さんについて
共有します。

・ADHD（不注意優勢型）の診断を2年次に受けており、現在も服薬中です。
・今年6月に精神障害者保健福祉手帳（3級）を取得しました。
・一般枠の就職活動で不採用が続き、抑うつ気分が強まっています。
・本人は障害者雇用枠も視野に入れたいとのこと。学外の就労移行支援の情報が
　ほしいそうです。

面接記録の要約は相談室の共有フォルダにあります。
真壁
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "添付の転送メール（eml）に学生1名の障害・診断・手帳等級: 要配慮個人情報を学外へ",
},
{
    "id": "gakuseisoudan-020",
    "charset": "utf-8",
    "sender": "伊集院 拓 <ijuin.taku@hinode-sangyo.co.jp>",
    "to": ["ハーモニー寮管理 経理課 <keiri@harmony-ryo.co.jp>"],
    "subject": "寮費カード決済エラーの再処理依頼（W-309）",
    "body": """ハーモニー寮管理 経理課 ご担当者様

お世話になっております。あさひ寮の伊集院です。
10月分寮費のカード決済がエラーになっていた W-309 の件、保護者様にお電話で確認し、
カードを切り替えたとのことでしたので、新しいカード情報をお知らせします。
決済代行の管理画面から再処理をお願いできますでしょうか。

　寮生：波多野 結衣花（W-309）
　カード名義：RYO HATANO
　カード番号：""" + _hy(CARD[0]) + """
　有効期限：08/29

処理が済みましたら、本メールは削除いただけますと幸いです。
""" + SIG_IJUIN,
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "保護者のクレジットカード番号を本文に記載して学外委託先へ",
},
{
    "id": "gakuseisoudan-021",
    "charset": "shift_jis",
    "sender": "学生課 アルバイト担当 <arbeit@hinode-sangyo.co.jp>",
    "to": ["やまぶき社会保険労務士事務所 <office@yamabuki-sr.jp>"],
    "subject": "TA採用者（長期）の資格取得届 資料",
    "body": """やまぶき社会保険労務士事務所
山吹 先生

いつもお世話になっております。日の出学院大学 学生課の米倉です。
大学院生TAのうち、週20時間以上となり社会保険の加入対象となった1名について、
資格取得届の作成をお願いいたします。

　氏名　　　：朱鷺田 遼（ときた りょう）
　生年月日　：平成１２年１１月３日
　基礎年金番号：４１０２－６８３５７９
　現在の健康保険証：全国健康保険協会 記号 ３１０４００８２　番号 ４７（被扶養者）
　雇用開始日：令和８年１０月１日

ご不明点がありましたらご連絡ください。

日の出学院大学 学生課 米倉 拓也
TEL 042-795-3315
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "学生1名の基礎年金番号と健康保険証の記号・番号（全角数字）を社労士事務所へ",
},
{
    "id": "gakuseisoudan-022",
    "charset": "iso-2022-jp",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["パークワン管理 町田事業所 <machida@parkone-kanri.co.jp>"],
    "subject": "学内駐車場 特例利用の登録依頼",
    "body": """株式会社パークワン管理 町田事業所
ご担当者様

お世話になっております。日の出学院大学 障害学生支援室の小野寺です。
学生の自動車通学は原則禁止ですが、下記の学生は下肢障害のため特例として
5号館前の身障者用区画の利用を許可しました。ゲート登録をお願いいたします。

　学生氏名：蔵前 一輝（くらまえ かずき）　法学部3年
　障害の状況：脊髄損傷による両下肢まひ（車いす使用）、身体障害者手帳1級
　運転免許証番号：第 304108562710 号
　車両：トヨタ シエンタ（福祉車両）　品川 530 さ 71-06
　利用期間：2026年10月1日〜2027年3月31日

よろしくお願いいたします。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "学生1名の運転免許証番号と障害の状況を駐車場管理会社へ",
},
{
    "id": "gakuseisoudan-023",
    "charset": "utf-8",
    "sender": "国際交流課 安曇 <azumi.keiko@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会・団体予約 <banquet@sakura-hotel.jp>"],
    "subject": "留学生研修旅行（日光）お食事と礼拝場所のご相談",
    "body": """さくらホテル 日光
宴会・団体予約 ご担当者様

いつもお世話になっております。日の出学院大学 国際交流課の安曇です。
12月5日〜6日の留学生研修旅行（38名）について、1点ご相談です。

参加者のうち、マレーシアからの留学生 アフマド・ラフィク・ビン・ユソフさん（経済学部2年）は
イスラム教徒で、1日5回の礼拝を行います。
　・夕方と早朝の礼拝のため、静かな小部屋（会議室など）をお借りできないでしょうか。
　・夕食・朝食はハラール対応（豚・アルコール不使用）をお願いしたく存じます。
　・断食期間ではありませんので、通常の時間帯で問題ありません。

本人とは事前に相談済みで、必要であれば私から直接ご説明します。

日の出学院大学 国際交流課
安曇 恵子　TEL 042-795-3521
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の学生の信仰（宗教）を氏名付きでホテルへ: 要配慮個人情報（1名でも）",
},
{
    "id": "gakuseisoudan-024",
    "charset": "iso-2022-jp",
    "sender": "弓削 健司 <yuge.kenji@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 沖田 <okita@shirakawa-law.jp>"],
    "subject": "学生のストーカー被害について（ご相談）",
    "body": """白川法律事務所
沖田 先生

いつもお世話になっております。日の出学院大学の弓削です。
急ぎご相談したい件がございます。

文学部3年の 汐見 茉莉花 さんが、元交際相手（学外者）からつきまとい被害を受けており、
9月30日に町田警察署へ被害届を提出、同日付で警告が出されたとのことです。
相手方が学内に立ち入る可能性があり、大学としての対応（入構制限、授業教室の変更、
寮への移転）についてご助言をいただきたく存じます。

本人の意向は「大学にも守ってほしいが、事を大きくしたくない」というものです。
明日午後にお電話でご相談できますでしょうか。
""" + SIG_YUGE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "氏名付きで学生が犯罪被害者であること（要配慮個人情報）を学外の弁護士へ",
},
{
    "id": "gakuseisoudan-025",
    "charset": "utf-8",
    "sender": "Daniel Hartley <hartley.daniel@hinode-sangyo.co.jp>",
    "to": ["Global Engagement Office <exchange@pacificrim-university.edu>"],
    "subject": "Urgent: your exchange student Liam O'Connor",
    "body": """Dear Dr Alvarez,

I am sorry to contact you with difficult news. Your exchange student Liam O'Connor
(date of birth 9 November 2004, with us since April) was arrested by the Tokyo
Metropolitan Police on Saturday night on suspicion of assault after an incident at a
bar in Shibuya. He is currently held at Shibuya Police Station and has been allowed to
see a duty lawyer; his consulate has been informed.

Under our regulations the university will open a disciplinary review once the police
investigation is over. We would like to discuss with you whether his exchange should
continue, and how you would like us to keep in touch with his family.

Could we have a call on Tuesday, 9:00 your time?

Kind regards,
""" + SIG_HARTLEY,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "英文: 特定の学生の逮捕（犯罪の嫌疑）を海外提携校へ: 要配慮個人情報",
},
{
    "id": "gakuseisoudan-026",
    "charset": "shift_jis",
    "sender": "弓削 健司 <yuge.kenji@hinode-sangyo.co.jp>",
    "to": ["ときわ総合法律事務所 立花 <tachibana@tokiwa-law.jp>"],
    "subject": "ハラスメント申立ての概要（外部委員ご就任のお願いに関して）",
    "body": """ときわ総合法律事務所
立花 先生

先日はお電話にて外部委員へのご就任をご快諾いただき、ありがとうございました。
日の出学院大学の弓削です。申立ての概要を以下にお送りします。

　申立人：国際学部2年　金 秀妍（キム・スヨン）さん
　相手方：同学部 非常勤講師（氏名は委員会初回にお伝えします）
　申立ての内容：
　　申立人が在日コリアン3世であることを理由に、授業中に複数回にわたり
　　出自に関する揶揄を受けた。また、レポートの評価で不利益な扱いを受けた。
　受付日：2026年9月18日（学生相談室経由）

初回委員会は10月中旬を予定しております。改めて日程調整のご連絡をいたします。
""" + SIG_YUGE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "申立人の氏名と民族的出自（要配慮個人情報）を外部の弁護士へ",
},
{
    "id": "gakuseisoudan-027",
    "charset": "utf-8",
    "sender": "椎葉 真由美 <shiiba.mayumi@univ.hinode-sangyo.co.jp>",
    "to": ["北町総合病院 地域連携室 <renkei@kitamachi-hp.or.jp>"],
    "subject": "精密検査のご依頼（健康診断結果票を添付します）",
    "body": """北町総合病院 地域連携室 御中

いつもお世話になっております。日の出学院大学 保健管理センターの椎葉です。
定期健康診断で要精密検査となった学生1名について、呼吸器内科での精査をお願いします。
結果票をPDFで添付いたします。本人には予約が取れ次第こちらから連絡します。
""" + SIG_SHIIBA,
    "attachments": [{
        "kind": "pdf",
        "name": "健康診断結果票_精査依頼.pdf",
        "lines": [
            "日の出学院大学 保健管理センター　健康診断結果票（精密検査依頼用）",
            "",
            "氏名：小此木 陸（オコノギ リク）　　性別：男",
            "生年月日：平成14年10月3日（23歳）　学籍番号：2211084",
            "健診日：2026年4月9日",
            "身長 171.2cm　体重 58.4kg　BMI 19.9",
            "血圧 118/72　尿検査 異常なし",
            "胸部X線：右上肺野に約12mmの結節影あり。陳旧性陰影との鑑別を要す。",
            "判定：要精密検査（E）",
            "既往歴：小児喘息（中学まで）　喫煙歴：なし",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "1名分の健診結果票PDF（所見・既往歴）を学外病院へ",
},
{
    "id": "gakuseisoudan-028",
    "charset": "iso-2022-jp",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["秋月 玲奈 <akizuki.r@seiryo-u.ac.jp>", "真鍋 浩一 <manabe.koichi@minami-kogyo.ac.jp>",
           "楓女子大学 学生支援課 <shien@kaede-joshi.ac.jp>", "北斗大学 アクセシビリティセンター <access@hokuto-u.ac.jp>"],
    "subject": "多摩地区 障害学生支援 情報交換会（第4回）のご案内",
    "body": """各大学 障害学生支援ご担当の皆様

いつもお世話になっております。今期の幹事校を務めます日の出学院大学の小野寺です。
第4回情報交換会を下記のとおり開催いたします。

　日時：11月28日（金）14:00〜16:30
　会場：日の出学院大学 5号館 1階 多目的室（オンライン併用）
　テーマ：「入学前相談から合理的配慮の決定までのプロセス」
　　　　　各校10分程度の事例紹介（個人が特定されない形でお願いします）

出欠を11月14日までにご返信ください。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "4つの他大学のアドレスを To に並べて送信（Bcc にすべき）",
},
{
    "id": "gakuseisoudan-029",
    "charset": "shift_jis",
    "sender": "伊集院 拓 <ijuin.taku@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 町田営業所 <machida@aoba-unyu.co.jp>"],
    "cc": ["ハーモニー寮管理 町田営業所 <machida@harmony-ryo.co.jp>",
           "北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
    "subject": "10/1 あさひ寮 入寮日の段取りについて",
    "body": """青葉運輸 町田営業所 様
（cc：ハーモニー寮管理 様、北国フーズ 様）

お世話になっております。あさひ寮の伊集院です。
10月1日の入寮日について、関係各社の段取りを共有いたします。

　9:00〜11:00　荷物搬入（青葉運輸様）　東棟搬入口、エレベーター1基を専用
　11:00〜　　　鍵の受け渡し・設備説明（ハーモニー寮管理様）　1階ラウンジ
　12:00〜13:30 昼食提供（北国フーズ様）　食堂、通常メニュー＋入寮生分 7食追加

トラックの待機場所は寮南側の来客用駐車場をお使いください。
前日までに変更があればご連絡します。
""" + SIG_IJUIN,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "To/Cc に学外3社（青葉運輸・ハーモニー寮管理・北国フーズ）が互いに見える",
},
{
    "id": "gakuseisoudan-030",
    "charset": "iso-2022-jp",
    "sender": "大河内 詩織 <okochi.shiori@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 教育機関担当 <kyoiku@midori-ginkou.co.jp>"],
    "subject": "学内奨学金 振込不能分の再振込について",
    "body": """みどり銀行 法人営業部
教育機関担当 御中

いつもお世話になっております。日の出学院大学 学生課の大河内です。
10月10日付の学内給付奨学金の総合振込のうち、1件が口座相違で不能となりました。
学生から正しい口座を確認しましたので、再振込をお願いいたします。

　受取人：鶴見 ほのか（ツルミ ホノカ）
　振込先：みどり銀行 町田南支店（店番 214）普通 4712089
　金額：100,000円

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_OKOCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "宛先 midori-ginkou.co.jp は取引銀行 midori-ginko.co.jp の類似ドメイン（1名の口座情報も含む）",
},
{
    "id": "gakuseisoudan-031",
    "charset": "utf-8",
    "sender": "真壁 千尋 <makabe.chihiro@hinode-sangyo.co.jp>",
    "to": ["椎葉 真由美 <shiiba.mayumi@hinode-sangvo.co.jp>"],
    "subject": "本日来室した学生の件（保健管理センターと共有）",
    "body": """椎葉さん

お疲れさまです。真壁です。
本日午後、講義中に過呼吸になり保健管理センター経由で相談室に来た学生の件です。

　学生：法学部1年　灰谷 凛（はいたに りん）さん
　状況：5月頃から電車内で動悸・過呼吸の発作が繰り返しあり、
　　　　本人はパニック障害ではないかと心配している。
　　　　地元（仙台）のクリニックで昨年から抗不安薬を処方されていたが、
　　　　上京後は通院が途切れている。
　対応：近隣の精神科を紹介予定。発作時の対応はセンターでお願いします。

明日の朝のミーティングで少し時間をください。
真壁
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "自組織の類似ドメイン hinode-sangvo.co.jp（y→v）宛てに学生の病歴を送付",
},
{
    "id": "gakuseisoudan-032",
    "charset": "shift_jis",
    "sender": "学生支援センター 情報担当 <shien-it@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 文教営業部 <bunkyo@tsubasa-systems.jp>"],
    "subject": "学生相談予約システム 改修打合せ資料のご送付",
    "body": """ツバサシステム株式会社
文教営業部 ご担当 様

お世話になっております。日の出学院大学 学生支援センター 情報担当の真行寺です。
来週の改修打合せに向けて、こちらの要望事項を以下にまとめました。

 1. 予約枠の公開範囲を学部別に設定したい
 2. カウンセラー別の空き状況を学生から見えないようにしたい
 3. 予約確定メールに学内地図へのリンクを入れたい
 4. 予約データのCSV出力を管理者ロールのみに制限したい

概算見積もりのご提示を打合せ時にいただけますと助かります。

日の出学院大学 学生支援センター 情報担当
真行寺 学　内線 2260
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "宛先 tsubasa-systems.jp はパートナー tsubasa-system.jp の類似ドメイン（s 追加）",
},
{
    "id": "gakuseisoudan-033",
    "charset": "iso-2022-jp",
    "sender": "学生課 行事担当 奥寺 <okudera.yui@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 野々村 <nonomura@sakura-h0tel.jp>"],
    "subject": "リーダー研修合宿 最終人数のご連絡",
    "body": """さくらホテル
野々村 様

お世話になっております。日の出学院大学の奥寺です。
11月15日〜16日のリーダー研修合宿の最終人数が確定しましたのでお知らせします。

　学生　42名（男性 23名、女性 19名）
　教職員　5名（男性 3名、女性 2名）
　合計　47名

夕食は18:30開始、会議室は翌日12時までの利用でお願いいたします。
請求書は学生課宛てにお送りください。

日の出学院大学 学生課 奥寺 結衣
TEL 042-795-3302
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "宛先 sakura-h0tel.jp は sakura-hotel.jp の類似ドメイン（o→0）",
},
{
    "id": "gakuseisoudan-034",
    "charset": "utf-8",
    "sender": "伊集院 拓 <ijuin.taku@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 栄養士 向井 <mukai@kitaguni-foods.jp>"],
    "subject": "11月の寮食献立について",
    "body": """北国フーズ
向井 様

お世話になっております。あさひ寮の伊集院です。
11月の献立案を拝見しました。寮生アンケートで要望の多かった「麺類の日」を
週1回入れていただきありがとうございます。

2点だけご相談です。
・11/3（祝）は寮祭のため夕食を19:30開始に後ろ倒しできますでしょうか。
・朝食のパンを月・水・金は米飯に置き換えられるか、ご検討ください。

ご回答は来週中で構いません。
""" + SIG_IJUIN,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "宛先 kitaguni-foods.jp はパートナー kitaguni-foods.co.jp から co. を落とした類似ドメイン",
},
{
    "id": "gakuseisoudan-035",
    "charset": "iso-2022-jp",
    "sender": "学生課 調査担当 <chosa@hinode-sangyo.co.jp>",
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "【社外秘】学生生活実態調査 報告書 入稿原稿",
    "body": """錦印刷株式会社
制作部 ご担当 様

いつもお世話になっております。日の出学院大学 学生課の戸部です。
学生生活実態調査 報告書の入稿原稿（テキスト）をお送りします。
図版は明日、別便でお送りします。

本報告書は学内配布前の資料につき、社外秘扱いでお願いいたします。

日の出学院大学 学生課 戸部 真一
""",
    "attachments": [{
        "kind": "txt",
        "name": "genko_jittai_chosa_2026.txt",
        "encoding": "utf-8",
        "text": """【社外秘】
2026年度 日の出学院大学 学生生活実態調査 報告書（入稿原稿）

第1章 調査の概要
 調査期間：2026年6月1日〜6月30日　回答者数：3,214名（回答率 41.2%）
第2章 経済状況
 アルバイト従事率 72.4%、奨学金受給率 38.9%。仕送り月額の中央値は 5.5 万円。
第3章 心身の健康
 「この1か月に強いストレスを感じた」と回答した学生は 46.1%。
第4章 学生支援への要望
 夜間の相談窓口、オンライン相談の拡充を求める声が多かった。
""",
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "件名と添付原稿に「社外秘」の表示がある資料を学外の印刷会社へ",
},
]

MESSAGES += [
{
    "id": "gakuseisoudan-036",
    "charset": "utf-8",
    "sender": "大河内 詩織 <okochi.shiori@hinode-sangyo.co.jp>",
    "to": ["公益財団法人みらい育英会 事業課 <jigyo@mirai-ikuei.or.jp>"],
    "subject": "共同奨学金スキーム 予算配分案の送付",
    "body": """みらい育英会 事業課
三ツ矢 様

お世話になっております。日の出学院大学の大河内です。
先日ご提案いただいた共同奨学金スキームについて、本学側の予算配分案を作成しました。
学内決裁前の数字ですので、扱いにはご注意ください。
""" + SIG_OKOCHI,
    "attachments": [{
        "kind": "xlsx",
        "name": "共同奨学金_予算配分案_v2.xlsx",
        "page_header": "取扱注意",
        "page_footer": "日の出学院大学 学生課　取扱注意（学内決裁前）",
        "sheets": {
            "配分案": [
                ["【取扱注意】共同奨学金スキーム 予算配分案（2027年度）"],
                ["区分", "人数枠", "1人あたり月額（円）", "年額合計（円）", "負担割合（本学/財団）"],
                ["学部 給付A", 10, 40000, 4800000, "50/50"],
                ["学部 給付B", 20, 20000, 4800000, "60/40"],
                ["大学院 給付", 5, 50000, 3000000, "70/30"],
                ["緊急支援（一時金）", 15, None, 1500000, "100/0"],
            ],
            "前提条件": [
                ["項目", "内容"],
                ["財源", "教育事業本部 奨学基金の運用益および寄付金"],
                ["見直し", "3年ごとに配分比率を見直す"],
            ],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "「取扱注意」の表示（ヘッダ・フッタ・表題行）があるXLSXを学外財団へ",
},
{
    "id": "gakuseisoudan-037",
    "charset": "utf-8",
    "sender": "Daniel Hartley <hartley.daniel@hinode-sangyo.co.jp>",
    "to": ["Prof. Helen Whitfield <h.whitfield@northgate.ac.uk>"],
    "subject": "Slides for our student wellbeing partnership call",
    "body": """Dear Helen,

Ahead of Thursday's call, please find attached the slides our Vice-President will
present on the student wellbeing partnership. They are still a draft, so please do not
circulate them beyond your team.

Looking forward to speaking with you.

Best wishes,
Daniel
""" + SIG_HARTLEY,
    "attachments": [{
        "kind": "pptx",
        "name": "HGU_Wellbeing_Partnership_draft.pptx",
        "title": "Student Wellbeing Partnership - draft",
        "page_footer": "CONFIDENTIAL - Hinode Gakuin University - Internal Only",
        "slides": [
            ["Student Wellbeing Partnership (draft)", "Hinode Gakuin University x Northgate University",
             "CONFIDENTIAL"],
            ["Why now", "Counselling demand +11.6% year on year", "Waiting time up to 3 weeks in June"],
            ["Proposal", "Joint online peer-support programme", "Staff exchange for counsellors (2 per year)",
             "Shared evaluation framework"],
            ["Budget (indicative)", "JPY 6.2m over 3 years, 50/50 split", "Subject to board approval"],
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "英文: 各スライドに CONFIDENTIAL / Internal Only の表示があるPPTXを海外提携校へ",
},
{
    "id": "gakuseisoudan-038",
    "charset": "iso-2022-jp",
    "sender": "教務課 宍戸 <shishido.ryo@hinode-sangyo.co.jp>",
    "to": ["梶原 典子 <noriko.kajiwara.55@yahoo.co.jp>"],
    "subject": "退学手続き書類の送付（日の出学院大学 教務課）",
    "body": """梶原 典子 様

お世話になっております。日の出学院大学 教務課の宍戸です。
先日お電話でご相談いただいたご子息の退学手続きにつきまして、
必要書類一式をPDFでお送りします。

個人情報保護のため、PDFにはパスワードを設定しております。
パスワードは、ご子息の学籍番号（7桁）です。

ご記入・ご署名のうえ、同封の返信用封筒でご返送ください。
ご不明な点はお気軽にお問い合わせください。
""" + SIG_SHISHIDO,
    "attachments": [{
        "kind": "pdf",
        "name": "退学届一式_梶原.pdf",
        "password": "2311092",
        "lines": ["退学届", "学籍番号 2311092　氏名 梶原 陸斗", "退学理由：", "保証人署名："],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "パスワード保護PDFを保護者の私用アドレスへ: 添付を検査できない",
},
{
    "id": "gakuseisoudan-039",
    "charset": "shift_jis",
    "sender": "伊集院 拓 <ijuin.taku@hinode-sangyo.co.jp>",
    "to": ["ハーモニー寮管理 経理課 <keiri@harmony-ryo.co.jp>"],
    "subject": "11月分 寮費請求一覧",
    "body": """ハーモニー寮管理 経理課 ご担当者様

お世話になっております。あさひ寮の伊集院です。
11月分の寮費請求一覧をお送りします。口座振替の締めは11月20日です。
差額調整が必要な方には備考欄に記載しております。

よろしくお願いいたします。
""" + SIG_IJUIN,
    "attachments": [{"kind": "corrupt", "name": "寮費請求一覧_202611.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "壊れたXLSX（開けない）を学外委託先へ: 中身を検査できない",
},
{
    "id": "gakuseisoudan-040",
    "charset": "utf-8",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["Kasumi Ogino <kasumi.ogino.t@outlook.jp>"],
    "subject": "後期「英語コミュニケーションⅡ」配慮依頼文書",
    "body": """荻野 香澄 先生

いつも英語科目のご担当ありがとうございます。障害学生支援室の小野寺です。
大学のメールアドレスがまだ発行されていないと伺いましたので、
こちらのアドレスにお送りします。

後期の受講生1名についての配慮依頼文書を添付します。
授業開始前にご一読いただき、ご不明点があればご連絡ください。
""" + SIG_ONODERA,
    "attachments": [{"kind": "corrupt", "name": "配慮依頼文書_英語コミュニケーションII.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "破損したDOCXを非常勤講師の私用アドレスへ: 検査不能",
},
{
    "id": "gakuseisoudan-041",
    "charset": "shift_jis",
    "sender": "学生課 ボランティア支援 <volunteer@hinode-sangyo.co.jp>",
    "to": ["光ヶ丘市社会福祉協議会 ボランティアセンター <vc@hikarigaoka-shakyo.or.jp>"],
    "subject": "ボランティア活動保険 加入申込（日の出学院大学 災害支援チーム）",
    "body": """光ヶ丘市社会福祉協議会
ボランティアセンター 御中

お世話になっております。日の出学院大学 学生課 ボランティア支援担当の畠山です。
11月の災害復旧支援に参加する学生7名について、ボランティア活動保険の加入を
お願いいたします。加入者名簿（Excel 97-2003形式）を添付します。
保険料は当課でまとめてお支払いします。

日の出学院大学 学生課 畠山 亜紀
TEL 042-795-3318
""",
    "attachments": [{
        "kind": "xls",
        "name": "volunteer_hoken_meibo.xls",
        "sheets": {
            "名簿": [
                ["No", "氏名", "フリガナ", "生年月日", "住所", "活動内容"],
                [1, "宮古 駿介", "ミヤコ シュンスケ", "平成16年4月2日", "東京都町田市金森東1-22-5", "泥出し"],
                [2, "能登 風花", "ノト フウカ", "平成17年1月19日", "東京都町田市南成瀬6-3-10-202", "避難所運営"],
                [3, "稲葉 颯太", "イナバ ソウタ", "平成16年11月8日", "神奈川県相模原市中央区淵野辺3-7-22", "泥出し"],
                [4, "相良 美空", "サガラ ミク", "平成18年2月25日", "東京都八王子市堀之内2-14-1", "物資仕分け"],
                [5, "東雲 陽翔", "シノノメ ハルト", "平成15年9月14日", "東京都多摩市鶴牧4-5-3", "泥出し"],
                [6, "冴島 乃愛", "サエジマ ノア", "平成17年7月7日", "神奈川県横浜市緑区長津田5-12-8", "避難所運営"],
                [7, "桜庭 奏多", "サクラバ カナタ", "平成16年12月30日", "東京都町田市森野3-18-11-105", "物資仕分け"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "旧形式XLS: 学生7名の氏名・和暦生年月日・住所の名簿を社協へ",
},
{
    "id": "gakuseisoudan-042",
    "charset": "iso-2022-jp",
    "sender": "学生支援センター 情報担当 <shien-it@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 導入支援 <donyu@tsubasa-system.jp>"],
    "subject": "相談予約システム 移行テスト用データ",
    "body": """ツバサシステム株式会社
導入支援チーム 様

お世話になっております。日の出学院大学の真行寺です。
移行テスト用のデータを添付します。ダミーを作る時間がなかったため、
現行システムから抽出した実データの先頭10件です。テスト後は削除をお願いします。

日の出学院大学 学生支援センター 情報担当
真行寺 学
""",
    "attachments": [{
        "kind": "csv",
        "name": "students_extract_10.csv",
        "encoding": "utf-8",
        "rows": [
            ["student_no", "name", "name_kana", "email", "mobile", "address", "last_visit"],
            ["2311008", "日置 蒼", "ヘキ アオイ", "23a1008@st.hinode-sangyo.co.jp", "090-1120-3348", "東京都町田市玉川学園2-8-19", "2026-09-02"],
            ["2311015", "伊吹 美結", "イブキ ミユ", "23a1015@st.hinode-sangyo.co.jp", "080-3325-9910", "東京都町田市旭町1-4-6", "2026-09-05"],
            ["2321040", "比嘉 泰生", "ヒガ タイセイ", "23b1040@st.hinode-sangyo.co.jp", "070-4418-2263", "神奈川県相模原市南区上鶴間本町8-2-1", "2026-08-28"],
            ["2331077", "鷲尾 ゆい", "ワシオ ユイ", "23c1077@st.hinode-sangyo.co.jp", "090-6671-3384", "東京都八王子市別所1-30-4", "2026-09-10"],
            ["2411003", "海老原 迅", "エビハラ ジン", "24a1003@st.hinode-sangyo.co.jp", "080-2290-8817", "東京都町田市本町田2570-3", "2026-09-11"],
            ["2411029", "三国 花音", "ミクニ カノン", "24a1029@st.hinode-sangyo.co.jp", "090-3342-5506", "神奈川県大和市南林間7-1-14", "2026-09-12"],
            ["2421066", "丹羽 篤史", "ニワ アツシ", "24b1066@st.hinode-sangyo.co.jp", "070-1183-4479", "東京都稲城市東長沼1108", "2026-09-15"],
            ["2431091", "志摩 せいら", "シマ セイラ", "24c1091@st.hinode-sangyo.co.jp", "080-7719-2254", "東京都町田市鶴川4-12-3", "2026-09-16"],
            ["2511012", "唐沢 光", "カラサワ ヒカル", "25a1012@st.hinode-sangyo.co.jp", "090-5528-6641", "東京都町田市小川1-9-27", "2026-09-18"],
            ["2511044", "七尾 すみれ", "ナナオ スミレ", "25a1044@st.hinode-sangyo.co.jp", "080-4406-1195", "神奈川県横浜市青葉区奈良町1670-2", "2026-09-19"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "相談予約システムの実データ10名分（UTF-8 CSV）をベンダーへ",
},
{
    "id": "gakuseisoudan-043",
    "charset": "iso-2022-jp",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["楓女子大学 久世 千景 <kuze.chikage@kaede-joshi.ac.jp>"],
    "subject": "後期「教育心理学」受講学生への配慮事項について",
    "body": """久世 千景 先生

本学で後期「教育心理学」（火曜2限）をご担当いただく件、ありがとうございます。
日の出学院大学 障害学生支援室の小野寺です。

本科目の受講予定者のうち、合理的配慮が決定している学生5名について、
配慮事項の一覧をWordで添付いたします。
本学専任教員と同様のお願いとなりますが、ご対応のほどよろしくお願いします。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "docx",
        "name": "配慮事項一覧_教育心理学.docx",
        "paragraphs": ["後期「教育心理学」受講学生 合理的配慮事項一覧",
                       "日の出学院大学 障害学生支援室　2026年9月"],
        "tables": [[
            ["学籍番号", "氏名", "障害の種別", "配慮事項"],
            ["2412031", "神宮寺 杏", "視覚障害（弱視）", "資料の事前配布（電子データ）、最前列の座席"],
            ["2412077", "浦部 拓真", "発達障害（ASD）", "グループワークの役割の事前提示"],
            ["2422014", "野々宮 詩", "精神障害（うつ病）", "欠席時の課題による代替、期限延長"],
            ["2432108", "瀬尾 快", "肢体不自由（車いす）", "教室後方の車いすスペース確保"],
            ["2312096", "羽生 七瀬", "聴覚障害", "PCテイカーの同席、動画教材の字幕"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX表: 学生5名の障害種別と配慮事項を学外所属の非常勤講師へ",
},
{
    "id": "gakuseisoudan-044",
    "charset": "utf-8",
    "sender": "Daniel Hartley <hartley.daniel@hinode-sangyo.co.jp>",
    "to": ["Housing & Arrivals <arrivals@pacificrim-university.edu>"],
    "subject": "Spring 2027 outgoing group - arrival list",
    "body": """Hello Arrivals team,

Here is the list of the six Hinode Gakuin students arriving for the Spring 2027
semester, for your airport pick-up and housing check-in:

Name                 DOB          Passport No.   Flight          Arrival
-------------------  -----------  -------------  --------------  ----------------
TAKAMINE Shun        2004-05-21   TK3094417      JL062 NRT-LAX   Jan 6, 10:05
ASAKURA Mei          2005-02-08   TS8821064      JL062 NRT-LAX   Jan 6, 10:05
KUNISAKI Yuto        2003-11-30   MZ2206953      NH006 HND-LAX   Jan 7, 09:40
FUJIKAWA Rina        2005-08-14   TR5519082      JL062 NRT-LAX   Jan 6, 10:05
OGASAWARA Ren        2004-12-03   TH7302641      NH006 HND-LAX   Jan 7, 09:40
SHIRAI Koharu        2005-06-26   TZ1148370      JL062 NRT-LAX   Jan 6, 10:05

They have all been told to bring their I-20 in their hand luggage.

Many thanks,
Daniel
""" + SIG_HARTLEY,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "英文の空白区切り表: 学生6名の旅券番号と生年月日を海外提携校へ",
},
{
    "id": "gakuseisoudan-045",
    "charset": "shift_jis",
    "sender": "学生課 行事担当 奥寺 <okudera.yui@hinode-sangyo.co.jp>",
    "to": ["ひかり観光バス 配車センター <haisha@hikari-kanko.co.jp>"],
    "subject": "学外研修（富士方面）緊急連絡網の件",
    "body": """ひかり観光バス株式会社
配車センター ご担当 様

いつもお世話になっております。日の出学院大学 学生課の奥寺です。
運行管理上、車内で体調不良者が出た場合の連絡先を、とのご依頼でしたので
各号車の学生リーダーの連絡先をお送りします。

　号車　　氏名　　　　　　　携帯電話　　　　　　保護者連絡先
　――――――――――――――――――――――――――――――――――――――――
　１号車　　大路　和真　　　０９０－４４２８－１１６７　　０４２－７２２－８８０１
　２号車　　栂野　千尋　　　０８０－３３０１－７７２４　　０９０－６６１２－０４３８
　３号車　　阿久津　蘭　　　０７０－５５８９－２２１３　　０２８－６３４－２２９０
　４号車　　早瀬　朔　　　　０９０－１０７６－３３４８　　０８０－２２１９－５５０６
　５号車　　雨宮　かのん　　０８０－９９３２－４０６１　　０５５－２２６－７７１８

引率教職員の連絡先は、しおりの最終ページに記載しております。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "全角空白・全角数字で揃えた学生5名の携帯と保護者連絡先の表をバス会社へ",
},
{
    "id": "gakuseisoudan-046",
    "charset": "utf-8",
    "sender": "真壁 千尋 <makabe.chihiro@hinode-sangyo.co.jp>",
    "to": ["Dr. Aoife Brennan <a.brennan@tokyo-intl-clinic.com>"],
    "subject": "Referral: exchange student (English-speaking psychiatrist requested)",
    "body": """Dear Dr Brennan,

My name is Chihiro Makabe, a counsellor at Hinode Gakuin University Student Counselling
Room. Thank you for accepting referrals from us in English.

I would like to refer one of our exchange students:

  Name: Chloe BERNARD
  Date of birth: 17 March 2004
  Home university: Université de Rivesaltes (France), with us until February 2027
  Mobile: 070-3381-5527

Ms Bernard was diagnosed with post-traumatic stress disorder in France in 2024 after a
serious road accident and was on sertraline until May. Since arriving in Tokyo she has
had recurring nightmares and panic attacks, and she has asked to resume treatment. She
consents to this referral and to us sharing this information with you.

She is available on weekday afternoons. Thank you very much for your help.

Kind regards,
Chihiro Makabe
""" + SIG_MAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "英文紹介状: 留学生1名の診断名・服薬歴を学外クリニックへ",
},
{
    "id": "gakuseisoudan-047",
    "charset": "iso-2022-jp",
    "sender": "真壁 千尋 <makabe.chihiro@hinode-sangyo.co.jp>",
    "to": ["Kiyoshi Mochizuki <kiyoshi.mochizuki62@gmail.com>"],
    "subject": "ご子息の修学についてのご相談（日の出学院大学 学生相談室）",
    "body": """望月 清 様

突然のご連絡失礼いたします。日の出学院大学 学生相談室の真壁と申します。
ご子息の 望月 翔 さん（理工学部2年）の件で、ご本人の了解のもとご連絡しております。

翔さんは6月から相談室に通われており、先月、学外の心療内科で
「適応障害」との診断を受けられました。主治医からは、当面は学業の負担を減らし
休養をとることが望ましいとの意見が出ています。

ご本人とも相談のうえ、後期は休学も選択肢の一つとして検討しております。
休学の手続きや学費の扱いについて、一度ご家族も交えてお話しできればと思います。
オンラインでも構いませんので、ご都合のよい日時をお知らせいただけますでしょうか。
""" + SIG_MAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "保護者の私用アドレスへ学生1名の診断名（要配慮個人情報）を送付",
},
{
    "id": "gakuseisoudan-048",
    "charset": "utf-8",
    "sender": "霧島 奈央 <kirishima.nao@mail.hinode-sangyo.co.jp>",
    "to": ["えがおキャリア 法人営業部 <hojin@egao-career.co.jp>"],
    "subject": "障害者雇用枠 合同選考会への推薦資料",
    "body": """えがおキャリア株式会社
法人営業部 藤井 様

お世話になっております。日の出学院大学 キャリア支援課の霧島です。
12月の障害者雇用枠 合同選考会に推薦する学生5名の資料をZIPでお送りします。
（応募者一覧のExcelと、学科長の推薦状PDFです）

各学生からは、貴社への情報提供について同意書を取得しております。
""" + SIG_KIRISHIMA,
    "attachments": [{
        "kind": "zip",
        "name": "goudou_senkou_suisen.zip",
        "files": [
            {"kind": "xlsx", "name": "応募者一覧.xlsx",
             "sheets": {"応募者": [
                 ["障害者雇用枠 合同選考会 応募者一覧（日の出学院大学）"],
                 ["氏名", "生年月日", "住所", "電話", "障害種別", "手帳", "等級", "希望職種"],
                 ["五十嵐 湊斗", "2003/07/12", "東京都町田市三輪緑山2-5-8", "090-2213-6647", "精神（うつ病）", "精神保健福祉手帳", "3級", "事務"],
                 ["土御門 美玲", "2004/01/09", "東京都八王子市松木28-3", "080-5527-1109", "身体（聴覚）", "身体障害者手帳", "4級", "経理"],
                 ["榊 恭平", "2003/10/27", "神奈川県川崎市麻生区王禅寺東3-4-2", "070-6620-3385", "発達（ASD）", "精神保健福祉手帳", "3級", "システム"],
                 ["間宮 こころ", "2004/03/18", "東京都稲城市向陽台5-6-2-305", "090-4487-2210", "身体（下肢）", "身体障害者手帳", "2級", "企画"],
                 ["宗像 新", "2003/05/31", "東京都町田市金井ヶ丘1-14-9", "080-1168-9954", "知的（軽度）", "療育手帳", "B2", "軽作業"],
             ]}},
            {"kind": "pdf", "name": "推薦状_学科長.pdf",
             "lines": ["推薦状", "下記5名を障害者雇用枠 合同選考会に推薦いたします。",
                       "五十嵐 湊斗、土御門 美玲、榊 恭平、間宮 こころ、宗像 新",
                       "日の出学院大学 人間科学部 学科長 羽田 政之"]},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "ZIP（XLSX+PDF）: 学生5名の障害種別・手帳等級・連絡先を人材会社へ",
},
{
    "id": "gakuseisoudan-049",
    "charset": "shift_jis",
    "sender": "学生課 谷地 <yachi.kaori@hinode-sangyo.co.jp>",
    "to": ["篠原 里美 <satomi.shinohara.0408@gmail.com>"],
    "subject": "FW: 保護者会役員名簿の件",
    "body": """篠原 里美 様（保護者会 会長）

いつも保護者会の運営にご尽力いただきありがとうございます。学生課の谷地です。
新年度の役員名簿について、前会長とのやりとりをそのまま添付で転送いたします。
名簿の内容をご確認いただき、修正があればお知らせください。

日の出学院大学 学生課 谷地 香織
TEL 042-795-3303
""",
    "attachments": [{
        "kind": "eml",
        "name": "保護者会役員名簿の件.eml",
        "message": {
            "charset": "shift_jis",
            "sender": "学生課 谷地 <yachi.kaori@hinode-sangyo.co.jp>",
            "to": ["学生課 弓削 <yuge.kenji@hinode-sangyo.co.jp>"],
            "subject": "保護者会役員名簿の件",
            "body": """弓削課長

前会長の大庭様からいただいた新役員名簿を整理しました。

会長　　篠原 里美　　090-2281-6604　東京都世田谷区上北沢3-14-7
副会長　柏木 典弘　　080-3316-2287　神奈川県川崎市多摩区登戸2401-5
副会長　仲宗根 礼子　090-7724-1130　沖縄県浦添市内間2-18-3
会計　　木暮 昌代　　070-2209-8845　埼玉県所沢市小手指町4-22-9
書記　　勅使河原 亘　080-6630-4412　東京都杉並区浜田山1-7-20
監事　　大庭 順子　　090-1147-3028　千葉県柏市旭町5-3-11
監事　　蒔田 康介　　080-9921-7756　東京都町田市つくし野2-28-1

新会長への引継ぎは学生課から行います。
谷地
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "添付の転送メールに保護者7名の電話・住所の名簿: 私用アドレスの外部者へ",
},
{
    "id": "gakuseisoudan-050",
    "charset": "utf-8",
    "sender": "大河内 詩織 <okochi.shiori@hinode-sangyo.co.jp>",
    "to": ["yu.kanzaki.0522@icloud.com", "rikuto-h@docomo.ne.jp",
           "aimi.sorano@gmail.com", "haruki_t2005@ezweb.ne.jp"],
    "subject": "【学生課】奨学金継続手続き説明会の日程変更",
    "body": """学生の皆さん

学生課 奨学金担当の大河内です。
大学メールが届かないと申し出のあった方に、個人アドレス宛てでお知らせします。

奨学金継続手続き（適格認定）説明会の日程が変更になりました。

　変更前：11月6日（木）4限
　変更後：11月11日（火）5限　本館 201教室

欠席すると奨学金が止まる場合がありますので、必ず出席してください。
都合がつかない場合は、事前に学生課まで連絡をお願いします。
""" + SIG_OKOCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "学生4名の私用アドレス（個人4者）を To に並べて送信: Bcc にすべき",
},
{
    "id": "gakuseisoudan-051",
    "charset": "utf-8",
    "sender": "大河内 詩織 <okochi.shiori@hinode-sangyo.co.jp>",
    "to": ["学生育英機構 返還部 <henkan@gakusei-ikuei.or.jp>"],
    "subject": "在学猶予願の提出者一覧（日の出学院大学・10月受付分）",
    "body": """学生育英機構 返還部 ご担当者様

お世話になっております。日の出学院大学 学生課の大河内です。
10月に受け付けた在学猶予願の提出者5名をお知らせします。

奨学生番号      氏名           生年月日     現住所
540-21-118403   芹沢 晴香      2001/05/09   東京都町田市中町1-17-4
540-20-093117   天童 力        2000/12/21   神奈川県相模原市中央区陽光台3-2-16
540-22-120855   雪村 あかり    2002/08/03   東京都八王子市子安町4-8-1-702
540-19-077364   岩城 大輔      1999/03/14   東京都町田市忠生2-31-6
540-21-101928   真柴 葵        2001/10/30   神奈川県大和市つきみ野5-4-20

いずれも本学大学院に在籍中であることを確認済みです。
""" + SIG_OKOCHI,
    "html": """<html><body>
<p>学生育英機構 返還部 ご担当者様</p>
<p>お世話になっております。日の出学院大学 学生課の大河内です。<br>
10月に受け付けた在学猶予願の提出者5名をお知らせします。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>奨学生番号</th><th>氏名</th><th>生年月日</th><th>現住所</th></tr>
<tr><td>540-21-118403</td><td>芹沢 晴香</td><td>2001/05/09</td><td>東京都町田市中町1-17-4</td></tr>
<tr><td>540-20-093117</td><td>天童 力</td><td>2000/12/21</td><td>神奈川県相模原市中央区陽光台3-2-16</td></tr>
<tr><td>540-22-120855</td><td>雪村 あかり</td><td>2002/08/03</td><td>東京都八王子市子安町4-8-1-702</td></tr>
<tr><td>540-19-077364</td><td>岩城 大輔</td><td>1999/03/14</td><td>東京都町田市忠生2-31-6</td></tr>
<tr><td>540-21-101928</td><td>真柴 葵</td><td>2001/10/30</td><td>神奈川県大和市つきみ野5-4-20</td></tr>
</table>
<p>いずれも本学大学院に在籍中であることを確認済みです。</p>
<p>日の出学院大学 学生課（奨学金担当）<br>大河内 詩織<br>TEL 042-795-3310</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "テキスト+HTML（multipart/alternative）: 奨学生5名の生年月日・住所一覧を学外機関へ",
},
{
    "id": "gakuseisoudan-052",
    "charset": "utf-8",
    "sender": "学生課 アルバイト担当 <arbeit@hinode-sangyo.co.jp>",
    "to": ["計算センター株式会社 給与計算サービス <payroll@keisan-center.co.jp>"],
    "subject": "ピアサポーター謝金 支払調書用データ（10月分）",
    "body": """計算センター株式会社
給与計算サービス ご担当者様

お世話になっております。日の出学院大学 学生課の米倉です。
10月にピアサポーターとして活動した学生5名の謝金データを送付します。
支払調書の作成に必要とのことで、個人番号も記載しております。

日の出学院大学 学生課 米倉 拓也
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "peer_supporter_shakin_202610.xlsx",
        "sheets": {
            "10月分": [
                ["ピアサポーター謝金 支払明細（2026年10月）"],
                ["氏名", "フリガナ", "個人番号", "住所", "活動時間", "謝金額（円）"],
                ["加賀美 遥", "カガミ ハルカ", MN[2], "東京都町田市森野1-26-3", 12, 13200],
                ["栃木 慎也", "トチギ シンヤ", MN[3], "東京都町田市鶴間5-9-14", 8, 8800],
                ["水無瀬 ひな", "ミナセ ヒナ", MN[4], "神奈川県相模原市南区古淵2-15-7", 15, 16500],
                ["大原 悠人", "オオハラ ユウト", MN[5], "東京都八王子市鑓水2-80-5", 10, 11000],
                ["ゴメス 真理亜", "ゴメス マリア", MN[6], "神奈川県大和市鶴間1-22-3", 6, 6600],
            ],
            "集計": [["合計時間", 51], ["合計金額", 56100]],
        },
    }],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX: 学生5名のマイナンバーと住所を給与計算の委託先へ",
},
{
    "id": "gakuseisoudan-053",
    "charset": "iso-2022-jp",
    "sender": "大河内 詩織 <okochi.shiori@hinode-sangyo.co.jp>",
    "to": ["学生育英機構 奨学事業部 <shugaku-shien@gakusei-ikuei.or.jp>"],
    "subject": "個人番号提出書（生計維持者）の再送付",
    "body": """学生育英機構 奨学事業部 ご担当者様

お世話になっております。日の出学院大学 学生課の大河内です。
先週ご指摘のあった、申込者 蓮沼 心結 さんの生計維持者（母）の個人番号提出書について、
記入漏れを補正したものをPDFで再送いたします。
""" + SIG_OKOCHI,
    "attachments": [{
        "kind": "pdf",
        "name": "個人番号提出書_蓮沼.pdf",
        "title": "個人番号提出書",
        "lines": [
            "個人番号提出書（生計維持者用）",
            "",
            "申込者（学生）氏名：蓮沼 心結　学籍番号：2511087",
            "生計維持者 氏名：蓮沼 佳代子（ハスヌマ カヨコ）　続柄：母",
            "生年月日：昭和５３年６月１２日",
            "個人番号：" + _sp(MN[7]),
            "住所：埼玉県川越市脇田本町22-6",
            "",
            "上記のとおり個人番号を提出します。　2026年10月14日",
        ],
    }],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDF: 保護者1名のマイナンバー・生年月日・住所を学外機関へ",
},
{
    "id": "gakuseisoudan-054",
    "charset": "shift_jis",
    "sender": "国際交流課 安曇 <azumi.keiko@hinode-sangyo.co.jp>",
    "to": ["たびプラザ 教育旅行センター <kyoiku@tabi-plaza.co.jp>"],
    "subject": "短期語学研修（マルタ）申込金のカード決済について",
    "body": """株式会社たびプラザ
教育旅行センター 御中

お世話になっております。日の出学院大学 国際交流課の安曇です。
春期短期語学研修（マルタ）の申込金について、参加学生1名が保護者名義のカードでの
支払いを希望しています。窓口で伺った内容をお伝えしますので、決済をお願いします。

　参加者：小田切 杏奈（文学部1年）
　カード名義：HIDEAKI ODAGIRI
　カード番号：""" + CARD[1] + """
　有効期限：2029年3月
　金額：50,000円（申込金）

日の出学院大学 国際交流課
安曇 恵子　TEL 042-795-3521
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "保護者名義のクレジットカード番号を旅行会社へメールで送付",
},
{
    "id": "gakuseisoudan-055",
    "charset": "iso-2022-jp",
    "sender": "国際交流課 留学生係 <ryugakusei@hinode-sangyo.co.jp>",
    "to": ["ひかり不動産 町田駅前店 <machida@hikari-fudosan.co.jp>"],
    "subject": "機関保証による賃貸契約（留学生1名）の書類について",
    "body": """ひかり不動産株式会社 町田駅前店
佐久間 様

お世話になっております。日の出学院大学 国際交流課 留学生係の柚木です。
本学の機関保証制度を利用して入居を予定している留学生について、
審査に必要な項目を下記のとおりお知らせします。

　氏名：BUI THANH TUNG（ブイ タイン トゥン）
　生年月日：2004年8月15日
　在留カード番号：LQ73902514HB
　在留資格：留学（在留期限 2028年3月31日）
　入居予定物件：メゾン原町田 203号室

在留カードのコピーは本人が来店時に持参します。
よろしくお願いいたします。

日の出学院大学 国際交流課 留学生係
柚木 沙耶
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "留学生1名の在留カード番号を不動産会社へ",
},
]

# ===================================================================== EITHER

MESSAGES += [
{
    "id": "gakuseisoudan-056",
    "charset": "utf-8",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["Kaede Tsukishima <kaede.tsukishima@icloud.com>"],
    "subject": "合理的配慮 決定通知書（控え）をお送りします",
    "body": """月島 楓 さん

障害学生支援室の小野寺です。
先ほど窓口でお話ししたとおり、大学メールの容量がいっぱいで受信できないとのことなので、
ご本人の希望により、こちらのアドレスに決定通知書の控えの内容をお送りします。

　対象：月島 楓 さん（文学部3年）
　根拠となる診断：広汎性発達障害（ASD）、聴覚過敏
　決定した配慮：
　　・定期試験の別室受験（静かな小教室）
　　・イヤーマフ・ノイズキャンセリングイヤホンの使用許可
　　・グループ発表の個別発表への変更（担当教員と調整済み）

原本は学内便で学部事務室に届いています。
内容に変更を希望する場合は、いつでも相談に来てください。
""" + SIG_ONODERA,
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "本人の希望で本人の私用アドレスへ本人の診断・配慮内容: 要配慮だが受信者は本人",
},
{
    "id": "gakuseisoudan-057",
    "charset": "iso-2022-jp",
    "sender": "真壁 千尋 <makabe.chihiro@hinode-sangyo.co.jp>",
    "to": ["楓女子大学 学生支援課 <shien@kaede-joshi.ac.jp>"],
    "subject": "学生相談 地区研究会 世話人の連絡先一覧",
    "body": """楓女子大学 学生支援課 御中

お世話になっております。日の出学院大学 学生相談室の真壁です。
来年度から研究会に加わっていただけるとのこと、ありがとうございます。
各校の世話人の連絡先をお送りしますので、今後の連絡にお使いください。

　清陵大学　　　　秋月 玲奈　　042-677-1182（相談センター直通）　akizuki.r@seiryo-u.ac.jp
　南工業大学　　　真鍋 浩一　　042-669-3306（学生支援室）　　　　manabe.koichi@minami-kogyo.ac.jp
　北斗大学　　　　芳賀 純　　　042-592-7740（アクセシビリティC）　haga.jun@hokuto-u.ac.jp
　多摩看護大学　　勝呂 紀子　　042-339-5518（保健室）　　　　　　suguro@tama-kango.ac.jp
　光ヶ丘短期大学　仙波 実　　　042-681-2209（学生課）　　　　　　semba.minoru@hikarigaoka-jc.ac.jp

世話人会は年4回、各校持ち回りで開催しています。
""" + SIG_MAKABE,
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "5名分だが他大学の担当者の業務上の連絡先（部署直通・業務メール）: 人の名簿とも取引先一覧とも取れる",
},
{
    "id": "gakuseisoudan-058",
    "charset": "shift_jis",
    "sender": "真壁 千尋 <makabe.chihiro@hinode-sangyo.co.jp>",
    "to": ["港南こころのクリニック 受付 <uketsuke@konan-kokoro.jp>"],
    "subject": "先日ご紹介した学生の今後の連携について",
    "body": """港南こころのクリニック
藤堂 先生

お世話になっております。日の出学院大学 学生相談室の真壁です。
先月ご紹介した経済学部の2年生（学籍番号末尾 2906 の方）について、
本人から「薬を飲み始めてから朝起きられない日が増えた」との相談がありました。
次回の診察時に、服薬のタイミングについてご検討いただけますと幸いです。

大学側では、1限の授業について欠席時の課題代替を担当教員にお願いしています。
""" + SIG_MAKABE,
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "氏名はないが学部・学年・学籍番号末尾で受信者には特定可能な学生の服薬状況: 判断が分かれる",
},
]

# ======================================================================= PASS

MESSAGES += [
{
    "id": "gakuseisoudan-059",
    "charset": "shift_jis",
    "sender": "真壁 千尋 <makabe.chihiro@hinode-sangyo.co.jp>",
    "to": ["弓削 健司 <yuge.kenji@hinode-sangyo.co.jp>"],
    "cc": ["椎葉 真由美 <shiiba.mayumi@univ.hinode-sangyo.co.jp>"],
    "subject": "10月 要フォロー学生の共有（学生支援センター内）",
    "body": """弓削センター長
（cc：保健管理センター 椎葉さん）

お疲れさまです。真壁です。
10月末時点で、相談室として継続的なフォローが必要と判断している学生を共有します。
センター内限りの情報としてお取り扱いください。

 氏名            学部・学年      状況                              主な連携先
 --------------  --------------  --------------------------------  ------------------
 相馬 遥斗        経済 2年        うつ病（港南こころのCL通院中）      学部担任
 灰谷 凛          法 1年          パニック障害の疑い、受診調整中      保健管理センター
 日下部 周        人間科学 4年    ADHD、就職活動で抑うつ              キャリア支援課
 汐見 茉莉花      文 3年          ストーカー被害、警察対応中          学生課・顧問弁護士
 望月 翔          理工 2年        適応障害、後期休学を検討            教務課・保護者
 上条 健人        経済 4年        双極性障害Ⅱ型、6月に入院歴          障害学生支援室

次回の学生支援連絡会（11/6）で、休学手続きと卒論指導の扱いについて相談させてください。
真壁
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "学生6名の病歴一覧だが宛先はすべて社内（サブドメイン含む）",
},
{
    "id": "gakuseisoudan-060",
    "charset": "utf-8",
    "sender": "教務課 宍戸 <shishido.ryo@hinode-sangyo.co.jp>",
    "to": ["学生支援センター 共有 <shien-center@univ.hinode-sangyo.co.jp>"],
    "cc": ["大河内 詩織 <okochi.shiori@hinode-sangyo.co.jp>"],
    "subject": "後期 休学・退学 申請者一覧（教務課→学生支援センター）",
    "body": """学生支援センター 各位

教務課の宍戸です。後期の休学・退学申請者の一覧を共有します。
奨学金の停止手続きが必要な方は、大河内さんのほうで確認をお願いします。
""" + SIG_SHISHIDO,
    "attachments": [{
        "kind": "xlsx",
        "name": "後期_休学退学申請者一覧.xlsx",
        "sheets": {
            "休学": [
                ["2026年度後期 休学申請者"],
                ["学籍番号", "氏名", "学部", "期間", "理由", "本人携帯", "奨学金"],
                ["2321077", "望月 翔", "理工", "2026/10-2027/03", "療養（適応障害）", "080-2216-3390", "有"],
                ["2411190", "栗栖 蒼空", "経済", "2026/10-2027/03", "経済的理由", "080-6671-0943", "有"],
                ["2231054", "門脇 悠", "文", "2026/10-2027/09", "療養（摂食障害）", "090-3318-2274", "無"],
                ["2521008", "ファム・ミン・ドゥック", "国際", "2026/10-2027/03", "家族の介護（帰国）", "070-5542-1187", "無"],
            ],
            "退学": [
                ["学籍番号", "氏名", "学部", "退学日", "理由"],
                ["2311092", "梶原 陸斗", "理工", "2026/09/30", "進路変更"],
                ["2411233", "鈴鹿 真尋", "人間科学", "2026/09/30", "経済的理由"],
            ],
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "休学理由（療養・病名）を含む一覧だが宛先は社内のみ（univ.サブドメインも社内）",
},
{
    "id": "gakuseisoudan-061",
    "charset": "shift_jis",
    "sender": "学生課 アルバイト担当 <arbeit@hinode-sangyo.co.jp>",
    "to": ["経理部 給与グループ <kyuyo@hinode-sangyo.co.jp>"],
    "subject": "学内アルバイト（オープンキャンパス補助）個人番号データ",
    "body": """経理部 給与グループ 御中

学生課の米倉です。
8月のオープンキャンパス補助の学生アルバイト6名について、源泉徴収票作成用の
個人番号データを送ります。社内の個人番号取扱い規程に従い、処理後は削除してください。

米倉
""",
    "attachments": [{
        "kind": "csv",
        "name": "oc_arbeit_kojinbango.csv",
        "encoding": "cp932",
        "rows": [
            ["氏名", "個人番号", "住所", "支給額"],
            ["桧垣 芽依", MN[8], "東京都町田市高ヶ坂4-11-2", "24000"],
            ["沖 颯馬", MN[9], "東京都町田市山崎町2130-6", "24000"],
            ["草薙 優奈", MN[10], "神奈川県相模原市緑区二本松3-4-18", "16000"],
            ["新発田 蓮", MN[11], "東京都八王子市片倉町33-9", "24000"],
            ["宇喜多 玲", MN[12], "東京都町田市玉川学園7-3-5", "8000"],
            ["皆川 ゆず", MN[13], "神奈川県大和市下鶴間2808-1", "16000"],
        ],
    }],
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "マイナンバー6名分のCSVだが社内の経理部宛てのみ",
},
{
    "id": "gakuseisoudan-062",
    "charset": "iso-2022-jp",
    "sender": "真壁 千尋 <makabe.chihiro@hinode-sangyo.co.jp>",
    "to": ["港南こころのクリニック 受付 <uketsuke@konan-kokoro.jp>"],
    "subject": "Re: 相馬様の初診日について",
    "body": """港南こころのクリニック
受付ご担当 様

ご連絡ありがとうございます。真壁です。
初診日の件、承知いたしました。11月4日（火）14時で本人に伝えます。
当日は本人のみで伺う予定です。

引き続きよろしくお願いいたします。

> 日の出学院大学 学生相談室
> 真壁 様
>
> いつもお世話になっております。港南こころのクリニック受付です。
> ご紹介いただいた 相馬 遥斗 様（平成16年8月21日生）の初診ですが、
> 11月4日（火）14:00 でお取りできます。
> 紹介状にあった、うつ病の疑い・希死念慮の有無については、初診時に
> 院長が改めて確認いたします。保険証をお持ちいただくようお伝えください。
>
> 港南こころのクリニック 受付 佐倉
""" + SIG_MAKABE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "診断・生年月日は「>」の引用部分（相手が送ってきた文）だけ。新しい本文は日程の返事のみ",
},
{
    "id": "gakuseisoudan-063",
    "charset": "shift_jis",
    "sender": "霧島 奈央 <kirishima.nao@mail.hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 採用グループ 石動 <isurugi@kawasaki-denki.co.jp>"],
    "subject": "RE: 冬季インターンシップ 受入れ確定者のご案内",
    "body": """川崎電機株式会社
人事部 採用グループ
石動 様

ご連絡ありがとうございます。日の出学院大学 キャリア支援課の霧島です。
受入れ確定のご案内、確かに拝受いたしました。
各学生には本日中に大学から連絡し、事前課題の提出期限（1月16日）を伝えます。

引き続きよろしくお願いいたします。
""" + SIG_KIRISHIMA + """

-----Original Message-----
From: 石動 雅人 <isurugi@kawasaki-denki.co.jp>
Sent: Wednesday, December 3, 2026 5:42 PM
To: 霧島 奈央 <kirishima.nao@mail.hinode-sangyo.co.jp>
Subject: 冬季インターンシップ 受入れ確定者のご案内

日の出学院大学 キャリア支援課 霧島様

冬季インターンシップの受入れ確定者は下記6名です。

城之内 壮真　090-8823-1174　24e1077@st.hinode-sangyo.co.jp　配属：パワー半導体
左近 朱里　　080-4471-9902　24i2031@st.hinode-sangyo.co.jp　配属：組込みソフト
有働 匠　　　070-3320-6658　24m1145@st.hinode-sangyo.co.jp　配属：生産技術
蓮見 佳奈　　090-1158-2247　24b3308@st.hinode-sangyo.co.jp　配属：経営企画
巽 真之介　　080-6637-4410　25e1012@st.hinode-sangyo.co.jp　配属：パワー半導体
江藤 楓花　　090-2290-3381　24i2119@st.hinode-sangyo.co.jp　配属：組込みソフト

川崎電機株式会社 人事部 石動
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "6名の一覧は -----Original Message----- 以下の引用（相手自身の送信文）のみ",
},
{
    "id": "gakuseisoudan-064",
    "charset": "utf-8",
    "sender": "Daniel Hartley <hartley.daniel@hinode-sangyo.co.jp>",
    "to": ["Housing & Arrivals <arrivals@pacificrim-university.edu>"],
    "subject": "Re: Spring 2027 incoming group - airport pick-up",
    "body": """Hi Megan,

Thanks a lot - the pick-up times work for us. I have forwarded the meeting point
details to the students through our portal, so you do not need to contact them
directly. We will send someone from our office to Narita as well.

Best,
Daniel

On Tue, Dec 8, 2026 at 7:15 AM Megan Cole <arrivals@pacificrim-university.edu> wrote:
> Hi Daniel,
>
> Below are your incoming students from PRU for the Spring semester:
>
> Name                DOB         Passport    Arrival
> Olivia Hart         2005-04-02  562017483   Jan 9, NRT 15:20
> Noah Whitaker       2004-09-17  548291036   Jan 9, NRT 15:20
> Ava Lindqvist       2005-01-28  571930244   Jan 10, HND 06:05
> Ethan Morales       2004-07-06  559302817   Jan 10, HND 06:05
> Grace Yamamoto      2005-11-11  566104925   Jan 9, NRT 15:20
>
> Could someone meet them at arrivals?
> Megan
""" + SIG_HARTLEY,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "英文返信: 旅券番号の一覧は On ... wrote: 以下の引用のみ（相手が送った情報）",
},
{
    "id": "gakuseisoudan-065",
    "charset": "iso-2022-jp",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["秋月 玲奈 <akizuki.r@seiryo-u.ac.jp>"],
    "subject": "配慮依頼の説明の件（日程のご相談）",
    "body": """秋月 玲奈 先生

いつも大変お世話になっております。日の出学院大学 障害学生支援室の小野寺です。

後期に本学でご担当いただく「臨床心理学概論」の受講生について、
配慮依頼の内容を一度口頭でご説明できればと考えております。
個別の学生の情報は、お会いした際に紙でお渡しし、その場で回収させていただきます。

つきましては、下記いずれかで30分ほどお時間をいただけますでしょうか。
　・9月24日（水）授業後 16:30〜
　・9月26日（金）12:30〜（昼休み）
場所は本学5号館1階の支援室です。
""" + SIG_ONODERA + "\n" + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "通常の日程調整。末尾は定型の機密保持ディスクレーマーのみ（学生の情報は含まない）",
},
{
    "id": "gakuseisoudan-066",
    "charset": "utf-8",
    "sender": "学生支援センター 情報担当 <shien-it@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 文教営業部 <bunkyo@tsubasa-system.jp>"],
    "subject": "相談記録システム導入に伴う秘密保持契約書（案）について",
    "body": """ツバサシステム株式会社
文教営業部 瀬川 様

お世話になっております。日の出学院大学 学生支援センターの真行寺です。

相談記録システムの導入にあたり、秘密保持契約書（案）をご送付いただきありがとうございます。
学内の法務担当と確認し、以下の3点について修正をお願いしたく存じます。

 1. 第2条（秘密情報の定義）：相談記録に含まれる要配慮個人情報を明示的に含めること
 2. 第7条（返還・廃棄）：契約終了後30日以内の廃棄と廃棄証明書の提出を追加
 3. 第10条（再委託）：再委託先にも同等の機密保持義務を課すこと、事前の書面承諾を要件とする

修正版をいただければ、学内の決裁に回します。
なお、保守作業で本番データにアクセスする場合のルールは、別途覚書で定めたいと考えています。

日の出学院大学 学生支援センター 情報担当
真行寺 学　内線 2260
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "秘密保持契約（NDA）についてのやりとり: 「機密」「秘密情報」は話題であって表示ではない",
},
{
    "id": "gakuseisoudan-067",
    "charset": "iso-2022-jp",
    "sender": "真壁 千尋 <makabe.chihiro@hinode-sangyo.co.jp>",
    "to": ["安西 由美子 <yumiko.anzai.1970@gmail.com>"],
    "subject": "Re: ご相談の件（ご自宅近くの相談機関について）",
    "body": """安西 由美子 様

ご連絡ありがとうございます。日の出学院大学 学生相談室の真壁です。
ご自宅（藤沢市）から通いやすい相談・医療機関をお問い合わせいただきましたので、
いくつかご紹介いたします。いずれも予約制ですので、事前にお電話ください。

■ 藤沢市保健所 こころの健康相談　　　0466-50-3593（平日 9:00〜17:00）
■ 湘南メンタルクリニック　　　　　　 0466-27-8810　藤沢市鵠沼石上1-4-2
■ 辻堂こころの診療所　　　　　　　　 0466-33-1276　藤沢市辻堂元町5-2-7
■ かながわ若者サポートステーション　 0466-41-7732　藤沢市南藤沢21-9
■ 神奈川いのちの電話　　　　　　　　 045-335-4343（24時間）

大学の相談室は、休学中でも引き続きご利用いただけます。
ご不明な点があれば、いつでもご連絡ください。
""" + SIG_MAKABE,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "相談・医療機関の一覧（事業所の代表電話・所在地）: 人の名簿ではない。私用アドレス1件",
},
{
    "id": "gakuseisoudan-068",
    "charset": "utf-8",
    "sender": "伊集院 拓 <ijuin.taku@hinode-sangyo.co.jp>",
    "to": ["mizuki.aragaki@icloud.com"],
    "subject": "寮の空き待ちの間の住まい探しについて",
    "body": """新垣 瑞希 さん

あさひ寮の伊集院です。
寮の空きが出るまで、大学の提携不動産店で住まいを探す場合の窓口をお知らせします。
学生証を見せると仲介手数料が割引になります。

店舗名                       電話            所在地
---------------------------  --------------  --------------------------------
ひかり不動産 町田駅前店      042-728-1100    東京都町田市原町田6-9-12
ミナミ住宅 玉川学園店        042-725-3382    東京都町田市玉川学園2-19-3
学生ハウジング 相模大野店    042-740-5511    神奈川県相模原市南区相模大野3-8-1
アーバンライフ 鶴川店        042-736-2290    東京都町田市能ヶ谷1-2-4

わからないことがあれば、寮務室（042-795-3601）まで連絡してください。
""" + SIG_IJUIN,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "店舗（事業者）の一覧を学生本人の私用アドレス1件へ: 個人の名簿ではない",
},
{
    "id": "gakuseisoudan-069",
    "charset": "shift_jis",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["えがおキャリア 町田センター 香坂 <kosaka@egao-career.co.jp>"],
    "subject": "見学会の窓口について",
    "body": """えがおキャリア 町田センター
香坂 様

お世話になっております。日の出学院大学 障害学生支援室の小野寺です。
12月の学内見学会の件、ありがとうございます。

当日の窓口は私になりますが、会場設営については下記の者が担当します。
　学生支援センター 事務主任　久保寺 理恵
　TEL 042-795-3405（直通）　kubodera.rie@hinode-sangyo.co.jp

駐車場は正門を入って右手の来客用区画をご利用ください。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "自組織の同僚1名の業務連絡先を取引先へ: 通常の業務連絡",
},
{
    "id": "gakuseisoudan-070",
    "charset": "iso-2022-jp",
    "sender": "学生課 行事担当 奥寺 <okudera.yui@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 野々村 <nonomura@sakura-hotel.jp>"],
    "subject": "リーダー研修合宿 遅れて到着する学生について",
    "body": """さくらホテル
野々村 様

お世話になっております。日の出学院大学の奥寺です。
合宿初日、ゼミの発表のため3名が団体と別に、夜に到着します。
フロントでお名前を伝えるよう言ってありますので、鍵のお渡しをお願いいたします。
万一連絡がつかない場合は、本人の携帯にお電話ください。

　朝霧 拓人　　090-3328-1604　（21:30頃 到着予定）
　浜野 すず　　080-6612-7793　（21:30頃 到着予定）
　真柄 陽介　　070-2274-3310　（22:00頃 到着予定）

夕食は不要です。よろしくお願いいたします。

日の出学院大学 学生課 奥寺 結衣
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "学生3名の携帯（5名未満）をホテルへ: 警告はあり得るが止めない",
},
{
    "id": "gakuseisoudan-071",
    "charset": "utf-8",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["光ヶ丘市 障害福祉課 相談支援係 <shogai-soudan@city.hikarigaoka.lg.jp>"],
    "cc": ["えがおキャリア 町田センター 香坂 <kosaka@egao-career.co.jp>"],
    "subject": "卒業後支援の三者打合せ（11/19）のご案内",
    "body": """光ヶ丘市 障害福祉課 相談支援係 様
（cc：えがおキャリア 町田センター 香坂様）

お世話になっております。日の出学院大学 障害学生支援室の小野寺です。
先日お話しした、障害のある学生の卒業後の生活・就労支援に関する三者打合せを
下記のとおり設定いたしました。

　日時：11月19日（水）10:00〜11:30
　場所：日の出学院大学 5号館 1階 支援室 会議コーナー
　議題：1) 在学中から利用できる福祉サービスの整理
　　　　2) 就労移行支援の見学スケジュール
　　　　3) 情報共有の範囲と同意の取り方

個別の学生の情報は、当日、本人同意の範囲で口頭にてご説明します。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "学外2組織（市役所と事業者）への通常の打合せ案内: 3者未満",
},
{
    "id": "gakuseisoudan-072",
    "charset": "shift_jis",
    "sender": "教務課 宍戸 <shishido.ryo@hinode-sangyo.co.jp>",
    "to": ["小椋 和彦 <k_ogura@yahoo.co.jp>"],
    "subject": "Re: 休学の手続きについて",
    "body": """小椋 和彦 様

お問い合わせいただきありがとうございます。日の出学院大学 教務課の宍戸です。
休学の手続きについて、一般的な流れをご案内いたします。

 1. 学生本人が所属学部の学務係で面談を受ける（保護者の同席も可能です）
 2. 「休学願」に本人と保証人が署名し、必要に応じて理由書を添えて提出
 3. 教授会の承認後、休学許可書を郵送

休学期間中の授業料は、在籍料（半期 50,000円）のみとなります。
後期からの休学は、9月30日までに手続きを完了する必要があります。

ご本人の状況に応じた詳しいご相談は、学生相談室でも承っております。
""" + SIG_SHISHIDO,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "保護者（私用アドレス1件）への一般的な手続き案内: 個人情報なし",
},
{
    "id": "gakuseisoudan-073",
    "charset": "iso-2022-jp",
    "sender": "伊集院 拓 <ijuin.taku@hinode-sangyo.co.jp>",
    "to": ["保坂 恵美 <emi_hosaka@yahoo.co.jp>"],
    "subject": "あさひ寮の費用について（お問い合わせへの回答）",
    "body": """保坂 恵美 様

お問い合わせありがとうございます。あさひ寮 寮務担当の伊集院です。
2027年度の寮費は下記のとおりです（いずれも税込）。

　【入寮時】
　　入寮費　　　　　　　　　　 30,000円
　　保証金（退寮時に精算）　　 50,000円
　【毎月】
　　寮費（個室・東棟）　　　　 38,000円
　　寮費（個室・西棟）　　　　 35,000円
　　食費（朝夕2食・月25日）　　28,500円
　　光熱水費（定額）　　　　　  6,000円

奨学金受給者向けの寮費減免制度もございます。
詳しくは同封のパンフレット（品番 HGU-DORM-27）をご覧ください。
""" + SIG_IJUIN,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "料金表を保護者の私用アドレス1件へ: 個人情報なし",
},
{
    "id": "gakuseisoudan-074",
    "charset": "utf-8",
    "sender": "伊集院 拓 <ijuin.taku@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    "subject": "Re: 9月分 寮食委託料のご請求について",
    "body": """北国フーズ株式会社
経理部 ご担当者様

お世話になっております。あさひ寮の伊集院です。
9月分のご請求書、拝受いたしました。内容を確認し、下記のとおり支払処理を進めております。

　請求書番号：KF-2026-09-0314
　登録番号：""" + KITAGUNI_T + """（北国フーズ株式会社）
　請求金額：4,186,440円（うち消費税 380,585円）
　支払予定日：10月31日（金）
　振込先：みどり銀行 札幌中央支店 当座 0081254（キタグニフーズ（カ））

なお、9月22日の追加食（入寮生 7食）が明細に含まれていることも確認しました。
""" + SIG_IJUIN,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "請求書番号・適格請求書の登録番号・会社口座: 取引先の事業情報のみ",
},
{
    "id": "gakuseisoudan-075",
    "charset": "shift_jis",
    "sender": "伊集院 拓 <ijuin.taku@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 お客様センター <support@aoba-unyu.co.jp>"],
    "subject": "寮生宛て荷物の配達状況の確認",
    "body": """青葉運輸株式会社
お客様センター 御中

いつもお世話になっております。日の出学院大学 あさひ寮の伊集院です。
寮の事務室宛てに届く予定の荷物3件が、予定日を過ぎても届いておりません。
配達状況をご確認いただけますでしょうか。

　送り状番号 4471-2290-8836（10月6日発送、品名：教科書）
　送り状番号 4471-2291-0052（10月6日発送、品名：寝具）
　送り状番号 5520-0734-6618（10月7日発送、品名：家電）

お届け先：あさひ寮 事務室（寮の代表番号 042-795-3601）
""" + SIG_IJUIN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "送り状番号（追跡番号）と事業所の代表番号のみ",
},
{
    "id": "gakuseisoudan-076",
    "charset": "utf-8",
    "sender": "Daniel Hartley <hartley.daniel@hinode-sangyo.co.jp>",
    "to": ["Prof. Helen Whitfield <h.whitfield@northgate.ac.uk>"],
    "subject": "MoU renewal - student exchange and support services",
    "body": """Dear Helen,

Thank you for your comments on the draft Memorandum of Understanding. Our legal team
has accepted all of them, with one small change to Article 6: we would prefer
"reasonable adjustments for students with disabilities shall be arranged by the host
institution in consultation with the home institution" rather than "shall be
guaranteed", since the host cannot always know the needs in advance.

The renewed MoU would run for five years from 1 April 2027 and keep the current quota
of four students each way per academic year. Our President can sign at the ceremony
in Tokyo on 20 January, if that suits your delegation.

Best wishes,
Daniel
""" + SIG_HARTLEY,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "英文: 協定（MoU）の条文の相談。個人情報・表示なし",
},
{
    "id": "gakuseisoudan-077",
    "charset": "iso-2022-jp",
    "sender": "大河内 詩織 <okochi.shiori@hinode-sangyo.co.jp>",
    "to": ["学生育英機構 奨学事業部 <shugaku-shien@gakusei-ikuei.or.jp>"],
    "subject": "適格認定の提出期限の確認",
    "body": """学生育英機構 奨学事業部
ご担当者様

いつもお世話になっております。日の出学院大学 学生課の大河内です。

本年度の適格認定（学業成績等）の学校からの報告期限について確認させてください。
要項では「3月上旬」となっておりますが、具体的な締切日が決まりましたらご教示ください。
本学では2月末に成績が確定するため、3月10日以降であれば対応可能です。

お手数ですがよろしくお願いいたします。

******************************
日の出学院大学 学生課（奨学金担当）
大河内 詩織（おおこうち しおり）
〒194-0218 東京都町田市日の出台3-8-1 本館1階
TEL 042-795-3310（直通）　内線 2231
FAX 042-795-3319
携帯 090-6620-1177（出張時のみ）
okochi.shiori@hinode-sangyo.co.jp
https://www.hinode-gakuin.example/student/
******************************
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "送信者自身の詳しい署名（住所・電話・携帯）のみ: 除外対象",
},
{
    "id": "gakuseisoudan-078",
    "charset": "utf-8",
    "sender": "学生課 谷地 <yachi.kaori@hinode-sangyo.co.jp>",
    "to": ["弓削 健司 <yuge.kenji@hinode-sangyo.co.jp>"],
    "cc": ["伊集院 拓 <ijuin.taku@hinode-sangyo.co.jp>"],
    "subject": "FW: 寮の騒音についての苦情（保護者より）",
    "body": """弓削課長（cc 伊集院さん）

保護者の方から、寮の騒音について苦情のメールが届きました。
ご本人が折り返しの電話を希望されています。対応方針をご相談させてください。

谷地

---------- 転送メッセージ ----------
差出人: 真野 直樹 <naoki.mano.77@gmail.com>
日付: 2026年10月20日 22:48
件名: 寮の騒音について

日の出学院大学 学生課 御中

あさひ寮 東棟 E-310 に住んでいる真野 湊の父です。
隣室の騒音で息子が毎晩眠れず、体調を崩しかけています。
何度か寮の管理人さんに伝えたそうですが改善されません。
至急対応をお願いします。日中は下記の携帯に連絡をください。

真野 直樹
携帯 090-4418-7726
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "保護者の連絡先を含む転送だが社内宛てのみ",
},
{
    "id": "gakuseisoudan-079",
    "charset": "iso-2022-jp",
    "sender": "真壁 千尋 <makabe.chihiro@hinode-sangyo.co.jp>",
    "to": ["仲村 美奈子 <mina-nakamura@docomo.ne.jp>"],
    "subject": "学生相談室の利用について（ご質問への回答）",
    "body": """仲村 美奈子 様

お問い合わせいただきありがとうございます。日の出学院大学 学生相談室の真壁です。

ご質問の点についてお答えいたします。
学生相談室での相談内容は機密として扱い、ご本人の同意なく保護者の方や教員に
お伝えすることはありません。ただし、生命や身体に危険が及ぶおそれがある場合は、
ご本人の安全を最優先に、必要な範囲でご家族にご連絡することがあります。

保護者の方ご自身からのご相談もお受けしております。
ご希望の場合は、相談室（042-795-3381）までお電話でご予約ください。
""" + SIG_MAKABE,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "「機密として扱う」は説明文中の言及であり表示（スタンプ）ではない",
},
{
    "id": "gakuseisoudan-080",
    "charset": "utf-8",
    "sender": "大河内 詩織 <okochi.shiori@hinode-sangyo.co.jp>",
    "to": ["takumi.kusanagi.hgu@gmail.com"],
    "subject": "学内奨学金 面接日時のお知らせ",
    "body": """草薙 拓海 さん

学生課 奨学金担当の大河内です。
大学メールへの送信がエラーで戻ってきたため、申請書に記載のアドレスにお送りします。

学内給付奨学金の面接日時が決まりました。

　日時：10月28日（火）13:20〜13:40
　場所：本館1階 学生課 面談室B
　持ち物：学生証、筆記用具

都合が悪い場合は、10月24日までに学生課（042-795-3310）へ連絡してください。
大学メールの容量も確認しておいてくださいね。
""" + SIG_OKOCHI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "学生本人の私用アドレス1件への面接日時の連絡",
},
{
    "id": "gakuseisoudan-081",
    "charset": "shift_jis",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["みなみ手話通訳センター 派遣係 <haken@minami-shuwa.or.jp>"],
    "subject": "通訳者向け 学内の移動・設備のご案内",
    "body": """みなみ手話通訳センター 派遣係 様

お世話になっております。障害学生支援室の小野寺です。
後期から初めて本学に来ていただく通訳者の方向けに、建物の情報をまとめました。

　建物　　　エレベーター　　　　多目的トイレ　　通訳者控室
　本館　　　東側2基（1〜6F）　　1F・3F・5F　　　本館 2F 207（支援室分室）
　3号館　　中央1基（1〜4F）　　1F　　　　　　　なし（本館を利用）
　5号館　　北側1基（1〜5F）　　各階　　　　　　5号館 1F 支援室内
　図書館　　正面1基（B1〜3F）　1F　　　　　　　なし

通訳者の方の入構証は、初回に支援室でお渡しします（1F 受付 内線 2402）。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "建物設備の一覧（人ではない）を派遣元へ",
},
{
    "id": "gakuseisoudan-082",
    "charset": "iso-2022-jp",
    "sender": "日の出学院大学 学生課 <gakuseika@hinode-sangyo.co.jp>",
    "to": ["日の出学院大学 学生課 <gakuseika@hinode-sangyo.co.jp>"],
    "bcc": ["kanako.mizuhara@gmail.com", "t-igarashi1968@yahoo.co.jp",
            "hirose.family@outlook.jp", "emi_hosaka@yahoo.co.jp",
            "naoki.mano.77@gmail.com", "mina-nakamura@docomo.ne.jp"],
    "subject": "【日の出学院大学】台風接近に伴う学生寮の対応について",
    "body": """保護者の皆様

日の出学院大学 学生課です。
本メールは、あさひ寮に入寮している学生の保護者の皆様に一斉にお送りしております。

台風19号の接近に伴い、10月12日（日）は寮食堂の営業時間を短縮し、
昼食は配布型（おにぎり・パン）といたします。寮生には外出を控えるよう指導しております。
停電に備え、各フロアに非常用照明と飲料水を配置しました。

寮生の安否は、台風通過後に寮務担当が全員確認いたします。
ご心配な点は学生課（042-795-3300）までお問い合わせください。
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "保護者6名は Bcc（To は自分宛て）: 正しい一斉送信",
},
{
    "id": "gakuseisoudan-083",
    "charset": "utf-8",
    "sender": "大河内 詩織 <okochi.shiori@hinode-sangyo.co.jp>",
    "to": ["公益財団法人みらい育英会 三ツ矢 <mitsuya@mirai-ikuei.or.jp>"],
    "cc": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    "subject": "共同奨学金 給付スケジュールの確認",
    "body": """みらい育英会 三ツ矢 様
（cc：みどり銀行 法人営業部 様）

お世話になっております。日の出学院大学の大河内です。
共同奨学金の給付スケジュールについて、三者で確認させてください。

　・給付対象者の確定通知（財団→大学）　：毎年 4月20日
　・給付額の通知（大学→銀行）　　　　　：毎月 5日
　・振込日（銀行→学生口座）　　　　　　：毎月 15日（休日の場合は前営業日）

給付対象者の口座情報は、メールではなく銀行様の法人向けファイル伝送で
お渡しする予定です。手順書を別途ご送付いただけますと助かります。
""" + SIG_OKOCHI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "学外2組織（財団と銀行）への日程確認: 3者未満で個人情報なし",
},
{
    "id": "gakuseisoudan-084",
    "charset": "iso-2022-jp",
    "sender": "伊集院 拓 <ijuin.taku@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
    "subject": "寮食 アレルゲン表示の掲示様式について",
    "body": """北国フーズ 給食事業部 様

お世話になっております。あさひ寮の伊集院です。
食堂に掲示するアレルゲン表示の様式について、下記の形でお願いできますでしょうか。

　メニュー　　　　　　卵　乳　小麦　えび　かに　落花生　そば
　鶏の唐揚げ　　　　　○　−　○　　−　　−　　−　　　−
　クリームシチュー　　−　○　○　　−　　−　　−　　　−
　海老フライ　　　　　○　−　○　　○　　−　　−　　　−
　ざるそば　　　　　　−　−　○　　−　　−　　−　　　○
　担々麺　　　　　　　−　−　○　　−　　−　　○　　　−

特定原材料7品目に加え、ごま・大豆も欄を設けていただけると助かります。
""" + SIG_IJUIN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "料理ごとのアレルゲン表（人ではない）",
},
{
    "id": "gakuseisoudan-085",
    "charset": "utf-8",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["学生育英機構 調査係 <chosa@gakusei-ikuei.or.jp>"],
    "subject": "障害のある学生の修学支援に関する実態調査 回答の提出",
    "body": """学生育英機構 調査係 ご担当者様

お世話になっております。日の出学院大学 障害学生支援室の小野寺です。
標記調査の回答票（集計値のみ）を提出いたします。
個人が特定される情報は含めておりません。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "xlsx",
        "name": "実態調査_回答票_日の出学院大学.xlsx",
        "sheets": {
            "様式1": [
                ["障害のある学生の在籍者数（2026年5月1日現在）"],
                ["障害種別", "在籍者数", "うち配慮決定者数", "うち手帳所持者数"],
                ["視覚障害", 4, 4, 3],
                ["聴覚・言語障害", 9, 8, 6],
                ["肢体不自由", 7, 6, 6],
                ["病弱・虚弱", 21, 12, 2],
                ["発達障害", 38, 25, 9],
                ["精神障害", 52, 31, 11],
                ["その他", 5, 2, 0],
                ["合計", 136, 88, 37],
            ],
            "様式2": [
                ["支援内容", "実施件数"],
                ["ノートテイク・PCテイク", 412],
                ["手話通訳", 96],
                ["試験時間延長・別室受験", 143],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "障害種別ごとの集計値のみ: 特定の個人に結びつかない",
},
{
    "id": "gakuseisoudan-086",
    "charset": "shift_jis",
    "sender": "学生課 ボランティア支援 <volunteer@hinode-sangyo.co.jp>",
    "to": ["光ヶ丘市社会福祉協議会 地域福祉係 <chiiki@hikarigaoka-shakyo.or.jp>"],
    "subject": "学生ボランティアフェアのチラシ・タイムテーブル",
    "body": """光ヶ丘市社会福祉協議会
地域福祉係 御中

お世話になっております。日の出学院大学 学生課の畠山です。
12月6日の学生ボランティアフェアのチラシとタイムテーブルをZIPでお送りします。
貴会の窓口やウェブサイトでご紹介いただけますと幸いです。

―――――――――――――――――――――
日の出学院大学 学生課 ボランティア支援担当
畠山 亜紀（はたけやま あき）
〒194-0218 東京都町田市日の出台3-8-1 学生会館2階
TEL 042-795-3318　FAX 042-795-3319
volunteer@hinode-sangyo.co.jp
―――――――――――――――――――――
""",
    "attachments": [{
        "kind": "zip",
        "name": "volunteer_fair_2026.zip",
        "files": [
            {"kind": "pdf", "name": "fair_flyer.pdf",
             "lines": ["日の出学院大学 学生ボランティアフェア 2026",
                       "12月6日（土）10:00〜15:00　学生会館 1階ホール",
                       "地域の16団体が出展！ 入場無料・申込不要",
                       "主催：日の出学院大学 学生課　協力：光ヶ丘市社会福祉協議会"]},
            {"kind": "docx", "name": "timetable.docx",
             "paragraphs": ["タイムテーブル"],
             "tables": [[["時間", "内容", "会場"],
                         ["10:00", "開会・団体紹介", "ホール"],
                         ["11:00", "災害ボランティア体験", "中庭"],
                         ["13:00", "先輩ボランティアのトーク", "ホール"],
                         ["14:30", "閉会", "ホール"]]]},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ZIP（チラシPDF・時間割DOCX、暗号化なし）と署名のみ: 個人情報なし",
},
{
    "id": "gakuseisoudan-087",
    "charset": "iso-2022-jp",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["沢渡 千秋 <chiaki-sawatari@ezweb.ne.jp>"],
    "subject": "RE: 入学後の支援についての相談",
    "body": """沢渡 千秋 様

ご丁寧なご連絡をありがとうございました。障害学生支援室の小野寺です。
ご入学前の面談は、2月14日（土）10時からでいかがでしょうか。
ご本人とご一緒にお越しください。支援室（5号館1階）でお待ちしています。

当日は、高校で受けていた支援の内容がわかる資料があればお持ちください。

差出人: 沢渡 千秋 <chiaki-sawatari@ezweb.ne.jp>
送信日時: 2027年1月30日 21:14
宛先: onodera.wataru@univ.hinode-sangyo.co.jp
件名: 入学後の支援についての相談

日の出学院大学 障害学生支援室 御中

4月から文学部に入学する 沢渡 陽向 の母です。
息子は中学生のときに自閉スペクトラム症と診断され、高校では
別室での試験や、口頭指示をメモで補ってもらう配慮を受けてきました。
大学でも同じような支援を受けられるか、入学前に相談させていただけますか。

沢渡 千秋
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "診断名は 差出人:/送信日時: 以下の引用（保護者自身が書いた文）のみ。新しい本文は日程",
},
{
    "id": "gakuseisoudan-088",
    "charset": "shift_jis",
    "sender": "国際交流課 安曇 <azumi.keiko@hinode-sangyo.co.jp>",
    "to": ["経理部 出納グループ <suitou@hinode-sangyo.co.jp>"],
    "subject": "短期研修 中止に伴うカード返金処理のお願い",
    "body": """経理部 出納グループ 御中

国際交流課の安曇です。
マルタ短期研修を体調不良で辞退した学生について、申込金の返金をお願いします。
決済はカードで行っているため、同じカードへの返金処理となります。

　学生：小田切 杏奈（文学部1年）
　カード名義：HIDEAKI ODAGIRI
　カード番号：""" + _hy(CARD[2]) + """
　返金額：50,000円

処理後、本メールは削除していただいて構いません。
安曇
""",
    "expect": "pass",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": [],
    "note": "カード番号を含むが宛先は社内の経理部のみ",
},
{
    "id": "gakuseisoudan-089",
    "charset": "utf-8",
    "sender": "学生課 ボランティア支援 <volunteer@hinode-sangyo.co.jp>",
    "to": ["光ヶ丘市社会福祉協議会 ボランティアセンター <vc@hikarigaoka-shakyo.or.jp>"],
    "subject": "災害支援チーム 現地リーダーの連絡先",
    "body": """光ヶ丘市社会福祉協議会
ボランティアセンター 御中

お世話になっております。日の出学院大学 学生課の畠山です。
11月の災害復旧支援で、現地での連絡窓口となる学生リーダー4名をお知らせします。
当日の集合・解散の連絡は、こちらへお願いいたします。

　・宮古 駿介（班長）　　090-6631-2287
　・能登 風花（副班長）　080-2214-9906
　・東雲 陽翔　　　　　　070-8820-4413
　・桜庭 奏多　　　　　　090-3305-7718

大学の引率は私（畠山、042-795-3318）が務めます。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "学生4名の携帯（5名未満）: 警告はあり得るが止めない",
},
{
    "id": "gakuseisoudan-090",
    "charset": "utf-8",
    "sender": "Daniel Hartley <hartley.daniel@hinode-sangyo.co.jp>",
    "to": ["Student Services <studentservices@northgate.ac.uk>"],
    "subject": "Contact for your visiting counsellor in January",
    "body": """Dear colleagues,

For your counsellor's visit in January, her host at our university will be:

  Dr. Sayaka Kuroba, Head of Student Counselling
  Hinode Gakuin University
  Tel: +81-42-795-3380
  Email: kuroba.sayaka@hinode-sangyo.co.jp

Dr. Kuroba will meet her at the main gate at 9:30 on Monday 18 January and has
arranged visits to our Counselling Room and Accessibility Office.

Best regards,
Daniel
""" + SIG_HARTLEY,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "英文: 自組織の担当者1名の業務連絡先: 通常の業務連絡",
},
{
    "id": "gakuseisoudan-091",
    "charset": "iso-2022-jp",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["点字出版 あけぼの社 受注係 <order@akebono-tenji.co.jp>"],
    "subject": "点訳教科書の発注（注文番号 HGU-BR-2609）",
    "body": """点字出版 あけぼの社
受注係 御中

いつもお世話になっております。日の出学院大学 障害学生支援室の小野寺です。
後期に使用する教科書の点訳を下記のとおり発注いたします。

　注文番号：HGU-BR-2609
　1. 『はじめての統計学 第3版』　ISBN 978-4-9912-3041-7　点訳・2部
　2. 『社会福祉概論』　　　　　　ISBN 978-4-9912-1187-4　点訳・1部
　3. 『英語リーディング演習』　　ISBN 978-4-9912-5520-9　点訳＋墨字併記・1部

納期：9月19日（金）必着
請求先：日の出学院大学 障害学生支援室（見積番号 Q-AK-26-0812）
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "注文番号・ISBN・見積番号のみ。利用者は特定されない",
},
{
    "id": "gakuseisoudan-092",
    "charset": "utf-8",
    "sender": "椎葉 真由美 <shiiba.mayumi@univ.hinode-sangyo.co.jp>",
    "to": ["伊集院 拓 <ijuin.taku@mail.hinode-sangyo.co.jp>"],
    "subject": "寮生の健康上の配慮事項（寮務用）",
    "html": """<html><body>
<p>伊集院さん</p>
<p>保健管理センターの椎葉です。寮での緊急時対応のため、本人同意を得ている寮生の配慮事項をまとめました。寮務室内限りでお願いします。</p>
<table border="1" cellpadding="4">
<tr><th>部屋</th><th>氏名</th><th>疾患・状態</th><th>緊急時の対応</th></tr>
<tr><td>E-203</td><td>篠塚 航平</td><td>ナッツアレルギー（アナフィラキシー既往）</td><td>エピペン使用後 救急要請</td></tr>
<tr><td>E-308</td><td>八雲 柊</td><td>てんかん（服薬中）</td><td>発作5分以上で救急要請</td></tr>
<tr><td>W-110</td><td>芦田 未来</td><td>1型糖尿病</td><td>低血糖時はブドウ糖（本人携帯）</td></tr>
<tr><td>W-204</td><td>雲母 晴</td><td>そばアレルギー</td><td>エピペン使用後 救急要請</td></tr>
<tr><td>E-411</td><td>李 浩然</td><td>気管支喘息</td><td>吸入薬使用、改善なければ受診</td></tr>
</table>
<p>椎葉</p>
</body></html>""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "寮生5名の疾患一覧（HTML表）だが社内（mail. サブドメイン）宛てのみ",
},
{
    "id": "gakuseisoudan-093",
    "charset": "iso-2022-jp",
    "sender": "大河内 詩織 <okochi.shiori@hinode-sangyo.co.jp>",
    "to": ["鶴見 ほのか <24c1188@st.hinode-sangyo.co.jp>"],
    "subject": "学内給付奨学金 再振込のお知らせ",
    "body": """鶴見 ほのか さん

学生課 奨学金担当の大河内です。
10月10日の学内給付奨学金が口座相違で振り込めなかった件、
確認いただいた口座に本日再振込の手続きをしました。

　振込先：みどり銀行 町田南支店 普通 4712089　ツルミ ホノカ
　金額：100,000円
　着金予定：10月17日（金）

着金が確認できない場合は、学生課までお知らせください。
""" + SIG_OKOCHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": [],
    "note": "学生本人の大学アドレス（st.サブドメイン＝社内）宛てに本人の口座情報",
},
{
    "id": "gakuseisoudan-094",
    "charset": "shift_jis",
    "sender": "学生課 調査担当 <chosa@hinode-sangyo.co.jp>",
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "Re: 学生生活ガイドブック 校正2回目",
    "body": """錦印刷株式会社
制作部 青柳 様

校正紙ありがとうございました。学生課の戸部です。
2回目の修正点は以下のとおりです。

 ・p.12　相談窓口の電話番号を 042-795-3381 に修正
 ・p.18　「学生寮」の写真を差し替え（新しい写真は本日宅配便で発送）
 ・表紙と裏表紙に入っていた「社外秘」「校正用」の透かしは、本番データでは
 　必ず削除してください。今回のガイドブックは新入生と保護者に広く配布するものです。

3回目の校正は10月30日着でお願いいたします。

日の出学院大学 学生課 戸部 真一
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "「社外秘」の透かしを消すよう頼む言及のみ: 表示のある資料は添付していない",
},
{
    "id": "gakuseisoudan-095",
    "charset": "utf-8",
    "sender": "Daniel Hartley <hartley.daniel@hinode-sangyo.co.jp>",
    "to": ["Global Engagement Office <exchange@pacificrim-university.edu>"],
    "subject": "Nomination deadline for Fall 2027",
    "body": """Dear Dr Alvarez,

Just a quick note to confirm that our nomination deadline for Fall 2027 incoming
exchange students is 15 March 2027, and the application deadline for nominated
students is 15 April 2027. Our updated fact sheet is on the partner page of our
website.

Please also note that our Accessibility Office can arrange reasonable adjustments
for exchange students if they contact us at least two months before arrival.

Best regards,
Daniel
""" + SIG_HARTLEY + "\n" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "英文の通常連絡。末尾は定型の confidential ディスクレーマーのみ",
},
{
    "id": "gakuseisoudan-096",
    "charset": "iso-2022-jp",
    "sender": "伊集院 拓 <ijuin.taku@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 町田営業所 <machida@aoba-unyu.co.jp>"],
    "subject": "退寮者の荷物集荷のお願い（1件）",
    "body": """青葉運輸 町田営業所 様

お世話になっております。あさひ寮の伊集院です。
退寮する寮生1名の荷物集荷をお願いします。

　集荷日時：10月3日（土）午前
　集荷先：あさひ寮 東棟 E-109
　依頼者：門脇 悠（かどわき はるか）　携帯 090-3318-2274
　送り先：新潟県長岡市東坂之上町2-4-11　門脇様方
　荷物：段ボール 8箱、布団袋 1、自転車 1台

料金は着払いで本人から了承を得ています。
""" + SIG_IJUIN,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "学生1名の連絡先・送り先住所を運送会社へ（集荷依頼）: 1名分は止めない",
},
{
    "id": "gakuseisoudan-097",
    "charset": "iso-2022-jp",
    "sender": "小野寺 航 <onodera.wataru@univ.hinode-sangyo.co.jp>",
    "to": ["経済学部 朝霞 雅彦 <asaka.masahiko@hinode-sangyo.co.jp>"],
    "subject": "【配慮依頼】ゼミ所属学生について",
    "body": """朝霞 雅彦 先生

いつもお世話になっております。障害学生支援室の小野寺です。
先生のゼミに所属する 上条 健人 さん（経済学部4年）について、
本人の同意を得て、卒業論文指導に関する配慮をお願いいたします。

上条さんは双極性障害II型の診断を受けており、6月に3週間ほど入院されました。
現在は通院しながら体調が安定してきていますが、気分の波があり、
締切が重なる時期に症状が悪化しやすいとのことです。

　・中間発表の日程を個別に設定していただけないでしょうか
　・指導はオンラインでの実施も可としていただけると助かります

詳細は一度ご相談させてください。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "学生の病名を含む配慮依頼だが専任教員（社内）宛てのみ",
},
{
    "id": "gakuseisoudan-098",
    "charset": "shift_jis",
    "sender": "伊集院 拓 <ijuin.taku@hinode-sangyo.co.jp>",
    "to": ["ハーモニー寮管理 町田営業所 <machida@harmony-ryo.co.jp>"],
    "subject": "Re: 消防設備点検の立会い対象室",
    "body": """ハーモニー寮管理 町田営業所 様

ご連絡ありがとうございます。伊集院です。
点検日の件、承知しました。該当の寮生には寮内掲示と寮アプリで周知します。
当日は私も9時から立ち会います。

> あさひ寮 伊集院様
>
> 11月9日の消防設備点検で、室内の感知器を確認する部屋の入居者は下記のとおりです。
> 不在の場合はマスターキーで入室します。
>
> E-101 新見 隼人   090-2214-6603
> E-102 杉浦 葵     080-3390-1127
> E-103 能勢 陸斗   070-6628-4415
> E-104 東条 ひかり 090-5541-2280
> E-105 小暮 瑛太   080-7726-3391
> E-106 花房 紬     090-1183-9047
> E-107 吉良 悠馬   070-2250-7736
> E-108 戸賀崎 凜   080-4419-5562
>
> ハーモニー寮管理 町田営業所 大岩
""" + SIG_IJUIN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "入居者8名の一覧は「>」引用のみ（相手が送ってきた内容）。新しい本文は了承の返事",
},
{
    "id": "gakuseisoudan-099",
    "charset": "utf-8",
    "sender": "真壁 千尋 <makabe.chihiro@hinode-sangyo.co.jp>",
    "to": ["秋月 玲奈 <akizuki.r@seiryo-u.ac.jp>"],
    "cc": ["清陵大学 学生相談センター 事務 <soudan-office@seiryo-u.ac.jp>",
           "楓女子大学 久世 千景 <kuze.chikage@kaede-joshi.ac.jp>"],
    "subject": "公開シンポジウム「大学生のメンタルヘルスと学びの継続」ご登壇のお願い",
    "body": """清陵大学 学生相談センター
秋月 玲奈 先生
（cc：清陵大学 学生相談センター事務 様、楓女子大学 久世先生）

お世話になっております。日の出学院大学 学生相談室の真壁です。
先日お電話でお願いした公開シンポジウムの件、正式にご依頼申し上げます。

　日時：2027年2月21日（日）13:30〜16:30
　会場：日の出学院大学 本館 大講義室（オンライン配信あり）
　ご講演：「休学からの復学を支える相談体制」（30分）
　パネル討論：秋月先生、久世先生、本学 真壁

謝金・交通費は本学規程によりお支払いします。
ご講演資料は2月6日までにお送りいただけますと幸いです。
""" + SIG_MAKABE,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "To/Cc は学外2組織（清陵大学の2アドレスと楓女子大学）: 3者未満の通常の依頼",
},
{
    "id": "gakuseisoudan-100",
    "charset": "utf-8",
    "sender": "Daniel Hartley <hartley.daniel@hinode-sangyo.co.jp>",
    "to": ["Megan Cole <arrivals@pacificrim-university.edu>"],
    "subject": "Accommodation options near campus for your visiting staff",
    "body": """Hi Megan,

As promised, here are some places to stay near our campus for your staff visit in
March. All of them can issue receipts in English.

Hotel                          Phone            Address                              From (JPY/night)
-----------------------------  ---------------  -----------------------------------  ----------------
Sakura Hotel Machida           +81-42-710-1122  6-3-1 Haramachida, Machida, Tokyo    12,800
Hinodedai Guest House          +81-42-795-7700  2-14-5 Hinodedai, Machida, Tokyo      7,500
Sagami-Ono Station Hotel       +81-42-740-2020  3-8-2 Sagami-Ono, Sagamihara          9,900
Tamagawa Business Inn          +81-42-725-6161  1-2-3 Tamagawa-Gakuen, Machida        8,200
Machida Central Hotel          +81-42-722-3030  1-5-10 Nakamachi, Machida, Tokyo     11,000

Our university guest house (on campus) is also available, but needs to be booked by
our office at least a month in advance - just let me know.

Cheers,
Daniel
""" + SIG_HARTLEY,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "英文: ホテル（事業者）の一覧と代表電話・所在地: 人の名簿ではない",
},
]
