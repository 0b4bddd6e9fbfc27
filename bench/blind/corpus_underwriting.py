"""Blind evaluation corpus, area "underwriting": mail of Hinode Sangyo's in-house insurance
agency desk (総務部 保険サービス課): employees' applications for group and individual
policies, health declarations (告知書), underwriting queries from insurers (引受照会),
claims paperwork, renewals and quotations, sent to insurers, brokers, adjusters, hospitals,
partners and employees' private addresses.  Written blind from bench/blind/BRIEF.md (and
the names in SPEC.md), without reading mailguard's code or the other corpus files."""

from build import card_number, my_number

SEED = 56801

# -- the desk's people (their own signatures never count as personal data) --------------

SIG_KUBODERA = """
--------------------------------------------------
日の出産業株式会社 総務部 保険サービス課
（損害保険代理店・生命保険募集代理店）
久保寺 朋美  Tomomi Kubodera
〒101-0054 東京都千代田区神田錦町2-7-11 日の出ビル5F
TEL 03-5283-4471（代表）内線5412 / FAX 03-5283-4480
kubodera.tomomi@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_OCHI = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 保険サービス課 課長　越智 一馬
〒101-0054 東京都千代田区神田錦町２－７－１１
ＴＥＬ：０３－５２８３－４４７１（代）
Ｅ-mail：ochi.kazuma@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_HANAWA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業(株) 保険サービス課
塙（はなわ） 美沙紀
直通 03-5283-4476
hanawa.misaki@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_YONAMINE = """
----
与那嶺 悠人（よなみね ゆうと）
日の出産業株式会社 総務部 保険サービス課
損害保険募集人 / 生命保険募集人
TEL: 03-5283-4471 ext.5418
Mail: yonamine.yuto@hinode-sangyo.co.jp"""

SIG_SHISHIDO = """
――――――――――――――――
日の出産業株式会社 総務部
保険サービス課　宍戸 玲奈
〒101-0054 千代田区神田錦町2-7-11
TEL 03-5283-4471 / 内線 5415
――――――――――――――――"""

SIG_OCHI_EN = """
Best regards,

Kazuma Ochi
Manager, Insurance Services Section, General Affairs Dept.
Hinode Sangyo Co., Ltd.
2-7-11 Kanda-Nishikicho, Chiyoda-ku, Tokyo 101-0054, Japan
Tel +81-3-5283-4471 | ochi.kazuma@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited."""

KUBODERA = "久保寺 朋美 <kubodera.tomomi@hinode-sangyo.co.jp>"
OCHI = "越智 一馬 <ochi.kazuma@hinode-sangyo.co.jp>"
HANAWA = "塙 美沙紀 <hanawa.misaki@hinode-sangyo.co.jp>"
YONAMINE = "与那嶺 悠人 <yonamine.yuto@hinode-sangyo.co.jp>"
SHISHIDO = "宍戸 玲奈 <shishido.rena@hinode-sangyo.co.jp>"


def _zen(text: str) -> str:
    """Full-width digits and hyphens, the way some people type numbers."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else ("－" if c == "-" else c) for c in text)


def _grouped(number: str, sep: str = "-") -> str:
    return sep.join(number[i:i + 4] for i in range(0, len(number), 4))


# pool for the one larger generated census (message 067)
_GLTD_ROWS = [
    ("H10233", "吉弘 聡", "ヨシヒロ サトシ", "1979/03/14", "男", "営業一課"),
    ("H10251", "真栄田 紗希", "マエダ サキ", "1990/11/02", "女", "営業一課"),
    ("H10288", "勅使河原 潤", "テシガワラ ジュン", "1984/06/27", "男", "営業二課"),
    ("H10302", "百瀬 かおり", "モモセ カオリ", "1987/01/09", "女", "経理課"),
    ("H10317", "鬼頭 泰明", "キトウ ヤスアキ", "1972/08/30", "男", "物流管理課"),
    ("H10325", "小野寺 愛", "オノデラ アイ", "1995/04/18", "女", "人事課"),
    ("H10340", "東海林 剛", "ショウジ ツヨシ", "1981/12/05", "男", "品質保証課"),
    ("H10366", "仲村渠 美月", "ナカンダカリ ミツキ", "1993/07/21", "女", "情報システム課"),
    ("H10371", "五十嵐 拓海", "イガラシ タクミ", "1998/02/11", "男", "営業二課"),
    ("H10389", "日比野 智子", "ヒビノ トモコ", "1976/10/03", "女", "総務課"),
    ("H10394", "釜谷 修平", "カマヤ シュウヘイ", "1969/05/29", "男", "購買課"),
    ("H10402", "宇佐美 恵理", "ウサミ エリ", "1989/09/16", "女", "営業一課"),
    ("H10418", "芦田 康介", "アシダ コウスケ", "1985/03/08", "男", "物流管理課"),
    ("H10425", "神保 真由", "ジンボ マユ", "1991/06/30", "女", "経理課"),
    ("H10431", "柘植 大輔", "ツゲ ダイスケ", "1978/11/22", "男", "営業三課"),
    ("H10447", "樋渡 紀子", "ヒワタシ ノリコ", "1974/01/27", "女", "人事課"),
    ("H10453", "南雲 陸", "ナグモ リク", "1999/08/14", "男", "情報システム課"),
    ("H10460", "瀬戸口 彩", "セトグチ アヤ", "1994/12/19", "女", "営業三課"),
    ("H10476", "乙部 隆之", "オトベ タカユキ", "1970/04/04", "男", "品質保証課"),
    ("H10482", "井ノ口 遥", "イノクチ ハルカ", "1996/03/25", "女", "総務課"),
]

