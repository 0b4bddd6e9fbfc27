"""Blind corpus — area: ryoritsushien (治療と仕事の両立支援).

Mail of 日の出産業's 人事部 (両立支援担当・労務・福利厚生), 健康管理室 (保健師・産業看護師・
産業医) and line managers who support employees with cancer, heart disease, infertility
treatment, mental illness or other chronic illness: work adjustments, 主治医意見書 /
勤務情報提供書, 傷病手当金 and 障害年金, group insurers (GLTD), 社労士, outside EAP
counsellors, hospitals' 両立支援コーディネーター, and the everyday mail around them.
Written blind from BRIEF.md, build.py and the SPEC's detector / entity names only.
"""

from build import card_number, my_number

SEED = 46801


def _fw(text: str) -> str:
    """ASCII digits and hyphens to full-width, as some people type them."""
    return text.translate(str.maketrans("0123456789-:/.", "０１２３４５６７８９－：／．"))


def _mn(k: int, sep: str = " ") -> str:
    n = my_number(SEED + k)
    return f"{n[:4]}{sep}{n[4:8]}{sep}{n[8:]}"


def _card(k: int, sep: str = "-") -> str:
    n = card_number(SEED + k)
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


DISCLAIMER_JA = """
────────────────────────────────
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、
本メールを削除してくださいますようお願いいたします。
────────────────────────────────"""

DISCLAIMER_EN = """
--
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use or disclosure is prohibited."""

SIG_HIWATASHI = """
――――――――――――――――――――
日の出産業株式会社 人事部 健康管理室
保健師　樋渡 由香（ひわたし ゆか）
〒210-0024 神奈川県川崎市川崎区日進町7-18 日の出産業本社ビル5F
TEL 044-211-3380（直通）／内線 5120
Mail hiwatashi.yuka@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_ONODERA = """
--------------------------------------------------
日の出産業株式会社
人事部 人事企画課（治療と仕事の両立支援 担当）
小野寺 真理子  Mariko Onodera
〒210-0024 川崎市川崎区日進町7-18
TEL: 044-211-3301  FAX: 044-211-3399
--------------------------------------------------"""

SIG_ASHIDA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　人事部 労務課
芦田 里美
TEL 044-211-3315　内線 3315
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_MANABE = """
----
日の出産業(株) 総務部 福利厚生グループ
真鍋 健吾 / Kengo Manabe
TEL 044-211-3342 / 携帯 080-1190-4421
manabe.kengo@hinode-sangyo.co.jp"""

SIG_IGARASHI = """
======================================
日の出産業株式会社 人事部
人事企画課 課長　五十嵐 達也
〒210-0024 神奈川県川崎市川崎区日進町7-18
TEL 044-211-3300（代表）
======================================"""

MESSAGES: list[dict] = []

# --- 001-025 -----------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "ryoritsushien-001",
        "charset": "iso-2022-jp",
        "sender": "樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>",
        "to": ["宮坂 奈緒 <miyasaka.nao@kokoro-link.co.jp>"],
        "subject": "10月 両立支援面談（外部カウンセリング）対象者のご連絡",
        "body": """こころリンク株式会社
臨床心理士 宮坂 奈緒 様

いつもお世話になっております。日の出産業 健康管理室の樋渡です。

10月の両立支援面談（外部カウンセリング）の対象者を下記のとおりお知らせします。
ご本人には面談の案内済みで、カウンセリング利用について同意をいただいています。
日程候補をいただけましたら、こちらから本人へ連絡いたします。

社員番号  氏名          所属            主な疾患・治療状況            就業上の配慮              携帯
--------  ------------  --------------  ----------------------------  ------------------------  -------------
H10382    阿久津 美和   経理部          乳がん術後 ホルモン療法中     在宅勤務 週2日            090-3718-2604
H11907    巽 康弘       川崎工場製造課  2型糖尿病 インスリン導入      夜勤免除                  080-6621-0473
H08815    百目鬼 聡子   営業企画部      子宮内膜症 通院月2回          通院日の時間単位休暇      070-2294-8156
H12230    雲野 拓真     品質保証部      急性心筋梗塞後 心臓リハビリ中 重量物取扱い禁止          090-8105-3327
H09764    氏家 千尋     人事部          不妊治療（体外受精）          採卵日前後の休暇調整      080-4439-1982
H13051    外間 健太郎   物流センター    潰瘍性大腸炎                  トイレに近い席・時差出勤  090-5560-7718
H07129    鬼塚 真由美   総務部          うつ病 復職後3か月            残業禁止・月1回面談       070-3917-6045

特に雲野さんは来月から現場復帰予定のため、早めの枠をお願いできれば幸いです。
よろしくお願いいたします。
""" + SIG_HIWATASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "7-row list of employees with diagnoses and mobiles to an outside EAP counsellor (reasons 1 and 3)",
    },
    {
        "id": "ryoritsushien-002",
        "charset": "utf-8",
        "sender": "門脇 さやか <kadowaki.sayaka@hinode-sangyo.co.jp>",
        "to": ["五十嵐 達也 <igarashi.tatsuya@hinode-sangyo.co.jp>",
               "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>"],
        "cc": ["矢萩 恭平 <yahagi.kyohei@hinode-sangyo.co.jp>"],
        "subject": "【月次】両立支援 対象者状況（9月末時点）",
        "body": """五十嵐課長、小野寺さん
（cc 矢萩先生）

お疲れさまです。産業看護師の門脇です。
9月末時点の両立支援対象者の状況をまとめました。衛生委員会には匿名化したものを出します。

氏名\t所属\t疾患\t状況\t次回面談
三國 亮介\t設計部\t大腸がん（ステージIII）\t術後化学療法 2週毎\t10/8
唐沢 はるか\t営業一課\t甲状腺機能亢進症\t服薬調整中・時短勤務\t10/15
嘉数 昌平\t川崎工場\t心房細動 カテーテルアブレーション後\t10月から通常勤務\t10/22
真栄田 紀子\t総務部\t関節リウマチ\t生物学的製剤 月1回通院\t11/5
鷲尾 悠\t情報システム部\t適応障害\t休職中（12月末満了）\t10/10

三國さんは副作用で倦怠感が強いとのことで、矢萩先生から在宅勤務の拡大について意見をいただく予定です。
ご確認よろしくお願いします。

