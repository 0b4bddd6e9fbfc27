"""生活福祉資金・緊急小口資金の貸付相談と手続き (seikatsushikin): 日の出産業の人事部厚生課・総務部・経理部（給与）・社会貢献推進室・公共ソリューション部が、従業員や元従業員の生活福祉資金（緊急小口資金・総合支援資金・福祉費・教育支援資金）の相談と申込み、在職・収入の証明、世帯員や連帯保証人の記録、償還（返済）・猶予・免除、口座振替、そして民生委員・市役所・市町村社会福祉協議会・県社協・自立相談支援機関（NPO）・更生保護法人・法律事務所・銀行・受託システム会社とのやりとりで送るメール。申込者の収入と家計、償還状況の一覧、本人確認書類や個人番号、診断・障害・犯罪被害・前歴・信仰などの要配慮個人情報、暗号化ZIPや壊れた添付、社外秘の規程、複数の外部機関や民生委員への宛先の見える一斉送信、取引先ドメインの打ち間違いを含むメールと、社内だけのやりとり・一人分の連絡先・事業所の一覧・引用だけの返信・通常の業務連絡のように通してよいメールを混ぜている。"""

from build import card_number, my_number

SEED = 70401


def _mn(k: int, sep: str = " ") -> str:
    n = my_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:]))


def _cc(k: int, sep: str = "-") -> str:
    n = card_number(SEED + k)
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


SIG_IWASA = """
――――――――――――――――――――――――
日の出産業株式会社 人事部 厚生課
岩佐 真理子（Iwasa Mariko）
〒330-0856 埼玉県さいたま市大宮区三橋7丁目212番地 日の出ビル5F
TEL 048-555-7310（直通）／FAX 048-555-7319
iwasa.mariko@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_MURASE = """
--
日の出産業株式会社
人事部 厚生課　村瀬 俊
TEL: 048-555-7312　内線 3312
Mail: murase.shun@hinode-sangyo.co.jp"""

SIG_ONODERA = """
******************************************
 日の出産業株式会社 総務部 総務課
 小野寺 健 (Onodera Ken)
 〒330-0856 さいたま市大宮区三橋7-212
 TEL 048-555-7100 / FAX 048-555-7109
******************************************"""

SIG_WASHIO = """
────────────────
日の出産業株式会社
経理部 給与・社会保険グループ
鷲尾 さやか
TEL 048-555-7220
washio.sayaka@hinode-sangyo.co.jp
────────────────"""

SIG_FUKUHARA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　社会貢献推進室
福原 あかね
〒330-0856 埼玉県さいたま市大宮区三橋7-212
電話 048-555-7050　携帯 080-1190-4427（社用）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_NIWA = """
---------------------------------------------
日の出産業株式会社 公共ソリューション部
丹羽 拓海 / Niwa Takumi
TEL 03-6812-4470  niwa.takumi@hinode-sangyo.co.jp
---------------------------------------------"""

SIG_IWASA_EN = """
Best regards,
Mariko Iwasa
Employee Welfare Section, Human Resources Dept.
Hinode Sangyo Co., Ltd.
7-212 Mihashi, Omiya-ku, Saitama 330-0856, Japan
Tel +81-48-555-7310"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are
not the intended recipient, please notify the sender and delete this e-mail."""

MESSAGES: list = []

MESSAGES += [
    {
        "id": "seikatsushikin-001",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["南里市社会福祉協議会 生活福祉資金担当 <kashitsuke@minamisato-shakyo.or.jp>"],
        "subject": "緊急小口資金 申込予定者の事前相談について（当社従業員6名）",
        "charset": "iso-2022-jp",
        "body": """南里市社会福祉協議会
地域福祉課 生活福祉資金ご担当 御中

いつもお世話になっております。
日の出産業株式会社 人事部厚生課の岩佐でございます。

先日お電話でご相談いたしました件、南里工場の操業縮小に伴い収入が減少した従業員のうち、
緊急小口資金の申込みを希望している者を下記のとおり取りまとめました。
事前相談の日程を個別に調整していただけるとのことでしたので、連絡先を共有いたします。

  氏名            所属          携帯電話          希望額    相談希望
  ------------------------------------------------------------------------
  国吉 大輔       製造一課      090-4172-6638     100,000   6/10 午前
  真壁 ひろみ     製造二課      080-2291-5064     100,000   6/10 午後
  五百旗頭 誠     物流課        070-6630-1187     200,000   6/11 午前
  瓜生 千晶       製造一課      090-8815-2046      80,000   6/11 午後
  百目鬼 健太     品質管理課    080-5527-9913     100,000   6/12 午前
  日下部 美和     製造二課      090-3306-4470     150,000   6/12 午後

