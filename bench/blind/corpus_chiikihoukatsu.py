"""Blind corpus — area: chiikihoukatsu (地域包括支援センター受託).

日の出産業株式会社 福祉事業部 が朝霧市（架空）から受託運営する「朝霧市北部地域包括支援センター」の
メール。市の高齢介護課・介護保険課、社会福祉協議会、居宅介護支援事業所のケアマネジャー、
病院・クリニック・訪問看護、警察署、見守り協定事業者（青葉運輸・北国フーズ・みどり銀行・
川崎電機ほか）、成年後見の弁護士（白川法律事務所）、民生委員・家族（フリーメール）とのやり取り:
総合相談、虐待通報、認知症初期集中支援、見守りネットワーク、地域ケア会議、研修。
人物・番号・住所はすべて架空（マイナンバーとカード番号は build.py のヘルパーから）。
"""

from build import card_number, my_number

SEED = 45201

MN = {k: my_number(SEED + k) for k in range(1, 12)}
CC = {k: card_number(SEED + k) for k in range(50, 53)}


def _grp(n: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(n[i:i + size] for i in range(0, len(n), size))


# A JIS (ISO-2022-JP) mailer has no FULLWIDTH HYPHEN-MINUS / FULLWIDTH TILDE / circled
# digits: what staff type as －, ～ goes out as U+2212 / U+301C, and ① as (1).
_JIS_FIX = str.maketrans({"－": "−", "～": "〜", "①": "(1)", "②": "(2)", "③": "(3)"})


def _jis(spec: dict) -> dict:
    if spec.get("charset") == "iso-2022-jp":
        for key in ("body", "html", "subject"):
            if spec.get(key):
                spec[key] = spec[key].translate(_JIS_FIX)
    for att in spec.get("attachments") or []:
        if att.get("kind") == "eml":
            _jis(att["message"])
    return spec


# --- internal senders -------------------------------------------------------------------
SASAKI = "佐々木 恵美 <sasaki.emi@hinode-sangyo.co.jp>"
TAKANO = "高野 健太 <takano.kenta@hinode-sangyo.co.jp>"
MURAI = "村井 里奈 <murai.rina@hinode-sangyo.co.jp>"
OTAGIRI = "小田切 雄一 <otagiri.yuichi@hinode-sangyo.co.jp>"
HONDA = "本多 さやか <honda.sayaka@houkatsu.hinode-sangyo.co.jp>"
NAKANO = "中野 隆 <nakano.takashi@hinode-sangyo.co.jp>"
ISHIGURO = "石黒 亮 <ishiguro.ryo@hinode-sangyo.co.jp>"
YOSHIOKA = "吉岡 真澄 <yoshioka.masumi@hinode-sangyo.co.jp>"
HIRATA = "平田 修二 <hirata.shuji@hinode-sangyo.co.jp>"
KUDO = "Kudo Naomi <kudo.naomi@hinode-sangyo.co.jp>"
CENTER = "朝霧市北部地域包括支援センター <hokubu-houkatsu@hinode-sangyo.co.jp>"

ADDR_CENTER = "〒350-1187 埼玉県朝霧市本町2丁目14番3号 朝霧本町ビル1階"

SIG_SASAKI = f"""
--------------------------------------------------
朝霧市北部地域包括支援センター
（運営：日の出産業株式会社 福祉事業部）
センター長／主任介護支援専門員　佐々木 恵美
{ADDR_CENTER}
TEL 049-281-3370　FAX 049-281-3371
--------------------------------------------------"""

SIG_TAKANO = """
――――――――――――――――
朝霧市北部地域包括支援センター
社会福祉士　高野 健太（たかの けんた）
TEL：049-281-3370（代表）
E-mail：takano.kenta@hinode-sangyo.co.jp
――――――――――――――――"""

SIG_MURAI = f"""
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 福祉事業部
朝霧市北部地域包括支援センター　保健師 村井 里奈
{ADDR_CENTER}
電話 049-281-3370 ／ FAX 049-281-3371
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_OTAGIRI = """
==
小田切 雄一（おたぎり ゆういち）
認知症地域支援推進員／朝霧市北部地域包括支援センター
日の出産業株式会社
TEL 049-281-3370 内線 14
=="""

SIG_HONDA = """
本多 さやか
朝霧市北部地域包括支援センター 事務担当
049-281-3370"""

SIG_NAKANO = """
------------------------------------------------
日の出産業株式会社　福祉事業部　部長　中野 隆
〒350-1101 埼玉県朝霧市中央1-8-20 日の出産業ビル
TEL 049-280-1100（代）
------------------------------------------------"""

SIG_ISHIGURO = """
--
日の出産業株式会社 情報システム部
石黒 亮 / Ryo Ishiguro
TEL 049-280-1100 ext.512"""

SIG_HIRATA = """
───────────────
生活支援コーディネーター（第2層・北部圏域）
平田 修二
朝霧市北部地域包括支援センター
TEL 049-281-3370 / 携帯 080-5512-7730（業務用）
───────────────"""

SIG_KUDO = """
--
Naomi Kudo
Hinode Sangyo Co., Ltd. — Welfare Services Division
Asagiri North Community Comprehensive Support Center
Tel +81-49-281-3370"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""

# --- external addresses -----------------------------------------------------------------
CITY_KOREI = "朝霧市役所 高齢介護課 岡部 <okabe.m@city.asagiri.lg.jp>"
CITY_KOREI2 = "高齢介護課 地域包括ケア係 <chiikihoukatsu@city.asagiri.lg.jp>"
CITY_HOKEN = "介護保険課 認定係 <kaigo-nintei@city.asagiri.lg.jp>"
SHAKYO = "朝霧市社会福祉協議会 北部地区担当 森下 <morishita@asagiri-shakyo.or.jp>"
POLICE = "朝霧警察署 生活安全課 <seian@asagiri-ps.police.lg.jp>"

MESSAGES = []

# ---------------------------------------------------------------------------------------
MESSAGES += [
{
    "id": "chiikihoukatsu-001",
    "sender": HIRATA,
    "to": [SHAKYO],
    "subject": "いきいき体操教室（若葉台会場）10月期 参加者名簿の件",
    "charset": "cp932",
    "body": """朝霧市社会福祉協議会
森下様

いつもお世話になっております。北部包括の平田です。
若葉台会場の「いきいき体操教室」10月期の参加者が確定しましたので、
保険加入手続き用に名簿をお送りします。

氏名          生年月日        住所                                電話
------------  --------------  ----------------------------------  -------------
岩渕 キヨ     昭和14年2月8日  朝霧市若葉台3-5-12                  049-282-4416
久我 友治     昭和16年11月30日 朝霧市若葉台3-9-1 若葉台団地2-304   049-282-7730
猿渡 美佐子   昭和20年6月17日 朝霧市若葉台4-1-27                  090-3318-2054
神保 トシ     昭和12年9月2日  朝霧市北原1-22-6                    049-282-1093
大畑 勝利     昭和18年4月25日 朝霧市若葉台2-14-3                  080-6620-4471
丹羽 静江     昭和22年1月13日 朝霧市北原2-3-18                    049-282-5568
檜山 弘       昭和15年7月7日  朝霧市若葉台1-8-40 コーポ若葉105    070-1289-3346
------------  --------------  ----------------------------------  -------------
計7名

保険料は前期と同額と伺っております。手続き完了しましたらご一報ください。
よろしくお願いいたします。
""" + SIG_HIRATA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 1: seven residents' name/DOB/address/phone in a padded body table to the 社協",
},
{
    "id": "chiikihoukatsu-002",
    "sender": TAKANO,
    "to": [CITY_KOREI],
    "cc": ["高齢介護課 虐待対応担当 <gyakutai-taiou@city.asagiri.lg.jp>"],
    "subject": "【至急】高齢者虐待の通報受理について（北原2丁目 女性）",
    "charset": "iso-2022-jp",
    "body": """高齢介護課　岡部係長

お疲れ様です。北部包括の高野です。
本日10時40分、デイサービス事業所の管理者から通報を受理しましたのでご報告します。

■本人　：松永 フサ子（まつなが ふさこ）様　昭和９年５月１日生（９１歳）
■住所　：朝霧市北原２丁目１１番８号
■同居　：長男 松永 浩之（５８歳・無職）
■通報内容：
　デイ送迎時、右上腕と頬にあざ。本人は「息子に押された」と話す。
　先週も背部に内出血があり、デイ看護師が記録済み。
　長男は飲酒すると大声を出すことがあり、近隣からも苦情あり。
■本人の状態：アルツハイマー型認知症（要介護２）、短期記憶障害あり。

本日午後、ケアマネと同行で訪問し安全確認を行う予定です。
コアメンバー会議の開催をご検討いただけますでしょうか。

高野""" + SIG_TAKANO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: abuse report naming the victim with address, injuries and dementia diagnosis, to the city",
},
{
    "id": "chiikihoukatsu-003",
    "sender": MURAI,
    "to": ["やまびこクリニック 地域連携 <renkei@yamabiko-clinic.jp>"],
    "subject": "物忘れ外来 受診のご相談（情報提供書添付）",
    "charset": "utf-8",
    "body": """やまびこクリニック
地域連携ご担当者様

いつも大変お世話になっております。
朝霧市北部地域包括支援センター 保健師の村井でございます。

認知症初期集中支援チームで関わっている方について、
物忘れ外来の受診をお願いしたく、情報提供書を添付いたします。
ご本人・ご家族（長女様）の同意は得ております。

ご都合のよい候補日を2〜3いただけますと幸いです。
何卒よろしくお願い申し上げます。
""" + SIG_MURAI,
    "attachments": [{
        "kind": "docx",
        "name": "情報提供書_椎名様.docx",
        "title": "情報提供書",
        "paragraphs": [
            "情報提供書",
            "やまびこクリニック　院長　先生　御侍史",
            "朝霧市北部地域包括支援センター　保健師　村井 里奈",
            "下記の方について、認知症の鑑別診断をお願いいたします。",
        ],
        "tables": [[
            ["項目", "内容"],
            ["氏名", "椎名 源一郎（しいな げんいちろう）"],
            ["生年月日", "昭和13年8月22日（87歳）"],
            ["住所", "埼玉県朝霧市北原3丁目2番15号"],
            ["電話", "049-282-6071"],
            ["キーパーソン", "長女 椎名 真弓 様 090-4471-2286"],
            ["既往歴", "高血圧症、2型糖尿病（内服中）、前立腺肥大"],
            ["HDS-R", "14点（令和7年9月12日実施）"],
            ["生活状況", "独居。服薬管理困難、同じ物を何度も購入。ガスの消し忘れ2回。"],
            ["主治医", "北原内科 佐伯医師（専門医受診について了承済み）"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: referral letter (DOCX) with medical history and cognitive test score of a named resident",
},
{
    "id": "chiikihoukatsu-004",
    "sender": HONDA,
    "to": [CITY_KOREI2],
    "subject": "9月分 総合相談実績報告の提出について",
    "charset": "utf-8",
    "body": """高齢介護課 地域包括ケア係 御中

いつもお世話になっております。
朝霧市北部地域包括支援センターの本多です。

9月分の総合相談実績報告を提出いたします。
「集計」シートと「相談台帳」シートの2枚構成です。
ご確認のほどよろしくお願いいたします。
""" + SIG_HONDA,
    "attachments": [{
        "kind": "xlsx",
        "name": "R7_09_総合相談実績_北部.xlsx",
        "sheets": {
            "集計": [
                ["令和7年9月 総合相談実績（北部圏域）"],
                [],
                ["区分", "新規", "継続", "計"],
                ["介護保険", 31, 44, 75],
                ["認知症", 12, 19, 31],
                ["権利擁護・虐待", 3, 7, 10],
                ["その他", 9, 6, 15],
            ],
            "相談台帳": [
                ["相談台帳（9月受付分）"],
                ["No", "受付日", "氏名", "年齢", "住所", "電話", "相談内容", "対応"],
                [1, "9/1", "宇佐美 トメ", 88, "朝霧市本町4-3-9", "049-281-5521", "物忘れ進行、認知症疑い", "初期集中支援へ"],
                [2, "9/2", "金城 正男", 79, "朝霧市北原1-7-2", "049-282-0934", "脳梗塞退院後の住宅改修", "ケアマネ紹介"],
                [3, "9/4", "乙部 ハル", 92, "朝霧市若葉台2-2-11", "049-282-3367", "長男からの経済的虐待の疑い", "市へ通報"],
                [4, "9/5", "羽鳥 昭三", 81, "朝霧市栄町6-1-4", "080-1123-9087", "パーキンソン病、転倒増加", "区分変更申請"],
                [5, "9/8", "鮫島 千代", 84, "朝霧市北原3-18-1", "049-282-7712", "うつ状態、食事量低下", "保健師訪問"],
                [6, "9/10", "甲斐 敏行", 76, "朝霧市本町1-5-30", "090-8871-0342", "アルコール依存、近隣トラブル", "保健所と連携"],
                [7, "9/11", "城之内 文", 90, "朝霧市栄町2-9-7", "049-281-2290", "認知症、徘徊で警察保護", "見守りSOS登録"],
                [8, "9/16", "米倉 キミ", 86, "朝霧市若葉台5-6-3", "049-282-1048", "難聴・白内障、独居", "民生委員と見守り"],
                [9, "9/19", "根津 勇", 83, "朝霧市北原2-20-5", "070-2345-8810", "がん末期、在宅看取り希望", "訪問看護調整"],
                [10, "9/22", "三輪 たか子", 78, "朝霧市本町3-11-2", "049-281-6645", "特殊詐欺被害（200万円）", "警察・消費生活センター"],
                [11, "9/25", "百瀬 吉次", 95, "朝霧市栄町4-4-16", "049-281-9903", "心不全、退院調整", "病院MSWと調整"],
                [12, "9/29", "舘野 ミツ", 87, "朝霧市北原4-1-8", "049-282-4459", "認知症の夫の介護負担", "家族会紹介"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reasons 1+3: XLSX consultation ledger, 12 named residents with address/phone and diagnoses/abuse/crime-victim notes",
},
{
    "id": "chiikihoukatsu-005",
    "sender": HONDA,
    "to": [CITY_HOKEN],
    "subject": "要介護認定申請（代行）の記載内容について",
    "charset": "iso-2022-jp",
    "body": f"""介護保険課　認定係　御中

お世話になっております。北部包括の本多です。
昨日窓口へ提出した代行申請分のうち、1件、申請書の個人番号欄が空欄だったとの
ご連絡をいただきましたので、以下のとおりお知らせします。

　被保険者氏名：早乙女 ヨシ（さおとめ よし）
　生年月日　　：昭和１１年１２月３日
　住所　　　　：朝霧市栄町５丁目８番２２号
　被保険者番号：0004417826
　個人番号　　：{_grp(MN[1])}

申請書への追記はそちらでお願いできますでしょうか。
お手数をおかけして申し訳ございません。

本多""" + SIG_HONDA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 2: a resident's My Number typed into the body of a mail to the city",
},
{
    "id": "chiikihoukatsu-006",
    "sender": SASAKI,
    "to": [
        "ケアプランセンターひまわり 管理者 <kanri@himawari-care.jp>",
        "寿居宅介護支援事業所 <info@kotobuki-kyotaku.co.jp>",
        "ほしぞら介護サービス 居宅 <kyotaku@hoshizora-kaigo.jp>",
        "あすなろ在宅介護支援センター <asunaro@asunaro-cm.or.jp>",
        "かえで苑 居宅介護支援 <cm@kaede-en.or.jp>",
    ],
    "subject": "第3回 北部圏域 地域ケア会議（自立支援型）開催のご案内",
    "charset": "cp932",
    "body": """北部圏域 居宅介護支援事業所 管理者各位

平素より当センターの運営にご協力いただき、ありがとうございます。
第3回北部圏域地域ケア会議（自立支援型）を下記のとおり開催いたします。

　日時：11月13日（木）14:00～16:00
　会場：朝霧市北部公民館 2階 第1会議室
　内容：事例検討（2事例）、助言者：理学療法士・管理栄養士・薬剤師
　申込：11月6日（木）までに本メールへご返信ください

事例提出は輪番により、ひまわり様・寿様にお願いしております。
事例シートは別途、個別にお送りします。

ご多忙のところ恐れ入りますが、ご出席をお願いいたします。
""" + SIG_SASAKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "reason 4: five care-management offices can see each other in To; should have been Bcc",
},
{
    "id": "chiikihoukatsu-007",
    "sender": TAKANO,
    "to": ["白川法律事務所 弁護士 白川 <shirakawa@shirakawa-low.jp>"],
    "subject": "Re: 成年後見制度 勉強会の日程",
    "charset": "iso-2022-jp",
    "body": """白川先生

いつもお世話になっております。北部包括の高野です。
勉強会の日程、１２月４日（木）１８時３０分からでお願いできれば幸いです。
会場は当センターの相談室（定員１２名）を予定しております。

テーマは「市長申立ての流れと、包括が準備すべき資料」でお願いできますでしょうか。
参加はケアマネジャー中心に１０名程度の見込みです。

高野

> 高野様
> 勉強会の件、12月第1週であれば調整可能です。候補をいただけますか。
> 白川""" + SIG_TAKANO,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "reason 5: shirakawa-low.jp is a typo of the partner law firm's shirakawa-law.jp",
},
{
    "id": "chiikihoukatsu-008",
    "sender": SASAKI,
    "to": [CITY_KOREI],
    "subject": "運営協議会 事前資料（センター事業評価）の送付",
    "charset": "utf-8",
    "body": """岡部様

お世話になっております。佐々木です。
来週の地域包括支援センター運営協議会の事前資料（事業評価シート）をお送りします。
委員配布前の版ですので、記載の表現などご指摘があればお知らせください。
""" + SIG_SASAKI,
    "attachments": [{
        "kind": "pdf",
        "name": "事業評価シート_北部_R7.pdf",
        "title": "地域包括支援センター事業評価シート（北部）",
        "page_header": "取扱注意",
        "page_footer": "朝霧市北部地域包括支援センター",
        "lines": [
            "令和7年度 地域包括支援センター事業評価シート（北部圏域）",
            "1. 組織・運営体制：3職種配置 充足（常勤換算 6.2人）",
            "2. 総合相談支援：相談件数 前年比 112%、初回相談から72時間以内の訪問率 91%",
            "3. 権利擁護：虐待通報 受理 14件、成年後見 市長申立て支援 3件",
            "4. 包括的・継続的ケアマネジメント：ケアマネ支援 個別相談 58件",
            "5. 課題：夜間・休日の緊急対応体制、委託料の人件費比率の上昇",
            "6. 次年度の重点：認知症初期集中支援の早期把握、見守り協定事業者の拡大",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "reason 6: PDF stamped 取扱注意 in its page header, sent to the city (no personal data)",
},
{
    "id": "chiikihoukatsu-009",
    "sender": OTAGIRI,
    "to": ["ケアプランセンターひまわり 介護支援専門員 柘植 <tsuge@himawari-care.jp>"],
    "subject": "初期集中支援チーム員会議 資料（パスワード付き）",
    "charset": "iso-2022-jp",
    "body": """ケアプランセンターひまわり
柘植様

お世話になっております。北部包括の小田切です。
明日のチーム員会議の資料をお送りします。
個人情報を含むため、パスワード付きZIPにしております。
パスワードは別メールにてお送りいたします。

よろしくお願いいたします。""" + SIG_OTAGIRI,
    "attachments": [{
        "kind": "zip",
        "name": "チーム員会議資料_1022.zip",
        "password": "Hk2025!1022",
        "files": [{
            "kind": "xlsx",
            "name": "アセスメント票.xlsx",
            "sheets": {"Sheet1": [["氏名", "DASC-21", "主病名"], ["沼田 イネ", 48, "アルツハイマー型認知症疑い"]]},
        }],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "reason 7: password-protected ZIP (PPAP) to a care manager; contents cannot be inspected",
},
{
    "id": "chiikihoukatsu-010",
    "sender": HONDA,
    "to": ["介護保険課 給付係 <kaigo-kyufu@city.asagiri.lg.jp>"],
    "subject": "介護予防ケアマネジメント費 請求明細（10月分）",
    "charset": "cp932",
    "body": """介護保険課 給付係 ご担当者様

お世話になっております。北部包括 本多です。
10月分の介護予防ケアマネジメント費 請求明細を添付いたします。
不明点があればご連絡ください。

本多""" + SIG_HONDA,
    "attachments": [{"kind": "corrupt", "name": "請求明細_R7_10_北部.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "reason 7: the attached XLSX is corrupt and cannot be read",
},
]

MESSAGES += [
{
    "id": "chiikihoukatsu-011",
    "sender": TAKANO,
    "to": [POLICE],
    "cc": ["朝霧警察署 生活安全課 主任 長谷部 <hasebe.k@asagiri-ps.police.lg.jp>"],
    "subject": "行方不明高齢者の情報提供（認知症・徒歩で外出）",
    "charset": "utf-8",
    "body": """朝霧警察署 生活安全課 長谷部様

先ほどお電話でご相談した件、情報をお送りします。
ご家族（妻）から当センターに連絡があり、今朝7時頃に自宅を出たまま戻っていません。

・氏名　　：楢崎 富雄（ならさき とみお）
・生年月日：昭和10年3月19日（90歳）
・住所　　：朝霧市栄町3丁目6番11号
・自宅電話：049-281-4038（妻 楢崎 和代）
・身体特徴：身長165cm、やせ型、白髪、右足を少し引きずる
・服装　　：紺のジャンパー、グレーのズボン、黒い運動靴、茶色の帽子
・状態　　：レビー小体型認知症（要介護3）。幻視があり「会社に行く」と言って出ることがある。
　　　　　 糖尿病でインスリン注射中のため、低血糖が心配です。
・過去の保護歴：8月に朝霧駅前で保護（見守りSOSネットワーク登録済み）

写真を添付します（ご家族了承済み）。
何か分かりましたら当センター（049-281-3370）までご連絡ください。
""" + SIG_TAKANO,
    "attachments": [{"kind": "png", "name": "narasaki_photo.png"}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: missing-person report to the police with the man's dementia/diabetes diagnoses and address",
},
{
    "id": "chiikihoukatsu-012",
    "sender": HIRATA,
    "to": ["青葉運輸 朝霧営業所 所長 片桐 <katagiri@aoba-unyu.co.jp>"],
    "subject": "見守り協定 重点見守り対象者リスト（北部）の送付",
    "charset": "cp932",
    "body": """青葉運輸株式会社 朝霧営業所
片桐所長様

いつも見守り協定へのご協力ありがとうございます。
配達時に特に気にかけていただきたい方（ご本人同意済み）のリストを
CSVでお送りします。異変時は緊急連絡先またはセンターへお電話ください。

平田""" + SIG_HIRATA,
    "attachments": [{
        "kind": "csv",
        "name": "重点見守り対象者_北部_202510.csv",
        "encoding": "cp932",
        "rows": [
            ["No", "氏名", "フリガナ", "住所", "電話", "緊急連絡先（続柄）", "緊急連絡先電話"],
            ["1", "浅利 ツル", "アサリ ツル", "朝霧市北原1-3-7", "049-282-0117", "浅利 真一（長男）", "090-2211-4830"],
            ["2", "雨宮 新平", "アマミヤ シンペイ", "朝霧市北原1-15-22", "049-282-3095", "雨宮 由紀（姪）", "080-4410-7762"],
            ["3", "五十嵐 カツ", "イガラシ カツ", "朝霧市若葉台2-6-1-203", "049-282-6630", "五十嵐 剛（次男）", "090-7783-1025"],
            ["4", "生田目 清", "ナマタメ キヨシ", "朝霧市若葉台3-1-19", "049-282-8841", "生田目 早苗（長女）", "070-3390-5518"],
            ["5", "上遠野 ミヨ", "カトオノ ミヨ", "朝霧市本町5-2-10", "049-281-7724", "上遠野 亮（孫）", "080-9912-0063"],
            ["6", "鬼頭 政吉", "キトウ マサキチ", "朝霧市本町5-20-3", "049-281-1186", "民生委員 遠藤", "049-281-5540"],
            ["7", "小比類巻 セツ", "コヒルイマキ セツ", "朝霧市栄町1-4-4", "049-281-2307", "小比類巻 誠（長男）", "090-5567-2241"],
            ["8", "左右田 久子", "ソウダ ヒサコ", "朝霧市栄町2-17-9", "049-281-9158", "左右田 健（弟）", "048-776-3012"],
            ["9", "東海林 実", "ショウジ ミノル", "朝霧市北原4-9-2", "049-282-4407", "東海林 恵（長女）", "090-1180-6624"],
            ["10", "四十物 キク", "アイモノ キク", "朝霧市北原4-12-15", "049-282-2290", "四十物 忠（長男）", "080-2231-9047"],
            ["11", "八月一日 トミ", "ホズミ トミ", "朝霧市若葉台5-3-8", "049-282-0571", "八月一日 悟（甥）", "090-6624-3371"],
            ["12", "饗庭 繁", "アイバ シゲル", "朝霧市本町2-28-1", "049-281-6612", "饗庭 千尋（長女）", "070-8841-2206"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 1: CSV of 12 watch-over residents with address, phone and emergency contacts to the delivery partner",
},
{
    "id": "chiikihoukatsu-013",
    "sender": MURAI,
    "to": ["北国フーズ 配食事業部 <haishoku@kitaguni-foods.co.jp>"],
    "subject": "配食サービス 新規・変更利用者の食事形態一覧（11月開始分）",
    "charset": "utf-8",
    "body": """北国フーズ株式会社
配食事業部 ご担当者様

いつもお世話になっております。朝霧市北部地域包括支援センターの村井です。
11月開始分の新規・変更利用者について、食事形態の一覧をお送りします。
治療食の方は主治医の指示内容を備考欄に記載しています。
配達時の安否確認もあわせてよろしくお願いいたします。
""" + SIG_MURAI,
    "attachments": [{
        "kind": "xlsx",
        "name": "配食_食事形態一覧_11月.xlsx",
        "sheets": {
            "新規": [
                ["配食サービス 新規利用者（令和7年11月開始）", "", "", "", "", ""],
                ["氏名", "住所", "電話", "食事形態", "疾患・指示", "配達曜日"],
                ["戸叶 すみ", "朝霧市北原2-8-4", "049-282-3318", "糖尿病食 1400kcal", "2型糖尿病（HbA1c 8.1）", "月水金"],
                ["瓜生 三郎", "朝霧市若葉台1-2-9", "049-282-5063", "腎臓病食 塩分6g未満", "慢性腎不全 透析前", "月〜金"],
                ["蒔田 良子", "朝霧市本町6-7-1", "049-281-4479", "きざみ食・とろみ", "脳梗塞後 嚥下障害", "毎日"],
                ["国分 てる", "朝霧市栄町5-1-18", "049-281-0836", "普通食", "軽度認知障害、独居", "火木土"],
            ],
            "変更": [
                ["配食サービス 変更（令和7年11月）", "", "", "", "", ""],
                ["氏名", "住所", "電話", "食事形態", "疾患・指示", "変更内容"],
                ["薬師寺 勘一", "朝霧市北原3-4-21", "049-282-9915", "ソフト食", "パーキンソン病進行", "普通食から変更"],
                ["堀之内 ヨネ", "朝霧市若葉台4-10-6", "049-282-7130", "減塩食", "心不全", "配達曜日を毎日へ"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reasons 1+3: six residents' address/phone with diseases behind their therapeutic diets, to the meal-delivery partner",
},
{
    "id": "chiikihoukatsu-014",
    "sender": SASAKI,
    "to": [CITY_KOREI],
    "subject": "Re: 個別地域ケア会議の日程",
    "charset": "iso-2022-jp",
    "body": """岡部様

お世話になっております。佐々木です。
ご提示の候補のうち、１１月１９日（水）１０時からでお願いいたします。
会場は市役所第二庁舎の会議室で承知しました。
当センターからは私と高野の２名で伺います。

よろしくお願いいたします。

-----Original Message-----
From: 岡部 [mailto:okabe.m@city.asagiri.lg.jp]
Sent: Wednesday, October 29, 2025 5:12 PM
Subject: 個別地域ケア会議の日程

佐々木センター長
先日ご相談のあった個別ケースの会議ですが、以下の候補でいかがでしょうか。
・11/18（火）14時
・11/19（水）10時
・11/21（金）15時
""" + SIG_SASAKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary scheduling reply to the city; no personal data, quoted text only dates",
},
{
    "id": "chiikihoukatsu-015",
    "sender": HIRATA,
    "to": [CITY_KOREI2, SHAKYO],
    "subject": "第2層協議体（北部）11月定例会の議題について",
    "charset": "utf-8",
    "body": """地域包括ケア係 ご担当者様
社会福祉協議会 森下様

お世話になっております。生活支援コーディネーターの平田です。
11月定例会の議題案をお送りします。

1. ゴミ出し支援ボランティアの試行結果（若葉台団地）
2. 移動販売車の巡回ルート追加について（北原4丁目）
3. 通いの場の新規立ち上げ（栄町集会所、12月予定）
4. 次年度の地域資源マップ改訂スケジュール

追加の議題があれば11月5日までにお知らせください。
""" + SIG_HIRATA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations (city and 社協) in To, agenda only: a normal three-way mail",
},
{
    "id": "chiikihoukatsu-016",
    "sender": TAKANO,
    "to": ["朝霧中央病院 地域医療連携室 MSW 桐谷 <kiritani@asagiri-chuo-hp.or.jp>"],
    "subject": "北部圏域の居宅介護支援事業所一覧（空き状況）",
    "charset": "cp932",
    "body": """朝霧中央病院 地域医療連携室
桐谷様

お世話になっております。北部包括の高野です。
お問い合わせのあった、北部圏域の居宅介護支援事業所と11月時点の受入れ状況です。
退院調整の際にご活用ください。

事業所名                      所在地                  電話           受入
---------------------------   ---------------------   ------------   ----
ケアプランセンターひまわり    朝霧市本町3-2-1         049-281-2200   可
寿居宅介護支援事業所          朝霧市栄町1-10-5        049-281-4410   可
ほしぞら介護サービス          朝霧市北原2-1-30        049-282-3300   要相談
あすなろ在宅介護支援センター  朝霧市若葉台1-1-1      049-282-1180   可
かえで苑 居宅介護支援事業所   朝霧市北原5-8-2         049-282-7000   不可
ニチエイ朝霧ケアセンター      朝霧市本町6-3-12        049-281-9050   可
みずき居宅介護支援事業所      朝霧市栄町4-2-8         049-281-6277   要相談

※受入状況は各事業所への聞き取り（10/31時点）です。
""" + SIG_TAKANO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of care-management businesses with office phones and addresses, not people",
},
{
    "id": "chiikihoukatsu-017",
    "sender": MURAI,
    "to": ["荻窪 陽子 <yoko.ogikubo0612@gmail.com>"],
    "subject": "Re: 母の件でご相談です",
    "charset": "iso-2022-jp",
    "body": """荻窪 陽子様

ご連絡ありがとうございます。朝霧市北部地域包括支援センターの村井です。
それでは、１１月７日（金）１４時にお母様のご自宅へ伺います。
当日は介護保険の申請書をお持ちしますので、保険証をご用意いただけますと助かります。
ご都合が悪くなった場合は、センター（049-281-3370）までお電話ください。

村井

2025年11月4日(火) 21:08 荻窪 陽子 <yoko.ogikubo0612@gmail.com>:
> 先日はお電話でありがとうございました。
> 母（荻窪 シズ、86歳）ですが、最近は薬を飲み忘れることが多く、
> 夜中に電話をかけてくることもあります。物忘れ外来に連れて行くべきか悩んでいます。
> 一度自宅に来ていただくことは可能でしょうか。7日の午後なら私も同席できます。
""" + SIG_MURAI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one free-mail family member; new text only sets a visit time, the health details are in quoted text",
},
{
    "id": "chiikihoukatsu-018",
    "sender": TAKANO,
    "to": ["社会保険労務士 みなみ事務所 南 <minami@minami-sr.jp>"],
    "subject": "遺族年金のご相談（包括からのつなぎ）",
    "charset": "utf-8",
    "body": """みなみ社会保険労務士事務所
南先生

いつもお世話になっております。北部包括の高野です。
先日お電話でお話しした、夫を亡くされた方の遺族年金の件です。
ご本人から先生に相談したいとのことで、同意を得て情報をお送りします。

　氏名：　鵜飼 タマエ 様（昭和17年10月4日生）
　住所：　朝霧市栄町2丁目3番5号
　電話：　049-281-7406
　基礎年金番号：　4012-583961
　亡夫：　鵜飼 恒夫 様（令和7年8月 死亡）　基礎年金番号　4012-227054

年金事務所への同行も含めてご相談に乗っていただけますと幸いです。
""" + SIG_TAKANO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 2: basic pension numbers of a resident and her late husband sent to an outside 社労士",
},
{
    "id": "chiikihoukatsu-019",
    "sender": OTAGIRI,
    "to": ["朝霧警察署 交通課 免許係 <menkyo@asagiri-ps.police.lg.jp>"],
    "subject": "運転免許の自主返納 出張受付のお願い",
    "charset": "iso-2022-jp",
    "body": """朝霧警察署　交通課　免許係　御中

お世話になっております。朝霧市北部地域包括支援センターの小田切です。
自主返納を希望されている方で、警察署まで出向くことが難しい方がいらっしゃいます。
出張での受付が可能か、ご検討をお願いいたします。

　氏名　　　：　甘粕 広志
　生年月日　：　昭和１２年７月２８日
　住所　　　：　朝霧市北原５丁目１４番９号
　運転免許証番号：　第３０１２６６８１５２７０号
　連絡先　　：　０４９－２８２－５１９０（自宅）

ご家族（長男様）も同席予定です。候補日をいただけましたら調整いたします。""" + SIG_OTAGIRI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "reason 2: a resident's driver's licence number (full-width) sent to the police",
},
{
    "id": "chiikihoukatsu-020",
    "sender": ISHIGURO,
    "to": ["ツバサシステム 営業部 真壁 <makabe@tsubasa-system.jp>"],
    "cc": [NAKANO],
    "subject": "包括支援システム更改：秘密保持契約書（案）へのコメント",
    "charset": "utf-8",
    "body": """ツバサシステム株式会社
真壁様

お世話になっております。日の出産業 情報システム部の石黒です。
先日いただいた秘密保持契約書（案）について、当社法務からのコメントをお伝えします。

1) 第2条（秘密情報の定義）：口頭で開示した情報も、開示後30日以内に書面で特定すれば
   秘密情報に含める形にしたい。
2) 第5条（再委託）：再委託先にも同等の義務を課す旨を明記いただきたい。
3) 第8条（返還・廃棄）：廃棄証明書の提出を義務とする。
4) 別途、市との委託契約に基づく「個人情報の取扱いに関する特記事項」を遵守する条項を追加。

修正版をいただければ、社内決裁に回します。
本契約の締結までは、実データ（利用者情報）の提供は行いませんのでご了承ください。
""" + SIG_ISHIGURO + DISC_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA, with 秘密情報/個人情報 mentioned in passing and the standard disclaimer",
},
]

MESSAGES += [
{
    "id": "chiikihoukatsu-021",
    "sender": HIRATA,
    "to": ["川崎電機 見守りサービス窓口 <mimamori@kawasaki-denki.co.jp>"],
    "subject": "見守りGPS端末「ミマモルン」申込書の内容（1件）",
    "charset": "cp932",
    "body": f"""川崎電機株式会社
見守りサービス窓口 ご担当者様

お世話になっております。朝霧市北部地域包括支援センターの平田です。
センター窓口で受け付けた申込書の内容をお送りします。
ご家族が遠方にお住まいのため、月額利用料はご家族のクレジットカード払いをご希望です。

【利用者】 兵頭 サダ 様　朝霧市本町4丁目17番2号
【契約者】 兵頭 隆之 様（長男）　大阪府豊中市緑丘2-9-14　携帯 090-6173-2258
【支払方法】クレジットカード
　カード番号　{_grp(CC[50], 4, "-")}
　有効期限　　08/29
　名義　　　　TAKAYUKI HYODO
【プラン】 ベーシック（月額1,980円・税込）

端末の発送先はご利用者様宅でお願いします。
""" + SIG_HIRATA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "reason 2: a family member's credit card number with expiry typed into the body to the device partner",
},
{
    "id": "chiikihoukatsu-022",
    "sender": MURAI,
    "to": ["訪問看護ステーションあおい 管理者 戸田 <toda@aoi-houkan.or.jp>"],
    "subject": "新規依頼　宍戸様（緊急時の対応方針について）",
    "charset": "iso-2022-jp",
    "body": """訪問看護ステーションあおい
戸田管理者様

お世話になっております。北部包括の村井です。
来週から訪問をお願いする宍戸 ウメ様（朝霧市若葉台２－１１－５、８３歳）について、
緊急時対応の方針を事前に共有させてください。

・ご本人はエホバの証人の信者で、輸血は受けないとの意思が明確です。
　「輸血拒否カード」を常に携帯され、ご家族（長女）も同じ信仰です。
・既往：心房細動（抗凝固薬内服中）、慢性心不全。
・救急搬送時は上記を搬送先に伝えてほしいとのご希望です。

主治医の若葉台クリニックには共有済みです。
よろしくお願いいたします。
""" + SIG_MURAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: a named resident's religion and heart conditions sent to a home-nursing agency",
},
{
    "id": "chiikihoukatsu-023",
    "sender": TAKANO,
    "to": ["寿居宅介護支援事業所 介護支援専門員 真田 <sanada@kotobuki-kyotaku.co.jp>"],
    "subject": "Re: 新規ケースの引継ぎについて",
    "charset": "utf-8",
    "body": """真田さん

高野です。お返事ありがとうございます。
引継ぎにあたって一点だけ、事前にお伝えしておきます。

薬丸 剛さん（68歳、朝霧市栄町6-12-3 栄町ハイツ201）は、
若い頃に傷害事件で服役歴があり、数年前にも近隣とのトラブルで
警察に逮捕されたことがあります（不起訴）。
現在は落ち着いていますが、男性職員が単独で訪問する場合は
念のため2名体制をご検討ください。
生活保護の担当ケースワーカー（市 生活福祉課 梶原さん）も把握しています。

よろしくお願いします。

> 高野さん
> 薬丸さんの件、承知しました。来週初回訪問に伺います。
> 事前に留意点などあれば教えてください。
> 真田""" + SIG_TAKANO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: new reply text discloses a named man's prison record and arrest to a care manager",
},
{
    "id": "chiikihoukatsu-024",
    "sender": SASAKI,
    "to": [TAKANO, MURAI, OTAGIRI, "北部包括 職員一同 <hokubu-staff@houkatsu.hinode-sangyo.co.jp>"],
    "cc": [NAKANO],
    "subject": "【内部】虐待対応ケース 進捗一覧（10月末）",
    "charset": "utf-8",
    "body": """各位

10月末時点の虐待対応ケース一覧を添付します。
明日の朝ミーティングで1件ずつ確認しますので、担当ケースの最新状況を追記しておいてください。
（市への報告用ではなく内部管理用です。外部には送らないでください）

佐々木""",
    "attachments": [{
        "kind": "xlsx",
        "name": "虐待対応進捗_202510.xlsx",
        "sheets": {
            "進捗": [
                ["No", "本人氏名", "生年月日", "住所", "虐待種別", "養護者", "担当", "状況"],
                [1, "松永 フサ子", "1934/05/01", "朝霧市北原2-11-8", "身体的", "長男", "高野", "分離検討中"],
                [2, "乙部 ハル", "1933/02/14", "朝霧市若葉台2-2-11", "経済的", "長男", "佐々木", "後見申立て準備"],
                [3, "柳瀬 トキ", "1940/12/29", "朝霧市栄町1-9-3", "ネグレクト", "夫（認知症）", "村井", "ショートステイ利用"],
                [4, "砂川 力蔵", "1938/07/07", "朝霧市本町2-4-8", "心理的", "長女", "高野", "モニタリング"],
                [5, "井筒 春江", "1945/03/30", "朝霧市北原3-1-6", "身体的・心理的", "夫", "佐々木", "終結判断待ち"],
            ],
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "all recipients internal (hinode-sangyo.co.jp and its subdomain): an abuse-case list stays inside",
},
{
    "id": "chiikihoukatsu-025",
    "sender": OTAGIRI,
    "to": ["つくし福祉用具 朝霧営業所 <asagiri@tsukushi-fukushi.co.jp>"],
    "subject": "電動車いす・特殊寝台のデモ依頼（丸山様）",
    "charset": "cp932",
    "body": """つくし福祉用具 朝霧営業所 ご担当者様

いつもお世話になっております。北部包括の小田切です。
下記の方について、電動車いすと特殊寝台のデモをお願いできますでしょうか。

　丸山 善次郎 様（77歳）
　朝霧市北原1丁目19番4号　TEL 049-282-6628
　身体障害者手帳 1級（両下肢機能全廃）、頸椎症性脊髄症の術後
　障害福祉サービス（居宅介護）併用中、要介護4

訪問は平日午後、奥様在宅時が希望です。よろしくお願いいたします。
""" + SIG_OTAGIRI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: named resident's disability certificate grade and post-operative condition to an equipment vendor",
},
{
    "id": "chiikihoukatsu-026",
    "sender": OTAGIRI,
    "to": ["社協 ボランティアセンター 飯塚 <iizuka@asagiri-shakyo.or.jp>"],
    "subject": "オレンジサポーター（ステップアップ講座修了者）の名簿",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>社協ボランティアセンター<br>飯塚様</p>
<p>いつもお世話になっております。北部包括の小田切です。<br>
ステップアップ講座の修了者で、ボランティア登録を希望された方の名簿です。<br>
登録手続きをお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#f3d9b1"><th>No</th><th>氏名</th><th>住所</th><th>電話</th><th>メール</th><th>活動希望</th></tr>
<tr><td>1</td><td>設楽 美和</td><td>朝霧市本町1-20-6</td><td>090-2876-4410</td><td>shitara.miwa@yahoo.co.jp</td><td>認知症カフェ</td></tr>
<tr><td>2</td><td>嘉納 英樹</td><td>朝霧市栄町3-2-17</td><td>080-1142-3378</td><td>h.kano1961@gmail.com</td><td>傾聴</td></tr>
<tr><td>3</td><td>仲宗根 ゆかり</td><td>朝霧市北原4-7-3</td><td>070-5530-2814</td><td>yukari.n@icloud.com</td><td>認知症カフェ</td></tr>
<tr><td>4</td><td>笠置 浩太郎</td><td>朝霧市若葉台2-19-1</td><td>049-282-7153</td><td>-</td><td>見守り訪問</td></tr>
<tr><td>5</td><td>阿久津 恵子</td><td>朝霧市本町5-9-22</td><td>090-9017-6325</td><td>akutsu-k@docomo.ne.jp</td><td>傾聴・カフェ</td></tr>
<tr><td>6</td><td>栗林 誠</td><td>朝霧市北原1-2-33</td><td>080-6634-0912</td><td>m.kuribayashi@outlook.jp</td><td>見守り訪問</td></tr>
<tr><td>7</td><td>能登 さと子</td><td>朝霧市栄町5-14-2</td><td>049-281-3097</td><td>-</td><td>認知症カフェ</td></tr>
<tr><td>8</td><td>藤堂 一平</td><td>朝霧市若葉台3-8-11</td><td>090-7710-5586</td><td>ippei.todo@gmail.com</td><td>送迎</td></tr>
</table>
<p>小田切 雄一<br>朝霧市北部地域包括支援センター　TEL 049-281-3370 内線14</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "reason 1: HTML-only mail with a table of eight volunteers' address, phone and private e-mail",
},
{
    "id": "chiikihoukatsu-027",
    "sender": HIRATA,
    "to": ["錦印刷 営業部 小宮山 <komiyama@nishiki-insatsu.co.jp>"],
    "subject": "「北部 見守り協力店マップ」掲載店舗データ",
    "charset": "utf-8",
    "body": """錦印刷株式会社
小宮山様

お世話になっております。平田です。
見守り協力店マップの掲載店舗データをExcelでお送りします。
地図上の番号は「No」列と一致させてください。色校は来週水曜にいただけると助かります。
""" + SIG_HIRATA,
    "attachments": [{
        "kind": "xlsx",
        "name": "見守り協力店_掲載データ.xlsx",
        "sheets": {
            "店舗": [
                ["北部 見守り協力店マップ 掲載店舗（2025年版）"],
                ["No", "店舗名", "業種", "住所", "電話", "営業時間"],
                [1, "ファミリーマート朝霧北原店", "コンビニ", "朝霧市北原2-1-1", "049-282-0011", "24時間"],
                [2, "さかえ薬局", "薬局", "朝霧市栄町2-5-3", "049-281-3232", "9:00-19:00"],
                [3, "みどり銀行 朝霧北支店", "金融機関", "朝霧市本町3-1-8", "049-281-5000", "9:00-15:00"],
                [4, "青果 マルヨシ", "八百屋", "朝霧市若葉台1-4-2", "049-282-8686", "8:00-18:00"],
                [5, "朝霧郵便局", "郵便局", "朝霧市本町1-1-5", "049-281-0300", "9:00-17:00"],
                [6, "理容 タナベ", "理容", "朝霧市北原3-3-3", "049-282-4121", "9:00-18:00（月休）"],
                [7, "スーパーヤマイチ 若葉台店", "スーパー", "朝霧市若葉台3-20-1", "049-282-9191", "9:30-21:00"],
                [8, "北原新聞舗", "新聞販売", "朝霧市北原4-2-10", "049-282-2727", "4:00-17:00"],
                [9, "朝霧タクシー", "タクシー", "朝霧市栄町6-1-1", "049-281-1234", "24時間"],
            ],
            "凡例": [["記号", "意味"], ["★", "認知症サポーター在籍"], ["◎", "AED設置"]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of shops and businesses (switchboards, shop addresses) for a printed map: no people",
},
{
    "id": "chiikihoukatsu-028",
    "sender": MURAI,
    "to": [
        "nakagawa.reiko55@yahoo.co.jp",
        "宮之原 聡 <s.miyanohara@gmail.com>",
        "tsukamoto-fam@ezweb.ne.jp",
        "Eriko Hata <eriko.hata@icloud.com>",
    ],
    "subject": "【ご案内】家族介護者のつどい（11月）",
    "charset": "iso-2022-jp",
    "body": """ご家族の皆さま

朝霧市北部地域包括支援センターの村井です。
前回ご参加いただいた皆さまに、１１月の「家族介護者のつどい」をご案内します。

　日時：１１月２２日（土）１０時～１１時３０分
　場所：北部公民館　和室
　内容：介護の悩みの分かち合い、ミニ講話「介護者自身の健康管理」
　参加費：無料（お茶菓子をご用意します）

ご参加の可否を１１月１７日までにご返信ください。
介護中のご家族のお預かりが必要な方はご相談ください。

村井""" + SIG_MURAI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "reason 4: four private family carers on free mail can see each other's addresses in To",
},
{
    "id": "chiikihoukatsu-029",
    "sender": TAKANO,
    "to": ["中野 隆 <nakano.takashi@hinode-sangy0.co.jp>"],
    "subject": "困難事例の報告（部長決裁用）",
    "charset": "utf-8",
    "body": """中野部長

お疲れ様です。高野です。
やむを得ない事由による措置の件、決裁用に経過をまとめました。

本人：乙部 ハル（92歳）朝霧市若葉台2-2-11
状況：長男による年金の使い込み（経済的虐待）。本人はアルツハイマー型認知症で
　　　判断能力が著しく低下（長谷川式 9点）。通帳・印鑑は長男が管理。
方針：特養かえで苑へ措置入所、並行して市長申立てによる成年後見。

ご確認のほどよろしくお願いします。
""" + SIG_TAKANO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "reasons 5+3: hinode-sangy0.co.jp (zero for o) imitates the own domain; the mail carries a named abuse victim's diagnosis",
},
{
    "id": "chiikihoukatsu-030",
    "sender": KUDO,
    "to": ["Dr. Helen Forsyth <h.forsyth@northbridge-ageing.ac.uk>"],
    "subject": "Site visit to Asagiri on 3 December — programme",
    "charset": "utf-8",
    "body": """Dear Dr Forsyth,

Thank you for your message and for confirming your visit.
Here is the draft programme for 3 December:

  10:00  Arrival at Asagiri North centre, welcome by Ms Sasaki (centre director)
  10:15  Overview: how a community comprehensive support centre works in Japan
  11:00  Visit to the dementia cafe at Kitahara community hall (observation only)
  12:30  Lunch with the care-manager network
  14:00  Discussion: watch-over agreements with local businesses
  15:30  Close

Interpretation will be provided by our staff. As agreed, no resident information
will be shared during the visit, and photos will be taken only of the venue.

Please let me know if you have dietary requirements.

Best regards,
""" + SIG_KUDO + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English visit programme for a foreign researcher; disclaimer only, no personal data",
},
]

MESSAGES += [
{
    "id": "chiikihoukatsu-031",
    "sender": HIRATA,
    "to": ["みどり銀行 朝霧北支店 お客さまサービス課 <asagirikita@midori-ginkou.co.jp>"],
    "subject": "特殊詐欺被害防止ミニ講座の講師派遣について",
    "charset": "iso-2022-jp",
    "body": """みどり銀行　朝霧北支店
お客さまサービス課　ご担当者様

いつもお世話になっております。
朝霧市北部地域包括支援センターの平田です。

先日ご相談した、サロン向け「特殊詐欺被害防止ミニ講座」について、
下記の日程で講師をご派遣いただけますでしょうか。

　１２月１０日（水）１３時３０分～１４時１５分
　会場：栄町集会所（参加者　約２５名）

ＡＴＭでの還付金詐欺の手口など、実例を交えてお話しいただけると幸いです。
よろしくお願いいたします。""" + SIG_HIRATA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "reason 5: midori-ginkou.co.jp adds a letter to the partner bank's midori-ginko.co.jp",
},
{
    "id": "chiikihoukatsu-032",
    "sender": ISHIGURO,
    "to": ["ツバサシステム サポートセンター <support@tsubasa-systems.jp>"],
    "subject": "[問合せ] ケース記録画面の表示遅延について（チケット#TS-20931）",
    "charset": "utf-8",
    "body": """ツバサシステム サポートセンター 御中

日の出産業 情報システム部の石黒です。
チケット #TS-20931 の件、追加情報です。

- 事象：ケース記録一覧画面を開くと 20〜40 秒かかる（9:00〜10:00 に集中）
- 端末：北部包括 PC 6台すべてで発生、Edge / Chrome とも
- 回線：センター内 LAN は 1Gbps、同時間帯の他システムは正常
- バージョン：TSUBASA-Care 4.12.3

サーバ側のスロークエリログのご確認をお願いします。
""" + SIG_ISHIGURO,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "reason 5: tsubasa-systems.jp has an extra s compared with the partner tsubasa-system.jp",
},
{
    "id": "chiikihoukatsu-033",
    "sender": SASAKI,
    "to": ["福祉経営コンサルティング 今泉 <imaizumi@fukushi-keiei.jp>"],
    "subject": "緊急時対応マニュアル改訂版（ドラフト）のご確認",
    "charset": "utf-8",
    "body": """今泉様

お世話になっております。佐々木です。
先日の打合せを受けて改訂した「夜間・休日の緊急時対応マニュアル」のドラフトを添付します。
第3章（連絡網）と第5章（市との役割分担）を中心にご意見をいただけますと幸いです。
""" + SIG_SASAKI,
    "attachments": [{
        "kind": "docx",
        "name": "緊急時対応マニュアル_v0.9.docx",
        "title": "夜間・休日の緊急時対応マニュアル",
        "page_header": "部外秘",
        "page_footer": "日の出産業株式会社 福祉事業部",
        "paragraphs": [
            "夜間・休日の緊急時対応マニュアル（改訂第2版 ドラフト）",
            "第1章 目的：夜間・休日に高齢者虐待の通報や行方不明の連絡を受けた場合の初動を定める。",
            "第2章 受付：転送電話は当番職員の業務用携帯に転送する。",
            "第3章 連絡網：当番→センター長→市高齢介護課（休日当番）の順で連絡する。",
            "第4章 現地確認：原則2名で訪問し、身体の安全を最優先とする。",
            "第5章 市との役割分担：立入調査・措置の判断は市が行い、センターは情報収集と同行を担う。",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "reason 6: DOCX manual stamped 部外秘 in its header, sent to an outside consultant",
},
{
    "id": "chiikihoukatsu-034",
    "sender": KUDO,
    "to": ["Prof. Daniel Reyes <d.reyes@meridian-care-research.org>"],
    "subject": "Draft study protocol — watch-over network evaluation",
    "charset": "utf-8",
    "body": """Dear Professor Reyes,

As promised, please find attached the draft protocol for the joint evaluation of the
Asagiri watch-over network. Section 4 (data handling) still needs the city's approval,
so please treat the document accordingly and do not circulate it beyond your team.

We would appreciate your comments by 20 November.

Kind regards,
""" + SIG_KUDO,
    "attachments": [{
        "kind": "pdf",
        "name": "Protocol_WatchOver_Eval_v0.3.pdf",
        "title": "Watch-over network evaluation protocol v0.3",
        "page_header": "CONFIDENTIAL",
        "page_footer": "Hinode Sangyo / Meridian Care Research — draft v0.3",
        "lines": [
            "Evaluation of a community watch-over network for older residents (Asagiri, Japan)",
            "1. Background: 11 business partners signed watch-over agreements since 2022.",
            "2. Aim: measure time from first sign of trouble to contact with the centre.",
            "3. Design: retrospective review of anonymised alert logs, 2022-2025.",
            "4. Data handling: only aggregated counts leave the centre (pending city approval).",
            "5. Outcomes: alerts per 1,000 residents aged 75+, response time, outcome category.",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "reason 6: attached PDF stamped CONFIDENTIAL on every page, sent abroad",
},
{
    "id": "chiikihoukatsu-035",
    "sender": MURAI,
    "to": ["朝霧中央病院 地域医療連携室 <renkei@asagiri-chuo-hp.or.jp>"],
    "subject": "入院中の方の退院前カンファレンス資料",
    "charset": "cp932",
    "body": """朝霧中央病院
地域医療連携室 御中

お世話になっております。北部包括の村井です。
来週の退院前カンファレンスの資料（在宅での支援体制案）をお送りします。
PDFにはパスワードを設定しています。パスワードはお電話でお伝えします。
""" + SIG_MURAI,
    "attachments": [{
        "kind": "pdf",
        "name": "退院前カンファ資料_0612.pdf",
        "password": "asagiri0612",
        "lines": ["在宅支援体制案", "本人：梓 トヨ 様", "訪問看護 週2回、訪問介護 毎日"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "reason 7: password-protected PDF to a hospital cannot be inspected",
},
{
    "id": "chiikihoukatsu-036",
    "sender": TAKANO,
    "to": ["市川 直樹 <naoki.ichikawa.77@gmail.com>"],
    "subject": "成年後見申立ての必要書類一覧（お父様の件）",
    "charset": "iso-2022-jp",
    "body": """市川 直樹 様

朝霧市北部地域包括支援センターの高野です。
先日ご説明した、後見開始の申立てに必要な書類の一覧と記入例をお送りします。
ご家族の情報も含むため、ZIPファイルにパスワードをかけています。
パスワードはショートメールでお送りします。

ご不明な点はお気軽にお問い合わせください。
""" + SIG_TAKANO,
    "attachments": [{
        "kind": "zip",
        "name": "申立書類_記入例.zip",
        "password": "ichikawa1108",
        "files": [
            {"kind": "pdf", "name": "必要書類一覧.pdf", "lines": ["申立書", "診断書（成年後見用）", "本人情報シート"]},
            {"kind": "docx", "name": "申立書_記入例.docx", "paragraphs": ["申立人 市川 直樹", "本人 市川 勝"]},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "reason 7: encrypted ZIP sent to a family member's gmail address; contents unreadable",
},
{
    "id": "chiikihoukatsu-037",
    "sender": HIRATA,
    "to": [SHAKYO],
    "subject": "サロン活動報告書（10月）",
    "charset": "utf-8",
    "body": """森下様

お世話になっております。平田です。
10月分のサロン活動報告書を添付します。
補助金の実績報告用にご使用ください。
""" + SIG_HIRATA,
    "attachments": [{"kind": "corrupt", "name": "サロン活動報告書_10月.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "reason 7: the DOCX attachment is corrupt",
},
{
    "id": "chiikihoukatsu-038",
    "sender": HONDA,
    "to": ["高齢介護課 介護予防係 <yobou@city.asagiri.lg.jp>"],
    "subject": "介護支援ボランティアポイント 10月実績（北部受付分）",
    "charset": "utf-8",
    "body": """介護予防係 ご担当者様

お世話になっております。北部包括の本多です。
10月に北部で受け付けたボランティアポイントの実績です（タブ区切りで貼り付けます）。
ポイント交付のお手続きをお願いいたします。

登録番号	氏名	生年月日	電話	活動回数	付与ポイント
V-1021	百目鬼 昭子	1950/04/11	049-282-3319	6	600
V-1035	小鳥遊 一成	1948/09/02	090-3014-7725	4	400
V-1040	勘解由小路 美智	1953/01/27	080-2293-6601	8	800
V-1058	九十九 房江	1946/06/15	049-281-4850	3	300
V-1062	一口 幸男	1951/11/08	070-6671-3308	5	500
V-1077	月見里 千鶴	1955/02/19	090-8180-2279	7	700

以上6名分です。
""" + SIG_HONDA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 1: tab-separated list of six volunteers with DOB and phone in the body",
},
{
    "id": "chiikihoukatsu-039",
    "sender": MURAI,
    "to": ["朝霧市消防本部 警防課 救急係 <kyukyu@fd.city.asagiri.lg.jp>"],
    "subject": "救急医療情報キット 新規配布者の情報（北部 11月分）",
    "charset": "iso-2022-jp",
    "body": """朝霧市消防本部　警防課　救急係　御中

お世話になっております。北部包括の村井です。
１１月に救急医療情報キットを配布した方の情報を、協定に基づきお送りします。

【１】
氏名：外山 キヌ（とやま きぬ）
生年月日：昭和８年１０月２０日
住所：朝霧市北原１－２１－４
電話：049-282-1167
かかりつけ：北原内科（高血圧、骨粗しょう症）
緊急連絡先：外山 光男（長男）090-4420-8815

【２】
氏名：真栄田 昇（まえだ のぼる）
生年月日：昭和１４年４月３日
住所：朝霧市若葉台３－１４－２
電話：049-282-5530
かかりつけ：朝霧中央病院 循環器内科（ペースメーカー装着）
緊急連絡先：真栄田 令子（妻）049-282-5530

【３】
氏名：日向 ユキ（ひなた ゆき）
生年月日：大正１５年２月１１日
住所：朝霧市本町２－１２－８
電話：049-281-2074
かかりつけ：若葉台クリニック（認知症、在宅酸素療法）
緊急連絡先：日向 誠（孫）080-7753-1904

【４】
氏名：栃尾 勘助（とちお かんすけ）
生年月日：昭和１２年１月９日
住所：朝霧市栄町４－６－１
電話：049-281-8837
かかりつけ：やまびこクリニック（パーキンソン病）
緊急連絡先：なし（民生委員 遠藤様 049-281-5540）

【５】
氏名：野々村 ハナ（ののむら はな）
生年月日：昭和１７年７月３１日
住所：朝霧市北原３－９－１０
電話：049-282-6641
かかりつけ：北原内科（糖尿病、インスリン使用）
緊急連絡先：野々村 由美（長女）090-1266-7408

以上５名です。""" + SIG_MURAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reasons 1+3: five one-record-per-block entries with DOB, address, phone and illnesses, to the fire department",
},
{
    "id": "chiikihoukatsu-040",
    "sender": HIRATA,
    "to": ["遠藤 民生委員 <endo-minsei@docomo.ne.jp>"],
    "subject": "北原４丁目　８５歳以上ひとり暮らしの方（訪問のお願い）",
    "charset": "utf-8",
    "body": """遠藤様

いつも見守り活動ありがとうございます。平田です。
市から提供された名簿のうち、北原４丁目の８５歳以上でひとり暮らしの方です。
年末の訪問の際、お声かけをお願いできれば幸いです。

・東海林　実　　　昭和１３年５月２日生　　北原４－９－２　　　　　０４９－２８２－４４０７
・四十物　キク　　昭和９年１２月２５日生　北原４－１２－１５　　　０４９－２８２－２２９０
・薄井　ヨシ子　　昭和１４年８月８日生　　北原４－３－１　　　　　０４９－２８２－７０１９
・鍋島　義一　　　昭和１１年３月１４日生　北原４－１７－２２　　　０４９－２８２－３４８２
・大河内　セイ　　昭和１５年１０月１日生　北原４－２－７　コーポ北原２０２　０９０－５５１２－０８７６
・桂木　トラ　　　大正１４年１１月３０日生　北原４－２０－６　　　０４９－２８２－８１４３

ご不在が続く方がいらっしゃったらセンターまでご連絡ください。
""" + SIG_HIRATA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "reason 1: six residents with 和暦 DOB, address and full-width phone to a volunteer's carrier address",
},
]

MESSAGES += [
{
    "id": "chiikihoukatsu-041",
    "sender": OTAGIRI,
    "to": ["錦印刷 制作課 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "見守りキーホルダー 追加作成分の登録データ",
    "charset": "utf-8",
    "body": """錦印刷株式会社 制作課 御中

お世話になっております。北部包括の小田切です。
見守りキーホルダー（登録番号入り）の追加作成をお願いします。
刻印は登録番号のみですが、台帳との照合用に登録データ一式をCSVでお送りします。
納品は12月5日までにお願いできますでしょうか。
""" + SIG_OTAGIRI,
    "attachments": [{
        "kind": "csv",
        "name": "keyholder_add_2025-11.csv",
        "encoding": "utf-8",
        "rows": [
            ["登録番号", "氏名", "ふりがな", "生年月日", "電話", "緊急連絡先"],
            ["AS-N-0412", "廿楽 トシエ", "つづら としえ", "S10.6.3", "049-282-1735", "090-3381-5520"],
            ["AS-N-0413", "勅使河原 正", "てしがわら ただし", "S13.2.27", "049-281-6604", "080-4490-1127"],
            ["AS-N-0414", "御手洗 カヨ", "みたらい かよ", "S8.9.19", "049-282-9026", "049-282-9026"],
            ["AS-N-0415", "東雲 良平", "しののめ りょうへい", "S15.12.1", "070-1204-3398", "090-6617-2084"],
            ["AS-N-0416", "上條 タキ", "かみじょう たき", "T15.4.8", "049-281-0458", "080-3341-7702"],
            ["AS-N-0417", "鷲尾 喜代司", "わしお きよし", "S11.7.21", "049-282-5579", "090-1128-4436"],
            ["AS-N-0418", "伊集院 フミ", "いじゅういん ふみ", "S9.1.30", "049-281-3321", "048-612-0974"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 1: UTF-8 CSV of seven registrants with 和暦 DOB and phones, to the printer who only needed the numbers",
},
{
    "id": "chiikihoukatsu-042",
    "sender": KUDO,
    "to": ["Kenji Morioka <kenji.morioka.sg@outlook.com>"],
    "subject": "Your mother, Mrs Fumiko Morioka — update after hospital visit",
    "charset": "utf-8",
    "body": """Dear Mr Morioka,

This is Naomi Kudo from the Asagiri North Community Comprehensive Support Center.
As you asked, here is an update on your mother, Mrs Fumiko Morioka (born 2 March 1939),
who lives at 2-7-14 Wakabadai, Asagiri-shi, Saitama.

- On 10 November she was seen at Yamabiko Clinic. Dr Saeki diagnosed moderate
  Alzheimer's disease (MMSE 16/30) and started donepezil.
- She was also found to be dehydrated and was admitted to Asagiri Chuo Hospital for
  three days; she was discharged on 14 November.
- Her care-level application has been submitted; the assessment visit is on 25 November.

We think she should not live alone without daily support. Could we arrange a video call
with you this week to discuss home-help and day-care options?

Best regards,
""" + SIG_KUDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "reason 3: English mail to the son's outlook.com with his mother's diagnosis, test score and admission",
},
{
    "id": "chiikihoukatsu-043",
    "sender": MURAI,
    "to": ["あすなろ在宅介護支援センター 介護支援専門員 吉永 <yoshinaga@asunaro-cm.or.jp>"],
    "subject": "ご紹介ケース：伊吹 昭二 様（退院後の在宅支援）",
    "charset": "cp932",
    "body": """あすなろ在宅介護支援センター
吉永様

いつもお世話になっております。北部包括の村井です。
先日お電話でお願いしたケースの概要です。担当のご快諾ありがとうございます。

■伊吹 昭二 様（74歳・男性）
　住所：朝霧市栄町6丁目2番19号　TEL：049-281-5082
　妻（71歳）と二人暮らし
■経過
　9月28日 脳梗塞（左中大脳動脈領域）で朝霧中央病院に救急搬送
　右片麻痺・失語症が残存、回復期リハ病棟を経て11月20日退院予定
■医療
　抗血小板薬内服、高血圧・脂質異常症で通院継続
　入院中に軽度のうつ症状あり、精神科リエゾン介入
■認定
　区分変更申請中（要支援2→見込み 要介護3）

退院前カンファレンスは11月17日14時、病院3階面談室です。
ご同席をお願いいたします。
""" + SIG_MURAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: stroke, aphasia and depression of a named resident sent to an outside care manager",
},
{
    "id": "chiikihoukatsu-044",
    "sender": HONDA,
    "to": ["高齢介護課 地域包括ケア係 北条 <hojo.a@city.asagiri.lg.jp>"],
    "subject": "RE: 【送付】避難行動要支援者名簿（北部・更新分）",
    "charset": "iso-2022-jp",
    "body": """北条様

お世話になっております。北部包括の本多です。
更新分の名簿、受領いたしました。
センター内の鍵付きキャビネットで保管し、旧版は本日シュレッダー処理いたします。

本多

> 北部包括 ご担当者様
> 避難行動要支援者名簿の更新分（北部）を送付します。取扱いには十分ご注意ください。
>
> 氏名　　　　住所　　　　　　　　　電話　　　　　　　要介護度　状態
> 青柳 トミ　朝霧市北原1-4-6　　　049-282-1120　　要介護4　寝たきり
> 石動 吉蔵　朝霧市北原2-7-13　　 049-282-3348　　要介護3　認知症
> 江口 ミツ　朝霧市若葉台1-9-2　　049-282-5011　　要介護5　人工呼吸器
> 大庭 順子　朝霧市本町4-8-8　　　049-281-7792　　身障1級　視覚障害
> 笹倉 勘太　朝霧市栄町3-15-1　　 049-281-2265　　要介護3　車いす
> 千葉 ウタ　朝霧市栄町5-5-5　　　049-281-6610　　要介護4　認知症
>
> 市高齢介護課 北条""" + SIG_HONDA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply to the city: the list of residents is only in the quoted text the city itself sent",
},
{
    "id": "chiikihoukatsu-045",
    "sender": HIRATA,
    "to": ["ほしぞら介護サービス 居宅 主任ケアマネ 梶 <kaji@hoshizora-kaigo.jp>"],
    "subject": "FW: 【社協】ふれあい昼食会 参加者名簿（栄町）",
    "charset": "utf-8",
    "body": """梶さん

お疲れ様です。平田です。
社協さんから届いた昼食会の名簿を転送します。
ほしぞらさんのご利用者が何名か含まれているので、当日の送迎調整にお使いください。

----- 転送メッセージ -----
差出人: 朝霧市社会福祉協議会 森下 <morishita@asagiri-shakyo.or.jp>
送信日時: 2025年11月6日 15:22
宛先: 平田 修二 <hirata.shuji@hinode-sangyo.co.jp>
件名: 【社協】ふれあい昼食会 参加者名簿（栄町）

平田さん
12月のふれあい昼食会（栄町集会所）の参加者名簿です。

氏名,年齢,住所,電話,送迎
本庄 キミエ,84,朝霧市栄町1-2-8,049-281-3075,要
立花 良雄,79,朝霧市栄町1-6-14,049-281-8821,不要
樋渡 サト,91,朝霧市栄町2-11-3,049-281-4406,要
早川 幸,82,朝霧市栄町3-1-20,080-3312-6675,不要
宇野 茂,87,朝霧市栄町4-9-9,049-281-1983,要
前園 ツギ,89,朝霧市栄町5-2-4,049-281-5547,要
森下
""" + SIG_HIRATA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 1: a forward (not a reply) carries the 社協's six-person list to a third organisation",
},
{
    "id": "chiikihoukatsu-046",
    "sender": TAKANO,
    "to": ["白川法律事務所 弁護士 白川 直人 <shirakawa@shirakawa-law.jp>"],
    "cc": ["白川法律事務所 事務 <jimu@shirakawa-law.jp>"],
    "subject": "市長申立て案件：乙部 ハル様 資料一式",
    "charset": "utf-8",
    "body": """白川先生

お世話になっております。北部包括の高野です。
後見人候補者としてご推薦いただいた件について、資料一式をお送りします。
本人情報シートと財産の概要は添付PDFをご覧ください。
診断書（成年後見用）は原本を郵送いたします。
""" + SIG_TAKANO,
    "attachments": [{
        "kind": "pdf",
        "name": "本人情報_財産概要_乙部様.pdf",
        "title": "本人情報シート",
        "lines": [
            "本人情報シート（成年後見制度用）",
            "氏名：乙部 ハル（おとべ はる）　生年月日：昭和8年2月14日",
            "住所：埼玉県朝霧市若葉台2丁目2番11号",
            f"個人番号：{MN[2]}",
            "診断名：アルツハイマー型認知症（重度）　長谷川式 9点",
            "生活状況：長男による年金の使い込みがあり、市が虐待と認定（令和7年9月）",
            "財産：みどり銀行 朝霧北支店 普通 3082716　残高 約42万円",
            "　　　年金（国民年金・遺族厚生年金）月額 約13万円",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reasons 2+3: PDF with a My Number, dementia diagnosis, abuse finding and bank account of one resident",
},
{
    "id": "chiikihoukatsu-047",
    "sender": TAKANO,
    "to": ["みどり銀行 朝霧北支店 支店長代理 小此木 <okonogi@midori-ginko.co.jp>"],
    "subject": "特殊詐欺被害に関するご相談（口座の件）",
    "charset": "iso-2022-jp",
    "body": """みどり銀行　朝霧北支店
小此木様

いつも見守り協定でお世話になっております。北部包括の高野です。
本日、当センターに相談のあった件でご連絡いたします。

お客様の三輪 たか子様（７８歳、朝霧市本町３－１１－２）が、
市役所職員を名乗る電話で「医療費の還付がある」と言われ、
１１月１０日に貴行ＡＴＭから２回に分けて計２００万円を振り込んでしまいました。
朝霧警察署に被害届を提出済みです（受理番号は本人が控えています）。

ご本人の口座：普通預金　口座番号　５５１８２０４
振込先口座の凍結手続きと、ご本人口座の今後の見守り（高額出金時の声かけ）について
ご相談させていただけますでしょうか。""" + SIG_TAKANO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: names a resident as a fraud (crime) victim with her account number, to the partner bank",
},
{
    "id": "chiikihoukatsu-048",
    "sender": TAKANO,
    "to": ["ケアプランセンターひまわり 柘植 <tsuge@himawari-care.jp>"],
    "subject": "Re: キーパーソンの連絡先",
    "charset": "utf-8",
    "body": """柘植さん

高野です。お問い合わせの件、ご家族の連絡先は以下のとおりです。
平日の日中はお仕事のため、携帯へのSMSが確実とのことでした。

  氏名：浜名 由香里（長女）
  携帯：090-6629-1047
  住所：東京都練馬区春日町5-22-7 メゾン春日302

よろしくお願いします。

> 高野さん
> 浜名さんのケース、キーパーソンの長女様の連絡先を教えていただけますか。
> 柘植""" + SIG_TAKANO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one person's contact details (a family key person) to the care manager: may warn, must go",
},
{
    "id": "chiikihoukatsu-049",
    "sender": HIRATA,
    "to": [
        "青葉運輸 朝霧営業所 片桐 <katagiri@aoba-unyu.co.jp>",
        "北国フーズ 配食事業部 <haishoku@kitaguni-foods.co.jp>",
        "みどり銀行 朝霧北支店 <asagirikita@midori-ginko.co.jp>",
        "川崎電機 見守りサービス窓口 <mimamori@kawasaki-denki.co.jp>",
    ],
    "cc": [CITY_KOREI2],
    "subject": "見守り協定事業者 連絡会（12月）開催のお知らせ",
    "charset": "cp932",
    "body": """見守り協定事業者の皆さま

平素より高齢者の見守りにご協力いただき、誠にありがとうございます。
朝霧市北部地域包括支援センターの平田です。

年末の見守り協定事業者連絡会を下記のとおり開催いたします。

　日時：12月9日（火）15:00～16:30
　会場：朝霧市役所 本庁舎 5階 501会議室
　議題：①今年度の通報・連絡実績（件数のみ）
　　　　②年末年始の連絡体制
　　　　③新規協定事業者のご紹介

ご出席者のお名前を12月2日までにご返信ください。
""" + SIG_HIRATA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "reason 4: four partner companies and the city all visible in To/Cc; should have been Bcc",
},
{
    "id": "chiikihoukatsu-050",
    "sender": YOSHIOKA,
    "to": ["北国フーズ 経理課 <keiri@kitaguni-foods.co.jp>"],
    "subject": "請求書 No.KF-2510-0387 のお支払予定について",
    "charset": "utf-8",
    "body": """北国フーズ株式会社 経理課 御中

いつもお世話になっております。日の出産業 経理の吉岡です。
下記請求書について、お支払予定日をご連絡いたします。

  請求書番号：KF-2510-0387（10月分 配食サービス委託料）
  貴社登録番号：T8030001087654
  請求金額：￥1,284,030（税込）
  内訳：普通食 1,102食 × 620円、治療食 514食 × 780円、配達安否確認加算
  お支払予定日：2025年11月28日（振込）

振込手数料は当社負担です。
ご不明な点がございましたらお知らせください。

--
日の出産業株式会社 経理部　吉岡 真澄
TEL 049-280-1100（代）""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice/payment mail with an invoice number and the supplier's T-number; no people's data",
},
]

MESSAGES += [
{
    "id": "chiikihoukatsu-051",
    "sender": OTAGIRI,
    "to": ["高齢介護課 認知症施策担当 白石 <shiraishi.n@city.asagiri.lg.jp>"],
    "subject": "認知症サポーター養成講座（10/25 北部公民館）受講者報告",
    "charset": "utf-8",
    "body": """白石様

お世話になっております。小田切です。
10月25日に実施した認知症サポーター養成講座の受講者報告をお送りします。
サポーターカードの発行をお願いいたします（住民の部・事業所の部の2シート）。
""" + SIG_OTAGIRI,
    "attachments": [{
        "kind": "xlsx",
        "name": "サポーター養成講座_受講者_1025.xlsx",
        "sheets": {
            "住民の部": [
                ["認知症サポーター養成講座 受講者名簿（令和7年10月25日 北部公民館）", "", "", "", ""],
                ["", "", "", "", ""],
                ["No", "氏名", "年代", "住所", "電話"],
                [1, "鈴鹿 伸江", "60代", "朝霧市北原1-11-5", "049-282-4471"],
                [2, "蓮見 孝", "70代", "朝霧市北原2-4-16", "049-282-0938"],
                [3, "巽 祐子", "40代", "朝霧市若葉台3-3-7", "090-6612-4408"],
                [4, "保坂 進", "70代", "朝霧市本町2-19-1", "049-281-5217"],
                [5, "錦織 あや", "50代", "朝霧市栄町6-8-10", "080-2207-3915"],
                [6, "嶋 敏之", "60代", "朝霧市若葉台4-15-2", "049-282-6604"],
                [7, "芦田 咲", "20代", "朝霧市本町5-1-3 レジデンス本町401", "070-4428-1196"],
            ],
            "事業所の部": [
                ["受講事業所", "", ""],
                ["事業所名", "受講人数", "代表電話"],
                ["スーパーヤマイチ 若葉台店", 6, "049-282-9191"],
                ["朝霧タクシー", 4, "049-281-1234"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 1: XLSX (title row above header, two sheets) with seven residents' addresses and phones",
},
{
    "id": "chiikihoukatsu-052",
    "sender": MURAI,
    "to": ["朝霧市保健センター 精神保健担当 保健師 日下部 <kusakabe@city.asagiri.lg.jp>"],
    "subject": "セルフネグレクトが疑われる方の同行訪問のお願い",
    "charset": "iso-2022-jp",
    "body": """日下部さん

お疲れ様です。北部包括の村井です。
先日の電話の件、概要をお送りします。

対象：曽我部 光男さん（６９歳）朝霧市北原５－２－１７（持ち家・独居）
・２０代で統合失調症の診断、１０年以上通院が途絶えている（前医：県立精神医療センター）
・自宅周囲にごみが堆積、悪臭で近隣から苦情。電気は９月に停止。
・「監視されている」との発言あり。体重減少が目立ち、脱水も心配。
・兄（県外在住）とは疎遠。

１１月１８日（火）午前の同行訪問をお願いできますでしょうか。
村井""" + SIG_MURAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: a named man's schizophrenia diagnosis and psychiatric history to the city health centre",
},
{
    "id": "chiikihoukatsu-053",
    "sender": SASAKI,
    "to": [CITY_KOREI],
    "subject": "支援困難事例 月例報告（10月）",
    "charset": "utf-8",
    "body": """岡部様

お世話になっております。佐々木です。
10月の支援困難事例の月例報告です（表はHTML版をご覧ください）。

No.1 城之内 文（90）栄町2-9-7 049-281-2290 認知症・徘徊、警察保護2回
No.2 甲斐 敏行（76）本町1-5-30 090-8871-0342 アルコール依存、近隣トラブル
No.3 曽我部 光男（69）北原5-2-17 統合失調症、セルフネグレクト
No.4 柳瀬 トキ（85）栄町1-9-3 049-281-4470 介護者の夫が認知症、ネグレクト
No.5 根津 勇（83）北原2-20-5 070-2345-8810 がん末期、独居
No.6 薬丸 剛（68）栄町6-12-3 前科あり、生活保護、訪問拒否
""" + SIG_SASAKI,
    "html": """<html><body>
<p>岡部様</p><p>お世話になっております。佐々木です。<br>10月の支援困難事例の月例報告です。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<thead><tr><th>No</th><th>氏名</th><th>年齢</th><th>住所</th><th>電話</th><th>課題</th></tr></thead>
<tbody>
<tr><td>1</td><td>城之内 文</td><td>90</td><td>朝霧市栄町2-9-7</td><td>049-281-2290</td><td>認知症・徘徊、警察保護2回</td></tr>
<tr><td>2</td><td>甲斐 敏行</td><td>76</td><td>朝霧市本町1-5-30</td><td>090-8871-0342</td><td>アルコール依存、近隣トラブル</td></tr>
<tr><td>3</td><td>曽我部 光男</td><td>69</td><td>朝霧市北原5-2-17</td><td>－</td><td>統合失調症、セルフネグレクト</td></tr>
<tr><td>4</td><td>柳瀬 トキ</td><td>85</td><td>朝霧市栄町1-9-3</td><td>049-281-4470</td><td>介護者の夫が認知症、ネグレクト</td></tr>
<tr><td>5</td><td>根津 勇</td><td>83</td><td>朝霧市北原2-20-5</td><td>070-2345-8810</td><td>がん末期、独居</td></tr>
<tr><td>6</td><td>薬丸 剛</td><td>68</td><td>朝霧市栄町6-12-3</td><td>－</td><td>前科あり、生活保護、訪問拒否</td></tr>
</tbody></table>
<p>佐々木 恵美<br>朝霧市北部地域包括支援センター</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reasons 1+3: text+HTML list of six difficult cases with diagnoses, addiction and criminal record",
},
{
    "id": "chiikihoukatsu-054",
    "sender": OTAGIRI,
    "to": ["なごみ訪問歯科クリニック 受付 <uketsuke@nagomi-shika.jp>"],
    "subject": "訪問歯科診療のご依頼（初診）",
    "charset": "cp932",
    "body": """なごみ訪問歯科クリニック 受付ご担当者様

朝霧市北部地域包括支援センターの小田切と申します。
以下の方の訪問歯科診療（初診）をお願いしたく、ご連絡いたしました。

　氏名　　：　鳩山 ツネ　様（女性）
　生年月日：　昭和10年9月9日
　住所　　：　朝霧市若葉台1丁目12番6号
　電話　　：　049-282-3904（同居の次女 鳩山 恵子様）
　保険　　：　後期高齢者医療被保険者証
　　　　　　　保険者番号 39112345　被保険者番号 01928374
　介護保険：　要介護3
　主訴　　：　入れ歯が合わず食事量が減っている。むせ込みあり。

ご都合のよい日時をご連絡いただけますと幸いです。
""" + SIG_OTAGIRI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 2 (+3): health-insurance insurer and insured numbers of a named resident, with her symptoms",
},
{
    "id": "chiikihoukatsu-055",
    "sender": TAKANO,
    "to": ["遠藤 民生委員 <endo-minsei@docomo.ne.jp>"],
    "subject": "Re: 明日の同行訪問",
    "charset": "iso-2022-jp",
    "body": """遠藤様

高野です。ご連絡ありがとうございます。
明日は１０時に北原公園の駐車場で待ち合わせでお願いします。
訪問先は 鬼頭 政吉 様宅（朝霧市本町５－２０－３）です。
インターホンが壊れているので、勝手口から声をかけるとよいそうです。

よろしくお願いいたします。

> 明日の件、何時にどちらへ伺えばよいでしょうか。　遠藤""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "one resident's name and address to one volunteer on a carrier address: a single record, may warn",
},
{
    "id": "chiikihoukatsu-056",
    "sender": HIRATA,
    "to": ["朝霧市国際交流協会 通訳派遣 <tsuyaku@asagiri-kokusai.or.jp>"],
    "subject": "中国語通訳者の派遣依頼（介護保険の説明）",
    "charset": "utf-8",
    "body": """朝霧市国際交流協会
通訳派遣ご担当者様

お世話になっております。朝霧市北部地域包括支援センターの平田です。
介護保険サービスの説明のため、中国語（普通話）の通訳派遣をお願いします。

　対象者：　王 秀蘭（ワン シウラン）様　1948年3月6日生
　住所：　　朝霧市北原2-15-9 北原マンション105
　国籍：　　中国
　在留カード番号：　AB12345678CD（永住者）
　希望日時：　11月26日（水）10:00〜11:30（ご自宅）

派遣申請書の記入に必要とのことで在留カードの情報を記載しています。
よろしくお願いいたします。
""" + SIG_HIRATA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "reason 2: a resident's residence-card number sent to the interpreter association",
},
{
    "id": "chiikihoukatsu-057",
    "sender": HONDA,
    "to": ["介護保険課 給付係 <kaigo-kyufu@city.asagiri.lg.jp>"],
    "subject": "高額介護サービス費 支給申請（代行分）一覧",
    "charset": "cp932",
    "body": """介護保険課 給付係 ご担当者様

お世話になっております。北部包括の本多です。
窓口で代行受付した高額介護サービス費の支給申請5件分の一覧です。
申請書原本は本日午後、庁内便でお届けします。
""" + SIG_HONDA,
    "attachments": [{
        "kind": "xlsx",
        "name": "高額介護_代行申請一覧_1112.xlsx",
        "sheets": {
            "申請一覧": [
                ["受付日", "被保険者番号", "氏名", "生年月日", "個人番号", "振込口座"],
                ["11/4", "0004412093", "小鳥遊 カネ", "S9.4.18", MN[3], "みどり銀行 朝霧北 普通 1204478"],
                ["11/5", "0004409861", "御子柴 徳治", "S12.8.30", MN[4], "朝霧信用金庫 本店 普通 0338152"],
                ["11/7", "0004415570", "一色 マサ", "S7.1.22", MN[5], "ゆうちょ 10310-28471561"],
                ["11/10", "0004402218", "南雲 源太", "S14.11.11", MN[6], "みどり銀行 本町 普通 2290613"],
                ["11/11", "0004418804", "西園寺 すず", "S11.5.5", MN[7], "朝霧信用金庫 北原 普通 0712094"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "reasons 1+2: XLSX of five applicants with My Numbers, DOB and bank accounts, to the city",
},
{
    "id": "chiikihoukatsu-058",
    "sender": HIRATA,
    "to": ["社協 北部地区担当 森下 <morishita@asagiri-shakyo.or.jp>"],
    "subject": "友愛訪問 記録（10月分）の共有",
    "charset": "utf-8",
    "body": """森下様

平田です。友愛訪問ボランティアの10月分の記録をZIPでまとめてお送りします。
中身はWord（訪問記録）とCSV（訪問先一覧）です。
""" + SIG_HIRATA,
    "attachments": [{
        "kind": "zip",
        "name": "友愛訪問_10月.zip",
        "files": [
            {
                "kind": "docx",
                "name": "訪問記録_10月.docx",
                "paragraphs": ["友愛訪問 記録（令和7年10月）", "訪問ボランティア：設楽、栗林、藤堂"],
                "tables": [[
                    ["訪問日", "訪問先", "住所", "電話", "様子"],
                    ["10/3", "浅利 ツル", "朝霧市北原1-3-7", "049-282-0117", "元気。庭の手入れの話"],
                    ["10/3", "雨宮 新平", "朝霧市北原1-15-22", "049-282-3095", "不在、ポストに手紙"],
                    ["10/10", "生田目 清", "朝霧市若葉台3-1-19", "049-282-8841", "息子さんが帰省中"],
                    ["10/10", "上遠野 ミヨ", "朝霧市本町5-2-10", "049-281-7724", "足が痛いとのこと"],
                    ["10/17", "東海林 実", "朝霧市北原4-9-2", "049-282-4407", "元気"],
                    ["10/24", "饗庭 繁", "朝霧市本町2-28-1", "049-281-6612", "サロンに誘った"],
                    ["10/24", "米倉 キミ", "朝霧市若葉台5-6-3", "049-282-1048", "補聴器の電池切れ"],
                    ["10/31", "国分 てる", "朝霧市栄町5-1-18", "049-281-0836", "元気"],
                ]],
            },
            {
                "kind": "csv",
                "name": "訪問先一覧.csv",
                "encoding": "cp932",
                "rows": [
                    ["氏名", "住所", "電話"],
                    ["浅利 ツル", "朝霧市北原1-3-7", "049-282-0117"],
                    ["雨宮 新平", "朝霧市北原1-15-22", "049-282-3095"],
                    ["生田目 清", "朝霧市若葉台3-1-19", "049-282-8841"],
                    ["上遠野 ミヨ", "朝霧市本町5-2-10", "049-281-7724"],
                    ["東海林 実", "朝霧市北原4-9-2", "049-282-4407"],
                    ["饗庭 繁", "朝霧市本町2-28-1", "049-281-6612"],
                    ["米倉 キミ", "朝霧市若葉台5-6-3", "049-282-1048"],
                    ["国分 てる", "朝霧市栄町5-1-18", "049-281-0836"],
                ],
            },
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 1: plain ZIP holding a DOCX table and a CSV of eight visited residents with address and phone",
},
{
    "id": "chiikihoukatsu-059",
    "sender": MURAI,
    "to": ["朝霧大学 看護学部 老年看護学 准教授 結城 <yuki.t@asagiri-u.ac.jp>"],
    "subject": "高齢者実態把握調査データ（共同研究用）",
    "charset": "utf-8",
    "body": """結城先生

お世話になっております。村井です。
共同研究の件、実態把握調査の個票データ（北部・75歳以上の訪問分）をお送りします。
旧システムから出力したため .xls 形式です。分析用のID振り直しは先生の方でお願いします。
""" + SIG_MURAI,
    "attachments": [{
        "kind": "xls",
        "name": "実態把握_個票_北部.xls",
        "sheets": {
            "個票": [
                ["調査ID", "氏名", "生年月日", "住所", "世帯", "基本チェックリスト", "認知機能", "既往"],
                ["N-001", "岩渕 キヨ", "1939/02/08", "朝霧市若葉台3-5-12", "独居", "運動器該当", "低下なし", "高血圧"],
                ["N-002", "神保 トシ", "1937/09/02", "朝霧市北原1-22-6", "独居", "閉じこもり該当", "軽度低下", "脳梗塞"],
                ["N-003", "大畑 勝利", "1943/04/25", "朝霧市若葉台2-14-3", "夫婦", "非該当", "低下なし", "糖尿病"],
                ["N-004", "檜山 弘", "1940/07/07", "朝霧市若葉台1-8-40", "独居", "うつ該当", "中等度低下", "うつ病"],
                ["N-005", "米倉 キミ", "1939/06/01", "朝霧市若葉台5-6-3", "独居", "口腔該当", "軽度低下", "難聴・白内障"],
                ["N-006", "外山 キヌ", "1933/10/20", "朝霧市北原1-21-4", "子と同居", "運動器該当", "低下なし", "骨粗しょう症"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reasons 1+3: legacy XLS of six named residents with DOB, address, cognitive status and medical history to a university",
},
{
    "id": "chiikihoukatsu-060",
    "sender": OTAGIRI,
    "to": ["認知症介護研究センター 研修部 講師 芳賀 <haga@ninchisho-kenshu.or.jp>"],
    "subject": "事例検討会（12/2）で使用するスライド",
    "charset": "utf-8",
    "body": """芳賀先生

いつもお世話になっております。小田切です。
12月2日の事例検討会で提示する事例のスライドをお送りします。
助言の準備にお役立てください。
""" + SIG_OTAGIRI,
    "attachments": [{
        "kind": "pptx",
        "name": "事例検討_1202.pptx",
        "slides": [
            ["事例検討会 令和7年12月2日", "提出：朝霧市北部地域包括支援センター"],
            ["事例の概要", "楢崎 富雄 様（90歳・男性）朝霧市栄町3-6-11", "妻（86歳）と二人暮らし", "レビー小体型認知症 要介護3"],
            ["経過", "幻視・夜間の外出が増加、8月と11月に警察保護", "インスリン自己注射の管理が困難に", "妻の介護疲れ（不眠・腰痛）"],
            ["検討したいこと", "在宅継続か施設入所か", "妻の意向と本人の意向のずれ"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: PPTX case slides name a resident with address and dementia diagnosis, to an outside lecturer",
},
]

MESSAGES += [
{
    "id": "chiikihoukatsu-061",
    "sender": HIRATA,
    "to": ["青葉運輸 朝霧営業所 片桐所長 <katagiri@aoba-unyu.jp>"],
    "subject": "先日の通報へのお礼",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社　朝霧営業所
片桐所長様

いつもお世話になっております。北部包括の平田です。
先日は、配達員の方から「新聞と荷物がたまっている」とのご連絡をいただき、
ありがとうございました。
すぐに訪問したところ、ご本人は室内で転倒して動けなくなっており、
無事に救急搬送につながりました。

配達員の方にもくれぐれもよろしくお伝えください。
１２月の連絡会で、改めて事例としてご紹介させていただければと思います。""" + SIG_HIRATA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "reason 5: aoba-unyu.jp drops the co. of the partner's aoba-unyu.co.jp",
},
{
    "id": "chiikihoukatsu-062",
    "sender": OTAGIRI,
    "to": ["錦印刷 営業部 小宮山 <komiyama@nishiki-insatu.co.jp>"],
    "subject": "認知症ケアパス（改訂版）の入稿について",
    "charset": "cp932",
    "body": """錦印刷株式会社
小宮山様

お世話になっております。北部包括の小田切です。
認知症ケアパス改訂版の原稿がまとまりましたので、来週月曜に入稿いたします。

　仕様：A4 中綴じ 16ページ フルカラー
　部数：3,000部
　納期：12月19日（金）センター着

相談窓口一覧のページは市の確認待ちのため、差し替えの可能性があります。
見積書の再発行をお願いできますでしょうか。
""" + SIG_OTAGIRI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "reason 5: nishiki-insatu.co.jp (dropped s) imitates the partner printer's nishiki-insatsu.co.jp",
},
{
    "id": "chiikihoukatsu-063",
    "sender": NAKANO,
    "to": ["高齢介護課 課長 大友 <otomo.h@city.asagiri.lg.jp>"],
    "subject": "【社外秘】次年度 地域包括支援センター運営委託料の積算について",
    "charset": "utf-8",
    "body": """社外秘

朝霧市 高齢介護課
大友課長様

いつも大変お世話になっております。日の出産業 福祉事業部の中野でございます。
次年度の委託料について、当社の積算根拠をお示しいたします。

  人件費（3職種＋生活支援コーディネーター 計7.0人）  41,860千円
  事務費・賃借料                                      5,240千円
  システム利用料（ツバサシステム）                     1,320千円
  一般管理費（8%）                                    3,874千円
  合計                                                52,294千円

人件費については処遇改善を反映しており、現行比 6.8% の増となっております。
ご検討のほど、何卒よろしくお願い申し上げます。
""" + SIG_NAKANO,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "reason 6: subject and body stamped 社外秘 on a cost breakdown sent to the city",
},
{
    "id": "chiikihoukatsu-064",
    "sender": MURAI,
    "to": ["錦印刷 制作課 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "家族会会報の発送（宛名ラベル用データ）",
    "charset": "utf-8",
    "body": """錦印刷 制作課 ご担当者様

お世話になっております。北部包括の村井です。
「認知症の人と家族の会 北部支部」会報の発送代行をお願いします。
宛名ラベル用の会員名簿をPDFでお送りしますので、ラベル印刷と封入・発送をお願いいたします。
""" + SIG_MURAI,
    "attachments": [{
        "kind": "pdf",
        "name": "家族会_会員名簿_宛名用.pdf",
        "title": "会員名簿",
        "lines": ["認知症の人と家族の会 北部支部 会員名簿（令和7年11月）"],
        "table": [
            ["会員No", "氏名", "郵便番号", "住所", "電話"],
            ["101", "舘野 ミツ", "350-1192", "埼玉県朝霧市北原4-1-8", "049-282-4459"],
            ["104", "荻窪 陽子", "176-0012", "東京都練馬区豊玉北3-14-2", "03-5912-3380"],
            ["107", "宮之原 聡", "350-1185", "埼玉県朝霧市若葉台1-6-19", "090-4418-2271"],
            ["110", "塚本 絹代", "350-1180", "埼玉県朝霧市栄町2-20-8", "049-281-7735"],
            ["112", "中川 玲子", "350-1187", "埼玉県朝霧市本町6-4-4", "049-281-2214"],
            ["115", "秦 英里子", "330-0061", "埼玉県さいたま市浦和区常盤7-2-3", "048-833-9160"],
            ["118", "松永 浩之", "350-1192", "埼玉県朝霧市北原2-11-8", "080-5541-6607"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 1: PDF table of seven dementia-family-association members with addresses and phones to the printer",
},
{
    "id": "chiikihoukatsu-065",
    "sender": HIRATA,
    "to": ["寿居宅介護支援事業所 管理者 真田 <sanada@kotobuki-kyotaku.co.jp>"],
    "subject": "FW: 通いの場 参加者の連絡先（栄町集会所）",
    "charset": "iso-2022-jp",
    "body": """真田様

お疲れ様です。平田です。
栄町集会所の通いの場の世話役さんから届いたメールを、そのまま添付で転送します。
寿さんのご利用者で参加を希望されている方がいるので、重複確認にお使いください。""" + SIG_HIRATA,
    "attachments": [{
        "kind": "eml",
        "name": "通いの場 参加者の連絡先.eml",
        "message": {
            "sender": "栄町集会所 世話役 芝 <shiba.sakaecho@gmail.com>",
            "to": [HIRATA],
            "subject": "通いの場 参加者の連絡先",
            "charset": "iso-2022-jp",
            "body": """平田さん

栄町の通いの場（毎週木曜）の参加者の連絡先です。
12月からの送迎ボランティアの件、よろしくお願いします。

１．本庄 キミエ　栄町１－２－８　０４９－２８１－３０７５
２．樋渡 サト　　栄町２－１１－３　０４９－２８１－４４０６
３．宇野 茂　　　栄町４－９－９　　０４９－２８１－１９８３
４．前園 ツギ　　栄町５－２－４　　０４９－２８１－５５４７
５．千葉 ウタ　　栄町５－５－５　　０４９－２８１－６６１０
６．笹倉 勘太　　栄町３－１５－１　０４９－２８１－２２６５

芝""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 1: forwarded as an attached mail, six residents' addresses and full-width phones go to a care office",
},
{
    "id": "chiikihoukatsu-066",
    "sender": TAKANO,
    "to": ["高齢介護課 虐待対応担当 <gyakutai-taiou@city.asagiri.lg.jp>"],
    "subject": "FW: 入院患者さんに関するご連絡（朝霧中央病院より）",
    "charset": "utf-8",
    "body": """虐待対応担当 ご担当者様

北部包括の高野です。
朝霧中央病院のMSWから届いたメールを添付で転送します。
入院中の方について、退院後の自宅への帰住に病院が懸念を示しています。
早急にケース会議の開催をご検討ください。
""" + SIG_TAKANO,
    "attachments": [{
        "kind": "eml",
        "name": "入院患者さんに関するご連絡.eml",
        "message": {
            "sender": "朝霧中央病院 MSW 桐谷 <kiritani@asagiri-chuo-hp.or.jp>",
            "to": [TAKANO],
            "subject": "入院患者さんに関するご連絡",
            "charset": "utf-8",
            "body": """高野様

お世話になっております。朝霧中央病院の桐谷です。
11月8日に入院された砂川 力蔵様（87歳、朝霧市本町2-4-8）について、
入院時の診察で背部と大腿に複数の新旧混在のあざ、低栄養（BMI 15.8）が確認されました。
ご本人は「娘に叩かれた」と話しています。診断は大腿骨頸部骨折、脱水症。
主治医は虐待の可能性を指摘しており、カルテにも記載しています。

退院予定は未定ですが、ご自宅に戻るのは難しいと考えています。
ご対応をお願いいたします。

桐谷""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: forwarded hospital mail (attached .eml) with a named patient's injuries, diagnosis and suspected abuse",
},
{
    "id": "chiikihoukatsu-067",
    "sender": KUDO,
    "to": ["SafeHome Sensors support <onboarding@safehome-sensors.com>"],
    "subject": "Pilot installation — resident list for the 5 homes",
    "charset": "utf-8",
    "body": """Hello,

Following our call, here are the five homes for the motion-sensor pilot in Asagiri.
Your installer will need to call each resident before the visit.

Name               Address                                   Phone           Born
-----------------  ----------------------------------------  --------------  ----------
Toshie Tsuzura     1-3-6 Kitahara, Asagiri-shi, Saitama      049-282-1735    1935-06-03
Tadashi Teshigawara 2-8-1 Honcho, Asagiri-shi, Saitama       049-281-6604    1938-02-27
Kayo Mitarai       4-10-2 Wakabadai, Asagiri-shi, Saitama    049-282-9026    1933-09-19
Kiyoshi Washio     5-1-9 Kitahara, Asagiri-shi, Saitama      049-282-5579    1936-07-21
Fumi Ijuin         3-7-4 Sakaecho, Asagiri-shi, Saitama      049-281-3321    1934-01-30

Please schedule installation between 24 and 28 November.

Regards,
""" + SIG_KUDO + DISC_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "reason 1: English padded table of five residents (romaji names, address, phone, DOB) to a foreign vendor",
},
{
    "id": "chiikihoukatsu-068",
    "sender": HONDA,
    "to": [
        "北部包括 当番 <toban@mail.hinode-sangyo.co.jp>",
        SASAKI, TAKANO, MURAI, OTAGIRI, HIRATA,
    ],
    "subject": "年末年始の緊急連絡当番表と職員連絡先",
    "charset": "cp932",
    "body": """北部包括の皆さま

本多です。年末年始（12/29～1/3）の当番表と、緊急時の職員連絡先一覧です。
個人携帯の番号も含みますので、社外への転送はしないでください。

日付    当番      副当番    
------  --------  --------
12/29   高野      平田
12/30   村井      小田切
12/31   小田切    高野
1/1     佐々木    村井
1/2     平田      佐々木
1/3     高野      村井

職員連絡先（個人携帯）
佐々木 恵美　090-2287-4519　さいたま市北区宮原町3-41-2
高野 健太　　080-6613-2095　朝霧市栄町4-18-6
村井 里奈　　090-4470-3318　川越市新宿町2-9-15
小田切 雄一　070-1183-6627　朝霧市若葉台2-21-3
平田 修二　　080-9921-4408　狭山市入間川1-12-7
本多 さやか　090-3316-7742　朝霧市本町6-10-1
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "staff private phones and addresses, but every recipient is internal (incl. mail.hinode-sangyo.co.jp)",
},
{
    "id": "chiikihoukatsu-069",
    "sender": TAKANO,
    "to": [SASAKI],
    "cc": ["北部包括 共有 <hokubu-staff@houkatsu.hinode-sangyo.co.jp>"],
    "subject": "コアメンバー会議資料（暗号化ZIP）",
    "charset": "utf-8",
    "body": """佐々木さん

高野です。明日のコアメンバー会議の資料です。
共有フォルダにも置いていますが、念のためパスワード付きで送ります。
パスワードはいつものルールです。
""",
    "attachments": [{
        "kind": "zip",
        "name": "コアメンバー会議_松永様.zip",
        "password": "core-1113",
        "files": [{"kind": "docx", "name": "経過記録.docx", "paragraphs": ["松永 フサ子様 経過記録", "11/12 分離について本人の意向確認"]}],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "password ZIP but all recipients internal: nothing leaves the organisation",
},
{
    "id": "chiikihoukatsu-070",
    "sender": ISHIGURO,
    "to": ["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
    "subject": "データ移行作業の進め方について",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業の石黒です。
新システムへのデータ移行について、当社の方針をお伝えします。

・包括のケース記録は機密性の高い情報を含むため、移行データを
　メールやＵＳＢメモリで貴社へお渡しすることはいたしません。
・移行作業はセンター内の端末で、貴社ＳＥの方に立ち会いのもと実施をお願いします。
・作業用アカウントは作業日のみ有効とし、終了後に削除します。

作業日程の候補をいただけますでしょうか。
""" + SIG_ISHIGURO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 機密 used in passing about a migration policy; no data, no marking",
},
]

MESSAGES += [
{
    "id": "chiikihoukatsu-071",
    "sender": SASAKI,
    "to": ["社協 総務課 研修担当 <kenshu@asagiri-shakyo.or.jp>"],
    "subject": "個人情報保護研修（合同開催）の講師について",
    "charset": "utf-8",
    "body": """社会福祉協議会 総務課 研修ご担当者様

いつもお世話になっております。北部包括の佐々木です。
1月に予定している合同の個人情報保護研修について、講師の候補が決まりました。

  講師：白川法律事務所 白川 直人 弁護士
  テーマ：「福祉現場の個人情報 ― 共有してよい場面、いけない場面」
  日時：1月20日（火）13:30〜15:30
  対象：社協・包括・居宅介護支援事業所の職員（定員60名）

要配慮個人情報の第三者提供や、メール誤送信の事例も取り上げていただく予定です。
会場の確保をお願いできますでしょうか。
""" + SIG_SASAKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "training announcement: 個人情報 and 要配慮個人情報 mentioned only as topics",
},
{
    "id": "chiikihoukatsu-072",
    "sender": HONDA,
    "to": [CITY_KOREI2],
    "subject": "上半期 相談件数の集計（CSV）",
    "charset": "utf-8",
    "body": """地域包括ケア係 ご担当者様

北部包括の本多です。
上半期（4〜9月）の相談件数を区分別・月別に集計したCSVをお送りします。
個人が特定される情報は含んでおりません。
""" + SIG_HONDA,
    "attachments": [{
        "kind": "csv",
        "name": "soudan_kensu_R7_H1.csv",
        "encoding": "utf-8",
        "rows": [
            ["区分", "4月", "5月", "6月", "7月", "8月", "9月", "計"],
            ["介護保険", 62, 58, 71, 66, 69, 75, 401],
            ["認知症", 24, 27, 22, 30, 28, 31, 162],
            ["権利擁護・虐待", 6, 9, 8, 11, 7, 10, 51],
            ["医療・保健", 18, 15, 19, 21, 17, 16, 106],
            ["生活困窮", 5, 7, 4, 6, 8, 9, 39],
            ["その他", 12, 10, 14, 9, 13, 15, 73],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate statistics only, no individuals",
},
{
    "id": "chiikihoukatsu-073",
    "sender": OTAGIRI,
    "to": ["社協 広報担当 <kouhou@asagiri-shakyo.or.jp>"],
    "subject": "社協だより掲載用：オレンジカフェ北原 12月のご案内",
    "charset": "utf-8",
    "html": """<html><body>
<div style="font-family:sans-serif">
<p>社協 広報ご担当者様</p>
<p>いつもお世話になっております。北部包括の小田切です。<br>
社協だより1月号の「地域のつどい」欄に、下記の掲載をお願いいたします。</p>
<div style="border:2px solid #f08c00;padding:8px;width:460px">
<h3 style="color:#f08c00;margin:0">オレンジカフェ北原　12月のご案内</h3>
<p>認知症の方、ご家族、地域の方どなたでもどうぞ。<br>
<b>日時</b>：12月13日（土）13:30〜15:00<br>
<b>場所</b>：北原コミュニティ会館 1階ホール（朝霧市北原3-5-1）<br>
<b>内容</b>：ミニコンサート（ハーモニカ）、介護相談コーナー<br>
<b>参加費</b>：100円（飲み物代）<br>
<b>問合せ</b>：朝霧市北部地域包括支援センター 049-281-3370</p>
</div>
<p>写真は後ほど別送します。よろしくお願いいたします。</p>
<p>小田切</p>
</div></body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML-only event notice with a community hall address and the centre's phone: business data only",
},
{
    "id": "chiikihoukatsu-074",
    "sender": HIRATA,
    "to": ["錦印刷 営業部 小宮山 <komiyama@nishiki-insatsu.co.jp>"],
    "subject": "チラシ「ちょこっと支え合い講座」校正戻し",
    "charset": "cp932",
    "body": """小宮山様

お世話になっております。平田です。
チラシの初校、確認しました。赤字を入れたPDFをお送りします。
・日付の曜日の誤り（2/14 は土曜日）
・会場の地図の向きを北が上になるように
・QRコードは申込フォームのURLに差し替え
再校は来週中にいただけますと助かります。
""" + SIG_HIRATA,
    "attachments": [{
        "kind": "pdf",
        "name": "チラシ_支え合い講座_初校_赤字.pdf",
        "lines": [
            "ちょこっと支え合い講座 ― ゴミ出し・電球交換から始める地域の助け合い",
            "日時：2月14日（土）10:00～12:00　【赤字】曜日を「土」に修正",
            "会場：北部公民館 2階 講堂（朝霧市北原2-10-1）",
            "講師：生活支援コーディネーター 平田 修二",
            "申込：朝霧市北部地域包括支援センター 049-281-3370",
            "【赤字】QRコードを申込フォームのものに差し替え",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "flyer proof PDF for a partner printer; only the centre's and a public hall's contacts",
},
{
    "id": "chiikihoukatsu-075",
    "sender": MURAI,
    "to": ["若葉台クリニック 看護師長 <nurse@wakabadai-cl.jp>"],
    "subject": "院内勉強会のスライド（認知症の早期発見と包括の役割）",
    "charset": "utf-8",
    "body": """若葉台クリニック 看護師長様

お世話になっております。北部包括の村井です。
来週の院内勉強会で使用するスライドをお送りします。
事例は架空のものを使っています。時間は30分程度を想定しています。
""" + SIG_MURAI,
    "attachments": [{
        "kind": "pptx",
        "name": "勉強会_認知症の早期発見.pptx",
        "slides": [
            ["認知症の早期発見と地域包括支援センターの役割", "朝霧市北部地域包括支援センター 保健師 村井"],
            ["こんなサインに気づいたら", "同じ話を繰り返す", "受診日を間違える", "服薬の飲み忘れ・飲みすぎ", "身なりの変化"],
            ["包括につなぐ方法", "電話：049-281-3370（平日8:30〜17:15）", "本人の同意が取れない場合も相談可"],
            ["架空事例：Aさん（80代・独居）", "外来で3回続けて予約日を間違えた", "→ 看護師が包括に連絡 → 初期集中支援へ"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "PPTX teaching slides with an invented, unidentifiable example case",
},
{
    "id": "chiikihoukatsu-076",
    "sender": SASAKI,
    "to": [CITY_KOREI],
    "subject": "運営協議会 次第（案）",
    "charset": "iso-2022-jp",
    "body": """岡部様

お世話になっております。佐々木です。
運営協議会の次第（案）をWordでお送りします。
報告事項の順番など、修正がありましたら直接編集いただいて構いません。""" + SIG_SASAKI,
    "attachments": [{
        "kind": "docx",
        "name": "運営協議会_次第案.docx",
        "paragraphs": [
            "令和7年度 第2回 朝霧市地域包括支援センター運営協議会 次第",
            "日時：令和7年11月27日（木）14時～16時",
            "場所：朝霧市役所 本庁舎5階 501会議室",
            "1 開会",
            "2 報告事項",
            "（1）各センターの上半期事業実績について",
            "（2）認知症初期集中支援チームの活動状況について",
            "3 協議事項",
            "（1）次年度の委託方針について",
            "4 閉会",
        ],
        "tables": [[["資料番号", "資料名"], ["資料1", "上半期事業実績"], ["資料2", "初期集中支援 活動状況"], ["資料3", "次年度委託方針（案）"]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "meeting agenda DOCX for the city; no personal data",
},
{
    "id": "chiikihoukatsu-077",
    "sender": MURAI,
    "to": ["なのはな薬局 北原店 管理薬剤師 <kitahara@nanohana-ph.co.jp>"],
    "subject": "北部圏域の在宅医療に対応している医療機関（一覧）",
    "charset": "cp932",
    "body": """なのはな薬局 北原店
管理薬剤師様

お世話になっております。村井です。
先日お問い合わせのあった、北部圏域で訪問診療に対応している医療機関の一覧です。
CSVでお送りしますのでご活用ください。
""" + SIG_MURAI,
    "attachments": [{
        "kind": "csv",
        "name": "訪問診療_医療機関一覧_北部.csv",
        "encoding": "cp932",
        "rows": [
            ["医療機関名", "診療科", "所在地", "代表電話", "訪問診療", "24時間対応"],
            ["北原内科", "内科", "朝霧市北原1-1-20", "049-282-1111", "可", "否"],
            ["若葉台クリニック", "内科・在宅", "朝霧市若葉台2-1-5", "049-282-2525", "可", "可"],
            ["やまびこクリニック", "精神科・物忘れ外来", "朝霧市本町3-8-2", "049-281-8080", "要相談", "否"],
            ["朝霧中央病院", "総合", "朝霧市中央2-1-1", "049-280-0001", "可（在宅医療部）", "可"],
            ["栄町ファミリー診療所", "内科・小児科", "朝霧市栄町3-3-15", "049-281-3737", "可", "否"],
            ["なごみ訪問歯科クリニック", "歯科", "朝霧市本町1-9-9", "049-281-4618", "可", "否"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "CSV list of clinics (businesses) with switchboard numbers",
},
{
    "id": "chiikihoukatsu-078",
    "sender": CENTER,
    "to": [CENTER],
    "bcc": [
        "nakagawa.reiko55@yahoo.co.jp",
        "s.miyanohara@gmail.com",
        "tsukamoto-fam@ezweb.ne.jp",
        "eriko.hata@icloud.com",
        "hatano.k@softbank.ne.jp",
        "m.aizawa1958@outlook.jp",
    ],
    "subject": "【北部包括】年末年始の窓口休業のお知らせ",
    "charset": "iso-2022-jp",
    "body": """ご家族の皆さま

いつも当センターの活動にご協力いただき、ありがとうございます。
年末年始の窓口休業についてお知らせします。

　休業期間：１２月２９日（月）～１月３日（土）
　休業中の緊急のご相談：朝霧市役所 代表（049-280-2111）から
　　　　　　　　　　　　　当番職員へおつなぎします。

本メールは一斉送信のため、他の方のアドレスは表示されない設定（BCC）で
お送りしています。

朝霧市北部地域包括支援センター
""" + "TEL 049-281-3370",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "notice to families correctly sent in Bcc; free-mail recipients but nobody sees anyone else",
},
{
    "id": "chiikihoukatsu-079",
    "sender": SASAKI,
    "to": ["ケアプランセンターひまわり 管理者 <kanri@himawari-care.jp>"],
    "subject": "FW: 【県】主任介護支援専門員更新研修のご案内",
    "charset": "utf-8",
    "body": """ひまわり 管理者様

お世話になっております。佐々木です。
県の介護支援専門員協会から研修案内が届きましたので、添付で転送します。
貴事業所の主任ケアマネさんで今年度更新の方がいらっしゃれば、ご検討ください。
""" + SIG_SASAKI,
    "attachments": [{
        "kind": "eml",
        "name": "主任介護支援専門員更新研修のご案内.eml",
        "message": {
            "sender": "埼玉県介護支援専門員協会 研修係 <kenshu@saitama-cma.or.jp>",
            "to": ["地域包括支援センター各位 <houkatsu-list@saitama-cma.or.jp>"],
            "subject": "主任介護支援専門員更新研修のご案内",
            "charset": "utf-8",
            "body": """地域包括支援センター 各位

令和7年度 主任介護支援専門員更新研修を下記のとおり実施します。
管内の居宅介護支援事業所への周知をお願いします。

日程：令和8年1月15日・16日、2月5日・6日（全4日）
会場：さいたま市 県民活動総合センター
受講料：32,000円
申込締切：12月12日（金）
申込方法：協会ホームページの申込フォームから

埼玉県介護支援専門員協会 研修係""",
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forwarded (attached .eml) training announcement: business content only",
},
{
    "id": "chiikihoukatsu-080",
    "sender": HIRATA,
    "to": ["社協 北部地区担当 森下 <morishita@asagiri-shakyo.or.jp>"],
    "subject": "Re: 昼食会の送迎ボランティア",
    "charset": "utf-8",
    "body": """森下さん

平田です。送迎ボランティアは、藤堂さんにお願いすることになりました。
当日の連絡は藤堂さんの携帯（090-7710-5586）に直接お願いします。
車は7人乗りなので、送迎「要」の4名は1回で回れそうです。

平田

> 平田さん
> 12月の昼食会、送迎「要」の方は以下の4名です。
>
> 本庄 キミエ 栄町1-2-8 049-281-3075
> 樋渡 サト  栄町2-11-3 049-281-4406
> 宇野 茂   栄町4-9-9 049-281-1983
> 前園 ツギ  栄町5-2-4 049-281-5547
>
> 送迎ボランティアの手配をお願いできますか。森下
""" + SIG_HIRATA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list is only in the quoted text from the recipient; new text gives one volunteer's mobile (may warn)",
},
]

MESSAGES += [
{
    "id": "chiikihoukatsu-081",
    "sender": TAKANO,
    "to": [
        "ケアプランセンターひまわり 柘植 <tsuge@himawari-care.jp>",
        "訪問看護ステーションあおい 戸田 <toda@aoi-houkan.or.jp>",
    ],
    "subject": "田村様の件　打合せ日程（再調整）",
    "charset": "iso-2022-jp",
    "body": """柘植さん、戸田さん

お疲れ様です。北部包括の高野です。
田村様の件の打合せですが、ご家族の都合で１８日が難しくなりました。
以下の候補でご都合をお聞かせください。

　①１１月２０日（木）１５時
　②１１月２１日（金）１０時
　③１１月２５日（火）１４時

場所はいずれも当センター相談室です。
よろしくお願いします。""" + SIG_TAKANO,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To for a meeting; the client appears by surname only",
},
{
    "id": "chiikihoukatsu-082",
    "sender": SASAKI,
    "to": ["朝霧中央病院 地域医療連携室 室長 丸岡 <maruoka@asagiri-chuo-hp.or.jp>"],
    "subject": "連携会議のお礼と今後の窓口について",
    "charset": "cp932",
    "body": """朝霧中央病院
地域医療連携室 室長 丸岡様

いつも大変お世話になっております。
朝霧市北部地域包括支援センターの佐々木でございます。

先日は病院・包括の連携会議にご参加いただき、誠にありがとうございました。
入退院時の情報共有シートの様式について、ご提案いただいた修正を反映し、
次回の会議でお示しできるよう準備いたします。

なお、12月から当センターの病院連携窓口は保健師の村井が担当いたします。
（直通：049-281-3375／murai.rina@hinode-sangyo.co.jp）
引き続きよろしくお願い申し上げます。
""" + SIG_SASAKI + DISC_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "thank-you mail with a colleague's business contact, signature and the standard 機密 disclaimer",
},
{
    "id": "chiikihoukatsu-083",
    "sender": NAKANO,
    "to": ["朝霧警察署 生活安全課 課長 <seian@asagiri-ps.police.lg.jp>"],
    "subject": "高齢者見守りに関する協定 締結式について",
    "charset": "iso-2022-jp",
    "body": """朝霧警察署　生活安全課長　様

平素より大変お世話になっております。
日の出産業株式会社　福祉事業部の中野でございます。

このたび、当社が運営する朝霧市北部地域包括支援センターと貴署との間で、
「行方不明高齢者の早期発見に関する協定」を締結する運びとなりました。
締結式を下記のとおり予定しておりますので、ご出席をお願い申し上げます。

　日時：１２月１６日（火）１０時３０分～１１時
　場所：朝霧市役所　本庁舎１階　市民ホール
　出席：朝霧市長、貴署署長、当社代表取締役ほか

報道機関への案内は市の広報課から行う予定です。""" + SIG_NAKANO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "formal mail to the police about an agreement signing; no personal data",
},
{
    "id": "chiikihoukatsu-084",
    "sender": NAKANO,
    "to": ["高齢介護課 課長 大友 <otomo.h@city.asagiri.lg.jp>"],
    "subject": "Re: 他市の受託実績について",
    "charset": "utf-8",
    "body": """大友課長

お世話になっております。中野です。
お問い合わせの他市での受託実績ですが、詳細な報告書は当社の社外秘資料のため
お渡しできず申し訳ございません。概要のみお伝えいたします。

・受託センター数：県内3市で計5センター（最長で12年間）
・職員定着率：過去3年平均 91%
・第三者評価：全センターで受審済み

詳細は来週のご面談の際に口頭でご説明いたします。

> 中野部長
> 他市での運営実績について、資料があれば拝見できますか。
> 大友
""" + SIG_NAKANO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘 is only mentioned (a document that is NOT sent); the mail itself is not marked",
},
{
    "id": "chiikihoukatsu-085",
    "sender": OTAGIRI,
    "to": ["社協 ボランティアセンター 飯塚 <iizuka@asagiri-shakyo.or.jp>"],
    "subject": "講座配布資料一式（ZIP）",
    "charset": "utf-8",
    "body": """飯塚様

小田切です。来月のボランティア講座の配布資料一式をZIPでお送りします。
（パスワードはかけていません）
印刷は社協さんでお願いできますと助かります。
""" + SIG_OTAGIRI,
    "attachments": [{
        "kind": "zip",
        "name": "ボランティア講座_配布資料.zip",
        "files": [
            {"kind": "pdf", "name": "01_認知症の基礎知識.pdf",
             "lines": ["認知症の基礎知識", "・認知症は病名ではなく状態の総称", "・早期受診のメリット", "・接し方の3つの「ない」：驚かせない、急がせない、自尊心を傷つけない"]},
            {"kind": "docx", "name": "02_傾聴ワークシート.docx",
             "paragraphs": ["傾聴ワークシート", "ペアになり、5分間相手の話を聴いてみましょう。", "気づいたことを書きましょう：＿＿＿＿＿＿"]},
            {"kind": "txt", "name": "03_アンケート.txt",
             "text": "講座アンケート\n1. 講座の内容はいかがでしたか（よい・ふつう・わるい）\n2. 今後参加したい活動\n"},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "plain ZIP of teaching handouts (PDF, DOCX, TXT); nothing personal, nothing encrypted",
},
{
    "id": "chiikihoukatsu-086",
    "sender": YOSHIOKA,
    "to": ["高齢介護課 庶務係 <korei-shomu@city.asagiri.lg.jp>"],
    "subject": "委託料 上半期執行状況（様式3）の提出",
    "charset": "cp932",
    "body": """高齢介護課 庶務係 ご担当者様

お世話になっております。日の出産業 経理部の吉岡です。
北部包括の委託料 上半期執行状況を、指定様式（Excel 97-2003形式）で提出いたします。
ご確認をお願いいたします。

--
日の出産業株式会社 経理部　吉岡 真澄
TEL 049-280-1100（代）""",
    "attachments": [{
        "kind": "xls",
        "name": "様式3_執行状況_北部_R7上期.xls",
        "sheets": {
            "様式3": [
                ["費目", "予算額（千円）", "上半期執行額（千円）", "執行率"],
                ["人件費", 40120, 19870, "49.5%"],
                ["事務費", 2860, 1302, "45.5%"],
                ["賃借料", 2280, 1140, "50.0%"],
                ["システム利用料", 1320, 660, "50.0%"],
                ["一般管理費", 3726, 1849, "49.6%"],
                ["合計", 50306, 24821, "49.3%"],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "legacy XLS of budget execution figures for the city; no people",
},
{
    "id": "chiikihoukatsu-087",
    "sender": KUDO,
    "to": ["Emily Sato-Grant <emily.satogrant@gmail.com>"],
    "subject": "Re: Support for my father in Asagiri",
    "charset": "utf-8",
    "body": """Dear Ms Sato-Grant,

Thank you for contacting us from Canada. I'm happy to explain what we can do.

Our centre is the public first point of contact for older residents in the north of
Asagiri. We can:
  - visit your father at home and talk with him about his daily life,
  - help him apply for long-term care insurance if he needs it,
  - introduce local services such as meal delivery and day programmes.

All of this is free of charge. If you would like us to visit, please tell us a day and
time that suits him, and whether you would like to join by video call.

Best regards,
""" + SIG_KUDO + """

On Mon, 10 Nov 2025 at 08:14, Emily Sato-Grant <emily.satogrant@gmail.com> wrote:
> Hello, my father lives alone in Wakabadai and I live in Vancouver.
> He seems more forgetful on the phone lately. What kind of help is available?
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "English reply to one family member on gmail; general service information only",
},
{
    "id": "chiikihoukatsu-088",
    "sender": HONDA,
    "to": ["さくらホテル 宴会・宿泊予約 <yoyaku@sakura-hotel.jp>"],
    "subject": "1/20 研修講師の宿泊予約（3名）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル　予約ご担当者様

いつもお世話になっております。日の出産業（朝霧市北部地域包括支援センター）の本多です。
１月２０日の研修の講師３名の宿泊をお願いいたします。

　１．白川 直人 様　　携帯 090-3378-2041
　２．芳賀 美奈子 様　携帯 080-5521-9036
　３．今泉 徹 様　　　携帯 070-2219-4470

　チェックイン：１月１９日（月）１９時頃
　チェックアウト：１月２０日（火）
　シングル禁煙　３室、朝食付き
　請求先：日の出産業株式会社　福祉事業部（請求書払い）

よろしくお願いいたします。""" + SIG_HONDA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three guests' names and mobiles for a hotel booking at a partner: under the five-person line, may warn",
},
{
    "id": "chiikihoukatsu-089",
    "sender": HIRATA,
    "to": ["青葉運輸 朝霧営業所 片桐 <katagiri@aoba-unyu.co.jp>"],
    "subject": "年末年始の連絡先（センター職員）",
    "charset": "utf-8",
    "body": """片桐所長様

お世話になっております。平田です。
年末年始の休業中に配達員の方が異変に気づかれた場合の連絡先です。
当番職員の業務用携帯におかけください。

  12/29・12/31・1/3  高野  080-4471-2290
  12/30              村井  080-4471-2291
  1/1                佐々木 080-4471-2292
  1/2                平田  080-5512-7730

つながらない場合は市役所代表（049-280-2111）へお願いします。
""" + SIG_HIRATA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "four staff members' work-issued mobiles on a duty rota: business contacts, fewer than five",
},
{
    "id": "chiikihoukatsu-090",
    "sender": ISHIGURO,
    "to": ["川崎電機 法人営業部 受注センター <juchu@kawasaki-denki.co.jp>"],
    "subject": "注文書 PO-HS-251104 見守りセンサー追加分",
    "charset": "cp932",
    "body": """川崎電機株式会社 法人営業部 受注センター 御中

お世話になっております。日の出産業 情報システム部の石黒です。
下記のとおり発注いたします。

　注文番号：PO-HS-251104
　品番　　：KD-MS200（人感センサー）　　　数量 20　単価 8,800円
　品番　　：KD-GW10（通信ゲートウェイ）　数量 5　 単価 24,500円
　品番　　：KD-SV-M（見守りクラウド月額） 数量 20　単価 550円／月
　納品先　：日の出産業株式会社 福祉事業部（朝霧市中央1-8-20）
　希望納期：11月21日

前回分（PO-HS-250918）の配送状況も確認させてください。
追跡番号 4492-1187-3056 がまだ「輸送中」のままです。
""" + SIG_ISHIGURO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "purchase order with product codes, order and tracking numbers to a partner",
},
]

MESSAGES += [
{
    "id": "chiikihoukatsu-091",
    "sender": OTAGIRI,
    "to": ["やまびこクリニック 院長 佐伯 <saeki@yamabiko-clinic.jp>"],
    "subject": "初期集中支援チーム員会議　事前相談（A氏）",
    "charset": "utf-8",
    "body": """佐伯先生

いつもお世話になっております。小田切です。
来週のチーム員会議でご助言をいただきたい事例の概要です。

A氏：80代女性、北原4丁目で独居。元小学校教諭。昨年夫と死別。
・半年前から物忘れが目立ち、近所のスーパーで支払いを忘れることが数回。
・かかりつけ医の見立てはアルツハイマー型認知症の疑い、HDS-R 17点。
・受診は「自分はどこも悪くない」と拒否。長男は県外在住。

受診につなげるための関わり方について、ご意見をいただければ幸いです。
""" + SIG_OTAGIRI,
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "diagnosis of an unnamed 'A氏', but district, age band, former job and widowhood could identify her locally",
},
{
    "id": "chiikihoukatsu-092",
    "sender": KUDO,
    "to": ["Kenji Morioka <kenji.morioka.sg@outlook.com>"],
    "subject": "Re: Your mother, Mrs Fumiko Morioka — update after hospital visit",
    "charset": "utf-8",
    "body": """Dear Mr Morioka,

Thank you for your quick reply. The video call is booked for Thursday 20 November
at 20:00 Japan time (19:00 in Singapore). Ms Murai, our public health nurse, will join.
I will send the meeting link on Wednesday.

Best regards,
""" + SIG_KUDO + """

On Mon, 17 Nov 2025 at 22:41, Kenji Morioka <kenji.morioka.sg@outlook.com> wrote:
> Thank you for the update. Thursday evening works for me.
>
> On 17 Nov 2025, Naomi Kudo wrote:
>> Mrs Fumiko Morioka (born 2 March 1939), 2-7-14 Wakabadai, Asagiri-shi
>> - Dr Saeki diagnosed moderate Alzheimer's disease (MMSE 16/30)
>> - admitted to Asagiri Chuo Hospital for dehydration, discharged 14 November
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "new text only books a call; the diagnosis appears only in the quoted thread the son already has",
},
{
    "id": "chiikihoukatsu-093",
    "sender": MURAI,
    "to": ["朝霧中央病院 MSW 桐谷 <kiritani@asagiri-chuo-hp.or.jp>"],
    "subject": "RE: 退院前カンファレンスのご案内（伊吹様）",
    "charset": "cp932",
    "body": """桐谷様

お世話になっております。北部包括の村井です。
ご案内ありがとうございます。17日14時、出席いたします。
ケアマネの吉永さん（あすなろ）も同席の予定です。

村井

差出人: 桐谷 <kiritani@asagiri-chuo-hp.or.jp>
送信日時: 2025年11月12日 水曜日 16:05
宛先: 村井 里奈 <murai.rina@hinode-sangyo.co.jp>
件名: 退院前カンファレンスのご案内（伊吹様）

村井様
伊吹 昭二様（74歳、栄町6-2-19）の退院前カンファレンスを下記で開催します。
日時：11月17日（月）14:00　場所：3階面談室
現状：脳梗塞後の右片麻痺・失語症、ADLは車いす移乗一部介助。
　　　入院中にうつ症状があり精神科リエゾンが介入しています。
桐谷
""" + SIG_MURAI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply: the patient's details are only in the Outlook-style quote of the hospital's own mail",
},
{
    "id": "chiikihoukatsu-094",
    "sender": HIRATA,
    "to": ["みずき居宅介護支援事業所 管理者 <kanri@mizuki-kyotaku.jp>"],
    "subject": "北部圏域の民生委員さん（担当地区と連絡先）",
    "charset": "iso-2022-jp",
    "body": """みずき居宅介護支援事業所　管理者様

北部圏域での新規開設、おめでとうございます。生活支援コーディネーターの平田です。
ご依頼のあった、北部圏域の民生委員さんの担当地区と連絡先です。
（市の広報誌に掲載されている範囲の情報です）

　北原１・２丁目　　　遠藤 昌子　　０４９－２８１－５５４０
　北原３・４丁目　　　角田 義男　　０４９－２８２－３１０６
　若葉台１～３丁目　　丸尾 けい子　０４９－２８２－７７４８
　若葉台４・５丁目　　秋元 稔　　　０４９－２８２－０６２５
　栄町・本町　　　　　須藤 礼子　　０４９－２８１－８２０９

ご挨拶に伺う際は、事前にお電話いただくようお願いします。""" + SIG_HIRATA,
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five volunteer commissioners' names and home phones: a list of people, but published role contacts",
},
{
    "id": "chiikihoukatsu-095",
    "sender": HONDA,
    "to": [SASAKI],
    "subject": "【確認依頼】認定申請の個人番号（早乙女様）",
    "charset": "utf-8",
    "body": f"""佐々木さん

本多です。介護保険課から問い合わせのあった早乙女様の申請書の件、
市に連絡する前に個人番号の転記内容を確認していただけますか。

  早乙女 ヨシ 様（昭和11年12月3日生）
  朝霧市栄町5-8-22
  個人番号 {MN[1]}
  被保険者番号 0004417826

本人確認書類（通知カードの写し）はセンターの鍵付き書庫に保管しています。
（社内のみの送信です）
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "My Number in an internal-only mail between two staff: nothing goes outside",
},
{
    "id": "chiikihoukatsu-096",
    "sender": HIRATA,
    "to": ["高齢介護課 地域包括ケア係 北条 <hojo.a@city.asagiri.lg.jp>"],
    "subject": "栄町集会所（通いの場）の現地確認 – 地図添付",
    "charset": "utf-8",
    "body": """北条様

お世話になっております。平田です。
補助金の現地確認の件、栄町集会所の地図を添付します。
集会所には駐車場がないため、隣の栄町公園の来客用スペース（2台）をご利用ください。

  住所：朝霧市栄町3-2-1（栄町自治会館）
  日時：11月27日（木）10:30〜（通いの場の開始時間）
  当日の連絡先：平田（業務用携帯 080-5512-7730）

よろしくお願いします。
""" + SIG_HIRATA,
    "attachments": [{"kind": "png", "name": "栄町集会所_地図.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "directions to a community hall with a map image; only facility address and the sender's work phone",
},
{
    "id": "chiikihoukatsu-097",
    "sender": OTAGIRI,
    "to": [CITY_KOREI2, "朝霧警察署 生活安全課 長谷部 <hasebe.k@asagiri-ps.police.lg.jp>"],
    "subject": "見守りSOSネットワーク 模擬訓練（2月）の役割分担案",
    "charset": "iso-2022-jp",
    "body": """地域包括ケア係　ご担当者様
朝霧警察署　長谷部様

お世話になっております。北部包括の小田切です。
２月の行方不明高齢者捜索模擬訓練について、役割分担の案をお送りします。

　・市　　　：防災無線・メール配信の文面作成、協力事業者への一斉連絡
　・警察署　：模擬通報の受理、捜索範囲の助言
　・包括　　：行方不明者役（職員）の手配、声かけ訓練の運営
　・地域　　：自治会・見守り協力店による声かけ

訓練当日の行方不明者役はセンター職員が務め、実在の方の情報は使用しません。
ご意見を１２月５日までにいただけますと幸いです。""" + SIG_OTAGIRI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "city and police (two external organisations) in To for a drill plan; no personal data",
},
{
    "id": "chiikihoukatsu-098",
    "sender": HIRATA,
    "to": ["社協 北部地区担当 森下 <morishita@asagiri-shakyo.or.jp>"],
    "subject": "12月サロンの欠席連絡",
    "charset": "cp932",
    "body": """森下さん

平田です。12月のサロン（栄町）、以下の方から欠席の連絡がありました。
お弁当の数の調整をお願いします。

・本庄様（栄町1丁目）
・立花様（栄町1丁目）
・早川様（栄町3丁目）
・宇野様（栄町4丁目）
・前園様（栄町5丁目）

以上5名です。
""" + SIG_HIRATA,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "five residents by surname and district only, no contact data: a list of people or just names?",
},
{
    "id": "chiikihoukatsu-099",
    "sender": HIRATA,
    "to": ["若葉台三丁目自治会 会長 大竹 <otake.wakaba3@gmail.com>"],
    "subject": "集会所の利用（いきいき体操・1月〜3月）",
    "charset": "iso-2022-jp",
    "body": """大竹会長

いつもお世話になっております。北部包括の平田です。
１月から３月の「いきいき体操」で、若葉台三丁目集会所を利用させていただきたく、
以下の日程で予約をお願いできますでしょうか。

　毎週火曜日　１０時～１１時３０分（準備・片付け含む）
　１月６日～３月２４日（全１２回）

鍵の受け渡しは前回同様、会長様宅の郵便受けで問題ないでしょうか。
利用料は自治会の規定どおりお支払いします。""" + SIG_HIRATA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one private person (neighbourhood association chair) on gmail; room booking only",
},
{
    "id": "chiikihoukatsu-100",
    "sender": OTAGIRI,
    "to": ["北部公民館 事業係 <hokubu-kouminkan@city.asagiri.lg.jp>"],
    "subject": "出前講座（認知症・介護予防）令和8年1〜3月の会場予定",
    "charset": "utf-8",
    "body": """北部公民館 事業係 ご担当者様

お世話になっております。北部包括の小田切です。
1〜3月の出前講座の会場予定を一覧にしましたのでお送りします。
公民館の会議室を使う回（1/17、2/21）の予約をお願いいたします。
""" + SIG_OTAGIRI,
    "attachments": [{
        "kind": "xlsx",
        "name": "出前講座_会場予定_R8_1-3.xlsx",
        "title": "出前講座 会場予定",
        "sheets": {
            "1-3月": [
                ["出前講座 会場予定（令和8年1月〜3月）", "", "", "", ""],
                ["日付", "テーマ", "会場", "会場住所", "会場電話"],
                ["1/17(土)", "認知症サポーター養成講座", "北部公民館 第1会議室", "朝霧市北原2-10-1", "049-282-1500"],
                ["1/28(水)", "フレイル予防", "若葉台三丁目集会所", "朝霧市若葉台3-12-1", "-"],
                ["2/7(土)", "消費者被害の防止", "スーパーヤマイチ 若葉台店 2F", "朝霧市若葉台3-20-1", "049-282-9191"],
                ["2/21(土)", "認知症の人の声を聴く", "北部公民館 講堂", "朝霧市北原2-10-1", "049-282-1500"],
                ["3/11(水)", "介護保険のしくみ", "栄町自治会館", "朝霧市栄町3-2-1", "-"],
                ["3/25(水)", "口腔ケアと栄養", "なのはな薬局 北原店 健康サロン", "朝霧市北原1-5-3", "049-282-8700"],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "XLSX of course dates and venues (halls, shops): a list of places, not people",
},
]

MESSAGES = [_jis(m) for m in MESSAGES]
