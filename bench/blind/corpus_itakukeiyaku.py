"""Outsourcing contracts and vendor management (業務委託契約・委託先管理) at 日の出産業: the
購買部 外部委託管理グループ, 法務部, 情報システム部, 総務部, 経理部 and the business units
that use outside vendors write to system-maintenance, logistics, printing, cleaning,
security, call-centre, payroll and SaaS vendors, to the company's law firm and tax and
social-insurance advisers, and to freelancers: contract and NDA drafts, SOWs, SLA reports
and penalties, security questionnaires and vendor audits, quotations, purchase orders,
invoices with T-numbers, vendor contact sheets, entry and badge requests for on-site
vendor staff, re-delivery and pick-up requests, and now and then a person's own detail
(a freelancer's My Number, a corporate card, a driver's licence, an injured worker's
diagnosis) that should never have left the building."""

from build import card_number, my_number

SEED = 68401

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s: str) -> str:
    return s.translate(_FW)


DISC_JA = """
────────────────────────────────
本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
────────────────────────────────"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it; any use, copying or disclosure is prohibited."""

SIG_MIYASHITA = """
--
日の出産業株式会社
購買部 外部委託管理グループ
宮下 亮（Miyashita Ryo）
〒105-0013 東京都港区浜松町２－４－１ 日の出ビル７Ｆ
TEL 03-5401-2260（代表）／内線 4127
miyashita.ryo@hinode-sangyo.co.jp"""

SIG_OKOCHI = """
━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 情報システム部
セキュリティ推進室　大河内 真理
TEL：03-5401-2275　FAX：03-5401-2299
Mail：okochi.mari@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_KATAGIRI = """
*************************************
日の出産業株式会社 総務部 総務課
片桐 慎也 / Shinya Katagiri
〒105-0013 東京都港区浜松町2-4-1
Tel 03-5401-2231 / Fax 03-5401-2290
*************************************"""

SIG_SHOJI = """
----------------------------------------
日の出産業株式会社　法務部　契約審査チーム
東海林 恵（しょうじ めぐみ）
TEL 03-5401-2284（直通）
shoji.megumi@hinode-sangyo.co.jp
----------------------------------------"""

SIG_NIKAIDO = """
==
日の出産業(株) 経理部 支払グループ
二階堂 誠
03-5401-2242 / nikaido.makoto@hinode-sangyo.co.jp"""

SIG_IGARASHI = """
―――――――――――――――――
日の出産業株式会社
物流部　出荷管理課　五十嵐 剛
〒210-0858 神奈川県川崎市川崎区大川町８－３
川崎物流センター
TEL 044-322-7710　FAX 044-322-7719
―――――――――――――――――"""

SIG_SAOTOME = """
--
早乙女 由佳
カスタマーサポート部 委託運用担当
日の出産業株式会社
TEL 03-5401-2310"""

SIG_HORINOUCHI = """
-------------------------------------
日の出産業株式会社　人事部　人事課
堀之内 健吾
TEL:03-5401-2220  内線2205
-------------------------------------"""

SIG_ONODERA = """
----
日の出産業株式会社 マーケティング部
小野寺 彩（Onodera Aya）
TEL 03-5401-2350 / 070-3318-5502（社用携帯）"""

SIG_TACHIBANA = """
--
Kenji Tachibana
Global Sourcing, IT Division
Hinode Sangyo Co., Ltd.
2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5401-2278"""

MESSAGES = [
# ---- 001 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-001",
    "sender": "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>",
    "to": ["内藤 和也 <naito.kazuya@tsubasa-system.jp>"],
    "cc": ["東海林 恵 <shoji.megumi@hinode-sangyo.co.jp>"],
    "subject": "【ご確認依頼】システム運用保守業務委託契約書（案）の送付",
    "charset": "cp932",
    "body": """株式会社ツバサシステム
営業本部　内藤様

いつも大変お世話になっております。日の出産業の宮下です。

先日お打合せいたしました次期システム運用保守の件、
弊社法務部の確認を経た契約書案を添付いたします。

主な変更点は以下のとおりです。
・第８条（秘密保持）：存続期間を契約終了後３年から５年に変更
・第９条（個人情報の取扱い）：再委託時の事前書面承諾を明記
・第１２条（再委託）：再委託先の一覧提出を年１回に変更
・別紙２：ＳＬＡ項目に「月次障害報告の提出期限（翌月５営業日）」を追加

ご確認のうえ、修正のご要望があれば見え消しでお戻しいただけますと幸いです。
お手数ですが、１２月１９日（金）までにご回答をお願いいたします。

よろしくお願いいたします。
""" + SIG_MIYASHITA,
    "attachments": [{
        "kind": "docx", "name": "システム運用保守業務委託契約書_案_v3.docx",
        "title": "システム運用保守業務委託契約書（案）",
        "paragraphs": [
            "システム運用保守業務委託契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、"
            "甲の基幹システムの運用保守業務の委託に関し、以下のとおり契約を締結する。",
            "第１条（目的）本契約は、甲が乙に対し別紙１に定める業務を委託し、乙がこれを受託することに関する基本的事項を定める。",
            "第２条（委託業務）乙は、善良な管理者の注意をもって委託業務を遂行する。",
            "第８条（秘密保持）甲及び乙は、本契約に関して知り得た相手方の技術上又は営業上の情報を、"
            "相手方の書面による承諾なく第三者に開示又は漏えいしてはならない。本条の義務は本契約終了後５年間存続する。",
            "第９条（個人情報の取扱い）乙は、委託業務の遂行にあたり甲から預託を受けた個人情報を、"
            "個人情報の保護に関する法律及び甲の定める基準に従い適切に取り扱う。",
            "第１２条（再委託）乙は、甲の事前の書面による承諾を得た場合を除き、委託業務の全部又は一部を第三者に再委託してはならない。",
            "別紙２　サービスレベル",
        ],
        "tables": [[
            ["項目", "目標値", "測定方法"],
            ["システム稼働率", "99.9％以上（月間）", "監視ツールによる自動計測"],
            ["障害一次回答", "30分以内", "チケット起票からの経過時間"],
            ["月次障害報告", "翌月5営業日以内", "報告書提出日"],
        ]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contract draft with confidentiality and personal-data clauses to a partner vendor; no personal data, no marking",
},
# ---- 002 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-002",
    "sender": "小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>",
    "to": ["錦印刷 データ受付 <data-uketsuke@nishiki-insatsu.co.jp>"],
    "subject": "春季ＤＭ 宛名データ（第２便）送付の件",
    "charset": "cp932",
    "body": """錦印刷株式会社
データ受付ご担当者様

お世話になっております。日の出産業 マーケティング部の小野寺です。

春季ＤＭの宛名データ第２便をお送りします。
第１便と同じレイアウト（CSV、Shift_JIS）です。
差込印字・封入のうえ、３月１０日発送でお願いいたします。

件数は今回分のみ抜粋で添付しています。残りは明日お送りします。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "csv", "name": "DM宛名_第2便.csv", "encoding": "cp932",
        "rows": [
            ["顧客ID", "氏名", "フリガナ", "郵便番号", "住所", "電話番号"],
            ["C-204118", "勅使河原 瑞穂", "テシガワラ ミズホ", "358-0011", "埼玉県入間市下藤沢４－１２－３", "04-2963-7718"],
            ["C-204131", "五月女 光太郎", "ソウトメ コウタロウ", "321-0954", "栃木県宇都宮市元今泉２－８－１９", "028-611-4027"],
            ["C-204157", "御手洗 真澄", "ミタライ マスミ", "260-0031", "千葉県千葉市中央区新千葉１－３－５ ルミエール新千葉３０２", "090-4471-2290"],
            ["C-204162", "栗花落 紗季", "ツユリ サキ", "191-0012", "東京都日野市日野１１２２－４", "080-2316-9054"],
            ["C-204190", "鴨志田 勝", "カモシダ マサル", "252-0303", "神奈川県相模原市南区相模大野６－２－１１", "042-745-3381"],
            ["C-204203", "左右田 奈緒", "ソウダ ナオ", "371-0024", "群馬県前橋市表町１－１６－７", "070-5583-1129"],
            ["C-204226", "九十九 博", "ツクモ ヒロシ", "310-0851", "茨城県水戸市千波町２４６８", "029-243-6652"],
            ["C-204241", "一戸 りさ", "イチノヘ リサ", "187-0002", "東京都小平市花小金井３－２９－８", "090-7702-4318"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "customer mailing list (8 people with address and phone) in a CP932 CSV to the printing vendor: list of people",
},
# ---- 003 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-003",
    "sender": "東海林 恵 <shoji.megumi@hinode-sangyo.co.jp>",
    "to": ["清良シュレッド 営業部 <eigyo@kiyora-shred.co.jp>"],
    "subject": "秘密保持契約書締結のお願い（機密文書溶解処理のご相談に先立ち）",
    "charset": "iso-2022-jp",
    "body": """株式会社清良シュレッド
営業部　ご担当者様

はじめてご連絡いたします。
日の出産業株式会社 法務部の東海林と申します。

弊社購買部より、機密文書の溶解処理業務についてご相談させていただいている件で、
具体的な取扱量や保管場所等の情報をお伝えする前に、
秘密保持契約（ＮＤＡ）を締結させていただきたくご連絡いたしました。

弊社標準の秘密保持契約書のひな形をＰＤＦでお送りしますので、ご確認ください。
主な内容は次のとおりです。
　１．秘密情報の定義（書面・電磁的記録により開示され、秘密である旨明示されたもの）
　２．目的外使用の禁止
　３．有効期間（締結日から２年、終了後も秘密保持義務は３年間存続）
　４．秘密情報の返還・廃棄

貴社ひな形をご希望の場合はその旨お知らせください。
ご不明点があればお気軽にお問い合わせください。
""" + SIG_SHOJI,
    "attachments": [{
        "kind": "pdf", "name": "秘密保持契約書_ひな形.pdf", "title": "秘密保持契約書",
        "lines": [
            "秘密保持契約書",
            "日の出産業株式会社（以下「甲」）と株式会社清良シュレッド（以下「乙」）は、",
            "機密文書溶解処理業務の検討（以下「本目的」）に関し、次のとおり契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した情報をいう。",
            "第2条（目的外使用の禁止）受領者は、秘密情報を本目的以外に使用してはならない。",
            "第3条（返還・廃棄）受領者は、開示者の求めに応じ、秘密情報を返還又は廃棄する。",
            "第4条（有効期間）本契約の有効期間は締結日から2年間とする。",
            "",
            "甲：東京都港区浜松町二丁目4番1号　日の出産業株式会社　代表取締役",
            "乙：　　　　　　　　　　　　　　　　株式会社清良シュレッド　代表取締役",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "request to sign an NDA with a blank template: mail about confidentiality, no marking, no personal data",
},
# ---- 004 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-004",
    "sender": "大河内 真理 <okochi.mari@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 運用センター <ops-center@tsubasa-system.jp>"],
    "subject": "障害時エスカレーション連絡先（日の出産業側）の更新",
    "body": """ツバサシステム 運用センター 御中

お世話になっております。日の出産業 情報システム部の大河内です。

４月の人事異動に伴い、夜間・休日の障害エスカレーション先（弊社側）を更新します。
運用手順書 別紙３ の差し替えをお願いいたします。

順位  氏名          役割              社用携帯         メール
----  ------------  ----------------  ---------------  ----------------------------------
1     大河内 真理   一次窓口          080-4417-2093    okochi.mari@hinode-sangyo.co.jp
2     汐見 拓人     二次窓口(基盤)    080-4417-2158    shiomi.takuto@hinode-sangyo.co.jp
3     薬師寺 紘一   責任者(部長)      090-6621-0874    yakushiji.koichi@hinode-sangyo.co.jp

１→２→３の順に、１５分以内に応答がない場合は次順位へご連絡ください。
重大障害（全社影響）の場合は１と３に同時連絡をお願いします。
""" + SIG_OKOCHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three of the company's own staff with mobile numbers as escalation contacts to the maintenance vendor: under five records, may warn",
},
# ---- 005 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-005",
    "sender": "大河内 真理 <okochi.mari@hinode-sangyo.co.jp>",
    "to": ["田辺 様 <tanabe.shun@tsubasa-sytem.jp>"],
    "subject": "Re: 1月度 定例作業（パッチ適用）日程のご相談",
    "body": """田辺様

お世話になっております。日の出産業の大河内です。

１月度のＯＳパッチ適用ですが、以下の日程でお願いできますでしょうか。

　・検証環境：１月１４日（水）２０:００～２３:００
　・本番環境：１月２１日（水）２２:００～翌２:００（サービス停止あり）

停止告知は弊社から社内に出します。
作業手順書（v1.4）のご送付をお待ちしております。

よろしくお願いいたします。
""" + SIG_OKOCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain tsubasa-sytem.jp drops an 's' from the partner tsubasa-system.jp: look-alike",
},
# ---- 006 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-006",
    "sender": "二階堂 誠 <nikaido.makoto@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 経理課 <keiri@aoba-unyu.co.jp>"],
    "subject": "請求書受領のご連絡（請求書番号 AU-2411-00873）",
    "body": """青葉運輸株式会社
経理課 御中

いつもお世話になっております。日の出産業 経理部の二階堂です。

下記請求書を受領いたしましたのでご連絡いたします。

　請求書番号　：AU-2411-00873
　件名　　　　：１１月度 構内物流業務委託料
　請求金額　　：￥３,４８１,２００（税込）
　適格請求書発行事業者登録番号：T7490103937850
　お支払予定日：１２月２５日（水）　※総合振込

登録番号は国税庁公表サイトで確認済みです。
なお、明細の「臨時便（１１/１４）」の単価が見積（QT-0922）と異なっているようです。
差異の理由をご教示いただけますでしょうか。
""" + SIG_NIKAIDO,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice receipt with the vendor's T-number and amounts: business data only",
},
# ---- 007 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-007",
    "sender": "大河内 真理 <okochi.mari@hinode-sangyo.co.jp>",
    "to": [
        "内藤 和也 <naito.kazuya@tsubasa-system.jp>",
        "青葉運輸 総務部 <soumu@aoba-unyu.co.jp>",
        "錦印刷 品質保証室 <qa@nishiki-insatsu.co.jp>",
        "星空クリーンサービス 業務部 <gyomu@hoshizora-clean.co.jp>",
    ],
    "subject": "【ご案内】委託先様向け 情報セキュリティ説明会（２月１８日）",
    "body": """委託先各社 ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 情報システム部 セキュリティ推進室の大河内です。

毎年実施しております委託先様向けの情報セキュリティ説明会を、
下記のとおり開催いたします。ご多用中恐縮ですが、ご出席をお願いいたします。

　日時：２月１８日（水）１４:００～１６:００
　会場：日の出ビル ７Ｆ 大会議室（オンライン併用）
　内容：
　　１．昨年度の委託先インシデント事例と再発防止策
　　２．委託先セキュリティチェックシート改訂のポイント
　　３．個人情報の受け渡しルール（パスワード付きＺＩＰ廃止について）

ご出席者のお名前を２月６日までに本メールへの返信でお知らせください。
""" + SIG_OKOCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four vendor organisations in To can see each other's addresses: should have been Bcc",
},
# ---- 008 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-008",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["内藤 和也 <naito.kazuya@tsubasa-system.jp>"],
    "subject": "Re: 常駐要員 入館カード発行申請",
    "body": """内藤様

ご送付ありがとうございます。総務の片桐です。
６名分、確かに受領しました。入館カードは１月８日（木）午前に
７Ｆ受付でお渡しできるよう手配いたします。
初日は写真付き身分証をお持ちいただくようお伝えください。

以上、よろしくお願いいたします。
""" + SIG_KATAGIRI + """

> 片桐様
>
> いつもお世話になっております。ツバサシステムの内藤です。
> 1月から貴社に常駐する要員の入館カード発行をお願いいたします。
>
> 氏名            フリガナ            携帯電話
> 雲母 遼         キララ リョウ       090-3318-6624
> 四月一日 奏     ワタヌキ カナデ     080-5127-4409
> 漆原 健斗       ウルシハラ ケント   070-2264-9183
> 蓬莱 千尋       ホウライ チヒロ     090-8835-1207
> 宍戸 慧         シシド ケイ         080-6643-2950
> 穂積 美羽       ホヅミ ミウ         090-1172-5836
>
> 以上6名、よろしくお願いいたします。
> --
> 株式会社ツバサシステム 営業本部 内藤 和也
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six-person list is only in the quoted text of the vendor's own mail; the new text carries no personal data",
},
# ---- 009 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-009",
    "sender": "二階堂 誠 <nikaido.makoto@hinode-sangyo.co.jp>",
    "to": ["寿税理士事務所 <info@kotobuki-tax.jp>"],
    "subject": "支払調書作成用データ（個人外注先）の追加分",
    "body": """寿税理士事務所
担当　巽 先生

いつもお世話になっております。日の出産業の二階堂です。

報酬、料金、契約金及び賞金の支払調書の作成にあたり、
年末に契約したフリーランスのデザイナー１名分が漏れておりましたので追加します。

