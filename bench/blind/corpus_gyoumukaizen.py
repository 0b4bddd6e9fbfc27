"""Blind evaluation corpus, area "gyoumukaizen": the mail of Hinode Sangyo's business-process
improvement project (業務改革プロジェクト) run with outside consultants — workshops, interview
schedules, process maps, time studies, KPI dashboards and steering committee minutes, sent to
the consultancy, the RPA and system vendors, partners, the workshop venue, a freelance
facilitator and retired employees. Written blind from BRIEF.md (and the message format of
build.py and the names in SPEC.md), without reading mailguard's code; every person, address
and number is invented."""

from build import card_number, my_number

SEED = 57201


def _g4(digits: str, sep: str = " ") -> str:
    return sep.join(digits[i:i + 4] for i in range(0, len(digits), 4))


# -- signatures and disclaimers (as people keep them in their mailer) --------------------

SIG_OKONOGI = """--
日の出産業株式会社
業務改革推進室 主任　小此木 さやか（おこのぎ）
〒103-0027 東京都中央区日本橋3-14-9 日の出ビル7F
TEL 03-6262-4175（直通）／FAX 03-6262-4180
okonogi.s@hinode-sangyo.co.jp"""

SIG_HORI = """━━━━━━━━━━━━━━━━━━━━━━
 日の出産業株式会社　業務改革推進室
 堀之内 亮（Ryo Horinouchi）
 〒103-0027 東京都中央区日本橋3-14-9
 TEL: 03-6262-4176
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_MAKABE = """----------------------------------------
日の出産業株式会社
執行役員 業務改革推進室長　真壁 修一
〒103-0027 東京都中央区日本橋3-14-9 日の出ビル
TEL 03-6262-4170（代表）
----------------------------------------"""

SIG_MAKABE_EN = """Shuichi Makabe
Executive Officer, Head of Business Transformation Office
Hinode Sangyo Co., Ltd.
3-14-9 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-6262-4170"""

SIG_KUGA = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 経営企画部
久我 智子
TEL：03-6262-4160
Mail：kuga.tomoko@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_SAMEJIMA = """--
鮫島 拓海 / Takumi Samejima
日の出産業株式会社 情報システム部 業務システム課
TEL 03-6262-4190  内線 2417
samejima@mail.hinode-sangyo.co.jp"""

SIG_TAKATORI = """──────────────────
日の出産業株式会社
人事部 人事企画課　鷹取 美緒
〒103-0027 東京都中央区日本橋3-14-9
TEL 03-6262-4150
──────────────────"""

SIG_HASUMI = """■□■□■□■□■□■□■□■□■□
日の出産業株式会社 総務部 総務課
蓮見 大輔
TEL 03-6262-4140 / FAX 03-6262-4141
■□■□■□■□■□■□■□■□■□"""

SIG_IOKIBE = """--
日の出産業株式会社 東日本物流センター
センター長　五百旗頭 健（いおきべ）
〒340-0834 埼玉県八潮市大曽根1180-3
TEL 048-998-5521（代表）"""

SIG_USAMI = """---
日の出産業株式会社 経理部 経理課
宇佐美 玲奈
TEL 03-6262-4130"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
本メールの無断転載・転送はご遠慮ください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you are not the intended recipient, please notify the sender
immediately and delete this e-mail. Any unauthorised use or disclosure is prohibited."""


MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "gyoumukaizen-001",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "kickoff workshop invitation to the consultancy; agenda only, one external org",
        "charset": "iso-2022-jp",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "cc": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>", "真壁 修一 <makabe@hinode-sangyo.co.jp>"],
        "subject": "業務改革プロジェクト キックオフワークショップのご案内（10月8日）",
        "body": """株式会社アーク・ビジネスコンサルティング
氷見様

（CC：楠本様、弊社 真壁）

いつもお世話になっております。
日の出産業 業務改革推進室の小此木でございます。

先日はご提案内容のご説明をいただき、誠にありがとうございました。
標記のキックオフワークショップを、下記のとおり開催いたします。

　日時：10月8日（水）13:30〜17:00
　場所：弊社本社 7階 大会議室（日本橋）
　参加：弊社 部門長・推進メンバー 計18名／貴社 3名様
　内容：
　　1. プロジェクトの目的・スコープの共有（真壁）
　　2. 現状業務の課題出し（グループワーク 4班）
　　3. 今後のヒアリング・時間観測の進め方（貴社よりご説明）
　　4. 質疑、次回予定

プロジェクター、模造紙、付箋はこちらでご用意いたします。
グループワークの進行案を、10月3日（金）頃までに頂戴できますと幸いです。

何卒よろしくお願いいたします。

""" + SIG_OKONOGI,
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "gyoumukaizen-002",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "interview schedule XLSX to the consultancy: 12 employees with mobile, e-mail and extension",
        "charset": "cp932",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "ヒアリング対象者と日程（第1週分）",
        "body": """楠本様

お世話になっております。日の出産業の堀之内です。

第1週（10/14〜10/17）のヒアリング対象者と日程を添付のとおりお送りします。
当日、対象者が会議室に来ない場合は、表の携帯番号に直接ご連絡いただいて構いません
（本人たちには了承を取っております）。

会議室は「会議室」シートに記載しました。7B会議室は午後のみ使用可です。

よろしくお願いいたします。

""" + SIG_HORI,
        "attachments": [{
            "kind": "xlsx",
            "name": "ヒアリング日程_第1週.xlsx",
            "sheets": {
                "日程": [
                    ["業務ヒアリング対象者一覧（第1週）", "", "", "", "", "", "", "", ""],
                    ["作成：業務改革推進室 2025/10/06", "", "", "", "", "", "", "", ""],
                    ["No", "社員番号", "氏名", "ふりがな", "所属", "内線", "携帯", "メール", "日時"],
                    [1, "H10234", "阿久津 浩二", "あくつ こうじ", "営業二課", "3121", "090-6127-4480", "akutsu.k@hinode-sangyo.co.jp", "10/14 10:00"],
                    [2, "H11872", "仁科 由佳", "にしな ゆか", "受注センター", "3305", "080-3391-0726", "nishina.y@hinode-sangyo.co.jp", "10/14 13:30"],
                    [3, "H09455", "門脇 勇人", "かどわき はやと", "物流センター", "5512", "070-2284-9913", "kadowaki.h@hinode-sangyo.co.jp", "10/14 15:30"],
                    [4, "H12016", "東海林 直美", "しょうじ なおみ", "経理課", "2230", "090-8745-1362", "shoji.n@hinode-sangyo.co.jp", "10/15 10:00"],
                    [5, "H08341", "百目鬼 隆", "どうめき たかし", "購買課", "2611", "080-5502-3478", "domeki.t@hinode-sangyo.co.jp", "10/15 13:30"],
                    [6, "H13590", "日下部 彩", "くさかべ あや", "受注センター", "3308", "090-1963-5027", "kusakabe.a@hinode-sangyo.co.jp", "10/15 15:30"],
                    [7, "H07718", "勅使河原 健吾", "てしがわら けんご", "生産管理課", "4102", "080-9017-2254", "teshigawara.k@hinode-sangyo.co.jp", "10/16 10:00"],
                    [8, "H14402", "四十物 杏", "あいもの あん", "総務課", "2405", "070-4476-8835", "aimono.a@hinode-sangyo.co.jp", "10/16 13:30"],
                    [9, "H10977", "唐沢 悠真", "からさわ ゆうま", "物流センター", "5520", "090-3358-6614", "karasawa.y@hinode-sangyo.co.jp", "10/16 15:30"],
                    [10, "H11205", "南雲 千夏", "なぐも ちなつ", "営業一課", "3110", "080-6621-0493", "nagumo.c@hinode-sangyo.co.jp", "10/17 10:00"],
                    [11, "H12788", "早乙女 誠", "さおとめ まこと", "情報システム部", "2420", "090-7290-3351", "saotome.m@hinode-sangyo.co.jp", "10/17 13:30"],
                    [12, "H09063", "纐纈 瑞穂", "こうけつ みずほ", "経理課", "2236", "070-5813-4427", "koketsu.m@hinode-sangyo.co.jp", "10/17 15:30"],
                ],
                "会議室": [
                    ["会議室", "フロア", "定員", "備考"],
                    ["7A会議室", "7F", 8, "終日可"],
                    ["7B会議室", "7F", 6, "午後のみ"],
                    ["応接3", "6F", 4, "予備"],
                ],
            },
        }],
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "gyoumukaizen-003",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "As-Is process map (PPTX) to the consultancy: departments and steps only, no people",
        "charset": "utf-8",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "subject": "受注〜出荷 As-Isプロセスマップ v0.3 のご確認依頼",
        "body": """氷見様

お世話になっております。小此木です。

先週のワークショップでいただいたご指摘を反映し、受注〜出荷の As-Is プロセスマップを
v0.3 に更新しました。

主な変更点：
・FAX受注とEDI受注のレーンを分けました
・在庫引当後の「出荷可否確認（営業）」を独立したステップにしました
・例外処理（納期回答の再調整）を別スライドに切り出しました

課題仮説のスライド（4枚目）は、まだ社内の合意が取れていない内容を含みますので、
ステコミ前のレビューでご意見をいただけますと助かります。

よろしくお願いいたします。

""" + SIG_OKONOGI,
        "attachments": [{
            "kind": "pptx",
            "name": "受注_出荷_AsIs_v0.3.pptx",
            "title": "受注〜出荷プロセス As-Is",
            "slides": [
                ["受注〜出荷プロセス As-Is（v0.3）", "対象：国内BtoB受注（FAX・EDI・メール）", "作成：業務改革推進室／レビュー：アーク・ビジネスコンサルティング"],
                ["プロセス一覧", "1. 受注受付（受注センター）", "2. 受注入力・与信確認（受注センター／経理）",
                 "3. 在庫引当（物流センター）", "4. 出荷可否確認（営業）", "5. 出荷指示・ピッキング・梱包（物流センター）",
                 "6. 出荷・売上計上（物流センター／経理）"],
                ["例外処理", "納期回答の再調整：営業→生産管理→受注センターの3往復", "欠品時の代替品提案：営業判断、記録なし"],
                ["課題仮説", "FAX受注の手入力：1件平均6.5分、月約4,200件", "在庫引当の二重確認（システム＋Excel台帳）",
                 "出荷可否確認の待ち時間：平均3.2時間", "例外処理のルール未整備"],
            ],
        }],
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "gyoumukaizen-004",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "time-study summary statistics per process step (CSV), no per-person rows",
        "charset": "cp932",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "cc": ["能登谷 翔 <s.notoya@arc-bc.co.jp>"],
        "subject": "Re: 受注センター 時間観測の集計",
        "body": """楠本様、能登谷様

堀之内です。お世話になっております。

10/20〜10/24 に実施した受注センターの時間観測について、工程別の集計を添付します。
（作業者別の生データは社内で保管し、集計値のみお送りしています）

・サンプル数が少ない「返品受付」は参考値扱いでお願いします。
・単位はすべて秒です。

ご確認のほどよろしくお願いします。

""" + SIG_HORI,
        "attachments": [{
            "kind": "csv",
            "name": "時間観測_集計_受注センター.csv",
            "rows": [
                ["工程", "サンプル数", "平均", "中央値", "標準偏差", "最小", "最大"],
                ["FAX受注 読取・確認", 412, 148.2, 131, 52.7, 58, 420],
                ["FAX受注 システム入力", 412, 241.6, 225, 88.1, 97, 710],
                ["EDI受注 エラー確認", 188, 96.4, 80, 41.3, 22, 305],
                ["与信確認", 236, 63.9, 55, 30.2, 15, 240],
                ["納期回答（メール）", 151, 322.5, 290, 140.8, 75, 1020],
                ["返品受付", 17, 510.3, 470, 198.4, 210, 980],
            ],
        }],
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "gyoumukaizen-005",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "steering committee minutes DOCX stamped 社外秘 in the page header, sent to the consultancy",
        "charset": "utf-8",
        "sender": "真壁 修一 <makabe@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "subject": "第2回ステアリングコミッティ 議事録",
        "body": """氷見さん

真壁です。先日はありがとうございました。
第2回ステコミの議事録をお送りします。
決定事項の3点目（受注締め時刻の変更）は、営業本部長の了承待ちです。

""" + SIG_MAKABE,
        "attachments": [{
            "kind": "docx",
            "name": "第2回ステアリングコミッティ議事録.docx",
            "page_header": "社外秘",
            "title": "第2回ステアリングコミッティ議事録",
            "paragraphs": [
                "第2回 業務改革プロジェクト ステアリングコミッティ 議事録",
                "日時：2025年10月29日（水）16:00〜17:30　場所：本社役員会議室",
                "出席：代表取締役社長 日野、専務 桐生、営業本部長 阿部、管理本部長 滝沢、真壁（事務局）、アーク・ビジネスコンサルティング 氷見様・楠本様",
                "1. ヒアリング結果の報告（アーク社）：主要課題12件を提示",
                "2. 改善施策の優先順位：受注入力の自動化、在庫引当の一元化を最優先とする",
                "3. 受注締め時刻を15時から14時へ前倒しする案を検討（営業本部で持ち帰り）",
                "4. 次回：11月26日、施策別の投資対効果を報告",
            ],
        }],
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "gyoumukaizen-006",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply; the consultants' own team phone list is only in the quoted text",
        "charset": "iso-2022-jp",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["能登谷 翔 <s.notoya@arc-bc.co.jp>"],
        "subject": "Re: 【アーク】プロジェクト体制と連絡先のご案内",
        "body": """能登谷様

お世話になっております。小此木です。
体制表のご連絡、ありがとうございます。承知いたしました。
弊社側の窓口は引き続き私と堀之内で対応いたします。

取り急ぎ御礼まで。

小此木

> 日の出産業株式会社
> 小此木様
>
> お世話になっております。アーク・ビジネスコンサルティングの能登谷です。
> 本プロジェクトの弊社体制と連絡先をお知らせいたします。
>
>  役割            氏名          携帯             メール
>  --------------  ------------  ---------------  --------------------------
>  統括            氷見 達也     090-2716-5538    t.himi@arc-bc.co.jp
>  PM              楠本 理沙     080-4420-1975    r.kusumoto@arc-bc.co.jp
>  業務分析        能登谷 翔     070-6638-2204    s.notoya@arc-bc.co.jp
>  業務分析        牧之瀬 恵     090-5184-7736    m.makinose@arc-bc.co.jp
>  データ分析      Daniel Whitford +65-8123-4470  d.whitford@arc-bc.com.sg
>
> 何卒よろしくお願いいたします。
""",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "gyoumukaizen-007",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "workshop invitation with three external organisations visible to each other in To",
        "charset": "utf-8",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>", "嘉数 誠 <kakazu@flowworks.jp>",
               "塩入 博樹 <hiroki.shioiri@tsubasa-system.jp>"],
        "cc": ["鮫島 拓海 <samejima@mail.hinode-sangyo.co.jp>"],
        "subject": "【ご案内】受注業務 自動化検討ワークショップ（11/12）",
        "body": """関係各社 ご担当者様

いつもお世話になっております。
日の出産業株式会社 業務改革推進室の小此木です。

受注業務の自動化（RPA・基幹システム改修）の検討にあたり、
各社様にご参加いただくワークショップを下記のとおり開催いたします。

■日時：11月12日（水）10:00〜12:30
■場所：弊社本社 7階 大会議室（オンライン併用：Teams）
■ご参加をお願いしたい方
　・アーク・ビジネスコンサルティング様：進行・論点整理
　・フローワークス様：RPA適用範囲のご説明
　・ツバサシステム様：受注システム側の改修可否
■事前資料：11/7（金）に別途お送りします

ご出欠を11/5（水）までにご返信いただけますと幸いです。

""" + SIG_OKONOGI,
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "gyoumukaizen-008",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way meeting: partner system vendor plus the consultancy (two external orgs)",
        "charset": "cp932",
        "sender": "鮫島 拓海 <samejima@mail.hinode-sangyo.co.jp>",
        "to": ["塩入 博樹 <hiroki.shioiri@tsubasa-system.jp>"],
        "cc": ["氷見 達也 <t.himi@arc-bc.co.jp>", "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>"],
        "subject": "受注システム改修要件の打合せ日程について",
        "body": """ツバサシステム株式会社
