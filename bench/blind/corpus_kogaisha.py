"""Blind evaluation corpus — area: kogaisha (liaison with overseas subsidiaries).

駐在員の赴任・帰任, 現地法人の人事・給与, 英文メール, 海外の会計事務所・移転業者, ビザ手続き:
mail that 日の出産業's 国際人事・海外事業部・国際経理 write to the group's overseas
subsidiaries (which have their own, external, domains), to overseas accounting firms,
relocation and moving companies, visa agents, hotels and clinics.

Everything here is invented (people, numbers, addresses, companies other than those the
brief names) and was written blind, from BRIEF.md, build.py and SPEC.md only, without
reading mailguard's code, rules or tests.  This wave leans to ordinary mail that comes
close to the line without crossing it.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 36201
rng = random.Random(SEED)

MN = [my_number(SEED + k) for k in range(12)]   # k = 0, 1, 2, …
CARD = [card_number(SEED + k) for k in range(3)]


def corp_no(base12: str) -> str:
    """法人番号: check digit + 12 digits (check = 9 - Σ P_n·Q_n mod 9, Q_n = 1 odd / 2 even)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def yen(lo: int, hi: int, step: int = 1000) -> int:
    return rng.randrange(lo // step, hi // step) * step


def thb(lo: int, hi: int) -> int:
    return rng.randrange(lo // 50, hi // 50) * 50


def fw(s: str) -> str:
    """ASCII digits and hyphens to full-width, as some people type them."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


T_NUMBER = "T" + corp_no("010401138275")   # 税理士法人 青嵐 (invented)

MESSAGES: list[dict] = []

# --------------------------------------------------------------------------- 001–010

MESSAGES += [
    {
        "id": "kogaisha-001",
        "sender": "Eri Matsunaga <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["Pimchanok Srisuk <pimchanok.s@hinode-th.co.th>"],
        "subject": "New assignee arrival - Mr. Kiryu (Apr 7)",
        "charset": "utf-8",
        "body": """Dear Khun Pimchanok,

Thank you for your continued support.

I am writing to confirm the arrival of our new assignee to Hinode Sangyo (Thailand).

  Name      : Takuma KIRYU (Mr.)
  Position  : Production Engineering Manager
  Flight    : TG 643, NRT 17:25 -> BKK 22:05, Monday 7 April
  Mobile    : +81-90-4472-1863 (Japanese number, roaming until he gets a local SIM)

Could you please arrange the airport pick-up and the first two weeks at the serviced
apartment we discussed? His family will follow in July, so a 1-bedroom unit is fine
for now.

The work permit documents will be sent separately by our visa agent.

Best regards,

Eri Matsunaga
International HR Group, Human Resources Dept.
Hinode Sangyo Co., Ltd.
Tel: +81-3-5812-4470
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one assignee's flight and mobile to the Thai subsidiary: one person's record, may warn, must go",
    },
    {
        "id": "kogaisha-002",
        "sender": "小林 玲子 <r-kobayashi@hinode-sangyo.co.jp>",
        "to": ["Wanida Chaiyasit <wanida@siamaccord.co.th>"],
        "cc": ["kobayashi.team@hinode-sangyo.co.jp"],
        "subject": "HST payroll data March 2026 for review",
        "charset": "utf-8",
        "body": """Dear Khun Wanida,

Please find attached the March payroll input of Hinode Sangyo (Thailand) for your
review before the SSO and PND1 filing. The "Input" sheet has the monthly figures per
employee, the "Changes" sheet the new joiners and the one resignation.

We would appreciate your comments by 28 March.

Kind regards,
Reiko Kobayashi
International Accounting, Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "HST_payroll_input_2026-03.xlsx",
            "sheets": {
                "Input": [
                    ["Hinode Sangyo (Thailand) Co., Ltd. - Payroll input March 2026"],
                    [],
                    ["Emp No", "Name", "Date of Birth", "Dept", "Position", "Base (THB)",
                     "OT (THB)", "Allowance (THB)"],
                    ["TH0012", "Somchai Rattanakul", "1979-02-11", "Production", "Supervisor",
                     thb(38000, 45000), thb(2000, 6000), 1500],
                    ["TH0031", "Kanokwan Boonmee", "1990-08-23", "QA", "Engineer",
                     thb(30000, 36000), thb(1000, 4000), 1500],
                    ["TH0047", "Anan Wongsawat", "1985-12-02", "Production", "Leader",
                     thb(24000, 28000), thb(3000, 7000), 1000],
                    ["TH0058", "Siriporn Kaewmanee", "1993-05-17", "Admin", "Officer",
                     thb(21000, 25000), 0, 1000],
                    ["TH0066", "Thanakorn Chaiyaporn", "1996-10-30", "Maintenance", "Technician",
                     thb(18000, 22000), thb(2000, 5000), 800],
                    ["TH0071", "Nattapong Inthasorn", "1998-03-09", "Warehouse", "Staff",
                     thb(15000, 17000), thb(1000, 3000), 800],
                    ["TH0075", "Wilaiwan Phromma", "1995-07-04", "Purchasing", "Officer",
                     thb(22000, 26000), 0, 1000],
                ],
                "Changes": [
                    ["Type", "Emp No", "Name", "Effective"],
                    ["Join", "TH0075", "Wilaiwan Phromma", "2026-03-01"],
                    ["Resign", "TH0029", "Chatchai Meesuk", "2026-03-31"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "payroll of seven local staff (name, date of birth, salary) to the subsidiary's external accounting firm: list of people",
    },
    {
        "id": "kogaisha-003",
        "sender": "深町 大輔 <fukamachi@hinode-sangyo.co.jp>",
        "to": ["Trần Văn Hùng <hung.tv@hinode-vn.com.vn>"],
        "subject": "Re: 3月度 給与データ（別送）",
        "charset": "utf-8",
        "body": """Hùngさん

お疲れさまです。深町です。
先ほどお送りした「HVN_luong_2026-03.zip」のパスワードをお知らせします。

  パスワード：  Hvn#26Mar!q7

解凍できない場合はご連絡ください。
なお、来月からは共有フォルダ（SharePoint）経由に切り替える予定です。

--
日の出産業株式会社 海外事業部 管理課
深町 大輔
TEL 03-5812-4531
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password mail of a PPAP pair: no attachment, no personal data",
    },
    {
        "id": "kogaisha-004",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["日英リロケーション 岩渕様 <iwabuchi@nichiei-relo.co.jp>"],
        "subject": "RE: 【お見積】シンガポール赴任 引越し（海上＋航空便）",
        "charset": "iso-2022-jp",
        "body": """日英リロケーション株式会社
岩渕様

いつもお世話になっております。日の出産業の早乙女です。
お見積書（見積番号 NR-2026-00418）をお送りいただきありがとうございました。

内容を確認し、以下の点だけご相談させてください。

・海上便 20ft コンテナ　　　　　　　 ￥486,000
・航空便 100kgまで　　　　　　　　　 ￥152,000
・梱包資材・不用品処分　　　　　　　 ￥38,500
・現地搬入（シンガポール側）　　　　 SGD 1,280

海上便は当社規程で上限 ￥450,000 となっておりますので、
20ft ではなく LCL（混載）でのお見積もりも頂戴できますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。

――――――――――――――――
日の出産業株式会社
総務部 赴任サポート課　早乙女 彩
〒103-0023 東京都中央区日本橋本町2-8-12
TEL 03-5812-4490／FAX 03-5812-4499
――――――――――――――――
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a moving quote with prices and a quote number: ordinary business mail",
    },
    {
        "id": "kogaisha-005",
        "sender": "浅利 健吾 <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["給与計算センター 西条様 <saijo@kyuyo-partners.co.jp>"],
        "subject": "海外赴任者 国内支給分（留守宅手当）振込データ 4月分",
        "charset": "shift_jis",
        "body": """キュウヨパートナーズ株式会社
給与計算センター　西条様

お世話になっております。日の出産業 人事部の浅利です。
4月分の海外赴任者 国内支給分（留守宅手当・社会保険料控除後）の振込データを
添付のとおりお送りします。振込日は4月25日でお願いいたします。

ご確認のほど、よろしくお願いいたします。

日の出産業株式会社 人事部 海外人事担当
浅利 健吾　TEL 03-5812-4472
""",
        "attachments": [{
            "kind": "csv",
            "name": "rusutaku_furikomi_202604.csv",
            "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "フリガナ", "赴任先", "銀行名", "支店名", "預金種目", "口座番号", "支給額"],
                ["100482", "桐生 拓真", "キリュウ タクマ", "タイ", "みどり銀行", "日本橋支店", "普通", "3018274", yen(150000, 220000)],
                ["100517", "四十物 隆", "アイモノ タカシ", "ベトナム", "みどり銀行", "新宿支店", "普通", "1127739", yen(150000, 220000)],
                ["100603", "小鳥遊 美咲", "タカナシ ミサキ", "シンガポール", "さくら信用金庫", "本店営業部", "普通", "0284416", yen(120000, 180000)],
                ["100655", "月見里 健", "ヤマナシ ケン", "米国", "みどり銀行", "横浜支店", "普通", "4409152", yen(150000, 220000)],
                ["100712", "百目鬼 淳", "ドウメキ ジュン", "中国", "東都銀行", "大宮支店", "当座", "0071836", yen(150000, 220000)],
                ["100788", "鳴海 沙織", "ナルミ サオリ", "ドイツ", "みどり銀行", "船橋支店", "普通", "2265047", yen(120000, 180000)],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "six assignees' names and bank accounts in a CP932 CSV to an outside payroll bureau: list of people",
    },
    {
        "id": "kogaisha-006",
        "sender": "浅利 健吾 <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>"],
        "cc": ["jinji-kaigai@hinode-sangyo.co.jp"],
        "subject": "帰任者 年末調整用 個人番号一覧（社内限り）",
        "charset": "iso-2022-jp",
        "body": f"""松永さん

お疲れさまです。浅利です。
年末調整の再計算に使う、今年の帰任者と扶養家族の個人番号一覧です。
給与システムへの登録が終わったら、このメールは削除してください。

社員番号  氏名          続柄  生年月日      個人番号
------  ------------  ----  ------------  ------------
100231  宇佐美 遼      本人  昭和56年9月14日  {MN[3]}
100231  宇佐美 真由    配偶者 昭和59年1月30日  {MN[4]}
100309  東條 圭一      本人  昭和62年6月2日   {MN[5]}
100309  東條 はるか    子    平成27年11月19日 {MN[6]}
100377  椎葉 航        本人  平成元年3月8日   {MN[7]}
100377  椎葉 小春      子    平成30年7月22日  {MN[8]}

以上、よろしくお願いします。
浅利
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "My Number list, but every recipient is internal (hinode-sangyo.co.jp): must go",
    },
    {
        "id": "kogaisha-007",
        "sender": "Daisuke Fukamachi <fukamachi@hinode-sangyo.co.jp>",
        "to": ["Lim Wei Ling <weiling.lim@lim-partners.com.sg>"],
        "cc": ["Kenji Hosokawa <k.hosokawa@hinode-sg.com.sg>", "小林 玲子 <r-kobayashi@hinode-sangyo.co.jp>"],
        "subject": "Teams call: FY2025 statutory audit timeline (HSG)",
        "charset": "utf-8",
        "body": """Dear Ms Lim,

Thank you for your email. As suggested, let us have a short call among the three of us
(Lim & Partners, Hinode Singapore and Tokyo) to fix the audit timeline.

Proposed slots (Singapore time):
  - Tue 12 May, 10:00-10:45
  - Wed 13 May, 15:00-15:45
  - Thu 14 May, 09:30-10:15

Agenda
 1. Trial balance cut-off and the intercompany confirmation with Tokyo
 2. Transfer pricing: management fee recharge FY2025
 3. Directors' report and AGM date

Kenji (HSG Finance) will send the Teams invitation once we agree on a slot.

Best regards,
Daisuke Fukamachi
Overseas Business Administration, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a three-way meeting mail: two external organisations in To/Cc is normal",
    },
    {
        "id": "kogaisha-008",
        "sender": "Aya Saotome <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["Visa Desk <visa@tsurumi-gyosei.jp>"],
        "subject": "Work visa application (Vietnam) - Mr. Takashi Aimono",
        "charset": "utf-8",
        "body": """鶴見行政書士事務所
ビザ担当 御中

いつもお世話になっております。日の出産業 赴任サポート課の早乙女です。
ベトナム労働許可証（WP）および一時滞在許可証（TRC）の申請について、
本人情報を以下のとおりお知らせします。

  Surname / Given name : AIMONO / TAKASHI
  Date of birth        : 1982-11-05
  Nationality          : Japan
  Passport No.         : TZ4418273
  Date of expiry       : 2033-02-14
  Assignment           : Hinode Sangyo Vietnam Co., Ltd. (Binh Duong), General Director

学位証明書と無犯罪証明書は原本を郵送いたします。
不足書類がございましたらご指示ください。

日の出産業株式会社 総務部 赴任サポート課
早乙女 彩　TEL 03-5812-4490
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "an assignee's passport number (and date of birth) to an outside visa agent",
    },
    {
        "id": "kogaisha-009",
        "sender": "椎名 友梨 <shiina.yuri@hinode-sangyo.co.jp>",
        "to": ["Somchai Rattanakul <somchai.r@hinode-th.co.th>"],
        "subject": "出張者向け バンコク ホテル候補（アマタナコン近辺含む）",
        "charset": "utf-8",
        "body": """Somchaiさん

いつもありがとうございます。本社 海外事業部の椎名です。
来月からの出張者向けに、総務で契約実績のあるホテルをまとめました。
タクシー手配の際にご利用ください。

ホテル名                          エリア          電話              法人レート
------------------------------  --------------  ----------------  -----------
Riverside Grand Bangkok          Silom           +66-2-234-5510    THB 3,200
Sukhumvit Park Residence         Asok            +66-2-259-8800    THB 2,850
Amata Business Hotel             Chonburi        +66-38-456-120    THB 1,900
Bangna Central Inn               Bang Na         +66-2-398-4471    THB 1,650
Sathorn Executive Suites         Sathorn         +66-2-287-9030    THB 3,400

※レートは朝食込み・税サ込み。繁忙期（11～2月）は変動します。

椎名
日の出産業株式会社 海外事業部　TEL 03-5812-4535
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of hotels with switchboard numbers: businesses, not people",
    },
    {
        "id": "kogaisha-010",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["グローバルムーブ 佐伯様 <saeki@globalmove-relo.com>"],
        "subject": "Re: 4月赴任者 引越し日程のご確認",
        "charset": "iso-2022-jp",
        "body": """佐伯様

お世話になっております。早乙女です。
日程表をありがとうございます。下記の内容で問題ございません。
各人には当方から確定の連絡をいたします。

引き続きよろしくお願いいたします。

早乙女

> 日の出産業株式会社
> 早乙女様
>
> いつもお世話になっております。グローバルムーブの佐伯です。
> 4月赴任の皆様の梱包・搬出日程を以下のとおり調整いたしました。
>
> 氏名        現住所                                 連絡先          搬出日
> 桐生 拓真    東京都練馬区石神井町3-14-2-205           090-4472-1863  3/28
> 四十物 隆    神奈川県横浜市青葉区美しが丘2-7-11         080-3391-0754  3/29
> 小鳥遊 美咲  埼玉県さいたま市浦和区常盤6-3-8           070-5128-6640  4/1
> 月見里 健    千葉県船橋市本町4-22-5 ハイツ本町302       090-8812-3305  4/2
> 百目鬼 淳    大阪府豊中市上野西1-9-17                 080-6604-2219  4/4
> 鳴海 沙織    愛知県名古屋市千種区覚王山通8-41          090-2237-5581  4/5
>
> ご確認のほどよろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person list is only in the quoted text of the relocation firm's own mail; new text has no data",
    },
]

