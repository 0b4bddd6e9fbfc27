"""Blind corpus — area: shikakushiken (employees' qualification exams and licences).

Mail of 日の出産業株式会社 (hinode-sangyo.co.jp) about its employees' qualification
exams and licences: exam and course applications to training providers and exam bodies
(技能講習, 特別教育, 技能検定, 国家試験, IT/CBT exams, overseas certification bodies),
reimbursement of exam and course fees, certificates and their reissue, qualification
allowances (資格手当) and awards, subsidies (教育訓練給付金, 人材開発支援助成金),
submissions of qualified-staff lists to main contractors and customers, venues, printers
of certificates, free-lance instructors, and the internal side of all this (人事・総務・
経理・工場・物流センター).  Every person, number, address, company and domain below is
invented; the file was written blind, from BRIEF.md, build.py and SPEC.md only, without
reading the guard's code.
"""

from build import card_number, my_number

SEED = 40801

MN = [my_number(SEED + k) for k in range(4)]
CARD = [card_number(SEED + k) for k in range(2)]


def _mn(n: str, sep: str = " ") -> str:
    return sep.join((n[:4], n[4:8], n[8:]))


def _zen(s: str) -> str:
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _card(n: str) -> str:
    return "-".join(n[i:i + 4] for i in range(0, 16, 4))


HQ = "〒105-0013 東京都港区浜松町２丁目４番１号 日の出ビル７階"
KAWAGOE = "〒350-0833 埼玉県川越市芳野台２－８－１５"
ICHIKAWA = "〒272-0002 千葉県市川市二俣新町１９－３"

DISC_JA = ("本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、"
           "お手数ですが送信者までご連絡いただき、本メールおよび添付ファイルを削除してください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete this "
           "e-mail; any copying or distribution is prohibited.")


def sig(name: str, dept: str, mail: str, tel: str = "03-5425-7710（代表）",
        addr: str = HQ, yomi: str = "", style: int = 0) -> str:
    who = f"{name}（{yomi}）" if yomi else name
    if style == 1:
        return (f"\n--\n日の出産業株式会社\n{dept}\n{who}\n{addr}\nTEL: {tel}\n"
                f"Mail: {mail}@hinode-sangyo.co.jp\n")
    if style == 2:
        return (f"\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n日の出産業株式会社　{dept}\n　{who}\n"
                f"　{addr}\n　ＴＥＬ {tel}\n　{mail}@hinode-sangyo.co.jp\n"
                f"＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n")
    return (f"\n────────────────────────\n日の出産業株式会社 {dept}\n{who}\n{addr}\n"
            f"TEL {tel}\nE-mail {mail}@hinode-sangyo.co.jp\n────────────────────────\n")


SIG_ISURUGI = sig("石動 真理子", "人事部 人材開発課", "m-isurugi", "03-5425-7716（直通）",
                  yomi="いするぎ まりこ")
SIG_SHOJI = sig("東海林 亮", "人事部 人材開発課", "r-shoji", "03-5425-7716 内線3418", style=1)
SIG_TAKANASHI = sig("小鳥遊 聡", "総務部 総務課", "s-takanashi", "03-5425-7711", style=2)
SIG_MINAI = sig("薬袋 千尋", "経理部 経理課", "c-minai", "03-5425-7720 内線2207")
SIG_DOMEKI = sig("百目鬼 健吾", "川越工場 安全衛生課", "k-domeki", "049-225-3301（代表）",
                 addr=KAWAGOE, style=1)
SIG_TSUKUMO = sig("九十九 勇", "物流センター 業務課", "i-tsukumo", "047-328-6620",
                  addr=ICHIKAWA, yomi="つくも いさむ")
SIG_IOKIBE = sig("五百旗頭 瑛太", "情報システム部", "e-iokibe", "03-5425-7740", style=1)
SIG_TSUYURI = sig("栗花落 美咲", "営業部 営業企画課", "m-tsuyuri", "03-5425-7731", style=2)
SIG_SODA = sig("左右田 修", "工事部 電気設備課", "o-soda", "03-5425-7752 / 携帯 070-3318-2046")
SIG_YAMANASHI_EN = ("\nBest regards,\n\nHaruka Yamanashi\nOverseas Business Dept.\n"
                    "Hinode Sangyo Co., Ltd.\n2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan\n"
                    "Tel: +81-3-5425-7760\nh-yamanashi@hinode-sangyo.co.jp\n")

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"shikakushiken-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# 001 — two trainees, one block each, to a crane school
add(
    charset="iso-2022-jp",
    sender="九十九 勇 <i-tsukumo@hinode-sangyo.co.jp>",
    to=["東都クレーン教習所 受付 <uketsuke@toto-crane.co.jp>"],
    subject="玉掛け技能講習（１１月期）受講申込について",
    body="""東都クレーン教習所
受付ご担当者様

いつもお世話になっております。
日の出産業株式会社 物流センターの九十九でございます。

先日お電話でご相談いたしました玉掛け技能講習（１１月１８日～２０日開講分）につきまして、
下記２名の受講を申し込みいたします。

【受講者１】
氏名　　：鳴海　拓也（なるみ　たくや）
生年月日：平成４年６月１７日
連絡先　：０８０－４４１７－２９０３
所持資格：フォークリフト運転技能講習修了

【受講者２】
氏名　　：江連　慎之介（えづれ　しんのすけ）
生年月日：平成１０年１月９日
連絡先　：０９０－６６２８－１５４０
所持資格：小型移動式クレーン運転技能講習修了

受講料は２名分まとめて弊社より振り込みいたします。請求書は物流センター宛にお送りください。
受講申込書の原本（写真貼付済）は本日レターパックで発送いたしました。

お手数ですが、受付完了のご連絡をいただけますと幸いです。
何卒よろしくお願い申し上げます。
""" + SIG_TSUKUMO,
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two trainees' records (name, 和暦 DOB, mobile) to a training school: under five people, warn at most",
)

# 002 — eight forklift trainees, space-padded list under a ---- rule
add(
    charset="iso-2022-jp",
    sender="九十九 勇 <i-tsukumo@hinode-sangyo.co.jp>",
    to=["関東技能講習センター 講習課 <koshu@kanto-ginou.or.jp>"],
    subject="フォークリフト運転技能講習 団体申込（物流センター８名）",
    body="""一般社団法人 関東技能講習センター
講習課　御中

お世話になっております。日の出産業 物流センターの九十九です。
１２月の出張講習（当社市川物流センター構内での実施）の受講者が確定しましたので、
名簿をお送りします。修了証の作成にも同じ情報をお使いください。

No  氏名            フリガナ              生年月日      住所                                   携帯電話
--  --------------  --------------------  ------------  -------------------------------------  -------------
1   蒲生 大輔       ガモウ ダイスケ       1991/04/22    千葉県市川市行徳駅前３－１２－５       090-3381-7264
2   仁平 さやか     ニヘイ サヤカ         1996/11/03    千葉県浦安市当代島１－８－２２         080-5527-0419
3   戸来 翔         ヘライ ショウ         2001/02/14    千葉県船橋市本町６－２－１８－３０２   070-2294-6618
4   宍戸 正和       シシド マサカズ       1979/08/30    東京都江戸川区西葛西５－９－１         090-7710-3352
5   汲田 美穂       クミタ ミホ           1988/06/05    千葉県市川市南八幡４－１７－９         080-6643-2087
6   馬場園 隆之     ババゾノ タカユキ     1984/12/19    千葉県松戸市新松戸２－４４             090-1195-8820
7   Phan Thi Lan    ファン ティ ラン      1998/09/27    千葉県市川市塩浜２－１－６             070-8832-1175
8   能登谷 健       ノトヤ ケン           1993/03/08    東京都江東区東砂７－３－２５           080-2046-5531
-----------------------------------------------------------------------------------------------------------

・講習日程：１２月９日（火）～１２日（金）（学科２日・実技２日）
・会場　　：当社市川物流センター ２階会議室／第３倉庫ヤード
・教習機材：カウンターバランス式２台は当社保有車両をご使用ください

受講料のお見積りも併せてお願いいたします。
""" + SIG_TSUKUMO,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="eight trainees with DOB, home address and mobile in a padded list to an outside training body",
)

# 003 — internal: allowance list, tab separated
add(
    charset="shift_jis",
    sender="東海林 亮 <r-shoji@hinode-sangyo.co.jp>",
    to=["給与厚生課 <kyuyo@hinode-sangyo.co.jp>"],
    cc=["石動 真理子 <m-isurugi@hinode-sangyo.co.jp>"],
    subject="１０月支給分 資格手当 新規対象者の連絡",
    body="""給与厚生課 各位

お疲れさまです。人材開発課の東海林です。
９月末締めで資格取得報告（合格証写しの提出）があった社員のうち、資格手当の新規支給対象となる
者を下記のとおり連絡します。１０月支給分の給与から反映をお願いします。

社員番号	氏名	所属	資格	手当月額	取得日
H10482	筧 広樹	工事部 電気設備課	第一種電気工事士	10,000	2025/08/22
H11307	宇佐美 梢	総務部 総務課	衛生管理者（第一種）	5,000	2025/08/29
H09876	勅使河原 仁	川越工場 製造二課	ボイラー技士（二級）	3,000	2025/09/02
H12045	穂積 まりあ	経理部 経理課	日商簿記検定２級	3,000	2025/06/08
H10933	饗庭 一樹	情報システム部	応用情報技術者	8,000	2025/06/20
H08761	外山 達郎	物流センター 業務課	運行管理者（貨物）	8,000	2025/09/10
H12211	桐生 彩乃	営業部 第一営業課	宅地建物取引士	15,000	2025/09/05
H11562	禰津 亘	工事部 施工管理課	２級電気工事施工管理技士	10,000	2025/08/30
H10177	依田 絢子	人事部 労務課	社会保険労務士	20,000	2025/09/26
H12390	椎葉 俊介	川越工場 保全課	危険物取扱者 乙種第４類	2,000	2025/07/13
H09642	湯浅 智恵	物流センター 業務課	フォークリフト運転技能講習	1,000	2025/09/18
H11820	蔀 健太郎	情報システム部	情報処理安全確保支援士	15,000	2025/09/24

※ 饗庭さん・穂積さんは取得日が前期ですが、報告が遅れたため今回からの支給とします（遡及なし）。
※ 蔀さんは登録手続中のため、登録証の写しが届き次第、改めて連絡します。

以上、よろしくお願いします。
""" + SIG_SHOJI,
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="internal only: twelve employees' allowance rows to payroll; all recipients are hinode-sangyo.co.jp",
)

# 004 — reply thread quoting the provider's price list
add(
    charset="shift_jis",
    sender="石動 真理子 <m-isurugi@hinode-sangyo.co.jp>",
    to=["株式会社スキルブリッジ 法人営業部 長嶺様 <nagamine@skillbridge.co.jp>"],
    subject="Re: 【御見積】資格対策eラーニング 法人プランのご案内",
    body="""株式会社スキルブリッジ
長嶺様

お世話になっております。日の出産業の石動です。
お見積りをお送りいただきありがとうございました。

社内で検討しましたところ、まずは「ITパスポート」と「衛生管理者」の２コースを
スタンダードプラン（１年・３０ライセンス）で導入する方向で稟議を上げる予定です。
１点確認させてください。ライセンスの途中入替（退職者分を別の社員に付け替える）は
契約期間中に何回まで可能でしょうか。

稟議の締切が今月２５日ですので、それまでにご回答いただけますと助かります。
よろしくお願いいたします。

> 日の出産業株式会社
> 石動様
>
> いつもお世話になっております。スキルブリッジの長嶺です。
> ご依頼の法人プランについて、下記のとおりお見積りいたします（税抜）。
>
>   コース名                 ライト(10ID)   スタンダード(30ID)   プレミアム(100ID)
>   ----------------------   ------------   ------------------   -----------------
>   ITパスポート             120,000円      300,000円            800,000円
>   基本情報技術者           180,000円      450,000円            1,200,000円
>   衛生管理者（第一種）     150,000円      380,000円            1,000,000円
>   日商簿記３級             90,000円       220,000円            600,000円
>
> ※ 契約期間はいずれも１年間です。
> ※ 見積有効期限：発行日より３０日
>
> ご不明点がございましたらお気軽にお問い合わせください。
>
> 株式会社スキルブリッジ 法人営業部
> 長嶺 俊
> TEL 03-6821-4400
""" + SIG_ISURUGI,
    expect="pass",
    entities=[],
    detectors=[],
    note="reply about an e-learning quote; the quoted part is a price list, no personal data",
)

# 005 — look-alike of a partner domain (letter dropped)
add(
    charset="iso-2022-jp",
    sender="五百旗頭 瑛太 <e-iokibe@hinode-sangyo.co.jp>",
    to=["ツバサシステム 研修事業部 谷地様 <yachi@tsubasa-sytem.jp>"],
    subject="情報処理安全確保支援士 特定講習の日程調整について",
    body="""株式会社ツバサシステム
研修事業部　谷地様

お世話になっております。日の出産業 情報システム部の五百旗頭です。

先日ご案内いただいた登録セキュリティスペシャリスト向けの特定講習（集合研修）ですが、
当社からは３名が受講を希望しております。候補日として
　・１１月２７日（木）
　・１２月４日（木）
のいずれかで貴社会場の空きがあるか、ご確認いただけますでしょうか。

受講者の氏名等は日程が決まりましたら改めてお送りします。
また、オンライン講習の受講期限（更新期限）が来年３月末の者もおりますので、
オンライン版の申込方法もあわせてご教示いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_IOKIBE,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain tsubasa-sytem.jp is a typo of partner tsubasa-system.jp",
)

# 006 — English, exam vouchers, no personal data
add(
    charset="utf-8",
    sender="Eita Iokibe <e-iokibe@hinode-sangyo.co.jp>",
    to=["Corporate Sales <corporate@globalcert-institute.org>"],
    subject="Purchase of exam vouchers - PO HS-2025-1187",
    body="""Dear Corporate Sales Team,

Thank you for your quotation Q-58812 dated 2 October.

We would like to proceed with the purchase of the following exam vouchers for our
employees:

  Item                                   Qty   Unit price (USD)   Amount (USD)
  -------------------------------------  ----  -----------------  ------------
  Certified Cloud Practitioner voucher     10             100.00      1,000.00
  Certified Cloud Architect voucher         4             165.00        660.00
  Practice exam bundle                     14              20.00        280.00
                                                           Total      1,940.00

Our purchase order number is HS-2025-1187. Please send the invoice to
accounts-payable@hinode-sangyo.co.jp and the voucher codes to me; I will distribute
them internally. Could you also confirm that the vouchers remain valid for 12 months
from the date of issue?

Best regards,

Eita Iokibe
Information Systems Dept.
Hinode Sangyo Co., Ltd.
Tel: +81-3-5425-7740

""" + DISC_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="voucher purchase order in English with a standard disclaimer; no personal data",
)

# 007 — My Number for an education-and-training benefit claim
add(
    charset="iso-2022-jp",
    sender="依田 絢子 <a-yoda@hinode-sangyo.co.jp>",
    to=["藤森社会保険労務士事務所 藤森先生 <fujimori@fujimori-sr.jp>"],
    subject="教育訓練給付金（一般）支給申請の件／宇喜多",
    body="""藤森先生

いつもお世話になっております。日の出産業 人事部労務課の依田です。

先日ご相談した、社員の一般教育訓練給付金の支給申請について、本人の同意を得ましたので
代理申請をお願いしたく、必要事項をお送りします。

　氏名　　　　　　　　：宇喜多　佳奈（ウキタ　カナ）
　生年月日　　　　　　：昭和６３年１２月３日
　雇用保険被保険者番号：5012-482193-7
　個人番号　　　　　　：""" + _mn(MN[0]) + """
　講座名　　　　　　　：日商簿記２級 通信講座（受講修了日 ９月３０日）
　受講費用　　　　　　：６４，９００円（領収書・修了証明書は本日郵送）

振込先口座は本人名義の給与振込口座と同じです（口座情報は申請書に記入済み）。
ご不明な点がありましたらご連絡ください。

よろしくお願いいたします。

日の出産業株式会社 人事部 労務課
依田 絢子
TEL 03-5425-7714
""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="an employee's マイナンバー in the body to an outside 社労士 office",
)

# 008 — internal notice of the support scheme (padded list of qualifications, no people)
add(
    charset="iso-2022-jp",
    sender="人事部 人材開発課 <jinzai@hinode-sangyo.co.jp>",
    to=["全社員 <all-staff@hinode-sangyo.co.jp>"],
    subject="【お知らせ】資格取得支援制度の改定（２０２６年４月～）",
    body="""社員各位

人事部人材開発課です。
２０２６年４月１日より資格取得支援制度を下記のとおり改定します。

１．受験料・講習料の補助
　　会社指定資格の受験料は、合否にかかわらず初回受験分を全額会社負担とします。
　　（再受験は合格した場合のみ精算可）

２．合格奨励金（一時金）の改定

　区分　　資格の例　　　　　　　　　　　　　　　　　奨励金
　－－－　－－－－－－－－－－－－－－－－－－－－　－－－－－－
　Ａ　　　技術士、一級建築施工管理技士、社労士　　　１００，０００円
　Ｂ　　　第一種電気工事士、応用情報技術者、宅建士　　５０，０００円
　Ｃ　　　衛生管理者、危険物乙４、日商簿記２級　　　　２０，０００円
　Ｄ　　　フォークリフト、玉掛け、ＩＴパスポート　　　５，０００円

３．申請方法
　　合格証（修了証）の写しを添えて、社内ポータルの「資格取得報告」から申請してください。
　　紙での提出は廃止します。

対象資格の一覧はポータルに掲載しています。ご不明点は人材開発課（内線３４１２）まで。

人事部 人材開発課
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="internal announcement to all staff; a table of qualifications and amounts, no people",
)

# 009 — invoice question with the provider's T-number (corporate number)
add(
    charset="utf-8",
    sender="薬袋 千尋 <c-minai@hinode-sangyo.co.jp>",
    to=["東都クレーン教習所 経理 <keiri@toto-crane.co.jp>"],
    subject="請求書（No.TC-25-0931）の記載内容について",
    body="""東都クレーン教習所
経理ご担当者様

お世話になっております。日の出産業 経理部の薬袋です。

９月２６日付で頂戴しました請求書（No.TC-25-0931、玉掛け技能講習 受講料２名分
金額 ７０，４００円（税込））について確認させてください。

請求書に記載の登録番号「T1011101048273」が、国税庁の適格請求書発行事業者公表サイトで
検索すると貴校の旧商号で表示されます。商号変更の届出がお済みかどうか、念のため
ご確認いただけますでしょうか。支払処理自体は予定どおり１０月末に行います。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MINAI,
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice query citing the provider's own T-number; no personal data",
)

