"""Blind evaluation corpus, area: kikokushijo (帰国子女・帰任者家族支援).

Mail of 日の出産業株式会社's 海外人事グループ and its colleagues about employees' families
returning from overseas postings: children's school transfers and returnee entrance exams,
health records from foreign doctors, vaccinations, international movers, tax residency
paperwork, spouse job searches, and ordinary relocation-vendor and seminar mail (some of
it in English).

Every person, number and address in this file is invented (My Numbers and card numbers
come from build.my_number / build.card_number and are fictional). This file was written
blind, from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only, without
reading any of mailguard's code, rules or tests.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 20601
rng = random.Random(SEED)

AREA = "kikokushijo"
MESSAGES: list[dict] = []


def add(expect, entities, detectors, note, **msg):
    n = len(MESSAGES) + 1
    MESSAGES.append({"id": f"{AREA}-{n:03d}", **msg, "expect": expect,
                     "entities": list(entities), "detectors": list(detectors), "note": note})


def mn(k: int) -> str:
    return my_number(SEED + k)


def cc(k: int) -> str:
    return card_number(SEED + k)


_FW = str.maketrans("0123456789-.", "０１２３４５６７８９－．")


def fw(s: str) -> str:
    return s.translate(_FW)


def sp4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def corp_number(base12: str) -> str:
    """法人番号: check digit first, 9 - (sum of P_n*Q_n mod 9), Q_n = 1 odd / 2 even."""
    total = 0
    for n in range(1, 13):
        total += int(base12[12 - n]) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def mobile(prefix: str = "") -> str:
    p = prefix or rng.choice(["090", "080", "070"])
    return f"{p}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"


# -- people of 日の出産業 who write this mail ---------------------------------------------

SAIONJI = "西園寺 真理 <m.saionji@hinode-sangyo.co.jp>"
YOSHINAGA = "吉永 航 <w.yoshinaga@hinode-sangyo.co.jp>"
MAEKAWA = "前川 葵 <a.maekawa@hinode-sangyo.co.jp>"
DOMON = "土門 健吾 <k.domon@hinode-sangyo.co.jp>"
AKITSU = "秋津 玲奈 <r.akitsu@hinode-sangyo.co.jp>"
KUGA_SG = "Hayate Kuga <h.kuga@sg.hinode-sangyo.co.jp>"

SIG_SAIONJI = """--
日の出産業株式会社 人事部 海外人事グループ
西園寺 真理（さいおんじ まり）
〒105-0011 東京都港区芝公園3-9-2 日の出ビル8F
TEL 03-5472-8810（内線2431） FAX 03-5472-8819
m.saionji@hinode-sangyo.co.jp"""

SIG_YOSHINAGA = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 海外人事グループ 吉永 航
TEL：03-5472-8812 / 携帯：080-2719-4460
Mail：w.yoshinaga@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_MAEKAWA = """________________________________
前川 葵 Aoi Maekawa
日の出産業株式会社 人事部 海外人事グループ（帰任者・家族支援担当）
〒105-0011 東京都港区芝公園3-9-2
Tel 03-5472-8815"""

SIG_DOMON = """-------------------------------------------
日の出産業(株) 総務部 社宅・寮担当
土門 健吾 (Kengo Domon)
TEL 03-5472-8701 内線 1207
-------------------------------------------"""

SIG_AKITSU = """--
秋津 玲奈
日の出産業株式会社 経理部 税務課
03-5472-8760 / r.akitsu@hinode-sangyo.co.jp"""

SIG_KUGA_EN = """Best regards,
Hayate Kuga
HR & Admin, Hinode Sangyo Singapore Branch
80 Robinson Road #14-02, Singapore 068898
Tel +65 6221 4037"""

SIG_SAIONJI_EN = """Kind regards,

Mari Saionji
Global Mobility, Human Resources Dept.
Hinode Sangyo Co., Ltd.
3-9-2 Shibakoen, Minato-ku, Tokyo 105-0011, Japan
Tel +81-3-5472-8810"""

DISC_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを破棄してください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete this "
           "e-mail. Any unauthorised copying or disclosure is prohibited.")


# ---------------------------------------------------------------------------------------
# 001 — five returnees' delivery addresses and mobiles, padded table, to the mover
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "five returnee employees' new home addresses and mobiles in a padded table to the mover",
    sender=SAIONJI,
    to=["星野 和也 <k.hoshino@aoba-unyu.co.jp>"],
    cc=["吉永 航 <w.yoshinaga@hinode-sangyo.co.jp>"],
    subject="【帰任者】10月搬入分 お届け先一覧のご送付",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 国際引越センター
星野 様

いつもお世話になっております。日の出産業 人事部の西園寺です。
10月帰任分5名の国内搬入先がそろいましたので、下記のとおりお知らせいたします。
搬入当日のご連絡は、各ご本人の携帯へ直接お願いいたします。

氏名          搬入先住所                                      携帯            搬入希望
--------------------------------------------------------------------------------------------
勅使河原 修   神奈川県横浜市青葉区美しが丘西3-14-7            090-3318-5726   10/5  午前
五月女 拓海   東京都世田谷区桜新町2-8-15 グランシエル302       080-6142-0937   10/6  午後
鬼頭 美咲     千葉県市川市八幡4-22-11 ルミエール八幡205        070-2254-8813   10/8  終日
十河 大輔     埼玉県さいたま市浦和区常盤6-3-28                 090-7765-1029   10/12 午前
安居院 直子   東京都杉並区荻窪5-17-4                           080-4471-3356   10/13 午前

海上便の到着が遅れる場合は、航空便分だけ先行して搬入いただく形で構いません。
ご不明点がございましたらご連絡ください。

{SIG_SAIONJI}
""")

# 002 — reply; the list is only in the quoted text
add("pass", [], [],
    "reply to the mover: new text only changes one slot; the five-person list is quoted (>) text",
    sender=SAIONJI,
    to=["星野 和也 <k.hoshino@aoba-unyu.co.jp>"],
    subject="Re: Re: 【帰任者】10月搬入分 お届け先一覧のご送付",
    charset="iso-2022-jp",
    body=f"""星野様

ご確認ありがとうございます。
十河さんの件、ご本人と話しまして 10/12 は午後（13時以降）で大丈夫とのことです。
他の方は一覧のとおりでお願いいたします。

西園寺

> 西園寺様
>
> お世話になっております。青葉運輸の星野です。
> 一覧拝受いたしました。10/12 午前は先行案件と重なっており、
> 十河様分を午後に変更いただくことは可能でしょうか。
>
>> 氏名          搬入先住所                                      携帯            搬入希望
>> --------------------------------------------------------------------------------------------
>> 勅使河原 修   神奈川県横浜市青葉区美しが丘西3-14-7            090-3318-5726   10/5  午前
>> 五月女 拓海   東京都世田谷区桜新町2-8-15 グランシエル302       080-6142-0937   10/6  午後
>> 鬼頭 美咲     千葉県市川市八幡4-22-11 ルミエール八幡205        070-2254-8813   10/8  終日
>> 十河 大輔     埼玉県さいたま市浦和区常盤6-3-28                 090-7765-1029   10/12 午前
>> 安居院 直子   東京都杉並区荻窪5-17-4                           080-4471-3356   10/13 午前
>
> --
> 青葉運輸株式会社 国際引越センター 星野 和也
> TEL 045-330-1187
""")

# 003 — My Numbers of a returnee and his wife in running text to the tax accountant
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "My Numbers of a returnee and his spouse (with 和暦 birth date) sent to an outside tax firm",
    sender=AKITSU,
    to=["大庭 様 <ohba@minami-zeirishi.jp>"],
    subject="五月女さん（6月帰任）年末調整の件",
    charset="cp932",
    body=f"""みなみ税理士法人
大庭様

お世話になっております。日の出産業 経理部の秋津です。
6月にシンガポールから帰任した五月女の件、年の途中で居住者に戻るため、
今年の年末調整は御社でご対応いただく方向で進めさせてください。

本人は五月女 拓海、番号は {sp4(mn(1))} です。
配偶者控除の対象として奥様の香織さん（昭和62年2月11日生）、番号 {mn(2)} 、
今年の給与収入は帰国後のパート分のみで 48 万円程度とのことでした。

源泉徴収票（現地給与分は対象外）は来週まとめてお送りします。
よろしくお願いいたします。

{SIG_AKITSU}
""")

# 004 — forward of an employee's mail: her daughter's asthma diagnosis and medication
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "forward to an outside clinic of a child's asthma diagnosis and medication (forward is new text)",
    sender=MAEKAWA,
    to=["あおい国際クリニック 受付 <reception@aoi-intl-clinic.jp>"],
    subject="FW: 帰国後の小児科受診について（鬼頭）",
    charset="utf-8",
    body=f"""あおい国際クリニック
小児科ご担当者様

日の出産業 人事部の前川と申します。
弊社社員のご家族の受診について、ご本人から下記の相談がありましたので転送いたします。
初診のご予約と、必要な書類についてご教示いただけますと幸いです。

{SIG_MAEKAWA}

-----Original Message-----
From: 鬼頭 美咲 <m.kito@hinode-sangyo.co.jp>
Sent: Monday, September 22, 2025 9:14 AM
To: 前川 葵 <a.maekawa@hinode-sangyo.co.jp>
Subject: 帰国後の小児科受診について

前川さん

お疲れさまです。鬼頭です。
長女の芽依（2016年7月3日生）ですが、シンガポールで気管支喘息と診断されていて、
毎日フルチカゾンの吸入と、発作時にサルブタモールを使っています。
現地の主治医の英文レターはあります。帰国後に同じ薬を処方してもらえる病院を
紹介していただけないでしょうか。10月8日に帰国予定です。

鬼頭
""")

# 005 — internal seminar announcement
add("pass", [], [],
    "all recipients internal: seminar announcement for returnee families",
    sender=YOSHINAGA,
    to=["海外赴任者・帰任予定者 各位 <kaigai-all@hinode-sangyo.co.jp>"],
    cc=["人事部 <jinji@hinode-sangyo.co.jp>"],
    subject="【ご案内】帰国子女教育セミナー（11/15・オンライン併催）",
    charset="iso-2022-jp",
    body=f"""海外赴任者・帰任予定者 各位

人事部 海外人事グループです。
今年度も帰任予定のご家族向けに、お子さまの学校選び・帰国生入試に関する
セミナーを開催します。ご家族での参加も歓迎です。

■日時　2025年11月15日（土）10:00～12:00
■会場　本社 8F 大会議室（Teams 併催）
■内容
　・公立校への編入手続きと時期の目安
　・帰国生入試（中学・高校）の概要と出願書類
　・在籍証明書・成績証明書の取り寄せ方
　・先輩ご家族の体験談
■申込　11/7 までに社内ポータルの申込フォームから

ご質問は吉永（内線2433）までどうぞ。

{SIG_YOSHINAGA}
""")

# 006 — XLSX roster of eight returnees to the relocation company
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "XLSX roster of eight returnees with mobiles and private e-mail to a relocation vendor",
    sender=YOSHINAGA,
    to=["リロケーションデスク <relo-desk@nr-relo.co.jp>"],
    subject="2025年度下期 帰任予定者リスト送付の件",
    charset="utf-8",
    body=f"""日本リロケーションサービス株式会社
リロケーションデスク 御中

いつもお世話になっております。日の出産業の吉永です。
下期の帰任予定者リストを添付にてお送りします。
住宅探しのヒアリングは、各人の現地携帯か私用メールへ直接ご連絡ください。

{SIG_YOSHINAGA}
""",
    attachments=[{
        "kind": "xlsx", "name": "帰任予定者リスト_2025下期.xlsx",
        "sheets": {
            "帰任予定者": [
                ["2025年度下期 帰任予定者一覧（日の出産業株式会社 人事部）"],
                [],
                ["社員番号", "氏名", "フリガナ", "赴任地", "帰任予定日", "帯同家族", "携帯（現地）", "私用メール"],
                ["H10482", "百目鬼 剛", "ドウメキ ツヨシ", "ジャカルタ", "2025-10-20", 3, "+62 812-3390-4471", "t.doumeki.jkt@gmail.com"],
                ["H11057", "小鳥遊 絵里", "タカナシ エリ", "ロサンゼルス", "2025-11-01", 2, "+1 (310) 555-0148", "eri.takanashi@icloud.com"],
                ["H09833", "東海林 浩二", "ショウジ コウジ", "上海", "2025-11-15", 4, "+86 139 1652 0873", "shoji.koji@outlook.jp"],
                ["H12210", "九十九 さやか", "ツクモ サヤカ", "バンコク", "2025-12-01", 1, "+66 81 442 9035", "sayaka.tsukumo@yahoo.co.jp"],
                ["H10991", "和久井 慎也", "ワクイ シンヤ", "デュッセルドルフ", "2025-12-10", 3, "+49 151 2840 6637", "wakui.shinya@gmail.com"],
                ["H11730", "宍戸 楓", "シシド カエデ", "シンガポール", "2026-01-05", 2, "+65 9172 3408", "kaede.shishido@gmail.com"],
                ["H08764", "八月朔日 亮", "ホズミ リョウ", "ホーチミン", "2026-02-01", 3, "+84 90 318 2264", "hozumi.r@icloud.com"],
                ["H12455", "蔵前 由紀子", "クラマエ ユキコ", "ロンドン", "2026-03-20", 2, "+44 7700 900412", "yukiko.kuramae@outlook.jp"],
            ],
            "備考": [
                ["備考"],
                ["・帰任予定日は変更になる場合があります"],
                ["・社宅希望の有無は別途ご連絡します"],
            ],
        },
    }])

# 007 — password ZIP (PPAP) to a school
add("stop", [], ["unscannable_attachment"],
    "password-protected ZIP of transfer documents to a school: cannot be scanned",
    sender=MAEKAWA,
    to=["聖和学園中学校 帰国生入試係 <kikoku@seiwa-gakuen.ac.jp>"],
    subject="編入学関係書類の送付（十河）",
    charset="iso-2022-jp",
    body=f"""聖和学園中学校
帰国生入試係 ご担当者様

お世話になっております。日の出産業株式会社 人事部の前川でございます。
先日お電話でご相談いたしました、弊社社員 十河の長男の編入学に関する書類一式を
添付にてお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせいたします。

ご査収のほどよろしくお願い申し上げます。

{SIG_MAEKAWA}
""",
    attachments=[{
        "kind": "zip", "name": "編入学書類_十河.zip", "password": "Sg#7kQ2m",
        "files": [
            {"kind": "pdf", "name": "在籍証明書.pdf",
             "lines": ["CERTIFICATE OF ENROLLMENT", "Student: Sogo Haruki", "Grade 7", "Manila Japanese School"]},
            {"kind": "docx", "name": "編入学願書.docx",
             "paragraphs": ["編入学願書", "志願者氏名 十河 陽翔", "生年月日 2012年5月9日", "保護者 十河 大輔"]},
        ],
    }])

