"""Blind evaluation corpus, area "fukugyo": mail of an HR / legal team handling employees'
side jobs and dual employment (副業・兼業) — approvals and registers, working-hour
aggregation (労働時間の通算) with other employers, 二以上事業所勤務 and multi-job social
insurance, conflict-of-interest checks and outside directorships (社外役員兼任) — sent by
日の出産業 to labour consultants, law firms, other employers, auditors, vendors and
employees' private addresses. Written blind from BRIEF.md (and the public SPEC names)
only, without reading mailguard's code or any other corpus file."""

from build import card_number, my_number

SEED = 51601


def _zen(s):
    """ASCII digits and hyphens to full width, as people type them in Japanese IMEs."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _sp4(s):
    """A 12-digit number written in groups of four."""
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


SIG_SAKAMAKI = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 労務課　坂巻 由佳（さかまき ゆか）
〒103-0027 東京都中央区日本橋3-8-14 日の出ビル7F
TEL 03-5218-4471（直通）／内線 2231
sakamaki.yuka@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_TSUGE = """
--
日の出産業株式会社 人事部 人事企画課
課長　柘植 慎吾
TEL: 03-5218-4460  FAX: 03-5218-4499
Mail: s-tsuge@hinode-sangyo.co.jp"""

SIG_HATORI = """
――――――――――――――――
日の出産業株式会社
人事部 給与・社会保険グループ
羽鳥 真琴
〒103-0027 東京都中央区日本橋3-8-14
TEL 03-5218-4476
――――――――――――――――"""

SIG_SAOTOME = """
------------------------------------------
日の出産業株式会社 法務部 コンプライアンス室
早乙女 澪 (Mio Saotome)
TEL 03-5218-4520 / saotome@hinode-sangyo.co.jp
------------------------------------------"""

SIG_AKIYOSHI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　総務部 役員室
秋吉 玲奈
〒103-0027 東京都中央区日本橋3丁目8番14号
ＴＥＬ：０３－５２１８－４４０２
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_EN = """
Best regards,

Yuka Sakamaki
Labour Relations Section, Human Resources Dept.
Hinode Sangyo Co., Ltd.
3-8-14 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5218-4471"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES = []

