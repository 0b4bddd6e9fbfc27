"""Blind evaluation corpus, area kigyonenkin: corporate pension (確定給付企業年金) and
defined-contribution plan (企業型確定拠出年金) administration at 日の出産業 — the mail its
人事部 年金担当, 経理部 and 情報システム部 send to the trust bank (資産管理機関), the record
keeper (記録関連運営管理機関), the DC 運営管理機関, the life insurer, the actuary, the 社労士,
group companies, printers, seminar venues, leavers and bereaved families: enrolments,
contribution changes, leavers' transfers (移換), beneficiaries and death benefits, and the
ordinary mail around them. Written blind from bench/blind/BRIEF.md (and the detector and
entity names of SPEC.md) without reading mailguard's code; every person, address and
number in it is invented.
"""

from build import card_number, my_number

SEED = 58001


def _zen(s):
    """Full-width digits and hyphens, as people type them in Japanese IMEs."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _sp4(s):
    """A 12-digit number written in groups of four."""
    return f"{s[:4]} {s[4:8]} {s[8:]}"


SIG_MORISHITA = """
━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 厚生グループ（企業年金・DC担当）
森下 沙織 / Saori Morishita
〒103-0027 東京都中央区日本橋二丁目8番1号 日の出ビル7F
TEL：03-5820-4417（直通）　FAX：03-5820-4490
E-mail：morishita.saori@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_KUGAYAMA = """
--
日の出産業株式会社 人事部
年金・退職金チーム 課長　久我山 隆之
〒103-0027 東京都中央区日本橋2-8-1
TEL 03-5820-4421 / 携帯 080-4417-2290（社用）
kugayama.takayuki@hinode-sangyo.co.jp"""

SIG_TORIKAI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　大阪支社 総務部 給与厚生課
鳥飼　真帆（とりかい　まほ）
〒530-0047 大阪府大阪市北区西天満4-11-22 日の出産業大阪ビル
TEL 06-6364-2208　FAX 06-6364-2299
torikai.maho@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_ONODERA = """
----------------------------------------
小野寺 健吾（Kengo Onodera）
日の出産業株式会社 人事部 厚生グループ
TEL: 03-5820-4419
Mail: onodera.kengo@hinode-sangyo.co.jp
----------------------------------------"""

SIG_USAMI = """
経理部 資金課
宇佐美 亮
日の出産業株式会社（TEL 03-5820-4460）"""

SIG_NISHINA = """
////////////////////////////////////////
 情報システム部 人事システムG
 仁科 拓海  nishina.takumi@hinode-sangyo.co.jp
 内線 4582 / 外線 03-5820-4582
 日の出産業株式会社
////////////////////////////////////////"""

SIG_MAKABE = """
Best regards,

Reina Makabe
Global HR & Benefits, Human Resources Department
Hinode Sangyo Co., Ltd.
2-8-1 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5820-4435 | makabe.reina@hinode-sangyo.co.jp"""

SIG_YUZUKI = """
==================================
日の出産業株式会社
人事部 企業年金事務局（確定給付企業年金）
柚木 啓太
〒103-0027 東京都中央区日本橋二丁目８番１号
ＴＥＬ：０３−５８２０−４４２６
yuzuki.keita@hinode-sangyo.co.jp
=================================="""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを削除していただきますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee(s). If you have received this e-mail in error, please notify the
sender and delete it; any use, disclosure or copying of it is prohibited."""

MESSAGES = [
# ---------------------------------------------------------------- 001-020
{
    "id": "kigyonenkin-001",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["日本ペンションレコード 加入者サービス部 南雲様 <nagumo.akihiro@jp-pensionrecord.co.jp>"],
    "subject": "【日の出産業】2026年10月 新規加入者 資格取得データ送付の件",
    "charset": "iso-2022-jp",
    "body": """日本ペンションレコード株式会社
加入者サービス部　南雲様

いつもお世話になっております。
日の出産業 人事部の森下でございます。

10月1日付の中途入社者につき、企業型DCの加入者資格取得データを添付にてお送りいたします。
（規約番号：HNS-DC-0042、事業所コード：01 本社 / 03 大阪支社）

・対象者：7名
・資格取得日：2026年10月1日
・初回拠出：2026年10月分（11月26日拠出）

前職で企業型DC・iDeCoに加入していた方については、基礎年金番号をもとに
移換の要否をご確認いただけますと幸いです。
不明点がございましたらご連絡ください。
よろしくお願いいたします。
""" + SIG_MORISHITA,
    "attachments": [
        {"kind": "csv", "name": "DC_shikaku_shutoku_202610.csv", "encoding": "cp932",
         "rows": [
             ["事業所コード", "社員番号", "氏名", "氏名カナ", "性別", "生年月日", "入社日", "資格取得日", "基礎年金番号", "事業主掛金"],
             ["01", "H260311", "猪狩 樹", "イカリ イツキ", "男", "1991/03/14", "2026/10/01", "2026/10/01", "1204-387561", "18000"],
             ["01", "H260312", "楠瀬 千晴", "クスノセ チハル", "女", "1996/12/02", "2026/10/01", "2026/10/01", "4811-902637", "12000"],
             ["01", "H260313", "帯刀 直也", "タテワキ ナオヤ", "男", "1988/07/21", "2026/10/01", "2026/10/01", "2307-154890", "22000"],
             ["03", "H260314", "仲宗根 美砂", "ナカソネ ミサ", "女", "1993/05/30", "2026/10/01", "2026/10/01", "6125-073318", "15000"],
             ["03", "H260315", "漆原 航平", "ウルシハラ コウヘイ", "男", "1985/01/09", "2026/10/01", "2026/10/01", "3950-662104", "25000"],
             ["01", "H260316", "榎並 ひかる", "エナミ ヒカル", "女", "1999/09/17", "2026/10/01", "2026/10/01", "7018-240975", "10000"],
             ["03", "H260317", "阿久津 瑛太", "アクツ エイタ", "男", "1990/11/28", "2026/10/01", "2026/10/01", "5563-819042", "18000"],
         ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CSV of 7 new DC members with DOB and 基礎年金番号 to the record keeper: list and social insurance number",
},
{
    "id": "kigyonenkin-002",
    "sender": "久我山 隆之 <kugayama.takayuki@hinode-sangyo.co.jp>",
    "to": ["tadokoro.y@yamanami-shintaku.co.jp"],
    "subject": "年金資産運用報告会（第2四半期）日程調整のお願い",
    "charset": "cp932",
    "body": """やまなみ信託銀行
年金信託部　田所様

いつも大変お世話になっております。日の出産業の久我山です。

標記の報告会につき、当社側の候補日を以下のとおりお送りします。
ご都合のよい日時をお知らせいただけますでしょうか。

　①　11月10日（火）　14:00～16:00
　②　11月12日（木）　10:00～12:00
　③　11月17日（火）　15:00～17:00

場所は弊社7階 第3会議室を予定しております（オンライン併用可）。
当日は、資産配分の実績、政策アセットミックスとの乖離状況、
来期のリバランス方針についてご説明いただけますと幸いです。

以上、よろしくお願いいたします。
""" + SIG_KUGAYAMA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary scheduling mail to the trust bank; no personal data",
},
{
    "id": "kigyonenkin-003",
    "sender": "鳥飼 真帆 <torikai.maho@hinode-sangyo.co.jp>",
    "to": ["dc-jimu@jp-pensionrecord.co.jp"],
    "cc": ["森下 沙織 <morishita.saori@hinode-sangyo.co.jp>"],
    "subject": "加入者掛金額変更届（マッチング拠出）2026年11月拠出分",
    "charset": "utf-8",
    "body": """日本ペンションレコード株式会社
DC事務センター ご担当者様

お世話になっております。
日の出産業 大阪支社 総務部の鳥飼です。

10月の変更受付期間に申出のあったマッチング拠出（加入者掛金）の変更者を
取りまとめましたので、Excelにてお送りします。
シート「変更届一覧」が明細、シート「集計」が事業所別の件数です。

事業主掛金を超える加入者掛金の申出がないことは当方で確認済みです。
反映後、変更結果リストをご返送いただけますと助かります。

よろしくお願いいたします。
""" + SIG_TORIKAI,
    "attachments": [
        {"kind": "xlsx", "name": "加入者掛金変更一覧_202611.xlsx",
         "title": "加入者掛金額変更届 一覧",
         "sheets": {
             "変更届一覧": [
                 ["加入者掛金額変更届 一覧（2026年11月拠出分）　日の出産業株式会社 規約番号 HNS-DC-0042"],
                 [],
                 ["No", "加入者番号", "氏名", "生年月日", "事業所", "事業主掛金", "変更前 加入者掛金", "変更後 加入者掛金", "備考"],
                 [1, "0042-0012873", "東海林 豊", "1979/02/11", "大阪支社", 23000, 5000, 15000, ""],
                 [2, "0042-0013002", "百目鬼 佳奈", "1987/06/03", "大阪支社", 16000, 0, 8000, "新規"],
                 [3, "0042-0013115", "嘉納 修", "1972/10/25", "本社", 30000, 10000, 0, "停止"],
                 [4, "0042-0013264", "芥田 瑞穂", "1994/04/18", "大阪支社", 12000, 3000, 6000, ""],
                 [5, "0042-0013391", "廿楽 拓真", "1990/08/08", "名古屋工場", 18000, 0, 10000, "新規"],
                 [6, "0042-0013477", "冨樫 夕子", "1983/12/29", "本社", 25000, 12000, 20000, ""],
                 [7, "0042-0013580", "曽我部 亮介", "1976/03/07", "大阪支社", 28000, 15000, 10000, ""],
                 [8, "0042-0013654", "鷲尾 まどか", "1998/01/15", "本社", 10000, 0, 5000, "新規"],
                 [9, "0042-0013701", "隈部 大輝", "1989/09/30", "名古屋工場", 20000, 8000, 12000, ""],
             ],
             "集計": [
                 ["事業所", "新規", "増額", "減額", "停止", "計"],
                 ["本社", 1, 1, 0, 1, 3],
                 ["大阪支社", 1, 2, 1, 0, 4],
                 ["名古屋工場", 1, 1, 0, 0, 2],
             ],
         }},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "XLSX of 9 members' contribution changes with names and DOB to the record keeper: list of people",
},
{
    "id": "kigyonenkin-004",
    "sender": "小野寺 健吾 <onodera.kengo@hinode-sangyo.co.jp>",
    "to": ["南雲 明宏 <nagumo.akihiro@jp-pensionrecord.co.jp>"],
    "subject": "Re: 住所不備による郵便物返戻のご連絡（日の出産業様）",
    "charset": "iso-2022-jp",
    "body": """南雲様

お世話になっております。日の出産業の小野寺です。
ご連絡ありがとうございました。

下記6名について人事マスタを確認したところ、いずれも退職時の住所のままでした。
本人へ連絡がつき次第、住所変更届を提出させますので、
再送はそれまでお待ちいただけますでしょうか。

取り急ぎご返信まで。
""" + SIG_ONODERA + """

