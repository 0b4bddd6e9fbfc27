"""Blind corpus — area: hojokin (補助金・助成金申請).

The planning team of 日の出産業 (経営企画部, with 人事・経理・工場・情報システム) applying for
government subsidies and grants (ものづくり補助金, 事業再構築補助金, 省力化投資補助金,
IT導入補助金, 業務改善助成金, キャリアアップ助成金, 人材開発支援助成金, 障害者雇用関係の
助成金 …) with consultants (認定支援機関, 社労士, 税理士), the bank, vendors and the
administering bodies (事務局, 財団, 自治体): business plans, employee counts, wage-increase
lists, officer lists, certificates, 実績報告 and 確定検査 / audits.

Written blind from BRIEF.md, build.py and SPEC.md only.  Every person, number and address
is invented; My Numbers and card numbers come from the build.py helpers.
"""

from build import card_number, my_number

SEED = 50401

# -- senders and their signatures ------------------------------------------------------

TAKANASHI = "高梨 亮介 <takanashi.r@hinode-sangyo.co.jp>"
MITSUYA = "三ツ矢 沙織 <mitsuya.s@hinode-sangyo.co.jp>"
USAMI = "宇佐美 航 <usami.w@hinode-sangyo.co.jp>"
KURUSHIMA = "久留島 正人 <kurushima.m@hinode-sangyo.co.jp>"
ENOMOTO = "榎本 千景 <enomoto.c@hinode-sangyo.co.jp>"
KUSAKABE = "日下部 誠 <kusakabe.m@hinode-sangyo.co.jp>"
GODA = "郷田 勝 <goda.m@hinode-sangyo.co.jp>"
SUGO = "菅生 大輔 <sugo.d@hinode-sangyo.co.jp>"

SIG_TAKANASHI = """
──────────────────────────
日の出産業株式会社　経営企画部 経営企画課
課長　高梨 亮介（Takanashi Ryosuke）
〒330-0846 埼玉県さいたま市大宮区大門町3-88 日の出大宮ビル6F
TEL 048-641-5520（代表）／内線 2314
E-mail takanashi.r@hinode-sangyo.co.jp
──────────────────────────"""

SIG_MITSUYA = """
--
日の出産業（株）経営企画部
三ツ矢 沙織
TEL: 048-641-5524 / FAX: 048-641-5530
mitsuya.s@hinode-sangyo.co.jp"""

SIG_USAMI = """
****************************************
  日の出産業株式会社 経営企画部
  宇佐美 航（うさみ わたる）
  〒330-0846 さいたま市大宮区大門町3-88
  TEL:048-641-5526  FAX:048-641-5530
****************************************"""

SIG_USAMI_EN = """
Best regards,

Wataru Usami
Corporate Planning Dept.
Hinode Sangyo Co., Ltd.
3-88 Daimon-cho, Omiya-ku, Saitama 330-0846, Japan
Tel: +81-48-641-5526
usami.w@hinode-sangyo.co.jp"""

SIG_ENOMOTO = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社　総務部 人事課
榎本 千景
TEL 048-641-5511（直通）
enomoto.c@hinode-sangyo.co.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_KUSAKABE = """
-------------------------------------
日の出産業株式会社 経理部 経理課
日下部 誠
Tel 048-641-5540 / Fax 048-641-5549
-------------------------------------"""

SIG_GODA = """
日の出産業株式会社　深谷工場
工場長　郷田 勝
〒366-0822 埼玉県深谷市上野台2-417
TEL 048-571-3300　FAX 048-571-3309"""

SIG_SUGO = """
--
情報システム課　菅生 大輔
日の出産業株式会社
内線 2250 / 048-641-5550"""

DISCLAIMER_JP = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者にご連絡のうえ、本メールおよび添付ファイルを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

HINODE_CORP_NO = "8320561360494"

MESSAGES: list[dict] = []