門脇
健康管理室 内線5124
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "diagnoses of five employees, but every recipient is internal",
    },
    {
        "id": "ryoritsushien-003",
        "charset": "cp932",
        "sender": "久保田 亮 <kubota.ryo@hinode-sangyo.co.jp>",
        "to": ["新見 和也 <niimi.kazuya@kawasaki-denki.co.jp>"],
        "subject": "担当者不在のお詫びと今後の窓口について",
        "body": """川崎電機株式会社
資材部 新見様

いつも大変お世話になっております。
日の出産業 営業一課の久保田でございます。

先週より弊社担当の西園寺がご連絡を差し上げられておらず、大変失礼いたしました。
実は西園寺 拓海は先週木曜に急性心筋梗塞で倒れ、現在も川崎中央病院に入院しております。
カテーテルでステントを入れる手術を受け、経過は順調と聞いておりますが、
復帰は早くても11月中旬の見込みで、復帰後もしばらくは出張を控える予定です。

つきましては、当面の窓口は私 久保田が務めさせていただきます。
来週予定しておりました仕様打合せも、私と技術の塚越で伺います。
ご迷惑をおかけし申し訳ございませんが、引き続きよろしくお願い申し上げます。

----------------------------------------
日の出産業株式会社 営業本部 営業一課
課長 久保田 亮
TEL 044-211-3501 / 携帯 090-2281-5530
----------------------------------------
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's heart attack and hospitalisation told to a customer (reason 3, one person)",
    },
    {
        "id": "ryoritsushien-004",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["篠塚 浩二 先生 <shinozuka@sakuragawa-clinic.jp>"],
        "subject": "11月衛生委員会の日程および両立支援規程改定のご説明について",
        "body": """桜川労働衛生クリニック
篠塚 浩二 先生

いつも大変お世話になっております。
日の出産業 人事部の小野寺でございます。

11月の衛生委員会につきまして、下記日程でご出席をお願いできますでしょうか。

　日時：11月12日（水）15:00～16:30
　場所：本社5F 第2会議室（オンライン併用）
　議題：(1) 10月の長時間労働者の状況
　　　　(2) 治療と仕事の両立支援規程の改定案について
　　　　(3) インフルエンザ予防接種の実施

(2)につきましては、委員会の前に30分ほどお時間をいただき、
改定のポイントを先生にご説明できればと考えております（14:30～）。
ご都合が悪い場合は、候補日をいくつかお知らせいただけますと幸いです。

何卒よろしくお願いいたします。
""" + SIG_ONODERA + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meeting arrangement with the contracted occupational physician; only the standard disclaimer mentions 機密",
    },
    {
        "id": "ryoritsushien-005",
        "charset": "utf-8",
        "sender": "真鍋 健吾 <manabe.kengo@hinode-sangyo.co.jp>",
        "to": ["大槻 雅人 <otsuki.masato@meiwa-life.co.jp>"],
        "subject": "GLTD 2025年度 加入者名簿の送付",
        "body": """明和生命保険株式会社
法人営業第三部 大槻様

お世話になっております。日の出産業 総務部の真鍋です。

団体長期障害所得補償保険（GLTD）の2025年度更新に伴い、
加入者名簿をエクセルでお送りします。
「加入者一覧」シートが継続分、「変更者」シートが新規加入・口数変更の方です。

ご確認のうえ、不備がございましたらご連絡ください。
""" + SIG_MANABE,
        "attachments": [{
            "kind": "xlsx",
            "name": "GLTD加入者名簿_2025.xlsx",
            "title": "GLTD加入者名簿",
            "sheets": {
                "加入者一覧": [
                    ["団体長期障害所得補償保険 加入者名簿（2025年度）", "", "", "", "", "", ""],
                    ["契約者：日の出産業株式会社　証券番号 GL-0048817", "", "", "", "", "", ""],
                    ["社員番号", "氏名", "フリガナ", "生年月日", "性別", "加入口数", "月額給与（円）"],
                    ["H05512", "相馬 利一", "ソウマ リイチ", "1968/03/14", "男", 5, 512000],
                    ["H06230", "井筒 佳代", "イヅツ カヨ", "1975/11/02", "女", 3, 384000],
                    ["H07081", "砂原 隆之", "スナハラ タカユキ", "1981/07/29", "男", 4, 455000],
                    ["H07344", "仲宗根 綾", "ナカソネ アヤ", "1984/01/17", "女", 3, 362000],
                    ["H08102", "米倉 慎吾", "ヨネクラ シンゴ", "1986/05/08", "男", 4, 418000],
                    ["H08770", "東雲 未来", "シノノメ ミク", "1989/09/21", "女", 2, 301000],
                    ["H09015", "箕輪 大地", "ミノワ ダイチ", "1990/12/03", "男", 3, 336000],
                    ["H09412", "比嘉 早苗", "ヒガ サナエ", "1972/06/30", "女", 4, 441000],
                    ["H09958", "猪俣 健", "イノマタ ケン", "1979/02/11", "男", 5, 489000],
                    ["H10220", "能登 真帆", "ノト マホ", "1993/04/25", "女", 2, 287000],
                    ["H10631", "梶原 拓", "カジワラ タク", "1988/08/16", "男", 3, 352000],
                    ["H11047", "桐生 萌", "キリュウ モエ", "1995/10/09", "女", 2, 268000],
                    ["H11390", "宮良 浩平", "ミヤラ コウヘイ", "1983/03/27", "男", 4, 398000],
                ],
                "変更者": [
                    ["区分", "社員番号", "氏名", "生年月日", "変更内容"],
                    ["新規", "H13302", "檜山 詩織", "1998/07/04", "2口で新規加入"],
                    ["口数変更", "H07081", "砂原 隆之", "1981/07/29", "4口→5口"],
                    ["新規", "H13318", "楠 翔太", "1999/01/19", "3口で新規加入"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "insurer gets a 16-person enrolment list with dates of birth (reason 1)",
    },
    {
        "id": "ryoritsushien-006",
        "charset": "iso-2022-jp",
        "sender": "芦田 里美 <ashida.satomi@hinode-sangyo.co.jp>",
        "to": ["関東機械工業健康保険組合 給付グループ <kyufu@kanto-kikai-kenpo.or.jp>"],
        "subject": "傷病手当金支給申請書（事業主記入済）の送付について",
        "body": """関東機械工業健康保険組合
給付グループ ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部労務課の芦田です。

弊社従業員の傷病手当金支給申請書（事業主記入欄）をPDFでお送りします。
原本は本日簡易書留で発送いたしました。

　被保険者氏名：　木場 恵理子（キバ エリコ）
　被保険者証　：　記号 ３１０４　番号 ８７２
　生年月日　　：　昭和５５年６月１９日
　傷病名　　　：　大腸がん（術後補助化学療法中）
　申請期間　　：　令和７年８月１日～令和７年８月３１日
　休業期間中の報酬：　支給なし

医師の意見欄はご本人経由で主治医に記入いただいております。
ご不明点がございましたらご連絡ください。
""" + SIG_ASHIDA,
        "attachments": [{
            "kind": "pdf",
            "name": "傷病手当金申請書_事業主証明_木場.pdf",
            "title": "傷病手当金支給申請書（事業主記入用）",
            "lines": [
                "健康保険 傷病手当金 支給申請書（事業主記入用）",
                "被保険者証 記号 3104 番号 872",
                "被保険者氏名 木場 恵理子　生年月日 昭和55年6月19日",
                "傷病名 大腸がん（術後補助化学療法中）",
                "労務に服さなかった期間 令和7年8月1日～令和7年8月31日",
                "勤務状況：8月は全日欠勤（年次有給休暇の取得なし）",
                "報酬の支払：なし",
                "事業所所在地 神奈川県川崎市川崎区日進町7-18",
                "事業所名称 日の出産業株式会社　事業主氏名 代表取締役 堀之内 誠",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health insurance card 記号・番号 and a cancer diagnosis of one employee to the 健保組合 (reasons 2 and 3)",
    },
    {
        "id": "ryoritsushien-007",
        "charset": "utf-8",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["事務局 <info@gan-hataraku.or.jp>",
               "両立支援促進員 室伏様 <murofushi@kanagawa-sanpo.or.jp>",
               "がん相談支援センター <soudan@minato-hosp.jp>",
               "宮坂 奈緒 <miyasaka.nao@kokoro-link.co.jp>"],
        "subject": "【ご案内】第3回 両立支援ネットワーク会議（12/4）",
        "body": """関係者各位

いつもお世話になっております。
日の出産業株式会社 人事部の小野寺です。

川崎地区で治療と仕事の両立支援に取り組む企業・医療機関・支援機関の情報交換の場として、
第3回 両立支援ネットワーク会議を下記のとおり開催いたします。

■日時　12月4日（木）14:00～16:30
■会場　日の出産業 本社ビル 1F ホール（オンライン参加可）
■内容　・事例報告「がん治療中社員の在宅勤務活用」（弊社）
　　　　・医療機関から見た勤務情報提供書の書き方（みなと総合病院）
　　　　・意見交換
■お申込み　11月20日までに本メールへご返信ください

皆様のご参加をお待ちしております。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four outside organisations in To can see each other; should have been Bcc (reason 4)",
    },
    {
        "id": "ryoritsushien-008",
        "charset": "iso-2022-jp",
        "sender": "樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>",
        "to": ["宮坂 奈緒 <miyasaka.nao@kokoro-link.co.jp>"],
        "subject": "Re: 10月 面談日程のご提案",
        "body": """宮坂様

ご提案ありがとうございます。いただいた日程ですべて承知しました。
当日は本社5Fの相談室Bを押さえております。受付で「健康管理室」とお伝えください。
本人たちへの連絡はこちらで済ませます。

樋渡

> 樋渡様
>
> お世話になっております。こころリンクの宮坂です。
> 10月の面談日程を以下のとおりご提案いたします。
>
> 10/7(火) 10:00  阿久津 美和 様（乳がん術後フォロー）
> 10/7(火) 13:30  巽 康弘 様（糖尿病・夜勤免除後の状況）
> 10/9(木) 10:00  百目鬼 聡子 様
> 10/9(木) 15:00  雲野 拓真 様（心臓リハビリ・復帰前面談）
> 10/14(火) 11:00 氏家 千尋 様（不妊治療と休暇）
> 10/16(木) 10:00 外間 健太郎 様
> 10/16(木) 14:00 鬼塚 真由美 様（復職後フォロー）
>
> ご確認のほどよろしくお願いいたします。
> --
> こころリンク株式会社 宮坂
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the list with diagnoses is only quoted from the counsellor's own mail; new text has no personal data",
    },
    {
        "id": "ryoritsushien-009",
        "charset": "utf-8",
        "sender": "東 陽介 <azuma.yosuke@hinode-sangyo.co.jp>",
        "to": ["加賀谷 聡 <kagaya.satoshi@tsubasa-sytem.jp>"],
        "subject": "健康管理システム 両立支援モジュール改修のスケジュール",
        "body": """ツバサシステム株式会社
加賀谷様

お世話になっております。日の出産業 情報システム部の東です。

先日お打合せした健康管理システムの改修（両立支援モジュール追加）について、
社内で確認したスケジュール案をお送りします。

  10月中旬  要件定義書 最終版の合意
  11月      設計・開発（面談記録画面、就業上の措置の登録画面）
  12月      受入テスト（人事部・健康管理室）
  1月6日    本番リリース

アクセス権限は「健康管理室」「人事部両立支援担当」の2ロールのみとし、
所属長には措置内容だけが見える画面を別途用意する方向で考えています。
見積りの更新版を今月中にいただけますでしょうか。

東 陽介
日の出産業株式会社 情報システム部
TEL 044-211-3620
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain tsubasa-sytem.jp is a typo of partner tsubasa-system.jp (reason 5)",
    },
    {
        "id": "ryoritsushien-010",
        "charset": "iso-2022-jp",
        "sender": "五十嵐 達也 <igarashi.tatsuya@hinode-sangyo.co.jp>",
        "to": ["竹之内 修 <takenouchi@aoyama-sr.jp>"],
        "subject": "両立支援規程（案）のリーガルチェックのお願い",
        "body": """青山社会保険労務士事務所
竹之内先生

いつも大変お世話になっております。日の出産業の五十嵐です。

先日ご相談しました「治療と仕事の両立支援規程」の案がまとまりましたので、
ご確認をお願いしたく、Wordファイルをお送りいたします。
特に、第6条（時間単位の特別休暇）と第9条（休職期間の通算）について
就業規則本体との整合をご確認いただけますと助かります。

お手数をおかけしますが、10月末までにコメントをいただけますと幸いです。
""" + SIG_IGARASHI,
        "attachments": [{
            "kind": "docx",
            "name": "両立支援規程_案_v3.docx",
            "title": "治療と仕事の両立支援規程（案）",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 人事部　社外秘・複製禁止",
            "paragraphs": [
                "治療と仕事の両立支援規程（案）",
                "第1条（目的）この規程は、疾病を抱える従業員が治療を受けながら就業を継続できるよう、会社が行う支援の内容及び手続を定める。",
                "第2条（対象者）がん、脳卒中、心疾患、肝疾患、難病、不妊治療その他反復・継続して治療が必要な疾病を有する従業員とする。",
                "第3条（申出）支援を希望する従業員は、主治医の意見書を添えて人事部に申し出るものとする。",
                "第6条（通院休暇）年間10日を上限として、時間単位で取得できる有給の通院休暇を付与する。",
                "第9条（休職期間の通算）復職後6か月以内に同一又は類似の傷病により欠勤した場合は、前後の休職期間を通算する。",
                "第12条（情報の取扱い）支援に関して取得した健康情報は、健康管理室及び人事部両立支援担当のみが取り扱う。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "draft regulation stamped 社外秘 in its header and footer goes to an outside 社労士 (reason 6)",
    },
    {
        "id": "ryoritsushien-011",
        "charset": "iso-2022-jp",
        "sender": "樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>",
        "to": ["両立支援コーディネーター 富樫様 <togashi@minato-hosp.jp>"],
        "subject": "勤務情報提供書の送付",
        "body": """市立みなと総合病院
患者サポートセンター
両立支援コーディネーター 富樫様

お世話になっております。日の出産業 健康管理室の樋渡です。

先日お電話でご相談いたしました件につき、勤務情報提供書をお送りします。
ファイルにはパスワードを設定しております。パスワードは別途お送りします。

お手数ですが、主治医の先生にお渡しいただけますようお願いいたします。
""" + SIG_HIWATASHI,
        "attachments": [{
            "kind": "zip",
            "name": "勤務情報提供書.zip",
            "password": "Mh7#q2Lw",
            "files": [{
                "kind": "docx",
                "name": "勤務情報提供書_20251003.docx",
                "paragraphs": ["勤務情報提供書", "従業員氏名 浅見 俊也　生年月日 1977年5月12日",
                               "職種 フォークリフト運転・倉庫内作業", "配慮を求める事項 抗がん剤治療中の業務可否"],
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP to a hospital cannot be inspected (reason 7)",
    },
    {
        "id": "ryoritsushien-012",
        "charset": "iso-2022-jp",
        "sender": "樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>",
        "to": ["両立支援コーディネーター 富樫様 <togashi@minato-hosp.jp>"],
        "subject": "パスワードのご連絡（勤務情報提供書）",
        "body": """富樫様

先ほどお送りしたファイルのパスワードをお知らせします。

　Mh7#q2Lw

よろしくお願いいたします。
日の出産業 健康管理室 樋渡
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "password-only follow-up mail; no personal data, no attachment",
    },
    {
        "id": "ryoritsushien-013",
        "charset": "cp932",
        "sender": "芦田 里美 <ashida.satomi@hinode-sangyo.co.jp>",
        "to": ["竹之内 修 <takenouchi@aoyama-sr.jp>"],
        "cc": ["五十嵐 達也 <igarashi.tatsuya@hinode-sangyo.co.jp>"],
        "subject": "休職者一覧（満了管理）のご送付",
        "body": """竹之内先生

いつもお世話になっております。労務課の芦田です。

ご依頼いただいておりました休職者の一覧をCSVでお送りします。
満了日が近い方が3名おりますので、復職判定の進め方についてご助言いただけますと幸いです。

芦田
""",
        "attachments": [{
            "kind": "csv",
            "name": "kyushoku_ichiran_202510.csv",
            "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "生年月日", "所属", "傷病名", "休職開始日", "満了予定日", "主治医（医療機関）"],
                ["H06719", "宇佐美 浩一", "1971/09/08", "川崎工場", "脳梗塞後遺症（右片麻痺）", "2025/01/10", "2026/01/09", "川崎中央病院"],
                ["H07702", "蒲生 由美子", "1982/12/22", "経理部", "乳がん", "2025/03/03", "2026/03/02", "北斗大学病院"],
                ["H08466", "神保 篤", "1976/04/15", "営業二課", "うつ病", "2024/11/18", "2025/11/17", "こもれびメンタルクリニック"],
                ["H09133", "畔柳 優", "1991/02/06", "設計部", "双極性障害", "2025/05/12", "2026/05/11", "かわさき心療内科"],
                ["H09580", "小此木 修二", "1969/10/30", "物流センター", "慢性腎不全（透析導入）", "2025/06/02", "2026/06/01", "市立みなと総合病院"],
                ["H10874", "水落 恵", "1987/07/13", "総務部", "クローン病", "2025/07/01", "2026/06/30", "北斗大学病院"],
                ["H11502", "大蔵 直樹", "1985/05/27", "品質保証部", "拡張型心筋症", "2024/12/02", "2025/12/01", "城南ハートクリニック"],
                ["H12045", "雨宮 結衣", "1994/03/19", "人事部", "パニック障害", "2025/04/21", "2026/04/20", "こもれびメンタルクリニック"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "CSV of 8 employees on sick leave with diagnoses and birth dates to an outside 社労士 (reasons 1 and 3)",
    },
    {
        "id": "ryoritsushien-014",
        "charset": "utf-8",
        "sender": "Aoi Shiratori <shiratori.aoi@hinode-sangyo.co.jp>",
        "to": ["Michael Brennan <m.brennan@brightwave-tech.com>"],
        "subject": "Change of on-site engineer for the Phase 2 installation",
        "body": """Dear Michael,

I hope this message finds you well.

I am writing to let you know about a change in our team for the Phase 2 installation
at your Ohio plant. Mr. Kenji Sato, who has been leading the on-site work, was recently
diagnosed with colorectal cancer and will have surgery on October 20. He will then
start chemotherapy, so he cannot travel overseas for at least six months.

Ms. Rina Hozumi from our Kawasaki engineering team will take over his role. She joined
the Phase 1 commissioning last year, so she already knows your line well. Kenji will
remain available for remote consultation on days when he is feeling well.

We are very sorry for any inconvenience, and we will make sure the schedule is kept.

Best regards,

Aoi Shiratori
Manager, Overseas Business Dept.
Hinode Sangyo Co., Ltd.
Tel +81-44-211-3710
""" + DISCLAIMER_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail tells a foreign customer a named engineer's cancer diagnosis and treatment (reason 3)",
    },
    {
        "id": "ryoritsushien-015",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["室伏 英明 <murofushi@kanagawa-sanpo.or.jp>"],
        "subject": "2024年度 両立支援の取組実績について（事例集ご協力の件）",
        "body": """神奈川産業保健総合支援センター
両立支援促進員 室伏様

いつもお世話になっております。日の出産業の小野寺です。
事例集へのご協力の件、社内の了承が取れましたので、2024年度の実績をお送りします。
個人が特定される情報は含めておりませんので、そのまま掲載いただいて差し支えありません。

【2024年度 両立支援の申出件数（疾病分類別）】
　がん　　　　　　　　　　　9件
　心疾患・脳血管疾患　　　　4件
　メンタルヘルス不調　　　　11件
　不妊治療　　　　　　　　　5件
　その他（難病・糖尿病等）　6件
　合計　　　　　　　　　　　35件

【主な措置】通院休暇の時間単位取得 21件、在宅勤務の拡大 14件、時短勤務 8件
【就業継続率】申出から1年後の在籍率 94%

原稿の確認は11月上旬で問題ございません。
どうぞよろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate counts by disease category, no identifiable person; 個人 used in passing",
    },
    {
        "id": "ryoritsushien-016",
        "charset": "utf-8",
        "sender": "真鍋 健吾 <manabe.kengo@hinode-sangyo.co.jp>",
        "to": ["法人窓口 <houjin@mirai-counseling.jp>"],
        "subject": "オンラインカウンセリング法人プラン 申込（日の出産業）",
        "body": f"""みらいカウンセリング 法人窓口 ご担当者様

お世話になっております。日の出産業 総務部の真鍋です。
先日ご案内いただいた法人プラン（スタンダード・50名枠）に申し込みます。
お支払いは法人カードでお願いします。

  申込プラン：法人スタンダード 50名枠（年額）
  利用開始日：2025年11月1日
  カード番号：{_card(21)}
  有効期限　：09/28
  カード名義：HINODE SANGYO CO LTD
  請求書送付先：総務部 福利厚生グループ 真鍋

社内向けの利用案内（チラシ）のデータもあわせていただけますと助かります。
""" + SIG_MANABE,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a credit card number in clear text to an outside service (reason 2)",
    },
    {
        "id": "ryoritsushien-017",
        "charset": "cp932",
        "sender": "宍戸 誠 <shishido.makoto@shizuoka.hinode-sangyo.co.jp>",
        "to": ["芦田 里美 <ashida.satomi@hinode-sangyo.co.jp>"],
        "subject": "障害年金の件（静岡工場 大賀さん）",
        "body": f"""芦田さん

お疲れさまです。静岡工場の宍戸です。
大賀さんの障害年金申請の件、本人から必要事項を聞き取りましたので送ります。
社労士さんへの依頼はそちらからお願いできますか。

　氏名　　　：大賀 勝利（オオガ カツトシ）
　生年月日　：昭和47年2月8日
　個人番号　：{_mn(1)}
　基礎年金番号：4120-583907
　傷病名　　：糖尿病性腎症（人工透析 週3回）
　初診日　　：平成28年5月頃（静岡県立総合病院）

透析の日は15時で早退しています。本人は配置転換なしでの継続を希望しています。

宍戸
静岡工場 工場長
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "My Number, pension number and dialysis of one employee, but sent between internal addresses (shizuoka. subdomain is internal)",
    },
    {
        "id": "ryoritsushien-018",
        "charset": "iso-2022-jp",
        "sender": "芦田 里美 <ashida.satomi@hinode-sangyo.co.jp>",
        "to": ["竹之内 修 <takenouchi@aoyama-sr.jp>"],
        "subject": "障害年金 申請手続きのご依頼（本社 品質保証部）",
        "body": f"""竹之内先生

お世話になっております。日の出産業 労務課の芦田です。
先日お電話でご相談した障害年金の申請代行について、正式にお願いいたします。
ご本人からは委任状をいただいており、原本は郵送いたします。

■対象者
　氏名：大蔵 直樹（オオクラ ナオキ）
　生年月日：1985年5月27日
　住所：〒211-0063 神奈川県川崎市中原区小杉町2-214-1 パークコート小杉803
　個人番号：{_mn(2, "-")}
　基礎年金番号：2039-417726
■傷病
　拡張型心筋症（2024年11月 城南ハートクリニックで診断、植込み型除細動器装着）
　2024年12月2日より休職中
■ご依頼内容
　障害厚生年金の裁定請求一式

必要書類のリストをいただけましたら、こちらで揃えます。
""" + SIG_ASHIDA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "My Number, basic pension number and heart disease of one employee to an outside 社労士 (reasons 2 and 3)",
    },
    {
        "id": "ryoritsushien-019",
        "charset": "utf-8",
        "sender": "門脇 さやか <kadowaki.sayaka@hinode-sangyo.co.jp>",
        "to": ["あしたリワークセンター 受付 <uketsuke@ashita-rework.jp>"],
        "subject": "復職支援プログラム 利用予定者のご連絡",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>あしたリワークセンター<br>ご担当者様</p>
<p>いつもお世話になっております。日の出産業 健康管理室の門脇です。<br>
11月開始クールの復職支援プログラムについて、弊社からの利用予定者をお知らせします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>氏名</th><th>年齢</th><th>診断名</th><th>休職期間</th><th>連絡先メール</th></tr>
<tr><td>神保 篤</td><td>49</td><td>うつ病</td><td>2024/11～</td><td>jinbo.atsushi.h@gmail.com</td></tr>
<tr><td>畔柳 優</td><td>34</td><td>双極性障害II型</td><td>2025/05～</td><td>y.kuroyanagi91@yahoo.co.jp</td></tr>
<tr><td>雨宮 結衣</td><td>31</td><td>パニック障害</td><td>2025/04～</td><td>amemiya-yui@icloud.com</td></tr>
<tr><td>鷲尾 悠</td><td>28</td><td>適応障害</td><td>2025/06～</td><td>washio.haruka.0611@gmail.com</td></tr>
<tr><td>丹羽 康介</td><td>45</td><td>うつ病（再発）</td><td>2025/07～</td><td>niwa-k@outlook.jp</td></tr>
<tr><td>栗栖 明日香</td><td>38</td><td>適応障害・不眠症</td><td>2025/08～</td><td>asuka.kurisu@docomo.ne.jp</td></tr>
</table>
<p>各自から直接お申込みの連絡が入るかと思います。主治医の同意書は本人が持参します。</p>
<p>--<br>日の出産業株式会社 人事部 健康管理室<br>産業看護師 門脇 さやか<br>TEL 044-211-3380 内線5124</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML table of 6 employees with psychiatric diagnoses and private e-mails to a rework centre (reasons 1 and 3)",
    },
    {
        "id": "ryoritsushien-020",
        "charset": "iso-2022-jp",
        "sender": "真鍋 健吾 <manabe.kengo@hinode-sangyo.co.jp>",
        "to": ["大槻 雅人 <otsuki.masato@meiwa-life.co.jp>"],
        "cc": ["竹之内 修 <takenouchi@aoyama-sr.jp>",
               "五十嵐 達也 <igarashi.tatsuya@hinode-sangyo.co.jp>"],
        "subject": "GLTD 制度見直しの三者打合せ日程",
        "body": """明和生命 大槻様
（cc：青山社労士事務所 竹之内先生、弊社 五十嵐）

お世話になっております。日の出産業の真鍋です。

GLTDの補償内容見直しと、両立支援規程（休職・復職）との整合について、
三者でお打合せの機会をいただきたく、日程候補をお送りします。

　① 10月21日（火）10:00～11:30
　② 10月23日（木）14:00～15:30
　③ 10月28日（火）13:00～14:30

場所は弊社本社5F会議室を予定しています（Teams併用可）。
ご都合のよい日をお知らせください。
""" + SIG_MANABE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary three-way meeting mail: two outside organisations in To/Cc, no personal data",
    },
    {
        "id": "ryoritsushien-021",
        "charset": "iso-2022-jp",
        "sender": "樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>",
        "to": ["矢萩 恭平 <yahagi.kyohei@hinode-sangyou.co.jp>"],
        "subject": "面談記録（蒲生さん）",
        "body": """矢萩先生

お疲れさまです。樋渡です。
本日の蒲生さん（経理部）との面談記録をお送りします。

・乳がん（左）で3月に部分切除術、現在は放射線治療（全25回の18回目）
・照射後の倦怠感が強く、午後は集中が続かないとのこと
・本人は1月からの時短勤務での復職を希望
・主治医（北斗大学病院 乳腺外科）からは、放射線終了後1か月での復職は可との見解

復職判定面談は11月下旬で調整いたします。ご確認ください。

樋渡
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for the in-house physician but sent to hinode-sangyou.co.jp, a look-alike of the own domain, with a diagnosis (reasons 5 and 3)",
    },
    {
        "id": "ryoritsushien-022",
        "charset": "utf-8",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["望月 礼子 <reiko.mochizuki.cs@gmail.com>"],
        "subject": "管理職研修でのご講演のお願い",
        "body": """望月 礼子 様

突然のご連絡失礼いたします。
日の出産業株式会社 人事部の小野寺と申します。
神奈川産業保健総合支援センターの室伏様からご紹介いただき、ご連絡いたしました。

弊社では来年2月に管理職向けの「治療と仕事の両立支援研修」を予定しており、
がん経験者の立場から、職場に求めること・助かった上司の関わり方などを
45分ほどお話しいただけないかと考えております。

　日程候補：2月10日（火）または2月17日（火）いずれも14時～
　会場　　：弊社本社（川崎）もしくはオンライン
　謝礼　　：5万円（税込・交通費別途）

ご検討いただけますと幸いです。ご不明な点はお気軽にお問い合わせください。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one private speaker on gmail; no one's personal data in the mail",
    },
    {
        "id": "ryoritsushien-023",
        "charset": "cp932",
        "sender": "芦田 里美 <ashida.satomi@hinode-sangyo.co.jp>",
        "to": ["保険金サービス課 <hokenkin-service@meiwa-life.co.jp>"],
        "subject": "GLTD 給付金請求書類一式（パスワード付PDF）",
        "body": """明和生命保険株式会社
保険金サービス課 御中

いつもお世話になっております。日の出産業 労務課の芦田です。
GLTD給付金の請求書類一式をPDFにてお送りいたします。
PDFにはパスワードを設定しておりますので、別途お電話でお伝えいたします。

請求番号：GC-2025-00731
""" + SIG_ASHIDA,
        "attachments": [{
            "kind": "pdf",
            "name": "GLTD給付請求書類_GC-2025-00731.pdf",
            "password": "hinode0731",
            "lines": ["GLTD 給付金請求書", "被保険者 宇佐美 浩一", "傷病名 脳梗塞後遺症", "就業不能期間 2025/01/10～"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to the insurer cannot be inspected (reason 7)",
    },
    {
        "id": "ryoritsushien-024",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["研修事業部 松任谷様 <matsutoya@lifeworks-kenshu.co.jp>"],
        "subject": "管理職向け両立支援研修 受講者名簿",
        "body": """ライフワークス研修株式会社
研修事業部 松任谷様

お世話になっております。日の出産業の小野寺です。
11/18（火）実施の「管理職向け 治療と仕事の両立支援研修」の受講者名簿をお送りします。
事前課題の配信は下記アドレス宛にお願いいたします。

氏名,所属,役職,メールアドレス,携帯電話
久保田 亮,営業一課,課長,kubota.ryo@hinode-sangyo.co.jp,090-2281-5530
浜口 健太,川崎工場 製造課,係長,hamaguchi.kenta@hinode-sangyo.co.jp,080-3356-1287
白鳥 葵,海外事業部,部長,shiratori.aoi@hinode-sangyo.co.jp,090-7720-4418
鮫島 聡,物流センター,センター長,samejima.satoshi@hinode-sangyo.co.jp,070-5581-2093
千葉 奈々子,経理部,課長,chiba.nanako@hinode-sangyo.co.jp,080-9012-6674
瀬戸口 誠,設計部,課長,setoguchi.makoto@hinode-sangyo.co.jp,090-4476-3381
国分 陽子,総務部,課長,kokubu.yoko@hinode-sangyo.co.jp,070-2218-9950
東海林 昇,品質保証部,部長,shoji.noboru@hinode-sangyo.co.jp,090-6634-7702
今泉 綾乃,営業企画部,課長,imaizumi.ayano@hinode-sangyo.co.jp,080-1475-3369
蓮見 大輔,情報システム部,課長,hasumi.daisuke@hinode-sangyo.co.jp,090-3309-8814

当日は10名全員参加予定です。よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "10-row participant list with e-mails and mobiles to a training vendor (reason 1)",
    },
    {
        "id": "ryoritsushien-025",
        "charset": "iso-2022-jp",
        "sender": "久保田 亮 <kubota.ryo@hinode-sangyo.co.jp>",
        "to": ["小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>"],
        "subject": "部下からの相談（不妊治療と勤務について）",
        "body": """小野寺さん

お疲れさまです。営業一課の久保田です。
ご相談させてください。

課の八木沢 彩花さん（入社7年目）から、来月から不妊治療（体外受精）を始めるので、
通院のため急な休みや遅刻が増えるかもしれない、と昨日相談を受けました。
採卵の日は直前まで決まらないそうで、外回りの予定をどう組むか悩んでいます。

・会社の制度で使えるもの（時間単位の休暇、在宅など）
・本人の希望で、課内には詳しく伝えないでほしいとのこと。どう説明すべきか
について、一度お時間いただけますでしょうか。

久保田
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "manager tells HR about a named subordinate's fertility treatment; all internal",
    },
]

# --- 026-050 -----------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "ryoritsushien-026",
        "charset": "utf-8",
        "sender": "芦田 里美 <ashida.satomi@hinode-sangyo.co.jp>",
        "to": ["竹之内 修 <takenouchi@aoyama-sr.jp>"],
        "subject": "両立支援等助成金（不妊治療両立支援コース）申請資料",
        "body": """竹之内先生

お世話になっております。労務課の芦田です。
不妊治療両立支援コースの申請に必要な、制度利用者の実績表をWordでお送りします。
5名とも本人から申請への利用について同意を得ております。

支給要件の「20日以上の利用」を満たしているかどうか、ご確認いただけますと幸いです。

芦田
""" + SIG_ASHIDA,
        "attachments": [{
            "kind": "docx",
            "name": "不妊治療休暇_利用実績_2025上期.docx",
            "title": "不妊治療のための休暇制度 利用実績",
            "paragraphs": [
                "不妊治療のための休暇制度 利用実績（2025年4月～9月）",
                "日の出産業株式会社 人事部労務課 作成",
            ],
            "tables": [[
                ["No.", "氏名", "所属", "治療内容", "利用制度", "利用日数"],
                ["1", "氏家 千尋", "人事部", "体外受精（採卵2回・胚移植1回）", "不妊治療休暇・時差出勤", "22日"],
                ["2", "八木沢 彩花", "営業一課", "人工授精→体外受精へ移行", "不妊治療休暇", "14日"],
                ["3", "笹森 瑠美", "川崎工場 製造課", "顕微授精", "不妊治療休暇・時間単位年休", "25日"],
                ["4", "丸岡 亮太", "設計部", "男性不妊（精索静脈瘤手術）", "不妊治療休暇", "9日"],
                ["5", "鴨志田 あずさ", "経理部", "体外受精・凍結胚移植", "不妊治療休暇・在宅勤務", "21日"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX table of 5 named employees and their fertility treatment to an outside 社労士 (reasons 1 and 3)",
    },
    {
        "id": "ryoritsushien-027",
        "charset": "iso-2022-jp",
        "sender": "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>",
        "to": ["派遣営業 佐久間様 <sakuma@staffnext.co.jp>"],
        "subject": "FW: 11月のお休みについて（ご相談）",
        "body": """スタッフネクスト 佐久間様

いつもお世話になっております。日の出産業 川崎工場の浜口です。
11月にライン要員の欠員が出そうなので、短期で1名派遣をお願いできないでしょうか。
事情は下の本人のメールのとおりです。日程が読めないので、週3日程度で柔軟に入れる方だと助かります。

浜口

-------- Forwarded Message --------
From: 笹森 瑠美 <sasamori.rumi@hinode-sangyo.co.jp>
To: 浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>
Subject: 11月のお休みについて（ご相談）

浜口係長

お疲れさまです。笹森です。
以前少しお話しした不妊治療の件ですが、11月から顕微授精に進むことになりました。
採卵の日は卵胞の育ち具合で決まるため、前々日くらいにならないと分からず、
その前後に2～3日お休みをいただくことになりそうです。
移植後もしばらくは立ち仕事を控えるよう言われています。

ご迷惑をおかけしてすみません。よろしくお願いします。
笹森
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forward of an employee's own mail about her fertility treatment to a staffing agency: new text for the recipient (reason 3)",
    },
    {
        "id": "ryoritsushien-028",
        "charset": "utf-8",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["宮坂 奈緒 <miyasaka.nao@kokoro-link.co.jp>"],
        "subject": "川崎・横浜地区のがん相談支援センター一覧",
        "body": """宮坂様

お世話になっております。小野寺です。
先日お話しした、社員に案内している「がん相談支援センター」の一覧です。
カウンセリングの中で医療面の相談が出た際のご案内先としてお使いください。

医療機関                          相談窓口                    電話
--------------------------------  --------------------------  -------------
市立みなと総合病院                患者サポートセンター        044-356-7100
北斗大学病院                      がん相談支援センター        044-977-8111
川崎中央病院                      医療福祉相談室              044-222-3051
県立湘南がんセンター              相談支援センター            0466-81-4470
横浜南共済会病院                  がん相談室                  045-782-2101
港北総合医療センター              地域連携・相談支援室        045-474-8320
かながわ臨海病院                  患者相談窓口                045-521-6688
よこはま東部病院                  がん相談支援センター        045-576-3000

受付時間は概ね平日9時～17時です。変更があればまたお知らせします。

小野寺
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of hospitals' consultation desks: businesses, not people",
    },
    {
        "id": "ryoritsushien-029",
        "charset": "cp932",
        "sender": "樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>",
        "to": ["宮坂 奈緒 <miyasaka.nao@kokoro-link.co.jp>"],
        "subject": "【取扱注意】9月度 相談利用状況と来期の重点について",
        "body": """━━━━━━━━━━━━━━━━━━━━━━
　取扱注意　日の出産業株式会社 健康管理室
━━━━━━━━━━━━━━━━━━━━━━

宮坂様

お世話になっております。樋渡です。
9月度の社内集計と、来期に重点を置きたい点を共有します。

■9月度 相談件数（社内窓口・外部カウンセリング合算）
　メンタル不調　18件／がん等の身体疾患　6件／不妊治療　3件／家族の介護　4件
■部署別の傾向
　川崎工場の夜勤部署で睡眠に関する相談が増加（前月比＋5件）
■来期の重点
　・管理職からの相談（部下対応）への助言を厚くしたい
　・復職後3か月のフォロー面談を標準化したい

詳細は10月の定例でご相談させてください。
""" + SIG_HIWATASHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail stamped 取扱注意 as its classification goes outside, though it holds only aggregates (reason 6)",
    },
    {
        "id": "ryoritsushien-030",
        "charset": "utf-8",
        "sender": "矢萩 恭平 <yahagi.kyohei@hinode-sangyo.co.jp>",
        "to": ["Naomi Sugiura <naomi.sugiura.cp@gmail.com>"],
        "subject": "ご紹介の件（総務部 社員）",
        "body": """杉浦先生

ご無沙汰しております。日の出産業で産業医をしております矢萩です。
先日お話しした件、ご本人の了承が得られましたのでご紹介させてください。

　総務部 国分 陽子さん（46歳）
　・今年6月頃から電車内での動悸・過呼吸発作があり、7月にパニック障害と診断
　・現在 SSRI 内服中（かかりつけ：こもれびメンタルクリニック）
　・通勤に不安が強く、現在は週3日在宅勤務で対応
　・認知行動療法を受けたいとの希望あり

先生のカウンセリングルームでお引き受けいただけるようでしたら、
ご本人から直接ご連絡するよう伝えます。よろしくお願いいたします。

矢萩 恭平
日の出産業株式会社 産業医
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a named employee's panic-disorder diagnosis to a counsellor's gmail address (reason 3)",
    },
    {
        "id": "ryoritsushien-031",
        "charset": "iso-2022-jp",
        "sender": "樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>",
        "to": ["富樫 沙織 <togashi@minato-hosp.jp>"],
        "subject": "RE: 三者面談の日程について",
        "body": """富樫様

ご連絡ありがとうございます。
10月24日（金）14時、貴院 患者サポートセンターにて承知しました。
弊社からは私と所属長の2名で伺います。

引き続きよろしくお願いいたします。
日の出産業 健康管理室 樋渡

-----Original Message-----
From: 富樫 沙織 <togashi@minato-hosp.jp>
Sent: Tuesday, October 14, 2025 5:12 PM
To: 樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>
Subject: 三者面談の日程について

日の出産業株式会社
樋渡様

お世話になっております。みなと総合病院 両立支援コーディネーターの富樫です。
浅見 俊也様（昭和52年5月12日生）の件、主治医の血液内科 大迫医師と調整いたしました。
悪性リンパ腫の化学療法（R-CHOP 6コース）のうち3コース目が終了し、
白血球数が下がる時期は感染リスクが高いため、倉庫内作業は避けるべきとの所見です。

10月24日（金）14時から三者面談（ご本人・主治医・貴社）の時間が取れます。
ご都合をお知らせください。

みなと総合病院 患者サポートセンター 富樫
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "diagnosis appears only in the quoted mail of the hospital itself; the new text is scheduling",
    },
    {
        "id": "ryoritsushien-032",
        "charset": "utf-8",
        "sender": "五十嵐 達也 <igarashi.tatsuya@hinode-sangyo.co.jp>",
        "to": ["竹之内 修 <takenouchi@aoyama-sr.jp>"],
        "subject": "通院配慮の件（社内メールを添付します）",
        "body": """竹之内先生

お世話になっております。五十嵐です。
先日の「通院のための勤務時間変更を賃金控除なしで認めるか」の件、
社内で健康管理室から上がってきたメールを添付します。対象者の状況はそちらをご覧ください。
規程上どう整理するのがよいか、ご意見をいただければと思います。
""" + SIG_IGARASHI,
        "attachments": [{
            "kind": "eml",
            "name": "通院配慮が必要な社員について.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "門脇 さやか <kadowaki.sayaka@hinode-sangyo.co.jp>",
                "to": ["五十嵐 達也 <igarashi.tatsuya@hinode-sangyo.co.jp>"],
                "subject": "通院配慮が必要な社員について",
                "body": """五十嵐課長

現時点で定期通院のために勤務時間の変更が必要な社員は以下の6名です。

1) 三國 亮介（設計部）　大腸がん　化学療法 隔週火曜 終日
2) 真栄田 紀子（総務部）　関節リウマチ　点滴 月1回 午前
3) 大賀 勝利（静岡工場）　糖尿病性腎症　透析 月水金 15時退社
4) 唐沢 はるか（営業一課）　バセドウ病　月1回 採血・診察
5) 外間 健太郎（物流センター）　潰瘍性大腸炎　月1回 内視鏡フォロー
6) 嘉数 昌平（川崎工場）　心房細動　3か月毎 循環器外来

いずれも有給の時間単位取得で対応中ですが、年休が足りなくなる方が出てきています。

門脇
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "attached internal mail lists 6 employees with diagnoses; it goes to an outside 社労士 (reasons 1 and 3)",
    },
    {
        "id": "ryoritsushien-033",
        "charset": "iso-2022-jp",
        "sender": "樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>",
        "to": ["宮坂 奈緒 <miyasaka.nao@kokoro-link.co.jp>"],
        "subject": "両立支援プラン一式（事前共有）",
        "body": """宮坂様

お世話になっております。樋渡です。
来週のケース検討会に向けて、現在運用中の両立支援プランをZIPでまとめてお送りします。
・plan_list.csv ……… 対象者一覧
・両立支援プラン_三國.docx …… 個別プランの例

当日はこれをもとにご意見をいただけますと幸いです。
""" + SIG_HIWATASHI,
        "attachments": [{
            "kind": "zip",
            "name": "ryoritsu_plan_202510.zip",
            "files": [
                {
                    "kind": "csv",
                    "name": "plan_list.csv",
                    "encoding": "utf-8",
                    "rows": [
                        ["社員番号", "氏名", "生年月日", "疾患", "プラン期間", "主な措置"],
                        ["H10382", "阿久津 美和", "1979-08-11", "乳がん（ホルモン療法）", "2025/07-2026/06", "在宅勤務週2日"],
                        ["H11955", "三國 亮介", "1974-01-26", "大腸がん（化学療法）", "2025/09-2026/03", "隔週火曜休・在宅拡大"],
                        ["H12230", "雲野 拓真", "1970-11-04", "急性心筋梗塞後", "2025/10-2026/03", "重量物禁止・残業禁止"],
                        ["H10874", "水落 恵", "1987-07-13", "クローン病", "2025/08-2026/07", "時差出勤"],
                        ["H07129", "鬼塚 真由美", "1983-05-02", "うつ病（復職後）", "2025/07-2025/12", "残業禁止・月1面談"],
                        ["H13051", "外間 健太郎", "1992-09-17", "潰瘍性大腸炎", "2025/06-2026/05", "席配置・時差出勤"],
                    ],
                },
                {
                    "kind": "docx",
                    "name": "両立支援プラン_三國.docx",
                    "paragraphs": [
                        "両立支援プラン",
                        "対象者：設計部 三國 亮介（1974年1月26日生）",
                        "疾患・治療：大腸がん ステージIII、術後補助化学療法（CAPOX）2025年9月～2026年2月",
                        "措置：化学療法日（隔週火曜）は特別休暇、翌水曜は在宅勤務。出張は原則なし。",
                        "フォロー：産業医面談 月1回、所属長面談 隔週",
                    ],
                },
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "ZIP with a 6-person CSV of diagnoses and an individual plan goes to the outside EAP (reasons 1 and 3)",
    },
    {
        "id": "ryoritsushien-034",
        "charset": "cp932",
        "sender": "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>",
        "to": ["人材ブリッジ 営業担当 <eigyo-kawasaki@jinzai-bridge.co.jp>"],
        "subject": "派遣スタッフの勤務配慮について",
        "body": """人材ブリッジ株式会社
川崎営業所 ご担当者様

いつもお世話になっております。日の出産業 川崎工場 製造課の浜口です。
現在ご派遣いただいているスタッフのうち、下記2名について
ご本人から申出がありましたので、勤務上の配慮の内容を共有いたします。
契約上の就業時間の変更が必要になるか、ご確認をお願いいたします。

・溝口 拓郎さん（Bライン）
　　人工透析（火・木・土）のため、火・木は16時で退勤。夜勤シフトから外します。
・藤堂 美咲さん（検査工程）
　　1型糖尿病でインスリン注射が必要なため、10時・15時に10分の休憩を追加。
　　低血糖時の補食のため、作業場へのブドウ糖持込みを許可します。

来週中にお打合せできればと思います。
--
日の出産業株式会社 川崎工場 製造課 係長
浜口 健太　TEL 044-288-7130
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "two named temp workers' dialysis and type-1 diabetes told to the staffing agency (reason 3)",
    },
    {
        "id": "ryoritsushien-035",
        "charset": "utf-8",
        "sender": "五十嵐 達也 <igarashi.tatsuya@hinode-sangyo.co.jp>",
        "to": ["法務担当 須賀様 <suga@mirai-counseling.jp>"],
        "subject": "秘密保持契約書（修正案）のご送付",
        "body": """株式会社みらいカウンセリング
法務ご担当 須賀様

お世話になっております。日の出産業の五十嵐でございます。
オンラインカウンセリング導入に先立つ秘密保持契約書につき、弊社法務からの修正案をお送りします。
主な修正点は、第3条（秘密情報の範囲）に「従業員の健康情報」を明記した点と、
第8条（契約終了時の返還・廃棄）の期限を30日以内とした点です。

ご確認のほどよろしくお願いいたします。
""" + SIG_IGARASHI,
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書_修正案_日の出産業.docx",
            "title": "秘密保持契約書",
            "paragraphs": [
                "秘密保持契約書",
                "日の出産業株式会社（法人番号 9010401087354、以下「甲」という。）と株式会社みらいカウンセリング（法人番号 8020001093125、以下「乙」という。）は、次のとおり契約を締結する。",
                "第1条（目的）本契約は、甲が乙のオンラインカウンセリングサービスの導入を検討するにあたり、相互に開示する秘密情報の取扱いを定める。",
                "第3条（秘密情報）秘密情報とは、開示者が秘密である旨を明示して開示した情報、及び甲の従業員の健康情報その他の個人情報をいう。",
                "第8条（返還・廃棄）本契約が終了した場合、受領者は30日以内に秘密情報を返還又は廃棄する。",
                "第10条（有効期間）本契約の有効期間は締結日から2年間とする。",
            ],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "mail about an NDA; the draft carries both companies' 法人番号 and no one's personal data",
    },
    {
        "id": "ryoritsushien-036",
        "charset": "iso-2022-jp",
        "sender": "真鍋 健吾 <manabe.kengo@hinode-sangyo.co.jp>",
        "to": ["湘南健診センター 予約係 <yoyaku@shonan-kenshin.or.jp>"],
        "subject": "人間ドック予約申込（日の出産業 11月分）",
        "body": """湘南健診センター
予約係 御中

いつもお世話になっております。日の出産業 総務部の真鍋です。
11月受診分の人間ドック予約者一覧（xls）をお送りします。
健保の契約コースで、費用は会社一括払いでお願いします。
""" + SIG_MANABE,
        "attachments": [{
            "kind": "xls",
            "name": "dock_yoyaku_2025_11.xls",
            "sheets": {
                "予約者": [
                    ["氏名", "カナ", "生年月日", "性別", "保険証記号", "保険証番号", "希望日", "オプション"],
                    ["相馬 利一", "ソウマ リイチ", "1968/03/14", "男", "3104", "215", "11/5", "胃カメラ"],
                    ["比嘉 早苗", "ヒガ サナエ", "1972/06/30", "女", "3104", "488", "11/6", "乳腺エコー"],
                    ["猪俣 健", "イノマタ ケン", "1979/02/11", "男", "3102", "107", "11/6", "脳ドック"],
                    ["井筒 佳代", "イヅツ カヨ", "1975/11/02", "女", "3104", "356", "11/12", "マンモグラフィ"],
                    ["宮良 浩平", "ミヤラ コウヘイ", "1983/03/27", "男", "3103", "092", "11/13", "なし"],
                    ["砂原 隆之", "スナハラ タカユキ", "1981/07/29", "男", "3102", "231", "11/19", "胃カメラ"],
                    ["仲宗根 綾", "ナカソネ アヤ", "1984/01/17", "女", "3104", "419", "11/20", "子宮頸がん検診"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "XLS of 7 employees with birth dates and health insurance 記号・番号 to a health-check centre (reasons 1 and 2)",
    },
    {
        "id": "ryoritsushien-037",
        "charset": "utf-8",
        "sender": "芦田 里美 <ashida.satomi@hinode-sangyo.co.jp>",
        "to": ["医療通訳コーディネート窓口 <coordinate@medi-bridge.or.jp>"],
        "subject": "医療通訳の派遣依頼（ベトナム語）",
        "body": """メディブリッジ 医療通訳コーディネート窓口 ご担当者様

お世話になっております。日の出産業株式会社 人事部労務課の芦田と申します。
弊社のベトナム人社員の通院に、医療通訳の派遣をお願いしたくご連絡しました。

　氏名：グエン・ヴァン・タイン（NGUYEN VAN THANH）
　生年月日：1996年4月3日
　在留カード番号：UH47821936EN
　受診先：北斗大学病院 消化器内科
　受診日時：10月29日（水）9:30～
　内容：健康診断で B型肝炎ウイルス陽性と分かり、精密検査と治療方針の説明を受ける予定です。
　　　　日本語の日常会話はできますが、医療用語の理解は難しい状況です。

費用は弊社負担でお願いいたします。お見積りをいただけますでしょうか。
""" + SIG_ASHIDA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "residence card number and hepatitis B result of one employee to an interpreting service (reasons 2 and 3)",
    },
    {
        "id": "ryoritsushien-038",
        "charset": "iso-2022-jp",
        "sender": "鮫島 聡 <samejima.satoshi@hinode-sangyo.co.jp>",
        "to": ["配車センター 江口様 <eguchi@aoba-unyu.co.jp>"],
        "subject": "構内運転者の登録変更のお願い",
        "body": """青葉運輸株式会社
配車センター 江口様

いつもお世話になっております。日の出産業 物流センターの鮫島です。
貴社と共同運用している構内トラック・フォークリフトの運転者台帳について、
弊社社員1名の登録を一時停止していただきたく、ご連絡いたします。

　氏名：　　　大久保 剛（オオクボ ツヨシ）
　運転免許証：第 ４５０２１８３３７６１０ 号
　理由：　　　先月、心室細動で倒れ、植込み型除細動器（ICD）の手術を受けました。
　　　　　　　主治医から、半年間は運転を控えるよう指示が出ています。

復帰の見込みが立ちましたら、改めてご連絡いたします。
よろしくお願いいたします。

日の出産業株式会社 物流センター センター長
鮫島 聡　TEL 044-266-5100
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "driver's licence number and heart condition (ICD) of one employee to a partner (reasons 2 and 3)",
    },
    {
        "id": "ryoritsushien-039",
        "charset": "cp932",
        "sender": "白鳥 葵 <shiratori.aoi@hinode-sangyo.co.jp>",
        "to": ["海外旅行保険 引受担当 <kaigai-hikiuke@asanagi-sonpo.co.jp>"],
        "subject": "海外赴任者の保険加入について（既往症の告知）",
        "body": """朝凪損害保険株式会社
海外旅行保険 引受ご担当者様

お世話になっております。日の出産業 海外事業部の白鳥です。
来年1月からタイ（ラヨーン工場）へ赴任予定の社員について、
企業包括契約への追加と、既往症の告知についてご相談させてください。

　氏名　　　：能勢 雄一郎（NOSE YUICHIRO）
　生年月日　：Ｓ５３．９．１８
　旅券番号　：TZ4471952
　赴任期間　：2026年1月～2028年12月（予定）
　既往症　　：2型糖尿病（内服治療中、HbA1c 7.2）、高血圧症
　　　　　　　2023年に狭心症でカテーテル治療歴あり

既往症の治療費が補償対象外となる範囲と、現地での通院先のご紹介が可能かどうか、
ご教示いただけますと幸いです。

白鳥 葵
日の出産業株式会社 海外事業部 部長
TEL 044-211-3710
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "passport number and medical history of one expatriate to an insurer (reasons 2 and 3)",
    },
    {
        "id": "ryoritsushien-040",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["宴会予約 滝本様 <takimoto@sakura-hotel.jp>"],
        "subject": "12/4 両立支援セミナー 登壇者の控室・連絡先について",
        "body": """さくらホテル 宴会予約
滝本様

いつもお世話になっております。日の出産業の小野寺です。
12月4日のセミナーの件、登壇者の控室のご用意をお願いいたします。
当日の緊急連絡先を兼ねて、登壇者の方をお知らせします。

　・篠塚 浩二 様（桜川労働衛生クリニック）　携帯 090-6218-3304　13:00着
　・富樫 沙織 様（みなと総合病院）　　　　　携帯 080-2975-1148　13:30着
　・望月 礼子 様（がん経験者・講演）　　　　携帯 070-4410-8862　13:00着

控室は1室で構いません。お茶のご用意を3名分お願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three speakers' names and mobiles to the hotel: fewer than five records, may be warned",
    },
    {
        "id": "ryoritsushien-041",
        "charset": "utf-8",
        "sender": "芦田 里美 <ashida.satomi@hinode-sangyo.co.jp>",
        "to": ["定着支援員 安斎様 <anzai@hidamari-shuro.jp>"],
        "subject": "定着支援面談の前の情報共有",
        "body": """就労移行支援事業所ひだまり
定着支援員 安斎様

お世話になっております。日の出産業 労務課の芦田です。
来週の定着支援面談の前に、弊社で把握している状況を共有させてください。

瀬尾 和樹さん（2024年4月入社・障害者雇用枠・総務部）
　身体障害者手帳1級（心臓機能障害、ペースメーカー植込み）
　最近、階段移動のある書庫業務で息切れを訴えることが増えています。
　主治医からは「負荷を減らせば現職継続は可能」との意見をいただいています。
　本人は業務を減らされることに抵抗があるようで、面談で気持ちを聞いていただけると助かります。

当日は私も同席いたします。
""" + SIG_ASHIDA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "disability certificate grade and heart condition of a named employee to an outside support agency (reason 3)",
    },
    {
        "id": "ryoritsushien-042",
        "charset": "utf-8",
        "sender": "Mariko Onodera <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["Laura Chen <laura.chen@globalcare-eap.com>"],
        "subject": "EAP rollout for our Thailand and Vietnam sites - timeline",
        "body": """Dear Laura,

Thank you for the call last Thursday. As discussed, here is our proposed timeline for
extending the EAP to our overseas sites:

  - Nov 2025: contract amendment and data processing agreement signed
  - Dec 2025: local-language leaflets (Thai, Vietnamese) finalised
  - Jan 2026: launch at the Rayong plant (approx. 240 employees)
  - Apr 2026: launch at the Binh Duong office (approx. 60 employees)

We would like the monthly utilisation report to stay aggregated by site only, as it is
for Japan, so that no individual employee can be identified. Could you confirm that
your regional centres can follow the same reporting format?

Kind regards,

Mariko Onodera
HR Planning (Health & Work Support)
Hinode Sangyo Co., Ltd.
Tel +81-44-211-3301
""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail to a foreign EAP partner about rollout; only the standard disclaimer",
    },
    {
        "id": "ryoritsushien-043",
        "charset": "iso-2022-jp",
        "sender": "樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>",
        "to": ["富樫 沙織 <togashi@minato-hosp.jp>"],
        "subject": "Re: 勤務情報提供書の受領について",
        "body": """富樫様

ご丁寧にありがとうございます。
追加で主治医の先生にお伝えいただきたい点がございます。

ご本人（経理部 片桐 美咲さん）は、乳がんの術後化学療法（パクリタキセル毎週投与）中で、
投与翌日は手足のしびれと倦怠感が強く出るとのことです。
月末・月初の決算業務の時期と投与日が重ならないよう、投与曜日の調整が可能か、
先生のご意見を伺えますと大変助かります。

よろしくお願いいたします。
樋渡

> 樋渡様
>
> みなと総合病院の富樫です。
> 勤務情報提供書、確かに受領いたしました。主治医に渡しております。
> 意見書の作成には1週間ほどかかる見込みです。
""" + SIG_HIWATASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "the new text of a reply names an employee and her chemotherapy to the hospital (reason 3)",
    },
    {
        "id": "ryoritsushien-044",
        "charset": "cp932",
        "sender": "真鍋 健吾 <manabe.kengo@hinode-sangyo.co.jp>",
        "to": ["検診車運行課 <unko@kenshin-car.co.jp>"],
        "subject": "巡回がん検診（物流センター）追加受診者",
        "body": """検診カー株式会社 運行課 御中

お世話になっております。日の出産業 総務部の真鍋です。
11/7の物流センターでの巡回がん検診（胃・肺・大腸）に、追加で4名受診を希望しています。
枠が空いていれば追加をお願いします。

氏名\tフリガナ\t生年月日\t連絡先
鮫島 聡\tサメジマ サトシ\t1973/02/20\t090-1338-4470
小池 真司\tコイケ シンジ\t1980/10/05\t080-2290-6617
遠藤 里奈\tエンドウ リナ\t1988/06/14\t070-6654-2038
桑原 修\tクワバラ オサム\t1966/12/29\t090-5521-7746

以上4名です。よろしくお願いいたします。
""" + SIG_MANABE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four people's screening booking records (no results): under five records, may be warned",
    },
    {
        "id": "ryoritsushien-045",
        "charset": "utf-8",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["望月 礼子 <reiko.mochizuki.cs@gmail.com>",
               "柏木 徹 <toru_kashiwagi1968@yahoo.co.jp>",
               "高遠 絵美 <emi.takato@icloud.com>"],
        "subject": "パネルディスカッションご登壇のお願い（2/17 管理職研修）",
        "body": """望月様、柏木様、高遠様

日の出産業 人事部の小野寺です。
先日はそれぞれお時間をいただき、ありがとうございました。
2月17日の管理職研修の後半で、「治療しながら働く」をテーマにしたパネルディスカッションを行うことになり、
お三方にご登壇いただけないかと考えております。

　日時：2月17日（火）15:00～16:15（14:30集合）
　会場：日の出産業 本社 1F ホール
　謝礼：各3万円（交通費別途）

事前のお打合せ（オンライン30分）を1月中に設定させてください。
ご都合のよい日時を何点か教えていただけますと幸いです。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "three private persons on free mail see each other's addresses in To; should have been Bcc (reason 4)",
    },
    {
        "id": "ryoritsushien-046",
        "charset": "iso-2022-jp",
        "sender": "今泉 綾乃 <imaizumi.ayano@hinode-sangyo.co.jp>",
        "to": ["商品部 工藤様 <kudo.shinya@kitaguni-food.co.jp>"],
        "subject": "弊社窓口体制の変更について",
        "body": """北国フーズ株式会社
商品部 工藤様

いつも大変お世話になっております。
日の出産業 営業企画部の今泉でございます。

弊社の担当 松永が、11月より当面の間 勤務時間を短縮することとなりました。
ご迷惑をおかけしないよう、11月以降は松永と私の2名体制で窓口を務めさせていただきます。
お急ぎのご用件は、私 今泉（080-1475-3369）までご連絡いただけますと幸いです。

今後ともよろしくお願い申し上げます。

日の出産業株式会社 営業企画部 課長
今泉 綾乃
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-food.co.jp drops the s of partner kitaguni-foods.co.jp (reason 5)",
    },
    {
        "id": "ryoritsushien-047",
        "charset": "utf-8",
        "sender": "新垣 美穂 <aragaki.miho@hinode-sangyo.co.jp>",
        "to": ["法人営業部 鶴見様 <tsurumi@rnidori-ginko.co.jp>"],
        "subject": "総合振込 口座確認のお願い（休職者の傷病手当金立替分）",
        "body": """みどり銀行 法人営業部
鶴見様

お世話になっております。日の出産業 人事部給与担当の新垣です。
来月の総合振込で、休職中の社員へ傷病手当金の立替分を送金する予定です。
先日エラーになった口座について、口座名義と番号に誤りがないかご確認をお願いいたします。

　受取人：ウサミ コウイチ（宇佐美 浩一）
　口座　：みどり銀行 川崎西口支店（店番 218）普通 3306741

お手数をおかけしますが、よろしくお願いいたします。

新垣 美穂
日の出産業株式会社 人事部 給与担当
TEL 044-211-3318
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "rnidori-ginko.co.jp imitates partner midori-ginko.co.jp (rn for m) and receives an employee's bank account (reason 5)",
    },
    {
        "id": "ryoritsushien-048",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>"],
        "bcc": ["soudan@minato-hosp.jp", "renkei@hokuto-med.ac.jp", "iryo-soudan@kawasaki-chuo-hp.jp",
                "sodan@shonan-gancenter.jp", "renkei@konan-kyosai.or.jp", "chiiki@kohoku-mc.jp",
                "info@jonan-heart.jp", "soudan@rinkai-hp.jp"],
        "subject": "【ご案内】企業と医療機関の両立支援交流会（1/22）",
        "body": """医療機関 両立支援ご担当者様

（本メールはBCCにて複数の医療機関様へお送りしております）

いつもお世話になっております。日の出産業株式会社 人事部の小野寺でございます。
昨年度に引き続き、川崎地区の企業と医療機関の両立支援交流会を開催いたします。

　日時：2026年1月22日（木）15:00～17:00
　会場：川崎市産業振興会館 4F 第1研修室
　内容：企業側から見た「主治医意見書」の活かし方／意見交換
　参加費：無料

ご参加いただける場合は、1月9日までにご返信ください。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "invitation to eight hospitals sent correctly in Bcc; no one sees the others",
    },
    {
        "id": "ryoritsushien-049",
        "charset": "cp932",
        "sender": "門脇 さやか <kadowaki.sayaka@hinode-sangyo.co.jp>",
        "to": ["データ管理課 <data@shonan-kenshin.or.jp>"],
        "subject": "二次検査受診状況 取込用ファイル",
        "body": """湘南健診センター データ管理課 御中

お世話になっております。日の出産業 健康管理室の門脇です。
ご依頼の二次検査受診状況の取込用ファイルをお送りします。
フォーマットは前回いただいたものに合わせております。

門脇
""",
        "attachments": [{"kind": "corrupt", "name": "niji_kensa_jokyo_2025.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached workbook is corrupt and cannot be inspected (reason 7)",
    },
    {
        "id": "ryoritsushien-050",
        "charset": "utf-8",
        "sender": "芦田 里美 <ashida.satomi@hinode-sangyo.co.jp>",
        "to": ["新垣 美穂 <aragaki.miho@hinode-sangyo.co.jp>"],
        "subject": "年末調整：障害者控除の対象者リスト",
        "body": """新垣さん

お疲れさまです。芦田です。
年末調整で障害者控除の対象となる社員のリストをCSVで送ります。
手帳の写しは労務課のキャビネットに保管しています。

芦田
""",
        "attachments": [{
            "kind": "csv",
            "name": "shogaisha_kojo_2025.csv",
            "encoding": "utf-8-sig",
            "rows": [
                ["社員番号", "氏名", "個人番号", "区分", "手帳の種類・等級", "備考"],
                ["H06719", "宇佐美 浩一", my_number(SEED + 3), "特別障害者", "身体障害者手帳 1級（肢体不自由）", "脳梗塞後遺症"],
                ["H09580", "小此木 修二", my_number(SEED + 4), "特別障害者", "身体障害者手帳 1級（じん臓機能障害）", "透析"],
                ["H10102", "瀬尾 和樹", my_number(SEED + 5), "特別障害者", "身体障害者手帳 1級（心臓機能障害）", ""],
                ["H11820", "湯浅 美鈴", my_number(SEED + 6), "一般障害者", "精神障害者保健福祉手帳 3級", ""],
                ["H12611", "高垣 渉", my_number(SEED + 7), "一般障害者", "療育手帳 B2", "扶養親族（長男）"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "My Numbers and disability grades of five people, but HR to payroll, all internal",
    },
]

# --- 051-075 -----------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "ryoritsushien-051",
        "charset": "iso-2022-jp",
        "sender": "門脇 さやか <kadowaki.sayaka@hinode-sangyo.co.jp>",
        "to": ["篠塚 浩二 先生 <shinozuka@sakuragawa-clinic.jp>"],
        "subject": "高ストレス者面談 対象者リスト（10月実施分）",
        "body": """篠塚先生

いつもお世話になっております。健康管理室の門脇です。
ストレスチェックで高ストレスと判定され、医師面接を申し出た方のリストをPDFでお送りします。
10月の訪問日（10/16・10/30）に順次面談をお願いできますでしょうか。

門脇
""",
        "attachments": [{
            "kind": "pdf",
            "name": "高ストレス者面談対象_202510.pdf",
            "title": "高ストレス者 医師面接指導 対象者一覧",
            "page_header": "日の出産業株式会社 健康管理室",
            "lines": ["ストレスチェック（2025年9月実施）高ストレス者 医師面接指導 申出者一覧", ""],
            "table": [
                ["No", "氏名", "所属", "年齢", "ストレス反応", "仕事の負担", "周囲の支援", "判定", "備考"],
                ["1", "蓮見 大輔", "情報システム部", "44", "82", "39", "12", "高ストレス", "不眠の訴えあり"],
                ["2", "今村 沙耶", "経理部", "29", "88", "41", "10", "高ストレス", "前回も該当"],
                ["3", "徳永 浩", "川崎工場", "52", "76", "44", "14", "高ストレス", "残業月70h"],
                ["4", "秋吉 菜摘", "営業二課", "33", "91", "37", "9", "高ストレス", "通院中（心療内科）"],
                ["5", "森永 剛志", "設計部", "38", "79", "46", "13", "高ストレス", ""],
                ["6", "乙部 麻衣", "総務部", "26", "85", "35", "11", "高ストレス", "食欲低下"],
                ["7", "権藤 一樹", "物流センター", "47", "77", "43", "15", "高ストレス", "腰痛で通院中"],
                ["8", "日向 彩", "品質保証部", "31", "84", "40", "12", "高ストレス", ""],
                ["9", "海老原 誠", "営業一課", "41", "80", "45", "10", "高ストレス", "飲酒量増加"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF table of 9 named employees' stress-check results goes to the outside clinic (reasons 1 and 3)",
    },
    {
        "id": "ryoritsushien-052",
        "charset": "utf-8",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["室伏 英明 <murofushi@kanagawa-sanpo.or.jp>"],
        "subject": "事例発表スライド（12/4 ネットワーク会議）",
        "body": """室伏様

お世話になっております。小野寺です。
12/4の会議で弊社が発表する事例のスライドをお送りします。
配布資料として印刷いただく分も、このファイルからお願いできればと思います。

小野寺
""",
        "attachments": [{
            "kind": "pptx",
            "name": "事例発表_日の出産業_1204.pptx",
            "title": "治療と仕事の両立支援 事例報告",
            "slides": [
                ["治療と仕事の両立支援 事例報告", "日の出産業株式会社 人事部", "2025年12月4日"],
                ["事例1：営業部 長谷部 聡さん（48歳）", "胃がん（ステージII）で胃の2/3を切除",
                 "復職後3か月は外回りを免除、内勤で顧客フォロー", "現在はフルタイム・出張も再開"],
                ["事例2：川崎工場 嘉数 昌平さん（55歳）", "心房細動でカテーテルアブレーション",
                 "夜勤免除と重量物制限を6か月", "主治医意見書をもとに段階的に解除"],
                ["事例3：人事部 氏家 千尋さん（36歳）", "不妊治療（体外受精）と勤務の両立",
                 "時間単位の通院休暇と時差出勤を組み合わせ", "上司には本人の同意の範囲で共有"],
                ["まとめ", "本人・主治医・会社の三者で情報を共有", "措置は期限を決めて見直す"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "slides name three employees with their diagnoses for an outside seminar (reason 3)",
    },
    {
        "id": "ryoritsushien-053",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["研修事業部 松任谷様 <matsutoya@lifeworks-kenshu.co.jp>"],
        "subject": "研修テキスト（ケーススタディ部分）のご確認",
        "body": """松任谷様

お世話になっております。日の出産業の小野寺です。
管理職研修のケーススタディ部分のスライド案をお送りします。
事例は複数のケースを組み合わせて加工した架空のもので、実在の社員とは対応しません。
グループワークの設問の言い回しについて、ご意見をいただけますと幸いです。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "pptx",
            "name": "管理職研修_ケーススタディ案.pptx",
            "slides": [
                ["ケーススタディ：部下から病気の相談を受けたら", "管理職向け 両立支援研修"],
                ["ケースA", "Aさん（40代・営業職）から、乳がんで手術を受けると打ち明けられた",
                 "「周りには言わないでほしい」と言われた", "→ あなたならまず何をしますか？"],
                ["ケースB", "Bさん（50代・製造職）が心筋梗塞から復帰予定",
                 "主治医意見書には「重作業は3か月不可」とある", "→ 職場でどんな調整が必要ですか？"],
                ["ポイント", "本人の同意なく病名を共有しない", "人事・健康管理室と早めに連携する"],
            ],
            "page_footer": "日の出産業株式会社 人事部",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "training slides with invented, non-identifiable cases (Aさん 40代); no person's data",
    },
    {
        "id": "ryoritsushien-054",
        "charset": "utf-8",
        "sender": "真鍋 健吾 <manabe.kengo@hinode-sangyo.co.jp>",
        "to": ["保険パートナーズ 団体保険課 <dantai@hoken-partners.co.jp>"],
        "subject": "団体がん保険 中途加入申込（6名分）",
        "body": """保険パートナーズ株式会社
団体保険課 ご担当者様

お世話になっております。日の出産業 総務部の真鍋です。
団体がん保険（団体扱）の中途加入申込者6名分をお送りします。
申込書の原本は社内便で回収中のため、先に内容をテキストでお送りします。

【1】
氏名：梶原 拓（カジワラ タク）
生年月日：1988年8月16日
住所：神奈川県川崎市高津区溝口3-12-7 グランメゾン溝口402
電話：080-7741-2205
【2】
氏名：能登 真帆（ノト マホ）
生年月日：1993年4月25日
住所：東京都大田区西蒲田6-31-2-305
電話：090-3365-8127
【3】
氏名：桐生 萌（キリュウ モエ）
生年月日：1995年10月9日
住所：神奈川県横浜市鶴見区豊岡町18-4 ハイツ豊岡201
電話：070-1196-5543
【4】
氏名：檜山 詩織（ヒヤマ シオリ）
生年月日：1998年7月4日
住所：神奈川県川崎市幸区南幸町1-44-3
電話：080-5209-3318
【5】
氏名：楠 翔太（クスノキ ショウタ）
生年月日：1999年1月19日
住所：神奈川県川崎市中原区木月2-9-15 コーポ木月103
電話：090-8841-0276
【6】
氏名：米倉 慎吾（ヨネクラ シンゴ）
生年月日：1986年5月8日
住所：東京都世田谷区玉川台1-7-22
電話：080-6637-4190

保険料は12月給与からの控除開始でお願いいたします。
""" + SIG_MANABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six applicant blocks with home address, phone and birth date to an insurance agency (reason 1)",
    },
    {
        "id": "ryoritsushien-055",
        "charset": "iso-2022-jp",
        "sender": "白鳥 葵 <shiratori.aoi@hinode-sangyo.co.jp>",
        "to": ["宿泊予約 <stay@sakura-hotel.jp>"],
        "subject": "１１／１８～２０ 宿泊予約（日の出産業）客室についてのお願い",
        "body": _fw("""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業 海外事業部の白鳥です。
11/18～11/20（2泊）で予約番号 SH-88214 の件、1名分の客室についてご相談です。

宿泊者の樫村 隆（カシムラ タカシ）は心臓ペースメーカーを装着しており、
主治医から強い電磁波を発する機器に近づかないよう言われております。
客室にIH調理器やマッサージチェア等がない部屋をご用意いただけますでしょうか。
また、エレベーターに近い低層階ですと助かります（階段の昇降で息切れがあるため）。

お手数をおかけしますが、よろしくお願いいたします。
""") + """
日の出産業株式会社 海外事業部
白鳥 葵　TEL 044-211-3710
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named guest's pacemaker and heart symptoms told to the hotel (reason 3)",
    },
    {
        "id": "ryoritsushien-056",
        "charset": "utf-8",
        "sender": "門脇 さやか <kadowaki.sayaka@hinode-sangyo.co.jp>",
        "to": ["指導事業部 <shido@hoken-shido.co.jp>"],
        "subject": "特定保健指導 対象者データ（2025年度 第2期）",
        "body": """ヘルスサポート保健指導株式会社
指導事業部 ご担当者様

お世話になっております。日の出産業 健康管理室の門脇です。
第2期の特定保健指導 対象者データを、健診システムから出力したHTMLのままお送りします。
初回面談の日程調整をお願いいたします。

門脇
""",
        "attachments": [{
            "kind": "html",
            "name": "tokutei_hoken_shido_2025_2.html",
            "html": """<html><head><meta charset="utf-8"><title>特定保健指導 対象者一覧</title></head><body>
<h3>特定保健指導 対象者一覧（2025年度 第2期）日の出産業株式会社</h3>
<table border="1">
<tr><th>氏名</th><th>生年月日</th><th>腹囲</th><th>BMI</th><th>血圧</th><th>HbA1c</th><th>LDL</th><th>喫煙</th><th>区分</th></tr>
<tr><td>徳永 浩</td><td>S48.1.22</td><td>98.5</td><td>29.1</td><td>148/96</td><td>6.4</td><td>162</td><td>有</td><td>積極的支援</td></tr>
<tr><td>猪俣 健</td><td>S54.2.11</td><td>92.0</td><td>27.3</td><td>138/88</td><td>5.9</td><td>171</td><td>無</td><td>動機付け支援</td></tr>
<tr><td>権藤 一樹</td><td>S53.7.3</td><td>101.2</td><td>31.0</td><td>152/101</td><td>6.8</td><td>149</td><td>有</td><td>積極的支援</td></tr>
<tr><td>海老原 誠</td><td>S59.4.30</td><td>89.4</td><td>26.2</td><td>134/86</td><td>5.7</td><td>188</td><td>有</td><td>動機付け支援</td></tr>
<tr><td>桑原 修</td><td>S41.12.29</td><td>95.8</td><td>28.4</td><td>144/92</td><td>6.1</td><td>155</td><td>無</td><td>動機付け支援</td></tr>
<tr><td>宮良 浩平</td><td>S58.3.27</td><td>90.3</td><td>27.9</td><td>131/84</td><td>6.0</td><td>166</td><td>有</td><td>積極的支援</td></tr>
</table></body></html>""",
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML export of 6 employees' health-check results with 和暦 birth dates to a vendor (reasons 1 and 3)",
    },
    {
        "id": "ryoritsushien-057",
        "charset": "iso-2022-jp",
        "sender": "芦田 里美 <ashida.satomi@hinode-sangyo.co.jp>",
        "to": ["関東機械工業健康保険組合 適用・給付 <tekiyo@kanto-kikai-kenpo.or.jp>"],
        "subject": "限度額適用認定証の交付申請（至急）",
        "body": f"""関東機械工業健康保険組合 ご担当者様

お世話になっております。日の出産業 労務課の芦田です。
下記被保険者について、限度額適用認定証の交付をお願いしたく、申請内容をお送りします。
入院日が迫っておりますので、可能であれば事業所宛に速達でご送付ください。

　被保険者氏名：雲野 拓真
　生年月日　　：昭和45年11月4日
　個人番号　　：{_mn(8, "")}
　入院予定　　：11月10日～ 北斗大学病院 心臓血管外科
　　　　　　　　（冠動脈バイパス手術のため、3週間程度の入院見込み）

申請書の原本は本日発送いたします。
""" + SIG_ASHIDA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "My Number and planned heart surgery of one employee to the 健保組合 (reasons 2 and 3)",
    },
    {
        "id": "ryoritsushien-058",
        "charset": "utf-8",
        "sender": "樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>",
        "to": ["富樫 沙織 <togashi@minato-hosp.jp>",
               "宮坂 奈緒 <miyasaka.nao@kokoro-link.co.jp>",
               "竹之内 修 <takenouchi@aoyama-sr.jp>"],
        "subject": "浅見さんの件 ケース会議（10/31）のご案内",
        "body": """富樫様、宮坂様、竹之内先生

いつもお世話になっております。日の出産業 健康管理室の樋渡です。
物流センター 浅見 俊也さん（悪性リンパ腫で化学療法中）の復職に向けて、
関係者でケース会議を開きたく、ご案内いたします。

　日時：10月31日（金）16:00～17:00（オンライン）
　議題：・化学療法終了後の復職時期（主治医のご意見：富樫様より）
　　　　・メンタル面のフォロー状況（宮坂様より）
　　　　・休職期間満了との関係（竹之内先生より）

ご本人には会議の開催と参加者について了承を得ております。
接続先URLは前日にお送りします。
""" + SIG_HIWATASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "external_recipients_visible", "multiple_external_domains"],
        "note": "three outside organisations see each other in To and get a named employee's lymphoma (reasons 4 and 3)",
    },
    {
        "id": "ryoritsushien-059",
        "charset": "cp932",
        "sender": "東 陽介 <azuma.yosuke@hinode-sangyo.co.jp>",
        "to": ["導入支援チーム <support@anpi-call.jp>"],
        "subject": "FW: 在宅勤務中の治療中社員 安否確認登録リスト",
        "body": """アンピコール株式会社 導入支援チーム 御中

お世話になっております。日の出産業 情報システム部の東です。
安否確認サービスの「要配慮者グループ」に登録する社員のリストを、人事から受け取りましたので転送します。
グループ設定と一括登録をお願いします。

東

----- 転送メッセージ -----
差出人: 小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>
宛先: 東 陽介 <azuma.yosuke@hinode-sangyo.co.jp>
件名: 在宅勤務中の治療中社員 安否確認登録リスト

東さん

災害時に優先して連絡を取るべき、通院治療中で在宅勤務の社員の一覧です。
本人携帯と、家族の緊急連絡先を登録してください。

氏名　　　　　本人携帯　　　　　緊急連絡先（続柄）
阿久津 美和　090-3718-2604　　阿久津 健司（夫）090-1184-6620
三國 亮介　　080-2261-9035　　三國 佳子（妻）080-4417-2251
水落 恵　　　070-8832-1460　　水落 順子（母）045-532-7719
外間 健太郎　090-5560-7718　　外間 美奈（妻）090-2207-3314
真栄田 紀子　080-6095-2247　　真栄田 勇（夫）080-3318-0962
鬼塚 真由美　070-3917-6045　　鬼塚 昭二（父）044-877-2046
国分 陽子　　090-7718-3350　　国分 直人（夫）090-4652-8803

小野寺
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forwarded list of 7 employees under treatment with their and family phones to a vendor (reasons 1 and 3)",
    },
    {
        "id": "ryoritsushien-060",
        "charset": "iso-2022-jp",
        "sender": "矢萩 恭平 <yahagi.kyohei@hinode-sangyo.co.jp>",
        "to": ["あしたリワークセンター 主任 福留様 <fukudome@ashita-rework.jp>"],
        "subject": "丹羽 康介さん（うつ病・再休職）のプログラム評価について",
        "body": """福留様

お世話になっております。日の出産業 産業医の矢萩です。
丹羽さんのプログラム参加状況の評価シートをいただき、ありがとうございました。
通所率が8割を超えてきたとのことで安心しました。

復職判定の面談は12月第2週を予定しています。
それまでに、集団プログラムでの対人場面の様子と、
午後の集中力の持続について、所見をいただけますと助かります。

矢萩
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "the subject line ties a named employee to depression and a second sick leave (reason 3)",
    },
    {
        "id": "ryoritsushien-061",
        "charset": "utf-8",
        "sender": "国分 陽子 <kokubu.yoko@hinode-sangyo.co.jp>",
        "to": ["ご注文受付 <order@hanamizuki-flower.co.jp>"],
        "subject": "お見舞いのアレンジメント 配達のお願い",
        "body": """はなみずきフラワー ご注文受付ご担当者様

いつもありがとうございます。日の出産業 総務部の国分です。
お見舞いのアレンジメント（生花不可の病棟のため、プリザーブドフラワー）を1点お願いします。

　お届け先：北斗大学病院 循環器内科病棟 7階 706号室
　　　　　　山口 幸平 様（弊社 品質保証部）
　　　　　　※心臓の手術後でICUから一般病棟に移られたばかりです。
　　　　　　　ナースステーション経由でのお届けをお願いいたします。
　ご予算：5,000円（税別）
　メッセージカード：「一日も早いご回復を　品質保証部一同」
　ご請求先：日の出産業株式会社 総務部（いつもの請求書払い）

よろしくお願いいたします。

国分 陽子
日の出産業株式会社 総務部 課長
TEL 044-211-3340
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "florist is told a named employee is in the cardiology ward after heart surgery (reason 3)",
    },
    {
        "id": "ryoritsushien-062",
        "charset": "iso-2022-jp",
        "sender": "矢萩 恭平 <yahagi.kyohei@hinode-sangyo.co.jp>",
        "to": ["瀬戸口 誠 <setoguchi.makoto@hinode-sangyo.co.jp>"],
        "cc": ["樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>"],
        "subject": "就業上の措置に関する意見書（三國さん）",
        "body": """瀬戸口課長

産業医の矢萩です。
三國さんの就業上の措置について、意見書を添付します。
本人とは面談済みで、所属長に内容を共有することに同意を得ています。
不明点があれば樋渡さん経由でご連絡ください。

矢萩
""",
        "attachments": [{
            "kind": "docx",
            "name": "就業上の措置に関する意見書_三國.docx",
            "paragraphs": [
                "就業上の措置に関する意見書",
                "対象者：設計部 三國 亮介",
                "診断名（主治医意見書より）：大腸がん ステージIII 術後補助化学療法中",
                "就業区分：就業制限",
                "措置内容：(1) 化学療法日（隔週火曜）は休務 (2) 投与翌日は在宅勤務 (3) 時間外労働は月20時間以内 (4) 出張禁止",
                "期間：2025年10月1日～2026年3月31日（3か月ごとに見直し）",
                "日の出産業株式会社 産業医 矢萩 恭平",
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "physician's opinion with a cancer diagnosis, sent from the in-house doctor to an internal manager only",
    },
    {
        "id": "ryoritsushien-063",
        "charset": "utf-8",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["五十嵐 達也 <igarashi.tatsuya@hinode-sangyo.co.jp>",
               "榊原 正和 <sakakibara.masakazu@hinode-sangyo.co.jp>"],
        "subject": "両立支援・休職 管理台帳（10月更新版）",
        "body": """榊原部長、五十嵐課長

10月更新版の管理台帳をお送りします。
今月から「措置見直し予定日」の列を追加しました。
社外秘扱いでお願いします（共有フォルダには置かず、本メールのみで配付しています）。

小野寺
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "両立支援_休職管理台帳_202510.xlsx",
            "page_header": "社外秘",
            "sheets": {
                "両立支援中": [
                    ["両立支援・休職 管理台帳（2025年10月）", "", "", "", ""],
                    ["氏名", "生年月日", "疾患", "措置", "措置見直し予定日"],
                    ["阿久津 美和", "1979/08/11", "乳がん", "在宅勤務週2日", "2025/12/31"],
                    ["三國 亮介", "1974/01/26", "大腸がん", "隔週休務・在宅", "2025/12/31"],
                    ["嘉数 昌平", "1970/02/14", "心房細動", "夜勤免除", "2025/11/30"],
                    ["真栄田 紀子", "1976/09/03", "関節リウマチ", "通院休暇", "2026/03/31"],
                    ["氏家 千尋", "1989/04/12", "不妊治療", "時差出勤", "2026/03/31"],
                ],
                "休職中": [
                    ["氏名", "生年月日", "傷病名", "休職開始", "満了予定"],
                    ["神保 篤", "1976/04/15", "うつ病", "2024/11/18", "2025/11/17"],
                    ["蒲生 由美子", "1982/12/22", "乳がん", "2025/03/03", "2026/03/02"],
                    ["大蔵 直樹", "1985/05/27", "拡張型心筋症", "2024/12/02", "2025/12/01"],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "社外秘 register of diagnoses, but only to internal recipients",
    },
    {
        "id": "ryoritsushien-064",
        "charset": "cp932",
        "sender": "芦田 里美 <ashida.satomi@hinode-sangyo.co.jp>",
        "to": ["新垣 美穂 <aragaki.miho@hinode-sangyo.co.jp>"],
        "subject": "傷病手当金 立替精算データ（パスワード付）",
        "body": """新垣さん

お疲れさまです。芦田です。
傷病手当金の立替精算データをパスワード付きZIPで送ります。
パスワードはTeamsのチャットで送りますね。

芦田
""",
        "attachments": [{
            "kind": "zip",
            "name": "tatekae_seisan_202510.zip",
            "password": "rs-1025-kx",
            "files": [{
                "kind": "xlsx",
                "name": "立替精算_202510.xlsx",
                "sheets": {"精算": [["氏名", "立替額", "健保支給額"], ["宇佐美 浩一", 182000, 182000],
                                     ["神保 篤", 156400, 156400]]},
            }],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "password ZIP, but sender and recipient are both internal",
    },
    {
        "id": "ryoritsushien-065",
        "charset": "iso-2022-jp",
        "sender": "東 陽介 <azuma.yosuke@hinode-sangyo.co.jp>",
        "to": ["加賀谷 聡 <kagaya.satoshi@tsubasa-system.jp>"],
        "subject": "Re: 両立支援モジュール アクセス権限設計のご確認",
        "body": """加賀谷様

お世話になっております。東です。
権限設計書のご送付ありがとうございました。社内で確認した結果をお伝えします。

1. 面談記録・主治医意見書の閲覧は「健康管理室」ロールのみで問題ありません。
2. 所属長ロールには「措置内容」と「見直し予定日」のみ表示、の方針で合意です。
3. 機密性の高い健康情報を扱うため、操作ログの保存期間は5年としてください。
4. テスト環境にはダミーデータのみを投入し、本番データのコピーは行わない運用とします。

上記で設計書を確定いただければと思います。

東 陽介
日の出産業株式会社 情報システム部
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "system design mail to the right partner domain; 機密 used only in passing",
    },
    {
        "id": "ryoritsushien-066",
        "charset": "utf-8",
        "sender": "真鍋 健吾 <manabe.kengo@hinode-sangyo.co.jp>",
        "to": ["大槻 雅人 <otsuki.masato@meiwa-life.co.jp>"],
        "subject": "GLTD 保険料 振込完了のご連絡（請求書 No. MW-25-10-4471）",
        "body": """大槻様

お世話になっております。日の出産業の真鍋です。
10月分のGLTD保険料につき、本日振込が完了しましたのでご連絡いたします。

　請求書番号：MW-25-10-4471
　貴社登録番号：T5011101046678
　金額：1,284,600円
　振込日：2025年10月24日
　振込元：みどり銀行 本店営業部（日の出産業株式会社 名義）

領収書の発行は不要です。ご確認よろしくお願いいたします。
""" + SIG_MANABE,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "payment notice with invoice number and the insurer's T-number; no personal data",
    },
    {
        "id": "ryoritsushien-067",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 戸川様 <togawa@nishiki-insatsu.co.jp>"],
        "subject": "「治療と仕事の両立ハンドブック」入稿データ",
        "body": """錦印刷株式会社
営業部 戸川様

お世話になっております。日の出産業の小野寺です。
社員向け「治療と仕事の両立ハンドブック」の入稿データ（PDF）をお送りします。

　仕様：A5 中綴じ 16ページ フルカラー
　部数：1,500部
　納品：11月28日（金）本社 総務部宛
　見積番号：NQ-25-0932

色校正は1回でお願いいたします。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "pdf",
            "name": "ryoritsu_handbook_nyuko.pdf",
            "title": "治療と仕事の両立ハンドブック",
            "lines": [
                "治療と仕事の両立ハンドブック（日の出産業株式会社 社員向け）",
                "1. 病気がわかったら、まず誰に相談する？ ─ 健康管理室（内線5120）",
                "2. 使える制度：通院休暇（時間単位）、在宅勤務、短時間勤務、休職",
                "3. 主治医に「勤務情報提供書」を渡しましょう",
                "4. がん・心疾患・不妊治療・メンタル不調など、どんな病気でも対象です",
                "5. あなたの健康情報は、本人の同意なく上司や同僚に伝えることはありません",
                "6. 社外の相談先：こころリンク（外部カウンセリング）、がん相談支援センター",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "print order for a general handbook; diseases are named only in general",
    },
    {
        "id": "ryoritsushien-068",
        "charset": "cp932",
        "sender": "国分 陽子 <kokubu.yoko@hinode-sangyo.co.jp>",
        "to": ["富樫 沙織 <togashi@minato-hosp.jp>"],
        "subject": "ハンドブック見本の発送について",
        "body": """みなと総合病院 患者サポートセンター
富樫様

いつもお世話になっております。日の出産業 総務部の国分です。
人事の小野寺よりご依頼のありました、両立ハンドブックの見本20部を本日発送いたしました。

　運送会社：青葉運輸 宅配便
　お問合せ番号：4418-2290-6637
　到着予定：10月30日（木）午前中

患者さん向けの待合スペースに置いていただけるとのこと、ありがとうございます。
追加が必要でしたらお気軽にお申し付けください。

国分
日の出産業株式会社 総務部
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipping notice with a tracking number; no personal data",
    },
    {
        "id": "ryoritsushien-069",
        "charset": "utf-8",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["がんと働くネット 事務局 <info@gan-hataraku.or.jp>"],
        "subject": "2月「がんと就労」啓発イベント 共催についてのご提案",
        "html": """<html><body style="font-family:sans-serif">
<p>NPO法人 がんと働くネット<br>事務局 ご担当者様</p>
<p>いつもお世話になっております。日の出産業株式会社 人事部の小野寺です。</p>
<p>来年2月の「ワールドキャンサーデー」に合わせ、社員向けの啓発イベントを<b>貴法人との共催</b>で実施できないかと考えております。</p>
<ul>
<li>日時：2026年2月4日（水）12:10～12:50（昼休みのランチセミナー形式）</li>
<li>会場：弊社 本社1Fホール＋オンライン配信</li>
<li>内容：がん経験者のお話（20分）／制度紹介（10分）／質疑（10分）</li>
<li>想定参加者：社員 約150名</li>
</ul>
<p>講師謝礼・配信機材は弊社で負担いたします。<br>一度オンラインでご相談の時間をいただけますでしょうか。</p>
<p>--<br>日の出産業株式会社 人事部 人事企画課<br>小野寺 真理子<br>TEL 044-211-3301</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only proposal to an NPO; ordinary business mail",
    },
    {
        "id": "ryoritsushien-070",
        "charset": "iso-2022-jp",
        "sender": "白鳥 葵 <shiratori.aoi@hinode-sangyo.co.jp>",
        "to": ["海外旅行保険 引受担当 <kaigai-hikiuke@asanagi-sonpo.co.jp>"],
        "subject": "FW: ラヨーン周辺の日本語対応医療機関",
        "body": """朝凪損害保険 ご担当者様

お世話になっております。日の出産業の白鳥です。
現地法人から、赴任者が利用している医療機関の一覧が届きましたので転送します。
キャッシュレス受診の提携先に含まれているかご確認いただけますでしょうか。

白鳥

---------- Forwarded message ---------
From: 現地法人 総務 <admin@hinode-thai.co.th>
Subject: ラヨーン周辺の日本語対応医療機関

白鳥部長

現地で日本語対応がある医療機関は以下のとおりです。

・Rayong Central Hospital（Japan Desk）　+66-38-611-200
・Bangkok East Hospital Sriracha　　　　+66-38-320-300
・Pattaya Memorial Clinic　　　　　　　 +66-38-427-771
・Amata City Medical Center　　　　　　 +66-38-213-050
・Chonburi International Hospital　　　 +66-38-055-999
・Rayong Japanese Clinic　　　　　　　　+66-38-694-118

現地総務 奥平
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forwarded list of hospitals with switchboard numbers: businesses, not people",
    },
    {
        "id": "ryoritsushien-071",
        "charset": "utf-8",
        "sender": "樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>",
        "to": ["富樫 沙織 <togashi@minato-hosp.jp>"],
        "subject": "弊社の勤務情報提供書・意見書の様式（Word版）",
        "body": """富樫様

お世話になっております。樋渡です。
先日のお打合せでご要望のありました、弊社の様式（空欄のWord版）をお送りします。
貴院の患者さんで弊社社員の方がいらした場合に、ご活用いただけますと幸いです。
""" + SIG_HIWATASHI,
        "attachments": [{
            "kind": "docx",
            "name": "様式_勤務情報提供書_主治医意見書.docx",
            "paragraphs": [
                "【様式1】勤務情報を主治医に提供する際の様式",
                "従業員氏名：＿＿＿＿＿＿＿＿　生年月日：＿＿＿＿年＿＿月＿＿日",
                "職種：＿＿＿＿＿＿＿＿　職務内容：（作業場所・作業内容をご記入ください）",
                "勤務形態：□常昼　□二交替　□三交替　□その他（　　　）",
                "【様式2】治療の状況や就業継続の可否等について主治医の意見を求める際の様式",
                "患者氏名：＿＿＿＿＿＿＿＿　病名：＿＿＿＿＿＿＿＿",
                "就業継続の可否：□可　□条件付きで可　□現時点で不可",
                "医療機関名・医師氏名：＿＿＿＿＿＿＿＿＿＿＿＿",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank forms with field labels only; no one's data filled in",
    },
    {
        "id": "ryoritsushien-072",
        "charset": "iso-2022-jp",
        "sender": "五十嵐 達也 <igarashi.tatsuya@hinode-sangyo.co.jp>",
        "to": ["竹之内 修 <takenouchi@aoyama-sr.jp>"],
        "subject": "RE: 休職満了の近い方への対応について",
        "body": """竹之内先生

ご整理いただきありがとうございます。大変参考になりました。
ご提案どおり、満了1か月前に本人と面談し、主治医意見書の提出を依頼する流れで進めます。
面談に先生にご同席いただくことは可能でしょうか。日程は改めてご相談させてください。

五十嵐

差出人: 竹之内 修 <takenouchi@aoyama-sr.jp>
送信日時: 2025年10月20日 18:04
宛先: 五十嵐 達也 <igarashi.tatsuya@hinode-sangyo.co.jp>
件名: 休職満了の近い方への対応について

五十嵐様

いただいた一覧のうち、満了が近い以下の3名について整理しました。

　神保 篤 様（うつ病）　　　　　満了 2025/11/17　→ 復職可否の判断を急ぐ必要あり
　大蔵 直樹 様（拡張型心筋症）　満了 2025/12/01　→ 障害年金の申請と並行
　宇佐美 浩一 様（脳梗塞後遺症）満了 2026/01/09　→ 配置転換の可能性を検討

いずれも、満了前に主治医の意見を確認し、本人と面談のうえ記録を残すことをお勧めします。

青山社会保険労務士事務所 竹之内
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "names and diagnoses appear only in the 社労士's own quoted mail; new text has none",
    },
    {
        "id": "ryoritsushien-073",
        "charset": "cp932",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["研修申込受付 <kenshu@kanagawa-sanpo.or.jp>"],
        "subject": "両立支援コーディネーター基礎研修 受講申込（日の出産業）",
        "body": """神奈川産業保健総合支援センター
研修申込受付 ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の小野寺です。
12月の「両立支援コーディネーター基礎研修」に、弊社から下記4名の受講を申し込みます。

| 氏名 | 所属 | メールアドレス |
|---|---|---|
| 小野寺 真理子 | 人事部 人事企画課 | onodera.mariko@hinode-sangyo.co.jp |
| 樋渡 由香 | 健康管理室（保健師） | hiwatashi.yuka@hinode-sangyo.co.jp |
| 門脇 さやか | 健康管理室（看護師） | kadowaki.sayaka@hinode-sangyo.co.jp |
| 芦田 里美 | 人事部 労務課 | ashida.satomi@hinode-sangyo.co.jp |

受講票は各自のアドレス宛にお送りください。よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four staff members' names and e-mails for a course booking: under five records, may be warned",
    },
    {
        "id": "ryoritsushien-074",
        "charset": "utf-8",
        "sender": "真鍋 健吾 <manabe.kengo@hinode-sangyo.co.jp>",
        "to": ["保険パートナーズ 団体保険課 <dantai@hoken-partners.co.jp>"],
        "subject": "団体がん保険の給付条件についての確認",
        "body": """保険パートナーズ 団体保険課 ご担当者様

お世話になっております。日の出産業の真鍋です。
社内説明会で質問が出ましたので、団体がん保険の給付条件について確認させてください。

1. 上皮内がんと診断された場合、診断一時金は満額ですか、それとも一部ですか。
2. 通院のみで抗がん剤治療を受けた場合、治療給付金の対象になりますか。
3. 加入前に受けた検査で再検査となっていた場合、告知の対象になりますか。
4. 退職後も個人契約に切り替えて継続することはできますか。

説明会資料に反映したいので、11月7日までにご回答いただけますと幸いです。
""" + SIG_MANABE + """

※本メールは送信者が意図した宛先のみを対象としています。誤って届いた場合は破棄をお願いします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general questions about policy terms; no individual is described",
    },
    {
        "id": "ryoritsushien-075",
        "charset": "iso-2022-jp",
        "sender": "樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>",
        "to": ["久我 千景 <chikage.kuga@outlook.jp>"],
        "subject": "来年度の業務委託契約（訪問カウンセリング）の更新について",
        "body": """久我先生

いつもお世話になっております。日の出産業 健康管理室の樋渡です。
来年度の訪問カウンセリングの業務委託契約について、更新のご相談です。

・契約期間：2026年4月1日～2027年3月31日
・訪問回数：月2回（静岡工場を年4回追加）
・単価：今年度と同額を予定

契約書の「個人情報の取扱い」の条項を、今年度の個人情報保護方針の改定に合わせて
一部修正しております。来週、ドラフトをお送りしますのでご確認ください。
""" + SIG_HIWATASHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "contract renewal to one freelance counsellor on free mail; 個人情報 used only in passing",
    },
]

# --- 076-100 -----------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "ryoritsushien-076",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["蒲生 由美子 <yumiko.gamo1222@gmail.com>"],
        "subject": "復職に向けた両立支援プラン（案）をお送りします",
        "body": """蒲生さん

ご無沙汰しております。人事部の小野寺です。
その後お加減はいかがでしょうか。
休職中は会社のアドレスが使えないとのことでしたので、ご指定のこちらのアドレスにお送りします。

先日の面談を踏まえ、復職に向けた両立支援プラン（案）をまとめました。

　・乳がんの放射線治療終了（11月中旬予定）から1か月後の復職を目安とします
　・復職後3か月は1日6時間の短時間勤務、月末・月初以外は在宅勤務も可
　・ホルモン療法の通院日（月1回）は特別休暇を使えます
　・経理部 千葉課長には、治療中であること・措置の内容のみ伝え、病名は伝えません

修正したい点があれば遠慮なくお知らせください。
次回は11月20日に、樋渡保健師も同席してお話しできればと思います。
""" + SIG_ONODERA,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "an employee's own diagnosis and plan sent to her own private gmail at her request: the data subject is the recipient",
    },
    {
        "id": "ryoritsushien-077",
        "charset": "utf-8",
        "sender": "Aoi Shiratori <shiratori.aoi@hinode-sangyo.co.jp>",
        "to": ["Michael Brennan <m.brennan@brightwave-tech.com>"],
        "subject": "Re: Change of on-site engineer for the Phase 2 installation",
        "body": """Dear Michael,

Thank you very much for your kind words and for your flexibility with the schedule.
Rina will arrive in Columbus on November 3 and will contact your site team directly.
I have attached nothing further; the revised plan will follow from our PM this week.

Best regards,
Aoi

On Wed, Oct 15, 2025 at 9:42 PM Michael Brennan <m.brennan@brightwave-tech.com> wrote:
> Dear Aoi,
>
> I'm so sorry to hear about Kenji. Please pass on our best wishes to him for a
> successful surgery and a smooth recovery from the chemotherapy. Our team really
> enjoyed working with him.
>
> Rina is very welcome. Could she arrive one day earlier for the safety induction?
>
> Best,
> Michael
""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the engineer's illness is mentioned only in the customer's own quoted text",
    },
    {
        "id": "ryoritsushien-078",
        "charset": "utf-8",
        "sender": "真鍋 健吾 <manabe.kengo@hinode-sangyo.co.jp>",
        "to": ["大槻 雅人 <otsuki.masato@meiwa-life.co.jp>"],
        "subject": "三者打合せ資料（GLTD補償見直し案）",
        "body": """大槻様

お世話になっております。真鍋です。
明日の打合せで投影する資料を事前にお送りします。
社内の経営会議用に作成したものを一部修正しています。

真鍋
""",
        "attachments": [{
            "kind": "pptx",
            "name": "GLTD補償見直し案_経営会議.pptx",
            "title": "GLTD補償見直し案",
            "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Use Only",
            "slides": [
                ["GLTD 補償見直し案", "人事部・総務部", "2025年10月 経営会議"],
                ["現状の課題", "休職期間満了後の無収入期間が最長18か月", "がん・メンタル不調による長期休業が増加"],
                ["見直し案", "補償期間：60歳まで → 65歳まで", "補償割合：給与の60% → 70%",
                 "会社負担分の保険料：年 +820万円"],
                ["スケジュール", "2026年4月 改定", "2026年2月 社員説明会"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "deck footed CONFIDENTIAL / Internal Use Only goes to the insurer (reason 6)",
    },
    {
        "id": "ryoritsushien-079",
        "charset": "cp932",
        "sender": "五十嵐 達也 <igarashi.tatsuya@hinode-sangyo.co.jp>",
        "to": ["竹之内 修 <takenouchi@aoyama-sr.jp>"],
        "subject": "休職者増加に伴う人件費試算",
        "body": """竹之内先生

いつもお世話になっております。五十嵐です。
休職者の増加を踏まえた人件費と代替要員の試算表をお送りします。
来期の要員計画について、ご意見をいただけますでしょうか。

五十嵐
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "休職者人件費試算_FY2026.xlsx",
            "page_header": "極秘",
            "sheets": {
                "部門別": [
                    ["【極秘】休職者・両立支援対象者 部門別人件費試算（FY2026）", "", "", ""],
                    ["部門", "休職者数", "両立支援対象者数", "代替要員費用（千円）"],
                    ["本社部門", 4, 9, 18400],
                    ["川崎工場", 3, 7, 22600],
                    ["静岡工場", 1, 3, 6200],
                    ["物流センター", 2, 4, 11800],
                    ["合計", 10, 23, 59000],
                ],
                "前提": [["前提条件"], ["休職期間の平均 7.5か月"], ["代替は派遣で手当（時給 1,950円）"]],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "workbook stamped 極秘 in its header and title row goes outside, though only counts (reason 6)",
    },
    {
        "id": "ryoritsushien-080",
        "charset": "iso-2022-jp",
        "sender": "門脇 さやか <kadowaki.sayaka@hinode-sangyo.co.jp>",
        "to": ["福留 剛 <fukudome@ashita-rework.jp>"],
        "subject": "連携会議の議題案",
        "body": """【部外秘】

福留様

お世話になっております。日の出産業 健康管理室の門脇です。
11月の連携会議の議題案をお送りします。

　1. 弊社の復職判定基準の改定（案）について
　2. プログラム修了者の復職後フォロー（3か月・6か月）の役割分担
　3. 試し出勤制度の導入検討
　4. 次年度の利用枠（年間6名→8名）と費用

個別の社員の状況は、会議当日に口頭でお伝えします。
ご確認のほどよろしくお願いいたします。

門脇
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail stamped 【部外秘】 at its head goes to an outside organisation (reason 6)",
    },
    {
        "id": "ryoritsushien-081",
        "charset": "utf-8",
        "sender": "芦田 里美 <ashida.satomi@hinode-sangyo.co.jp>",
        "to": ["竹之内 修 <takenouchi@aoyama-sr.jp>"],
        "subject": "休職者の年休・欠勤記録（暗号化ZIP）",
        "body": """竹之内先生

お世話になっております。芦田です。
先日ご依頼のあった、休職者の休職前6か月分の勤怠記録をお送りします。
セキュリティのため暗号化ZIPにしております。解凍用のパスワードは後ほどお電話でお伝えします。
""" + SIG_ASHIDA,
        "attachments": [{
            "kind": "zip",
            "name": "kintai_kyushokusha.zip",
            "password": "Aoyama#2025",
            "files": [{
                "kind": "xlsx",
                "name": "勤怠記録_休職前6か月.xlsx",
                "sheets": {"勤怠": [["氏名", "欠勤日数", "遅刻早退"], ["神保 篤", 14, 9],
                                     ["大蔵 直樹", 6, 12], ["宇佐美 浩一", 3, 2]]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted ZIP to an outside 社労士 cannot be inspected (reason 7)",
    },
    {
        "id": "ryoritsushien-082",
        "charset": "iso-2022-jp",
        "sender": "樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>",
        "to": ["篠塚 浩二 先生 <shinozuka@sakuragawa-clinic.jp>"],
        "subject": "主治医意見書（スキャン）の送付",
        "body": """篠塚先生

お世話になっております。樋渡です。
来週の復職判定面談の対象者について、本人から提出された主治医意見書をスキャンしてお送りします。
面談の前にお目通しいただけますと幸いです。

樋渡
""",
        "attachments": [{"kind": "corrupt", "name": "shujii_ikensho_scan_1027.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the scanned PDF is damaged and cannot be read (reason 7)",
    },
    {
        "id": "ryoritsushien-083",
        "charset": "utf-8",
        "sender": "門脇 さやか <kadowaki.sayaka@hinode-sangyo.co.jp>",
        "to": ["健康管理室 共有 <kenko-shitsu@kenko.hinode-sangyo.co.jp>"],
        "cc": ["宍戸 誠 <shishido.makoto@shizuoka.hinode-sangyo.co.jp>"],
        "subject": "静岡工場 巡回面談の記録（10/22）",
        "body": """健康管理室 各位
（cc 宍戸工場長）

10/22 静岡工場での巡回面談の記録です。

■大賀 勝利さん（製造1課）
　糖尿病性腎症・透析（月水金）。シャント側の腕での重量物は避けるよう再確認。
　15時早退は継続。本人の希望どおり配置は変更なし。
■小林 祐介さん（品証）
　高血圧・脂質異常症。服薬開始から2か月、血圧 138/86 と改善傾向。
■原田 亜紀さん（事務）
　不妊治療中。通院が静岡市内のため、通院日は午前半休で対応中。上司には共有済み。

次回巡回は12月です。
門脇
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "interview notes with diagnoses go only to internal subdomains (kenko. / shizuoka.)",
    },
    {
        "id": "ryoritsushien-084",
        "charset": "iso-2022-jp",
        "sender": "芦田 里美 <ashida.satomi@hinode-sangyo.co.jp>",
        "to": ["新垣 美穂 <aragaki.miho@hinode-sangyo.jp>"],
        "subject": "11月給与 休職・欠勤控除の対象者",
        "body": """新垣さん

お疲れさまです。芦田です。
11月給与で休職・欠勤控除が必要な方をお送りします。

氏名　　　　　区分　　　　　理由　　　　　　　　　　　　控除日数
神保 篤　　　休職（無給）　うつ病　　　　　　　　　　　　全日
蒲生 由美子　休職（無給）　乳がん　　　　　　　　　　　　全日
雲野 拓真　　欠勤　　　　　冠動脈バイパス手術・入院　　　15日
三國 亮介　　欠勤　　　　　大腸がん 化学療法の副作用　　　3日
水落 恵　　　欠勤　　　　　クローン病 再燃　　　　　　　　4日

確認をお願いします。
芦田
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for payroll but addressed to hinode-sangyo.jp (co. dropped), with five employees' diagnoses (reasons 5, 1, 3)",
    },
    {
        "id": "ryoritsushien-085",
        "charset": "utf-8",
        "sender": "五十嵐 達也 <igarashi.tatsuya@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 柘植先生 <tsuge@shirakawa-law.co.jp>"],
        "subject": "休職期間満了に伴う退職扱いについてのご相談",
        "body": """白川法律事務所
柘植先生

いつもお世話になっております。日の出産業 人事部の五十嵐です。
休職期間満了を迎える社員の取扱いについて、ご相談させてください。

対象は営業二課の神保 篤（49歳）です。
2024年11月からうつ病で休職しており、11月17日に休職期間が満了します。
主治医からは「12月から短時間勤務なら復職可」との診断書が出ていますが、
リワークでの評価はまだ安定しておらず、産業医は復職に慎重な意見です。

満了で退職扱いとした場合のリスクと、満了日を延長する場合の手続きについて、
ご見解を伺えますでしょうか。
""" + SIG_IGARASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "shirakawa-law.co.jp is a look-alike of partner shirakawa-law.jp, and the mail carries a named employee's depression (reasons 5 and 3)",
    },
    {
        "id": "ryoritsushien-086",
        "charset": "iso-2022-jp",
        "sender": "五十嵐 達也 <igarashi.tatsuya@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 柘植先生 <tsuge@shirakawa-law.jp>"],
        "subject": "両立支援規程の法的論点について（ご相談）",
        "body": """柘植先生

いつもお世話になっております。日の出産業の五十嵐です。
両立支援規程の制定にあたり、一般論として以下の点についてご意見を伺いたく存じます。

1. 復職後6か月以内の再休職で休職期間を通算する規定は、不利益変更に当たるか
2. 試し出勤期間中の賃金を支給しない取扱いは可能か
3. 主治医意見書の提出を復職の要件とすることの可否
4. 健康情報（個人情報）を所属長に共有する際の本人同意の取り方

個別の案件ではなく、規程の作り方としてのご相談です。
11月中に30分ほどお時間をいただけますと幸いです。
""" + SIG_IGARASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general legal questions to the real partner law firm; 個人情報 only in passing",
    },
    {
        "id": "ryoritsushien-087",
        "charset": "cp932",
        "sender": "久保田 亮 <kubota.ryo@hinode-sangyo.co.jp>",
        "to": ["新見 和也 <niimi.kazuya@kawasaki-denki.co.jp>"],
        "subject": "定例会の曜日変更のお願い",
        "body": """新見様

いつもお世話になっております。日の出産業の久保田です。

毎週火曜午後に開催しております定例会について、曜日変更のご相談です。
弊社の担当 八木沢が、11月から通院治療のため毎週火曜の午後は不在となります。
恐れ入りますが、11月以降は木曜15時からに変更させていただけないでしょうか。

ご都合が悪いようでしたら、別の候補を調整いたします。
よろしくお願いいたします。

久保田 亮
日の出産業株式会社 営業一課
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "tells a customer a named employee will be in regular medical treatment, but no diagnosis: borderline health information",
    },
    {
        "id": "ryoritsushien-088",
        "charset": "utf-8",
        "sender": "樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>",
        "to": ["宮坂 奈緒 <miyasaka.nao@kokoro-link.co.jp>"],
        "subject": "ケース検討のご相談（設計部 K.S.さん）",
        "body": """宮坂様

お世話になっております。樋渡です。
来週の定例で、以下のケースについてご助言をいただきたいと思っています。

・設計部 K.S.さん（40代男性）
・今年7月に心筋梗塞で入院、8月から復職
・復職後、「また倒れるのではないか」という不安が強く、夜眠れないと話している
・上司には遠慮して相談できていない様子

本人はカウンセリングにはまだ抵抗があるようなので、まずは私がどう声をかけるべきか、
ご意見をいただければと思います。
""" + SIG_HIWATASHI,
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "initials, department, age band and heart attack: possibly identifiable inside the company, not to the counsellor",
    },
    {
        "id": "ryoritsushien-089",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["室伏 英明 <murofushi@kanagawa-sanpo.or.jp>"],
        "subject": "両立支援推進企業 登録申請書の提出",
        "body": """室伏様

お世話になっております。小野寺です。
「両立支援推進企業」の登録申請書をPDFでお送りします。
担当者欄には、窓口となる3名を記載しております。

よろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "pdf",
            "name": "両立支援推進企業_登録申請書.pdf",
            "title": "両立支援推進企業 登録申請書",
            "lines": [
                "両立支援推進企業 登録申請書",
                "企業名：日の出産業株式会社　所在地：神奈川県川崎市川崎区日進町7-18",
                "従業員数：1,240名　業種：産業機械製造",
                "取組内容：通院休暇（時間単位）、在宅勤務、短時間勤務、外部カウンセリング",
                "",
                "窓口担当者",
            ],
            "table": [
                ["役割", "氏名", "所属", "電話", "メール"],
                ["責任者", "五十嵐 達也", "人事部 人事企画課長", "044-211-3300", "igarashi.tatsuya@hinode-sangyo.co.jp"],
                ["実務担当", "小野寺 真理子", "人事部 人事企画課", "044-211-3301", "onodera.mariko@hinode-sangyo.co.jp"],
                ["医療職", "樋渡 由香", "健康管理室 保健師", "044-211-3380", "hiwatashi.yuka@hinode-sangyo.co.jp"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three contact persons' business details on an application form: under five records, may be warned",
    },
    {
        "id": "ryoritsushien-090",
        "charset": "cp932",
        "sender": "鮫島 聡 <samejima.satoshi@hinode-sangyo.co.jp>",
        "to": ["給食事業部 川崎事業所 <kawasaki-kyushoku@kitaguni-foods.co.jp>"],
        "subject": "社員食堂 個別対応食のお願い（物流センター）",
        "body": """北国フーズ株式会社
給食事業部 川崎事業所 ご担当者様

いつもお世話になっております。日の出産業 物流センターの鮫島です。
食堂で個別対応食をお願いしたい社員の一覧です。
健康管理室と本人に確認済みの内容です。12月1日からの対応をお願いできますでしょうか。

社員番号　　氏名　　　　　　疾患・治療　　　　　　　　　　　食事の制限
ーーーーー　ーーーーーーー　ーーーーーーーーーーーーーー　ーーーーーーーーーーーーー
Ｈ１３０５１　外間　健太郎　　潰瘍性大腸炎　　　　　　　　　　低残渣・脂質控えめ
Ｈ０９５８０　小此木　修二　　慢性腎不全（透析中）　　　　　　塩分６ｇ・カリウム制限
Ｈ１１９０７　巽　康弘　　　　２型糖尿病（インスリン）　　　　１食６００ｋｃａｌ
Ｈ１２２３０　雲野　拓真　　　心筋梗塞後　　　　　　　　　　　減塩・低脂肪
Ｈ１０６６２　権藤　一樹　　　痛風・高尿酸血症　　　　　　　　プリン体制限
Ｈ１１５８４　湊　晴美　　　　乳がん（化学療法中）　　　　　　生もの不可（免疫低下のため）

ご不明点は健康管理室 樋渡（内線5120）までお問い合わせください。

鮫島
物流センター センター長
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "full-width padded list of six employees' diseases to the partner caterer (reasons 1 and 3)",
    },
    {
        "id": "ryoritsushien-091",
        "charset": "utf-8",
        "sender": "Mariko Onodera <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["David Okafor <okafor.david@hinode-sangyo.co.jp>"],
        "subject": "Support plan for Ms. Chiba in your team",
        "body": """Hi David,

Thank you for meeting with me yesterday. As agreed, here is a summary of the support plan
for Ms. Nanako Chiba, with her consent to share it with you as her line manager.

- She has been diagnosed with thyroid cancer and will have surgery on November 14.
- Expected absence: about 3 weeks (sick leave), then radioactive iodine treatment in January.
- After returning: reduced hours (6h/day) for two months, remote work on request.
- Please do not share the diagnosis with the team; "medical leave" is enough.

If anything changes, please contact me or the health office (Ms. Hiwatashi, ext. 5120).

Best regards,
Mariko
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "English mail with an employee's cancer diagnosis, but to an internal manager only",
    },
    {
        "id": "ryoritsushien-092",
        "charset": "iso-2022-jp",
        "sender": "真鍋 健吾 <manabe.kengo@hinode-sangyo.co.jp>",
        "to": ["大槻 雅人 <otsuki.masato@meiwa-life.co.jp>",
               "団体保険課 <dantai@hoken-partners.co.jp>"],
        "subject": "GLTD 補償拡充案の見積依頼",
        "body": """明和生命 大槻様
保険パートナーズ 団体保険課 ご担当者様

いつもお世話になっております。日の出産業の真鍋です。
GLTDの補償拡充について、元受の明和生命様と代理店の保険パートナーズ様の連名でお見積りをお願いいたします。

　被保険者数：約1,180名（正社員）
　補償期間：65歳まで
　補償割合：給与の70%（上限月額50万円）
　免責期間：180日
　ご提出期限：11月14日（金）

前提条件に不明点があればご連絡ください。
""" + SIG_MANABE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "quote request to an insurer and its agency: two outside organisations, no personal data",
    },
    {
        "id": "ryoritsushien-093",
        "charset": "cp932",
        "sender": "樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>",
        "to": ["城南ハートクリニック 心臓リハビリ室 <rehab@jonan-heart.jp>"],
        "subject": "心臓リハビリ施設見学の件",
        "body": """城南ハートクリニック
心臓リハビリテーション室 ご担当者様

お世話になっております。日の出産業 健康管理室の樋渡です。
先日お電話でお願いした施設見学（11月11日 14時）の件、弊社からの参加者は以下の2名です。

　樋渡 由香（保健師）　携帯 080-5519-2274
　門脇 さやか（看護師）携帯 090-1147-3386

当日は遅れる場合に備えて携帯番号を記載しております。
どうぞよろしくお願いいたします。
""" + SIG_HIWATASHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two staff members' names and mobiles for a visit: under five records, may be warned",
    },
    {
        "id": "ryoritsushien-094",
        "charset": "iso-2022-jp",
        "sender": "芦田 里美 <ashida.satomi@hinode-sangyo.co.jp>",
        "to": ["すずらんレディースクリニック 受付 <uketsuke@suzuran-lc.jp>"],
        "subject": "不妊治療連絡カードのご記入のお願い",
        "body": """すずらんレディースクリニック
ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部労務課の芦田と申します。
貴院に通院中の弊社社員より、不妊治療休暇の申請にあたって
「不妊治療連絡カード」へのご記入をお願いしたいとの申出がありました。

ご本人の同意を得て、カードの様式（一部記入済み）をお送りいたします。
次回の受診時にご本人にお渡しいただければ、会社へはご本人から提出いただきます。
""" + SIG_ASHIDA,
        "attachments": [{
            "kind": "docx",
            "name": "不妊治療連絡カード_鴨志田.docx",
            "paragraphs": [
                "不妊治療連絡カード",
                "事業主 殿",
                "氏名：鴨志田 あずさ　　所属：経理部",
                "上記の者は、不妊治療（体外受精・凍結胚移植）を受けており、以下の期間に通院が必要です。",
                "通院予定期間：2025年11月～2026年3月（月4～6回程度、うち採卵・移植日は前日決定）",
                "医療機関名：すずらんレディースクリニック　医師氏名：＿＿＿＿＿＿",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "partly filled card naming an employee and her IVF treatment goes to the clinic (reason 3)",
    },
    {
        "id": "ryoritsushien-095",
        "charset": "utf-8",
        "sender": "芦田 里美 <ashida.satomi@hinode-sangyo.co.jp>",
        "to": ["大槻 雅人 <otsuki.masato@meiwa-life.co.jp>"],
        "subject": "GLTD 就業不能状態の継続確認（対象者一覧）",
        "body": """大槻様

お世話になっております。芦田です。
給付継続中の方の就業不能状態の確認について、弊社で把握している状況を一覧にしました。
ご確認のほどよろしくお願いいたします。
""" + SIG_ASHIDA,
        "attachments": [{
            "kind": "xlsx",
            "name": "GLTD_給付継続確認_202510.xlsx",
            "page_header": "社外秘",
            "title": "GLTD給付継続確認",
            "sheets": {
                "給付継続": [
                    ["社外秘　GLTD 給付継続者 状況確認（2025年10月）", "", "", "", "", ""],
                    ["証券番号 GL-0048817", "", "", "", "", ""],
                    ["氏名", "生年月日", "傷病名", "就業不能開始日", "現在の状況", "復職見込み"],
                    ["宇佐美 浩一", "昭和46年9月8日", "脳梗塞後遺症", "2025/01/10", "リハビリ通院中", "未定"],
                    ["小此木 修二", "昭和44年10月30日", "慢性腎不全", "2025/06/02", "透析導入", "配置転換で検討"],
                    ["大蔵 直樹", "昭和60年5月27日", "拡張型心筋症", "2024/12/02", "ICD植込み後", "困難"],
                    ["神保 篤", "昭和51年4月15日", "うつ病", "2024/11/18", "リワーク通所中", "12月以降"],
                    ["柿沼 秀樹", "昭和38年3月2日", "肺がん", "2025/02/17", "分子標的薬治療中", "未定"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "confidential_marking"],
        "note": "社外秘 workbook listing five claimants' diagnoses and birth dates to the insurer (reasons 1, 3, 6)",
    },
    {
        "id": "ryoritsushien-096",
        "charset": "iso-2022-jp",
        "sender": "国分 陽子 <kokubu.yoko@hinode-sangyo.co.jp>",
        "to": ["宴会予約 滝本様 <takimoto@sakura-hotel.jp>"],
        "cc": ["錦印刷 戸川様 <togawa@nishiki-insatsu.co.jp>"],
        "subject": "12/4 セミナー 配布資料の搬入について",
        "body": """さくらホテル 滝本様
（cc：錦印刷 戸川様）

お世話になっております。日の出産業 総務部の国分です。
12月4日のセミナーで配布するハンドブックと資料一式を、錦印刷様から会場へ直接搬入いただきます。

　搬入日時：12月3日（水）15:00～17:00
　搬入物　：段ボール6箱（ハンドブック300部・資料300部）
　搬入先　：2F 宴会場「桜の間」 もしくはクローク

搬入口とエレベーターの使用について、滝本様から戸川様へ直接ご連絡いただけますと助かります。
よろしくお願いいたします。

国分
日の出産業株式会社 総務部
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "logistics with two partner organisations in To/Cc; no personal data",
    },
    {
        "id": "ryoritsushien-097",
        "charset": "cp932",
        "sender": "五十嵐 達也 <igarashi.tatsuya@hinode-sangyo.co.jp>",
        "to": ["樋渡 由香 <hiwatashi.yuka@hinode-sangyo.co.jp>"],
        "cc": ["小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>"],
        "subject": "Re: Re: 夜勤免除者の整理",
        "body": """樋渡さん

ありがとうございます。整理いただいた内容で工場に伝えます。
追加で、静岡工場の原田 亜紀さん（不妊治療中）も、採卵前後の週は夜勤から外すよう工場長に依頼済みです。

五十嵐

> 五十嵐課長
>
> 夜勤免除中の方を整理しました。
>
> ・巽 康弘（川崎工場）　　2型糖尿病・インスリン　　低血糖リスクのため無期限
> ・嘉数 昌平（川崎工場）　心房細動　　　　　　　　　11月末で見直し
> ・溝口 拓郎（派遣・Bライン）人工透析　　　　　　　契約上の扱いを派遣元と協議中
> ・藤堂 美咲（派遣・検査）　1型糖尿病　　　　　　　同上
> ・大賀 勝利（静岡工場）　透析　　　　　　　　　　　無期限
>
> 樋渡
>
>> 樋渡さん
>> 夜勤を免除している方を一度整理してもらえますか。
>> 五十嵐
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "internal thread with quoted list of diagnoses; all recipients internal",
    },
    {
        "id": "ryoritsushien-098",
        "charset": "utf-8",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["研修事業部 松任谷様 <matsutoya@lifeworks-kenshu.co.jp>"],
        "subject": "11/18研修 受講者への配慮のお願い",
        "body": """松任谷様

お世話になっております。日の出産業の小野寺です。
11/18の研修について、1点配慮のお願いがございます。

受講者のうち、設計部 瀬戸口 誠 課長は感音性難聴（聴覚障害 4級）のため、
講師の方の声が聞き取りにくい場合があります。
・前方中央の席のご用意
・スライドへの字幕（またはUDトーク等の音声認識）の表示
をお願いできますでしょうか。ご本人も了承済みです。

どうぞよろしくお願いいたします。
小野寺
""",
        "html": """<html><body>
<p>松任谷様</p>
<p>お世話になっております。日の出産業の小野寺です。<br>11/18の研修について、1点配慮のお願いがございます。</p>
<p>受講者のうち、<b>設計部 瀬戸口 誠 課長</b>は感音性難聴（聴覚障害 4級）のため、講師の方の声が聞き取りにくい場合があります。</p>
<ul><li>前方中央の席のご用意</li><li>スライドへの字幕（またはUDトーク等の音声認識）の表示</li></ul>
<p>をお願いできますでしょうか。ご本人も了承済みです。</p>
<p>どうぞよろしくお願いいたします。<br>小野寺</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named participant's hearing disability told to the training vendor (reason 3)",
    },
    {
        "id": "ryoritsushien-099",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["集計担当 <shukei@research-tree.co.jp>"],
        "subject": "両立支援アンケート 回答データ（集計のご依頼）",
        "body": """リサーチツリー株式会社
集計ご担当者様

お世話になっております。日の出産業 人事部の小野寺です。
「治療と仕事の両立に関する社員アンケート」の回答データをZIPでお送りします。
記名式で回収したため、集計の際は個人が分からない形でのレポートをお願いいたします。

・回答データ.xlsx（回答一覧・設問マスタ）
・設問票.pdf

納期は11月21日でお願いいたします。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "zip",
            "name": "ryoritsu_survey_2025.zip",
            "files": [
                {
                    "kind": "xlsx",
                    "name": "回答データ.xlsx",
                    "sheets": {
                        "回答一覧": [
                            ["回答者", "メール", "年代", "Q1 治療中の疾患", "Q2 上司に伝えているか", "Q3 困っていること"],
                            ["阿久津 美和", "akutsu.miwa@hinode-sangyo.co.jp", "40代", "乳がん", "はい", "通院と締め日が重なる"],
                            ["巽 康弘", "tatsumi.yasuhiro@hinode-sangyo.co.jp", "50代", "糖尿病", "はい", "夜勤明けの血糖管理"],
                            ["百目鬼 聡子", "domeki.satoko@hinode-sangyo.co.jp", "30代", "子宮内膜症", "いいえ", "痛みで集中できない日がある"],
                            ["唐沢 はるか", "karasawa.haruka@hinode-sangyo.co.jp", "30代", "バセドウ病", "はい", "動悸"],
                            ["湯浅 美鈴", "yuasa.misuzu@hinode-sangyo.co.jp", "20代", "双極性障害", "いいえ", "周囲に言えない"],
                            ["権藤 一樹", "gondo.kazuki@hinode-sangyo.co.jp", "40代", "痛風", "はい", "発作時の歩行"],
                            ["柿沼 秀樹", "kakinuma.hideki@hinode-sangyo.co.jp", "60代", "肺がん", "はい", "体力低下"],
                            ["丸岡 亮太", "maruoka.ryota@hinode-sangyo.co.jp", "30代", "男性不妊", "いいえ", "休暇理由を言いづらい"],
                        ],
                        "設問マスタ": [["設問", "内容"], ["Q1", "現在治療中の疾患"], ["Q2", "上司に伝えているか"],
                                       ["Q3", "仕事と治療の両立で困っていること"]],
                    },
                },
                {
                    "kind": "pdf",
                    "name": "設問票.pdf",
                    "lines": ["治療と仕事の両立に関する社員アンケート", "Q1 現在治療中の疾患があれば教えてください",
                              "Q2 そのことを上司に伝えていますか", "Q3 仕事と治療の両立で困っていることは何ですか"],
                },
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "ZIP with a named survey sheet of 8 employees' diseases to a research vendor (reasons 1 and 3)",
    },
    {
        "id": "ryoritsushien-100",
        "charset": "utf-8",
        "sender": "東 陽介 <azuma.yosuke@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "【障害報告】健康管理システム 面談記録画面で保存エラー",
        "body": """ツバサシステム サポートデスク 御中

お世話になっております。日の出産業 情報システム部の東です。
健康管理システムで以下の障害が発生しています。調査をお願いします。

　発生日時：10月28日 10:12頃～
　事象：面談記録画面で「保存」を押すとエラー（E-4031）になり保存できない
　影響範囲：健康管理室の3ユーザー
　再現手順：面談記録 → 新規 → 本文入力 → 保存
　契約番号：TS-HM-2023-0158

画面のキャプチャと、アプリケーションログの該当部分を添付します。
（ログには利用者IDのみで、面談内容は含まれていないことを確認済みです）

東 陽介
日の出産業株式会社 情報システム部
TEL 044-211-3620
""",
        "attachments": [
            {"kind": "png", "name": "error_E4031.png"},
            {"kind": "txt", "name": "app_log_20251028.txt", "text": """2025-10-28 10:12:03 INFO  [web-02] POST /interview/save user=hk0512 role=HEALTH_OFFICE
2025-10-28 10:12:03 ERROR [web-02] E-4031 OptimisticLockException: record version mismatch (id=IV-20251028-0007)
2025-10-28 10:14:41 INFO  [web-01] POST /interview/save user=hk0517 role=HEALTH_OFFICE
2025-10-28 10:14:41 ERROR [web-01] E-4031 OptimisticLockException: record version mismatch (id=IV-20251028-0009)
2025-10-28 10:20:15 WARN  [batch] index rebuild took 48211 ms
"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "support ticket with a screenshot and a log of user IDs only; no personal data",
    },
]