　氏名　　：百目鬼　沙織（どうめき　さおり）
　住所　　：東京都杉並区阿佐谷南３－１８－６　コーポ阿佐谷２０１
　個人番号：""" + _zen(my_number(SEED + 1)[:4] + " " + my_number(SEED + 1)[4:8] + " " + my_number(SEED + 1)[8:]) + """
　支払金額：１,２６５,０００円（源泉徴収税額　１２９,１５３円）
　区分　　：デザイン料

本人確認書類（通知カード写し）は別途郵送いたします。
お手数ですがよろしくお願いいたします。
""" + SIG_NIKAIDO,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a freelancer's My Number (full-width, spaced) sent to the outside tax accountant in the body",
},
# ---- 010 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-010",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["川崎電機 サービス部 <service@kawasaki-denki.co.jp>"],
    "charset": "cp932",
    "subject": "空調設備 定期点検の対象拠点一覧",
    "body": """川崎電機株式会社
サービス部 御中

お世話になっております。日の出産業 総務部の片桐です。

来期の空調設備 定期点検（年２回）の対象拠点を以下にまとめました。
お見積りの際の参考にしてください。各拠点の代表番号にご連絡いただければ
現地の施設担当に取り次ぎます。

拠点名\t所在地\t代表電話\t台数
本社（日の出ビル）\t東京都港区浜松町2-4-1\t03-5401-2260\t24
川崎物流センター\t神奈川県川崎市川崎区大川町8-3\t044-322-7710\t11
大阪営業所\t大阪府大阪市北区堂島浜1-2-6 堂島ＳＱビル5F\t06-6343-8810\t6
名古屋営業所\t愛知県名古屋市中村区名駅南2-11-3\t052-561-4402\t5
仙台出張所\t宮城県仙台市青葉区一番町3-7-21\t022-215-3390\t2

点検日程は拠点ごとに調整させてください。
""" + SIG_KATAGIRI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of the company's own sites with office addresses and switchboards: businesses, not people",
},
# ---- 011 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-011",
    "sender": "Kenji Tachibana <tachibana.kenji@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@brightwave-sol.com>"],
    "subject": "SOW #HS-BW-2025-03 amendment: scope change for phase 2",
    "body": """Dear Priya,

Thank you for the call yesterday. As agreed, please find below the points for
Amendment No. 1 to SOW #HS-BW-2025-03 (order management system, offshore
development).

1. Scope: the returns module (RM-01 to RM-07) moves from phase 3 to phase 2.
2. Effort: +140 person-days at the blended rate in Schedule B (USD 310/day).
3. Milestones: UAT start moves from 12 May to 2 June; go-live stays 30 June.
4. Acceptance: defect density below 0.5 per KLOC at UAT exit, as in clause 7.2.
5. All other terms of the Master Services Agreement dated 1 April remain unchanged.

Our legal team will send the signature copy via our e-contract service once you
confirm the figures. Could you reply by Friday?

Best regards,
""" + SIG_TACHIBANA + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English SOW amendment to an offshore vendor with the standard disclaimer: ordinary business",
},
# ---- 012 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-012",
    "sender": "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>",
    "to": ["内藤 和也 <naito.kazuya@tsubasa-system.jp>"],
    "subject": "次年度 運用保守のご相談（資料送付）",
    "body": """内藤様

お世話になっております。宮下です。
来週のお打合せに先立ち、次年度の運用保守体制に関する資料をお送りします。
当日はこちらをベースにご相談させてください。

よろしくお願いいたします。
""" + SIG_MIYASHITA,
    "attachments": [{
        "kind": "docx", "name": "次年度運用保守_交渉方針.docx",
        "title": "次年度運用保守 委託料交渉方針",
        "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 購買部",
        "paragraphs": [
            "次年度 運用保守委託 交渉方針（購買部）",
            "1. 現行委託料：月額 4,200,000円（税別）",
            "2. 目標：月額 3,780,000円（▲10％）。最低ラインは ▲6％（3,948,000円）。",
            "3. 交渉材料：他社見積（株式会社クモテック 月額 3,650,000円）、障害一次回答の SLA 未達 3か月。",
            "4. 譲歩可能事項：契約期間を 3年に延長、夜間待機を 2名→1名。",
        ],
        "tables": [[
            ["項目", "現行", "目標", "最低ライン"],
            ["月額委託料", "4,200,000", "3,780,000", "3,948,000"],
            ["契約期間", "1年", "3年", "2年"],
        ]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached negotiation brief carries a 社外秘 header and is sent to the vendor itself: confidentiality marking",
},
# ---- 013 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-013",
    "sender": "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>",
    "to": ["片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>"],
    "cc": ["大河内 真理 <okochi.mari@hinode-sangyo.co.jp>"],
    "subject": "常駐委託要員名簿（２０２５年度上期）",
    "body": """片桐さん

お疲れさまです。宮下です。
各委託先から提出された常駐要員名簿をまとめました。
入館カードの棚卸と緊急連絡網の更新にお使いください。
（委託先ごとにシートを分けています）

宮下
""",
    "attachments": [{
        "kind": "xlsx", "name": "常駐委託要員名簿_2025上期.xlsx",
        "sheets": {
            "ツバサシステム": [
                ["常駐委託要員名簿（ツバサシステム）", "", "", "", ""],
                ["氏名", "生年月日", "携帯電話", "住所", "入館カード番号"],
                ["雲母 遼", "1991/07/14", "090-3318-6624", "東京都墨田区錦糸2-6-11", "HC-10422"],
                ["四月一日 奏", "1996/02/29", "080-5127-4409", "千葉県市川市八幡3-4-18", "HC-10423"],
                ["漆原 健斗", "1988/11/03", "070-2264-9183", "東京都江戸川区西葛西5-2-7", "HC-10424"],
                ["蓬莱 千尋", "1993/05/21", "090-8835-1207", "神奈川県横浜市鶴見区鶴見中央1-9-3", "HC-10425"],
                ["宍戸 慧", "1990/09/09", "080-6643-2950", "東京都大田区蒲田4-15-2", "HC-10426"],
                ["穂積 美羽", "1998/12/02", "090-1172-5836", "東京都品川区南大井6-22-1", "HC-10427"],
            ],
            "星空クリーン": [
                ["常駐委託要員名簿（星空クリーンサービス）", "", "", "", ""],
                ["氏名", "生年月日", "携帯電話", "住所", "入館カード番号"],
                ["的場 節子", "1962/03/30", "090-2219-7741", "東京都港区海岸3-9-15", "HC-20117"],
                ["鬼頭 ハルエ", "1958/08/17", "080-9904-3312", "東京都品川区北品川2-1-20", "HC-20118"],
                ["及川 誠司", "1970/01/25", "070-1183-6650", "東京都大田区大森北1-30-4", "HC-20119"],
            ],
            "山彦警備": [
                ["常駐委託要員名簿（山彦警備保障）", "", "", "", ""],
                ["氏名", "生年月日", "携帯電話", "住所", "入館カード番号"],
                ["猪狩 大樹", "1985/06/06", "090-5546-0271", "東京都中央区勝どき4-3-8", "HC-30051"],
                ["鰐淵 拓海", "1999/10/12", "080-7718-4425", "東京都江東区豊洲5-1-33", "HC-30052"],
                ["春夏冬 一馬", "1979/04/01", "070-6632-1908", "埼玉県川口市栄町2-14-9", "HC-30053"],
            ],
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "a full roster of on-site vendor staff, but every recipient is internal",
},
# ---- 014 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-014",
    "sender": "Kenji Tachibana <tachibana.kenji@hinode-sangyo.co.jp>",
    "to": ["CloudNest Onboarding <onboarding@cloudnest.com>"],
    "subject": "User provisioning file for Hinode Sangyo tenant (batch 1)",
    "body": """Hello CloudNest onboarding team,

Attached is the first batch of users for our tenant (hinode-sangyo), as requested
in ticket CN-ONB-58213. Sheet "Users" has one row per user; sheet "Groups" maps
departments to the license tiers we ordered.

Please create the accounts with SSO disabled for now; we will switch to SAML after
the pilot. Mobile numbers are for MFA SMS enrolment.

Thanks,
""" + SIG_TACHIBANA,
    "attachments": [{
        "kind": "xlsx", "name": "hinode_users_batch1.xlsx",
        "sheets": {
            "Users": [
                ["CloudNest tenant: hinode-sangyo / batch 1 / prepared 2025-03-04", "", "", "", ""],
                ["Display name", "Name (JP)", "Email", "Mobile", "Department"],
                ["Takuto Shiomi", "汐見 拓人", "shiomi.takuto@hinode-sangyo.co.jp", "+81 80-4417-2158", "IT"],
                ["Mari Okochi", "大河内 真理", "okochi.mari@hinode-sangyo.co.jp", "+81 80-4417-2093", "IT"],
                ["Chiharu Kurihama", "久里浜 千春", "kurihama.chiharu@hinode-sangyo.co.jp", "+81 90-3127-6648", "Sales"],
                ["Yosuke Ameya", "飴屋 洋介", "ameya.yosuke@hinode-sangyo.co.jp", "+81 70-4481-2205", "Sales"],
                ["Natsumi Tokorozawa", "所沢 夏美", "tokorozawa.natsumi@hinode-sangyo.co.jp", "+81 80-6652-9017", "Logistics"],
                ["Ryo Miyashita", "宮下 亮", "miyashita.ryo@hinode-sangyo.co.jp", "+81 90-2284-7731", "Procurement"],
                ["Yuka Saotome", "早乙女 由佳", "saotome.yuka@hinode-sangyo.co.jp", "+81 70-5519-3346", "Support"],
            ],
            "Groups": [
                ["Department", "License tier", "Seats"],
                ["IT", "Enterprise Admin", 5],
                ["Sales", "Business", 40],
                ["Logistics", "Business", 25],
                ["Procurement", "Business", 8],
                ["Support", "Business", 30],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven employees' names, e-mails and mobile numbers in an XLSX to a SaaS vendor: list of people",
},
# ---- 015 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-015",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["内藤 和也 <naito.kazuya@tsubasa-system.jp>"],
    "cc": ["川崎電機 サービス部 小松 <komatsu.y@kawasaki-denki.co.jp>",
           "汐見 拓人 <shiomi.takuto@hinode-sangyo.co.jp>"],
    "subject": "サーバ室 空調更新工事に伴う停止計画 三者打合せのお願い",
    "body": """ツバサシステム　内藤様
川崎電機　小松様

お世話になっております。日の出産業 総務部の片桐です。

本社サーバ室の空調更新工事（川崎電機様施工）にあたり、
サーバ停止・再起動の段取り（ツバサシステム様担当）をすり合わせたく、
三者でのお打合せをお願いできればと存じます。

候補日：
　① ５月１２日（月）１５:００～
　② ５月１４日（水）１０:００～
　③ ５月１５日（木）１６:００～

場所は弊社７Ｆ 第２会議室を予定しています。
ご都合のよい日を返信でお知らせください。
""" + SIG_KATAGIRI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two partner organisations in To/Cc for a three-way meeting: normal, may warn",
},
# ---- 016 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-016",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["山彦警備保障 管制課 <kansei@yamabiko-keibi.co.jp>"],
    "subject": "夜間巡回対象者リストの送付",
    "charset": "cp932",
    "body": """山彦警備保障株式会社
管制課 御中

お世話になっております。日の出産業 総務部の片桐です。

夜間巡回時の残業者確認用リストを添付いたします。
ファイルにはパスワードを設定しております。
パスワードは別メールにてお送りいたします。

よろしくお願いいたします。
""" + SIG_KATAGIRI,
    "attachments": [{
        "kind": "zip", "name": "夜間巡回対象者_202506.zip", "password": "Hn#0625kb",
        "files": [{
            "kind": "xlsx", "name": "夜間巡回対象者_202506.xlsx",
            "sheets": {"6月": [
                ["氏名", "部署", "内線", "携帯"],
                ["久里浜 千春", "営業部", "3112", "090-3127-6648"],
                ["飴屋 洋介", "営業部", "3118", "070-4481-2205"],
                ["所沢 夏美", "物流部", "5021", "080-6652-9017"],
                ["汐見 拓人", "情報システム部", "4410", "080-4417-2158"],
                ["小野寺 彩", "マーケティング部", "3501", "070-3318-5502"],
            ]},
        }],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to the security vendor: the attachment cannot be inspected",
},
# ---- 017 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-017",
    "sender": "東海林 恵 <shoji.megumi@hinode-sangyo.co.jp>",
    "to": ["Ellen Morishita <ellen.morishita.tr@gmail.com>"],
    "subject": "翻訳業務のご依頼（業務委託基本契約書の英訳）",
    "body": """森下 エレン 様

いつもお世話になっております。日の出産業 法務部の東海林です。

先日ご相談した翻訳業務について、正式にご依頼させていただきます。

　対象　　：業務委託基本契約書（全１８条・別紙２点）約９,８００字
　納期　　：６月２０日（金）
　報酬　　：１文字１４円（税別）、合計１３７,２００円（税別）
　納品形式：Word（変更履歴なし）

原稿は、弊社のファイル共有サービスにアップロードしました。
リンクとアクセス方法は別途お知らせします。

なお、本件は前回締結いただいた秘密保持契約の対象となります。
お引き受けいただける場合は、本メールにご返信ください。
""" + SIG_SHOJI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "order to a freelance translator on Gmail (one free-mail recipient), mentions the NDA; no personal data",
},
# ---- 018 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-018",
    "sender": "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>",
    "to": ["フジミデータサービス 営業部 笠置 様 <kasagi@fujimi-data.co.jp>"],
    "subject": "データ入力業務委託 契約終了に伴う機密情報の返却・廃棄のお願い",
    "body": """株式会社フジミデータサービス
営業部　笠置様

いつもお世話になっております。日の出産業 購買部の宮下です。

３月３１日をもってアンケート入力業務の委託契約が終了いたしますので、
業務委託契約第１０条および秘密保持契約第６条に基づき、
弊社からお預けした機密情報の返却または廃棄をお願いいたします。

対象：
　・アンケート原票（紙）　段ボール１２箱　→ 返却
　・入力済みデータ（貴社サーバ上）　→ 消去
　・バックアップ媒体（ＬＴＯテープ２本）→ 物理破壊

作業完了後、所定の「廃棄・消去証明書」を４月１５日までにご提出ください。
証明書の様式は前回お送りしたものをご利用いただけます。

長い間ありがとうございました。引き続きよろしくお願いいたします。
""" + SIG_MIYASHITA + DISC_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "request to return/destroy confidential information at contract end: mentions 機密 but carries no marking or personal data",
},
# ---- 019 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-019",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["山彦警備保障 業務部 <gyomu@yamabiko-keibi.co.jp>"],
    "subject": "本社構内での負傷事故について（ご報告）",
    "body": """山彦警備保障株式会社
業務部 御中

お世話になっております。日の出産業 総務部の片桐です。

昨日、弊社本社地下駐車場にて発生した事故について、ご報告いたします。

　発生日時：１０月２２日（水）２１:４０頃
　場所　　：本社地下２階 駐車場スロープ
　当事者　：鰐淵 拓海 様（貴社常駐警備員、２６歳）
　状況　　：巡回中、濡れたスロープで転倒し右手をついた
　受診先　：東京港中央病院 整形外科
　診断　　：右橈骨遠位端骨折。全治約６週間、手術の要否は来週判断とのこと

弊社側では、スロープへの滑り止めマット設置を本日手配しました。
労災申請に必要な事故状況の証明は弊社でも対応いたしますので、
必要書類をお知らせください。

鰐淵様のご回復を心よりお祈り申し上げます。
""" + SIG_KATAGIRI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named vendor guard's injury and medical diagnosis sent to the vendor: 要配慮個人情報 of one identifiable person",
},
# ---- 020 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-020",
    "sender": "大河内 真理 <okochi.mari@hinode-sangyo.co.jp>",
    "to": ["笠置 様 <kasagi@fujimi-data.co.jp>"],
    "subject": "委託先セキュリティチェックシート（２０２５年版）ご回答のお願い",
    "body": """株式会社フジミデータサービス
笠置様

お世話になっております。日の出産業 情報システム部の大河内です。

新規委託先のご登録にあたり、弊社の委託先セキュリティチェックシートへの
ご回答をお願いしております。添付のExcel の「回答」列にご記入のうえ、
根拠資料（規程類の目次など）とあわせて５月末までにご返送ください。