# -- 001-025 ---------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "hojokin-001",
        "sender": TAKANASHI,
        "to": ["小野寺 瑞穂 様 <onodera@mirai-keiei.co.jp>"],
        "subject": "ものづくり補助金（第21次）申請スケジュールのご相談",
        "charset": "iso-2022-jp",
        "body": """株式会社ミライ経営サポート
小野寺様

いつもお世話になっております。日の出産業の高梨です。

先日公表されたものづくり補助金の公募要領、拝見しました。
弊社としては深谷工場の検査工程の自動化（画像検査装置の導入）で
申請したいと考えております。

締切から逆算すると、以下のような進め方を想定していますが、
無理がないかご意見いただけますでしょうか。

　・〜来週　　　　　設備メーカー2社から見積取得
　・翌週　　　　　　事業計画書ドラフト（弊社作成）
　・その翌週　　　　小野寺様レビュー／修正
　・締切5営業日前　電子申請（jGrants）

なお、GビズIDプライムは昨年取得済みです。
認定支援機関の確認書は今回の枠では不要という理解でよろしいでしょうか。

お手すきの際にご返信いただけますと幸いです。
よろしくお願いいたします。
""" + SIG_TAKANASHI + "\n" + DISCLAIMER_JP,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary scheduling mail to the consultant; only the standard disclaimer mentions 機密",
    },
    {
        "id": "hojokin-002",
        "sender": ENOMOTO,
        "to": ["真壁 由紀子 <makabe@komorebi-sr.jp>"],
        "cc": [TAKANASHI],
        "subject": "【業務改善助成金】賃金引上げ予定者一覧の送付",
        "charset": "utf-8",
        "body": """こもれび労務
真壁先生

お世話になっております。日の出産業 人事の榎本です。

業務改善助成金の交付申請に添付する「賃金引上げ予定者一覧」を作成しましたので
お送りします。深谷工場で事業場内最低賃金に近い方を中心に8名です。

引上げ額は一律＋60円で考えていますが、30円コースとの比較もしたいので、
集計シートもご確認いただけますと助かります。

よろしくお願いいたします。
""" + SIG_ENOMOTO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "賃金引上げ予定者一覧_深谷工場.xlsx",
                "title": "業務改善助成金 賃金引上げ予定者一覧",
                "sheets": {
                    "対象者": [
                        ["業務改善助成金　賃金引上げ予定者一覧（深谷工場）"],
                        ["作成日：2026/05/12　作成：総務部人事課"],
                        [],
                        ["No", "氏名", "フリガナ", "雇入年月日", "生年月日", "雇用形態", "現行時給", "引上げ後時給"],
                        [1, "間宮 久美子", "マミヤ クミコ", "2019/04/01", "1978/09/14", "パート", 1030, 1090],
                        [2, "乙部 翔太", "オトベ ショウタ", "2021/10/16", "1999/02/03", "パート", 1030, 1090],
                        [3, "鬼頭 美和", "キトウ ミワ", "2016/06/01", "1969/12/22", "パート", 1045, 1105],
                        [4, "大豆生田 聡", "オオマメウダ サトシ", "2022/01/11", "1985/07/30", "契約社員", 1050, 1110],
                        [5, "阿久津 紗季", "アクツ サキ", "2023/04/03", "2002/05/19", "パート", 1030, 1090],
                        [6, "百目鬼 勉", "ドウメキ ツトム", "2018/03/15", "1961/11/08", "契約社員", 1060, 1120],
                        [7, "仁平 ゆかり", "ニヘイ ユカリ", "2020/09/01", "1974/04/26", "パート", 1035, 1095],
                        [8, "ROSALES MARIA", "ロサレス マリア", "2024/02/01", "1990/08/11", "パート", 1030, 1090],
                    ],
                    "集計": [
                        ["区分", "人数", "引上げ額（円/時）", "月間増加見込（円）"],
                        ["パート", 6, 60, 172800],
                        ["契約社員", 2, 60, 76800],
                        ["合計", 8, "", 249600],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "reason 1: XLSX list of 8 employees with birth dates and wages sent to an outside 社労士",
    },
    {
        "id": "hojokin-003",
        "sender": MITSUYA,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "cc": [TAKANASHI],
        "subject": "事業計画書（ドラフトv3）をお送りします",
        "charset": "utf-8",
        "body": """小野寺様

お世話になっております。日の出産業の三ツ矢です。
事業計画書のドラフトv3を添付いたします。

前回ご指摘いただいた点は以下のとおり修正しました。
 - 付加価値額の算定根拠（人件費・減価償却費の内訳）を追記
 - 競合比較の表を1枚に集約
 - 従業員数を直近の数字（53名）に更新

なお、先月締結した秘密保持契約書の原本（弊社押印済み）は本日郵送しております。
届きましたらご確認ください。

以上、よろしくお願いいたします。
""" + SIG_MITSUYA,
        "attachments": [
            {
                "kind": "docx",
                "name": "事業計画書_draft_v3.docx",
                "title": "事業計画書（ドラフトv3）",
                "paragraphs": [
                    "事業計画書（ドラフト v3）",
                    "1. 会社概要",
                    "商号：日の出産業株式会社　法人番号：" + HINODE_CORP_NO,
                    "本社：埼玉県さいたま市大宮区大門町3-88　工場：埼玉県深谷市上野台2-417",
                    "資本金：8,000万円　従業員数：53名（正社員41名、パート・契約12名）",
                    "2. 事業の目的",
                    "深谷工場の外観検査工程に画像検査装置を導入し、検査工数を約45％削減するとともに、"
                    "流出不良ゼロを目指す。",
                    "3. 付加価値額の計画",
                ],
                "tables": [
                    [
                        ["", "基準年度", "1年後", "2年後", "3年後"],
                        ["営業利益（千円）", "42,300", "45,100", "49,800", "55,200"],
                        ["人件費（千円）", "231,500", "238,400", "246,000", "253,900"],
                        ["減価償却費（千円）", "18,200", "24,600", "23,100", "21,700"],
                        ["付加価値額（千円）", "292,000", "308,100", "318,900", "330,800"],
                    ]
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "business plan draft with company figures and 法人番号 only; NDA mentioned, no marking, no people's data",
    },
    {
        "id": "hojokin-004",
        "sender": TAKANASHI,
        "to": ["真壁 由紀子 <makabe@komorebi-sr.jp>"],
        "subject": "キャリアアップ助成金（正社員化）対象者2名の個人番号について",
        "charset": "cp932",
        "body": f"""真壁先生

お世話になっております。日の出産業 経営企画部の高梨です。
（人事の榎本が本日不在のため、代わってご連絡いたします）

正社員転換に伴い雇用保険の資格取得手続きが必要となる2名について、
個人番号をお知らせいたします。資格取得届の作成をお願いできますでしょうか。

■対象者１
　氏名　　：鴫原 拓海（シギハラ タクミ）
　生年月日：平成１２年８月２９日
　個人番号：{my_number(SEED + 1)}
　転換日　：2026年6月1日

■対象者２
　氏名　　：椎葉 真央（シイバ マオ）
　生年月日：平成９年１月７日
　個人番号：{my_number(SEED + 2)}
　転換日　：2026年6月1日

転換後の雇用契約書は榎本から別途お送りします。
よろしくお願いいたします。
""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "reason 2: two employees' マイナンバー in the body of a mail to an external 社労士",
    },
    {
        "id": "hojokin-005",
        "sender": KUSAKABE,
        "to": [TAKANASHI],
        "subject": "Re: 給与支給総額の算定用データ",
        "charset": "iso-2022-jp",
        "body": """高梨さん

経理の日下部です。
ご依頼の賃金台帳の抜粋（2025年度・深谷工場分）をCSVで添付します。
社内限りの扱いでお願いします。賞与は含めていません。

給与支給総額の年率計算は、こちらでも一度検算しておきます。

> 給与支給総額の年平均上昇率を出したいので、
> 工場分だけで結構ですので賃金台帳の抜粋をいただけますか。
""" + SIG_KUSAKABE,
        "attachments": [
            {
                "kind": "csv",
                "name": "賃金台帳抜粋_2025年度_深谷.csv",
                "encoding": "cp932",
                "rows": [
                    ["社員番号", "氏名", "所属", "雇用区分", "基本給", "諸手当", "年間支給額"],
                    ["H0112", "猿渡 康夫", "製造本部", "正社員", "412000", "35000", "5364000"],
                    ["H0278", "郷田 勝", "深谷工場", "正社員", "398000", "42000", "5280000"],
                    ["H0341", "喜多見 伸吾", "製造1課", "正社員", "301000", "18000", "3828000"],
                    ["H0366", "米倉 由香", "品質保証", "正社員", "287500", "12000", "3594000"],
                    ["H0402", "鎌形 陽平", "製造1課", "正社員", "265000", "15000", "3360000"],
                    ["H0419", "宍戸 ななみ", "製造2課", "正社員", "248000", "10000", "3096000"],
                    ["H0433", "藤ノ木 剛", "設備保全", "正社員", "276000", "22000", "3576000"],
                    ["H0457", "舘野 麻衣", "品質保証", "正社員", "239000", "8000", "2964000"],
                    ["P0810", "間宮 久美子", "製造2課", "パート", "0", "0", "1632000"],
                    ["P0822", "乙部 翔太", "製造1課", "パート", "0", "0", "1488000"],
                    ["P0835", "鬼頭 美和", "検査", "パート", "0", "0", "1702000"],
                    ["K0901", "大豆生田 聡", "出荷", "契約社員", "0", "0", "2110000"],
                    ["K0907", "百目鬼 勉", "出荷", "契約社員", "0", "0", "2016000"],
                    ["P0851", "阿久津 紗季", "検査", "パート", "0", "0", "1311000"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "wage ledger of 14 employees, but every recipient is internal",
    },
    {
        "id": "hojokin-006",
        "sender": USAMI,
        "to": ["舟橋 史郎 様 <funahashi.s@midori-ginkou.co.jp>"],
        "subject": "認定支援機関確認書のご発行について（日の出産業）",
        "charset": "cp932",
        "body": """みどり銀行 大宮支店 法人営業課
舟橋様

いつも大変お世話になっております。
日の出産業の宇佐美でございます。

先日お打合せさせていただきました事業再構築補助金の件で、
認定経営革新等支援機関としての「事業計画確認書」のご発行をお願いしたく、
ご連絡いたしました。

事業計画書の最終版は今週金曜までにお送りできる見込みです。
確認書のご発行までに通常どの程度お時間をいただくか、
また行内で必要な書式等がございましたらご教示ください。

引き続きよろしくお願い申し上げます。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "reason 5: midori-ginkou.co.jp is a look-alike (letter added) of partner midori-ginko.co.jp",
    },
    {
        "id": "hojokin-007",
        "sender": TAKANASHI,
        "to": ["事業再構築補助金事務局 <support@saikouchiku-jimukyoku.jp>"],
        "subject": "Re: 【事業再構築補助金】申請内容の確認について（申請番号 SK13-0048217）",
        "charset": "utf-8",
        "body": """事業再構築補助金事務局 ご担当者様

日の出産業株式会社の高梨でございます。
ご確認のご連絡をいただき、ありがとうございます。

ご質問の2点について回答いたします。

1. 法人番号
　申請フォームの入力誤りでした。正しくは """ + HINODE_CORP_NO + """ です。
　（履歴事項全部証明書の写しと一致しております）

2. 補助事業の実施場所
　深谷工場（埼玉県深谷市上野台2-417）のみで、本社での実施はございません。

申請フォームの修正が必要な場合は差戻しいただけますでしょうか。
何卒よろしくお願いいたします。
""" + SIG_TAKANASHI + """

-----Original Message-----
From: 事業再構築補助金事務局 <support@saikouchiku-jimukyoku.jp>
Sent: Tuesday, May 19, 2026 3:12 PM
To: takanashi.r@hinode-sangyo.co.jp
Subject: 【事業再構築補助金】申請内容の確認について（申請番号 SK13-0048217）

日の出産業株式会社 ご担当者様

申請内容について以下の点をご確認ください。
(1) 申請フォームの法人番号と履歴事項全部証明書の記載が一致しておりません。
(2) 補助事業の実施場所が複数記載されています。主たる実施場所をご教示ください。

事業再構築補助金事務局（コールセンター 0570-00-4812）
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "reply to the administering body with the company's 法人番号 and application number; no people's data",
    },
    {
        "id": "hojokin-008",
        "sender": MITSUYA,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "申請書類一式の送付（パスワードは別メールにて）",
        "charset": "iso-2022-jp",
        "body": """小野寺様

お世話になっております。日の出産業の三ツ矢です。

申請書類一式をzipにまとめてお送りします。
パスワードは追ってお送りいたします。

・事業計画書（最終版）
・見積書（川崎電機様）

ご査収のほどよろしくお願いいたします。
""" + SIG_MITSUYA,
        "attachments": [
            {
                "kind": "zip",
                "name": "申請書類一式_0520.zip",
                "password": "Mk7#r2Qp",
                "files": [
                    {"kind": "docx", "name": "事業計画書_最終版.docx",
                     "paragraphs": ["事業計画書", "深谷工場 外観検査工程の自動化"]},
                    {"kind": "pdf", "name": "見積書_川崎電機.pdf",
                     "lines": ["御見積書", "画像検査装置 HV-3200 一式　金額 18,480,000円（税抜）"]},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "reason 7: password-protected ZIP (PPAP) cannot be inspected",
    },
    {
        "id": "hojokin-009",
        "sender": MITSUYA,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "パスワードのご連絡",
        "charset": "iso-2022-jp",
        "body": """小野寺様

三ツ矢です。
先ほどお送りした「申請書類一式_0520.zip」のパスワードをお知らせします。

　Mk7#r2Qp

よろしくお願いいたします。
""" + SIG_MITSUYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "separate password mail, no attachment and no personal data",
    },
    {
        "id": "hojokin-010",
        "sender": USAMI,
        "to": [
            "田辺 一樹 <tanabe.k@kawasaki-denki.co.jp>",
            "東邦機工 営業部 <sales@toho-kiko.co.jp>",
            "ヤマブキ精機 <eigyo@yamabuki-seiki.co.jp>",
        ],
        "subject": "【見積依頼】画像検査装置一式（補助金申請用）",
        "charset": "utf-8",
        "body": """各社ご担当者様

お世話になっております。日の出産業 経営企画部の宇佐美です。

補助金の申請にあたり、下記仕様での見積書を各社にお願いしたく存じます。
（補助金の要件上、相見積が必要となります）

【仕様概要】
　・対象ワーク：樹脂成形品（最大 300×200mm）
　・検査項目：外観キズ、バリ、寸法（±0.05mm）
　・タクト：1.5秒/個 以下
　・設置場所：弊社深谷工場 第2棟

【見積書のお願い】
　・宛名は「日の出産業株式会社」としてください
　・有効期限は発行日から3か月以上
　・本体・設置工事・教育費の内訳を分けてご記載ください

6月5日（金）までにご提出いただけますと幸いです。
ご不明点は宇佐美までお問い合わせください。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "reason 4: three competing vendors in To can see each other; should have been Bcc",
    },
    {
        "id": "hojokin-011",
        "sender": GODA,
        "to": ["田辺 一樹 様 <tanabe.k@kawasaki-denki.co.jp>"],
        "subject": "見積書の記載事項についてのお願い",
        "charset": "cp932",
        "body": """川崎電機株式会社
田辺様

いつもお世話になっております。深谷工場の郷田です。

先日お願いした見積の件、補助金申請に使う関係で
記載内容に少し注文がございます。お手数ですがご対応ください。

　品名　　　　　　　　　　型番　　　　　数量
　―――――――――――――――――――――――――――――
　画像検査装置本体　　　　HV-3200　　　1式
　照明ユニット（同軸）　　LU-C80　　　 2台
　搬送コンベア　　　　　　CV-1500S　　 1台
　据付・調整費　　　　　　－　　　　　 1式
　操作教育（2日間）　　　 －　　　　　 1式

・宛名は正式社名（日の出産業株式会社）でお願いします
・納入場所：〒366-0822 埼玉県深谷市上野台2-417 弊社深谷工場
・中古品・展示品は補助対象外のため、新品である旨の記載をお願いします

お忙しいところ恐縮ですが、よろしくお願いいたします。
""" + SIG_GODA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quotation request to a partner with product codes and the factory's address; no personal data",
    },
    {
        "id": "hojokin-012",
        "sender": MITSUYA,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "事業計画書（最終版）PDF",
        "charset": "utf-8",
        "body": """小野寺様

お世話になっております。三ツ矢です。
社内決裁が下りましたので、事業計画書の最終版をPDFでお送りします。
最終チェックをお願いできますでしょうか。

よろしくお願いいたします。
""" + SIG_MITSUYA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "事業計画書_最終版.pdf",
                "title": "事業計画書（最終版）",
                "page_header": "社外秘",
                "page_footer": "日の出産業株式会社　取扱区分：社外秘",
                "lines": [
                    "【社外秘】",
                    "事業計画書（最終版）　日の出産業株式会社",
                    "1. 事業の背景：主要顧客の品質要求の高まりと検査人員の不足",
                    "2. 取組内容：画像検査装置 HV-3200 の導入と検査工程の再設計",
                    "3. 将来の展望：2028年度に検査工程の完全無人化",
                    "4. 収益計画：付加価値額 年率3.2％向上、給与支給総額 年率2.0％向上",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "reason 6: the attached plan is stamped 社外秘 in header, footer and body",
    },
    {
        "id": "hojokin-013",
        "sender": USAMI,
        "to": ["Klaus Wendt <k.wendt@brenner-mb.de>"],
        "subject": "Request for formal quotation - vision inspection line (subsidy application)",
        "charset": "utf-8",
        "body": """Dear Mr. Wendt,

Thank you for the online meeting last Thursday.

As mentioned, we are applying for a Japanese government subsidy for the new
inspection line at our Fukaya plant. The application rules require a formal
quotation, so could you kindly send us one with the following points:

  1. Addressed to "Hinode Sangyo Co., Ltd."
  2. Price in JPY, or in EUR with the exchange rate clearly stated
  3. Separate lines for the machine, installation, and operator training
  4. Validity of at least 90 days from the date of issue
  5. A statement that the equipment is new (not used or demo)

We would appreciate it if you could send it by June 5.
""" + SIG_USAMI_EN + "\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English quotation request to a foreign vendor with the standard disclaimer",
    },
    {
        "id": "hojokin-014",
        "sender": ENOMOTO,
        "to": ["真壁 由紀子 <makabe@komorebi-sr.jp>"],
        "subject": "特開金（障害者雇用）の申請について",
        "charset": "iso-2022-jp",
        "body": """真壁先生

いつもお世話になっております。日の出産業の榎本です。

4月にハローワーク紹介で採用した方について、特定求職者雇用開発助成金の
申請をお願いしたく、必要な情報をお送りします。

　氏名　　　　：小此木 亮（オコノギ リョウ）
　生年月日　　：1993年11月2日
　雇入日　　　：2026年4月1日（週30時間・無期雇用）
　配属　　　　：深谷工場 品質保証課
　障害の状況　：精神障害者保健福祉手帳 2級（統合失調症、月1回通院）
　紹介元　　　：ハローワーク熊谷

通院日は勤務調整で対応しています。
第1期の支給申請期間がいつからになるかも併せて教えていただけますと助かります。
""" + SIG_ENOMOTO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "reason 3: one named employee's disability certificate and diagnosis sent to an outside 社労士",
    },
    {
        "id": "hojokin-015",
        "sender": TAKANASHI,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "cc": ["舟橋 史郎 <funahashi.s@midori-ginko.co.jp>", KURUSHIMA],
        "subject": "三者お打合せ日程のご相談（事業再構築補助金・つなぎ融資）",
        "charset": "cp932",
        "body": """ミライ経営サポート　小野寺様
みどり銀行　舟橋様
（cc：弊社 久留島）

お世話になっております。日の出産業の高梨です。

事業再構築補助金の採択後の資金計画について、一度三者で
お打合せの場を設けたくご連絡いたしました。
以下の候補日でご都合はいかがでしょうか。

　①6月9日（火）10:00〜11:30
　②6月10日（水）14:00〜15:30
　③6月12日（金）10:00〜11:30

場所は弊社本社6F会議室、またはオンライン（Teams）を想定しております。
ご都合のよい日時をお知らせいただけますと幸いです。
""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way meeting mail: two external organisations in To/Cc",
    },
    {
        "id": "hojokin-016",
        "sender": USAMI,
        "to": ["戸倉 恵理 <tokura.eri.shindanshi@gmail.com>"],
        "subject": "補助金申請書のセカンドオピニオンのお願い",
        "charset": "utf-8",
        "body": """戸倉先生

ご無沙汰しております。日の出産業の宇佐美です。
診断士協会の勉強会ではお世話になりました。

実は今回、省力化投資補助金の申請を検討しており、
顧問の支援機関とは別に、第三者の目で計画書を見ていただけないかと考えております。

資料は面談の際に紙でお持ちする形にしたいのですが、
6月第2週あたりで1時間ほどお時間をいただけますでしょうか。
謝金の規定についても、その際にご相談させてください。
""" + SIG_USAMI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (a freelance consultant), no personal data",
    },
    {
        "id": "hojokin-017",
        "sender": ENOMOTO,
        "to": ["羽生 智子 <hanyu@hikari-academy.co.jp>"],
        "subject": "人材開発支援助成金　受講者名簿の送付",
        "charset": "cp932",
        "body": """ひかり人材アカデミー
羽生様

お世話になっております。日の出産業 人事課の榎本です。
7月開講の「生産管理実務研修」の受講者名簿をお送りします。
訓練実施計画届に添付するため、貴社の様式に転記をお願いできますでしょうか。

修正がありましたら私までご連絡ください。
""" + SIG_ENOMOTO,
        "attachments": [
            {
                "kind": "csv",
                "name": "受講者名簿_生産管理実務研修.csv",
                "encoding": "cp932",
                "rows": [
                    ["No", "氏名", "フリガナ", "生年月日", "入社年月日", "雇用保険被保険者番号", "所属"],
                    ["1", "喜多見 伸吾", "キタミ シンゴ", "1988/03/27", "2012/04/01", "1107-318842-5", "製造1課"],
                    ["2", "米倉 由香", "ヨネクラ ユカ", "1991/06/15", "2014/04/01", "1107-402271-3", "品質保証課"],
                    ["3", "鎌形 陽平", "カマガタ ヨウヘイ", "1995/10/08", "2018/04/01", "1107-559014-8", "製造1課"],
                    ["4", "宍戸 ななみ", "シシド ナナミ", "1997/01/30", "2019/04/01", "1107-603387-0", "製造2課"],
                    ["5", "藤ノ木 剛", "フジノキ ツヨシ", "1983/08/19", "2010/10/01", "1107-281190-6", "設備保全課"],
                    ["6", "舘野 麻衣", "タテノ マイ", "1999/12/04", "2022/04/01", "1107-744025-2", "品質保証課"],
                    ["7", "日比生 純", "ヒビウ ジュン", "1986/05/11", "2020/07/01", "1107-688431-9", "生産管理課"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "reason 1: CSV of 7 employees with birth dates and 雇用保険被保険者番号 to a training company",
    },
    {
        "id": "hojokin-018",
        "sender": ENOMOTO,
        "to": ["羽生 智子 <hanyu@hikari-academy.co.jp>"],
        "subject": "Re: eラーニング受講者登録のお願い",
        "charset": "iso-2022-jp",
        "body": """羽生様

お世話になっております。榎本です。
eラーニング（品質管理基礎）の受講者は以下の3名です。
ID発行をお願いいたします。

・喜多見 伸吾（製造1課）　kitami.s@hinode-sangyo.co.jp
・米倉 由香（品質保証課）　yonekura.y@hinode-sangyo.co.jp
・日比生 純（生産管理課）　hibiu.j@hinode-sangyo.co.jp

よろしくお願いいたします。
""" + SIG_ENOMOTO + """

> 日の出産業株式会社
> 榎本様
>
> eラーニングの受講者様のお名前・ご所属・メールアドレスを
> お知らせいただけましたら、ログインIDを発行いたします。
>
> ひかり人材アカデミー 羽生
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three employees' names and mail addresses for account set-up: under five people, may be warned",
    },
    {
        "id": "hojokin-019",
        "sender": USAMI,
        "to": ["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
        "subject": "会議室ご予約のお願い（6月・7月 計3回）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>さくらホテル 宴会予約ご担当者様</p>
<p>いつもお世話になっております。日の出産業株式会社の宇佐美です。<br>
補助事業の社内説明会・研修のため、下記のとおり会議室の予約をお願いいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>日程</th><th>時間</th><th>人数</th><th>レイアウト</th><th>備品</th></tr>
<tr><td>6月16日（火）</td><td>13:00〜17:00</td><td>30名</td><td>スクール</td><td>プロジェクター、マイク2本</td></tr>
<tr><td>7月7日（火）</td><td>9:30〜17:00</td><td>24名</td><td>島型（4名×6）</td><td>ホワイトボード2台</td></tr>
<tr><td>7月21日（火）</td><td>9:30〜12:00</td><td>12名</td><td>ロの字</td><td>プロジェクター</td></tr>
</table>
<p>昼食（お弁当）は7月7日のみ24食お願いします。<br>
お見積書は「日の出産業株式会社」宛でお願いいたします（補助金の証憑として使用します）。</p>
<p>--<br>日の出産業株式会社 経営企画部 宇佐美 航<br>TEL 048-641-5526</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only room booking with a table of dates and head counts, no personal data",
    },
    {
        "id": "hojokin-020",
        "sender": USAMI,
        "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
        "subject": "宿泊予約（6/18 1泊・2名）とお支払いについて",
        "charset": "cp932",
        "body": f"""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業の宇佐美です。
補助金の口頭審査のため、前泊で下記のとおり予約をお願いいたします。

　チェックイン　：6月18日（木）
　チェックアウト：6月19日（金）
　部屋　　　　　：シングル2室（禁煙）
　宿泊者　　　　：高梨、宇佐美

お支払いは法人カードでの事前決済を希望します。
　カード番号：{card_number(SEED + 20)}
　有効期限　：09/28
　名義　　　：HINODE SANGYO CO LTD

領収書は「日の出産業株式会社」宛で2室分まとめてお願いいたします。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "reason 2: a full credit card number with expiry in the body of an external mail",
    },
    {
        "id": "hojokin-021",
        "sender": TAKANASHI,
        "to": ["ものづくり補助金事務局 <info@monohojo-jimukyoku.jp>"],
        "subject": "Re: お問い合わせの件（受付番号 Q-2605-11932）",
        "charset": "iso-2022-jp",
        "body": """ものづくり補助金事務局 ご担当者様

日の出産業の高梨です。ご回答ありがとうございました。
追加で1点だけ確認させてください。

検査装置の付帯設備として、メーカーのデモ機（使用期間3か月）を
新品価格の6割で購入する案が出ておりますが、
これは「中古設備」の扱いとなり補助対象外という理解でよろしいでしょうか。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_TAKANASHI + """

> 日の出産業株式会社 高梨様
>
> お問い合わせいただいた件につきまして、以下のとおり回答いたします。
> ・機械装置・システム構築費には、専ら補助事業のために使用される
> 　機械装置の購入費用が該当します。
> ・据付工事費は機械装置と一体で計上いただけます。
>
> ものづくり補助金事務局
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "follow-up question to the administering body with quoted answer; no personal data",
    },
    {
        "id": "hojokin-022",
        "sender": ENOMOTO,
        "to": [TAKANASHI],
        "cc": [KURUSHIMA],
        "subject": "役員名簿（暴排誓約用）作成しました",
        "charset": "utf-8",
        "body": """高梨さん
（cc 久留島部長）

人事の榎本です。
申請に添付する役員名簿、登記簿と照合のうえ作成しました。
生年月日は和暦で入れています。念のためご確認ください。

社外へ出すときは小野寺さん宛のみでお願いします。
""" + SIG_ENOMOTO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "役員名簿_20260515.xlsx",
                "sheets": {
                    "役員名簿": [
                        ["役員名簿（日の出産業株式会社）"],
                        [],
                        ["役職", "氏名", "フリガナ", "生年月日", "性別", "就任年月日"],
                        ["代表取締役社長", "日野 宗一郎", "ﾋﾉ ｿｳｲﾁﾛｳ", "S36.2.14", "男", "H24.6.28"],
                        ["取締役", "日野 芳江", "ﾋﾉ ﾖｼｴ", "S39.7.3", "女", "H24.6.28"],
                        ["取締役経営企画部長", "久留島 正人", "ｸﾙｼﾏ ﾏｻﾄ", "S45.10.21", "男", "R4.6.29"],
                        ["取締役製造本部長", "猿渡 康夫", "ｻﾙﾜﾀﾘ ﾔｽｵ", "S42.3.9", "男", "R2.6.26"],
                        ["社外取締役", "五百旗頭 亘", "ｲｵｷﾍﾞ ﾜﾀﾙ", "S33.12.1", "男", "R5.6.29"],
                        ["監査役", "雲母 亜希子", "ｷﾗﾗ ｱｷｺ", "S47.5.28", "女", "R3.6.29"],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "officer list with birth dates, but sent only inside the company",
    },
    {
        "id": "hojokin-023",
        "sender": TAKANASHI,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "役員名簿のご送付（暴力団排除に関する誓約事項用）",
        "charset": "cp932",
        "body": """小野寺様

お世話になっております。高梨です。
ご依頼の役員名簿です。本文に貼り付けますので、申請様式への転記をお願いします。

役職　　　　　　　　氏名　　　　　　フリガナ　　　　　生年月日　　　　　性別
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
代表取締役社長　　　日野　宗一郎　　ヒノ　ソウイチロウ　昭和３６年２月１４日　男
取締役　　　　　　　日野　芳江　　　ヒノ　ヨシエ　　　　昭和３９年７月３日　　女
取締役　　　　　　　久留島　正人　　クルシマ　マサト　　昭和４５年１０月２１日　男
取締役　　　　　　　猿渡　康夫　　　サルワタリ　ヤスオ　昭和４２年３月９日　　男
社外取締役　　　　　五百旗頭　亘　　イオキベ　ワタル　　昭和３３年１２月１日　男
監査役　　　　　　　雲母　亜希子　　キララ　アキコ　　　昭和４７年５月２８日　女

以上6名です。よろしくお願いいたします。
""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "reason 1: six officers with birth dates and sex pasted into a mail to the consultant",
    },
    {
        "id": "hojokin-024",
        "sender": TAKANASHI,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "代表者情報（申請フォーム入力用）",
        "charset": "utf-8",
        "body": """小野寺様

高梨です。申請フォームの代表者欄の入力用に、代表者の情報をお送りします。

  代表者氏名：日野 宗一郎（ひの そういちろう）
  役職　　　：代表取締役社長
  生年月日　：1961年2月14日
  自宅住所　：〒337-0042 埼玉県さいたま市見沼区南中野612-3

会社の代表電話・所在地は前回お送りした会社概要のとおりです。
よろしくお願いします。
""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one person's record (the representative) to the consultant: under five people, may be warned",
    },
    {
        "id": "hojokin-025",
        "sender": KUSAKABE,
        "to": ["安曇 健 <azumi@omiya-chuo-tax.jp>"],
        "subject": "決算書PDF（第46期・第47期）送付の件",
        "charset": "iso-2022-jp",
        "body": """大宮中央会計
安曇先生

お世話になっております。日の出産業 経理の日下部です。

補助金の申請用に、直近2期分の決算報告書PDFをお送りします。
パスワードは前回の月次資料と同じです。

財務諸表の数値が事業計画書の数値と一致しているか、
念のため先生の方でもご確認いただけますと幸いです。
""" + SIG_KUSAKABE,
        "attachments": [
            {"kind": "pdf", "name": "決算報告書_第46期.pdf", "password": "hinode46",
             "lines": ["第46期 決算報告書", "貸借対照表", "損益計算書"]},
            {"kind": "pdf", "name": "決算報告書_第47期.pdf", "password": "hinode47",
             "lines": ["第47期 決算報告書", "貸借対照表", "損益計算書"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "reason 7: two password-protected PDFs that cannot be inspected",
    },
]

# -- 026-050 ---------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "hojokin-026",
        "sender": KUSAKABE,
        "to": ["安曇 健 <azumi@omiya-chuo-tax.jp>"],
        "subject": "Re: 納税証明書（その1・その3）の取得について",
        "charset": "cp932",
        "body": """安曇先生

ご教示ありがとうございます。
納税証明書はe-Taxで請求することにいたします。

　法人番号：""" + HINODE_CORP_NO + """
　請求する証明書：その1（法人税・消費税、直近2期）、その3の3

電子納税証明書（PDF）で問題ないか、事務局のFAQも確認しておきます。
取得できましたら先生にも写しをお送りします。
""" + SIG_KUSAKABE + """

-----Original Message-----
From: 安曇 健 <azumi@omiya-chuo-tax.jp>
Sent: Thursday, May 14, 2026 10:41 AM
To: 日下部 誠 <kusakabe.m@hinode-sangyo.co.jp>
Subject: 納税証明書（その1・その3）の取得について

日下部様

納税証明書は、e-Taxでの電子請求が一番早いかと存じます。
法人番号と、必要な税目・年度をご確認のうえご請求ください。
書面の場合は所轄の大宮税務署窓口でも取得できます。

税理士法人大宮中央会計　安曇
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "tax-certificate exchange with the company's 法人番号 and a quoted reply; no people's data",
    },
    {
        "id": "hojokin-027",
        "sender": ENOMOTO,
        "to": ["真壁 由紀子 <makabe@komorebi-sr.jp>"],
        "subject": "障害者雇用安定助成金（職場定着支援）対象者確認表",
        "charset": "utf-8",
        "body": """真壁先生

お世話になっております。榎本です。
職場定着支援コースの計画書作成用に、対象となる2名の確認表を添付します。
措置の内容（時間管理・休暇付与）は第2シートにまとめました。

ご確認のほどよろしくお願いいたします。
""" + SIG_ENOMOTO,
        "attachments": [
            {
                "kind": "xls",
                "name": "対象者確認表.xls",
                "sheets": {
                    "対象者": [
                        ["氏名", "入社日", "障害種別", "手帳・等級", "配慮事項"],
                        ["弓削 剛", "2017/04/01", "身体障害（下肢）", "身体障害者手帳 3級", "立ち作業を1時間ごとに休憩"],
                        ["桐ヶ谷 彩", "2021/10/01", "知的障害", "療育手帳 B", "作業手順書をイラスト化"],
                    ],
                    "措置内容": [
                        ["措置", "対象", "開始予定"],
                        ["柔軟な時間管理（短時間勤務）", "弓削", "2026/07/01"],
                        ["通院のための休暇付与（年6日）", "弓削", "2026/07/01"],
                        ["職場支援員の配置", "桐ヶ谷", "2026/06/15"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "reason 3: two named employees' disability types and grades in an XLS to an outside 社労士",
    },
    {
        "id": "hojokin-028",
        "sender": KURUSHIMA,
        "to": ["経営企画部 <keiei-kikaku@hinode-sangyo.co.jp>"],
        "subject": "FW: 【彩の国産業振興財団】令和8年度 設備投資促進補助金 公募開始のお知らせ",
        "charset": "iso-2022-jp",
        "body": """各位

財団から公募開始の案内が来ました。
深谷の第3ライン更新に使えそうなので、高梨さん中心に要件を確認してください。
来週の部会で方針を決めます。

久留島

-----Original Message-----
From: 彩の国産業振興財団 設備投資支援課 <josei@ayanokuni-sangyo.or.jp>
Sent: Monday, May 11, 2026 9:00 AM
Subject: 【彩の国産業振興財団】令和8年度 設備投資促進補助金 公募開始のお知らせ

会員企業各位

令和8年度「設備投資促進補助金」の公募を開始いたしました。

■補助対象：県内中小企業が行う生産性向上のための設備投資
■補助率　：1/2以内（上限1,000万円）
■公募期間：令和8年5月11日（月）〜6月30日（火）17時
■説明会　：5月22日（金）14時〜　財団本部 3階大会議室（オンライン併催）

お問い合わせ：公益財団法人彩の国産業振興財団 設備投資支援課
TEL 048-600-7714（平日9時〜17時）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal forward of a funding body's public announcement",
    },
    {
        "id": "hojokin-029",
        "sender": USAMI,
        "to": [
            "浅利 康弘 <asari.yasuhiro1958@gmail.com>",
            "能登谷 節子 <notoya_setsuko@yahoo.co.jp>",
            "Mochizuki Ken <ken.mochizuki.pe@outlook.jp>",
        ],
        "subject": "【ご依頼】補助事業 効果検証アドバイザーご就任のお願い",
        "charset": "utf-8",
        "body": """浅利先生、能登谷先生、望月先生

突然のご連絡失礼いたします。日の出産業株式会社 経営企画部の宇佐美と申します。

弊社では今年度、省力化投資補助金を活用した検査工程の自動化に取り組んでおり、
事業の効果検証にあたり、外部の有識者の方にアドバイザーをお願いしたいと考えております。

先生方には、年2回（9月・2月予定）の検証会議にご出席いただき、
導入効果についてご助言をいただければ幸いです。
謝金は1回あたり5万円（交通費別）を予定しております。

ご検討いただけますようでしたら、6月12日までにご返信いただけますと幸いです。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "reason 4: three private persons on free mail can see each other's addresses in To",
    },
    {
        "id": "hojokin-030",
        "sender": TAKANASHI,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "Re: 補助対象経費の区分について",
        "charset": "cp932",
        "body": """小野寺様

整理いただきありがとうございます。
No.4の教育費は、メーカー作成の見積で「操作教育」として本体と別建てになっていますので、
専門家経費ではなく機械装置費に含める形で問題ないと考えております。
No.5の電源工事は、補助対象外として自己負担で進めます。

高梨

> 高梨様
>
> いただいた見積をもとに経費区分を整理しました。ご確認ください。
>
> No  項目                     見積額(税抜)   区分案
> --  -----------------------  ------------  ----------------
> 1   画像検査装置 HV-3200       12,800,000   機械装置・システム構築費
> 2   照明ユニット LU-C80 ×2      1,240,000   機械装置・システム構築費
> 3   搬送コンベア CV-1500S       2,960,000   機械装置・システム構築費
> 4   操作教育（2日）               380,000   要確認（専門家経費？）
> 5   200V電源増設工事              640,000   対象外の可能性
>
> ミライ経営サポート 小野寺
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply quoting the consultant's cost table; no personal data anywhere",
    },
    {
        "id": "hojokin-031",
        "sender": KUSAKABE,
        "to": ["舟橋 史郎 <funahashi.s@midori-ginko.co.jp>"],
        "subject": "つなぎ融資のご相談（交付決定額 4,500万円）",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 大宮支店
舟橋様

いつもお世話になっております。日の出産業 経理部の日下部でございます。

先般、事業再構築補助金の交付決定をいただきましたので、
補助金入金までのつなぎ資金についてご相談させてください。

　交付決定番号　：SK13-0048217-K
　交付決定額　　：45,000,000円
　補助事業期間　：交付決定日〜2027年3月31日
　設備支払予定　：2026年10月 約6,200万円、2027年1月 約2,800万円
　補助金入金見込：2027年6月頃（確定検査後）

借入希望額は7,000万円程度、期間は1年以内を想定しております。
必要書類をご教示いただけますと幸いです。
""" + SIG_KUSAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bridge-loan request to the partner bank with amounts and a grant decision number; no personal data",
    },
    {
        "id": "hojokin-032",
        "sender": TAKANASHI,
        "to": ["吉良 隆之 様 <kira@tsubasa-sytem.jp>"],
        "subject": "IT導入補助金　申請マイページ招待のお願い",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
吉良様

いつもお世話になっております。日の出産業の高梨です。

IT導入補助金の件、社内の承認が取れましたので、
申請マイページへの招待をお願いできますでしょうか。
招待先のメールアドレスは私（takanashi.r@hinode-sangyo.co.jp）でお願いします。

また、導入予定の「ツバサ生産管理クラウド」の見積書（最終）も
あわせてお送りいただけますと助かります。
""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "reason 5: tsubasa-sytem.jp drops a letter from partner tsubasa-system.jp",
    },
    {
        "id": "hojokin-033",
        "sender": SUGO,
        "to": ["吉良 隆之 <kira@tsubasa-system.jp>"],
        "subject": "IT導入補助金 対象ツールとお見積の確認",
        "charset": "cp932",
        "body": """ツバサシステム
吉良様

情報システム課の菅生です。いつもお世話になっております。
IT導入補助金で申請予定のツール構成を整理しました。
登録ツールの番号と価格に誤りがないかご確認ください。

ツール名　　　　　　　　　　登録番号　　　　　数量　　金額（税抜）
――――――――――――――――――――――――――――――――――――――――
ツバサ生産管理クラウド　　　　ITT-2026-05531　　1式　　 3,600,000
ツバサ品質トレーサビリティ　　ITT-2026-05532　　1式　　 1,450,000
導入コンサルティング　　　　　ITT-2026-05540　　1式　　   900,000
保守サポート（2年）　　　　　 ITT-2026-05541　　1式　　   480,000
――――――――――――――――――――――――――――――――――――――――
合計　　　　　　　　　　　　　　　　　　　　　　　　　　 6,430,000

ハードウェア（タブレット10台）は今回は自己負担で調達します。
""" + SIG_SUGO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of software products and prices to the partner IT vendor",
    },
    {
        "id": "hojokin-034",
        "sender": SUGO,
        "to": ["吉良 隆之 <kira@tsubasa-system.jp>"],
        "subject": "クラウド生産管理 アカウント発行用ユーザー一覧",
        "charset": "utf-8",
        "body": """吉良様

菅生です。
本番環境のアカウント発行用に、利用者一覧をCSVでお送りします。
権限は「一般／承認者／管理者」の3区分です。

初回ログイン案内は各自のメールアドレス宛にお願いします。
""" + SIG_SUGO,
        "attachments": [
            {
                "kind": "csv",
                "name": "user_list_20260601.csv",
                "encoding": "utf-8",
                "rows": [
                    ["社員番号", "氏名", "ローマ字", "メールアドレス", "部署", "権限"],
                    ["H0278", "郷田 勝", "Goda Masaru", "goda.m@hinode-sangyo.co.jp", "深谷工場", "承認者"],
                    ["H0341", "喜多見 伸吾", "Kitami Shingo", "kitami.s@hinode-sangyo.co.jp", "製造1課", "一般"],
                    ["H0366", "米倉 由香", "Yonekura Yuka", "yonekura.y@hinode-sangyo.co.jp", "品質保証課", "承認者"],
                    ["H0402", "鎌形 陽平", "Kamagata Yohei", "kamagata.y@hinode-sangyo.co.jp", "製造1課", "一般"],
                    ["H0419", "宍戸 ななみ", "Shishido Nanami", "shishido.n@hinode-sangyo.co.jp", "製造2課", "一般"],
                    ["H0433", "藤ノ木 剛", "Fujinoki Tsuyoshi", "fujinoki.t@hinode-sangyo.co.jp", "設備保全課", "一般"],
                    ["H0457", "舘野 麻衣", "Tateno Mai", "tateno.m@hinode-sangyo.co.jp", "品質保証課", "一般"],
                    ["H0470", "日比生 純", "Hibiu Jun", "hibiu.j@hinode-sangyo.co.jp", "生産管理課", "承認者"],
                    ["H0488", "芦刈 健太郎", "Ashikari Kentaro", "ashikari.k@hinode-sangyo.co.jp", "生産管理課", "一般"],
                    ["H0503", "菅生 大輔", "Sugo Daisuke", "sugo.d@hinode-sangyo.co.jp", "情報システム課", "管理者"],
                    ["H0511", "熊耳 沙耶", "Kumagami Saya", "kumagami.s@hinode-sangyo.co.jp", "出荷", "一般"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "reason 1: CSV of 11 employees with names, addresses and employee numbers to the IT vendor",
    },
    {
        "id": "hojokin-035",
        "sender": SUGO,
        "to": ["吉良 隆之 <kira@tsubasa-system.jp>"],
        "subject": "Re: 管理者アカウントの二要素認証について",
        "charset": "iso-2022-jp",
        "body": """吉良様

菅生です。二要素認証（SMS）用の携帯番号の件、承知しました。
管理者・承認者の3名分は以下のとおりです（いずれも会社貸与の携帯です）。

　菅生 大輔　　sugo.d@hinode-sangyo.co.jp　　　090-4417-2365
　郷田 勝　　　goda.m@hinode-sangyo.co.jp　　　080-6602-1938
　日比生 純　　hibiu.j@hinode-sangyo.co.jp　　　070-3358-8024

一般ユーザーはメール認証で運用する予定です。

> 管理者・承認者の方については、SMS認証用の携帯電話番号を
> ご登録いただく必要がございます。
""" + SIG_SUGO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three staff with mail and mobile numbers for SMS authentication: under five, may be warned",
    },
    {
        "id": "hojokin-036",
        "sender": TAKANASHI,
        "to": ["舟橋 史郎 <funahashi.s@midori-ginko.co.jp>"],
        "subject": "代表者の本人確認書類（運転免許証）の送付",
        "charset": "cp932",
        "body": """みどり銀行 舟橋様

お世話になっております。高梨です。
つなぎ融資のお手続きで必要とのことでしたので、
代表者の本人確認書類（運転免許証の写し）をPDFでお送りします。

原本確認は契約日に代表が持参いたします。
""" + SIG_TAKANASHI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "本人確認書類_代表者.pdf",
                "lines": [
                    "運転免許証（写し）",
                    "氏名　日野 宗一郎　　昭和36年2月14日生",
                    "住所　埼玉県さいたま市見沼区南中野612-3",
                    "交付　令和05年03月02日　12345",
                    "有効期限　令和10年03月14日まで",
                    "番号　第 301284567910 号",
                    "埼玉県公安委員会",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "reason 2: a copy of the representative's driving licence (number, birth date, address) to the bank",
    },
    {
        "id": "hojokin-037",
        "sender": TAKANASHI,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "GビズIDの件、解決しました",
        "charset": "iso-2022-jp",
        "body": """小野寺様

高梨です。ご心配をおかけしたGビズIDの件、解決しました。

代表者のスマホ買い替えでSMS認証が通らなくなっていたのが原因で、
代表本人がログインして電話番号を変更したところ、無事に申請画面に入れました。
事務局にも確認しましたが、免許証の写しの再提出などは不要とのことです。

申請は予定どおり金曜午前に行います。
""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions a driving licence but carries no number or personal record",
    },
    {
        "id": "hojokin-038",
        "sender": MITSUYA,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "【社外秘】中期経営計画（2026-2028）抜粋",
        "charset": "utf-8",
        "body": """■取扱区分：社外秘（社外への転送・複製禁止）

小野寺様

三ツ矢です。事業計画書の「将来の展望」欄の参考として、
中期経営計画の該当部分を抜粋して以下に貼り付けます。

1. 売上目標：2028年度 連結売上高 52億円（2025年度比 +18％）
2. 重点施策：
   (1) 検査・搬送工程の自動化による人員の再配置（△12名相当）
   (2) 医療機器向け樹脂部品への参入（2027年度量産開始）
   (3) 北関東第2工場の用地取得（2027年度）
3. 設備投資計画：3年間で総額14.5億円

数字の扱いには十分ご注意ください。
""" + SIG_MITSUYA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "reason 6: subject and body carry a 社外秘 classification on a mail to an outside consultant",
    },
    {
        "id": "hojokin-039",
        "sender": TAKANASHI,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "加点項目と技術情報の記載範囲について",
        "charset": "cp932",
        "body": """小野寺様

お世話になっております。高梨です。

2点ご相談です。

(1) 加点項目
　パートナーシップ構築宣言は登録済み、事業継続力強化計画は申請中です。
　締切までに認定が下りない場合は加点に含めない方向で考えています。

(2) 技術情報の記載範囲
　成形条件や検査アルゴリズムの閾値は機密性が高いため、
　計画書には「独自の判定ロジック」程度の記載にとどめたいと考えています。
　審査上、具体性が足りないと評価されるリスクはありますでしょうか。

ご意見をいただけますと幸いです。
""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 機密 used in passing about what to write; no marking, no personal data",
    },
    {
        "id": "hojokin-040",
        "sender": MITSUYA,
        "to": ["事業再構築補助金事務局 <support@saikouchiku-jimukyoku.jp>"],
        "subject": "申請時に提出する個人情報の取扱いについて（問い合わせ）",
        "charset": "utf-8",
        "body": """事業再構築補助金事務局 ご担当者様

日の出産業株式会社 経営企画部の三ツ矢と申します。

申請にあたり、役員名簿など個人情報を含む書類を提出する予定です。
社内の個人情報保護規程上、提供先での利用目的と保存期間を記録する必要があるため、
以下についてご教示いただけますでしょうか。

　1. 提出した役員情報の利用目的（暴力団排除の照会以外の利用有無）
　2. 保存期間と廃棄の方法
　3. 提出方法はjGrantsへのアップロードのみで、メールでの提出は不要か

お手数ですがよろしくお願いいたします。
""" + SIG_MITSUYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "question about how 個人情報 will be handled; the word only, no data",
    },
    {
        "id": "hojokin-041",
        "sender": ENOMOTO,
        "to": ["真壁 由紀子 <makabe@komorebi-sr.jp>"],
        "subject": "治療と仕事の両立支援についてご相談",
        "charset": "cp932",
        "body": """真壁先生

お世話になっております。榎本です。
両立支援の助成金が使えるかどうか、ご相談させてください。

品質保証課の舘野麻衣さん（入社5年目）が、乳がんの手術後、
7月から抗がん剤治療（3週間に1回・通院）に入ることになりました。
本人の希望で休職はせず、以下の形で勤務を続ける予定です。

・治療日と翌日は特別休暇（有給）
・当面は1日6時間の短時間勤務
・在宅勤務を週2日まで可

主治医の意見書は本人経由で取得予定です。
このような制度を就業規則に定めた場合、助成金の対象になるでしょうか。
""" + SIG_ENOMOTO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "reason 3: a named employee's cancer diagnosis and treatment sent to an outside 社労士",
    },
    {
        "id": "hojokin-042",
        "sender": ENOMOTO,
        "to": ["彩の国機械工業健康保険組合 保健事業係 <hoken@sainokuni-kikai-kenpo.or.jp>"],
        "subject": "がん検診補助事業の利用について",
        "charset": "iso-2022-jp",
        "body": """彩の国機械工業健康保険組合
保健事業係 ご担当者様

日の出産業株式会社 総務部の榎本でございます。

貴組合の「胃がん・大腸がん検診費用補助」を今年度も利用したく、
申込方法を確認させてください。

　・対象見込み：被保険者 35歳以上 約40名、被扶養配偶者 約15名
　・実施時期　：10月の定期健康診断と同日
　・実施機関　：昨年と同じ健診機関を予定

申込書の様式が変更になっている場合はお送りいただけますと幸いです。
""" + SIG_ENOMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "disease names used only for a screening subsidy with head counts; no identifiable person",
    },
    {
        "id": "hojokin-043",
        "sender": TAKANASHI,
        "to": ["事業再構築補助金事務局 <support@saikouchiku-jimukyoku.jp>"],
        "subject": "【追加資料】従業員数の確認書類（労働者名簿）",
        "charset": "utf-8",
        "body": """事業再構築補助金事務局 ご担当者様

日の出産業株式会社の高梨です（申請番号 SK13-0048217）。
ご指示いただいた従業員数の確認書類として、深谷工場の労働者名簿をPDFでお送りします。
本社分は明日お送りいたします。
""" + SIG_TAKANASHI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "労働者名簿_深谷工場.pdf",
                "title": "労働者名簿",
                "lines": ["労働者名簿（深谷工場）　2026年5月1日現在", ""],
                "table": [
                    ["氏名", "生年月日", "性別", "雇入年月日", "住所"],
                    ["郷田 勝", "1968/07/12", "男", "1991/04/01", "埼玉県深谷市上柴町西4-11-6"],
                    ["喜多見 伸吾", "1988/03/27", "男", "2012/04/01", "埼玉県熊谷市石原1-208"],
                    ["米倉 由香", "1991/06/15", "女", "2014/04/01", "埼玉県深谷市国済寺522-9"],
                    ["鎌形 陽平", "1995/10/08", "男", "2018/04/01", "埼玉県本庄市駅南2-7-15"],
                    ["宍戸 ななみ", "1997/01/30", "女", "2019/04/01", "埼玉県深谷市宿根388"],
                    ["藤ノ木 剛", "1983/08/19", "男", "2010/10/01", "埼玉県熊谷市肥塚3-14-2"],
                    ["舘野 麻衣", "1999/12/04", "女", "2022/04/01", "埼玉県深谷市西島町1-6-31"],
                    ["間宮 久美子", "1978/09/14", "女", "2019/04/01", "埼玉県深谷市上野台1860-4"],
                    ["乙部 翔太", "1999/02/03", "男", "2021/10/16", "埼玉県大里郡寄居町桜沢77"],
                    ["鬼頭 美和", "1969/12/22", "女", "2016/06/01", "埼玉県深谷市原郷2215"],
                    ["大豆生田 聡", "1985/07/30", "男", "2022/01/11", "埼玉県熊谷市籠原南2-91"],
                    ["百目鬼 勉", "1961/11/08", "男", "2018/03/15", "埼玉県深谷市本住町8-3"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "reason 1: PDF labour register of 12 employees with birth dates and home addresses to the 事務局",
    },
    {
        "id": "hojokin-044",
        "sender": TAKANASHI,
        "to": ["事業再構築補助金事務局 <support@saikouchiku-jimukyoku.jp>"],
        "subject": "Re: 常時使用する従業員数の確認",
        "charset": "iso-2022-jp",
        "body": """事業再構築補助金事務局 ご担当者様

日の出産業の高梨です。ご照会の件、以下のとおり回答いたします。

　常時使用する従業員数（2026年4月1日現在）
　　正社員　　　　　　　　　　 41名
　　契約社員（無期）　　　　　  3名
　　パート（週20時間以上）　　  9名
　　合計　　　　　　　　　　　 53名
　　（参考）週20時間未満のパート 4名は含めておりません

中小企業の範囲（製造業・従業員300人以下）に該当いたします。
""" + SIG_TAKANASHI + """

> 申請書に記載の従業員数の内訳（雇用形態別）をご回答ください。
> 事業再構築補助金事務局
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "employee head counts only, not people's records",
    },
    {
        "id": "hojokin-045",
        "sender": ENOMOTO,
        "to": ["坂巻 拓 <sakamaki@komorebi-sr.jp>"],
        "subject": "賃金台帳（4月〜6月分）",
        "charset": "cp932",
        "body": """坂巻様

お世話になっております。日の出産業の榎本です。
業務改善助成金の事業実績報告用に、4月〜6月分の賃金台帳をお送りします。
ご確認よろしくお願いいたします。
""" + SIG_ENOMOTO,
        "attachments": [
            {"kind": "corrupt", "name": "賃金台帳_2026_04-06.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "reason 7: the attached XLSX is corrupt and cannot be inspected",
    },
    {
        "id": "hojokin-046",
        "sender": ENOMOTO,
        "to": ["坂巻 拓 <sakamaki@komorebi-sr.jp>"],
        "subject": "Re: 賃金台帳（4月〜6月分）ファイルが開けません",
        "charset": "cp932",
        "body": """坂巻様

大変失礼いたしました。保存時にファイルが壊れていたようです。
実績報告で必要なのは賃金を引き上げた3名分とのことでしたので、
該当者分のみPDFにしてお送りし直します。

榎本

-----Original Message-----
From: 坂巻 拓 <sakamaki@komorebi-sr.jp>
Sent: Wednesday, July 8, 2026 4:55 PM
To: 榎本 千景 <enomoto.c@hinode-sangyo.co.jp>
Subject: RE: 賃金台帳（4月〜6月分）

榎本様
いただいたExcelファイルが破損しているようで開けませんでした。
なお、実績報告に添付するのは引上げ対象者の分のみで結構です。
""" + SIG_ENOMOTO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "賃金台帳_引上げ対象者_4-6月.pdf",
                "lines": ["賃金台帳（抜粋）　2026年4月〜6月　深谷工場"],
                "table": [
                    ["氏名", "4月 時給", "5月 時給", "6月 時給", "6月 支給額"],
                    ["間宮 久美子", "1,030", "1,090", "1,090", "139,520"],
                    ["乙部 翔太", "1,030", "1,090", "1,090", "126,440"],
                    ["阿久津 紗季", "1,030", "1,090", "1,090", "104,640"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "wage records of three employees to the 社労士: under five people, may be warned",
    },
    {
        "id": "hojokin-047",
        "sender": TAKANASHI,
        "to": ["全社員 <zensha@hinode-sangyo.co.jp>"],
        "subject": "【ご報告】ものづくり補助金 採択のお知らせと今後の体制",
        "charset": "utf-8",
        "body": """社員各位

経営企画部の高梨です。
申請しておりましたものづくり補助金に、深谷工場の検査自動化計画が採択されました。
ご協力いただいた皆さま、ありがとうございました。

今後の主な担当と連絡先（社用携帯）は以下のとおりです。

  全体統括　　久留島 正人　080-2291-4470
  申請・報告　高梨 亮介　　080-2291-4475
  設備導入　　郷田 勝　　　080-2291-4481
  経理・証憑　日下部 誠　　080-2291-4486
  賃金関係　　榎本 千景　　080-2291-4490

補助事業期間中は、見積・発注・検収・支払の証憑管理が厳格になります。
設備関係の発注は必ず経営企画部を通してください。
""" + SIG_TAKANASHI,
        "html": """<html><body>
<p>社員各位</p>
<p>経営企画部の高梨です。<br>申請しておりましたものづくり補助金に、深谷工場の検査自動化計画が<b>採択</b>されました。<br>
ご協力いただいた皆さま、ありがとうございました。</p>
<p>今後の主な担当と連絡先（社用携帯）は以下のとおりです。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>役割</th><th>担当</th><th>社用携帯</th></tr>
<tr><td>全体統括</td><td>久留島 正人</td><td>080-2291-4470</td></tr>
<tr><td>申請・報告</td><td>高梨 亮介</td><td>080-2291-4475</td></tr>
<tr><td>設備導入</td><td>郷田 勝</td><td>080-2291-4481</td></tr>
<tr><td>経理・証憑</td><td>日下部 誠</td><td>080-2291-4486</td></tr>
<tr><td>賃金関係</td><td>榎本 千景</td><td>080-2291-4490</td></tr>
</table>
<p>補助事業期間中は、見積・発注・検収・支払の証憑管理が厳格になります。<br>
設備関係の発注は必ず経営企画部を通してください。</p>
<p>日の出産業株式会社 経営企画部 高梨 亮介（内線 2314）</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "all-staff internal announcement listing five staff with company mobiles; internal only",
    },
    {
        "id": "hojokin-048",
        "sender": TAKANASHI,
        "to": ["久留島 正人 <kurushima.m@mail.hinode-sangyo.co.jp>"],
        "subject": "採択結果のご報告資料（役員会用）",
        "charset": "iso-2022-jp",
        "body": """久留島部長

高梨です。明日の役員会用の報告資料を添付します。
ご出張先から確認いただけるよう、mail サブドメインのアドレス宛にお送りしています。

3枚目の資金計画は、日下部さんの試算（つなぎ融資7,000万円）を反映済みです。
""" + SIG_TAKANASHI,
        "attachments": [
            {
                "kind": "pptx",
                "name": "採択結果報告_役員会.pptx",
                "title": "ものづくり補助金 採択結果報告",
                "slides": [
                    ["ものづくり補助金 採択結果報告", "2026年6月 役員会", "経営企画部"],
                    ["採択内容", "事業名：外観検査工程の自動化", "補助金額：2,500万円（補助率1/2）",
                     "補助事業期間：交付決定日〜2027年3月"],
                    ["資金計画", "設備総額 5,460万円", "つなぎ融資 7,000万円（みどり銀行）",
                     "補助金入金見込 2027年6月"],
                    ["今後のスケジュール", "交付申請 6月", "発注 7月", "検収 11月", "実績報告 2027年3月"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "sent to an internal subdomain (mail.hinode-sangyo.co.jp): internal, not a look-alike",
    },
    {
        "id": "hojokin-049",
        "sender": MITSUYA,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>", "片桐 伸 <katagiri@mirai-keiei.co.jp>"],
        "subject": "キックオフ資料（補助事業 実施体制）",
        "charset": "utf-8",
        "body": """小野寺様、片桐様

三ツ矢です。来週のキックオフで使う資料をお送りします。
実施体制の担当者名は、交付申請書の「補助事業の実施体制」欄と揃えています。
""" + SIG_MITSUYA,
        "attachments": [
            {
                "kind": "pptx",
                "name": "キックオフ資料_実施体制.pptx",
                "slides": [
                    ["補助事業 キックオフ", "日の出産業株式会社 × ミライ経営サポート"],
                    ["実施体制", "事業責任者：久留島（取締役 経営企画部長）", "事務担当：高梨、三ツ矢",
                     "設備担当：郷田（深谷工場長）", "経理担当：日下部"],
                    ["マイルストーン", "7月 発注・契約", "10月 納品・据付", "11月 検収・支払", "3月 実績報告"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "kick-off slides naming staff by role only (no contact or other data); one external organisation",
    },
    {
        "id": "hojokin-050",
        "sender": TAKANASHI,
        "to": ["ものづくり補助金事務局 確定検査担当 <kensa@monohojo-jimukyoku.jp>"],
        "subject": "確定検査（実地検査）日程のご連絡",
        "charset": "cp932",
        "body": """ものづくり補助金事務局
確定検査ご担当者様

日の出産業株式会社の高梨でございます。
実地検査の日程について、ご提示いただいた候補のうち
4月14日（水）13:30〜 でお願いいたします。

当日は深谷工場（埼玉県深谷市上野台2-417）にて、
　・導入設備（画像検査装置 HV-3200、製造番号 HV32-26-0187）の現物確認
　・発注書・納品書・検収書・請求書・振込控の原本
をご用意いたします。

最寄りの深谷駅から工場まではタクシーで15分ほどです。
駅までお迎えが必要な場合はお知らせください。
""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "audit (確定検査) scheduling with a serial number and the factory address; no personal data",
    },
]

# -- 051-075 ---------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "hojokin-051",
        "sender": ENOMOTO,
        "to": ["羽生 智子 <hanyu@hikari-academy.co.jp>"],
        "subject": "受講者（外国籍）の本人確認情報について",
        "charset": "iso-2022-jp",
        "body": """羽生様

榎本です。お問い合わせの件です。
技能講習の修了証発行に本人確認が必要とのことで、
外国籍の受講者1名の在留カードの情報をお知らせします。

　氏名　　　　：NGUYEN VAN MINH（グエン ヴァン ミン）
　生年月日　　：1996年3月12日
　在留カード番号：UH47105283EK
　在留資格　　：特定技能1号
　在留期間満了日：2027年9月30日

修了証の氏名表記はローマ字でお願いいたします。
""" + SIG_ENOMOTO,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "reason 2: an employee's residence card number sent to the training company",
    },
    {
        "id": "hojokin-052",
        "sender": ENOMOTO,
        "to": ["真壁 由紀子 <makabe@komorebi-sr.jp>"],
        "subject": "社会保険加入確認用：健康保険証の記号・番号（3名）",
        "charset": "utf-8",
        "body": """真壁先生

榎本です。キャリアアップ助成金の支給申請で、正社員転換後に
社会保険へ加入していることの確認書類が必要とのことでしたので、
3名分の健康保険証の記号・番号をお送りします。

  鴫原 拓海　　記号 41220817　番号 512　（資格取得日 2026/06/01）
  椎葉 真央　　記号 41220817　番号 513　（資格取得日 2026/06/01）
  熊耳 沙耶　　記号 41220817　番号 498　（資格取得日 2025/12/01）

保険者は協会けんぽ埼玉支部です。
写しが必要な場合は、個人番号部分をマスクしたうえで別途お送りします。
""" + SIG_ENOMOTO,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "reason 2: health insurance card symbols and numbers of three employees to an external 社労士",
    },
    {
        "id": "hojokin-053",
        "sender": ENOMOTO,
        "to": ["高年齢者雇用支援機構 埼玉支部 <saitama@koureisha-koyou.or.jp>"],
        "subject": "65歳超雇用推進助成金（高年齢者評価制度等雇用管理改善コース）の申請書類について",
        "charset": "cp932",
        "body": """高年齢者雇用支援機構 埼玉支部
助成金ご担当者様

日の出産業株式会社 総務部人事課の榎本と申します。

標記コースの雇用管理整備計画書を提出する予定ですが、
書類について3点確認させてください。

1. 対象となる60歳以上の雇用保険被保険者の一覧には、
   基礎年金番号の記載は不要という理解でよろしいでしょうか。
2. 賃金制度の変更を伴わない場合でも、新旧の就業規則を両方添付する必要がありますか。
3. 計画開始日は提出日から6か月以内であれば任意に設定できますか。

なお、現時点で対象となる従業員は6名の見込みです。
""" + SIG_ENOMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "questions to a grant body mentioning 基礎年金番号 and a head count; no numbers or people's data",
    },
    {
        "id": "hojokin-054",
        "sender": GODA,
        "to": [TAKANASHI],
        "cc": ["日下部 誠 <kusakabe.m@hinode-sangyo.co.jp>"],
        "subject": "実績報告用の出勤簿・作業日報（6名分）",
        "charset": "utf-8",
        "body": """高梨さん

郷田です。
実績報告に添付する出勤簿と、設備据付に従事した6名の作業日報をまとめてzipにしました。
内容を確認のうえ、必要な分だけ事務局に出してください。
（外部に出す前に、不要な列は削ってもらえると助かります）
""" + SIG_GODA,
        "attachments": [
            {
                "kind": "zip",
                "name": "実績報告_出勤簿_作業日報.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "出勤簿_2026年10月.csv",
                        "encoding": "cp932",
                        "rows": [
                            ["社員番号", "氏名", "出勤日数", "総労働時間", "うち据付作業時間", "携帯"],
                            ["H0278", "郷田 勝", "21", "176.5", "32.0", "080-2291-4481"],
                            ["H0341", "喜多見 伸吾", "22", "181.0", "46.5", "090-6610-2284"],
                            ["H0402", "鎌形 陽平", "20", "168.0", "51.0", "080-3397-5012"],
                            ["H0433", "藤ノ木 剛", "22", "184.5", "60.0", "090-8125-7739"],
                            ["H0470", "日比生 純", "21", "175.0", "18.5", "070-3358-8024"],
                            ["H0488", "芦刈 健太郎", "19", "160.0", "44.0", "080-5541-0963"],
                        ],
                    },
                    {
                        "kind": "xlsx",
                        "name": "作業日報_据付.xlsx",
                        "sheets": {"10月": [
                            ["日付", "作業者", "作業内容", "時間"],
                            ["10/12", "藤ノ木", "架台据付・アンカー打設", 7.5],
                            ["10/13", "鎌形・芦刈", "コンベア接続", 8.0],
                            ["10/15", "喜多見", "照明調整・試運転", 6.5],
                        ]},
                    },
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "ZIP with six staff's attendance and mobiles, but sent only to colleagues",
    },
    {
        "id": "hojokin-055",
        "sender": MITSUYA,
        "to": ["片桐 伸 <katagiri@mirai-keiei.co.jp>"],
        "subject": "見積書・カタログ一式（zip）",
        "charset": "iso-2022-jp",
        "body": """片桐様

お世話になっております。三ツ矢です。
小野寺様からご依頼のあった見積書3社分と、装置カタログをzipでお送りします。
（パスワードはかけておりません）

・見積書_川崎電機.pdf
・見積書_東邦機工.pdf
・見積書_ヤマブキ精機.pdf
・カタログ_HV-3200.pdf
""" + SIG_MITSUYA,
        "attachments": [
            {
                "kind": "zip",
                "name": "見積書_カタログ一式.zip",
                "files": [
                    {"kind": "pdf", "name": "見積書_川崎電機.pdf",
                     "lines": ["御見積書　No. KD-26-04417", "日の出産業株式会社 御中",
                               "画像検査装置 HV-3200 一式　18,480,000円（税抜）",
                               "川崎電機株式会社　登録番号 T7466737764041"]},
                    {"kind": "pdf", "name": "見積書_東邦機工.pdf",
                     "lines": ["見積書　TK-0526-118", "日の出産業株式会社 様",
                               "外観検査システム VX-7 一式　19,900,000円（税抜）",
                               "株式会社東邦機工　登録番号 T9529164678123"]},
                    {"kind": "pdf", "name": "見積書_ヤマブキ精機.pdf",
                     "lines": ["御見積書 YS-2605-032", "画像検査ユニット YB-Eye Pro 一式 20,350,000円（税抜）"]},
                    {"kind": "pdf", "name": "カタログ_HV-3200.pdf",
                     "lines": ["HV-3200 高速画像検査装置", "最大検査速度 120個/分", "分解能 5μm"]},
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "plain ZIP of vendor quotations (company registration numbers) and a catalogue; no people's data",
    },
    {
        "id": "hojokin-056",
        "sender": KUSAKABE,
        "to": ["舟橋 史郎 <funahashi.s@midori-ginko.co.jp>"],
        "subject": "資金繰り表（補助事業期間）のご送付",
        "charset": "cp932",
        "body": """舟橋様

お世話になっております。日下部です。
融資審査用に、補助事業期間中の資金繰り表をお送りします。

融資のご検討以外の目的では使用されないものと理解しておりますが、
念のため、取扱いは貴行の規程に沿ってお願いいたします。
""" + SIG_KUSAKABE,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "資金繰り表_2026下期.xlsx",
                "title": "資金繰り表",
                "sheets": {
                    "資金繰り": [
                        ["資金繰り表（2026年7月〜2027年6月）　単位：千円"],
                        ["月", "前月繰越", "売上入金", "設備支払", "借入", "補助金入金", "次月繰越"],
                        ["2026/07", 182400, 398000, 0, 0, 0, 176900],
                        ["2026/10", 165300, 402500, 62000, 70000, 0, 171800],
                        ["2027/01", 158200, 395100, 28000, 0, 0, 139600],
                        ["2027/06", 141800, 410300, 0, -70000, 45000, 127400],
                    ],
                    "前提": [["項目", "内容"], ["補助金額", "45,000千円（交付決定額）"],
                             ["借入", "みどり銀行 つなぎ融資 70,000千円"]],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "cash-flow table to the partner bank, politely asked to be handled carefully; no marking, no people",
    },
    {
        "id": "hojokin-057",
        "sender": TAKANASHI,
        "to": ["白川 透 先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "補助金で取得した設備の処分制限についてのご相談",
        "charset": "utf-8",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業の高梨でございます。

2年前に補助金で導入した成形機1台について、北国フーズ様との協業に伴い
同社工場へ移設・貸与する案が出ております。
交付規程上の「財産処分」に該当し、事務局の承認や補助金の一部返還が
必要になるかどうか、ご見解をいただけますでしょうか。

なお北国フーズ様とは、本件の検討にあたり秘密保持契約を締結済みです。
契約書の写しが必要でしたらお送りいたします。
""" + SIG_TAKANASHI + "\n" + DISCLAIMER_JP,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legal question to the partner law firm; NDA mention and standard disclaimer only",
    },
    {
        "id": "hojokin-058",
        "sender": TAKANASHI,
        "to": ["白川 透 先生 <shirakawa@shirakawa-1aw.jp>"],
        "subject": "Re: 財産処分の件（承認申請書の案）",
        "charset": "iso-2022-jp",
        "body": """白川先生

ご見解ありがとうございました。
ご指摘を踏まえ、事務局宛の財産処分承認申請書の案を作成しましたので
ご確認いただけますでしょうか。

高梨

> 高梨様
> 移設・貸与は財産処分（貸付け）に該当しますので、事前に承認申請が必要です。
> 処分制限期間内であれば、残存簿価相当の納付を求められる可能性があります。
""" + SIG_TAKANASHI,
        "attachments": [
            {"kind": "docx", "name": "財産処分承認申請書_案.docx",
             "paragraphs": ["財産処分承認申請書（案）", "処分の内容：貸付け（北国フーズ株式会社 北見工場）",
                            "処分予定日：2026年9月1日", "処分財産：射出成形機 NX-450（取得価額 23,800,000円）"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "reason 5: shirakawa-1aw.jp swaps 'l' for '1' in partner shirakawa-law.jp",
    },
    {
        "id": "hojokin-059",
        "sender": TAKANASHI,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "FW: 交付決定通知のお知らせ",
        "charset": "cp932",
        "body": """小野寺様

高梨です。本日、事務局から交付決定の通知が届きましたので転送します。
交付決定額は申請どおりでした。発注は交付決定日以降とのことで、来週発注します。
""" + SIG_TAKANASHI,
        "attachments": [
            {
                "kind": "eml",
                "name": "交付決定通知のお知らせ.eml",
                "message": {
                    "sender": "ものづくり補助金事務局 <noreply@monohojo-jimukyoku.jp>",
                    "to": ["takanashi.r@hinode-sangyo.co.jp"],
                    "subject": "【ものづくり補助金】交付決定通知のお知らせ",
                    "charset": "iso-2022-jp",
                    "body": """日の出産業株式会社 御中

交付申請いただいた補助事業について、交付決定を行いました。
jGrantsのマイページから交付決定通知書をダウンロードしてください。

　申請番号　　：MONO21-0113528
　交付決定額　：25,000,000円
　補助事業完了期限：2027年3月31日

補助事業の開始（発注・契約）は交付決定日以降としてください。

ものづくり補助金事務局
""",
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of the 事務局's grant-decision notice as an attached mail; no personal data",
    },
    {
        "id": "hojokin-060",
        "sender": TAKANASHI,
        "to": ["真壁 由紀子 <makabe@komorebi-sr.jp>"],
        "subject": "FW: 対象者の住所・連絡先（キャリアアップ助成金）",
        "charset": "utf-8",
        "body": """真壁先生

高梨です。榎本が休暇中のため、社内でまとめていたメールを転送します。
支給申請書の対象者欄はこちらの情報でお願いします。
""" + SIG_TAKANASHI,
        "attachments": [
            {
                "kind": "eml",
                "name": "対象者の住所・連絡先.eml",
                "message": {
                    "sender": ENOMOTO,
                    "to": [TAKANASHI],
                    "subject": "対象者の住所・連絡先（キャリアアップ助成金）",
                    "charset": "cp932",
                    "body": """高梨さん

正社員化コースの対象者6名の住所・連絡先です。
社労士さんに渡すときは、申請に必要な分だけにしてください。

1) 鴫原 拓海
   〒369-1203 埼玉県大里郡寄居町寄居1174-2
   090-2713-5508
2) 椎葉 真央
   〒366-0041 埼玉県深谷市東方町3-28-5 サンハイツ202
   080-9054-3317
3) 熊耳 沙耶
   〒360-0013 埼玉県熊谷市中西2-6-14
   070-1186-4420
4) 芦刈 健太郎
   〒367-0053 埼玉県本庄市中央1-9-3
   090-5541-0963
5) 鬼頭 美和
   〒366-0801 埼玉県深谷市上野台2215
   080-7730-2195
6) 大豆生田 聡
   〒360-0846 埼玉県熊谷市籠原南2-91
   090-3320-6874

榎本
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reason 1: forwarded internal mail (attached) listing six employees' home addresses and phones",
    },
    {
        "id": "hojokin-061",
        "sender": ENOMOTO,
        "to": ["真壁 由紀子 <makabe@komorebi-sr.jp>"],
        "subject": "Re: 支給申請書類の不足について",
        "charset": "iso-2022-jp",
        "body": """真壁先生

ご確認ありがとうございます。不足書類の状況です。

No.1、No.2：転換後の雇用契約書は本日郵送しました。
No.3：出勤簿（12月分）を明日PDFでお送りします。
No.4、No.5：賃金台帳は揃っていますので、月曜にまとめて提出します。

榎本

> 榎本様
>
> 支給申請書類を確認したところ、以下の方の書類が不足しております。
>
> No 氏名        生年月日     被保険者番号     不足書類
> 1  鴫原 拓海   2000/08/29   1107-812240-3   転換後の雇用契約書
> 2  椎葉 真央   1997/01/07   1107-812241-1   転換後の雇用契約書
> 3  熊耳 沙耶   1994/04/18   1107-790318-7   出勤簿（12月分）
> 4  芦刈 健太郎 1990/09/02   1107-655102-4   賃金台帳（転換前6か月）
> 5  鬼頭 美和   1969/12/22   1107-498870-5   賃金台帳（転換後6か月）
>
> こもれび労務 真壁
""" + SIG_ENOMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the list of five people is only quoted from the 社労士's own mail; the new text has no personal data",
    },
    {
        "id": "hojokin-062",
        "sender": USAMI,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "相見積先のご担当者一覧",
        "charset": "cp932",
        "body": """小野寺様

宇佐美です。見積内容について小野寺様から直接メーカーに確認いただけるよう、
各社のご担当者をまとめました。

会社名　　　　　　担当者　　　　携帯　　　　　　　メール
川崎電機　　　　　田辺 一樹　　090-7124-3386　　tanabe.k@kawasaki-denki.co.jp
東邦機工　　　　　井刈 諒　　　080-4490-1127　　ikari.r@toho-kiko.co.jp
ヤマブキ精機　　　六角 典子　　070-2235-9904　　rokkaku@yamabuki-seiki.co.jp
ブレンナー日本支社　沢渡 Kevin　090-3318-5520　　k.sawatari@brenner-mb.de
ツバサシステム　　吉良 隆之　　080-6121-0457　　kira@tsubasa-system.jp

いずれも名刺交換済みで、補助金の件はお伝えしてあります。
""" + SIG_USAMI,
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five vendors' sales contacts with business mobiles: business contacts, yet five people's records",
    },
    {
        "id": "hojokin-063",
        "sender": USAMI,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "見積取得先（業者一覧）",
        "charset": "utf-8",
        "body": """小野寺様

宇佐美です。見積取得先の会社情報は以下のとおりです（計画書の添付資料用）。

会社名, 所在地, 代表電話, 法人番号
川崎電機株式会社, 神奈川県川崎市幸区堀川町580-16, 044-511-2200, 7466737764041
株式会社東邦機工, 東京都大田区大森南4-6-15, 03-3741-5511, 9529164678123
ヤマブキ精機株式会社, 静岡県浜松市中央区高丘西3-8-2, 053-436-8800, 9591440124405
Brenner Maschinenbau GmbH 日本支社, 東京都港区芝浦3-4-1, 03-6809-4410, 3936285288507

いずれも過去3年以内の取引実績があります。
""" + SIG_USAMI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "list of businesses (addresses, switchboards, 法人番号), not of people",
    },
    {
        "id": "hojokin-064",
        "sender": TAKANASHI,
        "to": ["事業再構築補助金事務局 <support@saikouchiku-jimukyoku.jp>"],
        "subject": "事業実施場所（事業所一覧）について",
        "charset": "iso-2022-jp",
        "body": """事業再構築補助金事務局 ご担当者様

日の出産業の高梨です（申請番号 SK13-0048217）。
ご依頼の事業所一覧をお送りします。補助事業の実施場所は深谷工場のみです。

　事業所名　　　所在地　　　　　　　　　　　　　　電話　　　　　　従業員数
　本社　　　　　埼玉県さいたま市大宮区大門町3-88　048-641-5520　　18名
　深谷工場　　　埼玉県深谷市上野台2-417　　　　　048-571-3300　　31名
　東京営業所　　東京都千代田区神田須田町1-22　　 03-5289-0714　　　4名

以上、よろしくお願いいたします。
""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's own sites with switchboards and head counts; businesses, not people",
    },
    {
        "id": "hojokin-065",
        "sender": TAKANASHI,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "cc": [
            "舟橋 史郎 <funahashi.s@midori-ginko.co.jp>",
            "安曇 健 <azumi@omiya-chuo-tax.jp>",
            "吉良 隆之 <kira@tsubasa-system.jp>",
        ],
        "subject": "【関係各位】事業再構築補助金 交付申請に向けたキックオフのご案内",
        "charset": "utf-8",
        "body": """関係各位

いつもお世話になっております。日の出産業の高梨です。

事業再構築補助金の採択を受け、交付申請に向けたキックオフを下記のとおり開催いたします。
ご多忙のところ恐縮ですが、ご出席をお願いいたします。

　日時：6月23日（火）15:00〜16:30
　場所：日の出産業 本社6F 第1会議室（オンライン参加可）
　議題：
　　1. 交付申請のスケジュール（ミライ経営サポート様）
　　2. つなぎ融資の進め方（みどり銀行様）
　　3. 会計処理・圧縮記帳（大宮中央会計様）
　　4. システム導入スケジュール（ツバサシステム様）

出欠を6月17日までにご返信ください。
""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "reason 4: four external organisations in To/Cc can see each other",
    },
    {
        "id": "hojokin-066",
        "sender": TAKANASHI,
        "to": [TAKANASHI],
        "bcc": [
            "onodera@mirai-keiei.co.jp",
            "funahashi.s@midori-ginko.co.jp",
            "azumi@omiya-chuo-tax.jp",
            "kira@tsubasa-system.jp",
        ],
        "subject": "【ご案内】実績報告に向けた進捗会議（Bccにて失礼します）",
        "charset": "cp932",
        "body": """関係各位

日の出産業の高梨です。
複数社の皆さまにお送りしているため、Bccにて失礼いたします。

実績報告に向けた進捗会議を下記のとおり開催します。

　日時：2027年1月19日（火）14:00〜15:00
　方法：オンライン（Teams。URLは前日までにお送りします）
　内容：設備検収状況、支払証憑の整理状況、報告書提出スケジュール

ご出席の可否を本メールへのご返信（高梨宛）でお知らせください。
""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "four external organisations correctly in Bcc; To is the sender himself",
    },
    {
        "id": "hojokin-067",
        "sender": USAMI,
        "to": ["Chen Yi-Ting <chen.yt@hengxin-precision.com.tw>"],
        "subject": "Documents needed for our subsidy application",
        "charset": "utf-8",
        "body": """Dear Ms. Chen,

Thank you for your quick reply regarding the mould temperature controllers.

For our subsidy application in Japan, we need the following from Hengxin Precision:

  - A formal quotation (model TC-880 x 4 units), addressed to Hinode Sangyo Co., Ltd.
  - Your company profile (one page is fine)
  - Confirmation that the units will be shipped new from your Taichung factory

Please note that we can only place the order after the grant decision,
which we expect in late July. Until then, the quotation is for application purposes only.

Thank you for your cooperation.
""" + SIG_USAMI_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail to an overseas supplier; no personal data",
    },
    {
        "id": "hojokin-068",
        "sender": ENOMOTO,
        "to": ["Training Office <training@apex-skills.com.sg>"],
        "subject": "Trainee registration - Hinode Sangyo (August automation course)",
        "charset": "utf-8",
        "body": """Dear Training Office,

Please find below the details of our trainee for the August automation course
(funded under our human-resource development grant).

  Name:            Kenta HOSHINO
  Date of birth:   22 February 1992
  Passport No.:    TR6084175
  Position:        Production Engineer, Fukaya Plant

Medical note: Mr. Hoshino has type 1 diabetes and uses an insulin pump.
He may need short breaks during practical sessions and a place to store insulin
in a refrigerator. Could you please let the instructors know?

Kind regards,

Chikage Enomoto
Human Resources, Hinode Sangyo Co., Ltd.
Tel: +81-48-641-5511
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "reasons 2 and 3: a named trainee's passport number and diabetes sent to an overseas training provider",
    },
    {
        "id": "hojokin-069",
        "sender": USAMI,
        "to": ["Klaus Wendt <k.wendt@brenner-mb.de>"],
        "subject": "Re: Quotation BM-Q-26-0391",
        "charset": "utf-8",
        "body": """Dear Klaus,

Thank you very much for the quotation. It meets all the requirements we listed.
One small thing: could you add the serial-number format to the delivery note
template? The auditors will check the machine against the invoice.

Best regards,
Wataru

On Fri, Jun 5, 2026 at 4:18 PM Klaus Wendt <k.wendt@brenner-mb.de> wrote:
> Dear Mr. Usami,
>
> Please find attached our quotation BM-Q-26-0391 (valid until 30 September 2026).
> Prices are in EUR; the exchange rate used for the JPY reference is 162.40.
>
> Kind regards,
> Klaus Wendt
> Sales Manager Asia, Brenner Maschinenbau GmbH
> Tel. +49 711 5582 210
""" + SIG_USAMI_EN + """

CONFIDENTIALITY NOTICE: This message and any attachments are intended solely for the
addressee and may contain confidential or privileged information. If you have received
this message in error, please notify the sender and delete it.""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply with quoted text and a confidentiality notice in the footer only",
    },
    {
        "id": "hojokin-070",
        "sender": MITSUYA,
        "to": ["Klaus Wendt <k.wendt@brenner-mb.de>"],
        "cc": [USAMI],
        "subject": "Project overview for the installation planning",
        "charset": "utf-8",
        "body": """Dear Mr. Wendt,

I am Saori Mitsuya, working with Mr. Usami on the subsidy project.
Attached is the project overview we prepared for our board, for your installation planning.

Best regards,
Saori Mitsuya
Corporate Planning Dept., Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "Project_overview_Fukaya.pptx",
                "title": "Fukaya inspection automation - project overview",
                "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Only",
                "slides": [
                    ["Fukaya inspection automation", "Project overview", "CONFIDENTIAL"],
                    ["Budget", "Total investment JPY 54.6 million", "Subsidy JPY 25.0 million (1/2)",
                     "Bridge loan JPY 70 million"],
                    ["Schedule", "Order: July 2026", "Installation: October 2026", "Acceptance: November 2026"],
                    ["Headcount plan", "Inspection staff 14 -> 5", "Re-deployment to moulding lines"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "reason 6: slides marked CONFIDENTIAL / Internal Only sent to an outside vendor",
    },
    {
        "id": "hojokin-071",
        "sender": KUSAKABE,
        "to": ["ものづくり補助金事務局 <info@monohojo-jimukyoku.jp>"],
        "subject": "補助対象経費明細（xls）の再提出",
        "charset": "iso-2022-jp",
        "body": """ものづくり補助金事務局 ご担当者様

日の出産業株式会社 経理部の日下部です（申請番号 MONO21-0113528）。
ご指摘のあった税込・税抜の混在を修正し、経費明細を再提出いたします。
（事務局様式がxls形式のため、そのまま使用しております）
""" + SIG_KUSAKABE,
        "attachments": [
            {
                "kind": "xls",
                "name": "経費明細表_修正版.xls",
                "sheets": {
                    "経費明細": [
                        ["経費区分", "品名・型番", "発注先", "数量", "単価（税抜）", "金額（税抜）"],
                        ["機械装置・システム構築費", "画像検査装置 HV-3200", "川崎電機株式会社", 1, 12800000, 12800000],
                        ["機械装置・システム構築費", "照明ユニット LU-C80", "川崎電機株式会社", 2, 620000, 1240000],
                        ["機械装置・システム構築費", "搬送コンベア CV-1500S", "川崎電機株式会社", 1, 2960000, 2960000],
                        ["機械装置・システム構築費", "据付・調整・操作教育", "川崎電機株式会社", 1, 1480000, 1480000],
                        ["合計", "", "", "", "", 18480000],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "cost breakdown (products and amounts) in legacy XLS to the 事務局",
    },
    {
        "id": "hojokin-072",
        "sender": ENOMOTO,
        "to": ["羽生 智子 <hanyu@hikari-academy.co.jp>"],
        "subject": "訓練カリキュラム（計画届添付用）",
        "charset": "utf-8",
        "body": """羽生様

榎本です。計画届に添付するカリキュラムをCSVで作成しました。
Off-JTの時間数が合計20時間以上になっているかご確認ください。
""" + SIG_ENOMOTO,
        "attachments": [
            {
                "kind": "csv",
                "name": "訓練カリキュラム_生産管理実務.csv",
                "encoding": "utf-8",
                "rows": [
                    ["日程", "科目", "内容", "時間", "講師", "会場"],
                    ["7/7", "生産管理概論", "QCDと生産管理の全体像", "3.0", "外部講師（ひかり人材アカデミー）", "さくらホテル 会議室"],
                    ["7/7", "工程管理", "ボトルネック分析、段取り改善", "3.5", "外部講師（ひかり人材アカデミー）", "さくらホテル 会議室"],
                    ["7/14", "在庫管理", "発注点方式、ABC分析", "3.5", "外部講師（ひかり人材アカデミー）", "本社6F"],
                    ["7/21", "品質管理", "QC七つ道具、なぜなぜ分析", "6.0", "外部講師（ひかり人材アカデミー）", "本社6F"],
                    ["7/28", "演習", "自職場の改善計画立案・発表", "5.0", "外部講師（ひかり人材アカデミー）", "本社6F"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "training curriculum CSV (UTF-8): schedule and venues, no people",
    },
    {
        "id": "hojokin-073",
        "sender": MITSUYA,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "申請準備タスク進捗（5/26時点）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:sans-serif">
<p>小野寺様</p>
<p>三ツ矢です。申請準備の進捗をお知らせします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead><tr><th>#</th><th>タスク</th><th>担当</th><th>期限</th><th>状況</th></tr></thead>
<tbody>
<tr><td>1</td><td>見積取得（3社）</td><td>宇佐美</td><td>5/22</td><td>完了</td></tr>
<tr><td>2</td><td>事業計画書 最終化</td><td>三ツ矢</td><td>5/27</td><td>レビュー待ち</td></tr>
<tr><td>3</td><td>決算書・納税証明書</td><td>日下部</td><td>5/25</td><td>完了</td></tr>
<tr><td>4</td><td>賃金引上げ表明書</td><td>榎本</td><td>5/28</td><td>作成中</td></tr>
<tr><td>5</td><td>jGrants入力</td><td>高梨</td><td>5/29</td><td>未着手</td></tr>
</tbody></table>
<p>2番のレビューを明日中にいただけますと助かります。</p>
<p>日の出産業 経営企画部 三ツ矢</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only task table naming staff as owners only; no personal data",
    },
    {
        "id": "hojokin-074",
        "sender": TAKANASHI,
        "to": ["ものづくり補助金事務局 <info@monohojo-jimukyoku.jp>"],
        "subject": "大幅賃上げ特例：新規雇用者の一覧の提出",
        "charset": "iso-2022-jp",
        "html": """<html><body>
<p>ものづくり補助金事務局 ご担当者様</p>
<p>日の出産業株式会社の高梨です（申請番号 MONO21-0113528）。<br>
大幅賃上げ特例の要件確認のため、補助事業期間中に新たに雇用した従業員の一覧をお送りします。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>氏名</th><th>生年月日</th><th>住所</th><th>雇入日</th><th>時給</th></tr>
<tr><td>八剱 葵</td><td>平成14年6月3日</td><td>埼玉県深谷市田所町12-7</td><td>2026/08/01</td><td>1,150</td></tr>
<tr><td>左近 颯太</td><td>平成11年9月26日</td><td>埼玉県熊谷市銀座5-3-18</td><td>2026/08/01</td><td>1,150</td></tr>
<tr><td>東風谷 真紀</td><td>昭和62年3月15日</td><td>埼玉県本庄市朝日町2-11-4</td><td>2026/09/01</td><td>1,180</td></tr>
<tr><td>三上 ルシア</td><td>平成7年12月8日</td><td>埼玉県深谷市岡部1102-5</td><td>2026/09/16</td><td>1,150</td></tr>
<tr><td>木全 大和</td><td>平成16年4月30日</td><td>埼玉県大里郡寄居町用土3308</td><td>2026/10/01</td><td>1,150</td></tr>
<tr><td>祖父江 昭</td><td>昭和39年1月19日</td><td>埼玉県深谷市上柴町東7-2-9</td><td>2026/10/01</td><td>1,200</td></tr>
</table>
<p>雇用契約書の写しはjGrantsにアップロード済みです。</p>
<p>日の出産業株式会社 経営企画部 高梨 亮介<br>TEL 048-641-5520</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "reason 1: HTML table of six new hires with birth dates and home addresses to the 事務局",
    },
    {
        "id": "hojokin-075",
        "sender": TAKANASHI,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "賃上げ計画：新規採用2名の条件",
        "charset": "cp932",
        "body": """小野寺様

高梨です。賃上げ計画の試算に使う新規採用者の条件です。

・八剱 葵　　2026年8月1日入社予定　検査オペレーター　時給1,150円
・左近 颯太　2026年8月1日入社予定　設備保全補助　　　時給1,150円

いずれも地域別最低賃金＋100円以上の水準です。
給与支給総額の計画に反映をお願いします。
""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "two future hires' names with start dates and wages: under five people, may be warned",
    },
]

# -- 076-100 ---------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "hojokin-076",
        "sender": KUSAKABE,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "給与支給総額の推移（過去3期）",
        "charset": "iso-2022-jp",
        "body": """小野寺様

経理の日下部です。高梨から依頼のありました給与支給総額の推移です。
役員報酬は含めておりません。福利厚生費・退職金も除外しています。

　　　　　　　　　第45期　　　　第46期　　　　第47期
給与支給総額　　 218,420千円　 224,935千円　 231,507千円
前期比　　　　　　　－　　　　 ＋2.98％　　　＋2.92％
期末従業員数　　　　 49名　　　　 51名　　　　 53名

計画期間の年率2.0％以上という要件は、このペースであれば
十分に達成可能と考えております。
""" + SIG_KUSAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate payroll totals and head counts, no individual",
    },
    {
        "id": "hojokin-077",
        "sender": GODA,
        "to": ["真壁 由紀子 <makabe@komorebi-sr.jp>"],
        "cc": [ENOMOTO],
        "subject": "事業場内最低賃金の確認（深谷工場）",
        "charset": "utf-8",
        "body": """真壁先生

深谷工場の郷田です。榎本から頼まれて、工場の賃金の状況を確認しました。

 ・事業場内最低賃金：1,030円（パート・検査／出荷）
 ・引上げ後（予定）：1,090円（＋60円）
 ・対象人数：9名（うちパート7名、契約社員2名）
 ・引上げ予定日：2026年7月1日

設備は「検査用ハンディ端末」と「自動梱包機」の導入を考えています。
助成率の区分（30人以上／未満）は事業場単位とのことで、工場単独で31名です。
""" + SIG_GODA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "minimum wage and head counts for a grant, no named person",
    },
    {
        "id": "hojokin-078",
        "sender": MITSUYA,
        "to": ["中小企業省力化投資補助金事務局 <jimukyoku@shoryokuka-hojo.jp>"],
        "subject": "交付申請書（PDF）の提出",
        "charset": "cp932",
        "body": """中小企業省力化投資補助金事務局 ご担当者様

日の出産業株式会社の三ツ矢と申します。
販売事業者（川崎電機株式会社）と共同で作成した交付申請書をお送りいたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_MITSUYA,
        "attachments": [
            {"kind": "corrupt", "name": "交付申請書_日の出産業.pdf"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "reason 7: the attached PDF is corrupt and cannot be read",
    },
    {
        "id": "hojokin-079",
        "sender": SUGO,
        "to": ["省力化投資補助金 ヘルプデスク <helpdesk@shoryokuka-hojo.jp>"],
        "subject": "申請システムでのエラーについて（スクリーンショット添付）",
        "charset": "iso-2022-jp",
        "body": """ヘルプデスク ご担当者様

日の出産業株式会社 情報システム課の菅生です。
申請システムで「製品カテゴリ」を選択した後、保存ボタンを押すと
エラーコード E-4032 が表示され、先に進めません。

ブラウザ：Microsoft Edge 最新版（Chrome でも同様）
発生日時：6月2日 10:15頃から継続

画面のスクリーンショットを添付いたします。
回避方法があればご教示ください。
""" + SIG_SUGO,
        "attachments": [
            {"kind": "png", "name": "error_E-4032.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "help-desk inquiry with a screenshot; nothing personal or unreadable",
    },
    {
        "id": "hojokin-080",
        "sender": SUGO,
        "to": ["吉良 隆之 <kira@tsubasa-system.jp>"],
        "subject": "RE: 実績報告用の導入証跡について",
        "charset": "utf-8",
        "body": """吉良様

菅生です。承知しました。
ログイン履歴の画面キャプチャは、月末時点のものを私の方で取得します。
請求書は、補助対象のツールとハードウェアを分けて発行いただけますと助かります。

-----
菅生

差出人: 吉良 隆之 <kira@tsubasa-system.jp>
送信日時: 2026年11月24日 17:02
宛先: 菅生 大輔 <sugo.d@hinode-sangyo.co.jp>
件名: 実績報告用の導入証跡について

日の出産業 菅生様

IT導入補助金の実績報告では、以下の証跡が必要になります。
・ツールの利用状況が分かる画面（ログイン履歴等）
・請求書、支払いを証明する書類（振込控）
当社からは請求書と導入完了報告書をお送りします。

ツバサシステム株式会社 吉良
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply under a 差出人/送信日時 quote header to the partner vendor; no personal data",
    },
    {
        "id": "hojokin-081",
        "sender": ENOMOTO,
        "to": ["坂巻 拓 <sakamaki@komorebi-sr.jp>"],
        "subject": "雇用保険 資格取得届の作成依頼（新規雇用5名）",
        "charset": "utf-8",
        "body": """坂巻様

お世話になっております。榎本です。
補助事業で新たに雇用した5名の雇用保険資格取得届をお願いします。
個人番号を含む一覧をExcelで添付しました。
""" + SIG_ENOMOTO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "資格取得届_対象者一覧.xlsx",
                "sheets": {
                    "対象者": [
                        ["雇用保険 資格取得届 対象者一覧（2026年10月入社まで）"],
                        ["氏名", "フリガナ", "生年月日", "個人番号", "住所", "資格取得日", "賃金（月額）"],
                        ["八剱 葵", "ヤツルギ アオイ", "2002/06/03", my_number(SEED + 3),
                         "埼玉県深谷市田所町12-7", "2026/08/01", 184000],
                        ["左近 颯太", "サコン ソウタ", "1999/09/26", my_number(SEED + 4),
                         "埼玉県熊谷市銀座5-3-18", "2026/08/01", 184000],
                        ["東風谷 真紀", "コチヤ マキ", "1987/03/15", my_number(SEED + 5),
                         "埼玉県本庄市朝日町2-11-4", "2026/09/01", 188800],
                        ["三上 ルシア", "ミカミ ルシア", "1995/12/08", my_number(SEED + 6),
                         "埼玉県深谷市岡部1102-5", "2026/09/16", 184000],
                        ["木全 大和", "キマタ ヤマト", "2004/04/30", my_number(SEED + 7),
                         "埼玉県大里郡寄居町用土3308", "2026/10/01", 184000],
                    ],
                    "備考": [["前職の被保険者番号は、本人から回収でき次第お送りします。"]],
                },
            }
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "reasons 1 and 2: XLSX of five new hires with マイナンバー, birth dates and addresses to the 社労士",
    },
    {
        "id": "hojokin-082",
        "sender": ENOMOTO,
        "to": ["羽生 智子 <hanyu@hikari-academy.co.jp>"],
        "subject": "7/21 品質管理研修の出席簿",
        "charset": "cp932",
        "body": """羽生様

榎本です。7/21の研修は、欠席・遅刻があったため出席簿をお送りします。
受講時間が8割に満たない方は助成対象外になると理解しておりますので、
受講時間の集計をお願いいたします。
""" + SIG_ENOMOTO,
        "attachments": [
            {
                "kind": "docx",
                "name": "出席簿_0721_品質管理.docx",
                "paragraphs": ["出席簿　2026年7月21日（火）品質管理（6.0時間）", "会場：本社6F"],
                "tables": [
                    [
                        ["氏名", "所属", "出欠", "受講時間", "備考"],
                        ["喜多見 伸吾", "製造1課", "出席", "6.0", ""],
                        ["米倉 由香", "品質保証課", "出席", "6.0", ""],
                        ["宍戸 ななみ", "製造2課", "遅刻", "4.5", "10:30到着（電車遅延）"],
                        ["舘野 麻衣", "品質保証課", "欠席", "0.0", "私用"],
                    ]
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "attendance of four employees at a course: under five people, may be warned",
    },
    {
        "id": "hojokin-083",
        "sender": ENOMOTO,
        "to": ["羽生 智子 <hanyu@hikari-academy.co.jp>"],
        "subject": "研修実施状況（集計）のご報告",
        "charset": "iso-2022-jp",
        "body": """羽生様

榎本です。支給申請に向けて、研修全体の実施状況を集計しました。

　実施日　　科目　　　　　受講予定　出席　受講率
　7/7　　　生産管理概論　　7名　　　7名　100％
　7/7　　　工程管理　　　　7名　　　7名　100％
　7/14　　 在庫管理　　　　7名　　　6名　 86％
　7/21　　 品質管理　　　　7名　　　6名　 86％
　7/28　　 演習　　　　　　7名　　　7名　100％

全受講者が総訓練時間の8割以上を受講しています。
修了証の発行をお願いいたします。
""" + SIG_ENOMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "attendance counts per session, no individuals",
    },
    {
        "id": "hojokin-084",
        "sender": ENOMOTO,
        "to": ["八剱 葵 <aoi.yatsurugi0603@yahoo.co.jp>"],
        "subject": "【日の出産業】入社手続き書類のご案内",
        "charset": "utf-8",
        "body": """八剱 葵 様

このたびは日の出産業株式会社への入社をご承諾いただき、ありがとうございます。
人事課の榎本です。

8月1日の入社日に、以下の書類をお持ちください。

 1. 雇用契約書（署名・押印のうえ1部返送）
 2. 雇用保険被保険者証（前職がある場合）
 3. 年金手帳または基礎年金番号通知書
 4. 給与振込口座の届出書
 5. 通勤経路届

なお、マイナンバーは入社日に専用の書類にご記入いただきますので、
メールでは送らないでください。

ご不明な点がありましたら、お気軽にお問い合わせください。
""" + SIG_ENOMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one new hire on free mail, told what to bring; no numbers in the mail",
    },
    {
        "id": "hojokin-085",
        "sender": USAMI,
        "to": ["氏家 孝 様 <ujiie@kitaguni-food.co.jp>"],
        "subject": "連携事業計画（共同申請）の分担について",
        "charset": "cp932",
        "body": """北国フーズ株式会社
事業企画部 氏家様

いつもお世話になっております。日の出産業の宇佐美です。

共同申請の連携事業計画について、書類作成の分担案をお送りします。

　・事業計画書（共通部分）　　　：弊社
　・北国フーズ様の投資計画部分　：貴社
　・連携体の役割分担表　　　　　：弊社で作成し、貴社にご確認いただく
　・各社の決算書・納税証明書　　：各社で準備

来週中にご意見をいただけますと幸いです。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "reason 5: kitaguni-food.co.jp drops the 's' of partner kitaguni-foods.co.jp",
    },
    {
        "id": "hojokin-086",
        "sender": USAMI,
        "to": ["氏家 孝 様 <ujiie@kitaguni-foods.co.jp>"],
        "cc": ["南雲 悠 様 <nagumo@aoba-unyu.co.jp>"],
        "subject": "連携体の役割分担表（案）",
        "charset": "iso-2022-jp",
        "body": """北国フーズ 氏家様
（cc：青葉運輸 南雲様）

宇佐美です。
連携体の役割分担表の案を以下に記載します。物流部分は青葉運輸様に
ご確認いただきたく、ccに入れさせていただきました。

　事業者　　　　役割　　　　　　　　　　　　　　　投資額（予定）
　日の出産業　　樹脂容器の成形・検査　　　　　　　5,460万円
　北国フーズ　　充填・包装ラインの改修　　　　　　3,200万円
　青葉運輸　　　共同配送・温度管理輸送　　　　　　（補助対象外）

ご意見がありましたら今週中にお知らせください。
""" + SIG_USAMI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To/Cc, a normal three-way project mail",
    },
    {
        "id": "hojokin-087",
        "sender": TAKANASHI,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "役員の就任状況（登記簿ベース）",
        "charset": "utf-8",
        "body": """小野寺様

高梨です。計画書の「実施体制」欄に記載する役員の状況です。
履歴事項全部証明書の記載どおりです。

 氏名          役職              就任（重任）年月日
 ------------  ----------------  ------------------
 日野 宗一郎    代表取締役社長     2024年6月27日
 日野 芳江      取締役            2024年6月27日
 久留島 正人    取締役            2024年6月27日
 猿渡 康夫      取締役            2024年6月27日
 五百旗頭 亘    社外取締役        2025年6月26日
 雲母 亜希子    監査役            2023年6月29日

よろしくお願いいたします。
""" + SIG_TAKANASHI,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "six officers with roles and appointment dates: public register data, yet a list of six people",
    },
    {
        "id": "hojokin-088",
        "sender": KUSAKABE,
        "to": ["川崎電機 経理部 <keiri@kawasaki-denki.co.jp>"],
        "cc": ["田辺 一樹 <tanabe.k@kawasaki-denki.co.jp>"],
        "subject": "請求書の記載についてのお願い（補助事業・適格請求書）",
        "charset": "cp932",
        "body": """川崎電機株式会社 経理部 ご担当者様
（cc：営業部 田辺様）

日の出産業株式会社 経理部の日下部でございます。

注文番号 HS-PO-26-0712 の画像検査装置一式について、補助金の証憑とするため、
請求書に以下をご記載いただけますようお願いいたします。

　・適格請求書発行事業者の登録番号（貴社：T7466737764041）
　・宛名：日の出産業株式会社（登録番号 T""" + HINODE_CORP_NO + """）
　・注文番号、納品日、品名・型番・数量・単価の明細
　・本体と据付・教育費の区分

お支払いは検収後、翌月末に貴社指定口座（みどり銀行 川崎支店）へお振込みいたします。
""" + SIG_KUSAKABE,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice instructions with T-numbers, an order number and a company bank; one external organisation",
    },
    {
        "id": "hojokin-089",
        "sender": TAKANASHI,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "賃金引上げ計画の表明書：最低賃金近傍の4名",
        "charset": "iso-2022-jp",
        "body": """小野寺様

高梨です。表明書の裏付けとして、事業場内最低賃金に近い4名の賃金を
Excelから貼り付けます（タブ区切りのままで失礼します）。

氏名	雇用形態	現時給	改定後	改定日
間宮 久美子	パート	1030	1090	2026/07/01
乙部 翔太	パート	1030	1090	2026/07/01
阿久津 紗季	パート	1030	1090	2026/07/01
仁平 ゆかり	パート	1035	1095	2026/07/01

他の従業員はすでに1,100円以上です。
""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "tab-separated wages of four employees: under five people, may be warned",
    },
    {
        "id": "hojokin-090",
        "sender": TAKANASHI,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "等級別の賃金テーブル（改定案）",
        "charset": "utf-8",
        "body": """小野寺様

高梨です。賃金規程改定案の等級別テーブルをお送りします。
個人別ではなく、等級ごとの範囲と人数です。

 等級   基本給の範囲（月額）     人数   改定率
 ----   ---------------------   ----   ------
 G1     185,000 〜 215,000 円    12名   +3.5%
 G2     210,000 〜 255,000 円    15名   +3.0%
 G3     250,000 〜 310,000 円     9名   +2.5%
 G4     300,000 〜 380,000 円     5名   +2.0%
 時給   1,090 〜 1,250 円         12名   +5.8%

平均改定率は +3.1% の見込みです。
""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "wage ranges and head counts by grade; no individual",
    },
    {
        "id": "hojokin-091",
        "sender": ENOMOTO,
        "to": [KURUSHIMA, TAKANASHI],
        "subject": "産業医意見書（両立支援の助成金申請について）",
        "charset": "cp932",
        "body": """久留島部長、高梨さん

人事の榎本です。
両立支援の助成金を申請するかどうかの判断材料として、
産業医の意見書を共有します。取扱いには十分ご注意ください（社内限り）。

社外（社労士さん）には、本人の同意を得たうえで必要な範囲のみ伝える予定です。
""" + SIG_ENOMOTO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "産業医意見書_写し.pdf",
                "lines": [
                    "職場復帰に関する意見書",
                    "対象者：品質保証課 米倉 由香",
                    "診断名：うつ病（2026年2月より休職）",
                    "意見：2026年8月1日より短時間勤務（1日5時間）での復職が可能",
                    "配慮事項：残業・休日出勤の禁止（3か月）、月1回の産業医面談",
                    "産業医　片平 修",
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "an employee's diagnosis in an occupational-physician opinion, but only to internal recipients",
    },
    {
        "id": "hojokin-092",
        "sender": USAMI,
        "to": ["沖田 誠司 様 <okita@nishiki-insatsu.co.jp>"],
        "subject": "展示会用パンフレットのお見積依頼",
        "charset": "utf-8",
        "html": """<html><body>
<p>錦印刷株式会社<br>沖田様</p>
<p>いつもお世話になっております。日の出産業の宇佐美です。</p>
<p>販路開拓の補助事業で出展する展示会向けに、パンフレットの印刷をお願いしたく、
お見積をお願いいたします。</p>
<ul>
<li>仕様：A4 三つ折り、両面カラー、コート紙 110kg</li>
<li>部数：3,000部／5,000部（2パターン）</li>
<li>納期：9月18日（金）弊社本社着</li>
<li>デザイン：弊社支給データ（Illustrator）</li>
</ul>
<p>補助金の証憑になりますので、見積書・請求書は<b>「日の出産業株式会社」</b>宛、
品名に「展示会用パンフレット」と明記いただけますと助かります。</p>
<p>日の出産業株式会社 経営企画部<br>宇佐美 航<br>TEL 048-641-5526</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only quotation request to the partner printer",
    },
    {
        "id": "hojokin-093",
        "sender": USAMI,
        "to": ["沖田 誠司 様 <okita@nishiki-insatsu.co.jp>"],
        "subject": "オープンファクトリー参加者へのお礼状 宛名データ",
        "charset": "cp932",
        "body": """沖田様

宇佐美です。
彩野市のオープンファクトリー補助事業で実施した工場見学会の参加者に、
お礼状と記念品を郵送したく、宛名印刷をお願いします。
宛名データをCSVで添付しました（12名分）。
""" + SIG_USAMI,
        "attachments": [
            {
                "kind": "csv",
                "name": "お礼状宛名_工場見学会.csv",
                "encoding": "cp932",
                "rows": [
                    ["氏名", "郵便番号", "住所", "電話番号", "参加日"],
                    ["石曽根 和子", "366-0034", "埼玉県深谷市常盤町41-3", "048-572-6618", "10/3"],
                    ["新発田 浩", "366-0810", "埼玉県深谷市宿根560-12", "090-1147-3329", "10/3"],
                    ["日向寺 千尋", "369-1105", "埼玉県深谷市本田5123", "080-6209-4471", "10/3"],
                    ["目黒 哲也", "366-0052", "埼玉県深谷市上柴町西2-19-8", "048-573-0925", "10/3"],
                    ["小田桐 みゆき", "360-0014", "埼玉県熊谷市箱田4-2-11", "070-4410-8830", "10/3"],
                    ["保坂 順平", "366-0822", "埼玉県深谷市上野台3120-6", "090-8852-6107", "10/4"],
                    ["神子島 理沙", "366-0041", "埼玉県深谷市東方町2-4-20", "080-3326-7715", "10/4"],
                    ["浦野 昭夫", "369-0203", "埼玉県深谷市新戒1188", "048-587-2204", "10/4"],
                    ["鈴鹿 あゆみ", "366-0801", "埼玉県深谷市上野台1533-2", "090-6631-0548", "10/4"],
                    ["栃窪 健", "367-0031", "埼玉県本庄市北堀877-4", "080-2218-9963", "10/4"],
                    ["野老 恵美", "366-0825", "埼玉県深谷市深谷町9-14", "070-5503-1286", "10/4"],
                    ["四十物 修", "360-0161", "埼玉県熊谷市万吉2741", "048-536-4497", "10/4"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reason 1: CSV of 12 private participants' home addresses and phones to the printer",
    },
    {
        "id": "hojokin-094",
        "sender": USAMI,
        "to": ["沖田 誠司 様 <okita@nishiki-insatsu.co.jp>"],
        "subject": "展示会案内状の送付先リスト（企業宛）",
        "charset": "iso-2022-jp",
        "body": """沖田様

宇佐美です。展示会の案内状の宛名印刷もお願いします。
こちらは取引先企業の部署宛で、個人名は入れません。
Excelの「送付先」シートをご利用ください。
""" + SIG_USAMI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "案内状送付先_企業.xlsx",
                "sheets": {
                    "送付先": [
                        ["展示会案内状 送付先一覧（企業宛）"],
                        ["会社名", "部署", "郵便番号", "所在地", "代表電話"],
                        ["北国フーズ株式会社", "購買部 御中", "090-0040", "北海道北見市大通西2-1-5", "0157-23-4411"],
                        ["青葉運輸株式会社", "物流企画部 御中", "980-0021", "宮城県仙台市青葉区中央4-6-1", "022-262-7700"],
                        ["株式会社みなと化成", "資材課 御中", "231-0062", "神奈川県横浜市中区桜木町1-1-8", "045-201-3390"],
                        ["有限会社かわせみ食品", "製造部 御中", "370-0849", "群馬県高崎市八島町70-3", "027-322-8815"],
                        ["株式会社トーワ容器", "開発部 御中", "460-0008", "愛知県名古屋市中区栄3-15-27", "052-241-6020"],
                        ["大宮ケミカル株式会社", "購買課 御中", "331-0812", "埼玉県さいたま市北区宮原町2-44", "048-663-1250"],
                    ],
                    "メモ": [["発送日", "9/1"], ["部数", "6"]],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of businesses (departments, office addresses, switchboards), not people",
    },
    {
        "id": "hojokin-095",
        "sender": GODA,
        "to": [TAKANASHI],
        "subject": "検査装置 導入効果（11月実績）",
        "charset": "utf-8",
        "body": """高梨さん

郷田です。事業化状況報告用の11月実績です。

 項目                 導入前（6月）   導入後（11月）
 検査工数（h/月）       1,240            690
 検査要員（名）            14              6
 流出不良（件/月）          3              0
 検査タクト（秒/個）      4.8            1.4

要員8名は成形ラインと出荷に配置転換済みです（人員削減はしていません）。
""" + SIG_GODA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal mail with production figures, no personal data",
    },
    {
        "id": "hojokin-096",
        "sender": TAKANASHI,
        "to": [KUSAKABE, GODA],
        "cc": [KURUSHIMA],
        "subject": "会計検査院の実地検査に向けた準備（チェックリスト添付）",
        "charset": "cp932",
        "body": """日下部さん、郷田さん
（cc 久留島部長）

高梨です。事務局経由で、会計検査院による補助事業の実地検査の対象になった旨の連絡がありました。
検査は2月上旬の予定です。チェックリストをテキストで添付しますので、
担当分の書類の所在を1/23までに確認してください。
""" + SIG_TAKANASHI,
        "attachments": [
            {
                "kind": "txt",
                "name": "実地検査_準備チェックリスト.txt",
                "encoding": "cp932",
                "text": """会計検査院 実地検査 準備チェックリスト

[経理] 日下部
 □ 発注書・契約書（HS-PO-26-0712）
 □ 納品書・検収書
 □ 請求書（適格請求書）
 □ 振込控（2026/12/25 支払分）
 □ 固定資産台帳（取得価額・耐用年数）
 □ 圧縮記帳の仕訳

[工場] 郷田
 □ 設備現物（製造番号 HV32-26-0187）と銘板の写真
 □ 補助事業で取得した旨の表示シール
 □ 稼働記録（導入後6か月分）

[企画] 高梨
 □ 交付決定通知書・確定通知書
 □ 実績報告書一式
 □ 事業化状況報告（第1回）
""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal audit preparation with a text checklist",
    },
    {
        "id": "hojokin-097",
        "sender": MITSUYA,
        "to": ["事業再構築補助金事務局 <support@saikouchiku-jimukyoku.jp>"],
        "subject": "実績報告の補足資料（証憑類）の提出",
        "charset": "iso-2022-jp",
        "body": """事業再構築補助金事務局 ご担当者様

日の出産業株式会社の三ツ矢です（申請番号 SK13-0048217）。
実績報告の差戻しでご指摘いただいた証憑類をzipにまとめてお送りします。
事務局のご案内に従い、パスワードは設定しておりません。

・発注書、納品書、検収書、請求書
・振込控（銀行の振込受付書）
""" + SIG_MITSUYA,
        "attachments": [
            {
                "kind": "zip",
                "name": "実績報告_補足証憑.zip",
                "files": [
                    {"kind": "pdf", "name": "01_発注書.pdf",
                     "lines": ["注文書 HS-PO-26-0712", "川崎電機株式会社 御中", "画像検査装置一式 18,480,000円（税抜）"]},
                    {"kind": "pdf", "name": "02_検収書.pdf",
                     "lines": ["検収書", "検収日 2026年11月20日", "製造番号 HV32-26-0187"]},
                    {"kind": "pdf", "name": "03_請求書.pdf",
                     "lines": ["請求書 KD-INV-26-11873", "登録番号 T7466737764041", "20,328,000円（税込）"]},
                    {"kind": "pdf", "name": "04_振込控.pdf",
                     "lines": ["振込受付書", "振込先 みどり銀行 川崎支店 当座 0418822 カワサキデンキ（カ",
                               "金額 20,328,000円", "依頼人 ヒノデサンギヨウ（カ"]},
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "unencrypted ZIP of vouchers with company accounts and T-number; no people's data",
    },
    {
        "id": "hojokin-098",
        "sender": TAKANASHI,
        "to": ["中小企業省力化投資補助金事務局 <jimukyoku@shoryokuka-hojo.jp>"],
        "subject": "従業員名簿の提出方法について",
        "charset": "utf-8",
        "body": """中小企業省力化投資補助金事務局 ご担当者様

日の出産業株式会社の高梨です。

ご依頼のあった従業員名簿は、個人情報を含むため、
メールではなく申請システムの「追加資料」からアップロードいたしました（本日14時頃）。
ファイル名は「従業員名簿_日の出産業.pdf」です。

アップロードが確認できない場合はご連絡ください。
""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "says the list was uploaded instead of mailed; only the word 個人情報",
    },
    {
        "id": "hojokin-099",
        "sender": TAKANASHI,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "subject": "時給改定のシミュレーション（社員番号ベース）",
        "charset": "cp932",
        "body": """小野寺様

高梨です。氏名は伏せて、社員番号と年齢だけのデータでお送りします。
引上げ額を＋45円と＋60円の2案で比較したいです。

社員番号　年齢　性別　現時給　＋45円案　＋60円案
P0810　　 47　　女　　1,030　 1,075　　 1,090
P0822　　 27　　男　　1,030　 1,075　　 1,090
P0835　　 56　　女　　1,045　 1,090　　 1,105
P0851　　 24　　女　　1,030　 1,075　　 1,090
P0863　　 52　　女　　1,035　 1,080　　 1,095
K0907　　 64　　男　　1,060　 1,105　　 1,120

よろしくお願いいたします。
""" + SIG_TAKANASHI,
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "six rows keyed by employee number with age, sex and wage but no names: pseudonymous list",
    },
    {
        "id": "hojokin-100",
        "sender": TAKANASHI,
        "to": ["小野寺 瑞穂 <onodera@mirai-keiei.co.jp>"],
        "cc": ["片桐 伸 <katagiri@mirai-keiei.co.jp>", KURUSHIMA],
        "subject": "補助金入金のご報告と御礼",
        "charset": "utf-8",
        "body": """小野寺様、片桐様

日の出産業の高梨です。
本日、ものづくり補助金 25,000,000円の入金を確認いたしました。
申請から確定検査まで、長期間にわたりご支援いただき誠にありがとうございました。

成功報酬のご請求書（No. MK-2027-0158）につきましては、
6月30日に貴社口座（みどり銀行 大宮支店 普通 3318406）へお振込みいたします。

事業化状況報告は今後5年間続きますので、引き続きよろしくお願いいたします。
""" + SIG_TAKANASHI + "\n" + DISCLAIMER_JP,
        "html": """<html><body>
<p>小野寺様、片桐様</p>
<p>日の出産業の高梨です。<br>
本日、ものづくり補助金 <b>25,000,000円</b>の入金を確認いたしました。<br>
申請から確定検査まで、長期間にわたりご支援いただき誠にありがとうございました。</p>
<p>成功報酬のご請求書（No. MK-2027-0158）につきましては、<br>
6月30日に貴社口座（みどり銀行 大宮支店 普通 3318406）へお振込みいたします。</p>
<p>事業化状況報告は今後5年間続きますので、引き続きよろしくお願いいたします。</p>
<p>日の出産業株式会社 経営企画部 課長 高梨 亮介<br>TEL 048-641-5520（代表）</p>
<p style="font-size:8pt;color:#888">本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが送信者にご連絡のうえ、本メールおよび添付ファイルを削除してください。</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you mail with an invoice number and the consultant's company account; disclaimer only",
    },
]
