"""Blind corpus, area "elearning": the mail that Hinode Sangyo's training department
(人事部 人材開発課) and the colleagues who help it (情報システム部, 経理部, 総務部) send
around the company's e-learning platform "TSUBASA Learning", run by the outside vendor
ツバサシステム (tsubasa-system.jp): course enrolments and bulk account files, completion
reports for group companies and customers, helpdesk tickets, SSO and data migration,
content licensing with publishers (Japanese and foreign), video production, translation,
external instructors, hotels and exam bodies, subsidy paperwork and payments. It was
written blind, from bench/blind/BRIEF.md, build.py's message format and SPEC.md only,
without reading mailguard's code, rules, tests or any other corpus file; every person,
address and number in it is invented.
"""

from build import card_number, my_number

SEED = 52401


def _mn(k: int, sep: str = " ") -> str:
    """A check-digit-valid My Number (SEED + k), grouped 4-4-4."""
    n = my_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:]))


def _card(k: int, sep: str = " ") -> str:
    """A Luhn-valid card number (SEED + k), grouped 4-4-4-4."""
    c = card_number(SEED + k)
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


def _corp(base12: str) -> str:
    """A 13-digit 法人番号: check digit (9 - Σ Pn·Qn mod 9) in front of 12 invented digits."""
    total = sum(int(d) * (1 if n % 2 else 2)
                for n, d in enumerate(reversed(base12), start=1))
    return str(9 - total % 9) + base12


def _zen(s: str) -> str:
    """Full-width digits and hyphens, as some people type them."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


CORP_HINODE = _corp("010401137752")
CORP_TSUBASA = _corp("011001084419")

SIG_ONODERA = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部 人材開発課
課長代理　小野寺 真弓（Onodera Mayumi）
〒103-0027 東京都中央区日本橋2-14-9 日の出ビル7F
TEL 03-5201-4470（代表）／内線 7321
Mail onodera.mayumi@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_TAKENOUCHI = """
--
日の出産業株式会社
人事部 人材開発課　竹之内 健
〒103-0027 東京都中央区日本橋2-14-9 日の出ビル7F
TEL：03-5201-4470　FAX：03-5201-4479
E-mail：takenouchi.ken@hinode-sangyo.co.jp"""

SIG_KIRYU = """
*************************************
 日の出産業株式会社
 人事部 人材開発課 eラーニング担当
 桐生 彩花（きりゅう あやか）
 TEL 03-5201-4470 内線7325
 kiryu.ayaka@hinode-sangyo.co.jp
*************************************"""

SIG_EBATO = """
------------------------------------------------------------
日の出産業株式会社 情報システム部 基盤グループ
江波戸 亮 / Ryo Ebato
TEL 03-5201-4481（直通）
ebato.ryo@hinode-sangyo.co.jp
------------------------------------------------------------"""

SIG_SHISHIDO = """
==============================
日の出産業株式会社 経理部 支払グループ
宍戸 紀子
〒103-0027 東京都中央区日本橋2-14-9
TEL 03-5201-4462
==============================="""

SIG_EN = """
Best regards,

Mayumi Onodera
Assistant Manager, Learning & Development
Human Resources Department
Hinode Sangyo Co., Ltd.
2-14-9 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-4470 / onodera.mayumi@hinode-sangyo.co.jp"""

DISC_JA = """
――――――――――――――――――――――――――
本メールには機密情報が含まれている場合があります。本メールの宛先以外の方が
受信された場合は、お手数ですが送信者までご連絡のうえ、本メールおよび添付
ファイルを削除してください。無断での複製・転送・開示はご遠慮ください。
――――――――――――――――――――――――――"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are
intended solely for the addressee. If you have received this e-mail in error,
please notify the sender immediately and delete it. Any unauthorised copying,
disclosure or distribution is prohibited."""

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "elearning-001",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["佐伯 俊介 <saeki.shunsuke@tsubasa-system.jp>"],
        "subject": "【見積依頼】TSUBASA Learning 次年度ライセンス（ID数変更）について",
        "body": """ツバサシステム株式会社
ラーニング事業部　佐伯様

いつもお世話になっております。
日の出産業 人材開発課の小野寺でございます。

来年度の TSUBASA Learning 契約更新にあたり、お見積りをお願いしたく
ご連絡いたしました。条件は以下のとおりです。

　・ライセンス数　　：1,200 ID → 1,350 ID（グループ会社2社の追加分）
　・オプション　　　：動画配信容量 追加500GB／SSO連携（継続）
　・契約期間　　　　：2026年4月1日〜2027年3月31日（12か月）
　・お支払い　　　　：年額一括・請求書払い

3月上旬の稟議に間に合わせたく、恐れ入りますが2月20日（金）頃までに
ご提示いただけますと大変助かります。

なお、ID単価のボリュームディスカウントの段階（1,000／1,500 ID）について
も、あわせてご教示いただけますでしょうか。