回答に際してご不明な設問があれば、設問番号を添えてご質問ください。
""" + SIG_OKOCHI,
    "attachments": [{
        "kind": "xlsx", "name": "委託先セキュリティチェックシート_2025.xlsx",
        "title": "委託先セキュリティチェックシート",
        "sheets": {
            "記入方法": [
                ["委託先セキュリティチェックシート 2025年版"],
                ["回答欄には「はい／いいえ／該当なし」を選択し、補足欄に根拠を記入してください。"],
            ],
            "チェック項目": [
                ["No.", "分類", "設問", "回答", "補足"],
                ["1-1", "組織", "情報セキュリティ基本方針を定め、従業員に周知していますか", "", ""],
                ["1-2", "組織", "ISMS（ISO/IEC 27001）またはプライバシーマークを取得していますか", "", ""],
                ["2-1", "人的", "従業員と秘密保持誓約書を取り交わしていますか", "", ""],
                ["2-2", "人的", "年1回以上のセキュリティ教育を実施していますか", "", ""],
                ["3-1", "物理", "作業区域への入退室を記録していますか", "", ""],
                ["4-1", "技術", "PC のディスク暗号化を実施していますか", "", ""],
                ["4-2", "技術", "委託元データの外部記録媒体への書き出しを制限していますか", "", ""],
                ["5-1", "再委託", "再委託先に同等の管理を求め、監督していますか", "", ""],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "blank security questionnaire to a new vendor: no personal data",
},
# ---- 021 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-021",
    "sender": "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>",
    "to": ["川崎電機 サービス部 小松 <komatsu.y@kawasaki-denki.co.jp>"],
    "subject": "設備保守プロジェクト 弊社側体制のご連絡",
    "body": """川崎電機株式会社
サービス部　小松様

お世話になっております。日の出産業の宮下です。

４月からの設備保守プロジェクトにおける弊社側の体制をお知らせします。
各拠点での立会いや緊急時のご連絡は、以下の担当へお願いいたします。

・プロジェクト責任者：薬師寺 紘一（情報システム部長）
　yakushiji.koichi@hinode-sangyo.co.jp ／ 社用携帯 090-6621-0874
・契約窓口：宮下 亮（購買部）
　miyashita.ryo@hinode-sangyo.co.jp ／ 社用携帯 090-2284-7731
・本社施設：片桐 慎也（総務部）
　katagiri.shinya@hinode-sangyo.co.jp ／ 社用携帯 080-3390-1146
・川崎物流センター：五十嵐 剛（物流部）
　igarashi.tsuyoshi@hinode-sangyo.co.jp ／ 社用携帯 070-2218-6657
・大阪営業所：左近 美樹（大阪営業所 総務）
　sakon.miki@hinode-sangyo.co.jp ／ 社用携帯 080-5531-0092

休日・夜間は責任者の薬師寺までお願いします。
""" + SIG_MIYASHITA,
    "expect": "either",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five staff with work e-mail and company mobile as a project contact roster: business contacts or a list of people, arguable",
},
# ---- 022 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-022",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["山彦警備保障 管制課 <kansei@yamabiko-keibi.co.jp>"],
    "subject": "機械警備 異常発報時の連絡先（自宅・携帯）更新",
    "charset": "iso-2022-jp",
    "body": """山彦警備保障株式会社　管制課　御中

お世話になっております。日の出産業 総務部の片桐です。

本社の機械警備で異常発報があった際の弊社連絡先を更新いたします。
夜間・休日の駆け付け後、下記の順にお電話ください。

順位　氏名　　　　　　自宅電話　　　　　　携帯電話
−−　−−−−−−−　−−−−−−−−−　−−−−−−−−−−
１　　片桐　慎也　　　０４２−７２１−４４６０　０８０−３３９０−１１４６
２　　小日向　勝則　　０４４−８５５−２０１７　０９０−４１２８−７７０３
３　　丹後　律子　　　０３−３７１１−９８２４　０７０−６６１２−３３８０
４　　雪村　弘樹　　　０４５−９８３−５５１２　０８０−２２０４−６６１９
５　　薬師寺　紘一　　０４７−３５２−８１０９　０９０−６６２１−０８７４
６　　城ケ崎　聡　　　０４２−３６４−２７７８　０９０−８１１５−４０２６

以上６名です。旧リスト（昨年４月版）は破棄をお願いいたします。
""" + SIG_KATAGIRI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six staff with home and mobile phones, full-width padded table in the body, to the security vendor: list of people",
},
# ---- 023 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-023",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["星空クリーンサービス 業務部 <gyomu@hoshizora-clean.co.jp>"],
    "subject": "日常清掃・定期清掃 お見積りのお願い（川崎物流センター）",
    "body": """株式会社星空クリーンサービス
業務部 御中

いつもお世話になっております。日の出産業 総務部の片桐です。

本社と同様に、川崎物流センターの清掃業務もお願いできないかと考えております。
下記の条件でお見積りをいただけますでしょうか。

| 区域            | 面積(㎡) | 日常清掃      | 定期清掃       |
|-----------------|----------|---------------|----------------|
| 事務所棟 1F-2F  | 620      | 週5回         | 床ワックス 年4回 |
| 休憩室・更衣室  | 140      | 週5回         | 年4回          |
| トイレ(6か所)   | -        | 週5回         | 年2回 高圧洗浄 |
| 倉庫棟 通路     | 2,300    | 週2回(機械)   | なし           |

作業時間帯は平日 7:00～9:00 を希望します。
見積期限は２月末、契約開始は４月１日を想定しています。
現地確認をご希望の場合は日程を調整いたします。
""" + SIG_KATAGIRI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "quotation request with floor areas: no personal data",
},
# ---- 024 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-024",
    "sender": "Kenji Tachibana <tachibana.kenji@hinode-sangyo.co.jp>",
    "to": ["CloudNest Billing <billing@cloudnest.com>"],
    "subject": "Update payment method - account HS-00418",
    "body": """Hi CloudNest Billing,

Our previous corporate card expired last month, which is why invoice INV-2025-07731
failed. Please update the payment method on account HS-00418 to the card below and
retry the charge.

  Card number : """ + " ".join(card_number(SEED + 11)[i:i + 4] for i in range(0, 16, 4)) + """
  Expiry      : 09/28
  Cardholder  : KENJI TACHIBANA
  Billing addr: 2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013

I could not do this in the portal because the admin role is locked to my former
colleague. Let me know once the charge goes through.

Regards,
""" + SIG_TACHIBANA,
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a full credit card number with expiry sent in the body to a SaaS vendor",
},
# ---- 025 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-025",
    "sender": "二階堂 誠 <nikaido.makoto@hinode-sangyo.co.jp>",
    "to": ["関 綾乃 <ayano.seki.design@outlook.jp>"],
    "subject": "RE: 個人番号のご提出について",
    "body": """関 様

ご提出ありがとうございます。日の出産業 経理部の二階堂です。
個人番号、確かに受領いたしました。
支払調書の作成にのみ利用し、経理部内の管理区域で厳重に保管いたします。

なお、今後はメールではなく、先日ご案内した提出フォーム（本人確認付き）を
ご利用いただけますと幸いです。お手数をおかけしました。
""" + SIG_NIKAIDO + """

-----Original Message-----
差出人: 関 綾乃 <ayano.seki.design@outlook.jp>
送信日時: 2025年1月14日 21:03
宛先: 二階堂 誠 <nikaido.makoto@hinode-sangyo.co.jp>
件名: 個人番号のご提出について

日の出産業 二階堂様

お世話になっております。関です。
ご依頼いただいた個人番号をお送りします。

氏名：関 綾乃
個人番号：""" + my_number(SEED + 3) + """
住所：神奈川県藤沢市鵠沼海岸２－７－１８

よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "the My Number is only in the quoted text of the freelancer's own mail (Original Message); reply to one free-mail address",
},
# ---- 026 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-026",
    "sender": "五十嵐 剛 <igarashi.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
    "subject": "【配車依頼】７月８日（火）川崎→厚木 ４ｔ車２台",
    "charset": "cp932",
    "body": """青葉運輸株式会社
配車センター 御中

いつもお世話になっております。日の出産業 物流部の五十嵐です。

下記のとおり配車をお願いいたします。

　積込日時：７月８日（火）８:３０　川崎物流センター ３番バース
　納品先　：厚木ＤＣ（神奈川県厚木市上依知３０１２）
　納品時間：１１:００指定
　車格・台数：４ｔウイング車 ２台
　荷姿　　：パレット２８枚（１台あたり１４枚）
　出荷番号：SHP-250708-014／-015

受注確認のご返信をお願いいたします。
""" + SIG_IGARASHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.jp drops the co. of the partner domain aoba-unyu.co.jp: look-alike",
},
# ---- 027 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-027",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 営業所長 <eigyosho@kitaguni-foods.co.jp>"],
    "subject": "食堂従事者の健康管理体制についてのご確認",
    "body": """北国フーズ株式会社
東京営業所　所長様

お世話になっております。日の出産業 総務部の片桐です。

年次の委託先確認の一環として、社員食堂に従事されるスタッフの皆様の
健康管理体制について、以下の点をご回答いただけますでしょうか。
（個人ごとの結果のご提出は不要です。体制と実施状況のみで結構です。）

１．定期健康診断の実施時期と受診率（昨年度）
２．検便（腸内細菌検査）の実施頻度（月１回以上か）
３．体調不良時の就業制限ルール（下痢・発熱・手指の化膿創など）
４．ノロウイルス流行期の追加対策の有無

大量調理施設衛生管理マニュアルに沿った運用がなされているかの確認です。
書式は自由です。６月末までにお願いいたします。
""" + SIG_KATAGIRI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "asks about health-check arrangements in general; no individual's health data",
},
# ---- 028 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-028",
    "sender": "東海林 恵 <shoji.megumi@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 森永 <morinaga.t@nishiki-insatsu.co.jp>"],
    "subject": "印刷業務委託 基本契約・覚書（締結版）一式",
    "body": """錦印刷株式会社
営業部　森永様

お世話になっております。日の出産業 法務部の東海林です。

押印済みの基本契約書・覚書・取引約款をＺＩＰにまとめてお送りします。
原本は本日レターパックで発送いたしました（追跡番号 3581-2207-4416）。

・印刷業務委託基本契約書（令和７年４月１日付）
・覚書（単価改定）
・取引約款

お受け取りのご確認をお願いいたします。
""" + SIG_SHOJI,
    "attachments": [{
        "kind": "zip", "name": "錦印刷_契約書一式_R7.zip",
        "files": [
            {"kind": "docx", "name": "印刷業務委託基本契約書.docx",
             "paragraphs": [
                 "印刷業務委託基本契約書",
                 "日の出産業株式会社（甲）と錦印刷株式会社（乙）は、印刷物の製作及び発送業務の委託について、以下のとおり合意する。",
                 "第1条（個別契約）個別の発注は、甲が発行する注文書と乙の注文請書により成立する。",
                 "第7条（秘密保持）乙は、甲から開示された顧客データを本契約の目的以外に利用してはならない。",
                 "令和7年4月1日",
             ]},
            {"kind": "docx", "name": "覚書_単価改定.docx",
             "paragraphs": ["覚書", "甲及び乙は、別表の単価を令和7年4月1日出荷分より改定する。"],
             "tables": [[["品目", "旧単価", "新単価"], ["DM圧着はがき", "18.0円", "19.5円"],
                         ["封入封緘", "6.2円", "6.8円"]]]},
            {"kind": "pdf", "name": "取引約款.pdf",
             "lines": ["取引約款", "第1条 適用範囲", "第2条 検収", "第3条 支払条件：月末締め翌月末払い"]},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "plain ZIP of signed contract documents and a tracking number: readable, no personal data",
},
# ---- 029 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-029",
    "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 引取センター <hikitori@aoba-unyu.co.jp>"],
    "subject": "リコール対象品 引取依頼（第３回）",
    "body": """青葉運輸株式会社　引取センター御中

お世話になっております。日の出産業 カスタマーサポート部の早乙女です。

電気ケトル（型番 HK-1207）の自主回収につき、第３回分の引取をお願いします。
下記のお客様宅へ伺っていただき、代替品と交換のうえ回収をお願いいたします。

受付番号\tお名前\t郵便番号\t住所\t電話\t希望時間帯
RC-3051\t舎人 みどり\t123-0851\t東京都足立区梅田７－２２－５\t03-3886-1472\t午前
RC-3052\t芥川 信吾\t335-0004\t埼玉県蕨市中央２－９－１４ サンハイツ蕨１０５\t048-431-7720\t14-16時
RC-3053\tアルバレス 茉莉\t213-0001\t神奈川県川崎市高津区溝口３－１５－８\t090-6018-3324\t18-20時
RC-3054\t京極 公平\t181-0013\t東京都三鷹市下連雀６－３－２７\t0422-47-9155\t指定なし
RC-3055\t柊 ちなつ\t270-0034\t千葉県松戸市新松戸４－２－１１\t080-9130-2276\t午前
RC-3056\t大豆生田 昇\t330-0062\t埼玉県さいたま市浦和区仲町１－１３－３\t048-822-6605\t午前
RC-3057\tたかなし ゆう\t206-0033\t東京都多摩市落合２－３５－１ ３－４０４\t070-3441-8812\t14-16時

回収済みの旨は、引取票の控えをスキャンしてお送りください。
""" + SIG_SAOTOME,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven customers' names, home addresses and phones, tab-separated in the body, to the logistics partner: list of people",
},
# ---- 030 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-030",
    "sender": "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>",
    "to": ["薬師寺 紘一 <yakushiji.koichi@hinode-sangyo.co.jp>",
           "東海林 恵 <shoji.megumi@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】次期運用保守 委託先選定結果（稟議前確認）",
    "body": """【社外秘】

薬師寺部長
東海林さん

お疲れさまです。宮下です。
次期運用保守の委託先選定結果をまとめました。稟議前にご確認ください。

　１位　ツバサシステム　　総合点 82　月額 3,880千円
　２位　クモテック　　　　総合点 77　月額 3,650千円
　３位　ヒカリソリューションズ　総合点 64　月額 3,420千円

価格はクモテックが最安ですが、移行リスクと障害対応実績を重視し、
ツバサシステムの継続を推奨します。詳細は添付の評価表をご覧ください。

宮下
""",
    "attachments": [{
        "kind": "xlsx", "name": "委託先選定評価表.xlsx", "page_header": "社外秘",
        "sheets": {"評価": [
            ["評価項目", "配点", "ツバサシステム", "クモテック", "ヒカリソリューションズ"],
            ["価格", 30, 22, 27, 30],
            ["技術力", 25, 21, 20, 14],
            ["障害対応実績", 25, 23, 16, 10],
            ["移行リスク", 20, 16, 14, 10],
            ["合計", 100, 82, 77, 64],
        ]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "marked 社外秘 but every recipient is internal",
},
# ---- 031 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-031",
    "sender": "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>",
    "to": [
        "内藤 和也 <naito.kazuya@tsubasa-system.jp>",
        "クモテック 営業部 <sales@kumo-tech.co.jp>",
        "ヒカリソリューションズ 提案窓口 <rfp@hikari-solutions.jp>",
    ],
    "subject": "【RFP】次期基幹システム運用保守業務 提案依頼書の送付",
    "body": """各社 ご担当者様

お世話になっております。日の出産業株式会社 購買部の宮下です。

次期基幹システム運用保守業務について、提案依頼書（RFP）を添付いたします。
ご提案いただける場合は、下記スケジュールにてご対応をお願いいたします。

　質問受付期限：８月８日（金）
　提案書提出期限：８月２９日（金）１７:００
　プレゼンテーション：９月第２週（個別にご連絡します）

なお、ご提案内容は弊社での選定目的以外には使用いたしません。
""" + SIG_MIYASHITA,
    "attachments": [{
        "kind": "pdf", "name": "RFP_次期基幹システム運用保守.pdf",
        "lines": [
            "提案依頼書（RFP）次期基幹システム運用保守業務",
            "1. 目的：現行運用保守契約の満了（2026年3月）に伴い、次期委託先を選定する。",
            "2. 対象システム：販売管理、在庫管理、会計（オンプレミス 42台、クラウド 18インスタンス）",
            "3. 求めるサービスレベル：稼働率 99.9％、障害一次回答 30分以内",
            "4. 評価基準：価格 30、技術力 25、障害対応実績 25、移行リスク 20",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "RFP sent to three competing vendors in To: each sees the others; should have been Bcc",
},
# ---- 032 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-032",
    "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 引取センター <hikitori@aoba-unyu.co.jp>"],
    "charset": "iso-2022-jp",
    "subject": "RC-3044 再訪問のお願い",
    "body": """青葉運輸　引取センター御中

お世話になっております。日の出産業の早乙女です。

昨日ご不在で持ち戻りとなった RC-3044 のお客様からご連絡があり、
以下の日時での再訪問をご希望です。

　お名前：鍋島 寿々子 様
　ご住所：東京都北区赤羽西４−３１−２
　お電話：０３−３９０７−５５１８
　ご希望：７月１２日（土）１０時〜１２時

ご高齢の方のため、インターホンを押したあと少しお待ちいただけると助かります、
とのことでした。よろしくお願いいたします。
""" + SIG_SAOTOME,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one customer's address and phone for a re-visit by the logistics partner: single record, may warn",
},
# ---- 033 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-033",
    "sender": "堀之内 健吾 <horinouchi.kengo@hinode-sangyo.co.jp>",
    "to": ["研成アカデミー 研修事務局 <jimukyoku@kensei-academy.jp>"],
    "subject": "委託研修（新任管理職コース）受講にあたっての配慮のお願い",
    "body": """株式会社研成アカデミー
研修事務局 御中

お世話になっております。日の出産業 人事部の堀之内です。

１１月開講の新任管理職コースに参加する弊社社員のうち１名について、
受講上の配慮をお願いしたくご連絡しました。

　受講者：小日向 勝則（物流部 課長代理）
　状況　：聴覚障害（身体障害者手帳２級）があり、補聴器を使用しています
　お願い：①講師の口元が見える前方の席の確保
　　　　　②グループ討議時の要約筆記（ＵＤトーク等）の利用許可
　　　　　③動画教材への字幕付与（可能な範囲で）

本人の了解は得ております。追加費用が発生する場合はご連絡ください。
""" + SIG_HORINOUCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's disability (hearing, certificate grade) sent to the training vendor: 要配慮個人情報",
},
# ---- 034 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-034",
    "sender": "汐見 拓人 <shiomi.takuto@hinode-sangyo.co.jp>",
    "to": ["内藤 和也 <naito.kazuya@tsubasa-system.jp>"],
    "cc": ["大河内 真理 <okochi.mari@hinode-sangyo.co.jp>"],
    "subject": "キックオフ資料（ドラフト）送付",
    "body": """内藤様

お世話になっております。日の出産業 情報システム部の汐見です。

来週月曜のキックオフで使う資料のドラフトを送ります。
スライド４（役割分担）に御社側の記載を追記いただけますか。
水曜中に戻していただけると助かります。

汐見
日の出産業株式会社 情報システム部 基盤グループ
TEL 03-5401-2276
""",
    "attachments": [{
        "kind": "pptx", "name": "運用保守移行PJ_キックオフ_draft.pptx",
        "slides": [
            ["運用保守移行プロジェクト キックオフ", "日の出産業株式会社 / 株式会社ツバサシステム", "2025年10月6日"],
            ["プロジェクトの目的", "現行監視基盤の刷新", "運用手順の標準化と属人化の解消"],
            ["スケジュール", "10月：現状調査", "11月〜12月：移行設計", "1月：並行稼働", "2月：本番切替"],
            ["役割分担", "日の出産業：要件定義・受入", "ツバサシステム：（追記をお願いします）"],
            ["会議体", "週次定例（毎週水曜 10:00）", "月次ステアリングコミッティ"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "kickoff deck (PPTX) draft to the partner: no personal data",
},
# ---- 035 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-035",
    "sender": "大河内 真理 <okochi.mari@hinode-sangyo.co.jp>",
    "to": ["笠置 様 <kasagi@fujimi-data.co.jp>"],
    "subject": "委託先監査（実地）の実施要領とチェックリスト",
    "body": """笠置様

お世話になっております。大河内です。
９月２５日に予定している実地監査の要領とチェックリストをお送りします。
当日は、チェックリストの「確認資料」欄の資料をご準備ください。
個人データそのもののご提示は不要です（管理台帳の様式のみ拝見します）。
""" + SIG_OKOCHI,
    "attachments": [{
        "kind": "docx", "name": "委託先監査チェックリスト_個人情報取扱い.docx",
        "paragraphs": [
            "委託先監査チェックリスト（個人情報の取扱い）",
            "監査日：2025年9月25日　監査者：日の出産業 情報システム部 セキュリティ推進室",
        ],
        "tables": [[
            ["No", "確認事項", "確認資料"],
            ["1", "個人データの取扱区域を定め、入退室を管理しているか", "入退室記録"],
            ["2", "マイナンバーを含む特定個人情報を取り扱う場合、取扱担当者を限定しているか", "担当者指名書"],
            ["3", "要配慮個人情報（病歴・健康診断結果等）の取得有無を把握しているか", "個人情報管理台帳"],
            ["4", "委託元データの持出し・複製を記録しているか", "持出し管理簿"],
            ["5", "漏えい等発生時の委託元への報告手順を定めているか", "事故対応手順書"],
        ]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "audit checklist that names categories of personal data (マイナンバー, 要配慮) but holds none",
},
# ---- 036 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-036",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["川崎電機 サービス部 小松 <komatsu.y@kawasaki-denki.co.jp>"],
    "subject": "受変電設備 点検立会い報告書（PDF）",
    "body": """川崎電機　小松様

お世話になっております。片桐です。
先日の受変電設備点検の立会い報告書をお送りします。
PDFにはパスワードを設定しておりますので、いつものものでお開きください。
""" + SIG_KATAGIRI,
    "attachments": [{
        "kind": "pdf", "name": "受変電設備点検_立会い報告書_20250614.pdf", "password": "kd0614",
        "lines": [
            "受変電設備 年次点検 立会い報告書",
            "実施日：2025年6月14日（土）8:00〜15:30",
            "停電範囲：本社ビル全館",
            "指摘事項：VCB 1台 動作時間規定値上限付近 → 次回更新推奨",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF to an external partner: cannot be inspected",
},
# ---- 037 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-037",
    "sender": "Kenji Tachibana <tachibana.kenji@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@brightwave-sol.com>"],
    "subject": "Re: Engineers for on-site UAT in Tokyo - visa documents",
    "body": """Priya,

Thank you, we have everything we need. Our HR team will issue the invitation
letters and the letter of guarantee by 18 April and courier the originals to your
Chennai office.

Kenji

On Mon, 7 Apr 2025 at 15:12, Priya Raman <priya.raman@brightwave-sol.com> wrote:
> Dear Kenji,
>
> As requested, here are the details of the engineers travelling for UAT
> (26 May - 20 June):
>
> 1. Arjun Venkatesan   DOB 1990-03-18   Passport Z4417823
> 2. Meera Subramaniam  DOB 1994-11-02   Passport Y2230981
> 3. Rahul Iyer         DOB 1988-07-25   Passport Z6108354
> 4. Divya Krishnan     DOB 1996-01-09   Passport W9956120
> 5. Karthik Natarajan  DOB 1992-05-30   Passport Z0731146
>
> Please let me know if you need anything else for the invitation letters.
>
> Best,
> Priya
""" + SIG_TACHIBANA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "passport numbers and birth dates appear only in the quoted vendor mail (On ... wrote:); new text has none",
},
# ---- 038 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-038",
    "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
    "to": ["かえでコンタクト SV室 <sv@kaede-contact.co.jp>"],
    "subject": "【引継ぎ】継続対応中のお客様（１２/２６〜１/５ 休業期間分）",
    "html": """<html><body>
<p>株式会社かえでコンタクト<br>SV室 ご担当者様</p>
<p>お世話になっております。日の出産業 カスタマーサポート部の早乙女です。</p>
<p>年末年始の休業期間中、貴社窓口でご対応いただくお客様のうち、
折り返しのお約束をしている方を下表にまとめました。
着信があった場合は、表の経緯を踏まえてご対応ください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>問合せ番号</th><th>お客様名</th><th>電話番号</th><th>メール</th><th>経緯</th></tr>
<tr><td>INQ-88120</td><td>仙石 朋美</td><td>090-2271-6648</td><td>t.sengoku77@yahoo.co.jp</td><td>ケトル蓋の破損。交換部品発送済、到着確認待ち</td></tr>
<tr><td>INQ-88134</td><td>真栄城 卓</td><td>080-4409-1835</td><td>maeshiro.taku@gmail.com</td><td>返金処理中。1/6に経理から連絡予定</td></tr>
<tr><td>INQ-88141</td><td>東雲 結衣</td><td>070-3385-2207</td><td>yui-shinonome@icloud.com</td><td>取扱説明書の再送希望</td></tr>
<tr><td>INQ-88157</td><td>二ノ宮 剛志</td><td>03-5983-4410</td><td>ninomiya.t@nifty.com</td><td>修理見積の回答待ち（見積 4,800円）</td></tr>
<tr><td>INQ-88163</td><td>ハーパー 絵里</td><td>090-7714-0326</td><td>eri.harper@outlook.jp</td><td>強い口調のご意見あり。SV対応をお願いします</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>早乙女 由佳<br>カスタマーサポート部 委託運用担当<br>日の出産業株式会社<br>TEL 03-5401-2310</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five customers with phone and e-mail in an HTML-only table to the call-centre vendor: list of people",
},
# ---- 039 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-039",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 営業所長 <eigyosho@kitaguni-foods.co.jp>"],
    "subject": "社員食堂運営業務委託契約の更新について",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社
東京営業所　所長様

平素は社員食堂の運営に格別のご尽力を賜り、厚く御礼申し上げます。
日の出産業 総務部の片桐でございます。

令和８年３月３１日で満了を迎える社員食堂運営業務委託契約につきまして、
弊社としては同一条件での１年更新を希望しております。

あわせて、以下２点についてご検討をお願いできれば幸いです。
　・朝食提供（８:００〜９:００）の試行（６か月）
　・食材価格高騰に伴う委託料の見直し幅のご提示

恐れ入りますが、１月末までにご意向をお聞かせください。
今後ともよろしくお願い申し上げます。
""" + SIG_KATAGIRI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contract renewal notice to the canteen partner, 和暦 dates, ISO-2022-JP",
},
# ---- 040 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-040",
    "sender": "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>",
    "to": ["宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>"],
    "bcc": [
        "naito.kazuya@tsubasa-system.jp",
        "soumu@aoba-unyu.co.jp",
        "morinaga.t@nishiki-insatsu.co.jp",
        "gyomu@hoshizora-clean.co.jp",
        "gyomu@yamabiko-keibi.co.jp",
        "eigyosho@kitaguni-foods.co.jp",
    ],
    "subject": "年末年始の休業および請求書受付についてのお知らせ",
    "body": """お取引先各位

※本メールは一斉送信のため、Bcc にてお送りしております。

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
誠に勝手ながら、弊社は下記の期間を年末年始休業とさせていただきます。

　休業期間：１２月２７日（土）～１月４日（日）

１２月分のご請求書は、１月７日（水）必着でお送りください。
電子請求（請求書受領サービス）をご利用の場合は、１月８日（木）までにアップロードをお願いします。

休業期間中の緊急のご連絡は、各担当者の社用携帯へお願いいたします。
来年も変わらぬお引き立てのほど、よろしくお願い申し上げます。
""" + SIG_MIYASHITA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "notice to six vendors correctly sent in Bcc with only the sender in To: nobody sees anyone else",
},
# ---- 041 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-041",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["芙蓉オートリース 車両管理課 <sharyo@fuyo-autolease.co.jp>"],
    "subject": "社用車 運転者登録の追加（２名）",
    "body": """芙蓉オートリース株式会社
車両管理課 御中

お世話になっております。日の出産業 総務部の片桐です。

フリート管理サービスにおける運転者登録を２名追加願います。
免許証の写しは後日ご提出しますが、先に番号をお知らせします。

【１】
　氏名　　　：雪村 弘樹（ゆきむら ひろき）
　生年月日　：昭和６１年９月１９日
　免許証番号：第 ３０１４８８２７５６１０ 号
　有効期限　：令和９年１０月１９日
　使用車両　：品川 500 さ 12-87

【２】
　氏名　　　：丹後 律子（たんご りつこ）
　生年月日　：平成４年２月８日
　免許証番号：第 ４５２０１９７３８８０２ 号
　有効期限　：令和８年３月８日
　使用車両　：品川 500 さ 12-88

よろしくお願いいたします。
""" + SIG_KATAGIRI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "two employees' driver's licence numbers with birth dates sent to the fleet-lease vendor: identity document numbers",
},
# ---- 042 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-042",
    "sender": "東海林 恵 <shoji.megumi@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 柳瀬 先生 <yanase@shirakawa-law.jp>"],
    "charset": "iso-2022-jp",
    "subject": "委託先におけるＵＳＢメモリ紛失事案のご相談",
    "body": """白川法律事務所
柳瀬 先生

いつもお世話になっております。日の出産業 法務部の東海林です。

データ入力の委託先（株式会社フジミデータサービス）から、
作業用ＵＳＢメモリを紛失したとの報告がありました。概要は次のとおりです。

　・紛失日：１１月５日（水）頃、通勤途中と推定
　・媒体：暗号化機能付きＵＳＢメモリ（パスワードロック有効、１０回誤入力で消去）
　・格納データ：弊社アンケート回答データ 約３,２００件
　　（氏名・住所・電話番号・年代。要配慮個人情報は含まない）
　・現時点で不正利用の報告なし。警察へは遺失届提出済み

お伺いしたい点：
　１．暗号化が有効な場合、個人情報保護委員会への報告義務の対象となるか
　２．本人通知の要否と、その場合の文案の方向性
　３．委託契約上の損害賠償請求の範囲

来週前半でお電話の時間をいただけますと幸いです。
""" + SIG_SHOJI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "incident consultation with the law firm describing data categories and counts only; no individual's data",
},
# ---- 043 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-043",
    "sender": "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>",
    "to": ["川崎電機 営業本部 <eigyo-honbu@kawasaki-denki.co.jp>"],
    "subject": "【極秘】物流拠点統合に伴う保守委託先集約の件",
    "body": """取扱区分：極秘
配布先：川崎電機株式会社 営業本部長 殿

お世話になっております。日の出産業 購買部の宮下です。

来年度に予定している物流拠点の統合（川崎・厚木・相模原 → 新相模原ＤＣ）に伴い、
現在３社に分散している設備保守委託を１社に集約する方針です。
本件は社内でもまだ一部の者しか知らない情報のため、取扱いにご注意ください。

　・統合時期：２０２６年１０月（予定）
　・対象設備：空調、受変電、搬送コンベア、自動倉庫
　・想定年間委託額：約１億２千万円

御社には集約先の候補として、１２月中に概算のご提案をお願いしたく存じます。
""" + SIG_MIYASHITA,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "subject and body carry a 極秘 classification and go to an external partner",
},
# ---- 044 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-044",
    "sender": "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "会議室ご予約（３月６日 委託先評価会議）当日連絡先",
    "body": """さくらホテル
宴会予約ご担当者様

お世話になっております。日の出産業の宮下です。
３月６日（金）「桜の間」のご予約について、当日の連絡先をお知らせします。
会場設営や機材の件は、以下のいずれかにご連絡ください。

・宮下 亮　　０９０－２２８４－７７３１
・汐見 拓人　０８０－４４１７－２１５８
・丹後 律子　０７０－６６１２－３３８０
・城ケ崎 聡　０９０－８１１５－４０２６

昼食（幕の内弁当）は２２名分、１２:００搬入でお願いいたします。
""" + SIG_MIYASHITA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four staff with mobile numbers as day-of contacts to a hotel: under five records, may warn",
},
# ---- 045 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-045",
    "sender": "小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>",
    "to": ["二階堂 誠 <nikaido.makoto@hinode-sangyo.co.jp>"],
    "subject": "フリーランスカメラマンの個人番号（支払調書用）",
    "body": """二階堂さん

お疲れさまです。マーケの小野寺です。
カタログ撮影をお願いしたカメラマンの方から個人番号をいただいたので転記します。
本人確認書類（免許証の写し）は紙で経理部の鍵付きボックスに入れておきました。

氏名：鰐部 航（わにべ わたる）
住所：東京都世田谷区松原１－４４－９　メゾン松原３０３
個人番号：""" + my_number(SEED + 2) + """
支払額：４８０,０００円（税別）／撮影２日分

転記後、このメールは削除します。
小野寺
""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "a freelancer's My Number, but sent only to an internal colleague in accounting",
},
# ---- 046 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-046",
    "sender": "堀之内 健吾 <horinouchi.kengo@hinode-sangyo.co.jp>",
    "to": ["はなみずき給与サービス 受託センター <jutaku@hanamizuki-payroll.co.jp>"],
    "subject": "１０月度 給与計算 変動データ（新規振込口座あり）",
    "body": """株式会社はなみずき給与サービス
受託センター 御中

お世話になっております。日の出産業 人事部の堀之内です。

１０月度の給与計算用データをお送りします。
今月は振込口座の新規登録・変更が８名分ありますので、
zip 内の「振込口座_変更.csv」をマスタに反映してください。

締切の関係で本日中に取り込みをお願いできれば幸いです。
""" + SIG_HORINOUCHI,
    "attachments": [{
        "kind": "zip", "name": "hinode_202510_payroll.zip",
        "files": [
            {"kind": "csv", "name": "振込口座_変更.csv", "encoding": "utf-8",
             "rows": [
                 ["社員番号", "氏名", "金融機関", "支店", "種別", "口座番号", "口座名義"],
                 ["H10388", "所沢 夏美", "みどり銀行", "川崎支店", "普通", "3318420", "トコロザワ ナツミ"],
                 ["H10412", "飴屋 洋介", "みどり銀行", "浜松町支店", "普通", "1029377", "アメヤ ヨウスケ"],
                 ["H10427", "久里浜 千春", "東京中央信用金庫", "田町支店", "普通", "0448512", "クリハマ チハル"],
                 ["H10455", "城ケ崎 聡", "みどり銀行", "本店営業部", "普通", "7702164", "ジヨウガサキ サトシ"],
                 ["H10461", "左近 美樹", "なにわ銀行", "梅田支店", "普通", "5530918", "サコン ミキ"],
                 ["H10470", "小日向 勝則", "みどり銀行", "武蔵小杉支店", "普通", "2284403", "コヒナタ カツノリ"],
                 ["H10483", "雪村 弘樹", "ゆうちょ銀行", "〇一八店", "普通", "4461207", "ユキムラ ヒロキ"],
                 ["H10502", "丹後 律子", "みどり銀行", "新宿支店", "普通", "6613380", "タンゴ リツコ"],
             ]},
            {"kind": "csv", "name": "勤怠集計_202510.csv", "encoding": "utf-8",
             "rows": [["社員番号", "所定日数", "出勤日数", "残業時間"],
                      ["H10388", 22, 22, 14.5], ["H10412", 22, 21, 8.0]]},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "eight employees' bank accounts in a CSV inside a plain ZIP to the payroll outsourcer: list of people",
},
# ---- 047 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-047",
    "sender": "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>",
    "to": ["内藤 和也 <naito.kazuya@tsubasa-system.jp>"],
    "subject": "作業単価表（旧様式）のご確認",
    "charset": "cp932",
    "body": """内藤様

