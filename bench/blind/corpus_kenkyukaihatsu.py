"""Blind corpus — area: kenkyukaihatsu (共同研究開発).

Mail of 日の出産業 研究開発本部 共同研究開発部 (厚木テクニカルセンター): joint research
contracts with universities and partner companies, lab and test-course schedules,
prototype evaluations, monitor panels and test subjects (被験者), patents with the
outside patent attorneys, and English mail with overseas labs.
"""

from build import card_number, my_number

SEED = 44001

# --- helpers ---------------------------------------------------------------------------

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    """ASCII digits and hyphens to full-width, the way some people type them."""
    return s.translate(_FW)


def mn(k: int, sep: str = "") -> str:
    n = my_number(SEED + k)
    return sep.join([n[0:4], n[4:8], n[8:12]]) if sep else n


def cc(k: int, sep: str = "") -> str:
    n = card_number(SEED + k)
    return sep.join([n[0:4], n[4:8], n[8:12], n[12:16]]) if sep else n


D = "hinode-sangyo.co.jp"
TC = "〒243-0021 神奈川県厚木市岡田4丁目18番7号"

SIG_SAEKI = f"""
--
日の出産業株式会社 研究開発本部
共同研究開発部 第一グループ 主任研究員
佐伯 拓海（Takumi Saeki）
{TC} 厚木テクニカルセンター
TEL: 046-228-5510（代表） / 内線 4412
E-mail: saeki.takumi@{D}
"""

SIG_ONODERA = f"""
━━━━━━━━━━━━━━━━━━━━━━━━
 日の出産業株式会社
 共同研究開発部 人間工学チーム
 小野寺 真由
 TEL 046-228-5514  FAX 046-228-5590
 {TC}
━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_IGARASHI = f"""
-----------------------------------------
日の出産業株式会社
研究開発本部 共同研究開発部 契約・知財担当
五十嵐 彩花（いがらし あやか）
〒243-0021 神奈川県厚木市岡田4-18-7
Tel 046-228-5521 / igarashi.ayaka@{D}
-----------------------------------------
"""

SIG_MITARAI = f"""
*******************************
日の出産業(株) 試作評価グループ
御手洗 健
TEL:046-228-5530 内線4630
*******************************
"""

SIG_MIYAKOSHI = f"""
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社 共同研究開発部
モニター調査担当　宮腰 陽菜（みやこし ひな）
{TC}
TEL：046-228-5516　Mail：miyakoshi.hina@{D}
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
"""

SIG_TANABE_EN = f"""
Best regards,

Kevin Tanabe
Senior Researcher, Joint R&D Department
Hinode Sangyo Co., Ltd. | Atsugi Technical Center
4-18-7 Okada, Atsugi, Kanagawa 243-0021, Japan
Tel: +81-46-228-5525 | kevin.tanabe@{D}
"""

SIG_SHOJI = f"""
日の出産業株式会社
研究開発本部 共同研究開発部長
東海林 修
TEL 046-228-5501
"""

SIG_YAGIHASHI = f"""
----
日の出産業株式会社 共同研究開発部 第二グループ
八木橋 亮  Ryo Yagihashi
TEL 046-228-5533 / 携帯 080-5512-7730（社用）
{TC}
"""

SIG_GONDO = f"""
日の出産業株式会社　共同研究開発部　業務担当
権藤 由紀子
内線4405　gondo.yukiko@{D}
"""

SIG_ONIZUKA = f"""
─────────────────
日の出産業株式会社
共同研究開発部 第一グループ 研究員
鬼塚 翔（おにづか しょう）
TEL 046-228-5512
─────────────────
"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者までご連絡のうえ、本メールを破棄してくださいますようお願いいたします。
"""

DISC_JA2 = """
【ご注意】このメールおよび添付ファイルは、宛先として指定された方のみを対象としています。
宛先に誤りがあった場合は、内容を第三者に開示することなく直ちに削除してください。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender
immediately and delete it. Any unauthorised use or disclosure is prohibited.
"""

HOKURYO = "hokuryo-u.ac.jp"          # 北稜大学 (joint research, materials)
MUSASHI = "musashinodai-tech.ac.jp"  # 武蔵野台工業大学 人間工学研究室 (test subjects)
KAWADEN = "kawasaki-denki.co.jp"     # 川崎電機 (partner: battery / sensor module)
TSUBASA = "tsubasa-system.jp"        # ツバサシステム (partner: analysis software)
ASAHINA = "asahina-pat.jp"           # 朝比奈国際特許事務所
RPJ = "rpj-research.co.jp"           # リサーチパネル・ジャパン (monitor panels)
HTL = "humantest-lab.co.jp"          # ヒューマンテスト・ラボ (subject recruitment)
KPS = "kps-center.or.jp"             # 関東製品安全試験センター
SHINKO = "sangyo-shinko.or.jp"       # 産業技術振興財団 (grants)
NORDVIK = "nordvik-sensorlab.se"
ELDEN = "eip-eldenburg.de"
KESTREL = "kestrel-materials.com"

MESSAGES: list[dict] = []

# --- 001-020 ---------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "kenkyukaihatsu-001",
        "charset": "iso-2022-jp",
        "sender": f"佐伯 拓海 <saeki.takumi@{D}>",
        "to": [f"kyodo-kenkyu-g1@{D}"],
        "cc": [f"shoji.osamu@{D}"],
        "subject": "来週の恒温恒湿室・評価機器の予約状況（10/19〜10/23）",
        "body": f"""第一グループの皆さん

お疲れさまです。佐伯です。
来週の恒温恒湿室と評価機器の予約状況をまとめました。
重複しているところがあるので、該当者は今日中に調整をお願いします。

日付     機器                 時間帯        予約者      内線
-------------------------------------------------------------------
10/19(月) 恒温恒湿室A            9:00-17:00   鬼塚        4418
10/20(火) 熱伝導率測定装置 TCi    13:00-17:00  小野寺      4421
10/20(火) 熱伝導率測定装置 TCi    15:00-17:00  佐伯        4412   ←重複
10/21(水) 恒温恒湿室B            終日         御手洗      4630
10/22(木) DSC（示差走査熱量計）   10:00-12:00  八木橋      4433
10/23(金) 恒温恒湿室A            9:00-12:00   鬼塚        4418

・恒温恒湿室Bは21日夜から川崎電機さんのセル長期試験で占有になります。
・DSCの窒素ボンベは残量少なめです。使う前に確認してください。