# --------------------------------------------------------------------------- 011–020

MESSAGES += [
    {
        "id": "kogaisha-011",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["グローバルムーブ 佐伯様 <saeki@globalmove-relo.com>"],
        "subject": "2026年度上期 赴任者一覧（引越し手配のお願い）",
        "charset": "utf-8",
        "body": """株式会社グローバルムーブ
佐伯様

いつも大変お世話になっております。
日の出産業 赴任サポート課の早乙女でございます。

2026年度上期に赴任予定の社員について、下見・見積りの日程調整をお願いしたく、
一覧をお送りいたします。ご本人への連絡は携帯電話にお願いします。

氏名　　　　　現住所　　　　　　　　　　　　　　　　　携帯　　　　　　　　赴任先
－－－－－－　－－－－－－－－－－－－－－－－－－－　－－－－－－－－－　－－－－－－
桐生　拓真　　東京都練馬区石神井町３－１４－２－２０５　０９０－４４７２－１８６３　バンコク
四十物　隆　　神奈川県横浜市青葉区美しが丘２－７－１１　０８０－３３９１－０７５４　ビンズオン
小鳥遊　美咲　埼玉県さいたま市浦和区常盤６－３－８　　　０７０－５１２８－６６４０　シンガポール
月見里　健　　千葉県船橋市本町４－２２－５－３０２　　　０９０－８８１２－３３０５　シカゴ
百目鬼　淳　　大阪府豊中市上野西１－９－１７　　　　　　０８０－６６０４－２２１９　上海
鳴海　沙織　　愛知県名古屋市千種区覚王山通８－４１　　　０９０－２２３７－５５８１　デュッセルドルフ

家族帯同の有無は別途お知らせいたします。
何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　総務部 赴任サポート課
早乙女 彩（さおとめ あや）
〒103-0023 東京都中央区日本橋本町2-8-12
TEL：03-5812-4490
━━━━━━━━━━━━━━━━━━━━━
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six assignees' home addresses and mobiles (full-width, space-padded) to a relocation firm: list of people",
    },
    {
        "id": "kogaisha-012",
        "sender": "Reiko Kobayashi <r-kobayashi@hinode-sangyo.co.jp>",
        "to": ["Michael Brennan <mbrennan@brightwater-cpa.com>"],
        "subject": "RE: Hinode Industries America - FY2025 tax provision workpapers",
        "charset": "utf-8",
        "body": """Hi Michael,

Thanks for the quick turnaround. Answers to your open items:

1. The intercompany royalty (3% of net sales) was accrued through December; the
   invoice number is HSJ-RY-2025-12.
2. The fixed asset additions over USD 50k are listed on tab "FA-add" of the file we
   shared on your portal last Friday.
3. Deferred tax on the vacation accrual: please use the 2025 balance of USD 184,220.

Let me know if anything else is missing before your Thursday review.

Best,
Reiko

Reiko Kobayashi | International Accounting | Hinode Sangyo Co., Ltd.
+81-3-5812-4461 | r-kobayashi@hinode-sangyo.co.jp

------------------------------------------------------------------------------
This e-mail and any attachments may contain confidential information and are
intended solely for the addressee. If you have received this e-mail in error,
please notify the sender immediately and delete it. Any unauthorised copying,
disclosure or distribution of the material in this e-mail is strictly forbidden.
------------------------------------------------------------------------------
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tax workpaper answers with the standard confidentiality disclaimer: the disclaimer is not a marking",
    },
    {
        "id": "kogaisha-013",
        "sender": "深町 大輔 <fukamachi@hinode-sangyo.co.jp>",
        "to": ["Nguyễn Thị Lan <lan.nguyen@mekong-advisory.com.vn>"],
        "cc": ["四十物 隆 <aimono.t@hinode-sangyo.co.jp>"],
        "subject": "NDA draft - Mekong Advisory / Hinode Sangyo Vietnam",
        "charset": "utf-8",
        "body": """Dear Ms. Lan,

Further to our meeting in Binh Duong, attached is our draft Non-Disclosure Agreement
(秘密保持契約) to be signed before you start the payroll outsourcing review for
Hinode Sangyo Vietnam.

Main points from our side:
 - mutual NDA, three years from signature;
 - personal data of employees is covered by a separate data processing clause (Art. 6);
 - Vietnamese law, disputes in Ho Chi Minh City.

Please send us your comments in track changes. Mr. Aimono, our General Director in
Vietnam, will sign on behalf of HVN.

Best regards,
Daisuke Fukamachi
Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "docx",
            "name": "NDA_MekongAdvisory_HVN_draft_v1.docx",
            "title": "Mutual Non-Disclosure Agreement (draft)",
            "paragraphs": [
                "MUTUAL NON-DISCLOSURE AGREEMENT (DRAFT v1)",
                "This Agreement is made between Hinode Sangyo Vietnam Co., Ltd. (\"HVN\") and Mekong Advisory Co., Ltd. (\"Mekong\").",
                "1. Definition. \"Confidential Information\" means any information disclosed by either party that is marked or reasonably understood as confidential.",
                "2. Obligations. The receiving party shall not disclose Confidential Information to any third party without prior written consent.",
                "3. Exceptions. Information that is public, already known, or independently developed is not Confidential Information.",
                "6. Personal Data. Employee personal data shall be processed only for the payroll review and deleted at its end.",
                "9. Term. Three (3) years from the date of signature.",
                "Signed for HVN: ____________________   Signed for Mekong: ____________________",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with an NDA draft: the words 'Confidential Information' are a defined term, not a marking",
    },
    {
        "id": "kogaisha-014",
        "sender": "浅利 健吾 <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["税理士法人青嵐 野々宮先生 <nonomiya@seiran-tax.jp>"],
        "subject": "宇佐美 帰任に伴う扶養控除等申告の件（個人番号）",
        "charset": "iso-2022-jp",
        "body": f"""税理士法人青嵐
野々宮先生

いつもお世話になっております。日の出産業 人事部の浅利です。
先日ご相談した、米国から帰任した宇佐美の年末調整（扶養控除等申告書）について、
ご本人と扶養親族の個人番号をお知らせいたします。

　本人　　宇佐美 遼　　　昭和56年9月14日生　個人番号 {MN[0]}
　配偶者　宇佐美 真由　　昭和59年1月30日生　個人番号 {MN[1]}
　長男　　宇佐美 蒼　　　平成24年5月3日生　 個人番号 {MN[2]}

帰任日は2025年10月1日、居住者となった日も同日です。
非居住者期間の給与の取扱いについて、改めてご教示いただけますと幸いです。

日の出産業株式会社 人事部
浅利 健吾
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "three family members' My Numbers (with names and 和暦 dates of birth) to an outside tax accountant",
    },
    {
        "id": "kogaisha-015",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["桐生 千晶 <chiaki.kiryu.0612@gmail.com>"],
        "subject": "ご家族の渡航準備について（7月渡航予定）",
        "charset": "utf-8",
        "body": """桐生 千晶 様

はじめまして。日の出産業 国際人事グループの松永と申します。
ご主人の拓真さんから、ご家族向けのご案内はこちらのアドレスにとのことでしたので、
ご連絡いたしました。

7月のご家族渡航に向けて、会社で手配するものは次のとおりです。

　・航空券（ビジネスクラス、成田－バンコク）
　・赴任前研修（ご家族向け、6月14日 土曜 午前、オンライン参加可）
　・予防接種の費用（A型肝炎・破傷風ほか、会社負担）
　・日本人学校の編入手続きのご案内（現地法人総務が窓口です）

研修の参加可否を、6月6日までにこのメールへの返信でお知らせください。
ご不明な点はお気軽にどうぞ。

日の出産業株式会社 人事部 国際人事グループ
松永 恵理　TEL 03-5812-4470
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (an assignee's spouse) with general guidance: must go, may warn",
    },
    {
        "id": "kogaisha-016",
        "sender": "椎名 友梨 <shiina.yuri@hinode-sangyo.co.jp>",
        "to": ["Võ Quốc Bảo <bao.vq@hinode-vn.com.vn>"],
        "subject": "工場視察 参加者（5/19-21 ビンズオン）",
        "charset": "utf-8",
        "body": """Bảoさん

お世話になっております。椎名です。
5月の工場視察の参加者が確定しましたので、お知らせします。
空港送迎の際、何かあれば各自の携帯に直接ご連絡ください。

・取締役 生産本部長　長谷部 康弘　携帯 090-7731-2046
・生産技術部 部長　　 御手洗 浩二　携帯 080-1194-5530
・品質保証部 課長　　 雲林院 智子　携帯 070-2289-4417
・海外事業部　　　　　椎名 友梨　　携帯 090-6650-1128

到着便：VN301（成田 9:30 → タンソンニャット 14:05）5月19日

よろしくお願いいたします。
椎名
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four visitors' names and mobiles to the Vietnamese subsidiary: under five people, may warn",
    },
    {
        "id": "kogaisha-017",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["グローバルムーブ 佐伯様 <saeki@globalmove-relo.com>",
               "日英リロケーション 岩渕様 <iwabuchi@nichiei-relo.co.jp>",
               "オーシャンブリッジ引越センター 営業部 <sales@ocean-bridge-moving.co.jp>"],
        "subject": "【相見積のお願い】2026年度 海外赴任・帰任 引越し業務",
        "charset": "iso-2022-jp",
        "body": """各位

いつもお世話になっております。
日の出産業株式会社 総務部 赴任サポート課の早乙女でございます。

2026年度の海外赴任・帰任に伴う引越し業務につきまして、
相見積もりをお願いしたくご連絡いたしました。

　対象件数　　：年間 約25件（赴任15件・帰任10件程度）
　主な赴任地　：タイ、ベトナム、シンガポール、中国、米国、ドイツ
　ご提出期限　：5月22日（金）
　ご提出先　　：本メールへのご返信

仕様書は来週、別途お送りいたします。
ご多忙のところ恐縮ですが、ご検討のほどよろしくお願い申し上げます。

日の出産業株式会社 総務部 赴任サポート課
早乙女 彩　TEL 03-5812-4490
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three competing moving companies in To can see each other: should have been Bcc",
    },
    {
        "id": "kogaisha-018",
        "sender": "Reiko Kobayashi <r-kobayashi@hinode-sangyo.co.jp>",
        "to": ["Accounts <accounts@lim-partners.com.sg>"],
        "subject": "Re: Invoice LP/2026/0317 - Hinode Singapore Pte. Ltd.",
        "charset": "utf-8",
        "body": """Dear Accounts team,

Thank you for your invoice. We have processed the payment as below.

  Invoice no.    : LP/2026/0317
  Description    : Corporate secretarial and tax filing services, FY2025
  Amount         : SGD 14,850.00 (incl. GST 9%)
  Paid to        : Lim & Partners LLP, OCBC Bank, A/C 501-224387-001
  Value date     : 15 April 2026
  Our reference  : HSJ-AP-260415-07

Could you please send the receipt to HSG Finance (finance@hinode-sg.com.sg) as well?

Best regards,
Reiko Kobayashi
International Accounting
Hinode Sangyo Co., Ltd. | 2-8-12 Nihonbashi-Honcho, Chuo-ku, Tokyo 103-0023
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "invoice payment advice with the firm's own bank account: business data, not personal",
    },
    {
        "id": "kogaisha-019",
        "sender": "小林 玲子 <r-kobayashi@hinode-sangyo.co.jp>",
        "to": ["税理士法人青嵐 事務局 <office@seiran-tax.jp>"],
        "subject": "請求書受領のご連絡（国際税務顧問料 3月分）",
        "charset": "shift_jis",
        "body": f"""税理士法人青嵐
事務局 御中

いつもお世話になっております。日の出産業 経理部の小林です。
3月分の請求書を受領いたしました。下記の内容で4月末にお振込みいたします。

　請求書番号　　：SR-2603-0112
　登録番号　　　：{T_NUMBER}
　件名　　　　　：国際税務顧問料（移転価格・赴任者税務）
　金額　　　　　：330,000円（うち消費税 30,000円）
　支払予定日　　：2026年4月30日

なお、赴任者の確定申告代行分（3名分）は別請求と伺っておりますので、
お手数ですがお送りいただけますようお願いいたします。

経理部 国際経理グループ　小林 玲子
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice receipt with the firm's invoice registration (T) number: a company identifier, ordinary mail",
    },
    {
        "id": "kogaisha-020",
        "sender": "Eri Matsunaga <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["Case Management <cases@global-medical-assist.com>"],
        "subject": "Pre-assignment medical - Mr. Takuma Kiryu (Thailand)",
        "charset": "utf-8",
        "body": """Dear Case Management team,

As part of our pre-assignment procedure, please find below the key results of the
medical examination of our assignee, for your fitness-for-assignment assessment and for
arranging follow-up care in Bangkok.

Name:           Takuma KIRYU
Date of birth:  14 June 1984
Destination:    Bangkok, Thailand (from 7 April 2026)

Findings (exam on 3 March 2026, Hinode health centre):
 - Blood pressure 158/98 mmHg (hypertension, on amlodipine 5 mg since 2023)
 - HbA1c 7.2 %: type 2 diabetes diagnosed in 2024, on metformin
 - Fatty liver (ultrasound), follow-up in 6 months recommended

Our occupational physician considers him fit for assignment provided that a
local internist is arranged. Could you recommend a Japanese-speaking clinic near
Sukhumvit?

Kind regards,
Eri Matsunaga
International HR Group, Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one named assignee's diagnoses and health check results to an outside medical assistance firm: 要配慮個人情報",
    },
]

# --------------------------------------------------------------------------- 021–030

_th_staff = [
    ("TH0012", "Somchai Rattanakul", "1979-02-11", "0812345671"),
    ("TH0031", "Kanokwan Boonmee", "1990-08-23", "0861129034"),
    ("TH0047", "Anan Wongsawat", "1985-12-02", "0897712250"),
    ("TH0058", "Siriporn Kaewmanee", "1993-05-17", "0824490318"),
    ("TH0066", "Thanakorn Chaiyaporn", "1996-10-30", "0953318842"),
    ("TH0071", "Nattapong Inthasorn", "1998-03-09", "0917764405"),
    ("TH0075", "Wilaiwan Phromma", "1995-07-04", "0640082217"),
    ("TH0080", "Pornthip Saengthong", "1991-01-26", "0815530946"),
]