塩入様

（CC：アーク・ビジネスコンサルティング 氷見様）

いつもお世話になっております。日の出産業 情報システム部の鮫島です。

業務改革プロジェクトで検討中の受注入力自動化について、
現行システム側の改修要件を整理する打合せをお願いしたく、ご連絡いたしました。

候補日（いずれも1時間程度）
 (1) 11/18（火）14:00〜
 (2) 11/19（水）10:00〜
 (3) 11/21（金）16:00〜

アーク社の氷見様にも同席いただき、ToBeフローの前提をご説明いただく予定です。
ご都合のよい日時をお知らせください。

""" + SIG_SAMEJIMA,
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "gyoumukaizen-009",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the NDA draft attached; 秘密情報 only as contract wording, no marking",
        "charset": "iso-2022-jp",
        "sender": "蓮見 大輔 <hasumi@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "subject": "秘密保持契約書（案）の送付",
        "body": """株式会社アーク・ビジネスコンサルティング
氷見 達也 様

いつもお世話になっております。日の出産業 総務部の蓮見でございます。

業務改革支援のご契約に先立ち、秘密保持契約書（案）をお送りいたします。
弊社標準のひな形をベースに、第5条（返還・廃棄）と第8条（有効期間）を
貴社のご要望に合わせて修正しております。

内容をご確認のうえ、修正のご希望がございましたら
変更履歴付きでご返送いただけますと幸いです。
押印は電子契約（クラウドサイン）での締結を予定しております。

何卒よろしくお願い申し上げます。

""" + SIG_HASUMI,
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書_案_アーク社.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という）と株式会社アーク・ビジネスコンサルティング（以下「乙」という）は、甲の業務改革支援業務（以下「本業務」という）に関し、次のとおり契約を締結する。",
                "第1条（秘密情報）本契約において秘密情報とは、本業務に関し開示者が受領者に開示した技術上・営業上の情報であって、開示の際に秘密である旨を明示したものをいう。",
                "第2条（秘密保持）受領者は、秘密情報を善良な管理者の注意をもって管理し、第三者に開示・漏えいしてはならない。",
                "第3条（目的外使用の禁止）受領者は、秘密情報を本業務の目的以外に使用してはならない。",
                "第4条（個人情報）乙は、本業務に関し甲から個人情報の提供を受ける場合、個人情報保護法その他の法令を遵守する。",
                "第5条（返還・廃棄）本業務終了後30日以内に、受領者は秘密情報を返還または廃棄し、書面で報告する。",
                "第8条（有効期間）本契約の有効期間は締結日から3年間とする。",
                "甲：東京都中央区日本橋3-14-9　日の出産業株式会社",
                "乙：東京都千代田区神田錦町2-7-5　株式会社アーク・ビジネスコンサルティング",
            ],
        }],
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "gyoumukaizen-010",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP of interview records (PPAP): the attachment cannot be read",
        "charset": "utf-8",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "ヒアリング記録（第1週分）の送付",
        "body": """楠本様

お世話になっております。小此木です。

第1週分のヒアリング記録（12名分）をお送りします。
社内規程により、パスワード付きZIPでの送付とさせていただきます。
パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。

""" + SIG_OKONOGI,
        "attachments": [{
            "kind": "zip",
            "name": "hearing_week1.zip",
            "password": "Hn#2025wk1",
            "files": [
                {"kind": "docx", "name": "ヒアリング記録_受注センター.docx",
                 "paragraphs": ["ヒアリング記録（受注センター）", "対象：仁科、日下部", "FAX受注の入力に1日約3時間を要している。"]},
                {"kind": "docx", "name": "ヒアリング記録_経理課.docx",
                 "paragraphs": ["ヒアリング記録（経理課）", "対象：東海林、纐纈", "売上計上の締め作業が月初3営業日に集中。"]},
            ],
        }],
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "gyoumukaizen-011",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "monthly KPI dashboard PDF with aggregate figures only, no marking",
        "charset": "cp932",
        "sender": "久我 智子 <kuga.tomoko@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "subject": "9月度 KPIダッシュボード",
        "body": """氷見様

お世話になっております。経営企画部の久我です。
9月度のKPIダッシュボードをお送りします。

受注処理リードタイムは先月から0.4時間短縮しましたが、
誤出荷率は棚卸の影響で一時的に悪化しています。
詳細は次回の定例でご説明します。

