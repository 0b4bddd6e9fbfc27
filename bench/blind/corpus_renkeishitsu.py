"""ブラインド評価コーパス: 地域医療連携室（renkeishitsu）

日の出産業株式会社 日の出総合病院（企業立病院）の地域医療連携室が送るメール 100 通。
紹介状・受診報告・逆紹介、退院調整、転院先への打診、ケアマネジャー・訪問看護ステーション・
診療所・患者家族とのやりとり、空床情報など。

AREA = renkeishitsu, SEED = 24801
（マイナンバー・カード番号は build.my_number(SEED + k) / build.card_number(SEED + k) のみ。
 k は番号ごとに別。）
"""

from build import card_number, my_number

SEED = 24801


def _mn(k: int, sep: str = " ") -> str:
    n = my_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:]))


def _card(k: int, sep: str = "-") -> str:
    n = card_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:12], n[12:]))


# ---- 署名・定型文（実際のメールと同じく人ごとに使い回す） -------------------------------

SIG_SAEGUSA = """
--
日の出産業株式会社 日の出総合病院
地域医療連携室　三枝 さおり（さいぐさ）
〒317-0071 茨城県日立市鹿島町三丁目8番1号
TEL 0294-21-5510（連携室直通） FAX 0294-21-5519
saegusa.saori@hinode-sangyo.co.jp
"""

SIG_TAKASE = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出総合病院（日の出産業株式会社）
地域医療連携室　退院支援看護師
高瀬 美和子 Miwako Takase
TEL：0294-21-5510（内線 2214）／FAX：0294-21-5519
Mail：takase.miwako@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_NONOMURA = """
********************************
日の出総合病院 地域医療連携室
医療ソーシャルワーカー（社会福祉士）
野々村 拓
〒317-0071 茨城県日立市鹿島町3-8-1
直通 0294-21-5512　FAX 0294-21-5519
nonomura.taku@hinode-sangyo.co.jp
********************************
"""

SIG_SHIINA = """
-------------------------------------------
日の出産業株式会社
日の出総合病院 地域医療連携室（前方連携担当）
椎名 航　Wataru Shiina
TEL 0294-21-5510 / FAX 0294-21-5519
-------------------------------------------
"""

SIG_OKITA = """
日の出総合病院
地域医療連携室 室長　沖田 誠一
（日の出産業株式会社 医療事業部）
電話 0294-21-5500（代表）
"""

SIG_RENKEI = """
─────────────────────
日の出総合病院 地域医療連携室
受付時間　平日 8:30〜17:15
TEL 0294-21-5510　FAX 0294-21-5519
renkei@hinode-sangyo.co.jp
─────────────────────
"""

DISCLAIMER_JA = """
【ご注意】本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited.
"""

MESSAGES = []

