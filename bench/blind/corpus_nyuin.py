"""入院・転院・退院まわりの連絡 (nyuin): 従業員やその家族の入院・転院・退院に伴って人事部・総務部・
各部署・工場・支店が書くメール。病院の医事課・地域連携室・国際診療窓口とのやり取り(入院保証金、
保険証・在留カード・旅券の提示、限度額適用認定証)、付添い・家政婦・介護タクシーの手配、見舞いと
見舞金、休職・復職・介護休業の調整と社会保険労務士・産業医への相談、生命保険・損害保険・健保組合への
給付金請求、取引先への担当変更の連絡、保健所への有症者報告、社内の総務連絡と一斉連絡。病名や入院の
事実を取引先に書いてしまう、家族の私用アドレスを To に並べる、番号入りの申請書を社外に送る、
パスワード付き ZIP や破損ファイル、類似ドメイン宛の誤送信などの「止めるべき」メールと、社内宛・
引用部分だけ・氏名の出ない事務連絡・事業所の一覧といった「通すべき」メールを混ぜている。
"""

from build import card_number, my_number

SEED = 68801

SIG_JINJI = """
--
日の出産業株式会社 人事部 労務課
伊集院 透（いじゅういん とおる）
〒105-0014 東京都港区芝2-18-7 日の出ビル5F
TEL：03-5412-7721 ／ FAX：03-5412-7729
ijuin.toru@hinode-sangyo.co.jp
"""

SIG_SOUMU = """
――――――――――――――――――――
日の出産業株式会社 総務部 総務課
宇佐美 千景  Chikage Usami
〒105-0014 東京都港区芝2-18-7 日の出ビル6F
TEL 03-5412-7730（内線2214）  FAX 03-5412-7739
Mail usami.chikage@hinode-sangyo.co.jp
――――――――――――――――――――
"""

SIG_EIGYO = """
****************************************
日の出産業株式会社
営業本部 営業第二部 部長  長谷部 敦
〒105-0014 東京都港区芝2-18-7
TEL 03-5412-7740 / 携帯 080-3318-4406
hasebe.atsushi@hinode-sangyo.co.jp
****************************************
"""

SIG_KOJO = """
日の出産業（株） 北上工場 安全衛生課
真壁 剛
〒024-0051 岩手県北上市相去町大松沢２－４１
ＴＥＬ ０１９７－６６－３１０８（直通）
makabe.tsuyoshi@kitakami.hinode-sangyo.co.jp
"""

SIG_OSAKA = """
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/
 日の出産業株式会社 大阪支店 総務課
 浜崎 由紀 (Yuki Hamasaki)
 〒541-0053 大阪府大阪市中央区本町3-5-12 本町セントラルビル8F
 TEL 06-6263-5510  FAX 06-6263-5519
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/
"""

SIG_EN = """
Best regards,

Chikage Usami
General Affairs Dept.
Hinode Sangyo Co., Ltd.
2-18-7 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel: +81-3-5412-7730
"""

DISC_JA = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

DISC_EN = """
------------------------------------------------------------
This e-mail and any attachments may contain confidential information
intended solely for the addressee. If you have received it in error,
please notify the sender and delete it. Any unauthorised use is prohibited.
------------------------------------------------------------
"""

# nyuin-045: the card number written the way a person types it, in groups of four
_CARD_045 = "-".join(card_number(SEED + 7)[i:i + 4] for i in range(0, 16, 4))