お世話になっております。宮下です。
追加作業の精算に使っている単価表ですが、弊社の旧システムから出力したため
xls 形式になっております。単価に相違がないかご確認ください。
""" + SIG_MIYASHITA,
    "attachments": [{
        "kind": "xls", "name": "追加作業単価表_FY2025.xls",
        "sheets": {"単価表": [
            ["区分", "役割", "平日日中(円/h)", "夜間・休日(円/h)"],
            ["A", "プロジェクトマネージャ", 14500, 18850],
            ["B", "システムエンジニア", 11000, 14300],
            ["C", "運用オペレータ", 6800, 8840],
            ["D", "ヘルプデスク", 5200, 6760],
        ]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "rate card in a legacy XLS: roles and prices only",
},
# ---- 048 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-048",
    "sender": "東海林 恵 <shoji.megumi@hinode-sangyo.co.jp>",
    "to": ["柳瀬 先生 <yanase@shirakawa-1aw.jp>"],
    "subject": "Re: 業務委託基本契約（清掃）のレビューご依頼",
    "body": """柳瀬先生

お世話になっております。東海林です。
先ほどお電話でご相談した清掃業務委託契約書の案を添付いたします。
特に第１５条（損害賠償の上限）と第１８条（中途解約）についてご意見をいただけますと幸いです。
""" + SIG_SHOJI,
    "attachments": [{
        "kind": "docx", "name": "清掃業務委託契約書_案.docx",
        "paragraphs": [
            "清掃業務委託契約書（案）",
            "第15条（損害賠償）乙の責に帰すべき事由により甲に損害が生じた場合、乙は直近12か月の委託料総額を上限として賠償する。",
            "第18条（中途解約）甲又は乙は、3か月前までに書面で通知することにより本契約を解約できる。",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "shirakawa-1aw.jp uses the digit 1 for the l of the partner law firm's domain: look-alike",
},
# ---- 049 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-049",
    "sender": "東海林 恵 <shoji.megumi@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 柳瀬 先生 <yanase@shirakawa-law.jp>"],
    "cc": ["宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>"],
    "subject": "常駐型業務委託と労働者派遣の区分に関するご相談",
    "body": """柳瀬先生

いつもお世話になっております。日の出産業 法務部の東海林です。

ヘルプデスク業務を請負で委託している件で、現場の運用が
いわゆる「偽装請負」と評価されないか懸念がありご相談させてください。

現状：
　・委託先の要員４名が弊社本社７Ｆに常駐
　・日々の問い合わせの割り振りは委託先のリーダーが実施
　・ただし繁忙時に、弊社情報システム部の社員が要員に直接作業を依頼する場面がある
　・勤怠管理は委託先、座席・ＰＣは弊社が貸与

質問：
　１．「労働者派遣事業と請負により行われる事業との区分に関する基準」（３７号告示）
　　　に照らして、直接依頼の運用はどの程度問題となるか
　２．是正する場合、契約書・運用手順のどこを改めるべきか

資料（現行契約書・業務フロー）は来週の打合せ時にお持ちします。
""" + SIG_SHOJI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "legal question to the partner law firm about dispatch vs. contracting; no personal data",
},
# ---- 050 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-050",
    "sender": "大河内 真理 <okochi.mari@hinode-sangyo.co.jp>",
    "to": ["内藤 和也 <naito.kazuya@tsubasa-system.jp>"],
    "subject": "常駐リーダー不在期間の体制について",
    "body": """内藤様

お世話になっております。大河内です。

常駐リーダーの雲母様が、先週末から体調を崩されて入院されていると伺いました。
心よりお見舞い申し上げます。どうかご無理のないようお伝えください。

つきましては、雲母様ご不在の間の体制について確認させてください。
　・日次の作業割り振りと報告は、どなたが代行されますか
　・来週水曜の定例会には、代理の方のご出席をお願いできますか
　・２月のリリース作業のリーダーは変更が必要でしょうか

ご多用のところ恐縮ですが、今週中にご回答いただけますと助かります。
""" + SIG_OKOCHI,
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "says a named vendor staff member is hospitalised (no diagnosis), to his own employer: health detail or mere courtesy, arguable",
},
# ---- 051 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-051",
    "sender": "五十嵐 剛 <igarashi.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["あすなろスタッフ 派遣事業部 <haken@asunaro-staff.co.jp>"],
    "subject": "派遣受入れ時の確認書（就労資格）の返送",
    "body": """株式会社あすなろスタッフ
派遣事業部 御中

お世話になっております。日の出産業 物流部の五十嵐です。

１１月から川崎物流センターで受け入れる派遣スタッフの方について、
弊社側で記入した就労資格確認書をお送りします。
在留カードの記載内容と相違がないか、御社でもご確認ください。
""" + SIG_IGARASHI,
    "attachments": [{
        "kind": "docx", "name": "就労資格確認書_グエン.docx",
        "paragraphs": [
            "就労資格確認書",
            "派遣先：日の出産業株式会社 川崎物流センター",
            "確認日：令和7年10月27日　確認者：五十嵐 剛",
        ],
        "tables": [[
            ["項目", "内容"],
            ["氏名", "NGUYEN THI HOA（グエン ティ ホア）"],
            ["生年月日", "1998年4月17日"],
            ["国籍・地域", "ベトナム"],
            ["在留カード番号", "UH48201736AC"],
            ["在留資格", "技術・人文知識・国際業務"],
            ["在留期間（満了日）", "2027年3月12日"],
            ["就労制限の有無", "在留資格に基づく就労活動のみ可"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a dispatched worker's residence card number and birth date in a DOCX to the staffing agency",
},
# ---- 052 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-052",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["kt-takumi.0722@docomo.ne.jp"],
    "subject": "内装工事の作業日程（確定）",
    "body": """匠工務店　上條様

いつもお世話になっております。日の出産業の片桐です。
お電話でお話しした７Ｆ会議室の内装工事の日程、確定しましたのでお送りします。

　・８月２日（土）　８:００～１８:００　既存パーテーション撤去
　・８月３日（日）　８:００～１８:００　床・壁仕上げ
　・８月９日（土）　９:００～１５:００　照明交換・清掃

搬入は地下１階の荷捌き場をご利用ください。警備室には伝えてあります。
当日の車両ナンバーだけ、前日までにショートメールで教えてください。
""" + SIG_KATAGIRI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "work schedule to a contractor's carrier (docomo) address: one free-mail recipient, no personal data",
},
# ---- 053 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-053",
    "sender": "大河内 真理 <okochi.mari@hinode-sangyo.co.jp>",
    "to": ["かえでコンタクト SV室 <sv@kaede-contact.co.jp>"],
    "subject": "Re: 資料の取扱区分について（ご質問への回答）",
    "body": """かえでコンタクト SV室
比嘉様

お問い合わせありがとうございます。日の出産業の大河内です。
弊社の資料の取扱区分についてのご質問に回答いたします。

弊社では文書を「公開」「社内限り」「社外秘」「極秘」の４区分で管理しています。
このうち「社外秘」「極秘」と表示された文書は、原則として委託先様へはお送りしません。
委託業務上どうしても必要な場合は、秘密保持契約に基づき、個別に区分を
「委託先限定」に変更したうえでお渡しします。

万一、「社外秘」「極秘」の表示が残ったままの文書が弊社から届いた場合は、
開封・転送せずに私までご連絡ください。

以上、よろしくお願いいたします。
""" + SIG_OKOCHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "explains the classification scheme and mentions 社外秘/極秘 as words; the mail itself is not marked",
},
# ---- 054 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-054",
    "sender": "五十嵐 剛 <igarashi.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["あすなろスタッフ 派遣事業部 <haken@asunaro-staff.co.jp>"],
    "subject": "１２月から受入予定の派遣スタッフについてのご相談",
    "body": """あすなろスタッフ　派遣事業部
ご担当者様

お世話になっております。五十嵐です。

１２月から倉庫の出荷検品に来ていただく予定の猪狩 秀一 様について、
弊社で取引先審査の際にネット記事を確認したところ、
２０２１年に窃盗容疑で逮捕され、執行猶予付きの有罪判決を受けている旨の
報道が見つかりました（同姓同名・同年代、居住地も一致）。

高額商品を扱う区域のため、配置について一度ご相談させてください。
本人を特定した不当な扱いにならないよう、御社のご見解も伺えればと思います。
""" + SIG_IGARASHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named person's arrest and criminal conviction sent to the staffing agency: 要配慮個人情報 (criminal record)",
},
# ---- 055 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-055",
    "sender": "小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 森永 <morinaga.t@nishiki-insatsu.co.jp>"],
    "subject": "注文書 PO-25-0612（秋季カタログ）",
    "body": """錦印刷　森永様

