"""Blind evaluation corpus, area "tokuteihoken": mail of 日の出産業健康保険組合 (the health
insurance society run inside 日の出産業, on hinode-sangyo.co.jp) about 特定健診・特定保健指導 —
target lists and 階層化 under the metabolic-syndrome criteria, the outside guidance provider
(初回面談, 継続支援, ICT面談), dropouts (中断・脱落), outcome reports (実績評価), invoices,
seminars, printing and shipping of 利用券 and kits, statistics for the データヘルス計画.  Written
blind from BRIEF.md (and SPEC.md for names) without reading mailguard's code or any other
corpus file."""

from build import card_number, my_number

SEED = 57401

# ---- signatures of the senders (all internal) ----------------------------------------

SIG_TANIMURA = """
――――――――――――――――――――――――
日の出産業健康保険組合 保健事業課
谷村 恵子（Tanimura Keiko）
〒108-0023 東京都港区芝浦四丁目21番7号 日の出産業芝浦ビル6階
TEL 03-5419-2260（直通）／FAX 03-5419-2269
k-tanimura@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_OKOCHI = """
--
日の出産業健康保険組合
保健事業課　保健師　大河内 理沙
TEL：03-5419-2263　内線 7263
Mail：okochi-r@hinode-sangyo.co.jp"""

SIG_SUGANUMA = """
────────────────
日の出産業健康保険組合
保健事業課 課長 菅沼 誠
〒108-0023 東京都港区芝浦4-21-7
Tel 03-5419-2261 / suganuma.m@hinode-sangyo.co.jp
────────────────"""

SIG_ARAGAKI = """
*************************************
 日の出産業健康保険組合 業務課
 新垣 颯太（あらがき そうた）
 TEL 03-5419-2275  FAX 03-5419-2269
 s-aragaki@kenpo.hinode-sangyo.co.jp
*************************************"""

SIG_KUSUNOSE = """
--------------------------------------------------
日の出産業健康保険組合　保健事業課（データヘルス担当）
楠瀬 千晶
〒108-0023 東京都港区芝浦四丁目21番7号
TEL 03-5419-2266
--------------------------------------------------"""

SIG_TOTSUKA = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社 人事部 健康推進室
産業保健師 戸塚 真由美
TEL 03-5419-1180（代表）内線 3312
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it."""


def _target_rows():
    """今年度の特定保健指導対象者（積極的支援・動機付け支援）: invented people."""
    return [
        ["No", "記号", "番号", "氏名", "カナ", "性別", "生年月日", "事業所", "携帯電話",
         "腹囲", "BMI", "血圧", "HbA1c", "中性脂肪", "HDL", "喫煙", "支援レベル"],
        [1, "1102", "348", "梶ヶ谷 正臣", "カジガヤ マサオミ", "男", "1973/06/14", "芝浦本社",
         "090-4471-2093", 94.5, 27.8, "138/88", 5.9, 212, 38, "有", "積極的支援"],
        [2, "1102", "517", "仁科 亜矢", "ニシナ アヤ", "女", "1978/11/02", "芝浦本社",
         "080-3318-6520", 91.0, 26.1, "126/80", 5.8, 98, 61, "無", "動機付け支援"],
        [3, "2105", "62", "渡嘉敷 徹", "トカシキ トオル", "男", "1969/02/27", "川口工場",
         "070-5902-1184", 97.2, 29.3, "146/94", 6.2, 188, 42, "有", "積極的支援"],
        [4, "2105", "140", "椎名 佳寿子", "シイナ カズコ", "女", "1966/08/09", "川口工場",
         "090-8026-3357", 88.0, 25.7, "132/82", 5.7, 156, 55, "無", "動機付け支援"],
        [5, "3301", "23", "宍戸 恭平", "シシド キョウヘイ", "男", "1981/04/30", "名古屋支店",
         "080-6614-0472", 90.3, 26.9, "128/86", 5.6, 241, 37, "有", "積極的支援"],
        [6, "3301", "88", "月岡 紀之", "ツキオカ ノリユキ", "男", "1975/12/19", "名古屋支店",
         "090-2258-7716", 86.4, 25.2, "134/84", 5.8, 149, 44, "無", "積極的支援"],
        [7, "4402", "305", "朝比奈 晴美", "アサヒナ ハルミ", "女", "1962/03/05", "大阪支店",
         "070-3345-9081", 93.1, 28.4, "142/90", 6.0, 172, 49, "無", "動機付け支援"],
    ]


