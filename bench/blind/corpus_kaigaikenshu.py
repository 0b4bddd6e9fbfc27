"""Blind evaluation corpus, area "kaigaikenshu": mail from the HR / talent-development
staff of 日の出産業 who send employees to overseas training and study programmes --
applications and enrolment with universities, language schools and host companies, visa
agents, travel agents, overseas travel insurance and assistance companies, homestay
agencies and host families, tax and social-insurance advisers, grades, certificates and
reports -- in Japanese and English. Written blind from bench/blind/BRIEF.md (and the
public SPEC.md names and build.py's message format), without reading mailguard's code.
"""

from build import card_number, my_number

SEED = 59401

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "kaigaikenshu-001",
        "charset": "iso-2022-jp",
        "sender": "立花 洋平 <y-tachibana@hinode-sangyo.co.jp>",
        "to": ["東邦トラベル 村雨様 <murasame@toho-travel.co.jp>"],
        "cc": ["岡部 真澄 <m-okabe@hinode-sangyo.co.jp>"],
        "subject": "【日の出産業】シアトル短期研修 航空券手配用 渡航者情報のご送付",
        "body": """東邦トラベル株式会社
法人営業部 海外研修デスク
村雨様

いつも大変お世話になっております。
日の出産業 人事部の立花でございます。

先日お見積りをいただきました 5月のシアトル短期研修（5/11出発・5/30帰国）につき、
正式に手配をお願いしたく、渡航者6名の情報を下記のとおりお送りいたします。
氏名はパスポート記載どおりのローマ字表記です。

No  氏名（旅券表記）        生年月日     携帯電話        メールアドレス
--  ----------------------  ----------  -------------  ------------------------------
1   SOMA TAKUMI             1994/03/17  090-4418-2736  t-soma@hinode-sangyo.co.jp
2   CHIHAYA MIO             1997/11/02  080-2291-6604  mio.chihaya.0211@gmail.com
3   KUMOI KEITA             1991/06/28  070-3385-1147  k-kumoi@hinode-sangyo.co.jp
4   KIRYU SAYA              1998/01/09  090-7702-4459  saya.kiryu@icloud.com
5   MITARAI SATOSHI         1989/09/14  080-6613-0082  s-mitarai@hinode-sangyo.co.jp
6   SOGO MAYU               1996/04/30  090-1258-3371  mayu_sogo@yahoo.co.jp

座席はできるだけまとめて確保いただけますと助かります。
発券前に旅程表（Eチケット控え）をPDFでお送りいただけますでしょうか。

何卒よろしくお願い申し上げます。

--
日の出産業株式会社 人事部 人材開発課
立花 洋平（たちばな ようへい）
〒141-0032 東京都品川区大崎四丁目9番12号 日の出産業ビル7階
TEL 03-5719-4423 / FAX 03-5719-4409
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six travellers' names, birth dates, mobiles and e-mails pasted as a padded table to a travel agency: list of people",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "kaigaikenshu-002",
        "charset": "cp932",
        "sender": "岡部 真澄 <m-okabe@hinode-sangyo.co.jp>",
        "to": ["行政書士法人みなと国際 ビザ申請部 <visa@minato-visa.jp>"],
        "subject": "J-1ビザ申請書類作成のご依頼（嘉納 亮介）",
        "body": """行政書士法人みなと国際
ビザ申請部 ご担当者様

お世話になっております。日の出産業株式会社 人事部の岡部です。
先日お電話でご相談いたしましたJ-1（研修）ビザの件、申請者情報をお送りします。
DS-2019の発行元はPacific Crest University（Executive Education）です。

【申請者】
　氏名　　　　：嘉納 亮介（カノウ リョウスケ / KANO RYOSUKE）
　生年月日　　：平成6年8月21日
　旅券番号　　：TZ4817302
　旅券有効期限：2033年2月14日
　現住所　　　：〒236-0021 神奈川県横浜市金沢区泥亀二丁目14番3-405号
　研修期間　　：2026年9月1日～2027年2月28日

面接予約の候補日は9月までの平日で調整可能です。
必要書類に不足がありましたらご指摘ください。

以上、よろしくお願いいたします。

────────────────────
日の出産業株式会社
人事部 人材開発課 課長代理　岡部 真澄
TEL：03-5719-4421（直通）
Mail：m-okabe@hinode-sangyo.co.jp
────────────────────
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one trainee's passport number, birth date and home address sent to a visa agent: identity document number",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "kaigaikenshu-003",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Summer School Admissions <summerschool@westbridge.ac.uk>"],
        "subject": "Global Leadership Summer School 2026 - participant details (Hinode Sangyo)",
        "body": """Dear Ms Halloran,

Thank you for confirming our six places on the Global Leadership Summer School
(6-31 July 2026).

As requested, I attach the participant details workbook. The first sheet has the
personal and passport details you need for the visitor letters, the second sheet
their arrival flights. All six will arrive at Heathrow on 5 July.

Could you let me know by the end of May whether the college accommodation at
Alder Court can be confirmed for all of them?

Kind regards,

Emiri Saeki
Global Talent Development, HR Division
Hinode Sangyo Co., Ltd.
7F Hinode Sangyo Bldg., 4-9-12 Osaki, Shinagawa-ku, Tokyo 141-0032, Japan
Tel +81-3-5719-4425
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "Hinode_GLSS2026_participants.xlsx",
                "sheets": {
                    "Participants": [
                        ["Hinode Sangyo Co., Ltd. - GLSS 2026 participants (as of 14 April)"],
                        [],
                        ["No", "Family name", "Given name", "Gender", "Date of birth", "Nationality",
                         "Passport No.", "Passport expiry", "E-mail"],
                        [1, "NISHINA", "SHIORI", "F", "1995-02-11", "Japan", "TR5829104", "2032-08-19",
                         "s-nishina@hinode-sangyo.co.jp"],
                        [2, "HASUMI", "KOHEI", "M", "1993-12-05", "Japan", "TK1093358", "2031-03-02",
                         "k-hasumi@hinode-sangyo.co.jp"],
                        [3, "DOMEKI", "TAKASHI", "M", "1990-07-23", "Japan", "MU6640217", "2034-01-27",
                         "t-domeki@hinode-sangyo.co.jp"],
                        [4, "TESHIGAWARA", "SAKI", "F", "1996-10-01", "Japan", "TS2277845", "2030-11-30",
                         "s-teshigawara@hinode-sangyo.co.jp"],
                        [5, "IOKIBE", "MAKOTO", "M", "1988-05-19", "Japan", "TH9902163", "2033-06-08",
                         "m-iokibe@hinode-sangyo.co.jp"],
                        [6, "AIMONO", "HARUKA", "F", "1997-03-26", "Japan", "MZ3518870", "2035-02-15",
                         "h-aimono@hinode-sangyo.co.jp"],
                    ],
                    "Arrival": [
                        ["Name", "Flight", "Arrival (LHR)", "Terminal"],
                        ["NISHINA SHIORI", "JL041", "5 Jul 15:25", "T3"],
                        ["HASUMI KOHEI", "JL041", "5 Jul 15:25", "T3"],
                        ["DOMEKI TAKASHI", "NH211", "5 Jul 17:10", "T2"],
                        ["TESHIGAWARA SAKI", "NH211", "5 Jul 17:10", "T2"],
                        ["IOKIBE MAKOTO", "JL041", "5 Jul 15:25", "T3"],
                        ["AIMONO HARUKA", "NH211", "5 Jul 17:10", "T2"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX with six participants' birth dates and passport numbers to a UK college: list of people and passport numbers",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "kaigaikenshu-004",
        "charset": "utf-8",
        "sender": "Kei Hayase <k.hayase@hinode-sangyo.co.jp>",
        "to": ["Homestay Connect Pacific - Placements <placements@homestayconnect.com.au>"],
        "subject": "Homestay application - Hinata Washio (arrival 2 Aug)",
        "body": """Hi Bronwyn,

Please find attached the completed homestay application for Hinata Washio, who
will join the Business English programme at Harbourview from 3 August.

Section 4 of the form explains her medical needs. She is well used to managing
them herself, but we would be grateful if you could place her with a family that
is comfortable with this and has a fridge she can use for her medication.

Many thanks,
Kei

Kei Hayase | Global HR Development | Hinode Sangyo Co., Ltd.
+81-3-5719-4426
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "Homestay_Application_WASHIO_Hinata.docx",
                "title": "Homestay Application Form",
                "paragraphs": [
                    "HOMESTAY CONNECT PACIFIC - STUDENT APPLICATION",
                    "1. Personal details",
                    "Family name: WASHIO    Given name: HINATA",
                    "Date of birth: 14 September 1998    Gender: Female",
                    "Mobile (Japan): +81 80-3906-2715",
                    "E-mail: hinata.washio.98@gmail.com",
                    "2. Programme: Harbourview English Academy, Business English (10 weeks)",
                    "3. Preferences: non-smoking household, pets OK, within 40 minutes of the city",
                    "4. Medical conditions / medication",
                    "Type 1 diabetes, diagnosed at age 12. Insulin injections four times a day "
                    "(insulin pens must be kept refrigerated). Carries glucose tablets; may need a "
                    "snack at night. Regular check-up with an endocrinologist every 3 months.",
                    "5. Dietary requirements: none other than above",
                    "Signature: H. Washio    Date: 2 June 2026",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "homestay form of one named trainee with her diagnosis and medication (要配慮個人情報) to an agency",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "kaigaikenshu-005",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": [
            "International Office <intl-office@westbridge.ac.uk>",
            "Executive Education <exec-ed@pcu.edu>",
            "Partnerships <partnerships@mapleridge-college.ca>",
            "Corporate Training <training@smi-edu.sg>",
        ],
        "subject": "FY2026 overseas training programme - tentative schedule and request for proposals",
        "body": """Dear colleagues,

Thank you all for your support of Hinode Sangyo's overseas training programme
over the past years.

For the fiscal year starting April 2026 we plan to send three cohorts:

  Cohort A  mid-career managers, 4 weeks, June - July       (8 to 10 people)
  Cohort B  young engineers, 12 weeks, September - November (6 people)
  Cohort C  global HR track, 2 weeks, February              (4 people)

We would welcome a proposal from each of your institutions for any cohort that
fits your calendar, including tuition, accommodation options and a sample
timetable. Our deadline for proposals is Friday 30 January.

Please do not hesitate to contact me with any questions.

Best regards,
Emiri Saeki
Global Talent Development, Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four competing institutions openly in To: three or more external parties see each other",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "kaigaikenshu-006",
        "charset": "iso-2022-jp",
        "sender": "九条 由香里 <yukari.kujo@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約係 <banquet@sakura-hotle.jp>"],
        "subject": "Re: 渡航前オリエンテーション 会場ご予約の件",
        "body": """さくらホテル 宴会予約係
小野寺様

いつもお世話になっております。日の出産業の九条です。
ご提案いただいた内容で確定させてください。

　日程：2026年2月5日（木）9:30～17:30
　会場：3階「桔梗」（スクール形式 30名）
　昼食：幕の内弁当 32食（講師2名分含む）
　機材：プロジェクター、マイク2本、ホワイトボード

請求書は従来どおり人事部宛でお願いいたします。

> 九条様
> 2月5日の「桔梗」は仮押さえしております。
> 1月23日までにご確定のご連絡をいただけますでしょうか。

日の出産業株式会社 人事部 人材開発課
九条 由香里　TEL 03-5719-4424
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "ordinary booking reply, but the address is sakura-hotle.jp, a letter-swapped look-alike of partner sakura-hotel.jp",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "kaigaikenshu-007",
        "charset": "iso-2022-jp",
        "sender": "早瀬 圭 <k.hayase@hinode-sangyo.co.jp>",
        "to": ["ワールドブリッジ留学センター 法人担当 <corporate@worldbridge-ryugaku.jp>"],
        "subject": "バンクーバー語学研修 申込書一式の送付",
        "body": """ワールドブリッジ留学センター
法人担当 宇佐美様

お世話になっております。日の出産業の早瀬です。

バンクーバー語学研修（10月期）の申込書一式を添付にてお送りします。
添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りします。

ご確認のほどよろしくお願いいたします。

日の出産業株式会社　人事部
早瀬 圭
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "申込書一式_20260612.zip",
                "password": "Hns#2026-vcr",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "申込者一覧.xlsx",
                        "sheets": {
                            "申込者": [
                                ["氏名", "フリガナ", "生年月日", "携帯電話", "メール"],
                                ["榊原 大地", "サカキバラ ダイチ", "1995/05/03", "090-8832-1904", "daichi.s@outlook.jp"],
                                ["乙部 玲奈", "オトベ レナ", "1998/12/20", "080-4471-2290", "rena.otobe@gmail.com"],
                                ["我孫子 健", "アビコ ケン", "1992/02/07", "070-5529-8816", "k-abiko@hinode-sangyo.co.jp"],
                                ["栗花落 杏", "ツユリ アン", "1999/08/15", "090-3047-6621", "an.tsuyuri@icloud.com"],
                                ["鬼塚 優斗", "オニヅカ ユウト", "1994/10/29", "080-9915-3378", "y-onizuka@hinode-sangyo.co.jp"],
                            ]
                        },
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) cannot be inspected; it holds an applicant list",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "kaigaikenshu-008",
        "charset": "iso-2022-jp",
        "sender": "檜山 司 <t-hiyama@hinode-sangyo.co.jp>",
        "to": ["株式会社ブリッジ人材研究所 石黒様 <k.ishiguro@bridge-hr.co.jp>"],
        "cc": ["岡部 真澄 <m-okabe@hinode-sangyo.co.jp>"],
        "subject": "海外研修制度見直しのご相談（規程改定案の送付）",
        "body": """株式会社ブリッジ人材研究所
石黒 様

いつもお世話になっております。日の出産業の檜山でございます。
先日は制度見直しのご相談にお時間をいただき、ありがとうございました。

打合せでお話しした海外研修制度運用規程の改定案を添付いたします。
派遣期間中の処遇、研修費用の返還規定、語学要件の見直しが主な論点です。
次回打合せ（3月10日）までにご意見を頂戴できれば幸いです。