お世話になっております。小野寺です。
秋季カタログの注文書をお送りします。注文請書のご返送をお願いします。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "pdf", "name": "注文書_PO-25-0612.pdf",
        "lines": [
            "注　文　書",
            "注文番号：PO-25-0612　　注文日：2025年6月12日",
            "錦印刷株式会社　御中",
            "日の出産業株式会社　マーケティング部",
            "",
        ],
        "table": [
            ["品名", "仕様", "数量", "単価", "金額"],
            ["秋季総合カタログ", "A4 64P 4C/4C コート90kg", "30,000部", "86.5", "2,595,000"],
            ["同 送付用封筒", "角2 窓なし 1C", "30,000枚", "7.8", "234,000"],
            ["", "", "", "小計", "2,829,000"],
            ["", "", "", "消費税(10%)", "282,900"],
            ["", "", "", "合計", "3,111,900"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "purchase order PDF with order number and prices: business data only",
},
# ---- 056 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-056",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["山彦警備保障 管制課 <kansei@yamabiko-keibi.co.jp>"],
    "subject": "FW: 【ツバサシステム】休日作業者の届出（１１/２３）",
    "body": """山彦警備保障　管制課 御中

総務の片桐です。
１１月２３日（祝）にツバサシステム様がサーバ室で作業されます。
作業者の一覧はツバサシステム様からのメール（添付）のとおりですので、
当日、通用口での本人確認をお願いいたします。
""" + SIG_KATAGIRI,
    "attachments": [{
        "kind": "eml", "name": "休日作業者の届出.eml",
        "message": {
            "sender": "内藤 和也 <naito.kazuya@tsubasa-system.jp>",
            "to": ["片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>"],
            "subject": "【ツバサシステム】休日作業者の届出（１１/２３）",
            "charset": "iso-2022-jp",
            "body": """日の出産業　片桐様

お世話になっております。ツバサシステムの内藤です。
１１月２３日（日・祝）のストレージ更改作業の作業者を届け出ます。

■作業者
雲母 遼　　　（キララ リョウ）　　　Ｈ３．７．１４生　　携帯 ０９０－３３１８－６６２４
漆原 健斗　　（ウルシハラ ケント）　Ｓ６３．１１．３生　携帯 ０７０－２２６４－９１８３
宍戸 慧　　　（シシド ケイ）　　　　Ｈ２．９．９生　　　携帯 ０８０－６６４３－２９５０
穂積 美羽　　（ホヅミ ミウ）　　　　Ｈ１０．１２．２生　携帯 ０９０－１１７２－５８３６
巽 大介　　　（タツミ ダイスケ）　　Ｓ５９．２．２７生　携帯 ０８０－２９０１－７７４５
東條 ひかる　（トウジョウ ヒカル）　Ｈ７．６．３０生　　携帯 ０７０－８８１２－０４６３

■作業時間　８:００～２０:００（延長の可能性あり）

よろしくお願いいたします。
株式会社ツバサシステム 営業本部 内藤 和也
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forwards one vendor's six-person list (和暦 birth dates, mobiles) as an attached mail to another vendor: a forward counts",
},
# ---- 057 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-057",
    "sender": "五十嵐 剛 <igarashi.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["相模原倉庫 管理課 <sagamihara-kanri@logi.hinode-sangyo.co.jp>"],
    "cc": ["所沢 夏美 <tokorozawa.natsumi@hinode-sangyo.co.jp>"],
    "subject": "繁忙期応援 委託作業員の名簿（１２月）",
    "body": """相模原倉庫 管理課 各位

お疲れさまです。物流部の五十嵐です。
１２月の繁忙期応援で、青葉運輸から構内作業員が７名来ます。
入構証の発行と緊急連絡用に名簿を共有します。

氏名,ふりがな,生年月日,携帯電話,住所
鳥海 颯,ちょうかい はやて,2000/03/11,090-1845-3302,神奈川県相模原市中央区星が丘2-8-5
乙部 ひろみ,おとべ ひろみ,1975/12/24,080-3312-9087,神奈川県座間市相模が丘1-17-3
轟 修平,とどろき しゅうへい,1983/06/02,070-4528-1164,東京都町田市木曽東4-9-21
蛯名 杏,えびな あん,1997/08/19,090-6671-0349,神奈川県相模原市南区上鶴間本町3-2-14
三鬼 英明,みき ひであき,1969/02/05,080-1190-4473,神奈川県大和市中央林間5-11-8
能登谷 実,のとや みのる,1972/10/30,090-8032-5516,東京都八王子市小比企町1287
千石 彩花,せんごく あやか,2001/01/16,070-2259-7830,神奈川県相模原市緑区橋本6-4-2

以上です。
""" + SIG_IGARASHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "seven-person CSV-style list in the body, but the recipients are on an internal subdomain (logi.hinode-sangyo.co.jp) and internal",
},
# ---- 058 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-058",
    "sender": "小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>",
    "to": [
        "Ellen Morishita <ellen.morishita.tr@gmail.com>",
        "関 綾乃 <ayano.seki.design@outlook.jp>",
        "鰐部 航 <wanibe.photo@icloud.com>",
    ],
    "subject": "【外部パートナー各位】来期の業務委託契約更新と単価改定のご案内",
    "body": """外部パートナーの皆様

いつも大変お世話になっております。日の出産業 マーケティング部の小野寺です。

来期（４月～）の業務委託契約の更新について、ご案内いたします。

・契約形態：現行どおり業務委託（準委任）、１年更新
・単価：インボイス制度対応のため、適格請求書発行事業者でない方は
　消費税相当額の取扱いについて個別にご相談させてください
・新たに、フリーランス・事業者間取引適正化等法に基づき、
　業務内容・報酬額・支払期日を記載した発注書面を毎回お送りします

更新をご希望の方は、２月末までにご返信ください。
引き続きよろしくお願いいたします。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three freelancers on different free-mail domains in To see each other's addresses: three private parties, should be Bcc",
},
# ---- 059 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-059",
    "sender": "二階堂 誠 <nikaido.makoto@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 東京営業所 経理担当 <keiri-tokyo@kitaguni-foods.co.jp>"],
    "subject": "請求書送付（食堂施設使用料・光熱費 ９月分）",
    "body": """北国フーズ株式会社
東京営業所 経理ご担当者様

いつもお世話になっております。日の出産業 経理部の二階堂です。

社員食堂の施設使用料および光熱費（９月分）の請求書をお送りします。
お支払期日までに、記載の口座へお振込みをお願いいたします。
""" + SIG_NIKAIDO,
    "attachments": [{
        "kind": "pdf", "name": "請求書_HS-INV-2509-0117.pdf",
        "lines": [
            "請　求　書",
            "請求書番号：HS-INV-2509-0117　　発行日：2025年10月3日",
            "北国フーズ株式会社　御中",
            "日の出産業株式会社　東京都港区浜松町2-4-1　TEL 03-5401-2260",
            "登録番号：T9240060471008",
            "",
            "お振込先：みどり銀行 浜松町支店 普通 0084112 ヒノデサンギヨウ（カ",
            "お支払期日：2025年10月31日",
            "",
        ],
        "table": [
            ["項目", "数量", "単価", "金額"],
            ["食堂施設使用料（9月分）", "1式", "350,000", "350,000"],
            ["電気料金（按分）", "1式", "128,460", "128,460"],
            ["ガス・水道料金（按分）", "1式", "61,240", "61,240"],
            ["", "", "小計", "539,700"],
            ["", "", "消費税(10%)", "53,970"],
            ["", "", "合計", "593,670"],
        ],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice PDF with the company's own T-number and corporate bank account: business data, not personal",
},
# ---- 060 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-060",
    "sender": "五十嵐 剛 <igarashi.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["南関東技能教習所 受付 <uketsuke@minami-kyoshu.co.jp>"],
    "subject": "フォークリフト運転技能講習 受講申込（４名）",
    "body": """南関東技能教習所
受付ご担当者様

お世話になっております。日の出産業 物流部の五十嵐です。
下記４名のフォークリフト運転技能講習（３１時間コース、１０月開講）を申し込みます。
修了証の記載に使うとのことでしたので、生年月日を添えます。

１）氏名：轟 修一　　（とどろき しゅういち）　生年月日：平成１３年５月９日
２）氏名：能登谷 翔　（のとや しょう）　　　　生年月日：平成１１年１１月２３日
３）氏名：三鬼 さくら（みき さくら）　　　　　生年月日：平成１５年２月１８日
４）氏名：乙部 健太郎（おとべ けんたろう）　　生年月日：平成９年７月３日

受講料のご請求書は弊社経理部宛にお願いいたします。
""" + SIG_IGARASHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "four employees with 和暦 birth dates for a training course: under five records, may warn",
},
# ---- 061 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-061",
    "sender": "五十嵐 剛 <igarashi.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 営業部 <eigyo@aoba-unyu.co.jp>"],
    "subject": "８月度 配送実績（運賃照合用）",
    "body": """青葉運輸株式会社　営業部 御中

お世話になっております。日の出産業 物流部の五十嵐です。
８月度の配送実績を添付します。御社請求データとの照合をお願いします。
差異があれば、出荷番号を添えてご連絡ください。
""" + SIG_IGARASHI,
    "attachments": [{"kind": "corrupt", "name": "配送実績_202508.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is truncated/corrupt: it cannot be inspected",
},
# ---- 062 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-062",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["堀之内 健吾 <horinouchi.kengo@hinode-sangyo.co.jp>"],
    "cc": ["薬師寺 紘一 <yakushiji.koichi@hinode-sangyo.co.jp>"],
    "subject": "地下駐車場での委託警備員の負傷（社内共有）",
    "body": """堀之内さん
（cc：薬師寺部長）

総務の片桐です。昨夜の件、社内向けに経緯を共有します。

・当事者：山彦警備保障 常駐警備員 鰐淵 拓海さん（２６）
・状況：２１:４０頃、地下２階スロープで転倒
・診断：右橈骨遠位端骨折（全治約６週間）。既往で腰椎椎間板ヘルニアがあり、
　本人は腰の痛みも訴えていたとのこと
・対応：スロープに滑り止めマットを本日設置。警備会社側で労災申請予定

施設管理上の責任の有無について、法務と相談する予定です。
安全衛生委員会（１１月）の議題にも入れてください。

片桐
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a named person's diagnosis and medical history, but shared internally only",
},
# ---- 063 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-063",
    "sender": "堀之内 健吾 <horinouchi.kengo@hinode-sangyo.co.jp>",
    "to": ["みなと社会保険労務士法人 <tetsuzuki@minato-sr.jp>"],
    "subject": "出向者３名の社会保険手続き（資格取得）のお願い",
    "body": """みなと社会保険労務士法人
手続きご担当者様

いつもお世話になっております。日の出産業 人事部の堀之内です。

１１月１日付で関連会社から受け入れる出向者３名の
健康保険・厚生年金保険の資格取得手続きをお願いいたします。
必要事項は添付のExcelにまとめました。
""" + SIG_HORINOUCHI,
    "attachments": [{
        "kind": "xlsx", "name": "出向者_資格取得_20251101.xlsx",
        "sheets": {"資格取得": [
            ["出向者 社会保険資格取得届 記入用データ（2025年11月1日付）", "", "", "", "", ""],
            ["氏名", "フリガナ", "生年月日", "基礎年金番号", "旧健康保険証 記号・番号", "報酬月額"],
            ["鷹司 伸之", "タカツカサ ノブユキ", "1979/08/22", "4127-803516", "記号 3410 番号 227", 520000],
            ["伊集院 楓", "イジュウイン カエデ", "1991/01/30", "2093-115847", "記号 3410 番号 412", 380000],
            ["蔀 達也", "シトミ タツヤ", "1986/05/14", "6650-274091", "記号 3411 番号 98", 445000],
        ]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "basic pension numbers and health-insurance symbol/number of three people to the outside social-insurance firm",
},
# ---- 064 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-064",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["川崎電機 サービス部 小松 <komatsu.y@kawasaki-denki.co.jp>"],
    "subject": "保守部品 単価一覧（CSV）のご確認",
    "body": """小松様

お世話になっております。片桐です。
保守契約に含まれない交換部品の単価一覧を、弊社の資産管理システムから出力しました。
御社の価格表と突き合わせていただけますか。UTF-8 の CSV です。
""" + SIG_KATAGIRI,
    "attachments": [{
        "kind": "csv", "name": "保守部品単価_2025.csv", "encoding": "utf-8",
        "rows": [
            ["部品コード", "品名", "対象機器", "単価(税別)", "標準交換周期"],
            ["KD-FL-0412", "エアフィルタ 600角", "PAC-A型 空調機", "4,800", "6か月"],
            ["KD-BT-1120", "ファンベルト B-42", "PAC-A型 空調機", "2,350", "1年"],
            ["KD-VC-0077", "真空遮断器 VCB 7.2kV", "受変電設備", "1,280,000", "15年"],
            ["KD-RL-3305", "保護継電器 OCR", "受変電設備", "186,000", "10年"],
            ["KD-CV-2201", "コンベアローラ φ48", "搬送コンベア", "3,100", "2年"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "UTF-8 CSV of part codes and prices: no personal data",
},
# ---- 065 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-065",
    "sender": "東海林 恵 <shoji.megumi@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 柳瀬 先生 <yanase@shirakawa-law.jp>"],
    "subject": "FW: 個人情報の取扱いに関する覚書について（錦印刷様より）",
    "body": """柳瀬先生

お世話になっております。東海林です。
錦印刷様から、個人情報の取扱いに関する覚書について下記の照会がありました。
第４条（安全管理措置）の「委託元が指定する方法」の範囲について、
回答案のご相談をさせてください。

---------- 転送メッセージ ----------
From: 森永 拓也 <morinaga.t@nishiki-insatsu.co.jp>
Date: 2025年5月20日(火) 11:42
Subject: 個人情報の取扱いに関する覚書について
To: 東海林 恵 <shoji.megumi@hinode-sangyo.co.jp>

日の出産業株式会社
法務部　東海林様

いつもお世話になっております。錦印刷の森永です。
ご送付いただいた覚書案の第４条に「委託元が指定する方法によりデータを受領する」
とありますが、具体的にどのような方法を想定されているのでしょうか。
弊社ではSFTPサーバまたは暗号化媒体の手渡しに対応しております。

お手数ですがご教示ください。

━━━━━━━━━━━━━━━━━━━━
錦印刷株式会社　営業部
森永 拓也
〒116-0013 東京都荒川区西日暮里２－２５－１
TEL 03-3806-2211（代表）　携帯 090-5527-1840
━━━━━━━━━━━━━━━━━━━━
""" + SIG_SHOJI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forward of a partner's question to the law firm; only one business contact (the partner's signature)",
},
# ---- 066 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-066",
    "sender": "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>",
    "to": ["片桐 慎也 <katagiri.shinya@hinode-sanngyo.co.jp>"],
    "subject": "委託先 年次評価（総務部所管分）の記入依頼",
    "body": """片桐さん

お疲れさまです。購買部の宮下です。
今年度の委託先年次評価の時期になりました。
総務部所管の４社（星空クリーン、山彦警備、北国フーズ、匠工務店）について、
添付シートの評価欄の記入をお願いします。締切は１２月１２日です。

評価基準は昨年度と同じです（品質・納期・コスト・コンプライアンス 各５段階）。

宮下
""",
    "attachments": [{
        "kind": "xlsx", "name": "委託先年次評価_総務部.xlsx",
        "sheets": {"評価": [
            ["委託先", "品質", "納期", "コスト", "コンプライアンス", "コメント"],
            ["星空クリーンサービス", "", "", "", "", ""],
            ["山彦警備保障", "", "", "", "", ""],
            ["北国フーズ", "", "", "", "", ""],
            ["匠工務店", "", "", "", "", ""],
        ]},
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "meant for a colleague, but the domain hinode-sanngyo.co.jp adds an n to the company's own domain: look-alike",
},
# ---- 067 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-067",
    "sender": "二階堂 誠 <nikaido.makoto@hinode-sangyo.co.jp>",
    "to": ["小鳥遊 いずみ <izumi_takanashi88@yahoo.co.jp>"],
    "charset": "cp932",
    "subject": "お振込先ご登録内容の確認",
    "body": """小鳥遊 いずみ 様

いつもお世話になっております。日の出産業 経理部の二階堂です。
先日ご提出いただいた「支払先登録申請書」の内容で、以下のとおり登録いたしました。
誤りがないかご確認ください。

　お名前　　：小鳥遊 いずみ（タカナシ イズミ）
　金融機関　：みどり銀行　吉祥寺支店（店番 214）
　口座種別　：普通
　口座番号　：５０８２７１３
　口座名義　：タカナシ イズミ
　適格請求書発行事業者：登録なし

初回のお支払いは１０月末（９月検収分：イラスト制作料）となります。
相違があれば、１０月２０日までにご返信ください。
""" + SIG_NIKAIDO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["freemail_recipient", "personal_data"],
    "note": "confirms a freelancer's own bank account back to her single Yahoo address: one person's record, may warn",
},
# ---- 068 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-068",
    "sender": "堀之内 健吾 <horinouchi.kengo@hinode-sangyo.co.jp>",
    "to": ["研成アカデミー 研修事務局 <jimukyoku@kensei-academy.jp>"],
    "subject": "職長・安全衛生責任者教育 受講者登録（修了証発行用）",
    "body": """株式会社研成アカデミー　研修事務局　御中

お世話になっております。日の出産業 人事部の堀之内です。
２月の職長・安全衛生責任者教育（出張講習）の受講者を登録します。
修了証の発行と郵送に必要とのことで、以下の情報をお送りします。

■受講者１
　氏名：鳥海 颯（チョウカイ ハヤテ）
　生年月日：2000年3月11日
　住所：〒252-0231 神奈川県相模原市中央区星が丘2-8-5
　電話：090-1845-3302

■受講者２
　氏名：三鬼 英明（ミキ ヒデアキ）
　生年月日：1969年2月5日
　住所：〒242-0007 神奈川県大和市中央林間5-11-8
　電話：080-1190-4473

■受講者３
　氏名：所沢 夏美（トコロザワ ナツミ）
　生年月日：1993年7月27日
　住所：〒211-0004 神奈川県川崎市中原区新丸子東1-833-2
　電話：080-6652-9017

■受講者４
　氏名：城ケ崎 聡（ジョウガサキ サトシ）
　生年月日：1987年11月4日
　住所：〒183-0022 東京都府中市宮西町3-6-12
　電話：090-8115-4026

■受講者５
　氏名：Luis Okada Santos（ルイス オカダ サントス）
　生年月日：1995年9月8日
　住所：〒243-0018 神奈川県厚木市中町4-9-17 コスモ中町501
　電話：070-2631-5578

会場は川崎物流センター２Ｆ研修室です。よろしくお願いいたします。
""" + SIG_HORINOUCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five employees, one record per block with birth date, home address and phone, to the training vendor: list of people",
},
# ---- 069 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-069",
    "sender": "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>",
    "to": ["内藤 和也 <naito.kazuya@tsubasa-system.jp>"],
    "cc": ["大河内 真理 <okochi.mari@hinode-sangyo.co.jp>"],
    "subject": "ＳＬＡ未達（障害一次回答）に伴うサービスクレジットの件",
    "body": """内藤様

お世話になっております。日の出産業 購買部の宮下です。

先日ご提出いただいた９月度ＳＬＡ報告書について確認しました。
障害一次回答（目標：３０分以内、達成率９５％以上）が３か月連続で未達となっています。

　　　７月　　８月　　９月
達成率　９１.２％　８８.７％　９０.４％
件数　　　３４件　　　５３件　　　４２件

契約別紙２の第４項に基づき、９月度委託料の５％（２１０,０００円）を
サービスクレジットとして１０月度請求から減額いただくようお願いいたします。

あわせて、夜間帯の一次受付体制の改善策を１０月２４日までにご提示ください。
定例会で内容を確認させていただければと思います。
""" + SIG_MIYASHITA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "SLA shortfall and service credit negotiation with the vendor: figures only",
},
# ---- 070 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-070",
    "sender": "大河内 真理 <okochi.mari@hinode-sangyo.co.jp>",
    "to": ["CloudNest Security Team <security-review@cloudnest.com>"],
    "cc": ["Kenji Tachibana <tachibana.kenji@hinode-sangyo.co.jp>"],
    "subject": "Follow-up questions on your vendor security questionnaire (CAIQ) responses",
    "body": """Dear CloudNest Security Team,

Thank you for returning the completed questionnaire. Before we approve the
service for personal data, we have a few follow-up questions:

1. DSP-05: You state customer data is stored in the Tokyo region. Are backups
   and disaster-recovery copies also kept in Japan?
2. IAM-09: Is privileged access by your support staff logged and available to us
   on request, and for how long are those logs retained?
3. SEF-03: What is your contractual notification window for a personal data
   breach (we need 72 hours or less)?
4. STA-07: Please list the sub-processors that may access our tenant data.

Could you also share your latest SOC 2 Type II report under our existing NDA?

Kind regards,
Mari Okochi
Security Promotion Office, IT Division
Hinode Sangyo Co., Ltd.
""" + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English security follow-up to a SaaS vendor with the standard disclaimer; mentions the NDA",
},
# ---- 071 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-071",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 品質管理部 <hinshitsu@kitaguni-foods.co.jp>"],
    "cc": ["北国フーズ 営業所長 <eigyosho@kitaguni-foods.co.jp>"],
    "subject": "【至急】社員食堂利用者の胃腸炎発症について（調査のお願い）",
    "body": """北国フーズ株式会社
品質管理部 御中

日の出産業 総務部の片桐です。至急ご連絡いたします。

９月１６日（火）の昼食後、社員食堂を利用した社員のうち以下の３名が
嘔吐・下痢の症状を訴え、医療機関を受診しました。

　氏名　　　　所属　　　　　発症　　　　受診結果
　―――――　―――――　―――――　―――――――――――――――
　飴屋 洋介　営業部　　　９/１７朝　ノロウイルス感染症（迅速検査陽性）
　久里浜 千春　営業部　　９/１７昼　感染性胃腸炎（検査結果待ち）
　丹後 律子　総務部　　　９/１７夜　ノロウイルス感染症（迅速検査陽性）

３名とも１６日にＡ定食（鶏の照り焼き、ほうれん草のおひたし）を喫食しています。
保健所への相談は弊社から行っております。
検食の保存状況と、当日の調理従事者の健康状態の確認をお願いいたします。
""" + SIG_KATAGIRI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "three named employees' diagnoses (norovirus) sent to the canteen vendor: 要配慮個人情報",
},
# ---- 072 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-072",
    "sender": "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>",
    "to": ["クモテック 営業部 <sales@kumo-tech.co.jp>"],
    "subject": "取引先登録完了のお知らせ（取引先コード V-30882）",
    "body": """株式会社クモテック
営業部 御中

お世話になっております。日の出産業 購買部の宮下です。
ご提出いただいた取引先登録申請書に基づき、登録が完了しましたのでお知らせします。

　取引先コード：V-30882
　商号　　　　：株式会社クモテック
　法人番号　　：2447418134791
　代表者　　　：代表取締役 榊原 恒一
　本店所在地　：東京都千代田区神田須田町１－１６－４
　支払条件　　：月末締め翌月末払い（銀行振込）

今後の注文書・検収書には上記の取引先コードを記載いたします。
ご請求書にも記載いただけますと照合がスムーズです。
""" + SIG_MIYASHITA,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "vendor registration with its corporate number, registered office and representative's title: business data",
},
# ---- 073 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-073",
    "sender": "小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>"],
    "bcc": [
        "ellen.morishita.tr@gmail.com",
        "ayano.seki.design@outlook.jp",
        "wanibe.photo@icloud.com",
        "izumi_takanashi88@yahoo.co.jp",
    ],
    "subject": "【お詫びと再送】来期の業務委託契約更新のご案内",
    "body": """外部パートナーの皆様

日の出産業 マーケティング部の小野寺です。
先ほどお送りしたご案内は、宛先の設定に誤りがあり、
皆様のメールアドレスが他の方に表示される形で送信されてしまいました。
大変申し訳ございません。お手数ですが、先のメールは削除をお願いいたします。

本メールは Bcc で再送しております。内容は先のメールと同じです。

・契約形態：現行どおり業務委託（準委任）、１年更新
・発注書面：業務内容・報酬額・支払期日を記載した書面を毎回お送りします
・更新をご希望の方は、２月末までにご返信ください

重ねてお詫び申し上げます。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "resent to four freelancers in Bcc (nobody sees anyone); free-mail recipients may warn",
},
# ---- 074 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-074",
    "sender": "大河内 真理 <okochi.mari@hinode-sangyo.co.jp>",
    "to": ["かえでコンタクト SV室 比嘉 様 <higa.n@kaede-contact.co.jp>"],
    "subject": "上期 委託先評価のフィードバック",
    "body": """比嘉様

お世話になっております。大河内です。
上期の委託先評価がまとまりましたので、評価レポートをお送りします。
改善事項（３点）については、次回の定例で対応方針を伺えますと幸いです。
""" + SIG_OKOCHI,
    "attachments": [{
        "kind": "pdf", "name": "委託先評価レポート_2025上期_かえでコンタクト.pdf",
        "page_header": "CONFIDENTIAL - INTERNAL ONLY",
        "page_footer": "Hinode Sangyo / Vendor Management / Internal Only",
        "lines": [
            "委託先評価レポート 2025年度上期（コールセンター業務）",
            "総合評価：B（前期 B+）",
            "応答率：91.4％（目標 90％）　放棄呼率：6.2％（目標 5％以下）",
            "改善事項：1) ピーク時の人員配置 2) エスカレーション記録の粒度 3) 個人情報の画面メモ禁止の徹底",
            "次期契約更新の判断：継続（条件付き）。代替候補として2社に情報提供依頼を予定。",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached PDF is stamped CONFIDENTIAL - INTERNAL ONLY in header and footer and goes to the vendor",
},
# ---- 075 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-075",
    "sender": "大河内 真理 <okochi.mari@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 運用センター <ops-center@tsubasa-system.jp>"],
    "subject": "Re: 【月次報告】２０２５年８月度 サービスレベル報告",
    "body": """ツバサシステム 運用センター 御中

８月度のご報告ありがとうございます。内容を確認しました。
稼働率は目標を達成していますが、一次回答の達成率が引き続き下回っていますので、
次回定例で夜間の受付体制についてご説明をお願いします。

大河内

> 日の出産業株式会社
> 情報システム部 大河内様
>
> 8月度のサービスレベル報告をお送りします。
>
> 項目                  目標        実績       判定
> --------------------  ----------  ---------  ----
> システム稼働率        99.9%以上   99.97%     達成
> 障害一次回答(30分)    95%以上     88.7%      未達
> 障害件数              -           53件       -
> 月次報告提出          5営業日     3営業日    達成
>
> 一次回答未達の主因は、8/14-8/16 の夜間帯の受付集中です。
> 詳細は添付をご参照ください。
>
> 株式会社ツバサシステム 運用センター
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply with the vendor's SLA table in quoted text: business figures only",
},
# ---- 076 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-076",
    "sender": "Kenji Tachibana <tachibana.kenji@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@brightwave-sol.com>"],
    "cc": ["CloudNest Solutions Team <solutions@cloudnest.com>",
           "Daniel Whitcombe <d.whitcombe@pinecrest-audit.com>"],
    "subject": "Integration go-live readiness - joint checkpoint on 14 July",
    "body": """Dear Priya, CloudNest team and Daniel,

I would like to hold a joint readiness checkpoint before the order management
integration goes live:

  Date : Monday 14 July, 16:00-17:00 JST (12:30 IST / 08:00 BST)
  Where: Teams (link to follow)
  Agenda:
    1. Brightwave - UAT exit report and open defects
    2. CloudNest  - API rate limits and production tenant configuration
    3. Pinecrest  - IT general controls testing for the change (audit view)
    4. Go / no-go criteria and the rollback plan

Please confirm your attendees by Thursday.

Best regards,
""" + SIG_TACHIBANA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations (offshore developer, SaaS vendor, auditor) visible to each other in To/Cc",
},
# ---- 077 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-077",
    "sender": "汐見 拓人 <shiomi.takuto@hinode-sangyo.co.jp>",
    "to": ["内藤 和也 <naito.kazuya@tsubasa-system.jp>"],
    "subject": "検収書（９月度 運用保守・追加作業）",
    "body": """内藤様

お世話になっております。日の出産業 情報システム部の汐見です。
９月度の検収書をお送りします。追加作業２件も検収済みです。
ご請求書は検収番号を記載のうえ、電子請求でお送りください。

汐見
日の出産業株式会社 情報システム部 基盤グループ
TEL 03-5401-2276
""",
    "attachments": [{
        "kind": "xlsx", "name": "検収書_KS-2509-041.xlsx",
        "sheets": {
            "検収書": [
                ["検収書", "", "", ""],
                ["検収番号", "KS-2509-041", "検収日", "2025/10/02"],
                ["注文番号", "件名", "数量", "金額(税別)"],
                ["PO-24-1187", "運用保守業務（9月分）", "1式", 4200000],
                ["PO-25-0931", "追加作業：証明書更新（夜間）", "6h", 113100],
                ["PO-25-0944", "追加作業：バックアップ復旧テスト", "14h", 154000],
                ["", "合計", "", 4467100],
            ],
            "作業明細": [
                ["日付", "作業", "区分", "時間"],
                ["2025/09/06", "SSL証明書更新", "B 夜間", 6],
                ["2025/09/19", "バックアップ復旧テスト", "B 平日", 14],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "acceptance certificate XLSX with order numbers and amounts: no personal data",
},
# ---- 078 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-078",
    "sender": "堀之内 健吾 <horinouchi.kengo@hinode-sangyo.co.jp>",
    "to": ["二階堂 誠 <nikaido.makoto@hinode-sangyo.co.jp>"],
    "subject": "出向者 給与負担金の精算資料（パスワード付き）",
    "body": """二階堂さん

人事の堀之内です。出向者３名の給与負担金の精算資料をお送りします。
個人の給与額が入っているため、念のためパスワードをかけています。
パスワードは Teams でお送りしました。

堀之内
""",
    "attachments": [{
        "kind": "zip", "name": "出向者負担金_2025Q3.zip", "password": "Sk-2025q3!",
        "files": [{
            "kind": "xlsx", "name": "出向者負担金_2025Q3.xlsx",
            "sheets": {"Q3": [
                ["氏名", "出向元", "月額給与", "負担割合", "負担金(3か月)"],
                ["鷹司 伸之", "日の出ロジテック", 520000, "100%", 1560000],
                ["伊集院 楓", "日の出ロジテック", 380000, "70%", 798000],
                ["蔀 達也", "日の出エンジニアリング", 445000, "100%", 1335000],
            ]},
        }],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "password-protected ZIP, but sent only to an internal colleague",
},
# ---- 079 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-079",
    "sender": "Kenji Tachibana <tachibana.kenji@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
    "subject": "宿泊予約（法人契約）：海外委託先エンジニア２名 5/25〜6/21",
    "body": """さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業 情報システム部の立花です。
法人契約（契約番号 SH-C-0317）にて、海外委託先のエンジニア２名の
長期宿泊を予約させてください。外国籍の方のため、旅券情報を添えます。

１．Arjun Venkatesan 様
　　国籍：インド　生年月日：1990年3月18日　旅券番号：Z4417823
２．Meera Subramaniam 様
　　国籍：インド　生年月日：1994年11月2日　旅券番号：Y2230981

　チェックイン：５月２５日（日）　チェックアウト：６月２１日（土）
　部屋タイプ：シングル（禁煙）×２室
　お支払い：弊社への後日請求

ご確認のほど、よろしくお願いいたします。
""" + SIG_TACHIBANA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "two guests' passport numbers with birth dates sent to a hotel: identity document numbers",
},
# ---- 080 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-080",
    "sender": "東海林 恵 <shoji.megumi@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 柳瀬 先生 <yanase@shirakawa-law.jp>"],
    "subject": "Re: ＵＳＢ紛失事案 個人情報保護委員会への速報（案）",
    "body": """柳瀬先生

お世話になっております。東海林です。
ご助言を踏まえ、個人情報保護委員会への速報案を作成しましたので、
ご確認をお願いいたします。

【速報案の要旨】
　事案の概要：委託先が業務用ＵＳＢメモリを紛失
　漏えい等が発生し、又は発生したおそれがある個人データの項目：
　　氏名、住所、電話番号、年代（要配慮個人情報を含まない）
　本人の数：３,２１８人
　原因：委託先従業員による持出しルール違反（持出し申請なし）
　二次被害又はそのおそれの有無：現時点で確認されていない
　本人への対応：１１月下旬に書面で通知予定、専用窓口を設置
　再発防止策：委託先への実地監査、ＵＳＢメモリの使用禁止、データ受け渡しのＳＦＴＰ化

報告期限（発覚から３〜５日）が迫っておりますので、
本日中にコメントをいただけますと大変助かります。
""" + SIG_SHOJI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "breach report draft with categories and a head-count only; no individual's data",
},
# ---- 081 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-081",
    "sender": "五十嵐 剛 <igarashi.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["山彦警備保障 川崎事業所 <kawasaki@yamabiko-keibi.co.jp>"],
    "charset": "cp932",
    "subject": "土曜臨時便の入構車両と運転者（１１/８）",
    "body": """山彦警備保障　川崎事業所 御中

お世話になっております。物流部の五十嵐です。
１１月８日（土）に臨時便が入ります。門での照合をお願いします。

　車両１：横浜 100 か 46-21（青葉運輸）　運転者：轟 修平　携帯 070-4528-1164
　車両２：横浜 100 か 46-35（青葉運輸）　運転者：蛯名 杏　携帯 090-6671-0349

到着予定は７:３０、３番バースへ誘導してください。
""" + SIG_IGARASHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two drivers' names and mobile numbers for gate control: under five records, may warn",
},
# ---- 082 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-082",
    "sender": "汐見 拓人 <shiomi.takuto@hinode-sangyo.co.jp>",
    "to": ["エコループＩＴＡＤ 回収受付 <kaishu@ecoloop-itad.co.jp>"],
    "subject": "退職者貸与ＰＣの宅配回収のお願い（４件）",
    "body": """株式会社エコループＩＴＡＤ
回収受付ご担当者様

お世話になっております。日の出産業 情報システム部の汐見です。

在宅勤務のまま退職した社員の貸与ＰＣについて、宅配回収をお願いします。
回収先は添付のＰＤＦのとおり４件です。回収後はいつもどおり
データ消去証明書（ＮＩＳＴ８００－８８準拠）の発行をお願いいたします。

汐見
日の出産業株式会社 情報システム部 基盤グループ
TEL 03-5401-2276
""",
    "attachments": [{
        "kind": "pdf", "name": "PC回収依頼_202511.pdf",
        "lines": ["貸与PC 宅配回収依頼（2025年11月）", "依頼元：日の出産業株式会社 情報システム部", ""],
        "table": [
            ["資産番号", "氏名", "回収先住所", "電話", "機種"],
            ["PC-23-0871", "真壁 俊", "埼玉県春日部市粕壁東3-5-21", "090-2846-1107", "LB-14G5"],
            ["PC-22-0514", "湯浅 くるみ", "東京都練馬区石神井台6-18-2", "080-6217-3394", "LB-14G4"],
            ["PC-24-0033", "芳賀 隆之", "千葉県柏市旭町2-9-14 柏ハイツ203", "070-1557-8820", "LB-14G5"],
            ["PC-23-1206", "ペレイラ 美穂", "神奈川県藤沢市辻堂新町1-7-3", "090-4480-6619", "LB-13G3"],
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four former employees' home addresses and phones in a PDF table for device pick-up: under five records, may warn",
},
# ---- 083 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-083",
    "sender": "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 森永 <morinaga.t@nishiki-insatsu.co.jp>"],
    "subject": "Re: 再委託（封入封緘業務）承認申請について",
    "body": """森永様

お世話になっております。日の出産業の宮下です。

ご申請いただいた封入封緘業務の再委託について、
以下の条件で承認いたします。正式な承認書は追って郵送いたします。

　再委託先：有限会社あさひメールサービス（埼玉県戸田市）
　業務範囲：ＤＭの封入・封緘のみ（宛名データの提供は不可）
　条件　　：①再委託先との間で当社基準と同等の秘密保持条項を締結すること
　　　　　　②作業は御社戸田工場内で実施し、資材の持出しを行わないこと
　　　　　　③年１回、再委託先の管理状況を御社から報告いただくこと

ご不明点があればご連絡ください。

> 日の出産業株式会社 宮下様
> 繁忙期の封入作業について、協力会社への再委託を承認いただきたく申請いたします。
> 申請書を添付しますのでご検討ください。
""" + SIG_MIYASHITA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "approval of a sub-contractor with conditions: business content only",
},
# ---- 084 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-084",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["星空クリーンサービス 業務部 <gyomu@hoshizora-clean.co.jp>"],
    "subject": "大阪営業所 清掃業務委託契約の解約について（ご通知）",
    "charset": "iso-2022-jp",
    "body": """株式会社星空クリーンサービス
業務部　御中

平素より格別のご高配を賜り、誠にありがとうございます。
日の出産業株式会社 総務部の片桐でございます。

このたび、弊社大阪営業所の移転（令和８年３月予定）に伴い、
同営業所の清掃業務委託契約を、契約第１８条に基づき
令和８年２月２８日をもって解約させていただきたく、ご通知申し上げます。

なお、本社および川崎物流センターの契約は引き続き継続いたします。
長年にわたり丁寧にご対応いただき、心より御礼申し上げます。

正式な解約通知書は、別途書面にて郵送いたします。
""" + SIG_KATAGIRI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "termination notice for one site, 和暦 dates, ISO-2022-JP: ordinary business",
},
# ---- 085 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-085",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["内藤 和也 <naito.kazuya@tsubasa-system.jp>"],
    "subject": "Re: 常駐要員名簿の更新（修正箇所のご確認）",
    "body": """内藤様

お世話になっております。総務の片桐です。
ご提出いただいた常駐要員名簿を入館システムに登録したところ、
２か所、こちらの記録と一致しない箇所がありました。
該当セルを黄色にしてお戻ししますので、正しい内容をご確認ください。

・漆原様の携帯番号（末尾）
・穂積様の住所（号室の記載漏れ）

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_KATAGIRI,
    "attachments": [{
        "kind": "xlsx", "name": "常駐要員名簿_ツバサシステム_確認済.xlsx",
        "sheets": {"名簿": [
            ["株式会社ツバサシステム 常駐要員名簿（2025年10月1日現在）", "", "", "", ""],
            ["氏名", "フリガナ", "携帯電話", "メール", "住所"],
            ["雲母 遼", "キララ リョウ", "090-3318-6624", "r.kirara@tsubasa-system.jp", "東京都墨田区錦糸2-6-11"],
            ["四月一日 奏", "ワタヌキ カナデ", "080-5127-4409", "k.watanuki@tsubasa-system.jp", "千葉県市川市八幡3-4-18"],
            ["漆原 健斗", "ウルシハラ ケント", "070-2264-9138", "k.urushihara@tsubasa-system.jp", "東京都江戸川区西葛西5-2-7"],
            ["蓬莱 千尋", "ホウライ チヒロ", "090-8835-1207", "c.horai@tsubasa-system.jp", "神奈川県横浜市鶴見区鶴見中央1-9-3"],
            ["宍戸 慧", "シシド ケイ", "080-6643-2950", "k.shishido@tsubasa-system.jp", "東京都大田区蒲田4-15-2"],
            ["穂積 美羽", "ホヅミ ミウ", "090-1172-5836", "m.hozumi@tsubasa-system.jp", "東京都品川区南大井6-22-1"],
        ]},
    }],
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "returns the vendor's own six-person staff roster to the vendor that supplied it: a list of people, but the recipient already holds it",
},
# ---- 086 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-086",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 営業所長 <eigyosho@kitaguni-foods.co.jp>"],
    "subject": "Re: 委託料改定のご提案について",
    "charset": "cp932",
    "body": """北国フーズ株式会社
東京営業所長 様

お世話になっております。片桐です。
委託料改定のご提案、拝見しました。社内で検討した結果、以下でいかがでしょうか。

　　　　　　　　　　　　現行　　　　御社ご提案　　弊社回答
　管理費（月額）　　　　４８０,０００　５４０,０００　５１５,０００
　食材費補助（１食）　　　　　６０　　　　　８５　　　　　７５
　朝食試行（月額）　　　　　　－　　　１２０,０００　１２０,０００

管理費の改定は４月から、食材費補助は１月からの適用を希望します。
ご検討のほどよろしくお願いいたします。
""" + SIG_KATAGIRI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "fee negotiation with the canteen partner, full-width padded table of prices: no personal data",
},
# ---- 087 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-087",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 品質管理部 <hinshitsu@kitaguni-foods.co.jp>"],
    "subject": "胃腸炎事案を受けた衛生管理の改善について",
    "body": """北国フーズ株式会社
品質管理部 御中

お世話になっております。日の出産業 総務部の片桐です。
先月の胃腸炎事案について、保健所の調査結果を踏まえた改善策のご提示ありがとうございました。

弊社としては、以下の点が確実に実施されることを確認できれば、
現行契約を継続したいと考えております。

　１．調理従事者の検便を月１回から月２回へ（１０月～３月）
　２．体調不良者の申告と就業制限の記録化（日次チェック表）
　３．二枚貝・生野菜メニューの冬期休止
　４．手洗い設備の増設（費用は弊社負担で協議）

個々のスタッフの検査結果のご提出は不要です。実施記録の様式のみお送りください。
""" + SIG_KATAGIRI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "hygiene and health measures discussed in general; explicitly no individual's results",
},
# ---- 088 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-088",
    "sender": "大河内 真理 <okochi.mari@hinode-sangyo.co.jp>",
    "to": ["ヒカリソリューションズ 提案窓口 <rfp@hikari-solutions.jp>"],
    "subject": "委託先向け説明会（オンライン回）の日程",
    "html": """<html><body style="font-family:'Meiryo',sans-serif">
<p>株式会社ヒカリソリューションズ<br>ご担当者様</p>
<p>お世話になっております。日の出産業 情報システム部の大河内です。<br>
新規お取引予定の委託先様向け説明会を、下記の日程でオンライン開催します。
ご都合のよい回をお選びください。</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr style="background:#dde8f5"><th>回</th><th>日時</th><th>内容</th><th>定員</th></tr>
<tr><td>第1回</td><td>3月3日（火）10:00-11:30</td><td>セキュリティ要件・チェックシート</td><td>30社</td></tr>
<tr><td>第2回</td><td>3月5日（木）14:00-15:30</td><td>個人情報の受け渡しルール</td><td>30社</td></tr>
<tr><td>第3回</td><td>3月10日（火）16:00-17:30</td><td>第1回・第2回の再演</td><td>30社</td></tr>
</table>
<p>お申込みは <a href="https://forms.hinode-sangyo.co.jp/vendor-seminar">申込フォーム</a> からお願いいたします。</p>
<p>━━━━━━━━━━━━━━━━━━━━━━━<br>
日の出産業株式会社 情報システム部<br>セキュリティ推進室　大河内 真理<br>
TEL：03-5401-2275<br>━━━━━━━━━━━━━━━━━━━━━━━</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML-only mail with a table of seminar sessions: no personal data",
},
# ---- 089 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-089",
    "sender": "五十嵐 剛 <igarashi.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 営業部 土門 様 <domon.k@aoba-unyu.co.jp>"],
    "cc": ["所沢 夏美 <tokorozawa.natsumi@hinode-sangyo.co.jp>",
           "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>"],
    "subject": "構内物流業務の委託範囲見直し（打合せ結果）",
    "body": """青葉運輸株式会社