MESSAGES += [
    {
        "id": "kogaisha-021",
        "sender": "小林 玲子 <r-kobayashi@hinode-sangyo.co.jp>",
        "to": ["桐生 拓真 <kiryu.takuma@th.hinode-sangyo.co.jp>"],
        "subject": "HST 現地スタッフ給与 3月分 最終版",
        "charset": "iso-2022-jp",
        "body": """桐生さん

お疲れさまです。経理の小林です。
HSTの3月分現地スタッフ給与の最終版を添付します（会計事務所のコメント反映済み）。
承認いただけましたら、銀行への振込指図はWanidaさんにお願いします。

小林
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "HST_payroll_2026-03_final.xlsx",
            "sheets": {
                "Final": [["Emp No", "Name", "DOB", "Mobile", "Net pay (THB)"]]
                + [[e, n, d, m, thb(14000, 42000)] for e, n, d, m in _th_staff],
                "Notes": [["Reviewed by Siam Accord 2026-03-26"], ["SSO ceiling THB 750 applied"]],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": [],
        "note": "eight local staff records, but to an internal subdomain (th.hinode-sangyo.co.jp): internal mail must go",
    },
    {
        "id": "kogaisha-022",
        "sender": "深町 大輔 <fukamachi@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 真壁様 <makabe@tsubasa-system.jp>"],
        "subject": "グループ拠点一覧（ポータル掲載用）",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
真壁様

お世話になっております。日の出産業 海外事業部の深町です。
グループポータルの「拠点一覧」ページに掲載する情報をお送りします。
代表番号・住所は各社の公開情報です。

1) Hinode Sangyo (Thailand) Co., Ltd.
   700/412 Moo 7, Amata Nakorn Industrial Estate, Chonburi 20000, Thailand
   +66-38-214-500 / info@hinode-th.co.th
2) Hinode Sangyo Vietnam Co., Ltd.
   Lot B-3, VSIP II, Thu Dau Mot, Binh Duong, Vietnam
   +84-274-3635-200 / contact@hinode-vn.com.vn
3) 日出产业（上海）有限公司
   上海市闵行区莘庄工业区申富路 588 号
   +86-21-5442-7100 / office@hinode-sh.com.cn
4) Hinode Singapore Pte. Ltd.
   10 Anson Road #21-08, Singapore 079903
   +65-6221-4830 / enquiry@hinode-sg.com.sg
5) Hinode Industries America, Inc.
   1500 E. Woodfield Rd, Suite 410, Schaumburg, IL 60173, USA
   +1-847-555-0190 / info@hinode-america.com
6) Hinode Europe GmbH
   Königsallee 61, 40215 Düsseldorf, Germany
   +49-211-5580-300 / info@hinode-europe.de

掲載イメージができましたら確認させてください。
深町
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of group offices with switchboards and generic mailboxes: businesses, not people",
    },
    {
        "id": "kogaisha-023",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 国際引越課 <kokusai-hikkoshi@aoba-unyu.jp>"],
        "subject": "帰任荷物（上海→東京）搬入日のご相談",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社
国際引越課 ご担当者様

いつもお世話になっております。日の出産業の早乙女です。
上海から帰任する百目鬼の荷物（B/L No. SHTK26-04471、40ft 1本）について、
通関後の搬入日を6月13日（土）午前でご調整いただけますでしょうか。

搬入先は前回お伝えした社宅（3階、エレベーターあり）です。
開梱・家具組立もお願いいたします。

よろしくお願いいたします。
早乙女
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyu.jp drops the 'co.' of the partner domain aoba-unyu.co.jp: look-alike",
    },
    {
        "id": "kogaisha-024",
        "sender": "浅利 健吾 <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["日英リロケーション 岩渕様 <iwabuchi@nichiei-relo.co.jp>"],
        "subject": "RE: 帰任者 住居手配状況（2026年6月帰任分）",
        "charset": "shift_jis",
        "body": """岩渕様

ご報告ありがとうございます。
5名とも内見済みとのこと、承知いたしました。
契約書のドラフトが揃いましたら、まとめて社内決裁に回します。

引き続きよろしくお願いいたします。
浅利

-----Original Message-----
From: 岩渕 正樹 <iwabuchi@nichiei-relo.co.jp>
Sent: Tuesday, May 12, 2026 6:14 PM
To: 浅利 健吾 <asari.kengo@hinode-sangyo.co.jp>
Subject: 帰任者 住居手配状況（2026年6月帰任分）

日の出産業株式会社
浅利様

6月帰任の皆様の住居手配状況をご報告いたします。

氏名　　　　生年月日　　　現連絡先（携帯）　　　物件
宇佐美 遼　　1981/09/14　　090-3318-2274　　　世田谷区桜新町 2LDK
東條 圭一　　1987/06/02　　080-5501-9937　　　川崎市中原区 3LDK
椎葉 航　　　1989/03/08　　070-4426-1180　　　さいたま市中央区 2LDK
雲林院 智子　1985/12/21　　090-1173-6654　　　杉並区荻窪 1LDK
長谷部 康弘　1972/04/30　　080-2290-4418　　　横浜市港北区 3LDK

以上、よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person list sits under -----Original Message----- from the recipient himself; the new text carries nothing",
    },
    {
        "id": "kogaisha-025",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 国際引越課 中嶋様 <nakajima@aoba-unyu.co.jp>"],
        "subject": "帰任荷物 お届け先のご連絡（東條）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社
国際引越課　中嶋様

お世話になっております。日の出産業の早乙女です。
ドイツから帰任する東條の荷物のお届け先が決まりましたのでお知らせします。

　お届け先：〒211-0063 神奈川県川崎市中原区小杉町1-403-9 コスギタワー1206
　ご本人携帯：080-5501-9937（東條 圭一）
　希望日時：7月4日（土）午後

当日はご本人が立ち会います。
よろしくお願いいたします。

早乙女
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one returnee's delivery address and mobile to the partner moving company: one person, may warn",
    },
    {
        "id": "kogaisha-026",
        "sender": "Kengo Asari <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["Jennifer Ortiz <jortiz@brightwater-cpa.com>"],
        "subject": "Tax equalization 2025 - assignee data (HIA)",
        "charset": "utf-8",
        "body": """Hi Jennifer,

As requested, here is the assignee data for the 2025 tax equalization calculations.
Employee numbers only - you have the name mapping from last year's engagement.

Emp No\tDate of birth\tHost\tAssignment start\tBase salary (JPY)\tHypo tax (JPY)
100655\t1986-01-19\tChicago, IL\t2023-04-01\t""" + f"{yen(8_000_000, 11_000_000, 10000):,}" + """\t""" + f"{yen(900_000, 1_400_000, 1000):,}" + """
100412\t1979-07-08\tSchaumburg, IL\t2021-10-01\t""" + f"{yen(10_000_000, 13_000_000, 10000):,}" + """\t""" + f"{yen(1_200_000, 1_800_000, 1000):,}" + """
100533\t1983-03-27\tSchaumburg, IL\t2022-04-01\t""" + f"{yen(9_000_000, 12_000_000, 10000):,}" + """\t""" + f"{yen(1_000_000, 1_600_000, 1000):,}" + """
100590\t1990-11-14\tDetroit, MI\t2024-01-15\t""" + f"{yen(7_000_000, 9_000_000, 10000):,}" + """\t""" + f"{yen(700_000, 1_100_000, 1000):,}" + """
100621\t1988-05-30\tSchaumburg, IL\t2024-07-01\t""" + f"{yen(7_500_000, 9_500_000, 10000):,}" + """\t""" + f"{yen(800_000, 1_200_000, 1000):,}" + """
100702\t1992-09-03\tDetroit, MI\t2025-04-01\t""" + f"{yen(6_500_000, 8_000_000, 10000):,}" + """\t""" + f"{yen(600_000, 900_000, 1000):,}" + """

Bonus payments will follow in a separate file after the June payroll.

Thanks,
Kengo Asari
Global Mobility, Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "six assignees' rows (employee no., date of birth, salary) without a name column, tab-separated, to a US CPA firm",
    },
    {
        "id": "kogaisha-027",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["Nguyễn Thị Lan <lan.nguyen@mekong-advisory.com.vn>"],
        "subject": "Re: Payslip distribution for Japanese assignees",
        "charset": "utf-8",
        "body": """Dear Ms. Lan,

Thank you for your question about the payslips of the Japanese assignees at HVN.

For confidentiality reasons (機密保持の観点から), the Japan-side payslips are issued by
Tokyo HR and handed over by the General Director in a sealed envelope; they will not
be part of your payroll scope. Your team only needs to process the VND portion, which
HVN HR will send you as usual through your secure portal.

If the personal income tax finalisation needs the Japan-side figures, we will provide
the totals per person directly to the tax authority filing team in HVN, not by e-mail.

Best regards,
Eri Matsunaga
International HR Group, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions confidentiality and payslips but carries no data and no marking",
    },
    {
        "id": "kogaisha-028",
        "sender": "Eri Matsunaga <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["Pimchanok Srisuk <pimchanok.s@hinode-th.co.th>",
               "Sarah Whitfield <swhitfield@hinode-america.com>",
               "Tan Mei Xin <meixin.tan@hinode-sg.com.sg>"],
        "cc": ["Jan Becker <j.becker@hinode-europe.de>"],
        "subject": "Global HR call - agenda for 21 May",
        "charset": "utf-8",
        "body": """Dear HR colleagues,

Thank you all for joining the quarterly Global HR call. The agenda for 21 May
(15:00 JST / 13:00 BKK / 14:00 SGT / 08:00 CEST / 01:00 CDT - sorry, Sarah!):

 1. Assignment policy revision 2026 - housing cap and home-leave rules
 2. Local salary increase guidelines FY2026 (please bring your market data)
 3. Succession planning for GM positions - status per entity
 4. AOB

Materials will be on the Group HR SharePoint by Monday.

Best regards,
Eri Matsunaga
International HR Group, Hinode Sangyo Co., Ltd. (Tokyo)
""",
        "expect": "either",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four group subsidiaries on separate external domains see each other's addresses: one group or several parties, a judgement call",
    },
    {
        "id": "kogaisha-029",
        "sender": "椎名 友梨 <shiina.yuri@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 予約センター <reservation@sakura-hotel.jp>"],
        "subject": "Re: ご予約確認（HNS-260608 / 研修生ご一行）",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 予約センター ご担当者様

お世話になっております。日の出産業の椎名です。
ご予約確認書をありがとうございました。

お支払いは、先日お電話でお伝えした法人カード（末尾 4417）でのお支払いで
問題ございません。領収書の宛名は「日の出産業株式会社」でお願いいたします。

予約番号：HNS-260608（6月8日～6月19日、シングル 6室）

よろしくお願いいたします。
海外事業部　椎名
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "only the last four digits of a corporate card and a booking number: no card number",
    },
    {
        "id": "kogaisha-030",
        "sender": "Yuri Shiina <shiina.yuri@hinode-sangyo.co.jp>",
        "to": ["Reservations <reservations@grandriver-hotel.com.vn>"],
        "subject": "Booking guarantee - Mr. Koji Mitarai, 19-21 May",
        "charset": "utf-8",
        "body": f"""Dear Reservations team,

Please guarantee the following booking with the card below.

  Guest name    : Mr. Koji MITARAI
  Stay          : 19 May - 21 May 2026 (2 nights), Deluxe King, non-smoking
  Confirmation  : GRH-558120

  Card holder   : HINODE SANGYO CO LTD / YURI SHIINA
  Card number   : {CARD[0][:4]} {CARD[0][4:8]} {CARD[0][8:12]} {CARD[0][12:]}
  Expiry        : 09/28

Please charge room and breakfast only; incidentals will be settled by the guest.

Kind regards,
Yuri Shiina
Overseas Business Dept., Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full credit card number in the body to a hotel abroad",
    },
]

# --------------------------------------------------------------------------- 031–040

_hvn_rows = [
    ["Mã NV", "Họ tên", "Ngày sinh", "Số tài khoản", "Lương cơ bản (VND)"],
    ["VN0104", "Trần Văn Hùng", "1987-04-12", "0071000482213", 28_500_000],
    ["VN0119", "Phạm Thu Hà", "1992-09-30", "0071000533087", 19_200_000],
    ["VN0127", "Lê Minh Tuấn", "1990-02-18", "0071000561942", 22_800_000],
    ["VN0133", "Đặng Thị Mai", "1995-06-07", "0071000590315", 14_600_000],
    ["VN0140", "Võ Quốc Bảo", "1993-12-25", "0071000612478", 17_900_000],
    ["VN0152", "Huỳnh Gia Khang", "1998-08-14", "0071000647730", 11_300_000],
]

MESSAGES += [
    {
        "id": "kogaisha-031",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["鶴見行政書士事務所 鶴見先生 <tsurumi@tsurumi-gyosei.jp>"],
        "subject": "米国L-1ビザ 必要書類のご確認",
        "charset": "utf-8",
        "body": """鶴見先生

いつもお世話になっております。日の出産業の早乙女です。
7月に米国子会社へ赴任予定の社員（L-1A申請）について、ご本人へ案内する
必要書類を下記のとおり整理しました。漏れがないかご確認いただけますでしょうか。

　1. パスポート（残存期間が滞在予定期間＋6か月以上あること）
　2. 証明写真（5cm×5cm、背景白、6か月以内に撮影）
　3. 英文の在職証明書（過去3年間のうち1年以上の継続勤務を示すもの）
　4. 最終学歴の卒業証明書（英文）
　5. 米国子会社の組織図・業務内容説明書（当社で準備）
　6. DS-160 確認ページ

パスポート番号などの個人情報は、ご本人から先生の申請フォームに直接入力して
いただく運用でよろしいでしょうか。

早乙女 彩
日の出産業株式会社 総務部 赴任サポート課
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a visa document checklist that mentions passports but carries no one's data",
    },
    {
        "id": "kogaisha-032",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 国際引越課 中嶋様 <nakajima@aoba-unyu.co.jp>"],
        "subject": "航空便 追跡番号の件",
        "charset": "iso-2022-jp",
        "body": """中嶋様

お世話になっております。早乙女です。
先週出荷いただいた航空便3件の追跡番号について、社内システムに登録したところ
1件だけ「該当なし」と表示されます。番号に誤りがないかご確認いただけますか。

　伝票番号 4288-1733-0612　→ 表示OK（バンコク着）
　伝票番号 4288-1733-0629　→ 表示OK（シンガポール着）
　伝票番号 4288-1733-0636　→ 該当なし（ハノイ行き）

お手数ですがよろしくお願いいたします。
早乙女
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "12-digit tracking numbers in context (伝票番号): not My Numbers, ordinary logistics mail",
    },
    {
        "id": "kogaisha-033",
        "sender": "深町 大輔 <fukamachi@hinode-sangyo.co.jp>",
        "to": ["Trần Văn Hùng <hung.tv@hinode-vn.com.vn>"],
        "subject": "3月度 給与データ（別送）",
        "charset": "utf-8",
        "body": """Hùngさん

お疲れさまです。深町です。
3月度の給与データ（本社確認済み）を送付します。
パスワードは別メールにてお知らせします。

  添付：HVN_luong_2026-03.zip

よろしくお願いします。
深町
""",
        "attachments": [{
            "kind": "zip",
            "name": "HVN_luong_2026-03.zip",
            "password": "Hvn#26Mar!q7",
            "files": [{"kind": "xlsx", "name": "HVN_luong_2026-03.xlsx",
                       "sheets": {"Luong T3": _hvn_rows}}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the Vietnamese subsidiary's external domain: cannot be inspected",
    },
    {
        "id": "kogaisha-034",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["渡航外来 予約係 <yoyaku@tokyo-tokou-clinic.or.jp>"],
        "subject": "海外赴任前健診・予防接種のご予約（1名）",
        "charset": "iso-2022-jp",
        "body": """東京渡航クリニック
予約係 ご担当者様

お世話になっております。日の出産業株式会社 人事部の松永と申します。
海外赴任前健康診断および予防接種の予約をお願いいたします。

　受診者氏名：小鳥遊 美咲（タカナシ ミサキ）
　生年月日　：平成２年１０月１６日
　赴任先　　：シンガポール
　希望日　　：5月26日（火）午前、または5月28日（木）午前
　接種希望　：A型肝炎、B型肝炎、破傷風

費用は会社請求でお願いいたします（請求先は下記）。

日の出産業株式会社 人事部 国際人事グループ
松永 恵理　TEL 03-5812-4470
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "booking a pre-assignment check-up for one person: no results or diagnosis, one person's data, may warn",
    },
    {
        "id": "kogaisha-035",
        "sender": "浅利 健吾 <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["鶴見行政書士事務所 鶴見先生 <tsurumi@tsurumi-gyosei.jp>"],
        "subject": "ベトナム現地法人からの受入れ（企業内転勤）スケジュール",
        "charset": "utf-8",
        "body": """鶴見先生

お世話になっております。人事部の浅利です。
先日お電話でご相談した、ベトナム現地法人からの受入れの件です。

ベトナム国籍のエンジニア1名を、9月から2年間、本社の生産技術部に
「企業内転勤」で受け入れる予定です。在留資格認定証明書の交付申請から
入国までの標準的なスケジュールと、当社側で用意する書類を教えていただけますか。

現時点の想定：
　- 6月中旬　申請書類一式を先生にお渡し
　- 7月上旬　入管へ申請
　- 8月下旬　認定証明書交付 → 現地で査証申請
　- 9月下旬　来日

ご本人の氏名・旅券情報は、正式にご依頼する際に別途お送りします。

浅利
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a nationality and a status of residence mentioned without any identifier or name: not 要配慮, nothing to stop",
    },
    {
        "id": "kogaisha-036",
        "sender": "浅利 健吾 <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["あおい不動産 法人営業部 <hojin@aoi-fudosan.co.jp>"],
        "subject": "社宅契約（川崎市中原区）入居者情報のご連絡",
        "charset": "utf-8",
        "body": """あおい不動産株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 人事部の浅利です。
先日お申込みした社宅（コスモ新丸子 402号室）の入居者情報をお送りします。

【入居者】
　氏名（ローマ字）：LE MINH TUAN
　生年月日　　　　：1990年2月18日
　国籍　　　　　　：ベトナム
　在留資格　　　　：企業内転勤（在留期間 2年）
　在留カード番号　：UH48302716FA
　勤務先　　　　　：日の出産業株式会社 生産技術部

契約者は当社、入居開始は10月1日を予定しています。
保証会社の審査に必要な書類があればお知らせください。

浅利 健吾
日の出産業株式会社 人事部　TEL 03-5812-4472
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "an inpatriate's residence card number to an outside real-estate agent",
    },
    {
        "id": "kogaisha-037",
        "sender": "Reiko Kobayashi <r-kobayashi@hinode-sangyo.co.jp>",
        "to": ["Lim Wei Ling <weiling.lim@lim-partners.com.sg>"],
        "subject": "Re: CPF contribution adjustment - April",
        "charset": "utf-8",
        "body": """Dear Ms Lim,

Thank you, the adjustments look right to us. Please go ahead with the April CPF
submission; HSG Finance will fund the account by 12 May.

Best regards,
Reiko

On Thu, 7 May 2026 at 16:42, Lim Wei Ling <weiling.lim@lim-partners.com.sg> wrote:
> Dear Reiko,
>
> Please find below the staff whose April CPF contributions need adjusting
> because of the March salary revision:
>
>   Name                  DOB          Mobile          Adj. (SGD)
>   Tan Mei Xin           1988-04-02   +65 9123 4471    +86.00
>   Muhammad Faiz Rahman  1991-10-19   +65 8234 5580    +52.70
>   Priya Raman           1986-01-25   +65 9345 6692   +104.40
>   Ong Kah Wee           1994-07-11   +65 8456 7703    +41.30
>   Nur Aisyah Rahman     1997-03-03   +65 9567 8814    +38.90
>
> Kindly confirm by Friday.
>
> Regards,
> Lim Wei Ling
> Lim & Partners LLP
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person staff list is only quoted from the accountant's own mail ('On … wrote:'); the new text has no data",
    },
    {
        "id": "kogaisha-038",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>"],
        "bcc": ["saeki@globalmove-relo.com", "iwabuchi@nichiei-relo.co.jp",
                "sales@ocean-bridge-moving.co.jp", "nakajima@aoba-unyu.co.jp",
                "tsurumi@tsurumi-gyosei.jp", "hojin@aoi-fudosan.co.jp",
                "reservation@sakura-hotel.jp", "yoyaku@tokyo-tokou-clinic.or.jp",
                "info@pettravel-japan.jp", "office@seiran-tax.jp",
                "saijo@kyuyo-partners.co.jp", "desk@tabi-planner.co.jp"],
        "subject": "【ご案内】赴任サポート窓口 夏季休業および担当変更のお知らせ",
        "charset": "iso-2022-jp",
        "body": """お取引先各位

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 総務部 赴任サポート課でございます。

誠に勝手ながら、下記のとおり夏季休業とさせていただきます。

　休業期間：2026年8月11日（火）～8月16日（日）

また、8月1日付で当課の窓口担当が早乙女から丸岡に変わります。
新しい連絡先は fukyo-support@hinode-sangyo.co.jp（課の共有アドレス）です。

今後とも変わらぬご愛顧のほど、よろしくお願い申し上げます。

日の出産業株式会社 総務部 赴任サポート課
〒103-0023 東京都中央区日本橋本町2-8-12　TEL 03-5812-4490
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "announcement to twelve vendors sent correctly in Bcc (To is the sender): nobody sees anyone",
    },
    {
        "id": "kogaisha-039",
        "sender": "椎名 友梨 <shiina.yuri@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 団体予約 <group@sakura-hotel.jp>"],
        "subject": "上海現地法人 研修生 宿泊者名簿（6/8～6/19）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:Meiryo,sans-serif;font-size:10pt">
