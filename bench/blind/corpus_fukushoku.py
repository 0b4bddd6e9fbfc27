"""Blind corpus, area fukushoku (復職支援): mail of Hinode Sangyo's 人事部 労務厚生課 and 健康管理室
about employees returning to work after illness or injury — return-to-work plans and
interviews, opinions of occupational physicians (internal and contracted), referrals to and
contracts with EAP providers and リワーク clinics, rehabilitation work schedules (試し出勤・
短時間勤務), 傷病手当金 / 労災 / 所得補償 paperwork with 社労士 and insurers — together with the
same desk's ordinary mail (quotes, invoices, seminar venues, printing orders, system settings).
"""

from build import card_number, my_number

SEED = 62801

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def _sp(s: str, n: int = 4) -> str:
    """a 12-digit number written in groups of four"""
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


SIG_HASEBE = """
――――――――――――――――――――――
日の出産業株式会社　人事部 労務厚生課
長谷部 拓真（はせべ たくま）
〒105-0013 東京都港区浜松町三丁目14番2号 日の出浜松町ビル8階
TEL 03-5472-6180（直通）　FAX 03-5472-6189
hasebe.takuma@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_SAKAKI = """
--
日の出産業株式会社 人事部 健康管理室
保健師　榊原 美咲
TEL：03-5472-6185　内線：2185
Mail：sakakibara.misaki@hinode-sangyo.co.jp"""

SIG_MAKABE = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
　日の出産業株式会社
　人事部 健康管理室長　真壁 玲子
　〒105-0013 東京都港区浜松町3-14-2
　TEL 03-5472-6181 / makabe.reiko@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_ODAGIRI = """
==================================
日の出産業株式会社
人事部 人事課 課長 小田切 誠
Tel 03-5472-6170 / Mobile 080-3391-2047
odagiri.makoto@hinode-sangyo.co.jp
=================================="""

SIG_KOMINE = """
-------------------------------------
日の出産業株式会社 総務部 総務課
小峰 あかり（Komine Akari）
〒105-0013 東京都港区浜松町3-14-2
代表 03-5472-6100 ／ 直通 03-5472-6124
-------------------------------------"""

SIG_EN = """
Best regards,

Takuma Hasebe
Labor & Welfare Section, Human Resources Dept.
Hinode Sangyo Co., Ltd.
3-14-2 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5472-6180
hasebe.takuma@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "fukushoku-001",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["鳴海 先生 <narumi@fujimi-sangyoi.jp>"],
        "subject": "復職面談のお願い（営業第二部 勅使河原さん）",
        "charset": "iso-2022-jp",
        "body": """富士見産業医事務所
鳴海 先生

いつも大変お世話になっております。日の出産業の長谷部でございます。

営業第二部の勅使河原 隼人さん（社員番号 H021847）の復職面談をお願いしたく、ご連絡いたしました。
同氏は本年6月より「うつ病」の診断で私傷病休職中ですが、主治医（あさぎりメンタルクリニック）
より「令和8年11月1日より復職可。ただし当面3か月は時間外勤務を禁止すること」との
診断書が10月14日付で提出されております。

ご多忙のところ恐縮ですが、下記のいずれかで面談のお時間を頂戴できますでしょうか。

　・10月21日（水）14:00〜15:00
　・10月23日（金）10:00〜11:00
　・10月27日（火）15:30〜16:30

面談場所は本社8階の健康管理室を予定しております。
診断書の写しは来社時にお渡しいたします。

何卒よろしくお願い申し上げます。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee's diagnosis (うつ病) and doctor's restriction sent to an external occupational-physician office",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "fukushoku-002",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["宇佐美 徹 <usami.toru@hinode-sangyo.co.jp>"],
        "cc": ["長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>"],
        "subject": "【リハビリ出勤計画】四月一日さん 11月分のスケジュール",
        "charset": "utf-8",
        "body": """宇佐美課長

お疲れさまです。健康管理室の榊原です。

先日の三者面談（本人・宇佐美課長・氷室先生）で合意した、四月一日（わたぬき）和臣さんの
リハビリ出勤計画を下記のとおりまとめました。
氷室先生の所見どおり、腰椎椎間板ヘルニア術後のため、長時間の座位と重量物の運搬は
当面避ける前提です。

  週   期間                   勤務時間          業務内容
  ---- ---------------------- ----------------- ------------------------------
  1    11/2（月）～11/6（金）  10:00～14:00      メール確認・資料整理（座位は50分ごとに休憩）
  2    11/9（月）～11/13（金） 10:00～15:00      見積書作成補助
  3    11/16（月）～11/20（金）9:30～16:00       社内打合せ参加、電話対応
  4    11/24（火）～11/27（金）9:00～17:00       通常業務（外出・運転なし）

・各週金曜の夕方に、課長から本人へ10分程度の振り返りをお願いします。
・4週目終了時点で氷室先生の面談（11/30予定）を行い、通常勤務への移行を判断します。
・体調の変化があれば、私（内線2185）までご連絡ください。

よろしくお願いいたします。
""" + SIG_SAKAKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "rehabilitation schedule with a diagnosis, but every recipient is internal",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "fukushoku-003",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["こころパートナーズ 予約センター <yoyaku@kokoro-partners.co.jp>"],
        "subject": "個別カウンセリング予約登録の件（日の出産業・11月分）",
        "charset": "cp932",
        "body": """株式会社こころパートナーズ
予約センター ご担当者様

お世話になっております。日の出産業 人事部の長谷部です。

11月分の個別カウンセリングを希望する社員の登録用データを添付いたします。
各人への初回連絡は、希望連絡時間帯に携帯電話宛てでお願いできますでしょうか。

添付：EAP予約登録_202611.csv（9名分）

よろしくお願いいたします。
""" + SIG_HASEBE,
        "attachments": [
            {
                "kind": "csv",
                "name": "EAP予約登録_202611.csv",
                "encoding": "cp932",
                "rows": [
                    ["社員番号", "氏名", "フリガナ", "所属", "携帯電話", "メールアドレス", "希望連絡時間"],
                    ["H018823", "鴨下 智也", "カモシタ トモヤ", "経理部", "090-4417-2368", "kamoshita.tomoya@hinode-sangyo.co.jp", "平日18時以降"],
                    ["H020156", "帷子 真由", "カタビラ マユ", "営業第一部", "080-6120-9934", "katabira.mayu@hinode-sangyo.co.jp", "昼休み"],
                    ["H016740", "纐纈 大輔", "コウケツ ダイスケ", "名古屋工場 製造二課", "070-3382-5106", "koketsu.daisuke@hinode-sangyo.co.jp", "土曜午前"],
                    ["H022031", "左右田 玲奈", "ソウダ レナ", "情報システム部", "090-8851-0247", "soda.rena@hinode-sangyo.co.jp", "平日19時以降"],
                    ["H019388", "雲母 翔", "キラ ショウ", "物流管理部", "080-2279-6613", "kira.sho@hinode-sangyo.co.jp", "いつでも可"],
                    ["H015502", "留目 孝之", "トドメ タカユキ", "営業第二部", "090-7736-4480", "todome.takayuki@hinode-sangyo.co.jp", "平日12時台"],
                    ["H021473", "蒲生 千晶", "ガモウ チアキ", "総務部", "070-1945-3328", "gamo.chiaki@hinode-sangyo.co.jp", "平日18時以降"],
                    ["H017269", "天王寺 慎吾", "テンノウジ シンゴ", "大阪支店", "080-9012-7751", "tennoji.shingo@hinode-sangyo.co.jp", "日曜午後"],
                    ["H023118", "毒島 彩花", "ブスジマ アヤカ", "商品企画部", "090-3368-1192", "busujima.ayaka@hinode-sangyo.co.jp", "平日20時以降"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CSV (CP932) list of nine employees with mobile numbers and e-mail to an external EAP provider",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "fukushoku-004",
        "sender": "小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>",
        "to": ["ミライEAP 営業部 関口様 <sekiguchi@mirai-eap.jp>"],
        "subject": "Re: 2027年度 EAPサービス契約更新のお見積りについて",
        "charset": "utf-8",
        "body": """株式会社ミライEAP
営業部 関口様

お世話になっております。日の出産業の小田切です。
お見積書をお送りいただきありがとうございました。社内で確認し、下記の点のみ確認させてください。

1. 基本料金（従業員1,240名×月額380円）は前年度据え置きとの理解でよろしいでしょうか。
2. 管理職向けコンサルテーション（年6回）を年10回に増やした場合の差額をご提示ください。
3. 請求書の適格請求書発行事業者登録番号は、現行の T2011101062298 のままで変更ない
   との理解でよろしいでしょうか。

当社では12月の経営会議に諮る予定のため、11月20日頃までにご回答いただけますと幸いです。

> 日の出産業株式会社 小田切様
> 平素より格別のお引き立てを賜り、厚く御礼申し上げます。
> 2027年度のEAPサービス契約更新につきまして、お見積書（No. ME-27-0412）を添付いたします。
> ご不明な点がございましたらお気軽にお問い合わせください。
""" + SIG_ODAGIRI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "ordinary contract-renewal mail with a vendor's invoice registration number; no personal data",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "fukushoku-005",
        "sender": "小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>",
        "to": [
            "こころパートナーズ 法人営業部 <sales@kokoro-partners.co.jp>",
            "ミライEAP 営業部 <info@mirai-eap.jp>",
            "メンタルサポート東日本 <contact@ms-higashinihon.co.jp>",
        ],
        "subject": "【ご依頼】従業員支援プログラム（EAP）提案依頼書の送付",
        "charset": "iso-2022-jp",
        "body": """各社 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の小田切と申します。

当社では2027年4月からの従業員支援プログラム（EAP）の委託先を選定するため、
複数社様に提案をお願いしております。下記要件をご確認のうえ、ご提案書を
11月27日（金）までにお送りください。

【主な要件】
　・対象：正社員・契約社員 約1,240名（本社、名古屋工場、大阪支店）
　・電話／オンラインカウンセリング（24時間・365日）
　・休職者の復職支援プログラム（リワーク機関との連携を含む）
　・管理職向けコンサルテーション、ラインケア研修（年2回）
　・月次の利用統計レポート（個人が特定されない形式）

ご質問は11月13日（金）までに本メールへの返信でお寄せください。

よろしくお願い申し上げます。
""" + SIG_ODAGIRI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "request for proposal sent to three competing EAP vendors who all see each other in To (should be Bcc)",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "fukushoku-006",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["鳴海 先生 <narumi@fujimi-sangyoi.jp>"],
        "subject": "Re: 勅使河原さん 面談結果のご報告",
        "charset": "iso-2022-jp",
        "body": """鳴海先生

ご報告ありがとうございます。長谷部です。
ご意見のとおり、11月9日（月）からの復職で社内調整を進めます。
次回のフォロー面談は12月7日（月）14時で会議室を押さえました。
当日もどうぞよろしくお願いいたします。

長谷部

> 日の出産業 長谷部様
>
> 本日、勅使河原さんと面談いたしました。
> うつ病の症状は概ね寛解しており、睡眠リズムも整っています。
> 11月9日からの復職は可能と判断しますが、最初の1か月は定時勤務、
> 出張と時間外勤務は控えるのが望ましいと考えます。
> 意見書は明日郵送いたします。
>
> 富士見産業医事務所 鳴海
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "new text is only scheduling; the diagnosis is in quoted text the physician wrote",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "fukushoku-007",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["やまぶき社会保険労務士法人 田畑様 <tabata@sr-yamabuki.jp>"],
        "subject": "労災（療養補償給付・休業補償給付）申請のご依頼　名古屋工場 百目鬼",
        "charset": "cp932",
        "body": """やまぶき社会保険労務士法人
田畑 様

いつもお世話になっております。日の出産業の長谷部です。
名古屋工場で発生した業務災害について、様式第5号・第8号の作成をお願いいたします。

■被災労働者
　氏名　　　：百目鬼 健（どうめき けん）
　生年月日　：昭和６０年８月１９日
　個人番号　：""" + _sp(my_number(SEED + 1)) + """
　住所　　　：愛知県名古屋市中川区野田三丁目208番地 コーポ野田201
　所属　　　：名古屋工場 製造二課
■災害の状況
　令和8年9月30日 14時頃、プレス機の段取り替え作業中に右手を挟まれ受傷。
　傷病名：右橈骨遠位端骨折、右示指挫創（中京ろうさい病院にて手術）
　休業期間：10月1日～（12月上旬に復職予定、当面は軽作業）

賃金台帳の写しは別途郵送いたします。
よろしくお願いいたします。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "My Number, home address and injury diagnosis of an injured worker sent to a labour-and-social-security attorney",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "fukushoku-008",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["takanashi.megumi.0722@gmail.com"],
        "subject": "面談日程のご連絡",
        "charset": "utf-8",
        "body": """小鳥遊 恵 さん

こんにちは。健康管理室の榊原です。
お休み中のところ、ご返信ありがとうございました。

ご希望をふまえ、次回の面談は以下のとおりとしました。

　日時：11月12日（木）10:30～11:30
　場所：本社8階 健康管理室（受付で「健康管理室の面談」とお伝えください）
　同席：氷室先生（産業医）、榊原

交通費は後日精算しますので、領収書は不要です（経路だけ教えてください）。
当日、体調がすぐれない場合は無理をせず、前日までにこのアドレスか
健康管理室（03-5472-6185）までご連絡ください。オンラインへの切り替えも可能です。

どうぞお大事になさってください。
""" + SIG_SAKAKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (the employee herself), interview logistics only, no diagnosis",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "fukushoku-009",
        "sender": "氷室 恭介 <himuro.kyosuke@hinode-sangyo.co.jp>",
        "to": ["真壁 玲子 <makabe.reiko@hinode-sanygo.co.jp>"],
        "subject": "就業上の措置に関する意見（蒲生さん）",
        "charset": "iso-2022-jp",
        "body": """真壁室長

氷室です。本日面談した件、意見をまとめましたので共有します。

氏名：蒲生 千晶（総務部）
所見：2型糖尿病（HbA1c 9.2%）、インスリン導入後の低血糖発作あり。
意見：
　(1) 11月16日より復職可。
　(2) 当面1か月は深夜業・単独での外出業務を禁止。
　(3) 昼食時間を固定し、補食のための小休止を認めること。
　(4) 1か月後に再面談。

人事への連絡をお願いします。

