"""Blind evaluation corpus, area "chojikan": mail sent by Hinode Sangyo's HR labour section
(人事部 労務課) and its occupational health office (健康管理室) around long working hours:
monthly overtime reports, doctor interviews (面接指導) for overworked staff and the
occupational physician's opinions, 36-agreement (三六協定) filings with the labour standards
inspection office, inspections and correction reports, the outsourced attendance system
(ツバサシステム), temp agencies, seconded staff, the labour and social security attorney,
the EAP and health-check providers.  Written blind from bench/blind/BRIEF.md (and the
message format of build.py, the names in SPEC.md) without reading mailguard's code; every
person, address and number in it is invented.
"""

from build import card_number, my_number

SEED = 52801

SIG_MORISHITA = """
--------------------------------------------------
日の出産業株式会社　人事部 労務課
課長　森下 圭介（もりした けいすけ）
〒103-0027 東京都中央区日本橋三丁目4番5号 日の出ビル7F
TEL: 03-5201-4471（直通）　FAX: 03-5201-4479
E-mail: morishita.keisuke@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_SAEKI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社
人事部 労務課　佐伯 ひなた
〒103-0027 東京都中央区日本橋3-4-5 日の出ビル7階
TEL 03-5201-4473（内線 2173）
saeki.hinata@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_UTSUMI = """
―――――――――――――――――――
日の出産業株式会社 健康管理室
保健師　内海 さより
TEL 03-5201-4490 ／ 内線 2290
kenko@hinode-sangyo.co.jp
―――――――――――――――――――"""

SIG_TAIRA = """
--
Hikaru Taira / 平良 光
情報システム部 業務システム課（勤怠・人事システム担当）
日の出産業株式会社
Tel: 03-5201-4520  Mobile(社用): 070-3318-2046
taira.hikaru@hinode-sangyo.co.jp"""

SIG_ONUKI = """
------------------------------------------------------------
日の出産業株式会社 総務部 法務・コンプライアンス課
大貫 哲也
〒103-0027 東京都中央区日本橋三丁目4番5号
TEL 03-5201-4410
------------------------------------------------------------"""

SIG_KYAN = """
==============================
日の出産業株式会社 物流事業部 業務課
喜屋武 健（きやん けん）
〒335-0031 埼玉県戸田市美女木東2丁目8番1号 戸田物流センター
TEL 048-421-7760　FAX 048-421-7769
=============================="""

SIG_MAKITA = """
__________________________________
日の出産業株式会社 静岡工場 総務課
蒔田 里奈
〒421-0112 静岡県静岡市駿河区東新田5丁目12番3号
TEL 054-259-3381（代）
__________________________________"""

SIG_SUGO = """
--
日の出産業株式会社 人事部 給与厚生グループ
菅生 恵（すごう めぐみ）
TEL 03-5201-4476
sugo.megumi@hinode-sangyo.co.jp"""

SIG_TSUGE = """
日の出産業株式会社
執行役員 人事部長　柘植 正臣
TEL 03-5201-4400"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail. Any
unauthorised use, disclosure or copying is prohibited."""

MESSAGES = [
{
    "id": "chojikan-001",
    "charset": "iso-2022-jp",
    "sender": "森下 圭介 <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 大河内様 <okochi.jun@kawasaki-denki.co.jp>"],
    "cc": ["saeki.hinata@hinode-sangyo.co.jp"],
    "subject": "【ご報告】出向者の時間外・休日労働実績（5月度）",
    "body": """川崎電機株式会社
人事部 人事企画課 大河内様

いつもお世話になっております。日の出産業 人事部の森下でございます。

出向契約書第8条に基づき、貴社より当社へご出向中の皆様の5月度
時間外・休日労働の実績をご報告いたします。
添付のExcel（シート「5月度実績」）をご確認ください。

なお、4名の方が月45時間を超過しており、当社の特別条項の発動手続を
取っております。うち1名は2か月平均で80時間に近づいておりますので、
当社産業医との面談を予定しております。

ご不明点がございましたらお知らせください。
よろしくお願いいたします。
""" + SIG_MORISHITA,
    "attachments": [{
        "kind": "xlsx",
        "name": "出向者_時間外実績_2025年5月.xlsx",
        "sheets": {
            "5月度実績": [
                ["出向者 時間外・休日労働実績（2025年5月1日～31日）"],
                [],
                ["出向元社員番号", "氏名", "出向先所属", "時間外(h)", "休日労働(h)", "深夜(h)", "特別条項"],
                ["KD-108831", "大河内 湊", "生産技術部 設備課", 52.5, 8.0, 3.0, "発動"],
                ["KD-110274", "芦刈 亜紀子", "品質保証部", 31.0, 0.0, 0.0, ""],
                ["KD-097652", "栂野 孝太郎", "生産技術部 設備課", 71.5, 16.0, 11.5, "発動"],
                ["KD-112040", "藍沢 仁", "開発部 第二開発課", 47.0, 8.0, 2.0, "発動"],
                ["KD-101399", "鷹取 しおり", "開発部 第一開発課", 22.0, 0.0, 0.0, ""],
                ["KD-115506", "宇留野 陽平", "生産管理部", 58.0, 0.0, 6.5, "発動"],
                ["KD-099187", "冨永 菜摘", "品質保証部", 12.5, 0.0, 0.0, ""],
            ],
            "集計": [["区分", "人数"], ["45h超", 4], ["80h超", 0], ["合計", 7]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "list: seven seconded employees' overtime records (name, employee no., hours) to the home company",
},
{
    "id": "chojikan-002",
    "charset": "cp932",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["中央労働基準監督署 第一方面 <dai1-homen@chuo-roukisho.go.jp>"],
    "subject": "36協定届の電子申請（本社一括届出）についてのお問い合わせ",
    "body": """中央労働基準監督署 第一方面 ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 人事部労務課の佐伯と申します。

来年度の時間外労働・休日労働に関する協定届（様式第9号の2）について、
e-Govによる電子申請での本社一括届出を検討しております。
つきましては、以下2点についてご教示いただけますと幸いです。

1. 事業場ごとに過半数代表者が異なる場合でも、本社一括届出の対象となるか
2. 特別条項の限度時間（月100時間未満・複数月平均80時間以内）の記載方法について、
   事業場ごとに異なる上限を設定する場合の様式上の扱い

