"""Blind evaluation corpus, area ``shinkin``: 日の出産業's dealings with its regional credit
union 東浜信用金庫 (tohama-shinkin.co.jp) and the people around it — the employee savings
scheme (財形・職域積金・社内預金), housing-loan introductions (提携住宅ローン, 団信, 保証会社,
住宅メーカー), payroll accounts (給与振込・全銀データ), account openings for new hires and
foreign trainees, dormant accounts (休眠預金) and inheritance procedures (相続手続, 司法書士,
税理士, 相続人) — 100 messages written blind from BRIEF.md and SPEC.md only, without reading
mailguard's code or the other corpus files.
"""

from build import card_number, my_number

SEED = 51801


def _mn(n: str, sep: str = " ") -> str:
    return sep.join((n[:4], n[4:8], n[8:]))


def _cc(n: str, sep: str = "-") -> str:
    return sep.join((n[:4], n[4:8], n[8:12], n[12:]))


def _zen(s: str) -> str:
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


SHINKIN = "tohama-shinkin.co.jp"

SIG_NOTO = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 総務部 厚生課
能登 真澄（Noto Masumi）
〒430-0926 静岡県浜松市中央区砂山町318-2 日の出ビル4F
TEL 053-455-7120（直通）／FAX 053-455-7199
m.noto@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_TESHI = """
--
日の出産業（株） 人事部 給与課
勅使河原 聡  Satoshi Teshigawara
TEL:053-455-7134（内線2134）
Mail:s.teshigawara@hinode-sangyo.co.jp"""

SIG_MOMOSE = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社
人事部 福利厚生チーム　百瀬 航（ももせ わたる）
〒430-0926 浜松市中央区砂山町318-2
TEL：053-455-7141　携帯：070-3391-0457（社用）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_OKONOGI = """
────────────────────
日の出産業株式会社 経理部 財務課
課長 小此木 亮
TEL 053-455-7160 / FAX 053-455-7198
r.okonogi@hinode-sangyo.co.jp
────────────────────
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、
本メールを削除していただきますようお願いいたします。"""

SIG_IGA = """
--------------------------------------------------
日の出産業株式会社 総務部 法務グループ
五十嵐 詩織 (Shiori Igarashi)
TEL: 053-455-7108  E-mail: s.igarashi@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_EN = """
Best regards,

Wataru Momose
Employee Benefits, HR Department
Hinode Sangyo Co., Ltd.
318-2 Sunayama-cho, Chuo-ku, Hamamatsu, Shizuoka 430-0926, Japan
Tel: +81-53-455-7141

This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited."""

SIG_NEGORO = """
-- 
日の出産業株式会社 情報システム部
根来 拓実 / Takumi Negoro
内線 2210 / 053-455-7210"""

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "shinkin-001",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "subject": "【財形】2026年度 新規加入者一覧の送付について",
        "charset": "utf-8",
        "body": """東浜信用金庫 法人営業部 職域推進課
水越様

いつも大変お世話になっております。
日の出産業の百瀬でございます。

先日ご案内いただきました財形貯蓄の新規加入受付につきまして、
社内で取りまとめた加入者一覧をお送りいたします。

・一般財形　５名
・財形住宅　３名
（シートを分けております）

控除開始は６月支給分からを予定しております。
申込書の原本は来週、社内便ではなく郵送にてお届けいたします。

内容にご不明な点がございましたらご連絡ください。
よろしくお願いいたします。
""" + SIG_MOMOSE,
        "attachments": [{
            "kind": "xlsx", "name": "財形新規加入者一覧_2026.xlsx",
            "title": "財形貯蓄 新規加入者一覧",
            "sheets": {
                "一般財形": [
                    ["2026年度 一般財形貯蓄 新規加入者一覧（日の出産業株式会社）"],
                    [],
                    ["No", "社員番号", "氏名", "フリガナ", "生年月日", "所属", "月額積立", "賞与時加算"],
                    [1, "H24017", "漆畑 貴之", "ウルシバタ タカユキ", "1991/09/14", "製造部 第二課", 10000, 30000],
                    [2, "H25003", "笹生 美帆", "サソウ ミホ", "2002/03/28", "営業部", 5000, 0],
                    [3, "H19122", "道祖土 健", "サイド ケン", "1985/11/02", "品質保証部", 20000, 50000],
                    [4, "H25011", "真柄 ひかる", "マガラ ヒカル", "2003/07/19", "物流センター", 5000, 10000],
                    [5, "H21046", "八鍬 智美", "ヤクワ トモミ", "1994/01/06", "経理部", 15000, 0],
                ],
                "財形住宅": [
                    ["2026年度 財形住宅貯蓄 新規加入者一覧"],
                    ["No", "社員番号", "氏名", "フリガナ", "生年月日", "所属", "月額積立"],
                    [1, "H20088", "冨樫 雄大", "トガシ ユウダイ", "1990/05/23", "設計部", 30000],
                    [2, "H22154", "宍戸 紗英", "シシド サエ", "1996/12/11", "総務部", 20000],
                    [3, "H18031", "閏間 浩二", "ウルマ コウジ", "1983/08/30", "製造部 第一課", 25000],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "XLSX to the credit union with 8 employees' names and dates of birth: list of people",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "shinkin-002",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["t.mizukoshi@tohama-shinkin.co.jp"],
        "subject": "6月分 財形積立金の振込日について",
        "charset": "iso-2022-jp",
        "body": """東浜信用金庫
水越様

お世話になっております。日の出産業 総務部の能登です。

6月分の財形積立金について、下記のとおり振込予定です。

　振込予定日：2026年6月25日（木）
　件数　　　：47件
　合計金額　：1,284,000円

