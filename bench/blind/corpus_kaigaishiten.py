"""Blind evaluation corpus, area kaigaishiten: the mail of Hinode Sangyo's overseas sales and
overseas business administration staff who coordinate with the company's overseas branches
(internal subdomains such as sg./us./de./vn./th./id.hinode-sangyo.co.jp) and with external
distributors, forwarders, customs brokers, travel agents, visa agents, insurers and payroll
firms abroad -- shipments, price lists, project updates, visits, expense reports and local
staff, much of it in English; written blind from BRIEF.md (and the entity/detector names in
SPEC.md) without reading mailguard's code."""

from build import card_number, my_number

SEED = 58601

# -- signatures of the (invented) senders ----------------------------------------------

SIG_MAKABE_EN = """--
Shunsuke Makabe
Overseas Sales Dept. | Hinode Sangyo Co., Ltd.
2-14-7 Shiba-Daimon, Minato-ku, Tokyo 105-0012, Japan
Tel: +81-3-5405-2281  Fax: +81-3-5405-2290
s.makabe@hinode-sangyo.co.jp"""

SIG_MAKABE_JA = """━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　海外営業部
真壁 俊介（まかべ しゅんすけ）
〒105-0012 東京都港区芝大門2-14-7 日の出ビル5F
TEL 03-5405-2281　FAX 03-5405-2290
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_KUGA_EN = """Best regards,

Nao Kuga (Ms.)
ASEAN Team, Overseas Sales Department
HINODE SANGYO CO., LTD.
T +81 3 5405 2284 | M +81 80 4417 2093
https://www.hinode-sangyo.co.jp/en/"""

SIG_MINATO_JA = """--------------------------------------------
日の出産業株式会社 国際物流課
湊　大輔
〒105-0012 東京都港区芝大門2-14-7
TEL:03-5405-2301 / FAX:03-5405-2309
E-mail: d.minato@hinode-sangyo.co.jp
--------------------------------------------"""

SIG_MINATO_EN = """Daisuke Minato
International Logistics Section
Hinode Sangyo Co., Ltd.
Phone +81-3-5405-2301"""

SIG_ASHIDA_JA = """――――――――――――――――――――
日の出産業株式会社
経理部　国際決済グループ
芦田 康弘
TEL 03-5405-2150（内線2155）
――――――――――――――――――――"""

SIG_NARUMI_JA = """**************************************
日の出産業株式会社　人事部 海外人事グループ
鳴海 千尋　Chihiro Narumi
〒105-0012 東京都港区芝大門2-14-7
TEL 03-5405-2120
**************************************"""

SIG_OGINO_EN = """Kenta Ogino
Technical Service Dept., Hinode Sangyo Co., Ltd.
Phone: +81-48-652-7710 (Saitama Technical Center)"""

SIG_SHIRATORI_EN = """Reiko Shiratori
Overseas Business Administration Section
Hinode Sangyo Co., Ltd. | Tokyo, Japan
+81-3-5405-2260"""

SIG_SHIRATORI_JA = """日の出産業株式会社　海外事業管理課
白鳥 玲子
TEL：03-5405-2260"""

DISCLAIMER_EN = """
------------------------------------------------------------------
This e-mail and any attachments may contain confidential information
intended solely for the addressee. If you have received this e-mail in
error, please notify the sender immediately and delete it. Any
unauthorised use, copying or disclosure is prohibited.
本メールには機密情報が含まれている場合があります。誤って受信された場合は
送信者にご連絡のうえ、削除してくださいますようお願いいたします。
------------------------------------------------------------------"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。宛先に心当たりのない方は、
　お手数ですが送信者までご連絡のうえ、本メールを破棄してください。"""

