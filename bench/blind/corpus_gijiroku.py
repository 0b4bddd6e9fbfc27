"""Blind corpus — area: gijiroku (会議・議事録の共有).

Secretariats of 日の出産業 sending agendas, minutes, attendance lists and action items of
committees (安全衛生委員会, コンプライアンス委員会, 人事制度検討委員会 …), partner meetings
(協力会社連絡会, 合同品質会議, 共同開発定例会, JV steering committee …) and board meetings
(取締役会, 経営会議, 株主総会) inside and outside the company.

Written blind from BRIEF.md, build.py and SPEC.md only.  All people, numbers and addresses
are invented; My Numbers and card numbers come from the helpers in build.py.
"""

from build import card_number, my_number

SEED = 46001


def _zen(s: str) -> str:
    """ASCII digits and hyphens → full-width, as some people type them."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _mn(k: int, sep: str = " ") -> str:
    n = my_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:]))


def _card(k: int, sep: str = "-") -> str:
    n = card_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:12], n[12:]))


def _houjin(base12: str) -> str:
    """法人番号 (13 digits): check digit = 9 - (Σ Pn×Qn mod 9), Qn = 1 odd / 2 even from the right."""
    total = sum(int(d) * (1 if i % 2 == 1 else 2) for i, d in enumerate(reversed(base12), 1))
    return str(9 - total % 9) + base12


HINODE_HOUJIN = _houjin("010401087235")

DISCLAIMER_JP = """
本メールには機密情報が含まれている場合があります。本メールの宛先に心当たりのない方は、
お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use or disclosure is prohibited."""

SIG_INOUE = """
――――――――――――――――――――――――
日の出産業株式会社 総務部 総務課（取締役会事務局）
井上 真理子（Mariko Inoue）
〒105-0012 東京都港区芝大門2-8-14 日の出ビル5F
TEL 03-5401-7230（直通） FAX 03-5401-7239
m-inoue@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_HATANO = """
*************************************
日の出産業株式会社
購買部 調達企画課　協力会社連絡会 事務局
波多野 恵
TEL：03-5401-7261　FAX：03-5401-7269
Mail：m.hatano@hinode-sangyo.co.jp
*************************************"""

SIG_OKOCHI = """
--
日の出産業株式会社 品質保証部 品質管理課
大河内 紗希 / Saki Okochi
〒329-0414 栃木県下野市小金井4-11-3（小金井工場）
TEL 0285-44-3107  s-okochi@hinode-sangyo.co.jp"""

SIG_SUGAWARA = """
────────────────────
日の出産業株式会社　経営企画部
菅原 拓海（すがわら たくみ）
TEL 03-5401-7310 / 内線 3310
t.sugawara@hinode-sangyo.co.jp
────────────────────"""

SIG_MANABE = """
======================================
 日の出産業株式会社 研究開発部 第二グループ
 真鍋 俊 (Shun Manabe)
 〒243-0303 神奈川県愛甲郡愛川町中津4021-7 技術センター
 TEL 046-285-6612 / s-manabe@hinode-sangyo.co.jp
======================================"""

SIG_KURIBAYASHI = """
---------------------------------------------
日の出産業株式会社 総務部 安全衛生課
安全衛生委員会 事務局　栗林 勇
TEL 03-5401-7245（内線2245）
i-kuribayashi@hinode-sangyo.co.jp
---------------------------------------------"""

SIG_MIYAKE = """
――
日の出産業株式会社 営業本部 営業企画部
三宅 陽菜
TEL 03-5401-7402 ／ FAX 03-5401-7409
h.miyake@hinode-sangyo.co.jp"""

SIG_TORIUMI = """
-------------------------------------------------
 日の出産業株式会社 情報システム部 基盤グループ
 鳥海 健司  Kenji Toriumi
 TEL: 03-5401-7520  Mail: k-toriumi@hinode-sangyo.co.jp
-------------------------------------------------"""

SIG_SOMA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 法務部（コンプライアンス委員会 事務局）
相馬 直樹
〒105-0012 東京都港区芝大門2-8-14
TEL 03-5401-7280　n-soma@hinode-sangyo.co.jp"""

SIG_KOGA = """
Best regards,

Emily Koga
Overseas Business Division
Hinode Sangyo Co., Ltd.
2-8-14 Shibadaimon, Minato-ku, Tokyo 105-0012, Japan
Tel: +81-3-5401-7650 | emily.koga@hinode-sangyo.co.jp"""

SIG_KOKUBU = """
□■□■□■□■□■□■□■□■□■□■
日の出産業株式会社 生産技術部 設備技術課
国分 浩二（こくぶ こうじ）
小金井工場 TEL 0285-44-3152
k.kokubu@hinode-sangyo.co.jp
□■□■□■□■□■□■□■□■□■□■"""

SIG_USAMI = """
-- 
日の出産業株式会社 サステナビリティ推進室
宇佐美 楓
TEL 03-5401-7190 / k-usami@hinode-sangyo.co.jp"""

SIG_SHIRAISHI = """
―――――――――――――――
日の出産業株式会社 秘書室
白石 由紀
TEL 03-5401-7101（秘書室代表）
y-shiraishi@hinode-sangyo.co.jp
―――――――――――――――"""

SIG_HAMAGUCHI = """
+-----------------------------------+
| 日の出産業株式会社 経理部 財務課  |
| 浜口 大輔                         |
| TEL 03-5401-7350                  |
| d-hamaguchi@hinode-sangyo.co.jp   |
+-----------------------------------+"""

SIG_SUGIURA = """
日の出産業株式会社 人事部 人事企画課
杉浦 智子（内線2410）
t-sugiura@hinode-sangyo.co.jp"""

MESSAGES = [
# 001 ─ internal board convocation
{
    "id": "gijiroku-001",
    "charset": "iso-2022-jp",
    "sender": "井上 真理子 <m-inoue@hinode-sangyo.co.jp>",
    "to": ["取締役各位 <torishimariyaku@hinode-sangyo.co.jp>"],
    "cc": ["監査役会 <kansayaku@hinode-sangyo.co.jp>", "秘書室 白石 <y-shiraishi@hinode-sangyo.co.jp>"],
    "subject": "【招集】第412回 定例取締役会（7月17日）のご案内",
    "body": """取締役各位
（cc：監査役各位）

お疲れさまです。取締役会事務局の井上です。
第412回定例取締役会を下記のとおり開催いたしますので、ご出席をお願いいたします。

　　　　　　　　　記

１．日時　　2025年7月17日（木）9:30～11:30
２．場所　　本社 12階 大会議室（Web参加はTeams、URLは別途お送りします）
３．付議事項
　　第１号議案　2025年度第1四半期決算承認の件
　　第２号議案　小金井工場 第3ライン設備投資（総額 8.4億円）の件
　　第３号議案　重要な使用人（執行役員）選任の件
　　第４号議案　内部統制基本方針一部改定の件
４．報告事項
　　（1）業務執行状況報告（各担当取締役）
　　（2）コンプライアンス委員会 活動報告
　　（3）政策保有株式の検証結果

資料は7月14日（月）17時までに取締役会ポータルへ掲載いたします。
ご欠席の場合は、7月10日までに事務局までご連絡ください。

以上
""" + SIG_INOUE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "all recipients internal; an ordinary board convocation with agenda only",
},
# 002 ─ partner liaison meeting, four partner companies visible in To
{
    "id": "gijiroku-002",
    "charset": "iso-2022-jp",
    "sender": "波多野 恵 <m.hatano@hinode-sangyo.co.jp>",
    "to": [
        "青葉運輸 安藤様 <t-ando@aoba-unyu.co.jp>",
        "北国フーズ 千葉様 <chiba.k@kitaguni-foods.co.jp>",
        "錦印刷 今泉様 <imaizumi@nishiki-insatsu.co.jp>",
        "川崎電機 土屋様 <h.tsuchiya@kawasaki-denki.co.jp>",
    ],
    "subject": "第14回 協力会社連絡会 開催のご案内",
    "body": """協力会社連絡会 幹事各社 ご担当者様

いつも大変お世話になっております。
日の出産業 購買部の波多野でございます。

第14回 協力会社連絡会を下記のとおり開催いたします。
ご多忙のところ恐縮ですが、ご出席を賜りますようお願い申し上げます。

■日時：2025年8月6日（水）14:00～16:30（受付 13:30～）
■会場：日の出産業 本社 12階 大会議室
■議題
　1. 2025年度 上期 調達方針のご説明
　2. 物流2024年問題への対応状況（青葉運輸様よりご報告）
　3. 品質不具合の傾向と再発防止策
　4. BCP（事業継続計画）合同訓練の実施について
　5. その他・意見交換
■終了後、同フロアにて簡単な懇親の場を設けております。

ご出欠を7月25日（金）までに本メールへの返信にてお知らせください。
各社2名様までのご参加でお願いいたします。

何卒よろしくお願いいたします。
""" + SIG_HATANO,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four partner organisations in To can see each other's addresses; should have been Bcc (reason 4)",
},
# 003 ─ joint development agenda to one partner, with the usual disclaimer
{
    "id": "gijiroku-003",
    "charset": "utf-8",
    "sender": "真鍋 俊 <s-manabe@hinode-sangyo.co.jp>",
    "to": ["石黒 達也 <t-ishiguro@kawasaki-denki.co.jp>", "林田 奈央 <n-hayashida@kawasaki-denki.co.jp>"],
    "cc": ["森岡 <morioka@hinode-sangyo.co.jp>"],
    "subject": "共同開発定例会（第8回）アジェンダ送付の件",
    "body": """川崎電機株式会社
石黒様、林田様

いつもお世話になっております。日の出産業の真鍋です。

来週の共同開発定例会のアジェンダをお送りします。

日時：6月24日（火）15:00-17:00
場所：貴社 川崎事業所 3F 会議室B（弊社からは森岡と真鍋の2名で伺います）

アジェンダ
 (1) 前回議事録の確認（5分）
 (2) 試作2号機 評価結果の共有（弊社、30分）
     - 温度サイクル試験 -40℃/+85℃ 500cyc 完了
     - 振動試験は治具修正のため7月第1週に再実施
 (3) モータドライバ基板 Rev.C 変更点（貴社、30分）
 (4) 量産移管スケジュール（20分）
 (5) 課題管理表のレビュー／次回日程（15分）

(3)の資料は当日投影で構いません。
事前に確認すべき点があればお知らせください。

よろしくお願いいたします。
""" + SIG_MANABE + "\n" + DISCLAIMER_JP,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "one partner organisation, agenda only; the standard 機密情報 disclaimer is not a marking",
},
# 004 ─ day-of contact: one colleague's mobile to a partner
{
    "id": "gijiroku-004",
    "charset": "cp932",
    "sender": "三宅 陽菜 <h.miyake@hinode-sangyo.co.jp>",
    "to": ["北国フーズ株式会社 営業推進部 野々村様 <nonomura.r@kitaguni-foods.co.jp>"],
    "subject": "Re: 共同販促企画会議（7/3）当日の受付について",
    "body": """野々村様

お世話になっております。日の出産業 三宅です。
7/3（木）の共同販促企画会議、ご参加ありがとうございます。

当日は私が午前中外出しておりますため、受付は同じ営業企画部の堀之内が担当いたします。
ビル1階の受付で入館証をお受け取りのうえ、9階までお上がりください。
万一ご到着が遅れる場合などは、下記へ直接ご連絡いただけますと助かります。

　担当：営業企画部　堀之内 蒼（ほりのうち あおい）
　携帯：090-2714-8835
　Mail：a.horinouchi@hinode-sangyo.co.jp

会議資料は当日紙でもご用意しております。
どうぞよろしくお願いいたします。
""" + SIG_MIYAKE + """