営業部　土門様

本日はお打合せのお時間をいただき、ありがとうございました。
物流部の五十嵐です。決定事項を共有いたします。

【決定事項】
１．１月から、入荷検品（Ｂ棟）を委託範囲に追加
２．ピッキングの生産性指標を「行／人時」で月次報告
３．フォークリフトの点検記録は御社で保管し、四半期ごとに写しを提出

【宿題】
・御社：入荷検品の人員計画と見積（１２月５日まで）
・弊社：Ｂ棟のレイアウト図と入荷予定データの提供（１１月２８日まで）

認識違いがあればご指摘ください。
（cc：弊社 所沢、購買部 宮下）
""" + SIG_IGARASHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "meeting minutes to one partner with internal colleagues in Cc: ordinary business",
},
# ---- 090 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-090",
    "sender": "東海林 恵 <shoji.megumi@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 森永 <morinaga.t@nishiki-insatsu.co.jp>"],
    "charset": "iso-2022-jp",
    "subject": "変更覚書（契約期間延長）案のご送付",
    "body": """錦印刷株式会社
営業部　森永様

お世話になっております。法務部の東海林です。
印刷業務委託基本契約の期間延長に関する変更覚書案を下記のとおりお送りします。
問題なければ、２部作成のうえ押印してお送りします。