# 010 — RFQ to three training companies, all in To
add(
    charset="iso-2022-jp",
    sender="石動 真理子 <m-isurugi@hinode-sangyo.co.jp>",
    to=["株式会社スキルブリッジ 長嶺様 <nagamine@skillbridge.co.jp>",
        "資格の学校ミライ塾 法人窓口 <houjin@mirai-juku.jp>",
        "ネクストステップIT資格スクール 営業部 <sales@nextstep-it.jp>"],
    subject="【お見積依頼】２０２６年度 IT資格取得支援講座について",
    body="""各社ご担当者様

お世話になっております。日の出産業株式会社 人事部人材開発課の石動です。

当社では２０２６年度、情報システム部門・営業部門の社員を対象に、
IT系国家資格の取得支援講座を外部委託する予定です。
つきましては、下記条件でのお見積りとご提案をお願いいたします。

　■対象資格：ITパスポート、基本情報技術者、情報セキュリティマネジメント
　■受講予定人数：計４０名程度（資格ごとの内訳は別途ご相談）
　■形式：オンライン講義＋模擬試験（集合研修は年２回まで）
　■期間：２０２６年５月～２０２７年２月
　■提出期限：１１月２８日（金）
　■提出先：本メールへのご返信

ご不明点は個別にお問い合わせください。
どうぞよろしくお願いいたします。
""" + SIG_ISURUGI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing training companies can see each other in To: should have been Bcc",
)

# 011 — normal three-way meeting mail: partner + training body
add(
    charset="shift_jis",
    sender="左右田 修 <o-soda@hinode-sangyo.co.jp>",
    to=["川崎電機 技術研修センター 宮腰様 <miyakoshi@kawasaki-denki.co.jp>"],
    cc=["電気工事技術講習センター 事業課 <jigyo@denko-gijutsu.or.jp>"],
    subject="第一種電気工事士 定期講習の合同開催について（打合せ日程）",
    body="""川崎電機株式会社 技術研修センター　宮腰様
（Cc）電気工事技術講習センター 事業課ご担当者様

いつもお世話になっております。日の出産業 工事部の左右田です。

先日お話しした、第一種電気工事士の定期講習を両社合同で開催する件について、
講習センター様にもお入りいただき、一度打合せの場を設けたいと考えております。

候補日：
　１１月１０日（月）１４：００～１５：００
　１１月１２日（水）１０：００～１１：００
　１１月１３日（木）１５：００～１６：００
場所：当社本社７階 会議室Ｂ（Web参加も可）

議題（案）：
　１．開催時期・会場（当社川越工場 研修棟を想定）
　２．受講人数の見込み（両社で３０名前後）
　３．講師派遣・テキスト手配・費用負担の考え方

ご都合のよい日時をお知らせいただけますと幸いです。
""" + SIG_SODA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc for a normal three-way meeting; no personal data",
)