# 008 — the password in a second mail (no attachment, no personal data)
add("pass", [], [],
    "the separate password mail: no attachment and no personal data",
    sender=MAEKAWA,
    to=["聖和学園中学校 帰国生入試係 <kikoku@seiwa-gakuen.ac.jp>"],
    subject="パスワードのお知らせ（編入学関係書類の送付（十河））",
    charset="iso-2022-jp",
    body="""聖和学園中学校
帰国生入試係 ご担当者様

先ほどお送りしたファイルのパスワードをお知らせいたします。

　パスワード：Sg#7kQ2m

よろしくお願いいたします。
日の出産業株式会社 人事部 前川
""")

# 009 — CSV booking of six families at the partner hotel
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "CSV of six returnee families' names (kana) and mobiles for temporary hotel stays",
    sender=DOMON,
    to=["さくらホテル 法人予約センター <corporate@sakura-hotel.jp>"],
    subject="帰任者 仮住まい宿泊の予約依頼（11月分・6件）",
    charset="cp932",
    body=f"""さくらホテル 法人予約センター 御中

いつもお世話になっております。日の出産業 総務部の土門です。
11月に帰任する社員家族の仮住まいとして、添付の6件の予約をお願いいたします。
法人契約レート（朝食付き）、精算は弊社一括請求でお願いします。

ご予約確定後、確認番号をお知らせください。

{SIG_DOMON}
""",
    attachments=[{
        "kind": "csv", "name": "宿泊予約依頼_11月.csv", "encoding": "cp932",
        "rows": [
            ["No", "代表者名（カナ）", "大人", "子供", "チェックイン", "チェックアウト", "連絡先（携帯）", "備考"],
            ["1", "トウカイリン コウジ", "2", "2", "2025/11/15", "2025/11/29", "090-5521-0386", "禁煙・和室希望"],
            ["2", "ツクモ サヤカ", "1", "0", "2025/11/30", "2025/12/07", "080-3307-1954", ""],
            ["3", "ドウメキ ツヨシ", "2", "1", "2025/10/20", "2025/11/03", "070-6618-2740", "ベビーベッド"],
            ["4", "タカナシ エリ", "1", "1", "2025/11/01", "2025/11/14", "090-8843-5012", ""],
            ["5", "ワクイ シンヤ", "2", "1", "2025/12/10", "2025/12/24", "080-1196-7734", "駐車場1台"],
            ["6", "シシド カエデ", "1", "1", "2026/01/05", "2026/01/19", "070-4420-8351", ""],
        ],
    }])

# 010 — list of schools (businesses) to a spouse's gmail
add("pass", [], ["freemail_recipient"],
    "list of returnee-accepting schools with their switchboards (businesses) to one spouse's free mail",
    sender=MAEKAWA,
    to=["Nao Aguin <nao.aguin.family@gmail.com>"],
    subject="帰国生を受け入れている学校の一覧です",
    charset="utf-8",
    body=f"""安居院 奈央様

人事部の前川です。先日はお電話ありがとうございました。
お住まい予定の杉並区から通学圏内で、帰国生の受け入れ実績がある学校を
ざっとまとめました。説明会の日程は各校のサイトでご確認ください。

・東都国際高等学校　　　　杉並区高井戸東2-19-1　　03-3334-6610（代表）
・聖和学園中学校　　　　　練馬区関町北4-7-22　　　03-3920-4471（代表）
・武蔵台学院中学・高等学校　三鷹市井口1-3-8　　　0422-31-2208（入試広報）
・私立あけぼの女子中学校　中野区弥生町6-11-3　　 03-5385-0937（代表）
・杉並区立荻窪第三中学校（日本語指導教室あり）　 03-3398-2241（学校代表）

公立中学校への編入は、区の教育委員会学務課への届出が先になります。
ご不明な点があればいつでもご連絡ください。

{SIG_MAEKAWA}
""")

# 011 — look-alike of the partner mover (co. dropped)
add("stop", [], ["lookalike_domain"],
    "recipient domain aoba-unyu.jp is a look-alike of partner aoba-unyu.co.jp (co. dropped)",
    sender=YOSHINAGA,
    to=["星野 和也 <k.hoshino@aoba-unyu.jp>"],
    subject="搬出日程の再調整について（ジャカルタ→横浜）",
    charset="iso-2022-jp",
    body=f"""青葉運輸 星野様

お世話になっております。日の出産業の吉永です。
ジャカルタの百目鬼の搬出ですが、現地の祝日の関係で 10/14 → 10/16 に
ずらしたいとのことです。現地パートナーさんへの連絡をお願いできますでしょうか。
船便のブッキングに影響がある場合はお知らせください。

{SIG_YOSHINAGA}
""")

# 012 — passports of a family of three for customs (unaccompanied baggage), English
add("stop", ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "passport numbers and birth dates of a family of three sent to an international mover",
    sender=KUGA_SG,
    to=["Janet Ruiz <janet.ruiz@pacificcrown-relo.com>"],
    subject="Shishido family - documents for UAB customs clearance",
    charset="utf-8",
    body=f"""Hi Janet,

As requested, here are the passport details of the Shishido family for the unaccompanied
baggage declaration (Japan Customs, 別送品申告):

  Kaede Shishido    DOB 14 Aug 1986   Passport TR4471093   exp. 2031-03-02
  Ren Shishido      DOB 02 Dec 2014   Passport TS0258816   exp. 2027-06-19
  Mio Shishido      DOB 27 May 2018   Passport TS0258817   exp. 2027-06-19

Their flight is SQ638 on 5 January; the air shipment can be picked up on 2 January.
Please let me know if customs also needs copies of the passport pages.

{SIG_KUGA_EN}
""")

# 013 — shipment tracking, container and B/L numbers, English disclaimer
add("pass", [], [],
    "shipment status with container, B/L and booking numbers and the standard disclaimer: business data only",
    sender=SAIONJI,
    to=["Janet Ruiz <janet.ruiz@pacificcrown-relo.com>"],
    subject="Re: Sea shipment ETA - Takanashi (LAX -> Tokyo)",
    charset="utf-8",
    body=f"""Dear Janet,

Thank you for the update. For our records I have noted the following:

  Booking no.   PCR-LAX-2025-08817
  Container     MSKU 738104-2 (20' shared)
  B/L           ONEYLAXF41729300
  Vessel        ONE HUMBER 047W, ETD Long Beach 28 Oct, ETA Tokyo 12 Nov

Could you confirm whether the delivery to Tokyo can be scheduled for 15 or 16 November?
The employee will be staying in a hotel until then.

{SIG_SAIONJI_EN}

{DISC_EN}
""")

# 014 — seminar invitation with four private addresses open in To
add("stop", [], ["external_recipients_visible", "freemail_recipient"],
    "four spouses' private addresses visible to each other in To: should have been Bcc",
    sender=YOSHINAGA,
    to=["t.doumeki.family@gmail.com", "eri.takanashi@gmail.com",
        "shoji.haruka0312@gmail.com", "wakui.mika@gmail.com"],
    subject="帰国子女教育セミナーのご案内（ご家族向け）",
    charset="iso-2022-jp",
    body=f"""帰任予定のご家族の皆さま

日の出産業 人事部 海外人事グループの吉永です。
いつもご協力ありがとうございます。
帰任前のご家族向けに、お子さまの学校選びのオンラインセミナーを開催します。

　日時：11月15日（土）日本時間 10:00～12:00
　形式：Teams（URL は開催 3 日前にお送りします）
　講師：海外子女教育支援協会 相談員

ご参加いただける場合は、このメールにご返信ください。

{SIG_YOSHINAGA}
""")

# 015 — one family of five with birth dates to the company-housing manager
add("either", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "one family's move-in form, five members with birth dates: one record or a list of five?",
    sender=DOMON,
    to=["住まいサポート 社宅管理課 <shataku@sumai-support.co.jp>"],
    subject="借上社宅 入居者届（東海林）",
    charset="cp932",
    body=f"""住まいサポート株式会社
社宅管理課 御中

お世話になっております。日の出産業 総務部の土門です。
11月帰任の東海林の借上社宅（練馬区・3LDK）の入居者届です。

【入居者】
　続柄　　氏名　　　　　　生年月日
　本人　　東海林 浩二　　1979年4月30日
　妻　　　東海林 遥　　　1982年3月12日
　長男　　東海林 湊　　　2011年9月8日
　長女　　東海林 紬　　　2014年1月21日
　次男　　東海林 樹　　　2019年6月15日

入居開始日は 11/29 を予定しております。
鍵の受け渡し方法についてご連絡ください。

{SIG_DOMON}
""")

# 016 — an employee pays her son's cram-school fee by card, from her company mail
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a credit card number with expiry sent by mail to a cram school",
    sender="九十九 さやか <s.tsukumo@hinode-sangyo.co.jp>",
    to=["ブリッジアカデミー 事務局 <info@bridge-academy.jp>"],
    subject="入塾金のお支払いについて（九十九 蓮）",
    charset="utf-8",
    body=f"""ブリッジアカデミー 事務局 御中

いつもお世話になっております。
来月から帰国生入試コースに通わせていただく九十九 蓮の母です。
入塾金と12月分の授業料はカードでお願いしたいので、下記で決済をお願いします。

カード番号　{sp4(cc(1), '-')}
有効期限　　09/29
名義　　　　SAYAKA TSUKUMO

お手数をおかけしますが、よろしくお願いいたします。

九十九 さやか
（日の出産業株式会社 営業第二部）
""")

# 017 — health insurance symbol/number of a returnee's child to a clinic
add("stop", ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "health insurance 記号・番号 of an employee's child sent to a clinic before the card is issued",
    sender=MAEKAWA,
    to=["あおい国際クリニック 受付 <reception@aoi-intl-clinic.jp>"],
    subject="Re: 保険証の確認について（和久井様 ご予約分）",
    charset="iso-2022-jp",
    body=f"""あおい国際クリニック 受付ご担当者様

お世話になっております。日の出産業 人事部の前川です。
12/18 にご予約いただいている和久井様のお子さまの件、資格確認書がまだお手元に
届いていないため、当日の確認用に下記をお知らせいたします。

　受診者　　和久井 颯太（平成30年1月9日生）
　保険者番号　06131742
　記号　　　 4417　 番号　 2083
　被保険者　 和久井 慎也（父）

書類が届きしだい、ご本人から改めて提示いたします。

{SIG_MAEKAWA}

> 和久井様のご予約ですが、当日は保険証（または資格確認書）を
> ご持参いただけますでしょうか。未着の場合は記号・番号をお知らせください。
""")