MESSAGES += [
    {
        "id": "fukugyo-001",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["水無瀬 様 <minase@hanafusa-sr.jp>"],
        "subject": "副業・兼業届出者一覧（2025年度上期）のご送付",
        "charset": "utf-8",
        "body": """社会保険労務士法人 花房事務所
水無瀬 様

いつも大変お世話になっております。
日の出産業の坂巻でございます。

先日の定例でご依頼いただいておりました、2025年度上期時点の
副業・兼業の届出者一覧をお送りいたします。

・雇用型（労働時間の通算対象）は7名です
・業務委託・役員兼任は通算対象外として整理しております
・週所定時間は本人申告ベースです

このうち、管理モデルへの移行候補となる方の選定について
次回お打合せでご意見を頂戴できれば幸いです。

以上、よろしくお願いいたします。
""" + SIG_SAKAMAKI,
        "attachments": [{
            "kind": "xlsx", "name": "副業兼業届出者一覧_2025上期.xlsx",
            "sheets": {
                "届出一覧": [
                    ["副業・兼業 届出者一覧（2025年9月30日現在）"],
                    [],
                    ["社員番号", "氏名", "フリガナ", "生年月日", "所属", "副業・兼業先", "形態", "週所定(h)", "承認日"],
                    ["H10234", "勅使河原 亮", "テシガワラ リョウ", "1986/07/14", "営業一部", "株式会社ルミナ企画", "雇用", 8, "2025/04/10"],
                    ["H11872", "小鳥遊 美咲", "タカナシ ミサキ", "1992/02/29", "経理部", "個人事業（EC運営）", "業務委託", "", "2025/04/18"],
                    ["H09015", "東海林 拓真", "ショウジ タクマ", "1979/11/03", "技術開発部", "北陵工業大学", "雇用（非常勤講師）", 3, "2025/04/01"],
                    ["H12440", "百目鬼 彩", "ドウメキ アヤ", "1995/05/21", "総務部", "合同会社ソラマチデザイン", "業務委託", "", "2025/05/09"],
                    ["H08761", "祖父江 健太郎", "ソブエ ケンタロウ", "1976/08/09", "製造管理部", "株式会社グリーンリーフ", "雇用", 6, "2025/05/12"],
                    ["H13305", "忽那 ひより", "クツナ ヒヨリ", "1998/12/01", "人事部", "株式会社こもれびマート", "雇用", 12, "2025/05/30"],
                    ["H10998", "漆原 大輔", "ウルシバラ ダイスケ", "1988/03/17", "物流部", "青葉運輸株式会社", "雇用", 10, "2025/06/02"],
                    ["H07644", "猪狩 真由美", "イガリ マユミ", "1971/10/25", "品質保証部", "株式会社みなと精工", "役員（社外監査役）", "", "2025/06/20"],
                    ["H11420", "仁科 悠", "ニシナ ハルカ", "1990/06/06", "営業二部", "北国フーズ株式会社", "雇用", 8, "2025/07/01"],
                    ["H12987", "鰐淵 翔", "ワニブチ ショウ", "1994/09/12", "情報システム部", "株式会社ポラリス・ラボ", "業務委託", "", "2025/07/15"],
                    ["H09833", "帯刀 恵", "タテワキ メグミ", "1983/01/30", "経営企画部", "有限会社やまびこ酒店", "雇用", 6, "2025/08/04"],
                    ["H13561", "宍戸 蓮", "シシド レン", "1999/04/08", "営業一部", "株式会社スタジオ灯", "業務委託", "", "2025/09/01"],
                ],
                "形態別集計": [
                    ["形態", "人数"], ["雇用", 7], ["業務委託", 4], ["役員", 1], ["計", 12],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "XLSX register of 12 employees (name, kana, DOB, side-job employer) to an outside labour consultant: list of people",
    },
    {
        "id": "fukugyo-002",
        "sender": "柘植 慎吾 <s-tsuge@hinode-sangyo.co.jp>",
        "to": ["花房 清志 先生 <hanafusa@hanafusa-sr.jp>"],
        "subject": "管理モデル（簡便な労働時間管理）導入のご相談",
        "charset": "iso-2022-jp",
        "body": """花房先生

いつもお世話になっております。日の出産業 人事企画課の柘植です。

副業・兼業の届出が昨年度比でおよそ倍になり、現在の「原則的な方法」
（毎月、副業先の実労働時間を本人申告で把握して通算する方法）では、
労務課の事務負担がかなり大きくなってきております。

つきましては、厚労省ガイドラインの「管理モデル」を来年度から
導入できないか検討を始めました。以下の点についてご意見を
いただけますでしょうか。

　1. 管理モデルの上限設定（本業の法定外＋副業の所定）の考え方
　2. 副業先への通知文書の雛形の有無
　3. 既に承認済みの社員への適用（再申請が必要か）
　4. 36協定の特別条項との関係

来週後半で1時間ほどお時間をいただけますと助かります。
候補日をいくつかお知らせいただければ幸いです。

何卒よろしくお願い申し上げます。
""" + SIG_TSUGE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Policy question to the labour consultant; no personal data, one external organisation",
    },
    {
        "id": "fukugyo-003",
        "sender": "江副 拓海 <ezoe@hinode-sangyo.co.jp>",
        "to": ["吉良 様 <kira@tsubasa-system.jp>"],
        "cc": ["坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>"],
        "subject": "副業申請ワークフロー 個人アドレス通知ユーザーの追加",
        "charset": "iso-2022-jp",
        "body": """株式会社ツバサシステム
吉良様

お世話になっております。日の出産業 情報システム部の江副です。

副業申請ワークフローの通知先について、社用メールを持たない
店舗・倉庫勤務の社員は個人アドレス宛に通知したいとのことで、
人事部から以下の6名分の登録依頼がありました。
お手数ですがテスト環境に先行で登録をお願いできますでしょうか。

氏名　　　　　　携帯電話　　　　　　個人メール
――――――――――――――――――――――――――――――――――――
不破　千尋　　　090-4418-2093　　　chihiro.fuwa88@gmail.com
諏訪部　剛　　　080-3372-5160　　　t.suwabe@yahoo.co.jp
甘粕　かおり　　070-6631-0478　　　amakasu-kaori@icloud.com
我妻　竜之介　　090-2285-7741　　　wagatsuma.ryu@outlook.jp
鶴見　ななみ　　080-9914-3306　　　nanami.tsurumi@docomo.ne.jp
阿久津　修　　　090-5057-1829　　　akutsu.osamu1975@gmail.com

本番反映は人事部の承認後に改めてご連絡いたします。
よろしくお願いいたします。

--
日の出産業株式会社 情報システム部
江副 拓海  内線 3105 / 03-5218-4530""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Padded body table of six employees' private mobiles and e-mail addresses sent to a vendor: list of people",
    },
    {
        "id": "fukugyo-004",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["古閑 様 <koga@lumina-kikaku.co.jp>"],
        "subject": "Re: 勅使河原様の勤務時間について（労働時間通算のご確認）",
        "charset": "cp932",
        "body": """株式会社ルミナ企画
人事総務部 古閑様

お世話になっております。日の出産業の坂巻です。
ご照会の件、弊社での所定労働時間は以下のとおりです。

　氏名　　：勅使河原 亮
　所定　　：月～金 9:00～17:30（休憩60分、1日7.5時間）
　所定休日：土・日・祝
　時間外　：月20時間程度（直近3か月平均）

貴社での土曜勤務（8時間）につきましては、弊社の所定外となりますので、
通算上は貴社側で割増賃金の対象となる整理で差し支えないかと存じます。
念のため、弊社顧問社労士にも確認しておきます。

引き続きよろしくお願いいたします。

> 日の出産業株式会社
> 坂巻様
>
> いつもお世話になっております。ルミナ企画の古閑です。
> 4月より弊社で土曜日に勤務いただいている勅使河原様について、
> 労働時間の通算のため、貴社での所定労働時間をご教示いただけますでしょうか。
>
> 株式会社ルミナ企画 人事総務部 古閑 詩織
> TEL 045-662-3190
""" + SIG_SAKAMAKI,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "One employee's working hours to the other employer for aggregation: a single record, may warn",
    },
    {
        "id": "fukugyo-005",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["宇佐美 代表 <usami@soramachi-design.jp>"],
        "subject": "百目鬼の業務量についてのご相談",
        "charset": "cp932",
        "body": """合同会社ソラマチデザイン
代表社員 宇佐美 様

平素より大変お世話になっております。
日の出産業株式会社 人事部の坂巻と申します。

弊社社員の百目鬼 彩が貴社より業務委託でデザイン業務を
お受けしている件で、ご相談がありご連絡いたしました。

本人は先月より体調を崩しており、弊社産業医の面談の結果、
適応障害との診断で現在心療内科に通院しております。
産業医からは、睡眠時間の確保のため、本業・副業を合わせた
稼働を当面抑えるよう意見が出ております。

つきましては、誠に勝手ながら12月末までの間、貴社からの
ご依頼を週10時間程度までに調整いただくことは可能でしょうか。
本人からも改めてご相談させていただく予定ですが、
弊社から事情をお伝えすることについては本人の同意を得ております。

ご無理を申し上げ恐縮ですが、ご検討のほどよろしくお願いいたします。
""" + SIG_SAKAMAKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named employee's mental-health diagnosis (適応障害, 通院) told to the side-job client: 要配慮個人情報",
    },
    {
        "id": "fukugyo-006",
        "sender": "羽鳥 真琴 <m.hatori@hinode-sangyo.co.jp>",
        "to": ["minase@hanafusa-sr.jp"],
        "subject": "二以上事業所勤務届の作成依頼（猪狩）",
        "charset": "utf-8",
        "body": f"""花房事務所 水無瀬様

お世話になっております。日の出産業の羽鳥です。

品質保証部の猪狩が、株式会社みなと精工の常勤監査役に就任し
同社からも報酬を受けることになりましたので、
「健康保険・厚生年金保険 被保険者所属選択・二以上事業所勤務届」の
作成をお願いいたします。選択事業所は弊社です。

■被保険者
　氏名　　　　：猪狩 真由美（イガリ マユミ）
　生年月日　　：昭和46年10月25日
　個人番号　　：{my_number(SEED + 1)}
　基礎年金番号：4127-583096
　住所　　　　：〒248-0014 神奈川県鎌倉市由比ガ浜2丁目9番17号

■みなと精工での報酬月額：120,000円（就任日 2025年10月1日）

期限が就任から10日以内と伺っておりますので、
お手数ですがお早めにご対応いただけますと助かります。
""" + SIG_HATORI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "My Number and basic pension number of one employee in the body to the labour consultant",
    },
    {
        "id": "fukugyo-007",
        "sender": "柘植 慎吾 <s-tsuge@hinode-sangyo.co.jp>",
        "to": ["岡部 様 <okabe@astra-hrc.co.jp>"],
        "subject": "副業人材 相互受入れ協定の締結先一覧",
        "charset": "utf-8",
        "body": """アストラ人事コンサルティング
岡部様

お世話になっております。日の出産業の柘植です。
先日お話しした「副業人材の相互受入れ協定」の締結先を一覧にしました。
各社とも窓口は人事部門の代表番号です。
制度設計のご提案の際の参考にしていただければと思います。

柘植
""" + SIG_TSUGE,
        "attachments": [{
            "kind": "csv", "name": "受入協定締結先一覧.csv", "encoding": "utf-8-sig",
            "rows": [
                ["会社名", "業種", "本社所在地", "代表電話", "窓口部署", "協定締結日"],
                ["川崎電機株式会社", "電気機器", "神奈川県川崎市幸区堀川町72-1", "044-511-2200", "人財開発部", "2024/10/01"],
                ["青葉運輸株式会社", "陸運", "宮城県仙台市青葉区一番町2-4-6", "022-263-8100", "総務人事部", "2024/11/15"],
                ["北国フーズ株式会社", "食品", "北海道札幌市中央区北三条西4-1", "011-231-4455", "人事課", "2025/01/20"],
                ["錦印刷株式会社", "印刷", "京都府京都市中京区錦小路通烏丸西入ル", "075-221-6070", "管理部", "2025/02/03"],
                ["株式会社ルミナ企画", "広告", "神奈川県横浜市中区海岸通1-1", "045-662-3100", "人事総務部", "2025/04/01"],
                ["株式会社ポラリス・ラボ", "ソフトウェア", "東京都渋谷区神宮前5-12-3", "03-6433-1800", "HR", "2025/06/10"],
                ["株式会社みなと精工", "精密機械", "大阪府大阪市港区弁天1-2-30", "06-6577-0110", "総務部", "2025/07/01"],
                ["有限会社やまびこ酒店", "小売", "東京都八王子市横山町8-15", "042-626-3381", "店長", "2025/08/01"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "List of partner companies with switchboards and office addresses: businesses, not people",
    },
    {
        "id": "fukugyo-008",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["古閑 様 <koga@lumina-kikaku.co.jp>", "穂積 様 <hozumi@greenleaf-juku.co.jp>", "宇佐美 様 <usami@soramachi-design.jp>"],
        "subject": "【ご協力のお願い】副業・兼業者の労働時間通算について",
        "charset": "iso-2022-jp",
        "body": """関係各社 ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 人事部労務課の坂巻でございます。

弊社社員が貴社にて副業・兼業に従事している件につきまして、
労働基準法第38条第1項に基づく労働時間の通算のため、
今年度下期より以下の運用とさせていただきたく、ご協力をお願い申し上げます。

１．毎月5日までに、前月分の実労働時間（日別）を本人経由でご提出ください
２．様式は自由ですが、始業・終業時刻と休憩時間が分かるものをお願いします
３．所定労働時間・所定休日に変更がある場合は、事前にご連絡ください

雇用契約ではなく業務委託でお願いしている場合は、通算の対象外となりますので
本件はご放念ください。

ご不明点がございましたら、下記までお気軽にお問い合わせください。
何卒よろしくお願い申し上げます。
""" + SIG_SAKAMAKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Three side-job employers in To can see each other (should have been Bcc)",
    },
    {
        "id": "fukugyo-009",
        "sender": "早乙女 澪 <saotome@hinode-sangyo.co.jp>",
        "to": ["森永 先生 <morinaga@shirakawa-Iaw.jp>"],
        "subject": "副業規程 第12条（競業避止）の文言についてご相談",
        "charset": "utf-8",
        "body": """白川法律事務所
弁護士 森永 杏 先生

いつもお世話になっております。
日の出産業 法務部の早乙女でございます。

現在改定作業中の副業・兼業規程のうち、第12条（競業避止）について
ご相談させてください。

現行案は「会社と競合する事業を営む者への労務の提供を禁止する」としておりますが、
営業部門から「競合の範囲が広すぎて、同業他社のセミナー講師すら
断らざるを得ない」との声が出ております。

・競合の範囲を「会社の主要取引先と取引関係にある同業者」等に
　限定することの可否
・講演・執筆等の単発の活動を許可制から届出制に緩めることの是非

について、裁判例の傾向も踏まえご助言いただけますと幸いです。
資料は追ってお送りいたします。
""" + SIG_SAOTOME,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Recipient domain shirakawa-Iaw.jp is a look-alike (l→I) of the partner law firm shirakawa-law.jp",
    },
    {
        "id": "fukugyo-010",
        "sender": "羽鳥 真琴 <m.hatori@hinode-sangyo.co.jp>",
        "to": ["坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>", "給与チーム <kyuyo@hinode-sangyo.co.jp>"],
        "subject": "【社内】副業先で甲欄適用の5名 扶養控除等申告書の確認",
        "charset": "utf-8",
        "body": f"""坂巻さん、給与チームの皆さん

羽鳥です。
副業先から「扶養控除等申告書は当社に提出済み」との連絡があった5名について、
弊社側が乙欄になってしまうため、本人に確認を取りたいと思います。
マイナンバー照合済みのリストを共有します（社内限り）。

社員番号  氏名          生年月日     個人番号
--------  ------------  -----------  --------------
H11420    仁科 悠       1990/06/06   {_sp4(my_number(SEED + 2))}
H10998    漆原 大輔     1988/03/17   {_sp4(my_number(SEED + 3))}
H13305    忽那 ひより   1998/12/01   {_sp4(my_number(SEED + 4))}
H08761    祖父江 健太郎 1976/08/09   {_sp4(my_number(SEED + 5))}
H09833    帯刀 恵       1983/01/30   {_sp4(my_number(SEED + 6))}

年末調整の案内前に本人へ連絡したいので、今週中に確認をお願いします。

羽鳥""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "My Numbers of five employees, but every recipient is internal (hinode-sangyo.co.jp)",
    },
    {
        "id": "fukugyo-011",
        "sender": "早乙女 澪 <saotome@hinode-sangyo.co.jp>",
        "to": ["白川 誠一 先生 <shirakawa@shirakawa-law.jp>"],
        "cc": ["森永 先生 <morinaga@shirakawa-law.jp>"],
        "subject": "副業・兼業規程 改定案のご確認依頼",
        "charset": "cp932",
        "body": """白川先生
（cc：森永先生）

いつもお世話になっております。日の出産業 法務部の早乙女です。

副業・兼業規程の改定案がまとまりましたので、お送りいたします。
主な変更点は、①許可制から届出制への移行（一部業種を除く）、
②労働時間の通算方法（管理モデルの選択制）、③役員兼任の事前承認、の3点です。

来月の取締役会に付議する予定のため、
恐れ入りますが今月20日頃までにコメントを頂戴できますと幸いです。
""" + SIG_SAOTOME,
        "attachments": [{
            "kind": "docx", "name": "副業兼業規程_改定案_v3.docx",
            "title": "副業・兼業規程（改定案）",
            "page_header": "社外秘　日の出産業株式会社 法務部",
            "page_footer": "改定案 第3版 ／ 取締役会付議前",
            "paragraphs": [
                "副業・兼業規程（改定案）",
                "第1条（目的）本規程は、従業員が就業時間外に行う副業・兼業について必要な事項を定める。",
                "第3条（届出）従業員は、副業・兼業を開始しようとするときは、開始日の30日前までに所定の様式により会社に届け出なければならない。",
                "第5条（禁止・制限）次の各号のいずれかに該当する場合、会社は副業・兼業を禁止し又は制限することができる。",
                "　一　労務提供上の支障がある場合　二　企業秘密が漏洩する場合　三　会社の名誉や信用を損なう行為や信頼関係を破壊する行為がある場合　四　競業により会社の利益を害する場合",
                "第8条（労働時間の通算）雇用による副業・兼業については、労働基準法第38条に基づき労働時間を通算する。通算の方法は、原則的な方法又は管理モデルのいずれかを会社が指定する。",
                "第11条（役員兼任）従業員が他社の役員に就任しようとするときは、取締役会の事前承認を得なければならない。",
                "第12条（競業避止）（検討中）",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Attached draft rules carry a 社外秘 page header: confidentiality marking going outside",
    },
    {
        "id": "fukugyo-012",
        "sender": "秋吉 玲奈 <akiyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["門脇 様 <kadowaki@minato-seiko.co.jp>"],
        "subject": "秘密保持契約書（案）の送付／社外監査役ご就任の件",
        "charset": "iso-2022-jp",
        "body": """株式会社みなと精工
総務部 法務グループ
門脇様

いつもお世話になっております。
日の出産業 総務部役員室の秋吉でございます。

弊社社員の猪狩が貴社の社外監査役に就任するにあたり、
弊社と貴社との間で取り交わす秘密保持契約書の案をお送りいたします。
弊社法務部で作成した雛形をベースに、監査役としての守秘義務と
弊社業務上の秘密情報の取扱いを整理した内容となっております。

貴社のご意見・修正案がございましたら、変更履歴付きでご返送いただけますと幸いです。
締結は就任日までを目途にお願いできればと存じます。

よろしくお願い申し上げます。
""" + SIG_AKIYOSHI,
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書_案_みなと精工.docx",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）と株式会社みなと精工（以下「乙」という。）は、甲の従業員が乙の社外監査役に就任するにあたり、相互に開示する秘密情報の取扱いについて、以下のとおり契約を締結する。",
                "第1条（秘密情報）本契約において秘密情報とは、開示の方法を問わず、相手方から開示された技術上、営業上その他一切の情報をいう。",
                "第2条（秘密保持義務）甲及び乙は、秘密情報を第三者に開示又は漏洩してはならない。",
                "第3条（目的外使用の禁止）甲及び乙は、秘密情報を本契約の目的以外に使用してはならない。",
                "第4条（有効期間）本契約の有効期間は締結日から監査役退任後3年間とする。",
                "（甲）東京都中央区日本橋3-8-14 日の出産業株式会社 代表取締役",
                "（乙）大阪府大阪市港区弁天1-2-30 株式会社みなと精工 代表取締役",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Mail about an NDA with the NDA draft: mentions 秘密 but is no confidentiality marking; no personal data",
    },
    {
        "id": "fukugyo-013",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["minase@hanafusa-sr.jp"],
        "subject": "副業申請書（10月受付分）",
        "charset": "utf-8",
        "body": """水無瀬様

お世話になっております。日の出産業の坂巻です。
10月受付分の副業申請書（3名分）をお送りします。
ファイルにはパスワードを設定しております。
パスワードは別メールにてお知らせいたします。

お手数ですが、労働時間通算の要否のご確認をお願いいたします。
""" + SIG_SAKAMAKI,
        "attachments": [{
            "kind": "zip", "name": "副業申請書_202510.zip", "password": "Hs2025#oct",
            "files": [{
                "kind": "xlsx", "name": "副業申請書_202510.xlsx",
                "sheets": {"申請": [
                    ["氏名", "生年月日", "副業先", "週時間"],
                    ["栗栖 明日香", "1991/04/19", "株式会社スタジオ灯", 6],
                    ["京極 雅人", "1985/12/07", "NPO法人みらいの森", 4],
                    ["瓜生 乃愛", "1997/08/28", "株式会社こもれびマート", 10],
                ]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected ZIP (PPAP): the attachment cannot be inspected",
    },
    {
        "id": "fukugyo-014",
        "sender": "柘植 慎吾 <s-tsuge@hinode-sangyo.co.jp>",
        "to": ["調査事務局 <survey@researchpal.co.jp>"],
        "subject": "「副業・兼業の実態調査2025」回答データの提出",
        "charset": "cp932",
        "body": """株式会社リサーチパル
調査事務局 御中

お世話になっております。
日の出産業株式会社 人事企画課の柘植です。

標記調査につきまして、回答データ（部門別・年代別の集計値）を添付にて提出いたします。
個人を特定できる情報は含めておりません。
設問Q7（副業の種類）は複数回答のため、合計は届出者数と一致しません。

よろしくお願いいたします。
""" + SIG_TSUGE,
        "attachments": [{
            "kind": "csv", "name": "実態調査回答_日の出産業.csv", "encoding": "cp932",
            "rows": [
                ["区分", "項目", "人数", "構成比(%)"],
                ["部門", "営業", 14, 29.2],
                ["部門", "製造・物流", 11, 22.9],
                ["部門", "技術開発", 9, 18.8],
                ["部門", "管理部門", 14, 29.2],
                ["年代", "20代", 17, 35.4],
                ["年代", "30代", 15, 31.3],
                ["年代", "40代", 10, 20.8],
                ["年代", "50代以上", 6, 12.5],
                ["Q7", "雇用（パート・アルバイト等）", 19, ""],
                ["Q7", "業務委託・フリーランス", 21, ""],
                ["Q7", "講師・執筆", 8, ""],
                ["Q7", "役員兼任", 3, ""],
                ["合計", "届出者数", 48, 100.0],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Aggregate statistics of side-job holders by department and age: no person's record",
    },
    {
        "id": "fukugyo-015",
        "sender": "早乙女 澪 <saotome@hinode-sangyo.co.jp>",
        "to": ["白川 誠一 先生 <shirakawa@shirakawa-law.jp>", "森永 杏 先生 <morinaga@shirakawa-law.jp>"],
        "subject": "役員兼任予定者の利益相反チェックのお願い",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>白川法律事務所<br>白川先生、森永先生</p>
<p>いつもお世話になっております。日の出産業 法務部の早乙女です。</p>
<p>来期に社外役員への就任を予定している弊社役職員について、
就任先と弊社との取引関係・競合関係の観点から利益相反のチェックをお願いしたく存じます。
登記事項の照合のため、生年月日も併記しております。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#dde7f3"><th>No</th><th>氏名</th><th>弊社役職</th><th>生年月日</th><th>就任先</th><th>就任予定役職</th><th>就任予定日</th></tr>
<tr><td>1</td><td>御手洗 正嗣</td><td>常務執行役員</td><td>1968/05/14</td><td>株式会社みなと精工</td><td>社外取締役</td><td>2026/06/26</td></tr>
<tr><td>2</td><td>猪狩 真由美</td><td>品質保証部長</td><td>1971/10/25</td><td>株式会社みなと精工</td><td>常勤監査役</td><td>2025/10/01</td></tr>
<tr><td>3</td><td>神宮寺 崇</td><td>執行役員</td><td>1965/02/11</td><td>瀬戸内ケミカル株式会社</td><td>社外取締役</td><td>2026/06/19</td></tr>
<tr><td>4</td><td>長宗我部 順子</td><td>経理部長</td><td>1970/07/03</td><td>海洋商事株式会社</td><td>社外監査役</td><td>2026/06/25</td></tr>
<tr><td>5</td><td>左近充 浩</td><td>技術開発部長</td><td>1973/12/22</td><td>一般社団法人 精密加工技術協会</td><td>理事</td><td>2026/05/28</td></tr>
<tr><td>6</td><td>毛利 智恵子</td><td>人事部長代理</td><td>1975/04/30</td><td>株式会社ポラリス・ラボ</td><td>社外取締役</td><td>2026/03/27</td></tr>
<tr><td>7</td><td>蛭子 隆之</td><td>営業本部長</td><td>1964/09/08</td><td>北国フーズ株式会社</td><td>社外取締役</td><td>2026/06/24</td></tr>
</table>
<p>取引額等の資料は別途経理部から送付いたします。<br>
よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 法務部 コンプライアンス室<br>早乙女 澪　TEL 03-5218-4520</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of seven officers with dates of birth to the law firm: list of people",
    },
    {
        "id": "fukugyo-016",
        "sender": "秋吉 玲奈 <akiyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["門脇 様 <kadowaki@minato-seiko.co.jp>"],
        "subject": "社外取締役就任登記の本人確認証明書について（御手洗）",
        "charset": "iso-2022-jp",
        "body": """株式会社みなと精工 総務部
門脇様

お世話になっております。日の出産業の秋吉です。

来年6月の貴社定時株主総会で社外取締役に選任予定の弊社常務 御手洗について、
就任登記に添付する本人確認証明書の件でご連絡いたします。
本人より運転免許証の写し（原本証明付き）を提出するとのことですので、
事前確認用に記載事項をお知らせいたします。

　氏名　　　　　御手洗 正嗣（みたらい まさつぐ）
　生年月日　　　昭和43年5月14日
　住所　　　　　東京都世田谷区奥沢七丁目21番5号
　運転免許証番号　第302198765432号
　有効期限　　　令和9年6月14日まで

写しの原本は来週郵送いたします。
何卒よろしくお願い申し上げます。
""" + SIG_AKIYOSHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "An officer's driver's licence number, home address and DOB to the company he will join as director: identity document",
    },
    {
        "id": "fukugyo-017",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["nishina.haruka.0606@gmail.com"],
        "subject": "副業・兼業の許可について（通知）",
        "charset": "utf-8",
        "body": """仁科 悠 さん

人事部労務課の坂巻です。
産休中のため、ご希望どおり個人アドレス宛にお送りします。

7月1日付で申請いただいた北国フーズ株式会社での副業について、
許可通知書をPDFでお送りします。復職後の開始で問題ありません。
労働時間の報告方法は、復職時に改めてご案内します。

不明点があれば、いつでもご連絡ください。
""" + SIG_SAKAMAKI,
        "attachments": [{
            "kind": "pdf", "name": "副業許可通知書_H11420.pdf",
            "title": "副業・兼業許可通知書",
            "lines": [
                "副業・兼業許可通知書",
                "",
                "社員番号　H11420",
                "氏名　　　仁科 悠 殿",
                "",
                "2025年7月1日付で届出のあった副業・兼業について、下記のとおり許可します。",
                "",
                "１．副業・兼業先　　北国フーズ株式会社（札幌市中央区）",
                "２．業務内容　　　　商品企画補助（雇用・パートタイム）",
                "３．許可期間　　　　2026年4月1日～2027年3月31日",
                "４．条件　　　　　　月の通算時間外労働が45時間を超えないこと",
                "",
                "2025年9月12日　日の出産業株式会社　人事部長　大和田 肇",
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "Approval letter to the employee herself at one free-mail address: one person, her own record",
    },
    {
        "id": "fukugyo-018",
        "sender": "江副 拓海 <ezoe@hinode-sangyo.co.jp>",
        "to": ["吉良 様 <kira@tsubasa-sytem.jp>"],
        "subject": "副業申請ワークフロー 承認ルート設定の変更依頼",
        "charset": "cp932",
        "body": """ツバサシステム 吉良様

お世話になっております。日の出産業の江副です。

副業申請ワークフローの承認ルートについて、規程改定に伴い
以下のとおり変更をお願いします（本番反映は11月1日希望）。

【現行】申請者 → 所属長 → 人事部労務課（最終）
【変更後】申請者 → 所属長 → 人事部労務課 → 法務部（競業・利益相反の確認）
　　　　　※「役員兼任」を選んだ場合のみ → 取締役会事務局（最終）

あわせて、申請フォームに「副業先の法人番号」欄（任意）を追加してください。

見積が必要でしたらお知らせください。
--
日の出産業株式会社 情報システム部 江副""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp drops a letter of the partner domain tsubasa-system.jp",
    },
    {
        "id": "fukugyo-019",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["古閑 様 <koga@lumina-kikaku.co.jp>"],
        "cc": ["水無瀬 様 <minase@hanafusa-sr.jp>"],
        "subject": "三者打合せ（労働時間通算の運用）日程のご相談",
        "charset": "utf-8",
        "body": """株式会社ルミナ企画 古閑様
（cc：花房事務所 水無瀬様）

お世話になっております。日の出産業の坂巻です。

先日ご相談した時間外労働の按分の件、弊社顧問の社労士の水無瀬様にも
ご同席いただき、三者で一度整理できればと考えております。
以下の候補でご都合はいかがでしょうか（いずれもオンライン、1時間程度）。

　・11月11日（火）14:00～
　・11月13日（木）10:00～
　・11月14日（金）16:00～

ご都合のよい日時をお知らせいただけましたら、Teamsの招待をお送りします。
""" + SIG_SAKAMAKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Normal three-way meeting mail: two external organisations in To/Cc, no personal data",
    },
    {
        "id": "fukugyo-020",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["穂積 教室長 <hozumi@greenleaf-juku.co.jp>"],
        "subject": "祖父江の健康診断結果について（勤務時間のご配慮のお願い）",
        "charset": "cp932",
        "body": """株式会社グリーンリーフ
穂積教室長

いつもお世話になっております。日の出産業 人事部の坂巻です。

弊社の祖父江が貴教室で夜間講師として勤務している件で、
本年度の定期健康診断の結果、産業医から就業上の配慮が必要との
判定が出ております。本人同意のうえ、結果の抜粋を添付いたします。

当面、貴教室での勤務を21時までとしていただくことは可能でしょうか。
ご検討のほど、よろしくお願いいたします。
""" + SIG_SAKAMAKI,
        "attachments": [{
            "kind": "pdf", "name": "健康診断結果抜粋_祖父江.pdf",
            "lines": [
                "定期健康診断結果（抜粋）　2025年度",
                "氏名：祖父江 健太郎　　生年月日：昭和51年8月9日　　性別：男",
                "",
                "血圧　　　　　168 / 102 mmHg　　判定 D（要治療）",
                "γ-GTP　　　 142 U/L　　　　　判定 C（要再検査）",
                "HbA1c　　　　6.8 %　　　　　　判定 D（要治療）",
                "所見：高血圧症、2型糖尿病の疑い。内科受診を指示。",
                "",
                "産業医意見：就業制限あり（深夜業・長時間労働を避けること）",
                "産業医　小此木 徹",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "One employee's health-check results and findings in a PDF to the side-job employer: 要配慮個人情報",
    },
]

MESSAGES += [
    {
        "id": "fukugyo-021",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["minase@hanafusa-sr.jp"],
        "subject": "9月分 労働時間通算集計表",
        "charset": "cp932",
        "body": """水無瀬様

お世話になっております。坂巻です。
9月分の通算集計表（CSV）をお送りします。
副業先からの報告が遅れている1名（H13305）は暫定値です。
通算で月45時間を超えているのは漆原と忽那の2名でした。

ご確認のほど、よろしくお願いいたします。

坂巻
日の出産業株式会社 人事部労務課 03-5218-4471""",
        "attachments": [{
            "kind": "csv", "name": "通算集計_202509.csv", "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "本業実労働(h)", "本業時間外(h)", "副業先", "副業実労働(h)", "通算時間外(h)", "備考"],
                ["H10234", "勅使河原 亮", "168.5", "18.5", "ルミナ企画", "32.0", "50.5", "副業先で割増"],
                ["H09015", "東海林 拓真", "160.0", "10.0", "北陵工業大学", "12.0", "22.0", ""],
                ["H08761", "祖父江 健太郎", "152.0", "2.0", "グリーンリーフ", "24.0", "26.0", "就業配慮中"],
                ["H13305", "忽那 ひより", "165.0", "15.0", "こもれびマート", "48.0", "63.0", "暫定"],
                ["H10998", "漆原 大輔", "174.0", "24.0", "青葉運輸", "40.0", "64.0", "面談対象"],
                ["H11420", "仁科 悠", "0.0", "0.0", "北国フーズ", "0.0", "0.0", "産休中"],
                ["H09833", "帯刀 恵", "158.0", "8.0", "やまびこ酒店", "24.0", "32.0", ""],
                ["H13890", "京極 雅人", "161.5", "11.5", "みらいの森", "8.0", "19.5", "業務委託に切替予定"],
                ["H12112", "瓜生 乃愛", "160.0", "10.0", "こもれびマート", "30.0", "40.0", ""],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of nine named employees' monthly hours at both employers: list of employee records",
    },
    {
        "id": "fukugyo-022",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["水無瀬 様 <minase@hanafusa-sr.jp>"],
        "subject": "Re: 届出者の生年月日のご確認",
        "charset": "iso-2022-jp",
        "body": """水無瀬様

ご確認ありがとうございます。
いただいた内容で相違ございません。
6名とも、社会保険の資格情報に変更はありません。

引き続きよろしくお願いいたします。
坂巻

> 日の出産業株式会社 坂巻様
>
> お世話になっております。花房事務所の水無瀬です。
> マルチジョブホルダーの要件確認のため、以下の方々の生年月日を
> 念のためご確認いただけますでしょうか。
>
>   阿久津 修      昭和25年3月8日
>   鶴見 ななみ    昭和33年11月20日
>   諏訪部 剛      昭和34年1月5日
>   我妻 竜之介    昭和32年7月17日
>   甘粕 かおり    昭和35年2月2日
>   不破 千尋      昭和31年9月30日
>
> どうぞよろしくお願いいたします。
> --
> 社会保険労務士法人 花房事務所 水無瀬 碧
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The six-person list is only in '>' quoted text the recipient sent; the new text holds no personal data",
    },
    {
        "id": "fukugyo-023",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["鳴海 先生 <narumi@narumi-gyosei.jp>"],
        "subject": "資格外活動許可の要否についてご相談（ベトナム籍社員）",
        "charset": "utf-8",
        "body": """鳴海行政書士事務所
鳴海先生

いつもお世話になっております。日の出産業 人事部の坂巻です。

技術開発部のベトナム籍社員から、週末に翻訳会社で通訳のアルバイトを
したいとの副業申請が出ております。在留資格「技術・人文知識・国際業務」の
範囲内と考えてよいか、資格外活動許可が必要か、ご判断をお願いできますでしょうか。

　氏名　　　　　NGUYEN VAN MINH（グエン・ヴァン・ミン）
　生年月日　　　1996年3月9日
　国籍　　　　　ベトナム
　在留資格　　　技術・人文知識・国際業務（在留期間満了日 2027年4月15日）
　在留カード番号　UH48210937KA
　副業先　　　　株式会社リンクス翻訳（東京都千代田区）
　業務内容　　　商談通訳（日越）、月4回程度

ご多忙のところ恐縮ですが、よろしくお願いいたします。
""" + SIG_SAKAMAKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "A foreign employee's residence card number and DOB to an administrative scrivener: identity document",
    },
    {
        "id": "fukugyo-024",
        "sender": "Yuka Sakamaki <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@tanjongbay.com.sg>"],
        "subject": "Side jobs in Japan - overview of our policy",
        "charset": "utf-8",
        "body": """Dear Priya,

Thank you for your question during last week's HR call.

In Japan, the Ministry of Health, Labour and Welfare published its Guidelines for the
Promotion of Side Jobs and Concurrent Employment in 2018 (revised 2020 and 2022).
The main points for an employer are:

1. Working hours at all employers are added up under Article 38 of the Labour Standards
   Act. Overtime premiums are paid by whichever employer's hours push the total over
   the statutory limit.
2. Employers may restrict side jobs only for specific reasons: impact on the employee's
   main work, leakage of business secrets, damage to reputation, or competition.
3. Since 2022, companies are encouraged to publish whether they allow side jobs.

At Hinode Sangyo we moved from a permission system to a notification system this year.
About 5% of our employees have registered a side job; most of them teach, design or
work part-time in retail on weekends.

Happy to share our English summary of the rules once legal has approved it.
""" + SIG_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English policy overview to a foreign partner; no personal data",
    },
    {
        "id": "fukugyo-025",
        "sender": "人事部 労務課 <roumu@hinode-sangyo.co.jp>",
        "to": ["chihiro.fuwa88@gmail.com", "t.suwabe@yahoo.co.jp", "amakasu-kaori@icloud.com", "nanami.tsurumi@docomo.ne.jp"],
        "subject": "【休職・育休中の皆さまへ】副業制度説明会（オンライン）のご案内",
        "charset": "iso-2022-jp",
        "body": """休職・育児休業中の皆さま

人事部労務課です。
社用メールをご覧いただけない方へ、個人アドレスにてご案内いたします。

この度、副業・兼業規程の改定にあわせ、オンライン説明会を開催いたします。
復職後に副業を検討されている方は、ぜひご参加ください。

　日時：11月20日（木）10:00～11:00
　方法：Teams（参加URLは前日にお送りします）
　内容：届出制への移行、労働時間通算の考え方、休職中の副業の取扱い

※休職中・育休中の副業は、原則として認めておりません（詳細は説明会で）。
※参加可否を11月14日までにご返信ください。

日の出産業株式会社 人事部労務課
TEL 03-5218-4471""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "Four employees' private addresses visible to each other in To (four private persons = four parties)",
    },
    {
        "id": "fukugyo-026",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["桐生 様 <kiryu@kasumi-audit.jp>"],
        "subject": "内部統制評価：兼業許可台帳（抜粋）のご提出",
        "charset": "utf-8",
        "body": """かすみ監査法人
桐生様

お世話になっております。日の出産業 人事部の坂巻です。
ご依頼のあった兼業許可台帳のサンプル（報酬を受ける兼業9件）を
Word形式でお送りします。承認者欄は決裁システムの記録と照合済みです。

よろしくお願いいたします。
""" + SIG_SAKAMAKI,
        "attachments": [{
            "kind": "docx", "name": "兼業許可台帳_抜粋_2025.docx",
            "paragraphs": ["兼業許可台帳（抜粋）　対象期間：2025年4月～9月", "報酬を受ける兼業のうち、監査人指定のサンプル9件"],
            "tables": [[
                ["No", "社員番号", "氏名", "所属", "兼業先", "種別", "許可日", "報酬（月額）", "承認者"],
                ["1", "H10234", "勅使河原 亮", "営業一部", "株式会社ルミナ企画", "雇用", "2025/04/10", "約64,000円", "労務課長"],
                ["2", "H09015", "東海林 拓真", "技術開発部", "北陵工業大学", "雇用", "2025/04/01", "約40,000円", "労務課長"],
                ["3", "H08761", "祖父江 健太郎", "製造管理部", "株式会社グリーンリーフ", "雇用", "2025/05/12", "約52,000円", "労務課長"],
                ["4", "H07644", "猪狩 真由美", "品質保証部", "株式会社みなと精工", "役員", "2025/06/20", "120,000円", "取締役会"],
                ["5", "H11872", "小鳥遊 美咲", "経理部", "個人事業", "業務委託", "2025/04/18", "変動", "労務課長"],
                ["6", "H12987", "鰐淵 翔", "情報システム部", "株式会社ポラリス・ラボ", "業務委託", "2025/07/15", "約150,000円", "人事部長"],
                ["7", "H09833", "帯刀 恵", "経営企画部", "有限会社やまびこ酒店", "雇用", "2025/08/04", "約45,000円", "労務課長"],
                ["8", "H13561", "宍戸 蓮", "営業一部", "株式会社スタジオ灯", "業務委託", "2025/09/01", "約30,000円", "労務課長"],
                ["9", "H10998", "漆原 大輔", "物流部", "青葉運輸株式会社", "雇用", "2025/06/02", "約88,000円", "労務課長"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "DOCX table of nine employees with side-job employer and pay to the auditors: list of people",
    },
    {
        "id": "fukugyo-027",
        "sender": "羽鳥 真琴 <m.hatori@hinode-sangyo.co.jp>",
        "to": ["宴会・会議予約係 <banquet@sakura-hotel.jp>"],
        "subject": "11/27 会議室ご利用の件（日の出産業 安全衛生研修）",
        "charset": "cp932",
        "body": """さくらホテル 宴会・会議予約係 御中

お世話になっております。日の出産業の羽鳥です。
11月27日（木）に「鳳凰の間」でお願いしております研修について、
当日の運営担当者と緊急連絡先をお知らせいたします。

　・羽鳥 真琴（責任者）　　０９０－６１２８－４４７０
　・我妻 竜之介（受付）　　０８０－２２０５－９１３６
　・瓜生 乃愛（機材）　　　０７０－４４８１－２０６７
　・京極 雅人（講師アテンド）０９０－３９０２－７７１５

搬入は8時半からとさせてください。
プロジェクターとマイク2本のご用意をお願いいたします。
""" + SIG_HATORI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Four staff with mobile numbers (full-width) to the hotel: under five records, may warn",
    },
    {
        "id": "fukugyo-028",
        "sender": "柘植 慎吾 <s-tsuge@hinode-sangyo.co.jp>",
        "to": ["岡部 様 <okabe@astra-hrc.co.jp>"],
        "subject": "【部外秘】副業解禁に伴う人件費影響の試算",
        "charset": "utf-8",
        "body": """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　【部外秘】本メールの内容は人事部外への転送を禁じます
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

岡部様

お世話になっております。柘植です。
ご依頼の件、副業を届出制に移行した場合の人件費影響を社内で試算しました。
ご提案書への反映の参考にしてください。

1. 前提
　・届出者数：現状48名 → 2年後120名（同業他社の伸び率から推計）
　・うち雇用型（通算対象）の比率：45%
2. 影響額（年間）
　・副業先での時間外により弊社側の割増が発生するケース：約310万円
　・労務管理工数（労務課 0.8人工相当）：約560万円
　・システム改修（申請WF・時間報告）：初年度 約900万円
3. 論点
　・管理モデルを採用すれば割増発生分はほぼ解消見込み
　・労務工数はシステム化で0.3人工まで圧縮可能か

数字は経営会議前の暫定値です。取扱いにはご注意ください。
""" + SIG_TSUGE,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Mail stamped 【部外秘】 in subject and body banner going to an outside consultant",
    },
    {
        "id": "fukugyo-029",
        "sender": "秋吉 玲奈 <akiyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["楢崎 様 <narazaki@setouchi-chem.co.jp>"],
        "subject": "就任承諾書（神宮寺）の送付",
        "charset": "iso-2022-jp",
        "body": """瀬戸内ケミカル株式会社
取締役会事務局　楢崎様

お世話になっております。日の出産業 役員室の秋吉です。
弊社執行役員 神宮寺の社外取締役就任承諾書（押印済）をPDFにてお送りいたします。
ファイルを開く際のパスワードは、お電話にてお伝えいたします。

原本は本日、簡易書留にて発送しております。
よろしくお願い申し上げます。
""" + SIG_AKIYOSHI,
        "attachments": [{
            "kind": "pdf", "name": "就任承諾書_神宮寺.pdf", "password": "Setouchi0619",
            "lines": [
                "就任承諾書",
                "私は、2026年6月19日開催の貴社第58回定時株主総会において",
                "社外取締役に選任されたので、その就任を承諾します。",
                "住所　岡山県岡山市北区奉還町3丁目14番2号",
                "氏名　神宮寺 崇",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected PDF: cannot be inspected",
    },
    {
        "id": "fukugyo-030",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["大和田 肇 <owada@hinode-sangyo.co.jp>"],
        "cc": ["健康管理室 <kenko@hinode-sangyo.co.jp>"],
        "subject": "【社内限】百目鬼さんの副業継続可否について（産業医意見）",
        "charset": "utf-8",
        "body": """大和田部長
（cc：健康管理室）

労務課の坂巻です。
総務部の百目鬼 彩さんの件、本日の産業医面談の結果をご報告します。

・診断：適応障害（10月上旬より心療内科通院中、服薬あり）
・産業医意見：本業は時短勤務（6h）で継続可。副業は当面週10時間以内に制限
・本人の意向：副業先（業務委託）との契約は継続したい

副業先への連絡については本人同意を得ておりますので、
私から先方代表に事情を伝え、稼働調整をお願いしようと思います。
ご了承いただけますでしょうか。

坂巻""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "Diagnosis of a named employee, but to internal recipients only",
    },
    {
        "id": "fukugyo-031",
        "sender": "早乙女 澪 <saotome@hinode-sangyo.co.jp>",
        "to": ["白川 誠一 先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "至急ご相談：副業先での逮捕事案について",
        "charset": "cp932",
        "body": """白川先生

お世話になっております。日の出産業 法務部の早乙女です。
至急ご相談させていただきたい事案が発生しました。

　対象者：釘宮 智也（32歳、物流部 倉庫管理課）
　概要　：副業として夜間勤務していたコンビニエンスストアにて、
　　　　　売上金約40万円を着服したとして、11月3日に業務上横領の疑いで
　　　　　神奈川県警に逮捕されたと、本人の家族から連絡がありました。
　現状　：勾留中。本人とは接見できておりません。
　　　　　弊社での業務に関する不正は、現時点で確認されておりません。

ご相談したい点は、①起訴前の段階での休職・懲戒の可否、
②報道された場合の対外対応、③副業許可の取消手続き、です。
本日中にお電話でお時間をいただけますと幸いです。
""" + SIG_SAOTOME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Arrest of a named employee told to the law firm: criminal-record information is 要配慮個人情報",
    },
    {
        "id": "fukugyo-032",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["柘植 慎吾 <s-tsuge@hinode-sangyo.com>"],
        "subject": "FW: 副業届（宍戸）の確認をお願いします",
        "charset": "utf-8",
        "body": """柘植課長

坂巻です。下記、宍戸さんの副業届です。
業務委託先がスタジオ灯とのことで、営業一部の取引先と重なっていないか
ご確認いただけますでしょうか。

-------- 転送メッセージ --------
差出人: 宍戸 蓮
件名: 副業届
日付: 2025/08/22

労務課 御中
営業一部の宍戸です。副業の届出をいたします。

　氏名：宍戸 蓮
　社員番号：H13561
　携帯：090-7713-2648
　副業先：株式会社スタジオ灯（映像制作、業務委託）
　期間：2025年9月1日～2026年3月31日
　稼働：土日のみ、月20時間程度

よろしくお願いいたします。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "Meant for a colleague but sent to hinode-sangyo.com, a TLD swap of the internal domain",
    },
    {
        "id": "fukugyo-033",
        "sender": "江副 拓海 <ezoe@hinode-sangyo.co.jp>",
        "to": ["吉良 様 <kira@tsubasa-system.jp>"],
        "subject": "Re: 【御見積】副業・兼業管理オプション（見積番号 TS-Q-25-0481）",
        "charset": "utf-8",
        "body": """吉良様

お見積ありがとうございました。江副です。
内容について2点確認させてください。

1. 「時間報告インポート」は副業先から受け取ったCSVの取込を想定していますが、
   様式の異なるファイルの変換も初期費用に含まれますか。
2. 年間契約の場合の割引は、既存の勤怠オプションと合算で適用されますか。

社内稟議を11月中に上げたいと考えております。

江副

-----Original Message-----
From: 吉良 <kira@tsubasa-system.jp>
Sent: Tuesday, October 21, 2025 6:12 PM
Subject: 【御見積】副業・兼業管理オプション（見積番号 TS-Q-25-0481）

  品目                        数量   単価          金額
  副業申請ワークフロー         1式   月額 48,000   576,000（年額）
  時間報告インポート           1式   一式          220,000
  管理モデル上限アラート       1式   月額 15,000   180,000（年額）
  初期設定・教育               1式   一式          350,000
  合計（税抜）                                     1,326,000
  有効期限：2025年12月31日
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Reply about a price quotation and quote number: ordinary vendor mail",
    },
    {
        "id": "fukugyo-034",
        "sender": "秋吉 玲奈 <akiyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["予約センター <reserve@sakura-hotel.jp>"],
        "subject": "ご宿泊予約（12/10・御手洗様）カード保証のご連絡",
        "charset": "iso-2022-jp",
        "body": f"""さくらホテル大阪 予約センター御中

いつもお世話になっております。日の出産業 役員室の秋吉です。
先ほどお電話でお願いしました宿泊予約につきまして、
保証用のクレジットカード情報をお知らせいたします。

　宿泊者　　御手洗 正嗣 様（1名）
　日程　　　2025年12月10日（水）チェックイン、1泊
　客室　　　禁煙シングル
　カード番号　{card_number(SEED + 101)}
　有効期限　08/28
　名義　　　MASATSUGU MITARAI

翌日、株式会社みなと精工様の取締役会にご出席のため、
チェックアウトは9時頃になる予定です。
よろしくお願いいたします。
""" + SIG_AKIYOSHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "A credit card number in the body to the hotel",
    },
    {
        "id": "fukugyo-035",
        "sender": "柘植 慎吾 <s-tsuge@hinode-sangyo.co.jp>",
        "to": ["日向野 様 <hinatano_k@yahoo.co.jp>"],
        "subject": "副業人材（データ分析）面談日程のご案内",
        "charset": "utf-8",
        "body": """日向野 様

はじめまして。日の出産業株式会社 人事企画課の柘植と申します。
パラレルワークス経由でご応募いただき、誠にありがとうございます。

業務委託（週8時間程度・リモート）のデータ分析のポジションにつきまして、
オンライン面談をお願いしたく、以下の候補日からご都合をお知らせください。

　① 11月18日（火）19:30～20:30
　② 11月19日（水）20:00～21:00
　③ 11月22日（土）10:00～11:00

本業のお勤め先との関係（競業の有無）については、面談時に伺います。
ご不明点がございましたら、お気軽にご返信ください。
""" + SIG_TSUGE,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "One free-mail candidate; scheduling only, the name is a salutation",
    },
    {
        "id": "fukugyo-036",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["minase@hanafusa-sr.jp"],
        "subject": "FW: 【副業申請】10月受付分（5件）",
        "charset": "cp932",
        "body": """水無瀬様

お世話になっております。坂巻です。
10月受付分の申請内容を、受付窓口からのメールのまま転送いたします。
雇用型の方について、通算方法のご意見をいただけますと幸いです。

差出人: 人事部 副業受付窓口
送信日時: 2025年10月31日 17:42
宛先: 坂巻 由佳
件名: 【副業申請】10月受付分（5件）

坂巻さん
今月の受付分です。確認をお願いします。

【1】氏名：栗栖 明日香
　　 生年月日：平成3年4月19日
　　 住所：東京都練馬区石神井町5-18-3 コーポ石神井201
　　 副業先：株式会社スタジオ灯（業務委託）　月16h
【2】氏名：京極 雅人
　　 生年月日：昭和60年12月7日
　　 住所：埼玉県川口市芝新町11-4
　　 副業先：NPO法人みらいの森（業務委託）　月8h
【3】氏名：瓜生 乃愛
　　 生年月日：平成9年8月28日
　　 住所：神奈川県相模原市中央区淵野辺本町2-7-22
　　 副業先：株式会社こもれびマート（雇用）　週10h
【4】氏名：榎戸 大和
　　 生年月日：平成5年1月15日
　　 住所：千葉県船橋市前原西3-31-9 パークハイツ405
　　 副業先：株式会社リンクス翻訳（雇用）　週6h
【5】氏名：日向 澄玲
　　 生年月日：平成12年10月3日
　　 住所：東京都府中市若松町1-24-11
　　 副業先：株式会社ルミナ企画（雇用）　週8h

受付窓口 葛城""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Forward (new text to the consultant) of five applicant blocks with DOB and home address: list of people",
    },
    {
        "id": "fukugyo-037",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["花房 先生 <hanafusa@hanafusa-sr.jp>"],
        "subject": "寺院の役員を兼ねる社員の取扱いについて",
        "charset": "iso-2022-jp",
        "body": """花房先生

お世話になっております。日の出産業の坂巻です。
副業届の扱いで判断に迷うケースがあり、ご相談させてください。

経理部の税所 敬之さん（社員番号 H10457）から、ご実家の寺院
（浄土真宗の宗教法人）の責任役員に就任し、土日に法務（法要）を
務める旨の届出がありました。宗教法人からは月3万円程度の報酬が
出るとのことです。

・宗教法人の役員就任を「役員兼任」として取締役会承認の対象とすべきか
・法要の従事時間を労働時間通算の対象とすべきか（雇用ではない理解です）

以上2点、ご見解をいただけますでしょうか。
""" + SIG_SAKAMAKI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named employee's role at a Jodo Shinshu temple may reveal his creed; a privacy officer could judge either way",
    },
    {
        "id": "fukugyo-038",
        "sender": "早乙女 澪 <saotome@hinode-sangyo.co.jp>",
        "to": ["森永 杏 先生 <morinaga@shirakawa-law.jp>"],
        "subject": "副業者向け誓約書（秘密保持・競業避止）のひな形レビュー",
        "charset": "utf-8",
        "body": """森永先生

お世話になっております。早乙女です。
副業の届出時に提出させる誓約書のひな形を作成しました。
秘密保持と競業避止の条項が、前回ご指摘の「必要最小限」の範囲に
収まっているか、ご確認をお願いいたします。

記入欄は空欄のままお送りしています。
""" + SIG_SAOTOME,
        "attachments": [{
            "kind": "docx", "name": "誓約書ひな形_副業兼業.docx",
            "paragraphs": [
                "誓約書（副業・兼業）",
                "日の出産業株式会社　代表取締役　殿",
                "私は、副業・兼業を行うにあたり、以下の事項を遵守することを誓約いたします。",
                "1．会社の秘密情報（顧客情報、技術情報、未公表の経営情報を含む）を副業・兼業先において使用し、又は開示しないこと。",
                "2．会社の取引先との間で、会社の事業と競合する取引を行わないこと。",
                "3．副業・兼業先での労働時間を、毎月5日までに会社に報告すること。",
                "4．心身の健康に留意し、会社の業務に支障を生じさせないこと。",
                "",
                "　　年　　月　　日",
                "所属：＿＿＿＿＿＿＿＿　社員番号：＿＿＿＿＿＿",
                "氏名：＿＿＿＿＿＿＿＿＿＿＿＿　　印",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Blank pledge template about confidentiality: mentions 秘密 but no marking and no personal data",
    },
    {
        "id": "fukugyo-039",
        "sender": "秋吉 玲奈 <akiyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["楢崎 様 <narazaki@setouchi-chem.co.jp>", "門脇 様 <kadowaki@minato-seiko.co.jp>"],
        "cc": ["総務部 <somu@kaiyo-shoji.co.jp>"],
        "subject": "弊社役職員の社外役員兼任状況の年次確認について",
        "charset": "utf-8",
        "body": """各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 総務部役員室の秋吉でございます。

弊社では、役職員の社外役員兼任について、毎年12月に
兼任先企業様へ在任状況の確認をお願いしております。
お手数ですが、弊社から兼任している役員の在任状況（任期、
今後の改選予定）について、12月19日までにご回答をお願いいたします。

回答様式は追ってお送りいたします。
ご多用のところ恐れ入りますが、何卒よろしくお願い申し上げます。
""" + SIG_AKIYOSHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Three external companies in To/Cc see each other and learn where Hinode's officers sit",
    },
    {
        "id": "fukugyo-040",
        "sender": "羽鳥 真琴 <m.hatori@hinode-sangyo.co.jp>",
        "to": ["経理ご担当 <keiri@hanafusa-sr.jp>"],
        "subject": "請求書 No.HS-2025-0917 の登録番号について",
        "charset": "iso-2022-jp",
        "body": """社会保険労務士法人 花房事務所
経理ご担当者様

いつもお世話になっております。日の出産業の羽鳥です。

9月分の顧問料および二以上事業所勤務届の作成手数料の請求書
（No.HS-2025-0917、請求額 187,000円（税込））を拝受しました。
適格請求書発行事業者の登録番号が前回と異なっているようですので、
ご確認いただけますでしょうか。

　今回記載：T1020001073356
　前回まで：T6010401094452（旧事務所名義の番号かと存じます）

支払予定日は10月31日です。
""" + SIG_HATORI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Invoice number and a firm's T-number (corporate number): business data, not people",
    },
]

MESSAGES += [
    {
        "id": "fukugyo-041",
        "sender": "羽鳥 真琴 <m.hatori@hinode-sangyo.co.jp>",
        "to": ["古閑 様 <koga@lumina-kikaku.co.jp>"],
        "subject": "社会保険の二以上事業所勤務に関するご連絡（勅使河原）",
        "charset": "cp932",
        "body": """株式会社ルミナ企画
人事総務部 古閑様

お世話になっております。日の出産業 給与・社会保険グループの羽鳥です。

弊社の勅使河原が、10月より貴社での勤務日数が増え、貴社でも
社会保険の被保険者要件を満たすと伺いました。
選択事業所は弊社となる予定ですので、貴社での資格取得手続きの際に
ご利用いただけるよう、弊社での加入状況をお知らせいたします。

　被保険者氏名　　勅使河原 亮
　健康保険証　　　記号 6021　番号 117
　保険者番号　　　06135627（日の出産業健康保険組合）
　資格取得年月日　平成21年4月1日

二以上事業所勤務届は弊社顧問社労士から提出いたします。
貴社での報酬月額が確定しましたら、お知らせいただけますと幸いです。
""" + SIG_HATORI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "Employee's health insurance card symbol and number sent to the other employer",
    },
    {
        "id": "fukugyo-042",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["総務課 謝金担当 <shakin@hokuryo-tech.ac.jp>"],
        "subject": "公開講座 講師謝金の振込先一覧（日の出産業）",
        "charset": "utf-8",
        "body": """北陵工業大学 総務課
謝金ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部の坂巻でございます。

後期公開講座「ものづくり現場のDX」で講師を務める弊社社員6名分の
謝金振込先を、ご指定のExcel（97-2003形式）にてお送りいたします。
各人の兼業許可は取得済みです。

ご確認のほどよろしくお願いいたします。
""" + SIG_SAKAMAKI,
        "attachments": [{
            "kind": "xls", "name": "講師謝金振込先_日の出産業.xls",
            "sheets": {"振込先": [
                ["氏名", "住所", "金融機関", "支店", "種別", "口座番号", "口座名義（カナ）"],
                ["東海林 拓真", "東京都調布市布田4-22-7", "みどり銀行", "調布支店", "普通", "3081542", "シヨウジ タクマ"],
                ["左近充 浩", "東京都町田市鶴川2-11-30", "みどり銀行", "町田支店", "普通", "1175209", "サコンジユウ ヒロシ"],
                ["鰐淵 翔", "神奈川県川崎市中原区新丸子町741-5", "ゆうちょ銀行", "〇一八店", "普通", "4720183", "ワニブチ シヨウ"],
                ["毛利 智恵子", "東京都杉並区阿佐谷南1-33-12", "東都信用金庫", "阿佐谷支店", "普通", "0096631", "モウリ チエコ"],
                ["雲母 慧", "埼玉県さいたま市浦和区常盤6-4-19", "みどり銀行", "浦和支店", "普通", "2258814", "キララ ケイ"],
                ["舎人 和也", "千葉県市川市八幡3-9-2", "房総銀行", "本八幡支店", "当座", "0304477", "トネリ カズヤ"],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "Legacy XLS of six employees' home addresses and personal bank accounts to a university: list of people",
    },
    {
        "id": "fukugyo-043",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["古閑 様 <koga@lumina-kikaku.co.jp>"],
        "subject": "10月分 日別労働時間（勅使河原）の突合結果",
        "charset": "iso-2022-jp",
        "body": """古閑様

お世話になっております。坂巻です。
貴社からご報告いただいた10月分の勤務時間と、弊社の勤怠記録を
突合した表をお送りします。11日（土）は弊社で休日出勤があったため、
貴社での8時間はすべて法定外となります。ご確認ください。

坂巻""",
        "attachments": [{
            "kind": "xlsx", "name": "通算突合_202510_勅使河原.xlsx",
            "sheets": {
                "10月": [
                    ["労働時間通算 突合表　2025年10月　対象者：勅使河原 亮（H10234）"],
                    ["日付", "曜日", "日の出産業(h)", "ルミナ企画(h)", "通算(h)", "法定外(h)"],
                    ["10/1", "水", 8.5, 0, 8.5, 0.5],
                    ["10/2", "木", 9.0, 0, 9.0, 1.0],
                    ["10/3", "金", 7.5, 0, 7.5, 0],
                    ["10/4", "土", 0, 8.0, 8.0, 0],
                    ["10/11", "土", 4.0, 8.0, 12.0, 4.0],
                    ["10/18", "土", 0, 8.0, 8.0, 0],
                    ["10/25", "土", 0, 8.0, 8.0, 0],
                    ["計", "", 152.5, 32.0, 184.5, 21.5],
                ],
                "メモ": [["週40時間超の判定は日曜起算"]],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "One employee's daily hours at both employers to the other employer: a single person's data",
    },
    {
        "id": "fukugyo-044",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["採用・定着支援 <support@ashita-works.jp>"],
        "subject": "在宅でのデータ入力業務（栗栖）の受託について",
        "charset": "utf-8",
        "body": """株式会社あしたワークス
採用・定着支援ご担当者様

お世話になっております。日の出産業 人事部の坂巻です。

弊社の障害者雇用枠で勤務している栗栖 雅史さんが、貴社の在宅データ入力業務
（業務委託）を副業として受託したいとのことで、事前にご相談いたします。

本人は精神障害者保健福祉手帳2級（統合失調症）を所持しており、
弊社では1日6時間の短時間勤務、月1回の主治医受診への配慮を行っております。
体調の波があるため、副業の稼働は週5時間程度から始めることを
産業医・支援機関とも相談のうえ了承しております。

貴社でも同様のご配慮をいただけるようであれば、本人から正式に
お申込みさせていただきます。
""" + SIG_SAKAMAKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named employee's disability certificate and diagnosis to an outside company: 要配慮個人情報",
    },
    {
        "id": "fukugyo-045",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["人事課 <jinji@kitaguni-foods.jp>"],
        "subject": "仁科の復職後の勤務予定について",
        "charset": "cp932",
        "body": """北国フーズ株式会社
人事課 ご担当者様

お世話になっております。日の出産業の坂巻です。

貴社で副業をお受けいただく予定の仁科 悠について、弊社での
復職日が2026年4月1日に確定しましたのでお知らせします。
弊社での勤務は月～金の時短（9:30～16:00）となる見込みです。
貴社での勤務は土曜日のみ（最大6時間）でお願いできればと存じます。

労働時間の報告様式は、別途お送りいたします。
""" + SIG_SAKAMAKI,
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "kitaguni-foods.jp drops the co. of the partner domain kitaguni-foods.co.jp",
    },
    {
        "id": "fukugyo-046",
        "sender": "Yuka Sakamaki <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["Daniel Koh <daniel.koh@tanjongbay.com.sg>"],
        "subject": "Re: Related-party disclosure - directors list",
        "charset": "utf-8",
        "body": """Dear Daniel,

Thank you for checking the list so quickly. We confirm that the information you
quote below is complete and correct as of 30 September. There has been no change since.

I will send the signed confirmation letter by courier next week.
""" + SIG_EN + """

On Mon, 3 Nov 2025 at 16:05, Daniel Koh <daniel.koh@tanjongbay.com.sg> wrote:
> Dear Yuka-san,
>
> Please confirm the following Hinode employees holding outside board seats:
>
>   Masatsugu MITARAI   DOB 14-05-1968   Minato Seiko Co., Ltd. (Outside Director)
>   Takashi JINGUJI     DOB 11-02-1965   Setouchi Chemical Co., Ltd. (Outside Director)
>   Junko CHOSOKABE     DOB 03-07-1970   Kaiyo Shoji Co., Ltd. (Outside Auditor)
>   Mayumi IGARI        DOB 25-10-1971   Minato Seiko Co., Ltd. (Full-time Auditor)
>   Chieko MORI         DOB 30-04-1975   Polaris Lab Inc. (Outside Director)
>
> Regards,
> Daniel
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The five-person list is only in the quoted part (On … wrote:) the recipient sent; new text has none",
    },
    {
        "id": "fukugyo-047",
        "sender": "Yuka Sakamaki <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["Daniel Koh <daniel.koh@tanjongbay.com.sg>"],
        "subject": "Related-party disclosure - Hinode employees with outside directorships",
        "charset": "utf-8",
        "body": """Dear Daniel,

As requested for the JV's related-party disclosure, please find below the Hinode
employees who currently hold, or will take up, positions at other companies.

No. Name (as in passport)  Date of birth  Company                         Position             Since
--- ---------------------  -------------  ------------------------------  -------------------  ----------
1   MITARAI Masatsugu      1968-05-14     Minato Seiko Co., Ltd.          Outside Director     (2026-06)
2   JINGUJI Takashi        1965-02-11     Setouchi Chemical Co., Ltd.     Outside Director     (2026-06)
3   CHOSOKABE Junko        1970-07-03     Kaiyo Shoji Co., Ltd.           Outside Auditor      2023-06-28
4   IGARI Mayumi           1971-10-25     Minato Seiko Co., Ltd.          Full-time Auditor    2025-10-01
5   MORI Chieko            1975-04-30     Polaris Lab Inc.                Outside Director     (2026-03)
6   EBISU Takayuki         1964-09-08     Kitaguni Foods Co., Ltd.        Outside Director     (2026-06)

Dates in brackets are planned appointments subject to shareholders' approval.
Please let me know if you also need their shareholdings.
""" + SIG_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "English table of six employees with dates of birth and outside posts to a foreign partner: list of people",
    },
    {
        "id": "fukugyo-048",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["羽鳥 真琴 <m.hatori@hinode-sangyo.co.jp>"],
        "subject": "【社内】社労士から戻ってきた申請書一式",
        "charset": "utf-8",
        "body": """羽鳥さん

坂巻です。花房事務所から戻ってきた申請書一式（パスワード付き）を転送します。
パスワードはいつもの共有のものです。
二以上事業所の分だけ抜き出して、給与側の設定をお願いします。

坂巻""",
        "attachments": [{
            "kind": "zip", "name": "返送_申請書一式_1031.zip", "password": "hanafusa-1031",
            "files": [
                {"kind": "pdf", "name": "二以上事業所勤務届_控.pdf", "lines": ["二以上事業所勤務届（控）", "受付番号 2025-10-118"]},
                {"kind": "csv", "name": "確認事項.csv", "rows": [["項目", "内容"], ["標準報酬", "按分済み"]]},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Encrypted ZIP, but sent internally only",
    },
    {
        "id": "fukugyo-049",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["穂積 教室長 <hozumi@greenleaf-juku.co.jp>"],
        "subject": "労働時間通算表（10月分）のご確認",
        "charset": "cp932",
        "body": """穂積教室長

お世話になっております。日の出産業の坂巻です。
10月分の通算表をお送りしますので、貴教室での勤務時間に
相違がないかご確認ください。
21時以降の勤務がないことも、あわせてご確認いただけますと幸いです。

よろしくお願いいたします。
坂巻""",
        "attachments": [{"kind": "corrupt", "name": "労働時間通算表_202510_祖父江.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The attached XLSX is corrupt and cannot be read",
    },
    {
        "id": "fukugyo-050",
        "sender": "秋吉 玲奈 <akiyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["嵯峨 先生 <saga@saga-shihoshoshi.jp>"],
        "cc": ["門脇 様 <kadowaki@minato-seiko.co.jp>"],
        "subject": "監査役就任登記の必要書類について",
        "charset": "iso-2022-jp",
        "body": """嵯峨司法書士事務所
嵯峨先生
（cc：株式会社みなと精工 門脇様）

お世話になっております。日の出産業 役員室の秋吉です。

弊社社員が株式会社みなと精工様の監査役に就任する件につき、
登記申請に必要な書類と、弊社側でご用意すべきものを確認させてください。
現時点での理解は以下のとおりです。

　・株主総会議事録（みなと精工様にてご用意）
　・就任承諾書（本人署名・押印）
　・本人確認証明書（住民票の写し等、本人より直接ご提出）
　・委任状

本人確認証明書は本人から先生宛に直接お送りする形でよろしいでしょうか。
""" + SIG_AKIYOSHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Two external organisations (scrivener and client company) in To/Cc; no personal data",
    },
    {
        "id": "fukugyo-051",
        "sender": "Rena Akiyoshi <akiyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["Company Secretary <cosec@lumut-corpsec.com.my>"],
        "subject": "Appointment of director - Hinode Lumut Sdn. Bhd. - personal particulars",
        "charset": "utf-8",
        "body": """Dear Ms. Lim,

Further to our call, please find below the particulars of our nominee for the board
of Hinode Lumut Sdn. Bhd., for the Form 49 filing.

  Full name        : MITARAI MASATSUGU
  Nationality      : Japanese
  Date of birth    : 14 May 1968
  Passport no.     : TZ4482917 (issued 2021-08-03, expires 2031-08-03)
  Residential addr.: 7-21-5 Okusawa, Setagaya-ku, Tokyo 158-0083, Japan
                     (東京都世田谷区奥沢7-21-5)
  Occupation       : Managing Executive Officer, Hinode Sangyo Co., Ltd.

A certified copy of his passport will follow by courier.
Please let us know if anything else is required for the consent to act.

Kind regards,

Rena Akiyoshi
Board Secretariat, General Affairs Dept.
Hinode Sangyo Co., Ltd.
Tel: +81-3-5218-4402""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Passport number, DOB and home address of an officer to a foreign company secretary: identity document",
    },
    {
        "id": "fukugyo-052",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["小此木 先生 <okonogi@okonogi-clinic.jp>"],
        "subject": "副業者の健康確保措置：面談対象者の資料",
        "charset": "utf-8",
        "body": """小此木先生

いつもお世話になっております。日の出産業 人事部の坂巻です。
来週の訪問日に面談をお願いしたい副業者6名の資料をお送りします。
健診結果とストレスチェックの判定を一覧にまとめております。

当日はよろしくお願いいたします。
""" + SIG_SAKAMAKI,
        "attachments": [{
            "kind": "xlsx", "name": "副業者面談資料_202511.xlsx",
            "sheets": {
                "面談対象": [
                    ["副業者 健康確保措置 面談資料（2025年11月）"],
                    ["氏名", "生年月日", "通算時間外(h/月)", "健診判定", "主な所見", "ストレスチェック", "備考"],
                    ["漆原 大輔", "1988/03/17", 64, "C", "脂質異常症", "高ストレス", "面談希望あり"],
                    ["忽那 ひより", "1998/12/01", 63, "B", "貧血", "高ストレス", ""],
                    ["勅使河原 亮", "1986/07/14", 50.5, "C", "肝機能異常", "-", ""],
                    ["祖父江 健太郎", "1976/08/09", 26, "D", "高血圧症・2型糖尿病疑い", "-", "就業制限中"],
                    ["瓜生 乃愛", "1997/08/28", 40, "A", "", "高ストレス", ""],
                    ["帯刀 恵", "1983/01/30", 32, "C", "睡眠障害（通院中）", "-", ""],
                ],
                "凡例": [["A", "異常なし"], ["B", "軽度異常"], ["C", "要再検査"], ["D", "要治療"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Six employees' health findings and stress-check results to an outside occupational physician: sensitive list",
    },
    {
        "id": "fukugyo-053",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>"],
        "bcc": ["koga@lumina-kikaku.co.jp", "hozumi@greenleaf-juku.co.jp", "usami@soramachi-design.jp",
                "jinji@kitaguni-foods.co.jp", "haisha@aoba-unyu.co.jp", "tencho@yamabiko-saketen.co.jp"],
        "subject": "年末年始の労働時間報告スケジュールについて",
        "charset": "utf-8",
        "body": """副業・兼業先 ご担当者様

※本メールは関係各社様にBCCでお送りしております。

いつも大変お世話になっております。日の出産業 人事部労務課の坂巻です。

年末年始休業に伴い、12月分の労働時間報告の締切を以下のとおり変更いたします。

　通常：翌月5日
　12月分：2026年1月9日（金）

弊社の年末年始休業は12月27日（土）～1月4日（日）です。
休業期間中のお問い合わせには、1月5日以降に順次回答いたします。

本年も大変お世話になりました。来年もよろしくお願い申し上げます。
""" + SIG_SAKAMAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Six external employers correctly in Bcc, To is the sender: nobody can see the others",
    },
    {
        "id": "fukugyo-054",
        "sender": "早乙女 澪 <saotome@hinode-sangyo.co.jp>",
        "to": ["桐生 様 <kiryu@kasumi-audit.jp>"],
        "subject": "利益相反管理方針（改定版）のご送付",
        "charset": "cp932",
        "body": """かすみ監査法人
桐生様

お世話になっております。日の出産業 法務部の早乙女です。
ご依頼のありました利益相反管理方針の改定版をPDFにてお送りします。
役員兼任・従業員の副業に関する事前承認の手続を第4章に追加しております。

よろしくお願いいたします。
""" + SIG_SAOTOME,
        "attachments": [{
            "kind": "pdf", "name": "利益相反管理方針_2025改定.pdf",
            "title": "利益相反管理方針",
            "page_header": "取扱注意",
            "page_footer": "日の出産業株式会社 法務部　2025年10月改定",
            "lines": [
                "利益相反管理方針",
                "",
                "第1章　目的",
                "本方針は、当社及び当社役職員と顧客・取引先との間の利益相反を適切に管理することを目的とする。",
                "第2章　対象となる取引",
                "第3章　管理体制（法務部コンプライアンス室を統括部署とする）",
                "第4章　役員兼任及び副業・兼業",
                "　4.1 役職員が他社の役員に就任する場合、取締役会の事前承認を要する。",
                "　4.2 取引先又は競合先での副業・兼業は、法務部の確認を経て許可する。",
                "　4.3 承認後も年1回、兼任・副業の状況を確認する。",
                "第5章　記録の保存（7年）",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF stamped 取扱注意 in its page header, sent to the audit firm",
    },
    {
        "id": "fukugyo-055",
        "sender": "柘植 慎吾 <s-tsuge@hinode-sangyo.co.jp>",
        "to": ["求人掲載窓口 <post@parallel-works.jp>"],
        "subject": "副業人材募集 求人票の掲載依頼（データ分析／業務委託）",
        "charset": "utf-8",
        "body": """株式会社パラレルワークス
求人掲載ご担当者様

お世話になっております。日の出産業の柘植です。
副業人材の募集について、添付の求人票（HTML）で掲載をお願いいたします。
掲載期間は11月10日から4週間でお願いします。
""" + SIG_TSUGE,
        "attachments": [{
            "kind": "html", "name": "求人票_データ分析_副業.html",
            "html": """<html><head><meta charset="utf-8"><title>求人票</title></head><body>
<h1>【副業・リモート】需要予測モデルの改善（データ分析）</h1>
<table border="1">
<tr><th>会社名</th><td>日の出産業株式会社（東京都中央区日本橋）</td></tr>
<tr><th>契約形態</th><td>業務委託（準委任）</td></tr>
<tr><th>稼働</th><td>週8時間程度／平日夜・土日可</td></tr>
<tr><th>報酬</th><td>時間単価 5,000円～8,000円</td></tr>
<tr><th>必須スキル</th><td>Python、SQL、時系列分析の実務経験</td></tr>
<tr><th>歓迎</th><td>製造業・物流業でのデータ分析経験</td></tr>
<tr><th>備考</th><td>本業の就業規則で副業が認められていること。競合企業にお勤めの方はご遠慮ください。</td></tr>
</table></body></html>""",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Job posting for side-job talent as an HTML attachment; company contact only",
    },
    {
        "id": "fukugyo-056",
        "sender": "羽鳥 真琴 <m.hatori@hinode-sangyo.co.jp>",
        "to": ["水無瀬 様 <minase@hanafusa-sr.jp>"],
        "subject": "雇用保険マルチジョブホルダー制度の対象者確認",
        "charset": "iso-2022-jp",
        "body": """水無瀬様

お世話になっております。羽鳥です。
65歳以上で、弊社と副業先の両方で週20時間未満の勤務となっている
嘱託社員を抽出しました。マルチジョブホルダー制度の対象となるか
ご確認をお願いいたします（タブ区切りで貼り付けています）。

氏名	生年月日	弊社週所定	副業先	副業先週所定
阿久津 修	昭和25年3月8日	15h	有限会社やまびこ酒店	8h
鶴見 ななみ	昭和33年11月20日	18h	NPO法人みらいの森	6h
諏訪部 剛	昭和34年1月5日	12h	青葉運輸株式会社	10h
我妻 竜之介	昭和32年7月17日	16h	株式会社こもれびマート	12h
甘粕 かおり	昭和35年2月2日	10h	株式会社グリーンリーフ	9h

本人からの申出が要件ですので、対象の方には労務課から案内を出す予定です。
""" + SIG_HATORI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Tab-separated list of five named employees with 和暦 dates of birth to the consultant: list of people",
    },
    {
        "id": "fukugyo-057",
        "sender": "柘植 慎吾 <s-tsuge@hinode-sangyo.co.jp>",
        "to": ["人財開発部 <jinzai@kawasaki-denki.co.jp>", "総務人事部 <soumu-jinji@aoba-unyu.co.jp>",
               "人事課 <jinji@kitaguni-foods.co.jp>", "管理部 <kanri@nishiki-insatsu.co.jp>"],
        "subject": "副業人材の相互受入れに関する情報交換会のご案内",
        "charset": "utf-8",
        "body": """協定締結企業 人事ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 人事企画課の柘植でございます。

副業人材の相互受入れ協定の締結から1年が経過したことを受け、
各社の運用状況や課題を共有する情報交換会を下記のとおり開催いたします。

　日時：2025年12月5日（金）15:00～17:00（終了後、懇親会）
　会場：日の出産業 本社 7階 大会議室
　議題：受入れ実績の共有／労働時間通算の実務／秘密保持の取り決め

ご出席者のお名前を11月21日までにご返信ください。
何卒よろしくお願い申し上げます。
""" + SIG_TSUGE,
        "html": """<html><body><p>協定締結企業 人事ご担当者様</p>
<p>平素より大変お世話になっております。日の出産業株式会社 人事企画課の柘植でございます。</p>
<p>副業人材の相互受入れ協定の締結から1年が経過したことを受け、情報交換会を開催いたします。</p>
<ul><li>日時：2025年12月5日（金）15:00～17:00</li><li>会場：日の出産業 本社 7階 大会議室</li>
<li>議題：受入れ実績の共有／労働時間通算の実務／秘密保持の取り決め</li></ul>
<p>ご出席者のお名前を11月21日までにご返信ください。</p></body></html>""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Invitation with four partner companies visible to each other in To",
    },
    {
        "id": "fukugyo-058",
        "sender": "柘植 慎吾 <s-tsuge@hinode-sangyo.co.jp>",
        "to": ["岡部 様 <okabe@astra-hrc.co.jp>"],
        "subject": "副業先の業種別一覧（事業所ベース）",
        "charset": "utf-8",
        "body": """岡部様

柘植です。ご依頼の資料です。
社員の副業先として届出のあった事業所を、業種別に整理しました。
社員の氏名は外してあります（事業所ごとの届出人数のみ）。
""" + SIG_TSUGE,
        "attachments": [{
            "kind": "xlsx", "name": "副業先事業所一覧_業種別.xlsx",
            "sheets": {
                "事業所一覧": [
                    ["副業先事業所一覧（2025年9月末）"],
                    ["業種", "事業所名", "所在地（都道府県・市区町村）", "代表電話", "届出人数"],
                    ["小売", "株式会社こもれびマート 相模原淵野辺店", "神奈川県相模原市", "042-769-5521", 3],
                    ["小売", "有限会社やまびこ酒店", "東京都八王子市", "042-626-3381", 2],
                    ["教育", "株式会社グリーンリーフ 調布教室", "東京都調布市", "042-480-7712", 1],
                    ["教育", "北陵工業大学", "宮城県仙台市", "022-305-1100", 2],
                    ["運輸", "青葉運輸株式会社 東京営業所", "東京都江東区", "03-3645-2290", 2],
                    ["広告・デザイン", "株式会社ルミナ企画", "神奈川県横浜市", "045-662-3100", 2],
                    ["広告・デザイン", "合同会社ソラマチデザイン", "東京都墨田区", "03-5610-4427", 1],
                    ["IT", "株式会社ポラリス・ラボ", "東京都渋谷区", "03-6433-1800", 1],
                    ["非営利", "NPO法人みらいの森", "長野県松本市", "0263-88-2041", 2],
                ],
                "集計": [["業種", "事業所数"], ["小売", 2], ["教育", 2], ["運輸", 1], ["広告・デザイン", 2], ["IT", 1], ["非営利", 1]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "List of business establishments with switchboards and head counts: businesses, not people",
    },
    {
        "id": "fukugyo-059",
        "sender": "羽鳥 真琴 <m.hatori@hinode-sangyo.co.jp>",
        "to": ["穂積 教室長 <hozumi@greenleaf-juku.co.jp>"],
        "subject": "個人番号のご提供について（本人依頼分）",
        "charset": "cp932",
        "body": """株式会社グリーンリーフ
穂積様

お世話になっております。日の出産業 給与・社会保険グループの羽鳥です。

貴社で勤務している弊社社員2名から、源泉徴収票作成のための
個人番号の提出を弊社経由で行ってほしいとの依頼がありましたので、
本人同意のうえ、添付のとおりお知らせいたします。

ご確認後、本メールは削除いただけますと幸いです。
""" + SIG_HATORI,
        "attachments": [{
            "kind": "pdf", "name": "個人番号のご提供_2名.pdf",
            "lines": [
                "個人番号提供書",
                "",
                "株式会社グリーンリーフ 御中　　　　　　　　　　2025年11月4日",
                "",
                f"1. 氏名：祖父江 健太郎　個人番号：{_sp4(my_number(SEED + 7))}",
                "   住所：東京都調布市深大寺北町2-16-8",
                f"2. 氏名：甘粕 かおり　　個人番号：{_sp4(my_number(SEED + 8))}",
                "   住所：東京都三鷹市井の頭4-5-21 メゾン井の頭102",
                "",
                "日の出産業株式会社 人事部 給与・社会保険グループ",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Two employees' My Numbers in a PDF to the side-job employer",
    },
    {
        "id": "fukugyo-060",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["労務課 共有 <roumu@jinji.hinode-sangyo.co.jp>"],
        "cc": ["産業保健スタッフ <sangyo@mail.hinode-sangyo.co.jp>"],
        "subject": "面談対象の副業者 連絡先一覧（社内）",
        "charset": "utf-8",
        "body": """労務課の皆さん、産業保健スタッフの皆さん

坂巻です。通算時間外が月45時間を超えた副業者の連絡先です。
面談日程の調整に使ってください（社内限り、印刷不可）。

| 氏名 | 生年月日 | 携帯 | 通算時間外 |
|---|---|---|---|
| 漆原 大輔 | 1988/03/17 | 090-2741-6630 | 64h |
| 忽那 ひより | 1998/12/01 | 080-6618-0925 | 63h |
| 勅使河原 亮 | 1986/07/14 | 070-3190-4482 | 50.5h |
| 榎戸 大和 | 1993/01/15 | 090-8802-1174 | 48h |
| 日向 澄玲 | 2000/10/03 | 080-4473-5519 | 47h |
| 不破 千尋 | 1989/06/21 | 090-4418-2093 | 46h |
| 雲母 慧 | 1992/11/11 | 070-5526-8801 | 46h |
| 舎人 和也 | 1981/03/03 | 080-1190-6654 | 45.5h |

坂巻""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": [],
        "note": "Eight-person list, but recipients are internal subdomains of hinode-sangyo.co.jp",
    },
]

MESSAGES += [
    {
        "id": "fukugyo-061",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["配車センター <haisha@aoba-unnyu.co.jp>"],
        "subject": "漆原さんの12月の乗務予定について",
        "charset": "utf-8",
        "body": """青葉運輸株式会社 配車センター ご担当者様

いつもお世話になっております。日の出産業 人事部の坂巻です。

貴社で週末に乗務している弊社社員の漆原 大輔について、
11月は通算の時間外労働が60時間を超える見込みとなりました。
誠に恐縮ですが、12月の乗務は土曜日のみ（1日8時間以内）に
調整していただけますでしょうか。

本人にも同様に伝えております。
""" + SIG_SAKAMAKI,
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "aoba-unnyu.co.jp adds a letter to the partner domain aoba-unyu.co.jp",
    },
    {
        "id": "fukugyo-062",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["水無瀬 様 <minase@hanafusa-sr.jp>"],
        "subject": "営業本部からの副業申請取りまとめ（元メール添付）",
        "charset": "iso-2022-jp",
        "body": """水無瀬様

お世話になっております。坂巻です。
営業本部で取りまとめた副業申請のメールを、そのまま添付いたします。
7名分で、全員が雇用型のため通算の対象です。
副業先への通知文の送付先をご確認いただけますでしょうか。

坂巻""",
        "attachments": [{
            "kind": "eml", "name": "営業本部_副業申請取りまとめ.eml",
            "message": {
                "sender": "蛭子 隆之 <ebisu@hinode-sangyo.co.jp>",
                "to": ["人事部 労務課 <roumu@hinode-sangyo.co.jp>"],
                "subject": "営業本部 副業申請（7名）取りまとめ",
                "charset": "iso-2022-jp",
                "body": """労務課 御中

営業本部の蛭子です。本部内の副業申請を取りまとめました。
緊急連絡用に本人の携帯番号を付けています。

1. 勅使河原 亮　営業一部　ルミナ企画（土曜）　　　携帯 070-3190-4482
2. 宍戸 蓮　　　営業一部　こもれびマート（日曜）　携帯 090-7713-2648
3. 仁科 悠　　　営業二部　北国フーズ（土曜）　　　携帯 080-2254-9013
4. 日向 澄玲　　営業二部　ルミナ企画（平日夜）　　携帯 080-4473-5519
5. 榎戸 大和　　営業三部　リンクス翻訳（土日）　　携帯 090-8802-1174
6. 不破 千尋　　営業三部　グリーンリーフ（平日夜）携帯 090-4418-2093
7. 雲母 慧　　　営業企画　やまびこ酒店（日曜）　　携帯 070-5526-8801

よろしくお願いします。
蛭子""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Attached mail (.eml) lists seven employees with mobile numbers: list of people sent outside",
    },
    {
        "id": "fukugyo-063",
        "sender": "人事部 労務課 <roumu@hinode-sangyo.co.jp>",
        "to": ["s.kusunose@icloud.com"],
        "subject": "副業・兼業届出書の様式送付",
        "charset": "utf-8",
        "body": """楠瀬 様

人事部労務課です。
お問い合わせいただいた副業・兼業届出書の様式をお送りします。
休職中のため個人アドレス宛にお送りしております。

復職後に副業を開始される予定であれば、開始日の30日前までに
ご提出ください。記入例は様式の2ページ目にあります。

日の出産業株式会社 人事部労務課
TEL 03-5218-4471（平日9:00～17:30）""",
        "attachments": [{
            "kind": "docx", "name": "副業兼業届出書_様式第1号.docx",
            "paragraphs": [
                "様式第1号　副業・兼業届出書",
                "届出日：　　年　　月　　日",
                "所属：＿＿＿＿　社員番号：＿＿＿＿　氏名：＿＿＿＿＿＿",
                "副業・兼業先の名称・所在地：",
                "業務内容：",
                "形態：□雇用　□業務委託　□自営　□役員",
                "予定する労働時間（雇用の場合）：週　　時間、所定休日：",
            ],
            "tables": [[["曜日", "月", "火", "水", "木", "金", "土", "日"], ["時間", "", "", "", "", "", "", ""]]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Blank form to one employee's private iCloud address: one free-mail recipient, no data",
    },
    {
        "id": "fukugyo-064",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["店長 <tencho@yamabiko-saketen.co.jp>"],
        "subject": "帯刀の負傷について（複数業務要因災害の確認）",
        "charset": "cp932",
        "body": """有限会社やまびこ酒店
店長 様

お世話になっております。日の出産業 人事部の坂巻です。

先週日曜日に貴店での勤務中に負傷した帯刀 恵について、
労災保険の給付基礎日額は弊社と貴店の賃金を合算して算定されるため、
貴店での賃金額の証明をお願いしたくご連絡いたしました。
状況の整理のため、弊社で作成した事故報告書を添付いたします。
""" + SIG_SAKAMAKI,
        "attachments": [{
            "kind": "docx", "name": "事故報告書_帯刀.docx",
            "page_footer": "日の出産業株式会社 人事部労務課",
            "paragraphs": [
                "事故報告書（副業先での負傷）",
                "被災者：帯刀 恵（たてわき めぐみ）　生年月日：昭和58年1月30日",
                "発生日時：2025年11月2日（日）15時40分頃",
                "発生場所：有限会社やまびこ酒店 倉庫",
                "状況：ビールケースを運搬中、段差で転倒し右手をついた。",
            ],
            "tables": [[
                ["項目", "内容"],
                ["傷病名", "右橈骨遠位端骨折"],
                ["医療機関", "八王子中央整形外科（11/2受診、ギプス固定）"],
                ["休業見込", "約4週間（本業はテレワークで一部就労）"],
                ["既往歴", "なし"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Injury diagnosis (fracture) of a named employee in a DOCX to the side-job employer: medical information",
    },
    {
        "id": "fukugyo-065",
        "sender": "羽鳥 真琴 <m.hatori@hinode-sangyo.co.jp>",
        "to": ["水無瀬 様 <minase@hanafusa-sr.jp>"],
        "subject": "RE: 二以上事業所勤務届の記載内容確認",
        "charset": "utf-8",
        "body": f"""水無瀬様

ご確認ありがとうございます。羽鳥です。
記載内容はすべて相違ございません。このまま提出をお願いいたします。

なお、今後は個人番号をメール本文に記載せず、
共有フォルダ経由でやり取りさせていただけますと幸いです。
よろしくお願いいたします。

羽鳥

-----Original Message-----
From: 水無瀬 碧 <minase@hanafusa-sr.jp>
Sent: Wednesday, November 12, 2025 11:20 AM
To: 羽鳥 真琴 <m.hatori@hinode-sangyo.co.jp>
Subject: 二以上事業所勤務届の記載内容確認

羽鳥様

届出の記載内容を確認させてください。

 被保険者氏名：漆原 大輔
 生年月日：昭和63年3月17日
 個人番号：{my_number(SEED + 15)}
 基礎年金番号：2093-417756
 選択事業所：日の出産業株式会社（二以上：青葉運輸株式会社）

相違がなければご返信ください。
水無瀬
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "My Number and pension number appear only under -----Original Message----- (recipient's own text)",
    },
    {
        "id": "fukugyo-066",
        "sender": "大和田 肇 <owada@hinode-sangyo.co.jp>",
        "to": ["岡部 様 <okabe@astra-hrc.co.jp>"],
        "subject": "経営会議資料（副業制度）の事前共有",
        "charset": "utf-8",
        "body": """アストラ人事コンサルティング
岡部様

人事部長の大和田です。いつもありがとうございます。
来週の経営会議に上程する副業制度の資料を、事前にお目通しいただきたく
お送りします。特に3枚目の投資対効果の説明について、
経営陣に響く表現になっているかご意見をいただけますと幸いです。

大和田
日の出産業株式会社 人事部長　03-5218-4400""",
        "attachments": [{
            "kind": "pptx", "name": "経営会議_副業制度見直し_v2.pptx",
            "page_footer": "極秘　経営会議資料",
            "slides": [
                ["副業・兼業制度の見直しについて", "2025年11月 経営会議", "人事部"],
                ["現状と課題", "届出者48名（前年比2.1倍）", "労務課の管理工数が増大", "通算時間外の超過者 月5～8名"],
                ["見直し案と効果", "届出制＋管理モデル採用", "システム化で工数60%削減", "採用競争力の向上（応募者アンケートで副業可を重視 62%）"],
                ["スケジュール", "12月 規程改定決議", "2026年4月 施行"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX whose slides carry a 極秘 footer, to an outside consultant",
    },
    {
        "id": "fukugyo-067",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["セミナー事務局 <seminar@jinji-kyokai.or.jp>"],
        "subject": "「副業・兼業時代の労務管理」セミナー参加申込",
        "charset": "utf-8",
        "body": """一般社団法人 日本人事協会
セミナー事務局 御中

標記セミナー（12月3日開催、会場参加）に、以下のとおり申し込みます。

　会社名：日の出産業株式会社
　参加者：人事部労務課 坂巻 由佳
　会員番号：C-20418
　請求書送付先：本社 人事部（本メールの署名欄のとおり）

よろしくお願いいたします。
""" + SIG_SAKAMAKI,
        "html": """<html><body>
<p>一般社団法人 日本人事協会<br>セミナー事務局 御中</p>
<p>標記セミナー（12月3日開催、会場参加）に、以下のとおり申し込みます。</p>
<table><tr><td>会社名</td><td>日の出産業株式会社</td></tr>
<tr><td>参加者</td><td>人事部労務課 坂巻 由佳</td></tr>
<tr><td>会員番号</td><td>C-20418</td></tr></table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 人事部 労務課　坂巻 由佳<br>TEL 03-5218-4471</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Seminar registration for the sender herself (text + HTML); only her own signature data",
    },
    {
        "id": "fukugyo-068",
        "sender": "羽鳥 真琴 <m.hatori@hinode-sangyo.co.jp>",
        "to": ["minase@hanafusa-sr.jp"],
        "subject": "二以上事業所 該当者3名の基礎年金番号",
        "charset": "utf-8",
        "body": """水無瀬様

羽鳥です。
11月から副業先でも社会保険に加入する3名について、
届出に必要な基礎年金番号をCSVでお送りします。
よろしくお願いいたします。

羽鳥""",
        "attachments": [{
            "kind": "csv", "name": "基礎年金番号_3名.csv", "encoding": "utf-8",
            "rows": [
                ["氏名", "フリガナ", "生年月日", "基礎年金番号", "副業先"],
                ["漆原 大輔", "ウルシバラ ダイスケ", "1988-03-17", "2093-417756", "青葉運輸株式会社"],
                ["忽那 ひより", "クツナ ヒヨリ", "1998-12-01", "6650-082193", "株式会社こもれびマート"],
                ["日向 澄玲", "ヒュウガ スミレ", "2000-10-03", "8014-336520", "株式会社ルミナ企画"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Basic pension numbers of three employees in a CSV: identifiers stop even under five records",
    },
    {
        "id": "fukugyo-069",
        "sender": "秋吉 玲奈 <akiyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["門脇 様 <kadowaki@minato-seiko.co.jp>"],
        "subject": "兼業承認書の写しの送付",
        "charset": "iso-2022-jp",
        "body": """門脇様

お世話になっております。秋吉です。
貴社よりご依頼のあった、弊社取締役会による兼業承認書の写しを
お送りいたします。原本は弊社で保管しております。

よろしくお願いいたします。
""" + SIG_AKIYOSHI,
        "attachments": [{"kind": "corrupt", "name": "兼業承認書_写し.docx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The DOCX attachment is corrupt and cannot be inspected",
    },
    {
        "id": "fukugyo-070",
        "sender": "早乙女 澪 <saotome@hinode-sangyo.co.jp>",
        "to": ["森永 杏 先生 <morinaga@shirakawa-law.jp>"],
        "subject": "Re: ポラリス・ラボとの取引関係の確認結果",
        "charset": "utf-8",
        "body": """森永先生

お世話になっております。早乙女です。
ご指摘いただいた点、社内で確認しました。

情報システム部の鰐淵 翔（業務委託でポラリス・ラボの開発案件を受託）について、
過去3年間、弊社とポラリス・ラボとの間に直接の取引はなく、
同社の主要顧客に弊社の競合先も含まれていないことを購買部で確認しました。
本人が弊社の発注権限を持たないことも確認済みです。

以上から、利益相反のおそれはないと判断し、許可を継続する予定です。
何かお気づきの点があればご指摘ください。
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "One employee's conflict-of-interest check result to the law firm: a single person, no sensitive data",
    },
    {
        "id": "fukugyo-071",
        "sender": "柘植 慎吾 <s-tsuge@hinode-sangyo.co.jp>",
        "to": ["法人サポート <corp-support@parallel-works.jp>"],
        "subject": "社員の副業登録（法人プラン）8名分",
        "charset": "utf-8",
        "body": """パラレルワークス 法人サポート御中

日の出産業の柘植です。
法人プランで社員の副業先マッチングを利用する8名分の登録情報です。
いただいたフォーマット（カンマ区切り）で貼り付けます。

氏名,個人メール,携帯電話,希望職種
宍戸 蓮,ren.shishido@gmail.com,090-7713-2648,映像編集
小鳥遊 美咲,misaki.t.0229@yahoo.co.jp,080-5541-2390,EC運営
鰐淵 翔,sho.wanibuchi@outlook.jp,070-2981-6637,Webエンジニア
栗栖 明日香,asuka.kurisu@icloud.com,090-1166-3854,イラスト
京極 雅人,kyogoku.m@gmail.com,080-7320-4418,NPO運営支援
雲母 慧,kei.kirara@gmail.com,070-5526-8801,データ分析
舎人 和也,toneri.k@ezweb.ne.jp,080-1190-6654,翻訳
日向 澄玲,sumire.hyuga@yahoo.co.jp,080-4473-5519,SNS運用

本人同意は各自から取得済みです。
""" + SIG_TSUGE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Comma-separated list of eight employees' private e-mail and mobile to a matching service: list of people",
    },
    {
        "id": "fukugyo-072",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["セミナー事務局 <seminar@jinji-kyokai.or.jp>"],
        "subject": "労務担当者研修（1/22）参加者のご連絡",
        "charset": "iso-2022-jp",
        "body": """日本人事協会 セミナー事務局 御中

お世話になっております。日の出産業の坂巻です。
1月22日の「副業・兼業者の労働時間管理 実務研修」に、
弊社から以下の5名が参加いたします。当日の連絡先も併記します。

・坂巻 由佳（人事部）　sakamaki.yuka@hinode-sangyo.co.jp　03-5218-4471
・羽鳥 真琴（人事部）　m.hatori@hinode-sangyo.co.jp　03-5218-4476
・葛城 千景（人事部）　katsuragi.c@hinode-sangyo.co.jp　03-5218-4473
・早乙女 澪（法務部）　saotome@hinode-sangyo.co.jp　03-5218-4520
・江副 拓海（情報システム部）　ezoe@hinode-sangyo.co.jp　03-5218-4530

受講料は会員価格での請求をお願いいたします。
""" + SIG_SAKAMAKI,
        "expect": "either",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Five colleagues' business e-mails and direct lines to a seminar organiser: five records, but only business contacts",
    },
    {
        "id": "fukugyo-073",
        "sender": "柘植 慎吾 <s-tsuge@hinode-sangyo.co.jp>",
        "to": ["人事部 研修担当 <jinji-kensyu@midori-ginko.co.jp>"],
        "subject": "人事担当者勉強会（副業・兼業）会場のご相談",
        "charset": "utf-8",
        "body": """みどり銀行 人事部 研修ご担当者様

お世話になっております。日の出産業の柘植です。
来年2月の「取引先人事担当者勉強会」のテーマを副業・兼業としていただける件、
ありがとうございます。弊社からは事例紹介として30分ほどお話しさせていただきます。

会場は貴行本店の研修室と伺っておりますが、プロジェクターの有無と
参加予定人数をお知らせいただけますでしょうか。
""" + SIG_TSUGE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Ordinary mail to the real partner domain midori-ginko.co.jp; no personal data",
    },
    {
        "id": "fukugyo-074",
        "sender": "Mio Saotome <saotome@hinode-sangyo.co.jp>",
        "to": ["Daniel Koh <daniel.koh@tanjongbay.com.sg>"],
        "subject": "Conflict of interest declaration form (template) for JV staff",
        "charset": "utf-8",
        "body": """Dear Daniel,

As agreed at the JV governance meeting, I attach our template for the annual
conflict of interest declaration. It covers outside employment, outside
directorships, shareholdings in suppliers and family relationships with
business partners.

Please feel free to adapt it to Singapore practice. We would like all JV staff
seconded from Hinode to use the same form from April.

Kind regards,
Mio Saotome
Compliance Office, Legal Dept., Hinode Sangyo Co., Ltd.
""" + DISCLAIMER_EN,
        "attachments": [{
            "kind": "docx", "name": "COI_declaration_template_EN.docx",
            "paragraphs": [
                "Annual Conflict of Interest Declaration",
                "Name: ____________________  Employee No.: __________  Department: __________",
                "1. Do you hold any outside employment or side job?  Yes / No",
                "2. Do you serve as a director, auditor or officer of any other organisation?  Yes / No",
                "3. Do you or your close family hold shares in a supplier, customer or competitor?  Yes / No",
                "4. If yes to any question, give details below.",
                "I declare that the above information is true and complete.",
                "Signature: ____________________  Date: __________",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Blank English COI declaration template with a standard disclaimer: no data, no marking",
    },
    {
        "id": "fukugyo-075",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["淵野辺店 店長 <fuchinobe@komorebi-mart.co.jp>"],
        "subject": "忽那の勤務シフトについてのお願い",
        "charset": "utf-8",
        "body": """株式会社こもれびマート 淵野辺店
店長 様

いつもお世話になっております。日の出産業 人事部の坂巻です。

貴店で勤務している弊社社員の忽那 ひよりについて、本人から相談があり、
ご連絡いたしました。本人は先月、貴店からの帰宅途中に元交際相手から
つきまとい行為を受けており、相模原北警察署にストーカー被害の相談をし、
警告が出されたとのことです。

つきましては、当面の間、夜間（20時以降）のシフトを外していただくこと、
また本人の勤務日・勤務時間を店外の方に伝えないことにご配慮いただけますと幸いです。
本人の同意を得てご連絡しております。
""" + SIG_SAKAMAKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named employee as a stalking (crime) victim told to the side-job employer: 要配慮個人情報",
    },
    {
        "id": "fukugyo-076",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["水無瀬 様 <minase@hanafusa-sr.jp>"],
        "subject": "11月の新規届出（4名）",
        "charset": "cp932",
        "body": """水無瀬様

お世話になっております。坂巻です。
11月の新規届出は以下の4名です。いずれも雇用型です。

・榎戸 大和（営業三部）　株式会社リンクス翻訳　週6時間（土曜）
・日向 澄玲（営業二部）　株式会社ルミナ企画　　週8時間（平日夜）
・雲母 慧（営業企画）　　有限会社やまびこ酒店　週5時間（日曜）
・舎人 和也（総務部）　　株式会社スタジオ灯　　週4時間（土曜）

このうち日向さんは平日夜の勤務のため、弊社の時間外と重なる可能性があり、
管理モデルの適用を検討したいと考えております。
""" + SIG_SAKAMAKI,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "Four employees' side-job details in bullets: under the five-record threshold, may warn",
    },
    {
        "id": "fukugyo-077",
        "sender": "羽鳥 真琴 <m.hatori@hinode-sangyo.co.jp>",
        "to": ["shoji.takuma1103@gmail.com"],
        "subject": "ご依頼の個人番号の件",
        "charset": "iso-2022-jp",
        "body": f"""東海林 拓真 さん

給与・社会保険グループの羽鳥です。
北陵工業大学への提出用に、ご自身の個人番号を確認したいとのことでしたので、
弊社で保管している番号をお知らせします。

　個人番号：{_zen(_sp4(my_number(SEED + 9)))}

通知カードを紛失されたとのことですので、早めに区役所で
マイナンバーカードの交付申請をされることをおすすめします。

羽鳥
日の出産業株式会社 人事部 給与・社会保険グループ""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "An employee's My Number (full-width digits) sent to his Gmail: any My Number going outside",
    },
    {
        "id": "fukugyo-078",
        "sender": "早乙女 澪 <saotome@hinode-sangyo.co.jp>",
        "to": ["柘植 慎吾 <s-tsuge@hinode-sangyo.co.jp>", "大和田 肇 <owada@hinode-sangyo.co.jp>"],
        "subject": "副業規程 改定案 v4（法務コメント反映済）",
        "charset": "utf-8",
        "body": """柘植課長、大和田部長

法務の早乙女です。
白川先生のコメントを反映した v4 を共有します。
第12条（競業避止）は「会社の主要取引先と取引関係にある同業者」に限定する形としました。
取締役会資料への転記をお願いします。

早乙女""",
        "attachments": [{
            "kind": "docx", "name": "副業兼業規程_改定案_v4.docx",
            "page_header": "社外秘",
            "paragraphs": [
                "副業・兼業規程（改定案 v4）",
                "第12条（競業避止）従業員は、会社の主要取引先と取引関係にある同業者に対し、労務を提供してはならない。ただし、会社が認めた場合はこの限りでない。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘-stamped draft, but all recipients are internal",
    },
    {
        "id": "fukugyo-079",
        "sender": "柘植 慎吾 <s-tsuge@hinode-sangyo.co.jp>",
        "to": ["早瀬 様 <hayase@office-hayase.jp>", "kanon.mizuhara@gmail.com", "t.ichinose@outlook.jp"],
        "subject": "業務委託（副業人材）オンボーディングのご案内",
        "charset": "utf-8",
        "body": """早瀬様、水原様、一ノ瀬様

日の出産業の柘植です。
このたびは副業人材として業務委託契約をご締結いただき、ありがとうございます。
12月1日からの稼働に向けて、オンボーディングのご案内をお送りします。

1. 11/25（火）20:00～ オンライン説明会（Teams）
2. 秘密保持契約書・業務委託契約書への電子署名（別途クラウドサインでお送りします）
3. 貸与PCの受取り（郵送、受取日時をご指定ください）
4. 月次の稼働報告（毎月末、所定のフォームで）

ご不明点は本メールへの返信でお問い合わせください。
""" + SIG_TSUGE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "Three external parties (one firm, two private persons on free mail) visible in To: should be Bcc",
    },
    {
        "id": "fukugyo-080",
        "sender": "羽鳥 真琴 <m.hatori@hinode-sangyo.co.jp>",
        "to": ["人事課 <jinji@kitaguni-foods.co.jp>"],
        "subject": "担当者変更のご挨拶（副業者の労働時間報告窓口）",
        "charset": "cp932",
        "body": """北国フーズ株式会社
人事課 ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部の羽鳥でございます。

12月1日付で、副業者の労働時間報告の窓口を労務課の坂巻から
給与・社会保険グループの私、羽鳥に変更させていただくことになりました。
今後のご報告・お問い合わせは下記までお願いいたします。

　日の出産業株式会社 人事部 給与・社会保険グループ
　羽鳥 真琴（はとり まこと）
　TEL 03-5218-4476　FAX 03-5218-4499
　Mail m.hatori@hinode-sangyo.co.jp

今後ともどうぞよろしくお願い申し上げます。
""" + SIG_HATORI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Change-of-contact notice with the sender's own business contact details only",
    },
]

MESSAGES += [
    {
        "id": "fukugyo-081",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["水無瀬 様 <minase@hanafusa-sr.jp>"],
        "subject": "社内説明会資料（副業・兼業）のご確認のお願い",
        "charset": "iso-2022-jp",
        "body": """水無瀬様

いつもお世話になっております。坂巻です。
11月20日の社内説明会で使用する資料（PDF）を作成しました。
労働時間通算の説明部分（4～5ページ）に誤りがないか、
お手すきの際にご確認いただけますと幸いです。
""" + SIG_SAKAMAKI,
        "attachments": [{
            "kind": "pdf", "name": "副業兼業_社内説明会資料.pdf",
            "title": "副業・兼業制度 説明会",
            "page_footer": "日の出産業株式会社 人事部",
            "lines": [
                "副業・兼業制度 説明会（2025年11月）",
                "1. 改定のポイント：許可制から届出制へ",
                "2. 届出の方法：開始30日前までにワークフローで申請",
                "3. 禁止される副業：競業、秘密漏洩のおそれ、信用失墜",
                "4. 労働時間の通算：雇用型の副業は本業と通算されます",
                "   ・所定労働時間は先に契約した方から通算",
                "   ・所定外労働時間は実際に行われた順に通算",
                "5. 管理モデル：本業・副業それぞれの上限時間を事前に設定",
                "6. 健康管理：通算時間外が月45時間超で産業医面談",
                "7. 問い合わせ先：人事部労務課（内線2231）",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Training slides as PDF for the consultant's review: no personal data, no marking",
    },
    {
        "id": "fukugyo-082",
        "sender": "江副 拓海 <ezoe@hinode-sangyo.co.jp>",
        "to": ["吉良 様 <kira@tsubasa-system.jp>"],
        "subject": "本番移行データ（副業届出者）の送付",
        "charset": "utf-8",
        "body": """ツバサシステム 吉良様

江副です。本番移行用の副業届出者データ（48名分、CSV）を
暗号化ZIPでお送りします。パスワードは別送いたします。
取込後、件数の確認をお願いいたします。

--
日の出産業株式会社 情報システム部 江副 拓海""",
        "attachments": [{
            "kind": "zip", "name": "migration_fukugyo_20251101.zip", "password": "Tsb#2025-1101",
            "files": [{
                "kind": "csv", "name": "fukugyo_todokede.csv", "encoding": "utf-8",
                "rows": [
                    ["emp_no", "name", "birth", "employer", "type", "hours_week"],
                    ["H10234", "勅使河原 亮", "1986-07-14", "ルミナ企画", "雇用", 8],
                    ["H09015", "東海林 拓真", "1979-11-03", "北陵工業大学", "雇用", 3],
                    ["H08761", "祖父江 健太郎", "1976-08-09", "グリーンリーフ", "雇用", 6],
                    ["H13305", "忽那 ひより", "1998-12-01", "こもれびマート", "雇用", 12],
                    ["H10998", "漆原 大輔", "1988-03-17", "青葉運輸", "雇用", 10],
                    ["H09833", "帯刀 恵", "1983-01-30", "やまびこ酒店", "雇用", 6],
                ],
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Encrypted ZIP with the employee data: cannot be inspected",
    },
    {
        "id": "fukugyo-083",
        "sender": "柘植 慎吾 <s-tsuge@hinode-sangyo.co.jp>",
        "to": ["調査研究部 <research@jinji-kyokai.or.jp>"],
        "subject": "会員企業調査「副業制度の運用状況」ご回答",
        "charset": "cp932",
        "body": """日本人事協会 調査研究部 御中

お世話になっております。日の出産業の柘植です。
標記調査のご回答を、集計表（PDF）にてお送りいたします。
社名を公表しない形での掲載であれば、事例紹介にご活用いただいて構いません。
""" + SIG_TSUGE,
        "attachments": [{
            "kind": "pdf", "name": "副業制度運用状況_回答_日の出産業.pdf",
            "lines": ["副業制度の運用状況（2025年9月末）", "従業員数 1,012名　届出者 48名（4.7%）"],
            "table": [
                ["区分", "2023年度", "2024年度", "2025年度上期"],
                ["届出件数", "11", "23", "48"],
                ["うち雇用型", "6", "12", "22"],
                ["うち役員兼任", "1", "2", "3"],
                ["不許可件数", "2", "1", "0"],
                ["通算時間外45h超（延べ）", "-", "9", "17"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Aggregate figures in a PDF table: statistics, no person",
    },
    {
        "id": "fukugyo-084",
        "sender": "Yuka Sakamaki <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@tanjongbay.com.sg>"],
        "subject": "Seconded employee - side job during sick leave",
        "charset": "utf-8",
        "body": """Dear Priya,

I am writing about Mr. Ren Shishido, who is seconded from Hinode to the JV office.

As you know, he has been on sick leave since 15 September. His doctor diagnosed
major depressive disorder and he is taking medication. We have now learned that
during this leave he has continued video editing work for Studio Akari, a side job
that we had approved before his leave.

Under our rules a side job is not permitted during sick leave, but we would like to
handle this carefully given his condition. Could we discuss on Thursday how the JV
would like to proceed, in particular regarding his return-to-work plan?
""" + SIG_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail naming an employee and his depression diagnosis to a foreign partner: 要配慮個人情報",
    },
    {
        "id": "fukugyo-085",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["総務課 謝金担当 <shakin@hokuryo-tech.ac.jp>"],
        "subject": "追加講師3名の謝金振込先について",
        "charset": "cp932",
        "body": """北陵工業大学 総務課
謝金ご担当者様

お世話になっております。日の出産業の坂巻です。
公開講座の追加講師3名の振込先をお知らせいたします。

■神宮寺 崇
　住所：岡山県岡山市北区奉還町3丁目14番2号
　振込先：みどり銀行 岡山支店 普通 5521047

■長宗我部 順子
　住所：東京都文京区千石4-38-6
　振込先：みどり銀行 本店営業部 普通 0874416

■御手洗 正嗣
　住所：東京都世田谷区奥沢7-21-5
　振込先：ゆうちょ銀行 〇〇八店 普通 6102355

お手数ですがよろしくお願いいたします。
""" + SIG_SAKAMAKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "Three people's addresses and bank accounts: one to four records, may be warned but not held",
    },
    {
        "id": "fukugyo-086",
        "sender": "早乙女 澪 <saotome@hinode-sangyo.co.jp>",
        "to": ["管理部長 <kanri@nishiki-insatsu-co.jp>"],
        "subject": "弊社購買担当者との取引関係についてのご確認",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社
管理部長様

平素より大変お世話になっております。
日の出産業株式会社 法務部の早乙女でございます。

弊社では毎年、取引先の皆さまに、弊社役職員との間で
取引以外の金銭的関係（顧問契約、副業としての業務委託等）がないことの
ご確認をお願いしております。
お手数ですが、同封の確認書にご記入のうえ、12月12日までに
ご返送いただけますようお願い申し上げます。

ご不明点は下記までお問い合わせください。
""" + SIG_SAOTOME,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-insatsu-co.jp replaces a dot with a hyphen in the partner domain nishiki-insatsu.co.jp",
    },
    {
        "id": "fukugyo-087",
        "sender": "羽鳥 真琴 <m.hatori@hinode-sangyo.co.jp>",
        "to": ["人事課 <jinji@kitaguni-foods.co.jp>"],
        "subject": "Re: 10月分勤務実績のご報告（仁科様）",
        "charset": "utf-8",
        "body": """北国フーズ株式会社 人事課 ご担当者様

ご報告ありがとうございます。羽鳥です。
仁科の10月分、貴社での勤務が0時間であることを確認しました
（産休中のため弊社でも勤務実績はありません）。
11月以降も復職まではご報告不要です。復職日が近づきましたら改めてご連絡します。

羽鳥

> 日の出産業株式会社 羽鳥様
> いつもお世話になっております。北国フーズ人事課の真柴です。
> 10月分の仁科 悠様の勤務実績をご報告いたします。
>   勤務日数 0日　実労働時間 0時間
> よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "Reply to the real partner domain about one employee's hours: single person",
    },
    {
        "id": "fukugyo-088",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["水無瀬 様 <minase@hanafusa-sr.jp>"],
        "subject": "副業先への労働時間通知書（5名分）のドラフト",
        "charset": "utf-8",
        "body": """水無瀬様

坂巻です。管理モデルへの切替に向けて、副業先に送る通知書のドラフトを
作成しました。対象者一覧（CSV）と通知書（Word）をZIPにまとめています。
内容をご確認いただけますでしょうか。
""" + SIG_SAKAMAKI,
        "attachments": [{
            "kind": "zip", "name": "管理モデル通知書ドラフト.zip",
            "files": [
                {"kind": "csv", "name": "対象者一覧.csv", "encoding": "cp932", "rows": [
                    ["氏名", "生年月日", "副業先", "本業の上限(h/月)", "副業の上限(h/月)"],
                    ["勅使河原 亮", "S61.7.14", "株式会社ルミナ企画", 30, 40],
                    ["漆原 大輔", "S63.3.17", "青葉運輸株式会社", 20, 40],
                    ["忽那 ひより", "H10.12.1", "株式会社こもれびマート", 15, 50],
                    ["日向 澄玲", "H12.10.3", "株式会社ルミナ企画", 20, 35],
                    ["瓜生 乃愛", "H9.8.28", "株式会社こもれびマート", 20, 40],
                ]},
                {"kind": "docx", "name": "通知書_ひな形.docx", "paragraphs": [
                    "副業・兼業に関する労働時間の上限について（通知）",
                    "貴社において勤務する弊社従業員について、労働時間の上限を下記のとおりとしていただきたく通知いたします。",
                ]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Plain ZIP holding a CSV of five employees with 和暦 DOB: list of people inside an archive",
    },
    {
        "id": "fukugyo-089",
        "sender": "Yuka Sakamaki <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["Daniel Koh <daniel.koh@tanjongbay.com.sg>"],
        "subject": "Outside directorships - group summary FY2025",
        "charset": "utf-8",
        "body": """Dear Daniel,

Attached is the summary of outside directorships held by Hinode group staff
for the FY2025 governance report. Figures only, by grade and type of position.

""" + SIG_EN,
        "attachments": [{
            "kind": "xlsx", "name": "Outside_directorships_FY2025.xlsx",
            "page_header": "CONFIDENTIAL - Hinode Sangyo Internal Use Only",
            "title": "Outside directorships FY2025",
            "sheets": {
                "Summary": [
                    ["Outside directorships held by Hinode staff (as of 30 Sep 2025)"],
                    ["Grade", "Outside Director", "Outside Auditor", "Full-time Auditor", "Board of NPO/Association", "Total"],
                    ["Executive officers", 3, 0, 0, 1, 4],
                    ["General managers", 1, 1, 1, 1, 4],
                    ["Managers and below", 0, 0, 0, 2, 2],
                    ["Total", 4, 1, 1, 4, 10],
                ],
                "Notes": [["Planned appointments subject to shareholders' approval are included."]],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX stamped CONFIDENTIAL / Internal Use Only in its header, to a foreign partner",
    },
    {
        "id": "fukugyo-090",
        "sender": "早乙女 澪 <saotome@hinode-sangyo.co.jp>",
        "to": ["白川 誠一 先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "他社の兼業承認基準に関する情報提供のお願い",
        "charset": "utf-8",
        "body": """白川先生

いつもお世話になっております。早乙女です。

取締役会から、役員兼任の承認基準（兼任社数の上限、報酬の取扱い等）について
他社の一般的な水準を示すよう求められております。
先生がご存じの範囲で、上場企業の開示例や議決権行使助言会社の基準など、
参考になる情報をご教示いただけますでしょうか。
守秘義務の範囲で差し支えない内容で結構です。

よろしくお願いいたします。
""" + SIG_SAOTOME + "\n" + DISCLAIMER_JA + "\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Ordinary legal question with the standard JA/EN disclaimer: a mention of 機密, not a marking",
    },
    {
        "id": "fukugyo-091",
        "sender": "羽鳥 真琴 <m.hatori@hinode-sangyo.co.jp>",
        "to": ["水無瀬 様 <minase@hanafusa-sr.jp>"],
        "subject": "年末調整（副業者・乙欄該当）の確認資料",
        "charset": "cp932",
        "body": """水無瀬様

お世話になっております。羽鳥です。
副業先で扶養控除等申告書を提出しており、弊社で乙欄となる5名の資料です。
個人番号は支払調書の作成のため記載しております。
ご確認後、共有フォルダへの移動をお願いいたします。
""" + SIG_HATORI,
        "attachments": [{
            "kind": "xlsx", "name": "乙欄該当者_2025.xlsx",
            "sheets": {
                "乙欄該当者": [
                    ["年末調整対象外（乙欄）該当者　2025年分"],
                    ["社員番号", "氏名", "生年月日", "住所", "個人番号", "甲欄提出先"],
                    ["H11420", "仁科 悠", "1990/06/06", "東京都江東区豊洲5-4-9-1402", my_number(SEED + 10), "北国フーズ株式会社"],
                    ["H10998", "漆原 大輔", "1988/03/17", "東京都江戸川区西葛西6-12-3", my_number(SEED + 11), "青葉運輸株式会社"],
                    ["H13305", "忽那 ひより", "1998/12/01", "神奈川県相模原市中央区淵野辺3-2-15", my_number(SEED + 12), "株式会社こもれびマート"],
                    ["H08761", "祖父江 健太郎", "1976/08/09", "東京都調布市深大寺北町2-16-8", my_number(SEED + 13), "株式会社グリーンリーフ"],
                    ["H09833", "帯刀 恵", "1983/01/30", "東京都八王子市元横山町1-7-4", my_number(SEED + 14), "有限会社やまびこ酒店"],
                ],
                "備考": [["乙欄該当者は本人へ確定申告の案内済み"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX of five employees with My Numbers and home addresses to the consultant: identifiers and a list",
    },
    {
        "id": "fukugyo-092",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["古閑 様 <koga@lumina-kikaku.co.jp>"],
        "subject": "勅使河原の1月以降の勤務日数について",
        "charset": "iso-2022-jp",
        "body": """古閑様

お世話になっております。日の出産業の坂巻です。

勅使河原から、1月以降しばらく定期的な通院が必要になったため、
貴社での土曜勤務を月2回程度に減らしたいとの相談を受けております。
本人から直接ご相談があるかと存じますが、弊社としても本人の希望を
尊重したいと考えておりますので、ご配慮いただけますと幸いです。

労働時間の報告は従来どおりお願いいたします。
""" + SIG_SAKAMAKI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Tells the other employer a named employee needs regular hospital visits, with no diagnosis: borderline health information",
    },
    {
        "id": "fukugyo-093",
        "sender": "柘植 慎吾 <s-tsuge@hinode-sangyo.co.jp>",
        "to": ["一ノ瀬 様 <t.ichinose@outlook.jp>"],
        "subject": "秘密保持契約書のご確認（副業人材としてのご契約）",
        "charset": "utf-8",
        "body": """一ノ瀬様

日の出産業の柘植です。
先日は面談のお時間をいただき、ありがとうございました。
業務委託契約の締結に先立ち、秘密保持契約書をお送りします。
ご本業の勤務先の就業規則（秘密保持・競業避止）と抵触する点がないか、
ご確認いただけますでしょうか。問題なければ電子署名のご案内をお送りします。
""" + SIG_TSUGE,
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書_業務委託.docx",
            "paragraphs": [
                "秘密保持契約書",
                "日の出産業株式会社（以下「甲」）と受託者（以下「乙」）は、甲が乙に委託する業務に関し、以下のとおり秘密保持契約を締結する。",
                "第1条　乙は、業務遂行上知り得た甲の秘密情報を第三者に開示してはならない。",
                "第2条　乙は、乙の本業の勤務先の秘密情報を甲の業務に使用してはならない。",
                "第3条　本契約は業務委託契約の終了後も2年間効力を有する。",
                "甲：日の出産業株式会社　　乙：住所＿＿＿＿＿＿　氏名＿＿＿＿＿＿",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "NDA draft to a single free-mail contractor: mail about an NDA, no personal data",
    },
    {
        "id": "fukugyo-094",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["古閑 様 <koga@lumina-kikaku.co.jp>"],
        "cc": ["水無瀬 様 <minase@hanafusa-sr.jp>", "穂積 様 <hozumi@greenleaf-juku.co.jp>"],
        "subject": "Re: 三者打合せ（労働時間通算の運用）議事メモ",
        "charset": "cp932",
        "body": """古閑様
（cc：水無瀬様、穂積様）

本日はありがとうございました。坂巻です。
打合せの議事メモをお送りします。
同じ運用をグリーンリーフ様にもお願いしたく、穂積様にもccにてお送りしております。

1．通算の順序：所定労働時間は契約の先後、所定外は発生順とする
2．報告：副業先は毎月5日までに前月の日別実績を本人経由で提出
3．管理モデル：来年4月から希望者に適用（上限は個別に通知）
4．割増賃金：管理モデル適用者は各社が自社の上限内で支払う

修正点があればご指摘ください。
""" + SIG_SAKAMAKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Three external organisations (two employers and the consultant) visible in To/Cc",
    },
    {
        "id": "fukugyo-095",
        "sender": "早乙女 澪 <saotome@hinode-sangyo.co.jp>",
        "to": ["森永 杏 先生 <morinaga@shirakawa-law.jp>"],
        "cc": ["桐生 様 <kiryu@kasumi-audit.jp>"],
        "subject": "利益相反管理体制に関する打合せの件",
        "charset": "iso-2022-jp",
        "body": """森永先生
（cc：かすみ監査法人 桐生様）

お世話になっております。日の出産業 法務部の早乙女です。

役員兼任・副業に関する利益相反の管理体制について、
内部統制評価の観点からも確認いただくため、監査法人の桐生様にも
ご同席いただく形で打合せを設定させてください。

　候補：12月8日（月）15時～、12月10日（水）10時～
　場所：弊社本社 または オンライン

ご都合をお知らせいただけますと幸いです。
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Two external organisations (law firm, auditor) in To/Cc: a normal three-way meeting",
    },
    {
        "id": "fukugyo-096",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["小此木 先生 <okonogi@okonogi-clinic.jp>"],
        "subject": "FW: 雇入時健康診断の結果について（仁科様）",
        "charset": "utf-8",
        "body": """小此木先生

いつもお世話になっております。坂巻です。
副業先の北国フーズ様から、下記のとおり連絡がありました。
弊社での就業上の配慮の要否について、ご意見をいただけますでしょうか。

---------- Forwarded message ---------
From: 北国フーズ株式会社 人事課 真柴 <jinji@kitaguni-foods.co.jp>
Date: 2025年11月6日(木) 14:02
Subject: 雇入時健康診断の結果について（仁科様）
To: 坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>

日の出産業 坂巻様

復職後に弊社で勤務予定の仁科 悠様（1990年6月6日生）の雇入時健康診断で、
心電図に異常所見（心房細動の疑い）があり、要精密検査の判定となりました。
ご本人の了承を得て、貴社にも共有いたします。
弊社では精密検査の結果が出るまで、立ち仕事の時間を短くする予定です。

北国フーズ株式会社 人事課 真柴
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A forward is new text to the physician: a named employee's ECG finding (health data)",
    },
    {
        "id": "fukugyo-097",
        "sender": "柘植 慎吾 <s-tsuge@hinode-sangyo.co.jp>",
        "to": ["教育研修課 <kyoiku@aoba-unyu.co.jp>"],
        "subject": "【ご案内】副業人材 受入れ事例紹介セミナー（1/28）",
        "charset": "utf-8",
        "body": """青葉運輸株式会社
教育研修課 ご担当者様

いつもお世話になっております。日の出産業の柘植です。

相互受入れ協定の一環として、副業人材の受入れ事例を紹介する
セミナーを開催いたします。案内チラシ（ロゴ画像）を添付いたします。

　日時：2026年1月28日（水）14:00～15:30
　会場：日の出産業 本社7階 ／ オンライン併用
　定員：会場30名

社内でご周知いただけますと幸いです。
""" + SIG_TSUGE,
        "attachments": [{"kind": "png", "name": "seminar_logo.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Seminar notice with an image to one partner: ordinary business mail",
    },
    {
        "id": "fukugyo-098",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "転送：運転免許証の情報（漆原）",
        "charset": "cp932",
        "body": """青葉運輸株式会社 配車センター ご担当者様

お世話になっております。日の出産業の坂巻です。
乗務員登録に必要とのことで、本人から預かった情報を転送いたします。

---- 転送 ----
From: 漆原 大輔
To: 坂巻 由佳
Subject: 免許証の件

坂巻さん

青葉運輸さんに出す免許証の情報です。よろしくお願いします。

　氏名：漆原 大輔
　生年月日：昭和63年3月17日
　免許証番号：第３０５４１８８２０６１７号
　種類：中型・普通
　有効期限：令和10年4月17日

漆原
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "Forwarded driver's licence number (full-width digits) of an employee to the side-job employer",
    },
    {
        "id": "fukugyo-099",
        "sender": "坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>",
        "to": ["水無瀬 様 <minase@hanafusa-sr.jp>"],
        "subject": "RE: 面談対象者の件",
        "charset": "iso-2022-jp",
        "body": """水無瀬様

承知いたしました。
ご指摘の方々には、来週中に産業医面談の案内を出します。
結果は人数ベースでご報告いたします。

坂巻

差出人: 水無瀬 碧 <minase@hanafusa-sr.jp>
送信日時: 2025年11月10日 9:47
宛先: 坂巻 由佳 <sakamaki.yuka@hinode-sangyo.co.jp>
件名: 面談対象者の件

坂巻様

9月分の集計表を拝見しました。通算時間外が45時間を超えている
以下の方は、面談の実施をおすすめします。

　漆原 大輔様　　 64.0h　 携帯 090-2741-6630
　忽那 ひより様　 63.0h　 携帯 080-6618-0925
　勅使河原 亮様　 50.5h　 携帯 070-3190-4482
　榎戸 大和様　　 48.0h　 携帯 090-8802-1174
　日向 澄玲様　　 47.0h　 携帯 080-4473-5519

水無瀬
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The five-person list is only in the Outlook-style quoted original (差出人/送信日時) from the recipient",
    },
    {
        "id": "fukugyo-100",
        "sender": "柘植 慎吾 <s-tsuge@hinode-sangyo.co.jp>",
        "to": ["岡部 様 <okabe@astra-hrc.co.jp>"],
        "subject": "旧システムからの副業届 出力データ",
        "charset": "cp932",
        "body": """岡部様

柘植です。
旧申請システムから出力した副業届のデータ（テキスト形式）をお送りします。
新様式への項目マッピングのご検討にお使いください。
文字コードはShift_JISです。
""" + SIG_TSUGE,
        "attachments": [{
            "kind": "txt", "name": "fukugyo_export_old.txt", "encoding": "cp932",
            "text": """副業届出データ出力　2025/10/31 18:02
社員番号|氏名|住所|電話|副業先
H10234|勅使河原 亮|神奈川県横浜市港北区日吉本町2-41-8|070-3190-4482|ルミナ企画
H09015|東海林 拓真|東京都調布市布田4-22-7|090-6620-1347|北陵工業大学
H08761|祖父江 健太郎|東京都調布市深大寺北町2-16-8|080-3356-2290|グリーンリーフ
H13305|忽那 ひより|神奈川県相模原市中央区淵野辺3-2-15|080-6618-0925|こもれびマート
H10998|漆原 大輔|東京都江戸川区西葛西6-12-3|090-2741-6630|青葉運輸
H09833|帯刀 恵|東京都八王子市元横山町1-7-4|070-8871-0532|やまびこ酒店
H11420|仁科 悠|東京都江東区豊洲5-4-9-1402|080-2254-9013|北国フーズ
H12987|鰐淵 翔|神奈川県川崎市中原区新丸子町741-5|070-2981-6637|ポラリス・ラボ
H13561|宍戸 蓮|東京都品川区戸越3-9-16|090-7713-2648|スタジオ灯
H11872|小鳥遊 美咲|埼玉県所沢市くすのき台1-11-2|080-5541-2390|個人事業
---- 10件 ----
""",
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Shift_JIS text export of ten employees with home addresses and phones: list of people",
    },
]