協定の有効期間は4月1日からの1年間を予定しており、3月中旬までに届出を
完了したいと考えております。
お忙しいところ恐れ入りますが、よろしくお願い申し上げます。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "procedural question to the labour inspection office about filing the 36 agreement; no personal data",
},
{
    "id": "chojikan-003",
    "charset": "utf-8",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["久能 静香 先生 <s.kuno@kuno-naika.jp>"],
    "subject": "面接指導結果報告書（6/12実施分）のご確認のお願い",
    "body": """久能先生

いつも大変お世話になっております。健康管理室の内海です。

6月12日に先生に実施いただいた長時間労働者面接指導の結果報告書を、
面談メモをもとに当方で清書いたしました。
就業上の措置に関する意見欄の記載内容に誤りがないか、ご確認いただけますでしょうか。

ご確認後、先生のご署名をいただいたものを事業者に提出いたします。
お手数をおかけしますが、6月20日（金）までにご返信いただけますと助かります。
""" + SIG_UTSUMI,
    "attachments": [{
        "kind": "docx",
        "name": "面接指導結果報告書_0612_宍戸.docx",
        "title": "面接指導結果報告書",
        "paragraphs": [
            "長時間労働者に関する面接指導結果報告書 兼 意見書",
            "実施日：2025年6月12日　実施医師：久能 静香（嘱託産業医）",
        ],
        "tables": [[
            ["項目", "内容"],
            ["氏名", "宍戸 謙三"],
            ["所属", "営業本部 法人営業二課"],
            ["年齢", "47歳"],
            ["時間外・休日労働時間", "4月 92時間／5月 104時間"],
            ["疲労蓄積度チェック", "負担度 高"],
            ["既往歴・治療中の疾患", "高血圧症（2021年より服薬中）、睡眠時無呼吸症候群の疑い"],
            ["所見", "血圧 168/102。中途覚醒と日中の強い眠気あり。抑うつ気分の訴えあり"],
            ["就業区分", "就業制限"],
            ["意見", "時間外労働を月30時間以内に制限。深夜業禁止。1か月後に再面接。専門医受診を勧奨"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: one named employee's medical history, findings and work restriction sent to the external physician",
},
{
    "id": "chojikan-004",
    "charset": "iso-2022-jp",
    "sender": "平良 光 <taira.hikaru@hinode-sangyo.co.jp>",
    "to": ["宮里 陸斗 <miyazato.rikuto@tsubasa-sytem.jp>"],
    "subject": "Re: 勤怠データ連携（給与システム向け）のファイル仕様について",
    "body": """ツバサシステム株式会社
宮里様

お世話になっております。日の出産業 情報システム部の平良です。

給与システム向けの勤怠データ連携ファイルについて、当社側の要望を整理しました。

・ファイル形式：CSV（UTF-8 BOMなし、カンマ区切り、ダブルクォート囲み）
・出力単位：月次締め後の確定データ（毎月3営業日目 7:00 までに出力）
・項目：社員番号、所定労働時間、法定内残業、法定外残業、深夜、法定休日、
　　　　60時間超過分（割増率50%適用分）を分けて出力
・ファイル名：KINTAI_YYYYMM_会社コード.csv

特に60時間超過分の切り分けは、中小企業の猶予措置終了に伴い必須となります。
来週のお打合せで詳細をご相談させてください。
""" + SIG_TAIRA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: tsubasa-sytem.jp drops an 's' from the partner domain tsubasa-system.jp",
},
{
    "id": "chojikan-005",
    "charset": "utf-8",
    "sender": "森下 圭介 <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["藤代 梓 <fujishiro@yamane-sr.jp>"],
    "subject": "上期の部門別 時間外労働の集計（特別条項見直しのご相談用）",
    "body": """山根社会保険労務士法人
藤代先生

いつもお世話になっております。日の出産業の森下です。

来年度の36協定の特別条項見直しに向けて、上期（4～9月）の部門別の時間外労働
の集計を作成しました。個人別ではなく部門ごとの平均・最大・超過人数のみです。

営業本部と物流事業部で月45時間超の人数が多く、発動回数の上限（年6回）に
近い者がいる部門もありますので、限度時間の設定についてご意見をいただければ
と存じます。

次回訪問の際に10分ほどお時間をいただけますと幸いです。
""" + SIG_MORISHITA,
    "attachments": [{
        "kind": "xlsx",
        "name": "部門別時間外集計_上期.xlsx",
        "sheets": {
            "部門別": [
                ["2025年度上期 部門別 時間外労働集計（単位：時間）"],
                ["部門", "在籍人数", "月平均", "月最大", "45h超 延べ人数", "80h超 延べ人数", "特別条項 発動回数"],
                ["営業本部", 86, 28.4, 96.0, 41, 6, 41],
                ["物流事業部", 124, 33.1, 88.5, 77, 9, 77],
                ["生産本部（静岡工場）", 212, 19.6, 71.0, 38, 0, 38],
                ["開発部", 45, 24.8, 83.0, 17, 2, 17],
                ["管理部門", 63, 11.2, 52.5, 5, 0, 5],
                ["全社", 530, 23.5, 96.0, 178, 17, 178],
            ],
            "前年比": [
                ["部門", "前年上期 月平均", "今年上期 月平均", "増減"],
                ["営業本部", 31.0, 28.4, -2.6],
                ["物流事業部", 36.7, 33.1, -3.6],
                ["生産本部（静岡工場）", 18.9, 19.6, 0.7],
                ["開発部", 27.5, 24.8, -2.7],
                ["管理部門", 12.0, 11.2, -0.8],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "statistics only: overtime aggregated by department, no individual rows",
},
{
    "id": "chojikan-006",
    "charset": "iso-2022-jp",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["藤代 梓 <fujishiro@yamane-sr.jp>"],
    "subject": "【送付】過半数代表者選出の記録一式",
    "body": """山根社会保険労務士法人
藤代様

いつもお世話になっております。日の出産業 労務課の佐伯です。

36協定締結に向けた過半数代表者の選出記録（投票結果・信任者名簿）一式を
お送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールにて
お送りいたします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "zip",
        "name": "過半数代表者選出記録.zip",
        "password": "Hn7#kq29Lw",
        "files": [
            {"kind": "csv", "name": "信任投票結果.csv", "encoding": "cp932",
             "rows": [["社員番号", "氏名", "事業場", "投票"],
                      ["H10233", "新発田 弘", "本社", "信任"],
                      ["H10587", "閏間 沙耶", "本社", "信任"],
                      ["H11042", "伊集院 匠", "戸田物流センター", "信任"],
                      ["H11310", "比嘉 みのり", "静岡工場", "不信任"],
                      ["H11977", "佐々木 亘", "静岡工場", "信任"]]},
            {"kind": "pdf", "name": "選出公告.pdf",
             "lines": ["過半数代表者選出のお知らせ", "候補者：本社 経理部 塙 大地", "投票期間：2月3日～2月7日"]},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: password-protected ZIP (PPAP) that cannot be inspected",
},
{
    "id": "chojikan-007",
    "charset": "iso-2022-jp",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["藤代 梓 <fujishiro@yamane-sr.jp>"],
    "subject": "Re: 【送付】過半数代表者選出の記録一式（パスワードのご連絡）",
    "body": """藤代様

先ほどお送りしたZIPファイルのパスワードをお知らせします。

　Hn7#kq29Lw

※当社の情報セキュリティ方針の変更により、来年度からはパスワード付きZIPでの
　送付を廃止し、ファイル共有サービスでのご案内に切り替える予定です。
　改めてご連絡いたします。

佐伯
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the separate password mail of a PPAP pair: no attachment, no personal data",
},
{
    "id": "chojikan-008",
    "charset": "cp932",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["OHパートナーズ 根來 <negoro@oh-partners.jp>"],
    "cc": ["kenko@hinode-sangyo.co.jp"],
    "subject": "7月度 面接指導対象者（月80時間超）のご連絡",
    "body": """OHパートナーズ 産業医事務所
根來様（石動先生ご担当分）

お世話になっております。日の出産業 健康管理室の内海です。

6月度の勤怠締めの結果、時間外・休日労働が月80時間を超え、
本人から面接指導の申出があった方は以下の8名です。
7月の石動先生の訪問日（7/9、7/23）で日程を組んでいただけますでしょうか。
日程の調整は各人の携帯へ直接ご連絡いただいて構いません。

氏名          所属                    6月時間外  5月時間外  携帯
------------  ----------------------  ---------  ---------  -------------
鬼頭 秀和      物流事業部 輸送課          98.5h      84.0h   090-4417-2381
百々 香澄      営業本部 法人営業一課      86.0h      61.5h   080-2290-5573
廿楽 伸也      開発部 第二開発課          81.5h      79.0h   070-6631-0948
東海林 美月    物流事業部 倉庫管理課      90.0h      92.5h   090-7723-1165
五百旗頭 誠    営業本部 法人営業二課      83.0h      70.0h   080-5518-3307
薬師寺 隆之    生産本部 保全課            88.5h      46.0h   090-3362-8840
仲宗根 舞      開発部 第一開発課          80.5h      80.5h   070-1847-6629
鳰川 健吾      物流事業部 輸送課         102.0h      97.5h   090-9051-4472

よろしくお願いいたします。
""" + SIG_UTSUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: eight employees with department, overtime hours and mobile numbers to the outsourced physician office",
},
{
    "id": "chojikan-009",
    "charset": "iso-2022-jp",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["久能 静香 先生 <s.kuno@kuno-naika.jp>"],
    "subject": "Re: 来週の面談対象者について",
    "body": """久能先生

ご連絡ありがとうございます。
ご指摘の通り、お二人とも2か月平均で80時間を超えていますので、
来週水曜の訪問時に面談枠を各30分確保いたします。
会議室は7階の「けやき」をご用意しております。

内海

> 内海さん
>
> 面談対象者の件、確認しました。以下の方は優先で面談したいと思います。
>
> ・宍戸 謙三さん（法人営業二課）5月104時間、高血圧で服薬中
> ・鳰川 健吾さん（輸送課）　6月102時間、前回「眠れない」との訴え
>   携帯 090-9051-4472
> ・東海林 美月さん（倉庫管理課）92.5時間
> ・鬼頭 秀和さん（輸送課）98.5時間
> ・廿楽 伸也さん（第二開発課）81.5時間
>
> 久能
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply: the names, hours and health remarks are only in the quoted text the physician herself sent",
},
{
    "id": "chojikan-010",
    "charset": "utf-8",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["久能内科クリニック <info@kuno-naika.jp>",
           "OHパートナーズ <contact@oh-partners.jp>",
           "原田クリニック 原田先生 <harada@harada-clinic.jp>",
           "池城医院 <ikeshiro-iin@ikeshiro-iin.jp>"],
    "subject": "【ご案内】地域産業保健連絡会（第3回）開催のお知らせ",
    "body": """各位

平素より大変お世話になっております。
日の出産業株式会社 健康管理室の内海でございます。

当社が事務局を務めております日本橋地区の産業保健連絡会について、
第3回を下記の通り開催いたします。ご多用中とは存じますが、ご出席を賜れますと幸いです。

　日時：2025年9月18日（木）18:30～20:00
　場所：日の出ビル 8階 大会議室（オンライン併用）
　テーマ：長時間労働者への面接指導の実務 ～医師の意見を就業上の措置にどうつなぐか～

ご出欠は9月5日までに本メールへのご返信にてお知らせください。
""" + SIG_UTSUMI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: four external clinics in To can see each other's addresses; should have been Bcc",
},
{
    "id": "chojikan-011",
    "charset": "cp932",
    "sender": "森下 圭介 <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["藤代 梓 <fujishiro@yamane-sr.jp>"],
    "subject": "次年度36協定（特別条項付き）案のご確認",
    "body": """藤代先生

お世話になっております。森下です。

次年度の36協定（特別条項付き）の案を作成しましたので、お送りします。
前回ご指摘いただいた「限度時間を超えて労働させる場合における手続」と
「健康福祉確保措置」の欄を修正しています。

労使協議前の案ですので、取り扱いにはご注意ください。
コメントは変更履歴でいただけますと助かります。
""" + SIG_MORISHITA,
    "attachments": [{
        "kind": "docx",
        "name": "2026年度_36協定案_v3.docx",
        "page_header": "社外秘",
        "title": "時間外労働及び休日労働に関する協定書（案）",
        "paragraphs": [
            "時間外労働及び休日労働に関する協定書（案）",
            "日の出産業株式会社（以下「会社」という）と従業員の過半数を代表する者は、労働基準法第36条第1項に基づき、次のとおり協定する。",
            "第1条（時間外労働をさせる必要のある具体的事由）受注の集中、決算業務、物流の繁忙期対応、設備トラブル対応",
            "第2条（限度時間）1日8時間、1か月45時間、1年360時間",
            "第3条（特別条項）1か月95時間（休日労働を含む）、1年720時間、年6回まで",
            "第5条（健康福祉確保措置）医師による面接指導、勤務間インターバル（10時間）、代償休日の付与",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the attached draft agreement carries a 社外秘 page header",
},
{
    "id": "chojikan-012",
    "charset": "utf-8",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["中央労働基準監督署 第一方面 <dai1-homen@chuo-roukisho.go.jp>"],
    "subject": "Re: 36協定届の電子申請（本社一括届出）についてのお問い合わせ",
    "body": """中央労働基準監督署 第一方面
ご担当者様

ご回答ありがとうございました。日の出産業の佐伯です。

ご指示いただいた通り、本社一括届出の対象となる事業場の一覧を添付いたします。
各事業場の所在地・電話番号・労働者数・所轄監督署を記載しております。

引き続きよろしくお願いいたします。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "csv",
        "name": "一括届出_事業場一覧.csv",
        "encoding": "cp932",
        "rows": [
            ["事業場名", "所在地", "電話番号", "労働者数", "所轄労働基準監督署"],
            ["本社", "東京都中央区日本橋三丁目4番5号", "03-5201-4400", "168", "中央"],
            ["戸田物流センター", "埼玉県戸田市美女木東2丁目8番1号", "048-421-7760", "124", "さいたま"],
            ["静岡工場", "静岡県静岡市駿河区東新田5丁目12番3号", "054-259-3381", "212", "静岡"],
            ["大阪支店", "大阪府大阪市中央区淡路町二丁目1番10号", "06-6209-1180", "31", "大阪中央"],
            ["名古屋営業所", "愛知県名古屋市中村区名駅南一丁目17番2号", "052-583-2250", "18", "名古屋北"],
            ["仙台営業所", "宮城県仙台市青葉区中央三丁目6番9号", "022-797-4015", "9", "仙台"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of the company's own sites (addresses, switchboards): businesses, not people",
},
{
    "id": "chojikan-013",
    "charset": "iso-2022-jp",
    "sender": "菅生 恵 <sugo.megumi@hinode-sangyo.co.jp>",
    "to": ["藤代 梓 <fujishiro@yamane-sr.jp>"],
    "subject": "退職者の雇用保険資格喪失・離職証明書作成のお願い",
    "body": f"""山根社会保険労務士法人
藤代様

いつもお世話になっております。日の出産業 給与厚生グループの菅生です。

下記の者が6月30日付で退職いたしましたので、雇用保険の資格喪失届および
離職証明書の作成をお願いいたします。
離職理由は、本人の申出では「離職前6か月の間に月45時間超の時間外労働が3か月以上
続いたため」とのことですので、特定受給資格者の判断に必要な勤怠記録も追ってお送りします。

　氏名　　　：浅葱 拓海（あさぎ たくみ）
　生年月日　：平成4年11月3日
　住所　　　：〒330-0062 埼玉県さいたま市浦和区仲町2丁目14番7-305号
　雇用保険被保険者番号：5013-482917-6
　個人番号　：{my_number(SEED + 1)}
　離職日　　：2025年6月30日

よろしくお願いいたします。
""" + SIG_SUGO,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "identifier: a former employee's My Number with DOB and home address sent to the outside labour attorney",
},
{
    "id": "chojikan-014",
    "charset": "utf-8",
    "sender": "大貫 哲也 <onuki.tetsuya@hinode-sangyo.co.jp>",
    "to": ["宮里 陸斗 <miyazato.rikuto@tsubasa-system.jp>"],
    "cc": ["taira.hikaru@hinode-sangyo.co.jp"],
    "subject": "勤怠管理クラウド導入に係る秘密保持契約書（ドラフト）の送付",
    "body": """ツバサシステム株式会社
ソリューション営業部 宮里様

いつもお世話になっております。
日の出産業 法務・コンプライアンス課の大貫でございます。

勤怠管理クラウドサービスの導入検討にあたり、貴社と締結する秘密保持契約書の
当社ドラフトをお送りいたします。
個人情報の取扱いについては、別途「個人データの取扱いに関する覚書」を締結する
前提とし、本契約では第7条で委託先の監督に関する最低限の規定のみ置いております。

貴社法務部門でご確認のうえ、修正点がございましたら変更履歴付きでご返送ください。
締結は7月末を目途としております。
""" + SIG_ONUKI + DISCLAIMER_JA,
    "attachments": [{
        "kind": "docx",
        "name": "秘密保持契約書_日の出産業_ツバサシステム_draft.docx",
        "paragraphs": [
            "秘密保持契約書",
            "日の出産業株式会社（以下「甲」という）とツバサシステム株式会社（以下「乙」という）は、勤怠管理クラウドサービス導入の検討（以下「本目的」という）に関し、次のとおり契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、本目的のために開示される技術上・営業上の情報であって、開示の際に秘密である旨を明示したものをいう。",
            "第2条（秘密保持義務）受領者は秘密情報を厳に秘密として保持し、相手方の書面による事前の承諾なく第三者に開示してはならない。",
            "第7条（個人情報）乙が本目的のため甲の従業員の個人情報を取り扱う場合、別途覚書に定めるところによる。",
            "第10条（有効期間）本契約の有効期間は締結日から2年間とする。",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with the attendance-system vendor plus the standard disclaimer; no marking, no personal data",
},
{
    "id": "chojikan-015",
    "charset": "cp932",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["ネクストスタッフ 真栄田様 <maeda.sho@nextstaff.co.jp>"],
    "subject": "派遣スタッフ様 6月度 時間外労働実績のご連絡（戸田物流センター）",
    "body": """ネクストスタッフ株式会社
営業部 真栄田様

いつもお世話になっております。日の出産業 労務課の佐伯です。

戸田物流センターにご就業いただいている派遣スタッフの皆様の、6月度の
時間外・休日労働の実績をお送りします（派遣先管理台帳より抜粋）。

貴社の36協定の特別条項の範囲を超えそうな方がいらっしゃる場合は、
7月の業務配分を調整いたしますので、お早めにお知らせください。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "csv",
        "name": "派遣スタッフ_時間外実績_202506.csv",
        "encoding": "cp932",
        "rows": [
            ["スタッフID", "氏名", "フリガナ", "就業部署", "時間外", "休日", "深夜", "備考"],
            ["NS-40218", "安慶名 翼", "アゲナ ツバサ", "入出荷1課", "38.0", "8.0", "0.0", ""],
            ["NS-40377", "漆戸 千晶", "ウルシド チアキ", "入出荷1課", "44.5", "0.0", "6.0", "45h目前"],
            ["NS-41022", "座喜味 樹", "ザキミ イツキ", "入出荷2課", "52.0", "8.0", "12.0", "45h超過"],
            ["NS-41105", "小野寺 桃子", "オノデラ モモコ", "検品課", "21.0", "0.0", "0.0", ""],
            ["NS-41560", "ラクスマナ・デウィ", "ラクスマナ デウィ", "検品課", "29.5", "0.0", "3.0", ""],
            ["NS-41871", "菱沼 恭平", "ヒシヌマ キョウヘイ", "入出荷2課", "47.0", "8.0", "9.5", "45h超過"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "list: six temp workers' overtime records (staff id, name, kana, hours) in a CP932 CSV to the agency",
},
{
    "id": "chojikan-016",
    "charset": "utf-8",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["柘植 正臣 <tsuge.masaomi@hinode-sangyo.co.jp>"],
    "cc": ["morishita.keisuke@hinode-sangyo.co.jp"],
    "subject": "【人事部長限り】6月面接指導の結果と就業上の措置（案）",
    "body": """柘植部長

お疲れ様です。健康管理室の内海です。

6月の長時間労働者面接指導の結果、産業医より就業上の措置について意見が
出ておりますのでご報告します。措置の決定をお願いいたします。

氏名          所属              時間外(5月/6月)  医師の意見
宍戸 謙三      法人営業二課       104h / 88h       高血圧治療中。時間外月30h以内、深夜業禁止
鳰川 健吾      輸送課              97.5h / 102h    不眠・抑うつ気分。心療内科受診勧奨、時間外月45h以内
東海林 美月    倉庫管理課          92.5h / 90h     通常勤務可。次月も面接
鬼頭 秀和      輸送課              84h / 98.5h     γ-GTP高値・肝機能異常。時間外月45h以内
廿楽 伸也      第二開発課          79h / 81.5h     通常勤務可

措置の内容は所属長にも共有が必要ですが、病名は伝えない運用とします。
""" + SIG_UTSUMI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "all recipients internal: health findings of five employees to the HR director stay inside the company",
},
{
    "id": "chojikan-017",
    "charset": "iso-2022-jp",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["石動 亮 先生 <isurugi@oh-partners.jp>"],
    "subject": "休職者の主治医診断書の送付（復職面談のご準備）",
    "body": """石動先生

いつもお世話になっております。日の出産業 健康管理室の内海です。

長時間労働が続いたのち3月から休職中の社員について、主治医より
復職可能との診断書が提出されました。
8月の復職判定面談に先立ち、診断書の写しをお送りしますのでご確認ください。

本人は開発部 第二開発課の廿楽です。休職期間満了は9月30日となります。
""" + SIG_UTSUMI,
    "attachments": [{
        "kind": "pdf",
        "name": "診断書_写し.pdf",
        "title": "診断書",
        "lines": [
            "診　断　書",
            "",
            "氏名：廿楽 伸也　　　　生年月日：昭和63年2月19日（37歳）",
            "住所：神奈川県川崎市中原区小杉町3丁目240番地",
            "",
            "病名：うつ病（中等症）、不眠症",
            "",
            "上記の者、2025年3月3日より当院にて加療中。抗うつ薬により症状は改善傾向。",
            "2025年8月1日より、時間外労働を行わない条件での復職が可能と判断する。",
            "",
            "2025年7月14日",
            "こもれびメンタルクリニック　医師　鴇田 周平",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "sensitive: an employee's medical certificate (depression diagnosis) with DOB and address to the external physician",
},
{
    "id": "chojikan-018",
    "charset": "iso-2022-jp",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["tomomi.yoshikawa0812@gmail.com"],
    "subject": "面談日時のご案内（健康管理室）",
    "body": """吉川 智美 様

お疲れ様です。健康管理室の内海です。
育児短時間勤務中のため、ご指定いただいたご自宅のアドレスにお送りしています。

先日お申し出いただいた産業医面談の日時が決まりましたのでご案内します。

　日時：7月23日（水）15:00～15:30
　場所：本社7階 健康相談室（オンラインをご希望の場合はお知らせください）

当日ご都合が悪くなった場合は、内線2290または本メールへのご返信でご連絡ください。
""" + SIG_UTSUMI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient (the employee herself), only a date and place of a meeting",
},
{
    "id": "chojikan-019",
    "charset": "utf-8",
    "sender": "大貫 哲也 <onuki.tetsuya@hinode-sangyo.co.jp>",
    "to": ["白川 直樹 弁護士 <shirakawa@shirakawa-Iaw.jp>"],
    "subject": "元従業員からの未払残業代請求（内容証明）への対応のご相談",
    "body": """白川法律事務所
白川先生

いつも大変お世話になっております。日の出産業の大貫でございます。

本日、元従業員（営業本部、昨年12月退職）の代理人弁護士から、過去2年分の
未払残業代の支払を求める内容証明郵便が届きました。
請求額は約380万円で、事業場外みなし労働時間制の適用の可否が争点になると
思われます。

回答期限が到達から2週間となっておりますので、来週前半に一度ご相談の
お時間をいただけないでしょうか。内容証明の写しは面談時にお持ちいたします。
""" + SIG_ONUKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: shirakawa-Iaw.jp uses a capital I for the l of the partner law firm's domain",
},
{
    "id": "chojikan-020",
    "charset": "utf-8",
    "sender": "平良 光 <taira.hikaru@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 導入支援チーム <kintai-setup@tsubasa-system.jp>"],
    "subject": "[TSB-2025-0418] 社員マスタ初期移行データ（第1回テスト分）",
    "body": """ツバサシステム 導入支援チーム 御中

お世話になっております。日の出産業の平良です。

勤怠クラウドへの社員マスタ初期移行のテストデータ（本社分）をお送りします。
仕様書v1.2の項目順で、文字コードはUTF-8です。
テスト移行とはいえ実データですので、検証完了後は速やかに削除をお願いします。

取込エラーが出た行はチケットにてお知らせください。
""" + SIG_TAIRA,
    "attachments": [{
        "kind": "csv",
        "name": "emp_master_honsha_test1.csv",
        "encoding": "utf-8",
        "rows": [
            ["emp_no", "name", "name_kana", "mail", "birth_date", "hire_date", "employment_type", "work_rule"],
            ["H10233", "新発田 弘", "シバタ ヒロシ", "shibata.hiroshi@hinode-sangyo.co.jp", "1979-08-14", "2003-04-01", "正社員", "固定"],
            ["H10587", "閏間 沙耶", "ウルマ サヤ", "uruma.saya@hinode-sangyo.co.jp", "1990-01-27", "2012-04-01", "正社員", "フレックス"],
            ["H10912", "宍戸 謙三", "シシド ケンゾウ", "shishido.kenzo@hinode-sangyo.co.jp", "1978-05-02", "2001-04-01", "正社員", "事業場外みなし"],
            ["H11042", "伊集院 匠", "イジュウイン タクミ", "ijuin.takumi@hinode-sangyo.co.jp", "1995-11-30", "2018-04-01", "正社員", "固定"],
            ["H11208", "百々 香澄", "ドウドウ カスミ", "dodo.kasumi@hinode-sangyo.co.jp", "1993-03-09", "2016-10-01", "正社員", "フレックス"],
            ["H11375", "五百旗頭 誠", "イオキベ マコト", "iokibe.makoto@hinode-sangyo.co.jp", "1986-07-21", "2009-04-01", "正社員", "事業場外みなし"],
            ["H11529", "塙 大地", "ハナワ ダイチ", "hanawa.daichi@hinode-sangyo.co.jp", "1991-12-05", "2014-04-01", "正社員", "固定"],
            ["H11640", "四十物 玲", "アイモノ レイ", "aimono.rei@hinode-sangyo.co.jp", "1998-06-18", "2021-04-01", "正社員", "フレックス"],
            ["H11803", "吉川 智美", "ヨシカワ トモミ", "yoshikawa.tomomi@hinode-sangyo.co.jp", "1989-09-10", "2011-04-01", "正社員", "短時間"],
            ["H11977", "佐々木 亘", "ササキ ワタル", "sasaki.wataru@hinode-sangyo.co.jp", "1984-02-28", "2007-04-01", "正社員", "固定"],
            ["C20051", "小鳥遊 杏", "タカナシ アン", "takanashi.an@hinode-sangyo.co.jp", "2000-10-16", "2024-07-01", "契約社員", "固定"],
            ["C20066", "ファム・ヴァン・ロン", "ファム ヴァン ロン", "pham.vanlong@hinode-sangyo.co.jp", "1997-04-04", "2024-10-01", "契約社員", "固定"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "list: twelve employees' master records (name, kana, e-mail, birth date) to the attendance-system vendor",
},
{
    "id": "chojikan-021",
    "charset": "iso-2022-jp",
    "sender": "森下 圭介 <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["久能 静香 先生 <s.kuno@kuno-naika.jp>", "藤代 梓 <fujishiro@yamane-sr.jp>"],
    "cc": ["utsumi.sayori@hinode-sangyo.co.jp"],
    "subject": "長時間労働者対策の三者打合せ（日程候補）",
    "body": """久能先生
山根社会保険労務士法人 藤代様

いつもお世話になっております。日の出産業 人事部の森下です。

先日お話しした、面接指導の運用見直し（申出がなくても80時間超の者は全員面談とする
案）について、先生方と当社の三者でお打合せをお願いできればと存じます。

日程の候補は以下のとおりです。ご都合のよい日時をお知らせください。
　① 8月5日（火）16:00～17:00
　② 8月7日（木）10:00～11:00
　③ 8月8日（金）14:00～15:00
場所は当社7階会議室、またはTeamsでも結構です。
""" + SIG_MORISHITA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To (physician's clinic and labour attorney): a normal three-way meeting mail",
},
{
    "id": "chojikan-022",
    "charset": "utf-8",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["ryo.kagami.1985@gmail.com", "mitsuki-s@yahoo.co.jp", "nakasone.mai@icloud.com"],
    "subject": "休職中の皆様へ：勤怠システム切替に伴うお手続きのお願い",
    "body": """休職中の皆様

ご療養中のところ失礼いたします。人事部労務課の佐伯です。
社用メールをご覧いただけない期間のため、ご登録いただいている連絡先にお送りしています。

10月1日より勤怠管理システムが新しいクラウドサービスに切り替わります。
復職後スムーズにご利用いただけるよう、以下のお手続きをお願いいたします。

1. 9月中旬に届く「初回ログインのご案内」メールから初期パスワードを設定
2. スマートフォンアプリ（任意）の登録

ご不明点は労務課（03-5201-4473）までお問い合わせください。
どうぞご無理なさらずお過ごしください。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "visible parties: three private persons (employees on sick leave) in To see each other's private addresses",
},
{
    "id": "chojikan-023",
    "charset": "cp932",
    "sender": "柘植 正臣 <tsuge.masaomi@hinode-sangyo.co.jp>",
    "to": ["漆原 奈緒 <urushibara@workdesign-lab.co.jp>"],
    "subject": "長時間労働是正に向けた3か年計画（案）の送付",
    "body": """【取扱注意】

株式会社ワークデザイン研究所
漆原様

お世話になっております。日の出産業の柘植です。
先日の役員勉強会ではありがとうございました。

ご依頼のありました当社の長時間労働是正3か年計画の案をお送りします。
まだ取締役会にかける前の段階のものです。

■ 目標
　・2027年度までに月80時間超の延べ人数をゼロ、月45時間超を半減
　・物流事業部の時間外を年960時間以内（自動車運転業務の上限）に確実に収める
■ 施策
　1. 勤務間インターバル制度（11時間）の全社導入
　2. 営業本部の事業場外みなし労働時間制を廃止し、実労働時間管理へ移行
　3. 戸田物流センターの夜間帯に自動倉庫を導入（設備投資 約4.2億円）
　4. 管理職評価に部下の時間外削減率を反映

ご意見を頂戴できれば幸いです。
""" + SIG_TSUGE,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the mail is stamped 【取扱注意】 at the top",
},
{
    "id": "chojikan-024",
    "charset": "iso-2022-jp",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "衛生管理者研修 参加者（3名）のご連絡",
    "body": """さくらホテル 宴会予約ご担当 様

お世話になっております。日の出産業の佐伯です。
9月11日の「衛生管理者 実務研修」（桜の間）に当社から参加する3名をお知らせします。
当日受付で名札をご用意いただく際にご利用ください。
急な変更があった場合、ホテル様から直接ご連絡いただけるよう携帯番号も記載します。

・鷲見 大輔（静岡工場 総務課）　　携帯 090-2716-4053
・砂川 まどか（戸田物流センター）　携帯 080-6602-1938
・閏間 沙耶（本社 人事部）　　　　携帯 070-4480-3121

宿泊は鷲見のみ1泊（9/10チェックイン）です。
よろしくお願いいたします。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three attendees with mobile numbers: under five people, may be warned but must go",
},
{
    "id": "chojikan-025",
    "charset": "utf-8",
    "sender": "大貫 哲也 <onuki.tetsuya@hinode-sangyo.co.jp>",
    "to": ["苫米地 玲奈 弁護士 <tomabechi@shirakawa-law.jp>"],
    "subject": "安全配慮義務に関する事前相談（概要メモ）",
    "body": """白川法律事務所
苫米地先生

お世話になっております。日の出産業の大貫です。
来週のご相談に先立ち、事案の概要を共有いたします。

・対象者：営業本部所属の40代男性社員（勤続15年、課長代理）
・経過：昨年10月から12月にかけて月100～120時間の時間外労働。
　1月に心療内科でうつ病と診断され、2月から休職中。
・本人は業務起因性を主張し、労災申請を検討しているとのこと。
・当社の面接指導は、本人の申出がなかったため実施していない。

会社としての責任の範囲と、労災申請への協力の在り方についてご助言を
いただきたく存じます。
""" + SIG_ONUKI,
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "either: diagnosis of an unnamed employee, but department, age band, tenure and title may identify him inside the firm",
},
{
    "id": "chojikan-026",
    "charset": "cp932",
    "sender": "蒔田 里奈 <makita.rina@hinode-sangyo.co.jp>",
    "to": ["青嵐健康管理協会 予約センター <yoyaku@seiran-kenko.or.jp>"],
    "subject": "深夜業従事者 特定業務健診の追加予約（2名）",
    "body": """一般財団法人 青嵐健康管理協会
予約センター 田所様

お世話になっております。日の出産業 静岡工場 総務課の蒔田です。

7月から夜勤シフトに入った2名について、深夜業従事者の特定業務従事者健康診断
（配置替え時）の追加予約をお願いいたします。
受診日は8月19日（火）午前の巡回健診に合わせていただけますと幸いです。

1) 氏名：鵜飼 颯太（ウカイ ソウタ）　生年月日：2001年3月14日　男
   保険者番号：06271459　被保険者証 記号：4102　番号：3871
2) 氏名：楪 ゆかり（ユズリハ ユカリ）　生年月日：1996年12月2日　女
   保険者番号：06271459　被保険者証 記号：4102　番号：4410

請求は従来どおり工場総務課宛てでお願いします。
""" + SIG_MAKITA,
    "expect": "stop",
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "identifier: two employees' health insurance card symbols and numbers sent to the health-check provider",
},
{
    "id": "chojikan-027",
    "charset": "iso-2022-jp",
    "sender": "蒔田 里奈 <makita.rina@hinode-sangyo.co.jp>",
    "to": ["青嵐健康管理協会 予約センター <yoyaku@seiran-kenko.or.jp>"],
    "subject": "下期 特定業務従事者健診（深夜業）受診者名簿",
    "body": """青嵐健康管理協会 予約センター 御中

いつもお世話になっております。日の出産業 静岡工場の蒔田です。
下期（11月）の深夜業従事者 定期健診の受診者名簿をお送りします。

ＮＯ　氏名　　　　　　フリガナ　　　　　　　生年月日　　　　　　性別　シフト
－－　－－－－－－－－　－－－－－－－－－－　－－－－－－－－－　－－　－－－－
１　　鷲見　大輔　　　スミ　ダイスケ　　　　昭和５８年４月２日　　男　　三交替Ａ
２　　比嘉　みのり　　ヒガ　ミノリ　　　　　平成２年１１月３日　　女　　三交替Ｂ
３　　佐々木　亘　　　ササキ　ワタル　　　　昭和５９年２月２８日　男　　三交替Ａ
４　　鵜飼　颯太　　　ウカイ　ソウタ　　　　平成１３年３月１４日　男　　夜勤専従
５　　楪　ゆかり　　　ユズリハ　ユカリ　　　平成８年１２月２日　　女　　三交替Ｃ
６　　久留須　剛　　　クルス　ツヨシ　　　　昭和５１年７月９日　　男　　三交替Ｂ
７　　アルバレス・ルイス　アルバレス　ルイス　平成５年５月２１日　　男　　夜勤専従

問診票は前回と同様、10月末までに工場宛てにお送りください。
""" + SIG_MAKITA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "list: seven night-shift workers with kana and 和暦 birth dates in full-width columns",
},
{
    "id": "chojikan-028",
    "charset": "utf-8",
    "sender": "森下 圭介 <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["中央労働基準監督署 監督官 仁平様 <nihira@chuo-roukisho.go.jp>"],
    "subject": "Re: 臨検監督の日程について（日の出産業）",
    "body": """中央労働基準監督署
労働基準監督官 仁平様

お世話になっております。日の出産業 人事部の森下でございます。
ご連絡いただきました臨検監督につきまして、下記の日程で承知いたしました。

　日時：2025年10月14日（火）13:30～
　場所：日の出ビル 7階 第2会議室
　当社出席者：人事部長 柘植、労務課長 森下、労務課 佐伯

ご指示のあった以下の書類を準備しておきます。
　・時間外労働・休日労働に関する協定届（控）
　・就業規則、賃金規程
　・労働者名簿、賃金台帳、出勤簿（直近3か月分）
　・長時間労働者に対する面接指導の実施記録
　・衛生委員会の議事録（直近1年分）

ビル1階の受付で「人事部 森下」をお呼び出しください。
""" + SIG_MORISHITA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "confirming an inspection date and the documents to be shown: the documents are named, not sent",
},
{
    "id": "chojikan-029",
    "charset": "utf-8",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["石動 亮 先生 <isurugi@oh-partners.jp>"],
    "subject": "8月訪問分の事前資料（PDF・パスワード保護）",
    "body": """石動先生

お世話になっております。健康管理室の内海です。
8月6日のご訪問に向けて、面談対象者の勤怠記録と疲労蓄積度チェックリストを
PDFにまとめました。

PDFにはパスワードを設定しております。パスワードは先生の携帯にSMSで
お送りしますのでご確認ください。
""" + SIG_UTSUMI,
    "attachments": [{
        "kind": "pdf",
        "name": "0806_面談事前資料.pdf",
        "password": "Oh0806-visit",
        "lines": ["面接指導 事前資料", "対象者：7名", "勤怠記録（5～7月）、疲労蓄積度自己診断チェックリスト"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: password-protected PDF",
},
{
    "id": "chojikan-030",
    "charset": "utf-8",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["五十嵐 ほのか <igarashi.honoka@kokoro-link.co.jp>"],
    "subject": "高ストレス者のうち面接指導希望者の一覧",
    "body": """こころリンク株式会社
五十嵐様

お世話になっております。日の出産業 健康管理室の内海です。

今年度のストレスチェックの結果、高ストレス者と判定された方のうち、
本人の同意を得て医師面接・カウンセリングを希望された方の一覧を添付します。
カウンセラーの割り当てをお願いいたします。

連絡は記載のメールアドレス宛てに直接お願いいたします。
""" + SIG_UTSUMI,
    "attachments": [{
        "kind": "csv",
        "name": "高ストレス者_面談希望.csv",
        "encoding": "utf-8-sig",
        "rows": [
            ["No", "氏名", "所属", "連絡先メール", "判定", "ストレス要因（本人申告）", "時間外(直近3か月平均)"],
            ["1", "鳰川 健吾", "物流事業部 輸送課", "niogawa.kengo@hinode-sangyo.co.jp", "高ストレス", "長時間労働・不眠", "99.0"],
            ["2", "閏間 沙耶", "人事部", "uruma.saya@hinode-sangyo.co.jp", "高ストレス", "人間関係", "18.5"],
            ["3", "仲宗根 舞", "開発部 第一開発課", "nakasone.mai@hinode-sangyo.co.jp", "高ストレス", "業務量・パニック発作の既往", "80.5"],
            ["4", "小鳥遊 杏", "物流事業部 倉庫管理課", "takanashi.an@hinode-sangyo.co.jp", "高ストレス", "夜勤・適応障害で通院中", "42.0"],
            ["5", "宇留野 陽平", "生産管理部", "uruno.yohei@hinode-sangyo.co.jp", "高ストレス", "業務量", "58.0"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive list: five named high-stress employees with mental-health remarks to the EAP provider",
},
{
    "id": "chojikan-031",
    "charset": "iso-2022-jp",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["五十嵐 ほのか <igarashi.honoka@kokoro-link.co.jp>"],
    "subject": "集団分析結果を踏まえた職場環境改善ワークショップのご相談",
    "body": """こころリンク株式会社
五十嵐様

お世話になっております。健康管理室の内海です。
先日ご提出いただいた集団分析結果、衛生委員会で報告いたしました。

総合健康リスクが120を超えた以下の部署で、職場環境改善ワークショップを
実施したいと考えております。

　部署（受検者数）　　　　量的負担　コントロール　上司支援　同僚支援　総合健康リスク
　物流事業部 輸送課（41）　　 10.9　　　 6.1　　　　 6.3　　　 7.4　　　　 131
　営業本部 法人営業二課（17）　 10.2　　　 7.0　　　　 6.0　　　 7.9　　　　 124
　開発部 第二開発課（22）　　　 9.8　　　 7.2　　　　 6.9　　　 7.1　　　　 121
　全社平均（498）　　　　　　　 8.9　　　 7.9　　　　 7.6　　　 8.2　　　　 102

※10名未満の部署は集計対象外としています。
実施時期と費用のお見積りをお願いできますでしょうか。
""" + SIG_UTSUMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "statistics: stress-check group analysis by department (groups of 10+), no individual results",
},
{
    "id": "chojikan-032",
    "charset": "cp932",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["鷲見 大輔 <sumi.daisuke@hinode-sangyou.co.jp>"],
    "subject": "静岡工場 7月度 45時間超過者の確認依頼",
    "body": """鷲見さん

お疲れ様です。本社労務課の佐伯です。
静岡工場の7月度の勤怠締めで、月45時間を超えた方の一覧です。
特別条項の発動手続（事前申請）が出ているかご確認ください。

社員番号　氏名　　　　所属　　　時間外　申請
H30218　比嘉 みのり　製造一課　52.0h　有
H30344　久留須 剛　　製造二課　61.5h　無
H30502　佐々木 亘　　保全課　　47.0h　有
H30617　鵜飼 颯太　　製造一課　49.5h　無
H30703　楪 ゆかり　　品質管理　45.5h　無

申請が無い方は、所属長に始末書ではなく事後報告書の提出をお願いします。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "look-alike: hinode-sangyou.co.jp (a 'u' added) is not the internal domain; it also carries a five-person overtime list",
},
{
    "id": "chojikan-033",
    "charset": "utf-8",
    "sender": "喜屋武 健 <kyan.ken@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 運行管理 志喜屋様 <shikiya@aoba-unyu.co.jp>"],
    "subject": "傭車ドライバーの拘束時間（改善基準告示）確認のお願い",
    "body": """青葉運輸株式会社
運行管理課 志喜屋様

いつもお世話になっております。日の出産業 物流事業部の喜屋武です。

4月からの改善基準告示の改正（1か月の拘束時間 原則284時間）を受け、
当社ルートを担当いただいているドライバーの方の拘束時間を当社側の入退場記録で
集計しました。貴社の運転日報と突き合わせをお願いできますでしょうか。

氏名\t携帯\t担当ルート\t7月拘束時間\t最長連続運転
桃原 一輝\t090-3184-7725\t戸田→静岡 定期便\t291h\t4h10m
嵩原 勇人\t080-7716-2059\t戸田→仙台 夜行便\t278h\t3h55m
我如古 聡\t070-2405-6188\t戸田→大阪 定期便\t302h\t4h35m
瑞慶覧 亮太\t090-8832-0417\t戸田 市内配送\t246h\t2h20m
当真 和也\t080-1150-3396\t戸田→名古屋 定期便\t287h\t4h05m
与那覇 隼\t090-6620-7841\t戸田→静岡 臨時便\t265h\t3h40m

284時間を超えている方がいらっしゃるため、来月の配車について一度ご相談させてください。
""" + SIG_KYAN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: six drivers' names, mobile numbers and working hours, tab-separated, to the haulage partner",
},
{
    "id": "chojikan-034",
    "charset": "iso-2022-jp",
    "sender": "喜屋武 健 <kyan.ken@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 物流課 <butsuryu@kitaguni-foods.co.jp>"],
    "subject": "夜間納品の入構予定車両のご連絡（9月分）",
    "body": """北国フーズ株式会社
物流課 ご担当者様

いつもお世話になっております。日の出産業 物流事業部の喜屋武です。

ドライバーの拘束時間短縮のため、9月から貴社石狩センターへの納品を
夜間帯（22時～翌5時）に一部移行させていただきます。
入構予定の車両は以下の通りです。

　運送会社　　　車両番号　　　　　　　車種　　　　納品曜日
　青葉運輸　　　大宮 100 か 12-48　　 10t ウイング　月・木
　青葉運輸　　　大宮 100 か 30-17　　 10t ウイング　火・金
　はやて物流　　札幌 130 あ 77-02　　 4t 冷凍　　　 水
　日の出産業　　所沢 100 さ 5-61　　 4t 平ボディ　 土

荷待ち時間削減のため、到着予約システムでの時間指定を併用いたします。
""" + SIG_KYAN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of vehicles and haulage companies, no person's data",
},
{
    "id": "chojikan-035",
    "charset": "iso-2022-jp",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["静岡労働基準監督署 <kantoku@shizuoka-roukisho.go.jp>"],
    "subject": "36協定届（静岡工場）郵送のご連絡",
    "body": """静岡労働基準監督署 御中

お世話になっております。日の出産業株式会社 人事部の佐伯です。

静岡工場の時間外労働・休日労働に関する協定届（正本・控の2部）を、
本日簡易書留にて発送いたしました。控えには受付印を押印のうえ、
同封の返信用封筒にてご返送くださいますようお願いいたします。

　追跡番号：3419-8827-6503
　同封書類：協定届（様式第9号の2）、協定書写し、返信用封筒（切手貼付済）

ご査収のほど、よろしくお願い申し上げます。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a tracking number and a filing notice: no personal data",
},
{
    "id": "chojikan-036",
    "charset": "utf-8",
    "sender": "Masaomi Tsuge <tsuge.masaomi@hinode-sangyo.co.jp>",
    "to": ["Claire Donnelly <claire.donnelly@meridian-hr.com>"],
    "subject": "Working-hours reform roadmap - draft for your review",
    "body": """Dear Claire,

Thank you for the productive call last Thursday.

As promised, please find attached our draft roadmap for reducing long working
hours across our Japanese sites, including the planned abolition of the "deemed
working hours" scheme for the sales force and the capital plan for the Toda
logistics centre.

We would appreciate your benchmark against the practices of your other clients
in the manufacturing and logistics sectors before our board meeting on 22 October.

Best regards,

Masaomi Tsuge
Executive Officer, Head of Human Resources
Hinode Sangyo Co., Ltd.
3-4-5 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
""" + DISCLAIMER_EN,
    "attachments": [{
        "kind": "pdf",
        "name": "Hinode_WorkingHours_Roadmap_draft.pdf",
        "title": "Working-hours reform roadmap (draft)",
        "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
        "lines": [
            "Working-hours reform roadmap FY2025-FY2027 (draft)",
            "1. Targets: zero employees above 80 h overtime per month by FY2027",
            "2. Abolish deemed working hours for sales (86 employees)",
            "3. Automated warehouse at Toda: capex JPY 420 million",
            "4. 11-hour rest interval for all employees",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the attached PDF carries a CONFIDENTIAL footer on every page (the mail's disclaimer alone would not count)",
},
{
    "id": "chojikan-037",
    "charset": "utf-8",
    "sender": "Keisuke Morishita <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["Jonas Krämer <j.kraemer@kraemer-werke.de>"],
    "subject": "Re: Overtime rules for your engineers seconded to Shizuoka",
    "body": """Dear Mr. Krämer,

Thank you for your question about the working-time rules that will apply to your
engineers during their secondment to our Shizuoka plant.

In short:
- Statutory working hours in Japan are 8 hours a day and 40 hours a week.
- Overtime is only lawful under a labour-management agreement (the so-called
  "Article 36 agreement"). Our agreement allows 45 hours a month and 360 hours a
  year as a rule, and up to 720 hours a year in exceptional months.
- Overtime and holiday work together must stay below 100 hours in any month and
  average 80 hours or less over any 2 to 6 months.
- Employees exceeding 80 hours in a month are offered an interview with our
  occupational physician.

Time will be recorded in our cloud attendance system with an IC card; we will set
up accounts once we receive the list of participants through the usual channel.

Kind regards,
Keisuke Morishita
Manager, Labour Relations, Human Resources Department
Hinode Sangyo Co., Ltd.  Tel +81-3-5201-4471
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English explanation of Japanese overtime rules to a foreign partner; no personal data",
},
{
    "id": "chojikan-038",
    "charset": "iso-2022-jp",
    "sender": "大貫 哲也 <onuki.tetsuya@hinode-sangyo.co.jp>",
    "to": ["白川 直樹 弁護士 <shirakawa@shirakawa-law.jp>"],
    "subject": "物流事業部社員の就業継続に関するご相談",
    "body": """白川法律事務所
白川先生

お世話になっております。日の出産業の大貫です。

下記社員の取扱いについて、安全配慮義務の観点からご意見を伺いたく存じます。

　氏名：鬼頭 秀和（物流事業部 輸送課、52歳）
　状況：2022年に急性心筋梗塞で入院・ステント留置の既往あり。現在も服薬中。
　　　　6月の時間外は98.5時間、7月も90時間超の見込み。
　　　　産業医は時間外を月45時間以内に制限する意見だが、
　　　　本人は収入減を理由に制限を拒否している。

本人の意思に反して時間外を制限することの可否、配置転換を命じる場合の
留意点についてご教示ください。
""" + SIG_ONUKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named employee's cardiac history and medication sent to the partner law firm",
},
{
    "id": "chojikan-039",
    "charset": "cp932",
    "sender": "菅生 恵 <sugo.megumi@hinode-sangyo.co.jp>",
    "to": ["藤代 梓 <fujishiro@yamane-sr.jp>"],
    "subject": "RE: 割増賃金の再計算結果について",
    "body": """藤代様

お世話になっております。菅生です。
再計算のご対応ありがとうございました。内容を確認し、差額は9月25日の給与で
精算いたします。対象者への説明文書は当方で作成します。

取り急ぎお礼まで。

菅生

-----Original Message-----
From: 藤代 梓 <fujishiro@yamane-sr.jp>
Sent: Tuesday, September 2, 2025 5:41 PM
To: 菅生 恵 <sugo.megumi@hinode-sangyo.co.jp>
Subject: 割増賃金の再計算結果について

日の出産業 菅生様

60時間超の割増率誤り（25%で計算されていた件）の再計算結果です。

社員番号  氏名          対象月   60h超時間  差額(円)   振込先
H10912   宍戸 謙三      4月      32.0      18,240    みどり銀行 日本橋支店 普通 3087241
H11375   五百旗頭 誠    4月      11.5       6,118    みどり銀行 本店営業部 普通 1169052
H20417   鳰川 健吾      5月      37.5      17,063    さいたま信用金庫 戸田支店 普通 0428816
H20433   鬼頭 秀和      6月      38.5      18,326    みどり銀行 戸田支店 普通 2205573
H20561   東海林 美月    5月      32.5      14,820    みどり銀行 浦和支店 普通 4410938

山根社会保険労務士法人 藤代
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply: the five-person pay list with bank accounts is only in the quoted original from the attorney herself",
},
{
    "id": "chojikan-040",
    "charset": "utf-8",
    "sender": "森下 圭介 <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["ネクストスタッフ 真栄田様 <maeda.sho@nextstaff.co.jp>",
           "テンプウェーブ 営業部 <sales@tempwave.jp>"],
    "cc": ["サンキャリア 派遣事業部 <haken@sun-career.co.jp>"],
    "subject": "派遣スタッフの時間外労働上限遵守に関するお願い（派遣元各社様）",
    "body": """派遣元各社 ご担当者様

いつもお世話になっております。日の出産業 人事部の森下です。

年末の繁忙期を前に、派遣スタッフの皆様の時間外労働について改めてお願いです。
派遣スタッフの方の時間外労働は貴社の36協定の範囲内で行う必要があるため、
各社様の協定の限度時間（特別条項の有無・上限）を改めてご教示ください。

当社では11月から、派遣スタッフの月間時間外が35時間に達した時点で
派遣元様にアラートメールが送られるよう勤怠システムを設定する予定です。

ご回答は10月17日までにお願いいたします。
""" + SIG_MORISHITA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: three competing temp agencies in To/Cc can see each other",
},
{
    "id": "chojikan-041",
    "charset": "iso-2022-jp",
    "sender": "蒔田 里奈 <makita.rina@hinode-sangyo.co.jp>",
    "to": ["みなと国際協同組合 監理責任者 <kanri@minato-kanri.or.jp>"],
    "subject": "技能実習生の時間外労働について（ご報告）",
    "body": """みなと国際協同組合
監理責任者 様

お世話になっております。日の出産業 静岡工場の蒔田です。

8月の定期監査の前にご報告です。受注増により、下記の技能実習生の7月の
時間外労働が36協定の限度時間である45時間を超えてしまいました。
本人への割増賃金は適正に支払済みで、8月以降は30時間以内に抑えます。

　氏名：グエン・ティ・トゥ・ハ（NGUYEN THI THU HA）
　在留カード番号：SK48203917MA
　在留資格：技能実習第2号ロ（有効期限 2026年4月17日）
　配属：製造二課
　7月時間外：51.5時間（うち深夜 6時間）

是正報告書の様式があればお送りください。
""" + SIG_MAKITA,
    "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "identifier: a technical intern's residence card number sent to the supervising organisation",
},
{
    "id": "chojikan-042",
    "charset": "utf-8",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["久能 静香 先生 <s.kuno@kuno-naika.jp>"],
    "subject": "健康情報取扱規程の改定案（ご意見のお願い）",
    "body": """久能先生

お世話になっております。健康管理室の内海です。

長時間労働者の面接指導結果やストレスチェック結果など、機密性の高い健康情報の
取扱いについて、社内規程を見直しております。改定案の要点は以下の通りです。

・面接指導の結果のうち、診断名や検査値などの生データは健康管理室のみで保管
・人事部には「就業上の措置に必要な範囲」に加工した意見のみを提供
・所属長への情報提供は、本人の同意を得た範囲に限定
・記録の保存期間を5年とし、退職後も同様

メンタルヘルス不調や持病に関する情報を、どこまで所属長と共有すべきかについて
先生のお考えを伺えますと幸いです。
""" + SIG_UTSUMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about a rule for handling health data: the words 機密 and mental health are mentioned, no person, no marking",
},
{
    "id": "chojikan-043",
    "charset": "cp932",
    "sender": "平良 光 <taira.hikaru@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    "subject": "【問合せ】月次集計表のエクスポートファイルが開けません",
    "body": """ツバサシステム サポートデスク 御中

お世話になっております。日の出産業の平良です（契約番号 TS-77120）。

管理画面の「月次集計表（時間外・休日・深夜）」からエクスポートしたExcelファイルが、
Excelで開こうとすると「ファイルが破損しています」と表示されます。
ファイルを添付しますので、原因を調査いただけますでしょうか。

発生日時：8月4日 9:12頃
操作：月次集計 > 2025年7月 > 全事業場 > Excel出力
""" + SIG_TAIRA,
    "attachments": [{"kind": "corrupt", "name": "monthly_summary_202507.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: corrupt XLSX export attached to a support request",
},
{
    "id": "chojikan-044",
    "charset": "utf-8",
    "sender": "菅生 恵 <sugo.megumi@hinode-sangyo.co.jp>",
    "to": ["粟野 拓真 <awano.takuma@akebono-audit.jp>"],
    "subject": "【期末監査】未払残業代引当に係るサンプル抽出資料",
    "body": """あけぼの監査法人
粟野様

いつもお世話になっております。日の出産業 給与厚生グループの菅生です。

ご依頼いただいた未払残業代引当金の検証用サンプル（8名分）の資料を
PDFでお送りします。勤怠記録（PCログオン・オフ時刻との乖離）と
給与支給額の対比表です。
""" + SIG_SUGO,
    "attachments": [{
        "kind": "pdf",
        "name": "サンプル抽出_勤怠乖離対比表.pdf",
        "title": "勤怠乖離対比表",
        "lines": ["未払残業代引当 検証用サンプル（2025年3月度）", ""],
        "table": [
            ["社員番号", "氏名", "所属", "申告時間外", "PCログ時間外", "乖離", "基本給", "支給残業代"],
            ["H10912", "宍戸 謙三", "法人営業二課", "20.0", "61.5", "41.5", "412,000", "0（みなし）"],
            ["H11375", "五百旗頭 誠", "法人営業二課", "20.0", "48.0", "28.0", "368,000", "0（みなし）"],
            ["H11208", "百々 香澄", "法人営業一課", "32.5", "39.0", "6.5", "301,000", "71,820"],
            ["H20417", "鳰川 健吾", "輸送課", "88.0", "91.0", "3.0", "286,000", "201,150"],
            ["H20561", "東海林 美月", "倉庫管理課", "62.0", "70.5", "8.5", "274,000", "136,400"],
            ["H11640", "四十物 玲", "第一開発課", "41.0", "55.5", "14.5", "318,000", "104,980"],
            ["H30344", "久留須 剛", "製造二課", "38.0", "38.5", "0.5", "295,000", "87,650"],
            ["H11529", "塙 大地", "経理部", "45.5", "59.0", "13.5", "332,000", "118,210"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "list: eight employees' hours and pay in a PDF table sent to the auditors",
},
{
    "id": "chojikan-045",
    "charset": "iso-2022-jp",
    "sender": "菅生 恵 <sugo.megumi@hinode-sangyo.co.jp>",
    "to": ["久能内科クリニック 事務長 <jimu@kuno-naika.jp>"],
    "subject": "嘱託産業医報酬（7月分）お支払いのご案内",
    "body": """医療法人社団 静和会 久能内科クリニック
事務長様

いつもお世話になっております。日の出産業の菅生です。

7月分の嘱託産業医報酬につきまして、ご請求書（請求番号 SW-2507-031、
登録番号 T8301045678123）を受領いたしました。
下記のとおりお支払いいたします。

　お支払金額：165,000円（うち消費税15,000円）
　内訳：定期訪問 2回、面接指導 追加1回（7/23）
　お支払日：8月29日（金）
　振込先：みどり銀行 日本橋支店 普通 ご登録口座

今後ともよろしくお願い申し上げます。
""" + SIG_SUGO,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "payment notice to the clinic with an invoice number and the clinic's T-number; business data only",
},
{
    "id": "chojikan-046",
    "charset": "utf-8",
    "sender": "喜屋武 健 <kyan.ken@hinode-sangyo.co.jp>",
    "to": ["志喜屋 <shikiya@aoba-unyu.jp>"],
    "subject": "Re: 9月の配車計画と荷待ち時間の削減について",
    "body": """青葉運輸株式会社
志喜屋様

お世話になっております。日の出産業の喜屋武です。

9月の配車計画の件、承知しました。静岡定期便の出発時刻を30分前倒しし、
荷待ち時間を平均1時間以内に抑えるよう当社側でバース予約を調整します。

また、荷主として運転者の拘束時間短縮に協力すべく、パレット化の範囲を
拡大する予定です。来週の定例会で詳細をご説明します。
""" + SIG_KYAN,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: aoba-unyu.jp drops the 'co.' of partner aoba-unyu.co.jp",
},
{
    "id": "chojikan-047",
    "charset": "iso-2022-jp",
    "sender": "森下 圭介 <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["さいたま労働基準監督署 労災課 <rousai@saitama-roukisho.go.jp>"],
    "subject": "療養補償給付請求に関する事業主意見の提出について",
    "body": """さいたま労働基準監督署
労災課 ご担当 瀬良垣様

お世話になっております。日の出産業株式会社 人事部の森下です。

当社従業員 東海林 美月（平成3年5月8日生、戸田物流センター 倉庫管理課）が
精神障害に係る療養補償給付を請求した件につき、ご依頼のあった事業主意見と
資料を以下の通りご提出いたします。

・本人は2025年8月に「適応障害」と診断され、現在休業中
・発病前6か月の時間外労働：3月78h、4月85h、5月92.5h、6月90h、7月66h
・5月に倉庫管理課の係長へ昇格し、部下10名を担当
・ハラスメントの申告はなし

出勤簿・タイムカードの写しは本日郵送いたしました。
""" + SIG_MORISHITA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named employee's psychiatric diagnosis and DOB in a workers' compensation reply to the inspection office",
},
{
    "id": "chojikan-048",
    "charset": "utf-8",
    "sender": "菅生 恵 <sugo.megumi@hinode-sangyo.co.jp>",
    "to": ["給与厚生グループ <kyuyo@hinode-sangyo.co.jp>"],
    "subject": "休業補償 申請対象者の個人番号（社内処理用）",
    "body": f"""給与厚生グループ各位

お疲れ様です。菅生です。
労災の休業補償給付の申請で個人番号の記載が必要な3名分です。
マイナンバー管理システムへの登録が済み次第、このメールは削除してください。

氏名,個人番号,申請種別
鳰川 健吾,{my_number(SEED + 2)},休業補償給付
東海林 美月,{my_number(SEED + 3)},休業補償給付
廿楽 伸也,{my_number(SEED + 4)},傷病手当金（参考）

菅生
""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": [],
    "note": "all recipients internal (a shared payroll mailbox): My Numbers stay inside the company",
},
{
    "id": "chojikan-049",
    "charset": "cp932",
    "sender": "森下 圭介 <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["藤代 梓 <fujishiro@yamane-sr.jp>"],
    "subject": "FW: 【部長報告】2か月平均80時間超の者について",
    "body": """藤代先生

お世話になっております。森下です。
社内で部長に報告した内容を転送します。
複数月平均80時間の判定方法（休日労働の含め方）が正しいか、ご確認いただけますか。

森下

---------- Forwarded message ----------
差出人: 佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>
送信日時: 2025年8月5日 10:22
宛先: 柘植 正臣 <tsuge.masaomi@hinode-sangyo.co.jp>
件名: 【部長報告】2か月平均80時間超の者について

柘植部長

6～7月の2か月平均で80時間を超えた者は以下の5名です。

【1】鳰川 健吾（ニオガワ ケンゴ）
　　所属：物流事業部 輸送課　入社：2010年4月　生年月日：1982/06/17
　　6月 102.0h ／ 7月 96.0h　平均 99.0h
【2】鬼頭 秀和（キトウ ヒデカズ）
　　所属：物流事業部 輸送課　入社：1996年4月　生年月日：1973/01/30
　　6月 98.5h ／ 7月 91.0h　平均 94.8h
【3】東海林 美月（ショウジ ミツキ）
　　所属：物流事業部 倉庫管理課　入社：2014年4月　生年月日：1991/05/08
　　6月 90.0h ／ 7月 84.5h　平均 87.3h
【4】宍戸 謙三（シシド ケンゾウ）
　　所属：営業本部 法人営業二課　入社：2001年4月　生年月日：1978/05/02
　　6月 88.0h ／ 7月 79.0h　平均 83.5h
【5】薬師寺 隆之（ヤクシジ タカユキ）
　　所属：生産本部 保全課　入社：2005年10月　生年月日：1980/11/24
　　6月 88.5h ／ 7月 75.0h　平均 81.8h

佐伯
""" + SIG_MORISHITA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "list in a forward: five employees' records (kana, DOB, hours) in a forwarded internal mail count as new text",
},
{
    "id": "chojikan-050",
    "charset": "iso-2022-jp",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["石動 亮 先生 <isurugi@oh-partners.jp>"],
    "subject": "9月訪問日の面談希望者（4名）",
    "body": """石動先生

お世話になっております。健康管理室の内海です。
9月10日の訪問日に面談を希望している方は4名です。
先生から直接日時のご連絡をいただける場合は、以下の社用アドレスへお願いします。

　・仲宗根 舞　（第一開発課）　nakasone.mai@hinode-sangyo.co.jp
　・宇留野 陽平（生産管理部）　uruno.yohei@hinode-sangyo.co.jp
　・百々 香澄　（法人営業一課）dodo.kasumi@hinode-sangyo.co.jp
　・塙 大地　　（経理部）　　　hanawa.daichi@hinode-sangyo.co.jp

いずれも8月の時間外が60時間を超えた方で、本人から申出がありました。
""" + SIG_UTSUMI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "four people with work e-mail addresses: under the five-person threshold and no health data, may be warned",
},
{
    "id": "chojikan-051",
    "charset": "utf-8",
    "sender": "菅生 恵 <sugo.megumi@hinode-sangyo.co.jp>",
    "to": ["粟野 拓真 <awano.takuma@akebono-audit.jp>"],
    "subject": "時間外労働の月次推移（監査ご依頼資料 No.14）",
    "body": """あけぼの監査法人
粟野様

お世話になっております。菅生です。
ご依頼資料No.14「時間外労働の月次推移（部門別）」をお送りします。
人件費の期間按分の検証にお使いください。
""" + SIG_SUGO,
    "attachments": [{
        "kind": "xlsx",
        "name": "No14_時間外月次推移.xlsx",
        "page_header": "部外秘",
        "sheets": {
            "月次推移": [
                ["部外秘　時間外労働 月次推移（単位：千時間／百万円）"],
                ["月", "時間外(千h)", "休日(千h)", "深夜(千h)", "割増賃金(百万円)"],
                ["2025-04", 12.4, 1.8, 2.2, 48.6],
                ["2025-05", 12.9, 2.1, 2.4, 51.2],
                ["2025-06", 13.6, 2.3, 2.6, 54.9],
                ["2025-07", 12.1, 1.7, 2.3, 47.8],
                ["2025-08", 10.8, 1.2, 2.0, 42.3],
                ["2025-09", 12.2, 1.6, 2.2, 48.0],
            ],
            "注記": [["本資料は監査目的に限り提供するものです。"]],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the workbook is classified 部外秘 in its title row and page header (aggregate figures only)",
},
{
    "id": "chojikan-052",
    "charset": "cp932",
    "sender": "菅生 恵 <sugo.megumi@hinode-sangyo.co.jp>",
    "to": ["藤代 梓 <fujishiro@yamane-sr.jp>"],
    "subject": "遺族補償給付の請求書類作成のお願い",
    "body": """藤代様

お世話になっております。日の出産業の菅生です。
先日お電話でご相談した件、必要事項を添付の書面にまとめました。
ご遺族のご意向もあり、できるだけ早く請求手続を進めたいと考えております。
""" + SIG_SUGO,
    "attachments": [{
        "kind": "docx",
        "name": "遺族補償給付_請求準備メモ.docx",
        "paragraphs": [
            "遺族補償年金 請求準備メモ（社内作成）",
            "被災労働者：喜瀬 陽一郎（物流事業部 輸送課 運転職）",
        ],
        "tables": [[
            ["項目", "内容"],
            ["生年月日", "昭和47年9月22日"],
            ["基礎年金番号", "4417-208365"],
            ["死亡年月日", "2025年7月19日"],
            ["発生状況", "運行中に体調不良を訴え、搬送先の病院で死亡"],
            ["請求人", "配偶者 喜瀬 佳代子"],
            ["請求人住所", "埼玉県川口市芝新町11番24号"],
            ["発症前6か月の時間外", "平均 84.6 時間（最大 103 時間）"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "identifier: a deceased driver's basic pension number, DOB and the widow's address in a DOCX to the labour attorney",
},
{
    "id": "chojikan-053",
    "charset": "iso-2022-jp",
    "sender": "森下 圭介 <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["仁平 <nihira@chuo-roukisho.go.jp>"],
    "subject": "臨検時にご依頼の労働者名簿（法人営業二課）の提出",
    "body": """中央労働基準監督署
仁平監督官

お世話になっております。日の出産業の森下です。
10月14日の臨検の際にご依頼いただいた、法人営業二課の労働者名簿および
9月分の出勤簿をZIPファイルにまとめてお送りいたします。

事業場外みなし労働時間制の適用状況に関する説明資料は、
10月31日までに別途ご提出いたします。
""" + SIG_MORISHITA,
    "attachments": [{
        "kind": "zip",
        "name": "提出資料_法人営業二課.zip",
        "files": [
            {"kind": "csv", "name": "労働者名簿_法人営業二課.csv", "encoding": "cp932",
             "rows": [
                 ["氏名", "性別", "生年月日", "住所", "雇入年月日", "業務の種類"],
                 ["宍戸 謙三", "男", "1978/05/02", "東京都江東区南砂7丁目3番12号", "2001/04/01", "法人営業"],
                 ["五百旗頭 誠", "男", "1986/07/21", "千葉県市川市八幡4丁目18番5-402", "2009/04/01", "法人営業"],
                 ["汐見 瑠璃", "女", "1992/10/04", "東京都品川区西大井2丁目9番3号", "2015/04/01", "法人営業"],
                 ["真壁 昂", "男", "1995/02/13", "神奈川県横浜市港北区日吉本町1丁目30番8号", "2018/04/01", "法人営業"],
                 ["及川 千紘", "女", "1997/08/29", "埼玉県川口市幸町3丁目7番21号", "2020/04/01", "営業事務"],
                 ["長嶺 辰徳", "男", "1983/12/11", "東京都練馬区光が丘5丁目1番1-1108", "2006/04/01", "法人営業"],
                 ["椎葉 こころ", "女", "1999/06/06", "東京都足立区梅島1丁目22番4号", "2022/04/01", "法人営業"],
             ]},
            {"kind": "xlsx", "name": "出勤簿_202509.xlsx",
             "sheets": {"9月": [["氏名", "出勤日数", "労働時間", "時間外"],
                                ["宍戸 謙三", 21, 168.0, 20.0],
                                ["五百旗頭 誠", 20, 160.0, 20.0],
                                ["汐見 瑠璃", 21, 176.5, 8.5],
                                ["真壁 昂", 19, 162.0, 10.0],
                                ["及川 千紘", 21, 170.0, 2.0],
                                ["長嶺 辰徳", 20, 160.0, 20.0],
                                ["椎葉 こころ", 21, 175.0, 7.0]]}},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: a seven-person worker register with birth dates and home addresses inside a plain ZIP, to the inspector",
},
{
    "id": "chojikan-054",
    "charset": "utf-8",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 石嶺様 <ishimine@nishiki-insatsu.co.jp>"],
    "subject": "36協定 周知用ポスター 印刷のお見積り依頼",
    "body": """錦印刷株式会社
営業部 石嶺様

いつもお世話になっております。日の出産業 人事部の佐伯です。

36協定の内容を各事業場で周知するためのポスターの印刷をお願いしたく、
お見積りをお願いいたします。デザイン案をPDFでお送りします。

　サイズ：A2（420×594mm）　用紙：マットコート 135kg
　部数：60部（本社20、戸田15、静岡20、各営業所5）
　納期：3月25日（火）各事業場へ直送
　品番：前回発注時の HNP-2024-036 と同仕様

よろしくお願いいたします。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "pdf",
        "name": "36協定周知ポスター_デザイン案.pdf",
        "lines": [
            "時間外労働・休日労働に関する協定（36協定）のお知らせ",
            "有効期間：2026年4月1日～2027年3月31日",
            "限度時間：1か月45時間・1年360時間",
            "特別条項：1か月95時間未満（休日労働含む）・1年720時間・年6回まで",
            "健康確保措置：医師による面接指導、勤務間インターバル",
            "お問い合わせ：人事部 労務課（内線2173）",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "print order for a notice poster with a product code: no personal data",
},
{
    "id": "chojikan-055",
    "charset": "cp932",
    "sender": "蒔田 里奈 <makita.rina@hinode-sangyo.co.jp>",
    "to": ["久能 静香 先生 <s.kuno@kuno-naika.jp>"],
    "subject": "深夜業従事者健診の有所見者について（就業判定のお願い）",
    "body": """久能先生

お世話になっております。静岡工場の蒔田です。
8月の深夜業従事者健診で有所見となった4名について、
就業判定（通常勤務／就業制限／要休業）をお願いいたします。
健診結果の抜粋を添付します。
""" + SIG_MAKITA,
    "attachments": [{
        "kind": "xlsx",
        "name": "深夜業健診_有所見者_202508.xlsx",
        "sheets": {
            "有所見者": [
                ["氏名", "年齢", "シフト", "所見", "判定区分", "前回判定"],
                ["久留須 剛", 49, "三交替B", "血圧 172/108、心電図 左室肥大", "要治療", "要経過観察"],
                ["鵜飼 颯太", 24, "夜勤専従", "ALT 98、γ-GTP 214", "要精密検査", "―"],
                ["比嘉 みのり", 34, "三交替B", "HbA1c 7.8%（糖尿病治療中）", "要治療継続", "要治療"],
                ["アルバレス・ルイス", 32, "夜勤専従", "睡眠障害の自覚症状、BMI 31.2", "要経過観察", "―"],
            ],
            "判定欄": [["氏名", "就業判定", "医師所見"], ["久留須 剛", "", ""], ["鵜飼 颯太", "", ""],
                       ["比嘉 みのり", "", ""], ["アルバレス・ルイス", "", ""]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: health-check findings of four named night workers (fewer than five, but medical data)",
},
{
    "id": "chojikan-056",
    "charset": "iso-2022-jp",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["kengo.niogawa@gmail.com"],
    "subject": "復職判定面談の結果について",
    "body": """鳰川 健吾 様

ご療養お疲れ様です。健康管理室の内海です。
先日の産業医面談の結果をお伝えします。

石動先生からは、主治医の診断書（うつ病・不眠症、症状は寛解）を踏まえ、
下記の条件で10月1日からの復職が可能との意見をいただきました。

　・復職後3か月は時間外労働・深夜業・休日出勤を禁止
　・運転業務には当面従事しない（睡眠導入剤を服用中のため）
　・月1回の産業医面談を継続

会社としての正式な決定は、所属長との面談のあと人事部からお知らせします。
ご不明な点があればいつでもご連絡ください。
""" + SIG_UTSUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "sensitive: diagnosis and medication of a named employee sent to a private gmail address",
},
{
    "id": "chojikan-057",
    "charset": "utf-8",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "管理職向け 労働時間管理研修 会場のご予約",
    "body": """さくらホテル 宴会予約ご担当 様

いつもお世話になっております。日の出産業 人事部の佐伯です。
下記の研修の会場予約をお願いいたします。

　研修名：管理職向け 労働時間管理研修（講師：山根社会保険労務士法人）
　日時：2025年11月20日（木）13:00～17:00
　人数：48名（スクール形式）
　設備：プロジェクター、マイク2本、演台
　飲食：休憩時にコーヒー・お茶（48名分）

お見積書（宛名：日の出産業株式会社 人事部）をお送りいただけますでしょうか。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary venue booking with a head count",
},
{
    "id": "chojikan-058",
    "charset": "iso-2022-jp",
    "sender": "森下 圭介 <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["大河内 <okochi.jun@kawasaki-denki.com>"],
    "subject": "出向者の勤怠締め日変更のご相談",
    "body": """川崎電機株式会社
大河内様

お世話になっております。日の出産業の森下です。

当社の勤怠システム切替に伴い、10月度から勤怠の締め日を毎月末日から
毎月20日に変更することになりました。
出向者の皆様の時間外実績のご報告も20日締めに変わりますが、
貴社の給与計算に影響がないかご確認いただけますでしょうか。
""" + SIG_MORISHITA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: kawasaki-denki.com is a TLD swap of partner kawasaki-denki.co.jp",
},
{
    "id": "chojikan-059",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>ひかり交通株式会社<br>法人営業課 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 総務部です。</p>
<p>8月分のタクシーチケット請求明細と当社の深夜残業記録を照合したところ、
下記5件について利用者の申告と降車地が一致しませんでした。
乗務記録のご確認をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>利用日</th><th>チケットNo.</th><th>利用者</th><th>申告降車地（自宅）</th><th>請求額</th></tr>
<tr><td>8/4</td><td>HK-558210</td><td>宍戸 謙三</td><td>東京都江東区南砂7丁目3番12号</td><td>6,820円</td></tr>
<tr><td>8/7</td><td>HK-558233</td><td>百々 香澄</td><td>東京都杉並区阿佐谷北4丁目11番2号</td><td>9,410円</td></tr>
<tr><td>8/19</td><td>HK-558301</td><td>長嶺 辰徳</td><td>東京都練馬区光が丘5丁目1番1-1108</td><td>11,250円</td></tr>
<tr><td>8/21</td><td>HK-558317</td><td>汐見 瑠璃</td><td>東京都品川区西大井2丁目9番3号</td><td>5,980円</td></tr>
<tr><td>8/28</td><td>HK-558366</td><td>塙 大地</td><td>東京都世田谷区経堂3丁目27番15号</td><td>7,160円</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 総務部 総務課<br>TEL 03-5201-4405</p>
</body></html>""",
    "charset": "utf-8",
    "sender": "総務課 <soumu@hinode-sangyo.co.jp>",
    "to": ["ひかり交通 法人営業課 <houjin@hikari-kotsu.co.jp>"],
    "subject": "深夜残業時のタクシー利用 8月分明細の照合",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: five employees' home addresses in an HTML-only table sent to the taxi company",
},
{
    "id": "chojikan-060",
    "charset": "iso-2022-jp",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["kenko@hinode-sangyo.co.jp"],
    "bcc": ["info@kuno-naika.jp", "contact@oh-partners.jp", "harada@harada-clinic.jp",
            "ikeshiro-iin@ikeshiro-iin.jp", "jimukyoku@chiiki-sanpo.or.jp"],
    "subject": "【御礼】地域産業保健連絡会（第3回）資料のご送付",
    "body": """各位

※本メールはBCCにて一斉にお送りしております。

先日は地域産業保健連絡会にご参加いただき、誠にありがとうございました。
当日の資料の公開URLをお知らせいたします（10月末まで閲覧可能）。

　https://files.hinode-sangyo.co.jp/share/sanpo-renrakukai-03

次回は12月上旬の開催を予定しております。
""" + SIG_UTSUMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "several external clinics but all in Bcc (To is internal): recipients cannot see each other",
},
{
    "id": "chojikan-061",
    "charset": "utf-8",
    "sender": "Hinata Saeki <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["Atlas Mobility Japan <japan-desk@atlas-mobility.com>"],
    "subject": "Secondment of our engineer to Krämer Werke - work permit and working-time set-up",
    "body": """Dear Atlas Mobility team,

We are preparing the secondment of one of our engineers from our Shizuoka plant to
Krämer Werke GmbH in Stuttgart. To apply for his German work permit and to register
him in Krämer Werke's time-recording system (German Working Hours Act: max. 10 hours
a day), please find his details below:

  Name:            Tomoyuki Ishigaki (石垣 朋之)
  Date of birth:   15 September 1988
  Nationality:     Japan
  Passport No.:    TK7304189 (valid until 2031-02-20)
  Departure:       12 January 2026 (NH 223, Haneda - Frankfurt)
  Assignment:      Krämer Werke, Production Engineering, 12 months

Please let us know which further documents you need from our side.

Kind regards,
Hinata Saeki
Labour Relations Section, HR Department
Hinode Sangyo Co., Ltd.  +81-3-5201-4473
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "identifier: an employee's passport number with his date of birth, in English, to a relocation firm",
},
{
    "id": "chojikan-062",
    "charset": "cp932",
    "sender": "平良 光 <taira.hikaru@hinode-sangyo.co.jp>",
    "to": ["宮里 陸斗 <miyazato.rikuto@tsubasa-system.jp>", "藤代 梓 <fujishiro@yamane-sr.jp>"],
    "cc": ["久能 静香 先生 <s.kuno@kuno-naika.jp>", "morishita.keisuke@hinode-sangyo.co.jp"],
    "subject": "【Web会議】勤怠アラート設定（80時間超通知）の要件確認",
    "body": """ツバサシステム 宮里様
山根社会保険労務士法人 藤代様
久能先生

お世話になっております。日の出産業 情報システム部の平良です。

新勤怠システムで、時間外・休日労働が月80時間を超えた者を自動で
産業医・本人・人事に通知する機能の要件を確認したく、Web会議を設定しました。

　日時：9月9日（火）17:00～17:45
　Teams：会議リンクは別途招待状でお送りします

法令上の通知要件（本人への労働時間の情報通知）について藤代様に、
医師への情報提供の範囲について久能先生にご意見をいただければ幸いです。
""" + SIG_TAIRA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: three external organisations (vendor, labour attorney, clinic) in To/Cc",
},
{
    "id": "chojikan-063",
    "charset": "iso-2022-jp",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["真栄田 翔 <maeda.sho@nextstaff.co.jp>"],
    "subject": "派遣スタッフ 座喜味様の時間外について",
    "body": """ネクストスタッフ株式会社
真栄田様

お世話になっております。日の出産業の佐伯です。

入出荷2課でご就業中の座喜味 樹様（スタッフID NS-41022）ですが、
8月の時間外が20日時点で41.5時間となっております。
貴社の協定の限度時間（月45時間）を超えないよう、月末までの残業は
当社側で止めますのでご安心ください。

9月以降のシフトについては、来週の定例でご相談させてください。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "one temp worker's overtime hours to her agency: a single person's record, may be warned",
},
{
    "id": "chojikan-064",
    "charset": "utf-8",
    "sender": "菅生 恵 <sugo.megumi@hinode-sangyo.co.jp>",
    "to": ["給与計算センター 担当 <hinode-team@payroll-one.co.jp>"],
    "subject": "8月度 変動項目（時間外・深夜・休日）と振込口座変更者",
    "body": """株式会社ペイロールワン
日の出産業ご担当チーム 御中

お世話になっております。日の出産業の菅生です。
8月度の給与計算用の変動項目ファイルをお送りします（旧形式のxls）。
あわせて、振込口座変更の届出があった方を同じファイルに記載しています。
""" + SIG_SUGO,
    "attachments": [{
        "kind": "xls",
        "name": "変動項目_202508.xls",
        "sheets": {
            "変動項目": [
                ["社員番号", "氏名", "普通残業", "深夜", "法定休日", "60h超"],
                ["H10233", "新発田 弘", 12.0, 0.0, 0.0, 0.0],
                ["H10587", "閏間 沙耶", 18.5, 0.0, 0.0, 0.0],
                ["H10912", "宍戸 謙三", 0.0, 0.0, 8.0, 0.0],
                ["H11042", "伊集院 匠", 26.0, 2.5, 0.0, 0.0],
                ["H11208", "百々 香澄", 64.0, 4.0, 8.0, 4.0],
                ["H20417", "鳰川 健吾", 0.0, 0.0, 0.0, 0.0],
                ["H20561", "東海林 美月", 0.0, 0.0, 0.0, 0.0],
            ],
            "口座変更": [
                ["社員番号", "氏名", "金融機関", "支店", "種別", "口座番号", "適用月"],
                ["H11042", "伊集院 匠", "みどり銀行", "戸田支店", "普通", "6620481", "2025-08"],
                ["H11529", "塙 大地", "東都信用金庫", "経堂支店", "普通", "0093175", "2025-08"],
                ["H11640", "四十物 玲", "みどり銀行", "本店営業部", "普通", "2718830", "2025-09"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "list: seven employees' pay items plus bank accounts in a legacy XLS to the payroll outsourcer",
},
{
    "id": "chojikan-065",
    "charset": "iso-2022-jp",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["藤代 梓 <fujishiro@yamane-sr.jp>"],
    "subject": "各事業場の所轄監督署と届出窓口の一覧",
    "body": """藤代様

お世話になっております。佐伯です。
電話でお話しした、各事業場の所轄監督署の一覧です。電子申請が通らなかった
場合の紙提出先としてご利用ください。

・本社　　　　　→ 中央労働基準監督署　　　東京都中央区日本橋人形町1-2-3　03-5614-2201
・戸田物流Ｃ　　→ さいたま労働基準監督署　埼玉県さいたま市中央区新都心11-2　048-600-4801
・静岡工場　　　→ 静岡労働基準監督署　　　静岡県静岡市葵区追手町9-50　054-252-8106
・大阪支店　　　→ 大阪中央労働基準監督署　大阪府大阪市中央区森ノ宮中央1-15-10　06-7669-8726
・名古屋営業所　→ 名古屋北労働基準監督署　愛知県名古屋市東区白壁1-15-1　052-961-8653

佐伯
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of public offices with addresses and switchboards: businesses, not people",
},
{
    "id": "chojikan-066",
    "charset": "utf-8",
    "sender": "大貫 哲也 <onuki.tetsuya@hinode-sangyo.co.jp>",
    "to": ["白川 直樹 弁護士 <shirakawa@shirakawa-law.jp>"],
    "cc": ["tsuge.masaomi@hinode-sangyo.co.jp"],
    "subject": "【極秘】是正勧告書への対応方針（役員会資料案）",
    "body": """白川先生

お世話になっております。大貫です。

10月14日の臨検の結果、中央労働基準監督署から是正勧告書（労働基準法第32条・
第37条違反）と指導票（事業場外みなし労働時間制の運用見直し）を受領しました。

役員会に諮る対応方針の案を以下にまとめましたので、法的観点から
ご確認いただけますでしょうか。

1. 過去2年分の割増賃金の遡及支払（見込額 約1億1,300万円）
2. 営業職の事業場外みなし労働時間制を12月1日付で廃止
3. 是正報告書の提出期限（11月28日）までにPCログとの乖離調査を完了
4. 対外公表は行わない方針

本件は役員会での決定まで社内でもごく一部の者しか知らない情報です。
""" + SIG_ONUKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the subject is stamped 【極秘】",
},
{
    "id": "chojikan-067",
    "charset": "iso-2022-jp",
    "sender": "森下 圭介 <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["仁平 <nihira@chuo-roukisho.go.jp>"],
    "subject": "是正報告書の提出（日の出産業株式会社）",
    "body": """中央労働基準監督署
仁平監督官

お世話になっております。日の出産業の森下です。
10月14日付の是正勧告に対する是正報告書をPDFにてお送りいたします。
原本は本日郵送いたしました。

ご確認のほどよろしくお願い申し上げます。
""" + SIG_MORISHITA,
    "attachments": [{"kind": "corrupt", "name": "是正報告書_日の出産業.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: the attached PDF is corrupt",
},
{
    "id": "chojikan-068",
    "charset": "cp932",
    "sender": "柘植 正臣 <tsuge.masaomi@hinode-sangyo.co.jp>",
    "to": ["仁平 <nihira@chuo-roukisho.go.jp>"],
    "subject": "臨検監督の御礼",
    "body": """中央労働基準監督署
労働基準監督官 仁平 様

本日はご多忙の中、当社本社事業場の臨検監督にお越しいただき、
誠にありがとうございました。

ご指導いただきました労働時間の適正な把握、特に事業場外で勤務する営業職の
実労働時間の把握につきましては、全社を挙げて改善に取り組んでまいります。
是正状況につきましては、期日までに改めてご報告申し上げます。

今後ともご指導のほど、よろしくお願い申し上げます。
""" + SIG_TSUGE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a thank-you mail after an inspection; nothing personal",
},
{
    "id": "chojikan-069",
    "charset": "utf-8",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["喜瀬 佳代子 様 <kayoko.kise@yahoo.co.jp>"],
    "subject": "ご主人様の救急搬送について（日の出産業 健康管理室）",
    "body": """喜瀬 佳代子 様

突然のご連絡にて失礼いたします。日の出産業 健康管理室の保健師、内海でございます。
先ほどはお電話にて失礼いたしました。改めて状況をお知らせいたします。

ご主人の喜瀬 陽一郎様は、本日14時頃、運行中の休憩地点で胸の痛みを訴えられ、
救急車で浜松市内の病院へ搬送されました。
病院からは、急性大動脈解離の疑いで緊急手術を行うと伺っております。

　搬送先：遠州中央病院（静岡県浜松市中区城北4丁目10番1号）
　　　　　救命救急センター 代表 053-477-0101

会社からは物流事業部の喜屋武が病院に向かっております。
ご移動の手配などお手伝いできることがあれば、私の携帯（090-5530-2291）まで
いつでもご連絡ください。
""" + SIG_UTSUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "sensitive: a named employee's emergency diagnosis sent to his wife's private yahoo address",
},
{
    "id": "chojikan-070",
    "charset": "iso-2022-jp",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["五十嵐 ほのか <igarashi.honoka@kokoro-link.co.jp>"],
    "subject": "FW: ストレスチェック受検対象者（静岡工場追加分）",
    "body": """五十嵐様

お世話になっております。健康管理室の内海です。
静岡工場から追加の受検対象者リストが届きましたので、元のメールごと添付します。
Web受検用のIDの発行をお願いいたします。

内海
""",
    "attachments": [{
        "kind": "eml",
        "name": "ストレスチェック受検対象者_静岡工場追加分.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "蒔田 里奈 <makita.rina@hinode-sangyo.co.jp>",
            "to": ["utsumi.sayori@hinode-sangyo.co.jp"],
            "subject": "ストレスチェック受検対象者（静岡工場追加分）",
            "body": """内海さん

お疲れ様です。静岡工場の蒔田です。
10月入社・異動者のストレスチェック受検対象者です。

氏名,フリガナ,性別,生年月日,メール,所属
鵜飼 颯太,ウカイ ソウタ,男,2001/03/14,ukai.sota@hinode-sangyo.co.jp,製造一課
楪 ゆかり,ユズリハ ユカリ,女,1996/12/02,yuzuriha.yukari@hinode-sangyo.co.jp,品質管理課
石垣 朋之,イシガキ トモユキ,男,1988/09/15,ishigaki.tomoyuki@hinode-sangyo.co.jp,保全課
根路銘 彩花,ネロメ アヤカ,女,2003/01/08,nerome.ayaka@hinode-sangyo.co.jp,製造二課
チャン・ヴァン・ミン,チャン ヴァン ミン,男,1999/07/25,tran.vanminh@hinode-sangyo.co.jp,製造二課
勝連 大樹,カツレン ダイキ,男,1994/04/30,katsuren.daiki@hinode-sangyo.co.jp,製造一課

蒔田
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: six employees with DOB and e-mail inside a forwarded mail attached as .eml to the EAP provider",
},
{
    "id": "chojikan-071",
    "charset": "utf-8",
    "sender": "平良 光 <taira.hikaru@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    "subject": "Re: [INC-20251009-0147] 打刻アプリのエラー画面",
    "body": """ツバサシステム サポートデスク
ご担当者様

ご返信ありがとうございます。日の出産業の平良です。
ご依頼のあったエラー画面のスクリーンショットを添付します。
iOS版アプリ 3.8.2 で、GPS打刻を押すと「E-4012 位置情報を取得できません」が
表示されます。位置情報の許可は「常に許可」に設定済みです。

影響範囲は営業本部の直行直帰者（約30名）です。
早急なご対応をお願いいたします。
""" + SIG_TAIRA,
    "attachments": [{"kind": "png", "name": "error_E-4012.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "support ticket reply with a screenshot image; no personal data",
},
{
    "id": "chojikan-072",
    "charset": "iso-2022-jp",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["労働衛生セミナー事務局 <seminar@rodoeisei-kyokai.or.jp>"],
    "subject": "「長時間労働と健康確保」セミナー 受講申込",
    "body": f"""労働衛生セミナー事務局 御中

日の出産業株式会社の佐伯と申します。
標記セミナー（11月6日開催）の受講を申し込みます。
受講料はクレジットカード決済を希望します。

　受講者氏名：佐伯 ひなた
　所属：人事部 労務課
　カード番号：{card_number(SEED + 101)}
　有効期限：08/28
　名義：HINATA SAEKI

会社の法人カードがまだ発行されていないため、私個人のカードで立て替えます。
領収書の宛名は「日の出産業株式会社」でお願いいたします。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "identifier: a full credit card number with holder name and expiry in the mail body",
},
{
    "id": "chojikan-073",
    "charset": "utf-8",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["東京労働局 働き方改革推進室 <hatarakikata@tokyo-rodokyoku.go.jp>"],
    "subject": "過重労働解消キャンペーン 説明会の参加申込",
    "body": """東京労働局 働き方改革推進室 御中

お世話になっております。日の出産業株式会社の佐伯と申します。
11月13日開催の「過重労働解消キャンペーン 事業者向け説明会」に参加を申し込みます。

　事業場名：日の出産業株式会社 本社
　参加者：人事部 労務課 佐伯 ひなた（1名）
　連絡先：03-5201-4473
　参加方法：会場参加

当日はよろしくお願いいたします。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "seminar registration with the sender's own business contact",
},
{
    "id": "chojikan-074",
    "html": """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:sans-serif">
<p>青葉運輸株式会社<br>運行管理課 志喜屋様</p>
<p>いつもお世話になっております。日の出産業 物流事業部の喜屋武です。</p>
<p>「物流2024年問題」への荷主としての取り組み状況を、協力会社の皆様向けに
まとめましたのでご案内します。</p>
<h3>当社の取り組み（2025年度）</h3>
<ul>
<li>荷待ち・荷役時間を1運行あたり2時間以内に（現状平均2時間40分）</li>
<li>戸田物流センターにトラック予約受付システムを導入（9月稼働）</li>
<li>パレット化率 62% → 80%</li>
<li>静岡定期便の中継輸送（浜松での乗り継ぎ）を試行</li>
</ul>
<h3>協力会社様へのお願い</h3>
<p>運転者の方の拘束時間が月284時間を超えそうな場合は、早めに配車担当までご相談ください。</p>
<p>--<br>日の出産業株式会社 物流事業部 業務課 喜屋武 健<br>TEL 048-421-7760</p>
</div></body></html>""",
    "charset": "utf-8",
    "sender": "喜屋武 健 <kyan.ken@hinode-sangyo.co.jp>",
    "to": ["志喜屋 <shikiya@aoba-unyu.co.jp>"],
    "subject": "物流2024年問題への当社の取り組みについて",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML-only mail about working-hour measures for drivers, addressed to the genuine partner domain",
},
{
    "id": "chojikan-075",
    "charset": "cp932",
    "sender": "森下 圭介 <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["藤代 梓 <fujishiro@yamane-sr.jp>"],
    "subject": "障害者雇用の社員の時間外免除と評価制度について",
    "body": """藤代先生

お世話になっております。森下です。
次の件でご助言をお願いいたします。

経理部の砂辺 直人さん（障害者雇用枠、身体障害者手帳2級・内部障害（腎臓機能障害）、
週3回の人工透析のため通院）について、主治医の指示により時間外労働を
全面的に免除しています。

年末の決算期に他の社員の時間外が増えることへの不公平感が課内で出ており、
賞与評価で時間外の多寡を考慮しない運用を明文化したいと考えています。
就業規則・評価規程上どのような書き方が適切でしょうか。
""" + SIG_MORISHITA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named employee's disability grade and dialysis treatment sent to the labour attorney",
},
{
    "id": "chojikan-076",
    "charset": "iso-2022-jp",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["日本橋ビルマネジメント 防災センター <bousai@nihonbashi-bm.co.jp>"],
    "subject": "休日出勤者の入館申請（11/22・11/23）",
    "body": """日本橋ビルマネジメント株式会社
防災センター ご担当者様

いつもお世話になっております。日の出ビル7・8階入居の日の出産業 人事部です。

決算期の休日出勤にあたり、下記日程の入館申請書（Word）を添付いたします。
夜間に退館する場合がございますので、緊急時の連絡先として携帯番号を記載しております。

　対象日：2025年11月22日（土）・23日（日・祝）8:00～22:00
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "docx",
        "name": "休日入館申請書_1122-1123.docx",
        "page_footer": "日の出産業株式会社 人事部",
        "paragraphs": [
            "休日・時間外 入館申請書",
            "テナント名：日の出産業株式会社（7F・8F）",
            "申請者：人事部 佐伯 ひなた",
        ],
        "tables": [[
            ["No", "氏名", "社員証番号", "所属", "入館日", "携帯電話"],
            ["1", "塙 大地", "HS-11529", "経理部", "11/22・11/23", "080-3927-1146"],
            ["2", "新発田 弘", "HS-10233", "経理部", "11/22", "090-1185-6630"],
            ["3", "四十物 玲", "HS-11640", "開発部", "11/23", "070-5512-0874"],
            ["4", "汐見 瑠璃", "HS-11702", "法人営業二課", "11/22", "080-6240-3318"],
            ["5", "長嶺 辰徳", "HS-10775", "法人営業二課", "11/22・11/23", "090-7468-2295"],
            ["6", "伊集院 匠", "HS-11042", "経理部", "11/23", "080-9013-5567"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: six employees with staff card numbers and mobile numbers in a DOCX table to building management",
},
{
    "id": "chojikan-077",
    "charset": "utf-8",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["真壁 由希子 准教授 <makabe@med.kitanomori-u.ac.jp>"],
    "subject": "共同研究「長時間労働と睡眠」の提供データ（集計値）について",
    "body": """北の森大学 医学部 公衆衛生学講座
真壁先生

お世話になっております。日の出産業 健康管理室の内海です。

共同研究の倫理審査で承認された範囲に沿って、当社から提供する集計データを
お送りします。個人単位のデータは含まず、時間外労働の区分ごとの
健診問診（睡眠に関する項目）の該当割合のみです。

集計表はブラウザで開けるHTMLにしております。
""" + SIG_UTSUMI,
    "attachments": [{
        "kind": "html",
        "name": "集計表_時間外区分別睡眠.html",
        "html": """<html><head><meta charset="utf-8"><title>時間外区分別 睡眠問診集計</title></head><body>
<h2>時間外労働区分別 睡眠に関する問診の該当割合（2024年度定期健診, n=498）</h2>
<table border="1">
<tr><th>月平均時間外</th><th>人数</th><th>睡眠で休養が十分とれていない</th><th>平均睡眠6時間未満</th></tr>
<tr><td>20時間未満</td><td>211</td><td>18.5%</td><td>24.2%</td></tr>
<tr><td>20～45時間</td><td>187</td><td>27.3%</td><td>35.8%</td></tr>
<tr><td>45～80時間</td><td>83</td><td>41.0%</td><td>55.4%</td></tr>
<tr><td>80時間以上</td><td>17</td><td>58.8%</td><td>70.6%</td></tr>
</table>
<p>※人数10名未満のセルは作成していません。</p>
</body></html>""",
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "statistics only: aggregated rates by overtime band for a university study, no individual records",
},
{
    "id": "chojikan-078",
    "charset": "cp932",
    "sender": "森下 圭介 <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 大河内様 <okochi.jun@kawasaki-denki.co.jp>"],
    "subject": "出向者 栂野様の時間外労働制限について",
    "body": """川崎電機株式会社
大河内様

お世話になっております。日の出産業の森下です。

貴社よりご出向中の栂野 孝太郎様（生産技術部 設備課）について、
5月の面接指導を受けた当社産業医から、就業上の措置として
「当面2か月間、時間外労働を月20時間以内に制限、深夜業は禁止」との
意見が出ました。当社としてはこの意見に従い、措置を講じます。

なお、医師の所見の詳細は本人の同意がないため、お伝えしておりません。
給与への影響（時間外手当の減少）がございますので、出向元としての
ご対応をご検討いただければと存じます。
""" + SIG_MORISHITA,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "either: a named secondee's physician-ordered work restriction without a diagnosis; health-derived, arguably 要配慮",
},
{
    "id": "chojikan-079",
    "charset": "utf-8",
    "sender": "平良 光 <taira.hikaru@hinode-sangyo.co.jp>",
    "to": ["宮里 陸斗 <miyazato.rikuto@tsubasa-system.jp>"],
    "subject": "次期フェーズ（労働時間ダッシュボード）構想資料",
    "body": """宮里様

お世話になっております。平良です。
次期フェーズで検討している労働時間ダッシュボードの構想資料をお送りします。
経営会議で説明したものをそのままお渡ししますので、取り扱いにはご配慮ください。
概算費用のお見積りをお願いできますでしょうか。
""" + SIG_TAIRA,
    "attachments": [{
        "kind": "pptx",
        "name": "労働時間ダッシュボード構想_経営会議.pptx",
        "page_footer": "社外秘　日の出産業株式会社 情報システム部",
        "slides": [
            ["労働時間ダッシュボード構想", "2025年10月 経営会議", "情報システム部"],
            ["背景", "是正勧告（2025年10月）を受けた実労働時間の可視化", "PCログと打刻の乖離を日次で検知"],
            ["機能", "部門別の45h/80h予兆アラート", "管理職向けスマホ通知", "産業医への自動情報提供"],
            ["投資計画", "初期費用 2,800万円（上限）", "年間運用 640万円", "2026年4月稼働"],
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: every slide of the attached deck carries a 社外秘 footer",
},
{
    "id": "chojikan-080",
    "charset": "iso-2022-jp",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["東京労働局 健康課 <kenkou-chousa@tokyo-rodokyoku.go.jp>"],
    "subject": "長時間労働者に対する面接指導等の実施状況調査（回答）",
    "body": """東京労働局 労働基準部 健康課 御中

お世話になっております。日の出産業株式会社の佐伯です。
標記調査につきまして、下記の通り回答いたします。

　事業場名：日の出産業株式会社 本社（労働者数 168名）
　調査対象期間：2024年4月～2025年3月

　1. 月80時間超の時間外・休日労働を行った労働者数（延べ）：23名
　2. うち面接指導の申出があった者：14名
　3. 面接指導を実施した者：14名（実施率 100%）
　4. 就業上の措置を講じた者：6名（労働時間の短縮 5名、深夜業の回数の減少 1名）
　5. 産業医の選任：有（嘱託）　衛生委員会の開催：毎月

以上、よろしくお願いいたします。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "survey answer with head counts only; no individual",
},
{
    "id": "chojikan-081",
    "charset": "utf-8",
    "sender": "菅生 恵 <sugo.megumi@hinode-sangyo.co.jp>",
    "to": ["藤代 梓 <fujishiro@yamane-sr.jp>"],
    "subject": "傷病手当金 支給申請（事業主記入分）の作成依頼",
    "body": f"""藤代様

お世話になっております。日の出産業の菅生です。
下記休職者の傷病手当金の申請について、事業主記入欄の作成をお願いいたします。

■被保険者
　氏名：仲宗根　舞（ナカソネ　マイ）
　生年月日：Ｈ９．６．１８
　個人番号：{' '.join(my_number(SEED + 5)[i:i+4] for i in (0, 4, 8)).translate(str.maketrans('0123456789', '０１２３４５６７８９'))}
　傷病名：パニック障害、うつ状態（主治医意見書より）
　休職開始日：２０２５年９月１日

■申請期間
　２０２５年９月１日～９月３０日（全日欠勤、賃金支給なし）

出勤簿と賃金台帳の写しは、別途ファイル共有でお渡しします。
""" + SIG_SUGO,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "identifier and sensitive: a full-width My Number, 和暦 DOB and a mental-health diagnosis of one employee",
},
{
    "id": "chojikan-082",
    "charset": "utf-8",
    "sender": "Keisuke Morishita <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["Jonas Krämer <j.kraemer@kraemer-werke.de>"],
    "subject": "Re: Overtime of our engineers in October",
    "body": """Dear Mr. Krämer,

Thank you for the figures. I confirm that they match our attendance records, and
we will make sure that Mr. Baumgartner's overtime stays below 45 hours in November.
The overtime premium will be paid by us and recharged under the secondment
agreement as usual.

Kind regards,
Keisuke Morishita

On Mon, 3 Nov 2025 at 09:14, Jonas Krämer <j.kraemer@kraemer-werke.de> wrote:
> Dear Mr. Morishita,
>
> For our payroll, please confirm the October overtime of our engineers:
>
>   Name                 Employee ID   Overtime (h)   Night (h)   Date of birth
>   Lukas Baumgartner    KW-20418         47.5          6.0        1991-03-14
>   Marie Hoffstädter    KW-19255         31.0          0.0        1987-10-02
>   Tobias Wendling      KW-21307         38.5          2.5        1994-06-27
>   Anja Seidlmeier      KW-18860         22.0          0.0        1985-01-19
>   Felix Oberhauser     KW-21544         44.0          4.0        1996-08-08
>
> Best regards,
> Jonas Krämer
> HR Business Partner, Krämer Werke GmbH
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply in English: the five-person list is only in the quoted text the partner sent",
},
{
    "id": "chojikan-083",
    "charset": "iso-2022-jp",
    "sender": "柘植 正臣 <tsuge.masaomi@hinode-sangyo.co.jp>",
    "to": ["漆原 奈緒 <urushibara@workdesign-lab.co.jp>"],
    "subject": "Re: 勤務間インターバル制度 導入効果の試算",
    "body": """漆原様

お世話になっております。柘植です。
勤務間インターバル制度の試行（戸田物流センター、7～9月）の結果を
スライドにまとめましたので共有します。来月のワークショップの素材として
ご活用ください。
""" + SIG_TSUGE,
    "attachments": [{
        "kind": "pptx",
        "name": "インターバル試行結果_戸田.pptx",
        "slides": [
            ["勤務間インターバル試行結果", "戸田物流センター 2025年7～9月", "対象 124名"],
            ["インターバル確保率", "11時間以上：導入前 71% → 試行後 93%", "9時間未満：導入前 8% → 試行後 1%"],
            ["時間外労働", "月平均 33.1h → 27.4h", "80h超 延べ9名 → 2名"],
            ["課題", "早朝便の人員確保", "夜間の自動倉庫稼働まで一部例外運用"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "slides with site-level results only; no names, no marking",
},
{
    "id": "chojikan-084",
    "charset": "cp932",
    "sender": "森下 圭介 <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["藤代 梓 <fujishiro@yamane-sr.jp>"],
    "subject": "就業規則（労働時間・休日の章）改定案の送付",
    "body": """藤代先生

お世話になっております。森下です。
是正勧告を受けた就業規則の改定案（労働時間・休日の章）をお送りします。
事業場外みなし労働時間制の条文を削除し、勤務間インターバルの努力義務規定を
新設しました。12月の労使協議会に諮る予定です。
""" + SIG_MORISHITA,
    "attachments": [{
        "kind": "docx",
        "name": "就業規則_第4章改定案_新旧対照表.docx",
        "paragraphs": ["就業規則 第4章（労働時間、休憩及び休日）改定案 新旧対照表"],
        "tables": [[
            ["条", "現行", "改定案"],
            ["第22条", "営業職が事業場外で業務に従事し、労働時間を算定し難いときは所定労働時間労働したものとみなす。", "（削除）"],
            ["第24条の2", "（新設）", "会社は、終業から次の始業までに少なくとも11時間の休息時間を確保するよう努める。"],
            ["第26条", "時間外労働は36協定の範囲内で所属長が命じる。", "時間外労働は36協定の範囲内で、事前申請に基づき所属長が命じる。"],
        ]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "draft work rules with no marking and no personal data",
},
{
    "id": "chojikan-085",
    "charset": "utf-8",
    "sender": "平良 光 <taira.hikaru@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポート <support@tsubasa-system.co.jp>"],
    "subject": "管理者アカウントの追加依頼（健康管理室）",
    "body": """ツバサシステム サポートデスク 御中

お世話になっております。日の出産業の平良です（契約番号 TS-77120）。

健康管理室で、月80時間超過者の一覧を直接参照できるようにしたいため、
「健康管理者」ロールの管理者アカウントを2つ追加いただけますでしょうか。
アカウントのID（社用メールアドレス）は設定完了後にこちらから登録します。

追加費用が発生する場合は事前にお見積りをお願いします。
""" + SIG_TAIRA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: tsubasa-system.co.jp is another TLD than partner tsubasa-system.jp",
},
{
    "id": "chojikan-086",
    "charset": "utf-8",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["こころリンク 相談予約 <yoyaku@kokoro-link.co.jp>"],
    "subject": "カウンセリング紹介（至急）",
    "body": """こころリンク株式会社 相談予約ご担当様

日の出産業 健康管理室の内海です。至急のご紹介をお願いします。

氏名：小鳥遊 杏（タカナシ アン）
所属：物流事業部 倉庫管理課（夜勤）
連絡先：080-4176-2093（本人携帯、本人同意済）
状況：9月の時間外72時間。適応障害で通院中。本日の面談で強い不眠と「消えてしまいたい」との発言あり。主治医には本日中に連絡済み。

今週中に臨床心理士の面談枠を確保いただけますでしょうか。
""" + SIG_UTSUMI,
    "html": """<html><body style="font-family:'Yu Gothic',sans-serif">
<p>こころリンク株式会社 相談予約ご担当様</p>
<p>日の出産業 健康管理室の内海です。<b>至急</b>のご紹介をお願いします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>氏名</th><td>小鳥遊 杏（タカナシ アン）</td></tr>
<tr><th>所属</th><td>物流事業部 倉庫管理課（夜勤）</td></tr>
<tr><th>連絡先</th><td>080-4176-2093（本人携帯、本人同意済）</td></tr>
<tr><th>状況</th><td>9月の時間外72時間。適応障害で通院中。本日の面談で強い不眠と「消えてしまいたい」との発言あり。主治医には本日中に連絡済み。</td></tr>
</table>
<p>今週中に臨床心理士の面談枠を確保いただけますでしょうか。</p>
<p>日の出産業株式会社 健康管理室 保健師 内海 さより<br>TEL 03-5201-4490</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named employee's psychiatric condition and mobile number in a text+HTML referral to the EAP",
},
{
    "id": "chojikan-087",
    "charset": "iso-2022-jp",
    "sender": "佐伯 ひなた <saeki.hinata@hinode-sangyo.co.jp>",
    "to": ["静岡工場 総務課 <soumu@shizuoka.hinode-sangyo.co.jp>"],
    "cc": ["makita.rina@hinode-sangyo.co.jp"],
    "subject": "静岡工場 特別条項 発動回数の確認（年6回上限）",
    "body": """静岡工場 総務課 各位

お疲れ様です。本社労務課の佐伯です。
今年度、特別条項の発動回数が4回以上になっている方の一覧です。
年6回の上限を超えないよう、下期のシフト計画にご反映ください。

社員番号　氏名　　　　　生年月日　　　発動回数　直近月時間外　携帯（緊急連絡用）
H30218　　比嘉 みのり　H2.11.3　　　 5回　　　52.0h　　　　090-2284-7710
H30344　　久留須 剛　　S51.7.9　　　　5回　　　61.5h　　　　080-6631-2054
H30502　　佐々木 亘　　S59.2.28　　　 4回　　　47.0h　　　　070-3308-9921
H30617　　鵜飼 颯太　　H13.3.14　　　 4回　　　49.5h　　　　090-8176-4402
H30811　　石垣 朋之　　S63.9.15　　　 4回　　　46.0h　　　　080-2745-6613
H30902　　勝連 大樹　　H6.4.30　　　　4回　　　55.0h　　　　090-4409-1358

佐伯
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": [],
    "note": "internal subdomain (shizuoka.hinode-sangyo.co.jp) only: a six-person list stays inside the company",
},
{
    "id": "chojikan-088",
    "charset": "cp932",
    "sender": "平良 光 <taira.hikaru@hinode-sangyo.co.jp>",
    "to": ["宮里 陸斗 <miyazato.rikuto@tsubasa-system.jp>"],
    "subject": "打刻データ（旧システム）の移行ファイル送付",
    "body": """宮里様

お世話になっております。平良です。
旧勤怠システムから抽出した過去3年分の打刻データです。
暗号化ZIP（AES-256）でお送りします。パスワードはお電話でお伝えします。

サイズが大きいため、事業場ごとにファイルを分けています。
""" + SIG_TAIRA,
    "attachments": [{
        "kind": "zip",
        "name": "dakoku_export_2022-2025.zip",
        "password": "tsb-Mig-2025!",
        "files": [
            {"kind": "csv", "name": "honsha.csv", "encoding": "utf-8",
             "rows": [["emp_no", "date", "in", "out"], ["H10233", "2025-06-02", "08:51", "21:14"],
                      ["H10587", "2025-06-02", "09:02", "18:40"]]},
            {"kind": "csv", "name": "toda.csv", "encoding": "utf-8",
             "rows": [["emp_no", "date", "in", "out"], ["H20417", "2025-06-02", "05:30", "19:55"]]},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: AES-encrypted ZIP of punch-clock data",
},
{
    "id": "chojikan-089",
    "charset": "utf-8",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["藤代 梓 <fujishiro@yamane-sr.jp>", "山根 達彦 <yamane@yamane-sr.jp>"],
    "cc": ["久能 静香 先生 <s.kuno@kuno-naika.jp>"],
    "subject": "衛生委員会（11月）での講話のお願い",
    "body": """山根先生、藤代様
久能先生（cc）

お世話になっております。日の出産業 健康管理室の内海です。

11月19日（水）の衛生委員会で「長時間労働と労災認定の考え方」について
15分ほど講話をお願いできないかと考えております。
久能先生には同じ回で「面接指導の結果から見えること」をお話しいただく予定です。

ご都合をお知らせいただけますと幸いです。
""" + SIG_UTSUMI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "three external addresses but only two organisations (the attorney's office and the clinic): a normal meeting mail",
},
{
    "id": "chojikan-090",
    "charset": "iso-2022-jp",
    "sender": "喜屋武 健 <kyan.ken@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 志喜屋様 <shikiya@aoba-unyu.co.jp>",
           "はやて物流 配車課 <haisha@hayate-butsuryu.co.jp>",
           "南急エクスプレス 運行管理 <unkou@minami-express.co.jp>"],
    "subject": "協力運送会社様向け 改善基準告示 説明会のご案内",
    "body": """協力運送会社 各位

いつもお世話になっております。日の出産業 物流事業部の喜屋武です。

改正改善基準告示の施行から1年半が経過したことを受け、荷主として当社の
発注ルール（到着時刻指定の緩和、荷待ち時間の上限など）を見直しました。
つきましては、説明会を下記の通り開催いたします。

　日時：12月4日（木）14:00～15:30
　場所：戸田物流センター 2階 研修室
　内容：新発注ルール、荷待ち時間の記録方法、運賃・料金の見直し方針

出席者のお名前を11月28日までにご返信ください。
""" + SIG_KYAN,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: three haulage companies in To can see each other",
},
{
    "id": "chojikan-091",
    "charset": "utf-8",
    "sender": "森下 圭介 <morishita.keisuke@hinode-sangyo.co.jp>",
    "to": ["メドキャリア 法人担当 <corp@medcareer.co.jp>"],
    "subject": "常勤保健師の求人について（ご相談）",
    "body": """株式会社メドキャリア
法人担当 ご担当者様

はじめてご連絡いたします。日の出産業株式会社 人事部の森下と申します。

長時間労働者の面接指導やメンタルヘルス対策の体制強化のため、
常勤の保健師を1名採用したいと考えております。以下の条件でご紹介いただけますか。

　勤務地：本社（東京都中央区日本橋）、月1～2回 静岡工場・戸田物流センターへ出張
　業務：健康診断の事後措置、面接指導の調整、ストレスチェックの実施事務、衛生委員会の運営
　経験：産業保健の実務経験3年以上
　年収：520万～650万円（経験による）
　就業時間：9:00～17:45（フレックス可）、月平均時間外 10時間程度

紹介手数料の条件もあわせてお知らせください。
""" + SIG_MORISHITA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "job order to a recruitment agency; no personal data",
},
{
    "id": "chojikan-092",
    "charset": "iso-2022-jp",
    "sender": "菅生 恵 <sugo.megumi@hinode-sangyo.co.jp>",
    "to": ["藤代 梓 <fujishiro@yamane-sr.jp>"],
    "subject": "休業補償給付 請求書作成用データ（3名分）",
    "body": """藤代様

お世話になっております。菅生です。
休業補償給付支給請求書（様式第8号）の作成用データをお送りします。
請求書への個人番号の記載が必要とのことでしたので、個人番号も含めています。

ZIPファイル内のCSVをご確認ください。
""" + SIG_SUGO,
    "attachments": [{
        "kind": "zip",
        "name": "休業補償_請求用データ.zip",
        "files": [{
            "kind": "csv",
            "name": "休業補償_3名.csv",
            "encoding": "cp932",
            "rows": [
                ["氏名", "フリガナ", "生年月日", "個人番号", "休業期間", "平均賃金"],
                ["鳰川 健吾", "ニオガワ ケンゴ", "1982/06/17", my_number(SEED + 6), "2025/09/01-2025/09/30", "11,482"],
                ["東海林 美月", "ショウジ ミツキ", "1991/05/08", my_number(SEED + 7), "2025/08/18-2025/09/30", "10,117"],
                ["喜瀬 陽一郎", "キセ ヨウイチロウ", "1972/09/22", my_number(SEED + 8), "2025/07/01-2025/07/18", "12,906"],
            ],
        }],
    }],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "identifier: three My Numbers with birth dates in a CSV inside an unencrypted ZIP to the labour attorney",
},
{
    "id": "chojikan-093",
    "charset": "cp932",
    "sender": "平良 光 <taira.hikaru@hinode-sangyo.co.jp>",
    "to": ["宮里 陸斗 <miyazato.rikuto@tsubasa-system.jp>"],
    "subject": "オプション機能（PCログ連携・インターバル管理）のお見積り依頼",
    "body": """ツバサシステム株式会社
宮里様

お世話になっております。日の出産業の平良です。
是正勧告への対応として、以下のオプション機能の追加を検討しております。
お見積りをお願いできますでしょうか。

　品番　　　　　機能名　　　　　　　　　　　想定ID数
　TS-OPT-PCL　　PCログオン・オフ連携　　　　530
　TS-OPT-INT　　勤務間インターバル管理　　　530
　TS-OPT-ALT　　時間外予兆アラート（拡張）　 60（管理職）

導入希望時期は2026年1月です。現行契約（TS-77120）の更新時期と
合わせられるかもご教示ください。
""" + SIG_TAIRA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "quotation request with product codes and a contract number",
},
{
    "id": "chojikan-094",
    "charset": "iso-2022-jp",
    "sender": "菅生 恵 <sugo.megumi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-glnko.co.jp>"],
    "subject": "割増賃金 遡及支払に伴う臨時振込のご相談",
    "body": """株式会社みどり銀行
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 給与厚生グループの菅生です。

是正勧告に伴う割増賃金の遡及支払のため、12月中旬に臨時の給与振込
（対象 約300名、総額 約1億1,300万円）を予定しております。
通常の給与振込とは別に、総合振込での処理が可能かご相談させてください。
振込指定日は12月15日を希望しております。
""" + SIG_SUGO,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: midori-glnko.co.jp replaces the i of partner midori-ginko.co.jp with an l",
},
{
    "id": "chojikan-095",
    "charset": "utf-8",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["石動 亮 先生 <isurugi@oh-partners.jp>"],
    "subject": "10月の面接指導フォローアップ状況",
    "body": """石動先生

お世話になっております。内海です。
前回面談した方のその後の状況です（イニシャルで記載します）。

　K.N.（輸送課）　　　　10月時間外 38h。睡眠は改善傾向とのこと
　H.K.（輸送課）　　　　10月時間外 44h。降圧剤の服薬継続
　M.S.（倉庫管理課）　　休業中
　K.S.（法人営業二課）　10月時間外 29h。血圧 148/94
　T.Y.（保全課）　　　　10月時間外 51h。再面談希望あり

次回訪問日に再面談が必要な方をご指示ください。
""" + SIG_UTSUMI,
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "either: five rows of health follow-up under initials and section; the physician can re-identify them, an outsider hardly",
},
{
    "id": "chojikan-096",
    "charset": "utf-8",
    "sender": "平良 光 <taira.hikaru@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    "subject": "ICカード（打刻用）再発行のお願い（4名）",
    "body": """ツバサシステム サポートデスク 御中

お世話になっております。日の出産業の平良です（契約番号 TS-77120）。
打刻用ICカードの紛失・破損により、下記4名分の再発行をお願いします。
旧カードIDの無効化もあわせてお願いいたします。
詳細は添付のExcelをご確認ください。
""" + SIG_TAIRA,
    "attachments": [{
        "kind": "xlsx",
        "name": "ICカード再発行依頼_202511.xlsx",
        "sheets": {
            "依頼": [
                ["ICカード再発行依頼書（2025年11月）"],
                ["依頼元：日の出産業株式会社 情報システム部"],
                [],
                ["社員番号", "氏名", "旧カードID", "事由", "送付先"],
                ["H11702", "汐見 瑠璃", "IC-0048211", "紛失", "本社 人事部"],
                ["H20598", "砂川 まどか", "IC-0051873", "破損", "戸田物流センター 総務"],
                ["H30811", "石垣 朋之", "IC-0060227", "紛失", "静岡工場 総務課"],
                ["H30902", "勝連 大樹", "IC-0060314", "破損", "静岡工場 総務課"],
            ],
            "記入例": [["社員番号", "氏名", "旧カードID", "事由", "送付先"],
                       ["H00000", "（氏名）", "IC-0000000", "紛失／破損", "（部署）"]],
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "four employees' card re-issue rows (name, employee no., card id): under five people, may be warned",
},
{
    "id": "chojikan-097",
    "charset": "utf-8",
    "sender": "Tetsuya Onuki <onuki.tetsuya@hinode-sangyo.co.jp>",
    "to": ["白川 直樹 弁護士 <shirakawa@shirakawa-law.jp>"],
    "subject": "退職者向け秘密保持誓約書のひな形見直しについて",
    "body": """白川先生

お世話になっております。日の出産業の大貫です。

未払残業代の請求事案が続いていることもあり、退職時に提出を求めている
「秘密保持誓約書」のひな形を見直したいと考えております。

・現行の誓約書では「在職中に知り得た一切の情報」を対象としており、
　範囲が広すぎて無効と判断されるおそれがあるとの指摘を社内で受けました
・勤怠記録や給与明細など、本人自身の労働条件に関する情報を誓約の対象外とする
　文言を入れるべきか

次回の定例相談（12月2日）の議題に加えていただけますでしょうか。
""" + SIG_ONUKI + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about a confidentiality pledge template plus an English disclaimer: mentions, not markings",
},
{
    "id": "chojikan-098",
    "charset": "iso-2022-jp",
    "sender": "内海 さより <utsumi.sayori@hinode-sangyo.co.jp>",
    "to": ["久能 静香 先生 <s.kuno@kuno-naika.jp>"],
    "subject": "第214回 衛生委員会 議事録（案）のご確認",
    "body": """久能先生

お世話になっております。健康管理室の内海です。
先日の衛生委員会の議事録（案）です。先生のご発言部分をご確認ください。

――――――――――――――――――――――
第214回 衛生委員会 議事録（案）
日時：2025年11月19日（水）15:00～16:00
出席：委員長 柘植、産業医 久能、衛生管理者 森下・内海、労働者側委員 4名

1. 10月の時間外労働の状況
　・月45時間超 延べ28名（前月比 -6名）、月80時間超 2名
　・80時間超の2名はいずれも面接指導を実施済み
2. 産業医講話「面接指導の結果から見えること」
　・睡眠時間の確保が最大の課題。特に夜勤者
3. ストレスチェック集団分析結果の報告
　・総合健康リスク120超の部署は3部署
4. 次回：12月17日（水）
――――――――――――――――――――――

ご修正があれば今週中にお知らせください。
""" + SIG_UTSUMI + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "committee minutes with counts only (committee members named by role), plus the standard disclaimer",
},
{
    "id": "chojikan-099",
    "charset": "utf-8",
    "sender": "平良 光 <taira.hikaru@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    "subject": "Re: [MNT-1121] 定期メンテナンスに伴う打刻停止時間について",
    "body": """ツバサシステム サポートデスク
ご担当者様

メンテナンスのご案内ありがとうございます。日の出産業の平良です。

11月30日（日）2:00～6:00の打刻停止について、戸田物流センターでは
早朝便の始業打刻（4:30前後）が重なります。
停止中の打刻を紙で記録し、後日まとめて修正入力する運用とする予定ですが、
修正入力の一括インポート機能は利用可能でしょうか。

当社の打刻端末のログ（エラー発生時刻のみ）を添付します。
""" + SIG_TAIRA,
    "attachments": [{
        "kind": "txt",
        "name": "terminal_log_TD-04.txt",
        "encoding": "utf-8",
        "text": """2025-11-09 04:28:13 TD-04 WARN  connection timeout (api.tsubasa-system.jp:443)
2025-11-09 04:28:43 TD-04 INFO  retry 1/3
2025-11-09 04:29:13 TD-04 INFO  queued punches: 7
2025-11-09 04:31:02 TD-04 INFO  sync completed, 7 records
""",
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "maintenance ticket reply with a terminal log without any person's data",
},
{
    "id": "chojikan-100",
    "charset": "cp932",
    "sender": "塙 大地 <hanawa.daichi@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宿泊予約 <stay@sakura-hotel.jp>"],
    "subject": "決算期の深夜残業者 宿泊手配のお願い（12/10～12/12）",
    "body": """さくらホテル 宿泊予約ご担当様

いつもお世話になっております。日の出産業 経理部の塙です。
決算業務で終電に間に合わない社員の宿泊を、法人契約（契約番号 SK-H-0318）で
お願いいたします。チェックインは23時以降になる見込みです。

・塙 大地　　　12/10～12/12（2泊）　携帯 080-3927-1146
・新発田 弘　　12/10（1泊）　　　　　携帯 090-1185-6630
・伊集院 匠　　12/11（1泊）　　　　　携帯 080-9013-5567
・浅利 早苗　　12/11～12/12（2泊）　携帯 070-2218-4790
・桑江 悠　　　12/12（1泊）　　　　　携帯 090-3341-8025
・渡嘉敷 澪　　12/10～12/11（2泊）　携帯 080-5067-2231

請求は経理部宛ての一括請求でお願いします。
--
日の出産業株式会社 経理部 塙 大地
TEL 03-5201-4430
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: six employees' mobile numbers and stay dates in 「・」 bullets to the hotel",
},
]