氷室
--
日の出産業株式会社 統括産業医 氷室 恭介
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for an internal colleague but addressed to hinode-sanygo.co.jp (swapped letters); carries a diagnosis",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "fukushoku-010",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>", "小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>"],
        "subject": "休職者管理台帳（10月末時点）更新しました",
        "charset": "utf-8",
        "body": """真壁室長、小田切課長

お疲れさまです。長谷部です。
休職者管理台帳を10月末時点で更新しました。
傷病手当金の申請に使うため、個人番号の列を追加しています（閲覧は3名に限定してください）。

・シート「休職者一覧」：現在休職中の6名
・シート「復職予定」：11～12月に復職予定の3名
・シート「手当金申請」：健保提出用

以上、よろしくお願いします。
""" + SIG_HASEBE,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "休職者管理台帳_202610.xlsx",
                "title": "休職者管理台帳",
                "sheets": {
                    "休職者一覧": [
                        ["休職者管理台帳（令和8年10月31日現在）"],
                        [],
                        ["社員番号", "氏名", "所属", "生年月日", "傷病名", "休職開始日", "休職期間満了日"],
                        ["H021847", "勅使河原 隼人", "営業第二部", "1988/03/07", "うつ病", "2026/06/01", "2027/11/30"],
                        ["H017920", "四月一日 和臣", "営業第二部", "1979/11/23", "腰椎椎間板ヘルニア", "2026/08/17", "2027/08/16"],
                        ["H021473", "蒲生 千晶", "総務部", "1991/05/30", "2型糖尿病", "2026/09/01", "2027/08/31"],
                        ["H019904", "小鳥遊 恵", "商品企画部", "1993/07/22", "適応障害", "2026/07/13", "2027/07/12"],
                        ["H016102", "一尺八寸 亮", "物流管理部", "1982/01/15", "パニック障害", "2026/05/08", "2027/05/07"],
                        ["H014877", "王生 達彦", "名古屋工場", "1975/12/02", "脳梗塞", "2026/04/20", "2027/10/19"],
                    ],
                    "復職予定": [
                        ["氏名", "復職予定日", "勤務形態", "産業医面談"],
                        ["勅使河原 隼人", "2026/11/09", "定時勤務（残業禁止）", "済"],
                        ["四月一日 和臣", "2026/11/02", "リハビリ出勤4週", "済"],
                        ["蒲生 千晶", "2026/11/16", "深夜業禁止", "済"],
                    ],
                    "手当金申請": [
                        ["氏名", "個人番号", "保険者番号", "記号", "番号", "申請期間"],
                        ["勅使河原 隼人", my_number(SEED + 2), "06139827", "2104", "318", "10/1～10/31"],
                        ["小鳥遊 恵", my_number(SEED + 3), "06139827", "2104", "522", "10/1～10/31"],
                        ["一尺八寸 亮", my_number(SEED + 4), "06139827", "2107", "64", "10/1～10/31"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_MY_NUMBER", "JP_HEALTH_INSURANCE"],
        "detectors": [],
        "note": "full sick-leave register with My Numbers and diagnoses, but sent only to internal colleagues",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "fukushoku-011",
        "sender": "小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>",
        "to": ["やまぶき社会保険労務士法人 田畑様 <tabata@sr-yamabuki.jp>"],
        "subject": "休職・復職規程の改定案 ご確認のお願い",
        "charset": "iso-2022-jp",
        "body": """田畑先生

いつもお世話になっております。日の出産業の小田切です。

先月ご相談した休職・復職規程の改定案がまとまりましたので、添付にてお送りします。
主な変更点は以下の3点です。

　1. 休職期間の通算規定（同一・類似傷病による再休職時の通算）
　2. 試し出勤制度の新設（最長4週間、休職期間中の扱い）
　3. 復職判定における産業医意見の位置づけの明確化

12月の労使協議に間に合わせたいため、11月中にコメントを頂けますと助かります。

よろしくお願いいたします。
""" + SIG_ODAGIRI,
        "attachments": [
            {
                "kind": "docx",
                "name": "休職・復職規程_改定案_v3.docx",
                "title": "休職・復職規程 改定案",
                "page_header": "社外秘　日の出産業株式会社 人事部",
                "page_footer": "無断複製・転載を禁ず",
                "paragraphs": [
                    "休職・復職規程（改定案 第3版）",
                    "第1条（目的）この規程は、就業規則第38条に基づき、従業員の私傷病による休職及び復職に関する取扱いを定める。",
                    "第5条（休職期間の通算）復職後6か月以内に同一又は類似の傷病により再び欠勤した場合、前後の休職期間を通算する。",
                    "第8条（試し出勤）会社は、復職の可否を判断するため、休職期間中に最長4週間の試し出勤を認めることができる。",
                    "第9条（復職の判定）復職の可否は、主治医の診断書及び産業医の意見を踏まえ、会社が決定する。",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached draft regulation carries a 社外秘 stamp in its page header, sent outside",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "fukushoku-012",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["鳴海 先生 <narumi@fujimi-sangyoi.jp>"],
        "subject": "復職判定資料の送付",
        "charset": "iso-2022-jp",
        "body": """鳴海先生

いつもお世話になっております。日の出産業 健康管理室の榊原です。

来週の判定会議で使用する資料一式を、パスワード付きZIPでお送りします。
パスワードは別途お送りいたします。

よろしくお願いいたします。
""" + SIG_SAKAKI,
        "attachments": [
            {
                "kind": "zip",
                "name": "判定資料_1118.zip",
                "password": "Hnd#1118kk",
                "files": [
                    {"kind": "pdf", "name": "主治医診断書_写し.pdf", "lines": ["診断書", "氏名　王生 達彦", "病名　脳梗塞（左片麻痺）", "令和8年12月1日より就労可能と認める。"]},
                    {"kind": "txt", "name": "面談メモ.txt", "text": "王生さん 10/28 面談 歩行は杖なしで可、階段は手すり必要。"},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) that cannot be inspected, sent to an external physician",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "fukushoku-013",
        "sender": "真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["鳴海 先生 <narumi@fujimi-sangyoi.jp>", "こころパートナーズ 牧野様 <makino@kokoro-partners.co.jp>"],
        "subject": "産業医・EAP連携フロー打合せ（11/19）のご案内",
        "charset": "iso-2022-jp",
        "body": """鳴海先生
こころパートナーズ 牧野様

いつもお世話になっております。日の出産業 健康管理室の真壁です。

かねてよりご相談しておりました、産業医とEAPの連携フロー見直しの打合せを
下記のとおり設定させていただきました。

　日時：11月19日（木）15:00〜16:30
　場所：日の出産業 本社8階 第3会議室（オンライン併用：Teams）
　議題：
　　1) 相談窓口からの産業医面談への引き継ぎ基準
　　2) 本人同意の取り方と同意書の様式
　　3) 月次報告の項目（個人が特定されない集計のみ）

当日の進め方のたたき台（スライド）を添付いたします。
詳細資料は前日までにお送りいたします。ご都合が悪い場合はお知らせください。
""" + SIG_MAKABE,
        "attachments": [
            {
                "kind": "pptx",
                "name": "連携フロー打合せ_1119.pptx",
                "title": "産業医・EAP連携フロー打合せ",
                "slides": [
                    ["産業医・EAP連携フロー見直し", "2026年11月19日", "日の出産業株式会社 健康管理室"],
                    ["現状の課題", "EAP相談から産業医面談につながるまで平均3週間", "本人同意の取得方法が文書化されていない", "月次報告の項目が年度ごとに異なる"],
                    ["見直し案", "引き継ぎ基準をチェックリスト化", "同意書の様式を統一（電子同意も可）", "月次報告は集計値のみ、5件未満は「5件未満」と表記"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary meeting invitation to two external organisations; no personal data",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "fukushoku-014",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["こころパートナーズ 牧野様 <makino@kokoro-partners.co.jp>"],
        "subject": "カウンセリングのご紹介（当社社員1名）",
        "charset": "utf-8",
        "body": """株式会社こころパートナーズ
牧野 様

お世話になっております。日の出産業 健康管理室の榊原です。
本人の同意を得ましたので、以下の社員のカウンセリングをお願いしたくご紹介します。

・氏名：栗花落 さくら（つゆり さくら）　32歳
・所属：商品企画部
・連絡先：080-5524-7319（本人携帯、平日18時以降希望）
・状況：9月の異動後から不眠と食欲低下が続き、10月に心療内科で「適応障害」と診断。
　現在2週間の自宅療養中で、12月初旬の職場復帰を目指しています。
　上司との関係が主なストレス要因とのことです。

初回は対面を希望しています。日程が決まりましたら私にもご一報ください。
よろしくお願いいたします。
""" + SIG_SAKAKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "referral of a named employee with her diagnosis (適応障害) and mobile number to an external EAP provider",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "fukushoku-015",
        "sender": "小峰 あかり <komine.akari@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "会議室ご予約のお願い（12/3 ラインケア研修）",
        "charset": "cp932",
        "body": """さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業 総務部の小峰でございます。
下記のとおり会議室の予約をお願いいたします。

　日時　：12月3日（木）13:00～17:30（準備12:30から）
　人数　：40名（スクール形式）
　用途　：管理職向けラインケア研修
　備品　：プロジェクター、マイク2本、ホワイトボード
　飲み物：15時にコーヒー・お茶（40名分）

請求書は従来どおり総務部宛てでお願いいたします。
ご確認のほど、よろしくお願い申し上げます。
""" + SIG_KOMINE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "venue booking with a partner hotel; only the sender's own contact",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "fukushoku-016",
        "sender": "真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["ストレスチェックナビ 運用担当 <unyo@stresscheck-navi.co.jp>"],
        "subject": "2026年度ストレスチェック 受検者名簿の送付（追加分）",
        "charset": "utf-8",
        "body": """株式会社ストレスチェックナビ
運用ご担当者様

お世話になっております。日の出産業の真壁です。
10月入社者および復職者の追加受検分として、受検者名簿をお送りします。
受検URLの案内メールは、名簿のメールアドレス宛てにお送りください。

よろしくお願いいたします。
""" + SIG_MAKABE,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "受検者名簿_追加_1102.xlsx",
                "sheets": {
                    "名簿": [["2026年度 ストレスチェック 追加受検者名簿", "", "", "", "", ""], ["No", "社員番号", "氏名", "生年月日", "性別", "メールアドレス"]]
                    + [
                        [i + 1, f"H02{4100 + i * 7}", n, d, g, e]
                        for i, (n, d, g, e) in enumerate([
                            ("芦刈 陽介", "1998/04/11", "男", "ashikari.yosuke@hinode-sangyo.co.jp"),
                            ("井手上 莉子", "2001/09/02", "女", "ideue.riko@hinode-sangyo.co.jp"),
                            ("鵜飼 康平", "1996/12/25", "男", "ukai.kohei@hinode-sangyo.co.jp"),
                            ("江頭 まどか", "1990/02/17", "女", "egashira.madoka@hinode-sangyo.co.jp"),
                            ("御子柴 学", "1985/06/30", "男", "mikoshiba.manabu@hinode-sangyo.co.jp"),
                            ("柿添 由紀", "1999/08/08", "女", "kakizoe.yuki@hinode-sangyo.co.jp"),
                            ("勘解由小路 進", "1973/10/19", "男", "kadenokoji.susumu@hinode-sangyo.co.jp"),
                            ("久保寺 葵", "2002/01/05", "女", "kubodera.aoi@hinode-sangyo.co.jp"),
                            ("毛受 大地", "1994/03/14", "男", "menju.daichi@hinode-sangyo.co.jp"),
                            ("小比類巻 沙織", "1988/11/27", "女", "kohiruimaki.saori@hinode-sangyo.co.jp"),
                            ("五月女 健吾", "1997/07/07", "男", "saotome.kengo@hinode-sangyo.co.jp"),
                            ("指宿 真帆", "2000/05/21", "女", "ibusuki.maho@hinode-sangyo.co.jp"),
                            ("東雲 隆之介", "1983/09/09", "男", "shinonome.ryunosuke@hinode-sangyo.co.jp"),
                            ("神保 千夏", "1995/12/01", "女", "jimbo.chinatsu@hinode-sangyo.co.jp"),
                            ("杉ノ内 誠司", "1979/04/28", "男", "suginouchi.seiji@hinode-sangyo.co.jp"),
                            ("祖父江 彩", "1992/10/10", "女", "sobue.aya@hinode-sangyo.co.jp"),
                            ("醍醐 篤", "1987/01/31", "男", "daigo.atsushi@hinode-sangyo.co.jp"),
                            ("手嶋 夕貴", "1999/02/14", "女", "tejima.yuki@hinode-sangyo.co.jp"),
                            ("道明寺 晴", "2003/03/03", "男", "domyoji.haru@hinode-sangyo.co.jp"),
                            ("轟 美奈", "1986/08/16", "女", "todoroki.mina@hinode-sangyo.co.jp"),
                        ])
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX roster of twenty employees (birth dates, e-mail) sent to an external stress-check vendor",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "fukushoku-017",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["ichishaku.ryo@gmail.com"],
        "subject": "診断書の内容確認のお願い",
        "charset": "iso-2022-jp",
        "body": """一尺八寸 亮 さん

健康管理室の榊原です。診断書を郵送いただきありがとうございました。
手続きのため、記載内容を念のため確認させてください。

　病名　　：パニック障害、広場恐怖
　意見　　：令和8年12月1日より復職可。ただし通勤ラッシュを避けた時差出勤が望ましい。
　記載医師：すずらん心療内科クリニック 院長

上記で相違なければ、その旨ご返信ください。
時差出勤（10時始業）については、物流管理部長と調整を始めています。

よろしくお願いします。
""" + SIG_SAKAKI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "the employee's own diagnosis sent to his own private address: health data leaves the company, but only to the data subject",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "fukushoku-018",
        "sender": "Takuma Hasebe <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@wellbridge-eap.com>"],
        "subject": "EAP coverage for our assignees in Singapore",
        "charset": "utf-8",
        "body": """Dear Ms. Raman,

Thank you for the call last Thursday. As discussed, we would like to extend our EAP
contract to cover employees on assignment at our Singapore office (currently 14
assignees and 9 accompanying family members).

Could you please let us know:
  - whether counselling in Japanese is available during Singapore business hours,
  - how your service coordinates with local clinics when an assignee needs medical leave
    and a return-to-work plan,
  - the additional annual fee per covered person.

A short proposal by the end of November would be ideal, as our budget meeting is in early
December.
""" + SIG_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English enquiry to an EAP provider about coverage; headcounts only, no person identified",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "fukushoku-019",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["リワークセンターひかり 受付 <uketsuke@rework-hikari.jp>"],
        "subject": "リワークプログラム利用申込書の送付",
        "charset": "utf-8",
        "body": """リワークセンターひかり
受付ご担当者様

お世話になっております。日の出産業 健康管理室の榊原です。
先日お電話でご相談した社員について、利用申込書（企業記入欄を記入済み）をお送りします。
本人記入欄は本人が来所時に記入いたします。

よろしくお願いいたします。
""" + SIG_SAKAKI,
        "attachments": [
            {
                "kind": "docx",
                "name": "利用申込書_王生.docx",
                "paragraphs": ["リワークプログラム利用申込書（企業記入欄）", "申込日：令和8年11月4日"],
                "tables": [
                    [
                        ["項目", "内容"],
                        ["氏名", "王生 達彦（いくるみ たつひこ）"],
                        ["生年月日", "昭和50年12月2日"],
                        ["住所", "東京都大田区南馬込五丁目11番6号"],
                        ["電話", "090-2718-4063"],
                        ["診断名", "双極性障害II型（主治医：さくら坂メンタルクリニック）"],
                        ["休職期間", "令和8年4月20日～"],
                        ["会社の希望", "通所3か月後の復職判定、生活リズムの安定と対人スキルの回復"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX application with an employee's diagnosis, birth date and home address to an external rework clinic",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "fukushoku-020",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["宇佐美 徹 <usami.toru@hinode-sangyo.co.jp>"],
        "subject": "FW: 【こころパートナーズ】栗花落様 初回カウンセリング報告",
        "charset": "iso-2022-jp",
        "body": """宇佐美課長

お疲れさまです。榊原です。
本人の同意を得て、EAPからの報告を共有します。職場での配慮事項の部分をご確認ください。
取扱いには十分ご注意ください（転送・印刷はご遠慮ください）。

-----Original Message-----
From: 牧野 由香 <makino@kokoro-partners.co.jp>
Sent: Wednesday, November 11, 2026 6:02 PM
To: 榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>
Subject: 【こころパートナーズ】栗花落様 初回カウンセリング報告

日の出産業 榊原様

本日、栗花落さくら様の初回カウンセリングを実施いたしました（本人同意済み）。
・適応障害の症状（不眠、出勤前の動悸）は軽減傾向です。
・復職にあたっては、当面は現上司との1対1の面談を避け、同席者を置くことが望ましいと考えます。
・次回は11月25日を予定しています。

こころパートナーズ 牧野
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "forward of an EAP report with a diagnosis, but only to an internal manager",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "fukushoku-021",
        "sender": "小峰 あかり <komine.akari@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
        "subject": "宿泊予約（復職者研修 12/10-11）とお支払い方法について",
        "charset": "cp932",
        "body": """さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業 総務部の小峰です。
下記のとおり宿泊のご予約をお願いいたします。

　チェックイン　：12月10日（木）
　チェックアウト：12月11日（金）
　部屋　　　　　：シングル 3室（禁煙）
　目的　　　　　：社内研修（名古屋工場からの参加者）

お支払いは、前回同様に法人カードでお願いいたします。
　カード番号：""" + card_number(SEED + 5) + """
　有効期限　：09/29
　名義　　　：HINODE SANGYO CO LTD

ご確認のほどよろしくお願いいたします。
""" + SIG_KOMINE,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a credit card number written in the body of a hotel booking",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "fukushoku-022",
        "sender": "真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["鳴海 先生 <narumi@fujimi-sangyoi.jp>"],
        "subject": "12月の職場巡視先（事業所一覧）",
        "charset": "utf-8",
        "body": """鳴海先生

いつもお世話になっております。真壁です。
12月の職場巡視先の事業所一覧をお送りします。各事業所の代表番号と所在地です。

事業所        所在地                                   代表電話        巡視予定
------------  ---------------------------------------  --------------  ----------
本社          東京都港区浜松町3-14-2                  03-5472-6100    12/2（水）
横浜営業所    神奈川県横浜市西区高島2-6-32            045-441-7730    12/9（水）
名古屋工場    愛知県名古屋市中川区尾頭橋2-8-15        052-321-4470    12/15（火）
大阪支店      大阪府大阪市北区梅田1-11-4              06-6344-2190    12/17（木）
物流センター  埼玉県戸田市美女木東1-3-8               048-421-5560    12/22（火）

名古屋工場は復職者が配属される製造二課を中心に見ていただけますと幸いです。
よろしくお願いいたします。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's own sites (switchboards and office addresses), not people",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "fukushoku-023",
        "sender": "真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": [
            "鳴海 先生 <narumi@fujimi-sangyoi.jp>",
            "こころパートナーズ 牧野様 <makino@kokoro-partners.co.jp>",
        ],
        "cc": ["リワークセンターひかり 相談室 <soudan@rework-hikari.jp>"],
        "subject": "第2回 復職支援連絡会のご案内",
        "charset": "iso-2022-jp",
        "body": """関係各位

いつもお世話になっております。日の出産業 健康管理室の真壁です。
第2回 復職支援連絡会を下記のとおり開催いたします。

　日時：12月8日（火）16:00〜17:30
　会場：日の出産業 本社8階 大会議室
　内容：今年度の復職支援の振り返り、来年度の連携体制について

ご出欠を11月30日までにご返信ください。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (physician office, EAP, rework clinic) can see each other in To/Cc",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "fukushoku-024",
        "sender": "小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>",
        "to": ["ミライEAP 関口様 <sekiguchi@mirai-eap.jp>"],
        "subject": "第2四半期 利用状況の集計について",
        "charset": "utf-8",
        "body": """関口様

お世話になっております。日の出産業の小田切です。
第2四半期の利用状況レポートをありがとうございました。
社内の衛生委員会向けに、当社側で下記のとおり再集計しました。数字に誤りがないかご確認ください。

　相談区分            7月   8月   9月   計
　------------------  ----  ----  ----  ----
　仕事・職場の人間関係   5     3     6    14
　メンタルヘルス        4     6     5    15
　家族・育児・介護      2     1     3     6
　その他                1     0     2     3
　------------------  ----  ----  ----  ----
　合計                 12    10    16    38

（利用者数は延べ。個人を特定できる情報は含んでおりません。）

次回の定例は12月10日でお願いいたします。
（衛生委員会に提出する形式のファイルも添付します。古いExcelでしか開けない端末があるため .xls です。）
""" + SIG_ODAGIRI,
        "attachments": [
            {
                "kind": "xls",
                "name": "EAP利用状況_2026Q2.xls",
                "sheets": {
                    "Q2集計": [
                        ["EAP利用状況 2026年度 第2四半期（延べ件数）"],
                        ["相談区分", "7月", "8月", "9月", "計"],
                        ["仕事・職場の人間関係", 5, 3, 6, 14],
                        ["メンタルヘルス", 4, 6, 5, 15],
                        ["家族・育児・介護", 2, 1, 3, 6],
                        ["その他", 1, 0, 2, 3],
                        ["合計", 12, 10, 16, 38],
                    ],
                    "経路別": [["経路", "件数"], ["電話", 21], ["オンライン", 12], ["対面", 5]],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated usage counts only; no individual can be identified",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "fukushoku-025",
        "sender": "小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 芹沢先生 <serizawa@shirakawa-law.co.jp>"],
        "subject": "休職期間満了時の取扱いに関するご相談（日程調整）",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
芹沢 先生

いつも大変お世話になっております。日の出産業の小田切でございます。

休職期間満了時の退職扱いについて、規程改定に合わせて一度ご相談させていただきたく、
ご都合のよい日時をお教えいただけますでしょうか。

　候補：11月24日（火）午後、11月26日（木）午前、11月30日（月）終日

資料（改定案）は日程確定後にお送りいたします。
よろしくお願い申し上げます。
""" + SIG_ODAGIRI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner law firm is shirakawa-law.jp; this goes to shirakawa-law.co.jp (extra co.)",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "fukushoku-026",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["一尺八寸 由美 <yumi_kmtk@yahoo.co.jp>"],
        "subject": "Re: 夫の復職について",
        "charset": "cp932",
        "body": """一尺八寸 由美 様

日の出産業 人事部の長谷部でございます。
ご主人（亮さん）の件でお問い合わせいただき、ありがとうございます。

主治医の先生からいただいた診断書では「パニック障害」とされており、
12月1日からの復職は可能との意見をいただいております。
ただし、満員電車での通勤が発作の誘因になっているとのことですので、
当社としては当面10時始業の時差出勤とし、産業医による月1回の面談を行う予定です。

ご家族として気になる点がございましたら、いつでもご相談ください。

> 人事部 ご担当者様
> 一尺八寸亮の妻でございます。
> 夫が12月から職場に戻ると聞きましたが、会社としてどのような配慮をいただけるのか
> 家族としても知っておきたく、ご連絡いたしました。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "an employee's diagnosis written in new text to his spouse's private address (a third party)",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "fukushoku-027",
        "sender": "小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>",
        "to": ["メンタルサポート東日本 契約担当 <keiyaku@ms-higashinihon.co.jp>"],
        "subject": "秘密保持契約書（案）の送付",
        "charset": "utf-8",
        "body": """株式会社メンタルサポート東日本
契約ご担当者様

お世話になっております。日の出産業 人事部の小田切です。
EAPサービスのご提案に先立ち、当社書式の秘密保持契約書（案）をお送りします。
内容をご確認のうえ、修正のご希望があれば変更履歴付きでお戻しください。
特に第4条（秘密情報の返還・廃棄）と第7条（有効期間）についてご確認をお願いします。

署名は電子契約（クラウドサイン）での締結を予定しております。
""" + SIG_ODAGIRI + DISCLAIMER_JA,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書_案_日の出産業.docx",
                "paragraphs": [
                    "秘密保持契約書",
                    "日の出産業株式会社（以下「甲」という。）と株式会社メンタルサポート東日本（以下「乙」という。）は、従業員支援プログラムの導入検討（以下「本目的」という。）に関して開示される秘密情報の取扱いについて、次のとおり契約を締結する。",
                    "第1条（秘密情報）本契約において秘密情報とは、本目的のために相手方から開示された技術上、営業上その他一切の情報をいう。",
                    "第4条（返還・廃棄）受領者は、開示者の請求があったとき又は本契約が終了したときは、秘密情報を速やかに返還又は廃棄する。",
                    "第7条（有効期間）本契約の有効期間は締結日から2年間とする。",
                    "甲：東京都港区浜松町三丁目14番2号　日の出産業株式会社　代表取締役　＿＿＿＿＿",
                    "乙：＿＿＿＿＿＿＿＿＿＿　株式会社メンタルサポート東日本　代表取締役　＿＿＿＿＿",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with its blank draft; 秘密情報 is the contract's subject, not a marking",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "fukushoku-028",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["ラーニングスクエア 研修事務局 <jimukyoku@learning-square.co.jp>"],
        "subject": "「復職支援担当者研修」参加者のご連絡",
        "charset": "iso-2022-jp",
        "body": """株式会社ラーニングスクエア
研修事務局 御中

お世話になっております。日の出産業の長谷部です。
12月15日開催の「復職支援担当者研修（公開講座）」に、当社から下記6名が参加いたします。
受講票の送付先は各人のメールアドレスでお願いします。緊急連絡先は携帯番号です。

氏名            所属                  メールアドレス                          携帯電話
--------------  --------------------  --------------------------------------  -------------
長谷部 拓真     人事部 労務厚生課     hasebe.takuma@hinode-sangyo.co.jp       090-6613-2285
榊原 美咲       人事部 健康管理室     sakakibara.misaki@hinode-sangyo.co.jp   080-4470-1938
宇佐美 徹       営業第二部            usami.toru@hinode-sangyo.co.jp          090-1127-8846
蓮見 直樹       名古屋工場 品質保証課 hasumi.naoki@hinode-sangyo.co.jp        070-5582-3317
生田目 京子     大阪支店 総務課       namatame.kyoko@hinode-sangyo.co.jp      080-9236-4471
鬼頭 章吾       物流管理部            kito.shogo@hinode-sangyo.co.jp          090-3374-6620

受講料（6名分）の請求書は人事部宛てでお願いいたします。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "space-padded table of six people with mobile numbers and e-mail to an external training company",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "fukushoku-029",
        "sender": "氷室 恭介 <himuro.kyosuke@hinode-sangyo.co.jp>",
        "to": ["長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>"],
        "cc": ["真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>"],
        "subject": "意見書：王生 達彦さん（名古屋工場）",
        "charset": "iso-2022-jp",
        "body": """長谷部さん

氷室です。王生さんの復職に関する意見書を以下のとおり提出します。

────────────────────
　就業上の措置に関する意見書
────────────────────
対象者　：王生 達彦（名古屋工場 製造一課）S50.12.2生
傷病名　：脳梗塞（左片麻痺・軽度）、高血圧症
面談日　：令和8年11月5日
就業区分：要就業制限
措置内容：
　・令和8年12月1日より復職可
　・フォークリフト運転、高所作業、プレス作業は禁止
　・1日6時間の短時間勤務を1か月、その後再評価
　・通院（月2回）のための休暇取得に配慮すること
────────────────────

名古屋工場の蓮見係長との調整をお願いします。
--
統括産業医 氷室 恭介
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "in-house occupational physician's opinion with diagnosis, internal recipients only",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "fukushoku-030",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["ミライEAP 関口様 <sekiguchi@mirai-eap.jp>"],
        "subject": "管理職コンサルテーション用 事前資料",
        "charset": "utf-8",
        "body": """関口様

いつもお世話になっております。日の出産業の長谷部です。
来週の管理職コンサルテーションの事前資料をお送りします。
PDFにはパスワードを設定しております。パスワードは別途ご連絡いたします。

よろしくお願いいたします。
""" + SIG_HASEBE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "コンサルテーション事前資料_1116.pdf",
                "password": "mirai1116",
                "lines": ["管理職コンサルテーション 事前資料", "相談者：営業第二部 課長 宇佐美 徹", "対象部下：栗花落 さくら（適応障害で療養中）", "相談内容：復職後の業務配分と面談の進め方"],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF that cannot be inspected, sent to an external EAP provider",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "fukushoku-031",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["やまぶき社会保険労務士法人 田畑様 <tabata@sr-yamabuki.jp>"],
        "subject": "障害年金の請求に関するご相談（王生さん）",
        "charset": "iso-2022-jp",
        "body": """田畑先生

お世話になっております。長谷部です。
名古屋工場の王生さんから、障害厚生年金の請求について相談を受けております。
会社として手続きの支援をしたいと考えておりますので、ご助言をいただけますでしょうか。

　氏名　　　　：王生 達彦（いくるみ たつひこ）
　生年月日　　：昭和50年12月2日
　基礎年金番号：4102-638517
　初診日　　　：令和8年4月18日（脳梗塞にて救急搬送、東海中央病院）
　現在の状態　：左上下肢の軽度麻痺が残存。身体障害者手帳（肢体不自由4級）を申請中。
　就労状況　　：12月1日から短時間勤務で復職予定

初診日から1年6か月の障害認定日を待つ必要があるか、また事後重症請求との関係も
あわせてご教示いただけますと幸いです。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "basic pension number plus diagnosis and disability of a named employee sent to an external 社労士",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "fukushoku-032",
        "sender": "小峰 あかり <komine.akari@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 大槻様 <otsuki@nishiki-insatsu.co.jp>"],
        "subject": "復職支援ハンドブック 印刷のご発注（発注番号 HS-PO-26-1187）",
        "charset": "cp932",
        "body": """錦印刷株式会社
営業部 大槻様

いつもお世話になっております。日の出産業 総務部の小峰です。
先日お見積りいただいた「復職支援ハンドブック（管理職用／本人用）」を、下記のとおり発注いたします。

　発注番号：HS-PO-26-1187
　見積番号：NK-Q-0932
　品名　　：復職支援ハンドブック 管理職用　A5 中綴じ 24P　300部
　　　　　　復職支援ハンドブック 本人用　　A5 中綴じ 16P　500部
　納期　　：12月18日（金）
　納品先　：本社8階 人事部（台車搬入可）

入稿データは本日中に大槻様宛てにファイル便でお送りします。
校正は1回でお願いいたします。
""" + SIG_KOMINE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary printing order with order and quote numbers",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "fukushoku-033",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["平和損害保険 団体保険課 <dantai-hoken@heiwa-sonpo.co.jp>"],
        "subject": "団体長期障害所得補償保険（GLTD） 保険金請求書類の送付",
        "charset": "utf-8",
        "body": """平和損害保険株式会社
団体保険課 ご担当者様

お世話になっております。日の出産業株式会社 人事部の長谷部です。
証券番号 GL-2026-004417 の被保険者1名について、保険金請求書類（事業主証明欄記入済み）を
PDFにてお送りします。原本は本日簡易書留で発送いたしました。

よろしくお願いいたします。
""" + SIG_HASEBE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "GLTD保険金請求書_事業主証明.pdf",
                "title": "保険金請求書（事業主証明）",
                "lines": [
                    "団体長期障害所得補償保険 保険金請求書（事業主証明）",
                    "証券番号：GL-2026-004417　契約者：日の出産業株式会社",
                    "",
                    "被保険者氏名：小鳥遊 恵（タカナシ メグミ）",
                    "生年月日：平成5年7月22日",
                    "傷病名：適応障害、うつ状態",
                    "就業不能期間：令和8年7月13日 ～ 令和8年11月30日（12月1日復職予定）",
                    "休職期間中の給与支払：なし（傷病手当金受給中）",
                    "",
                    "上記のとおり相違ないことを証明します。　令和8年11月6日　日の出産業株式会社 人事部長",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF insurance claim with an employee's diagnosis and birth date sent to an insurer",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "fukushoku-034",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "【勤怠クラウド】短時間勤務パターンの設定方法について",
        "charset": "iso-2022-jp",
        "body": """ツバサシステム株式会社
サポートご担当者様

いつもお世話になっております。日の出産業（契約ID：TS-08812）の長谷部です。

勤怠クラウドで、復職直後の社員向けに「週ごとに所定労働時間が段階的に延びる」
勤務パターンを作りたいと考えています（例：1週目 4時間、2週目 5時間、3週目 6.5時間、4週目以降 7.5時間）。

1. このような週単位で変わるパターンは、1つの勤務区分で設定できますか。
   それとも週ごとに区分を分けて、個人のカレンダーで切り替える必要がありますか。
2. 短時間勤務中は残業申請をできないようにする設定はありますか。

管理画面のどこを見ればよいか、手順書などあればご教示ください。
""" + SIG_HASEBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "system-support question to a partner vendor; no person identified",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "fukushoku-035",
        "sender": "真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["ミライEAP 関口様 <sekiguchi@mirai-eap.jp>"],
        "subject": "【取扱注意】来年度 復職支援プログラム再設計案（たたき台）",
        "charset": "utf-8",
        "body": """━━━━━━━━━━━━━━━━━━━━━
　取扱注意｜日の出産業株式会社 人事部 健康管理室
━━━━━━━━━━━━━━━━━━━━━
関口様

お世話になっております。真壁です。
来年度の復職支援プログラムの再設計案（たたき台）を共有いたします。
社内でまだ合意前の内容ですので、御社内でも関係者限りでお願いいたします。

【再設計のポイント】
1. 休職開始時点からEAPの担当カウンセラーを固定し、休職中も月1回の状況確認を行う
2. 復職判定前に「模擬出勤」（2週間・図書館等での通所）を必須化
3. 復職後6か月間、上司・人事・EAPの三者で月次フォローを実施
4. 再休職率（現状 28％）を2年で15％以下に下げることを目標とする

費用感について、12月の定例でご意見をいただけますと幸いです。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail stamped 取扱注意 in subject and banner, sent to an external vendor",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "fukushoku-036",
        "sender": "小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>",
        "to": ["メンタルサポート東日本 導入支援 <donyu@ms-higashinihon.co.jp>"],
        "subject": "導入時の当社窓口担当者について",
        "charset": "iso-2022-jp",
        "body": """株式会社メンタルサポート東日本
導入支援ご担当者様

お世話になっております。日の出産業の小田切です。
サービス導入にあたっての当社側窓口を、下記3名とさせていただきます。

・契約・請求関係
　小田切 誠（人事部 人事課長）　TEL 03-5472-6170　odagiri.makoto@hinode-sangyo.co.jp
・利用案内・周知
　長谷部 拓真（人事部 労務厚生課）　TEL 03-5472-6180　hasebe.takuma@hinode-sangyo.co.jp
・個別ケースの連携（産業保健）
　榊原 美咲（健康管理室 保健師）　TEL 03-5472-6185　sakakibara.misaki@hinode-sangyo.co.jp

キックオフは1月中旬を想定しております。よろしくお願いいたします。
""" + SIG_ODAGIRI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three staff contact persons given to a vendor: fewer than five records, may be warned",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "fukushoku-037",
        "sender": "真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["こころパートナーズ 危機対応窓口 <crisis@kokoro-partners.co.jp>"],
        "subject": "緊急時連絡網（管理職）の更新",
        "charset": "utf-8",
        "body": """こころパートナーズ
危機対応窓口 ご担当者様

お世話になっております。日の出産業の真壁です。
緊急時（自殺念慮の訴え等）に御社から直接連絡いただく管理職の連絡網を更新しました。
以下、タブ区切りで貼り付けます。

事業所	役職	氏名	携帯電話	夜間・休日
本社	人事部長	間宮 修一	090-2281-6640	可
本社	健康管理室長	真壁 玲子	080-3376-1402	可
名古屋工場	工場長	王子田 浩	090-5527-8813	可
名古屋工場	総務課長	蓮見 直樹	070-4419-2265	20時まで
大阪支店	支店長	稗田 英明	080-1163-5097	可
大阪支店	総務課長	生田目 京子	090-7780-3324	21時まで
物流センター	センター長	日比生 剛	080-6642-0918	可

旧連絡網は破棄をお願いいたします。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of seven managers' mobile numbers sent to an external EAP provider",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "fukushoku-038",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["東京総合産業健康保険組合 給付課 <kyufu@tokyo-sogo-kenpo.or.jp>"],
        "subject": "傷病手当金 申請書様式（令和8年改定版）について",
        "charset": "iso-2022-jp",
        "body": """東京総合産業健康保険組合
給付課 ご担当者様

いつもお世話になっております。
事業所記号 2104、日の出産業株式会社 人事部の長谷部でございます。

傷病手当金支給申請書の様式が10月に改定されたと伺いました。
・新様式のダウンロード先（組合ホームページのどのページか）
・旧様式での申請はいつまで受け付けていただけるか
の2点をご教示いただけますでしょうか。

また、復職後に同一傷病で再度休業した場合の「支給期間の通算」について、
事業主向けの説明資料があればお送りいただけますと幸いです。
""" + SIG_HASEBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "procedural question to a health insurance society; no individual data",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "fukushoku-039",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["やまぶき社会保険労務士法人 手続チーム <tetsuzuki@sr-yamabuki.jp>"],
        "subject": "傷病手当金（第4回）申請のお願い／小鳥遊",
        "charset": "cp932",
        "body": """やまぶき社会保険労務士法人
手続チーム ご担当者様

お世話になっております。日の出産業の長谷部です。
傷病手当金の第4回申請分について、下記のとおり情報をお送りしますので、
申請書の作成をお願いいたします（医師の意見書欄は本人が取得済み）。

　被保険者氏名　　：小鳥遊 恵
　生年月日　　　　：Ｈ５．７．２２
　健康保険証　記号：２１０４　番号：５２２
　傷病名　　　　　：適応障害
　申請期間　　　　：令和8年10月1日～10月31日（全日欠勤）
　報酬の支払　　　：なし

勤怠データは月曜にお送りします。よろしくお願いいたします。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health insurance card symbol/number and diagnosis (full-width digits, 和暦 DOB) sent to an external 社労士",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "fukushoku-040",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["蓮見 直樹 <hasumi.naoki@nagoya.hinode-sangyo.co.jp>"],
        "subject": "王生さん 復職時の配慮事項（パスワード付き）",
        "charset": "iso-2022-jp",
        "body": """蓮見係長

お疲れさまです。健康管理室の榊原です。
12月1日に復職予定の王生さんについて、現場で必要な配慮事項をまとめました。
個人情報を含むため、パスワード付きZIPにしています。パスワードはTeamsでお送りします。

よろしくお願いいたします。
""" + SIG_SAKAKI,
        "attachments": [
            {
                "kind": "zip",
                "name": "配慮事項_王生.zip",
                "password": "Ngy1201!",
                "files": [
                    {"kind": "docx", "name": "配慮事項.docx", "paragraphs": ["王生 達彦さん 復職時の配慮事項", "脳梗塞後遺症（左片麻痺）のため、フォークリフト・プレス作業は禁止。", "6時間勤務（9:00-16:00、休憩1時間）。"]},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "encrypted ZIP, but the recipient is on an internal subdomain (nagoya.hinode-sangyo.co.jp)",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "fukushoku-041",
        "sender": "小峰 あかり <komine.akari@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.com>"],
        "subject": "Re: 12/3 会議室 お見積りの件",
        "charset": "iso-2022-jp",
        "body": """さくらホテル
宴会予約ご担当者様

お世話になっております。日の出産業の小峰です。
お見積りありがとうございました。内容を確認いたしましたので、この条件で正式に予約をお願いします。

なお、当日は研修講師（外部）1名の昼食も追加でお願いできますでしょうか。
お弁当（和食）を1つ、12:15に控室へお届けいただければ幸いです。
""" + SIG_KOMINE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner hotel is sakura-hotel.jp; recipient is sakura-hotel.com (TLD swap)",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "fukushoku-042",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": [
            "yumi_kmtk.family@gmail.com",
            "tsuyuri.hiroshi1960@gmail.com",
            "ikurumi.kazue@gmail.com",
            "sakura.mama.0413@gmail.com",
        ],
        "subject": "【ご案内】ご家族向け 復職支援説明会（12/5 土）",
        "charset": "utf-8",
        "body": """ご家族の皆さま

日の出産業株式会社 健康管理室の榊原でございます。
先日お申込みいただきました「ご家族向け 復職支援説明会」のご案内をお送りします。

　日時：12月5日（土）10:00～11:30
　会場：日の出産業 本社8階 大会議室（浜松町駅北口より徒歩4分）
　内容：復職までの流れ、ご家庭でのサポートのポイント、相談窓口のご紹介
　講師：当社産業医 氷室 恭介、こころパートナーズ 臨床心理士

会場には託児スペースはございません。ご不明な点は本メールにご返信ください。
""" + SIG_SAKAKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "four private persons (families of employees on leave) all in To, each visible to the others",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "fukushoku-043",
        "sender": "小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 芹沢先生 <serizawa@shirakawa-law.jp>"],
        "subject": "ご相談：試し出勤中の賃金と労災の扱いについて",
        "charset": "utf-8",
        "body": """芹沢先生

いつもお世話になっております。日の出産業の小田切です。
規程改定に関して、一般論として2点ご意見を伺えますでしょうか。

(1) 休職期間中に「試し出勤」をさせる場合、賃金を支払わない設計は可能か。
    業務指示をしない「通勤訓練・職場滞在」にとどめれば労働時間に当たらない、
    という整理でよいか。
(2) 試し出勤中の通勤途上・社内での負傷について、労災保険の適用はどうなるか。
    適用外の場合、会社として任意保険で手当てすべきか。

具体の事案ではなく、制度設計の段階のご相談です。
30分程度、お電話でお時間をいただけますと幸いです。
""" + SIG_ODAGIRI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general legal question to the partner law firm with no individual involved",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "fukushoku-044",
        "sender": "小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 芹沢先生 <serizawa@shirakawa-law.jp>"],
        "subject": "休職期間満了に伴う退職の件（物流センター 社員）",
        "charset": "iso-2022-jp",
        "body": """芹沢先生

お世話になっております。小田切です。
具体の事案について、ご相談させてください。

物流センター勤務の日比野 蓮（ひびの れん、平成元年3月9日生）が、
令和7年12月から「アルコール依存症」により休職しており、来年1月8日で休職期間が満了します。
主治医は「断酒継続中だが、復職にはあと3か月程度の通院治療が必要」との意見です。
また本人は令和6年に酒気帯び運転で罰金刑を受けており、社用車運転には戻せない状況です。

このまま満了退職とする場合の手続き上の留意点、
休職延長の要否の判断基準についてご助言をお願いいたします。
""" + SIG_ODAGIRI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee's diagnosis and criminal record sent to an external (partner) law firm",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "fukushoku-045",
        "sender": "Takuma Hasebe <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["Kenji Mori <k.mori@kawasaki-denki.co.jp>"],
        "subject": "Return date of your seconded engineer",
        "charset": "utf-8",
        "body": """Dear Mr. Mori,

Thank you for your continued cooperation on the joint development project.

I am writing to confirm that the engineer seconded from Kawasaki Denki to our Nagoya plant
will resume his duties with us on Monday, December 7. His secondment period remains
unchanged (until March 31, 2027), and the cost-sharing arrangement in the secondment
agreement continues as before.

Please let me know if your side needs any paperwork for the resumption, such as an updated
attendance report format.
""" + SIG_EN + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail to a partner about a resumption date; no health details, standard disclaimer",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "fukushoku-046",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["みなと健診センター 予約係 <yoyaku@minato-kenshin.or.jp>"],
        "subject": "復職前健診の予約（10名）",
        "charset": "utf-8",
        "body": """みなと健診センター
予約係 ご担当者様

いつもお世話になっております。日の出産業 健康管理室の榊原です。
復職前健診（一般健診＋血液検査追加）の受診予定者一覧をWordで添付します。
保険証の記号・番号も記載しておりますので、事前登録をお願いいたします。
""" + SIG_SAKAKI,
        "attachments": [
            {
                "kind": "docx",
                "name": "復職前健診_予約者一覧.docx",
                "paragraphs": ["復職前健診 予約者一覧（日の出産業株式会社）", "保険者番号：06139827"],
                "tables": [
                    [
                        ["No.", "氏名", "カナ", "生年月日", "記号", "番号", "希望日"],
                        ["1", "勅使河原 隼人", "テシガワラ ハヤト", "S63.3.7", "2104", "318", "11/16"],
                        ["2", "四月一日 和臣", "ワタヌキ カズオミ", "S54.11.23", "2104", "207", "11/16"],
                        ["3", "蒲生 千晶", "ガモウ チアキ", "H3.5.30", "2104", "441", "11/17"],
                        ["4", "小鳥遊 恵", "タカナシ メグミ", "H5.7.22", "2104", "522", "11/17"],
                        ["5", "一尺八寸 亮", "カマツカ リョウ", "S57.1.15", "2107", "64", "11/18"],
                        ["6", "王生 達彦", "イクルミ タツヒコ", "S50.12.2", "2109", "12", "11/18"],
                        ["7", "栗花落 さくら", "ツユリ サクラ", "H6.4.13", "2104", "603", "11/19"],
                        ["8", "日比野 蓮", "ヒビノ レン", "H1.3.9", "2108", "85", "11/19"],
                        ["9", "百目鬼 健", "ドウメキ ケン", "S60.8.19", "2109", "37", "11/20"],
                        ["10", "鴨下 智也", "カモシタ トモヤ", "H2.10.4", "2104", "290", "11/20"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "DOCX table of ten people with birth dates and health-insurance numbers to an external clinic",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "fukushoku-047",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["やまぶき社会保険労務士法人 田畑様 <tabata@sr-yamabuki.jp>"],
        "subject": "10月分 勤怠データ（休職者・短時間勤務者）",
        "charset": "cp932",
        "body": """田畑先生

お世話になっております。長谷部です。
先日お話しした10月分の勤怠データをお送りします。
傷病手当金と月額変更届の確認にお使いください。

よろしくお願いいたします。
""" + SIG_HASEBE,
        "attachments": [{"kind": "corrupt", "name": "勤怠_202610_休職者.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "attached XLSX is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "fukushoku-048",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["こころパートナーズ 研修担当 <kenshu@kokoro-partners.co.jp>"],
        "subject": "2027年上期 セミナー日程のご相談",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>株式会社こころパートナーズ<br>研修ご担当者様</p>
<p>いつもお世話になっております。日の出産業の長谷部です。<br>
2027年上期のセミナー日程について、当社の希望を下表にまとめました。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde8f5"><th>テーマ</th><th>対象</th><th>希望時期</th><th>形式</th><th>定員</th></tr>
<tr><td>ラインケア基礎</td><td>新任管理職</td><td>4月下旬</td><td>集合</td><td>30</td></tr>
<tr><td>復職者を迎える職場づくり</td><td>管理職</td><td>6月上旬</td><td>オンライン</td><td>80</td></tr>
<tr><td>セルフケアと睡眠</td><td>全社員</td><td>7月中旬</td><td>オンライン</td><td>300</td></tr>
<tr><td>ハラスメント予防</td><td>管理職</td><td>9月上旬</td><td>集合</td><td>40</td></tr>
</table>
<p>講師のご都合を伺ったうえで、12月の定例で確定できればと存じます。</p>
<p>――――――――――――――<br>日の出産業株式会社 人事部 労務厚生課<br>長谷部 拓真<br>TEL 03-5472-6180</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only mail with a table of seminar topics, no people",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "fukushoku-049",
        "sender": "真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["ミライEAP スーパーバイザー 戸隠様 <togakushi@mirai-eap.jp>"],
        "subject": "事例相談（匿名）：復職後の再休職リスクについて",
        "charset": "iso-2022-jp",
        "body": """戸隠様

お世話になっております。日の出産業の真壁です。
来週のケース検討会で扱っていただきたい事例を、匿名化してお送りします。

【事例】
　・40代前半 男性、営業職（東京本社、部下4名の係長）
　・昨年6月から「うつ病」で5か月休職し、11月に復職
　・復職後3か月で再び朝の不調を訴え、直近1か月で欠勤4日
　・本人は異動を望まず、上司は業務軽減に消極的

再休職を防ぐために、会社として今どのような手当てが考えられるか、
ご助言いただければと存じます。
""" + SIG_MAKABE,
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "case 'anonymised' but with age band, role, team size and dates: a privacy officer could call it identifiable or not",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "fukushoku-050",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部 森様 <k.mori@kawasaki-denki.co.jp>"],
        "subject": "出向者 五百旗頭様の復職について（ご報告）",
        "charset": "cp932",
        "body": """川崎電機株式会社
人事部 森 様

いつもお世話になっております。日の出産業の長谷部です。
御社からご出向いただいている五百旗頭 勝（いおきべ まさる）様の件、ご報告いたします。

・9月12日に社内で倒れ救急搬送、「脳梗塞（軽症）」との診断で入院（10月3日退院）
・当社産業医の意見により、12月7日から名古屋工場へ復職予定
・復職後3か月は、クリーンルーム内作業と夜勤を免除し、日勤のみとします
・高血圧と脂質異常症の服薬治療を継続中のため、月1回の通院に配慮します

出向契約上の扱い（休業期間中の給与負担等）については、別途ご相談させてください。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "seconded employee's diagnosis and treatment sent to the partner company that seconded him",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "fukushoku-051",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["こころパートナーズ 予約センター <yoyaku@kokoro-partners.co.jp>"],
        "subject": "Re: 【登録完了】11月分 個別カウンセリング予約",
        "charset": "cp932",
        "body": """予約センター ご担当者様

ご連絡ありがとうございます。長谷部です。
登録内容、確認いたしました。相違ございません。
初回面談の実施後、月次レポートでの件数報告をお願いいたします。

長谷部

-----Original Message-----
From: こころパートナーズ 予約センター <yoyaku@kokoro-partners.co.jp>
Sent: Monday, November 2, 2026 11:14 AM
To: 長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>
Subject: 【登録完了】11月分 個別カウンセリング予約

日の出産業株式会社 長谷部様

11月分のご予約を以下のとおり登録いたしました。

  氏名            携帯電話         初回予定
  鴨下 智也       090-4417-2368    11/9 19:00
  帷子 真由       080-6120-9934    11/10 12:10
  纐纈 大輔       070-3382-5106    11/14 10:00
  左右田 玲奈     090-8851-0247    11/11 19:30
  雲母 翔         080-2279-6613    11/12 15:00
  留目 孝之       090-7736-4480    11/13 12:15

こころパートナーズ 予約センター
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the list of six people is only in the quoted original from the recipient; new text is a confirmation",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "fukushoku-052",
        "sender": "小峰 あかり <komine.akari@hinode-sangyo.co.jp>",
        "to": ["平和損害保険 自動車保険課 <jidosha@heiwa-sonpo.co.jp>"],
        "subject": "フリート契約 運転者登録の再開（1名）",
        "charset": "iso-2022-jp",
        "body": """平和損害保険株式会社
自動車保険課 ご担当者様

お世話になっております。日の出産業 総務部の小峰です。
休職に伴い一時的に運転者登録を外していた社員が12月から職場に戻るため、
フリート契約（証券番号 FL-88-102394）の運転者登録を再開したく、ご連絡いたしました。

　氏名　　　　　：留目 孝之（とどめ たかゆき）
　生年月日　　　：1978年2月11日
　運転免許証番号：第 304815620973 号
　免許の色　　　：ゴールド（有効期限 令和10年3月11日）
　使用車両　　　：品川 300 す 4127（営業車）

登録再開日は12月1日でお願いいたします。
""" + SIG_KOMINE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "an employee's driver's licence number and birth date sent to an insurer",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "fukushoku-053",
        "sender": "真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["氷室 恭介 <himuro.kyosuke@hinode-sangyo.co.jp>"],
        "subject": "高ストレス者 面接指導対象者リスト（本社分）",
        "charset": "utf-8",
        "body": """氷室先生

お疲れさまです。真壁です。
ストレスチェックの結果、高ストレス判定かつ面接指導を希望した本社の社員リストです。
12月の面接指導枠の割り振りにお使いください。
""" + SIG_MAKABE,
        "attachments": [
            {
                "kind": "csv",
                "name": "高ストレス_面接希望_本社.csv",
                "encoding": "utf-8",
                "rows": [
                    ["社員番号", "氏名", "所属", "領域A_ストレス要因", "領域B_心身反応", "領域C_周囲の支援", "判定", "希望枠"],
                    ["H020941", "芦刈 陽介", "営業第一部", "38", "71", "9", "高ストレス", "12/3午前"],
                    ["H022508", "江頭 まどか", "経理部", "41", "68", "11", "高ストレス", "12/3午後"],
                    ["H018117", "御子柴 学", "情報システム部", "44", "80", "7", "高ストレス", "12/8午前"],
                    ["H021330", "祖父江 彩", "商品企画部", "35", "77", "10", "高ストレス", "12/8午後"],
                    ["H019672", "醍醐 篤", "営業第二部", "40", "73", "8", "高ストレス", "12/10午前"],
                    ["H023004", "轟 美奈", "総務部", "37", "69", "12", "高ストレス", "12/10午後"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "stress-check results list sent to the in-house physician only (internal)",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "fukushoku-054",
        "sender": "Takuma Hasebe <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@wellbridge-eap.com>"],
        "subject": "Our draft return-to-work framework for overseas assignees",
        "charset": "utf-8",
        "body": """Dear Priya,

As promised, please find attached our draft return-to-work framework for employees on
overseas assignment. We would appreciate your comments on section 3 (coordination with
local treating physicians) and section 5 (repatriation criteria) before our meeting on
November 25.
""" + SIG_EN,
        "attachments": [
            {
                "kind": "pdf",
                "name": "RTW_Framework_Overseas_draft2.pdf",
                "title": "Return-to-Work Framework (Overseas Assignees) - Draft 2",
                "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                "page_footer": "Draft for discussion only / Do not distribute",
                "lines": [
                    "Return-to-Work Framework for Overseas Assignees (Draft 2)",
                    "1. Scope: employees on assignment of 6 months or longer and accompanying family.",
                    "2. Leave: medical leave is granted on the treating physician's certificate.",
                    "3. Coordination: the EAP coordinates with the local physician and the company's",
                    "   occupational physician in Tokyo before any return decision.",
                    "4. Graduated return: 4 to 8 weeks of reduced hours at the host office.",
                    "5. Repatriation: considered when local treatment is not available or the leave exceeds 3 months.",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached PDF stamped CONFIDENTIAL in its page header, sent to an external EAP",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "fukushoku-055",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["リワークセンターひかり 相談室 <soudan@rework-hikari.jp>"],
        "subject": "FW: 意見書：王生 達彦さん（名古屋工場）",
        "charset": "iso-2022-jp",
        "body": """リワークセンターひかり
相談室 ご担当者様

お世話になっております。日の出産業の長谷部です。
当社産業医の意見書を転送いたします。プログラム修了後の復職に向けた参考にしてください。

---------- Forwarded message ---------
From: 氷室 恭介 <himuro.kyosuke@hinode-sangyo.co.jp>
Date: 2026年11月5日(木) 17:42
Subject: 意見書：王生 達彦さん（名古屋工場）
To: 長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>

長谷部さん

氷室です。王生さんの復職に関する意見書を以下のとおり提出します。

対象者　：王生 達彦（名古屋工場 製造一課）
傷病名　：脳梗塞（左片麻痺・軽度）、高血圧症、抑うつ状態
就業区分：要就業制限
措置内容：12月1日より復職可、フォークリフト運転・高所作業は禁止、6時間勤務を1か月

--
統括産業医 氷室 恭介
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forward of an internal physician's opinion with diagnoses to an external clinic: forwarded text counts",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "fukushoku-056",
        "sender": "小峰 あかり <komine.akari@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
        "subject": "社員食堂 ヘルシーメニュー追加のご相談",
        "charset": "cp932",
        "body": """北国フーズ株式会社
給食事業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の小峰です。

健康管理室からの要望で、来年1月から本社食堂に「ヘルシー定食」を常設したいと考えております。
目安は以下のとおりです。

　・エネルギー 650kcal 以下、食塩相当量 2.5g 以下
　・野菜 120g 以上、主食は雑穀米または麦ご飯を選択可
　・価格は現行の日替わり定食と同じ 480円

メニュー案と原価の概算を12月中旬までにいただけますでしょうか。
""" + SIG_KOMINE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary canteen request to a partner, no individual",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "fukushoku-057",
        "sender": "小峰 あかり <komine.akari@hinode-sangyo.co.jp>",
        "to": ["錦印刷 発送代行 <hassou@nishiki-insatsu.co.jp>"],
        "subject": "ハンドブック（本人用）の直送先リスト",
        "charset": "utf-8",
        "body": """錦印刷株式会社
発送代行ご担当者様

お世話になっております。日の出産業の小峰です。
納品分のうち「本人用」5部を、私傷病で休職中の社員の自宅へ直送していただきたく、
送付先をお知らせします（封筒の差出人は「日の出産業 人事部」でお願いします）。

【1】
氏名：勅使河原 隼人 様
〒114-0023 東京都北区滝野川六丁目22番3号 メゾン滝野川305
TEL：090-1408-2271

【2】
氏名：小鳥遊 恵 様
〒180-0004 東京都武蔵野市吉祥寺本町四丁目7番15号
TEL：080-7763-0154

【3】
氏名：一尺八寸 亮 様
〒330-0846 埼玉県さいたま市大宮区大門町二丁目118
TEL：070-2219-8840

【4】
氏名：日比野 蓮 様
〒335-0022 埼玉県戸田市上戸田三丁目5番12号 グリーンハイツ102
TEL：090-5564-1703

【5】
氏名：栗花落 さくら 様
〒152-0004 東京都目黒区鷹番二丁目16番9号
TEL：080-3391-6628

発送は12月21日（月）着でお願いいたします。
""" + SIG_KOMINE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "five records (one per block) of employees on sick leave with home addresses and phones to a printer",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "fukushoku-058",
        "sender": "小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>",
        "to": ["リワークセンターひかり 事務長 藤代様 <fujishiro@rework-hikari.jp>"],
        "subject": "法人契約の利用料金について",
        "charset": "iso-2022-jp",
        "body": """リワークセンターひかり
事務長 藤代様

お世話になっております。日の出産業の小田切です。
法人契約（年間枠）について、先日の打合せを踏まえ、以下で社内決裁を進めます。

　・年間基本料：660,000円（税込）／利用枠 4名まで
　・超過分　　：1名あたり 198,000円（税込）
　・契約期間　：2027年1月1日〜12月31日
　・支払条件　：月末締め翌月末払い（銀行振込）

契約書のドラフトをお送りいただけますでしょうか。
よろしくお願いいたします。
""" + SIG_ODAGIRI + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "fees and terms with a clinic, standard disclaimer mentioning 機密情報 (not a marking)",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "fukushoku-059",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
        "subject": "Re: 【勤怠クラウド】短時間勤務パターンの設定方法について",
        "charset": "utf-8",
        "body": """ツバサシステム サポートご担当者様

ご回答ありがとうございました。長谷部です。
手順書のとおり週ごとの勤務区分を4つ作成し、個人カレンダーで切り替える形で設定できました。

追加で1点だけ質問させてください。
個人カレンダーの切替を「予約設定」しておき、指定日に自動で切り替えることは可能でしょうか。

よろしくお願いいたします。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner is tsubasa-system.jp; this reply goes to tsubasa-sytem.jp (a letter dropped)",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "fukushoku-060",
        "sender": "Takuma Hasebe <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["Wellbridge Case Management <casemgmt@wellbridge-eap.com>"],
        "subject": "Case referral - return to work, Singapore office",
        "charset": "utf-8",
        "body": """Dear Case Management Team,

With the employee's written consent, we would like to refer the following case.

  Name:           Shingo TENNOJI (assignee, Singapore office)
  Date of birth:  14 May 1984
  Mobile:         +65 9127 4408
  Condition:      Major depressive disorder, diagnosed on 2 October 2026 by a local
                  psychiatrist; on medical leave since 5 October
  Medication:     Sertraline 50 mg
  Goal:           graded return to work at the Singapore office from mid-January 2027

Please assign a Japanese-speaking case manager and let us know the first appointment.
""" + SIG_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English referral with a named employee's diagnosis and medication to an overseas EAP",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "fukushoku-061",
        "sender": "真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["富士見産業医事務所 事務局 <jimu@fujimi-sangyoi.jp>"],
        "subject": "来年1～3月 産業医来社日程（案）",
        "charset": "cp932",
        "body": """富士見産業医事務所
事務局 ご担当者様

いつもお世話になっております。日の出産業 健康管理室の真壁です。
来年1～3月の鳴海先生の来社日程（案）をPDFでお送りします。
衛生委員会の日程に合わせていますので、ご都合をご確認ください。
""" + SIG_MAKABE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "産業医来社日程_2027Q1.pdf",
                "lines": ["日の出産業株式会社 産業医来社日程（案） 2027年1月～3月", ""],
                "table": [
                    ["日付", "時間", "場所", "内容"],
                    ["1/14（木）", "14:00-17:00", "本社", "衛生委員会、面接指導"],
                    ["1/28（木）", "14:00-17:00", "名古屋工場", "職場巡視、面接指導"],
                    ["2/10（水）", "14:00-17:00", "本社", "衛生委員会、復職面談"],
                    ["2/25（木）", "13:00-16:00", "大阪支店", "職場巡視"],
                    ["3/11（木）", "14:00-17:00", "本社", "衛生委員会、面接指導"],
                    ["3/24（水）", "14:00-17:00", "物流センター", "職場巡視"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "visit schedule of the contracted physician; no individual data",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "fukushoku-062",
        "sender": "Takuma Hasebe <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@wellbridge-eap.com>"],
        "cc": [
            "Somchai Wattana <somchai.w@siam-wellness.co.th>",
            "Nguyen Thi Lan <lan.nguyen@saigon-healthpartners.vn>",
            "Dr. Wei Ming Tan <wm.tan@orchard-occmed.com.sg>",
        ],
        "subject": "Regional return-to-work coordination call - Dec 9",
        "charset": "utf-8",
        "body": """Dear all,

Thank you for agreeing to join our regional coordination call on return-to-work support
for assignees in Southeast Asia.

  Date:  Wednesday, December 9, 2026, 15:00 SGT / 16:00 JST
  Tool:  Microsoft Teams (link to follow)
  Agenda:
    1. Referral flow between the EAP, local clinics and our Tokyo occupational physician
    2. Fitness-for-work certificates accepted in each country
    3. Quarterly reporting (aggregated figures only)

Please let me know if the time does not suit you.
""" + SIG_EN,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four external organisations in different countries visible to each other in To/Cc",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "fukushoku-063",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["みずほし行政書士事務所 <info@mizuhoshi-gyosei.jp>"],
        "subject": "在留期間更新許可申請のご依頼（長期休職後の復職者）",
        "charset": "utf-8",
        "body": """みずほし行政書士事務所
ご担当者様

はじめてご連絡いたします。日の出産業株式会社 人事部の長谷部と申します。
当社の外国籍社員の在留期間更新について、申請取次をお願いしたくご連絡いたしました。

　氏名　　　　：NGUYEN VAN DUC（グエン ヴァン ドゥック）
　国籍　　　　：ベトナム
　生年月日　　：1994年10月3日
　在留カード番号：UH48261937KE
　在留資格　　：技術・人文知識・国際業務（在留期限 令和9年1月20日）
　備考　　　　：令和8年5月～10月に私傷病で休職し、11月に復職しています。

休職期間がある場合の立証資料についてもご助言いただけますと幸いです。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "residence card number and birth date of a foreign employee sent to an external administrative scrivener",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "fukushoku-064",
        "sender": "小峰 あかり <komine.akari@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "12/3 研修 当日の連絡先について",
        "charset": "iso-2022-jp",
        "body": """さくらホテル
宴会予約ご担当者様

お世話になっております。日の出産業の小峰です。
12月3日の研修当日の連絡先を、念のためお知らせいたします。

　・運営責任者：長谷部 拓真（人事部）　携帯 090-6613-2285
　・講師　　　：牧野 由香 様（こころパートナーズ）　携帯 080-2946-7130

会場設営の確認などは、当日は長谷部までお願いいたします。
""" + SIG_KOMINE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two people's mobile numbers for event day: under five records, may be warned",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "fukushoku-065",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["けんこうサポート 保健指導チーム <hokenshido@kenko-support.co.jp>"],
        "subject": "特定保健指導 対象者リスト（名古屋工場）",
        "charset": "utf-8",
        "body": """株式会社けんこうサポート
保健指導チーム ご担当者様

お世話になっております。日の出産業 健康管理室の榊原です。
名古屋工場の特定保健指導の対象者リストをPDFでお送りします。
うち2名は今年度復職した社員のため、初回面談では体調に配慮をお願いいたします。
""" + SIG_SAKAKI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "特定保健指導対象者_名古屋工場.pdf",
                "lines": ["特定保健指導 対象者一覧（名古屋工場）", "令和8年度 定期健康診断結果より"],
                "table": [
                    ["氏名", "生年月日", "BMI", "腹囲", "血圧", "HbA1c", "区分"],
                    ["王生 達彦", "S50.12.2", "27.4", "94", "152/96", "6.1", "積極的支援"],
                    ["百目鬼 健", "S60.8.19", "26.1", "91", "138/88", "5.8", "動機付け支援"],
                    ["纐纈 大輔", "S52.4.30", "29.8", "101", "148/92", "6.4", "積極的支援"],
                    ["蓮見 直樹", "S49.9.6", "25.6", "88", "136/84", "5.7", "動機付け支援"],
                    ["王子田 浩", "S43.2.18", "28.3", "97", "160/98", "6.9", "積極的支援"],
                    ["杉ノ内 誠司", "S54.4.28", "26.9", "92", "142/90", "5.9", "動機付け支援"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF table of six people's health-check results sent to an external health-guidance vendor",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "fukushoku-066",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["間宮 修一 <mamiya.shuichi@hinode-sangyo.co.jp>"],
        "cc": ["真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>"],
        "subject": "12月 復職者の勤務予定一覧",
        "charset": "utf-8",
        "html": """<html><body>
<p>間宮部長</p>
<p>お疲れさまです。健康管理室の榊原です。<br>12月に勤務制限のある復職者の一覧です。部長会でのご説明用にお使いください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>氏名</th><th>所属</th><th>傷病</th><th>12月の勤務</th><th>制限事項</th></tr>
<tr><td>勅使河原 隼人</td><td>営業第二部</td><td>うつ病</td><td>9:00-17:30</td><td>時間外・出張禁止</td></tr>
<tr><td>四月一日 和臣</td><td>営業第二部</td><td>腰椎椎間板ヘルニア</td><td>9:00-17:30</td><td>重量物・運転禁止</td></tr>
<tr><td>蒲生 千晶</td><td>総務部</td><td>2型糖尿病</td><td>9:00-17:30</td><td>深夜業禁止</td></tr>
<tr><td>王生 達彦</td><td>名古屋工場</td><td>脳梗塞後遺症</td><td>9:00-16:00</td><td>フォークリフト・高所禁止</td></tr>
<tr><td>一尺八寸 亮</td><td>物流管理部</td><td>パニック障害</td><td>10:00-18:30</td><td>時差出勤</td></tr>
</table>
<p>以上です。<br>--<br>健康管理室 榊原（内線2185）</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "HTML table of returnees with diagnoses, internal recipients only",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "fukushoku-067",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["東京地域障害者職業センター 職業カウンセラー 柴崎様 <shibasaki@tokyo-shokusen.or.jp>"],
        "subject": "ジョブコーチ支援のご相談（当社社員1名）",
        "charset": "iso-2022-jp",
        "body": """東京地域障害者職業センター
職業カウンセラー 柴崎様

先日はお電話でありがとうございました。日の出産業の長谷部です。
ジョブコーチ支援をお願いしたい社員について、概要をお送りします。

　氏名　　：四月一日 和臣（わたぬき かずおみ）、47歳
　所属　　：営業第二部（12月から内勤に配置転換予定）
　障害　　：身体障害者手帳 3級（体幹機能障害）、腰椎手術後の後遺症
　　　　　　あわせて精神障害者保健福祉手帳 3級（うつ病）を所持
　希望内容：配置転換後の業務の切り出しと、職場の理解促進のための支援

本人も支援を希望しております。面談の日程をご提示いただけますと幸いです。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee's disability certificates and diagnoses sent to an external public support centre",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "fukushoku-068",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["リワークセンターひかり 受付 <uketsuke@rework-hikari.jp>"],
        "subject": "主治医情報提供書（スキャン）の送付",
        "charset": "utf-8",
        "body": """リワークセンターひかり
受付ご担当者様

お世話になっております。日の出産業の榊原です。
先日ご依頼のあった書類をスキャンしてお送りします。
読み取りにくい箇所があればお知らせください。
""" + SIG_SAKAKI,
        "attachments": [{"kind": "corrupt", "name": "scan_20261109_0932.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "scanned PDF attachment is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "fukushoku-069",
        "sender": "真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["鳴海 先生 <narumi@fujimi-sangyoi.jp>"],
        "subject": "復職時の様式一式（空欄）のご確認",
        "charset": "iso-2022-jp",
        "body": """鳴海先生

お世話になっております。真壁です。
規程改定にあわせて見直した復職関係の様式（空欄のもの）をお送りします。
産業医意見欄の項目立てについて、ご意見をいただけますでしょうか。
""" + SIG_MAKABE,
        "attachments": [
            {
                "kind": "docx",
                "name": "様式_復職関係_2027.docx",
                "paragraphs": [
                    "様式第1号　復職願",
                    "私は、下記のとおり復職を願い出ます。",
                    "様式第2号　就業上の措置に関する産業医意見書",
                    "様式第3号　職場復帰支援プラン",
                ],
                "tables": [
                    [["項目", "記入欄"], ["氏名", ""], ["所属", ""], ["復職希望日", "　　年　　月　　日"], ["主治医の意見", ""], ["本人署名", ""]],
                    [["項目", "記入欄"], ["就業区分", "□通常勤務　□就業制限　□要休業"], ["措置の内容", ""], ["措置期間", ""], ["次回面談予定", ""]],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank forms with empty name fields; no personal data",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "fukushoku-070",
        "sender": "小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>",
        "to": ["やまぶき社会保険労務士法人 田畑様 <tabata@sr-yamabuki.jp>"],
        "subject": "休職・復職の運用実績（過去5年）",
        "charset": "utf-8",
        "body": """田畑先生

お世話になっております。小田切です。
規程改定の検討資料として、過去5年の休職・復職の運用実績を集計したExcelをお送りします。
個人名は含めておりません。
""" + SIG_ODAGIRI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "休職復職実績_2021-2025.xlsx",
                "page_header": "部外秘",
                "page_footer": "日の出産業株式会社 人事部　部外秘・複製禁止",
                "sheets": {
                    "年度別": [
                        ["休職・復職の運用実績（年度別）"],
                        ["年度", "新規休職者", "うちメンタル", "復職者", "満了退職", "再休職"],
                        [2021, 14, 9, 10, 2, 3],
                        [2022, 17, 12, 11, 3, 4],
                        [2023, 15, 10, 12, 1, 3],
                        [2024, 19, 13, 13, 3, 5],
                        [2025, 18, 12, 14, 2, 4],
                    ],
                    "平均休職日数": [
                        ["区分", "平均日数", "中央値"],
                        ["メンタル", 168, 151],
                        ["身体疾患", 94, 72],
                        ["業務災害", 61, 45],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX with a 部外秘 header/footer classification sent outside (figures are aggregated)",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "fukushoku-071",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["Kirishima Nao <nao.kirishima.cp@gmail.com>"],
        "subject": "講演ご依頼（管理職研修）のご相談",
        "charset": "utf-8",
        "body": """霧島 奈緒 先生

突然のご連絡失礼いたします。日の出産業株式会社 人事部の長谷部と申します。
先生の著書『職場に戻るということ』を拝読し、当社の管理職研修でご講演いただけないかと考え、
ご連絡いたしました。

　日時（候補）：2027年2月18日（木）または2月25日（木） 14:00～16:00
　対象　　　　：管理職 約60名
　テーマ　　　：復職者を迎える上司の関わり方
　謝礼　　　　：20万円（税別）＋交通費

ご多忙とは存じますが、ご検討いただけますと幸いです。
""" + SIG_HASEBE,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "lecture request to a freelance psychologist on free mail; no personal data",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "fukushoku-072",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "【勤怠クラウド】個人カレンダー設定の代行依頼",
        "charset": "cp932",
        "body": """ツバサシステム サポートご担当者様

お世話になっております。日の出産業（契約ID：TS-08812）の長谷部です。
以下の社員の個人カレンダー設定の代行をお願いできますでしょうか。

　社員番号：H014877
　氏名　　：王生 達彦
　内容　　：週3回（月・水・金）の人工透析のため、該当曜日は 9:00～13:00 の短時間勤務、
　　　　　　火・木は通常勤務。12月1日から適用。

急ぎで恐縮ですが、11月27日までに設定いただけますと助かります。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee's medical treatment (人工透析) given to a system vendor",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "fukushoku-073",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["ミライEAP 関口様 <sekiguchi@mirai-eap.jp>"],
        "subject": "復職者フォロー面談 対象者データ",
        "charset": "utf-8",
        "body": """関口様

お世話になっております。長谷部です。
来期からお願いする復職者フォロー面談の対象者データをZIPでお送りします
（CSV 1ファイル、UTF-8）。

よろしくお願いいたします。
""" + SIG_HASEBE,
        "attachments": [
            {
                "kind": "zip",
                "name": "followup_targets_2027.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "followup_targets.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["emp_no", "name", "name_kana", "dept", "return_date", "mobile", "email"],
                            ["H021847", "勅使河原 隼人", "テシガワラ ハヤト", "営業第二部", "2026-11-09", "090-1408-2271", "teshigawara.hayato@hinode-sangyo.co.jp"],
                            ["H017920", "四月一日 和臣", "ワタヌキ カズオミ", "営業第二部", "2026-11-02", "080-5517-3394", "watanuki.kazuomi@hinode-sangyo.co.jp"],
                            ["H021473", "蒲生 千晶", "ガモウ チアキ", "総務部", "2026-11-16", "070-1945-3328", "gamo.chiaki@hinode-sangyo.co.jp"],
                            ["H019904", "小鳥遊 恵", "タカナシ メグミ", "商品企画部", "2026-12-01", "080-7763-0154", "takanashi.megumi@hinode-sangyo.co.jp"],
                            ["H016102", "一尺八寸 亮", "カマツカ リョウ", "物流管理部", "2026-12-01", "070-2219-8840", "kamatsuka.ryo@hinode-sangyo.co.jp"],
                            ["H014877", "王生 達彦", "イクルミ タツヒコ", "名古屋工場", "2026-12-01", "090-2718-4063", "ikurumi.tatsuhiko@hinode-sangyo.co.jp"],
                        ],
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "plain ZIP holding a CSV of six returnees with mobiles and e-mail, sent to an EAP provider",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "fukushoku-074",
        "sender": "小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>",
        "to": ["小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>"],
        "bcc": [
            "sales@kokoro-partners.co.jp",
            "info@mirai-eap.jp",
            "contact@ms-higashinihon.co.jp",
            "eigyo@anshin-care.co.jp",
            "hojin@mindful-works.jp",
        ],
        "subject": "【EAP提案依頼】質問への回答（全社共通）",
        "charset": "iso-2022-jp",
        "body": """各社 ご担当者様
（本メールは提案依頼先の皆さまにBCCでお送りしております）

日の出産業 人事部の小田切です。
提案依頼書に関していただいたご質問への回答を、各社共通でお知らせいたします。

Q1. 対象者に派遣社員は含まれますか。
A1. 含みません。正社員・契約社員のみです。

Q2. 復職支援プログラムで連携するリワーク機関は指定がありますか。
A2. 現在はリワークセンターひかりと契約していますが、ご提案を妨げるものではありません。

Q3. 提案書の形式は自由ですか。
A3. 自由です。ただし見積りは年額・税込で記載してください。

提出期限（11月27日）に変更はございません。
""" + SIG_ODAGIRI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "five vendors addressed correctly in Bcc; nothing visible and no personal data",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "fukushoku-075",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["宇佐美 徹 <usami.toru@hinode-sangyo.jp>"],
        "subject": "来週の振り返り面談について",
        "charset": "iso-2022-jp",
        "body": """宇佐美課長

お疲れさまです。健康管理室の榊原です。
四月一日さんのリハビリ出勤、2週目までの様子を本人から聞きました。
腰の痛みは午後に少し出るものの、座位50分ごとの休憩でおおむね問題ないとのことです。

来週金曜の振り返り面談、15時から第5会議室で予定しています。
課長のご都合はいかがでしょうか。

榊原
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "internal colleague addressed at hinode-sangyo.jp (co. dropped), with an employee's health status",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "fukushoku-076",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["東京総合産業健康保険組合 給付課 <kyufu@tokyo-sogo-kenpo.or.jp>"],
        "subject": "傷病手当金 事業主証明データの送付（11月受付分）",
        "charset": "cp932",
        "body": """東京総合産業健康保険組合
給付課 ご担当者様

お世話になっております。事業所記号2104 日の出産業の長谷部です。
ご指示のあった電子申請用の事業主証明データ（3名分）をExcelでお送りします。
申請書原本は本人から直接郵送いたします。
""" + SIG_HASEBE,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "事業主証明_202611.xlsx",
                "sheets": {
                    "事業主証明": [
                        ["傷病手当金 事業主証明データ　事業所記号：2104　日の出産業株式会社"],
                        [],
                        ["被保険者番号", "氏名", "生年月日", "個人番号", "傷病名", "対象期間", "出勤日数", "報酬額"],
                        ["318", "勅使河原 隼人", "昭和63年3月7日", my_number(SEED + 6), "うつ病", "R8.10.1～R8.10.31", 0, 0],
                        ["522", "小鳥遊 恵", "平成5年7月22日", my_number(SEED + 7), "適応障害", "R8.10.1～R8.10.31", 0, 0],
                        ["64", "一尺八寸 亮", "昭和57年1月15日", my_number(SEED + 8), "パニック障害", "R8.10.1～R8.10.31", 0, 0],
                    ],
                    "記入要領": [["項目", "説明"], ["個人番号", "12桁、ハイフンなし"], ["報酬額", "対象期間に支払った報酬（円）"]],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX with three employees' My Numbers and diagnoses sent to the health insurance society",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "fukushoku-077",
        "sender": "真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["メディカルスタッフ葵 法人営業部 <hojin@staff-aoi.co.jp>"],
        "subject": "保健師（契約社員）の募集について",
        "charset": "utf-8",
        "body": """株式会社メディカルスタッフ葵
法人営業部 ご担当者様

お世話になっております。日の出産業 健康管理室の真壁です。
来年4月から名古屋工場に常駐いただく保健師の募集をお願いしたく、条件をお送りします。

　職種　　：保健師（契約社員、更新あり）
　勤務地　：名古屋工場（愛知県名古屋市中川区）
　勤務時間：9:00～17:30（週5日）、残業月5時間程度
　業務内容：健康相談、復職者のフォロー面談、健診事後措置、衛生委員会の運営補助
　経験　　：産業保健の実務経験2年以上が望ましい
　給与　　：月給 31万円～（経験による）

候補者のご紹介は、職務経歴の概要のみ（氏名は伏せて）で結構です。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "job requisition to a staffing agency; no personal data",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "fukushoku-078",
        "sender": "蓮見 直樹 <hasumi.naoki@hinode-sangyo.co.jp>",
        "to": ["アオイ人材サービス 名古屋支店 坪内様 <tsubouchi@aoi-jinzai.co.jp>"],
        "subject": "派遣スタッフ 汐見様の就業再開について",
        "charset": "cp932",
        "body": """アオイ人材サービス株式会社
名古屋支店 坪内様

いつもお世話になっております。日の出産業 名古屋工場の蓮見です。
ご派遣いただいている汐見 沙耶様の就業再開について、当方の受け入れ条件をお伝えします。

汐見様からは、10月に腰椎椎間板ヘルニアの手術を受け、主治医から
「5kg以上の荷物の持ち上げ禁止、立ち作業は1時間ごとに休憩」との指示が出ていると伺いました。
当工場としては、12月7日から検査工程（座り作業）への配置で受け入れ可能です。
指示内容の書面（診断書の写し等）を派遣元経由でいただけますでしょうか。

--
日の出産業株式会社 名古屋工場 品質保証課
係長 蓮見 直樹
〒454-0012 愛知県名古屋市中川区尾頭橋2-8-15
TEL 052-321-4475
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "temp worker's surgery and medical restrictions sent to her staffing agency",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "fukushoku-079",
        "sender": "小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>",
        "to": ["間宮 修一 <mamiya.shuichi@hinode-sangyo.co.jp>"],
        "cc": ["長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】FW: 日比野さんの休職期間満了に関する弁護士見解",
        "charset": "iso-2022-jp",
        "body": """間宮部長

小田切です。白川法律事務所 芹沢先生からの見解を転送します。
来週の経営会議前にご確認いただければと思います。
※社外秘扱いでお願いします。

---------- 転送メッセージ ----------
差出人: 芹沢 隆 <serizawa@shirakawa-law.jp>
送信日時: 2026年11月10日 16:25
宛先: 小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>
件名: Re: 休職期間満了に伴う退職の件（物流センター 社員）

小田切様

ご相談の件、結論から申し上げますと、主治医が「あと3か月程度の通院で復職可能」
としている以上、直ちに満了退職とするのはリスクがあります。
アルコール依存症の治療経過を踏まえ、休職期間を3か月延長する、または
軽易業務での復職可能性を検討した記録を残すことをお勧めします。
罰金刑の前歴は、運転業務から外す理由にはなりますが、満了退職の理由にはなりません。

白川法律事務所 弁護士 芹沢 隆
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "社外秘-marked forward with health and criminal-record details, internal recipients only",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "fukushoku-080",
        "sender": "真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": [
            "川崎電機 安全衛生課 <anzen@kawasaki-denki.co.jp>",
            "青葉運輸 総務部 <soumu@aoba-unyu.co.jp>",
            "北国フーズ 人事総務課 <jinji@kitaguni-foods.co.jp>",
        ],
        "subject": "協力会社合同 メンタルヘルスセミナー開催のお知らせ",
        "charset": "utf-8",
        "body": """協力会社 安全衛生ご担当者様

いつもお世話になっております。日の出産業 健康管理室の真壁です。
毎年ご好評をいただいている合同セミナーを、今年も下記のとおり開催いたします。

　日時　：2027年1月21日（木）14:00～16:30
　会場　：日の出産業 本社8階 大会議室／オンライン併用
　テーマ：「休職から職場復帰まで ― 中小規模事業所でもできる復職支援」
　講師　：富士見産業医事務所 鳴海 医師
　定員　：各社5名まで

参加者のお名前（所属・役職）を12月25日までに本メールへの返信でお知らせください。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three partner companies in To can see each other (should be Bcc)",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "fukushoku-081",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["鳴海 先生 <narumi@fujimi-sangyoi.jp>"],
        "subject": "Re: 小鳥遊さん 復職面談の件",
        "charset": "utf-8",
        "body": """鳴海先生

ご返信ありがとうございます。榊原です。
面談の前に、補足の情報をお伝えします。

昨日、本人から連絡があり、主治医の診断が「適応障害」から「双極性障害II型」に
変更されたとのことです。炭酸リチウムの服用を開始したため、当面は日中の眠気が出る
可能性があると言われているそうです。
12月1日の復職予定については、面談で改めてご判断いただけますでしょうか。

> 榊原様
> 小鳥遊さんの面談、11月24日（火）10時で承知しました。
> 主治医の診断書の写しを事前にお送りください。
> 鳴海
""" + SIG_SAKAKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "reply whose new text adds a changed diagnosis and medication to an external physician",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "fukushoku-082",
        "sender": "Takuma Hasebe <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["Billing Office <billing@orchard-occmed.com.sg>"],
        "subject": "Invoice OOM-2026-1183 - payment confirmation",
        "charset": "utf-8",
        "body": """Dear Billing Office,

Thank you for your invoice OOM-2026-1183 dated October 30, 2026 (SGD 1,450.00) for
occupational health consultation services at our Singapore office.

We have scheduled the payment by telegraphic transfer on November 27, 2026. Our remittance
reference will be HS-SG-1127. Please note that bank charges on our side will be borne by us.

Could you kindly send future invoices to ap-overseas@hinode-sangyo.co.jp with a copy to me?
""" + SIG_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English invoice/payment mail with invoice numbers only",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "fukushoku-083",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["ラーニングスクエア 研修事務局 <jimukyoku@learning-square.co.jp>"],
        "subject": "FW: 研修参加者の追加（大阪支店・名古屋工場）",
        "charset": "iso-2022-jp",
        "body": """研修事務局 御中

日の出産業の長谷部です。
追加参加者について、各事業所から届いたメールをそのまま添付で転送します。
受講登録をお願いいたします。
""" + SIG_HASEBE,
        "attachments": [
            {
                "kind": "eml",
                "name": "研修参加者の追加.eml",
                "message": {
                    "sender": "生田目 京子 <namatame.kyoko@hinode-sangyo.co.jp>",
                    "to": ["長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>"],
                    "subject": "研修参加者の追加（大阪支店・名古屋工場）",
                    "charset": "iso-2022-jp",
                    "body": """長谷部さん

お疲れさまです。大阪支店の生田目です。
名古屋工場分もとりまとめて、追加の参加者をお送りします。

・稗田 英明　大阪支店長　　　　hieda.hideaki@hinode-sangyo.co.jp　携帯 080-1163-5097
・沢渡 千鶴　大阪支店 営業課　sawatari.chizuru@hinode-sangyo.co.jp　携帯 090-4482-3016
・乙部 悠真　大阪支店 業務課　otobe.yuma@hinode-sangyo.co.jp　携帯 070-6631-2290
・王子田 浩　名古屋工場長　　　ojita.hiroshi@hinode-sangyo.co.jp　携帯 090-5527-8813
・仁木 翔太　名古屋工場 製造一課　niki.shota@hinode-sangyo.co.jp　携帯 080-2215-7741
・廿日出 瞳　名古屋工場 総務課　hatsukade.hitomi@hinode-sangyo.co.jp　携帯 090-9023-6158

よろしくお願いします。
生田目
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "attached forwarded mail lists six people with mobiles and e-mail, sent to an external company",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "fukushoku-084",
        "sender": "間宮 修一 <mamiya.shuichi@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 芹沢先生 <serizawa@shirakawa-law.jp>"],
        "cc": ["小田切 誠 <odagiri.makoto@hinode-sangyo.co.jp>"],
        "subject": "労働組合との協議方針について",
        "charset": "iso-2022-jp",
        "body": """■機密区分：極秘
■開示範囲：人事部長・人事課長・顧問弁護士

芹沢先生

いつもお世話になっております。日の出産業 人事部長の間宮です。
休職・復職規程の改定について、労働組合との協議方針をまとめました。

1. 組合側は「休職期間通算」の新設に強く反対する見込み
2. 当社としては、通算の対象を「同一傷病・復職後6か月以内」に限定する妥協案を用意
3. 試し出勤中の賃金は、最低賃金相当の手当を支給する方向で譲歩可能
4. 交渉が不調の場合、改定の施行を2027年10月に延期する

12月の第1回協議の前に、法的リスクの観点からご意見をいただけますと幸いです。

--
日の出産業株式会社 人事部長 間宮 修一
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail carries a 極秘 classification line at the top and goes to an external law firm",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "fukushoku-085",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["平和損害保険 団体保険課 <dantai-hoken@heiwa-sonpo.co.jp>"],
        "subject": "Re: 【GL-2026-004417】支払審査結果のご連絡",
        "charset": "cp932",
        "body": """団体保険課 ご担当者様

ご連絡ありがとうございます。承知いたしました。
本人への通知は当社からも行います。

長谷部

差出人: 平和損害保険 団体保険課 <dantai-hoken@heiwa-sonpo.co.jp>
送信日時: 2026年11月24日 10:08
宛先: 長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>
件名: 【GL-2026-004417】支払審査結果のご連絡

日の出産業株式会社 長谷部様

被保険者 小鳥遊 恵 様（平成5年7月22日生）の保険金請求につきまして、
傷病名「適応障害、うつ状態」による就業不能期間（7月13日～11月30日）のうち、
免責期間経過後の支払対象期間について、下記のとおりお支払いいたします。
　支払額：412,800円　支払予定日：12月4日

平和損害保険株式会社 団体保険課
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "sensitive details only under the quoted 差出人/送信日時 header from the insurer; new text is an acknowledgement",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "fukushoku-086",
        "sender": "Takuma Hasebe <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["Assistance Desk <desk@global-medassist.com>"],
        "subject": "Medical repatriation - assignee in Bangkok (policy TA-55190)",
        "charset": "utf-8",
        "body": """Dear Assistance Desk,

We request your assistance in arranging the return to Japan of one of our assignees, who
has been hospitalised in Bangkok and will continue treatment and return to work in Tokyo.

  Insured:          Mr. Daisuke KOKETSU
  Date of birth:    April 30, 1977
  Passport no.:     TR8246159
  Hospital:         Sukhumvit International Hospital, Bangkok
  Diagnosis:        Acute myocardial infarction (PCI performed on Nov 3, 2026)
  Requested date:   on or after November 20, subject to the attending physician's fitness-to-fly
                    certificate

Please confirm whether a medical escort is required.
""" + SIG_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail with a named employee's passport number and diagnosis to an assistance company",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "fukushoku-087",
        "sender": "Takuma Hasebe <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@wellbridge-eap.com>"],
        "subject": "Documents for the case referral (encrypted)",
        "charset": "utf-8",
        "body": """Dear Priya,

Please find the documents for last week's referral in the attached encrypted archive.
I will send the password in a separate e-mail.
""" + SIG_EN,
        "attachments": [
            {
                "kind": "zip",
                "name": "referral_docs_1112.zip",
                "password": "Wb-1112-hs",
                "files": [
                    {"kind": "pdf", "name": "medical_certificate.pdf", "lines": ["Medical Certificate", "Patient: Shingo Tennoji", "Diagnosis: Major depressive disorder"]},
                    {"kind": "docx", "name": "consent_form.docx", "paragraphs": ["Consent to share health information", "Signed: Shingo Tennoji"]},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted ZIP (password sent separately) cannot be inspected",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "fukushoku-088",
        "sender": "真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["こころパートナーズ 牧野様 <makino@kokoro-partners.co.jp>"],
        "subject": "Re: 事前資料のご依頼について",
        "charset": "iso-2022-jp",
        "body": """牧野様

お世話になっております。真壁です。
ご依頼いただいた「休職者管理台帳」と「社内の復職判定会議の議事録」については、
いずれも当社で社外秘として扱っている資料のため、そのままお渡しすることができません。
申し訳ございません。

代わりに、連携に必要な項目（休職者数、平均休職日数、復職後の再休職件数）を
集計した数字を、12月の定例時に口頭でご説明いたします。
ご理解いただけますと幸いです。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "only mentions that some documents are 社外秘; nothing marked is sent",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "fukushoku-089",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["ミライEAP 相談室 <soudan@mirai-eap.jp>"],
        "subject": "面談前情報の共有（御子柴さん）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:sans-serif">
<p>ミライEAP 相談室 ご担当者様</p>
<p>お世話になっております。日の出産業 健康管理室の榊原です。<br>
本人同意のうえ、12月8日に初回面談をお願いしている社員のストレスチェック結果を共有します。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th colspan="2">対象者</th></tr>
<tr><td>氏名</td><td>御子柴 学（みこしば まなぶ）</td></tr>
<tr><td>所属・年齢</td><td>情報システム部・41歳</td></tr>
<tr><td>ストレス要因（A）</td><td>44点</td></tr>
<tr><td>心身の反応（B）</td><td>80点（高ストレス）</td></tr>
<tr><td>周囲の支援（C）</td><td>7点</td></tr>
<tr><td>備考</td><td>不眠・頭痛の訴えあり。昨年、自律神経失調症で2か月休職した既往あり。</td></tr>
</table>
<p>よろしくお願いいたします。<br>--<br>日の出産業株式会社 人事部 健康管理室　保健師 榊原 美咲</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with one named employee's stress-check scores and medical history to an EAP",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "fukushoku-090",
        "sender": "真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["鳴海 先生 <narumi@fujimi-sangyoi.jp>"],
        "subject": "1/14 面接指導の予定表",
        "charset": "utf-8",
        "html": """<html><body>
<p>鳴海先生</p>
<p>お世話になっております。真壁です。1月14日の面接指導の予定表です。</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>時間</th><th>社員番号</th><th>氏名</th><th>所属</th><th>面談区分</th><th>メモ</th></tr></thead>
<tbody>
<tr><td>14:00</td><td>H021847</td><td>勅使河原 隼人</td><td>営業第二部</td><td>復職後フォロー</td><td>うつ病、服薬継続中</td></tr>
<tr><td>14:30</td><td>H018117</td><td>御子柴 学</td><td>情報システム部</td><td>高ストレス者</td><td>不眠・頭痛</td></tr>
<tr><td>15:00</td><td>H022508</td><td>江頭 まどか</td><td>経理部</td><td>長時間労働</td><td>11月 時間外98時間</td></tr>
<tr><td>15:30</td><td>H021473</td><td>蒲生 千晶</td><td>総務部</td><td>復職後フォロー</td><td>2型糖尿病、低血糖に注意</td></tr>
<tr><td>16:00</td><td>H019672</td><td>醍醐 篤</td><td>営業第二部</td><td>高ストレス者</td><td>―</td></tr>
<tr><td>16:30</td><td>H017920</td><td>四月一日 和臣</td><td>営業第二部</td><td>復職後フォロー</td><td>腰椎術後、内勤へ異動済み</td></tr>
</tbody></table>
<p>--<br>健康管理室長 真壁</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML table of six employees with interview reasons and diagnoses sent to an external physician",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "fukushoku-091",
        "sender": "宇佐美 徹 <usami.toru@hinode-sangyo.co.jp>",
        "to": ["榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>"],
        "subject": "勅使河原さん 復職1か月の様子",
        "charset": "iso-2022-jp",
        "body": """榊原さん

お疲れさまです。営業第二部の宇佐美です。
勅使河原さんの復職後1か月の様子を共有します。

・遅刻・欠勤なし。定時で退社できています。
・午前中は集中できているが、15時以降は疲れが見えるとのこと。
・うつ病の薬が1種類減ったと本人から聞きました（眠気は軽くなったそうです）。
・来月から既存顧客の訪問（同行あり）を再開したいと本人が希望しています。

訪問再開の可否について、次回の氷室先生の面談でご判断いただけますか。

宇佐美
--
営業第二部 課長 宇佐美 徹（内線 3312）
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "manager's report with health details to the internal health office only",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "fukushoku-092",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": [
            "ピアサポート研究所 上條様 <kamijo@peer-support-lab.jp>",
            "oshitari.kenichi@yahoo.co.jp",
            "ms.hanamura.72@gmail.com",
        ],
        "subject": "復職者ピアサポート会（第1回）の打合せ",
        "charset": "utf-8",
        "body": """上條様、忍足様、花村様

いつもお世話になっております。日の出産業の長谷部です。
来年度から始める「復職者ピアサポート会」について、ファシリテーターをお引き受けいただいた
OBのお二人と、監修の上條様とで一度打合せをさせてください。

　候補日：12月14日（月）、16日（水）、18日（金）いずれも 18:30～20:00
　場所　：本社8階 第2会議室（オンライン参加も可）

ご都合のよい日を本メールへの全員返信でお知らせください。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "an external company and two private persons (three parties) see each other's addresses in To",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "fukushoku-093",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko-co.jp>"],
        "subject": "給与振込データの再送について（11月分）",
        "charset": "iso-2022-jp",
        "body": """みどり銀行
法人営業部 ご担当者様

お世話になっております。日の出産業 人事部の長谷部です。
11月分の給与振込データのうち、休職から復職した社員3名分の金額に誤りがあったため、
本日差し替えデータを法人向けインターネットバンキングで再送いたします。

振込指定日（11月25日）に変更はございません。
旧データ（受付番号 MG-20261120-0457）の取消処理をお願いいたします。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner bank is midori-ginko.co.jp; recipient domain midori-ginko-co.jp (hyphen for dot)",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "fukushoku-094",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["鳴海 先生 <narumi@fujimi-sangyoi.jp>"],
        "subject": "次回面談の追加のお願い（日比野さん）",
        "charset": "iso-2022-jp",
        "body": """鳴海先生

お世話になっております。健康管理室の榊原です。
1月14日の面接指導の枠に、物流センターの日比野 蓮さんを追加していただけますでしょうか。
現在休職中で、休職期間の延長について本人の意向を確認しているところです。
先生には、前回（10月）の面談の続きとしてお話を伺っていただければと思います。

時間は17:00〜17:30を想定しています。
""" + SIG_SAKAKI,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "names an employee as on leave (no diagnosis) to the contracted physician: sick-leave status may or may not count as health data",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "fukushoku-095",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["オンラインカウンセリング「ここみる」 法人窓口 <houjin@cocomiru.jp>"],
        "subject": "法人チケット（追加20回分）の購入",
        "charset": "utf-8",
        "body": """ここみる 法人窓口 ご担当者様

お世話になっております。日の出産業株式会社 人事部の長谷部です。
復職者向けに利用している法人チケットを、追加で20回分購入したくご連絡しました。
お支払いは法人カードでお願いします。

　プラン　　：法人チケット 20回（1回50分）
　金額　　　：176,000円（税込）
　カード番号：""" + _zen(card_number(SEED + 9)) + """
　有効期限　：１１／２８
　カード名義：TAKUMA HASEBE

領収書は「日の出産業株式会社」宛てでお願いいたします。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "credit card number (full-width digits) written in the body to an online counselling service",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "fukushoku-096",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
        "subject": "年末の給与・賞与振込スケジュールについて",
        "charset": "cp932",
        "body": """みどり銀行
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 人事部の長谷部です。
年末の振込スケジュールを下記のとおり予定しておりますので、ご確認をお願いいたします。

　12月分給与　：データ送信 12月18日（金）／振込指定日 12月24日（木）
　冬季賞与　　：データ送信 12月7日（月）／振込指定日 12月10日（木）
　対象口座数　：給与 1,238件、賞与 1,196件

年末年始の窓口営業についても、念のため日程をお知らせいただけますと幸いです。
""" + SIG_HASEBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary schedule mail to the partner bank's correct domain; counts only",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "fukushoku-097",
        "sender": "榊原 美咲 <sakakibara.misaki@hinode-sangyo.co.jp>",
        "to": ["かすみ内科クリニック 院長 <info@kasumi-naika.jp>"],
        "subject": "健診結果のご送付（当社社員・主治医あて）",
        "charset": "utf-8",
        "body": """かすみ内科クリニック
院長 先生

突然のご連絡失礼いたします。日の出産業株式会社 健康管理室 保健師の榊原と申します。
先生が主治医をされている当社社員（蒲生 千晶さん）から依頼を受け、本年度の
定期健康診断の結果をExcelでお送りいたします。復職後の治療方針のご参考になれば幸いです。
""" + SIG_SAKAKI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "健診結果_蒲生千晶_2026.xlsx",
                "sheets": {
                    "結果": [
                        ["令和8年度 定期健康診断 結果票"],
                        ["氏名", "蒲生 千晶", "生年月日", "平成3年5月30日"],
                        [],
                        ["検査項目", "今回（R8.10）", "前回（R7.10）", "基準値"],
                        ["BMI", 24.8, 23.1, "18.5-24.9"],
                        ["血圧", "138/86", "126/80", "<130/85"],
                        ["空腹時血糖", 168, 131, "<100"],
                        ["HbA1c", 9.2, 7.4, "<5.6"],
                        ["LDLコレステロール", 152, 138, "<120"],
                        ["判定", "要治療（糖尿病）", "要精密検査", ""],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one employee's health-check results in an XLSX sent to an outside clinic",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "fukushoku-098",
        "sender": "小峰 あかり <komine.akari@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 お客様センター <center@aoba-unyu.co.jp>"],
        "subject": "集荷依頼と配送状況の確認（健診キット）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社
お客様センター ご担当者様

いつもお世話になっております。日の出産業 総務部の小峰です。

1. 集荷のお願い
　11月30日（月）15時頃、本社1階 荷捌き場にて、健診キット（検体返送用）の
　段ボール8箱の集荷をお願いいたします。送り先はみなと健診センター（いつもの宛先）です。

2. 配送状況の確認
　先週発送した下記2件が、まだ配達完了になっておりません。状況をご確認いただけますか。
　　・お問い合わせ番号 4417-2280-6631（大阪支店宛て）
　　・お問い合わせ番号 4417-2280-6648（名古屋工場宛て）
""" + SIG_KOMINE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "pickup request and tracking numbers to a partner carrier",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "fukushoku-099",
        "sender": "長谷部 拓真 <hasebe.takuma@hinode-sangyo.co.jp>",
        "to": ["リワークセンターひかり 事務長 藤代様 <fujishiro@rework-hikari.jp>"],
        "subject": "施設見学のお願い（12月）",
        "charset": "iso-2022-jp",
        "body": """藤代様

お世話になっております。日の出産業の長谷部です。
法人契約の開始前に、プログラムの様子を拝見したく、施設見学をお願いできますでしょうか。

　見学者：人事部 長谷部、健康管理室 榊原の2名
　希望日：12月9日（水）または12月11日（金）の午前

利用者の方のご迷惑にならないよう、見学範囲はお任せいたします。
""" + SIG_HASEBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "visit request naming two staff without any personal data",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "fukushoku-100",
        "sender": "真壁 玲子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["鳴海 先生 <narumi@fujimi-sangyoi.jp>"],
        "subject": "第8回 衛生委員会 議事録（案）",
        "charset": "utf-8",
        "body": """鳴海先生

先日の衛生委員会ではありがとうございました。真壁です。
議事録（案）をお送りします。修正があれば11月27日までにお知らせください。

────────────────
第8回 衛生委員会 議事録（案）
日時：令和8年11月12日（木）15:00～16:00　場所：本社8階 第3会議室
出席：間宮（委員長）、鳴海医師、真壁、労働者側委員4名

1. 10月の労働災害：休業災害1件（詳細は安全衛生課から別途報告）
2. 休職・復職の状況：休職中6名（うちメンタル不調4名）、今月の復職者3名
3. 長時間労働者の面接指導：対象5名、実施5名
4. ストレスチェック：受検率 94.2％、高ストレス者率 11.8％
5. 次回：12月10日（木）15:00
────────────────
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "committee minutes with aggregated counts only; no one is identifiable",
    },
]