以上、よろしくお願いします。
{SIG_SAEKI}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal-only lab booking table (staff names with extension numbers); all recipients internal",
    },
    {
        "id": "kenkyukaihatsu-002",
        "charset": "iso-2022-jp",
        "sender": f"五十嵐 彩花 <igarashi.ayaka@{D}>",
        "to": [f"篠宮 誠一 先生 <shinomiya.seiichi@eng.{HOKURYO}>"],
        "cc": [f"sangaku-renkei@office.{HOKURYO}", f"saeki.takumi@{D}"],
        "subject": "共同研究契約書（案）第3版の送付について／蓄熱シート共同研究",
        "body": f"""北稜大学 大学院工学研究科
篠宮 誠一 先生

（cc：産学連携推進室 ご担当者様）

いつも大変お世話になっております。
日の出産業 共同研究開発部の五十嵐でございます。

「次世代蓄熱シートの相変化材料に関する共同研究」の契約書案につきまして、
先日の産学連携推進室様からのコメントを反映した第3版をお送りいたします。

主な修正点は以下のとおりです。
　1. 第8条（秘密保持）：秘密保持期間を「契約終了後5年」から「契約終了後3年」に変更
　2. 第11条（成果の公表）：学会発表前の事前通知期間を60日から45日に短縮
　3. 第14条（知的財産権の帰属）：共同出願時の持分を発明への寄与度に応じて協議する旨を追記

なお、学生の方が研究に参加される場合の機密保持の取扱いについては、
大学様の書式（誓約書）をご利用いただく形で問題ございません。
別途、秘密保持契約（NDA）を締結し直す必要はないとの理解でおりますが、
相違がございましたらご指摘ください。

ご確認のほど、何卒よろしくお願い申し上げます。
{SIG_IGARASHI}{DISC_JA}""",
        "attachments": [
            {
                "kind": "docx",
                "name": "共同研究契約書（案）_v3_北稜大学.docx",
                "title": "共同研究契約書（案）",
                "paragraphs": [
                    "共同研究契約書（案）",
                    "国立大学法人北稜大学（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
                    "次のとおり共同研究契約を締結する。",
                    "第1条（目的） 本契約は、次世代蓄熱シートの相変化材料に関する共同研究（以下「本研究」という。）の実施に関し必要な事項を定める。",
                    "第5条（研究経費） 乙は、本研究に要する経費として金3,300,000円（消費税込）を甲に支払う。",
                    "第8条（秘密保持） 甲及び乙は、本研究に関して相手方から開示された技術上及び営業上の情報のうち、"
                    "秘密である旨を明示されたものを、契約終了後3年間、第三者に開示してはならない。",
                    "第11条（成果の公表） 甲又は乙は、本研究の成果を公表しようとするときは、公表の45日前までに相手方に通知する。",
                    "第14条（知的財産権の帰属） 本研究により甲乙共同で生じた発明は甲乙の共有とし、持分は寄与度に応じて協議の上定める。",
                ],
                "tables": [[["項目", "甲", "乙"],
                            ["研究担当者", "大学院工学研究科 教授", "共同研究開発部 主任研究員"],
                            ["研究場所", "北稜大学 工学部3号館", "日の出産業 厚木テクニカルセンター"],
                            ["研究期間", "令和8年11月1日〜令和10年3月31日", "同左"]]],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract draft with a university; NDA / 秘密保持 clauses and 機密 only mentioned, plus the standard disclaimer",
    },
    {
        "id": "kenkyukaihatsu-003",
        "charset": "cp932",
        "sender": f"宮腰 陽菜 <miyakoshi.hina@{D}>",
        "to": [f"日比野 様 <hibino.k@{RPJ}>"],
        "subject": "座面クッション家庭内モニター　候補者リスト送付の件",
        "body": f"""株式会社リサーチパネル・ジャパン
日比野様

お世話になっております。日の出産業の宮腰です。

座面クッション試作品（HC-27）の家庭内使用モニターにつきまして、
当社の過去モニター登録者から候補者を12名抽出いたしましたので、
CSVでお送りします。
御社パネルからの追加募集分（18名）と合わせ、計30名での実施を想定しております。

発送は11月第2週を予定しておりますので、住所の確認と事前連絡を
御社側でお願いできますと幸いです。

よろしくお願いいたします。
{SIG_MIYAKOSHI}""",
        "attachments": [
            {
                "kind": "csv",
                "name": "HC27_モニター候補者_当社分.csv",
                "encoding": "cp932",
                "rows": [
                    ["管理ID", "氏名", "フリガナ", "性別", "生年月日", "電話番号", "メールアドレス", "住所"],
                    ["M-0412", "相馬 ちひろ", "ソウマ チヒロ", "女", "1986/04/12", "090-4418-2207", "chihiro.soma@gmail.com", "神奈川県厚木市旭町2-14-3"],
                    ["M-0419", "桧山 信吾", "ヒヤマ シンゴ", "男", "1979/11/30", "080-3321-9054", "s.hiyama79@gmail.com", "神奈川県海老名市中央1-8-11-402"],
                    ["M-0433", "薬師寺 恵", "ヤクシジ メグミ", "女", "1992/02/03", "070-6610-1189", "megu.yakushiji@yahoo.co.jp", "東京都町田市森野4-5-16"],
                    ["M-0451", "宇佐美 大輔", "ウサミ ダイスケ", "男", "1968/07/21", "090-2275-6630", "usami.d@outlook.jp", "神奈川県座間市相模が丘3-22-7"],
                    ["M-0460", "南雲 さやか", "ナグモ サヤカ", "女", "1995/09/09", "080-9012-4476", "sayaka.nagumo@icloud.com", "神奈川県伊勢原市桜台1-3-20"],
                    ["M-0477", "國府田 透", "コウダ トオル", "男", "1983/01/17", "090-7743-0028", "t-koda@docomo.ne.jp", "神奈川県相模原市南区相模大野6-9-2"],
                    ["M-0482", "真柴 由香里", "マシバ ユカリ", "女", "1974/05/28", "080-1156-3392", "yukari.m@gmail.com", "神奈川県大和市中央林間2-17-5"],
                    ["M-0490", "乾 拓郎", "イヌイ タクロウ", "男", "1990/12/02", "070-2231-8845", "inui.takuro@yahoo.co.jp", "東京都八王子市南大沢3-1-9"],
                    ["M-0503", "蒔田 亜希", "マキタ アキ", "女", "1988/03/25", "090-3368-1170", "aki.makita@ezweb.ne.jp", "神奈川県厚木市妻田東1-20-4"],
                    ["M-0511", "東條 学", "トウジョウ マナブ", "男", "1961/08/14", "080-5547-2013", "tojo.manabu@gmail.com", "神奈川県平塚市八重咲町11-6"],
                    ["M-0526", "鮫島 玲奈", "サメジマ レナ", "女", "1998/06/19", "070-8804-6651", "rena.sameshima@outlook.jp", "神奈川県綾瀬市寺尾中2-8-30"],
                    ["M-0534", "阿久津 邦彦", "アクツ クニヒコ", "男", "1972/10/05", "090-1190-7782", "k.akutsu@softbank.ne.jp", "神奈川県厚木市愛甲西1-4-15"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "12 monitor candidates' names, DOB, phones, e-mails and home addresses in a CSV to an external research company (list of people)",
    },
    {
        "id": "kenkyukaihatsu-004",
        "charset": "utf-8",
        "sender": f"Kevin Tanabe <kevin.tanabe@{D}>",
        "to": [f"Ingrid Holmqvist <ingrid.holmqvist@{NORDVIK}>"],
        "subject": "Re: Video call on the humidity sensor drift results",
        "body": f"""Dear Ingrid,

Thank you for sharing the preliminary drift plots. They look very consistent with
what we saw at 85 %RH on our side.

For the video call, how about one of the following slots?

  - Tue 27 Oct, 16:00 JST (08:00 CET)
  - Wed 28 Oct, 17:00 JST (09:00 CET)
  - Fri 30 Oct, 16:30 JST (08:30 CET)

From our side Dr. Saeki and I will join. I will send a Teams link once you confirm.
If it is easier for you, we can also use your Zoom room.

Agenda (draft):
  1. Drift at 85 %RH / 60 C after 500 h - comparison of lot H-0915 and H-0922
  2. Re-calibration procedure proposal
  3. Timeline for the second sample shipment (20 pcs)

Looking forward to talking to you.
{SIG_TANABE_EN}{DISC_EN}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary English scheduling mail to one overseas lab with the standard confidentiality disclaimer",
    },
    {
        "id": "kenkyukaihatsu-005",
        "charset": "iso-2022-jp",
        "sender": f"小野寺 真由 <onodera.mayu@{D}>",
        "to": ["ryosuke.kamimura88@gmail.com"],
        "subject": "【日の出産業】着座評価試験 ご来所日時のご確認",
        "body": f"""上村 亮介 様

このたびは着座評価試験へのご協力をお引き受けいただき、誠にありがとうございます。
日の出産業株式会社 共同研究開発部の小野寺でございます。

ご来所の日時と場所をご案内いたします。

　日時：11月6日（金）13:30〜15:30（受付 13:15〜）
　場所：日の出産業株式会社 厚木テクニカルセンター 2号館1階 受付
　　　　（本厚木駅北口より神奈中バス「岡田四丁目」下車 徒歩3分）

当日は、動きやすい服装でお越しください。
試験では約60分間、試作チェアに座って簡単なPC作業をしていただき、
その前後にアンケートにご回答いただきます。
謝礼（QUOカード 5,000円分）は当日お渡しいたします。

ご都合が悪くなった場合は、前日までに本メールへご返信いただくか、
下記までお電話をお願いいたします。
{SIG_ONODERA}""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "appointment confirmation to one private test subject on free mail; only his own name and the company address",
    },
    {
        "id": "kenkyukaihatsu-006",
        "charset": "cp932",
        "sender": f"権藤 由紀子 <gondo.yukiko@{D}>",
        "to": [f"支払調書ご担当 <shiharai@as-higashi.co.jp>"],
        "subject": "技術指導謝金の支払調書作成について（大河内先生分）",
        "body": f"""株式会社アカウントサポート東日本
支払調書ご担当者様

いつもお世話になっております。日の出産業 共同研究開発部の権藤です。

今年度、技術指導をお願いしております外部有識者の先生について、
報酬・料金の支払調書作成に必要な情報をお送りします。

　氏名　　：大河内 正臣（おおこうち まさおみ）
　住所　　：東京都世田谷区桜新町2丁目31番8号
　個人番号：{mn(1, ' ')}
　支払内容：技術指導謝金（4月〜9月分 計6回）
　支払金額：360,000円（源泉徴収税額 36,756円）

番号確認書類（通知カードの写し）は別途郵送いたします。
お手数ですがよろしくお願いいたします。

{SIG_GONDO}""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an outside adviser's My Number with name and home address to an external accounting contractor",
    },
    {
        "id": "kenkyukaihatsu-007",
        "charset": "iso-2022-jp",
        "sender": f"宮腰 陽菜 <miyakoshi.hina@{D}>",
        "to": [f"沢渡 様（経理部） <sawatari.nobuko@{D}>"],
        "subject": "被験者謝金の支払依頼（着座評価試験・10月実施分）",
        "body": f"""経理部 沢渡さん

お疲れさまです。共同研究開発部の宮腰です。
10月に実施した着座評価試験（長時間着座）の被験者3名分について、
謝金の支払依頼をお送りします。
今回は1名あたりの年間支払額が5万円を超えるため、個人番号を取得しております。
番号確認・本人確認書類の写しは、本日社内便で経理部宛にお送りしました。

添付のExcelにまとめていますので、ご確認をお願いします。
（ファイルは部内の共有フォルダにも保存せず、こちらのメールのみでお送りしています）

よろしくお願いします。
宮腰
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "被験者謝金支払依頼_202610.xlsx",
                "sheets": {
                    "支払依頼": [
                        ["着座評価試験（長時間着座）被験者謝金　支払依頼", "", "", "", "", ""],
                        ["被験者ID", "氏名", "住所", "個人番号", "振込先", "金額"],
                        ["S-03", "葛城 ひとみ", "神奈川県厚木市中町3-9-1-1105", mn(2), "湘南中央銀行 本厚木支店 普通 4418207", 60000],
                        ["S-08", "鷲尾 隆之", "神奈川県海老名市国分南2-5-18", mn(3), "みどり銀行 海老名支店 普通 2093316", 60000],
                        ["S-11", "早乙女 菫", "東京都町田市鶴間8-14-2", mn(4), "ゆうちょ銀行 〇二八店 普通 7781042", 60000],
                    ],
                    "備考": [["支払予定日", "2026/11/25"], ["予算科目", "研究開発費／被験者謝金"]],
                },
            }
        ],
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "My Numbers and bank accounts of three test subjects, but sent only to the internal accounting department",
    },
    {
        "id": "kenkyukaihatsu-008",
        "charset": "iso-2022-jp",
        "sender": f"佐伯 拓海 <saeki.takumi@{D}>",
        "to": [f"shinomiya.seiichi@eng.{HOKURYO}", f"森 一樹 様 <mori.kazuki@{KAWADEN}>"],
        "cc": [f"onizuka.sho@{D}"],
        "subject": "三者打合せのご案内（11/12 蓄熱シート×電池モジュール熱対策）",
        "body": f"""北稜大学 篠宮先生
川崎電機株式会社 森様

お世話になっております。日の出産業の佐伯です。

先日お話のありました、蓄熱シートを電池モジュールの熱対策に適用する件について、
三者での打合せを下記のとおり設定させていただきました。

■日時：11月12日（木）14:00〜16:00
■場所：北稜大学 工学部3号館 321会議室（オンライン併用）
■議題：
　(1) 蓄熱シート試作品（PCM含有率 35%／45%）の評価結果共有　… 日の出産業
　(2) モジュール内温度分布のシミュレーション結果　　　　　　 … 川崎電機様
　(3) 相変化温度の最適化方針について　　　　　　　　　　　 … 北稜大学様
　(4) 次回試作の仕様と日程

オンライン参加用のURLは前日までにお送りします。
ご都合が悪い場合はお知らせください。
{SIG_SAEKI}""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way meeting mail: one university and one partner company in To (two external organisations)",
    },
    {
        "id": "kenkyukaihatsu-009",
        "charset": "utf-8",
        "sender": f"東海林 修 <shoji.osamu@{D}>",
        "to": [
            f"shinomiya.seiichi@eng.{HOKURYO}",
            f"kuga.hiroko@{MUSASHI}",
            f"mori.kazuki@{KAWADEN}",
            f"ichinose.ren@{TSUBASA}",
        ],
        "cc": [f"saeki.takumi@{D}", f"onodera.mayu@{D}"],
        "subject": "「快適オフィス空間コンソーシアム」キックオフ会合のご案内",
        "body": f"""関係各位

平素より大変お世話になっております。
日の出産業 共同研究開発部の東海林でございます。

このたび、産業技術振興財団の助成採択を受けまして、
「快適オフィス空間コンソーシアム」を正式に発足する運びとなりました。
つきましては、下記のとおりキックオフ会合を開催いたします。

　日時：令和8年11月20日（金）13:30〜17:00（終了後 懇親会）
　会場：日の出産業 厚木テクニカルセンター 1号館 大会議室
　内容：プロジェクト全体計画、各WGの体制と分担、知財・成果公表の取扱い

出欠を11月10日までに佐伯宛にご返信いただけますと幸いです。
何卒よろしくお願い申し上げます。

{SIG_SHOJI}""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four external organisations (two universities, two companies) all visible in To; should have been Bcc",
    },
    {
        "id": "kenkyukaihatsu-010",
        "charset": "iso-2022-jp",
        "sender": f"五十嵐 彩花 <igarashi.ayaka@{D}>",
        "to": [f"真壁 浩一 先生 <makabe@{ASAHINA}>"],
        "subject": "特願2025-118734 拒絶理由通知への対応方針（ご相談）",
        "body": f"""朝比奈国際特許事務所
弁理士 真壁 浩一 先生

いつもお世話になっております。日の出産業の五十嵐です。

標記出願（貴所整理番号 HS-25-041、当社整理番号 P2025-017）につきまして、
10月2日付の拒絶理由通知を拝受しました。発明者の鬼塚・八木橋とも確認し、
下記の方針でご検討いただけますでしょうか。

・引用文献1（特開2021-045512号公報）との相違点として、
　相変化材料のマイクロカプセル径（請求項3）を請求項1に繰り入れる。
・引用文献2（US 2019/0301877 A1）については、積層順序が異なる点を意見書で主張。
・応答期限は12月2日ですので、11月16日頃までに補正案をいただけますと幸いです。

実験データ（比較例4〜6）が必要な場合は、鬼塚より別途お送りします。
よろしくお願いいたします。
{SIG_IGARASHI}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "patent prosecution mail: application and publication numbers are not personal data; inventors named without any data",
    },
]

# a small generator for the long internal lists (fictional people)
_SEI = ["浅倉", "伊吹", "臼井", "江頭", "大庭", "加賀谷", "木暮", "久保寺", "小宮山", "榊",
        "塩見", "菅沼", "瀬川", "高階", "千早", "堤", "十河", "中曽根", "新見", "沼尻",
        "野々村", "羽鳥", "樋渡", "藤森", "帆足", "真鍋", "三雲", "六車", "目黒", "湯浅"]
_MEI = ["葵", "晃", "彩乃", "勇気", "一平", "恵理", "和真", "佳織", "健太", "小夜子",
        "聡", "静香", "駿", "智美", "大和", "千尋", "翼", "友香", "直樹", "菜摘",
        "昇", "遥", "浩二", "真琴", "雅人", "美咲", "恭平", "由紀", "陽介", "礼子"]
_TOWN = ["厚木市旭町", "厚木市妻田北", "海老名市上郷", "座間市栗原", "伊勢原市板戸", "相模原市中央区淵野辺",
         "大和市深見台", "綾瀬市早川", "平塚市真土", "愛甲郡愛川町中津"]


def _panel_rows(n: int, start: int) -> list[list]:
    rows = []
    for i in range(n):
        j = (i * 7 + start) % 30
        y = 1958 + (i * 13 + start) % 42
        rows.append([
            f"P-{start + i:04d}",
            f"{_SEI[j]} {_MEI[(j + 11) % 30]}",
            "男" if (i + start) % 2 else "女",
            f"{y}/{(i % 12) + 1:02d}/{(i * 3 % 27) + 1:02d}",
            f"0{[90, 80, 70][i % 3]}-{(4100 + i * 37 + start) % 9000 + 1000}-{(2200 + i * 613) % 9000 + 1000}",
            f"panel{start + i}@{['gmail.com', 'yahoo.co.jp', 'outlook.jp', 'icloud.com'][i % 4]}",
            f"神奈川県{_TOWN[i % 10]}{(i % 5) + 1}-{(i * 3) % 20 + 1}-{(i * 7) % 15 + 1}",
        ])
    return rows


MESSAGES += [
    {
        "id": "kenkyukaihatsu-011",
        "charset": "iso-2022-jp",
        "sender": f"五十嵐 彩花 <igarashi.ayaka@{D}>",
        "to": [f"makabe@{ASAHINA}"],
        "cc": [f"jimu@{ASAHINA}"],
        "subject": "新規出願（蓄熱シート積層構造）発明者情報のご連絡",
        "body": f"""朝比奈国際特許事務所
真壁先生、事務ご担当者様

お世話になっております。日の出産業の五十嵐です。
先日ご依頼しました新規出願（当社整理番号 P2026-009）について、
願書に記載する発明者の氏名・住所をお送りします。
北稜大学との共同出願となるため、大学側の発明者も含めております。

【発明者１】
　氏名：鬼塚 翔
　住所：神奈川県厚木市林２丁目１１番５号　コーポ林３０２

【発明者２】
　氏名：佐伯 拓海
　住所：神奈川県海老名市さつき町１８番地４

【発明者３】
　氏名：八木橋 亮
　住所：神奈川県伊勢原市桜台４丁目７番２２号

【発明者４】
　氏名：篠宮 誠一（北稜大学）
　住所：宮城県仙台市青葉区川平３丁目２５番１０号

【発明者５】
　氏名：李 雪華（北稜大学）
　住所：宮城県仙台市太白区長町５丁目３番８号　ルミエール長町５０６

出願人は当社と国立大学法人北稜大学の2者、持分は各1/2です。
ご不明点がございましたらご連絡ください。
{SIG_IGARASHI}""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five inventors' names with home addresses (one block each) sent to an outside patent firm: a list of five people",
    },
    {
        "id": "kenkyukaihatsu-012",
        "charset": "utf-8",
        "sender": f"五十嵐 彩花 <igarashi.ayaka@{D}>",
        "to": [f"知財部 牧野 様 <makino.y@{KAWADEN}>"],
        "subject": "共同出願に係る発明者一覧の確認のお願い（モジュール放熱構造）",
        "body": f"""川崎電機株式会社 知的財産部
牧野様

いつもお世話になっております。日の出産業の五十嵐です。

電池モジュール放熱構造の共同出願につきまして、発明者一覧を作成しました。
御社の発明者（森様）の住所は、前回の共同出願時にいただいたものを記載しています。
転居等で変更がないかご確認いただけますでしょうか。

出願日は11月末を目標としております。よろしくお願いいたします。

{SIG_IGARASHI}""",
        "attachments": [
            {
                "kind": "docx",
                "name": "発明者一覧_放熱構造_共同出願.docx",
                "paragraphs": ["共同出願 発明者一覧（案）", "当社整理番号：P2026-013　川崎電機様整理番号：KD-IP-2026-077"],
                "tables": [[
                    ["No.", "所属", "氏名", "住所"],
                    ["1", "日の出産業株式会社", "佐伯 拓海", "神奈川県海老名市さつき町18番地4"],
                    ["2", "日の出産業株式会社", "御手洗 健", "神奈川県厚木市下荻野1120番地7"],
                    ["3", "川崎電機株式会社", "森 一樹", "神奈川県川崎市中原区今井南町22番3号"],
                ]],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three inventors' home addresses to the co-applicant partner: fewer than five people, may be warned",
    },
    {
        "id": "kenkyukaihatsu-013",
        "charset": "iso-2022-jp",
        "sender": f"小野寺 真由 <onodera.mayu@{D}>",
        "to": [f"久我 紘子 先生 <kuga.hiroko@{MUSASHI}>"],
        "subject": "本日の着座試験における被験者の体調不良について（ご報告）",
        "body": f"""武蔵野台工業大学 人間工学研究室
久我先生

お世話になっております。日の出産業の小野寺です。
本日午後の着座評価試験で、被験者の方が体調不良を訴えられたため、
取り急ぎご報告いたします。

・被験者：No.7 皆川 拓真 様（22歳、貴研究室経由でご応募の学生さん）
・状況：試験開始から約40分後、PC作業中にめまいと手のしびれを訴え、試験を中止。
　　　　15分ほど休憩室で休まれた後、回復されご自身で帰宅されました。
・ご本人より：てんかんの既往があり、現在も抗てんかん薬を服用中とのこと。
　　　　　　　事前の健康調査票では「該当なし」とされていたそうです。

倫理審査委員会への報告が必要かどうか、ご判断をいただけますでしょうか。
また、今後のスクリーニング項目の見直しについてもご相談させてください。
{SIG_ONODERA}""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named test subject's epilepsy history and medication sent to a university (要配慮個人情報 of one person)",
    },
    {
        "id": "kenkyukaihatsu-014",
        "charset": "iso-2022-jp",
        "sender": f"小野寺 真由 <onodera.mayu@{D}>",
        "to": [f"kuga.hiroko@{MUSASHI}"],
        "subject": "Re: 11月の被験者スケジュール（確定版）",
        "body": f"""久我先生

ご連絡ありがとうございます。小野寺です。
確定版のスケジュール、承知いたしました。
11/18の午後枠は当社側の実験室も空いておりますので、この日程で進めます。
当日の受付は、前回同様2号館1階でお願いいたします。

{SIG_ONODERA}
> 小野寺様
>
> お世話になっております。久我です。
> 11月の被験者スケジュールが確定しましたのでお送りします。
>
> 日付    時間         被験者  氏名          連絡先
> 11/16   10:00-12:00  No.11   宍戸 航       090-3471-2260
> 11/16   13:30-15:30  No.12   嵯峨 美月     080-6620-0917
> 11/17   10:00-12:00  No.13   芦田 蓮       070-4108-5532
> 11/17   13:30-15:30  No.14   栗栖 ひなの   090-8854-1043
> 11/18   10:00-12:00  No.15   蜂谷 悠斗     080-2297-6681
> 11/18   13:30-15:30  No.16   粟野 しおり   070-5536-2209
>
> 急な欠席があった場合は、研究室の院生（担当：丹羽）から直接ご連絡します。
> よろしくお願いいたします。
>
> 久我 紘子
> 武蔵野台工業大学 工学部 機械システム工学科 人間工学研究室
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the subject list with phones is only quoted (>) from the professor's own mail; the new text carries nothing",
    },
    {
        "id": "kenkyukaihatsu-015",
        "charset": "cp932",
        "sender": f"鬼塚 翔 <onizuka.sho@{D}>",
        "to": [f"李 雪華 先生 <li.xuehua@eng.{HOKURYO}>"],
        "subject": "PCM含有シート DSC測定データ送付",
        "body": f"""北稜大学 李先生

お世話になっております。日の出産業の鬼塚です。

先日ご依頼いただいたPCM含有シート（ロット 0918A〜0918F）の
DSC測定データと熱サイクル試験の途中結果をお送りします。
社内規程により、添付ファイルはパスワード付きZIPとしております。
パスワードは別メールにてお送りします。

ご確認よろしくお願いいたします。
{SIG_ONIZUKA}""",
        "attachments": [
            {
                "kind": "zip",
                "name": "DSC_data_0918.zip",
                "password": "Hn0918#dsc",
                "files": [
                    {"kind": "csv", "name": "DSC_0918A.csv", "encoding": "utf-8",
                     "rows": [["temp_C", "heat_flow_mW"], [20, 0.12], [25, 0.35], [28, 4.81], [31, 0.44]]},
                    {"kind": "xlsx", "name": "熱サイクル_途中結果.xlsx",
                     "sheets": {"cycle": [["サイクル", "潜熱(J/g)"], [0, 182.4], [100, 180.9], [300, 178.2]]}},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to a university: the attachment cannot be inspected",
    },
    {
        "id": "kenkyukaihatsu-016",
        "charset": "cp932",
        "sender": f"鬼塚 翔 <onizuka.sho@{D}>",
        "to": [f"li.xuehua@eng.{HOKURYO}"],
        "subject": "【パスワード】PCM含有シート DSC測定データ送付",
        "body": """李先生

先ほどお送りしたファイルのパスワードをお知らせします。

　DSC_data_0918.zip
　パスワード：Hn0918#dsc

なお、12月からは社内のファイル共有サービス（リンク共有）に切り替わる予定です。
切り替え後は、ダウンロード用URLのみをお送りする形になります。

鬼塚
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the follow-up mail with only the ZIP password; no attachment, no personal data",
    },
    {
        "id": "kenkyukaihatsu-017",
        "charset": "iso-2022-jp",
        "sender": f"御手洗 健 <mitarai.ken@{D}>",
        "to": [f"mori.kazuki@{KAWADEN}"],
        "cc": [f"saeki.takumi@{D}"],
        "subject": "試作セル放熱評価 報告書（第2回）送付",
        "body": f"""川崎電機株式会社
森様

お世話になっております。日の出産業 試作評価グループの御手洗です。

第2回の試作セル放熱評価の報告書がまとまりましたので、PDFでお送りします。
45℃環境・2C放電時の最高温度は、蓄熱シートなしに対して 6.8℃ 低減しました。
詳細は報告書4ページ目をご覧ください。

次回の評価条件については、来週の定例でご相談させてください。
{SIG_MITARAI}""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "試作セル放熱評価報告書_第2回.pdf",
                "title": "試作セル放熱評価報告書（第2回）",
                "page_header": "社外秘　日の出産業株式会社",
                "page_footer": "社外秘 － 複製・転載禁止",
                "lines": [
                    "試作セル放熱評価報告書（第2回）",
                    "日の出産業株式会社 共同研究開発部 試作評価グループ",
                    "1. 目的：蓄熱シート（PCM 45%）による電池セル温度上昇の抑制効果を確認する。",
                    "2. 試験条件：環境温度45℃、2C定電流放電、セル間隔2mm。",
                    "3. 結果：最高温度 シートなし 61.3℃ / シートあり 54.5℃（差 6.8℃）。",
                    "4. 考察：相変化温度付近での温度停滞が約12分継続した。",
                ],
                "table": [["条件", "最高温度(℃)", "到達時間(分)"], ["シートなし", "61.3", "18"], ["PCM35%", "56.9", "22"], ["PCM45%", "54.5", "25"]],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF report stamped 社外秘 in its header and footer sent to an external partner",
    },
    {
        "id": "kenkyukaihatsu-018",
        "charset": "utf-8",
        "sender": f"八木橋 亮 <yagihashi.ryo@{D}>",
        "to": [f"一ノ瀬 様 <ichinose.ren@{TSUBASA}>"],
        "subject": "データ収録システム構成のご相談（測定機器一覧）",
        "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>株式会社ツバサシステム<br>一ノ瀬様</p>
<p>お世話になっております。日の出産業の八木橋です。<br>
先日ご相談したデータ収録システムの件、接続予定の測定機器を一覧にしました。<br>
各機器の通信方式に対応できるか、ご確認いただけますでしょうか。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No.</th><th>機器</th><th>メーカー・型式</th><th>通信</th><th>台数</th></tr>
<tr><td>1</td><td>データロガー</td><td>東陽計測 TL-840</td><td>LAN (Modbus/TCP)</td><td>2</td></tr>
<tr><td>2</td><td>熱流センサー</td><td>サーモフロー HF-22</td><td>アナログ 0-10V</td><td>8</td></tr>
<tr><td>3</td><td>恒温恒湿槽</td><td>アツギ環境機器 SH-641</td><td>RS-485</td><td>2</td></tr>
<tr><td>4</td><td>圧力分布センサー</td><td>ニッタ精工 PS-SEAT40</td><td>USB</td><td>1</td></tr>
<tr><td>5</td><td>赤外線カメラ</td><td>光波電子 IR-960</td><td>GigE Vision</td><td>1</td></tr>
</table>
<p>予算は概算で 480万円（税別）を見込んでおります。<br>来週中に一度お打合せできれば幸いです。</p>
<p>--<br>日の出産業株式会社 共同研究開発部 第二グループ<br>八木橋 亮<br>TEL 046-228-5533</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only mail with a table of instruments and models (products, not people) to a partner",
    },
    {
        "id": "kenkyukaihatsu-019",
        "charset": "iso-2022-jp",
        "sender": f"佐伯 拓海 <saeki.takumi@{D}>",
        "to": [f"森 一樹 様 <mori.kazuki@kawasaki-denki.jp>"],
        "subject": "第7回 定例会議 議事録（10/14）",
        "body": f"""川崎電機株式会社
森様

お世話になっております。日の出産業の佐伯です。
10月14日の第7回定例会議の議事録をお送りします。

1. 試作セル放熱評価（第2回）の結果共有 … 日の出産業
   ・PCM45%品で最高温度6.8℃低減を確認。
2. モジュール筐体の設計変更 … 川崎電機様
   ・シート厚みを2.0mm→1.5mmとした場合の組付け性を検討中。
3. 次回試作
   ・11月下旬に第3ロット（20枚）を出荷予定。

【宿題事項】
 ・筐体内の空隙寸法の提示（川崎電機様、10/28まで）
 ・PCM含有率50%品の試作可否の確認（日の出産業、10/28まで）

修正等ございましたら、ご指摘ください。
{SIG_SAEKI}""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain kawasaki-denki.jp is a look-alike of partner kawasaki-denki.co.jp (dropped co.)",
    },
    {
        "id": "kenkyukaihatsu-020",
        "charset": "utf-8",
        "sender": f"宮腰 陽菜 <miyakoshi.hina@{D}>",
        "to": [f"onodera.mayu@{D}", f"yagihashi.ryo@{D}"],
        "subject": "モニターパネル登録者一覧（集計用・30名分）",
        "body": """小野寺さん、八木橋さん

お疲れさまです。宮腰です。
来期のクッション評価に向けて、当社モニターパネル登録者のうち
神奈川県在住の30名を抽出しました。年代・性別の偏りの確認にお使いください。
社外には出さないでください（リサーチ会社には別途、必要な項目だけ渡します）。

宮腰
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "モニター登録者_神奈川_30名.xlsx",
                "sheets": {
                    "一覧": [["モニターパネル登録者（神奈川県在住）", "", "", "", "", "", ""],
                             ["ID", "氏名", "性別", "生年月日", "電話", "メール", "住所"]] + _panel_rows(30, 1201),
                    "集計": [["年代", "男", "女"], ["20代", 3, 4], ["30代", 4, 3], ["40代", 3, 4], ["50代以上", 5, 4]],
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": [],
        "note": "30-person monitor list, but both recipients are internal",
    },
]

# --- 021-040 ---------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "kenkyukaihatsu-021",
        "charset": "utf-8",
        "sender": f"Kevin Tanabe <kevin.tanabe@{D}>",
        "to": [f"Visitor Office <visitors@{NORDVIK}>"],
        "cc": [f"ingrid.holmqvist@{NORDVIK}"],
        "subject": "Site visit registration - Hinode Sangyo, 9-10 December",
        "body": f"""Dear Visitor Office,

As discussed with Dr. Holmqvist, two engineers from Hinode Sangyo will visit your
clean-room facility on 9-10 December to attend the sensor drift re-test.
Please find below the details requested in your registration form.

1) Full name (as in passport): SAEKI Takumi
   Date of birth: 14 March 1987
   Nationality: Japan
   Passport No.: TK4471820  (expiry: 2031-05-22)

2) Full name (as in passport): ONIZUKA Sho
   Date of birth: 2 August 1993
   Nationality: Japan
   Passport No.: TR8830156  (expiry: 2029-11-08)

Arrival: 9 Dec, 09:30 at the main reception. No hazardous material will be carried.
Please let me know if anything else is needed for the access badges.
{SIG_TANABE_EN}""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "two employees' passport numbers with dates of birth sent to an overseas lab (identity documents)",
    },
    {
        "id": "kenkyukaihatsu-022",
        "charset": "utf-8",
        "sender": f"Kevin Tanabe <kevin.tanabe@{D}>",
        "to": [f"Marcus Whitfield <m.whitfield@{KESTREL}>"],
        "subject": "Shipment of PCM sheet samples (Lot H-1003) - tracking",
        "body": f"""Hi Marcus,

The 12 PCM sheet samples (Lot H-1003, 150 x 150 mm, t = 1.5 mm) left Narita yesterday.

  Carrier:        FedEx International Priority
  Tracking No.:   7781 2294 0653
  Commercial invoice: HS-EX-2026-0415 (no commercial value, samples for testing)
  HS code:        3920.99
  Gross weight:   3.4 kg

Estimated delivery to your Boulder lab is Thursday. The SDS and the test protocol
v1.2 are in the box as well. Please keep the samples below 25 C on arrival.

Let me know once they arrive.

Cheers,
Kevin
--
Kevin Tanabe | Hinode Sangyo Co., Ltd. | +81-46-228-5525""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "sample shipment with tracking, invoice number and HS code: numbers that are not personal data",
    },
    {
        "id": "kenkyukaihatsu-023",
        "charset": "iso-2022-jp",
        "sender": f"八木橋 亮 <yagihashi.ryo@{D}>",
        "to": [f"研究支援課 <kenkyushien@office.{HOKURYO}>"],
        "subject": "11/26 研究室見学 参加者のご連絡",
        "body": f"""北稜大学 研究支援課 御中

いつもお世話になっております。日の出産業の八木橋です。
11月26日（木）の篠宮研究室見学につきまして、当社からの参加者をご連絡します。
当日、緊急時の連絡先として携帯番号を併記しております。

  氏名          所属                       当日連絡先
  -------------------------------------------------------------
  八木橋 亮     共同研究開発部 第二G       080-5512-7730
  東海林 修     共同研究開発部長           090-6127-3384
  御手洗 健     試作評価グループ           080-2946-1175
  小野寺 真由   人間工学チーム             070-3318-6042
  鬼塚 翔       共同研究開発部 第一G       090-4485-2091

社用車1台（相模 300 さ 12-07）で伺います。駐車許可のほどよろしくお願いいたします。
{SIG_YAGIHASHI}""",
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five visitors with mobile numbers, but one row is the sender himself and the others are colleagues' day-of contacts: borderline",
    },
    {
        "id": "kenkyukaihatsu-024",
        "charset": "cp932",
        "sender": f"御手洗 健 <mitarai.ken@{D}>",
        "to": [f"試験受付 <uketsuke@{KPS}>"],
        "subject": "依頼試験申込（難燃性・UL94相当）／日の出産業株式会社",
        "body": f"""一般財団法人 関東製品安全試験センター
試験受付ご担当者様

お世話になっております。日の出産業株式会社の御手洗です。
下記のとおり依頼試験を申し込みます。申込書（PDF）は別途郵送いたします。

【申込者】
　法人名　　：日の出産業株式会社
　法人番号　：1020001084312
　所在地　　：神奈川県厚木市岡田4丁目18番7号（厚木テクニカルセンター）
　請求書送付先：同上 共同研究開発部 業務担当

【試験品】
　No.1　蓄熱シート PCM35%品　150×13mm　×10本
　No.2　蓄熱シート PCM45%品　150×13mm　×10本
　No.3　比較品（PCMなし）　　150×13mm　×5本

【試験項目】UL94 V試験相当（n=5）、酸素指数（JIS K 7201-2）
【希望納期】12月18日　成績書は和文1部

前回の受付番号は KPS-26-03317 です。
よろしくお願いいたします。
{SIG_MITARAI}""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "test application with the company's own 法人番号, business address and product specs; no personal data",
    },
    {
        "id": "kenkyukaihatsu-025",
        "charset": "utf-8",
        "sender": f"小野寺 真由 <onodera.mayu@{D}>",
        "to": [f"リクルート担当 <recruit@{HTL}>"],
        "subject": "FW: 着座試験 学内応募者リスト",
        "body": f"""株式会社ヒューマンテスト・ラボ
リクルート担当者様

お世話になっております。日の出産業の小野寺です。
武蔵野台工業大学の研究室経由で応募のあった学生6名の情報を転送します。
御社で日程調整と事前説明のご連絡をお願いできますでしょうか。

小野寺

-----Original Message-----
From: 丹羽 悠 <niwa.yu@{MUSASHI}>
Sent: Wednesday, October 21, 2026 6:12 PM
To: 小野寺 真由 <onodera.mayu@{D}>
Subject: 着座試験 学内応募者リスト

小野寺様

久我研究室 M2の丹羽です。学内で応募のあった学生をまとめました。

学籍番号  氏名          学年  携帯            メール
24M3107   三条 陽向     M1    090-5531-0284   24m3107@st.musashinodai-tech.ac.jp
23B1452   荻原 葵       B4    080-7720-4419   23b1452@st.musashinodai-tech.ac.jp
23B1468   香坂 大翔     B4    070-9013-2256   23b1468@st.musashinodai-tech.ac.jp
24B0833   水無瀬 凛     B3    090-2648-7705   24b0833@st.musashinodai-tech.ac.jp
24B0871   十文字 慧     B3    080-3109-6627   24b0871@st.musashinodai-tech.ac.jp
25B0219   鳳 ありさ     B2    070-1472-3380   25b0219@st.musashinodai-tech.ac.jp

よろしくお願いします。
丹羽
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward (FW:) of a university mail to a different external company: six students' phones and e-mails are new to the recipient",
    },
    {
        "id": "kenkyukaihatsu-026",
        "charset": "iso-2022-jp",
        "sender": f"八木橋 亮 <yagihashi.ryo@{D}>",
        "to": [f"品質保証部 樽井 様 <tarui.m@kitaguni-foods.co.jp>"],
        "subject": "抗菌包装フィルム試作品 保存試験結果（4週目）",
        "body": f"""北国フーズ株式会社 品質保証部
樽井様

いつもお世話になっております。日の出産業の八木橋です。

抗菌包装フィルム試作品（AF-03）の保存試験、4週目の結果がまとまりました。

  試料            10℃保存 一般生菌数(CFU/g)   官能評価（5点満点）
  -------------------------------------------------------------
  対照（PE）       3.2×10^5                    2.8
  AF-03（1.0%）    4.1×10^3                    4.1
  AF-03（2.0%）    1.9×10^3                    4.0

夏場の食中毒対策として期待できる結果ですが、2.0%品は透明性がやや低下しております。
次回は1.5%品を追加して6週目まで継続する予定です。

ご不明な点がございましたらお知らせください。
{SIG_YAGIHASHI}{DISC_JA2}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "test results table for a partner; 'food poisoning' only mentioned as a topic, disclaimer at the end",
    },
    {
        "id": "kenkyukaihatsu-027",
        "charset": "cp932",
        "sender": f"小野寺 真由 <onodera.mayu@{D}>",
        "to": [f"recruit@{HTL}"],
        "subject": "Re: 事前スクリーニング結果（除外者の件）",
        "body": f"""ヒューマンテスト・ラボ
野上様

お世話になっております。小野寺です。
事前スクリーニングの結果を確認しました。当社の除外基準に照らし、
以下の3名は今回の試験から除外とさせてください。
補欠の方への繰上げ連絡をお願いいたします。

　・H-214　柚木 晴香 様　…　妊娠中（16週）との申告のため
　・H-227　石動 剛 様　 …　心臓ペースメーカー装着のため（圧力センサーの電磁影響を考慮）
　・H-231　永瀬 真知子 様 …　2型糖尿病で通院中、足のしびれの症状ありとの回答

ご本人への連絡の際は、除外理由には触れず「選考の結果」とお伝えいただけますと幸いです。

小野寺
{SIG_ONODERA}
-----Original Message-----
From: 野上 <nogami@{HTL}>
Subject: 事前スクリーニング結果

小野寺様
先週実施した事前スクリーニングの回答を添付の通りお送りします。
ご確認をお願いいたします。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "new text names three candidates with pacemaker, diabetes and pregnancy to an external company (要配慮個人情報)",
    },
    {
        "id": "kenkyukaihatsu-028",
        "charset": "iso-2022-jp",
        "sender": f"五十嵐 彩花 <igarashi.ayaka@{D}>",
        "to": [f"shoji.osamu@{D}"],
        "cc": [f"chizai@{D}"],
        "subject": "【社外秘】共同研究関連 特許出願・権利化状況（10月末時点）",
        "body": f"""東海林部長

お疲れさまです。五十嵐です。
10月末時点の共同研究関連の出願・権利化状況をまとめました。
経営会議資料の別紙として使用予定です。社外秘扱いでお願いします。

整理番号    出願番号          共同出願人          状況
P2024-031   特願2024-087215   北稜大学            審査請求済・中間応答中
P2025-017   特願2025-118734   －                  拒絶理由通知（応答期限12/2）
P2025-022   特願2025-140066   川崎電機            出願公開待ち
P2026-004   PCT/JP2026/008811 Nordvik Sensor Lab  国際調査報告受領
P2026-009   （準備中）        北稜大学            発明者情報送付済
P2026-013   （準備中）        川崎電機            明細書ドラフト確認中

登録済み：特許第7412055号（蓄熱シートの製造方法）、特許第7450918号（同 積層体）
{SIG_IGARASHI}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 marking, but the mail goes only to internal addresses",
    },
    {
        "id": "kenkyukaihatsu-029",
        "charset": "cp932",
        "sender": f"鬼塚 翔 <onizuka.sho@{D}>",
        "to": [f"営業部 羽田野 様 <hatano.k@nishiki-insatsu.co.jp>"],
        "subject": "試作品表示ラベル 印刷お見積りのお願い",
        "body": f"""錦印刷株式会社
羽田野様

お世話になっております。日の出産業の鬼塚です。
試作品に貼付する表示ラベルの印刷をお願いしたく、お見積りをお願いします。

品番        サイズ        用紙               色数   数量
HL-PCM-35   60×40mm      耐熱PET（白）      2色    500枚
HL-PCM-45   60×40mm      耐熱PET（白）      2色    500枚
HL-CAU-01   30×20mm      ユポ（黄）         1色    1,000枚

・耐熱性：85℃×1000h で剥がれがないこと
・納期：11月20日（金）厚木テクニカルセンター着
・版下データは Illustrator（CS6形式）でお送りします

よろしくお願いいたします。
{SIG_ONIZUKA}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quotation request with product codes and quantities to a partner printer",
    },
    {
        "id": "kenkyukaihatsu-030",
        "charset": "iso-2022-jp",
        "sender": f"宮腰 陽菜 <miyakoshi.hina@{D}>",
        "to": [
            "chihiro.soma@gmail.com",
            "s.hiyama79@gmail.com",
            "megu.yakushiji@yahoo.co.jp",
            "usami.d@outlook.jp",
            "sayaka.nagumo@icloud.com",
            "t-koda@docomo.ne.jp",
        ],
        "subject": "【日の出産業】座面クッション モニター 第2回アンケートのお願い",
        "body": f"""モニターの皆様

いつもモニター調査にご協力いただき、ありがとうございます。
日の出産業株式会社 共同研究開発部の宮腰でございます。

座面クッション試作品をお使いいただいて2週間が経過しました。
第2回アンケート（所要時間 約10分）へのご回答をお願いいたします。

　回答URL：https://survey.hinode-sangyo.co.jp/q/hc27-2
　回答期限：11月27日（金）

ご回答いただいた方には、謝礼としてデジタルギフト500円分をお送りします。
何卒よろしくお願いいたします。
{SIG_MIYAKOSHI}""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "six private monitors (free-mail / carrier addresses) all in To, so they see each other's addresses; should be Bcc",
    },
    {
        "id": "kenkyukaihatsu-031",
        "charset": "iso-2022-jp",
        "sender": f"宮腰 陽菜 <miyakoshi.hina@{D}>",
        "to": [f"miyakoshi.hina@{D}"],
        "bcc": [
            "yukari.m@gmail.com",
            "inui.takuro@yahoo.co.jp",
            "aki.makita@ezweb.ne.jp",
            "tojo.manabu@gmail.com",
            "rena.sameshima@outlook.jp",
            "k.akutsu@softbank.ne.jp",
        ],
        "subject": "【日の出産業】クッション返送キット発送のお知らせ",
        "body": f"""モニターの皆様
（本メールはBCCにて一斉にお送りしております）

日の出産業株式会社 モニター調査担当の宮腰です。
座面クッション試作品のモニター期間が終了いたしました。ご協力ありがとうございました。

本日、試作品返送用のキット（着払い伝票・梱包袋）を発送いたしました。
お手元に届きましたら、12月11日（金）までにご返送をお願いいたします。
集荷のご依頼は、伝票記載の配送会社へお電話いただくか、コンビニからの発送も可能です。

ご不明な点は、本メールへのご返信にてお問い合わせください。
{SIG_MIYAKOSHI}""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "mass mail to monitors done properly with Bcc; only the free-mail recipient warning applies",
    },
    {
        "id": "kenkyukaihatsu-032",
        "charset": "utf-8",
        "sender": f"御手洗 健 <mitarai.ken@{D}>",
        "to": [f"mori.kazuki@{KAWADEN}"],
        "subject": "長期サイクル試験 測定データ（〜1000サイクル）",
        "body": f"""川崎電機 森様

お世話になっております。御手洗です。
長期サイクル試験の1000サイクルまでの測定データをお送りします。
セル表面温度（8ch）と容量維持率をシートごとに分けています。

ファイルが重いため、開けない場合はお知らせください。
{SIG_MITARAI}""",
        "attachments": [{"kind": "corrupt", "name": "長期サイクル試験_1000cyc.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the XLSX attachment is corrupt and cannot be inspected",
    },
    {
        "id": "kenkyukaihatsu-033",
        "charset": "utf-8",
        "sender": f"Kevin Tanabe <kevin.tanabe@{D}>",
        "to": [f"Dr. Lena Brandauer <l.brandauer@{ELDEN}>"],
        "subject": "Re: MTA draft - polymer matrix samples",
        "body": f"""Dear Dr. Brandauer,

Thank you for the quick turnaround. Our legal team (Ms. Igarashi) has reviewed
your comments and we can accept the revised Clause 6 (Confidentiality) with the
five-year term, provided that the exception for information independently
developed by the recipient stays as in Clause 6.3.

On Clause 9 (Publications), could we ask for a 45-day review period instead of
30 days? That would align the MTA with our existing joint research agreements.

If this is acceptable, we will send the signature copy via DocuSign next week.
{SIG_TANABE_EN}
On Mon, 19 Oct 2026 at 10:42, Lena Brandauer <l.brandauer@{ELDEN}> wrote:
> Dear Mr. Tanabe,
>
> please find attached our comments on the Material Transfer Agreement.
> The main points are:
>  - Clause 6: we would prefer a confidentiality term of five years;
>  - Clause 9: publications may be submitted 30 days after notice;
>  - Clause 12: German law, venue Munich.
>
> Kind regards,
> Lena Brandauer
> Eldenburg Institute of Applied Polymers
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English MTA negotiation discussing a confidentiality clause, with quoted reply; no marking, no personal data",
    },
    {
        "id": "kenkyukaihatsu-034",
        "charset": "iso-2022-jp",
        "sender": f"八木橋 亮 <yagihashi.ryo@{D}>",
        "to": [f"コース予約係 <yoyaku@tsukuba-mtc.co.jp>"],
        "subject": "12/3 テストコース利用 運転者登録について",
        "body": f"""つくばモビリティテストコース
コース予約係 御中

お世話になっております。日の出産業株式会社の八木橋です。
12月3日（木）の外周路・低μ路のご利用にあたり、運転者登録の情報をお送りします。

運転者①
　氏名：八木橋 亮
　生年月日：昭和６１年７月１５日
　運転免許証番号：３０２１１６４４７５９０
　免許の種類：普通・大型特殊

運転者②
　氏名：鬼塚 翔
　生年月日：平成５年８月２日
　運転免許証番号：４５１８０２２７３１６０
　免許の種類：普通

車両：電動アシスト台車 試作2号機（公道走行なし、構内のみ）
当日は免許証原本を持参いたします。よろしくお願いいたします。
{SIG_YAGIHASHI}""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "two drivers' licence numbers (full-width digits) with 和暦 DOB sent to an outside test course",
    },
    {
        "id": "kenkyukaihatsu-035",
        "charset": "iso-2022-jp",
        "sender": f"八木橋 亮 <yagihashi.ryo@{D}>",
        "to": [f"yoyaku@tsukuba-mtc.co.jp"],
        "subject": "Re: 12/3 テストコース利用 当日のスケジュール",
        "body": f"""コース予約係 柴崎様

ご調整ありがとうございます。八木橋です。
当日のスケジュールと持ち込み車両は以下のとおりです。

 9:00　入場・安全講習
 9:30　外周路 定速走行（試作2号機 HM-CART-02）
11:00　低μ路 ブレーキ試験
12:00　昼休憩
13:00　段差乗り越え試験（30mm / 50mm）
15:30　撤収・退場

当日の現場責任者は御手洗（試作評価グループ）です。
私が不在の時間帯は、御手洗の携帯 080-2946-1175 へご連絡ください。

よろしくお願いいたします。
{SIG_YAGIHASHI}
> 八木橋様
> 12/3の外周路・低μ路、9:00〜16:00で仮押さえいたしました。
> 当日のタイムスケジュールをお知らせください。
> つくばモビリティテストコース 柴崎
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "schedule with one colleague's mobile as the on-site contact: one person's data, may be warned",
    },
    {
        "id": "kenkyukaihatsu-036",
        "charset": "cp932",
        "sender": f"権藤 由紀子 <gondo.yukiko@{D}>",
        "to": [f"kyodo-kenkyu-all@{D}"],
        "subject": "11月の評価機器 定期点検・校正の予定（業者一覧）",
        "body": f"""部内各位

お疲れさまです。権藤です。
11月に実施する評価機器の定期点検・校正の予定と、業者の連絡先をまとめました。
点検中は機器が使用できませんので、予約の際はご注意ください。

機器              実施日      業者                      代表電話
恒温恒湿室A/B      11/9-10    アツギ環境機器(株)         046-221-7780
DSC               11/13      (株)サーモアナリティクス   03-5712-4400
熱伝導率測定装置   11/17      東陽計測(株) 校正センター  045-470-3321
引張試験機         11/24      (株)島津精機サービス       0120-31-4417

立会いが必要な日は、担当者に個別にご連絡します。

{SIG_GONDO}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal mail listing maintenance vendors with their switchboard numbers (businesses, not people)",
    },
    {
        "id": "kenkyukaihatsu-037",
        "charset": "iso-2022-jp",
        "sender": f"東海林 修 <shoji.osamu@{D}>",
        "to": [f"shinomiya.seiichi@eng.{HOKURYO}"],
        "cc": [f"saeki.takumi@{D}"],
        "subject": "【取扱注意】次期製品への適用計画について（資料送付）",
        "body": f"""篠宮先生

お世話になっております。東海林です。
先日お話しした、蓄熱シートの次期製品への適用計画の資料をお送りします。
来年度の共同研究の方向性を検討いただく際の参考にしていただければ幸いです。

{SIG_SHOJI}""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "蓄熱シート_製品適用ロードマップ_2027-2029.pptx",
                "title": "蓄熱シート 製品適用ロードマップ",
                "page_footer": "Confidential - Hinode Sangyo Co., Ltd. / 取扱注意",
                "slides": [
                    ["蓄熱シート 製品適用ロードマップ（2027-2029）", "共同研究開発部", "取扱注意"],
                    ["2027年度", "オフィスチェア座面への採用（HC-30シリーズ）", "目標コスト 1,200円/枚"],
                    ["2028年度", "車載電池モジュール（川崎電機様向け）量産試作", "年間 8万枚"],
                    ["2029年度", "住宅用床暖房パネルへの展開", "PCM相変化温度 26℃品の開発"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "取扱注意 in the subject and a 'Confidential / 取扱注意' footer on every slide, sent to a university",
    },
    {
        "id": "kenkyukaihatsu-038",
        "charset": "iso-2022-jp",
        "sender": f"鬼塚 翔 <onizuka.sho@{D}>",
        "to": [f"li.xuehua@eng.{HOKURYO}"],
        "subject": "高分子学会 秋季大会 発表スライドのご確認のお願い",
        "body": f"""李先生

お世話になっております。鬼塚です。
来月の高分子学会秋季大会での共同発表のスライド案をお送りします。
契約上、発表の45日前までに内容を相互確認することになっておりますので、
当社の機密情報（配合比や製造条件など）が含まれていないか、
念のため先生の側でもご確認いただけますと助かります。
PCMの配合比はスライド5で「非公開」と表記しております。

修正がございましたら、11月5日までにお知らせください。
{SIG_ONIZUKA}""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "高分子学会2026秋_発表スライド案.pptx",
                "slides": [
                    ["マイクロカプセル化PCMを用いた蓄熱シートの熱特性", "鬼塚翔（日の出産業）・李雪華・篠宮誠一（北稜大学）"],
                    ["背景", "オフィス環境の温熱快適性", "潜熱蓄熱材の応用"],
                    ["実験方法", "DSC測定（5℃/min）", "熱サイクル試験 1000回"],
                    ["結果", "潜熱量 178〜182 J/g を維持", "1000サイクル後の劣化 2.3%"],
                    ["材料構成", "PCM配合比：非公開", "基材：ポリオレフィン系"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "conference slides for a co-author; 機密情報 only mentioned as something to check, no marking on the file",
    },
    {
        "id": "kenkyukaihatsu-039",
        "charset": "utf-8",
        "sender": f"小野寺 真由 <onodera.mayu@{D}>",
        "to": [f"niwa.yu@{MUSASHI}"],
        "cc": [f"kuga.hiroko@{MUSASHI}"],
        "subject": "12月 着座試験（社外応募者）のスケジュール共有",
        "html": f"""<html><body>
<p>丹羽さん（cc: 久我先生）</p>
<p>お世話になっております。日の出産業の小野寺です。<br>
12月の着座試験は、ヒューマンテスト・ラボ経由の社外応募者の方で実施します。<br>
大学側で計測補助に入っていただく際の参考に、スケジュールと連絡先を共有します。<br>
当日の遅刻連絡などが大学側に入った場合にご対応いただけるよう、連絡先も載せています。</p>
<table border="1" style="border-collapse:collapse">
<tr><th>日時</th><th>No.</th><th>氏名</th><th>年齢</th><th>身長/体重</th><th>携帯電話</th></tr>
<tr><td>12/7 10:00</td><td>E-01</td><td>古賀 美穂</td><td>34</td><td>158/51</td><td>０９０－３８１４－２２７５</td></tr>
<tr><td>12/7 13:30</td><td>E-02</td><td>城之内 勝</td><td>47</td><td>172/70</td><td>０８０－６６０２－１９４８</td></tr>
<tr><td>12/8 10:00</td><td>E-03</td><td>八重樫 舞</td><td>29</td><td>163/55</td><td>０７０－１２５７－８８０３</td></tr>
<tr><td>12/8 13:30</td><td>E-04</td><td>生駒 健吾</td><td>52</td><td>168/74</td><td>０９０－７０３３－５１２６</td></tr>
<tr><td>12/9 10:00</td><td>E-05</td><td>漆原 沙織</td><td>41</td><td>155/49</td><td>０８０－４４９１－６０２７</td></tr>
<tr><td>12/9 13:30</td><td>E-06</td><td>相楽 俊介</td><td>38</td><td>176/68</td><td>０７０－８８２０－３３５４</td></tr>
<tr><td>12/10 10:00</td><td>E-07</td><td>三反田 恵</td><td>56</td><td>151/53</td><td>０９０－２１６９－４７８０</td></tr>
<tr><td>12/10 13:30</td><td>E-08</td><td>椎名 航平</td><td>25</td><td>181/77</td><td>０８０－９３０５－１４６２</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 共同研究開発部 人間工学チーム<br>小野寺 真由 / TEL 046-228-5514</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML table of eight outside test subjects with ages and mobile numbers (full-width) sent to a university",
    },
    {
        "id": "kenkyukaihatsu-040",
        "charset": "utf-8",
        "sender": f"佐伯 拓海 <saeki.takumi@{D}>",
        "to": [f"mori.kazuki@{KAWADEN}"],
        "subject": "11/20 キックオフ 宿泊先のご案内（本厚木周辺）",
        "body": f"""森様

お世話になっております。佐伯です。
11/20のキックオフ会合で前泊される方向けに、本厚木駅周辺の宿泊先をまとめました。
予約は各社でお願いしております。さくらホテル様は当社の法人契約料金が使えますので、
予約時に「日の出産業の会議参加」とお伝えください。

・さくらホテル本厚木　　　　　厚木市中町2-6-10　TEL 046-223-1180　駅徒歩2分　法人料金 9,800円
・ホテルレイクサイド厚木　　　厚木市旭町1-25-3　TEL 046-229-5500　駅徒歩4分
・ビジネスイン相模　　　　　　厚木市泉町5-18　　TEL 046-224-0031　駅徒歩6分　朝食付
・厚木グランドステイ　　　　　厚木市田村町2-11　TEL 046-296-7710　駅徒歩9分　駐車場あり

会場までは本厚木駅北口からタクシーで約15分です。
{SIG_SAEKI}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of hotels with their switchboards and addresses: businesses, not people",
    },
]

# --- 041-060 ---------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "kenkyukaihatsu-041",
        "charset": "iso-2022-jp",
        "sender": f"東海林 修 <shoji.osamu@{D}>",
        "to": ["経営企画部 早瀬 <hayase.jun@hinode-sangyou.co.jp>"],
        "subject": "研究開発テーマ中間レビュー資料（共同研究開発部分）",
        "body": f"""早瀬さん

お疲れさまです。共同研究開発部の東海林です。
来週の研究開発テーマ中間レビュー用に、当部分のサマリーをお送りします。

■テーマ別進捗（10月末）
　A. 蓄熱シート（北稜大学・川崎電機）　　　進捗 65%　予算執行 58%
　B. 姿勢センサー内蔵チェア（武蔵野台工大）進捗 40%　予算執行 44%
　C. 湿度センサー長期安定性（Nordvik）　　 進捗 30%　予算執行 25%

■論点
　・テーマAは量産試作への移行判断を来年3月に前倒ししたい
　・テーマCは先方のクリーンルーム改修で2か月遅延

詳細資料は共有フォルダの「中間レビュー2026」に置いています。
{SIG_SHOJI}""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "meant for a colleague, but addressed to hinode-sangyou.co.jp, a look-alike of the own domain (letter added)",
    },
    {
        "id": "kenkyukaihatsu-042",
        "charset": "cp932",
        "sender": f"権藤 由紀子 <gondo.yukiko@{D}>",
        "to": [f"助成事業課 <josei@{SHINKO}>"],
        "subject": "令和8年度 産業技術開発助成 中間実績報告書の提出（交付番号 R8-IT-0142）",
        "body": f"""公益財団法人 産業技術振興財団
助成事業課 御中

いつもお世話になっております。
日の出産業株式会社 共同研究開発部の権藤でございます。

標記助成事業の中間実績報告書を提出いたします。

　交付番号：R8-IT-0142
　事業名　：快適オフィス空間のための蓄熱・姿勢センシング技術の開発
　交付決定額：24,000,000円（うち上期執行額 10,372,400円）

研究実施体制（報告書 様式3 より抜粋）
　研究代表者　　東海林 修（日の出産業 共同研究開発部長）
　研究分担者　　佐伯 拓海（同 主任研究員）
　研究分担者　　小野寺 真由（同 研究員）
　共同研究者　　篠宮 誠一（北稜大学 教授）
　共同研究者　　久我 紘子（武蔵野台工業大学 准教授）
　共同研究者　　森 一樹（川崎電機 開発部）

証憑書類の写しは、別途郵送いたします。
不備等ございましたらご指摘ください。

{SIG_GONDO}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "grant report listing researchers by name and job title only (no contact data); grant numbers and amounts",
    },
    {
        "id": "kenkyukaihatsu-043",
        "charset": "cp932",
        "sender": f"権藤 由紀子 <gondo.yukiko@{D}>",
        "to": [f"josei@{SHINKO}"],
        "subject": "Re: 研究者情報の追加提出について（R8-IT-0142）",
        "body": f"""助成事業課 御担当者様

お世話になっております。日の出産業の権藤です。
ご依頼のありました当社研究者（4名）の研究者番号・生年月日等を、
様式4のExcelに記入して添付いたします。

大学の先生方の分は、各大学の研究支援部署から直接ご提出いただくと伺っております。

よろしくお願いいたします。
権藤

>> 日の出産業株式会社 権藤様
>> 研究者の重複応募確認のため、研究者番号および生年月日を様式4にてご提出ください。
""",
        "attachments": [
            {
                "kind": "xls",
                "name": "様式4_研究者情報_日の出産業.xls",
                "sheets": {
                    "様式4": [
                        ["様式4　研究者情報", "", "", "", ""],
                        ["氏名", "フリガナ", "研究者番号", "生年月日", "エフォート(%)"],
                        ["東海林 修", "ショウジ オサム", "70412287", "1969/02/11", 20],
                        ["佐伯 拓海", "サエキ タクミ", "80533164", "1987/03/14", 50],
                        ["小野寺 真由", "オノデラ マユ", "90621905", "1991/10/27", 60],
                        ["鬼塚 翔", "オニヅカ ショウ", "20758843", "1993/08/02", 40],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "four researchers' dates of birth and researcher numbers to the grant body: under five people, may be warned",
    },
    {
        "id": "kenkyukaihatsu-044",
        "charset": "iso-2022-jp",
        "sender": f"佐伯 拓海 <saeki.takumi@{D}>",
        "to": [f"shoji.osamu@{D}"],
        "subject": "Re: Re: 下期の試作費の追加申請について",
        "body": f"""東海林部長

承知しました。では追加申請は 180万円 で出します。
内訳は、PCM50%品の試作材料費 110万円、外部試験費（難燃性）70万円です。
申請書は明日午前中にワークフローに回します。

佐伯

-----Original Message-----
From: 東海林 修
Sent: Tuesday, October 20, 2026 7:05 PM
To: 佐伯 拓海
Subject: Re: 下期の試作費の追加申請について

佐伯さん
250万は通らないと思います。外部試験を1項目に絞って、200万以内で再検討してください。
東海林

-----Original Message-----
From: 佐伯 拓海
Subject: 下期の試作費の追加申請について

部長
川崎電機さんの要望でPCM50%品の試作が必要になったため、下期の試作費を250万円追加申請したいです。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal budget thread between two employees",
    },
    {
        "id": "kenkyukaihatsu-045",
        "charset": "utf-8",
        "sender": f"宮腰 陽菜 <miyakoshi.hina@{D}>",
        "to": [f"hibino.k@{RPJ}"],
        "subject": "腰部サポートクッション 使用感調査 実施仕様（案）",
        "body": f"""リサーチパネル・ジャパン
日比野様

お世話になっております。宮腰です。
次回の使用感調査の仕様案をお送りします。お見積りをお願いできますでしょうか。

【対象者条件】
　・30〜59歳の男女、デスクワーク中心（1日6時間以上）の有職者
　・日常的に腰痛や肩こりを感じている方（自己申告、通院の有無は問わない）
　・首都圏在住、自宅で2週間の試用が可能な方
【サンプル数】60名（男女各30名）
【調査方法】試用前・1週後・2週後のWebアンケート（各15問程度）
【納品物】ローデータ（個人を特定する情報を除く）、単純集計、クロス集計
【スケジュール】1月中旬発送、2月末納品

医療機器ではないため、効果効能をうたう設問にならないようご配慮ください。
{SIG_MIYAKOSHI}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "survey specification: back pain used as a recruitment criterion, not tied to any person",
    },
    {
        "id": "kenkyukaihatsu-046",
        "charset": "iso-2022-jp",
        "sender": f"佐伯 拓海 <saeki.takumi@{D}>",
        "to": [f"宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "11/20 懇親会（日の出産業）お料理のご相談",
        "body": f"""さくらホテル本厚木
宴会予約ご担当者様

お世話になっております。日の出産業の佐伯です。
11月20日（金）18:00〜の懇親会（25名、着席ビュッフェ）につきまして、
お料理のご相談です。

ご出席予定の海外からのゲスト、アフマド・ラフマン博士（マレーシア・ペナン工科大学）は
イスラム教を信仰されており、豚肉・アルコールを使用しないハラール対応のお料理が必要です。
また、同じくご出席の篠宮先生は、ご本人から甲殻類アレルギーがあると伺っております。

対応可能なメニューと追加料金をお知らせいただけますでしょうか。
{SIG_SAEKI}""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named guest's religion (and another guest's allergy) sent to a hotel: 要配慮個人情報 of identifiable people",
    },
    {
        "id": "kenkyukaihatsu-047",
        "charset": "utf-8",
        "sender": f"Kevin Tanabe <kevin.tanabe@{D}>",
        "to": [f"m.whitfield@{KESTREL}"],
        "subject": "Our visit to Kestrel Materials on 14 January - agenda and attendees",
        "body": f"""Hi Marcus,

Thanks again for hosting us in January. Here is our proposed agenda and the list
of attendees from Hinode Sangyo.

Agenda (14 Jan)
  09:30  Welcome, safety briefing
  10:00  Results of the PCM sheet tests at Kestrel (your team)
  11:30  Hinode: scale-up plan and lot-to-lot variation
  13:30  Lab tour (thermal cycling, flammability)
  15:00  Next steps and joint paper plan

Attendees
  - Osamu Shoji, General Manager, Joint R&D   osamu.shoji.work@gmail.com (while travelling)
  - Takumi Saeki, Senior Researcher           saeki.takumi@{D}
  - Kevin Tanabe, Senior Researcher           kevin.tanabe@{D}

Osamu will be travelling in the US the week before, so please use the Gmail address
above if you need to reach him then.
{SIG_TANABE_EN}""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three attendees with e-mail addresses (one private) to an overseas partner: fewer than five people, may be warned",
    },
    {
        "id": "kenkyukaihatsu-048",
        "charset": "iso-2022-jp",
        "sender": f"五十嵐 彩花 <igarashi.ayaka@{D}>",
        "to": [f"makabe@{ASAHINA}"],
        "subject": "P2026-013 明細書ドラフトへの修正コメント",
        "body": f"""真壁先生

お世話になっております。五十嵐です。
P2026-013（モジュール放熱構造）の明細書ドラフトについて、
発明者からの修正コメントを反映したPDFをお送りします。
PDFには閲覧パスワードを設定しております。パスワードはお電話でお伝えします。

よろしくお願いいたします。
{SIG_IGARASHI}""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "P2026-013_明細書ドラフト_修正コメント.pdf",
                "password": "P2026013kd",
                "lines": ["【書類名】明細書", "【発明の名称】電池モジュールの放熱構造",
                          "【技術分野】【０００１】本発明は、電池モジュールの放熱構造に関する。"],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to the patent firm: the attachment cannot be inspected",
    },
    {
        "id": "kenkyukaihatsu-049",
        "charset": "utf-8",
        "sender": f"鬼塚 翔 <onizuka.sho@{D}>",
        "to": [f"li.xuehua@eng.{HOKURYO}"],
        "subject": "熱サイクル試験 生データ（1000サイクル完了）",
        "body": f"""李先生

お世話になっております。鬼塚です。
熱サイクル試験が1000サイクルまで完了しましたので、生データをZIPでお送りします。
今回は社内のファイル共有サービスへの切替前のため、パスワードなしのZIPとしています。

・cycle_0918A〜F.csv：各ロットの潜熱量推移（100サイクルごと）
・readme.txt：測定条件

データの解釈についてはまた来週ご相談させてください。
{SIG_ONIZUKA}""",
        "attachments": [
            {
                "kind": "zip",
                "name": "熱サイクル_1000cyc_rawdata.zip",
                "files": [
                    {"kind": "csv", "name": "cycle_0918A.csv", "encoding": "utf-8",
                     "rows": [["cycle", "latent_heat_Jg", "onset_C"], [0, 182.4, 27.8], [500, 179.6, 27.9], [1000, 178.2, 28.1]]},
                    {"kind": "csv", "name": "cycle_0918F.csv", "encoding": "utf-8",
                     "rows": [["cycle", "latent_heat_Jg", "onset_C"], [0, 176.0, 27.5], [500, 172.3, 27.7], [1000, 170.9, 27.9]]},
                    {"kind": "txt", "name": "readme.txt",
                     "text": "DSC: 5 K/min, N2 50 mL/min\nCycle: 10-45 C, 30 min/cycle\nSample: 10 mg"},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain (unencrypted) ZIP of measurement CSVs to a university; no personal data",
    },
    {
        "id": "kenkyukaihatsu-050",
        "charset": "utf-8",
        "sender": f"Kevin Tanabe <kevin.tanabe@{D}>",
        "to": [f"Registration Desk <registration@itherm-conf.org>"],
        "subject": "Registration payment - ITHERM 2027, Hinode Sangyo (2 delegates)",
        "body": f"""Dear Registration Desk,

The online payment page did not accept our card twice, so as suggested by your
colleague on the phone I am sending the card details for the two registrations
below (Early Bird, Industry, USD 980 each).

  Delegates:       Takumi SAEKI, Kevin TANABE (Hinode Sangyo Co., Ltd.)
  Card holder:     KEVIN TANABE
  Card number:     {cc(10, ' ')}
  Expiry:          08/29
  Billing address: 4-18-7 Okada, Atsugi, Kanagawa 243-0021, Japan

Please send the receipt to this address. Thank you for your help.
{SIG_TANABE_EN}""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "full credit card number with holder name and expiry sent by e-mail to a conference organiser",
    },
]

MESSAGES += [
    {
        "id": "kenkyukaihatsu-051",
        "charset": "iso-2022-jp",
        "sender": f"権藤 由紀子 <gondo.yukiko@{D}>",
        "to": [f"法人デスク 西尾 様 <nishio@tb-travel.co.jp>"],
        "subject": "1月 米国出張 航空券・ホテル手配のお願い（日の出産業 2名）",
        "body": f"""株式会社トラベルブリッジ 法人デスク
西尾様

いつもお世話になっております。日の出産業の権藤です。
1月の米国出張（デンバー）について、手配をお願いいたします。

■渡航者（パスポート記載のローマ字）
　1. SHOJI OSAMU　　生年月日 1969/02/11　ANAマイレージ会員
　2. TANABE KEVIN　 生年月日 1985/06/30

■行程
　1/12（火）成田 → デンバー（ヒューストン経由可）
　1/16（土）デンバー → 成田
■ホテル：ボルダー市内 4泊（Kestrel Materials社まで車で15分以内）

お支払いは従来どおり法人カード（下4桁 ****-2290）で、請求書払いでお願いします。
パスポート番号は、お電話でお伝えいたします。
{SIG_GONDO}""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two travellers' names and dates of birth to a travel agent; card only as last four digits, passport numbers by phone",
    },
    {
        "id": "kenkyukaihatsu-052",
        "charset": "iso-2022-jp",
        "sender": f"小野寺 真由 <onodera.mayu@{D}>",
        "to": [f"総務部 入構管理 <nyuko@{KAWADEN}>"],
        "cc": [f"mori.kazuki@{KAWADEN}"],
        "subject": "入構申請（12/15 共同実験 学生立会い）",
        "body": f"""川崎電機株式会社 総務部 入構管理ご担当者様

お世話になっております。日の出産業の小野寺です。
12月15日（火）に御社 川崎事業所 第3実験棟で行う共同実験に、
武蔵野台工業大学の学生が計測補助として立ち会います。
入構申請書（当社書式）を添付いたしますので、入構証の発行をお願いいたします。

よろしくお願いいたします。
{SIG_ONODERA}""",
        "attachments": [
            {
                "kind": "docx",
                "name": "入構申請書_20261215_研究協力者.docx",
                "title": "入構申請書",
                "paragraphs": ["入構申請書（研究協力者）", "入構日：2026年12月15日（火） 8:30〜18:00",
                               "引率者：日の出産業株式会社 小野寺 真由"],
                "tables": [[
                    ["No.", "氏名", "所属", "生年月日", "携帯電話", "メールアドレス"],
                    ["1", "丹羽 悠", "武蔵野台工業大学 M2", "2001/04/19", "090-6672-1038", "niwa.yu@musashinodai-tech.ac.jp"],
                    ["2", "三条 陽向", "同 M1", "2002/12/01", "090-5531-0284", "24m3107@st.musashinodai-tech.ac.jp"],
                    ["3", "荻原 葵", "同 B4", "2003/07/08", "080-7720-4419", "23b1452@st.musashinodai-tech.ac.jp"],
                    ["4", "香坂 大翔", "同 B4", "2003/09/22", "070-9013-2256", "23b1468@st.musashinodai-tech.ac.jp"],
                    ["5", "水無瀬 凛", "同 B3", "2004/05/14", "090-2648-7705", "24b0833@st.musashinodai-tech.ac.jp"],
                    ["6", "十文字 慧", "同 B3", "2004/11/30", "080-3109-6627", "24b0871@st.musashinodai-tech.ac.jp"],
                ]],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six students with DOB, mobile and e-mail sent to a partner company (list of people)",
    },
    {
        "id": "kenkyukaihatsu-053",
        "charset": "cp932",
        "sender": f"御手洗 健 <mitarai.ken@{D}>",
        "to": [f"nyuko@{KAWADEN}"],
        "subject": "入構申請（11/26 試作セル搬入・評価立会い）",
        "body": f"""川崎電機株式会社 総務部 入構管理ご担当者様

お世話になっております。日の出産業 試作評価グループの御手洗です。
11月26日（木）の試作セル搬入と評価立会いのため、下記4名の入構をお願いします。

氏名	所属	携帯電話	車両
御手洗 健	試作評価グループ	080-2946-1175	社用車（相模 400 た 33-18）
佐伯 拓海	共同研究開発部	090-1877-4352	同乗
鬼塚 翔	共同研究開発部	070-6624-0981	同乗
真島 亜紀	試作評価グループ	080-3390-5716	同乗

搬入物：試作セルモジュール 2台（台車積載、約40kg）
御社ご担当：開発部 森様

よろしくお願いいたします。
{SIG_MITARAI}""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of four visitors with mobiles to the partner's gate office: under five people, may be warned",
    },
    {
        "id": "kenkyukaihatsu-054",
        "charset": "utf-8",
        "sender": f"八木橋 亮 <yagihashi.ryo@{D}>",
        "to": [f"ichinose.ren@{TSUBASA}"],
        "subject": "姿勢センサー データ解析仕様書 v0.9 の送付",
        "body": f"""ツバサシステム 一ノ瀬様

お世話になっております。八木橋です。
姿勢センサー内蔵チェアのデータ解析仕様書 v0.9 をお送りします。
シート「アルゴリズム」に、姿勢判定のしきい値と補正式をまとめています。
開発見積りのご参考にしてください。
{SIG_YAGIHASHI}""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "姿勢センサー_解析仕様書_v0.9.xlsx",
                "page_header": "部外秘",
                "sheets": {
                    "表紙": [["【部外秘】姿勢センサー データ解析仕様書 v0.9"], ["日の出産業株式会社 共同研究開発部"], ["作成日", "2026/10/26"]],
                    "アルゴリズム": [["項目", "しきい値", "備考"], ["前傾判定", "座圧重心 +35mm", "3秒継続"],
                                      ["後傾判定", "背圧 > 45%", ""], ["脚組み判定", "左右差 > 22%", "補正式 A-3"]],
                    "データ形式": [["ch", "内容", "周期"], [1, "座面圧 16点", "10Hz"], [2, "背面圧 8点", "10Hz"], [3, "加速度 3軸", "50Hz"]],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX classified 部外秘 (title row and page header) sent to an external software partner",
    },
    {
        "id": "kenkyukaihatsu-055",
        "charset": "utf-8",
        "sender": f"八木橋 亮 <yagihashi.ryo@{D}>",
        "to": [f"support@{TSUBASA}"],
        "cc": [f"ichinose.ren@{TSUBASA}"],
        "subject": "【不具合報告】ThermoView 3.2.1 長時間収録で記録が停止する",
        "body": f"""ツバサシステム サポート窓口 御中
（cc：一ノ瀬様）

お世話になっております。日の出産業の八木橋です。
御社の収録ソフト ThermoView で、長時間収録中に記録が停止する事象が発生しました。

・製品：ThermoView Pro 3.2.1（ライセンス番号 TV-PRO-2025-00471）
・PC：Windows 11 23H2、メモリ 32GB
・事象：72時間連続収録の開始から約49時間後に、記録が停止（エラー表示なし）
・再現性：3回中2回

アプリケーションログを添付します。ご確認のほどよろしくお願いいたします。
{SIG_YAGIHASHI}""",
        "attachments": [
            {
                "kind": "txt",
                "name": "ThermoView_app_20261022.log",
                "text": "2026-10-22 09:00:01 INFO  Acquisition started (ch=24, rate=1Hz)\n"
                        "2026-10-22 09:00:02 INFO  Logger TL-840 connected 192.168.10.41:502\n"
                        "2026-10-24 10:12:55 WARN  Buffer usage 92%\n"
                        "2026-10-24 10:13:07 ERROR WriteQueue overflow (code 0x80070070)\n"
                        "2026-10-24 10:13:07 INFO  Acquisition stopped\n",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bug report with licence number, IP address and log; no personal data",
    },
    {
        "id": "kenkyukaihatsu-056",
        "charset": "utf-8",
        "sender": f"八木橋 亮 <yagihashi.ryo@{D}>",
        "to": [f"ichinose.ren@{TSUBASA}", f"kuga.hiroko@{MUSASHI}"],
        "subject": "姿勢センサー 出力データ形式の取り決め（サンプルCSV）",
        "body": f"""ツバサシステム 一ノ瀬様
武蔵野台工業大学 久我先生

お世話になっております。八木橋です。
先日の打合せで決まった出力データ形式に基づき、サンプルCSVを作成しました。
大学側の解析スクリプトと、ツバサシステム様の収録ソフトの双方で
読み込めるかご確認いただけますでしょうか。

・文字コード：UTF-8（BOMなし）
・時刻：ISO 8601、ミリ秒まで
・被験者は番号（例：E-01）のみで記録し、氏名は記録しません

{SIG_YAGIHASHI}""",
        "attachments": [
            {
                "kind": "csv",
                "name": "posture_sample_v1.csv",
                "encoding": "utf-8",
                "rows": [
                    ["timestamp", "subject", "seat_cog_x_mm", "seat_cog_y_mm", "back_ratio", "posture"],
                    ["2026-10-27T10:00:00.000", "E-00", "2.1", "-4.8", "0.38", "neutral"],
                    ["2026-10-27T10:00:00.100", "E-00", "2.3", "-4.6", "0.38", "neutral"],
                    ["2026-10-27T10:00:00.200", "E-00", "36.8", "-1.2", "0.21", "lean_forward"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To (partner and university), sample sensor data with dummy subject code only",
    },
    {
        "id": "kenkyukaihatsu-057",
        "charset": "utf-8",
        "sender": f"Kevin Tanabe <kevin.tanabe@{D}>",
        "to": [f"ingrid.holmqvist@{NORDVIK}", f"l.brandauer@{ELDEN}", f"m.whitfield@{KESTREL}"],
        "cc": [f"shoji.osamu@{D}"],
        "subject": "Invitation: Hinode Joint Workshop on Thermal Comfort Materials (Tokyo, 4 March 2027)",
        "body": f"""Dear colleagues,

On behalf of Hinode Sangyo, it is my pleasure to invite you to our first joint
workshop with our international research partners.

  Date:   Thursday, 4 March 2027, 10:00-17:30
  Venue:  Tokyo Conference Center Shinagawa, Room 5A
  Format: 25-minute talk per partner lab, panel discussion, dinner

We will cover travel and two nights of accommodation for one speaker per lab.
Could you let me know by 15 December who will represent your lab and the
provisional title of the talk?

We very much hope you can join us.
{SIG_TANABE_EN}""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three overseas labs from three organisations all in To: should have been Bcc",
    },
    {
        "id": "kenkyukaihatsu-058",
        "charset": "utf-8",
        "sender": f"Kevin Tanabe <kevin.tanabe@{D}>",
        "to": [f"l.brandauer@{ELDEN}"],
        "cc": [f"igarashi.ayaka@{D}"],
        "subject": "Signed MTA and sample dispatch plan",
        "body": f"""Dear Dr. Brandauer,

Please find attached the MTA countersigned by our Director, Mr. Shoji.
With this, we can dispatch the polymer matrix samples next Monday.

Sample list (all non-hazardous, no export licence required):
  PM-21A  polymer matrix, PCM 35 %   10 sheets
  PM-21B  polymer matrix, PCM 45 %   10 sheets
  PM-REF  reference, no PCM           5 sheets

As agreed, the results of your DMA measurements remain subject to Clause 6 of the MTA.
{SIG_TANABE_EN}
------------------------------------------------------------------
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
or privileged information of Hinode Sangyo Co., Ltd. If you are not the intended
recipient, please delete it and notify the sender. Thank you.
------------------------------------------------------------------""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "MTA_Hinode_EIP_signed.pdf",
                "lines": ["MATERIAL TRANSFER AGREEMENT", "between Hinode Sangyo Co., Ltd. and Eldenburg Institute of Applied Polymers",
                          "Clause 6 Confidentiality: The Recipient shall keep the Results confidential for five (5) years.",
                          "Signed: Osamu Shoji, Director, Joint R&D Department, 2026-10-28"],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "signed MTA with a confidentiality clause and a 'CONFIDENTIALITY NOTICE' disclaimer footer: not a classification",
    },
    {
        "id": "kenkyukaihatsu-059",
        "charset": "utf-8",
        "sender": f"小野寺 真由 <onodera.mayu@{D}>",
        "to": [f"kuga.hiroko@{MUSASHI}"],
        "subject": "着座試験 生体データ（匿名化済み）の共有",
        "body": f"""久我先生

お世話になっております。小野寺です。
10月実施分の着座試験について、匿名化済みの生体データをお送りします。
氏名との対応表は当社で保管しており、お送りしておりません。
既往歴の欄は、事前の健康調査票の回答をコード化したものです
（0：なし、1：高血圧、2：腰椎椎間板ヘルニア、3：その他）。

解析方針は来週のミーティングでご相談させてください。
{SIG_ONODERA}""",
        "attachments": [
            {
                "kind": "csv",
                "name": "seating_bio_202610_anon.csv",
                "encoding": "utf-8",
                "rows": [
                    ["subject", "age_band", "sex", "sbp_pre", "sbp_post", "hr_pre", "hr_post", "history_code"],
                    ["A01", "30s", "F", 112, 118, 68, 74, 0],
                    ["A02", "40s", "M", 138, 145, 72, 79, 1],
                    ["A03", "20s", "M", 121, 119, 64, 66, 0],
                    ["A04", "50s", "F", 131, 136, 70, 75, 2],
                    ["A05", "40s", "F", 117, 122, 66, 71, 0],
                    ["A06", "30s", "M", 125, 128, 75, 78, 3],
                    ["A07", "50s", "M", 142, 150, 69, 77, 1],
                ],
            }
        ],
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "pseudonymised rows with blood pressure and coded medical history to the co-researcher; key kept in-house: borderline",
    },
    {
        "id": "kenkyukaihatsu-060",
        "charset": "iso-2022-jp",
        "sender": f"五十嵐 彩花 <igarashi.ayaka@{D}>",
        "to": [f"makabe@{ASAHINA}"],
        "subject": "先行技術調査結果の送付（姿勢センサー内蔵座面）",
        "body": f"""真壁先生

お世話になっております。五十嵐です。
姿勢センサー内蔵座面の出願検討にあたり、社内で先行技術調査を行いました。
関連性の高い文献を8件抽出しましたので、出願可否のご意見をいただけますでしょうか。

　No. 文献番号                出願人                      関連度
　1   特開2022-118420号       アオイ家具工業株式会社      ◎
　2   特開2023-004517号       株式会社フジ・エルゴ        ◎
　3   特許第7033812号         東邦電装株式会社            ○
　4   特開2021-190066号       ミヤビ精工株式会社          ○
　5   WO2022/145501           ErgoSense GmbH              ○
　6   US 2023/0115287 A1      Seatwise Inc.               △
　7   CN114288761A            深セン慧座科技有限公司      △
　8   特開2020-057733号       日の出産業株式会社（当社）  △

No.1とNo.2は座圧重心の算出方法が近く、当社方式との差別化が課題と考えております。
{SIG_IGARASHI}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of patent publications and applicant companies (businesses, not people)",
    },
]

# --- 061-080 ---------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "kenkyukaihatsu-061",
        "charset": "iso-2022-jp",
        "sender": f"権藤 由紀子 <gondo.yukiko@{D}>",
        "to": [f"法人営業課 <hojin@minato-hoken.co.jp>"],
        "subject": "インターンシップ生 傷害保険加入のお願い（1名）",
        "body": f"""株式会社みなと保険サービス
法人営業課 御中

いつもお世話になっております。日の出産業の権藤です。
12月1日から受け入れる北稜大学の留学生インターンについて、
インターンシップ傷害保険への加入をお願いします。

　氏名（ローマ字）：NGUYEN THI THANH HUONG
　氏名（カナ）　　：グエン ティ タイン フオン
　生年月日　　　　：2000年9月17日
　国籍　　　　　　：ベトナム
　在留カード番号　：UH40718362EA（在留資格：留学、有効期限 2028/03/31）
　受入期間　　　　：2026年12月1日〜2027年1月29日
　受入部署　　　　：共同研究開発部 第一グループ

加入手続きに必要な書類がありましたらお知らせください。
{SIG_GONDO}""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "an intern's residence card number with DOB and nationality sent to an outside insurance agent",
    },
    {
        "id": "kenkyukaihatsu-062",
        "charset": "utf-8",
        "sender": f"権藤 由紀子 <gondo.yukiko@{D}>",
        "to": [f"人事部 受入担当 <ukeire@jinji.{D}>"],
        "subject": "インターン受入（12/1〜）在留カード確認結果",
        "body": """人事部 受入担当 各位

お疲れさまです。共同研究開発部の権藤です。
12月から受け入れる留学生インターンの在留カードを確認しましたので、結果を共有します。
写しは人事部指定のフォルダに格納済みです。

・氏名：グエン ティ タイン フオン（NGUYEN THI THANH HUONG）
・生年月日：2000/09/17
・在留カード番号：UH40718362EA
・在留資格：留学（資格外活動許可あり：週28時間以内）
・在留期間満了日：2028/03/31
・就労制限の有無：在留資格に基づく就労活動のみ可

インターンは無報酬のため、資格外活動の時間には含まれない認識ですが、念のためご確認ください。

権藤
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": [],
        "note": "residence card details of an intern, sent only to HR on an internal subdomain",
    },
    {
        "id": "kenkyukaihatsu-063",
        "charset": "utf-8",
        "sender": f"八木橋 亮 <yagihashi.ryo@{D}>",
        "to": [f"一ノ瀬 蓮 様 <ichinose.ren@tsubasa-sytem.jp>"],
        "subject": "姿勢判定API インターフェース仕様（ドラフト）",
        "body": f"""ツバサシステム 一ノ瀬様

お世話になっております。八木橋です。
姿勢判定APIのインターフェース仕様のドラフトをお送りします。
エンドポイント名とレスポンスの項目名について、ご意見をいただけますでしょうか。
{SIG_YAGIHASHI}""",
        "attachments": [
            {
                "kind": "docx",
                "name": "posture_api_interface_draft.docx",
                "paragraphs": ["姿勢判定API インターフェース仕様（ドラフト）",
                               "POST /api/v1/posture/judge", "リクエスト：座面圧16点、背面圧8点、加速度3軸（JSON）",
                               "レスポンス：posture（neutral / lean_forward / lean_back / cross_leg）、confidence（0-1）"],
                "tables": [[["項目", "型", "説明"], ["seat", "int[16]", "座面圧（0-1023）"], ["back", "int[8]", "背面圧"], ["acc", "float[3]", "加速度 m/s2"]]],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain tsubasa-sytem.jp is a look-alike of partner tsubasa-system.jp (letter dropped)",
    },
    {
        "id": "kenkyukaihatsu-064",
        "charset": "iso-2022-jp",
        "sender": f"東海林 修 <shoji.osamu@{D}>",
        "to": ["takenouchi_h1948@yahoo.co.jp"],
        "subject": "技術顧問会議（12月）のご案内",
        "body": f"""竹之内 秀明 先生

ご無沙汰しております。日の出産業の東海林でございます。
寒さが厳しくなってまいりましたが、お変わりなくお過ごしでしょうか。

今年度第2回の技術顧問会議を、下記のとおり開催いたします。
ご多用のところ恐縮ですが、ご出席賜りますようお願い申し上げます。

　日時：12月9日（水）14:00〜16:30
　場所：厚木テクニカルセンター 1号館 第2会議室
　議題：蓄熱シートの量産化に向けた課題、姿勢センサーチェアの事業化方針

当日は本厚木駅までお迎えの車を手配いたします。
到着時刻をお知らせいただけますと幸いです。

{SIG_SHOJI}""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "invitation to a retired professor (technical adviser) on a free-mail address: single free-mail recipient",
    },
    {
        "id": "kenkyukaihatsu-065",
        "charset": "iso-2022-jp",
        "sender": f"小野寺 真由 <onodera.mayu@{D}>",
        "to": [f"保険金サービス課 <claim@towa-sonpo.co.jp>"],
        "subject": "臨床外試験 被験者賠償責任保険 事故報告（証券番号 TS-2026-551802）",
        "body": f"""東和損害保険株式会社
保険金サービス課 御中

日の出産業株式会社 共同研究開発部の小野寺です。
標記保険契約に関し、被験者の負傷事故が発生しましたのでご報告いたします。

１．事故日時　令和８年１１月１０日（火）１４時２０分頃
２．場所　　　当社 厚木テクニカルセンター２号館 評価室３
３．被験者　　柘植 久美子 様（昭和４７年５月８日生）
　　　　　　　住所：神奈川県大和市下鶴間１丁目１２番３号
　　　　　　　健康保険証：記号 ７１２０４　番号 ３３８
４．状況　　　試作チェアからの立ち上がり時に座面が傾き転倒。
５．受傷内容　右手首を床につき、同日 大和中央整形外科にて「右橈骨遠位端骨折」と診断。
　　　　　　　ギプス固定、全治約６週間の見込み。

治療費の立替払いの要否を含め、今後の手続きをご教示ください。
{SIG_ONODERA}""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named test subject's injury diagnosis plus her health insurance card number sent to an insurer",
    },
    {
        "id": "kenkyukaihatsu-066",
        "charset": "iso-2022-jp",
        "sender": f"小野寺 真由 <onodera.mayu@{D}>",
        "to": [f"kuga.hiroko@{MUSASHI}"],
        "subject": "冬季の着座試験における感染症対策について",
        "body": f"""久我先生

お世話になっております。小野寺です。
12月以降の着座試験について、感染症対策の方針をご相談させてください。

例年この時期はインフルエンザや新型コロナが流行しますので、
当社としては以下を考えております。

・被験者の方には来所時に検温をお願いし、37.5℃以上の場合は日程を再調整
・評価室は試験ごとに換気（10分）と座面・肘掛けのアルコール清拭
・計測補助の学生さんにもマスク着用をお願い

大学側の研究倫理の観点から追加すべき点があれば、ご指摘いただけますと幸いです。
{SIG_ONODERA}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "influenza and COVID mentioned as seasonal topics, not tied to any person",
    },
    {
        "id": "kenkyukaihatsu-067",
        "charset": "utf-8",
        "sender": f"宮腰 陽菜 <miyakoshi.hina@{D}>",
        "to": [f"hibino.k@{RPJ}"],
        "subject": "FW: 腰部サポートクッション モニター応募（当社サイト経由分）",
        "body": f"""日比野様

お世話になっております。宮腰です。
当社サイトから直接応募があった方の一覧を、社内で受けたメールのまま添付します。
御社パネルの応募者と重複がないか照合をお願いできますでしょうか。

宮腰
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "モニター応募一覧_当社サイト経由.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": f"Webフォーム通知 <webform@{D}>",
                    "to": [f"miyakoshi.hina@{D}"],
                    "subject": "【自動通知】モニター応募 週次まとめ（11/2〜11/8）",
                    "body": """モニター応募フォームの週次まとめです。

受付No  氏名           年齢  電話番号        メールアドレス
W-0871  若狭 恵美子    52    090-1183-4427   emiko.wakasa@gmail.com
W-0872  大鷹 修平      38    080-6604-2319   shu.otaka@yahoo.co.jp
W-0875  館野 佑子      44    070-2295-8841   yuko.tateno@outlook.jp
W-0878  福王寺 誠      57    090-4418-6630   m.fukuoji@icloud.com
W-0880  黒須 葉月      33    080-9927-1052   hazuki.kurosu@gmail.com
W-0883  二階堂 篤      49    070-5561-3304   nikaido.atsushi@docomo.ne.jp
W-0884  湊 かおり      41    090-7735-2218   kaori.minato@ezweb.ne.jp

（このメールはシステムから自動送信されています）
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "attached mail (message/rfc822) with seven applicants' phones and e-mails forwarded to an external company",
    },
    {
        "id": "kenkyukaihatsu-068",
        "charset": "iso-2022-jp",
        "sender": f"佐伯 拓海 <saeki.takumi@{D}>",
        "to": [f"mori.kazuki@{KAWADEN}"],
        "subject": "FW: 第3ロット試作の日程について（社内調整結果）",
        "body": f"""森様

お世話になっております。佐伯です。
第3ロット試作の日程について、社内で調整した結果のメールを添付します。
ご覧のとおり、塗工機の空きの関係で出荷が12月4日にずれ込みます。
申し訳ございませんが、御社の評価日程の調整をお願いできますでしょうか。
{SIG_SAEKI}""",
        "attachments": [
            {
                "kind": "eml",
                "name": "Re_第3ロット試作の日程.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": f"御手洗 健 <mitarai.ken@{D}>",
                    "to": [f"saeki.takumi@{D}"],
                    "subject": "Re: 第3ロット試作の日程",
                    "body": """佐伯さん

塗工機は11/24〜27が他テーマの量産試作で埋まっています。
11/30（月）塗工、12/2（水）熱処理・裁断、12/3（木）検査、12/4（金）出荷 なら可能です。
PCM50%品も同じ日程で20枚追加できます。

御手洗
""",
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "attached internal mail about production dates forwarded to a partner; no personal data or marking",
    },
    {
        "id": "kenkyukaihatsu-069",
        "charset": "cp932",
        "sender": f"小野寺 真由 <onodera.mayu@{D}>",
        "to": [f"anzen-eisei@{D}"],
        "cc": [f"sangyoi-office@jinji.{D}"],
        "subject": "着座試験 被験者健康調査票の集計（産業医確認用）",
        "body": """安全衛生委員会 事務局 御中
（cc：産業医室）

お疲れさまです。共同研究開発部の小野寺です。
社内倫理審査の条件に基づき、12月の着座試験の被験者について
健康調査票の回答を集計しましたので、産業医の先生のご確認をお願いします。
該当ありの方については、参加可否のご判断をいただけますと幸いです。

小野寺
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "健康調査票集計_202612.csv",
                "encoding": "cp932",
                "rows": [
                    ["No", "氏名", "生年月日", "既往歴", "服薬", "備考"],
                    ["E-01", "古賀 美穂", "1992/03/11", "なし", "なし", ""],
                    ["E-02", "城之内 勝", "1979/06/25", "高血圧", "降圧剤", "要確認"],
                    ["E-03", "八重樫 舞", "1997/01/30", "なし", "なし", ""],
                    ["E-04", "生駒 健吾", "1974/09/04", "腰椎椎間板ヘルニア（2019年手術）", "なし", "要確認"],
                    ["E-05", "漆原 沙織", "1985/12/19", "気管支喘息", "吸入薬", "要確認"],
                    ["E-06", "相楽 俊介", "1988/08/08", "なし", "なし", ""],
                    ["E-07", "三反田 恵", "1970/04/02", "関節リウマチ", "メトトレキサート", "要確認"],
                    ["E-08", "椎名 航平", "2001/10/15", "なし", "なし", ""],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "subjects' medical histories, but the recipients are internal (safety committee and occupational physician)",
    },
    {
        "id": "kenkyukaihatsu-070",
        "charset": "utf-8",
        "sender": f"小野寺 真由 <onodera.mayu@{D}>",
        "to": [f"kuga.hiroko@{MUSASHI}"],
        "subject": "人間工学会 ポスター原稿（最終版）",
        "body": f"""久我先生

お世話になっております。小野寺です。
人間工学会のポスター原稿、先生のコメントを反映した最終版をお送りします。
印刷入稿は11月30日の予定です。最終確認をお願いいたします。
{SIG_ONODERA}""",
        "attachments": [{"kind": "corrupt", "name": "人間工学会2026_ポスター_最終版.pptx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the PPTX attachment is corrupt and cannot be inspected",
    },
]

MESSAGES += [
    {
        "id": "kenkyukaihatsu-071",
        "charset": "utf-8",
        "sender": f"Kevin Tanabe <kevin.tanabe@{D}>",
        "to": [f"ingrid.holmqvist@{NORDVIK}"],
        "subject": "Re: Contacts for the December re-test",
        "body": f"""Dear Ingrid,

Many thanks, this is very helpful. We will contact Mr. Berg directly about the
clean-room gowning on the first day.

Best regards,
Kevin

On Thu, 5 Nov 2026 at 15:20, Ingrid Holmqvist <ingrid.holmqvist@{NORDVIK}> wrote:
> Dear Kevin,
>
> For your visit on 9-10 December, here are the people you may need to reach:
>
> Name               Role                    Mobile
> Ingrid Holmqvist   Project lead            +46 70 418 22 95
> Johan Berg         Clean-room manager      +46 73 902 14 67
> Sara Lindqvist     Test engineer           +46 72 655 30 18
> Erik Nyström       Test engineer           +46 70 221 84 03
> Maja Eklund        Visitor office          +46 76 118 47 20
> Anders Palm        Safety officer          +46 73 340 95 61
>
> Please call Maja if you are delayed at the entrance.
>
> Best,
> Ingrid
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person contact list is only quoted from the recipient's own mail ('On ... wrote:'); the new text has none",
    },
    {
        "id": "kenkyukaihatsu-072",
        "charset": "cp932",
        "sender": f"権藤 由紀子 <gondo.yukiko@{D}>",
        "to": [f"人事課 給与担当 <kyuyo@jinji.office.{HOKURYO}>"],
        "subject": "クロスアポイントメント（佐伯）社会保険手続きに必要な情報",
        "body": f"""北稜大学 人事課 給与担当 御中

お世話になっております。日の出産業 共同研究開発部の権藤です。
来年1月から開始する当社 佐伯のクロスアポイントメントにつきまして、
貴学での社会保険（二以上事業所勤務）の手続きに必要な情報をお送りします。

　氏名　　　　　　：佐伯 拓海（サエキ タクミ）
　生年月日　　　　：昭和62年3月14日
　基礎年金番号　　：4817-520936
　雇用保険被保険者番号：5012-448791-3
　住所　　　　　　：神奈川県海老名市さつき町18番地4

当社での標準報酬月額等は、当社人事部から別途書面でご連絡いたします。
よろしくお願いいたします。
{SIG_GONDO}""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an employee's basic pension number (and employment insurance number) sent to a university HR office",
    },
    {
        "id": "kenkyukaihatsu-073",
        "charset": "iso-2022-jp",
        "sender": f"五十嵐 彩花 <igarashi.ayaka@{D}>",
        "to": [f"sangaku-renkei@office.{HOKURYO}"],
        "subject": "クロスアポイントメント協定書（案）へのコメント",
        "body": f"""北稜大学 産学連携推進室 御中

お世話になっております。日の出産業の五十嵐です。
クロスアポイントメント協定書（案）について、当社からのコメントをお送りします。

・第4条（エフォート）：貴学 30%／当社 70% で異存ございません。
・第6条（給与等の負担）：給与は当社が一括支給し、貴学負担分（30%）を四半期ごとに
　ご請求する方式を希望します。
・第9条（秘密保持）：当社の秘密保持規程と貴学の規程のいずれを適用するか、
　業務の内容に応じて区分する旨の文言を追記いただけますでしょうか。
・第12条（知的財産）：クロスアポ期間中の発明の帰属について、共同研究契約第14条を
　準用する形でお願いします。

ご検討のほどよろしくお願いいたします。
{SIG_IGARASHI}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "comments on an agreement draft: effort percentages and clauses, 秘密保持 only as a clause topic",
    },
    {
        "id": "kenkyukaihatsu-074",
        "charset": "iso-2022-jp",
        "sender": f"鬼塚 翔 <onizuka.sho@{D}>",
        "to": [f"shinomiya.seiichi@eng.{HOKURYO}"],
        "cc": [f"igarashi.ayaka@{D}"],
        "subject": "【極秘】発明開示書（PCMマイクロカプセル二層被覆）ご確認のお願い",
        "body": f"""篠宮先生

お世話になっております。鬼塚です。
PCMマイクロカプセルの二層被覆に関する発明開示書をまとめました。
出願前のため、取扱いには十分ご注意ください。
先生のご寄与部分（第2被覆層の架橋条件）の記載に誤りがないかご確認ください。
{SIG_ONIZUKA}""",
        "attachments": [
            {
                "kind": "docx",
                "name": "発明開示書_PCM二層被覆_v1.docx",
                "page_header": "極秘（出願前）",
                "page_footer": "日の出産業株式会社 知的財産担当 管理文書",
                "paragraphs": ["発明開示書", "発明の名称：二層被覆相変化材料マイクロカプセル及びその製造方法",
                               "発明の概要：メラミン樹脂の第1被覆層の外側に、架橋ポリウレタンの第2被覆層を設けることで、"
                               "熱サイクル1000回後の潜熱低下を1%未満に抑える。",
                               "実施例：第2被覆層の架橋剤比 0.8〜1.2 当量、60℃、4時間。"],
                "tables": [[["項目", "従来品", "本発明"], ["潜熱低下(1000cyc)", "2.3%", "0.7%"], ["漏出率", "1.8%", "0.1%"]]],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "極秘 in the subject and as the DOCX page header of a pre-filing invention disclosure sent to a university",
    },
    {
        "id": "kenkyukaihatsu-075",
        "charset": "utf-8",
        "sender": f"五十嵐 彩花 <igarashi.ayaka@{D}>",
        "to": [f"法務部 奥寺 様 <okudera@minato-sensing.co.jp>"],
        "subject": "秘密保持契約書（案）の送付／圧力センサー評価のご相談",
        "body": f"""株式会社ミナトセンシング 法務部
奥寺様

はじめてご連絡いたします。日の出産業株式会社 共同研究開発部の五十嵐と申します。
先日、弊社八木橋が御社営業部の方とお話しさせていただいた、
薄型圧力センサーの評価の件でご連絡いたしました。

評価用サンプルのご提供と技術情報の開示に先立ち、
秘密保持契約（NDA）を締結させていただきたく、弊社ひな形をお送りします。
機密情報の定義（第2条）と有効期間（第10条）については、
御社のご要望に合わせて調整可能です。

ご確認のほど、よろしくお願い申し上げます。
{SIG_IGARASHI}{DISC_JA}""",
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書（案）_日の出産業_ミナトセンシング.docx",
                "paragraphs": ["秘密保持契約書（案）",
                               "日の出産業株式会社（以下「甲」という。）と株式会社ミナトセンシング（以下「乙」という。）は、"
                               "薄型圧力センサーの評価（以下「本目的」という。）に関し、次のとおり契約を締結する。",
                               "第2条（機密情報） 本契約において機密情報とは、本目的のために開示者が受領者に開示した技術上又は営業上の情報であって、"
                               "開示の際に秘密である旨を明示したものをいう。",
                               "第10条（有効期間） 本契約の有効期間は締結日から2年間とする。"],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "NDA template sent to a new company: 機密情報 is defined in the contract, not a marking of the document",
    },
    {
        "id": "kenkyukaihatsu-076",
        "charset": "iso-2022-jp",
        "sender": f"権藤 由紀子 <gondo.yukiko@{D}>",
        "to": [f"振込代行 <furikomi@as-higashi.co.jp>"],
        "subject": "モニター謝礼の振込依頼（追加3名分）",
        "body": f"""株式会社アカウントサポート東日本
振込代行ご担当者様

お世話になっております。日の出産業の権藤です。
デジタルギフトの受け取りができなかったモニターの方3名について、
銀行振込での謝礼支払をお願いします。振込先はPDFにまとめました。
振込手数料は当社負担でお願いいたします。
{SIG_GONDO}""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "モニター謝礼_振込依頼_追加分.pdf",
                "lines": ["モニター謝礼 振込依頼（追加分）", "依頼元：日の出産業株式会社 共同研究開発部", "振込予定日：2026年12月10日"],
                "table": [
                    ["No.", "氏名（カナ）", "金融機関", "支店", "種別", "口座番号", "金額"],
                    ["1", "トウジョウ マナブ", "湘南中央銀行", "平塚支店", "普通", "3318062", "3,000"],
                    ["2", "アクツ クニヒコ", "みどり銀行", "厚木支店", "普通", "1047725", "3,000"],
                    ["3", "マキタ アキ", "相模信用金庫", "本厚木支店", "普通", "0592138", "3,000"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "three monitors' bank accounts to the payment contractor: under five people, may be warned",
    },
    {
        "id": "kenkyukaihatsu-077",
        "charset": "cp932",
        "sender": f"権藤 由紀子 <gondo.yukiko@{D}>",
        "to": [f"経理部 支払担当 <shiharai@{KAWADEN}>"],
        "cc": [f"mori.kazuki@{KAWADEN}"],
        "subject": "請求書送付（試作シート 第2ロット 評価用サンプル代）",
        "body": f"""川崎電機株式会社 経理部 支払ご担当者様
（cc：開発部 森様）

いつもお世話になっております。日の出産業の権藤です。
共同開発契約 第7条に基づく評価用サンプル代の請求書をお送りします。

　請求書番号：HS-RD-2026-1107
　金額　　　：418,000円（税込）
　お支払期日：12月31日

原本は本日郵送いたしました。よろしくお願いいたします。
{SIG_GONDO}""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "請求書_HS-RD-2026-1107.pdf",
                "lines": [
                    "請　求　書",
                    "川崎電機株式会社 御中　　　　　　　　　　請求日：2026年11月9日",
                    "日の出産業株式会社　登録番号：T1020001084312",
                    "〒243-0021 神奈川県厚木市岡田4丁目18番7号　TEL 046-228-5510",
                    "振込先：みどり銀行 厚木支店 普通 0081234　ヒノデサンギヨウ（カ",
                ],
                "table": [["品目", "数量", "単価", "金額"], ["蓄熱シート PCM45% 評価用", "20", "17,500", "350,000"],
                          ["蓄熱シート PCM35% 評価用", "2", "15,000", "30,000"], ["消費税(10%)", "", "", "38,000"], ["合計", "", "", "418,000"]],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice with the company's T-number (corporate number) and company bank account: business data only",
    },
    {
        "id": "kenkyukaihatsu-078",
        "charset": "utf-8",
        "sender": f"佐伯 拓海 <saeki.takumi@{D}>",
        "to": [f"mori.kazuki@{KAWADEN}"],
        "subject": "来年上期の展示会・学会 出展候補のご相談",
        "body": f"""森様

お世話になっております。佐伯です。
共同開発品の出展について、来年上期の候補をまとめました（HTML版に表があります）。

・1/27-29 オートモーティブ熱マネジメント展（東京ビッグサイト）
・3/10-12 電池技術フォーラム2027（パシフィコ横浜）
・5/20-22 人とくるまのテクノロジー展（横浜）
・6/16-18 高分子学会年次大会（名古屋国際会議場）

共同出展とする場合、ブース費用は折半を想定しております。
{SIG_SAEKI}""",
        "html": f"""<html><body>
<p>森様</p>
<p>お世話になっております。佐伯です。<br>共同開発品の出展について、来年上期の候補をまとめました。</p>
<table border="1" cellpadding="3">
<tr><th>会期</th><th>イベント</th><th>会場</th><th>出展形態</th><th>概算費用</th></tr>
<tr><td>1/27-29</td><td>オートモーティブ熱マネジメント展</td><td>東京ビッグサイト</td><td>共同ブース</td><td>1,800,000円</td></tr>
<tr><td>3/10-12</td><td>電池技術フォーラム2027</td><td>パシフィコ横浜</td><td>パネル展示</td><td>450,000円</td></tr>
<tr><td>5/20-22</td><td>人とくるまのテクノロジー展</td><td>パシフィコ横浜</td><td>共同ブース</td><td>2,200,000円</td></tr>
<tr><td>6/16-18</td><td>高分子学会年次大会</td><td>名古屋国際会議場</td><td>口頭発表</td><td>－</td></tr>
</table>
<p>共同出展とする場合、ブース費用は折半を想定しております。</p>
<p>日の出産業株式会社 共同研究開発部 佐伯 拓海<br>TEL 046-228-5510</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "text + HTML mail with a list of trade shows and conferences (events, not people)",
    },
    {
        "id": "kenkyukaihatsu-079",
        "charset": "iso-2022-jp",
        "sender": f"御手洗 健 <mitarai.ken@{D}>",
        "to": [f"uketsuke@{KPS}"],
        "subject": "Re: 試験成績書の発行時期について（受付番号 KPS-26-04188）",
        "body": f"""関東製品安全試験センター
試験受付 稲見様

ご回答ありがとうございます。御手洗です。
成績書は12月18日発行で問題ございません。
なお、成績書の試料名の表記を「蓄熱シート PCM45%品（ロット H-1003）」と
ロット番号付きにしていただくことは可能でしょうか。
英文の成績書（追加費用 22,000円）も1部お願いします。

御手洗

> 日の出産業株式会社
> 御手洗様
>
> 受付番号 KPS-26-04188 の試験は 12月14日に完了予定、成績書は 12月18日の発行となります。
> 関東製品安全試験センター 試験受付 稲見
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short reply about a test report: reception number, lot number, fees; no personal data",
    },
    {
        "id": "kenkyukaihatsu-080",
        "charset": "cp932",
        "sender": f"権藤 由紀子 <gondo.yukiko@{D}>",
        "to": [f"kenkyushien@office.{HOKURYO}"],
        "subject": "共同研究経費のお支払いについて（請求書番号 HKR-2026-0733）",
        "body": f"""北稜大学 研究支援課 御中

お世話になっております。日の出産業の権藤です。
共同研究経費の請求書（請求書番号 HKR-2026-0733、3,300,000円）を拝受しました。
11月30日に、請求書記載の貴学口座へお振込みいたします。

なお、当社の支払システムの都合上、振込名義は「ヒノデサンギヨウ（カ」となります。
領収書の発行は不要です。

引き続きよろしくお願いいたします。
{SIG_GONDO}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "payment notice to a university: invoice number and amount only",
    },
]

# --- 081-100 ---------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "kenkyukaihatsu-081",
        "charset": "iso-2022-jp",
        "sender": f"鬼塚 翔 <onizuka.sho@{D}>",
        "to": [f"shinomiya.seiichi@eng.{HOKURYO}", f"li.xuehua@eng.{HOKURYO}"],
        "cc": [f"mori.kazuki@{KAWADEN}", f"saeki.takumi@{D}"],
        "subject": "11/12 三者打合せ 議事録（案）",
        "body": f"""篠宮先生、李先生
（cc：川崎電機 森様）

先日はありがとうございました。日の出産業の鬼塚です。
11月12日の三者打合せの議事録（案）を添付いたします。
修正点がございましたら、11月19日（木）までにお知らせください。
{SIG_ONIZUKA}""",
        "attachments": [
            {
                "kind": "docx",
                "name": "議事録_三者打合せ_20261112_案.docx",
                "paragraphs": ["三者打合せ 議事録（案）", "日時：2026年11月12日 14:00-16:10　場所：北稜大学 工学部3号館 321会議室",
                               "出席：北稜大学 篠宮先生・李先生／川崎電機 森様／日の出産業 佐伯・鬼塚",
                               "1. PCM含有率45%品でモジュール最高温度6.8℃低減を確認。",
                               "2. 相変化温度は現行28℃から32℃への変更を検討（北稜大学）。",
                               "3. 次回試作（第3ロット）は12月4日出荷。"],
                "tables": [[["宿題", "担当", "期限"], ["32℃品PCMの候補材料選定", "北稜大学", "12/10"],
                            ["筐体空隙寸法の提示", "川崎電機", "11/26"], ["第3ロット出荷", "日の出産業", "12/4"]]],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "minutes to one university (two people) and one partner in Cc: two external organisations only",
    },
    {
        "id": "kenkyukaihatsu-082",
        "charset": "iso-2022-jp",
        "sender": f"小野寺 真由 <onodera.mayu@{D}>",
        "to": [f"kuga.hiroko@{MUSASHI}"],
        "subject": "RE: 被験者No.7の件（倫理審査委員会への報告）",
        "body": f"""久我先生

ご対応いただきありがとうございます。小野寺です。
倫理審査委員会への報告書の様式、拝受しました。
当社側の記載部分（試験条件・当日の対応）を記入のうえ、
11月13日までにお戻しします。

スクリーニング項目の見直し案も、あわせてお送りする予定です。
{SIG_ONODERA}
-----Original Message-----
From: 久我 紘子 <kuga.hiroko@{MUSASHI}>
Sent: Monday, November 9, 2026 11:48 AM
To: 小野寺 真由 <onodera.mayu@{D}>
Subject: RE: 被験者No.7の件（倫理審査委員会への報告）

小野寺様

ご報告ありがとうございました。
No.7の皆川さん（てんかんの既往、抗てんかん薬服用中）の件は、
重篤ではないものの有害事象として委員会へ報告が必要と判断しました。
報告書の様式をお送りしますので、貴社側の記載をお願いします。

久我
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the subject's medical history appears only in the quoted mail from the recipient herself; new text has none",
    },
    {
        "id": "kenkyukaihatsu-083",
        "charset": "utf-8",
        "sender": f"小野寺 真由 <onodera.mayu@{D}>",
        "to": [f"niwa.yu@{MUSASHI}"],
        "subject": "被験者管理台帳（12月試験分）の共有",
        "body": f"""丹羽さん

お世話になっております。小野寺です。
12月試験分の被験者管理台帳をお送りします。
先生から、計測時の安全配慮のため既往歴の情報も共有してほしいとのことでしたので、
「台帳」シートに含めています。取扱いにはご注意ください。

{SIG_ONODERA}""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "被験者管理台帳_202612.xlsx",
                "title": "被験者管理台帳",
                "sheets": {
                    "台帳": [
                        ["着座評価試験 被験者管理台帳（2026年12月実施分）", "", "", "", "", ""],
                        ["No", "氏名", "生年月日", "住所", "電話", "既往歴・服薬"],
                        ["E-01", "古賀 美穂", "H4.3.11", "神奈川県厚木市水引2-3-17", "090-3814-2275", "なし"],
                        ["E-02", "城之内 勝", "S54.6.25", "神奈川県海老名市杉久保北3-8-2", "080-6602-1948", "高血圧（降圧剤）"],
                        ["E-03", "八重樫 舞", "H9.1.30", "神奈川県座間市入谷西1-14-9", "070-1257-8803", "なし"],
                        ["E-04", "生駒 健吾", "S49.9.4", "神奈川県伊勢原市東大竹1-22-6", "090-7033-5126", "腰椎椎間板ヘルニア手術歴"],
                        ["E-05", "漆原 沙織", "S60.12.19", "神奈川県大和市中央5-10-1-803", "080-4491-6027", "気管支喘息（吸入薬）"],
                        ["E-06", "相楽 俊介", "S63.8.8", "神奈川県綾瀬市深谷中4-7-21", "070-8820-3354", "なし"],
                        ["E-07", "三反田 恵", "S45.4.2", "神奈川県厚木市三田1-30-5", "090-2169-4780", "関節リウマチ"],
                        ["E-08", "椎名 航平", "H13.10.15", "東京都町田市成瀬台3-2-11", "080-9305-1462", "なし"],
                    ],
                    "日程": [["No", "日時", "評価室"], ["E-01", "12/7 10:00", "3"], ["E-02", "12/7 13:30", "3"], ["E-03", "12/8 10:00", "2"]],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX ledger of eight test subjects with addresses, phones, 和暦 DOB and medical histories sent to a university",
    },
    {
        "id": "kenkyukaihatsu-084",
        "charset": "iso-2022-jp",
        "sender": f"宮腰 陽菜 <miyakoshi.hina@{D}>",
        "to": [f"shoji.osamu@{D}"],
        "cc": [f"onodera.mayu@{D}"],
        "subject": "腰部サポートクッション モニター募集状況（11/13時点）",
        "body": f"""東海林部長

お疲れさまです。宮腰です。
腰部サポートクッションのモニター募集状況をご報告します。

              目標   応募   うち条件合致
  30代 男性     10     14       11
  30代 女性     10     21       16
  40代 男性     10      9        7
  40代 女性     10     17       13
  50代 男性     10      6        4
  50代 女性     10     12        9
  ----------------------------------
  合計          60     79       60

50代男性が不足しているため、リサーチパネル・ジャパンに追加募集を依頼済みです。
{SIG_MIYAKOSHI}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal report with aggregate counts only",
    },
    {
        "id": "kenkyukaihatsu-085",
        "charset": "utf-8",
        "sender": f"宮腰 陽菜 <miyakoshi.hina@{D}>",
        "to": [f"hatano.k@nishiki-insatsu.co.jp"],
        "cc": [f"dm-center@nishiki-insatsu.co.jp"],
        "subject": "モニターお礼状DM 宛名データ（15件）",
        "body": f"""錦印刷株式会社
羽田野様

お世話になっております。日の出産業の宮腰です。
先日校了したお礼状DMの宛名データをお送りします。
15件分、UTF-8のCSVです。宛名印字のうえ、12月4日の発送をお願いいたします。
{SIG_MIYAKOSHI}""",
        "attachments": [
            {
                "kind": "csv",
                "name": "お礼状DM_宛名_15件.csv",
                "encoding": "utf-8",
                "rows": [
                    ["郵便番号", "住所1", "住所2", "氏名", "敬称"],
                    ["243-0014", "神奈川県厚木市旭町2-14-3", "", "相馬 ちひろ", "様"],
                    ["243-0432", "神奈川県海老名市中央1-8-11", "402号室", "桧山 信吾", "様"],
                    ["194-0022", "東京都町田市森野4-5-16", "", "薬師寺 恵", "様"],
                    ["252-0001", "神奈川県座間市相模が丘3-22-7", "", "宇佐美 大輔", "様"],
                    ["259-1131", "神奈川県伊勢原市桜台1-3-20", "", "南雲 さやか", "様"],
                    ["252-0303", "神奈川県相模原市南区相模大野6-9-2", "", "國府田 透", "様"],
                    ["242-0007", "神奈川県大和市中央林間2-17-5", "", "真柴 由香里", "様"],
                    ["192-0364", "東京都八王子市南大沢3-1-9", "", "乾 拓郎", "様"],
                    ["243-0812", "神奈川県厚木市妻田東1-20-4", "", "蒔田 亜希", "様"],
                    ["254-0073", "神奈川県平塚市八重咲町11-6", "", "東條 学", "様"],
                    ["252-1134", "神奈川県綾瀬市寺尾中2-8-30", "", "鮫島 玲奈", "様"],
                    ["243-0035", "神奈川県厚木市愛甲西1-4-15", "", "阿久津 邦彦", "様"],
                    ["242-0017", "神奈川県大和市大和東3-6-8", "コーポ大和202", "若狭 恵美子", "様"],
                    ["252-0231", "神奈川県相模原市中央区相模原7-2-14", "", "大鷹 修平", "様"],
                    ["243-0401", "神奈川県海老名市東柏ケ谷5-19-3", "", "館野 佑子", "様"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "15 monitors' names and home addresses in a CSV to the printing partner: a list of people",
    },
    {
        "id": "kenkyukaihatsu-086",
        "charset": "iso-2022-jp",
        "sender": f"宮腰 陽菜 <miyakoshi.hina@{D}>",
        "to": [f"hatano.k@nishiki-insatsu.co.jp"],
        "subject": "Re: モニターお礼状DM 色校正の確認",
        "body": f"""羽田野様

色校正、確認いたしました。宮腰です。
表面のロゴの色味が少し赤寄りですので、DIC 2585 に合わせていただけますでしょうか。
それ以外は校了で結構です。

部数は120部、封筒は長3（窓なし）でお願いします。
宛名データは個人情報のため、社内の承認手続きを経てから別途お送りします。

{SIG_MIYAKOSHI}
> 宮腰様
> お礼状DMの色校正をPDFで添付いたします。ご確認をお願いいたします。
> 錦印刷 羽田野
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "お礼状DM_色校正_指示入り.pdf",
                "lines": ["モニターご協力のお礼", "このたびは座面クッション試作品のモニターにご協力いただき、誠にありがとうございました。",
                          "日の出産業株式会社 共同研究開発部", "【指示】ロゴ色 DIC 2585 に修正"],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "proof corrections for a DM; 個人情報 mentioned only as the reason the address data follows separately",
    },
    {
        "id": "kenkyukaihatsu-087",
        "charset": "iso-2022-jp",
        "sender": f"佐伯 拓海 <saeki.takumi@{D}>",
        "to": [f"開発部 茅野 様 <chino.t@{KAWADEN}>"],
        "subject": "第8回定例の進め方について",
        "body": f"""川崎電機株式会社 開発部
茅野様

お世話になっております。日の出産業の佐伯です。
森様が先週から虫垂炎で入院されていると伺いました。
どうかお大事になさってくださいとお伝えください。

つきましては、11月18日の第8回定例は、茅野様にご対応いただけるとのことで
承知いたしました。議題は以下を予定しております。

　1. 第3ロット試作の出荷日程（12/4）
　2. 筐体空隙寸法の件（前回宿題）
　3. 1月の展示会 共同出展の可否

森様のご復帰時期によっては、12月の定例を後ろにずらすことも可能です。
{SIG_SAEKI}""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named partner employee's hospitalisation and diagnosis mentioned in passing to his own colleague: borderline",
    },
    {
        "id": "kenkyukaihatsu-088",
        "charset": "utf-8",
        "sender": f"Kevin Tanabe <kevin.tanabe@{D}>",
        "to": [f"procurement@{KESTREL}"],
        "cc": [f"m.whitfield@{KESTREL}"],
        "subject": "Quotation HS-Q-2026-088: PCM sheet evaluation samples",
        "body": f"""Dear Procurement Team,

As requested by Marcus, please find our quotation for the evaluation samples below.

  Item       Description                         Qty   Unit (USD)   Amount (USD)
  ---------  ----------------------------------  ----  -----------  ------------
  PCS-35-15  PCM sheet 35 %, 300x300x1.5 mm        20        42.00        840.00
  PCS-45-15  PCM sheet 45 %, 300x300x1.5 mm        20        48.50        970.00
  PCS-45-20  PCM sheet 45 %, 300x300x2.0 mm        10        56.00        560.00
  FRT-01     Flammability test report (copy)        1       120.00        120.00
                                                                   ------------
                                                        Total       2,490.00

Terms: FCA Narita, payment 30 days after invoice, valid until 31 January 2027.
Lead time: 3 weeks after PO.
{SIG_TANABE_EN}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English quotation with a product price list to an overseas partner",
    },
    {
        "id": "kenkyukaihatsu-089",
        "charset": "utf-8",
        "sender": f"五十嵐 彩花 <igarashi.ayaka@{D}>",
        "to": [f"kyuyo@jinji.{D}"],
        "cc": [f"shoji.osamu@{D}"],
        "subject": "職務発明 報奨金の支給依頼（2026年度 下期 登録分）",
        "body": """人事部 給与担当 各位

お疲れさまです。共同研究開発部 知財担当の五十嵐です。
職務発明規程に基づき、下期に登録となった特許の登録報奨金の支給をお願いします。
12月の給与に合算で支給いただけますと幸いです。

社員番号   氏名          特許番号          持分   報奨金
H08813     鬼塚 翔       特許第7450918号   40%    20,000円
H06272     佐伯 拓海     特許第7450918号   30%    15,000円
H07105     八木橋 亮     特許第7450918号   30%    15,000円
H06272     佐伯 拓海     特許第7412055号   50%    25,000円
H05517     御手洗 健     特許第7412055号   50%    25,000円

以上、よろしくお願いいたします。
五十嵐
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "internal mail to payroll with employee numbers and reward amounts",
    },
    {
        "id": "kenkyukaihatsu-090",
        "charset": "iso-2022-jp",
        "sender": f"鬼塚 翔 <onizuka.sho@{D}>",
        "to": [f"kenkyushien@office.{HOKURYO}"],
        "subject": "1月からの学内入構証の発行申請（日の出産業 2名）",
        "body": f"""北稜大学 研究支援課 御中

お世話になっております。日の出産業の鬼塚です。
1月から篠宮研究室での共同実験が週2回になるため、
学内入構証（3か月）の発行をお願いいたします。

　① 鬼塚 翔（オニヅカ ショウ）　生年月日：1993年8月2日
　② グエン ティ タイン フオン　　生年月日：2000年9月17日
　　　（貴学 大学院工学研究科 M1、当社インターン中）

入構期間：2027年1月6日〜3月31日
写真データは別途お送りします。
{SIG_ONIZUKA}""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two people's dates of birth for campus passes to the university: under five people, may be warned",
    },
]

MESSAGES += [
    {
        "id": "kenkyukaihatsu-091",
        "charset": "cp932",
        "sender": f"小野寺 真由 <onodera.mayu@{D}>",
        "to": [f"kuga.hiroko@{MUSASHI}"],
        "subject": "腰部サポートクッション 着座試験 試験計画書（案）一式",
        "body": f"""久我先生

お世話になっております。小野寺です。
来年2月から実施予定の腰部サポートクッション着座試験について、
試験計画書（案）と試験条件表をZIPにまとめてお送りします。
計画書の第7章「個人情報の取扱い」は、貴学の倫理審査の様式に合わせて書き直しました。
（被験者の個人情報は当社で管理し、大学様には匿名化IDのみ共有する形です）

倫理審査の申請締切が12月18日とのことですので、
12月11日までにコメントをいただけますと助かります。
{SIG_ONODERA}""",
        "attachments": [
            {
                "kind": "zip",
                "name": "試験計画書一式_腰部サポート.zip",
                "files": [
                    {"kind": "docx", "name": "試験計画書_腰部サポート_案.docx",
                     "paragraphs": ["腰部サポートクッション着座試験 試験計画書（案）",
                                    "第1章 目的：長時間のデスクワークにおける腰部負担軽減効果を評価する。",
                                    "第3章 被験者：30〜59歳の健常成人 24名（男女各12名）。",
                                    "第7章 個人情報の取扱い：被験者の氏名・連絡先は日の出産業が管理し、共同研究者には匿名化IDのみを提供する。"]},
                    {"kind": "xlsx", "name": "試験条件表.xlsx",
                     "sheets": {"条件": [["条件", "クッション", "着座時間", "作業"], ["A", "なし", "90分", "タイピング"],
                                         ["B", "試作品 LS-01", "90分", "タイピング"], ["C", "試作品 LS-02", "90分", "タイピング"]]}},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of a test plan and conditions; 個人情報 appears only as a chapter title / policy",
    },
    {
        "id": "kenkyukaihatsu-092",
        "charset": "utf-8",
        "sender": f"Kevin Tanabe <kevin.tanabe@{D}>",
        "to": [f"l.brandauer@{ELDEN}"],
        "subject": "Project status - Polymer matrix evaluation (November)",
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Dr. Brandauer,</p>
<p>Here is the monthly status of our joint evaluation.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#eef"><th>Work package</th><th>Owner</th><th>Status</th><th>Due</th></tr>
<tr><td>WP1 Sample preparation (PM-21A/B)</td><td>Hinode</td><td>Done</td><td>30 Oct</td></tr>
<tr><td>WP2 DMA measurements</td><td>EIP</td><td>In progress (60 %)</td><td>11 Dec</td></tr>
<tr><td>WP3 Thermal cycling 1000x</td><td>Hinode</td><td>In progress (45 %)</td><td>18 Dec</td></tr>
<tr><td>WP4 Joint report</td><td>Both</td><td>Not started</td><td>29 Jan</td></tr>
</table>
<p>No issues on our side. Could you confirm whether the DMA results for PM-21B will be ready before
the Christmas break?</p>
<p>Best regards,<br>Kevin Tanabe<br>Hinode Sangyo Co., Ltd. | Joint R&amp;D Department<br>
<img src="cid:logo" alt="Hinode Sangyo"></p>
</body></html>""",
        "attachments": [{"kind": "png", "name": "hinode_logo.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only English status mail with a work-package table and a logo image; nothing personal",
    },
    {
        "id": "kenkyukaihatsu-093",
        "charset": "iso-2022-jp",
        "sender": f"鬼塚 翔 <onizuka.sho@{D}>",
        "to": [f"li.xuehua@eng.{HOKURYO}"],
        "subject": "RE: 学生さんの実験参加について",
        "body": f"""李先生

承知いたしました。鬼塚です。
では、12月の当社での熱サイクル試験には、ご紹介いただいた学生さんのうち
都合のつく方に交代で来ていただく形でお願いします。
当日の受付で名前を伝えていただければ、入構証をお渡しします。

{SIG_ONIZUKA}
差出人: 李 雪華 <li.xuehua@eng.{HOKURYO}>
送信日時: 2026年11月16日 9:31
宛先: 鬼塚 翔 <onizuka.sho@{D}>
件名: 学生さんの実験参加について

鬼塚様

12月の熱サイクル試験に参加できる学生を連絡します。

  高嶺 颯太（M2）  souta.takane@st.hokuryo-u.ac.jp   090-3325-6178
  桐谷 美優（M1）  miyu.kiritani@st.hokuryo-u.ac.jp  080-4470-9912
  滝沢 諒（M1）    ryo.takizawa@st.hokuryo-u.ac.jp   070-6618-2045
  能登 千夏（B4）  chinatsu.noto@st.hokuryo-u.ac.jp  090-1193-5587
  土門 湊（B4）    minato.domon@st.hokuryo-u.ac.jp   080-2286-7734

全員は無理なので、交代で2名ずつ伺わせます。
李
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "five students' contacts appear only in the quoted mail (差出人/送信日時 header) from the recipient herself",
    },
    {
        "id": "kenkyukaihatsu-094",
        "charset": "utf-8",
        "sender": f"御手洗 健 <mitarai.ken@{D}>",
        "to": [f"mori.kazuki@{KAWADEN}"],
        "subject": "第3ロット 出荷明細（シリアル番号一覧）",
        "body": f"""森様

お世話になっております。御手洗です。
本日出荷の第3ロットの明細です。受入検査の際にご利用ください。

lot,serial,pcm_ratio,thickness_mm,latent_heat_Jg,judge
H-1204,HS45-1204-001,45,1.50,181.2,OK
H-1204,HS45-1204-002,45,1.49,180.7,OK
H-1204,HS45-1204-003,45,1.51,181.9,OK
H-1204,HS50-1204-001,50,1.52,196.4,OK
H-1204,HS50-1204-002,50,1.50,195.8,OK
H-1204,HS50-1204-003,50,1.53,197.1,OK

運送会社：青葉運輸（問合せ番号 AU-2026-1204-7781）、明日午前着の予定です。
{SIG_MITARAI}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "comma-separated list of lots and serial numbers plus a tracking number: product data, not people",
    },
    {
        "id": "kenkyukaihatsu-095",
        "charset": "iso-2022-jp",
        "sender": f"東海林 修 <shoji.osamu@{D}>",
        "to": [f"kyodo-kenkyu-all@{D}"],
        "cc": [f"soumu-atsugi@{D}"],
        "subject": "実験棟の入退室カード更新と緊急連絡網（部内）",
        "body": """部員各位

東海林です。
12月1日から2号館実験棟の入退室カードが新方式に切り替わります。
あわせて、夜間の長期試験中の異常に備えた緊急連絡網を更新しました。
添付の一覧で、自分のカード番号と携帯番号に誤りがないか確認してください。
誤りがあれば11月25日までに権藤さんへ。

このファイルは部内限りとし、社外への転送はしないでください。
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "入退室カード_緊急連絡網_2026-12.xlsx",
                "sheets": {
                    "一覧": [["2号館実験棟 入退室カード・緊急連絡網（2026年12月〜）", "", "", ""],
                             ["社員番号", "氏名", "カード番号", "携帯電話"]]
                            + [[f"H{5100 + i * 173:05d}", f"{_SEI[(i * 11) % 30]} {_MEI[(i * 5 + 3) % 30]}",
                                f"AT2-{3300 + i * 7}", f"0{[80, 90, 70][i % 3]}-{2100 + i * 311}-{4400 + i * 97}"]
                               for i in range(24)],
                    "連絡順": [["順位", "役割"], [1, "当番者"], [2, "グループリーダー"], [3, "部長"]],
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "24 staff members' mobile numbers in an emergency call list, sent to internal addresses only",
    },
    {
        "id": "kenkyukaihatsu-096",
        "charset": "utf-8",
        "sender": f"小野寺 真由 <onodera.mayu@{D}>",
        "to": [f"kuga.hiroko@{MUSASHI}", "haruna.design.studio@gmail.com"],
        "subject": "姿勢センサーチェア 外装デザイン打合せ（12/3）",
        "body": f"""久我先生
榛名様

お世話になっております。日の出産業の小野寺です。
姿勢センサーチェアの外装デザインについて、三者で打合せをお願いしたく、
下記の日程でご都合いかがでしょうか。

　日時：12月3日（木）15:00〜16:30
　方法：オンライン（Teams）
　内容：
　　・センサー配線の取り回しと座面形状（久我先生より人間工学的なご意見）
　　・外装カバーのデザイン案 3案（榛名様）
　　・試作スケジュール

榛名様には、デザイン案のデータを前日までに共有いただけますと幸いです。
{SIG_ONODERA}""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains", "freemail_recipient"],
        "note": "one university and one freelance designer on free mail: two external parties, no personal data",
    },
    {
        "id": "kenkyukaihatsu-097",
        "charset": "utf-8",
        "sender": f"Kevin Tanabe <kevin.tanabe@{D}>",
        "to": [f"ingrid.holmqvist@{NORDVIK}"],
        "cc": [f"igarashi.ayaka@{D}"],
        "subject": "PCT/JP2026/008811 - national phase entry and publication timing",
        "body": f"""Dear Ingrid,

A quick update on our joint application on the humidity sensor compensation method.

  - International application: PCT/JP2026/008811 (filed 12 March 2026)
  - Priority: JP 2025-201377 (13 March 2025)
  - International publication expected: September 2026 -> published as WO2026/187402
  - National phase deadline (30 months): 13 September 2027

Our patent attorneys suggest entering EP, US, CN and KR. Could Nordvik confirm
whether you wish to share the costs for EP as in Article 5 of our joint research
agreement?

Also, as our NDA is still in force, please hold the conference abstract on the
compensation algorithm until the EP filing strategy is agreed.
{SIG_TANABE_EN}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "patent numbers and deadlines with an NDA mentioned; no personal data",
    },
    {
        "id": "kenkyukaihatsu-098",
        "charset": "iso-2022-jp",
        "sender": f"東海林 修 <shoji.osamu@{D}>",
        "to": [f"koubo@{SHINKO}"],
        "subject": "令和9年度 産業技術開発助成 応募書類の提出（日の出産業株式会社）",
        "body": f"""公益財団法人 産業技術振興財団
公募担当 御中

日の出産業株式会社 共同研究開発部の東海林でございます。
令和9年度 産業技術開発助成に応募いたしたく、応募書類一式を提出いたします。

　研究課題名：相変化材料を用いた車載電池の受動的熱管理技術の開発
　研究代表者：東海林 修（共同研究開発部長）
　申請額　　：30,000,000円（2か年）

押印済みの原本は、本日レターパックにて送付いたしました。
ご査収のほどよろしくお願い申し上げます。

{SIG_SHOJI}""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "R9助成_応募書類_日の出産業.pdf",
                "title": "令和9年度 産業技術開発助成 応募書類",
                "lines": ["様式1 応募申請書", "申請者：日の出産業株式会社 代表取締役社長 日野 正彦",
                          "所在地：神奈川県厚木市岡田4丁目18番7号", "研究課題名：相変化材料を用いた車載電池の受動的熱管理技術の開発",
                          "様式2 研究計画", "1年目：PCM組成の最適化と小型モジュールでの実証",
                          "2年目：川崎電機株式会社との共同による実車相当モジュールでの評価"],
                "table": [["費目", "1年目", "2年目"], ["設備備品費", "6,000,000", "2,000,000"],
                          ["消耗品費", "4,500,000", "5,000,000"], ["外注費", "3,000,000", "6,500,000"], ["人件費", "1,500,000", "1,500,000"]],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "grant application PDF with budget table; only company officers' names and the office address",
    },
    {
        "id": "kenkyukaihatsu-099",
        "charset": "cp932",
        "sender": f"宮腰 陽菜 <miyakoshi.hina@{D}>",
        "to": [f"hibino.k@{RPJ}"],
        "subject": "Re: 座面クッション 家庭内モニター 集計結果の納品",
        "body": f"""日比野様

集計結果を拝受しました。ありがとうございます。宮腰です。
個人情報を含まない集計データのみでご納品いただいた点、承知いたしました。
ローデータについても、回答者IDのみの形式で問題ございません。

主な結果を社内で共有したところ、以下の点について追加でクロス集計をお願いしたいです。

　・「座り心地」（5段階）× 1日の着座時間（4区分）
　・「ムレ感」× 使用時期（前半／後半）
　・自由回答のうち「腰」「お尻」を含む回答の件数

お見積りをいただけますでしょうか。
{SIG_MIYAKOSHI}
> 宮腰様
> 家庭内モニター（30名）の集計結果を添付にてお送りします。
> 満足度（やや満足以上）は 76.7%（23名）でした。
> リサーチパネル・ジャパン 日比野
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "HC27_家庭内モニター_集計結果.xlsx",
                "sheets": {
                    "単純集計": [["設問", "選択肢", "n", "%"], ["満足度", "満足", 9, 30.0], ["満足度", "やや満足", 14, 46.7],
                                 ["満足度", "どちらでもない", 5, 16.7], ["満足度", "不満", 2, 6.7]],
                    "年代別": [["年代", "n", "やや満足以上"], ["20-30代", 11, "81.8%"], ["40代", 9, "77.8%"], ["50代以上", 10, "70.0%"]],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated survey results (percentages by age band); 個人情報 mentioned only to say none is included",
    },
    {
        "id": "kenkyukaihatsu-100",
        "charset": "iso-2022-jp",
        "sender": f"東海林 修 <shoji.osamu@{D}>",
        "to": [f"shoji.osamu@{D}"],
        "bcc": [
            f"shinomiya.seiichi@eng.{HOKURYO}",
            f"kuga.hiroko@{MUSASHI}",
            f"mori.kazuki@{KAWADEN}",
            f"ichinose.ren@{TSUBASA}",
            f"makabe@{ASAHINA}",
            f"hibino.k@{RPJ}",
            f"uketsuke@{KPS}",
        ],
        "subject": "年末年始の休業および実験設備の停止期間のお知らせ",
        "body": f"""関係各位
（本メールはBCCにて関係の皆様にお送りしております）

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 共同研究開発部でございます。

誠に勝手ながら、年末年始の休業期間を下記のとおりとさせていただきます。

　休業期間：2026年12月26日（土）〜 2027年1月4日（月）
　実験設備停止：12月24日（木）18:00 〜 1月5日（火）9:00
　　（恒温恒湿室・長期試験中のサンプルは、事前にご相談のうえ継続可）

休業期間中にいただいたお問い合わせは、1月5日以降に順次ご回答いたします。
本年も大変お世話になりました。来年も何卒よろしくお願い申し上げます。

{SIG_SHOJI}""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "notice to many partners sent correctly with Bcc (none can see the others); no free-mail, no personal data",
    },
]