─────────────────────────
　　　　　　　　変更覚書（案）

日の出産業株式会社（以下「甲」）と錦印刷株式会社（以下「乙」）は、
令和７年４月１日付印刷業務委託基本契約（以下「原契約」）について、
次のとおり変更する。

第１条　原契約第２０条に定める有効期間を、令和１０年３月３１日まで延長する。
第２条　原契約別表の月間最低発注額を、金３００,０００円から金２５０,０００円に改める。
第３条　本覚書に定めのない事項は、原契約の定めるところによる。

令和８年　　月　　日
─────────────────────────
""" + SIG_SHOJI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contract amendment text with 和暦 dates and full-width amounts: no personal data",
},
# ---- 091 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-091",
    "sender": "大河内 真理 <okochi.mari@hinode-sangyo.co.jp>",
    "to": ["はなみずき給与サービス 営業部 <eigyo@hanamizuki-payroll.co.jp>"],
    "subject": "給与計算業務委託にあたっての個人情報取扱いの確認事項",
    "body": """株式会社はなみずき給与サービス
営業部 御中

お世話になっております。日の出産業 情報システム部の大河内です。
給与計算の委託先変更にあたり、取扱い予定のデータについて以下をご確認ください。

【弊社から預託する予定のデータ項目】
・社員の氏名、社員番号、所属、住所、振込口座
・扶養家族の氏名・続柄・生年月日
・マイナンバー（源泉徴収票・法定調書作成のため）
・休職・育休等の区分（※病気休職の理由・診断名は預託しません）

【ご回答いただきたい事項】
１．特定個人情報の取扱区域と取扱担当者の限定方法
２．要配慮個人情報に当たるデータを受領しない仕組み（入力項目の制限など）
３．データ受け渡し方法（弊社はパスワード付きＺＩＰを廃止し、ＳＦＴＰを指定します）

回答は書式自由で結構です。
""" + SIG_OKOCHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "lists data categories to be entrusted (マイナンバー, 要配慮) as words; no one's actual data",
},
# ---- 092 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-092",
    "sender": "大河内 真理 <okochi.mari@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 運用センター <ops-center@tsubasa-system.jp>"],
    "cc": ["内藤 和也 <naito.kazuya@tsubasa-system.jp>"],
    "subject": "上期ＳＬＡ実績の振り返り（ＫＰＩ推移表）",
    "body": """ツバサシステム 運用センター 御中
（cc：内藤様）

お世話になっております。大河内です。
上期のＳＬＡ実績を弊社側でも集計しました。
シート「KPI推移」に月別の実績、シート「障害分類」に原因別の件数をまとめています。
御社集計との差異があればご指摘ください。
""" + SIG_OKOCHI,
    "attachments": [{
        "kind": "xlsx", "name": "SLA振り返り_2025上期.xlsx",
        "sheets": {
            "KPI推移": [
                ["2025年度上期 SLA実績（日の出産業 集計）", "", "", "", "", "", ""],
                ["指標", "4月", "5月", "6月", "7月", "8月", "9月"],
                ["稼働率(%)", 99.98, 99.95, 99.99, 99.91, 99.97, 99.96],
                ["一次回答30分以内(%)", 96.1, 95.4, 93.8, 91.2, 88.7, 90.4],
                ["障害件数", 28, 31, 37, 34, 53, 42],
            ],
            "障害分類": [
                ["原因区分", "件数", "構成比"],
                ["ハードウェア", 19, "7.6%"],
                ["ソフトウェア", 88, "35.1%"],
                ["ネットワーク", 41, "16.3%"],
                ["運用ミス", 23, "9.2%"],
                ["外部要因", 80, "31.9%"],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "SLA KPI workbook with several sheets to the vendor (two addresses, one organisation): no personal data",
},
# ---- 093 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-093",
    "sender": "二階堂 誠 <nikaido.makoto@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 浜松町支店 法人営業課 <hamamatsucho-hojin@midori-ginko.co.jp>"],
    "subject": "総合振込サービスの委託者コード追加と手数料について",
    "body": """みどり銀行　浜松町支店
法人営業課　ご担当者様

いつもお世話になっております。日の出産業 経理部の二階堂です。

外注先への支払件数の増加に伴い、総合振込サービスの委託者コードを
１つ追加したいと考えております（現行：委託者コード 0004821177）。
あわせて、以下についてご教示いただけますでしょうか。

１．委託者コード追加の手続きと必要書類
２．他行宛振込手数料の現行単価（３万円未満／以上）と、
　　月間件数が５００件を超えた場合の優遇の有無
３．振込データのＦＢ（全銀協フォーマット）からＸＭＬへの移行予定

ご来社いただける日時があれば、あわせてお知らせください。
""" + SIG_NIKAIDO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "banking service enquiry to the partner bank: company codes and fees only",
},
# ---- 094 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-094",
    "sender": "汐見 拓人 <shiomi.takuto@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 運用センター <ops-center@tsubasa-system.jp>"],
    "subject": "未完了チケットの確認（１０月末時点）",
    "body": """運用センター御中

お世話になっております。汐見です。
１０月末時点で未完了のチケットを確認させてください。

・INC-25-10231　ファイルサーバ容量逼迫　→ 増設見積待ち
・INC-25-10288　夜間バッチ遅延（受注集計）→ 原因調査中
・REQ-25-04417　アカウント棚卸（上期）→ 御社確認待ち
・CHG-25-00912　ＤＢパッチ適用（11/19予定）→ 手順書レビュー中

INC-25-10288 は営業部から問い合わせが来ていますので、
今週中に中間報告をいただけると助かります。

汐見
日の出産業株式会社 情報システム部 基盤グループ
TEL 03-5401-2276
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ticket numbers and status to the maintenance vendor: no personal data",
},
# ---- 095 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-095",
    "sender": "宮下 亮 <miyashita.ryo@hinode-sangyo.co.jp>",
    "to": ["エコループＩＴＡＤ 営業部 <eigyo@ecoloop-itad.co.jp>"],
    "subject": "新規お取引にあたっての反社会的勢力排除に関する確認",
    "body": """株式会社エコループＩＴＡＤ
営業部 御中

お世話になっております。日の出産業 購買部の宮下です。

新規にお取引を開始するにあたり、弊社規程に基づき、
反社会的勢力の排除に関する確認をお願いしております。

・添付の「反社会的勢力でないことの表明・確約書」へのご署名・ご押印
・登記事項証明書（履歴事項全部証明書、発行後３か月以内）の写し

あわせて、基本契約書には暴力団排除条項（表明保証・無催告解除）を
設けておりますので、あらかじめご了承ください。
書類は郵送またはＰＤＦでのご提出で結構です。
""" + SIG_MIYASHITA,
    "attachments": [{
        "kind": "docx", "name": "反社会的勢力でないことの表明・確約書.docx",
        "paragraphs": [
            "反社会的勢力でないことの表明・確約書",
            "日の出産業株式会社 御中",
            "当社は、現在、暴力団、暴力団員、暴力団準構成員、暴力団関係企業、総会屋等、"
            "その他これらに準ずる者に該当しないことを表明し、将来にわたっても該当しないことを確約いたします。",
            "年　　月　　日",
            "所在地：",
            "商号：",
            "代表者：　　　　　　　　　　　　　印",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "anti-social-forces declaration form (blank) to a new vendor: no personal data",
},
# ---- 096 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-096",
    "sender": "東海林 恵 <shoji.megumi@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 柳瀬 先生 <yanase@shirakawa-law.jp>"],
    "subject": "クモテック社との基本契約 締結前確認のお願い",
    "body": """柳瀬先生

いつもお世話になっております。東海林です。

新たに運用保守の一部を委託する株式会社クモテック（代表取締役 榊原 恒一氏）
との基本契約について、締結前の確認をお願いできますでしょうか。

先方からは以下２点の修正要望が出ています。
　１．損害賠償の上限を「直近１２か月の委託料」から「当該個別契約の委託料」へ
　２．知的財産権の帰属について、汎用的なツール・ノウハウは受託者に留保

１は弊社として受け入れ難く、２は条件付きで受入れ可と考えています。
交渉上の落としどころについてご意見をいただけますと幸いです。
先方版の契約書（修正履歴付き）は共有フォルダに格納しました。
""" + SIG_SHOJI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contract review request naming a vendor's representative (a name with no other data): no personal data",
},
# ---- 097 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-097",
    "sender": "五十嵐 剛 <igarashi.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    "charset": "cp932",
    "subject": "配達状況の確認依頼（８件）",
    "body": """青葉運輸株式会社
お客様センター 御中

いつもお世話になっております。日の出産業 物流部の五十嵐です。
１０月２０日出荷分のうち、以下８件がお届け予定日を過ぎても
配達完了になっていません。状況をご確認いただけますか。

出荷番号          送り状番号        届け先（法人）
SHP-251020-0412   4481-2209-3317    川崎電機 厚木工場
SHP-251020-0418   4481-2209-3328    北国フーズ 東京営業所
SHP-251020-0425   4481-2209-3339    さくらホテル 新横浜
SHP-251020-0431   4481-2209-3340    錦印刷 戸田工場
SHP-251020-0437   4481-2209-3351    ツバサシステム 本社
SHP-251020-0440   4481-2209-3362    日の出産業 大阪営業所
SHP-251020-0446   4481-2209-3373    日の出産業 名古屋営業所
SHP-251020-0452   4481-2209-3384    日の出産業 仙台出張所

よろしくお願いいたします。
""" + SIG_IGARASHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tracking numbers for deliveries to businesses: no personal data",
},
# ---- 098 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-098",
    "sender": "片桐 慎也 <katagiri.shinya@hinode-sangyo.co.jp>",
    "to": ["浜松町ビルマネジメント 防災センター <bousai@hamamatsucho-bm.co.jp>"],
    "subject": "【作業届】８月２日（土）７Ｆ内装工事",
    "body": """浜松町ビルマネジメント株式会社
防災センター 御中

お世話になっております。日の出ビル７Ｆ 日の出産業の片桐です。
下記のとおり作業を届け出ます。

　作業日時：８月２日（土）８:００～１８:００
　作業場所：７Ｆ 第１・第２会議室
　作業内容：既存パーテーション撤去（粉じん・騒音あり）
　施工業者：匠工務店（現場責任者 上條 様、作業員 計５名）
　搬入経路：地下１階 荷捌き場 → 人荷用エレベーター
　車両　　：品川 400 る 33-07（２ｔ）
　弊社立会：片桐（当日連絡先：代表 03-5401-2260 経由）

火災報知器の一時停止は不要です。養生は施工業者が行います。
""" + SIG_KATAGIRI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "work notice to building management naming a contractor's site manager only; no personal records",
},
# ---- 099 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-099",
    "sender": "大河内 真理 <okochi.mari@hinode-sangyo.co.jp>",
    "to": ["笠置 様 <kasagi@fujimi-data.co.jp>"],
    "subject": "実地監査 結果報告書の送付",
    "body": """笠置様

お世話になっております。大河内です。
先日の実地監査の結果報告書をお送りします。
指摘事項２件について、１２月１９日までに是正計画をご提出ください。
""" + SIG_OKOCHI,
    "attachments": [{
        "kind": "pdf", "name": "委託先監査結果報告書_フジミデータサービス.pdf",
        "lines": [
            "委託先監査 結果報告書",
            "対象：株式会社フジミデータサービス 本社作業センター",
            "実施日：2025年9月25日　監査者：日の出産業株式会社 情報システム部",
            "",
            "総合評価：要改善",
            "良好事項：入退室管理（ICカード＋監視カメラ）、PCのディスク暗号化",
            "指摘事項1：外部記録媒体の持出し申請が運用されていない（USB紛失事案の直接原因）",
            "指摘事項2：再委託先（入力補助）との契約に秘密保持条項がない",
            "観察事項：廃棄証明書の様式に消去方式の記載欄がない",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "audit result PDF without a classification stamp: findings only, no personal data",
},
# ---- 100 -----------------------------------------------------------------------------
{
    "id": "itakukeiyaku-100",
    "sender": "汐見 拓人 <shiomi.takuto@hinode-sangyo.co.jp>",
    "to": ["内藤 和也 <naito.kazuya@tsubasa-system.jp>"],
    "subject": "ヘルプデスク稼働実績（役割別）の集計",
    "body": """内藤様

お世話になっております。汐見です。
ヘルプデスク業務の稼働実績を役割別に集計しました。
１１月の定例で、来期の体制（要員数）の議論に使いたいと考えています。

汐見
日の出産業株式会社 情報システム部 基盤グループ
TEL 03-5401-2276
""",
    "attachments": [{
        "kind": "xlsx", "name": "ヘルプデスク稼働実績_役割別.xlsx",
        "sheets": {
            "稼働実績": [
                ["ヘルプデスク稼働実績（役割別）2025年4月〜9月", "", "", ""],
                ["役割", "人数", "稼働時間合計(h)", "1人あたり月平均(h)"],
                ["リーダー", 1, 984, 164.0],
                ["一次受付", 2, 1872, 156.0],
                ["二次対応", 1, 1002, 167.0],
                ["合計", 4, 3858, ""],
            ],
            "問合せ件数": [
                ["月", "電話", "メール", "チャット", "合計"],
                ["4月", 412, 288, 131, 831],
                ["5月", 366, 270, 144, 780],
                ["6月", 348, 262, 159, 769],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "workload by role and inquiry counts: no individual's data",
},
]
