"""Blind corpus — area: probation (更生支援事業・協力雇用主).

日の出産業株式会社 as a 協力雇用主 (cooperating employer): hiring people on probation or
after prison, contacts with 保護観察所 / 保護観察官 / 保護司, 更生保護施設 and 自立準備ホーム,
job training (技能講習・職業訓練), workplace incidents, company housing (社宅・寮), and the
paperwork of employment subsidies (就労奨励金・身元保証).  In this area a person's
criminal record / probation status is 要配慮個人情報, so one named person is enough to stop.

Seeds for my_number()/card_number() start at 3201.
"""

from build import card_number, my_number

D = "hinode-sangyo.co.jp"


def corp_number(base12: str) -> str:
    """法人番号 (13 digits) with its leading check digit."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        total += digits[12 - n] * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def spaced(num: str) -> str:
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))


def fullwidth(num: str) -> str:
    return num.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


HINODE_CORP = corp_number("030001084127")

# -- signatures (the sender's own contacts never count) ---------------------------------

SIG_MORIMOTO = """
--------------------------------------------------
日の出産業株式会社 人事部 更生支援グループ
森本 千尋（もりもと ちひろ）
〒340-0011 埼玉県草加市栄町4-12-8
TEL 048-936-2210（内線312） FAX 048-936-2219
Mail c-morimoto@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_TAKASE = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　総務部
高瀬　健吾（Kengo Takase）
〒340-0011　埼玉県草加市栄町4-12-8
TEL：048-936-2210（代）／直通：048-936-2234
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_SUGO = """
**************************************
日の出産業株式会社
人事部 採用チーム　菅生 玲奈
TEL 048-936-2210 / FAX 048-936-2219
sugo-r@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/recruit/
**************************************"""

SIG_IWASA = """
--
日の出産業(株) 草加工場 工場長
岩佐 正和
〒340-0002 埼玉県草加市青柳9-3-21
TEL 048-931-5570 / 社用携帯 080-4471-2035"""

SIG_NONOMURA = """
----------------------------------------
日の出産業株式会社 経理部
野々村 彩　Aya Nonomura
TEL 048-936-2210（内線205）
nonomura@hinode-sangyo.co.jp
----------------------------------------"""

SIG_SHIBASAKI = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社 総務部（施設・寮管理）
柴崎 由紀子
〒340-0011 埼玉県草加市栄町4-12-8
TEL 048-936-2210 内線 240
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_TODO = """
――――――――――――――――――――
日の出産業株式会社
取締役 人事部長　藤堂 誠一
TEL 048-936-2210（代表）
todo@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_OOKOCHI = """
草加工場 製造二課 班長
大河内 勉
（工場直通 048-931-5572）"""

SIG_HAYAMI = """
--
Kenta Hayami
CSR & Corporate Planning Office
Hinode Sangyo Co., Ltd.
4-12-8 Sakae-cho, Soka, Saitama 340-0011, Japan
Tel: +81-48-936-2210  |  k-hayami@hinode-sangyo.co.jp"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

# -- addresses ---------------------------------------------------------------------------

MORIMOTO = "森本 千尋 <c-morimoto@hinode-sangyo.co.jp>"
TAKASE = "高瀬 健吾 <k-takase@hinode-sangyo.co.jp>"
SUGO = "菅生 玲奈 <sugo-r@hinode-sangyo.co.jp>"
IWASA = "岩佐 正和 <iwasa.masakazu@hinode-sangyo.co.jp>"
NONOMURA = "野々村 彩 <nonomura@hinode-sangyo.co.jp>"
SHIBASAKI = "柴崎 由紀子 <shibasaki-y@hinode-sangyo.co.jp>"
TODO = "藤堂 誠一 <todo@hinode-sangyo.co.jp>"
OOKOCHI = "大河内 勉 <ookochi@hinode-sangyo.co.jp>"
HAYAMI = "Kenta Hayami <k-hayami@hinode-sangyo.co.jp>"

