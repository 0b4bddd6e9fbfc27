"""Blind corpus, area "shitenkaisetsu": the mail of opening Hinode Sangyo's new Kumamoto
branch (熊本支店) -- transferred staff and their company housing and removals, local hires
(agencies, applicants, the labour-and-social-insurance consultant, the health check clinic),
the office lease and fit-out, utilities and lines, building security cards and alarm
registration, the opening reception and its invitations, and the local partners, banks and
chamber of commerce -- written blind from BRIEF.md (and SPEC.md's names) alone, without
reading mailguard's code or the other corpus files."""

from build import card_number, my_number

SEED = 57801


def _sp(n, sep=" "):
    """A 12-digit number the way people type it: 4-4-4."""
    return sep.join((n[:4], n[4:8], n[8:]))


def _zen(s):
    """ASCII digits and hyphens to full-width, as pasted from Word or a form."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _card(n, sep="-"):
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


# -- the people who send (their own signatures never count) ----------------------------

SIG_KOBAYAKAWA = """
──────────────────────
日の出産業株式会社
支店開設準備室　小早川 遼（こばやかわ りょう）
〒103-0021 東京都中央区日本橋本石町4-12-3 日の出ビル8F
TEL 03-5219-7741 ／ 携帯 080-4417-2093
kobayakawa.ryo@hinode-sangyo.co.jp
──────────────────────"""

SIG_FUJIEDA = """
--
日の出産業株式会社 総務部 総務課
藤枝 真澄 (Masumi Fujieda)
〒103-0021 東京都中央区日本橋本石町4-12-3
TEL:03-5219-7712 FAX:03-5219-7799
Mail:fujieda.masumi@hinode-sangyo.co.jp"""

SIG_JONOUCHI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　人事部 人事課
城之内　彩
TEL　03-5219-7725（直通）
jonouchi.aya@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_TSUTSUMI = """
****************************************
日の出産業株式会社 人事部 労務グループ
堤 奈緒子
〒103-0021 東京都中央区日本橋本石町4-12-3
TEL 03-5219-7727
****************************************"""

SIG_USAMI = """
―――――――――――――――――――――――――
日の出産業株式会社　熊本支店（2027年1月18日開設）
支店長　宇佐美 宗介
〒860-0803 熊本県熊本市中央区新市街11-7 新市街センタービル5F
TEL 096-288-4410（代表）　FAX 096-288-4411
usami.sosuke@hinode-sangyo.co.jp
―――――――――――――――――――――――――"""

SIG_KIRIGAYA = """
-- 
桐ケ谷 亮介 / Ryosuke Kirigaya
日の出産業株式会社 情報システム部 インフラ課
TEL 03-5219-7760  内線 7760
kirigaya.ryosuke@hinode-sangyo.co.jp"""

SIG_OGATA = """
========================================
日の出産業株式会社 熊本支店 総務
緒方 千夏
〒860-0803 熊本県熊本市中央区新市街11-7 新市街センタービル5F
TEL：096-288-4410　FAX：096-288-4411
========================================"""

SIG_SAMEJIMA = """
日の出産業株式会社 経理部
鮫島 由紀
TEL 03-5219-7733
samejima.yuki@hinode-sangyo.co.jp"""

SIG_TAKAMINE = """
----------------------------------------------
日の出産業株式会社 支店開設準備室 室長
高嶺 修一
TEL 03-5219-7740
----------------------------------------------"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited."""

HINODE_HOJIN = "9010401083725"

