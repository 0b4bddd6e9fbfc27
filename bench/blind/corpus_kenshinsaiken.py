"""Health-check follow-up desk (健診事後措置 / 再検査・二次健診) of 日の出産業's 人事部 健康管理室
and the 総務・労務 staff around it: re-examination requests to the check-up centres, referral
letters (紹介状・診療情報提供書) to clinics, the occupational nurse's follow-ups with the
contracted 産業医, EAP and 主治医, results and invoices exchanged with the centres, the health
insurance society, 社労士 and partner companies (出向先・派遣元), and the ordinary scheduling,
venue and vendor mail of the same desk — some carrying diagnoses, lists of examinees or ID
numbers, some marked or encrypted, some misaddressed, and many that are harmless.
"""

from build import card_number, my_number

SEED = 64401

MN_SHIIBA = my_number(SEED + 1)
MN_SHIIBA_SP = f"{MN_SHIIBA[:4]} {MN_SHIIBA[4:8]} {MN_SHIIBA[8:]}"
CARD_SHISHIDO = card_number(SEED + 2)
CARD_SHISHIDO_SP = "-".join(CARD_SHISHIDO[i:i + 4] for i in range(0, 16, 4))

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    """ASCII digits and hyphens to full width, the way some people type them."""
    return s.translate(_FW)


SIG_SUGI = """──────────────────────────
日の出産業株式会社　人事部　健康管理室
保健師　杉之内 真澄（すぎのうち ますみ）
〒135-0016 東京都江東区東陽五丁目28番6号 日の出ビル4F
TEL 03-5639-7710（直通）　内線 2241
E-mail m.suginouchi@hinode-sangyo.co.jp
──────────────────────────"""

SIG_KITOU = """--
日の出産業株式会社 人事部 健康管理室
看護師 鬼頭 晴香 (Kitou Haruka)
TEL:03-5639-7711 / FAX:03-5639-7719
h.kitou@hinode-sangyo.co.jp"""

SIG_IOKIBE = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
人事部 労務課 課長　五百旗頭 亮
〒135-0016　東京都江東区東陽５－２８－６
TEL：03-5639-7700（代表）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_IJUIN = """****************************************
日の出産業株式会社　総務部総務課
伊集院 沙耶
TEL 03-5639-7702　FAX 03-5639-7790
s.ijuin@hinode-sangyo.co.jp
****************************************"""

SIG_NISHINA = """-------------------------------------
日の出産業(株) 人事部労務課
仁科 拓海 / Nishina Takumi
直通 03-5639-7705
-------------------------------------"""

SIG_TAKANASHI = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　大阪工場　総務課
小鳥遊 絢子（たかなし あやこ）
〒559-0031 大阪府大阪市住之江区南港東8-3-41
TEL 06-6612-4480　内線 310
━━━━━━━━━━━━━━━━━━━━"""

SIG_EN = """Best regards,

Kenji Watanuki
Health & Safety Manager, Human Resources
Hinode Sangyo Co., Ltd.
5-28-6 Toyo, Koto-ku, Tokyo 135-0016, Japan
Tel: +81-3-5639-7720
k.watanuki@hinode-sangyo.co.jp"""

DISCLAIMER_JP = """※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

SUGI = "杉之内 真澄 <m.suginouchi@hinode-sangyo.co.jp>"
KITOU = "鬼頭 晴香 <h.kitou@hinode-sangyo.co.jp>"
IOKIBE = "五百旗頭 亮 <r.iokibe@hinode-sangyo.co.jp>"
IJUIN = "伊集院 沙耶 <s.ijuin@hinode-sangyo.co.jp>"
NISHINA = "仁科 拓海 <t.nishina@hinode-sangyo.co.jp>"
TAKANASHI = "小鳥遊 絢子 <a.takanashi@osaka.hinode-sangyo.co.jp>"
WATANUKI = "Kenji Watanuki <k.watanuki@hinode-sangyo.co.jp>"