# 012 — DOCX stamped 社外秘 sent to the labour consultant
add(
    charset="iso-2022-jp",
    sender="鬼頭 誠一 <s-kito@hinode-sangyo.co.jp>",
    to=["藤森社会保険労務士事務所 藤森先生 <fujimori@fujimori-sr.jp>"],
    subject="資格手当規程 改定案のご確認のお願い",
    body="""藤森先生

お世話になっております。日の出産業 人事部長の鬼頭です。

先日の顧問打合せでお話しした資格手当規程の改定案がまとまりましたので、
添付にてお送りします。特に、（１）退職時の奨励金返還条項、（２）手当の重複支給の上限、
の２点について、労働基準法上の問題がないかご意見をいただけますと幸いです。

１１月の経営会議に諮る予定ですので、今月中にご返信いただけますと助かります。
よろしくお願いいたします。

日の出産業株式会社 人事部長
鬼頭 誠一
""",
    attachments=[{
        "kind": "docx", "name": "資格手当規程_改定案_v3.docx",
        "title": "資格手当規程 改定案", "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 人事部",
        "paragraphs": [
            "【社外秘】資格手当規程 改定案（第３版）",
            "第１条（目的）本規程は、業務に必要な公的資格の取得を奨励し、社員の能力向上を図ることを目的とする。",
            "第５条（手当額）資格手当の月額は別表１のとおりとする。複数の資格を保有する場合は、上位２資格分を合算し、月額３万円を上限とする。",
            "第９条（奨励金の返還）合格奨励金の支給後１年以内に自己都合により退職した場合、会社は奨励金の全部または一部の返還を求めることができる。",
            "附則 本規程は２０２６年４月１日から施行する。",
        ],
        "tables": [[["区分", "資格", "月額（現行）", "月額（改定案）"],
                    ["A", "技術士・一級施工管理技士", "20,000", "25,000"],
                    ["B", "第一種電気工事士・宅建士", "10,000", "12,000"],
                    ["C", "衛生管理者・危険物乙4", "3,000", "5,000"]]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached draft regulation stamped 社外秘 (header and title) sent outside",
)

# 013 — reply; the list of attendees is only in the quoted text
add(
    charset="iso-2022-jp",
    sender="百目鬼 健吾 <k-domeki@hinode-sangyo.co.jp>",
    to=["日本安全衛生教育協会 研修部 <kenshu@anzen-kyoiku.or.jp>"],
    subject="Re: 職長・安全衛生責任者教育 受講者確認のお願い",
    body="""日本安全衛生教育協会
研修部 ご担当者様

お世話になっております。日の出産業 川越工場の百目鬼です。
受講者名簿をご確認いただきありがとうございます。
内容に相違ございません。当日はどうぞよろしくお願いいたします。

なお、会場の駐車場は２台分お借りできると伺っておりますので、
社用車２台で伺います。

""" + SIG_DOMEKI + """
> 日の出産業株式会社 川越工場
> 百目鬼様
>
> お世話になっております。日本安全衛生教育協会 研修部です。
> １１月２１日・２２日の職長・安全衛生責任者教育につき、
> 以下の内容で受付しております。相違がないかご確認ください。
>
>  受講番号  氏名          生年月日     連絡先
>  --------  ------------  -----------  -------------
>  K-2211    久我 恭平     1985/02/11   090-2283-4410
>  K-2212    仲宗根 亮     1990/07/26   080-3319-0725
>  K-2213    大豆生田 薫   1979/10/02   090-5528-6634
>  K-2214    木檜 崇       1987/01/15   070-1142-8871
>  K-2215    百々 裕子     1992/05/30   080-7765-2209
>  K-2216    伊佐治 誠     1983/09/08   090-6610-3391
>
> 受講票は当日受付でお渡しします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the six-person list is only in the quoted original sent by the recipient; new text has no personal data",
)

# 014 — password ZIP (PPAP) with a trainee roster
add(
    charset="iso-2022-jp",
    sender="東海林 亮 <r-shoji@hinode-sangyo.co.jp>",
    to=["資格の学校ミライ塾 法人窓口 <houjin@mirai-juku.jp>"],
    subject="【受講者名簿送付】第一種衛生管理者 受験対策講座（１月開講）",
    body="""資格の学校ミライ塾
法人窓口ご担当者様

お世話になっております。日の出産業 人材開発課の東海林です。

１月開講の第一種衛生管理者 受験対策講座（法人クラス）の受講者名簿を添付します。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

受講票の発行をお願いいたします。
""" + SIG_SHOJI,
    attachments=[{
        "kind": "zip", "name": "受講者名簿_衛生管理者_202601.zip", "password": "Hs#2601eisei",
        "files": [{
            "kind": "xlsx", "name": "受講者名簿.xlsx",
            "sheets": {"名簿": [
                ["No", "氏名", "フリガナ", "生年月日", "携帯電話", "メールアドレス"],
                [1, "曽我部 陽子", "ソガベ ヨウコ", "1986/03/21", "090-2871-4406", "y-sogabe@hinode-sangyo.co.jp"],
                [2, "轟 健司", "トドロキ ケンジ", "1982/11/09", "080-6613-2290", "k-todoroki@hinode-sangyo.co.jp"],
                [3, "宇佐美 梢", "ウサミ コズエ", "1994/05/17", "070-4420-8815", "k-usami@hinode-sangyo.co.jp"],
                [4, "雲母 隆", "キララ タカシ", "1977/08/02", "090-9935-1127", "t-kirara@hinode-sangyo.co.jp"],
                [5, "塙 奈央", "ハナワ ナオ", "1999/12/24", "080-1187-6653", "n-hanawa@hinode-sangyo.co.jp"],
            ]},
        }],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): the attachment cannot be inspected",
)

# 015 — one new graduate on free mail
add(
    charset="iso-2022-jp",
    sender="石動 真理子 <m-isurugi@hinode-sangyo.co.jp>",
    to=["tomoya.kuwabara0412@gmail.com"],
    subject="【日の出産業】入社前の資格取得支援についてのご案内",
    body="""桑原 智也 様

こんにちは。日の出産業株式会社 人事部の石動です。
内定後のお手続きへのご協力、ありがとうございます。

ご質問いただいた入社前の資格取得について、当社の取扱いをご案内します。

・入社前に取得した資格でも、入社後に合格証の写しを提出いただければ、
　会社指定資格であれば合格奨励金の対象となります（２０２６年１月以降の合格分）。
・受験料は入社前のため自己負担となりますが、入社後に「基本情報技術者」に合格した場合は
　入社前の受験料（１回分）も精算できます。
・内定者向けeラーニング（ITパスポート講座）は１２月から無料で受講できます。
　ログイン情報は別途、学習サイトから直接メールが届きます。

卒業研究でお忙しい時期と思いますので、無理のない範囲でご活用ください。
ご不明点はこのメールにご返信ください。
""" + SIG_ISURUGI,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one new graduate on gmail about the support scheme; only his own name and address",
)

# 016 — exam accommodation request revealing a disability
add(
    charset="iso-2022-jp",
    sender="左右田 修 <o-soda@hinode-sangyo.co.jp>",
    to=["電気技能試験センター 受験者支援係 <shien@denki-ginou.or.jp>"],
    subject="第二種電気工事士 技能試験 受験上の配慮について（団体申込分）",
    body="""電気技能試験センター
受験者支援係 ご担当者様

お世話になっております。日の出産業 工事部の左右田です。
当社から団体申込をしております第二種電気工事士 技能試験（１２月２０日実施）の
受験者のうち１名について、受験上の配慮をお願いしたくご連絡いたしました。

　受験番号：２５Ｔ－０４４１８
　氏名　　：安曇　結衣（あずみ　ゆい）
　状況　　：聴覚障害（身体障害者手帳３級）。補聴器を使用していますが、
　　　　　　会場でのアナウンスは聞き取りが難しいとのことです。
　希望　　：試験開始・終了等の指示を文字（掲示またはカード）でお示しいただくこと、
　　　　　　座席を試験監督員の近くにしていただくこと

所定の申請書と障害者手帳の写しが必要でしたら、送付先をお知らせください。
本人の了承を得たうえでご連絡しております。よろしくお願いいたします。
""" + SIG_SODA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an identifiable employee's disability (要配慮個人情報) sent to an exam body, even for one person",
)

# 017 — HTML-only: venue booking at the partner hotel, business table
add(
    charset="utf-8",
    sender="小鳥遊 聡 <s-takanashi@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="会議室ご予約のお願い（宅建士 受験対策講座）",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>さくらホテル<br>宴会予約ご担当者様</p>
<p>いつもお世話になっております。日の出産業 総務部の小鳥遊です。<br>
社内の宅地建物取引士 受験対策講座の会場として、下記のとおり会議室を予約したく存じます。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>日程</th><th>時間</th><th>部屋</th><th>人数</th><th>レイアウト</th><th>備品</th></tr>
<tr><td>2026/6/6（土）</td><td>9:30-17:00</td><td>桜の間</td><td>24名</td><td>スクール形式</td><td>プロジェクター・マイク2本</td></tr>
<tr><td>2026/6/20（土）</td><td>9:30-17:00</td><td>桜の間</td><td>24名</td><td>スクール形式</td><td>プロジェクター・マイク2本</td></tr>
<tr><td>2026/7/4（土）</td><td>9:30-17:00</td><td>楓の間</td><td>24名</td><td>スクール形式</td><td>プロジェクター・ホワイトボード</td></tr>
<tr><td>2026/9/26（土）</td><td>9:00-18:00</td><td>桜の間</td><td>30名</td><td>試験形式（模擬試験）</td><td>掛け時計</td></tr>
</table>
<p>昼食は各回、会議室内でお弁当（1,500円程度・お茶付き）を人数分お願いします。<br>
お見積りと、仮予約の可否をお知らせください。</p>
<p>-----------------------------------<br>
日の出産業株式会社 総務部 総務課<br>小鳥遊 聡<br>TEL 03-5425-7711<br>
s-takanashi@hinode-sangyo.co.jp</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only room booking with a table of dates and rooms; no people",
)

# 018 — HTML-only: seven e-learning accounts with e-mail and mobile
add(
    charset="utf-8",
    sender="五百旗頭 瑛太 <e-iokibe@hinode-sangyo.co.jp>",
    to=["スキルブリッジ サポートデスク <support@skillbridge.co.jp>"],
    subject="受講アカウント発行依頼（情報セキュリティマネジメント講座 追加７名）",
    html="""<html><body>
<p>株式会社スキルブリッジ サポートデスク 御中</p>
<p>お世話になっております。日の出産業 情報システム部の五百旗頭です。<br>
契約番号 SB-C-20931 に、下記7名の受講アカウントを追加発行してください。<br>
ワンタイムパスワードのSMS送付先として携帯番号も記載しています。</p>
<table border="1" cellpadding="3" cellspacing="0">
<thead><tr><th>No</th><th>氏名</th><th>ローマ字</th><th>メールアドレス</th><th>携帯電話</th><th>所属</th></tr></thead>
<tbody>
<tr><td>1</td><td>小比類巻 圭</td><td>KOHIRUIMAKI Kei</td><td>k-kohiruimaki@hinode-sangyo.co.jp</td><td>090-4418-2276</td><td>情報システム部</td></tr>
<tr><td>2</td><td>綿貫 沙織</td><td>WATANUKI Saori</td><td>s-watanuki@hinode-sangyo.co.jp</td><td>080-2209-6631</td><td>経理部</td></tr>
<tr><td>3</td><td>鴨志田 陸</td><td>KAMOSHIDA Riku</td><td>r-kamoshida@hinode-sangyo.co.jp</td><td>070-5531-0984</td><td>営業部</td></tr>
<tr><td>4</td><td>Sanjay Mehta</td><td>MEHTA Sanjay</td><td>s-mehta@hinode-sangyo.co.jp</td><td>090-7782-1356</td><td>情報システム部</td></tr>
<tr><td>5</td><td>浮田 千夏</td><td>UKITA Chinatsu</td><td>c-ukita@hinode-sangyo.co.jp</td><td>080-6645-3390</td><td>総務部</td></tr>
<tr><td>6</td><td>重信 徹</td><td>SHIGENOBU Toru</td><td>t-shigenobu@hinode-sangyo.co.jp</td><td>090-3306-7714</td><td>工事部</td></tr>
<tr><td>7</td><td>蛭田 あかり</td><td>HIRUTA Akari</td><td>a-hiruta@hinode-sangyo.co.jp</td><td>070-8824-5517</td><td>人事部</td></tr>
</tbody></table>
<p>受講期間は発行日から6か月でお願いします。<br>よろしくお願いいたします。</p>
<p>日の出産業株式会社 情報システム部<br>五百旗頭 瑛太<br>TEL 03-5425-7740</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML table of seven employees with e-mail and personal mobile to an e-learning vendor",
)

# 019 — CSV (CP932) of CBT test centres, a list of businesses
add(
    charset="shift_jis",
    sender="外山 達郎 <t-toyama@hinode-sangyo.co.jp>",
    to=["青葉運輸 安全管理部 桑島様 <kuwajima@aoba-unyu.co.jp>"],
    subject="運行管理者試験（貨物）CBT会場一覧の共有",
    body="""青葉運輸株式会社
安全管理部　桑島様

お世話になっております。日の出産業 物流センターの外山です。
先日の安全会議でお話しした運行管理者試験のCBT会場について、
当社で調べた首都圏の会場一覧をCSVでお送りします（各会場の公開情報をまとめたものです）。
貴社の受験予定の方の会場選びにお役立てください。

なお、受験申請の受付期間は１１月４日～２５日とのことです。
""" + sig("外山 達郎", "物流センター 業務課", "t-toyama", "047-328-6620", addr=ICHIKAWA, style=1),
    attachments=[{
        "kind": "csv", "name": "CBT会場一覧_首都圏.csv", "encoding": "cp932",
        "rows": [
            ["会場名", "所在地", "電話番号", "最寄駅", "土日実施"],
            ["CBTネクサス 東京八重洲会場", "東京都中央区八重洲２－５－１２ 八重洲センタービル４階", "03-6262-1180", "東京駅", "あり"],
            ["CBTネクサス 新宿西口会場", "東京都新宿区西新宿１－２０－３ 西新宿高木ビル６階", "03-5909-2241", "新宿駅", "あり"],
            ["CBTネクサス 横浜関内会場", "神奈川県横浜市中区相生町３－６１ 泰生ビル３階", "045-212-3320", "関内駅", "土曜のみ"],
            ["CBTネクサス 千葉会場", "千葉県千葉市中央区富士見２－３－１ 塚本大千葉ビル５階", "043-227-4418", "千葉駅", "あり"],
            ["CBTネクサス 大宮会場", "埼玉県さいたま市大宮区桜木町１－１０－１７ シーノ大宮７階", "048-640-5526", "大宮駅", "あり"],
            ["CBTネクサス 船橋会場", "千葉県船橋市本町１－３－１ フェイスビル８階", "047-495-3391", "船橋駅", "日曜のみ"],
            ["CBTネクサス 立川会場", "東京都立川市曙町２－８－２８ TAMAビル３階", "042-540-6672", "立川駅", "あり"],
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="CSV of test centres (business addresses and switchboards) to a partner; no people",
)

# 020 — CSV (UTF-8) of ten exam applicants with DOB, home address and phone
add(
    charset="utf-8",
    sender="東海林 亮 <r-shoji@hinode-sangyo.co.jp>",
    to=["資格の学校ミライ塾 受験申込代行 <daikou@mirai-juku.jp>"],
    subject="衛生管理者試験 受験申請代行の依頼（１０名分データ）",
    body="""資格の学校ミライ塾
受験申込代行ご担当者様

お世話になっております。日の出産業の東海林です。
先日契約しました受験申請代行サービスにつき、２月実施の第一種衛生管理者試験の
申請者データ（１０名分）をCSVでお送りします。
申請書の印字・事業者証明欄の押印用に、書類は当社人材開発課宛にご返送ください。

よろしくお願いいたします。
""" + SIG_SHOJI,
    attachments=[{
        "kind": "csv", "name": "eisei_applicants_202602.csv", "encoding": "utf-8",
        "rows": [
            ["氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話番号", "受験種別"],
            ["曽我部 陽子", "ソガベ ヨウコ", "1986-03-21", "135-0016", "東京都江東区東陽４－１１－２－８０５", "090-2871-4406", "第一種"],
            ["轟 健司", "トドロキ ケンジ", "1982-11-09", "272-0034", "千葉県市川市市川３－２８－１", "080-6613-2290", "第一種"],
            ["宇佐美 梢", "ウサミ コズエ", "1994-05-17", "143-0023", "東京都大田区山王２－９－１４", "070-4420-8815", "第一種"],
            ["雲母 隆", "キララ タカシ", "1977-08-02", "350-1123", "埼玉県川越市脇田本町１５－３", "090-9935-1127", "第一種"],
            ["塙 奈央", "ハナワ ナオ", "1999-12-24", "226-0025", "神奈川県横浜市緑区十日市場町８０１－９", "080-1187-6653", "第一種"],
            ["四月一日 航", "ワタヌキ ワタル", "1990-04-01", "120-0034", "東京都足立区千住２－４５", "090-6328-0041", "第一種"],
            ["御子柴 恵", "ミコシバ メグミ", "1988-10-30", "182-0022", "東京都調布市国領町３－１－２２", "080-4471-9962", "第二種"],
            ["芦名 透", "アシナ トオル", "1975-01-18", "330-0063", "埼玉県さいたま市浦和区高砂２－６－８", "090-1734-2285", "第一種"],
            ["鷲尾 早苗", "ワシオ サナエ", "1992-07-07", "273-0005", "千葉県船橋市本町４－３９－１０", "070-3098-4416", "第二種"],
            ["城之内 蓮", "ジョウノウチ レン", "2000-02-29", "211-0004", "神奈川県川崎市中原区新丸子東２－９０", "080-5520-1873", "第一種"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="UTF-8 CSV of ten applicants with DOB, home address and phone to an outside agent",
)

# 021 — internal: reimbursement transfers with bank accounts, comma-separated
add(
    charset="utf-8",
    sender="薬袋 千尋 <c-minai@hinode-sangyo.co.jp>",
    to=["東海林 亮 <r-shoji@hinode-sangyo.co.jp>"],
    cc=["経理部 出納 <suitou@hinode-sangyo.co.jp>"],
    subject="受験料立替精算 振込予定のご確認（１０月２５日振込分）",
    body="""東海林さん

お疲れさまです。経理の薬袋です。
人材開発課から回ってきた受験料立替精算のうち、１０月２５日に振り込む分を一覧にしました。
振込先は各人の経費精算口座（給与口座と異なる人あり）です。念のため金額をご確認ください。

社員番号,氏名,資格,金額,振込先
H10482,筧 広樹,第一種電気工事士（技能）,11300,みどり銀行 川越支店 普通 4418207
H11307,宇佐美 梢,衛生管理者,8800,みどり銀行 本店営業部 普通 1093365
H09876,勅使河原 仁,二級ボイラー技士,8800,さきたま信用金庫 芳野台支店 普通 0627719
H12045,穂積 まりあ,日商簿記２級,5500,ゆうちょ銀行 〇一八店 普通 3302281
H10933,饗庭 一樹,応用情報技術者,7500,みどり銀行 浜松町支店 普通 2287740
H08761,外山 達郎,運行管理者（貨物）,6000,京葉第一銀行 市川支店 普通 5519062
H12211,桐生 彩乃,宅地建物取引士,8200,みどり銀行 新橋支店 普通 3770158
H12390,椎葉 俊介,危険物取扱者 乙４,4600,さきたま信用金庫 川越支店 普通 0991843

合計 60,700円

問題なければ２２日（水）までに返信ください。
""" + SIG_MINAI,
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="internal only: eight employees' bank accounts between accounting and HR",
)

# 022 — XLSX (title rows, several sheets) of qualified staff with DOB to a main contractor
add(
    charset="iso-2022-jp",
    sender="左右田 修 <o-soda@hinode-sangyo.co.jp>",
    to=["川崎電機 工事管理部 安全書類担当 <anzen-shorui@kawasaki-denki.co.jp>"],
    subject="【安全書類】有資格者一覧の提出（相模原変電設備更新工事）",
    body="""川崎電機株式会社
工事管理部 安全書類ご担当者様

お世話になっております。日の出産業 工事部の左右田です。
相模原変電設備更新工事（工事番号 KD-25-0718）の作業員名簿に関連し、
有資格者一覧をExcelで提出いたします。
資格証の写しは、入場前教育の当日に原本とあわせて持参いたします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_SODA,
    attachments=[{
        "kind": "xlsx", "name": "有資格者一覧_KD-25-0718.xlsx", "title": "有資格者一覧",
        "sheets": {
            "有資格者": [
                ["有資格者一覧（相模原変電設備更新工事）　提出日：令和7年10月14日　日の出産業株式会社"],
                [],
                ["No", "氏名", "生年月日", "年齢", "職種", "保有資格", "資格番号", "取得年月日"],
                [1, "左右田 修", "S51.09.14", 49, "現場代理人", "1級電気工事施工管理技士", "第E1-0338271号", "H20.02.15"],
                [2, "筧 広樹", "S60.03.02", 40, "電工", "第一種電気工事士", "東京 第41882号", "H27.12.10"],
                [3, "禰津 亘", "H2.06.19", 35, "電工", "2級電気工事施工管理技士", "第E2-1127440号", "R7.08.30"],
                [4, "重信 徹", "S58.11.27", 41, "電工", "第二種電気工事士／高所作業車", "埼玉 第30271号", "H16.07.22"],
                [5, "蒔田 航平", "H6.01.08", 31, "電工", "第二種電気工事士", "千葉 第52918号", "H26.03.05"],
                [6, "大和田 勝", "S47.05.30", 53, "職長", "職長・安全衛生責任者教育", "修了証 第1847号", "H30.11.16"],
                [7, "乙部 隼人", "H9.10.11", 28, "電工", "第二種電気工事士", "東京 第98113号", "R1.09.20"],
                [8, "沓掛 純一", "S55.04.04", 45, "玉掛", "玉掛け技能講習／小型移動式クレーン", "TC-第06631号", "H22.06.18"],
                [9, "小日向 誠", "H3.12.25", 33, "電工", "第一種電気工事士", "神奈川 第22740号", "H29.01.31"],
            ],
            "資格別集計": [
                ["資格別人数"],
                ["資格", "人数"],
                ["1級電気工事施工管理技士", 1],
                ["2級電気工事施工管理技士", 1],
                ["第一種電気工事士", 2],
                ["第二種電気工事士", 3],
                ["その他", 2],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="XLSX list of nine workers with 和暦 DOB and licence numbers to a main contractor (partner): a list of people",
)

# 023 — one chief engineer's certificate data to the main contractor
add(
    charset="shift_jis",
    sender="左右田 修 <o-soda@hinode-sangyo.co.jp>",
    to=["川崎電機 工事管理部 柿崎様 <kakizaki@kawasaki-denki.co.jp>"],
    subject="主任技術者の変更届（資格者証の内容）",
    body="""川崎電機株式会社 工事管理部
柿崎様

お世話になっております。日の出産業の左右田です。
厚木配電盤改修工事の主任技術者を、１１月１日付で下記の者に変更いたします。
変更届に記載する資格者証の内容をお知らせします（写しは別途PDFでお送りします）。

　氏名　　　　：小日向　誠（こひなた　まこと）
　生年月日　　：平成３年１２月２５日
　資格　　　　：第一種電気工事士（神奈川 第２２７４０号、平成２９年１月３１日交付）
　実務経験　　：１０年（受変電設備）

前任の筧は同日付で相模原の現場に異動となります。
引継ぎは１０月３０日の現場打合せで行う予定です。
""" + SIG_SODA,
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one engineer's name, DOB and licence data to a partner contractor: one person, warn at most",
)

# 024 — three technicians with mobiles to the (real) partner domain
add(
    charset="iso-2022-jp",
    sender="禰津 亘 <w-nezu@hinode-sangyo.co.jp>",
    to=["川崎電機 相模原工事事務所 <sagamihara-site@kawasaki-denki.co.jp>"],
    subject="１１月４日 入場予定者（有資格者３名）のご連絡",
    body="""川崎電機 相模原工事事務所 御中

お世話になっております。日の出産業 工事部の禰津です。
１１月４日（火）の受変電設備 切替作業に入場する者をご連絡します。

・禰津　亘　　（２級電気工事施工管理技士）　携帯 090-5518-2047
・乙部　隼人　（第二種電気工事士）　　　　　携帯 080-3362-7715
・沓掛　純一　（玉掛け技能講習修了）　　　　携帯 070-2284-9930

当日は７時４５分に朝礼会場へ集合いたします。
新規入場者教育は３名とも受講済みです。

日の出産業株式会社 工事部 施工管理課
禰津 亘
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three workers' names, qualifications and mobiles to a partner site office: under five people",
)

# 025 — forward of a provider's course announcement to a partner (business contacts only)
add(
    charset="iso-2022-jp",
    sender="外山 達郎 <t-toyama@hinode-sangyo.co.jp>",
    to=["青葉運輸 安全管理部 桑島様 <kuwajima@aoba-unyu.co.jp>"],
    subject="FW: 【ご案内】運行管理者 基礎講習（令和８年１月・２月日程）",
    body="""桑島様

お世話になっております。日の出産業の外山です。
先日話題に出た運行管理者の基礎講習の案内が届きましたので転送します。
当社からは２名受講予定です。貴社もご参加されるようでしたら、
会場が同じ回にして帰りにでも情報交換できればと思います。

外山

-------- Forwarded Message --------
差出人: 関東技能講習センター 講習課 <koshu@kanto-ginou.or.jp>
送信日時: 2025年10月20日 9:02
宛先: 外山 達郎 <t-toyama@hinode-sangyo.co.jp>
件名: 【ご案内】運行管理者 基礎講習（令和８年１月・２月日程）

事業者各位

平素より当センターの講習をご利用いただき、誠にありがとうございます。
令和８年１月・２月の運行管理者 基礎講習（貨物）の日程をご案内します。

　第１回　１月１４日～１６日　　会場：船橋研修センター
　第２回　１月２８日～３０日　　会場：大宮研修センター
　第３回　２月１８日～２０日　　会場：船橋研修センター

受講料：１０，５００円（テキスト代込み）
申込方法：当センターWebサイトの申込フォームより

お問い合わせ：関東技能講習センター 講習課（TEL 047-431-2255／平日9時～17時）
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="forward of a provider's course announcement; only the provider's switchboard, no people",
)

# 026 — forward of an internal mail listing six candidates to an outside school
add(
    charset="shift_jis",
    sender="東海林 亮 <r-shoji@hinode-sangyo.co.jp>",
    to=["資格の学校ミライ塾 法人窓口 <houjin@mirai-juku.jp>"],
    subject="FW: 衛生管理者 受験予定者（川越工場分）",
    body="""ミライ塾 法人窓口ご担当者様

お世話になっております。日の出産業の東海林です。
川越工場分の受講希望者が工場から届きましたので、そのまま転送いたします。
６名とも１月開講の土曜クラスを希望しています。受講案内はそれぞれの連絡先へ
直接お送りいただいて構いません。

東海林

-----Original Message-----
From: 百目鬼 健吾 <k-domeki@hinode-sangyo.co.jp>
Sent: Monday, October 27, 2025 4:51 PM
To: 東海林 亮 <r-shoji@hinode-sangyo.co.jp>
Subject: 衛生管理者 受験予定者（川越工場分）

東海林さん

川越工場から受講を希望する者は以下の６名です。よろしくお願いします。

　氏名　　　　　連絡先（携帯）　　　メール
　久我 恭平　　　090-2283-4410　　kuga.kyohei@hinode-sangyo.co.jp
　仲宗根 亮　　　080-3319-0725　　r-nakasone@hinode-sangyo.co.jp
　大豆生田 薫　　090-5528-6634　　k-omameuda@hinode-sangyo.co.jp
　木檜 崇　　　　070-1142-8871　　t-kogure@hinode-sangyo.co.jp
　百々 裕子　　　080-7765-2209　　y-dodo@hinode-sangyo.co.jp
　伊佐治 誠　　　090-6610-3391　　m-isaji@hinode-sangyo.co.jp

百目鬼
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a forwarded internal list of six employees with mobiles and e-mail: new to the external school",
)

# 027 — reply under an Outlook-style original that holds a list of five
add(
    charset="iso-2022-jp",
    sender="百目鬼 健吾 <k-domeki@hinode-sangyo.co.jp>",
    to=["関東技能講習センター 講習課 <koshu@kanto-ginou.or.jp>"],
    subject="RE: 修了証の発行について（高所作業車運転技能講習）",
    body="""関東技能講習センター 講習課
ご担当者様

お世話になっております。日の出産業 川越工場の百目鬼です。
修了者一覧のご送付ありがとうございます。修了証５枚、本日たしかに受け取りました。
社内の資格台帳への登録も完了しております。

また次回の講習もよろしくお願いいたします。
""" + SIG_DOMEKI + """
-----Original Message-----
差出人: 関東技能講習センター 講習課 <koshu@kanto-ginou.or.jp>
送信日時: 2025年10月17日 15:33
宛先: 百目鬼 健吾 <k-domeki@hinode-sangyo.co.jp>
件名: 修了証の発行について（高所作業車運転技能講習）

日の出産業株式会社
百目鬼様

先日の高所作業車運転技能講習（10t以上）の修了証を本日発送いたしました。
修了者は以下の５名です。

修了証番号   氏名          生年月日
KG-30551     重信 徹       昭和58年11月27日
KG-30552     蒔田 航平     平成6年1月8日
KG-30553     乙部 隼人     平成9年10月11日
KG-30554     大和田 勝     昭和47年5月30日
KG-30555     小日向 誠     平成3年12月25日

ご査収ください。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the list of five with DOB is only in the quoted original from the recipient itself",
)

# 028 — six names with department only, for name cards and seating (either)
add(
    charset="iso-2022-jp",
    sender="石動 真理子 <m-isurugi@hinode-sangyo.co.jp>",
    to=["ヒューマンキャピタル研究所 研修運営 <unei@hc-lab.co.jp>"],
    subject="１１月１９日 ファシリテーター養成講座 参加者（名札・座席表用）",
    body="""株式会社ヒューマンキャピタル研究所
研修運営ご担当者様

お世話になっております。日の出産業 人材開発課の石動です。
１１月１９日の社内講師（ファシリテーター）養成講座の参加者をお知らせします。
名札と座席表の作成にご利用ください。

　氏名　　　　　　所属　　　　　　　　　役職
　鬼頭　誠一　　　人事部　　　　　　　　部長
　依田　絢子　　　人事部 労務課　　　　　主任
　百目鬼　健吾　　川越工場 安全衛生課　　課長
　左右田　修　　　工事部 電気設備課　　　課長
　栗花落　美咲　　営業部 営業企画課　　　係長
　五百旗頭　瑛太　情報システム部　　　　主任

修了後の認定証（社内資格「社内講師」）は当社で発行しますので不要です。
よろしくお願いいたします。
""" + SIG_ISURUGI,
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="six participants with only department and title (no contact data): list of people or just a seating list",
)

# 029 — a corporate card number for exam fees
add(
    charset="iso-2022-jp",
    sender="栗花落 美咲 <m-tsuyuri@hinode-sangyo.co.jp>",
    to=["不動産教育研究所 事務局 <jimukyoku@fudosan-kyoiku.jp>"],
    subject="宅建登録実務講習 受講料のカード決済について",
    body="""不動産教育研究所
事務局ご担当者様

お世話になっております。日の出産業 営業部の栗花落です。
登録実務講習（１２月コース）の受講料２名分について、カード決済でお願いしたく、
お電話でご案内いただいた内容をお送りします。

　カード種類：法人カード
　カード番号：""" + _card(CARD[0]) + """
　有効期限　：０８／２８
　名義　　　：ＭＩＳＡＫＩ　ＴＳＵＹＵＲＩ
　決済金額　：４３，０００円（２１，５００円×２名）

決済完了後、領収書を当社営業部宛にご郵送いただけますでしょうか。
よろしくお願いいたします。
""" + SIG_TSUYURI,
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a full credit card number with holder name in the body to an outside body",
)

# 030 — English: two employees' names and e-mails to an overseas course provider
add(
    charset="utf-8",
    sender="Haruka Yamanashi <h-yamanashi@hinode-sangyo.co.jp>",
    to=["Bookings <bookings@northgate-safety.co.uk>"],
    subject="Booking request: IOSH Managing Safely (online), January cohort",
    body="""Dear Northgate Bookings Team,

We would like to book two places on the IOSH Managing Safely online course starting
on 12 January 2026 (cohort MS-2601-ONL) for the following employees of our UK project
office:

  1. Mr Ryota Kiuchi      - ryota.kiuchi@hinode-sangyo.co.jp
  2. Ms Emily Harrington  - e-harrington@hinode-sangyo.co.jp

Please issue the invoice to Hinode Sangyo Co., Ltd. (PO HS-UK-0442). Both delegates
will join from London, so GMT session times are fine.

Could you also let us know when the certificates are normally issued after the
assessment?
""" + SIG_YAMANASHI_EN,
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="English booking for two delegates with their work e-mails: two people, warn at most",
)

# 031 — English: one employee's passport number to an overseas certification centre
add(
    charset="utf-8",
    sender="Haruka Yamanashi <h-yamanashi@hinode-sangyo.co.jp>",
    to=["Candidate Registration <registration@awcc.com.sg>"],
    subject="Candidate registration - ISO 9606-1 welder qualification test, 3 Dec",
    body="""Dear Registration Team,

Further to our telephone conversation, please find below the candidate details for the
welder qualification test (ISO 9606-1, 135 P BW) at your Jurong centre on 3 December.

  Full name (as in passport): HATAKEYAMA Kenta
  Date of birth:              14 March 1989
  Nationality:                Japanese
  Passport No.:               TR4820573 (expires 21 Aug 2031)
  Employer:                   Hinode Sangyo Co., Ltd. (Singapore Branch)

The test fee (SGD 680) will be paid by bank transfer from our Singapore branch; please
send the pro-forma invoice to me. Mr Hatakeyama will bring his passport and safety shoes
on the day.

Kind regards,

Haruka Yamanashi
Overseas Business Dept.
Hinode Sangyo Co., Ltd.
Tel: +81-3-5425-7760
""",
    expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="an employee's passport number with name and DOB to an overseas exam centre",
)

# 032 — internal: licence check list with licence numbers, full-width digits
add(
    charset="shift_jis",
    sender="小鳥遊 聡 <s-takanashi@hinode-sangyo.co.jp>",
    to=["物流センター 業務課 <butsuryu-gyomu@hinode-sangyo.co.jp>"],
    cc=["九十九 勇 <i-tsukumo@hinode-sangyo.co.jp>"],
    subject="社用車運転者 運転免許証の有効期限確認（１２月から２月に期限到来）",
    body="""物流センター 業務課 各位

総務部の小鳥遊です。
社用車管理規程に基づく運転免許証の定期確認で、１２月～２月に有効期限が来る方を
抽出しました。更新後、新しい免許証の写しを総務部まで提出するよう、ご本人へ
声かけをお願いします。

氏名，免許証番号，種類，有効期限
鳴海 拓也，第３０１８１２４７７６５０号，中型，令和７年１２月１７日
外山 達郎，第３０１１０５８８２２７１号，大型・けん引，令和８年１月２２日
湯浅 智恵，第３０１９２３６６１０４２号，準中型，令和８年１月３０日
能登谷 健，第３０１５０７２９９１８３号，中型，令和８年２月８日
宍戸 正和，第３０９９０４１５５２７０号，大型，令和８年２月２６日

期限切れのまま運転することのないよう、ご注意ください。
""" + SIG_TAKANASHI,
    expect="pass",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    detectors=[],
    note="internal only: five drivers' licence numbers inside the company",
)

# 033 — one driver's licence number to a partner for site access
add(
    charset="iso-2022-jp",
    sender="九十九 勇 <i-tsukumo@hinode-sangyo.co.jp>",
    to=["青葉運輸 市川営業所 構内管理係 <ichikawa-kounai@aoba-unyu.co.jp>"],
    subject="構内フォークリフト運転許可の申請（１名）",
    body="""青葉運輸株式会社 市川営業所
構内管理係 ご担当者様

お世話になっております。日の出産業 物流センターの九十九です。
１１月から共同配送の荷役応援に入る当社社員について、貴営業所構内での
フォークリフト運転許可を申請いたします。

　氏名　　　　　：鮫島　隆之介（さめじま　りゅうのすけ）
　生年月日　　　：昭和６２年７月１１日
　運転免許証番号：第３０１２０４５８７７１０号（大型）
　有効期限　　　：令和１０年８月１１日まで
　フォークリフト：運転技能講習修了（修了証番号 ＫＧ－１８２２４）

免許証・修了証の写しは入構初日にご提示いたします。
ご確認のほど、よろしくお願いいたします。
""" + SIG_TSUKUMO,
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a driving licence number (identity document) of an employee sent outside",
)

# 034 — certificate reissue for one person, with her home address
add(
    charset="iso-2022-jp",
    sender="宇佐美 梢 <k-usami@hinode-sangyo.co.jp>",
    to=["東日本安全衛生試験センター 免許交付係 <menkyo@higashi-anzen.or.jp>"],
    subject="衛生管理者免許証の書換え（氏名変更）について問い合わせ",
    body="""東日本安全衛生試験センター
免許交付係 ご担当者様

お世話になっております。日の出産業株式会社 総務部の宇佐美と申します。
婚姻により氏名が変わったため、第一種衛生管理者免許証の書替えを申請したく、
手続きについてお伺いします。

　旧氏名：大河内　梢
　新氏名：宇佐美　梢
　生年月日：平成６年５月１７日
　免許証番号：第１３０２１７７４号（令和５年取得）
　現住所：〒143-0023 東京都大田区山王２－９－１４

申請書は郵送でよろしいでしょうか。また、戸籍抄本は発行後何か月以内のものが
必要かも教えていただけますと幸いです。

日の出産業株式会社 総務部 総務課
宇佐美 梢
TEL 03-5425-7711
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="the sender's own licence data and home address for a reissue: one person, warn at most",
)

# 035 — mail stamped 【取扱注意】 to a consultant
add(
    charset="shift_jis",
    sender="鬼頭 誠一 <s-kito@hinode-sangyo.co.jp>",
    to=["ヒューマンキャピタル研究所 三ツ矢様 <mitsuya@hc-lab.co.jp>"],
    subject="【取扱注意】資格と等級の連動案（役員説明前ドラフト）",
    body="""【取扱注意】

ヒューマンキャピタル研究所
三ツ矢様

お世話になっております。日の出産業の鬼頭です。
次回の人事制度改定ワーキングに先立ち、資格と等級要件の連動案を共有します。
役員説明前のドラフトにつき、取扱いにはご注意ください。

１．等級要件としての資格
　・主任昇格：職種別指定資格を１つ以上保有（技術職は第二種電気工事士以上 等）
　・係長昇格：指定資格２つ以上、または上位資格１つ
　・課長昇格：施工管理技士（１級）または同等とみなす資格
２．資格手当の縮小と基本給への組入れ
　・現行の資格手当総額（年約４，２００万円）のうち６割を等級給に組み入れ
　・残り４割は高度資格（区分Ａ）に重点配分
３．経過措置
　・現保有者の手当は３年間据置き、その後段階的に移行

人件費試算は別途お送りします。ご意見をいただけますと幸いです。

日の出産業株式会社 人事部長
鬼頭 誠一
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="mail stamped 【取扱注意】 in subject and body sent to an outside consultant",
)

# 036 — talk about an NDA before customising training material
add(
    charset="iso-2022-jp",
    sender="石動 真理子 <m-isurugi@hinode-sangyo.co.jp>",
    to=["株式会社スキルブリッジ 長嶺様 <nagamine@skillbridge.co.jp>"],
    subject="社内向け教材カスタマイズの件（秘密保持契約について）",
    body="""株式会社スキルブリッジ
長嶺様

お世話になっております。日の出産業の石動です。
先日ご提案いただいた、当社の作業手順書を題材にした社内検定向け教材のカスタマイズについて、
前向きに進めたいと考えております。

その前提として、当社の手順書・図面等をお渡しすることになりますので、
秘密保持契約（ＮＤＡ）を締結させてください。
当社ひな形をお送りしますので、貴社法務部門でご確認いただけますでしょうか。
貴社ひな形をご希望の場合はそちらでも構いません。

なお、契約書の秘密情報の定義には、開示時に「秘密」と明示したもののほか、
口頭で開示し３０日以内に書面で特定したものを含める想定です。

よろしくお願いいたします。
""" + SIG_ISURUGI,
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about concluding an NDA; the words 秘密 are mentions, not a marking",
)

# 037 — quote request, course price list in padded columns
add(
    charset="utf-8",
    sender="百目鬼 健吾 <k-domeki@hinode-sangyo.co.jp>",
    to=["日本安全衛生教育協会 研修部 <kenshu@anzen-kyoiku.or.jp>"],
    subject="２０２６年度 出張講習の見積依頼（川越工場）",
    body="""日本安全衛生教育協会 研修部 御中

いつもお世話になっております。日の出産業 川越工場 安全衛生課の百目鬼です。
２０２６年度に川越工場で実施したい出張講習について、お見積りをお願いします。
昨年度の単価を参考に記載しています。

講習名                               予定人数   実施時期     昨年度単価（税抜）
-----------------------------------  ---------  -----------  ------------------
職長・安全衛生責任者教育             12名       5月          18,000円/人
フルハーネス型墜落制止用器具特別教育 20名       6月           9,500円/人
低圧電気取扱特別教育                 15名       7月          14,000円/人
有機溶剤作業主任者技能講習           8名        9月          13,000円/人
粉じん作業特別教育                   10名       10月          6,000円/人
-----------------------------------  ---------  -----------  ------------------

講師の交通費・宿泊費の扱いも併せてご教示ください。
""" + SIG_DOMEKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="padded table of courses, headcounts and prices; no people",
)

# 038 — DOCX table: five applicants for a national trade test, DOB and home address
add(
    charset="iso-2022-jp",
    sender="百目鬼 健吾 <k-domeki@hinode-sangyo.co.jp>",
    to=["埼玉県職業能力開発協会 技能検定課 <kentei@saitama-nouryoku.or.jp>"],
    subject="技能検定（機械保全）後期 受検申請者一覧の送付",
    body="""埼玉県職業能力開発協会
技能検定課 ご担当者様

お世話になっております。日の出産業株式会社 川越工場の百目鬼です。
後期技能検定（機械保全 設備診断作業／機械系保全作業）の受検申請につき、
事業所一括申請分の申請者一覧をWord形式でお送りいたします。
受検申請書の原本は、受検手数料の振込控えとともに本日発送いたしました。

よろしくお願いいたします。
""" + SIG_DOMEKI,
    attachments=[{
        "kind": "docx", "name": "技能検定_受検申請者一覧_川越工場.docx",
        "title": "技能検定 受検申請者一覧",
        "paragraphs": ["令和７年度 後期技能検定 受検申請者一覧",
                       "事業所名：日の出産業株式会社 川越工場　担当：安全衛生課 百目鬼",
                       ""],
        "tables": [[
            ["No", "氏名", "ふりがな", "生年月日", "現住所", "職種・作業", "等級", "実務経験"],
            ["1", "椎葉 俊介", "しいば しゅんすけ", "平成8年4月3日", "埼玉県川越市南台１－１０－８", "機械保全・機械系保全作業", "2級", "6年"],
            ["2", "勅使河原 仁", "てしがわら じん", "昭和57年2月19日", "埼玉県川越市脇田町２４－６－３０１", "機械保全・機械系保全作業", "1級", "18年"],
            ["3", "木檜 崇", "こぐれ たかし", "昭和62年1月15日", "埼玉県坂戸市元町３２－１", "機械保全・設備診断作業", "2級", "9年"],
            ["4", "百々 裕子", "どうどう ゆうこ", "平成4年5月30日", "埼玉県鶴ヶ島市脚折町４－１２－２", "機械保全・設備診断作業", "2級", "7年"],
            ["5", "陣内 浩平", "じんない こうへい", "平成11年8月22日", "埼玉県ふじみ野市上福岡３－５－１７", "機械保全・機械系保全作業", "3級", "2年"],
        ]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of five applicants with 和暦 DOB and home addresses to an outside association",
)

# 039 — 「・」 bullets, four attendees with phones
add(
    charset="iso-2022-jp",
    sender="栗花落 美咲 <m-tsuyuri@hinode-sangyo.co.jp>",
    to=["不動産教育研究所 事務局 <jimukyoku@fudosan-kyoiku.jp>"],
    subject="宅建 登録実務講習 スクーリング参加者の連絡先",
    body="""不動産教育研究所 事務局 御中

お世話になっております。日の出産業 営業部の栗花落です。
１２月コースのスクーリング（１２月１３日・１４日）について、
緊急連絡先のご提出を求められておりましたので、４名分をお送りします。

・桐生　彩乃　　　０８０－２２７１－５５３４
・笹生　大地　　　０９０－４８６０－１２９７
・猿渡　理沙　　　０７０－６６１２－８０４５
・鯨井　康平　　　０８０－９９３０－２７１８

当日の欠席・遅刻の連絡は、原則として本人から直接させていただきます。
""" + SIG_TSUYURI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four attendees with mobile numbers in 「・」 bullets: under five people",
)

# 040 — 「・」 bullets of driving schools (businesses)
add(
    charset="iso-2022-jp",
    sender="外山 達郎 <t-toyama@hinode-sangyo.co.jp>",
    to=["青葉運輸 人事部 研修担当 <kenshu@aoba-unyu.co.jp>"],
    subject="大型・けん引免許 取得支援で利用している教習所のご紹介",
    body="""青葉運輸株式会社 人事部
研修ご担当者様

お世話になっております。日の出産業 物流センターの外山です。
先日の合同安全会議でお尋ねのあった、当社がドライバーの大型・けん引免許取得支援で
利用している教習所をお知らせします（法人契約割引あり）。

・市川中央自動車教習所　　千葉県市川市大和田２－１９－３　　TEL 047-377-1141
・船橋ドライビングスクール　千葉県船橋市海神町南１－１５２２　　TEL 047-433-5520
・江戸川モータースクール　　東京都江戸川区東篠崎１－８－２　　TEL 03-3678-2231
・松戸けん引センター　　　　千葉県松戸市稔台７－２－１　　　　TEL 047-362-0098
・浦安オートスクール　　　　千葉県浦安市千鳥１３－５　　　　　TEL 047-351-7730

法人契約の窓口は各校の「法人営業担当」です。当社の紹介とお伝えいただければ
同条件で対応いただけると思います。
""" + sig("外山 達郎", "物流センター 業務課", "t-toyama", "047-328-6620", addr=ICHIKAWA),
    expect="pass",
    entities=[],
    detectors=[],
    note="bullet list of five driving schools with business addresses and switchboards: businesses, not people",
)

# 041 — English reply thread, "On … wrote:" quote, vouchers, no personal data
add(
    charset="utf-8",
    sender="Eita Iokibe <e-iokibe@hinode-sangyo.co.jp>",
    to=["Daniel Okafor <d.okafor@globalcert-institute.org>"],
    subject="Re: Voucher extension request - PO HS-2025-1187",
    body="""Dear Daniel,

Thank you for the quick reply. A three-month extension for the four unused Cloud
Architect vouchers would be very helpful; two of our candidates are on a long project
and will not be able to sit the exam before March.

Please go ahead and apply the extension fee of USD 25 per voucher to our account. The
voucher codes themselves can stay as they are.

Best regards,
Eita

On Tue, 4 Nov 2025 at 09:12, Daniel Okafor <d.okafor@globalcert-institute.org> wrote:
> Dear Mr Iokibe,
>
> Vouchers under PO HS-2025-1187 expire 12 months after issue. As a one-time courtesy we
> can extend unused vouchers by three months for a fee of USD 25 per voucher. Please
> let me know how many vouchers you would like to extend.
>
> Kind regards,
> Daniel Okafor
> Corporate Accounts, Global Cert Institute
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply about voucher extension; no personal data",
)

# 042 — residence card number of a foreign employee to a support organisation
add(
    charset="utf-8",
    sender="依田 絢子 <a-yoda@hinode-sangyo.co.jp>",
    to=["グローバルワークサポート 支援課 <shien@gws-support.co.jp>"],
    subject="特定技能２号評価試験（製造分野）受験申込の件／NGUYEN VAN THANH",
    body="""株式会社グローバルワークサポート
支援課 ご担当者様

いつもお世話になっております。日の出産業 人事部労務課の依田です。
当社川越工場で就労中の特定技能外国人について、２号評価試験の受験申込を
貴社経由でお願いしたく、必要事項をお送りします。

　氏名（ローマ字）：NGUYEN VAN THANH
　氏名（カナ）　　：グエン　ヴァン　タイン
　生年月日　　　　：1999年7月22日
　国籍　　　　　　：ベトナム
　在留カード番号　：UH48201735EA
　在留期限　　　　：2026年9月30日
　試験区分　　　　：製造分野 機械金属加工区分
　希望試験地　　　：埼玉会場（第１希望）／東京会場（第２希望）

受験料は当社負担とし、請求書は人事部宛にお願いいたします。
""" + sig("依田 絢子", "人事部 労務課", "a-yoda", "03-5425-7714", style=1),
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a foreign employee's residence card number with name and DOB sent outside",
)

# 043 — internal: eight trainees for special education, names and employee numbers
add(
    charset="iso-2022-jp",
    sender="百目鬼 健吾 <k-domeki@hinode-sangyo.co.jp>",
    to=["川越工場 製造二課 <kawagoe-seizo2@hinode-sangyo.co.jp>",
        "川越工場 保全課 <kawagoe-hozen@hinode-sangyo.co.jp>"],
    subject="【受講案内】フルハーネス特別教育（１１月２６日）受講者の確定",
    body="""製造二課・保全課 各位

安全衛生課の百目鬼です。
１１月２６日（水）の墜落制止用器具（フルハーネス型）特別教育の受講者が確定しました。
当日は作業服・安全靴で、８時５０分までに研修棟２階へ集合してください。

　社員番号　氏名　　　　　　所属　　　　内線
　H09876　　勅使河原　仁　　製造二課　　２２１４
　H12390　　椎葉　俊介　　　保全課　　　２３０８
　H11934　　陣内　浩平　　　保全課　　　２３０９
　H10558　　鳥海　和樹　　　製造二課　　２２１６
　H12602　　羽根田　悠　　　製造二課　　２２１７
　H10741　　宮本　弥生　　　保全課　　　２３１１
　H11288　　帯刀　勝也　　　製造二課　　２２１９
　H12715　　菰田　瑞穂　　　保全課　　　２３１２

修了者には社内資格台帳に登録のうえ、ヘルメットに修了シールを配付します。
""" + SIG_DOMEKI,
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="internal only: eight trainees with employee numbers and extensions",
)

# 044 — three new graduates on free mail, all in To
add(
    charset="iso-2022-jp",
    sender="石動 真理子 <m-isurugi@hinode-sangyo.co.jp>",
    to=["haruto.sekiguchi2003@gmail.com", "mio_amemiya@yahoo.co.jp",
        "k.tonegawa@icloud.com"],
    subject="【日の出産業】内定者向け ITパスポート講座のご案内",
    body="""内定者の皆さま

こんにちは。日の出産業株式会社 人事部の石動です。
入社前の学習支援として、内定者向けにITパスポート試験のeラーニング講座を用意しました。

・受講期間：１２月１日～翌年３月３１日
・費用　　：無料（会社負担）
・受験料　：入社後に合格証を提出いただければ精算します
・申込方法：１１月２１日までに、このメールに「受講希望」とご返信ください

学業優先で構いません。興味のある方はぜひご活用ください。
""" + SIG_ISURUGI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private persons on free mail can see each other's addresses in To: should have been Bcc",
)

# 045 — one new graduate on yahoo.co.jp
add(
    charset="shift_jis",
    sender="東海林 亮 <r-shoji@hinode-sangyo.co.jp>",
    to=["雨宮 澪 様 <mio_amemiya@yahoo.co.jp>"],
    subject="Re: ITパスポート講座の受講希望",
    body="""雨宮 澪 様

日の出産業 人事部の東海林です。受講希望のご連絡ありがとうございます。
eラーニングの受講登録を行いました。１２月１日に学習サイト（スキルブリッジ）から
ログイン案内のメールが届きますので、初回ログイン後にパスワードを変更してください。

学習を進めるなかで分からないことがあれば、いつでもご連絡ください。

> 日の出産業 人事部 石動様
> ITパスポート講座の受講を希望します。よろしくお願いいたします。
> 雨宮 澪
""" + SIG_SHOJI,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one new graduate on free mail; only her own name",
)

# 046 — corrupt XLSX attachment
add(
    charset="iso-2022-jp",
    sender="東海林 亮 <r-shoji@hinode-sangyo.co.jp>",
    to=["ネクストステップIT資格スクール 法人サポート <support@nextstep-it.jp>"],
    subject="受講実績データの送付（２０２５年度上期）",
    body="""ネクストステップIT資格スクール
法人サポート ご担当者様

お世話になっております。日の出産業の東海林です。
来年度の契約更新の検討材料として、当社側で集計した上期の受講実績データを
お送りします。貴社の管理画面のデータと突き合わせていただけますでしょうか。

ファイルが開けない場合はご連絡ください。
""" + SIG_SHOJI,
    attachments=[{"kind": "corrupt", "name": "受講実績_2025上期.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be inspected",
)

# 047 — PDF schedule of in-house exam-prep courses (no people)
add(
    charset="shift_jis",
    sender="石動 真理子 <m-isurugi@hinode-sangyo.co.jp>",
    to=["北国フーズ 人事総務部 大野木様 <onogi@kitaguni-foods.co.jp>"],
    subject="資格取得講座の年間スケジュール（ご参考）",
    body="""北国フーズ株式会社 人事総務部
大野木様

いつもお世話になっております。日の出産業の石動です。
先日の人事交流会で話題になりました、当社の社内資格取得講座の年間スケジュールを
PDFでお送りします。貴社でも同様の取組みをご検討とのことでしたので、
ご参考になれば幸いです。

空きがある講座は貴社社員の方にもご参加いただけるよう、社内で調整しております。
""" + SIG_ISURUGI,
    attachments=[{
        "kind": "pdf", "name": "2026_資格取得講座スケジュール.pdf",
        "title": "2026年度 資格取得講座スケジュール",
        "lines": ["2026年度 資格取得講座 年間スケジュール", "日の出産業株式会社 人事部 人材開発課", ""],
        "table": [
            ["講座", "形式", "期間", "会場", "定員", "受講料（外部参加）"],
            ["衛生管理者 受験対策", "集合", "4月〜6月（全6回）", "本社7階", "24", "30,000円"],
            ["危険物乙4 受験対策", "集合", "5月〜6月（全4回）", "川越工場 研修棟", "30", "15,000円"],
            ["宅建士 受験対策", "集合＋Web", "6月〜9月（全8回）", "さくらホテル", "24", "45,000円"],
            ["第二種電気工事士 技能", "実習", "9月〜11月（全6回）", "川越工場 研修棟", "12", "40,000円"],
            ["日商簿記2級", "Web", "通年", "オンライン", "-", "12,000円"],
            ["ITパスポート", "Web", "通年", "オンライン", "-", "8,000円"],
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="PDF table of courses, venues and fees to a partner; no people",
)

# 048 — PDF table of ten course finishers with DOB to a partner customer
add(
    charset="iso-2022-jp",
    sender="栗花落 美咲 <m-tsuyuri@hinode-sangyo.co.jp>",
    to=["北国フーズ 品質保証部 <hinshitsu@kitaguni-foods.co.jp>"],
    subject="催事出店スタッフの食品衛生責任者 修了者一覧",
    body="""北国フーズ株式会社
品質保証部 ご担当者様

お世話になっております。日の出産業 営業部の栗花落です。
来月の北国フェア（百貨店催事）に当社から派遣する販売スタッフについて、
食品衛生責任者養成講習の修了者一覧をご提出いたします。

修了証の写しが必要な場合はお申し付けください。
""" + SIG_TSUYURI,
    attachments=[{
        "kind": "pdf", "name": "食品衛生責任者_修了者一覧.pdf",
        "title": "食品衛生責任者 修了者一覧",
        "lines": ["食品衛生責任者 養成講習 修了者一覧", "日の出産業株式会社 営業部（北国フェア派遣スタッフ）", ""],
        "table": [
            ["No", "氏名", "生年月日", "修了証番号", "修了日", "講習実施団体"],
            ["1", "桐生 彩乃", "1995/02/08", "東食協 第R5-11824号", "2023/06/14", "東京都食品衛生協会"],
            ["2", "笹生 大地", "1997/10/19", "東食協 第R6-02271号", "2024/02/20", "東京都食品衛生協会"],
            ["3", "猿渡 理沙", "1993/12/01", "千食協 第R4-0913号", "2022/09/07", "千葉県食品衛生協会"],
            ["4", "鯨井 康平", "1990/06/16", "東食協 第R6-07752号", "2024/07/11", "東京都食品衛生協会"],
            ["5", "栗花落 美咲", "1989/08/25", "東食協 第H30-20118号", "2018/11/27", "東京都食品衛生協会"],
            ["6", "三ツ木 愛", "1998/03/14", "埼食協 第R5-4420号", "2023/10/02", "埼玉県食品衛生協会"],
            ["7", "水流 幸太", "2000/11/30", "東食協 第R7-00415号", "2025/01/22", "東京都食品衛生協会"],
            ["8", "真栄城 詩織", "1996/04/04", "神食協 第R5-3318号", "2023/05/16", "神奈川県食品衛生協会"],
            ["9", "廿日出 仁", "1985/09/09", "東食協 第R2-15506号", "2020/10/28", "東京都食品衛生協会"],
            ["10", "福士 麻由", "1994/07/21", "東食協 第R6-11930号", "2024/11/05", "東京都食品衛生協会"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="PDF table of ten staff with DOB and certificate numbers to a partner: a list of people",
)

# 049 — one shop's food-hygiene supervisor, name and certificate number
add(
    charset="iso-2022-jp",
    sender="栗花落 美咲 <m-tsuyuri@hinode-sangyo.co.jp>",
    to=["北国フーズ 催事担当 荻窪様 <ogikubo@kitaguni-foods.co.jp>"],
    subject="Re: 出店ブースの食品衛生責任者について",
    body="""荻窪様

お世話になっております。日の出産業の栗花落です。
お問い合わせの件、当社ブース（Ｂ－１２）の食品衛生責任者は下記の者となります。

　食品衛生責任者：桐生　彩乃
　修了証番号　　：東食協 第Ｒ５－１１８２４号

催事期間中は桐生が常駐いたします。掲示用の責任者プレートは当社で用意します。

> 栗花落様
> 出店ブースごとに食品衛生責任者のお名前と修了証番号をお知らせください。
> 北国フーズ 催事担当 荻窪
""" + SIG_TSUYURI,
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="one designated supervisor's name and certificate number to a partner: one person",
)

# 050 — internal XLSX with My Numbers for benefit paperwork
add(
    charset="utf-8",
    sender="依田 絢子 <a-yoda@hinode-sangyo.co.jp>",
    to=["給与厚生課 <kyuyo@hinode-sangyo.co.jp>"],
    subject="教育訓練給付金 代理申請対象者（個人番号の照合依頼）",
    body="""給与厚生課 各位

労務課の依田です。
教育訓練給付金の代理申請対象者（３名）について、申請書に記入する個人番号を
給与システムの登録内容と照合していただきたく、Excelを添付します。
確認後、このファイルは削除をお願いします（社外への送付は当課で社労士事務所の
電子申請システム経由で行います）。
""" + sig("依田 絢子", "人事部 労務課", "a-yoda", "内線 3420", style=1),
    attachments=[{
        "kind": "xlsx", "name": "給付金申請_個人番号照合.xlsx",
        "sheets": {
            "照合": [
                ["教育訓練給付金 代理申請 個人番号照合表"],
                ["社員番号", "氏名", "生年月日", "個人番号（申請書記入予定）", "給与システム登録", "一致"],
                ["H12045", "穂積 まりあ", "1997/08/12", _mn(MN[1], "-"), "", ""],
                ["H11562", "禰津 亘", "1990/06/19", _mn(MN[2], "-"), "", ""],
                ["H10177", "依田 絢子", "1984/02/27", _mn(MN[3], "-"), "", ""],
            ],
            "メモ": [["照合後に本ファイルを削除すること"]],
        },
    }],
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="internal only: My Numbers between HR and payroll; no external recipient",
)

# 051 — XLSX with three sheets: three trainees, schedule, costs
add(
    charset="iso-2022-jp",
    sender="百目鬼 健吾 <k-domeki@hinode-sangyo.co.jp>",
    to=["関東技能講習センター 講習課 <koshu@kanto-ginou.or.jp>"],
    subject="有機溶剤作業主任者技能講習 申込（３名）と日程・費用の確認",
    body="""関東技能講習センター 講習課 御中

いつもお世話になっております。日の出産業 川越工場の百目鬼です。
有機溶剤作業主任者技能講習（大宮会場）の申込書をExcelで添付します。
シート「受講者」に３名分、「日程」「費用」に当方の理解を記載していますので、
相違があればご指摘ください。
""" + SIG_DOMEKI,
    attachments=[{
        "kind": "xlsx", "name": "有機溶剤_申込_川越工場.xlsx", "title": "有機溶剤作業主任者技能講習 申込",
        "sheets": {
            "受講者": [
                ["有機溶剤作業主任者技能講習 受講申込書（日の出産業株式会社 川越工場）"],
                ["申込日", "2025/11/05"],
                [],
                ["No", "氏名", "フリガナ", "生年月日", "携帯電話", "メール"],
                [1, "鳥海 和樹", "チョウカイ カズキ", "1991/05/12", "080-4102-7736", "k-chokai@hinode-sangyo.co.jp"],
                [2, "羽根田 悠", "ハネダ ユウ", "1996/09/03", "090-2215-6608", "y-haneda@hinode-sangyo.co.jp"],
                [3, "菰田 瑞穂", "コモダ ミズホ", "1993/02/27", "070-3389-1142", "m-komoda@hinode-sangyo.co.jp"],
            ],
            "日程": [
                ["講習日程"],
                ["日", "内容", "時間"],
                ["12/3（水）", "学科（健康障害・予防措置）", "9:00-17:00"],
                ["12/4（木）", "学科（関係法令）・修了試験", "9:00-16:30"],
            ],
            "費用": [
                ["費用（税込）"],
                ["項目", "単価", "人数", "金額"],
                ["受講料", 12800, 3, 38400],
                ["テキスト代", 1800, 3, 5400],
                ["合計", "", "", 43800],
            ],
        },
    }],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX with three trainees' records (DOB, mobile, e-mail) plus schedule and cost sheets: under five people",
)

# 052 — XLSX, curriculum and cost plan, no people, to a partner
add(
    charset="utf-8",
    sender="五百旗頭 瑛太 <e-iokibe@hinode-sangyo.co.jp>",
    to=["ツバサシステム 研修事業部 谷地様 <yachi@tsubasa-system.jp>"],
    subject="情報セキュリティ資格 合同研修のカリキュラム案",
    body="""株式会社ツバサシステム
研修事業部 谷地様

お世話になっております。日の出産業の五百旗頭です。
（先日はメールアドレスを誤って入力しご迷惑をおかけしました。こちらが正しい宛先です。）

来年度の情報セキュリティマネジメント試験 合同研修について、当社側で作成した
カリキュラム案と費用分担案をExcelでお送りします。ご意見をお聞かせください。
""" + SIG_IOKIBE,
    attachments=[{
        "kind": "xlsx", "name": "合同研修_カリキュラム案_v1.xlsx", "title": "合同研修 カリキュラム案",
        "sheets": {
            "カリキュラム": [
                ["情報セキュリティマネジメント試験 合同研修 カリキュラム案（2026年度）"],
                [],
                ["回", "テーマ", "形式", "時間", "担当"],
                [1, "情報セキュリティの基礎・脅威の動向", "集合", "3h", "ツバサシステム"],
                [2, "リスクマネジメント・セキュリティ管理", "集合", "3h", "ツバサシステム"],
                [3, "法務（個人情報保護法・不正アクセス禁止法）", "Web", "2h", "日の出産業 法務課"],
                [4, "科目B対策演習", "集合", "3h", "ツバサシステム"],
                [5, "模擬試験・解説", "集合", "3h", "ツバサシステム"],
            ],
            "費用分担": [
                ["費用分担案"],
                ["費目", "総額（税抜）", "日の出産業", "ツバサシステム"],
                ["講師料", 600000, 300000, 300000],
                ["会場費", 150000, 150000, 0],
                ["教材費", 90000, 45000, 45000],
            ],
            "前提条件": [["参加人数は両社各15名を上限とする"], ["受験料は各社負担"]],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="XLSX curriculum and cost split for a joint course with the real partner domain; no people",
)

# 053 — reply under an Outlook-style quote; only the provider's business contact
add(
    charset="shift_jis",
    sender="五百旗頭 瑛太 <e-iokibe@hinode-sangyo.co.jp>",
    to=["CBTネクサス 法人窓口 <corp@cbt-nexus.com>"],
    subject="RE: 団体受験枠の確保について（１２月・基本情報技術者）",
    body="""CBTネクサス 法人窓口
諸角様

お世話になっております。日の出産業の五百旗頭です。
ご提案いただいた１２月１３日（土）午前・午後の団体枠（各１０席・八重洲会場）で
確保をお願いいたします。受験者の登録は各自が受験者ポータルから行う形で承知しました。
ご案内の期限（１１月２８日）までに当社内で登録を完了させます。

よろしくお願いいたします。
""" + SIG_IOKIBE + """
差出人: 諸角 恵美 <morozumi@cbt-nexus.com>
送信日時: 2025年11月6日 11:48
宛先: 五百旗頭 瑛太 <e-iokibe@hinode-sangyo.co.jp>
件名: 団体受験枠の確保について（１２月・基本情報技術者）

日の出産業株式会社
五百旗頭様

いつもお世話になっております。CBTネクサス法人窓口の諸角です。
１２月の団体受験枠について、八重洲会場で１２月１３日（土）午前・午後に
各１０席を仮押さえしております。受験者登録は各自ポータルから行っていただき、
団体コード「HNS-2512」を入力してください。登録期限は１１月２８日です。

CBTネクサス株式会社 法人窓口
諸角 恵美
TEL 03-6262-1100（代表）
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply thread with the vendor's own contact in the quoted signature; no personal data",
)

# 054 — internal subdomains, fifteen people with phones, full-width padding
add(
    charset="iso-2022-jp",
    sender="小鳥遊 聡 <s-takanashi@hinode-sangyo.co.jp>",
    to=["大阪支店 総務 <soumu@osaka.hinode-sangyo.co.jp>"],
    cc=["石動 真理子 <m-isurugi@mail.hinode-sangyo.co.jp>"],
    subject="防火管理者講習 受講者の緊急連絡先（全拠点分・取りまとめ）",
    body="""大阪支店 総務ご担当 様

総務部の小鳥遊です。
各拠点の防火管理者（甲種）新規講習の受講者と、講習期間中の緊急連絡先を
取りまとめました。大阪支店分に誤りがないか確認をお願いします。

　拠点　　　　氏名　　　　　　携帯
　本社　　　　小鳥遊　聡　　　０９０－１２２０－４４７１
　本社　　　　宇佐美　梢　　　０７０－４４２０－８８１５
　本社　　　　浮田　千夏　　　０８０－６６４５－３３９０
　川越工場　　百目鬼　健吾　　０９０－８８３１－２０５６
　川越工場　　鳥海　和樹　　　０８０－４１０２－７７３６
　川越工場　　宮本　弥生　　　０９０－３７７４－１６２８
　物流Ｃ　　　九十九　勇　　　０８０－２２６３－９０４７
　物流Ｃ　　　湯浅　智恵　　　０９０－５５０６－７７８１
　大阪支店　　嘉手納　翼　　　０８０－７１１８－３３０６
　大阪支店　　一ノ瀬　朋美　　０９０－６２４９－１１７０
　大阪支店　　中務　清　　　　０７０－２９８３－５５１４
　名古屋営　　杁中　和也　　　０９０－４４０２－８６６３
　名古屋営　　祖父江　奈緒　　０８０－３３５７－０２９１
　福岡営　　　波多江　拓　　　０９０－９１２０－６６４８
　福岡営　　　京極　由佳　　　０７０－１６０４－２２３７

講習の申込は各拠点で行ってください（所轄消防署により日程が異なります）。
""" + SIG_TAKANASHI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="internal only: recipients are on internal subdomains of hinode-sangyo.co.jp",
)

# 055 — plain ZIP containing a CP932 CSV of twelve applicants
add(
    charset="shift_jis",
    sender="百目鬼 健吾 <k-domeki@hinode-sangyo.co.jp>",
    to=["全国危険物保安協会 埼玉支部 試験係 <shiken-saitama@kikenbutsu-hoan.or.jp>"],
    subject="危険物取扱者試験（乙種第４類）事業所一括申込データ",
    body="""全国危険物保安協会 埼玉支部
試験係 ご担当者様

お世話になっております。日の出産業 川越工場の百目鬼です。
１月実施の乙種第４類 試験について、事業所一括申込のデータ（１２名分）を
ZIPにまとめてお送りします。写真データは別途、当日持参する申請書に貼付します。

よろしくお願いいたします。
""" + SIG_DOMEKI,
    attachments=[{
        "kind": "zip", "name": "kikenbutsu_otsu4_202601.zip",
        "files": [
            {"kind": "csv", "name": "申込者一覧.csv", "encoding": "cp932", "rows": [
                ["受付No", "氏名", "フリガナ", "生年月日", "性別", "郵便番号", "住所", "電話番号"],
                ["1", "陣内 浩平", "ジンナイ コウヘイ", "H11.8.22", "男", "356-0004", "埼玉県ふじみ野市上福岡３－５－１７", "090-3820-4416"],
                ["2", "鳥海 和樹", "チョウカイ カズキ", "H3.5.12", "男", "350-1124", "埼玉県川越市新宿町５－１３－２", "080-4102-7736"],
                ["3", "羽根田 悠", "ハネダ ユウ", "H8.9.3", "女", "350-0043", "埼玉県川越市新富町２－２２", "090-2215-6608"],
                ["4", "帯刀 勝也", "タテワキ カツヤ", "S63.3.28", "男", "350-2211", "埼玉県鶴ヶ島市脚折町６－４－９", "070-5562-0138"],
                ["5", "菰田 瑞穂", "コモダ ミズホ", "H5.2.27", "女", "350-1175", "埼玉県川越市笠幡３８９１－２", "070-3389-1142"],
                ["6", "宮本 弥生", "ミヤモト ヤヨイ", "S61.3.6", "女", "350-0812", "埼玉県川越市矢来３－１２", "090-3774-1628"],
                ["7", "鍋島 圭吾", "ナベシマ ケイゴ", "H13.11.19", "男", "354-0036", "埼玉県富士見市ふじみ野東１－７－３", "080-6617-2294"],
                ["8", "御厨 あゆみ", "ミクリヤ アユミ", "H9.6.30", "女", "350-1305", "埼玉県狭山市入間川２－１５－８", "090-1548-3307"],
                ["9", "神子島 亮", "カゴシマ リョウ", "S59.12.4", "男", "350-0214", "埼玉県坂戸市千代田１－１－２１", "070-8890-4615"],
                ["10", "塩谷 恭子", "シオノヤ キョウコ", "H2.1.16", "女", "350-1101", "埼玉県川越市的場２－９－３０", "080-2731-5562"],
                ["11", "安居院 浩", "アグイ ヒロシ", "S54.7.7", "男", "350-0021", "埼玉県川越市大仙波６０３", "090-4460-9913"],
                ["12", "砂押 蒼", "スナオシ アオイ", "H15.4.25", "男", "350-1137", "埼玉県川越市砂新田４－３－１１", "080-9375-1208"],
            ]},
            {"kind": "txt", "name": "readme.txt", "encoding": "cp932",
             "text": "申込者一覧.csv の文字コードは Shift_JIS です。\n生年月日は和暦（S=昭和、H=平成）で記載しています。\n"},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP with a CP932 CSV of twelve applicants (和暦 DOB, address, phone) to an outside exam body",
)

# 056 — plain ZIP of course brochures and a map (no people)
add(
    charset="utf-8",
    sender="石動 真理子 <m-isurugi@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 志賀様 <shiga@nishiki-insatsu.co.jp>"],
    subject="資格取得講座パンフレット 入稿データ（第１稿）",
    body="""錦印刷株式会社
志賀様

いつもお世話になっております。日の出産業の石動です。
社内配布用「資格取得講座ガイド２０２６」の入稿データ（原稿と会場地図）を
ZIPでお送りします。A4・8ページ、300部でのお見積りをお願いいたします。
写真は前年と同じものを流用してください。
""" + SIG_ISURUGI,
    attachments=[{
        "kind": "zip", "name": "講座ガイド2026_入稿.zip",
        "files": [
            {"kind": "pdf", "name": "原稿_講座ガイド2026.pdf",
             "lines": ["資格取得講座ガイド 2026", "会社はあなたの挑戦を応援します", "",
                       "1. 受験料は初回全額会社負担", "2. 合格奨励金は最大10万円",
                       "3. 講座は本社・川越工場・オンラインで開講"],
             "table": [["講座", "時期", "会場"], ["衛生管理者", "4〜6月", "本社"],
                       ["危険物乙4", "5〜6月", "川越工場"], ["宅建士", "6〜9月", "さくらホテル"]]},
            {"kind": "png", "name": "会場地図_川越工場.png"},
            {"kind": "txt", "name": "入稿メモ.txt", "text": "表紙の色は前年より明るめでお願いします。\nP7の写真差替えあり。\n"},
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="ZIP of brochure copy and a map to the partner printer; no people",
)

# 057 — one trainee's medical condition to a crane school
add(
    charset="iso-2022-jp",
    sender="九十九 勇 <i-tsukumo@hinode-sangyo.co.jp>",
    to=["東都クレーン教習所 受付 <uketsuke@toto-crane.co.jp>"],
    subject="Re: 移動式クレーン運転士 実技教習 健康状態の申告について",
    body="""東都クレーン教習所
受付ご担当者様

お世話になっております。日の出産業 物流センターの九十九です。
実技教習前の健康状態申告について、受講者本人に確認しましたのでご回答します。

　受講者：江連　慎之介
　申告内容：高血圧症で通院中（降圧剤を服用）。昨年、めまいで一度救急搬送歴あり。
　　　　　　主治医からは、服薬を継続していれば実技教習への参加に支障はないとの
　　　　　　意見をもらっています（診断書は必要であれば提出します）。

高所での操作がある課目については、念のため教官の方にもお伝えいただけますと
ありがたいです。よろしくお願いいたします。
""" + SIG_TSUKUMO,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named trainee's diagnosis, medication and medical history (要配慮) to a training school",
)

# 058 — reply: no accommodation needed, no health data; the question is quoted
add(
    charset="iso-2022-jp",
    sender="九十九 勇 <i-tsukumo@hinode-sangyo.co.jp>",
    to=["東都クレーン教習所 受付 <uketsuke@toto-crane.co.jp>"],
    subject="Re: 玉掛け技能講習 受講にあたっての確認事項",
    body="""東都クレーン教習所
受付ご担当者様

お世話になっております。日の出産業の九十九です。
ご確認事項について回答いたします。

１．健康面で配慮が必要な受講者：おりません。
２．昼食：各自持参いたします。
３．作業服・ヘルメット・安全靴・皮手袋：各自持参いたします。

当日はよろしくお願いいたします。

> 日の出産業株式会社 九十九様
> 受講にあたり、以下についてご回答をお願いします。
> １．健康上の理由で実技に配慮が必要な方の有無（有の場合は内容）
> ２．昼食の手配の要否（仕出し弁当 ８００円）
> ３．保護具の持参の可否
""" + SIG_TSUKUMO,
    expect="pass",
    entities=[],
    detectors=[],
    note="answers a health question with 'none'; no one's health data is disclosed",
)

# 059 — construction-career registration: basic pension and health insurance numbers
add(
    charset="shift_jis",
    sender="禰津 亘 <w-nezu@hinode-sangyo.co.jp>",
    to=["行政書士 高柳事務所 <info@takayanagi-gyosei.jp>"],
    subject="建設キャリアアップシステム 技能者登録（代行申請）の情報送付",
    body="""行政書士 高柳事務所
高柳先生

お世話になっております。日の出産業 工事部の禰津です。
建設キャリアアップシステムの技能者登録（代行申請）をお願いしている件で、
今月入社の電工１名分の登録情報をお送りします。保有資格も登録対象です。

　氏名　　　　　：猪苗代　康介（イナワシロ　コウスケ）
　生年月日　　　：昭和５６年８月３０日
　住所　　　　　：〒350-1126 埼玉県川越市旭町３－１６－４　コーポ旭１０２
　基礎年金番号　：4271-385016
　健康保険　　　：全国健康保険協会（協会けんぽ）　記号 ３１０２０４５　番号 ２８
　雇用保険　　　：加入済（被保険者番号 1105-774201-3）
　保有資格　　　：第二種電気工事士（埼玉 第３２８１５号）、高所作業車運転技能講習修了

本人確認書類・資格証の写しは郵送いたします。
よろしくお願いいたします。

日の出産業株式会社 工事部 施工管理課
禰津 亘
TEL 03-5425-7753
""",
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH",
              "JP_ADDRESS"],
    detectors=["personal_data"],
    note="an employee's 基礎年金番号 and 健康保険証 記号・番号 with address and DOB to an outside office",
)

# 060 — payment notice naming the provider's company bank account
add(
    charset="iso-2022-jp",
    sender="薬袋 千尋 <c-minai@hinode-sangyo.co.jp>",
    to=["日本安全衛生教育協会 経理課 <keiri@anzen-kyoiku.or.jp>"],
    subject="お振込みのご連絡（請求書 No.AE-2025-1472）",
    body="""日本安全衛生教育協会
経理課 ご担当者様

お世話になっております。日の出産業 経理部の薬袋です。
下記のとおりお振込みいたしましたので、ご連絡いたします。

　請求書番号：AE-2025-1472（職長・安全衛生責任者教育 ６名分）
　振込日　　：２０２５年１０月３１日
　振込金額　：１１８，８００円（振込手数料は当社負担）
　振込先　　：みどり銀行 神田支店 普通 ７７２０１９４
　　　　　　　口座名義 シャ）ニホンアンゼンエイセイキョウイクキョウカイ

領収書の発行は不要です。今後ともよろしくお願いいたします。
""" + SIG_MINAI,
    expect="pass",
    entities=[],
    detectors=[],
    note="payment notice quoting the association's own company bank account; no personal data",
)

# 061 — padded list of exam dates and venues (businesses) to a partner
add(
    charset="utf-8",
    sender="五百旗頭 瑛太 <e-iokibe@hinode-sangyo.co.jp>",
    to=["ツバサシステム 人事部 能勢様 <nose@tsubasa-system.jp>"],
    subject="合同模試の会場候補（東京・神奈川）",
    body="""株式会社ツバサシステム 人事部
能勢様

お世話になっております。日の出産業の五百旗頭です。
２月の合同模擬試験の会場候補を調べました。いずれも貸会議室で、料金は１日あたりです。

会場名                         所在地                              電話          収容   料金
-----------------------------  ----------------------------------  ------------  -----  ---------
八重洲カンファレンスルーム     東京都中央区八重洲１－９－９        03-3271-5500  60名   132,000円
浜松町ビジネスセンター         東京都港区浜松町２－３－１          03-5472-8800  48名    98,000円
新横浜スクエア貸会議室         神奈川県横浜市港北区新横浜３－７－３ 045-475-2201  50名    88,000円
川崎駅前カンファレンス         神奈川県川崎市川崎区駅前本町１１－２ 044-222-3310  40名    76,000円

当社の浜松町本社から近い「浜松町ビジネスセンター」が第一候補ですが、
貴社の受験者の方の動線も考えてご判断ください。
""" + SIG_IOKIBE,
    expect="pass",
    entities=[],
    detectors=[],
    note="padded list of rental venues with business phones; businesses, not people",
)

# 062 — English, XLSX marked CONFIDENTIAL to an overseas training vendor
add(
    charset="utf-8",
    sender="Haruka Yamanashi <h-yamanashi@hinode-sangyo.co.jp>",
    to=["Oliver Grant <o.grant@northgate-safety.co.uk>"],
    subject="Skills roadmap for the UK project office - for your proposal",
    body="""Dear Oliver,

Thank you for the call yesterday. As promised, I attach our internal skills roadmap for
the UK project office so that you can tailor your training proposal (NEBOSH, IOSH, CSCS
and SMSTS) to our plans for the next two years.

The roadmap shows headcounts per role and the target certifications; individual staff
are not named. We would appreciate your proposal by the end of November.
""" + SIG_YAMANASHI_EN,
    attachments=[{
        "kind": "xlsx", "name": "UK_Skills_Roadmap_FY2026.xlsx",
        "title": "CONFIDENTIAL - Skills Roadmap FY2026", "page_header": "CONFIDENTIAL",
        "sheets": {
            "Roadmap": [
                ["CONFIDENTIAL - Hinode Sangyo UK Project Office - Skills Roadmap FY2026-27"],
                [],
                ["Role", "Headcount 2026", "Headcount 2027", "Target certification", "Deadline"],
                ["Site manager", 3, 5, "SMSTS + NEBOSH General", "2026-09"],
                ["Supervisor", 6, 9, "SSSTS + IOSH Managing Safely", "2026-06"],
                ["Electrician", 12, 18, "ECS card + 18th Edition", "2026-12"],
                ["Operative", 20, 30, "CSCS Green card", "2026-04"],
            ],
            "Budget": [
                ["Training budget (GBP)"],
                ["Year", "Amount"], ["FY2026", 84000], ["FY2027", 121000],
            ],
        },
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached workbook marked CONFIDENTIAL (header, title row) sent to an external vendor",
)

# 063 — English with the standard disclaimer only
add(
    charset="utf-8",
    sender="Haruka Yamanashi <h-yamanashi@hinode-sangyo.co.jp>",
    to=["Oliver Grant <o.grant@northgate-safety.co.uk>"],
    subject="Re: Proposal for NEBOSH / IOSH training 2026",
    body="""Dear Oliver,

Many thanks for your proposal dated 28 November. We are happy with the blended format
for IOSH Managing Safely and with the in-company NEBOSH General course in May.

Two questions before we confirm:
  1. Can the NEBOSH course be run at our London office (Canary Wharf) instead of your
     Reading centre? We can provide a room for 12.
  2. Is the exam fee included in the per-delegate price of GBP 1,150?

We will issue the purchase order once these are clear.

Best regards,
Haruka

--
Haruka Yamanashi
Overseas Business Dept., Hinode Sangyo Co., Ltd.

""" + DISC_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply with the standard confidentiality disclaimer only: not a marking",
)

# 064 — Japanese disclaimer at the foot of an ordinary mail
add(
    charset="shift_jis",
    sender="東海林 亮 <r-shoji@hinode-sangyo.co.jp>",
    to=["ネクストステップIT資格スクール 法人サポート <support@nextstep-it.jp>"],
    subject="模擬試験の実施日変更のお願い",
    body="""ネクストステップIT資格スクール
法人サポート ご担当者様

お世話になっております。日の出産業の東海林です。
１２月６日（土）に予定していた基本情報技術者の社内模擬試験ですが、
社内行事と重なったため、１２月１３日（土）へ変更をお願いできますでしょうか。
時間（１０時～１２時／１３時～１５時）と人数（１８名）は変更ありません。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_SHOJI + "\n" + DISC_JA + "\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary request with the standard Japanese disclaimer mentioning 機密情報",
)

# 065 — password-protected PDF
add(
    charset="iso-2022-jp",
    sender="薬袋 千尋 <c-minai@hinode-sangyo.co.jp>",
    to=["税理士法人 栄和会計 担当 <tanto@eiwa-kaikei.jp>"],
    subject="資格奨励金の支給明細（年末調整資料）",
    body="""税理士法人 栄和会計
ご担当者様

いつもお世話になっております。日の出産業 経理部の薬袋です。
年末調整の資料として、今年支給した資格取得奨励金の明細をPDFでお送りします。
PDFにはパスワードを設定しております（パスワードは別途お電話でお伝えします）。

課税・非課税の区分についてご確認をお願いいたします。
""" + SIG_MINAI,
    attachments=[{
        "kind": "pdf", "name": "資格奨励金_支給明細_2025.pdf", "password": "eiwa2025",
        "lines": ["2025年 資格取得奨励金 支給明細"],
        "table": [["社員番号", "氏名", "資格", "支給額", "支給日"],
                  ["H10482", "筧 広樹", "第一種電気工事士", "50,000", "2025/10/25"],
                  ["H12211", "桐生 彩乃", "宅地建物取引士", "50,000", "2025/10/25"],
                  ["H10177", "依田 絢子", "社会保険労務士", "100,000", "2025/11/25"]],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected",
)

# 066 — internal forward of an exam admission notice to the applicant
add(
    charset="iso-2022-jp",
    sender="東海林 亮 <r-shoji@hinode-sangyo.co.jp>",
    to=["蔀 健太郎 <k-shitomi@hinode-sangyo.co.jp>"],
    subject="FW: 【受験票送付のお知らせ】情報処理安全確保支援士 登録手続",
    body="""蔀さん

お疲れさまです。人材開発課の東海林です。
団体申込の窓口宛に届いた通知を転送します。内容をご確認のうえ、
登録申請書の会社証明欄が必要なら人材開発課まで持ってきてください。

東海林

---------- 転送メッセージ ----------
差出人: 情報処理技術者試験 登録事務局 <toroku@joho-shiken-jimu.jp>
日付: 2025年10月30日 10:15
件名: 【受験票送付のお知らせ】情報処理安全確保支援士 登録手続

日の出産業株式会社 人事部 人材開発課 御中

下記の方の登録手続書類を発送しました。

　受験番号：SC25A-04127
　氏名　　：蔀　健太郎　様
　生年月日：平成元年６月２日
　合格年月：２０２５年６月

登録申請の期限は１２月２６日です。
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="internal forward of an exam notice to the applicant himself; all recipients internal",
)

# 067 — forward as an attached message (public notice, no people) to a partner
add(
    charset="utf-8",
    sender="外山 達郎 <t-toyama@hinode-sangyo.co.jp>",
    to=["青葉運輸 安全管理部 桑島様 <kuwajima@aoba-unyu.co.jp>"],
    subject="FW: 運行管理者試験 実施日程の一部変更について",
    body="""桑島様

お世話になっております。日の出産業の外山です。
試験実施団体から日程変更の通知が届きましたので、元のメールを添付で転送します。
首都圏の一部会場で１月１１日の回が中止になるそうです。貴社の受験予定者の方も
ご確認ください。
""" + sig("外山 達郎", "物流センター 業務課", "t-toyama", "047-328-6620", addr=ICHIKAWA, style=1),
    attachments=[{
        "kind": "eml", "name": "運行管理者試験_日程変更のお知らせ.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "運行管理者試験センター <info@unkan-shiken.or.jp>",
            "to": ["受験申請事業者各位 <undisclosed-recipients@unkan-shiken.or.jp>"],
            "subject": "運行管理者試験 実施日程の一部変更について",
            "body": """受験申請事業者 各位

令和７年度第２回運行管理者試験（CBT）につき、会場設備の点検のため、
下記会場の１月１１日（日）の試験を中止いたします。
該当の受験者には個別に振替のご案内をお送りしております。

　中止会場：船橋会場、立川会場
　振替期間：１月１２日～１月２５日

運行管理者試験センター
""",
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="forward of a public notice as an attached message; no people",
)

# 068 — an employee's religion in a scheduling request to a test centre
add(
    charset="utf-8",
    sender="五百旗頭 瑛太 <e-iokibe@hinode-sangyo.co.jp>",
    to=["CBTネクサス 法人窓口 <corp@cbt-nexus.com>"],
    subject="団体受験枠 受験時間帯の変更のお願い（１名）",
    body="""CBTネクサス 法人窓口
諸角様

お世話になっております。日の出産業の五百旗頭です。
１２月の団体受験枠（団体コード HNS-2512）の件で、１名について時間帯の変更を
お願いできないかご相談です。

受験者のラフマン・ハディ（Hadi Rahman、受験者ID N-2512-0087）はイスラム教徒で、
金曜日の正午前後は礼拝があるため、当初割り当てられた１２月１２日（金）１１時の回を
同日１５時以降、または土曜の回へ変更していただきたいとのことです。
また、試験中に礼拝の時間がかからないよう配慮いただけると助かります。

ご対応可能かどうか、ご教示いただけますでしょうか。
""" + SIG_IOKIBE,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's religion (要配慮個人情報: 信条) disclosed to an outside test centre",
)

# 069 — reply that quotes a list of five and adds one corrected phone number
add(
    charset="iso-2022-jp",
    sender="百目鬼 健吾 <k-domeki@hinode-sangyo.co.jp>",
    to=["日本安全衛生教育協会 研修部 <kenshu@anzen-kyoiku.or.jp>"],
    subject="Re: 低圧電気取扱特別教育 受講者連絡先のご確認",
    body="""研修部 ご担当者様

お世話になっております。日の出産業の百目鬼です。
確認いただいた一覧のうち、１名の連絡先が古い番号でした。訂正をお願いします。

　帯刀　勝也　→　携帯 ０７０－５５６２－０１３８（新）

その他の４名は記載のとおりで相違ありません。

""" + SIG_DOMEKI + """
> 日の出産業株式会社 百目鬼様
>
> 低圧電気取扱特別教育（１２月１０日）の受講者について、
> 当日の連絡先を以下で登録しております。ご確認ください。
>
> 　鳥海　和樹　　０８０－４１０２－７７３６
> 　羽根田　悠　　０９０－２２１５－６６０８
> 　帯刀　勝也　　０９０－７７３１－２２０５
> 　菰田　瑞穂　　０７０－３３８９－１１４２
> 　宮本　弥生　　０９０－３７７４－１６２８
>
> 日本安全衛生教育協会 研修部
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="the five-person list is quoted from the recipient; the new text adds one person's phone",
)

# 070 — one record per block, three applicants, Shift_JIS, 和暦 with dots
add(
    charset="shift_jis",
    sender="椎葉 俊介 <s-shiiba@hinode-sangyo.co.jp>",
    to=["全国危険物保安協会 埼玉支部 講習係 <koshu-saitama@kikenbutsu-hoan.or.jp>"],
    subject="危険物取扱者 保安講習 受講申込（３名）",
    body="""全国危険物保安協会 埼玉支部
講習係 御中

お世話になっております。日の出産業 川越工場 保全課の椎葉です。
危険物取扱者の保安講習（２月１８日・川越会場）に、下記３名の受講を申し込みます。

■１
氏名：椎葉　俊介
生年月日：Ｈ８．４．３
免状：乙種第４類（交付 Ｒ３．７．１３）
連絡先：０８０－６６２１－４０９８

■２
氏名：安居院　浩
生年月日：Ｓ５４．７．７
免状：乙種第４類・第６類（交付 Ｈ２１．１１．５）
連絡先：０９０－４４６０－９９１３

■３
氏名：宮本　弥生
生年月日：Ｓ６１．３．６
免状：甲種（交付 Ｈ２７．２．２０）
連絡先：０９０－３７７４－１６２８

受講手数料は当社でまとめて納付いたします。
""" + sig("椎葉 俊介", "川越工場 保全課", "s-shiiba", "049-225-3301 内線2308", addr=KAWAGOE),
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three applicants, one block each, with 和暦 DOB and phone: under five people",
)

# 071 — two external organisations and one instructor's mobile
add(
    charset="iso-2022-jp",
    sender="小鳥遊 聡 <s-takanashi@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    cc=["ヒューマンキャピタル研究所 研修運営 <unei@hc-lab.co.jp>"],
    subject="６月６日 宅建講座 当日の講師入館について",
    body="""さくらホテル 宴会予約ご担当者様
（Cc）ヒューマンキャピタル研究所 研修運営ご担当者様

お世話になっております。日の出産業 総務部の小鳥遊です。
６月６日（土）桜の間の宅建士 受験対策講座につき、講師の先生が機材搬入のため
８時３０分に入館されます。通用口の開錠をお願いできますでしょうか。

　講師：鶴見 恵子 先生（ヒューマンキャピタル研究所 契約講師）
　当日連絡先：０９０－７２４３－１８６５（先生の携帯）

研修運営ご担当者様には、先生へ通用口の場所をお伝えいただけますと助かります。
""" + SIG_TAKANASHI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["multiple_external_domains", "personal_data"],
    note="hotel and training company in To/Cc (two organisations) plus one instructor's mobile",
)

# 072 — the real partner bank domain, joint study group, no people
add(
    charset="iso-2022-jp",
    sender="薬袋 千尋 <c-minai@hinode-sangyo.co.jp>",
    to=["みどり銀行 法人営業部 相良様 <sagara@midori-ginko.co.jp>"],
    subject="ＦＰ技能検定 勉強会の講師派遣のお願い",
    body="""株式会社みどり銀行 法人営業部
相良様

いつもお世話になっております。日の出産業 経理部の薬袋です。
先日ご案内いただいた取引先向け福利厚生メニューのうち、
「ＦＰ技能検定３級 勉強会（講師派遣）」を当社でも利用したいと考えております。

　希望時期：２０２６年４月～５月（全４回・平日夜１８時３０分～２０時）
　会場　　：当社本社７階 会議室
　参加予定：１５名程度

講師の方のご都合と、費用（無償の範囲）についてご教示いただけますでしょうか。
""" + SIG_MINAI,
    expect="pass",
    entities=[],
    detectors=[],
    note="request to the real partner bank domain; no personal data",
)

# 073 — lecture request to a university professor (name only)
add(
    charset="iso-2022-jp",
    sender="百目鬼 健吾 <k-domeki@hinode-sangyo.co.jp>",
    to=["東邦理科大学 工学部 乙坂先生 <otosaka@tohoriko.ac.jp>"],
    subject="社内講座「ボイラー技士 受験準備」ご講演のお願い",
    body="""東邦理科大学 工学部 機械工学科
乙坂 教授

突然のご連絡失礼いたします。日の出産業株式会社 川越工場 安全衛生課の百目鬼と申します。
当工場では毎年、若手社員向けに二級ボイラー技士の受験準備講座を開いております。
本年度、燃焼工学の基礎について先生にご講演をお願いできないかと思い、ご連絡いたしました。

　日時（候補）：２０２６年２月１３日（金）または２０日（金）　１４時～１６時
　会場　　　　：当社川越工場 研修棟（本川越駅より送迎いたします）
　対象　　　　：入社１～５年目の保全・製造担当 約２０名
　謝金　　　　：当社規定によりお支払いいたします

ご多用のところ恐縮ですが、ご検討いただけますと幸いです。
""" + SIG_DOMEKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="lecture request to a professor; his name only, no other personal data",
)

# 074 — subsidy inquiry to a prefecture, with the company's own corporate number
add(
    charset="shift_jis",
    sender="依田 絢子 <a-yoda@hinode-sangyo.co.jp>",
    to=["埼玉県 産業人材育成課 <jinzai-ikusei@pref-saitama-sangyo.lg.jp>"],
    subject="人材開発支援助成金（人材育成支援コース）の対象訓練について",
    body="""埼玉県 産業人材育成課 ご担当者様

お世話になっております。日の出産業株式会社 人事部労務課の依田と申します。
当社川越工場で実施予定の資格取得講座について、人材開発支援助成金の対象となるか
事前にご相談させていただきたく、ご連絡いたしました。

　事業者名　：日の出産業株式会社（法人番号 ９０１０４０１０８８２４５）
　事業所　　：川越工場（埼玉県川越市芳野台２－８－１５）
　訓練内容　：機械保全技能検定２級 受検対策講座（Off-JT・計２０時間）
　実施時期　：２０２６年５月～７月
　対象者　　：正社員１０名程度

訓練計画届の提出期限（訓練開始日の何日前まで）と、外部講師謝金の扱いについて
お教えいただけますでしょうか。
""" + sig("依田 絢子", "人事部 労務課", "a-yoda", "03-5425-7714", style=1),
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="the company's own 法人番号 and office address in a subsidy inquiry; no personal data",
)

# 075 — four trainees tab-separated to the labour consultant
add(
    charset="utf-8",
    sender="依田 絢子 <a-yoda@hinode-sangyo.co.jp>",
    to=["藤森社会保険労務士事務所 <office@fujimori-sr.jp>"],
    subject="助成金 訓練実施計画届 対象者（４名）",
    body="""藤森社会保険労務士事務所
ご担当者様

お世話になっております。日の出産業の依田です。
人材開発支援助成金の訓練実施計画届に記載する対象者をお送りします。
今回は第１期分の４名です（残りは第２期で別途）。

氏名	生年月日	雇用保険被保険者番号	雇入れ日	訓練
陣内 浩平	1999/08/22	1105-662718-4	2022/04/01	機械保全２級対策
鍋島 圭吾	2001/11/19	1105-690233-1	2024/04/01	機械保全３級対策
御厨 あゆみ	1997/06/30	1105-648870-9	2020/04/01	機械保全２級対策
塩谷 恭子	1990/01/16	1105-512904-6	2016/10/01	機械保全１級対策

訓練計画届の作成をお願いいたします。
""" + sig("依田 絢子", "人事部 労務課", "a-yoda", "03-5425-7714", style=1),
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="four trainees with DOB and employment-insurance numbers, tab separated: under five people",
)

# 076 — comma-separated schedule of sessions and venues (no people)
add(
    charset="iso-2022-jp",
    sender="東海林 亮 <r-shoji@hinode-sangyo.co.jp>",
    to=["資格の学校ミライ塾 法人窓口 <houjin@mirai-juku.jp>"],
    subject="法人クラス 日程・会場の確定版",
    body="""ミライ塾 法人窓口ご担当者様

お世話になっております。日の出産業の東海林です。
打合せで決まった衛生管理者 法人クラスの日程・会場を、社内掲示用に下記のとおり
まとめました。誤りがあればご指摘ください。

回,日付,時間,会場,内容
1,2026/01/10,10:00-16:00,ミライ塾 新宿校 502教室,関係法令（有害業務以外）
2,2026/01/17,10:00-16:00,ミライ塾 新宿校 502教室,労働衛生（有害業務以外）
3,2026/01/24,10:00-16:00,日の出産業 本社7階 会議室A,労働生理
4,2026/01/31,10:00-16:00,ミライ塾 新宿校 502教室,有害業務に係るもの
5,2026/02/07,10:00-16:00,日の出産業 本社7階 会議室A,模擬試験・解説

以上、よろしくお願いいたします。
""" + SIG_SHOJI,
    expect="pass",
    entities=[],
    detectors=[],
    note="comma-separated schedule of sessions and rooms; no people",
)

# 077 — CSV (UTF-8) with three attendees
add(
    charset="utf-8",
    sender="栗花落 美咲 <m-tsuyuri@hinode-sangyo.co.jp>",
    to=["ヒューマンキャピタル研究所 研修運営 <unei@hc-lab.co.jp>"],
    subject="キャリアコンサルタント養成講座 受講者登録（３名）",
    body="""ヒューマンキャピタル研究所
研修運営ご担当者様

お世話になっております。日の出産業の栗花落です。
ご指定のフォーマットで受講者登録用のCSVを作成しました。今回は３名です。
""" + SIG_TSUYURI,
    attachments=[{
        "kind": "csv", "name": "受講者登録_日の出産業.csv", "encoding": "utf-8",
        "rows": [
            ["氏名", "フリガナ", "メールアドレス", "携帯電話", "所属"],
            ["栗花落 美咲", "ツユリ ミサキ", "m-tsuyuri@hinode-sangyo.co.jp", "080-5573-2216", "営業部"],
            ["依田 絢子", "ヨダ アヤコ", "a-yoda@hinode-sangyo.co.jp", "090-6682-4410", "人事部"],
            ["浮田 千夏", "ウキタ チナツ", "c-ukita@hinode-sangyo.co.jp", "080-6645-3390", "総務部"],
        ],
    }],
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="UTF-8 CSV of three attendees with e-mail and mobile: under five people",
)

# 078 — CP932 CSV of the company's own offices (business list) to an industry body
add(
    charset="shift_jis",
    sender="左右田 修 <o-soda@hinode-sangyo.co.jp>",
    to=["関東電設業協会 会員サービス課 <kaiin@kanto-densetsu.or.jp>"],
    subject="会員事業所情報の更新（有資格者数の報告）",
    body="""関東電設業協会
会員サービス課 ご担当者様

お世話になっております。日の出産業 工事部の左右田です。
会員名簿の更新に伴い、当社事業所ごとの有資格者数をご指定の様式（CSV）でお送りします。
個人名の記載は不要とのことでしたので、人数のみ記載しております。
""" + SIG_SODA,
    attachments=[{
        "kind": "csv", "name": "会員事業所情報_日の出産業.csv", "encoding": "cp932",
        "rows": [
            ["事業所名", "所在地", "電話番号", "一級施工管理技士", "二級施工管理技士", "第一種電気工事士", "第二種電気工事士"],
            ["本社 工事部", "東京都港区浜松町２－４－１", "03-5425-7750", "3", "5", "6", "14"],
            ["川越工場", "埼玉県川越市芳野台２－８－１５", "049-225-3301", "1", "2", "4", "9"],
            ["大阪支店", "大阪府大阪市淀川区西中島５－１４－２", "06-6302-8840", "1", "3", "2", "7"],
            ["名古屋営業所", "愛知県名古屋市中村区名駅４－２４－８", "052-581-2271", "0", "1", "1", "4"],
            ["福岡営業所", "福岡県福岡市博多区博多駅前３－１９－５", "092-471-6620", "0", "1", "1", "3"],
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="CSV of the company's own offices with switchboards and headcounts; businesses, not people",
)

# 079 — the word 機密 used in a sentence, not as a marking
add(
    charset="iso-2022-jp",
    sender="石動 真理子 <m-isurugi@hinode-sangyo.co.jp>",
    to=["株式会社スキルブリッジ 教材制作部 鏑木様 <kaburagi@skillbridge.co.jp>"],
    subject="社内検定（設備保全）問題作成の進め方について",
    body="""株式会社スキルブリッジ
教材制作部 鏑木様

お世話になっております。日の出産業の石動です。
社内検定（設備保全 初級）の問題作成について、進め方を確認させてください。

・試験問題は受験者の目に触れないよう機密扱いとし、ドラフトの受け渡しは
　貴社の共有フォルダ（アクセス制限付き）のみで行う
・当社の作業手順書は先日締結した秘密保持契約の対象として開示する
・問題数は学科４０問、実技は当社で別途作成

第１稿は１２月中旬を目安にお願いできれば幸いです。
""" + SIG_ISURUGI,
    expect="pass",
    entities=[],
    detectors=[],
    note="the word 機密 appears in a sentence about handling exam questions; no stamp, no personal data",
)

# 080 — pregnancy-related seating request for one exam candidate (either)
add(
    charset="iso-2022-jp",
    sender="宇佐美 梢 <k-usami@hinode-sangyo.co.jp>",
    to=["東日本安全衛生試験センター 試験課 <shiken@higashi-anzen.or.jp>"],
    subject="第一種衛生管理者試験 座席についてのご相談",
    body="""東日本安全衛生試験センター
試験課 ご担当者様

お世話になっております。日の出産業株式会社 総務部の宇佐美です。
２月５日の第一種衛生管理者試験に当社から受験する御子柴 恵（受験番号 ０２１－１１８４）が
現在妊娠７か月のため、試験中にお手洗いへ立ちやすいよう、出入口に近い座席を
ご配慮いただけないかご相談いたします。本人から会社経由での相談を希望されています。

申請書等の手続きが必要でしたらご教示ください。
""" + sig("宇佐美 梢", "総務部 総務課", "k-usami", "03-5425-7711"),
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named candidate's pregnancy to an exam body: health-related, arguably 要配慮 or not",
)

# 081 — criminal record of one candidate to a security-guard training company
add(
    charset="shift_jis",
    sender="小鳥遊 聡 <s-takanashi@hinode-sangyo.co.jp>",
    to=["株式会社セーフガード教育センター 検定講習課 <kentei@safeguard-kyoiku.co.jp>"],
    subject="施設警備業務検定２級 講習受講者の資格要件についてのご相談",
    body="""株式会社セーフガード教育センター
検定講習課 ご担当者様

お世話になっております。日の出産業 総務部の小鳥遊です。
当社本社ビルの自主警備体制強化のため、１月の施設警備業務検定２級の特別講習に
社員３名を申し込む予定ですが、そのうち１名について事前にご相談させてください。

該当者の雲母 隆（キララ タカシ、昭和５２年生）は、令和元年に傷害罪で懲役１年・
執行猶予３年の判決を受けております（猶予期間は令和４年に満了）。
警備業法の欠格事由との関係で、講習の受講や合格後の配置に問題があるかどうか
ご見解をいただけますでしょうか。

本人からは、申込前に確認してほしいと申出がありました。
""" + SIG_TAKANASHI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's criminal record (要配慮個人情報) sent to an outside training company",
)

# 082 — hypothetical questions to the labour consultant, no names
add(
    charset="iso-2022-jp",
    sender="依田 絢子 <a-yoda@hinode-sangyo.co.jp>",
    to=["藤森社会保険労務士事務所 藤森先生 <fujimori@fujimori-sr.jp>"],
    subject="資格取得費用の返還合意についてのご質問",
    body="""藤森先生

お世話になっております。日の出産業の依田です。
資格取得費用の取扱いについて、一般論として以下の点をご教示ください。

Ｑ１．会社が受講料を立替え、「取得後２年以内に自己都合退職した場合は全額返還」と
　　　する金銭消費貸借契約を結ぶ場合、労基法第１６条（賠償予定の禁止）に抵触しますか。
Ｑ２．返還額を在籍期間に応じて逓減させる（１年以内１００％、２年以内５０％）形なら
　　　問題は小さくなりますか。
Ｑ３．業務命令で受験させた資格（例：衛生管理者の選任要員）にも返還条項を
　　　適用することは可能でしょうか。

個別の社員の事案ではなく、規程改定の参考として伺っております。
""" + sig("依田 絢子", "人事部 労務課", "a-yoda", "03-5425-7714", style=1),
    expect="pass",
    entities=[],
    detectors=[],
    note="general legal questions with no individual named",
)

# 083 — three free-lance instructors visible to each other
add(
    charset="iso-2022-jp",
    sender="石動 真理子 <m-isurugi@hinode-sangyo.co.jp>",
    to=["鶴見 恵子 先生 <keiko.tsurumi.fp@gmail.com>",
        "天羽 正志 先生 <amou-masashi@outlook.jp>"],
    cc=["佐原 典子 先生 <n-sahara@sahara-office.jp>"],
    subject="２０２６年度 社内資格講座 講師ご依頼の日程調整",
    body="""講師の先生方

いつも大変お世話になっております。日の出産業 人材開発課の石動です。
２０２６年度も引き続き社内資格講座のご担当をお願いしたく、ご連絡いたしました。
各講座の候補日をお送りしますので、ご都合のよい日程を１２月１２日までに
お知らせください。

　宅建士 受験対策（鶴見先生）　　　：６月６日・２０日、７月４日（いずれも土曜）
　日商簿記２級（天羽先生）　　　　　：５月の毎週水曜 夜
　衛生管理者 受験対策（佐原先生）　：４月の毎週土曜 午前

謝金は昨年度と同額を予定しております。
""" + SIG_ISURUGI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three independent instructors (two on free mail, one own domain) see each other in To/Cc",
)

# 084 — one instructor on free mail, invoice request
add(
    charset="iso-2022-jp",
    sender="石動 真理子 <m-isurugi@hinode-sangyo.co.jp>",
    to=["鶴見 恵子 先生 <keiko.tsurumi.fp@gmail.com>"],
    subject="講師謝金のご請求書について",
    body="""鶴見先生

いつもお世話になっております。日の出産業の石動です。
先日の宅建士 受験対策講座では、大変わかりやすいご講義をありがとうございました。
受講者アンケートでも満足度が非常に高かったです。

講師謝金のお支払いのため、お手数ですが請求書（適格請求書でなくても構いません）を
１１月２５日までにお送りいただけますでしょうか。
振込先は前回と同じで差し支えなければ、その旨をご記載ください。

引き続きどうぞよろしくお願いいたします。
""" + SIG_ISURUGI,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one instructor on gmail asked for an invoice; no personal data",
)

# 085 — talk about collecting instructors' My Numbers, none included
add(
    charset="shift_jis",
    sender="薬袋 千尋 <c-minai@hinode-sangyo.co.jp>",
    to=["税理士法人 栄和会計 担当 <tanto@eiwa-kaikei.jp>"],
    subject="外部講師の報酬の支払調書とマイナンバー収集について",
    body="""税理士法人 栄和会計
ご担当者様

お世話になっております。日の出産業 経理部の薬袋です。
今年は社内資格講座の外部講師（個人）への謝金支払が増えたため、
報酬、料金、契約金及び賞金の支払調書の作成にあたり、以下を確認させてください。

１．年間５万円以下の講師は支払調書の提出が不要という理解でよいか
２．マイナンバーは、講師ご本人から書留で提供いただく「個人番号提供書」の方式で
　　問題ないか（メールやFAXでは受け取らない運用にしたい）
３．収集したマイナンバーの保管期間（７年）経過後の廃棄方法の留意点

個人番号そのものは、本メールには記載しておりません。
""" + SIG_MINAI,
    expect="pass",
    entities=[],
    detectors=[],
    note="talks about collecting My Numbers but contains none",
)

# 086 — internal newsletter: twenty new holders of qualifications
add(
    charset="utf-8",
    sender="人事部 人材開発課 <jinzai@hinode-sangyo.co.jp>",
    to=["全社員 <all-staff@hinode-sangyo.co.jp>"],
    subject="【社内報】上期の資格取得者のご紹介（おめでとうございます！）",
    body="""社員の皆さん

上期（４月～９月）に会社指定資格を取得された皆さんをご紹介します。
業務と両立しながらの合格、本当におめでとうございます。

【技術系】
・筧 広樹（工事部）……第一種電気工事士
・禰津 亘（工事部）……２級電気工事施工管理技士
・勅使河原 仁（川越工場）……二級ボイラー技士
・椎葉 俊介（川越工場）……危険物取扱者 乙種第４類
・陣内 浩平（川越工場）……機械保全技能士３級
・乙部 隼人（工事部）……高所作業車運転技能講習
・湯浅 智恵（物流センター）……フォークリフト運転技能講習
・鳴海 拓也（物流センター）……玉掛け技能講習

【事務・営業系】
・宇佐美 梢（総務部）……第一種衛生管理者
・穂積 まりあ（経理部）……日商簿記検定２級
・桐生 彩乃（営業部）……宅地建物取引士
・外山 達郎（物流センター）……運行管理者（貨物）
・依田 絢子（人事部）……社会保険労務士
・綿貫 沙織（経理部）……FP技能士２級

【IT系】
・饗庭 一樹（情報システム部）……応用情報技術者
・蔀 健太郎（情報システム部）……情報処理安全確保支援士
・小比類巻 圭（情報システム部）……情報セキュリティマネジメント
・鴨志田 陸（営業部）……ITパスポート
・浮田 千夏（総務部）……ITパスポート
・Sanjay Mehta（情報システム部）……AWS認定ソリューションアーキテクト

下期も多くの方の挑戦をお待ちしています。
""",
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="internal newsletter listing twenty names with qualifications; all recipients internal",
)

# 087 — four in-house certificates to be printed by the partner printer
add(
    charset="iso-2022-jp",
    sender="石動 真理子 <m-isurugi@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 志賀様 <shiga@nishiki-insatsu.co.jp>"],
    subject="社内認定証の印刷（４名分・追加）",
    body="""錦印刷株式会社
志賀様

お世話になっております。日の出産業の石動です。
社内資格「設備保全マイスター」の認定証について、追加で４名分の印刷をお願いします。
様式は前回（９月納品分）と同じです。

　認定番号　　氏名　　　　　　　認定日
　ＭＳ－０４１　勅使河原　仁　　２０２５年１１月１日
　ＭＳ－０４２　宮本　弥生　　　２０２５年１１月１日
　ＭＳ－０４３　安居院　浩　　　２０２５年１１月１日
　ＭＳ－０４４　帯刀　勝也　　　２０２５年１１月１日

１１月２０日の表彰式で使用しますので、１８日までに納品いただけますと幸いです。
""" + SIG_ISURUGI,
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="four names with internal certificate numbers to the partner printer: under five people",
)

# 088 — proof PDF with specimen names only
add(
    charset="utf-8",
    sender="石動 真理子 <m-isurugi@hinode-sangyo.co.jp>",
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="Re: 認定証デザイン 校正（初校）",
    body="""錦印刷 制作部 ご担当者様

お世話になっております。日の出産業の石動です。
初校ありがとうございました。修正点を赤字で入れたPDFをお返しします。

・ロゴの位置をもう少し上へ
・「認定番号」の書体を本文と同じ明朝体に
・見本の氏名欄は「見本 太郎」のままで結構です

再校をお待ちしております。
""" + SIG_ISURUGI,
    attachments=[{
        "kind": "pdf", "name": "認定証_初校_赤字.pdf",
        "lines": ["【校正】社内資格 認定証", "", "認定証", "", "氏名　見本 太郎 殿",
                  "認定番号　MS-000", "あなたは当社所定の課程を修了し", "設備保全マイスターとして認定されたことを証します",
                  "", "2025年○月○日", "日の出産業株式会社 代表取締役社長", "",
                  "赤字：ロゴ位置 上へ5mm／認定番号 明朝体に変更"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="design proof with a specimen name only; no real person's data",
)

# 089 — three guests' rooms at the partner hotel, with phones
add(
    charset="shift_jis",
    sender="小鳥遊 聡 <s-takanashi@hinode-sangyo.co.jp>",
    to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="宿泊予約のお願い（１２月１９日・３名）",
    body="""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業 総務部の小鳥遊です。
翌日の第二種電気工事士 技能試験に向けて、地方の営業所から上京する社員３名の宿泊を
お願いいたします。

　チェックイン：１２月１９日（金）　チェックアウト：１２月２０日（土）
　シングル３室（禁煙・朝食付き）、法人契約料金にて

　・杁中 和也　　携帯 090-4402-8663
　・波多江 拓　　携帯 090-9120-6648
　・京極 由佳　　携帯 070-1604-2237

到着は３名とも２０時前後の予定です。請求は当社総務部宛でお願いします。
""" + SIG_TAKANASHI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three guests with mobiles to the partner hotel: under five people",
)

# 090 — internal HTML-only table of aggregates by department
add(
    charset="utf-8",
    sender="東海林 亮 <r-shoji@hinode-sangyo.co.jp>",
    to=["経営企画部 <keiki@hinode-sangyo.co.jp>"],
    cc=["鬼頭 誠一 <s-kito@hinode-sangyo.co.jp>"],
    subject="統合報告書用データ：資格保有状況（部門別）",
    html="""<html><body>
<p>経営企画部 各位</p>
<p>人材開発課の東海林です。統合報告書（人的資本）向けに、部門別の資格保有状況を集計しました。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>部門</th><th>社員数</th><th>指定資格保有者</th><th>保有率</th><th>一人当たり受験料補助（円）</th></tr>
<tr><td>工事部</td><td>86</td><td>79</td><td>91.9%</td><td>38,400</td></tr>
<tr><td>川越工場</td><td>142</td><td>118</td><td>83.1%</td><td>21,700</td></tr>
<tr><td>物流センター</td><td>64</td><td>57</td><td>89.1%</td><td>18,900</td></tr>
<tr><td>営業部</td><td>71</td><td>33</td><td>46.5%</td><td>15,200</td></tr>
<tr><td>管理部門</td><td>58</td><td>29</td><td>50.0%</td><td>12,600</td></tr>
<tr><td>情報システム部</td><td>22</td><td>20</td><td>90.9%</td><td>27,300</td></tr>
</table>
<p>※ 2025年9月30日時点。個人別データは人事システムで管理しています。</p>
<p>人事部 人材開発課　東海林（内線3418）</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="internal HTML table of aggregate figures; no people",
)

# 091 — romaji / registered-name mismatch for one candidate
add(
    charset="utf-8",
    sender="五百旗頭 瑛太 <e-iokibe@hinode-sangyo.co.jp>",
    to=["CBTネクサス 受験者サポート <support@cbt-nexus.com>"],
    subject="受験者登録の氏名表記と本人確認書類の不一致について",
    body="""CBTネクサス 受験者サポート ご担当者様

お世話になっております。日の出産業 情報システム部の五百旗頭です。
団体受験枠（団体コード HNS-2512）で登録した受験者１名について、
登録氏名と本人確認書類の表記が異なっていることが分かりました。

　受験者ID：N-2512-0102
　登録氏名：TOKAIRIN Kazuhiko（東海林 和彦）
　本人確認書類上の表記：SHOJI KAZUHIKO（「東海林」の読みは「しょうじ」）

当日、本人確認で受験をお断りされることのないよう、登録氏名の修正方法を
ご教示いただけますでしょうか。受験日は１２月１３日（土）午後です。
""" + SIG_IOKIBE,
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="one candidate's name readings and candidate ID to the test vendor: one person",
)

# 092 — look-alike of the company's own domain (hyphen for a dot)
add(
    charset="iso-2022-jp",
    sender="薬袋 千尋 <c-minai@hinode-sangyo.co.jp>",
    to=["給与厚生課 <kyuyo@hinode-sangyo-co.jp>"],
    subject="資格手当 振込口座変更の件（桐生さん）",
    body="""給与厚生課 各位

お疲れさまです。経理の薬袋です。
営業部の桐生さんから、資格手当と立替精算の振込口座を変更したいと申出がありました。
１１月支給分から反映をお願いします。

　社員番号：H12211
　氏名　　：桐生　彩乃
　新口座　：みどり銀行 新橋支店 普通 ３７７０１５８
　旧口座　：ゆうちょ銀行 〇五八店 普通 ２２９１４０６

変更届の原本は社内便で回します。
""" + SIG_MINAI,
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for payroll, but the domain hinode-sangyo-co.jp is a look-alike of the own domain",
)

# 093 — internal password ZIP (internal recipients only)
add(
    charset="shift_jis",
    sender="依田 絢子 <a-yoda@hinode-sangyo.co.jp>",
    to=["鬼頭 誠一 <s-kito@hinode-sangyo.co.jp>"],
    subject="資格手当 改定後の個人別試算（パスワード付き）",
    body="""鬼頭部長

お疲れさまです。労務課の依田です。
資格手当改定案を適用した場合の個人別試算をまとめました。
個人別の金額を含むため、パスワード付きZIPにしています。パスワードは口頭でお伝えします。
""" + sig("依田 絢子", "人事部 労務課", "a-yoda", "内線 3420", style=1),
    attachments=[{
        "kind": "zip", "name": "資格手当_個人別試算.zip", "password": "kito-1127",
        "files": [{"kind": "xlsx", "name": "個人別試算.xlsx", "sheets": {"試算": [
            ["社員番号", "氏名", "現行手当", "改定後", "差額"],
            ["H10482", "筧 広樹", 10000, 12000, 2000],
            ["H12211", "桐生 彩乃", 15000, 12000, -3000],
            ["H10177", "依田 絢子", 20000, 25000, 5000]]}}],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="password ZIP but sent only to an internal recipient",
)

# 094 — screenshot of an exam-site error to vendor support
add(
    charset="iso-2022-jp",
    sender="饗庭 一樹 <k-aiba@hinode-sangyo.co.jp>",
    to=["CBTネクサス 受験者サポート <support@cbt-nexus.com>"],
    subject="受験予約画面でエラーが発生します（団体コード HNS-2512）",
    body="""CBTネクサス 受験者サポート ご担当者様

日の出産業 情報システム部の饗庭です。
団体コード「HNS-2512」を入力して受験予約をしようとすると、
「E-4032 団体枠の残席がありません」と表示され予約ができません。
法人窓口の諸角様からは午後の枠に空きがあると伺っております。
エラー画面のスクリーンショットを添付します。

ご確認をお願いいたします。

日の出産業株式会社 情報システム部
饗庭 一樹
""",
    attachments=[{"kind": "png", "name": "error_E-4032.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="support request with a screenshot; no personal data",
)

# 095 — 【極秘】 stamped mail to the partner law firm about a false qualification claim
add(
    charset="iso-2022-jp",
    sender="鬼頭 誠一 <s-kito@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="【極秘】資格手当の不正受給が疑われる事案についてのご相談",
    body="""【極秘】

白川先生

いつもお世話になっております。日の出産業の鬼頭です。
資格手当の不正受給が疑われる事案が判明し、対応についてご相談させてください。

　対象者：営業部 第二営業課　笹生 大地（入社７年目）
　概要　：２０２３年に宅地建物取引士の合格証の写しを提出し、以後月額１５，０００円の
　　　　　資格手当を受給していたが、今回の登録実務講習の申込に際して試験実施機関に
　　　　　照会したところ、該当する合格記録がないとの回答があった。
　受給額：約３７万円（２０２３年７月～現在）

本人への事情聴取の進め方、懲戒処分と返還請求の可否について、
来週中に一度ご面談の時間をいただけますでしょうか。

日の出産業株式会社 人事部長
鬼頭 誠一
""",
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["confidential_marking", "personal_data"],
    note="mail stamped 【極秘】 in subject and body to an external law firm",
)

# 096 — partner law firm and labour consultant in To/Cc, general question
add(
    charset="shift_jis",
    sender="依田 絢子 <a-yoda@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["藤森社会保険労務士事務所 藤森先生 <fujimori@fujimori-sr.jp>"],
    subject="資格手当規程 改定に関する三者打合せの日程",
    body="""白川先生
（Cc）藤森先生

いつもお世話になっております。日の出産業 人事部労務課の依田です。
資格手当規程の改定について、法律面（白川先生）・労務面（藤森先生）の両面から
一度まとめてご意見を伺いたく、三者での打合せをお願いできればと存じます。

　候補日：１２月３日（水）１５時～、４日（木）１０時～、８日（月）１４時～
　場所　：当社本社７階 会議室、またはオンライン

規程案は事前に各先生へ別途お送りいたします。ご都合をお聞かせください。
""" + sig("依田 絢子", "人事部 労務課", "a-yoda", "03-5425-7714", style=1),
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc for a meeting; no personal data",
)

# 097 — reply whose new text names two people with phone; original quoted
add(
    charset="iso-2022-jp",
    sender="禰津 亘 <w-nezu@hinode-sangyo.co.jp>",
    to=["電気工事技術講習センター 事業課 <jigyo@denko-gijutsu.or.jp>"],
    subject="Re: 第一種電気工事士 定期講習 受講者の変更について",
    body="""電気工事技術講習センター 事業課
ご担当者様

お世話になっております。日の出産業の禰津です。
ご照会の件、受講者を以下のとおり差し替えさせてください。

　取消：筧　広樹（現場の都合により次回へ）
　追加：小日向　誠　０９０－８８１２－４０３５（免状 神奈川 第２２７４０号）

受講料の差額は発生しないと理解しております。

-----Original Message-----
From: 電気工事技術講習センター 事業課 <jigyo@denko-gijutsu.or.jp>
Sent: Thursday, November 13, 2025 2:20 PM
To: 禰津 亘 <w-nezu@hinode-sangyo.co.jp>
Subject: 第一種電気工事士 定期講習 受講者の変更について

日の出産業株式会社 禰津様

１２月２日の定期講習に受講者変更のご希望があると伺いました。
変更後の受講者の氏名・連絡先・免状番号をお知らせください。
""" + "\n日の出産業株式会社 工事部 施工管理課\n禰津 亘\nTEL 03-5425-7753\n",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one added trainee's mobile and licence number in new text: one person",
)

# 098 — procedure question; the roster is said to go through the upload site
add(
    charset="utf-8",
    sender="東海林 亮 <r-shoji@hinode-sangyo.co.jp>",
    to=["東日本安全衛生試験センター 試験課 <shiken@higashi-anzen.or.jp>"],
    subject="事業場単位での一括受験申請の手続きについて",
    body="""東日本安全衛生試験センター
試験課 ご担当者様

お世話になっております。日の出産業株式会社 人事部の東海林です。
来年度、衛生管理者試験を事業場単位で一括申請することを検討しており、
手続きについて教えていただけますでしょうか。

１．一括申請の場合も、受験申請書は受験者ごとに１通ずつ必要でしょうか。
２．受験者名簿（氏名・生年月日）は、メールではなく貴センターの申請者専用
　　アップロードサイトから提出するという理解でよろしいでしょうか。
３．受験手数料を会社名義でまとめて振り込むことは可能でしょうか。

個人情報を含む書類はメールで送らない社内ルールとしておりますので、
提出方法を確認させていただいた次第です。
""" + SIG_SHOJI,
    expect="pass",
    entities=[],
    detectors=[],
    note="asks how to submit a roster; mentions 氏名・生年月日 but contains no one's data",
)

# 099 — look-alike of a partner domain (co. dropped), three workers with mobiles
add(
    charset="iso-2022-jp",
    sender="禰津 亘 <w-nezu@hinode-sangyo.co.jp>",
    to=["川崎電機 相模原工事事務所 <sagamihara-site@kawasaki-denki.jp>"],
    subject="１１月１８日 入場予定者（有資格者）のご連絡",
    body="""川崎電機 相模原工事事務所 御中

お世話になっております。日の出産業 工事部の禰津です。
１１月１８日（火）の高圧ケーブル敷設作業の入場予定者をご連絡します。

　小日向　誠　（第一種電気工事士）　　携帯 090-8812-4035
　重信　徹　　（高所作業車運転技能講習）携帯 090-3306-7714
　蒔田　航平　（第二種電気工事士）　　携帯 080-5120-6637

当日は７時４５分に朝礼会場へ集合いたします。

日の出産業株式会社 工事部 施工管理課
禰津 亘
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="kawasaki-denki.jp drops the co. of partner kawasaki-denki.co.jp: look-alike domain",
)

# 100 — English, two engineers' qualifications for a bid
add(
    charset="utf-8",
    sender="Haruka Yamanashi <h-yamanashi@hinode-sangyo.co.jp>",
    to=["Priya Raman <priya.raman@meridian-epc.com>"],
    subject="Key personnel qualifications - Chennai substation tender",
    body="""Dear Ms Raman,

As requested for the technical envelope of the Chennai 110 kV substation tender, please
find below the qualifications of the two key personnel we propose from Hinode Sangyo.

Project Manager: Mr Osamu Soda
  - 1st-class Electrical Work Execution Managing Engineer (Japan), since 2008
  - 22 years' experience in substation construction; 6 overseas projects

Site Electrical Lead: Mr Makoto Kohinata
  - 1st-class Electrician licence (Japan), since 2017
  - 10 years' experience in receiving and transforming facilities

Full CVs will be included in the formal submission. Certified copies of the licences
can be provided on request.
""" + SIG_YAMANASHI_EN,
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="two named engineers with their qualifications and experience: two people, warn at most",
)


# Mailers that send ISO-2022-JP write the JIS X 0208 minus sign and wave dash, not the
# CP932 full-width hyphen-minus / tilde; do the same so those messages stay ISO-2022-JP.
def _jis(s: str) -> str:
    return s.replace("－", "−").replace("～", "〜")


for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("subject", "body", "html"):
            if _m.get(_k) is not None:
                _m[_k] = _jis(_m[_k])