なお、7月以降、支給日が土日祝日に当たる場合は前営業日の振込となりますが、
貴金庫での積立日の扱いも前営業日で問題ないか、念のためご確認いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_NOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "routine transfer-date question with aggregate counts only",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "shinkin-003",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["財形事務センター <zaikei-center@tohama-shinkin.co.jp>"],
        "subject": "財形住宅 非課税申告書の記載事項（漆畑）",
        "charset": "cp932",
        "body": f"""東浜信用金庫 財形事務センター 御中

いつもお世話になっております。
日の出産業株式会社 人事部の百瀬です。

財形住宅貯蓄の非課税申告書のうち、個人番号欄が未記入のまま
提出してしまった者がおりましたので、記載事項をお知らせします。
お手数ですが、受付票への転記をお願いできますでしょうか。

　氏名　　　：漆畑　貴之（ウルシバタ　タカユキ）
　生年月日　：平成３年９月１４日
　個人番号　：{_mn(my_number(SEED + 1))}
　勤務先　　：日の出産業株式会社（製造部）

原本の差し替えが必要な場合はご指示ください。
""" + SIG_MOMOSE,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "an employee's My Number with name and date of birth sent to the credit union",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "shinkin-004",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["tomoya.kiriyama@gmail.com", "h-sugisaki@yahoo.co.jp", "aoi.tsurumaki@icloud.com",
               "kanae-0803@docomo.ne.jp", "r.hatakeda@outlook.jp"],
        "subject": "【日の出産業】入社前 給与振込口座 開設会のご案内",
        "charset": "utf-8",
        "body": """内定者の皆さま

こんにちは。日の出産業 人事部の百瀬です。
入社まで1か月を切りましたが、いかがお過ごしでしょうか。

給与の振込先として、東浜信用金庫の口座開設会を下記のとおり開催します。
すでに同金庫の口座をお持ちの方は参加不要です。

　日時：3月19日（木）13:30〜15:00
　場所：本社4F 第2会議室（浜松市中央区砂山町318-2）
　持ち物：本人確認書類（運転免許証など）、印鑑（お持ちの方）

参加の可否を3月12日までにこのメールへの返信でお知らせください。
""" + SIG_MOMOSE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "five future hires' private addresses openly in To: should have been Bcc",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "shinkin-005",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["鴨下 由香 <y.kamoshita@tohama-shinkin.co.jp>"],
        "subject": "提携住宅ローンのご相談者ご紹介（製造部 柘植）",
        "charset": "iso-2022-jp",
        "body": """東浜信用金庫 本店営業部 ローンプラザ
鴨下様

お世話になっております。日の出産業の百瀬です。

職域提携住宅ローンについて、弊社社員から相談希望がありましたので
ご紹介させていただきます。本人の了解を得て連絡先をお伝えします。

　氏名：柘植 大輔（つげ だいすけ）様　製造部
　携帯：080-2917-4463
　希望：土曜日午前の来店相談（浜北方面で物件検討中とのこと）

直接ご連絡いただいて差し支えございません。
どうぞよろしくお願いいたします。
""" + SIG_MOMOSE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one employee introduced for a housing loan with his mobile: one person's record",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "shinkin-006",
        "sender": "勅使河原 聡 <s.teshigawara@hinode-sangyo.co.jp>",
        "to": ["東浜信金 事務集中課 <jimu-shuchu@tohama-shinkin.co.jp>"],
        "subject": "【再送】給与振込データ（5月25日支給分）フォーマット確認のお願い",
        "charset": "cp932",
        "body": """東浜信用金庫 事務集中課 ご担当者様

いつもお世話になっております。日の出産業 給与課の勅使河原です。

給与システム入替えに伴い、全銀フォーマットの出力が正しいか
ご確認いただきたく、5月25日支給分のデータをお送りします。
先ほどのメールでは添付が漏れておりました。失礼いたしました。

レコード長・文字コード（JIS8）に問題がないかご確認ください。
""" + SIG_TESHI,
        "attachments": [{
            "kind": "txt", "name": "KYUYO0525.txt", "encoding": "cp932",
            "text": "\n".join([
                "1210" + "0000583211" + "ﾆﾁﾉﾃﾞｻﾝｷﾞｮｳ(ｶ".ljust(40) + "0525" + "1587" + "ﾄｳﾊﾏｼﾝｷﾝ".ljust(15) + "001" + "ﾎﾝﾃﾝ".ljust(15) + "1" + "0458821",
                "21587" + "ﾄｳﾊﾏｼﾝｷﾝ".ljust(15) + "012" + "ｺｳﾅﾝ".ljust(15) + "0000" + "1" + "2204719" + "ｳﾙｼﾊﾞﾀ ﾀｶﾕｷ".ljust(30) + "0000251380" + "0",
                "21587" + "ﾄｳﾊﾏｼﾝｷﾝ".ljust(15) + "001" + "ﾎﾝﾃﾝ".ljust(15) + "0000" + "1" + "3318056" + "ｻｿｳ ﾐﾎ".ljust(30) + "0000198720" + "0",
                "21587" + "ﾄｳﾊﾏｼﾝｷﾝ".ljust(15) + "007" + "ﾊﾏｷﾀ".ljust(15) + "0000" + "1" + "0917734" + "ｻｲﾄﾞ ｹﾝ".ljust(30) + "0000342610" + "0",
                "20155" + "ﾐﾄﾞﾘｷﾞﾝｺｳ".ljust(15) + "210" + "ﾊﾏﾏﾂｴｷﾏｴ".ljust(15) + "0000" + "1" + "5521098" + "ﾏｶﾞﾗ ﾋｶﾙ".ljust(30) + "0000187300" + "0",
                "21587" + "ﾄｳﾊﾏｼﾝｷﾝ".ljust(15) + "012" + "ｺｳﾅﾝ".ljust(15) + "0000" + "1" + "2283145" + "ﾔｸﾜ ﾄﾓﾐ".ljust(30) + "0000226950" + "0",
                "21587" + "ﾄｳﾊﾏｼﾝｷﾝ".ljust(15) + "003" + "ｲﾜﾀ".ljust(15) + "0000" + "1" + "4406627" + "ﾄｶﾞｼ ﾕｳﾀﾞｲ".ljust(30) + "0000289040" + "0",
                "21587" + "ﾄｳﾊﾏｼﾝｷﾝ".ljust(15) + "001" + "ﾎﾝﾃﾝ".ljust(15) + "0000" + "1" + "3390412" + "ｼｼﾄﾞ ｻｴ".ljust(30) + "0000214470" + "0",
                "8" + "000007" + "000001710470",
                "9",
            ]),
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "Zengin payroll transfer file: 7 employees' kana names, bank accounts and salaries",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "shinkin-007",
        "sender": "根来 拓実 <t.negoro@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "銀行マスタ追加のお願い（東浜信用金庫 支店コード）",
        "charset": "utf-8",
        "body": """株式会社ツバサシステム サポートご担当者様

いつもお世話になっております。日の出産業 情報システム部の根来です。

給与振込先に東浜信用金庫の店舗が増えるため、
給与奉行連携用の銀行マスタに以下の支店を追加いただけますでしょうか。

金融機関コード 1587 東浜信用金庫（トウハマシンキン）
----------------------------------------------------------------
支店コード  支店名        所在地                          代表電話
----------------------------------------------------------------
001         本店営業部    浜松市中央区旭町 4-11          053-452-0101
003         磐田支店      磐田市中泉 2-6-8               0538-32-4410
007         浜北支店      浜松市浜名区貴布祢 305         053-586-2231
012         港南支店      浜松市中央区海老塚 1-20-3      053-441-7725
018         湖西支店      湖西市鷲津 1320-5              053-576-0832
----------------------------------------------------------------

反映予定日が分かりましたらお知らせください。
""" + SIG_NEGORO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of bank branches with office phones: businesses, not people",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "shinkin-008",
        "sender": "勅使河原 聡 <s.teshigawara@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 浜松駅前支店 法人課 <hojin-hamamatsu@midori-ginkou.co.jp>"],
        "subject": "給与振込口座の一部移管スケジュールについて",
        "charset": "iso-2022-jp",
        "body": """株式会社みどり銀行 浜松駅前支店 法人課 御中

平素より大変お世話になっております。
日の出産業株式会社 人事部給与課の勅使河原でございます。

先日ご相談いたしました、給与振込の一部を東浜信用金庫へ移管する件につき、
社内スケジュールが固まりましたのでご連絡いたします。

　7月支給分まで　：現行どおり貴行より一括振込
　8月支給分から　：貴行口座指定者のみ貴行振込、その他は東浜信金経由
　総合振込契約　　：継続（変更なし）

貴行の給与振込サービス契約の変更届が必要かどうか、ご教示いただけますと幸いです。
""" + SIG_TESHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginkou.co.jp: a letter added to partner midori-ginko.co.jp",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "shinkin-009",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["融資課 鴨下様 <y.kamoshita@tohama-shinkin.co.jp>"],
        "subject": "社員の住宅ローン返済についてのご相談",
        "charset": "iso-2022-jp",
        "body": """東浜信用金庫 ローンプラザ
鴨下様

いつもお世話になっております。日の出産業 総務部の能登です。

職域提携ローンをご利用中の弊社社員 仙波 留美（せんば るみ）について、
本人から相談を受け、ご連絡いたしました。

同人は昨年11月にうつ病と診断され、現在休職中です。
傷病手当金を受給しておりますが、賞与返済分の負担が大きく、
返済条件の変更（賞与返済の停止）ができないか伺いたいとのことです。

本人の同意は得ております。窓口での面談日程をご調整いただけますでしょうか。
""" + SIG_NOTO,
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a named employee's depression diagnosis told to the credit union: 要配慮個人情報",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "shinkin-010",
        "sender": "小此木 亮 <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["百瀬 航 <w.momose@hinode-sangyo.co.jp>"],
        "cc": ["kyuyo@hinode-sangyo.co.jp"],
        "subject": "財形年金 非課税申告 準備（番号確認用・社内限り）",
        "charset": "utf-8",
        "body": f"""百瀬さん

お疲れさまです。経理の小此木です。
財形年金の非課税申告に必要な個人番号を、マイナンバー管理台帳から抽出しました。
申告書記入前の照合用です。照合後はこのメールを削除してください。

氏名          生年月日     個人番号
------------  -----------  --------------
漆畑 貴之     1991-09-14   {my_number(SEED + 2)}
道祖土 健     1985-11-02   {my_number(SEED + 3)}
冨樫 雄大     1990-05-23   {my_number(SEED + 4)}
閏間 浩二     1983-08-30   {my_number(SEED + 5)}
八鍬 智美     1994-01-06   {my_number(SEED + 6)}
片桐 万里子   1979-04-17   {my_number(SEED + 7)}

東浜信金への提出は各自の申告書の原本のみです。番号をメールで外に出さないよう注意してください。
""" + SIG_OKONOGI,
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "My Numbers of six employees, but every recipient is internal",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "shinkin-011",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["財形事務センター <zaikei-center@tohama-shinkin.co.jp>"],
        "subject": "財形 一部払出申請書一式の送付",
        "charset": "utf-8",
        "body": """東浜信用金庫 財形事務センター ご担当者様

お世話になっております。日の出産業 人事部の百瀬です。

6月受付分の財形一部払出申請書一式を、パスワード付きZIPにてお送りします。
パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。
""" + SIG_MOMOSE,
        "attachments": [{
            "kind": "zip", "name": "払出申請_202606.zip", "password": "Hs2606#zk",
            "files": [{
                "kind": "xlsx", "name": "払出申請一覧.xlsx",
                "sheets": {"6月": [["氏名", "口座番号", "払出額"],
                                   ["冨樫 雄大", "普通 4406627", 500000],
                                   ["宍戸 紗英", "普通 3390412", 200000]]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP): its contents cannot be inspected",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "shinkin-012",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "subject": "RE: 職域推進状況のご報告依頼",
        "charset": "cp932",
        "body": """水越様

お世話になっております。能登です。
ご依頼の財形加入状況（2026年4月1日現在）を部署別にまとめました。

部署　　　　　　在籍　加入　加入率
――――――――――――――――――――――
製造部　　　　　１４２　　６１　４３．０％
営業部　　　　　　５８　　２７　４６．６％
設計部　　　　　　３１　　１９　６１．３％
物流センター　　　４４　　１２　２７．３％
管理部門計　　　　３９　　２２　５６．４％
――――――――――――――――――――――
合計　　　　　　３１４　１４１　４４．９％

物流センターの加入率が低いため、秋の説明会は物流センターでの開催を希望いたします。

> 職域推進状況のご報告依頼
> 年度初めの恒例となりますが、部署別の加入状況をお知らせいただけますと幸いです。
> 東浜信用金庫 水越
""" + SIG_NOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate participation statistics by department: no person's data",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "shinkin-013",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["港南支店 舟橋様 <funahashi@tohama-shinkin.co.jp>"],
        "subject": "出張口座開設 事前登録データ（新入社員9名）",
        "charset": "utf-8",
        "body": """東浜信用金庫 港南支店
舟橋様

お世話になっております。日の出産業の百瀬です。
3月19日の出張口座開設会に参加する新入社員9名分の事前登録データをお送りします。
当日の受付をスムーズにするため、申込書のプレ印字にお使いください。

CSV（Shift_JIS）で作成しております。
""" + SIG_MOMOSE,
        "attachments": [{
            "kind": "csv", "name": "口座開設事前登録_0319.csv", "encoding": "cp932",
            "rows": [
                ["氏名", "フリガナ", "生年月日", "郵便番号", "住所", "携帯電話"],
                ["桐山 智也", "キリヤマ トモヤ", "2003/06/02", "430-0852", "静岡県浜松市中央区領家2-14-7", "090-6631-2084"],
                ["杉崎 遥", "スギサキ ハルカ", "2003/10/25", "435-0016", "静岡県浜松市中央区和田町512-3 メゾン和田201", "080-4172-9953"],
                ["鶴巻 葵", "ツルマキ アオイ", "2002/12/08", "438-0071", "静岡県磐田市今之浦3-9-1", "070-2285-6610"],
                ["畠田 涼", "ハタケダ リョウ", "2004/02/14", "431-0431", "静岡県湖西市鷲津884-2", "090-3318-7472"],
                ["小野寺 かなえ", "オノデラ カナエ", "2003/08/03", "434-0038", "静岡県浜松市浜名区貴布祢67-1", "080-9901-3346"],
                ["宇佐美 颯", "ウサミ ハヤテ", "2003/04/30", "437-0064", "静岡県袋井市川井1205", "070-5529-0187"],
                ["玉置 莉子", "タマキ リコ", "2002/11/19", "440-0888", "愛知県豊橋市駅前大通1-33-5-803", "090-7740-2261"],
                ["阿久津 湊", "アクツ ミナト", "2003/01/22", "432-8021", "静岡県浜松市中央区佐鳴台4-2-18", "080-1163-5598"],
                ["與那覇 結衣", "ヨナハ ユイ", "2003/07/07", "430-0944", "静岡県浜松市中央区田町229-1-502", "070-6604-3379"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV of nine new hires with birth dates, home addresses and mobiles",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "shinkin-014",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["五十嵐 詩織 <s.igarashi@hinodesangyo.co.jp>"],
        "subject": "FW: 財形・社内預金の相続手続に必要な書類",
        "charset": "utf-8",
        "body": """五十嵐さん

お疲れさまです。能登です。
東浜信金から届いた相続手続の必要書類一覧を転送します。
社内預金の払戻しも同じ書類でよいか、法務として確認をお願いできますか。

---------- Forwarded message ---------
From: 千々岩 <chijiiwa@tohama-shinkin.co.jp>
Subject: 財形・社内預金の相続手続に必要な書類

日の出産業株式会社 総務部 能登様

財形貯蓄の相続手続には、原則として以下の書類が必要となります。
 1. 相続手続依頼書（当金庫所定）
 2. 被相続人の出生から死亡までの戸籍謄本等
 3. 相続人全員の戸籍謄本・印鑑証明書
 4. 遺産分割協議書（または遺言書）
 5. 法定相続情報一覧図（お持ちの場合は2・3に代えられます）
書類の原本は確認後ご返却いたします。

東浜信用金庫 相続・事務サポートセンター 千々岩
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "colleague addressed at hinodesangyo.co.jp: the organisation's own domain without its hyphen",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "shinkin-015",
        "sender": "五十嵐 詩織 <s.igarashi@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "cc": ["白川法律事務所 弁護士 楢崎 <narasaki@shirakawa-law.jp>"],
        "subject": "給与振込データ連携に関する秘密保持契約書（案）の送付",
        "charset": "utf-8",
        "body": """東浜信用金庫 法人営業部
水越様

いつもお世話になっております。日の出産業 法務グループの五十嵐です。

給与振込データのオンライン連携開始に先立ち、
秘密保持契約書（案）を弊社顧問の白川法律事務所と作成しましたのでお送りします。
貴金庫の雛形とのすり合わせが必要な箇所がありましたら、修正履歴でご返送ください。

なお、第5条（秘密情報の返還・廃棄）は弊社として譲れない条項のため、
文言のみの調整でお願いできますと幸いです。
""" + SIG_IGA,
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書_案_v2.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）と東浜信用金庫（以下「乙」という。）は、給与振込データの連携（以下「本件業務」という。）に関し、次のとおり契約を締結する。",
                "第1条（目的）本契約は、本件業務に関して甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                "第2条（秘密情報）本契約において秘密情報とは、開示者が機密である旨を明示して開示した技術上・営業上の情報及び個人情報をいう。",
                "第3条（目的外使用の禁止）受領者は、秘密情報を本件業務の目的以外に使用してはならない。",
                "第4条（第三者開示の禁止）受領者は、開示者の書面による事前承諾なく、秘密情報を第三者に開示してはならない。",
                "第5条（返還・廃棄）本件業務の終了時又は開示者の請求があったときは、受領者は秘密情報を速やかに返還又は廃棄する。",
                "第6条（有効期間）本契約の有効期間は締結日から3年間とする。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "mail about an NDA with a draft contract; two external organisations in To/Cc",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "shinkin-016",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["zaikei-center@tohama-shinkin.co.jp"],
        "subject": "財形 一部払出 申請者（7月受付分）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>東浜信用金庫 財形事務センター ご担当者様</p>
<p>いつもお世話になっております。日の出産業 人事部の百瀬です。<br>
7月受付分の一部払出申請者は下表のとおりです。払出日は7月10日でお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>社員番号</th><th>氏名</th><th>払出先</th><th>口座番号</th><th>払出額（円）</th></tr>
<tr><td>H19122</td><td>道祖土 健</td><td>東浜信金 浜北支店 普通</td><td>0917734</td><td>300,000</td></tr>
<tr><td>H20088</td><td>冨樫 雄大</td><td>東浜信金 磐田支店 普通</td><td>4406627</td><td>500,000</td></tr>
<tr><td>H17205</td><td>鬼頭 真砂子</td><td>東浜信金 本店営業部 普通</td><td>1182530</td><td>150,000</td></tr>
<tr><td>H23077</td><td>神保 拓海</td><td>みどり銀行 浜松駅前支店 普通</td><td>6620913</td><td>250,000</td></tr>
<tr><td>H16019</td><td>乙部 則子</td><td>東浜信金 港南支店 普通</td><td>2276048</td><td>400,000</td></tr>
<tr><td>H21112</td><td>御手洗 光</td><td>東浜信金 湖西支店 普通</td><td>5038816</td><td>100,000</td></tr>
<tr><td>H22154</td><td>宍戸 紗英</td><td>東浜信金 本店営業部 普通</td><td>3390412</td><td>200,000</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 福利厚生チーム 百瀬 航<br>TEL 053-455-7141</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "HTML table of seven employees with their bank account numbers",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "shinkin-017",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["千々岩 様 <chijiiwa@tohama-shinkin.co.jp>"],
        "subject": "故 砂押様 財形貯蓄の相続手続（相続人代表者の情報）",
        "charset": "iso-2022-jp",
        "body": """東浜信用金庫 相続・事務サポートセンター
千々岩様

お世話になっております。日の出産業の能登でございます。

先月逝去いたしました弊社社員 故 砂押 義明 の財形貯蓄につきまして、
ご遺族より相続人代表者の情報を預かりましたのでお知らせします。

【相続人代表者】
　氏名　　　：砂押 佳代子（すなおし かよこ）　続柄：妻
　住所　　　：〒438-0086 静岡県磐田市見付2981-4
　電話　　　：0538-35-6127
　本人確認　：運転免許証　第 493108827160 号

戸籍謄本等の原本は、ご遺族が直接窓口へお持ちになるとのことです。
""" + SIG_NOTO,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an heir's driver's licence number with name and address: identity document number",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "shinkin-018",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["千々岩 様 <chijiiwa@tohama-shinkin.co.jp>"],
        "subject": "Re: 休眠預金等の対象となる可能性のある口座について",
        "charset": "iso-2022-jp",
        "body": """千々岩様

ご連絡ありがとうございます。能登です。
お送りいただいた方々について、社内の退職者名簿と照合のうえ、
連絡先が判明した方には弊社から手続のご案内をいたします。
結果は今月中にご報告いたします。

> 日の出産業株式会社 総務部 能登様
>
> 給与振込口座として開設された口座のうち、最終異動から9年を経過し
> 休眠預金等の対象となる可能性のある口座は以下のとおりです。
>
>   磯貝 哲夫  本店営業部 普通 1045572  最終異動 2017/03/24
>   汐見 久美  港南支店   普通 2210338  最終異動 2017/05/25
>   樋渡 修    磐田支店   普通 4019827  最終異動 2016/12/22
>   猪又 千秋  浜北支店   普通 0872264  最終異動 2017/01/25
>   曽我部 勝  本店営業部 普通 1099013  最終異動 2017/02/24
>
> ご本人への連絡にご協力いただけますと幸いです。
> 東浜信用金庫 相続・事務サポートセンター 千々岩
""" + SIG_NOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the list of accounts is only quoted from the credit union's own mail; new text has none",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "shinkin-019",
        "sender": "小此木 亮 <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "subject": "職域提携ローン 取扱申込に伴う会社概要資料",
        "charset": "utf-8",
        "body": """東浜信用金庫 法人営業部 水越様

お世話になっております。日の出産業 経理部の小此木です。
職域提携ローンの取扱申込にあたりご依頼のありました
会社概要・従業員構成の資料をPDFでお送りします。
社内資料をそのままお出ししておりますので、取扱いにはご配慮ください。
""" + SIG_OKONOGI,
        "attachments": [{
            "kind": "pdf", "name": "会社概要_従業員構成_2026.pdf",
            "title": "会社概要・従業員構成",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 経理部 ― 社外秘・複製禁止",
            "lines": [
                "会社概要・従業員構成（2026年3月31日現在）",
                "",
                "資本金 4億8,000万円　売上高 186億円（2025年度）",
                "従業員数 314名（正社員 268名、契約社員 46名）",
                "平均年齢 41.2歳　平均勤続年数 13.8年",
                "持家率（社内調査） 57％　住宅取得予定（5年以内） 約40名",
            ],
            "table": [["年齢層", "人数", "平均年収(万円)"],
                      ["20代", "58", "392"], ["30代", "81", "497"],
                      ["40代", "97", "603"], ["50代以上", "78", "668"]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF stamped 社外秘 in its header and footer sent outside",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "shinkin-020",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["千々岩 様 <chijiiwa@tohama-shinkin.co.jp>", "星野司法書士事務所 星野 <hoshino@hoshino-shiho.jp>"],
        "subject": "相続手続のお打合せ日程（故 砂押様の件）",
        "charset": "utf-8",
        "body": """東浜信用金庫 千々岩様
星野司法書士事務所 星野先生

いつもお世話になっております。日の出産業の能登です。

故 砂押様の財形貯蓄・社内預金・死亡退職金の手続につき、
ご遺族の代理人である星野先生と、三者でお打合せの場を設けたく存じます。

候補日（いずれも弊社本社 3F 応接室）
 ① 8月4日（火）14:00〜
 ② 8月6日（木）10:00〜
 ③ 8月7日（金）15:00〜

ご都合のよい日をお知らせください。
""" + SIG_NOTO,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary three-way meeting mail: two external organisations in To",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "shinkin-021",
        "sender": "小此木 亮 <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["東浜カード 法人デスク <hojin-desk@tohama-card.co.jp>"],
        "subject": "法人カードの引落口座変更について",
        "charset": "cp932",
        "body": f"""東浜カード株式会社 法人デスク ご担当者様

いつもお世話になっております。
日の出産業株式会社 経理部の小此木でございます。

弊社代表者名義の法人カードにつき、引落口座を下記のとおり変更したく、
変更届の送付をお願いいたします。

　カード名義　：日出 正嗣（ヒノデ マサツグ）　代表取締役
　カード番号　：{_cc(card_number(SEED + 101))}
　有効期限　　：08/29
　新引落口座　：東浜信用金庫 本店営業部 当座 0045519（日の出産業株式会社）

変更届は経理部 小此木宛にご郵送ください。
""" + SIG_OKONOGI,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full card number with the cardholder's name sent by mail",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "shinkin-022",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["minoru.takebayashi1962@gmail.com"],
        "subject": "財形貯蓄 解約手続のご案内（退職に伴うもの）",
        "charset": "iso-2022-jp",
        "body": """竹林 稔 様

在職中は大変お世話になりました。人事部の百瀬です。
ご退職に伴い、財形貯蓄は退職日から6か月以内に解約または
転職先への移換の手続が必要となります。

解約の場合は、東浜信用金庫のお近くの店舗窓口で
通帳と届出印をお持ちのうえお手続きください。
転職先でも財形制度がある場合は、移換の方が税制上有利なこともあります。

ご不明な点は、同金庫 財形事務センター（053-452-0188）か、
私までお気軽にお問い合わせください。
""" + SIG_MOMOSE,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one retiree on free mail, procedural guidance only",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "shinkin-023",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["舟橋 <funahashi@tohama-shinkin.co.jp>"],
        "subject": "FW: 出張口座開設会 予約者の連絡先（物流センター分）",
        "charset": "iso-2022-jp",
        "body": """舟橋様

お世話になっております。百瀬です。
物流センター分の予約者を取りまとめたメールを転送いたします。
当日来られない場合は、貴支店から直接ご連絡いただいて構いません。

-------- 転送メッセージ --------
差出人: 物流センター 事務 吉良 <k.kira@hinode-sangyo.co.jp>
宛先: 百瀬 航 <w.momose@hinode-sangyo.co.jp>
件名: 出張口座開設会 予約者の連絡先（物流センター分）

百瀬さん
物流センターの予約者です。夜勤明けの者もいるので携帯に連絡をお願いします。

・長谷部 悠真　7/15 13:30　090-2741-8863
・小田切 玲奈　7/15 13:45　080-5316-0298
・比嘉 大地　　7/15 14:00　070-1187-4452
・古閑 美咲　　7/15 14:15　090-8809-3376
・熊谷 蓮　　　7/15 14:30　080-6624-9015

吉良
""" + SIG_MOMOSE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward of an internal mail: five employees' names with mobile numbers go outside",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "shinkin-024",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["y.kamoshita@tohama-shinkin.co.jp"],
        "subject": "団信の告知に関するご相談（健診結果の写し）",
        "charset": "utf-8",
        "body": """鴨下様

お世話になっております。日の出産業の百瀬です。
先日ご紹介した冨樫の住宅ローンについて、団体信用生命保険の告知で
健康診断の結果を確認したいとのことでしたので、本人の了承を得て
直近の健診結果の写しをお送りします。

ワイド団信への切替が可能かどうかも併せてご検討いただけますと幸いです。
""" + SIG_MOMOSE,
        "attachments": [{
            "kind": "pdf", "name": "健診結果_冨樫.pdf",
            "title": "定期健康診断結果通知書",
            "lines": [
                "定期健康診断結果通知書（2026年度）",
                "氏名：冨樫 雄大　　生年月日：1990年5月23日　　所属：設計部",
                "受診日：2026年4月16日　　実施機関：浜松中央健診クリニック",
                "",
                "血圧 158/98 mmHg（判定 C：要再検査）",
                "HbA1c 7.1 %（判定 D：要精密検査）　空腹時血糖 142 mg/dL",
                "既往歴：高血圧症（2023年〜内服治療中）",
                "総合判定：D　糖尿病の疑い。専門医療機関を受診してください。",
            ],
        }],
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a named employee's health check results and medical history in a PDF",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "shinkin-025",
        "sender": "勅使河原 聡 <s.teshigawara@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "subject": "給与振込先の金融機関別内訳（ご依頼の件）",
        "charset": "utf-8",
        "body": """水越様

お世話になっております。給与課の勅使河原です。
給与振込の指定口座の金融機関別内訳と、過去3年の推移をExcelにまとめました。
職域提携の条件見直しのご検討材料にお使いください。
（人数のみで、個人が特定できる情報は含めておりません）
""" + SIG_TESHI,
        "attachments": [{
            "kind": "xlsx", "name": "給与振込先_金融機関別内訳.xlsx",
            "sheets": {
                "2026年4月": [
                    ["給与振込先 金融機関別人数（2026年4月支給分）"],
                    ["金融機関", "人数", "構成比"],
                    ["東浜信用金庫", 172, "54.8%"], ["みどり銀行", 88, "28.0%"],
                    ["ゆうちょ銀行", 31, "9.9%"], ["その他地銀・ネット銀行", 23, "7.3%"],
                    ["合計", 314, "100.0%"],
                ],
                "推移": [
                    ["年度", "東浜信金", "みどり銀行", "その他"],
                    [2024, 151, 97, 49], [2025, 163, 92, 52], [2026, 172, 88, 54],
                ],
                "メモ": [["新入社員の約7割が東浜信金を指定（口座開設会の効果）"]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "statistics by bank: counts only, no person's data",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "shinkin-026",
        "sender": "根来 拓実 <t.negoro@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>",
               "みどり銀行 法人課 <hojin-hamamatsu@midori-ginko.co.jp>",
               "ツバサシステム 大迫 <osako@tsubasa-system.jp>"],
        "subject": "給与振込データ仕様変更（ZEDI対応）に関する合同打合せのお願い",
        "charset": "iso-2022-jp",
        "body": """関係各位

いつもお世話になっております。日の出産業 情報システム部の根来です。

来年度の給与振込データの仕様変更（固定長→XML、EDI情報欄の追加）につき、
振込元の両金融機関様と、給与システムのベンダーであるツバサシステム様を交えて
合同で打合せをさせていただけないでしょうか。

候補：9月2日（水）または9月4日（金）　いずれも14時〜　Teams

議題（案）
　1. 現行フォーマットと新フォーマットの差分
　2. テストデータの授受方法
　3. 切替スケジュール
""" + SIG_NEGORO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations see each other in To",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "shinkin-027",
        "sender": "勅使河原 聡 <s.teshigawara@hinode-sangyo.co.jp>",
        "to": ["年金相談窓口 久寿米木様 <kusumegi@tohama-shinkin.co.jp>"],
        "subject": "定年退職予定者の年金受取口座ご案内先",
        "charset": "utf-8",
        "body": """東浜信用金庫 年金相談窓口
久寿米木様

お世話になっております。日の出産業 給与課の勅使河原です。
今年度に定年退職を迎える社員のうち、年金受取口座のご案内を希望した者の
送付先を社員番号でお知らせします（氏名は申込書に記載のとおりです）。

社員番号	生年月日	送付先住所	連絡先
H88012	1966/05/11	静岡県浜松市中央区高丘東3-18-6	053-437-2261
H89004	1966/08/27	静岡県磐田市東新町1-4-22	0538-33-9104
H87031	1966/01/30	静岡県湖西市新居町浜名1845	053-594-0773
H90017	1966/11/03	静岡県浜松市浜名区小松2210-9	090-4415-7782
H88040	1966/06/19	愛知県豊橋市東小田原町48	0532-54-6619
H86022	1966/02/08	静岡県袋井市旭町2-7-13	080-2209-5548

ご案内は年明けの発送で差し支えございません。
""" + SIG_TESHI,
        "expect": "stop",
        "entities": ["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six people's birth dates, home addresses and phones, tab-separated, no name column",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "shinkin-028",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["財形事務センター <zaikei-center@tohama-shinkin.co.jp>"],
        "subject": "【パスワード】財形 一部払出申請書一式の送付",
        "charset": "utf-8",
        "body": """東浜信用金庫 財形事務センター ご担当者様

先ほどお送りしたファイルのパスワードをお知らせします。

　Hs2606#zk

日の出産業 人事部 百瀬
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password mail: no attachment, no personal data",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "shinkin-029",
        "sender": "五十嵐 詩織 <s.igarashi@hinode-sangyo.co.jp>",
        "to": ["星野 和臣 先生 <hoshino@hoshino-shiho.jp>"],
        "subject": "相続関係説明図（故 砂押様）のご送付",
        "charset": "iso-2022-jp",
        "body": """星野司法書士事務所
星野先生

お世話になっております。日の出産業 法務グループの五十嵐です。
弊社で把握している範囲で作成した相続関係説明図をお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えいたします。
""" + SIG_IGA,
        "attachments": [{
            "kind": "pdf", "name": "相続関係説明図_砂押.pdf", "password": "0804suna",
            "lines": ["相続関係説明図", "被相続人 砂押 義明", "相続人 砂押 佳代子（妻）", "相続人 砂押 陸（長男）"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF: cannot be inspected",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "shinkin-030",
        "sender": "根来 拓実 <t.negoro@hinode-sangyo.co.jp>",
        "to": ["大迫 様 <osako@tsubasa-sytem.jp>"],
        "subject": "Re: 銀行マスタ更新プログラムの適用日",
        "charset": "utf-8",
        "body": """大迫様

お世話になっております。根来です。
銀行マスタ更新プログラムの適用は、8月20日（木）夜間でお願いします。
東浜信用金庫の新設支店（コード021 可美出張所）も含まれていることを確認しました。

適用後、テスト環境で振込データを1件出力して確認します。
""" + SIG_NEGORO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp: partner tsubasa-system.jp with a letter dropped",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "shinkin-031",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["chijiiwa@tohama-shinkin.co.jp"],
        "subject": "相続人様のご連絡先（故 砂押様 社内預金分）",
        "charset": "cp932",
        "body": """千々岩様

お世話になっております。能登です。
社内預金の払戻しにつき、ご遺族から貴金庫経由での受取のご希望があり、
相続人お二人の連絡先をお伝えいたします（ご本人方の了承済みです）。

■相続人１
　砂押 佳代子　様（妻）
　〒438-0086 静岡県磐田市見付2981-4
　TEL 0538-35-6127

■相続人２
　砂押 陸　様（長男）
　〒433-8112 静岡県浜松市中央区初生町1290-3 グランメール初生105
　TEL 090-3362-8140

以上、よろしくお願いいたします。
""" + SIG_NOTO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two heirs' contact details: under the five-record threshold",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "shinkin-032",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["港南支店 預金課 <konan-yokin@tohama-shinkin.co.jp>"],
        "subject": "至急：社員の口座に関するご相談（詐欺被害）",
        "charset": "utf-8",
        "body": """東浜信用金庫 港南支店 預金課 御中

日の出産業 総務部の能登です。急ぎご相談させてください。

弊社社員の 與那覇 結衣 が、昨日、警察官を名乗る者からの電話による
特殊詐欺の被害に遭い、給与振込口座（港南支店 普通 2291176）から
計120万円を指定口座へ振り込んでしまいました。
本日午前に浜松中央警察署へ被害届を提出済みです。

振込先口座の凍結や被害回復分配金の手続について、
本人が本日夕方に窓口へ伺いますので、ご対応いただけますと幸いです。
""" + SIG_NOTO,
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "names an employee as the victim of a crime (要配慮個人情報) with her account",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "shinkin-033",
        "sender": "勅使河原 聡 <s.teshigawara@hinode-sangyo.co.jp>",
        "to": ["経理部 出納 <suito@mail.hinode-sangyo.co.jp>"],
        "cc": ["r.okonogi@hinode-sangyo.co.jp"],
        "subject": "8月から東浜信金振込に切り替わる社員一覧",
        "charset": "utf-8",
        "body": """出納ご担当各位

給与課の勅使河原です。
8月支給分から振込元が東浜信金に切り替わる社員の一覧を添付します。
資金移動額の算定にお使いください。社内限りでお願いします。
""" + SIG_TESHI,
        "attachments": [{
            "kind": "xlsx", "name": "振込元切替対象者.xlsx",
            "sheets": {"対象者": [
                ["社員番号", "氏名", "振込先", "口座番号", "前月支給額"],
                ["H24017", "漆畑 貴之", "東浜信金 港南", "2204719", 251380],
                ["H25003", "笹生 美帆", "東浜信金 本店", "3318056", 198720],
                ["H19122", "道祖土 健", "東浜信金 浜北", "0917734", 342610],
                ["H21046", "八鍬 智美", "東浜信金 港南", "2283145", 226950],
                ["H20088", "冨樫 雄大", "東浜信金 磐田", "4406627", 289040],
                ["H22154", "宍戸 紗英", "東浜信金 本店", "3390412", 214470],
                ["H17205", "鬼頭 真砂子", "東浜信金 本店", "1182530", 305300],
                ["H16019", "乙部 則子", "東浜信金 港南", "2276048", 318920],
                ["H21112", "御手洗 光", "東浜信金 湖西", "5038816", 241070],
                ["H18031", "閏間 浩二", "東浜信金 本店", "3375521", 336480],
            ]},
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "list of ten employees' accounts, but only to internal recipients (subdomain counts)",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "shinkin-034",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "subject": "【社外秘】財形奨励金の見直し案についてのご相談",
        "charset": "cp932",
        "body": """【社外秘】

東浜信用金庫 水越様

お世話になっております。百瀬です。
来年度の福利厚生見直しの一環として、財形奨励金の増額を検討しております。
まだ経営会議前の案ですので、取扱いにはご注意ください。

　現行：積立額の３％（上限月1,000円）
　案Ａ：積立額の５％（上限月2,000円）　年間コスト増 約190万円
　案Ｂ：財形住宅のみ10％（上限月3,000円）　年間コスト増 約120万円

同規模の職域先での実施状況など、参考情報をいただけますと助かります。
""" + SIG_MOMOSE,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is classified 【社外秘】 in subject and body",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "shinkin-035",
        "sender": "Ryo Okonogi <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["International Business Desk <intl-desk@tohama-shinkin.co.jp>"],
        "subject": "Outward remittance to Thai supplier - required documents",
        "charset": "utf-8",
        "body": """Dear International Business Desk,

Thank you for your support as always.
We are planning to pay our supplier in Thailand, Siam Precision Parts Co., Ltd.,
by outward remittance of THB 2,450,000 at the end of this month.

Could you let us know:
 1. the documents required for the first remittance to a new beneficiary,
 2. the cut-off time for same-day processing, and
 3. whether the invoice (No. SPP-2026-0713) must be submitted in original.

Best regards,
Ryo Okonogi
Finance Section, Accounting Dept.
Hinode Sangyo Co., Ltd.
Tel: +81-53-455-7160

----------------------------------------------------------------------
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain
confidential and/or privileged information and are intended solely for
the addressee. If you are not the intended recipient, please notify the
sender immediately and delete this e-mail. Any review, copying or
distribution by others is strictly prohibited.
本メールには機密情報が含まれている場合があります。誤って受信された場合は削除してください。
----------------------------------------------------------------------
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary English business mail; confidentiality disclaimer is not a marking",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "shinkin-036",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["浜北支店 渉外係 <hamakita-shogai@tohama-shinkin.co.jp>"],
        "subject": "職域積金 加入者名簿（浜北工場分）の送付",
        "charset": "cp932",
        "body": """東浜信用金庫 浜北支店 渉外係 御中

いつも集金にお越しいただきありがとうございます。日の出産業 総務の能登です。
浜北工場の職域積金（定期積金）加入者名簿を更新しましたのでお送りします。
満期案内の送付先として住所をお使いください。
""" + SIG_NOTO,
        "attachments": [{
            "kind": "xls", "name": "職域積金加入者_浜北.xls",
            "sheets": {"名簿": [
                ["氏名", "生年月日", "住所", "電話", "掛金(月)", "満期"],
                ["粟野 康弘", "S50.7.12", "静岡県浜松市浜名区中瀬3211-4", "053-588-4120", 20000, "2027/03"],
                ["大庭 聖子", "S57.2.3", "静岡県浜松市浜名区横須賀512", "053-587-9935", 10000, "2026/12"],
                ["堤 伸吾", "H2.10.28", "静岡県浜松市天竜区二俣町阿蔵208-1", "090-1123-5841", 30000, "2028/06"],
                ["仁科 美里", "S61.6.15", "静岡県浜松市浜名区平口2870", "080-7712-3084", 10000, "2027/09"],
                ["若狭 隆之", "S47.12.1", "静岡県浜松市浜名区根堅1733-2", "053-583-0466", 50000, "2026/10"],
                ["米倉 千尋", "H5.4.9", "静岡県磐田市見付5570-12", "070-4468-2290", 10000, "2029/03"],
                ["根本 剛", "S55.9.22", "静岡県浜松市浜名区内野台2-31-7", "053-586-7127", 20000, "2027/12"],
                ["槇 奈津子", "S63.1.30", "静岡県浜松市中央区小池町2411", "090-6650-1938", 15000, "2028/01"],
                ["東海林 勉", "S45.3.17", "静岡県浜松市浜名区於呂3052", "053-589-2214", 30000, "2026/08"],
                ["森園 あずさ", "H8.8.8", "静岡県浜松市浜名区新原6714", "080-3345-7702", 5000, "2030/04"],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "legacy XLS roster of ten savers with 和暦 birth dates, addresses and phones",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "shinkin-037",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 総務部 荻野様 <ogino@kitaguni-foods.co.jp>"],
        "subject": "浜松周辺の東浜信用金庫 店舗一覧（ご参考）",
        "charset": "utf-8",
        "body": """北国フーズ株式会社 総務部
荻野様

先日の交流会ではありがとうございました。日の出産業の能登です。
浜松営業所の開設にあたり、給与振込先として東浜信金をご検討とのことでしたので、
営業所の近隣店舗とATMの一覧をお送りします（同金庫の公開情報から作成）。
ご担当の法人営業部 水越様（053-452-0120）へお繋ぎすることもできます。
""" + SIG_NOTO,
        "attachments": [
            {"kind": "csv", "name": "tohama_shinkin_branches.csv", "encoding": "utf-8",
             "rows": [
                 ["店舗名", "種別", "住所", "電話", "平日窓口", "ATM稼働"],
                 ["本店営業部", "店舗", "静岡県浜松市中央区旭町4-11", "053-452-0101", "9:00-15:00", "7:00-23:00"],
                 ["港南支店", "店舗", "静岡県浜松市中央区海老塚1-20-3", "053-441-7725", "9:00-15:00", "8:00-21:00"],
                 ["可美出張所", "出張所", "静岡県浜松市中央区増楽町1408", "053-448-3301", "9:00-15:00", "8:45-19:00"],
                 ["浜松駅南ATM", "ATM", "静岡県浜松市中央区砂山町6-1", "", "", "8:00-21:00"],
                 ["イオン浜松西ATM", "ATM", "静岡県浜松市中央区入野町6244-1", "", "", "9:00-21:00"],
                 ["浜北支店", "店舗", "静岡県浜松市浜名区貴布祢305", "053-586-2231", "9:00-15:00", "8:00-21:00"],
             ]},
            {"kind": "html", "name": "店舗マップ.html",
             "html": "<html><head><meta charset='utf-8'><title>店舗マップ</title></head><body><h1>東浜信用金庫 浜松中央エリア 店舗マップ</h1><ul><li>本店営業部（旭町）</li><li>港南支店（海老塚）</li><li>可美出張所（増楽町）</li></ul><p>※2026年4月現在</p></body></html>"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of bank branches and ATMs: businesses, plus a bank officer's office number",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "shinkin-038",
        "sender": "Wataru Momose <w.momose@hinode-sangyo.co.jp>",
        "to": ["港南支店 舟橋 <funahashi@tohama-shinkin.co.jp>"],
        "subject": "技能実習生の口座開設（5名）事前情報 / Account opening for trainees",
        "charset": "utf-8",
        "body": """東浜信用金庫 港南支店 舟橋様

お世話になっております。日の出産業の百瀬です。
来月入国する技能実習生5名の給与口座開設について、監理団体から受け取った
在留カード情報を事前にお送りします。来店時は通訳が同行します。

No. Name (as on residence card)   Nationality  DOB          Residence card No.
--- ----------------------------- ------------ ------------ ------------------
1   NGUYEN VAN THANH              Viet Nam     2001-03-17   UH48213706EA
2   TRAN THI MAI                  Viet Nam     2000-11-02   UH48213719EA
3   PHAM DUC ANH                  Viet Nam     2002-07-25   UH48213722EA
4   SANTOS MARIA LUISA REYES      Philippines  1999-05-30   PQ70381146EC
5   DELA CRUZ JOHN PAUL           Philippines  2001-09-09   PQ70381159EC

Address after arrival: company dormitory (Hinode Sangyo Hamakita dormitory).
Please let me know if anything else is needed.
""" + SIG_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "five trainees with residence card numbers and birth dates: identifiers and a list",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "shinkin-039",
        "sender": "勅使河原 聡 <s.teshigawara@hinode-sangyo.co.jp>",
        "to": ["本店営業部 預金係 <honten-yokin@tohama-shinkin.co.jp>"],
        "subject": "住所変更の手続について（個人口座）",
        "charset": "iso-2022-jp",
        "body": """東浜信用金庫 本店営業部 預金係 御中

いつもお世話になっております。
給与振込の件で普段やり取りしております日の出産業の勅使河原ですが、
本日は個人の口座の件でご連絡いたしました。

転居に伴い、下記口座の届出住所を変更したいのですが、
窓口に行かずに郵送で手続できるか教えていただけますでしょうか。

　口座　　：本店営業部　普通　3301874　名義 テシガワラ サトシ
　新住所　：〒432-8061 静岡県浜松市中央区入野町15-27-302

よろしくお願いいたします。
""" + SIG_TESHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "the sender's own account and new address: one person's data",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "shinkin-040",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["浜北支店 渉外係 <hamakita-shogai@tohama-shinkin.co.jp>"],
        "subject": "Re: 口座振替依頼書の回収状況",
        "charset": "cp932",
        "body": """浜北支店 渉外係 ご担当者様

お世話になっております。能登です。
口座振替依頼書の回収状況を一覧にしてお送りします。
ファイルが開けない場合はお知らせください。
""" + SIG_NOTO,
        "attachments": [{"kind": "corrupt", "name": "口座振替依頼書_回収状況.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "corrupt XLSX attachment: cannot be inspected",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "shinkin-041",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["zaikei-center@tohama-shinkin.co.jp"],
        "subject": "障害者等の少額預金非課税制度（マル優）利用希望者について",
        "charset": "utf-8",
        "body": """東浜信用金庫 財形事務センター ご担当者様

お世話になっております。日の出産業の百瀬です。
財形とは別に、積立定期でマル優の適用を希望する社員が3名おります。
適用にあたり必要な確認書類をご教示いただきたく、対象者の一覧を添付します。
""" + SIG_MOMOSE,
        "attachments": [{
            "kind": "xlsx", "name": "マル優希望者.xlsx",
            "sheets": {"希望者": [
                ["マル優（障害者等の少額預金非課税制度）利用希望者"],
                ["氏名", "生年月日", "対象となる事由", "手帳等", "積立定期 口座"],
                ["大塚 啓介", "1978/02/16", "身体障害者", "身体障害者手帳 2級（下肢）", "本店 定積 7720148"],
                ["望月 小百合", "1969/10/05", "遺族基礎年金受給者", "年金証書", "港南 定積 7731652"],
                ["三田村 翔", "1995/06/21", "精神障害者", "精神障害者保健福祉手帳 3級", "浜北 定積 7740399"],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "rows tie named employees to disabilities (要配慮個人情報), even though only three rows",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "shinkin-042",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "subject": "Re: 財形非課税申告書のマイナンバー記載について",
        "charset": "iso-2022-jp",
        "body": """水越様

ご確認ありがとうございます。百瀬です。

社内で検討した結果、財形住宅・財形年金の非課税申告書については、
個人番号欄は社員本人が記入し、本人確認書類の写しとともに
封緘した状態で人事部が回収、そのまま貴金庫へ引き渡す運用といたします。
人事部では番号を控えず、メールやExcelで番号を取りまとめることもいたしません。

この運用で貴金庫の受付上問題がないか、念のためご確認をお願いします。

-----Original Message-----
From: 水越 崇 [mailto:t.mizukoshi@tohama-shinkin.co.jp]
Sent: Tuesday, May 12, 2026 4:18 PM
Subject: 財形非課税申告書のマイナンバー記載について

非課税申告書には個人番号の記載が必要です。勤務先経由でご提出いただく場合の
取扱いについて、御社のご方針をお聞かせください。
""" + SIG_MOMOSE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "discusses My Number handling but carries no number",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "shinkin-043",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["かえでホーム 営業部 <eigyo@kaede-home.co.jp>"],
        "cc": ["湊不動産 賃貸売買課 <baibai@minato-fudosan.jp>",
               "三光住宅 浜松展示場 <hamamatsu@sanko-jutaku.co.jp>"],
        "subject": "日の出産業 社員向け住宅購入支援制度のご案内（提携事業者様へ）",
        "charset": "utf-8",
        "body": """提携事業者各位

平素より弊社社員の住宅取得にご協力いただきありがとうございます。
日の出産業 人事部の百瀬です。

本年10月より、東浜信用金庫の職域提携住宅ローンの金利優遇が拡充されます。
社員が貴社を通じて物件を購入する際は、同金庫ローンプラザへのご紹介を
お願いできますと幸いです。紹介時には社員証の提示で優遇が適用されます。

パンフレットは来週、各社様宛に郵送いたします。
""" + SIG_MOMOSE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three unrelated housing companies see each other in To/Cc: should have been Bcc",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "shinkin-044",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["千々岩 様 <chijiiwa@tohama-shinkin.co.jp>"],
        "subject": "RE: 相続人様の口座情報のご確認",
        "charset": "cp932",
        "body": """千々岩様

ご確認いただきありがとうございます。能登です。
記載内容に相違ございません。死亡退職金はご指定の口座へ
8月28日に振り込む予定です。

差出人: 千々岩 <chijiiwa@tohama-shinkin.co.jp>
送信日時: 2026年8月18日 11:02
宛先: 能登 真澄 <m.noto@hinode-sangyo.co.jp>
件名: 相続人様の口座情報のご確認

日の出産業 能登様

相続人代表者様から、受取口座として以下のご指定がありました。
御社からの死亡退職金のお振込先としても同口座でよいか、ご確認ください。

　名義：砂押 佳代子 様
　口座：東浜信用金庫 磐田支店 普通 4471203
　住所：静岡県磐田市見付2981-4
　電話：0538-35-6127

東浜信用金庫 相続・事務サポートセンター 千々岩
""" + SIG_NOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the heir's details appear only in the quoted original (差出人/送信日時 block)",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "shinkin-045",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["ローンプラザ 鴨下 <y.kamoshita@tohama-shinkin.co.jp>"],
        "subject": "住宅ローン社内相談会（9/12）予約者のお知らせ",
        "charset": "cp932",
        "body": """鴨下様

お世話になっております。百瀬です。
9月12日（土）の社内相談会の予約者が確定しましたのでお知らせします。
事前に資料をお送りいただく場合は、各自のメールアドレスへお願いします。

【1】10:00〜
　氏名：冨樫 雄大
　所属：設計部
　連絡先：090-5874-2216 / yudai.togashi.home@gmail.com
　相談内容：新築（注文住宅）、ペアローン希望

【2】10:45〜
　氏名：宍戸 紗英
　所属：総務部
　連絡先：080-3067-1149 / sae_shishido@yahoo.co.jp
　相談内容：中古マンション購入

【3】11:30〜
　氏名：閏間 浩二
　所属：製造部 第一課
　連絡先：070-8812-6630 / k-uruma@icloud.com
　相談内容：他行からの借換え

【4】13:00〜
　氏名：乙部 則子
　所属：品質保証部
　連絡先：090-1956-4408 / otobe.noriko@outlook.jp
　相談内容：リフォームローン

【5】13:45〜
　氏名：神保 拓海
　所属：営業部
　連絡先：080-2231-7795 / takumi.jimbo0321@gmail.com
　相談内容：土地先行取得

【6】14:30〜
　氏名：鬼頭 真砂子
　所属：経理部
　連絡先：070-4490-3318 / masako.kito@ezweb.ne.jp
　相談内容：繰上返済の相談
""" + SIG_MOMOSE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six one-record-per-block entries with mobiles and private e-mail addresses",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "shinkin-046",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["y.kamoshita@tohama-shinkin.co.jp"],
        "subject": "社内報掲載内容のご確認（職域提携ローン金利）",
        "charset": "utf-8",
        "body": """鴨下様

お世話になっております。百瀬です。
社内報10月号に、以下の金利表を掲載する予定です。
誤りがないかご確認いただけますでしょうか。

＜東浜信用金庫 職域提携ローン 適用金利（2026年10月1日現在）＞
商品名                  基準金利   提携優遇後
---------------------   --------   ----------
住宅ローン（変動）       2.475%     0.725%
住宅ローン（10年固定）   3.150%     1.550%
リフォームローン         3.800%     2.300%
マイカーローン           3.500%     1.900%
教育ローン               3.300%     1.800%

※審査の結果、ご希望に添えない場合があります。
※金利は毎月見直します。

掲載の締切は9月20日です。
""" + SIG_MOMOSE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a rate table, like a price list: no personal data",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "shinkin-047",
        "sender": "五十嵐 詩織 <s.igarashi@hinode-sangyo.co.jp>",
        "to": ["楢崎 先生 <narasaki@shirakawa-lavv.jp>"],
        "subject": "社内預金の相続人への払戻しに関するご相談",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
楢崎先生

いつもお世話になっております。日の出産業 法務グループの五十嵐です。

死亡退職した社員の社内預金について、相続人の一部が所在不明のため
遺産分割協議がまとまらない見込みです。
この場合、法定相続分に応じて一部の相続人にのみ払い戻すことが
可能かどうか、ご意見を伺えますでしょうか。

来週中にお電話でご相談できれば幸いです。
""" + SIG_IGA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-lavv.jp imitates partner shirakawa-law.jp (vv for w)",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "shinkin-048",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["chijiiwa@tohama-shinkin.co.jp"],
        "subject": "原本書類のご返送について（追跡番号）",
        "charset": "iso-2022-jp",
        "body": """千々岩様

お世話になっております。能登です。
お預かりしていた戸籍関係書類の原本を、本日レターパックプラスで
ご返送いたしました。

　追跡番号：3362-7718-0945
　到着予定：8月21日（金）

到着しましたら念のためお知らせいただけますと幸いです。
""" + SIG_NOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a tracking number and routine shipping notice",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "shinkin-049",
        "sender": "小此木 亮 <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["尾崎税理士事務所 尾崎 <ozaki@ozaki-zeirishi.jp>"],
        "subject": "相続税申告用 残高証明書等（暗号化ファイル）",
        "charset": "utf-8",
        "body": """尾崎先生

お世話になっております。日の出産業 経理部の小此木です。
故 砂押様のご遺族から依頼のあった、社内預金・財形の残高証明書と
死亡退職金の支払調書の写しを暗号化ZIPでお送りします。
パスワードはご遺族経由でお伝えします。
""" + SIG_OKONOGI,
        "attachments": [{
            "kind": "zip", "name": "残高証明等_砂押.zip", "password": "Sunaoshi-2026",
            "files": [{"kind": "docx", "name": "残高証明書.docx",
                       "paragraphs": ["残高証明書", "社内預金残高 2,318,440円（2026年7月2日現在）"]}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted ZIP: contents cannot be inspected",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "shinkin-050",
        "sender": "五十嵐 詩織 <s.igarashi@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "subject": "職域提携ローンに関する覚書（修正版）",
        "charset": "utf-8",
        "body": """水越様

お世話になっております。五十嵐です。
ご指摘いただいた第3条（紹介手数料の不収受）を修正した覚書をお送りします。
問題なければ、製本版を2部お送りしますので押印をお願いいたします。
""" + SIG_IGA,
        "attachments": [{
            "kind": "docx", "name": "覚書_職域提携ローン_修正版.docx",
            "title": "職域提携ローンに関する覚書",
            "paragraphs": [
                "職域提携ローンに関する覚書",
                "日の出産業株式会社（法人番号 8080001023456、以下「甲」）と東浜信用金庫（法人番号 9080401008832、以下「乙」）は、甲の従業員に対する乙の融資商品の提供に関し、以下のとおり合意する。",
                "第1条　乙は、甲の従業員に対し、別表に定める優遇金利を適用する。",
                "第2条　甲は、乙の商品案内を社内に掲示し、説明会の開催に協力する。",
                "第3条　甲は、本覚書に基づく紹介について、乙から手数料その他の対価を受領しない。",
                "第4条　甲は、従業員の融資の審査に関与せず、その債務を保証しない。",
                "第5条　本覚書の有効期間は1年とし、異議がなければ同一条件で更新する。",
            ],
            "tables": [[["商品", "優遇幅"], ["住宅ローン", "最大▲1.75%"], ["マイカーローン", "▲1.60%"]]],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "a contract draft between two organisations; only corporate numbers, no people",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "shinkin-051",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "subject": "FW: マネーセミナー参加希望者（個人アドレスへの案内希望）",
        "charset": "utf-8",
        "body": """水越様

お世話になっております。百瀬です。
マネーセミナーの案内を個人アドレスで受け取りたいという社員の一覧を、
社内で取りまとめたメールごと添付します。
直接ご案内をお送りいただけますと助かります。
""" + SIG_MOMOSE,
        "attachments": [{
            "kind": "eml", "name": "セミナー参加希望者.eml",
            "message": {
                "sender": "各務 <y.kagami@hinode-sangyo.co.jp>",
                "to": ["百瀬 航 <w.momose@hinode-sangyo.co.jp>"],
                "subject": "マネーセミナー参加希望者（個人アドレス）",
                "charset": "iso-2022-jp",
                "body": """百瀬さん

営業部の希望者です。案内は個人アドレスに送ってほしいとのことです。

氏名, 所属, 個人メールアドレス
各務 陽介, 営業一課, yosuke.kagami77@gmail.com
廿日出 麻衣, 営業一課, mai.hatsukade@yahoo.co.jp
蓮見 崇史, 営業二課, hasumi_takashi@icloud.com
雨宮 千夏, 営業二課, chinatsu-amemiya@outlook.jp
土橋 弘樹, 営業推進, hiroki.dobashi@gmail.com
香取 恵理, 営業推進, eri.katori.0412@docomo.ne.jp
伊集院 翼, 営業一課, tsubasa.ijuin@gmail.com

各務
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "attached mail lists seven employees' private e-mail addresses: list of people",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "shinkin-052",
        "sender": "勅使河原 聡 <s.teshigawara@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 総務課 牧野様 <makino@aoba-unyu.co.jp>"],
        "subject": "東浜信用金庫のご担当者のご紹介",
        "charset": "cp932",
        "body": """青葉運輸株式会社 総務課
牧野様

いつもお世話になっております。日の出産業 給与課の勅使河原です。
先日お話のあった給与振込先の件、東浜信用金庫のご担当者をご紹介します。

　東浜信用金庫 法人営業部 職域推進課
　課長代理 水越 崇 様
　TEL 053-452-0120（直通）
　t.mizukoshi@tohama-shinkin.co.jp

弊社から一言お伝えしておきますので、直接ご連絡いただいて大丈夫です。
""" + SIG_TESHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one business contact of another company: not personal data to flag",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "shinkin-053",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["財形事務センター <zaikei-center@tohama-shinkin.co.jp>"],
        "subject": "退職者の財形解約および社内預金清算について",
        "charset": "iso-2022-jp",
        "body": """東浜信用金庫 財形事務センター ご担当者様

日の出産業 総務部の能登です。

弊社社員 宇佐見 剛志（社員番号 H15088）が、9月2日に窃盗の容疑で逮捕され、
9月10日付で懲戒解雇となりました。
これに伴い、同人の一般財形の解約手続について、本人が勾留中で来店できない場合の
取扱いをご教示ください。弁護人を通じて委任状を取得することは可能です。
""" + SIG_NOTO,
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a named employee's arrest: criminal record is 要配慮個人情報",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "shinkin-054",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["ローンプラザ <loanplaza@tohama-shinkin.co.jp>"],
        "subject": "事前審査ご希望の社員4名について",
        "charset": "cp932",
        "body": """東浜信用金庫 ローンプラザ ご担当者様

日の出産業の百瀬です。
住宅ローンの事前審査を希望する社員が4名おりますので、ご連絡先をお伝えします。
日中は勤務中のため、18時以降にお電話いただけますと幸いです。

　氏名　　　　　　携帯電話
　－－－－－－　　－－－－－－－－－－－
　桐ヶ谷　潤　　　０９０－７１２２－４０５８
　須々木　綾乃　　０８０－６６３１－２９０４
　渡嘉敷　亮　　　０７０－３５０８－１７６２
　五味　千晶　　　０９０－２４８７－６６１９

以上4名です。
""" + SIG_MOMOSE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four people with mobiles (full-width): below the five-record threshold, may warn",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "shinkin-055",
        "sender": "勅使河原 聡 <s.teshigawara@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "subject": "給与振込に関する協定書の締結に伴う規程抜粋",
        "charset": "utf-8",
        "body": """水越様

お世話になっております。勅使河原です。
給与振込に関する協定書の締結にあたり、ご依頼のあった
給与規程の関係条項の抜粋をお送りします。
""" + SIG_TESHI,
        "attachments": [{
            "kind": "docx", "name": "給与規程_抜粋.docx",
            "page_header": "部外秘　人事部",
            "paragraphs": [
                "給与規程（抜粋）　2025年4月1日改定",
                "第12条（支払方法）給与は、本人の同意を得て、本人が指定する金融機関の本人名義の口座に振り込む。",
                "第13条（支給日）給与は毎月25日に支給する。支給日が金融機関の休業日に当たるときは、その前営業日に支給する。",
                "第14条（非常時払）社員が出産、疾病、災害等の費用に充てるために請求したときは、支給日前であっても既往の労働に対する給与を支払う。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX whose page header is stamped 部外秘",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "shinkin-056",
        "sender": "Wataru Momose <w.momose@hinode-sangyo.co.jp>",
        "to": ["funahashi@tohama-shinkin.co.jp"],
        "subject": "Account opening for our new engineer, Mr. Kowalski",
        "charset": "utf-8",
        "body": """舟橋様 / Dear Mr. Funahashi,

Following our phone call, here are the details of our new engineer who will
visit your branch next Monday to open a salary account. He has not yet
received his residence card, so he will bring his passport.

  Name:          Piotr Andrzej KOWALSKI
  Date of birth: 14 March 1993
  Nationality:   Poland
  Passport No.:  EK4719036
  Address:       静岡県浜松市中央区佐鳴台3-41-2 サナルハイツ305
  Employer:      Hinode Sangyo Co., Ltd. (Design Dept.)

He speaks English; I will accompany him.
""" + SIG_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a passport number with name, birth date and address",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "shinkin-057",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "subject": "秋の財形・住宅ローン説明会 資料案のご確認",
        "charset": "iso-2022-jp",
        "body": """水越様

お世話になっております。百瀬です。
10月の説明会で使うスライドの案を作成しました。
貴金庫パートの数字（金利・商品内容）に誤りがないか、ご確認をお願いします。
""" + SIG_MOMOSE,
        "attachments": [{
            "kind": "pptx", "name": "財形住宅ローン説明会_案.pptx",
            "title": "財形・住宅ローン説明会",
            "slides": [
                ["財形・住宅ローン説明会", "日の出産業株式会社 人事部", "東浜信用金庫 法人営業部"],
                ["財形貯蓄の3つの種類", "一般財形：目的自由", "財形住宅：元利合計550万円まで非課税", "財形年金：60歳以降に年金で受取"],
                ["職域提携住宅ローン", "変動金利 0.725%（10月1日現在）", "事務手数料 半額", "財形融資との併用も可能"],
                ["申込の流れ", "人事部で申込書を配付", "ローンプラザで個別相談", "事前審査 → 本審査 → 契約"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "presentation draft about products: no personal data",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "shinkin-058",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["zaikei-center@tohama-shinkin.co.jp"],
        "subject": "非課税貯蓄申告書（大塚）の記載内容の確認",
        "charset": "utf-8",
        "body": """財形事務センター ご担当者様

百瀬です。先日お問い合わせのあった大塚の申告書について、
記載内容を転記したPDFをお送りします。原本は本人が窓口へ持参します。
""" + SIG_MOMOSE,
        "attachments": [{
            "kind": "pdf", "name": "非課税貯蓄申告書_記載内容_大塚.pdf",
            "lines": [
                "非課税貯蓄申告書 記載内容（転記）",
                "氏名：大塚 啓介（オオツカ ケイスケ）",
                "生年月日：昭和53年2月16日",
                "住所：静岡県浜松市中央区上島6-19-10",
                f"個人番号：{_mn(my_number(SEED + 8), '-')}",
                "適用区分：身体障害者手帳の交付を受けている者",
                "確認書類：身体障害者手帳（第2級・下肢機能障害）交付番号 静第41-08826号",
                "非課税限度額：3,500,000円",
            ],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF with an employee's My Number and disability status",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "shinkin-059",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["tetsuo.isogai@gmail.com", "kumi.shiomi.55@yahoo.co.jp",
               "osamu-hiwatashi@ezweb.ne.jp", "m.sogabe1958@icloud.com"],
        "subject": "在職中に開設された給与振込口座についてのお知らせ",
        "charset": "iso-2022-jp",
        "body": """日の出産業株式会社を退職された皆さま

ご無沙汰しております。日の出産業 総務部の能登です。

在職中に給与振込用として開設された東浜信用金庫の口座のうち、
長期間お取引のない口座は、休眠預金等活用法により
預金保険機構へ移管される場合があります（移管後も引き出しは可能です）。

お心当たりのある方は、通帳・届出印・本人確認書類をお持ちのうえ、
同金庫の最寄りの店舗にご相談ください。
""" + SIG_NOTO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "four former employees' private addresses visible to each other in To",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "shinkin-060",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["能登 真澄 <m.noto@hinode-sangyo.co.jp>"],
        "bcc": ["chiaki.inomata@gmail.com", "mas.sogabe@yahoo.co.jp", "a-hayakawa@docomo.ne.jp",
                "k.tateishi.1959@icloud.com", "ruriko-ohmae@softbank.ne.jp", "takeshi.mine@outlook.jp"],
        "subject": "【日の出産業 OB・OGの皆さまへ】休眠口座に関するご案内",
        "charset": "utf-8",
        "body": """OB・OGの皆さま（Bccにてお送りしています）

日の出産業 総務部の能登です。
在職中に開設した給与振込口座を長くお使いでない方へのご案内です。
10年以上お取引のない預金は休眠預金として預金保険機構に移管されることがあります。
移管後でも、東浜信用金庫の窓口で引き出しの手続ができます。

ご不明な点は総務部（053-455-7120）までお問い合わせください。
""" + SIG_NOTO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "private addresses correctly in Bcc; To is the sender herself",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "shinkin-061",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["港南支店 舟橋様 <funahashi@tohama-shinkin.co.jp>"],
        "subject": "中途入社者の口座開設（本人確認書類について）",
        "charset": "cp932",
        "body": """舟橋様

お世話になっております。日の出産業の百瀬です。
来週入社する中途社員が、運転免許証を持っておらず、
本人確認書類として健康保険の資格確認書を持参する予定です。
事前に確認いただけるよう、記載内容をお伝えします。

　氏名　　　：鳩山　早苗（ハトヤマ　サナエ）
　生年月日　：昭和６３年１１月２日
　保険者　　：全国健康保険協会 静岡支部
　記号　　　：２２０８１４５
　番号　　　：３７
　枝番　　　：００

補助書類として公共料金の領収書も持参させます。
""" + SIG_MOMOSE,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "health insurance 記号・番号 of a named person: an identity document number",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "shinkin-062",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "subject": "上期 財形積立実績のご報告",
        "charset": "utf-8",
        "body": """水越様

上期（4月〜9月）の財形積立実績をお送りします。

月   件数  積立額合計
4月  139   3,684,000
5月  140   3,702,000
6月  141   3,728,000（賞与月 +4,410,000）
7月  141   3,728,000
8月  140   3,716,000
9月  141   3,731,000

日の出産業 総務部 能登""",
        "html": """<html><body>
<p>水越様</p>
<p>上期（4月〜9月）の財形積立実績をお送りします。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>月</th><th>件数</th><th>積立額合計（円）</th></tr>
<tr><td>4月</td><td>139</td><td>3,684,000</td></tr>
<tr><td>5月</td><td>140</td><td>3,702,000</td></tr>
<tr><td>6月</td><td>141</td><td>3,728,000（賞与月 +4,410,000）</td></tr>
<tr><td>7月</td><td>141</td><td>3,728,000</td></tr>
<tr><td>8月</td><td>140</td><td>3,716,000</td></tr>
<tr><td>9月</td><td>141</td><td>3,731,000</td></tr>
</table>
<p>日の出産業 総務部 能登</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "monthly aggregate totals in text + HTML: statistics only",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "shinkin-063",
        "sender": "勅使河原 聡 <s.teshigawara@hinode-sangyo.co.jp>",
        "to": ["jimu-shuchu@tohama-shinkin.co.jp"],
        "subject": "給与振込先変更届（10月分）のとりまとめ",
        "charset": "iso-2022-jp",
        "body": """事務集中課 ご担当者様

日の出産業 給与課の勅使河原です。
10月支給分から振込先を変更する社員の届出を取りまとめました（Word）。
口座名義の照合をお願いいたします。
""" + SIG_TESHI,
        "attachments": [{
            "kind": "docx", "name": "給与振込先変更届_10月.docx",
            "paragraphs": ["給与振込先変更届 とりまとめ（2026年10月支給分）", "日の出産業株式会社 人事部給与課"],
            "tables": [[
                ["氏名", "カナ", "変更前", "変更後"],
                ["粟野 康弘", "アワノ ヤスヒロ", "みどり銀行 浜北 普通 6604512", "東浜信金 浜北 普通 0923381"],
                ["米倉 千尋", "ヨネクラ チヒロ", "ゆうちょ 記号12340 番号55128871", "東浜信金 磐田 普通 4418820"],
                ["槇 奈津子", "マキ ナツコ", "東浜信金 本店 普通 1129045", "東浜信金 港南 普通 2304467"],
                ["東海林 勉", "ショウジ ツトム", "みどり銀行 浜松駅前 普通 6619230", "東浜信金 本店 普通 1203396"],
                ["森園 あずさ", "モリゾノ アズサ", "静岡中央銀行 浜北 普通 3382014", "東浜信金 浜北 普通 0931157"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "DOCX table of five employees' old and new bank accounts",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "shinkin-064",
        "sender": "Wataru Momose <w.momose@hinode-sangyo.co.jp>",
        "to": ["Funahashi <funahashi@tohama-shinkin.co.jp>"],
        "subject": "Re: Account opening - trainees (confirmation)",
        "charset": "utf-8",
        "body": """Dear Mr. Funahashi,

Thank you very much for opening the accounts so quickly.
We will hand the cash cards to the trainees at the dormitory on Friday.

Best regards,
Wataru Momose

On Wed, 14 Oct 2026 at 16:40, Funahashi <funahashi@tohama-shinkin.co.jp> wrote:
> Dear Mr. Momose,
>
> The following accounts have been opened (Konan branch, ordinary):
>   NGUYEN VAN THANH      2318840
>   TRAN THI MAI          2318853
>   PHAM DUC ANH          2318866
>   SANTOS MARIA LUISA    2318879
>   DELA CRUZ JOHN PAUL   2318882
> Cash cards will be delivered to your office by registered mail.
>
> Funahashi, Tohama Shinkin Bank, Konan Branch
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the account list is only in the quoted \"wrote:\" part; new text is a thank-you",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "shinkin-065",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 財形担当 <zaikei@midori-ginko.jp>"],
        "subject": "財形貯蓄の取扱金融機関追加に関するご連絡",
        "charset": "cp932",
        "body": """株式会社みどり銀行 財形ご担当者様

いつもお世話になっております。日の出産業 人事部の百瀬です。

来年度から財形貯蓄の取扱金融機関として東浜信用金庫を追加いたします。
貴行での既存契約はそのまま継続いたしますので、引き続きよろしくお願いします。
新規加入者の案内資料は、両金融機関のものを並べて配付する予定です。
""" + SIG_MOMOSE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginko.jp drops the co. of partner midori-ginko.co.jp",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "shinkin-066",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["相続・事務サポートセンター <sozoku-center@tohama-shinkin.co.jp>"],
        "subject": "故 桐原様の財形貯蓄について（ご遺族からのご依頼）",
        "charset": "utf-8",
        "body": """東浜信用金庫 相続・事務サポートセンター ご担当者様

日の出産業 総務部の能登です。
弊社社員の桐原 修一が、昨年から膵臓がんで療養しておりましたが、
10月3日に逝去いたしました。ご遺族から、財形貯蓄の相続手続について
会社からも一言伝えてほしいとのご依頼がありましたのでご連絡します。

手続の窓口はご長女の方になる予定です。
必要書類のご案内をご遺族宛にお送りいただけますでしょうか。
""" + SIG_NOTO,
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a deceased employee's illness: the APPI covers the living, yet it is health data of a named person",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "shinkin-067",
        "sender": "小此木 亮 <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["磐田支店 <iwata@tohama-shinkin.co.jp>"],
        "subject": "旧磐田営業所名義口座の取扱いについて",
        "charset": "iso-2022-jp",
        "body": """東浜信用金庫 磐田支店 御中

いつもお世話になっております。日の出産業 経理部の小此木です。

2015年に閉鎖した旧磐田営業所の小口現金用口座が残っていることが分かりました。

　口座名義：日の出産業株式会社 磐田営業所
　口座　　：磐田支店 普通 4002186

最終取引から10年近く経過しており、休眠預金となっている可能性があります。
解約して本店の当座へ移したいのですが、必要な書類を教えてください。
法人の場合も休眠預金等活用法の対象となるのでしょうか。
""" + SIG_OKONOGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the company's own dormant account: a business account, not personal data",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "shinkin-068",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "subject": "財形 年末残高照合資料の送付",
        "charset": "cp932",
        "body": """水越様

お世話になっております。能登です。
年末の残高照合用に、弊社側の台帳を送付状と一緒にZIPにまとめました。
貴金庫の残高との差異があればお知らせください。
""" + SIG_NOTO,
        "attachments": [{
            "kind": "zip", "name": "財形残高照合_2026年末.zip",
            "files": [
                {"kind": "docx", "name": "送付状.docx",
                 "paragraphs": ["送付状", "東浜信用金庫 法人営業部 御中", "財形年末残高照合資料を送付いたします。", "日の出産業株式会社 総務部"]},
                {"kind": "xlsx", "name": "財形台帳_年末残高.xlsx",
                 "sheets": {"一般財形": [
                     ["財形台帳（2026年12月末）"],
                     ["社員番号", "氏名", "取扱店", "財形口座番号", "残高"],
                     ["H24017", "漆畑 貴之", "港南", "8820471", 318000],
                     ["H25003", "笹生 美帆", "本店", "8820484", 45000],
                     ["H19122", "道祖土 健", "浜北", "8813096", 2204000],
                     ["H25011", "真柄 ひかる", "本店", "8820497", 52000],
                     ["H21046", "八鍬 智美", "港南", "8817733", 906000],
                     ["H17205", "鬼頭 真砂子", "本店", "8809128", 3381500],
                     ["H16019", "乙部 則子", "港南", "8806645", 4120000],
                     ["H21112", "御手洗 光", "湖西", "8817801", 612000],
                     ["H23077", "神保 拓海", "本店", "8819052", 377000],
                 ], "財形住宅": [
                     ["社員番号", "氏名", "取扱店", "財形口座番号", "残高"],
                     ["H20088", "冨樫 雄大", "磐田", "8914420", 2860000],
                     ["H22154", "宍戸 紗英", "本店", "8916631", 1230000],
                     ["H18031", "閏間 浩二", "本店", "8911207", 3975000],
                 ]}},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "plain ZIP holding an XLSX ledger of twelve savers' accounts and balances",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "shinkin-069",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 総務部 荻野様 <ogino@kitaguni-foods.co.jp>"],
        "subject": "財形制度導入時の社内様式（ご参考）",
        "charset": "utf-8",
        "body": """荻野様

お世話になっております。日の出産業の百瀬です。
財形制度の導入をご検討中とのことで、弊社で使っている社内様式を
まとめてお送りします（いずれも未記入のひな形です）。
東浜信金所定の申込書は同金庫から直接取り寄せてください。
""" + SIG_MOMOSE,
        "attachments": [{
            "kind": "zip", "name": "財形_社内様式ひな形.zip",
            "files": [
                {"kind": "docx", "name": "財形貯蓄_加入申込書_社内用.docx",
                 "paragraphs": ["財形貯蓄 加入申込書（社内用）", "氏名：＿＿＿＿＿＿", "所属：＿＿＿＿＿＿", "種類：□一般 □住宅 □年金", "月額：＿＿＿＿円"]},
                {"kind": "pdf", "name": "財形貯蓄_変更解約届.pdf",
                 "lines": ["財形貯蓄 変更・解約届（社内用）", "届出区分：□積立額変更 □一時中断 □解約", "氏名：", "所属：", "変更後の積立額："]},
                {"kind": "xlsx", "name": "控除額計算シート.xlsx",
                 "sheets": {"計算": [["積立額", "奨励金率", "奨励金"], [10000, 0.03, "=A2*B2"]]}},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ZIP of blank forms to a partner: no personal data",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "shinkin-070",
        "sender": "小此木 亮 <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["hojin-desk@tohama-card.co.jp"],
        "subject": "退職者保有の法人カード 利用停止依頼",
        "charset": "utf-8",
        "body": """東浜カード株式会社 法人デスク ご担当者様

日の出産業 経理部の小此木です。
9月末で退職した社員が保有していた法人カード（使用者カード）の
利用停止をお願いいたします。一覧をCSVで添付します。
カード現物は回収のうえ裁断済みです。
""" + SIG_OKONOGI,
        "attachments": [{
            "kind": "csv", "name": "card_stop_202609.csv", "encoding": "utf-8",
            "rows": [
                ["使用者氏名", "カナ", "カード番号", "有効期限", "退職日"],
                ["竹林 稔", "タケバヤシ ミノル", card_number(SEED + 102), "11/27", "2026/09/30"],
                ["宇佐見 剛志", "ウサミ ツヨシ", card_number(SEED + 103), "04/28", "2026/09/10"],
                ["早川 篤", "ハヤカワ アツシ", card_number(SEED + 104), "02/29", "2026/09/30"],
                ["立石 和子", "タテイシ カズコ", card_number(SEED + 105), "07/27", "2026/09/30"],
            ],
        }],
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "CSV with four full card numbers and their holders' names",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "shinkin-071",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["chijiiwa@tohama-shinkin.co.jp"],
        "subject": "通帳の写し（スキャン）",
        "charset": "utf-8",
        "body": """千々岩様

能登です。お電話でお話しした通帳の写しをスキャンしてお送りします。
画質が悪い場合は再送いたします。
""" + SIG_NOTO,
        "attachments": [{"kind": "corrupt", "name": "通帳写し_scan0042.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "corrupt PDF attachment: cannot be inspected",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "shinkin-072",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "subject": "Re: 提携条件の改定について",
        "charset": "iso-2022-jp",
        "body": """水越様

ご提案ありがとうございました。百瀬です。

給与振込の指定率に応じて優遇幅を変える案について、社内で前向きに検討しております。
ただ、社員ごとの振込先に関わる話になりますので、
詳細の数字は機密性が高く、メールではなく次回の面談でお持ちしたいと考えております。

10月第2週でご都合のよい日時を2〜3いただけますでしょうか。

＞ 給与振込の指定率が60％を超えた場合、住宅ローンの優遇幅を
＞ さらに0.1％拡大する案をご提示いたします。
""" + SIG_MOMOSE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 機密 is only mentioned in passing, not a marking",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "shinkin-073",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["港南支店 預金課 <konan-yokin@tohama-shinkin.co.jp>"],
        "subject": "社員の給与口座への保佐人の届出について",
        "charset": "cp932",
        "body": """東浜信用金庫 港南支店 預金課 御中

日の出産業 総務部の能登です。

障害者雇用枠で勤務している社員 比留間 純平（給与口座：港南支店 普通 2267731）について、
ご家族から家庭裁判所の審判により保佐人が選任されたとの連絡がありました。
本人は療育手帳（Ｂ１）をお持ちで、金銭管理に支援が必要な状態です。

今後、給与口座の取引に保佐人の同意が必要となるため、
貴金庫への届出方法をご教示いただけますでしょうか。保佐人はお父様です。
""" + SIG_NOTO,
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "a named employee's intellectual disability (療育手帳): 要配慮個人情報",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "shinkin-074",
        "sender": "勅使河原 聡 <s.teshigawara@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事総務部 <jinji-somu@kawasaki-denki.co.jp>"],
        "subject": "FW: 【東浜信用金庫】給与振込受付時限変更のお知らせ",
        "charset": "utf-8",
        "body": """川崎電機株式会社 人事総務部 御中

いつもお世話になっております。日の出産業 給与課の勅使河原です。
先日の給与担当者連絡会で話題に出た件、東浜信金からの案内を添付で転送します。
御社も同金庫で給与振込をされているとのことでしたので、ご参考まで。
""" + SIG_TESHI,
        "attachments": [{
            "kind": "eml", "name": "給与振込受付時限変更のお知らせ.eml",
            "message": {
                "sender": "東浜信用金庫 法人営業部 <hojin-eigyo@tohama-shinkin.co.jp>",
                "to": ["s.teshigawara@hinode-sangyo.co.jp"],
                "subject": "【東浜信用金庫】給与振込受付時限変更のお知らせ",
                "charset": "iso-2022-jp",
                "body": """お取引先各位

平素は東浜信用金庫をご利用いただき、誠にありがとうございます。
2027年1月より、給与振込データの受付時限を下記のとおり変更いたします。

　現行：支給日の2営業日前 15時
　変更後：支給日の3営業日前 15時

システム更改に伴う変更です。ご理解賜りますようお願い申し上げます。

東浜信用金庫 法人営業部
""",
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forwarded bank announcement to a partner: business information only",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "shinkin-075",
        "sender": "Wataru Momose <w.momose@hinode-sangyo.co.jp>",
        "to": ["Claire Donnelly <c.donnelly@benefit-partners.com>"],
        "subject": "Savings plan participation figures for the benchmark study",
        "charset": "utf-8",
        "body": """Dear Ms. Donnelly,

As discussed, please find attached our participation figures for the
employee savings plan (zaikei) and the housing-loan tie-up with our
regional credit union, for your benchmark study.
""" + SIG_EN,
        "attachments": [{
            "kind": "xlsx", "name": "Hinode_savings_participation_FY2026.xlsx",
            "page_footer": "CONFIDENTIAL - Hinode Sangyo internal use only",
            "sheets": {
                "Summary": [
                    ["Hinode Sangyo - Employee savings plan participation (FY2026)"],
                    ["CONFIDENTIAL"],
                    ["Plan", "Participants", "Rate", "Avg monthly (JPY)"],
                    ["General zaikei", 102, "32.5%", 14200],
                    ["Housing zaikei", 31, "9.9%", 24800],
                    ["Pension zaikei", 8, "2.5%", 19500],
                ],
                "Housing loans": [
                    ["Year", "Referrals", "Approved"],
                    [2024, 11, 9], [2025, 14, 12], [2026, 17, 15],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "workbook classified CONFIDENTIAL (title row and footer) sent to a consultant",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "shinkin-076",
        "sender": "勅使河原 聡 <s.teshigawara@hinode-sangyo.co.jp>",
        "to": ["事務集中課 <jimu-shuchu@tohama-shinkin.co.jp>"],
        "subject": "新入社員 給与振込口座の登録（４月支給分）",
        "charset": "iso-2022-jp",
        "body": """東浜信用金庫 事務集中課 御中

日の出産業 給与課の勅使河原です。
口座開設会で開設いただいた新入社員の口座を、給与振込の振込先として
登録しましたのでご確認ください。初回振込は４月２５日です。

氏　名　　　　　フリガナ　　　　　　　支店　　　科目　口座番号
――――――――――――――――――――――――――――――――――
桐山　智也　　　キリヤマ　トモヤ　　　港南　　　普通　２３１０４４８
杉崎　遥　　　　スギサキ　ハルカ　　　港南　　　普通　２３１０４５１
鶴巻　葵　　　　ツルマキ　アオイ　　　磐田　　　普通　４４２０１１９
畠田　涼　　　　ハタケダ　リョウ　　　湖西　　　普通　５０４１２２７
宇佐美　颯　　　ウサミ　ハヤテ　　　　本店　　　普通　１２１０８３５
阿久津　湊　　　アクツ　ミナト　　　　港南　　　普通　２３１０４６４
""" + SIG_TESHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "six new hires' names and account numbers in full-width padded columns",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "shinkin-077",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["ローンプラザ 鴨下 <y.kamoshita@tohama-shinkin.co.jp>"],
        "subject": "湖西工場での出張相談会 参加者（3名）",
        "charset": "utf-8",
        "body": """鴨下様

お世話になっております。百瀬です。
11月6日の湖西工場での出張相談会、参加者は以下の3名です。
当日遅れる場合は各自から連絡させます。

・畠田 涼（製造部）　090-3318-7472
・御手洗 光（湖西工場 管理課）　080-4403-2219
・渡嘉敷 亮（湖西工場 品質課）　070-3508-1762

会場は工場2Fの休憩室です。駐車場は来客用をお使いください。
""" + SIG_MOMOSE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three attendees with phone numbers: a short list below the threshold",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "shinkin-078",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["砂押 佳代子 様 <kayoko.sunaoshi@gmail.com>",
               "千々岩 様 <chijiiwa@tohama-shinkin.co.jp>"],
        "cc": ["星野 和臣 先生 <hoshino@hoshino-shiho.jp>"],
        "subject": "Re: 相続手続のお打合せ日程（確定）",
        "charset": "utf-8",
        "body": """砂押様
千々岩様
星野先生

皆さまご調整ありがとうございました。能登です。
お打合せは 8月6日（木）10:00〜 弊社本社3F応接室 で確定とさせていただきます。

当日は、財形・社内預金・死亡退職金の順にご説明し、
その後、必要書類の受け渡しを行います。
お車でお越しの際は、正面の来客用駐車場をご利用ください。
""" + SIG_NOTO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "a private heir, the credit union and a scrivener's office: three external parties in To/Cc",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "shinkin-079",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["勅使河原 聡 <s.teshigawara@hinode-sangyo.com>"],
        "subject": "事前審査希望者（給与証明の発行用）",
        "charset": "utf-8",
        "body": """勅使河原さん

お疲れさまです。百瀬です。
住宅ローンの事前審査に必要な給与証明を発行したいので、
以下の4名分の準備をお願いできますか。東浜信金には本人経由で提出します。

桐ヶ谷 潤　　090-7122-4058
須々木 綾乃　080-6631-2904
渡嘉敷 亮　　070-3508-1762
五味 千晶　　090-2487-6619

百瀬
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "hinode-sangyo.com instead of the own .co.jp domain: look-alike (the 4-person list alone would pass)",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "shinkin-080",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "subject": "職域提携住宅ローン 紹介実績（年度別）",
        "charset": "cp932",
        "body": """水越様

百瀬です。年度別の紹介実績を整理しました。来期の目標設定にお使いください。

年度　　紹介件数　事前審査　本審査承認　実行額合計
2022　　　　 8　　　　 8　　　　 6　　　1億6,200万円
2023　　　　10　　　　 9　　　　 8　　　2億1,900万円
2024　　　　11　　　　11　　　　 9　　　2億4,600万円
2025　　　　14　　　　13　　　　12　　　3億3,100万円

紹介者の属性（参考）：20〜30代が全体の約7割
""" + SIG_MOMOSE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "yearly aggregate referral statistics: no individual",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "shinkin-081",
        "sender": "勅使河原 聡 <s.teshigawara@hinode-sangyo.co.jp>",
        "to": ["jimu-shuchu@tohama-shinkin.co.jp"],
        "subject": "賞与振込データ一式（12月10日支給分）",
        "charset": "iso-2022-jp",
        "body": """事務集中課 ご担当者様

日の出産業 給与課の勅使河原です。
12月10日支給の賞与振込データ一式を圧縮してお送りします。
受付完了のご連絡をお待ちしております。
""" + SIG_TESHI,
        "attachments": [{"kind": "corrupt", "name": "SHOYO1210.zip"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "corrupt ZIP: cannot be inspected",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "shinkin-082",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["千々岩 様 <chijiiwa@tohama-shinkin.co.jp>"],
        "subject": "休眠口座の件：樋渡様のご連絡先",
        "charset": "utf-8",
        "body": """千々岩様

お世話になっております。能登です。
先日ご照会のあった口座のうち、樋渡様と連絡が取れました。
ご本人から、貴金庫より直接連絡してほしいとのことで、ご了承を得ております。

　樋渡 修 様
　〒437-0215 静岡県周智郡森町森1420-6
　TEL 0538-85-3319（日中は不在が多いとのことで、夕方以降を希望）

他の方については引き続き確認中です。
""" + SIG_NOTO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one former employee's address and phone, passed on with consent: single record",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "shinkin-083",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["本店営業部 預金係 <honten-yokin@tohama-shinkin.co.jp>"],
        "subject": "預金口座へのマイナンバー付番の届出について",
        "charset": "cp932",
        "body": f"""東浜信用金庫 本店営業部 預金係 御中

日の出産業 人事部の百瀬です。
弊社社員から、給与振込口座にマイナンバーを登録したいが窓口に行く時間がない、
会社から伝えてもらえないかと依頼がありました。
下記のとおりお伝えしますので、手続可能かご確認ください。

　口座名義：ミカミ　ショウタ（三上　翔太）
　口座　　：本店営業部　普通　１２８８０４６
　個人番号：{_zen(_mn(my_number(SEED + 12), '-'))}

書面が必要であれば本人に記入させます。
""" + SIG_MOMOSE,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "My Number written in full-width digits with the account holder's name",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "shinkin-084",
        "sender": "勅使河原 聡 <s.teshigawara@hinode-sangyo.co.jp>",
        "to": ["年金相談窓口 <nenkin-soudan@tohama-shinkin.co.jp>"],
        "subject": "年金請求手続のご相談予約（定年退職予定者）",
        "charset": "utf-8",
        "body": """東浜信用金庫 年金相談窓口 久寿米木様

日の出産業 給与課の勅使河原です。
来年3月に定年退職予定の社員が、年金の受取口座を貴金庫に指定したいとのことで、
年金請求のご相談を予約させていただけますでしょうか。

　氏名：若狭 隆之（わかさ たかゆき）
　生年月日：1966年12月1日
　基礎年金番号：4521-087364
　希望日：1月の土曜日（年金相談会の日）

年金手帳は本人が当日持参します。
""" + SIG_TESHI,
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a basic pension number with name and birth date",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "shinkin-085",
        "sender": "小此木 亮 <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 浜松駅前支店 <hojin-hamamatsu@rnidori-ginko.co.jp>"],
        "subject": "総合振込の手数料体系についてのご照会",
        "charset": "iso-2022-jp",
        "body": """株式会社みどり銀行 浜松駅前支店 御中

いつもお世話になっております。日の出産業 経理部の小此木です。

給与振込の一部を東浜信用金庫へ移すにあたり、
貴行の総合振込の件数が減少いたします。
月間件数に応じた手数料の段階が変わるかどうか、ご教示いただけますか。

現状：月平均 520件 → 移管後見込み：月平均 300件
""" + SIG_OKONOGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "rnidori-ginko.co.jp: 'rn' posing as 'm' in partner midori-ginko.co.jp",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "shinkin-086",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["小此木 亮 <r.okonogi@hinode-sangyo.co.jp>"],
        "subject": "仙波さんの社内預金払戻しと住宅ローンの件",
        "charset": "iso-2022-jp",
        "body": """小此木課長

お疲れさまです。能登です。
うつ病で休職中の仙波さんから、住宅ローンの賞与返済に充てるため、
社内預金から60万円の払戻しをしたいと申出がありました。
東浜信金とは返済条件の変更を相談中で、主治医の意見書も
本人から提出される予定です。

払戻しは12月の通常処理に乗せてよいでしょうか。社内限りでお願いします。
""" + SIG_NOTO,
        "expect": "pass",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
        "detectors": [],
        "note": "health information of a named employee, but only between internal staff",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "shinkin-087",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["zaikei-center@tohama-shinkin.co.jp"],
        "subject": "財形年金 新規申込者の申告書記載事項（3名）",
        "charset": "utf-8",
        "body": """財形事務センター ご担当者様

百瀬です。財形年金の新規申込者3名の非課税申告書の記載事項を
Excelにまとめました。申告書原本は来週お届けします。
""" + SIG_MOMOSE,
        "attachments": [{
            "kind": "xlsx", "name": "財形年金_申告書記載事項.xlsx",
            "sheets": {"申告書": [
                ["財形年金 非課税申告書 記載事項"],
                ["氏名", "住所", "個人番号", "積立開始"],
                ["片桐 万里子", "静岡県浜松市中央区城北2-8-33", my_number(SEED + 9), "2027/01"],
                ["鬼頭 真砂子", "静岡県浜松市中央区富塚町1950-7", my_number(SEED + 10), "2027/01"],
                ["乙部 則子", "静岡県磐田市富士見町3-12-5", my_number(SEED + 11), "2027/01"],
            ]},
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three employees' My Numbers in an XLSX: any My Number stops",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "shinkin-088",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["鴨下 由香 <y.kamoshita@tohama-shinkin.co.jp>"],
        "subject": "団信の告知に関する一般的な質問",
        "charset": "utf-8",
        "body": """鴨下様

お世話になっております。百瀬です。
説明会のQ&A資料を作るにあたり、一般的な質問をさせてください。

1. 持病があり通院中の場合でも、ワイド団信であれば加入できる可能性はありますか。
2. 告知の対象となるのは過去何年以内の治療歴でしょうか。
3. 団信に加入できない場合、フラット35など団信が任意の商品を案内することは可能ですか。

特定の社員の話ではなく、よく聞かれる質問として整理したいと考えております。
""" + SIG_MOMOSE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "health-related questions in general terms, tied to no one",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "shinkin-089",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["ローンプラザ <loanplaza@tohama-shinkin.co.jp>"],
        "subject": "提携住宅ローン 紹介者一覧（11月分）",
        "charset": "cp932",
        "body": """東浜信用金庫 ローンプラザ ご担当者様

いつもお世話になっております。日の出産業の百瀬です。
11月分の紹介者一覧をPDFでお送りします。年収は源泉徴収票ベースです。
""" + SIG_MOMOSE,
        "attachments": [{
            "kind": "pdf", "name": "提携ローン紹介者_11月.pdf",
            "title": "提携住宅ローン 紹介者一覧",
            "lines": ["提携住宅ローン 紹介者一覧（2026年11月）", "日の出産業株式会社 人事部", ""],
            "table": [
                ["氏名", "所属", "勤続", "前年年収", "携帯電話", "希望"],
                ["桐ヶ谷 潤", "営業部", "9年", "612万円", "090-7122-4058", "新築戸建"],
                ["須々木 綾乃", "設計部", "6年", "548万円", "080-6631-2904", "マンション"],
                ["渡嘉敷 亮", "湖西工場", "12年", "587万円", "070-3508-1762", "借換え"],
                ["五味 千晶", "経理部", "4年", "463万円", "090-2487-6619", "中古戸建"],
                ["三上 翔太", "製造部", "15年", "655万円", "080-9012-7734", "土地購入"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of five employees with incomes and mobiles",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "shinkin-090",
        "sender": "小此木 亮 <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["hojin-desk@tohama-card.co.jp"],
        "subject": "11月分 法人カード利用明細の照会",
        "charset": "iso-2022-jp",
        "body": """東浜カード株式会社 法人デスク ご担当者様

日の出産業 経理部の小此木です。
11月分の利用明細のうち、下記1件の内容に心当たりがないため照会いたします。

　カード：末尾 4417 のカード
　利用日：11月14日
　利用先：ＷＥＢサービス　ＴＯＨＯ−ＣＬＯＵＤ
　金額　：38,500円

利用者に確認中ですが、念のため加盟店情報をお知らせいただけますでしょうか。
""" + SIG_OKONOGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "only the last four digits of a card: not a card number",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "shinkin-091",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "subject": "FW: 提携ローン優遇条件 交渉方針（人事部内メモ）",
        "charset": "utf-8",
        "body": """水越様

百瀬です。先日の件、部内で整理したメモをそのままお送りします。
率直なところをお伝えした方が話が早いと思いましたので。

-------- Forwarded Message --------
件名: 提携ローン優遇条件 交渉方針（人事部内メモ）
差出人: 人事部長 嶋津 <h.shimazu@hinode-sangyo.co.jp>

＜取扱注意＞

1. 東浜信金には給与振込指定率の60％達成を約束しない（努力目標にとどめる）。
2. 優遇幅はみどり銀行の提示（▲1.80％）と同等以上を求める。
3. 合意に至らない場合、職域積金の集金は来年度から取りやめる方向で検討。
4. 本メモは人事部内限り。
""" + SIG_MOMOSE,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "forwarded internal memo stamped ＜取扱注意＞ sent to the counterparty",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "shinkin-092",
        "sender": "小此木 亮 <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["水越 崇 <t.mizukoshi@tohama-shinkin.co.jp>"],
        "cc": ["r.okonogi@hinode-sangyo.co.jp"],
        "subject": "事業承継に伴う資金計画のご相談（資料）",
        "charset": "utf-8",
        "body": """水越様

お世話になっております。経理部の小此木です。
来週のご相談に先立ち、社長の指示で作成した資料をお送りします。
取締役会前の資料のため、お取扱いには十分ご注意ください。
""" + SIG_OKONOGI,
        "attachments": [{
            "kind": "pptx", "name": "事業承継資金計画_取締役会前.pptx",
            "title": "事業承継に伴う資金計画",
            "page_footer": "極秘　取締役会限り",
            "slides": [
                ["【極秘】事業承継に伴う資金計画", "日の出産業株式会社 経理部", "2026年11月"],
                ["背景", "代表取締役の株式を後継者へ承継", "相続時の納税資金の確保が課題"],
                ["資金手当の案", "自己株式の取得（金庫株）", "東浜信用金庫からの借入 5億円（10年）", "役員退職慰労金の積立"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX stamped 極秘 on its title slide and footer",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "shinkin-093",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["千々岩 様 <chijiiwa@tohama-shinkin.co.jp>"],
        "subject": "Re: 休眠預金等の対象となる可能性のある口座について（照合結果）",
        "charset": "cp932",
        "body": """千々岩様

お世話になっております。能登です。
先日ご連絡いただいた件、退職者名簿と照合した結果をお知らせします。
連絡先は退職時に届け出があったものですので、現在も有効かは分かりません。

・磯貝 哲夫 様　〒430-0811 静岡県浜松市中央区名塚町214-3　053-438-5527
・汐見 久美 様　〒435-0042 静岡県浜松市中央区篠ケ瀬町88-12　053-421-0964
・樋渡 修 様　　〒437-0215 静岡県周智郡森町森1420-6　0538-85-3319
・猪又 千秋 様　〒434-0015 静岡県浜松市浜名区于呂3877-1　090-6128-4470
・曽我部 勝 様　〒431-1304 静岡県浜松市浜名区細江町中川7104　053-522-3081
・早川 篤 様　　〒438-0078 静岡県磐田市中泉1-5-19-201　080-5517-2693

> 日の出産業株式会社 総務部 能登様
> 照合のご協力ありがとうございます。判明したご連絡先をお知らせいただければ、
> 当金庫からご本人へご案内を差し上げます。
> 東浜信用金庫 千々岩
""" + SIG_NOTO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "new text lists six former employees' addresses and phones; only the request is quoted",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "shinkin-094",
        "sender": "小此木 亮 <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["本店営業部 法人係 <honten-hojin@tohama-shinkin.co.jp>"],
        "subject": "給与振込専用口座（法人）の開設に必要な書類について",
        "charset": "cp932",
        "body": """東浜信用金庫 本店営業部 法人係 御中

日の出産業株式会社 経理部の小此木でございます。
給与振込の資金移動用に、法人名義の普通預金口座を新たに開設したく存じます。

　法人名　　：日の出産業株式会社
　法人番号　：8080001023456
　所在地　　：静岡県浜松市中央区砂山町318-2
　代表者　　：代表取締役 日出 正嗣
　口座の用途：給与振込資金の預入れ

準備している書類：履歴事項全部証明書、印鑑証明書、届出印、
取引担当者（小此木）の社員証と運転免許証。
他に必要なものがあればお知らせください。
""" + SIG_OKONOGI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "corporate account opening: company data and a corporate number, no person's record",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "shinkin-095",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["財形事務センター <zaikei-center@tohama-shinkin.co.jp>"],
        "subject": "休職者の財形積立の一時中断について",
        "charset": "iso-2022-jp",
        "body": """財形事務センター ご担当者様

日の出産業 人事部の百瀬です。
弊社社員の 須々木 綾乃 が、病気療養のため12月から休職に入ります。
休職中は無給となるため、財形の積立を一時中断したいと考えております。

中断の届出に必要な様式と、再開時の手続をご教示ください。
休職期間は現時点で6か月の予定です。
""" + SIG_MOMOSE,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "'病気療養のため休職' of a named employee: no diagnosis, borderline health information",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "shinkin-096",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["ローンプラザ 鴨下 <y.kamoshita@tohama-shinkin.co.jp>"],
        "subject": "社員に案内している住宅関連の提携先一覧",
        "charset": "utf-8",
        "body": """鴨下様

お世話になっております。百瀬です。
弊社が社員向けに案内している住宅関連の提携事業者の一覧です。
貴金庫の提携先と重複があるか確認いただけますでしょうか。

事業者名,法人番号,所在地,代表電話,提携内容
かえでホーム株式会社,4180001012345,愛知県豊橋市花田町石塚42-1,0532-31-2200,注文住宅 本体価格3%引
湊不動産株式会社,9090001015567,静岡県浜松市中央区板屋町111-2,053-454-8810,仲介手数料10%引
三光住宅株式会社,3080001031190,静岡県磐田市中泉1-7-8,0538-36-1551,建売住宅 オプション5万円分
株式会社ホームリペア遠州,,静岡県浜松市浜名区小松1560,053-585-4420,リフォーム工事 5%引

以上です。
""" + SIG_MOMOSE,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "comma-separated list of businesses with corporate numbers: not people",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "shinkin-097",
        "sender": "能登 真澄 <m.noto@hinode-sangyo.co.jp>",
        "to": ["港南支店 <konan-yokin@tohama-shinkin.co.jp>"],
        "subject": "Re: 年末年始の窓口営業について",
        "charset": "cp932",
        "body": """港南支店 ご担当者様

ご案内ありがとうございます。能登です。
12月30日が大納会で窓口が15時まで、1月4日から通常営業とのこと、承知しました。
社内掲示板にも掲載しておきます。

本年も大変お世話になりました。来年もよろしくお願いいたします。
""" + SIG_NOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short courtesy reply about opening hours",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "shinkin-098",
        "sender": "五十嵐 詩織 <s.igarashi@hinode-sangyo.co.jp>",
        "to": ["星野 和臣 先生 <hoshino@hoshino-shiho.jp>"],
        "subject": "遺産分割協議書（会社関係部分）の文案",
        "charset": "utf-8",
        "body": """星野先生

お世話になっております。五十嵐です。
遺産分割協議書のうち、財形・社内預金・死亡退職金に関する部分の
文案をWordでお送りします。ご確認をお願いいたします。
""" + SIG_IGA,
        "attachments": [{"kind": "corrupt", "name": "遺産分割協議書_会社関係部分_案.docx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "corrupt DOCX: cannot be inspected",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "shinkin-099",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["鴨下 由香 <y.kamoshita@tohama-shinkin.co.jp>"],
        "cc": ["東浜信用保証 業務部 <gyomu@tohama-shinpo.co.jp>"],
        "subject": "提携ローンの保証料に関する社内説明資料について",
        "charset": "iso-2022-jp",
        "body": """東浜信用金庫 鴨下様
東浜信用保証株式会社 業務部 ご担当者様

お世話になっております。日の出産業 人事部の百瀬です。
説明会で保証料の考え方（一括前払い型と金利上乗せ型）を説明したいと考えております。
保証会社様の公開資料を引用してよいか、また引用する際の注意点があれば
ご教示いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_MOMOSE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (the bank and its guarantee company): a normal three-way mail",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "shinkin-100",
        "sender": "百瀬 航 <w.momose@hinode-sangyo.co.jp>",
        "to": ["舟橋 <funahashi@tohama-shinkin.co.jp>"],
        "subject": "口座開設会のお礼",
        "charset": "cp932",
        "body": """舟橋様

昨日は出張口座開設会にお越しいただき、誠にありがとうございました。
おかげさまで新入社員9名のうち8名、中途入社者2名の計10名が
当日中に手続を終えることができました。
残る1名は後日、港南支店の窓口へ伺うよう伝えております。

来年度も同様の形で開催できれば幸いです。
取り急ぎ御礼まで。
""" + SIG_MOMOSE,
        "attachments": [{"kind": "png", "name": "hinode_logo.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you mail with counts only and a logo image",
    },
]