> 日の出産業株式会社
> 人事部 小野寺様
>
> いつもお世話になっております。日本ペンションレコードの南雲です。
> 9月にお送りした「運用状況のお知らせ」のうち、下記の加入者様分が
> 宛所不明で返戻となりました。現住所のご確認をお願いできますでしょうか。
>
> 加入者番号      氏名          登録住所
> 0042-0009921   薬師寺 恵     東京都練馬区石神井台6-14-3 グリーンハイツ202
> 0042-0010338   宍戸 康平     埼玉県所沢市小手指町2-7-18
> 0042-0010876   樋笠 みのり   千葉県船橋市前原西5-22-9-405
> 0042-0011045   御手洗 誠     神奈川県相模原市南区相南3-4-11
> 0042-0011502   汐見 彩花     東京都府中市白糸台1-30-6
> 0042-0011790   祝 俊彦       大阪府豊中市服部元町2-5-27
>
> お手数ですがよろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six-address list is only quoted from the record keeper's own mail; new text has no personal data",
},
{
    "id": "kigyonenkin-005",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["nagumo.akihiro@jp-pensionrecord.co.jp"],
    "subject": "脱退一時金 裁定請求（個人番号のご連絡）",
    "charset": "cp932",
    "body": """南雲様

お世話になっております。日の出産業の森下です。

先日書類をお送りした脱退一時金の裁定請求について、
個人番号の記載が漏れておりましたのでご連絡いたします。

　加入者番号：0042-0011268
　氏名　　　：左右田 紗希（ソウダ サキ）
　生年月日　：1997年2月6日
　資格喪失日：2026年8月1日
　個人番号　：""" + my_number(SEED + 1) + """

本人確認書類の写しは別途郵送いたします。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MORISHITA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a leaver's マイナンバー in the body to the record keeper",
},
{
    "id": "kigyonenkin-006",
    "sender": "久我山 隆之 <kugayama.takayuki@hinode-sangyo.co.jp>",
    "to": ["東都年金アクチュアリー 葛城様 <katsuragi@toto-actuary.co.jp>"],
    "cc": ["やまなみ信託銀行 田所様 <tadokoro.y@yamanami-shintaku.co.jp>",
           "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>"],
    "subject": "財政検証（2026年3月末基準）打合せのご案内",
    "charset": "utf-8",
    "body": """東都年金アクチュアリー株式会社　葛城様
（cc：やまなみ信託銀行　田所様）

お世話になっております。日の出産業 人事部の久我山です。

2026年3月末基準の財政検証につき、三者で打合せの場を設けたく、
下記のとおりご案内いたします。

　日時：2026年10月29日（木）13:30～15:00
　場所：日の出産業 本社7階 第2会議室 ／ Teams併用
　議題：
　　1. 継続基準・非継続基準の検証結果（速報）
　　2. 予定利率（現行 2.0%）の見直し要否
　　3. 特別掛金の償却期間の検討
　　4. 今後のスケジュール（規約変更の届出時期）

資料は事前に共有フォルダへ格納予定です。
ご都合が悪い場合はお知らせください。
""" + SIG_KUGAYAMA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "normal three-way meeting mail: two external organisations (actuary and trust bank) in To/Cc",
},
{
    "id": "kigyonenkin-007",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["tadokoro.y@yamanami-shintaku.co.jp",
           "nagumo.akihiro@jp-pensionrecord.co.jp",
           "芦田 様 <ashida.kazue@kotobuki-life.co.jp>"],
    "subject": "【ご案内】確定給付企業年金規約の一部変更に係る説明会",
    "charset": "iso-2022-jp",
    "body": """関係各社　ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 企業年金事務局の柚木でございます。

2027年4月施行予定の規約変更（給付利率の下限見直し、キャッシュバランスプランの
指標利率変更）につきまして、受託機関・関係各社様向けの説明会を開催いたします。

　日時：2026年11月19日（木）10:00〜11:30
　会場：日の出産業 本社 大会議室（7F）
　内容：変更の概要、実施スケジュール、各社様にお願いする事務の変更点

ご出席者のお名前を11月6日（金）までにご返信いただけますと幸いです。

何卒よろしくお願い申し上げます。
""" + SIG_YUZUKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations (trust bank, record keeper, life insurer) visible to each other in To: should have been Bcc",
},
{
    "id": "kigyonenkin-008",
    "sender": "小野寺 健吾 <onodera.kengo@hinode-sangyo.co.jp>",
    "to": ["株式会社ミナセ精工 人事課 蒲生様 <gamou.r@minase-seiko.co.jp>"],
    "subject": "企業型DC資産の移換について（元当社社員 1名）",
    "charset": "cp932",
    "body": """株式会社ミナセ精工
管理本部 人事課　蒲生様

はじめてご連絡いたします。日の出産業株式会社 人事部の小野寺と申します。

9月末に当社を退職し、10月1日付で貴社に入社された方より、
当社企業型DCの資産を貴社の企業型DCへ移換したいとの申出がございました。
貴社の記録関連運営管理機関へ移換の申出をする際に必要となる情報を、
ご本人の了解を得たうえで下記にお知らせいたします。

　氏名　　　　：雲母 智也（キララ トモヤ）
　生年月日　　：1989年4月27日
　当社加入者番号：0042-0008734
　資格喪失日　：2026年10月1日
　当社の記録関連運営管理機関：日本ペンションレコード株式会社

移換のお手続きは貴社側の運営管理機関経由で開始となりますので、
お手数ですがご本人へのご案内をよろしくお願いいたします。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "one leaver's name, DOB and plan number to his new employer for the DC transfer: one person, may warn",
},
{
    "id": "kigyonenkin-009",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["年金管理部 柏葉様 <kashiwaba.n@yamanami-shintaku.co.jp>"],
    "subject": "障害給付金の裁定について（ご相談）",
    "charset": "utf-8",
    "body": """やまなみ信託銀行
年金管理部　柏葉様

いつもお世話になっております。日の出産業 企業年金事務局の柚木です。

当社規約第38条の障害給付金につき、下記加入者から請求の意向が示されています。
裁定に必要な書類と、認定日の考え方についてご教示いただけますでしょうか。

【対象者】
　氏名：四十物 浩二（あいもの こうじ）　社員番号 H07-2215
　生年月日：昭和46年8月19日
　状況：2025年12月に脳出血で倒れ、現在も右半身麻痺が残っている。
　　　　2026年7月に身体障害者手帳1級の交付を受け、障害基礎年金（1級）の裁定済み。
　　　　休職期間満了により2026年9月30日付で退職予定。

主治医の診断書（写）は、ご指示をいただいてから郵送でお送りします。
よろしくお願いいたします。
""" + SIG_YUZUKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member's illness, paralysis and disability grade to the trust bank: 要配慮個人情報 of one person",
},
{
    "id": "kigyonenkin-010",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["hayate.kusunose0421@gmail.com"],
    "subject": "企業型確定拠出年金の移換手続きについて（ご案内）",
    "charset": "iso-2022-jp",
    "body": """楠瀬 颯 様

ご退職後もお変わりなくお過ごしでしょうか。
日の出産業 人事部 厚生グループの森下でございます。

先日お電話でご質問いただいた、企業型確定拠出年金（DC）の資産の移換について
ご案内いたします。

1. 転職先に企業型DCがある場合
　 転職先の担当部署に「企業型DCの資産を移換したい」とお申し出ください。
2. 転職先に企業型DCがない場合
　 ご自身でiDeCo（個人型確定拠出年金）の加入または運用指図者の手続きを
　 金融機関で行っていただきます。

資格喪失日の翌月から6か月以内にお手続きがない場合、資産は現金化されて
国民年金基金連合会へ自動移換され、手数料がかかるうえ運用もできなくなります。
お早めのお手続きをお勧めいたします。

ご不明点はお気軽にお問い合わせください。
""" + SIG_MORISHITA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "guidance to one leaver on his gmail address; no personal data beyond the salutation",
},
{
    "id": "kigyonenkin-011",
    "sender": "鳥飼 真帆 <torikai.maho@hinode-sangyo.co.jp>",
    "to": ["栗原 様 <kurihara.sho@midori-ginkou.co.jp>"],
    "subject": "運用商品説明会の資料ご送付のお願い",
    "charset": "cp932",
    "body": """みどり銀行　確定拠出年金営業部
栗原様

お世話になっております。日の出産業 大阪支社の鳥飼です。

12月に大阪支社で実施する運用商品説明会（加入者向け継続教育）について、
以下の資料を各50部ずつご準備いただくことは可能でしょうか。

　・運用商品一覧（2026年10月改定版）
　・元本確保型商品の概要パンフレット
　・マッチング拠出のご案内リーフレット

会場は当社7階会議室、日程は12月3日（木）15時からを予定しております。
お忙しいところ恐縮ですが、ご確認のほどよろしくお願いいたします。
""" + SIG_TORIKAI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain midori-ginkou.co.jp is a look-alike of partner midori-ginko.co.jp (letter added)",
},
{
    "id": "kigyonenkin-012",
    "sender": "久我山 隆之 <kugayama.takayuki@hinode-sangyo.co.jp>",
    "to": ["katsuragi@toto-actuary.co.jp"],
    "subject": "【社外秘】退職給付制度改定案（DB一部DC移行）試算のご依頼",
    "charset": "utf-8",
    "body": """葛城様

お世話になっております。久我山です。

経営会議に付議予定の退職給付制度改定案につき、添付の前提で
移行時の積立不足・移換額・PBOへの影響を試算いただけますでしょうか。
本件は労使協議前の検討段階のため、取扱いにはご留意ください。

　案A：DBの給付の30%をDCへ移行（移行日 2028年4月1日）
　案B：DBの給付の50%をDCへ移行、DC掛金は給与の4.5%
　案C：新規入社者のみDCへ全面移行

試算結果は11月20日頃までにいただけますと幸いです。
""" + SIG_KUGAYAMA,
    "attachments": [
        {"kind": "xlsx", "name": "制度改定案_試算前提_v3.xlsx", "page_header": "社外秘",
         "title": "退職給付制度改定案 試算前提（社外秘）",
         "sheets": {
             "前提条件": [
                 ["社外秘　退職給付制度改定案 試算前提（2026年10月版）"],
                 [],
                 ["項目", "現行", "案A", "案B", "案C"],
                 ["DB給付割合", "100%", "70%", "50%", "100%（既存者）"],
                 ["DC掛金（給与比）", "-", "3.0%", "4.5%", "5.0%（新規）"],
                 ["予定利率", "2.0%", "2.0%", "2.0%", "2.0%"],
                 ["移行日", "-", "2028/4/1", "2028/4/1", "2028/4/1"],
                 ["移換期間", "-", "4年度", "4年度", "-"],
             ],
             "財政状況": [
                 ["基準日", "数理債務（百万円）", "年金資産（百万円）", "積立比率"],
                 ["2024/3/31", 48210, 45530, "0.94"],
                 ["2025/3/31", 48975, 47702, "0.97"],
                 ["2026/3/31", 49320, 50114, "1.02"],
             ],
         }},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "【社外秘】 in the subject and as the workbook's header stamp, sent to the outside actuary",
},
{
    "id": "kigyonenkin-013",
    "sender": "仁科 拓海 <nishina.takumi@hinode-sangyo.co.jp>",
    "to": ["jprk-datacenter@jp-pensionrecord.co.jp"],
    "subject": "[日の出産業] 月次加入者異動データ（2026年10月分）",
    "charset": "iso-2022-jp",
    "body": """日本ペンションレコード株式会社
データセンター ご担当者様

日の出産業 情報システム部の仁科です。
10月分の加入者異動データ（取得・喪失・変更）を送付します。

ファイルはパスワード付きZIPです。パスワードは別メールにてお送りします。
受領後、取込結果（エラーリスト）のご返送をお願いします。
""" + SIG_NISHINA,
    "attachments": [
        {"kind": "zip", "name": "HNS_IDO_202610.zip", "password": "Hn#2026-1017kz",
         "files": [
             {"kind": "csv", "name": "HNS_IDO_202610.csv", "encoding": "cp932",
              "rows": [["区分", "加入者番号", "氏名", "生年月日", "異動日"],
                       ["1", "0042-0013802", "早乙女 悠", "1995/07/01", "2026/10/01"],
                       ["2", "0042-0007719", "湧川 昇", "1968/03/22", "2026/10/16"],
                       ["3", "0042-0010115", "知念 梨沙", "1992/02/14", "2026/10/05"],
                       ["2", "0042-0006630", "新垣 達也", "1966/09/09", "2026/10/31"],
                       ["1", "0042-0013803", "比嘉 紬", "2003/04/11", "2026/10/01"],
                       ["3", "0042-0011958", "大城 静香", "1984/06/06", "2026/10/20"]]},
         ]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to the record keeper: the attachment cannot be inspected",
},
{
    "id": "kigyonenkin-014",
    "sender": "仁科 拓海 <nishina.takumi@hinode-sangyo.co.jp>",
    "to": ["jprk-datacenter@jp-pensionrecord.co.jp"],
    "subject": "[日の出産業] 月次加入者異動データ（2026年10月分）パスワードのご連絡",
    "charset": "iso-2022-jp",
    "body": """日本ペンションレコード株式会社
データセンター ご担当者様

先ほどお送りしたファイルのパスワードをお知らせします。

　ファイル名：HNS_IDO_202610.zip
　パスワード：Hn#2026-1017kz

なお、来月分からは貴社のファイル授受サービス（SFTP）へ切り替える予定です。
切替手順書を頂戴できれば幸いです。
""" + SIG_NISHINA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the separate password mail of a PPAP pair: no attachment, no personal data",
},
{
    "id": "kigyonenkin-015",
    "sender": "鳥飼 真帆 <torikai.maho@hinode-sangyo.co.jp>",
    "to": ["dc-jimu@jp-pensionrecord.co.jp"],
    "subject": "9月末退職者の資格喪失について（大阪支社分）",
    "charset": "cp932",
    "body": """日本ペンションレコード株式会社
DC事務センター　ご担当者様

いつもお世話になっております。
日の出産業 大阪支社 総務部の鳥飼でございます。

9月末退職者の加入者資格喪失につき、下記のとおりご連絡いたします。
退職後の各種通知は、下記の送付先住所へお送りください。

社員番号　　氏名　　　　　生年月日　　　退職日　　　喪失日　　　送付先住所
――――――――――――――――――――――――――――――――――――――――――――――――――
O-10482　　蓮見　玲奈　　1990/10/03　　2026/09/30　2026/10/01　大阪府吹田市千里山東2-9-14
O-09377　　甲斐　勇人　　1982/05/16　　2026/09/30　2026/10/01　兵庫県西宮市甲子園口3-18-5-302
O-11205　　栗林　千景　　1996/08/24　　2026/09/30　2026/10/01　京都府京都市伏見区深草西浦町4-72
O-07716　　鬼頭　正和　　1971/01/30　　2026/09/30　2026/10/01　大阪府堺市北区中百舌鳥町5-611
O-12038　　宮古　のぞみ　1999/03/12　　2026/09/30　2026/10/01　奈良県奈良市学園北1-15-8
O-08854　　勅使河原　登　1977/11/07　　2026/09/30　2026/10/01　大阪府東大阪市小若江3-2-40

以上6名です。脱退一時金の受給要件に該当しそうな方（宮古様）については、
別途ご案内をお送りいただけますと助かります。

よろしくお願いいたします。
""" + SIG_TORIKAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six leavers with DOB and home address in padded columns in the body: list of people",
},
{
    "id": "kigyonenkin-016",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["宇佐美 亮 <usami.ryo@hinode-sangyo.co.jp>"],
    "cc": ["kugayama.takayuki@hinode-sangyo.co.jp"],
    "subject": "【社内】退職所得の源泉徴収票作成用 個人番号一覧（10月退職者）",
    "charset": "utf-8",
    "body": """宇佐美さん

お疲れさまです。森下です。
10月退職者のうち、DB一時金を受け取る5名の個人番号を共有します。
（源泉徴収票・支払調書の作成用です。社外には送らないでください）

社員番号   氏名          個人番号
H95-0412   東條 満       """ + my_number(SEED + 2) + """
H98-1107   阿部川 京子   """ + my_number(SEED + 3) + """
H02-0355   坂巻 昭仁     """ + my_number(SEED + 4) + """
H04-2290   日高 八重     """ + my_number(SEED + 5) + """
H09-0618   吉弘 伸       """ + my_number(SEED + 6) + """

確認が済んだら、このメールは削除をお願いします。
""" + SIG_MORISHITA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "five My Numbers, but every recipient is internal (hinode-sangyo.co.jp)",
},
{
    "id": "kigyonenkin-017",
    "sender": "久我山 隆之 <kugayama.takayuki@hinode-sangyo.co.jp>",
    "to": ["法務部 堀之内様 <horinouchi.m@jp-pensionrecord.co.jp>"],
    "subject": "秘密保持契約書（案）のご確認のお願い",
    "charset": "iso-2022-jp",
    "body": """日本ペンションレコード株式会社
法務部　堀之内様

お世話になっております。日の出産業の久我山でございます。

来年度のレコードキーピング業務の見直し（給付事務の一部委託拡大）の
検討にあたり、先立って秘密保持契約を締結させていただきたく、
当社ひな形をベースにした契約書案を添付いたします。

第2条（秘密情報の定義）と第8条（有効期間）について、貴社のご意見を
伺えますでしょうか。修正は変更履歴にてお願いいたします。

よろしくお願いいたします。
""" + SIG_KUGAYAMA,
    "attachments": [
        {"kind": "docx", "name": "秘密保持契約書（案）_日の出産業_JPR.docx",
         "title": "秘密保持契約書（案）",
         "paragraphs": [
             "秘密保持契約書（案）",
             "日の出産業株式会社（以下「甲」という。）と日本ペンションレコード株式会社（以下「乙」という。）は、"
             "甲の企業年金制度に係る記録関連業務の委託範囲の検討（以下「本目的」という。）に関し、次のとおり契約を締結する。",
             "第1条（目的）本契約は、本目的のために甲乙間で開示される秘密情報の取扱いを定める。",
             "第2条（秘密情報の定義）本契約において秘密情報とは、開示者が受領者に対し開示した技術上・営業上の情報であって、"
             "開示の際に秘密である旨を明示したものをいう。ただし、次の各号のいずれかに該当するものを除く。",
             "（1）開示時に既に公知であったもの　（2）受領者が正当に第三者から取得したもの",
             "第3条（秘密保持）受領者は、秘密情報を本目的以外に使用せず、第三者に開示・漏えいしてはならない。",
             "第8条（有効期間）本契約の有効期間は締結日から2年間とする。",
             "以上、本契約締結の証として本書2通を作成し、甲乙記名押印のうえ各1通を保有する。",
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with the draft contract attached; 秘密情報 is the contract's subject, not a marking",
},
{
    "id": "kigyonenkin-018",
    "sender": "Reina Makabe <makabe.reina@hinode-sangyo.co.jp>",
    "to": ["english-desk@jp-pensionrecord.co.jp"],
    "subject": "DC lump-sum withdrawal for a foreign member leaving Japan",
    "charset": "utf-8",
    "body": """Dear English Desk team,

I am writing on behalf of one of our members who is leaving Japan at the end of
November and would like to claim the lump-sum withdrawal benefit (脱退一時金) from our
corporate DC plan before departure.

  Member name:         Mateus Carvalho RIBEIRO
  Member number:       0042-0012290
  Date of birth:       14 June 1994
  Residence card no.:  UH58302716EM (valid until 2027-03-31)
  Passport no.:        FY482197
  Loss of eligibility: 1 December 2026
  Contribution period: 2 years 8 months

Could you confirm whether he meets the requirements (contribution period of 5 years or
less, not eligible for iDeCo) and send us the claim form in English? He will leave
for São Paulo on 5 December, so a copy of the form by e-mail would be appreciated.
""" + SIG_MAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a member's residence card and passport numbers to the record keeper: identity document numbers",
},
{
    "id": "kigyonenkin-019",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["錦印刷 戸川様 <togawa.s@nishiki-insatsu.co.jp>"],
    "subject": "年金支払通知書 封入・発送のデータ送付（12月支払分）",
    "charset": "cp932",
    "body": """錦印刷株式会社
営業部　戸川様

お世話になっております。日の出産業 企業年金事務局の柚木です。

12月支払分の年金支払通知書の宛名データをお送りします。
先日のお打合せどおり、圧着はがき・料金後納でお願いいたします。
今回分は返戻のあった方の住所を修正済みです。

　件数：12件（テスト用の抜粋版、本番データは専用便でお渡しします）
　発送日：12月8日（火）

データの受領確認だけご返信いただけますと幸いです。
""" + SIG_YUZUKI,
    "attachments": [
        {"kind": "zip", "name": "hassou_data_202612.zip",
         "files": [
             {"kind": "csv", "name": "宛名データ_202612.csv", "encoding": "cp932",
              "rows": [
                  ["受給者番号", "郵便番号", "住所1", "住所2", "氏名", "敬称"],
                  ["J-004417", "168-0072", "東京都杉並区高井戸東3-21-8", "", "岩漣 富士夫", "様"],
                  ["J-004502", "273-0005", "千葉県船橋市本町7-11-2", "ベルメゾン船橋503", "大鷹 千鶴子", "様"],
                  ["J-004588", "231-0868", "神奈川県横浜市中区石川町4-190", "", "真弓 清", "様"],
                  ["J-004611", "330-0063", "埼玉県さいたま市浦和区高砂2-6-17", "", "御子柴 孝", "様"],
                  ["J-004730", "190-0022", "東京都立川市錦町5-3-9", "", "日置 房江", "様"],
                  ["J-004816", "260-0014", "千葉県千葉市中央区本千葉町8-25", "コスモ本千葉1102", "丹下 益男", "様"],
                  ["J-004902", "252-0231", "神奈川県相模原市中央区相模原1-14-6", "", "野々宮 はる", "様"],
                  ["J-005017", "300-1234", "茨城県牛久市中央2-31-4", "", "乙部 良治", "様"],
                  ["J-005120", "371-0023", "群馬県前橋市本町1-9-12", "", "鶴見 和歌子", "様"],
                  ["J-005233", "320-0811", "栃木県宇都宮市大通り3-4-20", "グランフォート402", "片桐 重雄", "様"],
                  ["J-005390", "410-0801", "静岡県沼津市大手町2-8-16", "", "門脇 敏江", "様"],
                  ["J-005418", "183-0022", "東京都府中市宮西町4-12-1", "", "小豆沢 実", "様"],
              ]},
         ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "ZIP of a CSV mailing list of 12 pensioners' names and home addresses to the printer: list of people",
},
{
    "id": "kigyonenkin-020",
    "sender": "小野寺 健吾 <onodera.kengo@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 総務部 大貫様 <onuki.t@aoba-unyu.co.jp>"],
    "subject": "年金相談窓口（やまなみ信託銀行）の一覧",
    "charset": "utf-8",
    "body": """青葉運輸株式会社
総務部　大貫様

お世話になっております。日の出産業の小野寺です。
先日お問い合わせいただいた、受給者からの相談を受け付けている窓口の一覧です。
貴社の社内報にそのまま転載いただいて差し支えありません。

窓口名                              所在地                                  電話番号        受付時間
----------------------------------  --------------------------------------  --------------  -----------
やまなみ信託銀行 年金相談センター   東京都千代田区丸の内1-6-3               0120-318-605    平日9-17時
同 大阪年金サービス室               大阪府大阪市中央区北浜2-4-11            06-6222-4180    平日9-17時
同 名古屋年金サービス室             愛知県名古屋市中区錦2-15-20             052-221-7753    平日9-17時
同 福岡年金サービス室               福岡県福岡市中央区天神1-12-8            092-714-3306    平日9-17時
同 札幌年金サービス室               北海道札幌市中央区北一条西3-2           011-231-0947    平日9-17時

なお、DC（企業型確定拠出年金）については日本ペンションレコードの
コールセンター（0120-652-117）が窓口となります。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of the trust bank's service counters with switchboard numbers: businesses, not people",
},
# ---------------------------------------------------------------- 021-040
{
    "id": "kigyonenkin-021",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["kashiwaba.n@yamanami-shintaku.co.jp"],
    "subject": "在職中死亡に伴う遺族給付金の手続きについて",
    "charset": "iso-2022-jp",
    "body": """やまなみ信託銀行 年金管理部
柏葉様

いつもお世話になっております。日の出産業の柚木です。

誠に残念なお知らせですが、当社の加入者が在職中に亡くなりました。
遺族給付金の請求手続きを進めたく、必要書類一式のご送付をお願いいたします。

　加入者：北園 晃（社員番号 H93-0721）
　死亡日：2026年10月4日
　死亡事由：急性心筋梗塞（業務外、自宅にて）
　請求予定者：妻　北園 史子 様

ご遺族への書類送付は当社経由で行いますので、当方宛にお送りください。
取り急ぎご連絡まで。
""" + SIG_YUZUKI,
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "cause of death of a deceased member to the trust bank: medical, but of a deceased person and needed for the claim",
},
{
    "id": "kigyonenkin-022",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["kashiwaba.n@yamanami-shintaku.co.jp"],
    "cc": ["kugayama.takayuki@hinode-sangyo.co.jp"],
    "subject": "RE: 遺族給付金請求書類の不備について（北園様）",
    "charset": "cp932",
    "body": """柏葉様

お世話になっております。柚木です。
ご指摘いただいた請求者の本人確認書類の記載について、
ご遺族から写しを受領しましたので、記載内容をお知らせします。

　請求者氏名：北園 史子（キタゾノ フミコ）
　続柄　　　：妻
　現住所　　：〒206-0033 東京都多摩市落合5丁目18番3-207
　運転免許証：第 302109876541 号（東京都公安委員会、2029年4月14日まで有効）

写しの原本は本日簡易書留にて発送いたしました。
ほかに不足がございましたらご指示ください。
""" + SIG_YUZUKI + """

-----Original Message-----
From: 柏葉 直美 <kashiwaba.n@yamanami-shintaku.co.jp>
Sent: Thursday, October 22, 2026 4:12 PM
To: 柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>
Subject: 遺族給付金請求書類の不備について（北園様）

柚木様
ご送付いただいた請求書類のうち、本人確認書類の写しが不鮮明でございました。
お手数ですが再提出をお願いいたします。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "the claimant's driving licence number and address in the new text of a reply to the trust bank",
},
{
    "id": "kigyonenkin-023",
    "sender": "宇佐美 亮 <usami.ryo@hinode-sangyo.co.jp>",
    "to": ["東都年金アクチュアリー 経理ご担当 <keiri@toto-actuary.co.jp>"],
    "subject": "ご請求書受領のご連絡（年金数理業務 2026年度上期分）",
    "charset": "iso-2022-jp",
    "body": """東都年金アクチュアリー株式会社
経理ご担当者様

いつもお世話になっております。
日の出産業株式会社 経理部 資金課の宇佐美でございます。

下記のご請求書を受領いたしましたのでご連絡いたします。

　請求書番号　：TA-2026-0918
　件名　　　　：年金数理業務委託料（2026年度上期）
　金額　　　　：1,485,000円（税込）
　登録番号　　：T8955882956385
　支払予定日　：2026年11月30日（月）

適格請求書の記載事項（税率ごとの消費税額）も確認済みです。
お振込み手数料は当社負担にてお支払いいたします。
""" + SIG_USAMI,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice acknowledgement with the supplier's invoice registration (T-) number: company data only",
},
{
    "id": "kigyonenkin-024",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["nenkin-kanri@yamanami-shintaku.co.jp"],
    "subject": "受給権者 住所・連絡先変更のご連絡（10月受付分）",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>やまなみ信託銀行<br>年金管理部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 企業年金事務局の柚木です。<br>
10月中に当事務局で受け付けた受給権者の住所・連絡先の変更をお知らせします。<br>
11月の支払通知から反映をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde7f3"><th>受給者番号</th><th>氏名</th><th>新住所</th><th>電話番号</th><th>変更日</th></tr>
<tr><td>J-003315</td><td>小日向 澄江</td><td>〒359-1111 埼玉県所沢市緑町2-18-7</td><td>04-2925-3816</td><td>2026/10/02</td></tr>
<tr><td>J-003498</td><td>伊集院 剛</td><td>〒158-0094 東京都世田谷区玉川3-12-15-601</td><td>090-3318-4720</td><td>2026/10/07</td></tr>
<tr><td>J-003702</td><td>六車 たか子</td><td>〒761-8078 香川県高松市仏生山町甲415-2</td><td>087-889-2051</td><td>2026/10/13</td></tr>
<tr><td>J-003841</td><td>間宮 栄一</td><td>〒420-0839 静岡県静岡市葵区鷹匠1-7-22</td><td>080-6621-0934</td><td>2026/10/19</td></tr>
<tr><td>J-003966</td><td>南部 芳枝</td><td>〒020-0015 岩手県盛岡市本町通2-3-8</td><td>019-651-7740</td><td>2026/10/26</td></tr>
</table>
<p>ご不明な点がございましたらお知らせください。</p>
<p>--<br>日の出産業株式会社 人事部 企業年金事務局<br>柚木 啓太<br>TEL 03-5820-4426</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of five pensioners' new addresses and phone numbers: list of people",
},
{
    "id": "kigyonenkin-025",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["宴会営業部 瀬名様 <sena.k@sakura-hotel.jp>"],
    "subject": "投資教育セミナー 会場予約の確認（11/20）",
    "charset": "cp932",
    "body": """さくらホテル東京
宴会営業部　瀬名様

お世話になっております。日の出産業の森下です。
先日お電話でお願いした会場予約について、内容を確認させてください。

　日時　　：2026年11月20日（金）13:00～17:30（設営12:00～）
　会場　　：3F「桜の間」
　人数　　：約120名（スクール形式）
　機材　　：プロジェクター・スクリーン2面、ワイヤレスマイク3本
　飲食　　：休憩時のコーヒー・お茶（120名分）
　請求先　：日の出産業株式会社 人事部（請求書払い）

当日は、確定拠出年金の継続投資教育として、運営管理機関の講師による
セミナーを行います。見積書をお送りいただけますと幸いです。
""" + SIG_MORISHITA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary venue booking with the hotel partner, paid by invoice; no personal data",
},
{
    "id": "kigyonenkin-026",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["osaka-banquet@sakura-hotel.jp"],
    "subject": "大阪会場 予約金の決済について（日の出産業 投資教育セミナー）",
    "charset": "utf-8",
    "body": """さくらホテル大阪 宴会予約ご担当者様

お世話になっております。日の出産業の森下です。

12月4日（金）の投資教育セミナー（大阪会場）の予約金につき、
お電話でご案内いただいたとおり法人カードでの決済をお願いいたします。

　カード名義：HINODE SANGYO CO LTD / SAORI MORISHITA
　カード番号：""" + card_number(SEED + 101) + """
　有効期限　：08/29
　決済金額　：165,000円（予約金）

決済完了後、領収書を当社人事部宛にお送りください。
""" + SIG_MORISHITA,
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a credit card number written in the body to the hotel",
},
{
    "id": "kigyonenkin-027",
    "sender": "鳥飼 真帆 <torikai.maho@hinode-sangyo.co.jp>",
    "to": ["手嶋 様 <tejima@moneylit-lab.co.jp>"],
    "subject": "個別相談会（12/3）参加者のご連絡",
    "charset": "iso-2022-jp",
    "body": """マネーリテラシー研究所
手嶋様

お世話になっております。日の出産業 大阪支社の鳥飼です。

12月3日の説明会の後に行う個別相談会について、申込者は下記3名です。
当日、急な時間変更があった場合に連絡が取れるよう、携帯番号も記載しています。

　15:30〜　浅葱 陽介　　携帯 090-2741-8836
　16:00〜　廣瀬 茉莉　　携帯 080-5530-1972
　16:30〜　小此木 徹　　携帯 070-4418-2659

相談内容は主に「マッチング拠出の掛金額」と「商品の配分変更」とのことです。
どうぞよろしくお願いいたします。
""" + SIG_TORIKAI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three attendees with mobile numbers to the seminar vendor: under five people, may warn",
},
{
    "id": "kigyonenkin-028",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["k.ishizuchi.88@gmail.com", "yuka_shiomi77@yahoo.co.jp", "r-tazaki@icloud.com"],
    "subject": "【重要】企業型DC資産の移換手続き期限のお知らせ",
    "charset": "iso-2022-jp",
    "body": """退職者の皆様

日の出産業株式会社 人事部の森下でございます。
在職中は大変お世話になりました。

皆様の企業型確定拠出年金（DC）の資産について、まだ移換のお手続きが
確認できておりません。資格喪失日の翌月から起算して6か月以内に
お手続きがない場合、資産は現金化のうえ国民年金基金連合会へ自動移換されます。

お手続きの期限：2027年3月31日

転職先の企業型DCへの移換、またはiDeCoへの移換をご検討ください。
ご不明点は下記までお問い合わせください。
""" + SIG_MORISHITA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "three private persons on free mail in To can see each other's addresses: should have been Bcc",
},
{
    "id": "kigyonenkin-029",
    "sender": "鳥飼 真帆 <torikai.maho@hinode-sangyo.co.jp>",
    "to": ["dc-jimu@jp-pensionrecord.co.jp"],
    "subject": "休職者の掛金拠出停止について",
    "charset": "cp932",
    "body": """日本ペンションレコード株式会社
DC事務センター　ご担当者様

お世話になっております。日の出産業 大阪支社の鳥飼です。

下記加入者が無給の休職に入るため、休職期間中の事業主掛金・加入者掛金の
拠出を停止したく、手続きをお願いいたします。

　加入者番号：0042-0010542
　氏名　　　：五百旗頭 翔（イオキベ ショウ）
　休職期間　：2026年11月1日～2027年4月30日（予定）
　休職事由　：適応障害（主治医の診断書により療養が必要と判断されたため）

当社規程上、私傷病休職期間は無給となるため、規約第22条に基づき
拠出を停止する扱いです。復職時には改めてご連絡いたします。
""" + SIG_TORIKAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member's diagnosis (適応障害) given as the reason for leave, to the record keeper: 要配慮個人情報",
},
{
    "id": "kigyonenkin-030",
    "sender": "久我山 隆之 <kugayama.takayuki@hinode-sangyo.co.jp>",
    "to": ["栗原 翔 <kurihara.sho@midori-ginko.co.jp>"],
    "subject": "運用商品の除外に係る手続きについて",
    "charset": "utf-8",
    "body": """みどり銀行 確定拠出年金営業部
栗原様

いつも大変お世話になっております。日の出産業の久我山でございます。

先日の運用商品モニタリング会議で除外候補とした2商品（国内株式アクティブB、
新興国債券インデックス）について、除外手続きの進め方をご相談させてください。

1. 除外対象商品の選択者への通知（除外予定日の3か月前まで）の文案
2. 選択者の3分の2以上の同意取得の方法（Web同意の可否）
3. 同意が得られなかった場合のスケジュール

12月の運用委員会に諮りたいと考えておりますので、
11月中旬までにご提案いただけますと幸いです。
""" + SIG_KUGAYAMA + "\n" + DISC_JA + "\n" + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary product-removal consultation with the 運営管理機関; the standard disclaimers are not markings",
},
{
    "id": "kigyonenkin-031",
    "sender": "小野寺 健吾 <onodera.kengo@hinode-sangyo.co.jp>",
    "to": ["callcenter-sv@jp-pensionrecord.co.jp"],
    "subject": "移換未手続者への架電のお願い",
    "charset": "iso-2022-jp",
    "body": """日本ペンションレコード コールセンター
SV ご担当者様

お世話になっております。日の出産業 人事部の小野寺です。

自動移換の期限が近い移換未手続者について、ご契約の「移換勧奨サービス」による
架電をお願いいたします。連絡先は退職時に本人から届出のあったものです。
（Excelに貼り付けやすいよう、タブ区切りにしています）

加入者番号\t喪失日\t携帯電話\t個人メール
0042-0006215\t2026/04/01\t090-4471-2083\tmiyu.t.0305@gmail.com
0042-0007348\t2026/04/16\t080-3392-6617\tkaz_mogami@yahoo.co.jp
0042-0008092\t2026/05/01\t070-2288-5140\tnanami.hiyama@outlook.jp
0042-0008611\t2026/05/01\t090-8830-4425\ttsuyoshi.kk@icloud.com
0042-0009130\t2026/05/21\t080-7145-3396\tsaki-ugaki@docomo.ne.jp
0042-0009477\t2026/06/01\t090-6023-1178\thr.kurosaki@gmail.com
0042-0009905\t2026/06/11\t070-5561-8804\taoi.fujitsubo@ezweb.ne.jp

結果は月末の報告書でまとめてお知らせいただければ結構です。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "seven leavers' mobile numbers and private e-mails, tab-separated without names: list of people",
},
{
    "id": "kigyonenkin-032",
    "sender": "Reina Makabe <makabe.reina@hinode-sangyo.co.jp>",
    "to": ["Priya Nair <priya.nair@harbourline-benefits.com>"],
    "subject": "Japan DC plan - participation and contribution statistics for the benchmark",
    "charset": "utf-8",
    "body": """Hi Priya,

As promised, here are the aggregated figures for our Japanese corporate DC plan for
your regional benchmarking survey (as at 30 September 2026):

  Eligible employees ............ 3,412
  Active members ................ 3,398 (99.6%)
  Members making matching
    (employee) contributions .... 1,205 (35.5%)
  Average employer contribution . JPY 19,850 / month
  Average employee contribution . JPY 7,420 / month
  Default fund (target-date) .... 41% of members, 28% of assets
  Principal-protected products .. 37% of assets

  By age band      members   avg. balance (JPY k)
  under 30           612          830
  30-39              904        2,940
  40-49              987        6,150
  50 and over        895        9,870

No individual data is included. Let me know if you need the figures split by entity.
""" + SIG_MAKABE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate plan statistics to a foreign consultant; no individual data",
},
{
    "id": "kigyonenkin-033",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["蓮沼 弁護士 <hasunuma@shirakawa-law.co.jp>"],
    "subject": "遺族給付金の受給権者の順位についてご相談",
    "charset": "cp932",
    "body": """白川法律事務所
蓮沼先生

いつもお世話になっております。日の出産業 企業年金事務局の柚木です。

先月在職中に亡くなった加入者の遺族給付金について、請求が2件競合しており、
規約上の受給権者の順位についてご意見を伺いたくご連絡しました。

　・請求者A：本田 恭子 様（内縁の妻、約12年間同居、住民票上も同一世帯）
　・請求者B：本田 拓 様（前妻との間の長男、別居、23歳）

当社規約第41条は「配偶者（届出をしていないが事実上婚姻関係と同様の事情に
あった者を含む）」を第1順位としておりますが、内縁関係の認定資料として
何を求めるべきかご教示いただけますでしょうか。
""" + SIG_YUZUKI,
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "shirakawa-law.co.jp is a look-alike of the partner shirakawa-law.jp (co. added / other TLD)",
},
{
    "id": "kigyonenkin-034",
    "sender": "宇佐美 亮 <usami.ryo@hinode-sangyo.co.jp>",
    "to": ["やまなみ信託銀行 年金信託部 <nenkin-shintaku@yamanami-shintaku.co.jp>"],
    "subject": "2027年度 掛金拠出計画（事業所別）の送付",
    "charset": "iso-2022-jp",
    "body": """やまなみ信託銀行 年金信託部 御中

お世話になっております。日の出産業 経理部の宇佐美でございます。

2027年度の掛金拠出計画（事業所別、月次）をPDFにてお送りします。
特別掛金の増額分を含めた資金計画のため、社内限りの資料となっております。
キャッシュフロー計画の作成にご利用ください。
""" + SIG_USAMI,
    "attachments": [
        {"kind": "pdf", "name": "2027年度掛金拠出計画.pdf", "title": "2027年度 掛金拠出計画",
         "page_header": "取扱注意", "page_footer": "取扱注意　日の出産業株式会社 経理部",
         "lines": ["2027年度 確定給付企業年金 掛金拠出計画（事業所別）", "単位：千円",
                   "標準掛金率 7.8% / 特別掛金率 2.1%（2027年4月改定）", ""],
         "table": [["事業所", "加入者数", "標準掛金（年額）", "特別掛金（年額）", "計"],
                   ["本社", "1,182", "412,560", "111,072", "523,632"],
                   ["大阪支社", "845", "281,190", "75,705", "356,895"],
                   ["名古屋工場", "716", "218,760", "58,896", "277,656"],
                   ["北九州工場", "502", "149,880", "40,352", "190,232"],
                   ["合計", "3,245", "1,062,390", "286,025", "1,348,415"]]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF stamped 取扱注意 in its header and footer, sent to the trust bank",
},
{
    "id": "kigyonenkin-035",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["葛城 様 <katsuragi@toto-actuary.co.jp>"],
    "subject": "個人データの取扱いに関する覚書の更新について",
    "charset": "utf-8",
    "body": """東都年金アクチュアリー株式会社
葛城様

お世話になっております。柚木です。

年金数理業務委託契約に付随する「個人データの取扱いに関する覚書」が
2026年12月末で期間満了となります。内容は従前どおりで更新したいと考えており、
押印済みの覚書2部を近日中に郵送いたします。

あわせて、委託先監督の一環として例年お願いしているチェックシート
（安全管理措置・再委託の有無・機密保持に関する誓約の取得状況など）への
ご回答を、12月18日までにお願いできますでしょうか。

よろしくお願いいたします。
""" + SIG_YUZUKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about renewing a data-processing memorandum; 機密保持 is mentioned, nothing is marked",
},
{
    "id": "kigyonenkin-036",
    "sender": "久我山 隆之 <kugayama.takayuki@hinode-sangyo.co.jp>",
    "to": ["みなと社会保険労務士法人 日向先生 <hyuga@minato-sr.jp>"],
    "subject": "FW: 早期退職優遇制度 応募者一覧（第1次締切分）",
    "charset": "cp932",
    "body": """日向先生

お世話になっております。久我山です。
人事課から届いた応募者一覧を転送します。
DBの加算一時金とDC移換の扱いについて、来週の打合せでご確認いただければと思います。

-----Original Message-----
From: 人事課 栗山 <kuriyama.ayumi@hinode-sangyo.co.jp>
Sent: Monday, October 26, 2026 9:48 AM
To: 久我山 隆之 <kugayama.takayuki@hinode-sangyo.co.jp>
Subject: 早期退職優遇制度 応募者一覧（第1次締切分）

久我山課長

第1次締切（10/23）までの応募者は以下の5名です。
退職予定日はいずれも2027年3月31日です。

氏名　　　　生年月日　　　勤続年数　所属
------------------------------------------------
高倉 宗一　 1968/05/12　　35年　　名古屋工場 製造二課
大河内 昌子 1969/11/03　　33年　　本社 経理部
水無瀬 修　 1970/02/27　　31年　　大阪支社 営業一課
椎名 俊彦　 1967/08/15　　36年　　北九州工場 品質保証課
早瀬 由美子 1971/06/22　　29年　　本社 総務部

以上、よろしくお願いします。
栗山
""" + SIG_KUGAYAMA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "forward of an internal list of five early-retirement applicants with DOB to the 社労士: forwarded text counts",
},
{
    "id": "kigyonenkin-037",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["togawa.s@nishiki-insatsu.co.jp"],
    "subject": "「ひので年金だより」Vol.18 原稿のご送付",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社
戸川様

お世話になっております。日の出産業の森下です。
加入者向け広報誌「ひので年金だより」Vol.18 の原稿をお送りします。
レイアウトは前号と同じA4両面で、本文はHTMLで、ロゴは画像でお付けしています。

初校は11月13日（金）までにいただけますと幸いです。
""" + SIG_MORISHITA,
    "attachments": [
        {"kind": "html", "name": "nenkin_dayori_vol18.html",
         "html": """<html><head><meta charset="utf-8"><title>ひので年金だより Vol.18</title></head><body>
<h1>ひので年金だより Vol.18（2026年冬号）</h1>
<h2>マッチング拠出の掛金変更は年1回、10月です</h2>
<p>加入者掛金の変更受付期間は毎年10月1日～10月31日です。事業主掛金を超えない範囲で、1,000円単位で設定できます。</p>
<h2>運用商品ラインナップが変わりました</h2>
<p>2026年10月から、全世界株式インデックスファンドを追加しました。除外予定の商品を選択されている方には個別にお知らせします。</p>
<h2>Q&amp;A 退職したらDCの資産はどうなる？</h2>
<p>転職先の企業型DCまたはiDeCoへ移換できます。6か月以内に手続きをしないと自動移換となりますのでご注意ください。</p>
<p>お問い合わせ：人事部 厚生グループ（内線 4417）</p>
</body></html>"""},
        {"kind": "png", "name": "hinode_nenkin_logo.png"},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "newsletter copy and a logo to the printer; no personal data",
},
{
    "id": "kigyonenkin-038",
    "sender": "鳥飼 真帆 <torikai.maho@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 DCサポートデスク <dc-support@midori-ginko.co.jp>"],
    "subject": "加入者Webサイトのパスワード再発行（本人確認情報の送付）",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 DCサポートデスク　ご担当者様

お世話になっております。日の出産業 大阪支社 総務部の鳥飼です。

加入者の方から、Webサイトのパスワードを失念し再発行を申請したところ、
本人確認ができないと言われたとの相談がありました。
事業主経由での確認が可能と伺いましたので、本人確認情報をお送りします。

　加入者番号　：0042-0011432
　氏名　　　　：若狭 芙美（ワカサ フミ）
　生年月日　　：平成4年9月13日
　健康保険証　：記号 6021　番号 1874　（保険者番号 06271455）

お手数ですが、再発行の通知を登録住所へお送りください。
""" + SIG_TORIKAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "a member's health insurance card 記号・番号 sent for identity verification: identity document number",
},
{
    "id": "kigyonenkin-039",
    "sender": "小野寺 健吾 <onodera.kengo@hinode-sangyo.co.jp>",
    "to": ["nagumo.akihiro@jp-pensionrecord.co.jp"],
    "subject": "RE: RE: 脱退一時金 裁定請求（個人番号のご連絡）",
    "charset": "cp932",
    "body": """南雲様

お世話になっております。森下に代わりまして小野寺がご返信いたします。
承知いたしました。本人確認書類の写しは本日、レターパックにて発送いたします。
到着予定は明後日です。

以上、よろしくお願いいたします。

小野寺

差出人: 南雲 明宏 <nagumo.akihiro@jp-pensionrecord.co.jp>
送信日時: 2026年11月4日 11:05
宛先: 森下 沙織 <morishita.saori@hinode-sangyo.co.jp>
件名: RE: 脱退一時金 裁定請求（個人番号のご連絡）

森下様
個人番号のご連絡ありがとうございます。番号確認書類と身元確認書類の写しが
揃い次第、裁定に進みます。

差出人: 森下 沙織 <morishita.saori@hinode-sangyo.co.jp>
送信日時: 2026年11月2日 17:40
宛先: 南雲 明宏 <nagumo.akihiro@jp-pensionrecord.co.jp>
件名: 脱退一時金 裁定請求（個人番号のご連絡）

　加入者番号：0042-0011730
　氏名　　　：笹目 慎也（ササメ シンヤ）
　生年月日　：1994年10月2日
　個人番号　：""" + my_number(SEED + 12) + """
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the My Number appears only in the quoted earlier exchange (差出人/送信日時), which the recipient already has",
},
{
    "id": "kigyonenkin-040",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["kyufu-center@jp-pensionrecord.co.jp"],
    "subject": "死亡一時金 裁定請求書（写）の送付",
    "charset": "utf-8",
    "body": """日本ペンションレコード株式会社
給付センター　ご担当者様

お世話になっております。日の出産業の森下です。

DC加入者の死亡一時金について、ご遺族が記入した裁定請求書の写しを
パスワード付きPDFでお送りします。パスワードは別途お電話でお伝えします。
原本は本日発送しました。
""" + SIG_MORISHITA,
    "attachments": [
        {"kind": "pdf", "name": "shibou_ichijikin_seikyu_copy.pdf", "password": "7730kz",
         "title": "死亡一時金裁定請求書（写）",
         "lines": ["死亡一時金裁定請求書（写）", "加入者番号 0042-0005188", "請求者 氏名 霧島 節子",
                   "請求者 住所 東京都調布市国領町4-19-2", "受取口座 みどり銀行 調布支店 普通 4418207"]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF: the attachment cannot be inspected",
},
# ---------------------------------------------------------------- 041-060
{
    "id": "kigyonenkin-041",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["kashiwaba.n@yamanami-shintaku.co.jp"],
    "subject": "遺族給付金 受取人指定届の取りまとめ（2026年度上期）",
    "charset": "iso-2022-jp",
    "body": """柏葉様

お世話になっております。日の出産業の柚木です。

上期中に提出のあった遺族給付金の受取人指定届（新規・変更）を
Word の一覧にまとめました。原本は月末にまとめて送付いたします。
記録への反映をお願いいたします。
""" + SIG_YUZUKI,
    "attachments": [
        {"kind": "docx", "name": "受取人指定届一覧_2026上期.docx", "title": "受取人指定届 一覧",
         "paragraphs": ["遺族給付金 受取人指定届 一覧（2026年4月～9月受付）",
                        "日の出産業株式会社 企業年金事務局", ""],
         "tables": [[
             ["社員番号", "加入者氏名", "指定受取人 氏名", "続柄", "受取人 生年月日", "区分"],
             ["H99-0231", "羽生 貴之", "羽生 美鈴", "妻", "1978/04/09", "新規"],
             ["H03-1140", "相良 奈津", "相良 陽平", "夫", "1980/12/21", "変更"],
             ["H06-0577", "東 栄作", "東 千尋", "長女", "2001/07/02", "新規"],
             ["H10-0913", "宮ノ下 勉", "宮ノ下 ツネ", "母", "1948/03/30", "変更"],
             ["H12-1306", "結城 沙耶", "結城 啓", "夫", "1983/10/17", "新規"],
             ["H15-0820", "斑目 大吾", "斑目 亜紀", "妻", "1986/05/05", "新規"],
         ]]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "DOCX table of six members and their designated beneficiaries with DOB to the trust bank: list of people",
},
{
    "id": "kigyonenkin-042",
    "sender": "宇佐美 亮 <usami.ryo@hinode-sangyo.co.jp>",
    "to": ["nenkin-shintaku@yamanami-shintaku.co.jp"],
    "subject": "標準掛金率改定に伴う月額拠出額の変更（事業所別）",
    "charset": "cp932",
    "body": """やまなみ信託銀行 年金信託部　ご担当者様

お世話になっております。日の出産業 経理部 資金課の宇佐美です。

2026年12月拠出分より標準掛金率を7.4%から7.8%に改定するため、
事業所別の月額拠出額が下記のとおり変わります。入金照合にご利用ください。

事業所　　　　　　加入者数　　改定前（円）　　改定後（円）
―――――――――――――――――――――――――――――――――――
本社　　　　　　　1,182　　　32,615,000　　34,378,000
大阪支社　　　　　　845　　　22,230,000　　23,432,000
名古屋工場　　　　　716　　　17,296,000　　18,231,000
北九州工場　　　　　502　　　11,846,000　　12,486,000
―――――――――――――――――――――――――――――――――――
合計　　　　　　　3,245　　　83,987,000　　88,527,000

拠出日（毎月25日、休日の場合は前営業日）に変更はありません。
""" + SIG_USAMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contribution totals by business site: figures about offices, not people",
},
{
    "id": "kigyonenkin-043",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["kashiwaba.n@yamanami-shintaku.co.jp"],
    "cc": ["kugayama.takayuki@hinode-sangyo.co.jp"],
    "subject": "懲戒解雇者に係る給付制限の適用について",
    "charset": "cp932",
    "body": """やまなみ信託銀行 年金管理部
柏葉様

お世話になっております。日の出産業の柚木です。

下記の者について懲戒解雇が決定しましたので、規約第52条（給付の制限）に基づき
脱退一時金の全部を支給しない取扱いとしたく、事前にご相談いたします。

　氏名　　：鰐淵 健司（社員番号 H08-1762）
　解雇日　：2026年10月30日
　事由　　：取引先からのリベート受領に関し業務上横領の容疑で9月に逮捕され、
　　　　　　10月に起訴されたもの（本人は事実を認めている）

給付制限の適用にあたり、当局への届出や受託機関側で必要な書類があれば
ご教示ください。
""" + SIG_YUZUKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's arrest and indictment sent to the trust bank: criminal record is 要配慮個人情報",
},
{
    "id": "kigyonenkin-044",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 三枝様 <saegusa.h@kawasaki-denki.co.jp>"],
    "subject": "FW: 【JPR】拠出限度額の算定方法の見直しに関するご案内",
    "charset": "utf-8",
    "body": """川崎電機株式会社
人事部　三枝様

お世話になっております。日の出産業の森下です。
先日話題に出た拠出限度額の見直しについて、当社のレコードキーパーから
届いた案内を転送します。貴社の規約変更のご参考になれば幸いです。
（全文を添付のテキストにも保存しています）

---------- Forwarded message ----------
From: 日本ペンションレコード 事業主サービス <jigyonushi@jp-pensionrecord.co.jp>
Date: 2026年10月8日(木) 10:00
Subject: 【JPR】拠出限度額の算定方法の見直しに関するご案内
To: 規約ご担当者様

事業主ご担当者様

2024年12月1日より、DBなど他制度を併用する企業型DCの拠出限度額は、
月額55,000円から「他制度掛金相当額」を控除した額となりました。
経過措置の対象となっている規約については、DB側の規約変更等のタイミングで
経過措置が終了しますので、ご注意ください。

詳細は事業主様向けサイトの「法令改正情報」をご覧ください。
""" + SIG_MORISHITA,
    "attachments": [
        {"kind": "txt", "name": "JPR_拠出限度額見直し案内.txt", "encoding": "utf-8",
         "text": "【JPR】拠出限度額の算定方法の見直しに関するご案内\n\n2024年12月1日より、DBなど他制度を併用する企業型DCの"
                 "拠出限度額は、月額55,000円から他制度掛金相当額を控除した額となりました。\n"
                 "経過措置の対象となっている規約は、DB側の規約変更等のタイミングで経過措置が終了します。\n"},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forward of the record keeper's regulatory notice to a group company: business information only",
},
{
    "id": "kigyonenkin-045",
    "sender": "久我山 隆之 <kugayama.takayuki@hinode-sangyo.co.jp>",
    "to": ["あけぼの証券 DC営業部 <dc-sales@akebono-sec.co.jp>",
           "東海ライフプラン運営管理 <rfp@tokai-lifeplan.co.jp>",
           "にじいろ年金サービス 法人営業 <houjin@nijiiro-nenkin.co.jp>"],
    "subject": "企業型DC 運営管理機関選定に係る提案依頼書（RFP）のご送付",
    "charset": "iso-2022-jp",
    "body": """各社　ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 人事部の久我山でございます。

当社企業型確定拠出年金の運営管理機関の見直しにあたり、
提案依頼書（RFP）をお送りいたします。

　提案書提出期限：2026年12月11日（金）17:00
　プレゼンテーション：2027年1月中旬（個別に日程調整）
　質問受付：11月27日（金）まで、本メールへの返信にて

ご提案にあたっては、別途締結済みの秘密保持契約の範囲内で
資料をお取り扱いください。何卒よろしくお願い申し上げます。
""" + SIG_KUGAYAMA,
    "attachments": [
        {"kind": "pdf", "name": "RFP_運営管理機関選定_日の出産業.pdf", "title": "提案依頼書",
         "lines": ["企業型確定拠出年金 運営管理機関選定 提案依頼書", "日の出産業株式会社 人事部",
                   "1. 制度概要：加入者数 約3,400名、資産残高 約182億円", "2. 依頼事項：運用商品の提案、投資教育、加入者サービス、手数料",
                   "3. 評価基準：加入者サービス30%、商品20%、教育20%、手数料30%"]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "an RFP sent to three competing providers who can all see each other in To",
},
{
    "id": "kigyonenkin-046",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["kashiwaba.n@yamanami-shintaku.co.jp"],
    "subject": "遺族給付金 請求者のご連絡先（仙波様の件）",
    "charset": "utf-8",
    "body": """柏葉様

お世話になっております。柚木です。

先日ご連絡した仙波 義則さん（社員番号 H90-0418、9月12日逝去）の件で、
遺族給付金の請求書類はご遺族へ直接お送りいただいて構わないとのことでした。
請求者のご連絡先は以下のとおりです。

　氏名：仙波 真理子 様（妻）
　住所：〒330-0845 埼玉県さいたま市大宮区仲町3-76-2 ラフォーレ大宮604
　電話：090-5874-3021（日中はこちらへ）

書類発送の際は、当方にもご一報いただけますと幸いです。
""" + SIG_YUZUKI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one claimant's address and phone to the trust bank for a death benefit: one person, may warn",
},
{
    "id": "kigyonenkin-047",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["kyufu-center@jp-pensionrecord.co.jp"],
    "subject": "一時金受給者の個人番号（退職所得 源泉徴収用）",
    "charset": "cp932",
    "body": """日本ペンションレコード株式会社
給付センター　ご担当者様

お世話になっております。日の出産業の森下です。

11月に老齢給付金を一時金で受け取る3名について、
「退職所得の受給に関する申告書」に基づく個人番号を添付のとおりお知らせします。
源泉徴収票の作成にご利用ください。
""" + SIG_MORISHITA,
    "attachments": [
        {"kind": "xlsx", "name": "一時金受給者_個人番号_202611.xlsx",
         "sheets": {"個人番号": [
             ["加入者番号", "氏名", "受給方法", "個人番号"],
             ["0042-0001184", "葦原 辰雄", "一時金", my_number(SEED + 7)],
             ["0042-0001307", "戸隠 由紀江", "一時金", my_number(SEED + 8)],
             ["0042-0001452", "真柴 剛志", "一時金", my_number(SEED + 9)],
         ]}},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX with three members' My Numbers to the record keeper: any My Number stops",
},
{
    "id": "kigyonenkin-048",
    "sender": "小野寺 健吾 <onodera.kengo@hinode-sangyo.co.jp>",
    "to": ["kurihara.sho@midori-ginko.co.jp"],
    "subject": "移換手続きの状況確認のお願い（2名）",
    "charset": "iso-2022-jp",
    "body": """みどり銀行　栗原様

お世話になっております。日の出産業の小野寺です。

退職者のうち、iDeCoへの移換をみどり銀行で申し込んだと申告のあった2名について、
手続きの進捗を確認させていただけますでしょうか。

　・0042-0009302　霜鳥 拓郎　　喪失日 2026/06/01
　・0042-0009688　万代 あすか　喪失日 2026/07/01

自動移換の期限が近いため、書類不備等があれば当方からも本人へ連絡いたします。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "two leavers' names and plan numbers to the 運営管理機関: under five people, may warn",
},
{
    "id": "kigyonenkin-049",
    "sender": "鳥飼 真帆 <torikai.maho@hinode-sangyo.co.jp>",
    "to": ["椎葉 拓 <shiiba.taku@hinode-sangyo.jp>"],
    "subject": "掛金変更届の様式（出向者用）",
    "charset": "cp932",
    "body": """椎葉さん

お疲れさまです。大阪支社 総務部の鳥飼です。
出向先でも記入できるよう、マッチング拠出の掛金変更届の様式を添付します。
記入後はPDFにして私宛にお送りください（10月30日締切です）。

よろしくお願いします。
""" + SIG_TORIKAI,
    "attachments": [
        {"kind": "xlsx", "name": "加入者掛金額変更届_様式.xlsx",
         "sheets": {"様式": [
             ["加入者掛金額変更届"],
             ["提出日", ""], ["加入者番号", ""], ["氏名", ""],
             ["変更後の加入者掛金（月額）", "", "円"],
             ["※事業主掛金の額を超えることはできません。1,000円単位。"],
         ]}},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyo.jp (co. dropped) is a look-alike of the company's own hinode-sangyo.co.jp",
},
{
    "id": "kigyonenkin-050",
    "sender": "久我山 隆之 <kugayama.takayuki@hinode-sangyo.co.jp>",
    "to": ["katsuragi@toto-actuary.co.jp"],
    "subject": "財政検証用データ 異動者確認表の送付",
    "charset": "utf-8",
    "body": """葛城様

お世話になっております。久我山です。
先日ご指摘のあった、基準日前後の異動者の確認表をPDFでお送りします。
氏名は落としてありますが、社員番号で基礎データと突合いただけます。
""" + SIG_KUGAYAMA,
    "attachments": [
        {"kind": "pdf", "name": "異動者確認表_20260331.pdf", "title": "異動者確認表",
         "lines": ["財政検証用 異動者確認表（基準日 2026年3月31日）", ""],
         "table": [["社員番号", "性別", "生年月日", "入社日", "異動区分", "異動日", "給与（円）", "ポイント累計"],
                   ["H84-0102", "男", "1961/08/03", "1984/04/01", "定年", "2026/03/31", "512,000", "2,815"],
                   ["H88-0311", "女", "1965/02/17", "1988/04/01", "早期退職", "2026/03/31", "468,000", "2,402"],
                   ["H91-0725", "男", "1968/11/30", "1991/04/01", "死亡", "2026/02/09", "495,000", "2,230"],
                   ["H97-1214", "男", "1974/06/11", "1997/04/01", "転籍", "2026/04/01", "441,000", "1,690"],
                   ["H05-0406", "女", "1982/09/25", "2005/04/01", "自己都合", "2026/03/20", "352,000", "905"],
                   ["H12-0918", "男", "1989/01/08", "2012/04/01", "自己都合", "2026/03/31", "318,000", "560"],
                   ["H18-0402", "女", "1995/10/14", "2018/04/01", "育休復帰", "2026/04/01", "276,000", "248"],
                   ["H25-0401", "男", "2002/05/19", "2025/04/01", "新規", "2025/04/01", "230,000", "30"]]},
    ],
    "expect": "stop",
    "entities": ["DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "PDF table of eight employees' DOB, salary and events without names: a list of people's records",
},
{
    "id": "kigyonenkin-051",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["kugayama.takayuki@hinode-sangyo.co.jp", "morishita.saori@hinode-sangyo.co.jp"],
    "subject": "障害給付金の請求予定者について（社内共有）",
    "charset": "iso-2022-jp",
    "body": """久我山課長、森下さん

お疲れさまです。柚木です。
障害給付金の件、社内で状況を共有します（社外秘扱いでお願いします）。

・四十物 浩二さん（H07-2215）
　脳出血の後遺症で右半身麻痺、身体障害者手帳1級。障害基礎年金1級の裁定済み。
　9月末で休職期間満了→退職予定。DBの障害給付金とDCの障害給付金の両方が対象。
・DC側は日本ペンションレコードに、DB側はやまなみ信託に、それぞれ書類を依頼済み。

産業医の意見書は人事課の保管分を参照してください。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "health and disability details, but every recipient is internal",
},
{
    "id": "kigyonenkin-052",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["morishita.saori@hinode-sangyo.co.jp"],
    "bcc": ["takuya.minegishi@gmail.com", "mai-oshiro@yahoo.co.jp", "s.kuwabara1979@outlook.jp",
            "h-nagatsuka@icloud.com", "ayame.soeda@gmail.com"],
    "subject": "【ご案内】企業型DCの移換手続きについて（2026年9月退職の皆様へ）",
    "charset": "cp932",
    "body": """2026年9月にご退職された皆様

日の出産業株式会社 人事部の森下でございます。
本メールは、ご退職時に個人メールアドレスをご登録いただいた方へ、
BCCにて一斉にお送りしております。

企業型確定拠出年金（DC）の資産は、資格喪失日の翌月から6か月以内に
転職先の企業型DCまたはiDeCoへ移換のお手続きをお願いいたします。
手続きの流れをまとめた案内を、別途ご自宅へ郵送しております。

ご不明な点は下記までお問い合わせください。
""" + SIG_MORISHITA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "leavers on free mail are in Bcc, not To/Cc: they cannot see each other",
},
{
    "id": "kigyonenkin-053",
    "sender": "Reina Makabe <makabe.reina@hinode-sangyo.co.jp>",
    "to": ["Oliver Brandt <oliver.brandt@harbourline-benefits.com>"],
    "subject": "Draft plan design for the DC migration - for your review",
    "charset": "utf-8",
    "body": """Dear Oliver,

Thank you for the call yesterday. As discussed, please find attached our draft plan
design paper for the partial migration of the Japanese DB plan into the DC plan.
We would appreciate your view on the employer contribution scale and the default fund
before it goes to our board in December.

Could you send your comments by 27 November?
""" + SIG_MAKABE,
    "attachments": [
        {"kind": "docx", "name": "HNS_DC_migration_plan_design_draft_v2.docx",
         "page_header": "CONFIDENTIAL - Hinode Sangyo internal use only",
         "title": "DC migration plan design (draft)",
         "paragraphs": ["DC migration - plan design paper (draft v2)",
                        "1. Background: the DB plan's funding ratio recovered to 1.02 as at 31 March 2026.",
                        "2. Proposal: 30% of the DB benefit to be replaced by DC contributions from April 2028.",
                        "3. Employer contribution scale: 3.0% of pensionable salary, 4.0% for grade M and above.",
                        "4. Default fund: target-date fund series; principal-protected option retained.",
                        "5. Transition: past-service assets transferred in equal instalments over four years."],
         "tables": [[["Option", "DB share", "DC contribution", "Cost impact (JPY m/yr)"],
                     ["A", "70%", "3.0%", "+85"], ["B", "50%", "4.5%", "+140"]]]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX whose page header is stamped CONFIDENTIAL - internal use only, sent to a foreign consultant",
},
{
    "id": "kigyonenkin-054",
    "sender": "仁科 拓海 <nishina.takumi@hinode-sangyo.co.jp>",
    "to": ["jprk-datacenter@jp-pensionrecord.co.jp"],
    "subject": "[日の出産業] 拠出データ（2026年11月拠出分）再送",
    "charset": "iso-2022-jp",
    "body": """データセンター ご担当者様

日の出産業 情報システム部の仁科です。
先ほどお送りした拠出データに誤りがあったため、修正版を再送します。
先のファイルは破棄をお願いします。
""" + SIG_NISHINA,
    "attachments": [
        {"kind": "corrupt", "name": "HNS_KYOSHUTSU_202611_r2.xlsx"},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached workbook is corrupt and cannot be read",
},
{
    "id": "kigyonenkin-055",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["nenkin-kanri@yamanami-shintaku.co.jp"],
    "subject": "DB脱退一時金 支払指図（11月支払分）",
    "charset": "cp932",
    "body": """やまなみ信託銀行 年金管理部 御中

日の出産業 企業年金事務局の柚木です。
11月20日支払分の脱退一時金について、支払指図データ（Excel97-2003形式）を
お送りします。裁定通知は別途郵送済みです。
""" + SIG_YUZUKI,
    "attachments": [
        {"kind": "xls", "name": "shiharai_shizu_202611.xls",
         "sheets": {"支払指図": [
             ["受給者番号", "氏名", "金融機関", "支店", "種別", "口座番号", "口座名義（カナ）", "支給額"],
             ["D-26-0141", "蓮見 玲奈", "みどり銀行", "千里中央支店", "普通", "3318402", "ハスミ レイナ", 682400],
             ["D-26-0142", "甲斐 勇人", "関西ひかり銀行", "西宮支店", "普通", "1047735", "カイ ハヤト", 1523800],
             ["D-26-0143", "栗林 千景", "ゆうちょ銀行", "四〇八支店", "普通", "5821946", "クリバヤシ チカゲ", 214600],
             ["D-26-0144", "鬼頭 正和", "みどり銀行", "堺支店", "普通", "7730218", "キトウ マサカズ", 3890500],
             ["D-26-0145", "勅使河原 登", "なにわ信用金庫", "布施支店", "普通", "0092617", "テシガワラ ノボル", 2645100],
         ]}},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of five leavers' names and personal bank accounts to the trust bank: list of people",
},
{
    "id": "kigyonenkin-056",
    "sender": "鳥飼 真帆 <torikai.maho@hinode-sangyo.co.jp>",
    "to": ["dc-jimu@jp-pensionrecord.co.jp"],
    "subject": "加入者掛金額変更届（締切後の追加分 4名）",
    "charset": "utf-8",
    "body": """DC事務センター ご担当者様

お世話になっております。日の出産業の鳥飼です。
先日お送りした変更一覧に漏れていた4名分を追加でお送りします。
いずれも10月31日までに社内で受け付けたものです。

| 加入者番号   | 氏名       | 生年月日   | 変更後加入者掛金 |
|--------------|------------|------------|------------------|
| 0042-0012415 | 砂川 伸吾  | 1986/07/19 | 9,000円          |
| 0042-0012788 | 朝比奈 楓  | 1993/03/03 | 5,000円          |
| 0042-0013029 | 能登 健太郎 | 1980/10/10 | 0円（停止）      |
| 0042-0013360 | 須藤 このみ | 1997/12/24 | 7,000円          |

お手数ですが、11月拠出分からの反映をお願いいたします。
""" + SIG_TORIKAI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "four members' names and DOB: under the five-person threshold, may warn",
},
{
    "id": "kigyonenkin-057",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["芦田 和恵 <ashida.kazue@kotobuki-life.co.jp>"],
    "subject": "拠出型企業年金 中途加入申込（告知事項ありの1名）",
    "charset": "iso-2022-jp",
    "body": """ことぶき生命保険 団体年金部
芦田様

お世話になっております。日の出産業 人事部の森下です。

拠出型企業年金（遺族年金・死亡保障付）の中途加入申込のうち、
告知書に記載のあった1名について、お引受け可否のご判断をお願いいたします。

　氏名　　：馬渡 修一（マワタリ シュウイチ）
　生年月日：1974年1月22日
　告知内容：高血圧症で2019年より服薬治療中（降圧剤）。
　　　　　　2024年6月に胃潰瘍で10日間入院、現在は完治とのこと。

告知書の原本は他の申込書とあわせて今週中に送付いたします。
""" + SIG_MORISHITA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's medical history from a health declaration sent to the insurer: 要配慮個人情報",
},
{
    "id": "kigyonenkin-058",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["nagumo.akihiro@jp-pensionrecord.co.jp"],
    "subject": "上期の給付・移換件数の確認",
    "charset": "cp932",
    "body": """南雲様

お世話になっております。森下です。
運用委員会の報告資料用に、上期の件数を当社側で集計しました。
貴社の業務報告書の数値と相違がないかご確認いただけますでしょうか。

　　　　　　　 4月　5月　6月　7月　8月　9月　 計
資格喪失　　　　21　 14　 11　　9　 12　 18　 85
脱退一時金　　　 2　　1　　0　　1　　0　　2　　6
企業型DCへ移換　 7　　5　　4　　3　　5　　6　 30
iDeCoへ移換　　　6　　4　　3　　2　　4　　5　 24
自動移換　　　　 0　　1　　0　　1　　0　　0　　2
死亡一時金　　　 0　　0　　1　　0　　0　　1　　2

自動移換となった2件は、いずれも住所不明で連絡がつかなかったものです。
""" + SIG_MORISHITA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "monthly counts of benefits and transfers: statistics, no individuals",
},
{
    "id": "kigyonenkin-059",
    "sender": "小野寺 健吾 <onodera.kengo@hinode-sangyo.co.jp>",
    "to": ["shimotori_takuro@yahoo.co.jp"],
    "subject": "Re: 基礎年金番号の確認について",
    "charset": "utf-8",
    "body": """霜鳥 拓郎 様

日の出産業 人事部の小野寺です。お問い合わせありがとうございます。

iDeCoの申込書に記入する基礎年金番号について、当社在職時の記録では
以下のとおり登録されておりました。

　基礎年金番号：4127-305896

年金手帳または基礎年金番号通知書の番号と一致しているか、念のため
ご確認のうえお手続きください。

> 申込書に基礎年金番号を書く欄があるのですが、年金手帳が見つかりません。
> 会社の記録で分かれば教えていただけますか。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a 基礎年金番号 written in the new text to a leaver's free-mail address",
},
{
    "id": "kigyonenkin-060",
    "sender": "小野寺 健吾 <onodera.kengo@hinode-sangyo.co.jp>",
    "to": ["dc-jimu@jp-pensionrecord.co.jp"],
    "subject": "移換先情報のご連絡（8月退職者分）",
    "charset": "iso-2022-jp",
    "body": """DC事務センター　ご担当者様

お世話になっております。日の出産業の小野寺です。
8月退職者のうち、移換先が判明した方の情報をお知らせします。
移換元としての書類照会があった場合の照合にお使いください。

■ 加入者番号 0042-0010227
　氏名：宇喜多 琢磨
　移換先：株式会社フォレストリンク（企業型DC）
　本人連絡先：090-1187-5520

■ 加入者番号 0042-0010459
　氏名：橘 小百合
　移換先：iDeCo（あけぼの証券）
　本人連絡先：080-2263-7419

■ 加入者番号 0042-0010683
　氏名：熊谷 大地
　移換先：北国フーズ株式会社（企業型DC）
　本人連絡先：070-6630-2871

■ 加入者番号 0042-0010814
　氏名：青柳 綾乃
　移換先：iDeCo（みどり銀行）
　本人連絡先：090-7718-0342

■ 加入者番号 0042-0010952
　氏名：犬飼 陽一
　移換先：株式会社ミナセ精工（企業型DC）
　本人連絡先：080-9054-6613

以上5名です。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five leavers as one block each with name and mobile number: list of people",
},
# ---------------------------------------------------------------- 061-080
{
    "id": "kigyonenkin-061",
    "sender": "仁科 拓海 <nishina.takumi@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 羽田様 <haneda.k@tsubasa-system.jp>"],
    "subject": "人事システム⇔JPR連携ファイルの項目定義書（改訂版）",
    "charset": "utf-8",
    "body": """ツバサシステム株式会社
羽田様

お世話になっております。日の出産業 情報システム部の仁科です。

レコードキーパー（日本ペンションレコード）向け連携ファイルの項目定義書を
改訂しましたので送付します。主な変更点は次の2点です。

1. 基礎年金番号を4桁＋6桁の2項目に分割
2. 個人番号は連携対象外とし、項目を削除（別途、番号管理システムから提出）

テストデータは別途、ダミーデータで作成をお願いします。
""" + SIG_NISHINA,
    "attachments": [
        {"kind": "xlsx", "name": "JPR連携_項目定義書_v1.4.xlsx",
         "sheets": {
             "改訂履歴": [["版", "日付", "内容"], ["1.3", "2026/04/01", "マッチング拠出項目追加"],
                          ["1.4", "2026/10/15", "基礎年金番号分割、個人番号削除"]],
             "項目定義": [
                 ["No", "項目名", "型", "桁数", "必須", "備考"],
                 [1, "事業所コード", "数字", 2, "○", ""],
                 [2, "社員番号", "英数", 8, "○", ""],
                 [3, "氏名（漢字）", "全角", 20, "○", "姓と名の間は全角スペース"],
                 [4, "氏名（カナ）", "半角カナ", 30, "○", ""],
                 [5, "生年月日", "数字", 8, "○", "YYYYMMDD"],
                 [6, "基礎年金番号（記号）", "数字", 4, "○", ""],
                 [7, "基礎年金番号（番号）", "数字", 6, "○", ""],
                 [8, "資格取得日", "数字", 8, "○", "YYYYMMDD"],
                 [9, "事業主掛金", "数字", 6, "○", "円"],
                 [10, "加入者掛金", "数字", 6, "", "円、0可"],
             ],
         }},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an interface layout naming the fields (氏名, 生年月日, 基礎年金番号) but holding no one's data",
},
{
    "id": "kigyonenkin-062",
    "sender": "小野寺 健吾 <onodera.kengo@hinode-sangyo.co.jp>",
    "to": ["三枝様 <saegusa.h@kawasaki-dennki.co.jp>"],
    "subject": "11月1日付 転籍者のDC移換について",
    "charset": "cp932",
    "body": """川崎電機株式会社
人事部　三枝様

お世話になっております。日の出産業の小野寺です。

11月1日付で貴社へ転籍する下記1名について、当社企業型DCから貴社企業型DCへの
資産移換をお願いしたく、必要事項をお知らせします。

　氏名　　　：鷹取 創（タカトリ ハジメ）
　生年月日　：1984年8月2日
　加入者番号：0042-0007295
　資格喪失日：2026年11月1日

移換申出書は本人から貴社へ提出させます。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "kawasaki-dennki.co.jp is a look-alike of the partner kawasaki-denki.co.jp (letter added)",
},
{
    "id": "kigyonenkin-063",
    "sender": "Reina Makabe <makabe.reina@hinode-sangyo.co.jp>",
    "to": ["Priya Nair <priya.nair@harbourline-benefits.com>"],
    "subject": "Re: Expat members - contribution holiday question",
    "charset": "utf-8",
    "body": """Hi Priya,

Thanks for checking. Yes, all five continue as active members of the Japanese DC plan
while on assignment, so no contribution holiday applies to them. Contributions are
based on their home salary as before.

I will confirm the tax treatment with our payroll team and come back to you next week.

Reina
""" + SIG_MAKABE + """

On Tue, 3 Nov 2026 at 09:14, Priya Nair <priya.nair@harbourline-benefits.com> wrote:
> Hi Reina,
>
> From the host-country census I have the following Hinode secondees in Singapore and
> Bangkok. Can you confirm whether they remain active members of the Japan DC plan?
>
>   Name               DOB          Host        Personal e-mail
>   Kenji Arakaki      1985-03-19   Singapore   kenji.arakaki@gmail.com
>   Yumiko Tsuchiya    1988-11-02   Singapore   yumi.tsuchiya@outlook.com
>   Daisuke Hamaoka    1979-06-27   Bangkok     d.hamaoka79@yahoo.co.jp
>   Rie Shinozaki      1990-01-30   Bangkok     rie.shinozaki@icloud.com
>   Takeshi Ogasawara  1983-09-08   Singapore   t.ogasawara@gmail.com
>
> Thanks,
> Priya
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five-person list is only quoted from the consultant's own mail (On ... wrote:)",
},
{
    "id": "kigyonenkin-064",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["tadokoro.y@yamanami-shintaku.co.jp", "nagumo.akihiro@jp-pensionrecord.co.jp"],
    "cc": ["日向先生 <hyuga@minato-sr.jp>", "kugayama.takayuki@hinode-sangyo.co.jp"],
    "subject": "RE: 月末退職者の資格喪失日の取扱いについて",
    "charset": "iso-2022-jp",
    "body": """田所様、南雲様、日向先生

お世話になっております。柚木です。
皆様ご意見ありがとうございました。

整理しますと、DB・DCとも「退職日の翌日」を資格喪失日とし、
月末退職者は当月分まで掛金を拠出する扱いで統一することといたします。
就業規則・規約の文言の整合は日向先生に確認をお願いしております。

12月の規約変更届に合わせて、事務フローを改めてお送りします。

-----Original Message-----
From: 日向 さやか <hyuga@minato-sr.jp>
Sent: Friday, October 30, 2026 6:02 PM
Subject: RE: 月末退職者の資格喪失日の取扱いについて

社会保険と同様、退職日の翌日が資格喪失日となります。
月末退職の場合、当月分の掛金拠出が必要です。
""" + SIG_YUZUKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "reply-all to three external organisations (trust bank, record keeper, 社労士) visible in To/Cc",
},
{
    "id": "kigyonenkin-065",
    "sender": "久我山 隆之 <kugayama.takayuki@hinode-sangyo.co.jp>",
    "to": ["大貫 俊也 <onuki.t@aoba-unyu.co.jp>"],
    "subject": "企業年金の統合に関する検討資料",
    "charset": "cp932",
    "body": """青葉運輸株式会社
総務部長　大貫様

お世話になっております。日の出産業の久我山でございます。

先日のトップ会談で話題となった、両社の確定給付企業年金の統合について、
当社側で作成した検討資料をお送りします。
現時点では両社の一部役員限りの情報ですので、取扱いにはご留意ください。
""" + SIG_KUGAYAMA,
    "attachments": [
        {"kind": "pptx", "name": "DB統合検討資料_20261102.pptx", "title": "DB統合検討資料",
         "page_footer": "極秘　関係者限り",
         "slides": [
             ["【極秘】確定給付企業年金の統合について（検討資料）", "日の出産業株式会社 人事部", "2026年11月2日"],
             ["統合の目的", "・運営コストの削減（受託機関手数料の一本化）", "・資産規模拡大による運用の効率化"],
             ["統合スキーム案", "案1：日の出産業DBへの吸収（権利義務移転）", "案2：基金型への移行と共同設立"],
             ["スケジュール案", "2027年度：労使協議・規約案", "2028年4月：統合"],
         ]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "slides stamped 【極秘】 and a 極秘 footer, sent to a group company",
},
{
    "id": "kigyonenkin-066",
    "sender": "久我山 隆之 <kugayama.takayuki@hinode-sangyo.co.jp>",
    "to": ["やまなみ信託銀行 運用企画部 堤様 <tsutsumi.r@yamanami-shintaku.co.jp>"],
    "subject": "2026年9月期 運用報告書についての質問",
    "charset": "utf-8",
    "body": """やまなみ信託銀行 運用企画部
堤様

お世話になっております。日の出産業の久我山です。
9月期の運用報告書を拝見し、いくつか質問がございます。

1. 国内株式アクティブ（マネージャーC）の対ベンチマーク超過収益が −0.42% と
   3四半期連続でマイナスとなっています。要因分析をお示しいただけますか。
2. オルタナティブ（不動産ファンド）の評価額の算定基準日はいつでしょうか。
3. 政策アセットミックスに対し外国債券が −2.8% 乖離していますが、
   リバランスの予定はありますか。

次回報告会（11月10日）でご説明いただければ結構です。
""" + SIG_KUGAYAMA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "questions on fund performance figures: business mail, no personal data",
},
{
    "id": "kigyonenkin-067",
    "sender": "鳥飼 真帆 <torikai.maho@hinode-sangyo.co.jp>",
    "to": ["saegusa.h@kawasaki-denki.co.jp"],
    "subject": "10月1日付 転籍者（5名）の情報",
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社
人事部　三枝様

お世話になっております。日の出産業 大阪支社の鳥飼です。
10月1日付で貴社大阪事業所へ転籍した5名の情報をお送りします。
DC移換と貴社での加入手続きにご利用ください。

・漣　純一　（サザナミ　ジュンイチ）
　生年月日：昭和５７年３月２日　　携帯：０９０−３１７４−８８２６
・御厨　佳代（ミクリヤ　カヨ）
　生年月日：昭和６２年１１月１９日　携帯：０８０−６６０２−４１５７
・堀之内　誠司（ホリノウチ　セイジ）
　生年月日：平成２年５月８日　　携帯：０７０−２９４８−３３０５
・真境名　愛（マジキナ　アイ）
　生年月日：平成７年１月２６日　　携帯：０９０−８８１３−６０４９
・浮田　将太（ウキタ　ショウタ）
　生年月日：Ｈ１０．７．１４　　　携帯：０８０−１４２７−９５８２

よろしくお願いいたします。
""" + SIG_TORIKAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five transferees with 和暦 DOB and mobile numbers in full-width digits: list of people",
},
{
    "id": "kigyonenkin-068",
    "sender": "宇佐美 亮 <usami.ryo@hinode-sangyo.co.jp>",
    "to": ["nenkin-shintaku@yamanami-shintaku.co.jp"],
    "subject": "11月分 掛金払込のご連絡",
    "charset": "cp932",
    "body": """やまなみ信託銀行 年金信託部 御中

いつもお世話になっております。日の出産業 経理部の宇佐美です。
11月分の掛金を下記のとおり払い込みますのでご連絡いたします。

　払込日　：2026年11月25日（水）
　払込金額：88,527,000円（標準掛金 69,840,000円／特別掛金 18,687,000円）
　振込元　：みどり銀行 本店営業部 当座 0158832 ヒノデサンギヨウ（カ
　振込先　：やまなみ信託銀行 本店 別段預金 0004412（年金信託口）

入金確認後、受領書の発行をお願いいたします。
""" + SIG_USAMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "company and trust accounts for a contribution payment: business bank accounts, not people's",
},
{
    "id": "kigyonenkin-069",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["kyufu-center@jp-pensionrecord.co.jp"],
    "subject": "死亡一時金 受取人の個人番号について（霧島様の件）",
    "charset": "utf-8",
    "body": """日本ペンションレコード株式会社
給付センター　ご担当者様

お世話になっております。日の出産業の森下です。

先日の死亡一時金の件（加入者番号 0042-0005188）で、
受取人（配偶者）の個人番号をお知らせします。

　受取人氏名：霧島 節子
　続柄　　　：妻
　個人番号　：""" + _sp4(_zen(my_number(SEED + 10))) + """

番号確認書類（通知カードの写し）は原本とともに郵送済みです。
""" + SIG_MORISHITA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "the beneficiary's My Number in full-width digits in the body to the record keeper",
},
{
    "id": "kigyonenkin-070",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["tomio-iwanami@ezweb.ne.jp"],
    "subject": "Re: 年金の振込日について",
    "charset": "iso-2022-jp",
    "body": """岩波 富男 様

いつもお世話になっております。日の出産業 企業年金事務局の柚木でございます。
お問い合わせいただいた件についてご回答いたします。

当社の確定給付企業年金は、偶数月（2・4・6・8・10・12月）の15日に
前2か月分をお支払いしております。15日が土日祝日の場合は前営業日となります。
次回は12月15日（火）のお支払いです。

金額の内訳は、12月上旬にお送りする「年金支払通知書」でご確認いただけます。
ご不明な点がございましたら、お気軽にお電話ください。

> 年金がいつ振り込まれるのか教えてください。
> 受給者番号は J-002871 です。
""" + SIG_YUZUKI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "answer to one pensioner on his carrier address; general payment schedule, no personal data in new text",
},
{
    "id": "kigyonenkin-071",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["kashiwaba.n@yamanami-shintaku.co.jp"],
    "subject": "老齢給付金 裁定請求書（スキャン）の送付",
    "charset": "cp932",
    "body": """柏葉様

お世話になっております。柚木です。
12月に受給開始となる3名分の裁定請求書をスキャンしてお送りします。
原本は明日発送いたします。
""" + SIG_YUZUKI,
    "attachments": [
        {"kind": "corrupt", "name": "saitei_seikyu_202612_scan.pdf"},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the scanned PDF attachment is corrupt and cannot be inspected",
},
{
    "id": "kigyonenkin-072",
    "sender": "鳥飼 真帆 <torikai.maho@hinode-sangyo.co.jp>",
    "to": ["dc-jimu@jp-pensionrecord.co.jp"],
    "subject": "10月拠出分 事業主掛金の訂正依頼",
    "charset": "iso-2022-jp",
    "body": """DC事務センター　ご担当者様

日の出産業 大阪支社の鳥飼です。
10月拠出分で、等級変更の反映漏れにより事業主掛金に誤りがありました。
下記8件の訂正をお願いいたします（差額は11月拠出で精算）。

加入者番号       訂正前     訂正後     差額
0042-0009018     18,000     20,000    +2,000
0042-0009244     20,000     22,000    +2,000
0042-0009531     15,000     16,000    +1,000
0042-0009877     22,000     25,000    +3,000
0042-0010106     16,000     18,000    +2,000
0042-0010390     25,000     23,000    -2,000
0042-0010725     12,000     15,000    +3,000
0042-0011083     18,000     20,000    +2,000

よろしくお願いいたします。
""" + SIG_TORIKAI,
    "expect": "either",
    "entities": [],
    "detectors": [],
    "note": "eight rows of plan numbers and contribution amounts only, to the record keeper that issued those numbers: pseudonymous list",
},
{
    "id": "kigyonenkin-073",
    "sender": "仁科 拓海 <nishina.takumi@hinode-sangyo.co.jp>",
    "to": ["haneda.k@tsubasa-system.jp"],
    "subject": "FW: [JPR] 取込エラーリスト（2026年10月異動分）",
    "charset": "utf-8",
    "body": """羽田様

お世話になっております。仁科です。
JPRから取込エラーの連絡がありましたので、元のメールを添付で転送します。
生年月日の和暦→西暦変換で、元号の境目の処理に誤りがあるようです。
人事システム側の出力ロジックをご確認いただけますか。
""" + SIG_NISHINA,
    "attachments": [
        {"kind": "eml", "name": "JPR取込エラーリスト_202610.eml",
         "message": {
             "sender": "JPRデータセンター <jprk-datacenter@jp-pensionrecord.co.jp>",
             "to": ["nishina.takumi@hinode-sangyo.co.jp"],
             "subject": "[JPR] 取込エラーリスト（2026年10月異動分）",
             "charset": "iso-2022-jp",
             "body": """日の出産業株式会社
情報システム部　仁科様

10月異動分データのうち、下記7件が生年月日不整合のためエラーとなりました。
修正データのご提出をお願いいたします。

加入者番号      氏名          生年月日(受信値)  エラー内容
0042-0013802   早乙女 悠      1995/07/01        基礎年金記録と不一致
0042-0013803   比嘉 紬        2003/04/11        基礎年金記録と不一致
0042-0013811   真栄田 和樹    1989/01/08        存在しない和暦変換
0042-0013814   渡嘉敷 美香    1989/01/07        存在しない和暦変換
0042-0013820   小禄 隼人      2019/05/01        加入年齢エラー
0042-0013826   謝花 梢        1926/12/25        加入年齢エラー
0042-0013831   国吉 晴美      1989/01/08        存在しない和暦変換

JPRデータセンター
"""}},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "attached mail forwarded to the system vendor lists seven members with names and DOB: a forward counts",
},
{
    "id": "kigyonenkin-074",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["usami.ryo@hinode-sangyo.co.jp"],
    "cc": ["kugayama.takayuki@hinode-sangyo.co.jp"],
    "subject": "DB脱退一時金 11月支払予定（経理確認用）",
    "charset": "cp932",
    "body": """宇佐美さん

お疲れさまです。柚木です。
11月20日にやまなみ信託から支払われる脱退一時金の明細です。
源泉徴収税額の照合用に共有します。

受給者番号　氏名　　　　　支払口座　　　　　　　　　　　　　支給額
D-26-0141　蓮見 玲奈　　　みどり銀行 千里中央支店 普通3318402　682,400
D-26-0142　甲斐 勇人　　　関西ひかり銀行 西宮支店 普通1047735　1,523,800
D-26-0143　栗林 千景　　　ゆうちょ銀行 四〇八支店 普通5821946　214,600
D-26-0144　鬼頭 正和　　　みどり銀行 堺支店 普通7730218　　　3,890,500
D-26-0145　勅使河原 登　　なにわ信用金庫 布施支店 普通0092617　2,645,100

よろしくお願いします。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": [],
    "note": "five people's bank accounts, but the mail stays inside hinode-sangyo.co.jp",
},
{
    "id": "kigyonenkin-075",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["nenkin-kanri@yamanami-shintaku.co.jp"],
    "subject": "受給者の送付先・代理人変更について（4件）",
    "charset": "iso-2022-jp",
    "body": """やまなみ信託銀行 年金管理部　ご担当者様

お世話になっております。日の出産業の柚木です。
受給者の送付先・代理人の変更届を受け付けましたので、下記4件の反映をお願いします。

受給者番号　氏名　　　　　新送付先　　　　　　　　　　　　　　　備考
J-002214　　苫米地 勝　　青森県八戸市長者2-7-31　　　　　　　　転居
J-002389　　物部 ミツ　　東京都江戸川区西葛西6-19-4-1203　　　　認知症のため成年後見開始（後見人：長男 物部 浩）
J-002541　　瀬戸口 昭　　鹿児島県鹿児島市鴨池新町8-14　　　　　転居
J-002760　　鳳 フジエ　　静岡県浜松市中央区佐鳴台3-42-6　　　　長女方へ転居

成年後見の件は、登記事項証明書の写しを別途郵送いたします。
""" + SIG_YUZUKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "only four rows, but one row records a pensioner's dementia (認知症): sensitive data tied to a row",
},
{
    "id": "kigyonenkin-076",
    "sender": "久我山 隆之 <kugayama.takayuki@hinode-sangyo.co.jp>",
    "to": ["kurihara.sho@midori-ginko.co.jp"],
    "subject": "第14回 DC運用商品選定委員会 議事録",
    "charset": "utf-8",
    "body": """みどり銀行 確定拠出年金営業部
栗原様

お世話になっております。久我山です。
先日の運用商品選定委員会にご陪席いただきありがとうございました。
議事録を添付いたします。記載内容に誤りがあればご指摘ください。
""" + SIG_KUGAYAMA,
    "attachments": [
        {"kind": "docx", "name": "第14回運用商品選定委員会_議事録.docx", "title": "議事録",
         "paragraphs": ["第14回 確定拠出年金 運用商品選定委員会 議事録",
                        "日時：2026年10月27日（火）15:00～16:30　場所：本社7階 第1会議室",
                        "出席者：人事部長（委員長）、経理部長、労働組合書記長、人事部 久我山（事務局）",
                        "陪席：みどり銀行 確定拠出年金営業部 栗原氏",
                        "議題1：モニタリング結果の報告 … 国内株式アクティブB、新興国債券インデックスを除外候補とする。",
                        "議題2：追加候補商品 … 全世界株式インデックスを2027年4月に追加する方向で検討。",
                        "議題3：指定運用方法 … 現行のターゲットイヤー型を継続。",
                        "次回：2027年1月26日（火）"]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "committee minutes naming participants only by role and business name; no personal data",
},
{
    "id": "kigyonenkin-077",
    "sender": "仁科 拓海 <nishina.takumi@hinode-sangyo.co.jp>",
    "to": ["haneda.k@tsubasa-systme.jp"],
    "subject": "年金連携機能 改修のお見積り依頼",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム株式会社
羽田様

お世話になっております。日の出産業の仁科です。

JPR連携ファイルの項目定義書v1.4への対応について、改修のお見積りをお願いします。

　・基礎年金番号の2項目分割
　・個人番号項目の削除
　・和暦→西暦変換ロジックの修正（元号境界）

本番反映は2027年1月の月次処理からを希望しています。
""" + SIG_NISHINA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-systme.jp is a look-alike of the partner tsubasa-system.jp (letters swapped)",
},
{
    "id": "kigyonenkin-078",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["kashiwaba.n@yamanami-shintaku.co.jp"],
    "subject": "遺族給付金 受給者の個人番号届出書",
    "charset": "cp932",
    "body": """柏葉様

お世話になっております。柚木です。
遺族給付金を年金で受け取られる仙波様の個人番号届出書を、PDFでお送りします。
原本は本日発送しました。
""" + SIG_YUZUKI,
    "attachments": [
        {"kind": "pdf", "name": "個人番号届出書_仙波.pdf", "title": "個人番号届出書",
         "lines": ["個人番号届出書（確定給付企業年金 受給者用）", "",
                   "受給者番号：J-006018", "氏名：仙波 真理子（センバ マリコ）",
                   "住所：埼玉県さいたま市大宮区仲町3-76-2 ラフォーレ大宮604",
                   "個人番号：" + my_number(SEED + 11),
                   "番号確認書類：マイナンバーカード（表・裏）写し添付", "",
                   "日の出産業株式会社 企業年金事務局 受付日 2026年10月28日"]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF notification form carrying a beneficiary's My Number to the trust bank",
},
{
    "id": "kigyonenkin-079",
    "sender": "鳥飼 真帆 <torikai.maho@hinode-sangyo.co.jp>",
    "to": ["hyuga@minato-sr.jp"],
    "cc": ["nagumo.akihiro@jp-pensionrecord.co.jp"],
    "subject": "育児休業中の掛金拠出について（ご確認）",
    "charset": "utf-8",
    "body": """みなと社会保険労務士法人
日向先生
（cc：日本ペンションレコード 南雲様）

お世話になっております。日の出産業 大阪支社の鳥飼です。

育児休業中の社員について、社会保険料が免除となる期間も
企業型DCの事業主掛金を拠出し続ける扱いでよいか、規約と就業規則の
整合の観点から確認させてください。

南雲様には、マッチング拠出を行っている方が育休に入った場合に、
加入者掛金を自動的に停止する運用が可能かどうかを伺えますと幸いです。

よろしくお願いいたします。
""" + SIG_TORIKAI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "general question to two external organisations (社労士 and record keeper): a normal three-way mail",
},
{
    "id": "kigyonenkin-080",
    "sender": "Reina Makabe <makabe.reina@hinode-sangyo.co.jp>",
    "to": ["Oliver Brandt <oliver.brandt@harbourline-benefits.com>"],
    "subject": "Census data - assignees in the Japan DC plan",
    "charset": "utf-8",
    "body": """Dear Oliver,

For the cross-border pension review, please find attached the census of our
assignees who remain in the Japan DC plan. Salaries are monthly base pay in JPY.

Please let me know if you need the host-country payroll IDs as well.
""" + SIG_MAKABE,
    "attachments": [
        {"kind": "csv", "name": "japan_dc_assignees_202610.csv", "encoding": "utf-8",
         "rows": [
             ["Employee ID", "Name", "Date of birth", "Host country", "Personal e-mail", "Monthly salary (JPY)", "Employer DC (JPY)"],
             ["H04-0871", "Kenji Arakaki", "1985-03-19", "Singapore", "kenji.arakaki@gmail.com", "612000", "30000"],
             ["H09-1133", "Yumiko Tsuchiya", "1988-11-02", "Singapore", "yumi.tsuchiya@outlook.com", "545000", "27000"],
             ["H01-0416", "Daisuke Hamaoka", "1979-06-27", "Thailand", "d.hamaoka79@yahoo.co.jp", "703000", "35000"],
             ["H12-0602", "Rie Shinozaki", "1990-01-30", "Thailand", "rie.shinozaki@icloud.com", "498000", "24000"],
             ["H06-0925", "Takeshi Ogasawara", "1983-09-08", "Singapore", "t.ogasawara@gmail.com", "628000", "31000"],
             ["H14-0310", "Mariko Funakoshi", "1991-12-05", "USA", "mariko.funakoshi@gmail.com", "476000", "23000"],
         ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of six assignees with DOB, personal e-mail and salary to a foreign consultant: list of people",
},
# ---------------------------------------------------------------- 081-100
{
    "id": "kigyonenkin-081",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["saegusa.h@kawasaki-denki.co.jp"],
    "subject": "2027年 掛金拠出カレンダーの共有",
    "charset": "iso-2022-jp",
    "body": """三枝様

お世話になっております。森下です。
グループ共通で使っているDC掛金の拠出カレンダー（2027年）をお送りします。
拠出日は毎月26日（休日の場合は翌営業日）、データ締切は拠出日の10営業日前です。

　拠出月　データ締切　　拠出日
　 1月　　1月13日(水)　1月26日(火)
　 2月　　2月10日(水)　2月26日(金)
　 3月　　3月12日(金)　3月26日(金)
　 4月　　4月12日(月)　4月26日(月)
　 5月　　5月12日(水)　5月26日(水)
　 6月　　6月11日(金)　6月28日(月)
　（7月以降は添付なしで恐縮ですが、来月お送りします）

年末年始の締切前倒しについては、JPRから別途案内がある予定です。
""" + SIG_MORISHITA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contribution calendar shared with a group company; no personal data",
},
{
    "id": "kigyonenkin-082",
    "sender": "久我山 隆之 <kugayama.takayuki@hinode-sangyo.co.jp>",
    "to": ["katsuragi@toto-actuary.co.jp"],
    "subject": "運営管理機関の評価について（セカンドオピニオンのお願い）",
    "charset": "cp932",
    "body": """部外秘
━━━━━━━━━━━━━━━━━━━━
葛城様

お世話になっております。久我山です。
現行の運営管理機関（みどり銀行）について、当社で行った定性評価の結果を
下記にまとめました。RFPに進むべきか、専門家の立場からご意見をいただけますか。

【評価結果（5段階）】
　・加入者向けWebサイト／アプリ　：2（操作性に不満の声が多い）
　・コールセンター応対　　　　　　：3
　・投資教育の企画力　　　　　　　：2（提案が画一的）
　・運用商品のモニタリング報告　　：4
　・手数料水準（同規模比）　　　　：2（やや割高）

総合評価は2.6で、基準とする3.0を下回っております。
来週中にお打合せの時間をいただけますと幸いです。
━━━━━━━━━━━━━━━━━━━━
""" + SIG_KUGAYAMA,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail is stamped 部外秘 at the top of its body and goes to the outside actuary",
},
{
    "id": "kigyonenkin-083",
    "sender": "鳥飼 真帆 <torikai.maho@hinode-sangyo.co.jp>",
    "to": ["tejima@moneylit-lab.co.jp"],
    "subject": "継続投資教育 研修資料（修正版）",
    "charset": "utf-8",
    "body": """マネーリテラシー研究所
手嶋様

お世話になっております。鳥飼です。
研修資料に当社の制度固有の内容を反映した修正版をお送りします。
主に4枚目（マッチング拠出）と5枚目（運用商品一覧）を差し替えています。
ご確認のほど、よろしくお願いいたします。
""" + SIG_TORIKAI,
    "attachments": [
        {"kind": "pptx", "name": "継続投資教育_日の出産業_v2.pptx", "title": "継続投資教育",
         "slides": [
             ["確定拠出年金 継続投資教育", "日の出産業株式会社 × マネーリテラシー研究所", "2026年12月"],
             ["本日の内容", "1. 制度のおさらい", "2. 資産配分の考え方", "3. ライフプランと受取方法"],
             ["長期・分散・積立", "価格変動リスクは保有期間が長いほど平準化される傾向", "複数資産への分散でリスクを低減"],
             ["マッチング拠出", "加入者掛金は事業主掛金の額まで、1,000円単位", "全額が所得控除（小規模企業共済等掛金控除）"],
             ["運用商品一覧", "元本確保型 3本、国内株式 3本、外国株式 3本、債券 4本、バランス型 5本"],
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "training slides to the education vendor; no personal data",
},
{
    "id": "kigyonenkin-084",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["蓮沼先生 <hasunuma@shirakawa-law.jp>"],
    "subject": "遺族給付金の件（相続関係資料）",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
蓮沼先生

お世話になっております。日の出産業の柚木です。
先日ご相談した遺族給付金の受給権者の件について、相続関係説明図と
これまでの経緯メモをまとめてお送りします。
ファイルにはパスワードを設定しております。パスワードはお電話でお伝えします。
""" + SIG_YUZUKI,
    "attachments": [
        {"kind": "zip", "name": "honda_isoku_shiryou.zip", "password": "Shirakawa-1106",
         "files": [
             {"kind": "docx", "name": "相続関係説明図.docx",
              "paragraphs": ["相続関係説明図", "被相続人 本田 昌平（2026年9月20日死亡）",
                             "内縁の妻 本田 恭子", "長男 本田 拓（前妻との子）"]},
             {"kind": "docx", "name": "経緯メモ.docx",
              "paragraphs": ["経緯メモ", "10/2 恭子氏より請求書提出", "10/9 拓氏より請求の申出"]},
         ]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP to the law firm: the attachment cannot be inspected",
},
{
    "id": "kigyonenkin-085",
    "sender": "仁科 拓海 <nishina.takumi@hinode-sangyo.co.jp>",
    "to": ["jprk-datacenter@jp-pensionrecord.co.jp"],
    "subject": "[日の出産業] 事業所登録情報の更新（北九州工場の移転）",
    "charset": "cp932",
    "body": """データセンター ご担当者様

日の出産業 情報システム部の仁科です。
北九州工場の移転に伴い、事業所登録情報を更新しましたのでCSVでお送りします。
変更は事業所コード04のみです。
""" + SIG_NISHINA,
    "attachments": [
        {"kind": "csv", "name": "jigyosho_master_20261101.csv", "encoding": "utf-8",
         "rows": [
             ["事業所コード", "事業所名", "郵便番号", "所在地", "代表電話", "加入者数"],
             ["01", "本社", "103-0027", "東京都中央区日本橋2-8-1", "03-5820-4400", "1182"],
             ["02", "名古屋工場", "455-0032", "愛知県名古屋市港区入船1-7-40", "052-651-2200", "716"],
             ["03", "大阪支社", "530-0047", "大阪府大阪市北区西天満4-11-22", "06-6364-2200", "845"],
             ["04", "北九州工場", "800-0115", "福岡県北九州市門司区新門司3-61-5", "093-481-3300", "502"],
             ["05", "仙台営業所", "980-0811", "宮城県仙台市青葉区一番町2-4-8", "022-262-7100", "38"],
             ["06", "広島営業所", "730-0013", "広島県広島市中区八丁堀14-3", "082-228-6100", "29"],
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a CSV of the company's own sites with addresses and switchboards: businesses, not people",
},
{
    "id": "kigyonenkin-086",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["申込受付 <moushikomi@moneylit-lab.co.jp>"],
    "subject": "e-ラーニング「はじめてのDC」法人ライセンス申込書",
    "charset": "iso-2022-jp",
    "body": """マネーリテラシー研究所
申込受付ご担当者様

お世話になっております。日の出産業 人事部の森下です。
新入社員向けe-ラーニングの法人ライセンス（150ID）を申し込みます。
申込書に決済情報を記入しておりますので、ご確認ください。
""" + SIG_MORISHITA,
    "attachments": [
        {"kind": "docx", "name": "法人ライセンス申込書_日の出産業.docx", "title": "法人ライセンス申込書",
         "paragraphs": ["e-ラーニング「はじめてのDC」法人ライセンス申込書", "申込日：2026年11月4日"],
         "tables": [[
             ["項目", "記入欄"],
             ["会社名", "日の出産業株式会社"],
             ["ご担当者", "人事部 厚生グループ 森下 沙織"],
             ["ライセンス数", "150ID（2027年4月1日～2028年3月31日）"],
             ["お支払方法", "クレジットカード（法人カード）"],
             ["カード番号", card_number(SEED + 102)],
             ["有効期限", "11/28"],
             ["カード名義", "SAORI MORISHITA"],
         ]]},
    ],
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a credit card number in the DOCX order form sent to the vendor",
},
{
    "id": "kigyonenkin-087",
    "sender": "小野寺 健吾 <onodera.kengo@hinode-sangyo.co.jp>",
    "to": ["nagumo.akihiro@jp-pensionrecord.co.jp"],
    "subject": "FW: 死亡一時金の受取人指定について（質問）",
    "charset": "utf-8",
    "body": """南雲様

お世話になっております。小野寺です。
社員から下記の問い合わせがありました。DCの死亡一時金の受取人指定の手続きについて、
本人へ直接ご案内いただくことは可能でしょうか。本人の了解は得ています。

---------- 転送メッセージ ----------
From: 能勢 貴弘 <nose.takahiro@hinode-sangyo.co.jp>
Date: 2026/10/29 12:31
Subject: 死亡一時金の受取人指定について（質問）
To: 厚生グループ <kosei-g@hinode-sangyo.co.jp>

お疲れさまです。名古屋工場 生産技術課の能勢です。
結婚したので、DCの死亡一時金の受取人を妻にしておきたいのですが、
どのような手続きが必要でしょうか。
日中は工場にいるため、携帯（090-6248-1173）にご連絡いただけると助かります。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward of one employee's question with his mobile number to the record keeper: one person, may warn",
},
{
    "id": "kigyonenkin-088",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["saegusa.h@kawasaki-denki.co.jp", "onuki.t@aoba-unyu.co.jp",
           "北国フーズ 人事課 佐呂間様 <saroma.m@kitaguni-foods.co.jp>"],
    "subject": "グループ各社 年末年始の掛金拠出スケジュールについて",
    "charset": "cp932",
    "body": """グループ各社 DCご担当者様

お世話になっております。日の出産業 人事部の森下です。

年末年始の掛金拠出スケジュールについて、JPRから案内がありましたので共有します。

　・12月拠出分：データ締切 12月9日（水）→ 12月7日（月）に前倒し
　・1月拠出分 ：データ締切 1月13日（水）（変更なし）

各社のデータ作成スケジュールの調整をお願いいたします。
ご不明点は私までご連絡ください。
""" + SIG_MORISHITA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external group companies visible to each other in To: should have been Bcc",
},
{
    "id": "kigyonenkin-089",
    "sender": "久我山 隆之 <kugayama.takayuki@hinode-sangyo.co.jp>",
    "to": ["ashida.kazue@kotobuki-life.co.jp"],
    "subject": "一般勘定の予定利率改定に関するご案内について",
    "charset": "utf-8",
    "body": """ことぶき生命保険 団体年金部
芦田様

いつもお世話になっております。日の出産業の久我山です。
先日いただいた「団体年金保険 一般勘定の予定利率改定に関するご案内」について、
2点確認させてください。

1. 改定後の予定利率 0.75%（現行 1.25%）の適用開始は2027年4月1日でよいか
2. 改定に伴い、一般勘定から他の運用先へ移す場合の解約控除の有無

なお、ご案内資料は機密扱いではないと伺っておりますので、
運用委員会の委員へもそのまま配布させていただきます。
""" + SIG_KUGAYAMA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 機密 appears only to say the material is not confidential; no marking, no personal data",
},
{
    "id": "kigyonenkin-090",
    "sender": "仁科 拓海 <nishina.takumi@hinode-sangyo.co.jp>",
    "to": ["haneda.k@tsubasa-system.jp"],
    "subject": "掛金計算の検証データ（本番抽出）",
    "charset": "iso-2022-jp",
    "body": """羽田様

仁科です。
掛金計算ロジックの不具合調査用に、本番データから抽出した検証用ファイルを
ZIPにまとめてお送りします（Excelとログ用のCSV）。
等級変更月に事業主掛金が旧等級のまま計算されている事象の再現にお使いください。
""" + SIG_NISHINA,
    "attachments": [
        {"kind": "zip", "name": "kakekin_kensho_202610.zip",
         "files": [
             {"kind": "xlsx", "name": "掛金計算結果_抽出.xlsx",
              "sheets": {"抽出": [
                  ["社員番号", "氏名", "生年月日", "旧等級", "新等級", "等級変更月", "計算結果", "正しい掛金"],
                  ["H10-0231", "安居院 剛", "1985/02/14", "G4", "G5", "2026/10", 18000, 20000],
                  ["H11-0412", "鵜飼 明日香", "1988/06/01", "G3", "G4", "2026/10", 15000, 16000],
                  ["H08-0733", "風間 亘", "1981/09/29", "G5", "G6", "2026/10", 22000, 25000],
                  ["H13-1015", "小鳥遊 澪", "1990/12/12", "G3", "G4", "2026/10", 15000, 16000],
                  ["H07-0610", "千々岩 将", "1979/04/04", "G6", "G5", "2026/10", 25000, 23000],
                  ["H15-0402", "吾妻 奈央", "1992/07/23", "G2", "G3", "2026/10", 12000, 15000],
                  ["H09-0911", "百武 健", "1983/11/11", "G4", "G5", "2026/10", 18000, 20000],
                  ["H16-0401", "一尺八寸 亮", "1993/03/18", "G2", "G3", "2026/10", 12000, 15000],
                  ["H05-0805", "眞鍋 里美", "1977/08/05", "G5", "G6", "2026/10", 22000, 25000],
                  ["H14-0226", "左近 大和", "1991/02/26", "G3", "G4", "2026/10", 15000, 16000],
              ]}},
             {"kind": "csv", "name": "calc_log_202610.csv", "encoding": "utf-8",
              "rows": [["timestamp", "batch", "records", "errors"],
                       ["2026-10-15T02:10:03", "KAKEKIN_CALC", "3398", "10"]]},
         ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "ZIP with a workbook of ten employees' names, DOB and grades extracted from production: list of people",
},
{
    "id": "kigyonenkin-091",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["onuki.t@aoba-unyu.co.jp"],
    "subject": "FW: やまなみ信託銀行 年末年始の事務取扱いについて",
    "charset": "utf-8",
    "body": """大貫様

お世話になっております。森下です。
やまなみ信託銀行から届いた年末年始の事務取扱いのご案内を、
元のメールのまま添付で転送いたします。貴社の受給者対応にお役立てください。
""" + SIG_MORISHITA,
    "attachments": [
        {"kind": "eml", "name": "やまなみ信託_年末年始事務取扱い.eml",
         "message": {
             "sender": "やまなみ信託銀行 年金信託部 <nenkin-shintaku@yamanami-shintaku.co.jp>",
             "to": ["morishita.saori@hinode-sangyo.co.jp"],
             "subject": "年末年始の事務取扱いについて",
             "charset": "cp932",
             "body": """制度ご担当者各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
年末年始の事務取扱いについて、下記のとおりご案内申し上げます。

　休業期間：2026年12月31日（木）～2027年1月3日（日）
　12月の裁定請求受付締切：12月18日（金）必着
　1月支払分の支払指図締切：1月8日（金）

やまなみ信託銀行 年金信託部（TEL 03-3215-6600）
"""}},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forward of the trust bank's holiday schedule as an attached mail: business information only",
},
{
    "id": "kigyonenkin-092",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["kyufu-center@jp-pensionrecord.co.jp"],
    "subject": "障害給付金の請求について（ご相談）",
    "charset": "cp932",
    "body": """日本ペンションレコード株式会社
給付センター　ご担当者様

お世話になっております。日の出産業の森下です。

下記の加入者より、DCの障害給付金を請求したいとの申出がありました。
請求書類一式のご送付と、必要な添付書類のご案内をお願いいたします。

　加入者番号：0042-0008519
　氏名　　　：朽木 紘一（クツキ コウイチ）
　生年月日　：1987年3月25日
　状況　　　：統合失調症により2025年より休職中。精神障害者保健福祉手帳2級を所持し、
　　　　　　　2026年9月に障害基礎年金2級の受給が決定。

本人との連絡は当社経由でお願いいたします。
""" + SIG_MORISHITA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member's mental illness and disability certificate to the record keeper: 要配慮個人情報",
},
{
    "id": "kigyonenkin-093",
    "sender": "小野寺 健吾 <onodera.kengo@hinode-sangyo.co.jp>",
    "to": ["猿渡様 <saruwatari@forestlink.jp>"],
    "subject": "Re: 中途入社者の前職DC資産について",
    "charset": "iso-2022-jp",
    "body": """株式会社フォレストリンク
人事総務部　猿渡様

ご連絡ありがとうございます。日の出産業の小野寺です。

宇喜多 琢磨さんの当社DCの加入者番号は 0042-0010227、資格喪失日は
2026年9月1日です。当社の記録関連運営管理機関は日本ペンションレコードです。
移換申出書の「移換元の情報」欄にはこの内容でご記入ください。

> 8月まで貴社に在籍していた宇喜多 琢磨が当社に入社しました。
> 前職のDC資産を移換したいので、加入者番号を教えていただけますか。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "one former employee's plan number and leaving date to his new employer: one person, may warn",
},
{
    "id": "kigyonenkin-094",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["戸川様 <togawa.s@nishiki-insastu.co.jp>"],
    "subject": "年金だより Vol.18 初校の戻し",
    "charset": "cp932",
    "body": """錦印刷株式会社
戸川様

お世話になっております。日の出産業の柚木です（森下の代理でお送りします）。
初校を確認しましたので、修正点をお送りします。

　P1　見出し「10月です」→「毎年10月です」
　P1　本文3行目「1,000円単位で設定」→「1,000円単位で設定できます」
　P2　Q&Aの「6か月以内」に下線
　P2　お問い合わせ先の内線番号 4417 → 4419

再校は11月18日（水）までにいただけますと助かります。
""" + SIG_YUZUKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insastu.co.jp is a look-alike of the partner nishiki-insatsu.co.jp (letters swapped)",
},
{
    "id": "kigyonenkin-095",
    "sender": "久我山 隆之 <kugayama.takayuki@hinode-sangyo.co.jp>",
    "to": ["人事部長 陣内 <jinnai.masaru@hinode-sangyo.co.jp>"],
    "cc": ["yuzuki.keita@hinode-sangyo.co.jp", "morishita.saori@hinode-sangyo.co.jp"],
    "subject": "【社外秘】退職給付制度改定案（経営会議付議資料 ドラフト）",
    "charset": "utf-8",
    "body": """陣内部長

お疲れさまです。久我山です。
12月の経営会議に付議する退職給付制度改定案のドラフトです。
アクチュアリーの試算結果（案A〜C）を反映済みです。

【社外秘】
・推奨案：案A（DB給付の30%をDC移行、移行日2028年4月1日）
・年間費用：現行比 +85百万円（初年度）
・労使協議：2027年1月より開始

ご確認のうえ、修正点があればお知らせください。
""" + SIG_KUGAYAMA,
    "attachments": [
        {"kind": "docx", "name": "経営会議付議資料_退職給付制度改定_draft.docx", "page_header": "社外秘",
         "paragraphs": ["退職給付制度改定案（経営会議付議資料）", "社外秘", "1. 背景", "2. 改定案の概要", "3. 費用影響"]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "marked 社外秘, but every recipient is internal",
},
{
    "id": "kigyonenkin-096",
    "sender": "鳥飼 真帆 <torikai.maho@hinode-sangyo.co.jp>",
    "to": ["hyuga@minato-sr.jp"],
    "subject": "退職金規程 改定案（DC移行部分）のご確認",
    "charset": "iso-2022-jp",
    "body": """日向先生

お世話になっております。日の出産業の鳥飼です。
退職金規程のうち、DC移行に関する条文の改定案をWordでお送りします。
労基署への届出前に、文言のご確認をお願いできますでしょうか。
""" + SIG_TORIKAI,
    "attachments": [
        {"kind": "corrupt", "name": "退職金規程_改定案_DC移行.docx"},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached Word file is corrupt and cannot be read",
},
{
    "id": "kigyonenkin-097",
    "sender": "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>",
    "to": ["tadokoro.y@yamanami-shintaku.co.jp"],
    "subject": "規約変更説明会 当社出席者のご連絡",
    "charset": "cp932",
    "body": """田所様

お世話になっております。森下です。
11月19日の規約変更説明会の当社出席者は以下の5名です。
入館証の手配にお使いください。当日の連絡は各自の内線でも受けられます。

氏名　　　　所属　　　　　　　　　　　内線　　メール
陣内 勝　　 人事部長　　　　　　　　　4400　　jinnai.masaru@hinode-sangyo.co.jp
久我山 隆之 年金・退職金チーム課長　　4421　　kugayama.takayuki@hinode-sangyo.co.jp
柚木 啓太　 企業年金事務局　　　　　　4426　　yuzuki.keita@hinode-sangyo.co.jp
宇佐美 亮　 経理部 資金課　　　　　　 4460　　usami.ryo@hinode-sangyo.co.jp
森下 沙織　 厚生グループ　　　　　　　4417　　morishita.saori@hinode-sangyo.co.jp
""" + SIG_MORISHITA,
    "expect": "either",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five staff with their business extensions and work e-mails: a list of people, but only business contacts",
},
{
    "id": "kigyonenkin-098",
    "sender": "柚木 啓太 <yuzuki.keita@hinode-sangyo.co.jp>",
    "to": ["tadokoro.y@yamanami-shintaku.co.jp"],
    "cc": ["ashida.kazue@kotobuki-life.co.jp", "katsuragi@toto-actuary.co.jp",
           "kugayama.takayuki@hinode-sangyo.co.jp"],
    "subject": "四者打合せ（10/29）議事メモ",
    "charset": "cp932",
    "body": """やまなみ信託銀行　田所様
（cc：ことぶき生命　芦田様、東都年金アクチュアリー　葛城様）

お世話になっております。日の出産業の柚木です。
先日の四者打合せの議事メモをお送りします。

1. 財政検証結果：継続基準・非継続基準とも充足（積立比率 1.02）
2. 予定利率：現行2.0%を維持。次回再計算時に再検討
3. 一般勘定：予定利率引下げを受け、一部をやまなみ信託の合同運用へ移管する方向で検討
4. 次回：2027年2月上旬（日程は別途調整）

修正点がございましたら11月6日までにお知らせください。
""" + SIG_YUZUKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "trust bank in To, life insurer and actuary in Cc: three external organisations visible to each other",
},
{
    "id": "kigyonenkin-099",
    "sender": "Reina Makabe <makabe.reina@hinode-sangyo.co.jp>",
    "to": ["International Pension Desk <intl-desk@yamanami-shintaku.co.jp>"],
    "subject": "Survivor benefit claim - beneficiary residing in Singapore",
    "charset": "utf-8",
    "body": """Dear International Pension Desk,

Further to Mr Yuzuki's call, I am sending the identification details of the survivor
benefit claimant who lives in Singapore and cannot obtain a Japanese certificate of
residence. She will send a certified copy of her passport by courier.

  Deceased member:  Shohei KAMIJO (employee no. H02-1187), died 2 October 2026
  Claimant:         Akane KAMIJO (daughter)
  Date of birth:    1996-04-18
  Passport number:  TS4827316 (Japan, expires 2031-07-22)
  Address:          18 Holland Grove Road, #05-12, Singapore 278801

Could you confirm whether an overseas address certificate from the Embassy of Japan
is required in addition to the passport copy?
""" + SIG_MAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a claimant's Japanese passport number and DOB to the trust bank: identity document number",
},
{
    "id": "kigyonenkin-100",
    "sender": "Reina Makabe <makabe.reina@hinode-sangyo.co.jp>",
    "to": ["Oliver Brandt <oliver.brandt@harbourline-benefits.com>"],
    "subject": "Re: Thank you - workshop on 19 November",
    "charset": "utf-8",
    "body": """Dear Oliver,

Many thanks for running the benefits workshop for our HR team last week. The session
on DC default design was particularly useful, and several colleagues have asked for
the reading list you mentioned.

We will be in touch in January about the next phase of the review. Wishing you and
the Harbourline team a good end of the year.
""" + SIG_MAKABE + "\n" + DISC_EN + """

本メールの内容は送信者が意図した受信者のみを対象としています。""" + DISC_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a thank-you note with the standard English and Japanese disclaimers, which are not markings",
},
]