MESSAGES = [
    # ---------------------------------------------------------------- 001
    {
        "id": "kenshinsaiken-001",
        "charset": "iso-2022-jp",
        "sender": SUGI,
        "to": ["桐生内科クリニック 受付 <uketsuke@kiryu-naika.jp>"],
        "subject": "二次健診（精密検査）受診のお願い　弊社社員１名",
        "body": """桐生内科クリニック
院長　桐生 先生

いつも大変お世話になっております。
日の出産業株式会社 健康管理室の杉之内でございます。

先月実施いたしました定期健康診断にて、下記社員が糖代謝の項目で
「要精密検査」の判定となりました。
つきましては、貴院にて精密検査および必要に応じたご加療をお願いできれば幸いです。

　氏名　　　：薬袋 直樹（みない なおき）
　生年月日　：昭和52年9月14日
　所属　　　：物流部 第二物流課
　健診所見　：HbA1c 8.4%、空腹時血糖 168mg/dL（判定 D2：要精密検査）
　　　　　　　尿糖（２＋）
　既往歴　　：脂質異常症（内服中）

ご本人から貴院へお電話でご予約させていただく予定です。
受診後、差し支えなければ結果のご報告書を弊社健康管理室宛にご送付ください。
（返信用封筒は本人に持たせます）

何卒よろしくお願い申し上げます。

""" + SIG_SUGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "referral to an outside clinic: a named employee's DOB, health check findings and medical history (要配慮)",
    },
    # ---------------------------------------------------------------- 002
    {
        "id": "kenshinsaiken-002",
        "charset": "utf-8",
        "sender": SUGI,
        "to": [IOKIBE],
        "cc": [NISHINA],
        "subject": "二次健診 未受診者一覧（9月末時点）",
        "body": """五百旗頭課長

お疲れさまです。健康管理室 杉之内です。
9月末時点で二次健診の受診が確認できていない方の一覧です。
2回勧奨済みの方は、所属長経由での声かけをお願いできますでしょうか。

社員番号  氏名          所属            判定項目        勧奨回数
--------  ------------  --------------  --------------  --------
H10384    四十物 悠真    営業二部         血圧            2
H11027    栗花落 美月    経理部           脂質            1
H09215    百目鬼 剛      大阪工場 製造課   肝機能          2
H12290    九十九 里奈    情報システム部    貧血            1
H08841    東海林 誠一    物流部           血糖            3
H13305    月見里 航      品質保証部       心電図          1
H10772    我妻 千尋      総務部           胸部X線         2

東海林さんは3回目の勧奨でも連絡がなく、産業医面談の設定を検討しています。

杉之内
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "list of employees with abnormal check items, but every recipient is internal",
    },
    # ---------------------------------------------------------------- 003
    {
        "id": "kenshinsaiken-003",
        "charset": "shift_jis",
        "sender": NISHINA,
        "to": ["東都健康管理協会 予約センター <yoyaku@toto-kenko.or.jp>"],
        "subject": "【日の出産業】二次健診 一括予約のお願い",
        "body": """公益財団法人 東都健康管理協会
予約センター ご担当者様

いつもお世話になっております。日の出産業の仁科です。
本年度の二次健診について、添付の対象者一覧の８名分の一括予約をお願いいたします。
希望日は一覧の右端に記載しております。

ご不明点がございましたらご連絡ください。

""" + SIG_NISHINA,
        "attachments": [{
            "kind": "xlsx",
            "name": "二次健診対象者一覧_R7.xlsx",
            "sheets": {
                "対象者": [
                    ["令和7年度 定期健康診断　二次健診対象者一覧（日の出産業株式会社）"],
                    [],
                    ["No", "社員番号", "氏名", "カナ", "生年月日", "判定項目", "所見", "判定", "希望日"],
                    [1, "H10384", "四十物 悠真", "アイモノ ユウマ", "1986/03/11", "血圧", "158/98", "D2", "10/21"],
                    [2, "H11027", "栗花落 美月", "ツユリ ミヅキ", "1992/07/30", "脂質", "LDL 212", "D2", "10/21"],
                    [3, "H09215", "百目鬼 剛", "ドウメキ ツヨシ", "1971/12/02", "肝機能", "AST 88 / ALT 131", "D2", "10/23"],
                    [4, "H12290", "九十九 里奈", "ツクモ リナ", "1995/05/19", "貧血", "Hb 9.1", "D2", "10/23"],
                    [5, "H08841", "東海林 誠一", "ショウジ セイイチ", "1968/01/25", "血糖", "HbA1c 7.6", "D2", "10/28"],
                    [6, "H13305", "月見里 航", "ヤマナシ ワタル", "1998/09/08", "心電図", "ST低下", "D2", "10/28"],
                    [7, "H10772", "我妻 千尋", "アガツマ チヒロ", "1983/04/16", "胸部X線", "右上肺野結節影", "D2", "10/30"],
                    [8, "H07730", "鴨脚 康之", "イチョウ ヤスユキ", "1965/10/07", "便潜血", "陽性(2回中1回)", "D2", "10/30"],
                ],
                "凡例": [
                    ["判定", "意味"],
                    ["A", "異常なし"],
                    ["C", "経過観察"],
                    ["D1", "要治療"],
                    ["D2", "要精密検査"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX list of 8 employees with DOB and abnormal health check findings to an outside check-up centre",
    },
    # ---------------------------------------------------------------- 004
    {
        "id": "kenshinsaiken-004",
        "charset": "shift_jis",
        "sender": KITOU,
        "to": ["みなと健診プラザ 法人窓口 <houjin@minato-kenshin.jp>"],
        "subject": "二次健診の料金・予約方法についてのお問い合わせ",
        "body": """みなと健診プラザ　法人窓口　御中

はじめてご連絡いたします。
日の出産業株式会社 健康管理室の鬼頭と申します。

弊社では来年度より、二次健診（精密検査）の受入先を増やすことを検討しております。
つきましては、以下についてお教えいただけますでしょうか。

１．上部消化管内視鏡、腹部超音波、眼底検査それぞれの法人料金
２．予約は本人からの電話でよいか、会社からの一括申込が必要か
３．結果報告書の会社宛送付の可否（本人同意書の様式があればご提供ください）
４．土曜日の受付時間

資料がございましたら、PDFでお送りいただけますと幸いです。
よろしくお願いいたします。

""" + SIG_KITOU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general inquiry about fees and booking procedure; no individual named",
    },
    # ---------------------------------------------------------------- 005
    {
        "id": "kenshinsaiken-005",
        "charset": "utf-8",
        "sender": IJUIN,
        "to": ["東都健康管理協会 人間ドック係 <dock@toto-kenko.or.jp>"],
        "subject": "人間ドック（35歳節目）予約申込",
        "body": """東都健康管理協会
人間ドック係 御中

お世話になっております。日の出産業 総務部の伊集院です。
35歳節目ドックの申込を1名分お送りします。

■受診者
　氏名：宍戸 佳織（シシド カオリ）
　生年月日：1990年2月27日
　性別：女
　保険者番号：06139876
　被保険者証　記号：３２１４　番号：１０８
　希望コース：日帰りドック Bコース＋乳腺エコー
　第一希望：11月12日（水）／第二希望：11月19日（水）

受診票は会社宛にお送りください。

""" + SIG_IJUIN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "one person's health insurance card 記号・番号 (identity / social insurance number) to an external centre",
    },
    # ---------------------------------------------------------------- 006
    {
        "id": "kenshinsaiken-006",
        "charset": "iso-2022-jp",
        "sender": SUGI,
        "to": ["桐生内科クリニック <uketsuke@kiryu-naika.jp>",
               "おおたけ消化器内科 <info@otake-shoukaki.jp>",
               "杉並眼科医院 <reception@suginami-ganka.com>"],
        "subject": "【ご相談】10月〜11月の二次健診受入れについて",
        "body": """各医療機関　ご担当者様

平素より弊社社員の診療でお世話になっております。
日の出産業株式会社 健康管理室の杉之内です。

例年どおり、10月から11月にかけて定期健診後の二次健診（精密検査）受診者が
各科あわせて30名程度見込まれております。
ご迷惑をおかけしないよう、各院で受入れ可能な曜日・時間帯と
１日あたりの目安人数をお知らせいただけますでしょうか。

個別の受診者につきましては、確定後に各院へ個別にご連絡いたします。
お忙しいところ恐れ入りますが、10月3日（金）までにご返信いただけますと幸いです。

""" + SIG_SUGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three outside clinics in To can see each other's addresses; should have been Bcc",
    },
    # ---------------------------------------------------------------- 007
    {
        "id": "kenshinsaiken-007",
        "charset": "utf-8",
        "sender": KITOU,
        "to": ["杉之内 真澄 <m.suginouchi@hinode-sangyou.co.jp>"],
        "subject": "保健指導の部屋の予約",
        "body": """杉之内さん

お疲れさまです、鬼頭です。
来週の保健指導の部屋ですが、4F小会議室Bが火・木とも押さえられました。
火曜は13:00〜17:00、木曜は9:30〜12:00です。
パーティション追加が必要なら総務に言っておきます。

鬼頭
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "colleague addressed at hinode-sangyou.co.jp, a look-alike of the own domain (letter added)",
    },
    # ---------------------------------------------------------------- 008
    {
        "id": "kenshinsaiken-008",
        "charset": "iso-2022-jp",
        "sender": SUGI,
        "to": ["西條医院 西條 先生 <saijo@saijo-iin.jp>"],
        "subject": "二次健診結果（9月分）送付の件",
        "body": """西條先生

いつもお世話になっております。日の出産業 健康管理室の杉之内です。
9月分の二次健診結果をまとめましたので、就業判定のご確認をお願いいたします。

添付ファイルはパスワード付きZIPにしております。
パスワードは別途メールにてお送りいたします。

次回の来社日（10月8日）にご意見を伺えればと存じます。

""" + SIG_SUGI,
        "attachments": [{
            "kind": "zip",
            "name": "nijikenshin_202509.zip",
            "password": "Hs#2509kk",
            "files": [{
                "kind": "xlsx",
                "name": "二次健診結果_9月.xlsx",
                "sheets": {"9月": [
                    ["氏名", "項目", "結果", "医療機関判定"],
                    ["四十物 悠真", "血圧", "本態性高血圧", "要治療"],
                    ["栗花落 美月", "脂質", "家族性高コレステロール血症疑い", "要治療"],
                    ["百目鬼 剛", "肝機能", "脂肪肝", "経過観察"],
                    ["九十九 里奈", "貧血", "鉄欠乏性貧血", "要治療"],
                    ["月見里 航", "心電図", "異常なし", "就業可"],
                ]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the contracted physician's clinic: contents cannot be inspected",
    },
    # ---------------------------------------------------------------- 009
    {
        "id": "kenshinsaiken-009",
        "charset": "iso-2022-jp",
        "sender": SUGI,
        "to": ["桐生内科クリニック 受付 <uketsuke@kiryu-naika.jp>"],
        "subject": "Re: 受診結果のご報告（薬袋様）",
        "body": """桐生先生

ご丁寧にご報告いただき、ありがとうございます。
今後の就業上の配慮につきましては、弊社産業医と相談のうえ対応いたします。
ご本人との面談は10月14日に予定しております。

引き続きよろしくお願い申し上げます。

杉之内

> 日の出産業株式会社 健康管理室
> 杉之内 様
>
> いつもお世話になっております。桐生内科クリニックです。
> ご紹介いただきました薬袋直樹様（S52.9.14生）、本日受診されました。
> 75gOGTTの結果、2型糖尿病と診断し、本日よりメトホルミン内服を開始しております。
> 1か月後に再診予定です。
> 就業制限は特に不要と考えますが、夜勤帯の低血糖にはご留意ください。
>
> 桐生内科クリニック 院長 桐生 隆之
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "diagnosis only in the quoted text of the clinic's own mail; the new text carries no health data",
    },
    # ---------------------------------------------------------------- 010
    {
        "id": "kenshinsaiken-010",
        "charset": "utf-8",
        "sender": KITOU,
        "to": ["みなと健診プラザ 巡回健診課 <junkai@minato-kenshin.jp>"],
        "subject": "来年度 巡回健診 実施計画書（案）のご確認",
        "body": """みなと健診プラザ
巡回健診課　ご担当者様

お世話になっております。日の出産業 健康管理室の鬼頭です。
来年度の巡回健診の実施計画書（案）を添付いたします。
会場レイアウトと各日の想定人数をご確認のうえ、健診車の配車可否をお知らせください。

よろしくお願いいたします。

""" + SIG_KITOU,
        "attachments": [{
            "kind": "pdf",
            "name": "巡回健診実施計画書_案.pdf",
            "title": "令和8年度 巡回健診実施計画書（案）",
            "page_header": "社外秘",
            "lines": [
                "令和8年度　定期健康診断　巡回健診実施計画書（案）",
                "日の出産業株式会社　人事部 健康管理室",
                "",
                "1. 実施期間　令和8年5月11日〜6月5日",
                "2. 実施事業所と想定受診者数",
                "   本社（江東区東陽）　　　　　　　　約620名　5月11日〜15日",
                "   川崎物流センター　　　　　　　　約180名　5月25日〜26日",
                "   大阪工場　　　　　　　　　　　　約410名　6月1日〜5日",
                "3. 健診項目　法定項目＋腹囲・HbA1c（全員）、胃部X線（35歳以上希望者）",
                "4. 健診車　胸部X線車1台、胃部X線車1台、採血・問診は会議室",
                "5. 予算　前年度比 +3.5%（単価改定分）",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached plan is stamped 社外秘 in its page header and goes to an outside centre",
    },
    # ---------------------------------------------------------------- 011
    {
        "id": "kenshinsaiken-011",
        "charset": "utf-8",
        "sender": NISHINA,
        "to": ["青葉運輸 総務部 安全衛生担当 <anzen@aoba-unyu.co.jp>"],
        "subject": "二次健診の受診可能医療機関リスト（共同物流センター周辺）",
        "body": """青葉運輸株式会社
総務部 安全衛生ご担当 様

いつもお世話になっております。日の出産業の仁科でございます。
先日の安全衛生協議会でお話のあった、共同物流センター周辺で
二次健診を受けられる医療機関の一覧をお送りします。
弊社で提携している機関のみですが、ご参考になれば幸いです。

各機関の受付時間は変更になる場合がありますので、
受診前に直接ご確認いただくようご案内ください。

""" + SIG_NISHINA,
        "attachments": [{
            "kind": "csv",
            "name": "提携医療機関一覧.csv",
            "encoding": "utf-8",
            "rows": [
                ["医療機関名", "診療科", "所在地", "電話", "受付時間", "二次健診"],
                ["桐生内科クリニック", "内科・糖尿病内科", "神奈川県川崎市川崎区浅田2-14-3", "044-322-8810", "9:00-12:00/15:00-18:00", "血糖・脂質・肝機能"],
                ["おおたけ消化器内科", "消化器内科", "神奈川県川崎市川崎区渡田山王町7-21", "044-355-1207", "9:00-12:30", "内視鏡・腹部エコー"],
                ["しののめハートクリニック", "循環器内科", "神奈川県川崎市幸区南幸町3-88", "044-511-6640", "9:00-17:00", "心電図・血圧"],
                ["杉並眼科医院 川崎分院", "眼科", "神奈川県川崎市川崎区小田栄1-5-9", "044-200-3391", "10:00-18:00", "眼底・眼圧"],
                ["みなと健診プラザ", "健診センター", "東京都港区海岸3-19-2", "03-6453-2200", "8:30-16:00", "全般"],
                ["川崎南部呼吸器クリニック", "呼吸器内科", "神奈川県川崎市川崎区大師駅前1-12-4", "044-270-9015", "9:00-12:00", "胸部X線・CT"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of clinics (businesses) with their public addresses and phone numbers, no people",
    },
    # ---------------------------------------------------------------- 012
    {
        "id": "kenshinsaiken-012",
        "charset": "iso-2022-jp",
        "sender": IOKIBE,
        "to": ["川崎電機 人事部 厚生課 <kousei@kawasaki-denki.co.jp>"],
        "subject": "FW: 出向者 柘植さんの就業上の措置について",
        "body": """川崎電機株式会社
人事部 厚生課 御中

お世話になっております。日の出産業の五百旗頭です。
貴社に出向中の柘植について、弊社健康管理室より下記の連絡がありましたので転送いたします。
出向先での勤務管理にあたり、ご配慮いただけますと幸いです。

""" + SIG_IOKIBE + """

-----Forwarded Message-----
From: 杉之内 真澄 <m.suginouchi@hinode-sangyo.co.jp>
To: 五百旗頭 亮 <r.iokibe@hinode-sangyo.co.jp>
Subject: 出向者 柘植さんの就業上の措置について

五百旗頭課長

川崎電機へ出向中の柘植 康平さん（社員番号H09903）ですが、
定期健診で血圧186/112、二次健診で高血圧性心疾患の疑いとなり、現在降圧剤で治療中です。
産業医意見により、当面3か月は以下の措置が必要です。

・時間外労働は月20時間以内
・夜勤、出張（宿泊を伴うもの）は不可
・高所作業は不可

出向先へのご連絡をお願いいたします。
杉之内
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forward to the partner host company: a named seconded employee's blood pressure, suspected heart disease and treatment",
    },
    # ---------------------------------------------------------------- 013
    {
        "id": "kenshinsaiken-013",
        "charset": "shift_jis",
        "sender": KITOU,
        "to": ["みなと健診プラザ 巡回健診課 <junkai@minato-kenshin.jp>"],
        "subject": "巡回健診 受診者名簿（本社分・第1回）",
        "body": """みなと健診プラザ　巡回健診課　ご担当者様

お世話になっております。日の出産業の鬼頭です。
本社分の受診者名簿（第1回分）をCSVでお送りします。
受診票の印字にお使いください。残りは来週お送りします。

鬼頭
""",
        "attachments": [{
            "kind": "csv",
            "name": "受診者名簿_本社_01.csv",
            "encoding": "cp932",
            "rows": [
                ["受診番号", "社員番号", "氏名", "フリガナ", "性別", "生年月日", "所属", "受診日"],
                ["0001", "H06612", "勘解由小路 隆", "カデノコウジ タカシ", "男", "1966/08/03", "経営企画室", "5/11"],
                ["0002", "H07190", "一口 美佐", "イモアライ ミサ", "女", "1974/11/21", "経営企画室", "5/11"],
                ["0003", "H08023", "御手洗 浩二", "ミタライ コウジ", "男", "1979/02/14", "経理部", "5/11"],
                ["0004", "H08511", "毒島 由香里", "ブスジマ ユカリ", "女", "1981/06/29", "経理部", "5/11"],
                ["0005", "H09347", "八月一日 蓮", "ホズミ レン", "男", "1988/08/01", "営業一部", "5/11"],
                ["0006", "H09882", "外村 早紀", "トノムラ サキ", "女", "1990/03/05", "営業一部", "5/11"],
                ["0007", "H10115", "鰐淵 拓真", "ワニブチ タクマ", "男", "1991/12/18", "営業二部", "5/12"],
                ["0008", "H10640", "不破 瑞穂", "フワ ミズホ", "女", "1993/04/07", "営業二部", "5/12"],
                ["0009", "H11208", "左右田 直人", "ソウダ ナオト", "男", "1994/10/26", "情報システム部", "5/12"],
                ["0010", "H11893", "雲母 葵", "キララ アオイ", "女", "1996/01/13", "情報システム部", "5/12"],
                ["0011", "H12451", "舎利弗 一馬", "トドロキ カズマ", "男", "1997/07/22", "総務部", "5/12"],
                ["0012", "H13076", "日下部 彩乃", "クサカベ アヤノ", "女", "1999/09/30", "総務部", "5/12"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV roster of 12 employees with dates of birth to an outside check-up centre",
    },
    # ---------------------------------------------------------------- 014
    {
        "id": "kenshinsaiken-014",
        "charset": "iso-2022-jp",
        "sender": SUGI,
        "to": ["東都健康管理協会 保健指導課 <hokenshido@toto-kenko.or.jp>"],
        "cc": ["関東製造業健康保険組合 保健事業課 <hoken@kanto-seizo-kenpo.or.jp>"],
        "subject": "特定保健指導の委託に関するお打合せ日程",
        "body": """東都健康管理協会　保健指導課　ご担当者様
（cc）関東製造業健康保険組合　保健事業課　ご担当者様

いつもお世話になっております。日の出産業 健康管理室の杉之内です。

来年度の特定保健指導の委託方法（事業所内での初回面接の実施など）について、
三者でお打合せの機会をいただけますでしょうか。
候補日は以下のとおりです。

　10月15日（水）14:00〜15:00
　10月17日（金）10:00〜11:00
　10月22日（水）15:00〜16:00

場所は弊社本社4階会議室、またはオンライン（Teams）を想定しております。
ご都合をお知らせください。

""" + SIG_SUGI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary three-way meeting request with two external organisations in To/Cc",
    },
    # ---------------------------------------------------------------- 015
    {
        "id": "kenshinsaiken-015",
        "charset": "utf-8",
        "sender": SUGI,
        "to": ["関東製造業健康保険組合 保健事業課 <hoken@kanto-seizo-kenpo.or.jp>"],
        "subject": "令和7年度 定期健診 有所見率（事業所集計）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>関東製造業健康保険組合<br>保健事業課 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 健康管理室の杉之内です。<br>
ご依頼のありました令和7年度定期健診の有所見率（事業所合計）をお送りします。<br>
個人が特定される情報は含めておりません。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>項目</th><th>受診者数</th><th>有所見者数</th><th>有所見率</th><th>前年度</th></tr>
<tr><td>血圧</td><td>1,284</td><td>234</td><td>18.2%</td><td>17.5%</td></tr>
<tr><td>脂質</td><td>1,284</td><td>417</td><td>32.5%</td><td>33.1%</td></tr>
<tr><td>肝機能</td><td>1,284</td><td>221</td><td>17.2%</td><td>16.0%</td></tr>
<tr><td>血糖</td><td>1,284</td><td>139</td><td>10.8%</td><td>10.1%</td></tr>
<tr><td>貧血</td><td>1,284</td><td>77</td><td>6.0%</td><td>6.4%</td></tr>
<tr><td>心電図</td><td>1,284</td><td>115</td><td>9.0%</td><td>8.7%</td></tr>
</table>
<p>二次健診受診率は9月末時点で61.3%です。<br>
ご不明点がございましたらご連絡ください。</p>
<p>--<br>日の出産業株式会社 人事部 健康管理室<br>保健師 杉之内 真澄<br>TEL 03-5639-7710</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML table of aggregate rates only; no identifiable person",
    },
    # ---------------------------------------------------------------- 016
    {
        "id": "kenshinsaiken-016",
        "charset": "utf-8",
        "sender": NISHINA,
        "to": ["関東製造業健康保険組合 給付課 <kyufu@kanto-seizo-kenpo.or.jp>"],
        "subject": "傷病手当金支給申請（事業主証明）送付のご連絡",
        "body": """関東製造業健康保険組合
給付課 御中

いつもお世話になっております。日の出産業株式会社 労務課の仁科です。
傷病手当金の支給申請について、原本は本日郵送いたしましたが、
事前確認のため記載内容を以下にお知らせいたします。

【被保険者】
　氏名　　　　：椎葉 亮介（シイバ リョウスケ）
　個人番号　　：""" + MN_SHIIBA_SP + """
　記号・番号　：7012・365
　傷病名　　　：腰椎椎間板ヘルニア（L4/5）
　療養期間　　：令和7年8月18日〜令和7年9月30日
　労務不能期間：令和7年8月18日〜令和7年9月30日

【事業主記入欄】
　給与支給：なし（欠勤控除）
　出勤状況：8月18日以降 出勤なし

記載に不備がありましたらご指摘ください。

""" + SIG_NISHINA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "My Number, insurance card number and a diagnosis of one named employee to the health insurance society",
    },
    # ---------------------------------------------------------------- 017
    {
        "id": "kenshinsaiken-017",
        "charset": "iso-2022-jp",
        "sender": IJUIN,
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "11月20日 健康セミナー 会場予約のお願い",
        "body": """さくらホテル
宴会予約ご担当　様

いつもお世話になっております。日の出産業株式会社 総務部の伊集院です。
社内向け健康セミナーの会場として、下記のとおり予約をお願いいたします。

　日時：11月20日（木）13:30〜16:30（準備 12:30〜）
　人数：約80名
　形式：スクール形式、前方にスクリーン・プロジェクター
　飲物：休憩時にコーヒー・お茶（80名分）
　その他：受付用長机2本、マイク2本（ハンド1・ピン1）

お見積りと、会場図面をお送りいただけますでしょうか。
昨年同様、請求書は総務部宛でお願いいたします。

""" + SIG_IJUIN,
        "attachments": [{"kind": "png", "name": "hinode_logo.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary venue booking with a partner hotel; logo image attached",
    },
    # ---------------------------------------------------------------- 018
    {
        "id": "kenshinsaiken-018",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["Laura Pennington <l.pennington@brightwater-industries.com>"],
        "subject": "Fitness for work - Mr. Ryota Kashiwabara (seconded engineer)",
        "body": """Dear Ms. Pennington,

Following up on our call last week regarding Mr. Ryota Kashiwabara, who is seconded
to your Ohio plant from our Tokyo office.

His annual health check in August showed a blood pressure of 178/104, and the
follow-up examination confirmed essential hypertension. He has started medication
(amlodipine 5 mg) and his physician considers him fit for work with the following
restrictions until the next review on 15 December:

 - no night shifts
 - no work at height above 2 m
 - overtime limited to 20 hours per month

Could you please share this with his line manager only, and let me know if the
restrictions cause any scheduling difficulty?

""" + SIG_EN + """

""" + DISCLAIMER_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail to a client site: a named employee's blood pressure, diagnosis and medication",
    },
    # ---------------------------------------------------------------- 019
    {
        "id": "kenshinsaiken-019",
        "charset": "shift_jis",
        "sender": KITOU,
        "to": ["みなとみらいトラベルクリニック <booking@mm-travelclinic.jp>"],
        "subject": "海外赴任前健診・予防接種の予約について",
        "body": """みなとみらいトラベルクリニック
ご予約担当者様

お世話になっております。日の出産業株式会社 健康管理室の鬼頭です。
海外赴任予定者１名の赴任前健康診断と予防接種の予約をお願いいたします。

　氏名（漢字）：鬼怒川 翔
　氏名（ローマ字）：KINUGAWA SHO
　生年月日：平成３年６月１２日
　旅券番号：TR4827913
　赴任先：ベトナム（ハノイ）　赴任予定：令和８年１月
　希望接種：A型肝炎、B型肝炎、破傷風、狂犬病（曝露前）

英文の健康診断書が必要となりますので、旅券番号の記載をお願いいたします。
希望日は10月の平日午前です。

""" + SIG_KITOU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "passport number of a named employee to an outside travel clinic",
    },
    # ---------------------------------------------------------------- 020
    {
        "id": "kenshinsaiken-020",
        "charset": "iso-2022-jp",
        "sender": NISHINA,
        "to": ["雪ヶ谷 まどか <madoka.yukigaya@yahoo.co.jp>"],
        "subject": "雇入時健康診断のご案内（11月1日入社の皆さまへ）",
        "body": """雪ヶ谷 まどか 様

このたびはご入社が決まり、誠におめでとうございます。
日の出産業株式会社 人事部労務課の仁科です。

入社にあたり、労働安全衛生法に基づく雇入時健康診断を受診していただきます。
以下をご確認ください。

【受診期間】10月14日（火）〜10月24日（金）の平日
【受診場所】東都健康管理協会 東陽町健診センター（江東区東陽4-9-12 3F）
【予約方法】同封の受診票に記載の番号へご自身でお電話ください
【持ち物】受診票、問診票（事前記入）、採尿容器、健康保険証またはご本人確認書類
【注意】前日21時以降は絶食（水・お茶は可）

費用は会社負担です。3か月以内に受診された健診結果がある場合は、
その写しの提出で代えることができますので、ご相談ください。

""" + SIG_NISHINA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "generic pre-employment check guidance to one new hire's free-mail address; no health data",
    },
    # ---------------------------------------------------------------- 021
    {
        "id": "kenshinsaiken-021",
        "charset": "utf-8",
        "sender": SUGI,
        "to": ["西條医院 西條 先生 <saijo@saijo-iin.jp>"],
        "subject": "就業判定のお願い（10月分）",
        "body": """西條先生

お世話になっております。健康管理室の杉之内です。
10月に結果の揃った二次健診について、就業区分の判定をお願いいたします。
案として当方の区分を入れております。修正があればWordに直接ご記入ください。

よろしくお願いいたします。

""" + SIG_SUGI,
        "attachments": [{
            "kind": "docx",
            "name": "就業判定依頼_202510.docx",
            "title": "就業判定依頼（10月分）",
            "paragraphs": [
                "就業判定依頼書（令和7年10月分）",
                "日の出産業株式会社 人事部 健康管理室",
                "下記の者について、健康診断結果に基づく就業上の措置に関するご意見をお願いします。",
            ],
            "tables": [[
                ["社員番号", "氏名", "年齢", "主な所見", "医療機関の判定", "就業区分（案）"],
                ["H10384", "四十物 悠真", "39", "本態性高血圧 158/98", "要治療・内服開始", "通常勤務"],
                ["H09215", "百目鬼 剛", "53", "脂肪肝 AST88/ALT131", "経過観察", "通常勤務"],
                ["H08841", "東海林 誠一", "57", "2型糖尿病 HbA1c 7.6", "要治療", "就業制限（夜勤不可）"],
                ["H10772", "我妻 千尋", "42", "肺結節影 CT再検", "3か月後再検", "通常勤務"],
                ["H07730", "鴨脚 康之", "60", "大腸ポリープ切除後", "経過観察", "通常勤務"],
                ["H12907", "蘇我 ひかり", "31", "甲状腺機能亢進症", "要治療", "要休業（2週間）"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX table of 6 named employees with diagnoses to the external occupational physician's clinic",
    },
    # ---------------------------------------------------------------- 022
    {
        "id": "kenshinsaiken-022",
        "charset": "utf-8",
        "sender": IOKIBE,
        "to": ["社会保険労務士法人 藤森事務所 <office@sr-fujimori.jp>"],
        "subject": "労災二次健康診断等給付の請求対象者について",
        "html": """<html><head><meta charset="utf-8"></head><body>
<p>社会保険労務士法人 藤森事務所<br>藤森 先生</p>
<p>いつもお世話になっております。日の出産業の五百旗頭です。</p>
<p>今年度の定期健診で、血圧・脂質・血糖・腹囲（BMI）の4項目すべてに所見があり、
労災二次健康診断等給付の対象となる者が5名おりました。<br>
請求書（様式第16号の10の2）の作成をお願いしたく、一覧をお送りします。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>氏名</th><th>生年月日</th><th>血圧</th><th>中性脂肪/HDL</th><th>空腹時血糖</th><th>腹囲</th></tr></thead>
<tbody>
<tr><td>四十物 悠真</td><td>S61.3.11</td><td>158/98</td><td>245/38</td><td>118</td><td>92cm</td></tr>
<tr><td>東海林 誠一</td><td>S43.1.25</td><td>146/92</td><td>310/35</td><td>142</td><td>97cm</td></tr>
<tr><td>鰐淵 拓真</td><td>H3.12.18</td><td>142/90</td><td>188/39</td><td>112</td><td>88cm</td></tr>
<tr><td>八月一日 蓮</td><td>S63.8.1</td><td>150/96</td><td>205/36</td><td>126</td><td>94cm</td></tr>
<tr><td>御手洗 浩二</td><td>S54.2.14</td><td>138/88</td><td>176/40</td><td>110</td><td>90cm</td></tr>
</tbody></table>
<p>いずれも脳・心臓疾患の症状はなく、本人の同意は取得済みです。<br>
ご確認のほど、よろしくお願いいたします。</p>
<p>日の出産業株式会社 人事部 労務課 課長 五百旗頭 亮<br>TEL 03-5639-7700</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only table: five named employees with 和暦 DOB and abnormal check values to an outside 社労士",
    },
    # ---------------------------------------------------------------- 023
    {
        "id": "kenshinsaiken-023",
        "charset": "shift_jis",
        "sender": TAKANASHI,
        "to": [SUGI],
        "cc": [KITOU],
        "subject": "大阪工場 再検査受診状況（10/10時点）",
        "body": """杉之内さん

お疲れさまです。大阪工場総務の小鳥遊です。
大阪工場分の再検査受診状況を更新しましたので送ります。
未受診の方には今週中に職長経由で声かけします。

""" + SIG_TAKANASHI,
        "attachments": [{
            "kind": "xlsx",
            "name": "大阪工場_再検査受診状況_1010.xlsx",
            "sheets": {
                "状況": [
                    ["大阪工場　再検査受診状況（令和7年10月10日現在）"],
                    ["社員番号", "氏名", "職場", "再検査項目", "判定", "受診日", "結果"],
                    ["O20113", "垂水 健吾", "成形課", "血圧", "D2", "9/26", "高血圧症 内服開始"],
                    ["O20287", "磯貝 紗希", "成形課", "貧血", "D2", "", "未受診"],
                    ["O20342", "姥ヶ谷 修", "組立課", "肝機能", "D2", "10/2", "アルコール性肝障害"],
                    ["O20419", "上新 真理子", "組立課", "脂質", "D2", "9/30", "経過観察"],
                    ["O20505", "帯刀 亘", "検査課", "心電図", "D2", "", "未受診"],
                    ["O20561", "勅使河原 萌", "検査課", "尿蛋白", "D2", "10/6", "慢性腎臓病 G2"],
                    ["O20630", "猪熊 健太", "出荷課", "血糖", "D1", "10/8", "2型糖尿病"],
                    ["O20702", "河骨 美咲", "出荷課", "胸部X線", "D2", "", "予約済(10/17)"],
                ],
                "集計": [
                    ["対象者", 8],
                    ["受診済", 5],
                    ["未受診", 3],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "re-exam status list with diagnoses sent between internal addresses (osaka. subdomain is internal)",
    },
    # ---------------------------------------------------------------- 024
    {
        "id": "kenshinsaiken-024",
        "charset": "utf-8",
        "sender": IJUIN,
        "to": ["東都健康管理協会 人間ドック係 <dock@toto-kenko.or.jp>"],
        "subject": "Re: オプション検査費用（個人負担分）のお支払いについて",
        "body": """東都健康管理協会 人間ドック係
ご担当者様

お世話になっております。日の出産業の伊集院です。
ご案内いただいたオプション検査（乳腺エコー）の個人負担分について、
ご本人より事前のカード決済を希望とのことで、情報を預かっております。

　受診者：宍戸 佳織 様（11月12日受診予定）
　カード番号：""" + CARD_SHISHIDO_SP + """
　有効期限：08/28
　名義：KAORI SHISHIDO
　金額：4,400円（税込）

お手数ですが決済完了後にご連絡ください。

""" + SIG_IJUIN + """

> 日の出産業株式会社 伊集院様
> オプション検査の費用は当日窓口でのお支払い、または事前のカード決済が可能です。
> 事前決済をご希望の場合はカード情報をお知らせください。
> 東都健康管理協会 人間ドック係 佐竹
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "an employee's credit card number passed to the check-up centre in the new text",
    },
    # ---------------------------------------------------------------- 025
    {
        "id": "kenshinsaiken-025",
        "charset": "iso-2022-jp",
        "sender": KITOU,
        "to": ["ツバサシステム サポート <support@tsubasa-system.co.jp>"],
        "subject": "健康管理システム　帳票レイアウト変更の件",
        "body": """ツバサシステム株式会社
サポートご担当者様

いつもお世話になっております。日の出産業 健康管理室の鬼頭です。

健康管理システムの「二次健診受診勧奨通知」の帳票について、
以下の変更は可能でしょうか。

１．差出人欄を「健康管理室」から「人事部 健康管理室」に変更
２．受診期限の日付を和暦表記に変更
３．フッターに問い合わせ先内線（2241）を追加

お見積りが必要な場合はお知らせください。

""" + SIG_KITOU,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner is tsubasa-system.jp; tsubasa-system.co.jp is a look-alike (other TLD)",
    },
    # ---------------------------------------------------------------- 026
    {
        "id": "kenshinsaiken-026",
        "charset": "utf-8",
        "sender": NISHINA,
        "to": ["hanae.kuwabara1962@gmail.com", "t.onodera.home@gmail.com",
               "kazumi-sekine0715@gmail.com"],
        "subject": "特定健診（被扶養者）受診券送付のお知らせ",
        "body": """被扶養者の皆さま

日の出産業株式会社 人事部労務課の仁科です。
今年度の特定健康診査の受診券を、本日ご自宅宛に郵送いたしました。
お手元に届きましたら、12月末までに受診をお願いいたします。

・受診できる医療機関は、健保組合のホームページで検索できます
・自己負担はありません（健保組合負担）
・紛失された場合は労務課までご連絡ください

ご不明点は本メールへの返信でお問い合わせください。

""" + SIG_NISHINA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "three private persons' addresses in To can see each other (should have been Bcc)",
    },
    # ---------------------------------------------------------------- 027
    {
        "id": "kenshinsaiken-027",
        "charset": "iso-2022-jp",
        "sender": IOKIBE,
        "to": [SUGI],
        "cc": [NISHINA],
        "subject": "RE: 出向者 柘植さんの就業上の措置について",
        "body": """杉之内さん

承知しました。川崎電機の厚生課には私から連絡します。
措置期間が明けるタイミング（1月上旬）で、再度産業医の意見をもらう段取りで
お願いできますか。

五百旗頭

-----Original Message-----
From: 杉之内 真澄
Sent: Tuesday, October 7, 2025 10:12 AM
To: 五百旗頭 亮
Subject: 出向者 柘植さんの就業上の措置について

五百旗頭課長

川崎電機へ出向中の柘植 康平さん（社員番号H09903）ですが、
定期健診で血圧186/112、二次健診で高血圧性心疾患の疑いとなり、現在降圧剤で治療中です。
産業医意見により、当面3か月は時間外月20時間以内・夜勤不可・高所作業不可です。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal reply thread between HR and the nurse; all recipients internal",
    },
    # ---------------------------------------------------------------- 028
    {
        "id": "kenshinsaiken-028",
        "charset": "utf-8",
        "sender": IOKIBE,
        "to": ["社会保険労務士法人 藤森事務所 藤森 <fujimori@sr-fujimori.jp>"],
        "subject": "健康情報取扱規程（改定案）のご確認依頼",
        "body": """藤森先生

いつもお世話になっております。日の出産業の五百旗頭です。
先日ご相談した「健康情報等の取扱規程」の改定案ができましたので、添付いたします。
特に第8条（産業医・保健師以外への提供範囲）と第12条（保存期間）について
法令との整合をご確認いただけますでしょうか。

お手数ですが10月末までにご意見をいただけますと助かります。

""" + SIG_IOKIBE,
        "attachments": [{
            "kind": "docx",
            "name": "健康情報取扱規程_改定案_v3.docx",
            "title": "健康情報等の取扱規程（改定案）",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 人事部",
            "paragraphs": [
                "健康情報等の取扱規程（改定案 第3版）",
                "第1条（目的）本規程は、労働安全衛生法第104条に基づき、当社が取り扱う労働者の心身の状態に関する情報の適正な取扱いを定める。",
                "第8条（第三者提供）健康情報等は、本人の同意がある場合又は法令に基づく場合を除き、産業医・保健師・健康管理室員以外の者に提供しない。",
                "第12条（保存）健康診断個人票は5年間、特殊健康診断の結果は法令の定める期間保存する。",
                "附則　本規程は令和8年4月1日から施行する。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached DOCX carries a 社外秘 header stamp; sent to an outside 社労士",
    },
    # ---------------------------------------------------------------- 029
    {
        "id": "kenshinsaiken-029",
        "charset": "iso-2022-jp",
        "sender": SUGI,
        "to": ["こころサポート 面接指導受付 <mensetsu@kokoro-support.co.jp>"],
        "subject": "高ストレス者面接指導の申込（1名）",
        "body": """株式会社こころサポート
面接指導受付　ご担当者様

お世話になっております。日の出産業 健康管理室の杉之内です。
ストレスチェックで高ストレス者と判定され、医師による面接指導を申し出た者がおりますので、
面接の手配をお願いいたします。

　氏名：早乙女 遥（さおとめ はるか）
　所属：営業一部
　連絡先（携帯）：090-4418-2760
　希望：平日18時以降、オンライン可
　備考：ストレスチェック結果 高ストレス（心身の反応 5点、仕事の負担 要因高）
　　　　睡眠障害の訴えあり

ご本人には貴社から直接ご連絡いただいて差し支えございません。

""" + SIG_SUGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee's high-stress result and sleep complaint with her mobile to an outside EAP",
    },
    # ---------------------------------------------------------------- 030
    {
        "id": "kenshinsaiken-030",
        "charset": "shift_jis",
        "sender": IOKIBE,
        "to": ["こころサポート 営業部 <sales@kokoro-support.co.jp>"],
        "subject": "来年度のEAP契約更新について",
        "body": """株式会社こころサポート
営業部　ご担当者様

お世話になっております。日の出産業の五百旗頭です。
来年度の契約更新にあたり、いただいたお見積りについて確認させてください。

　・基本契約料　　　　　月額 165,000円（税込）
　・面接指導（医師）　　1回 22,000円
　・カウンセリング　　　1回 8,800円（年間12回まで基本料に含む）
　・管理職研修　　　　　1回 110,000円

昨年度から基本契約料が据え置きとのことで承知しました。
面接指導の単価について、年間20回以上の場合の割引の可否をご検討いただけますか。

""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract renewal and price list; no person's data",
    },
    # ---------------------------------------------------------------- 031
    {
        "id": "kenshinsaiken-031",
        "charset": "shift_jis",
        "sender": SUGI,
        "to": ["おおたけ消化器内科 <info@otake-shoukaki.jp>"],
        "subject": "紹介状（PDF）送付のご連絡",
        "body": """おおたけ消化器内科
大竹先生

お世話になっております。日の出産業 健康管理室の杉之内です。
本日お電話でご相談した件の紹介状をPDFでお送りします。
ファイルには閲覧パスワードを設定しております。パスワードは先ほどお電話でお伝えしたものです。

原本はご本人が受診時に持参いたします。
よろしくお願いいたします。

""" + SIG_SUGI,
        "attachments": [{
            "kind": "pdf",
            "name": "紹介状_20251009.pdf",
            "password": "otake1009",
            "lines": [
                "診療情報提供書",
                "おおたけ消化器内科 大竹先生 御侍史",
                "患者氏名：蓑輪 文彦 様　昭和47年5月8日生",
                "定期健康診断の胃部X線検査にて胃体部小彎に陥凹性病変を指摘されました。",
                "上部消化管内視鏡検査をお願い申し上げます。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF referral letter to an outside clinic cannot be inspected",
    },
    # ---------------------------------------------------------------- 032
    {
        "id": "kenshinsaiken-032",
        "charset": "iso-2022-jp",
        "sender": TAKANASHI,
        "to": ["みなと健診プラザ 特殊健診担当 <tokushu@minato-kenshin.jp>"],
        "subject": "有機溶剤特殊健診　対象者名簿の送付",
        "body": """みなと健診プラザ
特殊健診ご担当　様

いつもお世話になっております。
日の出産業 大阪工場 総務課の小鳥遊でございます。

11月実施の有機溶剤等健康診断の対象者名簿をお送りいたします。
（Excel 97-2003形式です。従来のシステムで読み込める形式とのことでしたので）
取扱い溶剤・作業年数は問診票の事前印字にご利用ください。

""" + SIG_TAKANASHI,
        "attachments": [{
            "kind": "xls",
            "name": "yuuki_taishousha_R7.xls",
            "sheets": {"名簿": [
                ["氏名", "ﾌﾘｶﾞﾅ", "性別", "生年月日", "作業場所", "取扱溶剤", "従事年数"],
                ["垂水 健吾", "ﾀﾙﾐ ｹﾝｺﾞ", "男", "1984/07/19", "塗装ライン", "トルエン・キシレン", "12"],
                ["姥ヶ谷 修", "ｳﾊﾞｶﾞﾔ ｵｻﾑ", "男", "1970/02/02", "塗装ライン", "トルエン・キシレン", "25"],
                ["帯刀 亘", "ﾀﾃﾜｷ ﾜﾀﾙ", "男", "1992/11/30", "洗浄工程", "ノルマルヘキサン", "6"],
                ["勅使河原 萌", "ﾃｼｶﾞﾜﾗ ﾓｴ", "女", "1997/05/14", "検査室", "アセトン", "3"],
                ["猪熊 健太", "ｲﾉｸﾏ ｹﾝﾀ", "男", "1979/09/09", "接着工程", "酢酸エチル", "15"],
                ["河骨 美咲", "ｺｳﾎﾈ ﾐｻｷ", "女", "1995/12/24", "接着工程", "酢酸エチル", "4"],
                ["鍋島 颯太", "ﾅﾍﾞｼﾏ ｿｳﾀ", "男", "2001/04/01", "洗浄工程", "ノルマルヘキサン", "2"],
                ["阿比留 直子", "ｱﾋﾞﾙ ﾅｵｺ", "女", "1988/08/17", "塗装ライン", "トルエン", "9"],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "legacy XLS roster of 8 workers with DOB and work history to an outside centre (list of people)",
    },
    # ---------------------------------------------------------------- 033
    {
        "id": "kenshinsaiken-033",
        "charset": "utf-8",
        "sender": SUGI,
        "to": ["早乙女 遥 <haruka.saotome.0312@gmail.com>"],
        "subject": "先日の面談のまとめ（ご本人控え）",
        "body": """早乙女さん

休職中のところ、先日は面談にお越しいただきありがとうございました。
会社のアドレスが使えない期間とのことで、ご希望どおりこちらにお送りします。

【面談のまとめ】
・主治医の診断：適応障害（9月16日〜 休職中）
・現在の状況：睡眠は改善傾向、日中の活動量を少しずつ増やしている
・次のステップ：主治医から「復職可」の意見が出た段階で、産業医面談を設定
・会社への提出物：主治医の診断書（復職時）

無理をなさらず、何かあればいつでもご連絡ください。

""" + SIG_SUGI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "diagnosis sent to the data subject herself at her request, but on a private free-mail address",
    },
    # ---------------------------------------------------------------- 034
    {
        "id": "kenshinsaiken-034",
        "charset": "iso-2022-jp",
        "sender": SUGI,
        "to": ["本社部長会 <buchoukai@hinode-sangyo.co.jp>"],
        "cc": [IOKIBE],
        "subject": "【社外秘】二次健診 部門別受診率（9月末）",
        "body": """部長各位

健康管理室の杉之内です。
9月末時点の二次健診受診率を部門別にお知らせします。
受診率が50%を下回っている部門は、所属長からの声かけをお願いします。

部門　　　　　　対象者　受診済　受診率
－－－－－－－　－－－　－－－　－－－
営業一部　　　　　２２　　　１０　４５％
営業二部　　　　　１８　　　１１　６１％
経理部　　　　　　　９　　　　７　７８％
情報システム部　　１４　　　　６　４３％
物流部　　　　　　３１　　　２０　６５％
品質保証部　　　　１１　　　　８　７３％

本資料は社外秘です。部内での共有は部門単位の数字のみとしてください。

""" + SIG_SUGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 marking, but the mail goes only to internal addresses",
    },
    # ---------------------------------------------------------------- 035
    {
        "id": "kenshinsaiken-035",
        "charset": "utf-8",
        "sender": SUGI,
        "to": ["おおたけ消化器内科 <info@otake-shoukaki.jp>"],
        "subject": "Re: 蓑輪様 内視鏡検査のご報告",
        "body": """大竹先生

ご報告ありがとうございました。
ご本人からも昨日連絡があり、生検の結果は早期胃がん（高分化型腺癌）で、
11月4日に県立病院で内視鏡的粘膜下層剥離術（ESD）を受ける予定と伺っております。
入院は1週間程度とのことですので、会社としては術後2週間の休業を想定しております。

術後の就業上の注意点（重量物、出張など）について、
ご意見をいただける範囲で教えていただけますと幸いです。

杉之内

差出人: おおたけ消化器内科 <info@otake-shoukaki.jp>
送信日時: 2025年10月20日 17:41
宛先: 杉之内 真澄
件名: 蓑輪様 内視鏡検査のご報告

日の出産業 健康管理室 杉之内様
ご紹介いただいた蓑輪文彦様の内視鏡検査を10月17日に実施しました。
胃体部小彎に0-IIc病変を認め、生検を提出しております。
詳細はご本人に説明済みです。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "the new reply text itself adds a named employee's cancer diagnosis and surgery plan",
    },
    # ---------------------------------------------------------------- 036
    {
        "id": "kenshinsaiken-036",
        "charset": "shift_jis",
        "sender": KITOU,
        "to": ["みなと健診プラザ 巡回健診課 <junkai@minato-kenshin.jp>"],
        "subject": "RE: 受診日変更者の確認",
        "body": """みなと健診プラザ　北条様

ご確認ありがとうございます。
いただいた内容で相違ございません。当日の受付順もそのままで結構です。

引き続きよろしくお願いいたします。
鬼頭

-----Original Message-----
差出人: 北条 千秋 <c.hojo@minato-kenshin.jp>
送信日時: 2025年10月2日 11:05
宛先: 鬼頭 晴香 <h.kitou@hinode-sangyo.co.jp>
件名: 受診日変更者の確認

日の出産業株式会社 鬼頭様

受診日の変更をご連絡いただいた方について、以下のとおり変更いたしました。
ご確認をお願いいたします。

 受診番号  氏名          生年月日     電話番号         変更前  変更後
 0021      不破 瑞穂      1993/04/07  080-3321-9054    5/12    5/14
 0027      左右田 直人    1994/10/26  090-6650-1187    5/12    5/15
 0033      雲母 葵        1996/01/13  070-2284-6630    5/12    5/14
 0041      日下部 彩乃    1999/09/30  080-9901-3425    5/12    5/15
 0044      外村 早紀      1990/03/05  090-1178-5546    5/11    5/14

みなと健診プラザ 巡回健診課 北条
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person list is only in the quoted mail from the centre itself; new text has no personal data",
    },
    # ---------------------------------------------------------------- 037
    {
        "id": "kenshinsaiken-037",
        "charset": "iso-2022-jp",
        "sender": IJUIN,
        "to": ["みどり銀行 法人営業部 <houjin-eigyo@midori-ginkou.co.jp>"],
        "subject": "総合振込の振込先追加について",
        "body": """みどり銀行　法人営業部
ご担当者様

いつもお世話になっております。日の出産業 総務部の伊集院です。
今月より健診費用の支払先として、下記を総合振込の振込先に追加したく、
手続きに必要な書類をご教示いただけますでしょうか。

　振込先：公益財団法人 東都健康管理協会
　支払開始：11月末日支払分より

よろしくお願いいたします。

""" + SIG_IJUIN,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner bank is midori-ginko.co.jp; midori-ginkou.co.jp is a look-alike (letter added)",
    },
    # ---------------------------------------------------------------- 038
    {
        "id": "kenshinsaiken-038",
        "charset": "iso-2022-jp",
        "sender": IJUIN,
        "to": ["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.co.jp>"],
        "subject": "総合振込 振込先登録票の送付",
        "body": """みどり銀行　法人営業部
ご担当者様

お世話になっております。日の出産業 総務部の伊集院です。
先日ご案内いただいた振込先登録票の記入内容を、念のためメールでもお送りします。

　振込先名義：ｺｳｴｷｻﾞｲﾀﾞﾝﾎｳｼﾞﾝ ﾄｳﾄｹﾝｺｳｶﾝﾘｷｮｳｶｲ
　金融機関　：東都信用金庫　東陽町支店（店番 112）
　口座　　　：普通　0638215
　支払開始　：11月28日支払分

原本は本日、支店窓口に持参いたします。

""" + SIG_IJUIN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a company's (the check-up centre's) bank account sent to the correct partner bank domain",
    },
    # ---------------------------------------------------------------- 039
    {
        "id": "kenshinsaiken-039",
        "charset": "utf-8",
        "sender": IJUIN,
        "to": ["みなと健診プラザ 人間ドック予約 <dock@minato-kenshin.jp>"],
        "subject": "人間ドック予約（節目年齢 6名）",
        "body": """みなと健診プラザ
人間ドック予約ご担当者様

お世話になっております。日の出産業 総務部の伊集院です。
今年度の節目年齢ドック対象者6名分の予約をお願いいたします。

■ 1
氏名：勘解由小路 隆（カデノコウジ タカシ）
生年月日：1966年8月3日
連絡先：090-2231-6604
希望日：11/6、11/13
コース：1日ドック＋脳ドック

■ 2
氏名：一口 美佐（イモアライ ミサ）
生年月日：1974年11月21日
連絡先：080-5512-0938
希望日：11/7
コース：1日ドック＋婦人科

■ 3
氏名：御手洗 浩二（ミタライ コウジ）
生年月日：1979年2月14日
連絡先：090-7746-3312
希望日：11/13、11/20
コース：1日ドック

■ 4
氏名：毒島 由香里（ブスジマ ユカリ）
生年月日：1985年6月29日
連絡先：070-3308-4471
希望日：11/14
コース：1日ドック＋婦人科

■ 5
氏名：外村 早紀（トノムラ サキ）
生年月日：1990年3月5日
連絡先：090-1178-5546
希望日：11/20
コース：1日ドック

■ 6
氏名：帯刀 亘（タテワキ ワタル）
生年月日：1992年11月30日（大阪工場）
連絡先：080-4419-7720
希望日：11/27
コース：1日ドック

受診票は各人の所属宛にお送りください。

""" + SIG_IJUIN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six one-record-per-block bookings with DOB and mobile numbers to an outside centre",
    },
    # ---------------------------------------------------------------- 040
    {
        "id": "kenshinsaiken-040",
        "charset": "iso-2022-jp",
        "sender": NISHINA,
        "to": ["東都健康管理協会 東陽町健診センター <toyo@toto-kenko.or.jp>"],
        "subject": "雇入時健診　4名の受診予定について",
        "body": """東都健康管理協会　東陽町健診センター
ご担当者様

お世話になっております。日の出産業 労務課の仁科です。
11月1日入社予定の4名が、雇入時健診で貴センターを受診します。
本人から予約のお電話が入ると思いますので、よろしくお願いいたします。
当日連絡が必要な場合は、本人の携帯へお願いします。

　雪ヶ谷 まどか　　090-6623-1048
　乙部 陸斗　　　　080-2219-5573
　阿久根 紗良　　　070-4490-8812
　Nguyen Van Tuan　080-7731-2206

請求は従来どおり弊社宛でお願いいたします。

""" + SIG_NISHINA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four people's names and mobiles only (under the five-record threshold); may warn",
    },
    # ---------------------------------------------------------------- 041
    {
        "id": "kenshinsaiken-041",
        "charset": "utf-8",
        "sender": SUGI,
        "to": ["しののめハートクリニック <contact@shinonome-heart.jp>"],
        "subject": "診療情報提供書の送付（心電図異常）",
        "body": """しののめハートクリニック
東雲 先生

いつもお世話になっております。
日の出産業株式会社 健康管理室の杉之内でございます。

定期健康診断の心電図で所見のありました弊社社員について、
産業医より循環器専門医の受診を勧められましたので、
診療情報提供書（Word）をお送りいたします。
受診は来週中を予定しております。

""" + SIG_SUGI + """

""" + DISCLAIMER_JP,
        "attachments": [{
            "kind": "docx",
            "name": "診療情報提供書_月見里.docx",
            "paragraphs": [
                "診療情報提供書",
                "紹介先：しののめハートクリニック　東雲 先生",
                "紹介元：日の出産業株式会社　産業医 西條 正臣（西條医院）",
                "患者氏名：月見里 航（やまなし わたる）　性別：男",
                "生年月日：平成10年9月8日（27歳）",
                "紹介目的：精査加療のお願い",
                "経過：令和7年9月の定期健診の安静時心電図にて、完全右脚ブロック及び心房細動を疑う不整脈を認めました。"
                "本人は時々の動悸を自覚しております。家族歴に父の心筋梗塞（54歳）あり。",
                "現在の処方：なし",
            ],
            "tables": [[
                ["検査項目", "今回", "前回"],
                ["血圧", "132/84", "126/80"],
                ["脈拍", "98 不整", "72 整"],
                ["心電図", "CRBBB、AF疑い", "異常なし"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX referral letter: a named employee's ECG findings and family history to an outside clinic",
    },
    # ---------------------------------------------------------------- 042
    {
        "id": "kenshinsaiken-042",
        "charset": "shift_jis",
        "sender": TAKANASHI,
        "to": ["東都健康管理協会 大阪支部 <osaka@toto-kenko.or.jp>"],
        "subject": "技能実習生3名　雇入時健診の予約",
        "body": """東都健康管理協会　大阪支部
ご担当者様

お世話になっております。日の出産業 大阪工場 総務課の小鳥遊です。
12月1日配属の技能実習生3名について、雇入時健康診断の予約をお願いいたします。
通訳は監理団体から同行いたします。

氏名（在留カード記載どおり）　　生年月日　　　在留カード番号
-------------------------------------------------------------------
NGUYEN THI HOA　　　　　　　　　2003/02/17　　AB38271946CD
TRAN MINH KHOA　　　　　　　　　2001/10/05　　EF50928317GH
LE THI THANH HUONG　　　　　　　2004/06/23　　JK71630284LM

希望日：11月25日（火）午前
受診票の氏名はローマ字でお願いいたします。

""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "residence card numbers of three trainees to an outside centre (identity document numbers)",
    },
    # ---------------------------------------------------------------- 043
    {
        "id": "kenshinsaiken-043",
        "charset": "iso-2022-jp",
        "sender": IJUIN,
        "to": ["経理部 支払担当 <shiharai@hinode-sangyo.co.jp>"],
        "subject": "FW: 【東都健康管理協会】9月分 健診費用のご請求",
        "body": """経理部 支払ご担当各位

総務の伊集院です。東都健康管理協会から9月分の請求書が届きましたので転送します。
インボイス登録番号の確認済みです。支払予定日は10月31日でお願いします。

---------- 転送メッセージ ----------
差出人: 東都健康管理協会 経理課 <keiri@toto-kenko.or.jp>
件名: 【東都健康管理協会】9月分 健診費用のご請求

日の出産業株式会社 総務部 御中

9月分の健診費用につきまして、下記のとおりご請求申し上げます。

　請求書番号：TK-2025-09-0388
　ご請求金額：2,864,760円（税込）
　　うち二次健診 312,400円 / 人間ドック 1,420,000円 / 雇入時健診 86,900円 ほか
　お支払期限：令和7年10月31日
　適格請求書発行事業者登録番号：T7010405123487

振込先：みどり銀行 本店営業部 普通 1184520
　　　　ｺｳｴｷｻﾞｲﾀﾞﾝﾎｳｼﾞﾝ ﾄｳﾄｹﾝｺｳｶﾝﾘｷｮｳｶｲ

公益財団法人 東都健康管理協会 経理課
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "internal forward of an invoice with the centre's T-number; all recipients internal",
    },
    # ---------------------------------------------------------------- 044
    {
        "id": "kenshinsaiken-044",
        "charset": "utf-8",
        "sender": IJUIN,
        "to": ["東都健康管理協会 経理課 <keiri@toto-kenko.or.jp>"],
        "subject": "請求書（TK-2025-09-0388）の内訳について",
        "body": """東都健康管理協会
経理課 ご担当者様

お世話になっております。日の出産業 総務部の伊集院です。
9月分のご請求（請求書番号 TK-2025-09-0388、登録番号 T7010405123487）について、
内訳の「その他検査 42,900円」の明細をお送りいただけますでしょうか。
社内の予算科目の振り分けに必要なため、検査項目ごとの件数と単価がわかれば結構です。

お支払いは期日どおり10月31日に実施いたします。

""" + SIG_IJUIN,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice query quoting the centre's invoice number and T-number; no person's data",
    },
    # ---------------------------------------------------------------- 045
    {
        "id": "kenshinsaiken-045",
        "charset": "iso-2022-jp",
        "sender": SUGI,
        "to": ["西條 正臣 <saijo@saijo-iin.jp>", "加藤 由紀子 <y.kato@kato-naika.jp>",
               "浜風クリニック 鳴海 <narumi@hamakaze-clinic.jp>"],
        "cc": [IOKIBE],
        "subject": "産業医連絡会（12月）開催のご案内",
        "body": """産業医の先生方

いつも大変お世話になっております。日の出産業 健康管理室の杉之内です。
本社・川崎・大阪の各事業所の産業医の先生方にお集まりいただく
「産業医連絡会」を下記のとおり開催いたします。

　日時：12月5日（金）18:30〜20:00
　場所：弊社本社4F 大会議室（オンライン併用）
　議題：①今年度の二次健診受診率と受診勧奨の方法
　　　　②就業判定基準の事業所間の統一
　　　　③長時間労働者面接指導の運用

ご出欠を11月21日までにお知らせいただけますと幸いです。

""" + SIG_SUGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three physicians at three different outside clinics in To, visible to each other",
    },
    # ---------------------------------------------------------------- 046
    {
        "id": "kenshinsaiken-046",
        "charset": "utf-8",
        "sender": KITOU,
        "to": ["西條医院 西條 先生 <saijo@saijo-iin.jp>"],
        "subject": "【取扱注意】11月 職場巡視・面談スケジュール",
        "body": """取扱区分：取扱注意

西條先生

お世話になっております。日の出産業 健康管理室の鬼頭です。
11月の来社日の予定をお送りします。

 11/5（水） 14:00-15:00 職場巡視（物流部 倉庫エリア）
            15:00-17:00 面談 3枠
 11/19（水）14:00-15:00 安全衛生委員会
            15:00-17:00 面談 3枠（うち1枠は復職面談）

面談者の氏名は前日までに別途お知らせします。
ご都合が悪い日がありましたらご連絡ください。

""" + SIG_KITOU,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail classified 取扱注意 in subject and first line, sent to an outside clinic",
    },
    # ---------------------------------------------------------------- 047
    {
        "id": "kenshinsaiken-047",
        "charset": "iso-2022-jp",
        "sender": IOKIBE,
        "to": ["ツバサシステム 営業部 岡嶋 <okajima@tsubasa-system.jp>"],
        "subject": "健康管理システム導入に伴う秘密保持契約の締結について",
        "body": """ツバサシステム株式会社
営業部　岡嶋様

いつもお世話になっております。日の出産業の五百旗頭です。

健康管理システムの導入にあたり、健診データの移行作業で貴社に
健康情報をお預けすることになるため、事前に秘密保持契約（NDA）を
締結させていただきたく存じます。

弊社法務から、契約書のひな形は貴社のものをベースにしてよいとの回答を得ております。
ひな形をお送りいただけますでしょうか。特に以下の条項を確認させてください。

　・再委託の禁止（または事前承諾）
　・契約終了時のデータ消去と消去証明
　・事故発生時の報告期限

よろしくお願いいたします。

""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about concluding an NDA; mentions 秘密保持 but carries no marking or personal data",
    },
    # ---------------------------------------------------------------- 048
    {
        "id": "kenshinsaiken-048",
        "charset": "utf-8",
        "sender": SUGI,
        "to": ["ほけんしどうパートナーズ 受託窓口 <jutaku@hokenshido-partners.co.jp>"],
        "subject": "特定保健指導 対象者データ（第2期）",
        "body": """ほけんしどうパートナーズ株式会社
受託窓口 ご担当者様

お世話になっております。日の出産業 健康管理室の杉之内です。
第2期の特定保健指導対象者のデータをZIPでお送りします。
中身は対象者一覧（CSV）と、社内での案内文（PDF）です。
初回面接の日程調整は対象者へ直接ご連絡いただいて構いません。

""" + SIG_SUGI,
        "attachments": [{
            "kind": "zip",
            "name": "tokutei_hokenshido_2ki.zip",
            "files": [
                {
                    "kind": "csv",
                    "name": "taishosha_2ki.csv",
                    "encoding": "utf-8",
                    "rows": [
                        ["氏名", "生年月日", "性別", "携帯電話", "腹囲", "BMI", "血圧", "HbA1c", "階層化"],
                        ["垂水 健吾", "1984-07-19", "男", "090-3318-2047", "91.5", "27.2", "142/90", "5.9", "積極的支援"],
                        ["御手洗 浩二", "1979-02-14", "男", "090-7746-3312", "90.0", "26.1", "138/88", "5.7", "積極的支援"],
                        ["鰐淵 拓真", "1991-12-18", "男", "080-6605-1193", "88.2", "25.8", "142/90", "5.6", "動機付け支援"],
                        ["阿比留 直子", "1988-08-17", "女", "070-5572-3360", "92.1", "28.4", "128/84", "6.0", "積極的支援"],
                        ["猪熊 健太", "1979-09-09", "男", "080-2290-4418", "95.6", "29.9", "150/94", "6.3", "積極的支援"],
                        ["姥ヶ谷 修", "1970-02-02", "男", "090-8801-6627", "87.4", "25.3", "136/86", "5.8", "動機付け支援"],
                        ["上新 真理子", "1972-04-26", "女", "080-1145-9082", "90.8", "26.9", "132/82", "5.9", "動機付け支援"],
                        ["鍋島 颯太", "2001-04-01", "男", "070-9938-2215", "86.0", "25.5", "130/80", "5.5", "動機付け支援"],
                        ["乙部 陸斗", "1998-06-11", "男", "080-2219-5573", "89.9", "27.0", "140/92", "5.6", "積極的支援"],
                    ],
                },
                {
                    "kind": "pdf",
                    "name": "annai.pdf",
                    "lines": [
                        "特定保健指導のご案内",
                        "健診の結果、特定保健指導の対象となった方へ",
                        "委託先のほけんしどうパートナーズより初回面接のご連絡があります。",
                    ],
                },
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "ZIP with a CSV of 9 people: DOB, mobile and check results, to an outside health-guidance contractor",
    },
    # ---------------------------------------------------------------- 049
    {
        "id": "kenshinsaiken-049",
        "charset": "shift_jis",
        "sender": NISHINA,
        "to": ["スタッフネクスト 営業担当 辻 <tsuji@staff-next.co.jp>"],
        "subject": "派遣スタッフ 吉良様の勤務について（ご相談）",
        "body": """株式会社スタッフネクスト
辻様

いつもお世話になっております。日の出産業 労務課の仁科です。
弊社経理部に派遣いただいている吉良 佳奈子様の件でご相談です。

ご本人から、現在妊娠22週で、先週の妊婦健診で切迫早産の傾向があると診断され、
主治医から「立ち仕事・長時間の通勤を避けること」と指導を受けたとの申し出がありました。
母性健康管理指導事項連絡カードの写しも受け取っております。

弊社としては、当面の間、時差出勤（10時〜16時）と座り作業のみとする対応を考えておりますが、
派遣契約上の扱い（就業時間の変更）について貴社のご意見を伺えますでしょうか。

""" + SIG_NISHINA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named temp worker's pregnancy complication and doctor's instructions to the staffing agency",
    },
    # ---------------------------------------------------------------- 050
    {
        "id": "kenshinsaiken-050",
        "charset": "utf-8",
        "sender": KITOU,
        "to": ["安全衛生委員会 <anzen-eisei@hinode-sangyo.co.jp>"],
        "subject": "10月度 安全衛生委員会 議事録（案）",
        "body": """委員各位

健康管理室の鬼頭です。10月度の議事録（案）です。
修正があれば17日（金）までにご連絡ください。

1. 日時・場所　10月15日（水）15:00〜16:00　本社4F 大会議室
2. 出席者　委員長 ほか12名（産業医 西條先生）
3. 報告事項
 (1) 定期健診の実施状況：受診率 99.2%（未受診 10名、11月中に個別受診予定）
 (2) 二次健診の受診率：61.3%（前年同期 55.0%）
 (3) 長時間労働者（80時間超）：9月は4名、全員面接指導実施済み
 (4) 休業災害：0件
4. 審議事項
 (1) 二次健診の受診勧奨を所属長経由とする運用案 → 承認
 (2) インフルエンザ予防接種の社内実施（11/10〜11/21） → 承認
5. 次回　11月19日（水）15:00〜

以上
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal committee minutes with aggregate figures only",
    },
    # ---------------------------------------------------------------- 051
    {
        "id": "kenshinsaiken-051",
        "charset": "utf-8",
        "sender": NISHINA,
        "to": ["青葉運輸 運行管理課 <unkou@aoba-unyu.co.jp>"],
        "subject": "共同配送ドライバー　SAS簡易検査の結果共有",
        "body": """青葉運輸株式会社
運行管理課 御中

お世話になっております。日の出産業 労務課の仁科です。
共同配送に従事している弊社所属ドライバーのSAS（睡眠時無呼吸症候群）簡易検査の結果を、
協定に基づき共有いたします。要精密検査の方は乗務割当にご配慮ください。

氏名\t運転免許証番号\tAHI(推定)\t判定\t備考
垂水 健吾\t621904538810\t8.2\t経過観察\t
磯貝 紗希\t301807726412\t3.1\t異常なし\t
猪熊 健太\t621508913357\t34.6\t要精密検査（重症疑い）\tPSG予約済 11/12
鍋島 颯太\t622101447095\t6.0\t異常なし\t
東海林 誠一\t308802153361\t21.4\t要精密検査（中等症疑い）\tCPAP導入検討
百目鬼 剛\t309103628874\t17.9\t要精密検査\t

精密検査の結果が出ましたら、改めてご連絡します。

""" + SIG_NISHINA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of 6 drivers with licence numbers and sleep apnoea results to a partner",
    },
    # ---------------------------------------------------------------- 052
    {
        "id": "kenshinsaiken-052",
        "charset": "iso-2022-jp",
        "sender": KITOU,
        "to": ["青葉運輸 共同物流センター 管理事務所 <center@aoba-unyu.co.jp>"],
        "subject": "巡回健診車の駐車と入構手続きについて",
        "body": """青葉運輸株式会社
共同物流センター 管理事務所 ご担当者様

お世話になっております。日の出産業 健康管理室の鬼頭です。
来年5月25日・26日の巡回健診の際、健診車2台（胸部X線車・胃部X線車）を
センター敷地内に駐車させていただきたく、ご相談です。

　車両：大型バス型 2台（全長 約11m、電源車なし・外部電源100V使用）
　時間：両日とも 7:30 到着 〜 16:30 撤収
　希望場所：昨年と同じ、北側トラックヤード横

入構申請の様式がございましたらお送りください。
健診機関（みなと健診プラザ）の車両番号・運転手名は、確定次第お知らせします。

""" + SIG_KITOU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "logistics of parking the check-up buses at a partner's site; no personal data",
    },
    # ---------------------------------------------------------------- 053
    {
        "id": "kenshinsaiken-053",
        "charset": "shift_jis",
        "sender": KITOU,
        "to": ["東都健康管理協会 予約センター <yoyaku@toto-kenko.or.jp>"],
        "subject": "二次健診 受診状況の照合をお願いします",
        "body": """東都健康管理協会　予約センター
ご担当者様

お世話になっております。日の出産業の鬼頭です。
弊社で把握している二次健診の受診状況をExcelにまとめました。
貴協会の受診記録と照合いただき、相違があればお知らせください。

""" + SIG_KITOU,
        "attachments": [{"kind": "corrupt", "name": "二次健診受診状況_照合用.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected",
    },
    # ---------------------------------------------------------------- 054
    {
        "id": "kenshinsaiken-054",
        "charset": "iso-2022-jp",
        "sender": NISHINA,
        "to": ["<tomio.inubashiri@docomo.ne.jp>"],
        "subject": "退職後の健康診断について（ご案内）",
        "body": """犬走 様

ご無沙汰しております。日の出産業 労務課の仁科です。
先日お電話でお問い合わせいただいた、退職後の健康診断についてご案内します。

・健康保険を任意継続されている間は、関東製造業健保組合の人間ドック補助（上限2万円）が使えます
・申込は健保組合のホームページから直接お願いします（会社経由は不要です）
・国民健康保険に切り替えた後は、お住まいの市区町村の特定健診をご利用ください

ご不明点があれば、健保組合（代表 03-3812-5560）へお問い合わせください。
どうぞお元気でお過ごしください。

""" + SIG_NISHINA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "general guidance to one retiree's carrier address; no personal or health data",
    },
    # ---------------------------------------------------------------- 055
    {
        "id": "kenshinsaiken-055",
        "charset": "shift_jis",
        "sender": SUGI,
        "to": ["みどりが丘メンタルクリニック <info@midorigaoka-mental.jp>"],
        "subject": "職場復帰に関する情報提供のお願い",
        "body": """みどりが丘メンタルクリニック
主治医　先生　御侍史

突然のご連絡失礼いたします。
日の出産業株式会社 健康管理室の保健師、杉之内と申します。

貴院に通院中の弊社社員 我妻 千尋（あがつま ちひろ、42歳）について、
本人の同意を得てご連絡いたしました（同意書は本人より提出予定です）。

同人は本年7月より、うつ病の診断で休職しております。
先日、本人より「主治医から11月中の復職を勧められている」との申し出がありました。
弊社の職場復帰支援プログラムに沿って、以下についてご意見を頂戴できますでしょうか。

　１．現在の病状と服薬の状況（眠気の出る薬剤の有無）
　２．復職時の就業上の配慮事項（時間外労働、出張、対人業務）
　３．通院の頻度

書式は自由で結構です。文書料は弊社にご請求ください。

""" + SIG_SUGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's depression diagnosis and sick leave, written to her psychiatrist",
    },
    # ---------------------------------------------------------------- 056
    {
        "id": "kenshinsaiken-056",
        "charset": "utf-8",
        "sender": SUGI,
        "to": ["よつば心療内科 事務 <jimu@yotsuba-kokoro.jp>"],
        "subject": "復職判定用「主治医意見書」書式の送付",
        "body": """よつば心療内科
事務ご担当者様

お世話になっております。日の出産業 健康管理室の杉之内です。
お問い合わせいただいた、弊社の復職判定用の主治医意見書の書式をお送りします。
患者様が来院された際にご利用ください（空欄の様式です）。

""" + SIG_SUGI,
        "attachments": [{
            "kind": "docx",
            "name": "主治医意見書_書式.docx",
            "paragraphs": [
                "職場復帰に関する主治医意見書",
                "日の出産業株式会社 産業医 殿",
                "患者氏名：＿＿＿＿＿＿＿＿　生年月日：＿＿年＿＿月＿＿日",
                "1. 現在の症状・治療の状況：",
                "2. 復職の可否：　可　・　条件付き可　・　不可",
                "3. 就業上の配慮事項（時間外労働・出張・運転・対人業務など）：",
                "4. 今後の通院予定：",
                "医療機関名：　　　　医師名：　　　　　印",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank form template; no person's data",
    },
    # ---------------------------------------------------------------- 057
    {
        "id": "kenshinsaiken-057",
        "charset": "iso-2022-jp",
        "sender": SUGI,
        "to": ["仁科 拓海 <t.nishina@hinode-sangy0.co.jp>"],
        "subject": "姥ヶ谷さんの勤務について",
        "body": """仁科さん

お疲れさまです。杉之内です。
大阪工場の姥ヶ谷 修さんですが、二次健診でアルコール性肝障害（AST 210、γ-GTP 860）と
診断され、専門医から断酒と2週間の自宅療養を指示されています。
産業医からも同様の意見が出ましたので、10/20〜10/31を病気休暇扱いにする手続きを
お願いできますか。診断書は本人から郵送で届く予定です。

杉之内
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague but addressed to hinode-sangy0.co.jp (digit zero homoglyph), carrying a diagnosis",
    },
    # ---------------------------------------------------------------- 058
    {
        "id": "kenshinsaiken-058",
        "charset": "utf-8",
        "sender": NISHINA,
        "to": ["錦印刷 営業部 高村 <takamura@nishiki-insatsu.co.jp>"],
        "subject": "受診勧奨はがき　宛名データ（第1便）",
        "body": """錦印刷株式会社
高村様

お世話になっております。日の出産業 労務課の仁科です。
特定健診をまだ受けていない被扶養者の方への受診勧奨はがきの宛名データ（第1便）です。
タブ区切りでお送りします。残り約400件は来週、別途お送りします。

郵便番号\t住所\t宛名
135-0044\t東京都江東区越中島2-7-15-604\t坂東 恵美子 様
136-0072\t東京都江東区大島5-41-2 グリーンハイツ203\t磯貝 瞳 様
132-0035\t東京都江戸川区平井3-18-9\t猪熊 由美 様
272-0133\t千葉県市川市行徳駅前1-22-3-1102\t御手洗 千夏 様
210-0833\t神奈川県川崎市川崎区桜本2-5-20\t垂水 里香 様
559-0011\t大阪府大阪市住之江区北加賀屋4-6-11\t姥ヶ谷 澄子 様
590-0951\t大阪府堺市堺区市之町東3-2-8\t帯刀 陽子 様

差出人欄は「関東製造業健康保険組合・日の出産業株式会社」でお願いします。

""" + SIG_NISHINA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tab-separated mailing list of 7 private persons' home addresses to the partner printer",
    },
    # ---------------------------------------------------------------- 059
    {
        "id": "kenshinsaiken-059",
        "charset": "shift_jis",
        "sender": NISHINA,
        "to": ["錦印刷 営業部 高村 <takamura@nishiki-insatsu.co.jp>"],
        "subject": "Re: 受診勧奨はがき　校正（2校）",
        "body": """高村様

2校ありがとうございます。以下2点だけ修正をお願いします。

　・表面の「特定健診」を「特定健康診査（特定健診）」に
　・裏面QRコードの下の文言を「健保組合ホームページで医療機関を検索できます」に

部数は2,400部、納品は11月14日（金）本社総務部宛で変更ありません。
お見積り（No. NI-25-1107）の金額のまま進めてください。

仁科

> 日の出産業株式会社 仁科様
> 受診勧奨はがきの2校をお送りします。ご確認をお願いいたします。
> 錦印刷 高村
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "proof corrections, quantity and quotation number; no personal data",
    },
    # ---------------------------------------------------------------- 060
    {
        "id": "kenshinsaiken-060",
        "charset": "utf-8",
        "sender": TAKANASHI,
        "to": ["みなと健診プラザ 巡回健診課 <junkai@minato-kenshin.jp>"],
        "subject": "Osaka plant: change of contact person / 大阪工場 担当者変更のお知らせ",
        "body": """みなと健診プラザ　巡回健診課　ご担当者様

いつもお世話になっております。日の出産業 大阪工場 総務課の小鳥遊です。
11月1日付で、大阪工場の健診担当が下記に変わりますのでお知らせします。

　新担当：Kawabata Yuki（川端 由紀）　総務課
　TEL：06-6612-4480（内線 315）
　E-mail：y.kawabata@osaka.hinode-sangyo.co.jp

私は10月末で本社へ異動となります。これまで大変お世話になりました。
引き継ぎは完了しておりますので、今後は川端までご連絡ください。

""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one staff member's business contact details in a change-of-contact notice",
    },
    # ---------------------------------------------------------------- 061
    {
        "id": "kenshinsaiken-061",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["Laura Pennington <l.pennington@brightwater-industries.com>"],
        "cc": ["Dr. Marcus Hale <m.hale@brightwater-industries.com>"],
        "subject": "Annual medicals 2025 - seconded engineers (results)",
        "body": """Dear Laura, Dear Dr. Hale,

As agreed in the secondment contract, please find attached the results of this
year's annual health checks for the five Hinode engineers working at your site.
Two of them need follow-up examinations; we have asked them to book these locally.

Please keep the file within your occupational health team.

""" + SIG_EN,
        "attachments": [{
            "kind": "csv",
            "name": "seconded_engineers_medicals_2025.csv",
            "encoding": "utf-8",
            "rows": [
                ["Name", "Employee ID", "Date of birth", "BP", "BMI", "Findings", "Fitness"],
                ["Ryota Kashiwabara", "H09514", "1982-05-30", "178/104", "27.9", "Essential hypertension (on medication)", "Fit with restrictions"],
                ["Shiori Amagasaki", "H11702", "1993-01-17", "118/72", "20.4", "None", "Fit"],
                ["Daichi Mizorogi", "H10266", "1989-09-02", "132/86", "25.1", "Fatty liver (ALT 96) - follow-up", "Fit"],
                ["Emi Kuroiwa-Lang", "H12033", "1995-11-11", "110/70", "19.8", "Iron deficiency anaemia - follow-up", "Fit"],
                ["Takeru Oyamada", "H08470", "1976-03-24", "140/88", "28.6", "Type 2 diabetes (HbA1c 7.1)", "Fit, no night shifts"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of five named engineers with DOB and diagnoses to a client company abroad",
    },
    # ---------------------------------------------------------------- 062
    {
        "id": "kenshinsaiken-062",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["Laura Pennington <l.pennington@brightwater-industries.com>"],
        "subject": "Annual health checks for seconded staff - timing",
        "body": """Hi Laura,

A quick note on timing: under Japanese law our seconded engineers still need their
annual health check, and this year we would like them to take it at a local clinic
near your Ohio plant rather than flying back to Tokyo.

Could you recommend one or two occupational health providers in the area? We would
cover the cost directly; all we need from the provider is an itemised invoice and
the standard result sheet sent to the employee, who will forward it to us.

Target window: 1-19 December. I'm happy to discuss on a call next week.

""" + SIG_EN + """

""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English scheduling mail with the standard disclaimer; no individual's data",
    },
    # ---------------------------------------------------------------- 063
    {
        "id": "kenshinsaiken-063",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["Priya Raman <priya.raman@proh-asia.com>"],
        "subject": "Draft: Health check follow-up procedure (for your review)",
        "body": """Dear Priya,

Thank you for agreeing to review our follow-up procedure before the rollout to our
overseas offices. The draft is attached. I would particularly value your view on
section 4 (how long a manager may be informed of work restrictions) and section 6
(retention of results).

Comments by 31 October would be ideal.

""" + SIG_EN,
        "attachments": [{
            "kind": "pdf",
            "name": "HS-PRC-014_followup_procedure_draft.pdf",
            "title": "Health check follow-up procedure (draft)",
            "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. - Do not distribute",
            "lines": [
                "HS-PRC-014  Procedure for follow-up after annual health checks  (Draft 0.3)",
                "1. Purpose",
                "2. Scope: all employees including seconded and overseas staff",
                "3. Roles: occupational physician, occupational nurse, HR, line manager",
                "4. Communication of work restrictions to line managers",
                "5. Re-examination reminders (1st at 4 weeks, 2nd at 8 weeks, escalation at 12 weeks)",
                "6. Retention of results and follow-up records (5 years)",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached PDF carries a CONFIDENTIAL footer on every page; recipient is external",
    },
    # ---------------------------------------------------------------- 064
    {
        "id": "kenshinsaiken-064",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["Priya Raman <priya.raman@proh-asia.com>"],
        "subject": "Re: Call on 14 Oct?",
        "body": """Hi Priya,

14 October at 16:00 Singapore time (17:00 Tokyo) works for me. I'll send a Teams
invite. Agenda on my side is just the re-examination reminder flow and the retention
period question.

Thanks,
Kenji

""" + DISCLAIMER_EN + """

On Thu, 9 Oct 2025 at 10:22, Priya Raman <priya.raman@proh-asia.com> wrote:
> Hi Kenji, would a short call on 14 Oct work to go through your draft?
> Best, Priya
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short English scheduling reply; the only 'confidential' is the standard disclaimer",
    },
    # ---------------------------------------------------------------- 065
    {
        "id": "kenshinsaiken-065",
        "charset": "iso-2022-jp",
        "sender": SUGI,
        "to": ["西條医院 西條 先生 <saijo@saijo-iin.jp>",
               "みどりが丘メンタルクリニック <info@midorigaoka-mental.jp>"],
        "cc": ["こころサポート カウンセラー 江頭 <egashira@kokoro-support.co.jp>"],
        "subject": "我妻さん 復職に向けた関係者打合せのお願い",
        "body": """西條先生、みどりが丘メンタルクリニック 主治医の先生、こころサポート 江頭様

いつもお世話になっております。日の出産業 健康管理室の杉之内です。

うつ病で7月から休職中の我妻 千尋さんについて、主治医の先生から
「11月中旬から短時間勤務での復職可」とのご意見をいただきました。
本人の同意を得て、産業医・主治医・カウンセラーの三者で
復職プランを確認する打合せを設定したく、ご連絡いたしました。

候補：11月6日（木）17:00〜、11月7日（金）17:30〜（オンライン）

現在の服薬はエスシタロプラム10mg、睡眠薬は頓用のみと伺っております。

""" + SIG_SUGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "external_recipients_visible", "multiple_external_domains"],
        "note": "a named employee's depression and medication, to three outside parties who see each other",
    },
    # ---------------------------------------------------------------- 066
    {
        "id": "kenshinsaiken-066",
        "charset": "shift_jis",
        "sender": SUGI,
        "to": ["みなと健診プラザ 医療連携室 <renkei@minato-kenshin.jp>"],
        "cc": ["おおたけ消化器内科 <info@otake-shoukaki.jp>"],
        "subject": "胃部X線 要精検者の内視鏡受入れ連携について",
        "body": """みなと健診プラザ　医療連携室　ご担当者様
（cc：おおたけ消化器内科　大竹先生）

お世話になっております。日の出産業 健康管理室の杉之内です。

胃部X線で要精密検査となった社員が内視鏡を受ける際、
健診プラザ様から直接おおたけ消化器内科様へ紹介状を発行いただける流れにできないか、
ご相談させてください。
（現状は本人が一度弊社に結果を持参してから紹介状を作成しており、受診まで1か月以上かかっています）

両院の間で紹介状の様式や結果の返送先について取り決めが必要かと存じますので、
一度三者でお話しできればと思います。

""" + SIG_SUGI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "process discussion with two external organisations in To/Cc; no individual",
    },
    # ---------------------------------------------------------------- 067
    {
        "id": "kenshinsaiken-067",
        "charset": "utf-8",
        "sender": IJUIN,
        "to": ["はまなす歯科 予約係 <yoyaku@hamanasu-dental.jp>"],
        "subject": "事業所歯科健診　受診希望者一覧",
        "body": """はまなす歯科　予約係　ご担当者様

お世話になっております。日の出産業 総務部の伊集院です。
11月の事業所歯科健診の受診希望者一覧です（HTML表示できない場合は下記をご覧ください）。

氏名 / 社員番号 / メール / 携帯
八月一日 蓮 / H09347 / r.hozumi@hinode-sangyo.co.jp / 090-5518-2203
不破 瑞穂 / H10640 / m.fuwa@hinode-sangyo.co.jp / 080-3321-9054
雲母 葵 / H11893 / a.kirara@hinode-sangyo.co.jp / 070-2284-6630
一口 美佐 / H07190 / m.imoarai@hinode-sangyo.co.jp / 080-5512-0938
左右田 直人 / H11208 / n.souda@hinode-sangyo.co.jp / 090-6650-1187
鰐淵 拓真 / H10115 / t.wanibuchi@hinode-sangyo.co.jp / 080-6605-1193
日下部 彩乃 / H13076 / a.kusakabe@hinode-sangyo.co.jp / 080-9901-3425
舎利弗 一馬 / H12451 / k.todoroki@hinode-sangyo.co.jp / 090-2076-8830
外村 早紀 / H09882 / s.tonomura@hinode-sangyo.co.jp / 090-1178-5546
毒島 由香里 / H08511 / y.busujima@hinode-sangyo.co.jp / 070-3308-4471

""" + SIG_IJUIN,
        "html": """<html><body>
<p>はまなす歯科　予約係　ご担当者様</p>
<p>お世話になっております。日の出産業 総務部の伊集院です。<br>11月の事業所歯科健診の受診希望者一覧です。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-size:10pt">
<tr><th>No</th><th>氏名</th><th>社員番号</th><th>メール</th><th>携帯</th><th>希望時間帯</th></tr>
<tr><td>1</td><td>八月一日 蓮</td><td>H09347</td><td>r.hozumi@hinode-sangyo.co.jp</td><td>090-5518-2203</td><td>午前</td></tr>
<tr><td>2</td><td>不破 瑞穂</td><td>H10640</td><td>m.fuwa@hinode-sangyo.co.jp</td><td>080-3321-9054</td><td>午後</td></tr>
<tr><td>3</td><td>雲母 葵</td><td>H11893</td><td>a.kirara@hinode-sangyo.co.jp</td><td>070-2284-6630</td><td>午後</td></tr>
<tr><td>4</td><td>一口 美佐</td><td>H07190</td><td>m.imoarai@hinode-sangyo.co.jp</td><td>080-5512-0938</td><td>午前</td></tr>
<tr><td>5</td><td>左右田 直人</td><td>H11208</td><td>n.souda@hinode-sangyo.co.jp</td><td>090-6650-1187</td><td>どちらでも</td></tr>
<tr><td>6</td><td>鰐淵 拓真</td><td>H10115</td><td>t.wanibuchi@hinode-sangyo.co.jp</td><td>080-6605-1193</td><td>午前</td></tr>
<tr><td>7</td><td>日下部 彩乃</td><td>H13076</td><td>a.kusakabe@hinode-sangyo.co.jp</td><td>080-9901-3425</td><td>午後</td></tr>
<tr><td>8</td><td>舎利弗 一馬</td><td>H12451</td><td>k.todoroki@hinode-sangyo.co.jp</td><td>090-2076-8830</td><td>どちらでも</td></tr>
<tr><td>9</td><td>外村 早紀</td><td>H09882</td><td>s.tonomura@hinode-sangyo.co.jp</td><td>090-1178-5546</td><td>午前</td></tr>
<tr><td>10</td><td>毒島 由香里</td><td>H08511</td><td>y.busujima@hinode-sangyo.co.jp</td><td>070-3308-4471</td><td>午後</td></tr>
</table>
<p>日の出産業株式会社 総務部総務課 伊集院 沙耶<br>TEL 03-5639-7702</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "text+HTML list of 10 employees with e-mail and mobile numbers to an outside dental clinic",
    },
    # ---------------------------------------------------------------- 068
    {
        "id": "kenshinsaiken-068",
        "charset": "iso-2022-jp",
        "sender": KITOU,
        "to": [SUGI],
        "subject": "面談記録（暗号化ZIP）",
        "body": """杉之内さん

鬼頭です。昨日の保健指導3名分の面談記録をまとめました。
共有フォルダが不調なので、暗号化ZIPでお送りします。
パスワードはいつもの面談記録用のものです。

鬼頭
""",
        "attachments": [{
            "kind": "zip",
            "name": "mendan_kiroku_1015.zip",
            "password": "mk-2025-internal",
            "files": [{
                "kind": "txt",
                "name": "面談記録_1015.txt",
                "text": "10/15 保健指導 3名\n垂水 健吾：減量指導、飲酒量確認\n猪熊 健太：糖尿病治療継続の確認\n阿比留 直子：食事指導\n",
            }],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "encrypted ZIP, but sent only to an internal colleague",
    },
    # ---------------------------------------------------------------- 069
    {
        "id": "kenshinsaiken-069",
        "charset": "utf-8",
        "sender": IOKIBE,
        "to": ["社会保険労務士法人 藤森事務所 藤森 <fujimori@sr-fujimori.jp>"],
        "subject": "障害厚生年金の請求手続きについてご相談",
        "body": """藤森先生

いつもお世話になっております。日の出産業の五百旗頭です。
休職中の社員について、障害厚生年金の請求を検討しており、ご相談させてください。

　氏名：鴨脚 康之（いちょう やすゆき）　60歳
　基礎年金番号：4521-308776
　傷病名：脳梗塞（令和6年2月発症）、後遺症として右片麻痺・失語
　初診日：令和6年2月9日（都立東部医療センター）
　現状：身体障害者手帳2級、休職期間満了は令和8年1月

初診日から1年6か月が経過しておりますので、障害認定日請求が可能かと存じます。
必要書類と、会社側で用意すべきものをご教示いただけますでしょうか。

""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "basic pension number, stroke diagnosis and disability grade of a named employee to an outside 社労士",
    },
    # ---------------------------------------------------------------- 070
    {
        "id": "kenshinsaiken-070",
        "charset": "iso-2022-jp",
        "sender": IOKIBE,
        "to": ["社会保険労務士法人 藤森事務所 <office@sr-fujimori.jp>"],
        "subject": "労災二次健康診断等給付の要件について（一般的なご質問）",
        "body": """藤森事務所　ご担当者様

お世話になっております。日の出産業の五百旗頭です。
労災保険の二次健康診断等給付について、一般論として教えてください。

１．腹囲の代わりにBMIで判定してよいのはどのような場合か
２．定期健診の受診日から何か月以内に請求する必要があるか
３．二次健診を受けられる医療機関は労災指定医療機関に限られるか
４．特定保健指導と同時に受けることは可能か

来月の安全衛生委員会で説明したいので、概要で結構です。

""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general legal question to a 社労士; no individual",
    },
    # ---------------------------------------------------------------- 071
    {
        "id": "kenshinsaiken-071",
        "charset": "utf-8",
        "sender": SUGI,
        "to": ["健康経営ラボ 研修事業部 <kenshu@kenko-keiei-lab.co.jp>"],
        "subject": "管理職研修の事例について（ご相談）",
        "body": """健康経営ラボ株式会社
研修事業部 ご担当者様

お世話になっております。日の出産業 健康管理室の杉之内です。
来月の管理職研修で使う事例について、素材をお送りします。

【事例案】
製造2課の40代男性（K.T.さん）。定期健診で血圧180/110、要治療の判定だったが
「忙しい」と二次健診を3か月受診せず、所属長も把握していなかった。
その後、夜勤中に頭痛を訴え救急搬送、脳出血の診断で2か月休業。

実際の社内の出来事をもとにしていますが、研修では年代・部署をぼかしていただけると助かります。
事例の設問（所属長として何ができたか）の作成をお願いできますでしょうか。

""" + SIG_SUGI,
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "real case with initials, age band and department: arguably identifiable within the company, arguably anonymised",
    },
    # ---------------------------------------------------------------- 072
    {
        "id": "kenshinsaiken-072",
        "charset": "shift_jis",
        "sender": KITOU,
        "to": ["東都健康管理協会 結果発送係 <kekka@toto-kenko.or.jp>"],
        "subject": "結果票の再送依頼（受診番号2件）",
        "body": """東都健康管理協会　結果発送係　御中

お世話になっております。日の出産業 健康管理室の鬼頭です。
下記受診番号の結果票（会社控え）が当方に届いておりません。
お手数ですが再送をお願いできますでしょうか。

　受診番号：TK25-0831-0412
　受診番号：TK25-0902-0077

送付先は従来どおり、弊社健康管理室（4階）宛でお願いします。

""" + SIG_KITOU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "resend request by examination reference numbers only; no name, no result",
    },
    # ---------------------------------------------------------------- 073
    {
        "id": "kenshinsaiken-073",
        "charset": "iso-2022-jp",
        "sender": IJUIN,
        "to": ["北国フーズ 東京営業所 <tokyo@kitaguni-foods.co.jp>"],
        "subject": "社員食堂　ヘルシーメニュー拡充のお願い",
        "body": """北国フーズ株式会社
東京営業所　ご担当者様

いつも社員食堂の運営でお世話になっております。日の出産業 総務部の伊集院です。

今年度の定期健診の集計で、脂質（LDL）と血糖の有所見率が前年より上がっており、
健康管理室から食堂メニューでの後押しを依頼されました。
つきましては、以下をご検討いただけますでしょうか。

　・定食のうち1品を「塩分2.5g以下・野菜120g以上」のメニューに
　・ご飯の小盛り（100g）選択時に30円引き
　・主菜の栄養成分表示（エネルギー、塩分、脂質）

開始は12月からを希望しております。費用面のご相談もお聞かせください。

""" + SIG_IJUIN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "canteen request based on aggregate trends only",
    },
    # ---------------------------------------------------------------- 074
    {
        "id": "kenshinsaiken-074",
        "charset": "shift_jis",
        "sender": IJUIN,
        "to": ["北国フーズ 東京営業所 <tokyo@kitaguni-foods.co.jp>"],
        "subject": "食物アレルギー申告者の一覧（食堂対応のお願い）",
        "body": """北国フーズ株式会社　東京営業所
栄養士　ご担当者様

お世話になっております。日の出産業 総務部の伊集院です。
健康管理室で取りまとめた食物アレルギーの申告者一覧です。
配膳時の注意・代替食のご対応をお願いいたします。

■ 申告者一覧（本社食堂利用者）
・栗花落 美月（経理部）　　えび・かに　　じんましん
・左右田 直人（情報システム部）　そば　　アナフィラキシーの既往あり、エピペン携帯
・雲母 葵（情報システム部）　卵　　　腹痛
・九十九 里奈（情報システム部）　小麦　　食物依存性運動誘発アナフィラキシー
・我妻 千尋（総務部）　　落花生・くるみ　　口腔アレルギー
・乙部 陸斗（物流部）　　牛乳　　　下痢

特に左右田さんと九十九さんは重篤な症状の既往がありますので、
調理器具の共用にもご注意ください。

""" + SIG_IJUIN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "bullet list of 6 named employees' food allergies and anaphylaxis history to a partner caterer",
    },
    # ---------------------------------------------------------------- 075
    {
        "id": "kenshinsaiken-075",
        "charset": "utf-8",
        "sender": SUGI,
        "to": ["管理職各位 <kanrishoku-all@hinode-sangyo.co.jp>"],
        "subject": "【お願い】二次健診の受診期限（11月末）について",
        "body": """管理職の皆さま

健康管理室の杉之内です。
今年度の二次健診の受診期限は11月28日（金）です。
対象となっている部下の方には、健康管理室から個別に通知しています。

所属長の皆さまには、以下の点でご協力をお願いします。

・受診のための時間（半日程度）を業務として調整してください
・部下から相談があった場合は、健康管理室（内線2241）につないでください
・結果の内容を本人に尋ねることは控えてください

受診率の高い職場ほど、重症化による長期休業が少ないことがわかっています。
ご協力をよろしくお願いいたします。

""" + SIG_SUGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal general reminder to managers",
    },
    # ---------------------------------------------------------------- 076
    {
        "id": "kenshinsaiken-076",
        "charset": "iso-2022-jp",
        "sender": SUGI,
        "to": ["鬼頭 晴香 <h.kitou@mail-hinode-sangyo.co.jp>"],
        "subject": "来週の保健指導の持ち物",
        "body": """鬼頭さん

杉之内です。来週の保健指導ですが、フードモデルと腹囲メジャーを
倉庫から出しておいてもらえますか。
血圧計は新しいものが届いたので、そちらを使います。

よろしくお願いします。
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "mail-hinode-sangyo.co.jp puts a hyphen for the dot of mail.hinode-sangyo.co.jp: look-alike",
    },
    # ---------------------------------------------------------------- 077
    {
        "id": "kenshinsaiken-077",
        "charset": "shift_jis",
        "sender": IOKIBE,
        "to": ["川崎電機 人事部 厚生課 <kousei@kawasaki-denki.jp>"],
        "subject": "出向者の定期健診日程の調整について",
        "body": """川崎電機株式会社
人事部 厚生課　御中

お世話になっております。日の出産業の五百旗頭です。
貴社へ出向中の弊社社員3名の定期健診について、
今年度も貴社の事業所健診に含めていただけますでしょうか。

費用は例年どおり弊社負担とし、貴社経由でご請求いただければ結構です。
実施日がお決まりになりましたらお知らせください。

""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner is kawasaki-denki.co.jp; kawasaki-denki.jp drops the co. (look-alike)",
    },
    # ---------------------------------------------------------------- 078
    {
        "id": "kenshinsaiken-078",
        "charset": "utf-8",
        "sender": IOKIBE,
        "to": ["白川法律事務所 白川 先生 <shirakawa@shirakawa-lwa.jp>"],
        "subject": "労災申請に関するご相談（物流部社員）",
        "body": """白川先生

いつもお世話になっております。日の出産業の五百旗頭です。
物流部の社員の労災申請について、ご意見をいただきたくご連絡しました。

対象は物流部の百目鬼 剛（53歳）です。
9月の定期健診後の問診で腰痛を訴え、整形外科で腰椎圧迫骨折と診断されました。
本人は8月の荷役作業中の転倒が原因と主張していますが、当時の報告はなく、
骨粗鬆症の既往もあるため、業務起因性の判断が難しい状況です。

会社としての対応方針（事業主証明の可否）について、来週ご相談のお時間をいただけますか。

""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "shirakawa-lwa.jp is a letter-swap look-alike of the partner law firm; carries a named diagnosis",
    },
    # ---------------------------------------------------------------- 079
    {
        "id": "kenshinsaiken-079",
        "charset": "iso-2022-jp",
        "sender": IOKIBE,
        "to": ["白川法律事務所 白川 先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "健康診断結果の保存と第三者提供について（ご質問）",
        "body": """白川先生

いつもお世話になっております。日の出産業の五百旗頭です。
健康情報の取扱規程の改定にあたり、一般論として2点ご教示ください。

１．出向者の健診結果を出向先に提供する場合、本人同意は都度必要か、
　　出向契約時の包括同意で足りるか
２．退職者の健診個人票を保存期間（5年）経過後に廃棄する際、
　　廃棄記録としてどこまで残すべきか

個別の事案ではございませんので、ご都合のよいときにご回答いただければ幸いです。

""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general legal question to the correct partner law firm domain",
    },
    # ---------------------------------------------------------------- 080
    {
        "id": "kenshinsaiken-080",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["Priya Raman <priya.raman@proh-asia.com>"],
        "subject": "Follow-up records Q3 (encrypted)",
        "body": """Dear Priya,

As discussed, attached are the Q3 follow-up records for our Singapore-based staff.
The archive is password-protected; I will send the password in a separate e-mail.

""" + SIG_EN,
        "attachments": [{
            "kind": "zip",
            "name": "Q3_followup_SG.zip",
            "password": "Q3-SG-fu!2025",
            "files": [{
                "kind": "xlsx",
                "name": "Q3_followup_SG.xlsx",
                "sheets": {"Q3": [
                    ["Name", "Item", "Result", "Follow-up"],
                    ["Wei Ling Tan", "Lipids", "LDL 4.9 mmol/L", "GP review"],
                    ["Haruto Sekiguchi", "Blood pressure", "152/96", "Booked"],
                ]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP to an outside occupational health provider cannot be inspected",
    },
    # ---------------------------------------------------------------- 081
    {
        "id": "kenshinsaiken-081",
        "charset": "iso-2022-jp",
        "sender": NISHINA,
        "to": ["西條医院 西條 先生 <saijo@saijo-iin.jp>"],
        "subject": "長時間労働者　面接指導対象者（9月実績）",
        "body": """西條先生

お世話になっております。日の出産業 労務課の仁科です。
9月の時間外・休日労働が80時間を超えた者、及び本人申出のあった者の一覧をPDFでお送りします。
面接日程は各人と調整のうえ、改めてご連絡いたします。

""" + SIG_NISHINA,
        "attachments": [{
            "kind": "pdf",
            "name": "mensetsu_taishosha_202509.pdf",
            "lines": [
                "長時間労働者 面接指導対象者一覧（令和7年9月実績）",
                "日の出産業株式会社 人事部 労務課　作成日：令和7年10月6日",
                "",
            ],
            "table": [
                ["社員番号", "氏名", "所属", "携帯電話", "時間外(9月)", "時間外(3か月平均)", "区分"],
                ["H10115", "鰐淵 拓真", "営業二部", "080-6605-1193", "96h", "84h", "80h超"],
                ["H11208", "左右田 直人", "情報システム部", "090-6650-1187", "112h", "91h", "80h超"],
                ["H11893", "雲母 葵", "情報システム部", "070-2284-6630", "88h", "70h", "80h超"],
                ["H09347", "八月一日 蓮", "営業一部", "090-5518-2203", "82h", "76h", "80h超"],
                ["H12451", "舎利弗 一馬", "総務部", "090-2076-8830", "64h", "58h", "本人申出"],
                ["H13305", "月見里 航", "品質保証部", "080-7712-3309", "91h", "83h", "80h超"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of 6 named employees with mobiles and overtime hours to the external physician's clinic",
    },
    # ---------------------------------------------------------------- 082
    {
        "id": "kenshinsaiken-082",
        "charset": "utf-8",
        "sender": KITOU,
        "to": [SUGI, TAKANASHI],
        "subject": "全社 二次健診対象者マスタ（最新版）",
        "body": """杉之内さん、小鳥遊さん

鬼頭です。全社の二次健診対象者マスタを最新化しました。
大阪工場分は小鳥遊さんの10/10版を反映しています。
シート「全社」に生年月日と連絡先も入れてあるので、取扱いにご注意ください。

鬼頭
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "二次健診対象者マスタ_1014.xlsx",
            "title": "二次健診対象者マスタ",
            "sheets": {
                "全社": [
                    ["二次健診対象者マスタ（令和7年10月14日更新）"],
                    ["社員番号", "氏名", "生年月日", "事業所", "携帯", "判定項目", "状況"],
                    ["H10384", "四十物 悠真", "1986-03-11", "本社", "090-3012-7745", "血圧", "受診済"],
                    ["H11027", "栗花落 美月", "1992-07-30", "本社", "080-2267-0913", "脂質", "受診済"],
                    ["H09215", "百目鬼 剛", "1971-12-02", "本社", "090-8853-1146", "肝機能", "受診済"],
                    ["H12290", "九十九 里奈", "1995-05-19", "本社", "070-6621-3098", "貧血", "受診済"],
                    ["H08841", "東海林 誠一", "1968-01-25", "本社", "090-4407-2281", "血糖", "未受診"],
                    ["H13305", "月見里 航", "1998-09-08", "本社", "080-7712-3309", "心電図", "受診済"],
                    ["O20113", "垂水 健吾", "1984-07-19", "大阪", "090-3318-2047", "血圧", "受診済"],
                    ["O20287", "磯貝 紗希", "1990-10-03", "大阪", "080-5590-1176", "貧血", "未受診"],
                    ["O20505", "帯刀 亘", "1992-11-30", "大阪", "080-4419-7720", "心電図", "未受診"],
                ],
                "集計": [["事業所", "対象", "受診済"], ["本社", 6, 5], ["大阪", 3, 1]],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "full list with DOB, mobiles and check items, but both recipients are internal",
    },
    # ---------------------------------------------------------------- 083
    {
        "id": "kenshinsaiken-083",
        "charset": "utf-8",
        "sender": IOKIBE,
        "to": ["ツバサシステム 営業部 岡嶋 <okajima@tsubasa-system.jp>"],
        "subject": "健康管理システム　次年度予算の前提について",
        "body": """岡嶋様

お世話になっております。日の出産業の五百旗頭です。
次年度予算の前提として、弊社内で整理した比較表をお送りします。
ライセンス数とオプション（ストレスチェック連携）の前提に誤りがないか、
ご確認いただけますでしょうか。

""" + SIG_IOKIBE,
        "attachments": [{
            "kind": "xlsx",
            "name": "健康管理システム_予算比較_R8.xlsx",
            "page_header": "Confidential - Internal Only",
            "sheets": {
                "比較": [
                    ["【取扱区分：Confidential - Internal Only】"],
                    ["項目", "現行（紙・Excel）", "ツバサ案A", "ツバサ案B", "備考"],
                    ["初期費用", 0, 3200000, 4800000, "B案はデータ移行込み"],
                    ["年間ライセンス", 0, 1560000, 1980000, "1,300名想定"],
                    ["ストレスチェック連携", "-", 360000, "込み", ""],
                    ["運用工数（人月）", 6.0, 2.5, 2.0, "健康管理室"],
                ],
                "前提": [["前提", "内容"], ["対象人数", "1,300名"], ["契約期間", "3年"]],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX stamped 'Confidential - Internal Only' (page header and title cell) sent to a vendor",
    },
    # ---------------------------------------------------------------- 084
    {
        "id": "kenshinsaiken-084",
        "charset": "shift_jis",
        "sender": KITOU,
        "to": ["みなと健診プラザ 巡回健診課 <junkai@minato-kenshin.jp>"],
        "subject": "会場レイアウトの件",
        "body": """みなと健診プラザ　北条様

お世話になっております。日の出産業の鬼頭です。
お問い合わせの本社会場のレイアウトですが、社内の施設図面は社外秘扱いのため
そのままお送りすることができません。申し訳ございません。

代わりに、下見の日程を設定させていただけないでしょうか。
候補は10月27日（月）15時、10月29日（水）10時です。
当日は総務部の伊集院が施設をご案内します。

""" + SIG_KITOU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions that drawings are 社外秘 (a mere mention, nothing marked is sent)",
    },
    # ---------------------------------------------------------------- 085
    {
        "id": "kenshinsaiken-085",
        "charset": "utf-8",
        "sender": SUGI,
        "to": ["健康経営ラボ 研修事業部 講師 桧山 <hiyama@kenko-keiei-lab.co.jp>"],
        "subject": "管理職研修スライド（事例パート）",
        "body": """桧山先生

お世話になっております。日の出産業の杉之内です。
管理職研修の事例パートのスライドをお送りします。
事例は実際の社員のものですので、先生の方で表現を調整いただければと思います。

""" + SIG_SUGI,
        "attachments": [{
            "kind": "pptx",
            "name": "管理職研修_事例_v2.pptx",
            "slides": [
                ["事例1：二次健診の未受診",
                 "物流部 東海林 誠一さん（57歳）",
                 "定期健診 HbA1c 7.6%、要精密検査",
                 "3回の受診勧奨に応じず、夜勤中に低血糖で倒れる",
                 "→ 2型糖尿病で治療開始、夜勤不可の就業制限"],
                ["事例2：メンタル不調の早期発見",
                 "総務部 我妻 千尋さん（42歳）",
                 "遅刻の増加、ミスの増加 → 本人から相談",
                 "うつ病の診断で休職、現在復職準備中"],
                ["討議", "所属長として、どの時点で何ができたか"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PPTX case slides naming two real employees with diabetes and depression, to an outside trainer",
    },
    # ---------------------------------------------------------------- 086
    {
        "id": "kenshinsaiken-086",
        "charset": "iso-2022-jp",
        "sender": SUGI,
        "to": ["健康経営ラボ 研修事業部 講師 桧山 <hiyama@kenko-keiei-lab.co.jp>"],
        "subject": "健康セミナー用　当社の取組み紹介スライド",
        "body": """桧山先生

お世話になっております。日の出産業の杉之内です。
11月20日の健康セミナー冒頭でお話しする、当社の取組み紹介のスライドです。
先生のご講演とつながるよう、数字は全社の集計値のみとしています。
流れにご意見があればお知らせください。

""" + SIG_SUGI,
        "attachments": [{
            "kind": "pptx",
            "name": "当社の健康づくりの取組み.pptx",
            "slides": [
                ["日の出産業の健康づくり", "人事部 健康管理室", "令和7年11月20日"],
                ["定期健診の状況", "受診率 99.2%", "有所見率 54.1%（前年 55.3%）", "二次健診受診率 61.3% → 目標 80%"],
                ["今年度の取組み", "所属長経由の受診勧奨", "食堂のヘルシーメニュー", "ウォーキングイベント（参加 412名）"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "seminar slides with company-wide aggregate figures only",
    },
    # ---------------------------------------------------------------- 087
    {
        "id": "kenshinsaiken-087",
        "charset": "utf-8",
        "sender": NISHINA,
        "to": ["スタッフネクスト 営業担当 辻 <tsuji@staff-next.co.jp>"],
        "subject": "FW: 派遣スタッフ 奈良岡様の二次健診結果",
        "body": """辻様

お世話になっております。日の出産業の仁科です。
弊社で定期健診を実施した派遣スタッフの奈良岡様について、
受診先のクリニックから結果の連絡がありましたので、元のメールを添付でお送りします。
派遣元としての就業上の措置についてご確認をお願いいたします。

""" + SIG_NISHINA,
        "attachments": [{
            "kind": "eml",
            "name": "二次健診結果_奈良岡様.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "桐生内科クリニック <uketsuke@kiryu-naika.jp>",
                "to": ["鬼頭 晴香 <h.kitou@hinode-sangyo.co.jp>"],
                "subject": "二次健診結果のご報告（奈良岡様）",
                "body": """日の出産業株式会社　健康管理室　鬼頭様

いつもお世話になっております。桐生内科クリニックです。
ご紹介の奈良岡 詩織様（平成4年11月3日生）の二次健診結果をご報告します。

・ヘモグロビン 8.6 g/dL、フェリチン 4 ng/mL
・診断：鉄欠乏性貧血（過多月経による）
・鉄剤内服を開始、婦人科受診を勧めました
・就業：重量物の取扱いと長時間の立ち作業は当面控えることが望ましい

桐生内科クリニック　院長　桐生 隆之
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "attached clinic mail (forward as attachment) with a named worker's diagnosis, to the staffing agency",
    },
    # ---------------------------------------------------------------- 088
    {
        "id": "kenshinsaiken-088",
        "charset": "shift_jis",
        "sender": KITOU,
        "to": [NISHINA],
        "subject": "FW: 二次健診結果のご報告（奈良岡様）",
        "body": """仁科さん

鬼頭です。派遣の奈良岡さんの結果がクリニックから届いたので、元メールを添付します。
派遣元への共有の要否は、本人の同意を確認してからにしましょう。

鬼頭
""",
        "attachments": [{
            "kind": "eml",
            "name": "奈良岡様_結果.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "桐生内科クリニック <uketsuke@kiryu-naika.jp>",
                "to": ["鬼頭 晴香 <h.kitou@hinode-sangyo.co.jp>"],
                "subject": "二次健診結果のご報告（奈良岡様）",
                "body": """日の出産業株式会社　健康管理室　鬼頭様

ご紹介の奈良岡 詩織様（平成4年11月3日生）の二次健診結果です。
診断：鉄欠乏性貧血。鉄剤内服を開始しました。

桐生内科クリニック
""",
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "same kind of clinic mail forwarded as attachment, but only to an internal colleague",
    },
    # ---------------------------------------------------------------- 089
    {
        "id": "kenshinsaiken-089",
        "charset": "iso-2022-jp",
        "sender": SUGI,
        "to": ["ほけんしどうパートナーズ 保健師 室伏 <murofushi@hokenshido-partners.co.jp>"],
        "subject": "初回面接（大阪工場分）の事前情報",
        "body": """室伏様

お世話になっております。日の出産業 健康管理室の杉之内です。
11月の大阪工場での初回面接の対象者について、事前情報をお送りします。
（システムに取り込まず、面接の準備用としてお使いください）

氏名　　　　　年齢　腹囲　　　ＢＭＩ　　血圧　　　　　ＨｂＡ１ｃ　喫煙
－－－－－－　－－　－－－－　－－－－　－－－－－－　－－－－－　－－
垂水　健吾　　４１　９１．５　２７．２　１４２／９０　　５．９　　有
姥ヶ谷　修　　５５　８７．４　２５．３　１３６／８６　　５．８　　有
猪熊　健太　　４６　９５．６　２９．９　１５０／９４　　６．３　　無
阿比留　直子　３７　９２．１　２８．４　１２８／８４　　６．０　　無
鍋島　颯太　　２４　８６．０　２５．５　１３０／８０　　５．５　　有

猪熊さんは糖尿病で通院中のため、主治医の指示を優先してください。

""" + SIG_SUGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "full-width padded table of 5 named employees' check values and a diagnosis to an outside contractor",
    },
    # ---------------------------------------------------------------- 090
    {
        "id": "kenshinsaiken-090",
        "charset": "shift_jis",
        "sender": KITOU,
        "to": ["東都健康管理協会 予約センター <yoyaku@toto-kenko.or.jp>"],
        "subject": "令和８年度 定期健診日程の仮押さえについて",
        "body": """東都健康管理協会　予約センター
ご担当者様

いつもお世話になっております。日の出産業 健康管理室の鬼頭です。
令和８年度の定期健康診断（施設健診分）について、下記の日程で仮押さえをお願いいたします。

　・令和８年４月２０日（月）〜２４日（金）　各日４０名
　・令和８年９月１４日（月）〜１８日（金）　各日３０名（二次健診枠を含む）
　・令和９年２月１５日（月）　　　　　　　　２０名（未受診者フォロー）

人数は１２月の確定時に変更の可能性がございます。
ご確認のほどよろしくお願いいたします。

""" + SIG_KITOU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "scheduling with 和暦 dates and head counts; no person",
    },
    # ---------------------------------------------------------------- 091
    {
        "id": "kenshinsaiken-091",
        "charset": "iso-2022-jp",
        "sender": NISHINA,
        "to": ["スタッフネクスト 辻 <tsuji@staff-next.co.jp>",
               "キャリアブリッジ 派遣事業部 <haken@career-bridge.jp>",
               "人材ひかり 営業所 <eigyo@jinzai-hikari.co.jp>"],
        "subject": "派遣スタッフの皆さまの定期健康診断について",
        "body": """派遣元各社　ご担当者様

いつもお世話になっております。日の出産業 人事部労務課の仁科です。

派遣スタッフの皆さまの定期健康診断は、派遣元事業主の実施義務となっておりますが、
例年どおり、希望される方は弊社の巡回健診（5月・6月）で受診いただくことが可能です。
その場合の費用は、受診者数に応じて各社にご請求させていただきます。

ご希望の有無と受診予定人数を、11月末までにお知らせください。
受診者の氏名等は、ご希望が確定した後に個別にお伺いします。

""" + SIG_NISHINA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three competing staffing agencies in To can see each other: should have been Bcc",
    },
    # ---------------------------------------------------------------- 092
    {
        "id": "kenshinsaiken-092",
        "charset": "utf-8",
        "sender": NISHINA,
        "to": [NISHINA],
        "bcc": ["スタッフネクスト 辻 <tsuji@staff-next.co.jp>",
                "キャリアブリッジ 派遣事業部 <haken@career-bridge.jp>",
                "人材ひかり 営業所 <eigyo@jinzai-hikari.co.jp>",
                "アシストワークス <info@assist-works.co.jp>"],
        "subject": "【再送・BCCにて失礼します】巡回健診の受診希望について",
        "body": """派遣元各社　ご担当者様
（本メールはBCCにてお送りしております）

日の出産業 人事部労務課の仁科です。
先日ご案内した、派遣スタッフの皆さまの巡回健診受診の件、
ご回答の期限を12月5日まで延長いたします。

まだご回答いただいていない各社様は、受診予定人数のみお知らせください。

""" + SIG_NISHINA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "external agencies are in Bcc only; To is the sender himself",
    },
    # ---------------------------------------------------------------- 093
    {
        "id": "kenshinsaiken-093",
        "charset": "shift_jis",
        "sender": NISHINA,
        "to": ["関東製造業健康保険組合 保健事業課 <hoken@kanto-seizo-kenpo.or.jp>"],
        "subject": "被扶養者 特定健診受診券の再発行申請（6名）",
        "body": """関東製造業健康保険組合
保健事業課　御中

お世話になっております。日の出産業 労務課の仁科です。
被扶養者の特定健診受診券について、紛失・未着の申し出があった6名分の
再発行をお願いいたします。

被保険者証記号-番号, 被扶養者氏名, 続柄, 生年月日, 送付先
7012-118, 坂東 恵美子, 妻, 1969/05/22, 自宅
7012-203, 磯貝 瞳, 妻, 1971/09/08, 自宅
7012-247, 猪熊 由美, 妻, 1978/12/14, 自宅
7012-331, 御手洗 千夏, 妻, 1980/03/03, 自宅
7013-019, 垂水 里香, 妻, 1985/07/27, 自宅
7013-102, 姥ヶ谷 澄子, 妻, 1972/01/30, 自宅

お手数ですが、よろしくお願いいたします。

""" + SIG_NISHINA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "comma-separated list of 6 dependants with insurance card numbers and DOB to the health insurance society",
    },
    # ---------------------------------------------------------------- 094
    {
        "id": "kenshinsaiken-094",
        "charset": "iso-2022-jp",
        "sender": KITOU,
        "to": ["みなと健診プラザ 巡回健診課 <junkai@minato-kenshin.jp>"],
        "subject": "問診票の送付部数と送付先",
        "body": """みなと健診プラザ　巡回健診課　御中

お世話になっております。日の出産業の鬼頭です。
問診票と採便容器の送付部数・送付先は以下のとおりです。

　事業所　　　　　　　部数　　送付先
　------------------------------------------------------------
　本社　　　　　　　　640部　〒135-0016 東京都江東区東陽5-28-6 日の出ビル4F 健康管理室
　川崎物流センター　　190部　〒210-0858 神奈川県川崎市川崎区大川町8-12 総務担当
　大阪工場　　　　　　420部　〒559-0031 大阪府大阪市住之江区南港東8-3-41 総務課

4月10日までに着くようお願いいたします。

""" + SIG_KITOU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipping addresses of the company's own sites (business addresses), no people",
    },
    # ---------------------------------------------------------------- 095
    {
        "id": "kenshinsaiken-095",
        "charset": "utf-8",
        "sender": NISHINA,
        "to": ["江東労働基準監督署 安全衛生課 <anzeneisei@koto-roukisho.go.jp>"],
        "subject": "定期健康診断結果報告書（様式第6号）の記載についての照会",
        "body": """江東労働基準監督署
安全衛生課　ご担当者様

日の出産業株式会社 人事部労務課の仁科と申します。
定期健康診断結果報告書の記載方法について、2点お伺いします。

１．巡回健診と施設健診を併用している場合、「健康診断実施機関」欄は主たる機関のみでよいか
２．「所見のあった者の人数」に、二次健診の結果「異常なし」となった者を含めるか

参考までに、当社本社事業場の今年度の数値は以下のとおりです。
　在籍労働者数 634名／受診労働者数 629名／所見のあった者 341名／医師の指示人数 118名

電子申請で提出予定です。よろしくお願いいたします。

""" + SIG_NISHINA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "query to the labour standards office with aggregate numbers only",
    },
    # ---------------------------------------------------------------- 096
    {
        "id": "kenshinsaiken-096",
        "charset": "shift_jis",
        "sender": IOKIBE,
        "to": ["北野精密 生産管理部 雲井 <kumoi@kitano-seimitsu.co.jp>"],
        "subject": "常駐技術者の勤務シフトについて（就業上の配慮のお願い）",
        "body": """北野精密株式会社
生産管理部　雲井様

いつもお世話になっております。日の出産業の五百旗頭です。
貴社工場に常駐している弊社技術者の勤務について、お願いがございます。
詳細は添付のテキストのとおりです。ご本人の同意は得ております。

ご不明点がございましたら、私までご連絡ください。

""" + SIG_IOKIBE,
        "attachments": [{
            "kind": "txt",
            "name": "就業上の配慮について.txt",
            "encoding": "cp932",
            "text": """就業上の配慮についてのお願い

対象者：日の出産業株式会社　生産技術部　猪熊 健太（いのくま けんた）
期間　：令和7年11月1日 ～ 令和8年1月31日（以降は産業医の意見により見直し）

理由　：定期健康診断後の精密検査で2型糖尿病と診断され、
　　　　インスリン導入に向けた治療中のため。

お願い：1. 夜勤（22時～5時）のシフトから外していただきたい
　　　　2. 昼食・間食の時間を定時に確保していただきたい
　　　　3. 低血糖時の補食（ブドウ糖）の携帯を認めていただきたい

日の出産業株式会社 人事部 労務課
""",
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "CP932 text attachment with a named employee's diabetes diagnosis and treatment, to a client company",
    },
    # ---------------------------------------------------------------- 097
    {
        "id": "kenshinsaiken-097",
        "charset": "iso-2022-jp",
        "sender": KITOU,
        "to": ["杉並眼科医院 <reception@suginami-ganka.com>"],
        "subject": "二次健診のご予約について",
        "body": """杉並眼科医院　受付ご担当者様

お世話になっております。日の出産業 健康管理室の鬼頭です。
弊社社員の勅使河原 萌（てしがわら もえ）が、健康診断後の二次健診で
貴院を受診させていただきたいとのことです。
本人から改めてお電話いたしますので、よろしくお願いいたします。

""" + SIG_KITOU,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "names an employee as needing an eye re-examination without stating the finding: health data or not is debatable",
    },
    # ---------------------------------------------------------------- 098
    {
        "id": "kenshinsaiken-098",
        "charset": "utf-8",
        "sender": IJUIN,
        "to": ["さくらホテル 宿泊予約 <stay@sakura-hotel.jp>"],
        "subject": "11/20 健康セミナー参加者の宿泊予約（6名）",
        "body": """さくらホテル　宿泊予約ご担当　様

お世話になっております。日の出産業 総務部の伊集院です。
11月20日の健康セミナーに大阪工場から参加する6名分の宿泊予約をお願いいたします。
チェックイン 11/19、チェックアウト 11/21、シングル禁煙です。
宿泊者カードの事前記入用に、以下の情報をお送りします。

・垂水 健吾　　携帯 """ + zen("090-3318-2047") + """　大阪府堺市西区鳳東町4-112-3
・磯貝 紗希　　携帯 """ + zen("080-5590-1176") + """　大阪府大阪市住吉区長居東2-9-15-302
・帯刀 亘　　　携帯 """ + zen("080-4419-7720") + """　大阪府豊中市庄内栄町1-6-20
・勅使河原 萌　携帯 """ + zen("070-6830-2214") + """　兵庫県尼崎市潮江3-4-8-710
・猪熊 健太　　携帯 """ + zen("080-2290-4418") + """　大阪府大阪市住之江区粉浜1-11-4
・河骨 美咲　　携帯 """ + zen("090-1954-6602") + """　大阪府吹田市江坂町5-13-7

請求は総務部宛の一括でお願いいたします。

""" + SIG_IJUIN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "「・」 bullet list of 6 employees' full-width mobiles and home addresses to the partner hotel",
    },
    # ---------------------------------------------------------------- 099
    {
        "id": "kenshinsaiken-099",
        "charset": "shift_jis",
        "sender": IJUIN,
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "Re: 健康セミナー　人数確定とお弁当について",
        "body": """さくらホテル　宴会予約ご担当　様

お世話になっております。伊集院です。
健康セミナーの参加人数が確定しましたのでご連絡します。

　参加者：78名（講師2名を含む）
　昼食：ヘルシー弁当 78個（うち2個は卵・乳不使用でお願いします）
　お茶：78本

卵・乳不使用の2個は、受付で名札と一緒にお渡しいただければ結構です。
よろしくお願いいたします。

伊集院

> 人数と、アレルギー対応の有無をお知らせください。
> さくらホテル 宴会予約 小牧
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "catering numbers; two allergen-free meals without naming anyone",
    },
    # ---------------------------------------------------------------- 100
    {
        "id": "kenshinsaiken-100",
        "charset": "utf-8",
        "sender": KITOU,
        "to": ["ツバサシステム 導入支援 <dounyu@tsubasa-systems.jp>"],
        "subject": "健康管理システム 移行データ（テスト取込用）",
        "body": """ツバサシステム株式会社
導入支援チーム　ご担当者様

お世話になっております。日の出産業 健康管理室の鬼頭です。
テスト取込用の健診結果データ（昨年度分の一部）をお送りします。
項目の対応表は先日いただいたものに合わせています。

""" + SIG_KITOU,
        "attachments": [{
            "kind": "csv",
            "name": "kenshin_R6_test.csv",
            "encoding": "utf-8",
            "rows": [
                ["社員番号", "氏名", "生年月日", "受診日", "収縮期血圧", "拡張期血圧", "LDL", "HbA1c", "総合判定", "医師所見"],
                ["H06612", "勘解由小路 隆", "1966-08-03", "2024-05-13", "148", "94", "168", "6.1", "C", "高血圧症疑い"],
                ["H07190", "一口 美佐", "1974-11-21", "2024-05-13", "118", "72", "142", "5.4", "B", ""],
                ["H08023", "御手洗 浩二", "1979-02-14", "2024-05-13", "138", "88", "176", "5.7", "C", "脂質異常"],
                ["H08511", "毒島 由香里", "1985-06-29", "2024-05-14", "112", "70", "121", "5.2", "A", ""],
                ["H09347", "八月一日 蓮", "1988-08-01", "2024-05-14", "150", "96", "205", "5.9", "D2", "高血圧・脂質異常"],
                ["H09882", "外村 早紀", "1990-03-05", "2024-05-14", "104", "66", "98", "5.1", "A", ""],
                ["H10115", "鰐淵 拓真", "1991-12-18", "2024-05-15", "142", "90", "188", "5.6", "C", "肥満"],
                ["H10640", "不破 瑞穂", "1993-04-07", "2024-05-15", "108", "64", "110", "5.0", "B", "貧血傾向"],
                ["H11208", "左右田 直人", "1994-10-26", "2024-05-15", "126", "80", "134", "5.3", "B", ""],
                ["H11893", "雲母 葵", "1996-01-13", "2024-05-16", "116", "74", "102", "5.2", "A", ""],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "tsubasa-systems.jp (letter added) is a look-alike of the partner; CSV of 10 employees' results",
    },
]