HOGO_KAWABATA = "川端 あかね <kawabata-a@saitama-minami-hogo.go.jp>"
HOGO_MIYASHITA = "宮下 陽介 <miyashita-y@saitama-minami-hogo.go.jp>"
HOGO_SHURO = "埼玉南保護観察所 就労支援担当 <shuro@saitama-minami-hogo.go.jp>"
KIKO_ANZAI = "安西 様 <anzai@kennan-shuro.or.jp>"
KYORYOKU = "草加地区協力雇用主会 事務局 <jimukyoku@soka-kyoryoku.or.jp>"
HOGOSHIKAI = "草加地区保護司会 事務局 <jimukyoku@soka-hogoshikai.or.jp>"
ASAHI_ISHIGURO = "石黒 様 <ishiguro@asahiryo.or.jp>"
HW = "ハローワーク草加東 求人部門 <kyujin@hw-sokahigashi.go.jp>"
KANEDA = "金田社会保険労務士事務所 <office@kaneda-sr.jp>"
WAZAMICHI = "ワザミチ技能講習センター 受付 <uketsuke@wazamichi.co.jp>"
GISEN = "笠原 先生 <kasahara@yashio-gisen.ac.jp>"
TSUJI = "辻不動産 三輪様 <miwa@tsuji-fudosan.co.jp>"
HMSOKA = "ハウスメイト草加 近藤様 <kondo@hm-soka.co.jp>"
AOBA = "松永 様 <matsunaga@aoba-unyu.co.jp>"
KITAGUNI = "江口 様 <eguchi@kitaguni-foods.co.jp>"
MIDORI = "みどり銀行 草加支店 長谷部様 <hasebe@midori-ginko.co.jp>"
NISHIKI = "錦印刷 梶原様 <kajiwara@nishiki-insatsu.co.jp>"
SHIRAKAWA = "白川 先生 <shirakawa@shirakawa-law.jp>"
MURAKAMI = "村上 敏夫 <t.murakami1951@yahoo.co.jp>"
KOGA = "古賀 ふみ子 <fumiko.koga.hogoshi@gmail.com>"
HORII = "堀井 宗一 <horii-s@docomo.ne.jp>"
SUDO = "須藤 民江 <tamie.sudo@ezweb.ne.jp>"

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
MESSAGES += [
    {
        "id": "probation-001",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six staff rows (mobile + e-mail) in a space-padded body table to an external body: list of 5+ people",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [KIKO_ANZAI],
        "subject": "協力雇用主研修会（11/14）当社参加者のご連絡",
        "body": """埼玉県南就労支援事業者機構
事務局 安西 様

いつも大変お世話になっております。
日の出産業株式会社 人事部の森本でございます。

11月14日（金）開催の協力雇用主研修会につきまして、当社からは下記6名が参加いたします。
当日朝の遅延連絡等に備え、各人の携帯番号を併記しております。

氏名          所属                  携帯            メール
------------  --------------------  --------------  ----------------------------------
森本 千尋     人事部 更生支援G      090-2713-4486   c-morimoto@hinode-sangyo.co.jp
藤堂 誠一     人事部長              090-6621-0357   todo@hinode-sangyo.co.jp
岩佐 正和     草加工場 工場長       080-3310-7724   iwasa.masakazu@hinode-sangyo.co.jp
大河内 勉     草加工場 製造二課     080-5562-1903   ookochi@hinode-sangyo.co.jp
柴崎 由紀子   総務部 寮管理         070-4129-8835   shibasaki-y@hinode-sangyo.co.jp
菅生 玲奈     人事部 採用チーム     090-8847-2106   sugo-r@hinode-sangyo.co.jp

昼食の手配が必要でしたら、6名分でお願いいたします。
何卒よろしくお願い申し上げます。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-002",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "address book of six 保護司 (home address, phone) in a full-width padded table to the printer: list of people",
        "charset": "shift_jis",
        "sender": TAKASE,
        "to": [NISHIKI],
        "subject": "保護司の先生方への感謝状送付　宛名印刷のお願い",
        "body": """錦印刷株式会社
梶原様

いつもお世話になっております。日の出産業の高瀬です。
先日ご相談した、協力雇用主として日頃お世話になっている保護司の先生方への
感謝状（封筒宛名印刷）の件、宛先をお送りします。
封筒は長３・縦書きでお願いできればと思います。

氏名　　　　　郵便番号　　　住所　　　　　　　　　　　　　　　　　電話
――――――　――――――　――――――――――――――――――　――――――――
村上　敏夫　　３４０－００１４　埼玉県草加市住吉２－８－１５　　　　０４８－９２２－３１７６
古賀　ふみ子　３４０－０８２２　埼玉県八潮市大瀬４－１１－３　　　　０４８－９９６－０４５８
堀井　宗一　　３４３－０８０７　埼玉県越谷市赤山町１－２４－９　　　０４８－９６４－２２８１
須藤　民江　　３４０－００５３　埼玉県草加市旭町６－３－２２　　　　０４８－９４１－７７０２
鳥越　寛治　　３３２－００２３　埼玉県川口市飯塚３－５－１７－３０２　０４８－２５３－９１４０
竹之内　節子　３４０－０８１６　埼玉県八潮市中央２－２９－６　　　　０４８－９９７－３３６９

電話番号は不在票対策で念のため記載しています（印刷は不要です）。
納期は12月第1週で問題ありません。
よろしくお願いいたします。
""" + SIG_TAKASE,
    },
    {
        "id": "probation-003",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you mail to the probation office; only the sender's signature carries contact data",
        "charset": "iso-2022-jp",
        "sender": SUGO,
        "to": [HOGO_MIYASHITA],
        "subject": "施設見学のお礼",
        "body": """埼玉南保護観察所
統括保護観察官 宮下 陽介 様

お世話になっております。日の出産業の菅生でございます。

昨日はご多忙のところ、当社草加工場の見学にお越しいただき誠にありがとうございました。
現場の班長とも直接お話しいただけたことで、受入れ体制について具体的なご助言をいただけ、
大変心強く感じております。

いただいたご指摘（始業前の声かけ、寮の門限の扱い）につきましては、
社内で検討のうえ、来月の打合せでご報告させていただきます。

今後ともご指導のほど、よろしくお願い申し上げます。
""" + SIG_SUGO,
    },
    {
        "id": "probation-004",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of five incoming residents with birth dates, all stated to be on parole, to an estate agent",
        "charset": "utf-8",
        "sender": SHIBASAKI,
        "to": [TSUJI],
        "subject": "借上げ社宅　入居予定者の件（12月入居分）",
        "body": """辻不動産株式会社
賃貸管理部 三輪様

お世話になっております。日の出産業の柴崎です。
先日の借上げ社宅の件、12月入居予定者をお知らせします。
いずれも現在は更生保護施設に入所中で、仮釈放期間中の方です。保証会社の審査で
勤務先の在籍証明が必要とのことでしたので、当社で用意いたします。

氏名	フリガナ	生年月日	入居希望日	備考
丹羽 勇気	ニワ ユウキ	2001/07/19	12/1	仮釈放期間 R8.3まで
日比野 拓也	ヒビノ タクヤ	1993/11/02	12/1	仮釈放期間 R8.1まで
漆原 誠	ウルシハラ マコト	1995/02/14	12/8	仮釈放期間 R8.5まで
薬師寺 航	ヤクシジ ワタル	1989/09/27	12/8	仮釈放期間 R8.2まで
五味 大輔	ゴミ ダイスケ	1988/05/30	12/15	仮釈放期間 R8.6まで

契約者は当社、入居者欄に上記の方のお名前でお願いします。
鍵のお渡しは当社総務にて受け取ります。
""" + SIG_SHIBASAKI,
    },
    {
        "id": "probation-005",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary three-way scheduling mail with two partner organisations in To/Cc",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [AOBA],
        "cc": [KITAGUNI],
        "subject": "合同職場見学会（2月）打合せ日程のご相談",
        "body": """青葉運輸株式会社 人事課 松永様
（CC）北国フーズ株式会社 総務部 江口様

いつもお世話になっております。日の出産業の森本です。

協力雇用主3社による合同職場見学会（2月予定）について、
事前打合せの日程を以下の候補から調整させてください。

　① 1月14日（火）10:00～11:30
　② 1月16日（木）14:00～15:30
　③ 1月20日（月）13:30～15:00

場所は当社本社3階会議室を予定しております（オンライン参加も可）。
見学ルートと昼食の手配、保護観察所への案内文の文案を議題にしたいと考えています。

ご都合のよい候補を返信いただけますと幸いです。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-006",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a new hire's My Number sent in the body to the outside labour consultant",
        "charset": "iso-2022-jp",
        "sender": SUGO,
        "to": [KANEDA],
        "subject": "雇用保険 資格取得届の作成依頼（12/1入社 1名）",
        "body": f"""金田社会保険労務士事務所
金田先生

いつもお世話になっております。日の出産業 人事部の菅生です。
12月1日付で入社する社員1名について、雇用保険の資格取得届の作成をお願いいたします。

　氏名　　　：漆原 誠（ウルシハラ マコト）
　生年月日　：平成7年2月14日
　性別　　　：男
　個人番号　：{spaced(my_number(3201))}
　資格取得日：令和7年12月1日
　雇用形態　：正社員（試用期間3か月）
　週所定労働時間：40時間
　賃金　　　：月給 215,000円

前職は離職票なし（被保険者番号不明）とのことです。
電子申請後、控えを頂戴できれば幸いです。
""" + SIG_SUGO,
    },
    {
        "id": "probation-007",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one 保護司 on free mail, scheduling only, no one's data",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [MURAKAMI],
        "subject": "意見交換会の日程について",
        "body": """村上先生

いつも大変お世話になっております。日の出産業の森本です。
先日お電話でお話しした、保護司会の先生方と当社現場責任者との意見交換会ですが、
以下の日程でいかがでしょうか。

・1月25日（土）14時～16時
・2月1日（土）14時～16時

会場は当社本社の会議室をご用意します。駐車場は4台分確保できます。
ご都合のよい方をお知らせいただければ、会社から正式な案内状をお送りします。

寒い日が続きますので、どうぞご自愛ください。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-008",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee's parole status and attendance reported to the probation officer by mail: criminal record of one person",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [HOGO_KAWABATA],
        "subject": "木暮さんの就労状況（11月）",
        "body": """埼玉南保護観察所
保護観察官 川端 あかね 様

お世話になっております。日の出産業の森本です。
仮釈放中の木暮 翔太さんについて、11月の就労状況をご報告いたします。

・出勤：20日／所定21日（11/18 体調不良により欠勤、事前連絡あり）
・遅刻：なし
・作業：草加工場 製造二課にて梱包ラインを担当。班長の評価も良好です。
・寮生活：門限（22時）の遵守状況に問題なし。

なお、本人より「12月の面接日を土曜日に変更できないか」との相談がありました。
保護司の村上先生にもお伝え済みですが、ご調整いただけますと幸いです。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-009",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five trainee records (birth date, home address, mobile) one block per person to a training school",
        "charset": "shift_jis",
        "sender": SUGO,
        "to": [WAZAMICHI],
        "subject": "フォークリフト運転技能講習　受講申込（5名）",
        "body": """ワザミチ技能講習センター
受付ご担当者様

お世話になります。日の出産業株式会社 人事部の菅生と申します。
1月開講のフォークリフト運転技能講習（31時間コース）に、下記5名の受講を申し込みます。

【1】五味 大輔（ゴミ ダイスケ）
　　生年月日：昭和63年5月30日
　　住所：埼玉県草加市稲荷6-18-5 日の出寮203
　　携帯：090-3378-5521

【2】漆原 誠（ウルシハラ マコト）
　　生年月日：平成7年2月14日
　　住所：埼玉県八潮市伊勢野241-6 メゾン伊勢野102
　　携帯：080-6614-0937

【3】谷岡 慎之介（タニオカ シンノスケ）
　　生年月日：平成12年10月8日
　　住所：東京都足立区花畑5-21-9
　　携帯：070-2259-4418

【4】小豆沢 健（アズサワ ケン）
　　生年月日：平成3年1月23日
　　住所：埼玉県越谷市蒲生東町11-4-305
　　携帯：090-9930-2874

【5】海老沢 隼人（エビサワ ハヤト）
　　生年月日：平成10年4月2日
　　住所：埼玉県草加市稲荷6-18-5 日の出寮108
　　携帯：080-1147-6652

受講料は会社より一括でお振込みします。請求書は人事部宛にお願いします。
""" + SIG_SUGO,
    },
    {
        "id": "probation-010",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate hiring statistics (counts, rates, age bands) with no individual",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": [KYORYOKU],
        "subject": "令和6年度 受入実績（集計値）のご報告",
        "body": """草加地区協力雇用主会
事務局 今泉様

お世話になっております。日の出産業の藤堂です。
会報掲載用の受入実績につきまして、集計値のみで恐縮ですが以下のとおりご報告します。

　受入人数（雇用契約締結）　　　9名
　　うち6か月以上継続　　　　　6名（定着率 66.7%）
　　うち1年以上継続　　　　　　4名
　年齢層　　20代 4名／30代 3名／40代以上 2名
　職種　　　製造（梱包・検品）5名、倉庫内作業 3名、配送助手 1名
　住居支援　借上げ社宅 5名、寮 4名

個別の事例は掲載不要との理解で、数値のみとしております。
不足があればお知らせください。
""" + SIG_TODO,
    },
    {
        "id": "probation-011",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "invitation sent with five member companies openly in To: three or more external parties see each other",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [
            "松永 様 <matsunaga@aoba-unyu.co.jp>",
            "江口 様 <eguchi@kitaguni-foods.co.jp>",
            "坂巻塗装 坂巻様 <sakamaki@sakamaki-tosou.co.jp>",
            "丸菱建工 総務部 <soumu@marubishi-kenko.co.jp>",
            "若林クリーニング 若林様 <info@wakabayashi-cl.jp>",
        ],
        "subject": "【ご案内】協力雇用主 情報交換会（1/29）",
        "body": """協力雇用主各社 ご担当者様

いつもお世話になっております。日の出産業の森本でございます。
今年度2回目の協力雇用主 情報交換会を下記のとおり開催いたします。

　日時：1月29日（水）15:00～17:00
　場所：日の出産業 本社3階 大会議室（草加市栄町4-12-8）
　内容：・埼玉南保護観察所より制度改正のご説明
　　　　・各社の受入れ状況の共有（事例はお名前を伏せてお願いします）
　　　　・合同職場見学会の進め方

ご出欠を1月17日（金）までにご返信ください。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-012",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply whose new text is a date; the probation officer's own details are only in > quoted lines",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [HOGO_MIYASHITA],
        "subject": "Re: 面談日程について",
        "body": """宮下様

お世話になっております。森本です。
承知いたしました。12日（水）15時に、当社本社1階の応接室にてお待ちしております。
当日は現場の大河内も同席させていただきます。

森本

> 日の出産業 森本様
>
> いつもお世話になっております。埼玉南保護観察所の宮下です。
> 木暮 翔太さん（仮釈放中）の件で、就労先として一度三者面談を行いたく存じます。
> 遵守事項のうち飲酒に関する項目について、寮での状況も伺えればと思います。
> 12日（水）15時はいかがでしょうか。
>
> 宮下
""",
    },
    {
        "id": "probation-013",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "internal mail mistyped to hinode-sangyou.co.jp (letter added): look-alike of the own domain",
        "charset": "iso-2022-jp",
        "sender": TAKASE,
        "to": ["岩佐 正和 <iwasa.masakazu@hinode-sangyou.co.jp>"],
        "cc": [MORIMOTO],
        "subject": "安全パトロール（12月）の日程",
        "body": """岩佐工場長

お疲れさまです。総務の高瀬です。
12月の安全パトロールですが、12/9（火）10時からでいかがでしょうか。
今回は寮の消火器点検も合わせて実施したいと考えています。

ご都合を教えてください。
""" + SIG_TAKASE,
    },
    {
        "id": "probation-014",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of six employees' salary accounts sent to the bank",
        "charset": "shift_jis",
        "sender": NONOMURA,
        "to": [MIDORI],
        "subject": "総合振込 振込先マスタ追加分（12月給与）",
        "body": """みどり銀行 草加支店
法人営業課 長谷部様

いつもお世話になっております。日の出産業 経理部の野々村です。
12月給与より総合振込の振込先を追加したく、追加分のデータをお送りします。
登録作業をお願いできますでしょうか。

よろしくお願いいたします。
""" + SIG_NONOMURA,
        "attachments": [
            {
                "kind": "csv",
                "name": "furikomisaki_add_202512.csv",
                "encoding": "cp932",
                "rows": [
                    ["社員番号", "氏名", "カナ", "銀行名", "支店名", "種別", "口座番号"],
                    ["HS2511", "丹羽 勇気", "ﾆﾜ ﾕｳｷ", "みどり銀行", "草加支店", "普通", "3317480"],
                    ["HS2512", "日比野 拓也", "ﾋﾋﾞﾉ ﾀｸﾔ", "みどり銀行", "八潮支店", "普通", "0529163"],
                    ["HS2513", "漆原 誠", "ｳﾙｼﾊﾗ ﾏｺﾄ", "ゆうちょ銀行", "〇一八店", "普通", "4412907"],
                    ["HS2514", "薬師寺 航", "ﾔｸｼｼﾞ ﾜﾀﾙ", "武蔵野中央信用金庫", "草加駅前", "普通", "1086235"],
                    ["HS2515", "五味 大輔", "ｺﾞﾐ ﾀﾞｲｽｹ", "みどり銀行", "越谷支店", "普通", "2274418"],
                    ["HS2516", "海老沢 隼人", "ｴﾋﾞｻﾜ ﾊﾔﾄ", "みどり銀行", "草加支店", "普通", "3390571"],
                ],
            }
        ],
    },
    {
        "id": "probation-015",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "full list with offences and probation terms, but every recipient is internal",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [IWASA, OOKOCHI],
        "subject": "1月受入予定者について（現場向け共有）",
        "body": """岩佐工場長、大河内班長

お疲れさまです。森本です。
1月から製造二課で受け入れる予定の方の情報を共有します（社内限り）。

氏名          生年月日     区分                 罪名            保護観察終了   担当保護司
------------  -----------  -------------------  --------------  -------------  ----------
桐ヶ谷 大樹   1997/06/11   仮釈放               窃盗            2026/04/30     村上先生
尾花 茂       1954/03/02   満期釈放（更生緊急保護） 詐欺        -              -
勅使河原 蓮   2003/04/12   保護観察付執行猶予   傷害            2028/09/15     古賀先生
鮫島 剛       1986/12/25   仮釈放               道路交通法違反  2026/02/28     堀井先生
四十物 修     2006/08/19   少年院仮退院         窃盗・住居侵入  2026/08/18     須藤先生
百目鬼 悠     1999/01/30   仮釈放               覚醒剤取締法違反 2026/07/31    村上先生

配属前の面談は1/8（木）午後を予定しています。
飲酒・金銭管理など、個別の注意点は面談時に口頭でお伝えします。

森本
""",
    },
    {
        "id": "probation-016",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "subject and attachment carry a 社外秘 classification stamp",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": [SHIRAKAWA],
        "subject": "【社外秘】協力雇用主としての受入方針（改定案）ご確認のお願い",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業の藤堂です。

当社の更生支援事業における受入方針の改定案を作成しましたので、
法的な観点からご確認をお願いできますでしょうか。
特に「採用時の犯歴確認の範囲」と「再犯時の雇用契約の扱い」の条項についてご意見を頂戴したく存じます。

　区分：社外秘（顧問弁護士限り）

ご多忙のところ恐縮ですが、1月末までにご返信いただけますと幸いです。
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "docx",
                "name": "受入方針_改定案_v3.docx",
                "page_header": "社外秘",
                "title": "更生支援事業 受入方針（改定案）",
                "paragraphs": [
                    "更生支援事業 受入方針（改定案 第3版）",
                    "1. 目的　当社は協力雇用主として、刑務所出所者等の就労を通じた社会復帰を支援する。",
                    "2. 採用時の確認事項　犯歴の確認は保護観察所から提供される情報の範囲に限る。",
                    "3. 配属　原則として草加工場・八潮倉庫に配属し、班長を指導担当とする。",
                    "4. 住居　借上げ社宅または日の出寮を提供する（家賃補助 上限3万円）。",
                    "5. 再犯時の対応　逮捕・勾留の事実のみをもって解雇しない。就業規則第42条による。",
                ],
            }
        ],
    },
    {
        "id": "probation-017",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (AES) attached: contents cannot be checked",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [HOGO_MIYASHITA],
        "subject": "受入者名簿（12月末時点）の送付",
        "body": """埼玉南保護観察所
宮下様

お世話になっております。日の出産業の森本です。
ご依頼いただいておりました12月末時点の受入者名簿をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

ご確認のほどよろしくお願いいたします。
""" + SIG_MORIMOTO,
        "attachments": [
            {
                "kind": "zip",
                "name": "受入者名簿_202512.zip",
                "password": "Hs#2512kousei",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "受入者名簿_202512.xlsx",
                        "sheets": {
                            "名簿": [
                                ["氏名", "生年月日", "区分", "配属", "雇用開始"],
                                ["木暮 翔太", "1996/03/15", "仮釈放", "製造二課", "2025/06/01"],
                                ["砂川 亮", "1990/10/21", "保護観察付執行猶予", "八潮倉庫", "2025/08/01"],
                                ["丹羽 勇気", "2001/07/19", "仮釈放", "製造一課", "2025/12/01"],
                                ["日比野 拓也", "1993/11/02", "仮釈放", "製造二課", "2025/12/01"],
                                ["漆原 誠", "1995/02/14", "仮釈放", "八潮倉庫", "2025/12/01"],
                            ]
                        },
                    }
                ],
            }
        ],
    },
    {
        "id": "probation-018",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's worksites with office addresses and switchboards: businesses, not people",
        "charset": "iso-2022-jp",
        "sender": SUGO,
        "to": [HOGO_SHURO],
        "subject": "受入可能事業所一覧の更新について",
        "body": """埼玉南保護観察所
就労支援ご担当者様

お世話になっております。日の出産業 人事部の菅生です。
協力雇用主登録情報のうち、受入可能事業所が変更となりましたのでお知らせします。

・本社（事務補助）
　〒340-0011 埼玉県草加市栄町4-12-8　TEL 048-936-2210
・草加工場（梱包・検品・機械オペレーター）
　〒340-0002 埼玉県草加市青柳9-3-21　TEL 048-931-5570
・八潮倉庫（入出庫・フォークリフト）
　〒340-0831 埼玉県八潮市南後谷183-2　TEL 048-995-6410
・越谷配送センター（配送助手）
　〒343-0824 埼玉県越谷市流通団地2-7-5　TEL 048-986-3321
・三郷リサイクルセンター（選別作業）※2月開設
　〒341-0037 埼玉県三郷市高州4-118　TEL 048-950-7702

いずれも寮・借上げ社宅からの送迎バスがございます。
登録内容の変更手続きに必要な書類があればご教示ください。
""" + SIG_SUGO,
    },
    {
        "id": "probation-019",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named worker's injury and diagnosis in an accident report to the insurer: health data of one person",
        "charset": "iso-2022-jp",
        "sender": TAKASE,
        "to": ["常盤損保 事故受付 平田様 <jiko-uketsuke@tokiwa-sonpo.co.jp>"],
        "subject": "【事故報告】草加工場 挟まれ事故（11/27発生）",
        "body": """常盤損害保険株式会社
事故受付センター 平田様

お世話になっております。日の出産業 総務部の高瀬です。
使用者賠償責任保険（証券番号 UB-2025-0047712）の対象となる可能性がある事故が発生しましたので、
取り急ぎご報告いたします。

　発生日時：令和7年11月27日（木）14時20分ごろ
　発生場所：草加工場 第2梱包ライン
　被災者　：日比野 拓也（平成5年11月2日生、32歳、製造二課）
　状況　　：コンベア停止前に詰まった段ボールを取り除こうとして左手を挟まれる
　傷病名　：左手中指 基節骨骨折、左手背挫創（青柳整形外科にて同日手術）
　見込み　：全治約6週間、休業見込み3週間

労働基準監督署への労働者死傷病報告は本日提出予定です。
必要書類をご案内いただけますでしょうか。
""" + SIG_TAKASE,
    },
    {
        "id": "probation-020",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "absence of a named probationer and his probation conditions sent to a 保護司's gmail",
        "charset": "iso-2022-jp",
        "sender": OOKOCHI,
        "to": [KOGA],
        "subject": "砂川さんの件",
        "body": """古賀先生

いつもお世話になっております。日の出産業 草加工場の大河内です。
ご担当いただいている砂川 亮さんですが、今週は月曜・水曜と連絡なしで欠勤しています。
寮の部屋にも戻っていないようで、携帯もつながりません。

保護観察の遵守事項（無断外泊をしない）に関わることかと思いますので、
先生の方で何かご存じでしたら教えていただけますでしょうか。
会社としては、本人から連絡があればまず工場に顔を出すよう伝えるつもりです。

急ぎの場合は工場直通にお電話ください。
""" + SIG_OOKOCHI,
    },
    {
        "id": "probation-021",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA (秘密保持契約) with a draft contract attached; no marking, no personal data",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [KIKO_ANZAI],
        "subject": "秘密保持契約書（案）のご確認",
        "body": """安西様

お世話になっております。日の出産業の森本です。
身元保証制度の利用にあたり、貴機構と当社の間で締結する秘密保持契約書の案を添付いたします。
当社法務の意見を反映し、第4条（秘密情報の範囲）と第9条（有効期間）を修正しております。

機密保持に関する条項について貴機構の定型様式がございましたら、そちらに合わせることも可能です。
ご確認のほどよろしくお願いいたします。
""" + SIG_MORIMOTO + DISC_JA,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書_案_20251205.docx",
                "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "埼玉県南就労支援事業者機構（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、次のとおり秘密保持契約を締結する。",
                    "第1条（目的）本契約は、身元保証制度の利用に関して相互に開示する情報の取扱いを定めることを目的とする。",
                    "第4条（秘密情報の範囲）秘密情報とは、開示者が秘密である旨を明示して開示した情報をいう。",
                    "第9条（有効期間）本契約の有効期間は締結日から3年間とする。",
                    "令和　年　月　日",
                ],
            }
        ],
    },
    {
        "id": "probation-022",
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "corporate credit card number and expiry written in the body to a training school",
        "charset": "iso-2022-jp",
        "sender": NONOMURA,
        "to": [WAZAMICHI],
        "subject": "受講料のお支払い（カード決済）について",
        "body": f"""ワザミチ技能講習センター
受付ご担当者様

お世話になっております。日の出産業 経理部の野々村です。
1月開講のフォークリフト講習（5名分）の受講料について、カード決済をご希望とのことでしたので
下記にてお手続きをお願いいたします。

　カード番号：{spaced(card_number(3201))}
　有効期限　：09/28
　名義　　　：HINODE SANGYO CO LTD
　金額　　　：214,500円（税込）

領収書は経理部野々村宛にお送りください。
""" + SIG_NONOMURA,
    },
    {
        "id": "probation-023",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three attendees with mobile numbers to the organiser: up to four people, may warn",
        "charset": "iso-2022-jp",
        "sender": SUGO,
        "to": [KYORYOKU],
        "subject": "Re: 総会（2/20）出欠のご確認",
        "body": """草加地区協力雇用主会
事務局 今泉様

お世話になっております。日の出産業の菅生です。
2月20日の総会には、当社から以下の3名が出席いたします。

・藤堂 誠一（人事部長）　当日連絡先 090-6621-0357
・森本 千尋（更生支援G）　当日連絡先 090-2713-4486
・菅生 玲奈（採用チーム）　当日連絡先 090-8847-2106

懇親会は藤堂・森本の2名が参加します。
よろしくお願いいたします。
""" + SIG_SUGO,
    },
    {
        "id": "probation-024",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX (two sheets, title row) of nine hired people with offence and release type sent outside",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": [KYORYOKU],
        "subject": "受入実績報告書（様式2）の提出",
        "body": """草加地区協力雇用主会
事務局 今泉様

お世話になっております。日の出産業の藤堂です。
ご依頼の受入実績報告書（様式2）を添付にて提出いたします。
R7年度分は上期のみの記載となっております。

ご査収のほどよろしくお願いいたします。
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "受入実績報告書_様式2_日の出産業.xlsx",
                "title": "受入実績報告書",
                "sheets": {
                    "R6年度": [
                        ["協力雇用主 受入実績報告書（日の出産業株式会社）", "", "", "", "", "", ""],
                        ["No", "氏名", "生年月日", "区分", "罪名", "雇用開始日", "在籍状況"],
                        [1, "木暮 翔太", "H8.3.15", "仮釈放", "窃盗", "R6.6.1", "在籍"],
                        [2, "砂川 亮", "H2.10.21", "保護観察付執行猶予", "詐欺", "R6.8.1", "在籍"],
                        [3, "谷岡 慎之介", "H12.10.8", "少年院仮退院", "恐喝", "R6.9.1", "退職（R7.2）"],
                        [4, "小豆沢 健", "H3.1.23", "仮釈放", "覚醒剤取締法違反", "R6.10.1", "在籍"],
                        [5, "日野原 勝", "S56.7.4", "満期釈放", "窃盗", "R6.11.1", "退職（R7.5）"],
                        [6, "海老沢 隼人", "H10.4.2", "仮釈放", "傷害", "R7.1.6", "在籍"],
                    ],
                    "R7年度(上期)": [
                        ["協力雇用主 受入実績報告書（日の出産業株式会社）", "", "", "", "", "", ""],
                        ["No", "氏名", "生年月日", "区分", "罪名", "雇用開始日", "在籍状況"],
                        [1, "五味 大輔", "S63.5.30", "仮釈放", "横領", "R7.4.1", "在籍"],
                        [2, "薬師寺 航", "H1.9.27", "仮釈放", "覚醒剤取締法違反", "R7.6.1", "在籍"],
                        [3, "鳥羽 聡", "S60.12.9", "保護観察付執行猶予", "道路交通法違反", "R7.7.1", "在籍"],
                    ],
                },
            }
        ],
    },
    {
        "id": "probation-025",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "interview invitation to the applicant himself mentioning his own probation: the data subject is the only recipient",
        "charset": "iso-2022-jp",
        "sender": SUGO,
        "to": ["勅使河原 蓮 <ren.teshigawara0412@gmail.com>"],
        "subject": "面接日程のご案内（日の出産業株式会社）",
        "body": """勅使河原 蓮 様

このたびは当社の求人にご応募いただき、ありがとうございます。
日の出産業株式会社 人事部の菅生と申します。

面接を下記のとおり実施いたします。
　日時：12月10日（水）10:00～（所要60分程度）
　場所：本社1階 受付にてお名前をお伝えください

保護観察中であることは保護観察所から伺っております。面接日が保護司の先生との
面接日と重なる場合は、遠慮なくご連絡ください。日程を調整いたします。

持ち物：履歴書（写真貼付）、筆記用具
当日お会いできることを楽しみにしております。
""" + SIG_SUGO,
    },
]