MESSAGES = [
    # 001 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-001",
        "charset": "utf-8",
        "sender": "Daisuke Minato <d.minato@hinode-sangyo.co.jp>",
        "to": ["Jasmine Koh <jasmine.koh@prtrading.com.sg>"],
        "cc": ["t.morioka@sg.hinode-sangyo.co.jp"],
        "subject": "Shipping Advice: PO PRT-25-0418 / INV HS-E250731-02 / ETA Singapore 14 Aug",
        "body": """Dear Jasmine,

Good day. Please find below the shipping details for your PO PRT-25-0418.

  Vessel / Voyage : ONE HARMONY V.072S
  B/L No.         : ONEYTYOF40871200
  Container       : TCNU 418822-5 (40'HC), Seal No. HS0738126
  ETD Tokyo       : 2 Aug (Sat)
  ETA Singapore   : 14 Aug (Thu)
  Terms           : CIF Singapore, T/T 60 days after B/L date
  Packages        : 22 pallets / G.W. 11,840 kg / 48.6 CBM

The commercial invoice and packing list are attached. The original B/L
will be surrendered at origin, so no courier this time; please let your
customs broker know.

Item HS-PV220 (qty 40) was short-shipped by 6 units due to a supplier
delay. The balance will follow on the next vessel and is not invoiced now.

Thank you as always for your business.

Best regards,
""" + SIG_MINATO_EN,
        "attachments": [
            {"kind": "pdf", "name": "PL_HS-E250731-02.pdf", "title": "Packing List",
             "lines": ["HINODE SANGYO CO., LTD.  PACKING LIST", "Invoice No. HS-E250731-02   Date: 31 Jul",
                       "Consignee: Pacific Rim Trading Pte Ltd, 21 Tuas Avenue 8, Singapore 639227",
                       "Shipping marks: PRT / SINGAPORE / C/No. 1-22"],
             "table": [["Pallet", "Item", "Description", "Qty", "N.W.(kg)", "G.W.(kg)", "Meas.(m3)"],
                       ["1-6", "HS-PV220", "Pressure valve 220A", "34", "2,890", "3,120", "13.2"],
                       ["7-15", "HS-FL50K", "Line filter unit 50K", "90", "3,410", "3,700", "19.8"],
                       ["16-20", "HS-GK-08", "Gasket kit #8", "500", "2,300", "2,560", "9.4"],
                       ["21-22", "HS-SP-MIX", "Spare parts (assorted)", "1 lot", "2,210", "2,460", "6.2"],
                       ["", "", "TOTAL", "", "10,810", "11,840", "48.6"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary shipping advice to one distributor: B/L, container, invoice numbers, business address only",
    },
    # 002 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-002",
        "charset": "utf-8",
        "sender": "Reiko Shiratori <r.shiratori@hinode-sangyo.co.jp>",
        "to": ["Tran Minh Khoa <khoa.tran@mekongpay.com.vn>"],
        "cc": ["Nguyen Thi Thu Ha <thuha.nguyen@vn.hinode-sangyo.co.jp>"],
        "subject": "HCMC Rep. Office - staff master data for payroll onboarding (Sept payroll)",
        "body": """Dear Mr. Khoa,

Thank you for the kick-off call yesterday. As agreed, we attach the staff
master data of our Ho Chi Minh City Representative Office so that your team
can set up the September payroll run.

The file has two sheets: "Staff" (9 employees currently on payroll) and
"Allowances". Ms. Thu Ha (cc) will send the bank transfer mandate separately
through your portal.

Please confirm once the records have been loaded, and let us know if any
field is missing for the PIT registration.

Kind regards,

""" + SIG_SHIRATORI_EN,
        "attachments": [
            {"kind": "xlsx", "name": "HCMC_staff_master_2025-09.xlsx", "title": "HCMC staff master",
             "sheets": {
                 "Staff": [
                     ["Hinode Sangyo Co., Ltd. - HCMC Representative Office / Staff master (as of 25 Aug)"],
                     [],
                     ["Emp No.", "Full name", "Date of birth", "Gender", "Position", "Start date",
                      "Mobile", "Personal e-mail", "Gross salary (VND)"],
                     ["VN-001", "Nguyen Thi Thu Ha", "1987-03-14", "F", "Office Manager", "2016-04-01",
                      "+84 903 418 227", "thuha.ntt87@gmail.com", 42000000],
                     ["VN-003", "Pham Quoc Bao", "1990-11-02", "M", "Sales Engineer", "2018-07-16",
                      "+84 938 552 104", "baopq.1102@gmail.com", 31500000],
                     ["VN-004", "Le Hoang Yen", "1994-06-27", "F", "Sales Assistant", "2019-01-07",
                      "+84 912 730 681", "yen.lehoang@yahoo.com", 19800000],
                     ["VN-006", "Vo Thanh Tung", "1989-09-09", "M", "Service Engineer", "2020-03-02",
                      "+84 976 204 339", "tungvt89@gmail.com", 27600000],
                     ["VN-007", "Dang Minh Chau", "1996-02-18", "F", "Accountant", "2021-05-10",
                      "+84 905 118 462", "chau.dm96@outlook.com", 22400000],
                     ["VN-008", "Huynh Tan Loc", "1992-12-01", "M", "Service Engineer", "2021-09-01",
                      "+84 939 671 025", "lochuynh92@gmail.com", 26100000],
                     ["VN-010", "Bui Ngoc Anh", "1998-08-22", "F", "Admin / Receptionist", "2022-11-14",
                      "+84 987 340 556", "ngocanh.bui98@gmail.com", 14500000],
                     ["VN-011", "Truong Van Hieu", "1985-04-30", "M", "Driver", "2023-02-01",
                      "+84 918 223 770", "hieutv1985@gmail.com", 12800000],
                     ["VN-012", "Ly Gia Han", "1999-10-05", "F", "Sales Assistant", "2024-06-03",
                      "+84 936 885 012", "giahan.ly@gmail.com", 16200000],
                 ],
                 "Allowances": [
                     ["Emp No.", "Lunch", "Transport", "Phone", "Responsibility"],
                     ["VN-001", 730000, 500000, 300000, 3000000],
                     ["VN-003", 730000, 800000, 300000, 0],
                     ["VN-006", 730000, 800000, 300000, 0],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: 9 local staff records (DOB, mobile, private e-mail, salary) in XLSX to an external payroll firm",
    },
    # 003 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-003",
        "charset": "iso-2022-jp",
        "sender": "湊 大輔 <d.minato@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 国際営業課 <kokusai@aoba-unyu.co.jp>"],
        "cc": ["真壁 俊介 <s.makabe@hinode-sangyo.co.jp>"],
        "subject": "【船積依頼】ドイツ向け（Nordwerk）8月第4週 LCL 2件",
        "body": """青葉運輸株式会社
国際営業課　ご担当者様

いつもお世話になっております。日の出産業の湊です。

標記の件、下記の通り船積みのお手配をお願いできますでしょうか。

■1件目
　仕向地　　：Hamburg, Germany（最終仕向地 Duesseldorf）
　荷受人　　：Nordwerk Handels GmbH
　インボイス：HS-E250822-01
　品名　　　：工業用バルブ部品（HSコード 8481.90）
　数量　　　：木箱 4ケース / 1,260kg / 3.8m3
　貨物搬入　：8月20日（水）午前　弊社川口倉庫より

■2件目
　仕向地　　：Antwerp, Belgium
　荷受人　　：同上（ベルギー倉庫渡し）
　インボイス：HS-E250822-02
　品名　　　：フィルターエレメント
　数量　　　：パレット 2枚 / 540kg / 2.1m3

いずれもCIF条件、保険は弊社包括予定保険で付保いたします。
ブッキング確定後、カットの日程とS/Iの締切をお知らせください。

よろしくお願いいたします。

""" + SIG_MINATO_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipping instruction to partner forwarder: invoice numbers, cargo details, no personal data",
    },
    # 004 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-004",
        "charset": "utf-8",
        "sender": "Kenta Ogino <k.ogino@hinode-sangyo.co.jp>",
        "to": ["Ms. Phan Thi My Linh <mylinh.phan@saigon-indsupply.com.vn>"],
        "subject": "Visa invitation letter for our two engineers - commissioning at Binh Duong site",
        "body": """Dear Ms. My Linh,

Thank you for agreeing to apply for the invitation letter (approval code) on
our behalf. Below are the details of the two engineers who will travel for
the commissioning of the filtration line at your customer's Binh Duong plant.

1) Surname / Given name : OGINO KENTA
   Date of birth        : 12 May 1986
   Nationality          : Japanese
   Passport No.         : TS4418027   (expiry 03 Feb 2031)

2) Surname / Given name : SAKAKIBARA RYO
   Date of birth        : 29 Oct 1993
   Nationality          : Japanese
   Passport No.         : TZ1057936   (expiry 17 Aug 2029)

Intended entry: 15 Sep via Tan Son Nhat, exit 26 Sep. Single entry, business
(DN) visa. Please tell us if the immigration department needs a scan of the
passport data page as well.

Best regards,

""" + SIG_OGINO_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "identifier: two engineers' passport numbers with dates of birth sent to a distributor",
    },
    # 005 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-005",
        "charset": "utf-8",
        "sender": "Shunsuke Makabe <s.makabe@hinode-sangyo.co.jp>",
        "to": ["Petra Vogelsang <p.vogelsang@nordwerk-handel.de>"],
        "cc": ["Jonas Reimann <j.reimann@de.hinode-sangyo.co.jp>"],
        "subject": "Distributor price list H2/2025 (EUR) - effective 1 October",
        "body": """Dear Petra,
(cc Jonas at our Duesseldorf office)

As announced at our June meeting, please find attached the distributor price
list for the second half of 2025, in EUR, effective for orders received from
1 October.

Main points:
- Valve series HS-PV: +4.5% on average (stainless castings)
- Filter elements: unchanged
- New items HS-FL80K and HS-FL120K added (sheet "New items")
- Volume discount tiers unchanged (sheet "Discount")

We would kindly ask you to keep the new prices to yourselves until
1 October, as some of your customers still have open quotations at the old
level. Orders placed before 30 September will be invoiced at current prices.

Jonas will visit you on 11 September to go through the details.

Best regards,
""" + SIG_MAKABE_EN,
        "attachments": [
            {"kind": "xlsx", "name": "HS_Distributor_PriceList_EUR_2025H2.xlsx",
             "title": "Distributor Price List EUR 2025H2",
             "sheets": {
                 "Price list": [
                     ["HINODE SANGYO - Distributor price list (EUR, FCA Tokyo)  valid 1 Oct - 31 Mar"],
                     ["Item code", "Description", "Unit", "MOQ", "Price EUR", "Change"],
                     ["HS-PV080", "Pressure valve 80A", "pc", 10, 182.40, "+4.2%"],
                     ["HS-PV150", "Pressure valve 150A", "pc", 10, 296.00, "+4.6%"],
                     ["HS-PV220", "Pressure valve 220A", "pc", 5, 418.50, "+4.8%"],
                     ["HS-FL50K", "Line filter unit 50K", "set", 2, 1240.00, "0.0%"],
                     ["HS-FE-10", "Filter element 10 micron", "box/12", 5, 86.90, "0.0%"],
                     ["HS-GK-08", "Gasket kit #8", "kit", 50, 7.35, "0.0%"],
                 ],
                 "New items": [
                     ["Item code", "Description", "Unit", "MOQ", "Price EUR", "Launch"],
                     ["HS-FL80K", "Line filter unit 80K", "set", 2, 1725.00, "Oct"],
                     ["HS-FL120K", "Line filter unit 120K", "set", 1, 2390.00, "Nov"],
                 ],
                 "Discount": [
                     ["Annual volume (EUR)", "Discount"],
                     ["< 250,000", "0%"],
                     ["250,000 - 500,000", "3%"],
                     ["> 500,000", "5%"],
                 ],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price list to one distributor (cc own branch); 'keep the prices to yourselves' is a request, not a marking",
    },
    # 006 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-006",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["Jasmine Koh <jasmine.koh@prtrading.com.sg>",
               "Wiroj Charoensuk <wiroj@siamtechparts.co.th>",
               "Budi Santoso <budi.santoso@mitrajaya-teknik.co.id>",
               "Ramon Dizon <rdizon@luzonprecision.com.ph>"],
        "subject": "Notice of price revision - ASEAN distributors (effective 1 Nov)",
        "body": """Dear valued distributors,

We would like to inform you that, owing to the continued rise in raw
material (stainless steel, PTFE) and logistics costs, Hinode Sangyo will
revise the USD distributor prices for the ASEAN region with effect from
orders received on or after 1 November.

The average increase is 3.8%; item-by-item details are in the attached
notice. Firm orders received by 31 October will be honoured at the current
prices, provided delivery is requested before the end of December.

We sincerely appreciate your understanding and continued support. Please
do not hesitate to contact your account manager for any questions.

""" + SIG_KUGA_EN,
        "attachments": [
            {"kind": "pdf", "name": "Price_revision_notice_ASEAN_Nov.pdf", "title": "Price revision notice",
             "lines": ["Notice of Price Revision (ASEAN region)", "Effective: orders received on or after 1 November",
                       "Average revision: +3.8% (USD, FOB Japan)"],
             "table": [["Product group", "Current", "Revised", "Change"],
                       ["HS-PV valves", "index 100", "index 104.5", "+4.5%"],
                       ["HS-FL filter units", "index 100", "index 103.0", "+3.0%"],
                       ["Gaskets / seals", "index 100", "index 102.5", "+2.5%"]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: four different distributors in To can see each other; should have been Bcc",
    },
    # 007 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-007",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["Nao Kuga <n.kuga@hinode-sangyo.co.jp>"],
        "bcc": ["hwang.minjun@formosa-kiki.com.tw", "sales@lonestar-isupply.com",
                "orders@harbourline.com.au", "info@baltic-fluidtech.pl",
                "p.vogelsang@nordwerk-handel.de"],
        "subject": "Hinode Sangyo: Office closure for Obon holidays / お盆休業のお知らせ",
        "body": """Dear Business Partners,  (Bcc送信にて失礼いたします)

Please be informed that our Tokyo head office and the Kawaguchi warehouse will
be closed for the Obon holidays from 13 to 17 August. Business will resume on
Monday, 18 August.

- Orders received on or after 8 August will be shipped from 19 August.
- Urgent technical inquiries: please contact your local Hinode office
  (Singapore, Duesseldorf, Houston, Bangkok, Ho Chi Minh City), which will
  operate as usual.

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
誠に勝手ながら、8月13日（水）～17日（日）を夏季休業とさせていただきます。
ご不便をおかけいたしますが、何卒ご了承くださいますようお願い申し上げます。

Hinode Sangyo Co., Ltd.  Overseas Sales Department
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "holiday notice sent correctly: all partners in Bcc, only the sender in To",
    },
    # 008 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-008",
        "charset": "iso-2022-jp",
        "sender": "鳴海 千尋 <c.narumi@hinode-sangyo.co.jp>",
        "to": ["森岡 拓 <t.morioka@sg.hinode-sangyo.co.jp>"],
        "subject": "【ご確認】扶養控除等申告書（令和8年分）の記載内容について",
        "body": """森岡さん

お疲れさまです。人事部の鳴海です。
シンガポール赴任中の扶養控除等申告書につき、ご提出いただいた内容を転記しました。
誤りがないかご確認ください（社内限り）。

　本人　　森岡 拓　　　昭和６１年９月１９日生
　　個人番号：""" + my_number(SEED + 1) + """
　配偶者　森岡 早紀　　平成元年２月３日生
　　個人番号：""" + my_number(SEED + 2) + """

非居住者期間中は国内源泉の給与がないため年末調整の対象外ですが、
帰任予定（来年4月）に合わせて手続きを進めます。
修正があれば今週金曜までにご返信ください。

""" + SIG_NARUMI_JA,
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "My Numbers of an expatriate and his spouse, but the only recipient is the internal Singapore branch subdomain",
    },
    # 009 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-009",
        "charset": "iso-2022-jp",
        "sender": "鳴海 千尋 <c.narumi@hinode-sangyo.co.jp>",
        "to": ["税理士法人青山総合会計 国際税務チーム <intl-tax@aoyama-tax.jp>"],
        "subject": "海外赴任者の準確定申告に関する資料送付（高槻）",
        "body": """税理士法人青山総合会計
国際税務チーム　御中

いつも大変お世話になっております。
日の出産業人事部の鳴海でございます。

米国ヒューストン支店へ赴任した高槻の出国年分の準確定申告につき、
ご依頼いただいた基礎資料をWordファイルにまとめましたので送付いたします。
納税管理人は本人の実父となります（届出書の写しは郵送済みです）。

ご不明点がございましたらご連絡ください。
どうぞよろしくお願い申し上げます。

""" + SIG_NARUMI_JA,
        "attachments": [
            {"kind": "docx", "name": "準確定申告_基礎資料_高槻.docx", "title": "準確定申告 基礎資料",
             "paragraphs": ["出国者　準確定申告　基礎資料", "作成：日の出産業株式会社 人事部", ""],
             "tables": [[
                 ["項目", "内容"],
                 ["氏名", "高槻 誠（たかつき まこと）"],
                 ["生年月日", "1979年7月4日"],
                 ["個人番号", my_number(SEED + 3)],
                 ["出国前住所", "〒336-0017 埼玉県さいたま市南区南浦和3丁目22番8号"],
                 ["出国日", "2025年4月6日"],
                 ["赴任先", "Hinode Sangyo America Inc.（Houston, TX）"],
                 ["納税管理人", "高槻 義明（実父） 埼玉県川口市芝新町14-3"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: expatriate's My Number with address and DOB in a DOCX to an external tax firm",
    },
    # 010 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-010",
        "charset": "utf-8",
        "sender": "Makoto Takatsuki <m.takatsuki@hinode-sangyo.co.jp>",
        "to": ["Brent Holloway <bholloway@lonestar-isupply.com>"],
        "cc": ["Karen Whitfield <k.whitfield@us.hinode-sangyo.co.jp>"],
        "subject": "Project update - Baytown refinery filtration retrofit (week 33)",
        "body": """Hi Brent,

Quick update on the Baytown retrofit ahead of Thursday's call.

Progress
  * Skid #1 and #2 installed and hydro-tested (8/12).
  * Skid #3 delivered to site 8/14; installation starts Monday.
  * Control panel FAT passed at the integrator on 8/11.

Open items
  1. Flange rating on inlet of skid #3: site drawing shows 300#, our GA shows
     150#. Could your team confirm with the customer's piping engineer?
  2. Spare parts list rev. C still awaits the customer's approval.
  3. Start-up support: our engineer arrives 9/2, stays two weeks.

Schedule is still on track for mechanical completion on 8/29.

Thanks,
Makoto Takatsuki
Project Manager, Overseas Sales Dept.
Hinode Sangyo Co., Ltd.
""",
        "html": """<html><body style="font-family:Arial">
<p>Hi Brent,</p>
<p>Quick update on the Baytown retrofit ahead of Thursday's call.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>Item</th><th>Status</th><th>Date</th></tr>
<tr><td>Skid #1, #2</td><td>Installed, hydro-tested</td><td>8/12</td></tr>
<tr><td>Skid #3</td><td>Delivered; install starts Mon</td><td>8/14</td></tr>
<tr><td>Control panel FAT</td><td>Passed</td><td>8/11</td></tr>
</table>
<p><b>Open items</b></p>
<ol><li>Flange rating on inlet of skid #3 (300# vs 150#) - please confirm with the piping engineer.</li>
<li>Spare parts list rev. C awaiting approval.</li>
<li>Start-up support: our engineer arrives 9/2 for two weeks.</li></ol>
<p>Schedule is still on track for mechanical completion on 8/29.</p>
<p>Thanks,<br>Makoto Takatsuki<br>Project Manager, Overseas Sales Dept.<br>Hinode Sangyo Co., Ltd.</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "project status update (text + HTML) to one US distributor, cc own US branch",
    },
    # 011 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-011",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["Wiroj Charoensuk <wiroj@siamtechparts.co.th>"],
        "subject": "Materials for next week's business review",
        "body": """Dear Khun Wiroj,

Thank you for your time last week. Ahead of our business review in Bangkok
on 4 September, I attach the presentation so you can take a look in advance.

Looking forward to seeing you and your team.

""" + SIG_KUGA_EN,
        "attachments": [
            {"kind": "pptx", "name": "Thailand_market_strategy_FY2025.pptx",
             "title": "Thailand market strategy FY2025",
             "page_footer": "社外秘 / Hinode Sangyo Internal Only",
             "slides": [
                 ["Thailand market strategy FY2025", "Overseas Sales Dept. ASEAN Team", "Draft for management meeting"],
                 ["Distributor assessment", "Siam TechParts: coverage strong in EEC, weak in the north",
                  "Consider second distributor for Chiang Mai / Lamphun from FY2026",
                  "Margin review: reduce distributor discount from 22% to 18%"],
                 ["Pricing", "Target price gap vs. competitor K: -6%", "Floor price for PV series: USD 240"],
                 ["Next steps", "Negotiate new terms at 4 Sep review", "Prepare exit clause options with legal"],
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: internal strategy deck stamped 社外秘 / Internal Only on every slide sent to the distributor it discusses",
    },
    # 012 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-012",
        "charset": "utf-8",
        "sender": "Shunsuke Makabe <s.makabe@hinode-sangyo.co.jp>",
        "to": ["Budi Santoso <budi.santoso@mitrajaya-teknik.co.id>"],
        "cc": ["白川法律事務所 杉浦 <sugiura@shirakawa-law.jp>"],
        "subject": "Mutual NDA - draft for your review",
        "body": """Dear Pak Budi,

Further to our meeting in Jakarta, we are pleased to send the draft Mutual
Non-Disclosure Agreement so that we can share the technical specifications
of the HS-FL series and your customers' requirements.

The draft follows our standard form. Our counsel, Mr. Sugiura of Shirakawa
Law Office (in cc), will handle any comments from your legal team. Governing
law is Japanese law with SIAC arbitration in Singapore; we are open to
discussing this point.

We would appreciate your comments by 12 September.

Best regards,
""" + SIG_MAKABE_EN + DISCLAIMER_EN,
        "attachments": [
            {"kind": "docx", "name": "Mutual_NDA_HinodeSangyo_MitraJaya_draft_v1.docx",
             "title": "Mutual Non-Disclosure Agreement (draft)",
             "paragraphs": [
                 "MUTUAL NON-DISCLOSURE AGREEMENT",
                 "This Agreement is made between Hinode Sangyo Co., Ltd., a Japanese corporation having its "
                 "principal office at 2-14-7 Shiba-Daimon, Minato-ku, Tokyo, and PT Mitra Jaya Teknik, an "
                 "Indonesian company having its principal office in Bekasi, West Java.",
                 "1. Definition. \"Confidential Information\" means any technical or business information "
                 "disclosed by either party that is marked as confidential or that would reasonably be "
                 "understood to be confidential.",
                 "2. Obligations. The receiving party shall use Confidential Information solely for the "
                 "purpose of evaluating a potential distribution relationship.",
                 "3. Term. This Agreement remains in force for three (3) years from the date of signature.",
                 "4. Governing law. This Agreement is governed by the laws of Japan.",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "mail about an NDA with the draft attached (defines 'Confidential Information', no marking); distributor + own law firm = two external organisations",
    },
    # 013 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-013",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 団体予約 <group@sakura-hotel.jp>"],
        "subject": "Room list - Hinode Sangyo ASEAN Distributor Technical Training (Oct 6-10)",
        "html": """<html><body style="font-family:'Segoe UI',Meiryo,sans-serif;font-size:10pt">
<p>さくらホテル 団体予約ご担当者様</p>
<p>いつもお世話になっております。日の出産業の久我です。<br>
10月6日〜10日の技術研修に参加する海外代理店の皆様のルーミングリストをお送りします。
チェックイン時に本人確認をお願いいたします。到着が深夜になる方もいらっしゃいますので、
ご連絡の際は下記の携帯番号・メールへ直接お願いします。</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr style="background:#f2f2f2"><th>No</th><th>Guest name</th><th>Company</th><th>Check-in</th><th>Check-out</th><th>Mobile</th><th>E-mail</th></tr>
<tr><td>1</td><td>Mr. Budi Santoso</td><td>PT Mitra Jaya Teknik</td><td>10/5</td><td>10/10</td><td>+62 812 8830 4417</td><td>budi.santoso@mitrajaya-teknik.co.id</td></tr>
<tr><td>2</td><td>Mr. Agus Wicaksono</td><td>PT Mitra Jaya Teknik</td><td>10/5</td><td>10/10</td><td>+62 821 1904 5532</td><td>agus.w@mitrajaya-teknik.co.id</td></tr>
<tr><td>3</td><td>Ms. Suda Rattanakorn</td><td>Siam TechParts</td><td>10/5</td><td>10/11</td><td>+66 81 442 9018</td><td>suda.r@siamtechparts.co.th</td></tr>
<tr><td>4</td><td>Mr. Anan Phongsri</td><td>Siam TechParts</td><td>10/5</td><td>10/11</td><td>+66 89 310 7765</td><td>anan.p@siamtechparts.co.th</td></tr>
<tr><td>5</td><td>Mr. Pham Quoc Bao</td><td>Saigon Industrial Supply</td><td>10/6</td><td>10/10</td><td>+84 938 552 104</td><td>bao.pham@saigon-indsupply.com.vn</td></tr>
<tr><td>6</td><td>Mr. Mark Anthony Reyes</td><td>Luzon Precision</td><td>10/5</td><td>10/10</td><td>+63 917 804 2256</td><td>ma.reyes@luzonprecision.com.ph</td></tr>
<tr><td>7</td><td>Ms. Goh Pei Shan</td><td>Pacific Rim Trading</td><td>10/6</td><td>10/10</td><td>+65 9183 4470</td><td>peishan.goh@prtrading.com.sg</td></tr>
</table>
<p>請求は弊社一括（法人請求）でお願いいたします。</p>
<p>日の出産業株式会社 海外営業部 ASEANチーム<br>久我 奈央<br>TEL 03-5405-2284</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: rooming list of seven trainees with mobile and e-mail in an HTML-only mail to the hotel",
    },
    # 014 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-014",
        "charset": "cp932",
        "sender": "久我 奈央 <n.kuga@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 団体予約 <group@sakura-hotel.jp>"],
        "subject": "Re: 11月 台湾代理店ご一行 宿泊予約の件",
        "body": """さくらホテル
団体予約ご担当　小野寺様

お世話になっております。日の出産業の久我です。
お見積りありがとうございました。下記3名で確定をお願いいたします。

　1. HWANG MIN-JUN 様　　11/17 IN - 11/20 OUT　シングル禁煙
　2. CHEN YU-TING 様　　 11/17 IN - 11/20 OUT　シングル禁煙
　3. LIN CHIA-HAO 様　　 11/18 IN - 11/20 OUT　シングル禁煙

到着が遅れる場合のご連絡は、団長の黄様の携帯（＋８８６－９１２－３０８－５５４）へ
お願いいたします（日本語は通じませんので英語でお願いします）。
お支払いは弊社宛の請求書払いでお願いします。

久我

> 小野寺です。
> 11月17日～20日のシングル3室、仮押さえいたしました。
> 確定の際はご宿泊者名をお知らせください。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three guests' names and one group leader's mobile to the partner hotel: under five people, may warn",
    },
    # 015 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-015",
        "charset": "utf-8",
        "sender": "Shunsuke Makabe <s.makabe@hinode-sangyo.co.jp>",
        "to": ["Karen Whitfield <k.whitfield@hinode-sangyo.com>"],
        "subject": "FY2025 H2 forecast - US region, please update by Friday",
        "body": """Hi Karen,

Attached is the H2 forecast template for the US region. Could you fill in the
distributor-level forecast (Lone Star, Gulf Coast accounts and the new
Midwest prospects) and send it back by Friday noon JST?

Column F is the probability; please use the same definitions as in H1.

Thanks!
Shun
""",
        "attachments": [
            {"kind": "xlsx", "name": "H2_forecast_US.xlsx",
             "sheets": {"Forecast": [
                 ["Account", "Product", "Oct", "Nov", "Dec", "Probability"],
                 ["Lone Star Industrial Supply", "HS-FL80K", 12, 10, 14, "80%"],
                 ["Lone Star Industrial Supply", "HS-PV220", 40, 35, 40, "90%"],
                 ["Gulf Coast EPC (via Lone Star)", "Retrofit skids", 0, 1, 0, "50%"],
             ]}},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: hinode-sangyo.com (TLD swap of the company's own domain) instead of us.hinode-sangyo.co.jp",
    },
    # 016 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-016",
        "charset": "iso-2022-jp",
        "sender": "芦田 康弘 <y.ashida@hinode-sangyo.co.jp>",
        "to": ["高槻 誠 <m.takatsuki@us.hinode-sangyo.co.jp>"],
        "cc": ["Karen Whitfield <k.whitfield@us.hinode-sangyo.co.jp>"],
        "subject": "RE: 7月分 出張経費精算（法人カード利用分）差異について",
        "body": """高槻さん

経理の芦田です。7月分の経費精算書、ありがとうございました。
法人カード明細と精算書の突合で1件差異がありました。

　カード名義：MAKOTO TAKATSUKI
　カード番号：""" + card_number(SEED + 4) + """
　利用日　　：7/22　Marriott Houston Westchase　USD 612.40
　精算書記載：USD 561.40（差額 USD 51.00）

差額はミニバー／ランドリーかと思いますが、私費分であれば
個人負担として8月給与で控除しますので、その旨ご返信ください。
Karenさん、領収書原本の送付もお願いします（PDFで可）。

""" + SIG_ASHIDA_JA,
        "expect": "pass",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": [],
        "note": "full corporate card number in an expense query, but all recipients are on the internal us. subdomain",
    },
    # 017 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-017",
        "charset": "utf-8",
        "sender": "Reiko Shiratori <r.shiratori@hinode-sangyo.co.jp>",
        "to": ["Reservations <reservations@marinacrest-hotel.com.sg>"],
        "subject": "Reservation request - 1 room, 22-25 Sep (Hinode Sangyo corporate rate)",
        "body": """Dear Reservations Team,

We would like to book the following under our corporate agreement
(code HINODE-CORP-SG):

  Guest      : Mr. Yusuke Hayama (Hinode Sangyo Co., Ltd.)
  Check-in   : 22 September (late arrival, approx. 23:30)
  Check-out  : 25 September
  Room       : Deluxe King, non-smoking

Room charges are to be settled with the company card on file (Visa ending
1187), incidentals by the guest. Please do not send a payment link by e-mail;
your finance team already has the authorisation form.

Kindly send the confirmation to me.

Best regards,
""" + SIG_SHIRATORI_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "hotel booking for one traveller: only the last four digits of a card, a name with no other personal data",
    },
    # 018 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-018",
        "charset": "cp932",
        "sender": "白鳥 玲子 <r.shiratori@hinode-sangyo.co.jp>",
        "to": ["旭トラベル 法人営業部 <hojin@asahi-travel.co.jp>"],
        "subject": "ドイツ出張（9/8～9/13）航空券・ホテル手配とお支払いの件",
        "body": """旭トラベル株式会社
法人営業部　吉永様

いつもお世話になっております。日の出産業の白鳥です。
先日お見積りいただいたドイツ出張（真壁・久我の2名）の手配を確定いたします。

今回は請求書払いではなく、法人カード決済でお願いしたいとのことでしたので、
下記カードで決済をお願いいたします。

　カード会社　：ＪＣＢ法人カード
　カード番号　：""" + card_number(SEED + 5) + """
　有効期限　　：09/28
　名義　　　　：SHUNSUKE MAKABE
　決済金額　　：1,284,600円（航空券2名分＋ホテル5泊×2室）

eチケットは各自のアドレスへ送付をお願いします。
ご確認のほどよろしくお願いいたします。

""" + SIG_SHIRATORI_JA,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "identifier: full card number with expiry and holder name sent to a travel agency",
    },
    # 019 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-019",
        "charset": "iso-2022-jp",
        "sender": "白鳥 玲子 <r.shiratori@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 岩渕様 <iwabuchi@nishiki-insatsu.co.jp>"],
        "subject": "英文会社案内2025 グラフ用データ（海外売上推移）",
        "body": """錦印刷株式会社
制作部　岩渕様

お世話になっております。日の出産業の白鳥です。
英文会社案内のP.6「Global Network」に掲載するグラフ用のデータをお送りします。
地域別売上高と拠点別の従業員数（いずれも集計値）です。
グラフは前年版と同じ積み上げ棒グラフでお願いいたします。

校正は9月第2週にいただけますと助かります。

""" + SIG_SHIRATORI_JA,
        "attachments": [
            {"kind": "xlsx", "name": "GlobalNetwork_graph_data_2025.xlsx",
             "sheets": {
                 "Sales by region": [
                     ["Overseas sales by region (JPY million)"],
                     ["Region", "FY2021", "FY2022", "FY2023", "FY2024"],
                     ["ASEAN", 2140, 2485, 2910, 3260],
                     ["North America", 1620, 1870, 2050, 2390],
                     ["Europe", 980, 1105, 1210, 1180],
                     ["Greater China", 760, 690, 720, 805],
                 ],
                 "Employees by site": [
                     ["Site", "Employees"],
                     ["Singapore Branch", 18], ["Houston (Hinode Sangyo America)", 22],
                     ["Duesseldorf Office", 7], ["Bangkok Branch", 15], ["HCMC Rep. Office", 9],
                 ],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate statistics (sales by region, headcount by site) to the partner printer",
    },
    # 020 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-020",
        "charset": "utf-8",
        "sender": "Chihiro Narumi <c.narumi@hinode-sangyo.co.jp>",
        "to": ["Medical Team <medical.sg@globalcarelink.com>"],
        "subject": "Fitness-to-work assessment before posting - Mr. Hayama (Singapore)",
        "body": """Dear Dr. Ong and team,

As per our service agreement, we request a fitness-to-work assessment for
our employee before his posting to Singapore in November. His pre-departure
health check report is attached (summary below).

Name            : Yusuke HAYAMA
Date of birth   : 1975-01-23
Assignment      : Hinode Sangyo Singapore Branch, Sales Manager
Findings        : Hypertension (on medication since 2021), BP 152/96 at
                  check-up; fatty liver (mild); HbA1c 6.3%
Physician note  : "Fit to travel, follow-up with local physician advised"

Could you advise whether any additional tests are needed and recommend a
clinic near Raffles Place for his monthly follow-up?

Kind regards,
Chihiro Narumi
Overseas HR Group, Human Resources Dept.
Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {"kind": "pdf", "name": "HealthCheck_Hayama_2025.pdf", "title": "Pre-departure health check",
             "page_header": "Pre-departure medical examination report",
             "lines": ["Examinee: HAYAMA Yusuke   DOB: 23 Jan 1975   Employer: Hinode Sangyo Co., Ltd.",
                       "Examination date: 2025-07-30  Clinic: Shiba Koen Medical Clinic"],
             "table": [["Item", "Result", "Reference", "Judgement"],
                       ["Blood pressure", "152/96 mmHg", "<130/85", "C (treatment)"],
                       ["HbA1c", "6.3 %", "<5.6", "B (observe)"],
                       ["ALT", "48 U/L", "<30", "B (fatty liver)"],
                       ["ECG", "normal", "", "A"],
                       ["Overall", "Fit to travel; hypertension under treatment", "", ""]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: named expatriate's diagnoses and health check results sent to an external assistance company",
    },
    # 021 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-021",
        "charset": "utf-8",
        "sender": "Kenta Ogino <k.ogino@hinode-sangyo.co.jp>",
        "to": ["Ramon Dizon <rdizon@luzonprecision.com.ph>"],
        "subject": "Re: Trainees for HS-FL service certification (Nov batch)",
        "body": """Dear Ramon,

Thank you, well received. All six are confirmed for the November batch at our
Saitama Technical Center (17-21 Nov). Joining instructions will follow next
week.

Best regards,
Kenta

""" + SIG_OGINO_EN + """

On Tue, 26 Aug, Ramon Dizon <rdizon@luzonprecision.com.ph> wrote:
> Dear Kenta-san,
>
> Please find our nominees for the November certification course:
>
> Name                     Position           Mobile             E-mail
> ----------------------   ----------------   ----------------   ------------------------------
> Mark Anthony Reyes       Senior Technician  +63 917 804 2256   ma.reyes@luzonprecision.com.ph
> Jerome Bautista          Technician         +63 918 223 6041   j.bautista@luzonprecision.com.ph
> Kristine Mae Ocampo      Service Coord.     +63 927 510 3388   k.ocampo@luzonprecision.com.ph
> Rodel Manalastas         Technician         +63 915 668 0192   r.manalastas@luzonprecision.com.ph
> Ariel Dimaculangan       Technician         +63 906 341 7720   a.dimaculangan@luzonprecision.com.ph
> Joy Villaruel            Sales Engineer     +63 998 402 1175   j.villaruel@luzonprecision.com.ph
>
> Best regards,
> Ramon
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person list is only in the quoted reply (the distributor's own data); new text has no personal data",
    },
    # 022 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-022",
        "charset": "iso-2022-jp",
        "sender": "羽柴 透 <t.hashiba@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <support@tsubasa-system.jp>"],
        "subject": "FW: バンコク支店 M365アカウント／MFA登録対象者",
        "body": """ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業 情報システム部の羽柴です。
バンコク支店のアカウント作成・MFA登録の対象者について、支店から届いた一覧を転送します。
作業のご手配をお願いいたします。

羽柴

-----Original Message-----
From: Somchai Kittisak <somchai.k@th.hinode-sangyo.co.jp>
Sent: Monday, August 25 10:42
To: t.hashiba@hinode-sangyo.co.jp
Subject: バンコク支店 M365アカウント／MFA登録対象者

Hashiba-san,

Please find the staff list for the new accounts. Mobile is for SMS MFA.

Emp ID	Name	Department	Mobile	Private e-mail (for reset)
TH-021	Kittisak Somchai	Admin	+66 81 905 3321	somchai.kit@gmail.com
TH-024	Nattaya Boonmee	Sales	+66 86 412 7780	nattaya.bm@hotmail.com
TH-025	Pornthip Saelim	Accounting	+66 89 227 4106	pornthip.sl@gmail.com
TH-027	Thanawat Jaidee	Service	+66 92 558 0934	thanawat.jd@gmail.com
TH-028	Chanida Wongsa	Sales	+66 95 331 6287	chanida.w@outlook.co.th
TH-030	Apichart Rodsuk	Warehouse	+66 83 604 1159	apichart.r@gmail.com

Thank you,
Somchai
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: forward (new to the IT vendor) of six local staff with mobile and private e-mail, tab-separated",
    },
    # 023 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-023",
        "charset": "utf-8",
        "sender": "Shunsuke Makabe <s.makabe@hinode-sangyo.co.jp>",
        "to": ["Anna Kowalczyk <a.kowalczyk@baltic-fluidtech.pl>"],
        "subject": "Hinode Sangyo - our overseas network and contact points",
        "body": """Dear Ms. Kowalczyk,

It was a pleasure meeting you at the Achema booth. As promised, here is an
overview of our overseas network. For Poland, our Duesseldorf office will be
your first contact point.

Office                        Address                                            Main line
----------------------------  -------------------------------------------------  -----------------
Tokyo Head Office             2-14-7 Shiba-Daimon, Minato-ku, Tokyo 105-0012     +81 3 5405 2200
Duesseldorf Office            Immermannstrasse 41, 40210 Duesseldorf, Germany    +49 211 5403 880
Singapore Branch              10 Anson Road #18-06, Singapore 079903             +65 6221 4870
Hinode Sangyo America Inc.    10497 Town & Country Way, Houston, TX 77024        +1 713 468 2510
Bangkok Branch                183 Rajadamri Rd, 12F, Lumpini, Bangkok 10330      +66 2 651 7730
HCMC Representative Office    115 Nguyen Hue, District 1, Ho Chi Minh City       +84 28 3821 6604

General inquiries: overseas@hinode-sangyo.co.jp

I will send our catalogue and the distributor application form separately.

Kind regards,
""" + SIG_MAKABE_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's own offices with addresses and switchboards: a list of businesses, not people",
    },
    # 024 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-024",
        "charset": "iso-2022-jp",
        "sender": "久我 奈央 <n.kuga@hinode-sangyo.co.jp>",
        "to": ["大和精機 海外事業推進室 <kaigai@yamato-seiki.co.jp>"],
        "subject": "ASEAN各国の弊社販売代理店一覧（現地サポート窓口）",
        "body": """大和精機株式会社
海外事業推進室　御中

いつもお世話になっております。日の出産業の久我でございます。
先日ご相談いただいたタイ・ベトナム新工場向けの現地サポートについて、
弊社の販売代理店（サービス拠点）を下記にまとめました。

・Pacific Rim Trading Pte Ltd（シンガポール）
　21 Tuas Avenue 8, Singapore 639227 / TEL +65 6862 3018
・Siam TechParts Co., Ltd.（タイ）
　88/12 Moo 5, Bangna-Trad Km.23, Samut Prakan 10540 / TEL +66 2 337 4102
・Saigon Industrial Supply JSC（ベトナム）
　Lot B4, Song Than 2 IZ, Di An, Binh Duong / TEL +84 274 373 8820
・PT Mitra Jaya Teknik（インドネシア）
　Jl. Industri Selatan 5 Blok GG-3, Jababeka, Bekasi / TEL +62 21 8983 4471
・Luzon Precision Corp.（フィリピン）
　Lot 7, LIIP Avenue, Binan, Laguna / TEL +63 49 541 2290

いずれも弊社製品の据付・メンテナンス実績があり、日本語対応可能なスタッフは
シンガポールとバンコクの代理店に在籍しております。
必要に応じて弊社から各社へご紹介いたしますので、お申し付けください。

""" + SIG_MAKABE_JA.replace("真壁 俊介（まかべ しゅんすけ）", "久我 奈央（くが なお）"),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of five distributor companies with office addresses and main numbers: businesses, not people",
    },
    # 025 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-025",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["Goh Pei Shan <peishan.goh@prtrading.com.sg>"],
        "cc": ["Jasmine Koh <jasmine.koh@prtrading.com.sg>", "t.morioka@sg.hinode-sangyo.co.jp"],
        "subject": "Singapore National Day / Japan Obon - order cut-off dates",
        "body": """Hi Pei Shan, Jasmine,

Just a reminder of the holiday overlap in August:

  - 11 Aug (Mon): Singapore National Day (observed) - your office closed
  - 13-17 Aug   : Obon holidays - Tokyo HQ and warehouse closed

To make the 22 Aug vessel, please send the replenishment order by 6 Aug.
Our Singapore branch (Morioka-san, cc) can help with anything urgent in
between.

Thanks and have a nice holiday!
Nao
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "two addresses of the same distributor plus the internal branch: one external organisation",
    },
    # 026 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-026",
        "charset": "utf-8",
        "sender": "Daisuke Minato <d.minato@hinode-sangyo.co.jp>",
        "to": ["Brent Holloway <bholloway@lonestar-isupply.com>"],
        "cc": ["Houston Import Desk <houston.import@bluemeridian-freight.com>"],
        "subject": "Air shipment of urgent spares - HAWB BMF-HOU-558120",
        "body": """Hi Brent,

The urgent spares for the Baytown site (your PO LS-77214) left Narita today.

  Flight      : NH 174 NRT-IAH, arriving 8/21 10:05 local
  MAWB / HAWB : 205-4418 2907 / BMF-HOU-558120
  Pieces      : 3 cartons, 86 kg chargeable
  Incoterms   : DAP Baytown, duties for your account

I have copied Blue Meridian's Houston import desk so that they can contact
your broker directly for customs clearance and arrange the final delivery.
The commercial invoice HS-E250819-05 was sent with the cargo and by e-mail to
Blue Meridian this morning.

Regards,
""" + SIG_MINATO_EN,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "three-way shipment mail: distributor and forwarder, two external organisations only",
    },
    # 027 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-027",
        "charset": "iso-2022-jp",
        "sender": "湊 大輔 <d.minato@hinode-sangyo.co.jp>",
        "to": ["東洋通関 輸出課 <export@toyo-tsukan.co.jp>"],
        "subject": "【輸出申告依頼】INV HS-E250829-01 書類一式（パスワード別送）",
        "body": """東洋通関株式会社
輸出課　ご担当者様

お世話になっております。日の出産業 国際物流課の湊です。
タイ向け（Siam TechParts）の輸出申告をお願いしたく、
インボイス・パッキングリスト・該非判定書を添付いたします。

添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りします。

搬入予定：9月1日（月）　東京港 大井CFS
本船　　：WAN HAI 302 V.N118

よろしくお願いいたします。

""" + SIG_MINATO_JA,
        "attachments": [
            {"kind": "zip", "name": "HS-E250829-01_docs.zip", "password": "Hn0829#tyo",
             "files": [
                 {"kind": "xlsx", "name": "Invoice_HS-E250829-01.xlsx",
                  "sheets": {"Invoice": [["Item", "Qty", "Unit price USD", "Amount"],
                                         ["HS-PV150", 24, 268.0, 6432.0],
                                         ["HS-FE-10", 60, 78.5, 4710.0]]}},
                 {"kind": "pdf", "name": "PackingList_HS-E250829-01.pdf",
                  "lines": ["PACKING LIST HS-E250829-01", "4 pallets, G.W. 1,930 kg"]},
                 {"kind": "pdf", "name": "該非判定書_HS-PV150.pdf",
                  "lines": ["該非判定書", "品目：HS-PV150 圧力バルブ", "判定：非該当"]},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP) of export documents to the customs broker",
    },
    # 028 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-028",
        "charset": "iso-2022-jp",
        "sender": "湊 大輔 <d.minato@hinode-sangyo.co.jp>",
        "to": ["東洋通関 輸出課 <export@toyo-tsukan.co.jp>"],
        "subject": "【パスワード】INV HS-E250829-01 書類一式",
        "body": """東洋通関株式会社
輸出課　ご担当者様

先ほどお送りした添付ファイルのパスワードをお知らせします。

　Hn0829#tyo

なお、弊社では来月よりパスワード付きZIPの送付を廃止し、
共有フォルダ（Box）でのお渡しに切り替える予定です。
詳細は改めてご案内いたします。

日の出産業　湊
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the password follow-up mail itself: no attachment, no personal data",
    },
    # 029 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-029",
        "charset": "utf-8",
        "sender": "Kenta Ogino <k.ogino@hinode-sangyo.co.jp>",
        "to": ["Suda Rattanakorn <suda.r@siamtechparts.co.th>"],
        "subject": "Site visit 8-12 Sept - a few practical requests",
        "body": """Dear Khun Suda,

Thank you for arranging the hotel and the transport to the Rayong site.
May I ask for a little help on two practical points?

1. My colleague Mr. Tetsuya Kurosu, who joins me on this trip, has type 1
   diabetes and injects insulin before meals. Could the site canteen or the
   driver make sure we can have lunch around 12:00 each day? He also needs a
   refrigerator for his insulin at the hotel (I wrote to the hotel already,
   but your confirmation would help).

2. Please reserve a meeting room at the site office on 11 Sept afternoon for
   the handover to the customer's maintenance team.

Thank you very much and see you soon.

Best regards,
""" + SIG_OGINO_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named colleague's medical condition (type 1 diabetes) disclosed to the distributor",
    },
    # 030 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-030",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["Budi Santoso <budi.santoso@mitrajaya-teknik.co.id>"],
        "subject": "Change of contact person for your account",
        "body": """Dear Pak Budi,

I would like to let you know that Mr. Kurosu, who has been looking after
your account, is on sick leave until the end of October. During his absence
I will be your contact person for orders, quotations and shipments.

Open quotation Q-ID-25-0311 (HS-FL80K x 6) remains valid until 30 Sept; I
will send the revised delivery schedule tomorrow.

Thank you for your understanding.

""" + SIG_KUGA_EN,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "either: a named colleague is 'on sick leave' (no diagnosis) - health information or just an absence notice",
    },
    # 031 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-031",
        "charset": "utf-8",
        "sender": "Kenta Ogino <k.ogino@hinode-sangyo.co.jp>",
        "to": ["Agus Wicaksono <agus.w@mitrajaya-teknik.co.id>"],
        "subject": "Re: HS-FL80K alarm E-214 at PT Sinar Kimia (Cikarang)",
        "body": """Dear Agus,

Thank you for the controller log. E-214 (differential pressure sensor out of
range) appears right after each backflush, which points to the sensor and not
the element. Affected units are from the same sensor lot:

  Unit serial     Sensor lot no.
  -------------   ----------------
  FL80K-24-0117   4512889012345671
  FL80K-24-0118   4512889012345688
  FL80K-24-0121   4512889012345696
  FL80K-24-0122   5208110374419926

Please replace the DP sensors with the spare kit HS-SP-DP02 (we will ship 4
pcs free of charge, FOC invoice to follow) and send the old ones back for
analysis. The parameter change in the attached note should stop the nuisance
trips until the replacement.

Best regards,
Kenta

""" + SIG_OGINO_EN + """

> Dear Ogino-san,
> Customer reports alarm E-214 several times a day since last week. Log attached.
> Agus
""",
        "attachments": [
            {"kind": "txt", "name": "E214_parameter_note.txt",
             "text": """HS-FL80K controller - temporary setting for E-214 nuisance trips
P-31 DP alarm delay      : 3 s  -> 10 s
P-32 DP high limit       : 0.80 -> 0.95 bar
P-40 backflush settle    : 5 s  -> 12 s
Revert after DP sensor replacement (HS-SP-DP02).
"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "technical support; 16-digit sensor lot numbers look like card numbers but fail Luhn",
    },
    # 032 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-032",
        "charset": "iso-2022-jp",
        "sender": "鳴海 千尋 <c.narumi@hinode-sangyo.co.jp>",
        "to": ["行政書士法人みなと国際 <info@minato-visa.jp>"],
        "subject": "企業内転勤（在留資格変更）申請のご依頼：ベトナム事務所 ファム氏",
        "body": """行政書士法人みなと国際
担当　井波先生

いつもお世話になっております。日の出産業人事部の鳴海です。
ホーチミン駐在員事務所から本社技術部へ1年間の研修を兼ねて異動する
ファム氏について、在留資格変更（企業内転勤）の申請をお願いしたく存じます。

　氏名　　　　：PHAM QUOC BAO（ファム　クォック　バオ）
　国籍　　　　：ベトナム
　生年月日　　：1990年11月2日
　旅券番号　　：C7741025
　在留カード番号：UH48120937EA（現在「短期滞在」→ 申請時に切替予定）
　現住所　　　：〒330-0846 埼玉県さいたま市大宮区大門町2-118 レジデンス大門305

必要書類（在職証明書、辞令、事務所の登記簿英訳）は来週郵送いたします。
ご確認のほど、よろしくお願いいたします。

""" + SIG_NARUMI_JA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: a local staff member's passport and residence card numbers sent to an external visa agent",
    },
    # 033 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-033",
        "charset": "cp932",
        "sender": "湊 大輔 <d.minato@hinode-sangyo.co.jp>",
        "to": ["東洋通関 輸出課 <export@toyo-tsukan.co.jp>"],
        "subject": "輸出者情報の更新について（法人番号・AEO）",
        "body": """東洋通関株式会社
輸出課　ご担当者様

いつもお世話になっております。日の出産業の湊です。
10月1日付で本社の登記上の所在地が変更となるため、
貴社でご登録いただいている輸出者情報の更新をお願いいたします。

　輸出者名　　：日の出産業株式会社（HINODE SANGYO CO., LTD.）
　法人番号　　：2401020311877
　輸出者コード：P2401020311877000
　新所在地　　：〒105-0012 東京都港区芝大門2-14-7 日の出ビル
　（旧所在地　：東京都港区浜松町1-9-10）
　代表電話　　：03-5405-2200

また、川口倉庫の保税蔵置場に関する照会先は従来どおり物流課となります。
お手数ですがよろしくお願いいたします。

""" + SIG_MINATO_JA,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "the company's own corporate number and office address for customs registration: business data",
    },
    # 034 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-034",
        "charset": "utf-8",
        "sender": "Jonas Reimann <j.reimann@hinode-sangyo.co.jp>",
        "to": ["Exhibitor Services <exhibitor-services@industrietech-expo.de>"],
        "subject": "Stand C14 (Hall 11) - exhibitor badge registration, Hinode Sangyo",
        "body": """Dear Exhibitor Services team,

For our stand C14 in Hall 11 we would like to register the exhibitor badges
listed in the attached CSV (your bulk template). Badges can be collected at
the North entrance counter on 3 November.

Best regards,
Jonas Reimann
Duesseldorf Office | Hinode Sangyo Co., Ltd.
Immermannstrasse 41, 40210 Duesseldorf
""",
        "attachments": [
            {"kind": "csv", "name": "badges_C14_hinode.csv", "encoding": "utf-8",
             "rows": [
                 ["first_name", "last_name", "company", "job_title", "email", "mobile", "country", "date_of_birth"],
                 ["Jonas", "Reimann", "Hinode Sangyo", "Sales Manager", "j.reimann@hinode-sangyo.co.jp", "+49 171 4408 213", "DE", "1984-08-17"],
                 ["Shunsuke", "Makabe", "Hinode Sangyo", "Manager Overseas Sales", "s.makabe@hinode-sangyo.co.jp", "+81 90 3318 7642", "JP", "1980-02-06"],
                 ["Nao", "Kuga", "Hinode Sangyo", "Sales", "n.kuga@hinode-sangyo.co.jp", "+81 80 4417 2093", "JP", "1991-05-28"],
                 ["Kenta", "Ogino", "Hinode Sangyo", "Service Engineer", "k.ogino@hinode-sangyo.co.jp", "+81 70 2185 6630", "JP", "1986-05-12"],
                 ["Lena", "Hartkopf", "Hinode Sangyo", "Sales Assistant", "l.hartkopf@de.hinode-sangyo.co.jp", "+49 152 2290 7718", "DE", "1996-11-30"],
                 ["Mehmet", "Yildirim", "Hinode Sangyo", "Application Engineer", "m.yildirim@de.hinode-sangyo.co.jp", "+49 160 9034 5521", "DE", "1989-03-03"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: six staff records (mobile, DOB) in a UTF-8 CSV to the trade fair organiser",
    },
    # 035 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-035",
        "charset": "utf-8",
        "sender": "Shunsuke Makabe <s.makabe@hinode-sangyo.co.jp>",
        "to": ["Dr. Klaus Nordmann <k.nordmann@nordwerk-handel.de>"],
        "cc": ["Petra Vogelsang <p.vogelsang@nordwerk-handel.de>"],
        "subject": "Your visit to Japan 20-23 October - itinerary",
        "body": """Dear Dr. Nordmann,

We are delighted that you will visit us in October. Please find the
proposed itinerary below.

  Mon 20 Oct  LH 716 FRA-HND arr. 07:55. Pick-up by our driver at arrivals.
              Afternoon free. Hotel: Sakura Hotel Hamamatsucho.
  Tue 21 Oct  09:30 Head office: management meeting, FY2026 plan
              18:30 Dinner with our President
  Wed 22 Oct  Saitama Technical Center: HS-FL120K demo, training room tour
  Thu 23 Oct  Kawasaki Denki (motor supplier) plant visit, Kawasaki
              LH 717 HND-MUC dep. 22:05

Our Mr. Ryota Ishimine will accompany you throughout the stay; should you
need anything on arrival day, his mobile is +81 90 6624 1875.

Kind regards,
""" + SIG_MAKABE_EN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "visit itinerary with one colleague's mobile as contact: one person's data, may warn",
    },
    # 036 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-036",
        "charset": "iso-2022-jp",
        "sender": "真壁 俊介 <s.makabe@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 杉浦先生 <sugiura@shirakawa-law.jp>"],
        "subject": "【極秘】タイ代理店契約の解除検討について（ご相談）",
        "body": """【極秘】
――――――――――――――――――――
白川法律事務所
杉浦先生

いつもお世話になっております。日の出産業の真壁です。

標記の件、社内でも限られたメンバーのみで検討している段階ですが、
Siam TechParts社との販売代理店契約（2019年締結、自動更新）について、
来年3月末での解除または非独占化を検討しております。

ご相談したい点は以下の3点です。
　1. 契約第18条（解除）に基づく6か月前通知の要否と起算日
　2. タイ法上、代理店への補償請求が発生する可能性
　3. 第二代理店の起用を先行させる場合の独占条項違反リスク

来週中に一度お打合せの時間をいただけますでしょうか。
契約書の写しは別途お送りいたします。

""" + SIG_MAKABE_JA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: mail stamped 【極秘】 in subject and at the top of the body, sent to an external (partner) law firm",
    },
    # 037 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-037",
        "charset": "iso-2022-jp",
        "sender": "久我 奈央 <n.kuga@hinode-sangyo.co.jp>",
        "to": ["東海物産 機械部 <kikai2@tokai-bussan.co.jp>"],
        "subject": "Re: ミャンマー案件 秘密保持契約の締結状況について",
        "body": """東海物産株式会社
機械部　堀之内様

お世話になっております。日の出産業の久我です。

ご照会の秘密保持契約（NDA）の件ですが、
エンドユーザー様との三者間NDAは先週金曜に弊社押印を完了し、
原本2通を本日レターパックで貴社宛に発送いたしました。
貴社押印後、1通をエンドユーザー様へ、1通を弊社へご返送いただけますと幸いです。

なお、図面・仕様書の開示はNDA締結完了後となりますので、
エンドユーザー様の押印が済みましたらご一報ください。

よろしくお願いいたします。

> 日の出産業　久我様
> 先日の三者間NDAですが、進捗はいかがでしょうか。
> 東海物産　堀之内
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about the status of an NDA (秘密保持契約): a mention, not a marking",
    },
    # 038 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-038",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["Hwang Min-jun <hwang.minjun@formosa-kiki.com.tw>"],
        "subject": "Samples of PTFE gasket HS-GK-08T dispatched (DHL 4471 0926 35)",
        "body": """Dear Mr. Hwang,

The samples you requested were dispatched today by DHL Express.

  AWB        : 4471 0926 35
  Contents   : HS-GK-08T PTFE gasket, 3 sizes x 5 pcs; material certificates
  Value      : USD 120 (no commercial value, for testing only)

Test reports for chemical resistance (H2SO4 98%, NaOH 50%) are on the way
from our lab and should be ready next week.

""" + SIG_KUGA_EN + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "sample dispatch with a tracking number and the standard confidentiality disclaimer",
    },
    # 039 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-039",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["Jasmine Koh <jasmine.koh@prtrading.com.sg>"],
        "subject": "Consignment stock report - July",
        "body": """Hi Jasmine,

Attached is the consignment stock report for July. Could you check the
HS-FE-10 balance against your physical count? We see 14 boxes less than
last month's report plus July consumption.

Thanks,
Nao
""",
        "attachments": [
            {"kind": "corrupt", "name": "Consignment_stock_Jul.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the XLSX attachment is corrupt and cannot be inspected",
    },
    # 040 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-040",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["Jasmine Koh <jasmine.koh@prtrading.com.sg>"],
        "subject": "RE: Consignment stock report - July (re-sent)",
        "body": """Hi Jasmine,

Sorry, the file I sent yesterday seems to have been damaged. Here it is
again, saved fresh from our system. Three sheets: balance, movements and the
reorder proposal for the 22 Aug vessel.

Thanks,
Nao

-----Original Message-----
From: Jasmine Koh <jasmine.koh@prtrading.com.sg>
Sent: Wednesday, August 6, 2025 9:12 AM
To: Nao Kuga <n.kuga@hinode-sangyo.co.jp>
Subject: RE: Consignment stock report - July

Hi Nao, we can't open the file, Excel says it is corrupted. Could you resend?
Jasmine
""",
        "attachments": [
            {"kind": "xlsx", "name": "Consignment_stock_Jul_v2.xlsx",
             "sheets": {
                 "Balance": [["Consignment stock - Pacific Rim Trading (Tuas) - 31 Jul"],
                             ["Item", "Opening", "Received", "Consumed", "Closing"],
                             ["HS-PV080", 60, 0, 18, 42], ["HS-PV150", 40, 20, 22, 38],
                             ["HS-FE-10", 120, 48, 71, 97], ["HS-GK-08", 900, 0, 260, 640]],
                 "Movements": [["Date", "Item", "Qty", "Ref."],
                               ["2025-07-03", "HS-FE-10", -12, "PRT DO 55102"],
                               ["2025-07-15", "HS-PV150", 20, "HS-E250628-01"],
                               ["2025-07-22", "HS-FE-10", 48, "HS-E250705-03"]],
                 "Reorder": [["Item", "Min", "Max", "Proposed"],
                             ["HS-FE-10", 80, 200, 96], ["HS-PV080", 40, 100, 50]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "stock report XLSX (items and quantities) to one distributor; quoted request is theirs",
    },
    # 041 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-041",
        "charset": "utf-8",
        "sender": "Kenta Ogino <k.ogino@hinode-sangyo.co.jp>",
        "to": ["Ramon Dizon <rdizon@luzonprecision.com.ph>"],
        "subject": "Authorised service centres in the region (for your customers' regional plants)",
        "body": """Dear Ramon,

Some of your customers have plants outside the Philippines. As discussed,
the attached ZIP contains our list of authorised service centres (CSV) and
the service level agreement template. Please feel free to share the list
with your customers.

Best regards,
Kenta
""",
        "attachments": [
            {"kind": "zip", "name": "HS_service_network_2025.zip",
             "files": [
                 {"kind": "csv", "name": "authorised_service_centres.csv", "encoding": "utf-8",
                  "rows": [
                      ["Country", "Company", "City", "Service hotline", "E-mail", "Certified since"],
                      ["Singapore", "Pacific Rim Trading Pte Ltd", "Singapore", "+65 6862 3018", "service@prtrading.com.sg", "2014"],
                      ["Thailand", "Siam TechParts Co., Ltd.", "Samut Prakan", "+66 2 337 4102", "service@siamtechparts.co.th", "2019"],
                      ["Vietnam", "Saigon Industrial Supply JSC", "Binh Duong", "+84 274 373 8820", "service@saigon-indsupply.com.vn", "2021"],
                      ["Indonesia", "PT Mitra Jaya Teknik", "Bekasi", "+62 21 8983 4471", "cs@mitrajaya-teknik.co.id", "2022"],
                      ["Philippines", "Luzon Precision Corp.", "Binan, Laguna", "+63 49 541 2290", "service@luzonprecision.com.ph", "2020"],
                      ["Malaysia", "Selangor Fluid Engineering Sdn Bhd", "Shah Alam", "+60 3 5121 8840", "support@selfluid.com.my", "2023"],
                  ]},
                 {"kind": "docx", "name": "SLA_template.docx",
                  "paragraphs": ["Service Level Agreement (template)", "Response time: 24 h (critical), 72 h (normal)"]},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ZIP with a list of service companies (hotlines, generic mailboxes): businesses, not people",
    },
    # 042 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-042",
        "charset": "utf-8",
        "sender": "Kenta Ogino <k.ogino@hinode-sangyo.co.jp>",
        "to": ["Petra Vogelsang <p.vogelsang@nordwerk-handel.de>"],
        "subject": "Certified technicians - regional statistics for your audit",
        "body": """Dear Petra,

For the ISO audit of your service department you asked how many HS-FL
certified technicians exist per region. Here are the figures as of 31 July:

  Region            Certified   Re-certification due 2025   Pass rate (last 3 yrs)
  ---------------   ---------   -------------------------   ----------------------
  Germany/Austria          14                           3                      93%
  Benelux                   5                           1                      88%
  Nordics                   3                           0                     100%
  ASEAN                    41                          12                      86%
  North America            19                           4                      91%

Nordwerk itself has 9 certified technicians; two of them (certificates from
2022) need re-certification before March. Course dates will follow.

Best regards,
Kenta
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate statistics of certified technicians: counts and rates, no individuals",
    },
    # 043 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-043",
        "charset": "utf-8",
        "sender": "Daisuke Minato <d.minato@hinode-sangyo.co.jp>",
        "to": ["Wiroj Charoensuk <wiroj@siamtechparts.co.th>"],
        "cc": ["BKK Operations <bkk.ops@bluemeridian-freight.com>",
               "Claims Surveyor <survey.bkk@oceanmark-survey.com>",
               "Somchai Kittisak <somchai.k@th.hinode-sangyo.co.jp>"],
        "subject": "Cargo damage - container WHLU 558210-3 / B/L WHLTYO25080117 - joint survey",
        "body": """Dear Khun Wiroj,

Thank you for the photos. Two of the four pallets (HS-PV150 valves) arrived
with crushed corners and wet cartons. To preserve the insurance claim,
please keep the goods and packing as they are until the joint survey.

I have copied Blue Meridian (Bangkok) and Oceanmark Survey so that the three
of you can fix the survey date directly; Oceanmark proposes Thursday 10:00 at
your Bangna warehouse. Our Bangkok branch (Khun Somchai) will attend.

Please also issue a notice of claim to the carrier within three days of
delivery (template attached in my previous mail).

Best regards,
""" + SIG_MINATO_EN,
        "attachments": [
            {"kind": "png", "name": "pallet2_damage.png"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: distributor, forwarder and surveyor (three external organisations) in To/Cc",
    },
    # 044 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-044",
        "charset": "iso-2022-jp",
        "sender": "荻野 健太 <k.ogino@hinode-sangyo.co.jp>",
        "to": ["川崎電機 営業二課 <eigyo2@kawasaki-denki.co.jp>"],
        "subject": "米国向け HS-FL120K 用モーター 仕様確認（UL/CSA対応）",
        "body": """川崎電機株式会社
営業二課　ご担当者様

いつもお世話になっております。日の出産業 技術サービス部の荻野です。

米国ヒューストン向け HS-FL120K に搭載するモーターにつき、
現地規格対応の仕様確認をお願いいたします。
仕様書（PDF）を添付いたしましたので、赤字部分をご確認ください。

　・電源：460V / 60Hz / 3相
　・規格：UL 1004-1、CSA C22.2 No.100
　・端子箱：NPTネジ（1/2"）
　・数量：12台（11月第2週 川口倉庫納入希望）

お見積りとあわせて、納期のご回答をいただけますと幸いです。

日の出産業株式会社 技術サービス部
荻野 健太
TEL 048-652-7710
""",
        "attachments": [
            {"kind": "pdf", "name": "HS-FL120K_motor_spec_US_rev2.pdf", "title": "Motor specification",
             "lines": ["HS-FL120K 搭載モーター仕様書（米国向け） Rev.2", "出力 7.5kW / 4P / 全閉外扇形 / IP55",
                       "電源 460V 60Hz 3相 / 絶縁 F種 / UL, CSA 認証品", "塗装色 マンセル 7.5BG6/1.5"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "technical specification request to the partner supplier, no personal data",
    },
    # 045 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-045",
        "charset": "iso-2022-jp",
        "sender": "湊 大輔 <d.minato@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 国際営業課 <kokusai@aoba-unuy.co.jp>"],
        "subject": "Re: 【船積依頼】ドイツ向け 8月第4週 ブッキング確認",
        "body": """青葉運輸株式会社
国際営業課　ご担当者様

お世話になっております。日の出産業の湊です。
ブッキング確認書ありがとうございました。

1件目（Hamburg）のカットが8/21 正午とのことですが、
弊社倉庫からの搬出を8/20 午前に前倒しいたしますので問題ございません。
2件目（Antwerp）のS/Iは本日中にお送りします。

引き続きよろしくお願いいたします。

""" + SIG_MINATO_JA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: aoba-unuy.co.jp (two letters swapped) instead of the partner forwarder aoba-unyu.co.jp",
    },
    # 046 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-046",
        "charset": "iso-2022-jp",
        "sender": "湊 大輔 <d.minato@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 国際営業課 小野田様 <onoda@aoba-unyu.co.jp>"],
        "subject": "シンガポール向け 本船スケジュール変更（ETD 9/5→9/8）の件",
        "body": """青葉運輸株式会社
国際営業課　小野田様

いつもお世話になっております。日の出産業の湊です。
ご連絡いただいた本船遅延の件、承知いたしました。

　本船　：ONE HARMONY V.074S
　ETD　 ：9/5 → 9/8（東京）
　ETA　 ：9/17 → 9/20（シンガポール）

荷受人（Pacific Rim Trading社）には弊社より連絡済みです。
B/L日付が変わりますので、L/C条件への影響がないか念のため確認いたします。
変更後のブッキング確認書をお送りいただけますでしょうか。

""" + SIG_MINATO_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "vessel delay handling with the correctly spelled partner forwarder domain",
    },
    # 047 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-047",
        "charset": "iso-2022-jp",
        "sender": "鳴海 千尋 <c.narumi@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人はるかぜ 国際手続担当 <intl@harukaze-sr.jp>"],
        "subject": "日独社会保障協定 適用証明書交付申請の件（ドイツ赴任者 1名）",
        "body": """社会保険労務士法人はるかぜ
国際手続ご担当　安斎様

いつもお世話になっております。日の出産業人事部の鳴海でございます。
11月よりデュッセルドルフ事務所へ赴任する社員につき、
日独社会保障協定に基づく適用証明書の交付申請をお願いいたします。

＜対象者＞
　氏名（漢字）　：羽山 祐介
　氏名（ローマ字）：HAYAMA YUSUKE
　生年月日　　　：昭和５０年１月２３日
　基礎年金番号　：４１０３－２７６５１８
　住所　　　　　：〒273-0005 千葉県船橋市本町５丁目１１番２号
　派遣期間　　　：令和７年１１月１日～令和１０年１０月３１日（予定）
　派遣先　　　　：Hinode Sangyo Co., Ltd. Duesseldorf Office

申請書の事業主欄は押印のうえ郵送いたします。
ご不明な点がございましたらご連絡ください。

""" + SIG_NARUMI_JA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: expatriate's basic pension number (full-width digits) with DOB and address to an external labour consultant",
    },
    # 048 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-048",
        "charset": "iso-2022-jp",
        "sender": "鳴海 千尋 <c.narumi@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人はるかぜ 国際手続担当 <intl@harukaze-sr.jp>"],
        "subject": "ご相談：ベトナム・タイ赴任者の社会保険の取扱い",
        "body": """社会保険労務士法人はるかぜ
安斎様

お世話になっております。日の出産業の鳴海です。

来期、ベトナムとタイへの赴任者がそれぞれ1名ずつ予定されております。
両国とも日本との社会保障協定が未締結（タイは交渉中）と認識しておりますが、
以下の点についてご助言いただけますでしょうか。

　1. 日本の厚生年金・健康保険の資格継続（在籍出向）の可否
　2. 現地の社会保険への二重加入となる場合の会社負担の考え方
　3. 帯同家族の国民年金第3号被保険者の取扱い

対象者の個人情報は、正式にご依頼する段階で別途お送りいたします。
お打合せは9月第2週あたりでご都合いかがでしょうか。

""" + SIG_NARUMI_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general question on social security for expatriates; no one identified, no numbers",
    },
    # 049 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-049",
        "charset": "utf-8",
        "sender": "Reiko Shiratori <r.shiratori@hinode-sangyo.co.jp>",
        "to": ["Security Advisory <advisory@safeway-risk.com>"],
        "subject": "Request: security briefing for staff travelling to Manila and Jakarta",
        "body": """Dear Safeway Risk team,

We would like to book your pre-travel security briefing (60 min, online) for
approximately 15 employees who will travel to Manila and Jakarta in Q4.

Background: last month one member of our local staff in Manila had a bag
snatched near a shopping mall (no injuries). We would like the briefing to
cover street crime, taxi/ride-hailing safety and what to do after a theft.

Preferred dates: 16 or 18 September, 15:00-16:00 JST.
Please send us your quotation.

Kind regards,
""" + SIG_SHIRATORI_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions that an unnamed local staff member was a theft victim: not tied to an identifiable person",
    },
    # 050 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-050",
        "charset": "utf-8",
        "sender": "Reiko Shiratori <r.shiratori@hinode-sangyo.co.jp>",
        "to": ["t.morioka@sg.hinode-sangyo.co.jp", "somchai.k@th.hinode-sangyo.co.jp",
               "thuha.nguyen@vn.hinode-sangyo.co.jp", "k.whitfield@us.hinode-sangyo.co.jp",
               "j.reimann@de.hinode-sangyo.co.jp"],
        "cc": ["overseas-admin@mail.hinode-sangyo.co.jp"],
        "subject": "[All overseas offices] Incident report - Manila / reminder of the reporting rule",
        "body": """Dear all,

For your information and as a reminder of our incident reporting rule.

On 28 July, Ms. Maricel Santos (sales assistant, Manila desk of the Singapore
branch) was robbed of her bag near SM Megamall on her way home. She was
slightly injured (bruised wrist, treated at St. Luke's, no hospitalisation)
and has reported the theft to the police. Her company laptop was in the bag;
IT has wiped it remotely.

Please remind your teams:
  1. Any incident involving staff or company assets must be reported to HQ
     (this address) within 24 hours.
  2. Company laptops must not be carried on the commute without approval.
  3. The security briefing by Safeway Risk will be offered in September.

Best regards,
""" + SIG_SHIRATORI_EN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "named crime victim with injury details, but every recipient is an internal branch subdomain",
    },
    # 051 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-051",
        "charset": "iso-2022-jp",
        "sender": "芦田 康弘 <y.ashida@hinode-sangyo.co.jp>",
        "to": ["すみれビジネスサービス 経費精算センター <keihi@sumire-bpo.co.jp>"],
        "subject": "海外出張旅費（8月分）追加精算2件のお願い",
        "body": """すみれビジネスサービス株式会社
経費精算センター　御中

いつもお世話になっております。日の出産業 経理部の芦田です。
8月分の海外出張旅費について、締め後に承認された2件の追加精算をお願いいたします。
通常どおり9月10日の振込分に含めていただけますでしょうか。

　社員番号　氏名　　　　出張先　　　　　　精算額　　　振込先
　H10482　　荻野 健太　　タイ（ラヨーン）　　148,320円　みどり銀行 大宮支店 普通 3081425
　H11907　　榊原 亮　　　ベトナム（ビンズオン）　96,540円　みどり銀行 浦和支店 普通 1172086

領収書・日当計算書のPDFは、貴社ポータルにアップロード済みです。
よろしくお願いいたします。

""" + SIG_ASHIDA_JA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "two employees' bank accounts for reimbursement to the outsourced expense centre: under five people, may warn",
    },
    # 052 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-052",
        "charset": "iso-2022-jp",
        "sender": "芦田 康弘 <y.ashida@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 外為センター <gaitame@midori-ginko.co.jp>"],
        "subject": "外国送金依頼（販売手数料支払／EUR）",
        "body": """みどり銀行　外為センター　御中

いつもお世話になっております。日の出産業株式会社 経理部の芦田でございます。
下記の通り外国送金をお願いいたします。依頼書原本は本日営業店へ持参いたします。

　送金種類　：電信送金
　金額　　　：EUR 18,420.00
　受取人　　：Nordwerk Handels GmbH
　受取人住所：Koenigsallee 92, 40212 Duesseldorf, Germany
　受取銀行　：Stadtsparkasse Rheinland, Duesseldorf
　SWIFT　　 ：SRLDDEDDXXX
　IBAN　　　：DE44 3005 0110 1008 2247 19
　送金目的　：販売手数料（2025年上期分） Commission H1 2025
　支払口座　：当社 普通預金 本店営業部 0418220
　手数料　　：OUR

よろしくお願い申し上げます。

""" + SIG_ASHIDA_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "overseas remittance to the partner bank: company accounts and IBAN of a business, no personal data",
    },
    # 053 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-053",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["Ms. Phan Thi My Linh <mylinh.phan@saigon-indsupply.com.vn>"],
        "subject": "Proforma invoice PI-VN-25-0907 for L/C opening",
        "body": """Dear Ms. My Linh,

Please find attached our proforma invoice PI-VN-25-0907 for your L/C
application. Kindly ask your bank to advise the L/C through Midori Bank,
Head Office (SWIFT MDRIJPJT), and to allow partial shipments.

Best regards,
Nao Kuga
""",
        "attachments": [
            {"kind": "pdf", "name": "PI-VN-25-0907.pdf", "title": "Proforma Invoice",
             "page_footer": "Hinode Sangyo Co., Ltd. | Registration No. T2401020311877",
             "lines": ["PROFORMA INVOICE  No. PI-VN-25-0907   Date: 7 Sep 2025",
                       "Seller: HINODE SANGYO CO., LTD. 2-14-7 Shiba-Daimon, Minato-ku, Tokyo 105-0012",
                       "Buyer: Saigon Industrial Supply JSC, Lot B4, Song Than 2 IZ, Di An, Binh Duong",
                       "Terms: CIF Ho Chi Minh City, irrevocable L/C at sight",
                       "Beneficiary bank: Midori Bank, Head Office, SWIFT MDRIJPJT, A/C 0418220"],
             "table": [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
                       ["HS-FL80K", "Line filter unit 80K", "6", "1,890.00", "11,340.00"],
                       ["HS-FE-10", "Filter element 10 micron (box/12)", "40", "94.00", "3,760.00"],
                       ["", "Freight & insurance", "", "", "1,150.00"],
                       ["", "TOTAL", "", "", "16,250.00"]]},
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "proforma invoice with the company's T-number and company bank account: business data only",
    },
    # 054 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-054",
        "charset": "cp932",
        "sender": "白鳥 玲子 <r.shiratori@hinode-sangyo.co.jp>",
        "to": ["旭トラベル 法人営業部 <hojin@asahi-travel.co.jp>"],
        "subject": "ヒューストン出張 レンタカー手配の追加",
        "body": """旭トラベル株式会社
法人営業部　吉永様

お世話になっております。日の出産業の白鳥です。
先日お願いしたヒューストン出張（9/1～9/13）に、レンタカーの手配を追加で
お願いできますでしょうか。

　・受取／返却：IAH空港　9/1 16:00 ～ 9/13 12:00
　・車種　　　：ミッドサイズSUV（4名＋荷物）
　・保険　　　：フルカバー（LDW/SLI込み）
　・運転者　　：荻野、榊原の2名

運転者の国外運転免許証は各自取得済みで、現地カウンターで提示いたします。
免許証番号等の事前登録が必要な場合は、本人から直接ご連絡いたします。

どうぞよろしくお願いいたします。

""" + SIG_SHIRATORI_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "rental car booking that mentions driving permits but gives no licence numbers",
    },
    # 055 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-055",
        "charset": "utf-8",
        "sender": "白鳥 玲子 <r.shiratori@hinode-sangyo.co.jp>",
        "to": ["旭トラベル 海外航空券デスク <air@asahi-travel.co.jp>"],
        "subject": "航空券手配：シンガポール出張 2名（10/14～10/17）",
        "body": """旭トラベル　海外航空券デスク　御中

お世話になっております。日の出産業の白鳥です。
下記2名のシンガポール出張の航空券手配をお願いいたします。
APIS登録のため、パスポート記載どおりの氏名と生年月日を記載します。

　1) HAYAMA / YUSUKE MR　　生年月日：1975年1月23日
　2) KUGA / NAO MS　　　　  生年月日：1991年5月28日

　往路：10/14 NH801 NRT 11:20 → SIN 17:45（ビジネス／エコノミー各1）
　復路：10/17 NH802 SIN 22:40 → NRT 06:50+1
　マイレージ番号は後ほど本人よりご連絡いたします。

請求書は通常どおり月締めでお願いいたします。

""" + SIG_SHIRATORI_JA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two travellers' names and dates of birth for flight booking: under five people, no identifier, may warn",
    },
    # 056 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-056",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["Dewi Anggraini <dewi.anggraini.translate@gmail.com>"],
        "subject": "Interpretation (Japanese-Indonesian) 15-16 Oct, Bekasi - booking",
        "body": """Dear Ms. Dewi,

Thank you for your quick reply and for the quotation (IDR 4,500,000 per day
including transport). We are pleased to confirm the booking.

  Dates   : 15-16 October, 08:30-17:00
  Venue   : PT Mitra Jaya Teknik, Jababeka, Bekasi (meeting room 2F)
  Content : technical training on HS-FL80K maintenance; glossary attached
            in our previous mail
  Contact : I will be on site both days; our distributor's contact is
            Pak Agus (reception will call him)

Please send the invoice to our Singapore branch (accounts@sg.hinode-sangyo.co.jp),
which will pay in IDR.

Best regards,
""" + SIG_KUGA_EN,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "booking a freelance interpreter on a free-mail address: one private recipient, ordinary business",
    },
    # 057 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-057",
        "charset": "utf-8",
        "sender": "Chihiro Narumi <c.narumi@hinode-sangyo.co.jp>",
        "to": ["Thanaporn Srisuk <thanaporn.srisuk@gmail.com>",
               "Kittipong Anuwat <kittipong_a@yahoo.com>",
               "Ratchanee Mookda <ratchanee.m@outlook.com>"],
        "cc": ["somchai.k@th.hinode-sangyo.co.jp"],
        "subject": "Interview invitation - Sales Coordinator, Hinode Sangyo Bangkok Branch",
        "body": """Dear candidates,

Thank you for applying for the Sales Coordinator position at our Bangkok
Branch. We are pleased to invite you to an online interview with our Tokyo
HR team and the Branch Manager.

  Date      : Tuesday 9 September
  Slots     : 10:00 / 11:00 / 14:00 (Bangkok time) - please reply with
              your preferred slot
  Format    : Microsoft Teams, about 45 minutes, in English
  Prepare   : a 5-minute self-introduction; Japanese skills will be checked
              briefly (JLPT N3 or above is an advantage)

We look forward to speaking with you.

Kind regards,
Chihiro Narumi
Overseas HR Group, Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "visible parties: three private job candidates on free mail can see each other in To",
    },
    # 058 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-058",
        "charset": "utf-8",
        "sender": "Chihiro Narumi <c.narumi@hinode-sangyo.co.jp>",
        "to": ["Pimchanok Vichai <pimchanok@bkk-talentbridge.co.th>"],
        "subject": "RE: Candidate for Service Engineer - interview slot",
        "body": """Dear Khun Pimchanok,