# 018 — about an NDA with a new relocation vendor
add("pass", [], [],
    "mail about a 秘密保持契約 draft with a new vendor: a mention, not a marking; no personal data",
    sender=SAIONJI,
    to=["グローブムーヴ 法人営業部 <sales@globemove.co.jp>"],
    subject="秘密保持契約書（案）のご確認のお願い",
    charset="utf-8",
    body=f"""グローブムーヴ株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業 人事部の西園寺です。
帰任者の引越業務のお取引開始にあたり、秘密保持契約書の弊社案を添付いたします。
第5条（秘密情報の範囲）と第9条（返還・廃棄）について、御社のご意見を
いただけますと幸いです。法務の確認は来週中を予定しております。

{SIG_SAIONJI}
""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_案_v2.docx",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）とグローブムーヴ株式会社（以下「乙」という。）は、"
            "甲の従業員の帰任に伴う引越業務に関し、次のとおり秘密保持契約を締結する。",
            "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
            "第5条（秘密情報の範囲）秘密情報とは、開示の際に秘密である旨を明示した情報及び個人情報をいう。",
            "第9条（返還・廃棄）乙は、業務終了後速やかに秘密情報を返還又は廃棄する。",
            "第12条（有効期間）本契約の有効期間は締結日から3年間とする。",
        ],
    }])

# 019 — basic pension numbers of a returnee and his wife to the labour consultant
add("stop", ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "basic pension numbers (and birth dates) of a returnee and his dependent wife to an outside 社労士",
    sender=YOSHINAGA,
    to=["社会保険労務士法人はなみずき <office@hanamizuki-sr.jp>"],
    subject="帰任者 社会保険再加入手続きのお願い（百目鬼）",
    charset="iso-2022-jp",
    body=f"""社会保険労務士法人はなみずき
ご担当 芦田様

いつもお世話になっております。日の出産業 人事部の吉永です。
10/20 付で帰任した百目鬼について、健康保険・厚生年金の資格取得と、
奥様の第3号被保険者の届出をお願いいたします。

■本人
　百目鬼 剛（ドウメキ ツヨシ）　S56.11.3 生
　基礎年金番号　4518-302716
■配偶者
　百目鬼 千尋（ドウメキ チヒロ）　S60.7.22 生
　基礎年金番号　6204-119583
　収入見込み：なし

扶養の長男分は別途お送りします。よろしくお願いいたします。

{SIG_YOSHINAGA}
""")

# 020 — driver's licence of a returnee to a car-lease company
add("stop", ["JP_DRIVERS_LICENSE", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"], ["personal_data"],
    "a returnee's driver's licence number, birth date and home address to a car-lease company",
    sender=DOMON,
    to=["みらいリース 法人営業 <lease@mirai-lease.co.jp>"],
    subject="社用車リース 使用者登録（帰任者）",
    charset="cp932",
    body=f"""みらいリース株式会社 法人営業ご担当者様

お世話になっております。日の出産業 総務部 土門です。
12月に帰任する和久井が営業車を使用するため、使用者登録をお願いします。

使用者：和久井 慎也
生年月日：1983年10月2日
住所：神奈川県川崎市宮前区鷺沼1-12-5 パークヒルズ鷺沼406
免許証番号：{fw('302117654820')}（東京都公安委員会、令和9年11月2日まで有効）

ドイツ在住期間中に更新済みとのことです。
よろしくお願いいたします。

{SIG_DOMON}
""")


# 021 — internal: HR consults the in-house occupational physician about a returnee's diagnosis
add("pass", ["SENSITIVE_CATEGORY", "PERSON_NAME"], [],
    "all recipients internal (in-house 産業医): a returnee's diagnosis stays inside",
    sender=SAIONJI,
    to=["産業医 岩永先生 <s.iwanaga@hinode-sangyo.co.jp>"],
    cc=["健康管理室 <kenko@hinode-sangyo.co.jp>"],
    subject="帰任者面談のご相談（蔵前さん）",
    charset="utf-8",
    body=f"""岩永先生

いつもお世話になっております。人事部 西園寺です。
3月にロンドンから帰任予定の蔵前 由紀子さんですが、現地の医師から適応障害の
診断を受けており、現在は週1回のカウンセリングと睡眠薬の服用を続けているとのことです。
帰任後の配属先と勤務時間について、着任前に一度先生の面談をお願いできますでしょうか。
ご本人の了承は得ております。

{SIG_SAIONJI}
""")

# 022 — a child's developmental disorder to the city's board of education
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a named child's autism spectrum diagnosis and support needs sent to the city school board",
    sender=MAEKAWA,
    to=["緑ヶ丘市教育委員会 学務課 <gakumu@city.midorigaoka.lg.jp>"],
    subject="帰国児童の就学相談について",
    charset="iso-2022-jp",
    body=f"""緑ヶ丘市教育委員会 学務課
就学相談ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の前川と申します。
弊社社員が来年1月にバンコクから帰任し、貴市に転入予定です。
お子さまの小学校編入について、ご家族の依頼により事前にご相談させてください。

対象のお子さまは九十九 陽向くん（平成29年8月19日生、現地日本人学校 小2）で、
現地の小児科で自閉スペクトラム症と診断されています。
現在は通常学級に在籍し、週2回の通級指導を受けているとのことです。
帰国後も通級指導教室、または特別支援学級の利用を希望されています。

転入前に面談の機会をいただけますと幸いです。

{SIG_MAEKAWA}
""")

# 023 — a child's religion (halal meals) to the transfer school
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "a named pupil's religion (Muslim, halal meals) sent to the school: 信条 is special-care data",
    sender=MAEKAWA,
    to=["緑ヶ丘市立東小学校 教頭 <kyoto@higashi-es.midorigaoka.ed.jp>"],
    subject="給食についてのご相談（4年生 編入予定 シシド リナさん）",
    charset="utf-8",
    body=f"""緑ヶ丘市立東小学校
教頭 小松先生

お世話になっております。日の出産業 人事部の前川です。
1月から4年生に編入予定の宍戸 莉奈さんの給食についてご相談です。

莉奈さんはお父様の方針でイスラム教を信仰しており、豚肉およびアルコールを含む
調味料を口にすることができません。シンガポールの学校ではハラール対応の
昼食を選んでいたそうです。
弁当の持参を認めていただけるか、または除去対応が可能か、
ご検討いただけますでしょうか。

{SIG_MAEKAWA}
""")

# 024 — price list from the partner mover, answered
add("pass", [], [],
    "price table of moving services (business data) in a reply to the mover",
    sender=YOSHINAGA,
    to=["星野 和也 <k.hoshino@aoba-unyu.co.jp>"],
    subject="Re: 2026年度 国際引越 料金表のご提示",
    charset="iso-2022-jp",
    body=f"""星野様

料金表ありがとうございます。下記の理解で相違ないかご確認ください。
（税抜、1件あたり）

　項目　　　　　　　　　　　　　 2025年度　　 2026年度
　----------------------------------------------------------
　海上便（20ft 混載・1m3あたり）　  38,000円 　  41,500円
　航空便（1kgあたり）　　　　　　　  1,150円 　   1,240円
　現地梱包・搬出（作業員1名/日）　  28,000円 　  29,500円
　国内搬入・開梱　　　　　　　　　  45,000円 　  45,000円
　一時保管（1m3/月）　　　　　　　   3,200円 　   3,400円

年間20件程度を見込んでおります。ボリュームディスカウントについても
ご検討いただけますと幸いです。

{SIG_YOSHINAGA}

> 吉永様
> 2026年度の料金表をお送りします。燃油サーチャージは別途となります。
""")

# 025 — a family were victims of a burglary abroad: claim to the insurer
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "insurance claim: a named employee's family were victims of a burglary (crime victim)",
    sender=YOSHINAGA,
    to=["ひまわり損保 海外旅行保険 事故受付 <kaigai-claim@himawari-sonpo.co.jp>"],
    subject="【事故報告】海外駐在員包括契約 携行品損害（マニラ）",
    charset="cp932",
    body=f"""ひまわり損害保険株式会社
海外旅行保険 事故受付ご担当者様

日の出産業株式会社 人事部の吉永でございます。
弊社の海外駐在員包括契約（証券番号 KG-2207-048812）について、事故のご報告です。

被保険者：十河 大輔（マニラ駐在、11月帰任予定）
発生日時：2025年9月27日 深夜
内容：帰任準備中の自宅に強盗が押し入り、ご本人と奥様の真由美さんが刃物で脅され、
　　　現金・ノートPC・腕時計などを奪われました。お二人ともけがはありません。
　　　マカティ警察に被害届を提出済みです（Police report no. MKT-25-09-3318）。

請求書類のご案内をお願いいたします。

{SIG_YOSHINAGA}
""")

# 026 — a returnee's health check results (PDF) to an outside occupational-health clinic
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "PDF of one returnee's health check results (abnormal values, referral) to an outside clinic",
    sender=SAIONJI,
    to=["芝健診クリニック 産業保健部 <sangyo@shiba-kenshin.jp>"],
    subject="帰任時健康診断の結果送付（事後措置のご相談）",
    charset="utf-8",
    body=f"""芝健診クリニック 産業保健部 御中

お世話になっております。日の出産業 人事部の西園寺です。
上海から帰任した社員の帰任時健診結果を添付いたします。
要精密検査の項目がありますので、事後措置と就業上の配慮について
嘱託産業医の先生のご意見をいただけますでしょうか。

{SIG_SAIONJI}
""",
    attachments=[{
        "kind": "pdf", "name": "帰任時健診結果_東海林.pdf", "title": "帰任時健康診断結果",
        "lines": [
            "帰任時健康診断 結果票（海外派遣労働者健康診断）",
            "氏名：東海林 浩二　　生年月日：1979年4月30日（46歳）　所属：営業本部",
            "受診日：2025年11月18日　　受診機関：芝健診クリニック",
        ],
        "table": [
            ["項目", "結果", "基準値", "判定"],
            ["BMI", "27.8", "18.5-24.9", "B"],
            ["血圧", "152/98", "-129/-84", "D 要精密"],
            ["HbA1c", "7.4 %", "-5.5", "D 要精密"],
            ["空腹時血糖", "146 mg/dL", "-99", "D 要精密"],
            ["γ-GTP", "118 U/L", "-50", "C 要経過観察"],
            ["B型肝炎抗体", "陰性", "", "-"],
            ["総合判定", "糖尿病の疑い・高血圧", "", "要精密検査（内科）"],
        ],
    }])

# 027 — DOCX list of five children applying for returnee entrance exams, to a cram school
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "DOCX table of five children (names, birth dates, schools abroad) to a cram school",
    sender=MAEKAWA,
    to=["ブリッジアカデミー 帰国生コース <kikoku@bridge-academy.jp>"],
    subject="法人契約：2026年度 帰国生入試 受講予定者のご連絡",
    charset="iso-2022-jp",
    body=f"""ブリッジアカデミー 帰国生コース ご担当者様

いつもお世話になっております。日の出産業 人事部の前川です。
法人契約に基づき、2026年度の帰国生入試対策コースを受講予定の
社員子女を添付の一覧にまとめました。体験授業のご案内をお願いいたします。

{SIG_MAEKAWA}
""",
    attachments=[{
        "kind": "docx", "name": "受講予定者一覧_2026.docx", "title": "受講予定者一覧",
        "paragraphs": ["2026年度 帰国生入試対策コース 受講予定者一覧", "日の出産業株式会社 人事部"],
        "tables": [[
            ["No.", "氏名", "ふりがな", "生年月日", "滞在国", "現在の学校", "志望"],
            ["1", "十河 陽翔", "そごう はると", "2012/05/09", "フィリピン", "マニラ日本人学校 中1", "私立中（編入）"],
            ["2", "東海林 湊", "しょうじ みなと", "2011/09/08", "中国", "上海日本人学校 中2", "高校入試"],
            ["3", "百目鬼 葵", "どうめき あおい", "2013/02/17", "インドネシア", "ジャカルタ日本人学校 小6", "中学入試"],
            ["4", "蔵前 碧", "くらまえ あおい", "2011/12/03", "英国", "現地校 Year 9", "高校入試"],
            ["5", "宍戸 蓮", "ししど れん", "2014/12/02", "シンガポール", "インター校 Grade 5", "中学入試"],
        ]],
    }])

# 028 — three-way meeting: a school and a cram school (two organisations)
add("pass", [], ["multiple_external_domains"],
    "two external organisations in To for a joint seminar: a normal three-way mail, no personal data",
    sender=YOSHINAGA,
    to=["聖和学園中学校 入試広報 <koho@seiwa-gakuen.ac.jp>",
        "ブリッジアカデミー 事務局 <info@bridge-academy.jp>"],
    cc=["前川 葵 <a.maekawa@hinode-sangyo.co.jp>"],
    subject="帰国生入試説明会（共催）の打ち合わせ日程について",
    charset="iso-2022-jp",
    body=f"""聖和学園中学校 入試広報ご担当 森下様
ブリッジアカデミー 事務局 浅野様

お世話になっております。日の出産業の吉永です。
11/15 の帰国子女教育セミナーでの共催パートについて、
三者で一度打ち合わせをさせていただければと存じます。

候補日時（各1時間、オンライン）
　・10/21（火）15:00～
　・10/23（木）10:00～
　・10/24（金）16:00～

ご都合のよい日時をお知らせください。

{SIG_YOSHINAGA}
""")

# 029 — quote request to three movers, all open in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three competing movers see each other in To (相見積): should have been Bcc",
    sender=DOMON,
    to=["青葉運輸 国際引越センター <kokusai@aoba-unyu.co.jp>",
        "グローブムーヴ 法人営業部 <sales@globemove.co.jp>",
        "Pacific Crown Relocation <tokyo@pacificcrown-relo.com>"],
    subject="【お見積依頼】帰任者 引越業務（2026年度 年間契約）",
    charset="utf-8",
    body=f"""各社 ご担当者様

お世話になっております。日の出産業株式会社 総務部の土門です。
2026年度の帰任者引越業務について、年間契約のお見積をお願いいたしたく
ご連絡いたしました。

・対象：海外拠点（アジア8、北米3、欧州2）から日本への帰任　年間20件程度
・内容：現地梱包・搬出、海上/航空輸送、通関、国内搬入・開梱、一時保管
・提出期限：11月28日（金）
・提出先：本メールへのご返信

仕様書は追ってお送りします。

{SIG_DOMON}
""")

# 030 — returnee checklist to one spouse's yahoo address
add("pass", [], ["freemail_recipient"],
    "a generic checklist to one family's free-mail address: no personal data",
    sender=MAEKAWA,
    to=["wakui.mika@yahoo.co.jp"],
    subject="帰国前後の手続きチェックリストをお送りします",
    charset="utf-8",
    body=f"""和久井 美香 様

人事部の前川です。先日のお問い合わせの件、帰国前後の主な手続きを
チェックリストにまとめました。ご家族の予定に合わせてお使いください。

【帰国前】
□ 日本人学校／現地校の在籍証明書・成績証明書の発行依頼（英文・和文）
□ 予防接種記録（母子手帳への記入、または英文の接種証明）
□ 現地の主治医からの紹介状
□ 別送品申告書の準備（入国時に2部）

【帰国後 14 日以内】
□ 転入届（住民票・マイナンバーカードの住所変更）
□ 国民年金・健康保険（会社経由の手続きは人事部で行います）
□ 児童手当の申請
□ 公立校の場合：教育委員会で編入手続き

ご不明点はお気軽にどうぞ。

{SIG_MAEKAWA}
""")

# 031 — PDF table of seven children's vaccination plan to a travel clinic
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "PDF list of seven children with birth dates and missing vaccines, sent to an outside clinic",
    sender=MAEKAWA,
    to=["東京トラベルクリニック 予約係 <vaccine@tokyo-travelclinic.jp>"],
    subject="帰国児童のキャッチアップ接種 ご予約のお願い（法人枠）",
    charset="iso-2022-jp",
    body=f"""東京トラベルクリニック 予約係 御中

いつもお世話になっております。日の出産業 人事部の前川です。
今冬に帰国する社員のお子さま7名について、日本の定期接種で未接種のものの
キャッチアップ接種を法人枠でお願いしたく、一覧を添付いたします。

{SIG_MAEKAWA}
""",
    attachments=[{
        "kind": "pdf", "name": "キャッチアップ接種_対象者一覧.pdf",
        "page_header": "日の出産業株式会社 人事部",
        "lines": ["帰国児童 キャッチアップ接種 対象者一覧（2025年12月～2026年3月）"],
        "table": [
            ["氏名", "生年月日", "帰国月", "未接種（本人申告）"],
            ["百目鬼 葵", "2013/02/17", "2025/10", "日本脳炎 2期"],
            ["百目鬼 陸", "2017/06/30", "2025/10", "日本脳炎 1期"],
            ["小鳥遊 結菜", "2016/03/25", "2025/11", "BCG（未接種）"],
            ["東海林 紬", "2014/01/21", "2025/11", "日本脳炎 1期・2期"],
            ["東海林 樹", "2019/06/15", "2025/11", "MR 2期"],
            ["九十九 陽向", "2017/08/19", "2025/12", "日本脳炎 1期"],
            ["和久井 颯太", "2018/01/09", "2025/12", "水痘 2回目"],
        ],
    }])

# 032 — look-alike of the company's own domain (.com instead of .co.jp)
add("stop", [], ["lookalike_domain"],
    "recipient at hinode-sangyo.com: a TLD-swap look-alike of the company's own domain",
    sender=SAIONJI,
    to=["Brian Ota <b.ota@hinode-sangyo.com>"],
    subject="RE: Handover schedule for Mr. Takanashi's return",
    charset="utf-8",
    body=f"""Brian,

Thanks for the draft handover plan. From HQ side:

- Last working day in LA: 31 October
- Home leave: 1-9 November
- Start in Tokyo (Overseas Sales Dept. 2): 10 November

Please keep the LA apartment lease until 3 November, the movers pack on 28-29 October.
I will share the relocation allowance calculation separately.

{SIG_SAIONJI_EN}
""")

# 033 — records request to a US paediatrician: one child's name and birth date
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "one child's name and birth date to request records from a US clinic: one person, no diagnosis",
    sender=SAIONJI,
    to=["Medical Records <records@maplegrovepeds.com>"],
    subject="Request for transfer of immunization records - Yuina Takanashi",
    charset="utf-8",
    body=f"""Dear Medical Records Team,

I am writing on behalf of our employee, Ms. Eri Takanashi, who is relocating from Los Angeles
to Tokyo with her daughter next month. With the parent's signed authorization (attached
separately by fax), we kindly ask you to send a copy of the immunization record for:

  Patient: Yuina Takanashi
  Date of birth: 03/25/2016

Please send the record to the parent's e-mail address you have on file, or to me.
Thank you very much for your help.

{SIG_SAIONJI_EN}
""")

# 034 — English: a child's type 1 diabetes to a Singapore clinic for a referral letter
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a named child's type 1 diabetes and insulin regimen sent to an outside clinic abroad",
    sender=KUGA_SG,
    to=["Orchard Family Clinic <admin@orchardfamilyclinic.com.sg>"],
    subject="Referral letter for Japan - Ren Shishido",
    charset="utf-8",
    body=f"""Dear Dr. Lim,

I am the HR contact of Hinode Sangyo Singapore. Ms. Kaede Shishido asked me to follow up on
her request: her son Ren Shishido (DOB 02/12/2014) is returning to Japan in January and
needs a referral letter in English for his new endocrinologist in Tokyo.

As discussed at the last visit, Ren has type 1 diabetes (diagnosed 2021) and uses an insulin
pump with a CGM; he also had two episodes of severe hypoglycaemia this year. The letter
should include the current basal/bolus settings and the HbA1c history.