MESSAGES = [
    # 001 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-001",
        "charset": "iso-2022-jp",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["西園寺 葵 様 <a.saionji@wellness-link.co.jp>"],
        "subject": "【令和8年度】特定保健指導 対象者名簿（第1回分）送付の件",
        "body": """株式会社ウェルネスリンク
保健指導事業部　西園寺様

いつもお世話になっております。日の出産業健康保険組合の谷村です。

令和8年度 特定保健指導の第1回対象者名簿をお送りいたします。
4～6月受診分の階層化が終わりましたので、積極的支援・動機付け支援の
対象者を1シートにまとめております（服薬中の方は除外済みです）。

初回面談のご案内は7月第2週からの発送でお願いできればと存じます。
ご不明な点がございましたらご連絡ください。

よろしくお願いいたします。
""" + SIG_TANIMURA,
        "attachments": [{
            "kind": "xlsx", "name": "R8_特定保健指導対象者名簿_第1回.xlsx",
            "title": "令和8年度 特定保健指導対象者名簿",
            "sheets": {
                "対象者": [["令和8年度 特定保健指導対象者名簿（第1回：4～6月受診分）"], []]
                          + _target_rows(),
                "集計": [["支援レベル", "人数"], ["積極的支援", 4], ["動機付け支援", 3]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "PHONE_NUMBER",
                     "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "target list of 7 members with 保険証記号番号, birth dates and check-up values to the outside provider: list + identifier + sensitive",
    },
    # 002 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-002",
        "charset": "utf-8",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["horinouchi@wellness-link.co.jp"],
        "cc": ["k-tanimura@hinode-sangyo.co.jp"],
        "subject": "Re: 初回面談前の事前情報について（漆原様）",
        "body": """堀之内様

お世話になっております。健保の大河内です。
来週火曜に初回面談予定の漆原様について、事前情報をお送りします。

　氏名　　：漆原 壮一郎（ウルシバラ ソウイチロウ）
　生年月日：昭和５０年９月１８日（５０歳）
　所属　　：川口工場 製造二課（交替勤務あり）
　健診結果：腹囲 ９６．０cm　BMI ２８．２　血圧 １４４／９２
　　　　　　空腹時血糖 １１８　中性脂肪 ２６４　ＨＤＬ ３６
　既往歴　：令和５年に脂肪肝の指摘あり、通院は自己中断しているとのこと
　喫煙　　：１日２０本

夜勤明けの時間帯は避けていただくようお願いします。
ご本人は減量にはあまり前向きではない印象でしたので、
食事面よりも飲酒量の話から入っていただけると助かります。
""" + SIG_OKOCHI + """

> 堀之内様
> 初回面談の前に、対象者の方の既往歴や勤務形態など、
> 共有いただける情報がございましたらお知らせください。
> 株式会社ウェルネスリンク　堀之内""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named member's check-up values and medical history (脂肪肝) in new text to the provider: sensitive",
    },
    # 003 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-003",
        "charset": "cp932",
        "sender": "新垣 颯太 <s-aragaki@kenpo.hinode-sangyo.co.jp>",
        "to": ["鰐淵 康介 <wanibuchi@minato-hsc.or.jp>"],
        "subject": "初回面談 予約一覧（8月分）",
        "body": """みなと保健指導センター
鰐淵様

いつも大変お世話になっております。
日の出産業健康保険組合 業務課の新垣でございます。

8月分の初回面談の予約一覧をCSVでお送りします。
支援区分と連絡先を入れておりますので、前日のリマインドのお電話を
お願いできますでしょうか。

以上、よろしくお願い申し上げます。
""" + SIG_ARAGAKI,
        "attachments": [{
            "kind": "csv", "name": "yoyaku_202608.csv", "encoding": "cp932",
            "rows": [
                ["面談日", "時間", "氏名", "性別", "年齢", "支援区分", "電話番号", "面談方法"],
                ["2026/08/04", "10:00", "三上 彩花", "女", "44", "動機付け支援", "090-6120-3398", "対面"],
                ["2026/08/04", "11:00", "布施 達彦", "男", "52", "積極的支援", "080-2211-8745", "ICT"],
                ["2026/08/05", "14:00", "栗栖 陽介", "男", "47", "積極的支援", "070-4418-2260", "ICT"],
                ["2026/08/06", "10:30", "真壁 聡子", "女", "58", "動機付け支援", "090-3362-1907", "対面"],
                ["2026/08/07", "13:30", "於保 健司", "男", "41", "積極的支援", "080-9903-4415", "ICT"],
                ["2026/08/18", "15:00", "瑞穂 英里", "女", "63", "動機付け支援", "03-3759-2281", "対面"],
                ["2026/08/19", "10:00", "乾 光太郎", "男", "55", "積極的支援", "090-7741-0036", "ICT"],
                ["2026/08/21", "16:00", "閑野 隆之", "男", "49", "動機付け支援", "070-1185-6642", "ICT"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "8 members with phone numbers and their 支援区分 (a health-check outcome) to the provider: list + sensitive",
    },
    # 004 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-004",
        "charset": "iso-2022-jp",
        "sender": "新垣 颯太 <s-aragaki@kenpo.hinode-sangyo.co.jp>",
        "to": ["久家 様 <kuge@tsubasa-system.jp>"],
        "subject": "資格確認エラー（個人番号紐付け）調査のお願い",
        "body": """ツバサシステム株式会社
久家様

お世話になっております。日の出産業健保の新垣です。

オンライン資格確認の中間サーバー登録で、被扶養者1名が
「個人番号不一致」エラーとなっております。
お手数ですが、基幹システム側の登録内容をご確認いただけますでしょうか。

　被保険者　　：相良 俊哉
　対象被扶養者：相良 美帆（妻）
　生年月日　　：平成2年11月3日
　個人番号　　：""" + my_number(SEED + 1) + """
　エラーコード：E2041

本日中に一度お電話いたします。
""" + SIG_ARAGAKI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a dependant's My Number to the system vendor: identifier",
    },
    # 005 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-005",
        "charset": "iso-2022-jp",
        "sender": "保健事業課 <hokenjigyo@kenpo.hinode-sangyo.co.jp>",
        "to": ["tokuho@wellness-link.co.jp"],
        "subject": "追加対象者名簿の送付（パスワード別送）",
        "body": """株式会社ウェルネスリンク　運用ご担当者様

日の出産業健康保険組合 保健事業課です。
追加対象者（7月受診分）の名簿をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせします。

※本メールは送信専用アドレスではありません。ご返信いただけます。

日の出産業健康保険組合 保健事業課
TEL 03-5419-2260""",
        "attachments": [{
            "kind": "zip", "name": "tsuika_meibo_0728.zip", "password": "Kh7#q2Lw",
            "files": [{"kind": "csv", "name": "tsuika_meibo_0728.csv", "encoding": "cp932",
                       "rows": [["氏名", "生年月日", "支援レベル", "腹囲", "HbA1c"],
                                ["野々垣 聡", "1970/01/22", "積極的支援", "93.0", "6.0"],
                                ["比嘉 玲奈", "1983/07/07", "動機付け支援", "90.5", "5.7"],
                                ["塩入 剛", "1972/10/15", "積極的支援", "95.8", "6.1"],
                                ["奥寺 郁子", "1964/05/28", "動機付け支援", "89.2", "5.8"],
                                ["杵築 和馬", "1979/09/01", "積極的支援", "88.7", "5.9"]]}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the provider: unreadable attachment; its contents cannot be inspected",
    },
    # 006 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-006",
        "charset": "utf-8",
        "sender": "楠瀬 千晶 <kusunose@hinode-sangyo.co.jp>",
        "to": ["kenshin@seirei-clinic.or.jp"],
        "subject": "健診結果データ差異の確認依頼（保護付きPDF）",
        "body": """医療法人社団青嶺会 青嶺クリニック 健診センター
ご担当者様

いつもお世話になっております。日の出産業健康保険組合の楠瀬です。

6月受診分の健診結果データ（XML）と紙の結果票で数値が一致しない方がおりました。
該当者の一覧をPDFにまとめましたので、ご確認をお願いいたします。
PDFを開くためのパスワードはお電話でお伝えします。
""" + SIG_KUSUNOSE,
        "attachments": [{
            "kind": "pdf", "name": "kekka_sai_kakunin.pdf", "password": "seirei0612",
            "title": "健診結果データ差異一覧",
            "lines": ["健診結果データ差異一覧（令和8年6月受診分）", ""],
            "table": [["受診日", "氏名", "項目", "XML", "結果票"],
                      ["6/3", "今泉 公彦", "HbA1c", "5.4", "6.4"],
                      ["6/11", "廿楽 早苗", "腹囲", "78.0", "87.0"]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to the check-up clinic: unreadable attachment",
    },
    # 007 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-007",
        "charset": "cp932",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["wanibuchi@minato-hsc.or.jp"],
        "subject": "継続支援 進捗表（7月末時点）",
        "body": """鰐淵様

お世話になっております。日の出産業健保の谷村です。
7月末時点の継続支援の進捗表を更新しましたので添付いたします。
差し替え版のため、前回お送りしたファイルは破棄をお願いいたします。

よろしくお願いいたします。
""" + SIG_TANIMURA,
        "attachments": [{"kind": "corrupt", "name": "keizoku_shinchoku_0731.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached workbook is corrupt and cannot be read: unreadable",
    },
    # 008 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-008",
        "charset": "iso-2022-jp",
        "sender": "菅沼 誠 <suganuma.m@hinode-sangyo.co.jp>",
        "to": ["sales@lifecare-p.co.jp", "houjin@healthup-japan.com",
               "jigyo@shokuseikatsu.or.jp", "a.saionji@wellness-link.co.jp"],
        "subject": "令和9年度 特定保健指導業務委託 企画提案募集のご案内",
        "body": """各位

拝啓　時下ますますご清栄のこととお慶び申し上げます。
日の出産業健康保険組合 保健事業課の菅沼でございます。

当組合では、令和9年度の特定保健指導業務の委託先を企画提案方式で
選定することといたしました。つきましては、下記のとおりご案内申し上げます。

　　　　　　　　　　　　記
１．業務内容　　特定保健指導（積極的支援・動機付け支援）の実施、
　　　　　　　　実績報告および中断者フォロー
２．想定件数　　年間 約420件（うちICT面談 6割程度）
３．提案書締切　令和8年10月30日（金）17時
４．説明会　　　令和8年10月9日（金）14時～ オンライン開催
　　　　　　　　参加ご希望の方は10月6日までにご返信ください。

なお、募集要項および仕様書は、機密保持誓約書をご提出いただいた
事業者様にお送りいたします。
　　　　　　　　　　　　　　　　　　　　　　　　　　以上
""" + SIG_SUGANUMA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four competing providers can see each other in To: should have been Bcc",
    },
    # 009 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-009",
        "charset": "utf-8",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["mihoko.t1971@yahoo.co.jp", "kenji-nagare@gmail.com",
               "s.ujiie.home@outlook.jp", "rika_m0520@icloud.com", "taka-uno55@docomo.ne.jp"],
        "subject": "【日の出産業健保】特定保健指導 初回面談日程のご確認",
        "body": """被扶養者の皆さま

日の出産業健康保険組合 保健師の大河内です。
先日は特定保健指導のお申込みをいただき、ありがとうございました。

初回面談は下記のいずれかの日程でご案内しています。
ご都合のよい日時を、このメールへのご返信でお知らせください。

　・9月12日（土）10:00～16:00　芝浦ビル 6階 健康相談室
　・9月17日（木）18:00～20:00　オンライン（ビデオ通話）
　・9月26日（土）10:00～12:00　川口工場 厚生棟

当日は健診結果票と、普段お使いのお薬手帳をお持ちください。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient",
                      "multiple_external_domains"],
        "note": "five private persons (guidance targets) see each other's addresses in To: should have been Bcc",
    },
    # 010 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-010",
        "charset": "iso-2022-jp",
        "sender": "楠瀬 千晶 <kusunose@hinode-sangyo.co.jp>",
        "to": ["kuge@tsubasa-sytem.jp"],
        "subject": "特定健診データ取込バッチの件",
        "body": """ツバサシステム 久家様

お世話になっております。楠瀬です。
昨晩の特定健診データ取込バッチですが、件数が 1,284件 → 1,279件 と
5件少なく取り込まれているようです。
ログを確認しましたところ、受診日が空欄のレコードが除外されている
ように見えますので、仕様の確認をお願いできますでしょうか。

取込ログ（抜粋）
  2026-07-15 02:14:07 INFO  read 1284 records
  2026-07-15 02:14:09 WARN  skip: exam_date is null (5)
  2026-07-15 02:14:10 INFO  commit 1279 records
""" + SIG_KUSUNOSE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp is a typo of the partner domain tsubasa-system.jp: look-alike",
    },
    # 011 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-011",
        "charset": "iso-2022-jp",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["蓬田 様 <yomogita@nishiki-insatu.co.jp>"],
        "subject": "Re: 特定保健指導ご案内リーフレット 初校",
        "body": """錦印刷株式会社
蓬田様

お世話になっております。谷村です。
初校ありがとうございました。以下2点の修正をお願いいたします。

１．表面の見出し「メタボ健診」→「特定健診」に統一
２．裏面の判定基準の表で、女性の腹囲が「85cm以上」となっているので
　　「90cm以上」に修正（男性は85cmのままで正しいです）

再校は8月20日ごろまでにいただければ幸いです。
""" + SIG_TANIMURA + """

> 日の出産業健康保険組合 谷村様
> 特定保健指導ご案内リーフレットの初校をお送りします。
> 錦印刷 蓬田""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-insatu.co.jp drops an 's' of the partner nishiki-insatsu.co.jp: look-alike",
    },
    # 012 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-012",
        "charset": "cp932",
        "sender": "菅沼 誠 <suganuma.m@hinode-sangyo.co.jp>",
        "to": ["wanibuchi@minato-hsc.or.jp"],
        "subject": "業務委託仕様書（案）のご確認",
        "body": """みなと保健指導センター
鰐淵様

平素より大変お世話になっております。
来年度の業務委託仕様書（案）をお送りします。
第4期の評価方法（アウトカム評価）に合わせて第5条・第8条を改めております。
ご意見がございましたら9月末までにお寄せください。

菅沼
""" + SIG_SUGANUMA,
        "attachments": [{
            "kind": "docx", "name": "特定保健指導業務委託仕様書_案_v3.docx",
            "page_header": "社外秘　日の出産業健康保険組合",
            "title": "特定保健指導業務委託仕様書（案）",
            "paragraphs": [
                "特定保健指導業務委託仕様書（案）",
                "第1条（目的）本仕様書は、日の出産業健康保険組合（以下「甲」という。）が"
                "委託する特定保健指導業務の内容を定める。",
                "第5条（評価）初回面談から3か月以上経過後に実績評価を行う。腹囲2cm以上かつ"
                "体重2kg以上の減少をもって主要達成目標とする。",
                "第8条（中断者の取扱い）連続して2回以上連絡が取れない者は、甲と協議のうえ"
                "中断として扱う。",
                "第12条（個人情報）乙は、甲から提供された対象者情報を本業務以外に利用してはならない。",
            ],
            "tables": [[["区分", "単価（税抜）", "想定件数"],
                        ["積極的支援", "38,000円", "180"],
                        ["動機付け支援", "14,000円", "240"]]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the specification is stamped 社外秘 in its page header and goes to an outside organisation: marking",
    },
    # 013 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-013",
        "charset": "utf-8",
        "sender": "楠瀬 千晶 <kusunose@hinode-sangyo.co.jp>",
        "to": ["nagamine@hd-lab.co.jp"],
        "subject": "【取扱注意】第3期データヘルス計画 中間評価（ドラフト）",
        "body": """【取扱注意】
株式会社ヘルスデータ研究所
長嶺様

お世話になっております。日の出産業健保の楠瀬です。
中間評価のドラフト（当組合作成分）を本文に貼り付けます。
理事会前の数値ですので、取扱いにご注意ください。

■特定健診・特定保健指導（令和7年度 確定値）
　特定健診受診率　　　　被保険者 94.1%　被扶養者 51.8%　全体 82.6%
　特定保健指導実施率　　積極的支援 38.2%　動機付け支援 47.5%　全体 43.0%
　メタボ該当者割合　　　17.9%（前年度比 -0.8pt）
　メタボ予備群割合　　　12.4%（前年度比 +0.3pt）
　保健指導による改善率　腹囲2cm・体重2kg達成 27.1%

■評価
　・被扶養者の受診率が目標（60%）に届いておらず、集合健診の追加を検討。
　・ICT面談の導入後、初回面談の実施率は改善したが、継続支援の中断率が
　　前年より上昇（11.2% → 14.6%）。

ご確認のうえ、グラフ化をお願いいたします。
""" + SIG_KUSUNOSE,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is classified 【取扱注意】 (subject and first line) and goes to an analytics vendor: marking; the figures are aggregates",
    },
    # 014 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-014",
        "charset": "iso-2022-jp",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["a.saionji@wellness-link.co.jp"],
        "subject": "FW: 保健指導の継続について",
        "body": """西園寺様

お世話になっております。大河内です。
対象者の辻元様から下記のメールが届きました。
継続支援の今後の進め方について、担当の保健師さんとご相談いただけますか。

-------- 転送メッセージ --------
差出人: 辻元 昌平 <shohei.tsujimoto@gmail.com>
宛先: okochi-r@hinode-sangyo.co.jp
件名: 保健指導の継続について

日の出産業健保 大河内様

いつもお世話になっております。営業三部の辻元昌平です。
先月の健診後に循環器内科を受診したところ、高血圧症と診断され、
今月から降圧剤（アムロジピン）の服用を始めました。
また、睡眠時無呼吸症候群の疑いで来月精密検査の予定です。

このまま保健指導を続けてよいのか、主治医と相談すべきなのか
教えていただけますでしょうか。
連絡は携帯（090-5528-1473）にいただけると助かります。

辻元
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward of a member's own mail disclosing his diagnosis and medication to the provider: forwarded text counts, sensitive",
    },
    # 015 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-015",
        "charset": "utf-8",
        "sender": "戸塚 真由美 <totsuka.mayumi@hinode-sangyo.co.jp>",
        "to": ["banquet@sakura-hotel.jp"],
        "subject": "10/3 健康セミナー 受付名簿のご送付",
        "body": """さくらホテル 宴会予約課 御中

お世話になっております。日の出産業 人事部の戸塚です。
10月3日（土）「おなかまわりから始める健康づくりセミナー」の
受付名簿をお送りします。名札の作成と、当日の受付で使用いたします。
欠席のご連絡は当日朝に各自からホテル様へ入ることがありますので、
携帯番号も載せております。

No\t氏名\tふりがな\t所属\t携帯電話\tメール
1\t樫村 直人\tかしむら なおと\t総務部\t090-2104-7735\tn.kashimura77@gmail.com
2\t羽生田 菜緒\tはにゅうだ なお\t経理部\t080-7430-5518\tnao.hanyuda@yahoo.co.jp
3\t峰岸 隆三\tみねぎし りゅうぞう\t川口工場\t070-6651-9024\tryu.minegishi@icloud.com
4\t蔦谷 千夏\tつたや ちなつ\t名古屋支店\t090-8812-3307\tchinatsu-t@outlook.jp
5\t国領 篤\tこくりょう あつし\t大阪支店\t080-1496-7263\tkokuryo.a@gmail.com
6\t安居院 美紀\tあぐい みき\t情報システム部\t090-3075-6648\tmiki.agui@docomo.ne.jp

当日はどうぞよろしくお願いいたします。
""" + SIG_TOTSUKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six participants' names, mobile numbers and private e-mail addresses pasted as a tab-separated list to the hotel: list",
    },
    # 016 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-016",
        "charset": "iso-2022-jp",
        "sender": "新垣 颯太 <s-aragaki@kenpo.hinode-sangyo.co.jp>",
        "to": ["yomogita@nishiki-insatsu.co.jp"],
        "subject": "被扶養者向け利用券 封入・発送データ",
        "body": """錦印刷株式会社　蓬田様

お世話になっております。日の出産業健保 業務課の新垣です。
被扶養者向け特定保健指導利用券の宛名データをお送りします。
宛名ラベル印字と封入・発送をお願いいたします（発送予定：9月1日）。

文字コードはUTF-8です。ご確認のほどお願いいたします。
""" + SIG_ARAGAKI,
        "attachments": [{
            "kind": "csv", "name": "riyouken_atena_R8.csv", "encoding": "utf-8",
            "rows": [
                ["郵便番号", "住所1", "住所2", "宛名", "利用券番号"],
                ["335-0022", "埼玉県戸田市上戸田二丁目14番8号", "", "鷲尾 由美子 様", "R8-20001"],
                ["332-0034", "埼玉県川口市並木三丁目6番21号", "グランシャリオ川口502", "早乙女 奈津 様", "R8-20002"],
                ["146-0092", "東京都大田区下丸子一丁目9番3号", "", "久慈 芳江 様", "R8-20003"],
                ["223-0061", "神奈川県横浜市港北区日吉七丁目18番11号", "", "一瀬 礼子 様", "R8-20004"],
                ["270-0034", "千葉県松戸市新松戸五丁目22番2号", "メゾン新松戸203", "土生 美津江 様", "R8-20005"],
                ["465-0025", "愛知県名古屋市名東区上社三丁目1104番地", "", "籠谷 さおり 様", "R8-20006"],
                ["564-0063", "大阪府吹田市江坂町四丁目27番5号", "江坂ハイツ8階", "城之内 恵美 様", "R8-20007"],
                ["590-0078", "大阪府堺市堺区南瓦町2番16号", "", "米花 幸恵 様", "R8-20008"],
                ["206-0033", "東京都多摩市落合五丁目3番1号", "", "百武 典子 様", "R8-20009"],
                ["352-0011", "埼玉県新座市野火止八丁目11番40号", "", "宇佐美 葉月 様", "R8-20010"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "mailing list of ten dependants' home addresses to the printer: list",
    },
    # 017 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-017",
        "charset": "utf-8",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人営業 <hojin-eigyo@aoba-unyu.co.jp>"],
        "subject": "体組成計の個別配送 お届け先リスト（第2便）",
        "body": """青葉運輸株式会社 法人営業ご担当 様

いつもお世話になっております。日の出産業健康保険組合の大河内です。
保健指導参加者向け体組成計の第2便お届け先をお送りします。
時間帯指定がある方は備考欄に記載しています。

お手数ですが、配送完了後に送り状番号の一覧をご返送ください。
""" + SIG_OKOCHI,
        "attachments": [{
            "kind": "xlsx", "name": "体組成計_お届け先_第2便.xlsx",
            "sheets": {
                "お届け先": [
                    ["体組成計 個別配送 お届け先一覧（第2便）", "", "", "", "", ""],
                    ["お届け先氏名", "郵便番号", "住所", "電話番号", "個数", "備考"],
                    ["宮古 崇", "214-0014", "神奈川県川崎市多摩区登戸3471番地", "090-6637-2218", 1, "19-21時"],
                    ["刀根 佐和子", "173-0004", "東京都板橋区板橋二丁目40番5号", "080-5521-0983", 1, ""],
                    ["我妻 一成", "331-0812", "埼玉県さいたま市北区宮原町二丁目55番3号", "070-2289-4406", 1, "午前中"],
                    ["夏目 初音", "260-0013", "千葉県千葉市中央区中央三丁目12番9号", "090-1170-6852", 1, ""],
                    ["鮫島 雄大", "454-0012", "愛知県名古屋市中川区尾頭橋四丁目7番18号", "080-4486-3391", 1, "14-16時"],
                    ["木賊 真琴", "532-0011", "大阪府大阪市淀川区西中島六丁目2番3号", "070-9054-1128", 1, ""],
                ],
                "集計": [["便", "件数"], ["第1便", 12], ["第2便", 6]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six private delivery addresses with phone numbers to the carrier: list",
    },
    # 018 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-018",
        "charset": "cp932",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["wanibuchi@minato-hsc.or.jp"],
        "cc": ["okochi-r@hinode-sangyo.co.jp"],
        "subject": "中断扱いとする方の件（3名）",
        "body": """鰐淵様

お世話になっております。谷村です。
先日ご相談のあった連絡不通の方について、事業所に確認が取れましたので
下記3名は今年度の保健指導を中断扱いとしてください。

・鳥飼 幸雄 様（積極的支援）……7月から入院中。退院時期未定とのこと。
・柳瀬 美佳 様（動機付け支援）……妊娠が分かり、産休に入るため。
・曽我部 亮 様（積極的支援）……うつ病で休職中。復職後に改めて案内予定。

中断者報告書の様式には、理由欄に「本人事情」とだけ記載いただければ結構です。
""" + SIG_TANIMURA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "three named dropouts with hospitalisation, pregnancy and depression as reasons to the provider: sensitive",
    },
    # 019 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-019",
        "charset": "utf-8",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["horinouchi@wellness-link.co.jp"],
        "subject": "Re: 6月開始分 実績評価報告書のご送付",
        "body": """堀之内様

実績評価報告書、ありがとうございました。
1点、数値の転記誤りと思われる箇所がありましたのでご確認ください。

　報告書 No.12　石動 晴彦 様（積極的支援）
　　評価時腹囲：98.0cm と記載 → 面談記録では 88.0cm
　　評価時体重：81.4kg（初回 84.6kg、-3.2kg）
　　→ 腹囲 -6.0cm・体重 -3.2kg で主要達成目標に該当するはずです。

修正版をいただけましたら、支払基金への実績報告に反映します。

大河内
""" + SIG_OKOCHI + """

> 日の出産業健康保険組合 大河内様
> 6月開始分（14名）の実績評価報告書をお送りします。
> ご査収のほどよろしくお願いいたします。""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named member's waist and weight outcome in the new text to the provider: sensitive (health results of one person)",
    },
    # 020 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-020",
        "charset": "iso-2022-jp",
        "sender": "新垣 颯太 <s-aragaki@kenpo.hinode-sangyo.co.jp>",
        "to": ["iokibe@seirei-clinic.or.jp"],
        "subject": "受診者の照会（結果データ未着）",
        "body": """青嶺クリニック 健診センター
五百旗頭様

お世話になっております。日の出産業健保の新垣です。
下記の方の健診結果データがまだ届いておりません。
受診の有無をご確認いただけますでしょうか。

　保険者番号　　：06139482
　被保険者証記号：２１０５　番号：１７７
　氏名　　　　　：八木橋 光（ヤギハシ ヒカル）
　生年月日　　　：Ｈ３．５．１９
　受診予定日　　：令和8年6月24日

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_ARAGAKI,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a member's 健康保険証 記号・番号 with name and birth date to the clinic: identifier",
    },
    # 021 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-021",
        "charset": "iso-2022-jp",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["order@kenko-shoin.co.jp"],
        "subject": "「メタボ改善 食事ノート」追加注文（法人カード払い）",
        "body": """株式会社健康書院 ご注文受付ご担当者様

いつもお世話になっております。日の出産業健康保険組合の谷村と申します。
保健指導の教材として、下記を追加で注文いたします。

　書名　：メタボ改善 食事ノート（2026年版）
　冊数　：120冊
　送付先：〒108-0023 東京都港区芝浦四丁目21番7号 日の出産業芝浦ビル6階
　　　　　日の出産業健康保険組合 保健事業課 宛

お支払いは前回同様、法人カードでお願いいたします。
　カード番号：""" + card_number(SEED + 50) + """
　有効期限　：09/29
　名義　　　：KEIKO TANIMURA

請求書兼領収書は同梱でお願いいたします。
""" + SIG_TANIMURA,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a credit card number written into an order mail to a bookseller: identifier (card number)",
    },
    # 022 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-022",
        "charset": "utf-8",
        "sender": "保健事業課 <hokenjigyo@kenpo.hinode-sangyo.co.jp>",
        "to": ["support@meditalk.jp"],
        "subject": "ICT面談アカウント発行依頼（9月開始分）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>株式会社メディトーク<br>サポートデスク御中</p>
<p>いつもお世話になっております。日の出産業健康保険組合 保健事業課です。<br>
9月から特定保健指導（ICT面談）を開始する方のアカウント発行をお願いいたします。<br>
ログイン案内は各自のメールアドレスへ直接お送りください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>利用者ID</th><th>氏名</th><th>フリガナ</th><th>メールアドレス</th><th>携帯電話</th><th>開始週</th></tr>
<tr><td>HN26-0901</td><td>神保 啓太</td><td>ジンボ ケイタ</td><td>k.jinbo.1980@gmail.com</td><td>090-4419-2285</td><td>9/1</td></tr>
<tr><td>HN26-0902</td><td>伊集院 莉子</td><td>イジュウイン リコ</td><td>riko.ijuin@yahoo.co.jp</td><td>080-2233-6079</td><td>9/1</td></tr>
<tr><td>HN26-0903</td><td>御手洗 篤志</td><td>ミタライ アツシ</td><td>a-mitarai@outlook.jp</td><td>070-3318-5542</td><td>9/8</td></tr>
<tr><td>HN26-0904</td><td>砂川 恭子</td><td>スナガワ キョウコ</td><td>kyoko.sunagawa@icloud.com</td><td>090-6027-7713</td><td>9/8</td></tr>
<tr><td>HN26-0905</td><td>沖田 龍之介</td><td>オキタ リュウノスケ</td><td>ryu-okita@ezweb.ne.jp</td><td>080-9174-0026</td><td>9/15</td></tr>
<tr><td>HN26-0906</td><td>南雲 翠</td><td>ナグモ ミドリ</td><td>midori.nagumo@gmail.com</td><td>070-8845-3390</td><td>9/15</td></tr>
<tr><td>HN26-0907</td><td>吉良 悠真</td><td>キラ ユウマ</td><td>yuma_kira@softbank.ne.jp</td><td>090-1562-4807</td><td>9/22</td></tr>
</table>
<p>以上7名です。よろしくお願いいたします。</p>
<p>日の出産業健康保険組合 保健事業課<br>TEL 03-5419-2260</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML table of seven members with private e-mail and mobile numbers to the ICT vendor: list",
    },
    # 023 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-023",
        "charset": "cp932",
        "sender": "楠瀬 千晶 <kusunose@hinode-sangyo.co.jp>",
        "to": ["info@minato-hsc.or.jp"],
        "subject": "健診結果データ（保健指導用抽出）",
        "body": """みなと保健指導センター ご担当者様

日の出産業健保の楠瀬です。
保健指導用に抽出した健診結果をテキストでお送りします。
固定長ではなくカンマ区切りにしていますので、そのまま取り込めると思います。

楠瀬""",
        "attachments": [{
            "kind": "txt", "name": "kenshin_chushutsu_0805.txt", "encoding": "cp932",
            "text": """受診日,氏名,性別,生年月日,身長,体重,腹囲,収縮期血圧,拡張期血圧,中性脂肪,HDL,LDL,空腹時血糖,HbA1c,喫煙,服薬(血圧/血糖/脂質)
20260512,薬師寺 勉,1,19680412,171.2,82.5,95.0,142,91,233,39,151,112,6.0,1,0/0/0
20260512,鬼塚 美穂子,2,19750830,158.0,66.3,90.4,128,79,140,58,132,104,5.8,0,0/0/0
20260519,桐ケ谷 純一,1,19800215,176.4,90.1,97.3,136,88,301,35,166,98,5.6,1,0/0/0
20260526,若狭 範子,2,19631122,152.5,61.8,91.0,144,86,118,64,158,101,5.9,0,0/0/0
20260602,二階堂 仁,1,19720707,168.9,79.0,89.5,131,85,175,41,142,120,6.3,0,0/0/0
20260609,汐見 翔,1,19850128,173.0,84.2,92.8,126,84,205,43,129,95,5.7,1,0/0/0
""",
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "six named members' full check-up results with birth dates in a text attachment: list + sensitive",
    },
    # 024 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-024",
        "charset": "utf-8",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["a.saionji@wellness-link.co.jp", "horinouchi@wellness-link.co.jp"],
        "subject": "9/24 事例検討会の資料",
        "body": """西園寺様、堀之内様

お世話になっております。大河内です。
24日の事例検討会で使う資料をお送りします。
今回は川口工場の甲斐田様のケースを取り上げたいと思います。
（ご本人には事例検討に使うことを口頭で了承いただいています）

当日はよろしくお願いいたします。
""" + SIG_OKOCHI,
        "attachments": [{
            "kind": "pptx", "name": "事例検討_0924.pptx",
            "slides": [
                ["事例検討会 2026/9/24", "日の出産業健康保険組合 保健事業課"],
                ["対象者概要", "甲斐田 修一 様（52歳・男性）川口工場 設備保全課",
                 "積極的支援 2年連続", "腹囲 101.5cm / BMI 31.0 / 血圧 152/96",
                 "HbA1c 6.4　脂肪肝・高尿酸血症の既往"],
                ["経過", "初回面談：減量目標 -4kg を設定", "1か月後：夜勤による間食増加、体重 +1.2kg",
                 "2か月後：整形外科で腰椎椎間板ヘルニアの診断、運動目標を見直し"],
                ["検討したい点", "運動制限がある方への支援の組み立て", "受診勧奨のタイミング"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "case slides naming one member with his diagnoses and check-up values to the provider: sensitive",
    },
    # 025 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-025",
        "charset": "iso-2022-jp",
        "sender": "菅沼 誠 <suganuma.m@hinode-sangyo.co.jp>",
        "to": ["a.saionji@wellness-link.co.jp", "wanibuchi@minato-hsc.or.jp",
               "sakakibara@meditalk.jp", "iokibe@seirei-clinic.or.jp"],
        "cc": ["k-tanimura@hinode-sangyo.co.jp"],
        "subject": "保健事業 委託先連絡会議（第2回）開催のご案内",
        "body": """関係各位

いつも大変お世話になっております。
日の出産業健康保険組合 保健事業課の菅沼です。

第2回委託先連絡会議を下記のとおり開催いたします。
ご多忙のところ恐縮ですが、ご出席をお願いいたします。

　日時：令和8年11月12日（木）15:00～16:30
　場所：日の出産業芝浦ビル 6階 第3会議室（Web併用）
　議題：
　　１．上期の実施状況（初回面談実施率・継続率）
　　２．中断者の傾向と対策
　　３．健診結果データ連携のスケジュール
　　４．来年度の委託範囲について

出欠を11月5日までにご返信ください。
""" + SIG_SUGANUMA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four external organisations (provider, second provider, ICT vendor, clinic) in To: visible parties",
    },
    # 026 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-026",
        "charset": "utf-8",
        "sender": "新垣 颯太 <s-aragaki@kenpo.hinode-sangyo.co.jp>",
        "to": ["houjin-eigyo@midori-ginkou.co.jp"],
        "subject": "総合振込の予約について（9月25日実行分）",
        "body": """みどり銀行 芝浦支店 法人営業ご担当者様

いつもお世話になっております。日の出産業健康保険組合の新垣です。
9月25日実行の総合振込（保健指導委託費 3件）について、
ファイル伝送の受付状況をご確認いただけますでしょうか。

　振込件数：3件
　合計金額：8,742,600円
　依頼日　：9月18日

受付番号が画面に表示されなかったため、念のためのご確認です。
""" + SIG_ARAGAKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginkou.co.jp adds a 'u' to the partner bank midori-ginko.co.jp: look-alike",
    },
    # 027 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-027",
        "charset": "iso-2022-jp",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["totsuka.mayumi@hinode-sangyo.jp"],
        "subject": "Re: 事業所別の保健指導実施状況",
        "body": """戸塚さん

お疲れさまです。谷村です。
ご依頼の事業所別の状況です（8月末時点）。

　事業所　　　対象者　初回実施　実施率
　芝浦本社　　　128　　　 74　　57.8%
　川口工場　　　 96　　　 38　　39.6%
　名古屋支店　　 41　　　 22　　53.7%
　大阪支店　　　 37　　　 15　　40.5%

川口工場は交替勤務の方が多く、夜間の面談枠を増やす方向で
ウェルネスリンクさんと調整中です。

谷村

> 谷村さん
> 安全衛生委員会で報告したいので、事業所別の実施状況を
> 教えていただけますか。
> 戸塚""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "hinode-sangyo.jp drops the co. of the organisation's own hinode-sangyo.co.jp: look-alike (content is aggregate)",
    },
    # 028 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-028",
        "charset": "cp932",
        "sender": "楠瀬 千晶 <kusunose@hinode-sangyo.co.jp>",
        "to": ["nagamine@hd-lab.co.jp"],
        "subject": "医療費分析用 集計表のご送付",
        "body": """長嶺様

お世話になっております。楠瀬です。
医療費分析用の集計表をお送りします。
年齢階級別の集計のみで、個人単位のデータは含んでおりません。

よろしくお願いいたします。
""" + SIG_KUSUNOSE,
        "attachments": [{
            "kind": "xlsx", "name": "iryouhi_shukei_R7.xlsx",
            "page_header": "部外秘",
            "sheets": {
                "年齢階級別": [
                    ["令和7年度 生活習慣病関連医療費（年齢階級別）", "", "", ""],
                    ["年齢階級", "被保険者数", "生活習慣病受診者数", "医療費（千円）"],
                    ["40-44", 812, 96, 18422], ["45-49", 905, 141, 27780],
                    ["50-54", 874, 203, 44105], ["55-59", 701, 226, 58312],
                    ["60-64", 433, 188, 52994], ["65-74", 126, 79, 26410],
                ],
                "疾病別": [["疾病", "医療費（千円）"], ["高血圧症", 61230], ["糖尿病", 74018],
                          ["脂質異常症", 38544], ["慢性腎臓病", 54231]],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "workbook stamped 部外秘 in its page header goes to an outside analytics firm: marking (contents are aggregates)",
    },
    # 029 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-029",
        "charset": "utf-8",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["kenshin@seirei-clinic.or.jp"],
        "subject": "二次健診のご案内文（修正版）",
        "body": """青嶺クリニック 健診センター ご担当者様

お世話になっております。日の出産業健保の大河内です。
二次健診のご案内文を修正しましたのでPDFでお送りします。
貴院の受付時間の記載に誤りがないかご確認をお願いします。
""" + SIG_OKOCHI,
        "attachments": [{"kind": "corrupt", "name": "niji_kenshin_annai_v2.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached PDF is truncated/corrupt and cannot be inspected: unreadable",
    },
    # 030 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-030",
        "charset": "iso-2022-jp",
        "sender": "戸塚 真由美 <totsuka.mayumi@hinode-sangyo.co.jp>",
        "to": ["黒田 先生 <kuroda@sangyoi-kuroda.jp>"],
        "subject": "保健指導中の方の就業上の配慮について（ご相談）",
        "body": """黒田先生

いつもお世話になっております。人事部 健康推進室の戸塚です。
健保の委託先から届いた初回面談記録を添付いたします。
血圧が受診勧奨判定値を大きく超えているにもかかわらず、
ご本人が受診を先延ばしにしているとのことで、
次回の嘱託産業医面談でお話しいただけないかと考えております。

ご多忙のところ恐縮ですが、ご意見をいただけますと幸いです。
""" + SIG_TOTSUKA,
        "attachments": [{
            "kind": "eml", "name": "初回面談記録_千々岩様.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "西園寺 葵 <a.saionji@wellness-link.co.jp>",
                "to": ["okochi-r@hinode-sangyo.co.jp"],
                "subject": "初回面談記録のご報告（千々岩様）",
                "body": """日の出産業健康保険組合 大河内様

本日実施した初回面談の記録をご報告します。

対象者：千々岩 剛（チヂイワ ツヨシ）様　48歳　芝浦本社 営業一部
区分　：積極的支援
面談時血圧：172/108（自宅測定でも160台が続いているとのこと）
健診時：腹囲 99.2cm　BMI 30.4　LDL 188　尿酸 8.6
所見　：頭痛・動悸の訴えあり。早期の医療機関受診を強く勧めたが、
　　　　「繁忙期が終わってから」とのこと。
目標　：3か月で体重 -3kg、減塩（みそ汁は1日1杯まで）

株式会社ウェルネスリンク 保健指導事業部 西園寺""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "attached mail carries a named member's blood pressure, check-up values and symptoms to an outside occupational physician: sensitive",
    },
    # 031 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-031",
        "charset": "cp932",
        "sender": "新垣 颯太 <s-aragaki@kenpo.hinode-sangyo.co.jp>",
        "to": ["真栄田 様 <jushin@toto-kenkou.or.jp>"],
        "subject": "被扶養者 特定健診 未受診者への電話勧奨（委託分リスト）",
        "body": """公益財団法人東都健康管理協会
受診勧奨ご担当　真栄田様

お世話になっております。日の出産業健康保険組合の新垣です。
契約に基づく電話勧奨の対象リスト（第1弾）を添付いたします。
旧形式（xls）で失礼いたします。架電は平日10～17時でお願いします。
""" + SIG_ARAGAKI,
        "attachments": [{
            "kind": "xls", "name": "mijushin_list_1.xls",
            "sheets": {"未受診者": [
                ["氏名", "カナ", "生年月日", "住所", "電話番号", "続柄"],
                ["古賀 登美子", "コガ トミコ", "昭和38年2月14日", "埼玉県川口市芝新町8番22号", "048-266-3104", "妻"],
                ["能勢 由香里", "ノセ ユカリ", "昭和45年9月3日", "東京都足立区西新井栄町一丁目5番7号", "090-3417-5520", "妻"],
                ["天童 久美", "テンドウ クミ", "昭和52年12月21日", "東京都江東区南砂四丁目3番15号", "080-6628-9013", "妻"],
                ["鳥越 道子", "トリゴエ ミチコ", "昭和34年6月30日", "千葉県市川市八幡二丁目17番4号", "047-331-8826", "母"],
                ["海老名 京子", "エビナ キョウコ", "昭和48年4月8日", "神奈川県相模原市南区相模大野六丁目2番9号", "070-5534-2718", "妻"],
                ["志賀 弥生", "シガ ヤヨイ", "昭和55年3月1日", "愛知県春日井市鳥居松町三丁目41番地", "0568-81-4462", "妻"],
                ["大門 節子", "ダイモン セツコ", "昭和36年10月19日", "大阪府豊中市服部元町一丁目6番3号", "06-6862-0751", "妻"],
                ["巽 やよい", "タツミ ヤヨイ", "昭和60年5月25日", "東京都杉並区高円寺南二丁目38番1号", "090-9921-4076", "妻"],
                ["野路 かおる", "ノジ カオル", "昭和41年8月11日", "埼玉県所沢市東町12番6号", "04-2923-5589", "妻"],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "nine dependants with birth dates, home addresses and phones in a legacy XLS to the call contractor: list",
    },
    # 032 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-032",
        "charset": "utf-8",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["a.saionji@wellness-link.co.jp"],
        "subject": "受診勧奨を優先していただきたい方（3名）",
        "body": """西園寺様

お世話になっております。大河内です。
今回の名簿のうち、以下の3名は血圧・血糖が受診勧奨判定値を超えています。
初回面談では保健指導より先に医療機関の受診をお勧めいただき、
受診結果を確認してから継続支援の計画を立てていただけますか。

  氏名           区分          血圧      空腹時血糖  HbA1c
  -------------  ------------  --------  ----------  -----
  東海林 孝      積極的支援    168/102        131     6.7
  粟津 智恵      動機付け支援  162/98         104     5.9
  四方田 剛志    積極的支援    138/86         142     7.1

ご対応をよろしくお願いいたします。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "three named members with blood pressure/glucose above the referral thresholds: sensitive (few people, but health results)",
    },
    # 033 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-033",
        "charset": "iso-2022-jp",
        "sender": "保健事業課 <hokenjigyo@kenpo.hinode-sangyo.co.jp>",
        "to": ["support@meditalk.jp"],
        "subject": "アカウントロック解除（本人確認済み）のお願い",
        "body": """メディトーク サポートデスク御中

日の出産業健康保険組合 保健事業課です。
ICT面談アプリのアカウントがロックされた方から連絡がありました。
当組合で本人確認書類（運転免許証）を確認しましたので、
ロック解除をお願いいたします。

　利用者ID　　：HN26-0614
　氏名　　　　：篠宮 亮介
　免許証番号　：第３０２４１７８８６５４０号
　確認日　　　：2026年9月3日

解除後、ご本人へ仮パスワードのご案内をお願いします。

日の出産業健康保険組合 保健事業課
TEL 03-5419-2260""",
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a member's driver's licence number sent to the ICT vendor as proof of identity: identifier",
    },
    # 034 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-034",
        "charset": "utf-8",
        "sender": "楠瀬 千晶 <kusunose@hinode-sangyo.co.jp>",
        "to": ["kuge@tsubasa-system.jp"],
        "cc": ["s-aragaki@kenpo.hinode-sangyo.co.jp"],
        "subject": "個人番号紐付け不整合データの調査依頼",
        "body": """ツバサシステム 久家様

お世話になっております。楠瀬です。
特定健診データと資格情報の突合で、個人番号の紐付けがずれている
レコードが5件見つかりました。CSVを添付しますので原因調査をお願いします。

楠瀬
""" + SIG_KUSUNOSE,
        "attachments": [{
            "kind": "csv", "name": "mynumber_mismatch.csv", "encoding": "utf-8",
            "rows": [
                ["被保険者番号", "氏名", "生年月日", "個人番号", "エラー内容"],
                ["2105-0219", "鷹野 晃", "1974-03-08", my_number(SEED + 2), "枝番不一致"],
                ["1102-0733", "小此木 絢子", "1988-10-27", my_number(SEED + 3), "枝番不一致"],
                ["3301-0105", "仙石 正太", "1966-01-15", my_number(SEED + 4), "氏名カナ不一致"],
                ["4402-0412", "眞鍋 乃亜", "1995-06-02", my_number(SEED + 5), "生年月日不一致"],
                ["1102-0958", "鳴海 譲二", "1971-12-24", my_number(SEED + 6), "二重登録"],
            ],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "five members' My Numbers with names and birth dates in a CSV to the system vendor: identifier + list",
    },
    # 035 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-035",
        "charset": "utf-8",
        "sender": "Chiaki Kusunose <kusunose@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitford <d.whitford@fitpath.com>"],
        "subject": "Pilot participants - sample records for the coaching app",
        "body": """Dear Daniel,

Thank you for the call yesterday. As discussed, here are the three pilot
participants for the lifestyle coaching app, so that your team can set up
their dashboards before the kick-off on October 5.

  Name               Sex  Age  Waist (cm)  BMI   HbA1c  Notes
  Masato Ichinose    M    46   94.0        27.9  6.1    on statins since 2024
  Yurie Kanzaki      F    53   91.5        28.6  5.8    gestational diabetes history
  Koji Hatakeyama    M    58   88.2        25.4  6.0    smoker, 15/day

Please keep the records inside the pilot environment.

Best regards,
Chiaki Kusunose
Hinode Sangyo Health Insurance Society, Health Programs Section
Tel +81-3-5419-2266
""" + DISCLAIMER_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail giving three named participants' check-up values and medical history to a foreign app vendor: sensitive",
    },
    # 036 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-036",
        "charset": "iso-2022-jp",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["iokibe@seirei-clinic.or.jp"],
        "subject": "FW: 【ご報告】5月開始分 実績評価結果",
        "body": """五百旗頭様

お世話になっております。大河内です。
委託先から届いた実績評価結果を転送します。
評価時の腹囲を貴院の健診で計測した方が含まれているため、
測定値の確認をお願いしたく、ご連絡いたしました。

---------- Forwarded message ---------
From: 堀之内 早紀 <horinouchi@wellness-link.co.jp>
Date: 2026年9月2日(水) 17:41
Subject: 【ご報告】5月開始分 実績評価結果
To: <okochi-r@hinode-sangyo.co.jp>

日の出産業健康保険組合　大河内様

5月開始分の実績評価結果をご報告いたします。

■積極的支援
　石神井 勝利 様　体重 86.2→82.9kg（-3.3）　腹囲 97.0→93.5cm（-3.5）　達成
　大和田 雅之 様　体重 79.5→78.8kg（-0.7）　腹囲 91.2→90.6cm（-0.6）　未達
　乙部 浩二 様　　体重 92.0→89.6kg（-2.4）　腹囲 99.4→96.8cm（-2.6）　達成
■動機付け支援
　筑紫 明美 様　　体重 68.3→66.0kg（-2.3）　腹囲 92.0→89.1cm（-2.9）　達成
　葛城 順子 様　　体重 71.0→71.4kg（+0.4）　腹囲 90.5→91.0cm（+0.5）　未達
　宇田川 聡 様　　体重 74.8→72.5kg（-2.3）　腹囲 88.4→85.9cm（-2.5）　達成

ウェルネスリンク 堀之内
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forward (new text to the clinic) of the provider's outcome report on six named members: list + sensitive",
    },
    # 037 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-037",
        "charset": "utf-8",
        "sender": "戸塚 真由美 <totsuka.mayumi@hinode-sangyo.co.jp>",
        "to": ["notoya@hokushin-u.ac.jp", "horinouchi@wellness-link.co.jp",
               "yuki.kamijo.rd@gmail.com"],
        "subject": "健康セミナーご登壇のお礼",
        "body": """能登谷先生、堀之内様、上條様

先日の「おなかまわりから始める健康づくりセミナー」では、
ご登壇いただき誠にありがとうございました。
参加者アンケートでは96%の方から「満足」との回答をいただき、
特に減塩クッキングの実演は大変好評でした。

謝金のお支払い手続きにつきましては、別途ご案内いたします。
今後ともどうぞよろしくお願い申し上げます。
""" + SIG_TOTSUKA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains",
                      "freemail_recipient"],
        "note": "a university, the provider and a freelance dietitian on gmail see each other in To: three external parties",
    },
    # 038 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-038",
        "charset": "iso-2022-jp",
        "sender": "菅沼 誠 <suganuma.m@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 小野寺 様 <onodera@shirakawa-law.jp>"],
        "subject": "委託先選定に関するご相談（比較表送付）",
        "body": """白川法律事務所
小野寺先生

いつもお世話になっております。日の出産業健康保険組合の菅沼です。
来年度の保健指導委託先の選定にあたり、随意契約とすることの可否について
ご相談させていただきたく、比較表をお送りします。

ご多忙のところ恐れ入りますが、来週中にお時間をいただけますと幸いです。
""" + SIG_SUGANUMA,
        "attachments": [{
            "kind": "pdf", "name": "itakusaki_hikaku.pdf",
            "page_header": "CONFIDENTIAL",
            "page_footer": "Confidential - 日の出産業健康保険組合",
            "lines": ["保健指導委託先 比較表（令和9年度）", ""],
            "table": [["事業者", "積極的単価", "動機付け単価", "ICT対応", "過去実績（終了率）"],
                      ["A社", "38,000", "14,000", "可", "82%"],
                      ["B法人", "35,500", "13,200", "一部可", "76%"],
                      ["C社", "41,000", "15,500", "可", "88%"]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF stamped CONFIDENTIAL in header and footer goes to the outside law firm: marking",
    },
    # 039 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-039",
        "charset": "cp932",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["wanibuchi@minato-hsc.or.jp"],
        "subject": "実績報告データ差戻し（暗号化ZIP）",
        "body": """鰐淵様

お世話になっております。谷村です。
実績報告データにエラーがありましたので差し戻します。
エラー箇所は黄色で塗っております。
解凍パスワードはいつものものです。
""" + SIG_TANIMURA,
        "attachments": [{
            "kind": "zip", "name": "jisseki_sashimodoshi_0915.zip", "password": "minato2026",
            "files": [{"kind": "xlsx", "name": "jisseki_error.xlsx",
                       "sheets": {"エラー": [["No", "氏名", "項目", "内容"],
                                             [3, "宮内 忠", "評価日", "初回から3か月未満"],
                                             [9, "田鎖 恵", "体重", "単位誤り"]]}}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "AES-encrypted ZIP to the provider: unreadable attachment",
    },
    # 040 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-040",
        "charset": "utf-8",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["horinouchi@wellness-link.co.jp"],
        "subject": "継続支援 担当変更に伴う依頼票",
        "body": """堀之内様

お世話になっております。
担当保健師の変更に伴い、引継ぎ用の依頼票（Word）をお送りします。
後任の方にお渡しいただけますでしょうか。

大河内""",
        "attachments": [{
            "kind": "docx", "name": "継続支援依頼票_鏑木様.docx",
            "paragraphs": ["特定保健指導 継続支援依頼票", "依頼日：令和8年9月10日"],
            "tables": [[
                ["項目", "内容"],
                ["氏名", "鏑木 紗世（カブラギ サヨ）"],
                ["生年月日", "昭和54年1月29日"],
                ["支援区分", "動機付け支援"],
                ["健診結果", "腹囲 92.3cm　BMI 27.0　中性脂肪 198　HbA1c 5.9"],
                ["既往歴", "子宮筋腫（令和6年 手術）、貧血で鉄剤服用中"],
                ["支援上の留意点", "月経周期による体重変動が大きいため、週平均で評価"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Word form with one named member's check-up values and medical history to the provider: sensitive",
    },
    # 041 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-041",
        "charset": "iso-2022-jp",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["a.saionji@wellness-link.co.jp"],
        "subject": "Re: 定例打合せ日程のご相談",
        "body": """西園寺様

お世話になっております。谷村です。
ご提示いただいた候補日のうち、10月14日（水）14時からでお願いできますでしょうか。
当方からは菅沼と私の2名で伺います。

議題は、
　・上期の初回面談の進捗
　・年末年始の面談枠
　・来年度の見積り前提（件数・ICT比率）
を想定しております。

よろしくお願いいたします。
""" + SIG_TANIMURA + """

> 谷村様
> 定例打合せの日程ですが、10/14（水）14時～、10/16（金）10時～、
> 10/20（火）15時～ のいずれかでいかがでしょうか。
> ウェルネスリンク 西園寺""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary scheduling with the provider, no personal data",
    },
    # 042 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-042",
        "charset": "cp932",
        "sender": "戸塚 真由美 <totsuka.mayumi@hinode-sangyo.co.jp>",
        "to": ["event@walkrally-kikaku.co.jp"],
        "subject": "秋のウォーキングラリー 参加登録者（追加分）",
        "body": """株式会社ウォークラリー企画
ご担当者様

お世話になっております。日の出産業 人事部 健康推進室の戸塚です。
秋のウォーキングラリーの追加参加者です。アプリ登録の招待を送っていただけますか。

　氏名　　　　　　携帯電話　　　　　　メールアドレス　　　　　　　　　生年月日
　――――――――――――――――――――――――――――――――――――――――――
　楢崎　誠司　　　０９０－３３２１－８８０４　s.narasaki@gmail.com　　　　　１９７７．０４．１１
　八重樫　舞　　　０８０－６０４７－２２１９　mai.yaegashi@yahoo.co.jp　　　１９８９．１１．３０
　小田桐　勇　　　０７０－１８３３－５０６２　odagiri-isamu@outlook.jp　　　１９７２．０７．０３
　五味　香織　　　０９０－９４１２－７７３８　kaori.gomi@icloud.com　　　　１９８４．０２．２６
　泉谷　浩一　　　０８０－２５６９－４１０７　k-izumiya@docomo.ne.jp　　　　１９６８．０９．１７

以上5名、よろしくお願いいたします。
""" + SIG_TOTSUKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "five employees' mobile numbers, private e-mails and birth dates (full-width, padded columns) to an event company: list",
    },
    # 043 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-043",
        "charset": "iso-2022-jp",
        "sender": "菅沼 誠 <suganuma.m@hinode-sangyo.co.jp>",
        "to": ["onodera@shirakawa-law.jp"],
        "subject": "秘密保持契約書（保健指導委託先向け）のご確認のお願い",
        "body": """白川法律事務所
小野寺先生

いつもお世話になっております。日の出産業健康保険組合の菅沼でございます。

企画提案の募集にあたり、応募事業者と締結する秘密保持契約書の
ひな形を作成いたしました。以下の点についてご意見を頂戴できますでしょうか。

１．秘密情報の定義に、健診結果等の要配慮個人情報を明示的に含めるべきか
２．再委託（ICT面談システム事業者）への開示を認める条項の書きぶり
３．契約終了時の返還・廃棄の証明方法（廃棄証明書の様式）

ひな形は共有フォルダ「法務相談/2026」に格納しております。
ご都合のよいお時間にお電話いただけますと幸いです。
""" + SIG_SUGANUMA + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA to the partner law firm with the standard disclaimer: no marking, no personal data",
    },
    # 044 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-044",
        "charset": "utf-8",
        "sender": "楠瀬 千晶 <kusunose@hinode-sangyo.co.jp>",
        "to": ["jimukyoku@hkk-kyogikai.or.jp"],
        "subject": "共同事業アンケート（保健指導実績）回答",
        "body": """東日本健保共同事業協議会 事務局 御中

お世話になっております。日の出産業健康保険組合の楠瀬です。
標記アンケートの回答をExcelでお送りいたします。
数値はすべて令和7年度の確定値です。

何卒よろしくお願いいたします。
""" + SIG_KUSUNOSE,
        "attachments": [{
            "kind": "xlsx", "name": "アンケート回答_日の出産業健保.xlsx",
            "sheets": {
                "実施状況": [
                    ["項目", "積極的支援", "動機付け支援", "合計"],
                    ["対象者数", 612, 781, 1393],
                    ["初回面談実施者数", 254, 401, 655],
                    ["実績評価終了者数", 234, 371, 605],
                    ["実施率", "38.2%", "47.5%", "43.4%"],
                    ["中断者数", 20, 30, 50],
                ],
                "年齢階級別該当率": [
                    ["年齢階級", "メタボ該当", "予備群"],
                    ["40-49", "13.1%", "11.8%"], ["50-59", "19.4%", "12.9%"],
                    ["60-74", "24.0%", "12.7%"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate programme statistics to an association: no individual data",
    },
    # 045 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-045",
        "charset": "iso-2022-jp",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["tokuho@wellness-link.co.jp"],
        "subject": "中断者一覧（上期確定版）",
        "body": """ウェルネスリンク 運用ご担当者様

日の出産業健保の谷村です。
上期の中断者一覧（確定版）をPDFでお送りします。
支払基金への報告と突合しますので、貴社の記録と相違がないか
ご確認をお願いいたします。
""" + SIG_TANIMURA,
        "attachments": [{
            "kind": "pdf", "name": "chudansha_kamiki_kakutei.pdf",
            "title": "中断者一覧（上期）",
            "lines": ["令和8年度 上期 特定保健指導 中断者一覧", "日の出産業健康保険組合 保健事業課", ""],
            "table": [
                ["No", "氏名", "生年月日", "区分", "中断日", "中断理由"],
                ["1", "鳥飼 幸雄", "S46.8.2", "積極的", "7/14", "入院（心筋梗塞）"],
                ["2", "柳瀬 美佳", "S61.3.9", "動機付け", "7/28", "妊娠"],
                ["3", "曽我部 亮", "S52.11.15", "積極的", "8/4", "うつ病による休職"],
                ["4", "浜崎 圭吾", "S44.1.30", "積極的", "8/19", "糖尿病治療開始（服薬）"],
                ["5", "三好 留美", "S58.6.21", "動機付け", "8/25", "退職"],
                ["6", "鹿島 洋平", "S49.12.6", "積極的", "9/8", "連絡不通"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF list of six named dropouts with birth dates and medical reasons (心筋梗塞, うつ病, 妊娠): list + sensitive",
    },
    # 046 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-046",
        "charset": "cp932",
        "sender": "新垣 颯太 <s-aragaki@kenpo.hinode-sangyo.co.jp>",
        "to": ["wanibuchi@minato-hsc.or.jp"],
        "subject": "契約健診機関一覧（受診勧奨のご案内用）",
        "body": """鰐淵様

お世話になっております。新垣です。
受診勧奨の際に対象者へご案内いただく契約健診機関の一覧をお送りします。
所在地・代表電話のみの一覧です。

新垣
""" + SIG_ARAGAKI,
        "attachments": [{
            "kind": "csv", "name": "keiyaku_kenshin_kikan.csv", "encoding": "cp932",
            "rows": [
                ["地区", "医療機関名", "所在地", "代表電話", "土曜受付"],
                ["東京", "青嶺クリニック 健診センター", "東京都港区海岸三丁目9番15号", "03-3452-7710", "可"],
                ["東京", "東都健康管理協会 大森健診所", "東京都大田区大森北一丁目22番8号", "03-3762-4401", "可"],
                ["埼玉", "川口中央メディカルプラザ", "埼玉県川口市栄町二丁目5番3号", "048-252-9180", "不可"],
                ["神奈川", "みなとみらい健診クリニック", "神奈川県横浜市西区みなとみらい四丁目6番2号", "045-221-3366", "可"],
                ["愛知", "名古屋栄 総合健診センター", "愛知県名古屋市中区栄三丁目18番1号", "052-262-7045", "可"],
                ["大阪", "梅田ヘルスケアクリニック", "大阪府大阪市北区梅田一丁目11番4号", "06-6344-2290", "不可"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of contracted clinics (businesses: address and switchboard), not people",
    },
    # 047 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-047",
        "charset": "utf-8",
        "sender": "新垣 颯太 <s-aragaki@kenpo.hinode-sangyo.co.jp>",
        "to": ["keiri@wellness-link.co.jp"],
        "subject": "ご請求書（8月分）登録番号の記載について",
        "body": """株式会社ウェルネスリンク 経理ご担当者様

いつもお世話になっております。日の出産業健康保険組合 業務課の新垣です。
8月分のご請求書（請求番号 WL-2608-0117、ご請求額 3,184,500円）を拝受いたしました。

1点確認させてください。
ご請求書に記載の登録番号が「T8011001084412」となっておりますが、
前月までのご請求書および国税庁の公表サイトでは「T1010401093715」でした。
どちらが正しいか、ご確認いただけますでしょうか。
正しい番号での再発行をお願いできれば、9月末の支払いに間に合わせます。
""" + SIG_ARAGAKI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice query quoting the provider's qualified-invoice T-numbers (company, not people): ordinary mail",
    },
    # 048 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-048",
        "charset": "iso-2022-jp",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["horinouchi@wellness-link.co.jp"],
        "subject": "Re: 初回面談 実施報告（9月第1週）",
        "body": """堀之内様

ご報告ありがとうございます。内容を確認いたしました。
日程が合わなかった1名の方には、健保からも声をかけてみます。

大河内

> 日の出産業健康保険組合 大河内様
>
> 9月第1週の初回面談の実施状況です。
>
> 　9/1　神保 啓太 様　　積極的支援　　ICT　実施済
> 　9/1　伊集院 莉子 様　動機付け支援　ICT　実施済
> 　9/2　漆原 壮一郎 様　積極的支援　　対面　実施済（血圧 144/92）
> 　9/3　真壁 聡子 様　　動機付け支援　対面　実施済
> 　9/4　於保 健司 様　　積極的支援　　ICT　日程再調整
> 　9/4　乾 光太郎 様　　積極的支援　　ICT　実施済
>
> 株式会社ウェルネスリンク 堀之内""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the list is only quoted from the provider's own mail ('>' lines); the new text is two lines",
    },
    # 049 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-049",
        "charset": "iso-2022-jp",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["eigyo2@kawasaki-denk1.co.jp"],
        "subject": "活動量計 見積りのお願い",
        "body": """川崎電機株式会社 営業二部 ご担当者様

いつもお世話になっております。日の出産業健康保険組合の大河内です。
保健指導参加者向けの活動量計について、見積りをお願いいたします。

　型番：KD-Walk 300（心拍センサー付き）
　数量：150台
　納期：令和8年11月末
　その他：アプリ連携（歩数データのCSV出力）の可否もお知らせください。

よろしくお願いいたします。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denk1.co.jp replaces the 'i' of the partner kawasaki-denki.co.jp with '1': look-alike",
    },
    # 050 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-050",
        "charset": "utf-8",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["totsuka.mayumi@hinode-sangyo.co.jp"],
        "cc": ["suganuma.m@hinode-sangyo.co.jp"],
        "subject": "就業時間内の面談調整用 対象者名簿（社内限り）",
        "body": """戸塚さん

お疲れさまです。谷村です。
就業時間内に初回面談を入れられるよう、職場への調整をお願いしたく、
第1回対象者の名簿をお送りします（健保と健康推進室の共同利用の範囲内です）。
社外には出さないようお願いします。

谷村""",
        "attachments": [{
            "kind": "xlsx", "name": "面談調整用_対象者名簿.xlsx",
            "sheets": {"名簿": [["面談調整用 対象者名簿（第1回）"], []] + _target_rows()},
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "PHONE_NUMBER",
                     "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "full target list, but every recipient is internal (hinode-sangyo.co.jp): must go",
    },
    # 051 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-051",
        "charset": "iso-2022-jp",
        "sender": "戸塚 真由美 <totsuka.mayumi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "健康セミナー 会場予約の確認（10/3）",
        "body": """さくらホテル 宴会予約課
早見様

お世話になっております。日の出産業 人事部の戸塚です。
10月3日（土）の会場予約について、以下の内容で確定をお願いいたします。

　会場　：2階「桔梗の間」（スクール形式 60名）
　時間　：13:00～17:00（設営 12:00～）
　機材　：プロジェクター、ワイヤレスマイク2本、演台
　飲物　：お茶のペットボトル 60本
　昼食　：不要（講師控室に軽食 4名分）

請求書は日の出産業株式会社 人事部宛にお願いいたします。
""" + SIG_TOTSUKA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "venue booking with the partner hotel: ordinary business mail",
    },
    # 052 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-052",
        "charset": "cp932",
        "sender": "戸塚 真由美 <totsuka.mayumi@hinode-sangyo.co.jp>",
        "to": ["hojin@kitaguni-foods.co.jp"],
        "subject": "ヘルシー弁当のご注文（健康セミナー用）",
        "body": """北国フーズ株式会社 法人営業部 御中

お世話になっております。日の出産業の戸塚です。
健康セミナー（10/3）の試食用に、下記の通り注文いたします。

・減塩・野菜たっぷり弁当（550kcal） ×50
・低糖質パン弁当（420kcal）        ×10
　お届け：10月3日 11:30 さくらホテル 2階 桔梗の間
　アレルギー対応：えび・かに不使用のものを5食（名札不要）

栄養成分表示のPDFもあわせていただけますと、当日の掲示に使えて助かります。
""" + SIG_TOTSUKA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "catering order with quantities, no person tied to any data",
    },
    # 053 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-053",
        "charset": "utf-8",
        "sender": "戸塚 真由美 <totsuka.mayumi@hinode-sangyo.co.jp>",
        "to": ["banquet@sakura-hotel.co.jp"],
        "subject": "11月 健康教室の会場仮押さえ",
        "body": """さくらホテル 宴会予約課 御中

いつもお世話になっております。日の出産業 人事部の戸塚です。
11月21日（土）午後に、保健指導参加者向けの健康教室（30名程度）を
予定しております。小規模の会場の仮押さえは可能でしょうか。
空き状況とお見積りをいただけますと幸いです。
""" + SIG_TOTSUKA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "sakura-hotel.co.jp is another TLD of the partner sakura-hotel.jp: look-alike",
    },
    # 054 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-054",
        "charset": "iso-2022-jp",
        "sender": "菅沼 誠 <suganuma.m@hinode-sangyo.co.jp>",
        "to": ["a.saionji@wellness-link.co.jp"],
        "cc": ["sakakibara@meditalk.jp", "k-tanimura@hinode-sangyo.co.jp"],
        "subject": "ICT面談システム切替に関する三者打合せ",
        "body": """ウェルネスリンク 西園寺様
（cc）メディトーク 榊原様

お世話になっております。日の出産業健保の菅沼です。
来年度からのICT面談システム切替について、三者で打合せの場を
設けたくご連絡いたしました。

　候補日：10月21日（水）10時～ / 10月22日（木）15時～
　形式　：オンライン（Teams）
　内容　：ログイン方式（SMS認証）の変更、面談記録の連携項目、移行スケジュール

ご都合をお知らせください。
""" + SIG_SUGANUMA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (provider and ICT vendor) in To/Cc: a normal three-way meeting mail",
    },
    # 055 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-055",
        "charset": "utf-8",
        "sender": "保健事業課 <hokenjigyo@kenpo.hinode-sangyo.co.jp>",
        "to": ["hokenjigyo@kenpo.hinode-sangyo.co.jp"],
        "bcc": ["mihoko.t1971@yahoo.co.jp", "kenji-nagare@gmail.com", "s.ujiie.home@outlook.jp",
                "rika_m0520@icloud.com", "taka-uno55@docomo.ne.jp", "hiro.sakaki@ezweb.ne.jp",
                "aya-k.0303@softbank.ne.jp", "nobu.toyoda@gmail.com"],
        "subject": "【日の出産業健保】秋の健康ポイントキャンペーンのお知らせ",
        "body": """被扶養者の皆さまへ

日の出産業健康保険組合です。
10月1日から11月30日まで、秋の健康ポイントキャンペーンを実施します。

　・特定健診の受診　　　　　　　　　　　　500ポイント
　・特定保健指導の初回面談　　　　　　　　300ポイント
　・ウォーキング（1日8,000歩×20日達成）　200ポイント

たまったポイントは健康グッズやカタログギフトと交換できます。
詳しくは健保ホームページの「けんぽポイント」ページをご覧ください。

※このメールは送信専用ではありません。ご質問はこのアドレスへどうぞ。
日の出産業健康保険組合 保健事業課　TEL 03-5419-2260""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "announcement to members correctly sent Bcc (To is the sender's own address): free-mail recipients only",
    },
    # 056 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-056",
        "charset": "iso-2022-jp",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["jinji-kenko@hn-eng.co.jp", "soumu@asagiri-kasei.co.jp",
               "anzen@shinonome-butsuryu.co.jp", "hr@hyuga-techno.jp"],
        "subject": "【ご依頼】特定保健指導の就業時間内実施へのご協力",
        "body": """関係会社 健康管理ご担当者様

いつもお世話になっております。日の出産業健康保険組合 保健事業課の谷村です。

各社の上期の特定保健指導 実施率をお知らせするとともに、
下期も就業時間内の面談実施にご協力をお願いしたく、ご連絡いたしました。

　日の出エンジニアリング　　対象 58名　初回実施 27名（46.6%）
　朝霧化成　　　　　　　　　対象 34名　初回実施 11名（32.4%）
　東雲物流　　　　　　　　　対象 71名　初回実施 19名（26.8%）
　日向テクノ　　　　　　　　対象 22名　初回実施 14名（63.6%）

とくに物流・交替勤務の職場で実施率が低くなっております。
面談会場のご提供などご相談させてください。
""" + SIG_TANIMURA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four group companies (separate external organisations) see each other and each other's figures in To: should have been Bcc",
    },
    # 057 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-057",
        "charset": "iso-2022-jp",
        "sender": "新垣 颯太 <s-aragaki@kenpo.hinode-sangyo.co.jp>",
        "to": ["kumiko.hozumi@yahoo.co.jp"],
        "subject": "Re: 利用券をなくしてしまいました",
        "body": """穂積 様

日の出産業健康保険組合 業務課の新垣です。
お問い合わせありがとうございます。

利用券の再発行は、健保ホームページの「各種申請書」から
「特定保健指導利用券再交付申請書」をダウンロードし、
ご記入のうえ被保険者の方の勤務先経由でご提出ください。
受付から1週間ほどでご自宅へ郵送いたします。

なお、面談の予約は利用券の到着前でも可能です。
ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_ARAGAKI + """

> 日の出産業健保 御中
> 夫が日の出産業に勤めている者です。
> 先日届いた特定保健指導の利用券を紛失してしまいました。
> 再発行はできますか。
> 穂積""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one private person's question about the procedure: one free-mail recipient, no data beyond her own quoted mail",
    },
    # 058 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-058",
        "charset": "cp932",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["sakakibara@meditalk.jp"],
        "subject": "ICT面談アプリ 操作説明会の日程について",
        "body": """株式会社メディトーク
榊原様

いつもお世話になっております。日の出産業健康保険組合の谷村です。

被扶養者向けのアプリ操作説明会ですが、下記2回で実施したいと考えております。
　① 11月7日（土）10:00～11:00
　② 11月12日（木）19:00～20:00
いずれもオンラインで、参加予定は各回20名程度です。
講師のご手配と、当日配布する操作マニュアル（PDF）の最新版をお願いできますか。

よろしくお願いいたします。
""" + SIG_TANIMURA + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary mail to the ICT vendor ending with the standard confidentiality disclaimer: not a marking",
    },
    # 059 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-059",
        "charset": "utf-8",
        "sender": "菅沼 誠 <suganuma.m@hinode-sangyo.co.jp>",
        "to": ["a.saionji@wellness-link.co.jp"],
        "subject": "10/14 定例打合せ 出席者のご連絡",
        "body": """西園寺様

お世話になっております。菅沼です。
10/14の定例打合せ（貴社会議室）の出席者をお知らせします。
当日、受付で入館証を作成いただくとのことでしたので、
遅れる場合の連絡先（携帯）も添えておきます。

・菅沼 誠（課長）　　携帯 090-2736-4158
・谷村 恵子（保健事業課）　携帯 080-5104-2293
・大河内 理沙（保健師）　携帯 070-4628-1957

どうぞよろしくお願いいたします。
""" + SIG_SUGANUMA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three attendees with mobile numbers: a short list under five, may be warned but must go",
    },
    # 060 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-060",
        "charset": "iso-2022-jp",
        "sender": "戸塚 真由美 <totsuka.mayumi@hinode-sangyo.co.jp>",
        "to": ["hojin@kitaguni-food.co.jp"],
        "subject": "健康教室 試食用弁当の追加注文",
        "body": """北国フーズ 法人営業部 御中

いつもお世話になっております。日の出産業の戸塚です。
11月21日の健康教室用に、減塩弁当を30食追加でお願いできますでしょうか。
お届け先・時間は前回と同じで結構です。
""" + SIG_TOTSUKA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-food.co.jp drops the 's' of the partner kitaguni-foods.co.jp: look-alike",
    },
    # 061 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-061",
        "charset": "utf-8",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["wanibuchi@minato-hsc.or.jp"],
        "subject": "初回面談記録票の様式（改訂版・空欄）",
        "body": """鰐淵様

お世話になっております。大河内です。
第4期に合わせて改訂した初回面談記録票の様式（空欄のもの）をお送りします。
10月開始分からこちらでのご報告をお願いいたします。
変更点は「行動変容ステージ」と「休養・睡眠」の欄の追加です。
""" + SIG_OKOCHI,
        "attachments": [{
            "kind": "docx", "name": "初回面談記録票_様式_第4期.docx",
            "page_footer": "様式第2号（日の出産業健康保険組合）",
            "paragraphs": ["特定保健指導 初回面談記録票", "記入日：　　年　　月　　日　　記入者：",
                           "※健診結果は健保から提供された値を転記すること。"],
            "tables": [[
                ["項目", "記入欄"],
                ["氏名", ""], ["生年月日", "　　年　　月　　日"], ["支援区分", "積極的 ／ 動機付け"],
                ["腹囲・体重", "　　cm ／　　kg"], ["行動変容ステージ", "無関心・関心・準備・実行・維持"],
                ["休養・睡眠", ""], ["行動目標", ""], ["次回支援予定", ""],
            ]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank form (labels only, no person's data) to the provider",
    },
    # 062 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-062",
        "charset": "iso-2022-jp",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["yomogita@nishiki-insatsu.co.jp"],
        "subject": "Re: 特定保健指導ご案内リーフレット 再校",
        "body": """蓬田様

再校ありがとうございました。
赤字を入れたPDFをお戻しします。修正は表紙のキャッチコピー1か所のみですので、
これで校了とさせてください。部数は3,500部、納品は9月25日でお願いします。

谷村
""" + SIG_TANIMURA,
        "attachments": [{
            "kind": "pdf", "name": "leaflet_saikou_akaji.pdf",
            "lines": ["特定保健指導のご案内（再校・赤字）",
                      "表紙：「あなたの健診結果、そのままにしていませんか？」→「今年こそ、おなかまわりから。」",
                      "",
                      "メタボリックシンドロームの判定基準",
                      "  腹囲　男性85cm以上／女性90cm以上",
                      "  ＋ 次のうち2つ以上：",
                      "   ・血圧 130/85mmHg以上",
                      "   ・中性脂肪 150mg/dL以上 または HDLコレステロール 40mg/dL未満",
                      "   ・空腹時血糖 110mg/dL以上",
                      "保健指導は無料です。お申込みは同封の利用券で。"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "leaflet proof with the metabolic-syndrome criteria as general information: no person's data",
    },
    # 063 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-063",
        "charset": "utf-8",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["wanibuchi@minato-hsc.or.jp"],
        "subject": "下期 実施スケジュール（案）",
        "body": """鰐淵様

いつもお世話になっております。谷村です。
下期の実施スケジュール案をExcelでお送りします。
12月の面談枠が少なめになっていますので、ご調整いただけるとありがたいです。
""" + SIG_TANIMURA,
        "attachments": [{
            "kind": "xlsx", "name": "shimoki_schedule_an.xlsx",
            "sheets": {
                "スケジュール": [
                    ["令和8年度 下期 特定保健指導 実施スケジュール（案）"],
                    ["月", "作業", "担当", "面談枠"],
                    ["10月", "第3回対象者抽出・利用券発送", "健保", 40],
                    ["11月", "初回面談（第3回分）", "みなと", 60],
                    ["12月", "継続支援・中間評価", "みなと", 25],
                    ["1月", "第4回対象者抽出", "健保", 30],
                    ["2月", "初回面談（第4回分）", "みなと", 45],
                    ["3月", "年度末 実績報告準備", "健保・みなと", 0],
                ],
                "会場": [["会場", "住所"], ["芝浦ビル 6F 健康相談室", "東京都港区芝浦4-21-7"],
                         ["川口工場 厚生棟", "埼玉県川口市領家5-3-1"]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "schedule and the company's own venues: no personal data",
    },
    # 064 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-064",
        "charset": "utf-8",
        "sender": "Chiaki Kusunose <kusunose@hinode-sangyo.co.jp>",
        "to": ["d.whitford@fitpath.com"],
        "subject": "Pilot evaluation plan (draft v0.4)",
        "body": """Hi Daniel,

Please find attached the draft evaluation plan for the coaching-app pilot.
It only describes the design and the indicators; no participant data is included.
I would appreciate your comments on section 3 (drop-out definition) by next Friday.

Kind regards,
Chiaki
--
Chiaki Kusunose
Hinode Sangyo Health Insurance Society
""",
        "attachments": [{
            "kind": "pdf", "name": "pilot_evaluation_plan_v0.4.pdf",
            "page_header": "INTERNAL ONLY",
            "page_footer": "Hinode Sangyo Health Insurance Society - Internal Only - Draft",
            "title": "Pilot evaluation plan",
            "lines": ["Coaching app pilot - evaluation plan (draft v0.4)", "",
                      "1. Population: members eligible for specific health guidance, age 40-64",
                      "2. Primary outcome: waist -2cm and weight -2kg at 3 months",
                      "3. Drop-out: no contact for 2 consecutive scheduled sessions",
                      "4. Secondary: app engagement (days logged / week), step count",
                      "5. Budget: JPY 4.2 million (licences, devices, evaluation)"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF stamped INTERNAL ONLY in header and footer goes to a foreign vendor: marking",
    },
    # 065 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-065",
        "charset": "iso-2022-jp",
        "sender": "楠瀬 千晶 <kusunose@hinode-sangyo.co.jp>",
        "to": ["notoya@hokushin-u.ac.jp"],
        "subject": "共同研究：階層化結果の集計値（性・年齢階級別）",
        "body": """北辰大学 公衆衛生学教室
能登谷先生

お世話になっております。日の出産業健保の楠瀬です。
先日お約束した、令和7年度の階層化結果の集計値をお送りします。
セルが10未満になる区分は「*」で秘匿しております。

  性  年齢階級  受診者数  積極的支援  動機付け支援  情報提供
  --  --------  --------  ----------  ------------  --------
  男  40-44          512          98            41       373
  男  45-49          577         121            46       410
  男  50-54          548         133            52       363
  男  55-59          430         109            61       260
  男  60-64          262           *            88       171
  女  40-44          301           *            27       268
  女  45-49          328          12            31       285
  女  50-54          296          15            40       241
  女  55-59          214          11            44       159
  女  60-64          118           *            29        85

生データの提供については、倫理審査の承認後に改めてご相談させてください。
""" + SIG_KUSUNOSE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a padded table that looks like a list but holds only aggregate counts by sex and age band",
    },
    # 066 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-066",
        "charset": "cp932",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["jinji-kenko@hn-eng.co.jp"],
        "subject": "保健指導の面談会場一覧（各拠点）",
        "body": """日の出エンジニアリング 人事部 健康管理ご担当 様

お世話になっております。健保の谷村です。
従業員の方にご案内いただく面談会場の一覧です。掲示等にお使いください。

■面談会場一覧
・日の出産業芝浦ビル 6階 健康相談室
　東京都港区芝浦四丁目21番7号　TEL 03-5419-2260（健保代表）
・ウェルネスリンク 新宿サロン
　東京都新宿区西新宿七丁目10番1号 西新宿KTビル4階　TEL 03-6279-3340
・ウェルネスリンク 大宮サロン
　埼玉県さいたま市大宮区桜木町一丁目7番5号　TEL 048-788-1276
・みなと保健指導センター 名古屋オフィス
　愛知県名古屋市中村区名駅三丁目25番9号　TEL 052-589-6607
・みなと保健指導センター 大阪オフィス
　大阪府大阪市中央区本町二丁目3番4号　TEL 06-6271-0358

ICT（オンライン）面談もご利用いただけます。
""" + SIG_TANIMURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of venues (offices with addresses and switchboards), businesses not people, to one external company",
    },
    # 067 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-067",
        "charset": "utf-8",
        "sender": "菅沼 誠 <suganuma.m@hinode-sangyo.co.jp>",
        "to": ["wanibuchi@minato-hsc.or.jp"],
        "subject": "Re: 先日の会議資料について",
        "body": """鰐淵様

お世話になっております。菅沼です。
先日の連絡会議でお配りした資料の件、ご質問ありがとうございます。
あの資料は当組合の社内では社外秘の扱いにしておりますので、
恐れ入りますが貴法人内での回覧にとどめ、他の健保様への転用は
ご遠慮いただけますようお願いいたします。
要点だけであれば、公開版の事業報告（ホームページ掲載）をご利用ください。

菅沼
""" + SIG_SUGANUMA + """

> 菅沼様
> 先日の資料を、当法人が受託している他の健保様向けの説明でも
> 参考に使わせていただいてよろしいでしょうか。
> 鰐淵""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 社外秘 is only mentioned in prose about an earlier document; the mail itself is not marked and carries nothing",
    },
    # 068 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-068",
        "charset": "iso-2022-jp",
        "sender": "菅沼 誠 <suganuma.m@hinode-sangyo.co.jp>",
        "to": ["onodera@shirakawa-law.jp"],
        "subject": "業務委託契約書（締結版）のご送付",
        "body": """小野寺先生

お世話になっております。菅沼です。
先日ご確認いただいた業務委託契約書の締結版をPDFでお送りいたします。
閲覧用パスワードは事務所様の代表電話にてお伝えいたします。
""" + SIG_SUGANUMA,
        "attachments": [{
            "kind": "pdf", "name": "itaku_keiyakusho_teiketsu.pdf", "password": "Shira#2026",
            "lines": ["特定保健指導業務委託契約書", "日の出産業健康保険組合（甲）と株式会社ウェルネスリンク（乙）は…"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to the law firm: unreadable attachment",
    },
    # 069 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-069",
        "charset": "utf-8",
        "sender": "Chiaki Kusunose <kusunose@hinode-sangyo.co.jp>",
        "to": ["dev-partners@fitpath.com"],
        "subject": "Re: Step-count import API - field mapping",
        "body": """Hello FitPath team,

Thanks for the API documentation. A few questions on the field mapping before
we ask our system vendor to build the import:

1. Is "step_count" a daily total in the member's local time zone (JST)?
2. "participant_id" - can we use our own pseudonymous ID (e.g. HN26-0001)
   instead of an e-mail address? We would prefer not to pass e-mail addresses.
3. What is the rate limit for the bulk endpoint (requests per minute)?

We plan to start integration testing on November 2 with dummy data only.

Best regards,
Chiaki Kusunose
Hinode Sangyo Health Insurance Society
Tel +81-3-5419-2266

On Thu, Oct 8, 2026 at 9:12 AM FitPath Developer Relations wrote:
> Please find the v2 API reference attached. The bulk endpoint accepts up to
> 500 records per request.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "technical English mail about an API; only a pseudonymous ID format, no personal data",
    },
    # 070 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-070",
        "charset": "iso-2022-jp",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["産業医 江刺家 先生 <esashika.dr@hinode-sangyo.co.jp>"],
        "cc": ["totsuka.mayumi@hinode-sangyo.co.jp"],
        "subject": "FW: 【ご報告】5月開始分 実績評価結果",
        "body": """江刺家先生

お疲れさまです。健保の大河内です。
委託先からの実績評価結果を共有いたします。
体重が増えている葛城さんについて、次回の産業医面談で
お声がけいただけますと幸いです。

---------- Forwarded message ---------
From: 堀之内 早紀 <horinouchi@wellness-link.co.jp>
Subject: 【ご報告】5月開始分 実績評価結果

■積極的支援
　石神井 勝利 様　体重 86.2→82.9kg　腹囲 97.0→93.5cm　達成
　大和田 雅之 様　体重 79.5→78.8kg　腹囲 91.2→90.6cm　未達
　乙部 浩二 様　　体重 92.0→89.6kg　腹囲 99.4→96.8cm　達成
■動機付け支援
　筑紫 明美 様　　体重 68.3→66.0kg　腹囲 92.0→89.1cm　達成
　葛城 順子 様　　体重 71.0→71.4kg　腹囲 90.5→91.0cm　未達
　宇田川 聡 様　　体重 74.8→72.5kg　腹囲 88.4→85.9cm　達成
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "outcome list of six named members, but forwarded only to the in-house occupational physician (internal domain): must go",
    },
    # 071 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-071",
        "charset": "cp932",
        "sender": "新垣 颯太 <s-aragaki@kenpo.hinode-sangyo.co.jp>",
        "to": ["jushin@toto-kenkou.or.jp"],
        "subject": "Re: 架電結果のご報告（9月第2週）",
        "body": """真栄田様

ご報告ありがとうございます。
1点お願いがあります。リストNo.7の大門様ですが、昨年度の健診で
空腹時血糖 168mg/dL・HbA1c 7.4% と受診勧奨判定値を大きく超えており、
その後の受診記録（レセプト）も確認できておりません。
次回のお電話の際は、健診の受診に加えて、かかりつけ医への受診も
あわせてお勧めいただけますでしょうか（糖尿病の疑いがあるとお伝えいただいて構いません）。

よろしくお願いいたします。
""" + SIG_ARAGAKI + """

> 日の出産業健康保険組合 新垣様
> 9月第2週の架電結果です。
> 　架電 9件／通話 6件／受診予約 3件
> 東都健康管理協会 真栄田""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named dependant's glucose results and suspected diabetes in new text to the contractor: sensitive (one person)",
    },
    # 072 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-072",
        "charset": "iso-2022-jp",
        "sender": "菅沼 誠 <suganuma.m@hinode-sangyo.co.jp>",
        "to": ["onodera@shirakawa-law.jp"],
        "subject": "健診結果の委託先提供と本人同意についてのご質問",
        "body": """小野寺先生

いつもお世話になっております。日の出産業健保の菅沼です。
法的な整理について1点ご教示ください。

特定保健指導の実施のため、健診結果（例えば「50代男性、腹囲92cm、BMI27、
HbA1c 6.0」といった情報）を委託先に提供することは、高齢者医療確保法に基づく
委託として本人同意なく行えると理解しております。
一方、同じ情報を、任意参加のアプリ実証（海外事業者）に提供する場合は、
要配慮個人情報の第三者提供・外国にある第三者への提供として本人同意が必要、
という整理でよろしいでしょうか。

ご多忙のところ恐縮ですが、ご見解をいただけますと幸いです。
""" + SIG_SUGANUMA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legal question with a made-up, non-identifiable example of check-up values: no identifiable person",
    },
    # 073 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-073",
        "charset": "utf-8",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["yomogita@nishiki-insatsu.co.jp"],
        "subject": "健保ロゴデータ（封筒印刷用）",
        "body": """蓬田様

お世話になっております。谷村です。
利用券封筒に入れる健保ロゴのデータをお送りします。
高解像度版が必要でしたらAI形式でもお送りできますので、お知らせください。
""" + SIG_TANIMURA,
        "attachments": [{"kind": "png", "name": "kenpo_logo.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "logo image to the partner printer",
    },
    # 074 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-074",
        "charset": "cp932",
        "sender": "楠瀬 千晶 <kusunose@hinode-sangyo.co.jp>",
        "to": ["kenshin@seirei-clinic.or.jp", "info@minato-hsc.or.jp"],
        "cc": ["okochi-r@hinode-sangyo.co.jp"],
        "subject": "健診結果XMLの項目コード（JLAC10）について",
        "body": """青嶺クリニック 健診センター ご担当者様
みなと保健指導センター ご担当者様

お世話になっております。日の出産業健保の楠瀬です。
来年度から健診結果XMLを直接保健指導側に連携する予定のため、
項目コードの扱いを確認させてください。

　・HbA1c：NGSP値のコード（3D046000001920402）で統一
　・腹囲：実測（9N056000000000011）と自己申告の区別
　・空腹時／随時血糖：採血時間の記載方法

11月中に一度、三者でオンライン打合せをお願いできればと思います。
""" + SIG_KUSUNOSE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To (clinic and provider) about data formats: normal three-way mail",
    },
    # 075 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-075",
        "charset": "iso-2022-jp",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["horinouchi@wellness-link.co.jp"],
        "subject": "名簿No.23の方の支援方針について",
        "body": """堀之内様

お世話になっております。大河内です。
第2回名簿のNo.23の方（40代女性・名古屋支店）について、支援方針のご相談です。

　腹囲 90.8cm　BMI 26.4　中性脂肪 176　HbA1c 5.8
　前回の健診からの体重増加が+6kgと大きく、本人から
　「更年期で眠れず、夜に食べてしまう」との話がありました。

婦人科受診を勧めたうえで、睡眠の改善を中心にした目標設定を
していただくのがよいかと考えています。ご意見をお聞かせください。
""" + SIG_OKOCHI,
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "no name, only a list number, age band and branch, yet the provider holds the list: pseudonymous health data, could be judged either way",
    },
    # 076 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-076",
        "charset": "utf-8",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["tokuho@wellness-link.co.jp"],
        "subject": "令和8年度 様式一式（ZIP）",
        "body": """ウェルネスリンク 運用ご担当者様

日の出産業健保の谷村です。
今年度の様式一式（案内状ひな形・実績報告様式）をZIPにまとめました。
パスワードはかけておりません。差込み前のひな形ですので個人情報は含みません。
""" + SIG_TANIMURA,
        "attachments": [{
            "kind": "zip", "name": "R8_yoshiki_ichishiki.zip",
            "files": [
                {"kind": "pdf", "name": "annaijo_hinagata.pdf",
                 "lines": ["特定保健指導のご案内", "〈氏名〉様",
                           "今年度の健診結果から、特定保健指導の対象となりました。",
                           "同封の利用券をお持ちのうえ、下記からご予約ください。"]},
                {"kind": "docx", "name": "jisseki_houkoku_yoshiki.docx",
                 "paragraphs": ["実績報告書（様式第5号）"],
                 "tables": [[["項目", "積極的支援", "動機付け支援"],
                             ["初回面談実施数", "", ""], ["実績評価終了数", "", ""],
                             ["中断数", "", ""]]]},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain (unencrypted) ZIP of blank templates: nothing to stop",
    },
    # 077 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-077",
        "charset": "iso-2022-jp",
        "sender": "新垣 颯太 <s-aragaki@kenpo.hinode-sangyo.co.jp>",
        "to": ["iokibe@seirei-clinic.or.jp"],
        "subject": "転送：人間ドック オプション検査の支払いについて",
        "body": """五百旗頭様

お世話になっております。日の出産業健保の新垣です。
被保険者の方から、ドックのオプション検査（自費分）の支払いについて
下記の問い合わせが健保に届きました。貴院でのお手続きとなりますので、
転送いたします。ご本人へ直接ご連絡いただけますでしょうか。

----- 転送メッセージ -----
From: 柴崎 淳 <jun.shibasaki@outlook.jp>
To: s-aragaki@kenpo.hinode-sangyo.co.jp
Subject: ドックのオプション料金

健保ご担当者様

10月22日に青嶺クリニックで人間ドックを受ける柴崎淳です。
オプションの胃カメラ（自費 8,800円）を当日カードで払えないかもしれないので、
事前に決済をお願いしたいです。カード情報を書いておきます。

　カード番号：""" + card_number(SEED + 51) + """
　有効期限：04/28
　名義：JUN SHIBASAKI

よろしくお願いします。
""" + SIG_ARAGAKI,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward of a member's mail containing his credit card number to the clinic: identifier (forwarded text counts)",
    },
    # 078 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-078",
        "charset": "utf-8",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["yomogita@nishiki-insatsu.co.jp"],
        "subject": "健保だより 秋号 原稿",
        "html": """<html><head><meta charset="utf-8"></head><body>
<p>錦印刷株式会社 蓬田様</p>
<p>お世話になっております。谷村です。健保だより秋号の原稿を本文に貼り付けます。</p>
<hr>
<h2>特集：特定保健指導、はじめの一歩</h2>
<p>昨年度、当組合で特定保健指導を最後までやり遂げた方のうち、
<b>27.1%</b>の方が「腹囲2cm・体重2kg減」を達成しました。</p>
<table border="1" cellpadding="3">
<tr><th>年度</th><th>対象者</th><th>実施率</th><th>達成率</th></tr>
<tr><td>令和5年度</td><td>1,452人</td><td>35.8%</td><td>22.4%</td></tr>
<tr><td>令和6年度</td><td>1,418人</td><td>39.9%</td><td>24.8%</td></tr>
<tr><td>令和7年度</td><td>1,393人</td><td>43.4%</td><td>27.1%</td></tr>
</table>
<h3>参加者の声</h3>
<p>「夜のラーメンをやめただけで3kg減りました」（50代・工場勤務）<br>
「オンライン面談なので、子どもが寝たあとに受けられて助かりました」（40代・被扶養者）</p>
<hr>
<p>写真は別途お送りします。</p>
<p>日の出産業健康保険組合 保健事業課 谷村<br>TEL 03-5419-2260</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML newsletter copy with aggregate figures and anonymous quotes to the printer",
    },
    # 079 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-079",
        "charset": "iso-2022-jp",
        "sender": "保健事業課 <hokenjigyo@kenpo.hinode-sangyo.co.jp>",
        "to": ["support@meditalk.jp"],
        "subject": "招待メールの再送依頼（1名）",
        "body": """メディトーク サポートデスク御中

日の出産業健康保険組合 保健事業課です。
利用者の方から招待メールが届かないとの連絡がありました。
下記の宛先に再送をお願いいたします（迷惑メールフォルダも確認済みとのことです）。

　利用者ID：HN26-0903
　氏名　　：御手洗 篤志
　送信先　：a.mitarai.2nd@gmail.com（前回の a-mitarai@outlook.jp から変更）

よろしくお願いいたします。""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one member's name and e-mail address to the ICT vendor that runs his account: one record, may be warned",
    },
    # 080 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-080",
        "charset": "utf-8",
        "sender": "新垣 颯太 <s-aragaki@kenpo.hinode-sangyo.co.jp>",
        "to": ["kuge@tsubasa-system.jp"],
        "subject": "資格取得データ登録エラー（外国籍の方）",
        "body": """久家様

お世話になっております。新垣です。
10月1日入社の方の資格取得データが、基幹システムで登録エラーになります。
氏名がローマ字表記で長いため、桁あふれではないかと思われます。

　氏名（ローマ字）：NGUYEN THI THANH HUONG
　生年月日　　　　：1996年8月14日
　在留カード番号　：UH38201745KA
　基礎年金番号　　：6210-483917
　エラー内容　　　：氏名カナ 項目長超過（E1107）

取得日から5日以内に届出が必要なため、お早めにご確認いただけますと助かります。
""" + SIG_ARAGAKI,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "JP_BASIC_PENSION_NUMBER", "PERSON_NAME",
                     "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "residence card and basic pension numbers of a new member to the system vendor: identifier",
    },
    # 081 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-081",
        "charset": "iso-2022-jp",
        "sender": "新垣 颯太 <s-aragaki@kenpo.hinode-sangyo.co.jp>",
        "to": ["houjin-eigyo@midori-ginko.co.jp"],
        "subject": "総合振込（9月25日実行分）の内容確認",
        "body": """みどり銀行 芝浦支店 法人営業ご担当者様

いつもお世話になっております。日の出産業健康保険組合の新垣です。
9月25日実行の総合振込の明細です。伝送済みの内容と相違ないかご確認ください。

　振込先　　　　　　　　　　　　　　　金融機関・口座　　　　　　　　金額
　株式会社ウェルネスリンク　　　　　　さくら信金 新宿支店 普通 3018842　3,184,500円
　一般社団法人みなと保健指導センター　みどり銀行 名駅支店 普通 1174096　4,911,600円
　株式会社メディトーク　　　　　　　　東西銀行 渋谷支店 当座 0062715　　646,500円
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　合計　8,742,600円

よろしくお願いいたします。
""" + SIG_ARAGAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "transfer details to the partner bank: company bank accounts only, no people",
    },
    # 082 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-082",
        "charset": "utf-8",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["wanibuchi@minato-hsc.or.jp"],
        "subject": "Re: 上期 実績報告書のご提出",
        "body": """鰐淵様

上期の実績報告書、拝受いたしました。ありがとうございます。
集計値を確認し、当組合の記録と以下のとおり一致しております。

　　初回面談実施　　　積極的 102件／動機付け 148件
　　実績評価終了　　　積極的  88件／動機付け 139件
　　中断　　　　　　　積極的  14件／動機付け   9件
　　主要達成目標（腹囲2cm・体重2kg）達成率　28.6%

請求書は10月5日までにご送付ください。
引き続きよろしくお願いいたします。
（ICTシステムから出力した月別の集計画面をHTMLのまま添付します）

谷村
""" + SIG_TANIMURA,
        "attachments": [{
            "kind": "html", "name": "monthly_summary_kamiki.html",
            "html": """<html><head><meta charset="utf-8"><title>月別実施状況</title></head><body>
<h3>日の出産業健康保険組合 月別実施状況（4月～9月）</h3>
<table border="1"><tr><th>月</th><th>初回面談</th><th>継続支援</th><th>実績評価</th><th>中断</th></tr>
<tr><td>4月</td><td>18</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>5月</td><td>41</td><td>22</td><td>0</td><td>2</td></tr>
<tr><td>6月</td><td>55</td><td>61</td><td>0</td><td>4</td></tr>
<tr><td>7月</td><td>49</td><td>88</td><td>35</td><td>6</td></tr>
<tr><td>8月</td><td>46</td><td>97</td><td>92</td><td>5</td></tr>
<tr><td>9月</td><td>41</td><td>103</td><td>100</td><td>6</td></tr>
</table></body></html>""",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "acknowledgement of an outcome report with aggregate counts only",
    },
    # 083 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-083",
        "charset": "cp932",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["horinouchi@wellness-link.co.jp"],
        "subject": "RE: 漆原様 2回目支援の日程",
        "body": """堀之内様

日程の件、承知しました。10月6日（火）18:30からのICT面談で
ご本人にもお伝えしておきます。

大河内

-----Original Message-----
From: 堀之内 早紀 <horinouchi@wellness-link.co.jp>
Sent: Thursday, October 1, 2026 4:12 PM
To: 大河内 理沙 <okochi-r@hinode-sangyo.co.jp>
Subject: 漆原様 2回目支援の日程

大河内様

漆原 壮一郎様の2回目支援ですが、夜勤明けを避けて10/6(火)18:30〜で
いかがでしょうか。
前回時点で体重 84.9kg（-0.8kg）、血圧は自宅で 138/88 前後とのことです。
脂肪肝については次回の受診時に主治医へ相談されるそうです。

ウェルネスリンク 堀之内""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "health details are only in the quoted original message; the new text is a schedule confirmation",
    },
    # 084 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-084",
        "charset": "iso-2022-jp",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["wanibuchi@minato-hsc.or.jp"],
        "subject": "委託先変更に伴う継続者の引継ぎ資料",
        "body": """鰐淵様

お世話になっております。谷村です。
10月から名古屋・大阪地区を貴法人に移管するにあたり、
継続支援中の方の引継ぎ資料（Word）をお送りします。
前委託先での支援経過を要約しております。
""" + SIG_TANIMURA,
        "attachments": [{
            "kind": "docx", "name": "引継ぎ資料_名古屋大阪.docx",
            "page_footer": "日の出産業健康保険組合 保健事業課",
            "paragraphs": ["継続支援者 引継ぎ資料（名古屋・大阪地区）", "作成：令和8年9月28日"],
            "tables": [[
                ["氏名", "生年月日", "区分", "初回時 腹囲/体重", "現在", "特記事項"],
                ["宍戸 恭平", "S56.4.30", "積極的", "90.3/82.1", "88.9/80.4", "痛風発作で一時中断"],
                ["月岡 紀之", "S50.12.19", "積極的", "86.4/76.0", "85.0/74.8", "特になし"],
                ["朝比奈 晴美", "S37.3.5", "動機付け", "93.1/70.2", "92.0/69.5", "変形性膝関節症、運動制限あり"],
                ["籠谷 浩之", "S45.7.22", "積極的", "95.6/88.3", "94.1/86.9", "睡眠時無呼吸でCPAP使用中"],
                ["城之内 拓", "S53.9.8", "動機付け", "89.8/77.4", "87.2/75.1", "禁煙外来 通院中"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Word table of five named members with birth dates, measurements and conditions to the new provider: list + sensitive",
    },
    # 085 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-085",
        "charset": "utf-8",
        "sender": "Chiaki Kusunose <kusunose@hinode-sangyo.co.jp>",
        "to": ["d.whitford@fitpath.com"],
        "subject": "Re: Dashboard set-up completed",
        "body": """Hi Daniel,

Great, thank you. We will tell the three participants on Monday and send them
the download link. Could you also switch the app language to Japanese by default?

Best,
Chiaki

On Fri, Oct 2, 2026 at 18:40, Daniel Whitford <d.whitford@fitpath.com> wrote:
> Hi Chiaki,
> The dashboards are ready for:
>   Masato Ichinose  (M, 46)  waist 94.0  BMI 27.9  HbA1c 6.1
>   Yurie Kanzaki    (F, 53)  waist 91.5  BMI 28.6  HbA1c 5.8
>   Koji Hatakeyama  (M, 58)  waist 88.2  BMI 25.4  HbA1c 6.0
> Let me know if anything needs to be changed.
> Daniel
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the participants' data sits only in the quoted reply ('On ... wrote:'); the new text has none",
    },
    # 086 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-086",
        "charset": "iso-2022-jp",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["kenshu@minato-hsc.or.jp"],
        "subject": "保健指導従事者研修 参加申込（2名）",
        "body": """みなと保健指導センター 研修担当者様

お世話になっております。日の出産業健康保険組合の谷村です。
11月19日の「第4期 保健指導従事者研修」に、下記2名で参加を申し込みます。

　1) 大河内 理沙（保健師）　　当日連絡先 070-4628-1957
　2) 新垣 颯太（事務）　　　　当日連絡先 090-8157-3302

受講料の請求書は健保宛にお願いいたします。
""" + SIG_TANIMURA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two staff members' names and mobile numbers for a training: under five records, may be warned",
    },
    # 087 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-087",
        "charset": "utf-8",
        "sender": "菅沼 誠 <suganuma.m@hinode-sangyo.co.jp>",
        "to": ["a.saionji@wellness-link.co.jp"],
        "cc": ["iokibe@seirei-clinic.or.jp", "sakakibara@meditalk.jp",
               "k-tanimura@hinode-sangyo.co.jp"],
        "subject": "健診当日の保健指導（初回面談の分割実施）について",
        "body": """西園寺様
（cc：青嶺クリニック 五百旗頭様、メディトーク 榊原様）

お世話になっております。日の出産業健保の菅沼です。
来年度、青嶺クリニックでの健診当日に初回面談（分割実施）を
導入したいと考えております。
当日は腹囲・血圧のみで暫定的に階層化し、後日ICTで残りの面談を行う形です。

実現可能性について、各社のお立場からご意見を伺えますでしょうか。
""" + SIG_SUGANUMA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (provider in To, clinic and ICT vendor in Cc) see each other: visible parties",
    },
    # 088 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-088",
        "charset": "iso-2022-jp",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["a.saionji@wellness-link.co.jp"],
        "subject": "10/14 定例打合せ 議事録（案）",
        "body": """西園寺様

先日はありがとうございました。議事録（案）をお送りします。
修正がございましたら10月23日までにお知らせください。

谷村
""" + SIG_TANIMURA,
        "attachments": [{
            "kind": "docx", "name": "議事録_1014_定例.docx",
            "paragraphs": [
                "特定保健指導 定例打合せ 議事録（案）",
                "日時：令和8年10月14日（水）14:00～15:20　場所：ウェルネスリンク本社",
                "出席：（健保）菅沼、谷村、大河内　（ウェルネスリンク）西園寺、堀之内",
                "1．上期の初回面談実施率は52.3%（前年同期 47.1%）。",
                "2．年末年始（12/28～1/4）は面談を休止し、1/5から再開。",
                "3．来年度見積りは対象者420名・ICT比率60%の前提で作成する。",
                "4．秘密保持契約の更新（12月末期限）は、現行の条項のまま1年延長する方向で合意。",
                "次回：11月18日（水）14:00～",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "minutes with aggregate figures and a mention of the NDA renewal; names carry no personal data",
    },
    # 089 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-089",
        "charset": "cp932",
        "sender": "菅沼 誠 <suganuma.m@hinode-sangyo.co.jp>",
        "to": ["wanibuchi@minato-hsc.or.jp"],
        "subject": "委託事業者評価（令和7年度）結果のお知らせ",
        "body": """みなと保健指導センター
鰐淵様

お世話になっております。菅沼です。
令和7年度の委託事業者評価の結果をお送りします。
総合評価はBでした。中断率の改善を来年度の重点項目としてお願いいたします。
""" + SIG_SUGANUMA,
        "attachments": [{
            "kind": "pdf", "name": "itaku_hyoka_R7_minato.pdf",
            "lines": ["令和7年度 特定保健指導 委託事業者評価", "事業者：一般社団法人みなと保健指導センター", ""],
            "table": [["評価項目", "目標", "実績", "評価"],
                      ["初回面談実施率", "50%", "53.8%", "A"],
                      ["実績評価終了率", "90%", "86.1%", "B"],
                      ["中断率", "8%以下", "13.9%", "C"],
                      ["主要達成目標 達成率", "25%", "26.4%", "A"],
                      ["報告期限遵守", "100%", "91.7%", "B"],
                      ["総合", "", "", "B"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "provider evaluation with KPI percentages: aggregate, no people",
    },
    # 090 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-090",
        "charset": "iso-2022-jp",
        "sender": "菅沼 誠 <suganuma.m@hinode-sangyo.co.jp>",
        "to": ["onodera@shirakawa-law.co.jp"],
        "subject": "Re: 秘密保持契約書ひな形へのコメント",
        "body": """小野寺先生

コメントをありがとうございました。
ご指摘の第3条（秘密情報の定義）と第9条（廃棄証明）を修正した版を
明日お送りいたします。引き続きよろしくお願いいたします。

菅沼
""" + SIG_SUGANUMA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-law.co.jp swaps the TLD of the partner law firm shirakawa-law.jp: look-alike",
    },
    # 091 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-091",
        "charset": "utf-8",
        "sender": "楠瀬 千晶 <kusunose@hinode-sangyo.co.jp>",
        "to": ["jimukyoku@hkk-kyogikai.or.jp"],
        "subject": "共同実施の参加健保 連絡先一覧（確認のお願い）",
        "body": """東日本健保共同事業協議会 事務局 御中

お世話になっております。日の出産業健保の楠瀬です。
来年度の集合契約（被扶養者の特定健診）の参加健保の連絡先一覧を作成しました。
各組合の代表連絡先のみです。誤りがないかご確認ください。
""" + SIG_KUSUNOSE,
        "attachments": [{
            "kind": "xlsx", "name": "shugo_keiyaku_sanka_kenpo.xlsx",
            "sheets": {
                "参加健保": [
                    ["令和9年度 集合契約 参加健保一覧"],
                    ["保険者番号", "組合名", "所在地", "代表電話", "代表メール"],
                    ["06139482", "日の出産業健康保険組合", "東京都港区芝浦四丁目21番7号", "03-5419-2260", "hokenjigyo@kenpo.hinode-sangyo.co.jp"],
                    ["06131547", "東雲化学健康保険組合", "東京都江東区東雲一丁目9番12号", "03-3529-6611", "kenpo@shinonome-kagaku.or.jp"],
                    ["06273306", "北関東精機健康保険組合", "栃木県宇都宮市若草二丁目4番8号", "028-622-5170", "info@kitakanto-seiki-kenpo.or.jp"],
                    ["06140821", "若葉商事健康保険組合", "東京都千代田区神田錦町三丁目3番1号", "03-3292-8841", "hoken@wakaba-shoji-kenpo.or.jp"],
                    ["06110295", "丸菱電工健康保険組合", "埼玉県さいたま市浦和区高砂二丁目6番5号", "048-833-4019", "jimu@marubishi-kenpo.or.jp"],
                    ["06132470", "湾岸物産健康保険組合", "神奈川県横浜市中区海岸通四丁目23番", "045-201-3358", "kenpo@wangan-bussan.or.jp"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of insurance societies (organisations' main addresses, phones and role mailboxes), not people",
    },
    # 092 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-092",
        "charset": "iso-2022-jp",
        "sender": "谷村 恵子 <k-tanimura@hinode-sangyo.co.jp>",
        "to": ["宮ノ下 常務理事 <miyanoshita.t@hinode-sangyo.co.jp>"],
        "cc": ["suganuma.m@hinode-sangyo.co.jp"],
        "subject": "上期 中断者の状況（理事会資料の元データ）",
        "body": """宮ノ下常務

お疲れさまです。保健事業課の谷村です。
理事会資料の元データとして、上期の中断者一覧を添付します。
理事会資料には件数のみ掲載し、個人名は出しません。
""" + SIG_TANIMURA,
        "attachments": [{
            "kind": "csv", "name": "chudansha_kamiki.csv", "encoding": "utf-8",
            "rows": [
                ["氏名", "事業所", "区分", "中断理由"],
                ["鳥飼 幸雄", "川口工場", "積極的", "入院（心筋梗塞）"],
                ["柳瀬 美佳", "芝浦本社", "動機付け", "妊娠"],
                ["曽我部 亮", "芝浦本社", "積極的", "うつ病による休職"],
                ["浜崎 圭吾", "名古屋支店", "積極的", "糖尿病治療開始"],
                ["三好 留美", "大阪支店", "動機付け", "退職"],
                ["鹿島 洋平", "川口工場", "積極的", "連絡不通"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "named dropouts with medical reasons, but only to internal recipients: must go",
    },
    # 093 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-093",
        "charset": "cp932",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["haruka.morisaki@icloud.com"],
        "subject": "Re: 面談日の変更について",
        "body": """森崎 様

日の出産業健康保険組合 保健師の大河内です。
ご連絡ありがとうございます。面談日の変更は、委託先のウェルネスリンクの
予約窓口で直接承っております。お手数ですが下記までお電話ください。

　ウェルネスリンク 予約センター　0120-36-1874
　（平日 9:00～19:00／土曜 9:00～13:00）

オンラインの予約ページからも変更できます。
どうぞよろしくお願いいたします。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one private recipient on free mail, only the provider's call-centre number: ordinary reply",
    },
    # 094 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-094",
        "charset": "utf-8",
        "sender": "戸塚 真由美 <totsuka.mayumi@hinode-sangyo.co.jp>",
        "to": ["event@walkrally-kikaku.co.jp"],
        "subject": "減量チャレンジ表彰式 受賞者データ",
        "body": """ウォークラリー企画 ご担当者様

お世話になっております。日の出産業の戸塚です。
12月の表彰式で読み上げる「減量チャレンジ」上位者のデータです。
スライドに氏名と減量幅を載せていただけますか。

順位,氏名,所属,開始時体重,終了時体重,減量幅,開始時腹囲,終了時腹囲
1,泉谷 浩一,川口工場,92.4,83.1,-9.3,101.0,92.5
2,楢崎 誠司,芝浦本社,88.0,80.6,-7.4,96.2,89.0
3,五味 香織,経理部,71.5,65.2,-6.3,92.8,86.1
4,小田桐 勇,名古屋支店,85.3,79.9,-5.4,95.5,90.7
5,八重樫 舞,大阪支店,66.8,62.0,-4.8,90.2,85.3

ご本人たちには掲載の了承をもらっています。
""" + SIG_TOTSUKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "five named employees' body weight and waist measurements (health results) as comma-separated rows to an event company: list + sensitive",
    },
    # 095 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-095",
        "charset": "iso-2022-jp",
        "sender": "戸塚 真由美 <totsuka.mayumi@hinode-sangyo.co.jp>",
        "to": ["av-support@sakura-hotel.jp"],
        "subject": "10/3 セミナー 投影資料（事前送付）",
        "body": """さくらホテル AV担当 御中

日の出産業の戸塚です。
当日投影するスライドを事前にお送りします。会場PCでの動作確認をお願いできますか。
フォントはメイリオを使用しています。
""" + SIG_TOTSUKA,
        "attachments": [{
            "kind": "pptx", "name": "seminar_1003_slides.pptx",
            "page_footer": "日の出産業健康保険組合 × 人事部 健康推進室",
            "slides": [
                ["おなかまわりから始める健康づくり", "2026年10月3日　さくらホテル 桔梗の間"],
                ["メタボリックシンドロームとは", "内臓脂肪の蓄積（腹囲 男性85cm・女性90cm以上）",
                 "＋ 血圧・血糖・脂質のうち2つ以上が基準値を超える状態"],
                ["特定保健指導の流れ", "健診 → 階層化 → 初回面談 → 3か月以上の継続支援 → 実績評価"],
                ["当組合の状況", "実施率 43.4%（令和7年度）", "腹囲2cm・体重2kg減 達成率 27.1%"],
                ["今日からできること", "野菜から食べる／1日8,000歩／寝る前2時間は食べない"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "seminar slides with general criteria and aggregate figures to the partner hotel",
    },
    # 096 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-096",
        "charset": "utf-8",
        "sender": "楠瀬 千晶 <kusunose@hinode-sangyo.co.jp>",
        "to": ["kuge@tsubasa-system.jp"],
        "subject": "FW: 【メディトーク】定期メンテナンスのお知らせ（11/8）",
        "body": """久家様

お世話になっております。楠瀬です。
ICT面談システムのメンテナンス案内を転送します（添付のメール）。
11/8未明は面談記録の連携バッチが失敗すると思われますので、
当日のバッチ停止をお願いできますでしょうか。
""" + SIG_KUSUNOSE,
        "attachments": [{
            "kind": "eml", "name": "meditalk_maintenance_1108.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "メディトーク サポート <support@meditalk.jp>",
                "to": ["hokenjigyo@kenpo.hinode-sangyo.co.jp"],
                "subject": "【メディトーク】定期メンテナンスのお知らせ（11/8）",
                "body": """ご利用者各位

いつもメディトークをご利用いただきありがとうございます。
下記の日程で定期メンテナンスを実施いたします。

　日時：2026年11月8日（日）1:00～6:00
　影響：ICT面談、予約、記録APIのすべてがご利用いただけません。

ご不便をおかけしますが、ご理解のほどよろしくお願いいたします。
株式会社メディトーク サポートデスク""",
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a vendor's maintenance notice as an attached mail: no personal data",
    },
    # 097 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-097",
        "charset": "iso-2022-jp",
        "sender": "大河内 理沙 <okochi-r@hinode-sangyo.co.jp>",
        "to": ["y.kinugasa.home@gmail.com"],
        "subject": "Re: 健診結果の数値を教えてください",
        "body": """衣笠 様

日の出産業健康保険組合 保健師の大河内です。
ご依頼のありました、今年度の特定健診の主な数値をお知らせします。

　腹囲　　　88.6cm（前年 86.0cm）
　血圧　　　134／86
　中性脂肪　182mg/dL
　HbA1c　　 5.9%
　判定　　　動機付け支援の対象

主治医の先生にお見せになる場合は、正式な結果票（紙）をお使いください。
""" + SIG_OKOCHI + """

> 日の出産業健保 保健師さま
> 夫の扶養に入っている衣笠です。結果票をなくしてしまったので、
> 主な数値だけこちらのアドレスに送っていただけませんか。""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a dependant's own check-up results sent at her request to her own free-mail address: sensitive, yet to the data subject herself",
    },
    # 098 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-098",
        "charset": "cp932",
        "sender": "戸塚 真由美 <totsuka.mayumi@hinode-sangyo.co.jp>",
        "to": ["banquet@sakura-hotel.jp"],
        "subject": "11/21 健康教室 講師控室と講師のお名前",
        "body": """さくらホテル 宴会予約課
早見様

お世話になっております。日の出産業の戸塚です。
11月21日の健康教室の講師4名です。控室の名札と、到着時のご案内をお願いします。
遅れる場合はご本人から直接ホテル様へ連絡が入ることがあります。

　・能登谷 昌彦 先生（北辰大学）　　　　　　携帯 090-6650-2147
　・上條 由希 先生（管理栄養士）　　　　　　携帯 080-3391-7725
　・堀之内 早紀 様（ウェルネスリンク）　　　携帯 070-2284-6613
　・黒田 英輔 先生（産業医）　　　　　　　　携帯 090-4017-9938

よろしくお願いいたします。
""" + SIG_TOTSUKA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four lecturers with mobile numbers to the hotel: under five records, may be warned",
    },
    # 099 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-099",
        "charset": "iso-2022-jp",
        "sender": "保健事業課 <hokenjigyo@kenpo.hinode-sangyo.co.jp>",
        "to": ["tokuho@wellness-link.co.jp"],
        "subject": "年末年始の連絡体制について",
        "body": """株式会社ウェルネスリンク 運用ご担当者様

日の出産業健康保険組合 保健事業課です。
年末年始の当組合の休業期間と、緊急時の連絡先をお知らせします。

　休業期間：12月28日（月）～1月4日（月）
　緊急連絡：保健事業課 代表 03-5419-2260（転送電話で課長が受けます）

面談中に対象者の体調急変などがあった場合は、まず119番・医療機関への
受診を優先し、その後こちらへご一報ください。
休業中に届いた報告書は、1月5日以降に順次確認いたします。

日の出産業健康保険組合 保健事業課""" + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "holiday arrangements with the department's switchboard number and disclaimer: ordinary mail",
    },
    # 100 -------------------------------------------------------------------------------
    {
        "id": "tokuteihoken-100",
        "charset": "utf-8",
        "sender": "菅沼 誠 <suganuma.m@hinode-sangyo.co.jp>",
        "to": ["a.saionji@wellness-link.co.jp"],
        "subject": "令和9年度 お見積りのお願い",
        "body": """株式会社ウェルネスリンク
西園寺様

いつもお世話になっております。日の出産業健保の菅沼です。
先日の定例でお話しした令和9年度のお見積りについて、前提条件をお送りします。

　想定対象者数　　積極的支援 180名／動機付け支援 240名
　ICT比率　　　　 60%（対面 40%）
　地区　　　　　　東京・埼玉・神奈川（名古屋・大阪はみなと保健指導センター担当）
　オプション　　　中断者への再勧奨（電話2回まで）、体組成計の貸与

11月末までにご提出いただけますと、12月の予算理事会に間に合います。
よろしくお願いいたします。
""" + SIG_SUGANUMA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "request for a quotation with volume assumptions only",
    },
]