# ---------------------------------------------------------------------------------------
MESSAGES += [
    {
        "id": "probation-026",
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "driver's licence number of one employee sent to the partner haulier",
        "charset": "iso-2022-jp",
        "sender": SUGO,
        "to": [AOBA],
        "subject": "出向予定者の免許情報について",
        "body": """青葉運輸株式会社
人事課 松永様

お世話になっております。日の出産業の菅生です。
1月から貴社八潮営業所へ出向予定の社員について、車両保険の登録に必要とのことでしたので
免許情報をお送りします。

　氏名　　　　：海老沢 隼人（エビサワ ハヤト）
　生年月日　　：平成10年4月2日
　免許証番号　：第 301902345670 号
　免許の種類　：準中型・普通
　有効期限　　：令和10年05月02日まで（ブルー）

免許証の写しは出向初日に本人が持参いたします。
よろしくお願いいたします。
""" + SIG_SUGO,
    },
    {
        "id": "probation-027",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "job-posting change with a 求人番号 and the standard confidentiality disclaimer; no personal data",
        "charset": "iso-2022-jp",
        "sender": SUGO,
        "to": [HW],
        "subject": "求人票の記載内容変更（求人番号 11040-12345851）",
        "body": """ハローワーク草加東
求人部門 ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の菅生です。
現在公開中の求人（求人番号 11040-12345851／製造スタッフ）について、
以下の点を変更したくご連絡いたしました。

　・就業時間：8:30～17:30 → 8:00～17:00
　・賃金：月給 205,000円～ → 月給 212,000円～
　・備考：「寮・借上げ社宅あり（家賃補助あり）」を追記
　・備考：「協力雇用主として、刑務所出所者等の応募も歓迎します」を追記

変更届が必要でしたら様式をお送りいただけますと幸いです。
""" + SIG_SUGO + DISC_JA,
    },
    {
        "id": "probation-028",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six prisoners due for release (name, offence, release date) shared with another employer",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [AOBA],
        "subject": "北浜刑務所 面接会の候補者名簿（共有）",
        "body": """松永様

お世話になっております。森本です。
来月の北浜刑務所での事業所面接会について、刑務所側から候補者名簿が届きましたので共有します。
当社はフォークリフト科の方を中心に、貴社は大型免許取得希望の方を中心に面接する方向でいかがでしょうか。

名簿の取扱いにはくれぐれもご注意ください。
""" + SIG_MORIMOTO,
        "attachments": [
            {
                "kind": "docx",
                "name": "面接会候補者名簿_北浜刑務所_2月.docx",
                "title": "事業所面接会 候補者名簿",
                "paragraphs": [
                    "北浜刑務所 事業所面接会（2月18日）候補者名簿",
                    "※ 職業訓練修了（見込み）者。帰住予定地は本人申告による。",
                ],
                "tables": [
                    [
                        ["No", "氏名", "年齢", "訓練科", "罪名", "出所予定", "帰住予定地"],
                        ["1", "桐ヶ谷 大樹", "28", "フォークリフト科", "窃盗", "R8.3 仮釈放見込", "草加市"],
                        ["2", "尾形 聖也", "34", "溶接科", "詐欺", "R8.4 仮釈放見込", "越谷市"],
                        ["3", "二階堂 功", "41", "フォークリフト科", "覚醒剤取締法違反", "R8.3 満期", "未定（更生保護施設希望）"],
                        ["4", "真栄田 翼", "25", "大型自動車科", "道路交通法違反", "R8.5 仮釈放見込", "川口市"],
                        ["5", "古閑 直樹", "37", "ビル清掃科", "傷害", "R8.4 満期", "八潮市"],
                        ["6", "乙部 隆之", "46", "大型自動車科", "横領", "R8.6 仮釈放見込", "足立区"],
                    ]
                ],
            }
        ],
    },
    {
        "id": "probation-029",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner address with the co. dropped (aoba-unyu.jp instead of aoba-unyu.co.jp)",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": ["松永 様 <matsunaga@aoba-unyu.jp>"],
        "subject": "合同見学会のバス手配について",
        "body": """松永様

お世話になっております。日の出産業の森本です。
2月の合同職場見学会の移動用バスですが、貴社のマイクロバス（29人乗り）を
お借りできないかというお話、その後いかがでしょうか。

ルートは 草加駅東口 → 当社草加工場 → 貴社八潮営業所 → 北国フーズ様三郷工場 → 草加駅 を想定しています。
ご検討のほど、よろしくお願いいたします。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-030",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "two My Numbers between payroll and HR, all recipients internal",
        "charset": "iso-2022-jp",
        "sender": NONOMURA,
        "to": [SUGO],
        "subject": "新入社員の個人番号登録（給与システム）",
        "body": f"""菅生さん

お疲れさまです。経理の野々村です。
12/1入社の2名分、給与システムへの個人番号登録が完了しましたので念のため照合をお願いします。

　丹羽 勇気　　H13.7.19生　個人番号 {my_number(3202)}
　日比野 拓也　H5.11.2生　 個人番号 {my_number(3203)}

番号カードの写しは人事部のキャビネットに保管をお願いします（経理では保管しません）。

野々村
""",
    },
    {
        "id": "probation-031",
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "residence card number of a foreign employee sent to an outside support organisation",
        "charset": "utf-8",
        "sender": SUGO,
        "to": ["グローバルブリッジ 岡部様 <okabe@globalbridge-hr.com>"],
        "subject": "在留資格更新の件（ブイ・ヴァン・タインさん）",
        "body": """株式会社グローバルブリッジ
登録支援部 岡部様

お世話になっております。日の出産業の菅生です。
当社八潮倉庫で勤務しているブイさんの在留期間更新について、申請書作成に必要な情報をお送りします。

　氏名（ローマ字）：BUI VAN THANH
　国籍　　　　　　：ベトナム
　生年月日　　　　：1999年3月8日
　在留資格　　　　：特定技能1号
　在留カード番号　：KM48217730FA
　在留期間満了日　：2026年2月7日

当社側の書類（雇用契約書写し、納税証明）は今週中に郵送いたします。
""" + SIG_SUGO,
    },
    {
        "id": "probation-032",
        "expect": "stop",
        "entities": [],
        "detectors": ["freemail_recipient", "external_recipients_visible", "multiple_external_domains"],
        "note": "four private persons (保護司 on free/carrier mail) in To can see each other's addresses",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [MURAKAMI, KOGA, HORII, SUDO],
        "subject": "新年懇親会のご案内",
        "body": """保護司の先生方

いつも当社の受入れにご協力いただき、誠にありがとうございます。
日の出産業の森本です。

日頃の感謝を込めて、ささやかではございますが新年懇親会を開催いたします。

　日時：1月31日（土）17時30分～19時30分
　会場：割烹 ときわ（草加駅東口 徒歩3分）
　会費：無料（当社負担）

ご出欠を1月20日までにこのメールにご返信いただけますと幸いです。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-033",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply; the delegation list with phone numbers is only in the quoted original",
        "charset": "utf-8",
        "sender": HAYAMI,
        "to": ["Laura Mitchell <l.mitchell@brightpath-reentry.org>"],
        "subject": "Re: Study visit to Soka plant – November 20",
        "body": """Dear Laura,

Thank you for the details. We would be glad to host your delegation on November 20.
Our bus will pick everyone up at Soka Station (east exit) at 9:30, and the plant tour
will be followed by a Q&A session with our HR team and two shift leaders.

Please let me know if anyone has dietary requirements for lunch.

Best regards,
Kenta
""" + SIG_HAYAMI + """

On Tue, Oct 28, 2025 at 6:12 PM Laura Mitchell <l.mitchell@brightpath-reentry.org> wrote:
> Dear Kenta,
>
> Here is our delegation for the study visit:
>
>   Laura Mitchell      +1 503 555 0142   l.mitchell@brightpath-reentry.org
>   Marcus Greene       +1 503 555 0178   m.greene@brightpath-reentry.org
>   Priya Raman         +1 971 555 0113   p.raman@brightpath-reentry.org
>   Tomás Alvarez       +1 503 555 0190   t.alvarez@brightpath-reentry.org
>   Hannah Cole         +1 971 555 0136   h.cole@brightpath-reentry.org
>
> Looking forward to it,
> Laura
""",
    },
    {
        "id": "probation-034",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of six dormitory residents with birth dates and emergency phone numbers to the property manager",
        "charset": "iso-2022-jp",
        "sender": SHIBASAKI,
        "to": [HMSOKA],
        "subject": "日の出寮 入居者名簿（1月改訂版）",
        "body": """株式会社ハウスメイト草加
近藤様

お世話になっております。日の出産業の柴崎です。
日の出寮の入居者名簿を改訂しましたので、PDFでお送りします。
設備点検の際の在室確認にご利用ください。

よろしくお願いいたします。
""" + SIG_SHIBASAKI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "日の出寮_入居者名簿_202601.pdf",
                "title": "日の出寮 入居者名簿",
                "lines": ["日の出寮 入居者名簿（令和8年1月改訂）", "所在地：埼玉県草加市稲荷6-18-5", ""],
                "table": [
                    ["部屋", "氏名", "生年月日", "入居日", "緊急連絡先（続柄）", "電話"],
                    ["103", "海老沢 隼人", "1998/04/02", "2025/01/06", "海老沢 和子（母）", "048-725-3318"],
                    ["105", "小豆沢 健", "1991/01/23", "2024/10/01", "小豆沢 勉（兄）", "090-6672-1045"],
                    ["201", "木暮 翔太", "1996/03/15", "2024/06/01", "木暮 まゆみ（母）", "0276-52-8814"],
                    ["203", "五味 大輔", "1988/05/30", "2025/04/01", "五味 克也（父）", "080-2231-5597"],
                    ["205", "鳥羽 聡", "1985/12/09", "2025/07/01", "鳥羽 恵美（妻）", "070-3348-2216"],
                    ["206", "谷岡 慎之介", "2000/10/08", "2025/11/15", "谷岡 洋子（祖母）", "03-3884-7120"],
                ],
            }
        ],
    },
    {
        "id": "probation-035",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX with a 部外秘 page header sent to the outside labour consultant",
        "charset": "iso-2022-jp",
        "sender": SUGO,
        "to": [KANEDA],
        "subject": "就業規則（試用期間規定）改定案のご相談",
        "body": """金田先生

お世話になっております。日の出産業の菅生です。
協力雇用主として受け入れる方を念頭に、試用期間の延長規定と住居手当の改定案を作成しました。
労基法上問題がないか、ご確認をお願いできますでしょうか。

来週の訪問時にご意見を伺えれば幸いです。
""" + SIG_SUGO,
        "attachments": [
            {
                "kind": "docx",
                "name": "就業規則_改定案_試用期間.docx",
                "page_header": "部外秘",
                "title": "就業規則 改定案",
                "paragraphs": [
                    "就業規則 改定案（第8条・第31条）",
                    "第8条（試用期間）試用期間は3か月とする。ただし、会社が必要と認めた場合は3か月を限度として延長することがある。",
                    "第31条（住居手当）会社が借上げる住宅に入居する者には、家賃の2分の1（上限3万円）を補助する。",
                    "附則　本規則は令和8年4月1日から施行する。",
                ],
            }
        ],
    },
    {
        "id": "probation-036",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of rental properties with building addresses and agents' switchboards: no people",
        "charset": "shift_jis",
        "sender": SHIBASAKI,
        "to": [TSUJI],
        "subject": "借上げ候補物件の件",
        "body": """三輪様

お世話になっております。柴崎です。
先日ご提案いただいた物件のうち、社内で検討した結果、以下の4件で内見をお願いしたいです。

物件名                所在地                         間取り  家賃      管理会社
--------------------  -----------------------------  ------  --------  ------------------------------
コーポ青柳            草加市青柳8-14-2               1K      42,000円  辻不動産（048-928-4410）
メゾン伊勢野          八潮市伊勢野241-6              1K      45,000円  八潮ハウジング（048-997-1120）
グランシャトー稲荷    草加市稲荷5-3-19               1DK     51,000円  辻不動産（048-928-4410）
ハイツ蒲生            越谷市蒲生東町11-4             1R      39,000円  ハウスメイト草加（048-946-0081）

いずれも工場まで自転車15分圏内で、家具家電付きを希望しています。
内見日程は12/6（土）午前を希望します。
""" + SIG_SHIBASAKI,
    },
    {
        "id": "probation-037",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named trainee's intellectual disability certificate and accommodations sent to the training school",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [GISEN],
        "subject": "受講予定者への配慮事項について",
        "body": """八潮高等技術専門校
訓練指導員 笠原先生

お世話になっております。日の出産業の森本です。
2月から在職者訓練（物流ビジネス科）を受講予定の猪狩 聡さんについて、事前にご相談です。

猪狩さんは療育手帳（B2）をお持ちで、口頭の指示を一度に複数伝えると混乱しやすい面があります。
当社では作業手順を写真付きのカードにして渡しており、これで問題なく作業できています。
学科の際は、可能であれば板書を写真で撮ることを許可いただけないでしょうか。

また、更生保護施設から当社寮に移ったばかりで、生活面でもまだ不安定な時期です。
何かあれば私まで直接ご連絡ください。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-038",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF attached: the guard cannot read it",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [KIKO_ANZAI],
        "subject": "就労奨励金 申請書（控え）",
        "body": """安西様

お世話になっております。日の出産業の森本です。
先日郵送した就労奨励金申請書の控えをPDFでお送りします。
パスワードは前回と同じルールです（お電話でお伝えした形式）。

ご確認よろしくお願いします。
""" + SIG_MORIMOTO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "就労奨励金申請書_控え_日の出産業.pdf",
                "password": "hinode0412",
                "lines": [
                    "刑務所出所者等就労奨励金 支給申請書（控え）",
                    "事業所名：日の出産業株式会社",
                    "対象者：丹羽 勇気（平成13年7月19日生）　仮釈放　雇用開始 令和7年12月1日",
                    "対象者：日比野 拓也（平成5年11月2日生）　仮釈放　雇用開始 令和7年12月1日",
                ],
            }
        ],
    },
    {
        "id": "probation-039",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "XLSX of monthly headcounts and retention rates: statistics without people",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [KIKO_ANZAI],
        "subject": "雇用状況（月次集計）の送付",
        "body": """安西様

お世話になっております。森本です。
機構の年次報告用に、当社の月次の雇用人数をまとめたものをお送りします。
個人が特定される情報は含めておりません。

よろしくお願いいたします。
""" + SIG_MORIMOTO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "雇用状況_月次集計_R7.xlsx",
                "sheets": {
                    "月次": [
                        ["月", "在籍人数", "新規雇用", "離職", "うち6か月定着"],
                        ["4月", 11, 1, 0, 8],
                        ["5月", 11, 0, 1, 8],
                        ["6月", 12, 2, 1, 9],
                        ["7月", 13, 1, 0, 9],
                        ["8月", 13, 0, 0, 10],
                        ["9月", 12, 0, 1, 10],
                    ],
                    "年代別": [
                        ["年代", "人数"],
                        ["10代", 1],
                        ["20代", 5],
                        ["30代", 4],
                        ["40代以上", 2],
                    ],
                },
            }
        ],
    },
    {
        "id": "probation-040",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of five work-experience participants, their mobiles and halfway-house placement",
        "charset": "utf-8",
        "sender": MORIMOTO,
        "to": [KITAGUNI],
        "subject": "職場体験（三郷工場）参加者のご連絡",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>北国フーズ株式会社<br>総務部 江口様</p>
<p>いつもお世話になっております。日の出産業の森本です。<br>
12月の職場体験（三郷工場・惣菜ライン）に参加する方を以下のとおりお知らせします。<br>
いずれも保護観察中の方で、入所先の施設職員が当日送迎します。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>氏名</th><th>年齢</th><th>入所先</th><th>携帯</th><th>担当保護観察官</th></tr>
<tr><td>桐ヶ谷 大樹</td><td>28</td><td>更生保護施設 あさひ寮</td><td>090-7715-3380</td><td>川端</td></tr>
<tr><td>二階堂 功</td><td>41</td><td>更生保護施設 あさひ寮</td><td>080-4436-9021</td><td>宮下</td></tr>
<tr><td>尾形 聖也</td><td>34</td><td>自立準備ホーム ひだまりの家</td><td>070-1182-6654</td><td>川端</td></tr>
<tr><td>古閑 直樹</td><td>37</td><td>更生保護施設 あさひ寮</td><td>090-5528-0173</td><td>宮下</td></tr>
<tr><td>真栄田 翼</td><td>25</td><td>自立準備ホーム ひだまりの家</td><td>080-9973-2415</td><td>川端</td></tr>
</table>
<p>衛生検査（検便）の結果は後日まとめてお送りします。<br>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 更生支援グループ<br>森本 千尋<br>TEL 048-936-2210（内線312）</p>
</body></html>""",
    },
    {
        "id": "probation-041",
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "basic pension number of a new hire sent to the labour consultant",
        "charset": "shift_jis",
        "sender": SUGO,
        "to": [KANEDA],
        "subject": "厚生年金・健保 資格取得届（鮫島さん分）",
        "body": """金田先生

いつもお世話になっております。菅生です。
1月6日入社の鮫島さんについて、社会保険の資格取得届をお願いします。
本人が年金手帳を紛失しており、ねんきん定期便から番号を確認しました。

　氏名：鮫島 剛（サメジマ ツヨシ）
　生年月日：昭和61年12月25日
　基礎年金番号：4127-806352
　報酬月額：228,000円
　扶養：なし

年金手帳の再交付手続きもあわせてお願いできれば助かります。
""" + SIG_SUGO,
    },
    {
        "id": "probation-042",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions 機密保持 only to explain that names are withheld; no marking, no person",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [HOGO_KAWABATA],
        "subject": "来週の打合せについて",
        "body": """川端様

お世話になっております。日の出産業の森本です。
来週火曜の打合せについてご連絡です。

機密保持の観点から、ご相談したい対象者のお名前や経過はメールには記載せず、
当日書面にてお渡しいたします（打合せ後に回収いたします）。

議題は以下を予定しています。
　1. 12月入社者2名の寮生活の状況
　2. 就労奨励金の申請スケジュール
　3. 2月の合同職場見学会の案内方法

14時に当社本社へお越しください。よろしくお願いいたします。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-043",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "law-firm address with l→i homoglyph (shirakawa-iaw.jp) and a named employee's probation for assault",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": ["白川 先生 <shirakawa@shirakawa-iaw.jp>"],
        "subject": "従業員間トラブルに関するご相談",
        "body": """白川先生

いつもお世話になっております。日の出産業の藤堂です。
急ぎご相談させてください。

昨日、草加工場で鮫島 剛さん（傷害罪で保護観察付執行猶予中）が同僚と口論になり、
相手の胸ぐらをつかむ事態がありました。けが人はおりません。
本人は反省しており、保護観察官にも自分から報告したとのことです。

このような場合の懲戒の可否・程度と、執行猶予への影響について会社として留意すべき点を
ご教示いただけますでしょうか。明日午後にお電話できれば幸いです。
""" + SIG_TODO,
    },
    {
        "id": "probation-044",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named 19-year-old's release from juvenile training school (少年院) told to the training vendor",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": ["ワザミチ技能講習センター 石原様 <ishihara@wazamichi.co.jp>"],
        "subject": "アーク溶接特別教育 受講の件",
        "body": """ワザミチ技能講習センター
石原様

お世話になっております。日の出産業の森本です。
来月のアーク溶接特別教育に、当社の四十物 修（あいもの おさむ）くんを受講させたいと考えています。

四十物くんは19歳で、先月若葉学園（少年院）を仮退院して当社に入社しました。
院内で溶接の基礎を学んでおり、本人も資格取得に意欲的です。
年齢的にまだ緊張しやすいので、最初の実技の際に少し声をかけていただけると助かります。

申込書は本日郵送いたします。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-045",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "purchase order with order number and the company's own T-number; no personal data",
        "charset": "shift_jis",
        "sender": NONOMURA,
        "to": [NISHIKI],
        "subject": "発注書送付（更生支援パンフレット 増刷）",
        "body": f"""錦印刷株式会社
梶原様

お世話になっております。日の出産業 経理部の野々村です。
標記の件、下記のとおり発注いたします。

　発注番号：HS-PO-2025-0871
　品名　　：更生支援事業パンフレット（A4・三つ折り・4C）
　数量　　：3,000部
　単価　　：28.5円
　金額　　：85,500円（税抜）／94,050円（税込）
　納期　　：令和8年1月16日
　納品先　：日の出産業株式会社 本社 人事部

請求書には当社の登録番号（T{HINODE_CORP}）を記載のうえ、経理部宛にお送りください。
""" + SIG_NONOMURA,
    },
    {
        "id": "probation-046",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "unencrypted ZIP with an XLSX and a CSV listing five employees' probation status",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [KIKO_ANZAI],
        "subject": "定着状況調査の回答",
        "body": """安西様

お世話になっております。日の出産業の森本です。
定着状況調査の回答をZIPにまとめてお送りします。
調査票（Excel）と、補足事項のCSVの2ファイルです。

よろしくお願いいたします。
""" + SIG_MORIMOTO,
        "attachments": [
            {
                "kind": "zip",
                "name": "定着状況調査_日の出産業.zip",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "定着状況調査票.xlsx",
                        "sheets": {
                            "調査票": [
                                ["定着状況調査票（令和7年12月1日現在）", "", "", "", ""],
                                ["氏名", "生年月日", "処遇区分", "雇用開始", "継続月数"],
                                ["木暮 翔太", "1996-03-15", "仮釈放", "2024-06-01", 18],
                                ["砂川 亮", "1990-10-21", "保護観察付執行猶予", "2024-08-01", 16],
                                ["小豆沢 健", "1991-01-23", "仮釈放", "2024-10-01", 14],
                                ["海老沢 隼人", "1998-04-02", "仮釈放", "2025-01-06", 11],
                                ["五味 大輔", "1988-05-30", "仮釈放", "2025-04-01", 8],
                            ]
                        },
                    },
                    {
                        "kind": "csv",
                        "name": "補足事項.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["氏名", "補足"],
                            ["砂川 亮", "11月に無断欠勤2日。保護司と連携して対応中"],
                            ["小豆沢 健", "ダルク通所を継続。通院日は有給扱い"],
                        ],
                    },
                ],
            }
        ],
    },
    {
        "id": "probation-047",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "planning mail to two external public bodies (probation office + Hello Work): two organisations only",
        "charset": "iso-2022-jp",
        "sender": SUGO,
        "to": [HOGO_SHURO],
        "cc": ["ハローワーク草加東 就職支援ナビゲーター <navi@hw-sokahigashi.go.jp>"],
        "subject": "合同面接会（3月）会場と日程の件",
        "body": """埼玉南保護観察所 就労支援ご担当者様
（CC）ハローワーク草加東 就職支援ナビゲーター様

お世話になっております。日の出産業の菅生です。
3月の合同面接会について、会場を当社本社3階大会議室で確保いたしました。

　日時：3月11日（水）13:00～16:00
　ブース：4社（当社、青葉運輸様、北国フーズ様、坂巻塗装様）
　想定参加者数：10名程度

参加者のご案内と当日の引率については、従来どおり保護観察所様にお願いできればと存じます。
ハローワーク様には求人票の事前掲示をお願いできますでしょうか。
""" + SIG_SUGO,
    },
    {
        "id": "probation-048",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "attached internal mail (.eml) listing six residents' mobiles and emergency contacts, sent to the property manager",
        "charset": "iso-2022-jp",
        "sender": SHIBASAKI,
        "to": [HMSOKA],
        "subject": "給湯器交換工事の件（在室確認の連絡先）",
        "body": """近藤様

お世話になっております。柴崎です。
来週の給湯器交換工事の際、在室確認が必要とのことでしたので、
寮の班長から届いた連絡先一覧のメールを添付でお送りします。

工事当日、不在の部屋があれば直接本人に連絡していただいて構いません。
""" + SIG_SHIBASAKI,
        "attachments": [
            {
                "kind": "eml",
                "name": "寮生連絡先一覧.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": OOKOCHI,
                    "to": [SHIBASAKI],
                    "subject": "寮生の連絡先（最新）",
                    "body": """柴崎さん

お疲れさまです。大河内です。
寮生の連絡先、最新版です。

103 海老沢 隼人　080-1147-6652　緊急：母 048-725-3318
105 小豆沢 健　　090-9930-2874　緊急：兄 090-6672-1045
201 木暮 翔太　　090-4420-8813　緊急：母 0276-52-8814
203 五味 大輔　　090-3378-5521　緊急：父 080-2231-5597
205 鳥羽 聡　　　080-7725-0419　緊急：妻 070-3348-2216
206 谷岡 慎之介　070-2259-4418　緊急：祖母 03-3884-7120

大河内
""",
                },
            }
        ],
    },
    {
        "id": "probation-049",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee as victim of assault and named resident's arrest sent to the law firm",
        "charset": "iso-2022-jp",
        "sender": SHIBASAKI,
        "to": [SHIRAKAWA],
        "cc": [TODO],
        "subject": "寮内での暴行事案について（ご報告とご相談）",
        "body": """白川先生

お世話になっております。日の出産業 総務部の柴崎です。
藤堂の指示でご連絡いたします。

12月3日深夜、日の出寮の共用キッチンで、入居者の百目鬼 悠さんが同じ寮の谷岡 慎之介さんから
顔を殴られる事案が発生しました。百目鬼さんは鼻骨骨折で救急搬送され、翌日被害届を提出しています。
谷岡さんは草加警察署に傷害の疑いで逮捕されました。

会社として、
　・百目鬼さんへの労災・見舞金の扱い
　・谷岡さんの雇用契約と寮の退去手続き
　・寮の管理責任
についてご相談させてください。
""" + SIG_SHIBASAKI,
    },
    {
        "id": "probation-050",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "injury and diagnosis of a named worker, but sent only to an internal subdomain",
        "charset": "iso-2022-jp",
        "sender": IWASA,
        "to": ["高瀬 健吾 <k-takase@mail.hinode-sangyo.co.jp>"],
        "cc": ["産業保健室 <sangyo-hoken@hinode-sangyo.co.jp>"],
        "subject": "日比野さんの経過（社内共有）",
        "body": """高瀬さん

お疲れさまです。岩佐です。
日比野さんの件、本日青柳整形外科から連絡があり、術後の経過は順調とのことです。
ただし左手中指の可動域制限が残る可能性があり、リハビリに2か月程度かかる見込みです。

また本人から、事故以来よく眠れないとの相談がありました。
産業医面談を早めに設定していただけますか。
保護観察官の川端さんへは、森本さんから状況を伝えてもらうことになっています。
""" + SIG_IWASA,
    },
]