Could the letter be ready by 20 December?

{SIG_KUGA_EN}
""")

# 035 — look-alike of the partner bank, with a bank account
add("stop", ["JP_BANK_ACCOUNT", "PERSON_NAME"], ["lookalike_domain", "personal_data"],
    "recipient midori-ginkou.co.jp is a look-alike of partner midori-ginko.co.jp; carries an account",
    sender=AKITSU,
    to=["みどり銀行 法人営業部 <hojin@midori-ginkou.co.jp>"],
    subject="帰任者の給与振込口座 変更依頼",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部 御中

お世話になっております。日の出産業 経理部の秋津です。
帰任した社員の給与振込先について、下記へ変更の手続きをお願いいたします。

　社員名：小鳥遊 絵里
　変更後：みどり銀行 芝公園支店 普通 4072219
　適用：12月支給分から

{SIG_AKITSU}
""")

# 036 — internal: My Numbers to the payroll team
add("pass", ["JP_MY_NUMBER", "PERSON_NAME"], [],
    "My Numbers of a returnee family, but all recipients are internal (payroll)",
    sender=AKITSU,
    to=["給与チーム <kyuyo@hinode-sangyo.co.jp>"],
    subject="帰任者 扶養親族のマイナンバー（和久井）",
    charset="cp932",
    body=f"""給与チーム各位

経理 秋津です。12月帰任の和久井さんの扶養控除等申告書の番号です。
システム登録後、このメールは削除してください。

本人　和久井 慎也　{mn(3)}
妻　　和久井 美香　{mn(4)}
長男　和久井 颯太　{mn(5)}

{SIG_AKITSU}
""")

# 037 — a spouse's pregnancy complication to the housing agent
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "a named spouse's pregnancy complication (gestational diabetes, hospital care) sent to a housing agent",
    sender=DOMON,
    to=["住まいサポート 社宅管理課 <shataku@sumai-support.co.jp>"],
    subject="Re: 借上社宅 物件候補（宍戸様）",
    charset="utf-8",
    body=f"""住まいサポート 社宅管理課
大塚様

候補物件のご提示ありがとうございます。
宍戸さんの奥様（宍戸 楓さん）が現在妊娠7か月で、妊娠糖尿病のため
帰国後は聖マリア医療センターの産科で管理入院の可能性もあるそうです。
そのため、病院まで車で15分以内、エレベーター付きの物件を優先していただけますか。
候補のうち2番と5番は条件から外していただいて構いません。

{SIG_DOMON}

> 宍戸様の借上社宅について、条件に合う候補を6件お送りします。
> 内見は1月6日以降で調整可能です。
""")

# 038 — twelve-digit tracking numbers (not My Numbers)
add("pass", [], [],
    "twelve-digit parcel tracking numbers and box codes: look like identifiers but are not personal data",
    sender=YOSHINAGA,
    to=["青葉運輸 国際引越センター <kokusai@aoba-unyu.co.jp>"],
    subject="別送品（航空便）の追跡番号について",
    charset="iso-2022-jp",
    body=f"""青葉運輸 国際引越センター御中

日の出産業の吉永です。
ジャカルタからの航空便5箱、国内配送の追跡番号をいただきましたが、
3箱目と4箱目が「該当なし」と表示されます。番号に誤りがないかご確認ください。

　箱No.   梱包コード     お問い合わせ伝票番号
　 1/5    AB-JKT-0447    4512-3398-7710
　 2/5    AB-JKT-0448    4512-3398-7721
　 3/5    AB-JKT-0449    4512-3398-7732
　 4/5    AB-JKT-0450    4512-3398-7743
　 5/5    AB-JKT-0451    4512-3398-7754

{SIG_YOSHINAGA}
""")

# 039 — ZIP (not encrypted) with a CSV of six returnees' tax residency data, English
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "ZIP with a CSV of six returnees' birth dates, Japanese addresses and residency dates to a tax firm",
    sender=AKITSU,
    to=["Global Mobility Tax <gm-tax@harbortax.com>"],
    subject="FY2025 returnees - residency status data",
    charset="utf-8",
    body=f"""Dear Harbor Tax team,

Please find attached the residency data for the six employees who return to Japan in FY2025,
for the departure/arrival year tax returns in both countries. Dates are the actual or planned
arrival dates in Japan.

Best regards,
Rena Akitsu
Tax Section, Accounting Dept., Hinode Sangyo Co., Ltd.
""",
    attachments=[{
        "kind": "zip", "name": "returnees_FY2025.zip",
        "files": [{
            "kind": "csv", "name": "returnees_FY2025.csv", "encoding": "utf-8",
            "rows": [
                ["emp_no", "name", "date_of_birth", "host_country", "arrival_jp", "address_in_japan", "status_from"],
                ["H10482", "Tsuyoshi Doumeki", "1981-11-03", "ID", "2025-10-20", "東京都町田市玉川学園7-3-21", "resident 2025-10-21"],
                ["H11057", "Eri Takanashi", "1984-06-11", "US", "2025-11-01", "東京都目黒区自由が丘1-28-9-503", "resident 2025-11-02"],
                ["H09833", "Koji Shoji", "1979-04-30", "CN", "2025-11-15", "東京都練馬区石神井町3-16-2", "resident 2025-11-16"],
                ["H12210", "Sayaka Tsukumo", "1988-01-27", "TH", "2025-12-01", "神奈川県相模原市南区相模大野5-9-14", "resident 2025-12-02"],
                ["H10991", "Shinya Wakui", "1983-10-02", "DE", "2025-12-10", "神奈川県川崎市宮前区鷺沼1-12-5-406", "resident 2025-12-11"],
                ["H11730", "Kaede Shishido", "1986-08-14", "SG", "2026-01-05", "東京都江東区豊洲4-2-7-1208", "resident 2026-01-06"],
            ],
        }],
    }])

# 040 — HTML-only mail: table of five spouses for a career programme
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "HTML table of five returnees' spouses with phones and private e-mail to a career agency",
    sender=MAEKAWA,
    to=["キャリアブリッジ 配偶者支援窓口 <spouse-support@careerbridge.co.jp>"],
    subject="帰任者配偶者 再就職支援プログラム 申込者のご連絡",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>キャリアブリッジ株式会社<br>配偶者支援窓口 ご担当者様</p>
<p>お世話になっております。日の出産業 人事部の前川です。<br>
再就職支援プログラム（2026年1月期）の申込者をお知らせします。
初回面談の日程調整は各ご本人へ直接お願いいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>氏名</th><th>電話</th><th>メール</th><th>希望職種</th><th>勤務形態</th></tr>
<tr><td>百目鬼 千尋</td><td>080-5532-1047</td><td>chihiro.d@gmail.com</td><td>経理・会計</td><td>時短</td></tr>
<tr><td>東海林 遥</td><td>090-2218-6630</td><td>haruka.shoji@yahoo.co.jp</td><td>英語講師</td><td>パート</td></tr>
<tr><td>和久井 美香</td><td>070-3341-9085</td><td>wakui.mika@yahoo.co.jp</td><td>翻訳・通訳</td><td>在宅</td></tr>
<tr><td>小鳥遊 誠</td><td>080-7720-4413</td><td>makoto.tkns@icloud.com</td><td>ITエンジニア</td><td>フルタイム</td></tr>
<tr><td>十河 真由美</td><td>090-6094-2287</td><td>mayumi.sogo@gmail.com</td><td>医療事務</td><td>パート</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>前川 葵<br>日の出産業株式会社 人事部 海外人事グループ<br>Tel 03-5472-8815</p>
</body></html>""")


# 041 — CSV of serviced apartments (businesses) to an employee's iCloud address
add("pass", [], ["freemail_recipient"],
    "CSV of serviced apartments with their front-desk numbers (businesses) to one private address",
    sender=DOMON,
    to=["eri.takanashi@icloud.com"],
    subject="仮住まい候補（サービスアパートメント）一覧",
    charset="utf-8",
    body=f"""小鳥遊さん

総務 土門です。ホテル以外の仮住まいをご希望とのことでしたので、
会社の法人契約があるサービスアパートメントを一覧にしました（CSV）。
1か月以上のご滞在ならこちらの方が割安です。気になる物件があれば
総務から空室を確認します。

{SIG_DOMON}
""",
    attachments=[{
        "kind": "csv", "name": "serviced_apartments_tokyo.csv", "encoding": "utf-8",
        "rows": [
            ["物件名", "所在地", "最寄駅", "代表電話", "1LDK月額(税込)", "最短契約"],
            ["レジデンス目黒テラス", "東京都目黒区目黒1-4-16", "目黒", "03-5434-7210", "398000", "1か月"],
            ["オークウッド風 自由が丘", "東京都目黒区自由が丘2-9-3", "自由が丘", "03-5701-2266", "425000", "1か月"],
            ["サービスレジデンス芝公園", "東京都港区芝公園2-3-11", "芝公園", "03-3436-8805", "452000", "2週間"],
            ["豊洲ベイサイドステイ", "東京都江東区豊洲5-6-29", "豊洲", "03-6910-3377", "376000", "1か月"],
            ["ステイ二子玉川", "東京都世田谷区玉川3-14-5", "二子玉川", "03-5797-4120", "389000", "1か月"],
        ],
    }])

# 042 — a forwarded mail (attached .eml) carrying a family's My Numbers, to the tax firm
add("stop", ["JP_MY_NUMBER", "PERSON_NAME"], ["personal_data"],
    "attached forwarded mail carries a family's My Numbers and goes to an outside tax firm",
    sender=AKITSU,
    to=["大庭 様 <ohba@minami-zeirishi.jp>"],
    subject="FW: 扶養控除等申告書の番号（小鳥遊）",
    charset="utf-8",
    body=f"""大庭様

秋津です。小鳥遊さんの年末調整分、ご本人から届いたメールをそのまま添付します。
配偶者の方は所得見込みが未定のため、確定しましたら改めてご連絡します。

{SIG_AKITSU}
""",
    attachments=[{
        "kind": "eml", "name": "扶養控除等申告書の番号.eml",
        "message": {
            "sender": "小鳥遊 絵里 <e.takanashi@hinode-sangyo.co.jp>",
            "to": ["秋津 玲奈 <r.akitsu@hinode-sangyo.co.jp>"],
            "subject": "扶養控除等申告書の番号",
            "charset": "iso-2022-jp",
            "body": f"""秋津さん

お世話になっております。小鳥遊です。
ご依頼の番号をお送りします。

私　　　{sp4(mn(6), '-')}
夫 誠　 {sp4(mn(7), '-')}
長女 結菜 {sp4(mn(8), '-')}

よろしくお願いします。
小鳥遊
""",
        },
    }])

# 043 — a corrupt PDF to the school
add("stop", [], ["unscannable_attachment"],
    "the attached PDF is corrupt: it cannot be inspected",
    sender=MAEKAWA,
    to=["聖和学園中学校 帰国生入試係 <kikoku@seiwa-gakuen.ac.jp>"],
    subject="Re: 健康診断書の再送について",
    charset="iso-2022-jp",
    body=f"""聖和学園中学校 帰国生入試係 御中

お世話になっております。日の出産業の前川です。
先ほどの添付が開けなかったとのこと、失礼いたしました。再送いたします。
こちらも開けない場合は、郵送に切り替えますのでお知らせください。

{SIG_MAEKAWA}
""",
    attachments=[{"kind": "corrupt", "name": "健康診断書_十河陽翔.pdf"}])

# 044 — the word 機密 as a service name, not a marking
add("pass", [], [],
    "asks about a 機密文書 shredding service: the word is a mention, not a classification",
    sender=DOMON,
    to=["青葉運輸 国際引越センター <kokusai@aoba-unyu.co.jp>"],
    subject="機密文書溶解サービスのオプションについて",
    charset="cp932",
    body=f"""青葉運輸 国際引越センター 御中

お世話になっております。日の出産業 総務部の土門です。
帰任者の搬出時に、現地で不要になった書類を処分したいという声が多く、
御社パンフレットにある「機密文書溶解サービス」をオプションとして
付けられるか検討しております。

・海外現地での回収は可能でしょうか（上海・バンコク）
・料金体系（箱単位／重量単位）
・溶解証明書の発行有無

お手すきの際にご教示ください。

{SIG_DOMON}

{DISC_JA}
""")

# 045 — a password-protected PDF to the tax firm
add("stop", [], ["unscannable_attachment"],
    "password-protected PDF attached: its content cannot be inspected",
    sender=AKITSU,
    to=["大庭 様 <ohba@minami-zeirishi.jp>"],
    subject="住民票の写し（九十九）送付",
    charset="iso-2022-jp",
    body=f"""大庭様

秋津です。九十九さんの転入後の住民票の写しをお送りします。
PDF にはいつものパスワードを設定しています。

{SIG_AKITSU}
""",
    attachments=[{
        "kind": "pdf", "name": "住民票_九十九.pdf", "password": "hinode2025",
        "lines": ["住民票の写し", "氏名 九十九 さやか", "住所 神奈川県相模原市南区相模大野5-9-14",
                  "前住所 タイ王国バンコク都", "住民となった日 令和7年12月3日"],
    }])

# 046 — a cost projection marked CONFIDENTIAL to the outside tax firm
add("stop", [], ["confidential_marking"],
    "subject and spreadsheet header carry a CONFIDENTIAL classification, sent outside",
    sender=SAIONJI,
    to=["Global Mobility Tax <gm-tax@harbortax.com>"],
    subject="[CONFIDENTIAL] Repatriation cost projection FY2026",
    charset="utf-8",
    body=f"""Dear Harbor Tax team,

Attached is our repatriation cost projection for FY2026 (classified CONFIDENTIAL).
Employees are anonymised by grade; please check the tax gross-up assumptions in column F
before our call on Thursday.

{SIG_SAIONJI_EN}
""",
    attachments=[{
        "kind": "xlsx", "name": "Repatriation_cost_FY2026.xlsx",
        "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
        "title": "Repatriation cost projection FY2026 (Confidential)",
        "sheets": {
            "Projection": [
                ["CONFIDENTIAL", "", "", "", "", ""],
                ["Case", "Host", "Grade", "Family size", "Moving (JPY)", "Tax gross-up (JPY)"],
                ["A", "US", "M2", 3, 2150000, 1480000],
                ["B", "DE", "M1", 3, 1980000, 1220000],
                ["C", "SG", "S3", 2, 1320000, 410000],
                ["D", "CN", "M2", 4, 1640000, 920000],
                ["Total", "", "", "", 7090000, 4030000],
            ],
        },
    }])

# 047 — one returnee's contact details to the relocation desk
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "one returnee's name, mobile and private e-mail to the relocation vendor: one person, may be warned",
    sender=YOSHINAGA,
    to=["リロケーションデスク <relo-desk@nr-relo.co.jp>"],
    subject="Re: 蔵前様 住宅ヒアリングのご連絡先",
    charset="utf-8",
    body=f"""リロケーションデスク 御中

吉永です。蔵前さんのご連絡先は以下です（ご本人了承済み）。
ロンドンとの時差がありますので、日本時間 17 時以降にお願いします。

