"""Blind evaluation corpus — AREA: jinjiido (人事異動・出向・転籍).

日の出産業株式会社 人事部（人事課・労務課・給与グループ・グローバル人事）と総務部 福利厚生が、
グループ会社・取引先への出向／転籍を手配するときのメール：出向者名簿、身上書、給与・社会保険の
引継ぎ（マイナンバー・基礎年金番号・健康保険証）、社宅・引越し、家族（被扶養者）情報、
出向契約書、説明会案内、パスワード付き ZIP など。

Every My Number comes from my_number(SEED + k) and every card number from
card_number(SEED + k), k distinct in this file; all other people, numbers and addresses
are invented.
"""

from build import card_number, my_number

SEED = 47001

_ZEN = str.maketrans("0123456789-/()", "０１２３４５６７８９－／（）")


def _z(s: str) -> str:
    """ASCII digits and separators → full-width."""
    return s.translate(_ZEN)


def _mn(k: int, sep: str = "") -> str:
    n = my_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:])) if sep else n


def _card(k: int, sep: str = "") -> str:
    n = card_number(SEED + k)
    return sep.join(n[i:i + 4] for i in range(0, 16, 4)) if sep else n


HINODE = "hinode-sangyo.co.jp"

SIG_ONODERA = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 人事課　小野寺 真理（Onodera Mari）
〒460-0008 愛知県名古屋市中区栄3-14-9 日の出ビル7F
TEL：052-261-4410（代表）／内線 3712
E-mail：onodera.mari@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_HIMURO = """
--
日の出産業株式会社 人事部 人事課 課長
氷室 健吾
TEL 052-261-4410 (内線3701)  FAX 052-261-4499
himuro.kengo@hinode-sangyo.co.jp"""

SIG_KUJI = """
******************************************
 日の出産業株式会社　人事部 労務課
 久慈 沙織 （くじ さおり）
 〒460-0008 名古屋市中区栄三丁目14番9号
 TEL:052-261-4410(代) 直通:052-261-4431
 Mail: kuji.saori@hinode-sangyo.co.jp
******************************************"""

SIG_TOKASHIKI = """
――
日の出産業㈱ 人事部 給与グループ
渡嘉敷 亮
直通 052-261-4436 ／ tokashiki.ryo@hinode-sangyo.co.jp"""

SIG_ICHINOSE = """
==============================
日の出産業株式会社 総務部 福利厚生チーム
一ノ瀬 由香
〒460-0008 名古屋市中区栄3-14-9
TEL 052-261-4452 / FAX 052-261-4498
==============================="""

SIG_SAEKI = """
Emily Saeki（佐伯 エミリー）
Global HR, Human Resources Dept.
Hinode Sangyo Co., Ltd.
3-14-9 Sakae, Naka-ku, Nagoya 460-0008, Japan
Tel +81-52-261-4410 (ext. 3760)
saeki.emily@hinode-sangyo.co.jp"""

SIG_IGARASHI = """
日の出産業株式会社
人事部長　五十嵐 隆之
TEL 052-261-4400"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------- 001-010
MESSAGES += [
    {
        "id": "jinjiido-001",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["芦田 紗希 <ashida.saki@hinode-logi.co.jp>"],
        "cc": ["氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>"],
        "subject": "10/1付 出向者受入れ準備のご連絡（6名分）",
        "body": """日の出ロジスティクス株式会社
人事総務部 芦田様

いつもお世話になっております。日の出産業 人事課の小野寺です。

10月1日付で貴社へ出向となる6名について、受入れ準備用の基本情報をお送りいたします。
入館証・社用携帯・寮の手配にお使いください。

社員番号  氏名            生年月日      現住所                                        携帯
--------  --------------  ------------  --------------------------------------------  -------------
H20417    榊原 拓海        1988/04/12    愛知県名古屋市緑区鳴海町字伝治山12-3           090-3318-2741
H21088    百瀬 由梨        1992/11/03    愛知県豊明市前後町善江1645-2 ハイツ前後203     080-6627-1190
H18552    鬼頭 正和        1979/02/27    愛知県春日井市高蔵寺町北2-41-7                 090-8845-0362
H22310    祖父江 遥        1996/07/19    岐阜県多治見市音羽町3-88 メゾン音羽402         070-2291-5836
H19974    加賀谷 修        1984/09/08    愛知県一宮市木曽川町黒田字北宿二ノ切25         090-4410-7723
H23105    仲宗根 美月      1999/12/30    名古屋市天白区植田西1-1108 グランシエル305     080-5173-9048

※ 寮入居希望は榊原・祖父江・仲宗根の3名です。
※ 着任初日は9:00に貴社本社1F受付へ伺うよう本人たちに伝えております。