※希望額は本人の申告によるもので、確定ではございません。
※日中は勤務中のため、14時台にお電話いただけると助かるとのことです。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_IWASA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six employees' names with mobile numbers and loan wishes in a padded table to an external 社協: a list of 5+ people",
    },
    {
        "id": "seikatsushikin-002",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>"],
        "subject": "Re: 事前相談の日程について",
        "charset": "utf-8",
        "body": """大塚様

お世話になっております。日の出産業 厚生課の村瀬です。
日程のご調整ありがとうございました。下記の割り振りで承知いたしました。
各人には当方から個別に伝えます。当日は本社2階の会議室Bをご用意しておきます。

取り急ぎ御礼まで。
""" + SIG_MURASE + """

> 日の出産業株式会社 村瀬様
>
> お世話になっております。南里市社協の大塚です。
> 先日いただいた方々の事前相談を、下記のとおり組ませていただきました。
>
> 6/10 10:00  国吉 大輔 様（090-4172-6638）
> 6/10 14:00  真壁 ひろみ 様（080-2291-5064）
> 6/11 10:00  五百旗頭 誠 様（070-6630-1187）
> 6/11 14:00  瓜生 千晶 様（090-8815-2046）
> 6/12 10:00  百目鬼 健太 様（080-5527-9913）
> 6/12 14:00  日下部 美和 様（090-3306-4470）
>
> 持参物：本人確認書類、印鑑、直近3か月分の給与明細、預金通帳
>
> ――――
> 社会福祉法人 南里市社会福祉協議会 地域福祉課
> 大塚 亮
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six people's names and phones are only in the quoted reply from the 社協, which already has them; new text carries nothing",
    },
    {
        "id": "seikatsushikin-003",
        "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
        "to": ["kashitsuke@minamisato-shakyo.or.jp"],
        "subject": "総合支援資金 申込書の記載事項について（蔦谷様分）",
        "charset": "cp932",
        "body": f"""ご担当者様

いつもお世話になっております。日の出産業 総務部の小野寺です。

当社従業員 蔦谷 浩二 の総合支援資金申込書につきまして、住民票の写しの取得が遅れているため、
記載事項を先にメールでお知らせするようにとのお話でしたので、以下のとおりお送りいたします。

【申込者】
　氏名　　　：蔦谷 浩二（ツタヤ コウジ）
　生年月日　：昭和５６年１１月２日
　住所　　　：埼玉県南里市東久保町３丁目１８番５号 コーポ東久保２０３
　個人番号　：{_mn(1)}
　世帯構成　：本人、妻、長女（３人世帯）
　勤務先　　：日の出産業株式会社 南里工場（正社員、平成２２年入社）

住民票の写しは来週月曜日に本人が窓口へ持参いたします。
不足がございましたらご指摘ください。

""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an applicant's My Number (with name, 和暦 birth date and address) typed into mail to an external 社協",
    },
    {
        "id": "seikatsushikin-004",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["鷲尾 さやか <washio.sayaka@hinode-sangyo.co.jp>"],
        "cc": ["村瀬 俊 <murase.shun@hinode-sangyo.co.jp>"],
        "subject": "特例貸付 償還開始者の口座確認のお願い",
        "charset": "utf-8",
        "body": "鷲尾さん\n\nお疲れさまです。厚生課の岩佐です。\n"
                "社協から償還開始の通知が届いた8名について、本人の同意を得たうえで、\n"
                "口座振替に使う口座が給与振込口座と同じかどうか確認をお願いできますか。\n"
                "下はこちらで本人から聞き取った口座です（Excelから貼り付けたのでタブ区切りです）。\n\n"
                + "\n".join("\t".join(r) for r in [
                    ["社員番号", "氏名", "銀行", "支店", "種目", "口座番号", "月額償還"],
                    ["H10231", "国吉 大輔", "みどり銀行", "南里支店", "普通", "3391874", "8,400"],
                    ["H11408", "真壁 ひろみ", "みどり銀行", "大宮東支店", "普通", "2047761", "8,400"],
                    ["H09877", "五百旗頭 誠", "武蔵野信用金庫", "本店営業部", "普通", "0158823", "16,700"],
                    ["H12210", "瓜生 千晶", "みどり銀行", "南里支店", "普通", "3560129", "6,700"],
                    ["H08154", "百目鬼 健太", "ゆうちょ銀行", "〇一八店", "普通", "6620418", "8,400"],
                    ["H13302", "日下部 美和", "みどり銀行", "与野支店", "普通", "1184402", "12,500"],
                    ["H07761", "蔦谷 浩二", "さきたま銀行", "南里支店", "普通", "4410736", "25,000"],
                    ["H14019", "九十九 恵", "みどり銀行", "南里支店", "普通", "3712958", "8,400"],
                ])
                + "\n\n違っている人がいれば、来週中に私から本人に連絡します。\nよろしくお願いします。\n\n岩佐",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "eight employees' bank accounts in a tab-separated list, but every recipient is internal",
    },
    {
        "id": "seikatsushikin-005",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["佐原 由香 <sahara@kurashi-minami.or.jp>"],
        "subject": "休職中の従業員の生活費についてのご相談",
        "charset": "iso-2022-jp",
        "body": """NPO法人くらしサポートみなみ
自立相談支援員 佐原様

いつもお世話になっております。日の出産業 厚生課の村瀬です。
本日はご相談させていただきたいケースがあり、ご連絡いたしました。

当社 製造二課の阿久津 里美（あくつ さとみ、39歳）さんですが、
3月から適応障害の診断を受けて休職しております。主治医の診断書では
「抑うつ状態、3か月の休養を要する」とされています。
傷病手当金の支給開始まで2か月ほど空く見込みで、その間の家賃（6万2千円）と
生活費の工面に困っているとのことです。

緊急小口資金、または総合支援資金の対象となり得るか、一度面談をお願いできないでしょうか。
ご本人の了解は得ております。

ご本人連絡先：090-6612-3380（平日午後は通院のため出られないことがあります）

どうぞよろしくお願いいたします。
""" + SIG_MURASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's diagnosis (適応障害・抑うつ状態) sent to an external NPO: 要配慮個人情報 of one person",
    },
    {
        "id": "seikatsushikin-006",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>",
               "南里市 生活支援課 <seikatsushien@city.minamisato.lg.jp>",
               "佐原 由香 <sahara@kurashi-minami.or.jp>"],
        "subject": "【日程調整】支援調整会議（当社従業員のケース）",
        "charset": "utf-8",
        "body": """関係機関の皆様

いつもお世話になっております。日の出産業 人事部厚生課の岩佐です。

先日ご相談した当社従業員のケースにつき、社協・市・NPOの三者で
支援方針をすり合わせる調整会議を開ければと考えております。
下記の候補からご都合のよい日時を、全員に返信でお知らせいただけますでしょうか。

 (1) 6月18日（火）15:00～16:00
 (2) 6月19日（水）10:00～11:00
 (3) 6月21日（金）13:30～14:30

会場：南里市役所 本庁舎3階 相談室（市ご担当様に仮押さえをお願いしております）
ご本人のお名前等は当日資料でお示しします。

よろしくお願いいたします。
""" + SIG_IWASA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (社協, 市役所, NPO) in To can see each other's addresses: should have been Bcc",
    },
    {
        "id": "seikatsushikin-007",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>"],
        "cc": ["南里市 生活支援課 <seikatsushien@city.minamisato.lg.jp>"],
        "subject": "6/18 調整会議の会場と持ち物について",
        "charset": "cp932",
        "body": """大塚様
（cc：南里市 生活支援課ご担当様）

お世話になっております。日の出産業の岩佐です。
調整会議は6月18日（火）15時からで確定いたしました。NPO様は今回ご欠席とのことです。

・会場：南里市役所 本庁舎3階 第2相談室
・駐車場：来庁者用駐車場をご利用ください（2時間無料）
・当方出席：岩佐、村瀬（厚生課）
・資料：当日、紙で配布し会議後に回収いたします

ご不明点がございましたらご連絡ください。
""" + SIG_IWASA + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc (a normal three-way meeting mail), no personal data; the standard disclaimer",
    },
    {
        "id": "seikatsushikin-008",
        "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
        "to": ["水野 弁護士 <mizuno@shirakawa-law.co.jp>"],
        "subject": "従業員の債務整理についてのご相談",
        "charset": "utf-8",
        "body": """白川法律事務所
弁護士 水野 先生

いつも大変お世話になっております。日の出産業 総務部の小野寺でございます。

当社の従業員 漆原 亮介（製造部、42歳）の件でご相談させてください。
本人は消費者金融4社から合計約280万円の借入れがあり、月々の返済が手取りの半分近くに
なっております。社協に緊急小口資金の相談に行ったところ、「借入れの返済に充てる目的では
貸付できないので、まず債務整理について弁護士に相談を」と助言されたそうです。

本人も法律相談を希望しておりますので、初回面談の枠をいただけますでしょうか。
本人の携帯：080-7714-2059（18時以降が確実とのことです）

費用のめどについても、あわせてお教えいただけますと幸いです。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "partner 白川法律事務所 is shirakawa-law.jp; shirakawa-law.co.jp is a look-alike (another TLD)",
    },
    {
        "id": "seikatsushikin-009",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["kashitsuke@minamisato-shakyo.or.jp"],
        "subject": "【送付】生活福祉資金 申込書類一式（九十九様）",
        "charset": "iso-2022-jp",
        "body": """南里市社会福祉協議会
生活福祉資金ご担当者様

お世話になっております。日の出産業の村瀬です。
九十九様の申込書類一式を添付にてお送りいたします。
セキュリティ規程により、添付ファイルは暗号化ZIPとしております。
解凍パスワードは別メールにてお送りいたします。

・申込書（入力済み）
・給与支払証明書（3か月分）

ご査収のほどよろしくお願いいたします。
""" + SIG_MURASE,
        "attachments": [{
            "kind": "zip", "name": "申込書類一式_九十九.zip", "password": "Mn7#s2Qa",
            "files": [
                {"kind": "xlsx", "name": "申込書_九十九恵.xlsx", "sheets": {"申込書": [
                    ["生活福祉資金（総合支援資金）借入申込書"], [],
                    ["氏名", "九十九 恵"], ["フリガナ", "ツクモ メグミ"],
                    ["生年月日", "1986/07/19"], ["住所", "埼玉県南里市若葉台2-7-11"],
                    ["電話", "080-3419-7751"], ["希望額", "150,000円×3か月"]]}},
                {"kind": "pdf", "name": "給与支払証明書.pdf",
                 "lines": ["給与支払証明書", "氏名 九十九 恵", "2024年3月 支給額 142,300円",
                           "2024年4月 支給額 118,900円", "2024年5月 支給額 96,450円",
                           "日の出産業株式会社 代表取締役"]},
            ]}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to an external 社協: its contents cannot be inspected",
    },
    {
        "id": "seikatsushikin-010",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["kashitsuke@minamisato-shakyo.or.jp"],
        "subject": "パスワードのご連絡",
        "charset": "utf-8",
        "body": """南里市社会福祉協議会
生活福祉資金ご担当者様

先ほどお送りした「申込書類一式_九十九.zip」の解凍パスワードをお知らせいたします。

　パスワード：Mn7#s2Qa

（大文字・小文字を区別します）
よろしくお願いいたします。

日の出産業 厚生課 村瀬
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password mail: no personal data, no attachment",
    },
    {
        "id": "seikatsushikin-011",
        "sender": "鷲尾 さやか <washio.sayaka@hinode-sangyo.co.jp>",
        "to": ["南里市社協 償還担当 <shokan@minamisato-shakyo.or.jp>"],
        "subject": "特例貸付の償還状況の照合について（当社従業員分）",
        "charset": "utf-8",
        "body": """南里市社会福祉協議会
償還ご担当 各位

いつもお世話になっております。
日の出産業株式会社 経理部の鷲尾でございます。

当社で給与からの立替控除をしている従業員について、貴会の償還記録と照合させていただきたく、
当社側の記録を添付いたします。残高に差異があるものがございましたらご指摘ください。

2シート目は償還猶予を申請中の者です。
""" + SIG_WASHIO,
        "attachments": [{
            "kind": "xlsx", "name": "償還状況_日の出産業_202406.xlsx",
            "title": "特例貸付 償還状況一覧",
            "sheets": {
                "償還状況": [
                    ["令和6年6月末時点 特例貸付 償還状況一覧（日の出産業株式会社 従業員分）"],
                    [],
                    ["No", "氏名", "貸付番号", "資金種類", "貸付額", "償還残高", "引落口座"],
                    [1, "国吉 大輔", "R2-KS-01127", "緊急小口", 200000, 117600, "みどり銀行 南里支店 普通 3391874"],
                    [2, "真壁 ひろみ", "R2-KS-01344", "緊急小口", 200000, 126000, "みどり銀行 大宮東支店 普通 2047761"],
                    [3, "五百旗頭 誠", "R3-SG-00418", "総合支援", 600000, 433300, "武蔵野信用金庫 本店営業部 普通 0158823"],
                    [4, "瓜生 千晶", "R2-KS-02210", "緊急小口", 160000, 93800, "みどり銀行 南里支店 普通 3560129"],
                    [5, "百目鬼 健太", "R3-KS-00093", "緊急小口", 200000, 142800, "ゆうちょ銀行 〇一八店 普通 6620418"],
                    [6, "蔦谷 浩二", "R3-SG-01552", "総合支援", 1350000, 1125000, "さきたま銀行 南里支店 普通 4410736"],
                    [7, "九十九 恵", "R4-KS-00311", "緊急小口", 100000, 83200, "みどり銀行 南里支店 普通 3712958"],
                ],
                "猶予申請中": [
                    ["償還猶予 申請中"],
                    ["氏名", "貸付番号", "申請日", "理由"],
                    ["日下部 美和", "R2-KS-02377", "2024/05/20", "減収"],
                    ["漆原 亮介", "R3-SG-00871", "2024/06/03", "失業"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "XLSX (title row, two sheets) listing nine borrowers with loan balances and bank accounts to an external 社協",
    },
    {
        "id": "seikatsushikin-012",
        "sender": "福原 あかね <fukuhara.akane@hinode-sangyo.co.jp>",
        "to": ["柏木 節子 <setsuko.kashiwagi@yahoo.co.jp>"],
        "subject": "くらしの相談会 会場について",
        "charset": "iso-2022-jp",
        "body": """柏木 節子 様

いつも地域の見守り活動でお世話になっております。
日の出産業 社会貢献推進室の福原です。

7月6日（土）の「くらしの相談会」の会場ですが、当社本社1階の多目的ホールを
ご用意できることになりました。机は島型に6つ、相談ブースはパーテーションで3つ作ります。
駐車場は正門から入って右手の来客用（10台）をお使いください。

民生委員の皆様には13時にお集まりいただければ十分です。
当日はどうぞよろしくお願いいたします。
""" + SIG_FUKUHARA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one 民生委員 on free mail, venue details only",
    },
    {
        "id": "seikatsushikin-013",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>"],
        "subject": "当社の従業員生活支援貸付規程（ご参考）",
        "charset": "cp932",
        "body": """大塚様

お世話になっております。日の出産業の岩佐です。
先日の打合せでお尋ねのあった、当社独自の従業員向け生活支援貸付の規程を添付いたします。
社協の貸付との併用の可否を整理する際のご参考になれば幸いです。

よろしくお願いいたします。
""" + SIG_IWASA,
        "attachments": [{
            "kind": "docx", "name": "従業員生活支援貸付規程_2024改定.docx",
            "title": "従業員生活支援貸付規程",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 人事部",
            "paragraphs": [
                "社外秘",
                "従業員生活支援貸付規程（2024年4月1日改定）",
                "第1条（目的）本規程は、災害、疾病、収入の急減その他やむを得ない事情により生計の維持が困難となった従業員に対し、生活資金を貸し付けることにより、その生活の安定を図ることを目的とする。",
                "第2条（対象者）勤続1年以上の正社員および契約社員とする。",
                "第3条（貸付限度額）一人あたり50万円を限度とし、無利子とする。",
                "第4条（償還）貸付の翌月から36回以内の均等払いとし、給与から控除する。",
                "第5条（他制度との関係）生活福祉資金その他公的貸付を利用できる場合は、原則としてこれを優先する。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached internal regulation stamped 社外秘 (page header and first line) sent outside",
    },
    {
        "id": "seikatsushikin-014",
        "sender": "Mariko Iwasa <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["Rachel Tan <rachel.tan@globalcare-eap.com>"],
        "subject": "Re: Benchmark on employee hardship support in Japan",
        "charset": "utf-8",
        "body": """Dear Rachel,

Thank you for your patience. Here is a short overview of how we support employees
who face a sudden drop in income, as you asked for your regional benchmark.

1. Public loans first. Most of our cases go to the Livelihood Welfare Fund
   (seikatsu fukushi shikin), run by the prefectural Council of Social Welfare
   with the municipal councils (shakyo) as the front desk.
   - Emergency small loan (kinkyu koguchi shikin): up to JPY 100,000, interest-free,
     repaid over about two years.
   - General support fund (sogo shien shikin): monthly living costs for a few months,
     combined with job-search support.
2. A joint guarantor (rentai hoshonin) is not required; without one the interest
   is 1.5% a year for some funds.
3. Local welfare volunteers (minsei iin) often make the first contact with the shakyo.
4. Our own in-house loan is used only when the public schemes do not fit.

We cannot share individual cases, but I can send aggregated numbers by quarter
if that helps.
""" + SIG_IWASA_EN + """

On Tue, Jun 4, 2024 at 9:12 AM Rachel Tan <rachel.tan@globalcare-eap.com> wrote:
> Dear Iwasa-san,
> For our APAC benchmark we are collecting how employers in each market help staff
> who need short-term financial relief. Could you describe the Japanese setup?
> Kind regards, Rachel
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English overview of the public loan schemes to an overseas consultant: no personal data",
    },
    {
        "id": "seikatsushikin-015",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["家計改善支援 担当 <kakei@kurashi-minami.or.jp>"],
        "subject": "家計改善支援のご相談（真壁さん）",
        "charset": "utf-8",
        "body": f"""くらしサポートみなみ
家計改善支援ご担当者様

お世話になっております。日の出産業 厚生課の村瀬です。
先日お電話でお話しした真壁 ひろみさんの家計状況を、本人から聞き取った範囲でお送りします。

■収入
・手取り月収　約18万円（残業減により前年比▲4万円）
・児童扶養手当　あり

■支出（月）
・家賃　62,000円
・携帯・光熱費　約25,000円
・食費　約40,000円

■借入れ等
・緊急小口資金（償還中）残 126,000円
・クレジットカードのリボ払い残高 約47万円
　カード番号 {_cc(21)}（本人が明細を面談時に持参予定）

面談は6月20日（木）17時半からでお願いできればと存じます。
""" + SIG_MURASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a full credit card number of a named employee in a household-budget memo to an external NPO",
    },
    {
        "id": "seikatsushikin-016",
        "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
        "to": ["更生保護法人あけぼの会 就労支援担当 <shien@akebono-kousei.or.jp>"],
        "subject": "協力雇用主としてのご相談（就労中の方の当面の生活資金）",
        "charset": "cp932",
        "body": """更生保護法人 あけぼの会
就労支援ご担当 中森様

いつもお世話になっております。日の出産業 総務部の小野寺です。

4月から当社南里工場で雇用しております椎名 達也さん（28歳）の件でご相談です。
椎名さんは窃盗罪による服役を終え、現在は仮釈放中で保護観察を受けておられます。
初任給の支給（7月25日）までの生活費が不足しており、寮費の支払いも滞りかけています。

社協の緊急小口資金の申込みを考えておりますが、保護観察中であることが審査に
影響するか、保護観察官の方からの意見書が必要になるかなど、お教えいただけませんか。
当社としても身元保証の形でできることがあれば協力いたします。

よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's criminal record (服役・仮釈放・保護観察) to an external organisation: 要配慮個人情報",
    },
    {
        "id": "seikatsushikin-017",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["厚生課 <kousei@hinode-sangyo.co.jp>"],
        "cc": ["各部総務担当 <bumon-soumu@hinode-sangyo.co.jp>"],
        "subject": "FW: 【南里市社協】特例貸付の償還免除・猶予のご案内",
        "charset": "iso-2022-jp",
        "body": """各位

南里市社協から、特例貸付の償還免除・猶予についての案内が届きましたので共有します。
部内で該当しそうな方から相談があれば、厚生課（内線3310）までつないでください。

岩佐

-------- 転送メッセージ --------
差出人: 南里市社会福祉協議会 <info@minamisato-shakyo.or.jp>
件名: 【南里市社協】特例貸付の償還免除・猶予のご案内

関係各位

新型コロナウイルス感染症の影響による特例貸付（緊急小口資金・総合支援資金）の
償還について、以下のとおりご案内いたします。

1. 償還免除
   借受人および世帯主が住民税非課税である場合、申請により残債の償還が免除されます。
2. 償還猶予
   失業、減収、災害、疾病等により償還が困難な場合、申請により猶予できます。
3. 相談窓口
   南里市社会福祉協議会 地域福祉課（平日 8:30〜17:15）

詳しくは当会ホームページをご覧ください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal forward of a public notice: all recipients internal, no personal data",
    },
    {
        "id": "seikatsushikin-018",
        "sender": "福原 あかね <fukuhara.akane@hinode-sangyo.co.jp>",
        "to": ["講座担当 <kouza@kurashi-minami.or.jp>"],
        "subject": "家計相談セミナー（6/29）参加者名簿の送付",
        "charset": "cp932",
        "body": """くらしサポートみなみ
講座ご担当者様

お世話になっております。日の出産業 社会貢献推進室の福原です。
6月29日の家計相談セミナーの参加者名簿（12名）をCSVでお送りします。
個別相談の希望がある方には「○」を付けています。
当日の受付でお使いください。
""" + SIG_FUKUHARA,
        "attachments": [{
            "kind": "csv", "name": "セミナー参加者名簿_0629.csv", "encoding": "cp932",
            "rows": [
                ["受付番号", "氏名", "フリガナ", "所属", "携帯電話", "メールアドレス", "個別相談"],
                ["1", "国吉 大輔", "クニヨシ ダイスケ", "製造一課", "090-4172-6638", "kuniyoshi-d@docomo.ne.jp", "○"],
                ["2", "真壁 ひろみ", "マカベ ヒロミ", "製造二課", "080-2291-5064", "hiromi.makabe.0912@gmail.com", "○"],
                ["3", "勅使河原 亘", "テシガワラ ワタル", "物流課", "090-5038-2217", "teshi.wataru@yahoo.co.jp", ""],
                ["4", "一戸 奈緒", "イチノヘ ナオ", "総務課", "080-6642-0935", "nao1nohe@icloud.com", ""],
                ["5", "鰐淵 正樹", "ワニブチ マサキ", "品質管理課", "070-2256-8841", "wani.m72@outlook.jp", "○"],
                ["6", "東海林 沙織", "ショウジ サオリ", "経理部", "090-7713-4062", "saori.shoji@gmail.com", ""],
                ["7", "薬師寺 進", "ヤクシジ ススム", "製造一課", "080-3390-1578", "yakushiji.s@ezweb.ne.jp", "○"],
                ["8", "神余 由紀子", "カナマリ ユキコ", "物流課", "090-2284-6607", "kanamari.yk@yahoo.co.jp", "○"],
                ["9", "二階堂 勝也", "ニカイドウ カツヤ", "製造二課", "070-4461-2390", "nikaido.k@softbank.ne.jp", ""],
                ["10", "小鳥遊 恭子", "タカナシ キョウコ", "総務課", "080-9925-3316", "kyoko.takanashi@gmail.com", ""],
                ["11", "椎葉 翔", "シイバ ショウ", "物流課", "090-6120-7784", "shiiba.sho@icloud.com", "○"],
                ["12", "四十物 和男", "アイモノ カズオ", "製造一課（嘱託）", "080-1147-5592", "", ""],
            ]}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of 12 participants with mobile numbers and private e-mail addresses to an external NPO",
    },
    {
        "id": "seikatsushikin-019",
        "sender": "福原 あかね <fukuhara.akane@hinode-sangyo.co.jp>",
        "to": ["佐原 由香 <sahara@kurashi-minami.or.jp>"],
        "subject": "個別相談の希望者（4名）",
        "charset": "utf-8",
        "body": """佐原様

お世話になっております。福原です。
セミナー後の個別相談を希望している方が4名になりました。
時間枠の割り振りのため、連絡先をお知らせします。

・鰐淵 正樹さん　070-2256-8841　（夜間希望）
・薬師寺 進さん　080-3390-1578　（土曜希望）
・神余 由紀子さん　090-2284-6607
・椎葉 翔さん　090-6120-7784　（平日17時以降）

国吉さん・真壁さんは既に佐原様とお約束があるとのことで外しています。
よろしくお願いいたします。

福原
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four people's names and phones to an external NPO: under the five-person threshold (may warn)",
    },
    {
        "id": "seikatsushikin-020",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["北浦町社会福祉協議会 <fukushi@kitaura-shakyo.or.jp>"],
        "subject": "本人確認書類の番号について（申込者 二階堂様）",
        "charset": "iso-2022-jp",
        "body": """北浦町社会福祉協議会
福祉資金ご担当者様

お世話になっております。日の出産業 厚生課の村瀬です。
先日窓口でお預けした運転免許証のコピーが不鮮明で番号が読み取れないとのご連絡を
いただきましたので、本人に確認した内容を記載いたします。

　氏名　　　　二階堂 勝也
　生年月日　　平成２年８月１４日
　住所　　　　埼玉県北足立郡北浦町大字南原１４２５番地３
　運転免許証　第４３０９１２３４５６７０号（有効期限 令和８年９月１４日）

鮮明なコピーは来週改めて本人が持参いたします。
""" + SIG_MURASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a driver's licence number (full-width digits) with name, birth date and address to an external 社協",
    },
]

MESSAGES += [
    {
        "id": "seikatsushikin-021",
        "sender": "福原 あかね <fukuhara.akane@hinode-sangyo.co.jp>",
        "to": ["柏木 節子 <setsuko.kashiwagi@yahoo.co.jp>",
               "一ノ瀬 和夫 <k-ichinose@docomo.ne.jp>",
               "漆畑 美代子 <miyoko.urushihata@gmail.com>"],
        "subject": "7月6日 くらしの相談会のご案内",
        "charset": "utf-8",
        "body": """民生委員の皆様

いつもお世話になっております。日の出産業 社会貢献推進室の福原です。
今年も地域の皆様向けの「くらしの相談会」を下記のとおり開催いたします。
社協の生活福祉資金のご担当、NPOの家計相談員の方にもお越しいただく予定です。

　日時：7月6日（土）13:30～16:30（民生委員の皆様は13:00集合）
　会場：日の出産業 本社1階 多目的ホール
　内容：生活資金・家計・住まいの個別相談、制度説明（15分×2回）

当日お手伝いいただける時間帯を、6月28日までにご返信いただけますと助かります。
チラシは来週、町会の回覧用にお届けします。
""" + SIG_FUKUHARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["freemail_recipient", "external_recipients_visible", "multiple_external_domains"],
        "note": "three private persons (民生委員) on free mail in To can see each other's addresses: should have been Bcc",
    },
    {
        "id": "seikatsushikin-022",
        "sender": "福原 あかね <fukuhara.akane@hinode-sangyo.co.jp>",
        "to": ["福原 あかね <fukuhara.akane@hinode-sangyo.co.jp>"],
        "bcc": ["setsuko.kashiwagi@yahoo.co.jp", "k-ichinose@docomo.ne.jp",
                "miyoko.urushihata@gmail.com", "t.hamaguchi55@ezweb.ne.jp",
                "kiyoshi.sone@i.softbank.jp", "fumie-n@icloud.com"],
        "subject": "【御礼】くらしの相談会へのご協力ありがとうございました",
        "charset": "cp932",
        "body": """民生委員の皆様（Bccにて失礼いたします）

先日の「くらしの相談会」では、暑い中ご協力いただき誠にありがとうございました。
当日は31組の方にお越しいただき、うち12組が社協・NPOの個別相談につながりました。

次回は11月の開催を予定しております。日程が決まりましたら改めてご連絡いたします。
今後ともどうぞよろしくお願い申し上げます。
""" + SIG_FUKUHARA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "six free-mail volunteers correctly in Bcc; aggregated figures only",
    },
    {
        "id": "seikatsushikin-023",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["南里市社協 償還担当 <shokan@minamisato-shakyo.or.jp>"],
        "subject": "償還免除申請を予定している従業員の一覧",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>南里市社会福祉協議会<br>償還ご担当 御中</p>
<p>いつもお世話になっております。日の出産業 人事部厚生課の岩佐です。</p>
<p>令和6年度の住民税が非課税となる見込みで、特例貸付の償還免除を申請予定の従業員を
下表のとおりお知らせします。申請書の事前送付をお願いできますでしょうか。</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde8f4"><th>No.</th><th>氏名</th><th>生年月日</th><th>住所</th><th>貸付番号</th></tr>
<tr><td>1</td><td>瓜生 千晶</td><td>1988年2月27日</td><td>埼玉県南里市中原4-3-16 グランシャリオ中原102</td><td>R2-KS-02210</td></tr>
<tr><td>2</td><td>百目鬼 健太</td><td>1995年10月3日</td><td>埼玉県南里市本町2丁目9番1号</td><td>R3-KS-00093</td></tr>
<tr><td>3</td><td>日下部 美和</td><td>1983年5月30日</td><td>埼玉県南里市緑ヶ丘1-22-8</td><td>R2-KS-02377</td></tr>
<tr><td>4</td><td>九十九 恵</td><td>1986年7月19日</td><td>埼玉県南里市若葉台2-7-11</td><td>R4-KS-00311</td></tr>
<tr><td>5</td><td>四十物 和男</td><td>1960年1月8日</td><td>埼玉県南里市東久保町1-4-30</td><td>R3-KS-01904</td></tr>
<tr><td>6</td><td>神余 由紀子</td><td>1979年12月12日</td><td>埼玉県南里市西原台3-11-2-405</td><td>R3-SG-02015</td></tr>
<tr><td>7</td><td>椎葉 翔</td><td>1993年4月1日</td><td>埼玉県さいたま市見沼区大字南中丸2041-7</td><td>R4-KS-00507</td></tr>
<tr><td>8</td><td>勅使河原 亘</td><td>1975年8月21日</td><td>埼玉県南里市栄町5-6-3</td><td>R2-SG-00662</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 厚生課<br>岩佐 真理子<br>TEL 048-555-7310</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of eight borrowers (name, birth date, home address) to an external 社協",
    },
    {
        "id": "seikatsushikin-024",
        "sender": "江藤 聡 <eto.satoshi@hinode-sangyo.co.jp>",
        "to": ["南里市社協 総務課 <soumu@minamisato-shakyo.or.jp>"],
        "subject": "相談室用 間仕切りパネルのお見積り",
        "charset": "cp932",
        "body": """南里市社会福祉協議会
総務課 ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 営業二部の江藤でございます。

先日ご依頼いただきました相談室用の間仕切りパネルにつき、下記のとおりお見積り申し上げます。

 見積番号：Q-2406-0188
 有効期限：2024年7月31日

 品番          品名                         数量   単価(税抜)   金額(税抜)
 -----------------------------------------------------------------------------
 HP-1818W      吸音パネル W1800×H1800       6      38,500     231,000
 HP-J02        連結ジョイント               10       1,200      12,000
 HP-BASE       自立脚（2個1組）              6       4,800      28,800
 -----------------------------------------------------------------------------
                                           小計                 271,800
                                           消費税(10%)           27,180
                                           合計                 298,980

 納期：ご発注後 約3週間
 適格請求書発行事業者登録番号：T8301100045871

ご検討のほど、よろしくお願い申し上げます。

日の出産業株式会社 営業二部 江藤 聡
TEL 048-555-7410
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "an ordinary quotation with product codes and the company's own T-number; no personal data",
    },
    {
        "id": "seikatsushikin-025",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["岩佐 真理子 <iwasa.mariko@hinode-sangyou.co.jp>"],
        "subject": "国吉さんの申込状況（社協面談後）",
        "charset": "iso-2022-jp",
        "body": """岩佐さん

お疲れさまです。村瀬です。
本日の社協面談の結果、国吉さんの件をまとめておきます。

・氏名：国吉 大輔（製造一課）
・現住所：埼玉県南里市栄町2丁目14番3号 メゾン栄205
・携帯：090-4172-6638
・面談結果：緊急小口資金10万円で申込受理。審査後、約1週間で振込予定。
・その他：家賃2か月分の滞納あり。住居確保給付金も市に相談するよう助言あり。

明日の課内ミーティングで補足します。
村瀬
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague, but addressed to hinode-sangyou.co.jp, a look-alike of the own domain (letter added)",
    },
    {
        "id": "seikatsushikin-026",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["kashitsuke@minamisato-shakyo.or.jp"],
        "subject": "福祉費（障害者世帯）の申込みにあたっての補足資料",
        "charset": "utf-8",
        "body": """南里市社会福祉協議会
生活福祉資金ご担当者様

お世話になっております。日の出産業の岩佐です。
瓜生さんの福祉費申込みについて、世帯の状況を補足する資料を本人の同意のうえで作成しました。
PDFでお送りしますのでご確認ください。
""" + SIG_IWASA,
        "attachments": [{
            "kind": "pdf", "name": "申込補足資料_瓜生.pdf", "title": "申込補足資料",
            "lines": [
                "生活福祉資金（福祉費）申込補足資料",
                "作成：日の出産業株式会社 人事部厚生課　2024年6月14日",
                "",
                "1. 申込者　瓜生 千晶（38歳）　当社 製造一課 勤務",
                "2. 世帯　本人、長男 瓜生 颯太（14歳）の2人世帯",
                "3. 長男の状況",
                "   ・自閉スペクトラム症の診断あり（療育手帳 B）",
                "   ・放課後等デイサービスを週4日利用",
                "   ・特別支援学級に在籍、来春の進学に伴い通学用品等の費用が必要",
                "4. 申込内容　障害者世帯として福祉費 30万円（進学準備・通所費用）",
                "5. 償還計画　月額 8,400円（給与から本人口座へ振替）",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF naming a child's diagnosis and disability (療育手帳) to an external 社協: 要配慮個人情報",
    },
    {
        "id": "seikatsushikin-027",
        "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
        "to": ["kashitsuke@minamisato-shakyo.or.jp"],
        "subject": "RE: 蔦谷様 申込書類の不足について",
        "charset": "cp932",
        "body": """南里市社会福祉協議会
生活福祉資金ご担当　高階様

ご連絡ありがとうございます。
ご指摘の給与支払証明書は本日付で発行し、本人に手渡しました。
明日午前中に本人が窓口へ持参いたしますので、よろしくお願いいたします。

小野寺

差出人: 高階 美穂 <takashina@minamisato-shakyo.or.jp>
送信日時: 2024年6月12日 16:48
宛先: 小野寺 健 <onodera.ken@hinode-sangyo.co.jp>
件名: 蔦谷様 申込書類の不足について

日の出産業 小野寺様

お世話になっております。南里市社協の高階です。
蔦谷 浩二 様（昭和56年11月2日生、南里市東久保町3-18-5）の総合支援資金の
申込書類につき、以下が不足しております。

 ・給与支払証明書（直近3か月分）
 ・世帯全員の住民票の写し

ご本人の携帯（090-2718-4430）にもお電話しましたが、つながりませんでした。
お手数ですがご本人にお伝えいただけますでしょうか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the applicant's birth date, address and phone appear only in the quoted 差出人/送信日時 block from the 社協 itself",
    },
    {
        "id": "seikatsushikin-028",
        "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
        "to": ["水野 弁護士 <mizuno@shirakawa-law.jp>"],
        "subject": "FW: 日下部様の件（保護命令と貸付のご相談）",
        "charset": "utf-8",
        "body": """水野先生

いつもお世話になっております。日の出産業の小野寺です。
社協から下記の連絡がありました。ご本人の了解を得て転送いたします。
保護命令の申立てと、生活資金の貸付の進め方について、ご助言をいただけますと幸いです。

小野寺

---------- Forwarded message ---------
From: 大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>
Date: 2024年6月13日(木) 11:20
Subject: 日下部様の件
To: 小野寺 健 <onodera.ken@hinode-sangyo.co.jp>

小野寺様

日下部 美和 様から、元夫からの暴力（DV）を受けて5月に子ども2人と家を出た、
現在は知人宅に身を寄せているとのご相談がありました。
警察に被害届を出し、現在、保護命令の申立てを準備中とのことです。
転居費用として緊急小口資金の申込みを希望されていますが、住民票を移すと
居所が知られるおそれがあるため、手続きの順序を弁護士の先生とご相談いただきたく存じます。

ご本人の連絡先：090-3306-4470（元夫には知られていない番号とのことです）

南里市社会福祉協議会 大塚
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a forward (new text to the law firm) naming a DV victim with her phone: having been a crime victim is 要配慮",
    },
    {
        "id": "seikatsushikin-029",
        "sender": "鷲尾 さやか <washio.sayaka@hinode-sangyo.co.jp>",
        "to": ["南里市社協 償還担当 <shokan@minamisato-shakyo.or.jp>"],
        "subject": "償還計画表の送付（再送）",
        "charset": "iso-2022-jp",
        "body": """南里市社会福祉協議会
償還ご担当者様

お世話になっております。日の出産業 経理部の鷲尾です。
昨日お送りした償還計画表が開けないとのことでしたので、再送いたします。
こちらでも開けないようでしたらお知らせください。
""" + SIG_WASHIO,
        "attachments": [{"kind": "corrupt", "name": "償還計画表_百目鬼.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected",
    },
    {
        "id": "seikatsushikin-030",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>"],
        "subject": "面談予約のお願い（九十九様）",
        "charset": "iso-2022-jp",
        "body": """大塚様

お世話になっております。日の出産業の村瀬です。
当社パート従業員の方が緊急小口資金の相談を希望しています。
面談枠をいただけますでしょうか。

　氏名：九十九 恵（つくも めぐみ）
　連絡先：080-3419-7751
　住所：埼玉県南里市若葉台2-7-11
　勤務先：当社 物流課（パートタイム、週4日）
　相談内容：シフト削減による減収（月4万円程度）

ご本人は火曜・木曜の午後が空いているそうです。
""" + SIG_MURASE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one applicant's contact details to the 社協 handling her case: a single person's record (may warn)",
    },
    {
        "id": "seikatsushikin-031",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["多文化共生センター 相談窓口 <support@tabunka-east.or.jp>"],
        "subject": "Emergency small loan for our employee / 緊急小口資金の申込み支援のお願い",
        "charset": "utf-8",
        "body": """多文化共生センターさいたま東 ご担当者様
(English follows)

お世話になっております。日の出産業 厚生課の村瀬です。
当社の外国籍従業員が緊急小口資金の申込みを希望しており、社協窓口への同行と
通訳をお願いできないかご相談です。ご本人の情報は以下のとおりです。

 Name / 氏名: NGUYEN VAN HUNG（グエン・ヴァン・フン）
 Date of birth / 生年月日: 1997-03-21
 Residence card No. / 在留カード番号: UH48210573BA
 Status / 在留資格: 特定技能1号（期限 2025-11-30）
 Phone: 070-8836-1295

--- English ---
Our employee above would like to apply for the emergency small loan at the Minamisato
shakyo. Could one of your volunteers accompany him and interpret (Vietnamese-Japanese)?
Any weekday afternoon in the week of June 24 works for him.
""" + SIG_MURASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a residence card number (在留カード) of a named employee to an external support centre",
    },
    {
        "id": "seikatsushikin-032",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["南里市 生活支援課 <seikatsushien@city.minamisato.lg.jp>"],
        "subject": "住居確保給付金と緊急小口資金の併用相談者について",
        "charset": "cp932",
        "body": """南里市役所 福祉部 生活支援課
ご担当者様

いつもお世話になっております。日の出産業 人事部の岩佐です。
社協からのご案内により、住居確保給付金についても相談したいという従業員が10名おります。
一覧をPDFにまとめましたので、相談日の割り振りをお願いできますでしょうか。
""" + SIG_IWASA,
        "attachments": [{
            "kind": "pdf", "name": "相談者一覧_20240614.pdf", "title": "住居確保給付金 相談者一覧",
            "lines": ["住居確保給付金・緊急小口資金 併用相談者一覧（日の出産業株式会社）", "2024年6月14日 作成", ""],
            "table": [
                ["No", "氏名", "年齢", "住所", "電話", "家賃", "事由"],
                ["1", "国吉 大輔", "44", "南里市栄町2-14-3-205", "090-4172-6638", "64,000", "減収"],
                ["2", "真壁 ひろみ", "36", "南里市中原1-8-2", "080-2291-5064", "62,000", "減収"],
                ["3", "五百旗頭 誠", "51", "南里市本町4-1-19", "070-6630-1187", "71,000", "減収"],
                ["4", "漆原 亮介", "42", "さいたま市見沼区東大宮3-3-7", "080-7714-2059", "58,000", "離職予定"],
                ["5", "日下部 美和", "41", "（住所非開示）", "090-3306-4470", "55,000", "転居予定"],
                ["6", "椎葉 翔", "31", "さいたま市見沼区南中丸2041-7", "090-6120-7784", "49,000", "減収"],
                ["7", "勅使河原 亘", "48", "南里市栄町5-6-3", "090-5038-2217", "66,000", "減収"],
                ["8", "神余 由紀子", "44", "南里市西原台3-11-2-405", "090-2284-6607", "60,000", "減収"],
                ["9", "二階堂 勝也", "33", "北浦町大字南原1425-3", "070-4461-2390", "52,000", "減収"],
                ["10", "小鳥遊 恭子", "29", "南里市緑ヶ丘2-5-1", "080-9925-3316", "57,000", "減収"],
            ],
            "page_footer": "日の出産業株式会社 人事部厚生課",
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of ten employees with home addresses and phones to the city office",
    },
    {
        "id": "seikatsushikin-033",
        "sender": "小峰 結 <komine.yui@hinode-sangyo.co.jp>",
        "to": ["岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>"],
        "subject": "阿久津さんの復職見込みについて（社協への説明用）",
        "charset": "utf-8",
        "body": """岩佐さん

健康管理室の小峰です。
阿久津さんの件、本日の産業医面談の内容を共有します（社内限りでお願いします）。

・診断名：適応障害（抑うつ状態）、通院は月2回
・服薬：SSRI 継続中、睡眠は改善傾向
・産業医意見：8月から短時間勤務（6時間）での復職が可能な見込み
・社協に説明する際は「8月に復職見込み、当面は時短勤務で収入は従前の75%程度」と
  伝えていただければ十分かと思います。診断名は伝える必要はありません。

小峰
健康管理室 保健師 内線 2281
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "an employee's diagnosis shared between two internal staff: every recipient is internal",
    },
    {
        "id": "seikatsushikin-034",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["県社協 特例貸付担当 <tokurei@sainokuni-shakyo.or.jp>"],
        "subject": "【取扱注意】当社従業員の貸付相談件数（集計）",
        "charset": "iso-2022-jp",
        "body": """埼玉県北部社会福祉協議会連合会
特例貸付ご担当者様

お世話になっております。日の出産業 人事部の岩佐です。
ご依頼のあった、当社従業員からの生活資金に関する相談件数をお送りします。
個人が特定されないよう、月別の件数のみとしております。

  月        相談件数   うち社協紹介   うち社内貸付
  ------   --------   ------------   ------------
  2024/01        4              3              1
  2024/02        6              5              0
  2024/03        9              7              2
  2024/04       11              8              1
  2024/05        7              6              1

本資料は取扱注意としてお取り扱いください。
""" + SIG_IWASA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is classified 【取扱注意】 in the subject and body, sent outside (aggregates only)",
    },
    {
        "id": "seikatsushikin-035",
        "sender": "丹羽 拓海 <niwa.takumi@hinode-sangyo.co.jp>",
        "to": ["古賀 様 <koga@tsubasa-system.jp>"],
        "subject": "償還管理システム改修案件 秘密保持契約書の締結について",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
古賀様

いつもお世話になっております。日の出産業 公共ソリューション部の丹羽です。

県社協様向け償還管理システム改修案件につきまして、再委託にあたり
秘密保持契約書（NDA）を締結させていただきたく、当社ひな形をお送りします。
第5条（再委託先の管理）と第9条（返還・廃棄）は県社協様との元契約に合わせて
修正しておりますので、ご確認をお願いいたします。

・ご確認期限：6月21日（金）
・締結方法：電子契約サービス（クラウドサイン）で回付いたします

キックオフは契約締結後、6月下旬を想定しております。
""" + SIG_NIWA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA (秘密保持契約) with a partner: no marking, no personal data",
    },
    {
        "id": "seikatsushikin-036",
        "sender": "丹羽 拓海 <niwa.takumi@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 開発チーム <dev-team@tsubasa-system.jp>"],
        "subject": "移行リハーサル用データ（県社協ご提供分の抜粋）",
        "charset": "cp932",
        "body": """ツバサシステム 開発チーム各位

日の出産業の丹羽です。
来週の移行リハーサルに使うデータを、県社協様からご提供いただいた本番データの中から
10件抜粋してお送りします。文字コード確認用に外字を含むものを選んでいます。

・migration_sample_0614.zip
  - borrowers_sample.csv（UTF-8）
  - README.txt

リハーサル終了後は速やかに削除をお願いします。
""" + SIG_NIWA,
        "attachments": [{
            "kind": "zip", "name": "migration_sample_0614.zip",
            "files": [
                {"kind": "csv", "name": "borrowers_sample.csv", "encoding": "utf-8",
                 "rows": [
                     ["貸付番号", "氏名", "カナ", "生年月日", "住所", "電話", "資金種類", "貸付額", "償還残高"],
                     ["R2-KS-10482", "髙橋 康二", "タカハシ コウジ", "1968-04-11", "埼玉県熊谷市箱田6-2-14", "048-521-6632", "緊急小口", "200000", "142800"],
                     ["R2-KS-10519", "﨑山 典子", "サキヤマ ノリコ", "1974-09-02", "埼玉県行田市持田3-9-5", "090-3381-2750", "緊急小口", "200000", "200000"],
                     ["R2-SG-03311", "渡邉 剛", "ワタナベ ツヨシ", "1981-12-25", "埼玉県深谷市上柴町西2-18-7", "080-4420-9163", "総合支援", "600000", "512000"],
                     ["R3-SG-00977", "德永 聖子", "トクナガ セイコ", "1990-06-30", "埼玉県本庄市朝日町1-4-22", "070-2215-8874", "総合支援", "450000", "450000"],
                     ["R3-KS-02266", "吉田 𠮷男", "ヨシダ ヨシオ", "1957-02-14", "埼玉県鴻巣市本宮町5-1", "048-541-3309", "緊急小口", "100000", "62500"],
                     ["R3-KS-02301", "濵田 愛", "ハマダ アイ", "1996-11-08", "埼玉県熊谷市筑波2-33-1-304", "090-8856-1047", "緊急小口", "200000", "184000"],
                     ["R3-SG-01245", "栁沢 昭", "ヤナギサワ アキラ", "1963-07-19", "埼玉県羽生市南2-7-10", "080-6631-5508", "総合支援", "900000", "900000"],
                     ["R4-KS-00182", "邊見 多恵", "ヘンミ タエ", "1985-03-03", "埼玉県加須市中央1-12-6", "090-7472-3126", "緊急小口", "200000", "116600"],
                     ["R4-SG-00065", "齋藤 颯", "サイトウ ハヤテ", "1999-10-27", "埼玉県熊谷市銀座4-5-9", "070-3098-6612", "総合支援", "450000", "420000"],
                     ["R4-KS-00413", "桒原 正一", "クワバラ ショウイチ", "1952-08-16", "埼玉県深谷市岡部1106-2", "048-585-7720", "緊急小口", "100000", "0"],
                 ]},
                {"kind": "txt", "name": "README.txt",
                 "text": "移行リハーサル用データ\n本番データ抜粋（10件）。外字（𠮷・髙・﨑 等）を含む。\nリハーサル後は削除すること。\n"},
            ]}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ZIP (not encrypted) with a CSV of ten real borrowers' names, birth dates, addresses and phones to a partner",
    },
    {
        "id": "seikatsushikin-037",
        "sender": "丹羽 拓海 <niwa.takumi@hinode-sangyo.co.jp>",
        "to": ["古賀 様 <koga@tsubasa-system.jp>"],
        "subject": "単体テスト用データ（架空）について",
        "charset": "utf-8",
        "body": """古賀様

丹羽です。単体テスト用のデータを当社で作成しましたので、貼り付けでお送りします。
氏名・住所・電話はすべて生成ツールで作った架空のものです（実在の借受人ではありません）。

  貸付番号       氏名           生年月日     電話            住所
  -------------  -------------  -----------  --------------  ------------------------------
  T9-KS-00001    青柳 智之      1979-05-14   090-5512-8830   埼玉県熊谷市石原2-41-6
  T9-KS-00002    浅倉 みのり    1988-10-02   080-3127-6694   埼玉県行田市棚田町1-7-23
  T9-KS-00003    相良 俊彦      1966-01-29   070-4409-1582   埼玉県深谷市原郷3-15-2
  T9-SG-00004    秋葉 咲        1994-07-07   090-2265-0418   埼玉県本庄市千代田4-2-11
  T9-SG-00005    荒巻 定雄      1955-03-18   048-521-9930    埼玉県鴻巣市人形3-6-30
  T9-SG-00006    有馬 瑠衣      2001-12-09   080-7734-2251   埼玉県加須市諏訪2-9-4

期待値は別途Excelでお送りします。
丹羽
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six realistic-looking person records declared to be generated test data: a list by form, fictional by the sender's word",
    },
    {
        "id": "seikatsushikin-038",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["kashitsuke@minamisato-shakyo.or.jp"],
        "subject": "四十物様 臨時特例つなぎ資金のご相談（年金請求中）",
        "charset": "cp932",
        "body": """南里市社会福祉協議会
生活福祉資金ご担当者様

お世話になっております。日の出産業 厚生課の村瀬です。

5月末で再雇用期間を満了した四十物 和男さん（昭和35年1月8日生）が、
老齢厚生年金の初回振込（8月予定）までの生活費について相談したいとのことです。
年金事務所への請求は済んでおり、受付の控えがあります。

　基礎年金番号：４４２０－３１８５６７
　請求日：２０２４年５月２７日（大宮年金事務所）

つなぎ資金の対象となるか、ご確認いただけますでしょうか。
""" + SIG_MURASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a former employee's 基礎年金番号 (full-width) with name and birth date to an external 社協",
    },
    {
        "id": "seikatsushikin-039",
        "sender": "福原 あかね <fukuhara.akane@hinode-sangyo.co.jp>",
        "to": ["佐原 由香 <sahara@kurashi-minami.or.jp>"],
        "subject": "近隣の社協窓口一覧（従業員向けチラシ用）",
        "charset": "utf-8",
        "body": """佐原様

お世話になっております。福原です。
従業員向けチラシの裏面に載せる相談窓口の一覧を作りました。
住所・電話番号に誤りがないか、お目通しいただけますでしょうか。

  窓口                          所在地                                   電話
  ----------------------------  ---------------------------------------  -------------
  南里市社会福祉協議会          埼玉県南里市本町1-1-1 南里市福祉センター2F  048-700-1294
  北浦町社会福祉協議会          埼玉県北足立郡北浦町大字北浦300           048-790-5561
  さいたま市見沼区社会福祉協議会  埼玉県さいたま市見沼区堀崎町12-36         048-683-0011
  南里市 生活支援課             埼玉県南里市本町1-1-1 本庁舎3F            048-700-1180
  くらしサポートみなみ          埼玉県南里市中原2-4-8 中原ビル1F          048-700-6630
  法テラス埼玉（参考）          埼玉県さいたま市浦和区高砂3-17-15         0570-078-325

チラシは7月1日に全社配布の予定です。
福原
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of public offices and organisations with their switchboards: businesses, not people",
    },
    {
        "id": "seikatsushikin-040",
        "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>",
               "水野 弁護士 <mizuno@shirakawa-law.jp>",
               "漆原 亮介 <ryo.urushibara@gmail.com>"],
        "subject": "漆原様 債務整理と貸付相談の今後の進め方",
        "charset": "iso-2022-jp",
        "body": """大塚様、水野先生、漆原さん

お世話になっております。日の出産業の小野寺です。
昨日の打合せの内容を、関係者の皆様にまとめてお送りします。

1. 水野先生に任意整理をご依頼（着手は6月24日）
2. 受任通知の発送後、返済が止まった段階で、社協にて総合支援資金の再相談
3. 当面の生活費は当社の社内貸付（10万円）で対応
4. 次回の三者面談：7月8日（月）17:30 当社会議室

内容に相違がありましたら、ご指摘ください。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "社協, the law firm and a private person (gmail) in To: three external parties see each other",
    },
]

MESSAGES += [
    {
        "id": "seikatsushikin-041",
        "sender": "Mariko Iwasa <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["Rachel Tan <rachel.tan@globalcare-eap.com>"],
        "subject": "Re: Case example for the APAC report",
        "charset": "utf-8",
        "body": """Hi Rachel,

Thanks for sharing the Singapore example. I am afraid we cannot provide a named case
from Japan: our policy only allows anonymised, aggregated figures to leave the company.
I can offer a composite story ("a factory worker in his 40s whose overtime pay dropped")
written by our team, if that works for the report format.

Please let me know by Friday.
""" + SIG_IWASA_EN + """

On Wed, Jun 12, 2024 at 6:40 PM Rachel Tan <rachel.tan@globalcare-eap.com> wrote:
> Hi Mariko,
> For the Singapore chapter we used this case, shared with consent:
>   Ms. Lim Hui Ling, 34, single mother, +65 9123 4471, Blk 217 Tampines St 23,
>   received an SGD 1,500 hardship grant in March.
> Could you provide something similar from Japan?
> Best, Rachel
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the only personal record is in the quoted \"On … wrote:\" text from the recipient herself",
    },
    {
        "id": "seikatsushikin-042",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["北浦町社会福祉協議会 <fukushi@kitaura-shakyo.or.jp>"],
        "subject": "申込書 世帯員欄の補記（健康保険証の記号・番号）",
        "charset": "iso-2022-jp",
        "body": """北浦町社会福祉協議会
福祉資金ご担当者様

いつもお世話になっております。日の出産業の村瀬です。
二階堂さんの申込書で空欄になっていた、健康保険証の記号・番号を補記します。

 被保険者　　二階堂 勝也
 保険者　　　日の出産業健康保険組合（保険者番号 06135207）
 記号・番号　記号 ４８１ 番号 ２０７
 被扶養者　　二階堂 ゆかり（妻）　記号 ４８１ 番号 ２０７ 枝番 ０１

申込書原本への記入は、次回ご来所時にご本人が行います。
""" + SIG_MURASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "health insurance card 記号・番号 of an employee and his wife to an external 社協",
    },
    {
        "id": "seikatsushikin-043",
        "sender": "福原 あかね <fukuhara.akane@hinode-sangyo.co.jp>",
        "to": ["講座担当 <kouza@kurashi-minami.or.jp>"],
        "subject": "見守り協力者名簿（民生委員・当社ボランティア）",
        "charset": "cp932",
        "body": """くらしサポートみなみ
講座ご担当者様

お世話になっております。福原です。
地域見守りネットワークの協力者名簿を、古いExcel形式ですがお送りします。
民生委員の方と当社社員ボランティアの自宅連絡先が入っていますので、
取り扱いにご注意ください。
""" + SIG_FUKUHARA,
        "attachments": [{
            "kind": "xls", "name": "見守り協力者名簿.xls",
            "sheets": {"名簿": [
                ["区分", "氏名", "担当地区", "自宅住所", "電話"],
                ["民生委員", "柏木 節子", "東久保町", "埼玉県南里市東久保町2-6-11", "048-702-3318"],
                ["民生委員", "一ノ瀬 和夫", "栄町", "埼玉県南里市栄町3-2-7", "048-702-4470"],
                ["民生委員", "漆畑 美代子", "中原", "埼玉県南里市中原3-15-2", "048-702-1952"],
                ["民生委員", "浜口 哲也", "若葉台", "埼玉県南里市若葉台1-3-9", "090-3316-7725"],
                ["民生委員", "曽根 清", "本町", "埼玉県南里市本町3-8-14", "048-702-6609"],
                ["民生委員", "成瀬 文恵", "緑ヶ丘", "埼玉県南里市緑ヶ丘3-1-21", "080-5509-2284"],
                ["主任児童委員", "米倉 智子", "西原台", "埼玉県南里市西原台1-17-5", "048-702-8813"],
                ["社員ボランティア", "東海林 沙織", "東久保町", "埼玉県南里市東久保町4-1-3-402", "090-7713-4062"],
                ["社員ボランティア", "勅使河原 亘", "栄町", "埼玉県南里市栄町5-6-3", "090-5038-2217"],
                ["社員ボランティア", "一戸 奈緒", "中原", "埼玉県南里市中原1-20-6", "080-6642-0935"],
                ["社員ボランティア", "小鳥遊 恭子", "緑ヶ丘", "埼玉県南里市緑ヶ丘2-5-1", "080-9925-3316"],
                ["社員ボランティア", "福田 隆之", "本町", "埼玉県南里市本町2-2-30", "070-1184-5536"],
                ["社員ボランティア", "桂木 悠", "若葉台", "埼玉県南里市若葉台3-12-1", "090-4418-0721"],
                ["社員ボランティア", "三雲 亜希", "西原台", "埼玉県南里市西原台2-6-8", "080-2276-3345"],
                ["社員ボランティア", "風間 俊介", "若葉台", "埼玉県南里市若葉台2-1-14", "070-5520-9187"],
            ]}}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of 15 volunteers with home addresses and phones to an external NPO",
    },
    {
        "id": "seikatsushikin-044",
        "sender": "鷲尾 さやか <washio.sayaka@hinode-sangyo.co.jp>",
        "to": ["岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>"],
        "subject": "7月給与 社協償還分の立替控除 対象者",
        "charset": "cp932",
        "body": """岩佐さん

経理の鷲尾です。7月給与で社協償還分を立替控除する対象者のCSVを添付します。
同意書の回収状況と突き合わせて、漏れがないか見ていただけますか。
給与計算の締めが7/10なので、それまでにお願いします。

鷲尾
""",
        "attachments": [{
            "kind": "csv", "name": "立替控除対象者_202407.csv", "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "控除額", "振替先口座", "同意書"],
                ["H10231", "国吉 大輔", "8400", "みどり銀行 南里支店 普通 3391874", "済"],
                ["H11408", "真壁 ひろみ", "8400", "みどり銀行 大宮東支店 普通 2047761", "済"],
                ["H09877", "五百旗頭 誠", "16700", "武蔵野信用金庫 本店営業部 普通 0158823", "済"],
                ["H12210", "瓜生 千晶", "6700", "みどり銀行 南里支店 普通 3560129", "未"],
                ["H08154", "百目鬼 健太", "8400", "ゆうちょ銀行 〇一八店 普通 6620418", "済"],
                ["H13302", "日下部 美和", "12500", "みどり銀行 与野支店 普通 1184402", "済"],
                ["H07761", "蔦谷 浩二", "25000", "さきたま銀行 南里支店 普通 4410736", "未"],
                ["H14019", "九十九 恵", "8400", "みどり銀行 南里支店 普通 3712958", "済"],
                ["H15520", "椎葉 翔", "8400", "みどり銀行 南里支店 普通 3802217", "済"],
            ]}],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "payroll deduction CSV with nine employees' bank accounts between two internal staff",
    },
    {
        "id": "seikatsushikin-045",
        "sender": "鷲尾 さやか <washio.sayaka@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 南里支店 <minamisato@midori-ginkou.co.jp>"],
        "subject": "口座振替依頼書の件（社協償還金の引落し）",
        "charset": "utf-8",
        "body": """みどり銀行 南里支店
法人営業ご担当 御中

いつもお世話になっております。日の出産業 経理部の鷲尾です。

当社従業員の社協償還金の口座振替について、振替依頼書の記載内容に
誤りがないかご確認をお願いしたく、ご連絡いたしました。

　口座名義：クニヨシ ダイスケ（国吉 大輔）
　店番・口座：南里支店（214）普通 3391874
　振替先：南里市社会福祉協議会
　振替開始：2024年8月27日

原本は本人が窓口にお持ちします。
""" + SIG_WASHIO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "partner みどり銀行 is midori-ginko.co.jp; midori-ginkou.co.jp is a look-alike (letter added)",
    },
    {
        "id": "seikatsushikin-046",
        "sender": "鷲尾 さやか <washio.sayaka@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 南里支店 <minamisato@midori-ginko.co.jp>"],
        "subject": "口座振替依頼書の記載確認のお願い（真壁様分）",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 南里支店 御中

お世話になっております。日の出産業 経理部の鷲尾でございます。
先日ご相談した口座振替の件で、もう1名分の確認をお願いいたします。

　口座名義：マカベ ヒロミ
　支店・口座：大宮東支店（208） 普通 2047761
　振替先：南里市社会福祉協議会（償還金）

ご本人からは委任状を預かっております。よろしくお願いいたします。
""" + SIG_WASHIO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "one person's bank account to the correct partner bank domain: a single record (may warn)",
    },
    {
        "id": "seikatsushikin-047",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>"],
        "subject": "療養費の貸付（福祉費）のご相談：鰐淵さん",
        "charset": "utf-8",
        "body": """大塚様

お世話になっております。日の出産業の岩佐です。
当社 品質管理課の鰐淵 正樹さん（52歳）の療養費のご相談です。

鰐淵さんは4月に大腸がん（ステージIII）と診断され、手術後、現在は外来で抗がん剤治療を
受けています。高額療養費の限度額適用認定は受けていますが、通院交通費と差額ベッド代で
毎月5万円ほどの持ち出しがあり、貯蓄が底をつきかけています。

福祉費（療養に必要な経費）の対象になるか、面談でご相談させてください。
ご本人の体調の良い日（水曜午後）を希望しています。
""" + SIG_IWASA,
        "html": """<html><body>
<p>大塚様</p>
<p>お世話になっております。日の出産業の岩佐です。<br>
当社 品質管理課の<b>鰐淵 正樹</b>さん（52歳）の療養費のご相談です。</p>
<p>鰐淵さんは4月に<b>大腸がん（ステージIII）</b>と診断され、手術後、現在は外来で抗がん剤治療を
受けています。高額療養費の限度額適用認定は受けていますが、通院交通費と差額ベッド代で
毎月5万円ほどの持ち出しがあり、貯蓄が底をつきかけています。</p>
<p>福祉費（療養に必要な経費）の対象になるか、面談でご相談させてください。<br>
ご本人の体調の良い日（水曜午後）を希望しています。</p>
<p>日の出産業株式会社 人事部 厚生課<br>岩佐 真理子<br>TEL 048-555-7310</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's cancer diagnosis and treatment (text + HTML) to an external 社協: 病歴",
    },
    {
        "id": "seikatsushikin-048",
        "sender": "鷲尾 さやか <washio.sayaka@hinode-sangyo.co.jp>",
        "to": ["kashitsuke@minamisato-shakyo.or.jp"],
        "subject": "給与支払証明書（パスワード付PDF）の送付",
        "charset": "cp932",
        "body": """南里市社会福祉協議会
生活福祉資金ご担当者様

お世話になっております。日の出産業 経理部の鷲尾です。
鰐淵さんの給与支払証明書（直近6か月分）をPDFでお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。
""" + SIG_WASHIO,
        "attachments": [{
            "kind": "pdf", "name": "給与支払証明書_鰐淵.pdf", "password": "hs0617",
            "title": "給与支払証明書",
            "lines": ["給与支払証明書", "氏名 鰐淵 正樹", "2024年1月～6月 支給額明細",
                      "1月 312,400円 / 2月 308,900円 / 3月 315,200円",
                      "4月 201,600円 / 5月 158,300円 / 6月 162,000円",
                      "日の出産業株式会社"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF: the attachment cannot be inspected",
    },
    {
        "id": "seikatsushikin-049",
        "sender": "福原 あかね <fukuhara.akane@hinode-sangyo.co.jp>",
        "to": ["佐原 由香 <sahara@kurashi-minami.or.jp>"],
        "subject": "説明会スライド（案）のご確認",
        "charset": "cp932",
        "body": """佐原様

お世話になっております。福原です。
7月の相談会で使う制度説明のスライド案をお送りします。
「償還」のページの表現（猶予・免除の要件）が正確かどうか、特に見ていただけると助かります。

福原
""",
        "attachments": [{
            "kind": "pptx", "name": "くらしの資金説明会_案v2.pptx",
            "title": "くらしの資金説明会",
            "slides": [
                ["くらしの資金 説明会", "日の出産業 社会貢献推進室", "協力：南里市社協／くらしサポートみなみ"],
                ["生活福祉資金とは", "低所得・障害者・高齢者世帯向けの公的な貸付", "窓口は市町村の社会福祉協議会", "民生委員が相談の入口になることも"],
                ["緊急小口資金", "一時的に生計が困難になったとき", "10万円以内・無利子", "据置2か月、償還12か月以内"],
                ["総合支援資金", "生活の立て直しまでの生活費", "自立相談支援機関の支援とセット", "連帯保証人あり：無利子／なし：年1.5%"],
                ["償還（返済）", "口座振替が基本", "失業・疾病などで困難なときは猶予を申請", "一定の要件で免除も"],
                ["相談窓口", "南里市社協 048-700-1294", "くらしサポートみなみ 048-700-6630"],
            ]}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX of a public scheme explanation with office switchboards only: no personal data",
    },
    {
        "id": "seikatsushikin-050",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["kashitsuke@minamisato-shakyo.or.jp"],
        "subject": "連帯保証人の承諾状況について（福祉費 申込者分）",
        "charset": "utf-8",
        "body": """南里市社会福祉協議会
生活福祉資金ご担当者様

お世話になっております。日の出産業 厚生課の村瀬です。
福祉費を申し込む当社従業員5名について、連帯保証人の承諾状況を一覧にしました。
承諾書が未提出の方は、来週中に本人から提出させます。
""" + SIG_MURASE,
        "attachments": [{
            "kind": "docx", "name": "連帯保証人承諾状況_0618.docx",
            "title": "連帯保証人承諾状況",
            "paragraphs": ["連帯保証人 承諾状況一覧", "2024年6月18日現在　日の出産業株式会社 人事部厚生課"],
            "tables": [[
                ["申込者", "連帯保証人", "続柄", "保証人住所", "保証人電話", "承諾書"],
                ["瓜生 千晶", "瓜生 敏雄", "父", "埼玉県春日部市粕壁東2-14-9", "048-752-3301", "提出済"],
                ["鰐淵 正樹", "鰐淵 健二", "兄", "群馬県太田市飯塚町1120-4", "0276-45-8812", "提出済"],
                ["薬師寺 進", "薬師寺 聡", "長男", "東京都足立区西新井本町3-7-22", "090-2841-5530", "未提出"],
                ["神余 由紀子", "金谷 誠司", "兄", "千葉県松戸市常盤平5-18-3", "047-386-2290", "提出済"],
                ["九十九 恵", "九十九 はる", "母", "埼玉県南里市若葉台2-7-11", "048-702-5127", "未提出"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of five applicants and their guarantors with addresses and phones (ten people) to an external 社協",
    },
    {
        "id": "seikatsushikin-051",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>"],
        "cc": ["小峰 結 <komine.yui@hinode-sangyo.co.jp>"],
        "subject": "Re: 面談記録（鰐淵さん）",
        "charset": "utf-8",
        "body": """岩佐さん、小峰さん

村瀬です。昨日の鰐淵さんとの面談記録をWordでまとめました。
社協に出す前に、病状の書き方をどこまでにするか相談させてください。

> 面談記録ができたら健康管理室にも共有してください。
> 岩佐

村瀬
""",
        "attachments": [{
            "kind": "docx", "name": "面談記録_鰐淵_0617.docx",
            "paragraphs": [
                "面談記録（社内限り）",
                "日時：2024年6月17日 16:00～16:50　場所：本社2F 面談室",
                "対象者：鰐淵 正樹（品質管理課）携帯 070-2256-8841",
                "病状：大腸がん ステージIII。5月に手術、現在 抗がん剤（外来・2週ごと）。",
                "就業：6月から時短勤務（5時間）。夏季は在宅併用を希望。",
                "家計：治療費・交通費で月5万円の不足。妻はパート（月8万円）。",
                "方針：社協の福祉費（療養費）を申込み。社内貸付は併用しない。",
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "interview record with a diagnosis circulated among internal staff only",
    },
    {
        "id": "seikatsushikin-052",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["県社協 特例貸付担当 <tokurei@sainokuni-shakyo.or.jp>"],
        "subject": "従業員支援制度の利用状況（部署別集計）",
        "charset": "iso-2022-jp",
        "body": """特例貸付ご担当者様

お世話になっております。日の出産業の岩佐です。
企業の取組事例としてご紹介いただく件、部署別の集計をExcelでお送りします。
""" + SIG_IWASA,
        "attachments": [{
            "kind": "xlsx", "name": "支援制度利用状況_部署別_2023.xlsx",
            "page_header": "部外秘",
            "sheets": {
                "部署別": [
                    ["【部外秘】従業員支援制度 利用状況（2023年度・部署別）"],
                    [],
                    ["部署", "在籍者数", "相談件数", "社協紹介", "社内貸付", "復職・改善"],
                    ["製造一課", 142, 14, 11, 3, 9],
                    ["製造二課", 118, 12, 10, 2, 8],
                    ["物流課", 76, 9, 7, 1, 5],
                    ["品質管理課", 41, 3, 2, 1, 2],
                    ["間接部門計", 203, 5, 3, 2, 4],
                ],
                "注記": [["件数は延べ。個人は特定できない形で集計。"]],
            }}],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX stamped 【部外秘】 (title row and page header) sent outside; aggregates only",
    },
    {
        "id": "seikatsushikin-053",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["真壁 ひろみ <hiromi.makabe.0912@gmail.com>"],
        "subject": "連帯保証人について（ご質問への回答）",
        "charset": "utf-8",
        "body": """真壁さん

厚生課の村瀬です。昨日ご質問いただいた連帯保証人の件、社協に確認しましたのでお伝えします。

・総合支援資金は、連帯保証人を立てれば無利子、立てない場合も借りられますが年1.5%の利子がつきます。
・連帯保証人は原則として同じ世帯以外の方で、収入のある方です。
・会社（上司や同僚）が保証人になることは当社としてはお勧めしていません。
・保証人を立てないで申し込む方も多いので、無理に探す必要はないとのことでした。

ご不明な点があれば、いつでも内線3312か、このアドレスへどうぞ。
""" + SIG_MURASE,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "general information to the employee's own free-mail address; no third person's data",
    },
    {
        "id": "seikatsushikin-054",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["県社協 特例貸付担当 <tokurei@sainokuni-shakyo.or.jp>",
               "大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>"],
        "cc": ["南里市 生活支援課 <seikatsushien@city.minamisato.lg.jp>",
              "佐原 由香 <sahara@kurashi-minami.or.jp>"],
        "subject": "第2回 地域生活支援連絡会議 議事録の送付",
        "charset": "cp932",
        "body": """関係機関の皆様

先日はご出席いただきありがとうございました。日の出産業の岩佐です。
第2回連絡会議の議事録（案）を添付いたします。
修正点がございましたら、6月28日（金）までにご連絡ください。
""" + SIG_IWASA,
        "attachments": [{
            "kind": "docx", "name": "第2回連絡会議_議事録案.docx",
            "paragraphs": [
                "第2回 地域生活支援連絡会議 議事録（案）",
                "日時：2024年6月18日 15:00～16:30　場所：南里市役所 本庁舎3F",
                "出席：県社協、南里市社協、南里市生活支援課、くらしサポートみなみ、日の出産業",
                "1. 企業経由の相談の流れについて：人事担当から社協への紹介票を統一する。",
                "2. 償還猶予の周知：企業内のチラシ配布に協力する。",
                "3. 次回：9月中旬（日の出産業 本社にて）",
            ]}],
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four external organisations in To/Cc see each other: should have been Bcc",
    },
    {
        "id": "seikatsushikin-055",
        "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>"],
        "subject": "FW: 会議室予約の確認（7/6 相談会）",
        "charset": "utf-8",
        "body": """大塚様

お世話になっております。総務の小野寺です。
7/6の相談会の会場予約が確定しましたので、施設管理システムからの確認メールを添付します。
搬入口は北側になります。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "eml", "name": "会議室予約確認.eml",
            "message": {
                "sender": "施設予約システム <facility-noreply@hinode-sangyo.co.jp>",
                "to": ["onodera.ken@hinode-sangyo.co.jp"],
                "subject": "【予約確定】本社1F 多目的ホール 2024/07/06",
                "charset": "iso-2022-jp",
                "body": "以下の予約が確定しました。\n\n施設：本社1F 多目的ホール\n日時：2024/07/06 12:00-17:30\n用途：くらしの相談会（社外来場者あり）\n予約者：総務部 小野寺\n備品：長机12、椅子40、パーテーション3\n",
            }}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an attached internal booking confirmation with no personal data",
    },
    {
        "id": "seikatsushikin-056",
        "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
        "to": ["水野 弁護士 <mizuno@shirakawa-law.jp>"],
        "subject": "転送：償還が滞っている従業員の状況（社協より）",
        "charset": "iso-2022-jp",
        "body": """水野先生

お世話になっております。日の出産業の小野寺です。
社協から届いた、償還が滞っている当社従業員の状況を添付で転送いたします。
債務整理を検討すべき方がいるか、一度ご覧いただけますでしょうか。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "eml", "name": "償還遅延者の状況.eml",
            "message": {
                "sender": "南里市社協 償還担当 <shokan@minamisato-shakyo.or.jp>",
                "to": ["小野寺 健 <onodera.ken@hinode-sangyo.co.jp>"],
                "subject": "償還が遅延している方について",
                "charset": "utf-8",
                "body": """日の出産業 小野寺様

南里市社協 償還担当です。貴社にお勤めの方のうち、償還が3か月以上遅れている方です。
ご本人への声かけをお願いできれば幸いです。

  氏名           貸付番号       滞納月数  電話            住所
  -------------  -------------  --------  --------------  -----------------------------
  漆原 亮介      R3-SG-00871        7     080-7714-2059   さいたま市見沼区東大宮3-3-7
  五百旗頭 誠    R3-SG-00418        4     070-6630-1187   南里市本町4-1-19
  勅使河原 亘    R2-SG-00662        5     090-5038-2217   南里市栄町5-6-3
  椎葉 翔        R4-KS-00507        3     090-6120-7784   さいたま市見沼区南中丸2041-7
  神余 由紀子    R3-SG-02015        6     090-2284-6607   南里市西原台3-11-2-405
  蔦谷 浩二      R3-SG-01552        3     090-2718-4430   南里市東久保町3-18-5

南里市社会福祉協議会 償還担当
""",
            }}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a forwarded mail (attached .eml) listing six borrowers in arrears with phones and addresses to a law firm",
    },
    {
        "id": "seikatsushikin-057",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["森 大地 <d.mori@kawasaki-denki.co.jp>"],
        "subject": "人事分科会 資料（生活資金の相談対応フロー）",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社
人事部 森様

お世話になっております。日の出産業の岩佐です。
先日の地区人事分科会でお話しした、従業員からの生活資金の相談対応フローを
文字でまとめましたので共有いたします。

 1. 相談受付（厚生課・各部総務）…相談票に記入、本人同意を取得
 2. 公的制度の確認 …社協の生活福祉資金、住居確保給付金、傷病手当金など
 3. 社協への紹介 …紹介票を本人に渡し、必要に応じ同行
 4. 社内貸付の検討 …公的制度が使えない場合のみ
 5. フォロー …償還開始時に口座振替の案内、困難時は猶予申請を案内

御社のフローとの違いなど、次回の分科会で意見交換できれば幸いです。
""" + SIG_IWASA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a process description to a partner company's HR: no personal data",
    },
    {
        "id": "seikatsushikin-058",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["kashitsuke@minamisato-shakyo.or.jp"],
        "subject": "世帯員の個人番号（申込書 別紙）",
        "charset": "utf-8",
        "body": """南里市社会福祉協議会
生活福祉資金ご担当者様

お世話になっております。日の出産業の村瀬です。
蔦谷さんの申込書の別紙（世帯員の個人番号）を、本人から預かった内容でExcelにしました。
ご確認をお願いいたします。
""" + SIG_MURASE,
        "attachments": [{
            "kind": "xlsx", "name": "別紙_世帯員_蔦谷.xlsx",
            "sheets": {"世帯員": [
                ["申込書 別紙：世帯員"],
                ["続柄", "氏名", "生年月日", "個人番号"],
                ["世帯主", "蔦谷 浩二", "1981/11/02", my_number(SEED + 2)],
                ["妻", "蔦谷 理恵", "1984/03/15", my_number(SEED + 3)],
                ["長女", "蔦谷 芽衣", "2012/08/30", my_number(SEED + 4)],
            ]}}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX with three household members' My Numbers to an external 社協",
    },
    {
        "id": "seikatsushikin-059",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["北浦町社会福祉協議会 <fukushi@kitaura-shakyo.or.jp>"],
        "subject": "二階堂様 面談日の変更と同席者について",
        "charset": "cp932",
        "body": """北浦町社会福祉協議会
福祉資金ご担当　戸塚様

お世話になっております。日の出産業の村瀬です。
二階堂さんの面談日を、6月26日（水）14時に変更していただけますでしょうか。
奥様も同席されるとのことで、世帯員として以下のとおりお知らせします。

　二階堂 勝也　　平成2年8月14日生　　携帯 070-4461-2390
　二階堂 ゆかり　平成4年1月23日生　　携帯 080-6218-0457

よろしくお願いいたします。
""" + SIG_MURASE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two people (applicant and spouse) with birth dates and phones: under the five-person threshold (may warn)",
    },
    {
        "id": "seikatsushikin-060",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["佐原 由香 <sahara@kurashi-minami.or.jp>"],
        "subject": "多額の献金による借入れのご相談",
        "charset": "iso-2022-jp",
        "body": """佐原様

いつもお世話になっております。日の出産業の岩佐です。
難しいご相談で恐縮ですが、当社 物流課の神余 由紀子さん（44歳）の件です。

神余さんは十数年来「光明真理の会」の信者で、教団への献金のため消費者金融から
借入れを重ねており、現在の残高は約190万円とのことです。
本人は信仰を続けたいが、献金はやめたいという気持ちもあるようで、
社協の貸付の相談に行く前に、家計の立て直しについてお話を伺っていただけないでしょうか。

ご本人の了解は得ています。面談には私も同席できます。
""" + SIG_IWASA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's religious affiliation (信条) sent to an external NPO: 要配慮個人情報",
    },
]

MESSAGES += [
    {
        "id": "seikatsushikin-061",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>"],
        "subject": "家計表の様式について",
        "charset": "utf-8",
        "body": """大塚様

お世話になっております。村瀬です。
相談前に従業員に記入してもらう家計表の様式を作ってみました。
社協でお使いの様式と項目がずれていないか、ご意見をいただけますでしょうか。
（記入例は入れていません）
""" + SIG_MURASE,
        "attachments": [{
            "kind": "xlsx", "name": "家計表_様式_v1.xlsx",
            "sheets": {
                "収入": [["家計表（収入）"], ["項目", "本人", "配偶者", "その他世帯員", "合計"],
                         ["給与（手取り）", "", "", "", ""], ["年金", "", "", "", ""],
                         ["手当（児童・児童扶養等）", "", "", "", ""], ["その他", "", "", "", ""]],
                "支出": [["家計表（支出）"], ["項目", "月額", "備考"],
                         ["家賃・住宅ローン", "", ""], ["水道光熱費", "", ""], ["通信費", "", ""],
                         ["食費", "", ""], ["教育費", "", ""], ["借入返済", "", "社協償還を含む"]],
            }}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an empty budget template: no personal data",
    },
    {
        "id": "seikatsushikin-062",
        "sender": "鷲尾 さやか <washio.sayaka@hinode-sangyo.co.jp>",
        "to": ["南里市社協 償還担当 <shokan@minamisato-shakyo.or.jp>"],
        "subject": "償還猶予申請書の提出予定者について",
        "charset": "utf-8",
        "body": "南里市社会福祉協議会\n償還ご担当者様\n\n"
                "お世話になっております。日の出産業 経理部の鷲尾です。\n"
                "7月の償還について猶予を申請したいという従業員が8名おります。\n"
                "申請書の送付先として、以下の住所にお送りいただけますでしょうか。\n\n"
                + "\n".join("\t".join(r) for r in [
                    ["氏名", "生年月日", "住所", "貸付番号", "猶予理由"],
                    ["国吉 大輔", "1980/03/09", "埼玉県南里市栄町2-14-3-205", "R2-KS-01127", "減収"],
                    ["真壁 ひろみ", "1988/09/12", "埼玉県南里市中原1-8-2", "R2-KS-01344", "減収"],
                    ["五百旗頭 誠", "1973/06/25", "埼玉県南里市本町4-1-19", "R3-SG-00418", "減収"],
                    ["漆原 亮介", "1982/01/17", "埼玉県さいたま市見沼区東大宮3-3-7", "R3-SG-00871", "失業"],
                    ["勅使河原 亘", "1975/08/21", "埼玉県南里市栄町5-6-3", "R2-SG-00662", "減収"],
                    ["小鳥遊 恭子", "1995/02/04", "埼玉県南里市緑ヶ丘2-5-1", "R4-KS-00622", "減収"],
                    ["二階堂 勝也", "1990/08/14", "埼玉県北足立郡北浦町大字南原1425-3", "R3-KS-01733", "災害（床下浸水）"],
                    ["百目鬼 健太", "1995/10/03", "埼玉県南里市本町2-9-1", "R3-KS-00093", "減収"],
                ])
                + "\n\nよろしくお願いいたします。\n" + SIG_WASHIO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of eight borrowers with birth dates and home addresses to an external 社協",
    },
    {
        "id": "seikatsushikin-063",
        "sender": "福原 あかね <fukuhara.akane@hinode-sangyo.co.jp>",
        "to": ["南里市 生活支援課 <seikatsushien@city.minamisato.lg.jp>"],
        "subject": "相談会で紹介する連携先の一覧",
        "charset": "cp932",
        "body": """南里市役所 生活支援課 御中

お世話になっております。日の出産業 社会貢献推進室の福原です。
相談会の当日に配布する「食・住まいの支援先」の一覧です。
市のホームページ掲載情報から作りましたが、最新かどうかご確認いただけますと幸いです。

　名称　　　　　　　　　　　　　所在地　　　　　　　　　　電話
　――――――――――――――――――――――――――――――――――――――――――
　フードバンクみなみさと　　　　南里市中原２－４－８　　　０４８－７００－２２１０
　こども食堂ひだまり　　　　　　南里市栄町１－１０－３　　０４８－７０２－９９４１
　こども食堂あおぞら　　　　　　南里市若葉台３－２－１　　０４８－７０２－３３８０
　南里市居住支援協議会　　　　　南里市本町１－１－１　　　０４８－７００－１１８８
　シェルターみなみ（一時生活支援）南里市本町５－２－９　　０４８－７００－４４０２
　ハローワーク南里　　　　　　　南里市緑ヶ丘１－１－５　　０４８－７０２－８６０９

どうぞよろしくお願いいたします。
""" + SIG_FUKUHARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "full-width padded list of support organisations and their phones: organisations, not people",
    },
    {
        "id": "seikatsushikin-064",
        "sender": "丹羽 拓海 <niwa.takumi@hinode-sangyo.co.jp>",
        "to": ["佐藤 健太 <sato.k@tsubasa-systems.jp>"],
        "subject": "移行仕様書 v0.9 のご確認",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
佐藤様

お世話になっております。日の出産業の丹羽です。
償還管理システムの移行仕様書 v0.9 をお送りします。
3章（外字の扱い）と5章（償還履歴の移行範囲）を中心にご確認ください。
コメントは6月25日までにいただけますと助かります。
""" + SIG_NIWA,
        "attachments": [{
            "kind": "docx", "name": "移行仕様書_v0.9.docx",
            "paragraphs": [
                "償還管理システム 移行仕様書 v0.9",
                "1. 目的と範囲", "2. 移行対象テーブル一覧",
                "3. 外字の扱い：JIS第3・第4水準はUnicodeへ変換、変換不能は〓で置換し一覧化する",
                "4. コード変換（資金種類、償還状態）",
                "5. 償還履歴の移行範囲：平成27年度以降の全件",
            ],
            "tables": [[["テーブル", "件数（概算）", "備考"], ["借受人", "48,000", ""],
                        ["貸付", "61,000", ""], ["償還履歴", "2,300,000", "月次"]]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner ツバサシステム is tsubasa-system.jp; tsubasa-systems.jp is a look-alike (letter added)",
    },
    {
        "id": "seikatsushikin-065",
        "sender": "丹羽 拓海 <niwa.takumi@hinode-sangyo.co.jp>",
        "to": ["古賀 様 <koga@tsubasa-system.jp>"],
        "cc": ["丹羽 拓海 <niwa.takumi@hinode-sangyo.co.jp>"],
        "subject": "Re: 項目定義書の修正点",
        "charset": "cp932",
        "body": """古賀様

丹羽です。項目定義書の修正点、以下で問題ありません。

  項目ID      項目名          型        桁数   必須   備考
  ----------  --------------  --------  -----  -----  ----------------------
  BRW_NAME    借受人氏名      文字      40     ○     外字は〓置換
  BRW_KANA    氏名カナ        文字      60     ○     全角カナ
  BRW_BIRTH   生年月日        日付      -      ○     西暦で保持、画面は和暦
  BRW_TEL     電話番号        文字      15            ハイフンなし
  GRT_NAME    連帯保証人氏名  文字      40            無しの場合空欄
  RPY_STATUS  償還状態        コード    2      ○     01:償還中 02:猶予 03:免除

なお、和暦表示は令和以降の元号追加にも対応できる作りでお願いします。

> 丹羽様
> 項目定義書について、以下の点を修正しました。ご確認ください。
> 古賀
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a field definition table (column names, no values) to the correct partner domain",
    },
    {
        "id": "seikatsushikin-066",
        "sender": "Shun Murase <murase.shun@hinode-sangyo.co.jp>",
        "to": ["Maria Santos <maria.santos@kapwa-network.org>"],
        "subject": "Re: Loan application support for Mr. Reyes",
        "charset": "utf-8",
        "body": """Dear Ms. Santos,

Thank you for agreeing to accompany our employee to the social welfare council.
As requested, here are the details the council will ask for at the counter:

  Name:            REYES, JOSEPH DELA CRUZ
  Date of birth:   14 February 1991
  Passport No.:    P4829173B (Republic of the Philippines, valid until 2029-05-03)
  Employer:        Hinode Sangyo Co., Ltd., Minamisato Plant
  Monthly income:  approx. JPY 185,000 (reduced to JPY 140,000 since April)

His residence card is being renewed, so the council agreed to accept the passport
as identification. The appointment is on June 27 at 10:00.

Kind regards,
Shun Murase
Employee Welfare Section, Hinode Sangyo Co., Ltd.
""" + DISCLAIMER_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "a named employee's passport number and birth date in English mail to an external NGO",
    },
    {
        "id": "seikatsushikin-067",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["家計改善支援 担当 <kakei@kurashi-minami.or.jp>"],
        "subject": "家計状況メモ（蔦谷様）",
        "charset": "iso-2022-jp",
        "body": """家計改善支援ご担当者様

お世話になっております。日の出産業の村瀬です。
蔦谷さんから聞き取った家計の状況をメモにまとめました（テキストファイルです）。
面談の際のご参考にしてください。
""" + SIG_MURASE,
        "attachments": [{
            "kind": "txt", "name": "家計メモ_蔦谷.txt", "encoding": "cp932",
            "text": f"""家計メモ（聞き取り日 2024/6/19）
対象：蔦谷 浩二（43）世帯3人

[収入] 本人手取り 21.4万 / 妻パート 6.8万
[固定費] 家賃 7.4万、車ローン 2.9万、保険 1.2万
[借入]
 - 総合支援資金（社協）残 112.5万
 - カードローン 残 38万
 - クレジットカード（ショッピング分割） 残 16万
   カード番号 {_cc(22, " ")}  有効期限 09/27
[メモ] 妻の実家への仕送り月2万を見直し中。
""",
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a text attachment carrying a named employee's credit card number to an external NPO",
    },
    {
        "id": "seikatsushikin-068",
        "sender": "鷲尾 さやか <washio.sayaka@hinode-sangyo.co.jp>",
        "to": ["岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>"],
        "subject": "住民税非課税証明の取得委任用 個人番号の再確認（2名）",
        "charset": "utf-8",
        "body": f"""岩佐さん

経理の鷲尾です。
償還免除の申請で、市役所に非課税証明を取りに行く委任状を作るにあたり、
扶養控除等申告書にある個人番号と、本人の通知カードの番号が一致しているか確認させてください。

　瓜生 千晶　　{_mn(5)}
　百目鬼 健太　{_mn(6)}

違っていたら教えてください。確認後このメールは削除します。

鷲尾
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "two My Numbers exchanged between internal payroll and HR: every recipient is internal",
    },
    {
        "id": "seikatsushikin-069",
        "sender": "福原 あかね <fukuhara.akane@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>"],
        "cc": ["浜口 哲也 <t.hamaguchi55@ezweb.ne.jp>",
               "曽根 清 <kiyoshi.sone@i.softbank.jp>",
               "成瀬 文恵 <fumie-n@icloud.com>"],
        "subject": "相談会 当日の役割分担（案）",
        "charset": "cp932",
        "body": """大塚様
（cc：民生委員の浜口様、曽根様、成瀬様）

お世話になっております。福原です。
7/6 相談会の当日の役割分担（案）です。

　受付・案内　　　：浜口様、当社社員2名
　待合の声かけ　　：曽根様、成瀬様
　個別相談（資金）：社協 大塚様ほか1名
　個別相談（家計）：くらしサポートみなみ 佐原様
　片付け　　　　　：当社社員

ご都合の悪い点があれば、お知らせください。
""" + SIG_FUKUHARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "社協 in To and three private volunteers (carrier/free mail) in Cc: four external parties see each other",
    },
    {
        "id": "seikatsushikin-070",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["柏木 節子 <setsuko.kashiwagi@yahoo.co.jp>"],
        "subject": "見守りのお願い（東久保町の方）",
        "charset": "iso-2022-jp",
        "body": """柏木様

いつもお世話になっております。日の出産業 厚生課の村瀬です。
先日お話しした、当社を3月に退職された方の件です。
ご本人から、地区の民生委員さんに相談に乗ってほしいとのお申し出があり、
連絡先をお伝えしてよいと了解をいただいております。

　一戸 正三さん（７１歳）
　埼玉県南里市東久保町３丁目２２番８号
　自宅 ０４８−７０２−５５６１

年金だけでは暮らしが厳しく、社協の貸付の相談もしたいとのことです。
お手すきの際にお訪ねいただけますと幸いです。
""" + SIG_MURASE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "one person's contact details, with his consent, to one 民生委員 on free mail (may warn)",
    },
    {
        "id": "seikatsushikin-071",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["kashitsuke@minamisato-shakyo.or.jp"],
        "subject": "療養・介護資金の申込みに関する補足資料",
        "charset": "utf-8",
        "body": """南里市社会福祉協議会
生活福祉資金ご担当者様

お世話になっております。日の出産業の岩佐です。
嘱託社員の薬師寺さんから、お母様の介護費用についてご相談があり、
福祉費（介護サービスを受けるのに必要な経費）の申込みを予定しています。
状況をWordにまとめましたので添付いたします。
""" + SIG_IWASA,
        "attachments": [{
            "kind": "docx", "name": "補足資料_薬師寺.docx",
            "paragraphs": [
                "福祉費（介護）申込みに関する補足資料",
                "申込者：薬師寺 進（当社 製造一課 嘱託）",
                "要介護者：薬師寺 トメ（母、昭和15年3月3日生、84歳）",
                "状況：令和5年にアルツハイマー型認知症と診断。要介護3。",
                "　　　本年4月に転倒し大腿骨を骨折、入院を経て現在はショートステイを利用。",
                "必要経費：住宅改修（手すり・段差解消）約35万円、ショートステイ自己負担 月4万円",
            ],
            "tables": [[["項目", "金額"], ["住宅改修", "350,000"], ["ショートステイ（6か月）", "240,000"],
                        ["合計", "590,000"]]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX naming the applicant's mother with her dementia diagnosis and care level: 要配慮個人情報",
    },
    {
        "id": "seikatsushikin-072",
        "sender": "福原 あかね <fukuhara.akane@hinode-sangyo.co.jp>",
        "to": ["講座担当 <kouza@kurashi-minami.or.jp>"],
        "subject": "相談会 運営スライド（当日スタッフ連絡先入り）",
        "charset": "utf-8",
        "body": """講座ご担当者様

福原です。相談会の運営用スライドを共有します。
最後のページに当日スタッフの携帯番号を入れてありますので、
当日の連絡にお使いください。
""" + SIG_FUKUHARA,
        "attachments": [{
            "kind": "pptx", "name": "相談会運営_0706.pptx",
            "slides": [
                ["くらしの相談会 運営マニュアル", "2024年7月6日（土）", "日の出産業 本社1F 多目的ホール"],
                ["タイムテーブル", "12:00 設営", "13:00 スタッフ集合・打合せ", "13:30 開場", "16:30 終了・片付け"],
                ["会場レイアウト", "受付（入口左）", "待合（中央）", "相談ブース A・B・C（奥）"],
                ["当日スタッフ連絡先",
                 "福田 隆之（受付）　070-1184-5536",
                 "桂木 悠（受付）　090-4418-0721",
                 "三雲 亜希（待合）　080-2276-3345",
                 "風間 俊介（誘導）　070-5520-9187",
                 "東海林 沙織（記録）　090-7713-4062",
                 "一戸 奈緒（救護）　080-6642-0935"],
            ]}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a PPTX slide listing six staff members' personal mobile numbers to an external NPO",
    },
    {
        "id": "seikatsushikin-073",
        "sender": "鷲尾 さやか <washio.sayaka@hinode-sangyo.co.jp>",
        "to": ["国吉 大輔 <kuniyoshi-d@docomo.ne.jp>"],
        "subject": "償還金の口座振替開始について",
        "charset": "iso-2022-jp",
        "body": """国吉さん

経理部の鷲尾です。社協への償還金の口座振替が、8月27日から始まることになりました。

・振替額：毎月 8,400円
・振替口座：ご本人名義のみどり銀行の口座（先日お届けいただいたもの）
・振替日：毎月27日（休日の場合は翌営業日）

前日までに残高があるか、ご確認をお願いします。
7月分までの給与からの立替控除は、7月給与で終了となります。
ご不明な点は内線7220までどうぞ。
""" + SIG_WASHIO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the employee's own repayment schedule to his own carrier address; no account number, no one else's data",
    },
    {
        "id": "seikatsushikin-074",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["県社協 特例貸付担当 <tokurei@sainokuni-shakyo.or.jp>"],
        "subject": "特例貸付 償還免除申請の取りまとめ（暗号化）",
        "charset": "cp932",
        "body": """特例貸付ご担当者様

お世話になっております。日の出産業の岩佐です。
当社従業員分の償還免除申請の取りまとめ表を、暗号化ZIPでお送りします。
パスワードは従前どおり、お電話でお伝えいたします。
""" + SIG_IWASA,
        "attachments": [{
            "kind": "zip", "name": "償還免除申請_取りまとめ_0620.zip", "password": "Hinode#0620",
            "files": [{"kind": "xlsx", "name": "償還免除申請_取りまとめ.xlsx",
                       "sheets": {"一覧": [["氏名", "貸付番号", "非課税証明"],
                                         ["瓜生 千晶", "R2-KS-02210", "取得済"],
                                         ["百目鬼 健太", "R3-KS-00093", "取得済"],
                                         ["九十九 恵", "R4-KS-00311", "申請中"]]}}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "AES-encrypted ZIP to an external council: the contents cannot be inspected",
    },
    {
        "id": "seikatsushikin-075",
        "sender": "福原 あかね <fukuhara.akane@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>"],
        "subject": "相談会にご協力いただく民生委員の方の連絡先",
        "charset": "utf-8",
        "body": """大塚様

お世話になっております。福原です。
当日、社協の皆様から直接ご連絡いただけるよう、ご協力いただく民生委員の方の
携帯番号をお知らせします（皆様にご了解をいただいています）。

・柏木 節子さん（東久保町）090-5521-3307
・一ノ瀬 和夫さん（栄町）090-2219-6640
・漆畑 美代子さん（中原）080-4437-1185
・浜口 哲也さん（若葉台）090-3316-7725
・曽根 清さん（本町）070-6618-2294

よろしくお願いいたします。
""" + SIG_FUKUHARA,
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five volunteers' mobiles (with their consent) to the 社協 they serve: five people's records, but role contacts the 社協 largely holds already",
    },
    {
        "id": "seikatsushikin-076",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["戸塚 様 <totsuka@kitaura-shakyo.or.jp>"],
        "subject": "RE: 二階堂様 面談結果のご報告",
        "charset": "iso-2022-jp",
        "body": """戸塚様

ご丁寧にご報告いただきありがとうございます。
在職証明書は今週中に発行し、ご本人経由でお届けします。
7月3日（水）の再面談、当方も同席させていただきます。

村瀬

-----Original Message-----
From: 戸塚 智美 <totsuka@kitaura-shakyo.or.jp>
Sent: Thursday, June 20, 2024 5:02 PM
To: 村瀬 俊 <murase.shun@hinode-sangyo.co.jp>
Subject: 二階堂様 面談結果のご報告

日の出産業 村瀬様

本日の面談結果をご報告します。
二階堂 勝也 様（平成2年8月14日生、携帯070-4461-2390）
・世帯収入：月額 約24万円（本人18万、配偶者6万）
・床下浸水被害による修繕費の不足：約40万円
・福祉費（災害を受けたことにより臨時に必要となる経費）で申込み予定
・必要書類：罹災証明書、在職証明書、修繕見積書

北浦町社会福祉協議会 戸塚
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "personal details only in the quoted -----Original Message----- from the recipient herself",
    },
    {
        "id": "seikatsushikin-077",
        "sender": "Mariko Iwasa <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["Rachel Tan <rachel.tan@globalcare-eap.com>"],
        "subject": "Program overview deck (for your reference)",
        "charset": "utf-8",
        "body": """Hi Rachel,

As promised, attached is the overview of our hardship support programme.
The figures are aggregated at company level.
""" + SIG_IWASA_EN,
        "attachments": [{
            "kind": "pdf", "name": "Hinode_Hardship_Support_Overview.pdf",
            "title": "Hardship Support Programme Overview",
            "page_header": "INTERNAL ONLY - Hinode Sangyo Co., Ltd.",
            "page_footer": "Internal Only. Do not distribute.",
            "lines": [
                "Hardship Support Programme - Overview FY2023",
                "Consultations: 43 (of which 33 referred to the municipal shakyo)",
                "In-house loans granted: 9 (average JPY 180,000)",
                "Repayment deferrals arranged with shakyo: 11",
                "Key partners: municipal social welfare councils, local NPOs, welfare volunteers",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached PDF stamped INTERNAL ONLY in page header and footer, sent to an external consultant",
    },
    {
        "id": "seikatsushikin-078",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>"],
        "subject": "相談記録の受け渡し方法について",
        "charset": "cp932",
        "body": """大塚様

お世話になっております。日の出産業の岩佐です。
相談記録の受け渡し方法について、当社の情報セキュリティ部門と相談しました。

相談記録は機密性の高い情報ですので、今後はメール添付ではなく、
貴会にご用意いただいたファイル共有サービス（アップロード専用フォルダ）を使う形に
したいと考えております。機密情報の取扱いに関する覚書も、あわせて締結させてください。

覚書の案は来週お送りします。
""" + SIG_IWASA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the words 機密 appear only as a topic of discussion, not as a marking; no personal data",
    },
    {
        "id": "seikatsushikin-079",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["南里市 生活支援課 <seikatsushien@city.minamisato.lg.jp>"],
        "subject": "住居確保給付金の受給状況の照会（５名）",
        "charset": "cp932",
        "body": """南里市役所 生活支援課 御中

お世話になっております。日の出産業 人事部の岩佐です。
社協の総合支援資金の申込みにあたり、住居確保給付金の受給状況の確認が必要とのことで、
本人の同意書を添えて照会させていただきます。

【１】
　氏名　　：五百旗頭 誠
　生年月日：昭和４８年６月２５日
　住所　　：埼玉県南里市本町４－１－１９
　電話　　：０７０－６６３０－１１８７

【２】
　氏名　　：勅使河原 亘
　生年月日：Ｓ５０．８．２１
　住所　　：埼玉県南里市栄町５－６－３
　電話　　：０９０－５０３８－２２１７

【３】
　氏名　　：小鳥遊 恭子
　生年月日：平成７年２月４日
　住所　　：埼玉県南里市緑ヶ丘２－５－１
　電話　　：０８０－９９２５－３３１６

【４】
　氏名　　：椎葉 翔
　生年月日：Ｈ５．４．１
　住所　　：埼玉県さいたま市見沼区大字南中丸２０４１－７
　電話　　：０９０－６１２０－７７８４

【５】
　氏名　　：神余 由紀子
　生年月日：昭和５４年１２月１２日
　住所　　：埼玉県南里市西原台３－１１－２－４０５
　電話　　：０９０－２２８４－６６０７

同意書の原本は郵送いたします。
""" + SIG_IWASA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five person blocks with 和暦 birth dates, addresses and full-width phones to the city office",
    },
    {
        "id": "seikatsushikin-080",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["南里市 市民税課 <shiminzei@city.minamisato.lg.jp>"],
        "subject": "非課税証明書の交付申請（委任状4名分）について",
        "charset": "utf-8",
        "body": """南里市役所 市民税課 御中

お世話になっております。日の出産業株式会社 人事部厚生課の村瀬でございます。
社協の償還免除申請に必要な住民税非課税証明書について、従業員4名から委任を受け、
7月1日（月）に窓口で申請させていただく予定です。事前に以下をお知らせします。

◇瓜生 千晶（1988年2月27日生）
　南里市中原4-3-16 グランシャリオ中原102
◇百目鬼 健太（1995年10月3日生）
　南里市本町2丁目9番1号
◇九十九 恵（1986年7月19日生）
　南里市若葉台2-7-11
◇日下部 美和（1983年5月30日生）
　※転居手続き中のため、住所は委任状に新住所で記載します

委任状と本人確認書類の写しは当日持参いたします。
""" + SIG_MURASE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four people's birth dates and addresses to the city office: under the five-person threshold (may warn)",
    },
]

MESSAGES += [
    {
        "id": "seikatsushikin-081",
        "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
        "to": ["kashitsuke@minamisato-shakyo.or.jp"],
        "subject": "特殊詐欺の被害に遭った従業員の生活資金について",
        "charset": "utf-8",
        "body": """南里市社会福祉協議会
生活福祉資金ご担当者様

お世話になっております。日の出産業 総務部の小野寺です。

当社 総務課の小鳥遊 恭子（29歳）が、5月に「還付金がある」という電話を信じて
ATMを操作し、預貯金のほぼ全額（約86万円）をだまし取られる被害に遭いました。
南里警察署に被害届を出し受理されています（受理番号は本人が控えを所持）。

家賃と光熱費の支払いが困難となっており、緊急小口資金の対象となるか
ご相談させていただけないでしょうか。ご本人は大変落ち込んでいるため、
初回は私も同席いたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee as the victim of a fraud crime (被害届) sent to an external 社協: 犯罪被害の事実",
    },
    {
        "id": "seikatsushikin-082",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["厚生課 <kousei@hinode-sangyo.co.jp>"],
        "subject": "6月 相談受付一覧（課内共有）",
        "charset": "utf-8",
        "html": """<html><body>
<p>課内の皆さん</p>
<p>6月の相談受付の一覧です。対応状況を更新したら共有フォルダの台帳にも反映してください。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-size:9pt">
<tr><th>受付日</th><th>氏名</th><th>内線/携帯</th><th>相談内容</th><th>健康・配慮事項</th><th>担当</th></tr>
<tr><td>6/3</td><td>国吉 大輔</td><td>090-4172-6638</td><td>緊急小口</td><td>なし</td><td>村瀬</td></tr>
<tr><td>6/4</td><td>阿久津 里美</td><td>090-6612-3380</td><td>休職中の生活費</td><td>適応障害で休職中</td><td>村瀬</td></tr>
<tr><td>6/5</td><td>鰐淵 正樹</td><td>070-2256-8841</td><td>療養費</td><td>大腸がん治療中</td><td>岩佐</td></tr>
<tr><td>6/7</td><td>椎名 達也</td><td>内線 5540</td><td>初任給までの生活費</td><td>保護観察中</td><td>小野寺</td></tr>
<tr><td>6/10</td><td>神余 由紀子</td><td>090-2284-6607</td><td>借入れ整理</td><td>宗教団体への献金</td><td>岩佐</td></tr>
<tr><td>6/11</td><td>小鳥遊 恭子</td><td>080-9925-3316</td><td>詐欺被害後の生活費</td><td>犯罪被害</td><td>小野寺</td></tr>
<tr><td>6/14</td><td>椎葉 翔</td><td>090-6120-7784</td><td>償還遅延</td><td>ギャンブル依存症で通院</td><td>村瀬</td></tr>
<tr><td>6/18</td><td>薬師寺 進</td><td>080-3390-1578</td><td>母の介護費用</td><td>母が認知症</td><td>岩佐</td></tr>
<tr><td>6/21</td><td>九十九 恵</td><td>080-3419-7751</td><td>シフト減</td><td>なし</td><td>村瀬</td></tr>
</table>
<p>岩佐</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "HTML table of nine consultations with health and other sensitive notes, to an internal list only",
    },
    {
        "id": "seikatsushikin-083",
        "sender": "鷲尾 さやか <washio.sayaka@hinode-sangyo.co.jp>",
        "to": ["県社協 特例貸付担当 <tokurei@sainokuni-shakyo.or.jp>",
               "南里市社協 償還担当 <shokan@minamisato-shakyo.or.jp>"],
        "cc": ["みどり銀行 南里支店 <minamisato@midori-ginko.co.jp>"],
        "subject": "償還金の口座振替への切替に関する打合せのお願い",
        "charset": "iso-2022-jp",
        "body": """県社協 特例貸付ご担当者様
南里市社協 償還ご担当者様
（cc：みどり銀行 南里支店様）

お世話になっております。日の出産業 経理部の鷲尾です。

当社で行っている償還金の給与からの立替控除を、8月から本人口座からの
口座振替に切り替えるにあたり、振替依頼書の様式と受付の流れについて、
三者で一度お打合せをお願いできないでしょうか。

候補日：7月2日（火）10時、7月4日（木）15時（いずれも1時間程度、オンライン可）

よろしくお願いいたします。
""" + SIG_WASHIO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (県社協, 市社協, bank) in To/Cc see each other's addresses",
    },
    {
        "id": "seikatsushikin-084",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>"],
        "subject": "Re: 明日の面談の件",
        "charset": "iso-2022-jp",
        "body": """大塚様

承知しました。明日は10時に正面玄関でお待ちしております。
受付で「厚生課 村瀬」とお伝えください。
急ぎの際は下記携帯にお願いします。

村瀬
--
日の出産業株式会社 人事部 厚生課
村瀬 俊
TEL 048-555-7312 ／ 社用携帯 080-4473-2916

> 村瀬様
> 明日の面談、10時に伺います。どちらに伺えばよろしいでしょうか。
> 大塚
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a short reply; the only phone numbers are the sender's own signature",
    },
    {
        "id": "seikatsushikin-085",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>"],
        "subject": "休業対象従業員の一覧（総合支援資金の一括相談用）",
        "charset": "utf-8",
        "body": """大塚様

お世話になっております。日の出産業の岩佐です。
南里工場の第2ラインが7月から3か月間休止となり、休業手当（平均賃金の60%）の
対象となる従業員が20名出ます。総合支援資金の一括相談会を開いていただけるとのことで、
対象者の一覧をCSVでお送りします。
""" + SIG_IWASA,
        "attachments": [{
            "kind": "csv", "name": "休業対象者一覧_第2ライン.csv", "encoding": "utf-8-sig",
            "rows": [["No", "氏名", "生年月日", "携帯電話", "月額給与", "休業手当見込"]] + [
                [str(i + 1), n, d, t, g, str(int(int(g) * 0.6))]
                for i, (n, d, t, g) in enumerate([
                    ("青砥 健吾", "1979-02-11", "090-1184-3372", "265000"),
                    ("赤羽 祐介", "1986-07-30", "080-2295-6617", "241000"),
                    ("安斎 美香", "1991-12-05", "070-3306-2288", "212000"),
                    ("飯干 晃", "1974-04-22", "090-4417-9953", "289000"),
                    ("石動 奈美", "1989-09-09", "080-5528-1164", "218000"),
                    ("乾 浩之", "1983-01-16", "090-6639-4475", "257000"),
                    ("宇佐見 翼", "1997-06-03", "070-7740-5586", "198000"),
                    ("卜部 一成", "1968-11-27", "090-8851-6697", "302000"),
                    ("江頭 麻衣", "1993-03-18", "080-9962-7708", "205000"),
                    ("大饗 隆", "1977-08-08", "090-1073-8819", "276000"),
                    ("小此木 亮", "1985-05-25", "080-2184-9920", "248000"),
                    ("笠置 智子", "1980-10-14", "070-3295-0031", "231000"),
                    ("鹿目 大和", "1999-01-07", "090-4306-1142", "192000"),
                    ("久米田 修", "1971-06-19", "080-5417-2253", "295000"),
                    ("纐纈 彩", "1990-02-28", "090-6528-3364", "214000"),
                    ("寒河江 徹", "1982-12-12", "070-7639-4475", "262000"),
                    ("設楽 恵美", "1987-04-04", "080-8740-5586", "226000"),
                    ("仁平 拓也", "1994-08-16", "090-9851-6697", "203000"),
                    ("墨谷 弘", "1966-03-29", "080-1962-7708", "308000"),
                    ("月岡 紗希", "1998-10-10", "070-2073-8819", "195000"),
                ])],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of 20 employees with birth dates, mobiles and salaries to an external 社協",
    },
    {
        "id": "seikatsushikin-086",
        "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>",
               "水野 弁護士 <mizuno@shirakawa-law.jp>"],
        "subject": "漆原さんの件 今後の役割分担について",
        "charset": "cp932",
        "body": """大塚様、水野先生

お世話になっております。日の出産業の小野寺です。
漆原さんの件、本人との三者面談の前に、役割分担を確認させてください。

・水野先生：任意整理の受任と債権者対応
・社協（大塚様）：受任通知発送後の総合支援資金の再相談
・当社：当面の生活費の社内貸付と、勤務の調整

面談の日程は、改めて本人を交えて調整いたします。
""" + SIG_ONODERA + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To (a normal three-way mail); no personal data beyond a name",
    },
    {
        "id": "seikatsushikin-087",
        "sender": "鷲尾 さやか <washio.sayaka@hinode-sangyo.co.jp>",
        "to": ["村瀬 俊 <murase.shun@hinode-sanqyo.co.jp>"],
        "cc": ["岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>"],
        "subject": "立替控除 同意書の回収状況",
        "charset": "utf-8",
        "body": """村瀬さん
（cc 岩佐さん）

経理の鷲尾です。立替控除の同意書、まだ2名分が回収できていません。
瓜生さんと蔦谷さんに、今週中に出してもらえるよう声をかけていただけますか。
7/10の給与締めに間に合わないと、7月分は控除なしで処理します。

鷲尾
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "a colleague addressed at hinode-sanqyo.co.jp (g→q), a look-alike of the own domain",
    },
    {
        "id": "seikatsushikin-088",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["総務部 全員 <soumu-all@mail.hinode-sangyo.co.jp>"],
        "subject": "7/6 相談会 当日スタッフの連絡先",
        "charset": "cp932",
        "body": """総務部の皆さん

お疲れさまです。厚生課の岩佐です。
7/6の相談会に総務部から出ていただく方の当日連絡先です。
緊急時のみ使ってください。

  氏名           担当      携帯
  -------------  --------  -------------
  小野寺 健      全体統括  080-2261-4418
  東海林 沙織    記録      090-7713-4062
  一戸 奈緒      救護      080-6642-0935
  小鳥遊 恭子    受付      080-9925-3316
  福田 隆之      受付      070-1184-5536
  桂木 悠        誘導      090-4418-0721
  三雲 亜希      待合      080-2276-3345

岩佐
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "seven staff mobiles to an internal subdomain list (mail.hinode-sangyo.co.jp is internal)",
    },
    {
        "id": "seikatsushikin-089",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["戸塚 様 <totsuka@kitaura-shakyo.or.jp>"],
        "subject": "給与明細（スキャン）の再送",
        "charset": "iso-2022-jp",
        "body": """戸塚様

お世話になっております。日の出産業の村瀬です。
二階堂さんの給与明細（5月分）をスキャンしたPDFを再送いたします。
複合機の設定を変えて読み込み直しましたが、開けない場合はお知らせください。
""" + SIG_MURASE,
        "attachments": [{"kind": "corrupt", "name": "給与明細_202405_二階堂.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a corrupt PDF scan that cannot be inspected",
    },
    {
        "id": "seikatsushikin-090",
        "sender": "福原 あかね <fukuhara.akane@hinode-sangyo.co.jp>",
        "to": ["佐原 由香 <sahara@kurashi-minami.or.jp>"],
        "subject": "相談会会場までの地図",
        "charset": "utf-8",
        "body": """佐原様

福原です。当日の会場までの地図を画像で添付します。
南里駅東口から徒歩8分、正門の守衛所で「相談会」とお伝えいただければ入れます。
お車の場合は正門右手の来客用駐車場をご利用ください。
""" + SIG_FUKUHARA,
        "attachments": [{"kind": "png", "name": "会場地図.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a map image and directions; no personal data",
    },
    {
        "id": "seikatsushikin-091",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["家計改善支援 担当 <kakei@kurashi-minami.or.jp>"],
        "subject": "面談記録の共有（ご本人同意済み）",
        "charset": "cp932",
        "body": """家計改善支援ご担当者様

お世話になっております。日の出産業の村瀬です。
椎葉さんの面談記録を、ご本人の同意を得たうえでお送りします。
ZIPにまとめていますが、パスワードはかけていません。
""" + SIG_MURASE,
        "attachments": [{
            "kind": "zip", "name": "面談記録_椎葉.zip",
            "files": [{"kind": "docx", "name": "面談記録_椎葉_0614.docx",
                       "paragraphs": [
                           "面談記録",
                           "対象者：椎葉 翔（31歳、物流課）　携帯 090-6120-7784",
                           "経緯：パチンコ・オンラインカジノへの支出で借入れが増加。",
                           "　　　本年3月からギャンブル依存症として南里メンタルクリニックに通院中。",
                           "償還：緊急小口資金の償還が3か月遅延。",
                           "本人の希望：家計管理の支援を受けたい。給与の一部を家族管理口座へ。",
                       ]}],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX inside a plain ZIP with a named employee's addiction diagnosis and treatment: 病歴",
    },
    {
        "id": "seikatsushikin-092",
        "sender": "福原 あかね <fukuhara.akane@hinode-sangyo.co.jp>",
        "to": ["一ノ瀬 和夫 <kazuo.ichinose@icloud.com>"],
        "subject": "相談窓口一覧（配布用）をお送りします",
        "charset": "utf-8",
        "body": """一ノ瀬様

いつもありがとうございます。福原です。
町会で配っていただける相談窓口の一覧をExcelでお送りします。
印刷してお使いください。
""" + SIG_FUKUHARA,
        "attachments": [{
            "kind": "xlsx", "name": "相談窓口一覧_配布用.xlsx",
            "sheets": {"窓口一覧": [
                ["くらしとお金の相談窓口（南里市周辺）"], [],
                ["窓口", "相談内容", "所在地", "電話", "受付時間"],
                ["南里市社会福祉協議会", "生活福祉資金・緊急小口資金", "南里市本町1-1-1", "048-700-1294", "平日 8:30-17:15"],
                ["南里市 生活支援課", "生活保護・住居確保給付金", "南里市本町1-1-1", "048-700-1180", "平日 8:30-17:15"],
                ["くらしサポートみなみ", "家計・就労の相談", "南里市中原2-4-8", "048-700-6630", "平日 10:00-18:00"],
                ["法テラス埼玉", "借金・法律相談", "さいたま市浦和区高砂3-17-15", "0570-078-325", "平日 9:00-17:00"],
                ["南里市消費生活センター", "契約トラブル・多重債務", "南里市本町1-1-1", "048-700-1215", "平日 9:00-16:00"],
                ["ハローワーク南里", "仕事探し・職業訓練", "南里市緑ヶ丘1-1-5", "048-702-8609", "平日 8:30-17:15"],
                ["フードバンクみなみさと", "食料支援", "南里市中原2-4-8", "048-700-2210", "火・木 13:00-16:00"],
                ["南里市地域包括支援センター", "高齢者の暮らし・介護", "南里市栄町3-1-1", "048-702-4411", "平日 8:30-17:15"],
            ]}}],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "XLSX list of public counters with switchboards to one volunteer on free mail: organisations, not people",
    },
    {
        "id": "seikatsushikin-093",
        "sender": "福原 あかね <fukuhara.akane@hinode-sangyo.co.jp>",
        "to": ["講座担当 <kouza@kurashi-minami.or.jp>"],
        "subject": "説明会（7/20回）の申込者",
        "charset": "iso-2022-jp",
        "body": """講座ご担当者様

福原です。7/20の説明会の申込者です（フォームのCSVをそのまま貼ります）。

氏名,フリガナ,携帯,メール
福地 貴之,フクチ タカユキ,090-3317-2284,fukuchi.t@gmail.com
古谷 茜,フルヤ アカネ,080-4428-3395,akane.furuya@yahoo.co.jp
穂積 大吾,ホヅミ ダイゴ,070-5539-4406,hozumi-d@docomo.ne.jp
舛添 里奈,マスゾエ リナ,090-6640-5517,rina.masuzoe@icloud.com
三輪 崇,ミワ タカシ,080-7751-6628,t.miwa1977@outlook.jp
毛利 由依,モウリ ユイ,090-8862-7739,yui.mouri@gmail.com
八尋 慎一,ヤヒロ シンイチ,070-9973-8840,yahiro.s@ezweb.ne.jp

当日の名札作成にお使いください。
""" + SIG_FUKUHARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "seven applicants' mobiles and private e-mail addresses pasted as CSV lines in the body to an external NPO",
    },
    {
        "id": "seikatsushikin-094",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>"],
        "subject": "面談延期のお願い（九十九様）",
        "charset": "utf-8",
        "body": """大塚様

お世話になっております。村瀬です。
6月27日にお願いしていた九十九 恵さんの面談ですが、ご本人が先週から体調を崩されて
通院中のため、2週間ほど延期していただけないでしょうか。
ご本人からは、7月11日以降であれば大丈夫と聞いています。

ご迷惑をおかけしますが、よろしくお願いいたします。
""" + SIG_MURASE,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named person is 'ill and seeing a doctor' with no diagnosis: arguably health information, arguably a routine excuse",
    },
    {
        "id": "seikatsushikin-095",
        "sender": "岩佐 真理子 <iwasa.mariko@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>"],
        "subject": "FW: 【社外秘】従業員向け 生活資金貸付あっせん手順の改定",
        "charset": "cp932",
        "body": """大塚様

お世話になっております。岩佐です。
社内で回した手順改定の通知を、ご参考までに転送します。
社協さんへの紹介の部分が実態と合っているか見ていただけますか。

-----Original Message-----
From: 人事部長 <jinji-bucho@hinode-sangyo.co.jp>
Sent: Monday, June 17, 2024 9:00 AM
To: 各部長 <bucho-all@hinode-sangyo.co.jp>
Subject: 【社外秘】従業員向け 生活資金貸付あっせん手順の改定

【社外秘】
各部長 各位

従業員からの生活資金の相談について、7月1日より以下のとおり手順を改定します。

1. 相談は所属長を経由せず、厚生課に直接受け付ける。
2. 社協の生活福祉資金を優先し、厚生課が紹介票を発行する。
3. 社内貸付の上限を50万円から30万円に引き下げる（財務状況による）。
4. 償還の立替控除は8月以降廃止し、口座振替に切り替える。

以上
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "a forward of an internal notice classified 【社外秘】 to an external 社協 (forwarded text counts)",
    },
    {
        "id": "seikatsushikin-096",
        "sender": "Akane Fukuhara <fukuhara.akane@hinode-sangyo.co.jp>",
        "to": ["Sakura Hotel Events <events@sakura-hotel.jp>"],
        "subject": "Meeting room booking for a financial counselling seminar (Sept 14)",
        "charset": "utf-8",
        "body": """Dear Events Team,

We would like to book a meeting room at Sakura Hotel Omiya for a free financial
counselling seminar we are organising with the local social welfare council.

  Date:        Saturday, 14 September 2024, 12:30-17:00 (incl. set-up)
  Attendance:  about 40 people, school-style seating
  Equipment:   projector, screen, two wireless microphones
  Catering:    water and tea for 45, no lunch
  Invoice to:  Hinode Sangyo Co., Ltd., CSR Office (PO number will follow)

Could you send us a quotation and the cancellation policy?

Kind regards,
Akane Fukuhara
CSR Office, Hinode Sangyo Co., Ltd.
Tel +81-48-555-7050
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an English booking request to a partner hotel: ordinary business, no personal data",
    },
    {
        "id": "seikatsushikin-097",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["kashitsuke@minamisato-shakyo.or.jp"],
        "subject": "本人確認記録の送付（日下部様・瓜生様）",
        "charset": "utf-8",
        "body": """南里市社会福祉協議会
生活福祉資金ご担当者様

お世話になっております。日の出産業の村瀬です。
当社で本人確認を代行した2名分の確認記録をWordでお送りします。
原本の写しは申込書と一緒に郵送いたします。
""" + SIG_MURASE,
        "attachments": [{
            "kind": "docx", "name": "本人確認記録_0621.docx",
            "paragraphs": ["本人確認記録", "確認日：2024年6月21日　確認者：人事部厚生課 村瀬"],
            "tables": [[
                ["氏名", "生年月日", "確認書類", "番号", "確認方法"],
                ["日下部 美和", "1983/05/30", "運転免許証", "第431504872290号", "原本提示"],
                ["瓜生 千晶", "1988/02/27", "健康保険証", "記号 482 番号 1136", "原本提示"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "DOCX table with a driver's licence number and a health insurance 記号・番号 to an external 社協",
    },
    {
        "id": "seikatsushikin-098",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["小野寺 健 <onodera.ken@hinode-sangyo.co.jp>"],
        "subject": "連帯保証人を頼まれた件（東海林課長からの相談）",
        "charset": "iso-2022-jp",
        "body": """小野寺さん

お疲れさまです。厚生課の村瀬です。
経理の東海林課長から、部下の国吉さんに社協の貸付の連帯保証人を頼まれて
困っている、と相談がありました。

・国吉さんは持病の糖尿病で通院しており、夏に入院の予定もあるそうです。
・以前に自己破産の経験があり、本人は保証人を立てて無利子にしたいとのこと。
・東海林課長は断りづらいと感じている様子です。

会社としては「上司・同僚が保証人になることは勧めない」という方針を
改めて課長にお伝えしてよいか、総務としてのご意見をいただけますか。

村瀬
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a colleague's illness and a guarantor question discussed between two internal staff only",
    },
    {
        "id": "seikatsushikin-099",
        "sender": "村瀬 俊 <murase.shun@hinode-sangyo.co.jp>",
        "to": ["大塚 亮 <otsuka.ryo@minamisato-shakyo.or.jp>",
               "五百旗頭 誠 <makoto.iokibe@gmail.com>",
               "勅使河原 亘 <teshi.wataru@yahoo.co.jp>"],
        "subject": "面談日時の確定（6/25）",
        "charset": "cp932",
        "body": """大塚様、五百旗頭さん、勅使河原さん

お世話になっております。日の出産業 厚生課の村瀬です。
総合支援資金の再相談の面談日時が確定しましたので、皆様にお知らせします。

　日時：6月25日（火）
　　　　10:00～　五百旗頭さん
　　　　11:00～　勅使河原さん
　場所：南里市社会福祉協議会 2階 相談室
　持ち物：本人確認書類、印鑑、給与明細（3か月分）、償還中の貸付の通知書

当日はどうぞよろしくお願いいたします。
""" + SIG_MURASE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "社協 plus two employees' private free-mail addresses in To: three external parties see each other",
    },
    {
        "id": "seikatsushikin-100",
        "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
        "to": ["kashitsuke@minamisato-shakyo.or.jp"],
        "subject": "Re: 在職証明書のご提出について（九十九様）",
        "charset": "iso-2022-jp",
        "body": """南里市社会福祉協議会
生活福祉資金ご担当　高階様

お世話になっております。日の出産業 総務部の小野寺です。
ご依頼の九十九様の在職証明書をPDFでお送りします。
押印済みの原本は本日郵送いたしました。

> 九十九様の申込みにつき、勤務先の在職証明書（様式任意）をご提出ください。
> 南里市社協 高階
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "pdf", "name": "在職証明書_九十九恵.pdf", "title": "在職証明書",
            "lines": [
                "在 職 証 明 書",
                "",
                "氏名　　　九十九 恵",
                "生年月日　昭和61年7月19日",
                "住所　　　埼玉県南里市若葉台2-7-11",
                "入社日　　2019年4月1日",
                "雇用形態　パートタイム（週4日・1日6時間）",
                "所属　　　物流課",
                "上記の者が当社に在職していることを証明します。",
                "2024年6月24日　日の出産業株式会社 代表取締役 日野 正道",
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one employee's employment certificate (name, birth date, address) to the 社協 handling her application (may warn)",
    },
]