> 三宅様
> 7/3の会議ですが、弊社からは野々村と課長の塩見の2名で伺います。
> 受付の場所を教えていただけますでしょうか。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one colleague's contact details for the meeting day to one partner; at most a warning",
},
# 005 ─ list of directors with DOB and home address to the law firm
{
    "id": "gijiroku-005",
    "charset": "iso-2022-jp",
    "sender": "井上 真理子 <m-inoue@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 弁護士 高遠様 <takato@shirakawa-law.jp>"],
    "cc": ["白川法律事務所 パラリーガル 篠崎様 <shinozaki@shirakawa-law.jp>"],
    "subject": "役員変更登記（定時株主総会後）の資料送付",
    "body": """白川法律事務所
高遠先生

いつも大変お世話になっております。
日の出産業 取締役会事務局の井上でございます。

6月26日の定時株主総会および同日の取締役会にて役員構成が確定いたしましたので、
変更登記のご準備にあたり必要となる役員の情報を添付のExcelにまとめました。
（シート「役員一覧」に新任・重任の全役員を記載しております。）

就任承諾書と印鑑証明書の原本は、7月2日（水）にレターパックにてお送りします。
ご不明な点がございましたらお知らせください。

どうぞよろしくお願いいたします。
""" + SIG_INOUE,
    "attachments": [{
        "kind": "xlsx",
        "name": "役員一覧_登記用_20250626.xlsx",
        "title": "役員一覧（登記用）",
        "sheets": {
            "役員一覧": [
                ["日の出産業株式会社　役員一覧（2025年6月26日 定時株主総会終結後）"],
                [],
                ["役職", "氏名", "ふりがな", "生年月日", "住所", "区分"],
                ["代表取締役社長", "東條 昭宏", "とうじょう あきひろ", "昭和37年5月14日", "東京都世田谷区成城6-21-8", "重任"],
                ["代表取締役専務", "石動 康弘", "いするぎ やすひろ", "昭和40年11月2日", "神奈川県横浜市青葉区美しが丘3-14-2", "重任"],
                ["取締役", "芦沢 敏夫", "あしざわ としお", "昭和42年8月30日", "千葉県浦安市美浜2-7-11-604", "重任"],
                ["取締役", "小田切 直美", "おだぎり なおみ", "昭和46年1月19日", "東京都杉並区荻窪4-30-5", "新任"],
                ["取締役", "巽 健一郎", "たつみ けんいちろう", "昭和44年3月7日", "埼玉県さいたま市浦和区常盤9-2-17", "重任"],
                ["社外取締役", "百瀬 由香里", "ももせ ゆかり", "昭和35年9月25日", "東京都文京区本駒込1-18-3", "重任"],
                ["社外取締役", "ハーパー 恵美", "はーぱー えみ", "昭和48年12月4日", "東京都渋谷区広尾5-9-1-1201", "新任"],
            ],
            "スケジュール": [
                ["項目", "期限", "担当"],
                ["就任承諾書 回収", "2025/7/1", "事務局"],
                ["原本郵送", "2025/7/2", "事務局"],
                ["登記申請", "2025/7/9", "白川法律事務所"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "seven directors' home addresses and dates of birth in an XLSX to an external law firm (reason 1)",
},
# 006 ─ reply: the partner's list of attendees is only quoted
{
    "id": "gijiroku-006",
    "charset": "iso-2022-jp",
    "sender": "波多野 恵 <m.hatano@hinode-sangyo.co.jp>",
    "to": ["安藤 達彦 <t-ando@aoba-unyu.co.jp>"],
    "subject": "Re: 合同安全講習会 参加者のご連絡",
    "body": """安藤様

ご連絡ありがとうございます。日の出産業 波多野です。
6名様で承りました。当日は小金井工場 正門横の守衛所で受付をお願いいたします。
駐車場は第2駐車場（トラック用）をご利用ください。

引き続きよろしくお願いいたします。

波多野

> 波多野様
>
> お世話になっております。青葉運輸の安藤です。
> 8/20の合同安全講習会、弊社からの参加者は以下の6名です。
>
> 氏名        所属           携帯
> ----------  -------------  -------------
> 安藤 達彦   北関東営業所   080-3321-5702
> 仁科 翔     北関東営業所   090-6618-2274
> 藤枝 孝之   小山センター   070-2290-8841
> 米倉 優太   小山センター   080-9054-1163
> 椎葉 聡     宇都宮センター 090-1187-6630
> 堀 真一郎   宇都宮センター 080-4472-3905
>
> よろしくお願いいたします。
> --
> 青葉運輸株式会社 北関東営業所 安藤 達彦
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six-person list is only quoted from the partner's own mail; the new text carries no personal data",
},
# 007 ─ venue candidates (businesses only) to an event company
{
    "id": "gijiroku-007",
    "charset": "utf-8",
    "sender": "宇佐美 楓 <k-usami@hinode-sangyo.co.jp>",
    "to": ["山吹企画 イベント事業部 久保田様 <kubota@yamabuki-kikaku.co.jp>"],
    "subject": "サステナビリティ・ステークホルダー会議 会場候補の件",
    "body": """山吹企画株式会社
久保田様

お世話になっております。日の出産業の宇佐美です。
先日ご相談したステークホルダー会議（11月中旬、60名規模）の会場について、
社内で候補を絞りましたので共有いたします。空き状況と概算費用をご確認いただけますでしょうか。

会場名                      所在地                          代表電話
--------------------------  ------------------------------  ------------
さくらホテル 東京ベイ        東京都港区海岸1-16-2             03-5405-1100
芝浦カンファレンススクエア   東京都港区芝浦3-4-1              03-6453-7780
ベイサイドホール竹芝         東京都港区海岸1-11-1 4F          03-5470-2020
品川グランドホール           東京都港区高輪3-13-1             03-5447-3911

希望条件
・11/12（水）～11/14（金）のいずれか、13:00-18:00
・シアター形式60席＋登壇席5、同時通訳ブース1
・交流会（立食・40名程度）が同会場でできると助かります

よろしくお願いいたします。
""" + SIG_USAMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of venues (businesses) with switchboard numbers and addresses, no people",
},
# 008 ─ password ZIP of minutes to a partner
{
    "id": "gijiroku-008",
    "charset": "iso-2022-jp",
    "sender": "大河内 紗希 <s-okochi@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 品質管理部 千葉様 <chiba.k@kitaguni-foods.co.jp>"],
    "cc": ["佐々木 <sasaki.m@hinode-sangyo.co.jp>"],
    "subject": "第9回 合同品質会議 議事録のご送付",
    "body": """北国フーズ株式会社
品質管理部　千葉様

いつもお世話になっております。
日の出産業 品質保証部の大河内です。

先日（6/12）の合同品質会議の議事録を送付いたします。
ファイルはパスワード付きZIPとしております。パスワードは別途メールにてお知らせいたします。

内容にご確認・修正がございましたら、6/20（金）までにご連絡ください。

どうぞよろしくお願いいたします。
""" + SIG_OKOCHI,
    "attachments": [{
        "kind": "zip",
        "name": "議事録_合同品質会議_20250612.zip",
        "password": "Kq7#m2Pz",
        "files": [{
            "kind": "docx",
            "name": "議事録_合同品質会議_20250612.docx",
            "paragraphs": ["第9回 合同品質会議 議事録", "日時：2025年6月12日 10:00-12:00",
                           "1. 前回指摘事項のフォローアップ", "2. 異物混入クレーム 2件の原因と対策",
                           "3. 次回開催：9月11日"],
        }],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP to an external partner cannot be inspected (reason 7)",
},
# 009 ─ internal safety committee minutes with named employees' health status
{
    "id": "gijiroku-009",
    "charset": "cp932",
    "sender": "栗林 勇 <i-kuribayashi@hinode-sangyo.co.jp>",
    "to": ["安全衛生委員会 委員 <anzen-iinkai@hinode-sangyo.co.jp>"],
    "cc": ["総務部長 <soumu-bucho@hinode-sangyo.co.jp>"],
    "subject": "5月度 安全衛生委員会 議事録（確認依頼）",
    "body": """安全衛生委員会 委員各位

事務局の栗林です。5月度委員会の議事録（案）です。
修正があれば6/6（金）までにご返信ください。

━━━━━━━━━━━━━━━━━━━━━━━━━━
５月度 安全衛生委員会 議事録（案）
日時：2025年5月28日（水）15:00～16:10
場所：小金井工場 管理棟 2F 会議室
出席：委員長 村椿、産業医 立花先生、委員 9名（欠席 1名）
━━━━━━━━━━━━━━━━━━━━━━━━━━

1. 労働災害発生状況
　・休業災害 0件、不休災害 1件（成形課、フォークリフト荷崩れによる打撲）
2. 長期休業者の状況（産業医より）
　・製造一課　大和田 茂さん：腰椎椎間板ヘルニアで休業中。7/1復職予定、当面は重量物作業を制限。
　・品質管理課　漆原 千尋さん：適応障害の診断により5/12より休職。月1回の面談を継続。
　・物流課　権藤 悠真さん：糖尿病の治療継続中。夜勤シフトから日勤への配置転換を検討。
3. 定期健康診断
　・受診率 96.2%（未受診 14名は6月中に追加実施）
4. 熱中症対策
　・WBGT計を成形エリアに2台追加。塩分タブレットを各職場に配備。
5. 次回：6月25日（水）15:00～

以上
""" + SIG_KURIBAYASHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "named employees' diagnoses, but every recipient is internal: must go",
},
# 010 ─ three-way meeting, two partner organisations
{
    "id": "gijiroku-010",
    "charset": "iso-2022-jp",
    "sender": "菅原 拓海 <t.sugawara@hinode-sangyo.co.jp>",
    "to": ["川崎電機 事業企画部 沼尻様 <numajiri@kawasaki-denki.co.jp>"],
    "cc": ["ツバサシステム 営業本部 宮地様 <miyaji.k@tsubasa-system.jp>", "桐生 <kiryu@hinode-sangyo.co.jp>"],
    "subject": "三社定例会議（7月）日程調整のお願い",
    "body": """川崎電機株式会社 沼尻様
株式会社ツバサシステム 宮地様

いつもお世話になっております。日の出産業 経営企画部の菅原です。

7月の三社定例会議の日程について、下記候補からご都合をお伺いできますでしょうか。

　候補1：7月 9日（水）13:30～15:00
　候補2：7月10日（木）10:00～11:30
　候補3：7月15日（火）16:00～17:30

場所は持ち回りにより、今回は弊社本社（芝大門）を予定しております。
議題はスマート工場PoCの中間報告と、次年度の費用分担についてです。

お手数ですが、6月27日（金）までにご返信をお願いいたします。
""" + SIG_SUGAWARA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "a normal three-way meeting mail: two external organisations in To/Cc",
},
# 011 ─ look-alike partner domain (letters swapped)
{
    "id": "gijiroku-011",
    "charset": "utf-8",
    "sender": "真鍋 俊 <s-manabe@hinode-sangyo.co.jp>",
    "to": ["石黒 達也 <t-ishiguro@kawasaki-dneki.co.jp>"],
    "cc": ["森岡 <morioka@hinode-sangyo.co.jp>"],
    "subject": "共同開発定例会（第8回）議事録",
    "body": """石黒様

お世話になっております。日の出産業 真鍋です。
昨日はありがとうございました。第8回定例会の議事録をお送りします。

【決定事項】
・試作2号機の振動試験は治具修正後、7/3に再実施（弊社）
・Rev.C基板は7/10までに10枚を弊社へ支給（貴社）
・量産移管の判定会議は9月第2週で仮設定

【宿題】
 No.  内容                          担当     期限
 1    振動試験 治具図面の共有        日の出   6/27
 2    ノイズ対策部品の代替候補提示    川崎電機 7/4
 3    コスト試算（年産2万台ベース）   日の出   7/11

次回：7月22日（火）15:00～ 弊社 技術センター

以上、ご確認をお願いいたします。
""" + SIG_MANABE,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kawasaki-dneki.co.jp is a letter-swapped look-alike of the partner kawasaki-denki.co.jp (reason 5)",
},
# 012 ─ online meeting connection details (meeting IDs are not personal data)
{
    "id": "gijiroku-012",
    "charset": "iso-2022-jp",
    "sender": "鳥海 健司 <k-toriumi@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 小野 <ono.y@tsubasa-system.jp>", "ツバサシステム 栗田 <kurita@tsubasa-system.jp>"],
    "subject": "基幹システム更改 定例会（6/19）オンライン接続情報",
    "body": """ツバサシステム
小野様、栗田様

お世話になっております。日の出産業 情報システム部の鳥海です。
6/19（木）の定例会は、弊社側の会議室工事のためオンライン開催とさせてください。

────────────────
Microsoft Teams 会議
会議 ID: 482 771 905 316
パスコード: hY7k2Q
電話で参加（音声のみ）: +81 3-4578-1111,,918273645#  Japan, Tokyo
電話会議 ID: 918 273 645#
────────────────

資料（課題管理表 v23、移行リハーサル計画）は前日までに共有フォルダへ格納します。
よろしくお願いいたします。
""" + SIG_TORIUMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "meeting ID, passcode and the conference dial-in number are not personal data",
},
# 013 ─ action items in a multi-sheet XLSX (names of owners only)
{
    "id": "gijiroku-013",
    "charset": "cp932",
    "sender": "国分 浩二 <k.kokubu@hinode-sangyo.co.jp>",
    "to": ["川崎電機 生産設備部 岩佐様 <iwasa@kawasaki-denki.co.jp>"],
    "subject": "第3ライン設備更新PJ 定例（6/18）アクションアイテム",
    "body": """岩佐様

いつもお世話になっております。日の出産業 生産技術部の国分です。
本日の定例会議のアクションアイテムを添付の通り整理しました。
シート「AI一覧」の期限・担当に誤りがあればご指摘ください。

次回は7/2（水）10時～、小金井工場にて実施予定です。

よろしくお願いします。
""" + SIG_KOKUBU,
    "attachments": [{
        "kind": "xlsx",
        "name": "第3ライン設備更新PJ_AI一覧_0618.xlsx",
        "sheets": {
            "AI一覧": [
                ["第3ライン設備更新プロジェクト　アクションアイテム一覧（2025/6/18 定例）"],
                ["No", "項目", "担当社", "担当者", "期限", "ステータス"],
                [1, "搬入経路の床耐荷重確認", "日の出産業", "国分", "2025/6/25", "対応中"],
                [2, "制御盤レイアウト図 Rev.2 提出", "川崎電機", "岩佐", "2025/6/27", "未着手"],
                [3, "既設コンベア撤去の外注見積", "日の出産業", "保坂", "2025/7/1", "対応中"],
                [4, "停電作業日程の調整（工場内）", "日の出産業", "国分", "2025/7/2", "未着手"],
                [5, "PLCプログラム 仕様レビュー", "川崎電機", "鶴見", "2025/7/9", "未着手"],
            ],
            "決定事項": [
                ["No", "決定事項"],
                [1, "立上げは2025年10月第2週とする"],
                [2, "旧設備の一部（検査機2台）は第2ラインへ移設"],
            ],
            "次回予定": [["日時", "場所"], ["2025/7/2 10:00-12:00", "小金井工場 技術棟 会議室A"]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "action items with owners' surnames only, one partner organisation",
},
# 014 ─ safety committee minutes with diagnoses to the external occupational physician clinic
{
    "id": "gijiroku-014",
    "charset": "iso-2022-jp",
    "sender": "栗林 勇 <i-kuribayashi@hinode-sangyo.co.jp>",
    "to": ["立花クリニック 立花先生 <tachibana@tachibana-clinic.jp>"],
    "subject": "6月度 安全衛生委員会 議事録（ご確認のお願い）",
    "body": """立花先生

いつもお世話になっております。日の出産業 安全衛生委員会事務局の栗林です。
先日の委員会ではご助言をいただきありがとうございました。
議事録（案）を下記のとおりまとめましたので、先生のご発言部分をご確認いただけますでしょうか。

--------------------------------------------------
６月度 安全衛生委員会 議事録（案）　2025年6月25日
--------------------------------------------------
1. 労災発生状況：休業 0件 / 不休 0件
2. 長期休業者・就業制限者の状況
 ・製造一課 大和田 茂（社員番号 10482）
   腰椎椎間板ヘルニア術後。7/1より復職、3か月間 20kg超の重量物取扱いを制限。
 ・品質管理課 漆原 千尋（社員番号 11937）
   適応障害により休職継続。8月末に復職判定面談を予定（立花先生）。
 ・物流課 権藤 悠真（社員番号 12205）
   2型糖尿病。夜勤免除とし、7月より日勤シフトへ変更。
3. 熱中症対策：WBGT 31以上で作業中断ルールを周知済み
4. ストレスチェック：受検率 91.4%、高ストレス者面談の申出 3件
--------------------------------------------------

お手数ですが、7/2頃までにご返信いただけますと幸いです。
""" + SIG_KURIBAYASHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named employees' diagnoses (要配慮個人情報) sent outside the company to an external clinic (reason 3)",
},
# 015 ─ one free-mail recipient (the company's adviser)
{
    "id": "gijiroku-015",
    "charset": "iso-2022-jp",
    "sender": "白石 由紀 <y-shiraishi@hinode-sangyo.co.jp>",
    "to": ["冨永 和夫 <kazuo.tominaga52@gmail.com>"],
    "cc": ["社長秘書 大谷 <otani.r@hinode-sangyo.co.jp>"],
    "subject": "経営諮問会議（7月）のご案内",
    "body": """冨永顧問

いつも大変お世話になっております。秘書室の白石でございます。
7月の経営諮問会議のご案内をお送りいたします。

　日時：2025年7月23日（水）14:00～16:00
　場所：本社 12階 役員会議室
　議題：① 中期経営計画（2026-2028）骨子について
　　　　② 海外拠点（タイ）再編の方向性

当日はお車をご用意いたします。13:15にご自宅前へお迎えに上がる予定ですが、
ご都合が変わりましたら私までお知らせくださいませ。

資料は会議の3日前に郵送いたします。
何卒よろしくお願い申し上げます。
""" + SIG_SHIRAISHI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient (the adviser's private address) with a meeting notice; nothing personal",
},
# 016 ─ compliance committee minutes (public version); 個人情報 only mentioned
{
    "id": "gijiroku-016",
    "charset": "utf-8",
    "sender": "相馬 直樹 <n-soma@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "コンプライアンス委員会（第2四半期）議事録 公開版の送付",
    "body": """白川先生

いつもお世話になっております。日の出産業 法務部の相馬です。

第2四半期コンプライアンス委員会の議事録（公開版）を添付いたします。
社内公開用のため、個人情報保護の観点から通報者・被通報者を特定できる記載はすべて削除し、
発言者は役職名で記載しております。

外部委員として先生にご出席いただいた際のご発言（下請法対応の部分）について、
表現に問題がないかご確認いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_SOMA,
    "attachments": [{
        "kind": "docx",
        "name": "コンプライアンス委員会議事録_2025Q2_公開版.docx",
        "title": "コンプライアンス委員会議事録 2025年度第2四半期（公開版）",
        "paragraphs": [
            "コンプライアンス委員会 議事録（公開版）",
            "開催日：2025年6月20日　場所：本社 12階 中会議室",
            "出席：委員長（管理本部長）、委員 6名、外部委員（弁護士）",
            "1. 内部通報の受付状況：第2四半期 4件（ハラスメント 2件、経費精算 1件、その他 1件）。いずれも調査中または対応済み。",
            "2. 下請法対応：支払期日の遅延 1件を是正。購買部に再発防止策の策定を指示。",
            "3. 研修計画：全社員向けeラーニング（10月）、管理職向けハラスメント研修（11月）。",
            "4. 次回開催：2025年9月19日",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "anonymised committee minutes to the company's law firm; 個人情報 is only mentioned",
},
# 017 ─ 社外秘 stamped PDF to a consultant
{
    "id": "gijiroku-017",
    "charset": "cp932",
    "sender": "菅原 拓海 <t.sugawara@hinode-sangyo.co.jp>",
    "to": ["ほしぞらコンサルティング 大竹様 <ohtake@hoshizora-consulting.co.jp>"],
    "subject": "中期経営計画 検討会（第3回）資料",
    "body": """大竹様

お世話になっております。日の出産業 経営企画部の菅原です。
明日の第3回検討会の資料をお送りします。
事前にお目通しいただき、論点②（事業ポートフォリオ）についてご意見を頂戴できれば幸いです。

どうぞよろしくお願いいたします。
""" + SIG_SUGAWARA,
    "attachments": [{
        "kind": "pdf",
        "name": "中計検討会_第3回資料.pdf",
        "title": "中期経営計画 検討会 第3回",
        "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 経営企画部",
        "lines": [
            "中期経営計画（2026-2028）検討会　第3回",
            "2025年7月1日",
            "",
            "論点① 売上目標：2028年度 連結売上高 1,450億円（CAGR 4.8%）",
            "論点② 事業ポートフォリオ：食品機械事業の縮小・撤退オプション",
            "論点③ 設備投資：3か年 累計 210億円、うち成長投資 120億円",
            "論点④ 株主還元：配当性向 35%→40%",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached PDF carries a 社外秘 stamp in its page header and goes to an external consultant (reason 6)",
},
# 018 ─ internal: outside directors' My Numbers to accounting
{
    "id": "gijiroku-018",
    "charset": "iso-2022-jp",
    "sender": "井上 真理子 <m-inoue@hinode-sangyo.co.jp>",
    "to": ["浜口 大輔 <d-hamaguchi@hinode-sangyo.co.jp>"],
    "subject": "社外取締役 報酬支払に係る個人番号の件",
    "body": """浜口さん

お疲れさまです。取締役会事務局の井上です。
社外取締役3名の報酬支払（支払調書作成）用に、ご本人から提出いただいた個人番号等を
下記のとおりお知らせします。取扱いは番号管理規程に沿ってお願いします。

　氏名：百瀬 由香里
　住所：東京都文京区本駒込1-18-3
　個人番号：""" + _mn(6) + """

　氏名：ハーパー 恵美
　住所：東京都渋谷区広尾5-9-1-1201
　個人番号：""" + _mn(7) + """

　氏名：志賀 隆之
　住所：神奈川県鎌倉市山ノ内1402-6
　個人番号：""" + _mn(8) + """

番号確認書類の写しは総務キャビネット（施錠）に保管しています。
よろしくお願いします。

井上""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "My Numbers, but the only recipient is internal (accounting): must go",
},
# 019 ─ English reply, the partner's participant list only quoted
{
    "id": "gijiroku-019",
    "charset": "utf-8",
    "sender": "Emily Koga <emily.koga@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitfield <d.whitfield@greenbridge-partners.com>"],
    "subject": "Re: Action items from the Q2 Steering Committee",
    "body": """Hi Daniel,

Thanks for the quick turnaround. The action items look right to me, with one change:
item 3 (updated distributor margin model) is on our side, not yours - Kenta will send
it by 4 July.

I have also booked the room for the Q3 meeting on 11 September (Tokyo, 10:00-16:00 JST).

Best regards,
Emily

On Tue, 17 Jun 2025 at 17:02, Daniel Whitfield <d.whitfield@greenbridge-partners.com> wrote:
> Emily,
>
> Please find the action items from today's Steering Committee below.
>
> 1. Finalise the 2026 volume forecast - GreenBridge (Sarah) - 27 Jun
> 2. Share the revised logistics quote - Hinode (Kenta) - 30 Jun
> 3. Updated distributor margin model - GreenBridge (Tom) - 4 Jul
>
> Attendees (for the record):
>   Daniel Whitfield   d.whitfield@greenbridge-partners.com   +44 20 7946 0321
>   Sarah Lindqvist    s.lindqvist@greenbridge-partners.com   +44 20 7946 0388
>   Tom Baptiste       t.baptiste@greenbridge-partners.com    +44 7700 900417
>   Emily Koga         emily.koga@hinode-sangyo.co.jp         +81 3 5401 7650
>   Kenta Morishige    k.morishige@hinode-sangyo.co.jp        +81 3 5401 7655
>
> Cheers,
> Daniel
""" + SIG_KOGA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English reply; the attendee list is in the quoted text the recipient wrote himself",
},
# 020 ─ council member list (8 people, mobiles and e-mails) as CSV to a partner
{
    "id": "gijiroku-020",
    "charset": "iso-2022-jp",
    "sender": "波多野 恵 <m.hatano@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 総務部 桑原様 <kuwabara@aoba-unyu.co.jp>"],
    "subject": "協力会社安全衛生協議会 次回幹事のお引き受けについて（委員名簿送付）",
    "body": """青葉運輸株式会社
総務部　桑原様

いつもお世話になっております。日の出産業 購買部の波多野です。

このたびは次回（第22回）協力会社安全衛生協議会の幹事をお引き受けいただき、誠にありがとうございます。
ご案内状の送付にお使いいただけるよう、現在の委員名簿をCSVでお送りします。

開催日程が決まりましたら、事務局にもご一報いただけますと幸いです。
よろしくお願いいたします。
""" + SIG_HATANO,
    "attachments": [{
        "kind": "csv",
        "name": "安全衛生協議会_委員名簿_2025.csv",
        "encoding": "cp932",
        "rows": [
            ["会社名", "氏名", "役職", "携帯電話", "メールアドレス"],
            ["日の出産業", "栗林 勇", "安全衛生課 主任", "080-6120-4471", "i-kuribayashi@hinode-sangyo.co.jp"],
            ["青葉運輸", "桑原 誠", "総務部 課長", "090-3381-0927", "kuwabara@aoba-unyu.co.jp"],
            ["北国フーズ", "美濃部 隼人", "工場長代理", "070-4418-2356", "minobe.h@kitaguni-foods.co.jp"],
            ["錦印刷", "風間 理恵", "安全管理室", "080-7755-1302", "kazama@nishiki-insatsu.co.jp"],
            ["川崎電機", "塙 孝明", "生産管理部 係長", "090-2046-8813", "hanawa.t@kawasaki-denki.co.jp"],
            ["丸栄工業", "五味 康介", "代表取締役", "090-8862-4410", "gomi@maruei-kogyo.co.jp"],
            ["東和テクノ", "鬼塚 亜紀", "品質安全課", "080-2913-6657", "onizuka@towa-techno.jp"],
            ["関東梱包", "仙波 大地", "現場責任者", "070-6630-1148", "senba.d@kanto-konpo.co.jp"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "CSV roster of eight council members with mobile numbers and e-mail addresses to an external partner (reason 1)",
},
# 021 ─ PPTX meeting material to the printer
{
    "id": "gijiroku-021",
    "charset": "cp932",
    "sender": "三宅 陽菜 <h.miyake@hinode-sangyo.co.jp>",
    "to": ["錦印刷株式会社 営業部 今泉様 <imaizumi@nishiki-insatsu.co.jp>"],
    "subject": "秋季キャンペーン販促物 制作定例（第2回）資料",
    "body": """錦印刷株式会社
今泉様

お世話になっております。日の出産業 三宅です。
明日の制作定例の資料をお送りします。
スライド3の部数・納品先について、前回から変更がありますのでご確認ください。

よろしくお願いいたします。
""" + SIG_MIYAKE,
    "attachments": [{
        "kind": "pptx",
        "name": "秋季キャンペーン販促物_制作定例_第2回.pptx",
        "title": "秋季キャンペーン販促物 制作定例",
        "slides": [
            ["秋季キャンペーン販促物 制作定例（第2回）", "2025年7月8日", "日の出産業 営業企画部"],
            ["前回の決定事項", "A4三つ折りリーフレットのデザイン案はB案で確定", "POPは卓上型と吊り下げ型の2種"],
            ["部数・納品先（変更あり）", "リーフレット 48,000部（+6,000）", "卓上POP 2,400部", "納品先：東日本物流センター・西日本物流センターの2か所"],
            ["スケジュール", "初校 7/18", "再校 7/29", "校了 8/5", "納品 8/22"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "print production meeting slides: quantities and schedule, no personal data",
},
# 022 ─ partner minutes mentioning a colleague's hospitalisation (borderline)
{
    "id": "gijiroku-022",
    "charset": "iso-2022-jp",
    "sender": "大河内 紗希 <s-okochi@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 品質管理部 千葉様 <chiba.k@kitaguni-foods.co.jp>"],
    "subject": "合同品質会議 臨時打合せ（6/30）議事メモ",
    "body": """千葉様

お世話になっております。日の出産業の大河内です。
本日の臨時打合せの議事メモです。

・包材ロット 25F-118 のシール不良：原因は熱板温度の設定ずれ。6/27出荷分まで遡って全数検査済み。
・再発防止：温度記録の自動化を8月末までに実施（日の出）。
・クレーム品の回収：7/4までに北国フーズ様の札幌DCへ着荷予定。

なお、弊社 品質管理課の佐々木は体調を崩して入院しており、7月中は不在となります。
その間の窓口は私、大河内が務めますので、ご連絡は私宛にお願いいたします。

引き続きよろしくお願いいたします。
""" + SIG_OKOCHI,
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named colleague's hospitalisation (no diagnosis) told to a partner: medical information or a plain absence notice?",
},
# 023 ─ building entry request for four visitors
{
    "id": "gijiroku-023",
    "charset": "utf-8",
    "sender": "国分 浩二 <k.kokubu@hinode-sangyo.co.jp>",
    "to": ["川崎電機 川崎事業所 総務課 入館受付 <nyukan@kawasaki-denki.co.jp>"],
    "cc": ["岩佐様 <iwasa@kawasaki-denki.co.jp>"],
    "subject": "【入館申請】7/9 設備デザインレビュー 弊社参加者（4名）",
    "body": """川崎電機株式会社 川崎事業所
総務課 入館受付ご担当者様
（cc：生産設備部 岩佐様）

お世話になっております。日の出産業 生産技術部の国分です。
7月9日（水）13:00～17:00 の設備デザインレビュー（会議室C-301）に伺う弊社参加者は以下の4名です。
入館証のご手配をお願いいたします。

 氏名（ふりがな）              所属                当日連絡先
 国分 浩二（こくぶ こうじ）    生産技術部          080-5521-3398
 保坂 美月（ほさか みづき）    生産技術部          090-7316-2045
 鷲尾 岳（わしお がく）        製造一課            070-1883-5526
 フェルナンド 大樹（ふぇるなんど だいき） 品質保証部  080-9420-7713

車両での来場はございません（電車で伺います）。
よろしくお願いいたします。
""" + SIG_KOKUBU,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four people's names and mobile numbers for a building pass, one partner: below the five-record line, a warning at most",
},
# 024 ─ outside directors' My Numbers to the tax accountant
{
    "id": "gijiroku-024",
    "charset": "iso-2022-jp",
    "sender": "井上 真理子 <m-inoue@hinode-sangyo.co.jp>",
    "to": ["みなと税理士法人 担当 荻原様 <ogiwara@minato-zeirishi.jp>"],
    "subject": "社外取締役 報酬の支払調書作成について",
    "body": """みなと税理士法人
荻原様

いつもお世話になっております。日の出産業の井上です。
ご依頼のありました、今期途中で退任した社外取締役2名分の支払調書作成に必要な情報をお送りいたします。

【1】
氏名：　志賀 隆之（しが たかゆき）
住所：　神奈川県鎌倉市山ノ内1402-6
個人番号：""" + _mn(1, "-") + """
支払額：2,400,000円（源泉徴収額 245,040円）

【2】
氏名：　鮎川 宗一郎（あゆかわ そういちろう）
住所：　東京都目黒区八雲2-5-19
個人番号：""" + _zen(_mn(2, "-")) + """
支払額：1,800,000円（源泉徴収額 183,780円）

番号確認書類（通知カード写し）が必要な場合はお知らせください。
以上、よろしくお願いいたします。
""" + SIG_INOUE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two former directors' My Numbers (one in full-width digits) to an external tax firm (reason 2)",
},
# 025 ─ internal management meeting minutes stamped 社外秘
{
    "id": "gijiroku-025",
    "charset": "cp932",
    "sender": "菅原 拓海 <t.sugawara@hinode-sangyo.co.jp>",
    "to": ["経営会議メンバー <keiei-kaigi@hinode-sangyo.co.jp>"],
    "cc": ["経営企画部 <keikaku@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】6月度 経営会議 議事録",
    "body": """経営会議メンバー各位

経営企画部 菅原です。6月度経営会議の議事録を送付します。

【社外秘】本議事録は社外への転送を禁止します。

■日時：2025年6月16日（月）9:00-11:45　■場所：本社12F 役員会議室
■出席：社長、専務、常務3名、執行役員5名、常勤監査役（陪席）

1. 5月度 月次業績
　売上高 118.6億円（予算比 97.2%）、営業利益 6.1億円（同 88.5%）。
　食品機械事業の受注遅れが主因。下期挽回策を7月会議で審議。
2. タイ子会社の再編
　現地パートナーとの合弁解消に向けた交渉を開始することを承認。
3. 人員計画
　2026年度新卒採用 62名（技術系 40名）で確定。
4. その他
　株主総会想定問答の最終確認（総務部）。

以上
""" + SIG_SUGAWARA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘 marking, but the minutes go only to internal addresses",
},
# 026 ─ logistics meeting minutes with contract/PO/tracking numbers
{
    "id": "gijiroku-026",
    "charset": "iso-2022-jp",
    "sender": "波多野 恵 <m.hatano@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 営業部 仁科様 <nishina@aoba-unyu.co.jp>"],
    "subject": "物流改善会議（6/23）議事録",
    "body": """仁科様

お世話になっております。日の出産業 波多野です。
6/23の物流改善会議の議事録をお送りします。

１．対象契約：運送基本契約 HS-LG-2025-0147（2025/4/1～）
２．遅延案件の確認
　　・発注番号 PO-4500182736　（6/11 小金井→大阪DC）　問合せ番号 4821-3390-5512
　　・発注番号 PO-4500183102　（6/13 小金井→福岡DC）　問合せ番号 4821-3390-6087
　　いずれも中継拠点での積替え待ちが原因。
３．対策
　　・6月末から小金井工場の出荷締めを16:00→15:00に前倒し
　　・大阪向けは週2便を直行便に切替（見積 QT-25-0612 で合意）
４．次回：7/28（月）14:00～　青葉運輸 小山センター

ご確認のほどよろしくお願いいたします。
""" + SIG_HATANO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contract, purchase-order, quotation and tracking numbers are not personal data",
},
# 027 ─ residents' liaison meeting minutes to three private persons in To
{
    "id": "gijiroku-027",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 楓 <k-usami@hinode-sangyo.co.jp>",
    "to": [
        "小金井四丁目自治会 会長 岩渕様 <iwabuchi.kenzo@yahoo.co.jp>",
        "小金井四丁目自治会 環境部 丹羽様 <niwa-yoshie@docomo.ne.jp>",
        "小金井中央自治会 副会長 楠本様 <kusumoto.t1961@gmail.com>",
    ],
    "subject": "第7回 小金井工場 環境連絡会 議事録の送付",
    "body": """小金井四丁目自治会　岩渕様、丹羽様
小金井中央自治会　楠本様

平素より大変お世話になっております。
日の出産業 サステナビリティ推進室の宇佐美でございます。

先日は第7回環境連絡会にご出席いただき、誠にありがとうございました。
議事録を下記のとおりお送りいたします。

【日時】2025年6月21日（土）10:00～11:30
【場所】小金井工場 厚生棟 1階 多目的室
【出席】自治会より3名様、弊社より工場長ほか4名

１．前回のご指摘（夜間のフォークリフト警報音）への対応
　　→ 22時以降は屋外作業を原則中止、警報音を低音タイプに交換済み
２．排水水質の測定結果（4～5月）：全項目で基準値以下
３．大型車両の通行ルート：通学時間帯（7:30～8:15）は県道側へ迂回
４．10月の工場見学会（地域の皆様向け）のご案内

次回は12月上旬を予定しております。
ご不明な点がございましたら、お気軽にご連絡ください。
""" + SIG_USAMI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three private persons on free mail in To can see each other's addresses; should have been Bcc (reason 4)",
},
# 028 ─ HTML-only quality summary to a partner
{
    "id": "gijiroku-028",
    "charset": "utf-8",
    "sender": "大河内 紗希 <s-okochi@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 千葉 <chiba.k@kitaguni-foods.co.jp>"],
    "subject": "合同品質会議 サマリー（2025年5月度実績）",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>北国フーズ株式会社<br>千葉様</p>
<p>いつもお世話になっております。日の出産業 品質保証部の大河内です。<br>
次回合同品質会議の事前資料として、5月度の実績サマリーをお送りします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde6f3"><th>製品群</th><th>出荷数</th><th>クレーム件数</th><th>ppm</th><th>前月比</th></tr>
<tr><td>充填機用 包材A</td><td>1,204,000</td><td>3</td><td>2.5</td><td>▲1.1</td></tr>
<tr><td>充填機用 包材B</td><td>842,500</td><td>5</td><td>5.9</td><td>+2.3</td></tr>
<tr><td>計量カップ</td><td>310,000</td><td>0</td><td>0.0</td><td>±0</td></tr>
<tr><td>トレー（冷凍用）</td><td>655,200</td><td>2</td><td>3.1</td><td>▲0.4</td></tr>
</table>
<p>包材Bのクレーム増加はシール不良2件・異物1件・外観2件です。詳細は会議でご説明いたします。</p>
<p>--<br>日の出産業株式会社 品質保証部 大河内 紗希<br>TEL 0285-44-3107</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML-only mail with a table of product quality figures, no people",
},
# 029 ─ NDA mentioned before a meeting
{
    "id": "gijiroku-029",
    "charset": "iso-2022-jp",
    "sender": "真鍋 俊 <s-manabe@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 技術部 江藤様 <eto.m@tsubasa-system.jp>"],
    "subject": "画像検査AI 共同検討会の件（秘密保持契約の締結について）",
    "body": """江藤様

お世話になっております。日の出産業 研究開発部の真鍋です。

先日ご提案いただいた画像検査AIの共同検討会について、社内で進める方向となりました。
第1回の検討会では弊社の不良画像データ（サンプル約2,000枚）をお見せする予定のため、
その前に両社間で秘密保持契約（NDA）を締結させていただきたく存じます。

弊社ひな形を法務部から別途お送りしますので、貴社法務部門でご確認をお願いいたします。
締結後、7月下旬を目処に第1回を開催できればと考えております。

ご検討のほどよろしくお願いいたします。
""" + SIG_MANABE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about concluding an NDA before a meeting; no marking, no personal data",
},
# 030 ─ look-alike partner domain (dropped co.)
{
    "id": "gijiroku-030",
    "charset": "cp932",
    "sender": "波多野 恵 <m.hatano@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 安藤様 <t-ando@aoba-unyu.jp>"],
    "subject": "第14回 協力会社連絡会 議事録送付",
    "body": """青葉運輸株式会社
安藤様

いつもお世話になっております。日の出産業 購買部の波多野です。
先日は協力会社連絡会にご出席いただき、ありがとうございました。
また、物流2024年問題への対応状況のご報告をいただき、重ねて御礼申し上げます。

議事録を以下に記載いたします。

◆議事要旨
1. 上期調達方針：主要資材の価格改定は四半期ごとに協議
2. 物流対応（青葉運輸様）：中継輸送の導入で長距離便の拘束時間を平均2.1時間短縮
3. 品質不具合：梱包起因の破損が前年比 18%減
4. BCP合同訓練：10月16日（木）実施で決定

◆次回：2025年11月予定

ご確認よろしくお願いいたします。
""" + SIG_HATANO,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.jp drops the 'co.' of the partner domain aoba-unyu.co.jp (reason 5)",
},
# 031 ─ issue list CSV (UTF-8) to the system vendor
{
    "id": "gijiroku-031",
    "charset": "utf-8",
    "sender": "鳥海 健司 <k-toriumi@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 小野様 <ono.y@tsubasa-system.jp>"],
    "subject": "定例会（6/19）課題管理表の更新版",
    "body": """小野様

お世話になっております。鳥海です。
本日の定例会で更新した課題管理表をCSVでお送りします（UTF-8です）。
No.41とNo.44はクローズとしました。

以上、よろしくお願いします。
""" + SIG_TORIUMI,
    "attachments": [{
        "kind": "csv",
        "name": "課題管理表_20250619.csv",
        "encoding": "utf-8",
        "rows": [
            ["No", "課題", "起票日", "担当", "期限", "状況"],
            ["38", "受注データ移行時の文字化け（外字）", "2025/5/22", "ツバサ 栗田", "2025/6/30", "対応中"],
            ["41", "帳票出力の改ページ位置", "2025/6/2", "ツバサ 小野", "2025/6/19", "完了"],
            ["43", "夜間バッチの実行時間超過", "2025/6/5", "日の出 鳥海", "2025/7/4", "対応中"],
            ["44", "権限ロールの棚卸し", "2025/6/9", "日の出 上原", "2025/6/19", "完了"],
            ["45", "移行リハーサル第2回の日程", "2025/6/19", "両社", "2025/6/26", "未着手"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "issue tracker rows with owners' surnames only, one vendor",
},
# 032 ─ internal committee roster with contacts
{
    "id": "gijiroku-032",
    "charset": "iso-2022-jp",
    "sender": "栗林 勇 <i-kuribayashi@hinode-sangyo.co.jp>",
    "to": ["安全衛生委員会 委員 <anzen-iinkai@hinode-sangyo.co.jp>"],
    "subject": "2025年度 安全衛生委員会 委員名簿（更新）",
    "body": """委員各位

事務局 栗林です。
7月の人事異動を反映した委員名簿を添付します。
緊急時の連絡網としても使用しますので、携帯番号に誤りがないかご確認ください。
""" + SIG_KURIBAYASHI,
    "attachments": [{
        "kind": "xlsx",
        "name": "安全衛生委員会_委員名簿_2025-07.xlsx",
        "sheets": {
            "委員名簿": [
                ["安全衛生委員会 委員名簿（2025年7月1日現在）"],
                ["区分", "氏名", "所属", "内線", "携帯", "メール"],
                ["委員長", "村椿 誠司", "小金井工場長", "5001", "090-1124-7765", "muratsubaki@hinode-sangyo.co.jp"],
                ["産業医", "立花 遼", "立花クリニック", "-", "080-3392-0014", "tachibana@tachibana-clinic.jp"],
                ["委員（会社）", "国分 浩二", "生産技術部", "5152", "080-5521-3398", "k.kokubu@hinode-sangyo.co.jp"],
                ["委員（会社）", "大河内 紗希", "品質保証部", "5107", "070-6672-1180", "s-okochi@hinode-sangyo.co.jp"],
                ["委員（会社）", "栗林 勇", "安全衛生課", "2245", "080-6120-4471", "i-kuribayashi@hinode-sangyo.co.jp"],
                ["委員（組合）", "早乙女 剛", "製造一課", "5230", "090-4467-9021", "saotome.t@hinode-sangyo.co.jp"],
                ["委員（組合）", "千田 なつみ", "物流課", "5318", "080-2284-6635", "senda.n@hinode-sangyo.co.jp"],
                ["委員（組合）", "宜保 良太", "成形課", "5274", "070-3150-8842", "gibo.r@hinode-sangyo.co.jp"],
                ["衛生管理者", "鴨下 純子", "総務課", "5020", "090-6655-2198", "kamoshita@hinode-sangyo.co.jp"],
            ],
            "開催予定": [["月", "日付"], ["7月", "7/23"], ["8月", "8/27"], ["9月", "9/24"]],
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "a committee roster with mobiles, sent only to an internal list",
},
# 033 ─ banquet dietary needs tied to named guests (religion, allergy) to the hotel
{
    "id": "gijiroku-033",
    "charset": "utf-8",
    "sender": "三宅 陽菜 <h.miyake@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会営業課 神田様 <banquet.kanda@sakura-hotel.jp>"],
    "subject": "7/24 代理店会議 懇親会のお料理について（個別対応のお願い）",
    "body": """さくらホテル 宴会営業課
神田様

お世話になっております。日の出産業 営業企画部の三宅です。
7/24（木）18:30～の代理店会議 懇親会（45名、立食）について、
お料理の個別対応をお願いしたい方がいらっしゃいますので、ご連絡いたします。

・Ahmad Farhan 様（PT. Sinar Mesin、マレーシアより来日）
　イスラム教徒のため、ハラール対応のお食事をお願いします。アルコール不使用で。
・新井 光太郎 様（新井機工）
　宗教上の理由（ヒンドゥー教）により牛肉を召し上がりません。
・今村 沙耶 様（弊社 大阪支店）
　そばアレルギーがあります（重度とのことです）。

お名前の札をお料理の横に置いていただけますでしょうか。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MIYAKE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named guests' religion and a severe allergy (要配慮個人情報) sent to a hotel (reason 3)",
},
# 034 ─ legacy XLS room schedule
{
    "id": "gijiroku-034",
    "charset": "iso-2022-jp",
    "sender": "白石 由紀 <y-shiraishi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 総務部 桑原様 <kuwabara@aoba-unyu.co.jp>"],
    "subject": "7月の合同会議 会議室予約状況（Excel）",
    "body": """桑原様

いつもお世話になっております。日の出産業 秘書室の白石でございます。
7月に弊社本社で開催予定の合同会議について、会議室の予約状況を添付いたします。
古い形式のExcelで恐縮ですが、ご確認ください。

ご利用人数に変更がございましたら、お知らせくださいませ。
""" + SIG_SHIRAISHI,
    "attachments": [{
        "kind": "xls",
        "name": "会議室予約_2025年7月.xls",
        "sheets": {
            "7月": [
                ["日付", "時間", "会議室", "会議名", "人数"],
                ["2025/7/8", "10:00-12:00", "12F 中会議室", "物流定例（青葉運輸様）", 8],
                ["2025/7/15", "14:00-16:30", "12F 大会議室", "協力会社連絡会 準備会", 14],
                ["2025/7/28", "13:00-15:00", "9F 会議室3", "BCP訓練 打合せ", 6],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a room booking table in a legacy XLS; meeting names and head counts only",
},
# 035 ─ Outlook-style reply; the vendor's member list is only quoted
{
    "id": "gijiroku-035",
    "charset": "cp932",
    "sender": "鳥海 健司 <k-toriumi@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 小野様 <ono.y@tsubasa-system.jp>"],
    "subject": "RE: 移行リハーサル 体制表のご送付",
    "body": """小野様

体制表のご送付ありがとうございます。鳥海です。
7/12（土）の移行リハーサルは、この7名の方の入館を弊社総務に申請しておきます。
当日は8:30に本社通用口へお越しください。

よろしくお願いします。

""" + SIG_TORIUMI + """

差出人: 小野 洋平 <ono.y@tsubasa-system.jp>
送信日時: 2025年6月24日 18:12
宛先: 鳥海 健司 <k-toriumi@hinode-sangyo.co.jp>
件名: 移行リハーサル 体制表のご送付

鳥海様

お世話になっております。ツバサシステムの小野です。
7/12 移行リハーサルの弊社側体制をお送りします。

役割            氏名          携帯
リーダー        小野 洋平     090-4418-2076
DB移行          栗田 亮       080-6631-9054
DB移行          眞栄田 咲     070-2204-8817
アプリ確認      羽生 俊介     090-7752-1369
アプリ確認      ディアス 玲奈 080-1195-4430
インフラ        宍戸 勇気     090-3386-7201
インフラ        八重樫 翼     070-5527-6648

以上、よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the seven-person list sits under 差出人/送信日時: quoted from the recipient's own mail; new text is harmless",
},
# 036 ─ corrupt XLSX to a partner
{
    "id": "gijiroku-036",
    "charset": "utf-8",
    "sender": "波多野 恵 <m.hatano@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 営業部 仁科様 <nishina@aoba-unyu.co.jp>"],
    "subject": "連絡会 アクションアイテム一覧（6/20時点）",
    "body": """仁科様

お世話になっております。波多野です。
協力会社連絡会のアクションアイテム一覧（6/20時点）を添付いたします。
青葉運輸様ご担当分（No.3、No.7）の進捗をご記入のうえ、ご返送いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_HATANO,
    "attachments": [{"kind": "corrupt", "name": "アクションアイテム一覧_0620.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be inspected before it leaves (reason 7)",
},
# 037 ─ room rental application with the company's corporate number
{
    "id": "gijiroku-037",
    "charset": "iso-2022-jp",
    "sender": "白石 由紀 <y-shiraishi@hinode-sangyo.co.jp>",
    "to": ["東京カンファレンスセンター品川 予約係 <reserve@tokyo-conf-shinagawa.co.jp>"],
    "subject": "会議室利用申込（9/18 取締役研修会）",
    "body": """東京カンファレンスセンター品川
予約係 ご担当者様

いつもお世話になっております。日の出産業 秘書室の白石です。
先日仮押さえいただいた会議室について、正式に申し込みいたします。

　利用日時：2025年9月18日（木）9:00～18:00
　会議室　：5F ルーム5A（スクール形式 24名）
　用途　　：取締役研修会
　付帯設備：プロジェクター、ワイヤレスマイク2本、ホワイトボード
　昼食　　：弁当24個（12:00 搬入）

　請求先：日の出産業株式会社 総務部
　　　　　〒105-0012 東京都港区芝大門2-8-14
　法人番号：""" + HINODE_HOUJIN + """
　適格請求書発行事業者登録番号：T""" + HINODE_HOUJIN + """

請求書は上記宛にご郵送ください。よろしくお願いいたします。
""" + SIG_SHIRAISHI,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "the company's own corporate number and invoice registration number; business data, not personal",
},
# 038 ─ influenza mentioned in passing
{
    "id": "gijiroku-038",
    "charset": "cp932",
    "sender": "栗林 勇 <i-kuribayashi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 総務部 桑原様 <kuwabara@aoba-unyu.co.jp>"],
    "subject": "第22回 安全衛生協議会の開催形式について",
    "body": """桑原様

お世話になっております。日の出産業 安全衛生課の栗林です。
幹事のお引き受け、改めて御礼申し上げます。

次回協議会の開催形式について、一点ご相談です。
例年12月はインフルエンザや新型コロナの流行期にあたるため、
今回は会場参加とオンライン参加の併用にしてはいかがでしょうか。
会場は各社1名、それ以外の方はTeamsでのご参加とするイメージです。

また、講話のテーマ候補として「冬季の路面凍結と構内事故」を考えております。
ご意見をお聞かせいただけますと幸いです。
""" + SIG_KURIBAYASHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "diseases mentioned in general terms about the season, not tied to any person",
},
# 039 ─ kickoff minutes PDF with an attendee table of mobiles and e-mails
{
    "id": "gijiroku-039",
    "charset": "utf-8",
    "sender": "鳥海 健司 <k-toriumi@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 小野様 <ono.y@tsubasa-system.jp>"],
    "subject": "ネットワーク更改PJ キックオフ議事録",
    "body": """小野様

お世話になっております。鳥海です。
先週のキックオフの議事録をPDFでお送りします。
巻末の体制表（緊急連絡先）は、再委託先の東雲ネットワークス様分も含めています。
東雲様への展開は小野様からお願いできますでしょうか。
""" + SIG_TORIUMI,
    "attachments": [{
        "kind": "pdf",
        "name": "NW更改PJ_キックオフ議事録.pdf",
        "title": "ネットワーク更改プロジェクト キックオフ議事録",
        "lines": [
            "ネットワーク更改プロジェクト キックオフ 議事録",
            "日時：2025年6月13日（金）10:00-12:00　場所：日の出産業 本社 9F 会議室2",
            "1. プロジェクト目的とスコープ（全拠点 14か所のスイッチ・無線AP更改）",
            "2. スケジュール：設計 7-8月、構築 9-11月、切替 12月（週末作業）",
            "3. 体制と連絡ルール：障害時は下記の緊急連絡先へ電話",
            "",
            "体制表（緊急連絡先）",
        ],
        "table": [
            ["会社", "氏名", "役割", "携帯", "メール"],
            ["日の出産業", "鳥海 健司", "PM", "080-3157-6624", "k-toriumi@hinode-sangyo.co.jp"],
            ["日の出産業", "上原 崇", "拠点調整", "090-7720-1386", "uehara.t@hinode-sangyo.co.jp"],
            ["ツバサシステム", "小野 洋平", "PL", "090-4418-2076", "ono.y@tsubasa-system.jp"],
            ["ツバサシステム", "宍戸 勇気", "設計", "090-3386-7201", "shishido@tsubasa-system.jp"],
            ["東雲ネットワークス", "久我 一平", "構築リーダー", "080-5561-0237", "kuga@shinonome-nw.co.jp"],
            ["東雲ネットワークス", "長谷部 杏", "構築", "070-8843-2915", "hasebe.a@shinonome-nw.co.jp"],
            ["東雲ネットワークス", "鬼頭 誠", "夜間作業", "090-1172-5548", "kito.m@shinonome-nw.co.jp"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDF minutes end with a seven-person table of mobiles and e-mails (incl. a subcontractor's staff), sent outside (reason 1)",
},
# 040 ─ English JV board agenda with the standard disclaimer
{
    "id": "gijiroku-040",
    "charset": "utf-8",
    "sender": "Emily Koga <emily.koga@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitfield <d.whitfield@greenbridge-partners.com>", "Sarah Lindqvist <s.lindqvist@greenbridge-partners.com>"],
    "cc": ["Kenta Morishige <k.morishige@hinode-sangyo.co.jp>"],
    "subject": "HG Packaging Europe - Board meeting 24 July: draft agenda",
    "body": """Dear Daniel, dear Sarah,

Please find below the draft agenda for the next board meeting of our joint venture,
HG Packaging Europe B.V.

Date: Thursday 24 July 2025, 09:00-11:00 CEST (16:00-18:00 JST)
Format: video conference (link to follow)

1. Approval of the minutes of the meeting of 15 April 2025
2. H1 2025 financial results and full-year outlook
3. Capital expenditure request: second thermoforming line (EUR 2.3m)
4. Appointment of the new plant manager (Rotterdam)
5. Any other business

Could you let me know by 4 July whether you would like to add any item?
Board papers will be circulated one week before the meeting.
""" + SIG_KOGA + "\n" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English agenda to one foreign partner; the trailing confidentiality disclaimer is standard boilerplate",
},
# 041 ─ internal forward of a partner's attendee list
{
    "id": "gijiroku-041",
    "charset": "iso-2022-jp",
    "sender": "大河内 紗希 <s-okochi@hinode-sangyo.co.jp>",
    "to": ["品質保証部 品質管理課 <qa-kanri@hinode-sangyo.co.jp>"],
    "cc": ["小金井工場 総務 <koganei-soumu@hinode-sangyo.co.jp>"],
    "subject": "FW: 工場監査（7/16）ご訪問者のご連絡",
    "body": """課内各位、工場総務さま

北国フーズ様から7/16の工場監査の訪問者リストが届きました。
入構証の準備と、昼食（8名分）の手配をお願いします。

大河内

-----Original Message-----
From: 千葉 克也 <chiba.k@kitaguni-foods.co.jp>
Sent: Thursday, June 26, 2025 4:41 PM
To: 大河内 紗希 <s-okochi@hinode-sangyo.co.jp>
Subject: 工場監査（7/16）ご訪問者のご連絡

大河内様

7/16の工場監査に伺うメンバーは以下の8名です。

千葉 克也    品質管理部 部長   chiba.k@kitaguni-foods.co.jp      090-5530-1827
葛西 舞      品質管理部        kasai.m@kitaguni-foods.co.jp      080-2267-4413
門脇 大輔    品質管理部        kadowaki@kitaguni-foods.co.jp     070-3349-8850
水戸部 拓    調達部            mitobe.t@kitaguni-foods.co.jp     090-8815-2204
ヴォー・ティ・ラン  品質管理部  vo.lan@kitaguni-foods.co.jp       080-6673-0198
宝田 侑子    品質保証室        takarada@kitaguni-foods.co.jp     090-2251-7736
栃尾 拓海    生産本部          tochio@kitaguni-foods.co.jp       070-1108-4429
浜野 響      生産本部          hamano.h@kitaguni-foods.co.jp     080-9930-5561

よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "a forwarded eight-person list, but every recipient is internal",
},
# 042 ─ 【極秘】 subject and a 極秘 DOCX to the law firm
{
    "id": "gijiroku-042",
    "charset": "iso-2022-jp",
    "sender": "井上 真理子 <m-inoue@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "cc": ["法務部 相馬 <n-soma@hinode-sangyo.co.jp>"],
    "subject": "【極秘】臨時取締役会 付議事項（案）のご確認",
    "body": """白川先生

いつも大変お世話になっております。取締役会事務局の井上でございます。

7月3日に予定しております臨時取締役会の付議事項（案）を添付いたします。
会社法上の手続に不備がないか、ご確認をお願いできますでしょうか。

【機密区分：極秘】関係者限りでのお取扱いをお願いいたします。

何卒よろしくお願い申し上げます。
""" + SIG_INOUE,
    "attachments": [{
        "kind": "docx",
        "name": "臨時取締役会_付議事項案_0703.docx",
        "title": "臨時取締役会 付議事項（案）",
        "page_header": "極秘　取扱注意",
        "paragraphs": [
            "臨時取締役会 付議事項（案）",
            "開催日：2025年7月3日（木）8:00～　場所：本社 12F 役員会議室",
            "第1号議案　株式会社丸栄工業の全株式取得（株式譲渡契約締結）の件",
            "第2号議案　上記取得資金の借入（みどり銀行 シンジケートローン 40億円）の件",
            "報告事項　デューデリジェンス結果の概要",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "【極秘】 classification on the mail and 極秘 stamped on the DOCX header, sent outside (reason 6)",
},
# 043 ─ plain ZIP of board materials (no personal data) to the law firm
{
    "id": "gijiroku-043",
    "charset": "cp932",
    "sender": "相馬 直樹 <n-soma@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 高遠様 <takato@shirakawa-law.jp>"],
    "subject": "株主総会 リハーサル資料一式（ZIP）",
    "body": """高遠先生

お世話になっております。法務部の相馬です。
6/20の株主総会リハーサルでご確認いただく資料一式をZIPにまとめてお送りします。

・シナリオ（議長用）
・想定問答（抜粋）の論点一覧
・当日タイムテーブル

よろしくお願いいたします。
""" + SIG_SOMA,
    "attachments": [{
        "kind": "zip",
        "name": "株主総会リハーサル資料_0620.zip",
        "files": [
            {"kind": "docx", "name": "議長シナリオ_v3.docx",
             "paragraphs": ["第87回 定時株主総会 議長シナリオ（案）", "開会宣言", "監査報告", "事業報告",
                            "議案の上程", "質疑応答", "採決", "閉会宣言"]},
            {"kind": "xlsx", "name": "想定問答_論点一覧.xlsx",
             "sheets": {"論点": [["No", "論点", "回答担当"], [1, "食品機械事業の収益性", "専務"],
                                 [2, "政策保有株式の縮減方針", "財務担当取締役"], [3, "女性管理職比率", "人事担当取締役"]]}},
            {"kind": "txt", "name": "タイムテーブル.txt",
             "text": "9:00 受付開始\n10:00 開会\n10:05 事業報告\n10:40 質疑応答\n11:30 採決\n11:40 閉会"},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "unencrypted ZIP of rehearsal materials, readable and free of personal data",
},
# 044 ─ corporate card number to the hotel as guarantee
{
    "id": "gijiroku-044",
    "charset": "iso-2022-jp",
    "sender": "白石 由紀 <y-shiraishi@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 箱根 予約課 <hakone-reserve@sakura-hotel.jp>"],
    "subject": "役員合宿会議（8/28-29）ご予約の保証について",
    "body": """さくらホテル箱根
予約課 ご担当者様

お世話になっております。日の出産業 秘書室の白石でございます。
8月28日（木）～29日（金）の役員合宿会議（会議室1室、ご宿泊 9室）につきまして、
ご予約の保証として以下のカードを登録いただけますでしょうか。

　カード種別：法人カード
　カード番号：""" + _card(10) + """
　有効期限　：09/28
　名義　　　：YUKI SHIRAISHI

精算は当日、同カードにて一括でお願いいたします。
よろしくお願い申し上げます。
""" + SIG_SHIRAISHI,
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a full credit card number (with holder name and expiry) sent by e-mail to a hotel (reason 2)",
},
# 045 ─ only the last four digits of the card
{
    "id": "gijiroku-045",
    "charset": "utf-8",
    "sender": "白石 由紀 <y-shiraishi@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 箱根 予約課 <hakone-reserve@sakura-hotel.jp>"],
    "subject": "Re: 役員合宿会議 分科会用の会議室追加",
    "body": """予約課 ご担当者様

お世話になっております。日の出産業 白石です。
8/29（金）午前の分科会用に、小会議室をもう1室（9:00～12:00、8名）追加させてください。

お支払いは先日ご登録いただいた法人カード（下4桁 4417）にて、
ご宿泊分とあわせて精算いただけますと幸いです。
予約番号 SHK-250828-0093 に追記をお願いいたします。

よろしくお願いいたします。
""" + SIG_SHIRAISHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "only the card's last four digits and a booking number: not a card number",
},
# 046 ─ three staff members' mobiles to the hotel
{
    "id": "gijiroku-046",
    "charset": "cp932",
    "sender": "三宅 陽菜 <h.miyake@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会営業課 神田様 <banquet.kanda@sakura-hotel.jp>"],
    "subject": "7/24 代理店会議 当日の弊社スタッフ連絡先",
    "body": """神田様

お世話になっております。日の出産業 三宅です。
当日の設営・受付に入る弊社スタッフの連絡先をお知らせします。
搬入（11:00～）の際は、まず堀之内へご連絡ください。

　・堀之内 蒼　（設営責任者）　090-2714-8835
　・三宅 陽菜　（受付・進行）　080-4406-1275
　・蔦谷 健吾　（機材・音響）　070-5583-2290

会場レイアウト図（スクール形式 120名）は昨日お送りしたものから変更ありません。
よろしくお願いいたします。
""" + SIG_MIYAKE,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three staff members' mobile numbers to the venue; below five records, a warning at most",
},
# 047 ─ English steering committee minutes, three foreign organisations visible
{
    "id": "gijiroku-047",
    "charset": "utf-8",
    "sender": "Emily Koga <emily.koga@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitfield <d.whitfield@greenbridge-partners.com>"],
    "cc": [
        "Mette Sørensen <mso@nordhavn-logistics.dk>",
        "Wei Ling Tan <weiling.tan@pacrim-trading.com.sg>",
        "Kenta Morishige <k.morishige@hinode-sangyo.co.jp>",
    ],
    "subject": "Minutes - Asia-Europe distribution steering committee, 19 June",
    "body": """Dear all,

Thank you for joining the steering committee on 19 June. Please find the minutes below.

1. Volumes: Q2 shipments reached 82% of plan; the shortfall is mainly in Singapore.
2. Freight: Nordhavn to present an alternative routing via Port Klang by 10 July.
3. Pricing: PacRim to confirm the 2026 list price increase (+3.5%) with key accounts.
4. Packaging: GreenBridge to share the results of the recycled-PET trial.

Next meeting: 18 September 2025, 15:00 JST / 08:00 CEST / 14:00 SGT (video).

Kind regards,
Emily
""" + SIG_KOGA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations in To/Cc see each other's addresses (reason 4)",
},
# 048 ─ industry association committee opinion
{
    "id": "gijiroku-048",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 楓 <k-usami@hinode-sangyo.co.jp>",
    "to": ["全国産業機器工業会 環境委員会事務局 <kankyo@zensanki.or.jp>"],
    "subject": "環境委員会（第3回）事前意見の提出",
    "body": """全国産業機器工業会
環境委員会 事務局 御中

いつもお世話になっております。日の出産業 サステナビリティ推進室の宇佐美です。
第3回環境委員会（7/11）の議題「業界共通のScope3算定ガイドライン案」について、
弊社の事前意見を提出いたします。

1. カテゴリ1（購入した製品）の算定方法
　 金額ベースの原単位のみでは削減努力が反映されないため、
　 主要材料（鋼材・樹脂）についてはサプライヤー固有データの利用を認めていただきたい。
2. カテゴリ4（輸送）
　 改正省エネ法の定期報告データとの整合を図る旨を明記していただきたい。
3. 算定対象年度
　 初年度は2025年度実績とし、第三者保証は任意とする案に賛成します。

当日は宇佐美が出席いたします。よろしくお願いいたします。
""" + SIG_USAMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "industry association committee input; no people, no marking",
},
# 049 ─ internal HTML-only attendance table with mobiles (incl. a subdomain)
{
    "id": "gijiroku-049",
    "charset": "utf-8",
    "sender": "三宅 陽菜 <h.miyake@hinode-sangyo.co.jp>",
    "to": ["営業本部 各支店長 <shitencho@hinode-sangyo.co.jp>", "大阪支店 業務課 <osaka-gyomu@osaka.hinode-sangyo.co.jp>"],
    "subject": "全国営業会議（7/24）出席者一覧・宿泊手配",
    "html": """<html><body>
<p>支店長各位<br>営業企画部の三宅です。全国営業会議の出席者一覧です。宿泊要否に誤りがあれば7/10までにご連絡ください。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>氏名</th><th>拠点</th><th>携帯</th><th>宿泊</th></tr>
<tr><td>榊原 圭</td><td>札幌支店</td><td>090-1130-5582</td><td>7/23-24</td></tr>
<tr><td>吉良 美帆</td><td>仙台支店</td><td>080-2247-6690</td><td>7/24</td></tr>
<tr><td>渋谷 伸也</td><td>名古屋支店</td><td>070-4456-1037</td><td>7/24</td></tr>
<tr><td>今村 沙耶</td><td>大阪支店</td><td>090-8801-2274</td><td>7/23-24</td></tr>
<tr><td>湊 孝太郎</td><td>大阪支店</td><td>080-7713-9046</td><td>7/23-24</td></tr>
<tr><td>比嘉 慎吾</td><td>福岡支店</td><td>070-6629-3318</td><td>7/23-24</td></tr>
<tr><td>有馬 奈々</td><td>広島営業所</td><td>090-5547-0861</td><td>7/24</td></tr>
<tr><td>陣内 勉</td><td>本社営業一部</td><td>080-3368-1192</td><td>不要</td></tr>
</table>
<p>日の出産業 営業企画部 三宅</p>
</body></html>""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "HTML table of eight employees' mobiles, sent only to internal addresses (incl. an internal subdomain)",
},
# 050 ─ look-alike of the company's own domain (letter added)
{
    "id": "gijiroku-050",
    "charset": "cp932",
    "sender": "杉浦 智子 <t-sugiura@hinode-sangyo.co.jp>",
    "to": ["人事制度検討委員会 雨宮 <amamiya.k@hinode-sangyou.co.jp>"],
    "cc": ["人事部 <jinji@hinode-sangyo.co.jp>"],
    "subject": "人事制度検討委員会（第4回）議事録",
    "body": """雨宮さん

お疲れさまです。人事部の杉浦です。
第4回人事制度検討委員会の議事録をお送りします。
委員長確認前の版ですので、修正点があれば今週中にお知らせください。

・論点1：職能等級から役割等級への移行（2027年4月）→ 方向性について合意
・論点2：評価の二次考課者の範囲 → 部長職までとする案で継続審議
・論点3：管理職手当の見直し → 9月の委員会で試算を提示
・次回：7月30日（水）15:00～ 本社 9F 会議室5

杉浦
""" + SIG_SUGIURA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyou.co.jp adds a letter to the company's own domain: the mail would leave the company (reason 5)",
},
# 051 ─ DOCX minutes to a partner (names of attendees only)
{
    "id": "gijiroku-051",
    "charset": "iso-2022-jp",
    "sender": "大河内 紗希 <s-okochi@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 品質管理部 千葉様 <chiba.k@kitaguni-foods.co.jp>", "北国フーズ 葛西様 <kasai.m@kitaguni-foods.co.jp>"],
    "subject": "第9回 合同品質会議 議事録（確定版）",
    "body": """千葉様、葛西様

お世話になっております。日の出産業の大河内です。
ご確認いただいた内容を反映し、第9回合同品質会議の議事録を確定版としました。
Word形式で添付いたします。

今後ともよろしくお願いいたします。
""" + SIG_OKOCHI,
    "attachments": [{
        "kind": "docx",
        "name": "第9回合同品質会議_議事録_確定版.docx",
        "title": "第9回 合同品質会議 議事録",
        "paragraphs": [
            "第9回 合同品質会議 議事録（確定版）",
            "日時：2025年6月12日（木）10:00～12:00　場所：日の出産業 小金井工場 技術棟",
            "出席者：北国フーズ 千葉部長、葛西氏／日の出産業 品質保証部 大河内、製造一課 鷲尾",
            "1. 前回指摘事項のフォロー：5件中4件完了、1件（検査記録の電子化）は9月完了予定",
            "2. 異物混入クレーム（2件）：樹脂片の混入。成形金型の摩耗が原因と推定。金型の定期交換周期を短縮。",
            "3. 次回：2025年9月11日（木）",
        ],
        "tables": [[["No", "対策", "担当", "期限"], ["1", "金型交換周期 30日→21日", "日の出", "7/1"],
                    ["2", "受入検査の抜取数見直し", "北国フーズ", "7/15"]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "minutes naming the attendees by name and company only, to the same partner's two people",
},
# 052 ─ NDA clause discussion with the law firm
{
    "id": "gijiroku-052",
    "charset": "iso-2022-jp",
    "sender": "相馬 直樹 <n-soma@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 高遠様 <takato@shirakawa-law.jp>"],
    "subject": "ツバサシステム社との秘密保持契約書（案）打合せメモ",
    "body": """高遠先生

お世話になっております。法務部の相馬です。
本日の打合せの内容をメモにまとめましたので、ご確認ください。

【対象】株式会社ツバサシステムとの秘密保持契約書（案）v2
【論点】
　1. 第2条（機密情報の定義）
　　 口頭開示の情報について、開示後30日以内の書面特定を要件とする先方案を受け入れる。
　2. 第5条（目的外使用の禁止）
　　 「画像検査AIの共同検討」に目的を限定。学習済みモデルの帰属は別途協議とする旨を追記。
　3. 第9条（有効期間）
　　 契約期間2年、秘密保持義務は終了後3年存続（先方案5年から修正提案）。

先方への修正案送付は7/4を予定しております。
""" + SIG_SOMA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA's clauses (機密情報の定義): a mention, not a marking",
},
# 053 ─ draft board minutes DOCX with a director's cancer treatment
{
    "id": "gijiroku-053",
    "charset": "utf-8",
    "sender": "井上 真理子 <m-inoue@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 高遠様 <takato@shirakawa-law.jp>"],
    "subject": "臨時取締役会（7/3）議事録案のリーガルチェックのお願い",
    "body": """高遠先生

いつもお世話になっております。取締役会事務局の井上です。
7/3開催の臨時取締役会の議事録案を添付いたします。
代表取締役の異動に関する記載について、登記の観点からご確認をお願いいたします。

よろしくお願いいたします。
""" + SIG_INOUE,
    "attachments": [{
        "kind": "docx",
        "name": "臨時取締役会議事録案_20250703.docx",
        "paragraphs": [
            "臨時取締役会議事録（案）",
            "1. 日時　2025年7月3日（木）午前8時",
            "2. 場所　当社本店 12階 役員会議室",
            "3. 出席取締役 7名（総数7名）、出席監査役 3名（総数3名）",
            "第1号議案　代表取締役専務 辞任に伴う代表取締役選定の件",
            "議長より、代表取締役専務 石動 康弘 氏が膵臓がんの治療に専念するため、本日付で代表取締役を辞任し、"
            "取締役として在任する旨の申出があった旨の報告があった。",
            "議長は後任の代表取締役として取締役 芦沢 敏夫 氏を選定したい旨を諮ったところ、全員異議なく承認可決した。",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "draft minutes state a named director's cancer diagnosis (要配慮個人情報) and go to an external law firm (reason 3)",
},
# 054 ─ disaster-support agreement council with the city
{
    "id": "gijiroku-054",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 楓 <k-usami@hinode-sangyo.co.jp>",
    "to": ["下野市 危機管理課 防災係 <bousai@city.shimotsuke-minami.lg.jp>"],
    "subject": "災害時応援協定 連絡協議会（8/5）の次第について",
    "body": """下野市 危機管理課 防災係 御中

いつもお世話になっております。
日の出産業株式会社 小金井工場の災害時応援協定の窓口を担当しております宇佐美です。

8月5日（火）の連絡協議会の次第（案）について、弊社からの報告事項を以下のとおりお送りします。

　（1）一時避難場所（工場第1駐車場・約300名）の受入れ手順の見直し
　（2）備蓄品の更新状況：飲料水 2,000本、毛布 300枚、簡易トイレ 50基
　（3）フォークリフト・発電機の貸与手順（台数：各2台）

当日は工場長の村椿と宇佐美の2名で出席いたします。
""" + SIG_USAMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "agenda input to a municipality (.lg.jp); no personal data",
},
# 055 ─ minutes to six partner companies properly in Bcc
{
    "id": "gijiroku-055",
    "charset": "cp932",
    "sender": "波多野 恵 <m.hatano@hinode-sangyo.co.jp>",
    "to": ["協力会社連絡会 事務局 <kyoryoku-renrakukai@hinode-sangyo.co.jp>"],
    "bcc": [
        "t-ando@aoba-unyu.co.jp", "chiba.k@kitaguni-foods.co.jp", "imaizumi@nishiki-insatsu.co.jp",
        "h.tsuchiya@kawasaki-denki.co.jp", "gomi@maruei-kogyo.co.jp", "onizuka@towa-techno.jp",
    ],
    "subject": "【送付】第14回 協力会社連絡会 議事録",
    "body": """協力会社連絡会 ご参加各社 ご担当者様
（本メールはBCCにて一斉送信しております）

いつもお世話になっております。日の出産業 購買部の波多野でございます。
先日の協力会社連絡会では、ご多忙の中ご出席いただき誠にありがとうございました。
議事録を下記のとおりお送りいたします。

１．上期調達方針：主要資材の価格改定は四半期ごとの協議とする
２．物流2024年問題：中継輸送の導入事例を共有（青葉運輸様）
３．品質：梱包起因の破損 前年比18%減
４．BCP合同訓練：10月16日（木）実施

ご質問は事務局（本メールへの返信）までお願いいたします。
""" + SIG_HATANO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "six partner companies correctly in Bcc, To is internal: nobody sees anyone else's address",
},
# 056 ─ password-protected PDF to the bank
{
    "id": "gijiroku-056",
    "charset": "iso-2022-jp",
    "sender": "浜口 大輔 <d-hamaguchi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 瀬尾様 <seo.k@midori-ginko.co.jp>"],
    "subject": "定例ミーティング（7/8）資料送付",
    "body": """みどり銀行 法人営業部
瀬尾様

いつも大変お世話になっております。日の出産業 経理部の浜口です。
7/8の定例ミーティングの資料（第1四半期 月次推移）をお送りいたします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えいたします。

よろしくお願いいたします。
""" + SIG_HAMAGUCHI,
    "attachments": [{
        "kind": "pdf",
        "name": "定例MTG資料_2025Q1.pdf",
        "password": "Hnd0708!",
        "lines": ["2025年度 第1四半期 月次推移", "売上高・営業利益・有利子負債残高", "設備投資計画の進捗"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF to the bank cannot be inspected (reason 7)",
},
# 057 ─ English HTML-only agenda
{
    "id": "gijiroku-057",
    "charset": "utf-8",
    "sender": "Shun Manabe <s-manabe@hinode-sangyo.co.jp>",
    "to": ["Markus Brunner <m.brunner@helvetia-precision.ch>"],
    "subject": "Agenda - design review of the servo gripper, 15 July",
    "html": """<html><body style="font-family:Arial,sans-serif">
<p>Dear Markus,</p>
<p>Thank you for accepting our invitation. Here is the proposed agenda for the design review at our technical centre in Aikawa.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Time (JST)</th><th>Topic</th><th>Lead</th></tr>
<tr><td>09:30</td><td>Welcome, safety briefing</td><td>Hinode</td></tr>
<tr><td>10:00</td><td>Gripper mechanism - FEA results</td><td>Helvetia Precision</td></tr>
<tr><td>11:30</td><td>Encoder interface and cable routing</td><td>Hinode</td></tr>
<tr><td>13:30</td><td>Test bench demonstration</td><td>Hinode</td></tr>
<tr><td>15:00</td><td>Open issues, next steps</td><td>All</td></tr>
</table>
<p>A car will pick you up at Hon-Atsugi station at 09:00.</p>
<p>Best regards,<br>Shun Manabe<br>R&amp;D Group 2, Hinode Sangyo Co., Ltd.</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English HTML-only agenda to one foreign partner; nothing personal",
},
# 058 ─ PDF agenda to the bank (readable)
{
    "id": "gijiroku-058",
    "charset": "cp932",
    "sender": "浜口 大輔 <d-hamaguchi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 瀬尾様 <seo.k@midori-ginko.co.jp>"],
    "cc": ["経理部 財務課 <zaimu@hinode-sangyo.co.jp>"],
    "subject": "シンジケートローン組成に関する打合せ 次第",
    "body": """瀬尾様

お世話になっております。経理部の浜口です。
来週の打合せの次第をPDFでお送りします。
ご出席者が決まりましたらお知らせください（会議室の手配のため）。
""" + SIG_HAMAGUCHI,
    "attachments": [{
        "kind": "pdf",
        "name": "打合せ次第_0715.pdf",
        "title": "シンジケートローン組成に関する打合せ 次第",
        "lines": [
            "シンジケートローン組成に関する打合せ　次第",
            "日時：2025年7月15日（火）10:00～11:30　場所：日の出産業 本社 12F 中会議室",
            "1. 資金使途と金額（40億円、期間7年）",
            "2. 参加金融機関の想定とスケジュール",
            "3. 財務制限条項（純資産維持・利益維持）の水準",
            "4. 今後の進め方",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a readable PDF agenda to the bank; figures are corporate, not personal",
},
# 059 ─ English XLSX participant list (six people, e-mails and mobiles)
{
    "id": "gijiroku-059",
    "charset": "utf-8",
    "sender": "Emily Koga <emily.koga@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitfield <d.whitfield@greenbridge-partners.com>"],
    "subject": "Koganei plant visit 2 September - programme and participants",
    "body": """Hi Daniel,

Attached is the programme for the plant visit on 2 September, together with the
participant list we will hand to the plant's security desk. It includes the two
consultants from Ridgeway who will join us, so please forward it to them if useful.

Let me know if anything needs correcting.
""" + SIG_KOGA,
    "attachments": [{
        "kind": "xlsx",
        "name": "Koganei_visit_0902.xlsx",
        "sheets": {
            "Programme": [
                ["Koganei plant visit - 2 September 2025"],
                ["Time", "Item"],
                ["10:00", "Arrival, safety induction"],
                ["10:30", "Line 2 and Line 3 tour"],
                ["12:00", "Lunch"],
                ["13:00", "Quality meeting"],
            ],
            "Participants": [
                ["Participants (for security registration)"],
                ["Name", "Company", "Title", "Email", "Mobile", "Dietary"],
                ["Daniel Whitfield", "GreenBridge Partners", "Director", "d.whitfield@greenbridge-partners.com", "+44 7700 900812", "-"],
                ["Sarah Lindqvist", "GreenBridge Partners", "Supply Chain Lead", "s.lindqvist@greenbridge-partners.com", "+44 7700 900655", "Vegetarian"],
                ["Oliver Grant", "Ridgeway Consulting", "Consultant", "oliver.grant@ridgeway-consulting.co.uk", "+44 7700 900173", "-"],
                ["Priya Raman", "Ridgeway Consulting", "Analyst", "p.raman@ridgeway-consulting.co.uk", "+44 7700 900940", "No pork"],
                ["Emily Koga", "Hinode Sangyo", "Manager", "emily.koga@hinode-sangyo.co.jp", "+81 90 3318 5527", "-"],
                ["Kenta Morishige", "Hinode Sangyo", "Assistant Manager", "k.morishige@hinode-sangyo.co.jp", "+81 80 6642 1093", "-"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX sheet of six people's e-mails and mobiles (incl. a third company's staff) to an external partner (reason 1)",
},
# 060 ─ internal: drivers' licence numbers for company cars
{
    "id": "gijiroku-060",
    "charset": "iso-2022-jp",
    "sender": "栗林 勇 <i-kuribayashi@hinode-sangyo.co.jp>",
    "to": ["総務部 車両管理担当 <sharyo@hinode-sangyo.co.jp>"],
    "subject": "安全衛生委員会 現地視察（7/30）社用車の使用申請",
    "body": """車両管理ご担当者様

お疲れさまです。安全衛生課の栗林です。
7/30の安全衛生委員会 現地視察（宇都宮物流センター）で社用車2台を使用します。
運転予定者と免許証番号は以下のとおりです。

 氏名          免許証番号       有効期限
 ------------  ---------------  -----------
 栗林 勇       301800453127     2027/06/14
 早乙女 剛     301503387260     2026/11/02
 千田 なつみ   301902114583     2028/03/21
 宜保 良太     471701998046     2026/09/30
 鴨下 純子     301204776519     2027/12/08

出発 8:00 本社駐車場、帰着 18:00予定です。よろしくお願いします。
""" + SIG_KURIBAYASHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": [],
    "note": "five drivers' licence numbers, but sent only to the internal vehicle desk",
},
# 061 ─ 社外秘 only mentioned (handouts collected after the meeting)
{
    "id": "gijiroku-061",
    "charset": "utf-8",
    "sender": "菅原 拓海 <t.sugawara@hinode-sangyo.co.jp>",
    "to": ["ほしぞらコンサルティング 大竹様 <ohtake@hoshizora-consulting.co.jp>"],
    "cc": ["ほしぞらコンサルティング 岸本様 <kishimoto@hoshizora-consulting.co.jp>"],
    "subject": "Re: 第4回 検討会の進め方について",
    "body": """大竹様、岸本様

お世話になっております。菅原です。
第4回検討会の進め方、承知いたしました。

一点だけお願いがございます。当日お配りする資料のうち、
弊社の規程で社外秘扱いとなっているもの（事業別損益の詳細）については、
会議終了後に回収させていただきますので、あらかじめご了承ください。
スライドのデータはお送りできませんが、論点整理に必要な数値は口頭でご説明します。

日時：7月15日（火）13:00～15:00、場所：弊社 12F 中会議室

よろしくお願いいたします。
""" + SIG_SUGAWARA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘 is mentioned about paper handouts; the mail itself carries no marked document",
},
# 062 ─ XLSX with a Confidential page header and 取扱注意 title to the partner
{
    "id": "gijiroku-062",
    "charset": "cp932",
    "sender": "国分 浩二 <k.kokubu@hinode-sangyo.co.jp>",
    "to": ["川崎電機 生産設備部 岩佐様 <iwasa@kawasaki-denki.co.jp>"],
    "subject": "共同開発 課題一覧（7/2 定例反映）",
    "body": """岩佐様

お世話になっております。国分です。
7/2の定例の内容を反映した課題一覧を添付します。
次回までに、No.7～No.9の対応方針をご検討いただけますでしょうか。

よろしくお願いします。
""" + SIG_KOKUBU,
    "attachments": [{
        "kind": "xlsx",
        "name": "共同開発_課題一覧_0702.xlsx",
        "page_header": "Confidential",
        "sheets": {
            "課題一覧": [
                ["【取扱注意】共同開発 課題一覧（2025/7/2）"],
                ["No", "課題", "分類", "担当", "期限"],
                [7, "サーボ応答の遅れ（負荷時 +12ms）", "性能", "川崎電機", "7/16"],
                [8, "制御盤の発熱対策", "安全", "日の出産業", "7/16"],
                [9, "コネクタ仕様の統一", "設計", "川崎電機", "7/23"],
            ],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the workbook is stamped Confidential (page header) and 【取扱注意】 (title row) and goes to a partner (reason 6)",
},
# 063 ─ university joint research progress meeting minutes
{
    "id": "gijiroku-063",
    "charset": "iso-2022-jp",
    "sender": "真鍋 俊 <s-manabe@hinode-sangyo.co.jp>",
    "to": ["清稜大学 工学部 機械工学科 綿貫先生 <watanuki@eng.seiryo-u.ac.jp>"],
    "subject": "共同研究 進捗会議（第5回）議事録",
    "body": """綿貫先生

いつもお世話になっております。日の出産業 研究開発部の真鍋です。
先日の進捗会議の議事録をお送りいたします。

―――――――――――――――――――――――――
共同研究「高速充填機における液だれ抑制機構」第5回 進捗会議
日時：2025年6月20日（金）14:00-16:00
場所：清稜大学 工学部 5号館 521室
出席：綿貫先生、研究室 学生2名／日の出産業 真鍋、森岡
―――――――――――――――――――――――――
1. CFD解析：ノズル先端形状3案のうち、C案で液だれ量が約40%減少
2. 実験装置：8月上旬に大学へ搬入。電源工事は大学側で手配済み
3. 学会発表：12月の日本機械学会 年次大会への投稿を検討（締切 9/30）
4. 次回：7月25日（金）14:00-

以上、ご確認をお願いいたします。
""" + SIG_MANABE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "research progress minutes to a university (.ac.jp); names without other data",
},
# 064 ─ list of the five partner attendees with their e-mails, all of them recipients (borderline)
{
    "id": "gijiroku-064",
    "charset": "iso-2022-jp",
    "sender": "菅原 拓海 <t.sugawara@hinode-sangyo.co.jp>",
    "to": [
        "沼尻 <numajiri@kawasaki-denki.co.jp>",
        "土屋 <h.tsuchiya@kawasaki-denki.co.jp>",
        "石黒 <t-ishiguro@kawasaki-denki.co.jp>",
    ],
    "cc": ["岩佐 <iwasa@kawasaki-denki.co.jp>", "林田 <n-hayashida@kawasaki-denki.co.jp>", "桐生 <kiryu@hinode-sangyo.co.jp>"],
    "subject": "事業提携検討会（6/30）議事メモと出席者の確認",
    "body": """川崎電機株式会社　各位

お世話になっております。日の出産業 経営企画部の菅原です。
本日はありがとうございました。議事メモをお送りします。
あわせて、今後の連絡用に本日のご出席者を整理しましたので、誤りがあればご指摘ください。

■ご出席者（川崎電機様）
　沼尻 正和　事業企画部 部長　　　numajiri@kawasaki-denki.co.jp
　土屋 浩　　購買部 課長　　　　　h.tsuchiya@kawasaki-denki.co.jp
　石黒 達也　開発本部 主任技師　　t-ishiguro@kawasaki-denki.co.jp
　岩佐 潤　　生産設備部 課長　　　iwasa@kawasaki-denki.co.jp
　林田 奈央　開発本部　　　　　　n-hayashida@kawasaki-denki.co.jp

■議事メモ
　・提携範囲：制御機器の共同調達と、食品機械向けサーボユニットの共同開発
　・次回までに両社で対象品目リストを作成（8月上旬）
　・次回：7月下旬（日程は別途調整）
""" + SIG_SUGAWARA,
    "expect": "either",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five people's business e-mails listed, but they are exactly the recipients' own addresses: a list or just the address line?",
},
# 065 ─ attached mail: an exhibition organiser's notice forwarded to a partner
{
    "id": "gijiroku-065",
    "charset": "cp932",
    "sender": "三宅 陽菜 <h.miyake@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 野々村様 <nonomura.r@kitaguni-foods.co.jp>"],
    "subject": "共同出展の件：出展者説明会のご案内（主催者メール添付）",
    "body": """野々村様

お世話になっております。日の出産業 三宅です。
10月の食品機械展（共同出展）について、主催者から出展者説明会の案内が届きましたので、
元のメールを添付でお送りします。

弊社からは私と堀之内が出席予定です。貴社からもご出席いただけるようでしたら、
主催者への申込みは弊社でまとめて行いますので、人数をお知らせください。
""" + SIG_MIYAKE,
    "attachments": [{
        "kind": "eml",
        "name": "出展者説明会のご案内.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "フードマシナリーEXPO事務局 <info@foodmachinery-expo.jp>",
            "to": ["h.miyake@hinode-sangyo.co.jp"],
            "subject": "【FMX2025】出展者説明会のご案内",
            "body": """出展者各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
フードマシナリーEXPO 2025 事務局でございます。

下記のとおり出展者説明会を開催いたします。

日時：2025年8月19日（火）14:00～16:00
会場：東京ビッグサイト 会議棟 6F 607会議室
内容：搬入出スケジュール、小間装飾規定、電気・給排水工事の申込方法

出席のお申込みは、出展者専用ページより8月8日までにお願いいたします。

フードマシナリーEXPO 2025 事務局
TEL 03-6821-4400（平日10:00～17:00）
""",
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an attached organiser's notice: public event information, no personal data",
},
# 066 ─ passport numbers and DOB to a travel agency
{
    "id": "gijiroku-066",
    "charset": "iso-2022-jp",
    "sender": "古賀 エミリ <emily.koga@hinode-sangyo.co.jp>",
    "to": ["旅の杜トラベル 法人営業部 堀江様 <horie@tabinomori-travel.co.jp>"],
    "subject": "ロッテルダム JV取締役会 出張手配（航空券・ホテル）",
    "body": """旅の杜トラベル
堀江様

お世話になっております。日の出産業 海外事業部の古賀です。
9月のJV取締役会（ロッテルダム）出張の手配をお願いいたします。

■渡航者
1）古賀 エミリ（KOGA EMILY）
　 生年月日：1986年3月18日
　 旅券番号：TR4471829　有効期限：2031年5月9日
2）森重 健太（MORISHIGE KENTA）
　 生年月日：1990年10月2日
　 旅券番号：TS0936254　有効期限：2029年12月21日

■行程
　9/22（月）羽田発 → アムステルダム着、9/25（木）アムステルダム発 → 9/26（金）羽田着
　ホテル：ロッテルダム中央駅周辺、3泊・シングル2室

お見積りをお送りいただけますでしょうか。よろしくお願いいたします。
""" + SIG_KOGA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "two travellers' passport numbers with dates of birth to a travel agency (reason 2)",
},
# 067 ─ change of secretariat contact (one person's details)
{
    "id": "gijiroku-067",
    "charset": "utf-8",
    "sender": "波多野 恵 <m.hatano@hinode-sangyo.co.jp>",
    "to": ["錦印刷 今泉様 <imaizumi@nishiki-insatsu.co.jp>"],
    "subject": "協力会社連絡会 事務局担当者変更のお知らせ",
    "body": """錦印刷株式会社
今泉様

いつもお世話になっております。日の出産業 購買部の波多野です。

私事で恐縮ですが、8月1日付で経理部へ異動することとなりました。
協力会社連絡会の事務局は、同じ調達企画課の戸叶が引き継ぎます。

　新担当：購買部 調達企画課　戸叶 亮（とかの りょう）
　直通　：03-5401-7262
　携帯　：070-3318-9054
　Mail　：r.tokano@hinode-sangyo.co.jp

在任中は大変お世話になりました。今後とも変わらぬご指導を賜りますようお願い申し上げます。
""" + SIG_HATANO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one successor's business contact details to one partner; ordinary, a warning at most",
},
# 068 ─ minutes with three owners' direct lines
{
    "id": "gijiroku-068",
    "charset": "iso-2022-jp",
    "sender": "国分 浩二 <k.kokubu@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 小山センター 藤枝様 <fujieda@aoba-unyu.co.jp>"],
    "subject": "構内物流 改善打合せ（7/4）議事録",
    "body": """藤枝様

お世話になっております。日の出産業 国分です。
7/4の構内物流改善打合せの議事録です。

1. 出荷バースの待機時間：平均48分 → 目標20分
2. 対策：バース予約システムの試行（8月～）、荷姿の標準化
3. アクション担当（弊社側）
　 ・バース予約の社内調整　　物流課 千田　　直通 0285-44-3190
　 ・荷姿標準化の設計　　　　生産技術部 保坂　直通 0285-44-3158
　 ・費用見積の取りまとめ　　購買部 戸叶　　直通 03-5401-7262
4. 次回：8/1（金）10:00～ 小山センター

以上です。よろしくお願いします。
""" + SIG_KOKUBU,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three colleagues' direct lines as action owners to one partner; below five records",
},
# 069 ─ HTML-only: industry-academia-government meeting, three organisations in To/Cc
{
    "id": "gijiroku-069",
    "charset": "utf-8",
    "sender": "真鍋 俊 <s-manabe@hinode-sangyo.co.jp>",
    "to": ["綿貫先生 <watanuki@eng.seiryo-u.ac.jp>", "下野市 産業振興課 <sangyo@city.shimotsuke-minami.lg.jp>"],
    "cc": ["ほしぞらコンサルティング 岸本様 <kishimoto@hoshizora-consulting.co.jp>"],
    "subject": "産学官連携推進会議（第2回）開催のご案内",
    "html": """<html><body style="font-family:'Yu Gothic',sans-serif">
<p>清稜大学 綿貫先生<br>下野市 産業振興課 ご担当者様<br>（cc：ほしぞらコンサルティング 岸本様）</p>
<p>いつもお世話になっております。日の出産業 研究開発部の真鍋です。<br>
第2回 産学官連携推進会議を下記のとおり開催いたします。</p>
<ul>
<li>日時：2025年8月26日（火）13:30～16:00</li>
<li>会場：下野市 産業交流センター 2F 研修室</li>
<li>議題：(1) 地域ものづくり人材育成講座の実施報告　(2) 来年度の補助事業申請方針　(3) その他</li>
</ul>
<p>ご出欠を8月8日までにお知らせください。</p>
<p>日の出産業株式会社 研究開発部 真鍋 俊</p>
</body></html>""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "a university, a city office and a consultancy all in To/Cc: three external organisations visible (reason 4)",
},
# 070 ─ norovirus mentioned in passing
{
    "id": "gijiroku-070",
    "charset": "cp932",
    "sender": "大河内 紗希 <s-okochi@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 千葉様 <chiba.k@kitaguni-foods.co.jp>"],
    "subject": "Re: 工場監査時の衛生ルールについて",
    "body": """千葉様

お問い合わせありがとうございます。大河内です。

7/16の工場監査の際の衛生ルールは以下のとおりです。
・クリーンエリア入室前に手洗い・アルコール消毒、白衣・帽子・マスク着用
・ノロウイルス対策として、入室前2週間以内に嘔吐・下痢の症状があった方は入室をお控えください
・アクセサリー類、筆記具以外の持込みは不可（カメラ撮影は事前申請制）

ご不明点があればお知らせください。
""" + SIG_OKOCHI + """

> 大河内様
> 監査当日、衛生面で事前に準備しておくことはありますか。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "norovirus named as a general hygiene rule, not about anyone",
},
# 071 ─ PDF attendance list by company (names and titles only)
{
    "id": "gijiroku-071",
    "charset": "iso-2022-jp",
    "sender": "波多野 恵 <m.hatano@hinode-sangyo.co.jp>",
    "to": ["錦印刷 今泉様 <imaizumi@nishiki-insatsu.co.jp>"],
    "subject": "連絡会 配布資料の印刷のお願い（出席者名簿）",
    "body": """今泉様

お世話になっております。波多野です。
8/6の協力会社連絡会の配布資料のうち、出席者名簿（席次表を兼ねます）の印刷をお願いできますでしょうか。
A4片面、30部でお願いします。データはPDFで添付いたします。
""" + SIG_HATANO,
    "attachments": [{
        "kind": "pdf",
        "name": "第14回協力会社連絡会_出席者名簿.pdf",
        "title": "第14回 協力会社連絡会 出席者名簿",
        "lines": ["第14回 協力会社連絡会　出席者名簿（敬称略・会社名五十音順）", ""],
        "table": [
            ["会社名", "役職", "氏名", "席"],
            ["青葉運輸株式会社", "北関東営業所長", "安藤 達彦", "A-1"],
            ["青葉運輸株式会社", "営業部", "仁科 翔", "A-2"],
            ["川崎電機株式会社", "購買部 課長", "土屋 浩", "B-1"],
            ["北国フーズ株式会社", "品質管理部 部長", "千葉 克也", "C-1"],
            ["錦印刷株式会社", "営業部 課長", "今泉 一樹", "D-1"],
            ["東和テクノ株式会社", "品質安全課", "鬼塚 亜紀", "E-1"],
            ["丸栄工業株式会社", "代表取締役", "五味 康介", "F-1"],
            ["日の出産業株式会社", "購買部長", "六車 昌平", "H-1"],
            ["日の出産業株式会社", "調達企画課", "波多野 恵", "H-2"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a seating list of attendees by company and title: names with no contact details or identifiers",
},
# 072 ─ look-alike vendor domain (rn for m)
{
    "id": "gijiroku-072",
    "charset": "iso-2022-jp",
    "sender": "鳥海 健司 <k-toriumi@hinode-sangyo.co.jp>",
    "to": ["小野 洋平 <ono.y@tsubasa-systern.jp>"],
    "subject": "基幹システム更改 定例会（6/26）議事録",
    "body": """小野様

お世話になっております。日の出産業の鳥海です。
6/26の定例会の議事録をお送りします。

【決定事項】
・移行リハーサル第2回は7/12（土）8:30開始で確定
・帳票の改ページ不具合（No.41）はクローズ
【宿題】
・夜間バッチ短縮案の提示（ツバサ様、7/3）
・権限ロール一覧の最終版（日の出、7/3）

次回は7/3（木）15:00～、弊社本社9F会議室2です。
よろしくお願いいたします。
""" + SIG_TORIUMI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-systern.jp imitates the partner tsubasa-system.jp with 'rn' for 'm' (reason 5)",
},
# 073 ─ DOCX minutes with header/footer that are not markings
{
    "id": "gijiroku-073",
    "charset": "utf-8",
    "sender": "真鍋 俊 <s-manabe@hinode-sangyo.co.jp>",
    "to": ["石黒 達也 <t-ishiguro@kawasaki-denki.co.jp>"],
    "subject": "共同開発定例会（第7回）議事録 確定版",
    "body": """石黒様

お世話になっております。真鍋です。
第7回定例会の議事録、確定版をお送りします（修正点：3ページ目 試験条件の誤記）。
""" + SIG_MANABE,
    "attachments": [{
        "kind": "docx",
        "name": "共同開発定例会_第7回議事録_確定版.docx",
        "page_header": "共同開発定例会 議事録（確定版）",
        "page_footer": "© 2025 Hinode Sangyo Co., Ltd.",
        "paragraphs": [
            "共同開発定例会（第7回）議事録",
            "日時：2025年6月10日（火）15:00-17:00　場所：日の出産業 技術センター",
            "1. 試作2号機：温度サイクル試験 300cyc 時点で異常なし",
            "2. 試験条件：-40℃/+85℃、各30分保持（前版の「各15分」は誤記）",
            "3. 次回：6月24日",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "header and copyright footer are not confidentiality markings; no personal data",
},
# 074 ─ internal ZIP with a CSV of twenty dealer participants
{
    "id": "gijiroku-074",
    "charset": "cp932",
    "sender": "三宅 陽菜 <h.miyake@hinode-sangyo.co.jp>",
    "to": ["営業本部 代理店担当 <dairiten@hinode-sangyo.co.jp>"],
    "subject": "代理店会議 参加者名簿（ZIP）",
    "body": """代理店担当各位

営業企画部 三宅です。
7/24代理店会議の参加者名簿（CSV）をZIPで送ります。
名札と座席の準備に使いますので、担当代理店の参加者に誤りがないかご確認ください。
""" + SIG_MIYAKE,
    "attachments": [{
        "kind": "zip",
        "name": "代理店会議_参加者名簿.zip",
        "files": [{
            "kind": "csv",
            "name": "代理店会議_参加者名簿.csv",
            "encoding": "cp932",
            "rows": [["No", "代理店", "氏名", "携帯", "メール"]] + [
                [i + 1, shop, name, tel, mail] for i, (shop, name, tel, mail) in enumerate([
                    ("東栄機材", "鶴岡 智", "090-1187-3320", "tsuruoka@toei-kizai.co.jp"),
                    ("東栄機材", "浅見 沙織", "080-4420-7715", "asami@toei-kizai.co.jp"),
                    ("北斗商会", "神保 達郎", "070-2291-5583", "jimbo@hokuto-shokai.jp"),
                    ("北斗商会", "南雲 彩", "090-6612-0049", "nagumo@hokuto-shokai.jp"),
                    ("三和メカトロ", "柘植 洋", "080-3307-8812", "tsuge@sanwa-mecha.co.jp"),
                    ("三和メカトロ", "久留島 光", "090-5538-2261", "kurushima@sanwa-mecha.co.jp"),
                    ("PT. Sinar Mesin", "Ahmad Farhan", "+62 812 5530 1174", "farhan@sinarmesin.co.id"),
                    ("新井機工", "新井 光太郎", "090-7214-6630", "arai@araikiko.co.jp"),
                    ("新井機工", "蓮見 真", "080-9902-3348", "hasumi@araikiko.co.jp"),
                    ("大和産機", "城戸 勝", "070-6640-1185", "kido@yamato-sanki.co.jp"),
                    ("大和産機", "舟橋 祐子", "090-3318-7702", "funahashi@yamato-sanki.co.jp"),
                    ("九州テクノ販売", "蒲池 亮", "080-2219-5567", "kamachi@kyushu-techno.jp"),
                    ("九州テクノ販売", "甲斐 結衣", "090-4405-3381", "kai.y@kyushu-techno.jp"),
                    ("中部ファクトリー", "服部 修", "070-1138-9920", "hattori@chubu-factory.co.jp"),
                    ("中部ファクトリー", "纐纈 亘", "080-6657-2214", "koketsu@chubu-factory.co.jp"),
                    ("信越プラント", "丸山 遥", "090-8826-4437", "maruyama@shinetsu-plant.co.jp"),
                    ("信越プラント", "竹花 栄治", "080-1174-6603", "takehana@shinetsu-plant.co.jp"),
                    ("四国マシン", "十河 幸", "070-5521-0876", "sogo@shikoku-machine.jp"),
                    ("四国マシン", "三好 勇人", "090-2236-9018", "miyoshi@shikoku-machine.jp"),
                    ("琉球機械", "喜屋武 さくら", "080-7745-3362", "kyan@ryukyu-kikai.co.jp"),
                ])
            ],
        }],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "twenty dealer participants' contacts in a ZIP'd CSV, but only to an internal list",
},
# 075 ─ hotel guest register, one record per block (five people, home addresses)
{
    "id": "gijiroku-075",
    "charset": "iso-2022-jp",
    "sender": "三宅 陽菜 <h.miyake@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宿泊予約課 <reserve@sakura-hotel.jp>"],
    "subject": "7/23 代理店会議 前泊者の宿泊者名簿",
    "body": """さくらホテル 宿泊予約課 ご担当者様

いつもお世話になっております。日の出産業 営業企画部の三宅です。
7/23（水）前泊の方の宿泊者カード事前記入用に、宿泊者情報をお送りします。
（予約番号：SHT-250723-0412、シングル5室）

【1】榊原 圭（サカキバラ ケイ）
　　住所：北海道札幌市中央区北三条西14-2-8-702
　　電話：090-1130-5582
【2】今村 沙耶（イマムラ サヤ）
　　住所：大阪府吹田市江坂町1-19-4
　　電話：090-8801-2274
【3】湊 孝太郎（ミナト コウタロウ）
　　住所：兵庫県西宮市甲子園口3-7-21
　　電話：080-7713-9046
【4】比嘉 慎吾（ヒガ シンゴ）
　　住所：福岡県福岡市東区香椎駅前2-11-6-305
　　電話：070-6629-3318
【5】Ahmad Farhan（アフマド ファルハン）
　　住所：Jl. Gatot Subroto No.38, Jakarta
　　電話：+62 812 5530 1174

チェックインは19時頃の予定です。よろしくお願いいたします。
""" + SIG_MIYAKE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five guests' home addresses and phones, one block each, to a hotel (reason 1)",
},
# 076 ─ shareholders' meeting venue logistics with the hotel
{
    "id": "gijiroku-076",
    "charset": "cp932",
    "sender": "井上 真理子 <m-inoue@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 東京ベイ 宴会営業課 梶原様 <kajiwara@sakura-hotel.jp>"],
    "subject": "定時株主総会 会場設営 打合せメモ（6/5）",
    "body": """梶原様

いつもお世話になっております。日の出産業 総務部の井上です。
本日の会場設営打合せの内容をまとめましたので、ご確認をお願いいたします。

◇会場：2F「鳳凰の間」（シアター形式 400席）
◇控室：3F「桔梗」（役員控室）、3F「撫子」（事務局・受付スタッフ）
◇設営：6/25（水）18:00～21:00　前日設営・リハーサル
◇当日：6/26（木）7:30 入館、9:00 受付開始、10:00 開会
◇機材：議長席マイク1、役員席マイク8、質問者用ワイヤレス4、プロジェクター2台
◇お土産：なし（例年どおり）
◇駐車場：株主様用に30台分を確保

前回との変更は、質問者用マイクを4本に増やした点のみです。
""" + SIG_INOUE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "venue logistics for the shareholders' meeting; no personal data",
},
# 077 ─ final board minutes PDF (directors' names only) to the law firm
{
    "id": "gijiroku-077",
    "charset": "iso-2022-jp",
    "sender": "井上 真理子 <m-inoue@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 篠崎様 <shinozaki@shirakawa-law.jp>"],
    "subject": "取締役会議事録（6/26）写しの送付",
    "body": """篠崎様

お世話になっております。日の出産業の井上です。
登記申請の添付書類として、6/26取締役会議事録（代表取締役選定）の写しをPDFでお送りします。
原本証明付きの紙は本日発送いたしました。
""" + SIG_INOUE,
    "attachments": [{
        "kind": "pdf",
        "name": "取締役会議事録_20250626_写.pdf",
        "lines": [
            "取締役会議事録",
            "2025年6月26日午前11時30分、当社本店会議室において取締役会を開催した。",
            "取締役総数 7名　出席取締役 7名　監査役総数 3名　出席監査役 3名",
            "議長 代表取締役社長 東條 昭宏 は開会を宣し、以下の議案を付議した。",
            "議案　代表取締役選定の件",
            "議長は、代表取締役として東條 昭宏 及び 石動 康弘 を選定したい旨を諮ったところ、",
            "全員一致をもってこれを承認可決した。被選定者はいずれも席上その就任を承諾した。",
            "出席取締役　東條 昭宏　石動 康弘　芦沢 敏夫　小田切 直美　巽 健一郎　百瀬 由香里　ハーパー 恵美",
            "出席監査役　五十嵐 隆　水嶋 早苗　丹羽 一成",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "board minutes listing the directors by name only (no addresses, dates of birth or identifiers)",
},
# 078 ─ disciplinary committee minutes with an arrest, to the labour-law consultant
{
    "id": "gijiroku-078",
    "charset": "utf-8",
    "sender": "杉浦 智子 <t-sugiura@hinode-sangyo.co.jp>",
    "to": ["よつば社会保険労務士法人 坂巻先生 <sakamaki@yotsuba-sr.jp>"],
    "subject": "懲戒委員会（6/27）議事要旨のご確認",
    "body": """坂巻先生

いつもお世話になっております。日の出産業 人事部の杉浦です。
先日ご相談しておりました件について、6/27の懲戒委員会の議事要旨をお送りします。
処分の相当性について、ご意見をいただけますでしょうか。

―――― 議事要旨 ――――
対象者：名古屋支店 営業課　渋谷 伸也（社員番号 20517、入社14年目）
事案　：2025年5月31日、私生活上の飲酒後のトラブルにより傷害の疑いで愛知県警に逮捕された。
　　　　6月10日に処分保留で釈放、現在は在宅で捜査中。本人は事実関係を概ね認めている。
審議　：就業規則第58条（会社の名誉・信用の毀損）への該当性を検討。
　　　　報道はなく、取引先への影響は現時点で確認されていない。
方向性：減給（1回、平均賃金の1日分の半額）とする案が多数。起訴の有無を見て最終決定。
―――――――――――――

お忙しいところ恐縮ですが、7/4頃までにご回答いただけますと幸いです。
""" + SIG_SUGIURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's arrest (要配慮個人情報: 逮捕歴) sent to an outside labour consultant (reason 3)",
},
# 079 ─ English reply; the partner's participant e-mails are only quoted
{
    "id": "gijiroku-079",
    "charset": "utf-8",
    "sender": "Shun Manabe <s-manabe@hinode-sangyo.co.jp>",
    "to": ["Markus Brunner <m.brunner@helvetia-precision.ch>"],
    "subject": "Re: Participants for the design review",
    "body": """Dear Markus,

Thank you. We will prepare six visitor badges and a meeting room for eight.
Lunch will be served at the technical centre; please let me know of any dietary needs
that are not yet covered.

Best regards,
Shun

On Wed, 2 Jul 2025 08:14, Markus Brunner wrote:
> Dear Shun,
> the following colleagues will attend on 15 July:
>   Markus Brunner     m.brunner@helvetia-precision.ch    +41 44 555 21 07
>   Lea Hofstetter     l.hofstetter@helvetia-precision.ch +41 44 555 21 33
>   Jonas Ammann       j.ammann@helvetia-precision.ch     +41 79 555 64 18
>   Claudia Rüegg      c.rueegg@helvetia-precision.ch     +41 44 555 21 90
>   Nicolas Favre      n.favre@helvetia-precision.ch      +41 79 555 30 27
>   Anja Keller        a.keller@helvetia-precision.ch     +41 44 555 21 46
> Best, Markus
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English reply; the six-person list is quoted from the recipient's own mail",
},
# 080 ─ four site workers' dates of birth for site registration
{
    "id": "gijiroku-080",
    "charset": "cp932",
    "sender": "国分 浩二 <k.kokubu@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 小山センター 藤枝様 <fujieda@aoba-unyu.co.jp>"],
    "subject": "合同安全パトロール（7/30）参加者の構内作業者登録",
    "body": """藤枝様

お世話になっております。日の出産業 国分です。
7/30の合同安全パトロールで貴センター構内に入る弊社参加者4名の情報をお送りします。
構内作業者登録（安全教育受講記録）にご利用ください。

氏名　　　　　フリガナ　　　　　生年月日　　　　所属
国分 浩二　　コクブ コウジ　　　S51.9.14　　　生産技術部
保坂 美月　　ホサカ ミヅキ　　　H6.2.27　　　 生産技術部
千田 なつみ　センダ ナツミ　　　H3.11.5　　　 物流課
栗林 勇　　　クリバヤシ イサム　S59.7.30　　　安全衛生課

当日は安全靴・ヘルメット持参で伺います。
""" + SIG_KOKUBU,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "four people's dates of birth (和暦) for a site registration, one partner: below five records",
},
# 081 ─ corrupt PDF minutes to the printer
{
    "id": "gijiroku-081",
    "charset": "iso-2022-jp",
    "sender": "三宅 陽菜 <h.miyake@hinode-sangyo.co.jp>",
    "to": ["錦印刷 今泉様 <imaizumi@nishiki-insatsu.co.jp>"],
    "subject": "制作定例（第2回）議事録",
    "body": """今泉様

お世話になっております。三宅です。
第2回制作定例の議事録をPDFでお送りします。
校了日が8/5で確定した旨、記載しております。
""" + SIG_MIYAKE,
    "attachments": [{"kind": "corrupt", "name": "制作定例_第2回_議事録.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the PDF attachment is damaged and cannot be inspected (reason 7)",
},
# 082 ─ delivery delay meeting with tracking numbers
{
    "id": "gijiroku-082",
    "charset": "utf-8",
    "sender": "波多野 恵 <m.hatano@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 営業部 仁科様 <nishina@aoba-unyu.co.jp>"],
    "subject": "配送遅延 対策会議（7/7）の対象案件",
    "body": """仁科様

お世話になっております。波多野です。
7/7の対策会議で確認したい遅延案件を事前にお送りします。

 出荷日   問合せ番号        出荷元     届け先             遅延
 7/1      4821-3391-0274    小金井     大阪DC             1日
 7/1      4821-3391-0281    小金井     神戸 東栄機材 様    2日
 7/2      4821-3391-1136    小金井     福岡DC             1日
 7/3      4821-3391-2209    愛川       名古屋 大和産機 様  1日
 7/3      4821-3391-2216    愛川       名古屋DC           半日

いずれも届け先は法人の倉庫・事業所です。
中継拠点ごとの原因を当日ご説明いただけますと幸いです。
""" + SIG_HATANO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tracking numbers and business delivery points, not people",
},
# 083 ─ company bank account for the subcommittee fee
{
    "id": "gijiroku-083",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 楓 <k-usami@hinode-sangyo.co.jp>",
    "to": ["全国産業機器工業会 会員サービス課 <kaiin@zensanki.or.jp>"],
    "subject": "環境分科会（幹事：日の出産業）見学会費の振込先について",
    "body": """全国産業機器工業会 会員サービス課 御中

お世話になっております。日の出産業の宇佐美です。
9月の環境分科会（弊社小金井工場 見学会）の参加費について、
会員各社様へのご案内に記載いただく振込先を以下のとおりお知らせいたします。

　参加費：1名 3,000円（昼食代を含みます）
　振込先：みどり銀行 本店営業部　普通預金 1083276
　口座名義：ヒノデサンギヨウ（カ
　振込期限：2025年9月5日（金）

領収書は当日受付でお渡しいたします。
""" + SIG_USAMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the company's own bank account for a fee: business data, not a person's",
},
# 084 ─ English PPTX with an 'Internal Only' footer
{
    "id": "gijiroku-084",
    "charset": "utf-8",
    "sender": "Emily Koga <emily.koga@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitfield <d.whitfield@greenbridge-partners.com>"],
    "subject": "Q3 steering committee deck (draft)",
    "body": """Hi Daniel,

Here is the draft deck for the Q3 steering committee. Slides 3 and 4 still need your
numbers for the UK market - could you fill them in by Friday?

Thanks,
Emily
""" + SIG_KOGA,
    "attachments": [{
        "kind": "pptx",
        "name": "Q3_SteerCo_draft_v1.pptx",
        "title": "Q3 Steering Committee",
        "page_footer": "Hinode Sangyo - Internal Only",
        "slides": [
            ["Q3 Steering Committee", "Draft v1", "11 September 2025"],
            ["Agenda", "Volumes and pricing", "Freight routing", "Packaging trial", "AOB"],
            ["Volumes H1", "Japan: 104% of plan", "Singapore: 71% of plan", "UK: [GreenBridge to fill in]"],
            ["Pricing 2026", "List price +3.5% (proposal)", "Key account exceptions: [GreenBridge]"],
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "every slide carries an 'Internal Only' classification footer and the deck goes to a partner (reason 6)",
},
# 085 ─ text + HTML: venue directions (business address)
{
    "id": "gijiroku-085",
    "charset": "utf-8",
    "sender": "宇佐美 楓 <k-usami@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 野々村様 <nonomura.r@kitaguni-foods.co.jp>"],
    "subject": "サプライヤー・サステナビリティ会議 会場のご案内",
    "body": """北国フーズ株式会社
野々村様

このたびはサプライヤー・サステナビリティ会議へのご出席のご連絡をいただき、ありがとうございます。
会場のご案内をお送りします。

会場：日の出産業株式会社 本社 12階 大会議室
住所：〒105-0012 東京都港区芝大門2-8-14 日の出ビル
アクセス：都営浅草線・大江戸線「大門駅」A6出口より徒歩3分／JR「浜松町駅」北口より徒歩6分
受付：1階 総合受付にて「サステナビリティ会議」とお申し付けください。

当日は名刺を2枚ご用意ください。
""" + SIG_USAMI,
    "html": """<html><body>
<p>北国フーズ株式会社<br>野々村様</p>
<p>このたびはサプライヤー・サステナビリティ会議へのご出席のご連絡をいただき、ありがとうございます。会場のご案内をお送りします。</p>
<table border="0" cellpadding="2">
<tr><td><b>会場</b></td><td>日の出産業株式会社 本社 12階 大会議室</td></tr>
<tr><td><b>住所</b></td><td>〒105-0012 東京都港区芝大門2-8-14 日の出ビル</td></tr>
<tr><td><b>アクセス</b></td><td>大門駅 A6出口より徒歩3分／浜松町駅 北口より徒歩6分</td></tr>
<tr><td><b>受付</b></td><td>1階 総合受付</td></tr>
</table>
<p>当日は名刺を2枚ご用意ください。</p>
<p>日の出産業株式会社 サステナビリティ推進室 宇佐美 楓</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "text+HTML venue directions; the address is the company's office",
},
# 086 ─ two bank officers in To, many internal Cc
{
    "id": "gijiroku-086",
    "charset": "iso-2022-jp",
    "sender": "菅原 拓海 <t.sugawara@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 瀬尾様 <seo.k@midori-ginko.co.jp>", "みどり銀行 有村様 <arimura@midori-ginko.co.jp>"],
    "cc": [
        "浜口 <d-hamaguchi@hinode-sangyo.co.jp>", "桐生 <kiryu@hinode-sangyo.co.jp>",
        "経理部長 <keiri-bucho@hinode-sangyo.co.jp>", "経営企画部 <keikaku@hinode-sangyo.co.jp>",
        "秘書室 <hisho@hinode-sangyo.co.jp>",
    ],
    "subject": "中期経営計画 説明会（金融機関向け）の日程",
    "body": """みどり銀行
瀬尾様、有村様

いつもお世話になっております。日の出産業 経営企画部の菅原です。
中期経営計画（2026-2028）の金融機関向け説明会について、日程が決まりましたのでご案内いたします。

　日時：2025年11月20日（木）15:00～16:30
　場所：本社 12階 大会議室（オンライン併用）
　説明者：代表取締役社長 東條、財務担当取締役 巽

ご出席予定の方のお名前を、11月7日までにお知らせいただけますと幸いです。
""" + SIG_SUGAWARA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "one external organisation (two people) plus internal Cc: an ordinary notice",
},
# 087 ─ external committee members' My Numbers and bank accounts (three people) to the outsourced payroll firm
{
    "id": "gijiroku-087",
    "charset": "cp932",
    "sender": "浜口 大輔 <d-hamaguchi@hinode-sangyo.co.jp>",
    "to": ["あさひ経理サービス 給与計算チーム 三枝様 <saegusa@asahi-keiri.co.jp>"],
    "subject": "外部有識者委員会 委員謝金の支払処理について",
    "body": """あさひ経理サービス株式会社
三枝様

いつもお世話になっております。日の出産業 経理部の浜口です。
7月開催の外部有識者委員会（サステナビリティ）の委員謝金について、
支払処理と源泉徴収・支払調書の作成をお願いいたします。
委員3名分の情報を添付のExcelにまとめております。

支払日は7月31日でお願いします。
""" + SIG_HAMAGUCHI,
    "attachments": [{
        "kind": "xlsx",
        "name": "委員謝金_支払依頼_202507.xlsx",
        "sheets": {
            "支払依頼": [
                ["外部有識者委員会 委員謝金 支払依頼（2025年7月分）"],
                ["氏名", "住所", "個人番号", "謝金（税込）", "振込先"],
                ["御子柴 玲子", "長野県松本市県3-8-12", my_number(SEED + 3), 50000, "信州中央銀行 松本支店 普通 2204718"],
                ["ロペス 健", "東京都国分寺市東恋ヶ窪2-14-9", my_number(SEED + 4), 50000, "みどり銀行 国分寺支店 普通 0771352"],
                ["蔵元 千晶", "宮城県仙台市青葉区片平1-6-30", my_number(SEED + 5), 30000, "東北あおば銀行 本店 普通 5530182"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "three committee members' My Numbers and bank accounts in an XLSX to an outside firm (reason 2)",
},
# 088 ─ board materials to an outside director at her university address
{
    "id": "gijiroku-088",
    "charset": "utf-8",
    "sender": "井上 真理子 <m-inoue@hinode-sangyo.co.jp>",
    "to": ["百瀬 由香里 先生 <momose@bus.seiryo-u.ac.jp>"],
    "subject": "第412回 取締役会 資料の事前送付",
    "body": """百瀬先生

いつも大変お世話になっております。取締役会事務局の井上でございます。
7月17日開催の第412回取締役会の資料を事前にお送りいたします。
先生のご要望により、議案資料のみPDFで添付しております（報告事項の資料は当日配布）。

第2号議案（第3ライン設備投資）につきましては、事前説明の機会を
7月15日（火）16時から30分ほど設けたいと担当役員が申しております。ご都合はいかがでしょうか。

何卒よろしくお願い申し上げます。
""" + SIG_INOUE,
    "attachments": [{
        "kind": "pdf",
        "name": "第412回取締役会_議案資料.pdf",
        "title": "第412回 取締役会 議案資料",
        "lines": [
            "第412回 定例取締役会　議案資料",
            "第1号議案　2025年度第1四半期決算承認の件",
            "第2号議案　小金井工場 第3ライン設備投資の件（総額 8.4億円、回収期間 5.2年）",
            "第3号議案　執行役員選任の件",
            "第4号議案　内部統制基本方針一部改定の件",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "board papers to an outside director at her university address; no marking, no personal data",
},
# 089 ─ list of participating companies (businesses) in an XLSX
{
    "id": "gijiroku-089",
    "charset": "iso-2022-jp",
    "sender": "波多野 恵 <m.hatano@hinode-sangyo.co.jp>",
    "to": ["錦印刷 今泉様 <imaizumi@nishiki-insatsu.co.jp>"],
    "subject": "連絡会 ご案内状の宛名印刷用データ",
    "body": """今泉様

お世話になっております。波多野です。
次回連絡会のご案内状（封筒）の宛名印刷用に、参加企業一覧をお送りします。
宛名は「ご担当部署 御中」でお願いいたします。
""" + SIG_HATANO,
    "attachments": [{
        "kind": "xlsx",
        "name": "参加企業一覧_宛名用.xlsx",
        "sheets": {
            "参加企業": [
                ["会社名", "部署", "郵便番号", "所在地", "代表電話"],
                ["青葉運輸株式会社", "総務部", "323-0022", "栃木県小山市駅東通り3-12-5", "0285-22-4100"],
                ["川崎電機株式会社", "購買部", "210-0858", "神奈川県川崎市川崎区大川町6-3", "044-333-2111"],
                ["北国フーズ株式会社", "品質管理部", "060-0003", "北海道札幌市中央区北三条西2-10", "011-222-5600"],
                ["丸栄工業株式会社", "総務課", "329-0412", "栃木県下野市柴1102-4", "0285-52-3341"],
                ["東和テクノ株式会社", "品質安全課", "321-0953", "栃木県宇都宮市東宿郷5-1-16", "028-611-7020"],
                ["関東梱包株式会社", "業務部", "306-0023", "茨城県古河市本町2-8-20", "0280-31-5512"],
            ],
            "分科会": [["分科会", "幹事会社"], ["物流", "青葉運輸"], ["品質", "北国フーズ"], ["安全", "東和テクノ"]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "companies' departments, office addresses and switchboards: a list of businesses, not people",
},
# 090 ─ forward of an internal emergency contact list to the event company
{
    "id": "gijiroku-090",
    "charset": "cp932",
    "sender": "白石 由紀 <y-shiraishi@hinode-sangyo.co.jp>",
    "to": ["山吹企画 久保田様 <kubota@yamabuki-kikaku.co.jp>"],
    "subject": "FW: 役員合宿会議 参加者の緊急連絡先",
    "body": """久保田様

お世話になっております。日の出産業 秘書室の白石です。
箱根での役員合宿会議について、バス会社・宿への緊急時連絡用に、
社内でまとめた参加者の緊急連絡先を転送いたします。ご活用ください。

白石

---------- 転送メッセージ ----------
From: 大谷 玲奈 <otani.r@hinode-sangyo.co.jp>
Date: 2025年7月30日 10:22
Subject: 役員合宿会議 参加者の緊急連絡先
To: 白石 由紀 <y-shiraishi@hinode-sangyo.co.jp>

白石さん

合宿参加者の緊急連絡先です（本人携帯／ご家族）。

東條 昭宏　　本人 090-1001-4478　／ご家族（妻 東條 恭子）03-3483-2219
石動 康弘　　本人 090-2237-6615　／ご家族（長男 石動 航）080-5512-9034
芦沢 敏夫　　本人 080-3364-1127　／ご家族（妻 芦沢 久美）047-352-8806
小田切 直美　本人 090-4418-0392　／ご家族（夫 小田切 誠）03-3391-4470
巽 健一郎　　本人 070-1185-6623　／ご家族（妻 巽 里香）048-832-1157
六車 昌平　　本人 080-7720-3318　／ご家族（妻 六車 薫）042-575-6690

大谷
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a forward (new text to the recipient) of six executives' mobiles and family contacts to an event company (reason 1)",
},
# 091 ─ English technical meeting minutes with part numbers
{
    "id": "gijiroku-091",
    "charset": "utf-8",
    "sender": "Shun Manabe <s-manabe@hinode-sangyo.co.jp>",
    "to": ["Markus Brunner <m.brunner@helvetia-precision.ch>"],
    "cc": ["Lea Hofstetter <l.hofstetter@helvetia-precision.ch>"],
    "subject": "Minutes - servo gripper design review, 15 July",
    "body": """Dear Markus, dear Lea,

Thank you again for visiting Aikawa. Minutes of the design review:

1. Gripper finger HP-GF-2207 rev.B: FEA shows 1.8x safety margin; approved for prototyping.
2. Encoder: switch from EN-4410 to EN-4412 (absolute, 23-bit). Hinode to confirm cable length.
3. Bearing 6902-2RS to be replaced by a sealed type for wash-down areas (IP69K).
4. Prototype order: PO 4500191847, 3 units, delivery week 38.

Open issues:
- Torque ripple at low speed (Helvetia, by 8 August)
- Connector pin assignment (Hinode, by 1 August)

Best regards,
Shun Manabe
R&D Group 2, Hinode Sangyo Co., Ltd.
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English minutes with part numbers and a PO number; one foreign partner",
},
# 092 ─ internal: disciplinary committee minutes (PDF) with an arrest
{
    "id": "gijiroku-092",
    "charset": "iso-2022-jp",
    "sender": "杉浦 智子 <t-sugiura@hinode-sangyo.co.jp>",
    "to": ["懲戒委員会 委員 <chokai-iinkai@hinode-sangyo.co.jp>"],
    "subject": "懲戒委員会（6/27）議事録",
    "body": """懲戒委員会 委員各位

人事部 杉浦です。6/27の委員会議事録を添付します。
取扱いには十分ご注意ください（印刷・転送不可）。
""" + SIG_SUGIURA,
    "attachments": [{
        "kind": "pdf",
        "name": "懲戒委員会議事録_20250627.pdf",
        "page_header": "人事部 厳秘",
        "lines": [
            "懲戒委員会 議事録　2025年6月27日（金）16:00-17:30",
            "出席：委員長（管理本部長）、人事部長、法務部長、労働組合 書記長",
            "対象者：名古屋支店 営業課 渋谷 伸也（社員番号 20517）",
            "事案：2025年5月31日 傷害の疑いで逮捕、6月10日 処分保留で釈放",
            "本人弁明：飲酒のうえ口論となり、相手を突き飛ばした事実を認める",
            "審議結果：減給処分を相当とする意見が多数。起訴の有無を確認のうえ最終決定",
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "an arrest record and a 厳秘 stamp, but the minutes go only to the internal committee",
},
# 093 ─ internal: password ZIP between colleagues
{
    "id": "gijiroku-093",
    "charset": "cp932",
    "sender": "杉浦 智子 <t-sugiura@hinode-sangyo.co.jp>",
    "to": ["人事制度検討委員会 <jinji-seido@hinode-sangyo.co.jp>"],
    "subject": "第5回 人事制度検討委員会 資料（パスワード付）",
    "body": """委員各位

人事部 杉浦です。
第5回委員会の資料（等級別の賃金シミュレーション）をお送りします。
個人別の試算を含むため、パスワード付きZIPにしています。
パスワードはTeamsのチャットでお知らせします。
""" + SIG_SUGIURA,
    "attachments": [{
        "kind": "zip",
        "name": "第5回委員会資料.zip",
        "password": "js-0730-r5",
        "files": [{"kind": "xlsx", "name": "賃金シミュレーション.xlsx",
                   "sheets": {"等級別": [["等級", "人数", "平均月額（現行）", "平均月額（新）"],
                                         ["M3", 18, 612000, 628000], ["M2", 44, 538000, 547000]]}}],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an encrypted ZIP, but every recipient is internal: the guard does not stop internal mail",
},
# 094 ─ reply-all in a three-way thread (two external organisations), quoted text below
{
    "id": "gijiroku-094",
    "charset": "iso-2022-jp",
    "sender": "菅原 拓海 <t.sugawara@hinode-sangyo.co.jp>",
    "to": ["川崎電機 沼尻様 <numajiri@kawasaki-denki.co.jp>"],
    "cc": ["ツバサシステム 宮地様 <miyaji.k@tsubasa-system.jp>", "桐生 <kiryu@hinode-sangyo.co.jp>"],
    "subject": "Re: Re: 三社定例会議（7月）日程調整のお願い",
    "body": """沼尻様、宮地様

ご回答ありがとうございます。菅原です。
お二方とも候補2がご都合よろしいとのことですので、
7月10日（木）10:00～11:30、弊社本社12階 中会議室で確定とさせていただきます。
会議招集を別途お送りします。

""" + SIG_SUGAWARA + """

> 菅原様
> 弊社は候補2でお願いできれば幸いです。
> ツバサシステム 宮地
>
>> 菅原様
>> 候補2、候補3のいずれも出席可能です。
>> 川崎電機 沼尻
>>
>>> 候補1：7月 9日（水）13:30～15:00
>>> 候補2：7月10日（木）10:00～11:30
>>> 候補3：7月15日（火）16:00～17:30
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "reply-all in a three-way thread: two external organisations, an ordinary meeting mail",
},
# 095 ─ internal: a corrupt PPTX re-sent to colleagues
{
    "id": "gijiroku-095",
    "charset": "utf-8",
    "sender": "鳥海 健司 <k-toriumi@hinode-sangyo.co.jp>",
    "to": ["情報システム部 <jouhou-sys@hinode-sangyo.co.jp>", "上原 <uehara.t@osaka.hinode-sangyo.co.jp>"],
    "subject": "部内会議資料（開けない場合はお知らせください）",
    "body": """部内各位

鳥海です。明日の部内会議資料です。
VPN経由で保存したせいか、私の端末では正しく開けないようです。
開けない方がいれば共有フォルダ（\\\\fs01\\jouhou\\会議\\2025）の元ファイルを見てください。
""" + SIG_TORIUMI,
    "attachments": [{"kind": "corrupt", "name": "部内会議_0710.pptx"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a damaged attachment, but sent only to internal addresses",
},
# 096 ─ minutes in the body with an attendance list (names and companies only)
{
    "id": "gijiroku-096",
    "charset": "cp932",
    "sender": "国分 浩二 <k.kokubu@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 小山センター 藤枝様 <fujieda@aoba-unyu.co.jp>"],
    "subject": "合同安全パトロール（7/30）結果報告",
    "body": """藤枝様

お世話になっております。国分です。
7/30の合同安全パトロールの結果をご報告します。

■参加者（敬称略）
　青葉運輸：藤枝、米倉、椎葉、堀
　日の出産業：国分、保坂、千田、栗林

■指摘事項
　1. 出荷バース3番の白線が消えかけている（歩行者通路の明示）→ 8月中に再塗装（青葉運輸）
　2. フォークリフト充電エリアに可燃物（段ボール）→ 即日撤去済み
　3. 夜間照明の照度不足（東側ヤード）→ LED投光器 2基増設を検討（日の出）
■良好事例
　・指差呼称が定着しており、構内速度制限の遵守率も高い

次回は10月の予定です。引き続きよろしくお願いいたします。
（指摘箇所の写真を1枚添付します）
""" + SIG_KOKUBU,
    "attachments": [{"kind": "png", "name": "IMG_0731_bay3.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "attendees listed by surname and company only; safety findings are about the site",
},
# 097 ─ one free-mail recipient: an external committee member
{
    "id": "gijiroku-097",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 楓 <k-usami@hinode-sangyo.co.jp>",
    "to": ["御子柴 玲子 様 <mikoshiba.reiko@yahoo.co.jp>"],
    "subject": "外部有識者委員会（第2回）次第のご送付",
    "body": """御子柴先生

平素より大変お世話になっております。
日の出産業 サステナビリティ推進室の宇佐美でございます。

第2回外部有識者委員会の次第をお送りいたします。

　日時：2025年7月18日（金）13:30～15:30
　会場：本社 12階 中会議室（オンライン併用）
　議題：1. 統合報告書2025の構成案について
　　　　2. 人権デューデリジェンスの進め方
　　　　3. 意見交換

委員謝金は前回と同様、ご登録の口座へ7月末にお振込みいたします。
交通費の精算書は当日ご記入をお願いいたします。

何卒よろしくお願い申し上げます。
""" + SIG_USAMI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one external committee member on free mail; only the agenda, no account data",
},
# 098 ─ forward of a partner's meeting notice to another partner
{
    "id": "gijiroku-098",
    "charset": "utf-8",
    "sender": "菅原 拓海 <t.sugawara@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 宮地様 <miyaji.k@tsubasa-system.jp>"],
    "subject": "FW: スマート工場PoC 成果報告会のご案内",
    "body": """宮地様

お世話になっております。菅原です。
川崎電機様から下記の成果報告会の案内をいただきました。
ツバサシステム様にもご参加いただきたいとのことですので、転送いたします。

---------- Forwarded message ----------
From: 川崎電機 事業企画部 <jigyo-kikaku@kawasaki-denki.co.jp>
Date: 2025年9月1日 13:05
Subject: スマート工場PoC 成果報告会のご案内
To: t.sugawara@hinode-sangyo.co.jp

日の出産業株式会社
経営企画部 菅原様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
下記のとおり、スマート工場PoCの成果報告会を開催いたします。

日時：2025年9月26日（金）14:00～16:00
会場：川崎電機 川崎事業所 本館 1F ショールーム
内容：PoC成果報告、設備稼働データの可視化デモ、今後のロードマップ

川崎電機株式会社 事業企画部
〒210-0858 神奈川県川崎市川崎区大川町6-3　TEL 044-333-2111（代表）
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a forwarded event notice with only company contact details",
},
# 099 ─ look-alike bank domain (another TLD)
{
    "id": "gijiroku-099",
    "charset": "iso-2022-jp",
    "sender": "浜口 大輔 <d-hamaguchi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 瀬尾様 <seo.k@midori-ginko.com>"],
    "subject": "シンジケートローン打合せ（7/15）議事メモ",
    "body": """瀬尾様

いつもお世話になっております。日の出産業 経理部の浜口です。
本日はお時間をいただきありがとうございました。議事メモをお送りいたします。

1. 金額・期間：40億円、7年（うち据置1年）で検討を進める
2. 参加金融機関：貴行をアレンジャーとし、5行程度を想定
3. 財務制限条項：純資産維持（前期末の75%）、2期連続経常赤字の回避
4. スケジュール：9月中旬にタームシート提示、10月下旬 契約締結目標

追加で必要な資料がございましたらお知らせください。
""" + SIG_HAMAGUCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-ginko.com swaps the partner bank's .co.jp for .com (reason 5)",
},
# 100 ─ annual schedule to the printer
{
    "id": "gijiroku-100",
    "charset": "cp932",
    "sender": "井上 真理子 <m-inoue@hinode-sangyo.co.jp>",
    "to": ["錦印刷 IR担当 風見様 <kazami@nishiki-insatsu.co.jp>"],
    "subject": "2026年 株主総会関連 年間スケジュール（招集通知印刷）",
    "body": """錦印刷株式会社
風見様

いつもお世話になっております。日の出産業 総務部の井上です。
来年の株主総会関連の年間スケジュールが固まりましたので、お知らせいたします。
招集通知の印刷・発送のご準備にお役立てください。

　2026年 2月13日（金）　取締役会（決算承認・総会付議議案の決定）
　2026年 3月 2日（月）　招集通知 初校入稿
　2026年 3月23日（月）　校了
　2026年 5月28日（木）　招集通知 発送（約 14,800通）
　2026年 6月12日（金）　決議通知 入稿
　2026年 6月25日（木）　第88回 定時株主総会

部数は例年どおり、株主数＋予備 300部でお願いします。
""" + SIG_INOUE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a schedule of dates and print volumes; nothing personal",
},
]