不明点がございましたらご連絡ください。
よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "6 secondees' DOB, home address and mobile in a padded table in the body, to the group company (external domain).",
    },
    {
        "id": "jinjiido-002",
        "charset": "cp932",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["石動 美咲 <isurugi.misaki@kawasaki-denki.co.jp>"],
        "subject": "【川崎電機様】下期出向者名簿の送付",
        "body": """川崎電機株式会社 人事部
石動 美咲 様

平素より大変お世話になっております。
日の出産業の氷室でございます。

先日お打ち合わせいたしました下期の技術出向につきまして、
出向者8名の名簿を添付のとおりお送りいたします。
シート「出向者一覧」に基本情報、「連絡先」に社用・個人の連絡先をまとめております。

貴社IDカード発行の締切が今月20日と伺っておりますので、
お手数ですがご確認のほどよろしくお願い申し上げます。
""" + SIG_HIMURO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "下期出向者名簿_川崎電機様.xlsx",
                "title": "下期出向者名簿",
                "sheets": {
                    "出向者一覧": [
                        ["2026年度下期　川崎電機株式会社向け　出向者名簿", "", "", "", "", "", ""],
                        ["作成：日の出産業株式会社 人事部　2026/09/02", "", "", "", "", "", ""],
                        ["No", "社員番号", "氏名", "フリガナ", "生年月日", "入社年月日", "出向先部署"],
                        [1, "H17203", "東雲 大輔", "シノノメ ダイスケ", "1981/05/14", "2004/04/01", "生産技術部"],
                        [2, "H19561", "芳賀 里奈", "ハガ リナ", "1989/10/22", "2012/04/01", "品質保証部"],
                        [3, "H20044", "楠木 颯太", "クスノキ ソウタ", "1990/03/06", "2013/04/01", "生産技術部"],
                        [4, "H21770", "檜垣 千尋", "ヒガキ チヒロ", "1993/08/29", "2016/04/01", "設計部"],
                        [5, "H16118", "宇津木 剛", "ウツギ ツヨシ", "1977/12/01", "2000/04/01", "生産管理部"],
                        [6, "H22905", "真栄田 くるみ", "マエダ クルミ", "1997/01/17", "2020/04/01", "設計部"],
                        [7, "H18840", "尾花 慎也", "オバナ シンヤ", "1985/06/30", "2008/10/01", "品質保証部"],
                        [8, "H23317", "漆原 葵", "ウルシバラ アオイ", "1998/09/09", "2021/04/01", "生産技術部"],
                    ],
                    "連絡先": [
                        ["社員番号", "氏名", "現住所", "携帯電話", "社用メール"],
                        ["H17203", "東雲 大輔", "愛知県刈谷市一ツ木町5-18-2", "090-2714-6630", "shinonome.daisuke@hinode-sangyo.co.jp"],
                        ["H19561", "芳賀 里奈", "愛知県安城市御幸本町12-7 リバーサイド安城501", "080-3952-1174", "haga.rina@hinode-sangyo.co.jp"],
                        ["H20044", "楠木 颯太", "愛知県知立市西町神田40-3", "090-6081-2295", "kusunoki.sota@hinode-sangyo.co.jp"],
                        ["H21770", "檜垣 千尋", "名古屋市瑞穂区堀田通8-22-1-1204", "070-4438-9017", "higaki.chihiro@hinode-sangyo.co.jp"],
                        ["H16118", "宇津木 剛", "愛知県豊田市若宮町2-63", "090-9127-5580", "utsugi.tsuyoshi@hinode-sangyo.co.jp"],
                        ["H22905", "真栄田 くるみ", "愛知県大府市共和町3-4-11", "080-7716-0432", "maeda.kurumi@hinode-sangyo.co.jp"],
                        ["H18840", "尾花 慎也", "愛知県碧南市松本町88", "090-3365-4821", "obana.shinya@hinode-sangyo.co.jp"],
                        ["H23317", "漆原 葵", "名古屋市南区呼続4-9-17", "080-2209-6713", "urushibara.aoi@hinode-sangyo.co.jp"],
                    ],
                    "備考": [
                        ["IDカード用の顔写真データは別途お送りします。"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX roster of 8 secondees (DOB, home address, mobile, e-mail) to a partner company.",
    },
    {
        "id": "jinjiido-003",
        "charset": "utf-8",
        "sender": "久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>",
        "to": ["森岡 直子 <morioka.naoko@sr-morioka.jp>"],
        "subject": "転籍者の資格取得届について（1名）",
        "body": """森岡社会保険労務士事務所
森岡 直子 先生

いつも大変お世話になっております。日の出産業 労務課の久慈です。

11月1日付で当社グループ会社から当社へ転籍となる者が1名おりますので、
健康保険・厚生年金の資格取得届の作成をお願いできますでしょうか。

　氏名　　　　：綿貫 俊介（ワタヌキ シュンスケ）
　生年月日　　：昭和61年8月3日
　住所　　　　：〒486-0945 愛知県春日井市勝川町7-21-6
　個人番号　　：""" + _mn(1, " ") + """
　基礎年金番号：4417-538206
　報酬月額　　：412,000円（通勤手当含む）

前職（日の出ロジスティクス）での資格喪失日は10月31日です。
ご不明点がありましたらお知らせください。
""" + SIG_KUJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "One transferee's My Number and basic pension number in the body to an outside labour consultant.",
    },
    {
        "id": "jinjiido-004",
        "charset": "cp932",
        "sender": "渡嘉敷 亮 <tokashiki.ryo@hinode-sangyo.co.jp>",
        "to": ["niwa.jun@hinode-bs.co.jp"],
        "subject": "転籍者 給与マスタ登録用データ",
        "body": """丹羽さん

お疲れさまです。渡嘉敷です。
12月1日転籍の7名分、給与マスタ登録用のCSVを送ります。
個人番号は年末調整・源泉徴収票用です。口座は本人申請どおりです。

12月度の締めが早いので、今週中に登録いただけると助かります。
""" + SIG_TOKASHIKI,
        "attachments": [
            {
                "kind": "csv",
                "name": "tenseki_kyuyo_master_1201.csv",
                "encoding": "cp932",
                "rows": [
                    ["社員番号", "氏名", "カナ", "生年月日", "個人番号", "銀行", "支店", "種別", "口座番号"],
                    ["H15532", "雨宮 智之", "アマミヤ トモユキ", "1975/03/18", _mn(2), "みどり銀行", "栄支店", "普通", "3308174"],
                    ["H17806", "押切 奈々", "オシキリ ナナ", "1983/07/02", _mn(3), "みどり銀行", "金山支店", "普通", "1127596"],
                    ["H18219", "瀬戸口 豊", "セトグチ ユタカ", "1984/11/25", _mn(4), "東海中央信用金庫", "千種支店", "普通", "0462831"],
                    ["H19640", "角倉 優", "スミノクラ ユウ", "1988/02/14", _mn(5), "みどり銀行", "本店営業部", "普通", "2290417"],
                    ["H20983", "八木沼 聡子", "ヤギヌマ サトコ", "1991/06/07", _mn(6), "ゆうちょ銀行", "二一八", "普通", "5839042"],
                    ["H21451", "蔵前 陽介", "クラマエ ヨウスケ", "1993/04/21", _mn(7), "みどり銀行", "一宮支店", "普通", "3016659"],
                    ["H22678", "杠 彩花", "ユズリハ アヤカ", "1995/10/11", _mn(8), "尾張第一銀行", "岡崎支店", "普通", "7741208"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of 7 transferees with My Number and bank account to the group payroll company (external domain).",
    },
    {
        "id": "jinjiido-005",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["東海林 哲也 <shoji.tetsuya@aoba-unyu.co.jp>"],
        "subject": "出向予定者の勤務上の配慮について",
        "body": """青葉運輸株式会社
総務人事課 東海林様

お世話になっております。日の出産業の小野寺です。

来月から貴社物流管理課へ出向予定の 牧之原 翔 について、
ご本人の了解を得たうえで、事前にお伝えしておきたいことがございます。

牧之原は昨年春に適応障害と診断され、約3か月休職しておりました。
現在は復職して通常勤務ができておりますが、引き続き月1回心療内科に通院しており、
主治医からは当面、月の時間外労働を20時間以内とするよう意見が出ております。

つきましては、出向後しばらくの間、夜間シフトへの配置はお控えいただき、
通院日（原則第2木曜の午後）の休暇取得にご配慮いただけますと幸いです。

詳細は面談の場でご説明いたします。どうぞよろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named secondee's diagnosis, sick leave and ongoing psychiatric treatment sent to the host company: 要配慮個人情報.",
    },
    {
        "id": "jinjiido-006",
        "charset": "iso-2022-jp",
        "sender": "久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>",
        "to": ["東海林 哲也 <shoji.tetsuya@aoba-unyu.co.jp>"],
        "subject": "出向者情報ファイル送付の件",
        "body": """青葉運輸株式会社 東海林様

いつもお世話になっております。
日の出産業 労務課の久慈でございます。

出向者の社会保険・労働保険関係の情報ファイルをお送りします。
添付ファイルはパスワード付きZIPとなっております。
パスワードは別メールにてお知らせいたします。

ご確認のほどよろしくお願いいたします。
""" + SIG_KUJI,
        "attachments": [
            {
                "kind": "zip",
                "name": "出向者情報_青葉運輸様.zip",
                "password": "Ao7#kR29wq",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "出向者情報.xlsx",
                        "sheets": {"出向者": [
                            ["氏名", "生年月日", "基礎年金番号", "雇用保険被保険者番号"],
                            ["牧之原 翔", "1990/05/23", "3921-447610", "2309-518274-6"],
                            ["二階堂 佳奈", "1994/01/09", "5018-226394", "2309-630118-2"],
                            ["稗田 篤", "1982/08/15", "1804-993275", "2309-104455-9"],
                        ]},
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected ZIP (PPAP) to an external partner: the attachment cannot be inspected.",
    },
    {
        "id": "jinjiido-007",
        "charset": "iso-2022-jp",
        "sender": "久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>",
        "to": ["東海林 哲也 <shoji.tetsuya@aoba-unyu.co.jp>"],
        "subject": "Re: 出向者情報ファイル送付の件（パスワード）",
        "body": """東海林様

先ほどお送りした添付ファイルのパスワードをお知らせします。

　Ao7#kR29wq

よろしくお願いいたします。

日の出産業 労務課 久慈
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Password follow-up mail: no attachment, no personal data, one partner recipient.",
    },
    {
        "id": "jinjiido-008",
        "charset": "utf-8",
        "sender": "五十嵐 隆之 <igarashi.takayuki@hinode-sangyo.co.jp>",
        "to": [
            "石動 美咲 <isurugi.misaki@kawasaki-denki.co.jp>",
            "東海林 哲也 <shoji.tetsuya@aoba-unyu.co.jp>",
            "長谷部 綾 <hasebe.aya@tsubasa-system.jp>",
        ],
        "cc": ["小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>"],
        "subject": "出向受入企業様向け 制度説明会のご案内（11/12）",
        "body": """各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 人事部の五十嵐でございます。

当社では来年度より出向制度の一部（出向負担金の算定方法、評価のフィードバック方法）を
改定する予定です。つきましては、出向者を受け入れていただいている企業様向けに
説明会を下記のとおり開催いたします。

　日時：2026年11月12日（木）14:00～15:30
　場所：日の出産業 本社 8F 大会議室（オンライン併用）
　内容：改定の概要／負担金精算スケジュール／質疑応答

ご出欠を11月5日までに小野寺までご返信いただけますと幸いです。
何卒よろしくお願い申し上げます。
""" + SIG_IGARASHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Three partner companies in To can see each other's addresses: should have been Bcc.",
    },
    {
        "id": "jinjiido-009",
        "charset": "cp932",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["isurugi.misaki@kawasaki-denki.jp"],
        "subject": "追加出向者1名の件",
        "body": """石動様

お世話になっております。日の出産業の小野寺です。

下期名簿に1名追加となりましたのでご連絡いたします。

　氏名：鷲尾 康平（わしお こうへい）
　着任日：2026年10月15日
　出向先部署：生産技術部
　携帯：090-6624-3187
　メール：washio.kohei@hinode-sangyo.co.jp

IDカードの追加発行をお願いできますでしょうか。
よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "Recipient domain kawasaki-denki.jp drops the 'co.' of partner kawasaki-denki.co.jp: look-alike.",
    },
    {
        "id": "jinjiido-010",
        "charset": "iso-2022-jp",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["石動 美咲 <isurugi.misaki@kawasaki-denki.co.jp>"],
        "subject": "出向契約書（案）のご確認のお願い",
        "body": """石動様

お世話になっております。日の出産業の氷室です。

出向に関する基本契約書の案を添付いたします。
第7条（費用負担）と第12条（労働災害時の取扱い）について、
貴社法務部門のご意見をいただけますと幸いです。

よろしくお願いいたします。
""" + SIG_HIMURO,
        "attachments": [
            {
                "kind": "docx",
                "name": "出向基本契約書_社内検討版_v3.docx",
                "title": "出向基本契約書（案）",
                "page_header": "社外秘　／　社内検討用",
                "page_footer": "日の出産業株式会社 人事部",
                "paragraphs": [
                    "出向基本契約書（案）",
                    "日の出産業株式会社（法人番号 5180001027318、以下「甲」という。）と川崎電機株式会社"
                    "（法人番号 2200001041822、以下「乙」という。）は、甲の従業員を乙に出向させることに関し、"
                    "次のとおり契約を締結する。",
                    "第1条（目的）本契約は、甲乙間の技術交流及び人材育成を目的とする。",
                    "第7条（費用負担）出向者の給与は甲が支給し、乙は出向負担金として月額基準額の80%を甲に支払う。",
                    "【社内メモ】負担割合は70%まで譲歩可。ただし評価権限は甲に残すこと（氷室）。",
                    "第12条（労働災害）出向期間中の労働災害は乙の労災保険を適用する。",
                ],
                "tables": [
                    [["項目", "甲", "乙"],
                     ["所在地", "名古屋市中区栄3-14-9", "愛知県刈谷市昭和町2-5"],
                     ["代表者", "代表取締役 日野 壮一郎", "代表取締役 川崎 誠"]],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["confidential_marking"],
        "note": "Attached contract draft is stamped 社外秘 in its page header (internal review version with negotiating notes) and goes to the partner.",
    },
]

# ---------------------------------------------------------------------------- 011-020
MESSAGES += [
    {
        "id": "jinjiido-011",
        "charset": "utf-8",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["東海林 哲也 <shoji.tetsuya@aoba-unyu.co.jp>"],
        "subject": "出向に関する協定書（案）送付",
        "body": """青葉運輸株式会社
総務人事課 東海林 哲也 様

いつもお世話になっております。日の出産業 人事課の氷室です。

先日のお打ち合わせを踏まえ、出向に関する協定書の案を作成しましたので添付いたします。
修正点は赤字ではなく別紙の対照表にまとめております。
貴社内でご確認いただき、コメントを頂戴できれば幸いです。

締結は10月下旬を目標としております。
引き続きよろしくお願いいたします。
""" + SIG_HIMURO + "\n" + DISCLAIMER_JA,
        "attachments": [
            {
                "kind": "docx",
                "name": "出向協定書_青葉運輸様_案.docx",
                "title": "出向に関する協定書（案）",
                "paragraphs": [
                    "出向に関する協定書（案）",
                    "日の出産業株式会社（以下「甲」）と青葉運輸株式会社（以下「乙」）は、甲の従業員の乙への出向に関し、以下のとおり協定する。",
                    "第1条　出向期間は原則として3年以内とし、甲乙協議のうえ延長することができる。",
                    "第2条　出向者の労働時間、休日及び休暇は乙の就業規則による。",
                    "第3条　出向者の給与は甲が支給し、乙は別途定める出向負担金を甲に支払う。",
                    "第4条　出向者は乙の業務上知り得た秘密を出向期間中及び出向終了後も漏らしてはならない。",
                ],
                "tables": [
                    [["", "甲", "乙"],
                     ["商号", "日の出産業株式会社", "青葉運輸株式会社"],
                     ["法人番号", "5180001027318", "7100001049037"],
                     ["本店所在地", "愛知県名古屋市中区栄3-14-9", "静岡県浜松市中央区砂山町1204"]],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "Unmarked agreement draft with the two companies' 法人番号 and office addresses only; standard disclaimer; one partner.",
    },
    {
        "id": "jinjiido-012",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["営業本部長各位 <eigyo-buchou@hinode-sangyo.co.jp>", "総務部 <soumu@hinode-sangyo.co.jp>"],
        "cc": ["氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>"],
        "subject": "【社内】10月1日付 転勤者一覧（新住所・連絡先）",
        "body": """関係各位

人事課の小野寺です。
10月1日付の転勤者12名について、転居後の住所と連絡先を取りまとめました。
社内連絡網・緊急連絡網の更新にご利用ください。

氏名　　　　新所属　　　　　　新住所　　　　　　　　　　　　　　　　　　携帯
──────────────────────────────────────────────
芦原 雄一　　大阪支店　　　　　大阪府吹田市江坂町1-22-8-705　　　　　　090-1184-2207
井之上 舞　　大阪支店　　　　　大阪府豊中市服部元町2-6-14　　　　　　　080-4452-6631
卯月 大和　　東京支社　　　　　東京都品川区大井4-17-2-302　　　　　　　090-7730-1845
江頭 美穂　　東京支社　　　　　神奈川県川崎市中原区小杉町3-264-1103　　070-3128-5570
大江 直樹　　福岡営業所　　　　福岡県福岡市博多区千代5-9-11　　　　　　090-5516-0984
鹿島 綾乃　　福岡営業所　　　　福岡県福岡市東区箱崎3-31-6-201　　　　　080-2671-3349
桐生 航　　　仙台営業所　　　　宮城県仙台市青葉区上杉2-8-30-506　　　　090-8023-4416
熊谷 沙耶　　仙台営業所　　　　宮城県仙台市若林区連坊1-14-5　　　　　　080-9945-1782
毛利 康介　　浜松工場　　　　　静岡県浜松市中央区高林4-3-18　　　　　　090-3306-8851
小暮 千夏　　浜松工場　　　　　静岡県浜松市中央区佐鳴台2-47-9　　　　　070-6617-2035
笹森 拓　　　四日市工場　　　　三重県四日市市浜田町11-20-404　　　　　090-4472-9163
柴崎 玲奈　　四日市工場　　　　三重県四日市市鵜の森1-9-3　　　　　　　080-1359-7728

社外への転送はご遠慮ください。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "List of 12 transferees with addresses and mobiles, but every recipient is internal.",
    },
    {
        "id": "jinjiido-013",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["東海林 哲也 <shoji.tetsuya@aoba-unyu.co.jp>"],
        "subject": "Re: 出向者受入れに伴う寮入居者の確認",
        "body": """東海林様

ご確認ありがとうございます。日の出産業の小野寺です。
いただいた一覧の内容で相違ございません。
入寮日は10月1日（木）午前で本人たちに案内いたします。

引き続きよろしくお願いいたします。

小野寺

> 日の出産業 小野寺様
>
> お世話になっております。青葉運輸の東海林です。
> 寮の部屋割りが決まりましたので、入居者の情報に誤りがないかご確認ください。
>
> 部屋  氏名          生年月日     携帯            緊急連絡先
> 201   牧之原 翔     1990/05/23   090-7721-3048   0566-72-1194（父）
> 203   二階堂 佳奈   1994/01/09   080-4316-2257   052-803-6671（母）
> 205   稗田 篤       1982/08/15   090-2290-8815   053-441-2073（妻）
> 301   蓼科 純平     1996/03/30   070-5528-1406   0564-21-9982（母）
> 302   伊集院 蓮     1998/11/12   080-6013-7724   059-352-1180（父）
>
> 以上、よろしくお願いいたします。
> 青葉運輸株式会社 総務人事課 東海林
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The 5-person dormitory list is only quoted from the partner's own mail; the new text carries no personal data.",
    },
    {
        "id": "jinjiido-014",
        "charset": "cp932",
        "sender": "一ノ瀬 由香 <ichinose.yuka@hinode-sangyo.co.jp>",
        "to": ["新居 健 <arai.ken@shataku-partners.co.jp>"],
        "subject": "FW: 社宅入居希望者の取りまとめ（浜松工場転勤分）",
        "body": """社宅パートナーズ株式会社
新居様

お世話になっております。日の出産業 総務部の一ノ瀬です。
人事から回ってきた入居希望者の一覧を転送いたします。
物件のご提案をお願いできますでしょうか。

-----Original Message-----
From: 小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>
Sent: Tuesday, September 8, 2026 10:14 AM
To: 一ノ瀬 由香 <ichinose.yuka@hinode-sangyo.co.jp>
Subject: 社宅入居希望者の取りまとめ（浜松工場転勤分）

一ノ瀬さん

浜松工場への転勤者のうち、社宅希望の6名分です。

・毛利 康介／現住所：名古屋市北区大曽根3-7-22／携帯 090-3306-8851／家族4人（妻・子2）
・小暮 千夏／現住所：愛知県日進市赤池1-2104／携帯 070-6617-2035／単身
・樋渡 悟／現住所：愛知県稲沢市国府宮2-9-5／携帯 090-2238-4460／家族3人（妻・子1）
・古閑 みのり／現住所：名古屋市昭和区御器所2-18-3-608／携帯 080-7459-0316／単身
・伴野 修平／現住所：愛知県犬山市犬山東古券640／携帯 090-6692-1753／家族2人（妻）
・目黒 亜希／現住所：愛知県江南市古知野町宮裏58／携帯 080-3184-9927／単身

希望エリアは全員「高林・佐鳴台周辺、工場まで車20分以内」です。

小野寺
""" + SIG_ICHINOSE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Forward of an internal mail: the 6-person list (address, mobile, family) is new to the external housing agent.",
    },
    {
        "id": "jinjiido-015",
        "charset": "utf-8",
        "sender": "一ノ瀬 由香 <ichinose.yuka@hinode-sangyo.co.jp>",
        "to": ["新居 健 <arai.ken@shataku-partners.co.jp>"],
        "subject": "借上社宅の手配依頼（大阪支店 芦原）",
        "body": """新居様

いつもお世話になっております。日の出産業の一ノ瀬です。
大阪支店への転勤者1名について、借上社宅の手配をお願いいたします。

■ 入居者
　氏名：芦原 雄一
　携帯：090-1184-2207
　現住所：名古屋市名東区藤が丘141 藤が丘ハイム408
　家族：妻・長女（小学2年）の3人
■ 希望条件
　・江坂駅徒歩10分圏内、2LDK以上
　・賃料上限 月14万円（管理費込み）
　・入居希望日 9月26日

内見はご本人と直接日程調整いただいて構いません。
よろしくお願いいたします。
""" + SIG_ICHINOSE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "One employee's contact details to the housing agent: a single person's record, may be warned.",
    },
    {
        "id": "jinjiido-016",
        "charset": "iso-2022-jp",
        "sender": "久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>",
        "to": ["芦田 紗希 <ashida.saki@hinode-logi.co.jp>"],
        "subject": "鬼頭さんの被扶養者情報（健保加入手続き用）",
        "body": """芦田様

お世話になっております。日の出産業 労務課の久慈です。

10月から貴社に出向（在籍型・社会保険は貴社加入）となる鬼頭 正和さんの
被扶養者について、健保加入手続き用に情報をお送りします。

【被保険者】鬼頭 正和（昭和54年2月27日生）

【被扶養者】
1) 鬼頭 香織　配偶者　昭和56年10月4日生　パート収入 年約96万円
2) 鬼頭 蒼真　長男　　平成20年6月18日生　高校生
3) 鬼頭 ひなた 長女　 平成23年1月29日生　中学生
4) 鬼頭 陸　　次男　　平成27年9月2日生　 小学生
5) 鬼頭 節子　実母　　昭和24年12月11日生　年金収入 年約118万円（同居）

続柄確認用の住民票は原本を郵送いたします。
よろしくお願いいたします。
""" + SIG_KUJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Records of six people (employee and 5 dependants with 和暦 DOB and income) to the group company: a list of people.",
    },
    {
        "id": "jinjiido-017",
        "charset": "cp932",
        "sender": "久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>",
        "to": ["芦田 紗希 <ashida.saki@hinode-logi.co.jp>"],
        "subject": "百瀬さん 被扶養者異動（出産による追加）",
        "body": """芦田様

お世話になっております。久慈です。

出向中の百瀬 由梨さんに第一子が誕生し、配偶者とあわせて扶養の届出をしたいとのことです。
貴社の健保組合様式で手続きをお願いできますでしょうか。

　被保険者：百瀬 由梨（1992/11/03）
　追加①：百瀬 慎吾（配偶者）1991/06/25　※育児休業中のため収入なし
　追加②：百瀬 結翔（長男）　2026/08/17

出生証明の写しは本人から直接お送りするとのことです。
""" + SIG_KUJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Three people's names and DOB (employee, spouse, newborn): under the five-person threshold, may be warned.",
    },
    {
        "id": "jinjiido-018",
        "charset": "utf-8",
        "sender": "久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>",
        "to": ["石動 美咲 <isurugi.misaki@kawasaki-denki.co.jp>"],
        "subject": "東雲さんの健康保険証情報について",
        "body": """石動様

お世話になっております。日の出産業の久慈です。

出向中の東雲 大輔さんが貴社の診療所を利用する際に保険証情報が必要とのことで、
以下お知らせいたします（出向中も当社健保に加入しております）。

　被保険者氏名：東雲 大輔
　生年月日：1981年5月14日
　保険者名称：日の出産業健康保険組合
　記号：7120　番号：384
　保険者番号：06231879

よろしくお願いいたします。

久慈
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "Health insurance card 記号・番号 of a named secondee to a partner company.",
    },
    {
        "id": "jinjiido-019",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["長谷部 綾 <hasebe.aya@tsubasa-system.jp>"],
        "subject": "出向者（外国籍）の在留資格確認書類について",
        "body": """株式会社ツバサシステム
管理本部 長谷部様

いつもお世話になっております。日の出産業の小野寺です。

11月から貴社へ出向予定のグエン・ヴァン・ホアンさんについて、
貴社での外国人雇用状況届出のため在留カード情報が必要とのことでしたので、
下記のとおりお知らせします。

　氏名　　　：NGUYEN VAN HOANG
　生年月日　：1995年2月8日
　在留カード番号：UH48213907EA
　在留資格　：技術・人文知識・国際業務
　在留期間満了日：2028年3月31日

カードの写し（表裏）は本人持参とさせていただきます。
よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "A named secondee's residence card number to the host company.",
    },
    {
        "id": "jinjiido-020",
        "charset": "utf-8",
        "sender": "Emily Saeki <saeki.emily@hinode-sangyo.co.jp>",
        "to": ["Rachel Okafor <rokafor@meridian-visa.com>"],
        "cc": ["Mark Delaney <mdelaney@hinode-usa.com>"],
        "subject": "L-1A petitions - details of our two assignees",
        "body": """Dear Ms. Okafor,

Thank you for your call yesterday. As requested, please find below the details of the two
employees we are transferring to Hinode USA, Inc. (Columbus, OH) from January 2027.

1. Kazuhiro TACHIBANA
   Date of birth: 14 March 1979
   Passport No.: TR4829163 (expires 2031-06-09)
   Current title: Manager, Production Engineering

2. Yuka MINAGAWA
   Date of birth: 2 October 1987
   Passport No.: TK7730215 (expires 2029-11-20)
   Current title: Assistant Manager, Quality Assurance

Scanned copies of the passports will follow through your secure upload portal.
Please let me know if anything else is needed for the petitions.

Best regards,
""" + SIG_SAEKI + "\n" + DISCLAIMER_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "Two assignees' passport numbers and DOB to an outside immigration law firm (US subsidiary in Cc makes two external domains).",
    },
]

# ---------------------------------------------------------------------------- 021-030
MESSAGES += [
    {
        "id": "jinjiido-021",
        "charset": "cp932",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["shoji.tetsuya@aoba-unyu.co.jp"],
        "subject": "社用車運転者登録のための免許証情報",
        "body": """東海林様

お世話になっております。日の出産業の小野寺です。
出向者のうち、構内で社用車を運転する予定の稗田の運転者登録用情報です。

　氏名　　：稗田 篤（ひえだ あつし）
　生年月日：昭和57年8月15日
　免許証番号：第 531804927360 号
　免許の種類：普通・中型・大特
　有効期限：令和9年9月15日まで

免許証の写しが必要でしたら本人から提出させます。
よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "A named secondee's driving licence number to a partner company.",
    },
    {
        "id": "jinjiido-022",
        "charset": "iso-2022-jp",
        "sender": "一ノ瀬 由香 <ichinose.yuka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 予約係 <reservations@sakura-hotel.jp>"],
        "subject": "長期滞在のご予約（9/28～10/31）と保証について",
        "body": """さくらホテル 予約ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の一ノ瀬です。

転勤者の住居が決まるまでの間、下記のとおり長期滞在でお願いしたく存じます。

　宿泊者：卯月 大和 様
　日程：2026年9月28日（月）～10月31日（土）　33泊
　お部屋：シングル禁煙、朝食付き（法人長期プラン）

法人カードの発行が間に合わないため、保証は本人のカードでお願いいたします。
　カード番号：""" + _card(101, " ") + """
　有効期限：08/29
　名義：YAMATO UZUKI

精算は月末に当社へ請求書でお願いできればと存じます。
どうぞよろしくお願いいたします。
""" + SIG_ICHINOSE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "An employee's credit card number in the body to the hotel.",
    },
    {
        "id": "jinjiido-023",
        "charset": "utf-8",
        "sender": "久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>",
        "to": ["宇佐美 幸恵 <usami.sachie@hinode-logi.co.jp>"],
        "subject": "出向者の定期健診結果（要再検査者）の共有",
        "body": """日の出ロジスティクス 保健師 宇佐美様

お世話になっております。日の出産業 労務課の久慈です。

10月着任の出向者6名について、当社で実施した定期健康診断の結果のうち、
事後措置が必要な項目を一覧にしてお送りします。
出向後の保健指導・就業上の措置のご参考にしてください。

よろしくお願いいたします。
""" + SIG_KUJI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "出向者_健診結果要約_2026.pdf",
                "title": "出向者 定期健康診断結果要約",
                "lines": [
                    "出向者 定期健康診断結果要約（2026年6月実施分）",
                    "日の出産業株式会社 人事部 労務課",
                    "",
                ],
                "table": [
                    ["社員番号", "氏名", "年齢", "総合判定", "主な所見", "措置"],
                    ["H20417", "榊原 拓海", "38", "C", "血圧 158/96 高血圧", "要治療・受診勧奨"],
                    ["H21088", "百瀬 由梨", "33", "B", "貧血（Hb 10.8）", "経過観察"],
                    ["H18552", "鬼頭 正和", "47", "D", "HbA1c 7.9 糖尿病", "治療継続・夜勤制限"],
                    ["H22310", "祖父江 遥", "30", "B", "視力低下", "経過観察"],
                    ["H19974", "加賀谷 修", "42", "C", "ALT 68 脂肪肝", "要再検査"],
                    ["H23105", "仲宗根 美月", "26", "A", "所見なし", "－"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF table of 6 named secondees' health-check findings (diagnoses) to the group company: list + 要配慮個人情報.",
    },
    {
        "id": "jinjiido-024",
        "charset": "iso-2022-jp",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["比嘉 忠 <higa.tadashi@kitaguni-foods.co.jp>"],
        "subject": "出向者の職場環境に関するお願い",
        "body": """北国フーズ株式会社 人事部
比嘉 忠 様

平素より大変お世話になっております。日の出産業の氷室です。

12月より貴社札幌工場の品質管理課へ出向予定の 芳野 亮太 について、
事前にご相談させてください。

芳野は身体障害者手帳（聴覚障害・4級）を所持しており、補聴器を使用しています。
会話は1対1であれば問題ありませんが、騒音下では聞き取りが難しいため、
・朝礼など重要な連絡は文字（チャット・ホワイトボード）でも共有いただく
・構内放送の内容をメールでも配信いただく
といった配慮をお願いできますと幸いです。

本人からも了承を得ております。ご検討のほどよろしくお願いいたします。
""" + SIG_HIMURO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named secondee's disability (障害者手帳 4級, hearing) to the host company: 要配慮個人情報 even for one person.",
    },
    {
        "id": "jinjiido-025",
        "charset": "utf-8",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["東海林 哲也 <shoji.tetsuya@aoba-unyu.co.jp>"],
        "subject": "Re: 出向者の配置先（配車課）について",
        "body": """東海林様

ご連絡ありがとうございます。氷室です。

配車課への配置案の件、1点お伝えしておくべき事情がございます。
候補の 蓼科 純平 は、2024年に酒気帯び運転で検挙され罰金刑を受けております。
当社では懲戒処分（減給）とし、その後は社用車の運転業務から外しております。

本人は深く反省しており勤務態度にも問題はありませんが、
運転を伴う業務への配置はお控えいただき、事務系の配置をご検討いただけないでしょうか。

取り扱いには十分ご注意いただけますようお願いいたします。

氷室

> 日の出産業 氷室様
> 出向者5名の配置案を作成しました。蓼科様は配車課でのドライバー兼務を想定しております。
> ご確認ください。　青葉運輸 東海林
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "New text discloses a named employee's arrest and criminal fine (犯罪の経歴) to a partner.",
    },
    {
        "id": "jinjiido-026",
        "charset": "cp932",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["長谷部 綾 <hasebe.aya@tsubasa-system.jp>"],
        "subject": "出向者受入れ時のご配慮のお願い（礼拝・食事）",
        "body": """長谷部様

お世話になっております。日の出産業の小野寺です。

11月から出向予定の ファリド・ラフマン（Farid Rahman）さんはイスラム教徒で、
1日数回の礼拝と、食事はハラールのものに限っております。
当社では会議室の一部を礼拝用に開放し、社員食堂でハラール対応メニューを用意しておりました。

貴社でも可能な範囲で、
・勤務時間中の短時間の礼拝（1回10分程度）の許可と場所のご用意
・ラマダン期間中の勤務時間調整
をご検討いただけますと幸いです。

ご本人にはご配慮をお願いすることについて了解を得ております。
よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named secondee's religion (信条) to the host company: 要配慮個人情報 of one person.",
    },
    {
        "id": "jinjiido-027",
        "charset": "iso-2022-jp",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": [
            "tachibana.kz1979@gmail.com",
            "m-yoshinaga@yahoo.co.jp",
            "hiro.sekiguchi@icloud.com",
        ],
        "subject": "転籍に関する個別説明会のご案内",
        "body": """転籍対象の皆様

お疲れさまです。人事課の氷室です。
ご自宅のメールアドレス宛に失礼いたします。

日の出ロジスティクスへの転籍について、労働条件の詳細をご説明する個別説明会を
下記のとおり開催します。ご家族の同席も可能です。

　日時：10月3日（土）10:00～12:00
　場所：本社 7F 第2会議室
　持ち物：筆記用具、（お持ちであれば）年金手帳

出欠を9月30日までに本メールへの返信でお知らせください。
""" + SIG_HIMURO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "Three private persons' free-mail addresses in To can see each other (and who is being transferred): should have been Bcc.",
    },
    {
        "id": "jinjiido-028",
        "charset": "utf-8",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["石動 美咲 <isurugi.misaki@kawasaki-denki.co.jp>"],
        "cc": [
            "東海林 哲也 <shoji.tetsuya@aoba-unyu.co.jp>",
            "比嘉 忠 <higa.tadashi@kitaguni-foods.co.jp>",
            "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        ],
        "subject": "出向受入れに関するアンケートご協力のお願い",
        "body": """出向者受入企業 ご担当者様

いつもお世話になっております。日の出産業 人事課の小野寺です。

毎年ご協力いただいております「出向受入れに関するアンケート」を今年も実施いたします。
下記フォームより10月23日までにご回答いただけますと幸いです。

　https://forms.hinode-sangyo.co.jp/secondment-survey-2026

設問は15問程度、所要時間は10分ほどです。
回答内容は集計のうえ、制度改善にのみ利用いたします。

何卒よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Three external companies in To/Cc (kawasaki-denki, aoba-unyu, kitaguni-foods) see each other: should have been Bcc.",
    },
    {
        "id": "jinjiido-029",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["東海林 哲也 <shoji.tetsuya@aoba-unyo.co.jp>"],
        "subject": "着任日の変更について（伊集院）",
        "body": """東海林様

お世話になっております。日の出産業の小野寺です。

出向予定の伊集院 蓮ですが、引継ぎの都合で着任日を10月1日から10月8日に変更させてください。
当日の連絡は本人の携帯（080-6013-7724）へお願いいたします。

ご迷惑をおかけしますが、よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "aoba-unyo.co.jp is a one-letter typo of partner aoba-unyu.co.jp: look-alike domain.",
    },
    {
        "id": "jinjiido-030",
        "charset": "cp932",
        "sender": "牧野 早苗 <makino.sanae@hinode-sangyo.co.jp>",
        "to": ["小野寺 真理 <onodera.mari@hinode-sangyo.com>"],
        "subject": "営業2部 異動者の連絡先（確認お願いします）",
        "body": """小野寺さん

営業2部の牧野です。お疲れさまです。
10月異動者の転居後の連絡先、部内で取りまとめましたので送ります。

氏名	異動先	転居先住所	携帯
大路 健太	東京支社	東京都江東区豊洲5-6-15-1802	090-2145-7786
小鳥遊 美和	東京支社	東京都大田区蒲田3-22-9	080-6638-2019
陣内 隼	大阪支店	大阪府大阪市西区江戸堀2-1-13-904	090-9912-3054
寺嶋 紗英	大阪支店	大阪府堺市堺区中瓦町1-4-27	070-1106-4483
南雲 一輝	福岡営業所	福岡県福岡市中央区薬院4-2-8	090-4481-6625
日比野 瑞希	福岡営業所	福岡県春日市春日原北町3-31	080-5527-1390
真田 壮	仙台営業所	宮城県仙台市宮城野区榴岡4-6-1-310	090-7302-8841

よろしくお願いします。
牧野
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "Meant for HR internally but addressed to hinode-sangyo.com (TLD swap of the own domain), with a 7-person address list.",
    },
]

# ---------------------------------------------------------------------------- 031-040
MESSAGES += [
    {
        "id": "jinjiido-031",
        "charset": "utf-8",
        "sender": "真壁 悠人 <makabe.yuto@hinode-sangyo.co.jp>",
        "to": ["長谷部 綾 <hasebe.aya@tsubasa-sytem.jp>"],
        "cc": ["小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>"],
        "subject": "出向者のアカウント発行依頼",
        "body": """株式会社ツバサシステム 長谷部様

日の出産業 情報システム部の真壁です。お世話になっております。
人事の小野寺から依頼を受け、出向者の貴社システム用アカウント発行をお願いいたします。

　氏名：グエン・ヴァン・ホアン（NGUYEN VAN HOANG）
　当社社員番号：H24012
　連絡先メール：nguyen.vh@hinode-sangyo.co.jp
　携帯：080-2957-6610
　利用開始日：2026年11月2日

VPN用の証明書は当社側で発行済みです。
よろしくお願いいたします。

--
日の出産業株式会社 情報システム部 真壁 悠人
TEL 052-261-4470
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "tsubasa-sytem.jp drops a letter from partner tsubasa-system.jp: look-alike domain.",
    },
    {
        "id": "jinjiido-032",
        "charset": "iso-2022-jp",
        "sender": "渡嘉敷 亮 <tokashiki.ryo@hinode-sangyo.co.jp>",
        "to": ["小林 聡 <kobayashi.s@mldori-ginko.co.jp>"],
        "subject": "給与振込口座の変更（転籍者1名）",
        "body": """みどり銀行 法人営業部 小林様

いつもお世話になっております。日の出産業 給与グループの渡嘉敷です。

転籍者1名の給与振込先が貴行の別支店に変わりますので、
総合振込の登録変更をお願いいたします。

　受取人：綿貫 俊介（ワタヌキ シユンスケ）
　変更前：みどり銀行 勝川支店 普通 4418027
　変更後：みどり銀行 名古屋駅前支店 普通 6630915
　適用開始：11月25日支給分から

よろしくお願いいたします。
""" + SIG_TOKASHIKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "mldori-ginko.co.jp puts an 'l' for the 'i' of partner midori-ginko.co.jp (homoglyph look-alike).",
    },
    {
        "id": "jinjiido-033",
        "charset": "cp932",
        "sender": "五十嵐 隆之 <igarashi.takayuki@hinode-sangyo.co.jp>",
        "to": ["日の出ロジスティクス 倉持社長 <kuramochi.hajime@hinode-logi.co.jp>"],
        "subject": "来期出向受入れ計画（部門別）",
        "body": """倉持社長

お世話になっております。五十嵐です。
先日の経営会議でお話のあった来期の出向受入れ計画について、部門別の人数案を添付いたします。
ご意見をいただければ反映いたします。

五十嵐
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "2027年度_出向要員計画_案.xlsx",
                "title": "2027年度 出向要員計画",
                "page_header": "部外秘",
                "sheets": {
                    "計画": [
                        ["【部外秘】2027年度 グループ内出向 要員計画（案）", "", "", ""],
                        ["出向元部門", "出向先", "現員", "計画"],
                        ["生産本部", "日の出ロジスティクス 物流センター", 6, 9],
                        ["営業本部", "日の出ロジスティクス 営業企画", 2, 3],
                        ["管理本部", "日の出ビジネスサービス", 4, 4],
                        ["技術本部", "川崎電機（社外）", 8, 6],
                    ],
                    "前提": [
                        ["前提条件"],
                        ["人件費は現行負担割合（80%）で試算"],
                        ["早期退職施策の結果次第で生産本部の計画を見直し"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX stamped 部外秘 (page header and title row) goes to the group company's domain, which is external.",
    },
    {
        "id": "jinjiido-034",
        "charset": "utf-8",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["石動 美咲 <isurugi.misaki@kawasaki-denki.co.jp>"],
        "subject": "技術部門再編に伴う出向スキームのご説明資料",
        "body": """石動様

お世話になっております。日の出産業の氷室です。
来週のお打ち合わせに先立ち、説明資料をお送りします。
当日は本資料に沿ってご説明いたします。

よろしくお願いいたします。
""" + SIG_HIMURO,
        "attachments": [
            {
                "kind": "pptx",
                "name": "技術部門再編_出向スキーム_説明資料.pptx",
                "title": "技術部門再編に伴う出向スキーム",
                "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Use Only",
                "slides": [
                    ["技術部門再編に伴う出向スキーム", "2026年10月", "日の出産業株式会社 人事部"],
                    ["背景", "・生産技術機能を2027年4月に集約", "・川崎電機との共同開発体制を強化"],
                    ["スキーム", "・在籍型出向（最長3年）", "・3年経過後、本人同意のうえ転籍を選択可能", "・負担金は月額基準額の80%"],
                    ["スケジュール", "・11月：対象者への内示", "・12月：個別面談", "・2027年4月：出向開始"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX with a 'CONFIDENTIAL - Internal Use Only' footer on every slide sent to a partner.",
    },
    {
        "id": "jinjiido-035",
        "charset": "iso-2022-jp",
        "sender": "五十嵐 隆之 <igarashi.takayuki@hinode-sangyo.co.jp>",
        "to": ["倉持 一 <kuramochi.hajime@hinode-logi.co.jp>"],
        "subject": "【極秘】2027年4月 役員・部長級 出向人事（内示前）",
        "body": """━━━━━━━━━━━━
　　極　秘
　取扱：宛先限り
━━━━━━━━━━━━

倉持社長

五十嵐です。
取締役会（11/20）での決議前ですが、貴社への役員・部長級の出向人事案をお知らせします。
決議までは貴社内でもご共有をお控えください。

・取締役 物流本部長：現 日の出産業 生産本部 副本部長
・管理部長：現 日の出産業 経理部 次長
・物流センター長：現 日の出産業 浜松工場 製造課長

内示は12月1日を予定しております。

五十嵐
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Mail classified 【極秘】/取扱：宛先限り in subject and body stamp, sent to the group company (external domain).",
    },
    {
        "id": "jinjiido-036",
        "charset": "utf-8",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["芦田 紗希 <ashida.saki@hinode-logi.co.jp>"],
        "subject": "転籍条件通知書（雛形入り）の送付",
        "body": """芦田様

お世話になっております。氷室です。
転籍者向けの条件通知書（貴社の労働条件を反映したもの）をPDFでお送りします。
パスワードは別途お電話でお伝えします。

よろしくお願いします。
""" + SIG_HIMURO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "転籍条件通知書_一式.pdf",
                "password": "hl2026tenseki",
                "title": "転籍条件通知書",
                "lines": [
                    "転籍条件通知書",
                    "転籍先：日の出ロジスティクス株式会社",
                    "転籍日：2026年12月1日",
                    "年収保障：転籍後3年間、転籍前年収との差額を一時金で補填",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected PDF to an external domain: cannot be inspected.",
    },
    {
        "id": "jinjiido-037",
        "charset": "cp932",
        "sender": "久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>",
        "to": ["高取 瑛太 <takatori@sr-morioka.jp>"],
        "subject": "資格喪失届用データ（10月転籍分）",
        "body": """高取様

お世話になっております。日の出産業の久慈です。
10月転籍者の資格喪失届用データをお送りします。
ご確認のほどよろしくお願いいたします。

久慈
""",
        "attachments": [
            {"kind": "corrupt", "name": "資格喪失_10月転籍.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The attached XLSX is corrupt and cannot be read, going to an external office.",
    },
    {
        "id": "jinjiido-038",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["石動 美咲 <isurugi.misaki@kawasaki-denki.co.jp>"],
        "subject": "出向者の差替えについて",
        "body": """石動様

お世話になっております。日の出産業の小野寺です。

下期出向者のうち、尾花 慎也につきましては、本人の健康上の理由により
今回の出向を見送らせていただくことになりました。
代わりの人選を進めており、来週中には改めてご連絡いたします。

直前のご連絡となり申し訳ございません。
よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "Says a named employee withdraws for 'health reasons' without any diagnosis: borderline 要配慮 disclosure.",
    },
    {
        "id": "jinjiido-039",
        "charset": "utf-8",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["芦田 紗希 <ashida.saki@hinode-logi.co.jp>"],
        "subject": "12/1付 転籍者の配属先（確定版）",
        "body": """芦田様

お世話になっております。小野寺です。
12/1付転籍者の配属先が確定しましたので、ご連絡します。

・雨宮 智之 → 物流本部 業務企画課（課長）
・押切 奈々 → 管理部 経理課
・瀬戸口 豊 → 物流センター 入出荷課
・角倉 優 → 物流センター 在庫管理課
・八木沼 聡子 → 管理部 人事総務課

辞令交付は12/1 9:30から貴社会議室でお願いいたします。
""" + SIG_ONODERA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "Five names with only their new department, to the company that is receiving them: a list of people, but with no contact or identifying data.",
    },
    {
        "id": "jinjiido-040",
        "charset": "cp932",
        "sender": "一ノ瀬 由香 <ichinose.yuka@hinode-sangyo.co.jp>",
        "to": ["犬養 浩 <inukai.hiroshi@marumitsu-hikkoshi.co.jp>"],
        "subject": "転勤者引越しのお見積り依頼（6件）",
        "body": """丸光引越センター 法人営業部
犬養様

いつもお世話になっております。日の出産業 総務部の一ノ瀬です。
10月転勤に伴う引越し6件のお見積りをお願いいたします。
（Excelから貼り付けたため見づらくて申し訳ありません）

氏名	旧住所	新住所	連絡先	世帯	希望日
芦原 雄一	名古屋市名東区藤が丘141-408	大阪府吹田市江坂町1-22-8-705	090-1184-2207	3人	9/26
卯月 大和	名古屋市中村区名駅南2-11-3-1006	東京都品川区大井4-17-2-302	090-7730-1845	単身	9/27
大江 直樹	愛知県長久手市作田1-805	福岡県福岡市博多区千代5-9-11	090-5516-0984	4人	9/25
桐生 航	名古屋市千種区今池5-3-12	宮城県仙台市青葉区上杉2-8-30-506	090-8023-4416	単身	9/28
毛利 康介	名古屋市北区大曽根3-7-22	静岡県浜松市中央区高林4-3-18	090-3306-8851	4人	9/26
笹森 拓	愛知県北名古屋市熊之庄十二社45	三重県四日市市浜田町11-20-404	090-4472-9163	2人	9/29

費用は全件当社負担、請求は当社総務部宛てでお願いいたします。
""" + SIG_ICHINOSE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Tab-separated list of 6 employees' old/new home addresses and mobiles to the removal company.",
    },
]

# ---------------------------------------------------------------------------- 041-050
MESSAGES += [
    {
        "id": "jinjiido-041",
        "charset": "utf-8",
        "sender": "Emily Saeki <saeki.emily@hinode-sangyo.co.jp>",
        "to": ["グローバル語学研修 受付 <corporate@global-gogaku.co.jp>"],
        "subject": "赴任前語学研修 受講者登録のお願い（7名）",
        "body": """グローバル語学研修株式会社
法人営業ご担当者様

お世話になっております。日の出産業 グローバル人事の佐伯です。
来年1月～3月の赴任前集中英語研修の受講者7名を登録いたします。
貴社フォーマットがCSVとのことでしたので、下記をそのままお使いください。

氏名,ローマ字,社用メール,携帯,赴任先,レベル
立花 和宏,TACHIBANA Kazuhiro,tachibana.kazuhiro@hinode-sangyo.co.jp,090-5823-1147,Columbus US,B1
皆川 由佳,MINAGAWA Yuka,minagawa.yuka@hinode-sangyo.co.jp,080-9104-3326,Columbus US,B2
丸岡 聖,MARUOKA Sho,maruoka.sho@hinode-sangyo.co.jp,090-6671-2058,Bangkok TH,A2
湊 かれん,MINATO Karen,minato.karen@hinode-sangyo.co.jp,070-8832-4419,Bangkok TH,B1
設楽 仁,SHITARA Jin,shitara.jin@hinode-sangyo.co.jp,090-1295-7730,Bangkok TH,A2
雲居 奈央,KUMOI Nao,kumoi.nao@hinode-sangyo.co.jp,080-4467-0921,Singapore,B2
保坂 亘,HOSAKA Wataru,hosaka.wataru@hinode-sangyo.co.jp,090-3358-6604,Singapore,B1

レベル判定は社内TOEIC結果からの目安です。
よろしくお願いいたします。

""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Comma-separated list of 7 assignees with e-mail and mobile to an outside language school.",
    },
    {
        "id": "jinjiido-042",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["比嘉 忠 <higa.tadashi@kitaguni-foods.co.jp>"],
        "subject": "出向者の緊急連絡先",
        "body": """比嘉様

お世話になっております。日の出産業の小野寺です。
ご依頼いただいておりました、札幌工場出向者5名の緊急連絡先です。

・芳野 亮太　　緊急連絡先：芳野 久美子（妻）　０９０－２２７１－４８０３
・東條 隆　　　緊急連絡先：東條 和江（母）　　０１１－６６２－１９０７
・蛭田 恵理　　緊急連絡先：蛭田 誠（夫）　　　０８０－７７３９－０２５１
・木ノ下 拓真　緊急連絡先：木ノ下 勝（父）　　０５２－７０３－４４６８
・羽生 沙良　　緊急連絡先：羽生 晴美（母）　　０９０－６１８４－５５９２

寮の管理人さんにもご共有いただけますと幸いです。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Bulleted list of 5 secondees with family members' names and phone numbers (full-width digits) to a partner.",
    },
    {
        "id": "jinjiido-043",
        "charset": "cp932",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["長谷部 綾 <hasebe.aya@tsubasa-system.jp>"],
        "subject": "転籍者の入社手続き用情報（5名）",
        "body": """長谷部様

お世話になっております。日の出産業の氷室です。
システム子会社統合に伴い、貴社へ転籍となる5名の入社手続き用情報をお送りします。

【1】
　氏名：菅生 真人（スゴウ マサト）
　生年月日：1986年4月9日
　住所：愛知県尾張旭市東本地ヶ原町1-84
　電話：090-3471-2206
【2】
　氏名：戸叶 由依（トカノ ユイ）
　生年月日：1990年12月16日
　住所：名古屋市守山区小幡南1-23-7-402
　電話：080-5562-9013
【3】
　氏名：羽賀 仁志（ハガ ヒトシ）
　生年月日：1978年7月1日
　住所：愛知県瀬戸市西長根町127
　電話：090-8816-3374
【4】
　氏名：臼井 舞子（ウスイ マイコ）
　生年月日：1994年3月28日
　住所：名古屋市東区泉2-19-5 泉ハイツ603
　電話：070-2064-8851
【5】
　氏名：薬師寺 航平（ヤクシジ コウヘイ）
　生年月日：1992年10月5日
　住所：愛知県長久手市戸田谷901-2
　電話：080-1127-4590

雇用契約書の準備をお願いいたします。
""" + SIG_HIMURO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Five transferees, one block each (DOB, address, phone), to the receiving partner company.",
    },
    {
        "id": "jinjiido-044",
        "charset": "utf-8",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["石動 美咲 <isurugi.misaki@kawasaki-denki.co.jp>"],
        "subject": "出向者の通勤経路・駐車場申請",
        "html": """<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10pt">
<p>川崎電機株式会社<br>人事部 石動様</p>
<p>いつもお世話になっております。日の出産業 人事課の小野寺です。</p>
<p>下期出向者8名の通勤方法をまとめました。駐車場の割当てをお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde8f5"><th>氏名</th><th>自宅住所</th><th>携帯</th><th>通勤</th><th>車両番号</th></tr>
<tr><td>東雲 大輔</td><td>愛知県刈谷市一ツ木町5-18-2</td><td>090-2714-6630</td><td>自家用車</td><td>三河 300 た 41-07</td></tr>
<tr><td>芳賀 里奈</td><td>愛知県安城市御幸本町12-7-501</td><td>080-3952-1174</td><td>電車</td><td>－</td></tr>
<tr><td>楠木 颯太</td><td>愛知県知立市西町神田40-3</td><td>090-6081-2295</td><td>自家用車</td><td>三河 500 ほ 22-18</td></tr>
<tr><td>檜垣 千尋</td><td>名古屋市瑞穂区堀田通8-22-1-1204</td><td>070-4438-9017</td><td>電車</td><td>－</td></tr>
<tr><td>宇津木 剛</td><td>愛知県豊田市若宮町2-63</td><td>090-9127-5580</td><td>自家用車</td><td>豊田 330 す 8-34</td></tr>
<tr><td>真栄田 くるみ</td><td>愛知県大府市共和町3-4-11</td><td>080-7716-0432</td><td>自転車</td><td>－</td></tr>
<tr><td>尾花 慎也</td><td>愛知県碧南市松本町88</td><td>090-3365-4821</td><td>自家用車</td><td>三河 300 ゆ 70-02</td></tr>
<tr><td>漆原 葵</td><td>名古屋市南区呼続4-9-17</td><td>080-2209-6713</td><td>電車</td><td>－</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>――<br>日の出産業株式会社 人事部 人事課 小野寺 真理<br>TEL 052-261-4410（内線3712）</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of 8 secondees' home addresses, mobiles and car plates, to a partner.",
    },
    {
        "id": "jinjiido-045",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["東海林 哲也 <shoji.tetsuya@aoba-unyu.co.jp>"],
        "subject": "出向者 身上書一覧の送付",
        "body": """東海林様

お世話になっております。日の出産業の小野寺です。
出向者6名の身上書を一覧にまとめたものを添付いたします。
配属先の上長の方へのご共有用としてお使いください。

よろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "docx",
                "name": "出向者身上書一覧_青葉運輸様.docx",
                "title": "出向者 身上書一覧",
                "paragraphs": [
                    "出向者 身上書一覧",
                    "日の出産業株式会社 人事部 人事課　2026年9月",
                    "※ 家族構成・最終学歴は本人申告による",
                ],
                "tables": [
                    [["氏名", "生年月日", "現住所", "最終学歴", "家族構成", "携帯"],
                     ["牧之原 翔", "平成2年5月23日", "愛知県豊橋市花田町西宿17-3", "豊橋技術短大 卒", "独身", "090-7721-3048"],
                     ["二階堂 佳奈", "平成6年1月9日", "名古屋市熱田区六番2-8-4-201", "東海学芸大 卒", "独身", "080-4316-2257"],
                     ["稗田 篤", "昭和57年8月15日", "静岡県浜松市中央区葵西3-18-9", "浜北工業高 卒", "妻・子2", "090-2290-8815"],
                     ["蓼科 純平", "平成8年3月30日", "愛知県岡崎市康生通南2-41", "三河大 院了", "独身", "070-5528-1406"],
                     ["伊集院 蓮", "平成10年11月12日", "三重県四日市市西新地9-12", "伊勢湾大 卒", "独身", "080-6013-7724"],
                     ["香西 美帆", "平成4年6月2日", "愛知県豊川市末広通4-77", "中部看護専門 卒", "夫", "090-1442-6835"]],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of 6 secondees' personal history (和暦 DOB, address, family, mobile) to a partner.",
    },
    {
        "id": "jinjiido-046",
        "charset": "utf-8",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["比嘉 忠 <higa.tadashi@kitaguni-foods.co.jp>"],
        "subject": "転籍者一覧（PDF）",
        "body": """比嘉様

お世話になっております。氷室です。
食品事業の譲渡に伴い、貴社に転籍する社員の一覧をPDFでお送りします。
ご確認のうえ、不備があればお知らせください。

氷室
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "転籍者一覧_北国フーズ様.pdf",
                "title": "転籍者一覧",
                "lines": ["転籍者一覧（2027年1月1日付）", "日の出産業株式会社 → 北国フーズ株式会社", ""],
                "table": [
                    ["No", "氏名", "生年月日", "住所", "電話", "入社日"],
                    ["1", "及川 秀樹", "1972/04/03", "北海道札幌市北区北24条西5-2-11", "090-6302-1185", "1995/04/01"],
                    ["2", "神保 由美子", "1980/09/21", "北海道札幌市白石区本郷通7南3-9", "080-1148-3370", "2003/04/01"],
                    ["3", "石狩 陽平", "1988/01/30", "北海道江別市大麻中町26-4", "090-4476-2039", "2010/04/01"],
                    ["4", "名取 紗季", "1993/05/08", "北海道札幌市豊平区平岸2条10-4-7", "070-3391-6620", "2016/04/01"],
                    ["5", "千歳 大地", "1985/11/17", "北海道千歳市富丘3-12-5", "090-2817-4408", "2007/10/01"],
                    ["6", "幌村 あかり", "1996/02/25", "北海道石狩市花川南6条2-118", "080-6950-7712", "2019/04/01"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of 6 transferees with DOB, address and phone to the acquiring partner.",
    },
    {
        "id": "jinjiido-047",
        "charset": "utf-8",
        "sender": "渡嘉敷 亮 <tokashiki.ryo@hinode-sangyo.co.jp>",
        "to": ["丹羽 淳 <niwa.jun@hinode-bs.co.jp>"],
        "subject": "出向者 給与引継ぎデータ一式（zip）",
        "body": """丹羽さん

お疲れさまです。渡嘉敷です。
10月から出向者の給与計算を御社に移管する件、引継ぎデータ一式をzipでまとめました。

 - kyuyo_hikitsugi.csv : 基本給・手当・口座（UTF-8）
 - 社保等級.xlsx       : 標準報酬月額・等級

住民税の特別徴収は来年5月まで当社から納付します。
確認お願いします。

渡嘉敷
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "給与引継ぎ_202610.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "kyuyo_hikitsugi.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["社員番号", "氏名", "生年月日", "基本給", "役職手当", "通勤手当", "振込口座"],
                            ["H20417", "榊原 拓海", "1988-04-12", "298000", "0", "12400", "みどり銀行 鳴海支店 普通 2041173"],
                            ["H21088", "百瀬 由梨", "1992-11-03", "254000", "0", "9800", "みどり銀行 豊明支店 普通 1188420"],
                            ["H18552", "鬼頭 正和", "1979-02-27", "362000", "30000", "15600", "春日井信用金庫 本店 普通 0036615"],
                            ["H22310", "祖父江 遥", "1996-07-19", "231000", "0", "21000", "東濃銀行 多治見支店 普通 5520394"],
                            ["H19974", "加賀谷 修", "1984-09-08", "318000", "15000", "11200", "みどり銀行 一宮支店 普通 3377051"],
                            ["H23105", "仲宗根 美月", "1999-12-30", "218000", "0", "8400", "ゆうちょ銀行 二〇八 普通 6604418"],
                        ],
                    },
                    {
                        "kind": "xlsx",
                        "name": "社保等級.xlsx",
                        "sheets": {"等級": [
                            ["社員番号", "氏名", "標準報酬月額", "健保等級", "厚年等級"],
                            ["H20417", "榊原 拓海", 320000, 25, 22],
                            ["H21088", "百瀬 由梨", 260000, 22, 19],
                            ["H18552", "鬼頭 正和", 410000, 29, 26],
                            ["H22310", "祖父江 遥", 260000, 22, 19],
                            ["H19974", "加賀谷 修", 340000, 26, 23],
                            ["H23105", "仲宗根 美月", 220000, 20, 17],
                        ]},
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "Plain ZIP with a UTF-8 CSV (6 people: DOB, salary, bank account) and an XLSX of insurance grades, to the group payroll company.",
    },
    {
        "id": "jinjiido-048",
        "charset": "cp932",
        "sender": "久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>",
        "to": ["森岡 直子 <morioka.naoko@sr-morioka.jp>"],
        "cc": ["高取 瑛太 <takatori@sr-morioka.jp>"],
        "subject": "雇用保険 資格喪失・取得の一括依頼（システム子会社統合分）",
        "body": """森岡先生、高取様

お世話になっております。久慈です。
ツバサシステムへの転籍者について、雇用保険の喪失手続きをお願いいたします。
先生の事務所のシステムが.xls形式のみ取込可とのことでしたので、旧形式で保存しております。

よろしくお願いいたします。
""" + SIG_KUJI,
        "attachments": [
            {
                "kind": "xls",
                "name": "koyouhoken_soshitsu_tsubasa.xls",
                "sheets": {
                    "喪失": [
                        ["被保険者番号", "氏名", "フリガナ", "生年月日", "住所", "離職日"],
                        ["2309-771842-5", "菅生 真人", "スゴウ マサト", "1986/04/09", "愛知県尾張旭市東本地ヶ原町1-84", "2026/10/31"],
                        ["2309-802516-1", "戸叶 由依", "トカノ ユイ", "1990/12/16", "名古屋市守山区小幡南1-23-7-402", "2026/10/31"],
                        ["2309-655039-8", "羽賀 仁志", "ハガ ヒトシ", "1978/07/01", "愛知県瀬戸市西長根町127", "2026/10/31"],
                        ["2309-914470-3", "臼井 舞子", "ウスイ マイコ", "1994/03/28", "名古屋市東区泉2-19-5-603", "2026/10/31"],
                        ["2309-887215-6", "薬師寺 航平", "ヤクシジ コウヘイ", "1992/10/05", "愛知県長久手市戸田谷901-2", "2026/10/31"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Legacy XLS with 5 transferees' insurance numbers, DOB and addresses to the outside labour consultant.",
    },
    {
        "id": "jinjiido-049",
        "charset": "iso-2022-jp",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["芦田 紗希 <ashida.saki@hinode-logi.co.jp>"],
        "subject": "Fw: 物流センター出向候補者リスト",
        "body": """芦田様

氷室です。お世話になっております。
生産本部から候補者リストが届きましたので、元のメールを添付でお送りします。
面談の日程調整にお使いください。

氷室
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "物流センター出向候補者リスト.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "生産本部 企画課 <seisan-kikaku@hinode-sangyo.co.jp>",
                    "to": ["氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>"],
                    "subject": "物流センター出向候補者リスト",
                    "body": """氷室課長

生産本部企画課です。出向候補者を選定しましたのでお送りします。

氏名　　　　年齢　現所属　　　　　　　内線　　携帯
鈴鹿 守　　　51　浜松工場 製造1課　　 5213　　090-3317-0624
田原 みゆき　34　浜松工場 品証課　　　5240　　080-6628-1935
鳥羽 賢治　　45　四日市工場 設備課　　6107　　090-9931-4472
野々村 聡　　39　四日市工場 製造2課　 6122　　070-2205-8816
蜂須賀 淳　　28　本社 生産管理部　　　3531　　080-4073-2569
広中 由香里　42　浜松工場 資材課　　　5277　　090-1680-3307

いずれも本人への打診前です。取扱いにご注意ください。
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Attached internal mail (message/rfc822) listing 6 candidates with mobiles, forwarded to the group company.",
    },
    {
        "id": "jinjiido-050",
        "charset": "utf-8",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["長谷部 綾 <hasebe.aya@tsubasa-system.jp>"],
        "subject": "出向者紹介スライド（朝礼用）",
        "body": """長谷部様

お世話になっております。小野寺です。
11/2の全体朝礼で出向者を紹介いただけるとのことで、紹介スライドを作成しました。
内容はご本人たちに確認済みです。

よろしくお願いいたします。

小野寺
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "出向者紹介_ツバサシステム様.pptx",
                "title": "出向者紹介",
                "slides": [
                    ["11月より着任する皆さん", "日の出産業株式会社より6名"],
                    ["菅生 真人", "生年月日：1986年4月9日", "出身：愛知県瀬戸市", "携帯：090-3471-2206", "趣味：渓流釣り"],
                    ["戸叶 由依", "生年月日：1990年12月16日", "出身：岐阜県高山市", "携帯：080-5562-9013", "趣味：ボルダリング"],
                    ["羽賀 仁志", "生年月日：1978年7月1日", "出身：三重県津市", "携帯：090-8816-3374", "趣味：家庭菜園"],
                    ["臼井 舞子", "生年月日：1994年3月28日", "出身：静岡県沼津市", "携帯：070-2064-8851", "趣味：映画鑑賞"],
                    ["薬師寺 航平", "生年月日：1992年10月5日", "出身：奈良県奈良市", "携帯：080-1127-4590", "趣味：ランニング"],
                    ["グエン・ヴァン・ホアン", "生年月日：1995年2月8日", "出身：ベトナム・ダナン", "携帯：080-2957-6610", "趣味：サッカー"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PPTX with one slide per secondee (6 people: DOB, mobile) to the host company.",
    },
]

# ---------------------------------------------------------------------------- 051-060
MESSAGES += [
    {
        "id": "jinjiido-051",
        "charset": "utf-8",
        "sender": "Emily Saeki <saeki.emily@hinode-sangyo.co.jp>",
        "to": ["Pornthip Srisuk <pornthip.s@siam-precision.co.th>"],
        "subject": "Expatriate assignees 2027 - work permit data",
        "body": """Dear Khun Pornthip,

I hope you are well. Following our video call, I am sending the data of the six
employees who will be seconded to Siam Precision Co., Ltd. from April 2027, for the
work permit and visa applications (Non-B).

The workbook has two sheets: "Assignees" (personal data) and "Family" (accompanying
family members who will need dependant visas).

Please let me know if the Board of Investment needs anything else.

Kind regards,
""" + SIG_SAEKI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "Assignees_2027_SiamPrecision.xlsx",
                "title": "Expatriate assignees 2027",
                "sheets": {
                    "Assignees": [
                        ["Hinode Sangyo -> Siam Precision : assignees from 1 April 2027", "", "", "", "", ""],
                        ["Name", "Date of birth", "Passport No.", "Passport expiry", "Position in Thailand", "Mobile (JP)"],
                        ["MARUOKA Sho", "1991-08-14", "TZ1184620", "2032-03-02", "Production Manager", "090-6671-2058"],
                        ["MINATO Karen", "1993-01-26", "TR6640297", "2030-10-11", "QA Engineer", "070-8832-4419"],
                        ["SHITARA Jin", "1985-05-03", "TK2097731", "2029-07-30", "Maintenance Leader", "090-1295-7730"],
                        ["KAMIYAMA Toru", "1976-12-19", "TS5518004", "2031-01-15", "Managing Director", "090-7046-3321"],
                        ["ISHIKURA Ayumi", "1989-06-07", "TZ3372158", "2033-05-22", "HR/Admin Manager", "080-2418-9960"],
                        ["FUWA Kenta", "1995-09-29", "TR9021446", "2030-02-08", "Process Engineer", "080-3375-1184"],
                    ],
                    "Family": [
                        ["Assignee", "Family member", "Relation", "Date of birth", "Passport No."],
                        ["KAMIYAMA Toru", "KAMIYAMA Yoko", "Spouse", "1978-03-04", "TS5518112"],
                        ["KAMIYAMA Toru", "KAMIYAMA Rio", "Daughter", "2012-11-30", "TS5518113"],
                        ["ISHIKURA Ayumi", "ISHIKURA Daiki", "Spouse", "1987-10-16", "TZ3372201"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "English XLSX: 6 assignees and 3 family members with passport numbers and DOB to the Thai partner.",
    },
    {
        "id": "jinjiido-052",
        "charset": "cp932",
        "sender": "久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>",
        "to": ["日の出産業健康保険組合 適用課 <tekiyo@hinode-kenpo.or.jp>"],
        "subject": "被扶養者異動（出向者の転居・扶養削除）一括連絡",
        "body": """日の出産業健康保険組合　適用課　御中

いつもお世話になっております。事業所（人事部 労務課）の久慈です。
出向・転勤に伴う被扶養者の異動を下記のとおりご連絡いたします。
（様式の提出は後日まとめて行います。）

被保険者記号番号　被保険者氏名　　被扶養者氏名　　続柄　生年月日　　　　異動内容
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
""" + _z("7120-384") + """　　　　　東雲 大輔　　　東雲 まどか　　妻　　""" + "昭和５８年４月２日" + """　　住所変更
""" + _z("7120-391") + """　　　　　芦原 雄一　　　芦原 千晶　　　妻　　""" + "Ｓ６０．１１．２５" + """　　　住所変更
""" + _z("7120-391") + """　　　　　芦原 雄一　　　芦原 芽衣　　　長女　""" + "Ｈ３０．７．９" + """　　　　　住所変更
""" + _z("7120-402") + """　　　　　大江 直樹　　　大江 朋美　　　妻　　""" + "平成元年３月１７日" + """　　扶養削除（就職）
""" + _z("7120-402") + """　　　　　大江 直樹　　　大江 悠真　　　長男　""" + "平成２６年１月８日" + """　　住所変更
""" + _z("7120-417") + """　　　　　毛利 康介　　　毛利 由紀子　　妻　　""" + "昭和６２年１２月３日" + """　　住所変更

以上6名分です。ご確認のほどよろしくお願いいたします。
""" + SIG_KUJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "Six dependants with full-width 和暦 DOB and health-insurance 記号・番号, to the health insurance society (separate external domain).",
    },
    {
        "id": "jinjiido-053",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["東海林 哲也 <shoji.tetsuya@aoba-unyu.co.jp>"],
        "subject": "労災・通勤災害の届出用 出向者データ（社員番号のみ）",
        "body": """東海林様

お世話になっております。日の出産業の小野寺です。
労災の届出準備用に、出向者の情報をお送りします。
氏名は社内規程により記載しておりません（社員番号で照合をお願いします）。

社員番号 | 生年月日   | 住所                                 | 電話
---------+------------+--------------------------------------+---------------
H18205   | 1990/05/23 | 愛知県豊橋市花田町西宿17-3            | 090-7721-3048
H21630   | 1994/01/09 | 名古屋市熱田区六番2-8-4-201           | 080-4316-2257
H16477   | 1982/08/15 | 静岡県浜松市中央区葵西3-18-9          | 090-2290-8815
H22541   | 1996/03/30 | 愛知県岡崎市康生通南2-41               | 070-5528-1406
H23388   | 1998/11/12 | 三重県四日市市西新地9-12              | 080-6013-7724
H20719   | 1992/06/02 | 愛知県豊川市末広通4-77                 | 090-1442-6835

よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Six people's records (DOB, home address, phone) without a name column to a partner: still a list of people.",
    },
    {
        "id": "jinjiido-054",
        "charset": "utf-8",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["石動 美咲 <isurugi.misaki@kawasaki-denki.co.jp>"],
        "subject": "出向者の勤怠・休職履歴（ご参考）",
        "body": """石動様

お世話になっております。氷室です。
ご要望のあった、来期出向候補者の過去3年の勤怠・休職履歴をお送りします。
配置や業務量のご検討にお役立てください。

氷室
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "出向候補者_勤怠休職履歴.xlsx",
                "sheets": {
                    "候補者": [
                        ["来期出向候補者 勤怠・休職履歴（2023-2026）", "", "", "", ""],
                        ["氏名", "生年月日", "欠勤日数(3年計)", "休職歴", "休職理由"],
                        ["国分 恭平", "1983/02/11", 4, "なし", ""],
                        ["沢渡 あゆみ", "1990/08/19", 61, "2024/10-2025/01", "うつ病（復職済・通院中）"],
                        ["須磨 孝", "1976/04/28", 12, "2025/05-2025/07", "腰椎椎間板ヘルニア手術"],
                        ["月岡 遼", "1995/11/03", 2, "なし", ""],
                        ["富樫 雅美", "1987/06/14", 38, "2023/12-2024/03", "乳がん治療"],
                    ],
                    "凡例": [["休職理由は診断書記載の傷病名による"]],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX of 5 candidates with sick-leave diagnoses (うつ病, がん, ヘルニア) to a partner: list and 要配慮個人情報.",
    },
    {
        "id": "jinjiido-055",
        "charset": "iso-2022-jp",
        "sender": "久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>",
        "to": ["宇佐美 幸恵 <usami.sachie@hinode-logi.co.jp>"],
        "subject": "産業医意見書の写し（鬼頭さん）",
        "body": """宇佐美様

お世話になっております。久慈です。
先日お話しした鬼頭さんについて、当社産業医の意見書の写しを添付します。
夜勤の取扱いについて、貴社産業医の先生にもご確認いただければと思います。

久慈
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "産業医意見書_鬼頭正和.docx",
                "title": "就業上の措置に関する意見書",
                "paragraphs": [
                    "就業上の措置に関する意見書",
                    "対象者：鬼頭 正和（社員番号 H18552、昭和54年2月27日生）",
                    "所見：2型糖尿病（HbA1c 7.9%）、内服治療中。低血糖発作の既往あり（2025年3月）。",
                    "意見：深夜勤務（22時～5時）は当面禁止。高所作業・フォークリフト運転は不可。",
                    "　　　3か月ごとに主治医の診療情報提供書を提出させること。",
                    "2026年9月10日　日の出産業株式会社 産業医　稲葉 光太郎",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Occupational physician's opinion (diagnosis, work restrictions) on a named secondee, as DOCX to the group company.",
    },
    {
        "id": "jinjiido-056",
        "charset": "cp932",
        "sender": "一ノ瀬 由香 <ichinose.yuka@hinode-sangyo.co.jp>",
        "to": ["犬養 浩 <inukai.hiroshi@marumitsu-hikkoshi.co.jp>"],
        "subject": "【至急】小鳥遊様のお引越しについてお願い",
        "body": """犬養様

いつもお世話になっております。日の出産業の一ノ瀬です。
東京支社へ転勤となる小鳥遊 美和さんのお引越しについて、特別なお願いがございます。

ご本人は元交際相手からのストーカー被害に遭っており、現在警察に相談中です
（警察から接近禁止の警告が出ています）。
そのため、
・新住所（東京都大田区）は作業員の方以外には一切お伝えにならないこと
・トラックに社名の入っていない車両を使用いただくこと
・旧居（名古屋市千種区）での作業は早朝7時開始としていただくこと
をお願いできますでしょうか。

ご本人の連絡先：080-6638-2019（非通知の着信には出られないそうです）

ご無理を申しますが、どうぞよろしくお願いいたします。
""" + SIG_ICHINOSE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Discloses that a named employee is a stalking victim (犯罪被害の事実) to the removal company.",
    },
    {
        "id": "jinjiido-057",
        "charset": "utf-8",
        "sender": "桧山 圭 <hiyama.kei@hinode-sangyo.co.jp>",
        "to": ["渡嘉敷 亮 <tokashiki.ryo@hinode-sanygo.co.jp>"],
        "subject": "出向者の立替経費 精算口座（確認依頼）",
        "body": """渡嘉敷さん

経理部の桧山です。
出向者の赴任旅費の立替精算、以下の口座に振り込む予定です。給与口座と同じか確認お願いします。

1. 榊原 拓海　みどり銀行 鳴海支店 普通 2041173　　 ¥48,320
2. 百瀬 由梨　みどり銀行 豊明支店 普通 1188420　　 ¥31,900
3. 鬼頭 正和　春日井信用金庫 本店 普通 0036615　 ¥52,640
4. 祖父江 遥　東濃銀行 多治見支店 普通 5520394　　¥27,180
5. 加賀谷 修　みどり銀行 一宮支店 普通 3377051　　¥44,060
6. 仲宗根 美月 ゆうちょ銀行 二〇八店 普通 6604418　¥19,750

今週金曜の支払いに載せたいので、木曜までに返信ください。

--
日の出産業株式会社 経理部 桧山 圭
内線 3820
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "Colleague's address typed as hinode-sanygo.co.jp (letters swapped): look-alike of the own domain, carrying 6 people's bank accounts.",
    },
    {
        "id": "jinjiido-058",
        "charset": "utf-8",
        "sender": "Emily Saeki <saeki.emily@hinode-sangyo.co.jp>",
        "to": ["Mark Delaney <mdelaney@hinode-usa.com>"],
        "subject": "Assignment letter - K. Tachibana (for your review)",
        "body": """Hi Mark,

Attached is the draft assignment letter for Kazuhiro Tachibana, who joins Hinode USA in
January. Could you check the US-side items (housing allowance cap, car lease, school
support) against your local policy before we issue it?

Thanks,
Emily
""" + SIG_SAEKI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "Assignment_Letter_Tachibana_DRAFT.pdf",
                "title": "Assignment Letter - DRAFT",
                "page_header": "CONFIDENTIAL",
                "page_footer": "Hinode Sangyo Co., Ltd. - Confidential - Do not distribute",
                "lines": [
                    "ASSIGNMENT LETTER (DRAFT)",
                    "Employee: Kazuhiro TACHIBANA    Home: Hinode Sangyo Co., Ltd.    Host: Hinode USA, Inc.",
                    "Assignment period: 1 January 2027 - 31 December 2029",
                    "Base salary (home): JPY 7,860,000 p.a.   Overseas allowance: USD 2,400 / month",
                    "Housing allowance cap: USD 3,200 / month   Company car: lease up to USD 650 / month",
                    "Children's education: Japanese Saturday school fees covered",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["confidential_marking", "personal_data"],
        "note": "PDF stamped CONFIDENTIAL in header and footer goes to the US subsidiary's external domain.",
    },
    {
        "id": "jinjiido-059",
        "charset": "cp932",
        "sender": "久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>",
        "to": ["森岡 直子 <morioka.naoko@sr-morioka.jp>"],
        "subject": "【送付】算定基礎届データ（出向者分）",
        "body": """森岡先生

お世話になっております。日の出産業の久慈です。
出向者分の算定基礎届データを送付いたします。
いつもどおり、解凍パスワードは追ってご連絡いたします。

久慈
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "santei_shukkousha_2026.zip",
                "password": "Mr!2026santei",
                "files": [
                    {"kind": "csv", "name": "santei.csv", "encoding": "cp932", "rows": [
                        ["基礎年金番号", "氏名", "4月", "5月", "6月"],
                        ["4417-538206", "綿貫 俊介", "412000", "409500", "415200"],
                        ["3921-447610", "牧之原 翔", "286000", "291400", "288800"],
                    ]},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Encrypted ZIP (password sent later) to the labour consultant: cannot be inspected.",
    },
    {
        "id": "jinjiido-060",
        "charset": "iso-2022-jp",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["比嘉 忠 <higa.tadashi@kitaguni-foods.co.jp>"],
        "subject": "Re: 転籍関係書類の再送",
        "body": """比嘉様

ご連絡ありがとうございます。
ファイルが開けないとのこと、失礼いたしました。再度圧縮してお送りします。

氷室

> 氷室様
> 昨日お送りいただいたZIPが展開できませんでした。お手数ですが再送をお願いできますか。
> 北国フーズ 比嘉
""",
        "attachments": [
            {"kind": "corrupt", "name": "転籍関係書類_一式.zip"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The re-sent ZIP is corrupt and cannot be inspected; goes to a partner.",
    },
]

# ---------------------------------------------------------------------------- 061-070
MESSAGES += [
    {
        "id": "jinjiido-061",
        "charset": "utf-8",
        "sender": "Emily Saeki <saeki.emily@hinode-sangyo.co.jp>",
        "to": ["Pornthip Srisuk <pornthip.s@siam-precision.co.th>"],
        "subject": "Secondment agreement (signed copy) - protected PDF",
        "body": """Dear Khun Pornthip,

Please find attached the signed secondment agreement between Hinode Sangyo and
Siam Precision. As agreed, the file is password protected; I will send the password
by LINE WORKS.

Kind regards,
Emily Saeki
Global HR, Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "Secondment_Agreement_signed.pdf",
                "password": "SP-HS-2027",
                "title": "Secondment Agreement",
                "lines": [
                    "SECONDMENT AGREEMENT",
                    "between Hinode Sangyo Co., Ltd. and Siam Precision Co., Ltd.",
                    "Term: 1 April 2027 - 31 March 2030",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected PDF sent to an overseas partner: cannot be inspected.",
    },
    {
        "id": "jinjiido-062",
        "charset": "iso-2022-jp",
        "sender": "二階堂 佳奈 <nikaido.kana@hinode-sangyo.co.jp>",
        "to": ["東海林 哲也 <shoji.tetsuya@aoba-unyu.co.jp>"],
        "subject": "Re: 制服・安全靴のサイズ確認",
        "body": """東海林様

お世話になっております。日の出産業 人事課の二階堂です（小野寺の代理でご連絡します）。
制服の発注に必要な情報、下記のとおりです。
配送先は各自の自宅でとのことでしたので、住所も記載します。

牧之原 翔　　上L／下82／靴26.5　愛知県豊橋市花田町西宿17-3　090-7721-3048
蓼科 純平　　上M／下76／靴25.5　愛知県岡崎市康生通南2-41　070-5528-1406
伊集院 蓮　　上LL／下88／靴28.0　三重県四日市市西新地9-12　080-6013-7724
香西 美帆　　上S／下64／靴23.0　愛知県豊川市末広通4-77　090-1442-6835
稗田 篤　　　上L／下85／靴27.0　静岡県浜松市中央区葵西3-18-9　090-2290-8815

よろしくお願いいたします。

二階堂

> 日の出産業 小野寺様
> 出向者の皆様の制服・安全靴を手配いたします。
> 各自のサイズと配送先をお知らせください。
> 青葉運輸 総務人事課 東海林
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "A reply, but the new text (not the quote) lists 5 secondees' home addresses and mobiles.",
    },
    {
        "id": "jinjiido-063",
        "charset": "cp932",
        "sender": "一ノ瀬 由香 <ichinose.yuka@hinode-sangyo.co.jp>",
        "to": ["犬養 浩 <inukai.hiroshi@marumitsu-hikkoshi.co.jp>"],
        "subject": "転送：浜松地区 借上社宅の決定について",
        "body": """犬養様

お世話になっております。一ノ瀬です。
社宅パートナーズさんから入居先の決定連絡がありましたので、転送いたします。
搬入先として手配をお願いします。

---------- 転送メッセージ ----------
差出人: 新居 健 <arai.ken@shataku-partners.co.jp>
日付: 2026年9月14日 16:02
件名: 浜松地区 借上社宅の決定について
宛先: 一ノ瀬 由香 <ichinose.yuka@hinode-sangyo.co.jp>

日の出産業 一ノ瀬様

浜松地区の借上社宅が決定しましたのでご連絡いたします。

■毛利 康介 様（4名）　静岡県浜松市中央区高林4-3-18 グリーンヒル高林203　携帯090-3306-8851　入居10/1
■小暮 千夏 様（1名）　静岡県浜松市中央区佐鳴台2-47-9 メゾン佐鳴101　携帯070-6617-2035　入居9/28
■樋渡 悟 様（3名）　　静岡県浜松市中央区高丘東3-22-6 コーポ高丘305　携帯090-2238-4460　入居10/3
■古閑 みのり 様（1名）静岡県浜松市中央区蜆塚1-15-2 ルミエール蜆塚402　携帯080-7459-0316　入居9/29
■伴野 修平 様（2名）　静岡県浜松市中央区布橋2-8-30 ハイツ布橋202　携帯090-6692-1753　入居10/2
■目黒 亜希 様（1名）　静岡県浜松市中央区富塚町1933-1 エクセル富塚108　携帯080-3184-9927　入居9/30

鍵の受け渡しは各入居日の10時に現地でお願いします。
社宅パートナーズ株式会社 新居
""" + SIG_ICHINOSE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Forward (転送) of one partner's mail with 6 tenants' new addresses and mobiles to a different external company: new text for it.",
    },
    {
        "id": "jinjiido-064",
        "charset": "iso-2022-jp",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["石動 美咲 <isurugi.misaki@kawasaki-denki.co.jp>"],
        "subject": "出向契約更新に関するお打ち合わせ日程",
        "body": """石動様

いつもお世話になっております。日の出産業の氷室でございます。

来年3月末で期間満了となる出向契約の更新について、一度お打ち合わせの機会を
いただけますでしょうか。以下の候補日でご都合はいかがでしょうか。

　①10月20日（火）13:30～
　②10月22日（木）10:00～
　③10月27日（火）15:00～

場所は貴社刈谷本社に伺います。所要時間は1時間程度を想定しております。
ご検討のほど、よろしくお願いいたします。
""" + SIG_HIMURO + "\n" + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Ordinary scheduling mail with the standard confidentiality disclaimer at the end.",
    },
    {
        "id": "jinjiido-065",
        "charset": "utf-8",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["長谷部 綾 <hasebe.aya@tsubasa-system.jp>"],
        "subject": "出向者の秘密保持誓約書について",
        "body": """長谷部様

お世話になっております。日の出産業の小野寺です。

出向者に提出させる秘密保持誓約書の件ですが、当社の雛形は出向元の業務のみを対象としており、
貴社の顧客情報の取扱いについては貴社様式で差し入れるのが適切かと考えております。
お手数ですが、貴社の秘密保持誓約書（出向者用）の雛形をお送りいただけますでしょうか。

また、両社間の機密保持契約（2024年締結）の第5条で、出向者による情報の持出しについて
定めがありますので、念のため条文の写しを共有させていただきます。

　第5条（出向者の義務）甲及び乙は、出向者が相手方の秘密情報を出向元へ持ち出さないよう、
　必要な措置を講じるものとする。

よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Mail about an NDA / 秘密保持誓約書 quoting a contract clause: no marking, no personal data.",
    },
    {
        "id": "jinjiido-066",
        "charset": "cp932",
        "sender": "一ノ瀬 由香 <ichinose.yuka@hinode-sangyo.co.jp>",
        "to": ["大江 直樹 <ooe.naoki.fam@gmail.com>"],
        "subject": "福岡の社宅候補物件のご案内",
        "body": """大江さん

お疲れさまです。総務の一ノ瀬です。
ご自宅のアドレスにとのことでしたので、こちらにお送りします。
社宅パートナーズさんから、福岡の社宅候補として以下の物件の提案がありました。
ご家族とご相談のうえ、第3希望まで教えてください。

物件名　　　　　　　　所在地　　　　　　　　　　　　　　間取り　賃料　　　最寄駅
ルネサンス千代　　　　福岡市博多区千代4-31-7　　　　　　3LDK　 118,000円　千代県庁口 徒歩4分
グランフォレスト箱崎　福岡市東区箱崎2-12-20　　　　　　 3LDK　 124,000円　箱崎宮前 徒歩6分
サンハイツ吉塚　　　　福岡市博多区吉塚3-5-14　　　　　　2LDK　 96,000円　 吉塚 徒歩3分
パークサイド馬出　　　福岡市東区馬出1-9-33　　　　　　　3LDK　 131,000円　馬出九大病院前 徒歩5分

内見の手配は社宅パートナーズ 福岡営業所（092-471-3380）が行います。

一ノ瀬
""" + SIG_ICHINOSE,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "A list of rental properties (buildings, not people) to one employee's own free-mail address.",
    },
    {
        "id": "jinjiido-067",
        "charset": "utf-8",
        "sender": "一ノ瀬 由香 <ichinose.yuka@hinode-sangyo.co.jp>",
        "to": ["犬養 浩 <inukai.hiroshi@marumitsu-hikkoshi.co.jp>"],
        "subject": "事務所移転に伴う什器搬入先一覧",
        "body": """犬養様

お世話になっております。一ノ瀬です。
組織改編に伴う什器・書庫の移設について、搬入先の拠点一覧をCSVでお送りします。
各拠点の受付時間は平日9時～17時です。

よろしくお願いします。
""" + SIG_ICHINOSE,
        "attachments": [
            {
                "kind": "csv",
                "name": "hannyu_kyoten.csv",
                "encoding": "cp932",
                "rows": [
                    ["拠点名", "郵便番号", "住所", "代表電話", "搬入日"],
                    ["日の出産業 大阪支店", "564-0051", "大阪府吹田市豊津町9-40 江坂ビジネスセンター5F", "06-6338-2200", "2026/10/05"],
                    ["日の出産業 東京支社", "140-0011", "東京都品川区東大井5-23-34 大井町第一ビル8F", "03-5762-4100", "2026/10/06"],
                    ["日の出産業 福岡営業所", "812-0011", "福岡県福岡市博多区博多駅前3-19-5 博多石川ビル6F", "092-481-7720", "2026/10/07"],
                    ["日の出ロジスティクス 浜松物流センター", "433-8118", "静岡県浜松市中央区高丘西2-14-1", "053-437-5511", "2026/10/08"],
                    ["日の出産業 四日市工場", "510-0851", "三重県四日市市塩浜町1-30", "059-345-6600", "2026/10/09"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CSV of company sites with office addresses and switchboards: a list of businesses, not people.",
    },
    {
        "id": "jinjiido-068",
        "charset": "iso-2022-jp",
        "sender": "一ノ瀬 由香 <ichinose.yuka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 法人営業 <corporate@sakura-hotel.jp>"],
        "subject": "法人契約料金の適用ホテルについて",
        "body": """さくらホテル 法人営業ご担当者様

いつもお世話になっております。日の出産業 総務部の一ノ瀬です。

今期、転勤者・出向者の着任時の仮住まいとして貴社ホテルを利用する予定です。
法人契約料金（長期滞在）が適用される下記の各ホテルについて、
10月～12月の空室状況を教えていただけますでしょうか。

・さくらホテル江坂　　　　大阪府吹田市江坂町1-13-41　　06-6385-1800
・さくらホテル大井町　　　東京都品川区大井1-50-5　　　　03-3777-0330
・さくらホテル博多駅前　　福岡市博多区博多駅前2-8-12　　092-432-4410
・さくらホテル仙台東口　　仙台市宮城野区榴岡1-6-30　　　022-299-3100
・さくらホテル浜松　　　　浜松市中央区砂山町324-5　　　 053-458-2700

利用人数は各ホテル月1～3名程度を見込んでおります。
よろしくお願いいたします。
""" + SIG_ICHINOSE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "List of five hotels with their addresses and front-desk numbers: businesses, not people.",
    },
    {
        "id": "jinjiido-069",
        "charset": "utf-8",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["石動 美咲 <isurugi.misaki@kawasaki-denki.co.jp>", "白川 遥 <shirakawa.haruka@shirakawa-law.jp>"],
        "cc": ["五十嵐 隆之 <igarashi.takayuki@hinode-sangyo.co.jp>"],
        "subject": "転籍スキームに関する三者協議（10/29）",
        "body": """川崎電機株式会社 石動様
白川法律事務所 白川先生

いつもお世話になっております。日の出産業の氷室でございます。

出向から転籍への切替えスキームについて、先日お話しした三者での協議を下記のとおり
設定させていただきました。

　日時：10月29日（木）16:00～17:00
　場所：白川法律事務所 会議室（名古屋市中区丸の内2-18-22 丸の内白川ビル4F）
　議題：転籍同意書の文言／退職金の通算方法／労働条件の不利益変更への該当性

資料は前日までにお送りします。
よろしくお願いいたします。
""" + SIG_HIMURO,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Normal three-way meeting mail: two external organisations in To, no personal data.",
    },
    {
        "id": "jinjiido-070",
        "charset": "iso-2022-jp",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["及川 秀樹 <oikawa.hideki72@gmail.com>"],
        "subject": "転籍後の労働条件についてのご説明",
        "body": """及川さん

人事課の氷室です。昨日はお時間をいただきありがとうございました。
ご質問のあった点について回答します。

1. 年次有給休暇：日の出産業での勤続年数を通算し、転籍後も現在の付与日数（20日）を維持します。
2. 退職金：転籍日時点で日の出産業の規程により算定し、北国フーズの制度に通算します。
3. 社宅：北国フーズの社宅規程が適用されますが、経過措置として2年間は現行の自己負担額とします。

ご家族とご相談のうえ、転籍同意書は10月16日までにご提出ください。
ほかにもご不明点があれば、遠慮なくご連絡ください。

氷室
""" + SIG_HIMURO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Explanation of transfer terms to the employee himself at his own free-mail address: one free-mail recipient.",
    },
]

# ---------------------------------------------------------------------------- 071-085
MESSAGES += [
    {
        "id": "jinjiido-071",
        "charset": "utf-8",
        "sender": "渡嘉敷 亮 <tokashiki.ryo@hinode-sangyo.co.jp>",
        "to": ["久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>"],
        "cc": ["給与グループ <kyuyo-g@hinode-sangyo.co.jp>"],
        "subject": "転籍者の個人番号（源泉徴収票作成用）",
        "body": """久慈さん

お疲れさまです。渡嘉敷です。
12/1転籍者の退職時源泉徴収票を作るのに、個人番号が3名分マスタから漏れていました。
本人確認済みの番号を共有します。マスタ登録後、このメールは削除してください。

　押切 奈々　　""" + _mn(9, "-") + """
　瀬戸口 豊　　""" + _mn(10, "-") + """
　八木沼 聡子　""" + _mn(11, "-") + """

渡嘉敷
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "My Numbers of three people, but sender and all recipients are internal.",
    },
    {
        "id": "jinjiido-072",
        "charset": "iso-2022-jp",
        "sender": "稲葉 光太郎 <inaba.kotaro@hinode-sangyo.co.jp>",
        "to": ["久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>"],
        "subject": "出向予定者の面談結果（産業医）",
        "body": """久慈さん

産業医の稲葉です。本日の出向前面談の結果をお知らせします。

・牧之原 翔さん：適応障害で通院中（月1回）。症状は安定。時間外20h/月以内を推奨。
・鬼頭 正和さん：2型糖尿病。低血糖発作の既往があるため深夜勤務は不可。
・沢渡 あゆみさん：うつ病寛解後1年。出向自体は可。ただし単身赴任は避けるのが望ましい。

出向先への情報提供は、ご本人の同意を得た範囲に限ってください。

稲葉
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "Health information of named employees, but between the in-house physician and HR only (internal).",
    },
    {
        "id": "jinjiido-073",
        "charset": "cp932",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["芦田 紗希 <ashida.saki@hinode-logi.co.jp>"],
        "subject": "出向者の同意書回収状況",
        "body": """芦田様

お世話になっております。小野寺です。

10月出向者6名の「出向同意書」および「個人情報の取扱いに関する同意書」は、
本日までに全員分を回収いたしました。
原本は当社で保管し、写しを社内便で貴社人事総務部宛てにお送りします（9/18着予定）。

なお、個人情報の第三者提供に関する同意の範囲は、同意書第3項のとおり
「出向先における人事労務管理に必要な範囲」としております。
貴社で健康情報を取り扱う場合は別途同意が必要となりますのでご留意ください。

よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Talks about 個人情報 and consent forms in passing; no one's data is carried.",
    },
    {
        "id": "jinjiido-074",
        "charset": "utf-8",
        "sender": "Emily Saeki <saeki.emily@hinode-sangyo.co.jp>",
        "to": ["Mark Delaney <mdelaney@hinode-usa.com>"],
        "subject": "Arrival of Ms. Minagawa - 11 January",
        "body": """Hi Mark,

Quick update: Yuka Minagawa's visa was approved, and she will arrive in Columbus on
Monday, 11 January (ANA NH114 to Chicago, then connecting). Could someone from your
team pick her up at CMH?

Her contact details during the first weeks:
  Mobile (Japan, roaming): +81-80-9104-3326
  E-mail: minagawa.yuka@hinode-sangyo.co.jp

She will stay at the Residence Inn Columbus Downtown until her apartment lease starts.

Best,
Emily
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "One assignee's mobile and e-mail to the US subsidiary for airport pick-up: one person's record, may be warned.",
    },
    {
        "id": "jinjiido-075",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["比嘉 忠 <higa.tadashi@kitaguni-foods.co.jp>"],
        "subject": "12月着任者のご連絡（羽生）",
        "body": """比嘉様

お世話になっております。日の出産業の小野寺です。
12月1日付で札幌工場に着任する者の情報です。

　氏名：羽生 沙良（はぶ さら）
　着任日：2026年12月1日（火）
　配属：品質管理課
　携帯：080-4528-7163
　メール：habu.sara@hinode-sangyo.co.jp

着任当日は8:30に正門守衛所へ伺うよう伝えております。
よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "One secondee's contact details to the host company: single record, may be warned.",
    },
    {
        "id": "jinjiido-076",
        "charset": "cp932",
        "sender": "二階堂 佳奈 <nikaido.kana@hinode-sangyo.co.jp>",
        "to": ["長谷部 綾 <hasebe.aya@tsubasa-system.jp>"],
        "subject": "11/2 事前見学の参加者",
        "body": """長谷部様

お世話になっております。日の出産業 人事課の二階堂です。
10/26の事前職場見学に伺うメンバーは以下の4名です。
当日何かあれば各自の携帯にご連絡ください。

　菅生 真人　090-3471-2206
　戸叶 由依　080-5562-9013
　臼井 舞子　070-2064-8851
　二階堂 佳奈（引率）　080-1736-4492

よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Four visitors' names and mobiles: under the five-person threshold, may be warned.",
    },
    {
        "id": "jinjiido-077",
        "charset": "utf-8",
        "sender": "桧山 圭 <hiyama.kei@hinode-sangyo.co.jp>",
        "to": ["川崎電機 経理部 買掛金担当 <kaikake@kawasaki-denki.co.jp>"],
        "cc": ["石動 美咲 <isurugi.misaki@kawasaki-denki.co.jp>"],
        "subject": "出向負担金 請求書（2026年9月分）",
        "body": """川崎電機株式会社 経理部 御中

いつもお世話になっております。日の出産業 経理部の桧山です。
2026年9月分の出向負担金の請求書をお送りします。

　請求書番号：HS-SK-2609-0042
　請求金額：4,862,400円（税込）
　お支払期日：2026年10月31日
　登録番号：T5180001027318
　お振込先：みどり銀行 本店営業部 当座 0128844　ニチノデサンギヨウ（カ

明細（対象8名分）は請求書2ページ目をご参照ください。
よろしくお願いいたします。

--
日の出産業株式会社 経理部 桧山 圭
TEL 052-261-4481
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "請求書_HS-SK-2609-0042.pdf",
                "title": "請求書",
                "lines": [
                    "請 求 書　　　　　　　　　　　　　請求書番号 HS-SK-2609-0042",
                    "川崎電機株式会社 御中",
                    "日の出産業株式会社　登録番号 T5180001027318",
                    "件名：出向負担金（2026年9月分）",
                ],
                "table": [
                    ["品目", "数量", "単価", "金額"],
                    ["出向負担金（技術出向 8名）", "1", "4,420,364", "4,420,364"],
                    ["消費税（10%）", "", "", "442,036"],
                    ["合計", "", "", "4,862,400"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "Invoice with invoice number, T-number and the company's own bank account; no individual named.",
    },
    {
        "id": "jinjiido-078",
        "charset": "iso-2022-jp",
        "sender": "二階堂 佳奈 <nikaido.kana@hinode-sangyo.co.jp>",
        "to": ["芦田 紗希 <ashida.saki@hinode-logi.co.jp>"],
        "subject": "出向関係書類（原本）発送のお知らせ",
        "body": """芦田様

お世話になっております。日の出産業 人事課の二階堂です。
出向同意書の写しほか関係書類一式を、本日ヤマト運輸で発送いたしました。

　お問い合わせ伝票番号：4281-6630-9175
　お届け予定：9月18日（金）午前中
　内容：出向同意書（写し）6部、出向辞令（写し）6部、送付状

到着しましたら、お手数ですが受領のご連絡をお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Shipping notice with a tracking number only.",
    },
    {
        "id": "jinjiido-079",
        "charset": "cp932",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["東海林 哲也 <shoji.tetsuya@aoba-unyu.co.jp>"],
        "subject": "当社出向規程（改定版）の送付",
        "body": """東海林様

お世話になっております。氷室です。
ご依頼の当社出向規程（2026年4月改定版）をPDFでお送りします。
出向手当・帰任時の取扱いは第9条～第14条をご参照ください。

よろしくお願いいたします。
""" + SIG_HIMURO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "出向規程_2026改定.pdf",
                "title": "出向規程",
                "page_footer": "日の出産業株式会社 出向規程（2026年4月1日改定）",
                "lines": [
                    "出向規程",
                    "第1条（目的）この規程は、従業員を関係会社等に出向させる場合の取扱いを定める。",
                    "第2条（定義）在籍出向とは、当社の従業員としての地位を保有したまま他社で勤務することをいう。",
                    "第9条（出向手当）出向者には、出向先の所在地に応じて別表の出向手当を支給する。",
                    "第12条（社会保険）出向者の社会保険は、原則として給与を支給する会社で加入する。",
                    "第14条（帰任）出向期間満了時は、原則として出向前の職位相当で復帰させる。",
                ],
                "table": [
                    ["地域区分", "出向手当（月額）"],
                    ["東海3県", "10,000円"],
                    ["首都圏・関西", "20,000円"],
                    ["北海道・九州", "25,000円"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Company rulebook as PDF, no personal data, no classification marking.",
    },
    {
        "id": "jinjiido-080",
        "charset": "utf-8",
        "sender": "一ノ瀬 由香 <ichinose.yuka@hinode-sangyo.co.jp>",
        "to": ["新居 健 <arai.ken@shataku-partners.co.jp>"],
        "subject": "借上社宅 家賃上限・自己負担額の一覧",
        "body": """新居様

お世話になっております。一ノ瀬です。
物件選定の前提として、当社の借上社宅の家賃上限と自己負担額の表をお送りします。
貴社システムの取込がxlsのみとのことでしたので旧形式にしております。

よろしくお願いいたします。
""" + SIG_ICHINOSE,
        "attachments": [
            {
                "kind": "xls",
                "name": "shataku_jogen_2026.xls",
                "sheets": {
                    "家賃上限": [
                        ["地域", "単身", "2人世帯", "3人以上世帯"],
                        ["東京23区", 105000, 150000, 190000],
                        ["大阪市・吹田市", 80000, 120000, 145000],
                        ["福岡市", 70000, 105000, 130000],
                        ["仙台市", 65000, 95000, 120000],
                        ["浜松市・四日市市", 55000, 80000, 100000],
                    ],
                    "自己負担": [
                        ["区分", "自己負担率"],
                        ["単身", "家賃の20%"],
                        ["世帯", "家賃の15%"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "XLS of rent caps by region and household size: rules, no people.",
    },
    {
        "id": "jinjiido-081",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["石動 美咲 <isurugi.misaki@kawasaki-denki.co.jp>"],
        "subject": "出向者オリエンテーション資料（ご確認のお願い）",
        "body": """石動様

お世話になっております。小野寺です。
出向者向けオリエンテーションで使用する資料の案を添付いたします。
貴社の就業ルール（入退場・安全教育）の記載に誤りがないか、ご確認いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "pptx",
                "name": "出向者オリエンテーション_案.pptx",
                "title": "出向者オリエンテーション",
                "slides": [
                    ["出向者オリエンテーション", "日の出産業株式会社 人事部", "2026年10月"],
                    ["出向とは", "・在籍出向：日の出産業の社員のまま川崎電機で勤務", "・期間：原則3年"],
                    ["勤務ルール", "・勤務時間、休日は川崎電機の規則による", "・入退場はIDカードで記録"],
                    ["困ったときは", "・出向者相談窓口：人事部 人事課（内線3712）", "・メンタルヘルス相談：外部EAP"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Generic orientation slides: no personal data, no marking.",
    },
    {
        "id": "jinjiido-082",
        "charset": "utf-8",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["東海林 哲也 <shoji.tetsuya@aoba-unyu.co.jp>"],
        "subject": "FW: 出向者歓迎会の会場について",
        "body": """東海林様

小野寺です。歓迎会の件、会場のさくらホテルから届いたメールを添付します。
コース内容と人数の最終確定は10/2までとのことです。
ご確認ください。
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "歓迎会会場のご案内.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "さくらホテル浜松 宴会予約 <banquet-hamamatsu@sakura-hotel.jp>",
                    "to": ["小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>"],
                    "subject": "歓迎会会場のご案内",
                    "body": """日の出産業株式会社 小野寺様

このたびはお問い合わせいただきありがとうございます。
10月9日（金）18:30～ 宴会場「桜の間」を仮押さえいたしました。

　和洋ビュッフェ 5,500円（税込・飲み放題90分付）
　20名様～40名様

人数確定は10月2日までにご連絡ください。
さくらホテル浜松 宴会予約係
TEL 053-458-2711
""",
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Attached hotel mail with a venue offer: business contacts only.",
    },
    {
        "id": "jinjiido-083",
        "charset": "cp932",
        "sender": "二階堂 佳奈 <nikaido.kana@hinode-sangyo.co.jp>",
        "to": ["芦田 紗希 <ashida.saki@hinode-logi.co.jp>"],
        "subject": "転籍手続き様式一式（空欄）",
        "body": """芦田様

お世話になっております。二階堂です。
転籍手続きで使用する当社様式（空欄のもの）をまとめてお送りします。
貴社で記入例を作成される際のご参考にどうぞ。

二階堂
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "転籍様式一式.zip",
                "files": [
                    {"kind": "docx", "name": "転籍同意書_様式.docx", "paragraphs": [
                        "転籍同意書",
                        "私は、日の出産業株式会社を　　年　　月　　日付で退職し、",
                        "日の出ロジスティクス株式会社に入社することに同意します。",
                        "氏名：＿＿＿＿＿＿＿＿　　印",
                    ]},
                    {"kind": "xlsx", "name": "転籍時_手当比較表_様式.xlsx", "sheets": {"比較": [
                        ["項目", "転籍前", "転籍後", "差額"],
                        ["基本給", "", "", ""],
                        ["住宅手当", "", "", ""],
                    ]}},
                    {"kind": "txt", "name": "はじめにお読みください.txt", "encoding": "cp932",
                     "text": "様式は2026年4月改定版です。\n押印欄は署名でも可。\n日の出産業 人事部"},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Plain ZIP of blank forms and a readme: no personal data, readable.",
    },
    {
        "id": "jinjiido-084",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["kizaki-haruto@docomo.ne.jp"],
        "subject": "着任初日の集合場所",
        "body": """木崎さん

人事課の小野寺です。携帯アドレスに失礼します。
着任初日（10/1）の集合場所の地図を添付します。
浜松物流センターの正門ではなく、東側の通用門からお入りください。
8:45集合です。

小野寺
""",
        "attachments": [
            {"kind": "png", "name": "hamamatsu_center_map.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Map image to one employee's carrier mail address: a single free-mail recipient, no personal data.",
    },
    {
        "id": "jinjiido-085",
        "charset": "utf-8",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["人事部全員 <jinji-all@hinode-sangyo.co.jp>"],
        "subject": "【人事部内】出向・転籍対象者 管理表（10月時点）",
        "html": """<html><body>
<p>人事部各位</p>
<p>10月時点の出向・転籍対象者の管理表です。部内限りでお願いします。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-size:9pt">
<tr><th>社員番号</th><th>氏名</th><th>生年月日</th><th>区分</th><th>出向先/転籍先</th><th>携帯</th><th>住所</th></tr>
<tr><td>H20417</td><td>榊原 拓海</td><td>1988/04/12</td><td>出向</td><td>日の出ロジ</td><td>090-3318-2741</td><td>愛知県名古屋市緑区鳴海町字伝治山12-3</td></tr>
<tr><td>H21088</td><td>百瀬 由梨</td><td>1992/11/03</td><td>出向</td><td>日の出ロジ</td><td>080-6627-1190</td><td>愛知県豊明市前後町善江1645-2</td></tr>
<tr><td>H18552</td><td>鬼頭 正和</td><td>1979/02/27</td><td>出向</td><td>日の出ロジ</td><td>090-8845-0362</td><td>愛知県春日井市高蔵寺町北2-41-7</td></tr>
<tr><td>H22310</td><td>祖父江 遥</td><td>1996/07/19</td><td>出向</td><td>日の出ロジ</td><td>070-2291-5836</td><td>岐阜県多治見市音羽町3-88</td></tr>
<tr><td>H19974</td><td>加賀谷 修</td><td>1984/09/08</td><td>出向</td><td>日の出ロジ</td><td>090-4410-7723</td><td>愛知県一宮市木曽川町黒田字北宿二ノ切25</td></tr>
<tr><td>H23105</td><td>仲宗根 美月</td><td>1999/12/30</td><td>出向</td><td>日の出ロジ</td><td>080-5173-9048</td><td>名古屋市天白区植田西1-1108</td></tr>
<tr><td>H17203</td><td>東雲 大輔</td><td>1981/05/14</td><td>出向</td><td>川崎電機</td><td>090-2714-6630</td><td>愛知県刈谷市一ツ木町5-18-2</td></tr>
<tr><td>H19561</td><td>芳賀 里奈</td><td>1989/10/22</td><td>出向</td><td>川崎電機</td><td>080-3952-1174</td><td>愛知県安城市御幸本町12-7</td></tr>
<tr><td>H20044</td><td>楠木 颯太</td><td>1990/03/06</td><td>出向</td><td>川崎電機</td><td>090-6081-2295</td><td>愛知県知立市西町神田40-3</td></tr>
<tr><td>H15532</td><td>雨宮 智之</td><td>1975/03/18</td><td>転籍</td><td>日の出ロジ</td><td>090-5047-2283</td><td>名古屋市中川区高畑1-155</td></tr>
<tr><td>H17806</td><td>押切 奈々</td><td>1983/07/02</td><td>転籍</td><td>日の出ロジ</td><td>080-2236-7719</td><td>愛知県清須市西枇杷島町花咲52</td></tr>
<tr><td>H18219</td><td>瀬戸口 豊</td><td>1984/11/25</td><td>転籍</td><td>日の出ロジ</td><td>090-6621-0348</td><td>名古屋市港区港明2-3-11</td></tr>
<tr><td>H16980</td><td>菅生 真人</td><td>1986/04/09</td><td>転籍</td><td>ツバサシステム</td><td>090-3471-2206</td><td>愛知県尾張旭市東本地ヶ原町1-84</td></tr>
<tr><td>H20215</td><td>戸叶 由依</td><td>1990/12/16</td><td>転籍</td><td>ツバサシステム</td><td>080-5562-9013</td><td>名古屋市守山区小幡南1-23-7</td></tr>
<tr><td>H14457</td><td>及川 秀樹</td><td>1972/04/03</td><td>転籍</td><td>北国フーズ</td><td>090-6302-1185</td><td>北海道札幌市北区北24条西5-2-11</td></tr>
</table>
<p>氷室</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "HTML-only table of 15 employees with DOB, mobile, address, sent to an internal HR mailing list only.",
    },
]

# ---------------------------------------------------------------------------- 086-100
MESSAGES += [
    {
        "id": "jinjiido-086",
        "charset": "iso-2022-jp",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>"],
        "bcc": [
            "oikawa.hideki72@gmail.com",
            "jimbo-yumiko@yahoo.co.jp",
            "y.ishikari@outlook.jp",
            "saki.natori0508@icloud.com",
            "chitose-d@ezweb.ne.jp",
            "akari.horomura@gmail.com",
        ],
        "subject": "【転籍対象の皆様へ】北国フーズ 工場見学会のご案内",
        "body": """転籍対象の皆様

人事課の氷室です。
（個人アドレス宛のため、BCCでお送りしています）

転籍先となる北国フーズ株式会社の札幌工場見学会を、下記のとおり開催します。

　日時：11月14日（土）13:00～16:00
　集合：北国フーズ 札幌工場 正門（札幌市東区東苗穂12条3丁目）
　内容：工場見学、職場の方との懇談、社宅見学（希望者）

交通費は実費精算します。参加可否を11月6日までにご返信ください。

氷室
""" + SIG_HIMURO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Six private free-mail recipients, correctly in Bcc (not visible to each other); no personal data.",
    },
    {
        "id": "jinjiido-087",
        "charset": "utf-8",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["石動 美咲 <isurugi.misaki@kawasaki-denki.co.jp>"],
        "subject": "Re: 出向者評価制度の資料について",
        "body": """石動様

お世話になっております。氷室です。

ご依頼のあった当社の評価制度の詳細資料ですが、社外秘扱いの規程類を含むため
メールでのお送りは控えさせていただき、次回のお打ち合わせの際に紙でお見せいたします。
概要だけ先にお伝えしますと、出向者の評価は出向先上長の一次評価をもとに、
当社の所属長が二次評価を行う仕組みです。

お手数をおかけしますが、よろしくお願いいたします。

氷室

> 氷室様
> 出向者の評価方法について、御社の評価制度の資料をいただくことは可能でしょうか。
> 川崎電機 石動
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Mentions 社外秘 in passing (explaining why nothing is attached); the mail itself is not marked.",
    },
    {
        "id": "jinjiido-088",
        "charset": "cp932",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["長谷部 綾 <hasebe.aya@tsubasa-system.jp>"],
        "subject": "出向者のPC持込みについて",
        "body": """長谷部様

お世話になっております。小野寺です。

出向者が当社貸与PCを貴社オフィスに持ち込む件ですが、当社の情報システム部に確認したところ、
機密情報の漏えい防止の観点から、貴社ネットワークへの接続は行わず、
当社VPN経由でのみ利用する運用としたいとのことでした。

貴社の入館時の持込申請の様式があれば、お送りいただけますでしょうか。
よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The word 機密 used in passing in ordinary business mail; no marking, no personal data.",
    },
    {
        "id": "jinjiido-089",
        "charset": "iso-2022-jp",
        "sender": "一ノ瀬 由香 <ichinose.yuka@hinode-sangyo.co.jp>",
        "to": ["犬養 浩 <inukai.hiroshi@marumitsu-hikkoshi.co.jp>"],
        "subject": "引越し作業日の確定（伴野様）",
        "body": """犬養様

お世話になっております。一ノ瀬です。
伴野様ご夫妻のお引越し日程が確定しましたのでご連絡します。

　搬出：10月1日（木）9:00～　愛知県犬山市犬山東古券640
　搬入：10月2日（金）10:00～　静岡県浜松市中央区布橋2-8-30 ハイツ布橋202
　連絡先：伴野 修平 様 090-6692-1753／奥様（伴野 恵 様）080-2671-5508

梱包資材は9月24日までにお届けいただけますと助かります。
よろしくお願いいたします。
""" + SIG_ICHINOSE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "One couple's (2 people) addresses and mobiles to the removal company: under the threshold, may be warned.",
    },
    {
        "id": "jinjiido-090",
        "charset": "utf-8",
        "sender": "Emily Saeki <saeki.emily@hinode-sangyo.co.jp>",
        "to": ["Rachel Okafor <rokafor@meridian-visa.com>"],
        "subject": "Re: L-1A petitions - details of our two assignees",
        "body": """Dear Ms. Okafor,

Thank you - we will have the support letters signed by our President by Friday and
courier them to your New York office (FedEx). I will send you the tracking number once
it is shipped.

Best regards,
Emily Saeki
Global HR, Hinode Sangyo Co., Ltd.

On Thu, Sep 17, 2026 at 9:42 PM Rachel Okafor <rokafor@meridian-visa.com> wrote:
> Dear Ms. Saeki,
>
> Thank you for the details. For the record, we have:
>   1. Kazuhiro TACHIBANA, born 14 March 1979, passport TR4829163
>   2. Yuka MINAGAWA, born 2 October 1987, passport TK7730215
>
> We now need the employer support letters on company letterhead, signed in wet ink.
>
> Regards,
> Rachel Okafor, Meridian Visa Law LLP
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Passport numbers appear only in the quoted text of the recipient's own mail; the new text carries none.",
    },
    {
        "id": "jinjiido-091",
        "charset": "cp932",
        "sender": "久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>",
        "to": ["高取 瑛太 <takatori@sr-morioka.jp>"],
        "subject": "RE: 資格取得届の不足事項について",
        "body": """高取様

ご確認ありがとうございます。久慈です。
ご指摘の不足事項は、本人に確認のうえ今週中に書面（簡易書留）でお送りします。
メールでのお送りは控えさせていただきますので、ご了承ください。

久慈

-----Original Message-----
From: 高取 瑛太 <takatori@sr-morioka.jp>
Sent: Wednesday, October 21, 2026 5:18 PM
To: 久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>
Subject: 資格取得届の不足事項について

日の出産業 久慈様

資格取得届の作成にあたり、以下の方の情報が不足しております。

氏名　　　　　生年月日　　　住所　　　　　　　　　　　　　　　不足事項
雨宮 智之　　 1975/03/18　 名古屋市中川区高畑1-155　　　　　 基礎年金番号
押切 奈々　　 1983/07/02　 愛知県清須市西枇杷島町花咲52　　　 基礎年金番号
瀬戸口 豊　　 1984/11/25　 名古屋市港区港明2-3-11　　　　　　 被扶養者の続柄
角倉 優　　　 1988/02/14　 名古屋市西区浄心1-8-33　　　　　　 基礎年金番号
八木沼 聡子　 1991/06/07　 愛知県北名古屋市西之保清水田14　　 住所（番地）
蔵前 陽介　　 1993/04/21　 愛知県一宮市本町3-6-2　　　　　　 基礎年金番号

ご確認をお願いいたします。
森岡社会保険労務士事務所 高取
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The 6-person list is only in the quoted original from the recipient; the new text adds no personal data.",
    },
    {
        "id": "jinjiido-092",
        "charset": "utf-8",
        "sender": "渡嘉敷 亮 <tokashiki.ryo@hinode-sangyo.co.jp>",
        "to": ["桧山 圭 <hiyama.kei@hinode-sangyo.co.jp>"],
        "subject": "出向者 負担金計算の元データ（PW付）",
        "body": """桧山さん

渡嘉敷です。
9月分の出向負担金の計算元データです（個人別の給与が入っているのでPWを付けています）。
PWはTeamsで送ります。

渡嘉敷
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "futankin_202609.zip",
                "password": "fk0926#hs",
                "files": [
                    {"kind": "xlsx", "name": "futankin_202609.xlsx", "sheets": {"9月": [
                        ["社員番号", "氏名", "総支給", "会社負担社保", "負担金(80%)"],
                        ["H17203", "東雲 大輔", 512000, 78400, 472320],
                        ["H19561", "芳賀 里奈", 401000, 61300, 369840],
                    ]}},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Password ZIP, but sent only between two internal staff.",
    },
    {
        "id": "jinjiido-093",
        "charset": "iso-2022-jp",
        "sender": "五十嵐 隆之 <igarashi.takayuki@hinode-sangyo.co.jp>",
        "to": ["氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>", "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>"],
        "subject": "転籍スキーム 経営会議資料（最終）",
        "body": """氷室さん、小野寺さん

五十嵐です。
明日の経営会議に出す転籍スキームの資料、最終版です。
社外秘ですので、川崎電機さんとの協議には別途、社外向けの版を作ってください。

五十嵐
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "転籍スキーム_経営会議_最終.docx",
                "title": "転籍スキーム（経営会議資料）",
                "page_header": "社外秘",
                "paragraphs": [
                    "技術部門の転籍スキームについて",
                    "1. 対象：技術本部のうち川崎電機へ出向中の8名",
                    "2. 条件：転籍一時金（年収の30%）、退職金の通算",
                    "3. 想定コスト：一時金合計 約2,100万円",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Document stamped 社外秘, but every recipient is internal.",
    },
    {
        "id": "jinjiido-094",
        "charset": "cp932",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": [
            "石動 美咲 <isurugi.misaki@kawasaki-denki.co.jp>",
            "生産技術部 藤代部長 <fujishiro.t@kawasaki-denki.co.jp>",
            "品質保証部 宍戸課長 <shishido.m@kawasaki-denki.co.jp>",
        ],
        "cc": ["氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>"],
        "subject": "出向者の中間評価面談の実施について",
        "body": """川崎電機株式会社
人事部 石動様
生産技術部 藤代部長
品質保証部 宍戸課長

いつもお世話になっております。日の出産業 人事課の小野寺です。

出向者の中間評価面談を、11月中に各部で実施いただきたくご連絡いたしました。
評価シートは来週、石動様経由でお渡しします。

　実施期間：11月9日～11月27日
　面談時間：1人あたり30分程度
　提出先：評価シートは石動様にお取りまとめいただき、12月4日までに当社人事課へ

ご多用のところ恐縮ですが、よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Three recipients, all of one partner organisation (kawasaki-denki.co.jp): not three external parties.",
    },
    {
        "id": "jinjiido-095",
        "charset": "utf-8",
        "sender": "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>",
        "to": ["白川 遥 <shirakawa.haruka@shirakawa-law.jp>"],
        "subject": "出向先候補企業の一覧（労働者派遣該当性のご確認）",
        "body": """白川先生

いつもお世話になっております。日の出産業の氷室です。

来期に出向者の受入れをお願いする予定の企業一覧です。
いずれも資本関係がない会社のため、業として行う出向（労働者供給）に該当しないか
ご確認いただけますでしょうか。

会社名　　　　　　　　　　　法人番号　　　　　所在地　　　　　　　　　　　　代表電話
川崎電機株式会社　　　　　　2200001041822　　愛知県刈谷市昭和町2-5　　　　　0566-21-3300
青葉運輸株式会社　　　　　　7100001049037　　静岡県浜松市中央区砂山町1204　 053-454-1120
株式会社ツバサシステム　　　8201001028861　　名古屋市中村区名駅4-6-23　　　 052-582-7700
北国フーズ株式会社　　　　　2120001150573　　札幌市東区東苗穂12条3-1-1　　　011-791-5500
サイアム・プレシジョン社　　－（タイ法人）　　Amata City Chonburi, Thailand　+66-38-214-600

出向目的はいずれも技術指導・人材育成です。
よろしくお願いいたします。
""" + SIG_HIMURO,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "List of five companies with 法人番号, office addresses and switchboards: businesses, not people.",
    },
    {
        "id": "jinjiido-096",
        "charset": "iso-2022-jp",
        "sender": "渡嘉敷 亮 <tokashiki.ryo@hinode-sangyo.co.jp>",
        "to": ["丹羽 淳 <niwa.jun@hinode-bs.co.jp>"],
        "subject": "綿貫さん 振込口座の変更",
        "body": """丹羽さん

お疲れさまです。渡嘉敷です。
綿貫 俊介さんから振込口座の変更届が出ましたので、11月支給分から反映をお願いします。

　変更後：みどり銀行 名古屋駅前支店 普通 6630915（ワタヌキ シユンスケ）

届出の原本は社内便で送ります。

渡嘉敷
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "One person's bank account to the group payroll company: a single record, may be warned.",
    },
    {
        "id": "jinjiido-097",
        "charset": "utf-8",
        "sender": "Emily Saeki <saeki.emily@hinode-sangyo.co.jp>",
        "to": ["Pornthip Srisuk <pornthip.s@siam-precision.co.th>"],
        "subject": "Timeline for the April 2027 secondments",
        "body": """Dear Khun Pornthip,

As discussed, here is the proposed timeline for next year's secondments:

  - Nov 2026 : internal announcement in Hinode Sangyo
  - Dec 2026 : pre-assignment training in Nagoya (language, Thai labour law basics)
  - Jan 2027 : work permit / visa applications submitted via your BOI office
  - Mar 2027 : housing search trip (2 days, Amata City / Sriracha)
  - 1 Apr 2027 : start of secondment

Could you confirm whether the BOI processing time (about 6 weeks last year) is still
realistic? If it is longer, we will move the applications to December.

Kind regards,
Emily
""" + SIG_SAEKI + "\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English planning mail to an overseas partner with the standard disclaimer; no personal data.",
    },
    {
        "id": "jinjiido-098",
        "charset": "cp932",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["芦田 紗希 <ashida.saki@hinode-logi.co.jp>"],
        "subject": "出向候補者との面談日程（案）",
        "body": """芦田様

お世話になっております。小野寺です。
貴社物流センター長との面談日程の案です。

　10/13（火）14:00～　鈴鹿さん
　10/13（火）15:00～　田原さん
　10/15（木）10:00～　鳥羽さん

場所は当社本社7F 第3会議室です。センター長のご都合はいかがでしょうか。

小野寺
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Interview slots with three surnames only: names carry no other personal data.",
    },
    {
        "id": "jinjiido-099",
        "charset": "iso-2022-jp",
        "sender": "二階堂 佳奈 <nikaido.kana@hinode-sangyo.co.jp>",
        "to": ["比嘉 忠 <higa.tadashi@kitaguni-foods.co.jp>"],
        "subject": "出向辞令の様式（参考）",
        "body": """比嘉様

お世話になっております。日の出産業 人事課の二階堂です。
貴社でも出向受入れ時の辞令を交付されるとのことで、当社の様式を参考までにお送りします。
社名・役職部分は自由に修正してお使いください。

二階堂
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "出向辞令_様式.docx",
                "title": "辞令（出向）",
                "paragraphs": [
                    "辞　令",
                    "○○部○○課　○○ ○○ 殿",
                    "　　年　　月　　日付をもって、北国フーズ株式会社への出向を命ずる。",
                    "出向先所属：　　　　　　　　",
                    "出向期間：　　年　　月　　日から　　年　　月　　日まで",
                    "日の出産業株式会社　代表取締役社長　日野 壮一郎",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Blank appointment-letter template (DOCX) with placeholders; no personal data.",
    },
    {
        "id": "jinjiido-100",
        "charset": "cp932",
        "sender": "久慈 沙織 <kuji.saori@hinode-sangyo.co.jp>",
        "to": ["森岡 直子 <morioka.naoko@sr-morioka.jp>"],
        "subject": "在籍出向時の社会保険の適用についてご相談",
        "body": """森岡先生

いつも大変お世話になっております。日の出産業 労務課の久慈です。

一般論としてのご相談です。
在籍出向で、給与を出向元（当社）と出向先で按分して支給する場合、
健康保険・厚生年金は二以上事業所勤務届の対象になるという理解でよろしいでしょうか。
また、その場合の標準報酬月額の算定は、両社の報酬を合算するという理解で合っていますでしょうか。

来期から按分支給のケースが出てくる見込みのため、事前に整理しておきたく存じます。
お手すきの際にご教示いただけますと幸いです。
""" + SIG_KUJI + "\n" + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "General question to the labour consultant with the standard disclaimer; no personal data.",
    },
]