MESSAGES = [
    # 001 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-001",
        "charset": "iso-2022-jp",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["ライフスペース社宅サービス 森永様 <morinaga.k@shataku-life.co.jp>"],
        "subject": "【日の出産業】熊本支店 転勤者の社宅手配のお願い（9名分）",
        "body": """ライフスペース社宅サービス株式会社
法人営業部　森永様

いつもお世話になっております。
日の出産業の小早川でございます。

先日お電話でご相談いたしました熊本支店開設に伴う転勤者の社宅手配の件、
対象者9名分の申込一覧を添付いたします。
入居希望日は原則 2027年1月9日（土）としておりますが、
お子様の転校の関係で3月入居を希望している者もおりますので、
一覧の「備考」欄をご確認ください。

物件条件（通勤時間・家賃上限）は2枚目のシートにまとめております。
ご不明点がございましたらお知らせください。

よろしくお願いいたします。
""" + SIG_KOBAYAKAWA,
        "attachments": [{
            "kind": "xlsx", "name": "社宅申込一覧_熊本支店_20261105.xlsx",
            "title": "社宅申込一覧",
            "sheets": {
                "申込一覧": [
                    ["熊本支店 転勤者 社宅申込一覧（2026/11/05 時点）"],
                    [],
                    ["No", "氏名", "フリガナ", "生年月日", "役職", "現住所", "携帯電話", "帯同家族", "入居希望日", "備考"],
                    [1, "宇佐美 宗介", "ウサミ ソウスケ", "1974/06/11", "支店長", "東京都世田谷区桜新町2-14-6", "090-3382-7154", "妻・長女", "2027/01/09", ""],
                    [2, "萩原 慎吾", "ハギワラ シンゴ", "1981/02/27", "営業課長", "神奈川県横浜市港北区日吉本町3-8-21-305", "090-6621-4078", "妻・子2", "2027/03/20", "長男転校のため3月"],
                    [3, "椎葉 亜紀子", "シイバ アキコ", "1986/09/03", "営業", "埼玉県さいたま市浦和区常盤5-2-9", "080-1947-3362", "なし", "2027/01/09", "単身"],
                    [4, "南雲 拓真", "ナグモ タクマ", "1990/12/19", "営業", "東京都江東区大島6-11-2-1208", "070-4418-2251", "妻", "2027/01/09", ""],
                    [5, "久慈 直哉", "クジ ナオヤ", "1979/04/08", "業務課長", "千葉県船橋市前原西4-20-13", "090-2205-8816", "妻・長女", "2027/03/27", ""],
                    [6, "氷室 佳奈", "ヒムロ カナ", "1993/07/25", "業務", "東京都板橋区成増1-31-4-202", "080-6039-7745", "なし", "2027/01/09", "オートロック希望"],
                    [7, "保科 大地", "ホシナ ダイチ", "1995/03/14", "技術サービス", "東京都府中市若松町3-7-18", "070-2281-9034", "なし", "2027/01/09", "駐車場要"],
                    [8, "鷹取 美緒", "タカトリ ミオ", "1988/11/30", "経理", "神奈川県川崎市中原区木月2-5-33", "090-7713-0462", "夫・長男", "2027/01/16", "保育園近く希望"],
                    [9, "芦刈 健太郎", "アシカリ ケンタロウ", "1984/05/21", "技術サービス課長", "東京都町田市玉川学園7-9-1", "080-3350-6187", "妻・長女", "2027/03/27", ""],
                ],
                "物件条件": [
                    ["区分", "家賃上限（共益費込）", "間取り", "通勤時間"],
                    ["単身", "75,000円", "1K～1LDK", "30分以内"],
                    ["世帯（2名）", "110,000円", "1LDK～2LDK", "40分以内"],
                    ["世帯（3名以上）", "135,000円", "3LDK", "40分以内"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: 9 transferred staff with DOB, home address and mobile in an XLSX to the housing agent",
    },
    # 002 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-002",
        "charset": "cp932",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["matsubase@higo-fudosan.co.jp"],
        "subject": "Re: 新市街センタービル 5階 内見日程の件",
        "body": """肥後不動産株式会社
松橋様

お世話になっております。日の出産業の小早川です。
内見候補日のご連絡ありがとうございます。

11月12日（木）14:00 で伺います。
当方は私と、着任予定の支店長 宇佐美の2名です。
現地1階のエントランスで待ち合わせでよろしいでしょうか。

あわせて、以下の点を当日確認させてください。
　・5階の電気容量（OA機器 30台程度を想定）
　・空調の個別制御の可否、休日の空調運転の扱い
　・来客用駐車場の契約台数と月額
　・看板（袖看板・館内サイン）の設置可否

よろしくお願いいたします。

> 松橋です。
> 内見は 11/12（木）14時 または 11/13（金）10時 が可能です。
> ご都合をお知らせください。
""" + SIG_KOBAYAKAWA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary lease viewing arrangement with the broker; only names of two staff, no data",
    },
    # 003 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-003",
        "charset": "iso-2022-jp",
        "sender": "藤枝 真澄 <fujieda.masumi@hinode-sangyo.co.jp>",
        "to": ["辛島地所株式会社 賃貸管理部 <chintai@karashima-jisho.co.jp>"],
        "cc": ["kobayakawa.ryo@hinode-sangyo.co.jp"],
        "subject": "入居申込書（法人）の送付　新市街センタービル5F",
        "body": """辛島地所株式会社
賃貸管理部　ご担当者様

いつも大変お世話になっております。
日の出産業株式会社 総務部の藤枝でございます。

新市街センタービル 5階（約 86坪）の入居申込書を添付にてお送りいたします。
原本は本日、登記事項証明書・会社案内とあわせて郵送いたしました。

賃料・共益費・保証金の条件は、肥後不動産 松橋様経由でご提示いただいた
内容（10月28日付）のとおりで記入しております。
審査にあたり追加で必要な書類がございましたらご指示ください。

何卒よろしくお願い申し上げます。
""" + SIG_FUJIEDA,
        "attachments": [{
            "kind": "docx", "name": "入居申込書_日の出産業.docx",
            "title": "入居申込書（法人用）",
            "paragraphs": ["入居申込書（法人用）", "物件名：新市街センタービル 5階 501区画", "申込日：2026年11月6日"],
            "tables": [[
                ["項目", "内容"],
                ["商号", "日の出産業株式会社"],
                ["法人番号", HINODE_HOJIN],
                ["本店所在地", "東京都中央区日本橋本石町4-12-3 日の出ビル"],
                ["代表者", "代表取締役社長 日野 昌平"],
                ["設立", "1962年4月"],
                ["資本金", "18億4,000万円"],
                ["従業員数", "1,240名（連結）"],
                ["使用目的", "事務所（熊本支店）"],
                ["入居予定人数", "16名"],
                ["連絡担当", "総務部 藤枝（03-5219-7712）"],
            ]],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "company lease application: corporate number, representative and switchboard are business data",
    },
    # 004 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-004",
        "charset": "utf-8",
        "sender": "宇佐美 宗介 <usami.sosuke@hinode-sangyo.co.jp>",
        "to": [
            "菊池商事株式会社 代表取締役 菊池様 <kikuchi.t@kikuchi-shoji.co.jp>",
            "北国フーズ 九州営業所 所長 <kyushu@kitaguni-foods.co.jp>",
            "amakusa-suisan 本田様 <honda@amakusa-suisan.co.jp>",
            "みどり銀行 熊本支店 支店長 <kumamoto-br@midori-ginko.co.jp>",
            "辛島地所株式会社 <eigyo@karashima-jisho.co.jp>",
            "ひのくに商工会議所 事務局 <jimukyoku@hinokuni-cci.or.jp>",
            "有明精工 総務部 <soumu@ariake-seiko.co.jp>",
            "yamaga@yamaga-sr.jp",
        ],
        "subject": "日の出産業 熊本支店 開設披露パーティーのご案内",
        "body": """関係各位

拝啓　向寒の候、皆様におかれましてはますますご清栄のこととお慶び申し上げます。
平素は格別のご高配を賜り、厚く御礼申し上げます。

さて、このたび日の出産業株式会社は、九州における営業・サービス拠点として
2027年1月18日（月）に熊本支店を開設する運びとなりました。
つきましては、日頃お世話になっております皆様をお招きし、
ささやかながら開設披露の小宴を催したく存じます。
ご多用中誠に恐縮ではございますが、ご臨席賜りますようご案内申し上げます。

　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　敬具

　　　　　　　　記
　日時　2027年1月22日（金）18:00～20:00（受付 17:30～）
　会場　さくらホテル熊本 3階「銀杏の間」
　　　　熊本市中央区花畑町2-15　TEL 096-211-3500（代表）
　会費　ご不要です

恐れ入りますが、ご出欠を 12月18日（金）までに本メールへのご返信にて
お知らせいただけますと幸いです。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: invitation sent To eight external organisations that all see each other",
    },
    # 005 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-005",
        "charset": "utf-8",
        "sender": "宇佐美 宗介 <usami.sosuke@hinode-sangyo.co.jp>",
        "to": ["usami.sosuke@hinode-sangyo.co.jp"],
        "bcc": [
            "kikuchi.t@kikuchi-shoji.co.jp", "kyushu@kitaguni-foods.co.jp",
            "honda@amakusa-suisan.co.jp", "kumamoto-br@midori-ginko.co.jp",
            "soumu@ariake-seiko.co.jp", "jimukyoku@hinokuni-cci.or.jp",
        ],
        "subject": "【ご出欠のお願い】熊本支店 開設披露パーティー（1/22）",
        "body": """※本メールは関係の皆様へBCCにてお送りしております。

皆様

先日ご案内いたしました日の出産業 熊本支店 開設披露パーティーにつきまして、
ご出欠のご返信を 12月18日（金）まで承っております。
すでにご返信いただいた皆様、誠にありがとうございます。

　日時：2027年1月22日（金）18:00～20:00
　会場：さくらホテル熊本 3階「銀杏の間」

お車でお越しの際はホテル地下駐車場（3時間無料）をご利用ください。
""" + SIG_USAMI,
        "html": """<html><body style="font-family:'Meiryo',sans-serif">
<p>※本メールは関係の皆様へBCCにてお送りしております。</p>
<p>皆様</p>
<p>先日ご案内いたしました日の出産業 熊本支店 開設披露パーティーにつきまして、<br>
ご出欠のご返信を <b>12月18日（金）</b>まで承っております。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>日時</th><td>2027年1月22日（金）18:00～20:00</td></tr>
<tr><th>会場</th><td>さくらホテル熊本 3階「銀杏の間」</td></tr>
<tr><th>駐車場</th><td>ホテル地下駐車場（3時間無料）</td></tr>
</table>
<p>日の出産業株式会社 熊本支店<br>支店長 宇佐美 宗介<br>TEL 096-288-4410</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the same invitation done right: external guests in Bcc, To is the sender himself",
    },
    # 006 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-006",
        "charset": "cp932",
        "sender": "堤 奈緒子 <tsutsumi.naoko@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人 山鹿労務パートナーズ 田尻様 <tajiri@yamaga-sr.jp>"],
        "subject": "熊本支店 新規採用者 資格取得届の作成依頼（7名）",
        "body": """山鹿労務パートナーズ
田尻先生

いつもお世話になっております。日の出産業 人事部の堤です。

熊本支店の現地採用者7名（2027年1月12日入社）につき、
健康保険・厚生年金保険および雇用保険の資格取得届の作成をお願いいたします。
必要項目を添付のExcelにまとめました。個人番号も入れてあります。

標準報酬月額の算定に使う見込み月額は「報酬月額」列のとおりです。
扶養家族のある者は別途ご連絡いたします。

よろしくお願いいたします。
""" + SIG_TSUTSUMI,
        "attachments": [{
            "kind": "xlsx", "name": "資格取得届_熊本支店_7名.xlsx",
            "sheets": {
                "取得者": [
                    ["氏名", "フリガナ", "性別", "生年月日", "住所", "個人番号", "基礎年金番号", "入社日", "報酬月額"],
                    ["緒方 千夏", "オガタ チナツ", "女", "H8.8.9", "熊本県熊本市東区健軍本町14-22", my_number(SEED + 1), "4702-318855", "2027/1/12", 215000],
                    ["坂梨 ひかり", "サカナシ ヒカリ", "女", "H11.1.15", "熊本県合志市幾久富1866-41", my_number(SEED + 2), "4709-602731", "2027/1/12", 198000],
                    ["甲斐 勇人", "カイ ハヤト", "男", "H4.10.2", "熊本県熊本市北区龍田陳内3-8-17", my_number(SEED + 3), "4688-120946", "2027/1/12", 262000],
                    ["蔵原 聡美", "クラハラ サトミ", "女", "H1.6.27", "熊本県菊池郡菊陽町光の森5-19-3", my_number(SEED + 4), "4671-884402", "2027/1/12", 240000],
                    ["西巻 由衣", "ニシマキ ユイ", "女", "H13.4.19", "熊本県熊本市南区田井島2-6-30-103", my_number(SEED + 5), "4715-270358", "2027/1/12", 190000],
                    ["園田 翔", "ソノダ ショウ", "男", "H9.12.5", "熊本県宇土市松山町4472-9", my_number(SEED + 6), "4705-993167", "2027/1/12", 224000],
                    ["米村 早紀", "ヨネムラ サキ", "女", "H6.3.30", "熊本県熊本市西区上熊本1-10-8", my_number(SEED + 7), "4697-415520", "2027/1/12", 230000],
                ],
                "事業所": [["事業所名", "日の出産業株式会社 熊本支店"], ["所在地", "熊本県熊本市中央区新市街11-7"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "identifier + list: seven local hires with My Number and basic pension number to the labour consultant",
    },
    # 007 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-007",
        "charset": "utf-8",
        "sender": "堤 奈緒子 <tsutsumi.naoko@hinode-sangyo.co.jp>",
        "to": ["tajiri@yamaga-sr.jp"],
        "subject": "追加1名分の個人番号（熊本支店）",
        "body": """田尻先生

お世話になっております。堤です。
先ほどお電話でお伝えした追加採用の1名分です。

　氏名　　　：藤 雄一郎（とう ゆういちろう）
　生年月日　：平成３年５月２２日
　個人番号　：""" + _zen(_sp(my_number(SEED + 8))) + """
　入社日　　：２０２７年１月１８日

雇用保険の被保険者番号は前職の離職票が届き次第お送りします。
よろしくお願いします。

堤
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "identifier: one new hire's My Number (full-width digits) in the body to an external consultant",
    },
    # 008 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-008",
        "charset": "iso-2022-jp",
        "sender": "堤 奈緒子 <tsutsumi.naoko@hinode-sangyo.co.jp>",
        "to": ["黒髪内科クリニック 江藤先生 <eto@kurokami-clinic.jp>"],
        "subject": "雇入時健康診断の結果について（ご意見のお願い）",
        "body": """黒髪内科クリニック
江藤 先生

いつもお世話になっております。
日の出産業株式会社 人事部の堤でございます。
このたびは熊本支店の嘱託産業医をお引き受けいただきありがとうございます。

早速で恐縮ですが、雇入時健康診断の結果、1名に所見がございましたので
就業上の措置についてご意見を頂戴できればと存じます。

　対象者：甲斐 勇人（熊本支店 営業、32歳）
　所見　：血圧 168/102 mmHg、判定「要精密検査」
　　　　　本人申告では高血圧で通院歴あり（服薬は自己判断で中断中）
　業務　：営業（社用車での県内外回り、月2〜3回の長距離運転あり）

運転業務の制限が必要かどうか、また受診勧奨の進め方について
ご助言いただけますと幸いです。

何卒よろしくお願い申し上げます。
""" + SIG_TSUTSUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named hire's health check findings and medical history sent to the clinic",
    },
    # 009 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-009",
        "charset": "utf-8",
        "sender": "桐ケ谷 亮介 <kirigaya.ryosuke@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 神代様 <kumashiro@tsubasa-system.jp>"],
        "cc": ["川崎電機 工事部 村里様 <murasato@kawasaki-denki.co.jp>"],
        "subject": "熊本支店 LAN配線・電源工事の日程調整",
        "body": """ツバサシステム 神代様
川崎電機 村里様

お世話になっております。情報システム部の桐ケ谷です。
熊本支店（新市街センタービル5F）の工事日程について、両社で調整させてください。

ビル側から、内装工事の完了が 12/11（金）との連絡がありました。
以下の順で進めたいと考えています。

  12/14（月）  電源工事（OAタップ増設・UPS用専用回路）  …川崎電機様
  12/15（火）〜16（水）  LAN配線・フロアスイッチ設置  …ツバサシステム様
  12/17（木）  回線開通後の疎通確認（アソラインネット様立会い）
  12/21（月）  複合機・電話機設置

作業時間はビル規定で平日 9:00〜18:00、搬入は荷捌き場の予約が必要です。
ご都合の悪い日があれば今週中にお知らせください。

桐ケ谷
""" + SIG_KIRIGAYA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations on a normal three-way work schedule; no personal data",
    },
    # 010 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-010",
        "charset": "utf-8",
        "sender": "桐ケ谷 亮介 <kirigaya.ryosuke@hinode-sangyo.co.jp>",
        "to": ["kumashiro@tsubasa-system.jp"],
        "subject": "熊本支店 PCキッティング用 アカウント一覧",
        "body": """神代様

お世話になっております。桐ケ谷です。
PCキッティング用のアカウント一覧をCSVで送ります（UTF-8）。
ADアカウントは本社側で12/4までに作成済みにしておきます。
初期パスワードは別途、電話でお伝えします。

・PC 16台（うち1台は受付・共用）
・スマートフォンは携帯番号の列のものをMDM登録してください

よろしくお願いします。
""" + SIG_KIRIGAYA,
        "attachments": [{
            "kind": "csv", "name": "kumamoto_accounts.csv", "encoding": "utf-8",
            "rows": [
                ["社員番号", "氏名", "ローマ字", "メールアドレス", "社用携帯", "PC資産番号"],
                ["H10482", "宇佐美 宗介", "Sosuke Usami", "usami.sosuke@hinode-sangyo.co.jp", "080-2718-3301", "PC-KM-001"],
                ["H12297", "萩原 慎吾", "Shingo Hagiwara", "hagiwara.shingo@hinode-sangyo.co.jp", "080-2718-3302", "PC-KM-002"],
                ["H15530", "椎葉 亜紀子", "Akiko Shiiba", "shiiba.akiko@hinode-sangyo.co.jp", "080-2718-3303", "PC-KM-003"],
                ["H18841", "南雲 拓真", "Takuma Nagumo", "nagumo.takuma@hinode-sangyo.co.jp", "080-2718-3304", "PC-KM-004"],
                ["H11906", "久慈 直哉", "Naoya Kuji", "kuji.naoya@hinode-sangyo.co.jp", "080-2718-3305", "PC-KM-005"],
                ["H19975", "氷室 佳奈", "Kana Himuro", "himuro.kana@hinode-sangyo.co.jp", "080-2718-3306", "PC-KM-006"],
                ["H20413", "保科 大地", "Daichi Hoshina", "hoshina.daichi@hinode-sangyo.co.jp", "080-2718-3307", "PC-KM-007"],
                ["H16658", "鷹取 美緒", "Mio Takatori", "takatori.mio@hinode-sangyo.co.jp", "080-2718-3308", "PC-KM-008"],
                ["H14120", "芦刈 健太郎", "Kentaro Ashikari", "ashikari.kentaro@hinode-sangyo.co.jp", "080-2718-3309", "PC-KM-009"],
                ["H27001", "緒方 千夏", "Chinatsu Ogata", "ogata.chinatsu@hinode-sangyo.co.jp", "080-2718-3310", "PC-KM-010"],
                ["H27002", "甲斐 勇人", "Hayato Kai", "kai.hayato@hinode-sangyo.co.jp", "080-2718-3311", "PC-KM-011"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: 11 employees with employee number, e-mail and mobile in a CSV to the IT vendor",
    },
    # 011 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-011",
        "charset": "cp932",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": ["九州セキュリティ株式会社 入館管理センター <card@kyushu-sec.co.jp>"],
        "subject": "入館カード発行申請（日の出産業 熊本支店 9名）",
        "body": """九州セキュリティ株式会社
入館管理センター御中

お世話になります。新市街センタービル5Fに入居予定の日の出産業 熊本支店、緒方です。
入館カードの発行申請書と顔写真データをZIPにまとめてお送りします。
1/8（金）の内装完了検査の日から使用できるようにお願いできますでしょうか。

写真は申請書の「写真ファイル名」と対応しています。
不足がありましたらご連絡ください。
""" + SIG_OGATA,
        "attachments": [{
            "kind": "zip", "name": "入館カード申請_日の出産業.zip",
            "files": [
                {"kind": "xlsx", "name": "入館カード発行申請書.xlsx",
                 "sheets": {"申請書": [
                     ["入館カード発行申請書　新市街センタービル"],
                     ["テナント名：日の出産業株式会社 熊本支店（5F）", "", "", "申請日：2026/12/02"],
                     ["No", "氏名", "フリガナ", "生年月日", "社員番号", "所属", "利用開始日", "写真ファイル名"],
                     [1, "宇佐美 宗介", "ウサミ ソウスケ", "1974/06/11", "H10482", "支店長", "2027/01/08", "01_usami.png"],
                     [2, "萩原 慎吾", "ハギワラ シンゴ", "1981/02/27", "H12297", "営業課", "2027/01/08", "02_hagiwara.png"],
                     [3, "椎葉 亜紀子", "シイバ アキコ", "1986/09/03", "H15530", "営業課", "2027/01/08", "03_shiiba.png"],
                     [4, "南雲 拓真", "ナグモ タクマ", "1990/12/19", "H18841", "営業課", "2027/01/08", "04_nagumo.png"],
                     [5, "久慈 直哉", "クジ ナオヤ", "1979/04/08", "H11906", "業務課", "2027/01/08", "05_kuji.png"],
                     [6, "氷室 佳奈", "ヒムロ カナ", "1993/07/25", "H19975", "業務課", "2027/01/08", "06_himuro.png"],
                     [7, "保科 大地", "ホシナ ダイチ", "1995/03/14", "H20413", "技術サービス課", "2027/01/08", "07_hoshina.png"],
                     [8, "鷹取 美緒", "タカトリ ミオ", "1988/11/30", "H16658", "業務課", "2027/01/08", "08_takatori.png"],
                     [9, "緒方 千夏", "オガタ チナツ", "1996/08/09", "H27001", "業務課", "2027/01/08", "09_ogata.png"],
                 ]}},
                {"kind": "png", "name": "01_usami.png"},
                {"kind": "png", "name": "02_hagiwara.png"},
                {"kind": "png", "name": "03_shiiba.png"},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: building security card application for 9 staff with dates of birth, inside a ZIP",
    },
    # 012 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-012",
        "charset": "cp932",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": ["card@kyushu-sec.co.jp"],
        "subject": "Re: 入館カード発行申請（日の出産業 熊本支店）追加・再発行",
        "body": """九州セキュリティ 入館管理センター
ご担当者様

お世話になっております。日の出産業 熊本支店の緒方です。
先日の申請分はカードを受領いたしました。ありがとうございました。

追加で以下のお手続きをお願いいたします。

【追加発行】
　氏名：芦刈 健太郎（アシカリ ケンタロウ）　社員番号 H14120　利用開始 3/29
　氏名：坂梨 ひかり（サカナシ ヒカリ）　　　社員番号 H27003　利用開始 1/12
【紛失による再発行】
　氏名：南雲 拓真　旧カード番号 SC-5F-0004（利用停止済み）

再発行手数料の請求先は支店宛でお願いします。
""" + SIG_OGATA,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "three staff with employee and card numbers only: under five, no identifier; may warn",
    },
    # 013 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-013",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 宗介 <usami.sosuke@hinode-sangyo.co.jp>",
        "to": ["さくらホテル熊本 宴会予約 <banquet-kumamoto@sakura-hotel.co.jp>"],
        "subject": "宴会場の下見のお願い（1/22 日の出産業）",
        "body": """さくらホテル熊本
宴会予約ご担当　松岡様

いつもお世話になっております。日の出産業の宇佐美でございます。
1月22日（金）に仮予約しております「銀杏の間」について、
一度会場を拝見したく、下記いずれかで下見をお願いできますでしょうか。

　・12月3日（木）15:00以降
　・12月4日（金）終日

あわせて、受付台・看板スタンド・マイク2本の手配状況も伺えれば幸いです。
よろしくお願い申し上げます。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: partner sakura-hotel.jp typed as sakura-hotel.co.jp (another TLD)",
    },
    # 014 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-014",
        "charset": "utf-8",
        "sender": "宇佐美 宗介 <usami.sosuke@hinode-sangyo.co.jp>",
        "to": ["さくらホテル熊本 宴会予約 松岡様 <banquet-kumamoto@sakura-hotel.jp>"],
        "subject": "1/22 開設披露パーティー お見積りのお願い",
        "body": """さくらホテル熊本 宴会予約
松岡様

お世話になっております。日の出産業の宇佐美です。
先日はお時間をいただきありがとうございました。
下記の条件でお見積りをお願いいたします。

■日時　2027年1月22日（金）18:00～20:00（設営 16:00～）
■会場　銀杏の間（立食）
■人数　80名前後（確定は1月12日）
■料理　立食ブッフェ「匠」プラン 8,000円（税サ別）を想定
■飲物　フリードリンク 2時間 2,500円
■その他
　・ワイヤレスマイク 2本、演台、プロジェクター・スクリーン
　・鏡開き用 樽酒（4斗樽）と木槌
　・受付テーブル 2台、クローク
　・祝花の置き場所（10基程度）

請求書は日の出産業株式会社 熊本支店宛でお願いいたします。
（参考までに、貴ホテルWebサイトのプランページを保存したものを添付します）
""" + SIG_USAMI,
        "attachments": [{
            "kind": "html", "name": "宴会プラン_さくらホテル熊本.html",
            "html": """<html><head><meta charset="utf-8"><title>宴会プラン | さくらホテル熊本</title></head><body>
<h1>法人様向け 立食パーティープラン</h1>
<table border="1"><tr><th>プラン</th><th>料金（税サ別）</th><th>内容</th></tr>
<tr><td>彩</td><td>6,500円</td><td>ブッフェ14品</td></tr>
<tr><td>匠</td><td>8,000円</td><td>ブッフェ16品・ローストビーフ</td></tr>
<tr><td>極</td><td>10,000円</td><td>ブッフェ18品・寿司屋台</td></tr></table>
<p>お問合せ：宴会予約 096-211-3505（10:00〜19:00）</p></body></html>""",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary banquet quotation request to the partner hotel: numbers and prices only",
    },
    # 015 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-015",
        "charset": "cp932",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["reserve-kumamoto@sakura-hotel.jp"],
        "subject": "宿泊予約（1/21～1/22 3名）とカード保証について",
        "body": """さくらホテル熊本　宿泊予約係 御中

お世話になります。日の出産業株式会社の小早川と申します。
開設披露パーティーの前泊として、下記3名の宿泊をお願いいたします。

　1/21（木）～1/23（土）2泊　シングル（禁煙）3室
　　・日野 昌平（代表取締役社長）
　　・石動 公彦（常務取締役 営業本部長）
　　・高嶺 修一（支店開設準備室 室長）

お支払いは法人カードでの保証を希望いたします。
　カード会社：VISA（法人）
　カード番号：""" + _card(card_number(SEED + 101)) + """
　有効期限　：09/29
　名義　　　：HINODE SANGYO CO LTD / SHUICHI TAKAMINE

領収書は「日の出産業株式会社」宛で3名分まとめてお願いします。
""" + SIG_KOBAYAKAWA,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "identifier: a credit card number with holder name in the body to the hotel",
    },
    # 016 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-016",
        "charset": "iso-2022-jp",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": ["錦印刷 九州営業所 名刺センター <meishi@nishiki-insatsu.co.jp>"],
        "subject": "名刺作成のお願い（熊本支店 10名）",
        "body": """錦印刷株式会社
名刺センター　ご担当者様

お世話になっております。日の出産業 熊本支店の緒方です。
支店開設に伴い、下記10名分の名刺作成をお願いいたします。
デザインは本社と同じ「Hタイプ（両面・裏英語）」で、各100枚です。
掲載内容は添付のExcelのとおりです。1月8日（金）必着でお願いできますと助かります。

校正はPDFでこのアドレスにお送りください。
""" + SIG_OGATA,
        "attachments": [{
            "kind": "xlsx", "name": "名刺データ_熊本支店.xlsx",
            "sheets": {
                "名刺データ": [
                    ["氏名", "ローマ字", "役職", "直通TEL", "携帯", "E-mail"],
                    ["宇佐美 宗介", "Sosuke Usami", "熊本支店長", "096-288-4412", "080-2718-3301", "usami.sosuke@hinode-sangyo.co.jp"],
                    ["萩原 慎吾", "Shingo Hagiwara", "営業課長", "096-288-4413", "080-2718-3302", "hagiwara.shingo@hinode-sangyo.co.jp"],
                    ["椎葉 亜紀子", "Akiko Shiiba", "営業課", "096-288-4413", "080-2718-3303", "shiiba.akiko@hinode-sangyo.co.jp"],
                    ["南雲 拓真", "Takuma Nagumo", "営業課", "096-288-4413", "080-2718-3304", "nagumo.takuma@hinode-sangyo.co.jp"],
                    ["久慈 直哉", "Naoya Kuji", "業務課長", "096-288-4414", "080-2718-3305", "kuji.naoya@hinode-sangyo.co.jp"],
                    ["氷室 佳奈", "Kana Himuro", "業務課", "096-288-4414", "080-2718-3306", "himuro.kana@hinode-sangyo.co.jp"],
                    ["保科 大地", "Daichi Hoshina", "技術サービス課", "096-288-4415", "080-2718-3307", "hoshina.daichi@hinode-sangyo.co.jp"],
                    ["鷹取 美緒", "Mio Takatori", "業務課", "096-288-4414", "080-2718-3308", "takatori.mio@hinode-sangyo.co.jp"],
                    ["芦刈 健太郎", "Kentaro Ashikari", "技術サービス課長", "096-288-4415", "080-2718-3309", "ashikari.kentaro@hinode-sangyo.co.jp"],
                    ["甲斐 勇人", "Hayato Kai", "営業課", "096-288-4413", "080-2718-3311", "kai.hayato@hinode-sangyo.co.jp"],
                ],
                "共通": [["住所", "〒860-0803 熊本県熊本市中央区新市街11-7 新市街センタービル5F"], ["代表", "096-288-4410"], ["FAX", "096-288-4411"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: ten staff with mobile numbers and e-mail addresses for business cards, to the printer",
    },
    # 017 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-017",
        "charset": "iso-2022-jp",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": ["錦印刷 熊本営業所 宮崎様 <miyazaki.h@nishiki-insatsu.co.jp>"],
        "subject": "Re: 開設案内状 校正（第2稿）",
        "body": """錦印刷　宮崎様

お世話になっております。緒方です。
第2稿を確認しました。赤字2点を入れたPDFをお戻しします。

　1. 3行目「開説」→「開設」
　2. 地図の最寄り停留所名「辛島町」を追記

この2点を修正いただければ校了で結構です。
部数は当初どおり 350部、封筒・切手貼り込みまでお願いします。
納品は 12/11（金）支店宛で。

よろしくお願いします。
""" + SIG_OGATA,
        "attachments": [{
            "kind": "pdf", "name": "開設案内状_第2稿_赤字.pdf",
            "lines": [
                "熊本支店開設のご案内",
                "謹啓　時下ますますご清祥のこととお慶び申し上げます。",
                "さて弊社ではこのたび 九州地区の営業拠点として熊本支店を開説いたすことになりました【赤字1】",
                "2027年1月18日より下記にて営業を開始いたします。",
                "所在地　〒860-0803 熊本県熊本市中央区新市街11-7 新市街センタービル5F",
                "電話　096-288-4410　FAX　096-288-4411",
                "交通　市電「辛島町」停留所より徒歩3分【赤字2：停留所名追記】",
                "今後とも一層のお引き立てを賜りますようお願い申し上げます。　謹白",
                "日の出産業株式会社　代表取締役社長 日野 昌平",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "proof of the printed opening announcement: company address and switchboard only",
    },
    # 018 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-018",
        "charset": "utf-8",
        "sender": "高嶺 修一 <takamine.shuichi@hinode-sangyo.co.jp>",
        "to": ["matsubase@higo-fudosan.co.jp"],
        "subject": "必要面積の根拠資料（ご参考）",
        "body": """肥後不動産　松橋様

お世話になっております。日の出産業 支店開設準備室の高嶺です。
面積の件、社内の検討資料をそのままお送りしますので、
2～3年後の増員も見込んだ広さであることをご理解いただければと思います。
オーナー様との条件交渉（フリーレント）の材料にお使いください。

高嶺
""" + SIG_TAKAMINE,
        "attachments": [{
            "kind": "docx", "name": "熊本支店開設計画書_v3.docx",
            "title": "熊本支店開設計画書",
            "page_header": "社外秘",
            "paragraphs": [
                "【社外秘】熊本支店開設計画書（第3版）",
                "1. 目的：九州地区（熊本・大分・宮崎）の既存顧客対応と新規開拓",
                "2. 要員計画：開設時16名（転勤9名・現地採用7名）、FY2029に24名",
                "3. 売上計画：FY2027 6.2億円、FY2028 9.8億円、FY2029 13.5億円",
                "4. 拠点要件：中心市街地、80～100坪、駐車場4台以上",
                "5. 投資額：内装・設備 4,800万円、初期費用 1,900万円",
            ],
            "tables": [[
                ["年度", "人員", "必要面積(坪)"],
                ["FY2027", "16", "70"],
                ["FY2028", "20", "80"],
                ["FY2029", "24", "92"],
            ]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: internal plan stamped 社外秘 (header and title) sent to the broker",
    },
    # 019 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-019",
        "charset": "iso-2022-jp",
        "sender": "藤枝 真澄 <fujieda.masumi@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 白川様 <shirakawa@shirakawa-law.jp>"],
        "subject": "菊池商事様との秘密保持契約書（案）のリーガルチェックのお願い",
        "body": """白川法律事務所
白川 先生

いつも大変お世話になっております。日の出産業 総務部の藤枝でございます。

熊本支店で販売代理店契約を予定している菊池商事株式会社様と、
まず秘密保持契約（NDA）を締結することになりました。
先方から提示された秘密保持契約書（案）を添付いたしますので、
リーガルチェックをお願いできますでしょうか。

特に気になっている点は以下です。
　・第2条の「機密情報」の定義が広く、口頭開示も含まれている
　・有効期間（契約終了後5年）の妥当性
　・第9条の損害賠償の上限がない点

12月10日ごろまでにご意見をいただけますと幸いです。
""" + SIG_FUJIEDA,
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書（案）_菊池商事.docx",
            "paragraphs": [
                "秘密保持契約書（案）",
                "菊池商事株式会社（以下「甲」という）と日の出産業株式会社（以下「乙」という）は、"
                "販売代理店契約の検討に関し、相互に開示する機密情報の取扱いについて以下のとおり合意する。",
                "第1条（目的）本契約は、甲乙間の取引の検討のために開示される情報の保護を目的とする。",
                "第2条（機密情報）本契約において機密情報とは、書面、電磁的記録または口頭により開示された一切の情報をいう。",
                "第5条（有効期間）本契約の有効期間は締結日から1年間とし、終了後も5年間は第3条の義務が存続する。",
                "第9条（損害賠償）甲または乙は、本契約に違反して相手方に損害を与えた場合、その損害を賠償する。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with a draft NDA attached: the word 機密 is content, not a marking",
    },
    # 020 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-020",
        "charset": "iso-2022-jp",
        "sender": "藤枝 真澄 <fujieda.masumi@hinode-sangyo.co.jp>",
        "to": ["chintai@karashima-jisho.co.jp"],
        "subject": "【送付】入居審査書類一式（日の出産業）",
        "body": """辛島地所株式会社
賃貸管理部　ご担当者様

お世話になっております。日の出産業の藤枝です。
ご依頼のございました入居審査書類一式を、パスワード付きZIPにてお送りいたします。
パスワードは別メールにてお知らせいたします。

　・決算書（直近2期）
　・登記事項証明書（写し）
　・連帯保証に代わる保証会社申込書

ご査収のほどよろしくお願いいたします。
""" + SIG_FUJIEDA,
        "attachments": [{
            "kind": "zip", "name": "入居審査書類_日の出産業.zip", "password": "Kr7#m2Qx",
            "files": [
                {"kind": "pdf", "name": "決算書_2期分.pdf", "lines": ["貸借対照表", "損益計算書"]},
                {"kind": "pdf", "name": "登記事項証明書.pdf", "lines": ["履歴事項全部証明書"]},
                {"kind": "docx", "name": "保証会社申込書.docx", "paragraphs": ["保証委託申込書"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP) of screening documents",
    },
    # 021 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-021",
        "charset": "iso-2022-jp",
        "sender": "藤枝 真澄 <fujieda.masumi@hinode-sangyo.co.jp>",
        "to": ["chintai@karashima-jisho.co.jp"],
        "subject": "【パスワード】入居審査書類一式（日の出産業）",
        "body": """辛島地所株式会社
賃貸管理部　ご担当者様

先ほどお送りしたZIPファイルのパスワードをお知らせいたします。

　パスワード：Kr7#m2Qx

よろしくお願いいたします。
日の出産業 総務部 藤枝
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the follow-up password mail: no attachment, no personal data",
    },
    # 022 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-022",
        "charset": "cp932",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人引越センター 浜辺様 <hamabe@aoba-unyu.co.jp>"],
        "subject": "転勤者引越し お見積り依頼（東京・神奈川・埼玉・千葉→熊本 7件）",
        "body": """青葉運輸株式会社
法人引越センター　浜辺様

いつもお世話になっております。日の出産業の小早川です。
熊本支店開設に伴う転勤者の引越しについて、7件分のお見積りをお願いいたします。
訪問見積りの日程は各自と直接ご調整いただいて構いません。
（本人の携帯を一覧に記載しています）

搬入先は社宅が決まり次第お知らせします。決定済みのものは記入済みです。
会社負担は基本プラン＋エアコン1台の脱着までです。
""" + SIG_KOBAYAKAWA,
        "attachments": [{
            "kind": "csv", "name": "引越見積依頼_熊本.csv", "encoding": "cp932",
            "rows": [
                ["氏名", "現住所（搬出）", "搬入先", "携帯", "世帯人数", "搬出希望"],
                ["萩原 慎吾", "神奈川県横浜市港北区日吉本町3-8-21-305", "熊本県熊本市中央区水前寺6-18-2-402", "090-6621-4078", "4", "3月中旬"],
                ["椎葉 亜紀子", "埼玉県さいたま市浦和区常盤5-2-9", "熊本県熊本市中央区九品寺2-3-11-205", "080-1947-3362", "1", "1/6"],
                ["南雲 拓真", "東京都江東区大島6-11-2-1208", "未定", "070-4418-2251", "2", "1/5"],
                ["久慈 直哉", "千葉県船橋市前原西4-20-13", "未定", "090-2205-8816", "3", "3月下旬"],
                ["氷室 佳奈", "東京都板橋区成増1-31-4-202", "熊本県熊本市中央区新屋敷1-9-24-301", "080-6039-7745", "1", "1/6"],
                ["保科 大地", "東京都府中市若松町3-7-18", "熊本県熊本市東区月出4-5-7-102", "070-2281-9034", "1", "1/7"],
                ["鷹取 美緒", "神奈川県川崎市中原区木月2-5-33", "未定", "090-7713-0462", "3", "1/13"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: seven transferred staff with home addresses and mobiles in a CP932 CSV to the mover",
    },
    # 023 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-023",
        "charset": "cp932",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["hamabe@aoba-unyu.co.jp"],
        "subject": "RE: 転勤者引越し お見積り依頼　※1件追加",
        "body": """浜辺様

お世話になっております。小早川です。
先日の7件に加えて、支店長の1件を追加でお願いいたします。

　氏名　　：宇佐美 宗介 様
　搬出元　：東京都世田谷区桜新町2-14-6
　搬入先　：熊本県熊本市中央区大江3-1-15 グランレジデンス大江 701
　連絡先　：090-3382-7154
　世帯人数：3名（ピアノあり）
　希望日　：1/4（月）搬出、1/6（水）搬入

ピアノ輸送は別見積りでお願いします。

-----Original Message-----
From: 浜辺 <hamabe@aoba-unyu.co.jp>
Sent: Tuesday, November 10, 2026 4:12 PM
Subject: RE: 転勤者引越し お見積り依頼

小早川様
7件承知しました。訪問見積りは各様と日程調整いたします。
""" + SIG_KOBAYAKAWA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one person's removal details to the mover: a single record, may warn",
    },
    # 024 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-024",
        "charset": "utf-8",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": ["浜辺様 <hamabe@aoba-unyuu.co.jp>"],
        "subject": "1/6 搬入時のエレベーター養生について",
        "body": """青葉運輸　浜辺様

お世話になります。日の出産業 熊本支店の緒方です。
1/6（水）の事務所什器の搬入について、ビル管理会社から以下の指示がありました。

・人荷用エレベーター（北側）のみ使用可、9:00～12:00
・エレベーター内と5F廊下の養生は業者様でお願いしたい
・搬入車両は荷捌き場（2t車まで）、長時間駐車不可

当日は私が9時から立ち会います。よろしくお願いいたします。
""" + SIG_OGATA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: partner aoba-unyu.co.jp with a letter added (aoba-unyuu.co.jp)",
    },
    # 025 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-025",
        "charset": "iso-2022-jp",
        "sender": "藤枝 真澄 <fujieda.masumi@hinode-sangyo.co.jp>",
        "to": ["ひのくに電力 法人お客さまセンター <hojin@hinokuni-denryoku.co.jp>"],
        "subject": "電気の使用開始申込（法人・熊本市中央区新市街）",
        "body": """ひのくに電力株式会社
法人お客さまセンター　御中

お世話になります。日の出産業株式会社 総務部の藤枝と申します。
下記のとおり電気の使用開始をお申込みいたします。

　ご契約名義　：日の出産業株式会社 熊本支店
　法人番号　　：""" + HINODE_HOJIN + """
　使用場所　　：熊本県熊本市中央区新市街11-7 新市街センタービル5F 501
　使用開始日　：2026年12月14日（月）
　契約種別　　：低圧電力（ビル一括受電のため、ビル管理会社経由の子メーター）
　お支払方法　：口座振替（本社経理部にて手続き）
　請求書送付先：〒103-0021 東京都中央区日本橋本石町4-12-3 日の出産業株式会社 経理部

ビル管理会社（辛島地所）からの指示で、メーター番号は入居時に確認となります。
ご不明な点は藤枝（03-5219-7712）までお願いいたします。
""" + SIG_FUJIEDA,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "utility application in the company's name with its corporate number; no personal data",
    },
    # 026 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-026",
        "charset": "utf-8",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": [
            "hojin@hinokuni-denryoku.co.jp",
            "しらぬいガス 開栓受付 <kaisen@shiranui-gas.co.jp>",
            "アソラインネット 工事調整 <koji@asoline-net.jp>",
        ],
        "cc": ["chintai@karashima-jisho.co.jp"],
        "subject": "新市街センタービル5F 入居前立会いの日程（各社様）",
        "body": """各社ご担当者様

いつもお世話になっております。日の出産業 熊本支店の緒方でございます。
新市街センタービル5F（501区画）の入居にあたり、各社様の立会い日程を
下記のとおりまとめましたのでご確認ください。

　12/14（月）10:00　電気 子メーター確認（ひのくに電力様）
　12/14（月）13:00　給湯室 ガス開栓（しらぬいガス様）
　12/17（木）10:00　光回線 開通工事（アソラインネット様）

ビル管理の辛島地所様にもCCでお送りしております。
ご都合の悪い場合は私宛にご返信ください。
""" + SIG_OGATA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: four utility/building companies in To/Cc of one mail",
    },
    # 027 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-027",
        "charset": "utf-8",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": ["ひのくに市上下水道局 お客さまセンター <kyusui@suido.hinokuni-city.lg.jp>"],
        "subject": "水道使用開始届の受付確認について（お客さま番号 31-0482-775）",
        "html": """<html><body>
<p>ひのくに市上下水道局<br>お客さまセンター 御中</p>
<p>お世話になります。日の出産業株式会社 熊本支店の緒方と申します。</p>
<p>11月30日にWebフォームから提出した水道使用開始届について、
受付完了のメールが届いておりませんので確認させてください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td>お客さま番号</td><td>31-0482-775</td></tr>
<tr><td>使用場所</td><td>熊本市中央区新市街11-7 新市街センタービル5F 501</td></tr>
<tr><td>使用開始日</td><td>2026年12月14日</td></tr>
<tr><td>名義</td><td>日の出産業株式会社 熊本支店</td></tr>
</table>
<p>なお、ビル全体が一括契約の場合はテナント単位の届出が不要とも伺いました。
その場合はお知らせいただけますと幸いです。</p>
<p>日の出産業株式会社 熊本支店 総務 緒方 千夏<br>TEL 096-288-4410</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only utility enquiry with a customer number and the office address: business data",
    },
    # 028 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-028",
        "charset": "iso-2022-jp",
        "sender": "鮫島 由紀 <samejima.yuki@hinode-sangyo.co.jp>",
        "to": ["アソラインネット お申込み窓口 <moushikomi@asoline-net.jp>"],
        "subject": "光回線・固定IP 月額料金のクレジットカード払い申込",
        "body": """アソラインネット株式会社
お申込み窓口 御中

お世話になっております。日の出産業株式会社 経理部の鮫島でございます。
お申込番号 ALN-2611-08813（熊本支店 光回線＋固定IP 8個）の月額料金について、
下記の法人カードでのお支払いを希望いたします。

　カード番号　""" + card_number(SEED + 102) + """
　有効期限　　11/28
　カード名義　YUKI SAMEJIMA（法人カード）
　セキュリティコードは別途お電話でお伝えいたします。

請求明細は毎月 経理部宛にPDFでお送りいただけますでしょうか。
よろしくお願いいたします。
""" + SIG_SAMEJIMA,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "identifier: a corporate card number with holder name to the line provider",
    },
    # 029 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-029",
        "charset": "utf-8",
        "sender": "桐ケ谷 亮介 <kirigaya.ryosuke@hinode-sangyo.co.jp>",
        "to": ["koji@asoline-net.jp"],
        "subject": "Re: 【アソラインネット】開通工事日のご案内 ALN-2611-08813",
        "body": """アソラインネット 工事調整ご担当様

12/17（木）10:00〜 の工事日で承知しました。
当日の立会いは現地の担当者が対応します。

  立会者：緒方 千夏（日の出産業 熊本支店）
  連絡先：080-2718-3310

MDF室の鍵はビル防災センターで借用できるよう手配済みです。

桐ケ谷

> 日の出産業株式会社 桐ケ谷様
> 開通工事日が確定しましたのでご案内いたします。
> 工事日：2026年12月17日（木）10:00〜12:00
> 工事担当より前日にお電話いたします。
""" + SIG_KIRIGAYA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one on-site contact (name and mobile) for the line installation: a single business contact",
    },
    # 030 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-030",
        "charset": "cp932",
        "sender": "城之内 彩 <jonouchi.aya@hinode-sangyo.co.jp>",
        "to": ["ひのくにキャリア 黒木様 <kuroki@hinokuni-career.co.jp>"],
        "subject": "一次面接結果のご連絡（熊本支店 営業事務・営業）",
        "body": """株式会社ひのくにキャリア
黒木様

お世話になっております。日の出産業 人事部の城之内です。
11/16・17に実施した一次面接の結果をご連絡いたします。

候補者ID	氏名	年齢	応募職種	結果	所感
HC-20931	蔵原 聡美	37	営業事務	通過	前職で受発注経験5年、即戦力
HC-20944	西巻 由衣	25	営業事務	通過	明るく素直、Excelは要研修
HC-20957	松藤 亮	41	営業	見送り	年収希望（650万）と乖離
HC-20962	園田 翔	28	営業	通過	ルート営業経験あり、運転免許あり
HC-20970	古閑 沙織	33	営業事務	見送り	勤務時間の条件が合わず
HC-20988	米村 早紀	32	営業事務	通過	簿記2級、経理補助も可

通過の4名は二次面接（支店長面接）を 11/26・27 で設定させてください。
見送りの2名にはご丁寧にお伝えいただけますと幸いです。
""" + SIG_JONOUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "list: six candidates' names, ages and interview assessments, tab-separated, to the agency",
    },
    # 031 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-031",
        "charset": "cp932",
        "sender": "城之内 彩 <jonouchi.aya@hinode-sangyo.co.jp>",
        "to": ["kuroki@hinokuni-career.co.jp"],
        "subject": "求人票送付（熊本支店 営業事務 2名）",
        "body": """株式会社ひのくにキャリア
黒木様

お世話になっております。日の出産業の城之内です。
先日お打合せした熊本支店 営業事務の求人票をお送りします。
ご推薦をよろしくお願いいたします。
""" + SIG_JONOUCHI,
        "attachments": [{
            "kind": "pdf", "name": "求人票_熊本支店_営業事務.pdf",
            "title": "求人票",
            "lines": [
                "求人票　日の出産業株式会社 熊本支店",
                "職種：営業事務（正社員）　募集人数：2名",
                "勤務地：熊本県熊本市中央区新市街11-7 新市街センタービル5F",
                "勤務時間：8:45～17:30（休憩60分）　休日：土日祝、年末年始（年間休日123日）",
                "給与：月給 200,000円～240,000円（経験・能力を考慮）　賞与年2回",
                "仕事内容：受発注入力、見積書作成、電話・来客対応、営業サポート",
                "応募資格：Excel・Wordの基本操作、事務経験1年以上歓迎",
                "福利厚生：社会保険完備、退職金制度、通勤手当（上限3万円）",
                "選考：書類選考→一次面接→二次面接（支店長）",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "job posting PDF to the recruitment agency: no individual's data",
    },
    # 032 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-032",
        "charset": "iso-2022-jp",
        "sender": "城之内 彩 <jonouchi.aya@hinode-sangyo.co.jp>",
        "to": ["kuroki@hinokuni-career.co.jp"],
        "subject": "二次面接時の配慮事項の確認（HC-20988 様）",
        "body": """黒木様

お世話になっております。城之内です。
二次面接に進んでいただく米村 早紀様（HC-20988）について、
ご推薦時に伺った聴覚障害（身体障害者手帳 4級、補聴器使用）に関して、
当日の面接を以下の形で準備しておりますので、
ご本人にご確認いただけますでしょうか。

　・面接官は正面からゆっくり話す
　・質問事項を紙でもお渡しする
　・必要であればUDトークのタブレットを用意する

また、入社後の電話応対業務についてご本人のご希望も伺えれば幸いです。
よろしくお願いいたします。
""" + SIG_JONOUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named candidate's disability sent to the agency",
    },
    # 033 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-033",
        "charset": "iso-2022-jp",
        "sender": "城之内 彩 <jonouchi.aya@hinode-sangyo.co.jp>",
        "to": ["nishimaki.yui0419@gmail.com"],
        "subject": "【日の出産業】二次面接日時のご案内",
        "body": """西巻 由衣 様

この度は日の出産業株式会社の営業事務職にご応募いただき、
誠にありがとうございます。人事部の城之内でございます。

二次面接の日時が決まりましたのでご案内いたします。

　日時：2026年11月26日（木）14:00〜14:45
　場所：熊本市中央区新市街11-7 新市街センタービル5F
　　　　（開設準備中のため、5Fエレベーターホールの呼出電話でお呼びください）
　面接官：熊本支店長 宇佐美
　持ち物：筆記用具（履歴書は提出済みのため不要です）

ご都合が悪い場合は、お手数ですが本メールにご返信ください。
当日お会いできることを楽しみにしております。
""" + SIG_JONOUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "interview invitation to a single applicant on free mail: the recipient's own details only",
    },
    # 034 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-034",
        "charset": "utf-8",
        "sender": "城之内 彩 <jonouchi.aya@hinode-sangyo.co.jp>",
        "to": [
            "sono.sho1205@gmail.com",
            "蔵原聡美 <kura-satomi@yahoo.co.jp>",
            "yonemura-saki@docomo.ne.jp",
            "t.yu.kumamoto@icloud.com",
        ],
        "subject": "【日の出産業】二次面接のご案内（熊本支店）",
        "body": """皆様

日の出産業株式会社 人事部の城之内です。
一次面接にお越しいただきありがとうございました。
二次面接のご案内をお送りします。

　日時：11月27日（金）各自の時間は下記
　　　10:00～　園田様
　　　11:00～　蔵原様
　　　13:30～　米村様
　　　14:30～　藤様
　場所：熊本市中央区新市街11-7 新市街センタービル5F

交通費は一律2,000円をお支払いします。印鑑をお持ちください。
""" + SIG_JONOUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "visible parties: four applicants' private addresses in To, all visible to each other",
    },
    # 035 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-035",
        "charset": "iso-2022-jp",
        "sender": "城之内 彩 <jonouchi.aya@hinode-sangyo.co.jp>",
        "to": ["kura-satomi@yahoo.co.jp"],
        "subject": "Re: 二次面接の件（蔵原）",
        "body": """蔵原 聡美 様

ご連絡ありがとうございます。城之内です。
二次面接は 11月27日（金）11:00 のまま、お待ちしております。
住所変更の件、承知しました。内定となった場合の書類は新住所へお送りします。

よろしくお願いいたします。

差出人: 蔵原聡美 <kura-satomi@yahoo.co.jp>
送信日時: 2026年11月20日 21:48
宛先: 城之内 彩
件名: 二次面接の件（蔵原）

> 日の出産業 城之内様
> お世話になっております。蔵原です。
> 二次面接のご案内ありがとうございます。11時で伺います。
> なお、12月1日に転居しますので、今後の郵送物は下記にお願いいたします。
> 　〒869-1108 熊本県菊池郡菊陽町光の森5-19-3 グランフォレスト光の森203
> 　携帯：090-5528-0417
> よろしくお願いいたします。
""" + SIG_JONOUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one applicant; her address and phone appear only in the quoted text",
    },
    # 036 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-036",
        "charset": "cp932",
        "sender": "堤 奈緒子 <tsutsumi.naoko@hinode-sangyo.co.jp>",
        "to": ["ひのくに健診センター 企業健診課 <kigyo@hinokuni-kenshin.or.jp>"],
        "subject": "雇入時健康診断の予約申込（日の出産業 熊本支店 7名）",
        "body": """公益財団法人ひのくに健診センター
企業健診課 御中

お世話になります。日の出産業株式会社 人事部の堤です。
熊本支店の新規採用者の雇入時健康診断について、
添付の申込書のとおり予約をお願いいたします。
受診希望日は 12月21日（月）～23日（水）の午前です。

費用は会社請求（本社人事部宛）でお願いいたします。
保険証の記号・番号は受付時の本人確認用と伺ったため記載しております。
""" + SIG_TSUTSUMI,
        "attachments": [{
            "kind": "docx", "name": "雇入時健診_予約申込書.docx",
            "paragraphs": ["雇入時健康診断 予約申込書", "事業所：日の出産業株式会社 熊本支店", "コース：雇入時（労働安全衛生規則第43条）"],
            "tables": [[
                ["氏名", "カナ", "性別", "生年月日", "保険者番号", "記号", "番号", "希望日"],
                ["緒方 千夏", "オガタ チナツ", "女", "1996/08/09", "06130542", "熊本 71", "388", "12/21"],
                ["坂梨 ひかり", "サカナシ ヒカリ", "女", "1999/01/15", "06130542", "熊本 71", "389", "12/21"],
                ["甲斐 勇人", "カイ ハヤト", "男", "1992/10/02", "06130542", "熊本 71", "390", "12/21"],
                ["蔵原 聡美", "クラハラ サトミ", "女", "1989/06/27", "06130542", "熊本 71", "391", "12/22"],
                ["西巻 由衣", "ニシマキ ユイ", "女", "2001/04/19", "06130542", "熊本 71", "392", "12/22"],
                ["園田 翔", "ソノダ ショウ", "男", "1997/12/05", "06130542", "熊本 71", "393", "12/23"],
                ["米村 早紀", "ヨネムラ サキ", "女", "1994/03/30", "06130542", "熊本 71", "394", "12/23"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "list + identifier: seven hires with DOB and health insurance card symbol/number in a DOCX",
    },
    # 037 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-037",
        "charset": "cp932",
        "sender": "堤 奈緒子 <tsutsumi.naoko@hinode-sangyo.co.jp>",
        "to": ["eto@kurokami-clinic.jp"],
        "subject": "転勤者の面談のお願い（1月中）",
        "body": """江藤先生

いつもお世話になっております。日の出産業の堤です。
熊本支店へ1月に転勤する社員について、着任後の面談をお願いしたくご連絡しました。

　氏名：氷室 佳奈（業務課、33歳）
　経緯：2024年に適応障害で約3か月休職、復職後は東京の心療内科に月1回通院。
　　　　主治医からは「環境変化に注意しつつ転勤は可」との意見書が出ています。
　　　　熊本での通院先はまだ決まっていません。

着任後1か月を目安に、先生との面談を設定させていただけますでしょうか。
主治医の意見書の写しは、ご本人の同意を得たうえで郵送いたします。

よろしくお願いいたします。
""" + SIG_TSUTSUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's mental-health history and treatment to the clinic",
    },
    # 038 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-038",
        "charset": "iso-2022-jp",
        "sender": "堤 奈緒子 <tsutsumi.naoko@hinode-sangyo.co.jp>",
        "to": ["黒髪内科クリニック 事務長 中尾様 <nakao@kurokami-clinic.jp>"],
        "subject": "嘱託産業医契約書（案）の送付",
        "body": """黒髪内科クリニック
事務長　中尾様

お世話になっております。日の出産業 人事部の堤でございます。
先日ご相談いたしました嘱託産業医契約について、契約書（案）をお送りします。

　契約期間：2027年1月1日〜2027年12月31日（自動更新）
　訪問頻度：月1回（2時間程度）、職場巡視は2か月に1回
　報酬　　：月額 55,000円（税別）、面接指導は1件 11,000円
　支払方法：翌月末日 銀行振込

内容にご異存なければ、押印済みの2部を郵送いたします。
""" + SIG_TSUTSUMI,
        "attachments": [{
            "kind": "docx", "name": "嘱託産業医契約書_案.docx",
            "paragraphs": [
                "嘱託産業医業務委託契約書",
                "日の出産業株式会社（以下「甲」）と黒髪内科クリニック（以下「乙」）は、次のとおり契約する。",
                "第1条　甲は乙に対し、甲の熊本支店における産業医業務を委託する。",
                "第2条　乙は月1回甲の事業場を訪問し、健康相談、職場巡視等を行う。",
                "第6条　乙は業務上知り得た甲の従業員の健康情報を、本人の同意なく第三者に開示しない。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "occupational physician contract draft: fees and terms, no employee's data",
    },
    # 039 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-039",
        "charset": "utf-8",
        "sender": "鮫島 由紀 <samejima.yuki@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 熊本支店 法人営業 有働様 <udo.m@midori-ginko.co.jp>"],
        "subject": "熊本支店名義 普通預金口座開設の書類について",
        "body": """みどり銀行 熊本支店
法人営業課　有働様

お世話になっております。日の出産業 経理部の鮫島です。
熊本支店名義の口座開設について、取引担当者の本人確認事項をお送りします。
原本は来店時に提示いたします。

【法人】
　名称　　：日の出産業株式会社 熊本支店
　法人番号：""" + HINODE_HOJIN + """

【取引担当者（来店者）】
　氏名　　　　：宇佐美 宗介
　生年月日　　：昭和49年6月11日
　住所　　　　：東京都世田谷区桜新町2-14-6（1月より熊本市中央区大江3-1-15-701）
　運転免許証　：第 3040 1288 7165 号（東京都公安委員会）

来店は 12月2日（水）10:30 を予定しております。
""" + SIG_SAMEJIMA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "identifier: the branch manager's driving licence number, DOB and home address to the bank",
    },
    # 040 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-040",
        "charset": "utf-8",
        "sender": "鮫島 由紀 <samejima.yuki@hinode-sangyo.co.jp>",
        "to": ["udo.m@midori-ginko.co.jp"],
        "subject": "口座開設に必要な書類の確認",
        "body": """有働様

お世話になります。日の出産業 経理部の鮫島です。
熊本支店名義の口座開設について、必要書類を確認させてください。

1. 履歴事項全部証明書（発行後6か月以内）… 原本1通
2. 法人の印鑑証明書 … 原本1通
3. 届出印（支店長印を使用予定）
4. 取引担当者の本人確認書類
5. 委任状（代表者から支店長への権限委任）

5.の委任状は御行所定の様式がありますでしょうか。
また、インターネットバンキング（法人向け）の同時申込が可能かも教えてください。

よろしくお願いいたします。
""" + SIG_SAMEJIMA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "question about account-opening documents to the partner bank: no personal data",
    },
    # 041 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-041",
        "charset": "cp932",
        "sender": "鮫島 由紀 <samejima.yuki@hinode-sangyo.co.jp>",
        "to": ["有働様 <udo.m@midori-ginkou.co.jp>"],
        "subject": "給与振込口座の登録（転勤者1名）",
        "body": """みどり銀行　有働様

お世話になっております。鮫島です。
1月から熊本支店勤務となる社員1名が、給与受取口座を御行熊本支店に変更します。
総合振込の登録をお願いいたします。

　氏名（カナ）：ハギワラ シンゴ（萩原 慎吾）
　支店　　　　：熊本支店（店番 612）
　種目・番号　：普通 4827165
　適用開始　　：2027年1月25日支給分から

よろしくお願いいたします。
""" + SIG_SAMEJIMA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike: partner midori-ginko.co.jp typed midori-ginkou.co.jp; carries one person's bank account",
    },
    # 042 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-042",
        "charset": "iso-2022-jp",
        "sender": "鮫島 由紀 <samejima.yuki@hinode-sangyo.co.jp>",
        "to": ["阿蘇信用金庫 本店営業部 <hojin-eigyo@aso-shinkin.co.jp>"],
        "subject": "給与振込先の事前登録（熊本支店 現地採用者）",
        "body": """阿蘇信用金庫 本店営業部
ご担当　井芹様

いつもお世話になっております。日の出産業 経理部の鮫島でございます。
熊本支店の現地採用者のうち、御金庫に給与受取口座をお持ちの方の一覧です。
初回（1月25日）の振込前に、口座名義の照合をお願いできますでしょうか。

受取人名（カナ）      支店名        種目  口座番号   金額区分
--------------------  ------------  ----  ---------  --------
オガタ チナツ         健軍支店      普通  0318842    月給
カイ ハヤト           龍田支店      普通  0052719    月給
クラハラ サトミ       光の森支店    普通  0774306    月給
ニシマキ ユイ         田井島支店    普通  0209581    月給
ソノダ ショウ         宇土支店      普通  0661234    月給
ヨネムラ サキ         上熊本支店    普通  0440917    月給

照合結果はこのメールへのご返信でお知らせください。
""" + SIG_SAMEJIMA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "list: six local hires' bank accounts in a space-padded table in the body",
    },
    # 043 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-043",
        "charset": "utf-8",
        "sender": "堤 奈緒子 <tsutsumi.naoko@hinode-sangyo.co.jp>",
        "to": ["jonouchi.aya@hinode-sangyo.co.jp"],
        "cc": ["jinji-roumu@hinode-sangyo.co.jp"],
        "subject": "熊本支店 現地採用者 マイナンバー収集結果",
        "body": """城之内さん

お疲れさまです。堤です。
熊本支店の現地採用者のマイナンバー収集が完了しました。
番号確認・身元確認とも済んでいます。CSVを添付します（社内共有フォルダにも格納済み）。
社労士さんへの提出は私からパスワード付きで行います。

堤
""",
        "attachments": [{
            "kind": "csv", "name": "mynumber_kumamoto.csv", "encoding": "utf-8",
            "rows": [
                ["氏名", "生年月日", "個人番号", "番号確認書類", "身元確認書類"],
                ["緒方 千夏", "1996-08-09", my_number(SEED + 9), "通知カード", "運転免許証"],
                ["坂梨 ひかり", "1999-01-15", my_number(SEED + 10), "個人番号カード", "個人番号カード"],
                ["甲斐 勇人", "1992-10-02", my_number(SEED + 11), "住民票(番号付)", "運転免許証"],
                ["蔵原 聡美", "1989-06-27", my_number(SEED + 12), "個人番号カード", "個人番号カード"],
                ["西巻 由衣", "2001-04-19", my_number(SEED + 13), "個人番号カード", "個人番号カード"],
                ["園田 翔", "1997-12-05", my_number(SEED + 14), "通知カード", "旅券"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "My Number list, but every recipient is internal (hinode-sangyo.co.jp)",
    },
    # 044 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-044",
        "charset": "cp932",
        "sender": "藤枝 真澄 <fujieda.masumi@hinode-sangyo.co.jp>",
        "to": ["熊本支店 総務 <soumu@kumamoto.hinode-sangyo.co.jp>"],
        "cc": ["usami.sosuke@hinode-sangyo.co.jp"],
        "subject": "【社内限】熊本支店 緊急連絡網（初版）",
        "body": """熊本支店 総務ご担当（緒方さん）

お疲れさまです。総務部 藤枝です。
熊本支店の緊急連絡網の初版を作成しました。
災害時の安否確認用です。支店内の鍵付きキャビネットで保管してください。
社外（ビル管理会社等）へは、必要な場合も代表者2名分だけを伝えるようにお願いします。

藤枝
""",
        "attachments": [{
            "kind": "xlsx", "name": "緊急連絡網_熊本支店_初版.xlsx",
            "sheets": {
                "連絡網": [
                    ["熊本支店 緊急連絡網（2026年12月版）　社内限"],
                    ["順", "氏名", "携帯", "自宅住所（熊本）", "最寄避難所"],
                    [1, "宇佐美 宗介", "090-3382-7154", "熊本市中央区大江3-1-15-701", "大江小学校"],
                    [2, "萩原 慎吾", "090-6621-4078", "熊本市中央区水前寺6-18-2-402", "水前寺公園体育館"],
                    [3, "久慈 直哉", "090-2205-8816", "熊本市東区健軍2-11-5", "健軍小学校"],
                    [4, "椎葉 亜紀子", "080-1947-3362", "熊本市中央区九品寺2-3-11-205", "九品寺小学校"],
                    [5, "氷室 佳奈", "080-6039-7745", "熊本市中央区新屋敷1-9-24-301", "白川中学校"],
                    [6, "保科 大地", "070-2281-9034", "熊本市東区月出4-5-7-102", "月出小学校"],
                    [7, "緒方 千夏", "080-4621-0937", "熊本市東区健軍本町14-22", "健軍東小学校"],
                    [8, "甲斐 勇人", "090-8814-2256", "熊本市北区龍田陳内3-8-17", "龍田小学校"],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "emergency contact list to an internal subdomain (kumamoto.hinode-sangyo.co.jp): internal only",
    },
    # 045 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-045",
        "charset": "cp932",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": ["新市街センタービル 防災センター <bousai@karashima-jisho.co.jp>"],
        "subject": "FW: 【社内限】熊本支店 緊急連絡網（初版）",
        "body": """辛島地所 防災センター ご担当者様

お世話になります。5F 日の出産業の緒方です。
テナント緊急連絡先のご提出の件、社内の連絡網を転送いたします。
夜間の警報発報時は上から順にご連絡ください。

-----Original Message-----
From: 藤枝 真澄
Sent: Thursday, December 3, 2026 10:05 AM
To: 熊本支店 総務
Subject: 【社内限】熊本支店 緊急連絡網（初版）

熊本支店 総務ご担当（緒方さん）
お疲れさまです。総務部 藤枝です。
熊本支店の緊急連絡網の初版を作成しました。

　順　氏名　　　　　携帯
　１　宇佐美 宗介　　０９０－３３８２－７１５４
　２　萩原 慎吾　　　０９０－６６２１－４０７８
　３　久慈 直哉　　　０９０－２２０５－８８１６
　４　椎葉 亜紀子　　０８０－１９４７－３３６２
　５　氷室 佳奈　　　０８０－６０３９－７７４５
　６　保科 大地　　　０７０－２２８１－９０３４

藤枝
""" + SIG_OGATA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: a forwarded internal contact list (6 names, full-width mobiles) sent to building management",
    },
    # 046 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-046",
        "charset": "iso-2022-jp",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": ["bousai@karashima-jisho.co.jp"],
        "subject": "テナント緊急連絡先届の提出（5F 日の出産業）",
        "body": """辛島地所 防災センター ご担当者様

お世話になります。5F 日の出産業 熊本支店の緒方です。
テナント緊急連絡先を下記のとおりお届けします。

　第1連絡先：支店長　宇佐美 宗介　携帯 090-3382-7154
　第2連絡先：総務　　緒方 千夏　　携帯 080-4621-0937
　（平日日中は代表 096-288-4410 へお願いします）

防火管理者の選任届は12月中に提出いたします。
""" + SIG_OGATA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two designated emergency contacts with mobiles to building management: under five, may warn",
    },
    # 047 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-047",
        "charset": "utf-8",
        "sender": "桐ケ谷 亮介 <kirigaya.ryosuke@hinode-sangyo.co.jp>",
        "to": ["kumashiro@tsubasa-system.jp"],
        "subject": "熊本支店 ネットワーク構成図（最新版）",
        "body": """神代様

お世話になっております。桐ケ谷です。
熊本支店のネットワーク構成図（v1.2）を添付します。
VLAN設計とUTMのポリシーは本社と同等にしてください。
本社側のVPN装置の設定は、12/16に私がリモートで行います。

桐ケ谷
""" + SIG_KIRIGAYA,
        "attachments": [{
            "kind": "pdf", "name": "KMT_network_v1.2.pdf",
            "title": "熊本支店 ネットワーク構成図",
            "page_header": "機密 Confidential - 日の出産業 情報システム部",
            "page_footer": "機密区分：機密　取扱者限定",
            "lines": [
                "熊本支店 ネットワーク構成図 v1.2（2026/12/01）",
                "WAN：アソラインネット 光 1Gbps、固定IP 203.0.113.40/29",
                "UTM：FG-60F（HA構成なし）　本社とIPsec VPN",
                "VLAN10 業務 10.61.10.0/24　VLAN20 来客Wi-Fi 10.61.20.0/24　VLAN30 複合機 10.61.30.0/24",
                "コアSW：L3SW 1台、フロアSW：PoE 24ポート x2",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: network diagram PDF stamped 機密 / Confidential in its header and footer",
    },
    # 048 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-048",
        "charset": "iso-2022-jp",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["川崎電機 九州支社 設備営業課 <setsubi-kyushu@kawasaki-denki.co.jp>"],
        "subject": "照明・空調工事 お見積りへのご回答",
        "body": """川崎電機株式会社 九州支社
設備営業課　村里様

いつもお世話になっております。日の出産業の小早川です。
11月24日付のお見積り（見積番号 KD-Q-26-11-0471）について、社内承認が下りました。
下記のとおり発注いたします。

　1. LED照明器具 入替（スクエアベース 42台）　　　 1,764,000円
　2. 会議室 空調増設（天井カセット 2.8kW 1台）　　　　 612,000円
　3. 諸経費・廃材処分　　　　　　　　　　　　　　　　 138,000円
　　　合計（税別）　　　　　　　　　　　　　　　　 2,514,000円

注文書は本日郵送いたします。工期は 12/14〜12/18 でお願いいたします。
""" + SIG_KOBAYAKAWA + """
""" + DISCLAIMER_JA + "\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "order confirmation to a partner with the standard JA/EN confidentiality disclaimer",
    },
    # 049 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-049",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 宗介 <usami.sosuke@hinode-sangyo.co.jp>",
        "to": ["kikuchi.t@kikuchi-shoji.co.jp"],
        "cc": [
            "有明精工 購買部 <kobai@ariake-seiko.co.jp>",
            "天草水産 総務 <soumu@amakusa-suisan.co.jp>",
            "肥後食品工業 <info@higo-shokuhin.co.jp>",
            "玉名メタル 営業部 <eigyo@tamana-metal.co.jp>",
        ],
        "subject": "熊本支店開設のご挨拶",
        "body": """お取引先各位

拝啓　師走の候、貴社ますますご盛栄のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。

さて、日の出産業株式会社では、これまで福岡営業所から対応しておりました
熊本・大分・宮崎地区のお客様への対応を強化するため、
2027年1月18日（月）より熊本支店を開設いたします。
今後は同支店が皆様の窓口となります。

　新住所　〒860-0803 熊本県熊本市中央区新市街11-7 新市街センタービル5F
　電話　　096-288-4410　FAX 096-288-4411

私、宇佐美が支店長として着任いたします。
今後とも変わらぬご愛顧を賜りますようお願い申し上げます。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　敬具
""" + SIG_USAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: greeting to five customer companies with four of them in Cc",
    },
    # 050 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-050",
        "charset": "utf-8",
        "sender": "宇佐美 宗介 <usami.sosuke@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 九州営業所 所長 北原様 <kitahara@kitaguni-foods.co.jp>"],
        "subject": "熊本支店開設のご挨拶と今後の窓口について",
        "body": """北国フーズ株式会社 九州営業所
所長　北原 様

いつも大変お世話になっております。日の出産業の宇佐美でございます。
このたび弊社は 2027年1月18日に熊本支店を開設し、
私が支店長として着任することになりました。

これまで福岡営業所の宮原がご担当しておりました貴社案件は、
1月以降は熊本支店にて引き継がせていただきます。
連絡先は以下のとおりです。

　日の出産業株式会社 熊本支店
　〒860-0803 熊本県熊本市中央区新市街11-7 新市街センタービル5F
　代表　096-288-4410　／　FAX　096-288-4411
　営業課直通　096-288-4413（営業課長 萩原）
　技術サービス課直通　096-288-4415（保守のご依頼はこちら）

年明けに改めてご挨拶に伺います。
今後ともどうぞよろしくお願い申し上げます。
""" + SIG_USAMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "greeting to one partner with the branch's business contact points only",
    },
    # 051 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-051",
        "charset": "cp932",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["村里様 <murasato@kawasaki-denki.co.jp>"],
        "subject": "1/22 開設披露パーティー ご出席の皆様へ（近隣ホテルのご案内）",
        "body": """川崎電機株式会社
村里様

お世話になっております。日の出産業の小早川です。
開設披露パーティーへのご出席のご返事、ありがとうございます。
東京からお越しの皆様のご宿泊用に、会場近くのホテルをまとめました。
1/22は市内でイベントがあり混み合うそうですので、お早めのご予約をおすすめします。

ホテル名                   住所                             電話            会場まで
-------------------------  -------------------------------  --------------  --------
さくらホテル熊本           熊本市中央区花畑町2-15           096-211-3500    会場
ホテルシティ新市街         熊本市中央区新市街4-2            096-322-1188    徒歩5分
熊本キャッスルイン辛島     熊本市中央区辛島町6-30           096-356-7021    徒歩7分
ビジネスホテル銀杏通り     熊本市中央区下通1-11-9           096-351-4450    徒歩9分
東横ステイ熊本駅前         熊本市西区春日3-15-1             096-288-9900    市電15分

当日は会場ホテルのクロークをご利用いただけます。
""" + SIG_KOBAYAKAWA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of hotels (businesses, not people) for the guests of a partner",
    },
    # 052 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-052",
        "charset": "utf-8",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["banquet-kumamoto@sakura-hotel.jp"],
        "subject": "1/22 開設披露パーティー 来賓名簿（受付用）",
        "body": """さくらホテル熊本 宴会予約
松岡様

お世話になっております。日の出産業の小早川です。
当日の受付用に来賓名簿をお送りします。
ご来場が遅れる方や、お車の出庫時刻のご相談などで
ホテル様から直接ご連絡いただく場合がありますので、携帯番号も載せています。

人数は現時点で来賓 46名＋弊社 18名です（確定は1/12）。
""" + SIG_KOBAYAKAWA,
        "attachments": [{
            "kind": "xlsx", "name": "来賓名簿_受付用_1122.xlsx",
            "sheets": {
                "来賓": [
                    ["日の出産業 熊本支店 開設披露パーティー 来賓名簿（受付用）"],
                    ["No", "会社・団体名", "役職", "氏名", "携帯（当日連絡用）", "同伴", "駐車券"],
                    [1, "菊池商事株式会社", "代表取締役", "菊池 忠弘", "090-1182-5540", "1", "要"],
                    [2, "北国フーズ株式会社", "九州営業所長", "北原 啓介", "080-3306-7712", "0", "不要"],
                    [3, "天草水産株式会社", "専務取締役", "本田 静香", "090-7725-3018", "0", "要"],
                    [4, "有明精工株式会社", "購買部長", "荒尾 隆", "070-5109-2284", "0", "要"],
                    [5, "みどり銀行 熊本支店", "支店長", "冨永 英樹", "090-4471-8830", "0", "不要"],
                    [6, "辛島地所株式会社", "常務取締役", "辛島 義孝", "080-9013-6624", "1", "要"],
                    [7, "肥後食品工業株式会社", "代表取締役", "上村 誠一郎", "090-3358-1196", "0", "要"],
                    [8, "玉名メタル株式会社", "営業部長", "松本 久美子", "080-6652-4408", "0", "不要"],
                    [9, "ひのくに商工会議所", "専務理事", "嶋田 浩", "090-2284-9137", "0", "不要"],
                    [10, "川崎電機株式会社", "九州支社長", "杉森 雅彦", "070-3341-0058", "0", "不要"],
                    [11, "阿蘇信用金庫", "理事長", "坂本 康夫", "090-6609-2271", "1", "要"],
                    [12, "ツバサシステム株式会社", "九州事業部長", "神代 篤", "080-1127-4493", "0", "不要"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: twelve guests with their personal mobile numbers in an XLSX to the hotel",
    },
    # 053 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-053",
        "charset": "iso-2022-jp",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["banquet-kumamoto@sakura-hotel.jp"],
        "subject": "席札・名札の作成について（来賓15名）",
        "body": """松岡様

お世話になっております。小早川です。
来賓用の名札（胸章）と、主賓テーブルの席札の作成をお願いします。
表記は添付の一覧どおりで、会社名・役職・氏名の3段でお願いいたします。
""" + SIG_KOBAYAKAWA,
        "attachments": [{
            "kind": "docx", "name": "名札・席札一覧.docx",
            "paragraphs": ["名札・席札 作成一覧（来賓）"],
            "tables": [[
                ["No", "会社・団体名", "役職", "氏名", "席"],
                ["1", "熊本県 商工労働部", "部長", "甲佐 敏之", "主賓A"],
                ["2", "ひのくに市", "経済観光局長", "植木 留美子", "主賓A"],
                ["3", "ひのくに商工会議所", "専務理事", "嶋田 浩", "主賓A"],
                ["4", "菊池商事株式会社", "代表取締役", "菊池 忠弘", "主賓B"],
                ["5", "北国フーズ株式会社", "九州営業所長", "北原 啓介", "主賓B"],
                ["6", "天草水産株式会社", "専務取締役", "本田 静香", "主賓B"],
                ["7", "有明精工株式会社", "購買部長", "荒尾 隆", "自由"],
                ["8", "みどり銀行 熊本支店", "支店長", "冨永 英樹", "自由"],
                ["9", "辛島地所株式会社", "常務取締役", "辛島 義孝", "自由"],
                ["10", "肥後食品工業株式会社", "代表取締役", "上村 誠一郎", "自由"],
                ["11", "玉名メタル株式会社", "営業部長", "松本 久美子", "自由"],
                ["12", "川崎電機株式会社", "九州支社長", "杉森 雅彦", "自由"],
                ["13", "阿蘇信用金庫", "理事長", "坂本 康夫", "自由"],
                ["14", "ツバサシステム株式会社", "九州事業部長", "神代 篤", "自由"],
                ["15", "白川法律事務所", "弁護士", "白川 透", "自由"],
            ]],
        }],
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "either: 15 guests' names with organisation and title only (no contact data) for name badges",
    },
    # 054 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-054",
        "charset": "utf-8",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": ["花みずき フラワー 受注担当 <order@hanamizuki-flower.jp>"],
        "subject": "1/18 開店祝いのお花の受け取りと配置について",
        "html": """<html><body style="font-size:14px">
<p>花みずきフラワー ご担当者様</p>
<p>いつもお世話になります。日の出産業 熊本支店の緒方です。<br>
1/18（月）の開設日に、お取引先様から貴店経由で届くお祝いのお花について、
現時点で把握している贈り主様は下記のとおりです。</p>
<table border="1" style="border-collapse:collapse">
<tr style="background:#eee"><th>贈り主（会社名）</th><th>種類</th><th>設置場所の希望</th></tr>
<tr><td>菊池商事株式会社</td><td>スタンド花（2段）</td><td>エレベーターホール</td></tr>
<tr><td>北国フーズ株式会社 九州営業所</td><td>胡蝶蘭 3本立</td><td>受付カウンター</td></tr>
<tr><td>有明精工株式会社</td><td>胡蝶蘭 5本立</td><td>受付カウンター</td></tr>
<tr><td>みどり銀行 熊本支店</td><td>アレンジメント</td><td>応接室</td></tr>
<tr><td>辛島地所株式会社</td><td>観葉植物（パキラ）</td><td>執務室入口</td></tr>
<tr><td>川崎電機株式会社 九州支社</td><td>胡蝶蘭 3本立</td><td>応接室</td></tr>
</table>
<p>スタンド花はビル規定で共用部に置けるのが当日のみですので、
翌日の回収をお願いできますでしょうか。</p>
<p>日の出産業株式会社 熊本支店 総務　緒方 千夏<br>TEL 096-288-4410</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML table of companies sending flowers: a list of businesses, not people",
    },
    # 055 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-055",
        "charset": "cp932",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": ["看板工房ひご デザイン担当 <design@kanban-kobo.jp>"],
        "subject": "袖看板・館内サイン デザイン確認（修正依頼）",
        "body": """看板工房ひご
デザインご担当　緒方（同姓ですね）様

お世話になります。日の出産業 熊本支店の緒方です。
デザイン案B（白地・ロゴ赤）で進めてください。
修正点を画像に書き込みましたので添付します。

　・袖看板の社名の下に「熊本支店」を追加
　・館内サイン（5F案内板）の文字を一回り大きく
　・ロゴの赤は DIC 156 を指定

取付工事は 1/12（火）で、ビル側の申請は弊社で済ませます。
""" + SIG_OGATA,
        "attachments": [{"kind": "png", "name": "sign_design_B_修正.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "signage design feedback with an image attachment: ordinary vendor mail",
    },
    # 056 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-056",
        "charset": "iso-2022-jp",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["九州オフィスデザイン 設計部 <sekkei@kyushu-office-design.co.jp>"],
        "subject": "内装レイアウト要望書（修正版）",
        "body": """九州オフィスデザイン株式会社
設計部　坂口様

お世話になっております。日の出産業の小早川です。
先日のお打合せを受けて、レイアウト要望書を修正しました。
主な変更点は、会議室を2室→3室（うち1室は4名用の小会議室）にしたことです。
ご確認のうえ、次回（12/1）までに図面へ反映いただけますと幸いです。
""" + SIG_KOBAYAKAWA,
        "attachments": [{"kind": "corrupt", "name": "レイアウト要望書_rev2.docx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the attached DOCX is corrupt and cannot be inspected",
    },
    # 057 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-057",
        "charset": "utf-8",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["sekkei@kyushu-office-design.co.jp"],
        "subject": "注文書送付（オフィス家具一式）発注番号 HS-PO-2611-0388",
        "body": """坂口様

お世話になっております。小早川です。
オフィス家具一式の注文書をお送りします。
納品は 1/6（水）午前、青葉運輸さんの什器搬入と同じ時間帯でお願いします。

請求書は発注番号を記載のうえ、本社経理部宛にお送りください。
""" + SIG_KOBAYAKAWA,
        "attachments": [{
            "kind": "pdf", "name": "注文書_HS-PO-2611-0388.pdf",
            "title": "注文書",
            "lines": ["注文書　発注番号 HS-PO-2611-0388　2026年11月30日",
                      "九州オフィスデザイン株式会社 御中",
                      "日の出産業株式会社 支店開設準備室　登録番号 T" + HINODE_HOJIN,
                      "納入場所：熊本市中央区新市街11-7 新市街センタービル5F"],
            "table": [
                ["品番", "品名", "数量", "単価", "金額"],
                ["DK-1470W", "片袖デスク W1400", "16", "48,500", "776,000"],
                ["CH-220BK", "OAチェア ブラック", "20", "32,800", "656,000"],
                ["ML-2412", "ミーティングテーブル W2400", "2", "118,000", "236,000"],
                ["CB-0918", "書庫 3段 鍵付", "6", "64,200", "385,200"],
                ["", "", "", "小計", "2,053,200"],
                ["", "", "", "消費税", "205,320"],
                ["", "", "", "合計", "2,258,520"],
            ],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "purchase order with product codes, prices and the company's T-number: business data",
    },
    # 058 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-058",
        "charset": "cp932",
        "sender": "桐ケ谷 亮介 <kirigaya.ryosuke@hinode-sangyo.co.jp>",
        "to": ["sekkei@kyushu-office-design.co.jp"],
        "subject": "入退室管理システムの配線ルートについて",
        "body": """九州オフィスデザイン 坂口様

お世話になっております。情報システム部の桐ケ谷です。
執務室・サーバラックの入退室管理（ICカードリーダー）の設置位置と配線ルートの資料です。
天井内の配線ルートが内装図面と干渉しないかご確認ください。
""" + SIG_KIRIGAYA,
        "attachments": [{
            "kind": "docx", "name": "入退室管理_設計資料.docx",
            "page_header": "取扱注意",
            "paragraphs": [
                "熊本支店 入退室管理 設計資料　【取扱注意】",
                "1. 認証方式：ICカード（FeliCa）＋ 暗証番号（サーバラック扉のみ）",
                "2. 設置箇所：執務室入口（両側）、倉庫、サーバラック扉",
                "3. 制御盤：倉庫内壁面、UPSより給電",
                "4. 警備連動：最終退室時に機械警備を自動セット",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: security design document stamped 取扱注意 in the header and title",
    },
    # 059 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-059",
        "charset": "utf-8",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["村里 様 <murasato@kawasaki-denki.com>"],
        "subject": "工事完了報告書の受領と検収について",
        "body": """川崎電機　村里様

お世話になっております。小早川です。
照明・空調工事の完了報告書を受領しました。ありがとうございました。
現地確認は熊本支店の久慈が 12/21 に行い、問題なければ同日付で検収とします。

請求書は検収日以降の日付でお願いいたします。
""" + SIG_KOBAYAKAWA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: partner kawasaki-denki.co.jp typed as kawasaki-denki.com (TLD swap)",
    },
    # 060 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-060",
        "charset": "iso-2022-jp",
        "sender": "城之内 彩 <jonouchi.aya@hinode-sangyo.co.jp>",
        "to": ["宇佐美 宗介 <usami.sosuke@hinode-sangyo.jp>"],
        "cc": ["jinji@hinode-sangyo.co.jp"],
        "subject": "熊本支店 着任者一覧（住所・連絡先）",
        "body": """宇佐美支店長

お疲れさまです。人事の城之内です。
1月着任の転勤者について、熊本での住所と連絡先の一覧です。
社宅が未定の方は現住所のままになっています。

氏名　　　　　生年月日　　 熊本での住所　　　　　　　　　　　　 携帯
萩原 慎吾　　 S56.2.27　　 熊本市中央区水前寺6-18-2-402　　　　 090-6621-4078
椎葉 亜紀子　 S61.9.3　　　熊本市中央区九品寺2-3-11-205　　　　 080-1947-3362
南雲 拓真　　 H2.12.19　　 東京都江東区大島6-11-2-1208（未定）　070-4418-2251
久慈 直哉　　 S54.4.8　　　千葉県船橋市前原西4-20-13（未定）　　090-2205-8816
氷室 佳奈　　 H5.7.25　　　熊本市中央区新屋敷1-9-24-301　　　　 080-6039-7745
保科 大地　　 H7.3.14　　　熊本市東区月出4-5-7-102　　　　　　　070-2281-9034

城之内
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike + list: meant for the branch manager but addressed to hinode-sangyo.jp (co. dropped)",
    },
    # 061 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-061",
        "charset": "utf-8",
        "sender": "桐ケ谷 亮介 <kirigaya.ryosuke@hinode-sangyo.co.jp>",
        "to": ["kumashiro@tsubasa-systern.jp"],
        "subject": "拠点間VPN 切替作業の時間帯",
        "body": """神代様

お世話になっております。桐ケ谷です。
12/16 の拠点間VPN設定ですが、本社側の作業時間を 19:00〜21:00 に変更させてください。
日中は本社の基幹システムの月次処理が走っているためです。
熊本側のUTMは 18:30 までに初期設定済みの状態にしておいていただけると助かります。

桐ケ谷
""" + SIG_KIRIGAYA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: partner tsubasa-system.jp spelled tsubasa-systern.jp (rn for m)",
    },
    # 062 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-062",
        "charset": "cp932",
        "sender": "萩原 慎吾 <hagiwara.shingo@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 九州営業所 北原様 <kitahara@kitaguni-food.co.jp>"],
        "subject": "年明けのご挨拶訪問の日程について",
        "body": """北国フーズ株式会社 九州営業所
北原様

お世話になっております。日の出産業の萩原でございます。
1月より熊本支店の営業課長として着任いたします。
宇佐美とともに、年明けにご挨拶に伺いたく存じます。

　候補日：1月19日（火）午後／1月20日（水）午前／1月21日（木）終日

あわせて、現在ご検討中の冷凍倉庫用の設備更新についても
ご説明の時間をいただければ幸いです。

――――――――――――――
日の出産業株式会社 熊本支店（準備室）
営業課長　萩原 慎吾
TEL 096-288-4413
――――――――――――――
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: partner kitaguni-foods.co.jp with a letter dropped (kitaguni-food.co.jp)",
    },
    # 063 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-063",
        "charset": "cp932",
        "sender": "萩原 慎吾 <hagiwara.shingo@hinode-sangyo.co.jp>",
        "to": ["kitahara@kitaguni-foods.co.jp"],
        "subject": "Re: 九州エリア取扱店の一覧について",
        "body": """北原様

ご返信ありがとうございます。萩原です。
弊社が九州エリアで保守を担当している貴社製品の設置店舗の一覧をお送りします。
熊本支店からの訪問ルートの参考にさせていただきます。
店舗の代表番号のみ記載しております。
""",
        "attachments": [{
            "kind": "csv", "name": "設置店舗一覧_九州.csv", "encoding": "cp932",
            "rows": [
                ["店舗名", "住所", "代表電話", "設置機種", "保守契約"],
                ["フレッシュマート健軍店", "熊本県熊本市東区健軍3-44-1", "096-365-2210", "HR-2200", "年間"],
                ["フレッシュマート光の森店", "熊本県菊池郡菊陽町光の森7-3-2", "096-233-8104", "HR-2200", "年間"],
                ["スーパーやまびこ 宇土店", "熊本県宇土市新松原町240", "0964-22-5518", "HR-1800", "スポット"],
                ["くまもと生鮮市場 本店", "熊本県熊本市西区田崎1-3-80", "096-354-6620", "HR-3000", "年間"],
                ["大分サンフーズ 明野店", "大分県大分市明野東2-1-5", "097-558-3372", "HR-2200", "年間"],
                ["みやざき食彩館 清武店", "宮崎県宮崎市清武町今泉甲3200", "0985-84-1290", "HR-1800", "年間"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of shops with their switchboard numbers: businesses, not people",
    },
    # 064 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-064",
        "charset": "utf-8",
        "sender": "堤 奈緒子 <tsutsumi.naoko@hinode-sangyo.co.jp>",
        "to": ["tajiri@yamaga-sr.jp"],
        "subject": "外国人雇用状況届出の件（熊本支店 1名）",
        "body": """田尻先生

お世話になっております。堤です。
熊本支店で2月から採用する外国籍社員1名について、
雇用保険の資格取得届と外国人雇用状況届出をお願いします。
在留カードの写しは本人から受領済みです。記載内容は以下のとおりです。

  氏名（ローマ字）：NGUYEN THI LAN
  生年月日　　　　：1998年7月12日
  国籍・地域　　　：ベトナム
  在留資格　　　　：技術・人文知識・国際業務
  在留期間（満了日）：2029年4月15日
  在留カード番号　：UH48207315KA
  資格外活動許可　：無

よろしくお願いいたします。
""" + SIG_TSUTSUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "identifier: a foreign hire's residence card number with DOB to the labour consultant",
    },
    # 065 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-065",
        "charset": "utf-8",
        "sender": "Aya Jonouchi <jonouchi.aya@hinode-sangyo.co.jp>",
        "to": ["Relocation Desk <desk@globalmove-relo.com>"],
        "subject": "Relocation support for Mr. Chaiyaporn (Bangkok -> Kumamoto)",
        "body": """Dear Relocation Desk team,

I am Aya Jonouchi from the HR Department of Hinode Sangyo Co., Ltd.
We would like to request your relocation support for an engineer who will move
from our Thai affiliate to our new Kumamoto Branch in January.

  Name:            Mr. Chaiyaporn Srisawat
  Date of birth:   14 February 1987
  Nationality:     Thai
  Passport No.:    AC4417029 (expires 2031-08-30)
  Arrival:         TG648, 10 January 2027, Fukuoka Airport
  Family:          single

Could you arrange the airport pick-up, temporary accommodation (2 weeks) and
the move-in support for his company flat in Kumamoto City?
The visa (Certificate of Eligibility) has already been issued.

Best regards,
Aya Jonouchi
HR Department, Hinode Sangyo Co., Ltd.
Tel +81-3-5219-7725
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "identifier: a transferee's passport number and DOB in an English mail to a relocation firm",
    },
    # 066 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-066",
        "charset": "cp932",
        "sender": "堤 奈緒子 <tsutsumi.naoko@hinode-sangyo.co.jp>",
        "to": ["tajiri@yamaga-sr.jp"],
        "subject": "基礎年金番号の追加連絡（3名）",
        "body": """田尻先生

お世話になっております。堤です。
先日の資格取得届の件で、基礎年金番号が未記入だった3名分が揃いましたので
CSVでお送りします。

よろしくお願いいたします。
堤
""",
        "attachments": [{
            "kind": "csv", "name": "基礎年金番号_追加3名.csv", "encoding": "cp932",
            "rows": [
                ["氏名", "生年月日", "基礎年金番号"],
                ["藤 雄一郎", "平成3年5月22日", "4684-507132"],
                ["坂梨 ひかり", "平成11年1月15日", "4709-602731"],
                ["NGUYEN THI LAN", "1998年7月12日", "4730-118264"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "identifier: three employees' basic pension numbers in a CSV to an external consultant",
    },
    # 067 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-067",
        "charset": "iso-2022-jp",
        "sender": "堤 奈緒子 <tsutsumi.naoko@hinode-sangyo.co.jp>",
        "to": ["tajiri@yamaga-sr.jp"],
        "subject": "熊本支店 適用事業所・労働保険関係の手続きについて",
        "body": """田尻先生

お世話になっております。日の出産業の堤です。
熊本支店の開設に伴う事業所単位の手続きについて、基本情報をお送りします。

　事業所名　　　：日の出産業株式会社 熊本支店
　法人番号　　　：""" + HINODE_HOJIN + """
　所在地　　　　：熊本県熊本市中央区新市街11-7 新市街センタービル5F
　電話　　　　　：096-288-4410
　事業の種類　　：産業機械の販売・保守
　開設日　　　　：2027年1月18日
　従業員数　　　：16名（転勤9名、現地採用7名）うち雇用保険被保険者 16名
　賃金締切日／支払日：毎月末日／翌月25日

雇用保険は非一括（熊本で事業所設置届）、社会保険は本社一括適用とする方針です。
労働保険は継続事業の一括認可の申請をお願いできればと考えております。
""" + SIG_TSUTSUMI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "establishment-level registration data: corporate number and headcount statistics, no person",
    },
    # 068 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-068",
        "charset": "iso-2022-jp",
        "sender": "堤 奈緒子 <tsutsumi.naoko@hinode-sangyo.co.jp>",
        "to": ["tajiri@yamaga-sr.jp"],
        "subject": "Re: 資格取得確認のご報告",
        "body": """田尻先生

ご報告ありがとうございます。堤です。
7名分の資格取得、確かに確認いたしました。
保険証は支店宛にお送りいただいたとのこと、本人への配付は緒方から行います。

引き続きよろしくお願いいたします。

On 2027/01/14 17:20, 田尻 <tajiri@yamaga-sr.jp> wrote:
> 日の出産業 堤様
> 熊本支店の7名分、資格取得の手続きが完了しました。
> 　緒方 千夏　　H8.8.9　　 被保険者番号 5102-338124-7
> 　坂梨 ひかり　H11.1.15　 被保険者番号 5102-338125-5
> 　甲斐 勇人　　H4.10.2　　被保険者番号 5102-338126-3
> 　蔵原 聡美　　H1.6.27　　被保険者番号 5102-338127-1
> 　西巻 由衣　　H13.4.19　 被保険者番号 5102-338128-0
> 　園田 翔　　　H9.12.5　　被保険者番号 5102-338129-8
> 　米村 早紀　　H6.3.30　　被保険者番号 5102-338130-1
> 資格取得確認通知書はPDFで別途お送りします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply whose only list is in the quoted text from the consultant's own mail",
    },
    # 069 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-069",
        "charset": "utf-8",
        "sender": "高嶺 修一 <takamine.shuichi@hinode-sangyo.co.jp>",
        "to": [
            "辛島地所 工事管理 <koji-kanri@karashima-jisho.co.jp>",
            "九州オフィスデザイン 坂口様 <sekkei@kyushu-office-design.co.jp>",
            "ツバサシステム 神代様 <kumashiro@tsubasa-system.jp>",
            "九州セキュリティ 営業部 <eigyo@kyushu-sec.co.jp>",
        ],
        "cc": ["kobayakawa.ryo@hinode-sangyo.co.jp"],
        "subject": "【定例】熊本支店 開設工事 第4回定例会議のご案内（12/4）",
        "body": """関係各社 ご担当者様

お世話になっております。日の出産業 支店開設準備室の高嶺です。
第4回 工事定例会議を下記のとおり開催いたします。

　日時：12月4日（金）14:00～15:30
　場所：新市街センタービル 5F 現地（Web参加：Teams、URLは前日送付）
　議題：
　　1) 内装工事の進捗と是正箇所（九州オフィスデザイン様）
　　2) LAN・電源工事の段取り（ツバサシステム様）
　　3) 入退室管理・機械警備の設置日程（九州セキュリティ様）
　　4) 共用部使用申請・搬入スケジュール（辛島地所様）

資料は各社 12/3 17時までに小早川宛にお送りください。
""" + SIG_TAKAMINE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: four contractors' addresses in one To line",
    },
    # 070 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-070",
        "charset": "iso-2022-jp",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["koji-kanri@karashima-jisho.co.jp"],
        "cc": ["sekkei@kyushu-office-design.co.jp"],
        "subject": "内装工事申請書の提出（5F 日の出産業）",
        "body": """辛島地所株式会社
工事管理ご担当　中村様

お世話になっております。日の出産業の小早川です。
5F 内装工事の工事申請書を提出いたします。
施工は九州オフィスデザイン様で、CCに入っていただいております。
工事内容・作業員名簿・使用資材の詳細は、施工会社様から直接お送りいただきます。

　工期：2026年11月24日〜12月11日
　作業時間：平日 9:00〜18:00（騒音作業は 10:00〜16:00）
　搬入：荷捌き場、人荷用エレベーター使用

よろしくお願いいたします。
""" + SIG_KOBAYAKAWA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "building manager in To and the fit-out contractor in Cc: two external organisations",
    },
    # 071 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-071",
        "charset": "utf-8",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["morinaga.k@shataku-life.co.jp"],
        "subject": "帯同家族の状況（物件選定・転校手続きのご参考）",
        "body": """ライフスペース社宅サービス
森永様

お世話になっております。小早川です。
物件選定と転校手続きのご案内用に、帯同家族のある6世帯の情報をまとめました。

━━━━━━━━━━━━━━━━━━━━━━
【1】宇佐美 宗介（支店長）
　配偶者：宇佐美 真理子　昭和51年3月8日生
　子　　：宇佐美 梨花　　平成24年10月29日生（中学2年）
━━━━━━━━━━━━━━━━━━━━━━
【2】萩原 慎吾（営業課長）
　配偶者：萩原 友美　　　昭和59年7月17日生
　子　　：萩原 陽翔　　　平成29年5月2日生（小学3年）
　子　　：萩原 結衣　　　令和4年1月20日生（未就学・保育園希望）
━━━━━━━━━━━━━━━━━━━━━━
【3】南雲 拓真
　配偶者：南雲 彩花　　　平成4年9月14日生
━━━━━━━━━━━━━━━━━━━━━━
【4】久慈 直哉（業務課長）
　配偶者：久慈 香織　　　昭和55年12月1日生
　子　　：久慈 美咲　　　平成22年6月6日生（高校1年・転入試験あり）
━━━━━━━━━━━━━━━━━━━━━━
【5】鷹取 美緒
　配偶者：鷹取 健一　　　昭和61年4月25日生
　子　　：鷹取 蒼　　　　令和6年2月11日生（保育園希望）
━━━━━━━━━━━━━━━━━━━━━━
【6】芦刈 健太郎（技術サービス課長）
　配偶者：芦刈 恵美　　　昭和60年11月3日生
　子　　：芦刈 心春　　　平成27年8月19日生（小学5年）
━━━━━━━━━━━━━━━━━━━━━━

学区の希望は各自から直接お伝えするそうです。
""" + SIG_KOBAYAKAWA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: six family blocks with spouses' and children's names and dates of birth",
    },
    # 072 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-072",
        "charset": "iso-2022-jp",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["morinaga.k@shataku-life.co.jp"],
        "subject": "芦刈様世帯の物件条件の追加（バリアフリー）",
        "body": """森永様

お世話になっております。小早川です。
技術サービス課長の芦刈 健太郎の世帯について、物件条件を追加させてください。

長女の心春さん（小学5年）が脳性まひのため車椅子を使用しており、
　・エレベーター付き、または1階住戸
　・玄関・室内の段差が少ないこと
　・特別支援学級のある小学校の学区（熊本市東区・中央区が希望）
が必須条件となります。
通院先（熊本の小児リハビリ）は本人が手配中です。

家賃上限は通常の3名世帯の上限から2万円の上乗せが社内で承認されています。
""" + SIG_KOBAYAKAWA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's child's disability and medical care, to the housing agent",
    },
    # 073 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-073",
        "charset": "cp932",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["morinaga.k@shataku-life.co.jp"],
        "subject": "Re: 単身者向け物件候補のご提案",
        "body": """森永様

物件候補のご提案ありがとうございます。小早川です。
単身者向けは下記3件で仮押さえをお願いできますでしょうか。

　物件名　　　　　　　　所在地　　　　　　　　　　　間取り　賃料(共益費込)
　ルミエール九品寺　　　熊本市中央区九品寺2-3-11　　1K　　　68,000円
　パークサイド新屋敷　　熊本市中央区新屋敷1-9-24　　1LDK　　74,000円
　グリーンコート月出　　熊本市東区月出4-5-7　　　　 1K　　　59,000円

入居者の割り当ては社内で決めてからご連絡します。

> 小早川様
> 単身者向けの候補を5件お送りします。いずれも1月上旬入居可です。
""" + SIG_KOBAYAKAWA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of rental properties (buildings, not people) to the housing agent",
    },
    # 074 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-074",
        "charset": "utf-8",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["morinaga.k@shataku-life.co.jp"],
        "subject": "社宅 入居者・同居人の届出（賃貸借契約用）",
        "body": """森永様

お世話になっております。小早川です。
3月入居の世帯向け物件について、貸主様に提出する入居者・同居人の一覧です。

・萩原 慎吾（契約物件：エステート水前寺 402）
　同居人：萩原 友美（妻）、萩原 陽翔（長男）、萩原 結衣（長女）
・久慈 直哉（契約物件：サンライズ健軍 305）
　同居人：久慈 香織（妻）、久慈 美咲（長女）
・芦刈 健太郎（契約物件：ガーデンハイツ帯山 102）
　同居人：芦刈 恵美（妻）、芦刈 心春（長女）
・南雲 拓真（契約物件：メゾン白山 201）
　同居人：南雲 彩花（妻）

勤務先はいずれも日の出産業株式会社 熊本支店（096-288-4410）です。
""" + SIG_KOBAYAKAWA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "either: four households (twelve named people) with flat numbers but no contact data or DOB",
    },
    # 075 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-075",
        "charset": "iso-2022-jp",
        "sender": "城之内 彩 <jonouchi.aya@hinode-sangyo.co.jp>",
        "to": ["kuroki@hinokuni-career.co.jp"],
        "subject": "FW: 【ひのくに大学】学内企業説明会 参加学生リスト",
        "body": """黒木様

お世話になっております。城之内です。
先日の学内説明会の参加学生リストが大学から届きましたので転送します。
来年度の新卒採用で、面談設定のフォローをお願いできますでしょうか。

---------- Forwarded message ----------
From: ひのくに大学 キャリア支援センター <career@hinokuni-u.ac.jp>
Date: 2026年12月8日(火) 16:02
Subject: 【ひのくに大学】学内企業説明会 参加学生リスト
To: jonouchi.aya@hinode-sangyo.co.jp

日の出産業株式会社 城之内様
先日はご参加ありがとうございました。貴社ブースへの参加学生は以下のとおりです。
（学生本人の同意を得て提供しています）

・井手 航平　工学部 機械システム工学科 3年　kohei.ide.hu@gmail.com　090-1275-6603
・森山 菜摘　商学部 経営学科 3年　natsumi-m@hinokuni-u.ac.jp　080-5530-2147
・吉開 蓮　　工学部 電気電子工学科 3年　ren.yoshigai@outlook.jp　070-8824-3156
・濱田 杏奈　文学部 英文学科 3年　anna.hamada0921@yahoo.co.jp　090-6638-0412
・野田 圭吾　工学部 機械システム工学科 修士1年　k.noda.hu@gmail.com　080-9921-5573
・荒木 詩織　商学部 会計学科 3年　shiori_araki@icloud.com　090-3317-8826
・中川 悠真　理学部 物理学科 3年　yuma.nakagawa@hinokuni-u.ac.jp　070-2406-9981
・石原 楓　　工学部 情報工学科 3年　kaede.ishihara@gmail.com　080-7715-0349

キャリア支援センター　木下
""" + SIG_JONOUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: a forwarded list of 8 students with private e-mail and mobile sent on to an agency",
    },
    # 076 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-076",
        "charset": "iso-2022-jp",
        "sender": "城之内 彩 <jonouchi.aya@hinode-sangyo.co.jp>",
        "to": ["ひのくに大学 キャリア支援センター 木下様 <career@hinokuni-u.ac.jp>"],
        "subject": "2028年卒 求人票の送付と学内説明会参加のお礼",
        "body": """ひのくに大学 キャリア支援センター
木下様

お世話になっております。日の出産業株式会社 人事部の城之内でございます。
先日の学内企業説明会では大変お世話になりました。
8名の学生さんに弊社ブースへお越しいただき、ありがとうございました。

2028年卒向けの求人票（熊本支店勤務：技術サービス職・営業職）を添付いたします。
学内掲示とキャリア支援システムへの掲載をお願いできますでしょうか。
""" + SIG_JONOUCHI,
        "attachments": [{
            "kind": "pdf", "name": "求人票_2028卒_熊本支店.pdf",
            "lines": [
                "2028年3月卒業予定者 求人票",
                "企業名：日の出産業株式会社（東証プライム）",
                "勤務地：熊本支店（熊本市中央区新市街11-7）",
                "職種：技術サービス職 3名／営業職 2名",
                "初任給：学部卒 月給 245,000円　修士了 月給 262,000円",
                "応募方法：マイページよりエントリー",
                "問合せ先：人事部 採用担当 TEL 03-5219-7725 saiyo@hinode-sangyo.co.jp",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "job posting to a university career centre; only a count of students, no names",
    },
    # 077 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-077",
        "charset": "cp932",
        "sender": "城之内 彩 <jonouchi.aya@hinode-sangyo.co.jp>",
        "to": ["kuroki@hinokuni-career.co.jp"],
        "subject": "熊本支店 現地採用の振り返り（数値のご共有）",
        "body": """黒木様

お世話になっております。城之内です。
熊本支店の現地採用が一段落しましたので、選考の数値を共有いたします。
次年度の増員（営業2名・技術1名）の際の参考にさせてください。

　　　　　　　　　応募　書類通過　一次通過　内定　承諾
　貴社ご紹介　　　　18　　　　11　　　　 7　　 5　　 5
　求人サイト　　　　31　　　　 9　　　　 4　　 2　　 1
　ハローワーク　　　12　　　　 3　　　　 1　　 1　　 1
　大学・専門学校　　 4　　　　 2　　　　 0　　 0　　 0
　合計　　　　　　　65　　　　25　　　　12　　 8　　 7

平均年齢は内定者ベースで 29.7歳、女性比率 71% でした。
貴社経由の方の定着率が高いことを社内でも報告しております。
""" + SIG_JONOUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate recruitment statistics only; no individual",
    },
    # 078 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-078",
        "charset": "utf-8",
        "sender": "宇佐美 宗介 <usami.sosuke@hinode-sangyo.co.jp>",
        "to": ["ひのくに商工会議所 会員サービス課 <kaiin@hinokuni-cci.or.jp>"],
        "subject": "入会申込書の送付（日の出産業株式会社 熊本支店）",
        "body": """ひのくに商工会議所
会員サービス課 御中

お世話になります。日の出産業株式会社 熊本支店の宇佐美でございます。
先日ご案内いただいた入会申込書を記入のうえ添付いたします。

　事業所名：日の出産業株式会社 熊本支店
　法人番号：""" + HINODE_HOJIN + """
　業種　　：卸売業（産業機械・設備）
　資本金　：18億4,000万円
　従業員数：16名（熊本支店）
　代表者　：支店長 宇佐美 宗介
　所属部会：商業部会、工業部会（希望）

会費の口座振替依頼書は原本を郵送いたします。
新年互礼会へのご案内もいただけましたら幸いです。
""" + SIG_USAMI,
        "attachments": [{
            "kind": "xlsx", "name": "入会申込書_日の出産業.xlsx",
            "sheets": {"申込書": [
                ["ひのくに商工会議所 入会申込書"],
                ["事業所名", "日の出産業株式会社 熊本支店"],
                ["法人番号", HINODE_HOJIN],
                ["所在地", "熊本県熊本市中央区新市街11-7 新市街センタービル5F"],
                ["電話", "096-288-4410"],
                ["口数", 3],
            ]},
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "chamber of commerce membership: company data, corporate number, branch switchboard",
    },
    # 079 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-079",
        "charset": "cp932",
        "sender": "萩原 慎吾 <hagiwara.shingo@hinode-sangyo.co.jp>",
        "to": ["菊池商事 営業部 大津様 <otsu@kikuchi-shoji.co.jp>"],
        "subject": "九州エリア 販売計画（代理店様向け検討資料）",
        "body": """菊池商事株式会社
営業部　大津様

お世話になっております。日の出産業の萩原です。
代理店契約のご検討材料として、熊本支店の販売計画をお送りします。
社内資料のため一部生々しい数字もありますが、率直にご意見いただけますと幸いです。

萩原
""",
        "attachments": [{
            "kind": "xlsx", "name": "九州エリア販売計画_FY2027.xlsx",
            "page_header": "社外秘",
            "sheets": {
                "計画": [
                    ["【社外秘】九州エリア 販売計画 FY2027（熊本支店）"],
                    ["製品群", "FY2027計画(百万円)", "粗利率", "重点顧客数", "代理店経由比率"],
                    ["冷凍冷蔵設備", 220, "24%", 18, "40%"],
                    ["食品加工機械", 185, "28%", 12, "30%"],
                    ["搬送・物流設備", 140, "19%", 9, "50%"],
                    ["保守サービス", 75, "46%", 60, "0%"],
                    ["合計", 620, "26%", 99, "33%"],
                ],
                "値引基準": [["区分", "標準値引率", "決裁"], ["代理店A", "18%", "支店長"], ["代理店B", "12%", "支店長"], ["特値", "25%まで", "営業本部長"]],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: sales plan XLSX classified 社外秘 in its title row and page header",
    },
    # 080 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-080",
        "charset": "iso-2022-jp",
        "sender": "萩原 慎吾 <hagiwara.shingo@hinode-sangyo.co.jp>",
        "to": ["otsu@kikuchi-shoji.co.jp"],
        "subject": "代理店契約の打合せ日程とNDAの件",
        "body": """菊池商事株式会社
営業部　大津様

お世話になっております。日の出産業の萩原です。
代理店契約の件、次回の打合せを 12/9（水）15:00 に貴社にて承知しました。

その前に秘密保持契約書（NDA）の締結を済ませたいと考えております。
弊社の顧問弁護士の確認が終わり次第、修正案をお送りします。
機密情報の範囲（口頭開示を含めるか）が主な論点になりそうです。
NDA締結後に、価格表と販売計画の詳細をお出しできる見込みです。

引き続きよろしくお願いいたします。

――――――――――――――
日の出産業株式会社 熊本支店（準備室）
営業課長　萩原 慎吾
TEL 096-288-4413
――――――――――――――
""" + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA that mentions 機密情報, plus a disclaimer: no marking, no data",
    },
    # 081 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-081",
        "charset": "cp932",
        "sender": "萩原 慎吾 <hagiwara.shingo@hinode-sangyo.co.jp>",
        "to": ["otsu@kikuchi-shoji.co.jp"],
        "subject": "代理店向け仕切価格の比較表（パスワード付PDF）",
        "body": """大津様

お世話になっております。萩原です。
本日の打合せでお話しした仕切価格の比較表をお送りします。
PDFにパスワードを設定しております。パスワードはお電話でお伝えします。

萩原
""",
        "attachments": [{
            "kind": "pdf", "name": "仕切価格比較表_菊池商事様.pdf", "password": "kmt2027",
            "lines": ["代理店向け 仕切価格 比較表", "HR-2200　標準価格 2,480,000円　仕切 2,033,600円"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected PDF",
    },
    # 082 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-082",
        "charset": "utf-8",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": ["hamabe@aoba-unyu.co.jp"],
        "subject": "1/6 什器搬入リスト（最終版）",
        "body": """浜辺様

お世話になります。日の出産業 熊本支店の緒方です。
1/6 搬入分の什器リストの最終版を送ります。
本社倉庫からの搬出分（書庫・金庫）も含めています。

よろしくお願いします。
""" + SIG_OGATA,
        "attachments": [{"kind": "corrupt", "name": "搬入リスト_0106_最終.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the XLSX attachment is corrupt",
    },
    # 083 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-083",
        "charset": "iso-2022-jp",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": ["hamabe@aoba-unyu.co.jp"],
        "subject": "Re: 1/6 什器搬入リスト（再送）",
        "body": """浜辺様

ファイルが開けなかったとのこと、失礼いたしました。本文に貼り付けます。

　品目　　　　　　　　　数量　　搬出元　　　　　備考
　書庫（3段・鍵付）　　　 2　　 本社倉庫　　　　 1台約60kg
　耐火金庫（小型）　　　　1　　 本社倉庫　　　　 約110kg、台車要
　複合機用キャビネット　　1　　 本社倉庫
　段ボール（書類）　　　 24　　 本社総務部
　段ボール（備品）　　　 12　　 福岡営業所　　　 福岡から直送

本社倉庫分の集荷は 1/5（火）14:00、送り状番号は以下で発行済みです。
　AOB-7731-2046-5518（本社倉庫分）
　AOB-7731-2046-5519（福岡営業所分）
""" + SIG_OGATA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "goods list with quantities and tracking numbers: no personal data",
    },
    # 084 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-084",
        "charset": "utf-8",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": ["ひのくに警備保障 契約管理課 <keiyaku@hinokuni-keibi.co.jp>"],
        "subject": "機械警備 解錠者（カード登録者）の届出",
        "html": """<html><head><meta charset="utf-8"></head><body>
<p>ひのくに警備保障株式会社<br>契約管理課 ご担当者様</p>
<p>お世話になっております。日の出産業 熊本支店の緒方です。<br>
機械警備の解錠者登録について、下記6名をお届けいたします。<br>
異常発報時の駆け付け連絡は、上から順にお願いいたします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:13px">
<thead><tr style="background:#dde"><th>順位</th><th>氏名</th><th>フリガナ</th><th>携帯電話</th><th>自宅住所</th></tr></thead>
<tbody>
<tr><td>1</td><td>宇佐美 宗介</td><td>ウサミ ソウスケ</td><td>090-3382-7154</td><td>熊本県熊本市中央区大江3-1-15-701</td></tr>
<tr><td>2</td><td>久慈 直哉</td><td>クジ ナオヤ</td><td>090-2205-8816</td><td>熊本県熊本市東区健軍2-11-5</td></tr>
<tr><td>3</td><td>緒方 千夏</td><td>オガタ チナツ</td><td>080-4621-0937</td><td>熊本県熊本市東区健軍本町14-22</td></tr>
<tr><td>4</td><td>保科 大地</td><td>ホシナ ダイチ</td><td>070-2281-9034</td><td>熊本県熊本市東区月出4-5-7-102</td></tr>
<tr><td>5</td><td>甲斐 勇人</td><td>カイ ハヤト</td><td>090-8814-2256</td><td>熊本県熊本市北区龍田陳内3-8-17</td></tr>
<tr><td>6</td><td>氷室 佳奈</td><td>ヒムロ カナ</td><td>080-6039-7745</td><td>熊本県熊本市中央区新屋敷1-9-24-301</td></tr>
</tbody></table>
<p>登録カードの発行枚数は6枚でお願いします。</p>
<p>日の出産業株式会社 熊本支店 総務　緒方 千夏<br>TEL 096-288-4410　FAX 096-288-4411</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: HTML-only table of six key holders with mobiles and home addresses to the alarm company",
    },
    # 085 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-085",
        "charset": "iso-2022-jp",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": ["keiyaku@hinokuni-keibi.co.jp"],
        "subject": "暗証番号登録表の送付（パスワード別送）",
        "body": """ひのくに警備保障 契約管理課 ご担当者様

お世話になっております。緒方です。
警備セット・解除用の暗証番号登録表をお送りします。
ファイルはパスワード付きZIPです。パスワードは別途お電話にてお伝えいたします。
""" + SIG_OGATA,
        "attachments": [{
            "kind": "zip", "name": "暗証番号登録表.zip", "password": "hinokuni0118",
            "files": [{"kind": "xlsx", "name": "暗証番号登録表.xlsx",
                       "sheets": {"登録": [["氏名", "暗証番号"], ["宇佐美 宗介", "4410"]]}}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: encrypted ZIP of the alarm PIN registration sheet",
    },
    # 086 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-086",
        "charset": "cp932",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["banquet-kumamoto@sakura-hotel.jp"],
        "subject": "来賓のお料理についてのご相談（ハラール対応）",
        "body": """さくらホテル熊本　松岡様

お世話になっております。小早川です。
来賓のお一人について、お料理のご相談です。

有明精工様の技術顧問 アフマド・ファリス様（マレーシアご出身）が
イスラム教徒でいらっしゃるため、ハラール対応のお料理が必要です。
豚・アルコールを使わないメニューを別皿でご用意いただけますでしょうか。
お祈りのためのお部屋（30分程度）をお借りできるかも伺えれば幸いです。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_KOBAYAKAWA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named guest's religion (and origin) sent to the hotel",
    },
    # 087 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-087",
        "charset": "iso-2022-jp",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["banquet-kumamoto@sakura-hotel.jp"],
        "subject": "アレルギー対応の人数について（1/22）",
        "body": """松岡様

お世話になっております。小早川です。
出欠の回答でアレルギーのお申し出があった分を集計しましたのでお知らせします。

　えび・かに　2名
　卵　　　　　1名
　そば　　　　1名（重度。同じ調理器具の使用も不可とのこと）

立食形式のため、該当料理に表示札を付けていただく形でお願いできればと思います。
なお、最終の出席人数は 1/12 にご連絡いたします。
""" + SIG_KOBAYAKAWA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "allergy counts with no names: health information not tied to any identifiable person",
    },
    # 088 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-088",
        "charset": "utf-8",
        "sender": "城之内 彩 <jonouchi.aya@hinode-sangyo.co.jp>",
        "to": ["kuroki@hinokuni-career.co.jp"],
        "subject": "HC-20957 様の件（確認のお願い）",
        "body": """黒木様

お世話になっております。城之内です。
一次面接で見送りとした松藤 亮様（HC-20957）について、
支店長面接の再設定のご要望をいただいておりましたが、
社内で確認したところ、同氏が前職在籍中の2021年に業務上横領で逮捕され、
その後起訴猶予となったとの報道記事が見つかりました。

ご推薦時の経歴書にはこの件の記載がありませんでしたので、
事実関係を貴社でご確認いただけますでしょうか。
結果によらず、今回は再設定を見合わせる方向で検討しております。
""" + SIG_JONOUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named candidate's arrest record sent to the agency",
    },
    # 089 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-089",
        "charset": "cp932",
        "sender": "藤枝 真澄 <fujieda.masumi@hinode-sangyo.co.jp>",
        "to": ["ときわ損害保険 熊本支店 法人課 <hojin-kumamoto@tokiwa-sonpo.co.jp>"],
        "subject": "熊本支店 火災保険・施設賠償責任保険のお申込み",
        "body": """ときわ損害保険株式会社 熊本支店
法人課　柿原様

お世話になっております。日の出産業 総務部の藤枝です。
お見積り（見積番号 TS-26-3385）の内容で、下記のとおりお申込みいたします。

　保険の対象：熊本支店 事務所内 什器・備品・OA機器一式
　所在地　　：熊本市中央区新市街11-7 新市街センタービル5F 501
　保険金額　：什器備品 2,500万円、借家人賠償 3,000万円
　施設賠償　：対人 1億円／対物 1,000万円
　保険期間　：2026年12月14日 午後4時 から 1年間
　保険料　　：年額 148,600円（一括・口座振替）

申込書の原本は押印のうえ郵送いたします。
""" + SIG_FUJIEDA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "property insurance application for the office: amounts and addresses of the company only",
    },
    # 090 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-090",
        "charset": "iso-2022-jp",
        "sender": "藤枝 真澄 <fujieda.masumi@hinode-sangyo.co.jp>",
        "to": ["九州オートリース 営業部 <eigyo@kyushu-autolease.co.jp>"],
        "subject": "社用車リース 使用者届（熊本支店 2台）",
        "body": """九州オートリース株式会社
営業部　田上様

お世話になっております。日の出産業の藤枝です。
熊本支店に配備する社用車2台（プロボックス）について、
使用者届と運転者の免許証情報をまとめてお送りします。
任意保険の運転者限定の確認にもお使いください。
""" + SIG_FUJIEDA,
        "attachments": [{
            "kind": "zip", "name": "社用車_使用者届_熊本.zip",
            "files": [
                {"kind": "docx", "name": "使用者届.docx",
                 "paragraphs": ["社用車 使用者届", "使用部署：日の出産業株式会社 熊本支店", "車両：トヨタ プロボックス 2台（熊本 400 あ 12-34 / 12-35 予定）"],
                 "tables": [[
                     ["運転者氏名", "生年月日", "免許証番号", "免許の種類", "有効期限"],
                     ["萩原 慎吾", "昭和56年2月27日", "302101448826", "普通", "令和10年3月27日"],
                     ["南雲 拓真", "平成2年12月19日", "301505972143", "普通・準中型", "令和9年1月19日"],
                     ["甲斐 勇人", "平成4年10月2日", "702109338517", "普通", "令和11年11月2日"],
                 ]]},
                {"kind": "txt", "name": "備考.txt", "text": "駐車場：新市街センタービル地下 B2-14, B2-15\n"},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "identifier: three drivers' licence numbers and DOB in a DOCX inside a ZIP",
    },
    # 091 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-091",
        "charset": "utf-8",
        "sender": "堤 奈緒子 <tsutsumi.naoko@hinode-sangyo.co.jp>",
        "to": ["機械工業健康保険組合 適用課 <tekiyo@kikai-kenpo.or.jp>"],
        "subject": "被保険者住所変更届（熊本支店転勤者 6名）",
        "body": """機械工業健康保険組合
適用課 御中

いつもお世話になっております。日の出産業株式会社 人事部の堤です。
熊本支店への転勤に伴う被保険者の住所変更について、
一覧をCSVでお送りします（紙の届出書は本日郵送しました）。
""" + SIG_TSUTSUMI,
        "attachments": [{
            "kind": "csv", "name": "住所変更届_202701.csv", "encoding": "utf-8",
            "rows": [
                ["記号", "番号", "氏名", "生年月日", "新住所", "変更日"],
                ["1203", "4471", "宇佐美 宗介", "1974/06/11", "熊本県熊本市中央区大江3-1-15-701", "2027/01/06"],
                ["1203", "5528", "椎葉 亜紀子", "1986/09/03", "熊本県熊本市中央区九品寺2-3-11-205", "2027/01/07"],
                ["1203", "6019", "南雲 拓真", "1990/12/19", "熊本県熊本市中央区白山1-4-8-201", "2027/01/06"],
                ["1203", "6630", "氷室 佳奈", "1993/07/25", "熊本県熊本市中央区新屋敷1-9-24-301", "2027/01/07"],
                ["1203", "6811", "保科 大地", "1995/03/14", "熊本県熊本市東区月出4-5-7-102", "2027/01/08"],
                ["1203", "5902", "鷹取 美緒", "1988/11/30", "熊本県熊本市中央区出水2-7-40-503", "2027/01/14"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "list + identifier: six insured persons' 記号・番号, DOB and new address to the health insurance society",
    },
    # 092 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-092",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 宗介 <usami.sosuke@hinode-sangyo.co.jp>",
        "to": ["kikuchi.t@kikuchi-shoji.co.jp"],
        "subject": "熊本支店のご紹介資料（12/9 お打合せ用）",
        "body": """菊池商事株式会社
代表取締役　菊池様

お世話になっております。日の出産業の宇佐美です。
12/9 のお打合せで使用する熊本支店のご紹介資料をお送りします。
担当者の直通・携帯もメンバー紹介のページに載せておりますので、
今後は各担当に直接ご連絡いただいて構いません。
""" + SIG_USAMI,
        "attachments": [{
            "kind": "pptx", "name": "熊本支店ご紹介_菊池商事様.pptx",
            "title": "熊本支店のご紹介",
            "page_footer": "Internal Only",
            "slides": [
                ["日の出産業株式会社 熊本支店のご紹介", "2027年1月18日 開設", "熊本市中央区新市街11-7 新市街センタービル5F"],
                ["支店の役割", "九州南部（熊本・大分・宮崎）の営業窓口", "保守サービス拠点（24時間受付は本社コールセンター）"],
                ["メンバー紹介（1）",
                 "支店長 宇佐美 宗介　携帯 080-2718-3301　usami.sosuke@hinode-sangyo.co.jp",
                 "営業課長 萩原 慎吾　携帯 080-2718-3302　hagiwara.shingo@hinode-sangyo.co.jp",
                 "営業 椎葉 亜紀子　携帯 080-2718-3303　shiiba.akiko@hinode-sangyo.co.jp",
                 "営業 南雲 拓真　携帯 080-2718-3304　nagumo.takuma@hinode-sangyo.co.jp"],
                ["メンバー紹介（2）",
                 "技術サービス課長 芦刈 健太郎　携帯 080-2718-3309　ashikari.kentaro@hinode-sangyo.co.jp",
                 "技術サービス 保科 大地　携帯 080-2718-3307　hoshina.daichi@hinode-sangyo.co.jp",
                 "業務課長 久慈 直哉　携帯 080-2718-3305　kuji.naoya@hinode-sangyo.co.jp",
                 "営業 甲斐 勇人　携帯 080-2718-3311　kai.hayato@hinode-sangyo.co.jp"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data", "confidential_marking"],
        "note": "list + marking: eight staff with mobiles and e-mail in a PPTX whose slides carry 'Internal Only'",
    },
    # 093 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-093",
        "charset": "utf-8",
        "sender": "Shingo Hagiwara <hagiwara.shingo@hinode-sangyo.co.jp>",
        "to": ["Michael Tsai <michael.tsai@formosa-precision.com>"],
        "subject": "Opening of our Kumamoto Branch - overview deck",
        "body": """Dear Mr. Tsai,

Thank you for your time on the phone yesterday.
As mentioned, Hinode Sangyo will open its Kumamoto Branch on 18 January 2027.
From then on, purchase orders for parts delivered to our customers in Kyushu
will be placed by the Kumamoto Branch, and deliveries can go directly there.

Please find attached a short overview of the branch.

  Hinode Sangyo Co., Ltd. - Kumamoto Branch
  Shinshigai Center Bldg. 5F, 11-7 Shinshigai, Chuo-ku, Kumamoto 860-0803
  Tel +81-96-288-4410 / Fax +81-96-288-4411

I look forward to seeing you at the TSMC-area supplier fair in February.

Best regards,
Shingo Hagiwara
Sales Manager, Kumamoto Branch
Hinode Sangyo Co., Ltd.
""" + DISCLAIMER_EN,
        "attachments": [{
            "kind": "pptx", "name": "Kumamoto_Branch_Overview.pptx",
            "slides": [
                ["Hinode Sangyo Kumamoto Branch", "Opening: 18 January 2027", "Staff: 16 (sales, service, administration)"],
                ["Coverage", "Kumamoto, Oita, Miyazaki", "Service response within 4 hours in Kumamoto City"],
                ["Delivery address for parts", "Shinshigai Center Bldg. 5F, Kumamoto", "Receiving hours: 9:00-17:00 weekdays"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail to a foreign supplier with a company overview deck and a disclaimer",
    },
    # 094 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-094",
        "charset": "cp932",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": ["bousai@karashima-jisho.co.jp"],
        "subject": "臨時入館者の登録（派遣スタッフ 7名・1月）",
        "body": """辛島地所 防災センター ご担当者様

お世話になります。5F 日の出産業の緒方です。
開設直後の1月、書類整理と電話応対のため派遣スタッフ7名が勤務します。
臨時入館証の発行のため、登録票（Excel 97-2003形式）を添付いたします。
勤務期間は 1/12～1/29 の平日です。
""" + SIG_OGATA,
        "attachments": [{
            "kind": "xls", "name": "臨時入館者登録票_派遣.xls",
            "sheets": {"登録票": [
                ["氏名", "フリガナ", "生年月日", "派遣元", "勤務期間"],
                ["今村 美香", "イマムラ ミカ", "1985/02/14", "アソスタッフ株式会社", "1/12-1/29"],
                ["宮本 理沙", "ミヤモト リサ", "1991/09/08", "アソスタッフ株式会社", "1/12-1/29"],
                ["平田 奈央", "ヒラタ ナオ", "1998/05/23", "アソスタッフ株式会社", "1/12-1/22"],
                ["田代 康平", "タシロ コウヘイ", "1979/11/30", "アソスタッフ株式会社", "1/12-1/29"],
                ["永田 詩乃", "ナガタ シノ", "2000/03/03", "アソスタッフ株式会社", "1/18-1/29"],
                ["川上 沙耶", "カワカミ サヤ", "1994/07/19", "アソスタッフ株式会社", "1/18-1/29"],
                ["岩永 弘美", "イワナガ ヒロミ", "1972/12/24", "アソスタッフ株式会社", "1/12-1/29"],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: seven temporary staff with dates of birth in a legacy XLS to building management",
    },
    # 095 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-095",
        "charset": "iso-2022-jp",
        "sender": "藤枝 真澄 <fujieda.masumi@hinode-sangyo.co.jp>",
        "to": ["hojin-kumamoto@tokiwa-sonpo.co.jp"],
        "subject": "社宅入居者の家財保険（団体扱い）のお見積り依頼",
        "body": """ときわ損害保険 熊本支店
法人課　柿原様

お世話になっております。藤枝です。
社宅入居者向けの家財保険（団体扱い）のお見積りをお願いいたします。
対象者の社宅住所と連絡先は、人事部から届いたメールをそのまま添付しますので
そちらをご参照ください。
""" + SIG_FUJIEDA,
        "attachments": [{
            "kind": "eml", "name": "社宅入居者一覧（人事部より）.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "城之内 彩 <jonouchi.aya@hinode-sangyo.co.jp>",
                "to": ["fujieda.masumi@hinode-sangyo.co.jp"],
                "subject": "社宅入居者一覧（熊本）",
                "body": """藤枝さん

お疲れさまです。城之内です。
熊本の社宅入居者一覧です（1月入居分）。家財保険の手配に使ってください。

1. 宇佐美 宗介　熊本市中央区大江3-1-15 グランレジデンス大江701　090-3382-7154
2. 椎葉 亜紀子　熊本市中央区九品寺2-3-11 ルミエール九品寺205　080-1947-3362
3. 南雲 拓真　　熊本市中央区白山1-4-8 メゾン白山201　　　　　070-4418-2251
4. 氷室 佳奈　　熊本市中央区新屋敷1-9-24 パークサイド新屋敷301　080-6039-7745
5. 保科 大地　　熊本市東区月出4-5-7 グリーンコート月出102　　070-2281-9034
6. 鷹取 美緒　　熊本市中央区出水2-7-40 出水スカイハイツ503　　090-7713-0462

城之内
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: an attached internal mail (.eml) listing six staff's home addresses and mobiles",
    },
    # 096 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-096",
        "charset": "utf-8",
        "sender": "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>",
        "to": ["bousai@karashima-jisho.co.jp"],
        "subject": "FW: 断水のお知らせ（水道局より）",
        "body": """辛島地所 防災センター ご担当者様

お世話になります。5F 日の出産業の緒方です。
水道局から弊社宛に下記のお知らせが届きました。
ビル全体に関わる内容かと思いますので、念のため添付で転送いたします。
""" + SIG_OGATA,
        "attachments": [{
            "kind": "eml", "name": "断水のお知らせ.eml",
            "message": {
                "charset": "utf-8",
                "sender": "ひのくに市上下水道局 <noreply@suido.hinokuni-city.lg.jp>",
                "to": ["ogata.chinatsu@hinode-sangyo.co.jp"],
                "subject": "【上下水道局】配水管工事に伴う断水のお知らせ",
                "body": """お客さま各位

配水管の更新工事に伴い、下記のとおり断水いたします。
ご迷惑をおかけしますが、ご理解とご協力をお願いいたします。

　日時：2027年1月26日（火）22:00～27日（水）5:00
　区域：中央区新市街の一部（新市街11番、12番）
　問合せ：上下水道局 工務課 096-328-2700（平日8:30～17:15）
""",
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forwarded public utility notice as .eml: no personal data",
    },
    # 097 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-097",
        "charset": "cp932",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": [
            "くまもとサウンドサービス 音響 <info@kumamoto-sound.co.jp>",
            "order@hanamizuki-flower.jp",
            "司会 坂本ゆかり <yukari.mc.sakamoto@yahoo.co.jp>",
        ],
        "subject": "1/22 開設披露パーティー 進行打合せ（音響・装花・司会）",
        "body": """くまもとサウンドサービス様、花みずきフラワー様、坂本様

お世話になっております。日の出産業の小早川です。
1/22 の開設披露パーティーの進行について、関係の皆様に一度にお送りします。

　16:00　設営開始（装花・音響）
　17:00　音響チェック、司会リハーサル
　17:30　受付開始
　18:00　開会、社長挨拶
　18:10　来賓祝辞（2名）、鏡開き、乾杯
　19:50　中締め（支店長）
　20:00　閉会

打合せを 1/15（金）15:00 にホテルで行いたいと思います。ご都合をお知らせください。
""" + SIG_KOBAYAKAWA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "visible parties: two vendors and a freelance MC on free mail see each other in To",
    },
    # 098 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-098",
        "charset": "iso-2022-jp",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["写真家 内田 <uchida.photo.kmt@gmail.com>"],
        "subject": "1/22 開設披露パーティーの撮影のご依頼",
        "body": """内田 様

はじめてご連絡いたします。日の出産業株式会社の小早川と申します。
さくらホテル熊本の松岡様からご紹介いただきました。

1月22日（金）18:00〜20:00 の弊社熊本支店開設披露パーティーの
記録撮影をお願いできないかと考えております。

　場所：さくらホテル熊本 3階「銀杏の間」
　内容：スナップ撮影（来賓ご挨拶、鏡開き、歓談風景）、集合写真1カット
　納品：データ納品（2週間以内）
　ご予算：8万円（税込・交通費込）を想定しております

ご都合とお見積りをお聞かせいただけますと幸いです。
""" + SIG_KOBAYAKAWA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "first request to a freelance photographer on free mail; one recipient, no data",
    },
    # 099 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-099",
        "charset": "utf-8",
        "sender": "小早川 遼 <kobayakawa.ryo@hinode-sangyo.co.jp>",
        "to": ["九州トラベル 法人デスク <hojin@tabi-kyushu.co.jp>"],
        "subject": "航空券手配（羽田→熊本 1/17 3名）",
        "body": """九州トラベル 法人デスク 御中

いつもお世話になっております。日の出産業の小早川です。
開設前日の準備のため、下記3名の航空券手配をお願いします。

  1/17（日）HND 12:05発 → KMJ 13:55着（ANA/JAL どちらでも）
  ・タカミネ シュウイチ（高嶺 修一）
  ・コバヤカワ リョウ（小早川 遼）
  ・フジエダ マスミ（藤枝 真澄）
  帰路は 1/23（土）夕方便、3名とも同じ便で

決済は法人カードでお願いします。
  カード番号 """ + _card(card_number(SEED + 103), " ") + """
  有効期限 04/30　名義 RYO KOBAYAKAWA

eチケットはこのアドレスにお送りください。
""" + SIG_KOBAYAKAWA,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "identifier: a card number with holder name to the travel agency",
    },
    # 100 ----------------------------------------------------------------------------
    {
        "id": "shitenkaisetsu-100",
        "charset": "iso-2022-jp",
        "sender": "高嶺 修一 <takamine.shuichi@hinode-sangyo.co.jp>",
        "to": ["kaisetsu-pj@hinode-sangyo.co.jp", "soumu@kumamoto.hinode-sangyo.co.jp"],
        "cc": ["usami.sosuke@hinode-sangyo.co.jp"],
        "subject": "【社外秘】熊本支店 開設準備 最終報告と予算実績",
        "body": """開設準備プロジェクト各位

お疲れさまです。準備室の高嶺です。
熊本支店の開設準備について、最終報告と予算実績をまとめました。
社外秘扱いでお願いします。

■予算実績（税別）
　内装・設備　　　計画 4,800万円 → 実績 4,615万円
　什器・OA　　　　計画 1,200万円 → 実績 1,288万円
　賃貸初期費用　　計画 1,900万円 → 実績 1,860万円（フリーレント2か月獲得）
　採用費　　　　　計画   600万円 → 実績   512万円
　披露パーティー　計画   180万円 → 実績   171万円

■積み残し
　・機械警備の最終退室連動の不具合（ひのくに警備保障 対応中）
　・3月着任者4世帯の社宅契約（ライフスペース社宅サービス 手配中）
　・現地採用者 1名の欠員補充（ひのくにキャリア 推薦待ち）

皆様、長期間ありがとうございました。
""" + SIG_TAKAMINE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘-marked report, but every recipient is internal (incl. kumamoto. subdomain)",
    },
]