# ---- 001-020 -------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "renkeishitsu-001",
        "charset": "iso-2022-jp",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["やまぶき内科クリニック <uketsuke@yamabuki-naika.jp>"],
        "subject": "ご紹介患者様 受診報告（循環器内科 葛西）",
        "body": """やまぶき内科クリニック
院長 大貫 正彦 先生

いつも大変お世話になっております。
日の出総合病院 地域医療連携室の三枝でございます。

先日ご紹介いただきました患者様が本日受診されましたので、
担当医（循環器内科 葛西）からの受診報告を取り急ぎお送りいたします。

　患者氏名：綿引 トミ 様（ワタヒキ トミ）
　生年月日：昭和１６年３月２８日（８５歳）
　受診日　：令和８年１０月１４日
　診断　　：慢性心不全増悪（NYHA III度）、持続性心房細動、2型糖尿病
　所見　　：BNP 812pg/mL、心エコーにてEF 38%、両下腿に圧痕性浮腫
　方針　　：本日より循環器内科病棟へ入院とし、利尿薬の調整を行います。

正式な診療情報提供書は本日付で郵送いたしました。
退院の目途が立ちましたら改めてご報告申し上げます。
""" + SIG_SAEGUSA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "紹介元診療所へ患者1名の氏名・生年月日・診断名を本文で送付（要配慮個人情報）",
    },
    {
        "id": "renkeishitsu-002",
        "charset": "shift_jis",
        "sender": "地域医療連携室 <renkei@hinode-sangyo.co.jp>",
        "to": ["地域医療連携室 <renkei@hinode-sangyo.co.jp>"],
        "bcc": ["info@yamabuki-naika.jp", "clinic@sakuragawa-seikei.com",
                "office@hidamari-zaitaku.jp", "renraku@minato-ganka.jp",
                "jimu@kotobuki-pharmacy.co.jp"],
        "subject": "【日の出総合病院】空床状況のお知らせ（10月第3週）",
        "body": """連携医療機関の皆様

平素より当院の地域医療連携にご協力いただき、誠にありがとうございます。
今週の病棟別空床状況をお知らせいたします（10月19日 9時現在）。

病棟        病床種別        許可病床  空床  男性可  女性可  備考
----------------------------------------------------------------------
3東病棟     急性期一般          48      3      2      1      循環器・腎臓内科
3西病棟     急性期一般          48      5      3      2      消化器内科・外科
4東病棟     急性期一般          46      0      0      0      整形外科（満床）
4西病棟     地域包括ケア        44      6      4      2      レスパイト入院可
5東病棟     回復期リハビリ      40      2      1      1      脳血管・運動器
HCU         ハイケアユニット     8      1      -      -      救急外来経由のみ

※ 地域包括ケア病棟のレスパイト入院は1週間前までにご相談ください。
※ 空床状況は随時変動いたします。ご紹介の際は必ず連携室へお電話ください。

本メールは連携医療機関の皆様へBCCにてお送りしております。
""" + SIG_RENKEI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "空床情報は病棟（事業）の一覧で個人情報なし、外部宛先はBCCのみ",
    },
    {
        "id": "renkeishitsu-003",
        "charset": "utf-8",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["北浜リハビリテーション病院 入院相談 <nyuin-soudan@kitahama-reha.or.jp>"],
        "subject": "回復期リハビリ病棟への転院のご相談（脳梗塞・70代男性）",
        "body": """北浜リハビリテーション病院
入院相談室 ご担当者様

いつもお世話になっております。
日の出総合病院 地域医療連携室の高瀬です。

回復期リハビリテーション病棟への転院についてご相談させてください。
患者様の概要は以下のとおりです。受け入れの可否と、可能な場合の
おおよその時期をお知らせいただけますと幸いです。

■患者様
　氏名　　　鴨志田 勝利（かもしだ かつとし）様　男性
　生年月日　1952年8月17日（74歳）
　住所　　　茨城県高萩市春日町2丁目14-6
■病名
　心原性脳塞栓症（左中大脳動脈領域）、右片麻痺、失語症（運動性）
　既往：高血圧症、発作性心房細動（DOAC内服中）
■経過
　9/28 発症、救急搬送。t-PA施行。10/2より離床開始。
■現在のADL
　車椅子移乗 軽介助、歩行は平行棒内で中等度介助
　食事 自力摂取（きざみ食・とろみ不要）、排泄 日中トイレ誘導
■感染症
　MRSA（－）、HBs抗原（－）、HCV抗体（－）
■キーパーソン
　長男 鴨志田 雅之 様（同居・日中就労）

転院希望時期：10月末〜11月初旬
診療情報提供書・看護サマリーは受け入れのご返事をいただいてからお送りします。

よろしくお願いいたします。
""" + SIG_TAKASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "転院先への打診で患者1名の氏名・住所・生年月日・病名を送付（要配慮）",
    },
    {
        "id": "renkeishitsu-004",
        "charset": "iso-2022-jp",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["桜川整形外科医院 <clinic@sakuragawa-seikei.com>"],
        "subject": "Re: 紹介予約のお願い（膝関節）",
        "body": """桜川整形外科医院
事務長 根本様

お世話になっております。日の出総合病院 連携室の椎名です。
ご依頼の件、整形外科 飛田医師の外来で予約をお取りしました。

　予約日時：10月21日（火）10:30　※10:00までに1階総合受付へ
　持参物　：紹介状、お薬手帳、画像CD-R（お持ちであれば）

当日の受付は「紹介予約」とお伝えいただければ結構です。
どうぞよろしくお願いいたします。
""" + SIG_SHIINA + """
> 日の出総合病院 地域医療連携室 御中
>
> いつもお世話になっております。桜川整形外科医院の根本です。
> 下記の患者様の紹介予約をお願いいたします。
>
> 　氏名：助川 房江 様（スケガワ フサエ）　女性
> 　生年月日：昭和２２年１２月９日
> 　電話：０２９４−３６−７７１８
> 　傷病名：右変形性膝関節症（K-L分類 grade IV）、人工膝関節置換術のご検討
>
> 飛田先生の外来を希望されています。よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "患者情報は相手の元メールの引用（>）のみで、新しい本文は予約日時だけ",
    },
    {
        "id": "renkeishitsu-005",
        "charset": "iso-2022-jp",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["ケアプランセンターはなみずき 石黒様 <ishiguro@hanamizuki-care.jp>",
               "訪問看護ステーションつばき <station@tsubaki-houkan.jp>",
               "ひだまり在宅クリニック 連携担当 <renkei@hidamari-zaitaku.jp>"],
        "subject": "退院前カンファレンス日程のご相談",
        "body": """関係者の皆様

いつもお世話になっております。日の出総合病院 地域医療連携室の高瀬です。

先日お電話でお話しした4西病棟入院中の患者様（はなみずき石黒様ご担当の方）について、
退院前カンファレンスを開催したく、日程の候補をお送りします。

　候補１：10月23日（木）14:00〜14:45
　候補２：10月24日（金）15:30〜16:15
　候補３：10月27日（月）13:30〜14:15

場所：日の出総合病院 2階 カンファレンス室B（オンライン参加も可能です）

ご都合のよい候補を今週中にお知らせいただけますと助かります。
よろしくお願いいたします。
""" + SIG_TAKASE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "外部3組織（居宅・訪看・在宅医）をToで並べて送信、BCCにすべき",
    },
    {
        "id": "renkeishitsu-006",
        "charset": "utf-8",
        "sender": "沖田 誠一 <okita.seiichi@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 営業部 森下様 <morishita.k@tsubasa-system.jp>"],
        "cc": ["三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>"],
        "subject": "地域連携ネットワーク導入に係る秘密保持契約書について",
        "body": """株式会社ツバサシステム
営業部 森下様

いつもお世話になっております。日の出総合病院 地域医療連携室の沖田です。

地域連携ネットワーク（診療情報共有システム）導入の件、先日の打合せでは
ありがとうございました。

ご送付いただいた秘密保持契約書（案）について、当社法務部の確認が終わりました。
以下2点のみ修正をお願いできますでしょうか。

1. 第3条（秘密情報の定義）に、患者の診療情報が含まれうることを明記すること
2. 第8条（有効期間）の「契約終了後2年間」を「5年間」とすること

上記以外は原案のとおりで差し支えありません。
修正版を頂戴できましたら、押印のうえ2部郵送いたします。

なお、契約締結までは実データではなくテストデータのみでの検証とさせてください。

よろしくお願いいたします。
""" + SIG_OKITA + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "秘密保持契約（NDA）についての相談と定型の免責文のみ、機密の表示ではない",
    },
    {
        "id": "renkeishitsu-007",
        "charset": "shift_jis",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["南浜市医師会 事務局 <jimukyoku@minamihama-ishikai.or.jp>"],
        "subject": "9月分 紹介・逆紹介患者報告書の送付",
        "body": """南浜市医師会 事務局
ご担当 菅谷様

お世話になっております。日の出総合病院 地域医療連携室の三枝です。

地域医療支援病院の業務報告に係る9月分の紹介・逆紹介患者報告書を
添付のとおりお送りいたします。
シート「紹介」「逆紹介」に患者様ごとの明細、「集計」に件数をまとめております。

ご確認のほどよろしくお願いいたします。
""" + SIG_SAEGUSA,
        "attachments": [{
            "kind": "xlsx",
            "name": "紹介逆紹介報告_2026年09月.xlsx",
            "title": "紹介・逆紹介患者報告書",
            "sheets": {
                "紹介": [
                    ["令和8年9月分 紹介患者明細（日の出総合病院）"],
                    [],
                    ["No", "受付日", "患者氏名", "フリガナ", "生年月日", "住所", "紹介元", "紹介目的・傷病名"],
                    [1, "2026/09/01", "照沼 義男", "テルヌマ ヨシオ", "1948/02/11", "茨城県日立市大みか町4-11-3", "やまぶき内科クリニック", "大腸ポリープ 内視鏡的切除目的"],
                    [2, "2026/09/02", "会沢 千鶴子", "アイザワ チヅコ", "1939/10/30", "茨城県日立市助川町1-6-22", "みなと眼科", "白内障（両眼）手術目的"],
                    [3, "2026/09/04", "小松崎 健", "コマツザキ ケン", "1971/05/19", "茨城県高萩市下手綱2018", "桜川整形外科医院", "腰部脊柱管狭窄症"],
                    [4, "2026/09/05", "圷 みどり", "アクツ ミドリ", "1956/07/03", "茨城県日立市滑川本町3-9-14", "やまぶき内科クリニック", "肝機能障害 精査"],
                    [5, "2026/09/08", "飛田 重蔵", "トビタ ジュウゾウ", "1935/12/24", "茨城県北茨城市磯原町磯原1512", "ひだまり在宅クリニック", "誤嚥性肺炎"],
                    [6, "2026/09/09", "根本 沙耶", "ネモト サヤ", "1990/01/15", "茨城県日立市金沢町5-2-7", "こばと産婦人科", "切迫早産 母体搬送"],
                    [7, "2026/09/11", "蛭田 和夫", "ヒルタ カズオ", "1944/04/08", "茨城県常陸太田市山下町4120", "里美診療所", "狭心症疑い 心臓カテーテル検査"],
                ],
                "逆紹介": [
                    ["令和8年9月分 逆紹介患者明細"],
                    ["No", "退院・終診日", "患者氏名", "生年月日", "逆紹介先", "傷病名"],
                    [1, "2026/09/03", "大和田 ヨシ", "1932/06/21", "ひだまり在宅クリニック", "慢性心不全"],
                    [2, "2026/09/10", "海老原 功", "1958/09/09", "やまぶき内科クリニック", "2型糖尿病 教育入院後"],
                    [3, "2026/09/17", "菊池 ハル", "1940/03/03", "桜川整形外科医院", "右大腿骨転子部骨折 術後"],
                    [4, "2026/09/24", "鈴木 昭一", "1951/11/27", "みなと眼科", "糖尿病網膜症"],
                    [5, "2026/09/29", "雑賀 留美", "1966/08/14", "やまぶき内科クリニック", "乳癌術後 ホルモン療法継続"],
                ],
                "集計": [
                    ["区分", "件数"],
                    ["紹介患者数", 412],
                    ["逆紹介患者数", 538],
                    ["初診患者数", 701],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX（複数シート・表題行あり）に紹介・逆紹介患者12名の氏名・生年月日・住所・傷病名",
    },
    {
        "id": "renkeishitsu-008",
        "charset": "iso-2022-jp",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["みなと眼科 院長 <renraku@minato-ganka.jp>"],
        "subject": "診療情報提供書の送付（パスワード別送）",
        "body": """みなと眼科
院長 港 康介 先生

いつも大変お世話になっております。
日の出総合病院 地域医療連携室の椎名でございます。

糖尿病内科 簗瀬医師より、貴院へ逆紹介となる患者様の
診療情報提供書をお送りいたします。

添付ファイルはパスワード付きZIPとなっております。
パスワードは続けて別メールにてお送りいたします。

ご査収のほどよろしくお願い申し上げます。
""" + SIG_SHIINA,
        "attachments": [{
            "kind": "zip",
            "name": "診療情報提供書_20261016.zip",
            "password": "Hnd2026#1016",
            "files": [{
                "kind": "pdf",
                "name": "診療情報提供書_薬師寺様.pdf",
                "lines": ["診療情報提供書", "みなと眼科 港 康介 先生 御侍史",
                          "患者氏名 薬師寺 公子 様　生年月日 昭和30年2月6日",
                          "傷病名 増殖前糖尿病網膜症（両眼）、2型糖尿病",
                          "HbA1c 8.4%。眼科的フォローをお願いいたします。",
                          "日の出総合病院 糖尿病内科 簗瀬 隆"],
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード付きZIP（PPAP）で中身を検査できない",
    },
    {
        "id": "renkeishitsu-009",
        "charset": "utf-8",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["4西病棟 師長 <4w-nurse@hinode-sangyo.co.jp>"],
        "cc": ["野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
               "医事課 入退院係 <iji-nyutai@mail.hinode-sangyo.co.jp>"],
        "subject": "4西 退院調整中患者の進捗（10/20 退院支援カンファ用）",
        "body": """4西 小林師長

お疲れさまです。連携室 高瀬です。
明日の退院支援カンファ用に、退院調整中の方の進捗をまとめました。

患者ID	氏名	年齢	病名	退院先（予定）	進捗	担当
00481226	照沼 キヨ	88	右大腿骨頸部骨折術後	北浜リハ（回復期）	10/24 面談予定	高瀬
00502917	蛭田 正二	79	誤嚥性肺炎	自宅（訪問看護導入）	ケアマネ調整中	野々村
00317760	塙 サダ	91	心不全・認知症	特養 白梅苑	入所判定待ち	野々村
00598834	綿引 昇	67	脳出血・左片麻痺	松風病院（療養）	打診中	高瀬
00611205	根本 ツル	84	腰椎圧迫骨折	自宅	介護保険区分変更申請済	高瀬
00620011	菊池 吉雄	73	肺癌（緩和）	ひだまり在宅	在宅医決定	野々村

塙さんは白梅苑から健診結果の追加提出を求められています。
病棟で最新の採血結果を印刷しておいていただけると助かります。
""" + SIG_TAKASE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "患者一覧（タブ区切り・病名付き）だが宛先はすべて社内（サブドメイン含む）",
    },
    {
        "id": "renkeishitsu-010",
        "charset": "utf-8",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tusbasa-system.jp>"],
        "subject": "地域連携ネットワーク 利用者ID追加のお願い",
        "body": """株式会社ツバサシステム
サポートデスク ご担当者様

お世話になっております。日の出総合病院 地域医療連携室の三枝です。

地域連携ネットワークの管理画面について、10月から異動してきた職員2名分の
利用者IDの追加をお願いいたします。

　・椎名 航（前方連携担当）　権限：連携室一般
　・増子 千晴（医事課）　　　権限：閲覧のみ

あわせて、退職した職員1名（ID: HND-0117）の停止もお願いいたします。
作業完了のご連絡をいただけましたら、こちらで初期パスワードの変更を行います。

よろしくお願いいたします。
""" + SIG_SAEGUSA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "取引先 tsubasa-system.jp の文字の入れ替わり tusbasa-system.jp 宛て",
    },
    {
        "id": "renkeishitsu-011",
        "charset": "iso-2022-jp",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["はなみずき 石黒様 <ishiguro@hanamizuki-care.jp>"],
        "subject": "退院日決定のご連絡",
        "body": """ケアプランセンターはなみずき
石黒 様

お世話になっております。日の出総合病院 MSWの野々村です。

ご担当いただいている 山根 ハル 様の退院日が、10月30日（金）午前に決まりました。
ご家族（ご長女）がお迎えにいらっしゃる予定です。

退院当日からのサービス開始について、ご調整をお願いできますでしょうか。
福祉用具（ベッド・手すり）の搬入日が決まりましたら教えてください。

どうぞよろしくお願いいたします。
""" + SIG_NONOMURA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "担当ケアマネへ利用者1名の氏名と退院日のみ（病名なし）。入院の事実が要配慮に当たるかは判断が分かれる",
    },
    {
        "id": "renkeishitsu-012",
        "charset": "shift_jis",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["南浜市 保健センター 難病担当 <nanbyo@city.minamihama.lg.jp>"],
        "subject": "特定医療費（指定難病）支給認定申請の件",
        "body": """南浜市保健センター
難病担当 益子 様

お世話になっております。日の出総合病院 医療ソーシャルワーカーの野々村です。

先日ご相談した患者様の特定医療費（指定難病）支給認定申請について、
申請書の記載内容を事前にご確認いただきたく、以下お送りします。

【申請者】
　氏名：　百目鬼 信彦（どうめき のぶひこ）
　生年月日：　昭和３７年６月１日
　住所：　茨城県日立市東金沢町二丁目３番１５号
　個人番号：　""" + _mn(0) + """
　病名：　パーキンソン病（ホーン・ヤール重症度 III度）
　加入保険：　全国健康保険協会 茨城支部

臨床調査個人票は神経内科 勝村医師が作成中で、来週中に揃う見込みです。
ご本人は外出が難しいため、ご家族が窓口に提出予定です。
""" + SIG_NONOMURA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "市役所宛てに患者のマイナンバーと指定難病の病名を本文で送付",
    },
    {
        "id": "renkeishitsu-013",
        "charset": "shift_jis",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["錦印刷 企画営業部 <kikaku@nishiki-insatsu.co.jp>"],
        "subject": "連携医療機関マップ 2027年版 掲載データ",
        "body": """錦印刷株式会社
企画営業部 平山様

いつもお世話になっております。日の出総合病院 連携室の椎名です。

連携医療機関マップ（2027年版）の掲載データをCSVでお送りします。
前回版からの変更は、新規登録4件・閉院2件・電話番号変更1件です。
変更箇所は「備考」列に記載しています。

初校は11月10日頃にいただけますと助かります。
見積書（No. NK-26-0931）の内容で進めてください。
""" + SIG_SHIINA,
        "attachments": [{
            "kind": "csv",
            "name": "連携医療機関マップ掲載データ.csv",
            "encoding": "cp932",
            "rows": [
                ["区分", "医療機関名", "診療科", "郵便番号", "所在地", "電話", "FAX", "備考"],
                ["診療所", "やまぶき内科クリニック", "内科・消化器内科", "317-0063", "茨城県日立市若葉町1-4-8", "0294-22-3301", "0294-22-3302", ""],
                ["診療所", "桜川整形外科医院", "整形外科・リハビリ", "317-0065", "茨城県日立市助川町2-9-1", "0294-23-8810", "0294-23-8811", ""],
                ["診療所", "みなと眼科", "眼科", "319-1221", "茨城県日立市大みか町2-20-5", "0294-52-1177", "0294-52-1178", "電話番号変更"],
                ["診療所", "ひだまり在宅クリニック", "在宅医療・内科", "318-0034", "茨城県高萩市高萩1101-3", "0293-22-6060", "0293-22-6061", "新規"],
                ["診療所", "こばと産婦人科", "産婦人科", "316-0012", "茨城県日立市大久保町3-7-2", "0294-33-4141", "0294-33-4142", ""],
                ["病院", "北浜リハビリテーション病院", "回復期リハ", "319-1541", "茨城県北茨城市磯原町豊田620", "0293-42-2200", "0293-42-2201", ""],
                ["病院", "松風病院", "療養・精神科", "313-0013", "茨城県常陸太田市山下町1877", "0294-72-3155", "0294-72-3156", "新規"],
                ["薬局", "ことぶき調剤薬局 鹿島店", "", "317-0071", "茨城県日立市鹿島町3-6-10", "0294-21-7788", "0294-21-7789", "新規"],
                ["訪問看護", "訪問看護ステーションつばき", "", "317-0056", "茨城県日立市白銀町1-12-3", "0294-24-5151", "0294-24-5152", "新規"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "医療機関（事業所）の所在地・代表電話の一覧で、人の一覧ではない。印刷の取引先宛て",
    },
]

MESSAGES += [
    {
        "id": "renkeishitsu-014",
        "charset": "utf-8",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["南浜市地域包括支援センター <houkatsu@city.minamihama.lg.jp>"],
        "subject": "介護保険未申請の退院予定者について（情報提供）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>南浜市地域包括支援センター<br>ご担当者様</p>
<p>いつもお世話になっております。日の出総合病院 MSWの野々村です。</p>
<p>11月前半に退院予定で、介護保険が未申請の方が下記のとおりいらっしゃいます。<br>
ご本人・ご家族からは情報提供の同意をいただいております。訪問調査の前倒しが
可能かご検討いただけますでしょうか。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>年齢</th><th>住所</th><th>連絡先（家族）</th><th>病名</th><th>退院予定</th></tr>
<tr><td>會田 シズ</td><td>87</td><td>南浜市汐見台2-3-18</td><td>090-4417-2286（長男）</td><td>腰椎圧迫骨折</td><td>11/4</td></tr>
<tr><td>十河 信吾</td><td>76</td><td>南浜市港町1-9-4</td><td>0294-28-1903（妻）</td><td>脳梗塞後遺症</td><td>11/6</td></tr>
<tr><td>小室 フミ</td><td>92</td><td>南浜市西原3-14-2 コーポ西原102</td><td>080-6623-0915（姪）</td><td>うっ血性心不全</td><td>11/7</td></tr>
<tr><td>照山 英治</td><td>81</td><td>南浜市中央4-2-11</td><td>070-3381-4470（長女）</td><td>肺炎・廃用症候群</td><td>11/10</td></tr>
<tr><td>井坂 トシ子</td><td>79</td><td>南浜市汐見台5-7-1</td><td>0294-28-6637（本人宅）</td><td>アルツハイマー型認知症</td><td>11/12</td></tr>
</table>
<p>詳細は個別にお電話でご説明いたします。</p>
<p>日の出総合病院 地域医療連携室<br>医療ソーシャルワーカー 野々村 拓<br>
直通 0294-21-5512</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTMLのみのメールの表に退院予定者5名の住所・家族電話・病名",
    },
    {
        "id": "renkeishitsu-015",
        "charset": "iso-2022-jp",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["iijima.kaoru.0611@docomo.ne.jp"],
        "subject": "日の出総合病院 ご面談日時のご案内",
        "body": """飯島 様

日の出総合病院 地域医療連携室の野々村でございます。
先ほどはお電話ありがとうございました。

お母様の今後のご療養についてのご面談ですが、
下記の日時でご用意いたしました。

　日時：10月22日（水）15時00分から（40分程度）
　場所：日の出総合病院 1階 地域医療連携室（総合受付の右手奥）
　同席：主治医、病棟看護師、MSW（野々村）

ご都合が悪くなった場合は、お手数ですが下記直通電話までご連絡ください。
駐車場は第2駐車場をご利用いただき、駐車券を連携室窓口へお持ちください。
""" + SIG_NONOMURA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "患者家族（キャリアメール1名）への面談日時の案内。病名・個人データなし",
    },
    {
        "id": "renkeishitsu-016",
        "charset": "shift_jis",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["訪問看護ステーションつばき 所長 <station@tsubaki-houkan.jp>"],
        "subject": "看護サマリー送付の件（10/24退院予定の方）",
        "body": """訪問看護ステーションつばき
所長 宮田 様

お世話になっております。日の出総合病院 退院支援看護師の高瀬です。

10月24日に退院予定の方の看護サマリーを添付いたします。
退院翌日からの初回訪問をお願いできればと思います。
インスリン手技はご本人でほぼ自立されていますが、低血糖時の対応に不安が残っています。

よろしくお願いいたします。
""" + SIG_TAKASE,
        "attachments": [{
            "kind": "docx",
            "name": "看護サマリー_海老原様.docx",
            "title": "看護サマリー",
            "paragraphs": [
                "看護サマリー（退院時）",
                "日の出総合病院 3東病棟　記載者：病棟看護師 菊地 玲奈",
                "",
                "退院後の継続看護のため、以下のとおり情報提供いたします。",
            ],
            "tables": [[
                ["項目", "内容"],
                ["氏名", "海老原 サチ 様（エビハラ サチ）　女性"],
                ["生年月日", "昭和21年9月12日（80歳）"],
                ["住所", "茨城県日立市諏訪町4丁目18番7号"],
                ["電話", "0294-35-2269"],
                ["入院期間", "令和8年10月3日〜10月24日（予定）"],
                ["診断名", "2型糖尿病（血糖コントロール不良）、糖尿病性腎症3期、蜂窩織炎（右下腿）"],
                ["既往歴", "高血圧症、右乳癌術後（平成24年）"],
                ["治療内容", "インスリン強化療法へ変更（ノボラピッド 4-4-4、トレシーバ 8単位）"],
                ["ADL", "屋内杖歩行自立、入浴は見守り"],
                ["家族", "夫（83歳）と二人暮らし、長女が市内在住"],
                ["申し送り", "低血糖時のブドウ糖携帯を指導済み。右下腿創部は1日1回洗浄・軟膏塗布"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCXの看護サマリーに患者1名の氏名・住所・病名・既往歴（要配慮個人情報）",
    },
    {
        "id": "renkeishitsu-017",
        "charset": "utf-8",
        "sender": "沖田 誠一 <okita.seiichi@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 森下様 <morishita.k@tsubasa-system.jp>"],
        "subject": "連携室KPIダッシュボード 要件検討用データ",
        "body": """株式会社ツバサシステム
森下様

お世話になっております。沖田です。

ダッシュボードの要件検討用に、先月の連携室運営会議の資料（集計表）を
お送りします。表示項目とグラフの種類はこのシートをイメージしています。

院内資料のため取扱いにはご注意ください。
""" + SIG_OKITA,
        "attachments": [{
            "kind": "xlsx",
            "name": "【社外秘】連携室運営会議資料_2026年9月.xlsx",
            "title": "地域医療連携室 運営会議資料",
            "page_header": "社外秘",
            "sheets": {
                "表紙": [
                    ["【社外秘】地域医療連携室 運営会議資料"],
                    ["日の出総合病院 地域医療連携室　2026年10月8日"],
                ],
                "紹介率": [
                    ["月", "初診患者数", "紹介患者数", "救急搬送", "紹介率", "逆紹介率"],
                    ["2026/07", 688, 395, 121, "75.0%", "81.2%"],
                    ["2026/08", 652, 377, 133, "78.2%", "79.6%"],
                    ["2026/09", 701, 412, 118, "75.6%", "76.7%"],
                ],
                "診療科別": [
                    ["診療科", "紹介", "逆紹介", "前年同月比"],
                    ["循環器内科", 88, 102, "+6%"],
                    ["消化器内科", 74, 91, "-3%"],
                    ["整形外科", 69, 84, "+11%"],
                    ["脳神経外科", 41, 38, "+2%"],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付XLSXに「社外秘」の表示（ファイル名・ヘッダ・表紙）を付けたまま社外へ",
    },
    {
        "id": "renkeishitsu-018",
        "charset": "iso-2022-jp",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["石黒 由香 <ishiguro@hanamizuki-care.jp>"],
        "cc": ["ひまわり福祉用具 営業 <eigyo@himawari-fukushi.co.jp>"],
        "subject": "Re: 福祉用具搬入日の件",
        "body": """石黒様
（Cc：ひまわり福祉用具 ご担当者様）

お世話になっております。日の出総合病院 連携室の高瀬です。

ご連絡ありがとうございます。搬入は10月28日（火）午後で承知しました。
退院は翌29日の午前中となりますので、病棟にもその旨伝えておきます。

リハビリ担当の作業療法士から、手すりは玄関の上がり框の右側が使いやすいとの
意見が出ておりますので、設置時にご考慮いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_TAKASE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ケアマネと福祉用具業者の2組織をTo/Ccに入れた日程連絡。病名・個人データなし",
    },
    {
        "id": "renkeishitsu-019",
        "charset": "shift_jis",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["松風病院 医療相談室 <soudan@shofu-hp.or.jp>"],
        "subject": "療養病棟への転院依頼（照沼 様）",
        "body": """医療法人清和会 松風病院
医療相談室 小野瀬 様

いつもお世話になっております。日の出総合病院 MSWの野々村です。
先日お電話でご相談した方について、書面での依頼をお送りします。

────────────────
氏名　　　　照沼 喜三郎（テルヌマ キサブロウ）　男性　81歳
生年月日　　昭和20年1月30日
保険　　　　後期高齢者医療　被保険者番号 39081245
　　　　　　（前所属：国民健康保険 記号 日立 番号 10428）
病名　　　　脳出血後遺症（左片麻痺）、嚥下障害、慢性腎臓病（G4）
医療処置　　胃瘻（PEG）、喀痰吸引 1日6〜8回、膀胱留置カテーテル
感染症　　　MRSA（喀痰より検出、現在は陰性化確認中）
────────────────

ご家族（長男）は遠方在住のため、面談はオンラインをご希望です。
受け入れ可能な時期の目安をお知らせいただけますと幸いです。
""" + SIG_NONOMURA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "転院先へ保険証の記号・番号（被保険者番号）と病名・処置内容を送付",
    },
    {
        "id": "renkeishitsu-020",
        "charset": "utf-8",
        "sender": "沖田 誠一 <okita.seiichi@hinode-sangyo.co.jp>",
        "to": ["病院長室 <incho-shitsu@hp.hinode-sangyo.co.jp>"],
        "cc": ["看護部長 <kango-bucho@hp.hinode-sangyo.co.jp>",
               "医療事業部 企画課 <iryo-kikaku@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】地域医療支援病院 承認要件の達成見込み（10月時点）",
        "body": """院長
看護部長
企画課 各位

お疲れさまです。連携室の沖田です。

【社外秘】
地域医療支援病院の承認要件（紹介率・逆紹介率）の達成見込みを報告します。

・上期（4〜9月）累計：紹介率 74.1%／逆紹介率 80.3%
・基準（紹介率65%以上かつ逆紹介率40%以上）は引き続き充足
・ただし整形外科の逆紹介率が前年比で12ポイント低下

下期は整形外科外来の逆紹介推進（かかりつけ医への返書テンプレート整備）を
重点とします。詳細は添付の会議資料をご覧ください。

本資料は院内限りとし、外部への提供はご遠慮ください。
""" + SIG_OKITA,
        "attachments": [{
            "kind": "pdf",
            "name": "承認要件達成見込み_202610.pdf",
            "page_header": "社外秘",
            "lines": ["地域医療支援病院 承認要件 達成見込み（2026年10月）",
                      "紹介率 74.1%　逆紹介率 80.3%",
                      "整形外科 逆紹介率 前年比 -12pt"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "「社外秘」表示の資料だが宛先はすべて社内（病院サブドメイン含む）",
    },
]

# ---- 021-040 -------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "renkeishitsu-021",
        "charset": "iso-2022-jp",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "11/14 地域連携懇話会 懇親会 ご出席者名簿（名札作成用）",
        "body": """さくらホテル 宴会予約係
大友 様

お世話になっております。日の出総合病院の三枝です。
11月14日の地域連携懇話会 懇親会について、名札作成用の出席者名簿をお送りします。
当日の急な変更に備え、ご本人の携帯番号も併記しております。

・大貫 正彦（やまぶき内科クリニック 院長）　携帯 090-3318-4206　ohnuki.m@gmail.com
・根本 智恵（桜川整形外科医院 事務長）　携帯 080-5521-0937　chie.nemoto@yahoo.co.jp
・港 康介（みなと眼科 院長）　携帯 090-7764-1188　k-minato@icloud.com
・宮田 律子（訪問看護ステーションつばき 所長）　携帯 070-2290-6641　ritsu.miyata@docomo.ne.jp
・石黒 由香（ケアプランセンターはなみずき）　携帯 080-4107-3352　yuka.i.care@gmail.com
・小野瀬 浩（松風病院 医療相談室）　携帯 090-8843-2075　onose.hiroshi@outlook.jp
・益子 奈々（南浜市保健センター）　携帯 080-1186-5590　nana.mashiko@ezweb.ne.jp

当院からは沖田・高瀬・野々村・椎名・三枝の5名が出席します（名札不要です）。
""" + SIG_SAEGUSA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "「・」箇条書きで7名の氏名・個人携帯・私用メールをホテルへ送付（人の一覧）",
    },
    {
        "id": "renkeishitsu-022",
        "charset": "iso-2022-jp",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "Re: お見積書送付のご案内（地域連携懇話会）",
        "body": """さくらホテル
宴会予約係 大友 様

お世話になっております。日の出総合病院 地域医療連携室の三枝です。
お見積書（見積番号 SH-B-2026-1187）を拝受しました。ありがとうございます。

下記の内容で正式に申し込みいたします。

　日時　　11月14日（金）講演会 18:30〜19:40／懇親会 19:50〜21:00
　会場　　2階「桐の間」（講演会・スクール形式）、「楓の間」（懇親会・立食）
　人数　　講演会 80名、懇親会 55名（前日までに確定人数をご連絡します）
　機材　　プロジェクター、スクリーン、ワイヤレスマイク2本
　請求先　日の出産業株式会社 日の出総合病院 地域医療連携室

請求書は会の終了後、上記宛てにお送りください。
""" + SIG_SAEGUSA + """
-----Original Message-----
From: さくらホテル 宴会予約 <banquet@sakura-hotel.jp>
Sent: Thursday, October 9, 2026 4:12 PM
Subject: お見積書送付のご案内（地域連携懇話会）

日の出総合病院 三枝様
このたびはお問い合わせありがとうございます。お見積書を添付いたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "取引先ホテル（正しいドメイン）への会場申込。見積番号のみで個人データなし",
    },
    {
        "id": "renkeishitsu-023",
        "charset": "utf-8",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 大友様 <ohtomo@sakura-hotel.co.jp>"],
        "subject": "懇親会の料理・アレルギー対応について",
        "body": """さくらホテル
大友 様

いつもお世話になっております。日の出総合病院の三枝です。

11/14の懇親会のお料理について、以下ご対応をお願いできますでしょうか。

・立食ブッフェ Bプラン（お一人様 6,500円）で確定
・そばを使用しないメニューへの差し替え（出席者にそばアレルギーの方がいるため）
・ノンアルコール飲料を多めにご用意ください（当直明け・オンコールの医師が多いため）

お手数ですが、変更後のメニュー表をお送りいただけますと助かります。
""" + SIG_SAEGUSA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "取引先 sakura-hotel.jp のTLD違い sakura-hotel.co.jp 宛て",
    },
    {
        "id": "renkeishitsu-024",
        "charset": "utf-8",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["あおぞら訪問看護ステーション <office@aozora-vnc.or.jp>"],
        "subject": "訪問看護指示書（11月更新分）対象者のご確認",
        "body": """あおぞら訪問看護ステーション
管理者 佐久間様

お世話になっております。日の出総合病院 連携室の高瀬です。
11月で指示期間が切れる方の一覧です。指示内容に変更がないか、
ステーション側の記録と照合のうえご返信ください。

■ 1人目
　氏名：大和田 ヨシ（おおわだ よし）　94歳
　住所：茨城県日立市桜川町2-8-21
　主病名：慢性心不全、慢性腎臓病
　指示：在宅酸素（1L/分）、体重・浮腫観察、服薬管理
　主治医：循環器内科 葛西

■ 2人目
　氏名：鬼沢 孝（おにざわ たかし）　68歳
　住所：茨城県日立市大沼町1-32-5
　主病名：筋萎縮性側索硬化症（ALS）
　指示：NPPV管理、吸引、褥瘡予防
　主治医：脳神経内科 勝村

■ 3人目
　氏名：小貫 ミツ（おぬき みつ）　88歳
　住所：茨城県日立市東多賀町4-6-13
　主病名：仙骨部褥瘡（DESIGN-R d3）、脳梗塞後遺症
　指示：創処置（週3回）、栄養状態観察
　主治医：皮膚科 石川

■ 4人目
　氏名：菅谷 昭（すがや あきら）　72歳
　住所：茨城県常陸太田市木崎一町2045
　主病名：膵癌（多発肝転移）
　指示：疼痛管理（オキシコドン持続皮下注）、緩和ケア
　主治医：消化器内科 大内

■ 5人目
　氏名：根本 晴美（ねもと はるみ）　59歳
　住所：茨城県日立市田尻町3-22-9
　主病名：2型糖尿病、右下腿切断後
　指示：インスリン管理、断端部観察
　主治医：糖尿病内科 簗瀬

以上5名です。よろしくお願いいたします。
""" + SIG_TAKASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "1人1ブロックで5名の氏名・住所・病名を訪問看護ステーションへ（人の一覧＋要配慮）",
    },
    {
        "id": "renkeishitsu-025",
        "charset": "shift_jis",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["ひだまり在宅クリニック 連携担当 <renkei@hidamari-zaitaku.jp>"],
        "subject": "RE: 11月 外来検査のご依頼（5名分）",
        "body": """ひだまり在宅クリニック
連携担当 大森様

お世話になっております。日の出総合病院の椎名です。
5名様分のご依頼、確かに拝受しました。

検査枠の空きを確認し、明日中に予約日時をまとめてFAXでご返信いたします。
CTは午後枠が比較的取りやすい状況です。

取り急ぎ受領のご連絡まで。
""" + SIG_SHIINA + """
-----Original Message-----
From: ひだまり在宅クリニック 連携担当 <renkei@hidamari-zaitaku.jp>
Sent: Tuesday, October 20, 2026 11:02 AM
To: shiina.wataru@hinode-sangyo.co.jp
Subject: 11月 外来検査のご依頼（5名分）

日の出総合病院 地域医療連携室 椎名様

11月に下記の方々の検査をお願いいたします。

氏名            生年月日      電話             検査       病名
大和田 ヨシ     S7.6.21       0294-33-1841     胸部CT     慢性心不全
蛭田 正二       S22.3.5       0294-36-5520     嚥下造影   誤嚥性肺炎後
飯島 キヌ       S10.8.30      0294-42-7713     腹部エコー 肝硬変
小林 勇         S15.1.11      0294-22-9086     頭部MRI    認知症精査
鈴木 タカ       T15.4.2       0294-45-3308     骨密度     骨粗鬆症

よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "患者一覧は相手からの元メール（-----Original Message----- 以下）の引用のみ",
    },
    {
        "id": "renkeishitsu-026",
        "charset": "iso-2022-jp",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["こばと産婦人科 <info@kobato-sanfujinka.jp>"],
        "subject": "母体搬送患者様の退院時情報提供書",
        "body": """こばと産婦人科
院長 小林 先生

いつもお世話になっております。日の出総合病院 地域医療連携室の椎名です。
9月に母体搬送でご紹介いただいた患者様が退院されましたので、
産婦人科 石塚医師の情報提供書（PDF）をお送りします。

PDFにはパスワードを設定しております。パスワードは貴院の代表FAX番号の下4桁です。
""" + SIG_SHIINA,
        "attachments": [{
            "kind": "pdf",
            "name": "退院時情報提供書.pdf",
            "password": "4142",
            "lines": ["診療情報提供書（退院時）", "患者氏名 根本 沙耶 様",
                      "診断 切迫早産、妊娠糖尿病", "令和8年10月15日 帝王切開にて出産"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード保護されたPDFで中身を検査できない",
    },
    {
        "id": "renkeishitsu-027",
        "charset": "utf-8",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["北浜リハビリテーション病院 入院相談 <nyuin-soudan@kitahama-reha.or.jp>"],
        "subject": "FW: 紹介状送付の件（菊池様）／転院のご相談",
        "body": """北浜リハビリテーション病院
入院相談室 ご担当者様

お世話になっております。日の出総合病院 MSWの野々村です。

当院へ紹介元の桜川整形外科医院から届いたメールを添付で転送いたします。
手術後は貴院での回復期リハビリを希望されていますので、経過の参考にしてください。
当院での術後経過は改めてサマリーでお送りします。
""" + SIG_NONOMURA,
        "attachments": [{
            "kind": "eml",
            "name": "紹介状送付の件（菊池様）.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "桜川整形外科医院 根本 <clinic@sakuragawa-seikei.com>",
                "to": ["日の出総合病院 地域医療連携室 <renkei@hinode-sangyo.co.jp>"],
                "subject": "紹介状送付の件（菊池様）",
                "body": """日の出総合病院 地域医療連携室 御中

お世話になっております。桜川整形外科医院の根本です。
本日転倒され受診された患者様について、手術目的でご紹介いたします。

　患者氏名：菊池 ハル 様（キクチ ハル）　女性
　生年月日：昭和１５年３月３日
　住所：茨城県日立市会瀬町２−１９−３
　電話：０２９４−２２−６１５８
　傷病名：右大腿骨転子部骨折
　既往歴：骨粗鬆症、高血圧症、軽度認知障害
　内服：アムロジピン5mg、アレンドロン酸35mg（週1回）

紹介状原本はご本人にお持ちいただきます。よろしくお願いいたします。
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "別の医療機関からの紹介メール（病名・既往歴つき）を.emlで第三者の病院へ転送",
    },
    {
        "id": "renkeishitsu-028",
        "charset": "utf-8",
        "sender": "Seiichi Okita <okita.seiichi@hinode-sangyo.co.jp>",
        "to": ["Dr. Lin Wei-Ting <weiting.lin@kangning-medical.com.tw>"],
        "subject": "Your delegation's visit on 12 November - programme",
        "body": """Dear Dr. Lin,

Thank you for your e-mail. We are delighted that the delegation from Kangning
Medical Center will visit our Regional Medical Liaison Office on 12 November.

Proposed programme (all times JST):
  10:00  Welcome and overview of Hinode General Hospital (Director's office)
  10:40  How our liaison office handles referrals and back-referrals
  11:30  Discharge planning: working with care managers and visiting nurses
  12:30  Lunch (hospital staff restaurant)
  13:30  Ward tour (community-based integrated care ward)
  15:00  Q&A and closing

Please note that for patient privacy we cannot show real cases or records;
all examples will use fictitious data. Photography on the wards is not permitted.

Could you send us the number of visitors and whether an interpreter is needed
by 30 October?

Kind regards,

Seiichi Okita
Director, Regional Medical Liaison Office
Hinode General Hospital (Hinode Sangyo Co., Ltd.)
3-8-1 Kashima-cho, Hitachi, Ibaraki 317-0071, Japan
Tel +81-294-21-5500
""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "海外の病院への視察日程の英文メール、署名と定型免責文のみ",
    },
    {
        "id": "renkeishitsu-029",
        "charset": "utf-8",
        "sender": "Taku Nonomura <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["Global Care Assist - Tokyo desk <tokyo-desk@globalcare-assist.com>"],
        "subject": "Guarantee of payment request - inpatient admission (our ref. HGH-IP-2611)",
        "body": """Dear Sir or Madam,

We are writing from the Regional Medical Liaison Office of Hinode General Hospital
to request a guarantee of payment for the following inpatient, who holds a travel
insurance policy with your company.

  Patient name:     Mr. Daniel James HARGREAVES
  Date of birth:    14 March 1961
  Nationality:      United Kingdom
  Passport no.:     562918437
  Policy no.:       GCA-TR-88102455
  Admission date:   18 October 2026
  Diagnosis:        Acute ST-elevation myocardial infarction (inferior wall);
                    PCI with one drug-eluting stent to the right coronary artery
  Expected stay:    7-10 days, then fit-to-fly assessment

The attending cardiologist is Dr. Kasai. A medical report can be provided on request.
Please reply by fax (+81-294-21-5519) or e-mail.

Yours faithfully,

Taku Nonomura
Medical Social Worker, Regional Medical Liaison Office
Hinode General Hospital
Direct +81-294-21-5512
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "旅行保険会社へ外国人患者の旅券番号と診断名（英文）",
    },
    {
        "id": "renkeishitsu-030",
        "charset": "utf-8",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["ひだまり在宅クリニック 大森様 <renkei@hidamari-zaitaku.jp>"],
        "subject": "訪問診療移行予定の患者リスト（CSV）",
        "body": """ひだまり在宅クリニック
大森様

お世話になっております。椎名です。
先日の打合せでお話しした、当院外来から訪問診療へ移行予定の方の一覧です。
文字化け防止のためUTF-8で出力しています。

初回往診の日程は、各患者様のご家族と調整がつき次第ご連絡します。
""" + SIG_SHIINA,
        "attachments": [{
            "kind": "csv",
            "name": "訪問診療移行予定_202611.csv",
            "encoding": "utf-8",
            "rows": [
                ["患者ID", "氏名", "カナ", "性別", "生年月日", "住所", "電話", "主病名", "当院主治医"],
                ["00210339", "会沢 トヨ", "アイザワ トヨ", "女", "1931-09-14", "茨城県日立市森山町3-4-2", "0294-52-0881", "慢性閉塞性肺疾患（在宅酸素）", "呼吸器内科 塙"],
                ["00288154", "十河 利夫", "ソゴウ トシオ", "男", "1940-02-28", "茨城県日立市久慈町6-11-8", "0294-52-3390", "前立腺癌（骨転移）", "泌尿器科 今泉"],
                ["00301276", "綿引 ナカ", "ワタヒキ ナカ", "女", "1928-12-01", "茨城県日立市水木町2-17-4", "0294-53-2214", "老衰・嚥下障害", "総合診療科 大内"],
                ["00342210", "雑賀 道雄", "サイガ ミチオ", "男", "1947-05-05", "茨城県日立市大みか町5-9-30", "0294-52-7745", "パーキンソン病", "脳神経内科 勝村"],
                ["00388902", "百目鬼 すみ", "ドウメキ スミ", "女", "1936-07-19", "茨城県日立市石名坂町1-22-6", "0294-52-4012", "末期腎不全（透析非導入）", "腎臓内科 飯田"],
                ["00401187", "小室 武", "コムロ タケシ", "男", "1952-10-10", "茨城県日立市留町1184", "0294-53-6627", "肝細胞癌", "消化器内科 大内"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSVに6名の氏名・生年月日・住所・電話・病名",
    },
]

MESSAGES += [
    {
        "id": "renkeishitsu-031",
        "charset": "iso-2022-jp",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["石黒 由香 <ishiguro@hanamizuki-care.jp>"],
        "subject": "10/24 退院前カンファレンス 出席者のご連絡",
        "body": """石黒様

お世話になっております。日の出総合病院の高瀬です。
10/24（金）15:30からのカンファレンス、ご家族の出席者が確定しました。
当日ご家族へ直接ご連絡いただく場合は、下記へお願いします。

　長男　飯島 誠 様　　携帯 090-2274-8815
　長女　菅野 恵子 様　携帯 080-9931-4402（日中はお仕事のため夕方以降）

当院からは主治医、病棟担当看護師、理学療法士、高瀬が出席します。
訪問看護つばきの宮田所長にもお声がけしております。
""" + SIG_TAKASE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ケアマネ1名宛てに家族2名の氏名と携帯番号のみ（1〜4名の連絡先、警告まで）",
    },
    {
        "id": "renkeishitsu-032",
        "charset": "utf-8",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["ひたち国際交流協同組合 <kanri@hitachi-kokusai.or.jp>"],
        "subject": "技能実習生の入院について（ご連絡）",
        "body": """ひたち国際交流協同組合
監理責任者 川又 様

お世話になっております。日の出総合病院 医療ソーシャルワーカーの野々村です。
貴組合が監理されている技能実習生の方が、本日当院に入院されましたのでご連絡します。
ご本人の同意のもと、手続きに必要な情報をお知らせいたします。

　氏名：NGUYEN VAN HUNG（グエン・ヴァン・フン）さん
　国籍：ベトナム
　生年月日：2001年4月22日
　在留カード番号：UH48217305KA
　実習先：株式会社常陸精工 第二工場
　診断名：左手示指・中指 挫滅創（プレス機による）、左示指末節骨骨折
　状況：本日緊急手術、1週間程度の入院見込み

労災保険の手続き（様式第5号）について、実習先とご調整をお願いいたします。
入院中の通訳について、組合の通訳の方にご来院いただくことは可能でしょうか。
""" + SIG_NONOMURA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "監理団体へ在留カード番号と負傷の診断名を送付",
    },
    {
        "id": "renkeishitsu-033",
        "charset": "shift_jis",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 日立営業所 <hitachi-eigyo@aoba-unyu.co.jp>"],
        "subject": "10月分 連携文書定期便のご請求について",
        "body": """青葉運輸株式会社 日立営業所
経理ご担当 柴田 様

いつもお世話になっております。日の出総合病院 地域医療連携室の三枝です。

10月分のご請求書（請求番号 AU-2610-0457）を拝受しました。
内容を確認し、以下のとおり承認いたしました。

　・定期便（連携医療機関 12か所巡回）　週3回×4週　　158,400円
　・臨時便（10/17 北浜リハビリテーション病院）　　　　 6,600円
　・消費税（10%）　　　　　　　　　　　　　　　　　　　 16,500円
　　合計　181,500円

適格請求書発行事業者の登録番号（T5050001018841）も確認済みです。
お支払いは11月末日、本社経理部より振込となります。

なお、12月から巡回先に「ことぶき調剤薬局 鹿島店」を1か所追加したく、
別途お見積りをお願いできますでしょうか。
""" + SIG_SAEGUSA,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "取引先への請求承認。請求番号・金額・法人の登録番号（T番号）のみ",
    },
    {
        "id": "renkeishitsu-034",
        "charset": "iso-2022-jp",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["川崎電機 日立工場 健康管理室 <kenkou-kanri@kawasaki-denki.co.jp>"],
        "subject": "精密検査結果のご報告（健診後紹介）",
        "body": """川崎電機株式会社 日立工場
健康管理室 産業医 久保田 先生

お世話になっております。日の出総合病院 地域医療連携室の椎名です。
定期健康診断で要精密検査となり、当院をご紹介いただいた従業員の方の
検査結果をご報告いたします。

　社員番号：KD-204417
　氏名：海野 浩之 様（41歳）
　健診結果：便潜血（2回法）陽性、ALT 88、γ-GTP 214
　精査内容：下部消化管内視鏡、腹部超音波
　結果：上行結腸ポリープ（8mm、内視鏡的切除済、病理：管状腺腫）
　　　　脂肪肝、アルコール性肝障害の疑い
　今後：1年後の内視鏡再検、節酒指導および3か月後の肝機能再検をお勧めします

就業上の配慮は特に必要ないと考えます。
ご不明点は消化器内科 大内までお問い合わせください。
""" + SIG_SHIINA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "取引先の健康管理室へ従業員1名の健診結果・精査結果（要配慮個人情報）",
    },
    {
        "id": "renkeishitsu-035",
        "charset": "utf-8",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["北浜リハビリテーション病院 地域連携室 <chiiki@kitahama-reha.or.jp>"],
        "subject": "大腿骨頸部骨折 地域連携パス 未返送分のお願い",
        "body": """北浜リハビリテーション病院
地域連携室 宇佐美 様

いつもお世話になっております。日の出総合病院の高瀬です。

大腿骨頸部骨折地域連携パスのうち、貴院退院後の「回復期パス」が
まだ当院に戻っていない方の一覧をPDFでお送りします。
診療報酬（地域連携診療計画加算）の算定確認に必要なため、
お手数ですが11月10日までにご返送をお願いいたします。
""" + SIG_TAKASE,
        "attachments": [{
            "kind": "pdf",
            "name": "連携パス未返送一覧_202610.pdf",
            "title": "大腿骨頸部骨折 地域連携パス 未返送一覧",
            "lines": ["大腿骨頸部骨折 地域連携パス 未返送一覧（2026年10月20日現在）",
                      "日の出総合病院 地域医療連携室 → 北浜リハビリテーション病院", ""],
            "table": [
                ["No", "患者氏名", "生年月日", "術式", "当院退院日", "貴院退院日"],
                ["1", "菊池 ハル", "S15.3.3", "γネイル", "2026/06/18", "2026/08/29"],
                ["2", "照沼 キヨ", "S13.1.20", "人工骨頭置換", "2026/06/25", "2026/09/05"],
                ["3", "会沢 ヨネ", "S9.11.2", "ハンソンピン", "2026/07/02", "2026/09/12"],
                ["4", "塙 正", "S17.4.16", "γネイル", "2026/07/09", "2026/09/19"],
                ["5", "鈴木 フク", "T14.8.8", "人工骨頭置換", "2026/07/23", "2026/10/01"],
                ["6", "小貫 源一", "S12.12.12", "CHS", "2026/07/30", "2026/10/08"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDFの表に6名の氏名・生年月日・手術内容（骨折の治療歴）",
    },
    {
        "id": "renkeishitsu-036",
        "charset": "utf-8",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["医事課 入退院係 増子 <mashiko.chiharu@hinode-sangyo.co.jp>"],
        "subject": "限度額適用認定 申請代行の件（3西 十河様）",
        "body": """増子さん

お疲れさまです。連携室 野々村です。
3西に入院中の十河様、ご家族が来院できないため、限度額適用認定証の
申請を病院で代行することになりました（委任状はいただいています）。
申請書に必要な情報です。

　被保険者氏名：十河 信吾
　生年月日：昭和25年2月14日
　個人番号：""" + _mn(1, "-") + """
　保険者：南浜市 国民健康保険
　記号・番号：南浜 3－10882

本人確認書類（運転免許証の写し）は紙で医事課へお持ちします。
よろしくお願いします。
""" + SIG_NONOMURA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_HEALTH_INSURANCE"],
        "detectors": [],
        "note": "マイナンバー・保険証番号を含むが社内の医事課宛てのみ",
    },
    {
        "id": "renkeishitsu-037",
        "charset": "shift_jis",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["増子 千晴 <mashiko.chiharu@hinode-sangyou.co.jp>"],
        "subject": "今週の退院予定者（請求準備用）",
        "body": """増子さん

お疲れさまです。高瀬です。
今週退院予定の方の一覧です。退院時請求の準備をお願いします。

患者ID     氏名          病棟   退院日   退院先            病名
---------  ------------  -----  -------  ----------------  ------------------
00481226   照沼 キヨ     4西    10/24    北浜リハ          右大腿骨頸部骨折
00502917   蛭田 正二     3東    10/24    自宅              誤嚥性肺炎
00533108   會田 シズ     4西    10/25    自宅              腰椎圧迫骨折
00540092   大内 ミヨ     3西    10/26    有料老人ホーム    胆管炎
00611205   根本 ツル     4西    10/27    自宅              腰椎圧迫骨折
00633741   小林 勇       5東    10/28    自宅              脳梗塞

よろしくお願いします。
""" + SIG_TAKASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "社内宛てのつもりが hinode-sangyou.co.jp（u が余分）の類似ドメイン。患者6名の病名一覧つき",
    },
    {
        "id": "renkeishitsu-038",
        "charset": "iso-2022-jp",
        "sender": "沖田 誠一 <okita.seiichi@hinode-sangyo.co.jp>",
        "to": ["南浜市医師会 事務局 <jimukyoku@minamihama-ishikai.or.jp>"],
        "subject": "地域医療支援病院運営委員会 資料（連携実績）",
        "body": """南浜市医師会 事務局
菅谷 様

お世話になっております。日の出総合病院の沖田です。
11月の地域医療支援病院運営委員会の資料として、上期の連携実績をお送りします。

【2026年度上期（4〜9月）実績】
　紹介患者数　　　　2,364件（前年同期比 +4.2%）
　逆紹介患者数　　　2,981件（同 +7.9%）
　紹介率　　　　　　74.1%
　逆紹介率　　　　　80.3%
　救急搬送受入　　　1,807件
　共同利用（CT/MRI）　412件（登録医療機関 86施設）
　開放病床利用　　　延べ 233日

【主な取り組み】
　・返書管理システムの導入により、受診報告の平均送付日数を 6.1日→2.4日に短縮
　・地域連携懇話会（11/14）の開催準備

委員の先生方への配布は事務局でお願いできますでしょうか。
""" + SIG_OKITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "集計値のみの連携実績報告で個人データなし",
    },
    {
        "id": "renkeishitsu-039",
        "charset": "utf-8",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["南浜市社会福祉協議会 地域ケア会議事務局 <care-kaigi@minamihama-shakyo.or.jp>"],
        "subject": "地域ケア会議（11/6）事例提出資料",
        "body": """南浜市社会福祉協議会
地域ケア会議 事務局 御中

お世話になっております。日の出総合病院 MSWの野々村です。
11月6日の地域ケア会議で当院から提出する事例資料（PPTX）をお送りします。
当日はこのスライドで15分ほど説明いたします。
""" + SIG_NONOMURA,
        "attachments": [{
            "kind": "pptx",
            "name": "地域ケア会議_事例提出_日の出総合病院.pptx",
            "title": "退院支援困難事例",
            "page_footer": "部外秘　日の出総合病院 地域医療連携室",
            "slides": [
                ["退院支援が困難だった事例（2026年度上期）", "日の出総合病院 地域医療連携室", "MSW 野々村 拓"],
                ["事例1　照沼 喜三郎 様（81歳 男性）", "脳出血後遺症・胃瘻・喀痰吸引", "独居、長男は県外在住", "療養病床の空きがなく在院日数 64日"],
                ["事例2　井坂 トシ子 様（79歳 女性）", "アルツハイマー型認知症・徘徊", "夫（84歳）が主介護者、介護保険未申請", "入院中に要介護3認定"],
                ["事例3　百目鬼 信彦 様（64歳 男性）", "パーキンソン病、指定難病申請中", "生活保護受給、住居の段差が多い", "住宅改修の費用負担で調整難航"],
                ["事例4　鬼沢 孝 様（68歳 男性）", "ALS、NPPV管理", "妻が精神疾患（うつ病）で通院中", "レスパイト先の確保が課題"],
                ["事例5　小室 フミ 様（92歳 女性）", "うっ血性心不全、身寄りなし", "成年後見申立てを市長申立てで実施", "施設入所まで 3か月"],
                ["まとめ", "早期からの多職種・多機関連携が不可欠", "病院と地域包括の情報共有の仕組みづくりを提案"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "confidential_marking"],
        "note": "PPTXに実名5事例の病名・家族の精神疾患等、かつ「部外秘」フッター",
    },
    {
        "id": "renkeishitsu-040",
        "charset": "iso-2022-jp",
        "sender": "地域医療連携室 <renkei@hinode-sangyo.co.jp>",
        "to": ["地域医療連携室 <renkei@hinode-sangyo.co.jp>"],
        "bcc": ["info@yamabuki-naika.jp", "clinic@sakuragawa-seikei.com",
                "renraku@minato-ganka.jp", "info@kobato-sanfujinka.jp",
                "office@hidamari-zaitaku.jp", "station@tsubaki-houkan.jp",
                "office@aozora-vnc.or.jp", "ishiguro@hanamizuki-care.jp"],
        "subject": "【重要】地域医療連携室 FAX番号変更のお知らせ",
        "body": """連携医療機関・事業所 各位

平素より格別のご高配を賜り、厚く御礼申し上げます。

このたび、電話回線の工事に伴い、地域医療連携室のFAX番号を
下記のとおり変更いたしますのでお知らせいたします。

　　旧FAX番号：0294-21-5519
　　新FAX番号：0294-21-5530
　　切替日　　：令和8年11月16日（月）

切替日以降、旧番号は使用できなくなります。
紹介状・診療予約申込書の送信先のご変更をお願いいたします。
電話番号（0294-21-5510）に変更はございません。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

日の出総合病院 地域医療連携室
室長　沖田 誠一
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "番号変更の一斉案内を外部宛てBCCで送付。個人データなし",
    },
]

# ---- 041-060 -------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "renkeishitsu-041",
        "charset": "utf-8",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["飯島 誠 <makoto.iijima1968@gmail.com>",
               "菅野 恵子 <keiko_kanno55@yahoo.co.jp>"],
        "cc": ["石黒 由香 <ishiguro@hanamizuki-care.jp>"],
        "subject": "お母様（飯島 キヌ様）の退院後の生活について",
        "body": """飯島 誠 様
菅野 恵子 様
（cc：ケアプランセンターはなみずき 石黒様）

日の出総合病院 医療ソーシャルワーカーの野々村です。
昨日のご面談では長時間ありがとうございました。話し合った内容を整理してお送りします。

1. 病状について（主治医 大内より）
　・肝硬変（Child-Pugh 分類B）、食道静脈瘤は今回の内視鏡治療で改善
　・腹水のコントロールのため、塩分制限と利尿薬の内服継続が必要
　・軽度の肝性脳症があり、便秘になると意識がぼんやりすることがあります

2. 退院後のサービス（石黒様にプラン作成をお願いしています）
　・訪問看護 週2回（服薬・排便・体重の確認）
　・通所介護 週2回、配食サービス（減塩食）

3. 退院日
　・11月2日（月）午前を予定しています

ご不明な点がございましたら、いつでもご連絡ください。
""" + SIG_NONOMURA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "external_recipients_visible",
                      "multiple_external_domains", "freemail_recipient"],
        "note": "家族2名（フリーメール）とケアマネの3者がTo/Ccで見え、患者の病状（要配慮）も本文に",
    },
    {
        "id": "renkeishitsu-042",
        "charset": "shift_jis",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["特別養護老人ホーム白梅苑 生活相談員 <soudan@shiraume-en.or.jp>"],
        "subject": "当院の連携窓口資料と入所申込書の様式について",
        "body": """特別養護老人ホーム白梅苑
生活相談員 木村 様

お世話になっております。日の出総合病院の野々村です。
先日ご依頼のあった、当院の連携窓口一覧と、貴苑の入所申込書に添付する
「医療情報提供票」の当院様式（空欄）をZIPにまとめてお送りします。

窓口一覧の電話番号はいずれも部署の直通です。
様式は貴苑でそのまま印刷してご家族にお渡しいただいて構いません。
""" + SIG_NONOMURA,
        "attachments": [{
            "kind": "zip",
            "name": "日の出総合病院_連携資料.zip",
            "files": [
                {"kind": "csv", "name": "連携窓口一覧.csv", "encoding": "cp932",
                 "rows": [["部署", "用件", "直通電話", "FAX", "受付時間"],
                          ["地域医療連携室", "紹介・受診予約・転院相談", "0294-21-5510", "0294-21-5519", "平日 8:30-17:15"],
                          ["医療福祉相談（MSW）", "退院・施設入所・制度の相談", "0294-21-5512", "0294-21-5519", "平日 8:30-17:15"],
                          ["入退院支援センター", "入院前の説明・退院調整", "0294-21-5514", "0294-21-5519", "平日 8:30-17:00"],
                          ["救急外来", "夜間・休日の急変時", "0294-21-5599", "", "24時間"]]},
                {"kind": "docx", "name": "医療情報提供票（様式・空欄）.docx",
                 "paragraphs": ["医療情報提供票（介護老人福祉施設 入所申込用）",
                                "記入日　　年　　月　　日",
                                "医療機関名・記入医師名：",
                                "※以下は医師が記入し、封をしてご家族にお渡しください。"],
                 "tables": [[["項目", "記入欄"], ["氏名", ""], ["生年月日", ""],
                             ["傷病名", ""], ["感染症の有無", ""], ["服薬内容", ""]]]},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ZIP（暗号化なし）の中身は部署の直通電話一覧と空欄の様式のみ",
    },
    {
        "id": "renkeishitsu-043",
        "charset": "iso-2022-jp",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["ひたち民間救急 予約係 <yoyaku@hitachi-minq.jp>"],
        "subject": "11/5 転院搬送のご予約（ストレッチャー）",
        "body": """ひたち民間救急サービス
予約係 ご担当者様

お世話になっております。日の出総合病院 MSWの野々村です。
先ほどお電話で仮予約した転院搬送について、ご依頼内容をお送りします。

　搬送日時：11月5日（木）10:00 当院救急外来出入口
　搬送先　：北浜リハビリテーション病院（北茨城市）
　形態　　：ストレッチャー、酸素なし、付き添いご家族1名
　ご依頼者：鴨志田 雅之 様（ご長男）

料金はご長男のクレジットカードでのお支払いをご希望です。
ご本人から伺ったカード情報をお伝えします。

　カード番号：""" + _card(2) + """
　有効期限　：08/29
　名義　　　：MASAYUKI KAMOSHIDA

確定のご連絡をお待ちしております。
""" + SIG_NONOMURA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "家族のクレジットカード番号を搬送業者へメール本文で送付",
    },
    {
        "id": "renkeishitsu-044",
        "charset": "utf-8",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["大和田 様 <owada.family@yahoo.co.jp>"],
        "subject": "ご相談いただいた施設の一覧をお送りします",
        "body": """大和田 様

日の出総合病院 医療ソーシャルワーカーの野々村です。
本日はご相談ありがとうございました。
お話に出ていた日立市・高萩市周辺の入所施設を一覧にしました。
見学のご予約は各施設へ直接お電話ください。

■ 特別養護老人ホーム
・白梅苑（日立市川尻町）　　　　TEL 0294-43-1520　定員80　待機 約40名
・なでしこの里（高萩市島名）　　TEL 0293-23-4411　定員50　待機 約25名

■ 介護老人保健施設
・老健 いしなざか（日立市石名坂町）　TEL 0294-52-8810　入所相談は月・木
・老健 ひだまりの丘（高萩市高浜町）　TEL 0293-24-3300　短期入所あり

■ 有料老人ホーム・サービス付き高齢者向け住宅
・ゆうあい鹿島（日立市鹿島町）　TEL 0294-21-6655　月額 約15万円〜
・サ高住 みずき（日立市金沢町）　TEL 0294-35-2020　月額 約12万円〜

費用や待機状況は変わることがありますので、目安としてご覧ください。
""" + SIG_NONOMURA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "家族（フリーメール1名）へ施設（事業所）の一覧と代表電話。人の一覧ではない",
    },
    {
        "id": "renkeishitsu-045",
        "charset": "shift_jis",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["県立中央病院 患者支援センター <shien-center@pref-chuo-hp.jp>"],
        "subject": "転院のご相談（輸血に関するご意向について）",
        "body": """県立中央病院
患者支援センター 入退院支援 ご担当者様

いつもお世話になっております。日の出総合病院 地域医療連携室の高瀬です。
心臓血管外科での手術目的の転院について、事前にお伝えしたいことがございます。

患者様：雑賀 留美 様（60歳 女性）
診断：重症大動脈弁狭窄症（AVA 0.6cm2）、乳癌術後

ご本人はエホバの証人の信者でいらっしゃり、宗教上の理由から
同種血輸血を拒否されています。当院で「輸血拒否と免責に関する証明書」を
お預かりしており、自己血回収（セルセーバー）は受け入れ可とのことです。

貴院の無輸血治療の方針に照らして受け入れ可能か、ご検討いただけますでしょうか。
""" + SIG_TAKASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "患者1名の信仰（宗教）と病名を転院先へ送付",
    },
    {
        "id": "renkeishitsu-046",
        "charset": "iso-2022-jp",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["特別養護老人ホーム白梅苑 看護室 <kango@shiraume-en.or.jp>"],
        "subject": "インフルエンザ予防接種（出張接種）対象者の確認",
        "body": """白梅苑 看護室
主任 大森 様

お世話になっております。日の出総合病院の椎名です。
11月12日の出張接種について、当院で把握している対象者と
ご家族の緊急連絡先を以下にまとめました。相違がないかご確認ください。

氏名　　　　　生年月日　　　　　家族連絡先　　　　　　　続柄
──────────────────────────────────────
塙　サダ　　　大正１３年７月７日　０２９４−４３−２２１８　長女
会沢　ヨネ　　昭和９年１１月２日　０９０−６１７２−３０４５　長男
小貫　源一　　昭和１２年１２月１２日　０８０−２２０６−７７９１　次男
鈴木　フク　　大正１４年８月８日　０２９４−４４−１０６３　長男の妻
大内　ミヨ　　昭和１１年５月３０日　０７０−５５１８−８２３０　姪
照沼　キヨ　　昭和１３年１月２０日　０９０−１４８９−６６０２　長男

接種後の副反応時は、当院内科外来へご連絡ください。
""" + SIG_SHIINA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "全角スペース詰めの表で6名の氏名・和暦生年月日・家族電話（人の一覧）",
    },
    {
        "id": "renkeishitsu-047",
        "charset": "iso-2022-jp",
        "sender": "沖田 誠一 <okita.seiichi@hinode-sangyo.co.jp>",
        "to": ["やまぶき内科クリニック 大貫先生 <ohnuki@yamabuki-naika.jp>"],
        "subject": "地域連携懇話会でのご講演のお願い",
        "body": """やまぶき内科クリニック
院長 大貫 正彦 先生

拝啓　時下ますますご清祥のこととお慶び申し上げます。
平素は当院の診療に格別のご協力を賜り、厚く御礼申し上げます。

さて、当院では11月14日（金）に「地域連携懇話会」を開催いたします。
つきましては、かかりつけ医のお立場から「心不全患者の在宅療養を支える連携」
と題して、30分程度ご講演を賜りたく、お願い申し上げる次第です。

　日時：11月14日（金）18:30〜
　会場：さくらホテル 2階 桐の間
　謝金：当院規程により別途ご案内いたします

ご多用のところ誠に恐縮ですが、ご検討のほどよろしくお願い申し上げます。
ご承諾いただける場合は、10月31日までにご返信いただけますと幸いです。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　敬具
""" + SIG_OKITA + """
このメールは、日の出産業株式会社の情報セキュリティ方針に基づき送信されています。
本メールには機密情報が含まれている場合があります。宛先に心当たりのない方は、
お手数ですが削除のうえ、送信者までお知らせください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "講演依頼の通常の業務メール。末尾は定型の免責文で機密表示ではない",
    },
    {
        "id": "renkeishitsu-048",
        "charset": "shift_jis",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["錦印刷 平山様 <hirayama@nishiki-insatu.co.jp>"],
        "subject": "連携室だより 第42号 原稿送付",
        "body": """錦印刷株式会社
平山様

お世話になっております。日の出総合病院の椎名です。
連携室だより第42号（12月発行）の原稿をお送りします。
写真は別途ギガファイル便でお送りします。

・1面　新任医師紹介（循環器内科 2名）
・2面　地域連携懇話会の開催報告
・3面　地域包括ケア病棟のレスパイト入院のご案内
・4面　外来診療担当医表（12月〜）

部数は前号と同じ 1,200部、納品は11月28日でお願いします。
""" + SIG_SHIINA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "取引先 nishiki-insatsu.co.jp の s 脱落 nishiki-insatu.co.jp 宛て",
    },
    {
        "id": "renkeishitsu-049",
        "charset": "utf-8",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["錦印刷 平山様 <hirayama@nishiki-insatsu.co.jp>"],
        "subject": "Re: 連携室だより 第42号 初校",
        "body": """平山様

初校ありがとうございました。赤字を入れたPDFを添付します。
主な修正点は次の3か所です。

1. 1面：葛西医師の肩書き「医長」→「部長」
2. 3面：レスパイト入院の期間「最長14日」→「原則7日、最長14日」
3. 4面：木曜午後の整形外科外来「飛田」→「休診」

再校は11月18日頃にいただければ問題ありません。

椎名

On Thu, Nov 12, 2026 at 9:41 AM 平山 <hirayama@nishiki-insatsu.co.jp> wrote:
> 日の出総合病院 椎名様
> 連携室だより第42号の初校をお送りします。ご確認をお願いいたします。
> 錦印刷株式会社 企画営業部 平山
""",
        "attachments": [{
            "kind": "pdf",
            "name": "連携室だより42号_初校_赤字.pdf",
            "lines": ["連携室だより 第42号（2026年12月）初校",
                      "新任医師紹介 循環器内科部長 葛西 悠",
                      "地域包括ケア病棟 レスパイト入院 原則7日、最長14日",
                      "外来診療担当医表（12月〜）"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "取引先（正しいドメイン）への広報誌の校正。職員の氏名と肩書きのみ",
    },
    {
        "id": "renkeishitsu-050",
        "charset": "iso-2022-jp",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["桜川整形外科医院 <clinic@sakuragawa-seikei.com>"],
        "subject": "術後経過報告書の送付",
        "body": """桜川整形外科医院
院長 桜川 先生

お世話になっております。日の出総合病院 連携室の椎名です。
ご紹介いただいた患者様の術後経過報告書（整形外科 飛田）をお送りします。
今後の外来フォローを貴院でお願いできればとのことです。
""" + SIG_SHIINA,
        "attachments": [{"kind": "corrupt", "name": "術後経過報告書_20261104.docx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "添付DOCXが壊れていて検査できない",
    },
    {
        "id": "renkeishitsu-051",
        "charset": "utf-8",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["みずほ社会保険労務士事務所 <office@mizuho-sr.jp>"],
        "subject": "障害年金の請求代理のご相談（鬼沢 孝 様）",
        "body": """みずほ社会保険労務士事務所
社会保険労務士 水穂 先生

はじめてご連絡いたします。日の出総合病院 医療ソーシャルワーカーの野々村です。
当院に通院中の方の障害年金請求について、ご本人・ご家族の同意を得て
代理請求をお願いできないかご相談させていただきます。

　氏名：鬼沢 孝（おにざわ たかし）
　生年月日：1958年2月9日
　住所：茨城県日立市大沼町1-32-5
　基礎年金番号：4021-587316
　傷病名：筋萎縮性側索硬化症（ALS）　初診日 2023年5月12日（当院 脳神経内科）
　現状：四肢筋力低下、NPPV使用、身体障害者手帳1級（肢体不自由）
　職歴：川崎電機株式会社に2024年まで在籍（厚生年金加入）

奥様が窓口となります。一度面談の機会をいただけますでしょうか。
""" + SIG_NONOMURA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "社労士事務所へ基礎年金番号・病名・障害等級を送付",
    },
    {
        "id": "renkeishitsu-052",
        "charset": "shift_jis",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["南浜市 生活福祉課 ケースワーカー <seikatsu-fukushi@city.minamihama.lg.jp>"],
        "subject": "受給者の方の入院についてのご報告",
        "body": """南浜市役所 生活福祉課
ケースワーカー 大竹 様

いつもお世話になっております。日の出総合病院 MSWの野々村です。
貴課ご担当の受給者の方について、入院のご報告です。

　氏名：小室 武 様（74歳）　ケース番号 M-0412
　入院日：10月29日　救急搬送
　診断：アルコール性肝硬変、肝性脳症
　精神科既往：統合失調症（松風病院 通院中、デポ剤注射 4週ごと）
　今後：2〜3週間の入院見込み。退院後は単身生活の継続が難しく、
　　　　救護施設またはグループホームの検討が必要と考えています。

医療扶助の手続き（医療要否意見書）は医事課から別途お送りします。
退院先についてご相談させてください。
""" + SIG_NONOMURA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "市のケースワーカーへ患者1名の病名・精神科既往（要配慮個人情報）",
    },
    {
        "id": "renkeishitsu-053",
        "charset": "iso-2022-jp",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["こばと産婦人科 事務 <info@kobato-sanfujinka.jp>"],
        "subject": "Re: 紹介状をメールで送ってもよいか",
        "body": """こばと産婦人科
事務 小林 様

お問い合わせありがとうございます。日の出総合病院 連携室の三枝です。

当院では、患者様の診療情報は機密性が高いため、通常のメールでの
紹介状の受け取りはお断りしております。お手数ですが、次のいずれかでお願いします。

1. 地域連携ネットワーク（ツバサシステム）の文書送信機能
2. FAX（0294-21-5519）＋原本はご本人持参
3. 郵送（簡易書留）

地域連携ネットワークの利用申込書が必要でしたら、すぐにお送りします。
秘密保持に関する誓約書の提出が必要になりますので、あわせてご案内いたします。
""" + SIG_SAEGUSA + """
> 日の出総合病院 地域医療連携室 御中
> 急ぎの母体搬送の際、紹介状をPDFでメール送信しても差し支えないでしょうか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "「機密性が高い」「秘密保持」への言及のみで、機密表示も個人データもない",
    },
    {
        "id": "renkeishitsu-054",
        "charset": "utf-8",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["南浜市地域包括支援センター <houkatsu@city.minamihama.lg.jp>"],
        "subject": "【至急】高齢者虐待の疑いについての通報",
        "body": """南浜市地域包括支援センター
社会福祉士 岡部 様

日の出総合病院 医療ソーシャルワーカーの野々村です。
先ほどお電話でお伝えした件を、念のため文書でもお送りします。

　対象者：井坂 トシ子 様（79歳）　南浜市汐見台5-7-1
　状況：本日救急外来受診。両上腕・背部に新旧混在の皮下出血多数。
　　　　右第7・8肋骨骨折。ご本人は「息子に押された」と話されています。
　　　　同居の長男（52歳、無職）は受診時に付き添わず。
　　　　体重 34kg（3か月で6kg減少）、脱水あり、介護放棄の疑いも。
　対応：本日は入院とし、長男への病状説明は保留しています。

高齢者虐待防止法に基づく通報として扱っていただけますようお願いします。
今後の面会制限について、本日中にご指示をいただけますでしょうか。
""" + SIG_NONOMURA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "虐待（犯罪被害）の疑いと外傷の所見を実名・住所つきで送付",
    },
    {
        "id": "renkeishitsu-055",
        "charset": "shift_jis",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["助川腎クリニック 透析室 <toseki@sukegawa-jin.jp>"],
        "subject": "年末年始の臨時透析 受け入れ依頼者一覧",
        "body": """助川腎クリニック
透析室 主任 ご担当者様

お世話になっております。日の出総合病院 地域医療連携室の椎名です。
年末年始（12/29〜1/3）に当院透析室が縮小運営となるため、
貴院での臨時透析をお願いしたい方の一覧を Excel（xls）でお送りします。
古いシステムからの出力のため .xls 形式になっております。

受け入れ可否をシートの「可否」列にご記入のうえ、ご返送ください。
""" + SIG_SHIINA,
        "attachments": [{
            "kind": "xls",
            "name": "臨時透析依頼_年末年始.xls",
            "sheets": {
                "依頼者一覧": [
                    ["氏名", "性別", "生年月日", "原疾患", "感染症", "ドライウェイト", "曜日", "可否"],
                    ["簗瀬 富雄", "男", "1949/03/18", "糖尿病性腎症", "なし", "58.5", "月水金", ""],
                    ["会沢 良子", "女", "1955/10/02", "慢性糸球体腎炎", "HBs抗原陽性", "44.0", "月水金", ""],
                    ["蛭田 実", "男", "1962/07/27", "腎硬化症", "なし", "66.2", "火木土", ""],
                    ["鈴木 キミ", "女", "1940/01/09", "多発性嚢胞腎", "なし", "41.8", "火木土", ""],
                    ["飛田 勝", "男", "1958/12/15", "糖尿病性腎症", "HCV抗体陽性", "71.0", "月水金", ""],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "旧形式XLSに透析患者5名の氏名・生年月日・原疾患・感染症",
    },
    {
        "id": "renkeishitsu-056",
        "charset": "iso-2022-jp",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["みなと眼科 受付 <renraku@minato-ganka.jp>"],
        "subject": "画像CD-Rの発送について",
        "body": """みなと眼科
受付ご担当 様

お世話になっております。日の出総合病院 地域医療連携室の三枝です。
ご依頼いただいた画像データ（CD-R 1枚）を本日レターパックプラスで発送しました。

　お問い合わせ番号：3318-4420-9917
　お届け予定：明日（11月6日）午前中

CD-Rは院内規程によりパスワードを設定しておりません。
到着しましたら、同封の受領書をFAXでご返送いただけますと幸いです。
""" + SIG_SAEGUSA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "発送のお知らせで追跡番号のみ、個人データなし",
    },
    {
        "id": "renkeishitsu-057",
        "charset": "utf-8",
        "sender": "沖田 誠一 <okita.seiichi@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-1aw.jp>"],
        "subject": "カルテ開示請求への対応についてご相談",
        "body": """白川法律事務所
弁護士 白川 先生

いつもお世話になっております。日の出総合病院 地域医療連携室の沖田です。

当院に、元患者のご遺族から診療記録の開示請求がありました。
請求者は故人の甥にあたる方で、相続人ではないと思われます。

ご相談したい点は次の3点です。
1. 相続人でない親族からの開示請求に応じるべきか
2. 他の相続人の同意を求めることの可否
3. 開示する場合、看護記録中の家族間のやりとりの記載をマスキングできるか

来週どこかで30分ほどお時間をいただけますでしょうか。
""" + SIG_OKITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "顧問事務所 shirakawa-law.jp の l を数字1にした shirakawa-1aw.jp 宛て",
    },
    {
        "id": "renkeishitsu-058",
        "charset": "iso-2022-jp",
        "sender": "沖田 誠一 <okita.seiichi@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "cc": ["白川法律事務所 秘書 <secretary@shirakawa-law.jp>"],
        "subject": "Re: カルテ開示請求への対応についてご相談",
        "body": """白川先生

ご多忙のところ早速ご回答いただき、ありがとうございました。
11月10日（火）16時に貴事務所へお伺いします。
当日は開示請求書の写し（氏名等は黒塗り済）と、当院の診療情報提供規程を持参します。

沖田

-----Original Message-----
From: 白川 <shirakawa@shirakawa-law.jp>
Sent: Friday, November 6, 2026 6:20 PM
Subject: Re: カルテ開示請求への対応についてご相談

沖田様
ご連絡ありがとうございます。来週であれば10日16時、11日10時が空いております。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "顧問弁護士（正しいドメイン、同一組織2名）への日程返信。個人データなし",
    },
    {
        "id": "renkeishitsu-059",
        "charset": "utf-8",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["南浜市医師会 在宅医療部会 <zaitaku@minamihama-ishikai.or.jp>"],
        "subject": "心不全地域連携パス 改定案（部会資料）",
        "body": """南浜市医師会 在宅医療部会
ご担当 各位

お世話になっております。日の出総合病院 退院支援看護師の高瀬です。
次回部会（11/19）で審議いただく心不全地域連携パスの改定案をお送りします。
まだ院内の承認前の案ですので、部会委員の先生方の間でのみご検討ください。
""" + SIG_TAKASE,
        "attachments": [{
            "kind": "docx",
            "name": "心不全地域連携パス_改定案_v0.3.docx",
            "title": "心不全地域連携パス 改定案",
            "page_header": "取扱注意（院内検討中）",
            "paragraphs": [
                "心不全地域連携パス 改定案（第0.3版）",
                "1. 対象：心不全入院後に在宅または施設へ退院する患者",
                "2. 主な改定点：体重増加の受診目安を「3日で2kg」に統一",
                "3. かかりつけ医と当院循環器内科の共同診療の頻度を3か月ごとに変更",
                "4. 訪問看護による心不全手帳の記録確認を必須化",
            ],
            "tables": [[["時期", "かかりつけ医", "当院", "訪問看護"],
                        ["退院〜1か月", "2週ごと", "1か月後外来", "週1〜2回"],
                        ["1〜6か月", "月1回", "3か月ごと", "週1回"]]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCXのヘッダに「取扱注意」の区分表示がある文書を社外へ",
    },
    {
        "id": "renkeishitsu-060",
        "charset": "utf-8",
        "sender": "Miwako Takase <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["Sarah Whitfield <s.whitfield@stlukes-community.org>"],
        "subject": "Re: Discharge planning workshop slides",
        "body": """Dear Sarah,

Thank you so much for sharing your slides. The part on the "teach-back" method for
family caregivers was very helpful, and we would like to use the checklist (with
credit to your team) in our own discharge planning training next month.

I will send you our Japanese version once it is ready.

Best regards,
Miwako

--
Miwako Takase, RN
Discharge Planning Nurse, Regional Medical Liaison Office
Hinode General Hospital
+81-294-21-5510 (ext. 2214)

On Mon, Nov 9, 2026 at 8:15 PM Sarah Whitfield <s.whitfield@stlukes-community.org> wrote:
> Hi Miwako,
> As promised, here are the slides. The case in slide 12 is Mrs. Eleanor Briggs
> (DOB 3/4/1939), 87, with advanced COPD and early dementia, who was readmitted
> twice - we changed her name in the public version, but please keep this copy to
> yourself. Her daughter Anne (phone 555-0143) agreed to appear in the video.
> Sarah
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "英文の返信。病状・連絡先は相手の元メール（On … wrote: 以下の引用）のみ",
    },
]

# ---- 061-080 -------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "renkeishitsu-061",
        "charset": "iso-2022-jp",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["松風病院 医療相談室 <soudan@shofu-hp.or.jp>"],
        "subject": "療養病床の空き状況の確認（打診前）",
        "body": """松風病院 医療相談室
小野瀬 様

いつもお世話になっております。日の出総合病院の高瀬です。
正式な打診の前に、空きの見込みだけ伺えればと思いご連絡しました。

　K.S様　82歳　女性
　大腿骨頸部骨折術後（人工骨頭）、アルツハイマー型認知症、夜間せん妄あり
　経口摂取量にムラがあり、末梢点滴を併用中
　ご家族は日立市内在住、医療区分2相当の見込み

11月中旬以降の女性床で、空きが出そうな時期はありますでしょうか。
見込みがあるようでしたら、改めて診療情報提供書を添えて正式にご依頼します。
""" + SIG_TAKASE,
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "イニシャル・年齢・性別と病名のみで氏名なし。本人を特定できるかは判断が分かれる",
    },
    {
        "id": "renkeishitsu-062",
        "charset": "shift_jis",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 日立営業所 配車係 <haisha-hitachi@aoba-unyu.co.jp>"],
        "subject": "通院送迎（高萩ルート）11月の乗車予定",
        "body": """青葉運輸株式会社 日立営業所
配車係 ご担当者様

お世話になっております。日の出総合病院の三枝です。
11月の高萩ルートの乗車予定をお送りします。
お名前は院内規程によりお伝えできませんので、乗車地と連絡先で照合をお願いします。

No.,乗車地（住所）,連絡先,車椅子,曜日,備考
1,茨城県高萩市春日町2丁目14-6,0293-22-4851,有,火・金,玄関前スロープあり
2,茨城県高萩市下手綱2018,090-7720-3316,無,火,
3,茨城県高萩市高浜町3-41-2 ハイツ高浜201,0293-23-0977,無,金,階段介助
4,茨城県高萩市島名1877-5,080-3351-6640,有,火・金,
5,茨城県高萩市上手綱3302,0293-24-1185,無,火・金,ご家族同乗
6,茨城県高萩市安良川661-9,070-4408-2213,有,金,酸素ボンベ持参

前日17時までに連絡先へ迎車時刻のご連絡をお願いします。
""" + SIG_SAEGUSA,
        "expect": "stop",
        "entities": ["JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "氏名列はないが6名分の自宅住所・電話のカンマ区切り一覧（人の一覧）",
    },
    {
        "id": "renkeishitsu-063",
        "charset": "utf-8",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["情報システム課 ヘルプデスク <helpdesk@hinode-sangyo.co.jp>"],
        "cc": ["三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>"],
        "subject": "紹介元から届いたZIPが開けません",
        "body": """ヘルプデスクご担当者様

お疲れさまです。地域医療連携室の椎名です。
紹介元の診療所から届いたパスワード付きZIPが、別送のパスワードを入れても
「ファイルが壊れています」となり開けません。
転送しますので、破損なのか暗号化方式の問題なのか見ていただけますか。
（パスワードは後ほど内線でお伝えします）

もう1点、同じ診療所からのPDFも開けないとのことで、病棟から相談が来ています。
あわせて添付します。
""" + SIG_SHIINA,
        "attachments": [
            {"kind": "zip", "name": "紹介状_20261104.zip", "password": "yamabuki1104",
             "files": [{"kind": "txt", "name": "紹介状.txt",
                        "text": "紹介状\n患者氏名 海野 サト 様\n傷病名 胆石症"}]},
            {"kind": "corrupt", "name": "検査結果.pdf"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "暗号化ZIPと壊れたPDFだが宛先は社内のヘルプデスクのみ",
    },
    {
        "id": "renkeishitsu-064",
        "charset": "iso-2022-jp",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["やまぶき内科クリニック <info@yamabuki-naika.jp>",
               "桜川整形外科医院 <clinic@sakuragawa-seikei.com>",
               "みなと眼科 <renraku@minato-ganka.jp>",
               "こばと産婦人科 <info@kobato-sanfujinka.jp>",
               "ひだまり在宅クリニック <office@hidamari-zaitaku.jp>",
               "助川腎クリニック <toseki@sukegawa-jin.jp>"],
        "subject": "第12回 地域連携懇話会のご案内",
        "body": """連携医療機関の先生方

平素より大変お世話になっております。
日の出総合病院 地域医療連携室でございます。

下記のとおり「第12回 地域連携懇話会」を開催いたします。
ご多忙のところ恐縮ですが、ぜひご参加くださいますようご案内申し上げます。

　日時：令和8年11月14日（金）18:30〜21:00
　会場：さくらホテル 2階（日立市幸町）
　内容：講演「心不全患者の在宅療養を支える連携」
　　　　　やまぶき内科クリニック 院長 大貫 正彦 先生
　　　　当院新任医師紹介、懇親会
　会費：無料

出欠は11月6日までに、本メールへのご返信またはFAXにてお知らせください。
""" + SIG_RENKEI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "6つの外部医療機関をToに並べた一斉案内（BCCにすべき）",
    },
    {
        "id": "renkeishitsu-065",
        "charset": "shift_jis",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["やまぶき内科クリニック 大貫先生 <ohnuki@yamabuki-naika.jp>"],
        "cc": ["南浜市医師会 在宅医療部会 <zaitaku@minamihama-ishikai.or.jp>"],
        "subject": "心不全連携パス ワーキング日程のご相談",
        "body": """大貫先生
（cc：医師会 在宅医療部会 事務局様）

お世話になっております。日の出総合病院の高瀬です。
心不全地域連携パスの改定ワーキングの日程を調整させてください。

　・11月25日（水）19:00〜20:00
　・11月27日（金）19:00〜20:00
　・12月 2日（水）19:00〜20:00

いずれもオンライン（Teams）での開催を予定しています。
医師会事務局様には会議URLの周知をお願いできればと思います。
""" + SIG_TAKASE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "診療所と医師会の2組織がTo/Ccの日程調整。個人データなし",
    },
    {
        "id": "renkeishitsu-066",
        "charset": "utf-8",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["茨城県地域生活定着支援センター <teichaku@ibaraki-teichaku.or.jp>"],
        "subject": "退院後の生活支援についてのご相談",
        "body": """茨城県地域生活定着支援センター
相談員 藤田 様

はじめてご連絡いたします。日の出総合病院 医療ソーシャルワーカーの野々村です。
市の生活福祉課からご紹介いただき、ご連絡しました。

当院に入院中の 小貫 英樹 様（58歳）について、退院後の住まいと支援をご相談したく存じます。

　・窃盗罪で服役し、本年8月に水戸刑務所を満期出所
　・出所後は市内の簡易宿泊所に滞在していましたが、9月に路上で倒れて救急搬送
　・診断：2型糖尿病（未治療、HbA1c 12.1%）、糖尿病性壊疽（右第1趾切断）
　・軽度知的障害の疑い（療育手帳なし）
　・身寄りなし、住民票は前住所地のまま

退院は11月中旬の見込みです。一度面談の場を設けていただけますでしょうか。
""" + SIG_NONOMURA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "患者1名の犯罪歴（服役）・病名・障害の疑いを実名で送付",
    },
    {
        "id": "renkeishitsu-067",
        "charset": "iso-2022-jp",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["ひまわり福祉用具 営業 <eigyo@himawari-fukushi.co.jp>"],
        "subject": "手すり搬入先のご連絡",
        "body": """ひまわり福祉用具
営業 佐藤 様

いつもお世話になっております。日の出総合病院の高瀬です。
先日ご相談した据え置き型手すりの搬入先と、当日の立ち会いの方をお知らせします。

　搬入先：茨城県高萩市春日町2丁目14-6（鴨志田様宅）
　立ち会い：鴨志田 雅之 様（ご長男）携帯 090-3362-7150
　希望日時：11月3日（火・祝）10時〜12時

ご長男には、佐藤様から前日にお電話が入る旨お伝えしております。
設置位置は、先日お渡しした家屋評価シートのとおりでお願いします。
""" + SIG_TAKASE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "業者へ家族1名の氏名・搬入先住所・携帯のみ（1名の連絡先、病名なし）",
    },
    {
        "id": "renkeishitsu-068",
        "charset": "utf-8",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "地域連携ネットワーク 連携医療機関ユーザーの登録依頼",
        "body": """株式会社ツバサシステム
サポートデスク ご担当者様

お世話になっております。日の出総合病院の三枝です。
連携医療機関側の利用者を2名追加登録してください。
利用申込書と誓約書は当院で受領済みです。

　1. やまぶき内科クリニック　大貫 正彦（医師）　ohnuki@yamabuki-naika.jp
　2. やまぶき内科クリニック　岩間 早苗（看護師）　iwama@yamabuki-naika.jp

権限はいずれも「診療所・参照＋文書送受信」でお願いします。
登録完了のお知らせは、ご本人ではなく当院宛てにお送りください。
""" + SIG_SAEGUSA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "システム業者（正しいドメイン）へ医療機関職員2名の業務用アドレスのみ",
    },
    {
        "id": "renkeishitsu-069",
        "charset": "shift_jis",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["日立市役所 市民課 <shimin@city.hitachi-ibk.lg.jp>"],
        "subject": "入院患者様の住民登録の確認について",
        "body": """日立市役所 市民課
ご担当者様

日の出総合病院 医療ソーシャルワーカーの野々村と申します。
意識障害で救急搬送された患者様について、ご家族の連絡先がわからず、
所持品の運転免許証から住民登録の確認をお願いしたくご連絡しました。

　氏名：海野 サト
　生年月日：昭和２８年１１月１９日
　免許証記載住所：茨城県日立市十王町友部2713番地
　運転免許証番号：第３０１２７８４６５９１０号
　病状：脳出血（左被殻）、現在も意識レベル JCS 20

親族照会の手続きがございましたらご教示ください。
""" + SIG_NONOMURA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "市役所へ運転免許証番号と病状を送付",
    },
    {
        "id": "renkeishitsu-070",
        "charset": "iso-2022-jp",
        "sender": "沖田 誠一 <okita.seiichi@hinode-sangyo.co.jp>",
        "to": ["医療事業部 企画課 <iryo-kikaku@hinode-sangyo-co.jp>"],
        "subject": "来年度予算要求（連携室）の件",
        "body": """企画課 各位

お疲れさまです。地域医療連携室の沖田です。
来年度予算要求の連携室分をお送りします。

　・地域連携ネットワーク保守費　　　3,960千円
　・連携室だより印刷費　　　　　　　　 820千円
　・地域連携懇話会 開催費　　　　　　 1,150千円
　・退院支援看護師 増員（1名）　　　 人件費別途

増員分は、入退院支援加算1の施設基準維持のための要求です。
説明資料は来週の部会でお渡しします。
""" + SIG_OKITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "社内宛てのはずが hinode-sangyo-co.jp（ドットをハイフンにした類似ドメイン）",
    },
    {
        "id": "renkeishitsu-071",
        "charset": "shift_jis",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["松風病院 医療相談室 小野瀬様 <soudan@shofu-hp.or.jp>"],
        "subject": "RE: 受け入れ可のご連絡（照沼様）",
        "body": """小野瀬様

受け入れのご回答、本当にありがとうございます。
転院日は11月18日（水）14時着で承知いたしました。
搬送は当院で民間救急を手配します。ご長男がオンラインで同席されます。

当日の持参書類（診療情報提供書・看護サマリー・画像CD）は
搬送時に救急隊員ではなく病棟看護師から直接お渡しします。

野々村

差出人: 松風病院 医療相談室 <soudan@shofu-hp.or.jp>
送信日時: 2026年11月10日 15:48
宛先: nonomura.taku@hinode-sangyo.co.jp
件名: 受け入れ可のご連絡（照沼様）

日の出総合病院 野々村様

ご依頼の照沼 喜三郎様（S20.1.30生）について、判定会議の結果、受け入れ可となりました。
胃瘻管理・喀痰吸引、MRSAの接触予防策も当院で対応可能です。
慢性腎臓病（G4）について、直近の採血データを添えていただけますと幸いです。
転院日は11月18日14時でいかがでしょうか。

松風病院 医療相談室 小野瀬
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "病名等は相手の元メール（差出人/送信日時 以下の引用）のみ、新しい本文は日程だけ",
    },
    {
        "id": "renkeishitsu-072",
        "charset": "utf-8",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["あおぞら訪問看護ステーション 佐久間様 <office@aozora-vnc.or.jp>"],
        "subject": "Fwd: 在宅酸素導入予定者（呼吸器内科より）",
        "body": """佐久間様

お世話になっております。高瀬です。
呼吸器内科の外来看護師から届いた連絡を転送します。
在宅酸素導入にあたり、貴ステーションで訪問をお願いできそうな方を
ご検討いただけますでしょうか。

---------- Forwarded message ---------
From: 呼吸器内科外来 <kokyuki-gairai@hinode-sangyo.co.jp>
Date: 2026年10月30日(金) 9:12
Subject: 在宅酸素導入予定者
To: 高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>

高瀬さん
11月に在宅酸素を導入予定の方です。訪看の調整をお願いします。

・会沢 トヨ（95）日立市森山町3-4-2　TEL 0294-52-0881　COPD　安静時1L
・小林 正子（78）日立市大みか町1-8-3　TEL 0294-52-6104　間質性肺炎　労作時2L
・照山 勲（83）日立市久慈町2-5-19　TEL 0294-53-1772　肺癌術後　安静時0.5L
・飛田 サク（88）日立市水木町1-30-7　TEL 0294-53-0096　慢性心不全　夜間のみ1L
・簗瀬 和彦（71）日立市石名坂町2-2-40　TEL 0294-52-9315　COPD・肺高血圧　安静時2L

呼吸器内科外来 看護師 寺門
""" + SIG_TAKASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "院内メール（5名の住所・電話・病名）を社外の訪問看護へ転送。転送は新しい本文として数える",
    },
    {
        "id": "renkeishitsu-073",
        "charset": "utf-8",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["南浜市 介護保険課 認定係 <nintei@city.minamihama.lg.jp>"],
        "subject": "主治医意見書の送付（電子データ）",
        "body": """南浜市役所 介護保険課 認定係 ご担当者様

お世話になっております。日の出総合病院 地域医療連携室の三枝です。
ご依頼のありました主治医意見書を、原本郵送に先立ちWordファイルでお送りします。
認定審査会の日程に間に合わせるため、とのご指示に従っております。
""" + SIG_SAEGUSA,
        "attachments": [{
            "kind": "docx",
            "name": "主治医意見書_十河信吾.docx",
            "title": "主治医意見書",
            "paragraphs": [
                "主治医意見書",
                "記入日 令和8年11月2日",
                "申請者　十河 信吾（そごう しんご）　男　昭和25年2月14日生（76歳）",
                "住所　南浜市港町1-9-4",
                "被保険者番号　0000218844",
                "医師氏名　日の出総合病院 脳神経外科 今泉 正",
                "1. 傷病に関する意見",
                "(1) 診断名　1. 脳梗塞後遺症（左片麻痺） 発症 令和8年8月　2. 血管性認知症　3. 前立腺肥大症",
                "(2) 症状としての安定性　安定",
                "2. 特別な医療　なし",
                "3. 心身の状態に関する意見",
                "障害高齢者の日常生活自立度 B1　認知症高齢者の日常生活自立度 IIb",
                "短期記憶 問題あり。夜間の不穏あり。",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCXの主治医意見書に申請者1名の診断名・認知症の程度",
    },
    {
        "id": "renkeishitsu-074",
        "charset": "iso-2022-jp",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["葛西 悠 <kasai.yu@hp.hinode-sangyo.co.jp>"],
        "cc": ["高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>"],
        "subject": "綿引 トミ様 退院先のご相談",
        "body": """葛西先生

お疲れさまです。MSWの野々村です。
3東の綿引 トミ様（85歳、慢性心不全・心房細動・2型糖尿病）の退院先について、
ご家族と話し合った結果をご報告します。

・ご本人は自宅退院を強く希望
・同居の夫（88歳）が軽度認知症で、服薬管理は難しい
・長女は東京在住で週末のみ来訪可能

訪問看護（週2回）と訪問薬剤指導を入れて自宅退院、
体重増加時はやまぶき内科の大貫先生に早めに受診する流れを考えています。
利尿薬の調整が終わる時期の目安を教えていただけますか。
""" + SIG_NONOMURA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "患者の病名・家族の認知症を含むが、医師（病院サブドメイン）と同僚の社内のみ",
    },
    {
        "id": "renkeishitsu-075",
        "charset": "shift_jis",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["南浜市 中央公民館 <kouminkan@city.minamihama.lg.jp>"],
        "subject": "市民公開講座「家族で学ぶ介護のはじめ方」申込者名簿",
        "body": """南浜市中央公民館
事業係 ご担当者様

お世話になっております。日の出総合病院の三枝です。
11月21日の市民公開講座について、病院側で受け付けた申込者の名簿をお送りします。
公民館受付分と合わせて、会場の座席数のご確認をお願いします。

氏名,フリガナ,年齢,住所,電話
石川 芳江,イシカワ ヨシエ,67,南浜市汐見台3-8-12,0294-28-3317
大竹 俊夫,オオタケ トシオ,72,南浜市港町2-1-6,0294-28-9024
寺門 由美子,テラカド ユミコ,58,南浜市西原1-11-3,080-2291-4476
藤田 清,フジタ キヨシ,81,南浜市中央2-19-8,0294-28-1150
川又 美穂,カワマタ ミホ,49,南浜市汐見台1-2-20 汐見台ハイツ305,090-6638-2201
今泉 昭二,イマイズミ ショウジ,76,南浜市港町5-3-14,0294-28-7762
益子 良江,マシコ ヨシエ,70,南浜市中央4-6-1,0294-28-5093

当日は受付で氏名を確認します。駐車場の台数もご確認ください。
""" + SIG_SAEGUSA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "公開講座の申込者7名の氏名・住所・電話をカンマ区切りで本文に（人の一覧）",
    },
    {
        "id": "renkeishitsu-076",
        "charset": "iso-2022-jp",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 大友様 <ohtomo@sakura-hotel.jp>"],
        "subject": "懇話会 講師・来賓の到着予定",
        "body": """大友様

お世話になっております。日の出総合病院の三枝です。
11/14の講師・来賓の到着予定です。控室（菊の間）へのご案内をお願いします。
到着が遅れる場合はホテルから直接ご本人へご連絡いただいて構いません。

　大貫 正彦 先生（講師）　　　　17:45頃　携帯 090-3318-4206
　小林 啓介 先生（医師会長）　　18:10頃　携帯 090-5502-8164
　宇佐美 直子 様（北浜リハ）　　18:15頃　携帯 080-7719-3340
　益子 奈々 様（南浜市）　　　　18:20頃　携帯 080-1186-5590

以上4名です。よろしくお願いいたします。
""" + SIG_SAEGUSA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "取引先ホテルへ講師・来賓4名の氏名と携帯（4名まで、警告にとどまる）",
    },
    {
        "id": "renkeishitsu-077",
        "charset": "utf-8",
        "sender": "沖田 誠一 <okita.seiichi@hinode-sangyo.co.jp>",
        "to": ["メディカルストラテジー研究所 吉川様 <yoshikawa@medstrategy-lab.co.jp>"],
        "subject": "病床機能再編の検討資料（ご参考）",
        "body": """株式会社メディカルストラテジー研究所
吉川 様

お世話になっております。日の出総合病院の沖田です。
来週のディスカッションに先立ち、院内で検討中の病床再編案をお送りします。
連携室としては、地域包括ケア病棟の増床が紹介・逆紹介の流れにどう影響するかを
ご意見いただきたいと考えています。
""" + SIG_OKITA,
        "attachments": [{
            "kind": "pdf",
            "name": "病床再編計画_検討案.pdf",
            "title": "病床機能再編計画（検討案）",
            "page_header": "極秘",
            "page_footer": "極秘 — 経営会議資料　複製・転送禁止",
            "lines": ["病床機能再編計画（検討案）2027〜2029年度",
                      "1. 急性期一般 142床 → 118床（▲24）",
                      "2. 地域包括ケア病棟 44床 → 68床（＋24）",
                      "3. 回復期リハビリ病棟 40床 維持",
                      "4. 人員計画：看護師 6名を地域包括ケア病棟へ配置転換",
                      "5. 地域医療構想調整会議への報告時期：2027年2月"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDFのヘッダ・フッタに「極秘」表示の経営資料を社外コンサルへ",
    },
    {
        "id": "renkeishitsu-078",
        "charset": "utf-8",
        "sender": "Seiichi Okita <okita.seiichi@hinode-sangyo.co.jp>",
        "to": ["Mark Jensen <mark.jensen@carebridge-health.com>"],
        "subject": "Deck for Thursday's call - referral analytics",
        "body": """Hi Mark,

Ahead of Thursday's call, please find attached our internal deck on referral
analytics. It shows the figures we would like to see in your dashboard product.
The numbers are aggregated; no patient-level data is included.

Talk soon,
Seiichi
""",
        "attachments": [{
            "kind": "pptx",
            "name": "Referral_Analytics_FY2026H1.pptx",
            "title": "Referral analytics FY2026 H1",
            "page_footer": "CONFIDENTIAL - Hinode General Hospital - Internal Only",
            "slides": [
                ["Referral analytics FY2026 H1", "Regional Medical Liaison Office"],
                ["Headline figures", "Referrals: 2,364 (+4.2%)", "Back-referrals: 2,981 (+7.9%)",
                 "Referral rate 74.1% / back-referral rate 80.3%"],
                ["Top referring clinics", "Yamabuki Internal Medicine: 312", "Sakuragawa Orthopaedics: 244",
                 "Minato Eye Clinic: 198"],
                ["Pain points", "Average reply letter turnaround 2.4 days", "Orthopaedics back-referral down 12 pt"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTXの全スライドに \"CONFIDENTIAL - Internal Only\" 表示（英文メール、社外ベンダー宛て）",
    },
    {
        "id": "renkeishitsu-079",
        "charset": "utf-8",
        "sender": "地域医療連携室 <renkei@hinode-sangyo.co.jp>",
        "to": ["里美診療所 <info@satomi-shinryo.jp>"],
        "subject": "【ご案内】開放型病床・高額医療機器の共同利用について",
        "html": """<html><body>
<p>里美診療所<br>院長 先生</p>
<p>拝啓　平素より格別のご高配を賜り、厚く御礼申し上げます。</p>
<p>このたび、当院の<b>登録医制度</b>にご登録いただき、誠にありがとうございました。<br>
登録医の先生方にご利用いただける制度を、以下のとおりご案内いたします。</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>制度</th><th>内容</th><th>お申込み</th></tr>
<tr><td>開放型病床</td><td>5床。ご紹介患者の入院中、共同で診療いただけます</td><td>連携室へお電話</td></tr>
<tr><td>CT・MRI 共同利用</td><td>平日 9:00〜16:00。結果は翌営業日にFAX</td><td>予約申込書をFAX</td></tr>
<tr><td>内視鏡検査</td><td>上部・下部。前処置は当院で実施</td><td>予約申込書をFAX</td></tr>
<tr><td>症例検討会</td><td>毎月第3木曜 19:00〜（日本医師会生涯教育講座 1単位）</td><td>不要</td></tr>
</table>
<p>ご不明な点は地域医療連携室（TEL 0294-21-5510）までお問い合わせください。</p>
<p>敬具</p>
<p>日の出総合病院 地域医療連携室<br>〒317-0071 茨城県日立市鹿島町三丁目8番1号</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTMLのみのメールで制度の案内表。個人データなし、宛先1組織",
    },
    {
        "id": "renkeishitsu-080",
        "charset": "shift_jis",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["北浜リハビリテーション病院 入院相談 <nyuin-soudan@kitahama-reha.or.jp>"],
        "subject": "【取扱注意】転院打診（感染症情報の追加）",
        "body": """北浜リハビリテーション病院
入院相談室 宇佐美 様

お世話になっております。日の出総合病院の高瀬です。
先日打診した方について、感染症情報に追加がありましたのでお知らせします。

　患者：照山 英治 様（81歳 男性）
　診断：肺炎後の廃用症候群
　追加：入院時の術前検査でHIV抗体陽性が判明し、感染症内科にて
　　　　抗レトロウイルス療法（ビクタルビ配合錠 1日1回）を開始しました。
　　　　CD4 412/μL、ウイルス量は検出感度未満に低下しています。

標準予防策で対応可能と考えますが、受け入れの判断に影響がないかご確認ください。
なお、ご本人はご家族への告知を希望されていません。取扱いにご配慮ください。
""" + SIG_TAKASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "confidential_marking"],
        "note": "転院先へ患者1名のHIV感染と治療内容（要配慮）を実名で送付、件名に【取扱注意】",
    },
]

# ---- 081-100 -------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "renkeishitsu-081",
        "charset": "iso-2022-jp",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 介護食営業部 <kaigoshoku@kitaguni-foods.jp>"],
        "subject": "退院指導用 介護食サンプルのお願い",
        "body": """北国フーズ株式会社
介護食営業部 ご担当者様

いつもお世話になっております。日の出総合病院 地域医療連携室の高瀬です。

退院時の栄養指導で、ご家族に実際に試食していただける介護食のサンプルを
ご用意いただけないかご相談です。

　・やわらか食（歯ぐきでつぶせる）　5種×10食
　・ムース食（舌でつぶせる）　　　　5種×10食
　・とろみ調整食品（スティック）　　 50本
　・商品カタログ　　　　　　　　　　 30部

管理栄養士と相談のうえ、12月の退院指導から使用したいと考えています。
お見積りとあわせてご検討いただけますと幸いです。
""" + SIG_TAKASE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "取引先 kitaguni-foods.co.jp から co. を落とした kitaguni-foods.jp 宛て",
    },
    {
        "id": "renkeishitsu-082",
        "charset": "shift_jis",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 介護食営業部 工藤様 <kudo@kitaguni-foods.co.jp>"],
        "subject": "Re: 介護食サンプルのお見積り（見積No. KF-2611-032）",
        "body": """工藤様

お世話になっております。日の出総合病院の高瀬です。
お見積り（見積No. KF-2611-032）をありがとうございました。
下記のとおり発注いたします。

　品番 KF-Y101〜105　やわらか食 詰め合わせ　10セット
　品番 KF-M201〜205　ムース食 詰め合わせ　　10セット
　品番 KF-T010　　　とろみスティック（50本入）　1箱

納品先は当院 栄養管理室（地下1階）、納品希望日は12月1日です。
請求書は地域医療連携室 三枝宛てにお送りください。
""" + SIG_TAKASE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "取引先（正しいドメイン）への発注。見積番号・品番のみ",
    },
    {
        "id": "renkeishitsu-083",
        "charset": "utf-8",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["こころの森メンタルクリニック <yoyaku@kokoro-mori.jp>"],
        "subject": "初診予約の受付状況について（お問い合わせ）",
        "body": """こころの森メンタルクリニック
受付ご担当者様

突然のご連絡失礼いたします。日の出総合病院 地域医療連携室の野々村と申します。

当院の心療内科が初診まで2か月待ちの状況となっており、
患者様に近隣の医療機関をご案内できるよう、各院の受付状況を伺っております。

1. 現在、新患の初診予約は何週間先になりますでしょうか
2. 医療機関からの紹介状がある場合、優先枠はございますか
3. 紹介状は郵送・FAXのどちらがよろしいでしょうか

個別の患者様のご相談は、ご本人の同意を得たうえで改めてお電話いたします。
お忙しいところ恐縮ですが、ご回答いただけますと幸いです。
""" + SIG_NONOMURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "精神科クリニックへの受付状況の一般的な問い合わせ。患者の特定情報なし",
    },
    {
        "id": "renkeishitsu-084",
        "charset": "iso-2022-jp",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["石黒 由香 <ishiguro@hanamizuki-care.jp>"],
        "subject": "退院時情報連携シート（新様式）のご案内",
        "body": """石黒様

お世話になっております。高瀬です。
12月から、ケアマネジャーの皆様との退院時の情報連携シートを新しい様式に変更します。
Excelの様式（記入例つき）をお送りしますので、ご意見があればお聞かせください。

記入例は架空の事例です。入院時情報提供書の様式は従来どおりです。
""" + SIG_TAKASE,
        "attachments": [{
            "kind": "xlsx",
            "name": "退院時情報連携シート_新様式.xlsx",
            "sheets": {
                "様式": [
                    ["退院時情報連携シート（日の出総合病院 → 居宅介護支援事業所）"],
                    ["項目", "記入欄", "備考"],
                    ["退院予定日", "", ""],
                    ["退院後の医療処置", "", "在宅酸素・インスリン等"],
                    ["服薬管理の方法", "", "本人／家族／訪問看護"],
                    ["ADL（移動・排泄・入浴）", "", ""],
                    ["次回受診予定", "", ""],
                ],
                "記入例": [
                    ["※記入例（架空の事例です）"],
                    ["退院予定日", "○月○日"],
                    ["退院後の医療処置", "なし"],
                    ["服薬管理の方法", "家族（お薬カレンダー使用）"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "空欄様式と架空の記入例のXLSXのみで個人データなし",
    },
    {
        "id": "renkeishitsu-085",
        "charset": "utf-8",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 総務部 衛生管理担当 <somu-eisei@kitaguni-foods.co.jp>"],
        "subject": "腸内細菌検査・再検査結果の送付（日立工場 6名）",
        "body": """北国フーズ株式会社
総務部 衛生管理ご担当 様

お世話になっております。日の出総合病院の椎名です。
健診後に当院で再検査を受けられた日立工場の従業員の方6名分の結果を、
ZIPファイルにまとめてお送りします（Excel 1ファイル）。
要治療の方には当院外来から直接ご連絡しております。
""" + SIG_SHIINA,
        "attachments": [{
            "kind": "zip",
            "name": "再検査結果_日立工場_202611.zip",
            "files": [{
                "kind": "xlsx",
                "name": "再検査結果一覧.xlsx",
                "sheets": {
                    "結果": [
                        ["北国フーズ株式会社 日立工場 再検査結果（2026年11月）"],
                        ["社員番号", "氏名", "生年月日", "所見（健診時）", "再検査結果", "判定"],
                        ["KF10231", "佐川 健太", "1985/04/11", "腸管出血性大腸菌 疑い", "O157 陰性", "就業可"],
                        ["KF10488", "根本 あゆみ", "1992/09/30", "血圧 168/102", "本態性高血圧症", "要治療"],
                        ["KF10502", "飯田 進", "1971/01/22", "空腹時血糖 186", "2型糖尿病", "要治療"],
                        ["KF10677", "大森 麻衣", "1998/06/06", "ヘモグロビン 8.9", "鉄欠乏性貧血", "要治療"],
                        ["KF10790", "照井 昭", "1968/12/03", "胸部X線 異常影", "陳旧性肺結核", "経過観察"],
                        ["KF10815", "小野 智之", "1989/02/17", "ALT 102", "脂肪肝", "要指導"],
                    ],
                },
            }],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "ZIP内のXLSXに従業員6名の氏名・生年月日・健診再検査結果",
    },
    {
        "id": "renkeishitsu-086",
        "charset": "shift_jis",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["ひだまり在宅クリニック 大森様 <renkei@hidamari-zaitaku.jp>"],
        "subject": "県北地域 回復期・療養病床の空床状況（11/9時点）",
        "body": """大森様

お世話になっております。日の出総合病院の椎名です。
先日ご質問いただいた、県北地域の回復期・療養病床の空床状況を、
各病院の連携室から聞き取った範囲でまとめました。

病院名                        病床種別        空床  男/女   入院相談窓口
---------------------------------------------------------------------------
北浜リハビリテーション病院    回復期リハ        2   1/1    0293-42-2200（代）
松風病院                      医療療養          0   -      0294-72-3155（代）
高萩協同病院                  地域包括ケア      4   2/2    0293-23-1120（代）
常陸太田記念病院              介護医療院        1   0/1    0294-73-0511（代）
北茨城中央病院                回復期リハ        3   2/1    0293-43-7100（代）

いずれも日々変動しますので、ご紹介の際は各病院へ直接ご確認ください。
""" + SIG_SHIINA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "病院（事業所）ごとの空床数と代表電話の一覧で、人の一覧ではない",
    },
    {
        "id": "renkeishitsu-087",
        "charset": "iso-2022-jp",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["北浜リハ 入院相談 <nyuin-soudan@kitahama-reha.or.jp>",
               "高萩協同病院 地域連携室 <renkei@takahagi-kyodo.or.jp>",
               "北茨城中央病院 患者支援室 <shien@kitaibaraki-chuo.jp>"],
        "subject": "回復期リハ病床の空き状況の照会",
        "body": """各病院 入院相談ご担当者様

いつもお世話になっております。日の出総合病院 地域医療連携室の高瀬です。
回復期リハビリテーション病棟への転院候補の方が3名おり、
11月中の空き見込みを照会させていただきます。

　・70代男性　脳梗塞（右片麻痺）　発症14日目
　・80代女性　大腿骨頸部骨折　術後10日目
　・60代男性　脊髄損傷（不全）　受傷21日目

受け入れの見込みがある場合は、個別に詳細をお送りいたします。
お手数ですが、11月12日までにご返信いただけますと幸いです。
""" + SIG_TAKASE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "3つの外部病院をToに並べた照会（BCCにすべき）。患者は匿名で個人データなし",
    },
    {
        "id": "renkeishitsu-088",
        "charset": "utf-8",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["訪問看護ステーションつばき 宮田所長 <station@tsubaki-houkan.jp>"],
        "subject": "当院退院者を担当中のケアマネジャー連絡先",
        "body": """宮田所長

お世話になっております。高瀬です。
お問い合わせのあった、当院退院者を担当されているケアマネジャーの
連絡先をまとめました（各事業所の了承済みです）。

【ケアマネジャー連絡先】
石黒 由香　ケアプランセンターはなみずき　直通 0294-24-7781　ishiguro@hanamizuki-care.jp
川又 順子　居宅介護支援事業所かわまた　　直通 0294-33-5210　kawamata@kawamata-kyotaku.jp
寺門 修　　社協 日立居宅介護支援事業所　　直通 0294-22-0418　teramon@hitachi-shakyo.or.jp
佐久間 亜紀　ケアステーションさくま　　　 直通 0294-36-9902　aki@sakuma-care.jp
藤田 浩二　あいケアプラン　　　　　　　　 直通 0293-22-6150　k.fujita@ai-careplan.jp

ご不明な点があればお知らせください。
""" + SIG_TAKASE,
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "5名の業務用連絡先（事業所の直通・業務アドレス）。人の一覧か事業所連絡先かで判断が分かれる",
    },
    {
        "id": "renkeishitsu-089",
        "charset": "iso-2022-jp",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["岩間 先生 <iwama.shinichi1952@yahoo.co.jp>"],
        "subject": "市民公開講座ご登壇の件（当日の流れ）",
        "body": """岩間 信一 先生

いつもお世話になっております。日の出総合病院 地域医療連携室の三枝です。
11月21日の市民公開講座でのご講演、お引き受けいただきありがとうございます。
当日の流れをお送りいたします。

　13:00　南浜市中央公民館 到着（控室：第2会議室）
　13:30　開会・院長あいさつ
　13:40　ご講演「家族で学ぶ介護のはじめ方」（50分）
　14:30　質疑応答（20分）
　15:00　終了

スライドは11月18日までにお送りいただければ、当日こちらで投影いたします。
謝金の振込先については、別途書面にてお伺いいたします。
""" + SIG_SAEGUSA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "フリーメールの講師1名への当日の流れの案内。個人データなし",
    },
    {
        "id": "renkeishitsu-090",
        "charset": "shift_jis",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["ひだまり在宅クリニック 連携担当 <renkei@hidamari-zaitaku.jp>"],
        "cc": ["菊池 様（ご長男） <kikuchi.yoshiaki@gmail.com>"],
        "subject": "在宅での看取りに向けた訪問診療のお願い（菊池 吉雄様）",
        "body": """ひだまり在宅クリニック
連携担当 大森様
（cc：ご長男 菊池様）

お世話になっております。日の出総合病院 退院支援看護師の高瀬です。
ご長男のご希望で、本メールはご長男にもお送りしています。

菊池 吉雄 様（73歳）の訪問診療についてお願いいたします。
　・診断：右肺腺癌 Stage IV（脳転移・骨転移）、化学療法は本人希望で終了
　・症状：骨転移部の疼痛（オキシコドン徐放錠 20mg/日）、労作時呼吸困難
　・ご本人・ご家族とも、ご自宅での看取りを希望されています
　・退院予定：11月6日（金）

退院前カンファレンス（11/4 14時）へのご参加をお願いできますでしょうか。
""" + SIG_TAKASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "multiple_external_domains", "freemail_recipient"],
        "note": "在宅医と家族（フリーメール）の2者宛てだが、患者の病名・予後（要配慮）を本文に",
    },
    {
        "id": "renkeishitsu-091",
        "charset": "utf-8",
        "sender": "沖田 誠一 <okita.seiichi@hinode-sangyo.co.jp>",
        "to": ["地域医療連携室 スタッフ <renkei-staff@hinode-sangyo.co.jp>"],
        "cc": ["医療安全管理室 <iryo-anzen@hp.hinode-sangyo.co.jp>"],
        "subject": "【社外秘】返書未送付案件の一覧（要対応）",
        "body": """連携室の皆さん

お疲れさまです。沖田です。
紹介元への返書（受診報告）が2週間以上未送付になっている案件の一覧です。
各担当医に督促のうえ、今週中に送付状況を更新してください。
医療安全管理室にも情報共有しています。
""" + SIG_OKITA,
        "attachments": [{
            "kind": "xlsx",
            "name": "【社外秘】返書未送付一覧_1105.xlsx",
            "page_header": "社外秘",
            "sheets": {
                "未送付": [
                    ["返書未送付一覧（2026年11月5日）　社外秘"],
                    ["患者ID", "氏名", "受診日", "診療科", "担当医", "紹介元", "傷病名", "経過日数"],
                    ["00712203", "海老原 功", "2026/10/06", "糖尿病内科", "簗瀬", "やまぶき内科クリニック", "2型糖尿病", 30],
                    ["00713390", "會田 シズ", "2026/10/09", "整形外科", "飛田", "桜川整形外科医院", "腰椎圧迫骨折", 27],
                    ["00715041", "小松崎 健", "2026/10/13", "整形外科", "飛田", "桜川整形外科医院", "腰部脊柱管狭窄症", 23],
                    ["00716628", "圷 みどり", "2026/10/15", "消化器内科", "大内", "やまぶき内科クリニック", "C型慢性肝炎", 21],
                    ["00717770", "蛭田 和夫", "2026/10/19", "循環器内科", "葛西", "里美診療所", "不安定狭心症", 17],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "「社外秘」表示で患者一覧・病名を含むが、宛先は社内（病院サブドメイン含む）のみ",
    },
    {
        "id": "renkeishitsu-092",
        "charset": "iso-2022-jp",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["医事課 増子 <mashiko.chiharu@mail.hinode-sangyo.co.jp>"],
        "cc": ["医事課長 <iji-kacho@hp.hinode-sangyo.co.jp>"],
        "subject": "紹介状なし初診の選定療養費について",
        "body": """増子さん
（cc：医事課長）

お疲れさまです。連携室の椎名です。
来月から紹介状なし初診の選定療養費が改定になる件で、
連携室の窓口でも説明できるよう、患者向け掲示物の文案を確認させてください。

　・初診時 選定療養費：7,700円（税込）
　・再診時 選定療養費：3,300円（税込）
　・救急搬送、公費負担医療の方などは対象外

先週窓口で揉めた件（綿引様のご家族、紹介状なしで受診）も、
この掲示があれば説明しやすかったと思います。
掲示は12月1日からの予定です。よろしくお願いします。
""" + SIG_SHIINA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "宛先は社内のサブドメイン（mail./hp.hinode-sangyo.co.jp）で類似ドメインではない",
    },
    {
        "id": "renkeishitsu-093",
        "charset": "shift_jis",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["有料老人ホーム ゆうあい鹿島 入居相談 <nyukyo@yuai-kashima.jp>"],
        "subject": "入居をご検討中の方の情報（5名）",
        "body": """有料老人ホーム ゆうあい鹿島
入居相談 鈴木 様

お世話になっております。日の出総合病院の野々村です。
先日お話しした、貴施設への入居を検討中の当院入院患者5名の情報を
Wordでまとめました。医療処置の受け入れ可否をご確認いただけますでしょうか。
""" + SIG_NONOMURA,
        "attachments": [{
            "kind": "docx",
            "name": "入居検討者情報_日の出総合病院.docx",
            "paragraphs": ["入居検討者情報（2026年11月2日）", "日の出総合病院 地域医療連携室 MSW 野々村"],
            "tables": [[
                ["氏名", "年齢", "要介護度", "主病名", "医療処置", "ご家族連絡先"],
                ["大内 ミヨ", "90", "要介護2", "胆管炎・胆管ステント留置", "なし", "070-5518-8230（姪）"],
                ["小室 フミ", "92", "要介護3", "うっ血性心不全", "在宅酸素 1L", "成年後見人 白川法律事務所"],
                ["飯島 キヌ", "84", "要介護1", "肝硬変", "なし", "090-2274-8815（長男）"],
                ["照沼 キヨ", "88", "要介護3", "大腿骨頸部骨折術後・認知症", "なし", "090-1489-6602（長男）"],
                ["根本 ツル", "84", "要支援2", "腰椎圧迫骨折・うつ病", "インスリン注射", "0294-35-4471（長女）"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCXの表に5名の氏名・病名・家族連絡先",
    },
    {
        "id": "renkeishitsu-094",
        "charset": "utf-8",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["南浜市医師会 事務局 <jimukyoku@minamihama-ishikai.or.jp>"],
        "subject": "在宅医療・介護連携研修会 参加申込",
        "body": """南浜市医師会 事務局 御中

お世話になっております。日の出総合病院の高瀬です。
12月5日の「在宅医療・介護連携研修会」に、当院から下記3名が参加いたします。

　1. 高瀬 美和子（看護師・退院支援）
　2. 野々村 拓（社会福祉士・MSW）
　3. 菊地 玲奈（看護師・3東病棟）

グループワークは3名とも別々のグループに振り分けていただけますと幸いです。
参加費（お一人 1,000円）は当日受付でお支払いします。
""" + SIG_TAKASE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "研修会への自院職員3名の申込（氏名と職種のみ、連絡先なし）",
    },
    {
        "id": "renkeishitsu-095",
        "charset": "iso-2022-jp",
        "sender": "三枝 さおり <saegusa.saori@hinode-sangyo.co.jp>",
        "to": ["里美診療所 <info@satomi-shinryo.jp>"],
        "subject": "診療情報提供書（退院時）送付のご案内",
        "body": """里美診療所
院長 先生

平素より大変お世話になっております。
日の出総合病院 地域医療連携室の三枝でございます。

貴院よりご紹介いただきました患者様が本日退院されましたので、
循環器内科 葛西医師の診療情報提供書をPDFにてお送りいたします。
原本は本日郵送いたしました。
""" + SIG_SAEGUSA,
        "attachments": [{
            "kind": "pdf",
            "name": "診療情報提供書_蛭田和夫様.pdf",
            "title": "診療情報提供書",
            "lines": [
                "診療情報提供書",
                "里美診療所 院長 先生 御侍史　　令和8年11月6日",
                "日の出総合病院 循環器内科 葛西 悠",
                "",
                "患者氏名：蛭田 和夫 様　男性　生年月日：昭和19年4月8日（82歳）",
                "住所：茨城県常陸太田市山下町4120",
                "傷病名：不安定狭心症、陳旧性心筋梗塞、脂質異常症",
                "経過：10月19日 冠動脈造影にて左前下行枝 #7 90%狭窄を認め、PCI（DES 1本）施行。",
                "処方：バイアスピリン100mg、プラスグレル3.75mg、ロスバスタチン5mg",
                "DAPTは12か月継続予定です。次回当院外来は3か月後を予定しています。",
                "今後の日常管理をよろしくお願い申し上げます。",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDFの診療情報提供書（患者1名の病名・治療歴）を診療所へ",
    },
    {
        "id": "renkeishitsu-096",
        "charset": "shift_jis",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["桜川整形外科医院 根本様 <clinic@sakuragawa-seikei.com>"],
        "subject": "Re: 菊池様の手術について",
        "body": """根本様

お世話になっております。日の出総合病院の椎名です。
ご紹介いただいた菊池 ハル様は、10月22日に骨接合術（γネイル）を受けられました。
術後経過は良好ですが、術後3日目にせん妄が出現し、現在は落ち着いています。
また入院時の検査で軽度の腎機能低下（eGFR 42）が見つかっています。
11月5日に北浜リハビリテーション病院へ転院の予定です。

> 菊池様の手術はいつ頃になりそうでしょうか。
> ご家族から当院にも問い合わせがありました。
""" + SIG_SHIINA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "返信の新しい本文に患者1名の術式・せん妄・腎機能低下（要配慮）を記載",
    },
    {
        "id": "renkeishitsu-097",
        "charset": "iso-2022-jp",
        "sender": "野々村 拓 <nonomura.taku@hinode-sangyo.co.jp>",
        "to": ["鴨志田 雅之 <m.kamoshida@icloud.com>"],
        "subject": "Re: 転院先の件でご相談",
        "body": """鴨志田 様

ご連絡ありがとうございます。日の出総合病院の野々村です。
承知いたしました。北浜リハビリテーション病院の見学は、
11月1日（日）の午前でお願いしておきます。時間が決まりましたらご連絡します。

また何かありましたら、お気軽にご相談ください。
""" + SIG_NONOMURA + """
> 野々村様
> 父（鴨志田 勝利、S27.8.17生）の件でお世話になっております。
> 脳梗塞で右半身が不自由になり、言葉もまだうまく出ないので、
> 転院先の北浜リハを一度見学してから決めたいと思います。
> 私の携帯は 090-3362-7150 です。母は心臓の持病があるので同行できません。
> 鴨志田 雅之
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "家族（フリーメール1名）への返信。病名・連絡先は家族の元メールの引用のみ",
    },
    {
        "id": "renkeishitsu-098",
        "charset": "utf-8",
        "sender": "椎名 航 <shiina.wataru@hinode-sangyo.co.jp>",
        "to": ["やまぶき内科クリニック 岩間様 <iwama@yamabuki-naika.jp>"],
        "subject": "逆紹介候補の患者様について（ご相談）",
        "body": """やまぶき内科クリニック
看護師 岩間様

お世話になっております。日の出総合病院の椎名です。
当院の糖尿病内科で状態が安定し、かかりつけ医への逆紹介を検討している方の一覧です。
いずれも貴院の近隣にお住まいの方です。受け入れが可能か大貫先生にご確認ください。

Name              DOB         Tel            Dx                        HbA1c
----------------  ----------  -------------  ------------------------  -----
Kaihara Noboru    1950-03-14  0294-22-4418   Type 2 DM, HT             6.9
Sukegawa Fumi     1944-11-02  0294-22-9071   Type 2 DM, CKD G3a        7.2
Terakado Shigeru  1957-07-25  090-1187-3364  Type 2 DM, dyslipidemia   6.6
Oonuki Masae      1962-01-30  0294-23-5512   Type 2 DM, post-MI        7.0
Ikeda Tatsuo      1939-08-08  0294-23-1806   Type 2 DM, BPH            7.4
Azuma Keiko       1966-05-19  080-4470-2953  Type 2 DM, fatty liver    6.8

（電子カルテからの出力のため英字表記になっています）
""" + SIG_SHIINA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "ローマ字氏名・生年月日・電話・病名の6名分をASCIIスペース詰めの表で本文に",
    },
    {
        "id": "renkeishitsu-099",
        "charset": "utf-8",
        "sender": "沖田 誠一 <okita.seiichi@hinode-sangyo.co.jp>",
        "to": ["南浜市医師会 在宅医療部会 <zaitaku@minamihama-ishikai.or.jp>"],
        "subject": "部会発表スライド「退院支援の実績と課題」",
        "body": """在宅医療部会 事務局 御中

お世話になっております。日の出総合病院の沖田です。
11月19日の部会で発表するスライドをお送りします。
数値はすべて集計値で、個別の事例は含めておりません。
""" + SIG_OKITA + DISCLAIMER_JA,
        "attachments": [{
            "kind": "pptx",
            "name": "退院支援の実績と課題_日の出総合病院.pptx",
            "slides": [
                ["退院支援の実績と課題（2026年度上期）", "日の出総合病院 地域医療連携室"],
                ["入退院支援加算の算定", "算定件数 1,486件（前年同期 1,322件）", "退院支援計画書の作成率 96.2%"],
                ["退院先の内訳", "自宅 68%　施設 14%", "回復期・療養病院への転院 15%　その他 3%"],
                ["課題", "療養病床の待機期間が平均 24日", "独居・身寄りのない高齢者の増加",
                 "ケアマネジャーとの情報共有のタイミング"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "集計値のみのPPTXと定型免責文。個人データ・機密表示なし",
    },
    {
        "id": "renkeishitsu-100",
        "charset": "shift_jis",
        "sender": "高瀬 美和子 <takase.miwako@hinode-sangyo.co.jp>",
        "to": ["ひだまり在宅クリニック 往診担当医 <doctor@hidamari-zaitaku.jp>"],
        "subject": "転送：訪問看護報告（大和田ヨシ様）",
        "body": """ひだまり在宅クリニック
往診ご担当の先生

お世話になっております。日の出総合病院の高瀬です。
訪問看護ステーションつばきから当院に届いた報告を転送いたします。
体重増加と浮腫があり、早めの往診をご検討いただけますでしょうか。

---------- 転送メッセージ ----------
差出人：訪問看護ステーションつばき 宮田
日時：2026年11月9日 17:05
件名：訪問看護報告（大和田ヨシ様）

日の出総合病院 高瀬様

本日訪問時の状況をご報告します。
氏名：大和田 ヨシ 様（94歳）茨城県日立市桜川町2-8-21
・体重 43.8kg（前回比 +2.1kg／1週間）
・両下腿浮腫（2+）、SpO2 91%（酸素1L下）、起坐呼吸あり
・慢性心不全の増悪が疑われます。フロセミドは指示どおり内服できています。
・ご家族（長男の妻）は入院も視野に入れているとのことです。

訪問看護ステーションつばき 宮田
""" + SIG_TAKASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "訪問看護からの報告（実名・住所・心不全増悪の所見）を在宅医へ転送（転送は新しい本文）",
    },
]