　蔵前 由紀子 様
　携帯：+44 7700 900412
　メール：yukiko.kuramae@outlook.jp

{SIG_YOSHINAGA}
""")

# 048 — 【取扱注意】 classification on a mail to the mover
add("stop", [], ["confidential_marking"],
    "the mail is classified 【取扱注意】 in the subject and body header and goes outside",
    sender=SAIONJI,
    to=["星野 和也 <k.hoshino@aoba-unyu.co.jp>"],
    subject="【取扱注意】帰任日程の前倒しについて（東海林）",
    charset="iso-2022-jp",
    body=f"""＜取扱注意＞

星野様

お世話になっております。日の出産業の西園寺です。
上海の東海林の帰任が、社内事情により 11/15 から 11/1 に前倒しとなる見込みです。
正式発表前のため、現地法人および現地パートナー様以外には
まだご内密にお願いいたします。
搬出日程の再調整をご相談させてください。

{SIG_SAIONJI}
""")

# 049 — seminar organisation plus one spouse's gmail: only two external parties
add("pass", [], ["freemail_recipient"],
    "one organisation and one private free-mail address: two parties, not three; no personal data",
    sender=YOSHINAGA,
    to=["海外子女教育支援協会 セミナー事務局 <seminar@kaigaishijo.or.jp>"],
    cc=["chihiro.d@gmail.com"],
    subject="Re: 個別相談枠のご確認（11/15 セミナー）",
    charset="iso-2022-jp",
    body=f"""海外子女教育支援協会 セミナー事務局 御中
（Cc：百目鬼様）

お世話になっております。日の出産業の吉永です。
セミナー後の個別相談枠（12:15～12:45）に、百目鬼様のご家族をお願いいたします。
ご相談内容は中学入試（帰国生枠）の出願時期とのことです。
当日のURLは百目鬼様にも直接お送りいただけますと助かります。

{SIG_YOSHINAGA}
""")

# 050 — packing materials order with product codes
add("pass", [], [],
    "order of packing materials by product code, quantities and prices: business data only",
    sender=DOMON,
    to=["青葉運輸 資材センター <shizai@aoba-unyu.co.jp>"],
    subject="梱包資材の発注（帰任者向け・12月分）",
    charset="cp932",
    body=f"""青葉運輸 資材センター 御中

日の出産業 総務部の土門です。いつもお世話になっております。
下記の通り発注いたします。納品先は本社1F 総務倉庫です。

品番          品名                        数量   単価
BX-160-W      ダンボール 160サイズ(白)     200   ￥185
BX-120-W      ダンボール 120サイズ(白)     150   ￥142
PK-AIR-50     エアキャップ 50m巻            10   ￥2,480
TP-OPP-48     OPPテープ 48mm               60   ￥118
LB-INTL-EN    国際引越用ラベル(英)          5    ￥960

発注番号：HS-GA-2025-1187
納期：12/5（金）まで

{SIG_DOMON}
""")

# 051 — five children in blocks, full-width digits and 和暦, to a Japanese-language NPO
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "five children in one-record-per-block layout with 和暦 birth dates and parents' phones (full-width)",
    sender=MAEKAWA,
    to=["NPO法人ことばの森 日本語補習教室 <nihongo@kotoba-no-mori.or.jp>"],
    subject="冬期日本語補習教室 申込（日の出産業 社員子女5名）",
    charset="utf-8",
    body=f"""ＮＰＯ法人ことばの森
日本語補習教室 ご担当者様

お世話になっております。日の出産業株式会社 人事部の前川です。
冬期の日本語補習教室に、帰国した社員のお子さま5名の参加を申し込みます。

■１
　宍戸 蓮（ししど れん）　平成２６年１２月２日生　小５
　保護者連絡先　０９０－７３１２－５５８０
■２
　小鳥遊 結菜（たかなし ゆいな）　平成２８年３月２５日生　小３
　保護者連絡先　０８０－２２５７－９１４６
■３
　蔵前 碧（くらまえ あおい）　平成２３年１２月３日生　中２
　保護者連絡先　０７０－６６０１－３８２９
■４
　百目鬼 陸（どうめき りく）　平成２９年６月３０日生　小２
　保護者連絡先　０８０－５５３２－１０４７
■５
　東海林 樹（しょうじ いつき）　令和元年６月１５日生　年長
　保護者連絡先　０９０－２２１８－６６３０

費用は弊社へご請求ください。

{SIG_MAEKAWA}
""")

# 052 — tab-separated kana names of five spouses for seminar registration
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "tab-separated list of five spouses (kana names, phones, e-mail) to the seminar organiser",
    sender=YOSHINAGA,
    to=["海外子女教育支援協会 セミナー事務局 <seminar@kaigaishijo.or.jp>"],
    subject="11/15 セミナー 参加者登録",
    charset="utf-8",
    body="""セミナー事務局 御中

日の出産業の吉永です。当日のオンライン参加者（ご家族）を登録します。
個別にURLをお送りいただく場合は下記アドレスへお願いします。

フリガナ\t電話\tメール\t参加形態
トウカイリン ハルカ\t090-2218-6630\tharuka.shoji@yahoo.co.jp\tオンライン
ワクイ ミカ\t070-3341-9085\twakui.mika@yahoo.co.jp\tオンライン
ドウメキ チヒロ\t080-5532-1047\tchihiro.d@gmail.com\t会場
シシド カエデ\t+65 9172 3408\tkaede.shishido@gmail.com\tオンライン
ソゴウ マユミ\t090-6094-2287\tmayumi.sogo@gmail.com\t会場

吉永
""")

# 053 — generic tax-residency questions, English
add("pass", [], [],
    "general questions on residency rules and filing deadlines: no person's data",
    sender=AKITSU,
    to=["Global Mobility Tax <gm-tax@harbortax.com>"],
    subject="Questions - resident status on return and tax agent notification",
    charset="utf-8",
    body=f"""Dear Harbor Tax team,

A few general questions ahead of the FY2025 repatriations:

1. For an employee who returns on 20 October with the family following in January, does
   the employee become a resident from the day after arrival regardless of where the
   family lives?
2. When the employee keeps a rental property in Japan during the posting, should the
   納税管理人 (tax agent) notification be withdrawn on return, and by when?
3. Is a bonus paid in December for the period abroad treated as domestic-source income?

A short memo per question would be fine. Thank you.

Rena Akitsu
Tax Section, Accounting Dept., Hinode Sangyo Co., Ltd.
Tel +81-3-5472-8760

{DISC_EN}
""")

# 054 — look-alike of the partner IT vendor (letters swapped)
add("stop", [], ["lookalike_domain"],
    "recipient domain tsubasa-sytem.jp is a look-alike of partner tsubasa-system.jp",
    sender=YOSHINAGA,
    to=["ツバサシステム ヘルプデスク <helpdesk@tsubasa-sytem.jp>"],
    subject="帰任者のPCキッティング依頼（12月着任 2名）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社 ヘルプデスク御中

お世話になっております。日の出産業 人事部の吉永です。
12月に本社へ着任する帰任者2名分のPCキッティングをお願いいたします。

　・着任日：12/10、12/15
　・機種：標準ノートPC（営業部門構成）
　・アカウントは海外拠点のものを引き継ぎ

詳細は社内の申請番号 IT-REQ-2025-3342、3343 をご参照ください。

{SIG_YOSHINAGA}
""")