# ---------------------------------------------------------------------------------------
MESSAGES += [
    {
        "id": "probation-051",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PPTX lecture slides naming five hired people with their offences, sent to the 保護司会",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [HOGOSHIKAI],
        "subject": "研修会の講演資料（ドラフト）",
        "body": """草加地区保護司会
事務局ご担当者様

お世話になっております。日の出産業の森本です。
2月の保護司研修会でお話しする「協力雇用主の現場から」の資料ドラフトをお送りします。
事例のページについては、当日は口頭で補足する予定です。

ご意見がありましたらお知らせください。
""" + SIG_MORIMOTO,
        "attachments": [
            {
                "kind": "pptx",
                "name": "協力雇用主の現場から_draft.pptx",
                "title": "協力雇用主の現場から",
                "slides": [
                    ["協力雇用主の現場から", "日の出産業株式会社 人事部 更生支援グループ", "森本 千尋"],
                    ["当社の受入れ状況", "2019年から累計38名を雇用", "1年以上の定着率 52%"],
                    ["事例1：木暮 翔太さん（29歳）", "窃盗で服役、仮釈放中に入社", "フォークリフト免許を取得し、現在は班長補佐"],
                    ["事例2：砂川 亮さん（35歳）", "詐欺・保護観察付執行猶予", "無断欠勤が続いた時期に保護司と連携"],
                    ["事例3：小豆沢 健さん（34歳）", "覚醒剤取締法違反で服役", "ダルク通所と勤務を両立"],
                    ["事例4：海老沢 隼人さん（27歳）", "傷害で服役、仮釈放", "出向先の運送会社で準中型ドライバーに"],
                    ["事例5：五味 大輔さん（37歳）", "業務上横領で服役", "経理経験を活かし倉庫の在庫管理を担当"],
                    ["まとめ", "住まい・お金・人間関係の3点を会社と保護司で支える"],
                ],
            }
        ],
    },
    {
        "id": "probation-052",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "hotel booking for one guest with his mobile; card details explicitly withheld (to be given by phone)",
        "charset": "iso-2022-jp",
        "sender": SUGO,
        "to": ["さくらホテル 予約係 <reserve@sakura-hotel.jp>"],
        "subject": "宿泊予約のお願い（1/5 1泊）",
        "body": """さくらホテル草加
ご予約ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の菅生です。
1月6日入社の社員が遠方から前泊いたしますので、下記のとおり予約をお願いします。

　宿泊者：鮫島 剛 様
　日程　：1月5日（月）チェックイン／1泊
　部屋　：シングル・禁煙・朝食付き
　当日連絡先：080-3326-9107（ご本人携帯）

お支払いは法人カードにて。カード情報はメールではお送りできませんので、
予約確定後にお電話でお伝えいたします。
""" + SIG_SUGO,
    },
    {
        "id": "probation-053",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one colleague named as on-site contact with his mobile: a single business contact",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [ASAHI_ISHIGURO],
        "subject": "現場の窓口について",
        "body": """更生保護法人 朝陽会 あさひ寮
補導主任 石黒様

いつもお世話になっております。日の出産業の森本です。
来月から、工場での日々の連絡窓口を下記の者に変更いたします。

　草加工場 製造二課 班長　大河内 勉
　携帯：080-5562-1903（平日 7:30～17:00）

寮から工場への送り出しの際の遅刻連絡なども、大河内に直接いただいて構いません。
私（森本）は引き続き全体の窓口を担当いたします。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-054",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four external organisations openly in To/Cc of one mail",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [HOGO_KAWABATA],
        "cc": [ASAHI_ISHIGURO, "ハローワーク草加東 就職支援ナビゲーター <navi@hw-sokahigashi.go.jp>", GISEN],
        "subject": "支援会議（1/22）開催のご案内",
        "body": """関係機関の皆さま

いつもお世話になっております。日の出産業の森本です。
12月に入社した方々の支援について、関係機関の皆さまと情報共有の場を設けたく、
下記のとおり支援会議を開催いたします。

　日時：1月22日（木）14:00～15:30
　場所：日の出産業 本社2階 第1会議室
　議題：職業訓練の受講計画、住居の確保、通院・通所との両立

対象者の個別情報は当日資料でお配りし、会議後に回収いたします。
ご出欠をお知らせください。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-055",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF with a 取扱注意 page header sent to a partner",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": [AOBA],
        "subject": "共同受入れの費用試算",
        "body": """松永様

お世話になっております。藤堂です。
先日お話しした、出向方式での共同受入れにかかる費用の試算をお送りします。
社内でもまだ確定していない数字ですので、その前提でご覧ください。
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "共同受入れ_費用試算_v2.pdf",
                "page_header": "取扱注意",
                "title": "共同受入れ 費用試算",
                "lines": [
                    "出向方式による共同受入れ 費用試算（1名あたり・年額）",
                    "",
                ],
                "table": [
                    ["項目", "日の出産業負担", "青葉運輸負担", "備考"],
                    ["給与・賞与", "0", "3,120,000", "出向先負担"],
                    ["社会保険料（会社分）", "0", "468,000", ""],
                    ["住居（借上げ社宅）", "360,000", "0", "家賃補助含む"],
                    ["技能講習費", "42,900", "85,000", "フォークリフト・準中型"],
                    ["就労奨励金（見込み）", "-360,000", "0", "国から支給"],
                ],
            }
        ],
    },
    {
        "id": "probation-056",
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health-insurance card symbol/number and symptoms of one employee sent to a clinic",
        "charset": "iso-2022-jp",
        "sender": TAKASE,
        "to": ["青柳整形外科 受付 <uketsuke@aoyagi-seikei.jp>"],
        "subject": "受診予約と保険証情報について",
        "body": """青柳整形外科
受付ご担当者様

お世話になっております。日の出産業株式会社 総務部の高瀬です。
当社社員が保険証を寮に置き忘れたまま受診することになりそうなため、
事前に保険証の情報をお伝えいたします。

　氏名：小豆沢 健（アズサワ ケン）
　生年月日：平成3年1月23日
　保険者：全国健康保険協会 埼玉支部
　記号：31120045　番号：1187
　症状：1週間前から腰痛と右脚のしびれ（業務外）

12月10日（水）午前の受診を希望しております。
よろしくお願いいたします。
""" + SIG_TAKASE,
    },
    {
        "id": "probation-057",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipping notice with a tracking number for work clothes; no one named",
        "charset": "iso-2022-jp",
        "sender": SHIBASAKI,
        "to": [ASAHI_ISHIGURO],
        "subject": "作業服・安全靴の発送について",
        "body": """石黒様

お世話になっております。日の出産業の柴崎です。
来月入社予定の方の作業服一式（上下2着、安全靴26.5cm、防寒着）を本日発送いたしました。

　運送会社：ヤマト運輸
　送り状番号：4829-1173-6605
　お届け予定：12月9日（火）午前中

到着しましたら、お手数ですがご本人にお渡しください。
サイズが合わない場合は入社日に工場で交換いたします。
""" + SIG_SHIBASAKI,
    },
    {
        "id": "probation-058",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's religion (Muslim, prayer, halal) sent to the canteen contractor",
        "charset": "utf-8",
        "sender": MORIMOTO,
        "to": [KITAGUNI],
        "subject": "社員食堂の食事配慮のお願い",
        "body": """江口様

いつもお世話になっております。日の出産業の森本です。
社員食堂の運営について、1点ご相談です。

1月から草加工場に勤務するハーリド・ラフマン（Khalid Rahman）さんはイスラム教徒で、
豚肉・アルコールを含む食事がとれません。また、勤務時間中に短時間の礼拝をします。
日替わり定食のうち1品をハラール対応、または原材料表示を掲示していただくことは可能でしょうか。

ラマダン期間（2月中旬～3月中旬の見込み）は昼食をとらないため、その間の喫食数は1食減となります。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-059",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "「取扱注意」 is a fragile-goods sticker on a parcel, not a document classification",
        "charset": "shift_jis",
        "sender": IWASA,
        "to": ["川崎電機 資材課 大野様 <ohno@kawasaki-denki.co.jp>"],
        "subject": "検査治具の返却について",
        "body": """川崎電機株式会社
資材課 大野様

いつもお世話になっております。日の出産業 草加工場の岩佐です。
お借りしていた検査治具（KD-JIG-0472、2台）を本日返却いたしました。

　発送：西濃運輸　問合せ番号 3170-4428-5519
　梱包：木箱1箱（約18kg）。箱には「取扱注意」「天地無用」のシールを貼付しています。
　到着予定：12月5日（金）

受領されましたらご一報いただけますと幸いです。
""" + SIG_IWASA,
    },
    {
        "id": "probation-060",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached workbook is corrupt and cannot be opened",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [KIKO_ANZAI],
        "subject": "10月分 雇用状況報告",
        "body": """安西様

お世話になっております。森本です。
10月分の雇用状況報告をお送りします。遅くなり申し訳ありません。
""" + SIG_MORIMOTO,
        "attachments": [{"kind": "corrupt", "name": "雇用状況報告_10月.xlsx"}],
    },
    {
        "id": "probation-061",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward (FW) of the 保護司会's participant list (address, birth date, phone for seven people) to the hotel",
        "charset": "iso-2022-jp",
        "sender": TAKASE,
        "to": ["さくらホテル 宴会・宿泊担当 <banquet@sakura-hotel.jp>"],
        "subject": "FW: 【保護司会】研修旅行 参加者名簿",
        "body": """さくらホテル
宴会・宿泊ご担当者様

お世話になっております。日の出産業の高瀬です。
当社が幹事を手伝っている保護司会の研修旅行について、宿泊者名簿が届きましたので転送します。
宿泊者カードの事前記入にお使いください。

高瀬

-------- Forwarded Message --------
差出人: 草加地区保護司会 事務局 <jimukyoku@soka-hogoshikai.or.jp>
宛先: 高瀬 健吾 <k-takase@hinode-sangyo.co.jp>
件名: 【保護司会】研修旅行 参加者名簿

高瀬様

研修旅行（2/7-8）の参加者名簿です。ホテルへの連絡をお願いします。

1. 村上 敏夫　　S26.5.3生　草加市住吉2-8-15　　　　048-922-3176
2. 古賀 ふみ子　S30.9.18生　八潮市大瀬4-11-3　　　　048-996-0458
3. 堀井 宗一　　S28.2.27生　越谷市赤山町1-24-9　　　048-964-2281
4. 須藤 民江　　S33.12.1生　草加市旭町6-3-22　　　　048-941-7702
5. 鳥越 寛治　　S24.7.14生　川口市飯塚3-5-17-302　048-253-9140
6. 竹之内 節子　S35.4.8生　八潮市中央2-29-6　　　　048-997-3369
7. 八田 武志　　S31.10.30生　草加市谷塚町1102-4　　048-925-6683

保護司会事務局
""",
    },
    {
        "id": "probation-062",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four ordinary applicants' names and mobiles to the partner haulier: four people, may warn",
        "charset": "iso-2022-jp",
        "sender": SUGO,
        "to": [AOBA],
        "subject": "共同採用説明会　面接希望者の件",
        "body": """松永様

お世話になっております。菅生です。
先週の共同採用説明会で、貴社ドライバー職の面接を希望された方が4名いらっしゃいました。
ご本人の了承を得ておりますので、連絡先をお伝えします。

　石動 拓真　　090-1845-7730
　浜岡 沙織　　080-6619-2054
　能勢 広大　　070-4402-8816
　リン・ジアハオ　090-7136-5521

面接日程は貴社から直接ご連絡いただけますでしょうか。
""" + SIG_SUGO,
    },
    {
        "id": "probation-063",
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "passport number used as ID for an account opening, sent to the bank",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [MIDORI],
        "subject": "給与振込口座の開設（本人確認書類について）",
        "body": """みどり銀行 草加支店
長谷部様

お世話になっております。日の出産業の森本です。
12月入社の社員の口座開設について、住民票の異動が間に合わないため、
本人確認書類として旅券を使用したいと考えております。事前に情報をお送りします。

　氏名：丹羽 勇気（ニワ ユウキ）
　生年月日：2001年7月19日
　旅券番号：TR4418273
　有効期限：2030年3月4日

来店日は12月4日（木）15時を予定しております。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-064",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail naming an employee released on parole after a fraud sentence",
        "charset": "utf-8",
        "sender": HAYAMI,
        "to": ["Daniel Okafor <d.okafor@newleaf-works.com>"],
        "subject": "Interview for your reintegration case study",
        "body": """Dear Daniel,

Thank you for your interest in our second-chance hiring programme.

For your case study, I suggest you speak with Mr. Haruto Kinoshita (29). He was released
on parole in August 2024 after serving three years for fraud, joined our packaging line
the same month, and was promoted to assistant shift leader last October. He has agreed
in principle to an interview, but asked that his photo not be used.

Would a video call on December 12 (Fri), 10:00 JST work for you?

Best regards,
Kenta
""" + SIG_HAYAMI + DISC_EN,
    },
    {
        "id": "probation-065",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail with programme statistics only; no individual",
        "charset": "utf-8",
        "sender": HAYAMI,
        "to": ["Daniel Okafor <d.okafor@newleaf-works.com>"],
        "subject": "Figures for your report",
        "body": """Dear Daniel,

As promised, here are the headline figures of our programme (FY2019–FY2024):

  - People hired as a cooperating employer:  38
  - Still employed after 12 months:          20 (52.6%)
  - Average age at hiring:                   33.4
  - Share placed in company housing:         74%
  - Partner employers in our local network:  11

Please quote them as "Hinode Sangyo, internal data". Happy to review your draft.

Best regards,
Kenta
""" + SIG_HAYAMI + DISC_EN,
    },
    {
        "id": "probation-066",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "bank address with a letter added (midori-ginkou.co.jp)",
        "charset": "iso-2022-jp",
        "sender": NONOMURA,
        "to": ["長谷部様 <hasebe@midori-ginkou.co.jp>"],
        "subject": "入金確認のお願い",
        "body": """長谷部様

お世話になっております。日の出産業 経理部の野々村です。
11月28日付で国庫からの入金（就労奨励金）が予定されているのですが、
当社普通預金口座への着金がネットバンキング上でまだ確認できておりません。

お手数ですが、入金状況をご確認いただけますでしょうか。
""" + SIG_NONOMURA,
    },
    {
        "id": "probation-067",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of five subsidy beneficiaries with their probation type sent to the labour consultant",
        "charset": "utf-8",
        "sender": NONOMURA,
        "to": [KANEDA],
        "subject": "就労奨励金 申請対象者リスト（第3期）",
        "body": """金田先生

いつもお世話になっております。経理の野々村です。
第3期の就労奨励金申請について、対象者のリストをCSVでお送りします。
支給申請書の作成をお願いいたします。
""" + SIG_NONOMURA,
        "attachments": [
            {
                "kind": "csv",
                "name": "shoreikin_taisho_3ki.csv",
                "encoding": "utf-8",
                "rows": [
                    ["氏名", "生年月日", "雇用開始日", "保護観察の種別", "保護観察所", "週所定労働時間"],
                    ["五味 大輔", "1988-05-30", "2025-04-01", "仮釈放者", "埼玉南", "40"],
                    ["薬師寺 航", "1989-09-27", "2025-06-01", "仮釈放者", "埼玉南", "40"],
                    ["鳥羽 聡", "1985-12-09", "2025-07-01", "保護観察付執行猶予者", "東京北", "40"],
                    ["丹羽 勇気", "2001-07-19", "2025-12-01", "仮釈放者", "埼玉南", "40"],
                    ["日比野 拓也", "1993-11-02", "2025-12-01", "仮釈放者", "埼玉南", "32"],
                ],
            }
        ],
    },
    {
        "id": "probation-068",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "announcement sent with all member companies in Bcc; only the sender in To",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [MORIMOTO],
        "bcc": [
            "matsunaga@aoba-unyu.co.jp",
            "eguchi@kitaguni-foods.co.jp",
            "sakamaki@sakamaki-tosou.co.jp",
            "soumu@marubishi-kenko.co.jp",
            "info@wakabayashi-cl.jp",
            "jinji@yashio-kogyo.co.jp",
            "saiyo@tonegawa-build.co.jp",
        ],
        "subject": "【再送】協力雇用主 情報交換会（1/29）のご案内",
        "body": """協力雇用主各社 ご担当者様
（BCCにて失礼いたします）

日の出産業の森本です。
先日ご案内した情報交換会について、会場の階数に誤りがありましたので再送いたします。

　誤）本社2階　→　正）本社3階 大会議室

ご出欠のご返信がまだの方は、1月17日（金）までにお知らせください。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-069",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX whose print footer reads Confidential, sent to a partner",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": [KITAGUNI],
        "subject": "合同研修の費用按分（案）",
        "body": """江口様

お世話になっております。藤堂です。
来年度の合同研修（3社）の費用按分案をお送りします。
ご確認のうえ、ご意見をいただけますと幸いです。
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "合同研修_費用按分案_R8.xlsx",
                "page_footer": "Confidential",
                "sheets": {
                    "按分案": [
                        ["項目", "総額", "日の出産業", "北国フーズ", "青葉運輸"],
                        ["講師謝金", 240000, 80000, 80000, 80000],
                        ["会場費", 90000, 0, 45000, 45000],
                        ["教材費", 66000, 22000, 22000, 22000],
                        ["送迎バス", 120000, 40000, 40000, 40000],
                    ]
                },
            }
        ],
    },
    {
        "id": "probation-070",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply confirming a list; the six-person roster is only in the quoted Original Message",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [KIKO_ANZAI],
        "subject": "RE: 研修会 受講者名簿のご確認",
        "body": """安西様

お世話になっております。森本です。
名簿を確認いたしました。当社分の記載内容に相違ございません。
当日はよろしくお願いいたします。

森本

-----Original Message-----
From: 安西 <anzai@kennan-shuro.or.jp>
Sent: Tuesday, November 11, 2025 4:02 PM
To: 森本 千尋 <c-morimoto@hinode-sangyo.co.jp>
Subject: 研修会 受講者名簿のご確認

日の出産業 森本様

研修会の受講者名簿です。記載内容をご確認ください。

森本 千尋　　日の出産業　　090-2713-4486
藤堂 誠一　　日の出産業　　090-6621-0357
岩佐 正和　　日の出産業　　080-3310-7724
大河内 勉　　日の出産業　　080-5562-1903
柴崎 由紀子　日の出産業　　070-4129-8835
菅生 玲奈　　日の出産業　　090-8847-2106

事務局 安西
""",
    },
    {
        "id": "probation-071",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "TSV file of seven trainee applicants (birth date, address, phone) to the training school",
        "charset": "shift_jis",
        "sender": SUGO,
        "to": [GISEN],
        "subject": "在職者訓練（物流ビジネス科）受講申込",
        "body": """八潮高等技術専門校
笠原先生

お世話になっております。日の出産業の菅生です。
2月開講の在職者訓練の受講申込者を、指定のタブ区切り形式でお送りします。
7名分です。よろしくお願いいたします。
""" + SIG_SUGO,
        "attachments": [
            {
                "kind": "txt",
                "name": "受講申込者_日の出産業.tsv",
                "encoding": "cp932",
                "text": "\n".join([
                    "氏名\tフリガナ\t生年月日\t住所\t電話",
                    "猪狩 聡\tイガリ サトシ\t1994/08/17\t埼玉県草加市稲荷6-18-5 日の出寮207\t090-4826-1139",
                    "桐ヶ谷 大樹\tキリガヤ ダイキ\t1997/06/11\t埼玉県草加市青柳8-14-2 コーポ青柳101\t090-7715-3380",
                    "鳥羽 聡\tトバ サトシ\t1985/12/09\t埼玉県草加市稲荷6-18-5 日の出寮205\t080-7725-0419",
                    "薬師寺 航\tヤクシジ ワタル\t1989/09/27\t埼玉県八潮市伊勢野241-6 メゾン伊勢野203\t070-6651-2290",
                    "石動 拓真\tイスルギ タクマ\t2002/02/05\t埼玉県越谷市瓦曽根2-9-13\t090-1845-7730",
                    "浜岡 沙織\tハマオカ サオリ\t1996/11/29\t東京都足立区六町3-4-1-504\t080-6619-2054",
                    "能勢 広大\tノセ コウダイ\t1999/03/21\t埼玉県三郷市戸ケ崎5-17-8\t070-4402-8816",
                ]) + "\n",
            }
        ],
    },
    {
        "id": "probation-072",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named person's drug conviction and psychiatric treatment sent to an NPO housing provider",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": ["NPO法人ひだまりの家 安達様 <adachi@npo-hidamari.or.jp>"],
        "subject": "入居のご相談（自立準備ホーム）",
        "body": """NPO法人ひだまりの家
代表 安達様

はじめてご連絡いたします。日の出産業株式会社 更生支援グループの森本と申します。
埼玉南保護観察所の川端様からご紹介いただきました。

当社に1月から勤務予定の薬師寺 航さん（36歳）の住まいについてご相談です。
薬師寺さんは覚醒剤取締法違反で服役し、来月仮釈放の予定です。
現在は刑務所内で薬物依存回復プログラムを受講しており、出所後はダルクへの通所と
精神科（依存症外来）への月2回の通院を続ける予定です。

当社寮は飲酒者もいるため、当面はホームでの生活が望ましいと考えております。
空き状況と受入れ条件を教えていただけますでしょうか。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-073",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "question about how to fill in a subsidy form; no individual mentioned",
        "charset": "iso-2022-jp",
        "sender": NONOMURA,
        "to": [HOGO_SHURO],
        "subject": "就労奨励金 様式第3号の記載方法について",
        "body": """埼玉南保護観察所
就労支援ご担当者様

お世話になっております。日の出産業 経理部の野々村と申します。
就労奨励金の支給申請（様式第3号）について、2点教えていただけますでしょうか。

1. 「支払った賃金の額」欄は、通勤手当を含めた総支給額でよろしいでしょうか。
2. 月の途中で雇用開始した場合、初月は日割りで記入するのでしょうか。

添付書類（賃金台帳・出勤簿の写し）はいずれも原本証明が必要かについても
あわせてご教示いただけますと幸いです。
""" + SIG_NONOMURA,
    },
    {
        "id": "probation-074",
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "case described by initial only, but with workplace, start month and offence: identifiable to some readers",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": [KYORYOKU],
        "subject": "会報原稿（事例紹介）",
        "body": """今泉様

お世話になっております。藤堂です。
会報の「会員企業の取組」欄の原稿をお送りします。

----（原稿ここから）----
当社草加工場 製造二課では、今年4月からAさん（20代前半・男性）を受け入れています。
Aさんは窃盗で少年院に入院した経験があり、仮退院後すぐに当社に入社しました。
入社当初は遅刻が続きましたが、班長が毎朝寮まで迎えに行くことから始め、
半年後にはフォークリフト免許を取得。今では後輩に作業を教える立場です。
----（原稿ここまで）----

字数が多ければ調整いたします。
""" + SIG_TODO,
    },
    {
        "id": "probation-075",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "password-protected ZIP sent only to an internal colleague",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [TODO],
        "subject": "面談記録（12月分）",
        "body": """藤堂部長

お疲れさまです。森本です。
12月に実施した受入者面談の記録をお送りします。
パスワードはいつもの社内ルールで設定しています。

森本
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "面談記録_202512.zip",
                "password": "Kousei-202512",
                "files": [
                    {
                        "kind": "docx",
                        "name": "面談記録_202512.docx",
                        "paragraphs": [
                            "受入者面談記録（12月）",
                            "木暮 翔太：体調良好。仮釈放期間満了後も継続勤務を希望。",
                            "砂川 亮：無断欠勤の件で保護司と三者面談。改善を約束。",
                        ],
                    }
                ],
            }
        ],
    },
]

# ---------------------------------------------------------------------------------------
MESSAGES += [
    {
        "id": "probation-076",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "colleague's address with a hyphen for the dot (hinode-sangyo-co.jp): look-alike of the own domain",
        "charset": "iso-2022-jp",
        "sender": SUGO,
        "to": ["野々村 彩 <nonomura@hinode-sangyo-co.jp>"],
        "subject": "奨励金請求書類の回付",
        "body": """野々村さん

お疲れさまです。菅生です。
第3期の就労奨励金の請求書類、人事部での確認が終わりましたので回付します。
原本は本日の社内便で経理部へお送りしました。
押印が必要な箇所に付箋を貼っていますので、部長印をお願いします。

菅生
""",
    },
    {
        "id": "probation-077",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "withholding-slip data including the employee's My Number in full-width digits, sent to his new employer",
        "charset": "shift_jis",
        "sender": NONOMURA,
        "to": ["青葉運輸 総務部 高木様 <takagi@aoba-unyu.co.jp>"],
        "subject": "転籍者の源泉徴収票について",
        "body": f"""青葉運輸株式会社
総務部 高木様

お世話になっております。日の出産業 経理部の野々村です。
12月1日付で貴社に転籍した鳥羽さんの年末調整用に、当社在籍分の源泉徴収票の内容をお知らせします。
原本は本日郵送いたしました。

　氏名　　　　：鳥羽　聡
　個人番号　　：{fullwidth(my_number(3204))}
　支払金額　　：２，１３４，０００円
　源泉徴収税額：４２，６２０円
　社会保険料等：３１８，４４５円
　在籍期間　　：令和７年７月１日～令和７年１１月３０日

ご不明点がございましたらご連絡ください。
""" + SIG_NONOMURA,
    },
    {
        "id": "probation-078",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "company brochure PDF for a lecture at a juvenile training school; no personal data",
        "charset": "iso-2022-jp",
        "sender": SUGO,
        "to": ["若葉学園 法務教官 北條様 <hojo@wakaba-gakuen.go.jp>"],
        "subject": "職業講話の資料について",
        "body": """若葉学園
法務教官 北條様

お世話になっております。日の出産業の菅生です。
1月23日の職業講話で使用する会社案内をPDFでお送りします。
在院生の皆さんに配布いただく場合は、30部ほど印刷してお持ちすることも可能です。

当日は人事部長の藤堂と私の2名でお伺いいたします。
""" + SIG_SUGO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "日の出産業_会社案内_2025.pdf",
                "title": "日の出産業 会社案内",
                "lines": [
                    "日の出産業株式会社 会社案内",
                    "創業 1972年 / 従業員数 412名 / 本社 埼玉県草加市栄町4-12-8",
                    "事業内容：包装資材の製造・物流センター運営・リサイクル",
                    "私たちは協力雇用主として、やり直したい人を応援しています。",
                    "職種：製造スタッフ、倉庫スタッフ、配送助手、選別スタッフ",
                    "福利厚生：寮・借上げ社宅、資格取得支援（フォークリフト・溶接ほか）",
                ],
            }
        ],
    },
    {
        "id": "probation-079",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX employment report on one named parolee sent to the probation officer",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [HOGO_KAWABATA],
        "subject": "就労状況報告書（海老沢さん）",
        "body": """川端様

お世話になっております。日の出産業の森本です。
ご依頼の就労状況報告書を添付いたします。ご査収ください。
""" + SIG_MORIMOTO,
        "attachments": [
            {
                "kind": "docx",
                "name": "就労状況報告書_海老沢.docx",
                "title": "就労状況報告書",
                "paragraphs": [
                    "就労状況報告書",
                    "埼玉南保護観察所長 殿",
                    "対象者：海老沢 隼人（平成10年4月2日生）　仮釈放者（傷害）",
                    "雇用開始日：令和7年1月6日　職種：配送助手（青葉運輸へ出向中）",
                    "勤務態度：真面目で無遅刻無欠勤。出向先からの評価も高い。",
                    "生活状況：寮生活に問題なし。貯金を始めたと本人より報告あり。",
                ],
                "tables": [
                    [
                        ["月", "所定日数", "出勤日数", "遅刻", "早退"],
                        ["9月", "21", "21", "0", "0"],
                        ["10月", "22", "22", "0", "0"],
                        ["11月", "19", "19", "0", "0"],
                    ]
                ],
            }
        ],
    },
    {
        "id": "probation-080",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "seven employees' names, birth dates and sex as 「・」 bullets for a health-check booking",
        "charset": "iso-2022-jp",
        "sender": TAKASE,
        "to": ["せいわ健診センター 予約係 <yoyaku@seiwa-kenshin.jp>"],
        "subject": "雇入時健康診断の予約（7名）",
        "body": """せいわ健診センター
予約係ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の高瀬です。
雇入時健康診断の予約をお願いいたします。受診希望日は12月16日（火）午前です。

・桐ヶ谷 大樹（キリガヤ ダイキ）　平成9年6月11日生　男　雇入時コース
・尾形 聖也（オガタ セイヤ）　平成3年2月19日生　男　雇入時コース
・二階堂 功（ニカイドウ イサオ）　昭和59年8月7日生　男　雇入時コース＋胃部X線
・古閑 直樹（コガ ナオキ）　昭和63年1月30日生　男　雇入時コース
・真栄田 翼（マエダ ツバサ）　平成12年9月3日生　男　雇入時コース
・浜岡 沙織（ハマオカ サオリ）　平成8年11月29日生　女　雇入時コース
・能勢 広大（ノセ コウダイ）　平成11年3月21日生　男　雇入時コース

費用は当社請求でお願いいたします。
""" + SIG_TAKASE,
    },
    {
        "id": "probation-081",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 社外秘 is only mentioned to explain why a public version is sent; the PDF has no marking",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [KIKO_ANZAI],
        "subject": "Re: 事業概要資料のご依頼",
        "body": """安西様

お世話になっております。森本です。
ご依頼いただいた資料のうち、受入方針の詳細版は社外秘扱いの社内規程のためお送りできません。
代わりに、ホームページでも公開している事業概要のPDFをお送りします。
詳細は来月の打合せの際に口頭でご説明いたします。

よろしくお願いいたします。
""" + SIG_MORIMOTO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "更生支援事業の概要_公開版.pdf",
                "lines": [
                    "日の出産業 更生支援事業の概要（公開版）",
                    "1. 2019年より協力雇用主として登録",
                    "2. 累計雇用者数 38名、1年定着率 52%",
                    "3. 住まいの支援：借上げ社宅・寮の提供、家賃補助",
                    "4. 資格取得支援：フォークリフト、溶接、玉掛け",
                    "5. 地域連携：保護司会・協力雇用主会との定期的な情報交換",
                ],
            }
        ],
    },
    {
        "id": "probation-082",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one external recipient with internal colleagues in Cc; ordinary attendance reply",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": [KYORYOKU],
        "cc": [MORIMOTO, IWASA],
        "subject": "Re: 総会議案書の件",
        "body": """今泉様

お世話になっております。藤堂です。
総会議案書、拝見いたしました。第3号議案（会費改定）について当社は賛成です。
第4号議案の合同研修については、会場として当社本社を提供できます。

当日は私と森本が出席いたします。岩佐は工場の都合で欠席となります。
""" + SIG_TODO,
    },
    {
        "id": "probation-083",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX whose slides carry an Internal Only footer, sent to the IT vendor",
        "charset": "iso-2022-jp",
        "sender": TAKASE,
        "to": ["ツバサシステム 城島様 <jojima@tsubasa-system.jp>"],
        "subject": "勤怠管理システム 要件整理資料",
        "body": """城島様

お世話になっております。日の出産業の高瀬です。
勤怠管理システムの改修について、社内で整理した要件資料をお送りします。
寮からの送迎バス乗車記録との連携が一番の課題です。

来週の打合せでご提案をいただけますと幸いです。
""" + SIG_TAKASE,
        "attachments": [
            {
                "kind": "pptx",
                "name": "勤怠システム要件_v1.pptx",
                "page_footer": "Internal Only",
                "slides": [
                    ["勤怠管理システム 改修要件", "日の出産業株式会社 総務部"],
                    ["現状の課題", "紙の出勤簿と送迎バス乗車記録の突合に毎月12時間", "奨励金申請用の出勤簿の作成が手作業"],
                    ["要件", "ICカード打刻と乗車記録の自動連携", "出勤簿の様式出力（PDF）", "拠点別の集計"],
                    ["スケジュール", "3月 要件確定 / 6月 稼働"],
                ],
            }
        ],
    },
    {
        "id": "probation-084",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two graduates' names and mobiles to the training school: fewer than five people",
        "charset": "iso-2022-jp",
        "sender": SUGO,
        "to": [GISEN],
        "subject": "修了生の採用内定について",
        "body": """笠原先生

お世話になっております。菅生です。
先日の企業実習に参加された修了生のうち、以下の2名に内定を出しました。
修了式のご案内をご本人に送られる際の参考に、当社で把握している連絡先もお伝えします。

　石動 拓真 さん　090-1845-7730
　能勢 広大 さん　070-4402-8816

入社日は4月1日を予定しています。引き続きよろしくお願いいたします。
""" + SIG_SUGO,
    },
    {
        "id": "probation-085",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached Word file is corrupt",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": [SHIRAKAWA],
        "subject": "懲戒処分通知書（案）のご確認",
        "body": """白川先生

お世話になっております。藤堂です。
先日ご相談した件について、懲戒処分通知書の案を作成しました。
表現に問題がないかご確認をお願いいたします。
""" + SIG_TODO,
        "attachments": [{"kind": "corrupt", "name": "懲戒処分通知書_案.docx"}],
    },
    {
        "id": "probation-086",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "partner's genuine subdomain (hr.kitaguni-foods.co.jp), canteen meal counts only",
        "charset": "iso-2022-jp",
        "sender": SHIBASAKI,
        "to": ["北国フーズ 人事総務課 <soumu@hr.kitaguni-foods.co.jp>"],
        "subject": "1月の喫食予定数",
        "body": """北国フーズ株式会社
人事総務課 ご担当者様

お世話になっております。日の出産業の柴崎です。
1月の社員食堂の喫食予定数をお知らせします。

　本社　　　：昼食 48食／日
　草加工場　：昼食 122食／日、夕食 14食／日（寮生分）
　八潮倉庫　：昼食 37食／日

1月6日（火）から通常営業でお願いします。
""" + SIG_SHIBASAKI,
    },
    {
        "id": "probation-087",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "legacy XLS worker roster (birth date, address, phone) for seven people sent to the client's safety office",
        "charset": "shift_jis",
        "sender": IWASA,
        "to": ["川崎電機 工事安全課 <anzen@kawasaki-denki.co.jp>"],
        "subject": "構内作業 入構申請（作業員名簿）",
        "body": """川崎電機株式会社
工事安全課 ご担当者様

いつもお世話になっております。日の出産業 草加工場の岩佐です。
1月の貴社川口工場での梱包資材入替作業について、作業員名簿を提出いたします。
入構証の発行をお願いいたします。
""" + SIG_IWASA,
        "attachments": [
            {
                "kind": "xls",
                "name": "作業員名簿_202601.xls",
                "sheets": {
                    "作業員名簿": [
                        ["作業員名簿（日の出産業株式会社 草加工場）"],
                        ["氏名", "生年月日", "年齢", "現住所", "電話", "雇入年月日", "特別教育"],
                        ["大河内 勉", "1975/09/14", "50", "埼玉県草加市谷塚仲町412-7", "080-5562-1903", "2003/04/01", "フォークリフト"],
                        ["木暮 翔太", "1996/03/15", "29", "埼玉県草加市稲荷6-18-5", "090-4420-8813", "2024/06/01", "フォークリフト"],
                        ["五味 大輔", "1988/05/30", "37", "埼玉県草加市稲荷6-18-5", "090-3378-5521", "2025/04/01", "-"],
                        ["漆原 誠", "1995/02/14", "30", "埼玉県八潮市伊勢野241-6", "080-6614-0937", "2025/12/01", "-"],
                        ["小豆沢 健", "1991/01/23", "34", "埼玉県越谷市蒲生東町11-4", "090-9930-2874", "2024/10/01", "玉掛け"],
                        ["谷岡 慎之介", "2000/10/08", "25", "東京都足立区花畑5-21-9", "070-2259-4418", "2024/09/01", "-"],
                        ["石黒 亘", "1982/06/22", "43", "埼玉県川口市芝新町8-30-103", "090-2218-6647", "2012/10/01", "玉掛け・クレーン"],
                    ]
                },
            }
        ],
    },
    {
        "id": "probation-088",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "incident report on an unnamed worker's minor injury to the client: nobody identifiable",
        "charset": "iso-2022-jp",
        "sender": IWASA,
        "to": ["川崎電機 資材課 大野様 <ohno@kawasaki-denki.co.jp>"],
        "subject": "構内作業中の軽微な事故のご報告",
        "body": """大野様

いつもお世話になっております。日の出産業の岩佐です。
昨日、貴社川口工場での資材入替作業中に、当社作業員1名が台車で足の甲を軽く打つ事故がありました。
その場で応急処置を行い、本人は作業に復帰しております。貴社設備への損傷はございません。

再発防止として、台車通路に白線を引き、通行時の声かけを徹底いたします。
ご心配をおかけし申し訳ございませんでした。
""" + SIG_IWASA,
    },
    {
        "id": "probation-089",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health-check results and suspected dementia of a named elderly ex-prisoner sent to a support centre",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": ["地域生活定着支援センター 平岡様 <hiraoka@saitama-teichaku.or.jp>"],
        "subject": "尾花さんの健康面について",
        "body": """埼玉県地域生活定着支援センター
相談員 平岡様

お世話になっております。日の出産業の森本です。
満期釈放後に当社の選別作業で勤務している尾花 茂さん（71歳）について、ご相談です。

先月の定期健康診断で HbA1c 8.2%、血圧 172/98 と要精密検査の判定が出ました。
また最近、作業手順を何度も確認する、休憩後に持ち場がわからなくなるといった様子があり、
班長から認知症の初期症状ではないかとの心配の声が上がっています。

福祉サービスへのつなぎや受診の同行について、センターのお力をお借りできないでしょうか。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-090",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To/Cc for a print/web schedule; no personal data",
        "charset": "iso-2022-jp",
        "sender": TAKASE,
        "to": ["ツバサシステム 城島様 <jojima@tsubasa-system.jp>"],
        "cc": [NISHIKI],
        "subject": "更生支援パンフレットのWeb掲載について",
        "body": """ツバサシステム 城島様
（CC）錦印刷 梶原様

お世話になっております。日の出産業の高瀬です。
更生支援パンフレットの増刷に合わせ、同じ内容を当社採用サイトにも掲載したいと考えています。

・錦印刷様：入稿データ（PDF・画像素材）を1/20までにツバサシステム様へ共有
・ツバサシステム様：採用サイト「更生支援」ページの更新（2月上旬公開）

データ受け渡しの方法は、お二社で直接ご調整いただいて構いません。
""" + SIG_TAKASE,
    },
    {
        "id": "probation-091",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is stamped 機密区分：極秘",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": [KANEDA],
        "subject": "来期人員計画について（ご相談）",
        "body": """━━━━━━━━━━━━━━━━━━━━
　機密区分：極秘　　取扱：宛先限り
━━━━━━━━━━━━━━━━━━━━

金田先生

お世話になっております。藤堂です。
来期の人員計画について、社労士のお立場からご意見をいただきたくご連絡しました。

　・製造部門の正社員 18名削減（希望退職の実施を検討）
　・一方で協力雇用主としての受入枠は年10名を維持
　・八潮倉庫の業務を青葉運輸へ一部委託

希望退職と受入継続の両立について、対外的な説明の仕方も含めてご相談できれば幸いです。
""" + SIG_TODO,
    },
    {
        "id": "probation-092",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "change notice of the company's registration data (representative, address): business information only",
        "charset": "iso-2022-jp",
        "sender": SUGO,
        "to": [HOGO_SHURO],
        "subject": "協力雇用主 登録事項変更のご連絡",
        "body": """埼玉南保護観察所
就労支援ご担当者様

お世話になっております。日の出産業の菅生です。
協力雇用主の登録事項に変更がありましたのでご連絡いたします。

　事業所名　：日の出産業株式会社
　代表者　　：代表取締役社長 日向 一郎（12月1日付で就任）
　所在地　　：〒340-0011 埼玉県草加市栄町4-12-8（変更なし）
　業種　　　：製造業（包装資材）・倉庫業
　担当部署　：人事部 更生支援グループ（TEL 048-936-2210）

変更届の様式がございましたらお送りください。
""" + SIG_SUGO,
    },
    {
        "id": "probation-093",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF guarantee application with a named person's offence and parole status",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": [KIKO_ANZAI],
        "subject": "身元保証 申込書の送付（桐ヶ谷さん）",
        "body": """安西様

お世話になっております。日の出産業の森本です。
1月入社予定者の身元保証制度の申込書をPDFでお送りします。
原本は本人の署名後に郵送いたします。
""" + SIG_MORIMOTO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "身元保証申込書_桐ヶ谷.pdf",
                "lines": [
                    "刑務所出所者等就労支援 身元保証 申込書",
                    "被保証者氏名：桐ヶ谷 大樹（キリガヤ ダイキ）",
                    "生年月日：平成9年6月11日",
                    "住所：埼玉県越谷市東越谷9-22-1 更生保護施設あさひ寮",
                    "罪名：窃盗　　刑期：懲役2年6月",
                    "処遇：仮釈放（令和8年4月30日 期間満了予定）",
                    "雇用主：日の出産業株式会社　雇用開始予定日：令和8年1月6日",
                ],
            }
        ],
    },
    {
        "id": "probation-094",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "training curriculum and headcount only; no names",
        "charset": "iso-2022-jp",
        "sender": MORIMOTO,
        "to": ["ワザミチ技能講習センター 石原様 <ishihara@wazamichi.co.jp>"],
        "subject": "玉掛け技能講習（出張講習）のカリキュラム調整",
        "body": """石原様

お世話になっております。森本です。
3月の出張講習（玉掛け技能講習）について、当社側の希望をまとめました。

　受講者数：8名
　会場　　：当社草加工場（実技は第3倉庫の天井クレーンを使用）
　日程案　：3/3（火）学科、3/4（水）学科・修了試験、3/5（木）実技

受講者には読み書きが苦手な者もおりますので、学科試験で
ふりがな付きの問題用紙をご用意いただけると助かります。
""" + SIG_MORIMOTO,
    },
    {
        "id": "probation-095",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general inquiry to the city about housing support schemes; no individual",
        "charset": "iso-2022-jp",
        "sender": SHIBASAKI,
        "to": ["草加南市役所 住宅政策課 <jutaku@city-soka-minami.lg.jp>"],
        "subject": "居住支援制度についての問い合わせ",
        "body": """草加南市役所
住宅政策課 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 総務部の柴崎と申します。
当社は協力雇用主として刑務所出所者等を雇用しており、社員の住まいの確保について伺いたくご連絡しました。

1. 市営住宅の単身者向け募集において、勤務先が保証人となることは可能でしょうか。
2. 居住支援法人の一覧があれば、ご提供いただけますでしょうか。
3. 家賃債務保証料の補助制度はございますでしょうか。

お電話でも構いませんので、ご教示いただけますと幸いです。
""" + SIG_SHIBASAKI,
    },
    {
        "id": "probation-096",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "subsidy discussion naming four people and their probation types, but all recipients internal",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": [MORIMOTO, NONOMURA],
        "subject": "奨励金の対象外になる方の件",
        "body": """森本さん、野々村さん

お疲れさまです。藤堂です。
金田先生から連絡があり、第3期の申請で以下の方の扱いを確認したいとのことです。

・鳥羽 聡さん：保護観察付執行猶予で、管轄が東京北保護観察所 → 申請先の確認
・日比野 拓也さん：労災休業中の期間の扱い
・丹羽 勇気さん：仮釈放期間が3月で満了 → 満了後の期間が対象になるか
・薬師寺 航さん：仮釈放前の刑務所内での採用面接の扱い

明日の朝会で5分ほど相談させてください。
""",
    },
    {
        "id": "probation-097",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "venue booking at the partner hotel (correct domain); headcount only",
        "charset": "iso-2022-jp",
        "sender": TAKASE,
        "to": ["さくらホテル 宴会担当 <banquet@sakura-hotel.jp>"],
        "subject": "宴会場の仮予約（2/20 協力雇用主会 総会）",
        "body": """さくらホテル
宴会ご担当者様

いつもお世話になっております。日の出産業の高瀬です。
協力雇用主会の総会・懇親会の会場として、下記のとおり仮予約をお願いいたします。

　日時：2月20日（金）15:00～20:00（総会15:30～、懇親会18:00～）
　人数：総会 45名／懇親会 約35名
　会場：宴会場「桜の間」（スクール形式→立食に転換）
　備品：プロジェクター、マイク2本

見積書を当社総務部宛にお送りいただけますと幸いです。
""" + SIG_TAKASE,
    },
    {
        "id": "probation-098",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML + text newsletter with aggregate figures to one external recipient",
        "charset": "utf-8",
        "sender": MORIMOTO,
        "to": [KYORYOKU],
        "subject": "日の出産業 更生支援だより 第12号",
        "body": """草加地区協力雇用主会 事務局 御中

日の出産業 更生支援だより 第12号（2025年冬）をお届けします。会員各社への回覧にご活用ください。

■ 今期のトピック
・フォークリフト運転技能講習 受講者 5名（全員合格）
・借上げ社宅を2戸追加（計7戸）
・2月に合同職場見学会を開催予定（青葉運輸・北国フーズと共催）

■ 数字で見る当社の取組（2025年11月末）
・在籍者数 13名 ／ 1年定着率 52%

お問い合わせ：人事部 更生支援グループ（048-936-2210）
""",
        "html": """<html><body>
<h2 style="color:#c0392b">日の出産業 更生支援だより 第12号</h2>
<p>草加地区協力雇用主会 事務局 御中</p>
<p>2025年冬号をお届けします。会員各社への回覧にご活用ください。</p>
<h3>今期のトピック</h3>
<ul>
<li>フォークリフト運転技能講習 受講者 5名（全員合格）</li>
<li>借上げ社宅を2戸追加（計7戸）</li>
<li>2月に合同職場見学会を開催予定（青葉運輸・北国フーズと共催）</li>
</ul>
<h3>数字で見る当社の取組（2025年11月末）</h3>
<table border="1" cellpadding="4"><tr><th>在籍者数</th><th>1年定着率</th><th>累計雇用</th></tr>
<tr><td>13名</td><td>52%</td><td>38名</td></tr></table>
<p>お問い合わせ：人事部 更生支援グループ（048-936-2210）</p>
</body></html>""",
    },
    {
        "id": "probation-099",
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six officers of the employers' association with their company phones/e-mails: business contacts, but a list of 5+ people",
        "charset": "shift_jis",
        "sender": TODO,
        "to": [NISHIKI],
        "subject": "総会資料の役員名簿ページ（入稿）",
        "body": """梶原様

お世話になっております。藤堂です。
協力雇用主会の総会資料のうち、役員名簿ページの原稿です。
レイアウトは昨年と同じでお願いします。

役職      氏名          会社名              電話            メール
--------  ------------  ------------------  --------------  ------------------------------
会長      坂巻 吉郎     坂巻塗装            048-924-1187    sakamaki@sakamaki-tosou.co.jp
副会長    藤堂 誠一     日の出産業          048-936-2210    todo@hinode-sangyo.co.jp
副会長    松永 恭平     青葉運輸            048-995-2040    matsunaga@aoba-unyu.co.jp
会計      江口 美奈子   北国フーズ          048-950-3318    eguchi@kitaguni-foods.co.jp
幹事      若林 宏       若林クリーニング    048-927-5506    info@wakabayashi-cl.jp
幹事      丸山 徹       丸菱建工            048-931-0072    soumu@marubishi-kenko.co.jp

校正は1回でお願いできればと思います。
""" + SIG_TODO,
    },
    {
        "id": "probation-100",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "reference-check answer revealing a named former employee's re-arrest for theft",
        "charset": "iso-2022-jp",
        "sender": SUGO,
        "to": [AOBA],
        "subject": "Re: 日野原さんの在籍確認について",
        "body": """松永様

お世話になっております。菅生です。
お問い合わせの日野原 勝さんですが、当社には令和6年11月から令和7年5月まで在籍しておりました。

退職の経緯ですが、実は在職中に窃盗の疑いで再び逮捕され、その後起訴されたため、
本人からの申し出により退職となっています。現在は保釈中と聞いております。
勤務態度自体は真面目でしたので、貴社でのご判断の参考になれば幸いです。

> 日の出産業 菅生様
> 貴社に以前在籍されていた方が当社に応募されています。在籍期間を確認させてください。
> 青葉運輸 松永
""" + SIG_SUGO,
    },
]