何卒よろしくお願い申し上げます。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary quote request to the LMS vendor (a partner): licence counts and prices, no personal data",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "elearning-002",
        "charset": "cp932",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["TSUBASA Learning サポートデスク <lms-support@tsubasa-system.jp>"],
        "cc": ["小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>"],
        "subject": "【アカウント登録依頼】2026年度 新入社員 受講アカウント一括登録",
        "body": """TSUBASA Learning サポートデスク御中

いつもお世話になっております。日の出産業の竹之内です。

4月1日入社の新入社員について、受講アカウントの一括登録をお願いいたします。
登録用CSV（貴社指定フォーマット）を添付いたしました。全15名です。

・受講グループ：「新入社員A（2026）」を新規作成のうえ登録してください
・初期パスワード通知：各本人宛メール送信で結構です
・登録希望日：3月27日（金）まで

登録完了後、結果レポートをお送りいただけますと幸いです。
よろしくお願いいたします。
""" + SIG_TAKENOUCHI,
        "attachments": [
            {
                "kind": "csv",
                "name": "新入社員_アカウント登録_20260401.csv",
                "encoding": "cp932",
                "rows": [
                    ["社員番号", "氏名", "氏名カナ", "メールアドレス", "所属コード", "所属名", "入社日", "受講グループ"],
                    ["H26001", "青砥 蒼真", "アオト ソウマ", "aoto.soma@hinode-sangyo.co.jp", "1101", "営業本部 第一営業部", "2026/04/01", "新入社員A（2026）"],
                    ["H26002", "五百旗頭 凛", "イオキベ リン", "iokibe.rin@hinode-sangyo.co.jp", "1102", "営業本部 第二営業部", "2026/04/01", "新入社員A（2026）"],
                    ["H26003", "卯月 陽翔", "ウヅキ ハルト", "uzuki.haruto@hinode-sangyo.co.jp", "2101", "製造本部 生産管理部", "2026/04/01", "新入社員A（2026）"],
                    ["H26004", "漆原 結衣", "ウルシバラ ユイ", "urushibara.yui@hinode-sangyo.co.jp", "3201", "管理本部 経理部", "2026/04/01", "新入社員A（2026）"],
                    ["H26005", "榎戸 大和", "エノキド ヤマト", "enokido.yamato@hinode-sangyo.co.jp", "2103", "製造本部 品質保証部", "2026/04/01", "新入社員A（2026）"],
                    ["H26006", "尾花 紗希", "オバナ サキ", "obana.saki@hinode-sangyo.co.jp", "1101", "営業本部 第一営業部", "2026/04/01", "新入社員A（2026）"],
                    ["H26007", "笠置 湊", "カサギ ミナト", "kasagi.minato@hinode-sangyo.co.jp", "4101", "物流本部 東日本センター", "2026/04/01", "新入社員A（2026）"],
                    ["H26008", "久慈 芽依", "クジ メイ", "kuji.mei@hinode-sangyo.co.jp", "3101", "管理本部 総務部", "2026/04/01", "新入社員A（2026）"],
                    ["H26009", "黒須 蓮", "クロス レン", "kurosu.ren@hinode-sangyo.co.jp", "5101", "情報システム部", "2026/04/01", "新入社員A（2026）"],
                    ["H26010", "神代 ひまり", "クマシロ ヒマリ", "kumashiro.himari@hinode-sangyo.co.jp", "1103", "営業本部 大阪支店", "2026/04/01", "新入社員A（2026）"],
                    ["H26011", "佐治 悠人", "サジ ユウト", "saji.yuto@hinode-sangyo.co.jp", "4102", "物流本部 西日本センター", "2026/04/01", "新入社員A（2026）"],
                    ["H26012", "杉之原 陽菜乃", "スギノハラ ヒナノ", "suginohara.hinano@hinode-sangyo.co.jp", "3301", "人事部", "2026/04/01", "新入社員A（2026）"],
                    ["H26013", "平良 樹", "タイラ イツキ", "taira.itsuki@hinode-sangyo.co.jp", "2101", "製造本部 生産管理部", "2026/04/01", "新入社員A（2026）"],
                    ["H26014", "土門 心春", "ドモン コハル", "domon.koharu@hinode-sangyo.co.jp", "1102", "営業本部 第二営業部", "2026/04/01", "新入社員A（2026）"],
                    ["H26015", "苗村 颯", "ナエムラ ハヤテ", "naemura.hayate@hinode-sangyo.co.jp", "2104", "製造本部 技術開発部", "2026/04/01", "新入社員A（2026）"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: CP932 CSV of 15 new hires (name, kana, e-mail, employee no.) sent to the LMS vendor for bulk account creation",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "elearning-003",
        "charset": "utf-8",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["lms-support@tsubasa-system.jp"],
        "subject": "【問い合わせ】ログインできない受講者について（社員番号 H20417）",
        "body": """TSUBASA Learning サポートデスク
ご担当者様

お世話になっております。日の出産業 人材開発課の桐生です。

受講者1名がログインできない状態となっており、ご確認をお願いいたします。

■対象者
　氏名　　：狩野 理沙（カノウ リサ）
　社員番号：H20417
　ログインID：kano.risa@hinode-sangyo.co.jp
　所属　　：営業本部 第二営業部

■事象
　2月9日（月）午前より、ログイン時に「このアカウントは一時的にロックされています
　（E-1032）」と表示されます。パスワード再設定メールも届かないとのことです。

■環境
　Windows 11 / Microsoft Edge 最新版（社内ネットワーク経由）

今週中に必須研修の受講期限があるため、お早めにご対応いただけますと幸いです。
よろしくお願いいたします。
""" + SIG_KIRYU,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "helpdesk ticket about one learner: one person's name and login e-mail, may be warned but must go",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "elearning-004",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["柚木 遥 <yuzuki.haruka@learningforest.co.jp>"],
        "subject": "2025年度第3四半期 ライセンス教材 利用実績のご報告",
        "body": """株式会社ラーニングフォレスト
コンテンツライセンス部　柚木様

平素より大変お世話になっております。
日の出産業の小野寺です。

ライセンス契約第9条に基づき、2025年度第3四半期（10月〜12月）の
貴社教材の利用実績をご報告いたします。詳細は添付のExcelをご確認ください。

　対象コース数：8コース
　受講開始数　：延べ 2,314 件
　修了数　　　：延べ 1,987 件（修了率 85.9%）

ロイヤリティのご請求書は、従来どおり月末締めでお送りいただければ
問題ございません。

引き続きよろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "利用実績報告_2025Q3_ラーニングフォレスト様.xlsx",
                "title": "利用実績報告 2025年度第3四半期",
                "sheets": {
                    "コース別": [
                        ["2025年度 第3四半期（10月〜12月）ライセンス教材 利用実績"],
                        [],
                        ["コースコード", "コース名", "受講開始数", "修了数", "修了率", "延べ視聴時間(h)"],
                        ["LF-BIZ-101", "ビジネスマナー基礎", 412, 398, "96.6%", 331.5],
                        ["LF-BIZ-204", "ロジカルシンキング入門", 287, 221, "77.0%", 402.0],
                        ["LF-MGT-310", "1on1ミーティング実践", 196, 170, "86.7%", 245.8],
                        ["LF-MGT-315", "部下育成とフィードバック", 183, 149, "81.4%", 228.3],
                        ["LF-COM-120", "ビジネス文書の書き方", 355, 322, "90.7%", 290.1],
                        ["LF-COM-140", "プレゼンテーション基礎", 301, 248, "82.4%", 376.4],
                        ["LF-DX-201", "データ活用の基礎", 344, 269, "78.2%", 512.7],
                        ["LF-DX-220", "生成AIの業務活用", 236, 210, "89.0%", 188.9],
                        ["合計", "", 2314, 1987, "85.9%", 2575.7],
                    ],
                    "月別": [
                        ["月", "受講開始数", "修了数"],
                        ["2025年10月", 861, 702],
                        ["2025年11月", 790, 688],
                        ["2025年12月", 663, 597],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "statistics: per-course usage counts for the content licensor's royalty, no people",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "elearning-005",
        "charset": "utf-8",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["TSUBASA Learning サポートデスク <lms-support@tsubasa-system.jp>"],
        "subject": "字幕表示・受講方法の個別設定についてご相談（受講者1名）",
        "body": """TSUBASA Learning サポートデスク御中

いつもお世話になっております。日の出産業 人材開発課の桐生です。
受講者1名について、個別の設定が可能かご相談させてください。

製造本部 品質保証部の百目鬼 悠真さん（ドウメキ ユウマ／社員番号 H18833）は、
聴覚障害（身体障害者手帳2級）をお持ちで、動画教材の音声を聞き取ることが
できません。これまでは紙の資料で代替していましたが、今年度からの必須研修は
動画のみの構成となっているため、以下が可能か教えていただけますでしょうか。

　1. 本人のアカウントのみ、字幕付きバージョンの教材を割り当てること
　2. 字幕がない教材について、視聴完了条件（再生率90%）を外し、
　　 テキスト版の確認テスト合格で修了扱いとすること
　3. 集合研修のライブ配信で、リアルタイム文字起こし機能を有効にすること

ご本人の了承は得ております。ご回答は私宛にいただければ幸いです。
よろしくお願いいたします。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's hearing disability (障害者手帳2級) sent to the vendor's helpdesk; one person is enough",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "elearning-006",
        "charset": "cp932",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["鮫島 和也 <samejima.kazuya@edu-frontier.co.jp>"],
        "subject": "秘密保持契約書（案）送付の件",
        "body": """エデュフロンティア株式会社
営業部　鮫島様

お世話になっております。日の出産業の小野寺です。
先日はオリジナル教材制作についてご提案いただき、ありがとうございました。

具体的な打合せに入る前に、弊社ひな形の秘密保持契約書（案）を
お送りいたします。弊社法務部にて確認済みのものです。
貴社でもご確認いただき、修正のご希望があれば変更履歴付きでお戻しください。

締結後、弊社の研修体系資料や社内規程類をお渡しする予定です。

どうぞよろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書_案_エデュフロンティア様.docx",
                "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "日の出産業株式会社（以下「甲」という。）とエデュフロンティア株式会社（以下「乙」という。）は、"
                    "甲の従業員向け教育コンテンツの制作に関する検討（以下「本目的」という。）に関し、次のとおり契約を締結する。",
                    "第1条（秘密情報の定義）本契約において秘密情報とは、本目的のために相手方から開示された技術上、営業上その他"
                    "一切の情報であって、開示の際に秘密である旨が明示されたものをいう。",
                    "第2条（秘密保持義務）受領者は、秘密情報を善良な管理者の注意をもって管理し、相手方の書面による事前の承諾なく"
                    "第三者に開示または漏えいしてはならない。",
                    "第3条（目的外使用の禁止）受領者は、秘密情報を本目的以外に使用してはならない。",
                    "第4条（個人情報）開示される情報に個人情報が含まれる場合、受領者は個人情報保護法その他関係法令を遵守する。",
                    "第5条（返還・廃棄）本契約が終了したとき、受領者は相手方の指示に従い秘密情報を返還または廃棄する。",
                    "第6条（有効期間）本契約の有効期間は締結日から2年間とし、第2条の義務は終了後3年間存続する。",
                    "以上",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the draft attached: 秘密情報 appears as contract wording, not as a classification stamp",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "elearning-007",
        "charset": "utf-8",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": [
            "柚木 遥 <yuzuki.haruka@learningforest.co.jp>",
            "能登 清隆 <noto.kiyotaka@legalstudy.jp>",
            "鮫島 和也 <samejima.kazuya@edu-frontier.co.jp>",
        ],
        "subject": "【ご案内】コンプライアンス教材制作 提案依頼（RFP）について",
        "body": """各位

いつもお世話になっております。
日の出産業株式会社 人事部 人材開発課の小野寺でございます。

このたび弊社では、全従業員向けコンプライアンス教材（eラーニング／約60分）の
新規制作を計画しており、下記のとおりご提案をお願いしたくご案内申し上げます。

　1. 対象　　：全従業員 約1,300名（グループ会社含む）
　2. 内容　　：下請法、ハラスメント防止、情報管理、SNS利用の4章構成（案）
　3. 形式　　：SCORM 1.2 準拠、字幕付き動画＋確認テスト
　4. スケジュール：提案書ご提出 3月13日（金）／選定 3月下旬／公開 9月予定
　5. 提出先　：小野寺（本メールへのご返信で結構です）

RFP本紙および評価基準は、秘密保持契約の締結後にお送りいたします。
ご不明点がございましたらお気軽にお問い合わせください。

何卒よろしくお願い申し上げます。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: three competing content vendors of three organisations in To can see each other; should have been Bcc",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "elearning-008",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["佐伯 俊介 <saeki.shunsuke@tsubasa-system.jp>"],
        "cc": ["今宮 聡一郎 <imamiya@shirakawa-law.jp>"],
        "subject": "Re: 利用規約改定（第7条 コンテンツの二次利用）について",
        "body": """佐伯様

お世話になっております。小野寺です。
ご案内いただいた利用規約の改定案について、弊社顧問の白川法律事務所
今宮先生にもご確認いただいており、本メールにCcで入っていただいております。

主に以下2点について、貴社のお考えをお聞かせいただけますでしょうか。

（1）第7条2項「利用者がアップロードした教材を、貴社がサービス改善の目的で
　　　利用できる」とある点、弊社の自社制作教材は対象外とできるか
（2）同条4項の「統計データの第三者提供」に、個人を識別できる情報が
　　　含まれないことを明記いただけるか

来週中に三者でオンライン打合せの機会をいただけますと幸いです。

小野寺

> 小野寺様
>
> いつもお世話になっております。ツバサシステムの佐伯です。
> 4月1日付で TSUBASA Learning の利用規約を改定いたします。
> 改定案を添付いたしますので、ご確認のほどお願いいたします。
> 主な変更点は第7条（コンテンツの取扱い）と第12条（免責）です。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (vendor and the company's law firm) in a normal three-way mail",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "elearning-009",
        "charset": "cp932",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["佐伯 俊介 <saeki.shunsuke@tsubasa-sytem.jp>"],
        "cc": ["小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>"],
        "subject": "2/12 定例会のアジェンダ送付",
        "body": """ツバサシステム株式会社
佐伯様

お世話になっております。日の出産業の竹之内です。
2月12日（木）14:00からの定例会のアジェンダをお送りします。

　1. 1月度 利用状況レポートの確認（10分）
　2. 新入社員アカウント一括登録のスケジュール（15分）
　3. SSO（SAML）切替の進捗（15分）
　4. 管理画面リニューアルの影響範囲（10分）
　5. その他・次回日程（10分）

会場は前回同様、弊社7F 第3会議室です。
受付で「人材開発課 竹之内」をお呼び出しください。

よろしくお願いいたします。
""" + SIG_TAKENOUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: tsubasa-sytem.jp drops a letter of the partner domain tsubasa-system.jp",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "elearning-010",
        "charset": "iso-2022-jp",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["大曽根 一樹 <osone.kazuki@asahi-butsuryu.co.jp>"],
        "subject": "【朝陽物流様】12月度 eラーニング修了者一覧の送付",
        "body": """朝陽物流株式会社
人事総務部　大曽根様

いつもお世話になっております。
日の出産業 人材開発課の竹之内です。

グループ共通eラーニングの12月度修了者一覧をお送りいたします。
添付ファイルはパスワード付きZIPとなっております。
パスワードは別メールにてお送りいたします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_TAKENOUCHI,
        "attachments": [
            {
                "kind": "zip",
                "name": "修了者一覧_202512.zip",
                "password": "Asahi#2026",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "修了者一覧_202512.xlsx",
                        "sheets": {
                            "12月": [
                                ["社員番号", "氏名", "所属", "コース", "修了日"],
                                ["A30211", "浜名 圭介", "横浜営業所", "情報セキュリティ基礎", "2025/12/03"],
                                ["A30345", "駒井 沙織", "本社 総務課", "情報セキュリティ基礎", "2025/12/04"],
                                ["A31002", "織田 祐介", "千葉DC", "フォークリフト安全", "2025/12/08"],
                                ["A31127", "長嶺 舞", "千葉DC", "フォークリフト安全", "2025/12/11"],
                                ["A31508", "灰谷 正樹", "厚木DC", "ハラスメント防止", "2025/12/15"],
                                ["A31633", "今泉 愛", "厚木DC", "ハラスメント防止", "2025/12/19"],
                            ]
                        },
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP) to a group company; its contents (a list of learners) cannot be inspected",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "elearning-011",
        "charset": "utf-8",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["国分 美里 <kokubu.misato@payrollworks.co.jp>"],
        "subject": "外部講師謝金 支払調書作成用情報のご送付（1名）",
        "body": """株式会社ペイロールワークス
国分様

いつもお世話になっております。日の出産業 人材開発課の竹之内です。

1月に実施した管理職研修の外部講師謝金について、報酬の支払調書作成に
必要な情報をお送りいたします。

　講師氏名　：阿久根 智恵（アクネ チエ）
　住所　　　：〒251-0052 神奈川県藤沢市藤沢4-7-21 グランメゾン藤沢302
　個人番号　：""" + _mn(1) + """
　支払日　　：2026年1月30日
　支払金額　：165,000円（源泉徴収税額 16,847円）
　区分　　　：講演料

本人確認書類（通知カードの写し）は、別途書留にて郵送いたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_TAKENOUCHI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: an external instructor's My Number (with name and home address) mailed to the payroll outsourcer",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "elearning-012",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["真壁 敦子 <atsuko.makabe.coach@gmail.com>"],
        "subject": "【ご依頼】管理職向けライブ配信研修へのご登壇について",
        "body": """真壁 敦子 先生

突然のご連絡失礼いたします。
日の出産業株式会社 人事部 人材開発課の小野寺と申します。

先生のご著書『対話で育てるチームの力』を拝読し、ぜひ弊社の管理職向け
研修にご登壇いただきたく、ご連絡を差し上げました。

　・テーマ　：心理的安全性と1on1ミーティング
　・形式　　：ライブ配信（90分）＋録画をeラーニングで再配信
　・対象　　：課長職 約80名
　・候補日　：5月14日（木）または 5月21日（木）いずれも14時〜
　・謝金　　：ご規定に従います

録画の二次利用（社内限定・1年間）についてもご相談できればと存じます。
ご多忙のところ恐縮ですが、ご検討いただけますと幸いです。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (a freelance instructor's gmail), ordinary speaking request",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "elearning-013",
        "charset": "cp932",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["多賀 美奈子 <taga.minako@aoba-unyu.co.jp>"],
        "subject": "合同研修（6月）会場候補のご共有",
        "body": """青葉運輸株式会社
人事部　多賀様

お世話になっております。日の出産業の竹之内です。
6月の合同安全研修（集合＋eラーニング事前学習）の会場候補を
下記のとおり調べましたので共有いたします。

会場名                         所在地                                   代表電話        収容
-----------------------------  ---------------------------------------  --------------  ----
さくらホテル 日本橋             東京都中央区日本橋小舟町8-3              03-3664-2150    120
ＴＫＢ会議センター 八重洲       東京都中央区八重洲1-5-20 石塚ビル4F      03-5204-7731     90
川崎産業振興会館               神奈川県川崎市幸区堀川町66-20            044-548-4111   150
ベルサール品川シーサイド（仮） 東京都品川区東品川4-12-8                03-5783-6640    200

いずれも6月第2週の平日で仮押さえ可能とのことです。
貴社のご希望（駐車場の有無など）があればお知らせください。

よろしくお願いいたします。
""" + SIG_TAKENOUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of businesses (venues with addresses and switchboards), not people",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "elearning-014",
        "charset": "utf-8",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["鮫島 和也 <samejima.kazuya@edu-frontier.co.jp>"],
        "subject": "教育体系見直しの資料送付（ご提案準備用）",
        "body": """鮫島様

お世話になっております。日の出産業の小野寺です。
秘密保持契約の締結、ありがとうございました。

ご提案準備用に、来年度の教育研修計画（案）をお送りします。
階層別研修とeラーニングの役割分担は4〜6枚目をご覧ください。

ご提案は3月13日（金）までにいただけますと幸いです。
よろしくお願いいたします。

小野寺
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "2026年度_教育研修計画_案.pptx",
                "title": "2026年度 教育研修計画（案）",
                "page_footer": "社外秘　日の出産業株式会社 人事部",
                "slides": [
                    ["2026年度 教育研修計画（案）", "社外秘", "人事部 人材開発課", "2026年2月"],
                    ["基本方針", "自律的なキャリア形成の支援", "管理職のマネジメント力強化", "DX人材の計画的育成"],
                    ["予算", "研修予算総額 4,850万円（前年比 +12%）", "うちeラーニング関連 1,320万円"],
                    ["階層別研修", "新入社員／若手（2〜3年目）／主任／新任課長／部長", "集合研修＋事前eラーニング"],
                    ["eラーニングの役割", "必須研修（コンプライアンス等）の全社展開", "選択型ライブラリ（約300コース）"],
                    ["外部委託の方針", "オリジナル教材は年2本を外部制作", "選定は3月末までに実施"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached training plan is stamped 社外秘 on its cover slide and every slide footer",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "elearning-015",
        "charset": "iso-2022-jp",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["三枝 美咲 <saegusa.misaki@tsubasa-system.jp>"],
        "subject": "Re: 管理画面リニューアルに伴う操作説明会のご案内",
        "body": """三枝様

いつもお世話になっております。日の出産業の桐生です。
操作説明会のご案内をありがとうございます。

弊社からは、3月4日（水）15:00の回に3名で参加いたします。
参加用URLは私宛にお送りいただければ、社内で展開いたします。

また、説明会の録画を後日共有いただくことは可能でしょうか。
当日参加できない各事業所の管理者にも視聴させたいと考えております。

よろしくお願いいたします。
""" + SIG_KIRYU + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary reply ending with the standard Japanese disclaimer (機密情報が含まれている場合があります): not a marking",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "elearning-016",
        "charset": "iso-2022-jp",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["TSUBASA Learning サポートデスク <lms-support@tsubasa-system.jp>"],
        "subject": "未修了者へのリマインドメール配信のお願い（情報セキュリティ研修）",
        "body": """サポートデスク御中

お世話になっております。日の出産業の桐生です。
必須研修「情報セキュリティ研修2025」の受講期限（2/27）が近づいているため、
下記の未修了者にリマインドメールを配信していただけますでしょうか。
文面は前回（11月）と同じもので結構です。

社員番号  氏名          所属                    メールアドレス                         進捗
--------  ------------  ----------------------  -------------------------------------  ----
H17102    蓬田 康平     営業本部 第二営業部     yomogita.kohei@hinode-sangyo.co.jp      35%
H15236    甘粕 直美     管理本部 総務部         amakasu.naomi@hinode-sangyo.co.jp        0%
H19877    六車 俊       製造本部 品質保証部     muguruma.shun@hinode-sangyo.co.jp       60%
H12045    舟木 伸一     物流本部 東日本センター funaki.shinichi@hinode-sangyo.co.jp     10%
H20391    余語 由佳     経営企画部              yogo.yuka@hinode-sangyo.co.jp           80%
H18620    茂木 航       情報システム部          mogi.wataru@hinode-sangyo.co.jp          0%
H16754    湯川 恵理     営業本部 大阪支店       yukawa.eri@hinode-sangyo.co.jp          45%

配信予定日時が決まりましたらご連絡ください。
よろしくお願いいたします。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: seven learners (employee no., name, department, e-mail, progress) pasted as a padded table in the body to the vendor",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "elearning-017",
        "charset": "utf-8",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["TSUBASA Learning サポートデスク <lms-support@tsubasa-system.jp>"],
        "subject": "Re: 【TSUBASA】一括登録エラーのご報告（受付番号 S-20260318-042）",
        "body": """サポートデスク 御中

ご連絡ありがとうございます。竹之内です。
エラーとなった6件は、社内でメールアドレスを確認のうえ、
修正版CSVを明日（3/19）中にお送りいたします。

お手数をおかけしますが、よろしくお願いいたします。

竹之内

> 日の出産業株式会社
> 竹之内様
>
> TSUBASA Learning サポートデスクです。
> 3月18日にお預かりしたCSVの取込結果をご報告いたします。
> 登録成功：142件　エラー：6件
>
> 行番号  氏名          メールアドレス                          エラー内容
> ------  ------------  --------------------------------------  ------------------
>   12    志賀 亮太     shiga.ryota@hinode-sangyo.co.jp         既存IDと重複
>   37    陣野 千尋     jinno.chihiro@hinode-sanygo.co.jp       ドメイン不正
>   58    栗林 崇       kuribayashi.takashi@hinode-sangyo       形式不正
>   81    深作 真琴     fukasaku.makoto@hinode-sangyo.co.jp     既存IDと重複
>   99    若林 慶       wakabayashi.kei@hinode-sangyo.co.jp     所属コード未登録
>  130    三田村 瞳     mitamura.hitomi@hinode-sangyo.co.jp     所属コード未登録
>
> 修正後、エラー分のみ再度お送りください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the only list is quoted ('>') from the vendor's own mail being replied to; new text has no personal data",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "elearning-018",
        "charset": "cp932",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>"],
        "cc": ["小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>"],
        "subject": "【社内】新任主任研修 受講者名簿（確認用）",
        "body": """桐生さん

お疲れさまです。竹之内です。
3月の新任主任研修の受講者名簿を作成しました。
事前eラーニングの割当前に、所属と連絡先に誤りがないか確認をお願いします。

ホテルへのルーミングリストは人数確定後に私から送ります。

竹之内
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "新任主任研修_受講者名簿.csv",
                "encoding": "utf-8",
                "rows": [
                    ["No", "社員番号", "氏名", "所属", "メール", "携帯（社用）"],
                    ["1", "H14471", "宇佐美 剛志", "営業本部 第一営業部", "usami.tsuyoshi@hinode-sangyo.co.jp", "090-2417-6630"],
                    ["2", "H15520", "大河内 礼子", "管理本部 経理部", "okochi.reiko@hinode-sangyo.co.jp", "080-7753-1209"],
                    ["3", "H15904", "香月 大輔", "製造本部 生産管理部", "katsuki.daisuke@hinode-sangyo.co.jp", "070-4402-8815"],
                    ["4", "H16118", "生駒 朋美", "物流本部 西日本センター", "ikoma.tomomi@hinode-sangyo.co.jp", "090-8836-2271"],
                    ["5", "H16230", "城之内 誠", "情報システム部", "jonouchi.makoto@hinode-sangyo.co.jp", "080-3391-4476"],
                    ["6", "H16782", "蘇我 紀香", "営業本部 大阪支店", "soga.norika@hinode-sangyo.co.jp", "090-6128-0593"],
                    ["7", "H17045", "仲宗根 司", "製造本部 品質保証部", "nakasone.tsukasa@hinode-sangyo.co.jp", "070-5584-3327"],
                    ["8", "H17391", "馬渕 亮介", "経営企画部", "mabuchi.ryosuke@hinode-sangyo.co.jp", "080-9217-6042"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "a list of 8 people, but every recipient is internal (hinode-sangyo.co.jp)",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "elearning-019",
        "charset": "utf-8",
        "sender": "Takuya Komagata <komagata.takuya@hinode-sangyo.co.jp>",
        "to": ["Rachel Denholm <rachel.denholm@skillharbor.com>"],
        "cc": ["小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>"],
        "subject": "Additional 25 seats - payment details",
        "body": """Dear Rachel,

Thank you for sending the quote for the additional 25 SkillHarbor Business seats
(Quote No. SH-Q-77120, USD 5,625.00). We would like to proceed.

As your online payment page does not accept our corporate card for some reason,
please charge the amount to the card below:

  Card type:        Corporate card
  Card number:      """ + _card(2) + """
  Expiry:           09/28
  Cardholder name:  TAKUYA KOMAGATA
  Billing address:  2-14-9 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan

Please send the receipt to me and to Ms. Onodera in cc.

Kind regards,

Takuya Komagata
General Affairs Department
Hinode Sangyo Co., Ltd.
Tel: +81-3-5201-4455
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "identifier: a full credit card number with the cardholder's name sent by e-mail to a foreign content vendor",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "elearning-020",
        "charset": "iso-2022-jp",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["三瓶 浩司 <sanpei.koji@nishiki-insatsu.co.jp>"],
        "subject": "修了証書 印刷のお願い（4名分）",
        "body": """錦印刷株式会社
営業部　三瓶様

いつもお世話になっております。日の出産業の桐生です。
「品質管理責任者養成コース（eラーニング＋実技）」の修了証書について、
今回は下記4名分の印刷をお願いいたします。用紙・書式は前回と同じです。

　1. 氏名：猪瀬 貴之（いのせ たかゆき）　修了日：2026年2月6日
　2. 氏名：笹尾 里奈（ささお りな）　　　修了日：2026年2月6日
　3. 氏名：鰐淵 智（わにぶち さとし）　　修了日：2026年2月13日
　4. 氏名：百武 恵美（ひゃくたけ えみ）　修了日：2026年2月13日

納品は3月2日（月）までに弊社7F 人材開発課宛でお願いいたします。
校正はPDFでお送りいただければ、当日中にお戻しします。

よろしくお願いいたします。
""" + SIG_KIRYU,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "four names with completion dates for certificate printing to the printer (a partner): under five people, no contact data",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "elearning-021",
        "charset": "cp932",
        "sender": "宍戸 紀子 <shishido.noriko@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 請求ご担当 <billing@tsubasa-system.jp>"],
        "subject": "請求書（No. TS-2026-00318）受領および登録番号の確認について",
        "body": """ツバサシステム株式会社
経理ご担当者様

いつもお世話になっております。
日の出産業株式会社 経理部の宍戸でございます。

1月31日付の請求書（No. TS-2026-00318、TSUBASA Learning 利用料 2月分）を
受領いたしました。ありがとうございます。

インボイス対応の確認のため、1点お伺いいたします。
請求書に記載の登録番号「T""" + CORP_TSUBASA + """」と、国税庁の公表サイトで
照会した貴社の法人番号が一致しておりますが、昨年12月の社名ロゴ変更に伴い
適格請求書発行事業者の登録内容に変更はございませんでしょうか。

念のため、弊社側の情報も記載いたします。
　日の出産業株式会社　法人番号 """ + CORP_HINODE + """

お支払いは2月末日に予定しております。
お手数ですがご確認のほどよろしくお願いいたします。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice check with the vendor's T-number and the company's 法人番号: business identifiers, no people",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "elearning-022",
        "charset": "utf-8",
        "sender": "江波戸 亮 <ebato.ryo@hinode-sangyo.co.jp>",
        "to": ["槙野 啓太 <makino.keita@tsubasa-system.jp>"],
        "cc": ["竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>"],
        "subject": "SSO（SAML 2.0）連携 IdPメタデータの送付",
        "body": """ツバサシステム株式会社
槙野様

お世話になっております。日の出産業 情報システム部の江波戸です。

TSUBASA Learning とのSSO連携について、弊社IdP（Entra ID）のメタデータを
添付いたします。SP側の設定が完了しましたら、検証用テナントで疎通確認を
行いたいと思います。

　・NameID：メールアドレス（urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress）
　・送信属性：employeeNumber, department, displayName
　・証明書有効期限：2028年1月31日
　・切替予定：3月9日（月）早朝（メンテナンス時間帯）

ご不明点があればご連絡ください。
""" + SIG_EBATO,
        "attachments": [
            {
                "kind": "txt",
                "name": "hinode-idp-metadata.xml",
                "text": """<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.hinode-sangyo.co.jp/8c1f2a7e/">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>MIIC8DCCAdigAwIBAgIQb3Jx0mV4cHZkYXRhLWhpbm9kZS1zYW5neW8tdGVzdC1jZXJ0aWZpY2F0ZQ==</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.hinode-sangyo.co.jp/saml2"/>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.hinode-sangyo.co.jp/saml2/logout"/>
  </IDPSSODescriptor>
</EntityDescriptor>
""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "IT mail with SAML IdP metadata (XML as text): technical, no personal data",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "elearning-023",
        "charset": "iso-2022-jp",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["TSUBASA Learning サポートデスク <lms-support@tsubasa-system.jp>"],
        "subject": "退職者・出向者アカウントの停止／削除のお願い（1月末分）",
        "body": """サポートデスク御中

いつもお世話になっております。日の出産業の竹之内です。

1月末の退職者・出向者について、アカウントの処理をお願いいたします。
添付Excelの「削除対象」シートは受講履歴を出力のうえ削除、
「停止のみ」シートはログイン停止（履歴保持）でお願いします。

処理完了後、出力した受講履歴ファイルを共有フォルダにご格納ください。
よろしくお願いいたします。
""" + SIG_TAKENOUCHI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "アカウント処理依頼_202601末.xlsx",
                "sheets": {
                    "削除対象": [
                        ["2026年1月末 退職者一覧（TSUBASA Learning アカウント削除対象）"],
                        ["作成：人事部 人材開発課　作成日：2026/02/02"],
                        [],
                        ["No", "社員番号", "氏名", "ログインID（メール）", "所属", "退職日"],
                        [1, "H08812", "勅使河原 修", "teshigawara.osamu@hinode-sangyo.co.jp", "営業本部 第一営業部", "2026/01/31"],
                        [2, "H10273", "東海林 さやか", "shoji.sayaka@hinode-sangyo.co.jp", "管理本部 総務部", "2026/01/31"],
                        [3, "H11590", "薬師寺 賢治", "yakushiji.kenji@hinode-sangyo.co.jp", "製造本部 生産管理部", "2026/01/20"],
                        [4, "H13308", "雲野 亜美", "kumono.ami@hinode-sangyo.co.jp", "物流本部 東日本センター", "2026/01/31"],
                        [5, "H14127", "鬼頭 隆之", "kito.takayuki@hinode-sangyo.co.jp", "営業本部 大阪支店", "2026/01/15"],
                        [6, "H15863", "八木橋 真由", "yagihashi.mayu@hinode-sangyo.co.jp", "経営企画部", "2026/01/31"],
                        [7, "H17704", "猪俣 恭子", "inomata.kyoko@hinode-sangyo.co.jp", "管理本部 経理部", "2026/01/31"],
                        [8, "H19012", "金城 翼", "kinjo.tsubasa@hinode-sangyo.co.jp", "情報システム部", "2026/01/10"],
                        [9, "H21145", "羽生 智也", "hanyu.tomoya@hinode-sangyo.co.jp", "製造本部 品質保証部", "2026/01/31"],
                    ],
                    "停止のみ": [
                        ["出向者（ログイン停止・履歴保持）"],
                        ["No", "社員番号", "氏名", "ログインID（メール）", "出向先", "出向日"],
                        [1, "H09954", "北条 詩織", "hojo.shiori@hinode-sangyo.co.jp", "朝陽物流株式会社", "2026/02/01"],
                        [2, "H12618", "深作 誠", "fukasaku.makoto2@hinode-sangyo.co.jp", "朝陽物流株式会社", "2026/02/01"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: XLSX (title rows above the header, two sheets) of 11 leavers/secondees with names and e-mails to the vendor",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "elearning-024",
        "charset": "iso-2022-jp",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["lms-support@tsubasa-system.jp"],
        "subject": "動画教材が途中で停止する件（チケット #TS-48213）",
        "body": """サポートデスク御中

日の出産業の桐生です。先日起票したチケット #TS-48213 の追加情報です。

大阪支店の複数の受講者から、コース「ハラスメント防止2025」の第3章の動画が
12分前後で停止し、それ以降再生できないとの連絡が続いています。

　・発生環境：Chrome 121／Edge 121（Windows 10・11いずれも）
　・社内プロキシ経由で発生、テザリング（社外回線）では再現せず
　・エラー表示：「メディアの読み込みに失敗しました（0x80070013）」
　・発生件数：2/3〜2/9で 14件（大阪支店のみ）

エラー画面のスクリーンショットを添付します。
CDNの配信ドメインを社内プロキシで除外する必要があれば、
ドメイン一覧をお知らせください。
""" + SIG_KIRYU,
        "attachments": [{"kind": "png", "name": "error_0x80070013.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "technical helpdesk follow-up with a screenshot, no personal data",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "elearning-025",
        "charset": "utf-8",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["TSUBASA Learning サポートデスク <lms-support@tsubasa-system.jp>"],
        "subject": "受講期限の個別延長のお願い（1名）",
        "body": """サポートデスク御中

お世話になっております。日の出産業の桐生です。

物流本部 東日本センターの設楽 美穂さん（社員番号 H19250）について、
体調不良のため昨年11月から休職しており、必須研修3コースの受講期限
（3月31日）に間に合わない見込みです。

お手数ですが、本人のアカウントのみ、下記3コースの受講期限を
2026年6月30日まで延長していただけますでしょうか。

　・情報セキュリティ研修2025
　・ハラスメント防止2025
　・コンプライアンス基礎2025

未修了者リマインドの配信対象からも外していただけますと助かります。
よろしくお願いいたします。
""" + SIG_KIRYU,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "either: one named employee on leave 'for poor health' (体調不良) with no diagnosis; health-related or not is a judgment call",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "elearning-026",
        "charset": "utf-8",
        "sender": "Mayumi Onodera <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["Rachel Denholm <rachel.denholm@skillharbor.com>"],
        "subject": "Re: Renewal quote for FY2026 - SkillHarbor Business",
        "body": """Dear Rachel,

Thank you for the renewal quote. A few questions before I take it to our
budget meeting next week:

1. The quote shows 300 seats at USD 225 per seat. Last year we were on the
   250-seat tier at USD 240. Is the new tier price guaranteed for the full
   12 months even if we add seats mid-term?
2. Could the Japanese subtitle pack be included without the additional
   USD 1,500 fee, as it was in the pilot?
3. We would prefer to pay by bank transfer against an invoice in JPY.
   Is that possible?

I would appreciate your reply by February 18.
""" + SIG_EN + """

On Mon, Feb 9, 2026 at 10:12 AM Rachel Denholm <rachel.denholm@skillharbor.com> wrote:
> Dear Mayumi,
>
> Please find attached our renewal quote for FY2026 (April 2026 - March 2027).
> The new 300-seat tier includes unlimited access to the Leadership and
> Data Literacy collections. Let me know if you have any questions.
>
> Best,
> Rachel
""" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English licence-renewal reply with a quoted 'On ... wrote:' thread and the standard English disclaimer",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "elearning-027",
        "charset": "cp932",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["乙部 直樹 <otobe.naoki@kawasaki-denki.co.jp>"],
        "subject": "構内作業者 安全衛生教育（eラーニング）受講証明の送付",
        "body": """川崎電機株式会社
川崎工場 安全管理課　乙部様

いつもお世話になっております。日の出産業の竹之内です。

貴社川崎工場の構内で作業する弊社従業員について、入構前に必要な
安全衛生教育（eラーニング）の受講証明を添付にてお送りいたします。
全8名、いずれも確認テスト合格済みです。

入構証の発行手続きをよろしくお願いいたします。
""" + SIG_TAKENOUCHI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "安全衛生教育_受講証明_川崎工場_202602.pdf",
                "title": "安全衛生教育 受講証明書",
                "lines": [
                    "安全衛生教育（構内作業者向け）受講証明書",
                    "川崎電機株式会社 川崎工場 御中",
                    "日の出産業株式会社 人事部 人材開発課　2026年2月10日",
                    "",
                ],
                "table": [
                    ["No", "氏名", "生年月日", "所属", "受講コース", "修了日", "得点"],
                    ["1", "根津 拓海", "1991/06/14", "物流本部 東日本センター", "構内安全A", "2026/02/02", "92"],
                    ["2", "若松 健司", "1985/11/02", "物流本部 東日本センター", "構内安全A", "2026/02/02", "88"],
                    ["3", "岩清水 亮", "1979/03/27", "製造本部 生産管理部", "構内安全A", "2026/02/03", "95"],
                    ["4", "安楽 美和", "1994/08/09", "製造本部 生産管理部", "構内安全A", "2026/02/03", "90"],
                    ["5", "伊集院 剛", "1988/01/30", "物流本部 東日本センター", "構内安全A", "2026/02/04", "84"],
                    ["6", "蔵本 一輝", "1996/12/05", "物流本部 東日本センター", "構内安全A", "2026/02/05", "100"],
                    ["7", "祖父江 絢子", "1983/07/21", "製造本部 品質保証部", "構内安全A", "2026/02/05", "86"],
                    ["8", "大鷹 悟", "1990/04/16", "製造本部 品質保証部", "構内安全A", "2026/02/06", "91"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: PDF table of 8 employees with dates of birth and scores sent to a customer (partner) as training proof",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "elearning-028",
        "charset": "utf-8",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["大曽根 一樹 <osone.kazuki@asahi-butsuryu.co.jp>"],
        "subject": "グループ共通eラーニング 受講状況（部署別集計）",
        "body": """大曽根様

お世話になっております。日の出産業の竹之内です。
グループ共通eラーニングの1月末時点の受講状況を、部署別に集計しました。
個人別の明細ではなく集計値のみです。貴社の経営会議資料にお使いください。

全体の修了率は 78.4% で、前月から 6.1ポイント上がっています。
千葉DC・厚木DCのシフト勤務者の修了率が低めのため、
休憩室のタブレット設置についてご検討いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_TAKENOUCHI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "受講状況_部署別集計_202601末.xlsx",
                "sheets": {
                    "部署別": [
                        ["朝陽物流株式会社 グループ共通eラーニング 受講状況（2026年1月末時点）"],
                        [],
                        ["部署", "対象者数", "修了者数", "受講中", "未着手", "修了率"],
                        ["本社 総務課", 18, 17, 1, 0, "94.4%"],
                        ["本社 経理課", 9, 9, 0, 0, "100.0%"],
                        ["横浜営業所", 24, 21, 2, 1, "87.5%"],
                        ["千葉DC", 96, 63, 18, 15, "65.6%"],
                        ["厚木DC", 88, 61, 15, 12, "69.3%"],
                        ["川越DC", 72, 60, 8, 4, "83.3%"],
                        ["配車センター", 31, 27, 3, 1, "87.1%"],
                        ["合計", 338, 258, 47, 33, "76.3%"],
                    ],
                    "コース別": [
                        ["コース", "対象者数", "修了者数", "修了率"],
                        ["情報セキュリティ基礎", 338, 281, "83.1%"],
                        ["ハラスメント防止", 338, 266, "78.7%"],
                        ["フォークリフト安全", 204, 149, "73.0%"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "statistics by department and course for a group company; no individual rows",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "elearning-029",
        "charset": "iso-2022-jp",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["三枝 美咲 <saegusa.misaki@tsubasa-system.jp>"],
        "subject": "新コース「情報セキュリティと機密情報の取扱い」公開設定のお願い",
        "body": """三枝様

お世話になっております。日の出産業の桐生です。
4月公開予定の自社制作コースについて、公開設定をお願いいたします。

■コース名：情報セキュリティと機密情報の取扱い（2026年度版）
■構成
　第1章　情報資産とは
　第2章　社外秘・部外秘・極秘 ― 文書区分と表示のルール
　第3章　機密保持契約（NDA）の基礎と締結前の注意点
　第4章　メール誤送信の防止（Bcc、添付ファイル、宛先確認）
　確認テスト（20問・80点以上で合格）
■公開日：2026年4月1日（水）
■対象：全従業員（受講期限 6月30日）

SCORMパッケージは別途ファイル転送サービスでお送りします。
よろしくお願いいたします。
""" + SIG_KIRYU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a course outline that talks about 社外秘/極秘/NDA as topics; the words are course content, not a marking of this mail",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "elearning-030",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>"],
        "bcc": [
            "atsuko.makabe.coach@gmail.com",
            "koga.naoto.office@yahoo.co.jp",
            "t.sakaki.training@outlook.jp",
            "miyabi-nagase@icloud.com",
            "kenji.oribe.1968@gmail.com",
            "haruna.tomisaka@yahoo.co.jp",
        ],
        "subject": "【講師の皆様へ】2026年度 講師登録情報の更新のお願い",
        "body": """講師の皆様

いつも弊社の研修にご協力いただき、誠にありがとうございます。
日の出産業株式会社 人事部 人材開発課の小野寺でございます。
（本メールはBccにて一斉にお送りしております）

2026年度の講師登録情報の更新をお願いしたく、ご連絡いたしました。
下記フォームより、3月20日（金）までにご登録内容をご確認ください。

　https://forms.hinode-sangyo.co.jp/lecturer-2026

　・ご登録のご連絡先、謝金のお振込先に変更がないか
　・2026年度のご登壇可能時期
　・録画教材（eラーニング）への二次利用のご許諾

ご不明点は小野寺までお問い合わせください。
今後ともどうぞよろしくお願い申し上げます。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "six freelance instructors on free mail correctly put in Bcc (To is the sender): recipients cannot see each other",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "elearning-031",
        "charset": "cp932",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["芳賀 千夏 <haga.chinatsu@sakura-hotel.jp>"],
        "subject": "2/25-26 新任管理職研修 ご宿泊・お食事に関するお願い",
        "body": """さくらホテル 日本橋
宴会営業課　芳賀様

いつもお世話になっております。日の出産業の竹之内です。
2月25日〜26日の新任管理職研修（24名）について、1点お願いがございます。

参加者のうち、海外事業部のアフマド・ラフマン（Ahmad Rahman）さんは
イスラム教を信仰されており、以下のご配慮をお願いできますでしょうか。

　・昼食・夕食：ハラール対応のお食事（豚肉・アルコール不使用）
　・礼拝：研修時間中、12:30頃と15:30頃に各15分程度、
　　　　　会議室近くの小部屋（控室など）をお借りしたい
　・懇親会：ノンアルコール飲料のご用意

追加費用が発生する場合はお見積りをお送りください。
よろしくお願いいたします。
""" + SIG_TAKENOUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named participant's religion (イスラム教, prayer times) sent to the hotel",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "elearning-032",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["佐伯 俊介 <saeki.shunsuke@tsubasa-system.jp>"],
        "subject": "注文書送付（TSUBASA Learning 追加ライセンス 150ID）",
        "body": """佐伯様

お世話になっております。日の出産業の小野寺です。
お見積り（No. TSQ-26-0217）の内容で発注いたします。
注文書を添付いたしますので、ご査収ください。

注文請書は押印のうえPDFでご返送いただけますと幸いです。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "注文書_PO-2026-0142.pdf",
                "title": "注文書 PO-2026-0142",
                "lines": [
                    "注　文　書",
                    "注文番号：PO-2026-0142　　注文日：2026年2月16日",
                    "ツバサシステム株式会社 御中",
                    "日の出産業株式会社 人事部（〒103-0027 東京都中央区日本橋2-14-9）",
                    "下記のとおり注文いたします。",
                    "",
                ],
                "table": [
                    ["品目", "数量", "単価", "金額"],
                    ["TSUBASA Learning 追加ライセンス（2026/4〜2027/3）", "150 ID", "4,800", "720,000"],
                    ["動画配信容量 追加 500GB（年額）", "1", "180,000", "180,000"],
                    ["小計", "", "", "900,000"],
                    ["消費税（10%）", "", "", "90,000"],
                    ["合計", "", "", "990,000"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "purchase order PDF with order number and prices; business data only",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "elearning-033",
        "charset": "cp932",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["団体受付係 <dantai@biz-kentei.or.jp>"],
        "subject": "【団体申込】第48回 ビジネスコンプライアンス検定 受験者名簿",
        "body": """一般財団法人 ビジネス技能検定協会
団体受付係 御中

お世話になっております。
日の出産業株式会社 人事部の桐生と申します。

第48回ビジネスコンプライアンス検定（CBT方式）の団体申込をいたします。
受験者は以下の6名です（Excelから貼り付けております）。

受験者氏名\tフリガナ\t生年月日\t性別\t連絡先電話\tメールアドレス
四十物 香織\tアイモノ カオリ\t1992/05/18\t女\t090-3318-7724\taimono.kaori@hinode-sangyo.co.jp
小鳥遊 慎吾\tタカナシ シンゴ\t1987/10/03\t男\t080-6621-0459\ttakanashi.shingo@hinode-sangyo.co.jp
御手洗 瑞希\tミタライ ミズキ\t1995/02/26\t女\t070-2284-9136\tmitarai.mizuki@hinode-sangyo.co.jp
鍛冶 雄一郎\tカジ ユウイチロウ\t1981/09/11\t男\t090-7405-2280\tkaji.yuichiro@hinode-sangyo.co.jp
温水 千尋\tヌクミズ チヒロ\t1993/12/07\t女\t080-1947-5563\tnukumizu.chihiro@hinode-sangyo.co.jp
野々宮 拓\tノノミヤ タク\t1990/07/29\t男\t090-5560-3148\tnonomiya.taku@hinode-sangyo.co.jp

受験料（6名分 33,000円）は請求書払いでお願いいたします。
受験票は各受験者のメールアドレス宛にお送りください。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: six exam candidates, tab-separated in the body with birth dates, mobiles and e-mails, to the exam body",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "elearning-034",
        "charset": "utf-8",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": [
            "佐伯 俊介 <saeki.shunsuke@tsubasa-system.jp>",
            "三枝 美咲 <saegusa.misaki@tsubasa-system.jp>",
        ],
        "cc": ["小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>"],
        "subject": "2/12 定例会 議事録の送付",
        "body": """佐伯様、三枝様

お世話になっております。日の出産業の竹之内です。
昨日はお忙しいところありがとうございました。議事録を添付いたします。
内容に相違がございましたら、2/18（水）までにお知らせください。

竹之内
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "議事録_TSUBASA定例_20260212.docx",
                "title": "TSUBASA Learning 定例会 議事録",
                "paragraphs": [
                    "TSUBASA Learning 定例会 議事録",
                    "日時：2026年2月12日（木）14:00〜15:05　場所：日の出産業 7F 第3会議室",
                    "出席：ツバサシステム 佐伯様、三枝様／日の出産業 小野寺、竹之内、江波戸",
                    "1. 1月度の利用状況：アクティブ率 81%（前月比 +3pt）。モバイル利用が増加。",
                    "2. 新入社員アカウント：3/27までに一括登録。CSVは3/18に日の出産業から送付。",
                    "3. SSO切替：3/9 早朝に本番切替。前週に検証環境で最終確認。",
                    "4. 管理画面リニューアル：4/6リリース。操作説明会 3/4 に参加。",
                    "次回：3月12日（木）14:00",
                ],
                "tables": [
                    [
                        ["No", "アクション", "担当", "期限"],
                        ["1", "新入社員CSVの送付", "日の出産業 竹之内", "3/18"],
                        ["2", "SSO検証環境の設定完了", "ツバサ 槙野様", "3/2"],
                        ["3", "操作説明会の録画共有可否の確認", "ツバサ 三枝様", "2/20"],
                    ]
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meeting minutes (DOCX) to the vendor; names appear only as attendees and action owners",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "elearning-035",
        "charset": "iso-2022-jp",
        "sender": "江波戸 亮 <ebato.ryo@hinode-sangyo.co.jp>",
        "to": ["槙野 啓太 <makino.keita@tsubasa-system.jp>"],
        "subject": "検証環境用テストアカウントの件",
        "body": """槙野様

お世話になっております。日の出産業 情報システム部の江波戸です。
SSO検証環境に登録するテストアカウントは以下のとおりです。
いずれも検証専用のダミーアカウントで、実在の従業員ではありません。

ログインID                          表示名          権限
----------------------------------  --------------  ------------
lms-test01@hinode-sangyo.co.jp      テスト 受講者1  受講者
lms-test02@hinode-sangyo.co.jp      テスト 受講者2  受講者
lms-test03@hinode-sangyo.co.jp      テスト 受講者3  受講者
lms-test04@hinode-sangyo.co.jp      テスト 上長      上長（承認者）
lms-test05@hinode-sangyo.co.jp      テスト 管理者    テナント管理者

検証完了後（3/6予定）は削除をお願いいたします。
""" + SIG_EBATO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "five dummy test accounts, explicitly not real people: a list that looks like people but is not",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "elearning-036",
        "charset": "utf-8",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["小野寺 真弓 <onodera.mayumi@hinode-sangyou.co.jp>"],
        "cc": ["桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>"],
        "subject": "研修アンケート設問案（レビュー依頼）",
        "body": """小野寺さん

お疲れさまです。竹之内です。
来年度のeラーニング受講後アンケートの設問案を作りました。
設問を12問から8問に減らし、自由記述を1問にまとめています。

Q1 本コースの内容は業務に役立つと思いますか（5段階）
Q2 説明は分かりやすかったですか（5段階）
Q3 1回あたりの動画の長さは適切でしたか（短い／適切／長い）
Q4 受講に使った端末（PC／スマートフォン／タブレット）
Q5 受講した時間帯（業務時間内／時間外）
Q6 確認テストの難易度（易しい／適切／難しい）
Q7 同僚にこのコースを勧めますか（0〜10）
Q8 ご意見・ご要望（自由記述）

金曜までにコメントいただけると助かります。
竹之内
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: an internal memo whose To is hinode-sangyou.co.jp, a one-letter typo of the company's own domain",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "elearning-037",
        "charset": "utf-8",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["大曽根 一樹 <osone.kazuki@asahi-butsuryu.co.jp>"],
        "subject": "2026年度上期 集合研修・ライブ配信研修 日程のご案内",
        "body": """大曽根様

お世話になっております。日の出産業の竹之内です。
2026年度上期の研修日程が確定しましたのでご案内します。
貴社からの参加枠は各回の「グループ枠」の人数です。

日程           研修名                      形式            会場/配信        定員  グループ枠
-------------  --------------------------  --------------  ---------------  ----  ----------
4/2-4/3        新入社員導入研修            集合            本社 7F大会議室   60   10
5/14           管理職 1on1 実践            ライブ配信      Zoom              80   15
6/10-6/11      新任主任研修                集合（宿泊）    さくらホテル      24    4
7/8            ハラスメント防止（管理職）  ライブ配信      Zoom             100   20
9/16           DX基礎ワークショップ        集合            本社 7F大会議室   40    8

申込は各開催日の3週間前までに、TSUBASA Learning の申込画面からお願いします。
よろしくお願いいたします。
""" + SIG_TAKENOUCHI,
        "html": """<html><body>
<p>大曽根様</p>
<p>お世話になっております。日の出産業の竹之内です。<br>
2026年度上期の研修日程が確定しましたのでご案内します。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>日程</th><th>研修名</th><th>形式</th><th>会場/配信</th><th>定員</th><th>グループ枠</th></tr>
<tr><td>4/2-4/3</td><td>新入社員導入研修</td><td>集合</td><td>本社 7F大会議室</td><td>60</td><td>10</td></tr>
<tr><td>5/14</td><td>管理職 1on1 実践</td><td>ライブ配信</td><td>Zoom</td><td>80</td><td>15</td></tr>
<tr><td>6/10-6/11</td><td>新任主任研修</td><td>集合（宿泊）</td><td>さくらホテル</td><td>24</td><td>4</td></tr>
<tr><td>7/8</td><td>ハラスメント防止（管理職）</td><td>ライブ配信</td><td>Zoom</td><td>100</td><td>20</td></tr>
<tr><td>9/16</td><td>DX基礎ワークショップ</td><td>集合</td><td>本社 7F大会議室</td><td>40</td><td>8</td></tr>
</table>
<p>日の出産業株式会社 人事部 人材開発課　竹之内 健</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "training calendar (text + HTML alternative) to a group company: dates, courses, seat counts, no people",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "elearning-038",
        "charset": "cp932",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["TSUBASA Learning サポートデスク <lms-support@tsubasa-system.jp>"],
        "subject": "RE: 【TSUBASA サポート】CSV取込結果のご報告（受付番号 S-20260203-117）",
        "body": """サポートデスク御中

ご報告ありがとうございます。竹之内です。
5件とも人事システム側の所属コードが未反映だったことが原因でした。
本日17時に人事システムの連携が完了しますので、明朝の定時取込で
再処理されるかと思います。念のため明日お昼ごろ結果をご確認いただけますか。

よろしくお願いいたします。

-----Original Message-----
From: TSUBASA Learning サポートデスク <lms-support@tsubasa-system.jp>
Sent: Tuesday, February 3, 2026 11:48 AM
To: 竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>
Subject: 【TSUBASA サポート】CSV取込結果のご報告（受付番号 S-20260203-117）

日の出産業株式会社
竹之内様

本日の定時取込で、以下5件が所属コード不一致のため取込エラーとなりました。

社員番号,氏名,メールアドレス,所属コード
H21730,栗田 和真,kurita.kazuma@hinode-sangyo.co.jp,2107
H21744,桑名 絵里,kuwana.eri@hinode-sangyo.co.jp,2107
H21751,小柳 修平,koyanagi.shuhei@hinode-sangyo.co.jp,2107
H21768,坂巻 由梨,sakamaki.yuri@hinode-sangyo.co.jp,4105
H21779,汐見 亘,shiomi.wataru@hinode-sangyo.co.jp,4105

ご確認のほどよろしくお願いいたします。
TSUBASA Learning サポートデスク
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-row list sits under -----Original Message----- from the vendor's own mail; the new text has none",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "elearning-039",
        "charset": "utf-8",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["能登 清隆 <noto.kiyotaka@legalstudy.jp>"],
        "subject": "ハラスメント防止研修（貴社教材）受講後アンケート集計結果",
        "body": """株式会社リーガルスタディ
能登様

お世話になっております。日の出産業の小野寺です。
貴社教材「ハラスメント防止2025」の受講後アンケート（無記名）の
集計結果をお送りします。回答数は 1,046件（回答率 81%）でした。

自由記述から主なものを抜粋します（表現は一部要約しています）。
　・事例が具体的で、自分の職場に置き換えて考えやすかった
　・管理職向けの章が長く、一般社員には冗長に感じた
　・確認テストの選択肢が紛らわしい問題があった（第7問）
　・スマートフォンで字幕が小さく読みづらい

次回改訂のご参考になれば幸いです。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "csv",
                "name": "アンケート集計_ハラスメント防止2025.csv",
                "encoding": "utf-8",
                "rows": [
                    ["設問", "とても良い", "良い", "普通", "あまり良くない", "良くない", "平均(5点満点)"],
                    ["内容は業務に役立つ", "402", "455", "151", "29", "9", "4.16"],
                    ["説明の分かりやすさ", "388", "470", "148", "33", "7", "4.14"],
                    ["動画の長さ", "201", "398", "322", "97", "28", "3.64"],
                    ["確認テストの難易度", "176", "412", "349", "88", "21", "3.61"],
                    ["総合満足度", "335", "492", "170", "38", "11", "4.05"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "anonymous survey statistics (UTF-8 CSV) and unattributed comments to the content licensor",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "elearning-040",
        "charset": "iso-2022-jp",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["にほんごステップ 受講受付 <uketsuke@nihongo-step.jp>"],
        "subject": "技能実習生 日本語eラーニング 受講申込（3名）",
        "body": """株式会社にほんごステップ
受講受付ご担当者様

お世話になっております。日の出産業株式会社 人事部の桐生です。
4月から配属される技能実習生3名について、日本語eラーニング
（N3対策コース・12か月）の受講を申し込みます。
貴社申込書の項目に沿って記載いたします。

【受講者1】
　氏名（ローマ字）：NGUYEN VAN THANH
　生年月日　　　　：1999年4月12日
　在留カード番号　：UH48217365AB
　在留期間満了日　：2028年3月15日

【受講者2】
　氏名（ローマ字）：TRAN THI HOA
　生年月日　　　　：2001年8月30日
　在留カード番号　：KT70938412CE
　在留期間満了日　：2028年3月15日

【受講者3】
　氏名（ローマ字）：PHAM MINH DUC
　生年月日　　　　：2000年1月5日
　在留カード番号　：RN15604729FD
　在留期間満了日　：2028年3月15日

請求書は人事部 桐生宛にお送りください。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "identifier: residence card numbers (在留カード番号) of three trainees, with birth dates, sent to a language e-learning vendor",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "elearning-041",
        "charset": "utf-8",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["三枝 美咲 <saegusa.misaki@tsubasa-system.jp>"],
        "subject": "テナント管理者アカウント変更のお願い",
        "body": """三枝様

お世話になっております。日の出産業の竹之内です。
4月1日付の人事異動に伴い、テナント管理者を下記のとおり変更いたします。

■追加（テナント管理者）
　氏名：桐生 彩花（キリュウ アヤカ）
　所属：人事部 人材開発課
　メール：kiryu.ayaka@hinode-sangyo.co.jp
　電話：03-5201-4470（内線7325）

■権限変更（テナント管理者 → 一般管理者）
　竹之内 健

手続きに必要な申請書があればお送りください。
よろしくお願いいたします。
""" + SIG_TAKENOUCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one colleague's work contact registered as the new administrator: one person, may be warned",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "elearning-042",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["佐伯 俊介 <saeki.shunsuke@tsubasa-system.jp>"],
        "cc": ["柚木 遥 <yuzuki.haruka@learningforest.co.jp>"],
        "subject": "ラーニングフォレスト様教材のSCORM搭載に関するお打合せ",
        "body": """佐伯様
（Cc：ラーニングフォレスト 柚木様）

お世話になっております。日の出産業の小野寺です。

ラーニングフォレスト様の新教材（DXシリーズ5本）を TSUBASA Learning に
搭載するにあたり、技術的な確認事項を三者で整理させてください。

　・SCORM 1.2 と 2004 のどちらで納品いただくか
　・完了判定（合格点／視聴率）の設定をどちらで持つか
　・動画のストリーミング配信は TSUBASA 側のCDNでよいか

候補日：2月24日（火）10:00／2月25日（水）16:00／2月27日（金）13:00
（オンライン・60分程度）

ご都合をお知らせいただけますと幸いです。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (LMS vendor and content publisher) in To/Cc for a three-way meeting",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "elearning-043",
        "charset": "iso-2022-jp",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["新見 陽菜 <hina.niimi.0715@gmail.com>"],
        "subject": "【日の出産業】入社前eラーニングのご案内",
        "body": """新見 陽菜 様

こんにちは。日の出産業株式会社 人事部の桐生です。
内定式へのご出席、ありがとうございました。

ご案内していた入社前eラーニングの受講準備が整いましたのでお知らせします。

　受講サイト：https://hinode.tsubasa-learning.jp/
　ログインID：N26-0183
　初期パスワード：本日別途お送りするSMSをご確認ください

　受講コース（いずれも3月25日まで）
　　1. 社会人基礎（ビジネスマナー）約90分
　　2. 日の出産業の事業と製品 約40分
　　3. 情報セキュリティ入門 約30分

スマートフォンからも受講できます。
ログインできない場合は、このメールにご返信ください。
""" + SIG_KIRYU,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one prospective hire on gmail receives her own login ID: one free-mail recipient, no third party's data",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "elearning-044",
        "charset": "cp932",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["宍戸 紀子 <shishido.noriko@hinode-sangyo.co.jp>"],
        "subject": "【取扱注意】外部講師 個人番号のご連絡（支払調書用）",
        "body": """宍戸さん

お疲れさまです。人材開発課の竹之内です。
2月実施分の外部講師謝金について、支払調書作成用の情報をお送りします。
個人番号は本人から提供を受け、番号確認・身元確認済みです。

　講師氏名：織部 健司（オリベ ケンジ）
　住所　　：〒330-0063 埼玉県さいたま市浦和区高砂3-8-16
　個人番号：""" + _mn(3, "-") + """
　支払日　：2026年2月27日
　支払金額：110,000円（源泉徴収 11,231円）

確認後、本メールは削除をお願いいたします。

竹之内
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "My Number and a 取扱注意 marking, but sender and recipient are both internal (hinode-sangyo.co.jp)",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "elearning-045",
        "charset": "utf-8",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["健康管理室 <kenko-kanri@mail.hinode-sangyo.co.jp>"],
        "cc": ["小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>"],
        "subject": "受講配慮の相談（品質保証部 百目鬼さん）",
        "body": """健康管理室 ご担当者様

お疲れさまです。人材開発課の桐生です。

品質保証部の百目鬼 悠真さん（H18833）は聴覚障害（身体障害者手帳2級）があり、
必須研修の動画教材の受講方法について、ご本人と面談を行いました。

　・字幕付き教材への差し替えはベンダーに相談中
　・集合研修では要約筆記者の手配を検討
　・本人は補聴器の調子により、長時間の受講で頭痛が出ることがあるとのこと

長時間受講の負担について、産業医の先生のご意見を伺えますでしょうか。
面談記録は人事の共有フォルダ（アクセス制限あり）に保存しています。
""" + SIG_KIRYU,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "disability and health details of a named employee, but sent only internally (mail.hinode-sangyo.co.jp is an internal subdomain)",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "elearning-046",
        "charset": "utf-8",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["芳賀 千夏 <haga.chinatsu@sakura-hotel.jp>"],
        "subject": "【ルーミングリスト】3/5-6 新任主任研修",
        "html": """<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>さくらホテル 日本橋<br>宴会営業課　芳賀様</p>
<p>いつもお世話になっております。日の出産業の竹之内です。<br>
3月5日〜6日の新任主任研修のルーミングリストをお送りします。<br>
全員シングル・禁煙でお願いいたします。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>性別</th><th>携帯電話</th><th>チェックイン</th><th>部屋タイプ</th></tr>
<tr><td>1</td><td>宇佐美 剛志</td><td>男</td><td>090-2417-6630</td><td>3/5 8:30</td><td>シングル</td></tr>
<tr><td>2</td><td>大河内 礼子</td><td>女</td><td>080-7753-1209</td><td>3/5 8:30</td><td>シングル</td></tr>
<tr><td>3</td><td>香月 大輔</td><td>男</td><td>070-4402-8815</td><td>3/5 8:30</td><td>シングル</td></tr>
<tr><td>4</td><td>生駒 朋美</td><td>女</td><td>090-8836-2271</td><td>3/5 8:30</td><td>シングル</td></tr>
<tr><td>5</td><td>城之内 誠</td><td>男</td><td>080-3391-4476</td><td>3/5 8:30</td><td>シングル</td></tr>
<tr><td>6</td><td>蘇我 紀香</td><td>女</td><td>090-6128-0593</td><td>3/5 9:00</td><td>シングル</td></tr>
<tr><td>7</td><td>仲宗根 司</td><td>男</td><td>070-5584-3327</td><td>3/5 9:00</td><td>シングル</td></tr>
<tr><td>8</td><td>馬渕 亮介</td><td>男</td><td>080-9217-6042</td><td>3/5 9:00</td><td>シングル</td></tr>
</table>
<p>当日の緊急連絡先は各自の携帯電話となります。<br>
よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 人材開発課　竹之内 健<br>TEL：03-5201-4470</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: HTML-only mail with a rooming-list table of 8 participants and their mobile numbers to the hotel",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "elearning-047",
        "charset": "iso-2022-jp",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["乙部 直樹 <otobe.naoki@kawasaki-denki.co.jp>"],
        "subject": "Re: 安全衛生教育の受講状況について",
        "body": """乙部様

お世話になっております。日の出産業の竹之内です。
お問い合わせの件、2月13日時点の状況は以下のとおりです。

　・対象者：23名（3月から川崎工場構内で作業予定の者）
　・修了　：21名（うち確認テスト満点 6名）
　・未修了：2名（いずれも2月20日までに受講完了予定）

修了者の受講証明は、前回と同じ様式で2月末にまとめてお送りします。

竹之内

> 竹之内様
> 3月からの構内作業者について、安全衛生教育の受講状況を
> 人数ベースで結構ですので教えていただけますか。
> 川崎電機 乙部
""" + SIG_TAKENOUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "counts only (23 targeted, 21 completed) to a partner; no individuals",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "elearning-048",
        "charset": "utf-8",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["佐伯 俊介 <saeki.shunsuke@tsubasa-system.jp>"],
        "subject": "個人情報の取扱いに関する覚書（更新版）のご確認",
        "body": """佐伯様

お世話になっております。日の出産業の小野寺です。
TSUBASA Learning の契約更新にあわせ、個人情報の取扱いに関する覚書を
更新したいと考えております。更新版の案を添付いたします。

主な変更点は次のとおりです。
　・貴社に預託する項目を「氏名・メールアドレス・社員番号・所属・受講履歴」に限定
　・個人番号（マイナンバー）や要配慮個人情報は預託しない旨を明記
　・再委託先（データセンター事業者）の一覧提出と、変更時の事前通知
　・契約終了時のデータ消去証明書の提出

貴社のご意見をいただけますでしょうか。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "docx",
                "name": "個人情報の取扱いに関する覚書_2026更新案.docx",
                "paragraphs": [
                    "個人情報の取扱いに関する覚書（案）",
                    "日の出産業株式会社（以下「甲」）とツバサシステム株式会社（以下「乙」）は、"
                    "TSUBASA Learning 利用契約に関し、甲が乙に預託する個人情報の取扱いについて次のとおり合意する。",
                    "第1条（預託する個人情報）甲が乙に預託する個人情報は、受講者の氏名、メールアドレス、社員番号、所属"
                    "および受講履歴に限るものとし、甲は個人番号および要配慮個人情報を乙に預託しない。",
                    "第2条（安全管理措置）乙は、預託された個人情報について、漏えい、滅失またはき損の防止その他の安全管理"
                    "のために必要かつ適切な措置を講じる。",
                    "第3条（再委託）乙は、甲の書面による事前の承諾なく、預託された個人情報の取扱いを第三者に再委託しない。",
                    "第4条（事故時の対応）乙は、個人情報の漏えい等の事故が発生したときは、直ちに甲に報告する。",
                    "第5条（返還・消去）契約終了時、乙は預託された個人情報を消去し、消去証明書を甲に提出する。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a data-processing memorandum that names マイナンバー and 要配慮個人情報 as categories; no one's data",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "elearning-049",
        "charset": "cp932",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["大曽根 一樹 <osone.kazuki@asahi-butsuryu.co.jp>"],
        "subject": "【取扱注意】昇格候補者アセスメント研修 実施結果（総括）",
        "body": """【取扱注意】

大曽根様

お世話になっております。日の出産業の小野寺です。
1月に合同で実施した昇格候補者アセスメント研修の総括をお送りします。
個人別の評価結果は、別途貴社人事部長宛に手交いたします。

■実施概要
　日程：2026年1月22日〜23日　受講者：日の出産業 14名／朝陽物流 6名
　方式：事前eラーニング（3コース）＋インバスケット演習＋面接演習

■総括（貴社受講者6名の傾向）
　・計画立案、業務遂行の評価は全体平均を上回った
　・対人影響力、部下育成の項目で全体平均を0.4ポイント下回った
　・事前eラーニングの修了率は100%、確認テスト平均は 86.5点

■来年度への提言
　・対人影響力を補うため、主任層からの1on1研修の受講を推奨
　・アセスメント前の事前学習期間を4週間から6週間に延長

本資料は、貴社内でも関係者限りでのお取扱いをお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the mail itself is classified 【取扱注意】 in the subject and at the head of the body (aggregate content only)",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "elearning-050",
        "charset": "iso-2022-jp",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["lms-support@tsubasa-system.jp"],
        "subject": "Re: 【重要】定期メンテナンスのお知らせ（3/8 2:00-6:00）",
        "body": """サポートデスク御中

ご案内ありがとうございます。日の出産業の桐生です。
3/8の定期メンテナンスの件、承知いたしました。

夜勤の物流センターでは 2:00〜6:00 に受講する従業員がいるため、
社内ポータルで事前に告知いたします。
メンテナンス完了時にお知らせメールをいただけますと助かります。

桐生

> TSUBASA Learning をご利用の皆様
> 下記日程で定期メンテナンスを実施いたします。
> 日時：2026年3月8日（日）2:00〜6:00
> 影響：期間中は受講画面・管理画面ともにご利用いただけません。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short acknowledgement of a maintenance notice; nothing personal",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "elearning-051",
        "charset": "cp932",
        "sender": "宍戸 紀子 <shishido.noriko@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 請求ご担当 <billing@tsubasa-system.jp>"],
        "subject": "お支払いのご連絡（請求書 No. TS-2026-00318）",
        "body": """ツバサシステム株式会社
経理ご担当者様

いつもお世話になっております。日の出産業 経理部の宍戸です。
下記のとおりお振込みの手続きをいたしましたのでご連絡いたします。

　請求書番号：TS-2026-00318
　お支払金額：1,848,000円（税込）
　振込予定日：2026年2月27日（金）
　振込先　　：みどり銀行 丸の内支店 普通預金 3071846
　　　　　　　ツバサシステム（カ
　振込名義　：ヒノデサンギヨウ（カ

振込手数料は弊社負担としております。
ご確認のほどよろしくお願いいたします。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "payment notice with the vendor's company bank account and invoice number: a business account, not a person's",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "elearning-052",
        "charset": "utf-8",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["湯浅 祐介 <yuasa.yusuke@restart-coaching.co.jp>"],
        "subject": "個別コーチングプログラムのご依頼（1名）",
        "body": """株式会社リスタートコーチング
湯浅様

お世話になっております。日の出産業の小野寺です。
先日ご相談した個別プログラムについて、正式にお願いしたくご連絡しました。

対象者：物流本部 東日本センター　来栖 大輔（クルス ダイスケ、42歳）

経緯：昨年12月、私有車での飲酒運転により検挙され、社内では懲戒処分
（出勤停止7日）となりました。現在は社用車の運転業務から外れています。
再発防止と職場復帰に向けて、以下の内容でプログラムをお願いしたいと存じます。

　・アルコールと運転に関するeラーニング（貴社教材 RC-SAFE-03）
　・コーチング面談 月2回×3か月（オンライン）
　・終了時のレポート（本人の同意を得たうえで人事部に提出）

お見積りと開始可能日をお知らせいただけますと幸いです。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's arrest for drunk driving and disciplinary action sent to a coaching vendor",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "elearning-053",
        "charset": "utf-8",
        "sender": "Mayumi Onodera <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["Rachel Denholm <rachel.denholm@skillharbor.com>"],
        "subject": "Q3 usage summary for royalty calculation",
        "body": """Hi Rachel,

As agreed in our licence terms (Section 6.2), please find attached the usage
summary for October-December 2025. The figures are aggregated per course and
contain no learner-level data.

Highlights:
- 287 active learners out of 300 seats (95.7%)
- 1,164 course completions in total
- Most popular: "Data Storytelling Essentials" (214 completions)

Let me know if you need the data in a different format.
""" + SIG_EN,
        "attachments": [
            {
                "kind": "csv",
                "name": "skillharbor_usage_2025Q3.csv",
                "encoding": "utf-8",
                "rows": [
                    ["course_id", "course_title", "enrolments", "completions", "hours_watched"],
                    ["SH-DL-104", "Data Storytelling Essentials", "251", "214", "602.5"],
                    ["SH-DL-118", "SQL for Business Analysts", "198", "141", "733.0"],
                    ["SH-LD-201", "Leading Remote Teams", "176", "160", "351.2"],
                    ["SH-LD-233", "Giving Feedback That Works", "203", "189", "298.7"],
                    ["SH-PM-140", "Agile Project Basics", "187", "152", "410.9"],
                    ["SH-EN-310", "Business English: Meetings", "342", "308", "845.4"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail with an aggregated per-course usage CSV for a foreign licensor; no learner data",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "elearning-054",
        "charset": "cp932",
        "sender": "江波戸 亮 <ebato.ryo@hinode-sangyo.co.jp>",
        "to": ["槙野 啓太 <makino.keita@tsubasa-system.jp>"],
        "subject": "テナント組織設定用 拠点マスタの送付",
        "body": """槙野様

お世話になっております。情報システム部の江波戸です。
テナントの拠点設定（集合研修の会場選択肢）に使う拠点マスタを送付します。
拠点の代表番号・所在地のみで、個人の情報は含んでおりません。

よろしくお願いいたします。
""" + SIG_EBATO,
        "attachments": [
            {
                "kind": "csv",
                "name": "拠点マスタ_20260401.csv",
                "encoding": "cp932",
                "rows": [
                    ["拠点コード", "拠点名", "郵便番号", "所在地", "代表電話"],
                    ["B001", "本社", "103-0027", "東京都中央区日本橋2-14-9 日の出ビル", "03-5201-4470"],
                    ["B010", "大阪支店", "541-0053", "大阪府大阪市中央区本町3-6-11", "06-6263-1802"],
                    ["B011", "名古屋営業所", "460-0008", "愛知県名古屋市中区栄2-9-26", "052-221-5530"],
                    ["B012", "福岡営業所", "812-0011", "福岡県福岡市博多区博多駅前3-4-8", "092-472-3361"],
                    ["B020", "川崎工場", "210-0858", "神奈川県川崎市川崎区大川町5-1", "044-333-2871"],
                    ["B030", "東日本物流センター", "340-0813", "埼玉県八潮市木曽根1180", "048-995-6620"],
                    ["B031", "西日本物流センター", "567-0865", "大阪府茨木市横江2-3-1", "072-631-4408"],
                    ["B040", "研修センター（つくば）", "305-0047", "茨城県つくば市千現1-22-5", "029-851-7702"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's own sites with addresses and switchboards: businesses, not people",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "elearning-055",
        "charset": "iso-2022-jp",
        "sender": "江波戸 亮 <ebato.ryo@hinode-sangyo.co.jp>",
        "to": ["槙野 啓太 <makino.keita@tsubasa-system.jp>"],
        "subject": "組織コードマスタ（2026年4月改定版）",
        "body": """槙野様

江波戸です。4月1日付の組織改定を反映した組織コードマスタをお送りします。
「変更履歴」シートに新設・廃止・名称変更をまとめています。
3月30日の夜間バッチでの反映をお願いできますでしょうか。
""" + SIG_EBATO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "組織コードマスタ_2026年4月.xlsx",
                "sheets": {
                    "組織": [
                        ["組織コード", "組織名", "上位組織コード", "階層", "有効開始日"],
                        ["1000", "営業本部", "", 1, "2026/04/01"],
                        ["1101", "第一営業部", "1000", 2, "2026/04/01"],
                        ["1102", "第二営業部", "1000", 2, "2026/04/01"],
                        ["1103", "大阪支店", "1000", 2, "2026/04/01"],
                        ["1104", "DX営業推進部", "1000", 2, "2026/04/01"],
                        ["2000", "製造本部", "", 1, "2026/04/01"],
                        ["2101", "生産管理部", "2000", 2, "2026/04/01"],
                        ["2103", "品質保証部", "2000", 2, "2026/04/01"],
                        ["2104", "技術開発部", "2000", 2, "2026/04/01"],
                        ["3000", "管理本部", "", 1, "2026/04/01"],
                        ["3101", "総務部", "3000", 2, "2026/04/01"],
                        ["3201", "経理部", "3000", 2, "2026/04/01"],
                        ["3301", "人事部", "3000", 2, "2026/04/01"],
                    ],
                    "変更履歴": [
                        ["区分", "組織コード", "旧名称", "新名称"],
                        ["新設", "1104", "", "DX営業推進部"],
                        ["名称変更", "2104", "開発部", "技術開発部"],
                        ["廃止", "1105", "営業企画部", ""],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "organisation-code master (XLSX, two sheets): departments only, no people",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "elearning-056",
        "charset": "utf-8",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["TSUBASA Learning サポートデスク <lms-support@tsubasa-system.jp>"],
        "subject": "FW: 【営業本部】ライブ研修参加者の登録について",
        "body": """サポートデスク御中

お世話になっております。日の出産業の竹之内です。
営業本部から下記の依頼がありましたので転送いたします。
ライブ研修「提案型営業の基礎」3月12日回に、下記6名を追加登録いただけますか。

---------- Forwarded message ----------
差出人: 猪瀬 敦 <inose.atsushi@hinode-sangyo.co.jp>
送信日時: 2026年2月16日 9:42
宛先: 竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>
件名: 【営業本部】ライブ研修参加者の登録について

竹之内さん

お疲れさまです。営業企画の猪瀬です。
3/12のライブ研修に、営業本部から以下のメンバーを参加させたいです。
当日の接続トラブル時の連絡用に携帯番号も入れておきます。

・陣内 翔太（営業一課）jinnai.shota@hinode-sangyo.co.jp／080-4471-2209
・千代田 恵（営業一課）chiyoda.megumi@hinode-sangyo.co.jp／""" + _zen("090-3356-7812") + """
・真栄田 光（営業二課）maeda.hikaru@hinode-sangyo.co.jp／070-1183-4590
・阿部川 大地（営業二課）abekawa.daichi@hinode-sangyo.co.jp／080-6634-0271
・奈良橋 詩乃（営業企画課）narahashi.shino@hinode-sangyo.co.jp／""" + _zen("090-2208-9354") + """
・早乙女 拓真（営業企画課）saotome.takuma@hinode-sangyo.co.jp／080-7719-4683

よろしくお願いします。
猪瀬
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: a forwarded internal mail with six people's e-mails and mobiles, new text to the vendor (a forward counts)",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "elearning-057",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["穂積 亮太 <hozumi.ryota@studio-akari.co.jp>"],
        "subject": "収録日程調整：講師の連絡先のご共有",
        "body": """株式会社スタジオ燈
穂積様

お世話になっております。日の出産業の小野寺です。
「管理職のための労務管理」の収録について、講師の古閑先生と直接
日程調整していただくことになりました。先生のご了承を得て、
連絡先を共有いたします。

　講師：古閑 直人 先生（古閑経営研究所 代表）
　携帯：090-6271-3358
　メール：koga@koga-keiei.jp

収録は3月中旬、貴社スタジオ（半日）を想定しております。
決まりましたら私にもCcでお知らせください。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one instructor's business contact shared with his consent: a single person, may be warned",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "elearning-058",
        "charset": "cp932",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["三枝 美咲 <saegusa.misaki@tsubasa-system.jp>"],
        "subject": "2/27 貴社ご訪問者のご連絡",
        "body": """三枝様

お世話になっております。日の出産業の小野寺です。
2月27日（金）13:30の新機能デモ（貴社本社）には、以下3名で伺います。
入館登録のため氏名と当日の連絡先をお知らせいたします。

　小野寺 真弓　人事部 人材開発課　携帯 080-2945-7716
　竹之内 健　　人事部 人材開発課　携帯 090-4438-1052
　江波戸 亮　　情報システム部　　 携帯 070-3862-5591

受付の場所など、当日の流れをお知らせいただけますと幸いです。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three visitors' names and mobiles for building access: a short list under five, may be warned",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "elearning-059",
        "charset": "iso-2022-jp",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["東和自動車学校 法人窓口 <hojin@towa-drive.co.jp>"],
        "subject": "フォークリフト運転技能講習（学科eラーニング併用）受講申込",
        "body": """東和自動車学校
法人窓口ご担当者様

お世話になっております。日の出産業株式会社 人事部の竹之内です。
学科をeラーニングで受講するフォークリフト運転技能講習（11時間コース）に、
弊社従業員1名の受講を申し込みます。

　氏名　　　　：梶浦 誠司（カジウラ セイジ）
　生年月日　　：昭和61年7月9日
　住所　　　　：〒210-0004 神奈川県川崎市川崎区宮本町6-2-14
　運転免許証番号：第 452108316720 号（普通）
　希望日程　　：実技 3月14日（土）・15日（日）

受講料は請求書払いでお願いいたします。
免許証の写しが必要でしたらお知らせください。
""" + SIG_TAKENOUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "identifier: an employee's driver's licence number with birth date and home address to a driving school",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "elearning-060",
        "charset": "utf-8",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["TSUBASA ユーザー会 事務局 <usergroup@tsubasa-system.jp>"],
        "subject": "TSUBASA ユーザー会 2026 参加申込",
        "body": """TSUBASA ユーザー会 事務局 御中

日の出産業株式会社の桐生です。
5月20日開催のユーザー会に、弊社から2名参加を申し込みます。

　1) 桐生 彩花　人事部 人材開発課　kiryu.ayaka@hinode-sangyo.co.jp
　2) 黒須 蓮　　情報システム部　　 kurosu.ren@hinode-sangyo.co.jp

懇親会は2名とも参加いたします。
事例発表枠の募集がありましたら、あわせてご案内ください。
""" + SIG_KIRYU,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "event registration for two colleagues with work e-mails: under five people",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "elearning-061",
        "charset": "cp932",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["若狭 奈緒 <wakasa.nao@kotonoha-trans.co.jp>"],
        "subject": "eラーニング教材 英語・ベトナム語字幕翻訳のお見積り依頼",
        "body": """株式会社ことのは翻訳
若狭様

はじめてご連絡いたします。
日の出産業株式会社 人事部 人材開発課の小野寺と申します。
ツバサシステムの佐伯様よりご紹介いただきました。

弊社の安全教育eラーニング教材について、英語・ベトナム語の字幕翻訳を
お願いしたく、お見積りをご依頼いたします。

　・対象：動画12本（合計148分）、日本語字幕ファイル（SRT）あり
　・言語：英語、ベトナム語
　・専門用語：フォークリフト、玉掛け、危険予知（KY）など
　・納品形式：SRT、用語集（Excel）
　・希望納期：5月末

原稿のサンプルは、秘密保持契約の締結後にお送りいたします。
ご検討のほどよろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "translation quote request to a new vendor; mentions an NDA, no personal data",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "elearning-062",
        "charset": "iso-2022-jp",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>"],
        "subject": "FW: 【TSUBASA】1月度 利用状況レポート",
        "body": """小野寺さん

お疲れさまです。桐生です。
ツバサシステムから1月度の利用状況レポートが届きましたので転送します。
アクティブ率が81%まで上がっています。定例会の資料に使います。

桐生
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "【TSUBASA】1月度 利用状況レポート.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "TSUBASA Learning レポート <lms-report@tsubasa-system.jp>",
                    "to": ["人材開発課 <jinzai-kaihatsu@hinode-sangyo.co.jp>"],
                    "subject": "【TSUBASA】1月度 利用状況レポート",
                    "body": """日の出産業株式会社 ご担当者様

TSUBASA Learning の2026年1月度 利用状況レポートをお送りします。

　登録ユーザー数　　：1,214
　アクティブユーザー：983（81.0%）
　受講開始　　　　　：3,406件
　修了　　　　　　　：2,877件
　平均受講時間　　　：1人あたり 2.4時間
　モバイル比率　　　：27.5%

詳細は管理画面の「レポート＞月次」からダウンロードいただけます。
ツバサシステム株式会社 ラーニング事業部
""",
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal forward (attached .eml) of the vendor's aggregate monthly report; all recipients internal",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "elearning-063",
        "charset": "utf-8",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["多賀 美奈子 <taga.minako@aoba-unyu.co.jp>"],
        "subject": "合同安全研修 修了証（PDF）の送付",
        "body": """青葉運輸株式会社
多賀様

お世話になっております。日の出産業の竹之内です。
1月の合同安全研修に参加された貴社従業員の方の修了証をお送りします。

PDFにはパスワードを設定しております。
パスワードは、先日お電話でお伝えした8桁の数字です。

ご確認のほどよろしくお願いいたします。
""" + SIG_TAKENOUCHI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "修了証_合同安全研修_青葉運輸様.pdf",
                "password": "20260130",
                "title": "修了証",
                "lines": [
                    "修　了　証",
                    "合同安全研修（eラーニング＋実技）2026年1月",
                    "日の出産業株式会社 人事部 人材開発課",
                ],
                "table": [
                    ["氏名", "所属", "修了日"],
                    ["楠本 健太", "青葉運輸 横浜営業所", "2026/01/30"],
                    ["鶴見 早紀", "青葉運輸 横浜営業所", "2026/01/30"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected PDF to a partner; its content cannot be inspected",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "elearning-064",
        "charset": "cp932",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["大曽根 一樹 <osone.kazuki@asahi-butsuryu.co.jp>"],
        "subject": "FW: 【TSUBASA Learning】新機能リリースのお知らせ（2026年3月）",
        "body": """大曽根様

お世話になっております。竹之内です。
ツバサシステムから新機能のお知らせが届きましたので、ご参考までに転送します。
「シフト勤務者向けの受講リマインド（SMS）」は貴社のDCで使えそうです。
利用を希望される場合はお知らせください。設定はこちらで行います。

竹之内
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "新機能リリースのお知らせ.eml",
                "message": {
                    "charset": "utf-8",
                    "sender": "TSUBASA Learning 運営事務局 <info@tsubasa-system.jp>",
                    "to": ["TSUBASA Learning 管理者各位 <lms-admins@tsubasa-system.jp>"],
                    "subject": "【TSUBASA Learning】新機能リリースのお知らせ（2026年3月）",
                    "body": """TSUBASA Learning 管理者各位

いつも TSUBASA Learning をご利用いただきありがとうございます。
3月16日に以下の新機能をリリースいたします。

1. シフト勤務者向け受講リマインド（SMS送信）
2. コース修了時のバッジ発行（Open Badges 3.0 対応）
3. 管理画面のダッシュボード刷新（部署別修了率のグラフ表示）
4. 動画の倍速再生（最大2.0倍）の管理者による制御

詳細はリリースノートをご覧ください。
ツバサシステム株式会社 ラーニング事業部
""",
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward (attached .eml) of the vendor's product announcement to a group company; no personal data",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "elearning-065",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["穂積 亮太 <hozumi.ryota@studio-akari.co.jp>"],
        "subject": "撮影用台本・スライド一式の送付",
        "body": """穂積様

お世話になっております。日の出産業の小野寺です。
3月18日の撮影に向けて、台本（v3）とスライド一式をZIPでお送りします。
スライドは撮影時にモニター表示し、編集でインサートしていただく想定です。

変更点は readme に記載しています。
よろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "zip",
                "name": "労務管理_撮影素材_v3.zip",
                "files": [
                    {
                        "kind": "pptx",
                        "name": "スライド_第1章_労働時間.pptx",
                        "slides": [
                            ["第1章 労働時間の管理", "法定労働時間と所定労働時間", "36協定と上限規制"],
                            ["管理職のチェックポイント", "勤怠データの確認頻度", "長時間労働の兆候"],
                        ],
                    },
                    {
                        "kind": "pdf",
                        "name": "台本_v3.pdf",
                        "lines": [
                            "「管理職のための労務管理」撮影台本 v3",
                            "シーン1（講師・正面）：皆さん、こんにちは。今日は労働時間の管理について考えます。",
                            "シーン2（スライド1）：まず、法定労働時間は1日8時間、週40時間です。",
                            "シーン3（講師・斜め）：では、月末に残業が集中する職場では何が起きるでしょうか。",
                        ],
                    },
                    {
                        "kind": "txt",
                        "name": "readme.txt",
                        "text": "v3 変更点\n- シーン3 のセリフを短縮\n- スライド2 に上限規制の図を追加\n- 収録時間の目安 22分\n",
                    },
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of a script PDF, slides PPTX and readme for the video studio; no personal data",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "elearning-066",
        "charset": "utf-8",
        "sender": "江波戸 亮 <ebato.ryo@hinode-sangyo.co.jp>",
        "to": ["槙野 啓太 <makino.keita@tsubasa-system.jp>"],
        "cc": ["竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>"],
        "subject": "旧LMSからの移行データ（ユーザー・受講履歴）送付",
        "body": """槙野様

お世話になっております。情報システム部の江波戸です。
旧LMSからの移行データ（サンプル：製造本部分）をZIPでお送りします。
取込テストの結果を確認してから、全社分をお渡しします。

　users.csv：ユーザー（UTF-8、ヘッダーあり）
　history.csv：受講履歴（2019年度以降）

文字コードや日付形式に問題があればご連絡ください。
""" + SIG_EBATO,
        "attachments": [
            {
                "kind": "zip",
                "name": "migration_sample_seizo.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "users.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["user_id", "name", "name_kana", "email", "dept_code", "hire_date", "last_login"],
                            ["u20115", "浅葉 聡", "アサバ サトシ", "asaba.satoshi@hinode-sangyo.co.jp", "2101", "2011-04-01", "2026-01-28"],
                            ["u20241", "井筒 麻衣", "イヅツ マイ", "izutsu.mai@hinode-sangyo.co.jp", "2101", "2014-04-01", "2026-02-02"],
                            ["u20377", "鵜飼 俊介", "ウカイ シュンスケ", "ukai.shunsuke@hinode-sangyo.co.jp", "2103", "2009-10-01", "2025-12-19"],
                            ["u20402", "江頭 由紀", "エガシラ ユキ", "egashira.yuki@hinode-sangyo.co.jp", "2103", "2017-04-01", "2026-02-05"],
                            ["u20519", "大日向 健", "オオヒナタ ケン", "ohinata.ken@hinode-sangyo.co.jp", "2104", "2006-04-01", "2026-01-15"],
                            ["u20633", "柏木 千夏", "カシワギ チナツ", "kashiwagi.chinatsu@hinode-sangyo.co.jp", "2104", "2019-04-01", "2026-02-09"],
                            ["u20708", "鬼塚 隼人", "オニヅカ ハヤト", "onizuka.hayato@hinode-sangyo.co.jp", "2101", "2021-04-01", "2026-02-06"],
                            ["u20851", "久我 奈央", "クガ ナオ", "kuga.nao@hinode-sangyo.co.jp", "2103", "2016-07-01", "2025-11-30"],
                            ["u20964", "小此木 隆", "オコノギ タカシ", "okonogi.takashi@hinode-sangyo.co.jp", "2104", "2003-04-01", "2026-01-22"],
                            ["u21030", "財前 沙耶", "ザイゼン サヤ", "zaizen.saya@hinode-sangyo.co.jp", "2101", "2022-04-01", "2026-02-10"],
                        ],
                    },
                    {
                        "kind": "csv",
                        "name": "history.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["user_id", "course_code", "status", "score", "completed_at"],
                            ["u20115", "SEC-2019", "completed", "90", "2019-06-12"],
                            ["u20115", "SEC-2020", "completed", "85", "2020-06-03"],
                            ["u20241", "SEC-2020", "completed", "100", "2020-05-28"],
                            ["u20377", "HAR-2021", "completed", "80", "2021-09-14"],
                            ["u20402", "HAR-2021", "in_progress", "", ""],
                        ],
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: a plain ZIP with a UTF-8 users.csv of 10 employees (name, kana, e-mail, hire date) for data migration",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "elearning-067",
        "charset": "cp932",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["柚木 遥 <yuzuki.haruka@learningforest.co.jp>"],
        "subject": "ハラスメント防止研修 ケーススタディ台本（弊社カスタマイズ版）",
        "body": """柚木様

お世話になっております。小野寺です。
カスタマイズ版のケーススタディ台本をお送りします。
登場人物・設定はすべて架空のもので、弊社の実際の事案とは関係ありません。
弊社の業態（物流センター）に合わせて場面を変更しています。

ご確認のうえ、ナレーション収録の手配をお願いいたします。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "docx",
                "name": "ケーススタディ台本_物流センター編.docx",
                "paragraphs": [
                    "ケーススタディ：物流センターでの出来事（架空の事例です）",
                    "登場人物：A課長（センター長代理・40代）、Bさん（入社2年目・フォークリフト担当）、Cさん（パート・シフトリーダー）",
                    "場面1：繁忙期の朝礼。A課長がBさんのミスを全員の前で強い口調で指摘する。",
                    "場面2：休憩室。CさんがBさんに声をかけ、Bさんは「もう辞めたい」とこぼす。",
                    "場面3：A課長が面談でBさんに「気合が足りない」と言い、翌月のシフトを一方的に変更する。",
                    "問い1：A課長の言動のうち、パワーハラスメントに該当しうるものはどれか。",
                    "問い2：Cさんがとれる行動として、適切なものを選びなさい。",
                    "解説：業務上必要な指導であっても、人前での叱責や人格を否定する言動は…",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a case-study script with fictional characters (A課長, Bさん): no real people",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "elearning-068",
        "charset": "iso-2022-jp",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["大曽根 一樹 <osone.kazuki@asahi-butsuryu.co.jp>"],
        "subject": "【パスワード】12月度 eラーニング修了者一覧",
        "body": """大曽根様

先ほどお送りした「修了者一覧_202512.zip」のパスワードをお知らせします。

　パスワード：Asahi#2026

よろしくお願いいたします。
竹之内
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password mail of a PPAP pair: no attachment and no personal data of its own",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "elearning-069",
        "charset": "utf-8",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["舟生 祐樹 <funyu.yuki@worldbridge-travel.co.jp>"],
        "subject": "シンガポール海外研修（5/18-23）航空券手配の件",
        "body": """株式会社ワールドブリッジトラベル
法人営業部　舟生様

お世話になっております。日の出産業の桐生です。
グローバル人材育成プログラム（事前eラーニング＋現地研修）で渡航する
2名の航空券・ホテルの手配をお願いいたします。
旅券記載どおりの情報をお送りします。

1. 氏名（旅券表記）：OBATA KENJI
   旅券番号：TR4827136
   生年月日：1984年9月3日
   旅券有効期限：2031年7月22日

2. 氏名（旅券表記）：ASAHINA RIE
   旅券番号：TZ1093358
   生年月日：1990年2月17日
   旅券有効期限：2029年11月8日

フライト：5/18 羽田発 → 5/23 シンガポール発（エコノミー）
ホテル：研修先（NUS付近）徒歩圏、シングル2室・5泊

お見積りをいただけますと幸いです。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "identifier: two employees' passport numbers with birth dates sent to a travel agency",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "elearning-070",
        "charset": "utf-8",
        "sender": "Mayumi Onodera <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["Rachel Denholm <rachel.denholm@skillharbor.com>"],
        "subject": "Primary admin contact for our SkillHarbor tenant",
        "body": """Hi Rachel,

From April 1 our primary administrator for the SkillHarbor tenant will change.
Could you update your records and give her full admin rights?

  Name:  Ayaka Kiryu
  Title: Learning & Development, HR Department
  Email: kiryu.ayaka@hinode-sangyo.co.jp
  Phone: +81-3-5201-4470 (ext. 7325)

I will remain as the secondary contact until the end of June.

Thanks,
Mayumi
""" + SIG_EN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "English: one colleague registered as tenant admin (name and work e-mail); one person, may be warned",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "elearning-071",
        "charset": "iso-2022-jp",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["大曽根 一樹 <osone.kazuki@asahi-butsuryu.co.jp>"],
        "subject": "未修了者数レポート（部署別・2月15日時点）",
        "body": """大曽根様

竹之内です。TSUBASA の管理画面から出力した、部署別の未修了者数レポート
（HTML）をお送りします。ブラウザで開いてご覧ください。
人数のみで、個人名は含まれておりません。

千葉DCは夜勤帯の方が多いため、3月上旬に休憩室でのタブレット受講会を
開く予定です。
""" + SIG_TAKENOUCHI,
        "attachments": [
            {
                "kind": "html",
                "name": "report_incomplete_20260215.html",
                "html": """<html><head><meta charset="utf-8"><title>未修了者数レポート</title></head><body>
<h2>未修了者数レポート（部署別）2026-02-15 時点</h2>
<p>テナント：朝陽物流株式会社／対象コース：情報セキュリティ基礎、ハラスメント防止</p>
<table border="1"><tr><th>部署</th><th>対象者数</th><th>未修了者数</th><th>未修了率</th></tr>
<tr><td>本社 総務課</td><td>18</td><td>0</td><td>0.0%</td></tr>
<tr><td>横浜営業所</td><td>24</td><td>2</td><td>8.3%</td></tr>
<tr><td>千葉DC</td><td>96</td><td>21</td><td>21.9%</td></tr>
<tr><td>厚木DC</td><td>88</td><td>17</td><td>19.3%</td></tr>
<tr><td>川越DC</td><td>72</td><td>6</td><td>8.3%</td></tr>
<tr><td>配車センター</td><td>31</td><td>2</td><td>6.5%</td></tr>
</table>
<p>出力：TSUBASA Learning 管理画面 ＞ レポート ＞ 未修了者集計</p>
</body></html>""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML report attachment with counts per department only",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "elearning-072",
        "charset": "cp932",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["佐伯 俊介 <saeki.shunsuke@tsubasa-system.jp>"],
        "subject": "Re: 導入事例インタビューのお願い",
        "body": """佐伯様

お世話になっております。小野寺です。
導入事例インタビューのお声がけ、ありがとうございます。

社内で検討いたしましたが、今回は辞退させていただきたく存じます。
インタビューでお話しする内容に、貴社との秘密保持契約の対象となる
教育体系の情報や、受講データの分析結果が含まれてしまうことが
理由でございます。せっかくお声がけいただいたのに申し訳ございません。

社名を出さない形での統計データのご提供（業種・従業員規模のみ）で
よろしければ、あらためてご相談ください。

> 小野寺様
> 弊社ウェブサイトの導入事例として、日の出産業様のご活用事例を
> ご紹介させていただけないでしょうか。所要時間は60分程度です。
> 佐伯
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "declining a case-study interview, mentioning the NDA; no data",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "elearning-073",
        "charset": "utf-8",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["穂積 亮太 <hozumi.ryota@studio-akari.co.jp>"],
        "subject": "講師陣の連絡先一覧（収録スケジュール調整用）",
        "body": """穂積様

お世話になっております。小野寺です。
来年度に収録予定の5コースについて、各講師の窓口（事務所の連絡先）を
まとめました。各講師から、貴社と直接やり取りしてよいとの了承を得ています。

■古閑 直人 先生（古閑経営研究所）
　koga@koga-keiei.jp　／　090-6271-3358
■榊 智美 先生（榊人材コンサルティング）
　sakaki@sakaki-hrc.co.jp　／　03-6457-2210
■長瀬 雅 先生（株式会社ミヤビ・ラーニング）
　m.nagase@miyabi-learning.jp　／　080-5512-7403
■織部 健司 先生（織部社労士事務所）
　oribe@oribe-sr.jp　／　048-824-6115
■富坂 春菜 先生（株式会社ハルナ研修企画）
　tomisaka@haruna-kikaku.co.jp　／　090-1288-4619

収録日程の候補が出そろいましたら、一覧でご共有ください。
""" + SIG_ONODERA,
        "expect": "either",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "either: five people's records, but each is a professional's business contact at their own firm, shared with consent",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "elearning-074",
        "charset": "iso-2022-jp",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": [
            "真壁 敦子 <atsuko.makabe.coach@gmail.com>",
            "古閑 直人 <koga.naoto.office@yahoo.co.jp>",
            "長瀬 雅 <miyabi-nagase@icloud.com>",
            "榊 智美 <t.sakaki.training@outlook.jp>",
        ],
        "subject": "【御礼】講師研修会 ご参加ありがとうございました",
        "body": """講師の皆様

日の出産業株式会社 人事部の桐生です。
先日は講師研修会にご参加いただき、誠にありがとうございました。

当日ご説明した TSUBASA Learning の講師用画面（受講者の進捗確認・
課題のフィードバック）は、4月から利用できるようになります。
講師用アカウントのご案内は3月中旬にお送りいたします。

当日のスライドは以下からダウンロードいただけます（3月末まで）。
　https://share.hinode-sangyo.co.jp/s/lecturer-0214

今後ともどうぞよろしくお願いいたします。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "visible parties: four private persons on four free-mail domains all in To can see each other's addresses",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "elearning-075",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["佐伯 俊介 <saeki.shunsuke@tsubasa-system.jp>"],
        "subject": "ライセンス契約書（締結版）の送付",
        "body": """佐伯様

お世話になっております。小野寺です。
電子契約で締結したライセンス契約書のPDFをお送りします。
貴社控えとして保管をお願いいたします。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "TSUBASA_Learning_ライセンス契約書_締結版.pdf",
                "title": "TSUBASA Learning ライセンス契約書",
                "lines": [
                    "TSUBASA Learning ライセンス契約書",
                    "甲：日の出産業株式会社（法人番号 " + CORP_HINODE + "）",
                    "　　東京都中央区日本橋2-14-9　代表取締役 社長執行役員",
                    "乙：ツバサシステム株式会社（法人番号 " + CORP_TSUBASA + "）",
                    "　　東京都港区芝浦3-9-1　代表取締役",
                    "第1条（目的）乙は甲に対し、TSUBASA Learning の利用を許諾する。",
                    "第2条（ライセンス数）1,350 ID",
                    "第3条（契約期間）2026年4月1日から2027年3月31日まで",
                    "第4条（利用料）年額 6,480,000円（税別）",
                    "第5条（秘密保持）甲乙は、本契約に関して知り得た相手方の秘密情報を第三者に開示しない。",
                    "電子署名日：2026年3月2日",
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "signed licence contract PDF with both companies' 法人番号; business identifiers, no people",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "elearning-076",
        "charset": "cp932",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["芦田 恵子 <ashida.keiko@minato-roumu.jp>"],
        "subject": "人材開発支援助成金 訓練実施状況報告用 受講者名簿",
        "body": """社会保険労務士法人みなと労務
芦田先生

いつもお世話になっております。日の出産業の竹之内です。
人材開発支援助成金（人への投資促進コース・定額制訓練）の支給申請用に、
受講者名簿をお送りします。古い様式のままで恐縮ですが、xls形式です。

訓練時間はTSUBASA Learning の受講ログから集計しています。
不足している項目がございましたらご指示ください。
""" + SIG_TAKENOUCHI,
        "attachments": [
            {
                "kind": "xls",
                "name": "受講者名簿_定額制訓練_2025下期.xls",
                "sheets": {
                    "受講者名簿": [
                        ["人材開発支援助成金 受講者名簿（定額制訓練）"],
                        ["事業所名：日の出産業株式会社"],
                        ["No", "氏名", "生年月日", "雇用保険被保険者番号", "雇用形態", "訓練時間", "修了"],
                        [1, "芹沢 啓太", "H9.3.8", "5012-458832-7", "正社員", "24.5", "修了"],
                        [2, "立花 美咲", "H7.10.19", "5012-461920-3", "正社員", "21.0", "修了"],
                        [3, "都築 裕也", "H5.6.1", "5012-447715-9", "正社員", "30.0", "修了"],
                        [4, "徳永 花蓮", "H10.1.24", "5012-472208-1", "契約社員", "18.5", "修了"],
                        [5, "中禅寺 昇", "H4.8.13", "5012-439964-0", "正社員", "26.0", "修了"],
                        [6, "西園寺 葵", "H8.5.30", "5012-465513-6", "正社員", "22.5", "修了"],
                        [7, "波多野 優斗", "H6.11.27", "5012-451076-2", "契約社員", "19.0", "修了"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: legacy XLS of 7 trainees with birth dates and employment-insurance numbers sent to the labour consultant",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "elearning-077",
        "charset": "utf-8",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["多賀 美奈子 <taga.minako@aoba-unyu.co.jp>"],
        "cc": [
            "佐伯 俊介 <saeki.shunsuke@tsubasa-system.jp>",
            "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        ],
        "subject": "合同eラーニング基盤 キックオフのご案内（3/3）",
        "body": """青葉運輸株式会社
多賀様
（Cc：ツバサシステム 佐伯様）

お世話になっております。日の出産業の小野寺です。
両社の安全教育を TSUBASA Learning 上で共同運用する件、キックオフを
下記のとおり開催したく、ご案内いたします。

　日時：3月3日（火）15:00〜16:30
　場所：日の出産業 本社 7F 第2会議室（オンライン併用）
　議題：1. 運用体制と費用分担　2. テナント構成（共有／個別）
　　　　3. 共通教材の選定　4. スケジュール

ツバサシステム様からは、テナント構成の選択肢をご説明いただきます。
ご出席者をお知らせいただけますと幸いです。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (two partners) in To/Cc for a kickoff: normal three-way mail",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "elearning-078",
        "charset": "iso-2022-jp",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["三枝 美咲 <saegusa.misaki@tsubasa-system.jp>"],
        "subject": "復職支援プログラム用の個別コース設定について（社員1名）",
        "body": """三枝様

お世話になっております。日の出産業の桐生です。
個別設定のご相談です。

管理本部 経理部の八子 奈津美さん（社員番号 H21008）は、適応障害と
うつ状態の診断を受けて昨年9月から休職しており、4月の復職に向けて
主治医の意見書に基づく「試し出勤」を3月から開始します。

その間、以下の設定をお願いできますでしょうか。
　・本人のアカウントのみ、必須研修の受講期限を9月30日まで延長
　・復職支援用の非公開コース（3本）を本人にのみ割当
　・上長（経理部長）への進捗通知メールを停止

ご本人の同意は得ております。よろしくお願いいたします。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's mental-health diagnosis (適応障害・うつ状態) and sick leave sent to the vendor",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "elearning-079",
        "charset": "cp932",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["日比野 准教授 <hibino.makoto@edu.toto-u.ac.jp>"],
        "subject": "共同研究：受講データ（集計値）のご提供",
        "body": """東都大学 教育学部 教育工学研究室
日比野先生

いつもお世話になっております。日の出産業の小野寺です。
共同研究「企業内eラーニングの受講継続要因」について、
合意した範囲の集計データをお送りします。

個人単位のデータは含まず、年代×職種の区分ごとの集計値のみです。
10名未満の区分は「－」としています。

研究計画書の倫理審査の進捗も、わかり次第お知らせください。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "受講データ集計_年代職種別_2025.xlsx",
                "sheets": {
                    "修了率": [
                        ["2025年度 必須研修 修了率（年代×職種）"],
                        ["年代", "営業", "製造", "物流", "管理", "技術"],
                        ["20代", "88.2%", "81.5%", "70.4%", "93.1%", "90.0%"],
                        ["30代", "85.0%", "79.8%", "68.9%", "91.7%", "87.3%"],
                        ["40代", "80.6%", "76.1%", "66.2%", "89.4%", "84.8%"],
                        ["50代以上", "77.3%", "74.9%", "－", "88.0%", "－"],
                    ],
                    "平均受講時間": [
                        ["年代", "営業", "製造", "物流", "管理", "技術"],
                        ["20代", 6.2, 5.4, 4.1, 6.8, 7.3],
                        ["30代", 5.8, 5.1, 3.9, 6.1, 6.9],
                        ["40代", 5.1, 4.7, 3.6, 5.5, 6.0],
                        ["50代以上", 4.6, 4.2, "－", 5.2, "－"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated statistics (age band × job type, small cells suppressed) to a university; no individuals",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "elearning-080",
        "charset": "utf-8",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["津久井 悠太 <yuta-tsukui.0321@docomo.ne.jp>"],
        "subject": "【人材開発課】スマートフォンでの受講方法",
        "body": """津久井さん

人材開発課の桐生です。
長期出張で社用PCが使えないとのことで、スマートフォンからの受講方法を
お送りします（ご本人からこのアドレスへの送付依頼をいただいています）。

1. App Store／Google Play で「TSUBASA Learning」をインストール
2. テナントIDに「hinode」と入力
3. 「社外から（ワンタイムパスワード）」を選び、社員番号でログイン
4. 社用携帯に届く6桁の番号を入力

必須研修の期限は3月31日です。
不明点があれば内線7325（出張中は代表経由）までどうぞ。
""" + SIG_KIRYU,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one carrier-mail recipient (docomo.ne.jp), the employee himself, instructions only",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "elearning-081",
        "charset": "utf-8",
        "sender": "Mayumi Onodera <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["Rachel Denholm <rachel.denholm@skillharbor.com>"],
        "subject": "Re: Inactive accounts to be released",
        "body": """Thanks, Rachel.

Please go ahead and release the six seats you listed below. None of them has
logged in since October, and their managers have confirmed they no longer need
access. We will reassign the seats to the new Data Literacy cohort in March.

Mayumi

On Wed, Feb 11, 2026 at 4:37 PM Rachel Denholm <rachel.denholm@skillharbor.com> wrote:
> Hi Mayumi,
>
> As requested, here are the accounts with no activity for 90+ days:
>
>   Ryohei Gamou      gamou.ryohei@hinode-sangyo.co.jp      last login 2025-09-02
>   Kanae Sekimoto    sekimoto.kanae@hinode-sangyo.co.jp    last login 2025-08-19
>   Shingo Tamura     tamura.shingo@hinode-sangyo.co.jp     last login 2025-10-01
>   Yui Hotta         hotta.yui@hinode-sangyo.co.jp         last login 2025-07-27
>   Daigo Kanemoto    kanemoto.daigo@hinode-sangyo.co.jp    last login 2025-09-30
>   Mio Ashikaga      ashikaga.mio@hinode-sangyo.co.jp      last login 2025-08-05
>
> Shall I release these seats?
> Rachel
""" + SIG_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply; the six-person list is quoted from the licensor's own message (On ... wrote: / '>')",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "elearning-082",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["穂積 亮太 <hozumi.ryota@studio-akari.co.jp>"],
        "subject": "評価者研修 ロールプレイ動画の台本（ドラフト）",
        "body": """穂積様

お世話になっております。小野寺です。
評価者研修のロールプレイ動画の台本ドラフトをお送りします。
新しい人事評価制度の評価基準をそのまま使っているため、
社内文書の区分のまま添付しております。取扱いにはご注意ください。

キャスティングのご提案を3月6日までにいただけますと幸いです。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "docx",
                "name": "評価者研修_ロールプレイ台本_draft.docx",
                "page_header": "部外秘",
                "title": "評価者研修 ロールプレイ台本（ドラフト）",
                "paragraphs": [
                    "【部外秘】2026年度 新人事評価制度 評価者研修 ロールプレイ台本（ドラフト）",
                    "評価基準（抜粋）：S＝期待を大きく上回る（昇給率 6%）、A＝上回る（4%）、B＝期待どおり（2.5%）、C＝下回る（1%）",
                    "場面1：期末面談。評価者（課長役）が、被評価者（主任役）の自己評価Aに対しBを伝える。",
                    "場面2：被評価者が納得せず、具体的な根拠を求める。",
                    "場面3：評価者が行動事実に基づいてフィードバックし、次期の目標設定につなげる。",
                    "演出メモ：表情の変化が分かるよう、切り返しで撮影。",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached DOCX is stamped 部外秘 in its page header and title line",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "elearning-083",
        "charset": "utf-8",
        "sender": "江波戸 亮 <ebato.ryo@hinode-sangyo.co.jp>",
        "to": ["槙野 啓太 <makino.keita@tsubasa-system.jp>"],
        "subject": "Re: 人事データ連携API仕様書（v2.3）のご送付",
        "body": """槙野様

江波戸です。仕様書v2.3をありがとうございます。
差分を確認しました。所属の履歴（effective_from）を持てるようになった点、
こちらで必要としていたものですので助かります。
来週中に連携バッチ側の改修見積りを社内で取ります。

江波戸

> 日の出産業株式会社
> 江波戸様
>
> 人事データ連携APIの仕様書 v2.3 をお送りします。
> 主な変更：所属履歴の保持（effective_from／effective_to）、
> 一括更新APIのレート制限を 60 req/min に緩和。
>
> ツバサシステム株式会社 ソリューション開発部 槙野
> ------------------------------------------------------------
> CONFIDENTIAL: 本メールおよび添付資料は、宛先の方のみを対象とした
> 機密情報を含みます。弊社の許可なく第三者に開示しないでください。
> ------------------------------------------------------------
""" + SIG_EBATO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the only 'CONFIDENTIAL' text is the vendor's own footer quoted back to it; the new text has no marking",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "elearning-084",
        "charset": "cp932",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["芳賀 千夏 <haga.chinatsu@sakura-hotel.jp>"],
        "subject": "3/5-6 研修 タイムテーブルと会場レイアウトのご連絡",
        "body": """芳賀様

お世話になっております。日の出産業の竹之内です。
3月5日〜6日の新任主任研修のタイムテーブルをお送りします。
講師控室と休憩のタイミングのご参考にしてください。

【3月5日（木）】
　 9:30-10:00　受付（ホワイエ）
　10:00-12:00　講義「主任の役割」　　　　講師：真壁先生
　12:00-13:00　昼食（会場内・お弁当 26食）
　13:00-17:00　演習「OJTの進め方」　　　講師：古閑先生
　18:00-19:30　懇親会（2F 桜の間）

【3月6日（金）】
　 9:00-12:00　演習「チームの課題解決」　講師：榊先生
　12:00-13:00　昼食
　13:00-15:30　発表・振り返り　　　　　　講師：当社 小野寺

会場はスクール形式（2名掛け×12卓）、前方にスクリーンとマイク2本で
お願いいたします。
""" + SIG_TAKENOUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a timetable naming instructors by surname only; names carry no other data about them",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "elearning-085",
        "charset": "iso-2022-jp",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["根津 大介 <nezu.daisuke@kitaguni-foods.co.jp>"],
        "subject": "研修用お弁当のご注文（3/12）",
        "body": """北国フーズ株式会社
法人営業部　根津様

いつもお世話になっております。日の出産業の竹之内です。
3月12日（木）のライブ研修（本社会場）用に、お弁当を注文いたします。

　お届け日時：3月12日（木）11:45
　お届け先　：本社 7F 大会議室（受付でお呼び出しください）
　数量　　　：32食
　　内訳　　：幕の内弁当 29食／ベジタリアン対応 2食／卵不使用 1食
　お茶　　　：32本

請求書は月末締めで人事部宛にお願いいたします。
""" + SIG_TAKENOUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "catering order with dietary counts not tied to anyone; no personal data",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "elearning-086",
        "charset": "cp932",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["TSUBASA Learning サポートデスク <lms-support@tsubasa-system.co.jp>"],
        "subject": "【問い合わせ】修了証PDFの発行設定について",
        "body": """サポートデスク御中

お世話になっております。日の出産業の桐生です。
修了証PDFの自動発行について質問させてください。

1. 修了証のテンプレートに、コースごとに異なる社印画像を設定できますか
2. 修了日を和暦（令和8年3月31日）で表示することは可能ですか
3. 過去に修了した受講者にも、遡って修了証を発行できますか

4月の新コース公開までに設定したいと考えております。
ご回答をお待ちしております。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: tsubasa-system.co.jp is the partner domain tsubasa-system.jp with co. added (another TLD)",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "elearning-087",
        "charset": "utf-8",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["鮫島 和也 <samejima.kazuya@edu-frontier.co.jp>"],
        "subject": "階層別研修 設計用の組織概要資料",
        "body": """鮫島様

お世話になっております。小野寺です。
階層別研修の設計用に、会社の組織概要（公開しているものと同じ内容）を
お送りします。本部長以上の氏名は当社ウェブサイトにも掲載しているものです。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "組織概要_2026年4月.pdf",
                "title": "日の出産業株式会社 組織概要",
                "lines": [
                    "日の出産業株式会社 組織概要（2026年4月1日現在）",
                    "従業員数：1,214名（連結 1,552名）",
                    "",
                ],
                "table": [
                    ["組織", "責任者", "人員"],
                    ["営業本部", "本部長 陣内 正和", "412"],
                    ["製造本部", "本部長 楢崎 浩", "386"],
                    ["物流本部", "本部長 沖田 稔", "238"],
                    ["管理本部", "本部長 鳴海 佳代子", "121"],
                    ["経営企画部", "部長 芝崎 航平", "22"],
                    ["情報システム部", "部長 保科 淳", "35"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "published organisation overview naming division heads with titles only; headcounts per division",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "elearning-088",
        "charset": "iso-2022-jp",
        "sender": "江波戸 亮 <ebato.ryo@hinode-sangyo.co.jp>",
        "to": ["槙野 啓太 <makino.keita@tsubasa-system.jp>"],
        "subject": "人事データ連携APIの認証キー更新について",
        "body": """槙野様

江波戸です。
人事データ連携APIの認証キーが4月15日に有効期限を迎えるため、
更新作業の段取りを相談させてください。

　・新キーは管理画面（API設定）から弊社側で発行します
　・4/13（月）夜間に連携バッチの設定を新キーへ切替
　・旧キーは4/15まで並行して有効のままにしていただけますか

キーそのものはメールではお送りしません。
切替当日の連絡窓口（貴社側）をお知らせください。
""" + SIG_EBATO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "IT coordination about an API key rotation; no key and no personal data in the mail",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "elearning-089",
        "charset": "utf-8",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["三枝 美咲 <saegusa.misaki@tsubasa-system.jp>"],
        "subject": "メンター機能 試行登録のお願い（メンター4名）",
        "body": """三枝様

お世話になっております。桐生です。
新機能「メンターマッチング」の試行に、まずは下記4名をメンターとして
登録いただけますでしょうか。プロフィール欄は本人が後から編集します。

【メンター1】
　氏名：八木沢 紘一
　所属：営業本部 第一営業部 課長
　メール：yagisawa.koichi@hinode-sangyo.co.jp
　社用携帯：080-3157-2294

【メンター2】
　氏名：雨宮 京子
　所属：製造本部 品質保証部 主任
　メール：amamiya.kyoko@hinode-sangyo.co.jp
　社用携帯：090-6624-8130

【メンター3】
　氏名：宝田 仁
　所属：情報システム部 係長
　メール：takarada.jin@hinode-sangyo.co.jp
　社用携帯：070-2291-5067

【メンター4】
　氏名：檜山 沙也加
　所属：管理本部 総務部 主任
　メール：hiyama.sayaka@hinode-sangyo.co.jp
　社用携帯：080-9403-1776

メンティー側の登録は4月以降、新入社員の配属後に行います。
""" + SIG_KIRYU,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four people's records in blocks (name, e-mail, work mobile): one under the list threshold, may be warned",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "elearning-090",
        "charset": "cp932",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["能登 清隆 <noto.kiyotaka@legalstudy.jp>"],
        "subject": "配信終了予定コースのご確認",
        "body": """能登様

お世話になっております。小野寺です。
来年度の契約更新にあたり、以下の5コースは配信を終了する予定です。
ライセンス本数の減額についてご相談させてください。

　・LS-COMP-101　独占禁止法の基礎（2021年版）
　・LS-COMP-115　下請法のポイント（2022年版）
　・LS-PRIV-200　個人情報保護法 改正対応（2022年版）
　・LS-LAB-130　働き方改革関連法（2020年版）
　・LS-SNS-105　SNS利用とリスク（2021年版）

このうち LS-PRIV-200 は改訂版が出る予定と伺っています。
改訂版の公開時期が決まりましたら教えてください。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of courses (codes and titles), not people",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "elearning-091",
        "charset": "iso-2022-jp",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["lms-support@tsubasa-system.jp"],
        "subject": "Re: 【TSUBASA サポート】チケット #TS-48213 対応完了のご連絡",
        "body": """サポートデスク御中

桐生です。
CDNドメインをプロキシの除外設定に追加したところ、大阪支店でも
正常に再生できるようになりました。迅速なご対応ありがとうございました。
本チケットはクローズしていただいて結構です。

桐生

> 日の出産業株式会社 桐生様
> 配信ドメインの一覧をお送りします。プロキシの除外設定にご追加ください。
>   media01.tsubasa-cdn.jp / media02.tsubasa-cdn.jp
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short ticket-closing thanks; nothing personal",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "elearning-092",
        "charset": "utf-8",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["国分 美里 <kokubu.misato@payrollworks.co.jp>"],
        "subject": "外部講師謝金のお振込先ご連絡（1名）",
        "body": """国分様

お世話になっております。日の出産業の竹之内です。
2月分の外部講師謝金について、新規の講師1名のお振込先をお知らせします。
（個人番号は別途、書留でお送りします）

　講師氏名：富坂 春菜 様
　銀行　　：みどり銀行 浦和支店（支店番号 214）
　口座種別：普通
　口座番号：6028351
　口座名義：トミサカ ハルナ
　支払額　：88,000円（税込・源泉徴収前）

お振込みは3月10日でお願いいたします。
""" + SIG_TAKENOUCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "one instructor's personal bank account to the payroll outsourcer: one person, no identity document; may be warned",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "elearning-093",
        "charset": "cp932",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["TSUBASA Learning サポートデスク <lms-support@tsubasa-system.jp>"],
        "subject": "集合研修の受講履歴 手動登録用ファイル",
        "body": """サポートデスク御中

竹之内です。
2月に実施した集合研修（3回分）の受講履歴を、手動登録用の
テンプレートに入力しました。取込をお願いいたします。

ファイルが開けない場合はお知らせください。
""" + SIG_TAKENOUCHI,
        "attachments": [{"kind": "corrupt", "name": "受講履歴_手動登録_202602.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the XLSX attachment is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "elearning-094",
        "charset": "utf-8",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["日比野 准教授 <hibino.makoto@edu.toto-u.ac.jp>"],
        "subject": "共同研究：仮名化済み受講ログ（サンプル20件）",
        "body": """日比野先生

小野寺です。
分析手法の検討用に、仮名化した受講ログのサンプル（20件）をお送りします。
社員番号は当社側で保持する鍵を用いたハッシュ値に置き換えており、
氏名・所属・連絡先は含まれていません。先生のほうで個人を特定することは
できない形ですが、取扱いは共同研究契約の定めに従ってください。

全件（約1,200名分）は倫理審査の承認後にお渡しします。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "csv",
                "name": "pseudonymized_log_sample20.csv",
                "encoding": "utf-8",
                "rows": [
                    ["pid", "age_band", "job_type", "course", "minutes", "score", "completed"],
                    ["7f3a91c2e0", "20s", "sales", "SEC-2025", "42", "90", "1"],
                    ["b82d04f7a1", "30s", "manufacturing", "SEC-2025", "55", "80", "1"],
                    ["1c9e6d3b52", "40s", "logistics", "SEC-2025", "12", "", "0"],
                    ["e04b7a18fd", "30s", "admin", "SEC-2025", "38", "100", "1"],
                    ["5d2c8f0e93", "50s", "sales", "SEC-2025", "47", "85", "1"],
                    ["a61f3e7c04", "20s", "engineering", "SEC-2025", "33", "95", "1"],
                    ["3e8b1d5a27", "40s", "manufacturing", "HAR-2025", "61", "75", "1"],
                    ["c7049ab6e1", "30s", "logistics", "HAR-2025", "0", "", "0"],
                    ["0b5e2f9c38", "20s", "logistics", "HAR-2025", "25", "", "0"],
                    ["d93a6c1e4f", "50s", "admin", "HAR-2025", "52", "90", "1"],
                    ["8e1d7b3f60", "40s", "sales", "HAR-2025", "44", "80", "1"],
                    ["46c0f2a9d7", "30s", "engineering", "HAR-2025", "39", "100", "1"],
                    ["f2b8e05c13", "20s", "manufacturing", "DX-2025", "70", "70", "1"],
                    ["9a47d3e1b8", "40s", "engineering", "DX-2025", "83", "95", "1"],
                    ["2d6f9a0c5e", "30s", "sales", "DX-2025", "18", "", "0"],
                    ["6b3c1e8f72", "50s", "manufacturing", "DX-2025", "5", "", "0"],
                    ["e5a0d4b9c6", "20s", "admin", "DX-2025", "66", "85", "1"],
                    ["17f8c2e3a0", "30s", "logistics", "COMP-2025", "29", "80", "1"],
                    ["ac2e5b7d91", "40s", "admin", "COMP-2025", "35", "90", "1"],
                    ["58d1f6a0b3", "20s", "sales", "COMP-2025", "31", "75", "1"],
                ],
            }
        ],
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "either: 20 rows of learners under keyed-hash pseudonyms with age band and scores; pseudonymous data, judgment call",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "elearning-095",
        "charset": "iso-2022-jp",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["能登 清隆 <noto.kiyotaka@legalstudy.jp>"],
        "subject": "確認テストの採点結果について（再採点のご依頼）",
        "body": """能登様

お世話になっております。日の出産業の桐生です。
「コンプライアンス基礎2025」の確認テスト第5問について、正答と思われる
選択肢が不正解と判定されているようです。該当する受講者は以下のとおりで、
いずれも第5問で「ウ」を選択しています。再採点をご検討いただけますか。

ログインID                               受験日       得点  判定
---------------------------------------  -----------  ----  ------
ishiguro.kana@hinode-sangyo.co.jp        2026/02/03    75   不合格
morizono.takeshi@hinode-sangyo.co.jp     2026/02/04    75   不合格
arimura.yuko@hinode-sangyo.co.jp         2026/02/04    70   不合格
kawabe.ryoji@hinode-sangyo.co.jp         2026/02/05    75   不合格
tsukamoto.emi@hinode-sangyo.co.jp        2026/02/06    65   不合格
yoshinaga.sho@hinode-sangyo.co.jp        2026/02/09    75   不合格

設問の画面キャプチャが必要でしたらお送りします。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list without a name column: six learners identified by personal login e-mail with test scores, sent to the content licensor",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "elearning-096",
        "charset": "cp932",
        "sender": "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>",
        "to": ["柚木 遥 <yuzuki.haruka@learningforest.co.jp>"],
        "cc": [
            "能登 清隆 <noto.kiyotaka@legalstudy.jp>",
            "Rachel Denholm <rachel.denholm@skillharbor.com>",
        ],
        "subject": "2026年度 教材ライセンス更新スケジュールのご案内",
        "body": """教材ライセンスをご提供いただいている各社ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
2026年度のライセンス更新について、今年から各社共通のスケジュールで
進めさせていただきます。

　2/27（金）　更新見積りのご提出期限
　3/13（金）　弊社からの更新可否のご連絡
　3/31（火）　契約書の締結
　4/1（水）　 新年度ライセンス開始

（English summary for SkillHarbor: please submit your renewal quote by
Feb 27; we will confirm by Mar 13 and sign by Mar 31.）

ご不明点は小野寺までお問い合わせください。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: three competing licensors of three organisations in To/Cc see each other; should have been Bcc",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "elearning-097",
        "charset": "cp932",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": ["芳賀 千夏 <haga.chinatsu@sakura-hotel.jp>"],
        "subject": "会議室の仮予約（4/16）",
        "body": """芳賀様

お世話になっております。日の出産業の竹之内です。
4月16日（木）に、下記のとおり会議室を仮予約させてください。

　用途：内定者フォロー研修（約40名）
　時間：9:00〜18:00（設営 8:30〜）
　形式：島型（6名×7島）、プロジェクター・マイク2本

正式な人数は4月6日までにご連絡します。
当日の連絡先は私の携帯（""" + _zen("080-5512-3907") + """）までお願いいたします。
""" + SIG_TAKENOUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "room booking; the only mobile (full-width digits) is the sender's own contact",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "elearning-098",
        "charset": "iso-2022-jp",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["TSUBASA Learning サポートデスク <lms-support@tsubasa-system.jp>"],
        "subject": "有料講座の二重決済について（返金のご相談）",
        "body": """サポートデスク御中

お世話になっております。日の出産業の桐生です。
自己啓発支援の有料講座で、受講者1名のカード決済が二重に
行われてしまったとの申し出がありました。返金をご検討ください。

　受講者：仁科 翔（ニシナ ショウ）
　ログインID：nishina.sho@hinode-sangyo.co.jp
　講座：TOEIC L&R 800点突破コース（19,800円）
　決済日時：2026年2月8日 21:14／21:15
　カード：VISA　下4桁 4821（番号は「**** **** **** 4821」表示）

カード明細の写しが必要であれば、本人から提出させます。
""" + SIG_KIRYU,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one learner's refund request; the card is masked to its last four digits, so no card number is sent",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "elearning-099",
        "charset": "utf-8",
        "sender": "竹之内 健 <takenouchi.ken@hinode-sangyo.co.jp>",
        "to": [
            "佐伯 俊介 <saeki.shunsuke@tsubasa-system.jp>",
            "三枝 美咲 <saegusa.misaki@tsubasa-system.jp>",
        ],
        "cc": ["桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>"],
        "subject": "担当者変更のご挨拶",
        "body": """ツバサシステム株式会社
佐伯様、三枝様

いつも大変お世話になっております。日の出産業の竹之内です。

私事で恐縮ですが、4月1日付で経営企画部へ異動することとなりました。
TSUBASA Learning の運用窓口は、Ccの桐生が引き継ぎます。
在任中は多くのご支援をいただき、誠にありがとうございました。

＜後任＞
　人事部 人材開発課　桐生 彩花
　TEL 03-5201-4470（内線7325）　kiryu.ayaka@hinode-sangyo.co.jp

3月の定例会に桐生も同席し、ご挨拶させていただきます。
今後とも変わらぬご指導のほど、よろしくお願い申し上げます。
""" + SIG_TAKENOUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "handover greeting introducing the successor's business contact (like a signature block); one organisation",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "elearning-100",
        "charset": "iso-2022-jp",
        "sender": "桐生 彩花 <kiryu.ayaka@hinode-sangyo.co.jp>",
        "to": ["lms-support@tsubasa-system.jp"],
        "subject": "ゴールデンウィーク期間中のサポート体制について",
        "body": """サポートデスク御中

お世話になっております。日の出産業の桐生です。
ゴールデンウィーク（4/29〜5/6）期間中のサポート体制について教えてください。

弊社では物流センターが期間中も稼働しており、シフト勤務者が
この期間に必須研修を受講する予定です。

　1. 期間中のサポートデスクの受付時間
　2. 障害発生時の緊急連絡先（メール以外）
　3. 期間中に予定されているメンテナンスの有無

社内向けの案内を4月中旬に出したいため、4月10日頃までに
ご回答いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_KIRYU + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary support-hours question with the standard disclaimer",
    },
]