MESSAGES = [
    # ---------------------------------------------------------------- 001
    {
        "id": "nyuin-001",
        "charset": "iso-2022-jp",
        "sender": "長谷部 敦 <hasebe.atsushi@hinode-sangyo.co.jp>",
        "to": ["岩城 健治 <iwaki.kenji@kawasaki-denki.co.jp>"],
        "subject": "弊社担当者の交代について（ご連絡）",
        "body": """川崎電機株式会社
生産技術部 岩城様

いつも大変お世話になっております。日の出産業の長谷部でございます。

突然のご連絡で恐縮ですが、貴社案件を担当しております営業二課 課長の鬼頭正臣が、
先週末に急性心筋梗塞で倒れ、現在都内の病院に入院しております。
幸いカテーテル治療がうまくいき容体は落ち着いておりますが、主治医からは
少なくとも２か月程度の療養が必要と言われております。

つきましては、復帰までの間、貴社のご担当窓口を下記の者に変更させていただきます。

  営業二課 主任 早乙女 玲奈（さおとめ れいな）
  TEL 03-5412-7745 ／ saotome.rena@hinode-sangyo.co.jp

来週の定例会には長谷部と早乙女の２名で伺います。
ご迷惑をおかけいたしますが、何卒よろしくお願い申し上げます。
""" + SIG_EIGYO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "取引先に社員の病名(急性心筋梗塞)と入院・治療内容を氏名付きで伝えている: 要配慮個人情報",
    },
    # ---------------------------------------------------------------- 002
    {
        "id": "nyuin-002",
        "charset": "iso-2022-jp",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["usami.chikage@hinode-sangyo.co.jp"],
        "cc": ["kusakabe.mio@hinode-sangyo.co.jp", "jinji-rouei@hinode-sangyo.co.jp"],
        "subject": "【入院連絡】経理部 雲母さん",
        "body": """宇佐美さん
（cc：日下部課長、労務G）

お疲れさまです。伊集院です。
経理部の雲母さんについて、ご主人から人事に連絡がありましたので共有します。

・氏名　　：雲母 沙織（きら さおり）　経理部 主計課
・入院日　：本日 午前
・病院　　：みなと中央病院 産科病棟（５階西）
・理由　　：切迫早産のため管理入院。出産まで入院の見込み
・家族連絡先：夫 雲母 拓真 様　０９０－６６１２－４０８３

産前休業の開始を前倒しする形になりますので、産休の手続きは来週こちらで進めます。
総務さんでは慶弔見舞の規程上の扱い（傷病見舞金の対象になるか）だけご確認ください。
お見舞いはご本人の希望で当面ご遠慮とのことです。
""" + SIG_JINJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": [],
        "note": "宛先が全員社内(hinode-sangyo.co.jp): 病状と家族の電話があっても通す",
    },
    # ---------------------------------------------------------------- 003
    {
        "id": "nyuin-003",
        "charset": "shift_jis",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["日の出産業健康保険組合 給付課 <kyufu@hinode-kenpo.or.jp>"],
        "subject": "限度額適用認定証の交付申請（至急）",
        "body": """日の出産業健康保険組合
給付課 ご担当者様

いつもお世話になっております。日の出産業 人事部の伊集院です。
下記の被保険者について、限度額適用認定証の交付を申請いたします。
来週月曜に入院・手術の予定のため、可能であれば速達でのご送付をお願いいたします。

【被保険者】
　氏名　　　　　釈迦堂 健吾（シャカドウ ケンゴ）
　生年月日　　　昭和５１年９月３０日
　被保険者証　　記号 ４１２０３　番号 ８８
　個人番号　　　""" + my_number(SEED + 1) + """
　所属　　　　　品質保証部

【療養予定】
　医療機関　　　港北医科大学附属病院 消化器外科
　入院予定日　　令和７年１１月１０日（約３週間）
　傷病名　　　　胃がん（腹腔鏡下胃切除術予定）

【送付先】
　日の出産業株式会社 人事部 労務課 伊集院 宛

申請書原本は本日郵送いたします。よろしくお願いいたします。
""" + SIG_JINJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "健保組合は社外: マイナンバーと保険証の記号番号、傷病名を含む申請内容",
    },
    # ---------------------------------------------------------------- 004
    {
        "id": "nyuin-004",
        "charset": "utf-8",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["sakuragi-soumu@sakuragi-gh.jp"],
        "subject": "面会時間と駐車場についてのお問い合わせ",
        "body": """さくらぎ総合病院
総務課 ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 総務部の宇佐美と申します。

弊社の社員が貴院にお世話になっておりまして、職場の者が数名でお見舞いに
伺いたいと考えております。伺う前に以下の点を確認させてください。

1. 一般病棟の面会受付時間と、1回あたりの面会人数の上限
2. 来院者用駐車場の有無（社用車1台で伺う予定です）
3. 生花・鉢植えの持ち込み可否

お忙しいところ恐縮ですが、ご教示いただけますと幸いです。
""" + SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "患者が特定されない一般的な問い合わせ(面会時間・駐車場): 個人データなし",
    },
    # ---------------------------------------------------------------- 005
    {
        "id": "nyuin-005",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["つむぎ保険サービス 法人営業部 <houjin@tsumugi-hoken.co.jp>"],
        "subject": "団体傷害保険 更新分の加入者名簿送付",
        "body": """つむぎ保険サービス株式会社
法人営業部 御中

お世話になっております。日の出産業 総務部の宇佐美です。
12月1日始期の団体傷害保険（入院・通院特約付き）について、更新分の
加入者名簿をお送りいたします。
本人分と家族分でシートを分けてあります。内容をご確認のうえ、
保険料のお見積りをお願いできますでしょうか。
""" + SIG_SOUMU,
        "attachments": [{
            "kind": "xlsx",
            "name": "団体傷害保険_加入者名簿_2025更新.xlsx",
            "sheets": {
                "本人": [
                    ["団体傷害保険 加入者名簿（本人） 始期 2025/12/01", "", "", "", "", ""],
                    [],
                    ["社員番号", "氏名", "フリガナ", "生年月日", "性別", "入院日額(円)"],
                    ["H10231", "廿楽 一成", "ツヅラ カズナリ", "1968/02/14", "男", 5000],
                    ["H10877", "躑躅森 美穂", "ツツジモリ ミホ", "1983/07/09", "女", 5000],
                    ["H11342", "新発田 隼人", "シバタ ハヤト", "1990/11/23", "男", 3000],
                    ["H11590", "栗花落 遥", "ツユリ ハルカ", "1995/04/02", "女", 3000],
                    ["H12014", "大豆生田 剛志", "マメウダ ツヨシ", "1976/09/18", "男", 5000],
                    ["H12288", "勅使河原 茜", "テシガワラ アカネ", "1988/01/30", "女", 3000],
                    ["H12503", "帯刀 慎之介", "タテワキ シンノスケ", "1972/12/05", "男", 5000],
                ],
                "家族": [
                    ["団体傷害保険 加入者名簿（家族） 始期 2025/12/01", "", "", "", ""],
                    [],
                    ["本人社員番号", "家族氏名", "続柄", "生年月日", "入院日額(円)"],
                    ["H10231", "廿楽 由香里", "配偶者", "1970/06/21", 3000],
                    ["H10231", "廿楽 颯", "子", "2004/03/11", 3000],
                    ["H12014", "大豆生田 紀子", "配偶者", "1978/10/02", 3000],
                    ["H12503", "帯刀 さくら", "子", "2009/08/27", 2000],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "社外の保険代理店へ11名分の氏名・生年月日の名簿(XLSX 2シート)",
    },
    # ---------------------------------------------------------------- 006
    {
        "id": "nyuin-006",
        "charset": "shift_jis",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["こだま生命 法人保険金課 <hokenkin-houjin@kodama-life.co.jp>"],
        "subject": "ご依頼の書類の送付",
        "body": """こだま生命保険株式会社
法人保険金課 ご担当者様

お世話になっております。日の出産業の伊集院でございます。
先日お電話でご依頼いただいた書類一式を、添付のとおりお送りいたします。
解凍用のパスワードは、この後別のメールでお知らせいたします。

ご査収のほどよろしくお願いいたします。
""" + SIG_JINJI,
        "attachments": [{
            "kind": "zip",
            "name": "請求書類一式_20251105.zip",
            "password": "Hn8#k2Lq",
            "files": [
                {"kind": "pdf", "name": "入院証明書.pdf",
                 "lines": ["入院証明書（診断書）", "患者氏名 舎人 浩二", "傷病名 細菌性肺炎",
                           "入院期間 令和7年10月2日〜令和7年10月16日"]},
                {"kind": "pdf", "name": "給付金請求書.pdf",
                 "lines": ["給付金請求書", "被保険者 舎人 浩二", "証券番号 KL-8830-2214"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード付きZIP(PPAP)で中身を検査できない",
    },
    # ---------------------------------------------------------------- 007
    {
        "id": "nyuin-007",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["医事課 入退院係 <iji-nyutai@minatochuo-hosp.or.jp>"],
        "subject": "Re: 入院費のお支払いについて",
        "body": """みなと中央病院 医事課
入退院係 仁科様

ご連絡ありがとうございます。日の出産業の宇佐美です。
ご説明の内容、承知いたしました。
金曜日の14時に、私が１階の入退院窓口へ伺います。
会社として立て替える分の領収書は、宛名を「日の出産業株式会社」で
お願いできれば助かります。

よろしくお願いいたします。

> 日の出産業株式会社
> 総務部 宇佐美様
>
> いつもお世話になっております。みなと中央病院 医事課の仁科です。
> 貴社社員の鳥海 俊介様（昭和６２年５月１８日生）のご入院費について、
> ご連絡いたします。
> 傷病名：右大腿骨骨幹部骨折（観血的整復固定術後）
> 保険証：記号 ４１２０３　番号 １５７
> 限度額適用認定証のご提示がまだのため、現時点では３割負担での
> ご請求となっております。お支払いの件で一度窓口にお越しいただけますか。
>
> みなと中央病院 医事課 入退院係 仁科
> TEL 03-3451-2200（代表）
""" + SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "病名・保険証番号は病院からのメールの引用(>)部分だけ: 新しい本文は日程の返事のみ",
    },
    # ---------------------------------------------------------------- 008
    {
        "id": "nyuin-008",
        "charset": "utf-8",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": [
            "地域医療連携室 <renkei@minatochuo-hosp.or.jp>",
            "ひかり介護サービス 法人窓口 <houjin@hikari-kaigo.co.jp>",
            "つむぎ保険サービス 木全様 <kimata@tsumugi-hoken.co.jp>",
        ],
        "subject": "両立支援セミナー（12/12）打合せ日程のご相談",
        "body": """みなと中央病院 地域医療連携室 ご担当者様
ひかり介護サービス株式会社 ご担当者様
つむぎ保険サービス株式会社 木全様

いつもお世話になっております。日の出産業 総務部の宇佐美です。

12月12日に弊社で開催する「治療と仕事の両立支援セミナー」について、
ご登壇をお願いしている皆様と一度オンラインで打合せをさせてください。

候補日時（各60分）
  ・11/18（火） 15:00〜
  ・11/19（水） 10:00〜
  ・11/21（金） 16:00〜

ご都合のよい日時を今週中にご返信いただけますと幸いです。
Teams の招待は日程確定後にお送りします。
""" + SIG_SOUMU,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "社外3組織(病院・介護会社・保険代理店)が To で互いに見える: Bcc にすべき",
    },
    # ---------------------------------------------------------------- 009
    {
        "id": "nyuin-009",
        "charset": "shift_jis",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["seizo1-kanri@hinode-sangyo.co.jp"],
        "cc": ["kusakabe.mio@hinode-sangyo.co.jp"],
        "subject": "製造一課 緊急連絡先一覧（入院・救急搬送時用）の更新",
        "body": """製造一課 管理者各位

総務の宇佐美です。
先月の救急搬送の件を受けて、課内の緊急連絡先一覧を最新化しました。
添付のCSVを課の共有フォルダの所定の場所に上書き保存してください。
※社外への持ち出し・転送は禁止です。
""" + SIG_SOUMU,
        "attachments": [{
            "kind": "csv",
            "name": "緊急連絡先_製造一課_202511.csv",
            "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "緊急連絡先氏名", "続柄", "電話番号", "住所"],
                ["M2011", "百目鬼 隆", "百目鬼 澄江", "妻", "090-2281-7730", "神奈川県川崎市中原区木月2-14-6"],
                ["M2034", "左右田 圭", "左右田 智子", "母", "0465-33-8172", "神奈川県小田原市栄町1-9-21"],
                ["M2058", "鴨志田 亘", "鴨志田 恵", "妻", "080-5503-9261", "東京都大田区矢口3-28-4"],
                ["M2071", "宍戸 洋平", "宍戸 綾", "妻", "070-1294-6638", "神奈川県横浜市鶴見区豊岡町17-3"],
                ["M2102", "生明 里奈", "生明 修", "父", "03-3752-0916", "東京都大田区西蒲田5-11-2"],
                ["M2115", "及位 大輔", "及位 真理子", "妻", "090-7716-2485", "神奈川県川崎市幸区南加瀬4-6-30"],
                ["M2130", "蕨野 翔", "蕨野 和枝", "母", "0276-45-3309", "群馬県太田市東本町22-8"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "7名の緊急連絡先名簿だが宛先は社内のみ",
    },
    # ---------------------------------------------------------------- 010
    {
        "id": "nyuin-010",
        "charset": "iso-2022-jp",
        "sender": "浜崎 由紀 <hamasaki.yuki@osaka.hinode-sangyo.co.jp>",
        "to": ["港北医科大学附属病院 会計窓口 <kaikei@kohoku-med.ac.jp>"],
        "subject": "入院保証金のカード決済について",
        "body": """港北医科大学附属病院
会計窓口 ご担当者様

お世話になっております。日の出産業 大阪支店 総務課の浜崎です。
昨日より貴院の整形外科病棟に入院しております弊社社員 九十九 拓海 の
入院保証金（10万円）について、お電話でご案内いただいたとおり、
法人カードでの決済をお願いいたします。

　カード番号：""" + card_number(SEED + 2) + """
　有効期限　：09/28
　名義　　　：HINODE SANGYO CO LTD / YUKI HAMASAKI

決済後、領収書は大阪支店総務課宛にご郵送ください。
よろしくお願いいたします。
""" + SIG_OSAKA,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "カード番号を本文で社外へ。あわせて社員の入院(整形外科)を氏名付きで記載",
    },
    # ---------------------------------------------------------------- 011
    {
        "id": "nyuin-011",
        "charset": "utf-8",
        "sender": "勝呂 圭一 <suguro.keiichi@hinode-sangyo.co.jp>",
        "to": ["伊集院 透 <ijuin.toru@hinode-sangyou.co.jp>"],
        "subject": "FW: 診断書の提出について（勘解由小路）",
        "body": """伊集院さん

開発部の勝呂です。部下の勘解由小路くんから下記の連絡がありました。
休職の手続きをお願いできますでしょうか。診断書の原本は本人が郵送するそうです。

---------- Forwarded message ---------
From: 勘解由小路 亮 <kadenokoji.ryo@hinode-sangyo.co.jp>
Subject: 診断書の提出について

勝呂課長

ご心配をおかけしてすみません。
本日メンタルクリニックを受診し、「適応障害、抑うつ状態」との診断で、
11月10日から２か月間の休養を要するとの診断書をもらいました。
睡眠薬も処方されています。
しばらく業務を離れることになり申し訳ありません。

勘解由小路
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "宛先 hinode-sangyou.co.jp は自社ドメインの類似(u 追加)。転送で病名付きの休職連絡が社外へ",
    },
    # ---------------------------------------------------------------- 012
    {
        "id": "nyuin-012",
        "charset": "utf-8",
        "sender": "長谷部 敦 <hasebe.atsushi@hinode-sangyo.co.jp>",
        "to": ["Rachel Whitmore <r.whitmore@brightwave-tech.com>"],
        "subject": "Change of contact person for the Q1 shipment",
        "body": """Dear Ms. Whitmore,

Thank you for your continued support.

Please note that Mr. Kito, who has been your contact for the Q1 shipment,
will be away from the office for the next several weeks. Until he returns,
Ms. Rena Saotome of our Sales Dept. II will take over his responsibilities.

  Rena Saotome
  saotome.rena@hinode-sangyo.co.jp / +81-3-5412-7745

The schedule we agreed on last month remains unchanged. We apologise for
any inconvenience and appreciate your understanding.

Kind regards,

Atsushi Hasebe
General Manager, Sales Dept. II
Hinode Sangyo Co., Ltd.
""" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "不在と後任の連絡のみ。理由(病気)は書かれていない。標準の免責文",
    },
    # ---------------------------------------------------------------- 013
    {
        "id": "nyuin-013",
        "charset": "iso-2022-jp",
        "sender": "八月一日 恵 <hozumi.megumi@hinode-sangyo.co.jp>",
        "to": ["ひかり介護サービス 受付 <uketsuke@hikari-kaigo.co.jp>"],
        "subject": "入院中の付添い（夜間）のご依頼",
        "body": """ひかり介護サービス株式会社
ご担当者様

はじめてご連絡いたします。八月一日（ほづみ）と申します。
父の入院中の夜間付添いをお願いしたく、ご連絡いたしました。

■ 付添い対象者
　八月一日 正三（ほづみ しょうぞう） 83歳
　入院先：東海リハビリテーション病院 回復期リハビリ病棟 ３階
■ 状態
　・9月に脳梗塞で倒れ、急性期病院から先週こちらへ転院しました
　・右半身に麻痺が残り、要介護３の認定を受けています
　・軽度の認知症があり、夜間にせん妄で点滴を抜いてしまうことがあります
■ ご希望
　・11月中旬〜12月末、毎晩 20時〜翌7時
　・病院の了承は得ています

日中は仕事のため、ご連絡は夕方以降にいただけると助かります。
お見積りをお願いできますでしょうか。

八月一日 恵
（日の出産業株式会社 経営企画部）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "社員の家族(父)の病名・麻痺・要介護度・認知症を氏名付きで社外の介護会社へ",
    },
    # ---------------------------------------------------------------- 014
    {
        "id": "nyuin-014",
        "charset": "utf-8",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["yakuin-shitsu@hinode-sangyo.co.jp"],
        "subject": "長期療養中社員の状況（11月第1週）",
        "html": """<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10pt">
<p>役員室 各位</p>
<p>人事部の伊集院です。長期療養中の社員の状況をご報告します。<br>
（本情報は人事部と役員室限りでお願いいたします）</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde7f3"><th>氏名</th><th>所属</th><th>状況</th><th>療養開始</th><th>復職見込み</th></tr>
<tr><td>鬼頭 正臣</td><td>営業二課</td><td>急性心筋梗塞 入院中（循環器内科）</td><td>10/31</td><td>1月上旬</td></tr>
<tr><td>釈迦堂 健吾</td><td>品質保証部</td><td>胃がん 手術予定（11/10）</td><td>11/10</td><td>未定</td></tr>
<tr><td>勘解由小路 亮</td><td>開発部</td><td>適応障害 自宅療養</td><td>11/10</td><td>1月中旬（再評価）</td></tr>
<tr><td>八月一日 恵</td><td>経営企画部</td><td>介護休業（父 脳梗塞）</td><td>11/17</td><td>12月末</td></tr>
</table>
<p>以上です。</p>
<p>--<br>人事部 労務課 伊集院 透<br>内線 2101</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "病名入りの表だが宛先は社内(役員室)のみ",
    },
    # ---------------------------------------------------------------- 015
    {
        "id": "nyuin-015",
        "charset": "utf-8",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["かえで社労士事務所 栗原様 <kurihara@sr-kaede.jp>"],
        "subject": "傷病手当金 申請書作成のお願い（品質保証部 1名）",
        "body": """かえで社会保険労務士事務所
栗原先生

いつもお世話になっております。日の出産業の伊集院です。
傷病手当金の支給申請（第1回）の作成をお願いしたく、必要事項を
Wordにまとめて添付いたしました。医師の意見欄は本人が病院で記入を
受け次第、原本をお送りします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_JINJI,
        "attachments": [{
            "kind": "docx",
            "name": "傷病手当金_申請情報_釈迦堂.docx",
            "title": "傷病手当金 申請情報",
            "paragraphs": ["傷病手当金支給申請書 記入情報（事業主記入分を含む）", "作成：人事部 労務課 2025年11月"],
            "tables": [[
                ["項目", "内容"],
                ["被保険者氏名", "釈迦堂 健吾"],
                ["生年月日", "1976年9月30日"],
                ["被保険者証 記号・番号", "41203 - 88"],
                ["基礎年金番号", "4417-208839"],
                ["傷病名", "胃がん（胃体部）術後"],
                ["療養のため休んだ期間", "2025/11/10 〜 2025/12/09"],
                ["振込先", "みどり銀行 芝支店 普通 3308154 シヤカドウ ケンゴ"],
                ["報酬支払の有無", "無（有給休暇 11/10〜11/14 使用）"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "社外の社労士へ、保険証番号・基礎年金番号・口座・傷病名(DOCX表)",
    },
    # ---------------------------------------------------------------- 016
    {
        "id": "nyuin-016",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["木全 様 <kimata@tsumugi-hoken.co.jp>"],
        "subject": "入院給付金 請求書用紙の送付依頼",
        "body": """つむぎ保険サービス
木全様

お世話になっております。日の出産業 総務の宇佐美です。

団体医療保険（証券番号 GM-0047712）の入院給付金請求書の用紙が
手元に残り少なくなってまいりました。
お手数ですが、請求書一式（請求書・入院証明書の様式・返信用封筒）を
５部ほど、総務部宛にお送りいただけますでしょうか。

また、請求書の様式がPDFでダウンロードできるようになっていれば、
URLをご教示いただけると助かります。

よろしくお願いいたします。
""" + SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "白紙の請求書用紙の送付依頼。証券番号は団体契約の番号で個人データではない",
    },
    # ---------------------------------------------------------------- 017
    {
        "id": "nyuin-017",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": [
            "五百旗頭 和子 <kazuko.iokibe@gmail.com>",
            "五百旗頭 翼 <tsubasa_iokibe88@yahoo.co.jp>",
            "森岡 真央 <mao.morioka.0512@icloud.com>",
        ],
        "subject": "修さんの転院日と当日のご案内",
        "body": """五百旗頭 和子様
翼様、真央様

日の出産業 総務部の宇佐美でございます。
修さんの件、会社としてもできる限りお手伝いさせていただきます。

病院のソーシャルワーカーの方と調整した結果、転院日が決まりましたので
ご家族の皆様にまとめてご連絡いたします。

・転院日：11月14日（金） 午前10時 みなと中央病院 出発
・転院先：東海リハビリテーション病院（回復期リハビリ病棟）
・移動　：介護タクシー（ストレッチャー対応）を会社で手配済み
・修さんの状態：脳梗塞後の左半身麻痺と失語があり、付添いが１名必要です

当日どなたが付き添われるか、決まりましたらご返信ください。
""" + SIG_SOUMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient", "personal_data"],
        "note": "私用アドレスの3名が To で互いに見える。社員の病名・後遺症も記載",
    },
    # ---------------------------------------------------------------- 018
    {
        "id": "nyuin-018",
        "charset": "utf-8",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["usami.chikage@hinode-sangyo.co.jp"],
        "bcc": [
            "mieko.sadakata@gmail.com",
            "k-tsuchimochi@yahoo.co.jp",
            "hana.no.ie.2019@outlook.jp",
            "n_koketsu@docomo.ne.jp",
            "ryoko.kinoshita@icloud.com",
        ],
        "subject": "【日の出産業】ご家族向け 入院時サポート窓口のご案内",
        "body": """社員ご家族の皆様

日頃より社員の勤務にご理解とご協力をいただき、ありがとうございます。
日の出産業株式会社 総務部でございます。

このたび、社員やそのご家族が入院された際のご相談窓口を、
総務部内に新しく設けました。

　・入院時の会社への連絡方法（夜間・休日の連絡先）
　・慶弔見舞金、団体保険の請求手続き
　・付添いや介護休業・介護休暇の制度について

いずれも下記の窓口で承ります。お気軽にご相談ください。

　総務部 入院サポート窓口
　TEL 03-5412-7730（平日9:00〜17:30）
　support-family@hinode-sangyo.co.jp

※本メールは登録いただいたご家族の連絡先へ Bcc にてお送りしています。
""" + SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "ご家族宛の一斉案内だが Bcc で送っており、個人データなし",
    },
    # ---------------------------------------------------------------- 019
    {
        "id": "nyuin-019",
        "charset": "iso-2022-jp",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["栗原 様 <kurihara@sr-kaede.jp>"],
        "subject": "休職規程 改定案のレビューのお願い",
        "body": """栗原先生

お世話になっております。伊集院です。
先日ご相談した私傷病休職規程の改定案がまとまりましたので、添付いたします。
主な変更点は、休職期間の通算規定と、リハビリ出勤（試し出勤）の新設です。
12月の労使協議会にかけたいので、11月末までにコメントをいただけますと幸いです。
""" + SIG_JINJI,
        "attachments": [{
            "kind": "docx",
            "name": "私傷病休職規程_改定案_v3.docx",
            "title": "私傷病休職規程 改定案",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 人事部　社外秘・複製禁止",
            "paragraphs": [
                "私傷病休職規程（改定案）",
                "第1条（目的） この規程は、従業員が業務外の傷病により長期に就業できない場合の取扱いを定める。",
                "第4条（休職期間） 勤続年数に応じ、次のとおりとする。3年未満 6か月、3年以上10年未満 1年、10年以上 1年6か月。",
                "第5条（期間の通算） 復職後6か月以内に同一又は類似の傷病により欠勤した場合、休職期間を通算する。",
                "第8条（試し出勤） 復職前に、産業医の意見を踏まえて最長4週間の試し出勤を行うことができる。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付DOCXのヘッダ・フッタに「社外秘」の区分表示があり社外へ",
    },
    # ---------------------------------------------------------------- 020
    {
        "id": "nyuin-020",
        "charset": "utf-8",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["ひかり介護サービス 小野寺様 <onodera@hikari-kaigo.co.jp>"],
        "subject": "RE: 付添いサービス 実施報告（10月分）",
        "body": """小野寺様

お世話になっております。日の出産業の宇佐美です。
10月分の実施報告、確かに受領しました。

請求書は、これまでどおり「日の出産業株式会社 総務部」宛で
お送りください。支払いは翌月末の振込となります。

引き続きよろしくお願いいたします。

宇佐美

-----Original Message-----
From: 小野寺 瑞穂 <onodera@hikari-kaigo.co.jp>
Sent: Tuesday, November 4, 2025 5:12 PM
To: usami.chikage@hinode-sangyo.co.jp
Subject: 付添いサービス 実施報告（10月分）

日の出産業株式会社 宇佐美様

10月分の付添いサービスの実施報告をお送りします。

利用者：八月一日 正三 様（東海リハビリテーション病院 3階）
実施日：10/20〜10/31 夜間 計12回
特記事項：10/27 深夜にせん妄あり、看護師に報告済み。
　　　　　嚥下状態は改善傾向、とろみ食を全量摂取。

ひかり介護サービス株式会社 小野寺
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "利用者の状態は相手から届いたメールの引用(Original Message)部分だけ。新しい本文は請求書の宛先のみ",
    },
    # ---------------------------------------------------------------- 021
    {
        "id": "nyuin-021",
        "charset": "utf-8",
        "sender": "Chikage Usami <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["Megan O'Connell <moconnell@northbridge-partners.com>"],
        "subject": "Daniel Thompson - hospital admission",
        "body": """Dear Megan,

I am writing to let you know that Daniel Thompson, who is on secondment
with us from Northbridge, was taken to hospital by ambulance on Saturday
night with severe abdominal pain. He was diagnosed with acute appendicitis
with a small perforation and underwent a laparoscopic appendectomy the same
night at Kohoku Medical University Hospital.

The surgeon expects him to stay about 7-10 days because of the infection,
and he should avoid heavy work for a further four weeks. Daniel asked us
to inform you; his wife in Denver has already been contacted.

We will cover the hospital deposit for now and claim it against his travel
medical insurance. Please let me know whom we should contact at Northbridge
about the insurance paperwork.
""" + SIG_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English: 出向者の病名(虫垂炎穿孔)と手術を氏名付きで社外へ",
    },
    # ---------------------------------------------------------------- 022
    {
        "id": "nyuin-022",
        "charset": "utf-8",
        "sender": "Chikage Usami <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["International Patient Center <ipc@kohoku-med.ac.jp>"],
        "subject": "入院手続き書類 / Admission documents - Mr. Daniel Thompson",
        "body": """港北医科大学附属病院 国際診療センター 御中
To the International Patient Center,

日の出産業 総務部の宇佐美です。昨夜、救急外来から外科病棟に入院した
弊社出向者 Daniel Thompson 氏の入院手続きに必要な情報をお送りします。
(English follows.)

  Name (as in passport) : THOMPSON, DANIEL JAMES
  Date of birth         : 14 MAR 1987
  Nationality           : U.S.A.
  Passport No.          : 568213974
  Travel medical ins.   : Harborline Assurance, policy HA-TMI-00418273
  Emergency contact     : Usami (Hinode Sangyo) +81-3-5412-7730

Diagnosis given to us by the ER doctor: acute appendicitis (post-op).
Please let us know if a copy of his residence documents is also needed.
""" + SIG_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "旅券番号・生年月日・病名を病院へ(本文のラベル付きブロック)",
    },
    # ---------------------------------------------------------------- 023
    {
        "id": "nyuin-023",
        "charset": "iso-2022-jp",
        "sender": "長谷部 敦 <hasebe.atsushi@hinode-sangyo.co.jp>",
        "to": ["eigyo2-all@hinode-sangyo.co.jp"],
        "subject": "鬼頭課長の件（お見舞いについて）",
        "body": """営業二課のみなさん

長谷部です。
すでに聞いている人もいると思いますが、鬼頭課長が心筋梗塞で入院しています。
手術は無事に終わり、ＩＣＵから一般病棟に移ったと奥様から連絡がありました。

ただ、しばらくは安静が必要とのことなので、
・病院へのお見舞いは当面控えてください
・課長の携帯への業務連絡も控えてください
・お見舞いの品は課でまとめて１つにします（幹事：早乙女さん）

取引先には「しばらく不在」とだけ伝え、病名は伝えないようにお願いします。
課長の担当案件は早乙女さんが窓口になります。

長谷部
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "社内(課のメーリングリスト)宛: 病名があっても通す",
    },
    # ---------------------------------------------------------------- 024
    {
        "id": "nyuin-024",
        "charset": "utf-8",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["まるみつギフト 法人受付 <houjin-order@marumitsu-gift.co.jp>"],
        "subject": "お見舞い品の発送依頼（6件）",
        "body": """まるみつギフト 法人受付 御中

いつもお世話になっております。日の出産業 総務部の宇佐美です。
先日カタログで選定した「果物詰合せ Ｂセット（5,000円）」を、
添付の発送先リストのとおり各ご自宅宛にお送りください。
のしは「御見舞」、名入れは「日の出産業株式会社 社員一同」でお願いします。

お届け日のご指定はありませんが、今月中の着でお願いいたします。
請求書は総務部宛にお送りください。
""" + SIG_SOUMU,
        "attachments": [{
            "kind": "csv",
            "name": "omimai_hassou_list.csv",
            "encoding": "utf-8",
            "rows": [
                ["No", "お届け先氏名", "郵便番号", "住所", "電話番号", "のし"],
                ["1", "鬼頭 正臣", "157-0062", "東京都世田谷区南烏山4-17-9", "03-3309-4412", "御見舞"],
                ["2", "釈迦堂 健吾", "223-0061", "神奈川県横浜市港北区日吉2-8-15-302", "045-561-0388", "御見舞"],
                ["3", "勘解由小路 亮", "182-0024", "東京都調布市布田1-33-4 ハイツ布田201", "080-4471-2290", "御見舞"],
                ["4", "鳥海 俊介", "344-0067", "埼玉県春日部市中央6-2-11", "048-733-5104", "御見舞"],
                ["5", "舎人 浩二", "279-0012", "千葉県浦安市入船3-61-7", "047-352-8896", "御見舞"],
                ["6", "九十九 拓海", "567-0828", "大阪府茨木市舟木町5-20", "072-622-1937", "御見舞"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "6名の自宅住所・電話のリスト(CSV UTF-8)を社外のギフト業者へ",
    },
    # ---------------------------------------------------------------- 025
    {
        "id": "nyuin-025",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 安全管理課 <anzen@aoba-unyu.co.jp>"],
        "subject": "各拠点近くの救急指定病院一覧",
        "body": """青葉運輸株式会社
安全管理課 御中

お世話になっております。日の出産業 総務の宇佐美です。
先日の打合せでご依頼のあった、弊社各拠点の近隣救急病院の一覧です。
構内作業中のドライバーさんにけが人が出た場合にご利用ください。

拠点          病院名                      住所                              電話
------------  --------------------------  --------------------------------  -------------
本社          みなと中央病院              東京都港区三田5-2-10              03-3451-2200
川崎倉庫      かわさき臨港病院            神奈川県川崎市川崎区大師駅前1-4-3 044-277-6100
北上工場      北上済生総合病院            岩手県北上市九年橋2-8-1           0197-64-3311
大阪支店      本町記念病院                大阪府大阪市中央区本町4-1-7       06-6241-8800
福岡営業所    博多みなと病院              福岡県福岡市博多区築港本町6-2     092-281-4500

夜間は各病院とも救急外来の窓口となります。
""" + SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "病院(事業所)の一覧で人の名簿ではない。等幅の表",
    },
    # ---------------------------------------------------------------- 026
    {
        "id": "nyuin-026",
        "charset": "iso-2022-jp",
        "sender": "浜崎 由紀 <hamasaki.yuki@osaka.hinode-sangyo.co.jp>",
        "to": ["さくらホテル 予約センター <yoyaku@sakura-hotel.co.jp>"],
        "subject": "宿泊予約のお願い（11/12〜3泊）",
        "body": """さくらホテル 予約センター 御中

いつもお世話になっております。日の出産業 大阪支店総務の浜崎です。
法人契約で下記のとおり予約をお願いいたします。

　宿泊者：九十九 美千代 様（弊社社員のご家族）
　連絡先：０９０－８８３４－２１７６
　日程　：11月12日（水）〜15日（土） 3泊 シングル禁煙
　備考　：ご主人が近くの港北医科大学附属病院に骨折で入院・手術のため、
　　　　　大阪から付添いに来られます。チェックインが22時頃になる見込みです。

お支払いは弊社への請求でお願いいたします。
""" + SIG_OSAKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "sakura-hotel.co.jp は取引先 sakura-hotel.jp の類似ドメイン(co. 追加)。社員の入院・骨折も記載",
    },
    # ---------------------------------------------------------------- 027
    {
        "id": "nyuin-027",
        "charset": "shift_jis",
        "sender": "浜崎 由紀 <hamasaki.yuki@osaka.hinode-sangyo.co.jp>",
        "to": ["さくらホテル 法人予約 <houjin@sakura-hotel.jp>"],
        "subject": "法人契約での宿泊予約（11/19 1泊）",
        "body": """さくらホテル 法人予約ご担当者様

お世話になっております。日の出産業 大阪支店の浜崎でございます。
下記の通りご予約をお願いいたします。

　宿泊者：九十九 和也 様
　携帯　：070-3921-5508
　日程　：11月19日（水） 1泊 シングル
　到着　：19時頃

弊社社員の親族の方で、精算は弊社への後日請求でお願いいたします。
予約番号をご返信いただけますと幸いです。
""" + SIG_OSAKA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "正しい取引先ドメイン宛の宿泊予約。宿泊者1名の氏名と携帯のみ(警告まで)、入院の話は書いていない",
    },
    # ---------------------------------------------------------------- 028
    {
        "id": "nyuin-028",
        "charset": "utf-8",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["やまびこ損保 団体契約課 <dantai@yamabiko-sonpo.co.jp>"],
        "subject": "10月分 入院保険金請求の一覧をお送りします",
        "body": """やまびこ損害保険株式会社
団体契約課 ご担当者様

お世話になっております。日の出産業株式会社 総務部の宇佐美です。
10月に請求のあった入院保険金の一覧を、Excel で添付いたします。
各人の入院証明書の原本は別途郵送いたします。

ご不明な点がありましたらご連絡ください。
""" + SIG_SOUMU,
        "attachments": [{"kind": "corrupt", "name": "入院保険金請求一覧_202510.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "添付 XLSX が壊れていて読めない(検査不能)",
    },
    # ---------------------------------------------------------------- 029
    {
        "id": "nyuin-029",
        "charset": "utf-8",
        "sender": "真壁 剛 <makabe.tsuyoshi@kitakami.hinode-sangyo.co.jp>",
        "to": ["伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>", "anzen-eisei@hinode-sangyo.co.jp"],
        "subject": "【労災】北上工場 プレス作業中の負傷事故 第一報",
        "body": """本社 人事部 伊集院さん
安全衛生委員会 各位

北上工場 安全衛生課の真壁です。
本日発生したプレス作業中の負傷事故について、第一報をPDFで送ります。
被災者は現在も入院中で、明日手術予定です。
労働者死傷病報告は明日中に北上労働基準監督署へ提出します。
""" + SIG_KOJO,
        "attachments": [{
            "kind": "pdf",
            "name": "事故報告_第一報_20251106.pdf",
            "title": "労働災害 事故報告（第一報）",
            "lines": [
                "労働災害 事故報告（第一報）　北上工場 安全衛生課",
                "発生日時：2025年11月6日（木） 10時40分頃",
                "発生場所：第2製造棟 プレスライン No.3",
                "被災者：百目鬼 隆（どうめき たかし） 製造一課 班長",
                "生年月日：1979年8月2日（46歳）",
                "負傷の状況：金型交換中に安全ブロック未挿入のままスライドが下降し、",
                "　右手示指・中指を挟まれた。右示指末節切断、中指開放骨折。",
                "搬送先：北上済生総合病院 形成外科（救急搬送、そのまま入院）",
                "今後：11/7 再接着術の可否を判断。入院期間は2〜3週間の見込み。",
                "家族への連絡：妻 百目鬼 澄江 様へ 11:30 連絡済み",
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "工場(サブドメイン)から本社への社内報告: 負傷内容があっても社内のみ",
    },
    # ---------------------------------------------------------------- 030
    {
        "id": "nyuin-030",
        "charset": "iso-2022-jp",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 一ノ瀬先生 <ichinose@shirakawa-law.jp>"],
        "subject": "北上工場の労災事故についてご相談",
        "body": """白川法律事務所
一ノ瀬先生

いつもお世話になっております。日の出産業 人事部の伊集院です。
先週北上工場で発生した労災事故について、今後の対応をご相談させてください。

＜概要＞
・被災者：製造一課 班長 百目鬼 隆（４６）
・負傷：プレス機で右手示指を切断、中指開放骨折。再接着は不可で、
　北上済生総合病院に３週間入院の見込み。後遺障害が残る可能性が高いと
　主治医から説明を受けています。
・原因：安全ブロックの未挿入。作業手順書には記載あり。

ご本人の奥様から、会社の安全配慮義務について弁護士に相談しているとの
お話があり、損害賠償請求の可能性を想定しておきたいと考えております。
来週どこかで１時間ほどお時間をいただけますでしょうか。
""" + SIG_JINJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "顧問の法律事務所(取引先)でも社外: 被災者の氏名と負傷・後遺障害の見込み",
    },
    # ---------------------------------------------------------------- 031
    {
        "id": "nyuin-031",
        "charset": "utf-8",
        "sender": "真壁 剛 <makabe.tsuyoshi@kitakami.hinode-sangyo.co.jp>",
        "to": ["北上済生総合病院 医事課 <iji@kitakami-saisei.or.jp>"],
        "subject": "入院患者の本人確認書類について（技能実習生）",
        "body": """北上済生総合病院
医事課 ご担当者様

お世話になっております。日の出産業 北上工場の真壁です。
昨晩、救急外来から入院となりました弊社の技能実習生について、
受付でお尋ねのあった情報をお知らせします。
本人は日本語の読み書きがまだ不自由なため、当面は通訳を兼ねて
弊社の担当者が付き添います。

　氏名　　　　：NGUYEN THI LAN（グエン ティ ラン）
　国籍　　　　：ベトナム
　生年月日　　：２００１年３月１７日
　在留カード番号：ＵＨ７２０４８８１３ＫＳ
　在留資格　　：技能実習（第２号ロ）
　健康保険　　：全国健康保険協会 岩手支部　記号 ３１０５２０８４ 番号 ２７

救急外来で「急性腎盂腎炎」とのご説明をいただいております。
退院の目安が分かりましたらご連絡いただけますと助かります。
""" + SIG_KOJO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "在留カード番号・保険証記号番号・病名を社外(病院)へ。全角数字",
    },
    # ---------------------------------------------------------------- 032
    {
        "id": "nyuin-032",
        "charset": "iso-2022-jp",
        "sender": "経理部 支払担当 <shiharai@hinode-sangyo.co.jp>",
        "to": ["みなと中央病院 経理課 <keiri@minatochuo-hosp.or.jp>"],
        "subject": "ご請求書（No. MC-25-10-0442）のお支払予定について",
        "body": """みなと中央病院
経理課 ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部でございます。

貴院よりいただきました下記ご請求書につきまして、お支払予定日を
お知らせいたします。

　請求書番号　：MC-25-10-0442
　ご請求金額　：１９８，０００円（税込）
　件名　　　　：法人契約 個室差額ベッド代（10月分）
　お支払予定日：２０２５年１１月２８日（金）
　お振込先　　：みどり銀行 三田支店 普通 ０４１７７２１（貴院口座）

振込手数料は弊社にて負担いたします。
何卒よろしくお願い申し上げます。

日の出産業株式会社 経理部 支払担当
TEL 03-5412-7760
""" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "法人間の支払連絡。口座は病院(事業者)の口座、請求書番号のみで患者名なし",
    },
    # ---------------------------------------------------------------- 033
    {
        "id": "nyuin-033",
        "charset": "shift_jis",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["栗原 様 <kurihara@sr-kaede.jp>"],
        "cc": ["かえで社労士事務所 事務 <jimu@sr-kaede.jp>"],
        "subject": "傷病手当金（11月申請分 3名）の基礎資料",
        "body": """栗原先生

伊集院です。11月申請分の傷病手当金について、3名分の基礎資料を
ZIPにまとめてお送りします（勤怠はCSV、申請情報はExcelです）。
マイナンバーは健保組合から記載を求められたため入れてあります。

よろしくお願いいたします。
""" + SIG_JINJI,
        "attachments": [{
            "kind": "zip",
            "name": "shoubyou_202511.zip",
            "files": [
                {"kind": "xlsx", "name": "申請情報_202511.xlsx",
                 "sheets": {"申請者": [
                     ["傷病手当金 申請情報（2025年11月分）"],
                     ["氏名", "個人番号", "基礎年金番号", "傷病名", "療養期間"],
                     ["釈迦堂 健吾", my_number(SEED + 3), "4417-208839", "胃がん", "11/10-12/09"],
                     ["鳥海 俊介", my_number(SEED + 4), "1203-557104", "右大腿骨骨幹部骨折", "10/22-11/21"],
                     ["勘解由小路 亮", my_number(SEED + 5), "7360-119482", "適応障害", "11/10-12/09"],
                 ]}},
                {"kind": "csv", "name": "勤怠_休業日.csv", "encoding": "cp932",
                 "rows": [["氏名", "休業開始", "休業終了", "日数"],
                          ["釈迦堂 健吾", "2025/11/10", "2025/12/09", "30"],
                          ["鳥海 俊介", "2025/10/22", "2025/11/21", "31"],
                          ["勘解由小路 亮", "2025/11/10", "2025/12/09", "30"]]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "暗号化なしZIP内のXLSXにマイナンバー・基礎年金番号・傷病名(3名)",
    },
    # ---------------------------------------------------------------- 034
    {
        "id": "nyuin-034",
        "charset": "iso-2022-jp",
        "sender": "上小鶴 美和 <kamikozuru.miwa@hinode-sangyo.co.jp>",
        "to": ["伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>"],
        "subject": "Re: 高額療養費の申請 個人番号の確認",
        "body": """伊集院さん

給与課の上小鶴です。
お問い合わせの件、給与システムで確認しました。

　鳥海 俊介さん　個人番号 """ + my_number(SEED + 6) + """

健保への申請書に転記したら、このメールは削除をお願いします。

> 上小鶴さん
> 鳥海さんの高額療養費の申請で個人番号が必要になりました。
> 給与システムの登録値を教えてもらえますか。
> 伊集院
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "マイナンバーを含むが社内同士のやり取り",
    },
    # ---------------------------------------------------------------- 035
    {
        "id": "nyuin-035",
        "charset": "utf-8",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["きたはまクリニック 健診センター <kenshin@kitahama-clinic.jp>"],
        "subject": "1泊2日人間ドック 受診者名簿（12月実施分）",
        "body": """きたはまクリニック 健診センター
ご担当者様

お世話になっております。日の出産業 総務部の宇佐美です。
12月実施分の1泊2日人間ドック（入院ドック）の受診者名簿をPDFでお送りします。
保険証の記号・番号は当日受付でも提示いたしますが、事前登録用に記載しました。
""" + SIG_SOUMU,
        "attachments": [{
            "kind": "pdf",
            "name": "入院ドック受診者名簿_12月.pdf",
            "title": "1泊2日人間ドック 受診者名簿",
            "lines": ["1泊2日人間ドック 受診者名簿（2025年12月実施分）  日の出産業株式会社 総務部", ""],
            "table": [
                ["受診日", "氏名", "生年月日", "保険証 記号-番号", "電話番号"],
                ["12/02-03", "纐纈 康弘", "S42.10.08", "41203-12", "090-1187-3350"],
                ["12/02-03", "鍛治 由美子", "S49.05.27", "41203-46", "080-6625-0173"],
                ["12/04-05", "乙部 信也", "S55.01.16", "41203-71", "090-4408-2261"],
                ["12/04-05", "仁科 亜希", "S60.12.03", "41203-95", "070-2278-9914"],
                ["12/09-10", "木全 浩", "S46.07.22", "41203-103", "090-9930-5518"],
                ["12/09-10", "四十物 千尋", "H2.03.09", "41203-134", "080-3117-6642"],
                ["12/11-12", "帯刀 慎之介", "S47.12.05", "41203-150", "090-5561-0827"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "7名の名簿(PDF表): 生年月日(和暦略記)・保険証記号番号・電話を社外のクリニックへ",
    },
    # ---------------------------------------------------------------- 036
    {
        "id": "nyuin-036",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["t.kuga1957@yahoo.co.jp"],
        "subject": "団体保険の継続手続きのご案内",
        "body": """久我 様

ご無沙汰しております。日の出産業 総務部の宇佐美です。
先日はお電話をいただきありがとうございました。

お問い合わせの、退職後の団体医療保険の継続（退職者コース）について、
手続きの流れは次のとおりです。

　1. 同封の「継続加入申込書」にご記入・ご捺印
　2. 同封の返信用封筒で総務部宛にご返送（12月15日必着）
　3. 保険料は１月から口座振替となります

申込書一式は本日ご自宅宛に郵送いたしました。
ご不明な点があれば、いつでもご連絡ください。
""" + SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "元社員1名(フリーメール)への手続き案内。個人データ・病状の記載なし",
    },
    # ---------------------------------------------------------------- 037
    {
        "id": "nyuin-037",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": [
            "こだま生命 法人営業部 <houjin-eigyo@kodama-life.co.jp>",
            "やまびこ損保 団体契約課 <dantai@yamabiko-sonpo.co.jp>",
            "ほしぞら生命 法人第一部 <corp1@hoshizora-seimei.co.jp>",
            "つむぎ保険サービス 木全様 <kimata@tsumugi-hoken.co.jp>",
        ],
        "subject": "【見積依頼】団体医療保険（入院一時金型）2026年度",
        "body": """各社 ご担当者様

お世話になっております。日の出産業株式会社 総務部の宇佐美です。
2026年4月始期の団体医療保険について、下記条件でお見積りをお願いいたします。

　・対象：正社員および配偶者（加入見込み 約420名）
　・給付：入院一時金 10万円／入院日額 5,000円／手術給付金
　・回答期限：12月5日（金）

見積書は PDF にて本メールへのご返信でお送りください。
よろしくお願いいたします。
""" + SIG_SOUMU,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "競合する保険会社4社を To に並べて互いのアドレスが見える: Bcc にすべき",
    },
    # ---------------------------------------------------------------- 038
    {
        "id": "nyuin-038",
        "charset": "utf-8",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["小野寺 瑞穂 <onodera@hikari-kaigo.co.jp>"],
        "cc": ["木全 浩 <kimata@tsumugi-hoken.co.jp>", "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>"],
        "subject": "付添いサービス法人契約の打合せ（11/25）",
        "body": """ひかり介護サービス 小野寺様
（cc：つむぎ保険サービス 木全様、弊社人事 伊集院）

お世話になっております。日の出産業の宇佐美です。

付添いサービスの法人契約化について、11月25日（火）15時から弊社会議室で
打合せをお願いしておりました件、つむぎ保険サービスの木全様にも
団体保険の付帯サービスとの関係をご説明いただくためご同席いただきます。

当日の議題（案）
　1) 付添い・家政婦サービスの法人料金表（時間単価・夜間加算）
　2) 団体保険の付帯サービスとの重複整理
　3) 申込み・請求の流れ

会場：日の出ビル6F 第3会議室（受付で総務部 宇佐美をお呼びください）
""" + SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "社外2組織(To/Cc)の通常の三者打合せ。個人データなし",
    },
    # ---------------------------------------------------------------- 039
    {
        "id": "nyuin-039",
        "charset": "utf-8",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["未来HRコンサルティング 片桐様 <katagiri@mirai-hrc.co.jp>"],
        "subject": "両立支援施策の振り返り資料",
        "body": """未来HRコンサルティング
片桐様

お世話になっております。日の出産業の伊集院です。
次回の定例でご相談したい両立支援施策の振り返り資料を添付いたします。
数値は部門別の集計のみで、個人が特定できる情報は入れておりません。
事前にお目通しいただけますと幸いです。
""" + SIG_JINJI,
        "attachments": [{
            "kind": "pptx",
            "name": "両立支援_振り返り_FY2025上期.pptx",
            "title": "治療と仕事の両立支援 FY2025上期 振り返り",
            "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Use Only",
            "slides": [
                ["治療と仕事の両立支援 FY2025上期", "人事部 労務課", "CONFIDENTIAL"],
                ["私傷病休職の状況", "新規休職 9件（前年同期 7件）", "うち入院を伴うもの 5件", "平均休職期間 74日"],
                ["復職支援", "試し出勤 実施 4件", "復職後6か月以内の再休職 1件"],
                ["課題", "管理職向け研修の未受講率 38%", "主治医意見書の様式統一"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付PPTXに CONFIDENTIAL / Internal Use Only の表示。中身は集計のみ",
    },
    # ---------------------------------------------------------------- 040
    {
        "id": "nyuin-040",
        "charset": "iso-2022-jp",
        "sender": "勝呂 圭一 <suguro.keiichi@hinode-sangyo.co.jp>",
        "to": ["伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>"],
        "subject": "FW: 診断書の提出について（勘解由小路）※再送",
        "body": """伊集院さん

先ほど宛先を打ち間違えて送ってしまったようです。失礼しました。
勘解由小路くんからのメールを添付で再送します。
休職の手続き、よろしくお願いします。

開発部 勝呂
""",
        "attachments": [{
            "kind": "eml",
            "name": "診断書の提出について.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "勘解由小路 亮 <kadenokoji.ryo@hinode-sangyo.co.jp>",
                "to": ["勝呂 圭一 <suguro.keiichi@hinode-sangyo.co.jp>"],
                "subject": "診断書の提出について",
                "body": """勝呂課長

本日メンタルクリニックを受診し、「適応障害、抑うつ状態」との診断で、
11月10日から２か月間の休養を要するとの診断書をもらいました。
しばらく業務を離れることになり申し訳ありません。

勘解由小路
""",
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "病名入りのメールを添付で転送しているが宛先は社内のみ",
    },
    # ---------------------------------------------------------------- 041
    {
        "id": "nyuin-041",
        "charset": "shift_jis",
        "sender": "浜崎 由紀 <hamasaki.yuki@osaka.hinode-sangyo.co.jp>",
        "to": ["宇佐美 千景 <usami.chikage@hinode-sangyo.jp>"],
        "subject": "大阪支店 九十九さん 入院の件（続報）",
        "body": """宇佐美さん

大阪支店総務の浜崎です。九十九さんの件、続報です。

・本日午後、左脛骨高原骨折の手術（プレート固定）が終わりました
・全荷重まで６週間、入院は３〜４週間の見込みとのこと
・奥様（九十九 美千代さん 090-8834-2176）が今週いっぱい付き添われます
・労災ではなく、休日のフットサル中のけがです

傷病手当金と団体保険の手続きは本社でお願いできますでしょうか。
書類はこちらで取りまとめて送ります。
""" + SIG_OSAKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "社内宛のつもりが hinode-sangyo.jp (co. 抜け)の類似ドメイン。負傷内容と家族の電話",
    },
    # ---------------------------------------------------------------- 042
    {
        "id": "nyuin-042",
        "charset": "utf-8",
        "sender": "経理部 支払担当 <shiharai@hinode-sangyo.co.jp>",
        "to": ["こだま生命 団体保険料係 <dantai-ryo@kodama-life.co.jp>"],
        "subject": "団体医療保険 11月分保険料 振込完了のご連絡",
        "body": """こだま生命保険株式会社
団体保険料係 ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 経理部でございます。

下記のとおり保険料のお振込みが完了いたしましたので、ご連絡いたします。

  証券番号　　：DK-2024-00318
  対象月　　　：2025年11月分
  振込金額　　：1,284,600円
  振込日　　　：2025年11月25日
  振込名義　　：ヒノデサンギヨウ（カ

ご確認のほど、よろしくお願いいたします。

日の出産業株式会社 経理部
TEL 03-5412-7760 / FAX 03-5412-7769
""" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "団体契約の保険料の振込連絡。法人の証券番号・金額のみ",
    },
    # ---------------------------------------------------------------- 043
    {
        "id": "nyuin-043",
        "charset": "iso-2022-jp",
        "sender": "長谷部 敦 <hasebe.atsushi@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 購買部 栗山様 <kuriyama@kitaguni-foods.co.jp>"],
        "subject": "担当変更のお知らせ",
        "body": """北国フーズ株式会社
購買部 栗山様

平素より格別のお引き立てを賜り、誠にありがとうございます。
日の出産業の長谷部でございます。

これまで貴社を担当しておりました十文字弥生ですが、
乳がんの治療（手術と術後の抗がん剤治療）のため、本日より入院し
しばらく休職することとなりました。本人からも栗山様にくれぐれも
よろしくお伝えくださいとのことでございます。

後任は営業二課の宍戸洋平が務めます。近日中に宍戸とともに
ご挨拶に伺わせていただきます。
今後とも変わらぬご愛顧のほど、よろしくお願い申し上げます。
""" + SIG_EIGYO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "取引先への担当変更の挨拶で前任者の病名・治療内容を書いている",
    },
    # ---------------------------------------------------------------- 044
    {
        "id": "nyuin-044",
        "charset": "iso-2022-jp",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 熊谷様 <kumagai@nishiki-insatsu.co.jp>"],
        "subject": "カタログ校正の戻しについて",
        "body": """錦印刷株式会社
熊谷様

いつもお世話になっております。日の出産業の早乙女です。

来週月曜にお約束していた初校の戻しですが、校正を担当していた舎人が
急に体調を崩して入院しておりまして、水曜日までお待ちいただくことは
可能でしょうか。代わりに私が確認を進めております。

ご迷惑をおかけして申し訳ございません。
ご検討のほど、よろしくお願いいたします。

日の出産業株式会社 営業二課 早乙女 玲奈
TEL 03-5412-7745
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "病名はないが、特定の社員が入院した事実を取引先に伝えている: 要配慮と見るかは判断が分かれる",
    },
    # ---------------------------------------------------------------- 045
    {
        "id": "nyuin-045",
        "charset": "utf-8",
        "sender": "八月一日 恵 <hozumi.megumi@hinode-sangyo.co.jp>",
        "to": ["ひかり介護サービス 小野寺様 <onodera@hikari-kaigo.co.jp>"],
        "subject": "Re: 夜間付添いのお見積り",
        "body": """小野寺様

お見積りありがとうございました。この内容でお願いいたします。
お支払いはカード払いを希望します。

　カード番号　""" + _CARD_045 + """
　有効期限　　07/27
　名義　　　　MEGUMI HOZUMI

父（八月一日 正三）は今週から夜間のせん妄が少し落ち着いてきましたが、
引き続き転倒には注意してほしいと看護師さんから言われています。
初回の11月17日は、私も20時に病棟へ伺います。

八月一日

> 八月一日様
> お見積りをお送りします。夜間付添い 1泊 18,700円（税込）×44泊
> ご確認のほどお願いいたします。
> ひかり介護サービス 小野寺
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "新しい本文にカード番号(ハイフン区切り)と、父の入院・せん妄の記載",
    },
    # ---------------------------------------------------------------- 046
    {
        "id": "nyuin-046",
        "charset": "utf-8",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["soumu-bucho@hinode-sangyo.co.jp"],
        "cc": ["jinji-rouei@hinode-sangyo.co.jp"],
        "subject": "慶弔・見舞金 支給状況（10月）",
        "body": """部長

10月の慶弔・見舞金の支給状況をまとめました。

支給日  社員                   区分        事由                            金額
10/08   鳥海 俊介（物流課）    傷病見舞金  交通事故 右大腿骨骨折 入院      30,000
10/15   舎人 浩二（品証）      傷病見舞金  肺炎 入院14日                   10,000
10/21   左右田 圭（製造一課）  結婚祝金    本人結婚                        30,000
10/29   廿楽 一成（経理）      家族見舞金  配偶者 入院（子宮筋腫 手術）    10,000

以上、ご確認ください。
総務課 宇佐美
""",
        "html": """<div style="font-family:Meiryo,sans-serif">
<p>部長</p>
<p>10月の慶弔・見舞金の支給状況をまとめました。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>支給日</th><th>社員</th><th>区分</th><th>事由</th><th>金額</th></tr></thead>
<tbody>
<tr><td>10/08</td><td>鳥海 俊介（物流課）</td><td>傷病見舞金</td><td>交通事故 右大腿骨骨折 入院</td><td>30,000</td></tr>
<tr><td>10/15</td><td>舎人 浩二（品証）</td><td>傷病見舞金</td><td>肺炎 入院14日</td><td>10,000</td></tr>
<tr><td>10/21</td><td>左右田 圭（製造一課）</td><td>結婚祝金</td><td>本人結婚</td><td>30,000</td></tr>
<tr><td>10/29</td><td>廿楽 一成（経理）</td><td>家族見舞金</td><td>配偶者 入院（子宮筋腫 手術）</td><td>10,000</td></tr>
</tbody></table>
<p>以上、ご確認ください。<br>総務課 宇佐美</p>
</div>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "見舞金の支給一覧(病名あり)だが社内宛。text+HTML",
    },
    # ---------------------------------------------------------------- 047
    {
        "id": "nyuin-047",
        "charset": "utf-8",
        "sender": "経理部 支払担当 <shiharai@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 芝支店 法人営業 <shiba-houjin@midori-ginko.co.jp>"],
        "subject": "総合振込の件（傷病見舞金 11月支給分）",
        "html": """<html><body>
<p>みどり銀行 芝支店 法人営業ご担当者様</p>
<p>いつもお世話になっております。日の出産業株式会社 経理部です。<br>
インターネットバンキングの障害で伝送ができないため、11月支給分の傷病見舞金の振込先を
下表のとおりお送りいたします。11月28日付での振込をお願いいたします。</p>
<table border="1" cellpadding="3">
<tr><th>No</th><th>受取人名（カナ）</th><th>銀行</th><th>支店</th><th>種目</th><th>口座番号</th><th>金額</th><th>摘要</th></tr>
<tr><td>1</td><td>キトウ マサオミ</td><td>みどり銀行</td><td>世田谷支店</td><td>普通</td><td>2047731</td><td>30,000</td><td>傷病見舞金（入院）</td></tr>
<tr><td>2</td><td>シヤカドウ ケンゴ</td><td>みどり銀行</td><td>芝支店</td><td>普通</td><td>3308154</td><td>30,000</td><td>傷病見舞金（入院）</td></tr>
<tr><td>3</td><td>カデノコウジ リヨウ</td><td>はまかぜ信用金庫</td><td>調布支店</td><td>普通</td><td>0118826</td><td>10,000</td><td>傷病見舞金</td></tr>
<tr><td>4</td><td>ツクモ タクミ</td><td>なにわ銀行</td><td>茨木支店</td><td>普通</td><td>5520913</td><td>30,000</td><td>傷病見舞金（入院）</td></tr>
<tr><td>5</td><td>ジユウモンジ ヤヨイ</td><td>みどり銀行</td><td>渋谷支店</td><td>普通</td><td>1736402</td><td>30,000</td><td>傷病見舞金（入院）</td></tr>
<tr><td>6</td><td>ホヅミ メグミ</td><td>みどり銀行</td><td>芝支店</td><td>当座</td><td>0094417</td><td>10,000</td><td>家族見舞金</td></tr>
</table>
<p>日の出産業株式会社 経理部 支払担当<br>TEL 03-5412-7760</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTMLのみの表で6名の口座番号と『傷病見舞金(入院)』を社外の銀行へ",
    },
    # ---------------------------------------------------------------- 048
    {
        "id": "nyuin-048",
        "charset": "iso-2022-jp",
        "sender": "経理部 支払担当 <shiharai@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 芝支店 法人営業 <shiba-houjin@midori-ginko.co.jp>"],
        "subject": "Re: 総合振込データ伝送の件",
        "body": """みどり銀行 芝支店
法人営業ご担当者様

お世話になっております。日の出産業 経理部です。
先ほどのお電話の件、伝送が復旧し、11月28日付の総合振込データを
送信いたしました。

　受付番号：SS-20251126-00871
　件数　　：６件
　合計金額：１４０，０００円

受付結果のご確認をお願いいたします。
誤ってお送りしたメール（振込先一覧）は破棄していただけますと幸いです。

日の出産業株式会社 経理部 支払担当
""" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "件数と合計額だけの銀行への連絡。個人データなし",
    },
    # ---------------------------------------------------------------- 049
    {
        "id": "nyuin-049",
        "charset": "shift_jis",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["日の出産業健康保険組合 給付課 <kyufu@hinode-kenpo.or.jp>"],
        "subject": "傷病手当金支給申請書（事業主証明済）",
        "body": """日の出産業健康保険組合 給付課 御中

お世話になっております。日の出産業 人事部の伊集院です。
事業主証明欄を記入した傷病手当金支給申請書をPDFでお送りします。
開封パスワードは、いつもの方法でお電話にてお伝えします。
""" + SIG_JINJI,
        "attachments": [{
            "kind": "pdf",
            "name": "傷病手当金支給申請書_202511.pdf",
            "password": "kenpo2025!",
            "lines": ["傷病手当金支給申請書（事業主記入用）", "被保険者氏名 鳥海 俊介",
                      "療養のため休んだ期間 2025/10/22〜2025/11/21"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード保護されたPDFで中身を検査できない",
    },
    # ---------------------------------------------------------------- 050
    {
        "id": "nyuin-050",
        "charset": "utf-8",
        "sender": "Chikage Usami <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["International Patient Center <ipc@kohoku-med.ac.jp>"],
        "subject": "Re: Additional documents required",
        "body": """Dear Ms. Hayward,

Thank you for your quick reply. I will bring the signed guarantee form
and the insurer's letter to your counter tomorrow at 10:00.

Best regards,
Chikage Usami

On Wed, Nov 12, 2025 at 4:41 PM, Emily Hayward <ipc@kohoku-med.ac.jp> wrote:
> Dear Ms. Usami,
>
> Thank you for the information about Mr. THOMPSON, DANIEL JAMES
> (DOB 14 MAR 1987, passport 568213974). His appendectomy went well and
> the ward expects discharge on Nov 19 if his CRP keeps falling.
> To finalise billing we still need:
>   1. the guarantee form signed by your company
>   2. a letter of guarantee from Harborline Assurance (policy HA-TMI-00418273)
>
> Emily Hayward
> International Patient Center, Kohoku Medical University Hospital
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "旅券番号・病状は 'On ... wrote:' 以下の引用だけ。新しい本文は持参日時のみ",
    },
    # ---------------------------------------------------------------- 051
    {
        "id": "nyuin-051",
        "charset": "utf-8",
        "sender": "乙部 信也 <otobe.shinya@hinode-sangyo.co.jp>",
        "to": [
            "nishina.aki.0321@gmail.com",
            "kaji_yumiko@yahoo.co.jp",
            "koketsu.yasuhiro@outlook.jp",
        ],
        "cc": ["yamanashi.m.home@icloud.com"],
        "subject": "週末のお見舞いの件（月見里さん）",
        "body": """みなさん

休日にすみません、乙部です。会社のアドレスだと週末見られない人もいるので
私用アドレスに送ります。

月見里さん、腰椎椎間板ヘルニアの手術（内視鏡下で2か所）が木曜に終わって、
今はリハビリを始めたそうです。まだ長く座っていられないので、
お見舞いは15分くらいで切り上げましょう。

　日時：11/16（日） 14:00 さくらぎ総合病院 1Fロビー集合
　病室：整形外科病棟 7階 715号室
　持ち物：寄せ書き（鍛治さんが持ってきてくれます）

月見里さん本人にもCCしてます。都合が悪い人は連絡ください。

乙部
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains", "personal_data"],
        "note": "私用アドレス4名(4者)が To/Cc で互いに見え、同僚の病名・手術・病室も記載",
    },
    # ---------------------------------------------------------------- 052
    {
        "id": "nyuin-052",
        "charset": "iso-2022-jp",
        "sender": "月見里 誠 <yamanashi.makoto@hinode-sangyo.co.jp>",
        "to": ["kaihatsu2@hinode-sangyo.co.jp"],
        "subject": "ご心配をおかけしています（月見里）",
        "body": """開発二課のみなさん

月見里です。病室からスマホで失礼します。
ヘルニアの手術は無事に終わりました。まだ歩くとしびれが残っていますが、
昨日から歩行器なしで病棟を歩けるようになりました。
退院は来週末、復帰は12月第1週を予定しています。

不在中の件は引き続き蕨野さんにお願いしています。
ご迷惑をおかけしますが、よろしくお願いします。

月見里
""",
        "expect": "pass",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "本人から課内(社内)への近況報告",
    },
    # ---------------------------------------------------------------- 053
    {
        "id": "nyuin-053",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["やまびこ損保 事故受付センター <jiko-uketsuke@yamabiko-sonpo.co.jp>"],
        "subject": "社有車事故のご報告（人身・入院あり）",
        "body": """やまびこ損害保険株式会社
事故受付センター 御中

日の出産業株式会社 総務部の宇佐美です。
フリート契約（証券番号 YF-77120394）の社有車で発生した事故をご報告いたします。

【事故日時】令和７年１０月２１日（火）８時１５分頃
【場所】　　埼玉県春日部市中央６丁目 交差点
【運転者】　小鳥遊 美羽（たかなし みう）　物流課
　　　　　　生年月日 平成７年６月２４日
　　　　　　運転免許証番号 第３０１８０４４１２７３０号
【相手方】　自転車（相手方は軽傷、救急搬送なし）
【運転者の負傷】頸椎捻挫・左鎖骨骨折。春日部中央病院に入院（２週間見込み）

相手方の連絡先は、現場で交換したものを明日お電話でお伝えします。
よろしくお願いいたします。
""" + SIG_SOUMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "運転免許証番号(全角)・生年月日(和暦)・負傷内容を社外の損保へ",
    },
    # ---------------------------------------------------------------- 054
    {
        "id": "nyuin-054",
        "charset": "utf-8",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["やまびこ損保 事故受付センター <jiko-uketsuke@yamabiko-sonpo.co.jp>"],
        "subject": "Re: 受付番号 AC-2510-118803 の件",
        "body": """やまびこ損害保険
事故受付センター 三上様

お世話になっております。日の出産業の宇佐美です。

受付番号 AC-2510-118803 の件、ご依頼の書類（事故状況説明書・修理見積書・
診断書原本）を本日簡易書留で郵送いたしました。
追跡番号は 1234-5566-0918 です。

到着しましたらご一報いただけますと幸いです。
""" + SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "受付番号と郵送の追跡番号のみ。氏名・病状は書いていない",
    },
    # ---------------------------------------------------------------- 055
    {
        "id": "nyuin-055",
        "charset": "utf-8",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["港北保健所 生活衛生課 <seikatsu-eisei@hokenjo.city.kohoku-ku.lg.jp>"],
        "subject": "社員食堂 有症者の一覧（ご依頼分）",
        "body": """港北保健所 生活衛生課
食品衛生係 ご担当者様

日の出産業株式会社 総務部の宇佐美です。
本日お電話でご依頼のあった、11月4日の社員食堂喫食者のうち
症状の出た社員の一覧をお送りします（Excelからの貼り付けです）。

No	氏名	年齢	生年月日	発症	主な症状	受診・入院	連絡先
1	纐纈 康弘	58	1967/10/08	11/5 02:00	下痢・嘔吐・発熱38.9	港北医大病院 入院	090-1187-3350
2	鍛治 由美子	51	1974/05/27	11/5 05:30	下痢・腹痛	外来受診	080-6625-0173
3	乙部 信也	45	1980/01/16	11/5 01:10	嘔吐・下痢・脱水	さくらぎ総合病院 入院	090-4408-2261
4	四十物 千尋	35	1990/03/09	11/5 07:00	下痢	未受診	080-3117-6642
5	仁科 亜希	39	1985/12/03	11/5 04:20	嘔吐・発熱38.2	外来受診（点滴）	070-2278-9914
6	生明 里奈	28	1997/02/19	11/5 09:00	腹痛・下痢	外来受診	090-2240-8815

検便の容器は明朝、本人分を取りまとめてお届けします。
""" + SIG_SOUMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "タブ区切りで6名の症状・入院・生年月日・電話の一覧を社外(保健所)へ",
    },
    # ---------------------------------------------------------------- 056
    {
        "id": "nyuin-056",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
        "subject": "保健所の調査へのご協力のお願い",
        "body": """北国フーズ株式会社
給食事業部 ご担当者様

いつも社員食堂の運営でお世話になっております。日の出産業 総務部の宇佐美です。

11月4日の昼食について、喫食者のうち胃腸症状を訴えた社員が
現時点で６名（うち２名が入院）出ており、港北保健所の調査が始まりました。

保健所から、貴社に対して以下の提出を求める連絡がある見込みです。
　・11/4 の献立表と食材の納品記録
　・調理従事者の当日の健康チェック表
　・保存食（検食）

個人の情報は弊社から保健所に直接提出済みですので、貴社には
上記の資料のみご準備をお願いいたします。
""" + SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "人数だけで個人が特定されない。取引先への資料準備依頼",
    },
    # ---------------------------------------------------------------- 057
    {
        "id": "nyuin-057",
        "charset": "utf-8",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <support@tsubasa-system.jp>"],
        "subject": "勤怠システム 休職区分追加の要件（ご確認）",
        "body": """ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業 人事部の伊集院です。
休職・介護休業の区分追加について、要件を Excel にまとめました。
見積りの前提としてご確認ください。
""" + SIG_JINJI,
        "attachments": [{
            "kind": "xlsx",
            "name": "要件定義_休職区分追加_v2.xlsx",
            "title": "勤怠区分追加 要件定義",
            "page_header": "【社外秘】日の出産業株式会社",
            "sheets": {
                "表紙": [
                    ["【社外秘】"],
                    ["勤怠システム 休職区分追加 要件定義書 v2"],
                    ["作成：人事部 労務課 / 2025-11-07"],
                ],
                "区分一覧": [
                    ["区分コード", "区分名", "給与計算", "社保届出", "備考"],
                    ["K10", "私傷病休職", "無給", "要", "傷病手当金連携"],
                    ["K11", "試し出勤", "時給", "不要", "最長4週間"],
                    ["K20", "介護休業", "無給", "要", "雇用保険 介護休業給付"],
                    ["K21", "介護休暇(時間単位)", "無給", "不要", ""],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付XLSXの表紙とヘッダに【社外秘】。個人データはない",
    },
    # ---------------------------------------------------------------- 058
    {
        "id": "nyuin-058",
        "charset": "iso-2022-jp",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <support@tsubasa-system.jp>"],
        "subject": "Re: 勤怠システム 休職区分追加 お見積りの件",
        "body": """ツバサシステム
導入支援 北条様

お世話になっております。伊集院です。
お見積り（見積番号 TS-Q-251108-03）、社内で承認が下りました。
注文書は購買部から別途お送りします。

本番反映は12月21日（日）の定期メンテナンス枠でお願いできればと思います。
テスト環境での確認は12月第2週に人事部で行います。

引き続きよろしくお願いいたします。
""" + SIG_JINJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "見積番号と日程の連絡のみ。取引先宛の通常業務",
    },
    # ---------------------------------------------------------------- 059
    {
        "id": "nyuin-059",
        "charset": "iso-2022-jp",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["北条 様 <hojo@tsubasa-sytem.jp>"],
        "subject": "テスト環境の確認日程",
        "body": """ツバサシステム
北条様

お世話になっております。日の出産業の伊集院です。
休職区分追加のテスト環境確認ですが、12月9日（火）13時〜17時で
人事部の担当3名が作業いたします。
当日、テスト環境の接続先URLとテスト用アカウントを
ご用意いただけますでしょうか。
""" + SIG_JINJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp は取引先 tsubasa-system.jp の s 抜けの類似ドメイン",
    },
    # ---------------------------------------------------------------- 060
    {
        "id": "nyuin-060",
        "charset": "shift_jis",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["浜崎 由紀 <hamasaki.yuki@osaka.hinode-sangyo.co.jp>"],
        "subject": "Re: 大阪支店 九十九さん 入院の件（続報）",
        "body": """浜崎さん

本社総務の宇佐美です。ご連絡ありがとうございます。
（最初のメールは宛先のドメインが違っていたようで、こちらには
 転送で届きました。念のためお知らせします）

手続きは本社で進めます。確認ですが、九十九さんの保険証は下記で合っていますか。

　被保険者：九十九 拓海
　記号 ４１２０３　番号 ２１９
　傷病名：左脛骨高原骨折（手術済み）

限度額適用認定証の申請は本日こちらで健保に出しておきます。
""" + SIG_SOUMU,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "支店(サブドメイン)との社内のやり取り: 保険証番号・病名があっても通す",
    },
    # ---------------------------------------------------------------- 061
    {
        "id": "nyuin-061",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["ひかり介護サービス 小野寺様 <onodera@hikari-kaigo.co.jp>"],
        "subject": "転送: 退院前カンファレンスのご案内（五百旗頭様）",
        "body": """小野寺様

お世話になっております。日の出産業の宇佐美です。
五百旗頭さんの退院後の訪問介護の件で、病院から下記の案内が届きました。
ご家族のご希望で、貴社にもカンファレンスにご参加いただきたいとのことです。
ご都合いかがでしょうか。

---------- 転送メッセージ ----------
差出人: 東海リハビリテーション病院 医療相談室 <soudan@tokai-reha.or.jp>
日付: 2025年11月20日(木) 15:02
件名: 退院前カンファレンスのご案内
宛先: usami.chikage@hinode-sangyo.co.jp

日の出産業株式会社 宇佐美様

いつもお世話になっております。医療相談室の乙黒です。
五百旗頭 修様（昭和３９年２月２９日生）の退院前カンファレンスを
下記のとおり開催いたします。

　日時：12月3日（水）14:00〜15:00
　場所：当院 2階 カンファレンス室
　現状：脳梗塞（右中大脳動脈領域）後の左片麻痺、失語症あり。
　　　　杖歩行は見守りで可能。嚥下は刻み食で安定。
　　　　身体障害者手帳（肢体不自由２級）の申請中。
　退院予定：12月12日（金）

東海リハビリテーション病院 医療相談室 乙黒
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "病院からのメールの転送: 転送先の介護会社には新しい内容。病名・障害・生年月日",
    },
    # ---------------------------------------------------------------- 062
    {
        "id": "nyuin-062",
        "charset": "shift_jis",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["医療相談室 乙黒様 <soudan@tokai-reha.or.jp>"],
        "subject": "RE: 退院前カンファレンスのご案内",
        "body": """東海リハビリテーション病院
医療相談室 乙黒様

ご案内ありがとうございます。日の出産業の宇佐美です。
12月3日14時、会社からは私と人事部の伊集院の２名で伺います。
駐車場を１台分お借りできますでしょうか。

よろしくお願いいたします。

宇佐美

差出人: 東海リハビリテーション病院 医療相談室 <soudan@tokai-reha.or.jp>
送信日時: 2025年11月20日 15:02
宛先: usami.chikage@hinode-sangyo.co.jp
件名: 退院前カンファレンスのご案内

日の出産業株式会社 宇佐美様

五百旗頭 修様（昭和３９年２月２９日生）の退院前カンファレンスを
下記のとおり開催いたします。
　現状：脳梗塞後の左片麻痺、失語症あり。身体障害者手帳（肢体不自由２級）申請中。
　退院予定：12月12日（金）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "病状は返信先の病院自身のメールの引用(差出人/送信日時 形式)だけ",
    },
    # ---------------------------------------------------------------- 063
    {
        "id": "nyuin-063",
        "charset": "utf-8",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["つむぎ保険サービス 木全様 <kimata@tsumugi-hoken.co.jp>"],
        "subject": "FW: 入院証明書の作成依頼について",
        "body": """木全様

お世話になっております。宇佐美です。
病院の医事課から、入院証明書の作成にあたって保険会社側の様式の
指定があるか問い合わせがありました。元のメールを添付しますので、
ご確認のうえ病院へ直接ご回答いただけますでしょうか。
""" + SIG_SOUMU,
        "attachments": [{
            "kind": "eml",
            "name": "入院証明書の作成依頼について.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "みなと中央病院 医事課 文書係 <bunsho@minatochuo-hosp.or.jp>",
                "to": ["usami.chikage@hinode-sangyo.co.jp"],
                "subject": "入院証明書の作成依頼について",
                "body": """日の出産業株式会社 総務部 宇佐美様

みなと中央病院 医事課 文書係です。
ご依頼の入院証明書について、確認させてください。

　患者氏名：鳥海 俊介 様
　保険証　：記号 41203 番号 157
　入院期間：2025年10月8日〜2025年11月5日
　傷病名　：右大腿骨骨幹部骨折

保険会社所定の様式がございましたら、原本をご郵送ください。
当院様式でよろしければ、２週間ほどで作成いたします。

みなと中央病院 医事課 文書係
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "添付のメール(message/rfc822)に患者名・保険証記号番号・傷病名。転送先には新しい内容",
    },
    # ---------------------------------------------------------------- 064
    {
        "id": "nyuin-064",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["みなと介護タクシー 配車センター <haisha@minato-kaigotaxi.jp>"],
        "subject": "介護タクシーのお見積り依頼（転院搬送）",
        "body": """みなと介護タクシー 配車センター 御中

お世話になります。日の出産業株式会社 総務部の宇佐美と申します。
下記の転院搬送について、お見積りをお願いできますでしょうか。

　日時　：11月14日（金） 10:00 出発
　乗車地：みなと中央病院 正面玄関（東京都港区三田5-2-10）
　降車地：東海リハビリテーション病院（神奈川県平塚市）
　人数　：患者様1名＋付添い1名
　設備　：ストレッチャー対応の車両を希望

病院の位置関係を地図で添付します。
ご請求は弊社宛でお願いいたします。
""" + SIG_SOUMU,
        "attachments": [{"kind": "png", "name": "hospital_map.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "患者の氏名なしの搬送見積依頼。住所は病院(事業所)の所在地。画像は地図",
    },
    # ---------------------------------------------------------------- 065
    {
        "id": "nyuin-065",
        "charset": "utf-8",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["栗原 様 <kurihara@sr-kaede.jp>"],
        "subject": "両立支援等助成金（介護離職防止）申請用データ",
        "body": """栗原先生

伊集院です。介護離職防止支援コースの申請に使うデータをお送りします。
対象者シートに、介護休業を取得した社員と対象家族の状況をまとめています。
""" + SIG_JINJI,
        "attachments": [{
            "kind": "xlsx",
            "name": "介護休業取得者_助成金申請用.xlsx",
            "sheets": {
                "対象者": [
                    ["介護休業取得者一覧（2025年度上期）", "", "", "", "", "", ""],
                    ["社員番号", "氏名", "生年月日", "対象家族", "続柄", "家族の状況（要介護の原因）", "休業期間"],
                    ["H11208", "八月一日 恵", "1981/04/13", "八月一日 正三", "父", "脳梗塞後遺症・認知症 要介護3", "11/17-12/31"],
                    ["H10455", "廿楽 一成", "1968/02/14", "廿楽 トメ", "母", "大腿骨頸部骨折 術後 要介護2", "7/1-8/31"],
                    ["H11733", "新発田 隼人", "1990/11/23", "新発田 宏", "父", "膵臓がん 末期 在宅療養", "9/1-10/15"],
                    ["H12014", "大豆生田 剛志", "1976/09/18", "大豆生田 紀子", "配偶者", "うつ病 入院", "8/18-9/30"],
                    ["H10877", "躑躅森 美穂", "1983/07/09", "躑躅森 澄子", "母", "パーキンソン病 要介護4", "6/2-7/31"],
                    ["H12503", "帯刀 慎之介", "1972/12/05", "帯刀 フミ", "祖母", "アルツハイマー型認知症", "10/1-10/31"],
                ],
                "集計": [
                    ["区分", "人数"],
                    ["取得者", 6],
                    ["復帰済み", 4],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "6名の社員と家族の病名・要介護状態の一覧(XLSX、タイトル行付き)を社外の社労士へ",
    },
    # ---------------------------------------------------------------- 066
    {
        "id": "nyuin-066",
        "charset": "utf-8",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["kusakabe.mio@hinode-sangyo.co.jp", "jinji-rouei@hinode-sangyo.co.jp"],
        "subject": "休職者管理台帳（11月末更新）",
        "body": """日下部課長、労務Gのみなさん

伊集院です。休職者管理台帳を11月末時点で更新しました。
共有フォルダにも同じものを置いています。
変更点：釈迦堂さん休職開始、鳥海さん復職（試し出勤中）。
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "休職者管理台帳_2025-11.xlsx",
            "sheets": {
                "休職中": [
                    ["氏名", "生年月日", "休職事由", "休職開始", "満了日", "主治医", "個人番号"],
                    ["鬼頭 正臣", "1971/06/03", "急性心筋梗塞", "2025/11/01", "2027/04/30", "みなと中央病院 循環器内科", my_number(SEED + 13)],
                    ["釈迦堂 健吾", "1976/09/30", "胃がん", "2025/11/10", "2027/05/09", "港北医大 消化器外科", my_number(SEED + 14)],
                    ["勘解由小路 亮", "1994/01/27", "適応障害", "2025/11/10", "2026/11/09", "はなみずきメンタルクリニック", my_number(SEED + 15)],
                ],
                "復職済": [
                    ["氏名", "休職事由", "休職期間", "復職日", "備考"],
                    ["鳥海 俊介", "右大腿骨骨折", "2025/10/22-2025/11/21", "2025/11/25", "試し出勤 4週間"],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "マイナンバー・病名入りの台帳だが社内宛のみ",
    },
    # ---------------------------------------------------------------- 067
    {
        "id": "nyuin-067",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": [
            "みなと中央病院 地域医療連携室 <renkei@minatochuo-hosp.or.jp>",
            "東海リハビリテーション病院 医療相談室 <soudan@tokai-reha.or.jp>",
        ],
        "cc": ["五百旗頭 和子 <kazuko.iokibe@gmail.com>"],
        "subject": "五百旗頭 修様の転院について（情報共有）",
        "body": """みなと中央病院 地域医療連携室 ご担当者様
東海リハビリテーション病院 医療相談室 乙黒様
（cc：奥様）

日の出産業 総務部の宇佐美です。
五百旗頭さんの転院の件、関係者の皆様に情報を共有させてください。

・転院日：11月14日 10時 みなと中央病院発（介護タクシー手配済）
・申し送り：左片麻痺、失語症。リハビリ目標は杖歩行での自宅復帰
・会社としては、復帰後は短時間勤務・在宅勤務で受け入れる方針です

ご不明な点がありましたら、私までご連絡ください。
""" + SIG_SOUMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient", "personal_data"],
        "note": "病院2つとご家族(フリーメール)の3者が To/Cc で互いに見える。病状の申し送りも記載",
    },
    # ---------------------------------------------------------------- 068
    {
        "id": "nyuin-068",
        "charset": "utf-8",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["さくらぎ総合病院 総務課 <sakuragi-soumu@sakuragi-gh.jp>"],
        "cc": ["ときわ警備保障 芝営業所 <shiba@tokiwa-keibi.co.jp>"],
        "subject": "通院送迎シャトルの停車場所について",
        "body": """さくらぎ総合病院 総務課 ご担当者様
（cc：ときわ警備保障 芝営業所様）

お世話になっております。日の出産業 総務部の宇佐美です。

12月から試行する社員の通院送迎シャトル（本社⇔貴院、平日2往復）について、
貴院敷地内の停車位置を一度現地で確認させていただけますでしょうか。
当日は、シャトルの誘導をお願いしているときわ警備保障様にも同行いただきます。

候補：11/27（木）10:00 または 11/28（金）14:00
所要：30分程度

よろしくお願いいたします。
""" + SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "社外2組織(To/Cc)の日程調整。個人データなし",
    },
    # ---------------------------------------------------------------- 069
    {
        "id": "nyuin-069",
        "charset": "utf-8",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["日の出産業健康保険組合 給付課 <kyufu@hinode-kenpo.or.jp>"],
        "subject": "高額療養費 一括申請データ（10月診療分）",
        "body": """給付課 御中

日の出産業 人事部の伊集院です。
10月診療分の高額療養費（事業主経由の一括申請）のデータをCSVで添付します。
マイナンバー欄は、健保様の新様式に合わせて追加しました。
""" + SIG_JINJI,
        "attachments": [{
            "kind": "csv",
            "name": "kougaku_202510.csv",
            "encoding": "utf-8",
            "rows": [
                ["記号", "番号", "氏名", "個人番号", "医療機関", "入院/外来", "自己負担額"],
                ["41203", "157", "鳥海 俊介", my_number(SEED + 8), "みなと中央病院", "入院", "312400"],
                ["41203", "88", "釈迦堂 健吾", my_number(SEED + 9), "港北医科大学附属病院", "外来", "98600"],
                ["41203", "204", "舎人 浩二", my_number(SEED + 10), "さくらぎ総合病院", "入院", "176200"],
                ["41203", "219", "九十九 拓海", my_number(SEED + 11), "港北医科大学附属病院", "入院", "254900"],
                ["41203", "61", "雲母 沙織", my_number(SEED + 12), "みなと中央病院", "入院", "143800"],
            ],
        }],
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "CSV(UTF-8)に5名のマイナンバー・保険証番号・入院の事実。健保組合は社外",
    },
    # ---------------------------------------------------------------- 070
    {
        "id": "nyuin-070",
        "charset": "iso-2022-jp",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["日の出産業健康保険組合 給付課 <kyufu@hinode-kenpo.or.jp>"],
        "subject": "限度額適用認定証の申請様式について（お問い合わせ）",
        "body": """日の出産業健康保険組合
給付課 ご担当者様

お世話になっております。日の出産業 人事部の伊集院です。

マイナ保険証の利用が進んだことに伴い、限度額適用認定証の申請は
今後も必要になるケースがあるのか確認させてください。
また、申請書の最新様式（令和７年度版）は、健保のホームページの
どのページからダウンロードできますでしょうか。

社内向けの入院時手続きマニュアルを改訂するための確認です。
お手すきの際にご回答いただけますと幸いです。
""" + SIG_JINJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "制度と様式の問い合わせのみで個人データなし(健保の名にhinodeを含むが別組織の正規ドメイン)",
    },
    # ---------------------------------------------------------------- 071
    {
        "id": "nyuin-071",
        "charset": "utf-8",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["もりのき産業医事務所 矢作先生 <yahagi@morinoki-sangyoi.jp>"],
        "subject": "復職面談の事前資料（開発部 勘解由小路さん）",
        "body": """矢作先生

いつもお世話になっております。日の出産業 人事部の伊集院です。
1月8日の復職面談に先立ち、開発部 勘解由小路さんの主治医診断書
（はなみずきメンタルクリニック発行）をスキャンしてお送りします。

主治医の所見では、適応障害による抑うつ症状は改善し、睡眠も安定、
「1月中旬から短時間勤務で復職可」とのことです。
面談ではリハビリ出勤の要否についてご意見をいただければと思います。
""" + SIG_JINJI,
        "attachments": [{"kind": "corrupt", "name": "診断書_勘解由小路_20251226.pdf"}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "unscannable_attachment"],
        "note": "本文に病名と主治医所見(社外の産業医事務所宛)、添付PDFは破損して読めない",
    },
    # ---------------------------------------------------------------- 072
    {
        "id": "nyuin-072",
        "charset": "iso-2022-jp",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["勘解由小路 亮 <ryo.kadenokoji@gmail.com>"],
        "subject": "休職発令のご連絡と今後の手続き",
        "body": """勘解由小路 亮 様

人事部の伊集院です。
会社のメールは休職中に見られないとのことでしたので、
ご本人から伺った私用アドレスにお送りします。

ご提出いただいた診断書（適応障害・抑うつ状態、２か月の休養を要する）に基づき、
11月10日付で私傷病休職の発令となりました。

今後の手続き：
・傷病手当金の申請書を月末にご自宅へ郵送します（医師の意見欄の記入をお願いします）
・休職中は月に一度、体調のご様子をこのアドレスで伺わせてください
・復職の際は、主治医の「復職可」の診断書と産業医面談が必要です

どうかゆっくり療養なさってください。
""" + SIG_JINJI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "病名を含むが、受信者は本人(私用アドレス)で本人の依頼: 社外漏えいと見るかは判断が分かれる",
    },
    # ---------------------------------------------------------------- 073
    {
        "id": "nyuin-073",
        "charset": "utf-8",
        "sender": "真壁 剛 <makabe.tsuyoshi@kitakami.hinode-sangyo.co.jp>",
        "to": ["伊集院 透 <ijuin.toru@xn--hinde-sangyo-6fk.co.jp>"],
        "subject": "百目鬼さんの入院延長について",
        "body": """伊集院さん

北上工場の真壁です。
百目鬼さんですが、切断部の感染で再手術となり、入院が１２月中旬まで
延びる見込みです。右手の機能障害が残る可能性が高く、障害補償給付の
申請も視野に入れてほしいと主治医から言われました。

休業補償給付の請求書は今週中にそちらに送ります。
""" + SIG_KOJO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "宛先がキリル文字 о を含む自社ドメインのホモグリフ(punycode)。負傷・障害の見込み",
    },
    # ---------------------------------------------------------------- 074
    {
        "id": "nyuin-074",
        "charset": "utf-8",
        "sender": "Chikage Usami <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["Laura Thompson <laura.j.thompson@gmail.com>"],
        "subject": "Your arrival in Tokyo - hotel and pick-up",
        "body": """Dear Mrs. Thompson,

This is Chikage Usami from Hinode Sangyo. Daniel told us you will arrive
on Friday, and we have made the following arrangements for you:

  Flight   : UA 837, arriving Narita T1 at 15:25 on Nov 14
  Pick-up  : our driver will wait at the arrivals exit with a sign
             "HINODE SANGYO - THOMPSON"
  Hotel    : Shinagawa Bayside Hotel, 5 nights (Nov 14-19), paid by us

If your flight changes, please call me at +81-3-5412-7730 or reply to
this e-mail. We look forward to welcoming you.
""" + SIG_EN,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "家族1名(フリーメール)への到着・ホテル手配の案内。病状の記載なし",
    },
    # ---------------------------------------------------------------- 075
    {
        "id": "nyuin-075",
        "charset": "iso-2022-jp",
        "sender": "鍛治 由美子 <kaji.yumiko@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車課 <haisha@aoba-unyu.co.jp>"],
        "subject": "出荷立会い担当の変更（鴨志田 肺炎で入院のため）",
        "body": """青葉運輸株式会社
配車課 ご担当者様

いつもお世話になっております。日の出産業 物流課の鍛治です。
来週の川崎倉庫での出荷立会いは、件名のとおり担当を変更し、
私、鍛治が対応いたします。

　11/18（火） 9:00 川崎倉庫 第2バース
　11/20（木） 9:00 同上

当日の連絡先は私の携帯（080-2931-7714）にお願いいたします。

日の出産業株式会社 物流課 鍛治 由美子
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "件名に同僚の氏名と病名(肺炎で入院)。本文は業務連絡だが件名も新しい内容",
    },
    # ---------------------------------------------------------------- 076
    {
        "id": "nyuin-076",
        "charset": "shift_jis",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 熊谷様 <kumagai@nishiki-insatsu.co.jp>"],
        "subject": "Re: カタログ校正の戻しについて",
        "body": """熊谷様

ご調整いただきありがとうございます。早乙女です。
水曜日の午前中に初校の戻しをお送りいたします。

なお、担当の舎人は今月いっぱい不在のため、12月の再校以降も
私が窓口となります。お手数ですが、今後のご連絡は私宛に
お願いいたします。

日の出産業株式会社 営業二課 早乙女 玲奈
TEL 03-5412-7745

> 早乙女様
> 承知いたしました。水曜日の午前中までに戻しをいただければ
> 刷了日は変わりません。
> 錦印刷 熊谷
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "担当者の不在と窓口変更のみ。理由は書いていない",
    },
    # ---------------------------------------------------------------- 077
    {
        "id": "nyuin-077",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["共栄寮管理 管理人室 <kanrinin-tsurumi@kyoei-ryokanri.co.jp>"],
        "subject": "鶴見独身寮 入居者の緊急連絡先（入院・救急時用）",
        "body": """共栄寮管理株式会社
鶴見独身寮 管理人 様

いつもお世話になっております。日の出産業 総務部の宇佐美です。
先月、入居者が夜間に救急搬送された際、ご家族への連絡に時間がかかった件を
受けまして、入居者の緊急連絡先を一覧にしました。管理人室で保管をお願いします。

部屋   入居者         緊急連絡先       続柄  電話
-----  -------------  ---------------  ----  ---------------
101    宍戸 洋平      宍戸 綾          妻    070-1294-6638
103    蕨野 翔        蕨野 和枝        母    0276-45-3309
105    生明 里奈      生明 修          父    03-3752-0916
202    左右田 圭      左右田 智子      母    0465-33-8172
204    及位 大輔      及位 真理子      妻    090-7716-2485
206    新発田 隼人    新発田 宏        父    025-266-4180
301    四十物 千尋    四十物 洋子      母    0766-22-5371

夜間・休日に入居者が入院した場合は、ご家族と総務部（03-5412-7730、
休日は当番携帯 080-6021-3390）の両方へご連絡ください。
""" + SIG_SOUMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "7名分の入居者と家族の電話の名簿(空白埋めの表)を社外の寮管理会社へ",
    },
    # ---------------------------------------------------------------- 078
    {
        "id": "nyuin-078",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["共栄寮管理 業務部 <gyomu@kyoei-ryokanri.co.jp>"],
        "subject": "寮での急病・けが発生時の連絡フロー（改訂版）",
        "body": """共栄寮管理株式会社
業務部 ご担当者様

お世話になっております。日の出産業 総務の宇佐美です。
寮内で入居者が急病・けがをした場合の連絡フローを改訂しましたので、
PDFでお送りします。管理人室への掲示もお願いいたします。
""" + SIG_SOUMU,
        "attachments": [{
            "kind": "pdf",
            "name": "寮_緊急時連絡フロー_v2.pdf",
            "title": "寮 緊急時連絡フロー",
            "page_header": "部外秘",
            "page_footer": "日の出産業株式会社 総務部 ／ 部外秘（関係者限り）",
            "lines": [
                "寮での急病・けが発生時の連絡フロー（第2版）",
                "1. 意識がない・呼吸がおかしい場合は、ただちに119番通報する。",
                "2. 管理人は救急車に同乗するか、搬送先病院名を救急隊に確認する。",
                "3. 総務部（平日 03-5412-7730 ／ 休日 当番携帯）へ連絡する。",
                "4. 総務部が本人の家族と所属長へ連絡する。管理人から家族へは直接連絡しない。",
                "5. 入院となった場合、総務部が病院の医事課と入院手続きを調整する。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付PDFのヘッダ・フッタに「部外秘」の区分表示。個人データなし",
    },
    # ---------------------------------------------------------------- 079
    {
        "id": "nyuin-079",
        "charset": "utf-8",
        "sender": "上小鶴 美和 <kamikozuru.miwa@hinode-sangyo.co.jp>",
        "to": ["さくらぎ総合病院 小児科病棟 受付 <shoni-uketsuke@sakuragi-gh.jp>"],
        "subject": "入院患者様の保険証情報のご連絡",
        "body": """さくらぎ総合病院 小児科病棟 受付ご担当者様

お世話になっております。日の出産業 給与課の上小鶴と申します。
昨日入院した息子（上小鶴 陸）の保険証について、再発行中のため
受付でお尋ねの記号・番号をメールでお知らせします。

  患者氏名　：上小鶴 陸（かみこづる りく）
  生年月日　：平成３０年７月２日
  保険者番号：０６１３０４５８
  記号・番号：４１２０３・３０２（枝番 ０２）
  被保険者　：上小鶴 美和（母）
  病名（伺った範囲で）：気管支喘息の発作、ＲＳウイルス感染症

新しい保険証が届き次第、窓口に持参します。
""",
        "html": """<div style="font-family:sans-serif;font-size:13px">
<p>さくらぎ総合病院 小児科病棟 受付ご担当者様</p>
<p>お世話になっております。日の出産業 給与課の上小鶴と申します。<br>
昨日入院した息子（上小鶴 陸）の保険証について、再発行中のため受付でお尋ねの記号・番号をメールでお知らせします。</p>
<table border="0" cellpadding="2">
<tr><td>患者氏名</td><td>上小鶴 陸（かみこづる りく）</td></tr>
<tr><td>生年月日</td><td>平成３０年７月２日</td></tr>
<tr><td>保険者番号</td><td>０６１３０４５８</td></tr>
<tr><td>記号・番号</td><td>４１２０３・３０２（枝番 ０２）</td></tr>
<tr><td>被保険者</td><td>上小鶴 美和（母）</td></tr>
<tr><td>病名（伺った範囲で）</td><td>気管支喘息の発作、ＲＳウイルス感染症</td></tr>
</table>
<p>新しい保険証が届き次第、窓口に持参します。</p>
</div>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "子の保険証の記号・番号・枝番、生年月日(和暦)、病名を病院へ(text+HTML)",
    },
    # ---------------------------------------------------------------- 080
    {
        "id": "nyuin-080",
        "charset": "iso-2022-jp",
        "sender": "上小鶴 美和 <kamikozuru.miwa@hinode-sangyo.co.jp>",
        "to": ["伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>"],
        "subject": "保険証の再発行（被扶養者）のお願い",
        "body": """伊集院さん

給与課の上小鶴です。私事で恐縮ですが、息子の保険証を紛失してしまい、
再発行の手続きをお願いできますでしょうか。
息子は昨日から喘息発作で入院しています。

　被扶養者：上小鶴 陸　Ｈ３０．７．２生
　記号・番号：４１２０３・３０２（枝番０２）

再交付申請書は記入して、本日社内便で人事部宛に送ります。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "保険証番号・生年月日(Ｈ略記)・入院だが社内同士",
    },
    # ---------------------------------------------------------------- 081
    {
        "id": "nyuin-081",
        "charset": "iso-2022-jp",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 一ノ瀬先生 <ichinose@shirakawa-law.jp>"],
        "subject": "役員の長期入院に関する開示方針（ご確認のお願い）",
        "body": """一ノ瀬先生

お世話になっております。伊集院です。
先日ご相談した件、社内で対外説明方針の案をまとめましたので、
法的な観点からご確認いただけますでしょうか。
取締役会は12月2日です。
""" + SIG_JINJI,
        "attachments": [{
            "kind": "pdf",
            "name": "対外説明方針案_20251118.pdf",
            "title": "役員の長期入院に関する対外説明方針（案）",
            "page_header": "極秘",
            "page_footer": "極秘 ― 取締役会資料 ― 複製・転送禁止",
            "lines": [
                "役員の長期入院に関する対外説明方針（案）",
                "1. 事実関係",
                "　専務取締役 東海林 義昭（67）は、11月4日に悪性リンパ腫と診断され、",
                "　港北医科大学附属病院 血液内科に入院。化学療法を6か月予定。",
                "2. 開示の要否",
                "　職務執行が困難な期間が3か月を超える見込みのため、取引銀行および",
                "　主要取引先には「療養のため」とのみ説明し、病名は開示しない。",
                "3. 職務代行",
                "　営業本部長が専務の担当業務を代行する。",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["confidential_marking", "personal_data"],
        "note": "添付PDFに「極秘」の表示、かつ役員の病名・入院(要配慮)を社外の法律事務所へ",
    },
    # ---------------------------------------------------------------- 082
    {
        "id": "nyuin-082",
        "charset": "shift_jis",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 秘書室 <hisho@shirakawa-law.jp>"],
        "subject": "Re: 秘密保持契約書（ひかり介護サービス）ドラフト送付",
        "body": """白川法律事務所
秘書室 ご担当者様

お世話になっております。日の出産業 総務部の宇佐美です。

ひかり介護サービス様との秘密保持契約書のドラフト、拝受いたしました。
第5条（秘密情報の範囲）に、付添い対象者の健康情報を明記していただいた点、
ありがとうございます。

社内で確認のうえ、来週中にコメントをお返しいたします。
一ノ瀬先生にもよろしくお伝えください。
""" + SIG_SOUMU + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "秘密保持契約(NDA)についてのやり取りと標準の免責文。区分表示ではない",
    },
    # ---------------------------------------------------------------- 083
    {
        "id": "nyuin-083",
        "charset": "iso-2022-jp",
        "sender": "経理部 支払担当 <shiharai@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 芝支店 法人営業 <shiba-houjin@midori-ginkou.co.jp>"],
        "subject": "振込先の訂正のお願い",
        "body": """みどり銀行 芝支店
法人営業ご担当者様

お世話になっております。日の出産業 経理部です。
11月28日付の総合振込のうち、1件の振込先に誤りがありましたので
訂正をお願いいたします。

　受取人　：ツツジモリ ミホ 様（躑躅森 美穂）
　誤　　　：みどり銀行 品川支店 普通 ６６０２１８４
　正　　　：みどり銀行 品川支店 普通 ６６０２１４８
　金額　　：１０，０００円

お手数をおかけしますが、よろしくお願いいたします。

日の出産業株式会社 経理部 支払担当
TEL 03-5412-7760
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "midori-ginkou.co.jp は取引銀行 midori-ginko.co.jp の類似ドメイン(u 追加)。社員の口座番号",
    },
    # ---------------------------------------------------------------- 084
    {
        "id": "nyuin-084",
        "charset": "utf-8",
        "sender": "経理部 支払担当 <shiharai@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 芝支店 法人営業 <shiba-houjin@midori-ginko.co.jp>"],
        "subject": "組戻し依頼（11/28 総合振込分 1件）",
        "body": """みどり銀行 芝支店 法人営業ご担当者様

お世話になっております。日の出産業 経理部でございます。
11月28日の総合振込のうち、下記1件について組戻しをお願いいたします。

・受取人：ジユウモンジ ヤヨイ（十文字 弥生 様）
・振込先：みどり銀行 渋谷支店 普通 1736402
・金額　：30,000円
・理由　：支給額の誤り（正しい額で再度振り込みます）

組戻し手数料は弊社口座からお引き落としください。
所定の依頼書は本日中に窓口へ持参いたします。

日の出産業株式会社 経理部 支払担当
TEL 03-5412-7760
""" + DISC_JA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "正しい取引銀行宛、1名の口座のみ(警告まで)。見舞金・入院の記載なし",
    },
    # ---------------------------------------------------------------- 085
    {
        "id": "nyuin-085",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["みなと中央病院 医事課 <iji@minatochuo-hosp.or.jp>"],
        "cc": [
            "さくらぎ総合病院 総務課 <sakuragi-soumu@sakuragi-gh.jp>",
            "芝記念病院 事務部 <jimubu@shiba-kinen.or.jp>",
        ],
        "subject": "法人契約（個室差額・入院手続き代行）のご相談",
        "body": """各病院 事務ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 総務部の宇佐美です。

弊社では来年度から、社員が入院した際の個室差額ベッド代の一部補助と、
入院手続きの会社窓口一本化を検討しております。
本社近隣の貴院に、法人契約の可否と条件をお伺いしたく、
まとめてご連絡させていただきました。

　・法人宛の請求書発行（月締め）の可否
　・会社担当者による入院手続きの代行の可否
　・個室料金の法人向け設定の有無

ご回答は12月10日頃までにいただけますと幸いです。
""" + SIG_SOUMU,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "社外3病院(To 1、Cc 2)のアドレスが互いに見える: Bcc にすべき",
    },
    # ---------------------------------------------------------------- 086
    {
        "id": "nyuin-086",
        "charset": "utf-8",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["torishimariyakukai@hinode-sangyo.co.jp"],
        "cc": ["yakuin-shitsu@hinode-sangyo.co.jp"],
        "subject": "12/2 取締役会 資料（人事報告）",
        "body": """取締役会メンバー各位

人事部の伊集院です。12月2日の取締役会の人事報告資料を添付します。
3枚目に東海林専務のご療養に関する職務代行の件を含みます。
社内限りでの取扱いをお願いいたします。
""",
        "attachments": [{
            "kind": "pptx",
            "name": "取締役会_人事報告_20251202.pptx",
            "slides": [
                ["人事報告（2025年12月）", "人事部"],
                ["休職・療養の状況", "私傷病休職 4名（うち入院 2名）", "介護休業 1名"],
                ["役員の療養について", "東海林 義昭 専務：悪性リンパ腫のため入院、化学療法 6か月予定",
                 "職務代行：営業本部長", "対外説明：『療養のため』とのみ説明"],
                ["両立支援", "個室差額の一部補助を来年度から導入（案）"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "役員の病名入りPPTXだが取締役会の社内宛",
    },
    # ---------------------------------------------------------------- 087
    {
        "id": "nyuin-087",
        "charset": "shift_jis",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["ほしぞら生命 団体保険金部 <dantai-kyufu@hoshizora-seimei.co.jp>"],
        "subject": "団体長期障害所得補償（GLTD）請求 5件",
        "body": """ほしぞら生命保険株式会社
団体保険金部 御中

いつもお世話になっております。日の出産業 総務部の宇佐美でございます。
団体長期障害所得補償保険の就業障害に関する請求5件について、
請求一覧（CSV）と各人の事情書（Word）をZIPにまとめてお送りします。
診断書の原本は別送いたします。
""" + SIG_SOUMU,
        "attachments": [{
            "kind": "zip",
            "name": "GLTD_seikyu_202511.zip",
            "files": [
                {"kind": "csv", "name": "請求一覧.csv", "encoding": "cp932",
                 "rows": [
                     ["被保険者", "生年月日", "傷病名", "就業不能開始日", "主治医"],
                     ["鬼頭 正臣", "S46.6.3", "急性心筋梗塞", "2025/11/01", "みなと中央病院"],
                     ["釈迦堂 健吾", "S51.9.30", "胃がん", "2025/11/10", "港北医大病院"],
                     ["勘解由小路 亮", "H6.1.27", "適応障害", "2025/11/10", "はなみずきMC"],
                     ["東海林 義昭", "S33.4.11", "悪性リンパ腫", "2025/11/04", "港北医大病院"],
                     ["五百旗頭 修", "S39.2.29", "脳梗塞", "2025/09/12", "東海リハ病院"],
                 ]},
                {"kind": "docx", "name": "事情書_5名.docx",
                 "paragraphs": ["就業障害に関する事情書（5名分）",
                                "五百旗頭 修：左片麻痺と失語症のため、従前の営業業務への復帰は困難。",
                                "東海林 義昭：化学療法中で免疫力低下のため出社不可。"]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "暗号化なしZIP内のCSV・DOCXに5名の傷病名と生年月日(和暦略記)",
    },
    # ---------------------------------------------------------------- 088
    {
        "id": "nyuin-088",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["ほしぞら生命 法人第一部 <corp1@hoshizora-seimei.co.jp>"],
        "subject": "GLTD 更新見積用の年齢構成データ",
        "body": """ほしぞら生命保険
法人第一部 ご担当者様

お世話になっております。日の出産業 総務の宇佐美です。
GLTD 更新見積り用に、年齢階層別・性別の加入者数をお送りします。
個人ごとのデータは含めておりません。
""" + SIG_SOUMU,
        "attachments": [{
            "kind": "csv",
            "name": "GLTD_年齢構成_202511.csv",
            "encoding": "cp932",
            "rows": [
                ["年齢階層", "男性", "女性", "計", "平均月額報酬(千円)"],
                ["20-29", "48", "31", "79", "262"],
                ["30-39", "71", "38", "109", "341"],
                ["40-49", "83", "29", "112", "418"],
                ["50-59", "66", "17", "83", "472"],
                ["60-64", "22", "4", "26", "355"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "年齢階層別の人数集計のみ(CSV)。個人の行はない",
    },
    # ---------------------------------------------------------------- 089
    {
        "id": "nyuin-089",
        "charset": "utf-8",
        "sender": "Atsushi Hasebe <hasebe.atsushi@hinode-sangyo.co.jp>",
        "to": ["Jonas Brenner <j.brenner@lumenix-gmbh.de>"],
        "subject": "Re: Visit to Stuttgart in December",
        "body": """Dear Jonas,

Thank you for your kind invitation. Unfortunately I have to tell you that
Ms. Haruka Tsuyuri, who was to lead our delegation, suffered a stroke
last Tuesday. She is now in the stroke unit of Sakuragi General Hospital
with weakness on her right side and some difficulty speaking, and the
doctors expect several months of rehabilitation.

We would therefore like to postpone the visit to February. I will come
myself together with Mr. Yohei Shishido.

Best regards,
Atsushi Hasebe
Hinode Sangyo Co., Ltd.

> Dear Mr. Hasebe,
> we are pleased to confirm the plant tour on 9-10 December.
> Jonas Brenner, Lumenix GmbH
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English: 社員の脳卒中・後遺症・入院先を氏名付きで海外取引先へ(返信の新しい本文)",
    },
    # ---------------------------------------------------------------- 090
    {
        "id": "nyuin-090",
        "charset": "utf-8",
        "sender": "Yohei Shishido <shishido.yohei@hinode-sangyo.co.jp>",
        "to": ["Jonas Brenner <j.brenner@lumenix-gmbh.de>"],
        "cc": ["hasebe.atsushi@hinode-sangyo.co.jp"],
        "subject": "New dates for the Stuttgart visit",
        "body": """Dear Jonas,

My name is Yohei Shishido; I will be your contact at Hinode Sangyo while
Ms. Tsuyuri is on leave. Atsushi Hasebe and I would like to propose
17-18 February for the plant tour.

Could you let us know whether these dates work for your team?
We would also appreciate the name of a hotel near your plant.

Kind regards,
Yohei Shishido
Sales Dept. II, Hinode Sangyo Co., Ltd.
Tel: +81-3-5412-7747
""" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English: 担当者の休暇(理由なし)と新しい日程の提案のみ",
    },
    # ---------------------------------------------------------------- 091
    {
        "id": "nyuin-091",
        "charset": "shift_jis",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["かえで社労士事務所 事務 <jimu@sr-kaede.jp>"],
        "subject": "介護休業給付金の申請（2名）",
        "body": """かえで社会保険労務士事務所
ご担当者様

お世話になっております。日の出産業の伊集院です。
介護休業給付金の支給申請をお願いしたく、2名分の情報を
Excel（97-2003形式）で添付いたします。
休業開始時賃金月額証明書は来週お送りします。
""" + SIG_JINJI,
        "attachments": [{
            "kind": "xls",
            "name": "介護休業給付_申請者.xls",
            "sheets": {"申請者": [
                ["氏名", "フリガナ", "生年月日", "個人番号", "雇用保険被保険者番号", "介護休業期間", "対象家族"],
                ["八月一日 恵", "ホヅミ メグミ", "1981/04/13", my_number(SEED + 16), "5003-618842-7", "2025/11/17-2025/12/31", "父"],
                ["新発田 隼人", "シバタ ハヤト", "1990/11/23", my_number(SEED + 17), "5003-704219-1", "2025/09/01-2025/10/15", "父"],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "旧形式XLSにマイナンバー2名分を入れて社外の社労士へ",
    },
    # ---------------------------------------------------------------- 092
    {
        "id": "nyuin-092",
        "charset": "iso-2022-jp",
        "sender": "日下部 美緒 <kusakabe.mio@hinode-sangyo.co.jp>",
        "to": ["栗原 様 <kurihara@sr-kaede.jp>"],
        "subject": "介護休暇の分割取得についてご相談",
        "body": """栗原先生

いつもお世話になっております。日の出産業 経理部の日下部です。
部下の件で、制度の運用についてご相談させてください。

経理部の躑躅森 美穂さんのお母様（躑躅森 澄子さん）が、
パーキンソン病の進行で先月から入退院を繰り返しており、
今月は誤嚥性肺炎でさくらぎ総合病院に入院されています。
躑躅森さんは一人っ子で、通院や入院の付添いを一人でされています。

介護休業（93日）は春にすでに60日取得済みで、残りを
入院のたびに分割して取ることは可能でしょうか。
また、時間単位の介護休暇との組み合わせ方についても
ご教示いただけますと助かります。

日の出産業株式会社 経理部 課長 日下部 美緒
内線 2340
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "社員の家族の病名(パーキンソン病・誤嚥性肺炎)と入院を氏名付きで社外の社労士へ",
    },
    # ---------------------------------------------------------------- 093
    {
        "id": "nyuin-093",
        "charset": "utf-8",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["医療相談室 乙黒様 <soudan@tokai-reha.or.jp>"],
        "subject": "復職支援プラン（会社案）の送付",
        "body": """東海リハビリテーション病院
医療相談室 乙黒様

お世話になっております。日の出産業の宇佐美です。
退院前カンファレンスでお話しした、会社側の復職支援プラン案を
お送りいたします。
ファイルにはパスワードを設定しております。パスワードは別途
お電話でお伝えいたします。
""" + SIG_SOUMU,
        "attachments": [{
            "kind": "zip",
            "name": "fukushoku_plan.zip",
            "password": "Tokai1203",
            "files": [
                {"kind": "docx", "name": "復職支援プラン_会社案.docx",
                 "paragraphs": ["復職支援プラン（会社案）", "対象：五百旗頭 修",
                                "第1段階：在宅勤務 週3日 1日4時間"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード付きZIP: 中身を検査できない",
    },
    # ---------------------------------------------------------------- 094
    {
        "id": "nyuin-094",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["あおい家政婦紹介所 <info@aoi-kaseifu.jp>"],
        "subject": "Re: 付添い家政婦の派遣について",
        "body": """あおい家政婦紹介所
ご担当者様

早速のご手配ありがとうございます。日の出産業の宇佐美です。
12月1日からの件、その内容でお願いいたします。
紹介手数料の請求書は、総務部宛にお送りください。

宇佐美

2025年11月26日(水) 11:08 あおい家政婦紹介所 <info@aoi-kaseifu.jp>:
> 日の出産業株式会社 宇佐美様
>
> ご依頼の件、下記の家政婦をご紹介いたします。
>   ご利用者：東海林 義昭 様（港北医科大学附属病院 血液内科 無菌室）
>   家政婦　：池端 ふみ子（看護助手経験あり）
>   時間　　：毎日 9:00〜17:00、化学療法中の身の回りのお世話
> あおい家政婦紹介所
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "利用者の病状は相手のメールの引用(>)部分だけ。新しい本文は了承と請求先",
    },
    # ---------------------------------------------------------------- 095
    {
        "id": "nyuin-095",
        "charset": "utf-8",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["港北医科大学附属病院 面会受付 <menkai@kohoku-med.ac.jp>"],
        "subject": "面会者の事前登録（血液内科 東海林様）",
        "body": """港北医科大学附属病院
面会受付 ご担当者様

日の出産業株式会社 総務部の宇佐美です。
血液内科病棟にご入院中の東海林 義昭様（弊社専務）への面会について、
無菌室のため事前登録が必要とのことでしたので、面会予定者をお知らせします。

■ 面会者1
氏名：東海林 千鶴（妻）
住所：東京都目黒区八雲3-22-9
電話：090-3361-7720

■ 面会者2
氏名：東海林 亮太（長男）
住所：神奈川県川崎市麻生区上麻生1-8-4-605
電話：080-1149-2256

■ 面会者3
氏名：栗林 英明（弊社 代表取締役）
住所：東京都港区白金台2-31-6
電話：090-5507-8813

■ 面会者4
氏名：宇佐美 千景（弊社 総務部）
住所：東京都品川区戸越4-5-17
電話：080-6021-3390

■ 面会者5
氏名：鴨下 勇人（弊社 秘書室）
住所：千葉県市川市行徳駅前2-14-3
電話：070-4418-2951

いずれも発熱等の症状がないことを当日確認のうえ伺います。
""" + SIG_SOUMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "1人1ブロックで5名の住所・電話(名簿)、加えて専務の入院(血液内科・無菌室)",
    },
    # ---------------------------------------------------------------- 096
    {
        "id": "nyuin-096",
        "charset": "shift_jis",
        "sender": "浜崎 由紀 <hamasaki.yuki@osaka.hinode-sangyo.co.jp>",
        "to": ["青葉運輸 大阪営業所 <osaka@aoba-unyu.co.jp>"],
        "subject": "単身赴任先からの荷物搬送のお見積り依頼",
        "body": """青葉運輸株式会社
大阪営業所 ご担当者様

いつもお世話になっております。日の出産業 大阪支店総務の浜崎です。
弊社社員の単身赴任先から自宅への荷物搬送について、お見積りをお願いします。

　搬出元：大阪府吹田市江坂町1-19-8 エサカハイツ402
　搬入先：岩手県北上市常盤台2-6-15
　荷物量：単身パック程度（冷蔵庫・洗濯機あり）
　希望日：12月6日（土）搬出
　搬入先のご連絡先：左右田 智子 様 0197-65-2281

料金は弊社負担で、請求書は大阪支店総務課宛にお願いいたします。
""" + SIG_OSAKA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "取引先への見積依頼。連絡先1名の氏名・住所・電話のみ(警告まで)、理由(病気)は書いていない",
    },
    # ---------------------------------------------------------------- 097
    {
        "id": "nyuin-097",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 千景 <usami.chikage@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 福祉輸送課 <fukushi@aoba-unnyu.co.jp>"],
        "subject": "退院日の車椅子対応車両の手配",
        "body": """青葉運輸株式会社
福祉輸送課 ご担当者様

お世話になっております。日の出産業 総務部の宇佐美です。
弊社社員の退院に伴い、車椅子対応車両の手配をお願いいたします。

　ご利用者：五百旗頭 修 様（５９）
　日時　　：１２月１２日（金） １１：００
　乗車　　：東海リハビリテーション病院 正面玄関
　降車　　：神奈川県茅ヶ崎市東海岸北３－１２－２０（ご自宅）
　ご家族　：五百旗頭 和子 様（０９０－４７２６－１１８３）が同乗
　ご状態　：脳梗塞の後遺症で左半身に麻痺があり、移乗に介助が必要です

よろしくお願いいたします。
""" + SIG_SOUMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "aoba-unnyu.co.jp は取引先 aoba-unyu.co.jp の類似(n 重ね)。病名・麻痺・自宅住所",
    },
    # ---------------------------------------------------------------- 098
    {
        "id": "nyuin-098",
        "charset": "utf-8",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["花ことば 法人注文 <order@hanakotoba-flower.jp>"],
        "subject": "アレンジメントのお届け依頼（11/21着）",
        "body": """花ことば 法人注文ご担当者様

いつもお世話になっております。日の出産業 営業二課の早乙女です。
下記のとおりアレンジメントのお届けをお願いいたします。

　商品　　：お見舞い用アレンジ（香りの少ないもの） 5,500円
　お届け先：みなと中央病院 ７階東病棟 ７１２号室 鬼頭 正臣 様
　　　　　　東京都港区三田5-2-10
　着日　　：11月21日（金） 午前中
　立札　　：「早くお元気になられますように　営業二課一同」

病院の規定で生花は面会受付でのお預かりとなるそうです。
ご請求は弊社営業二課宛でお願いいたします。

日の出産業株式会社 営業二課 早乙女 玲奈
TEL 03-5412-7745
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "配達に必要な範囲で病室と氏名を花屋へ: 入院の事実を要配慮と見るかは判断が分かれる(病名なし)",
    },
    # ---------------------------------------------------------------- 099
    {
        "id": "nyuin-099",
        "charset": "utf-8",
        "sender": "伊集院 透 <ijuin.toru@hinode-sangyo.co.jp>",
        "to": ["もりのき産業医事務所 矢作先生 <yahagi@morinoki-sangyoi.jp>"],
        "subject": "復職判定の意見書（様式）記入のお願い",
        "body": """矢作先生

お世話になっております。伊集院です。
来週の復職面談に向けて、人事部側の記入欄を埋めた意見書様式を
Wordでお送りします。先生のご意見欄のご記入をお願いいたします。
""" + SIG_JINJI,
        "attachments": [{
            "kind": "docx",
            "name": "復職判定意見書_鳥海.docx",
            "title": "復職判定に関する意見書",
            "paragraphs": ["復職判定に関する意見書", "（人事部記入欄）"],
            "tables": [[
                ["項目", "記入内容"],
                ["対象者", "鳥海 俊介（物流課）"],
                ["生年月日", "昭和62年5月18日"],
                ["休職事由", "交通事故による右大腿骨骨幹部骨折（観血的整復固定術）"],
                ["休職期間", "2025/10/22〜2025/11/24"],
                ["主治医の所見", "松葉杖なしで歩行可。重量物の運搬・長時間の立ち作業は3か月制限"],
                ["会社が想定する業務", "物流課 事務（出荷伝票処理）・フォークリフト作業は当面除外"],
                ["産業医意見", ""],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCXの表に社員の傷病名・手術・就業制限と生年月日(和暦)。産業医事務所も社外",
    },
    # ---------------------------------------------------------------- 100
    {
        "id": "nyuin-100",
        "charset": "iso-2022-jp",
        "sender": "鳥海 俊介 <chokai.shunsuke@hinode-sangyo.co.jp>",
        "to": ["butsuryu-all@hinode-sangyo.co.jp"],
        "cc": ["soumu@hinode-sangyo.co.jp"],
        "subject": "本日より復帰しました",
        "body": """物流課のみなさん
（cc：総務部のみなさん）

鳥海です。本日から職場に復帰しました。
入院中はお見舞いやお花、寄せ書きをありがとうございました。
総務部の皆さんには、病院や保険の手続きで大変お世話になりました。

しばらくは事務作業が中心になりますが、少しずつ取り戻していきます。
ご迷惑をおかけしますが、引き続きよろしくお願いします。

物流課 鳥海 俊介（内線 3152）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "本人から社内への復帰のあいさつ",
    },
]