<p>さくらホテル 団体予約ご担当者様</p>
<p>いつもお世話になっております。日の出産業 海外事業部の椎名です。<br>
上海現地法人からの研修生ご一行の宿泊者名簿をお送りします。<br>
チェックイン時の本人確認にお使いください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>No.</th><th>氏名</th><th>ローマ字</th><th>携帯電話</th><th>メール</th></tr>
<tr><td>1</td><td>王 丽华</td><td>WANG LIHUA</td><td>+86 138 1762 4403</td><td>wang.lihua@hinode-sh.com.cn</td></tr>
<tr><td>2</td><td>陈 志强</td><td>CHEN ZHIQIANG</td><td>+86 139 0218 5576</td><td>chen.zq@hinode-sh.com.cn</td></tr>
<tr><td>3</td><td>刘 洋</td><td>LIU YANG</td><td>+86 137 6451 2290</td><td>liu.yang@hinode-sh.com.cn</td></tr>
<tr><td>4</td><td>张 敏</td><td>ZHANG MIN</td><td>+86 136 2287 9014</td><td>zhang.min@hinode-sh.com.cn</td></tr>
<tr><td>5</td><td>赵 文博</td><td>ZHAO WENBO</td><td>+86 135 9903 1168</td><td>zhao.wb@hinode-sh.com.cn</td></tr>
<tr><td>6</td><td>孙 婷婷</td><td>SUN TINGTING</td><td>+86 158 4470 3325</td><td>sun.tt@hinode-sh.com.cn</td></tr>
</table>
<p>予約番号：HNS-260608<br>ご不明点は椎名（03-5812-4535）までお願いいたします。</p>
<p>--<br>日の出産業株式会社 海外事業部<br>椎名 友梨</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of six trainees (name, mobile, e-mail) to the partner hotel: list of people",
    },
    {
        "id": "kogaisha-040",
        "sender": "Eri Matsunaga <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["Jan Becker <j.becker@hinode-europe.de>"],
        "subject": "Cost-of-living and hardship allowance table FY2026",
        "charset": "utf-8",
        "body": """Dear Jan,

As discussed, below are the FY2026 allowance rates Tokyo will apply to assignees.
These are policy figures per location and grade, so feel free to share them with
your management team.

Location        COLA index  Hardship  Housing cap (local, monthly)
--------------  ----------  --------  ----------------------------
Duesseldorf        112         0 %     EUR 2,400
Bangkok             94        5 %     THB 85,000
Binh Duong          88       15 %     USD 2,200
Shanghai           108       10 %     CNY 28,000
Singapore          131        0 %     SGD 7,500
Chicago            118        0 %     USD 4,800

Grade M1 and above: housing cap +20 %.

Best regards,
Eri
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "allowance rates per city: policy data, no person",
    },
]

# --------------------------------------------------------------------------- 041–050

MESSAGES += [
    {
        "id": "kogaisha-041",
        "sender": "Aya Saotome <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["Katrin Vogel <k.vogel@rhein-relocation.de>"],
        "subject": "Family reunion visa - Mrs. and Miss Naruse (appointment Ausländerbehörde)",
        "charset": "utf-8",
        "body": """Dear Ms. Vogel,

Thank you for booking the appointment at the Ausländerbehörde Düsseldorf for our
assignee's family. For the application forms, here are the details of the two
family members joining him in August:

  1) Spouse   : NARUSE, Kaori      - born 22 February 1988
  2) Daughter : NARUSE, Hina       - born 9 October 2017

Their passports and the marriage/birth certificates (with apostille and sworn
translation) will be brought to the appointment in original.

Please let me know if the school confirmation for Hina is needed in advance.