""" + SIG_KUGA,
        "attachments": [{
            "kind": "pdf",
            "name": "KPIダッシュボード_2025-09.pdf",
            "title": "KPIダッシュボード 2025年9月度",
            "lines": ["業務改革プロジェクト KPIダッシュボード 2025年9月度", "作成：経営企画部", ""],
            "table": [
                ["KPI", "目標", "8月実績", "9月実績", "前月差"],
                ["受注処理リードタイム（時間）", "4.0", "6.8", "6.4", "-0.4"],
                ["FAX受注比率（%）", "20", "41", "39", "-2"],
                ["誤出荷率（ppm）", "150", "210", "245", "+35"],
                ["月次決算日数（営業日）", "5", "8", "8", "0"],
                ["受注センター残業時間（h/人）", "15", "27.5", "25.1", "-2.4"],
            ],
        }],
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "gyoumukaizen-012",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML table of six workshop participants with mobile and e-mail sent to the venue hotel",
        "charset": "utf-8",
        "sender": "蓮見 大輔 <hasumi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "【日の出産業】11/27 研修室ご利用 参加者名簿（名札作成用）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>さくらホテル 宴会予約係<br>浜辺様</p>
<p>いつもお世話になっております。日の出産業 総務部の蓮見です。</p>
<p>11月27日（木）の研修室「桜の間」ご利用の件、名札作成用に参加者名簿をお送りします。<br>
当日の遅刻・欠席の際はホテル様から直接ご連絡いただけるよう、携帯番号も記載しました。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde7f3"><th>No.</th><th>氏名</th><th>所属</th><th>携帯電話</th><th>メールアドレス</th></tr>
<tr><td>1</td><td>真壁 修一</td><td>業務改革推進室</td><td>090-4471-2086</td><td>makabe@hinode-sangyo.co.jp</td></tr>
<tr><td>2</td><td>小此木 さやか</td><td>業務改革推進室</td><td>080-2235-9917</td><td>okonogi.s@hinode-sangyo.co.jp</td></tr>
<tr><td>3</td><td>阿久津 浩二</td><td>営業二課</td><td>090-6127-4480</td><td>akutsu.k@hinode-sangyo.co.jp</td></tr>
<tr><td>4</td><td>勅使河原 健吾</td><td>生産管理課</td><td>080-9017-2254</td><td>teshigawara.k@hinode-sangyo.co.jp</td></tr>
<tr><td>5</td><td>伊集院 遥</td><td>購買課</td><td>070-3046-5128</td><td>ijuin.h@hinode-sangyo.co.jp</td></tr>
<tr><td>6</td><td>猪狩 慎也</td><td>物流センター</td><td>090-8862-1170</td><td>igari.s@hinode-sangyo.co.jp</td></tr>
</table>
<p>ほか、講師（外部）2名分は「講師」とのみ記載の名札をお願いいたします。</p>
<p>--<br>日の出産業株式会社 総務部 総務課<br>蓮見 大輔<br>TEL 03-6262-4140</p>
</body></html>""",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "gyoumukaizen-013",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "venue booking with the partner hotel: room layout and equipment only",
        "charset": "iso-2022-jp",
        "sender": "蓮見 大輔 <hasumi@hinode-sangyo.co.jp>",
        "to": ["浜辺 様 <banquet@sakura-hotel.jp>"],
        "subject": "研修室のご予約（11月27日・20名）",
        "body": """さくらホテル 宴会予約係
浜辺様

いつもお世話になっております。日の出産業 総務部の蓮見です。

先日お電話でご相談しました研修室の件、下記のとおり正式にお願いいたします。

　日時　　：11月27日（木）9:30〜18:00（設営 9:00〜）
　人数　　：20名（うち外部講師2名）
　レイアウト：島型 4卓（1卓5名）＋前方に講師席
　備品　　：プロジェクター、スクリーン、マイク2本、ホワイトボード2台
　昼食　　：幕の内弁当 20食（12:00搬入）、お茶
　お支払い：請求書払い（いつもの総務部宛）

見積書を頂戴できますと幸いです。
よろしくお願いいたします。

""" + SIG_HASUMI,
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "gyoumukaizen-014",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of branch offices (business addresses and switchboards) for site visits: businesses, not people",
        "charset": "utf-8",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["能登谷 翔 <s.notoya@arc-bc.co.jp>"],
        "subject": "拠点見学の候補一覧",
        "body": """能登谷様

お世話になっております。小此木です。
現場見学の候補となる拠点の一覧をお送りします。
見学可否の「△」は、繁忙期（12月）を避ければ可という意味です。

よろしくお願いいたします。

""" + SIG_OKONOGI,
        "attachments": [{
            "kind": "xlsx",
            "name": "拠点一覧_見学候補.xlsx",
            "sheets": {
                "拠点": [
                    ["日の出産業 拠点一覧（2025年10月現在）"],
                    [],
                    ["拠点名", "種別", "所在地", "代表TEL", "従業員数", "見学可否"],
                    ["本社", "事務所", "東京都中央区日本橋3-14-9", "03-6262-4170", 212, "○"],
                    ["東日本物流センター", "倉庫", "埼玉県八潮市大曽根1180-3", "048-998-5521", 86, "○"],
                    ["西日本物流センター", "倉庫", "大阪府茨木市宮島2-4-30", "072-640-3318", 64, "△"],
                    ["札幌営業所", "営業所", "北海道札幌市中央区北三条西4-1-7", "011-241-7705", 9, "×"],
                    ["仙台営業所", "営業所", "宮城県仙台市青葉区本町2-9-14", "022-262-4418", 11, "○"],
                    ["名古屋支店", "支店", "愛知県名古屋市中村区名駅南1-20-6", "052-581-3096", 27, "○"],
                    ["福岡営業所", "営業所", "福岡県福岡市博多区博多駅東2-5-21", "092-432-8850", 12, "△"],
                    ["八潮工場", "工場", "埼玉県八潮市大曽根1204", "048-998-5600", 143, "○"],
                ],
            },
        }],
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "gyoumukaizen-015",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "credit card number and cardholder name sent in the body to guarantee a hotel booking",
        "charset": "cp932",
        "sender": "蓮見 大輔 <hasumi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
        "subject": "宿泊予約の保証について（11/26〜11/27 2室）",
        "body": """さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業の蓮見です。
11/26（水）〜11/27（木）1泊、シングル2室（外部講師の方の分）の予約につきまして、
保証用のカード情報をお知らせいたします。

　カード番号：""" + _g4(card_number(SEED + 1), "-") + """
　有効期限　：09/28
　名義　　　：DAISUKE HASUMI

宿泊者名は「アーク・ビジネスコンサルティング 氷見様、楠本様」でお願いいたします。
お支払いは当日チェックアウト時に上記カードで精算予定です。

""" + SIG_HASUMI,
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "gyoumukaizen-016",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail to the consultancy's Singapore analyst about benchmarking; standard disclaimer",
        "charset": "utf-8",
        "sender": "Shuichi Makabe <makabe@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitford <d.whitford@arc-bc.com.sg>"],
        "subject": "Order-to-cash benchmarking - scope of peer companies",
        "body": """Dear Daniel,

Thank you for the benchmarking framework you shared on Monday.

A few points from our side before you start collecting data:

1. Peer group: please limit it to mid-sized B2B distributors (revenue JPY 20-80bn).
   Manufacturers with their own retail channel would distort the order-entry figures.
2. Metrics: order-to-ship lead time, order lines per FTE per day, and the share of
   manual (fax / e-mail) orders are the three we care most about.
3. Timing: we would like a first cut by 5 December, ahead of the steering committee.

Kusumoto-san will send you our own figures for FY2024 separately.

Best regards,

""" + SIG_MAKABE_EN + "\n" + DISCLAIMER_EN,
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "gyoumukaizen-017",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "interview notes DOCX tie a named employee to a depression-related sick leave (要配慮個人情報)",
        "charset": "utf-8",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "物流センター ヒアリングメモ（10/16分）",
        "body": """楠本様

堀之内です。10/16 の物流センターヒアリングのメモを共有します。
属人化の背景について、センター長から補足があった点も追記しています。

よろしくお願いします。

""" + SIG_HORI,
        "attachments": [{
            "kind": "docx",
            "name": "ヒアリングメモ_物流センター_1016.docx",
            "paragraphs": [
                "ヒアリングメモ　東日本物流センター（2025/10/16 15:30〜17:00）",
                "出席：五百旗頭センター長、唐沢係長、門脇主任／アーク社 楠本様、推進室 堀之内",
                "■出荷可否確認",
                "・営業からの回答待ちで平均3時間以上ピッキングが止まる。電話での催促が1日20件程度。",
                "■属人化",
                "・在庫引当のExcel台帳は唐沢係長しか更新方法を把握していない。",
                "・唐沢 悠真 係長は昨年度うつ病で3か月休職しており、その間は台帳の更新が止まり、誤出荷が増えた（センター長談）。",
                "・台帳の手順書はなし。門脇主任が一部代行可能。",
                "■要望",
                "・引当結果をシステム上で確認できるようにしてほしい。",
            ],
        }],
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "gyoumukaizen-018",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": [],
        "note": "roster of 15 time-study subjects with birth dates and mobiles, but every recipient is internal",
        "charset": "cp932",
        "sender": "鷹取 美緒 <takatori.m@hinode-sangyo.co.jp>",
        "to": ["堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>"],
        "cc": ["小此木 さやか <okonogi.s@hinode-sangyo.co.jp>"],
        "subject": "時間観測の対象者名簿（物流センター）",
        "body": """堀之内さん

人事の鷹取です。
ご依頼の物流センター時間観測の対象者名簿を添付します。
社外（アーク社）には出さず、観測の割当て用に推進室内でのみ使ってください。
外部に渡す場合は氏名・生年月日を除いて作業者コードに置き換えてください。

鷹取""",
        "attachments": [{
            "kind": "csv",
            "name": "観測対象者名簿_物流センター.csv",
            "rows": [
                ["社員番号", "氏名", "所属", "生年月日", "携帯", "勤務シフト"],
                ["H10977", "唐沢 悠真", "出荷係", "1986/07/14", "090-3358-6614", "日勤"],
                ["H09455", "門脇 勇人", "出荷係", "1990/02/03", "070-2284-9913", "日勤"],
                ["H15520", "猪狩 慎也", "入荷係", "1993/11/22", "090-8862-1170", "日勤"],
                ["H16031", "三ツ矢 葵", "梱包係", "1998/05/09", "080-7716-3320", "日勤"],
                ["H13377", "鬼塚 浩平", "梱包係", "1984/09/30", "090-2045-6618", "夜勤"],
                ["H14810", "薬師寺 亜美", "出荷係", "1995/12/17", "070-8829-0461", "日勤"],
                ["H12654", "小鳥遊 陸", "入荷係", "1991/04/26", "080-1357-8842", "夜勤"],
                ["H11093", "鈴鹿 朋子", "梱包係", "1979/08/08", "090-6680-2273", "日勤"],
                ["H16702", "蔵前 悠", "出荷係", "2000/01/19", "080-4408-5519", "夜勤"],
                ["H10388", "栗田 智之", "入荷係", "1982/03/11", "090-9131-7704", "日勤"],
                ["H15149", "五味 沙織", "梱包係", "1997/06/02", "070-6092-3385", "日勤"],
                ["H08876", "大和田 匠", "出荷係", "1976/10/25", "090-3822-9057", "夜勤"],
                ["H17015", "比嘉 さくら", "梱包係", "2001/09/13", "080-2671-4436", "日勤"],
                ["H09921", "野々宮 弘", "入荷係", "1973/02/27", "090-5506-1128", "日勤"],
                ["H13840", "丹羽 奈緒", "出荷係", "1989/07/31", "070-1184-6697", "夜勤"],
            ],
        }],
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "gyoumukaizen-019",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice receipt to the consultancy's accounts: invoice/order numbers and its T-number, no people",
        "charset": "utf-8",
        "sender": "宇佐美 玲奈 <usami.r@hinode-sangyo.co.jp>",
        "to": ["アーク・ビジネスコンサルティング 経理部 <keiri@arc-bc.co.jp>"],
        "subject": "請求書受領のご連絡（請求書番号 ABC-2510-0087）",
        "body": """株式会社アーク・ビジネスコンサルティング
経理部 ご担当者様

いつもお世話になっております。日の出産業 経理部の宇佐美です。

下記の請求書を受領いたしましたのでご連絡いたします。

　請求書番号：ABC-2510-0087
　発注番号　：PO-HS-25-01422（業務改革支援 第1フェーズ 10月分）
　請求金額　：3,960,000円（税込）
　登録番号　：T4010401087342
　お支払予定日：2025年11月28日（弊社規定により月末締め翌月末払い）

適格請求書の記載事項に不備はございませんでした。
引き続きよろしくお願いいたします。

""" + SIG_USAMI,
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "gyoumukaizen-020",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "meant for the head of office, but addressed to hinode-sangyou.co.jp: look-alike of the own domain",
        "charset": "iso-2022-jp",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["真壁 修一 <makabe@hinode-sangyou.co.jp>"],
        "subject": "ステコミ資料 最終版（出張先でご確認ください）",
        "body": """真壁室長

お疲れさまです。小此木です。
明日のステコミ資料の最終版を添付します。
出張先からご覧になれるよう、こちらのアドレスにお送りしました。

変更点は以下の2点です。
・p.5 投資対効果の試算を、RPAライセンス費込みの数字に差し替え
・p.8 スケジュールの第2フェーズ開始を1月→2月に変更

小此木""",
        "attachments": [{
            "kind": "pptx",
            "name": "第3回ステコミ資料_最終.pptx",
            "slides": [
                ["第3回 ステアリングコミッティ", "業務改革推進室", "2025年11月26日"],
                ["施策別 投資対効果（試算）", "受注入力自動化：年間 4,100時間削減", "在庫引当一元化：誤出荷 40%減（見込み）"],
                ["スケジュール", "第1フェーズ：〜2026年1月", "第2フェーズ：2026年2月〜"],
            ],
        }],
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "gyoumukaizen-021",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "time-study observation plan (TXT) naming only the consultants assigned to each line",
        "charset": "iso-2022-jp",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["能登谷 翔 <s.notoya@arc-bc.co.jp>"],
        "subject": "物流センター 時間観測の実施計画（案）",
        "body": """能登谷さん

堀之内です。物流センターでの時間観測の実施計画（案）をテキストで送ります。
観測者の割当ては、前回打合せでいただいた案のままにしています。
ストップウォッチ法とビデオ撮影の併用で問題ないか、ご確認ください。

""" + SIG_HORI,
        "attachments": [{
            "kind": "txt",
            "name": "観測計画_物流センター.txt",
            "encoding": "cp932",
            "text": """時間観測 実施計画（案） 東日本物流センター
=========================================
期間  : 11/4(火) - 11/7(金)  各日 9:00-17:00
方法  : ストップウォッチ法（連続観測）＋ビデオ撮影（梱包ラインのみ）
対象  : 入荷検品 / ピッキング / 梱包 / 出荷検品

日付   工程         観測者（アーク社）   立会い（推進室）
-----  -----------  -------------------  ----------------
11/4   入荷検品     能登谷               堀之内
11/5   ピッキング   能登谷・牧之瀬       堀之内
11/6   梱包         牧之瀬               小此木
11/7   出荷検品     能登谷               堀之内

注意事項
- 作業者にはセンター長から事前に目的を説明済み（評価には使わない）
- 観測記録には氏名を書かず、作業者コード（W01〜）で記録する
- 撮影データは作業終了後に推進室のPCへ移し、カメラからは消去する
""",
        }],
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "gyoumukaizen-022",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one on-site contact (the centre manager's mobile) for a visit: one person's record, may warn",
        "charset": "utf-8",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "subject": "11/4 物流センター見学の集合場所と現地連絡先",
        "body": """氷見様

お世話になっております。小此木です。
11/4（火）の物流センター見学について、集合場所と当日の連絡先をお知らせします。

・集合：8:50　東日本物流センター 正門守衛所
　（つくばエクスプレス 八潮駅からタクシーで約10分）
・受付で「日の出産業 推進室の見学」とお伝えください。
・当日の現地連絡先：センター長 五百旗頭（いおきべ）　携帯 080-4418-2297

安全靴とヘルメットはセンターで貸し出しますので、お持ちいただく必要はありません。

""" + SIG_OKONOGI,
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "gyoumukaizen-023",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "time-study raw data CSV with 18 named workers, employee numbers and birth dates, to the consultancy",
        "charset": "utf-8",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "cc": ["能登谷 翔 <s.notoya@arc-bc.co.jp>"],
        "subject": "ピッキング工程 観測データ（年齢・経験年数との相関用）",
        "body": """楠本様、能登谷様

堀之内です。
ご依頼の、ピッキング工程の観測データを送ります。
年齢・経験年数とサイクルタイムの相関を見たいとのことでしたので、
人事データ（生年月日・入社年）と突き合わせた版にしています。

ご確認よろしくお願いします。

""" + SIG_HORI,
        "attachments": [{
            "kind": "csv",
            "name": "picking_raw_with_hr.csv",
            "encoding": "utf-8",
            "rows": [
                ["社員番号", "作業者", "生年月日", "入社年", "観測回数", "平均サイクル(秒)", "最大(秒)"],
                ["H10977", "唐沢 悠真", "1986-07-14", 2009, 42, 71.3, 148],
                ["H09455", "門脇 勇人", "1990-02-03", 2012, 45, 68.9, 131],
                ["H14810", "薬師寺 亜美", "1995-12-17", 2018, 39, 82.4, 176],
                ["H16702", "蔵前 悠", "2000-01-19", 2022, 40, 95.1, 203],
                ["H08876", "大和田 匠", "1976-10-25", 2001, 44, 66.2, 120],
                ["H13840", "丹羽 奈緒", "1989-07-31", 2015, 41, 74.8, 152],
                ["H17233", "伏見 大地", "1999-03-05", 2023, 37, 101.6, 231],
                ["H11458", "上野山 里美", "1983-06-21", 2010, 43, 69.7, 139],
                ["H15877", "江戸川 拓", "1996-08-02", 2020, 40, 88.0, 190],
                ["H12219", "片桐 夕子", "1987-01-28", 2013, 46, 72.5, 144],
                ["H16390", "宮城 颯太", "1998-10-10", 2021, 38, 91.3, 205],
                ["H10115", "瀬戸口 勉", "1972-12-04", 2004, 45, 70.2, 133],
                ["H13062", "金城 美波", "1992-04-16", 2016, 42, 77.9, 161],
                ["H14455", "樋渡 航", "1994-09-23", 2019, 41, 84.6, 182],
                ["H09780", "嶋津 恵子", "1980-05-07", 2008, 44, 67.5, 126],
                ["H17508", "多胡 結衣", "2002-02-14", 2024, 35, 109.8, 248],
                ["H11971", "浜名 修", "1978-11-30", 2011, 43, 73.1, 149],
                ["H15604", "泉谷 光", "1997-07-08", 2020, 39, 86.4, 187],
            ],
        }],
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "gyoumukaizen-024",
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "pseudonymised per-worker time-study rows (code, age band, sex, tenure): re-identifiable in a small team, a judgement call",
        "charset": "cp932",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "梱包工程 観測データ（作業者コード版）",
        "body": """楠本様

堀之内です。
梱包工程の観測データを、人事からの指示どおり作業者コードに置き換えた版でお送りします。
年代・性別・雇用区分・経験年数は分析に必要とのことでしたので残しています。

""" + SIG_HORI,
        "attachments": [{
            "kind": "csv",
            "name": "梱包_観測データ_コード版.csv",
            "rows": [
                ["作業者コード", "年代", "性別", "雇用区分", "経験年数", "シフト", "観測回数", "平均(秒)"],
                ["W01", "20代", "女", "正社員", 3, "日勤", 40, 52.8],
                ["W02", "40代", "男", "正社員", 14, "夜勤", 38, 47.1],
                ["W03", "40代", "女", "パート", 9, "日勤", 41, 49.6],
                ["W04", "20代", "女", "派遣", 1, "日勤", 36, 63.2],
                ["W05", "50代", "男", "嘱託", 22, "日勤", 39, 51.0],
                ["W06", "30代", "女", "パート", 6, "日勤", 42, 50.3],
                ["W07", "20代", "男", "派遣", 0, "夜勤", 33, 71.9],
                ["W08", "30代", "男", "正社員", 8, "夜勤", 40, 48.4],
            ],
        }],
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "gyoumukaizen-025",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "employee survey questionnaire draft (DOCX): questions only",
        "charset": "utf-8",
        "sender": "鷹取 美緒 <takatori.m@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "業務負荷アンケート 設問案のご確認",
        "body": """楠本様

いつもお世話になっております。人事部の鷹取です。

全社向け「業務負荷・改善意識アンケート」の設問案を作成しました。
人事部としては、回答者が特定されないよう、所属は「部」単位までに
とどめたいと考えております（課・年代の掛け合わせは不可）。

設問数が多いとのご指摘もあり、自由記述を2問に絞りました。
ご意見をいただけますと幸いです。

""" + SIG_TAKATORI,
        "attachments": [{
            "kind": "docx",
            "name": "業務負荷アンケート_設問案_v2.docx",
            "paragraphs": [
                "業務負荷・改善意識アンケート（設問案 v2）",
                "回答は匿名です。集計結果は部単位でのみ公表します。",
                "Q1. 所属部門（営業本部／管理本部／物流本部／その他）",
                "Q2. 1週間のうち、定型的な入力・転記作業に費やす時間はおおよそ何時間ですか。",
                "Q3. 同じ情報を複数のシステムやExcelに入力することがありますか。（毎日／週数回／月数回／ない）",
                "Q4. 業務の手順が文書化されていないと感じる業務はありますか。",
                "Q5. 改善してほしい業務を1つ挙げてください。（自由記述）",
                "Q6. その他、業務改革プロジェクトへのご意見（自由記述）",
            ],
        }],
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "gyoumukaizen-026",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the KPI workbook attached is corrupt and cannot be inspected",
        "charset": "cp932",
        "sender": "久我 智子 <kuga.tomoko@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "subject": "10月度 KPIダッシュボード（元データ付き）",
        "body": """氷見様

経営企画部の久我です。
10月度のKPIダッシュボードを、元データのシート付きでお送りします。
ピボットを組み直していただいて構いません。

※社内のファイルサーバから直接添付したため、開けない場合はお知らせください。

""" + SIG_KUGA,
        "attachments": [{"kind": "corrupt", "name": "KPIダッシュボード_2025-10.xlsx"}],
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "gyoumukaizen-027",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "print order to the partner printer: order number, copies, delivery to the head office",
        "charset": "iso-2022-jp",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["相良 様 <sagara@nishiki-insatsu.co.jp>"],
        "subject": "ワークショップ配布資料の印刷発注（発注番号 PO-HS-25-01587）",
        "body": """錦印刷株式会社
営業部 相良様

いつもお世話になっております。日の出産業の小此木です。
先日お見積りいただいた件、下記のとおり発注いたします。

　発注番号：PO-HS-25-01587
　品名　　：業務改革ワークショップ 配布資料（A4 カラー 24頁 中綴じ）
　部数　　：60部
　付属　　：A3 プロセスマップ（両面カラー・二つ折り）60部
　納期　　：11月20日（木）午前必着
　納品先　：〒103-0027 東京都中央区日本橋3-14-9 日の出ビル7F
　　　　　　日の出産業株式会社 業務改革推進室 宛

入稿データは本日中に、いつものファイル便でお送りします。
色校正は不要です。

""" + SIG_OKONOGI,
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "gyoumukaizen-028",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "request to the logistics partner with the consultancy in Cc: two external organisations",
        "charset": "cp932",
        "sender": "五百旗頭 健 <iokibe.k@hinode-sangyo.co.jp>",
        "to": ["古閑 様 <koga@aoba-unyu.co.jp>"],
        "cc": ["氷見 達也 <t.himi@arc-bc.co.jp>", "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>"],
        "subject": "集荷待ち時間の共同観測のお願い",
        "body": """青葉運輸株式会社
物流管理部 古閑様

いつも大変お世話になっております。
日の出産業 東日本物流センターの五百旗頭です。

現在弊社で進めております業務改革プロジェクトの一環として、
夕方の集荷時に発生しているトラック待機時間を計測したいと考えております。
つきましては、11月第2週のうち2日間、ドライバーの方の到着・積込開始・出発時刻を
記録させていただけないでしょうか。

計測はコンサルタントのアーク・ビジネスコンサルティング（CCの氷見様）と
弊社推進室が行い、結果は貴社にも共有いたします。
ドライバーの方のお名前は記録いたしません（車番のみ）。

ご検討のほど、よろしくお願い申し上げます。

""" + SIG_IOKIBE,
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "gyoumukaizen-029",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX report whose every slide carries a CONFIDENTIAL - Internal Only footer, sent outside",
        "charset": "utf-8",
        "sender": "久我 智子 <kuga.tomoko@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>", "楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "経営会議報告資料（KPI・施策進捗）",
        "body": """氷見様、楠本様

久我です。昨日の経営会議に提出した報告資料をお送りします。
施策進捗のページは貴社作成の資料を一部転記しています。

""" + SIG_KUGA,
        "attachments": [{
            "kind": "pptx",
            "name": "経営会議報告_KPI_施策進捗_1105.pptx",
            "page_footer": "CONFIDENTIAL - Internal Only",
            "slides": [
                ["経営会議報告：業務改革プロジェクト", "2025年11月5日　経営企画部"],
                ["KPI推移", "受注処理リードタイム 6.8h → 6.4h", "FAX受注比率 41% → 39%"],
                ["施策進捗", "受注入力自動化：PoC 完了、本番化判断は12月", "在庫引当一元化：要件定義中"],
                ["来期予算への影響", "システム改修費 概算 1.2億円", "人員再配置：受注センター 6名分"],
            ],
        }],
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "gyoumukaizen-030",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions 機密保持契約 and ends with the standard disclaimer: a mention, not a marking",
        "charset": "iso-2022-jp",
        "sender": "真壁 修一 <makabe@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "subject": "Re: 他社事例の共有可否について",
        "body": """氷見さん

真壁です。ご確認ありがとうございます。

ご提示いただいた他社事例は、機密保持契約の範囲内で弊社内の検討にのみ
使わせていただきます。社名を伏せた形であれば、ステコミ資料への掲載も
問題ないとの理解でよろしいでしょうか。

また、弊社側の数値を貴社の事例集に使われる場合は、事前にご相談ください。
法務と確認のうえ回答いたします。

""" + SIG_MAKABE + "\n" + DISCLAIMER_JA,
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "gyoumukaizen-031",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward (FW) of HR's internal roster of 8 order-centre staff with birth dates and mobiles to the consultancy",
        "charset": "cp932",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "FW: 受注センター 要員一覧",
        "body": """楠本様

小此木です。要員構成のご質問について、人事から届いた一覧を転送します。
雇用区分ごとの人数はこちらでご確認いただけると思います。

-----Original Message-----
From: 鷹取 美緒
Sent: Monday, October 27, 2025 11:02 AM
To: 小此木 さやか
Subject: 受注センター 要員一覧

小此木さん

お疲れさまです。受注センターの要員一覧です。

氏名　　　　　入社日　　　　雇用区分　生年月日　　　携帯
------------  ------------  --------  ------------  -------------
仁科 由佳　　 2011/04/01　　正社員　　1988/03/22　　080-3391-0726
日下部 彩　　 2016/10/01　　正社員　　1993/08/05　　090-1963-5027
六車 康弘　　 2008/04/01　　正社員　　1981/01/30　　090-4652-3381
三ツ矢 葵　　 2022/06/15　　契約社員　1998/05/09　　080-7716-3320
井手 朋美　　 2019/02/01　　パート　　1975/11/12　　070-5520-8196
住吉 佳奈　　 2014/04/01　　正社員　　1990/06/28　　090-2287-4653
伊勢谷 忍　　 2023/09/01　　派遣　　　1996/02/19　　080-6634-1207
真栄田 奈々　 2020/04/01　　正社員　　1997/10/04　　070-9418-2735

以上です。
鷹取

""" + SIG_OKONOGI,
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "gyoumukaizen-032",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply whose list of five people's contacts is entirely quoted (> lines) from the recipient's own mail",
        "charset": "utf-8",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["能登谷 翔 <s.notoya@arc-bc.co.jp>"],
        "subject": "Re: 夜間観測の立会い者について",
        "body": """能登谷さん

堀之内です。立会い者リストありがとうございます。
5名とも観測当日（11/11夜）のシフトに入っていることを確認しました。
センター側への周知は私から行います。

On 2025/11/06 17:42, 能登谷 翔 wrote:
> 堀之内さん
>
> 先日センター長から伺った夜間シフトの立会い候補を整理しました。
> 当日の連絡用に携帯も記載しています。
>
> ・鬼塚 浩平　梱包係　090-2045-6618　onizuka.k@hinode-sangyo.co.jp
> ・小鳥遊 陸　入荷係　080-1357-8842　takanashi.r@hinode-sangyo.co.jp
> ・蔵前 悠　　出荷係　080-4408-5519　kuramae.y@hinode-sangyo.co.jp
> ・大和田 匠　出荷係　090-3822-9057　owada.t@hinode-sangyo.co.jp
> ・丹羽 奈緒　出荷係　070-1184-6697　niwa.n@hinode-sangyo.co.jp
>
> ご確認をお願いします。
> 能登谷
""",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "gyoumukaizen-033",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply with headcount per department: statistics, no individuals",
        "charset": "utf-8",
        "sender": "Tomoko Kuga <kuga.tomoko@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitford <d.whitford@arc-bc.com.sg>"],
        "subject": "RE: Headcount by function for the FTE model",
        "body": """Hi Daniel,

Please find below the headcount by function as of 1 October (full-time equivalents,
part-timers counted as 0.6).

Function                 Regular  Contract  Part-time  Agency   FTE
-----------------------  -------  --------  ---------  ------  -----
Order centre                  14         3          6       4   24.6
Sales admin (2 divisions)     11         1          2       0   13.2
Logistics - East              38         6         22      15   72.2
Logistics - West              27         4         17      11   51.2
Accounting                    12         0          3       0   13.8
Purchasing                     9         1          0       0   10.0

Agency staff numbers fluctuate by about +/-20% in December.
Let me know if you need the FY2024 figures as well.

Best regards,
Tomoko Kuga
Corporate Planning, Hinode Sangyo Co., Ltd.
""",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "gyoumukaizen-034",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a freelance facilitator's マイナンバー and home address written back to her on gmail for the payment record",
        "charset": "utf-8",
        "sender": "蓮見 大輔 <hasumi@hinode-sangyo.co.jp>",
        "to": ["上久保 ちひろ <chihiro.kamikubo@gmail.com>"],
        "subject": "報酬の支払調書作成のため、ご登録内容のご確認をお願いします",
        "body": """上久保 ちひろ 様

いつもお世話になっております。日の出産業 総務部の蓮見でございます。
先日のワークショップのファシリテーション、誠にありがとうございました。

報酬の支払調書作成にあたり、ご提出いただいた内容を下記のとおり登録いたしました。
誤りがないか、ご確認をお願いいたします。

　氏名　　：上久保 ちひろ（カミクボ チヒロ）
　住所　　：〒214-0014 神奈川県川崎市多摩区登戸2781-4 ルミエール登戸302
　個人番号：""" + _g4(my_number(SEED + 2)) + """
　支払金額：220,000円（源泉徴収税額 22,462円）

お手数ですが、相違がなければ「確認しました」とだけご返信ください。

""" + SIG_HASUMI,
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "gyoumukaizen-035",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one freelance facilitator on gmail: workshop run-sheet confirmation",
        "charset": "iso-2022-jp",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["上久保 ちひろ <chihiro.kamikubo@gmail.com>"],
        "subject": "11/27 ワークショップ 進行表のご確認",
        "body": """上久保さん

お世話になっております。日の出産業の小此木です。
11/27（木）のワークショップ進行表を、いただいた案から少し調整しました。

　 9:30　開会・趣旨説明（真壁）
　 9:45　アイスブレイク（上久保さん）
　10:15　As-Isの振り返り（アーク社 楠本様）
　11:00　グループワーク1：ムダの洗い出し
　12:00　昼食
　13:00　グループワーク2：To-Beの検討
　15:30　発表・講評
　17:00　閉会

グループワーク1の時間が短いかもしれませんので、
当日の様子を見て15分ほど延ばせるようにしています。
何かあればお気軽にご連絡ください。

小此木""",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "gyoumukaizen-036",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "interview request to three retired employees on private mail, all visible in To (should be Bcc)",
        "charset": "cp932",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["笹舘 正夫 <sasadate.m@yahoo.co.jp>", "大庭 清 <kiyoshi-ooba@ezweb.ne.jp>",
               "米倉 登美子 <tomiko.yonekura@gmail.com>"],
        "subject": "業務改革プロジェクト OBヒアリングへのご協力のお願い",
        "body": """笹舘様、大庭様、米倉様

ご無沙汰しております。日の出産業 業務改革推進室の堀之内と申します。
在職中は大変お世話になりました。

現在、弊社では受注から出荷までの業務を見直すプロジェクトを進めております。
現行の業務手順ができた経緯をご存じの皆様に、1時間ほどお話を伺えないかと考え、
ご連絡いたしました。

　期間：11月中旬〜12月上旬のご都合のよい日
　場所：本社またはオンライン（ご希望に合わせます）
　謝礼：些少ですが1万円（クオカード）を用意しております

ご協力いただける場合は、ご都合のよい日をお知らせください。

""" + SIG_HORI,
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "gyoumukaizen-037",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "To-Be process description (DOCX) to the partner system vendor: process and system steps only",
        "charset": "utf-8",
        "sender": "鮫島 拓海 <samejima@mail.hinode-sangyo.co.jp>",
        "to": ["塩入 博樹 <hiroki.shioiri@tsubasa-system.jp>"],
        "subject": "To-Be業務フロー（受注入力）説明資料",
        "body": """塩入様

お世話になっております。日の出産業の鮫島です。
先日の打合せでご説明した To-Be の受注入力フローを文書にまとめました。
システム側で対応が必要な箇所に【要改修】と付けています。

概算見積の前提としてお使いください。

""" + SIG_SAMEJIMA,
        "attachments": [{
            "kind": "docx",
            "name": "ToBe_受注入力フロー説明_v1.docx",
            "paragraphs": [
                "To-Be 受注入力フロー（v1）",
                "1. FAX受注はOCRサービスでテキスト化し、RPAが受注仮登録を行う。【要改修：仮登録API】",
                "2. 受注センターは仮登録データの確認のみを行い、差異があれば修正する。",
                "3. 与信確認は受注確定時にシステムが自動判定する。【要改修：与信判定バッチのオンライン化】",
                "4. 在庫引当は受注確定と同時に実行し、結果を営業・物流に通知する。【要改修：引当結果通知】",
                "5. 例外（欠品・納期調整）はワークフローで営業に回付する。",
            ],
            "tables": [[
                ["ステップ", "担当", "現行所要", "To-Be所要"],
                ["受注入力", "受注センター", "6.5分/件", "1.5分/件"],
                ["与信確認", "経理", "1.1分/件", "自動"],
                ["出荷可否確認", "営業", "3.2時間待ち", "即時通知"],
            ]],
        }],
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "gyoumukaizen-038",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "inquiry statistics workbook and HTML chart export: monthly counts and durations only",
        "charset": "cp932",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "問い合わせ件数・対応時間の統計（4月〜9月）",
        "body": """楠本様

小此木です。受注センターへの問い合わせ統計をお送りします。
「件数」シートは月別・種別、「対応時間」シートは分布です。
HTMLはBIツールからエクスポートしたグラフです（ブラウザでご覧ください）。

""" + SIG_OKONOGI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "問い合わせ統計_2025上期.xlsx",
                "sheets": {
                    "件数": [
                        ["受注センター 問い合わせ件数（2025年4月〜9月）"],
                        ["種別", "4月", "5月", "6月", "7月", "8月", "9月"],
                        ["納期確認", 612, 580, 655, 701, 498, 640],
                        ["在庫確認", 344, 310, 362, 390, 287, 351],
                        ["注文変更", 128, 119, 141, 150, 102, 133],
                        ["請求関連", 77, 81, 69, 88, 64, 72],
                    ],
                    "対応時間": [
                        ["対応時間（分）", "件数", "構成比"],
                        ["〜3", 2210, "0.27"],
                        ["3〜10", 3904, "0.48"],
                        ["10〜30", 1687, "0.21"],
                        ["30〜", 321, "0.04"],
                    ],
                },
            },
            {
                "kind": "html",
                "name": "inquiry_chart.html",
                "html": "<html><head><meta charset=\"utf-8\"><title>問い合わせ推移</title></head><body><h3>問い合わせ件数推移（2025年4月〜9月）</h3><table><tr><th>月</th><th>件数</th></tr><tr><td>4月</td><td>1161</td></tr><tr><td>5月</td><td>1090</td></tr><tr><td>6月</td><td>1227</td></tr><tr><td>7月</td><td>1329</td></tr><tr><td>8月</td><td>951</td></tr><tr><td>9月</td><td>1196</td></tr></table></body></html>",
            },
        ],
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "gyoumukaizen-039",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner is tsubasa-system.jp; addressed to tsubasa-system.co.jp (another TLD): look-alike",
        "charset": "iso-2022-jp",
        "sender": "鮫島 拓海 <samejima@mail.hinode-sangyo.co.jp>",
        "to": ["塩入 博樹 <hiroki.shioiri@tsubasa-system.co.jp>"],
        "subject": "Re: 受注システム改修 概算見積の前提について",
        "body": """塩入様

お世話になっております。日の出産業の鮫島です。
ご質問いただいた前提条件について回答いたします。

1. 受注仮登録APIの呼び出し件数：ピーク時 1時間あたり約300件
2. 与信判定のオンライン化：既存バッチのロジックをそのまま流用いただいて構いません
3. 引当結果通知：メールではなく、既存ポータルへの表示を想定しています

その他、不明点がございましたらご連絡ください。

""" + SIG_SAMEJIMA,
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "gyoumukaizen-040",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "minutes stamped 社外秘, but sent only to internal colleagues",
        "charset": "utf-8",
        "sender": "真壁 修一 <makabe@hinode-sangyo.co.jp>",
        "to": ["久我 智子 <kuga.tomoko@hinode-sangyo.co.jp>", "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
               "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】経営会議（11/5）業務改革関連 議事抜粋",
        "body": """各位

真壁です。11/5 経営会議のうち、業務改革関連部分の議事抜粋を共有します。
社外秘ですので、アーク社を含め社外への転送はしないでください。

""" + SIG_MAKABE,
        "attachments": [{
            "kind": "docx",
            "name": "経営会議議事抜粋_1105.docx",
            "page_header": "社外秘",
            "paragraphs": [
                "経営会議（2025/11/5）議事抜粋：業務改革プロジェクト",
                "・受注センターの人員再配置（6名分）は、来期4月の組織変更と合わせて実施する。",
                "・システム改修費 1.2億円は来期予算に計上する方向で了承。",
                "・コンサル契約の第2フェーズ延長は12月の経営会議で判断。",
            ],
        }],
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "gyoumukaizen-041",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names a packing worker and his hearing disability as the reason to exclude his data (要配慮個人情報)",
        "charset": "cp932",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "梱包ラインの観測データの扱いについて",
        "body": """楠本様

堀之内です。梱包ラインの観測データについて1点ご相談です。

11/6 の観測対象のうち、田村 祐介さん（梱包係・W11）は聴覚障害があり、
作業指示を筆談とタブレットで受けているため、指示待ちの時間が他の方より長く出ています。
標準時間の算定からは田村さんの分を除外していただけますでしょうか。
（ご本人の配慮事項はセンター長も承知しています）

改善施策としては、作業指示の画面表示化で全員の指示待ちを減らせると考えています。

""" + SIG_HORI,
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "gyoumukaizen-042",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "three-way meeting agenda: the logistics partner and the consultancy (two external organisations)",
        "charset": "utf-8",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["古閑 様 <koga@aoba-unyu.co.jp>", "氷見 達也 <t.himi@arc-bc.co.jp>"],
        "cc": ["五百旗頭 健 <iokibe.k@hinode-sangyo.co.jp>"],
        "subject": "11/20 三者打合せ（集荷待ち時間の改善）アジェンダ",
        "body": """青葉運輸 古閑様
アーク・ビジネスコンサルティング 氷見様

お世話になっております。日の出産業の小此木です。
11/20（木）15:00〜 の三者打合せのアジェンダをお送りします。

1. 共同観測の結果共有（アーク社）　15分
   - 平均待機時間 47分、最大 2時間10分（11/10〜11/11 実測）
2. 待機の主な要因（弊社）　15分
   - 出荷確定の遅れ、積込順の指示変更
3. 改善案の検討　20分
   - 集荷時間帯の予約制、出荷確定締め時刻の前倒し
4. 今後の進め方　10分

場所：東日本物流センター 2F 会議室（オンライン参加も可）

""" + SIG_OKONOGI,
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "gyoumukaizen-043",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "task inventory in legacy XLS: tasks, frequency and hours by department, no people",
        "charset": "cp932",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "業務棚卸し表（経理部・購買部）",
        "body": """楠本様

堀之内です。経理部と購買部の業務棚卸し表がそろいましたのでお送りします。
部のテンプレートが古い形式（.xls）のままですみません。

""" + SIG_HORI,
        "attachments": [{
            "kind": "xls",
            "name": "業務棚卸し_経理_購買.xls",
            "sheets": {
                "経理部": [
                    ["業務名", "頻度", "1回あたり(h)", "月間(h)", "使用システム"],
                    ["売上計上確認", "日次", 1.5, 30, "基幹"],
                    ["入金消込", "日次", 2.0, 40, "基幹＋Excel"],
                    ["支払処理", "月次", 16, 16, "ネットバンキング"],
                    ["月次決算", "月次", 60, 60, "会計システム"],
                ],
                "購買部": [
                    ["業務名", "頻度", "1回あたり(h)", "月間(h)", "使用システム"],
                    ["発注書作成", "日次", 1.0, 20, "Excel"],
                    ["納期督促", "日次", 0.8, 16, "電話・メール"],
                    ["仕入先評価", "半期", 24, 4, "Excel"],
                ],
            },
        }],
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "gyoumukaizen-044",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF (improvement proposal): cannot be inspected",
        "charset": "iso-2022-jp",
        "sender": "真壁 修一 <makabe@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "subject": "改善提案書（最終版）のご確認",
        "body": """氷見さん

真壁です。
社内レビューを反映した改善提案書の最終版をお送りします。
PDFにはパスワードを設定しています。パスワードは後ほどお電話でお伝えします。

""" + SIG_MAKABE,
        "attachments": [{
            "kind": "pdf",
            "name": "改善提案書_最終版.pdf",
            "password": "hinode1126",
            "lines": ["業務改革 改善提案書（最終版）", "1. 受注入力の自動化", "2. 在庫引当の一元化", "3. 出荷確定締め時刻の前倒し"],
        }],
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "gyoumukaizen-045",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "asking the partner law firm to review the consultancy NDA: mail about an NDA",
        "charset": "utf-8",
        "sender": "蓮見 大輔 <hasumi@hinode-sangyo.co.jp>",
        "to": ["一ノ瀬 先生 <ichinose@shirakawa-law.jp>"],
        "subject": "秘密保持契約書のレビューのお願い（アーク社修正版）",
        "body": """白川法律事務所
一ノ瀬先生

いつもお世話になっております。日の出産業 総務部の蓮見でございます。

業務改革支援を委託するコンサルティング会社との秘密保持契約について、
先方から修正版が届きましたので、レビューをお願いできますでしょうか。

先方の主な修正点：
・第4条（個人情報）に「再委託先への提供」を認める文言が追加されています
・第5条の返還・廃棄期限が「30日」から「90日」に延長されています
・第8条の有効期間が3年から2年に短縮されています

特に第4条は、ヒアリング記録等に従業員の個人情報が含まれるため、
どこまで認めてよいかご意見をいただきたく存じます。
11月14日（金）頃までにご回答いただけますと幸いです。

""" + SIG_HASUMI,
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書_アーク社修正版.docx",
            "paragraphs": [
                "秘密保持契約書（アーク社修正版）",
                "第4条（個人情報）乙は、甲の書面による事前承諾を得た場合に限り、再委託先に個人情報を提供することができる。",
                "第5条（返還・廃棄）本業務終了後90日以内に、受領者は秘密情報を返還または廃棄する。",
                "第8条（有効期間）本契約の有効期間は締結日から2年間とする。",
            ],
        }],
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "gyoumukaizen-046",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ZIP of a CSV with nine employees' names, e-mails and mobiles for RPA trial accounts, to the vendor",
        "charset": "cp932",
        "sender": "鮫島 拓海 <samejima@mail.hinode-sangyo.co.jp>",
        "to": ["嘉数 誠 <kakazu@flowworks.jp>"],
        "subject": "RPA検証環境 アカウント作成のお願い",
        "body": """株式会社フローワークス
嘉数様

お世話になっております。日の出産業 情報システム部の鮫島です。
RPA検証環境のアカウント作成をお願いいたします。
対象者9名の一覧をZIPで添付します。
多要素認証のSMS送信先として携帯番号も記載しています。

""" + SIG_SAMEJIMA,
        "attachments": [{
            "kind": "zip",
            "name": "rpa_accounts.zip",
            "files": [{
                "kind": "csv",
                "name": "rpa_accounts.csv",
                "rows": [
                    ["氏名", "ローマ字", "メールアドレス", "携帯電話", "権限"],
                    ["鮫島 拓海", "Takumi Samejima", "samejima@mail.hinode-sangyo.co.jp", "090-5721-0364", "管理者"],
                    ["早乙女 誠", "Makoto Saotome", "saotome.m@hinode-sangyo.co.jp", "090-7290-3351", "管理者"],
                    ["仁科 由佳", "Yuka Nishina", "nishina.y@hinode-sangyo.co.jp", "080-3391-0726", "開発者"],
                    ["日下部 彩", "Aya Kusakabe", "kusakabe.a@hinode-sangyo.co.jp", "090-1963-5027", "開発者"],
                    ["六車 康弘", "Yasuhiro Muguruma", "muguruma.y@hinode-sangyo.co.jp", "090-4652-3381", "開発者"],
                    ["東海林 直美", "Naomi Shoji", "shoji.n@hinode-sangyo.co.jp", "090-8745-1362", "利用者"],
                    ["纐纈 瑞穂", "Mizuho Koketsu", "koketsu.m@hinode-sangyo.co.jp", "070-5813-4427", "利用者"],
                    ["住吉 佳奈", "Kana Sumiyoshi", "sumiyoshi.k@hinode-sangyo.co.jp", "090-2287-4653", "利用者"],
                    ["伊勢谷 忍", "Shinobu Iseya", "iseya.s@hinode-sangyo.co.jp", "080-6634-1207", "利用者"],
                ],
            }],
        }],
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "gyoumukaizen-047",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three PoC users' names and e-mails to the RPA vendor: under five people, may warn",
        "charset": "utf-8",
        "sender": "鮫島 拓海 <samejima@mail.hinode-sangyo.co.jp>",
        "to": ["嘉数 誠 <kakazu@flowworks.jp>"],
        "subject": "Re: PoC用ライセンスの割当て先",
        "body": """嘉数様

鮫島です。PoC用ライセンス3本の割当て先は以下のとおりです。

・仁科 由佳（受注センター）nishina.y@hinode-sangyo.co.jp
・日下部 彩（受注センター）kusakabe.a@hinode-sangyo.co.jp
・早乙女 誠（情報システム部）saotome.m@hinode-sangyo.co.jp

招待メールはこのアドレスにお送りください。
よろしくお願いいたします。

鮫島""",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "gyoumukaizen-048",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "notice to a partner customer about the new order cut-off time: ordinary business mail",
        "charset": "iso-2022-jp",
        "sender": "南雲 千夏 <nagumo.c@hinode-sangyo.co.jp>",
        "to": ["江刺家 様 <esashika@kitaguni-foods.co.jp>"],
        "subject": "受注締め時刻変更のお知らせ（2026年1月5日受付分より）",
        "body": """北国フーズ株式会社
購買部 江刺家様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 営業一課の南雲でございます。

このたび弊社では、出荷業務の見直しに伴い、
当日出荷の受注締め時刻を下記のとおり変更させていただくこととなりました。

　変更前：15:00 受付分まで当日出荷
　変更後：14:00 受付分まで当日出荷
　適用　：2026年1月5日（月）受付分より

EDIでのご発注は従来どおり16:00まで当日出荷で対応いたします。
ご不便をおかけいたしますが、何卒ご理解賜りますようお願い申し上げます。

--
日の出産業株式会社 営業本部 営業一課
南雲 千夏
TEL 03-6262-4110（代表）／FAX 03-6262-4119""",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "gyoumukaizen-049",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "subject and body carry the 極秘 classification of a draft reorganisation plan",
        "charset": "utf-8",
        "sender": "真壁 修一 <makabe@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "subject": "【極秘】組織再編案（ドラフト）について",
        "body": """━━━━━━━━━━━━━━
　極秘　取扱者限定
━━━━━━━━━━━━━━

氷見さん

真壁です。社長から指示のあった組織再編案のドラフトです。
まだ役員の一部しか知らない内容ですので、貴社内でも氷見さんのみでお願いします。

・受注センターと営業事務を統合し「受注管理部」を新設（2026年4月）
・東西の物流センターを物流本部の直轄とし、センター長を1名体制に
・購買課を管理本部から生産本部へ移管

人員配置の試算は来週お送りします。

""" + SIG_MAKABE,
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "gyoumukaizen-050",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank form samples sent by courier: tracking number and form codes only",
        "charset": "cp932",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "帳票サンプル（未記入）発送のご連絡",
        "body": """楠本様

堀之内です。ご依頼の帳票サンプル（未記入のもの）を本日発送しました。

　配送：ヤマト運輸 宅急便
　お問い合わせ伝票番号：4417-2803-9566
　お届け予定：11/13（木）午前

同梱物：
　HS-F012 受注伝票（3枚複写）
　HS-F015 出荷指示書
　HS-F021 返品受付票
　HS-F030 納期回答書
　HS-F044 在庫引当台帳（Excel印刷版）

記入済みの実物は個人名・取引先名が入っているためお送りできません。
記入例が必要でしたら、ダミーデータで作成します。

""" + SIG_HORI,
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "gyoumukaizen-051",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply: the consultants' mobiles appear only under the quoted 差出人/送信日時 header",
        "charset": "iso-2022-jp",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "subject": "RE: 年末年始の緊急連絡先",
        "body": """氷見様

お世話になっております。小此木です。
年末年始の連絡先、承知いたしました。
弊社は12/27〜1/4が休業となります。急ぎの場合は私の携帯までお願いいたします。

本年も大変お世話になりました。

小此木

差出人: 氷見 達也 <t.himi@arc-bc.co.jp>
送信日時: 2025年12月19日 18:05
宛先: 小此木 さやか
件名: 年末年始の緊急連絡先

小此木様

年末年始（12/27〜1/5）の弊社メンバーの緊急連絡先をお知らせします。

　氷見 達也　　090-2716-5538
　楠本 理沙　　080-4420-1975
　能登谷 翔　　070-6638-2204
　牧之瀬 恵　　090-5184-7736
　池ノ上 直樹　080-3317-6605

よろしくお願いいたします。
氷見
""",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "gyoumukaizen-052",
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "vehicle entry request to a partner factory carries the driver's 運転免許証 number",
        "charset": "cp932",
        "sender": "五百旗頭 健 <iokibe.k@hinode-sangyo.co.jp>",
        "to": ["川崎電機 入構受付 <nyuko@kawasaki-denki.co.jp>"],
        "subject": "11/19 工場見学 車両入構申請",
        "body": """川崎電機株式会社 総務課 入構受付ご担当者様

お世話になっております。日の出産業 東日本物流センターの五百旗頭です。
11/19（水）の部品受入工程の見学にあたり、社用車での入構を申請いたします。

　入構日時：11/19（水）9:30〜12:00
　車両　　：トヨタ ハイエース（白） 春日部 400 さ 12-87
　運転者　：堀之内 亮
　運転免許証番号：第 301927460583 号
　同乗者　：五百旗頭 健、アーク・ビジネスコンサルティング 能登谷様

入構証の発行に必要な情報が不足していればお知らせください。

""" + SIG_IOKIBE,
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "gyoumukaizen-053",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three visitors with their mobiles for a partner factory visit: under five people, may warn",
        "charset": "utf-8",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["川崎電機 入構受付 <nyuko@kawasaki-denki.co.jp>"],
        "subject": "11/19 ご見学者のご連絡（日の出産業）",
        "body": """川崎電機株式会社
総務課 入構受付ご担当者様

お世話になっております。日の出産業の小此木です。
11/19（水）の見学者（徒歩入構分）をお知らせいたします。

　1. 小此木 さやか（日の出産業）　携帯 080-2235-9917
　2. 楠本 理沙（アーク・ビジネスコンサルティング）　携帯 080-4420-1975
　3. 牧之瀬 恵（アーク・ビジネスコンサルティング）　携帯 090-5184-7736

車両で伺う3名は、別途五百旗頭より申請しております。
当日はどうぞよろしくお願いいたします。

""" + SIG_OKONOGI,
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "gyoumukaizen-054",
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "foreign consultant's passport number and date of birth sent for factory visitor pre-registration",
        "charset": "iso-2022-jp",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["川崎電機 入構受付 <nyuko@kawasaki-denki.co.jp>"],
        "subject": "外国籍見学者の事前登録（11/19 日の出産業）",
        "body": """川崎電機株式会社
総務課 入構受付ご担当者様

お世話になっております。日の出産業の小此木です。
11/19 の見学に、コンサルティング会社のシンガポール拠点の方が1名加わることになりました。
貴社規程の外国籍来訪者の事前登録に必要な事項をお送りします。

　氏名（旅券記載どおり）：WHITFORD DANIEL JAMES
　生年月日　　　　　　　：1984年3月17日
　旅券番号　　　　　　　：125583097
　所属　　　　　　　　　：Arc Business Consulting Pte. Ltd.
　来訪目的　　　　　　　：部品受入工程の見学（日の出産業の業務改革プロジェクト）

旅券の写しが必要でしたら、当日受付でご提示いたします。

""" + SIG_OKONOGI,
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "gyoumukaizen-055",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English steering committee agenda to the consultancy's Singapore analyst",
        "charset": "utf-8",
        "sender": "Shuichi Makabe <makabe@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitford <d.whitford@arc-bc.com.sg>"],
        "subject": "Steering Committee #4 (17 Dec) - agenda and your slot",
        "body": """Daniel,

Here is the draft agenda for the fourth steering committee on 17 December
(15:00-17:00 JST, you will join over Teams):

  15:00  Opening - Makabe
  15:10  KPI review, Oct-Nov - Kuga (Corporate Planning)
  15:30  Benchmarking results - Daniel Whitford (20 min + Q&A)
  16:10  Phase 2 scope and budget - Himi-san
  16:40  Decisions and next steps

Please keep the benchmarking part to about 12 slides; the committee members
will read the detailed appendix afterwards. Slides by 12 December, please.

Thanks,
Shuichi
""",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "gyoumukaizen-056",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "project role chart (PDF): names with project roles only, no contact or other personal data",
        "charset": "cp932",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "subject": "プロジェクト体制図（第2フェーズ案）",
        "body": """氷見様

小此木です。第2フェーズの体制図（案）をお送りします。
各分科会のリーダーは部門長の了承済みです。

""" + SIG_OKONOGI,
        "attachments": [{
            "kind": "pdf",
            "name": "体制図_第2フェーズ案.pdf",
            "lines": ["業務改革プロジェクト 第2フェーズ 体制図（案）", ""],
            "table": [
                ["役割", "氏名", "所属"],
                ["プロジェクトオーナー", "日野 社長", "経営"],
                ["事務局長", "真壁 修一", "業務改革推進室"],
                ["受注分科会リーダー", "阿久津 浩二", "営業二課"],
                ["物流分科会リーダー", "五百旗頭 健", "東日本物流センター"],
                ["経理分科会リーダー", "東海林 直美", "経理課"],
                ["システム分科会リーダー", "鮫島 拓海", "情報システム部"],
                ["事務局", "小此木 さやか／堀之内 亮", "業務改革推進室"],
            ],
        }],
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "gyoumukaizen-057",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "supplier company list with switchboards and 法人番号: a list of businesses, not people",
        "charset": "cp932",
        "sender": "百目鬼 隆 <domeki.t@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "主要仕入先一覧（購買プロセス分析用）",
        "body": """楠本様

購買課の百目鬼です。
購買プロセス分析用に、主要仕入先の一覧をお送りします。
発注方法の列は、現時点での主な手段です。

--
日の出産業株式会社 管理本部 購買課
百目鬼 隆
TEL 03-6262-4125""",
        "attachments": [{
            "kind": "csv",
            "name": "主要仕入先一覧.csv",
            "rows": [
                ["仕入先名", "法人番号", "所在地", "代表電話", "発注方法", "年間取引額(百万円)"],
                ["川崎電機株式会社", "8043002118765", "神奈川県川崎市幸区堀川町58-2", "044-511-2300", "EDI", 842],
                ["東和化成工業株式会社", "1012001090456", "兵庫県尼崎市東七松町1-9-15", "06-6481-7720", "FAX", 315],
                ["株式会社ミナト包材", "6010701033218", "東京都品川区東品川4-3-18", "03-3471-9055", "メール", 128],
                ["信栄精機株式会社", "6013301029874", "東京都八王子市石川町2971-6", "042-645-3310", "FAX", 97],
                ["北辰ケミカル株式会社", "8040001067531", "千葉県市原市五井南海岸11-4", "0436-21-8840", "Web発注", 211],
            ],
        }],
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "gyoumukaizen-058",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one customer business contact (name, switchboard) passed to the consultancy",
        "charset": "iso-2022-jp",
        "sender": "南雲 千夏 <nagumo.c@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "顧客ヒアリング（北国フーズ様）の調整結果",
        "body": """楠本様

お世話になっております。営業一課の南雲です。
顧客ヒアリングの件、北国フーズ様にご快諾いただきました。

　日時：12月3日（水）14:00〜15:00（オンライン）
　先方：北国フーズ株式会社 購買部 江刺家様
　連絡先：同社代表 011-862-4400（購買部へおつなぎいただけます）

質問事項は事前にお送りする約束をしています。
11/28（金）までに案をいただけますでしょうか。

--
日の出産業株式会社 営業一課
南雲 千夏""",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "gyoumukaizen-059",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "minutes note that a named clerk starts maternity leave: pregnancy-related, arguably health data of one person",
        "charset": "utf-8",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "subject": "第3回ステコミ 議事メモ（速報）",
        "body": """氷見様

小此木です。本日のステコミの議事メモ（速報）です。正式版は来週お送りします。

【決定事項】
・受注入力自動化は本番化に向けて12月から準備を開始
・月次決算早期化は第2フェーズで扱う

【補足】
・経理課の住吉 佳奈さんが12月から産前休業に入るため、月次決算の入金消込は
　1月まで纐纈さんが兼務する。経理分科会の開始は2月に後ろ倒し。

【宿題】
・アーク社：決算早期化のベンチマーク（12/10）
・推進室：入金消込の業務手順書作成（12/19）

""" + SIG_OKONOGI,
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "gyoumukaizen-060",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "logistics partner is aoba-unyu.co.jp; mail goes to aoba-unyu.jp (co. dropped): look-alike",
        "charset": "cp932",
        "sender": "五百旗頭 健 <iokibe.k@hinode-sangyo.co.jp>",
        "to": ["古閑 様 <koga@aoba-unyu.jp>"],
        "subject": "集荷時間帯 予約制の試行について",
        "body": """青葉運輸株式会社
古閑様

お世話になっております。日の出産業の五百旗頭です。
先日の三者打合せで話が出た集荷時間帯の予約制について、
12月第1週から2週間、試行させていただけないでしょうか。

　試行期間：12/1（月）〜12/12（金）
　対象　　：東日本物流センター 夕便（16時〜18時）
　方法　　：前日15時までに、翌日の便ごとの出荷予定数と積込開始時刻をご連絡

ご検討をお願いいたします。

""" + SIG_IOKIBE,
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "gyoumukaizen-061",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "employee survey results (PPTX): percentages by division, n per division, no individual answers",
        "charset": "utf-8",
        "sender": "鷹取 美緒 <takatori.m@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "業務負荷アンケート 集計結果",
        "body": """楠本様

人事部の鷹取です。アンケートの集計結果をお送りします。
回答率は78.4%（回答 612名／対象 781名）でした。
自由記述は、個人が特定されそうな記載を人事で削除した後、別途お送りします。

""" + SIG_TAKATORI,
        "attachments": [{
            "kind": "pptx",
            "name": "業務負荷アンケート_集計.pptx",
            "slides": [
                ["業務負荷・改善意識アンケート 集計結果", "回答 612名（回答率 78.4%）", "実施：2025年11月4日〜14日"],
                ["Q2 定型入力・転記に費やす時間（週）", "5時間未満：38%", "5〜10時間：34%", "10〜20時間：21%", "20時間以上：7%"],
                ["Q3 二重入力の頻度", "毎日：29%", "週数回：33%", "月数回：22%", "ない：16%"],
                ["部門別（Q2 10時間以上の割合）", "営業本部（n=198）：24%", "管理本部（n=143）：31%", "物流本部（n=246）：27%"],
            ],
        }],
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "gyoumukaizen-062",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "day-of contacts for three staff, one block each: under five people, may warn",
        "charset": "cp932",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["能登谷 翔 <s.notoya@arc-bc.co.jp>"],
        "subject": "11/27 ワークショップ当日の弊社連絡先",
        "body": """能登谷様

小此木です。11/27 のワークショップ当日、会場（さくらホテル）での
弊社側の連絡先をお知らせします。受付・機材・進行でそれぞれ担当を分けています。

【受付・会場】
氏名：蓮見 大輔（総務部）
携帯：090-3164-8827
メール：hasumi@hinode-sangyo.co.jp

【機材・オンライン配信】
氏名：早乙女 誠（情報システム部）
携帯：090-7290-3351
メール：saotome.m@hinode-sangyo.co.jp

【進行全般】
氏名：小此木 さやか（業務改革推進室）
携帯：080-2235-9917

よろしくお願いいたします。

""" + SIG_OKONOGI,
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "gyoumukaizen-063",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "request to a university professor with the public company brochure; standard disclaimer",
        "charset": "iso-2022-jp",
        "sender": "久我 智子 <kuga.tomoko@hinode-sangyo.co.jp>",
        "to": ["椎葉 教授 <shiiba@toto-u.ac.jp>"],
        "subject": "業務改革事例研究へのご協力について（日の出産業）",
        "body": """東都大学 経営工学科
椎葉 先生

突然のご連絡失礼いたします。
日の出産業株式会社 経営企画部の久我と申します。

先生のご研究「中堅流通業における受注業務の標準化」を拝読し、
弊社で進めております業務改革プロジェクトの取り組みを、事例研究の対象として
ご検討いただけないかと考え、ご連絡いたしました。

弊社の概要は添付の会社案内（公開資料）をご覧ください。
一度オンラインでご説明の機会をいただけますと幸いです。

""" + SIG_KUGA + "\n" + DISCLAIMER_JA,
        "attachments": [{
            "kind": "pdf",
            "name": "会社案内_日の出産業_2025.pdf",
            "title": "会社案内 2025",
            "lines": ["日の出産業株式会社 会社案内 2025", "設立：1962年　資本金：4億8,000万円", "従業員数：781名（2025年4月）",
                      "事業内容：産業資材・包装資材の卸売、物流サービス", "本社：東京都中央区日本橋3-14-9",
                      "拠点：札幌、仙台、名古屋、大阪、福岡、八潮"],
        }],
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "gyoumukaizen-064",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "current process flow PDF to the partner system vendor: steps, systems, volumes",
        "charset": "utf-8",
        "sender": "鮫島 拓海 <samejima@mail.hinode-sangyo.co.jp>",
        "to": ["塩入 博樹 <hiroki.shioiri@tsubasa-system.jp>"],
        "subject": "現行業務フロー図（受注〜売上計上）",
        "body": """塩入様

鮫島です。ご依頼の現行業務フロー図をPDFでお送りします。
システム間のデータ連携（夜間バッチ）も記載しています。

""" + SIG_SAMEJIMA,
        "attachments": [{
            "kind": "pdf",
            "name": "現行業務フロー図_受注_売上.pdf",
            "lines": ["現行業務フロー（受注〜売上計上）", ""],
            "table": [
                ["No", "工程", "部署", "システム", "件数/日"],
                ["1", "受注受付（FAX/EDI/メール）", "受注センター", "FAXサーバ/EDI", "約420"],
                ["2", "受注入力", "受注センター", "基幹（受注）", "約240"],
                ["3", "与信チェック", "経理", "基幹（与信）夜間バッチ", "約240"],
                ["4", "在庫引当", "物流センター", "倉庫管理＋Excel", "約380"],
                ["5", "出荷・売上計上", "物流／経理", "基幹（売上）", "約380"],
            ],
        }],
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "gyoumukaizen-065",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "full raw time-study workbook with names and birth dates, but sent only inside the company",
        "charset": "cp932",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["五百旗頭 健 <iokibe.k@hinode-sangyo.co.jp>"],
        "cc": ["小此木 さやか <okonogi.s@hinode-sangyo.co.jp>"],
        "subject": "時間観測 生データ（全量・氏名あり）センター保管用",
        "body": """五百旗頭センター長

推進室の堀之内です。
時間観測の生データ（氏名・生年月日入り）の全量をお送りします。
センター内での教育計画に使われるとのことでしたので、そのままの形にしています。
アーク社にはコード化した版のみ渡しています。

堀之内""",
        "attachments": [{
            "kind": "xlsx",
            "name": "時間観測_生データ_全量.xlsx",
            "sheets": {
                "ピッキング": [
                    ["社員番号", "氏名", "生年月日", "平均サイクル(秒)"],
                    ["H10977", "唐沢 悠真", "S61.7.14", 71.3],
                    ["H09455", "門脇 勇人", "H2.2.3", 68.9],
                    ["H14810", "薬師寺 亜美", "H7.12.17", 82.4],
                    ["H16702", "蔵前 悠", "H12.1.19", 95.1],
                    ["H08876", "大和田 匠", "S51.10.25", 66.2],
                    ["H13840", "丹羽 奈緒", "H1.7.31", 74.8],
                ],
                "梱包": [
                    ["社員番号", "氏名", "生年月日", "平均(秒)"],
                    ["H16031", "三ツ矢 葵", "H10.5.9", 52.8],
                    ["H13377", "鬼塚 浩平", "S59.9.30", 47.1],
                    ["H11093", "鈴鹿 朋子", "S54.8.8", 49.6],
                    ["H15149", "五味 沙織", "H9.6.2", 50.3],
                    ["H17015", "比嘉 さくら", "H13.9.13", 63.2],
                ],
            },
        }],
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "gyoumukaizen-066",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four additional interviewees with direct lines and e-mails: under five people, may warn",
        "charset": "utf-8",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "追加ヒアリング対象者（4名）",
        "body": """楠本様

小此木です。追加ヒアリングの対象者4名が決まりました。
日程調整は各人と直接していただいて構いません。

氏名          所属            直通            メール
------------  --------------  --------------  ------------------------------
伊集院 遥     購買課          03-6262-4127    ijuin.h@hinode-sangyo.co.jp
鈴鹿 朋子     物流センター    048-998-5534    suzuka.t@hinode-sangyo.co.jp
栗田 智之     物流センター    048-998-5538    kurita.t@hinode-sangyo.co.jp
野々宮 弘     生産管理課      03-6262-4188    nonomiya.h@hinode-sangyo.co.jp

よろしくお願いします。

""" + SIG_OKONOGI,
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "gyoumukaizen-067",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "RPA target selection shared with the vendor and the consultancy: two external organisations",
        "charset": "iso-2022-jp",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["嘉数 誠 <kakazu@flowworks.jp>"],
        "cc": ["氷見 達也 <t.himi@arc-bc.co.jp>", "鮫島 拓海 <samejima@mail.hinode-sangyo.co.jp>"],
        "subject": "RPA対象業務の選定結果について",
        "body": """フローワークス 嘉数様
（CC：アーク・ビジネスコンサルティング 氷見様）

お世話になっております。日の出産業の小此木です。
先日のワークショップを受け、RPAの対象業務を下記の3業務に決定しました。

　1. FAX受注の仮登録（OCR連携）　　　　想定削減 2,600時間／年
　2. EDI受注エラーの一次確認　　　　　　想定削減 　700時間／年
　3. 入金消込の候補抽出　　　　　　　　想定削減 　800時間／年

各業務の詳細手順書は、アーク社で作成中のものを12月上旬に共有します。
開発見積をいただく際の前提として、ご承知おきください。

""" + SIG_OKONOGI,
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "gyoumukaizen-068",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you after the workshop with a whiteboard photo: one external organisation",
        "charset": "utf-8",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>", "楠本 理沙 <r.kusumoto@arc-bc.co.jp>",
               "能登谷 翔 <s.notoya@arc-bc.co.jp>"],
        "subject": "本日のワークショップの御礼",
        "body": """アーク・ビジネスコンサルティング
氷見様、楠本様、能登谷様

本日は長時間にわたりありがとうございました。
参加者アンケートでも「他部署の事情がよく分かった」という声が多く、
大変有意義な場になりました。

ホワイトボードの写真を添付します。
模造紙の内容は明日中にテキスト化して共有いたします。

""" + SIG_OKONOGI,
        "attachments": [{"kind": "png", "name": "whiteboard_1127.png"}],
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "gyoumukaizen-069",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "generic safety rules for observers at the warehouse; no one's health data",
        "charset": "cp932",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["牧之瀬 恵 <m.makinose@arc-bc.co.jp>"],
        "subject": "物流センター観測時の安全上の注意",
        "body": """牧之瀬様

堀之内です。来週からの観測にあたり、センターの安全ルールをお伝えします。

・構内ではヘルメット・安全靴を着用（貸出あり）
・フォークリフト通路（黄色線内）には立ち入らない
・作業者の動線上で観測する場合は、1.5m以上離れる
・重量物（20kg以上）の作業は2人作業のため、観測位置を事前にリーダーと相談
・体調不良時は無理をせず、事務所で休憩してください

何かあれば現場リーダーか私にご連絡ください。

""" + SIG_HORI,
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "gyoumukaizen-070",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English KPI definition document for the consultancy's analyst",
        "charset": "utf-8",
        "sender": "Tomoko Kuga <kuga.tomoko@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitford <d.whitford@arc-bc.com.sg>"],
        "subject": "KPI definitions (v1.2)",
        "body": """Hi Daniel,

As requested, attached are our KPI definitions (v1.2). The main change from v1.1 is that
order-processing lead time now starts at order receipt rather than at order entry,
so the September figure went up by about 0.9 hours. The trend is unaffected.

Regards,
Tomoko

""" + DISCLAIMER_EN,
        "attachments": [{
            "kind": "docx",
            "name": "KPI_definitions_v1.2.docx",
            "paragraphs": [
                "Business Transformation Project - KPI definitions (v1.2)",
                "Order-processing lead time: hours from order receipt (fax/EDI/e-mail timestamp) to shipping instruction.",
                "Manual order ratio: fax and e-mail orders / all orders, by order lines.",
                "Mis-shipment rate: mis-shipped lines per million shipped lines (ppm).",
                "Monthly closing days: business days from month end to closing approval.",
            ],
            "tables": [[
                ["KPI", "Owner", "Source", "Frequency"],
                ["Order lead time", "Order centre", "ERP order log", "Monthly"],
                ["Manual order ratio", "Order centre", "Fax server / ERP", "Monthly"],
                ["Mis-shipment rate", "Logistics", "Claims DB", "Monthly"],
                ["Closing days", "Accounting", "Closing checklist", "Monthly"],
            ]],
        }],
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "gyoumukaizen-071",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "payment-process interview request to the partner bank with the consultancy in Cc: two external orgs",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 玲奈 <usami.r@hinode-sangyo.co.jp>",
        "to": ["栗栖 様 <kurisu@midori-ginko.co.jp>"],
        "cc": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "支払業務の効率化に関するご相談（日の出産業）",
        "body": """株式会社みどり銀行
法人営業部 栗栖様

いつも大変お世話になっております。日の出産業 経理部の宇佐美です。

弊社で進めている業務改革の一環として、支払業務（総合振込）の効率化を検討しております。
つきましては、貴行の振込データ連携サービス（API連携・全銀ファイル自動送信）について、
ご説明の機会をいただけないでしょうか。

弊社の支援コンサルタント（CCの楠本様）も同席させていただく予定です。
12月前半でご都合のよい日時をいくつかお知らせいただけますと幸いです。

""" + SIG_USAMI,
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "gyoumukaizen-072",
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "XLSX of 20 named employees' monthly overtime hours (employee attributes) sent to the consultancy",
        "charset": "utf-8",
        "sender": "鷹取 美緒 <takatori.m@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "受注センター・物流センター 残業実績（4月〜9月）",
        "body": """楠本様

人事部の鷹取です。業務量と残業の相関分析用に、残業実績をお送りします。
（集計値だけでは偏りが見えないとのことでしたので、個人別にしています）

""" + SIG_TAKATORI,
        "attachments": [{
            "kind": "xlsx",
            "name": "残業実績_2025上期.xlsx",
            "title": "残業実績 2025年度上期",
            "sheets": {
                "個人別": [
                    ["残業実績（時間）2025年4月〜9月　人事部作成"],
                    [],
                    ["社員番号", "氏名", "所属", "雇用区分", "4月", "5月", "6月", "7月", "8月", "9月"],
                    ["H11872", "仁科 由佳", "受注センター", "正社員", 32, 28, 35, 41, 22, 30],
                    ["H13590", "日下部 彩", "受注センター", "正社員", 29, 25, 31, 38, 18, 27],
                    ["H08512", "六車 康弘", "受注センター", "正社員", 45, 40, 44, 52, 30, 43],
                    ["H16031", "三ツ矢 葵", "受注センター", "契約社員", 12, 10, 15, 18, 8, 11],
                    ["H15990", "住吉 佳奈", "受注センター", "正社員", 26, 24, 30, 33, 19, 25],
                    ["H17122", "真栄田 奈々", "受注センター", "正社員", 21, 19, 24, 28, 15, 20],
                    ["H10977", "唐沢 悠真", "物流センター", "正社員", 38, 36, 40, 47, 33, 39],
                    ["H09455", "門脇 勇人", "物流センター", "正社員", 35, 31, 37, 44, 29, 34],
                    ["H15520", "猪狩 慎也", "物流センター", "正社員", 30, 27, 33, 39, 25, 29],
                    ["H13377", "鬼塚 浩平", "物流センター", "正社員", 41, 39, 43, 50, 36, 42],
                    ["H14810", "薬師寺 亜美", "物流センター", "正社員", 22, 20, 26, 31, 18, 23],
                    ["H12654", "小鳥遊 陸", "物流センター", "正社員", 36, 33, 38, 45, 30, 35],
                    ["H11093", "鈴鹿 朋子", "物流センター", "パート", 5, 4, 6, 8, 3, 5],
                    ["H16702", "蔵前 悠", "物流センター", "正社員", 27, 25, 29, 35, 22, 26],
                    ["H10388", "栗田 智之", "物流センター", "正社員", 33, 30, 34, 40, 27, 32],
                    ["H15149", "五味 沙織", "物流センター", "パート", 6, 5, 7, 9, 4, 6],
                    ["H08876", "大和田 匠", "物流センター", "嘱託", 18, 16, 20, 24, 14, 17],
                    ["H17015", "比嘉 さくら", "物流センター", "契約社員", 14, 12, 16, 20, 10, 13],
                    ["H09921", "野々宮 弘", "物流センター", "正社員", 29, 26, 31, 37, 24, 28],
                    ["H13840", "丹羽 奈緒", "物流センター", "正社員", 31, 28, 33, 40, 26, 30],
                ],
                "注記": [
                    ["・36協定の特別条項適用者を含む"],
                    ["・管理監督者は除く"],
                ],
            },
        }],
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "gyoumukaizen-073",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "rescheduling one interview: a name and a time slot only",
        "charset": "iso-2022-jp",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["能登谷 翔 <s.notoya@arc-bc.co.jp>"],
        "subject": "ヒアリング日程変更（経理課 東海林さん）",
        "body": """能登谷さん

堀之内です。
10/15（水）10:00 の経理課 東海林さんのヒアリングですが、
月次決算の対応のため、10/22（水）10:00 に変更させてください。
場所は同じ7A会議室です。

お手数をおかけしますが、よろしくお願いします。

堀之内""",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "gyoumukaizen-074",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "improvement roadmap DOCX with a copyright footer, no confidentiality marking",
        "charset": "utf-8",
        "sender": "真壁 修一 <makabe@hinode-sangyo.co.jp>",
        "to": ["塩入 博樹 <hiroki.shioiri@tsubasa-system.jp>"],
        "subject": "改善施策ロードマップ（システム関連部分）",
        "body": """ツバサシステム株式会社
塩入様

いつもお世話になっております。日の出産業の真壁です。
来年度のシステム改修計画の参考として、改善施策ロードマップのうち
システム関連部分を抜粋してお送りします。

""" + SIG_MAKABE,
        "attachments": [{
            "kind": "docx",
            "name": "改善施策ロードマップ_システム抜粋.docx",
            "page_footer": "© 2025 Hinode Sangyo Co., Ltd.",
            "paragraphs": [
                "改善施策ロードマップ（システム関連抜粋）",
                "2026年1〜3月：受注仮登録API、与信判定のオンライン化（ツバサシステム様）",
                "2026年4〜6月：在庫引当結果の通知機能、RPA本番化（フローワークス様）",
                "2026年7〜9月：入金消込の自動化、月次決算ワークフロー",
            ],
        }],
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "gyoumukaizen-075",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "acceptance certificate with order number and both companies' corporate numbers: no people",
        "charset": "cp932",
        "sender": "宇佐美 玲奈 <usami.r@hinode-sangyo.co.jp>",
        "to": ["アーク・ビジネスコンサルティング 経理部 <keiri@arc-bc.co.jp>"],
        "subject": "検収書送付（第1フェーズ 成果物）",
        "body": """アーク・ビジネスコンサルティング
経理部 ご担当者様

日の出産業 経理部の宇佐美です。
第1フェーズ成果物の検収書をお送りします。原本は郵送いたします。

""" + SIG_USAMI,
        "attachments": [{
            "kind": "pdf",
            "name": "検収書_PO-HS-25-01422.pdf",
            "lines": [
                "検 収 書",
                "株式会社アーク・ビジネスコンサルティング 御中（法人番号 4010401087342）",
                "",
                "発注番号：PO-HS-25-01422",
                "件名：業務改革支援業務 第1フェーズ",
                "成果物：現状分析報告書、As-Isプロセスマップ、改善提案書",
                "検収日：2025年12月12日",
                "",
                "日の出産業株式会社（法人番号 2011101054329）",
                "東京都中央区日本橋3-14-9　経理部長 坂東 宏明",
            ],
        }],
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "gyoumukaizen-076",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "scheduling with a university professor and the consultancy: two external organisations",
        "charset": "utf-8",
        "sender": "久我 智子 <kuga.tomoko@hinode-sangyo.co.jp>",
        "to": ["椎葉 教授 <shiiba@toto-u.ac.jp>"],
        "cc": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "subject": "Re: 事例研究の打合せ日程",
        "body": """椎葉先生

ご快諾いただき、誠にありがとうございます。
打合せには弊社の支援コンサルタントであるアーク社の氷見様にも同席いただきます。

ご提示いただいた候補のうち、12月9日（火）16:00〜 でお願いできますでしょうか。
場所は先生の研究室（本館4階）に伺います。

""" + SIG_KUGA,
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "gyoumukaizen-077",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a real filled-in 扶養控除等申告書 (employee and spouse My Numbers, birth dates, address) sent as an 'As-Is sample'",
        "charset": "cp932",
        "sender": "鷹取 美緒 <takatori.m@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "人事手続き As-Is の帳票サンプル（扶養控除等申告書）",
        "body": """楠本様

人事部の鷹取です。
人事手続きのAs-Is整理用に、扶養控除等申告書の記入済みサンプルをお送りします。
実際に提出されたものをExcelに転記した形式で、チェック欄の運用がよく分かると思います。

""" + SIG_TAKATORI,
        "attachments": [{
            "kind": "xlsx",
            "name": "扶養控除等申告書_記入済サンプル.xlsx",
            "sheets": {
                "申告書": [
                    ["令和8年分 給与所得者の扶養控除等（異動）申告書"],
                    ["項目", "内容"],
                    ["氏名", "六車 康弘（ムグルマ ヤスヒロ）"],
                    ["個人番号", my_number(SEED + 3)],
                    ["生年月日", "昭和56年1月30日"],
                    ["住所", "〒343-0845 埼玉県越谷市南越谷4-12-9"],
                    ["配偶者氏名", "六車 理恵"],
                    ["配偶者個人番号", my_number(SEED + 4)],
                    ["配偶者生年月日", "昭和58年9月2日"],
                    ["配偶者の所得見積額", "480,000円"],
                ],
                "チェック欄": [
                    ["確認項目", "担当", "確認日"],
                    ["個人番号の本人確認", "人事", "2025/11/20"],
                    ["扶養親族の所得確認", "人事", "2025/11/20"],
                ],
            },
        }],
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "gyoumukaizen-078",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "form-filling example with obvious dummy data (見本 太郎, ○○), no real person",
        "charset": "utf-8",
        "sender": "鷹取 美緒 <takatori.m@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "【差し替え】帳票サンプルはダミーデータ版でお願いします",
        "body": """楠本様

人事部の鷹取です。
先ほどお送りした申告書のサンプルは、実データが含まれていたため削除をお願いいたします。
大変失礼いたしました。代わりにダミーデータで作成した記入例をお送りします。

削除いただけましたら、お手数ですが一言ご返信ください。

""" + SIG_TAKATORI,
        "attachments": [{
            "kind": "docx",
            "name": "扶養控除等申告書_記入例_ダミー.docx",
            "paragraphs": [
                "扶養控除等（異動）申告書　記入例（ダミーデータ）",
                "氏名：見本 太郎（ミホン タロウ）",
                "個人番号：（記入例では省略）",
                "住所：東京都○○区○○町×丁目",
                "配偶者：見本 花子",
                "※ 実際の運用では、個人番号欄は本人確認後に人事が確認印を押す。",
            ],
        }],
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "gyoumukaizen-079",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the RPA vendor's quotation: quote number and license counts",
        "charset": "iso-2022-jp",
        "sender": "鮫島 拓海 <samejima@mail.hinode-sangyo.co.jp>",
        "to": ["嘉数 誠 <kakazu@flowworks.jp>"],
        "subject": "Re: 【御見積】RPA本番ライセンス（見積番号 FW-Q-25-0913）",
        "body": """嘉数様

お世話になっております。鮫島です。
お見積りありがとうございました。社内で確認し、以下の点をご相談させてください。

1. 実行ライセンスは当初3本 → 2本で開始し、半年後に追加する形は可能でしょうか。
2. 保守費（年額）の算定根拠をご教示ください。
3. 開発支援は 20人日 → 15人日 に減らした場合の金額をお願いします。

再見積を12月5日（金）までにいただけますと助かります。

鮫島

> 日の出産業株式会社 鮫島様
> 平素より大変お世話になっております。
> 標記のお見積りをお送りいたします（見積番号 FW-Q-25-0913、有効期限 2025/12/31）。
""",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "gyoumukaizen-080",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner hotel is sakura-hotel.jp; addressed to sakura-h0tel.jp (zero for o): look-alike",
        "charset": "cp932",
        "sender": "蓮見 大輔 <hasumi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-h0tel.jp>"],
        "subject": "Re: 研修室のご予約（11月27日・20名）お見積りの件",
        "body": """さくらホテル 宴会予約係
浜辺様

お世話になっております。日の出産業の蓮見です。
お見積りありがとうございました。内容で承知いたしました。

1点だけ変更をお願いいたします。
昼食の幕の内弁当のうち2食を、アレルギー対応（えび・かに不使用）に変更してください。

請求書は従来どおり総務部宛でお願いいたします。

""" + SIG_HASUMI,
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "gyoumukaizen-081",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "joint observation results to the logistics partner: aggregate waiting times by day and truck plate",
        "charset": "utf-8",
        "sender": "五百旗頭 健 <iokibe.k@hinode-sangyo.co.jp>",
        "to": ["古閑 様 <koga@aoba-unyu.co.jp>"],
        "subject": "共同観測の結果（集荷待機時間）",
        "body": """古閑様

お世話になっております。五百旗頭です。
先日ご協力いただいた集荷待機時間の観測結果をお送りします。
お約束どおり、ドライバーの方のお名前は記録しておらず、便ごとの集計です。

""" + SIG_IOKIBE,
        "attachments": [{
            "kind": "xlsx",
            "name": "集荷待機時間_観測結果.xlsx",
            "sheets": {
                "便別": [
                    ["集荷待機時間 観測結果（11/10〜11/11）"],
                    ["日付", "便", "到着", "積込開始", "出発", "待機(分)"],
                    ["11/10", "夕便1", "16:02", "16:35", "17:05", 33],
                    ["11/10", "夕便2", "16:40", "17:52", "18:20", 72],
                    ["11/10", "夕便3", "17:15", "18:01", "18:30", 46],
                    ["11/11", "夕便1", "15:58", "16:20", "16:51", 22],
                    ["11/11", "夕便2", "16:45", "18:55", "19:22", 130],
                    ["11/11", "夕便3", "17:10", "17:41", "18:08", 31],
                ],
                "サマリー": [
                    ["指標", "値"],
                    ["平均待機(分)", 47],
                    ["最大待機(分)", 130],
                    ["30分超の便の割合", "67%"],
                ],
            },
        }],
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "gyoumukaizen-082",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "attached internal mail (EML) with the night-shift phone tree: 6 staff with mobiles and home areas, sent outside",
        "charset": "iso-2022-jp",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["能登谷 翔 <s.notoya@arc-bc.co.jp>"],
        "subject": "転送：受注センター 夜間・休日連絡網",
        "body": """能登谷様

小此木です。
夜間・休日の受注対応の実態について、センターが使っている連絡網のメールを
そのまま添付で転送します。どの順で電話が回るかの参考にしてください。

小此木""",
        "attachments": [{
            "kind": "eml",
            "name": "受注センター夜間休日連絡網.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "仁科 由佳 <nishina.y@hinode-sangyo.co.jp>",
                "to": ["受注センター <juchu-center@hinode-sangyo.co.jp>"],
                "subject": "【更新】夜間・休日連絡網（10月〜）",
                "body": """受注センターの皆さん

10月からの夜間・休日連絡網です。緊急受注の際は上から順に電話してください。

1. 六車 康弘　090-4652-3381　（自宅：越谷市南越谷4-12-9）
2. 仁科 由佳　080-3391-0726　（自宅：草加市氷川町2105-3）
3. 日下部 彩　090-1963-5027　（自宅：足立区竹の塚5-18-7）
4. 住吉 佳奈　090-2287-4653　（自宅：川口市芝新町11-20）
5. 真栄田 奈々　070-9418-2735　（自宅：八潮市中央1-7-15）
6. 伊勢谷 忍　080-6634-1207　（自宅：三郷市早稲田3-4-22）

仁科""",
            },
        }],
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "gyoumukaizen-083",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply; the consultancy team's phone list is only in the quoted 'wrote:' part",
        "charset": "utf-8",
        "sender": "Shuichi Makabe <makabe@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitford <d.whitford@arc-bc.com.sg>"],
        "subject": "Re: Site visit to Yashio - our team and contacts",
        "body": """Daniel,

Thanks, that's all clear. Okonogi-san will meet your team at the gate at 8:50.
Please make sure everyone brings a photo ID; the site issues visitor badges.

Shuichi

On Tue, 18 Nov 2025 at 09:12, Daniel Whitford <d.whitford@arc-bc.com.sg> wrote:
> Dear Makabe-san,
>
> For the Yashio site visit on 25 November, our team and mobile numbers are:
>
>   Daniel Whitford   +65 8123 4470
>   Tatsuya Himi      090-2716-5538
>   Risa Kusumoto     080-4420-1975
>   Megumi Makinose   090-5184-7736
>   Sho Notoya        070-6638-2204
>
> Kind regards,
> Daniel
""",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "gyoumukaizen-084",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain (unencrypted) ZIP of process-map files: PPTX and PDF without people or markings",
        "charset": "cp932",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "プロセスマップ一式（経理・購買）",
        "body": """楠本様

堀之内です。経理・購買のプロセスマップ一式をZIPにまとめてお送りします。
（ファイル数が多いのでまとめただけで、パスワードは掛けていません）

""" + SIG_HORI,
        "attachments": [{
            "kind": "zip",
            "name": "processmap_keiri_kobai.zip",
            "files": [
                {"kind": "pptx", "name": "経理_入金消込_AsIs.pptx",
                 "slides": [["入金消込 As-Is", "1. 入金明細ダウンロード（毎朝9時）", "2. 請求残高とExcelで突合", "3. 基幹システムへ消込入力"]]},
                {"kind": "pptx", "name": "購買_発注_AsIs.pptx",
                 "slides": [["発注 As-Is", "1. 生産管理から発注依頼（メール）", "2. 購買がExcelで発注書作成", "3. FAX送信・控え保管"]]},
                {"kind": "pdf", "name": "凡例.pdf",
                 "lines": ["プロセスマップ凡例", "□ 作業　◇ 判断　▽ 保管　→ 情報の流れ"]},
            ],
        }],
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "gyoumukaizen-085",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only rollout schedule table of sales offices (business addresses and switchboards)",
        "charset": "utf-8",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["能登谷 翔 <s.notoya@arc-bc.co.jp>"],
        "subject": "新受注フロー 拠点展開スケジュール（案）",
        "html": """<html><body>
<p>能登谷様</p>
<p>小此木です。新受注フローの拠点展開スケジュール（案）です。<br>
説明会は各拠点の会議室で行い、代表番号あてに事前案内を出します。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>拠点</th><th>住所</th><th>代表電話</th><th>説明会</th><th>切替日</th></tr>
<tr><td>本社 受注センター</td><td>東京都中央区日本橋3-14-9</td><td>03-6262-4170</td><td>1/13</td><td>2/2</td></tr>
<tr><td>名古屋支店</td><td>愛知県名古屋市中村区名駅南1-20-6</td><td>052-581-3096</td><td>1/20</td><td>2/16</td></tr>
<tr><td>仙台営業所</td><td>宮城県仙台市青葉区本町2-9-14</td><td>022-262-4418</td><td>1/22</td><td>2/16</td></tr>
<tr><td>福岡営業所</td><td>福岡県福岡市博多区博多駅東2-5-21</td><td>092-432-8850</td><td>1/27</td><td>3/2</td></tr>
<tr><td>札幌営業所</td><td>北海道札幌市中央区北三条西4-1-7</td><td>011-241-7705</td><td>1/29</td><td>3/2</td></tr>
</table>
<p>ご意見をお聞かせください。</p>
<p>--<br>日の出産業株式会社 業務改革推進室<br>小此木 さやか</p>
</body></html>""",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "gyoumukaizen-086",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "consultancy proposal marked Confidential forwarded between internal colleagues only",
        "charset": "utf-8",
        "sender": "真壁 修一 <makabe@hinode-sangyo.co.jp>",
        "to": ["久我 智子 <kuga.tomoko@hinode-sangyo.co.jp>"],
        "subject": "FW: 第2フェーズ ご提案書",
        "body": """久我さん

アーク社から第2フェーズの提案書が届きました。
予算の観点で見ていただけますか。12/5 の部長会で議論したいと思います。

真壁

-----Original Message-----
From: 氷見 達也 <t.himi@arc-bc.co.jp>
Sent: Friday, November 28, 2025 6:40 PM
To: 真壁 修一
Subject: 第2フェーズ ご提案書

真壁様

第2フェーズのご提案書をお送りいたします。ご検討のほどよろしくお願いいたします。
氷見
""",
        "attachments": [{
            "kind": "pdf",
            "name": "ArcBC_Proposal_Phase2.pdf",
            "page_header": "Confidential",
            "lines": ["日の出産業株式会社様 業務改革支援 第2フェーズ ご提案書", "1. 背景と目的", "2. 支援範囲：受注管理部の立上げ、月次決算早期化",
                      "3. 体制：5名（うち常駐2名）", "4. 期間：2026年2月〜7月", "5. お見積：48,000,000円（税別）"],
        }],
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "gyoumukaizen-087",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "thank-you to four external organisations (consultancy, carrier, customer, printer) all in To/Cc",
        "charset": "iso-2022-jp",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "cc": ["古閑 様 <koga@aoba-unyu.co.jp>", "江刺家 様 <esashika@kitaguni-foods.co.jp>",
               "相良 様 <sagara@nishiki-insatsu.co.jp>"],
        "subject": "サプライチェーン合同ワークショップの御礼",
        "body": """関係各社の皆様

日の出産業の小此木でございます。
先日はサプライチェーン合同ワークショップにご参加いただき、誠にありがとうございました。

当日の主なご意見を以下にまとめました。
・受注締め時刻の前倒しは、事前告知期間を2か月以上とってほしい（北国フーズ様）
・集荷時間帯の予約制は、前日15時の確定が前提（青葉運輸様）
・納品書・出荷案内の様式統一は、次回改版時に対応可能（錦印刷様）

詳細な記録は、アーク社で取りまとめのうえ、後日お送りいたします。
今後ともよろしくお願い申し上げます。

""" + SIG_OKONOGI,
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "gyoumukaizen-088",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "thanks to one retired employee on yahoo.co.jp; his own phone and address only in the quoted text",
        "charset": "cp932",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["笹舘 正夫 <sasadate.m@yahoo.co.jp>"],
        "subject": "Re: OBヒアリングの件",
        "body": """笹舘様

堀之内です。ご快諾いただき、ありがとうございます。
それでは11月21日（金）14時に、ご自宅近くの「珈琲館 草加駅前店」で
お待ちしております。謝礼のクオカードは当日お渡しします。

当日はどうぞよろしくお願いいたします。

堀之内

>堀之内さん
>
>ご連絡ありがとう。協力しますよ。
>平日の午後ならいつでも大丈夫です。自宅は変わらず
>草加市松原1-3-8 です。携帯は 090-3781-6624 に変わりました。
>
>笹舘
""",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "gyoumukaizen-089",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "e-learning registration of four trainees (name, kana, e-mail): under five people, may warn",
        "charset": "utf-8",
        "sender": "鷹取 美緒 <takatori.m@hinode-sangyo.co.jp>",
        "to": ["リーン・アカデミー 事務局 <info@lean-academy.jp>"],
        "subject": "「業務改善リーダー養成講座（eラーニング）」受講申込",
        "body": """一般社団法人リーン・アカデミー 事務局御中

お世話になっております。日の出産業 人事部の鷹取です。
標記講座（2026年1月開講）に、下記4名の受講を申し込みます。

氏名\tフリガナ\t所属\tメールアドレス
小此木 さやか\tオコノギ サヤカ\t業務改革推進室\tokonogi.s@hinode-sangyo.co.jp
堀之内 亮\tホリノウチ リョウ\t業務改革推進室\tr-horinouchi@hinode-sangyo.co.jp
門脇 勇人\tカドワキ ハヤト\t物流センター\tkadowaki.h@hinode-sangyo.co.jp
日下部 彩\tクサカベ アヤ\t受注センター\tkusakabe.a@hinode-sangyo.co.jp

受講料は請求書払いでお願いいたします（請求先：人事部 鷹取）。

""" + SIG_TAKATORI,
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "gyoumukaizen-090",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "handling-time statistics for four anonymised operators (A–D): no identifiable person",
        "charset": "iso-2022-jp",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "納期回答メールの処理時間（オペレーター別・匿名）",
        "body": """楠本様

小此木です。納期回答メールの処理時間を、オペレーター別（匿名）に集計しました。
ばらつきが大きいのは、Dさんが大口顧客の担当で例外対応が多いためです。

　担当　件数　平均（分）　中央値　90%点
　A　　 212　　4.8　　　　4.1　　　8.5
　B　　 187　　5.3　　　　4.6　　　9.7
　C　　 165　　6.1　　　　5.2　　 11.0
　D　　 143　　9.4　　　　7.8　　 19.6

テンプレート化で A〜C は2分程度短縮できる見込みです。

""" + SIG_OKONOGI,
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "gyoumukaizen-091",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "explains an approval rule by naming a former employee arrested for embezzlement (犯罪の経歴)",
        "charset": "utf-8",
        "sender": "宇佐美 玲奈 <usami.r@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "Re: 支払承認が三段階になっている経緯",
        "body": """楠本様

経理部の宇佐美です。ご質問の件、経緯をご説明します。

2019年に、当時出納を担当していた元社員の鳥越 康介が、架空の仕入先への振込で
約2,300万円を着服し、業務上横領で逮捕される事件がありました。
それ以降、支払は「担当→課長→部長」の三段階承認とし、
振込先マスタの変更も部長承認を必須にしています。

承認の簡素化を検討いただく際は、この経緯を踏まえて、
マスタ変更の統制は残す方向でお願いできればと思います。

""" + SIG_USAMI,
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "gyoumukaizen-092",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "date poll for the next steering committee: ordinary scheduling mail",
        "charset": "cp932",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "cc": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "第5回ステコミの日程候補",
        "body": """氷見様

小此木です。第5回ステコミの日程候補をお送りします。
社長・役員の予定から、以下の3枠に絞りました。

　①1月21日（水）16:00〜17:30
　②1月23日（金）10:00〜11:30
　③1月28日（水）16:00〜17:30

貴社のご都合を1/9（金）までにお知らせいただけますでしょうか。

""" + SIG_OKONOGI,
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "gyoumukaizen-093",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX classified 部外秘 in its title row and page header, sent to the consultancy",
        "charset": "iso-2022-jp",
        "sender": "久我 智子 <kuga.tomoko@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "subject": "中期計画のKPI目標値（ダッシュボード設計用）",
        "body": """氷見様

久我です。ダッシュボードの目標線の設計用に、中期計画のKPI目標値をお送りします。
ご確認のほどよろしくお願いいたします。

""" + SIG_KUGA,
        "attachments": [{
            "kind": "xlsx",
            "name": "中期計画_KPI目標.xlsx",
            "page_header": "部外秘",
            "sheets": {
                "目標値": [
                    ["【部外秘】中期経営計画（2026〜2028）KPI目標値　経営企画部"],
                    [],
                    ["KPI", "2025実績見込", "2026", "2027", "2028"],
                    ["売上高（億円）", 612, 640, 675, 710],
                    ["営業利益率（%）", 3.1, 3.5, 4.0, 4.5],
                    ["受注処理リードタイム（h）", 6.4, 4.5, 3.0, 2.0],
                    ["FAX受注比率（%）", 39, 25, 15, 10],
                    ["受注センター人員（人）", 27, 24, 21, 18],
                ],
            },
        }],
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "gyoumukaizen-094",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "says 社外秘 material cannot be shared and sends the public IR deck instead: mention, not marking",
        "charset": "utf-8",
        "sender": "久我 智子 <kuga.tomoko@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "Re: 部門別損益データのご依頼について",
        "body": """楠本様

久我です。ご依頼の部門別損益データですが、社内で社外秘扱いとなっている資料のため、
そのままお渡しすることができません。申し訳ございません。

代わりに、公開済みの決算説明資料（セグメント別の売上・利益を含む）をお送りします。
より細かい数字が必要な場合は、ステコミの場でご説明する形で対応させてください。

""" + SIG_KUGA,
        "attachments": [{
            "kind": "pdf",
            "name": "2025年3月期_決算説明資料.pdf",
            "title": "2025年3月期 決算説明資料",
            "lines": ["日の出産業株式会社 2025年3月期 決算説明資料（公開版）", "売上高 598億円（前期比 +3.2%）",
                      "営業利益 18.5億円（同 +1.1%）", "セグメント：産業資材 402億円／包装資材 151億円／物流サービス 45億円"],
        }],
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "gyoumukaizen-095",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "survey-tool subscription paid on the web portal; only the card's last four digits appear",
        "charset": "iso-2022-jp",
        "sender": "蓮見 大輔 <hasumi@hinode-sangyo.co.jp>",
        "to": ["サーベイナウ サポート <support@surveynow-jp.com>"],
        "subject": "ビジネスプラン契約の請求書発行について（契約ID SN-884021）",
        "body": """サーベイナウ サポートご担当者様

お世話になっております。日の出産業株式会社 総務部の蓮見です。

本日、管理画面からビジネスプラン（年額）を法人カードで決済いたしました。
　契約ID：SN-884021
　決済日：2025年11月4日
　カード：下4桁 ****-3307

経理処理のため、適格請求書（領収書）のPDFを発行いただけますでしょうか。
宛名は「日の出産業株式会社」でお願いいたします。

""" + SIG_HASUMI,
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "gyoumukaizen-096",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thanks after the final report meeting: ordinary mail with signature",
        "charset": "cp932",
        "sender": "真壁 修一 <makabe@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>"],
        "subject": "第1フェーズ最終報告会の御礼",
        "body": """氷見さん

真壁です。昨日の最終報告会、大変お疲れさまでした。
社長からも「現場の数字で語ってくれたのがよかった」と評価がありました。

第2フェーズについては、12月の経営会議で正式に判断します。
それまでに、受注管理部の立上げ計画のたたき台を一緒に作れればと思います。
年明けに一度、楠本さんも交えて打合せをお願いします。

引き続きよろしくお願いします。

""" + SIG_MAKABE,
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "gyoumukaizen-097",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "five interviewees with department, title and time slot, no contact data: records or just a schedule?",
        "charset": "utf-8",
        "sender": "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>",
        "to": ["楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "subject": "第3週 ヒアリング予定",
        "body": """楠本様

堀之内です。第3週のヒアリング予定です。

・10/28（火）10:00　伊集院 遥（購買課・主任）
・10/28（火）14:00　百目鬼 隆（購買課・課長）
・10/29（水）10:00　野々宮 弘（生産管理課・係長）
・10/29（水）14:00　勅使河原 健吾（生産管理課・課長）
・10/30（木）10:00　早乙女 誠（情報システム部・主任）

場所はいずれも7A会議室です。

""" + SIG_HORI,
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "gyoumukaizen-098",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two night-shift leaders' mobiles (full-width digits) for the observation night: under five people, may warn",
        "charset": "cp932",
        "sender": "小此木 さやか <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["能登谷 翔 <s.notoya@arc-bc.co.jp>"],
        "subject": "夜間観測（11/11）の現場リーダー連絡先",
        "body": """能登谷様

小此木です。11/11 夜間観測の現場リーダー2名の連絡先です。
22時以降はセンター事務所が無人になるため、こちらにご連絡ください。

　鬼塚 浩平（夜勤リーダー・梱包）　０９０－２０４５－６６１８
　小鳥遊 陸（夜勤サブリーダー・入荷）　０８０－１３５７－８８４２

よろしくお願いいたします。

小此木""",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "gyoumukaizen-099",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "order-data 'sample' CSV with ten private mail-order customers' names, addresses, phones and e-mails",
        "charset": "cp932",
        "sender": "鮫島 拓海 <samejima@mail.hinode-sangyo.co.jp>",
        "to": ["塩入 博樹 <hiroki.shioiri@tsubasa-system.jp>"],
        "subject": "受注データのサンプル（Web通販チャネル）",
        "body": """塩入様

鮫島です。受注仮登録APIの設計用に、Web通販チャネルの受注データのサンプルを
本番から10件抽出してお送りします。項目の桁数・文字種の確認にお使いください。

""" + SIG_SAMEJIMA,
        "attachments": [{
            "kind": "csv",
            "name": "juchu_sample_web.csv",
            "rows": [
                ["受注番号", "受注日", "顧客名", "郵便番号", "住所", "電話番号", "メール", "商品コード", "数量"],
                ["W2510-00412", "2025/10/01", "松葉 栄一", "330-0063", "埼玉県さいたま市浦和区高砂3-6-14", "048-822-6190", "matsuba.e@outlook.jp", "PK-2210", 5],
                ["W2510-00413", "2025/10/01", "戸塚 亜紀子", "251-0052", "神奈川県藤沢市藤沢1017-2-405", "090-6613-0085", "akiko.t77@gmail.com", "PK-1180", 2],
                ["W2510-00418", "2025/10/02", "椎名 翼", "260-0013", "千葉県千葉市中央区中央4-8-1", "080-2219-4472", "tsubasa_shiina@yahoo.co.jp", "TP-0450", 10],
                ["W2510-00421", "2025/10/02", "宇津木 花", "171-0021", "東京都豊島区西池袋5-22-9", "03-3986-1174", "hana.utsugi@icloud.com", "PK-2210", 1],
                ["W2510-00427", "2025/10/03", "芦田 正樹", "460-0008", "愛知県名古屋市中区栄2-15-30", "052-201-7733", "ashida-m@docomo.ne.jp", "BX-3300", 3],
                ["W2510-00430", "2025/10/03", "水嶋 玲子", "530-0041", "大阪府大阪市北区天神橋4-1-18", "090-5527-1940", "reiko.mizushima@gmail.com", "TP-0450", 6],
                ["W2510-00433", "2025/10/04", "岩隈 大輔", "812-0011", "福岡県福岡市博多区博多駅前3-9-5", "092-441-3386", "iwakuma.d@outlook.jp", "PK-1180", 4],
                ["W2510-00439", "2025/10/04", "高祖 みのり", "060-0042", "北海道札幌市中央区大通西9-3-33", "011-231-8802", "minori.koso@yahoo.co.jp", "BX-3300", 2],
                ["W2510-00440", "2025/10/05", "堤 康太", "980-0811", "宮城県仙台市青葉区一番町2-4-16", "080-9950-3128", "kota.tsutsumi@gmail.com", "PK-2210", 8],
                ["W2510-00446", "2025/10/05", "桑畑 理恵", "730-0011", "広島県広島市中区基町6-78", "082-511-6047", "rie.kuwahata@ezweb.ne.jp", "TP-0450", 1],
            ],
        }],
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "gyoumukaizen-100",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "phase-1 closing greeting to the consultancy with the standard Japanese disclaimer",
        "charset": "iso-2022-jp",
        "sender": "真壁 修一 <makabe@hinode-sangyo.co.jp>",
        "to": ["氷見 達也 <t.himi@arc-bc.co.jp>", "楠本 理沙 <r.kusumoto@arc-bc.co.jp>"],
        "cc": ["小此木 さやか <okonogi.s@hinode-sangyo.co.jp>", "堀之内 亮 <r-horinouchi@hinode-sangyo.co.jp>"],
        "subject": "業務改革プロジェクト 第1フェーズ完了のご挨拶",
        "body": """株式会社アーク・ビジネスコンサルティング
氷見様、楠本様

日の出産業の真壁でございます。
おかげさまで、業務改革プロジェクトの第1フェーズを予定どおり完了することができました。
8か月にわたり、現場に何度も足を運んでいただいたことに、心より御礼申し上げます。

第1フェーズの成果物は、社内ポータルに掲載し全社員が閲覧できるようにいたしました。
また、ご貸与いただいた分析テンプレート類は、契約に基づき本日までに返却・削除を完了しております。

第2フェーズにつきましても、引き続きご支援のほどよろしくお願い申し上げます。

""" + SIG_MAKABE + "\n" + DISCLAIMER_JA,
    },
]