# 055 — look-alike of the partner law firm (.co.jp instead of .jp)
add("stop", [], ["lookalike_domain"],
    "recipient domain shirakawa-law.co.jp is a look-alike of partner shirakawa-law.jp",
    sender=SAIONJI,
    to=["白川法律事務所 <info@shirakawa-law.co.jp>"],
    subject="ご相談：帰任に伴う配偶者の在留資格変更について",
    charset="utf-8",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 人事部の西園寺です。
来春帰任予定の社員の配偶者（外国籍）が、日本で就労を希望されています。
家族滞在から就労可能な資格への変更について、一般的な流れと所要期間を
一度ご相談させていただけますでしょうか。
来週ご都合のよい日時をいくつかお知らせいただけますと幸いです。

{SIG_SAIONJI}
""")

# 056 — the general vaccination schedule to a spouse's yahoo address
add("pass", [], ["freemail_recipient"],
    "the public vaccination schedule (no individual's data) to one free-mail address",
    sender=MAEKAWA,
    to=["haruka.shoji@yahoo.co.jp"],
    subject="日本の定期予防接種スケジュール（ご参考）",
    charset="iso-2022-jp",
    body=f"""東海林 遥 様

人事部の前川です。お問い合わせの件、日本の定期接種の主なものを
年齢別にまとめました。海外で接種済みのものは母子手帳か英文証明で
かかりつけ医に確認してもらってください。

　・MR（麻しん風しん）　1期：1歳　2期：年長
　・日本脳炎　1期：3歳～　2期：9歳～
　・DT（二種混合）　11歳～
　・HPV　小6～高1相当の女子
　・BCG　1歳まで

自治体によって案内の時期が異なりますので、転入時に保健センターで
ご確認いただくのが確実です。

{SIG_MAEKAWA}
""")

# 057 — a returnee's depression, to an outside EAP counselling provider
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "a named returnee's depression diagnosis and medication sent to an outside EAP provider",
    sender=SAIONJI,
    to=["こころの相談センター 法人窓口 <care@kokoro-eap.co.jp>"],
    subject="カウンセリングのご紹介依頼（帰任者）",
    charset="cp932",
    body=f"""こころの相談センター 法人窓口 ご担当者様

日の出産業株式会社 人事部の西園寺です。EAP契約に基づきご相談いたします。

10月にジャカルタから帰任した百目鬼 剛（45歳）が、現地の精神科でうつ病と診断され、
抗うつ薬（セルトラリン）を服用中です。帰国後の継続的なカウンセリングと、
通院先のご紹介をお願いできますでしょうか。
ご本人の携帯（090-4427-3815）に直接ご連絡いただいて差し支えありません。

{SIG_SAIONJI}
""")

# 058 — contacts of three family members for delivery day
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three people's names and phones for delivery day: fewer than five, may be warned",
    sender=YOSHINAGA,
    to=["星野 和也 <k.hoshino@aoba-unyu.co.jp>"],
    subject="宍戸様 搬入当日の連絡先",
    charset="iso-2022-jp",
    body=f"""星野様

吉永です。1/9 の宍戸さん宅への搬入ですが、当日はご本人が出社のため
下記のどなたかが立ち会います。

　宍戸 楓（ご本人）　　　　　+65 9172 3408（1/5以降は 080-3927-6614）
　宍戸 直人（ご主人）　　　　090-1473-8802
　増渕 登美子（奥様のお母様）03-3644-5179

よろしくお願いいたします。

{SIG_YOSHINAGA}
""")

# 059 — PPTX seminar deck with a slide listing six families and phones
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "PPTX deck to the outside lecturer has a slide listing six families with mobiles",
    sender=YOSHINAGA,
    to=["海外子女教育支援協会 相談員 <soudan@kaigaishijo.or.jp>"],
    subject="11/15 セミナー資料（当社パート）の共有",
    charset="utf-8",
    body=f"""海外子女教育支援協会
相談員 小野寺様

お世話になっております。日の出産業の吉永です。
当日の当社パートの資料をお送りします。最後のページに体験談をお願いしている
ご家族の一覧を載せていますので、事前にご連絡いただく際にお使いください。

{SIG_YOSHINAGA}
""",
    attachments=[{
        "kind": "pptx", "name": "帰国子女教育セミナー_当社パート.pptx",
        "title": "帰国子女教育セミナー 2025",
        "slides": [
            ["帰国子女教育セミナー 2025", "日の出産業株式会社 人事部 海外人事グループ", "2025年11月15日"],
            ["会社の支援制度", "帰国生入試対策コース（法人契約）", "日本語補習教室の費用補助",
             "仮住まい最長60日", "配偶者の再就職支援プログラム"],
            ["年間スケジュール", "7月：帰任内示", "9月：学校見学・出願準備", "10～1月：帰国・編入"],
            ["体験談ご協力ご家族（連絡先）",
             "十河 真由美 様（マニラ→東京）090-6094-2287",
             "東海林 遥 様（上海→東京）090-2218-6630",
             "百目鬼 千尋 様（ジャカルタ→東京）080-5532-1047",
             "和久井 美香 様（デュッセルドルフ→川崎）070-3341-9085",
             "小鳥遊 誠 様（ロサンゼルス→東京）080-7720-4413",
             "蔵前 由紀子 様（ロンドン→東京）+44 7700 900412"],
        ],
    }])

# 060 — four attendees with phones to the seminar organiser
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "four venue attendees' names and phones: under five people, may be warned",
    sender=MAEKAWA,
    to=["海外子女教育支援協会 セミナー事務局 <seminar@kaigaishijo.or.jp>"],
    subject="会場参加者（日の出産業分）のお知らせ",
    charset="iso-2022-jp",
    body=f"""セミナー事務局 御中

日の出産業の前川です。11/15 の会場参加者は以下の4名です。
受付での本人確認用にお使いください。

・十河 真由美　090-6094-2287
・百目鬼 千尋　080-5532-1047
・安居院 奈央　080-4471-3356
・鬼頭 美咲　　070-2254-8813

{SIG_MAEKAWA}
""")


# 061 — legacy XLS: ten returnees' names and delivery addresses for invoice reconciliation
add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "XLS of ten returnees' names and home addresses sent to the mover for invoice checking",
    sender=AKITSU,
    to=["青葉運輸 経理課 <keiri@aoba-unyu.co.jp>"],
    subject="上期 国際引越代金の照合について",
    charset="cp932",
    body=f"""青葉運輸株式会社 経理課 御中

お世話になっております。日の出産業 経理部の秋津です。
上期（4～9月）の国際引越代金について、弊社側の実績一覧を添付します。
請求書と件数が1件合わないため、照合をお願いできますでしょうか。

{SIG_AKITSU}
""",
    attachments=[{
        "kind": "xls", "name": "上期帰任者_引越実績.xls",
        "sheets": {"上期実績": [
            ["No", "氏名", "搬入先", "搬入日", "区分"],
            [1, "饗庭 俊介", "東京都品川区大井4-11-7", "2025/04/12", "海上+航空"],
            [2, "神楽 恵美", "大阪府豊中市新千里東町2-5-9-801", "2025/04/26", "航空"],
            [3, "栗花落 隆", "愛知県名古屋市名東区一社3-44", "2025/05/10", "海上"],
            [4, "阿久津 光", "東京都調布市国領町8-2-15", "2025/05/24", "海上+航空"],
            [5, "久我 直樹", "神奈川県藤沢市辻堂東海岸2-6-3", "2025/06/07", "海上"],
            [6, "左右田 彩", "東京都文京区千石1-23-4-602", "2025/06/21", "航空"],
            [7, "一口 徹", "京都府京都市左京区下鴨本町19", "2025/07/05", "海上+航空"],
            [8, "薬師寺 花", "兵庫県西宮市甲子園口5-8-12", "2025/07/19", "海上"],
            [9, "御手洗 誠司", "埼玉県川口市並木2-17-1", "2025/08/30", "海上+航空"],
            [10, "芥川 淳", "千葉県浦安市美浜3-9-6-1104", "2025/09/13", "航空"],
        ]},
    }])

# 062 — one child's vaccination history (dates only) to the transfer school
add("either", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "one child's vaccination dates to a school: health-related, but no diagnosis; officers may differ",
    sender=MAEKAWA,
    to=["緑ヶ丘市立東小学校 保健室 <hoken@higashi-es.midorigaoka.ed.jp>"],
    subject="予防接種歴のご提出（4年 宍戸 莉奈さん）",
    charset="utf-8",
    body=f"""緑ヶ丘市立東小学校
養護教諭 坂上先生

日の出産業 人事部の前川です。保健調査票の予防接種欄について、
シンガポールの接種記録を日本の区分に置き換えたものをお送りします。

宍戸 莉奈（2016年1月18日生）
　・DTaP-IPV-Hib：2016/03、2016/05、2016/07、2017/07
　・MMR：2017/01、2021/02
　・水痘：2017/04、2021/02
　・日本脳炎：未接種（帰国後に接種予定）
　・BCG：2016/01

原本（英文）はご家族が初登校日に持参します。

{SIG_MAEKAWA}
""")

# 063 — a spouse's CV (DOCX) mentioning a disability certificate, to the career agency
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS", "EMAIL_ADDRESS"],
    ["personal_data"],
    "a spouse's CV with contact details and a physical-disability certificate grade, to a recruiter",
    sender=MAEKAWA,
    to=["キャリアブリッジ 配偶者支援窓口 <spouse-support@careerbridge.co.jp>"],
    subject="職務経歴書の送付（十河 真由美様）",
    charset="utf-8",
    body=f"""キャリアブリッジ 配偶者支援窓口
担当 井上様

お世話になっております。日の出産業の前川です。
十河 真由美様の職務経歴書をお預かりしましたので、お送りいたします。
障害者雇用枠も含めてご紹介いただきたいとのご希望です。

{SIG_MAEKAWA}
""",
    attachments=[{
        "kind": "docx", "name": "職務経歴書_十河真由美.docx",
        "paragraphs": [
            "職務経歴書",
            "2025年10月20日現在",
            "氏名：十河 真由美（そごう まゆみ）",
            "生年月日：1985年2月6日",
            "住所：埼玉県さいたま市浦和区常盤6-3-28",
            "電話：090-6094-2287　メール：mayumi.sogo@gmail.com",
            "【職務経歴】2007年4月～2015年3月　医療法人 清和会 医療事務（受付・レセプト業務）",
            "2016年～2025年　フィリピン在住（帯同）。日本人会にて会計ボランティア",
            "【資格】医療事務技能審査試験（メディカルクラーク）、日商簿記2級",
            "【その他】身体障害者手帳 4級（右下肢機能障害）。長時間の立ち仕事は難しいため、座り作業を希望します。",
        ],
    }])

# 064 — internal only: a password ZIP between HR and payroll
add("pass", [], [],
    "password ZIP, but every recipient is internal",
    sender=AKITSU,
    to=["給与チーム <kyuyo@hinode-sangyo.co.jp>"],
    subject="帰任者 現地給与明細（10月分）",
    charset="iso-2022-jp",
    body=f"""給与チーム各位

秋津です。10月帰任者の現地給与明細をまとめて送ります。
パスワードはTeamsで別途お伝えします。

{SIG_AKITSU}
""",
    attachments=[{
        "kind": "zip", "name": "現地給与明細_202510.zip", "password": "Kyuyo-2510",
        "files": [{"kind": "csv", "name": "payslips.csv", "encoding": "utf-8",
                   "rows": [["emp_no", "month", "gross_local"], ["H10482", "2025-10", "IDR 58,200,000"]]}],
    }])

# 065 — English: a foreign spouse's residence card and passport to the partner law firm
add("stop", ["JP_RESIDENCE_CARD", "JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a spouse's residence card number and passport number to the law firm (partner domain, correct)",
    sender=SAIONJI,
    to=["Shirakawa Law Office <immigration@shirakawa-law.jp>"],
    subject="Change of status application - spouse of Mr. Hozumi",
    charset="utf-8",
    body=f"""Dear Ms. Hattori,

Thank you for taking on the application for Mrs. Hozumi. The details you asked for:

  Name:                 NGUYEN THI LAN (married name Hozumi Lan)
  Date of birth:        1990-09-14
  Nationality:          Viet Nam
  Passport no.:         C4821937 (exp. 2033-04-10)
  Residence card no.:   UH48203917GA (Dependent, issued at Narita on 2026-02-01)

She has received a job offer as a part-time interpreter and would like to apply for a
change to Engineer/Specialist in Humanities/International Services. Her husband's
certificate of employment will be sent by post.

{SIG_SAIONJI_EN}
""")

# 066 — new text of a reply adds a child's ADHD diagnosis
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "the new text of a reply gives a named pupil's ADHD diagnosis and medication to the school",
    sender=MAEKAWA,
    to=["聖和学園中学校 スクールカウンセラー 野々村先生 <nonomura@seiwa-gakuen.ac.jp>"],
    subject="Re: 編入後の面談について",
    charset="iso-2022-jp",
    body=f"""野々村先生

ご連絡ありがとうございます。日の出産業の前川です。
ご家族から、事前にお伝えしておいてほしいと頼まれたことがございます。

陽翔くんはマニラで注意欠如・多動症（ADHD）と診断されており、
現在もコンサータを毎朝服用しています。授業中に席を立ってしまうことがあるため、
現地校では前方の席にしてもらっていたそうです。
面談の際に、このあたりもご相談させていただければ幸いです。

前川

-----Original Message-----
From: 野々村 <nonomura@seiwa-gakuen.ac.jp>
Sent: Wednesday, November 5, 2025 4:12 PM
Subject: 編入後の面談について

日の出産業株式会社
前川様

十河陽翔さんの編入にあたり、保護者の方と担任・カウンセラーの面談を
11/20 頃に設けたいと考えております。ご都合を伺えますでしょうか。
""")

# 067 — reply quoting the clinic's note (with a diagnosis); new text only confirms a slot
add("pass", [], [],
    "new text only confirms a time; the clinic's note with the diagnosis is quoted (On … wrote:)",
    sender=MAEKAWA,
    to=["あおい国際クリニック 受付 <reception@aoi-intl-clinic.jp>"],
    subject="Re: 初診のご案内",
    charset="utf-8",
    body=f"""あおい国際クリニック 受付ご担当者様

承知いたしました。10/20（月）15:00 でご家族にお伝えします。
当日は英文レターと吸入薬の現物をお持ちいただくよう申し添えます。

前川

On Tue, 14 Oct 2025 at 10:02, あおい国際クリニック <reception@aoi-intl-clinic.jp> wrote:
> 日の出産業 前川様
>
> 鬼頭芽依さん（9歳）の初診について、小児科 佐伯医師の外来をご案内します。
> 気管支喘息の継続治療（フルチカゾン吸入）とのことですので、当日は呼吸機能検査を
> 行います。候補：10/20（月）15:00、10/22（水）10:30
""")

# 068 — three schools open in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three schools (three organisations) can see each other in To: should have been Bcc",
    sender=MAEKAWA,
    to=["聖和学園中学校 入試広報 <koho@seiwa-gakuen.ac.jp>",
        "東都国際高等学校 入試部 <nyushi@toto-kokusai.ed.jp>",
        "武蔵台学院 入試広報室 <koho@musashidai-gakuin.ed.jp>"],
    subject="帰国生の編入学受け入れ状況についてのお問い合わせ",
    charset="iso-2022-jp",
    body=f"""各校 入試ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の前川と申します。
弊社では毎年10～20名程度の社員子女が海外から帰国しており、
帰国生の受け入れについて情報を整理しております。

・年度途中の編入学の可否と時期
・編入試験の科目（英語のみ／国数英 など）
・日本語指導などの支援体制

資料をお送りいただけるようでしたら、下記の送付先までお願いいたします。

{SIG_MAEKAWA}
""")

# 069 — My Numbers in full-width digits, without a label, to the labour consultant
add("stop", ["JP_MY_NUMBER", "PERSON_NAME"], ["personal_data"],
    "children's My Numbers written in full-width digits without a label, to an outside 社労士",
    sender=YOSHINAGA,
    to=["社会保険労務士法人はなみずき 芦田様 <ashida@hanamizuki-sr.jp>"],
    subject="東海林さん 被扶養者異動届の件",
    charset="utf-8",
    body=f"""芦田様

吉永です。東海林さんの被扶養者（お子さま3名）の追加、下記でお願いします。
奥様分は先日お送りした通りです。

長男　東海林 湊　　{fw(sp4(mn(9), '　'))}
長女　東海林 紬　　{fw(sp4(mn(10), '　'))}
次男　東海林 樹　　{fw(sp4(mn(11), '　'))}

{SIG_YOSHINAGA}
""")

# 070 — internal only: a 社外秘 regulation draft
add("pass", [], [],
    "marked 社外秘, but all recipients are internal",
    sender=SAIONJI,
    to=["人事部 管理職 <jinji-mgr@hinode-sangyo.co.jp>"],
    subject="【社外秘】帰任者処遇規程 改定案（第2版）",
    charset="iso-2022-jp",
    body=f"""部長、課長各位

西園寺です。帰任者処遇規程の改定案（第2版）を添付します。
前回のご指摘を反映し、仮住まい期間と子女教育補助の上限を見直しました。
11/10 の部会でご審議ください。

{SIG_SAIONJI}
""",
    attachments=[{
        "kind": "docx", "name": "帰任者処遇規程_改定案_v2.docx", "page_header": "社外秘",
        "paragraphs": ["帰任者処遇規程（改定案）", "第3条 仮住まい 最長60日（現行30日）",
                       "第7条 子女教育補助 帰国生入試対策費 年額30万円を上限とする"],
    }])

# 071 — English: an employee gives her card number to the international mover
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a credit card number and expiry sent in clear to an international mover",
    sender="Eri Takanashi <e.takanashi@hinode-sangyo.co.jp>",
    to=["Janet Ruiz <janet.ruiz@pacificcrown-relo.com>"],
    subject="Re: Extra storage charges - Takanashi",
    charset="utf-8",
    body=f"""Hi Janet,

Thanks for letting me know. The extra two weeks of storage are not covered by my company,
so please charge them to my personal card:

Card: {cc(2)}
Exp: 11/28
Name on card: ERI TAKANASHI

Please send the receipt to this address.

Eri

> Dear Ms. Takanashi, the storage beyond 30 days (USD 420) is outside the
> corporate authorization. How would you like to settle it?
""")

# 072 — four families' contacts in blocks: under the threshold
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "four returnees' contact blocks (phone, emergency address) to the housing agent: under five, may be warned",
    sender=DOMON,
    to=["住まいサポート 社宅管理課 <shataku@sumai-support.co.jp>"],
    subject="1月入居予定者の連絡先",
    charset="cp932",
    body=f"""住まいサポート 社宅管理課 御中

土門です。1月に借上社宅へ入居予定の4名の連絡先です。
鍵渡しの日程調整にお使いください。

【1】宍戸 楓
　　携帯：080-3927-6614
　　国内緊急連絡先：東京都江戸川区西葛西6-15-2（実家）
【2】八月朔日 亮
　　携帯：090-5183-2276
　　国内緊急連絡先：静岡県静岡市葵区安東2-9-31
【3】蔵前 由紀子
　　携帯：080-6619-0432
　　国内緊急連絡先：東京都府中市若松町1-40-8
【4】和久井 慎也
　　携帯：070-2846-5501
　　国内緊急連絡先：神奈川県川崎市宮前区鷺沼1-12-5-406

{SIG_DOMON}
""")

# 073 — CSV of international schools (businesses) to the relocation desk
add("pass", [], [],
    "list of international schools with main numbers and admissions addresses: businesses, not people",
    sender=MAEKAWA,
    to=["リロケーションデスク <relo-desk@nr-relo.co.jp>"],
    subject="都内インターナショナルスクール一覧（物件探しのエリア参考）",
    charset="utf-8",
    body=f"""リロケーションデスク 御中

前川です。インター校への通学を希望するご家族が2組いるため、
物件探しの参考に学校の一覧をお送りします。

{SIG_MAEKAWA}
""",
    attachments=[{
        "kind": "csv", "name": "international_schools_tokyo.csv", "encoding": "cp932",
        "rows": [
            ["学校名", "所在地", "代表電話", "入学窓口", "学年"],
            ["Tokyo Bayview International School", "東京都港区白金台2-14-3", "03-5447-1180", "admissions@tbis.ac.jp", "K-12"],
            ["Setagaya Green International School", "東京都世田谷区用賀4-7-22", "03-3708-5521", "office@sgis.ed.jp", "K-8"],
            ["Meguro Hills Academy", "東京都目黒区中町1-25-9", "03-3719-0064", "enrol@meguro-hills.ac.jp", "PreK-12"],
            ["Koto Riverside International School", "東京都江東区東雲1-9-18", "03-6457-2210", "info@kris.ed.jp", "K-10"],
            ["Kichijoji Forest School", "東京都武蔵野市吉祥寺東町3-12-1", "0422-21-7743", "admissions@kfs.ac.jp", "1-12"],
        ],
    }])

# 074 — a forward (転送) of the old mover's roster to the new mover
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "forward of a roster of five returnees (addresses, phones) to another mover: forwarded text counts",
    sender=DOMON,
    to=["グローブムーヴ 法人営業部 <sales@globemove.co.jp>"],
    subject="転送: 12月～1月 帰任者 搬入予定一覧",
    charset="utf-8",
    body=f"""グローブムーヴ株式会社
法人営業部 ご担当者様

日の出産業の土門です。
12月以降の案件を御社へ切り替えるにあたり、前の業者さんから届いていた
予定一覧をそのまま転送いたします。内容をご確認ください。

---------- Forwarded message ---------
From: 青葉運輸 国際引越センター <kokusai@aoba-unyu.co.jp>
Date: 2025年11月4日(火) 17:40
Subject: 12月～1月 帰任者 搬入予定一覧
To: 土門 健吾 <k.domon@hinode-sangyo.co.jp>

土門様

12月～1月の搬入予定です。ご確認ください。

1. 九十九 さやか様　神奈川県相模原市南区相模大野5-9-14　080-3307-1954　12/6
2. 和久井 慎也様　　神奈川県川崎市宮前区鷺沼1-12-5-406　070-2846-5501　12/14
3. 宍戸 楓様　　　　東京都江東区豊洲4-2-7-1208　　　　　080-3927-6614　1/9
4. 八月朔日 亮様　　東京都大田区田園調布2-31-4　　　　　090-5183-2276　1/17
5. 蔵前 由紀子様　　東京都府中市若松町1-40-8　　　　　　080-6619-0432　1/24

青葉運輸株式会社 国際引越センター
""")

# 075 — DOCX handbook stamped 部外秘 sent to a translation company
add("stop", [], ["confidential_marking"],
    "DOCX stamped 部外秘 in its header sent to an outside translator",
    sender=MAEKAWA,
    to=["ことのは翻訳 プロジェクト窓口 <project@kotonoha-trans.co.jp>"],
    subject="翻訳のご依頼：帰任者ハンドブック（和→英）",
    charset="iso-2022-jp",
    body=f"""ことのは翻訳株式会社
プロジェクト窓口 御中

お世話になっております。日の出産業 人事部の前川です。
外国籍配偶者向けに、帰任者ハンドブックの英訳をお願いしたく、原稿を添付いたします。
約 12,000 字、納期は 12/12 を希望します。お見積をお願いいたします。

{SIG_MAEKAWA}
""",
    attachments=[{
        "kind": "docx", "name": "帰任者ハンドブック_2025.docx", "page_header": "部外秘",
        "page_footer": "日の出産業株式会社 人事部 海外人事グループ",
        "paragraphs": [
            "帰任者ハンドブック 2025年版",
            "1. 帰任内示から着任まで",
            "2. 引越し（会社負担の範囲、一時保管）",
            "3. 住まい（借上社宅、仮住まい最長60日）",
            "4. お子さまの学校（公立校編入、帰国生入試、補習費用の補助）",
            "5. 配偶者の方へ（再就職支援プログラム、在留資格）",
            "6. 税金・社会保険（居住者となる日、年末調整）",
        ],
    }])

# 076 — a child's detention abroad, consulted with the partner law firm
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "a named child's arrest/detention abroad (criminal matter) sent to the law firm",
    sender=SAIONJI,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="ご相談（帰任予定社員のご子息の件）",
    charset="cp932",
    body=f"""白川先生

いつもお世話になっております。日の出産業の西園寺です。
内密のご相談で恐縮ですが、上海から帰任予定の東海林の長男 湊さん（14歳）が、
先月、現地の商業施設で万引きの疑いにより公安に一時拘束されました。
その日のうちに保護者に引き渡され、罰金で処理されたと聞いております。

来春の高校入試（帰国生枠）の出願書類や、日本での記録への影響について、
ご家族に説明できるよう見解をいただけますでしょうか。

{SIG_SAIONJI}
""")

# 077 — seminar survey: aggregate figures only
add("pass", [], [],
    "seminar survey aggregates (counts and percentages): no individual's data",
    sender=YOSHINAGA,
    to=["海外子女教育支援協会 セミナー事務局 <seminar@kaigaishijo.or.jp>"],
    subject="11/15 セミナー アンケート集計結果の共有",
    charset="utf-8",
    body=f"""セミナー事務局 御中

吉永です。先日はありがとうございました。
参加者アンケート（回答 27 件）の集計を添付いたします。
次回に向けた改善点のご相談をさせてください。

{SIG_YOSHINAGA}
""",
    attachments=[{
        "kind": "xlsx", "name": "アンケート集計_20251115.xlsx",
        "sheets": {
            "集計": [
                ["帰国子女教育セミナー アンケート集計（回答27件）"],
                ["設問", "とても良い", "良い", "普通", "不満", "満足度"],
                ["全体の満足度", 14, 9, 3, 1, "85%"],
                ["編入手続きの説明", 12, 10, 4, 1, "81%"],
                ["帰国生入試の説明", 17, 7, 2, 1, "89%"],
                ["体験談", 19, 6, 2, 0, "93%"],
            ],
            "自由記述（抜粋）": [
                ["コメント"],
                ["公立中学の編入時期がよく分かった"],
                ["個別相談の時間をもっと長くしてほしい"],
            ],
        },
    }])

# 078 — fixed-width text file: five returnees' tax agents and their addresses
add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "text attachment listing five returnees with their tax agents' names and home addresses",
    sender=AKITSU,
    to=["大庭 様 <ohba@minami-zeirishi.jp>"],
    subject="納税管理人の届出状況（帰任者5名）",
    charset="iso-2022-jp",
    body=f"""大庭様

秋津です。帰任者5名の納税管理人届出の状況を一覧にしました（txt）。
帰国後の「納税管理人の解任届」の提出要否をご確認ください。

{SIG_AKITSU}
""",
    attachments=[{
        "kind": "txt", "name": "納税管理人一覧.txt", "encoding": "cp932",
        "text": """帰任者 納税管理人届出一覧（2025/11/10 現在）

氏名            出国日       帰国日       納税管理人      納税管理人住所
--------------- ------------ ------------ --------------- ----------------------------------------
百目鬼 剛       2021/04/03   2025/10/20   百目鬼 正造     長野県松本市蟻ケ崎2-4-11
小鳥遊 絵里     2022/07/16   2025/11/01   小鳥遊 和子     東京都八王子市めじろ台3-28-5
東海林 浩二     2020/10/10   2025/11/15   東海林 勝       山形県山形市香澄町1-9-14
九十九 さやか   2023/01/08   2025/12/01   九十九 伸一     神奈川県平塚市紅谷町6-2
和久井 慎也     2021/09/25   2025/12/10   和久井 節子     千葉県船橋市本町4-33-20-305
""",
    }])

# 079 — look-alike of the own domain (hyphen dropped) with a family's contacts
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "recipient hinodesangyo.co.jp is a look-alike of the own domain (hyphen dropped); carries contacts",
    sender=SAIONJI,
    to=["久我 颯 <h.kuga@hinodesangyo.co.jp>"],
    subject="宍戸さん一家 帰国便と到着後の連絡先",
    charset="utf-8",
    body=f"""久我さん

お疲れさまです。西園寺です。
宍戸さん一家の帰国便が確定しました。SQ638 1/5 着です。
到着後の連絡先は以下とのことなので、現地での最終確認をお願いします。

　宍戸 楓　 080-3927-6614
　宍戸 直人 090-1473-8802
　宍戸 蓮　 080-4402-1175（本人用スマホ）

{SIG_SAIONJI}
""")

# 080 — a child's latent tuberculosis infection and treatment, to the school nurse
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "a named child's positive TB test and ongoing treatment sent to the school",
    sender=MAEKAWA,
    to=["町田市立南第二小学校 養護教諭 <yogo@minami2-es.machida.ed.jp>"],
    subject="転入児童の健康状態についてのご連絡",
    charset="iso-2022-jp",
    body=f"""町田市立南第二小学校
養護教諭 先生

日の出産業株式会社 人事部の前川です。
11月に転入した百目鬼 陸さん（2年生）について、保護者の依頼でご連絡いたします。

ジャカルタでの帰国前検査でIGRA（結核の血液検査）が陽性となり、
潜在性結核感染症としてイソニアジドを9か月間服用する治療を受けています。
主治医からは、他者への感染性はなく通常の学校生活に支障はないと言われています。
服薬は朝自宅で行いますので、学校での対応は不要とのことです。

何かございましたらご連絡ください。

{SIG_MAEKAWA}
""")


# 081 — a child's egg allergy told to the partner hotel for breakfast
add("either", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "a named child's egg allergy to the hotel kitchen: health data of one person, but routine and for their benefit",
    sender=DOMON,
    to=["さくらホテル 法人予約センター <corporate@sakura-hotel.jp>"],
    subject="Re: ご予約確認（確認番号 SH-7720418）朝食について",
    charset="iso-2022-jp",
    body=f"""さくらホテル 法人予約センター 御中

日の出産業 総務部の土門です。
11/30 からご宿泊の九十九様ですが、お子さまの蓮くん（10歳）に
卵アレルギーがあり、朝食ビュッフェで卵を使わないメニューを
ご用意いただけるか確認させてください（エピペンは本人が携帯しています）。

{SIG_DOMON}
""")

# 082 — English withdrawal confirmation to an international school
add("pass", [], [],
    "withdrawal notice to a school abroad naming only the employee; no personal data of the children",
    sender=KUGA_SG,
    to=["Admissions Office <admissions@lionsgate-intl.edu.sg>"],
    subject="Withdrawal notice - children of Ms. Kaede Shishido",
    charset="utf-8",
    body=f"""Dear Admissions Office,

On behalf of our employee Ms. Kaede Shishido, I would like to confirm that her two children
will withdraw from Lionsgate International School at the end of Term 4 (last day of attendance:
12 December 2025), as the family relocates to Tokyo.

Could you please prepare the following for the family:
- Letters of enrolment / transfer certificates
- Final report cards
- Refund statement for the Term 1 2026 deposit (invoice LIS-INV-2025-30871)

The company will settle any outstanding fees. Thank you.

{SIG_KUGA_EN}
""")

# 083 — internal: a list of returnee families' passport numbers
add("pass", ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], [],
    "passport numbers of several family members, but the mail stays internal",
    sender=YOSHINAGA,
    to=["総務部 旅行手配 <travel@hinode-sangyo.co.jp>"],
    subject="帰国便手配用 旅券情報（12月帰任分）",
    charset="iso-2022-jp",
    body=f"""総務部 旅行手配ご担当各位

吉永です。12月帰任分の帰国便の発券用に、旅券情報をお送りします。

氏名（ローマ字）      生年月日     旅券番号
-----------------------------------------------
TSUKUMO SAYAKA        1988-01-27   TK2290174
TSUKUMO REN           2015-03-09   TR8830215
WAKUI SHINYA          1983-10-02   MZ5517320
WAKUI MIKA            1985-05-16   MZ5517321
WAKUI SOTA            2018-01-09   TS1046682

{SIG_YOSHINAGA}
""")

# 084 — internal HTML-only mail with the spouses' phones
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "HTML table of six spouses' phones, but every recipient is internal",
    sender=MAEKAWA,
    to=["吉永 航 <w.yoshinaga@hinode-sangyo.co.jp>", "西園寺 真理 <m.saionji@hinode-sangyo.co.jp>"],
    subject="配偶者支援プログラム 連絡網（社内用）",
    charset="utf-8",
    html="""<html><body>
<p>吉永さん、西園寺さん</p>
<p>配偶者支援プログラムの連絡網を作りました。社内用です。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>社員</th><th>配偶者</th><th>携帯</th></tr>
<tr><td>十河 大輔</td><td>十河 真由美</td><td>090-6094-2287</td></tr>
<tr><td>東海林 浩二</td><td>東海林 遥</td><td>090-2218-6630</td></tr>
<tr><td>百目鬼 剛</td><td>百目鬼 千尋</td><td>080-5532-1047</td></tr>
<tr><td>和久井 慎也</td><td>和久井 美香</td><td>070-3341-9085</td></tr>
<tr><td>小鳥遊 絵里</td><td>小鳥遊 誠</td><td>080-7720-4413</td></tr>
<tr><td>八月朔日 亮</td><td>八月朔日 ラン</td><td>070-8815-2093</td></tr>
</table>
<p>前川</p>
</body></html>""")

# 085 — mover and hotel (two partner organisations), one employee's mobile
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["multiple_external_domains", "personal_data"],
    "two external organisations in To (mover and hotel) and one employee's mobile: normal three-way mail",
    sender=DOMON,
    to=["星野 和也 <k.hoshino@aoba-unyu.co.jp>", "さくらホテル 法人予約センター <corporate@sakura-hotel.jp>"],
    subject="11/29 チェックアウト時の手荷物引き取りについて（東海林様）",
    charset="utf-8",
    body=f"""青葉運輸 星野様
さくらホテル 法人予約センター ご担当者様

日の出産業 総務部の土門です。
11/29 に東海林様ご家族がホテルをチェックアウトされる際、スーツケース類（8個程度）を
青葉運輸さんに引き取っていただき、同日午後に練馬の新居へ搬入する段取りです。

・引き取り時間：11/29 10:30 ごろ、ホテル1F ベルデスク前
・当日のご本人連絡先：東海林 浩二様 090-5521-0386

ホテル様には、チェックアウト後の荷物の一時お預かりをお願いできますと幸いです。

{SIG_DOMON}
""")

# 086 — PDF guide with public information to an iCloud address
add("pass", [], ["freemail_recipient"],
    "a PDF of general returnee-exam information to one private address: no personal data",
    sender=MAEKAWA,
    to=["makoto.tkns@icloud.com"],
    subject="帰国生入試ガイド（2026年度版）",
    charset="utf-8",
    body=f"""小鳥遊 誠 様

人事部の前川です。先日お話しした帰国生入試のまとめ資料をお送りします。
各校の日程は変更されることがありますので、最新情報は学校のサイトで
ご確認ください。

{SIG_MAEKAWA}
""",
    attachments=[{
        "kind": "pdf", "name": "帰国生入試ガイド_2026.pdf", "title": "帰国生入試ガイド 2026",
        "lines": [
            "帰国生入試ガイド（2026年度）　日の出産業株式会社 人事部",
            "1. 出願資格の目安：海外在住2年以上、帰国後1～3年以内",
            "2. 主な試験形態：作文（日本語/英語）、面接、算数・国語の基礎",
            "3. 必要書類：海外在留証明書（会社発行）、在籍証明書、成績証明書",
        ],
        "table": [
            ["学校", "出願期間", "試験日", "試験科目"],
            ["聖和学園中学校", "11/20-12/5", "12/14", "作文・面接"],
            ["東都国際高等学校", "12/1-12/12", "1/10", "英・数・面接"],
            ["武蔵台学院中学校", "11/25-12/8", "12/20", "国・算・面接"],
        ],
    }])

# 087 — cost comparison of relocation vendors (business data)
add("pass", [], [],
    "spreadsheet comparing vendors' fees: business data, no person",
    sender=DOMON,
    to=["リロケーションデスク <relo-desk@nr-relo.co.jp>"],
    subject="Re: 仮住まい・家具レンタル 費用比較のご確認",
    charset="iso-2022-jp",
    body=f"""リロケーションデスク 御中

土門です。比較表ありがとうございました。
弊社で単価を追記したものをお戻しします。家具レンタルは B 案で進めたいと思います。

{SIG_DOMON}
""",
    attachments=[{
        "kind": "xlsx", "name": "仮住まい費用比較_rev2.xlsx",
        "sheets": {
            "比較": [
                ["仮住まい・家具レンタル 費用比較（1件あたり・税抜）"],
                ["項目", "A案", "B案", "C案", "備考"],
                ["サービスアパートメント 30日", 398000, 376000, 425000, "1LDK"],
                ["家具家電レンタル 3か月", 185000, 142000, 168000, "単身セット"],
                ["家具家電レンタル 3か月（家族）", 296000, 238000, 270000, "4人家族"],
                ["手配手数料", 30000, 25000, 0, ""],
            ],
        },
    }])

# 088 — English reply; a My Number appears only in the quoted earlier mail
add("pass", [], [],
    "new text answers a question; the My Number is only in the quoted original message",
    sender=AKITSU,
    to=["Global Mobility Tax <gm-tax@harbortax.com>"],
    subject="RE: Year-end adjustment - Ms. Tsukumo",
    charset="utf-8",
    body=f"""Hi Daniel,

Thanks. Yes, please go ahead and file on the basis of the December arrival; the company
will issue the withholding slip for the domestic salary only. I will confirm the bonus
amount by Friday.

Rena

-----Original Message-----
From: Rena Akitsu <r.akitsu@hinode-sangyo.co.jp>
Sent: Tuesday, December 9, 2025 11:02 AM
To: Global Mobility Tax <gm-tax@harbortax.com>
Subject: Year-end adjustment - Ms. Tsukumo

Hi Daniel,

For the year-end adjustment of Ms. Sayaka Tsukumo (arrived 1 December), her individual
number is {mn(12)}. Please treat her as a resident from 2 December.

Rena
""")

# 089 — seminar invitation correctly sent Bcc
add("pass", [], ["freemail_recipient"],
    "invitation to many families' private addresses correctly in Bcc (To is the sender): nobody sees the others",
    sender=YOSHINAGA,
    to=["吉永 航 <w.yoshinaga@hinode-sangyo.co.jp>"],
    bcc=["t.doumeki.family@gmail.com", "eri.takanashi@icloud.com", "haruka.shoji@yahoo.co.jp",
         "wakui.mika@yahoo.co.jp", "kaede.shishido@gmail.com", "mayumi.sogo@gmail.com",
         "hozumi.r@icloud.com", "nao.aguin.family@gmail.com"],
    subject="【再送】帰国子女教育セミナー Teams URL のご案内",
    charset="iso-2022-jp",
    body=f"""帰任予定・帰任後のご家族の皆さま
（Bccにて一斉にお送りしています）

日の出産業 人事部の吉永です。
11/15（土）10:00 からのセミナーの Teams URL をお送りします。

　https://teams.example.invalid/meet/hinode-kikoku-1115

開始10分前から入室できます。カメラはオフでも構いません。

{SIG_YOSHINAGA}
""")

# 090 — invoice query with the mover's T-number (corporate, not personal)
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "the mover's invoice registration number (法人番号-based T-number) and invoice numbers: business data",
    sender=AKITSU,
    to=["青葉運輸 経理課 <keiri@aoba-unyu.co.jp>"],
    subject="ご請求書の登録番号について（請求書No. AU-2510-0392）",
    charset="cp932",
    body=f"""青葉運輸株式会社 経理課 御中

日の出産業 経理部の秋津です。
10月分のご請求書（No. AU-2510-0392、金額 3,482,600円）を拝受しました。
適格請求書発行事業者の登録番号が T{corp_number('011001047215')} と記載されていますが、
前回までのご請求書と異なるようです。どちらが正しいかご確認いただけますでしょうか。
支払予定日は11月28日です。

{SIG_AKITSU}
""")

# 091 — a seminar registration confirmation to the registrant's own gmail
add("pass", [], ["freemail_recipient"],
    "confirmation sent to the registrant's own free-mail address: only her own name, no other data",
    sender=YOSHINAGA,
    to=["十河 真由美 <mayumi.sogo@gmail.com>"],
    subject="セミナーお申込みありがとうございます（受付番号 KS-1115-018）",
    charset="utf-8",
    body=f"""十河 真由美 様

帰国子女教育セミナーへのお申込みありがとうございます。
下記のとおり受け付けました。

　受付番号：KS-1115-018
　参加形態：会場（本社 8F 大会議室）
　個別相談：希望あり（12:15～）

当日は受付でお名前をお伝えください。

{SIG_YOSHINAGA}
""")

# 092 — XLSX with one sheet per family (five families) to the relocation desk
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "XLSX with one sheet per family: well over five people with birth dates, phones and addresses",
    sender=DOMON,
    to=["リロケーションデスク <relo-desk@nr-relo.co.jp>"],
    subject="家族構成シート（1月～3月帰任 5家族）",
    charset="utf-8",
    body=f"""リロケーションデスク 御中

土門です。物件探しの条件整理のため、家族構成シートをお送りします。
お子さまの年齢から学区の優先度をご判断ください。

{SIG_DOMON}
""",
    attachments=[{
        "kind": "xlsx", "name": "家族構成シート_1-3月帰任.xlsx",
        "sheets": {
            "宍戸家": [["宍戸家（シンガポール→東京）"], ["続柄", "氏名", "生年月日", "携帯", "希望エリア"],
                      ["本人", "宍戸 楓", "1986-08-14", "080-3927-6614", "東京都江東区豊洲周辺"],
                      ["夫", "宍戸 直人", "1984-02-02", "090-1473-8802", ""],
                      ["長男", "宍戸 蓮", "2014-12-02", "", ""], ["長女", "宍戸 澪", "2018-05-27", "", ""]],
            "八月朔日家": [["八月朔日家（ホーチミン→東京）"], ["続柄", "氏名", "生年月日", "携帯", "希望エリア"],
                        ["本人", "八月朔日 亮", "1982-12-19", "090-5183-2276", "東京都大田区田園調布2-31-4 付近"],
                        ["妻", "八月朔日 ラン", "1990-09-14", "070-8815-2093", ""],
                        ["長女", "八月朔日 杏", "2019-03-30", "", ""]],
            "蔵前家": [["蔵前家（ロンドン→東京）"], ["続柄", "氏名", "生年月日", "携帯", "希望エリア"],
                      ["本人", "蔵前 由紀子", "1980-07-07", "080-6619-0432", "東京都府中市若松町周辺"],
                      ["長男", "蔵前 碧", "2011-12-03", "", ""]],
            "饗庭家": [["饗庭家（ダラス→名古屋）"], ["続柄", "氏名", "生年月日", "携帯", "希望エリア"],
                      ["本人", "饗庭 俊介", "1977-10-25", "080-2934-6671", "愛知県名古屋市千種区"],
                      ["妻", "饗庭 理恵", "1979-01-13", "090-3310-2258", ""],
                      ["次女", "饗庭 小春", "2013-04-08", "", ""]],
            "阿久津家": [["阿久津家（ミラノ→大阪）"], ["続柄", "氏名", "生年月日", "携帯", "希望エリア"],
                        ["本人", "阿久津 光", "1985-06-21", "070-4471-9903", "大阪府吹田市"],
                        ["妻", "阿久津 ジュリア", "1987-11-30", "080-8826-1450", ""]],
        },
    }])

# 093 — forwarded (attached) internal mail with five children's exam results, to the cram school
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "attached forwarded mail lists five children's exam numbers, birth dates and results; goes outside",
    sender=YOSHINAGA,
    to=["ブリッジアカデミー 帰国生コース <kikoku@bridge-academy.jp>"],
    subject="FW: 帰国生入試 結果まとめ（法人契約分）",
    charset="utf-8",
    body=f"""ブリッジアカデミー 帰国生コース ご担当者様

吉永です。法人契約の成果報告用に、社内でまとめた入試結果を転送いたします。
合格者の体験記のご依頼は、各ご家庭に弊社から打診いたします。

{SIG_YOSHINAGA}
""",
    attachments=[{
        "kind": "eml", "name": "帰国生入試 結果まとめ.eml",
        "message": {
            "sender": MAEKAWA,
            "to": [YOSHINAGA],
            "subject": "帰国生入試 結果まとめ",
            "charset": "utf-8",
            "body": """吉永さん

今年度の帰国生入試の結果がそろいました。

氏名　　　　生年月日　　受験校　　　　　　受験番号　結果
十河 陽翔　 2012/05/09　聖和学園中学校　　K-2031　　合格（編入）
東海林 湊　 2011/09/08　東都国際高等学校　E-0415　　合格
百目鬼 葵　 2013/02/17　武蔵台学院中学校　R-1128　　不合格
蔵前 碧　　 2011/12/03　東都国際高等学校　E-0433　　合格
宍戸 蓮　　 2014/12/02　聖和学園中学校　　K-2107　　補欠

前川
""",
        },
    }])

# 094 — the partner printer at its correct domain
add("pass", [], [],
    "leaflet print order to partner nishiki-insatsu.co.jp at its correct domain: no look-alike, no personal data",
    sender=YOSHINAGA,
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="帰国子女教育セミナー チラシ印刷のお願い",
    charset="cp932",
    body=f"""錦印刷株式会社 営業部 御中

いつもお世話になっております。日の出産業の吉永です。
来年度の帰国子女教育セミナーのチラシ印刷をお願いいたします。

・仕様：A4 片面カラー、コート紙 110kg
・部数：300部
・入稿：PDF（トンボ付き）を 1/16 までにお送りします
・納品：2/2 本社8F 人事部

お見積をお願いいたします。

{SIG_YOSHINAGA}
""")

# 095 — kickoff mail with three outside firms open in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three outside firms (tax, labour, relocation) see each other in To: should have been Bcc or separate",
    sender=SAIONJI,
    to=["大庭 様 <ohba@minami-zeirishi.jp>",
        "社会保険労務士法人はなみずき 芦田様 <ashida@hanamizuki-sr.jp>",
        "リロケーションデスク <relo-desk@nr-relo.co.jp>"],
    cc=["吉永 航 <w.yoshinaga@hinode-sangyo.co.jp>"],
    subject="【帰任手続き】八月朔日（ホーチミン）1月帰任のご連絡",
    charset="iso-2022-jp",
    body=f"""関係各社 ご担当者様

いつもお世話になっております。日の出産業 人事部の西園寺です。
ホーチミン駐在の八月朔日が 2026年1月17日付で帰任いたします。
各社にお願いしている手続きは以下のとおりです。

・みなみ税理士法人様：出国年・帰国年の税務、年末調整
・はなみずき様：社会保険の資格取得、配偶者の3号届
・日本リロケーションサービス様：借上社宅の手配、仮住まい

詳細は各社に個別にご連絡いたします。

{SIG_SAIONJI}
""")

# 096 — an employee sends a foreign doctor's referral letter (PDF) on his daughter's epilepsy
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "PDF referral letter with a named child's epilepsy diagnosis and medication, sent to a clinic",
    sender="八月朔日 亮 <r.hozumi@hinode-sangyo.co.jp>",
    to=["あおい国際クリニック 受付 <reception@aoi-intl-clinic.jp>"],
    subject="初診予約と紹介状の送付（八月朔日 杏）",
    charset="utf-8",
    body="""あおい国際クリニック 受付ご担当者様

はじめてご連絡いたします。八月朔日（ほずみ）と申します。
1月にベトナムから帰国する予定で、娘の小児神経科の受診先を探しております。
現地の主治医の紹介状（英文）を添付いたします。
1月下旬で初診の予約を取ることは可能でしょうか。

八月朔日 亮
日の出産業株式会社 ホーチミン駐在員事務所
""",
    attachments=[{
        "kind": "pdf", "name": "Referral_letter_Hozumi_An.pdf", "title": "Referral letter",
        "lines": [
            "Saigon International Children's Clinic - Department of Paediatric Neurology",
            "To whom it may concern",
            "Patient: An HOZUMI   Date of birth: 30 March 2019   Sex: F",
            "Diagnosis: Childhood absence epilepsy (ICD-10 G40.3), diagnosed June 2024.",
            "EEG (May 2025): generalized 3 Hz spike-and-wave discharges, improved.",
            "Current medication: Ethosuximide 250 mg twice daily. Seizure-free since Feb 2025.",
            "Please continue follow-up and EEG every 6 months.",
            "Dr. Tran Minh Khoa, MD",
        ],
    }])

# 097 — forward of a school's open-campus notice to one spouse's gmail
add("pass", [], ["freemail_recipient"],
    "forward of a school's public event notice to one free-mail recipient: no personal data",
    sender=MAEKAWA,
    to=["chihiro.d@gmail.com"],
    subject="FW: 【武蔵台学院】帰国生対象 学校説明会のご案内",
    charset="iso-2022-jp",
    body=f"""百目鬼 千尋 様

前川です。葵さんの受験校の候補として、説明会のご案内が届きましたので転送します。

{SIG_MAEKAWA}

---------- 転送メッセージ ----------
差出人: 武蔵台学院 入試広報室 <koho@musashidai-gakuin.ed.jp>
件名: 【武蔵台学院】帰国生対象 学校説明会のご案内

関係各位

帰国生対象の学校説明会を下記のとおり開催いたします。

　日時：12月6日（土）14:00～15:30
　会場：本校 記念講堂
　内容：帰国生入試の概要、在校生（帰国生）によるパネルトーク、個別相談
　申込：本校ウェブサイトの申込フォームより

武蔵台学院中学・高等学校 入試広報室
TEL 0422-31-2208
""")

# 098 — insurance claim: spouse's hospitalisation abroad and the payout account
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "a named spouse's hospitalisation for appendicitis and a bank account for the payout, to the insurer",
    sender=YOSHINAGA,
    to=["ひまわり損保 海外旅行保険 事故受付 <kaigai-claim@himawari-sonpo.co.jp>"],
    subject="保険金請求（疾病治療費用）小鳥遊様 ご家族分",
    charset="cp932",
    body=f"""ひまわり損害保険株式会社
海外旅行保険 事故受付 御中

日の出産業 人事部の吉永です。
包括契約（証券番号 KG-2207-048812）の帯同家族分について、保険金請求をお願いいたします。

被保険者：小鳥遊 誠（社員 小鳥遊 絵里の配偶者）
内容：2025年10月3日、ロサンゼルスにて急性虫垂炎のため緊急手術、4日間入院
治療費：USD 38,420（立替払い済み、領収書・診断書は郵送いたします）
振込先：みどり銀行 自由が丘支店 普通 5531086 タカナシ マコト

よろしくお願いいたします。

{SIG_YOSHINAGA}
""")

# 099 — internal: the Singapore branch sends HQ the returnees' family phones
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "the Singapore branch (internal subdomain) sends HQ a family phone list: all recipients internal",
    sender=KUGA_SG,
    to=["西園寺 真理 <m.saionji@hinode-sangyo.co.jp>"],
    cc=["sg-admin@sg.hinode-sangyo.co.jp"],
    subject="SG returnees - family contact numbers after arrival",
    charset="utf-8",
    body=f"""Saionji-san,

Here are the contact numbers in Japan for the Singapore returnees' families, as requested.

Name                 Relation     Mobile (Japan)
-------------------  -----------  --------------
Kaede Shishido       employee     080-3927-6614
Naoto Shishido       spouse       090-1473-8802
Ren Shishido         son          080-4402-1175
Takeru Iwasaki       employee     090-6638-0914
Natsumi Iwasaki      spouse       080-1942-7756
Yosuke Mimura        employee     070-5518-2203

{SIG_KUGA_EN}
""")

# 100 — question to the career agency naming one spouse, no other data
add("pass", [], [],
    "programme question to the career agency; a spouse's name appears without any other data",
    sender=MAEKAWA,
    to=["キャリアブリッジ 配偶者支援窓口 <spouse-support@careerbridge.co.jp>"],
    subject="配偶者支援プログラムの追加枠について",
    charset="iso-2022-jp",
    body=f"""キャリアブリッジ 配偶者支援窓口
井上様

いつもお世話になっております。日の出産業の前川です。
1月期のプログラムに、阿久津様の奥様も参加を希望されています。
定員（10名）を超えてしまうのですが、追加で1枠お願いすることは可能でしょうか。
追加費用が発生する場合はお見積をいただけますと幸いです。

{SIG_MAEKAWA}
""")