Thank you for introducing Mr. Narongrit for the Service Engineer position.
We would like to interview him on Thursday 11 September at 13:30 Bangkok
time at our Bangkok Branch (183 Rajadamri Rd, 12F). The Branch Manager and
Mr. Ogino from our technical department (online) will attend.

Could you please confirm with the candidate and let us know?

Best regards,
Chihiro Narumi
Overseas HR Group, Hinode Sangyo Co., Ltd.

________________________________
From: Pimchanok Vichai <pimchanok@bkk-talentbridge.co.th>
Sent: Monday, September 1, 2025 16:05
To: Chihiro Narumi
Subject: Candidate for Service Engineer

Dear Narumi-san, please find attached the CV of Mr. Narongrit Kaewmanee
(8 years of experience in pump maintenance). He is available from October.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "interview slot for one candidate named by the agency: a name and a time, no other data in new text",
    },
    # 059 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-059",
        "charset": "utf-8",
        "sender": "Chihiro Narumi <c.narumi@hinode-sangyo.co.jp>",
        "to": ["Pimchanok Vichai <pimchanok@bkk-talentbridge.co.th>"],
        "subject": "Job description - Service Engineer (Bangkok Branch)",
        "body": """Dear Khun Pimchanok,

As discussed, please find attached the job description for the Service
Engineer position at our Bangkok Branch. Salary range THB 35,000-48,000 per
month depending on experience; 13th-month bonus and group health insurance.

We would appreciate receiving three to five CVs by the end of September.

Best regards,
Chihiro Narumi
""",
        "attachments": [
            {"kind": "docx", "name": "JD_Service_Engineer_Bangkok.docx", "title": "Job Description",
             "paragraphs": ["JOB DESCRIPTION - SERVICE ENGINEER", "Company: Hinode Sangyo Co., Ltd., Bangkok Branch",
                            "Reports to: Branch Manager / Technical Service Dept. (Tokyo)",
                            "Main duties: installation, commissioning and maintenance of filtration units at "
                            "customer sites in the EEC; support to distributor technicians; reporting in English.",
                            "Requirements: diploma in mechanical or electrical engineering; 3+ years of field "
                            "service; driving licence; willingness to travel (30-40%)."],
             "tables": [[["Item", "Condition"], ["Working hours", "08:30-17:30, Mon-Fri"],
                         ["Probation", "119 days"], ["Location", "Bangkok, with site visits"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "job description DOCX to a recruiting agency, no personal data",
    },
    # 060 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-060",
        "charset": "utf-8",
        "sender": "Reiko Shiratori <r.shiratori@hinode-sangyo.co.jp>",
        "to": ["Crisis Desk <crisis.apac@safeway-risk.com>"],
        "subject": "Emergency support contract - list of our sites in APAC",
        "body": """Dear Crisis Desk,

For the emergency evacuation support contract that starts on 1 October,
please register our sites below. In an emergency, please call the site main
line first and then our Tokyo HQ duty phone (+81 3 5405 2299, 24h).

Site                         Address                                         Main line         Staff
---------------------------  ----------------------------------------------  ----------------  -----
Singapore Branch             10 Anson Road #18-06, Singapore 079903          +65 6221 4870        18
Bangkok Branch               183 Rajadamri Rd, 12F, Lumpini, Bangkok 10330   +66 2 651 7730       15
HCMC Representative Office   115 Nguyen Hue, District 1, HCMC                +84 28 3821 6604      9
Manila desk (SG branch)      6750 Ayala Ave, 21F, Makati City                +63 2 8892 4105       3
Jakarta liaison              Menara Astra 30F, Jl. Jend. Sudirman, Jakarta   +62 21 5089 7730      2

The named lists of expatriates will be uploaded by our HR department directly
to your secure portal, not by e-mail.

Kind regards,
""" + SIG_SHIRATORI_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of company sites with addresses, main lines and headcounts: businesses, not people",
    },
    # 061 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-061",
        "charset": "iso-2022-jp",
        "sender": "白鳥 玲子 <r.shiratori@hinode-sangyo.co.jp>",
        "to": ["Somchai Kittisak <somchai.k@th.hinode-sangyo.co.jp>"],
        "cc": ["森岡 拓 <t.morioka@sg.hinode-sangyo.co.jp>"],
        "subject": "【BCP】バンコク支店 緊急連絡網（9月更新版）の確認依頼",
        "body": """Somchai-san（cc: 森岡さん）

海外事業管理課の白鳥です。
バンコク支店の緊急連絡網を9月版に更新しました。
変更箇所（★）に誤りがないか、ご確認をお願いします。社内限りでの管理です。

氏名　　　　　　　　役職　　　　　携帯　　　　　　　　自宅（エリア）　　緊急連絡先（続柄）
――――――――――――――――――――――――――――――――――――――――――――
Kittisak Somchai　　Branch Admin　+66 81 905 3321　　Lat Phrao　　　　　妻 +66 81 905 7710
小峰 隆之　　　　　 支店長　　　　+66 86 771 2048　　Sukhumvit 39　　　 妻 +81 90 2281 6604
Nattaya Boonmee　　 Sales　　　　 +66 86 412 7780　　Bang Kapi　　　　　母 +66 2 377 1408
★Pornthip Saelim　　Accounting　　+66 89 227 4106　　Nonthaburi　　　　 夫 +66 89 227 9913
Thanawat Jaidee　　 Service　　　 +66 92 558 0934　　Bang Na　　　　　　父 +66 38 412 220
★Chanida Wongsa　　 Sales　　　　 +66 95 331 6287　　Thon Buri　　　　　姉 +66 95 120 4471

確認後、ご返信ください。

""" + SIG_SHIRATORI_JA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "emergency contact list of six branch staff, but all recipients are internal branch subdomains",
    },
    # 062 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-062",
        "charset": "iso-2022-jp",
        "sender": "久我 奈央 <n.kuga@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 岩渕様 <iwabuchi@nishiki-insatsu.co.jp>"],
        "subject": "英文カタログ HS-FLシリーズ 初校戻し",
        "body": """錦印刷株式会社
制作部　岩渕様

お世話になっております。日の出産業の久我です。
英文カタログ（HS-FLシリーズ）の初校、確認いたしました。
修正指示を書き込んだPDFを添付いたします。

主な修正点：
　・P.3　HS-FL120K の流量「120 m3/h」→「120 m³/h」（上付き）
　・P.5　仕様表の圧力単位を MPa と psi の併記に
　・P.8　Global Network の拠点地図にマニラを追加
　・裏表紙　問い合わせ先を overseas@hinode-sangyo.co.jp に統一

再校は9月19日頃にいただけますと幸いです。

""" + SIG_MAKABE_JA.replace("真壁 俊介（まかべ しゅんすけ）", "久我 奈央（くが なお）"),
        "attachments": [
            {"kind": "pdf", "name": "HS-FL_catalogue_EN_proof1_redline.pdf", "title": "HS-FL catalogue proof 1",
             "lines": ["HS-FL SERIES  Line Filter Units", "Reliable filtration for process industries",
                       "[修正] P.3 flow rate 120 m3/h -> superscript", "[修正] P.5 pressure: MPa / psi",
                       "Contact: overseas@hinode-sangyo.co.jp  www.hinode-sangyo.co.jp/en/"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "catalogue proof corrections to the partner printer; only a generic company mailbox",
    },
    # 063 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-063",
        "charset": "utf-8",
        "sender": "Makoto Takatsuki <m.takatsuki@hinode-sangyo.co.jp>",
        "to": ["Brent Holloway <bholloway@lonestar-isupply.com>"],
        "subject": "Quotation for Corpus Christi project - HS-FL120K x 4",
        "body": """Hi Brent,

As promised, attached is our pricing for the Corpus Christi project (4 x
HS-FL120K with skids). Let me know if you need a breakdown per skid.

Thanks,
Makoto
""",
        "attachments": [
            {"kind": "pdf", "name": "CorpusChristi_pricing_analysis.pdf", "title": "Pricing analysis",
             "page_header": "CONFIDENTIAL - INTERNAL USE ONLY",
             "page_footer": "Hinode Sangyo America Inc. - Internal pricing worksheet - do not forward",
             "lines": ["Corpus Christi project - pricing analysis (HS-FL120K x 4 with skids)",
                       "Prepared for: HSA management approval"],
             "table": [["Item", "Cost USD", "List USD", "Offer to Lone Star", "Margin"],
                       ["HS-FL120K unit", "11,200", "19,800", "16,830", "33.5%"],
                       ["Skid & piping", "24,500", "38,000", "33,440", "26.7%"],
                       ["Commissioning", "6,000", "12,000", "9,600", "37.5%"],
                       ["Walk-away price", "", "", "total 212,000", "22.0%"]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: internal pricing worksheet stamped CONFIDENTIAL - INTERNAL USE ONLY attached instead of the quotation",
    },
    # 064 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-064",
        "charset": "utf-8",
        "sender": "Makoto Takatsuki <m.takatsuki@hinode-sangyo.co.jp>",
        "to": ["Brent Holloway <bholloway@lonestar-isupply.com>"],
        "subject": "RE: Quotation for Corpus Christi project - HS-FL120K x 4 (correct file)",
        "body": """Hi Brent,

Please disregard the file I sent an hour ago - wrong attachment, and please
delete it. The correct quotation Q-US-25-0388 is attached.

Quotation valid for 60 days; delivery 16-18 weeks after order; payment net
60 days. Commissioning by our Houston team is included.

Thanks,
Makoto

Makoto Takatsuki | Project Manager
Hinode Sangyo Co., Ltd. / Hinode Sangyo America Inc.
""",
        "attachments": [
            {"kind": "pdf", "name": "Q-US-25-0388.pdf", "title": "Quotation Q-US-25-0388",
             "page_footer": "Hinode Sangyo America Inc. | 10497 Town & Country Way, Houston, TX 77024 | +1 713 468 2510",
             "lines": ["QUOTATION  Q-US-25-0388", "To: Lone Star Industrial Supply, Attn. Mr. Brent Holloway",
                       "Project: Corpus Christi - filtration units", "Validity: 60 days"],
             "table": [["Pos.", "Description", "Qty", "Unit USD", "Total USD"],
                       ["1", "HS-FL120K line filter unit", "4", "16,830", "67,320"],
                       ["2", "Skid incl. piping and instrumentation", "4", "33,440", "133,760"],
                       ["3", "Commissioning (10 working days)", "1", "9,600", "9,600"],
                       ["", "Total", "", "", "210,680"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the proper quotation PDF to the distributor; a contact name only as addressee",
    },
    # 065 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-065",
        "charset": "utf-8",
        "sender": "Shunsuke Makabe <s.makabe@hinode-sangyo.co.jp>",
        "to": ["Dr. Klaus Nordmann <k.nordmann@nordwerk-handel.de>"],
        "subject": "Countersigned distributor agreement 2026-2028",
        "body": """Dear Dr. Nordmann,

Please find attached the distributor agreement 2026-2028, countersigned by
our President. The PDF is protected; I will call Ms. Vogelsang with the
password. Two originals follow by courier (DHL 7719 3308 42).

Kind regards,
""" + SIG_MAKABE_EN,
        "attachments": [
            {"kind": "pdf", "name": "Distributor_Agreement_Nordwerk_2026-2028_signed.pdf",
             "password": "NW-2026-hs", "title": "Distributor Agreement",
             "lines": ["DISTRIBUTOR AGREEMENT", "between Hinode Sangyo Co., Ltd. and Nordwerk Handels GmbH",
                       "Territory: Germany, Austria, Switzerland, Benelux", "Term: 1 Jan 2026 - 31 Dec 2028"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected PDF cannot be inspected",
    },
    # 066 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-066",
        "charset": "utf-8",
        "sender": "Daisuke Minato <d.minato@hinode-sangyo.co.jp>",
        "to": ["Tokyo Export Desk <tyo.export@bluemeridian-freight.com>"],
        "subject": "FW: PO LS-77260 - please quote air vs. sea (DAP Houston)",
        "body": """Dear Export Desk,

Please see the attached order from our US distributor. Could you quote both
air (Narita-IAH) and sea LCL (Tokyo-Houston) to DAP Houston for the items
below? Cargo ready date: 12 September, Kawaguchi warehouse.

  3 cartons, 120 x 80 x 95 cm total, approx. 210 kg

Thanks and regards,
""" + SIG_MINATO_EN,
        "attachments": [
            {"kind": "eml", "name": "PO_LS-77260.eml",
             "message": {
                 "charset": "utf-8",
                 "sender": "Lone Star Purchasing <purchasing@lonestar-isupply.com>",
                 "to": ["d.minato@hinode-sangyo.co.jp"],
                 "subject": "PO LS-77260",
                 "body": """Hello Minato-san,

Please accept our PO LS-77260:
  HS-FE-10  x 30 boxes  @ USD 96.00
  HS-GK-08  x 400 kits  @ USD 8.10
Ship to: Lone Star Industrial Supply, 8801 Clinton Dr, Houston TX 77029
Terms: DAP Houston, net 60.

Purchasing Department
Lone Star Industrial Supply
""",
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forwarded purchase order (as .eml) to a forwarder: business data only",
    },
    # 067 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-067",
        "charset": "iso-2022-jp",
        "sender": "荻野 健太 <k.ogino@hinode-sangyo.co.jp>",
        "to": ["川崎電機 品質保証部 <qa@kawasaki-denki.co.jp>"],
        "subject": "FW: モーター不具合（タイ）現地エンドユーザー窓口一覧",
        "body": """川崎電機株式会社
品質保証部　ご担当者様

お世話になっております。日の出産業の荻野です。
先日ご報告したタイ向けHS-FL80K搭載モーターの異音の件、
現地代理店から各エンドユーザーの窓口一覧が届きましたので転送いたします。
貴社現地法人の技術者が直接訪問される際にご活用ください。

荻野
""",
        "attachments": [
            {"kind": "eml", "name": "FW_End-user contacts for motor inspection.eml",
             "message": {
                 "charset": "utf-8",
                 "sender": "Suda Rattanakorn <suda.r@siamtechparts.co.th>",
                 "to": ["k.ogino@hinode-sangyo.co.jp"],
                 "subject": "End-user contacts for motor inspection",
                 "body": """Dear Ogino-san,

Below are the site contacts at the six customers with affected units.
They prefer to be called on mobile before the visit.

1) Mr. Prasert Wongthong - Maintenance Supervisor, Eastern Seaboard Chemicals (Rayong)
   Mobile +66 81 655 2094 / prasert.w@esbchem.co.th
2) Ms. Kanokwan Intharat - Utility Engineer, Map Ta Phut Polymers
   Mobile +66 89 733 1582 / kanokwan.i@mtppolymers.co.th
3) Mr. Surachai Boonsong - Plant Engineer, Siam Beverage (Chonburi)
   Mobile +66 86 230 4417 / surachai.b@siambev.co.th
4) Mr. Weerapong Chaiyasit - Maintenance Manager, Amata Coatings
   Mobile +66 84 118 7653 / weerapong@amatacoat.co.th
5) Ms. Jiraporn Saetang - Process Engineer, Laem Chabang Refining
   Mobile +66 92 774 0318 / jiraporn.s@lcrefining.co.th
6) Mr. Nopadol Kraisri - Technician Leader, Bangpakong Paper
   Mobile +66 95 602 8841 / nopadol.k@bpkpaper.co.th

Best regards,
Suda
""",
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: forwarded .eml with six end-user contact persons (mobile, e-mail) sent on to the supplier",
    },
    # 068 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-068",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["Hwang Min-jun <hwang.minjun@formosa-kiki.com.tw>"],
        "subject": "Minutes of meeting - Taichung, 27 August",
        "body": """Dear Mr. Hwang,

Thank you again for your hospitality in Taichung. Please find the minutes of
our meeting attached. Kindly let me know by 5 September if anything should
be corrected.

""" + SIG_KUGA_EN,
        "attachments": [
            {"kind": "docx", "name": "MoM_FormosaKiki_20250827.docx", "title": "Minutes of meeting",
             "paragraphs": ["MINUTES OF MEETING", "Date: 27 August 2025, 14:00-16:30", "Place: Formosa Kiki, Taichung office",
                            "1. Sales review H1: 108% of target; HS-GK PTFE gaskets strong in semiconductor fabs.",
                            "2. Forecast H2: 6 x HS-FL80K for the Tainan project (probability 70%).",
                            "3. Samples HS-GK-08T: test report due mid-September.",
                            "4. Next meeting: Tokyo, during the November visit."],
             "tables": [[["Attendees", "Company", "Title"],
                         ["Hwang Min-jun", "Formosa Kiki", "General Manager"],
                         ["Chen Yu-ting", "Formosa Kiki", "Sales Manager"],
                         ["Nao Kuga", "Hinode Sangyo", "ASEAN/Taiwan Sales"],
                         ["Shunsuke Makabe", "Hinode Sangyo", "Manager, Overseas Sales"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "minutes with an attendee table of names and titles only (no contact data) to the distributor",
    },
    # 069 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-069",
        "charset": "utf-8",
        "sender": "Jonas Reimann <j.reimann@hinode-sangyo.co.jp>",
        "to": ["Petra Vogelsang <p.vogelsang@nordwerk-handel.de>"],
        "subject": "Joint visit BASF Ludwigshafen 2 Oct - who is who",
        "body": """Hi Petra,

For next Thursday's joint visit, here are the contacts on our side so your
colleagues can reach us on the day (parking is at gate 7, we meet at 08:45):

  - Jonas Reimann (Hinode, Duesseldorf)  mobile +49 171 4408 213
  - Kenta Ogino (Hinode, Tokyo)          mobile +81 70 2185 6630, k.ogino@hinode-sangyo.co.jp
  - Mehmet Yildirim (Hinode, Duesseldorf) mobile +49 160 9034 5521

The customer's host is their reliability engineer; I will send the agenda
tomorrow.

Cheers,
Jonas
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three colleagues' mobiles for a joint customer visit: under five people, may warn",
    },
    # 070 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-070",
        "charset": "utf-8",
        "sender": "Reiko Shiratori <r.shiratori@hinode-sangyo.co.jp>",
        "to": ["Nguyen Thi Thu Ha <thuha.nguyen@vn.hinode-sangyo.co.jp>"],
        "subject": "Salary review 2026 - HCMC office, HQ proposal",
        "body": """Dear Thu Ha,

Below is HQ's proposal for the 2026 salary review of the HCMC office. Please
discuss with the Chief Representative and send your comments by 15 October.
(Internal - for you and the Chief Representative only.)

Emp No.  Name                Current (VND)   Proposed (VND)   Rating
-------  ------------------  --------------  ---------------  ------
VN-003   Pham Quoc Bao           31,500,000       33,400,000  A
VN-004   Le Hoang Yen            19,800,000       20,800,000  B
VN-006   Vo Thanh Tung           27,600,000       29,000,000  B+
VN-007   Dang Minh Chau          22,400,000       23,500,000  B
VN-008   Huynh Tan Loc           26,100,000       27,100,000  B
VN-010   Bui Ngoc Anh            14,500,000       15,600,000  A-

Budget: +5.2% in total (market benchmark HCMC: 6.0-7.5%).

Best regards,
Reiko
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "salary review table for six local staff, but the only recipient is the internal vn. branch subdomain",
    },
    # 071 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-071",
        "charset": "cp932",
        "sender": "鳴海 千尋 <c.narumi@hinode-sangyo.co.jp>",
        "to": ["機械工業健康保険組合 給付課 <kyufu@kikai-kenpo.or.jp>"],
        "subject": "海外療養費の支給申請について（ご相談）",
        "body": """機械工業健康保険組合
給付課　ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の鳴海です。
シンガポール駐在員の帯同家族が現地で入院したため、海外療養費の申請について
ご相談させてください。

　被保険者　　：森岡 拓
　被扶養者　　：森岡 陽菜（長女）　平成３０年６月１１日生
　保険証　　　：記号 ７０４１　番号 ２８
　傷病名　　　：デング熱（入院5日間）
　医療機関　　：Mount Elizabeth Novena Hospital, Singapore
　支払額　　　：SGD 9,860.00

診療内容明細書・領収明細書の和訳は当社で手配する予定ですが、
翻訳者の証明様式に指定があればご教示ください。

""" + SIG_NARUMI_JA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "identifier + sensitive: health insurance symbol/number and a child's diagnosis sent outside the company",
    },
    # 072 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-072",
        "charset": "iso-2022-jp",
        "sender": "芦田 康弘 <y.ashida@hinode-sangyo.co.jp>",
        "to": ["overseas-accounting@mail.hinode-sangyo.co.jp"],
        "subject": "【各海外拠点】9月度 社内換算レートのお知らせ / Internal FX rates for September",
        "body": """海外拠点経理ご担当各位 / Dear accounting staff of overseas offices,

9月度の社内換算レートをお知らせします（添付HTMLも同内容）。
Please use the rates below for September bookings and expense reports.

　USD 147.20 / EUR 171.85 / SGD 114.60 / THB 4.52 / VND 0.00562 / IDR 0.00905 / TWD 4.83

経費精算書の円換算は、立替日ではなく本レートを使用してください。

""" + SIG_ASHIDA_JA,
        "attachments": [
            {"kind": "html", "name": "fx_rates_2025-09.html",
             "html": """<html><body><h3>Internal FX rates - September 2025</h3>
<table border="1"><tr><th>Currency</th><th>JPY</th></tr>
<tr><td>USD</td><td>147.20</td></tr><tr><td>EUR</td><td>171.85</td></tr>
<tr><td>SGD</td><td>114.60</td></tr><tr><td>THB</td><td>4.52</td></tr>
<tr><td>VND</td><td>0.00562</td></tr><tr><td>IDR</td><td>0.00905</td></tr>
<tr><td>TWD</td><td>4.83</td></tr></table></body></html>"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal FX rate notice to an internal subdomain list, HTML attachment, no personal data",
    },
    # 073 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-073",
        "charset": "utf-8",
        "sender": "Shunsuke Makabe <s.makabe@hinode-sangyo.co.jp>",
        "to": ["Liam O'Connell <liam.oconnell@hinode-foods.com.au>"],
        "subject": "Filtration for your Brisbane bottling line - introduction",
        "body": """Dear Mr. O'Connell,

Thank you for contacting us through our website. As you noted, our companies
only share a name - Hinode is a common word in Japan ("sunrise") - but I am
glad the search brought you to us!

For your Brisbane bottling line, the HS-FL50K with food-grade elements
(FDA 21 CFR 177 compliant) would be the best fit. In Australia we work with
Harbourline Industrial in Brisbane as our distributor; I will ask them to
contact you for a site survey.

Kind regards,
""" + SIG_MAKABE_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unrelated company that happens to be called Hinode (hinode-foods.com.au): not a typo of the own domain",
    },
    # 074 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-074",
        "charset": "iso-2022-jp",
        "sender": "鳴海 千尋 <c.narumi@hinode-sangyo.co.jp>",
        "to": ["Rina Kusuma <rina.kusuma@id.hinode-sangyo.co.jp>"],
        "cc": ["白鳥 玲子 <r.shiratori@hinode-sangyo.co.jp>"],
        "subject": "RE: Medical leave of Mr. Hendra - certificate received",
        "body": """Dear Rina,

Thank you. We received the medical certificate of Mr. Hendra Gunawan
(lumbar disc herniation, surgery on 2 Sept, medical leave until 30 Sept).
Under the local employment contract he is entitled to full pay during this
period; HQ approves.

Please keep the certificate in his personnel file at the Jakarta office and
do not circulate it further.

白鳥さん：ジャカルタ連絡所の10月の出張受入れ予定は、ヘンドラ氏の復職状況を見て調整願います。

Best regards,
Chihiro Narumi
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a named employee's diagnosis, but recipients are only the internal id. subdomain and HQ",
    },
    # 075 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-075",
        "charset": "utf-8",
        "sender": "Daisuke Minato <d.minato@hinode-sangyo.co.jp>",
        "to": ["Tokyo Export Desk <tyo.export@bluemeridian-freight.com>",
               "Sales Japan <sales.jp@kaiyo-line-logistics.co.jp>",
               "Ocean Export <oceanexp@northstar-cargo.jp>"],
        "subject": "RFQ: annual ocean freight rates Tokyo - Hamburg / Singapore / Laem Chabang (FY2026)",
        "body": """Dear Sirs,

We invite you to quote annual ocean freight rates for FY2026 (April-March)
on the lanes below. Please use the attached template and reply by 30
September.

  Lane                         Est. volume / year
  ---------------------------  ------------------
  Tokyo - Hamburg (FCL 40HC)   18 containers
  Tokyo - Singapore (FCL 40HC) 26 containers
  Tokyo - Laem Chabang (LCL)   95 CBM
  Tokyo - Ho Chi Minh (LCL)    60 CBM

Rates should include THC at origin; surcharges (BAF, EBS, CIC) listed
separately. Free time at destination: minimum 14 days.

Best regards,
""" + SIG_MINATO_EN,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: three competing forwarders in To see each other on an RFQ; should have been Bcc",
    },
    # 076 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-076",
        "charset": "utf-8",
        "sender": "Daisuke Minato <d.minato@hinode-sangyo.co.jp>",
        "to": ["Tokyo Export Desk <tyo.export@bluemeridian-freight.com>"],
        "cc": ["青葉運輸 小野田様 <onoda@aoba-unyu.co.jp>"],
        "subject": "Project cargo to Rayong - heavy skid (14 t) - inland + ocean",
        "body": """Dear Export Desk,
(cc: Onoda-san of Aoba Unyu, our domestic trucking partner)

We need a combined quotation for one heavy skid to Rayong, Thailand:

  Dimensions : 6.2 x 2.4 x 2.9 m, 14,000 kg (one piece)
  Pick-up    : Hinode Sangyo Kawaguchi works, ready 20 October
  Route      : trailer to Tokyo port (Aoba Unyu), flat rack 40' to Laem
               Chabang, delivery to site on a low-bed trailer
  Terms      : DAP site, lashing survey required

Onoda-san, could you coordinate the loading at Kawaguchi and the escort
vehicle permit with Blue Meridian directly?

Best regards,
""" + SIG_MINATO_EN,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "forwarder plus partner trucking company in To/Cc: two external organisations, ordinary three-way mail",
    },
    # 077 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-077",
        "charset": "utf-8",
        "sender": "Reiko Shiratori <r.shiratori@hinode-sangyo.co.jp>",
        "to": ["ESG Reporting Team <esg@greenledger-consulting.com>"],
        "subject": "Data for the integrated report - workforce of overseas sites",
        "body": """Dear ESG Reporting Team,

Please find below the workforce figures of our overseas sites for the
integrated report (as of 31 March). All figures are headcounts; no
individual data is included.

Site              Total  Female  Local hires  Japanese expats  Other nationalities  Avg. tenure (yrs)
----------------  -----  ------  -----------  ---------------  -------------------  -----------------
Singapore            18       9           14                3                    1                6.2
Houston              22       8           20                2                    0                7.9
Duesseldorf           7       3            5                1                    1                4.1
Bangkok              15       8           13                2                    0                5.5
HCMC                  9       5            8                1                    0                4.8
Total                71      33           60                9                    2                6.1

Local management ratio (section manager and above): 41%.
Lost-time injuries overseas in FY2024: 1 (Bangkok, warehouse).

Best regards,
""" + SIG_SHIRATORI_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate workforce statistics (gender, nationality, injuries) by site: no identifiable person",
    },
    # 078 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-078",
        "charset": "utf-8",
        "sender": "Chihiro Narumi <c.narumi@hinode-sangyo.co.jp>",
        "to": ["Onboarding Team <onboarding@kl-payroll.com.my>"],
        "subject": "New hires - Hinode Sangyo Malaysia liaison office (start 1 October)",
        "body": """Dear Onboarding Team,

Please set up the following four new hires for the October payroll of our
Kuala Lumpur liaison office. As requested for the statutory reporting and
the religious holiday entitlements, race and religion are included.

No.  Name                      Date of birth   Race      Religion   Position
---  ------------------------  -------------   -------   --------   -------------------
1    Nurul Aisyah binti Hamzah  1995-04-12     Malay     Islam      Sales Coordinator
2    Tan Wei Jie                1991-09-30     Chinese   Buddhism   Service Engineer
3    Priya a/p Subramaniam      1993-01-07     Indian    Hinduism   Accounts Executive
4    Mohd Faizal bin Rahman     1988-06-21     Malay     Islam      Driver / Logistics

Employment contracts and EPF/SOCSO forms will be uploaded to your portal by
the office manager.

Kind regards,
Chihiro Narumi
Overseas HR Group, Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: race and religion tied to four named new hires (under five, but special-category data) to a payroll firm",
    },
    # 079 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-079",
        "charset": "utf-8",
        "sender": "Reiko Shiratori <r.shiratori@hinode-sangyo.co.jp>",
        "to": ["Kestrel Payroll Services <payroll@kestrel-tax.com.sg>"],
        "subject": "Singapore branch - new joiners for September payroll",
        "body": """Dear Kestrel team,

Three new joiners at our Singapore branch for the September payroll:

* Ms. Goh Li Ting - Sales Executive - joined 1 Sep
  mobile 9276 4410, e-mail liting.goh@sg.hinode-sangyo.co.jp
* Mr. Arjun Pillai - Service Engineer - joined 1 Sep
  mobile 8135 2297, e-mail arjun.pillai@sg.hinode-sangyo.co.jp
* Ms. Siti Nurhaliza Osman - Admin Assistant - joins 15 Sep
  mobile 9042 8816, e-mail siti.osman@sg.hinode-sangyo.co.jp

Salary details and bank mandates will be entered by Mr. Morioka in your
portal. Please let me know if anything else is needed.

Best regards,
""" + SIG_SHIRATORI_EN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three new joiners' mobile and work e-mail to the payroll firm: under five people, may warn",
    },
    # 080 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-080",
        "charset": "iso-2022-jp",
        "sender": "真壁 俊介 <s.makabe@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務部 見学受付 <kengaku@kawasaki-denki.co.jp>"],
        "subject": "10/23 工場見学のお願い（ドイツ代理店 ご一行4名）",
        "body": """川崎電機株式会社
総務部　見学受付ご担当者様

いつも大変お世話になっております。日の出産業の真壁でございます。
先日お電話でご相談した工場見学につき、正式にお願い申し上げます。

　日時　：10月23日（木）10:00～12:00
　目的　：HS-FL120K搭載モーターの製造工程見学
　見学者：
　　Dr. Klaus Nordmann（Nordwerk Handels GmbH　社長）
　　Ms. Petra Vogelsang（同　購買部長）
　　Jonas Reimann（弊社デュッセルドルフ事務所）
　　真壁 俊介（弊社 海外営業部）※引率

通訳は弊社で手配いたします。撮影禁止区域等のご指示がございましたら
事前にお知らせいただけますと幸いです。

""" + SIG_MAKABE_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "four visitors' names and companies for a plant tour, no contact or other personal data",
    },
    # 081 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-081",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 団体予約 <group@sakura-hotel.jp>"],
        "subject": "Arrival list - ASEAN Distributor Meeting 2025 (Nov 25-27)",
        "body": """Dear Ms. Onodera,

Further to our contract for the ASEAN Distributor Meeting, here is the
arrival list so that your airport limousine desk can prepare the name
boards.

Guest                      Title                    Company                    Flight      Arrival
-------------------------  -----------------------  -------------------------  ----------  ------------
Mr. Budi Santoso           President Director       PT Mitra Jaya Teknik       GA 874      25 Nov 08:10
Mr. Wiroj Charoensuk       Managing Director        Siam TechParts             TG 682      25 Nov 07:35
Ms. Phan Thi My Linh       Sales Director           Saigon Industrial Supply   VN 300      25 Nov 06:50
Mr. Ramon Dizon            General Manager          Luzon Precision            PR 428      25 Nov 13:20
Ms. Jasmine Koh            Director                 Pacific Rim Trading        SQ 638      25 Nov 07:55
Mr. Ahmad Zulkifli         Business Development     Selangor Fluid Engineering MH 88       25 Nov 07:25

All rooms are billed to Hinode Sangyo (master account).

Best regards,
""" + SIG_KUGA_EN,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "either: six guests with titles and flight arrivals but no contact details - a list of people or just a business guest list",
    },
    # 082 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-082",
        "charset": "utf-8",
        "sender": "Hinode Sangyo Overseas Sales <overseas@hinode-sangyo.co.jp>",
        "to": ["Jasmine Koh <jasmine.koh@prtrading.com.sg>"],
        "subject": "Launch: HS-FL120K - our largest line filter unit",
        "body": """Dear Jasmine,

We are pleased to introduce the HS-FL120K, our largest line filter unit
(120 m3/h, 1.6 MPa), available from November.

- 30% smaller footprint than two HS-FL80K in parallel
- Automatic backflush with DP monitoring
- Launch discount for distributors: 8% until 31 January

Datasheet and demo video: https://www.hinode-sangyo.co.jp/en/products/hs-fl120k

Hinode Sangyo Co., Ltd. - Overseas Sales Department
""",
        "html": """<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ccc">
<tr><td style="background:#c8102e;color:#fff;padding:12px;font-size:18px">HINODE SANGYO - Product News</td></tr>
<tr><td style="padding:16px">
<p>Dear Jasmine,</p>
<p>We are pleased to introduce the <b>HS-FL120K</b>, our largest line filter unit (120 m&sup3;/h, 1.6 MPa), available from November.</p>
<ul><li>30% smaller footprint than two HS-FL80K in parallel</li>
<li>Automatic backflush with DP monitoring</li>
<li>Launch discount for distributors: <b>8% until 31 January</b></li></ul>
<p><a href="https://www.hinode-sangyo.co.jp/en/products/hs-fl120k">Datasheet and demo video</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#888;padding:8px">Hinode Sangyo Co., Ltd. | 2-14-7 Shiba-Daimon, Minato-ku, Tokyo 105-0012 | +81 3 5405 2200</td></tr>
</table></body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "product launch newsletter (text + HTML) to one distributor",
    },
    # 083 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-083",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["Ms. Phan Thi My Linh <mylinh.phan@saigon-indsupply.com.vn>"],
        "subject": "Travel to Japan in November - entry requirements for your team",
        "body": """Dear Ms. My Linh,

Ahead of your team's visit to Tokyo in November, some practical notes on
entry to Japan for Vietnamese nationals:

1. A short-term business visa is required. The Embassy of Japan in Hanoi /
   Consulate-General in HCMC usually takes 5 working days.
2. Passports must be valid for the whole stay and have two blank pages.
3. We will prepare the Letter of Invitation and Schedule of Stay. Please do
   NOT send us copies of passports by e-mail; our HR department will open a
   secure upload folder for the documents we need.
4. Visit Japan Web registration is recommended for faster arrival.

Please let me know the number of travellers by 20 September.

""" + SIG_KUGA_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general visa and passport guidance with no one's document numbers",
    },
    # 084 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-084",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["Wiroj Charoensuk <wiroj@siamtechparts.co.th>"],
        "subject": "Invitation letter for your visit to Japan (draft for your confirmation)",
        "body": """Dear Khun Wiroj,

Attached is the draft Letter of Invitation for your visit (25-28 November).
Please check the spelling of your name and the dates. Once confirmed, our
President will sign it and we will send the original by courier.

""" + SIG_KUGA_EN,
        "attachments": [
            {"kind": "docx", "name": "Letter_of_Invitation_Wiroj_draft.docx", "title": "Letter of Invitation",
             "page_header": "HINODE SANGYO CO., LTD.  2-14-7 Shiba-Daimon, Minato-ku, Tokyo 105-0012",
             "paragraphs": ["To: Embassy of Japan in Thailand", "",
                            "LETTER OF INVITATION", "",
                            "We hereby invite Mr. Wiroj Charoensuk, Managing Director of Siam TechParts Co., Ltd., "
                            "our authorised distributor in Thailand, to visit Japan from 25 to 28 November 2025 "
                            "to attend the ASEAN Distributor Meeting at our head office in Tokyo.",
                            "Our company will bear the accommodation expenses during his stay.",
                            "", "Hiroshi Kaneshiro, President, Hinode Sangyo Co., Ltd."]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "invitation letter draft naming the recipient himself, no passport number or other identifiers",
    },
    # 085 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-085",
        "charset": "utf-8",
        "sender": "Makoto Takatsuki <m.takatsuki@hinode-sangyo.co.jp>",
        "to": ["Brent Holloway <bholloway@lonestar-isupply.com>"],
        "subject": "USD distributor price list 2026 (for your ERP upload)",
        "body": """Hi Brent,

Here is the 2026 USD price list in the column layout your ERP team asked for
(item, description, UoM, price, lead time). Effective 1 January.

Thanks,
Makoto
""",
        "attachments": [
            {"kind": "xlsx", "name": "HS_PriceList_USD_2026_ERP.xlsx", "title": "Distributor price list USD 2026",
             "page_header": "Hinode Sangyo - Distributor Price List USD 2026",
             "page_footer": "Prices FCA Tokyo, subject to change without notice - Page &P of &N",
             "sheets": {
                 "ERP": [["item_no", "description", "uom", "price_usd", "lead_time_wks"],
                         ["HS-PV080", "Pressure valve 80A", "EA", 205.00, 6],
                         ["HS-PV150", "Pressure valve 150A", "EA", 334.00, 6],
                         ["HS-PV220", "Pressure valve 220A", "EA", 472.00, 8],
                         ["HS-FL50K", "Line filter unit 50K", "EA", 1395.00, 10],
                         ["HS-FL80K", "Line filter unit 80K", "EA", 1940.00, 12],
                         ["HS-FL120K", "Line filter unit 120K", "EA", 2690.00, 16],
                         ["HS-FE-10", "Filter element 10um, box of 12", "BX", 98.00, 4]],
                 "Notes": [["Freight to Houston is quoted separately."],
                           ["Minimum order value USD 1,500."]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price list XLSX with an ordinary page header/footer (no classification marking)",
    },
    # 086 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-086",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["Budi Santoso <budi.santoso@mitrajaya-teknik.co.id>"],
        "subject": "Re: Can we share the application guide with our sub-dealers?",
        "body": """Dear Pak Budi,

Yes, of course. The application guide and the public price list are not
confidential, so please feel free to share them with your sub-dealers in
Surabaya and Medan.

The only material that falls under our NDA (clause 5) is the technical
drawings package and the cost-down roadmap we showed in Jakarta - please do
not pass those on.

""" + SIG_KUGA_EN + """

> Dear Kuga-san,
> May we share the HS-FL application guide with our two sub-dealers?
> Budi
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions 'not confidential' and an NDA clause in running text: no marking, no personal data",
    },
    # 087 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-087",
        "charset": "cp932",
        "sender": "鳴海 千尋 <c.narumi@hinode-sangyo.co.jp>",
        "to": ["ほけんパートナーズ 法人営業部 <hojin@hoken-partners.co.jp>"],
        "subject": "海外旅行保険（赴任者包括契約）更改用 被保険者リスト送付",
        "body": """株式会社ほけんパートナーズ
法人営業部　戸叶様

いつもお世話になっております。日の出産業人事部の鳴海でございます。
10月1日更改の海外旅行保険（赴任者包括契約）につき、
被保険者リスト（CSV）をお送りいたします。前年からの変更は3名です。

お見積りをいただけますと幸いです。

""" + SIG_NARUMI_JA,
        "attachments": [
            {"kind": "csv", "name": "赴任者リスト_2025更改.csv", "encoding": "cp932",
             "rows": [
                 ["No", "氏名", "フリガナ", "生年月日", "赴任先", "赴任開始日", "携帯電話", "留守宅住所", "帯同家族"],
                 ["1", "森岡 拓", "モリオカ タク", "昭和61年9月19日", "シンガポール", "2022/04/01", "０９０－４４１８－２７６３", "東京都世田谷区桜新町２－１８－５", "配偶者・子1"],
                 ["2", "小峰 隆之", "コミネ タカユキ", "昭和53年12月4日", "タイ", "2021/10/01", "０８０－３３０２－９１４７", "神奈川県横浜市青葉区美しが丘４－７－１２", "配偶者"],
                 ["3", "高槻 誠", "タカツキ マコト", "昭和54年7月4日", "米国", "2025/04/06", "０９０－６１８８－０４２５", "埼玉県さいたま市南区南浦和３－２２－８", "なし"],
                 ["4", "羽山 祐介", "ハヤマ ユウスケ", "昭和50年1月23日", "ドイツ", "2025/11/01", "０７０－５５１２－８８３０", "千葉県船橋市本町５－１１－２", "配偶者"],
                 ["5", "宇佐美 恭子", "ウサミ キョウコ", "平成元年3月30日", "ベトナム", "2024/07/01", "０９０－２９０７－６６１８", "大阪府吹田市江坂町２－９－２４", "なし"],
                 ["6", "御子柴 聡", "ミコシバ サトシ", "昭和57年8月15日", "インドネシア", "2023/01/10", "０８０－６６４０－１２０３", "愛知県名古屋市千種区今池３－１－１７", "配偶者・子2"],
                 ["7", "乙部 大地", "オトベ ダイチ", "平成4年11月9日", "シンガポール", "2025/10/01", "０７０－８１２０－４４９６", "東京都江東区豊洲５－６－３６", "なし"],
                 ["8", "沢渡 里美", "サワタリ サトミ", "昭和63年5月2日", "米国", "2023/09/01", "０９０－７７４１－３０５２", "兵庫県神戸市東灘区住吉本町１－４－９", "子1"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: eight expatriates with 和暦 DOB, full-width mobiles and home addresses in a CP932 CSV to an insurance broker",
    },
    # 088 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-088",
        "charset": "iso-2022-jp",
        "sender": "鳴海 千尋 <c.narumi@hinode-sangyo.co.jp>",
        "to": ["ほけんパートナーズ 戸叶様 <tokanou@hoken-partners.co.jp>"],
        "subject": "Re: 海外旅行保険 更改見積りの前提条件",
        "body": """ほけんパートナーズ
戸叶様

お世話になっております。日の出産業の鳴海です。
概算見積りの前提となる人数を、国別にお知らせいたします。
（個人別のリストは、正式申込時に貴社の専用アップロード画面から登録いたします）

　国　　　　　　赴任者　帯同家族
　シンガポール　　２名　　　３名
　タイ　　　　　　１名　　　１名
　米国　　　　　　２名　　　１名
　ドイツ　　　　　１名　　　１名
　ベトナム　　　　１名　　　０名
　インドネシア　　１名　　　３名
　合計　　　　　　８名　　　９名

治療・救援費用は無制限、携行品損害は30万円でお願いいたします。

> 日の出産業　鳴海様
> 概算をお出しするにあたり、国別の人数をお知らせいただけますでしょうか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "headcounts per country for an insurance quote: statistics, no individuals",
    },
    # 089 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-089",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["Ramon Dizon <rdizon@luzonprecision.com.ph>"],
        "subject": "Order confirmation OC-PH-25-0214 (your PO LPC-2025-1182)",
        "body": """Dear Ramon,

Thank you for your PO LPC-2025-1182. Our order confirmation is attached.
Estimated shipment: 26 September from Tokyo, ETA Manila 3 October.

""" + SIG_KUGA_EN,
        "attachments": [
            {"kind": "pdf", "name": "OC-PH-25-0214.pdf", "title": "Order Confirmation",
             "lines": ["ORDER CONFIRMATION  OC-PH-25-0214", "Customer PO: LPC-2025-1182",
                       "Buyer: Luzon Precision Corp., Lot 7, LIIP Avenue, Binan, Laguna",
                       "Incoterms: CFR Manila   Payment: T/T 45 days"],
             "table": [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
                       ["HS-PV080", "Pressure valve 80A", "20", "198.00", "3,960.00"],
                       ["HS-GK-08", "Gasket kit #8", "300", "7.90", "2,370.00"],
                       ["HS-SP-DP02", "DP sensor kit", "4", "265.00", "1,060.00"],
                       ["", "Total", "", "", "7,390.00"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "order confirmation PDF to one distributor: order numbers and prices",
    },
    # 090 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-090",
        "charset": "iso-2022-jp",
        "sender": "湊 大輔 <d.minato@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 川口営業所 <kawaguchi@aoba-unyu.co.jp>"],
        "subject": "川口倉庫 出荷前 木箱破損の写真",
        "body": """青葉運輸　川口営業所　ご担当者様

お世話になっております。日の出産業の湊です。
本日集荷予定だったドイツ向け木箱（C/No.3）の角が破損していたため、
写真をお送りします。集荷時のフォークリフト作業によるものか、ご確認ください。

再梱包は弊社で本日中に行いますので、集荷は明日午前に変更をお願いいたします。

湊
""",
        "attachments": [
            {"kind": "png", "name": "crate3_corner.png"},
            {"kind": "png", "name": "crate3_label.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "photos of a damaged crate to the partner forwarder; images only, no personal data",
    },
    # 091 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-091",
        "charset": "utf-8",
        "sender": "Kenta Ogino <k.ogino@hinode-sangyo.co.jp>",
        "to": ["Petra Vogelsang <p.vogelsang@nordwerk-handel.de>"],
        "subject": "Re: Re-certification course - participants",
        "body": """Hi Petra,

Thanks - all five are registered for the re-certification in Duesseldorf on
3-4 December. Certificates will be issued on the second day.

Kenta

On Mon, Sep 8, 2025 at 9:41 AM Petra Vogelsang <p.vogelsang@nordwerk-handel.de> wrote:
> Dear Kenta,
>
> these are our participants for December:
>
> - Lukas Brenner, *1988-02-14, mobile +49 172 5530 981, l.brenner@nordwerk-handel.de
> - Sabine Kuehn, *1979-10-03, mobile +49 151 2207 4418, s.kuehn@nordwerk-handel.de
> - Tobias Wendt, *1992-06-25, mobile +49 176 8804 1123, t.wendt@nordwerk-handel.de
> - Emre Aksoy, *1990-12-11, mobile +49 157 3319 6604, e.aksoy@nordwerk-handel.de
> - Jan Pieters, *1985-07-30, mobile +31 6 4471 2290, j.pieters@nordwerk-handel.de
>
> Best, Petra
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "five participants' records appear only in the quoted text of the distributor's own mail",
    },
    # 092 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-092",
        "charset": "cp932",
        "sender": "荻野 健太 <k.ogino@hinode-sangyo.co.jp>",
        "to": ["Formosa Kiki 陳様 <chen.yuting@formosa-kiki.com.tw>"],
        "subject": "Re: 台南プロジェクト 立上げ支援 技術者の当番表",
        "body": """陳様

いつもお世話になっております。日の出産業の荻野です。
台南プロジェクト立上げ期間中（11/3～11/28）の弊社技術者の当番表です。
夜間・休日の緊急連絡は、下記の当番者の携帯へ直接お願いします。

期間　　　　　当番者　　　　　携帯　　　　　　　　　メール
――――――――――――――――――――――――――――――――――――――――
11/3～11/7　　荻野 健太　　　０７０－２１８５－６６３０　k.ogino@hinode-sangyo.co.jp
11/3～11/7　　榊原 亮　　　　０９０－８８１２－４０７５　r.sakakibara@hinode-sangyo.co.jp
11/10～11/14　黒須 哲也　　　０８０－５０３６－７７２１　t.kurosu@hinode-sangyo.co.jp
11/10～11/14　篠宮 圭吾　　　０９０－１１６７－３０８９　k.shinomiya@hinode-sangyo.co.jp
11/17～11/21　石嶺 涼太　　　０９０－６６２４－１８７５　r.ishimine@hinode-sangyo.co.jp
11/17～11/21　芹沢 航　　　　０７０－４４０９－２２１６　w.serizawa@hinode-sangyo.co.jp
11/24～11/28　宇佐美 恭子　　０９０－２９０７－６６１８　k.usami@hinode-sangyo.co.jp

ご不明点があればご連絡ください。

荻野

-----Original Message-----
From: Chen Yu-ting <chen.yuting@formosa-kiki.com.tw>
Subject: 台南プロジェクト 立上げ支援 技術者の当番表
> 荻野様　立上げ期間中の緊急連絡先を教えていただけますか。陳
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: seven engineers' personal mobiles (full-width digits) and e-mails typed in new text to a distributor",
    },
    # 093 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-093",
        "charset": "utf-8",
        "sender": "Kenta Ogino <k.ogino@hinode-sangyo.co.jp>",
        "to": ["Wiroj Charoensuk <wiroj@siamtechparts.co.th>"],
        "subject": "Rayong commissioning team - arrival and contacts",
        "body": """Dear Khun Wiroj,

Our commissioning team for Rayong (15-26 September):

  Kenta Ogino       +81 70 2185 6630   arrives TG 643, 15 Sep 15:30
  Ryo Sakakibara    +81 90 8812 4075   arrives TG 643, 15 Sep 15:30
  Keigo Shinomiya   +81 90 1167 3089   arrives TG 677, 17 Sep 21:15
  Somchai Kittisak  +66 81 905 3321    (our Bangkok branch, by car)

Local SIMs are not arranged, so please use these numbers (WhatsApp works).
Could your driver pick up the first two at Suvarnabhumi?

Best regards,
Kenta
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four team members' mobiles for a site visit: under five people, may warn",
    },
    # 094 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-094",
        "charset": "utf-8",
        "sender": "Toru Hashiba <t.hashiba@hinode-sangyo.co.jp>",
        "to": ["Jasmine Koh <jasmine.koh@prtrading.com.sg>"],
        "subject": "Partner portal accounts for Pacific Rim Trading - please verify",
        "body": """Dear Ms. Koh,

We are migrating the distributor portal to the new platform on 1 October.
Below are the accounts we hold for your company; please confirm which ones
should be migrated and tell us about anyone who has left.

User ID      Name                 E-mail                            Direct line      Role
-----------  -------------------  --------------------------------  ---------------  ---------------
PRT-U0012    Jasmine Koh          jasmine.koh@prtrading.com.sg      +65 6862 3011    Admin
PRT-U0015    Goh Pei Shan         peishan.goh@prtrading.com.sg      +65 6862 3024    Orders
PRT-U0019    Rajesh Nair          rajesh.nair@prtrading.com.sg      +65 6862 3032    Service
PRT-U0021    Lim Boon Hock        boonhock.lim@prtrading.com.sg     +65 6862 3035    Service
PRT-U0026    Chua Mei Xin         meixin.chua@prtrading.com.sg      +65 6862 3019    Finance
PRT-U0030    Kelvin Ong           kelvin.ong@prtrading.com.sg       +65 6862 3041    Sales

Thank you,
Toru Hashiba
IT Department, Hinode Sangyo Co., Ltd.
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "either: six records, but they are the recipient company's own staff's work contacts sent back to that company",
    },
    # 095 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-095",
        "charset": "utf-8",
        "sender": "Yasuhiro Ashida <y.ashida@hinode-sangyo.co.jp>",
        "to": ["Karen Whitfield <k.whitfield@us.hinode-sangyo.co.jp>"],
        "cc": ["m.takatsuki@us.hinode-sangyo.co.jp"],
        "subject": "Expense reports from Japanese visitors - per diem and receipts",
        "body": """Hi Karen,

Several visitors from Tokyo asked you how to settle their US expenses. For
your reference, the HQ rules for business trips to North America:

  Per diem (meals & incidentals)   USD 75 / day (USD 50 on travel days)
  Hotel ceiling                    USD 260 / night (Houston), USD 320 (NYC)
  Ground transport                 actual cost, receipts required > USD 25
  Entertainment                    pre-approval by the branch manager

Visitors settle everything through the Tokyo expense system; please do not
reimburse them from the Houston petty cash. Scanned receipts go to
overseas-accounting@mail.hinode-sangyo.co.jp with the trip number.

Thanks,
Yasuhiro Ashida
Accounting Dept. (International Settlements)
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal expense policy note to the US branch subdomain, no personal data",
    },
    # 096 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-096",
        "charset": "iso-2022-jp",
        "sender": "羽柴 透 <t.hashiba@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム ネットワーク課 <network@tsubasa-sytem.jp>"],
        "subject": "デュッセルドルフ事務所 拠点間VPN 設定情報",
        "body": """ツバサシステム株式会社
ネットワーク課　ご担当者様

お世話になっております。日の出産業 情報システム部の羽柴です。
デュッセルドルフ事務所のルーター入替に伴い、拠点間VPNの設定情報をお送りします。

　拠点　　　：Duesseldorf Office
　WAN IP　　：203.0.113.48/29（現地ISP：固定）
　LAN　　　 ：10.42.8.0/24
　トンネル　：IKEv2 / AES-256-GCM / SHA-384 / DH group 20
　切替日時　：9月20日（土）9:00 CEST（日本時間 16:00）

事前共有キーは電話でお伝えします。
当日は現地スタッフ（Reimann）がオンサイトで対応予定です。

""" + """日の出産業株式会社 情報システム部
羽柴 透
TEL 03-5405-2190""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: tsubasa-sytem.jp (letter dropped) instead of the partner IT vendor tsubasa-system.jp",
    },
    # 097 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-097",
        "charset": "iso-2022-jp",
        "sender": "羽柴 透 <t.hashiba@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム ネットワーク課 <network@tsubasa-system.jp>"],
        "cc": ["Jonas Reimann <j.reimann@de.hinode-sangyo.co.jp>"],
        "subject": "Re: デュッセルドルフ事務所 拠点間VPN 切替結果",
        "body": """ツバサシステム株式会社
ネットワーク課　ご担当者様

お世話になっております。日の出産業の羽柴です。
土曜日の切替作業、ありがとうございました。

月曜朝（現地時間）の始業後も、本社のファイルサーバー・基幹システムへの
接続に問題ないことを Reimann さんに確認いただきました。
旧ルーターは現地で初期化のうえ、廃棄業者に引き渡します。

作業報告書を受領しましたら検収処理をいたします。

日の出産業株式会社 情報システム部
羽柴 透
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "follow-up to the correctly spelled partner IT vendor, cc own German office",
    },
    # 098 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-098",
        "charset": "utf-8",
        "sender": "Nao Kuga <n.kuga@hinode-sangyo.co.jp>",
        "to": ["Wiroj Charoensuk <wiroj@siamtechparts.co.th>"],
        "subject": "FY2026 sales targets - proposal for discussion",
        "body": """Dear Khun Wiroj,

As a basis for our discussion in November, please find our proposal for the
FY2026 targets per product group and quarter (old Excel format, as your
system requires). We propose +9% over FY2025, mainly from HS-FL120K.

""" + SIG_KUGA_EN,
        "attachments": [
            {"kind": "xls", "name": "FY2026_targets_SiamTechParts.xls",
             "sheets": {"Targets": [["Product group", "Q1", "Q2", "Q3", "Q4", "FY2026 (USD)"],
                                    ["HS-PV valves", 118000, 124000, 131000, 127000, 500000],
                                    ["HS-FL units", 96000, 140000, 152000, 162000, 550000],
                                    ["Elements & spares", 52000, 54000, 56000, 58000, 220000],
                                    ["Total", 266000, 318000, 339000, 347000, 1270000]],
                        "FY2025 actual": [["Product group", "FY2025 (USD, est.)"],
                                          ["HS-PV valves", 468000], ["HS-FL units", 470000],
                                          ["Elements & spares", 227000]]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "sales target proposal in a legacy XLS to the distributor: figures only",
    },
    # 099 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-099",
        "charset": "iso-2022-jp",
        "sender": "久我 奈央 <n.kuga@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "11/26 代理店会議 懇親会のお食事について（追加のお願い）",
        "body": """さくらホテル
宴会予約ご担当　間宮様

いつもお世話になっております。日の出産業の久我です。
11月26日の懇親会（40名）につき、お食事の追加のお願いです。

インドネシアからご参加の Budi Santoso 様と Agus Wicaksono 様はイスラム教徒で
いらっしゃるため、お二人にはハラール対応のお料理（豚肉・アルコール不使用、
調味料のみりん・酒も不可）をご用意いただけますでしょうか。
また、懇親会の前後にお祈りのための小部屋をお借りできれば幸いです。

その他の方は通常のコースで結構です。
お手数をおかけしますが、よろしくお願いいたします。

""" + SIG_MAKABE_JA.replace("真壁 俊介（まかべ しゅんすけ）", "久我 奈央（くが なお）"),
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: two named guests' religion (Muslim) disclosed to the hotel for halal meals",
    },
    # 100 -------------------------------------------------------------------------------
    {
        "id": "kaigaishiten-100",
        "charset": "utf-8",
        "sender": "Shunsuke Makabe <s.makabe@hinode-sangyo.co.jp>",
        "to": ["Budi Santoso <budi.santoso@mitrajaya-teknik.co.id>"],
        "cc": ["n.kuga@hinode-sangyo.co.jp"],
        "subject": "Thank you for the visit to Bekasi",
        "body": """Dear Pak Budi,

On behalf of our team, thank you very much for your warm hospitality during
our visit to Bekasi last week. The training session with your technicians
went very well, and the visit to PT Sinar Kimia was most valuable.

I attach two photos from the training day; please feel free to use them in
your newsletter.

We look forward to welcoming you and Pak Agus in Tokyo in November.

Warm regards,
""" + SIG_MAKABE_EN + DISCLAIMER_EN,
        "attachments": [
            {"kind": "png", "name": "training_day_group.png"},
            {"kind": "png", "name": "training_day_demo.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you mail with photos and the standard disclaimer to one distributor",
    },
]