Kind regards,
Aya Saotome
Assignment Support, General Affairs Dept.
Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two family members' names and dates of birth to the relocation agent: two people, may warn",
    },
    {
        "id": "kogaisha-042",
        "sender": "浅利 健吾 <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["おおぞら社会保険労務士法人 河合様 <kawai@ozora-sr.jp>"],
        "subject": "適用証明書（日独協定）交付申請書 下書きの送付",
        "charset": "iso-2022-jp",
        "body": """おおぞら社会保険労務士法人
河合様

お世話になっております。日の出産業 人事部の浅利です。
ドイツ赴任予定の鳴海について、日独社会保障協定の適用証明書交付申請書の
下書きを作成しましたので、添付にてお送りします。
記入内容にご確認いただき、年金事務所への提出をお願いできますでしょうか。

よろしくお願いいたします。
浅利
""",
        "attachments": [{
            "kind": "pdf",
            "name": "tekiyo_shomeisho_shinsei_Narumi.pdf",
            "title": "適用証明書交付申請書（下書き）",
            "lines": [
                "適用証明書交付申請書（日本国の法令の適用に関する証明書）　下書き",
                "",
                "1. 被保険者",
                "　氏名（漢字）　　鳴海 沙織",
                "　氏名（ローマ字）NARUMI SAORI",
                "　生年月日　　　　昭和６３年７月１２日",
                "　基礎年金番号　　4180-293657",
                "　住所　　　　　　愛知県名古屋市千種区覚王山通8-41",
                "",
                "2. 事業所",
                "　名称　日の出産業株式会社　　所在地　東京都中央区日本橋本町2-8-12",
                "",
                "3. 派遣先　Hinode Europe GmbH, Königsallee 61, 40215 Düsseldorf",
                "　派遣期間　2026年6月1日 ～ 2029年5月31日（予定）",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a basic pension number (with name, 和暦 birth date and address) in a PDF to an outside labour consultant",
    },
    {
        "id": "kogaisha-043",
        "sender": "浅利 健吾 <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["おおぞら社会保険労務士法人 河合様 <kawai@ozora-sr.jp>"],
        "subject": "社会保障協定のない国（ベトナム）への赴任時の取扱いについて",
        "charset": "shift_jis",
        "body": """河合様

いつもお世話になっております。浅利です。
一点ご相談させてください。

ベトナムとは社会保障協定が未発効のため、赴任者は日本の厚生年金・健康保険に
加入したまま、現地の社会保険にも加入する二重加入の状態になっています。

　(1) 日本側の標準報酬月額は、国内払い給与のみで算定してよいか
　(2) 現地払い給与を会社が負担している場合の取扱い
　(3) 海外旅行保険と健康保険の海外療養費の使い分けに関する社内説明の要否

ご多忙のところ恐縮ですが、次回の定例（6月3日）でご説明いただけますと幸いです。
基礎年金番号などの個別の情報は、必要になりましたら従来どおり電子申請の
共有フォルダでお渡しします。

日の出産業株式会社 人事部　浅利 健吾
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a question about social insurance that mentions 基礎年金番号 and 海外療養費 but carries no one's data",
    },
    {
        "id": "kogaisha-044",
        "sender": "深町 大輔 <fukamachi@hinode-sangyo.co.jp>",
        "to": ["四十物 隆 <aimono.t@vn.hinode-sangyo.co.jp>", "桐生 拓真 <kiryu.takuma@th.hinode-sangyo.co.jp>"],
        "cc": ["kaigai-jigyo@hinode-sangyo.co.jp"],
        "subject": "【社外秘】現地法人 中期計画（2026-2028）レビュー資料",
        "charset": "utf-8",
        "body": """四十物さん、桐生さん

お疲れさまです。深町です。
来週の経営会議で使う中期計画レビュー資料（社外秘）を共有します。
現地スタッフへの展開はまだ控えてください。

深町
""",
        "attachments": [{
            "kind": "pptx",
            "name": "中期計画レビュー_HVN_HST.pptx",
            "page_footer": "社外秘 / Hinode Sangyo Internal Only",
            "slides": [
                ["中期計画レビュー 2026-2028", "HVN・HST", "海外事業部"],
                ["HVN 売上計画", "2026: USD 42M", "2027: USD 48M", "2028: USD 55M"],
                ["HST 課題", "人件費上昇（最低賃金 +8%）", "第2工場の稼働率"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 marking, but the recipients are internal subdomains (vn./th.hinode-sangyo.co.jp): internal mail must go",
    },
    {
        "id": "kogaisha-045",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["クロスカルチャー研修 森下様 <morishita@crosscult-training.co.jp>"],
        "subject": "FW: Danh sách liên lạc khẩn cấp - học viên đào tạo tại Nhật",
        "charset": "utf-8",
        "body": """森下様

お世話になっております。日の出産業の松永です。
来月の来日研修の参加者について、ベトナム現地法人から緊急連絡先の一覧が
届きましたので転送いたします。研修期間中の緊急時対応にご利用ください。

松永

---------- Forwarded message ---------
From: Phạm Thu Hà <ha.pt@hinode-vn.com.vn>
Date: Mon, 11 May 2026 10:05
Subject: Danh sách liên lạc khẩn cấp - học viên đào tạo tại Nhật
To: 松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>

Dear Matsunaga-san,

Please find the trainees and their emergency contacts below.

No | Trainee            | Mobile          | Emergency contact (relation) | Phone
1  | Lê Minh Tuấn       | +84 90 381 2247 | Lê Thị Hoa (mother)          | +84 91 224 7765
2  | Đặng Thị Mai       | +84 93 558 1040 | Đặng Văn Nam (father)        | +84 98 701 3382
3  | Huỳnh Gia Khang    | +84 97 114 6639 | Trương Mỹ Linh (wife)        | +84 90 662 0917
4  | Bùi Thanh Sơn      | +84 94 270 8815 | Bùi Văn Lộc (father)         | +84 91 883 4402
5  | Ngô Thị Thanh Trúc | +84 96 431 5528 | Ngô Minh Đức (brother)       | +84 93 305 7716
6  | Phan Quốc Việt     | +84 98 902 3361 | Phan Thị Hằng (mother)       | +84 97 540 2289

Best regards,
Pham Thu Ha
HR & Admin, Hinode Sangyo Vietnam
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a forward (new text to the recipient) of six trainees' mobiles and their families' phones to a training company",
    },
    {
        "id": "kogaisha-046",
        "sender": "四十物 隆 <aimono.t@vn.hinode-sangyo.co.jp>",
        "to": ["hvn-japanese@vn.hinode-sangyo.co.jp"],
        "cc": ["松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>", "kiki-kanri@hinode-sangyo.co.jp"],
        "subject": "【更新】HVN 日本人駐在員・家族 緊急連絡網（2026年5月）",
        "charset": "utf-8",
        "body": """HVN駐在員各位

四十物です。人事異動に伴い、緊急連絡網を更新しました。
台風シーズン前に、各自の登録内容をご確認ください。

連絡順  氏名          現地携帯          日本の緊急連絡先              続柄
1       四十物 隆     +84 90 771 2036   四十物 久美子 090-3371-8842   妻
2       佐々木 航平   +84 93 204 6618   佐々木 悦子 0285-44-1907      母
3       菅原 詩織     +84 97 552 0143   菅原 大地 080-6612-4409       夫
4       堀之内 誠     +84 91 338 7725   堀之内 典子 070-1109-2264     妻
5       篠宮 雄大     +84 98 416 2250   篠宮 勝 0952-27-3318          父
6       小野寺 葵     +84 96 109 4487   小野寺 学 090-5530-7761       父

在ベトナム日本国総領事館 緊急電話：+84-28-3933-3510

四十物
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "six assignees' emergency contacts, but every address is internal (vn. subdomain and head office)",
    },
    {
        "id": "kogaisha-047",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["Admissions Office <admissions@isb-amata.ac.th>"],
        "subject": "Enrolment enquiry - Grade 3, from August 2026",
        "charset": "utf-8",
        "body": """Dear Admissions Office,

I am writing on behalf of our employee, who will be transferred to our subsidiary in
Amata Nakorn in April, to enquire about a place for his son in Grade 3 from the August
2026 intake.

  Student name   : Sota KIRYU
  Date of birth  : 3 May 2018
  Current school : Shakujii Elementary School, Tokyo (Grade 2)
  Languages      : Japanese (native), English (beginner)

Could you let us know whether there is availability, the EAL support offered, and the
documents required for the application? The company will pay the application fee.

Kind regards,
Aya Saotome
Assignment Support, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one child's name and date of birth for a school enquiry: one person, may warn",
    },
    {
        "id": "kogaisha-048",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["日英リロケーション 岩渕様 <iwabuchi@nichiei-relo.co.jp>"],
        "subject": "シンガポール赴任 月見里さん ご家族の学校探しについて",
        "charset": "iso-2022-jp",
        "body": """岩渕様

お世話になっております。早乙女です。
月見里 健さん（シンガポール赴任）のご家族の学校探しについて、
ご本人から了承を得ましたので、事情をお伝えします。

長男の月見里 湊くん（小学2年）は、昨年、自閉スペクトラム症と診断されており、
現在は通級指導教室に通っています。現地では、少人数で個別支援のある
インターナショナルスクールか、特別支援に対応した日本人学校の枠を希望されています。

候補校のリストアップと、見学の手配をお願いできますでしょうか。
医師の意見書（英文）は必要に応じてご本人からお渡しします。

早乙女 彩
日の出産業株式会社 総務部 赴任サポート課
""",
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a named child's diagnosis (disability) to a relocation firm: 要配慮個人情報 of one person",
    },
    {
        "id": "kogaisha-049",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["ペットトラベルジャパン 受付 <info@pettravel-japan.jp>"],
        "subject": "犬の輸送（東京→シンガポール）のお見積り依頼",
        "charset": "utf-8",
        "body": """ペットトラベルジャパン ご担当者様

はじめてご連絡いたします。日の出産業株式会社 赴任サポート課の早乙女です。
シンガポールへ赴任する社員の愛犬の輸送について、お見積りをお願いいたします。

　犬種・体重　　：柴犬（オス）・9.5kg
　マイクロチップ：392148000217736
　狂犬病予防接種：2025年10月、2026年4月（2回済み）
　出発希望　　　：2026年8月下旬、成田発
　飼い主　　　　：小鳥遊 美咲（連絡先：070-5128-6640）

係留期間の短縮条件（AVS）についてもご案内いただけますと助かります。

早乙女 彩
日の出産業株式会社 総務部 赴任サポート課　TEL 03-5812-4490
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a pet's 15-digit microchip number (not a personal identifier) and one owner's phone: one person, may warn",
    },
    {
        "id": "kogaisha-050",
        "sender": "Reiko Kobayashi <r-kobayashi@hinode-sangyo.co.jp>",
        "to": ["Thomas Keller <t.keller@hartmann-stb.de>"],
        "subject": "Intercompany balance confirmation as of 31 March 2026 - Hinode Europe GmbH",
        "charset": "utf-8",
        "body": """Dear Mr. Keller,

For your audit of Hinode Europe GmbH, we confirm the intercompany balances between
Hinode Sangyo Co., Ltd. (Tokyo) and Hinode Europe GmbH as of 31 March 2026:

  Receivable from HEG (trade)          EUR 1,284,560.20
  Receivable from HEG (loan)           EUR 3,000,000.00
  Accrued interest on loan (1.2 %)     EUR    18,000.00
  Payable to HEG (commission)          EUR    46,320.75

Loan agreement ref. HSJ-HEG-LA-2023-01. No other balances exist.

Sincerely,
Reiko Kobayashi
Manager, International Accounting
Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "audit balance confirmation: company figures only",
    },
]

# --------------------------------------------------------------------------- 051–060

MESSAGES += [
    {
        "id": "kogaisha-051",
        "sender": "浅利 健吾 <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["おおぞら社会保険労務士法人 河合様 <kawai@ozora-sr.jp>"],
        "subject": "海外赴任者処遇規程 改定案のご確認依頼",
        "charset": "iso-2022-jp",
        "body": """河合様

お世話になっております。浅利です。
来期から適用予定の海外赴任者処遇規程の改定案を添付いたします。
労働条件の不利益変更に当たる箇所がないか、ご意見をいただけますでしょうか。

主な改定点：
　・ハードシップ手当の地域区分見直し
　・一時帰国休暇の回数（年1回→帯同家族を含め年1回＋緊急時）
　・住宅費上限の改定

6月末までにご回答いただけますと幸いです。
浅利
""",
        "attachments": [{
            "kind": "pdf",
            "name": "海外赴任者処遇規程_改定案_v3.pdf",
            "title": "海外赴任者処遇規程 改定案 v3",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 人事部　社外秘・取扱注意",
            "lines": [
                "海外赴任者処遇規程（改定案 v3）",
                "第1条（目的）この規程は、海外に赴任する社員の処遇を定める。",
                "第8条（ハードシップ手当）赴任地の区分に応じ、基本給の0%～20%を支給する。",
                "第12条（一時帰国）赴任者及び帯同家族は、年1回一時帰国することができる。",
                "第15条（住宅）会社は、赴任地ごとに定める上限額の範囲で住宅を借り上げる。",
                "附則　この規程は2026年10月1日から施行する。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached PDF is stamped 社外秘 in its page header and footer and goes to an outside consultant",
    },
    {
        "id": "kogaisha-052",
        "sender": "Eri Matsunaga <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["Rachel Goh <rachel.goh@meridian-hrconsult.com>"],
        "subject": "Re: Assignment policy benchmarking - documents",
        "charset": "utf-8",
        "body": """Dear Rachel,

Thanks for the kick-off call yesterday.

On the documents: our full assignment policy is classified for internal use, and
legal has asked us not to send it outside until the engagement letter and the NDA
are signed. In the meantime I can give you the public elements verbally - the
structure (home-based balance sheet, tax equalised, housing provided) is the same as
in our 2024 integrated report, page 38.

Once the NDA is countersigned I will upload the policy to your data room rather
than e-mailing it.

Best regards,
Eri
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "talks about an internal-use document and an NDA but sends nothing marked",
    },
    {
        "id": "kogaisha-053",
        "sender": "浅利 健吾 <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 真田先生 <sanada@shirakawa-iaw.jp>"],
        "subject": "米国子会社の駐在員の雇用契約（L-1）に関するご相談",
        "charset": "utf-8",
        "body": """白川法律事務所
真田先生

いつもお世話になっております。日の出産業 人事部の浅利です。
米国子会社（Hinode Industries America）に出向する社員について、出向契約と
現地雇用契約の二重契約の是非をご相談したく、ご連絡いたしました。

来週中に30分ほどオンラインでお時間をいただけますでしょうか。
候補日：5月19日（火）14時、20日（水）10時、22日（金）16時

浅利 健吾
日の出産業株式会社 人事部
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-iaw.jp swaps the 'l' of the partner law firm shirakawa-law.jp for an 'i': look-alike",
    },
    {
        "id": "kogaisha-054",
        "sender": "Reiko Kobayashi <r-kobayashi@hinode-sangyo.co.jp>",
        "to": ["Zhou Jing <zhou.jing@pudong-tp-advisory.cn>"],
        "subject": "Re: Local file FY2025 - HSH management fee",
        "charset": "utf-8",
        "body": """Dear Ms. Zhou,

Thank you for the draft local file for 日出产业（上海）有限公司.

Two comments from Tokyo:
 - Section 4.2: the management fee allocation key is headcount (not sales) from FY2025.
 - Table 7: the benchmarking set should exclude the two loss-making comparables, as
   agreed in our call on 28 April.

The revised allocation sheet will be shared by HSH Finance.

Kind regards,
Reiko Kobayashi
International Accounting, Hinode Sangyo Co., Ltd.

本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者にご連絡のうえ、本メールを削除してください。
This message may contain confidential and privileged information. If you are not the
intended recipient, please notify the sender and delete it.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "transfer-pricing comments with the standard bilingual disclaimer: disclaimer is not a marking",
    },
    {
        "id": "kogaisha-055",
        "sender": "椎名 友梨 <shiina.yuri@hinode-sangyo.co.jp>",
        "to": ["旅のプランナー 法人デスク <desk@tabi-planner.co.jp>"],
        "subject": "航空券手配のお願い（上海出張 3名）",
        "charset": "shift_jis",
        "body": """株式会社旅のプランナー
法人デスク ご担当者様

いつもお世話になっております。日の出産業の椎名です。
下記3名の航空券手配をお願いいたします。

【便】
　往路 6/22 MU524 成田 10:05 → 浦東 12:25
　復路 6/25 MU523 浦東 14:20 → 成田 18:10

【搭乗者】
　①ハセベ ヤスヒロ／HASEBE YASUHIRO　携帯 080-2290-4418
　②ウジイ トモコ／UJII TOMOKO　　　　　携帯 070-2289-4417
　③シイナ ユリ／SHIINA YURI　　　　　　携帯 090-6650-1128

パスポート情報は、前回同様に御社の法人サイトに各自で登録済みです。
請求は海外事業部宛てでお願いいたします。

椎名 友梨
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three travellers' kana/romaji names and mobiles to the travel agent: under five people, may warn",
    },
    {
        "id": "kogaisha-056",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["海外療養費サポート 申請受付 <shinsei@kaigai-ryoyo-support.co.jp>"],
        "subject": "海外療養費 申請代行のお願い（タイ・入院1件）",
        "charset": "iso-2022-jp",
        "body": """海外療養費サポート株式会社
申請受付 ご担当者様

いつもお世話になっております。日の出産業 人事部の松永です。
下記の件、海外療養費の申請代行をお願いいたします。

　被保険者氏名：桐生 拓真
　被保険者証　：記号 5102　番号 338
　受診者　　　：被保険者本人
　医療機関　　：Sukhumvit International Hospital（バンコク）
　傷病名　　　：急性虫垂炎（腹腔鏡下虫垂切除術）
　入院期間　　：2026年4月20日～4月24日
　支払額　　　：THB 186,400（本人立替）

診療内容明細書・領収明細書の翻訳は御社でお願いできますでしょうか。
原本は本日、レターパックで発送いたしました。

松永 恵理
日の出産業株式会社 人事部 国際人事グループ　TEL 03-5812-4470
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health insurance card symbol/number and a named assignee's diagnosis to an outside claims agent",
    },
    {
        "id": "kogaisha-057",
        "sender": "深町 大輔 <fukamachi@hinode-sangyo.co.jp>",
        "to": ["Nguyễn Thị Lan <lan.nguyen@mekong-advisory.com.vn>"],
        "subject": "HVN organisation chart for the payroll process review",
        "charset": "utf-8",
        "body": """Dear Ms. Lan,

For your process review next week, here is the current management structure of HVN
(who approves what in the payroll cycle):

  General Director ........ Takashi Aimono (Japanese assignee, since 2026-04)
  Finance Manager ......... Trần Văn Hùng (joined 2014)
  HR & Admin Manager ...... Phạm Thu Hà (joined 2017)
  Payroll Officer ......... Đặng Thị Mai (joined 2019)
  IT Supervisor ........... Võ Quốc Bảo (joined 2018)
  Production Manager ...... Lê Minh Tuấn (joined 2013, to Japan from Oct 2026)

Payroll is prepared by Mai, checked by Hà, approved by Hùng and released by the
General Director.

Best regards,
Daisuke Fukamachi
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "six named staff with job titles and joining years, no contact details: an org chart or a list of people, a judgement call",
    },
    {
        "id": "kogaisha-058",
        "sender": "小林 玲子 <r-kobayashi@hinode-sangyo.co.jp>",
        "to": ["孙 婷婷 <sun.tt@hinode-sh.com.cn>"],
        "subject": "上海 社会保険料率（2026年7月改定）の確認",
        "charset": "utf-8",
        "body": """孙さん

お疲れさまです。本社経理の小林です。
7月からの上海の社会保険・住宅公積金の料率と基数について、
本社の予算に反映したいので、下記の理解で合っているか確認させてください。

项目            单位(会社)   个人(本人)
养老保险         16%         8%
医疗保险         10%         2%
失业保险         0.5%        0.5%
工伤保险         0.2%        —
住房公积金       7%          7%

缴费基数上限：月 36,921 元（2025年度）→ 2026年度は未発表？

駐在員（日本人）は养老・失业が免除、医疗のみ加入という理解です。
お手すきの際にご回答ください。

小林
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contribution rates of Shanghai social insurance: no person's data",
    },
    {
        "id": "kogaisha-059",
        "sender": "Yuri Shiina <shiina.yuri@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊営業 <sales@sakura-hotel.jp>"],
        "subject": "研修生のお食事・お部屋についてのお願い（6/8～6/19）",
        "charset": "utf-8",
        "body": """さくらホテル 宿泊営業 ご担当者様

いつもお世話になっております。日の出産業の椎名です。
6月の研修でご宿泊いただく、シンガポール現地法人の研修生1名について
ご配慮をお願いしたい点がございます。

　お名前：Nur Aisyah binti Rahman 様（6月8日～19日、シングル）

ご本人はイスラム教徒のため、朝食・夕食はハラール対応のメニュー（豚肉・
アルコール不使用）をお願いいたします。また、1日5回のお祈りのため、
可能であればキブラ（メッカの方角）の表示をお部屋にご用意いただけますと幸いです。

ご対応可能な範囲をお知らせください。

椎名 友梨
日の出産業株式会社 海外事業部　TEL 03-5812-4535
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named trainee's religion to the partner hotel: 要配慮個人情報 (信条) of one person",
    },
    {
        "id": "kogaisha-060",
        "sender": "Eri Matsunaga <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["Pimchanok Srisuk <pimchanok.s@hinode-th.co.th>",
               "Somchai Rattanakul <somchai.r@hinode-th.co.th>",
               "Kanokwan Boonmee <kanokwan.b@hinode-th.co.th>",
               "Wanchai Thongdee <wanchai.t@hinode-th.co.th>",
               "Siriporn Kaewmanee <siriporn.k@hinode-th.co.th>",
               "hr@hinode-th.co.th"],
        "subject": "HR Newsletter from Tokyo - May 2026",
        "charset": "utf-8",
        "body": """Dear HST managers,

Here is the May issue of the Group HR newsletter.

1. New assignees: Mr. Kiryu (Production Engineering) joined HST on 7 April.
2. Group training 2026: the leadership programme in Tokyo runs 6-10 July; please
   nominate two candidates by 31 May.
3. Policy: the revised business travel rules apply from 1 June.

Best regards,
Eri Matsunaga, International HR (Tokyo)
""",
        "html": """<html><body style="font-family:Arial,sans-serif">
<p>Dear HST managers,</p>
<p>Here is the May issue of the <b>Group HR newsletter</b>.</p>
<ol>
<li><b>New assignees:</b> Mr. Kiryu (Production Engineering) joined HST on 7 April.</li>
<li><b>Group training 2026:</b> the leadership programme in Tokyo runs 6-10 July;
please nominate two candidates by 31 May.</li>
<li><b>Policy:</b> the revised business travel rules apply from 1 June.</li>
</ol>
<p>Best regards,<br>Eri Matsunaga, International HR (Tokyo)</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "six recipients in To, but all of one external organisation (hinode-th.co.th): one party, no Bcc needed",
    },
]

# --------------------------------------------------------------------------- 061–070

_returnee_mail = {
    "sender": "浅利 健吾 <asari.kengo@hinode-sangyo.co.jp>",
    "to": ["早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>"],
    "subject": "6月帰任者 帰任後の連絡先",
    "charset": "iso-2022-jp",
    "body": """早乙女さん

6月帰任の4名の、帰任後の連絡先です。引越し業者への手配に使ってください。

■宇佐美 遼
　帰任後住所：東京都世田谷区桜新町1-22-6 桜新町レジデンス301
　携帯：090-3318-2274
■東條 圭一
　帰任後住所：神奈川県川崎市中原区小杉町1-403-9-1206
　携帯：080-5501-9937
■椎葉 航
　帰任後住所：埼玉県さいたま市中央区上落合5-17-3
　携帯：070-4426-1180
■雲林院 智子
　帰任後住所：東京都杉並区荻窪4-31-12-203
　携帯：090-1173-6654

浅利
""",
}

_hsg_staff_csv = [
    ["employee_id", "name", "work_email", "mobile", "department", "hire_date"],
    ["SG1001", "Tan Mei Xin", "meixin.tan@hinode-sg.com.sg", "+65 9123 4471", "Finance", "2015-03-02"],
    ["SG1004", "Muhammad Faiz Rahman", "faiz.rahman@hinode-sg.com.sg", "+65 8234 5580", "Sales", "2017-08-14"],
    ["SG1007", "Priya Raman", "priya.raman@hinode-sg.com.sg", "+65 9345 6692", "HR", "2012-11-01"],
    ["SG1011", "Ong Kah Wee", "kahwee.ong@hinode-sg.com.sg", "+65 8456 7703", "Logistics", "2019-06-17"],
    ["SG1013", "Nur Aisyah Rahman", "aisyah.rahman@hinode-sg.com.sg", "+65 9567 8814", "Sales", "2021-01-04"],
    ["SG1016", "Lee Jun Hao", "junhao.lee@hinode-sg.com.sg", "+65 8678 9925", "IT", "2020-09-07"],
    ["SG1018", "Chua Hui Min", "huimin.chua@hinode-sg.com.sg", "+65 9789 0036", "Finance", "2022-04-18"],
    ["SG1021", "Kenji Hosokawa", "k.hosokawa@hinode-sg.com.sg", "+65 8890 1147", "Management", "2024-04-01"],
]

MESSAGES += [
    {
        "id": "kogaisha-061",
        "sender": "Reiko Kobayashi <r-kobayashi@hinode-sangyo.co.jp>",
        "to": ["Wanida Chaiyasit <wanida@siamaccord.co.th>", "Arthit Suwan <arthit@siamaccord.co.th>"],
        "cc": ["Pimchanok Srisuk <pimchanok.s@hinode-th.co.th>", "桐生 拓真 <kiryu.takuma@th.hinode-sangyo.co.jp>",
               "acct-hst@hinode-th.co.th"],
        "subject": "HST year-end closing FY2025 - schedule and responsibilities",
        "charset": "utf-8",
        "body": """Dear Khun Wanida, Khun Arthit,

Thank you for the meeting on Tuesday. As agreed, the year-end closing schedule of
Hinode Sangyo (Thailand) is:

  Date        Task                                          Owner
  ----------  --------------------------------------------  ---------------
  2026-04-03  Sub-ledger close (AR/AP/FA)                   HST Accounting
  2026-04-08  Inventory count reconciliation                HST / Siam Accord
  2026-04-10  Intercompany confirmation with Tokyo          Tokyo / HST
  2026-04-15  Draft FS and tax computation                  Siam Accord
  2026-04-22  Review by Tokyo                               Tokyo
  2026-05-15  Audit fieldwork starts                        External auditor

Please tell us if any date is not feasible.

Best regards,
Reiko Kobayashi
International Accounting, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "the subsidiary and its accounting firm (two external organisations) plus an internal expat: normal closing mail",
    },
    {
        "id": "kogaisha-062",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["鶴見行政書士事務所 鶴見先生 <tsurumi@tsurumi-gyosei.jp>"],
        "subject": "在留資格認定証明書 申請人情報シート（受入れ予定者）",
        "charset": "iso-2022-jp",
        "body": """鶴見先生

お世話になっております。早乙女です。
10月受入れ予定者の申請人情報シートをお送りします。
ご確認のうえ、不足があればお知らせください。

早乙女
""",
        "attachments": [{"kind": "corrupt", "name": "申請人情報シート_2026-10受入.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected",
    },
    {
        "id": "kogaisha-063",
        "sender": "深町 大輔 <fukamachi@hinode-sangyo.co.jp>",
        "to": ["Rachel Goh <rachel.goh@meridian-hrconsult.com>"],
        "subject": "Headcount and average pay by entity (for the benchmark scope)",
        "charset": "utf-8",
        "body": """Dear Rachel,

For scoping the benchmark, the headcount and average base pay per entity as of
31 March 2026 (aggregated, no individual data):

Entity   Local staff  Assignees  Avg. base (local, monthly)  Median age
-------  -----------  ---------  --------------------------  ----------
HST          412          9      THB 21,600                  34
HVN          538          7      VND 13.9M                   31
HSH          186          5      CNY 11,200                  37
HSG           24          2      SGD 6,150                   39
HIA           61          6      USD 5,400                   42
HEG           18          2      EUR 4,900                   44

Best regards,
Daisuke Fukamachi
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated headcount and pay per subsidiary: statistics, not people's records",
    },
    {
        "id": "kogaisha-064",
        "sender": "Aya Saotome <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["Tan Mei Xin <meixin.tan@hinode-sg.com.sg>"],
        "subject": "Invitation letter template for business visitors to Tokyo",
        "charset": "utf-8",
        "body": """Dear Mei Xin,

As requested, attached is our standard invitation letter template for HSG staff
visiting Tokyo. Please fill in the visitor's details yourselves and send the signed
PDF to the visitor directly; we do not need to receive passport details in Tokyo.

Regards,
Aya Saotome
""",
        "attachments": [{
            "kind": "docx",
            "name": "Invitation_Letter_Template_2026.docx",
            "title": "Letter of Invitation (template)",
            "paragraphs": [
                "HINODE SANGYO CO., LTD.",
                "2-8-12 Nihonbashi-Honcho, Chuo-ku, Tokyo 103-0023, Japan",
                "",
                "To: Embassy of Japan / Consulate-General of Japan",
                "LETTER OF INVITATION",
                "We hereby invite the following person to visit our head office for business meetings.",
            ],
            "tables": [[
                ["Name of visitor", "[FULL NAME AS IN PASSPORT]"],
                ["Nationality", "[ ]"],
                ["Passport No.", "[to be filled in by HSG]"],
                ["Date of birth", "[DD/MM/YYYY]"],
                ["Purpose", "Business meetings and training at head office"],
                ["Period of stay", "[from] - [to]"],
                ["Guarantor", "Hinode Sangyo Co., Ltd., General Manager, Human Resources"],
            ]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an invitation-letter template with empty placeholders for passport and birth date: no one's data",
    },
    {
        "id": "kogaisha-065",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["chiaki.kiryu.0612@gmail.com", "yamanashi.family@yahoo.co.jp", "mayu-usami@icloud.com"],
        "subject": "【ご家族向け】赴任前オリエンテーションのご案内（6/14）",
        "charset": "iso-2022-jp",
        "body": """赴任者のご家族の皆さま

日の出産業株式会社 人事部 国際人事グループの松永です。
ご家族向けの赴任前オリエンテーションを下記のとおり開催いたします。

　日時：2026年6月14日（土）10:00～12:00
　会場：本社 9階 大会議室（オンライン参加も可能です）
　内容：現地の生活・医療・安全、帯同家族の手当、一時帰国の制度

参加のご希望を、6月6日までにご返信ください。

日の出産業株式会社 人事部 国際人事グループ
松永 恵理　TEL 03-5812-4470
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "three private persons on free mail in To see each other's addresses: should have been Bcc",
    },
    {
        "id": "kogaisha-066",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["日英リロケーション 岩渕様 <iwabuchi@nichiei-relo.co.jp>"],
        "subject": "FW: 6月帰任者 帰任後の連絡先",
        "charset": "iso-2022-jp",
        "body": """岩渕様

お世話になっております。早乙女です。
6月帰任の4名の帰任後の連絡先を、人事から届いたメールのまま転送いたします
（添付をご覧ください）。荷物の配送先として登録をお願いいたします。

早乙女
""",
        "attachments": [{"kind": "eml", "name": "6月帰任者 帰任後の連絡先.eml", "message": _returnee_mail}],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a forwarded internal mail (attached .eml) with four returnees' addresses and mobiles: under five people, may warn",
    },
    {
        "id": "kogaisha-067",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 国際引越課 中嶋様 <nakajima@aoba-unyu.co.jp>"],
        "subject": "帰任者の自家用車 輸送（米国→日本）について",
        "charset": "utf-8",
        "body": """中嶋様

お世話になっております。早乙女です。
米国から帰任する社員が、現地で購入した車両を日本へ持ち帰ることになりました。
輸送と通関・予備検査の代行のお見積りをお願いできますでしょうか。

　車名　　　：Toyota RAV4 Hybrid（2023年式、左ハンドル）
　車台番号　：2T3RWRFV9PW184736
　積出港　　：シカゴ → ロングビーチ経由、横浜着
　取得日　　：2023年7月（所有期間1年以上のため関税・消費税は免税見込み）

よろしくお願いいたします。
早乙女
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a vehicle identification number (17 characters) in a car shipping request: not personal data",
    },
    {
        "id": "kogaisha-068",
        "sender": "深町 大輔 <fukamachi@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 真壁様 <makabe@tsubasa-system.jp>"],
        "subject": "HSG 人事システム移行用データ（テスト移行）",
        "charset": "utf-8",
        "body": """真壁様

お世話になっております。深町です。
シンガポール現地法人の人事システム移行（テスト移行）用のデータをお送りします。
ZIPの中にCSV（UTF-8）が1ファイル入っています。

テスト環境への取込みが完了しましたらご連絡ください。
深町
""",
        "attachments": [{
            "kind": "zip",
            "name": "HSG_migration_test_20260515.zip",
            "files": [{"kind": "csv", "name": "HSG_employees.csv", "encoding": "utf-8", "rows": _hsg_staff_csv}],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a CSV of eight employees (name, e-mail, mobile) inside an unencrypted ZIP to an IT vendor",
    },
    {
        "id": "kogaisha-069",
        "sender": "小林 玲子 <r-kobayashi@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 外為センター 宮坂様 <miyasaka@midori-ginko.co.jp>"],
        "subject": "外国送金のご依頼（ベトナム子会社への増資払込）",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 外為センター
宮坂様

いつもお世話になっております。日の出産業 経理部の小林です。
先日ご相談したベトナム子会社への増資払込について、送金内容をお送りします。

　送金金額　　：USD 2,500,000.00
　受取人　　　：HINODE SANGYO VIETNAM CO., LTD.
　受取銀行　　：Vietcombank, Binh Duong Branch
　SWIFT　　　　：BFTVVNVX
　口座番号　　：0281000123456（資本金口座 DICA）
　送金目的　　：Capital contribution（増資）
　送金日　　　：2026年5月29日

当社の出金口座は、いつもの本店営業部 当座預金でお願いいたします。
外国送金依頼書（原本）は本日、支店に持参いたします。

経理部 国際経理グループ　小林 玲子
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a company-to-company remittance with the subsidiary's account: business data to the partner bank",
    },
    {
        "id": "kogaisha-070",
        "sender": "Reiko Kobayashi <r-kobayashi@hinode-sangyo.co.jp>",
        "to": ["Jan Becker <j.becker@hinode-europe.de>"],
        "subject": "Management fee Q1 2026 - payment details",
        "charset": "utf-8",
        "body": """Hi Jan,

The Q1 management fee invoice (HSJ-MF-2026-Q1, EUR 96,000.00) is due on 30 June.
Please transfer to our EUR account:

  Beneficiary : Hinode Sangyo Co., Ltd.
  Bank        : Midori Bank, Ltd., Frankfurt Branch
  IBAN        : DE89 3704 0044 0532 0130 00
  BIC         : MIDODEFFXXX

Thanks and best regards,
Reiko
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the company's own IBAN on a management-fee request: not personal data",
    },
]

# --------------------------------------------------------------------------- 071–080

MESSAGES += [
    {
        "id": "kogaisha-071",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["グローバルムーブ 佐伯様 <saeki@globalmove-relo.com>"],
        "subject": "赴任辞令（写）送付の件／上海赴任 百目鬼",
        "charset": "shift_jis",
        "body": """佐伯様

お世話になっております。早乙女です。
上海の住居契約に必要とのことでしたので、百目鬼の赴任辞令（写）をPDFでお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。

早乙女
""",
        "attachments": [{
            "kind": "pdf",
            "name": "赴任辞令_写_百目鬼.pdf",
            "password": "hs2026dome",
            "title": "辞令",
            "lines": ["辞令", "百目鬼 淳 殿", "2026年7月1日付をもって 日出产业（上海）有限公司 への出向を命ずる。",
                      "日の出産業株式会社 代表取締役社長"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a password-protected PDF to a relocation firm: cannot be inspected",
    },
    {
        "id": "kogaisha-072",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["Katrin Vogel <k.vogel@rhein-relocation.de>"],
        "subject": "Housing search - assignee family of four, Düsseldorf (from September)",
        "charset": "utf-8",
        "body": """Dear Ms. Vogel,

We have another assignment to Hinode Europe starting in September and would like
to ask you to start the housing search.

  Family        : assignee, spouse, two children (aged 10 and 6)
  Budget        : up to EUR 2,880 warm (policy cap +20 % for grade M1)
  Area          : Oberkassel, Niederkassel or Kaiserswerth (Japanese school bus route)
  Size          : 3 bedrooms, min. 110 m2, furnished kitchen
  Move-in       : around 1 September 2026
  Other         : a parking space; no pets

The family names and contact details will follow once the assignment is announced
internally (end of May).

Kind regards,
Aya Saotome
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a housing brief with family composition and children's ages but no names or identifiers",
    },
    {
        "id": "kogaisha-073",
        "sender": "Kengo Asari <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["Supaporn Likitkul <supaporn@siam-wp-services.co.th>"],
        "cc": ["Pimchanok Srisuk <pimchanok.s@hinode-th.co.th>"],
        "subject": "BOI expatriate positions FY2026 - HST",
        "charset": "utf-8",
        "body": """Dear Khun Supaporn,

Thank you for your reminder about the BOI expatriate position approvals for
Hinode Sangyo (Thailand), which expire on 30 September.

For FY2026 we plan to keep six positions (General Manager, Plant Manager, Production
Engineering Manager, QA Manager, Finance Manager, Sales Advisor) and to withdraw the
position of IT Advisor, as the role has been localised.

Could you prepare the application in the e-Expert system and let us know which
supporting documents HST must provide? Khun Pimchanok (HST HR) will coordinate the
company documents locally.

Best regards,
Kengo Asari
Global Mobility, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "position quota renewal with a visa firm and the subsidiary in Cc: two external organisations, no one's data",
    },
    {
        "id": "kogaisha-074",
        "sender": "浅利 健吾 <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 真田先生 <sanada@shirakawa-law.jp>"],
        "subject": "【ご相談】タイ子会社従業員の逮捕と懲戒処分について",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
真田先生

いつもお世話になっております。日の出産業 人事部の浅利です。
タイ子会社（HST）で発生した件について、至急ご相談させてください。

HSTの生産リーダー Anan Wongsawat（社員番号 TH0047）が、5月9日夜、
社用車を私用で運転中に飲酒運転で物損事故を起こし、チョンブリ県警に逮捕されました。
現在は保釈されていますが、起訴される見込みと聞いています。

HSTとしては懲戒解雇を検討していますが、タイ労働者保護法上の要件と、
社用車の保険・損害賠償の整理についてご意見をいただけますでしょうか。
現地の法律事務所との連携が必要であれば、ご紹介もお願いしたく存じます。

浅利 健吾
日の出産業株式会社 人事部
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's arrest (criminal matter) to an outside law firm: 要配慮個人情報 of one person",
    },
    {
        "id": "kogaisha-075",
        "sender": "Kengo Asari <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["Jennifer Ortiz <jortiz@brightwater-cpa.com>"],
        "subject": "Tax equalisation - illustrative calculation for the policy booklet",
        "charset": "utf-8",
        "body": """Hi Jennifer,

For the new assignee booklet we would like to include one illustrative example.
Could you check the figures below? They are invented, not an actual employee.

  Employee A (married, two children), assignment to Chicago, 3 years
  Home base salary              JPY 9,600,000
  Hypothetical Japanese tax     JPY   980,000  (deducted from pay)
  Actual US federal + IL tax    USD    31,400  (paid by the company)
  Tax equalisation settlement   after the return is filed (by 15 Oct)

Happy to take your wording suggestions too.

Thanks,
Kengo
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an invented 'Employee A' example: no real person",
    },
    {
        "id": "kogaisha-076",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["Katrin Vogel <k.vogel@rhein-relocation.de>"],
        "subject": "Please delete my previous e-mail / 先ほどのメールの削除のお願い",
        "charset": "utf-8",
        "body": """Dear Ms. Vogel,

I am sorry - the e-mail I sent you ten minutes ago ("Checklist for arrival") was
meant for another service provider. Could you please delete it without opening the
attachment, and reply to confirm?

We apologise for the inconvenience.

Best regards,
Eri Matsunaga
Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an apology and deletion request after a wrong send: carries nothing",
    },
    {
        "id": "kogaisha-077",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 国際引越課 中嶋様 <nakajima@aoba-unyu.co.jp>"],
        "subject": "2026年9月 帰任者 荷物お届け先一覧",
        "charset": "utf-8",
        "body": """中嶋様

お世話になっております。早乙女です。
9月帰任者5名の荷物お届け先を一覧（Word）にまとめました。
各人の到着便が決まり次第、搬入日をご相談させてください。

早乙女 彩
日の出産業株式会社 総務部 赴任サポート課
〒103-0023 東京都中央区日本橋本町2-8-12　TEL 03-5812-4490
""",
        "attachments": [{
            "kind": "docx",
            "name": "帰任者お届け先一覧_2026-09.docx",
            "paragraphs": ["2026年9月 帰任者 荷物お届け先一覧", "作成：総務部 赴任サポート課"],
            "tables": [[
                ["氏名", "帰任元", "お届け先住所", "携帯電話", "搬入希望"],
                ["長谷川 悠斗", "バンコク", "東京都江東区豊洲5-6-29-1104", "090-2846-3371", "9/12 午前"],
                ["喜多見 玲奈", "シンガポール", "神奈川県横浜市西区みなとみらい4-3-8-2203", "080-9907-1452", "9/13 午後"],
                ["宍戸 直樹", "シカゴ", "千葉県市川市八幡2-11-4", "070-3358-6629", "9/19 午前"],
                ["真栄城 優", "上海", "東京都板橋区成増1-27-10-305", "090-6671-0218", "9/20 午前"],
                ["五百旗頭 亮", "デュッセルドルフ", "埼玉県川口市本町3-5-22", "080-4410-7785", "9/26 午後"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five returnees' home addresses and mobiles in a DOCX table to the moving company: list of people (five)",
    },
    {
        "id": "kogaisha-078",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["産業医 葛城先生 <katsuragi.dr@hinode-sangyo.co.jp>"],
        "cc": ["hoken-center@hinode-sangyo.co.jp"],
        "subject": "赴任前健診 要再検査者のご相談（4名）",
        "charset": "iso-2022-jp",
        "body": """葛城先生

お世話になっております。国際人事の松永です。
今期の赴任前健診で要再検査・要精査となった方について、赴任可否の
ご判断をお願いいたします。

・桐生 拓真（S59.6.14）　高血圧（治療中）、2型糖尿病（HbA1c 7.2）
・月見里 健（S61.1.19）　 脂質異常症、睡眠時無呼吸症候群の疑い
・鳴海 沙織（S63.7.12）　 甲状腺機能低下症（内服中）
・五百旗頭 亮（H2.4.3）　 うつ病の既往（2022年に休職歴あり）

4月10日の面談枠でご相談させてください。
松永
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health findings of named assignees, but to the in-house occupational physician only: internal mail must go",
    },
    {
        "id": "kogaisha-079",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>"],
        "bcc": ["chiaki.kiryu.0612@gmail.com", "aimono.kumiko@docomo.ne.jp",
                "yamanashi.family@yahoo.co.jp", "mayu-usami@icloud.com"],
        "subject": "【注意喚起】東南アジアでのデング熱流行について（ご家族の皆さまへ）",
        "charset": "utf-8",
        "body": """赴任者のご家族の皆さま

国際人事グループの松永です。
タイ・ベトナムで、例年より早くデング熱の流行が報告されています。
特にお子さまのいるご家庭では、次の点にご注意ください。

　・日中の外出時は長袖と虫よけ（ディート30%程度）を使う
　・ベランダの植木鉢の受け皿など、水たまりをなくす
　・高熱・頭痛・発疹があれば、解熱剤を自己判断で飲まずに受診する

医療機関は現地法人総務がご案内します。ご不安な点はお気軽にご相談ください。

日の出産業株式会社 人事部 国際人事グループ
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "general health advisory to families in Bcc (free-mail recipients): nobody sees anyone, no one's data",
    },
    {
        "id": "kogaisha-080",
        "sender": "深町 大輔 <fukamachi@hinode-sangyo.co.jp>",
        "to": ["椎名 友梨 <shiina.yuri@hinode-sangyo.co>"],
        "subject": "HVN 出張精算の差し戻しについて",
        "charset": "iso-2022-jp",
        "body": """椎名さん

お疲れさまです。深町です。
先週のHVN出張の精算ですが、ホテル代の領収書（VND建て）の換算レートが
社内レートと違っていたので差し戻しました。
5月の社内レート（1円＝171.2ドン）で再計算してください。

深町
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "colleague's address typed as hinode-sangyo.co (the .jp dropped): look-alike of the own domain, goes outside",
    },
]

# --------------------------------------------------------------------------- 081–090

MESSAGES += [
    {
        "id": "kogaisha-081",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["クロスカルチャー研修 森下様 <morishita@crosscult-training.co.jp>"],
        "subject": "赴任前研修（ご家族向け）スライドのご確認",
        "charset": "utf-8",
        "body": """森下様

お世話になっております。松永です。
6月14日のご家族向け研修で、当社パートの説明に使うスライドをお送りします。
御社パートとの重複がないかご確認いただけますでしょうか。

松永
""",
        "attachments": [{
            "kind": "pptx",
            "name": "家族向けオリエンテーション_当社制度説明.pptx",
            "page_footer": "日の出産業株式会社 人事部 国際人事グループ",
            "slides": [
                ["赴任に伴う会社の制度", "ご家族向けオリエンテーション 2026年6月"],
                ["手当", "海外勤務手当・ハードシップ手当", "帯同家族手当（配偶者・子）", "子女教育手当（学費の実費）"],
                ["医療と保険", "海外旅行保険（家族も加入）", "キャッシュレス受診の提携病院", "緊急時は24時間アシスタンスへ"],
                ["一時帰国", "年1回、家族分の航空券を会社が負担", "緊急一時帰国（親族の重病・不幸）"],
                ["相談窓口", "現地法人 総務", "本社 国際人事グループ（代表メール）"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "orientation slides about the company's schemes: no personal data, no marking",
    },
    {
        "id": "kogaisha-082",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["グローバルムーブ 佐伯様 <saeki@globalmove-relo.com>"],
        "subject": "ホーチミン・ビンズオン生活情報（赴任者ガイド更新用）",
        "charset": "shift_jis",
        "body": """佐伯様

お世話になっております。早乙女です。
赴任者ガイドの更新用に、現地法人から届いた生活関連の施設一覧を
Excel（旧形式）でお送りします。御社のガイドの掲載内容と照合いただけますか。

早乙女
""",
        "attachments": [{
            "kind": "xls",
            "name": "HCMC_BinhDuong_facilities.xls",
            "sheets": {
                "Clinics": [
                    ["施設名", "区分", "住所", "代表電話", "日本語対応"],
                    ["Saigon Japan Clinic", "内科・小児科", "District 1, HCMC", "+84-28-3821-4410", "可"],
                    ["Raffles Medical HCMC", "総合", "District 1, HCMC", "+84-28-3824-0777", "通訳あり"],
                    ["Binh Duong International Hospital", "総合", "Thu Dau Mot, Binh Duong", "+84-274-3822-115", "一部"],
                    ["Sakura Dental Saigon", "歯科", "District 3, HCMC", "+84-28-3930-5522", "可"],
                ],
                "Shops": [
                    ["店名", "業種", "住所", "電話"],
                    ["Nihon Mart Thao Dien", "日本食スーパー", "Thu Duc City", "+84-28-3744-6601"],
                    ["Aeon Mall Binh Duong Canary", "ショッピングモール", "Thuan An, Binh Duong", "+84-274-3719-999"],
                    ["Saigon Japanese School", "日本人学校", "District 7, HCMC", "+84-28-3740-5121"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "clinics, shops and a school with switchboard numbers in a legacy XLS: businesses, not people",
    },
    {
        "id": "kogaisha-083",
        "sender": "桐生 拓真 <kiryu.takuma@hinode-sangyo.co.jp>",
        "to": ["HST Admin <admin@hinode-th.co.th>"],
        "subject": "Company car lease - my driving licence details",
        "charset": "utf-8",
        "body": """Dear HST Admin team,

For the company car lease contract and the insurance, here are my licence details
as requested. I will bring the International Driving Permit on my first day.

  Name               : KIRYU TAKUMA
  Date of birth      : 1984-06-14
  Japanese licence   : No. 301802345670 (Tokyo Metropolitan Public Safety Commission)
  Valid until        : 2029-07-14
  IDP                : issued 2026-03-18, valid one year

Thank you,
Takuma Kiryu
(sent from Tokyo before my transfer)
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a driver's licence number (with birth date) to the subsidiary's external domain",
    },
    {
        "id": "kogaisha-084",
        "sender": "Aya Saotome <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["EP Team <ep@lionbridge-immigration.com.sg>"],
        "subject": "Re: Employment Pass application submitted - Ms. Misaki Takanashi",
        "charset": "utf-8",
        "body": """Dear EP Team,

Thank you for the update. We have no corrections; please proceed.
We look forward to the in-principle approval letter.

Best regards,
Aya Saotome

-----Original Message-----
From: EP Team <ep@lionbridge-immigration.com.sg>
Sent: Wednesday, 13 May 2026 11:20
To: Aya Saotome <saotome.aya@hinode-sangyo.co.jp>
Subject: Employment Pass application submitted - Ms. Misaki Takanashi

Dear Ms. Saotome,

We have submitted the EP application on MyMOM with the details below. Please let us
know of any correction by Friday.

Applicant   : TAKANASHI MISAKI
DOB         : 16 Oct 1990
Passport    : TR7720418, expiry 2031-08-02
Employer    : Hinode Singapore Pte. Ltd. (UEN 201512345K)
Salary      : SGD 11,500 / month

Regards,
EP Team
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "passport details appear only in the visa firm's own quoted mail; the new text carries nothing",
    },
    {
        "id": "kogaisha-085",
        "sender": "浅利 健吾 <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["税理士法人青嵐 野々宮先生 <nonomiya@seiran-tax.jp>"],
        "subject": "宇佐美 2025年分 国内払い給与の内訳",
        "charset": "iso-2022-jp",
        "body": """野々宮先生

お世話になっております。浅利です。
先日の件、宇佐美の2025年分の国内払い給与の内訳をお送りします。

　1～9月（非居住者期間）　留守宅手当　　　　 1,872,000円
　10～12月（居住者期間）　基本給・諸手当　　 2,415,000円
　12月賞与　　　　　　　　　　　　　　　　　 1,380,000円

※本メールは取扱注意でお願いいたします。

浅利
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["confidential_marking"],
        "note": "one returnee's salary with 「本メールは取扱注意で」in the body: a handling request or a marking, a judgement call",
    },
    {
        "id": "kogaisha-086",
        "sender": "Kengo Asari <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["Thomas Keller <t.keller@hartmann-stb.de>"],
        "subject": "Certificate of coverage (Japan-Germany) - issued",
        "charset": "utf-8",
        "body": """Dear Mr. Keller,

Good news: the Japan Pension Service has issued the certificate of coverage (form
J/D 1) for our assignee starting at Hinode Europe on 1 June, so she stays in the
Japanese pension and health insurance systems for the first five years.

As agreed, we will not e-mail the certificate; Hinode Europe HR will upload a copy
to your client portal this week so that you can exempt her from the German
contributions in the June payroll.

Best regards,
Kengo Asari
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions a social insurance certificate but sends no numbers or names",
    },
    {
        "id": "kogaisha-087",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["Phạm Thu Hà <ha.pt@hinode-vn.com.vn>"],
        "subject": "FY2026 salary increase guideline for HVN / 2026年度 昇給ガイドライン",
        "charset": "utf-8",
        "body": """Dear Hà,

Following the management meeting, the FY2026 salary increase guideline for HVN
local staff is as follows (merit matrix, % of base salary):

Performance   Grade 1-3   Grade 4-6   Grade 7-9
-----------   ---------   ---------   ---------
S                9.0 %       8.0 %       7.0 %
A                7.5 %       6.5 %       5.5 %
B                6.0 %       5.0 %       4.0 %
C                3.0 %       2.5 %       2.0 %
D                0.0 %       0.0 %       0.0 %

Budget ceiling: 6.2 % of the total base payroll. The regional minimum wage increase
(Region I, +7.2 % from 1 July) must be applied first.

Please send us the proposal by individual (on the HR system, not by e-mail) by
12 June.

Best regards,
Eri
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a merit matrix by grade: policy figures, no individual",
    },
    {
        "id": "kogaisha-088",
        "sender": "Reiko Kobayashi <r-kobayashi@hinode-sangyo.co.jp>",
        "to": ["Lim Wei Ling <weiling.lim@lim-partners.com.sg>",
               "Wanida Chaiyasit <wanida@siamaccord.co.th>",
               "Thomas Keller <t.keller@hartmann-stb.de>"],
        "cc": ["intl-acct@hinode-sangyo.co.jp"],
        "subject": "Group reporting calendar FY2026 - deadlines for your clients (HSG / HST / HEG)",
        "charset": "utf-8",
        "body": """Dear all,

Please find below the FY2026 group reporting deadlines for the subsidiaries you
support. They apply from the April 2026 close.

  Monthly reporting package    working day 6
  Quarterly tax provision      working day 12 after quarter end
  Intercompany reconciliation  working day 5
  Year-end package (audited)   30 April 2027

The reporting templates have not changed. Thank you for your continued support.

Best regards,
Reiko Kobayashi
International Accounting, Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three different accounting firms in To can see each other's addresses: should have been Bcc",
    },
    {
        "id": "kogaisha-089",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["日英リロケーション 岩渕様 <iwabuchi@nichiei-relo.co.jp>"],
        "subject": "赴任者ガイドブック 2026年版（PDF）",
        "charset": "iso-2022-jp",
        "body": """岩渕様

お世話になっております。早乙女です。
赴任者ガイドブックの2026年版ができましたので、お送りいたします。
御社から赴任者にご説明いただく際の参考になさってください。

早乙女
""",
        "attachments": [{
            "kind": "pdf",
            "name": "赴任者ガイドブック_2026.pdf",
            "title": "海外赴任者ガイドブック 2026",
            "page_footer": "日の出産業株式会社 総務部 赴任サポート課",
            "lines": [
                "海外赴任者ガイドブック 2026年版",
                "1. 赴任が決まったら：内示から出発まで（約3か月）のスケジュール",
                "2. 引越し：海上便・航空便・保管の区分と上限",
                "3. ビザ・労働許可：会社指定の行政書士・現地エージェントが手続きします",
                "4. 健康管理：赴任前健診、予防接種、現地の医療機関",
                "5. 税金と社会保険：非居住者の扱い、住民税、年金・健康保険",
                "6. 帰任するとき：帰任旅費、荷物、社宅",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a general guidebook PDF with no personal data or marking",
    },
    {
        "id": "kogaisha-090",
        "sender": "深町 大輔 <fukamachi@hinode-sangyo.co.jp>",
        "to": ["Kenji Hosokawa <k.hosokawa@hinode-sg.com.sg>"],
        "cc": ["海外事業部 共有 <kaigai-jigyo@mail.hinode-sangyo.co.jp>"],
        "subject": "HSG 取締役会（6/25）の議題について",
        "charset": "utf-8",
        "body": """細川さん

お疲れさまです。深町です。
6月25日のHSG取締役会の議題案です。

　1. FY2025 決算承認
　2. 配当（中間配当なし、期末 SGD 1.2M）
　3. 取締役の選任（細川さん再任）
　4. 銀行取引（当座貸越枠の更新）

議事録案は Lim & Partners に依頼済みです。

深町
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one external subsidiary recipient plus an internal subdomain in Cc: ordinary mail",
    },
]

# --------------------------------------------------------------------------- 091–100

MESSAGES += [
    {
        "id": "kogaisha-091",
        "sender": "小林 玲子 <r-kobayashi@hinode-sangyo.co.jp>",
        "to": ["Trần Văn Hùng <hung.tv@hinode-vn.com.vn>"],
        "bcc": ["lan.nguyen@mekong-advisory.com.vn", "zhou.jing@pudong-tp-advisory.cn"],
        "subject": "Transfer pricing policy update FY2026 (management fee allocation key)",
        "charset": "utf-8",
        "body": """Dear Hùng,

From FY2026 the group management fee will be allocated by headcount instead of
sales. The updated intercompany service agreement will be signed at the June board.

I have copied our advisers in Vietnam and China in Bcc so that they can reflect this
in the local files; please contact them directly with any local questions.

Best regards,
Reiko Kobayashi
International Accounting, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one subsidiary in To and two advisers in Bcc: the external parties cannot see each other",
    },
    {
        "id": "kogaisha-092",
        "sender": "Eri Matsunaga <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["Rachel Goh <rachel.goh@meridian-hrconsult.com>"],
        "subject": "[CONFIDENTIAL] Hinode assignee package data for the benchmark",
        "charset": "utf-8",
        "body": """CONFIDENTIAL - Hinode Sangyo Co., Ltd. - for the benchmarking project only

Dear Rachel,

Now that the NDA is signed, attached is our assignee package data by grade and
location (averages, no individual data) for the benchmark.

Please keep it within the project team.

Best regards,
Eri Matsunaga
International HR Group, Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "Hinode_assignee_package_by_grade_2026.xlsx",
            "page_header": "CONFIDENTIAL",
            "sheets": {
                "Package": [
                    ["Hinode Sangyo - assignee package by grade (CONFIDENTIAL)"],
                    [],
                    ["Grade", "Location", "Avg. base (JPY k)", "Overseas allowance (JPY k)", "Housing (local/month)"],
                    ["M1", "Bangkok", 9_800, 1_440, "THB 85,000"],
                    ["M2", "Bangkok", 8_400, 1_200, "THB 70,000"],
                    ["M1", "Singapore", 10_200, 1_440, "SGD 7,500"],
                    ["M2", "Chicago", 8_900, 1_200, "USD 4,000"],
                    ["M1", "Duesseldorf", 10_000, 1_440, "EUR 2,400"],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail and its workbook are stamped CONFIDENTIAL and go to an outside consultant",
    },
    {
        "id": "kogaisha-093",
        "sender": "Kengo Asari <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["David Ng <dng@ng-immigration-law.com>"],
        "subject": "L-1A extension - Mr. Tsukishima / best contact number",
        "charset": "utf-8",
        "body": """Dear David,

Thank you for starting the L-1A extension for Mr. Tsukishima (Hinode Industries
America). His current status is valid until 30 September, so the petition timing
works for us.

As you suggested, please contact him directly for the employment verification
questions. His US mobile is +1-312-555-0148; he prefers calls after 4 p.m. Central.

Best regards,
Kengo Asari
Global Mobility, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one assignee's name and mobile in running text to an immigration lawyer: one person, may warn",
    },
    {
        "id": "kogaisha-094",
        "sender": "小林 玲子 <r-kobayashi@hinode-sangyo.co.jp>",
        "to": ["赵 文博 <zhao.wb@hinode-sh.com.cn>"],
        "subject": "6月度 月次決算スケジュール（HSH）",
        "charset": "utf-8",
        "body": """赵さん

お疲れさまです。本社経理の小林です。
6月度の月次決算スケジュールをお送りします。四半期末のため、いつもより
2営業日早くなっていますのでご注意ください。

　7/1（水）　売掛・買掛の締め、増値税発票の照合
　7/2（木）　在庫評価・原価計算
　7/3（金）　本社との取引残高照合（人民元・円）
　7/6（月）　連結パッケージ提出（10時 JST 締切）

外貨建て債権債務の換算レートは、6月30日の中国人民銀行の中間レートを
お使いください。

小林
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a month-end closing schedule to the Shanghai subsidiary: ordinary mail",
    },
    {
        "id": "kogaisha-095",
        "sender": "早乙女 彩 <saotome.aya@hinode-sangyo.co.jp>",
        "to": ["鶴見行政書士事務所 鶴見先生 <tsurumi@tsurumi-gyosei.jp>"],
        "subject": "帯同家族ビザ（米国L-2）申請者情報",
        "charset": "shift_jis",
        "body": """鶴見先生

お世話になっております。早乙女です。
米国赴任者2名の帯同家族について、L-2ビザ申請の情報をお送りします。
旅券番号は、ご本人たちがオンラインフォームに入力する予定です。

――――――――――――――
【1】月見里 由佳（ヤマナシ ユカ）
　続柄：配偶者（月見里 健）
　生年月日：昭和62年8月3日
　国籍：日本
――――――――――――――
【2】月見里 湊（ヤマナシ ミナト）
　続柄：長男
　生年月日：平成30年4月11日
　国籍：日本
――――――――――――――
【3】月見里 陽菜（ヤマナシ ヒナ）
　続柄：長女
　生年月日：令和2年12月24日
　国籍：日本
――――――――――――――
【4】宍戸 絵美（シシド エミ）
　続柄：配偶者（宍戸 直樹）
　生年月日：Ｈ２．１１．３
　国籍：日本
――――――――――――――
【5】宍戸 蓮（シシド レン）
　続柄：長男
　生年月日：H28.6.30
　国籍：日本
――――――――――――――

よろしくお願いいたします。
日の出産業株式会社 総務部 赴任サポート課　早乙女 彩
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "five family members, one block each (name, kana, 和暦 birth date, relation), to an outside visa agent: list of people",
    },
    {
        "id": "kogaisha-096",
        "sender": "深町 大輔 <fukamachi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 海外営業部 <kaigai-eigyo@aoba-unyu.co.jp>"],
        "subject": "HVN向け 補修部品 船積み予定（6月）",
        "charset": "utf-8",
        "body": """青葉運輸株式会社
海外営業部 ご担当者様

お世話になっております。日の出産業 海外事業部の深町です。
6月のベトナム子会社向け補修部品の船積み予定をCSVでお送りします。
ブッキングの手配をお願いいたします。

深町
""",
        "attachments": [{
            "kind": "csv",
            "name": "HVN_shipping_plan_2026-06.csv",
            "encoding": "utf-8",
            "rows": [
                ["booking_ref", "po_no", "container", "gross_kg", "cbm", "pol", "pod", "etd", "consignee"],
                ["AU-260603-01", "HVN-PO-26-0418", "20GP", "8,420", "24.6", "Tokyo", "Cat Lai", "2026-06-05", "Hinode Sangyo Vietnam Co., Ltd."],
                ["AU-260603-02", "HVN-PO-26-0421", "20GP", "6,980", "21.1", "Tokyo", "Cat Lai", "2026-06-12", "Hinode Sangyo Vietnam Co., Ltd."],
                ["AU-260603-03", "HVN-PO-26-0433", "40HC", "14,300", "62.8", "Yokohama", "Cat Lai", "2026-06-19", "Hinode Sangyo Vietnam Co., Ltd."],
                ["AU-260603-04", "HVN-PO-26-0440", "LCL", "1,150", "3.4", "Tokyo", "Cat Lai", "2026-06-26", "Hinode Sangyo Vietnam Co., Ltd."],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a shipping plan with booking and PO numbers: business data",
    },
    {
        "id": "kogaisha-097",
        "sender": "Kengo Asari <asari.kengo@hinode-sangyo.co.jp>",
        "to": ["Sarah Whitfield <swhitfield@hinode-america.com>", "Jennifer Ortiz <jortiz@brightwater-cpa.com>"],
        "subject": "Invitation: 2026 US assignee tax briefing (Teams)",
        "charset": "utf-8",
        "body": """Invitation: 2026 US assignee tax briefing
When: Thursday 11 June 2026, 08:00-09:00 (Central Time) / 22:00-23:00 (JST)
Where: Microsoft Teams (link below)

Agenda
 - Tax equalisation timeline for the 2025 returns
 - State tax (Illinois / Michigan) for assignees who moved in 2025
 - Q&A

Join: https://teams.example.invalid/l/meetup-join/19%3ameeting_HSJ2026
Meeting ID: 412 877 305 916  Passcode: gT7xQ2

Kengo Asari, Global Mobility, Hinode Sangyo Co., Ltd.
""",
        "html": """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p><b>Invitation: 2026 US assignee tax briefing</b></p>
<table cellpadding="3">
<tr><td>When</td><td>Thursday 11 June 2026, 08:00-09:00 (Central Time) / 22:00-23:00 (JST)</td></tr>
<tr><td>Where</td><td>Microsoft Teams</td></tr>
</table>
<p>Agenda</p>
<ul><li>Tax equalisation timeline for the 2025 returns</li>
<li>State tax (Illinois / Michigan) for assignees who moved in 2025</li>
<li>Q&amp;A</li></ul>
<p><a href="https://teams.example.invalid/l/meetup-join/19%3ameeting_HSJ2026">Join the meeting</a><br>
Meeting ID: 412 877 305 916 &nbsp; Passcode: gT7xQ2</p>
<p>Kengo Asari, Global Mobility, Hinode Sangyo Co., Ltd.</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a meeting invitation to the US subsidiary and its CPA firm: two external organisations, normal",
    },
    {
        "id": "kogaisha-098",
        "sender": "深町 大輔 <fukamachi@hinode-sangyo.co.jp>",
        "to": ["Somchai Rattanakul <somchai.r@hinode-th.co.th>"],
        "subject": "議事メモ：HST 月次定例（5/14）",
        "charset": "shift_jis",
        "body": """Somchaiさん

お疲れさまです。深町です。
先日の月次定例の議事メモを添付します（テキストファイル）。
誤りがあればご指摘ください。

深町
""",
        "attachments": [{
            "kind": "txt",
            "name": "HST_monthly_minutes_20260514.txt",
            "encoding": "cp932",
            "text": """HST 月次定例 議事メモ
日時：2026年5月14日（木）14:00-15:30（JST）
出席：HST 桐生GM、Somchai、Pimchanok／本社 深町、小林

1. 4月実績
   - 売上 THB 118.4M（予算比 103%）、営業利益率 6.1%
   - 第2工場ライン3の稼働率 78%（目標 85%）
2. 人事
   - 最低賃金改定（+8%）の影響額：年 THB 4.2M
   - 現地スタッフの昇給は本社ガイドライン確定後に個別検討
3. 次回までの宿題
   - ライン3の改善計画（HST生産技術）
   - BOIポジション更新の書類準備（HST人事）
""",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meeting minutes in a CP932 text file with attendees' names only: no personal data",
    },
    {
        "id": "kogaisha-099",
        "sender": "Eri Matsunaga <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["Tan Mei Xin <meixin.tan@hinode-sg.com.sg>"],
        "subject": "FW: [Global Move News] Moving checklist for families - 2026 edition",
        "charset": "utf-8",
        "body": """Hi Mei Xin,

FYI - the relocation company's new checklist below is quite good. Could you adapt
it for the inbound assignees to Singapore?

Thanks,
Eri

-------- Forwarded Message --------
Subject: [Global Move News] Moving checklist for families - 2026 edition
Date: Tue, 12 May 2026 09:00:00 +0900
From: Global Move Relocation <news@globalmove-relo.com>

Dear clients,

Our 2026 moving checklist for families is out:

 8 weeks before:  book the pre-move survey; sort out what to sell, store or ship
 6 weeks before:  start the school applications; check pet import rules
 4 weeks before:  notify the city office (転出届) and utilities
 2 weeks before:  prepare a "first night box" and copies of important documents
 Moving day:      keep passports, visas and medicines in your hand luggage

Global Move Relocation Co., Ltd. | Tokyo +81-3-6206-8810 | www.globalmove-relo.com
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a forward of a vendor's public newsletter: new text to its recipient, but it carries no one's data",
    },
    {
        "id": "kogaisha-100",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["Sarah Whitfield <swhitfield@hinode-america.com>"],
        "subject": "帰任者向け案内文（日本での手続き）の英訳のお願い",
        "charset": "utf-8",
        "body": """Sarahさん

いつもありがとうございます。国際人事の松永です。
HIAから帰任する駐在員向けの案内文を作りました。日本語が苦手なご家族もいるため、
英訳をお願いできますでしょうか（8月の帰任者から使います）。

――――――――――――――――
帰任後14日以内に必要な手続き
　1. 市区町村役場で転入届（パスポートと戸籍の附票をお持ちください）
　2. マイナンバーカードの継続利用の手続き（転入届と同時に）
　3. 国民年金・健康保険は会社で手続きします（基礎年金番号は人事で把握済みです）
　4. 運転免許証の住所変更（警察署・運転免許センター）
会社への提出物
　・マイナンバーの提出は、人事システムの「マイナンバー登録」画面から行ってください。
　　メールでは送らないでください。
　・パスポートのコピーは不要です。
――――――――――――――――

よろしくお願いします。
松永
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "returnee guidance that names マイナンバー, 基礎年金番号, パスポート and 運転免許証 but carries no numbers",
    },
]