MESSAGES = [
    # ---------------------------------------------------------------- 001
    {
        "id": "underwriting-001",
        "charset": "iso-2022-jp",
        "sender": KUBODERA,
        "to": ["御手洗 徹 <mitarai.toru@hikari-seimei.co.jp>"],
        "subject": "【日の出産業】総合福祉団体定期保険 中途加入者一覧（4月分）のご送付",
        "body": """ひかり生命保険株式会社
団体保険部 団体契約第二課
御手洗 様

いつも大変お世話になっております。
日の出産業 保険サービス課の久保寺でございます。

標記の件、4月1日付の中途加入者一覧を添付にてお送りいたします。
今回は新卒入社に加え、キャリア採用の方が含まれております。
加入口数は全員「基本プラン（2口）」でお願いいたします。

ご査収のほど、よろしくお願いいたします。
""" + SIG_KUBODERA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "団体定期_中途加入者一覧_2026-04.xlsx",
                "title": "中途加入者一覧",
                "sheets": {
                    "加入者一覧": [
                        ["2026年度 総合福祉団体定期保険 中途加入者一覧（日の出産業株式会社 団体番号 G-44817）"],
                        [],
                        ["No", "社員番号", "氏名", "フリガナ", "生年月日", "性別", "加入口数", "所属"],
                        [1, "H20611", "鴨志田 航", "カモシダ ワタル", "2003/05/17", "男", 2, "営業一課"],
                        [2, "H20612", "新垣 ひなの", "アラカキ ヒナノ", "2003/09/02", "女", 2, "経理課"],
                        [3, "H20613", "天童 颯太", "テンドウ ソウタ", "2002/12/28", "男", 2, "物流管理課"],
                        [4, "H20614", "四十物 結衣", "アイモノ ユイ", "2003/03/11", "女", 2, "人事課"],
                        [5, "H20615", "浦添 蒼", "ウラソエ アオイ", "2001/07/06", "男", 2, "情報システム課"],
                        [6, "H20598", "大日向 智史", "オオヒナタ サトシ", "1986/10/19", "男", 2, "営業三課"],
                        [7, "H20599", "猿渡 千晶", "サルワタリ チアキ", "1990/02/23", "女", 2, "品質保証課"],
                        [8, "H20600", "三ツ矢 亮", "ミツヤ リョウ", "1983/08/08", "男", 2, "購買課"],
                        [9, "H20616", "蔵前 美優", "クラマエ ミユ", "2003/11/30", "女", 2, "総務課"],
                    ],
                    "集計": [
                        ["区分", "人数"],
                        ["新卒", 6],
                        ["キャリア採用", 3],
                        ["合計", 9],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: 9 employees' names and dates of birth in an XLSX (title row, two sheets) to the insurer",
    },
    # ---------------------------------------------------------------- 002
    {
        "id": "underwriting-002",
        "charset": "cp932",
        "sender": OCHI,
        "to": ["鶴見 健吾 <tsurumi.kengo@towa-life.co.jp>"],
        "subject": "団体定期保険 更改見積のご依頼（2026年10月始期）",
        "body": """東和生命保険株式会社
法人営業第三部　鶴見様

いつもお世話になっております。日の出産業の越智です。

10月更改の団体定期保険につき、更改見積をお願いできますでしょうか。
被保険者の年齢構成（2026年3月末時点）は以下のとおりです。

　年齢帯　　　男性　　女性　　計
　-------------------------------------
　～29歳　　　 142　　 118　　260
　30～39歳　　 201　　 133　　334
　40～49歳　　 236　　  97　　333
　50～59歳　　 188　　  61　　249
　60歳以上　　  44　　  12　　 56
　-------------------------------------
　合計　　　　 811　　 421　 1,232

保険金額は現行どおり一律500万円、配偶者特約は任意加入（現在167名）です。
過去3年の支払実績は、死亡3件・高度障害0件と伺っております。

ご回答は8月末までにいただけますと助かります。
何卒よろしくお願いいたします。
""" + SIG_OCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quotation request with age-band statistics only; no individual's data",
    },
    # ---------------------------------------------------------------- 003
    {
        "id": "underwriting-003",
        "charset": "iso-2022-jp",
        "sender": HANAWA,
        "to": ["荻窪 里奈 <ogikubo.rina@taiju-sonpo.co.jp>"],
        "subject": "Re: 【引受照会】所得補償保険 お申込み（受付番号 SK-2026-03318）",
        "body": """大樹損害保険株式会社
企業営業部 荻窪様

お世話になっております。日の出産業の塙です。
ご照会の件、ご本人に確認いたしましたので回答いたします。

被保険者：　漆原 康弘（ウルシハラ ヤスヒロ）
生年月日：　昭和５３年９月２４日
既往歴　：　高血圧症（２０２３年５月 かかりつけ内科にて診断）
現在の治療：アムロジピン５ｍｇを毎日服用中、３か月ごとに通院
直近の血圧：１３８／８６（２０２６年２月 社内健診）
入院・手術歴：なし

追加の資料（健診結果の写し）が必要でしたらお申し付けください。

> 大樹損害保険　荻窪です。
> 標記お申込みにつき、告知書の「現在治療中の病気」欄にチェックがございますが、
> 病名・服薬の内容・直近の測定値をご教示いただけますでしょうか。
> 引受可否の判断に必要となりますので、よろしくお願いいたします。
""" + SIG_HANAWA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: one applicant's diagnosis, medication and blood pressure in the new text of a reply",
    },
    # ---------------------------------------------------------------- 004
    {
        "id": "underwriting-004",
        "charset": "cp932",
        "sender": YONAMINE,
        "to": ["保険金支払部 支払調書担当 <shiharai-chosho@hikari-seimei.co.jp>"],
        "subject": "満期保険金 支払調書用 個人番号のご連絡（証券番号 7720-118834）",
        "body": """ひかり生命保険株式会社
保険金支払部 支払調書ご担当者様

いつもお世話になっております。
日の出産業株式会社 保険サービス課の与那嶺です。

養老保険（団体扱）の満期保険金お支払いに伴い、支払調書作成のため
ご依頼のありました個人番号をご連絡いたします。

　証券番号　：7720-118834
　契約者　　：須賀原 政志（スガハラ マサシ）
　個人番号　：""" + my_number(SEED + 1) + """
　受取人　　：契約者に同じ

番号確認書類（通知カード写し）は別途郵送いたします。
お手数ですがご確認をお願いいたします。
""" + SIG_YONAMINE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "identifier: an employee's My Number in the body to the insurer",
    },
    # ---------------------------------------------------------------- 005
    {
        "id": "underwriting-005",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": ["比嘉 雄大 <higa.yudai@minato-kaijo.co.jp>"],
        "subject": "パスワードのご連絡（先ほどの送付ファイル）",
        "body": """みなと海上火災保険株式会社
損害サービス第一課　比嘉様

お世話になっております。日の出産業の宍戸です。
先ほどお送りした「事故報告書一式.zip」のパスワードをお知らせいたします。

　パスワード：Kq7#mT2w-Hn

解凍できない場合はご連絡ください。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the password half of a PPAP pair: no attachment, no personal data",
    },
    # ---------------------------------------------------------------- 006
    {
        "id": "underwriting-006",
        "charset": "utf-8",
        "sender": KUBODERA,
        "to": ["団体医療 事務センター <dantai-jimu@kyoei-health.jp>"],
        "subject": "扶養家族 追加加入届（3月受付分）",
        "body": """共栄ヘルス少額短期保険株式会社
団体医療 事務センター 御中

お世話になっております。日の出産業 保険サービス課の久保寺です。
3月受付分の扶養家族追加加入届をパスワード付きZIPにてお送りします。
パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。
""" + SIG_KUBODERA,
        "attachments": [
            {
                "kind": "zip",
                "name": "扶養追加_202603.zip",
                "password": "Hs2026-kenpo!",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "扶養追加_202603.xlsx",
                        "sheets": {"追加": [
                            ["社員番号", "被保険者氏名", "家族氏名", "続柄", "生年月日"],
                            ["H10288", "勅使河原 潤", "勅使河原 芽依", "子", "2026/01/15"],
                            ["H10340", "東海林 剛", "東海林 早苗", "配偶者", "1985/06/03"],
                            ["H10431", "柘植 大輔", "柘植 湊", "子", "2025/12/20"],
                            ["H10418", "芦田 康介", "芦田 莉子", "子", "2026/02/07"],
                            ["H10251", "真栄田 紗希", "真栄田 篤", "配偶者", "1988/04/12"],
                        ]},
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP) to the insurer; contents cannot be inspected",
    },
    # ---------------------------------------------------------------- 007
    {
        "id": "underwriting-007",
        "charset": "iso-2022-jp",
        "sender": HANAWA,
        "to": ["越智 一馬 <ochi.kazuma@hinode-sangyo.co.jp>"],
        "cc": ["人事課 健康管理担当 <kenko-kanri@hinode-sangyo.co.jp>"],
        "subject": "告知内容の確認（漆原さん 所得補償）",
        "body": """越智課長
（cc: 健康管理担当）

大樹損保から所得補償の引受照会が来ています。
ご本人からの回答内容は以下のとおりです。社外に出す前に一度ご確認ください。

・漆原 康弘さん（S53.9.24生）
・高血圧症、2023年5月から服薬（アムロジピン）
・2月の社内健診で血圧138/86

健康管理担当の方へ：健診結果の写しを保険会社に出してよいか、ご本人同意の
取り方についてご教示ください。

塙
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "all recipients internal: health declaration details may circulate inside the company",
    },
    # ---------------------------------------------------------------- 008
    {
        "id": "underwriting-008",
        "charset": "cp932",
        "sender": OCHI,
        "to": [
            "鶴見 健吾 <tsurumi.kengo@towa-life.co.jp>",
            "荻窪 里奈 <ogikubo.rina@taiju-sonpo.co.jp>",
            "法人営業部 団体保険グループ <dantai-g@minato-kaijo.co.jp>",
        ],
        "subject": "【見積依頼】団体長期障害所得補償保険（GLTD）導入のご提案依頼",
        "body": """各位

お世話になっております。日の出産業 保険サービス課の越智でございます。

当社では2027年1月より団体長期障害所得補償保険（GLTD）の導入を検討しており、
下記条件にてご提案・お見積りをお願いしたく存じます。

　・対象：正社員 1,232名（平均年齢 41.3歳）
　・てん補期間：定年（65歳）まで
　・免責期間：180日
　・てん補割合：給与の60％（上限 月額50万円）
　・保険料負担：会社拠出（基本部分）＋任意加入（上乗せ部分）

ご提案書は9月12日（金）までにご提出ください。
オリエンテーションは8月下旬に個別に実施させていただきます。

よろしくお願いいたします。
""" + SIG_OCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: three competing insurers in To can see each other; should have been Bcc",
    },
    # ---------------------------------------------------------------- 009
    {
        "id": "underwriting-009",
        "charset": "utf-8",
        "sender": OCHI,
        "to": ["篠宮 直樹 <shinomiya@apex-ib.co.jp>"],
        "subject": "秘密保持契約書（案）のご確認のお願い",
        "body": """エイペックス保険ブローカーズ株式会社
篠宮様

お世話になっております。日の出産業の越智です。

GLTD導入のコンサルティングに先立ち、秘密保持契約を締結させていただきたく、
当社法務部で作成した契約書案を添付いたします。
第3条（秘密情報の範囲）と第8条（有効期間）について、貴社のご意見を
伺えればと存じます。

修正がございましたら変更履歴付きでご返送ください。
""" + SIG_OCHI + "\n" + DISCLAIMER_JA,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書_案_v2.docx",
                "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "日の出産業株式会社（以下「甲」という。）とエイペックス保険ブローカーズ株式会社（以下「乙」という。）は、"
                    "甲の従業員向け保険制度の検討（以下「本件」という。）に関し、次のとおり契約を締結する。",
                    "第1条（目的）本契約は、本件に関して相互に開示される秘密情報の取扱いを定めることを目的とする。",
                    "第3条（秘密情報の範囲）秘密情報とは、開示当事者が書面により秘密である旨を明示した情報をいう。"
                    "ただし、公知の情報、受領時に既に保有していた情報はこの限りでない。",
                    "第5条（個人情報）乙は、甲から提供を受けた個人情報を本件の目的の範囲内でのみ利用する。",
                    "第8条（有効期間）本契約の有効期間は締結日から2年間とする。",
                    "以上",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the draft contract; the word 秘密 is the subject matter, not a marking",
    },
    # ---------------------------------------------------------------- 010
    {
        "id": "underwriting-010",
        "charset": "iso-2022-jp",
        "sender": YONAMINE,
        "to": ["宍戸 玲奈 <shishido.rena@hinode-sangyo.jp>"],
        "subject": "団体保険 更改スケジュール（共有）",
        "body": """宍戸さん

お疲れさまです。与那嶺です。
10月更改に向けたスケジュール案を共有します。

　7/15　各社へ見積依頼
　8/29　見積回答締切
　9/05　比較表作成・課長レビュー
　9/19　経営会議付議
　9/30　申込書提出

見積依頼文のドラフトは明日までに作ります。
""" + SIG_YONAMINE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: colleague's address typed as hinode-sangyo.jp (dropped co.) instead of hinode-sangyo.co.jp",
    },
    # ---------------------------------------------------------------- 011
    {
        "id": "underwriting-011",
        "charset": "utf-8",
        "sender": KUBODERA,
        "to": ["引受審査課 <hikiuke@kyoei-health.jp>"],
        "subject": "団体医療保険 告知対象者の健診結果（引受審査用）",
        "body": """共栄ヘルス少額短期保険
引受審査課 御中

お世話になっております。日の出産業の久保寺です。

先日ご依頼のありました、告知で「該当あり」となった方の健康診断結果を
一覧にまとめましたので添付いたします。
ご本人からは保険会社への提供について同意をいただいております。

ご審査のほど、よろしくお願いいたします。
""" + SIG_KUBODERA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "告知該当者_健診結果.xlsx",
                "sheets": {
                    "健診結果": [
                        ["団体医療保険 告知該当者 健康診断結果一覧（2026年2月実施分）"],
                        ["社員番号", "氏名", "生年月日", "BMI", "血圧", "HbA1c", "γ-GTP", "総合判定", "所見"],
                        ["H10317", "鬼頭 泰明", "1972/08/30", 28.4, "152/98", 6.9, 121, "D（要治療）", "高血圧・糖尿病疑い"],
                        ["H10394", "釜谷 修平", "1969/05/29", 24.1, "134/84", 5.6, 188, "C（要精密検査）", "肝機能異常"],
                        ["H10447", "樋渡 紀子", "1974/01/27", 21.0, "118/72", 5.4, 22, "C（要精密検査）", "乳房エコー所見あり"],
                        ["H10476", "乙部 隆之", "1970/04/04", 30.2, "146/92", 7.4, 64, "D（要治療）", "2型糖尿病 治療中"],
                        ["H10233", "吉弘 聡", "1979/03/14", 26.7, "128/80", 5.8, 97, "C（要経過観察）", "脂質異常症"],
                        ["H10389", "日比野 智子", "1976/10/03", 19.8, "110/68", 5.3, 18, "C（要精密検査）", "心電図異常（不整脈）"],
                    ],
                    "判定基準": [
                        ["判定", "内容"],
                        ["A", "異常なし"],
                        ["B", "軽度異常"],
                        ["C", "要経過観察／要精密検査"],
                        ["D", "要治療"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list + sensitive: six employees' health check results and findings in an XLSX to the insurer",
    },
    # ---------------------------------------------------------------- 012
    {
        "id": "underwriting-012",
        "charset": "cp932",
        "sender": SHISHIDO,
        "to": ["人事部 厚生グループ 丹羽様 <niwa.k@kawasaki-denki.co.jp>"],
        "subject": "生命保険 診査 提携医療機関のご案内（出向者の方向け）",
        "body": """川崎電機株式会社
人事部 厚生グループ　丹羽様

いつもお世話になっております。日の出産業 保険サービス課の宍戸でございます。

貴社から当社へご出向中の皆様が団体保険の上乗せ加入をされる際、
医師扱（診査）が必要となる場合の提携医療機関は以下のとおりです。
受診の際は事前に各医療機関へご予約ください。

■東京都
・神田錦町クリニック　　千代田区神田錦町3-1-8　　　TEL 03-3291-5521
・御茶ノ水ウェルネス診療所　文京区湯島1-4-12 2F　TEL 03-3812-6630
■神奈川県
・みなとみらい健診センター　横浜市西区高島2-6-30　TEL 045-451-7204
■埼玉県
・大宮駅前内科　　　さいたま市大宮区桜木町1-9-5　TEL 048-642-3318
■千葉県
・海浜幕張メディカルプラザ　千葉市美浜区ひび野2-3-1　TEL 043-296-1150

受診費用は保険会社負担となります。
ご不明な点がございましたらお気軽にお問い合わせください。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of clinics (businesses) with their addresses and switchboards, not people",
    },
    # ---------------------------------------------------------------- 013
    {
        "id": "underwriting-013",
        "charset": "iso-2022-jp",
        "sender": YONAMINE,
        "to": ["収納サービスセンター <shuno-center@minato-kaijo.co.jp>"],
        "subject": "自動車保険 クレジットカード払いへの変更手続き（証券番号 MK-55031827）",
        "body": """みなと海上火災保険株式会社
収納サービスセンター ご担当者様

お世話になっております。日の出産業 保険サービス課（代理店コード 08-4471）の与那嶺です。

当社従業員の個人契約の自動車保険について、口座振替からクレジットカード払いへの
変更をご本人より依頼されました。以下の内容でお手続きをお願いいたします。

　証券番号　　　：MK-55031827
　契約者氏名　　：蓮見 拓也（ハスミ タクヤ）
　カード番号　　：""" + card_number(SEED + 101) + """
　有効期限　　　：09/29
　カード名義　　：TAKUYA HASUMI
　変更開始月　　：2026年6月分から

ご本人が平日日中にお電話をいただくのが難しいとのことで、代理店経由でのご依頼となります。
よろしくお願いいたします。
""" + SIG_YONAMINE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "identifier: a policyholder's credit card number and expiry in the body",
    },
    # ---------------------------------------------------------------- 014
    {
        "id": "underwriting-014",
        "charset": "utf-8",
        "sender": OCHI,
        "to": ["御手洗 徹 <mitarai.toru@hikari-seimei.co.jp>"],
        "subject": "担当者変更のご連絡",
        "body": """ひかり生命保険株式会社
団体保険部　御手洗様

いつもお世話になっております。日の出産業の越智でございます。

4月1日付の人事異動により、団体保険の事務窓口を下記のとおり変更いたします。

　新担当：総務部 保険サービス課　宍戸 玲奈（ししど れな）
　直通　：03-5283-4479
　メール：shishido.rena@hinode-sangyo.co.jp

前任の吉弘は営業一課へ異動いたしましたが、引継ぎは完了しております。
今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。
""" + SIG_OCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one business contact (the company's own new desk contact): ordinary mail",
    },
    # ---------------------------------------------------------------- 015
    {
        "id": "underwriting-015",
        "charset": "cp932",
        "sender": HANAWA,
        "to": ["団体医療 事務センター <dantai-jimu@kyoei-health.jp>"],
        "subject": "家族型への変更　対象者のご連絡",
        "body": """共栄ヘルス少額短期保険
団体医療 事務センター　ご担当者様

お世話になっております。日の出産業の塙です。
7月1日付で本人型から家族型へ変更を希望する方の家族情報をお送りします。

被保険者　　　　家族氏名　　　　　カナ　　　　　　　続柄　　生年月日
--------------------------------------------------------------------------
百瀬 かおり　　百瀬 一樹　　　　モモセ カズキ　　　配偶者　Ｓ６１．７．１８
百瀬 かおり　　百瀬 詩　　　　　モモセ ウタ　　　　長女　　Ｈ３１．４．２
宇佐美 恵理　　宇佐美 拓　　　　ウサミ タク　　　　配偶者　Ｓ６２．１．２９
神保 真由　　　神保 陽向　　　　ジンボ ヒナタ　　　長男　　Ｒ２．１０．５
神保 真由　　　神保 慎也　　　　ジンボ シンヤ　　　配偶者　Ｈ２．３．１４
小野寺 愛　　　小野寺 凛　　　　オノデラ リン　　　長女　　Ｒ５．８．２１
--------------------------------------------------------------------------

変更後の保険料は7月給与から控除いたします。
よろしくお願いいたします。
""" + SIG_HANAWA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: six family members' names, relationships and wareki dates of birth, padded columns in the body",
    },
    # ---------------------------------------------------------------- 016
    {
        "id": "underwriting-016",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": ["御手洗 徹 <mitarai.toru@hikari-seimei.co.jp>"],
        "subject": "RE: 加入者データ照合のお願い",
        "body": """御手洗様

お世話になっております。宍戸です。
ご照会の5名について社内の人事データと照合いたしました。
全件、氏名・生年月日とも相違ございません。
このまま登録をお進めください。

宍戸

-----Original Message-----
From: 御手洗 徹 <mitarai.toru@hikari-seimei.co.jp>
Sent: Tuesday, May 12, 2026 4:18 PM
To: 宍戸 玲奈 <shishido.rena@hinode-sangyo.co.jp>
Subject: 加入者データ照合のお願い

日の出産業 宍戸様

ひかり生命の御手洗です。
申込書の記載が判読しづらい以下の方について、データのご確認をお願いします。

  鴨志田 航    2003/05/17
  四十物 結衣  2003/03/11
  大日向 智史  1986/10/19
  猿渡 千晶    1990/02/23
  三ツ矢 亮    1983/08/08

よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five people's data is only in the quoted original the insurer sent; new text has none",
    },
    # ---------------------------------------------------------------- 017
    {
        "id": "underwriting-017",
        "charset": "utf-8",
        "sender": OCHI,
        "to": ["篠宮 直樹 <shinomiya@apex-ib.co.jp>"],
        "subject": "福利厚生保険制度 見直し案のご共有",
        "body": """篠宮様

お世話になっております。越智です。
先日の打合せで話題に出ました、当社の保険制度見直し案（経営会議資料の抜粋）を
お送りします。GLTDの設計にあたってご参考ください。

よろしくお願いいたします。
""" + SIG_OCHI,
        "attachments": [
            {
                "kind": "docx",
                "name": "保険制度見直し案_経営会議抜粋.docx",
                "page_header": "社外秘",
                "page_footer": "日の出産業株式会社 総務部　社外秘・複製禁止",
                "paragraphs": [
                    "福利厚生保険制度の見直しについて（案）",
                    "1. 現状：団体定期保険（会社負担）、団体医療保険（任意）、所得補償（個別契約）の3本立て。",
                    "2. 課題：休職者の増加に伴い、傷病手当金終了後の所得保障が不十分。",
                    "3. 方針：2027年1月にGLTDを導入し、所得補償の個別契約は段階的に廃止する。",
                    "4. 予算：会社負担分 年間約2,400万円を上限とする。",
                    "5. 組合説明：2026年11月の労使協議会で説明予定。",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached DOCX carries a 社外秘 header and footer stamp",
    },
    # ---------------------------------------------------------------- 018
    {
        "id": "underwriting-018",
        "charset": "iso-2022-jp",
        "sender": YONAMINE,
        "to": ["保険金サービス課 <hokenkin-service@hikari-seimei.co.jp>"],
        "subject": "入院給付金請求 診断書（PDF）送付",
        "body": """ひかり生命保険株式会社
保険金サービス課 御中

お世話になっております。日の出産業 保険サービス課の与那嶺です。
請求番号 HC-26-004512 の診断書をPDFにてお送りします。
PDFにはパスワードを設定しております（別途お電話にてお伝えします）。

原本は本日簡易書留で発送いたしました。
""" + SIG_YONAMINE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "診断書_HC-26-004512.pdf",
                "password": "hc4512",
                "lines": [
                    "診断書（入院・手術証明書）",
                    "患者氏名：猿渡 千晶　生年月日：1990年2月23日",
                    "傷病名：子宮筋腫",
                    "入院期間：2026年3月2日～2026年3月9日",
                    "手術名：腹腔鏡下子宮筋腫核出術",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected PDF (a medical certificate) cannot be inspected",
    },
    # ---------------------------------------------------------------- 019
    {
        "id": "underwriting-019",
        "charset": "cp932",
        "sender": OCHI,
        "to": ["鶴見 健吾 <tsurumi.kengo@towa-life.co.jp>"],
        "subject": "団体定期保険 支払実績の集計（2021～2025年度）",
        "body": """鶴見様

お世話になっております。越智です。
更改見積の前提として、当社側で把握している保険金・給付金の請求実績を集計しました。
個人が特定されないよう、件数のみの記載としております。

年度　　　死亡　高度障害　入院給付（がん）（心疾患）（その他）
2021　　　 1　　　0　　　　　14　　　 2　　　 1　　　 11
2022　　　 0　　　0　　　　　19　　　 3　　　 2　　　 14
2023　　　 2　　　0　　　　　17　　　 4　　　 1　　　 12
2024　　　 0　　　1　　　　　22　　　 3　　　 3　　　 16
2025　　　 1　　　0　　　　　20　　　 5　　　 2　　　 13

被保険者数は各年度とも1,150～1,240名で推移しています。
貴社の支払データと差異がございましたらご指摘ください。
（同じ表をブラウザで見られる形式でも添付しております）
""" + SIG_OCHI,
        "attachments": [
            {
                "kind": "html",
                "name": "支払実績集計_2021-2025.html",
                "html": """<html><head><meta charset="utf-8"><title>支払実績集計</title></head><body>
<h4>団体定期保険・団体医療保険 請求件数（2021～2025年度）</h4>
<table border="1"><tr><th>年度</th><th>死亡</th><th>高度障害</th><th>入院給付</th><th>うちがん</th><th>うち心疾患</th></tr>
<tr><td>2021</td><td>1</td><td>0</td><td>14</td><td>2</td><td>1</td></tr>
<tr><td>2022</td><td>0</td><td>0</td><td>19</td><td>3</td><td>2</td></tr>
<tr><td>2023</td><td>2</td><td>0</td><td>17</td><td>4</td><td>1</td></tr>
<tr><td>2024</td><td>0</td><td>1</td><td>22</td><td>3</td><td>3</td></tr>
<tr><td>2025</td><td>1</td><td>0</td><td>20</td><td>5</td><td>2</td></tr>
</table><p>日の出産業株式会社 総務部 保険サービス課 集計</p></body></html>""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated claim statistics by year and cause, no individual identifiable",
    },
    # ---------------------------------------------------------------- 020
    {
        "id": "underwriting-020",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": ["御手洗 徹 <mitarai.toru@hikari-seimei.co.jp>"],
        "subject": "受取人変更書類の提出遅延について",
        "body": """御手洗様

お世話になっております。日の出産業の宍戸です。

ご依頼いただいておりました受取人変更請求書ですが、
営業二課の八木沼 隆さんが先週から入院されており、ご本人の自署がいただけない状況です。
退院は来月上旬の見込みと伺っておりますので、提出は6月中旬になる見込みです。

期限を過ぎてしまい恐縮ですが、ご了承いただけますと幸いです。
""" + SIG_SHISHIDO,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's hospitalisation without any diagnosis: health data or mere absence notice, arguable",
    },
    # ---------------------------------------------------------------- 021
    {
        "id": "underwriting-021",
        "charset": "utf-8",
        "sender": HANAWA,
        "to": ["契約保全課 <hozen@hikari-seimei.co.jp>"],
        "subject": "個人年金保険 契約者変更に伴う本人確認事項",
        "body": """ひかり生命保険株式会社
契約保全課 ご担当者様

お世話になっております。日の出産業 保険サービス課の塙です。

証券番号 5501-287764（個人年金保険・団体扱）の契約者変更につき、
新契約者の本人確認書類の記載事項を以下のとおりご連絡いたします。
（書類の写しはご本人が郵送で提出予定です）

【新契約者】
氏名　　　：神保 真由（ジンボ マユ）
生年月日　：平成３年６月３０日
本人確認書類：健康保険被保険者証
　保険者番号：０６１３７４５２
　記号　　　：４１２０７
　番号　　　：３８
　枝番　　　：００

旧契約者（配偶者・神保 慎也様）の同意書は取得済みです。
手続き完了の目安をご教示いただけますと幸いです。
""" + SIG_HANAWA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "identifier: health insurance card symbol and number of a named person, full-width digits",
    },
    # ---------------------------------------------------------------- 022
    {
        "id": "underwriting-022",
        "charset": "iso-2022-jp",
        "sender": OCHI,
        "to": ["代理店研修センター <kenshu@taiju-sonpo.co.jp>"],
        "subject": "募集人継続研修（6/18）参加者のご連絡",
        "body": """大樹損害保険株式会社
代理店研修センター 御中

お世話になっております。日の出産業の越智です。
6月18日（木）の募集人継続研修に、当課から以下の4名が参加いたします。
当日の緊急連絡先として携帯番号を併記します。

　１．越智 一馬　　　090-3371-8826
　２．久保寺 朋美　　080-5162-0947
　３．与那嶺 悠人　　070-2285-4413
　４．宍戸 玲奈　　　090-6608-1739

会場（大樹損保 新宿研修室）へは10分前までに伺います。
""" + SIG_OCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four attendees with mobile numbers: at most four people's records, may be warned",
    },
    # ---------------------------------------------------------------- 023
    {
        "id": "underwriting-023",
        "charset": "cp932",
        "sender": YONAMINE,
        "to": ["法人営業部 杉谷様 <sugitani.h@midori-ginkou.co.jp>"],
        "subject": "保険料口座振替依頼書（法人口座）の件",
        "body": """株式会社みどり銀行
法人営業部　杉谷様

いつもお世話になっております。日の出産業の与那嶺です。

団体保険料の引落口座を貴行本店営業部の当社口座へ変更するにあたり、
口座振替依頼書の記入方法について確認させてください。

・委託者名（収納代行会社）の欄は保険会社名でよいか
・届出印は銀行届出印（角印）でよいか

お手数ですがご教示ください。
""" + SIG_YONAMINE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: midori-ginkou.co.jp has a letter added to the partner bank's midori-ginko.co.jp",
    },
    # ---------------------------------------------------------------- 024
    {
        "id": "underwriting-024",
        "charset": "cp932",
        "sender": KUBODERA,
        "to": ["団体扱 収納課 <dantai-shuno@hikari-seimei.co.jp>"],
        "subject": "個人年金保険 団体扱 6月分控除データ",
        "body": """ひかり生命保険
団体扱 収納課 御中

お世話になっております。日の出産業 保険サービス課の久保寺です。
6月給与控除分のデータ（CSV）を送付いたします。
新規2件、減額1件を含みます。

ご確認のほどお願いいたします。
""" + SIG_KUBODERA,
        "attachments": [
            {
                "kind": "csv",
                "name": "kojo_nenkin_202606.csv",
                "encoding": "cp932",
                "rows": [
                    ["社員番号", "氏名", "生年月日", "証券番号", "月額保険料", "異動区分"],
                    ["H10233", "吉弘 聡", "1979/03/14", "5501-274410", "15000", ""],
                    ["H10302", "百瀬 かおり", "1987/01/09", "5501-275028", "10000", ""],
                    ["H10317", "鬼頭 泰明", "1972/08/30", "5501-268391", "30000", "減額"],
                    ["H10366", "仲村渠 美月", "1993/07/21", "5501-281107", "8000", ""],
                    ["H10389", "日比野 智子", "1976/10/03", "5501-269953", "20000", ""],
                    ["H10402", "宇佐美 恵理", "1989/09/16", "5501-283345", "12000", ""],
                    ["H10425", "神保 真由", "1991/06/30", "5501-287764", "10000", ""],
                    ["H10460", "瀬戸口 彩", "1994/12/19", "5501-290016", "10000", "新規"],
                    ["H10482", "井ノ口 遥", "1996/03/25", "5501-290017", "5000", "新規"],
                    ["H10447", "樋渡 紀子", "1974/01/27", "5501-270882", "25000", ""],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: ten employees with dates of birth, policy numbers and premiums in a CP932 CSV",
    },
    # ---------------------------------------------------------------- 025
    {
        "id": "underwriting-025",
        "charset": "utf-8",
        "sender": "経理課 麻生 <aso.minoru@mail.hinode-sangyo.co.jp>",
        "to": ["与那嶺 悠人 <yonamine.yuto@hinode-sangyo.co.jp>"],
        "subject": "支払調書用 個人番号（保険金受取人分）",
        "body": """与那嶺さん

経理課の麻生です。
保険会社から依頼のあった支払調書用の個人番号、社内マイナンバー管理台帳から
抽出しました。取扱いには十分注意してください（保険会社へはご本人経由で提出のこと）。

氏名            個人番号
--------------  ------------
須賀原 政志    """ + my_number(SEED + 2) + """
漆原 康弘      """ + my_number(SEED + 3) + """
鬼頭 泰明      """ + my_number(SEED + 4) + """

麻生
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "My Numbers stay inside the company (sender on an internal subdomain, recipient internal)",
    },
    # ---------------------------------------------------------------- 026
    {
        "id": "underwriting-026",
        "charset": "iso-2022-jp",
        "sender": OCHI,
        "to": ["鶴見 健吾 <tsurumi.kengo@towa-life.co.jp>"],
        "subject": "所得補償保険金 請求のご相談（営業三課 社員）",
        "body": """鶴見様

お世話になっております。越智です。
団体所得補償保険の保険金請求について、事前にご相談させてください。

　被保険者：柘植 大輔（営業三課、1978年11月22日生）
　傷病名　：うつ病（主治医：ささはら心療内科クリニック）
　休職開始：2026年1月13日
　現状　　：傷病手当金を受給中。主治医の見立てでは復職まで少なくとも半年。

免責期間（180日）経過後の7月中旬に請求予定です。
医師の診断書は貴社所定様式でよろしいでしょうか。
また、復職後に再発した場合の取扱いについてもご教示ください。
""" + SIG_OCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's mental illness and sick leave sent to the insurer",
    },
    # ---------------------------------------------------------------- 027
    {
        "id": "underwriting-027",
        "charset": "utf-8",
        "sender": "Kazuma Ochi <ochi.kazuma@hinode-sangyo.co.jp>",
        "to": ["Claire Donnelly <c.donnelly@meridian-gh.com>"],
        "subject": "Renewal of Group Expatriate Medical Plan (Policy MGH-JP-20417)",
        "body": """Dear Ms. Donnelly,

Thank you for your renewal proposal dated 3 June.

We would like to proceed with the renewal from 1 August 2026 on the following basis:

  - Plan: Gold (worldwide excl. USA), unchanged
  - Outpatient deductible: raised from USD 0 to USD 100 per visit
  - Dental: kept as an optional module
  - Headcount at renewal: 23 employees and 31 dependants (no change in countries)

Could you please confirm the revised premium and send the renewal documents
to our office by 10 July? A signed copy will be returned within a week.
""" + SIG_OCHI_EN + "\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English renewal mail to a foreign insurer: plan terms and headcounts only",
    },
    # ---------------------------------------------------------------- 028
    {
        "id": "underwriting-028",
        "charset": "cp932",
        "sender": SHISHIDO,
        "to": ["海外旅行保険デスク <kaigai@minato-kaijo.co.jp>"],
        "subject": "海外出張 旅行保険 付保依頼（ベトナム 7/6～7/17）",
        "body": """みなと海上火災保険株式会社
海外旅行保険デスク 御中

お世話になっております。日の出産業 保険サービス課の宍戸です。
包括契約（証券番号 MK-T-00871）に基づき、下記2名の付保をお願いいたします。

1) 氏名（ローマ字）：NAGUMO RIKU　南雲 陸
   生年月日：1999年8月14日
   旅券番号：TZ4815027
   渡航先：ベトナム（ホーチミン、ハノイ）
   期間：2026年7月6日～7月17日

2) 氏名（ローマ字）：SETOGUCHI AYA　瀬戸口 彩
   生年月日：1994年12月19日
   旅券番号：TR7730461
   渡航先：同上
   期間：同上

付保証明書（英文）を7月1日までに発行いただけますでしょうか。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "identifier: passport numbers of two travellers",
    },
    # ---------------------------------------------------------------- 029
    {
        "id": "underwriting-029",
        "charset": "iso-2022-jp",
        "sender": KUBODERA,
        "to": ["荻窪 里奈 <ogikubo.rina@taiju-sonpo.co.jp>"],
        "cc": ["篠宮 直樹 <shinomiya@apex-ib.co.jp>"],
        "subject": "団体傷害保険 更改打合せ日程のご相談",
        "body": """大樹損害保険 荻窪様
（cc：エイペックス保険ブローカーズ 篠宮様）

お世話になっております。日の出産業の久保寺です。
団体傷害保険の更改条件について、三者で打合せをさせていただきたく、
以下の候補日からご都合のよい日時をお知らせください。

　① 7月 8日（水）14:00～15:00
　② 7月10日（金）10:00～11:00
　③ 7月14日（火）15:00～16:00

場所は当社5階 第2会議室、またはTeamsでも結構です。
""" + SIG_KUBODERA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way meeting mail: insurer in To, broker in Cc (two external organisations)",
    },
    # ---------------------------------------------------------------- 030
    {
        "id": "underwriting-030",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": [
            "nishizono.takeshi55@gmail.com",
            "k-hamaoka@yahoo.co.jp",
            "yuriko.tamaru.0412@docomo.ne.jp",
            "ishigami_shoji@icloud.com",
        ],
        "subject": "【ご案内】退職後の団体保険（継続加入）について",
        "body": """3月末にご退職された皆様

日の出産業株式会社 総務部 保険サービス課の宍戸でございます。
在職中は団体保険にご加入いただき、ありがとうございました。

ご退職後も、団体定期保険・団体医療保険は「退職者継続プラン」として
最長75歳までご継続いただけます。ご希望の方は同封の申込書に記入のうえ、
6月30日までにご返送ください。

・保険料は年払い（口座振替）となります
・保険金額は在職中の金額以下でお選びいただけます
・健康状態の告知は不要です（継続の場合に限ります）

ご不明点は下記までお問い合わせください。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "visible parties: four retirees' private addresses in To can see each other; should have been Bcc",
    },
    # ---------------------------------------------------------------- 031
    {
        "id": "underwriting-031",
        "charset": "utf-8",
        "sender": "Kazuma Ochi <ochi.kazuma@hinode-sangyo.co.jp>",
        "to": ["MGH Underwriting <underwriting@meridian-gh.com>"],
        "subject": "Pre-existing condition declaration - new expatriate (Jakarta)",
        "body": """Dear Underwriting Team,

Please find below the medical declaration for an employee who will be
assigned to our Jakarta office from 1 September 2026 and needs to join
the Group Expatriate Medical Plan (Policy MGH-JP-20417).

  Name:            Mr. Satoshi OHINATA
  Date of birth:   19 October 1986
  Condition:       Type 2 diabetes mellitus, diagnosed March 2022
  Treatment:       Metformin 500 mg twice daily; HbA1c 7.1% (April 2026)
  Hospitalisation: none in the last five years

Could you let us know whether the condition will be covered, excluded,
or covered with an additional premium loading?
""" + SIG_OCHI_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: an employee's diagnosis and treatment in English to a foreign insurer",
    },
    # ---------------------------------------------------------------- 032
    {
        "id": "underwriting-032",
        "charset": "cp932",
        "sender": KUBODERA,
        "to": ["代理店手数料 精算担当 <dairiten-seisan@taiju-sonpo.co.jp>"],
        "subject": "代理店手数料 請求書（2026年5月分）",
        "body": """大樹損害保険株式会社
代理店手数料 精算ご担当者様

お世話になっております。日の出産業の久保寺です。
5月分の代理店手数料につき、請求書（適格請求書）を添付いたします。
お振込み期日は6月30日でお願いいたします。
""" + SIG_KUBODERA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "請求書_202605_大樹損保.pdf",
                "title": "請求書",
                "lines": [
                    "請 求 書",
                    "大樹損害保険株式会社 御中",
                    "請求日：2026年6月5日　　請求番号：HS-AG-2605-031",
                    "日の出産業株式会社　東京都千代田区神田錦町2-7-11",
                    "登録番号：T6301104028817",
                    "件名：代理店手数料（2026年5月計上分）",
                ],
                "table": [
                    ["種目", "計上保険料", "手数料率", "手数料"],
                    ["団体傷害保険", "4,128,000", "15%", "619,200"],
                    ["自動車保険（フリート）", "2,870,400", "17%", "487,968"],
                    ["火災保険", "962,500", "20%", "192,500"],
                    ["小計", "", "", "1,299,668"],
                    ["消費税（10%）", "", "", "129,966"],
                    ["合計", "", "", "1,429,634"],
                    ["振込先：みどり銀行 本店営業部 普通 1187354 ﾋﾉﾃﾞｻﾝｷﾞｮｳ(ｶ", "", "", ""],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice with the company's T-number and company bank account: business data, not a person's",
    },
    # ---------------------------------------------------------------- 033
    {
        "id": "underwriting-033",
        "charset": "iso-2022-jp",
        "sender": HANAWA,
        "to": ["御手洗 徹 <mitarai.toru@hikari-seimei.co.jp>"],
        "subject": "加入者異動届（3月分）",
        "body": """御手洗様

お世話になっております。塙です。
3月分の加入者異動届を添付いたします。
（脱退4名・住所変更2名・保険金額変更1名）

よろしくお願いいたします。
""" + SIG_HANAWA,
        "attachments": [{"kind": "corrupt", "name": "加入者異動届_3月.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the attached XLSX is corrupt and cannot be inspected",
    },
    # ---------------------------------------------------------------- 034
    {
        "id": "underwriting-034",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": ["海外旅行保険デスク <kaigai@minato-kaijo.co.jp>"],
        "subject": "海外旅行保険 包括契約 出張者通知（7月分）",
        "html": """<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10pt">
<p>みなと海上火災保険株式会社<br>海外旅行保険デスク 御中</p>
<p>いつもお世話になっております。日の出産業 保険サービス課の宍戸です。<br>
包括契約（証券番号 MK-T-00871）に基づき、7月の出張予定者をご通知いたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f5"><th>No.</th><th>氏名</th><th>ローマ字</th><th>生年月日</th><th>渡航先</th><th>出国日</th><th>帰国日</th><th>携帯電話（海外ローミング）</th></tr>
<tr><td>1</td><td>吉弘 聡</td><td>YOSHIHIRO SATOSHI</td><td>1979/03/14</td><td>タイ</td><td>7/2</td><td>7/9</td><td>090-4471-2853</td></tr>
<tr><td>2</td><td>釜谷 修平</td><td>KAMAYA SHUHEI</td><td>1969/05/29</td><td>中国（上海）</td><td>7/5</td><td>7/11</td><td>080-3306-7714</td></tr>
<tr><td>3</td><td>宇佐美 恵理</td><td>USAMI ERI</td><td>1989/09/16</td><td>シンガポール</td><td>7/12</td><td>7/18</td><td>090-8825-1340</td></tr>
<tr><td>4</td><td>芦田 康介</td><td>ASHIDA KOSUKE</td><td>1985/03/08</td><td>米国（シカゴ）</td><td>7/13</td><td>7/24</td><td>070-6193-5528</td></tr>
<tr><td>5</td><td>東海林 剛</td><td>SHOJI TSUYOSHI</td><td>1981/12/05</td><td>ドイツ</td><td>7/19</td><td>7/28</td><td>080-1147-6609</td></tr>
<tr><td>6</td><td>南雲 陸</td><td>NAGUMO RIKU</td><td>1999/08/14</td><td>ベトナム</td><td>7/6</td><td>7/17</td><td>090-2208-9136</td></tr>
<tr><td>7</td><td>瀬戸口 彩</td><td>SETOGUCHI AYA</td><td>1994/12/19</td><td>ベトナム</td><td>7/6</td><td>7/17</td><td>070-5542-0871</td></tr>
</table>
<p>付保証明書が必要な方は別途ご連絡いたします。<br>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 総務部 保険サービス課　宍戸 玲奈<br>TEL 03-5283-4471 / 内線 5415</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: seven travellers with dates of birth and mobile numbers in an HTML-only table",
    },
    # ---------------------------------------------------------------- 035
    {
        "id": "underwriting-035",
        "charset": "iso-2022-jp",
        "sender": KUBODERA,
        "to": ["tendo.sota.0312@gmail.com"],
        "subject": "団体医療保険 加入申込書・告知書（様式）の送付",
        "body": """天童 颯太 様

日の出産業 総務部 保険サービス課の久保寺です。
入社前研修の際にご依頼のありました、団体医療保険の申込書と告知書の様式をお送りします。
ご自宅でご家族とご検討いただき、加入される場合は入社日（4/1）に
原本をご持参ください。告知内容はメールではお送りいただかないようお願いします。

何かご不明点があればご連絡ください。
""" + SIG_KUBODERA,
        "attachments": [
            {
                "kind": "docx",
                "name": "団体医療保険_申込書兼告知書_様式.docx",
                "paragraphs": [
                    "団体医療保険 加入申込書 兼 告知書",
                    "記入上の注意：告知は被保険者ご本人が自署でご記入ください。",
                    "質問1　最近3か月以内に、医師の診察・検査・治療・投薬を受けたことがありますか。　□はい　□いいえ",
                    "質問2　過去5年以内に、病気やけがで7日以上の入院または手術を受けたことがありますか。　□はい　□いいえ",
                    "質問3　過去5年以内に、がん・心疾患・脳血管疾患・精神疾患で医師の診察を受けたことがありますか。　□はい　□いいえ",
                    "「はい」の場合：病名（　　　　　　）　治療期間（　　　　　　）　医療機関名（　　　　　　）",
                ],
                "tables": [
                    [["被保険者氏名", ""], ["生年月日", "昭和・平成　　年　　月　　日"], ["社員番号", ""], ["署名", ""]],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "blank application/declaration form to one new hire's free-mail address: no one's data in it",
    },
    # ---------------------------------------------------------------- 036
    {
        "id": "underwriting-036",
        "charset": "cp932",
        "sender": OCHI,
        "to": ["荻窪 里奈 <ogikubo.rina@taiju-sonpo.co.jp>"],
        "subject": "身元信用保険 事故発生のご報告（第一報）",
        "body": """大樹損害保険株式会社
企業営業部　荻窪様

いつもお世話になっております。日の出産業の越智でございます。
身元信用保険（証券番号 TJ-F-330129）につき、事故発生のご報告をいたします。

【事故概要】
・行為者：元購買課 係長　鶴田 昌平（つるた しょうへい、1977年生）
・内容　：2023年4月～2026年2月、架空の外注先への支払いを装い、
　　　　　約1,860万円を着服（社内監査で発覚）
・経過　：2026年4月22日 懲戒解雇、5月20日 業務上横領の疑いで警視庁に逮捕
・現状　：弁護士（白川法律事務所）を通じて返済交渉中

今後の保険金請求手続き、および必要書類についてご教示ください。
""" + SIG_OCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named former employee's arrest for embezzlement (criminal record) in a fidelity claim",
    },
    # ---------------------------------------------------------------- 037
    {
        "id": "underwriting-037",
        "charset": "utf-8",
        "sender": "Kazuma Ochi <ochi.kazuma@hinode-sangyo.co.jp>",
        "to": ["Claire Donnelly <c.donnelly@meridian-gh.com>"],
        "subject": "Re: Census check before renewal",
        "body": """Dear Claire,

Thanks for checking. I can confirm that all three records below are correct
and that no further changes are expected before 1 August.

Best regards,
Kazuma

On Mon, 22 Jun 2026 at 09:41, Claire Donnelly <c.donnelly@meridian-gh.com> wrote:
> Dear Kazuma,
>
> Before we issue the renewal documents, could you confirm the following
> members, whose dates of birth differ from our previous census?
>
>   Member                Date of birth   Country
>   Ryo MITSUYA           08 Aug 1983     Thailand
>   Chiaki SARUWATARI     23 Feb 1990     Singapore
>   Wataru KAMOSHIDA      17 May 2003     Vietnam
>
> Kind regards,
> Claire Donnelly
> Underwriting, Meridian Global Health
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the members' data is only in the quoted mail from the insurer; new text has none",
    },
    # ---------------------------------------------------------------- 038
    {
        "id": "underwriting-038",
        "charset": "utf-8",
        "sender": "Kazuma Ochi <ochi.kazuma@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitfield <d.whitfield@pacific-re.com>"],
        "subject": "Loss run - Group Accident 2021-2025",
        "body": """Dear Mr. Whitfield,

As requested by our broker, please find attached the five-year loss run of
our group accident programme for your reinsurance quotation.

""" + SIG_OCHI_EN,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "LossRun_GroupAccident_2021-2025.xlsx",
                "page_header": "CONFIDENTIAL",
                "page_footer": "Hinode Sangyo Co., Ltd. - Confidential - Do not distribute",
                "sheets": {
                    "Summary": [
                        ["Hinode Sangyo - Group Accident - Loss Run (as at 31 March 2026)  [CONFIDENTIAL]"],
                        ["Year", "Insured lives", "Premium (JPY)", "Claims (no.)", "Paid (JPY)", "Loss ratio"],
                        [2021, 1188, 41280000, 37, 18640000, "45.2%"],
                        [2022, 1203, 41280000, 44, 22910000, "55.5%"],
                        [2023, 1219, 42100000, 41, 19870000, "47.2%"],
                        [2024, 1226, 42100000, 52, 31440000, "74.7%"],
                        [2025, 1232, 42960000, 39, 17220000, "40.1%"],
                    ],
                    "By cause": [
                        ["Cause", "Claims 2021-2025"],
                        ["Commuting accident", 71],
                        ["Work injury", 88],
                        ["Leisure / sports", 54],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: XLSX stamped CONFIDENTIAL in the page header and title row (aggregated data only)",
    },
    # ---------------------------------------------------------------- 039
    {
        "id": "underwriting-039",
        "charset": "iso-2022-jp",
        "sender": HANAWA,
        "to": ["御手洗 徹 <mitarai.toru@hikari-seimei.co.jp>"],
        "subject": "外国籍社員の団体保険加入について（在留カード情報）",
        "body": """御手洗様

お世話になっております。日の出産業の塙です。
外国籍社員の団体定期保険への加入にあたり、貴社から求められております
在留資格の確認事項をお送りします。

　氏名　　　　：NGUYEN VAN THANH（グエン ヴァン タン）
　生年月日　　：1995年2月8日
　在留カード番号：UH48210937KE
　在留資格　　：技術・人文知識・国際業務
　在留期間満了日：2028年11月30日

在留期間が1年以上残っておりますので、通常どおり加入可能と認識しております。
問題がございましたらご連絡ください。
""" + SIG_HANAWA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "identifier: a foreign employee's residence card number",
    },
    # ---------------------------------------------------------------- 040
    {
        "id": "underwriting-040",
        "charset": "cp932",
        "sender": YONAMINE,
        "to": ["荻窪 里奈 <ogikubo.rina@taiju-sonpo.co.jp>"],
        "subject": "企業財産総合保険 更改 対象物件一覧",
        "body": """荻窪様

お世話になっております。与那嶺です。
企業財産総合保険の更改にあたり、対象物件の一覧をお送りします。
昨年度から戸田倉庫が追加になっております。

物件名　　　　　　所在地　　　　　　　　　　　　　構造　　延床(㎡)　保険金額(百万円)
------------------------------------------------------------------------------------------
本社ビル　　　　　東京都千代田区神田錦町2-7-11　　　SRC　　 4,820　　　1,450
大宮物流センター　埼玉県さいたま市北区吉野町1-38　　S　　　12,600　　　2,100
戸田倉庫　　　　　埼玉県戸田市美女木東2-4-17　　　　S　　　 6,300　　　　 880
名古屋営業所　　　愛知県名古屋市中区錦1-15-22　　　 RC　　　　 410　　　　　65
大阪営業所　　　　大阪府大阪市西区靱本町3-9-4　　　 RC　　　　 385　　　　　58
------------------------------------------------------------------------------------------

水災補償の付帯有無について、大宮・戸田の2物件はハザードマップ上の浸水想定を
踏まえて再検討したいと考えております。
""" + SIG_YONAMINE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's buildings and addresses (business premises), not people",
    },
    # ---------------------------------------------------------------- 041
    {
        "id": "underwriting-041",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": ["御手洗 徹 <mitarai.toru@hikari-seimei.co.jp>"],
        "subject": "退職者の継続加入申込と送付先住所について",
        "body": """ひかり生命 御手洗様

お世話になっております。宍戸です。
3月末退職者のうち、退職者継続プランへの移行を希望された方の一覧（Word）を添付します。
保険料の請求書・証券はご自宅宛てにご送付いただけますようお願いいたします。
""" + SIG_SHISHIDO,
        "attachments": [
            {
                "kind": "docx",
                "name": "退職者継続プラン_移行希望者.docx",
                "paragraphs": [
                    "退職者継続プラン 移行希望者一覧（2026年3月31日退職者）",
                    "日の出産業株式会社 総務部 保険サービス課　作成日：2026年5月8日",
                ],
                "tables": [
                    [
                        ["氏名", "退職日", "送付先住所", "電話番号", "継続プラン"],
                        ["西園 武", "2026/03/31", "〒184-0004 東京都小金井市本町4-12-7", "042-381-7724", "定期＋医療"],
                        ["浜岡 邦彦", "2026/03/31", "〒252-0303 神奈川県相模原市南区相模大野6-3-21-405", "090-2714-6638", "定期のみ"],
                        ["田丸 百合子", "2026/03/31", "〒330-0063 埼玉県さいたま市浦和区高砂2-8-14", "048-822-5190", "医療のみ"],
                        ["石神 昭二", "2026/03/31", "〒277-0005 千葉県柏市柏3-5-9 コーポ柏203", "080-6650-3382", "定期＋医療"],
                        ["廿楽 紀子", "2026/03/31", "〒359-1111 埼玉県所沢市緑町1-19-2", "04-2925-8813", "定期のみ"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: five retirees' home addresses and phone numbers in a DOCX table",
    },
    # ---------------------------------------------------------------- 042
    {
        "id": "underwriting-042",
        "charset": "iso-2022-jp",
        "sender": OCHI,
        "to": ["弁護士 白川 達郎 <t.shirakawa@shirakawa-law.co.jp>"],
        "subject": "保険金不払い事案のご相談（面談日程）",
        "body": """白川法律事務所
白川 達郎 先生

いつも大変お世話になっております。日の出産業の越智でございます。

先日お電話でご相談した、物流センターの火災に係る保険金の一部不払いの件について、
一度面談のお時間をいただけますでしょうか。
保険会社とのやり取り（回答書、査定明細）はすべて持参いたします。

候補日：6月24日（水）午後、6月26日（金）午前
""" + SIG_OCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: shirakawa-law.co.jp is another TLD of the partner law firm's shirakawa-law.jp",
    },
    # ---------------------------------------------------------------- 043
    {
        "id": "underwriting-043",
        "charset": "cp932",
        "sender": YONAMINE,
        "to": ["保険金サービス課 <hokenkin-service@hikari-seimei.co.jp>"],
        "subject": "請求書類原本の発送について（請求番号 HC-26-004512）",
        "body": """ひかり生命保険株式会社
保険金サービス課 御中

お世話になっております。日の出産業の与那嶺です。

標記請求につき、原本一式を本日発送いたしました。
　発送方法：簡易書留
　お問い合わせ番号：4418-2039-5576
　同封物：保険金請求書、診断書（原本）、受取口座の通帳写し

到着まで2～3日かかる見込みです。到着しましたらご一報いただけますと幸いです。
""" + SIG_YONAMINE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a claim number and a postal tracking number: no personal data",
    },
    # ---------------------------------------------------------------- 044
    {
        "id": "underwriting-044",
        "charset": "utf-8",
        "sender": HANAWA,
        "to": ["保険金サービス課 <hokenkin-service@hikari-seimei.co.jp>"],
        "subject": "手術給付金・入院給付金 請求内容（事前確認のお願い）",
        "body": """ひかり生命保険 保険金サービス課 御中

お世話になっております。日の出産業の塙です。
原本郵送の前に、請求内容の事前確認をお願いできればと思い、
請求書の記入内容をPDFにまとめました。
不備がありましたらご指摘ください。
""" + SIG_HANAWA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "請求内容確認_釜谷.pdf",
                "title": "給付金請求内容 確認票",
                "lines": [
                    "給付金請求内容 確認票（団体医療保険 証券番号 HK-G-20331）",
                    "被保険者：釜谷 修平（カマヤ シュウヘイ）　生年月日：昭和44年5月29日",
                    "住所：〒336-0017 埼玉県さいたま市南区南浦和3-22-6",
                    "傷病名：腰椎椎間板ヘルニア（L4/5）",
                    "入院：2026年4月7日～2026年4月20日（14日間）　桜ヶ丘総合病院 整形外科",
                    "手術：2026年4月8日 内視鏡下椎間板摘出術（MED）",
                    "既往：2019年に同部位で保存療法",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named claimant's diagnosis, surgery and hospital stay in a PDF",
    },
    # ---------------------------------------------------------------- 045
    {
        "id": "underwriting-045",
        "charset": "iso-2022-jp",
        "sender": KUBODERA,
        "to": ["御手洗 徹 <mitarai.toru@hikari-seimei.co.jp>"],
        "subject": "総合福祉団体定期 中途加入（5月分・3名）",
        "body": """御手洗様

お世話になっております。久保寺です。
5月1日付の中途入社者3名の加入をお願いいたします。

・唐沢 晴彦（カラサワ ハルヒコ）　1988年1月26日生　男　2口
・鳥居 麻衣（トリイ マイ）　　　　1992年10月7日生　女　2口
・兼平 勇気（カネヒラ ユウキ）　　1997年6月15日生　男　2口

加入日は5月1日でお願いします。
""" + SIG_KUBODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "three people's names and dates of birth: under five records, may be warned",
    },
    # ---------------------------------------------------------------- 046
    {
        "id": "underwriting-046",
        "charset": "cp932",
        "sender": OCHI,
        "to": [
            "比嘉 雄大 <higa.yudai@minato-kaijo.co.jp>",
            "鑑定人 尾花 <obana.t@chuo-chosa.co.jp>",
        ],
        "cc": [
            "白川 達郎 <t.shirakawa@shirakawa-law.jp>",
            "青葉運輸 安全管理部 久我様 <kuga.m@aoba-unyu.co.jp>",
        ],
        "subject": "運送中の貨物破損事故 関係者打合せのご案内",
        "body": """関係者各位

お世話になっております。日の出産業 保険サービス課の越智でございます。

5月28日に発生した、青葉運輸様による当社製品の輸送中の破損事故につき、
損害額の確定と責任分担について関係者で打合せを行いたく、ご案内いたします。

　日時：6月17日（水）13:30～15:00
　場所：日の出産業 本社5階 第1会議室
　議題：①損害額の査定状況（中央損害調査様）
　　　　②運送約款上の責任範囲（青葉運輸様）
　　　　③保険金支払と求償の進め方（みなと海上様・白川先生）

ご出席の可否を6月12日までにお知らせください。
""" + SIG_OCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: insurer, adjuster, law firm and carrier (four external organisations) in To/Cc",
    },
    # ---------------------------------------------------------------- 047
    {
        "id": "underwriting-047",
        "charset": "iso-2022-jp",
        "sender": YONAMINE,
        "to": ["事故受付センター <jiko-uketsuke@minato-kaijo.co.jp>"],
        "subject": "社用車 物損事故のご報告（フリート証券 MK-F-118250）",
        "body": """みなと海上火災保険株式会社
事故受付センター 御中

お世話になっております。日の出産業（代理店コード 08-4471）の与那嶺です。
社用車の物損事故についてご報告いたします。人身の被害はございません。

　事故日時：2026年6月3日（水）10時15分頃
　事故場所：埼玉県戸田市美女木東2丁目 戸田倉庫前の私道
　車両　　：トヨタ プロボックス（登録番号 大宮400 わ 32-18）
　運転者　：物流管理課 鬼頭 泰明
　運転免許証番号：第301275481906号（東京都公安委員会）
　免許の色：ゴールド
　状況　　：バック時に倉庫のシャッターに接触。シャッター下部が変形。

修理見積は取得次第お送りします。
""" + SIG_YONAMINE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "identifier: a named driver's driving licence number in an accident report",
    },
    # ---------------------------------------------------------------- 048
    {
        "id": "underwriting-048",
        "charset": "utf-8",
        "sender": "保険サービス課 <hoken-service@hinode-sangyo.co.jp>",
        "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
        "subject": "【ご案内】団体保険 年1回の加入・変更受付（9/1～9/19）",
        "html": """<html><body>
<h3 style="color:#1f4e79">団体保険 加入・変更受付のご案内</h3>
<p>社員の皆様</p>
<p>総務部 保険サービス課です。今年も団体保険の加入・変更受付を行います。</p>
<ul>
<li>受付期間：<b>9月1日（月）～9月19日（金）</b></li>
<li>対象：団体医療保険、団体傷害保険、拠出型企業年金保険</li>
<li>申込方法：社内ポータル「福利厚生」→「団体保険」から</li>
</ul>
<p>告知が必要な方には、個別に告知書をお送りします。健康状態についてのご質問は
保険サービス課（内線 5412／5415）までお電話ください。メールでの告知はご遠慮ください。</p>
<p>説明会：9月3日（水）12:15～12:45 本社8階ホール（Teams同時配信）</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal announcement (HTML only) to all staff: no external recipient",
    },
    # ---------------------------------------------------------------- 049
    {
        "id": "underwriting-049",
        "charset": "cp932",
        "sender": SHISHIDO,
        "to": ["鑑定人 尾花 <obana.t@chuo-chosa.co.jp>"],
        "subject": "貨物破損事故 資料一式（パスワード別送）",
        "body": """中央損害調査株式会社
尾花様

お世話になっております。日の出産業の宍戸です。
ご依頼のありました資料一式を圧縮してお送りします。
パスワードは別メールでお送りいたします。

・事故報告書（Word）
・出荷明細（PDF）
・破損状況写真
""" + SIG_SHISHIDO,
        "attachments": [
            {
                "kind": "zip",
                "name": "貨物事故_資料一式_0528.zip",
                "password": "Aoba0528#chosa",
                "files": [
                    {"kind": "docx", "name": "事故報告書.docx",
                     "paragraphs": ["事故報告書", "2026年5月28日 輸送中の落下による製品破損"]},
                    {"kind": "pdf", "name": "出荷明細.pdf",
                     "lines": ["出荷明細 伝票番号 SH-260528-0412", "制御盤ユニット HC-220 × 12台"]},
                    {"kind": "png", "name": "破損状況_01.png"},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP to the loss adjuster",
    },
    # ---------------------------------------------------------------- 050
    {
        "id": "underwriting-050",
        "charset": "iso-2022-jp",
        "sender": HANAWA,
        "to": ["契約保全課 <hozen@hikari-seimei.co.jp>"],
        "subject": "給付金受取口座の変更（証券番号 HK-G-20331 被保険者 釜谷様）",
        "body": """ひかり生命保険株式会社
契約保全課 御中

お世話になっております。日の出産業の塙です。
被保険者ご本人より、給付金の受取口座を変更したいとの申し出がありました。
変更届はご本人が郵送いたしますが、念のため事前に内容をお知らせします。

　被保険者：釜谷 修平
　新口座　：さくらぎ信用金庫 南浦和支店（店番 032）普通 4418201
　口座名義：カマヤ シュウヘイ

よろしくお願いいたします。
""" + SIG_HANAWA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "one person's bank account for a payout, no diagnosis: a single record, may be warned",
    },
    # ---------------------------------------------------------------- 051
    {
        "id": "underwriting-051",
        "charset": "utf-8",
        "sender": KUBODERA,
        "to": ["団体医療 事務センター <dantai-jimu@kyoei-health.jp>"],
        "subject": "給付金受取口座 一括登録データ",
        "body": """共栄ヘルス少額短期保険
団体医療 事務センター 御中

お世話になっております。日の出産業の久保寺です。
新規加入者の給付金受取口座を一括登録用の形式（タブ区切り）で貼り付けます。

社員番号	氏名	金融機関	支店	種別	口座番号	名義カナ
H20611	鴨志田 航	みどり銀行	神田支店	普通	2210384	カモシダ ワタル
H20612	新垣 ひなの	ゆうちょ銀行	〇一八店	普通	6617725	アラカキ ヒナノ
H20613	天童 颯太	東都銀行	大宮支店	普通	0938152	テンドウ ソウタ
H20614	四十物 結衣	みどり銀行	浦和支店	普通	3307461	アイモノ ユイ
H20615	浦添 蒼	琉球中央銀行	那覇支店	普通	1125906	ウラソエ アオイ
H20616	蔵前 美優	さくらぎ信用金庫	本店	普通	5502877	クラマエ ミユ

取込エラーが出ましたらご連絡ください。
""" + SIG_KUBODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "list: six employees' bank accounts, tab-separated in the body",
    },
    # ---------------------------------------------------------------- 052
    {
        "id": "underwriting-052",
        "charset": "cp932",
        "sender": SHISHIDO,
        "to": ["引受審査課 <hikiuke@kyoei-health.jp>"],
        "subject": "団体医療保険 加入可否のご相談（障害のある社員）",
        "body": """共栄ヘルス少額短期保険
引受審査課 ご担当者様

お世話になっております。日の出産業の宍戸です。
障害者雇用枠で入社した社員の団体医療保険加入について、ご相談させてください。

　氏名：井ノ口 遥
　障害の状況：身体障害者手帳 2級（下肢機能障害、先天性）
　通院：年2回、リハビリ目的で整形外科に通院
　入院・手術予定：なし

ご本人は加入を強く希望されています。
部位不担保などの条件付きでの引受が可能かどうか、ご検討をお願いいたします。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's disability grade and condition",
    },
    # ---------------------------------------------------------------- 053
    {
        "id": "underwriting-053",
        "charset": "iso-2022-jp",
        "sender": KUBODERA,
        "to": ["人事部 厚生グループ 丹羽様 <niwa.k@kawasaki-denki.co.jp>"],
        "subject": "団体医療保険 保険料表（2026年度）",
        "body": """川崎電機株式会社 丹羽様

お世話になっております。日の出産業の久保寺です。
ご出向中の方向けに、2026年度の団体医療保険の保険料表をお送りします。
年齢は10月1日時点の満年齢で判定します。

よろしくお願いいたします。
""" + SIG_KUBODERA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "団体医療保険_保険料表_2026.pdf",
                "title": "保険料表",
                "lines": ["団体医療保険 月額保険料表（2026年10月～2027年9月）", "日額5,000円コース／日額10,000円コース"],
                "table": [
                    ["年齢", "本人型 5千円", "本人型 1万円", "家族型 5千円", "家族型 1万円"],
                    ["15～29歳", "780", "1,490", "1,620", "3,110"],
                    ["30～39歳", "1,020", "1,960", "2,180", "4,200"],
                    ["40～49歳", "1,470", "2,850", "3,050", "5,920"],
                    ["50～59歳", "2,340", "4,560", "4,610", "8,990"],
                    ["60～64歳", "3,510", "6,880", "6,720", "13,180"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "premium table PDF to a partner: price list, no personal data",
    },
    # ---------------------------------------------------------------- 054
    {
        "id": "underwriting-054",
        "charset": "utf-8",
        "sender": OCHI,
        "to": ["鶴見 健吾 <tsurumi.kengo@towa-life.co.jp>"],
        "subject": "GLTD導入 社内説明資料（ご参考）",
        "body": """鶴見様

お世話になっております。越智です。
来週の打合せに先立ち、社内の経営会議で使用した説明資料をお送りします。
貴社のご提案との整合をご確認いただければ幸いです。
""" + SIG_OCHI,
        "attachments": [
            {
                "kind": "pptx",
                "name": "GLTD導入検討_経営会議.pptx",
                "title": "GLTD導入検討",
                "page_footer": "部外秘　日の出産業株式会社 総務部",
                "slides": [
                    ["GLTD導入の検討", "2026年9月 経営会議", "総務部 保険サービス課"],
                    ["背景", "長期休職者が5年で1.8倍", "傷病手当金終了後の無収入リスク"],
                    ["比較した3社", "東和生命：保険料最安、免責180日", "大樹損保：精神疾患の支払期間2年", "みなと海上：付帯サービス充実"],
                    ["推奨案", "東和生命案（基本部分会社負担＋任意上乗せ）", "年間保険料 約2,150万円"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: every slide of the PPTX carries a 部外秘 footer",
    },
    # ---------------------------------------------------------------- 055
    {
        "id": "underwriting-055",
        "charset": "iso-2022-jp",
        "sender": OCHI,
        "to": ["越智 一馬 <ochi.kazuma@hinode-sangyo.co.jp>"],
        "bcc": [
            "鶴見 健吾 <tsurumi.kengo@towa-life.co.jp>",
            "荻窪 里奈 <ogikubo.rina@taiju-sonpo.co.jp>",
            "法人営業部 団体保険グループ <dantai-g@minato-kaijo.co.jp>",
        ],
        "subject": "【GLTD提案依頼】オリエンテーション資料の送付",
        "body": """各社ご担当者様
（本メールはBCCにてお送りしております）

お世話になっております。日の出産業 保険サービス課の越智でございます。
先般ご依頼いたしましたGLTDのご提案について、前提条件をまとめた
オリエンテーション資料をお送りいたします。
ご質問は8月29日までに、個別にメールでお寄せください。

　・対象人数：正社員 1,232名
　・平均年齢：41.3歳　平均月収：38.6万円
　・過去5年の長期休職者（90日以上）：延べ27名

よろしくお願いいたします。
""" + SIG_OCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "three insurers addressed in Bcc only (To is the sender): correct handling of a tender mail",
    },
    # ---------------------------------------------------------------- 056
    {
        "id": "underwriting-056",
        "charset": "utf-8",
        "sender": YONAMINE,
        "to": ["篠宮 直樹 <shinomiya@apex-ib.co.jp>"],
        "subject": "FW: GLTD 社内ワーキング メンバー",
        "body": """篠宮様

お世話になっております。与那嶺です。
GLTDのヒアリングにご協力いただく社内ワーキングのメンバーを、人事から
連絡があったとおり転送します。日程調整は直接ご連絡いただいて構いません。

-------- 転送メッセージ --------
差出人: 人事課 小野寺 <onodera.ai@hinode-sangyo.co.jp>
日付: 2026/07/02 (木) 11:20
宛先: 与那嶺 悠人 <yonamine.yuto@hinode-sangyo.co.jp>
件名: GLTD 社内ワーキング メンバー

与那嶺さん

ワーキングのメンバーが決まりました。外出が多い人もいるので携帯も載せておきます。

・樋渡 紀子（人事課）　090-5127-3306　n.hiwatashi.home@gmail.com
・東海林 剛（品質保証課）　080-2294-6071　shoji.t.1205@yahoo.co.jp
・仲村渠 美月（情報システム課）　070-3318-8842　mizuki.nkd@icloud.com
・柘植 大輔（営業三課）　090-7760-1415　tsuge-d@outlook.jp
・日比野 智子（総務課）　080-4401-9957　hibino.tomo@gmail.com

よろしくお願いします。
小野寺
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: a forwarded internal mail with five employees' mobiles and private e-mails (a forward is new text)",
    },
    # ---------------------------------------------------------------- 057
    {
        "id": "underwriting-057",
        "charset": "cp932",
        "sender": KUBODERA,
        "to": ["御手洗 徹 <mitarai.toru@hikari-seimei.co.jp>"],
        "subject": "告知書の受け渡し方法について",
        "body": """御手洗様

お世話になっております。久保寺です。

今年度から、告知書は機密性の高い書類として取り扱うことになりましたので、
当社から貴社へのメール添付での送付は行わず、
封緘のうえ簡易書留で郵送する運用に切り替えます。
貴社からの引受照会につきましても、病名等はメール本文に記載せず、
お電話でいただけますと幸いです。

ご理解のほど、よろしくお願いいたします。
""" + SIG_KUBODERA + "\n" + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions 機密性 and carries the standard disclaimer, but no marking and no personal data",
    },
    # ---------------------------------------------------------------- 058
    {
        "id": "underwriting-058",
        "charset": "iso-2022-jp",
        "sender": HANAWA,
        "to": ["保険金サービス課 <hokenkin-service@hikari-seimei.co.jp>"],
        "subject": "手術給付金の対象可否について（無輸血手術）",
        "body": """ひかり生命保険 保険金サービス課 御中

お世話になっております。日の出産業の塙です。
団体医療保険の被保険者からの問い合わせを取り次ぎます。

被保険者の南雲 陸さんは、信仰上の理由（エホバの証人）により輸血を拒否されており、
来月予定の胆のう摘出手術を無輸血手術に対応した他県の病院で受ける予定です。
この場合も手術給付金・入院給付金は通常どおり支払対象となりますでしょうか。
また、遠方の病院への通院交通費は対象外という理解でよろしいでしょうか。
""" + SIG_HANAWA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named insured's religion and planned surgery",
    },
    # ---------------------------------------------------------------- 059
    {
        "id": "underwriting-059",
        "charset": "cp932",
        "sender": YONAMINE,
        "to": ["総務部 車両管理 久我様 <kuga.m@aoba-unyu.jp>"],
        "subject": "自動車保険（フリート）更改のご案内",
        "body": """青葉運輸株式会社
総務部　久我様

いつも大変お世話になっております。日の出産業 保険サービス課の与那嶺でございます。

貴社フリート契約（台数 86台）の更改時期が近づいてまいりましたので、
更改手続きのご案内をいたします。
　・満期日：2026年8月31日
　・優良割引：前年同様 ‐30%（フリート割増引）を適用見込み
　・車両入替予定がございましたら、7月20日までに車検証の写しをお送りください。

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_YONAMINE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: aoba-unyu.jp drops the co. of the partner carrier's aoba-unyu.co.jp",
    },
    # ---------------------------------------------------------------- 060
    {
        "id": "underwriting-060",
        "charset": "utf-8",
        "sender": "Kazuma Ochi <ochi.kazuma@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitfield <d.whitfield@pacific-re.com>"],
        "cc": ["Naoki Shinomiya <shinomiya@apex-ib.co.jp>"],
        "subject": "Group accident programme - renewal data for 2027",
        "body": """Dear Daniel,

Further to our call, here are the headline figures for the 2027 renewal of
the group accident programme (our broker Naoki Shinomiya is copied):

  Insured lives (31 Mar 2026):     1,232
  Average age:                     41.3
  5-year claims (number):          213
  5-year loss ratio:               52.6%
  Largest single claim (2024):     JPY 6.2 million (work injury)

We expect headcount growth of about 4% and no change in the occupational mix.
Please let us know if you need the data in any other format.
""" + SIG_OCHI_EN + "\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "English mail with aggregated figures to a reinsurer, broker in Cc: two external organisations",
    },
    # ---------------------------------------------------------------- 061
    {
        "id": "underwriting-061",
        "charset": "iso-2022-jp",
        "sender": YONAMINE,
        "to": ["収納サービスセンター 今泉 <imaizumi.s@minato-kaijo.co.jp>"],
        "subject": "Re: カード情報の再確認のお願い（証券番号 MK-55118044）",
        "body": """今泉様

お世話になっております。与那嶺です。
ご本人に再確認いたしました。前回お伝えした番号の下4桁に誤りがありました。
正しくは以下のとおりです。

　契約者：仙波 由香里
　カード番号：""" + _zen(_grouped(card_number(SEED + 102))) + """
　有効期限：０３／２８

お手数をおかけしますが、再度お手続きをお願いいたします。

> 日の出産業 与那嶺様
> みなと海上 収納サービスセンターの今泉です。
> 先日ご依頼のカード払い変更について、カード会社の承認が下りませんでした。
> カード番号・有効期限をご本人にご確認いただけますでしょうか。
""" + SIG_YONAMINE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "identifier: a credit card number in full-width digits in the new text of a reply",
    },
    # ---------------------------------------------------------------- 062
    {
        "id": "underwriting-062",
        "charset": "cp932",
        "sender": KUBODERA,
        "to": ["新契約課 <shinkeiyaku@hikari-seimei.co.jp>"],
        "subject": "個人年金保険 新規申込（団体扱）4件の事前登録",
        "body": """ひかり生命保険株式会社
新契約課 御中

お世話になっております。日の出産業 保険サービス課の久保寺です。
今月の個人年金保険（団体扱）の新規申込は下記4件です。
申込書原本は明日発送いたします。証券の送付先はご自宅でお願いします。

【1】唐沢 晴彦（カラサワ ハルヒコ）
　　生年月日：昭和63年1月26日
　　住所：〒213-0011 神奈川県川崎市高津区久本1-7-3
　　電話：090-6612-4083
　　月額：15,000円／年金開始60歳

【2】鳥居 麻衣（トリイ マイ）
　　生年月日：平成4年10月7日
　　住所：〒173-0004 東京都板橋区板橋2-41-9-302
　　電話：080-2957-1166
　　月額：10,000円／年金開始65歳

【3】兼平 勇気（カネヒラ ユウキ）
　　生年月日：平成9年6月15日
　　住所：〒260-0014 千葉県千葉市中央区本千葉町8-2
　　電話：070-4480-3921
　　月額：5,000円／年金開始65歳

【4】浦添 蒼（ウラソエ アオイ）
　　生年月日：平成13年7月6日
　　住所：〒330-0854 埼玉県さいたま市大宮区桜木町4-255
　　電話：090-1338-7702
　　月額：8,000円／年金開始65歳

以上、よろしくお願いいたします。
""" + SIG_KUBODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four applicants in one-record-per-block form: under five records, may be warned",
    },
    # ---------------------------------------------------------------- 063
    {
        "id": "underwriting-063",
        "charset": "utf-8",
        "sender": HANAWA,
        "to": ["引受審査課 菅生 <sugo.a@kyoei-health.jp>"],
        "subject": "RE: 【至急】告知内容のご確認",
        "body": """菅生様

お世話になっております。日の出産業の塙です。
ご照会ありがとうございます。
ご本人が本日出張中のため、明日午前中に確認のうえ改めてご回答いたします。
今しばらくお待ちください。

塙

差出人: 菅生 明日香 <sugo.a@kyoei-health.jp>
送信日時: 2026年7月9日 15:02
宛先: 塙 美沙紀 <hanawa.misaki@hinode-sangyo.co.jp>
件名: 【至急】告知内容のご確認

日の出産業 塙様

共栄ヘルスの菅生です。
団体医療保険にお申込みの東海林 剛様（1981年12月5日生）の告知書について、
「過去5年以内の入院」欄に「2022年 急性膵炎で10日間入院」とご記入がありますが、
現在の通院の有無と、飲酒習慣についてご確認いただけますでしょうか。

よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the diagnosis is only in the quoted insurer's mail (差出人/送信日時 block); new text has none",
    },
    # ---------------------------------------------------------------- 064
    {
        "id": "underwriting-064",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": ["事故受付センター <jiko-uketsuke@minato-kaijo.co.jp>"],
        "subject": "修理見積書（スキャン）の送付",
        "body": """みなと海上火災保険 事故受付センター 御中

お世話になっております。日の出産業の宍戸です。
先日ご報告した戸田倉庫シャッター接触事故（受付番号 J-2606-07781）の
修理見積書をスキャンしてお送りします。

よろしくお願いいたします。
""" + SIG_SHISHIDO,
        "attachments": [{"kind": "corrupt", "name": "SCAN_20260612_0931.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the scanned PDF is corrupt",
    },
    # ---------------------------------------------------------------- 065
    {
        "id": "underwriting-065",
        "charset": "cp932",
        "sender": OCHI,
        "to": ["荻窪 里奈 <ogikubo.rina@taiju-sonpo.co.jp>"],
        "subject": "団体傷害保険 事故報告（通勤途上の傷害）",
        "body": """大樹損害保険株式会社
企業営業部　荻窪様

お世話になっております。日の出産業の越智です。
団体傷害保険（証券番号 TJ-A-552190）につき、事故のご報告です。

　被保険者：瀬戸口 彩（営業三課）
　発生日時：2026年6月19日 21時40分頃
　場所　　：さいたま市大宮区 大宮駅東口付近の路上（帰宅途中）
　内容　　：見知らぬ男に突然殴られ、顔面打撲・鼻骨骨折の傷害
　　　　　　大宮警察署に被害届を提出済み（受理番号 第2026-1418号）
　治療　　：大宮中央病院にて通院治療中（入院なし）

加害者は現在も特定されていないとのことです。
請求書類一式のご送付をお願いいたします。
""" + SIG_OCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee as a crime victim, with her injuries",
    },
    # ---------------------------------------------------------------- 066
    {
        "id": "underwriting-066",
        "charset": "iso-2022-jp",
        "sender": YONAMINE,
        "to": ["鴨志田 航 <wataru.kamoshida@outlook.jp>"],
        "subject": "拠出型企業年金保険のパンフレット",
        "body": """鴨志田さん

総務部 保険サービス課の与那嶺です。
先日の新入社員説明会でお問い合わせいただいた拠出型企業年金保険の
パンフレットをお送りします。ご家族と相談されたいとのことでしたので、
ご指定の個人アドレス宛てにお送りしています。

加入受付は9月1日～19日です。不明な点は内線5418までどうぞ。
""" + SIG_YONAMINE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "拠出型企業年金保険_パンフレット.pdf",
                "lines": [
                    "拠出型企業年金保険 ご案内",
                    "毎月の給与から積み立て、60歳以降に年金として受け取る制度です。",
                    "掛金：1口 1,000円（最大50口）",
                    "予定利率：年0.75%（2026年度）",
                    "途中で脱退した場合は、脱退一時金としてお受け取りいただけます。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "brochure to one employee's private address at his request: one free-mail recipient, no data",
    },
    # ---------------------------------------------------------------- 067
    {
        "id": "underwriting-067",
        "charset": "utf-8",
        "sender": OCHI,
        "to": ["鶴見 健吾 <tsurumi.kengo@towa-life.co.jp>"],
        "subject": "GLTD 任意上乗せ部分 申込者データ（第1回締め）",
        "body": """鶴見様

お世話になっております。越智です。
GLTD任意上乗せ部分の第1回締め分（20名）の申込者データをZIPでお送りします。
CSV（UTF-8）です。第2回締めは10月10日の予定です。
""" + SIG_OCHI,
        "attachments": [
            {
                "kind": "zip",
                "name": "GLTD_uwagase_01.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "GLTD_uwagase_01.csv",
                        "encoding": "utf-8",
                        "rows": [["社員番号", "氏名", "カナ", "生年月日", "性別", "所属", "上乗せ口数"]]
                        + [list(r) + [1 + i % 3] for i, r in enumerate(_GLTD_ROWS)],
                    },
                    {
                        "kind": "txt",
                        "name": "readme.txt",
                        "text": "GLTD任意上乗せ 第1回締め 20名\n文字コード UTF-8 / カンマ区切り\n",
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: twenty employees' names and dates of birth in a UTF-8 CSV inside a plain ZIP",
    },
    # ---------------------------------------------------------------- 068
    {
        "id": "underwriting-068",
        "charset": "iso-2022-jp",
        "sender": KUBODERA,
        "to": ["企業年金保全課 <nenkin-hozen@towa-life.co.jp>"],
        "subject": "拠出型企業年金保険 加入者登録（中途入社者）",
        "body": """東和生命保険株式会社
企業年金保全課 御中

お世話になっております。日の出産業の久保寺です。
中途入社者の拠出型企業年金保険への加入登録をお願いします。
貴社登録様式の必須項目のため、基礎年金番号を記載しております。

　氏名　　　　：大日向 智史（オオヒナタ サトシ）
　生年月日　　：1986年10月19日
　基礎年金番号：4127-583016
　加入口数　　：20口
　加入日　　　：2026年10月1日

前職の企業年金からの移換はございません。
""" + SIG_KUBODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "identifier: a named employee's basic pension number",
    },
    # ---------------------------------------------------------------- 069
    {
        "id": "underwriting-069",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": ["海外旅行保険デスク <kaigai@minato-kaijo.co.jp>"],
        "subject": "海外出張 付保依頼（台湾 8/3～8/7）",
        "body": """みなと海上 海外旅行保険デスク 御中

お世話になっております。日の出産業の宍戸です。
包括契約（MK-T-00871）に基づき、以下2名の付保をお願いします。
付保証明書は不要です。

　・百瀬 かおり　1987年1月9日生　台湾（台北）　8/3～8/7
　・神保 真由　　1991年6月30日生　台湾（台北）　8/3～8/7

よろしくお願いいたします。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two travellers' names and dates of birth, no passport numbers: may be warned",
    },
    # ---------------------------------------------------------------- 070
    {
        "id": "underwriting-070",
        "charset": "cp932",
        "sender": OCHI,
        "to": ["荻窪 里奈 <ogikubo.rina@taiju-sonpo.co.jp>"],
        "subject": "団体傷害保険 更改方針（社内検討メモ）",
        "body": """┏━━━━━━━━━━━━━━━━━━┓
┃　機密区分：極秘　（取締役会資料）　┃
┗━━━━━━━━━━━━━━━━━━┛

団体傷害保険 更改方針（社内検討メモ）

1. 大樹損保の更改提示：保険料 +8.5%（損害率悪化のため）
2. 当社の上限：+3%。超える場合はみなと海上への切替を検討する。
3. 交渉材料：
　　・みなと海上の非公式見積は現行比 -2%
　　・GLTDを大樹損保に発注する可能性を示唆する（実際は東和生命が有力）
4. 最終判断：9月の取締役会

以上
""" + SIG_OCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: an internal memo stamped 機密区分：極秘 sent to the very insurer it is about",
    },
    # ---------------------------------------------------------------- 071
    {
        "id": "underwriting-071",
        "charset": "iso-2022-jp",
        "sender": OCHI,
        "to": ["人事課長 樋口 <higuchi.r@hinode-sangyo.co.jp>"],
        "cc": ["産業医室 <sangyoi@hinode-sangyo.co.jp>"],
        "subject": "FW: 所得補償保険金 請求のご相談（営業三課 社員）",
        "body": """樋口課長
（cc: 産業医室）

東和生命にGLTD前の所得補償の請求を相談した際の内容です。
復職プログラムと保険金の支払期間の関係について、人事側の見解をいただけますか。

・柘植 大輔さん（1978/11/22生）
・うつ病で2026年1月13日から休職中、主治医はささはら心療内科クリニック
・7月中旬に所得補償保険金を請求予定

越智
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "mental-health details of an employee, but all recipients are internal",
    },
    # ---------------------------------------------------------------- 072
    {
        "id": "underwriting-072",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": [
            "八木沼 節子 <setsuko.yaginuma@gmail.com>",
            "yaginuma.kenta@ezweb.ne.jp",
            "mika-y.0718@softbank.ne.jp",
        ],
        "subject": "団体定期保険 死亡保険金のご請求手続きについて",
        "body": """八木沼家の皆様

このたびは八木沼 隆様のご逝去に際し、心よりお悔やみ申し上げます。
日の出産業 総務部 保険サービス課の宍戸でございます。

故人様がご加入の団体定期保険について、死亡保険金のご請求手続きをご案内いたします。
受取人は法定相続人の皆様となりますので、皆様宛てにお送りしております。

【ご用意いただく書類】
　・保険金請求書（保険会社所定、後日郵送いたします）
　・死亡診断書（写し可）
　・戸籍謄本（故人様および受取人全員分）
　・受取人全員の印鑑証明書

ご不明な点は、平日9時～17時に下記までお電話ください。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "visible parties: three private persons' addresses in To; should have been Bcc",
    },
    # ---------------------------------------------------------------- 073
    {
        "id": "underwriting-073",
        "charset": "iso-2022-jp",
        "sender": KUBODERA,
        "to": ["人事部 厚生グループ 丹羽様 <niwa.k@kawasaki-denki.co.jp>"],
        "subject": "出向者向け 団体保険のご案内資料一式",
        "body": """川崎電機株式会社 丹羽様

お世話になっております。日の出産業の久保寺です。
ご出向予定の皆様向けの案内資料をZIPにまとめました（パスワードはかけておりません）。
・団体保険のご案内（PDF）
・加入申込書（Word、未記入の様式）

配布のほど、よろしくお願いいたします。
""" + SIG_KUBODERA,
        "attachments": [
            {
                "kind": "zip",
                "name": "出向者向け_団体保険資料.zip",
                "files": [
                    {"kind": "pdf", "name": "団体保険のご案内.pdf",
                     "lines": ["日の出産業 団体保険のご案内（出向者用）",
                               "団体定期保険：会社負担で一律500万円",
                               "団体医療保険：任意加入、日額5,000円／10,000円",
                               "お問い合わせ：日の出産業 総務部 保険サービス課 03-5283-4471"]},
                    {"kind": "docx", "name": "加入申込書_様式.docx",
                     "paragraphs": ["団体保険 加入申込書（出向者用）", "氏名：", "生年月日：", "出向元：", "加入コース：□A　□B"]},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain ZIP of a brochure and a blank form to a partner: nothing personal",
    },
    # ---------------------------------------------------------------- 074
    {
        "id": "underwriting-074",
        "charset": "utf-8",
        "sender": HANAWA,
        "to": ["新契約課 <shinkeiyaku@hikari-seimei.co.jp>"],
        "subject": "医療保険（個人）申込 告知内容の補足",
        "body": """ひかり生命保険 新契約課 御中

お世話になっております。日の出産業（代理店）の塙です。
医療保険の新規お申込みにつき、告知書の補足事項をお知らせします。

　申込者：鳥居 麻衣 様（平成4年10月7日生）
　告知事項：現在妊娠中（妊娠22週、出産予定日 2026年11月14日）
　　　　　　前回（2023年）の出産は帝王切開
　　　　　　現時点で妊娠高血圧症候群等の指摘なし

異常分娩に関する特定部位不担保の条件が付く場合は、
事前にご本人にご説明したいので、ご連絡をいただけますと幸いです。
""" + SIG_HANAWA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named applicant's pregnancy and previous caesarean section",
    },
    # ---------------------------------------------------------------- 075
    {
        "id": "underwriting-075",
        "charset": "cp932",
        "sender": YONAMINE,
        "to": ["フリート営業課 <fleet@minato-kaijo.co.jp>"],
        "subject": "社用車 運転者登録（運転者年齢条件の確認用）",
        "body": """みなと海上火災保険 フリート営業課 御中

お世話になっております。日の出産業の与那嶺です。
運転者年齢条件の見直しのため、社用車を運転する社員の一覧をお送りします
（旧形式のExcelで失礼します）。
最年少は25歳のため、「26歳以上補償」では不足する点をご確認ください。
""" + SIG_YONAMINE,
        "attachments": [
            {
                "kind": "xls",
                "name": "運転者一覧.xls",
                "sheets": {
                    "運転者": [
                        ["氏名", "所属", "生年月日", "免許の色", "運転頻度"],
                        ["鬼頭 泰明", "物流管理課", "S47.8.30", "ゴールド", "毎日"],
                        ["芦田 康介", "物流管理課", "S60.3.8", "ブルー", "毎日"],
                        ["吉弘 聡", "営業一課", "S54.3.14", "ゴールド", "週3"],
                        ["五十嵐 拓海", "営業二課", "H10.2.11", "グリーン", "週2"],
                        ["柘植 大輔", "営業三課", "S53.11.22", "ブルー", "週1"],
                        ["釜谷 修平", "購買課", "S44.5.29", "ゴールド", "月数回"],
                        ["南雲 陸", "情報システム課", "H11.8.14", "ブルー", "月数回"],
                        ["宇佐美 恵理", "営業一課", "H1.9.16", "ゴールド", "週2"],
                        ["兼平 勇気", "営業二課", "H9.6.15", "ブルー", "週3"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: nine drivers' names and wareki dates of birth in a legacy XLS",
    },
    # ---------------------------------------------------------------- 076
    {
        "id": "underwriting-076",
        "charset": "iso-2022-jp",
        "sender": OCHI,
        "to": ["鶴見 健吾 <tsurumi.kengo@towa-life.co.jp>"],
        "subject": "GLTD保険料算出用 休職者統計",
        "body": """鶴見様

お世話になっております。越智です。
保険料算出用にご依頼のあった休職者の統計です（90日以上の私傷病休職、延べ人数）。

　年度　　在籍者数　　休職者　うち精神疾患　うちがん　うちその他
　2021　　 1,188　　　　 4　　　　 2　　　　　1　　　　 1
　2022　　 1,203　　　　 5　　　　 3　　　　　1　　　　 1
　2023　　 1,219　　　　 6　　　　 4　　　　　0　　　　 2
　2024　　 1,226　　　　 7　　　　 4　　　　　2　　　　 1
　2025　　 1,232　　　　 5　　　　 3　　　　　1　　　　 1

平均休職期間は 7.4か月、復職率は 78% です。
個人を特定できる情報は含めておりませんのでご了承ください。
""" + SIG_OCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated sick-leave statistics for a 1,200-person workforce: no identifiable person",
    },
    # ---------------------------------------------------------------- 077
    {
        "id": "underwriting-077",
        "charset": "utf-8",
        "sender": HANAWA,
        "to": ["久保寺 朋美 <kubodera.tomomi@hinode-sanqyo.co.jp>"],
        "subject": "明日の引受照会対応の引継ぎ",
        "body": """久保寺さん

お疲れさまです。塙です。
明日は健診の付き添いで午前休をいただくので、引継ぎをお願いします。

・共栄ヘルスの菅生さんから照会の件 → 午前中にご本人に確認して回答
・ひかり生命の入院給付金（HC-26-004512）→ 原本到着の確認連絡待ち
・大樹損保の所得補償 → 回答済み、引受可否の連絡待ち

午後には戻ります。よろしくお願いします。
塙
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: hinode-sanqyo.co.jp (g replaced by q) instead of the company's own domain",
    },
    # ---------------------------------------------------------------- 078
    {
        "id": "underwriting-078",
        "charset": "cp932",
        "sender": SHISHIDO,
        "to": ["保険金支払部 支払調書担当 <shiharai-chosho@hikari-seimei.co.jp>"],
        "subject": "死亡保険金受取人 個人番号届出書の送付",
        "body": """ひかり生命保険株式会社
保険金支払部 支払調書ご担当者様

お世話になっております。日の出産業の宍戸です。
故 八木沼 隆様の団体定期保険（死亡保険金）につき、受取人の皆様からお預かりした
個人番号届出書をPDFにしてお送りいたします。
番号確認書類・身元確認書類の写しは原本とともに郵送いたします。
""" + SIG_SHISHIDO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "個人番号届出書_八木沼様.pdf",
                "title": "個人番号届出書",
                "lines": ["個人番号届出書（保険金受取人）", "証券番号：HK-GT-44817　被保険者：八木沼 隆"],
                "table": [
                    ["受取人氏名", "続柄", "住所", "個人番号"],
                    ["八木沼 節子", "配偶者", "埼玉県川口市芝新町11-4", my_number(SEED + 5)],
                    ["八木沼 健太", "長男", "神奈川県横浜市港北区日吉本町2-30-8", my_number(SEED + 6)],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "identifier: two beneficiaries' My Numbers with their addresses in a PDF table",
    },
    # ---------------------------------------------------------------- 079
    {
        "id": "underwriting-079",
        "charset": "iso-2022-jp",
        "sender": YONAMINE,
        "to": ["契約保全課 <hozen@hikari-seimei.co.jp>"],
        "subject": "証券再発行の受領のご連絡",
        "body": """ひかり生命保険 契約保全課 御中

お世話になっております。日の出産業の与那嶺です。
再発行をお願いしておりました保険証券3通、本日受領いたしました。

　5501-274410
　5501-281107
　7720-118834

それぞれ契約者ご本人にお渡しいたします。
ありがとうございました。
""" + SIG_YONAMINE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "receipt of re-issued policies: three policy numbers only, no names or other data",
    },
    # ---------------------------------------------------------------- 080
    {
        "id": "underwriting-080",
        "charset": "utf-8",
        "sender": KUBODERA,
        "to": ["hinata.s1019@gmail.com"],
        "subject": "告知書の下書き（ご本人確認用）",
        "body": """大日向 智史 様

保険サービス課の久保寺です。
ご本人から口頭で伺った内容で告知書の下書きを作成しましたので、
内容に誤りがないかご確認ください（ご希望により個人アドレス宛てにお送りしています）。

　生年月日：昭和61年10月19日
　質問2（過去5年以内の入院・手術）：はい
　　病名：2型糖尿病（2022年3月 診断）、2022年4月に教育入院 12日間
　質問3（現在の治療）：はい
　　メトホルミン服用中、直近のHbA1c 7.1%

問題なければ、出社時に原本へ自署をお願いします。
""" + SIG_KUBODERA,
        "expect": "either",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "an employee's own diagnosis sent to his own private address at his request: data subject, yet health data leaving",
    },
    # ---------------------------------------------------------------- 081
    {
        "id": "underwriting-081",
        "charset": "iso-2022-jp",
        "sender": YONAMINE,
        "to": ["保険金サービス課 <hokenkin-service@hikari-seimei.co.jp>"],
        "subject": "転送：診断書の発行について（桜ヶ丘総合病院）",
        "body": """ひかり生命保険 保険金サービス課 御中

お世話になっております。日の出産業の与那嶺です。
入院給付金の請求に関し、病院から診断書の発行について連絡がありましたので転送します。
発行までの間、請求書の受付だけ先に進めていただくことは可能でしょうか。

---------- Forwarded message ---------
From: 桜ヶ丘総合病院 医事課 文書係 <bunsho@sakuragaoka-hosp.or.jp>
Date: 2026年7月14日(火) 10:05
Subject: 診断書の発行について
To: <yonamine.yuto@hinode-sangyo.co.jp>

日の出産業株式会社 与那嶺様

桜ヶ丘総合病院 医事課です。
ご依頼の診断書（ひかり生命様式）について、下記のとおりご連絡いたします。

　患者様氏名：乙部 隆之 様（昭和45年4月4日生）
　診療科　　：循環器内科
　傷病名　　：急性心筋梗塞（2026年6月28日入院、経皮的冠動脈形成術施行）
　発行予定日：2026年7月24日

ご本人の同意書を確認済みです。発行後、郵送にてお送りします。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a forwarded hospital mail (new text to the insurer) with a named patient's diagnosis",
    },
    # ---------------------------------------------------------------- 082
    {
        "id": "underwriting-082",
        "charset": "cp932",
        "sender": KUBODERA,
        "to": ["御手洗 徹 <mitarai.toru@hikari-seimei.co.jp>"],
        "subject": "10月入社者の団体保険加入について（人事からの連絡を添付）",
        "body": """御手洗様

お世話になっております。久保寺です。
10月入社予定者の情報について、人事課からのメールをそのまま添付いたします。
証券の送付先はこちらに記載の住所でお願いいたします。
""" + SIG_KUBODERA,
        "attachments": [
            {
                "kind": "eml",
                "name": "10月入社者一覧（人事課）.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "人事課 小野寺 <onodera.ai@hinode-sangyo.co.jp>",
                    "to": ["久保寺 朋美 <kubodera.tomomi@hinode-sangyo.co.jp>"],
                    "subject": "10月入社者一覧",
                    "body": """久保寺さん

10月1日入社のキャリア採用者です。団体保険の手続きをお願いします。

氏名／生年月日／住所
1. 宮路 光太郎／1984.02.17／東京都江東区豊洲5-6-15-1203
2. 栗栖 沙耶／1991.08.29／東京都世田谷区経堂3-18-4
3. 羽生田 誠／1979.12.02／埼玉県川越市脇田本町22-7
4. 尾身 奈緒子／1988.05.13／千葉県船橋市本町6-4-11
5. 漢那 優斗／1993.03.30／神奈川県横浜市鶴見区豊岡町9-2
6. 一ノ瀬 理沙／1990.11.21／東京都練馬区石神井町2-14-8
7. 蕪木 勝／1975.06.09／茨城県つくば市竹園1-3-5
8. 筧 彩花／1996.01.04／東京都杉並区高円寺南4-27-3

小野寺
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: eight new hires' dates of birth and home addresses in an attached mail (.eml)",
    },
    # ---------------------------------------------------------------- 083
    {
        "id": "underwriting-083",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": ["山下 社会保険労務士事務所 <info@yamashita-sr.jp>"],
        "subject": "傷病手当金と所得補償保険の調整についてのご質問",
        "body": """山下社会保険労務士事務所
山下先生

いつもお世話になっております。日の出産業の宍戸です。
一般的な制度の確認で恐縮ですが、以下についてご教示いただけますでしょうか。

1. 傷病手当金の支給期間（通算1年6か月）中に退職した場合、
　 団体所得補償保険の支払いは継続されるか（保険会社の約款次第かとは存じますが）。
2. 傷病手当金と所得補償保険金を同時に受給した場合、
　 健康保険側で調整されることはあるか。
3. 任意継続被保険者となった場合の傷病手当金の取扱い。

個別の社員のケースではなく、社内向けQ&A作成のための確認です。
ご多用のところ恐縮ですが、よろしくお願いいたします。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general procedural questions to a labour consultant: no person's data",
    },
    # ---------------------------------------------------------------- 084
    {
        "id": "underwriting-084",
        "charset": "iso-2022-jp",
        "sender": HANAWA,
        "to": ["人事部 厚生グループ 丹羽様 <niwa.k@kawasaki-denki.co.jp>"],
        "subject": "給付金請求書の記入例",
        "body": """丹羽様

お世話になっております。日の出産業の塙です。
出向者の方から請求書の書き方について質問が多いとのことでしたので、
記入例を作成しました。社内掲示などにご利用ください。

────────── 記入例（見本） ──────────
　被保険者氏名：保険　太郎（見本）
　生年月日　　：昭和○○年○月○日
　住所　　　　：〒○○○－○○○○　○○県○○市○○町○－○
　傷病名　　　：（診断書の記載どおりに記入）
　入院期間　　：○年○月○日～○年○月○日
　受取口座　　：○○銀行　○○支店　普通　○○○○○○○
──────────────────────────

※ 傷病名は必ず診断書と一致させてください。
※ 受取口座は被保険者ご本人名義に限ります。
""" + SIG_HANAWA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a filled-in sample (記入例) with placeholder marks only: no real person's data",
    },
    # ---------------------------------------------------------------- 085
    {
        "id": "underwriting-085",
        "charset": "utf-8",
        "sender": OCHI,
        "to": ["荻窪 里奈 <ogikubo.rina@taiju-sonpo.co.jp>"],
        "subject": "団体傷害保険 条件比較表",
        "body": """荻窪様

お世話になっております。越智です。
更改条件の検討に使用している比較表をお送りします。
貴社提示条件の欄に誤りがないかご確認ください。
""" + SIG_OCHI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "団体傷害_条件比較表_v3.pdf",
                "title": "団体傷害保険 条件比較表",
                "page_header": "【取扱注意】",
                "page_footer": "取扱注意 ― 日の出産業株式会社 総務部 保険サービス課 作成",
                "lines": ["団体傷害保険 更改条件比較表（2026年9月）"],
                "table": [
                    ["項目", "大樹損保（現行）", "大樹損保（更改提示）", "みなと海上（参考見積）"],
                    ["死亡・後遺障害", "1,000万円", "1,000万円", "1,000万円"],
                    ["入院日額", "5,000円", "5,000円", "5,000円"],
                    ["通院日額", "3,000円", "2,000円", "3,000円"],
                    ["年間保険料", "4,296万円", "4,661万円", "4,210万円"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the PDF carries 取扱注意 in its header and footer",
    },
    # ---------------------------------------------------------------- 086
    {
        "id": "underwriting-086",
        "charset": "utf-8",
        "sender": "Kazuma Ochi <ochi.kazuma@hinode-sangyo.co.jp>",
        "to": ["Claire Donnelly <c.donnelly@meridian-gh.com>"],
        "cc": ["Naoki Shinomiya <shinomiya@apex-ib.co.jp>"],
        "subject": "Question on dependant cover - newborns and adopted children",
        "body": """Dear Claire,

A general question on the Group Expatriate Medical Plan, copying our broker:

1. Are newborns covered automatically from birth if they are added within
   30 days, or is a medical declaration required?
2. Are adopted children treated in the same way as natural children?
3. Is there a waiting period for maternity benefits for spouses who join
   the plan mid-term?

We would like to update our assignment handbook before the September intake.
""" + SIG_OCHI_EN,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "general coverage questions in English; insurer in To and broker in Cc (two organisations)",
    },
    # ---------------------------------------------------------------- 087
    {
        "id": "underwriting-087",
        "charset": "cp932",
        "sender": YONAMINE,
        "to": ["新契約サポート <shinkeiyaku-support@taiju-sonpo.co.jp>"],
        "subject": "個人賠償責任保険 申込書（データ入力済み）",
        "body": """大樹損害保険 新契約サポート 御中

お世話になっております。日の出産業（代理店コード 08-4471）の与那嶺です。
社員の個人賠償責任保険の申込書を、ご本人から聞き取った内容で入力しました。
保険料はクレジットカード払い（一括）を希望されています。
""" + SIG_YONAMINE,
        "attachments": [
            {
                "kind": "docx",
                "name": "個人賠償_申込書_仲村渠.docx",
                "title": "個人賠償責任保険 申込書",
                "paragraphs": ["個人賠償責任保険 申込書", "保険期間：2026年8月1日から1年間　支払限度額：1億円"],
                "tables": [
                    [
                        ["契約者氏名", "仲村渠 美月（ナカンダカリ ミツキ）"],
                        ["住所", "〒135-0016 東京都江東区東陽3-21-9 サンライズ東陽602"],
                        ["電話番号", "070-3318-8842"],
                        ["払込方法", "クレジットカード（一括）"],
                        ["カード番号", _grouped(card_number(SEED + 103), " ")],
                        ["有効期限", "11/27"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "identifier: a credit card number with the applicant's address in a DOCX application form",
    },
    # ---------------------------------------------------------------- 088
    {
        "id": "underwriting-088",
        "charset": "utf-8",
        "sender": KUBODERA,
        "to": ["越智 一馬 <ochi.kazuma@hinode-sangyo.co.jp>", "与那嶺 悠人 <yonamine.yuto@hinode-sangyo.co.jp>"],
        "subject": "団体保険 加入者マスタ（9月末時点）",
        "body": """越智課長、与那嶺さん

9月末時点の加入者マスタを更新しました。共有フォルダにも置いてあります。
更改見積の前提データとしてご利用ください（社外には集計値のみ出すこと）。

久保寺
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "加入者マスタ_202609.xlsx",
                "sheets": {
                    "団体定期": [["社員番号", "氏名", "カナ", "生年月日", "性別", "所属"]] + [list(r) for r in _GLTD_ROWS],
                    "団体医療": [["社員番号", "氏名", "コース", "家族型"],
                               ["H10302", "百瀬 かおり", "日額1万円", "○"],
                               ["H10402", "宇佐美 恵理", "日額5千円", "○"],
                               ["H10425", "神保 真由", "日額1万円", "○"],
                               ["H10325", "小野寺 愛", "日額5千円", "○"],
                               ["H10340", "東海林 剛", "日額5千円", ""]],
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "a full enrolment master, but sent only to internal colleagues",
    },
    # ---------------------------------------------------------------- 089
    {
        "id": "underwriting-089",
        "charset": "iso-2022-jp",
        "sender": YONAMINE,
        "to": ["品質保証部 楠木様 <kusunoki.y@kitaguni-food.co.jp>"],
        "subject": "生産物賠償責任保険（PL保険）付保証明書の送付について",
        "body": """北国フーズ株式会社
品質保証部　楠木様

いつもお世話になっております。日の出産業の与那嶺です。
ご依頼のありました、当社取扱製品に係る生産物賠償責任保険の付保証明書につき、
保険会社より発行されましたので、原本を郵送いたします。
到着は週明けになる見込みです。

　証券番号：TJ-PL-208815
　保険期間：2026年4月1日～2027年4月1日
　支払限度額：1事故 5億円／期間中 10億円

よろしくお願いいたします。
""" + SIG_YONAMINE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: kitaguni-food.co.jp drops the s of the partner's kitaguni-foods.co.jp",
    },
    # ---------------------------------------------------------------- 090
    {
        "id": "underwriting-090",
        "charset": "cp932",
        "sender": SHISHIDO,
        "to": ["比嘉 雄大 <higa.yudai@minato-kaijo.co.jp>"],
        "subject": "事故受付番号 J-2606-07781 の進捗について",
        "body": """比嘉様

お世話になっております。日の出産業の宍戸です。
戸田倉庫のシャッター接触事故（事故受付番号 J-2606-07781）について、
修理業者から着工日の確認が来ております。
保険金の支払見込みと、修理着工前の立会いの要否をお知らせいただけますでしょうか。

よろしくお願いいたします。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "claim status inquiry with a claim reference number only",
    },
    # ---------------------------------------------------------------- 091
    {
        "id": "underwriting-091",
        "charset": "iso-2022-jp",
        "sender": HANAWA,
        "to": ["引受審査課 菅生 <sugo.a@kyoei-health.jp>"],
        "subject": "健康診断結果による告知代用の条件について",
        "body": """共栄ヘルス少額短期保険
引受審査課　菅生様

お世話になっております。日の出産業の塙です。
来年度から、社内の定期健康診断の結果をもって告知書の一部に代えられないか
検討しております。一般論としてご教示ください。

・必要となる検査項目（血圧、BMI、血糖／HbA1c、肝機能、脂質、心電図 など）
・受診日から何か月以内の結果であれば有効か
・「要精密検査」判定がある場合の取扱い
・ご本人の同意書の様式の有無

個人の結果はお送りしておりません。制度設計のご相談です。
""" + SIG_HANAWA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "medical vocabulary about an underwriting method, but no individual's health data",
    },
    # ---------------------------------------------------------------- 092
    {
        "id": "underwriting-092",
        "charset": "utf-8",
        "sender": "Kazuma Ochi <ochi.kazuma@hinode-sangyo.co.jp>",
        "to": [
            "Daniel Whitfield <d.whitfield@pacific-re.com>",
            "Priya Raman <p.raman@harbourline-re.com>",
        ],
        "cc": ["Naoki Shinomiya <shinomiya@apex-ib.co.jp>"],
        "subject": "Invitation to quote - Group Accident reinsurance 2027",
        "body": """Dear Daniel, dear Priya,

We are inviting quotations for the 2027 reinsurance of our captive-fronted
group accident programme. Our broker, Apex Insurance Brokers, is copied and
will coordinate the process.

  Cover:        Group personal accident, 1,232 lives
  Limit:        JPY 10 million per life, JPY 300 million per event
  Deadline:     quotations by 30 September 2026

The data pack (loss run and exposure) will follow from the broker.
""" + SIG_OCHI_EN,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: two competing reinsurers and a broker (three organisations) in To/Cc",
    },
    # ---------------------------------------------------------------- 093
    {
        "id": "underwriting-093",
        "charset": "cp932",
        "sender": SHISHIDO,
        "to": ["契約保全課 <hozen@hikari-seimei.co.jp>"],
        "subject": "死亡保険金受取人の指定変更（証券番号 HK-GT-45102）",
        "body": """ひかり生命保険 契約保全課 御中

お世話になっております。日の出産業の宍戸です。
被保険者ご本人（営業二課 唐沢様）より、受取人指定の変更依頼を受けました。
変更届の原本は後日郵送いたしますが、内容を先にお知らせします。

　受取人　　　　続柄　　生年月日　　　　　割合
　唐沢 瑞穂　　　配偶者　平成元年5月3日　　50%
　唐沢 大和　　　長男　　平成30年9月12日　25%
　唐沢 ひまり　　長女　　令和3年2月27日　 25%

よろしくお願いいたします。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "three beneficiaries' names and dates of birth: under five records, may be warned",
    },
    # ---------------------------------------------------------------- 094
    {
        "id": "underwriting-094",
        "charset": "utf-8",
        "sender": YONAMINE,
        "to": ["ツバサシステム 導入支援 <donyu-shien@tsubasa-system.jp>"],
        "subject": "団体保険Web申込ポータル テスト用アカウント作成データ",
        "body": """株式会社ツバサシステム
導入支援チーム御中

お世話になっております。日の出産業 保険サービス課の与那嶺です。
Web申込ポータルの先行利用者（8名）のアカウント作成用データを添付します。
申込完了通知はご自宅のアドレスに送る仕様のため、個人アドレスを登録しています。
""" + SIG_YONAMINE,
        "attachments": [
            {
                "kind": "csv",
                "name": "portal_pilot_users.csv",
                "encoding": "utf-8",
                "rows": [
                    ["employee_id", "name", "kana", "private_email", "mobile"],
                    ["H10233", "吉弘 聡", "ヨシヒロ サトシ", "s.yoshihiro.79@gmail.com", "090-4471-2853"],
                    ["H10251", "真栄田 紗希", "マエダ サキ", "saki.maeda1102@yahoo.co.jp", "080-7712-0348"],
                    ["H10302", "百瀬 かおり", "モモセ カオリ", "kaori-momose@outlook.jp", "090-3150-6627"],
                    ["H10325", "小野寺 愛", "オノデラ アイ", "ai.onodera.0418@icloud.com", "070-8841-2290"],
                    ["H10366", "仲村渠 美月", "ナカンダカリ ミツキ", "mizuki.nkd@icloud.com", "070-3318-8842"],
                    ["H10371", "五十嵐 拓海", "イガラシ タクミ", "takumi.i.0211@gmail.com", "080-5529-1073"],
                    ["H10402", "宇佐美 恵理", "ウサミ エリ", "eri_usami@docomo.ne.jp", "090-8825-1340"],
                    ["H10453", "南雲 陸", "ナグモ リク", "riku.nagumo@gmail.com", "090-2208-9136"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: eight employees' private e-mails and mobiles in a UTF-8 CSV to a system vendor",
    },
    # ---------------------------------------------------------------- 095
    {
        "id": "underwriting-095",
        "charset": "iso-2022-jp",
        "sender": YONAMINE,
        "to": ["総務部 車両管理 久我様 <kuga.m@aoba-unyu.co.jp>"],
        "subject": "事故発生時の連絡先一覧（車内掲示用）",
        "body": """青葉運輸株式会社
総務部　久我様

お世話になっております。日の出産業の与那嶺です。
先ほどは失礼いたしました。改めて正しいアドレスにお送りします。
車内掲示用の事故連絡先一覧です。

　窓口　　　　　　　　　　　　　電話　　　　　　　受付時間
　-------------------------------------------------------------
　みなと海上 事故受付センター　　0120-258-114　　　24時間365日
　みなと海上 ロードアシスト　　　0120-258-339　　　24時間365日
　中央損害調査 東京支店　　　　　03-6228-4170　　　平日9-17時
　日の出産業 保険サービス課　　　03-5283-4471　　　平日9-17時
　-------------------------------------------------------------

事故の際は、まず人命救助と警察への届出を優先してください。
""" + SIG_YONAMINE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of businesses' hotlines to a partner at its correct domain: no people",
    },
    # ---------------------------------------------------------------- 096
    {
        "id": "underwriting-096",
        "charset": "utf-8",
        "sender": OCHI,
        "to": ["引受審査課 菅生 <sugo.a@kyoei-health.jp>"],
        "subject": "Re: 就業規則（休職規定）のご提供について",
        "body": """菅生様

お世話になっております。越智です。
ご依頼の就業規則ですが、全文は社外秘の扱いとなっており、お渡しすることができません。
代わりに、引受審査に必要と思われる休職規定の概要を以下にまとめました。

・私傷病休職：勤続3年以上は最長18か月、3年未満は6か月
・休職期間中の給与：無給（傷病手当金の対象）
・復職判定：産業医面談のうえ人事課長が決定
・休職期間満了時：自然退職

これで足りない場合はお知らせください。

> 共栄ヘルスの菅生です。団体医療の引受審査にあたり、就業規則の
> 休職に関する規定をご提供いただくことは可能でしょうか。
""" + SIG_OCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "says the rules are 社外秘 and sends a public summary instead: a mention, not a marking",
    },
    # ---------------------------------------------------------------- 097
    {
        "id": "underwriting-097",
        "charset": "cp932",
        "sender": OCHI,
        "to": ["荻窪 里奈 <ogikubo.rina@taiju-sonpo.co.jp>"],
        "subject": "【事故報告】労災上乗せ保険 大宮物流センター構内事故",
        "body": """大樹損害保険株式会社
企業営業部　荻窪様

お世話になっております。日の出産業の越智です。
労働災害総合保険（証券番号 TJ-W-771904）に係る事故のご報告です。

■被災者：五十嵐 拓海（営業二課から物流応援中、1998年2月11日生）
■日時　：2026年8月4日 14時20分頃
■場所　：大宮物流センター 2階 梱包ライン
■状況　：梱包機の詰まりを除去しようとした際に右手を挟まれた
■傷病　：右手示指・中指の切断（第一関節）、さいたま北総合病院に入院中
■見込み：後遺障害（手指の欠損）が残る見込みと医師より説明あり

労基署への労働者死傷病報告は8月6日に提出済みです。
今後の手続きについてご指示をお願いいたします。
""" + SIG_OCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named worker's injury, hospitalisation and expected permanent disability",
    },
    # ---------------------------------------------------------------- 098
    {
        "id": "underwriting-098",
        "charset": "iso-2022-jp",
        "sender": YONAMINE,
        "to": ["収納サービスセンター 今泉 <imaizumi.s@minato-kaijo.co.jp>"],
        "subject": "Re: カード払い変更 完了のお知らせ",
        "body": """今泉様

ご連絡ありがとうございます。
変更が完了した旨、ご本人にお伝えいたします。
この度は何度もお手数をおかけし、失礼いたしました。

与那嶺

> 日の出産業 与那嶺様
>
> 下記のとおりクレジットカード払いへの変更が完了しましたのでお知らせします。
>   証券番号：MK-55118044
>   カード番号：****-****-****-3391
>   初回請求：2026年8月分
>
> みなと海上火災保険 収納サービスセンター 今泉
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "only a masked card number, and only in the quoted text of the insurer's mail",
    },
    # ---------------------------------------------------------------- 099
    {
        "id": "underwriting-099",
        "charset": "utf-8",
        "sender": OCHI,
        "to": ["鶴見 健吾 <tsurumi.kengo@towa-life.co.jp>"],
        "subject": "GLTD 部署別の休職状況（補足）",
        "body": """鶴見様

お世話になっております。越智です。
職種別リスクの評価のため部署別の内訳をとのことでしたので、補足いたします。

　部署　　　　　　在籍　2025年度の長期休職
　営業部門　　　　 612　　2名（うち精神疾患 1）
　物流部門　　　　 318　　1名（がん）
　管理部門　　　　 298　　1名（精神疾患）
　品質保証課　　　   4　　1名（がん、現在も療養中）

なお品質保証課は小所帯のため、取扱いにはご留意ください。
""" + SIG_OCHI,
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "aggregated counts, but a four-person section with one cancer patient is close to identifying someone",
    },
    # ---------------------------------------------------------------- 100
    {
        "id": "underwriting-100",
        "charset": "cp932",
        "sender": KUBODERA,
        "to": ["sugahara.masashi@yahoo.co.jp"],
        "subject": "満期保険金 支払明細書の送付",
        "body": """須賀原 政志 様

日の出産業 保険サービス課の久保寺です。
ご退職後のご連絡先として伺っていたアドレスにお送りしております。
養老保険の満期保険金の支払明細書（PDF）を、パスワード付きZIPでお送りします。
パスワードは、ご登録の電話番号の下4桁です。

ご確認のほど、よろしくお願いいたします。
""" + SIG_KUBODERA,
        "attachments": [
            {
                "kind": "zip",
                "name": "満期保険金_支払明細.zip",
                "password": "7204",
                "files": [
                    {"kind": "pdf", "name": "支払明細書.pdf",
                     "lines": ["満期保険金 支払明細書", "証券番号 7720-118834", "お支払額 3,000,000円",
                               "源泉徴収税額 0円（一時所得として申告が必要な場合があります）"]},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["freemail_recipient", "unscannable_attachment"],
        "note": "unreadable: password ZIP to a former employee's free-mail address",
    },
]