日の出産業株式会社
人事部長　檜山 司
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "海外研修制度運用規程_改定案_v2.docx",
                "title": "海外研修制度運用規程（改定案）",
                "page_header": "社外秘",
                "page_footer": "日の出産業株式会社 人事部",
                "paragraphs": [
                    "海外研修制度運用規程（改定案）",
                    "第1条（目的）本規程は、当社従業員の海外研修派遣に関する取扱いを定める。",
                    "第5条（対象者）勤続3年以上で、TOEIC L&R 730点以上又は同等の語学力を有する者。",
                    "第9条（処遇）派遣期間中は国内勤務時の基本給を支給し、別表の研修手当を加算する。",
                    "第14条（費用の返還）研修終了後2年以内に自己都合退職した場合、授業料相当額の返還を求めることがある。",
                    "別表 研修手当（月額）　北米・欧州 120,000円／アジア 80,000円",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached draft regulation carries a 社外秘 header stamp and goes to an outside consultant",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "kaigaikenshu-009",
        "charset": "utf-8",
        "sender": "Toru Oba <t-oba@hinode-sangyo.co.jp>",
        "to": ["Accounts <accounts@harbourview-english.com.au>"],
        "subject": "Tuition deposit - Hinode Sangyo group booking HV-26-0388",
        "body": """Dear Accounts team,

Regarding invoice HV-26-0388 (deposit for 4 students, AUD 6,400.00), we would like
to pay by credit card as suggested in your e-mail.

  Card:         corporate card
  Card number:  """ + card_number(SEED + 11) + """
  Expiry:       09/28
  Cardholder:   TORU OBA
  Amount:       AUD 6,400.00

Please send the receipt to this address once the payment has been processed.

Best regards,
Toru Oba
Finance Department, Hinode Sangyo Co., Ltd.
Tel +81-3-5719-4431
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "full credit card number with expiry and cardholder typed into a mail to a language school",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "kaigaikenshu-010",
        "charset": "iso-2022-jp",
        "sender": "九条 由香里 <yukari.kujo@hinode-sangyo.co.jp>",
        "to": ["ユニオン保険サービス 海外保険窓口 <kaigai@union-hoken.co.jp>"],
        "subject": "海外旅行保険（包括契約）加入者通知 2026年6月出発分",
        "body": """ユニオン保険サービス株式会社
海外保険窓口 御中

いつもお世話になっております。
日の出産業株式会社 人事部の九条です。

包括契約（証券番号 HK-2210-07731）に基づき、6月出発の研修派遣者の
加入通知をCSVにてお送りします。計8名です。
補償プランはいずれもBプラン（治療・救援費用 無制限）でお願いいたします。

加入証の発行後、PDFでご返送いただけますと幸いです。

--------------------------------------------------
日の出産業株式会社 人事部 人材開発課　九条 由香里
TEL 03-5719-4424　FAX 03-5719-4409
--------------------------------------------------
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "加入者通知_202606.csv",
                "encoding": "cp932",
                "rows": [
                    ["社員番号", "氏名", "フリガナ", "性別", "生年月日", "渡航先", "出国日", "帰国日", "プラン"],
                    ["H10234", "勅使河原 紗希", "テシガワラ サキ", "女", "平成8年10月1日", "英国", "2026/07/04", "2026/08/01", "B"],
                    ["H09871", "五百旗頭 誠", "イオキベ マコト", "男", "昭和63年5月19日", "英国", "2026/07/04", "2026/08/01", "B"],
                    ["H11502", "四十物 遥", "アイモノ ハルカ", "女", "平成9年3月26日", "英国", "2026/07/04", "2026/08/01", "B"],
                    ["H08716", "舘 瑞穂", "タチ ミズホ", "女", "昭和61年12月8日", "米国", "2026/06/14", "2026/07/11", "B"],
                    ["H10998", "薬師寺 恵", "ヤクシジ メグミ", "女", "平成5年7月30日", "米国", "2026/06/14", "2026/07/11", "B"],
                    ["H11230", "冴島 翔", "サエジマ ショウ", "男", "平成7年1月17日", "シンガポール", "2026/06/21", "2026/09/19", "B"],
                    ["H11876", "能登谷 莉子", "ノトヤ リコ", "女", "平成10年4月4日", "シンガポール", "2026/06/21", "2026/09/19", "B"],
                    ["H07655", "宍戸 朔", "シシド サク", "男", "昭和58年11月2日", "ドイツ", "2026/06/28", "2026/12/20", "B"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of eight insured employees with 和暦 birth dates and travel periods to an insurance agent: list of people",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "kaigaikenshu-011",
        "charset": "utf-8",
        "sender": "Kei Hayase <k.hayase@hinode-sangyo.co.jp>",
        "to": ["Global Care Assist - Claims <claims@globalcare-assist.com>"],
        "subject": "Incident report - policy GCA-558120-J / trainee assaulted in Barcelona",
        "body": """Dear Claims Team,

I am writing to report an incident involving one of our trainees covered under
group policy GCA-558120-J.

Insured:        Riku SHINONOME (male), born 22 January 1996
Programme:      Rheinfeld Akademie - Barcelona field module
Date/time:      17 October 2026, approx. 22:40, near Placa Reial

Mr Shinonome was robbed at knifepoint on his way back to the residence. His
wallet and phone were taken and he suffered a 6 cm laceration to the left
forearm. He was treated at Hospital del Mar the same night (6 stitches, tetanus
shot) and has a follow-up appointment on 24 October. He also reported symptoms
of acute stress and was referred to a counsellor. A police report (denuncia)
was filed at the Mossos d'Esquadra station on 18 October.

The hospital invoice (EUR 412.00) and the denuncia are attached to the claim
form we will submit through your portal. Please let me know if cashless
settlement is possible for the follow-up visits.

Regards,
Kei Hayase
Global HR Development, Hinode Sangyo Co., Ltd.
Tel +81-3-5719-4426
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named trainee as a crime victim with injuries and treatment: 要配慮個人情報 of one person to an assistance company",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "kaigaikenshu-012",
        "charset": "cp932",
        "sender": "立花 洋平 <y-tachibana@hinode-sangyo.co.jp>",
        "to": ["Kensington Homestay Office <office@kensington-homestay.co.uk>"],
        "subject": "FW: 【緊急連絡先】ロンドン研修 参加者 ご家族連絡先",
        "body": """Dear Ms Pryce,

As discussed, I am forwarding our internal list of emergency contacts for the
five London trainees so that your office has it too. The family members speak
Japanese only, so please contact our office first if at all possible.

Yohei Tachibana / Hinode Sangyo HR

-----Original Message-----
From: 九条 由香里
Sent: Monday, June 22, 2026 10:14 AM
To: 人事部 海外研修チーム
Subject: 【緊急連絡先】ロンドン研修 参加者 ご家族連絡先

チーム各位

ロンドン研修参加者の緊急連絡先を取りまとめました。

■ 我孫子 健（研修生）
　緊急連絡先：我孫子 千鶴（母）
　電話：０４７－３６２－８８１５
　住所：千葉県松戸市常盤平三丁目21番地の4

■ 一尺八寸 蒼（研修生）
　緊急連絡先：一尺八寸 美雪（妻）
　電話：０９０－５５７３－２０４８
　住所：東京都杉並区高円寺南五丁目3番18号 コーポ青葉202

■ 畔柳 千尋（研修生）
　緊急連絡先：畔柳 浩二（父）
　電話：０５２－７７１－３３０６
　住所：愛知県名古屋市昭和区八事本町88番地

■ 毛受 颯（研修生）
　緊急連絡先：毛受 節子（母）
　電話：０７６－２２１－９４５０
　住所：石川県金沢市寺町四丁目7番12号

■ 越智 夏帆（研修生）
　緊急連絡先：越智 和也（兄）
　電話：０８０－６１１２－７３８９
　住所：愛媛県松山市道後湯月町2番5号

以上、取扱いにご注意ください。
九条
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward (new text to the recipient) of five family emergency contacts with phones and home addresses: list of people",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "kaigaikenshu-013",
        "charset": "cp932",
        "sender": "大庭 透 <t-oba@hinode-sangyo.co.jp>",
        "to": ["税理士法人青山パートナーズ 佐藤様 <sato.k@aoyama-tax.jp>"],
        "subject": "長期海外研修者の居住者判定および源泉徴収のご相談",
        "body": """税理士法人青山パートナーズ
佐藤 様

いつもお世話になっております。日の出産業 経理部の大庭です。

来月から1年3か月の予定でドイツの研修機関に派遣する社員について、
出国後の居住者・非居住者の判定と、国内払い給与の源泉徴収の扱いを
ご確認いただきたくご連絡いたしました。

　対象者　：蓮見 航平（ハスミ コウヘイ）
　個人番号：""" + my_number(SEED + 1) + """
　生年月日：1993年12月5日
　出国予定：2026年8月29日
　帰国予定：2027年11月30日
　派遣先　：Rheinfeld Technische Akademie（ドイツ・ケルン）

年末調整の要否も含めて、ご見解をいただけますと幸いです。

経理部 財務課　大庭 透
内線 4431 / 03-5719-4431
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "an employee's 個人番号 written into a mail to a tax accountant: My Number leaves the company",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "kaigaikenshu-014",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": [
            "John Pemberton <j.pemberton1962@gmail.com>",
            "Doyle family <doylefamily.home@icloud.com>",
            "Margaret Ashby <m.ashby_bristol@outlook.com>",
        ],
        "subject": "Thank you from Hinode Sangyo",
        "body": """Dear host families,

Now that all of our trainees are safely back in Tokyo, I wanted to write and
thank you for welcoming them into your homes this summer. Several of them told
us that the evenings with your families were the highlight of their stay.

We have sent a small parcel of Japanese sweets to each of you by post; it
should arrive within two weeks.

We hope to work with you again next year.

Warm regards,
Emiri Saeki
Hinode Sangyo Co., Ltd., Tokyo
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "three private host families on free mail in To: they see each other's addresses (should be Bcc)",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "kaigaikenshu-015",
        "charset": "iso-2022-jp",
        "sender": "大庭 透 <t-oba@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 品川支店 外国為替課 <gaitame-shinagawa@midori-ginkou.co.jp>"],
        "subject": "外国送金のご依頼（研修授業料／米ドル建）",
        "body": """みどり銀行 品川支店
外国為替課 御中

いつもお世話になっております。日の出産業株式会社 経理部の大庭でございます。
下記のとおり外国送金をお願いしたく、ご連絡いたします。
送金依頼書の原本は本日午後、担当者が窓口にお持ちいたします。

　送金金額　　：USD 48,600.00
　送金目的　　：研修授業料（Executive Education Program 2026）
　受取人　　　：Pacific Crest University
　受取銀行　　：Cascade National Bank, Portland Main Office
　SWIFT　　　 ：CSNBUS6P
　口座番号　　：4402-118839-0
　請求書番号　：PCU-EE-26-0147
　送金指定日　：2026年7月15日
　手数料　　　：送金人負担（OUR）

ご確認のほどよろしくお願いいたします。

日の出産業株式会社 経理部 財務課　大庭
TEL 03-5719-4431
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "remittance request addressed to midori-ginkou.co.jp, a one-letter-added look-alike of partner midori-ginko.co.jp",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "kaigaikenshu-016",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Brightwater Logistics HR <hr@brightwater-logistics.com>"],
        "subject": "OJT placement - trainee contact details",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Ms Okonkwo,</p>
<p>Thank you for agreeing to host five of our staff in your Long Beach operations
team from 1 September. As requested for your onboarding
system, here are their details:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>Name</th><th>Department (Hinode)</th><th>Mobile</th><th>Personal e-mail</th><th>Start</th></tr>
<tr><td>Makoto Iokibe</td><td>Logistics Planning</td><td>+81 90-2264-7018</td><td>iokibe.m@gmail.com</td><td>1 Sep</td></tr>
<tr><td>Saya Kiryu</td><td>Procurement</td><td>+81 80-5531-9924</td><td>saya.kiryu@icloud.com</td><td>1 Sep</td></tr>
<tr><td>Ryosuke Kano</td><td>Production Engineering</td><td>+81 70-1186-4432</td><td>kano.ryo@outlook.jp</td><td>1 Sep</td></tr>
<tr><td>Mayu Sogo</td><td>Quality Assurance</td><td>+81 90-6640-2857</td><td>mayu_sogo@yahoo.co.jp</td><td>8 Sep</td></tr>
<tr><td>Keita Kumoi</td><td>Logistics Planning</td><td>+81 80-7719-0365</td><td>keita.kumoi@gmail.com</td><td>8 Sep</td></tr>
</table>
<p>They will also have local US numbers after arrival; I will send those once we know them.</p>
<p>Best regards,<br>Emiri Saeki<br>Global Talent Development, Hinode Sangyo Co., Ltd.<br>+81-3-5719-4425</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of five trainees' mobiles and personal e-mails to a host company: list of people",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "kaigaikenshu-017",
        "charset": "utf-8",
        "sender": "Kei Hayase <k.hayase@hinode-sangyo.co.jp>",
        "to": ["Maple Homestay Network <stay@maplehomestay.ca>"],
        "subject": "Placement request - special requirements for Mr Rizky Pratama",
        "body": """Hello Ms Tremblay,

Further to our application for the Maple Ridge College autumn term, I would like
to add some information for the placement of Mr Rizky Pratama (born 3 March
1994), an engineer in our Osaka plant.

Mr Pratama is a practising Muslim. He eats halal food only and does not drink
alcohol, and he would need a quiet space in his room for daily prayers. During
Ramadan (which falls partly within his stay) he will be fasting during the day
and would appreciate being able to use the kitchen early in the morning.

Could you please take this into account when matching him with a family?

Kind regards,
Kei Hayase
Global HR Development
Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee's religion (practising Muslim) sent to a homestay network: 信条 is 要配慮個人情報",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "kaigaikenshu-018",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Kingsmoor Business School Admissions <admissions@kingsmoor.ac.uk>"],
        "subject": "Sponsored MBA application - certified transcript (Ms Shiori Nishina)",
        "body": """Dear Admissions Officer,

Please find attached the certified English transcript for our sponsored
applicant, Ms Shiori Nishina (application ref. KBS-MBA-27-3391).

The PDF is password protected; I will send the password in a separate e-mail.

With kind regards,
Emiri Saeki
Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "Transcript_NISHINA_Shiori_certified.pdf",
                "password": "KBS3391",
                "title": "Certified Transcript",
                "lines": [
                    "ACADEMIC TRANSCRIPT (CERTIFIED TRANSLATION)",
                    "Name: NISHINA Shiori   Date of birth: 11 February 1995",
                    "Faculty of Economics, B.A. conferred 25 March 2017",
                    "GPA 3.41 / 4.00",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF cannot be inspected",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "kaigaikenshu-019",
        "charset": "iso-2022-jp",
        "sender": "岡部 真澄 <m-okabe@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人材開発部 研修担当 <kenshu@kawasaki-denki.co.jp>"],
        "subject": "合同シンガポール研修 成績・評価一覧の共有",
        "body": """川崎電機株式会社
人材開発部 研修ご担当　吉良様

いつもお世話になっております。日の出産業の岡部です。

SMIより届いた合同シンガポール研修の成績を、両社の参加者分まとめて
一覧にいたしました。評価会議（11/18）の資料としてお使いください。
シート「成績一覧」が全員分、「講師所見」が講師コメントです。

ご不明点があればお知らせください。

日の出産業株式会社 人事部 人材開発課
岡部 真澄（TEL 03-5719-4421）
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "合同研修_成績評価一覧_2026秋.xlsx",
                "sheets": {
                    "成績一覧": [
                        ["2026年度 合同シンガポール研修（Straits Management Institute）成績・評価一覧"],
                        ["社名", "社員番号", "氏名", "所属", "メール", "TOEIC事前", "TOEIC事後", "最終課題", "出席率", "総合評価"],
                        ["日の出産業", "H11230", "冴島 翔", "生産技術部", "s-saejima@hinode-sangyo.co.jp", 705, 790, "A", "100%", "A"],
                        ["日の出産業", "H11876", "能登谷 莉子", "経営企画部", "r-notoya@hinode-sangyo.co.jp", 820, 865, "A", "96%", "A"],
                        ["日の出産業", "H10512", "百目鬼 崇", "営業本部", "t-domeki@hinode-sangyo.co.jp", 640, 715, "B", "92%", "B"],
                        ["川崎電機", "K-30871", "伊集院 悠", "設計二課", "y-ijuin@kawasaki-denki.co.jp", 690, 760, "B", "100%", "B"],
                        ["川崎電機", "K-31402", "小比類巻 静香", "品質保証部", "s-kohiruimaki@kawasaki-denki.co.jp", 855, 910, "A", "100%", "A"],
                        ["川崎電機", "K-29955", "猪狩 大樹", "海外営業部", "d-igari@kawasaki-denki.co.jp", 580, 650, "C", "84%", "C"],
                    ],
                    "講師所見": [
                        ["氏名", "講師コメント"],
                        ["冴島 翔", "Strong analytical skills; presentation delivery improved markedly."],
                        ["能登谷 莉子", "Excellent team leadership in the case project."],
                        ["百目鬼 崇", "Needs more preparation before class discussions."],
                        ["伊集院 悠", "Solid contribution; could be more assertive."],
                        ["小比類巻 静香", "Top of the cohort in the final examination."],
                        ["猪狩 大樹", "Missed two sessions; final report submitted late."],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX of six trainees' grades, evaluations and e-mails sent to a partner company: list of people (employee data)",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "kaigaikenshu-020",
        "charset": "iso-2022-jp",
        "sender": "早瀬 圭 <k.hayase@hinode-sangyo.co.jp>",
        "to": ["グローバルキャリア研修 企画提案窓口 <proposal@gc-kenshu.co.jp>"],
        "subject": "次年度プログラム検討資料のご送付",
        "body": """株式会社グローバルキャリア研修
企画提案ご担当 各位

お世話になっております。日の出産業の早瀬です。

次年度の海外研修プログラムについて、社内検討用に作成した資料を
お送りします。3月の提案会の前提としてご参照ください。

よろしくお願いします。

早瀬 圭
日の出産業株式会社 人事部
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "FY2027_海外研修プログラム検討.pptx",
                "title": "FY2027 海外研修プログラム検討",
                "page_footer": "CONFIDENTIAL - Internal Only / 社外秘",
                "slides": [
                    ["FY2027 海外研修プログラム検討", "人事部 人材開発課", "2026年2月"],
                    ["現状の課題", "派遣後3年以内の離職率 18%", "語学研修偏重で業務適用が弱い"],
                    ["予算案", "総額 1億2,000万円（前年比 +8%）", "1人当たり上限 450万円"],
                    ["今後の進め方", "3月 提案会", "4月 委託先決定"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "slides stamped CONFIDENTIAL - Internal Only / 社外秘 on every page sent to a vendor",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "kaigaikenshu-021",
        "charset": "iso-2022-jp",
        "sender": "立花 洋平 <y-tachibana@hinode-sangyo.co.jp>",
        "to": ["東邦トラベル 法人営業部 <kaigai-kenshu@toho-travel.co.jp>"],
        "subject": "Re: タイ研修 追加1名の航空券手配（外国籍社員）",
        "body": """東邦トラベル株式会社
法人営業部 村雨様

お世話になっております。日の出産業の立花です。
追加の1名はベトナム国籍の社員のため、ご指示いただいた情報をお送りします。
再入国はみなし再入国許可で出国する予定です。

　氏名（旅券表記）：NGUYEN VAN DUC（グエン・ヴァン・ドゥック）
　国籍　　　　　　：ベトナム
　生年月日　　　　：1995年7月12日
　旅券番号　　　　：C4729316（ベトナム旅券）
　在留カード番号　：UH48203917EA
　在留資格／期限　：技術・人文知識・国際業務／2028年4月30日

タイ入国にビザが必要かどうかも併せてご確認いただけますでしょうか。

> 外国籍の方の場合、在留カードの番号と有効期限、旅券情報をお知らせください。
> 東邦トラベル 村雨

日の出産業株式会社 人事部　立花 洋平
TEL 03-5719-4423
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "foreign employee's residence card number and passport number in the new text to a travel agent",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "kaigaikenshu-022",
        "charset": "cp932",
        "sender": "九条 由香里 <yukari.kujo@hinode-sangyo.co.jp>",
        "to": ["さくら坂社労士事務所 <info@sakurazaka-sr.jp>"],
        "subject": "社会保障協定 適用証明書の交付申請代行のお願い（ドイツ派遣研修）",
        "body": """さくら坂社労士事務所
内海先生

いつも大変お世話になっております。日の出産業 人事部の九条でございます。

来年度、ドイツの研修機関へ1年間派遣する社員について、日独社会保障協定の
適用証明書の交付申請をお願いしたく存じます。

────────────────
■派遣者
　氏名：宍戸 朔（シシド サク）
　生年月日：昭和58年11月2日
　基礎年金番号：4120-583916
　住所：〒185-0012 東京都国分寺市本町三丁目7番22号
　派遣期間：2026年10月1日～2027年9月30日
　派遣先：Kessler Maschinenbau GmbH（研修受入れ）
────────────────

雇用契約書と出向（研修派遣）辞令の写しは後日郵送いたします。
どうぞよろしくお願い申し上げます。

日の出産業株式会社
人事部 人材開発課
九条 由香里
〒141-0032 東京都品川区大崎四丁目9番12号
TEL：03-5719-4424
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one employee's 基礎年金番号 with birth date and address to a labour consultant: social insurance number",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "kaigaikenshu-023",
        "charset": "iso-2022-jp",
        "sender": "九条 由香里 <yukari.kujo@hinode-sangyo.co.jp>",
        "to": [
            "ひかり海上火災保険 法人営業部 <corp-sales@hikari-kaijo.co.jp>",
            "東洋あおい損保 法人第二課 <hojin2@toyo-aoi-sonpo.co.jp>",
        ],
        "cc": ["ユニオン保険サービス <kaigai@union-hoken.co.jp>"],
        "subject": "海外研修派遣者向け保険 次年度お見積りのお願い",
        "body": """各社 ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の九条です。

次年度（2026年4月～2027年3月）の海外研修派遣者向け保険について、
下記条件でお見積りをお願いいたします。

　・想定派遣者数：年間延べ40名（うち3か月超の長期 8名）
　・派遣先：北米、英国、ドイツ、シンガポール、オーストラリア
　・補償：治療・救援費用 無制限、個人賠償 1億円、携行品 30万円
　・契約形態：包括契約

お見積りは1月30日（金）までにお送りいただけますと幸いです。

日の出産業株式会社 人事部 人材開発課
九条 由香里　TEL 03-5719-4424
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "competitive quote request with three insurers visible to each other in To/Cc",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "kaigaikenshu-024",
        "charset": "utf-8",
        "sender": "Kei Hayase <k.hayase@hinode-sangyo.co.jp>",
        "to": ["KiwiStay Matching <match@kiwistay.co.nz>"],
        "subject": "Student profiles for homestay matching - Auckland, Feb intake",
        "body": """Kia ora Aroha,

Attached are the profiles of our five trainees for the February intake at
Auckland. Each has filled in the questionnaire in English; I have only
corrected the formatting.

They arrive on Saturday 7 February on NZ90.

Thanks a lot,
Kei Hayase
Hinode Sangyo, Tokyo
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "Homestay_profiles_Feb2027.docx",
                "paragraphs": [
                    "HINODE SANGYO - STUDENT PROFILES FOR HOMESTAY MATCHING",
                    "",
                    "Student 1",
                    "Name: Takashi DOMEKI    Date of birth: 23/07/1990",
                    "E-mail: t.domeki.home@gmail.com    Mobile: +81 90 4417 2093",
                    "Hobbies: rugby, cooking    Smoker: no    Pets: likes dogs",
                    "",
                    "Student 2",
                    "Name: Chihiro KUROYANAGI    Date of birth: 09/12/1997",
                    "E-mail: chihiro.k97@yahoo.co.jp    Mobile: +81 80 2256 7741",
                    "Hobbies: piano, hiking    Smoker: no    Pets: allergic to cats",
                    "",
                    "Student 3",
                    "Name: Hayate MENJU    Date of birth: 30/04/1996",
                    "E-mail: menju.hayate@outlook.jp    Mobile: +81 70 6603 1128",
                    "Hobbies: fishing, photography    Smoker: no    Pets: any",
                    "",
                    "Student 4",
                    "Name: Kaho OCHI    Date of birth: 18/08/1999",
                    "E-mail: kaho.ochi.818@gmail.com    Mobile: +81 90 3381 5506",
                    "Hobbies: yoga, baking    Smoker: no    Pets: any",
                    "",
                    "Student 5",
                    "Name: Ao KAMATSUKA    Date of birth: 02/02/1993",
                    "E-mail: ao.kamatsuka@icloud.com    Mobile: +81 80 7195 2264",
                    "Hobbies: surfing, guitar    Smoker: no    Pets: no dogs please",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX with five one-block student profiles (birth date, personal e-mail, mobile) to a homestay agency: list of people",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "kaigaikenshu-025",
        "charset": "iso-2022-jp",
        "sender": "立花 洋平 <y-tachibana@hinode-sangyo.co.jp>",
        "to": ["九条 由香里 <yukari.kujo@hinode-sangyo.jp>"],
        "cc": ["早瀬 圭 <k.hayase@hinode-sangyo.co.jp>"],
        "subject": "帰国報告会の段取りについて",
        "body": """九条さん

お疲れさまです。立花です。
11月の帰国報告会ですが、以下で進めたいと思います。

・日時：11月27日（金）15:00～17:00
・場所：本社12階 大会議室
・発表：各研修生10分＋質疑5分
・役員出席：檜山部長から常務にご依頼済み

案内文のドラフトを明日までに共有しますので、確認をお願いします。

立花
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "meant for a colleague but addressed to hinode-sangyo.jp (dropped co.), a look-alike of the own domain",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "kaigaikenshu-026",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Pacific Crest University Executive Education <exec-ed@pcu.edu>"],
        "subject": "Re: Final participant list for the September cohort",
        "body": """Dear Dr Alvarez,

Apologies for the delay - please find the final list attached (v3). There were
two changes since v2: one withdrawal and one replacement from our Nagoya plant.

Best regards,
Emiri

On Tue, Aug 4, 2026 at 9:12 AM, Maria Alvarez <m.alvarez@pcu.edu> wrote:
> Dear Emiri,
> Could you send us the final participant list by Friday so that we can
> issue the campus cards?
> Best, Maria
""",
        "attachments": [
            {"kind": "corrupt", "name": "participants_final_v3.xlsx"}
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be read",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "kaigaikenshu-027",
        "charset": "utf-8",
        "sender": "Kei Hayase <k.hayase@hinode-sangyo.co.jp>",
        "to": ["Kessler Maschinenbau Fleet Management <fleet@kessler-mb.de>"],
        "subject": "Driver authorisation - pool car use during OJT (Mr Saku Shishido)",
        "body": """Dear Mr Brandt,

As requested for your pool-car insurance, here are the driving licence details
of our trainee who will need to drive between the Cologne and Duisburg sites.

  Name:                          Saku SHISHIDO
  Date of birth:                 2 November 1983
  Japanese driving licence no.:  301204587760
  Valid until:                   2 December 2028
  International Driving Permit:  issued by Tokyo Metropolitan Police, 14 August 2026

He has held a licence since 2003 and has no accidents on record.

Thank you for arranging this.

Kei Hayase
Global HR Development, Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a trainee's Japanese driving licence number with birth date sent to a host company: identity document number",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "kaigaikenshu-028",
        "charset": "cp932",
        "sender": "堀之内 あゆみ <a-horinouchi@hinode-sangyo.co.jp>",
        "to": ["関東機械工業健康保険組合 給付課 <kyufu@kanki-kenpo.or.jp>"],
        "subject": "海外療養費支給申請について（事前確認）",
        "body": """関東機械工業健康保険組合
給付課 ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の堀之内です。

海外研修中の社員が現地で入院・手術を受けましたので、海外療養費の申請に
先立ち、必要書類をご確認させてください。

　被保険者氏名：越智 夏帆
　保険証　記号：5107　番号：38
　生年月日　　：平成11年8月18日
　受診国　　　：オーストラリア（シドニー）
　傷病名　　　：急性虫垂炎（腹腔鏡下虫垂切除術）
　入院期間　　：2026年9月3日～9月7日
　医療費　　　：AUD 18,420.00（本人立替）

診療内容明細書と領収明細書の翻訳は、当社で手配すればよろしいでしょうか。

総務部 厚生課　堀之内 あゆみ
TEL 03-5719-4440（内線2206）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health insurance card 記号・番号 together with a named diagnosis and surgery, to the external insurance society",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "kaigaikenshu-029",
        "charset": "iso-2022-jp",
        "sender": "早瀬 圭 <k.hayase@hinode-sangyo.co.jp>",
        "to": ["Boston Career Link <info@bostoncareerlink.com>"],
        "subject": "FW: 参加者名簿（ボストン研修）",
        "body": """Boston Career Link
中川様

お世話になっております。日の出産業の早瀬です。
社内で取りまとめた参加者名簿のメールをそのまま転送いたします。
空港送迎とSIMカード手配にご利用ください。

早瀬
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "参加者名簿（ボストン研修）.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "仁科 詩織 <s-nishina@hinode-sangyo.co.jp>",
                    "to": ["早瀬 圭 <k.hayase@hinode-sangyo.co.jp>"],
                    "subject": "参加者名簿（ボストン研修）",
                    "body": """早瀬さん

ボストン研修の参加者名簿です。携帯は個人のものです。

氏名 / 生年月日 / 携帯 / 個人メール
宍戸 朔 / 1983.11.02 / 090-3318-4572 / saku.shishido@gmail.com
舘 瑞穂 / 1986.12.08 / 080-4420-9913 / mizuho.tachi@yahoo.co.jp
薬師寺 恵 / 1993.07.30 / 070-2287-6450 / megumi.y730@icloud.com
冴島 翔 / 1995.01.17 / 090-9056-1138 / sho.saejima@outlook.jp
能登谷 莉子 / 1998.04.04 / 080-3379-2815 / riko.notoya@gmail.com

仁科
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forwarded internal mail (attached .eml) lists five participants with birth dates and private contacts: list of people",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "kaigaikenshu-030",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Student Support Services <studentsupport@westbridge.ac.uk>"],
        "subject": "Request for deferral - Ms Mio Chihaya (MSc Supply Chain Management)",
        "body": """Dear Student Support team,

I am writing on behalf of our sponsored student, Ms Mio Chihaya (student ID
W2609154), who is currently on a temporary return to Japan.

During her stay here she was seen by a psychiatrist and diagnosed with
adjustment disorder with depressed mood. Her doctor has advised at least three
months of rest and outpatient treatment before she resumes her studies. A
medical certificate in English will follow by post.

On that basis we would like to request a deferral of her remaining modules to
the January 2027 start. Ms Chihaya has consented to our contacting you about
this.

Kind regards,
Emiri Saeki
Global Talent Development, Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named student's psychiatric diagnosis and treatment sent to a university: 要配慮個人情報 of one person",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "kaigaikenshu-031",
        "charset": "utf-8",
        "sender": "Yohei Tachibana <y-tachibana@hinode-sangyo.co.jp>",
        "to": ["Harbourview Homestay Desk <homestay@harbourview-english.com.au>"],
        "subject": "Airport pick-up list - Hinode group, 1 Aug",
        "body": """Hi Jess,

Here is the pick-up list for our group arriving at Sydney on Saturday 1 August.
Copied straight from our sheet, so it is tab separated:

Name	Mobile (JP)	E-mail	Flight	Arrival
TESHIGAWARA Saki	+81 90-7184-2205	saki.teshi@gmail.com	JL051	07:35
IOKIBE Makoto	+81 80-3346-9127	makoto.iokibe@outlook.jp	JL051	07:35
AIMONO Haruka	+81 70-4459-0318	haruka.aimono@icloud.com	QF22	06:10
TACHI Mizuho	+81 90-2213-7764	mizuho.tachi@yahoo.co.jp	QF22	06:10
YAKUSHIJI Megumi	+81 80-6675-4480	megumi.y730@icloud.com	NH879	08:50
ABIKO Ken	+81 90-5530-1192	ken.abiko.home@gmail.com	NH879	08:50

All of them have roaming switched on, so WhatsApp or a call to the Japanese
number should work.

Cheers,
Yohei
--
Yohei Tachibana, HR Division, Hinode Sangyo Co., Ltd. (+81-3-5719-4423)
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of six trainees' mobiles and private e-mails to a school's homestay desk: list of people",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "kaigaikenshu-032",
        "charset": "iso-2022-jp",
        "sender": "岡部 真澄 <m-okabe@hinode-sangyo.co.jp>",
        "to": ["行政書士法人みなと国際 ビザ申請部 <visa@minato-visa.jp>"],
        "subject": "ビザ申請料のカード決済依頼書（嘉納様分）",
        "body": """行政書士法人みなと国際
ビザ申請部　浜口様

お世話になっております。日の出産業の岡部です。
嘉納のJ-1ビザ申請料（SEVIS費・MRV申請料）について、ご案内いただいた
カード決済依頼書に記入のうえPDFでお送りします。

ご確認のほどよろしくお願いいたします。

岡部 真澄（人事部 人材開発課）
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "カード決済依頼書_嘉納.pdf",
                "title": "カード決済依頼書",
                "lines": [
                    "クレジットカード決済依頼書",
                    "依頼日：2026年6月18日",
                    "申請者：嘉納 亮介（KANO RYOSUKE）",
                    "決済内容：SEVIS I-901 Fee USD 220 / MRV申請料 USD 185",
                ],
                "table": [
                    ["項目", "記入欄"],
                    ["カード種別", "法人カード"],
                    ["カード番号", card_number(SEED + 12)],
                    ["有効期限", "11/27"],
                    ["カード名義", "MASUMI OKABE"],
                    ["セキュリティコード", "口頭にてお伝えします"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "PDF payment form with a full card number and cardholder name to a visa agent",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "kaigaikenshu-033",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": [
            "Maria Alvarez <m.alvarez@pcu.edu>",
            "宇佐美 <corporate@worldbridge-ryugaku.jp>",
        ],
        "cc": ["東邦トラベル 村雨 <murasame@toho-travel.co.jp>"],
        "subject": "Re: Arrival logistics - September cohort / 到着日の手配について",
        "body": """Dear Maria, 宇佐美様, 村雨様

Thank you all. To summarise what we agreed on the call:

- The group lands at PDX on 30 August at 14:05 (JL/AS codeshare).
- WorldBridge arranges the chartered bus to campus (宇佐美様、バス会社の確定をお願いします).
- PCU opens the residence check-in desk until 19:00 that day.
- Toho Travel issues the group e-tickets by 31 July (村雨様、よろしくお願いします).

Orientation starts on 31 August at 9:00 in the Executive Education Center.

Best regards,
Emiri Saeki / 佐伯 エミリ
Hinode Sangyo Co., Ltd.

On Thu, Jul 9, 2026 at 6:30 PM, Maria Alvarez <m.alvarez@pcu.edu> wrote:
> Dear all, thank you for joining the call today. Could Emiri circulate a short
> summary of the arrival arrangements?
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "reply-all with a university, an agency and a travel company visible in To/Cc: three external parties",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "kaigaikenshu-034",
        "charset": "iso-2022-jp",
        "sender": "九条 由香里 <yukari.kujo@hinode-sangyo.co.jp>",
        "to": [
            "ジェームズ・ハート先生 <james.hart.tokyo@gmail.com>",
            "森川 玲子先生 <reiko_morikawa@yahoo.co.jp>",
            "アナ・ソウザ先生 <ana.souza.lang@outlook.jp>",
            "Peter Lindqvist <p.lindqvist@icloud.com>",
            "茅野 聡先生 <chino-s@ezweb.ne.jp>",
        ],
        "subject": "渡航前研修 講師の皆様へ：日程確定のご連絡",
        "body": """講師の皆様

いつも大変お世話になっております。日の出産業 人事部の九条です。
2月の渡航前研修の日程が確定しましたので、ご連絡いたします。

　2月3日（火）異文化コミュニケーション　　ハート先生
　2月4日（水）ビジネス英語：会議・交渉　　森川先生、ソウザ先生
　2月5日（木）安全管理・危機対応　　　　　茅野先生
　2月6日（金）プレゼンテーション演習　　　Lindqvist先生

会場はいずれも本社12階研修室、時間は9:30～17:00です。
謝金のお振込先に変更がある方は、1月20日までにお知らせください。

日の出産業株式会社 人事部 人材開発課
九条 由香里　TEL 03-5719-4424
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "five freelance lecturers on private free-mail addresses all in To: they can see each other",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "kaigaikenshu-035",
        "charset": "iso-2022-jp",
        "sender": "早瀬 圭 <k.hayase@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-systems.jp>"],
        "subject": "eラーニング（事前語学研修）アカウント発行依頼 3名",
        "body": """ツバサシステム株式会社
サポートご担当者様

いつもお世話になっております。日の出産業の早瀬です。
事前語学研修コース（ビジネス英語中級）に、下記3名のアカウント発行をお願いします。

　氏名　　　　メールアドレス
　宍戸 朔　　 s-shishido@hinode-sangyo.co.jp
　舘 瑞穂　　 m-tachi@hinode-sangyo.co.jp
　薬師寺 恵　 m-yakushiji@hinode-sangyo.co.jp

受講期間は7月1日～9月30日でお願いいたします。

早瀬 圭（人事部）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "account request sent to tsubasa-systems.jp, a letter-added look-alike of partner tsubasa-system.jp",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "kaigaikenshu-036",
        "charset": "cp932",
        "sender": "檜山 司 <t-hiyama@hinode-sangyo.co.jp>",
        "to": ["タレントスコープ アセスメント事業部 <assess@talentscope.co.jp>"],
        "subject": "【極秘】次期海外派遣候補者 アセスメント実施のご依頼",
        "body": """【極秘】

株式会社タレントスコープ
アセスメント事業部　大須賀様

いつもお世話になっております。日の出産業の檜山です。
次期海外派遣（MBA派遣・長期研修）の候補者について、下記3名の
アセスメントをお願いしたく存じます。本件は社内でも未公表です。

　1. 能登谷 莉子　経営企画部　人事評価 S／A／S（直近3期）
　2. 冴島 翔　　　生産技術部　人事評価 A／A／A
　3. 百目鬼 崇　　営業本部　　人事評価 A／B／S

実施時期は12月第2週を希望いたします。

日の出産業株式会社 人事部長　檜山 司
""",
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["confidential_marking", "personal_data"],
        "note": "mail stamped 【極秘】 carrying three employees' appraisal ratings to an assessment firm",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "kaigaikenshu-037",
        "charset": "iso-2022-jp",
        "sender": "仁科 詩織 <s-nishina@hinode-sangyo.co.jp>",
        "to": ["グローバル英語アセスメント協会 認定事務局 <cert@gea-japan.or.jp>"],
        "subject": "修了証発行申請（2026年度 上期 企業内研修）",
        "body": """一般社団法人グローバル英語アセスメント協会
認定事務局 御中

お世話になっております。日の出産業株式会社 人事部の仁科と申します。

上期の企業内英語研修の修了者について、修了証の発行を申請いたします。
修了者一覧をPDFで添付いたしますのでご確認ください。

仁科 詩織
日の出産業株式会社 人事部 人材開発課
TEL 03-5719-4427
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "修了者一覧_2026上期.pdf",
                "title": "修了者一覧",
                "page_header": "日の出産業株式会社 人事部",
                "lines": ["2026年度上期 企業内英語研修 修了者一覧", ""],
                "table": [
                    ["No", "氏名", "ローマ字", "生年月日", "社員番号", "修了日", "スコア"],
                    ["1", "榊原 大地", "SAKAKIBARA Daichi", "1995/05/03", "H11044", "2026/09/25", "742"],
                    ["2", "乙部 玲奈", "OTOBE Rena", "1998/12/20", "H12210", "2026/09/25", "815"],
                    ["3", "我孫子 健", "ABIKO Ken", "1992/02/07", "H09983", "2026/09/25", "688"],
                    ["4", "栗花落 杏", "TSUYURI An", "1999/08/15", "H12377", "2026/09/25", "901"],
                    ["5", "鬼塚 優斗", "ONIZUKA Yuto", "1994/10/29", "H10676", "2026/09/25", "734"],
                    ["6", "毛受 颯", "MENJU Hayate", "1996/04/30", "H11518", "2026/09/25", "766"],
                    ["7", "越智 夏帆", "OCHI Kaho", "1999/08/18", "H12402", "2026/09/25", "823"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "PDF table of seven employees with birth dates, staff numbers and scores to an outside body: list of people",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "kaigaikenshu-038",
        "charset": "utf-8",
        "sender": "Kei Hayase <k.hayase@hinode-sangyo.co.jp>",
        "to": ["Accessibility Services <access@lakeshore-tech.edu>"],
        "subject": "Accommodation request - Kohei Hasumi, Advanced Manufacturing certificate",
        "body": """Dear Accessibility Services,

Our employee Kohei Hasumi will attend the Advanced Manufacturing certificate
programme at Lakeshore Institute of Technology from 14 September.

Mr Hasumi has bilateral sensorineural hearing loss (he holds a Japanese
physical disability certificate, grade 4) and uses hearing aids. He follows
lectures well with real-time captioning (CART) and front-row seating, and would
benefit from receiving slides in advance.

Could you let us know what documentation you need from his audiologist and how
early we should submit it?

Best regards,
Kei Hayase
Global HR Development, Hinode Sangyo Co., Ltd.
+81-3-5719-4426
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee's disability and certificate grade sent to a school: 要配慮個人情報 of one person",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "kaigaikenshu-039",
        "charset": "iso-2022-jp",
        "sender": "立花 洋平 <y-tachibana@hinode-sangyo.co.jp>",
        "to": ["東邦トラベル 法人営業部 <kaigai-kenshu@toho-travel.co.jp>"],
        "subject": "【予約番号 TT-88214】事前旅客情報（APIS）のご連絡 2名",
        "body": """東邦トラベル株式会社
法人営業部 御中

お世話になっております。日の出産業の立花です。
予約番号 TT-88214（成田→ヒューストン 9/12発）の事前旅客情報をお送りします。

1) 相馬 拓海　SOMA / TAKUMI　男性
　 生年月日 1994年3月17日　旅券番号 TK6092481　有効期限 2031年10月3日
2) 日向野 葵　HIGANO / AOI　女性
　 生年月日 1997年6月9日　旅券番号 TS3381075　有効期限 2034年4月21日

マイレージ番号は追って本人から直接お伝えします。

立花 洋平
日の出産業株式会社 人事部 人材開発課
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "two travellers' passport numbers and birth dates for APIS sent to a travel agent: identity document numbers",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "kaigaikenshu-040",
        "charset": "iso-2022-jp",
        "sender": "早瀬 圭 <k.hayase@hinode-sangyo.co.jp>",
        "to": ["ワールドブリッジ留学センター 宇佐美様 <corporate@worldbridge-ryugaku.jp>"],
        "subject": "ダブリン語学研修 申込書類（5名分）",
        "body": """ワールドブリッジ留学センター
宇佐美様

お世話になっております。日の出産業の早瀬です。
ダブリン語学研修（1月期）5名分の申込書類をZIPにまとめてお送りします。
中身は申込者一覧（CSV）と、当社の推薦状（Word）です。

よろしくお願いいたします。

日の出産業株式会社 人事部　早瀬 圭
TEL 03-5719-4426
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "Dublin_Jan2027_申込書類.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "申込者一覧.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["氏名", "ローマ字", "生年月日", "現住所", "携帯電話"],
                            ["十河 真由", "SOGO Mayu", "1996/04/30", "東京都世田谷区経堂四丁目18番6号", "090-6640-2857"],
                            ["東雲 陸", "SHINONOME Riku", "1996/01/22", "神奈川県川崎市中原区木月二丁目3番9-301号", "080-1173-5520"],
                            ["日向野 葵", "HIGANO Aoi", "1997/06/09", "埼玉県さいたま市浦和区高砂三丁目12番4号", "070-8841-2076"],
                            ["雲井 敬太", "KUMOI Keita", "1991/06/28", "千葉県船橋市本町七丁目5番1号", "080-7719-0365"],
                            ["桐生 沙耶", "KIRYU Saya", "1998/01/09", "東京都練馬区豊玉北五丁目29番11号", "080-5531-9924"],
                        ],
                    },
                    {
                        "kind": "docx",
                        "name": "推薦状.docx",
                        "paragraphs": [
                            "推薦状",
                            "当社は下記研修への社員の参加を推薦いたします。",
                            "日の出産業株式会社 人事部長 檜山 司",
                        ],
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "plain ZIP holding a CSV of five applicants' birth dates, home addresses and mobiles: list of people",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "kaigaikenshu-041",
        "charset": "cp932",
        "sender": "岡部 真澄 <m-okabe@hinode-sangyo.co.jp>",
        "to": ["行政書士法人みなと国際 浜口様 <hamaguchi@minato-visa.jp>"],
        "subject": "英国ビザ申請書類一式（研修派遣3名）",
        "body": """行政書士法人みなと国際
浜口様

お世話になっております。日の出産業の岡部でございます。

英国（Temporary Work - Government Authorised Exchange）申請用の書類一式を
ZIPファイルにてお送りいたします。
解凍用のパスワードは、後ほどお電話でお伝えいたします。

　・旅券写し（3名分）
　・在職証明書、派遣命令書
　・申請者情報シート

ご確認のほど、よろしくお願い申し上げます。

岡部 真澄
日の出産業株式会社 人事部 人材開発課
TEL 03-5719-4421
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "UKvisa_documents.zip",
                "password": "0615minato",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "applicant_info.xlsx",
                        "sheets": {
                            "Applicants": [
                                ["Name", "DOB", "Passport No.", "Expiry"],
                                ["TESHIGAWARA SAKI", "1996-10-01", "TS2277845", "2030-11-30"],
                                ["IOKIBE MAKOTO", "1988-05-19", "TH9902163", "2033-06-08"],
                                ["AIMONO HARUKA", "1997-03-26", "MZ3518870", "2035-02-15"],
                            ]
                        },
                    },
                    {"kind": "pdf", "name": "employment_certificate.pdf",
                     "lines": ["CERTIFICATE OF EMPLOYMENT", "Hinode Sangyo Co., Ltd."]},
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted ZIP (password by phone) cannot be inspected; it holds passport details",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "kaigaikenshu-042",
        "charset": "iso-2022-jp",
        "sender": "堀之内 あゆみ <a-horinouchi@hinode-sangyo.co.jp>",
        "to": ["オセアニアビザサポート <support@oceania-visa.jp>"],
        "subject": "豪州ビザ 健康診断結果の件（能登谷）",
        "body": """オセアニアビザサポート
ご担当者様

お世話になっております。日の出産業 総務部の堀之内です。
豪州の研修ビザ（サブクラス407）申請中の能登谷について、指定医での
健康診断の結果が出ましたのでご相談です。

　氏名：能登谷 莉子（平成10年4月4日生）
　結果：胸部X線で右上肺野に陳旧性の結核病変を指摘。
　　　　学生時代に肺結核の治療歴あり（2016年、6か月服薬で完治）。
　　　　追加で喀痰検査（3回）を受けるよう指示あり。

このような場合、審査期間はどの程度延びるものでしょうか。
研修開始が10月5日のため、スケジュールへの影響を確認したく存じます。

総務部　堀之内 あゆみ
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named trainee's health check finding and tuberculosis history sent to a visa agent: 要配慮個人情報",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "kaigaikenshu-043",
        "charset": "iso-2022-jp",
        "sender": "仁科 詩織 <s-nishina@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 品川営業所 <shinagawa@aoba-unyu.co.jp>"],
        "subject": "修了証書・記念品の個別配送のお願い",
        "body": """青葉運輸株式会社
品川営業所　ご担当者様

いつもお世話になっております。日の出産業 人事部の仁科です。

在宅勤務中の研修修了者へ、修了証書と記念品を個別に配送いただきたく、
お届け先を以下にまとめました。配達日時はいずれも10月10日午前でお願いします。

お届け先一覧
--------------------------------------------------------------------------
氏名          郵便番号    住所                                      電話
--------------------------------------------------------------------------
榊原 大地     270-2261    千葉県松戸市常盤平五丁目11番3号           090-8832-1904
乙部 玲奈     213-0001    神奈川県川崎市高津区溝口一丁目6番10-702   080-4471-2290
栗花落 杏     330-0063    埼玉県さいたま市浦和区高砂二丁目8番15号   090-3047-6621
鬼塚 優斗     183-0022    東京都府中市宮西町四丁目2番7号            080-9915-3378
越智 夏帆     165-0026    東京都中野区新井三丁目27番1号 ハイツ新井105 080-6112-7389
--------------------------------------------------------------------------

集荷は10月8日15時に本社1階受付までお願いいたします。

仁科 詩織（人事部 人材開発課）TEL 03-5719-4427
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five employees' home addresses and mobiles to a (partner) carrier: list of people",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "kaigaikenshu-044",
        "charset": "utf-8",
        "sender": "仁科 詩織 <s-nishina@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 国際貨物課 <kokusai@aoba-unyu.com>"],
        "subject": "教材の国際発送（シンガポール研修先宛）",
        "body": """青葉運輸株式会社
国際貨物課 ご担当者様

お世話になっております。日の出産業の仁科です。
シンガポールの研修先へ教材を送りたく、集荷をお願いいたします。

　品名：研修用テキスト（印刷物）段ボール3箱、計42kg
　届け先：Straits Management Institute, Corporate Programmes Office
　　　　　80 Anson Road #21-04, Singapore 079907
　　　　　Tel +65 6221 8840
　希望着日：9月14日まで
　集荷：9月4日（金）14時以降、本社1階受付

インボイスは当方で作成いたします。

日の出産業株式会社 人事部 人材開発課
仁科 詩織　03-5719-4427
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shipping request to aoba-unyu.com, a TLD-swapped look-alike of partner aoba-unyu.co.jp",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "kaigaikenshu-045",
        "charset": "cp932",
        "sender": "立花 洋平 <y-tachibana@hinode-sangyo.co.jp>",
        "to": ["東邦トラベル 村雨様 <murasame@toho-travel.co.jp>"],
        "subject": "来期 研修渡航 予算枠の共有（お見積りの前提）",
        "body": """東邦トラベル株式会社
村雨様

お世話になっております。日の出産業の立花です。
来期の研修渡航のお見積りの前提として、当社の予算枠を共有いたします。
エクセルの「渡航費」シートの範囲内でプランをご提案いただけますでしょうか。

何卒よろしくお願いいたします。

立花
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "FY2027_研修予算枠.xlsx",
                "page_header": "取扱注意",
                "sheets": {
                    "渡航費": [
                        ["【取扱注意】FY2027 海外研修 予算枠（人事部）"],
                        ["コース", "人数", "航空券上限/人", "宿泊上限/泊", "予算合計"],
                        ["北米 4週間", 10, 380000, 28000, 11640000],
                        ["英国 4週間", 6, 420000, 30000, 7560000],
                        ["シンガポール 12週間", 6, 160000, 14000, 8220000],
                        ["ドイツ 1年", 2, 450000, 0, 900000],
                    ],
                    "備考": [
                        ["予算は取締役会承認前の案です。"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX budget classified 取扱注意 in its page header and title row, sent to a travel agent",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "kaigaikenshu-046",
        "charset": "iso-2022-jp",
        "sender": "岡部 真澄 <m-okabe@hinode-sangyo.co.jp>",
        "to": ["行政書士法人みなと国際 浜口様 <hamaguchi@minato-visa.jp>"],
        "subject": "Re: DS-160の質問項目について（相馬）",
        "body": """浜口様

お世話になっております。岡部です。
ご質問の件、本人に確認いたしました。

相馬 拓海は、2019年に道路交通法違反（酒気帯び運転）で検挙され、
略式命令により罰金30万円の処分を受けております。
その他の逮捕歴・有罪判決はないとのことです。

DS-160の「逮捕・有罪歴」の項目はどのように回答すべきか、また
面接時に必要な書類（判決謄本等）があればご教示ください。

岡部 真澄

> 岡部様
> DS-160のSecurity and Backgroundの質問に該当する事項がないか、
> 念のためご本人にご確認いただけますでしょうか。
> みなと国際 浜口
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee's arrest and conviction record in the new text to a visa agent: 犯罪の経歴",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "kaigaikenshu-047",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Tan & Lim Engineering HR <hr@tanlim-eng.com.sg>"],
        "subject": "Emergency contact sheet - Hinode trainees (Jurong site)",
        "body": """Dear Ms Lim,

For your site safety file, please find attached the emergency contact sheet for
the five Hinode trainees starting at the Jurong site on 21 June.

(It is in the old .xls format as your EHS team asked.)

Regards,
Emiri Saeki
Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {
                "kind": "xls",
                "name": "Hinode_trainees_emergency_contacts.xls",
                "sheets": {
                    "Contacts": [
                        ["Trainee", "Mobile", "Next of kin", "Relationship", "NOK phone", "NOK address"],
                        ["SAEJIMA Sho", "+81 90-9056-1138", "SAEJIMA Noriko", "Mother", "+81 45-832-1176",
                         "2-14-8 Kamiooka-nishi, Konan-ku, Yokohama, Kanagawa"],
                        ["NOTOYA Riko", "+81 80-3379-2815", "NOTOYA Hideki", "Father", "+81 19-646-3302",
                         "3-5-21 Ueda, Morioka, Iwate"],
                        ["SHISHIDO Saku", "+81 90-3318-4572", "SHISHIDO Aya", "Wife", "+81 90-2871-6645",
                         "3-7-22 Honcho, Kokubunji, Tokyo"],
                        ["TACHI Mizuho", "+81 80-4420-9913", "TACHI Shigeru", "Father", "+81 25-266-7013",
                         "1-9-4 Sekiya, Chuo-ku, Niigata"],
                        ["YAKUSHIJI Megumi", "+81 70-2287-6450", "YAKUSHIJI Jun", "Husband", "+81 70-5518-3390",
                         "4-2-16 Hiyoshi, Kohoku-ku, Yokohama, Kanagawa"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "legacy XLS with five trainees and their next of kin, phones and home addresses: list of people",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "kaigaikenshu-048",
        "charset": "iso-2022-jp",
        "sender": "大庭 透 <t-oba@hinode-sangyo.co.jp>",
        "to": ["みなみ会計事務所 <info@minami-kaikei.jp>"],
        "subject": "出国者の年末調整資料（2名分）",
        "body": """みなみ会計事務所
谷口様

お世話になっております。日の出産業 経理部の大庭です。

年内に長期研修で出国する社員2名について、出国時の年末調整に必要な
情報をCSVでお送りします。扶養控除等申告書の写しは別途郵送します。

大庭
日の出産業株式会社 経理部 財務課
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "出国者_年末調整_2026.csv",
                "encoding": "utf-8",
                "rows": [
                    ["氏名", "個人番号", "生年月日", "出国日", "帰国予定日", "派遣先"],
                    ["宍戸 朔", my_number(SEED + 2), "1983-11-02", "2026-09-27", "2027-09-30", "ドイツ"],
                    ["十河 真由", my_number(SEED + 3), "1996-04-30", "2026-10-10", "2027-12-20", "英国"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "CSV with two employees' 個人番号 sent to an outside accounting office",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "kaigaikenshu-049",
        "charset": "iso-2022-jp",
        "sender": "岡部 真澄 <m-okabe@hinode-sangyo.co.jp>",
        "to": [
            "川崎電機 吉良様 <kira@kawasaki-denki.co.jp>",
            "北国フーズ 人事部 佐々木様 <sasaki-hr@kitaguni-foods.co.jp>",
        ],
        "cc": ["Maria Alvarez <m.alvarez@pcu.edu>"],
        "subject": "3社合同 米国研修 キックオフミーティングのご案内",
        "body": """川崎電機株式会社 吉良様
北国フーズ株式会社 佐々木様
（cc: Pacific Crest University Dr. Alvarez）

いつもお世話になっております。日の出産業の岡部です。
3社合同の米国研修について、キックオフミーティングを下記のとおり開催いたします。

　日時：4月14日（火）10:00～11:30（日本時間）
　形式：オンライン（Teams）※URLは前日にお送りします
　議題：研修概要、費用按分、参加者選抜スケジュール、現地安全管理

Dr. Alvarez will join for the first 30 minutes to introduce the programme.

ご都合が悪い場合はお知らせください。

岡部 真澄
日の出産業株式会社 人事部 人材開発課
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "two partner companies and a university in To/Cc: three external organisations visible to each other",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "kaigaikenshu-050",
        "charset": "utf-8",
        "sender": "Kei Hayase <k.hayase@hinode-sangyo.co.jp>",
        "to": ["Dr. Annika Vogt <a.vogt@rheinfeld-akademie.de>"],
        "subject": "Interim report - Hinode trainee at Rheinfeld (month 3)",
        "body": """Dear Dr Vogt,

As agreed, please find attached the interim report for month 3, prepared by our
trainee together with his mentor here in Tokyo.

If the file does not open on your side, please let me know and I will send it
again as PDF.

Best regards,
Kei Hayase
""",
        "attachments": [
            {"kind": "corrupt", "name": "Interim_report_month3.docx"}
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached DOCX is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "kaigaikenshu-051",
        "charset": "iso-2022-jp",
        "sender": "早瀬 圭 <k.hayase@hinode-sangyo.co.jp>",
        "to": ["グローバルキャリア研修 運営事務局 <office@gc-kenshu.co.jp>"],
        "subject": "ロンドン研修 参加者辞退のご連絡（四十物）",
        "body": """株式会社グローバルキャリア研修
運営事務局 御中

お世話になっております。日の出産業の早瀬です。
急なご連絡で申し訳ございません。

7月のロンドン研修に参加予定だった四十物 遥ですが、妊娠中の経過で
切迫早産と診断され、現在入院しております。主治医から渡航は不可との
判断が出ましたので、参加を辞退させていただきます。

キャンセル規定に基づく費用についてご案内いただけますでしょうか。
代替の参加者は立てない予定です。

早瀬 圭
日の出産業株式会社 人事部
TEL 03-5719-4426
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named trainee's pregnancy complication and hospitalisation given to a vendor: health information",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "kaigaikenshu-052",
        "charset": "cp932",
        "sender": "仁科 詩織 <s-nishina@hinode-sangyo.co.jp>",
        "to": ["グローバルテスティング 団体受験事務局 <dantai@global-testing.jp>"],
        "subject": "団体特別受験（ITP）受験者登録のお願い",
        "body": """グローバルテスティング株式会社
団体受験事務局 御中

お世話になっております。日の出産業株式会社 人事部の仁科です。
１１月２１日（土）実施の団体特別受験について、海外研修選考の受験者を
登録いたします。計１０名です。

・相馬 拓海　　生年月日：平成６年３月１７日　t-soma@hinode-sangyo.co.jp
・千早 美緒　　生年月日：平成９年１１月２日　m-chihaya@hinode-sangyo.co.jp
・雲井 敬太　　生年月日：平成３年６月２８日　k-kumoi@hinode-sangyo.co.jp
・桐生 沙耶　　生年月日：平成１０年１月９日　s-kiryu@hinode-sangyo.co.jp
・御手洗 聡　　生年月日：平成元年９月１４日　s-mitarai@hinode-sangyo.co.jp
・十河 真由　　生年月日：平成８年４月３０日　m-sogo@hinode-sangyo.co.jp
・東雲 陸　　　生年月日：平成８年１月２２日　r-shinonome@hinode-sangyo.co.jp
・日向野 葵　　生年月日：平成９年６月９日　　a-higano@hinode-sangyo.co.jp
・蓮見 航平　　生年月日：平成５年１２月５日　k-hasumi@hinode-sangyo.co.jp
・仁科 詩織　　生年月日：平成７年２月１１日　s-nishina@hinode-sangyo.co.jp

受験票は上記アドレス宛に個別にお送りいただけますと幸いです。

仁科 詩織
日の出産業株式会社 人事部 人材開発課
〒141-0032 東京都品川区大崎四丁目9番12号
ＴＥＬ ０３－５７１９－４４２７
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "「・」 bullet list of ten examinees with 和暦 birth dates (full-width digits) and e-mails to a testing company",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "kaigaikenshu-053",
        "charset": "utf-8",
        "sender": "Kei Hayase <k.hayase@hinode-sangyo.co.jp>",
        "to": ["KiwiStay Accounts <accounts@kiwistay.co.nz>"],
        "subject": "Placement fees - Hinode group Feb 2027 / カード払い",
        "body": """Hi Aroha,

Thanks for the invoice (KS-INV-27-0061, NZD 2,250 placement fees for five
students). Our finance team asked me to pay it by card this time:

  Card no.:   """ + card_number(SEED + 13) + """
  Exp.:       03/29
  Name:       KEI HAYASE (Hinode Sangyo corporate card)

Please charge the full amount in NZD and send the receipt to me.

（経理部 大庭さん cc不要とのことで、こちらで手続きします）

Kei
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "corporate card number with expiry and holder name sent in clear to a homestay agency",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "kaigaikenshu-054",
        "charset": "iso-2022-jp",
        "sender": "檜山 司 <t-hiyama@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-1aw.jp>"],
        "subject": "海外研修費用の返還合意書についてのご相談",
        "body": """白川法律事務所
白川 先生

いつも大変お世話になっております。日の出産業の檜山でございます。

海外MBA派遣の際に社員と締結している「研修費用返還に関する合意書」について、
労働基準法第16条との関係で現行の条項が有効といえるか、改めてご見解を
伺いたく存じます。

論点は以下の3点です。
　1. 返還対象を授業料に限定し、生活費・給与を除外している点
　2. 在籍期間に応じた按分（5年で全額免除）の妥当性
　3. 金銭消費貸借契約の形式に改めるべきか

現行の合意書ひな形は次回のお打合せにお持ちいたします。
ご都合のよい日時をお知らせいただけますと幸いです。

日の出産業株式会社
人事部長　檜山 司
TEL 03-5719-4420
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "legal question sent to shirakawa-1aw.jp (digit 1 for l), a look-alike of partner shirakawa-law.jp",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "kaigaikenshu-055",
        "charset": "iso-2022-jp",
        "sender": "早瀬 圭 <k.hayase@hinode-sangyo.co.jp>",
        "to": [
            "大和精機 人事部 近藤様 <kondo@yamato-seiki.co.jp>",
            "明星化学 人材開発室 <jinzai@myojo-chem.co.jp>",
            "潮見商事 人事課 遠山様 <toyama@shiomi-shoji.co.jp>",
            "東山ロジテック 研修担当 <kenshu@higashiyama-logi.co.jp>",
        ],
        "subject": "FW: Executive Education Program 2026 のご案内（人材開発研究会 情報共有）",
        "body": """人材開発研究会 幹事各社 ご担当者様

お世話になっております。日の出産業の早瀬です。
先日の研究会で話題に出ました米国大学の短期エグゼクティブプログラムについて、
大学から届いた案内をそのまま転送いたします。ご参考まで。

早瀬 圭（日の出産業 人事部）

---------- Forwarded message ---------
From: Pacific Crest University Executive Education <exec-ed@pcu.edu>
Date: Mon, Nov 9, 2026
Subject: Executive Education Program 2026 - Corporate Cohorts

Dear partners,
Registration for our 2026 corporate cohorts is now open.
 - Strategic Leadership (4 weeks, June)  USD 18,500 per participant
 - Operations Excellence (3 weeks, Sept) USD 14,200 per participant
Group discounts apply for 5 or more participants from one organisation.
Early-bird deadline: 31 January 2026.
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "forward to four other companies' HR departments all in To: four external parties visible",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "kaigaikenshu-056",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Executive Education <exec-ed@pcu.edu>"],
        "subject": "Inquiry: Strategic Leadership programme 2026 - fees and dates for a corporate group",
        "body": """Dear Executive Education team,

I am responsible for overseas training at Hinode Sangyo, a Tokyo-based
manufacturer of industrial components. We are considering sending a group of
eight to ten mid-career managers to your Strategic Leadership programme in
June 2026.

Could you kindly let us know:
 1. the exact programme dates and the application deadline,
 2. the tuition per participant and any group discount,
 3. whether on-campus accommodation is available for the full four weeks, and
 4. the minimum English level you require (we usually use TOEIC scores).

A brochure or sample timetable would also be very helpful.

Thank you in advance.

Best regards,
Emiri Saeki
Global Talent Development, HR Division
Hinode Sangyo Co., Ltd.
Tel +81-3-5719-4425
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain enquiry about programme dates and fees to one university",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "kaigaikenshu-057",
        "charset": "iso-2022-jp",
        "sender": "早瀬 圭 <k.hayase@hinode-sangyo.co.jp>",
        "to": ["ワールドブリッジ留学センター 宇佐美様 <corporate@worldbridge-ryugaku.jp>"],
        "subject": "Re: 【確認】バンクーバー研修 参加者情報",
        "body": """宇佐美様

お世話になっております。早瀬です。
ご確認いただいた内容で相違ございません。このまま手続きをお進めください。
なお、乙部の到着便のみ変更の可能性がありますので、確定次第ご連絡します。

早瀬

> 早瀬様
>
> いつもお世話になっております。ワールドブリッジの宇佐美です。
> 頂戴した情報を当方で入力いたしました。誤りがないかご確認ください。
>
> 榊原 大地   1995/05/03  090-8832-1904  daichi.s@outlook.jp
> 乙部 玲奈   1998/12/20  080-4471-2290  rena.otobe@gmail.com
> 我孫子 健   1992/02/07  070-5529-8816  k-abiko@hinode-sangyo.co.jp
> 栗花落 杏   1999/08/15  090-3047-6621  an.tsuyuri@icloud.com
> 鬼塚 優斗   1994/10/29  080-9915-3378  y-onizuka@hinode-sangyo.co.jp
>
> 問題なければ、学校への申込手続きを進めます。
> ワールドブリッジ留学センター 宇佐美
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person list is only in the quoted text of the agency's own mail; the new text has no personal data",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "kaigaikenshu-058",
        "charset": "utf-8",
        "sender": "Kei Hayase <k.hayase@hinode-sangyo.co.jp>",
        "to": ["Homestay Connect Pacific - Placements <placements@homestayconnect.com.au>"],
        "subject": "Re: Airport transfer for Hinata Washio",
        "body": """Hi Bronwyn,

Here are the details for Hinata's airport transfer:

  Flight:   QF26 from Haneda, arriving Sydney 2 August, 06:55
  Mobile:   +81 80-3906-2715 (roaming on)

She will wait at the meeting point at Arrivals Hall B if the driver is late.

Thanks,
Kei

Kei Hayase | Global HR Development | Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one trainee's flight and mobile for her airport pick-up: a single person's contact, may be warned",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "kaigaikenshu-059",
        "charset": "iso-2022-jp",
        "sender": "岡部 真澄 <m-okabe@hinode-sangyo.co.jp>",
        "to": ["グローバルキャリア研修 企画提案窓口 <proposal@gc-kenshu.co.jp>"],
        "subject": "過去の研修受入れ機関一覧のご送付",
        "body": """株式会社グローバルキャリア研修
ご担当者様

お世話になっております。日の出産業の岡部です。
お打合せでご依頼のあった、当社がこれまでに研修でお世話になった受入れ機関の
一覧をCSVでお送りします。重複提案を避ける際の参考にしてください。

岡部 真澄（人事部 人材開発課）
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "受入れ機関一覧.csv",
                "encoding": "utf-8",
                "rows": [
                    ["機関名", "国", "都市", "代表電話", "代表メール", "受入れ実績（年度）"],
                    ["Pacific Crest University Executive Education", "米国", "Portland", "+1 503-555-0142", "exec-ed@pcu.edu", "2022,2023,2025"],
                    ["University of Westbridge Summer School", "英国", "Bristol", "+44 117 496 0331", "summerschool@westbridge.ac.uk", "2024,2025"],
                    ["Maple Ridge College", "カナダ", "Vancouver", "+1 604-555-0178", "partnerships@mapleridge-college.ca", "2023"],
                    ["Straits Management Institute", "シンガポール", "Singapore", "+65 6221 8840", "training@smi-edu.sg", "2021,2024,2025"],
                    ["Harbourview English Academy", "豪州", "Sydney", "+61 2 5550 1984", "info@harbourview-english.com.au", "2025"],
                    ["Rheinfeld Technische Akademie", "ドイツ", "Köln", "+49 221 555 0937", "info@rheinfeld-akademie.de", "2024"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of institutions with switchboards and general addresses: businesses, not people",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "kaigaikenshu-060",
        "charset": "iso-2022-jp",
        "sender": "檜山 司 <t-hiyama@hinode-sangyo.co.jp>",
        "to": ["株式会社ブリッジ人材研究所 石黒様 <k.ishiguro@bridge-hr.co.jp>"],
        "subject": "海外研修 実績データ（過去5年）のご送付",
        "body": """株式会社ブリッジ人材研究所
石黒 様

お世話になっております。日の出産業の檜山です。
ベンチマーク調査用に、当社の海外研修実績を集計したものをお送りします。
個人が特定される情報は含めておりません。

日の出産業株式会社 人事部長　檜山 司
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "海外研修実績_FY2021-2025.pdf",
                "title": "海外研修実績集計",
                "lines": [
                    "日の出産業株式会社　海外研修実績（FY2021～FY2025）",
                    "派遣者数合計：172名　平均派遣期間：7.4週間",
                    "研修後3年定着率：82%（全社平均 88%）",
                ],
                "table": [
                    ["年度", "派遣者数", "北米", "欧州", "アジア", "大洋州", "平均TOEIC伸び"],
                    ["FY2021", "18", "0", "0", "18", "0", "+42"],
                    ["FY2022", "31", "12", "6", "13", "0", "+55"],
                    ["FY2023", "38", "14", "10", "8", "6", "+61"],
                    ["FY2024", "41", "15", "12", "9", "5", "+58"],
                    ["FY2025", "44", "16", "12", "10", "6", "+63"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate statistics by year and region, no individuals",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "kaigaikenshu-061",
        "charset": "cp932",
        "sender": "岡部 真澄 <m-okabe@hinode-sangyo.co.jp>",
        "to": ["Tan & Lim Engineering 法務 <legal@tanlim-eng.com.sg>"],
        "subject": "OJT受入れに関する秘密保持契約書（案）のご確認 / Draft NDA for the OJT placement",
        "body": """Dear Mr Tan,

Thank you for agreeing to host our trainees at the Jurong site. Before the
placement starts, our legal team has prepared a draft Non-Disclosure Agreement
(秘密保持契約書) covering both the information our trainees will see at your
site and the technical material we share with you.

Please review the attached draft and let us know your comments by 15 May.
Once agreed, we will send two signed originals by courier.

秘密保持契約書の案を添付いたします。ご確認のほどよろしくお願いいたします。

Best regards,
岡部 真澄 / Masumi Okabe
HR Division, Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "NDA_draft_Hinode_TanLim.docx",
                "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書（案） / NON-DISCLOSURE AGREEMENT (DRAFT)",
                    "日の出産業株式会社（法人番号 4010701039527、以下「甲」）と "
                    "Tan & Lim Engineering Pte. Ltd.（以下「乙」）は、甲の従業員の研修受入れに関し、次のとおり合意する。",
                    "第1条（秘密情報）本契約において秘密情報とは、開示当事者が秘密である旨を明示して開示した技術上又は営業上の情報をいう。",
                    "第2条（秘密保持義務）受領当事者は、秘密情報を第三者に開示又は漏えいしてはならない。",
                    "第3条（有効期間）本契約の有効期間は締結日から3年間とする。",
                    "第4条（準拠法）本契約は日本法に準拠する。",
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "mail about an NDA with a draft contract; the word 秘密 is content, not a marking; only the company's 法人番号",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "kaigaikenshu-062",
        "charset": "iso-2022-jp",
        "sender": "大庭 透 <t-oba@hinode-sangyo.co.jp>",
        "to": ["グローバルキャリア研修 経理課 <keiri@gc-kenshu.co.jp>"],
        "subject": "ご請求書受領のご連絡（請求書番号 GCK-2026-0412）",
        "body": """株式会社グローバルキャリア研修
経理課 御中

いつもお世話になっております。日の出産業株式会社 経理部の大庭です。

下記のご請求書を受領いたしました。

　請求書番号：GCK-2026-0412
　件名　　　：ロンドン研修（7月期）運営費
　金額　　　：3,872,000円（税込）
　お支払予定：2026年8月31日（当社支払サイクルによる）

なお、1名辞退に伴うキャンセル料の請求書は別途ご発行ください。

経理部 財務課　大庭 透
TEL 03-5719-4431
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "invoice acknowledgement with invoice number and amount: ordinary business mail",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "kaigaikenshu-063",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["岡部 真澄 <m-okabe@hinode-sangyo.co.jp>", "立花 洋平 <y-tachibana@hinode-sangyo.co.jp>"],
        "cc": ["海外研修チーム <kaigai-team@mail.hinode-sangyo.co.jp>"],
        "subject": "【チーム内】GLSS2026 参加者 旅券情報まとめ",
        "body": """岡部さん、立花さん

GLSSの参加者6名の旅券情報をまとめました（ビザ不要ですが入国カード用）。
社内共有フォルダにも同じものを置いています。外部へ送る際は必要な列だけ
抜き出してください。

佐伯
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "GLSS2026_passports.xlsx",
                "sheets": {
                    "旅券": [
                        ["氏名", "生年月日", "旅券番号", "有効期限"],
                        ["仁科 詩織", "1995-02-11", "TR5829104", "2032-08-19"],
                        ["蓮見 航平", "1993-12-05", "TK1093358", "2031-03-02"],
                        ["百目鬼 崇", "1990-07-23", "MU6640217", "2034-01-27"],
                        ["勅使河原 紗希", "1996-10-01", "TS2277845", "2030-11-30"],
                        ["五百旗頭 誠", "1988-05-19", "TH9902163", "2033-06-08"],
                        ["四十物 遥", "1997-03-26", "MZ3518870", "2035-02-15"],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": [],
        "note": "passport list, but every recipient is internal (hinode-sangyo.co.jp and a subdomain)",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "kaigaikenshu-064",
        "charset": "iso-2022-jp",
        "sender": "早瀬 圭 <k.hayase@hinode-sangyo.co.jp>",
        "to": ["Maple Ridge College Partnerships <partnerships@mapleridge-college.ca>"],
        "cc": ["ワールドブリッジ留学センター 宇佐美様 <corporate@worldbridge-ryugaku.jp>"],
        "subject": "Online meeting on 22 April / 4月22日 オンライン打合せの件",
        "body": """Dear Ms Chen,
（cc: ワールドブリッジ 宇佐美様）

Thank you for your proposal for the autumn programme. We would like to discuss
it online together with our agent, WorldBridge.

Proposed time: Tuesday 21 April 16:00 Vancouver = Wednesday 22 April 08:00 Tokyo,
for about an hour.

宇佐美様、上記時間でご都合いかがでしょうか。

Best regards,
Kei Hayase
Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a college and an agency in To/Cc: two external organisations, a normal three-way meeting mail",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "kaigaikenshu-065",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Margaret Ashby <m.ashby_bristol@outlook.com>"],
        "subject": "A small thank-you parcel from Tokyo",
        "body": """Dear Margaret,

I hope you are well. Shiori has told us so much about the lovely weeks she
spent with you in Bristol, and about your garden.

We have posted a small parcel of Japanese sweets and a tenugui towel to you
today as a thank-you from Hinode Sangyo. It should reach you in about ten days.

With warm wishes,
Emiri Saeki
Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "thank-you to one private host mother on free mail: single free-mail recipient, no personal data",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "kaigaikenshu-066",
        "charset": "iso-2022-jp",
        "sender": "立花 洋平 <y-tachibana@hinode-sangyo.co.jp>",
        "to": ["東邦トラベル 村雨様 <murasame@toho-travel.co.jp>"],
        "subject": "Re: 旅程表（Eチケット控え）受領しました",
        "body": """村雨様

お世話になっております。日の出産業の立花です。
旅程表を拝受いたしました。早々のご対応ありがとうございます。
内容確認のうえ、各参加者へは当方から配布いたします。

引き続きよろしくお願いいたします。

――――――――――――――――――――――――――――――
日の出産業株式会社 人事部 人材開発課
立花 洋平
〒141-0032 東京都品川区大崎四丁目9番12号 日の出産業ビル7階
TEL 03-5719-4423 FAX 03-5719-4409
https://www.hinode-sangyo.co.jp/
――――――――――――――――――――――――――――――
本メールには機密情報が含まれている場合があります。本メールの内容に
お心当たりのない場合は、誠に恐れ入りますが送信者までご連絡のうえ、
本メールを削除してくださいますようお願い申し上げます。
This e-mail and any attachments may contain confidential information. If you
are not the intended recipient, please notify the sender immediately and
delete this e-mail. Any unauthorised use or disclosure is prohibited.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short acknowledgement with the standard confidentiality disclaimer in the signature, not a marking",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "kaigaikenshu-067",
        "charset": "iso-2022-jp",
        "sender": "九条 由香里 <yukari.kujo@hinode-sangyo.co.jp>",
        "to": ["東邦トラベル 法人営業部 <kaigai-kenshu@toho-travel.co.jp>"],
        "subject": "前泊ホテル候補（成田空港周辺）のご提案依頼",
        "body": """東邦トラベル株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業の九条です。
早朝便で出発する研修生の前泊用に、以下の候補ホテルで10室程度の
団体料金をご提示いただけますでしょうか。候補は添付のHTMLにまとめました。

九条 由香里（人事部）TEL 03-5719-4424
""",
        "attachments": [
            {
                "kind": "html",
                "name": "前泊ホテル候補.html",
                "html": """<html><head><meta charset="utf-8"><title>前泊ホテル候補</title></head><body>
<h3>成田空港周辺 前泊ホテル候補</h3>
<table border="1">
<tr><th>ホテル名</th><th>所在地</th><th>代表電話</th><th>空港まで</th></tr>
<tr><td>さくらホテル成田</td><td>千葉県成田市取香五丁目（空港シャトルあり）</td><td>0476-55-1120</td><td>シャトル10分</td></tr>
<tr><td>ホテル成田ゲートウェイ</td><td>千葉県成田市大山（国道295号沿い）</td><td>0476-55-3380</td><td>シャトル15分</td></tr>
<tr><td>エアポートイン芝山</td><td>千葉県山武郡芝山町香山新田</td><td>0479-77-2051</td><td>シャトル12分</td></tr>
<tr><td>成田ビューホテル東館</td><td>千葉県成田市小菅</td><td>0476-32-6611</td><td>シャトル8分</td></tr>
</table>
</body></html>""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML attachment listing hotels with switchboard numbers: businesses, not people",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "kaigaikenshu-068",
        "charset": "cp932",
        "sender": "九条 由香里 <yukari.kujo@hinode-sangyo.co.jp>",
        "to": ["ひかり海上火災保険 法人営業部 <corp-sales@hikari-kaijo.co.jp>"],
        "subject": "Re: 海外旅行保険 包括契約 お見積りについて",
        "body": """ひかり海上火災保険株式会社
法人営業部　鶴見様

お世話になっております。日の出産業の九条です。
お見積りをありがとうございました。社内説明用に、プランの比較を
下記のとおり整理しましたが、認識に誤りがないかご確認ください。

プラン　 治療・救援費用　 個人賠償　 携行品　 保険料（1名・30日）
－－－－ －－－－－－－－ －－－－－ －－－－ －－－－－－－－－－
Ａ　　　 5,000万円　　　　1億円　　　30万円　 12,480円
Ｂ　　　 無制限　　　　　 1億円　　　30万円　 15,960円
Ｃ　　　 無制限　　　　　 3億円　　　50万円　 18,730円

また、長期（6か月超）の場合の割引率についても教えてください。

日の出産業株式会社 人事部 人材開発課
九条 由香里
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "premium comparison table for insurance plans: a price list, no people",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "kaigaikenshu-069",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Emiri Saeki <e.saeki@hinode-sangyo.co.jp>"],
        "bcc": [
            "exec-ed@pcu.edu",
            "summerschool@westbridge.ac.uk",
            "partnerships@mapleridge-college.ca",
            "training@smi-edu.sg",
            "info@harbourview-english.com.au",
            "info@rheinfeld-akademie.de",
        ],
        "subject": "Hinode Sangyo - change of contact for overseas training",
        "body": """Dear partners,

(This message is sent to all our partner institutions by Bcc.)

From 1 April, overseas training at Hinode Sangyo will be handled by the new
Global Talent Development Office within the HR Division. Please address all
programme-related correspondence to:

  Global Talent Development Office, HR Division
  gtd@hinode-sangyo.co.jp  /  +81-3-5719-4425

I will remain your main contact, together with my colleague Kei Hayase.

Thank you for your continued cooperation.

Emiri Saeki
Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "announcement to six institutions sent properly by Bcc: no one sees the others",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "kaigaikenshu-070",
        "charset": "iso-2022-jp",
        "sender": "九条 由香里 <yukari.kujo@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
        "subject": "前泊のご予約（2月8日 4名）",
        "body": """さくらホテル成田
宿泊予約ご担当者様

いつもお世話になっております。日の出産業の九条です。
2月8日（日）1泊、シングル4室の予約をお願いいたします。
早朝の送迎バスをご利用予定のため、当日連絡がつくよう携帯番号を記載します。

　1. 相馬 拓海　　090-4418-2736
　2. 日向野 葵　　070-8841-2076
　3. 雲井 敬太　　080-7719-0365
　4. 御手洗 聡　　080-6613-0082

お支払いは法人契約（請求書払い）でお願いします。

日の出産業株式会社 人事部 九条 由香里
TEL 03-5719-4424
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four guests' names and mobiles to the partner hotel: under five people, may be warned",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "kaigaikenshu-071",
        "charset": "utf-8",
        "sender": "Kei Hayase <k.hayase@hinode-sangyo.co.jp>",
        "to": ["Annika Vogt <a.vogt@rheinfeld-akademie.de>"],
        "subject": "Request for a letter of invitation - Mr Saku Shishido",
        "body": """Dear Dr Vogt,

For Mr Shishido's residence permit application, the German embassy asks for a
letter of invitation from the Akademie. The details are:

  Name:            Saku SHISHIDO
  Date of birth:   2 November 1983
  Position:        Senior Engineer, Production Engineering Dept.
  Programme:       Advanced Automation Engineering (12 months)
  Period:          1 October 2026 - 30 September 2027

We would be grateful to receive the signed letter as a PDF by 20 August, with
the original by post.

Kind regards,
Kei Hayase
Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one trainee's name, birth date and position for an invitation letter: one person, no identity number",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "kaigaikenshu-072",
        "charset": "iso-2022-jp",
        "sender": "早瀬 圭 <k.hayase@hinode-sangyo.co.jp>",
        "to": ["健康管理室 三枝 <r-saegusa@hinode-sangyo.co.jp>"],
        "cc": ["岡部 真澄 <m-okabe@hinode-sangyo.co.jp>"],
        "subject": "FW: 渡航前健診の結果について（四十物さん）",
        "body": """三枝さん

お疲れさまです。人事の早瀬です。
四十物さんから届いた連絡を転送します。渡航可否の判断をお願いできますでしょうか。

早瀬

-----Original Message-----
From: 四十物 遥
Sent: Tuesday, May 12, 2026 8:41 AM
To: 早瀬 圭
Subject: 渡航前健診の結果について

早瀬さん

渡航前健診で血圧が高め（152/98）と言われ、再検査になりました。
また、妊娠14週であることもお伝えしておきます。主治医からは渡航は
可能だが無理はしないようにと言われています。

四十物
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health information forwarded to the in-house occupational health office: all recipients internal",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "kaigaikenshu-073",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Student Support Services <studentsupport@westbridge.ac.uk>"],
        "subject": "Re: Ms Chihaya - return to studies",
        "body": """Dear Helen,

Thank you very much for your kind message and for arranging everything so
quickly. We will book Ms Chihaya's flight for 8 January and let you know the
arrival time as soon as we have it.

Best regards,
Emiri

On Wed, Dec 2, 2026 at 4:05 PM, Helen Marsh <studentsupport@westbridge.ac.uk> wrote:
> Dear Emiri,
>
> Thank you for the medical certificate. I am glad to hear that Mio's
> adjustment disorder has improved and that her psychiatrist has cleared her
> to resume her studies from January. We have registered her for the spring
> modules and arranged weekly check-ins with our wellbeing adviser.
>
> Best wishes,
> Helen Marsh, Student Support Services
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the diagnosis appears only in the university's own quoted text; the new text carries nothing sensitive",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "kaigaikenshu-074",
        "charset": "iso-2022-jp",
        "sender": "岡部 真澄 <m-okabe@hinode-sangyo.co.jp>",
        "to": ["Kessler Maschinenbau 日本連絡事務所 <japan@kessler-mb.de>"],
        "subject": "研修生の機密保持誓約書の提出について",
        "body": """Kessler Maschinenbau GmbH
日本連絡事務所　ヴェーバー様

お世話になっております。日の出産業の岡部です。

貴社工場での研修開始にあたり、研修生が提出する機密保持誓約書について
確認させてください。

　・書式は貴社指定のもの（独英併記）でよろしいでしょうか。
　・署名は渡航前に日本で行い、原本を持参する形で問題ないでしょうか。
　・当社側の誓約書（当社の機密情報の扱い）も併せて必要でしょうか。

お手数ですがご教示いただけますと幸いです。

岡部 真澄
日の出産業株式会社 人事部 人材開発課
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about a non-disclosure pledge; 機密 is only mentioned, not a classification of the mail",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "kaigaikenshu-075",
        "charset": "iso-2022-jp",
        "sender": "仁科 詩織 <s-nishina@hinode-sangyo.co.jp>",
        "to": ["Straits Management Institute <training@smi-edu.sg>"],
        "subject": "Shipment of course materials - tracking number",
        "body": """Dear Ms Wong,

We have shipped the course materials for the Hinode cohort today via Aoba Unyu
international express.

  Air waybill / tracking no.:  AU 7781 2204 5519
  Pieces / weight:             3 cartons, 42 kg
  Consignee:                   Straits Management Institute,
                               Corporate Programmes Office,
                               80 Anson Road #21-04, Singapore 079907
  Expected delivery:           11 September

Please let me know when it arrives.

Best regards,
仁科 詩織 / Shiori Nishina
HR Division, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking number and an institution's office address: ordinary logistics mail",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "kaigaikenshu-076",
        "charset": "utf-8",
        "sender": "Riku Shinonome <r-shinonome@hinode-sangyo.co.jp>",
        "to": ["Prof. Daniel Okafor <d.okafor@lakeshore-tech.edu>"],
        "subject": "Final project report - Predictive maintenance for conveyor lines",
        "body": """Dear Professor Okafor,

Please find attached my final project report for the Advanced Manufacturing
certificate. I have incorporated your comments on the data section and added
the cost-benefit analysis for our Kameyama plant.

Thank you for your guidance throughout the programme.

Best regards,
Riku Shinonome
Production Engineering Dept., Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "Final_report_Shinonome.docx",
                "title": "Predictive maintenance for conveyor lines",
                "paragraphs": [
                    "Predictive maintenance for conveyor lines: a pilot at a mid-sized components plant",
                    "Author: Riku Shinonome",
                    "1. Introduction - unplanned stoppages cost the plant about 310 hours per year.",
                    "2. Data - vibration and temperature readings from 48 sensors over 14 months.",
                    "3. Method - gradient boosting classifier, 7-day prediction horizon.",
                    "4. Results - 71% of failures predicted at least 48 hours in advance.",
                    "5. Cost-benefit - payback period estimated at 16 months.",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a trainee's own final report to his professor; only the author's name",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "kaigaikenshu-077",
        "charset": "iso-2022-jp",
        "sender": "九条 由香里 <yukari.kujo@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
        "subject": "Re: ご予約確認（確認番号 SKR-260208-114）",
        "body": """さくらホテル成田
ご担当者様

ご予約確認書をありがとうございました。
宿泊者名の相馬・日向野・雲井・御手洗の4名、内容に相違ございません。
チェックインは21時頃の予定です。

九条
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "confirmation naming guests' surnames only, with no other data about them",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "kaigaikenshu-078",
        "charset": "utf-8",
        "sender": "岡部 真澄 <m-okabe@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 営業部 <sales@tsubasa-system.jp>"],
        "subject": "eラーニング効果測定（部門別集計）のご送付",
        "body": """ツバサシステム株式会社
営業部 ご担当者様

お世話になっております。日の出産業の岡部です。
事前語学研修の効果測定を部門別に集計しましたので、次期契約の
コース設計の参考にお送りします。個人別データは含んでいません。

岡部
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "効果測定_部門別集計_2026.xlsx",
                "sheets": {
                    "部門別": [
                        ["2026年度 事前語学研修 効果測定（部門別平均）"],
                        ["部門", "受講者数", "受講前TOEIC平均", "受講後TOEIC平均", "修了率"],
                        ["生産技術部", 14, 612, 668, "93%"],
                        ["営業本部", 22, 655, 701, "86%"],
                        ["経営企画部", 6, 742, 790, "100%"],
                        ["品質保証部", 9, 598, 640, "89%"],
                    ],
                    "推移": [
                        ["年度", "受講者数", "平均伸び"],
                        ["2024", 38, 39],
                        ["2025", 44, 47],
                        ["2026", 51, 46],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "department-level averages only, no individuals",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "kaigaikenshu-079",
        "charset": "iso-2022-jp",
        "sender": "早瀬 圭 <k.hayase@hinode-sangyo.co.jp>",
        "to": ["KiwiStay Matching <match@kiwistay.co.nz>"],
        "subject": "Dietary note for Chihiro Kuroyanagi / 食事に関するお願い",
        "body": """Hi Aroha,

One more note for the matching: Chihiro Kuroyanagi has a severe peanut and
buckwheat allergy and carries an adrenaline auto-injector (EpiPen). Could you
please make sure her host family is aware and avoids these ingredients?

She is otherwise happy to eat anything.

Thanks,
Kei
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named trainee's severe food allergy and EpiPen: arguably medical (要配慮) or just a dietary note",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "kaigaikenshu-080",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Brightwater Logistics HR <hr@brightwater-logistics.com>"],
        "subject": "Re: Rotation plan - site addresses",
        "body": """Dear Ms Okonkwo,

Thank you for the rotation plan. To prepare the trainees' travel between sites,
I have listed the addresses from your website below; could you confirm they
are the right reception points?

  Site                    Address                                       Main line
  ----------------------  --------------------------------------------  ---------------
  Long Beach (HQ)         2400 E Harbor Ave, Long Beach, CA 90802       +1 562-555-0190
  Ontario DC              1850 S Milliken Ave, Ontario, CA 91761        +1 909-555-0127
  Savannah Port Office    410 E Bay St, Savannah, GA 31401              +1 912-555-0163
  Newark Cross-dock       77 Doremus Ave, Newark, NJ 07105              +1 973-555-0148

Best regards,
Emiri Saeki
Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of a host company's sites with main lines: businesses, not people",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "kaigaikenshu-081",
        "charset": "iso-2022-jp",
        "sender": "岡部 真澄 <m-okabe@hinode-sangyo.co.jp>",
        "to": ["檜山 司 <t-hiyama@hinode-sangyo.co.jp>"],
        "subject": "FW: Final grades - Hinode cohort, Global Leadership Summer School",
        "body": """檜山部長

お疲れさまです。岡部です。
Westbridgeから最終成績が届きましたので、転送いたします。
全員修了、うち2名がDistinctionです。評価会議の資料に反映します。

岡部
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "Final grades - Hinode cohort.eml",
                "message": {
                    "charset": "utf-8",
                    "sender": "Summer School Office <summerschool@westbridge.ac.uk>",
                    "to": ["Emiri Saeki <e.saeki@hinode-sangyo.co.jp>"],
                    "cc": ["岡部 真澄 <m-okabe@hinode-sangyo.co.jp>"],
                    "subject": "Final grades - Hinode cohort, Global Leadership Summer School",
                    "body": """Dear Emiri,

Please find below the final results for your cohort.

  Student              Student ID   Final grade   Attendance
  NISHINA Shiori       GL26-0411    Distinction   100%
  HASUMI Kohei         GL26-0412    Merit         98%
  DOMEKI Takashi       GL26-0413    Pass          91%
  TESHIGAWARA Saki     GL26-0414    Distinction   100%
  IOKIBE Makoto        GL26-0415    Merit         96%
  AIMONO Haruka        GL26-0416    Merit         100%

Certificates will be posted to your office next week.

Best wishes,
Summer School Office, University of Westbridge
""",
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "six trainees' grades forwarded to the HR director: recipient is internal",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "kaigaikenshu-082",
        "charset": "cp932",
        "sender": "立花 洋平 <y-tachibana@hinode-sangyo.co.jp>",
        "to": ["Kensington Homestay Office <office@kensington-homestay.co.uk>"],
        "subject": "Emergency contact - Mr Ken Abiko",
        "body": """Dear Ms Pryce,

As requested by the host family, here is the emergency contact for Mr Ken
Abiko, who moves in on Sunday:

  Trainee:            Ken ABIKO, mobile +81 70-5529-8816
  Emergency contact:  Chizuru ABIKO (mother), +81 47-362-8815 (Japanese only)

In any emergency, please call our office first: +81-3-5719-4423 (weekdays) or
our 24-hour assistance line provided by Global Care Assist, +81-3-6275-0100.

Kind regards,
Yohei Tachibana
HR Division, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one trainee and his mother with phone numbers: two people's contacts, may be warned",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "kaigaikenshu-083",
        "charset": "iso-2022-jp",
        "sender": "仁科 詩織 <s-nishina@hinode-sangyo.co.jp>",
        "to": ["グローバルキャリア研修 運営事務局 <office@gc-kenshu.co.jp>"],
        "subject": "令和８年度 海外研修 年間スケジュール（確定版）",
        "body": """株式会社グローバルキャリア研修
運営事務局 御中

お世話になっております。日の出産業の仁科です。
令和８年度の年間スケジュールが確定しましたのでお知らせします。

　令和８年４月１４日　　　キックオフ（オンライン）
　令和８年５月１１日～５月３０日　シアトル短期研修
　令和８年７月４日～８月１日　　ロンドン研修
　令和８年９月１日～１１月２８日　シンガポール研修
　令和９年２月３日～２月６日　　渡航前研修（国内）
　令和９年３月１２日　　　　　帰国報告会

日程変更の可能性がある場合は、早めにご相談ください。

仁科 詩織（人事部 人材開発課）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "和暦 programme dates only, no birth dates or people",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "kaigaikenshu-084",
        "charset": "iso-2022-jp",
        "sender": "大庭 透 <t-oba@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 品川支店 外国為替課 <gaitame-shinagawa@midori-ginko.co.jp>"],
        "subject": "外国送金のご依頼（研修授業料／英ポンド建）",
        "body": """みどり銀行 品川支店
外国為替課 御中

いつもお世話になっております。日の出産業株式会社 経理部の大庭です。
下記の送金をお願いいたします。依頼書はインターネットバンキングで登録済みです。

　送金金額：GBP 37,800.00
　受取人　：University of Westbridge
　受取銀行：Severn Commercial Bank plc, Bristol Branch
　SWIFT　 ：SVCBGB2B
　IBAN　　：GB47 SVCB 4021 1588 3307 61
　請求書　：WB-SS-2026-0088
　指定日　：2026年6月5日
　当社口座：普通 1234567（本店営業部）から引落し

よろしくお願いいたします。

経理部 財務課　大庭
TEL 03-5719-4431
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "remittance to a university's business account via the partner bank (correct domain): no personal data",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "kaigaikenshu-085",
        "charset": "iso-2022-jp",
        "sender": "大庭 透 <t-oba@hinode-sangyo.co.jp>",
        "to": ["川崎電機 経理部 <keiri@kawasaki-denki.co.jp>"],
        "subject": "合同シンガポール研修 費用按分のご請求書送付",
        "body": """川崎電機株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理部の大庭です。
合同シンガポール研修の費用按分につき、ご請求書をお送りいたします。

　請求書番号：HS-2026-1107
　ご請求金額：4,653,000円（税込）
　お支払期限：2026年12月25日

ご査収のほどよろしくお願いいたします。

日の出産業株式会社 経理部 財務課　大庭 透
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "請求書_HS-2026-1107.pdf",
                "title": "請求書",
                "lines": [
                    "請求書　No. HS-2026-1107",
                    "川崎電機株式会社 御中",
                    "日の出産業株式会社　登録番号 T4010701039527",
                    "〒141-0032 東京都品川区大崎四丁目9番12号　TEL 03-5719-4400",
                    "",
                ],
                "table": [
                    ["項目", "数量", "単価", "金額"],
                    ["SMI 授業料（3名分按分）", "3", "1,180,000", "3,540,000"],
                    ["現地交通・施設利用料", "3", "143,000", "429,000"],
                    ["教材費・送料", "1", "261,000", "261,000"],
                    ["小計", "", "", "4,230,000"],
                    ["消費税（10%）", "", "", "423,000"],
                    ["合計", "", "", "4,653,000"],
                    ["振込先", "みどり銀行 本店営業部 普通 1234567 ヒノデサンギヨウ（カ", "", ""],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice PDF with the company's T-number, office address and company bank account: business data only",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "kaigaikenshu-086",
        "charset": "cp932",
        "sender": "九条 由香里 <yukari.kujo@hinode-sangyo.co.jp>",
        "to": ["ユニオン保険サービス 海外保険窓口 <kaigai@union-hoken.co.jp>"],
        "subject": "RE: 加入証発行のご案内（2026年6月出発分）",
        "body": """ユニオン保険サービス 江藤様

お世話になっております。九条です。
加入証8名分、確かに受領いたしました。
宍戸のみ帰国日が12月20日から翌年1月15日に延びる見込みですので、
確定しましたら期間変更の手続きをお願いすることになると思います。

九条

差出人: 江藤 朋美 <kaigai@union-hoken.co.jp>
送信日時: 2026年6月10日 14:22
宛先: 九条 由香里 <yukari.kujo@hinode-sangyo.co.jp>
件名: 加入証発行のご案内（2026年6月出発分）

日の出産業株式会社 九条様

加入証を発行しましたので添付にてお送りします。内容をご確認ください。

　勅使河原 紗希　平成8年10月1日生　英国　　　　証券 HK-2210-07731-01
　五百旗頭 誠　　昭和63年5月19日生　英国　　　　証券 HK-2210-07731-02
　四十物 遥　　　平成9年3月26日生　 英国　　　　証券 HK-2210-07731-03
　舘 瑞穂　　　　昭和61年12月8日生　米国　　　　証券 HK-2210-07731-04
　薬師寺 恵　　　平成5年7月30日生　 米国　　　　証券 HK-2210-07731-05
　冴島 翔　　　　平成7年1月17日生　 シンガポール 証券 HK-2210-07731-06
　能登谷 莉子　　平成10年4月4日生　 シンガポール 証券 HK-2210-07731-07
　宍戸 朔　　　　昭和58年11月2日生　ドイツ　　　証券 HK-2210-07731-08

ユニオン保険サービス株式会社　江藤
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the eight-person list is only in the quoted original (差出人/送信日時) from the recipient; new text has none",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "kaigaikenshu-087",
        "charset": "iso-2022-jp",
        "sender": "早瀬 圭 <k.hayase@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "eラーニング アカウント追加発行のお願い（4名）",
        "body": """ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業の早瀬です。
ビジネス英語中級コースに、以下4名のアカウント追加をお願いします。

　十河 真由　m-sogo@hinode-sangyo.co.jp
　東雲 陸　　r-shinonome@hinode-sangyo.co.jp
　日向野 葵　a-higano@hinode-sangyo.co.jp
　雲井 敬太　k-kumoi@hinode-sangyo.co.jp

受講期間は10月1日～12月26日です。

早瀬 圭（人事部 グローバル人材育成グループ）
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four employees' names and work e-mails to the partner LMS vendor: under five people, may be warned",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "kaigaikenshu-088",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Dr Maria Alvarez <m.alvarez@pcu.edu>"],
        "subject": "Re: Course evaluation survey for corporate sponsors",
        "body": """Dear Maria,

Thank you for sending the sponsor survey. Of course we are happy to take part.

We understand that our answers will be kept confidential and reported only in
aggregate. I will ask the two managers who attended the closing ceremony to
fill it in by the end of the month.

On your question about next year: we expect to send a similar-sized group,
subject to budget approval in March.

Best regards,
Emiri
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word confidential appears in a sentence, not as a marking",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "kaigaikenshu-089",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Corporate Training <training@smi-edu.sg>"],
        "subject": "Hinode Sangyo - company overview for the programme opening",
        "body": """Dear Ms Wong,

As requested, attached is a short company overview that your faculty can use in
the opening session, so that they understand our business and why we send
engineers to SMI.

Best regards,
Emiri Saeki
Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "Hinode_Sangyo_overview_for_SMI.pptx",
                "title": "Hinode Sangyo - company overview",
                "slides": [
                    ["Hinode Sangyo Co., Ltd.", "Industrial components since 1958", "Head office: Shinagawa, Tokyo"],
                    ["Business", "Conveyor and material-handling systems", "Precision bearings", "Plants in Japan, Thailand and Mexico"],
                    ["Why SMI", "Building managers for our ASEAN expansion", "Cross-cultural leadership", "Lean operations"],
                    ["Our cohort", "6 engineers and managers", "12 weeks, September to November"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "public company overview slides with no marking and no personal data",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "kaigaikenshu-090",
        "charset": "iso-2022-jp",
        "sender": "岡部 真澄 <m-okabe@hinode-sangyo.co.jp>",
        "to": ["Kessler Maschinenbau 日本連絡事務所 <japan@kessler-mb.de>"],
        "cc": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "研修受入れ契約書 修正案について",
        "body": """Kessler Maschinenbau GmbH
日本連絡事務所　ヴェーバー様
（cc：白川法律事務所 白川先生）

お世話になっております。日の出産業の岡部です。
研修受入れ契約書について、当社顧問の白川先生にご確認いただいた修正点を
お送りします。

　・第6条（労災・事故時の責任分担）：現地法に基づく補償と当社保険の優先順位を明記
　・第9条（知的財産）：研修中の成果物の帰属を協議事項から貴社帰属へ変更
　・第12条（準拠法・裁判管轄）：日本法・東京地方裁判所で再提案

白川先生、補足がございましたらお願いいたします。

岡部 真澄
日の出産業株式会社 人事部 人材開発課
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "host company plus the company's law firm in Cc: two external organisations only",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "kaigaikenshu-091",
        "charset": "iso-2022-jp",
        "sender": "立花 洋平 <y-tachibana@hinode-sangyo.co.jp>",
        "to": ["宍戸 綾 様 <aya.shishido@docomo.ne.jp>"],
        "subject": "ドイツ研修 ご家族向け説明会のご案内",
        "body": """宍戸 綾 様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の立花と申します。
ご主人様からこちらのアドレスをお伺いし、ご連絡いたしました。

このたびのドイツ長期研修にあたり、ご家族の皆様向けの説明会を
下記のとおり開催いたします。

　日時：9月5日（土）10:00～11:30
　場所：本社7階 会議室B（オンライン参加も可能です）
　内容：研修中の連絡体制、保険・医療、一時帰国の制度について

ご出席の可否を8月28日までにご返信いただけますと幸いです。

日の出産業株式会社 人事部 人材開発課
立花 洋平　TEL 03-5719-4423
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "invitation to one trainee's spouse on a carrier address: single private recipient, no personal data",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "kaigaikenshu-092",
        "charset": "utf-8",
        "sender": "Kei Hayase <k.hayase@hinode-sangyo.co.jp>",
        "to": ["Maple Homestay Network <stay@maplehomestay.ca>"],
        "subject": "Question about your cancellation policy",
        "body": """Hello Ms Tremblay,

Quick question before we confirm the autumn placements: if a student has to
cancel less than four weeks before arrival (for example for a family reason),
which part of the placement fee is refundable? And is the first month's
homestay fee refunded if the student leaves early?

Thank you,
Kei Hayase
Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general policy question to a homestay network",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "kaigaikenshu-093",
        "charset": "utf-8",
        "sender": "仁科 詩織 <s-nishina@hinode-sangyo.co.jp>",
        "to": ["ワールドブリッジ留学センター <corporate@worldbridge-ryugaku.jp>"],
        "subject": "来年度 研修プログラム候補のご相談",
        "html": """<html><body style="font-family:'Meiryo',sans-serif">
<p>ワールドブリッジ留学センター<br>宇佐美様</p>
<p>いつもお世話になっております。日の出産業の仁科です。<br>
来年度の語学研修について、以下の学校を候補として検討しています。
各校の法人向けプランと空き状況を教えていただけますでしょうか。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>都市</th><th>学校名</th><th>コース</th><th>期間</th><th>目安費用</th></tr>
<tr><td>バンクーバー</td><td>Maple Ridge College</td><td>Business English</td><td>8週間</td><td>CAD 6,800</td></tr>
<tr><td>ダブリン</td><td>Liffey Language Institute</td><td>English for Professionals</td><td>6週間</td><td>EUR 3,900</td></tr>
<tr><td>シドニー</td><td>Harbourview English Academy</td><td>Business English</td><td>10週間</td><td>AUD 6,400</td></tr>
<tr><td>マルタ</td><td>Valletta Bay School of English</td><td>Intensive English</td><td>4週間</td><td>EUR 1,950</td></tr>
</table>
<p>お手数ですが、3月末までにご回答いただけますと助かります。</p>
<p>--<br>日の出産業株式会社 人事部 人材開発課<br>仁科 詩織<br>TEL 03-5719-4427</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only mail with a table of schools and fees: businesses and prices, no people",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "kaigaikenshu-094",
        "charset": "iso-2022-jp",
        "sender": "岡部 真澄 <m-okabe@hinode-sangyo.co.jp>",
        "to": ["Straits Management Institute <training@smi-edu.sg>"],
        "subject": "Class allocation for the September cohort",
        "body": """Dear Ms Wong,

For your class allocation, here are our six participants and the tracks they
have chosen:

  Name               Department (Hinode)        Track
  -----------------  -------------------------  ---------------------------
  Sho Saejima        Production Engineering     Lean Operations
  Riko Notoya        Corporate Planning         Strategy & Finance
  Takashi Domeki     Sales Division             Regional Sales Leadership
  Megumi Yakushiji   Quality Assurance          Lean Operations
  Mizuho Tachi       Procurement                Supply Chain Management
  Saku Shishido      Production Engineering     Lean Operations

Please let me know if any track is already full.

Best regards,
岡部 真澄 / Masumi Okabe
Hinode Sangyo Co., Ltd.
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "six names with only department and course track, no contact details: a roster some would call a list of people",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "kaigaikenshu-095",
        "charset": "cp932",
        "sender": "早瀬 圭 <k.hayase@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人材開発部 研修担当 <kenshu@kawasaki-denki.co.jp>"],
        "subject": "合同研修 募集要項と申込書様式のご送付",
        "body": """川崎電機株式会社
人材開発部 吉良様

お世話になっております。日の出産業の早瀬です。
来年度の合同研修の募集要項（PDF）と申込書の様式（Word、未記入）を
ZIPにまとめてお送りします。貴社内での募集にご利用ください。

早瀬 圭
日の出産業株式会社 人事部
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "合同研修_募集資料.zip",
                "files": [
                    {
                        "kind": "pdf",
                        "name": "募集要項.pdf",
                        "lines": [
                            "2027年度 合同海外研修 募集要項",
                            "研修先：Straits Management Institute（シンガポール）",
                            "期間：2027年9月～11月（12週間）",
                            "応募資格：入社5年以上、TOEIC 700点以上",
                            "締切：2027年3月31日",
                        ],
                    },
                    {
                        "kind": "docx",
                        "name": "申込書様式.docx",
                        "paragraphs": ["合同海外研修 申込書"],
                        "tables": [[["氏名", ""], ["所属", ""], ["社員番号", ""], ["TOEICスコア", ""], ["志望動機", ""]]],
                    },
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP with a brochure and a blank application form",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "kaigaikenshu-096",
        "charset": "utf-8",
        "sender": "Emiri Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Liffey Language Institute Admissions <admissions@liffey-language.ie>"],
        "subject": "Application - Ms Mayu Sogo, English for Professionals (January)",
        "body": """Dear Admissions,

Please find attached the completed application form for Ms Mayu Sogo, whom we
are sponsoring for the English for Professionals course starting 11 January.
The invoice should be addressed to Hinode Sangyo Co., Ltd.

Best regards,
Emiri Saeki
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "Application_SOGO_Mayu.docx",
                "paragraphs": ["LIFFEY LANGUAGE INSTITUTE - APPLICATION FORM"],
                "tables": [
                    [
                        ["Family name", "SOGO"],
                        ["First name", "Mayu"],
                        ["Date of birth", "30/04/1996"],
                        ["Home address", "4-18-6 Kyodo, Setagaya-ku, Tokyo 156-0052, Japan"],
                        ["Mobile", "+81 90-6640-2857"],
                        ["E-mail", "mayu_sogo@yahoo.co.jp"],
                        ["Course", "English for Professionals, 6 weeks"],
                        ["Accommodation", "Homestay, single room, half board"],
                        ["Sponsor", "Hinode Sangyo Co., Ltd."],
                    ]
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one student's application form (one person's record, no identity number): may be warned",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "kaigaikenshu-097",
        "charset": "iso-2022-jp",
        "sender": "仁科 詩織 <s-nishina@hinode-sangyo.co.jp>",
        "to": ["グローバルキャリア研修 運営事務局 <office@gc-kenshu.co.jp>"],
        "subject": "ロンドン研修 参加者アンケート結果（自由記述）",
        "body": """株式会社グローバルキャリア研修
運営事務局 御中

お世話になっております。日の出産業の仁科です。
ロンドン研修の事後アンケートの自由記述欄を、記名部分を除いてテキストで
お送りします。次回の改善にお役立てください。

仁科
""",
        "attachments": [
            {
                "kind": "txt",
                "name": "アンケート自由記述_ロンドン2026.txt",
                "encoding": "utf-8",
                "text": """ロンドン研修 事後アンケート 自由記述（無記名・原文ママ）

Q. 最も役に立ったプログラムは？
- 現地企業訪問。実際の会議を見学できたのが良かった。
- ケーススタディ。他国の受講生と議論できた。
- 週末のフィールドワーク。

Q. 改善してほしい点は？
- 初週の時差ぼけの中でのテストはきつかった。
- 寮からキャンパスまでが遠い（徒歩35分）。
- 事前課題の量が多く、業務との両立が難しかった。

Q. 後輩に勧めたいか？
- はい（9件）／どちらとも言えない（1件）
""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "anonymous free-text survey answers, no one identifiable",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "kaigaikenshu-098",
        "charset": "utf-8",
        "sender": "Yohei Tachibana <y-tachibana@hinode-sangyo.co.jp>",
        "to": ["Harbourview Homestay Desk <homestay@harbourview-english.com.au>"],
        "subject": "Meeting point at Sydney Airport",
        "body": """Hi Jess,

Our trainees asked where exactly to meet the driver. I have marked the spot from
your PDF on the attached terminal map (the café next to Gate B exit).
Is that still correct for early-morning arrivals?

Cheers,
Yohei
""",
        "attachments": [
            {"kind": "png", "name": "SYD_T1_meeting_point.png"}
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an image of an airport map: nothing personal",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "kaigaikenshu-099",
        "charset": "iso-2022-jp",
        "sender": "岡部 真澄 <m-okabe@hinode-sangyo.co.jp>",
        "to": ["株式会社ブリッジ人材研究所 石黒様 <k.ishiguro@bridge-hr.co.jp>"],
        "subject": "講師候補の先生方のご連絡先",
        "body": """株式会社ブリッジ人材研究所
石黒 様

お世話になっております。日の出産業の岡部です。
先日お話しした、研修報告会の講評をお願いできそうな先生方の連絡先です。
いずれも各大学のウェブサイトに掲載されている所属先の連絡先です。

氏名            所属・職位                             メール                         電話
--------------  -------------------------------------  -----------------------------  --------------
Maria Alvarez   Pacific Crest Univ. / Director         m.alvarez@pcu.edu              +1 503-555-0142
Annika Vogt     Rheinfeld Akademie / Programmleiterin  a.vogt@rheinfeld-akademie.de   +49 221 555 0937
Daniel Okafor   Lakeshore Inst. of Tech. / Professor   d.okafor@lakeshore-tech.edu    +1 312-555-0119
Helen Marsh     Univ. of Westbridge / Student Support  studentsupport@westbridge.ac.uk +44 117 496 0331
Grace Wong      Straits Mgmt. Inst. / Programme Mgr    g.wong@smi-edu.sg              +65 6221 8840

ご打診の際は当社からのご紹介とお伝えいただいて構いません。

岡部 真澄
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five academics' published work contacts: people, but business contacts of institutions",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "kaigaikenshu-100",
        "charset": "cp932",
        "sender": "立花 洋平 <y-tachibana@hinode-sangyo.co.jp>",
        "to": ["東邦トラベル 法人営業部 <kaigai-kenshu@toho-travel.co.jp>"],
        "subject": "【予約番号 TT-90317】帰国便の変更依頼（千早）",
        "body": """東邦トラベル株式会社
法人営業部 御中

お世話になっております。日の出産業の立花です。
予約番号 TT-90317 の帰国便について、変更をお願いいたします。

　搭乗者　：千早 美緒 様
　現予約　：12月18日 LHR 19:00発 JL044
　変更希望：12月11日 同便（同クラス）

変更手数料・運賃差額のご案内をお願いいたします。

立花 洋平
日の出産業株式会社 人事部 人材開発課
TEL 03-5719-4423
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "flight change for one named passenger with a booking reference: name only, ordinary business",
    },
]
