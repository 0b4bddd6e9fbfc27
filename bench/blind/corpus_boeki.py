"""Blind corpus — area ``boeki``: import and export operations of 日の出産業株式会社.

The mail of the 貿易部 (輸出課・輸入課・通関担当), 海外営業部 and the staff around them
(物流管理、経理の外為担当、品質保証、総務): booking requests and shipping advice to
forwarders (乙仲), instructions to customs brokers, invoices / packing lists / B/L drafts
and certificates of origin, letters of credit and remittances with the bank, overseas
buyers and suppliers in Japanese and English, samples and couriers, damage claims with
insurers and surveyors, trade fairs, visits and overseas assignments.  Every company
(other than the partners named in BRIEF.md), person, address, number and document in this
file is invented, and the file was written blind, from BRIEF.md, build.py and SPEC.md
alone, without reading mailguard's code.
"""

from build import card_number, my_number

SEED = 42801

_HQ = "〒105-0022 東京都港区海岸1-9-3 日の出産業ビル7F"
_YOKOHAMA = "〒231-0811 神奈川県横浜市中区本牧ふ頭3-2 日の出産業 横浜物流センター"


def _sig(name, dept, mail, tel="03-5412-7780", fax="03-5412-7789", en=None, addr=_HQ):
    if en:
        return (f"--\n{en}\n{dept}\nHinode Sangyo Co., Ltd.\n"
                f"1-9-3 Kaigan, Minato-ku, Tokyo 105-0022, Japan\n"
                f"Tel: +81-{tel[1:]}  Fax: +81-{fax[1:]}\nE-mail: {mail}")
    return (f"──────────────────────\n日の出産業株式会社 {dept}\n{name}\n{addr}\n"
            f"TEL {tel} / FAX {fax}\nMail: {mail}\n──────────────────────")


OKOCHI = "大河内 亮 <okochi.r@hinode-sangyo.co.jp>"
SIG_OKOCHI = _sig("大河内 亮（おおこうち りょう）", "貿易部 輸出課", "okochi.r@hinode-sangyo.co.jp",
                  tel="03-5412-7781")
SIG_OKOCHI_EN = _sig("", "Export Section, Trade Dept.", "okochi.r@hinode-sangyo.co.jp",
                     tel="03-5412-7781", en="Ryo Okochi")
TSUJIMURA = "辻村 さやか <tsujimura.s@hinode-sangyo.co.jp>"
SIG_TSUJIMURA = _sig("辻村 さやか", "貿易部 輸入課", "tsujimura.s@hinode-sangyo.co.jp",
                     tel="03-5412-7783")
MORIYAMA = "Kenji Moriyama <k.moriyama@hinode-sangyo.co.jp>"
SIG_MORIYAMA_EN = _sig("", "Overseas Sales Dept.", "k.moriyama@hinode-sangyo.co.jp",
                       tel="03-5412-7790", en="Kenji Moriyama (Mr.)")
SIG_MORIYAMA = _sig("森山 健司", "海外営業部", "k.moriyama@hinode-sangyo.co.jp", tel="03-5412-7790")
IGARASHI = "五十嵐 千尋 <igarashi.c@hinode-sangyo.co.jp>"
SIG_IGARASHI = _sig("五十嵐 千尋", "貿易部 輸入課（通関・検疫担当）", "igarashi.c@hinode-sangyo.co.jp",
                    tel="03-5412-7784")
KITO = "鬼頭 誠 <kito.m@hinode-sangyo.co.jp>"
SIG_KITO = _sig("鬼頭 誠", "物流管理課", "kito.m@hinode-sangyo.co.jp", tel="045-622-3310",
                fax="045-622-3319", addr=_YOKOHAMA)
KAI = "甲斐 由紀子 <kai.y@hinode-sangyo.co.jp>"
SIG_KAI = _sig("甲斐 由紀子", "貿易部 貿易事務グループ", "kai.y@hinode-sangyo.co.jp", tel="03-5412-7785")
YAKUSHIJI = "薬師寺 剛 <yakushiji.t@hinode-sangyo.co.jp>"
SIG_YAKUSHIJI = _sig("薬師寺 剛", "貿易部 部長", "yakushiji.t@hinode-sangyo.co.jp")
WATANUKI = "Emi Watanuki <e.watanuki@hinode-sangyo.co.jp>"
SIG_WATANUKI_EN = _sig("", "Overseas Sales Dept.", "e.watanuki@hinode-sangyo.co.jp",
                       tel="03-5412-7791", en="Emi Watanuki")
SIG_WATANUKI = _sig("綿貫 恵美", "海外営業部", "e.watanuki@hinode-sangyo.co.jp", tel="03-5412-7791")
SHOJI = "東海林 直子 <shoji.n@hinode-sangyo.co.jp>"
SIG_SHOJI = _sig("東海林 直子（しょうじ）", "経理部 外国為替担当", "shoji.n@hinode-sangyo.co.jp",
                 tel="03-5412-7760")
AIMONO = "四十物 浩 <aimono.h@hinode-sangyo.co.jp>"
SIG_AIMONO = _sig("四十物 浩（あいもの ひろし）", "品質保証部", "aimono.h@hinode-sangyo.co.jp",
                  tel="03-5412-7770")
SIG_AIMONO_EN = _sig("", "Quality Assurance Dept.", "aimono.h@hinode-sangyo.co.jp",
                     tel="03-5412-7770", en="Hiroshi Aimono")
TESHIGAWARA = "勅使河原 葵 <teshigawara.a@hinode-sangyo.co.jp>"
SIG_TESHIGAWARA = _sig("勅使河原 葵", "総務部 総務課", "teshigawara.a@hinode-sangyo.co.jp",
                       tel="03-5412-7700")

DISCLAIMER_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを破棄してください。")
DISCLAIMER_EN = ("This e-mail and any attachments may contain confidential information. "
                 "If you are not the intended recipient, please notify the sender and delete "
                 "this e-mail. Any unauthorised use or disclosure is prohibited.")

MESSAGES = []

MESSAGES += [
    {
        "id": "boeki-001",
        "charset": "iso-2022-jp",
        "sender": OKOCHI,
        "to": ["青葉運輸 国際物流部 石黒様 <ishiguro@aoba-unyu.co.jp>"],
        "cc": ["甲斐 由紀子 <kai.y@hinode-sangyo.co.jp>"],
        "subject": "【ブッキング依頼】横浜→ハンブルク 40HC×1 ／ 10月第3週本船",
        "body": f"""青葉運輸株式会社
国際物流部 石黒様

いつも大変お世話になっております。
日の出産業 輸出課の大河内です。

下記の通り、ハンブルク向けのブッキングをお願いできますでしょうか。
スペースが厳しいようでしたら、翌週の本船でも差し支えございません。

  POL / POD     : YOKOHAMA, JAPAN / HAMBURG, GERMANY
  希望ETD       : 2026年10月16日（金）前後
  コンテナ      : 40' HIGH CUBE × 1本
  条件          : FOB YOKOHAMA（海上運賃は着払い／Collect）
  Shipper       : HINODE SANGYO CO., LTD.
  Consignee     : MUELLER HANDELS GMBH

品名・数量の内訳です。

  品名                        HSコード       数量(CTN)   G.W.(kg)   M3
  ----------------------------------------------------------------------
  STAINLESS KETTLE 2.0L       7323.93-000      420       3,150     24.6
  ENAMEL POT SET 3PCS         7323.94-000      180       2,070     18.2
  CERAMIC DRIPPER WHITE       6912.00-000      260         910     11.9
  ----------------------------------------------------------------------
  合計                                         860       6,130     54.7

バンニングは10月13日（火）、弊社横浜物流センターにて実施予定です。
CYカット、ドキュメントカットの日程が分かりましたらご連絡いただけますと助かります。

どうぞよろしくお願いいたします。

{SIG_OKOCHI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Ordinary booking request to a partner forwarder: cargo table with HS codes, no people's data.",
    },
    {
        "id": "boeki-002",
        "charset": "iso-2022-jp",
        "sender": TSUJIMURA,
        "to": ["青葉運輸 宅配事業部 仲宗根様 <nakasone@aoba-unyu.co.jp>"],
        "subject": "輸入化粧品サンプル 個人宅配送のお願い（モニター様8名分）",
        "body": f"""青葉運輸株式会社
宅配事業部 仲宗根様

お世話になっております。日の出産業 輸入課の辻村でございます。

先日通関が完了いたしましたフランス製スキンケアのサンプルにつきまして、
モニターにご協力いただく一般のお客様へ直接お届けをお願いしたく存じます。

・荷姿：60サイズ段ボール 各1個（弊社横浜物流センターにて梱包済み）
・集荷希望日：9月24日（木）午後
・お届け：9月26日（土）午前指定

お届け先一覧をCSVで添付いたします。
ご確認のほど、どうぞよろしくお願いいたします。

{SIG_TSUJIMURA}
""",
        "attachments": [{
            "kind": "csv",
            "name": "モニター配送先_0924.csv",
            "encoding": "cp932",
            "rows": [
                ["No", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "配達時間"],
                ["1", "小鳥遊 美咲", "タカナシ ミサキ", "〒１５４－００２３", "東京都世田谷区若林４－１８－６ コーポ若林２０３", "０９０－４４１８－２２７６", "午前"],
                ["2", "五月女 沙織", "ソウトメ サオリ", "〒２１１－００４４", "神奈川県川崎市中原区新城中町１２－３", "０８０－６６０２－９１４３", "午前"],
                ["3", "井出 真理子", "イデ マリコ", "〒３３０－００６３", "埼玉県さいたま市浦和区高砂２－７－１５", "０７０－２２３９－５８０１", "午前"],
                ["4", "百目鬼 玲奈", "ドウメキ レナ", "〒２６０－００１４", "千葉県千葉市中央区本千葉町９－２－４０１", "０９０－７７５０－３３１８", "午前"],
                ["5", "平良 ゆかり", "タイラ ユカリ", "〒１８０－０００４", "東京都武蔵野市吉祥寺本町３－２１－８", "０８０－１０９６－４４２５", "午前"],
                ["6", "相馬 奈緒", "ソウマ ナオ", "〒２２２－００３３", "神奈川県横浜市港北区新横浜１－１１－２－８０５", "０９０－３８２７－６０６９", "午前"],
                ["7", "曽我部 千夏", "ソガベ チナツ", "〒２７０－０１１１", "千葉県流山市江戸川台東２－５６", "０７０－５９１３－２７８４", "午前"],
                ["8", "榊原 彩", "サカキバラ アヤ", "〒１６４－０００１", "東京都中野区中野５－３０－７ 中野ハイツ１０２", "０８０－８４７１－０６５２", "午前"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of eight private consumers' names, home addresses and phones (full-width digits) to an external carrier: a list of people.",
    },
    {
        "id": "boeki-003",
        "charset": "utf-8",
        "sender": MORIYAMA,
        "to": ["Daniel Tan <daniel.tan@pacrim-trading.com.sg>"],
        "subject": "Re: Price revision for Q1 2027 orders",
        "body": f"""Dear Daniel,

Thank you for your quick reply.

We understand your concern about the 6% increase. After discussing internally, we can
offer the following for orders placed by 30 November:

- HS-220 Rice Cooker (220V): USD 38.40 / unit (instead of USD 39.90)
- HS-310 Electric Kettle: unchanged at USD 17.25 / unit
- MOQ stays at 500 units per model, FOB Kobe

Lead time remains 45 days after receipt of the L/C. Please let me know if this works for
you, and we will send the revised quotation on our letterhead.

Best regards,
Kenji

{SIG_MORIYAMA_EN}

{DISCLAIMER_EN}

On Tue, 22 Sep 2026 at 10:14, Daniel Tan <daniel.tan@pacrim-trading.com.sg> wrote:
> Dear Kenji-san,
>
> Thanks for the new price list. Honestly a 6% increase across the board will be hard
> for our retail partners in Malaysia to accept before Chinese New Year.
> Could you review the price of the HS-220 at least? We are planning about 3,000 units
> for the first quarter.
>
> Regards,
> Daniel Tan
> Purchasing Manager, Pacific Rim Trading Pte Ltd
> DID +65 6221 4380
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English price negotiation with one overseas buyer; quoted reply and the standard confidentiality disclaimer only.",
    },
    {
        "id": "boeki-004",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["Mueller Handels GmbH - Import <import@mueller-handel.de>"],
        "cc": ["Ocean Bridge Shipping Hamburg <hamburg.ops@oceanbridge-ship.com>",
               "東洋海上火災 海上保険部 <cargo-claims@toyo-kaijo.co.jp>"],
        "subject": "Shipping Advice - PO MH-26-0871 / HNDE260918 / ETA Hamburg 21 Nov",
        "body": f"""Dear Ms. Schulz,

We are pleased to advise the shipment of your order PO MH-26-0871 as follows.

  Vessel / Voyage : NORDIC HARMONY V.042W
  B/L No.         : OBSY26HAM0918
  Container       : TGHU 8841207 (40'HC) / Seal No. OB552173
  ETD Yokohama    : 16 Oct 2026
  ETA Hamburg     : 21 Nov 2026
  Invoice No.     : HS-EX-26-1142  (USD 48,720.00, FOB Yokohama)

Copies of the commercial invoice, packing list and B/L draft will follow by courier
together with the original Certificate of Origin (EUR.1 is not required under the
Japan-EU EPA; the origin statement is printed on the invoice).

For your reference we have also copied our forwarder's Hamburg office and our cargo
insurer, so that everyone has the same schedule in case of any damage at arrival.

Kind regards,
Emi Watanuki

{SIG_WATANUKI_EN}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Three external organisations (buyer, forwarder, insurer) openly in To/Cc: should have been Bcc or separate mails.",
    },
    {
        "id": "boeki-005",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": ["Lisa Montgomery <l.montgomery@sunrise-comp.com>"],
        "cc": ["大洋ロジスティクス 輸出営業 矢作様 <yahagi@taiyo-logi.co.jp>"],
        "subject": "Cargo readiness / PO SC-4471 - pickup on 2 Oct",
        "body": f"""Dear Lisa,

The goods for PO SC-4471 (brushless motors BLM-60, 1,200 pcs) are ready for shipment.
Our forwarder Taiyo Logistics (Mr. Yahagi, in Cc) will pick them up at our Yokohama
warehouse on Friday 2 October and consolidate them for LCL to Long Beach.

  Cartons      : 48 ctns / 2 pallets
  Gross weight : 1,036 kg
  Measurement  : 3.84 m3
  Incoterms    : FCA Yokohama

Mr. Yahagi, could you please share the CFS cut-off and the earliest sailing with Lisa
directly? The consignee details are the same as for the last shipment (SC-4398).

矢作様、いつもお世話になっております。上記の通り、10/2（金）午後の集荷でお願いいたします。

Best regards,
Ryo Okochi

{SIG_OKOCHI_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Normal three-way mail: one overseas buyer and one forwarder in To/Cc (two external organisations), no personal data.",
    },
    {
        "id": "boeki-006",
        "charset": "utf-8",
        "sender": TSUJIMURA,
        "to": ["Valencia Citrus S.L. - Export <export@valencia-citrus.es>"],
        "subject": "Payment for samples - Blood orange marmalade / Ref. VC-SMP-0392",
        "body": f"""Dear Mr. Ferrer,

Thank you for sending the pro forma invoice for the samples (EUR 186.00 including
express freight). As our bank transfer would cost more than the invoice itself, we would
like to pay by credit card as you kindly suggested.

  Card type      : Mastercard (corporate)
  Card number    : {card_number(SEED + 0)[:4]} {card_number(SEED + 0)[4:8]} {card_number(SEED + 0)[8:12]} {card_number(SEED + 0)[12:]}
  Expiry         : 08/29
  Card holder    : TSUYOSHI YAKUSHIJI
  Security code  : will be given by phone

Please charge EUR 186.00 and send us the receipt. Once the samples arrive we will apply
for the food import notification at the quarantine station.

Best regards,
Sayaka Tsujimura
Import Section, Trade Dept.
Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "A full credit card number with holder name and expiry sent by e-mail to an overseas supplier.",
    },
    {
        "id": "boeki-007",
        "charset": "iso-2022-jp",
        "sender": TESHIGAWARA,
        "to": ["森山 健司 <k.moriyama@hinode-sangyo.co.jp>"],
        "cc": ["綿貫 恵美 <e.watanuki@hinode-sangyo.co.jp>", "薬師寺 剛 <yakushiji.t@hinode-sangyo.co.jp>"],
        "subject": "広州交易会 出張者の旅券情報（確認のお願い）",
        "body": f"""森山さん

お疲れさまです。総務の勅使河原です。
10月の広州交易会の航空券・ビザ手配のため、各自から提出いただいた旅券情報を
まとめました。誤りがないか、出発前に各自ご確認いただけますか。

氏名（ローマ字）\t生年月日\t旅券番号\t有効期限
MORIYAMA KENJI\t1979/03/14\tTR4418203\t2031/05/20
WATANUKI EMI\t1990/11/02\tTS2057741\t2029/08/09
YAKUSHIJI TSUYOSHI\t1968/07/25\tTK9930156\t2030/01/31
OKOCHI RYO\t1986/12/18\tTZ0734582\t2032/03/03
TSUKUMO HARUKA\t1995/06/07\tTH6621098\t2028/10/15
SOGO DAISUKE\t1983/09/29\tTN3358847\t2031/11/22

※ 有効期限が入国時点で6か月以上必要です。九十九さんの分は念のため確認済みです。
※ 旅行会社へは、総務から個別に手配いたします（このファイルはそのまま社外に出さないでください）。

{SIG_TESHIGAWARA}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": [],
        "note": "Six staff passport records, tab-separated, but every recipient is internal: nothing leaves the organisation.",
    },
    {
        "id": "boeki-008",
        "charset": "cp932",
        "sender": KAI,
        "to": ["石黒様 <ishiguro@aoba-unyu.jp>"],
        "subject": "Re: ブッキング確認 HNDE260918 コンテナ本数変更のお願い",
        "body": f"""青葉運輸株式会社
石黒様

お世話になっております。日の出産業 貿易事務の甲斐です。

先日ご手配いただいたハンブルク向けブッキング（HNDE260918）につきまして、
バイヤー様より追加注文が入りましたため、コンテナを下記の通り変更いただけますでしょうか。

　変更前：40HC × 1本
　変更後：40HC × 1本 ＋ 20DRY × 1本
　追加貨物：ENAMEL POT SET 3PCS　140CTN／1,610kg／14.1M3

本船・ETD（10/16）は変更なしでお願いできれば幸いです。
バンニングは同日13日、2本続けて実施予定です。

お手数をおかけしますが、よろしくお願いいたします。

{SIG_KAI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Recipient domain aoba-unyu.jp is the partner aoba-unyu.co.jp with 'co.' dropped: look-alike domain.",
    },
    {
        "id": "boeki-009",
        "charset": "iso-2022-jp",
        "sender": KITO,
        "to": ["大洋ロジスティクス 輸入業務課 <import-desk@taiyo-logi.co.jp>"],
        "subject": "RE: 【本船遅延のお知らせ】EVER BRIGHT LILY V.118N 横浜入港",
        "body": f"""大洋ロジスティクス株式会社
輸入業務課 御中

お世話になっております。日の出産業 物流管理課の鬼頭です。
遅延のご連絡ありがとうございます。

入港が10/8（木）にずれる件、承知いたしました。
当方の倉庫受入れは10/12（月・祝）が休業のため、デバン・搬入は10/13（火）午前で
再調整をお願いできますでしょうか。フリータイム内に収まるかも併せてご確認ください。

よろしくお願いいたします。

{SIG_KITO}

-----Original Message-----
From: 大洋ロジスティクス 輸入業務課 <import-desk@taiyo-logi.co.jp>
Sent: Monday, September 28, 2026 4:52 PM
To: 鬼頭 誠 <kito.m@hinode-sangyo.co.jp>
Subject: 【本船遅延のお知らせ】EVER BRIGHT LILY V.118N 横浜入港

日の出産業株式会社
鬼頭様

いつもお世話になっております。
下記本船につき、台風の影響で寄港地での荷役が遅れ、横浜入港が遅延する見込みです。

　B/L No.：EBLT2609NGB4471
　CNTR　：EISU 2209548 / 40HC
　当初ETA：10/5（月）→ 変更後ETA：10/8（木）

ご迷惑をおかけし申し訳ございません。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Reply to a forwarder about a vessel delay; the forwarder's notice is quoted under -----Original Message-----. Container and B/L numbers only.",
    },
    {
        "id": "boeki-010",
        "charset": "utf-8",
        "sender": MORIYAMA,
        "to": ["Somchai Wongsakul <somchai.w@bkk-precision.co.th>"],
        "subject": "Quotation for precision shafts - FY2027",
        "body": f"""Dear Khun Somchai,

Thank you for the meeting in Bangkok last week.
Please find attached our quotation basis for the precision shafts (PS series) for FY2027.
We hope the volume discount in the second sheet matches your forecast.

We look forward to your comments.

Best regards,
Kenji Moriyama

{SIG_MORIYAMA_EN}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "PS-series_costing_FY2027.xlsx",
            "title": "輸出原価計算表 PSシリーズ",
            "page_header": "社外秘",
            "sheets": {
                "原価計算": [
                    ["【社外秘】輸出原価計算表　PSシリーズ　FY2027　（作成：海外営業部）"],
                    [],
                    ["品番", "仕入先", "仕入単価(JPY)", "梱包・国内費(JPY)", "海上運賃按分(JPY)", "原価計(JPY)", "提示価格(USD)", "想定粗利率"],
                    ["PS-0810", "川崎電機", 1240, 38, 22, 1300, 11.20, "0.19"],
                    ["PS-1012", "川崎電機", 1515, 41, 25, 1581, 13.60, "0.18"],
                    ["PS-1216", "東栄精工", 1980, 44, 31, 2055, 17.90, "0.20"],
                    ["PS-1620", "東栄精工", 2630, 52, 40, 2722, 23.40, "0.18"],
                ],
                "数量割引": [
                    ["数量別提示価格（USD/pc, FOB Yokohama）"],
                    ["品番", "~999", "1,000~4,999", "5,000~"],
                    ["PS-0810", 11.20, 10.80, 10.35],
                    ["PS-1012", 13.60, 13.10, 12.60],
                    ["PS-1216", 17.90, 17.30, 16.70],
                    ["PS-1620", 23.40, 22.60, 21.80],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Attached costing workbook is stamped 社外秘 (title row and page header) and goes to an overseas buyer.",
    },
    {
        "id": "boeki-011",
        "charset": "iso-2022-jp",
        "sender": MORIYAMA,
        "to": ["バンコク・プレシジョン 日本窓口 柘植様 <tsuge@bkk-precision.co.th>"],
        "subject": "秘密保持契約書（案）送付の件",
        "body": f"""Bangkok Precision Parts Co., Ltd.
日本窓口 柘植様

いつもお世話になっております。日の出産業 海外営業部の森山です。

先日お打ち合わせいたしました新規シャフト開発の件、図面をご開示いただく前に
秘密保持契約（NDA）を締結させていただきたく、弊社ひな形をベースにした案文を
お送りいたします。

・準拠法：日本法（貴社ご希望があればタイ法案も検討いたします）
・有効期間：締結日から3年間、秘密保持義務は終了後2年間存続
・英文版は法務確認後、来週中にお送りいたします

ご確認のうえ、修正点がございましたら変更履歴でお戻しいただけますと幸いです。

{SIG_MORIYAMA}
""",
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書_案_BangkokPrecision.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）とBangkok Precision Parts Co., Ltd.（以下「乙」という。）は、"
                "精密シャフトの共同開発の検討（以下「本目的」という。）に関し、相互に開示する秘密情報の取扱いについて、"
                "以下のとおり契約を締結する。",
                "第1条（秘密情報）本契約において「秘密情報」とは、本目的のために一方当事者が相手方に開示する技術上又は営業上の情報であって、"
                "開示の際に秘密である旨が明示されたものをいう。",
                "第2条（秘密保持義務）受領者は、秘密情報を善良なる管理者の注意をもって管理し、開示者の事前の書面による承諾なく第三者に開示又は漏洩してはならない。",
                "第3条（目的外使用の禁止）受領者は、秘密情報を本目的以外に使用してはならない。",
                "第4条（有効期間）本契約の有効期間は締結日から3年間とする。ただし第2条の義務は期間満了後も2年間存続する。",
                "第5条（準拠法・管轄）本契約は日本法に準拠し、東京地方裁判所を第一審の専属的合意管轄裁判所とする。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Mail about an NDA with the draft contract attached; the words 秘密情報 are contract terms, not a classification stamp.",
    },
    {
        "id": "boeki-012",
        "charset": "utf-8",
        "sender": TSUJIMURA,
        "to": ["北国フーズ 商品部 氏家様 <ujiie@kitaguni-foods.co.jp>"],
        "subject": "輸入食品 秋冬新商品のご案内と価格表",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>北国フーズ株式会社<br>商品部 氏家様</p>
<p>いつもお世話になっております。日の出産業 輸入課の辻村です。<br>
秋冬シーズン向けの輸入食品の新商品をご案内いたします。<br>
価格は11月1日ご発注分からの適用となります（税抜・貴社センター納品）。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde8f5"><th>品番</th><th>品名</th><th>原産国</th><th>入数</th><th>賞味期限</th><th>ケース単価（円）</th></tr>
<tr><td>VC-MM-250</td><td>ブラッドオレンジ マーマレード 250g</td><td>スペイン</td><td>12</td><td>製造後24か月</td><td>6,480</td></tr>
<tr><td>CC-VO-500</td><td>バージンココナッツオイル 500ml</td><td>フィリピン</td><td>12</td><td>製造後24か月</td><td>9,120</td></tr>
<tr><td>CC-CS-200</td><td>ココナッツシュガー 200g</td><td>フィリピン</td><td>24</td><td>製造後18か月</td><td>7,440</td></tr>
<tr><td>HG-PT-400</td><td>ホールトマト缶 400g</td><td>イタリア</td><td>24</td><td>製造後36か月</td><td>4,560</td></tr>
<tr><td>NZ-MH-250</td><td>マヌカハニー MGO100+ 250g</td><td>ニュージーランド</td><td>6</td><td>製造後36か月</td><td>13,800</td></tr>
</table>
<p>サンプルが必要な品番がございましたら、お気軽にお申し付けください。</p>
<p>──────────────<br>日の出産業株式会社 貿易部 輸入課<br>辻村 さやか<br>
〒105-0022 東京都港区海岸1-9-3 日の出産業ビル7F<br>TEL 03-5412-7783</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only price list of imported food products (countries of origin, case prices) to a partner customer; no people.",
    },
    {
        "id": "boeki-013",
        "charset": "iso-2022-jp",
        "sender": IGARASHI,
        "to": ["港南通関 輸入通関部 <yunyu@konan-tsukan.co.jp>"],
        "subject": "輸入申告用書類送付（EBLT2609NGB4471）",
        "body": f"""港南通関株式会社
輸入通関部 御中

お世話になっております。日の出産業の五十嵐です。

10/8入港予定のEVER BRIGHT LILY積みの貨物につきまして、
輸入申告用のインボイス・パッキングリストを送付いたします。

　B/L No.：EBLT2609NGB4471
　品名　　：ステンレス製調理器具（鍋・フライパン）
　原産地　：中国（RCEP原産地証明書　原本は別途郵送いたします）

添付ファイルはパスワード付きZIPにしております。
パスワードは別メールにてお送りいたします。

{SIG_IGARASHI}
""",
        "attachments": [{
            "kind": "zip",
            "name": "EBLT2609NGB4471_docs.zip",
            "password": "Kn2609#lily",
            "files": [
                {"kind": "xlsx", "name": "Invoice_HH-26-0877.xlsx", "sheets": {"Invoice": [
                    ["COMMERCIAL INVOICE"], ["Item", "Qty", "Unit USD", "Amount USD"],
                    ["SS Frying Pan 26cm", 1200, 6.85, 8220.0], ["SS Stock Pot 20cm", 800, 9.40, 7520.0]]}},
                {"kind": "xlsx", "name": "PackingList_HH-26-0877.xlsx", "sheets": {"P-L": [
                    ["PACKING LIST"], ["C/No.", "Item", "Qty", "N.W.", "G.W."],
                    ["1-100", "SS Frying Pan 26cm", 1200, 1140, 1290], ["101-180", "SS Stock Pot 20cm", 800, 1310, 1420]]}},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected ZIP (PPAP) to a customs broker: the attachment cannot be inspected.",
    },
    {
        "id": "boeki-014",
        "charset": "iso-2022-jp",
        "sender": IGARASHI,
        "to": ["港南通関 輸入通関部 <yunyu@konan-tsukan.co.jp>"],
        "subject": "【パスワード】輸入申告用書類送付（EBLT2609NGB4471）",
        "body": f"""港南通関株式会社
輸入通関部 御中

先ほどお送りした添付ファイルのパスワードをお知らせいたします。

　Kn2609#lily

なお、来月からは貴社ご案内のファイル共有サービスでのお渡しに切り替える予定です。
切替日が決まりましたら改めてご連絡いたします。

{SIG_IGARASHI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The separate password mail of a PPAP exchange: no attachment and no personal data, nothing to hold.",
    },
    {
        "id": "boeki-015",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["Lisa Montgomery <l.montgomery@sunrise-comp.com>"],
        "subject": "Postponement of our visit to Sunrise Components (Oct 14-15)",
        "body": f"""Dear Lisa,

I am sorry to inform you that we have to postpone our visit to your Irvine office planned
for 14-15 October.

Our sales manager, Mr. Kenji Moriyama, was taken to hospital last night with acute
appendicitis and had emergency surgery this morning. The operation went well, but his
doctor has told him not to fly for at least three weeks, and he will stay in hospital
until around 6 October.

We would like to propose new dates in the week of 9 November, if this suits your team.
In the meantime I will handle PO SC-4471 and the new motor samples myself.

Thank you for your understanding.

Kind regards,
Emi Watanuki

{SIG_WATANUKI_EN}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named colleague's diagnosis, surgery and hospital stay (medical history, 要配慮個人情報) told to an overseas customer.",
    },
    {
        "id": "boeki-016",
        "charset": "cp932",
        "sender": KAI,
        "to": ["青葉運輸 国際物流部 石黒様 <ishiguro@aoba-unyu.co.jp>"],
        "subject": "本日の搬入立会いについて（担当変更）",
        "body": f"""青葉運輸株式会社
石黒様

お世話になっております。日の出産業の甲斐です。

本日14時の横浜物流センターでのバンニング立会いですが、
担当の鬼頭が本日急きょお休みをいただいておりますため、代わりに私が伺います。
現場では物流センターの事務所（045-622-3310）にお声がけください。

ショアリング材は前回同様、弊社で用意しております。
よろしくお願いいたします。

{SIG_KAI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Colleague's absence mentioned without any diagnosis; the phone given is the warehouse office switchboard. Ordinary mail.",
    },
    {
        "id": "boeki-017",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["Exhibitor Services <exhibitors@intl-housewares-expo.com>"],
        "subject": "Badge registration - Booth N-2217 Hinode Sangyo",
        "body": f"""Dear Exhibitor Services team,

Please register the following staff for exhibitor badges for booth N-2217
(International Housewares Expo, 7-10 March 2027). Mobile numbers are those we will carry
in Chicago, in case your team needs to reach us during set-up.

Name\tTitle\tE-mail\tMobile
Kenji MORIYAMA\tSales Manager\tk.moriyama@hinode-sangyo.co.jp\t+81-90-3318-4472
Emi WATANUKI\tSales Executive\te.watanuki@hinode-sangyo.co.jp\t+81-80-2946-1107
Ryo OKOCHI\tExport Coordinator\tokochi.r@hinode-sangyo.co.jp\t+81-90-8852-0361
Haruka TSUKUMO\tProduct Designer\ttsukumo.h@hinode-sangyo.co.jp\t+81-70-4120-9983
Daisuke SOGO\tQA Engineer\tsogo.d@hinode-sangyo.co.jp\t+81-80-7735-2614
Tsuyoshi YAKUSHIJI\tGeneral Manager\tyakushiji.t@hinode-sangyo.co.jp\t+81-90-1207-5538

Please send the badge confirmations to me.

Best regards,
Emi Watanuki

{SIG_WATANUKI_EN}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Tab-separated list of six employees with e-mail and personal mobile numbers to an external expo organiser: a list of people.",
    },
    {
        "id": "boeki-018",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["Exhibitor Services <exhibitors@intl-housewares-expo.com>"],
        "subject": "Re: Badge registration - Booth N-2217 - 3 additional persons",
        "body": f"""Dear Ms. Alvarez,

Thank you for confirming our first badges. We would like to add three more people who
will join us from our partner factories:

  1. Mr. Li Wenjun      - li.wenjun@hengda-housewares.cn
  2. Ms. Chen Yu-ting   - yuting.chen@tcfastener.com.tw
  3. Mr. Marco Reyes    - m.reyes@cebucoco.ph

They will arrive on 6 March and need access during build-up. Please invoice the badge
fees to Hinode Sangyo as before.

Best regards,
Emi Watanuki

{SIG_WATANUKI_EN}

> Dear Ms. Watanuki,
> Your six exhibitor badges for booth N-2217 are confirmed. Additional badges can be
> requested until 15 February.
> Best, Rosa Alvarez, Exhibitor Services
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Three people's names and business e-mails to the expo organiser: under five records, may be warned.",
    },
    {
        "id": "boeki-019",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": ["Nguyen Thi Lan <lan.nguyen@saigonhome.vn>"],
        "subject": "Request for invitation letter (business visa) - visit 23-27 Nov",
        "body": f"""Dear Ms. Lan,

Thank you for agreeing to host our quality audit at your Binh Duong factory.
To apply for business visas at the Vietnamese Embassy in Tokyo, we need an invitation
letter from Saigon Home Living. Here are the details of the two visitors:

[Visitor 1]
  Full name      : OKOCHI RYO
  Date of birth  : 18 December 1986
  Nationality    : Japan
  Passport No.   : TZ0734582 (valid until 03 Mar 2032)
  Position       : Export Coordinator

[Visitor 2]
  Full name      : AIMONO HIROSHI
  Date of birth  : 02 April 1975
  Nationality    : Japan
  Passport No.   : TM5527016 (valid until 11 Jul 2030)
  Position       : QA Manager

Period of stay: 23-27 November 2026, single entry.
Please send the signed letter (PDF is fine) by 20 October.

Best regards,
Ryo Okochi

{SIG_OKOCHI_EN}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "Passport numbers (identity documents) with dates of birth of two employees, one record per block, to an overseas buyer.",
    },
    {
        "id": "boeki-020",
        "charset": "iso-2022-jp",
        "sender": SHOJI,
        "to": ["みどり銀行 外国為替センター 輸出入課 <gaitame-yushutsu@midori-ginko.co.jp>"],
        "subject": "輸入信用状 条件変更依頼（L/C No. MDB-IMP-26-04418）",
        "body": f"""みどり銀行
外国為替センター 輸出入課 御中

いつもお世話になっております。日の出産業 経理部の東海林でございます。

標記輸入信用状につきまして、受益者（台中ファスナー社）より船積期限延長の依頼がございましたため、
条件変更をお願いいたします。所定の条件変更依頼書を添付いたしますので、ご確認ください。
原本は押印のうえ本日中に発送いたします。

{SIG_SHOJI}
""",
        "attachments": [{
            "kind": "docx",
            "name": "LC条件変更依頼書_MDB-IMP-26-04418.docx",
            "paragraphs": ["輸入信用状 条件変更依頼書", "株式会社みどり銀行 御中", "申込人：日の出産業株式会社　取引店：本店営業部",
                           "下記信用状について、条件を変更されたく依頼いたします。"],
            "tables": [[
                ["項目", "変更前", "変更後"],
                ["信用状番号", "MDB-IMP-26-04418", "（変更なし）"],
                ["受益者", "TAICHUNG FASTENER CO., LTD.", "（変更なし）"],
                ["金額", "USD 62,400.00", "（変更なし）"],
                ["船積期限 (Latest shipment)", "2026/10/31", "2026/11/20"],
                ["有効期限 (Expiry)", "2026/11/21", "2026/12/11"],
                ["書類呈示期間", "船積後21日以内", "（変更なし）"],
                ["手数料負担", "変更手数料は申込人負担", ""],
            ]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "L/C amendment application to the partner bank: L/C number, amounts and dates of a company transaction, no personal data.",
    },
]

MESSAGES += [
    {
        "id": "boeki-021",
        "charset": "utf-8",
        "sender": AIMONO,
        "to": ["Li Wenjun <li.wenjun@hengda-housewares.cn>"],
        "subject": "CLAIM - Damaged enamel pots / Inv. HH-26-0812 / CNTR EISU 2207731",
        "body": f"""Dear Mr. Li,

We regret to inform you that a part of the goods under invoice HH-26-0812 arrived damaged.

  Item                 : Enamel Pot Set 3pcs (HK-EP3-WH)
  Shipped              : 1,800 sets / 300 ctns
  Damaged on arrival   : 146 sets (chipped enamel at the rim, dents on lids)
  Cause (our view)     : insufficient inner partitions; cartons were not crushed,
                         so we do not think this is a transport accident.

Attached are photos taken at devanning and the summary of the survey carried out by
the surveyor on 29 September. We request replacement of 146 sets in the next shipment,
or a credit note of USD 1,679.00 (146 x USD 11.50).

Please also tell us what corrective action you will take for the packing.

Best regards,
Hiroshi Aimono

{SIG_AIMONO_EN}
""",
        "attachments": [
            {"kind": "png", "name": "IMG_0931_ctn114.png"},
            {"kind": "png", "name": "IMG_0937_rim_chip.png"},
            {"kind": "pdf", "name": "Survey_summary_HH-26-0812.pdf",
             "lines": ["SURVEY SUMMARY (extract)", "Vessel: EVER BRIGHT LILY V.114N  Container: EISU 2207731",
                       "Date of survey: 29 Sep 2026, Yokohama", "Findings: 146 sets with chipped enamel; outer cartons intact.",
                       "Probable cause: inadequate internal packing (no partitions between pots).",
                       "Surveyor: Kamotsu Kensa Kyokai, Yokohama branch"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Quality claim to an overseas supplier with photos and a survey summary: ordinary trade mail, no people's data.",
    },
    {
        "id": "boeki-022",
        "charset": "iso-2022-jp",
        "sender": AIMONO,
        "to": ["十河 様 <sogo.kensa@gmail.com>", "一尺八寸 様 <kamatsuka-t@yahoo.co.jp>",
               "Mai Pham <maipham.qc@icloud.com>"],
        "subject": "11月 出荷前検品（寧波・台中）のスケジュールご相談",
        "body": f"""検品スタッフの皆さま

いつも検品業務にご協力いただきありがとうございます。
日の出産業 品質保証部の四十物です。

11月の出荷前検品（PSI）の日程案をお送りします。ご都合を伺えますでしょうか。

　・11/10（火）〜11/12（木）　寧波　恒達家居（鍋・フライパン　AQL 2.5）
　・11/17（火）〜11/18（水）　台中　台中ファスナー（ボルト・ナット　寸法検査中心）
　・11/24（火）　　　　　　　　ビンズオン　Saigon Home（木製家具　最終検品）

日当・交通費は従来どおりです。ご都合の悪い日があれば、今週中にご返信ください。

{SIG_AIMONO}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "Three freelance inspectors on three private free-mail addresses can see each other in To: three external parties, should have been Bcc.",
    },
    {
        "id": "boeki-023",
        "charset": "iso-2022-jp",
        "sender": WATANUKI,
        "to": ["月見里 千景 <chikage.yamanashi.trans@gmail.com>"],
        "subject": "シカゴ展示会 通訳のご依頼内容（確定版）",
        "body": f"""月見里（やまなし）様

いつもお世話になっております。日の出産業 海外営業部の綿貫です。
先日はお電話でありがとうございました。3月のシカゴでの通訳業務について、確定した内容をお送りします。

■ 業務内容
　International Housewares Expo（会場：McCormick Place）ブース N-2217 での商談通訳（日英）
■ 日程
　2027年3月7日（日）〜10日（水）　9:00〜18:00（初日のみ8:00集合）
■ 報酬
　1日あたり 60,000円（税別）、交通費・宿泊費は弊社負担
■ 宿泊
　弊社で手配済みのホテルをご利用ください（詳細は追ってご連絡します）

ご不明点がございましたら、私の携帯までご連絡ください。

{SIG_WATANUKI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "One freelance interpreter on gmail (one free-mail recipient); job terms only, no personal data.",
    },
    {
        "id": "boeki-024",
        "charset": "cp932",
        "sender": KITO,
        "to": ["本牧コンテナターミナル ゲート管理 <gate-entry@honmoku-ct.co.jp>"],
        "subject": "ゲート入構事前登録（日の出産業 自社便ドライバー2名）",
        "body": f"""本牧コンテナターミナル株式会社
ゲート管理ご担当者様

お世話になっております。日の出産業 物流管理課の鬼頭です。
10月から自社便での実入り・空バン回送を開始するにあたり、下記2名の入構登録をお願いいたします。

【1】
氏名　　　　：芦刈 泰造（あしかり たいぞう）
運転免許証番号：３０１８０２４４７６１０
車両番号　　：横浜 100 か 23-81

【2】
氏名　　　　：蛭田 修平（ひるた しゅうへい）
運転免許証番号：３０２２１５５９０８３７
車両番号　　：横浜 100 か 23-82

ヘッド・シャーシの車検証写しは別途郵送いたします。

{SIG_KITO}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "Two drivers' licence numbers (identity documents, full-width digits) sent to an outside terminal operator.",
    },
    {
        "id": "boeki-025",
        "charset": "iso-2022-jp",
        "sender": KITO,
        "to": ["青葉運輸 配車センター 仲宗根様 <haisha@aoba-unyu.co.jp>"],
        "subject": "Re: 10/13 横浜物流センター 引取りドライバーのご連絡",
        "body": f"""青葉運輸株式会社
配車センター 仲宗根様

ご連絡ありがとうございます。鬼頭です。
6台分のドライバー様、承知いたしました。守衛所に名前を伝えておきます。
2号車・5号車はウイング車とのことですので、3番バースをご利用ください。

{SIG_KITO}

> 日の出産業 鬼頭様
>
> 10/13（火）の引取り分、ドライバーと車両は下記の通りです。
>
>  号車  ドライバー      携帯              車番
>  1     宇佐美 健       090-2281-4703     品川 100 あ 1203
>  2     嘉数 亮太       080-5519-6624     品川 100 あ 1207
>  3     高良 勉         090-6630-1185     品川 100 あ 1211
>  4     瑞慶覧 誠       070-3348-9952     足立 100 か  442
>  5     真栄田 隼       080-9914-2270     足立 100 か  451
>  6     外間 聡         090-4406-7731     足立 100 か  458
>
> よろしくお願いいたします。
> 青葉運輸 配車センター 仲宗根
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The six-driver list is only quoted from the forwarder's own mail (> lines) back to the same forwarder; the new text has no data.",
    },
    {
        "id": "boeki-026",
        "charset": "iso-2022-jp",
        "sender": KITO,
        "to": ["北国フーズ 物流センター 受付 <center-uketsuke@kitaguni-foods.co.jp>"],
        "subject": "FW: 10/13 横浜物流センター 引取りドライバーのご連絡",
        "body": f"""北国フーズ株式会社
物流センター 受付ご担当者様

お世話になっております。日の出産業の鬼頭です。
10/14（水）に貴センターへ納品する輸入食品（ココナッツオイル他）は、
青葉運輸さんの下記ドライバーが持ち込みます。受付時のご参考に転送いたします。

---------- 転送メッセージ ----------
From: 青葉運輸 配車センター 仲宗根 <haisha@aoba-unyu.co.jp>
Date: 2026年10月9日 11:02
Subject: 10/13 横浜物流センター 引取りドライバーのご連絡
To: 鬼頭 誠 <kito.m@hinode-sangyo.co.jp>

日の出産業 鬼頭様

10/13（火）の引取り分、ドライバーと車両は下記の通りです。

 号車  ドライバー      携帯              車番
 -----------------------------------------------------
 1     宇佐美 健       090-2281-4703     品川 100 あ 1203
 2     嘉数 亮太       080-5519-6624     品川 100 あ 1207
 3     高良 勉         090-6630-1185     品川 100 あ 1211
 4     瑞慶覧 誠       070-3348-9952     足立 100 か  442
 5     真栄田 隼       080-9914-2270     足立 100 か  451
 6     外間 聡         090-4406-7731     足立 100 か  458

よろしくお願いいたします。
青葉運輸 配車センター 仲宗根

{SIG_KITO}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "A forward (new text to its recipient) of six drivers' names and mobile numbers in a padded list, to a third company.",
    },
    {
        "id": "boeki-027",
        "charset": "iso-2022-jp",
        "sender": MORIYAMA,
        "to": ["薬師寺 剛 <yakushiji.t@hinode-sangyo.co.jp>"],
        "cc": ["綿貫 恵美 <e.watanuki@hinode-sangyo.co.jp>", "経営企画 <keiki@hinode-sangyo.co.jp>"],
        "subject": "PSシリーズ 輸出原価と提示価格（社外秘）",
        "body": f"""薬師寺部長

お疲れさまです。森山です。
バンコク・プレシジョン向けPSシリーズの原価計算表を作成しました。
仕入先別の原価と想定粗利率を入れております。明日の価格会議の資料としてご確認ください。

※社内資料のため、先方へは数量割引のシートのみPDFで出す予定です。

{SIG_MORIYAMA}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "PS原価計算_社内用.xlsx",
            "page_header": "社外秘",
            "sheets": {
                "原価": [
                    ["【社外秘】PSシリーズ 輸出原価計算"],
                    ["品番", "仕入先", "仕入単価", "原価計", "提示USD", "粗利率"],
                    ["PS-0810", "川崎電機", 1240, 1300, 11.20, "19%"],
                    ["PS-1216", "東栄精工", 1980, 2055, 17.90, "20%"],
                ],
                "為替前提": [["前提レート"], ["USD/JPY", 145.0], ["THB/JPY", 4.1]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 costing workbook sent only to internal colleagues: all recipients internal, must go.",
    },
    {
        "id": "boeki-028",
        "charset": "iso-2022-jp",
        "sender": SHOJI,
        "to": ["みどり銀行 外国為替センター <gaitame-yushutsu@midori-ginkou.co.jp>"],
        "subject": "輸出L/C 書類買取のお願い（L/C No. VCB-LC-2609-3371）",
        "body": f"""みどり銀行
外国為替センター 輸出入課 御中

いつもお世話になっております。日の出産業 経理部の東海林です。

サイゴン・ホーム社向け輸出につき、下記信用状に基づく船積書類の買取をお願いいたします。
書類一式は本日午後、本店営業部窓口へ持参いたします。

　L/C No.　　　：VCB-LC-2609-3371（発行銀行：Vietcombank Ho Chi Minh City）
　金額　　　　　：USD 84,350.00
　B/L Date　　　：2026年10月20日
　呈示書類　　　：Commercial Invoice 3通、Packing List 3通、B/L 全通（3/3）、
　　　　　　　　　Insurance Policy、Certificate of Origin (Form AJ)
　入金口座　　　：本店営業部 当座 0418826（日の出産業株式会社）

ディスクレがございましたら、お手数ですがご連絡ください。

{SIG_SHOJI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginkou.co.jp is a one-letter-added look-alike of the partner bank midori-ginko.co.jp.",
    },
    {
        "id": "boeki-029",
        "charset": "iso-2022-jp",
        "sender": SHOJI,
        "to": ["みどり銀行 外国為替センター 送金課 <soukin@midori-ginko.co.jp>"],
        "subject": "外国送金依頼（台中ファスナー社向け 前払金）",
        "body": f"""みどり銀行 外国為替センター
送金課 御中

お世話になっております。日の出産業 経理部 外為担当の東海林です。
下記の通り仕向送金をお願いいたします。送金依頼書はインターネットバンキングで本日登録済みです。

　送金金額　　：USD 18,720.00（前払金30%　P/I No. TCF-PI-26-0551）
　送金指定日　：2026年10月2日
　受取人　　　：TAICHUNG FASTENER CO., LTD.
　受取人住所　：No. 88, Gongye 3rd Rd., Xitun Dist., Taichung City 407, Taiwan
　受取銀行　　：FIRST COMMERCIAL BANK, TAICHUNG BRANCH（SWIFT: FCBKTWTP）
　口座番号　　：123-10-004417-2
　送金目的　　：輸入代金前払い（ボルト・ナット類）
　手数料　　　：依頼人負担（SHA）

為替予約（予約番号 FX26-0930-017）を充当してください。
よろしくお願いいたします。

{SIG_SHOJI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Outward remittance request to the partner bank: the beneficiary's bank account is a company's, not a person's.",
    },
    {
        "id": "boeki-030",
        "charset": "cp932",
        "sender": KAI,
        "to": ["北国フーズ 経理部 買掛金ご担当 <kaikake@kitaguni-foods.co.jp>"],
        "subject": "【請求書送付】2026年9月度 輸入食品ご購入分",
        "body": f"""北国フーズ株式会社
経理部 買掛金ご担当者様

平素より格別のお引き立てを賜り、誠にありがとうございます。
9月度ご購入分の請求書（適格請求書）をPDFにてお送りいたします。
お支払期日は10月30日となっております。ご査収のほどよろしくお願い申し上げます。

{SIG_KAI}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "請求書_HS-202609-0317.pdf",
            "title": "請求書 HS-202609-0317",
            "lines": ["請 求 書", "北国フーズ株式会社 御中",
                      "請求書番号：HS-202609-0317　　発行日：2026年9月30日",
                      "日の出産業株式会社　登録番号：T8010401087231",
                      "〒105-0022 東京都港区海岸1-9-3　TEL 03-5412-7780",
                      "振込先：みどり銀行 本店営業部 普通 1284407 ヒノデサンギヨウ（カ",
                      ""],
            "table": [["納品日", "品番", "品名", "数量", "単価", "金額", "税率"],
                      ["9/04", "VC-MM-250", "ブラッドオレンジ マーマレード", "40", "6,480", "259,200", "8%"],
                      ["9/11", "CC-VO-500", "バージンココナッツオイル", "25", "9,120", "228,000", "8%"],
                      ["9/18", "HG-PT-400", "ホールトマト缶", "60", "4,560", "273,600", "8%"],
                      ["9/25", "EP-ST-01", "ステンレス保存容器（非食品）", "10", "5,800", "58,000", "10%"],
                      ["", "", "小計（8%対象）", "", "", "760,800", ""],
                      ["", "", "小計（10%対象）", "", "", "58,000", ""],
                      ["", "", "消費税", "", "", "66,664", ""],
                      ["", "", "合計", "", "", "885,464", ""]],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "Qualified invoice PDF to a partner customer: the company's T-number (法人番号) and company bank account, no people's data.",
    },
    {
        "id": "boeki-031",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["Katrin Schulz <k.schulz@mueller-handel.de>"],
        "subject": "Market review - kitchenware range 2027",
        "body": f"""Dear Katrin,

As promised during our call, please find attached our review of the kitchenware range
for 2027, including the retail price positioning in Germany and Austria.

I would be glad to walk you through it next week.

Kind regards,
Emi

{SIG_WATANUKI_EN}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "Kitchenware_range_review_2027.pdf",
            "title": "Kitchenware range review 2027",
            "page_header": "CONFIDENTIAL - INTERNAL USE ONLY",
            "page_footer": "Hinode Sangyo Co., Ltd. / Overseas Sales Dept.",
            "lines": ["Kitchenware range review 2027 (DACH)", "",
                      "1. Margin by customer (FOB basis)",
                      "   Mueller Handels: 21.4%   Kaufhof Einkauf: 17.9%   Nordhaus: 24.8%",
                      "2. Planned price increase: +4% from April 2027 for all EU customers",
                      "3. Minimum price we can accept for Mueller: USD 16.10 (HS-310)",
                      "4. Risk: Mueller may switch to Chinese OEM for enamel pots"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Attached PDF carries the page header 'CONFIDENTIAL - INTERNAL USE ONLY' and goes to an overseas customer.",
    },
    {
        "id": "boeki-032",
        "charset": "iso-2022-jp",
        "sender": OKOCHI,
        "to": ["川崎電機 技術部 左近司様 <sakonji@kawasaki-denki.co.jp>"],
        "subject": "BLM-60 輸出向け仕様変更のご相談（図面開示について）",
        "body": f"""川崎電機株式会社
技術部 左近司様

いつもお世話になっております。日の出産業 輸出課の大河内です。

サンライズ社（米国）向けBLM-60につきまして、先方からコネクタ形状の変更依頼が来ております。
先方の図面を貴社にご覧いただく必要があるのですが、先方との機密保持契約では
「製造委託先への開示は事前通知のうえ可」となっておりますので、先方に通知したうえで
明日お送りする予定です。

貴社との間の既存の機密保持契約の範囲内で扱っていただければ問題ないと考えておりますが、
念のため法務にも確認中です。

まずはご都合のよいお打ち合わせ日時をいただけますでしょうか。

{SIG_OKOCHI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The word 機密 appears only in sentences about NDAs; no document is classified. Ordinary mail to a partner.",
    },
    {
        "id": "boeki-033",
        "charset": "utf-8",
        "sender": KAI,
        "to": ["大洋ロジスティクス 輸出営業 矢作様 <yahagi@taiyo-logi.co.jp>"],
        "subject": "PO SC-4471 パッキングリスト送付",
        "body": f"""大洋ロジスティクス株式会社
矢作様

お世話になっております。日の出産業の甲斐です。
10/2集荷分（サンライズ社向け）のパッキングリストをお送りします。
通関書類作成にご利用ください。

{SIG_KAI}
""",
        "attachments": [{"kind": "corrupt", "name": "PL_SC-4471.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The attached packing list is a corrupt XLSX that cannot be opened or inspected.",
    },
    {
        "id": "boeki-034",
        "charset": "iso-2022-jp",
        "sender": IGARASHI,
        "to": ["港南通関 輸出通関部 <yushutsu@konan-tsukan.co.jp>"],
        "subject": "輸出申告書類一式（HS-EX-26-1142 ハンブルク向け）",
        "body": f"""港南通関株式会社
輸出通関部 御中

お世話になっております。日の出産業の五十嵐です。
10/16出港のハンブルク向け貨物について、輸出申告用の書類一式をZIPにまとめてお送りします。

　・インボイス（原産地申告文付き）
　・パッキングリスト
　・B/Lドラフト（青葉運輸さん作成分）

EPA税率適用のため、インボイス記載の原産地申告文の文言もご確認いただけますと助かります。

{SIG_IGARASHI}
""",
        "attachments": [{
            "kind": "zip",
            "name": "HS-EX-26-1142_export_docs.zip",
            "files": [
                {"kind": "pdf", "name": "Invoice_HS-EX-26-1142.pdf",
                 "lines": ["COMMERCIAL INVOICE  No. HS-EX-26-1142", "Seller: HINODE SANGYO CO., LTD.",
                           "Buyer: MUELLER HANDELS GMBH, Hamburg", "Terms: FOB YOKOHAMA",
                           "The exporter of the products covered by this document (Exporter Reference No. JP8010401087231) declares that,",
                           "except where otherwise clearly indicated, these products are of Japan preferential origin."],
                 "table": [["Item", "Qty", "Unit USD", "Amount"], ["STAINLESS KETTLE 2.0L", "5040", "5.20", "26,208.00"],
                           ["ENAMEL POT SET 3PCS", "1440", "11.80", "16,992.00"], ["CERAMIC DRIPPER", "2080", "2.65", "5,512.00"]]},
                {"kind": "xlsx", "name": "PL_HS-EX-26-1142.xlsx", "sheets": {"Packing List": [
                    ["PACKING LIST No. HS-EX-26-1142"], ["C/No.", "Description", "Qty", "N.W.", "G.W.", "M3"],
                    ["1-420", "STAINLESS KETTLE 2.0L", 5040, 2940, 3150, 24.6],
                    ["421-600", "ENAMEL POT SET 3PCS", 1440, 1890, 2070, 18.2],
                    ["601-860", "CERAMIC DRIPPER", 2080, 780, 910, 11.9]]}},
                {"kind": "pdf", "name": "BL_draft_OBSY26HAM0918.pdf",
                 "lines": ["BILL OF LADING (DRAFT)  B/L No. OBSY26HAM0918",
                           "Shipper: HINODE SANGYO CO., LTD. 1-9-3 KAIGAN MINATO-KU TOKYO JAPAN",
                           "Consignee: TO ORDER OF MUELLER HANDELS GMBH", "Notify: SAME AS CONSIGNEE",
                           "Vessel: NORDIC HARMONY V.042W  Port of loading: YOKOHAMA  Port of discharge: HAMBURG",
                           "Container/Seal: TGHU8841207 / OB552173  860 CTNS  6,130 KGS  54.7 M3"]},
            ],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "Unencrypted ZIP of invoice, packing list and B/L draft to a customs broker; the exporter reference carries the company's 法人番号 only.",
    },
    {
        "id": "boeki-035",
        "charset": "utf-8",
        "sender": TESHIGAWARA,
        "to": ["セカイ引越センター 海外引越課 嵯峨様 <saga@sekai-hikkoshi.co.jp>"],
        "subject": "ベトナム赴任者 海外引越のお見積り依頼（3世帯）",
        "body": f"""セカイ引越センター株式会社
海外引越課 嵯峨様

お世話になっております。日の出産業 総務部の勅使河原です。

来年1月からのベトナム工場（ビンズオン）立ち上げに伴い、3世帯の海外引越をお願いしたく、
お見積りをお願いいたします。赴任者・帯同家族と搬出先の一覧をExcelにまとめました。
航空便・船便の振り分けは訪問見積りの際にご相談させてください。

{SIG_TESHIGAWARA}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "ベトナム赴任者_引越対象一覧.xlsx",
            "title": "ベトナム赴任者 引越対象一覧",
            "sheets": {
                "赴任者・家族": [
                    ["2027年1月 ベトナム赴任 対象者一覧（日の出産業 総務部）"],
                    [],
                    ["世帯", "続柄", "氏名", "フリガナ", "生年月日", "携帯電話", "備考"],
                    ["A", "本人", "十河 大輔", "ソゴウ ダイスケ", "昭和58年9月29日", "080-7735-2614", "品質保証"],
                    ["A", "妻", "十河 真由美", "ソゴウ マユミ", "昭和60年2月11日", "090-5528-1930", ""],
                    ["A", "長男", "十河 蒼", "ソゴウ アオイ", "平成28年7月3日", "", "現地日本人学校編入"],
                    ["B", "本人", "蒲生 拓海", "ガモウ タクミ", "平成2年5月21日", "070-2284-6159", "生産技術"],
                    ["B", "妻", "蒲生 里奈", "ガモウ リナ", "平成4年10月8日", "080-3360-7421", ""],
                    ["C", "本人", "五百旗頭 聡", "イオキベ サトシ", "昭和52年12月1日", "090-9124-0856", "工場長 単身"],
                    ["C", "（留守宅）", "五百旗頭 洋子", "イオキベ ヨウコ", "昭和54年3月17日", "090-9124-0857", "国内残留・連絡先"],
                ],
                "搬出先": [
                    ["搬出先住所"],
                    ["世帯", "住所", "搬出希望日", "建物"],
                    ["A", "〒252-0303 神奈川県相模原市南区相模大野6-14-2", "12/19", "戸建"],
                    ["B", "〒227-0062 神奈川県横浜市青葉区青葉台1-27-5-306", "12/20", "マンション3F EVあり"],
                    ["C", "〒338-0002 埼玉県さいたま市中央区下落合4-8-11", "12/22", "戸建"],
                ],
                "メモ": [["航空便は各世帯 1m3 まで会社負担"], ["保険は会社契約の引越保険を使用"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX (title row, several sheets) with seven people's names, 和暦 dates of birth, mobiles and home addresses to a moving company.",
    },
    {
        "id": "boeki-036",
        "charset": "utf-8",
        "sender": TESHIGAWARA,
        "to": ["セカイ引越センター 海外引越課 嵯峨様 <saga@sekai-hikkoshi.co.jp>"],
        "subject": "Re: 訪問見積りの日程（十河様宅）",
        "body": f"""嵯峨様

お世話になっております。勅使河原です。
十河の訪問見積りの件、以下でお願いいたします。ご本人にも伝えてあります。

・日時　　：10月17日（土）10:00〜
・訪問先　：〒252-0303 神奈川県相模原市南区相模大野6-14-2
・ご本人　：十河 大輔（携帯 080-7735-2614）
・駐車場　：敷地内に1台分あり

よろしくお願いいたします。

{SIG_TESHIGAWARA}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "One employee's home address and mobile given to the moving company for a survey visit: a single record, may be warned.",
    },
    {
        "id": "boeki-037",
        "charset": "iso-2022-jp",
        "sender": TESHIGAWARA,
        "to": ["大森行政書士事務所 大森先生 <info@ohmori-gyosei.jp>"],
        "subject": "ベトナム工場立上げに伴う在留資格のご相談",
        "body": f"""大森行政書士事務所
大森先生

いつもお世話になっております。日の出産業 総務部の勅使河原です。

来年、ベトナム工場の立上げ要員として、現地採用スタッフ2名を日本本社で3か月間研修させる計画がございます。
研修内容に実務が含まれる場合の在留資格（「研修」か「企業内転勤」か）の考え方について、
一度ご相談させていただけないでしょうか。

また、現在弊社貿易部に在籍している外国籍社員1名の在留期間更新も年明けに控えております。
必要書類は本人から直接先生にお渡しする形でよろしいでしょうか。

来週ご都合のよろしい日時をいくつかお知らせいただけますと幸いです。

{SIG_TESHIGAWARA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Consultation with an administrative scrivener about visa status; no one is identified and no card numbers are given.",
    },
    {
        "id": "boeki-038",
        "charset": "cp932",
        "sender": IGARASHI,
        "to": ["港東商工会議所 証明センター <shomei@minato-cci.or.jp>"],
        "subject": "特定原産地証明書（日ASEAN EPA）発給申請の事前確認",
        "body": f"""港東商工会議所
証明センター ご担当者様

お世話になっております。日の出産業株式会社 貿易部の五十嵐と申します。

ベトナム向け輸出について、特定原産地証明書（Form AJ）の発給申請を予定しております。
原産品判定依頼は下記の通り登録済みですが、判定結果が出るまでの目安を伺えますでしょうか。

　判定依頼番号：R26-0917-004412
　品目　　　　：ステンレス製ボルト（HS 7318.15）、ナット（HS 7318.16）
　原産国　　　：日本（台湾産線材を使用、関税分類変更基準 CTH にて判定）
　輸出先　　　：ベトナム（Saigon Home Living JSC）
　船積予定　　：2026年10月20日

なお、インボイス番号は HS-EX-26-1187 となります。
お忙しいところ恐縮ですが、よろしくお願いいたします。

{SIG_IGARASHI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Certificate-of-origin query: 原産国 / origin of goods, HS codes and reference numbers, not anyone's personal origin.",
    },
    {
        "id": "boeki-039",
        "charset": "iso-2022-jp",
        "sender": AIMONO,
        "to": ["東洋海上火災 貨物損害サービス課 久我様 <kuga@toyo-kaijo.co.jp>"],
        "cc": ["貨物検査協会 横浜支部 鑑定課 <kantei-yokohama@kamotsu-kensa.or.jp>"],
        "subject": "事故報告：恒達家居 エナメル鍋 破損（保険証券 TM-26-OC-118240）",
        "body": f"""東洋海上火災保険株式会社
貨物損害サービス課 久我様

お世話になっております。日の出産業 品質保証部の四十物です。

9/29に鑑定いただいた寧波積み貨物の件で、保険求償の手続きを進めたく、
鑑定人の皆様にもCCでお入りいただいております。

　証券番号　：TM-26-OC-118240
　本船　　　：EVER BRIGHT LILY V.114N（横浜 9/27着）
　損害　　　：エナメル鍋セット 146セット破損
　損害額見込：USD 1,679.00＋検査費用

鑑定書の正式版はいつ頃発行いただけますでしょうか。
また、梱包不良の場合は仕入先への求償になるかと存じますが、保険でのカバー範囲についてもご教示ください。

{SIG_AIMONO}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Claim mail to the insurer with the surveyor in Cc: two external organisations, a normal three-way exchange.",
    },
    {
        "id": "boeki-040",
        "charset": "iso-2022-jp",
        "sender": AIMONO,
        "to": ["東洋海上火災 貨物損害サービス課 久我様 <kuga@toyo-kaijo.co.jp>"],
        "subject": "Re: 保険金請求書類のご案内（TM-26-OC-118240）",
        "body": f"""久我様

ご案内ありがとうございます。四十物です。
ご指示の書類、下記の通り揃いましたので来週月曜に郵送いたします。

　1. 保険金請求書（記名押印済み）
　2. 保険証券 原本
　3. インボイス・パッキングリスト 写し
　4. B/L 写し（EBLT2609NGB4114）
　5. 鑑定報告書（貨物検査協会 9/29付）
　6. 仕入先へのクレーム通知および先方回答（英文）
　7. 損害明細（146セット × USD 11.50）

保険金の振込先は弊社のみどり銀行 本店営業部の口座（請求書に記載）でお願いいたします。

{SIG_AIMONO}

> 四十物様
> 保険金請求に必要な書類を下記にてご案内いたします。…（以下略）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "List of claim documents to the insurer: business references and the company's own bank account only.",
    },
]

MESSAGES += [
    {
        "id": "boeki-041",
        "charset": "utf-8",
        "sender": KITO,
        "to": ["横浜物流センター 事務所 <center-office@yokohama.hinode-sangyo.co.jp>"],
        "cc": ["甲斐 由紀子 <kai.y@hinode-sangyo.co.jp>"],
        "subject": "10月 デバン応援パート シフト表（緊急連絡先つき）",
        "body": f"""センター事務所の皆さん

お疲れさまです。鬼頭です。
10月はコンテナ本数が多いため、デバン応援のパートさんのシフト表を添付します。
当日欠勤の連絡が入った場合は、表の携帯番号に代わりの方の打診をお願いします。

{SIG_KITO}
""",
        "attachments": [{
            "kind": "csv",
            "name": "デバン応援シフト_202610.csv",
            "encoding": "utf-8",
            "rows": [
                ["氏名", "携帯電話", "勤務可能曜日", "フォークリフト", "10/5", "10/8", "10/13", "10/20"],
                ["宇治原 節子", "090-1834-5520", "月水金", "無", "○", "", "○", "○"],
                ["米須 和子", "080-4471-2058", "月〜金", "無", "○", "○", "○", ""],
                ["小橋川 勝", "090-6612-3397", "火木", "有", "", "○", "○", ""],
                ["伊佐 恵", "070-1109-8845", "月水", "無", "○", "", "", "○"],
                ["安慶名 崇", "080-2290-6631", "月〜土", "有", "○", "○", "○", "○"],
                ["上江洲 美代子", "090-7745-0182", "水金", "無", "", "○", "", "○"],
                ["仲村渠 正", "080-5538-4406", "月〜金", "有", "○", "○", "", "○"],
                ["東恩納 里美", "070-6627-1193", "月火木", "無", "○", "", "○", ""],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "UTF-8 CSV of eight part-timers' mobiles, but sent to an internal subdomain (yokohama.hinode-sangyo.co.jp) and an internal Cc only.",
    },
    {
        "id": "boeki-042",
        "charset": "iso-2022-jp",
        "sender": SHOJI,
        "to": ["星野税理士事務所 担当 宍戸様 <shishido@hoshino-zeirishi.jp>"],
        "subject": "報酬の支払調書作成用データ（通訳 月見里様分）",
        "body": f"""星野税理士事務所
宍戸様

いつもお世話になっております。日の出産業 経理部の東海林です。

今年分の「報酬、料金、契約金及び賞金の支払調書」の作成に関し、
個人の通訳者への支払分のデータをお送りいたします。ご確認のほどお願いいたします。

　支払を受ける者
　　氏名　　　：月見里 千景（やまなし ちかげ）
　　住所　　　：〒150-0011 東京都渋谷区東3-21-9 ヴィラ東304
　　個人番号　：{my_number(SEED + 0)[:4]} {my_number(SEED + 0)[4:8]} {my_number(SEED + 0)[8:]}
　区分　　　　：通訳料
　支払金額　　：1,320,000円（うち未払 0円）
　源泉徴収税額：134,772円
　摘要　　　　：広州交易会・上海出張 通訳（計22日）

本人確認書類の写しは、先日ご案内いただいた共有フォルダにアップロード済みです。

{SIG_SHOJI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "An individual interpreter's マイナンバー with name and home address e-mailed to an outside tax office.",
    },
    {
        "id": "boeki-043",
        "charset": "iso-2022-jp",
        "sender": SHOJI,
        "to": ["月見里 千景 <chikage.yamanashi.trans@gmail.com>"],
        "subject": "マイナンバーご提出のお願い（通訳料のお支払いに関して）",
        "body": f"""月見里 千景 様

いつも弊社の通訳業務をお引き受けいただき、ありがとうございます。
日の出産業 経理部の東海林と申します。

年末に「報酬、料金、契約金及び賞金の支払調書」を税務署へ提出するため、
個人番号（マイナンバー）のご提出をお願いしております。

恐れ入りますが、個人番号はメールには記載なさらず、下記いずれかの方法でご提出ください。
　1. 同封の返信用封筒で、番号確認書類と本人確認書類の写しを郵送
　2. 弊社のマイナンバー収集サービス（ご招待メールを別途お送りします）から登録

利用目的は支払調書の作成に限ります。ご不明点は経理部（03-5412-7760）までお問い合わせください。

{SIG_SHOJI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Asks a freelancer on gmail to submit her My Number by post or portal; the word マイナンバー but no number. One free-mail recipient.",
    },
    {
        "id": "boeki-044",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["さくらホテル 宴会・レストラン予約 <banquet@sakura-hotel.jp>"],
        "subject": "10/21 ご会食（Pacific Rim Trading様 ご一行）のお食事について",
        "body": f"""さくらホテル
宴会・レストラン予約ご担当者様

いつもお世話になっております。日の出産業 海外営業部の綿貫です。
10月21日（水）19時からの個室でのご会食（8名）につきまして、お食事のご配慮をお願いいたします。

・Mr. Ahmad Rahman（マレーシア）
　イスラム教徒でいらっしゃるため、豚肉・アルコールを使用しないハラール対応のお料理をお願いいたします。
　また、会食前にお祈りをされるため、18:30頃から別室を15分ほどお借りできますと幸いです。
・Ms. Harpreet Kaur（シンガポール）
　シク教の信仰により、肉・魚・卵を召し上がりません。菜食のコースでお願いいたします。
・その他の6名様は通常のコースで結構です。

乾杯はノンアルコールのスパークリングをご用意ください。
ご対応の可否をお知らせいただけますと助かります。

{SIG_WATANUKI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Two named guests' religion (Islam, Sikhism) told to a hotel: 信条 is 要配慮個人情報, tied to identifiable people.",
    },
    {
        "id": "boeki-045",
        "charset": "iso-2022-jp",
        "sender": MORIYAMA,
        "to": ["さくらホテル 和食処 はなみずき <hanamizuki@sakura-hotel.jp>"],
        "subject": "11/12 ご昼食のご予約（アレルギー対応のお願い）",
        "body": f"""さくらホテル 和食処 はなみずき
ご予約ご担当者様

お世話になっております。日の出産業の森山です。
11月12日（木）12時から4名で予約しております件で、ご相談がございます。

ご招待するドイツのお客様、Katrin Schulz 様が甲殻類（えび・かに）に重いアレルギーをお持ちで、
エキスや出汁にも反応されるとのことです。恐れ入りますが、同じ調理器具の使用も含めて
ご配慮いただくことは可能でしょうか。難しい場合は別のお店を検討いたしますので、率直にお知らせください。

その他の3名はアレルギーはございません。

{SIG_MORIYAMA}
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named guest's severe food allergy told to a restaurant so it can serve her safely: health data, but the purpose and minimal detail make it arguable.",
    },
    {
        "id": "boeki-046",
        "charset": "iso-2022-jp",
        "sender": KAI,
        "to": ["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
        "subject": "法人契約 宿泊予約（日の出産業 海外バイヤー様3名）",
        "body": f"""さくらホテル
宿泊予約ご担当者様

いつもお世話になっております。日の出産業 貿易事務の甲斐です。
法人契約料金にて、下記の宿泊予約をお願いいたします。請求は弊社宛でお願いします。

　1）Daniel Tan 様　　　10/20（火）〜10/23（金）3泊　シングル禁煙
　2）Ahmad Rahman 様　　10/20（火）〜10/23（金）3泊　シングル禁煙
　3）Harpreet Kaur 様　 10/21（水）〜10/23（金）2泊　シングル禁煙

チェックインは20時以降になる見込みです（到着便 SQ638）。
予約確認書を私宛にお送りください。

{SIG_KAI}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "Room booking for three foreign buyers under the company contract: names and stay dates only, no contact data or identifiers.",
    },
    {
        "id": "boeki-047",
        "charset": "utf-8",
        "sender": KITO,
        "to": ["Nordaudit Social Compliance <audit-team@nordaudit.eu>"],
        "subject": "Social compliance audit - Yokohama logistics centre / worker sample",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Mr. Lindqvist,</p>
<p>Ahead of the social compliance audit requested by Mueller Handels GmbH (29 October), please find
below the sample of warehouse workers you selected from our headcount list, with the data you asked for.
Time sheets and pay slips will be shown on site.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>No.</th><th>Name</th><th>Date of birth</th><th>Hired</th><th>Contract</th><th>Hourly wage (JPY)</th><th>Avg. weekly hours</th></tr>
<tr><td>1</td><td>宇治原 節子 (UJIHARA Setsuko)</td><td>1961-04-18</td><td>2014-06-01</td><td>Part-time</td><td>1,250</td><td>24.5</td></tr>
<tr><td>2</td><td>安慶名 崇 (AGENA Takashi)</td><td>1988-09-02</td><td>2019-10-15</td><td>Full-time</td><td>-</td><td>41.0</td></tr>
<tr><td>3</td><td>小橋川 勝 (KOBASHIGAWA Masaru)</td><td>1957-12-27</td><td>2011-03-01</td><td>Part-time</td><td>1,320</td><td>18.0</td></tr>
<tr><td>4</td><td>Nguyen Van Hieu</td><td>1998-02-14</td><td>2023-04-01</td><td>Full-time</td><td>-</td><td>40.5</td></tr>
<tr><td>5</td><td>仲村渠 正 (NAKANDAKARI Tadashi)</td><td>1972-07-30</td><td>2016-08-22</td><td>Part-time</td><td>1,280</td><td>32.0</td></tr>
<tr><td>6</td><td>東恩納 里美 (HIGASHIONNA Satomi)</td><td>1984-11-09</td><td>2021-01-12</td><td>Part-time</td><td>1,230</td><td>20.0</td></tr>
</table>
<p>Best regards,<br>Makoto Kito<br>Logistics Management Section, Hinode Sangyo Co., Ltd.<br>
3-2 Honmoku-futo, Naka-ku, Yokohama 231-0811, Japan / Tel +81-45-622-3310</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of six workers' names, dates of birth and employment terms sent to an outside auditor: a list of people.",
    },
    {
        "id": "boeki-048",
        "charset": "utf-8",
        "sender": MORIYAMA,
        "to": ["Daniel Tan <daniel.tan@pacrim-trading.com.sg>"],
        "subject": "Updated shipment schedule - October / November",
        "html": """<html><body style="font-family:Arial,sans-serif">
<p>Dear Daniel,</p>
<p>Please find the updated schedule for your open orders. The Kobe sailing on 23 Oct was
cancelled by the carrier, so PR-2609 moves to the next vessel.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#eeeeee"><th>Your PO</th><th>Our Inv.</th><th>Vessel / Voy.</th><th>ETD Kobe</th><th>ETA Singapore</th><th>Container</th><th>Status</th></tr>
<tr><td>PR-2607</td><td>HS-EX-26-1098</td><td>KOTA HARMONI 0127S</td><td>02 Oct</td><td>12 Oct</td><td>PCIU 6620417</td><td>Shipped</td></tr>
<tr><td>PR-2608</td><td>HS-EX-26-1131</td><td>WAN HAI 312 S085</td><td>16 Oct</td><td>25 Oct</td><td>WHSU 5509183</td><td>Booked</td></tr>
<tr><td>PR-2609</td><td>HS-EX-26-1160</td><td>KOTA HARMONI 0129S</td><td>30 Oct</td><td>09 Nov</td><td>TBA</td><td>Re-booked</td></tr>
<tr><td>PR-2610</td><td>HS-EX-26-1177</td><td>WAN HAI 312 S087</td><td>13 Nov</td><td>22 Nov</td><td>TBA</td><td>Production</td></tr>
</table>
<p>The L/C for PR-2610 has not reached us yet; could you check with your bank?</p>
<p>Best regards,<br>Kenji Moriyama<br>Overseas Sales Dept., Hinode Sangyo Co., Ltd.</p>
<p style="font-size:10px;color:#888">This e-mail and any attachments may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail.</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only shipment schedule table (POs, vessels, containers) to one buyer, with the standard disclaimer.",
    },
    {
        "id": "boeki-049",
        "charset": "cp932",
        "sender": IGARASHI,
        "to": ["北国フーズ 品質管理部 <hinshitsu@kitaguni-food.co.jp>"],
        "subject": "ココナッツオイル 輸入検疫結果と納品予定のご連絡",
        "body": f"""北国フーズ株式会社
品質管理部 御中

お世話になっております。日の出産業 輸入課の五十嵐です。

フィリピンから輸入のバージンココナッツオイル（CC-VO-500）につきまして、
横浜検疫所への食品等輸入届出が受理され、検査不要（審査のみ）で通関いたしました。

　届出番号　：ご依頼があれば届出済証の写しをお送りします
　ロット　　：CB2608A / CB2608B（製造 2026年8月）
　納品予定　：10月14日（水）貴センター着

成分規格の自主検査成績書を添付の予定でしたが、検査機関からの発行が来週になる見込みです。
届き次第お送りいたします。

{SIG_IGARASHI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-food.co.jp drops the 's' of the partner domain kitaguni-foods.co.jp: look-alike recipient.",
    },
    {
        "id": "boeki-050",
        "charset": "cp932",
        "sender": IGARASHI,
        "to": ["北国フーズ 品質管理部 氏家様 <ujiie@kitaguni-foods.co.jp>"],
        "subject": "Re: マヌカハニー 輸入時の検査項目について",
        "body": f"""北国フーズ株式会社
品質管理部 氏家様

お世話になっております。五十嵐です。
お問い合わせのマヌカハニーの件、検疫所に確認した内容をお知らせします。

・初回輸入のため、モニタリング検査（残留農薬・抗生物質）の対象となる可能性が高いとのことです。
・検査となった場合、結果判明まで約1週間、貨物は保税蔵置場で留め置きとなります。
・ニュージーランド政府の衛生証明書は今回は不要ですが、製造工程表は提出済みです。

このため、初回の納品は11月第2週に余裕を持たせていただけますと幸いです。

{SIG_IGARASHI}

-----Original Message-----
From: 氏家 <ujiie@kitaguni-foods.co.jp>
Sent: Thursday, October 1, 2026 9:41 AM
To: 五十嵐 千尋 <igarashi.c@hinode-sangyo.co.jp>
Subject: マヌカハニー 輸入時の検査項目について

五十嵐様
新規のマヌカハニーについて、輸入時にどのような検査がかかるか教えていただけますか。
納期に影響がある場合、販促の日程を調整したいと思っています。
北国フーズ 品質管理部 氏家
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Reply about quarantine inspection of imported honey to the real partner domain; quoted Outlook original.",
    },
    {
        "id": "boeki-051",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": ["Nguyen Thi Lan <lan.nguyen@saigonhome.vn>"],
        "subject": "Proforma Invoice HS-PI-26-0342 (stainless bolts & nuts)",
        "body": f"""Dear Ms. Lan,

Please find attached our proforma invoice HS-PI-26-0342 for your L/C application.
As the document shows our bank details, the PDF is protected; I will send you the
password in a separate e-mail.

  Amount   : USD 84,350.00
  Terms    : CIF Ho Chi Minh City, L/C at sight
  Shipment : not later than 31 October 2026

Best regards,
Ryo Okochi

{SIG_OKOCHI_EN}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "PI_HS-PI-26-0342.pdf",
            "password": "Hs0342pi",
            "lines": ["PROFORMA INVOICE  No. HS-PI-26-0342", "Buyer: SAIGON HOME LIVING JSC",
                      "Stainless hex bolts M8-M16, nuts M8-M16", "Total USD 84,350.00 CIF HO CHI MINH CITY",
                      "Beneficiary bank: MIDORI BANK, HEAD OFFICE  SWIFT MDRIJPJT"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected (encrypted) PDF attachment: its content cannot be inspected.",
    },
    {
        "id": "boeki-052",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": ["Lisa Montgomery <l.montgomery@sunrise-comp.com>"],
        "subject": "Proforma Invoice HS-PI-26-0355 - BLM-60 motors (2nd lot)",
        "body": f"""Dear Lisa,

Attached is the proforma invoice for the second lot of BLM-60 motors.
Payment is by T/T, 30% in advance and 70% against copy of B/L, as agreed.

Please note that our bank details have not changed. If you ever receive an e-mail
saying that our account has changed, please call me before making any payment.

Best regards,
Ryo Okochi

{SIG_OKOCHI_EN}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "PI_HS-PI-26-0355.pdf",
            "title": "Proforma Invoice HS-PI-26-0355",
            "lines": ["PROFORMA INVOICE", "No. HS-PI-26-0355     Date: 5 Oct 2026",
                      "Seller: HINODE SANGYO CO., LTD., 1-9-3 Kaigan, Minato-ku, Tokyo 105-0022, Japan",
                      "Buyer: SUNRISE COMPONENTS INC., 2200 Main St, Irvine, CA 92614, USA",
                      "Terms: FCA Yokohama / T/T 30% advance, 70% against copy B/L", ""],
            "table": [["Item", "Description", "Qty", "Unit (USD)", "Amount (USD)"],
                      ["1", "Brushless motor BLM-60, 24V", "1,500", "21.80", "32,700.00"],
                      ["2", "Motor bracket MB-60", "1,500", "1.35", "2,025.00"],
                      ["", "Total", "", "", "34,725.00"],
                      ["", "Bank: MIDORI BANK, HEAD OFFICE (SWIFT MDRIJPJT)", "", "", ""],
                      ["", "A/C No. 0418826 HINODE SANGYO CO., LTD.", "", "", ""]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Readable proforma invoice PDF with the company's own bank account: business data, ordinary export mail.",
    },
    {
        "id": "boeki-053",
        "charset": "cp932",
        "sender": YAKUSHIJI,
        "to": ["川崎電機 営業部 松王様 <matsuo@kawasaki-denki.co.jp>"],
        "subject": "【取扱注意】海外向け販売価格および仕入価格見直しのお願い",
        "body": f"""川崎電機株式会社
営業部 松王様

平素は格別のご高配を賜り、厚く御礼申し上げます。日の出産業 貿易部の薬師寺です。

【取扱注意】本メールの内容は社内限りの資料を含みます。転送はお控えください。

米国サンライズ社向けBLM-60につき、先方から来期15%の値下げ要請を受けております。
弊社の海外向け販売価格と利益構造は下記の通りで、弊社努力のみでは吸収が困難な状況です。

　現行販売価格　：USD 21.80（FCA横浜）
　先方要請価格　：USD 18.50
　貴社仕入価格　：2,650円（現行）
　弊社粗利　　　：約17%（要請価格では約2%）

つきましては、仕入価格を6%程度お見直しいただけないか、ご検討をお願い申し上げます。
来週、改めてご挨拶に伺います。

{SIG_YAKUSHIJI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Subject and body carry the classification 【取扱注意】 as a marking on the mail, and it goes outside.",
    },
    {
        "id": "boeki-054",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["Katrin Schulz <k.schulz@mueller-handel.de>"],
        "subject": "Re: CONFIDENTIAL - Mueller category plan 2027 (for Hinode only)",
        "body": f"""Dear Katrin,

Thank you very much for sharing your category plan. It helps us a lot.
We can support the launch of the enamel range in 120 stores from April; the samples in
the three new colours will be sent by courier next Tuesday.

Kind regards,
Emi

{SIG_WATANUKI_EN}

-----Original Message-----
From: Katrin Schulz <k.schulz@mueller-handel.de>
Sent: Wednesday, 7 October 2026 17:20
To: Emi Watanuki <e.watanuki@hinode-sangyo.co.jp>
Subject: CONFIDENTIAL - Mueller category plan 2027 (for Hinode only)

CONFIDENTIAL - please do not forward

Dear Emi,
Below our plan for the cookware category 2027:
- enamel pots: listing in 120 stores from April, 3 colours
- kettles: delisting of HS-305, keep HS-310
- target retail price for the 3pcs set: EUR 59.90
Best regards, Katrin
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The CONFIDENTIAL banner is the customer's own, in her quoted mail and the Re: subject, replied to the same person who wrote it.",
    },
    {
        "id": "boeki-055",
        "charset": "iso-2022-jp",
        "sender": TSUJIMURA,
        "to": ["錦印刷 営業部 桐生様 <kiryu@nishiki-insatsu.co.jp>"],
        "subject": "輸入雑貨フェア チラシ 取扱店舗一覧（差し込みデータ）",
        "body": f"""錦印刷株式会社
営業部 桐生様

お世話になっております。日の出産業 輸入課の辻村です。
先日ご相談したチラシ裏面の「お取扱い店舗」欄のデータです。カンマ区切りで貼り付けます。

店舗名,郵便番号,住所,電話番号,営業時間
キッチンスタイル青山店,107-0062,東京都港区南青山3-12-4 1F,03-6459-2210,11:00-20:00
キッチンスタイル二子玉川店,158-0094,東京都世田谷区玉川2-21-1 3F,03-5797-3318,10:00-21:00
暮らしの道具 ひなた 吉祥寺,180-0004,東京都武蔵野市吉祥寺本町2-8-3,0422-27-6641,11:00-19:30
マルサン雑貨 横浜ジョイナス店,220-0005,神奈川県横浜市西区南幸1-5-1 B1F,045-311-7725,10:00-21:00
北国フーズ マルシェ 札幌店,060-0005,北海道札幌市中央区北5条西2-5 2F,011-209-4418,10:00-20:00

店舗名の表記は各社の指定通りでお願いします。初校は10/16（金）までにいただけますと助かります。

{SIG_TSUJIMURA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Comma-separated list of five retail shops with addresses and shop phones: a list of businesses, not people.",
    },
    {
        "id": "boeki-056",
        "charset": "utf-8",
        "sender": AIMONO,
        "to": ["Li Wenjun <li.wenjun@hengda-housewares.cn>"],
        "subject": "Consumer complaints - SS Frying Pan 26cm (lot HH2607)",
        "body": f"""Dear Mr. Li,

We have received four consumer complaints about the stainless frying pan 26cm from
lot HH2607 in the last two weeks. All concern the handle becoming loose.

  Case   Received    Region      Lot      Usage period   Symptom
  ----   ---------   ---------   ------   ------------   ------------------------------
  C-01   28 Sep      Tokyo       HH2607   3 weeks        handle rivet loose, wobbling
  C-02   30 Sep      Osaka       HH2607   1 month        handle rivet loose
  C-03   02 Oct      Fukuoka     HH2607   2 weeks        handle came off when lifting
  C-04   05 Oct      Saitama     HH2607   5 weeks        handle rivet loose, noise

Fortunately nobody was injured. We have stopped shipping lot HH2607 from our
warehouse. Please investigate the riveting process for this lot and send us your
8D report by 16 October. We will send you two returned pans for analysis.

Best regards,
Hiroshi Aimono

{SIG_AIMONO_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Complaint summary table by case number and region only; no consumer is named or contactable.",
    },
    {
        "id": "boeki-057",
        "charset": "iso-2022-jp",
        "sender": AIMONO,
        "to": ["恒達家居 日本事務所 劉様 <liu.jp@hengda-housewares.co.jp>"],
        "subject": "フライパン取っ手のお問い合わせ お客様への折り返しのお願い（2件）",
        "body": f"""恒達家居 日本事務所
劉様

お世話になっております。日の出産業 品質保証部の四十物です。

フライパン（ロットHH2607）の取っ手の件で、技術的な説明を直接聞きたいというお客様が2名いらっしゃいます。
ご本人の了解を得ておりますので、貴事務所から折り返しのお電話をお願いできますでしょうか。

　・九十九 遥 様　　090-4812-3307（平日18時以降希望）
　・嶋津 光男 様　　048-862-5519（日中可）

ご対応後、内容を私までご共有いただけますと幸いです。

{SIG_AIMONO}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Two consumers' names and phones (with their consent) to the supplier's Japan office for a call-back: under five records, may be warned.",
    },
    {
        "id": "boeki-058",
        "charset": "utf-8",
        "sender": TSUJIMURA,
        "to": ["Skyline Express Japan 輸入カスタマーサービス <import-cs@skyline-express.jp>"],
        "subject": "Re: 関税・消費税立替金のご請求（AWB 7724 1180 3365）",
        "body": f"""Skyline Express Japan
輸入カスタマーサービス ご担当者様

お世話になっております。日の出産業 輸入課の辻村です。
スペインからのサンプル（AWB 7724 1180 3365）の関税・消費税立替金のご請求、承知いたしました。

　ご請求額　：4,820円（関税 1,100円／消費税 3,420円／立替手数料 300円）
　お支払方法：弊社は法人のため、カード払いではなく月末締めの請求書払い（銀行振込）でお願いします。
　お客様番号：SEJ-0048172（日の出産業株式会社）

次回以降の輸入分も同様に、弊社お客様番号での請求書払いでお願いいたします。

{SIG_TSUJIMURA}

> 日の出産業株式会社 ご担当者様
> お荷物の関税・消費税の立替金のお支払いをお願いいたします。
> クレジットカードでのお支払いは、以下のURLからカード番号をご入力ください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Talks about card payment but gives no card number; AWB and customer numbers are business references.",
    },
    {
        "id": "boeki-059",
        "charset": "utf-8",
        "sender": KAI,
        "to": ["Lisa Montgomery <l.montgomery@sunrise-comp.com>"],
        "subject": "Courier tracking numbers - motor samples and documents",
        "body": f"""Dear Lisa,

Here are the tracking numbers for the parcels we sent this week:

  Date     Contents                                   Courier          Tracking No.
  ------   ----------------------------------------   --------------   ------------
  05 Oct   BLM-60 samples (connector type B) x 10     Skyline Express  381848216645
  05 Oct   BLM-75 prototype x 2                       Skyline Express  494027974809
  06 Oct   Original docs PO SC-4471 (B/L 3/3, C/O)    Skyline Express  859329574455
  07 Oct   Motor brackets MB-60 x 20                  Skyline Express  816142411305
  08 Oct   Replacement cables x 50                    Skyline Express  952403358683

All were sent on our account, so there is nothing to pay on your side.

Best regards,
Yukiko Kai
Trade Administration, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Twelve-digit courier tracking numbers (not My Numbers) in a padded table to one buyer: ordinary logistics mail.",
    },
    {
        "id": "boeki-060",
        "charset": "utf-8",
        "sender": MORIYAMA,
        "to": ["Pimchanok Srisuk (HR) <pimchanok.s@bkk-precision.co.th>"],
        "subject": "Work permit support - engineers for line installation (Dec)",
        "body": f"""Dear Khun Pimchanok,

As discussed with Khun Somchai, three of our engineers will go to your Chonburi plant in
December to install the shaft grinding line. For your work permit application
(WP.3 / short-term urgent work), please find the roster attached.

Passport copies will be uploaded by each engineer to the government portal themselves.

Best regards,
Kenji Moriyama

{SIG_MORIYAMA_EN}
""",
        "attachments": [{
            "kind": "docx",
            "name": "Engineer_roster_Chonburi_Dec2026.docx",
            "title": "Engineer roster - Chonburi installation",
            "paragraphs": ["Engineer roster - line installation at Bangkok Precision, Chonburi",
                           "Period: 1 - 18 December 2026"],
            "tables": [[
                ["Name", "Date of birth", "Position", "Task"],
                ["GAMO Takumi", "21 May 1990", "Production Engineer", "Mechanical installation"],
                ["IOKIBE Satoshi", "1 Dec 1977", "Plant Manager", "Commissioning lead"],
                ["SOGO Daisuke", "29 Sep 1983", "QA Engineer", "Run-off test, measurement"],
            ]],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "DOCX table of three engineers with dates of birth for a work permit: three records, no identity-document numbers; may be warned.",
    },
]

MESSAGES += [
    {
        "id": "boeki-061",
        "charset": "utf-8",
        "sender": AIMONO,
        "to": ["Nguyen Thi Lan <lan.nguyen@saigonhome.vn>"],
        "subject": "Agenda - quality audit at Binh Duong factory (23-27 Nov)",
        "body": f"""Dear Ms. Lan,

Thank you for the invitation letter. Here is our proposed agenda for the audit.

・23 Nov (Mon)  Arrival, opening meeting 14:00, factory tour
・24 Nov (Tue)  Incoming inspection of timber and hardware, moisture content check
・25 Nov (Wed)  Finishing line, packing line, drop test of export cartons
・26 Nov (Thu)  Document review (QC records, fumigation certificates, ISPM-15 marks)
・27 Nov (Fri)  Closing meeting 10:00, departure

Our team:
・Hiroshi Aimono - QA Manager (lead auditor)
・Ryo Okochi - Export Coordinator
・Daisuke Sogo - QA Engineer (joins from 25 Nov)
・Haruka Tsukumo - Product Designer (24 Nov only)

Could you please arrange an interpreter for the document review day?

Best regards,
Hiroshi Aimono

{SIG_AIMONO_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Audit agenda with 「・」 bullets naming four visitors by role only: names without any personal data.",
    },
    {
        "id": "boeki-062",
        "charset": "utf-8",
        "sender": MORIYAMA,
        "to": ["Daniel Tan <daniel.tan@pacrim-trading.com.sg>",
               "Katrin Schulz <k.schulz@mueller-handel.de>",
               "Lisa Montgomery <l.montgomery@sunrise-comp.com>",
               "Nguyen Thi Lan <lan.nguyen@saigonhome.vn>"],
        "subject": "Year-end and Lunar New Year shipping cut-off dates",
        "body": f"""Dear valued customers,

Thank you for your continued business this year.
Please note the following cut-off dates for orders to be shipped before the holidays.

  - Orders for shipment within 2026: PO by 13 November, L/C (if any) by 20 November
  - Our office will be closed from 29 December to 4 January
  - Many Asian ports and our Chinese suppliers will be closed around Lunar New Year
    (6-22 February 2027). For goods from China, please place orders by 18 December.

Ocean freight from Japan is expected to rise by 10-15% from January. We will send
updated quotations to each of you individually.

Best regards,
Kenji Moriyama

{SIG_MORIYAMA_EN}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Circular to four overseas buyers from four companies, all in To: customers can see each other, should have been Bcc.",
    },
    {
        "id": "boeki-063",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["Overseas Sales <overseas-sales@hinode-sangyo.co.jp>"],
        "bcc": ["Daniel Tan <daniel.tan@pacrim-trading.com.sg>",
                "Katrin Schulz <k.schulz@mueller-handel.de>",
                "Lisa Montgomery <l.montgomery@sunrise-comp.com>",
                "Nguyen Thi Lan <lan.nguyen@saigonhome.vn>",
                "Somchai Wongsakul <somchai.w@bkk-precision.co.th>"],
        "subject": "Notice: new address of our Yokohama logistics centre from 1 December",
        "body": f"""Dear customers and partners,

We would like to inform you that our Yokohama logistics centre will move to a larger
bonded warehouse on 1 December 2026.

  New address : 4-7 Daikoku-futo, Tsurumi-ku, Yokohama 230-0054, Japan
  Tel / Fax   : +81-45-506-8810 / +81-45-506-8819
  Cargo receiving hours: Mon-Fri 8:30-17:00

Please update the delivery address for samples and returned goods. Shipping marks and
documents do not change.

Best regards,
Emi Watanuki
Overseas Sales Dept., Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Announcement to five customers done properly: customers in Bcc, To is an internal list. Company address only.",
    },
    {
        "id": "boeki-064",
        "charset": "iso-2022-jp",
        "sender": KAI,
        "to": ["錦印刷 営業部 桐生様 <kiryu@nishiki-insatsu.co.jp>"],
        "subject": "ケースマークラベル 印刷データ（HS-EX-26-1187 ベトナム向け）",
        "body": f"""錦印刷株式会社
桐生様

お世話になっております。日の出産業の甲斐です。
ベトナム向け輸出分のケースマークラベルの印刷をお願いいたします。
差し込みデータをCSV（UTF-8）で添付しました。A5サイズ・耐水紙で前回と同じ仕様です。

納品は10/14（水）に横浜物流センター宛でお願いいたします。

{SIG_KAI}
""",
        "attachments": [{
            "kind": "csv",
            "name": "casemark_HS-EX-26-1187.csv",
            "encoding": "utf-8",
            "rows": [
                ["MAIN_MARK", "PORT", "PO_NO", "C_NO_FROM", "C_NO_TO", "ITEM", "QTY_PER_CTN", "NW_KG", "GW_KG", "ORIGIN"],
                ["SHL (in diamond)", "HO CHI MINH CITY", "SHL-PO-2609-18", "1", "120", "HEX BOLT M8x30", "2000", "24.0", "25.2", "MADE IN JAPAN"],
                ["SHL (in diamond)", "HO CHI MINH CITY", "SHL-PO-2609-18", "121", "220", "HEX BOLT M10x40", "1000", "22.5", "23.6", "MADE IN JAPAN"],
                ["SHL (in diamond)", "HO CHI MINH CITY", "SHL-PO-2609-18", "221", "300", "HEX NUT M8", "5000", "20.0", "21.0", "MADE IN JAPAN"],
                ["SHL (in diamond)", "HO CHI MINH CITY", "SHL-PO-2609-18", "301", "360", "HEX NUT M10", "3000", "21.6", "22.7", "MADE IN JAPAN"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "UTF-8 CSV of shipping-mark label data (ports, PO and carton numbers) to the partner printer: no people.",
    },
    {
        "id": "boeki-065",
        "charset": "cp932",
        "sender": IGARASHI,
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "【障害報告】貿易管理システム インボイス出力時のエラー",
        "body": f"""ツバサシステム株式会社
サポートデスク 御中

いつもお世話になっております。日の出産業 貿易部の五十嵐です。

本日午前から、貿易管理システム（TradeLink Ver.5.2）でインボイスをPDF出力すると
下記のエラーになり、出力できません。NACCSへの申告データ送信は問題なく行えています。

　発生日時：2026/10/06 09:40頃〜
　端末　　：BOEKI-PC07, BOEKI-PC11（2台とも同症状）
　対象　　：インボイス番号 HS-EX-26-1187, HS-EX-26-1190
　エラー　：「帳票テンプレート(INV_EN_03)の読込に失敗しました（E-4012）」

ログの抜粋とエラー画面のスクリーンショットを添付します。
本日17時にベトナム向けの書類締切があるため、至急ご確認いただけますと幸いです。

{SIG_IGARASHI}
""",
        "attachments": [
            {"kind": "png", "name": "error_E-4012.png"},
            {"kind": "txt", "name": "tradelink_20261006.log", "encoding": "utf-8",
             "text": "2026-10-06 09:41:12 INFO  PrintService start job=INV HS-EX-26-1187 user=igarashi.c\n"
                     "2026-10-06 09:41:13 ERROR TemplateLoader INV_EN_03 not found in /templates/v5.2/ (E-4012)\n"
                     "2026-10-06 09:41:13 INFO  PrintService job aborted\n"
                     "2026-10-06 09:58:40 INFO  PrintService start job=INV HS-EX-26-1190 user=kai.y\n"
                     "2026-10-06 09:58:41 ERROR TemplateLoader INV_EN_03 not found in /templates/v5.2/ (E-4012)\n"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Support ticket to the partner IT vendor with a screenshot and an application log (user ids, invoice numbers): no personal data.",
    },
    {
        "id": "boeki-066",
        "charset": "iso-2022-jp",
        "sender": OKOCHI,
        "to": ["川崎電機 品質保証部 輸出管理担当 <export-control@kawasaki-denki.co.jp>"],
        "subject": "該非判定書ご発行のお願い（BLM-60 / BLM-75）",
        "body": f"""川崎電機株式会社
品質保証部 輸出管理ご担当者様

いつもお世話になっております。日の出産業 輸出課の大河内です。

米国およびタイ向けに輸出予定の下記製品につきまして、
輸出貿易管理令別表第1および外為令別表に基づく該非判定書（パラメータシート付き）の
ご発行をお願いできますでしょうか。

　1. ブラシレスモーター BLM-60（24V、定格出力 60W）
　2. ブラシレスモーター BLM-75（48V、定格出力 75W、試作品）

　仕向地：米国（Sunrise Components Inc.）、タイ（Bangkok Precision Parts Co., Ltd.）
　用途　：民生用家電（調理家電・送風機）の組込み部品

BLM-75は試作段階のため、仕様確定後に改めて判定いただく形でも構いません。
お手数ですが、10/20頃までにいただけますと助かります。

{SIG_OKOCHI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Request for an export-control classification certificate to a partner supplier: product data only.",
    },
    {
        "id": "boeki-067",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": ["Somchai Wongsakul <somchai.w@bkk-precision.co.th>"],
        "subject": "Export control classification - PS shafts (non-controlled)",
        "body": f"""Dear Khun Somchai,

As requested by your customs broker, please find attached our export control
classification statement for the PS series shafts. None of the items falls under the
Japanese Export Trade Control Order, Appended Table 1 (items 1-15), and the catch-all
control does not apply to the declared end use.

Best regards,
Ryo Okochi

{SIG_OKOCHI_EN}
""",
        "attachments": [{
            "kind": "docx",
            "name": "Classification_statement_PS-series.docx",
            "title": "Export control classification statement",
            "page_footer": "Hinode Sangyo Co., Ltd. - Trade Dept. - Page 1",
            "paragraphs": ["EXPORT CONTROL CLASSIFICATION STATEMENT", "Date: 8 October 2026",
                           "To: Bangkok Precision Parts Co., Ltd.",
                           "We hereby certify that the following products are not listed in Appended Table 1 of the "
                           "Export Trade Control Order or the Appended Table of the Foreign Exchange Order of Japan.",
                           "Declared end use: components for household food processors (civil use)."],
            "tables": [[["Item", "Description", "Material", "Classification"],
                        ["PS-0810", "Precision shaft 8 x 100 mm", "SUS420J2", "Non-controlled"],
                        ["PS-1216", "Precision shaft 12 x 160 mm", "SUS420J2", "Non-controlled"],
                        ["PS-1620", "Precision shaft 16 x 200 mm", "S45C", "Non-controlled"]]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "DOCX export-control statement to a buyer, no classification marking on it: ordinary export paperwork.",
    },
    {
        "id": "boeki-068",
        "charset": "iso-2022-jp",
        "sender": OKOCHI,
        "to": ["輸出管理委員会 <export-compliance@hinode-sangyo.co.jp>"],
        "cc": ["薬師寺 剛 <yakushiji.t@hinode-sangyo.co.jp>"],
        "subject": "取引審査票の提出（タイ Bangkok Precision 向け PSシリーズ）",
        "body": f"""輸出管理委員会 事務局 御中

お疲れさまです。輸出課の大河内です。
タイ向けPSシリーズの新規取引につき、取引審査票を提出します。
需要者の懸念情報（外国ユーザーリスト該当なし）、用途確認書の写しも添付しております。

ご審査のほど、よろしくお願いいたします。

{SIG_OKOCHI}
""",
        "attachments": [{
            "kind": "docx",
            "name": "取引審査票_BKK-Precision_PS.docx",
            "page_header": "部外秘",
            "paragraphs": ["取引審査票（輸出）", "区分：部外秘（輸出管理委員会 審査用）",
                           "需要者：Bangkok Precision Parts Co., Ltd.（タイ・チョンブリ）",
                           "外国ユーザーリスト：該当なし　　キャッチオール：用途・需要者要件とも該当なし",
                           "判定：貨物 非該当（川崎電機・東栄精工の該非判定書による）"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "部外秘 transaction screening sheet sent only to the internal compliance committee: internal mail.",
    },
    {
        "id": "boeki-069",
        "charset": "utf-8",
        "sender": TESHIGAWARA,
        "to": ["Pimchanok Srisuk (HR) <pimchanok.s@bkk-precision.co.th>"],
        "subject": "Medical certificate for work permit - Mr. Iokibe",
        "body": f"""Dear Khun Pimchanok,

For the work permit of our plant manager, you asked for a medical certificate issued
within the last six months. Here is the summary of his latest health check; the
original certificate will be carried by him.

  Name            : IOKIBE Satoshi
  Date of birth   : 1 December 1977
  Health check    : 14 August 2026, Minato Clinic, Tokyo
  Findings        : Type 2 diabetes (under treatment, HbA1c 7.4%), mild hypertension
                    (medication), chest X-ray normal; no infectious disease
                    (tuberculosis, leprosy, elephantiasis: negative)
  Physician       : fit for work abroad, regular medication to be continued

Please let me know if the authority needs the certificate in Thai.

Best regards,
Aoi Teshigawara
General Affairs, Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named employee's health-check results and diagnoses (要配慮個人情報) sent to an overseas customer's HR.",
    },
    {
        "id": "boeki-070",
        "charset": "utf-8",
        "sender": TESHIGAWARA,
        "to": ["Pimchanok Srisuk (HR) <pimchanok.s@bkk-precision.co.th>"],
        "subject": "Re: Documents for WP.3 application",
        "body": f"""Dear Khun Pimchanok,

Thank you for the checklist. For the three engineers, we will prepare the following:

  1. Copy of passport (all pages)  - uploaded by each engineer himself
  2. Medical certificate           - each engineer will bring the original and hand
                                     it to you directly; we will not send it by e-mail
  3. Photo 3 x 4 cm                - 3 prints each, by courier on 20 October
  4. Letter of assignment          - signed by our General Manager, by courier

Please tell us if the labour office also needs the degree certificates.

Best regards,
Aoi Teshigawara
General Affairs, Hinode Sangyo Co., Ltd.

> Dear Ms. Teshigawara,
> please prepare the documents listed below for each engineer ...
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Document checklist for work permits; medical certificates are mentioned but none is sent, nobody's health data.",
    },
    {
        "id": "boeki-071",
        "charset": "iso-2022-jp",
        "sender": KAI,
        "to": ["東洋海上火災 貨物保険課 予定保険受付 <yotei@toyo-kaijo.co.jp>"],
        "subject": "確定通知（包括予定保険 OP-26-0077）HS-EX-26-1187 ベトナム向け",
        "body": f"""東洋海上火災保険株式会社
貨物保険課 御中

お世話になっております。日の出産業 貿易事務の甲斐です。
包括予定保険契約に基づき、下記船積の確定通知をいたします。保険証券（正本2通）の発行をお願いします。

　包括契約番号　：OP-26-0077
　被保険者　　　：HINODE SANGYO CO., LTD.
　インボイス　　：HS-EX-26-1187
　保険金額　　　：USD 92,785.00（CIF USD 84,350.00 × 110%）
　条件　　　　　：ICC(A) + Institute War & Strikes Clauses
　本船　　　　　：WAN HAI 305 V.S112（横浜 10/20発 → ホーチミン 10/30着）
　貨物　　　　　：ステンレスボルト・ナット 360CTNS
　保険金支払地　：HO CHI MINH CITY, VIETNAM

証券は買取銀行提出用のため、10/21中にご発行いただけますと助かります。

{SIG_KAI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Cargo insurance declaration under an open policy: amounts, vessel and policy numbers only.",
    },
    {
        "id": "boeki-072",
        "charset": "iso-2022-jp",
        "sender": IGARASHI,
        "to": ["港南通関 輸入通関部 品目分類担当 <hinmoku@konan-tsukan.co.jp>"],
        "subject": "新規取扱品目の品目分類（HSコード）ご確認依頼",
        "body": f"""港南通関株式会社
輸入通関部 品目分類ご担当者様

お世話になっております。日の出産業の五十嵐です。
来年から新たに輸入予定の品目について、品目マスタ（案）と仕様書をZIPでお送りします。
弊社で仮置きしたHSコードと税率が妥当か、ご確認をお願いできますでしょうか。
特に「竹製カトラリー」と「シリコン製保存容器」は分類に迷っております。

{SIG_IGARASHI}
""",
        "attachments": [{
            "kind": "zip",
            "name": "品目マスタ案_2027新規.zip",
            "files": [
                {"kind": "csv", "name": "item_master_2027.csv", "encoding": "utf-8", "rows": [
                    ["SKU", "品名", "材質", "原産国", "仮HSコード", "仮税率", "単重(g)"],
                    ["BB-CT-01", "竹製カトラリー4点セット", "竹", "ベトナム", "4419.90-000", "4.1%", "86"],
                    ["SC-FB-05", "シリコン製保存容器 500ml", "シリコーンゴム", "中国", "3924.10-000", "5.8%", "120"],
                    ["GL-TB-03", "耐熱ガラスタンブラー 300ml", "ほうけい酸ガラス", "チェコ", "7013.37-000", "3.4%", "210"],
                    ["WD-CB-30", "アカシア カッティングボード", "アカシア材", "タイ", "4419.19-000", "0%(EPA)", "640"],
                ]},
                {"kind": "pdf", "name": "spec_SC-FB-05.pdf",
                 "lines": ["製品仕様書 SC-FB-05 シリコン製保存容器", "材質：シリコーンゴム（本体）、PP（蓋）",
                           "用途：食品の保存（冷蔵・冷凍・電子レンジ可）", "重量比：シリコーン 78%、PP 22%"]},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Unencrypted ZIP with a UTF-8 item master (HS codes, origin countries) and a spec sheet to a customs broker.",
    },
    {
        "id": "boeki-073",
        "charset": "utf-8",
        "sender": TSUJIMURA,
        "to": ["Shenzhen Swift Fulfillment - Japan desk <japan-desk@sz-swiftfulfill.com>"],
        "subject": "越境EC 直送分 受注データ（10/5〜10/7）",
        "body": f"""Shenzhen Swift Fulfillment
Japan desk ご担当者様

お世話になっております。日の出産業 輸入課の辻村です。
ECサイト経由でいただいた直送分の受注データをお送りします。
深圳倉庫からの個人宛直送（DDP）で、いつも通り出荷をお願いします。

{SIG_TSUJIMURA}
""",
        "attachments": [{
            "kind": "csv",
            "name": "orders_direct_20261005-07.csv",
            "encoding": "utf-8",
            "rows": [
                ["order_id", "name", "name_kana", "zip", "address", "phone", "email", "sku", "qty"],
                ["EC2610-0412", "波多野 佳奈", "ハタノ カナ", "064-0809", "北海道札幌市中央区南9条西6-2-15", "090-2217-8841", "kana.hatano@gmail.com", "SC-FB-05", "2"],
                ["EC2610-0413", "城之内 悠", "ジョウノウチ ハルカ", "330-0845", "埼玉県さいたま市大宮区仲町1-48", "080-6649-2250", "haruka.j@yahoo.co.jp", "BB-CT-01", "1"],
                ["EC2610-0414", "久保寺 翔", "クボデラ ショウ", "460-0008", "愛知県名古屋市中区栄3-19-7-1102", "070-3381-6609", "kubodera.sho@outlook.jp", "SC-FB-05", "4"],
                ["EC2610-0415", "栗花落 美桜", "ツユリ ミオ", "532-0011", "大阪府大阪市淀川区西中島5-6-3", "090-5570-1138", "mio.tsuyuri@icloud.com", "GL-TB-03", "2"],
                ["EC2610-0416", "南雲 大和", "ナグモ ヤマト", "812-0011", "福岡県福岡市博多区博多駅前4-1-22", "080-1142-9973", "yamato.nagumo@docomo.ne.jp", "WD-CB-30", "1"],
                ["EC2610-0417", "鷲尾 真央", "ワシオ マオ", "980-0021", "宮城県仙台市青葉区中央2-9-10", "090-8836-4102", "mao.washio@gmail.com", "BB-CT-01", "3"],
                ["EC2610-0418", "御手洗 智", "ミタライ サトル", "730-0031", "広島県広島市中区紙屋町1-3-5", "070-9920-3317", "satoru.m@ezweb.ne.jp", "SC-FB-05", "1"],
                ["EC2610-0419", "桜庭 結衣", "サクラバ ユイ", "260-0028", "千葉県千葉市中央区新町18-14", "080-2758-6640", "yui.sakuraba@gmail.com", "GL-TB-03", "6"],
                ["EC2610-0420", "日下部 仁", "クサカベ ジン", "950-0087", "新潟県新潟市中央区東大通2-4-4", "090-3164-5581", "kusakabe.jin@softbank.ne.jp", "WD-CB-30", "2"],
                ["EC2610-0421", "小山内 楓", "オサナイ カエデ", "030-0801", "青森県青森市新町1-13-2", "080-4495-7726", "kaede.osanai@yahoo.co.jp", "SC-FB-05", "2"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of ten consumers' names, addresses, phones and e-mails to an overseas fulfilment warehouse: a customer list.",
    },
    {
        "id": "boeki-074",
        "charset": "utf-8",
        "sender": TSUJIMURA,
        "to": ["Shenzhen Swift Fulfillment - Japan desk <japan-desk@sz-swiftfulfill.com>"],
        "subject": "10月前半 SKU別出荷実績と在庫補充のお願い",
        "body": f"""Japan desk ご担当者様

いつもありがとうございます。辻村です。
10月前半の直送分について、SKU別の出荷実績を集計しました（個別の受注データは含めていません）。
SC-FB-05の在庫が残り約2週間分ですので、恒達家居からの補充入庫の予定を教えてください。

{SIG_TSUJIMURA}
""",
        "attachments": [{
            "kind": "csv",
            "name": "sku_summary_202610H1.csv",
            "encoding": "cp932",
            "rows": [
                ["SKU", "品名", "受注件数", "出荷数量", "倉庫在庫", "在庫日数"],
                ["SC-FB-05", "シリコン製保存容器 500ml", "214", "498", "480", "14"],
                ["BB-CT-01", "竹製カトラリー4点セット", "131", "205", "1,120", "82"],
                ["GL-TB-03", "耐熱ガラスタンブラー", "88", "301", "760", "38"],
                ["WD-CB-30", "アカシア カッティングボード", "57", "66", "240", "55"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CP932 CSV of aggregated sales per SKU to the same warehouse: no individual orders or customers.",
    },
    {
        "id": "boeki-075",
        "charset": "iso-2022-jp",
        "sender": KITO,
        "to": ["東洋海上火災 貨物損害サービス課 久我様 <kuga@toyo-kaijo.co.jp>"],
        "subject": "保税倉庫内の貨物紛失の件（続報）",
        "body": f"""東洋海上火災保険株式会社
久我様

お世話になっております。日の出産業 物流管理課の鬼頭です。
先月ご報告した横浜物流センター（保税蔵置場）でのマヌカハニー紛失の件、続報です。

本日、神奈川県警から連絡があり、当センターで契約社員として勤務していた
蛭間 隆二（ひるま りゅうじ、45歳）が、窃盗の容疑で逮捕されたとのことです。
本人は9月中に計3回、出荷前の貨物から合計84本を持ち出し、フリマアプリで転売していたと供述しているそうです。

保険求償への影響、また従業員の不正行為による損害が担保の対象となるかどうか、ご教示いただけますでしょうか。
税関への亡失届は昨日提出済みです。

{SIG_KITO}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named former worker's arrest for theft (犯罪の経歴・逮捕, 要配慮個人情報) told to an insurer.",
    },
    {
        "id": "boeki-076",
        "charset": "iso-2022-jp",
        "sender": KITO,
        "to": ["東洋海上火災 貨物損害サービス課 久我様 <kuga@toyo-kaijo.co.jp>"],
        "subject": "保税倉庫内の貨物紛失のご報告",
        "body": f"""東洋海上火災保険株式会社
久我様

いつもお世話になっております。日の出産業 物流管理課の鬼頭です。

横浜物流センター（保税蔵置場）の棚卸で、ニュージーランドから輸入したマヌカハニーの数量不足が判明しました。

　品目　　：マヌカハニー MGO100+ 250g（NZ-MH-250）
　不足数　：84本（帳簿 1,440本 ／ 実在 1,356本）
　判明日　：2026年10月2日（月次棚卸時）
　損害額　：約 190,000円（CIF価格ベース）

外部からの侵入の形跡はなく、現在社内で調査を進めております。
所轄警察署へは被害届を提出済み、税関への亡失届も準備中です。
保険金請求の可否と必要書類についてご教示いただけますでしょうか。

{SIG_KITO}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Loss report to the insurer: the company is the victim and nobody is named or accused. Ordinary claim mail.",
    },
    {
        "id": "boeki-077",
        "charset": "utf-8",
        "sender": AIMONO,
        "to": ["Chen Yu-ting <yuting.chen@tcfastener.com.tw>"],
        "subject": "Sample request - flange bolts M10 (SUS316) for new customer",
        "body": f"""Dear Ms. Chen,

We have an enquiry from a new customer in Vietnam for flange bolts in SUS316.
Could you please send samples as follows?

  Item         : Hex flange bolt M10 x 30, SUS316, serrated
  Quantity     : 50 pcs
  Documents    : mill certificate (EN 10204 3.1) and dimensional report
  Courier      : please use our account, Skyline Express A/C No. 728-415-903
  Deliver to   : Hinode Sangyo Co., Ltd., Quality Assurance Dept.
                 1-9-3 Kaigan, Minato-ku, Tokyo 105-0022, Japan
                 Tel +81-3-5412-7770

Please mark the parcel "Free sample, no commercial value" and declare USD 20.00 for
customs.

Best regards,
Hiroshi Aimono

{SIG_AIMONO_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Sample request with the company's courier account number and own office address: business data only.",
    },
    {
        "id": "boeki-078",
        "charset": "utf-8",
        "sender": TSUJIMURA,
        "to": ["Marco Reyes <m.reyes@cebucoco.ph>"],
        "subject": "Re: Samples of coconut sugar sent - AWB 7724 1193 0051",
        "body": f"""Dear Marco,

Good news: the samples arrived yesterday and passed the food import notification
without inspection. Our customer Kitaguni Foods liked the taste, but they would like a
finer granulation (below 1 mm) for their baking range. Is that possible with your
current sieving line, and would the price change?

We would also need the allergen statement and the organic certificate (JAS) copy
before the first order.

Best regards,
Sayaka

{SIG_TSUJIMURA}

On Mon, Sep 28, 2026 at 3:05 PM Marco Reyes <m.reyes@cebucoco.ph> wrote:
> Dear Sayaka,
> We sent 3 kg of coconut sugar (two granulations) by air today, AWB 7724 1193 0051.
> Please find the COA attached. Our plant in Mandaue can produce 40 MT per month.
> For questions on documents you can also call our export officer Jenny Uy at
> +63 32 344 0917.
> Best regards, Marco Reyes, Export Manager, Cebu Coconut Products Inc.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Reply to a supplier with its own mail quoted under 'On … wrote:'; the quoted contact belongs to the recipient's company.",
    },
    {
        "id": "boeki-079",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["Windy City Booth Builders - Project desk <projects@windycitybooth.com>"],
        "subject": "Booth N-2217 build-up - on-site contacts",
        "body": f"""Dear Mr. Kowalski,

Thank you for the final drawing of our booth. During build-up (5-6 March) the following
people will be on site; please call them directly if anything needs a decision.

[1] Emi Watanuki
    Role   : Booth manager (decisions on layout and graphics)
    Mobile : +81-80-2946-1107
    E-mail : e.watanuki@hinode-sangyo.co.jp

[2] Haruka Tsukumo
    Role   : Product display, lighting
    Mobile : +81-70-4120-9983

[3] Daisuke Sogo
    Role   : Electrical demo units (cooking appliances, 120V)
    Mobile : +81-80-7735-2614

[4] Chikage Yamanashi
    Role   : Interpreter (Japanese/English)
    Mobile : +81-90-6018-2475

Best regards,
Emi Watanuki

{SIG_WATANUKI_EN}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "One record per block for four on-site contacts with mobiles, to the booth builder: under five people, may be warned.",
    },
    {
        "id": "boeki-080",
        "charset": "utf-8",
        "sender": SHOJI,
        "to": ["Windy City Booth Builders - Accounts <accounts@windycitybooth.com>"],
        "subject": "Invoice WCB-27-0188 - payment schedule",
        "body": f"""Dear Accounts team,

We have received your invoice WCB-27-0188 (USD 18,400.00, booth N-2217).
As per the contract, we will remit 50% (USD 9,200.00) on 30 November and the balance
after the show, by 31 March 2027.

Please confirm your bank details below, which we have copied from the invoice. For
security reasons we will not accept any change of bank details by e-mail only.

  Beneficiary : Windy City Booth Builders LLC
  Bank        : Lakeshore National Bank, Chicago, IL
  ABA         : 071912345
  Account     : 4408217706
  SWIFT       : LKSHUS44

Best regards,
Naoko Shoji
Accounting Dept. (Foreign Exchange), Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Payment schedule quoting the contractor's corporate bank account: a business account, not personal data.",
    },
]

MESSAGES += [
    {
        "id": "boeki-081",
        "charset": "shift_jis",
        "sender": TESHIGAWARA,
        "to": ["小林社会保険労務士事務所 担当 神保様 <jinbo@kobayashi-sr.jp>"],
        "subject": "社会保障協定 適用証明書交付申請のお願い（ベトナム赴任者）",
        "body": f"""小林社会保険労務士事務所
神保様

いつも大変お世話になっております。日の出産業 総務部の勅使河原です。

ベトナム工場への赴任者について、日本の厚生年金・健康保険を継続するため、
適用証明書の交付申請のお手続きをお願いしたく、必要事項をお送りいたします。

　■ 申請対象者
　　氏名　　　　　：五百旗頭 聡（イオキベ サトシ）
　　生年月日　　　：昭和５２年１２月１日
　　基礎年金番号　：４４０２－７１８５３６
　　赴任先　　　　：HINODE VIETNAM CO., LTD.（ビンズオン省）
　　派遣期間　　　：令和９年１月５日 〜 令和１２年１月４日（予定）
　　職種　　　　　：工場長

　■ その他
　　・派遣元事業所は本社（東京都港区）です。
　　・帯同家族はおりません。

申請書の控えは、提出後にPDFでお送りいただけますと幸いです。

{SIG_TESHIGAWARA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "An employee's 基礎年金番号 (full-width digits) with name and 和暦 date of birth, e-mailed to an outside labour consultant.",
    },
    {
        "id": "boeki-082",
        "charset": "shift_jis",
        "sender": TESHIGAWARA,
        "to": ["小林社会保険労務士事務所 担当 神保様 <jinbo@kobayashi-sr.jp>"],
        "subject": "海外赴任者の社会保険・労災特別加入についてのご相談",
        "body": f"""小林社会保険労務士事務所
神保様

お世話になっております。日の出産業の勅使河原です。

来年からベトナム工場に社員3名（うち1名は帯同家族あり）を赴任させる予定です。
つきましては、下記についてご助言をいただけますでしょうか。

　1. 日越社会保障協定の対象となるか（現時点で協定は発効していない認識です）
　2. 厚生年金・健康保険を継続する場合の手続きと、現地の社会保険との二重加入の扱い
　3. 労災保険の海外派遣者特別加入の要否
　4. 赴任手当・住宅手当の社会保険料算定への反映方法

個別の赴任者情報（基礎年金番号など）は、お打ち合わせ後に貴事務所のファイル共有サービス経由でお渡しします。
来週中にオンラインで30分ほどお時間をいただけますと幸いです。

{SIG_TESHIGAWARA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Consultation about social insurance for overseas assignees; mentions 基礎年金番号 but gives none and names nobody.",
    },
    {
        "id": "boeki-083",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": ["Lisa Montgomery <l.montgomery@sunrise-comp.com>"],
        "cc": ["Chikage Yamanashi <chikage.yamanashi.trans@gmail.com>",
               "大洋ロジスティクス 輸出営業 矢作様 <yahagi@taiyo-logi.co.jp>"],
        "subject": "Visit to Yokohama warehouse on 10 Nov - meeting point and agenda",
        "body": f"""Dear Lisa,

We are looking forward to your visit to our Yokohama warehouse on 10 November.

  09:30  Pick-up at your hotel (Sakura Hotel, Shinagawa) by our car
  10:30  Warehouse tour and packing line for BLM motors
  12:00  Lunch
  13:30  Meeting with Taiyo Logistics on consolidation to Long Beach (Mr. Yahagi)
  15:30  Back to Shinagawa

Ms. Yamanashi (in Cc) will interpret during the meeting. Mr. Yahagi, please prepare
the LCL vs. FCL cost comparison we discussed.

Best regards,
Ryo Okochi

{SIG_OKOCHI_EN}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "Buyer, a freelance interpreter on gmail and a forwarder all visible in To/Cc: three external parties.",
    },
    {
        "id": "boeki-084",
        "charset": "iso-2022-jp",
        "sender": YAKUSHIJI,
        "to": ["みどり銀行 法人営業部 雲雀様 <hibari@midori-ginko.co.jp>"],
        "cc": ["東海林 直子 <shoji.n@hinode-sangyo.co.jp>", "大河内 亮 <okochi.r@hinode-sangyo.co.jp>",
               "辻村 さやか <tsujimura.s@hinode-sangyo.co.jp>", "経理部長 <keiri-bucho@hinode-sangyo.co.jp>"],
        "subject": "為替予約枠の増額および輸入ユーザンスのご相談",
        "body": f"""みどり銀行
法人営業部 雲雀様

平素より大変お世話になっております。日の出産業 貿易部の薬師寺でございます。

来期はベトナム向け輸出およびフィリピン・スペインからの輸入がいずれも増加する見込みのため、
下記についてご相談させていただきたく存じます。

　1. 為替予約枠の増額（現行 USD 3百万 → USD 5百万）
　2. 輸入ユーザンス（本邦ローン）期間の延長（90日 → 120日）
　3. 電子L/C（Trade Finance プラットフォーム）の導入時期

関係者を本メールのCCに入れております。10月下旬で一度お打ち合わせのお時間をいただけますでしょうか。

{SIG_YAKUSHIJI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "One external recipient (the partner bank) and four internal colleagues in Cc: no visibility problem, no personal data.",
    },
    {
        "id": "boeki-085",
        "charset": "iso-2022-jp",
        "sender": KAI,
        "to": ["大河内 亮 <okochi.r@hinode-sangyou.co.jp>"],
        "subject": "10月 船積予定表（社内共有）",
        "body": f"""大河内さん

お疲れさまです。甲斐です。
10月の船積予定表を更新しました。ベトナム向けが1本追加になっています。
明日の定例で使うので、ご確認をお願いします。

　10/02　PR-2607　神戸→シンガポール　　KOTA HARMONI　　　出航済
　10/16　HS-EX-26-1142　横浜→ハンブルク　NORDIC HARMONY　40HC+20DRY
　10/16　PR-2608　神戸→シンガポール　　WAN HAI 312　　　 20DRY
　10/20　HS-EX-26-1187　横浜→ホーチミン　WAN HAI 305　　　LCL 360CTNS
　10/30　PR-2609　神戸→シンガポール　　KOTA HARMONI　　　再ブッキング

仕入先の支払条件と粗利は別シートにまとめてあります。

{SIG_KAI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Meant for a colleague but addressed to hinode-sangyou.co.jp, a one-letter look-alike of the company's own domain.",
    },
    {
        "id": "boeki-086",
        "charset": "utf-8",
        "sender": AIMONO,
        "to": ["お客様相談室 <soudan@mail.hinode-sangyo.co.jp>"],
        "cc": ["品質保証部 <qa@hinode-sangyo.co.jp>"],
        "subject": "フライパン取っ手不具合 お客様対応台帳（10/8時点）",
        "body": f"""お客様相談室 各位

お疲れさまです。品質保証部の四十物です。
ロットHH2607のフライパン取っ手不具合について、お客様対応台帳を更新しました。
代替品の発送状況と、返品いただいた現品の到着状況をシートごとにまとめています。
社外（仕入先を含む）には、お客様の個人情報を除いた要約のみ出しています。

{SIG_AIMONO}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "HH2607_お客様対応台帳.xlsx",
            "sheets": {
                "対応台帳": [
                    ["HH2607 フライパン取っ手不具合 お客様対応台帳（品質保証部）"],
                    ["受付No", "受付日", "氏名", "住所", "電話", "症状", "対応"],
                    ["C-01", "9/28", "九十九 遥", "東京都江東区豊洲5-6-36", "090-4812-3307", "リベット緩み", "代替品発送済"],
                    ["C-02", "9/30", "帯刀 康夫", "大阪府吹田市江坂町1-23-5", "06-6388-4410", "リベット緩み", "代替品発送済"],
                    ["C-03", "10/2", "稗田 ミチ", "福岡県福岡市南区大橋2-5-8", "092-553-7109", "取っ手脱落", "返品・返金"],
                    ["C-04", "10/5", "嶋津 光男", "埼玉県さいたま市浦和区岸町7-11-4", "048-862-5519", "リベット緩み・異音", "代替品手配中"],
                    ["C-05", "10/7", "砂原 亜希", "千葉県船橋市本町4-2-19", "047-431-0083", "リベット緩み", "受付"],
                ],
                "返品現品": [["受付No", "到着日", "解析"], ["C-03", "10/6", "仕入先へ送付予定"], ["C-01", "10/8", "社内解析中"]],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "Customer register with five consumers' addresses and phones, sent to an internal subdomain (mail.hinode-sangyo.co.jp) and an internal list only.",
    },
    {
        "id": "boeki-087",
        "charset": "iso-2022-jp",
        "sender": YAKUSHIJI,
        "to": ["白川法律事務所 弁護士 芹沢先生 <serizawa@shirakawa-law.jp>"],
        "subject": "Saigon Home社との代金未払いに関するご相談",
        "body": f"""白川法律事務所
芹沢先生

いつもお世話になっております。日の出産業 貿易部の薬師寺です。

ベトナムの取引先 Saigon Home Living JSC との間で、8月船積分の代金（USD 41,200）の支払が遅延しており、
先方は「一部商品の品質不良」を理由に減額を求めております。
本件について、今後の対応（督促、仲裁条項の活用、信用状取引への切替え等）をご相談させてください。

　・売買契約書（英文、仲裁地：シンガポール）
　・該当インボイス、B/L写し
　・先方とのメールのやり取り（時系列で抜粋）

を添付いたします。なお、先方とは機密保持契約も締結しており、図面等の扱いにも配慮が必要です。

ご多忙のところ恐縮ですが、来週中にお時間をいただけますと幸いです。

{SIG_YAKUSHIJI}

{DISCLAIMER_JA}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "Sales_Contract_SHL-2026-03.pdf",
            "lines": ["SALES CONTRACT No. SHL-2026-03", "Seller: Hinode Sangyo Co., Ltd. (Tokyo, Japan)",
                      "Buyer: Saigon Home Living JSC (Binh Duong, Vietnam)",
                      "Payment: T/T 30 days after B/L date",
                      "Claims: any claim on quality must be made in writing within 30 days after arrival of goods.",
                      "Arbitration: Singapore International Arbitration Centre (SIAC), English language."],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Legal consultation with the partner law firm about an unpaid invoice; contract PDF, NDA mentioned in a sentence, Japanese disclaimer.",
    },
    {
        "id": "boeki-088",
        "charset": "utf-8",
        "sender": YAKUSHIJI,
        "to": ["Li Wenjun <li.wenjun@hengda-housewares.cn>"],
        "subject": "Our purchasing policy 2027 - presentation",
        "body": f"""Dear Mr. Li,

Thank you for your time at the Canton Fair. As promised, I attach the presentation
we used in our meeting. We would like to discuss the price and quality targets with
you in Ningbo in November.

Best regards,
Tsuyoshi Yakushiji
General Manager, Trade Dept., Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "pptx",
            "name": "Purchasing_policy_2027.pptx",
            "title": "Purchasing policy 2027",
            "page_footer": "社外秘　日の出産業株式会社 貿易部",
            "slides": [
                ["Purchasing policy 2027", "Hinode Sangyo Co., Ltd. / Trade Dept."],
                ["Supplier ranking (cookware)", "1. Hengda Housewares - share 42%", "2. Zhejiang Minghua - share 31%",
                 "3. Vietnam candidate (Saigon Home) - trial from Q2"],
                ["Target prices 2027", "Enamel pot set: -6% vs 2026", "SS frying pan 26cm: -4%",
                 "Dual sourcing for all items above JPY 50M purchase volume"],
                ["Quality", "PPM target 800 (2026 actual: 2,350)", "8D report within 10 days"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX whose every slide carries the footer 社外秘 (supplier ranking, target prices) sent to a supplier.",
    },
    {
        "id": "boeki-089",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["Marco Reyes <m.reyes@cebucoco.ph>"],
        "subject": "Company profile - Hinode Sangyo",
        "body": f"""Dear Marco,

Thank you for your interest in a long-term partnership. As requested by your
management, I attach our company profile. It covers our import business, our customers
in the natural food channel and our logistics set-up in Yokohama.

Best regards,
Emi Watanuki

{SIG_WATANUKI_EN}
""",
        "attachments": [{
            "kind": "pptx",
            "name": "Hinode_Sangyo_Company_Profile_2026.pptx",
            "title": "Company profile",
            "page_footer": "© 2026 Hinode Sangyo Co., Ltd.",
            "slides": [
                ["Hinode Sangyo Co., Ltd.", "Trading company since 1972, Tokyo", "Employees: 240 / Sales: JPY 18.6 bn"],
                ["Import business", "Food: coconut products, preserves, honey", "Housewares: cookware, tableware, storage"],
                ["Our customers", "Kitaguni Foods, natural food stores, EC", "Nationwide delivery from Yokohama bonded warehouse"],
                ["Quality", "Supplier audits, HACCP-based import checks", "Food import notification handled in-house"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Company profile deck with a copyright footer, no classification marking: ordinary sales material.",
    },
    {
        "id": "boeki-090",
        "charset": "iso-2022-jp",
        "sender": TSUJIMURA,
        "to": ["北国フーズ 商品部 氏家様 <ujiie@kitaguni-foods.co.jp>"],
        "subject": "FW: マーマレード 賞味期限表示と原材料の件（メーカー回答）",
        "body": f"""氏家様

お世話になっております。辻村です。
先日ご質問いただいたブラッドオレンジ マーマレードの件、スペインのメーカーから回答がありましたので、
メールをそのまま添付で転送いたします。

要点は以下の通りです。
・賞味期限は製造後24か月（未開封・常温）で変更なし
・ペクチンは柑橘由来、着色料・保存料は不使用
・ロットごとの分析証明書（COA）は毎回添付可能

日本語の一括表示ラベル案は、来週お送りします。

{SIG_TSUJIMURA}
""",
        "attachments": [{
            "kind": "eml",
            "name": "Re_Marmalade_shelf_life.eml",
            "message": {
                "charset": "utf-8",
                "sender": "Jordi Ferrer <export@valencia-citrus.es>",
                "to": ["辻村 さやか <tsujimura.s@hinode-sangyo.co.jp>"],
                "subject": "Re: Marmalade - shelf life and ingredients",
                "body": """Dear Sayaka,

Please find our answers below:
1. Shelf life: 24 months from production, unopened, ambient temperature.
2. Ingredients: blood oranges 55%, sugar, lemon juice, pectin (from citrus).
   No colourings, no preservatives.
3. A certificate of analysis (COA) can be sent with every lot.

Best regards,
Jordi Ferrer
Export Department, Valencia Citrus S.L.
Tel +34 961 22 40 18
""",
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Forward of a supplier's product answer as an attached .eml: new to the recipient but only product data and a business signature.",
    },
    {
        "id": "boeki-091",
        "charset": "cp932",
        "sender": TESHIGAWARA,
        "to": ["トラベルリンク法人営業 出張デスク <biz-desk@travellink-corp.co.jp>"],
        "subject": "航空券手配のお願い（ホーチミン出張 2名）",
        "body": f"""トラベルリンク株式会社
法人営業部 出張デスク ご担当者様

いつもお世話になっております。日の出産業 総務部の勅使河原です。
下記の通り、航空券の手配をお願いいたします。氏名は旅券表記のとおりです。

　■ 搭乗者
　　OKOCHI / RYO MR　　　　　生年月日 1986年12月18日
　　AIMONO / HIROSHI MR　　　生年月日 1975年4月2日

　■ 行程
　　11/22（日）羽田 → ホーチミン　　VN-385 希望（エコノミー）
　　11/27（金）ホーチミン → 羽田　　VN-384 希望（エコノミー）

　■ 精算
　　法人契約の月末請求でお願いします（請求先：総務部）

旅程表は私宛にお送りください。

{SIG_TESHIGAWARA}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Two travellers' names and dates of birth for air tickets to the corporate travel agency: two records, no passport numbers; may be warned.",
    },
    {
        "id": "boeki-092",
        "charset": "iso-2022-jp",
        "sender": TSUJIMURA,
        "to": ["錦印刷 営業部 桐生様 <kiryu@nishiki-insatsu.co.jp>"],
        "subject": "輸入食品カタログ 巻末「お取扱い店一覧」データ（旧Excel形式）",
        "body": f"""錦印刷株式会社
桐生様

お世話になっております。辻村です。
カタログ巻末の「お取扱い店一覧」のデータです。
基幹システムから出力したため古いExcel形式（.xls）になっております。お手数ですが変換のうえご利用ください。
支店・営業所の代表番号を掲載いたします。

{SIG_TSUJIMURA}
""",
        "attachments": [{
            "kind": "xls",
            "name": "取扱店一覧_2027カタログ.xls",
            "sheets": {
                "取扱店": [
                    ["区分", "店名", "郵便番号", "所在地", "代表電話"],
                    ["支店", "日の出産業 札幌営業所", "060-0042", "北海道札幌市中央区大通西7-2-1", "011-231-5580"],
                    ["支店", "日の出産業 大阪支店", "541-0053", "大阪府大阪市中央区本町2-3-9", "06-6261-4410"],
                    ["支店", "日の出産業 福岡営業所", "812-0013", "福岡県福岡市博多区博多駅東1-14-3", "092-451-7720"],
                    ["販売店", "北国フーズ マルシェ 札幌店", "060-0005", "北海道札幌市中央区北5条西2-5", "011-209-4418"],
                    ["販売店", "グリーンテーブル 梅田店", "530-0017", "大阪府大阪市北区角田町8-7", "06-6313-2290"],
                    ["販売店", "ナチュラルハウス 天神店", "810-0001", "福岡県福岡市中央区天神2-11-1", "092-724-3318"],
                    ["販売店", "自然食品のやまびこ 仙台店", "980-0811", "宮城県仙台市青葉区一番町3-6-1", "022-263-0741"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Legacy XLS list of branches and retail shops with switchboard numbers: businesses, not people.",
    },
    {
        "id": "boeki-093",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": ["Lisa Montgomery <l.montgomery@sunrise-comp.com>"],
        "subject": "Re: Drawing SC-DWG-1187 rev.C - our comments",
        "body": f"""Dear Lisa,

Thank you for the drawing of the new motor housing. Our supplier's engineers have
reviewed it; please find your drawing returned with our comments in red (pages 2 and 3).
The main points are the connector position and the tolerance of the shaft bore.

We have shared it with the motor maker only, under the NDA, as agreed.

Best regards,
Ryo Okochi

{SIG_OKOCHI_EN}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "SC-DWG-1187_revC_Hinode_comments.pdf",
            "title": "SC-DWG-1187 rev.C",
            "page_header": "SUNRISE COMPONENTS INC. - CONFIDENTIAL",
            "page_footer": "Reviewed by Hinode Sangyo / Kawasaki Denki - 12 Oct 2026",
            "lines": ["DRAWING SC-DWG-1187 rev.C  MOTOR HOUSING BLM-75",
                      "Comment 1 (Hinode): connector position - please move 4 mm towards flange side.",
                      "Comment 2 (Kawasaki Denki): shaft bore 8.000 +0.015/0 is difficult; propose +0.022/0.",
                      "Comment 3 (Hinode): material ADC12 OK; surface treatment to be confirmed."],
        }],
        "expect": "either",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "A PDF marked CONFIDENTIAL goes outside, but it is the buyer's own drawing returned to the buyer with comments: arguable either way.",
    },
    {
        "id": "boeki-094",
        "charset": "shift_jis",
        "sender": KAI,
        "to": ["マルサン雑貨 仕入部 雁部様 <karibe@marusan-zakka.co.jp>"],
        "subject": "輸入サンプル発送のご案内（竹製カトラリー・耐熱タンブラー）",
        "body": f"""マルサン雑貨株式会社
仕入部 雁部様

いつもお世話になっております。日の出産業 貿易事務の甲斐です。
先日ご依頼いただいた来春の新商品サンプルを、本日発送いたしました。

　・竹製カトラリー4点セット（BB-CT-01）　　　　2セット
　・耐熱ガラスタンブラー 300ml（GL-TB-03）　　　4個
　・アカシア カッティングボード（WD-CB-30）　　1枚

　配送：青葉運輸 宅配便　お問い合わせ番号 4471-2290-3315
　到着予定：10月9日（金）午前

サンプルはご返却不要です。量産品はパッケージが日本語表示に変わります。
ご評価をいただけましたら、数量別のお見積りをお送りいたします。

{SIG_KAI}

{DISCLAIMER_JA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Sample shipment notice with a parcel number and the standard 機密情報 disclaimer at the end: ordinary mail.",
    },
    {
        "id": "boeki-095",
        "charset": "utf-8",
        "sender": WATANUKI,
        "to": ["Li Wenjun <li.wenjun@hengda-housewares.cn>"],
        "subject": "Leads from the Tokyo Gift Show - stainless cookware",
        "body": f"""Dear Mr. Li,

At the Tokyo Gift Show last week, four visitors asked for OEM quotations on stainless
cookware that we would source from you. They agreed that we pass their contact details
to you so that your engineers can ask technical questions directly.

  Name               Company                    E-mail                            Direct line
  -----------------  -------------------------  --------------------------------  --------------
  Akane Hozumi       Hozumi Kitchen Co.         a.hozumi@hozumi-kitchen.co.jp     03-5820-4471
  Tetsuya Uebayashi  Daily Tools Inc.           uebayashi@dailytools.jp           06-6539-2218
  Mika Sasahara      Fukuroya Department Store  m-sasahara@fukuroya-dept.co.jp    052-261-7730
  Jun Kanbara        Kanbara Shoji              kanbara.j@kanbara-shoji.co.jp     092-283-5516

Please copy me on any communication, as all orders will be placed through Hinode Sangyo.

Best regards,
Emi Watanuki

{SIG_WATANUKI_EN}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Padded list of four trade-fair leads' business contacts to a supplier, with their consent: under five people, may be warned.",
    },
    {
        "id": "boeki-096",
        "charset": "iso-2022-jp",
        "sender": WATANUKI,
        "to": ["国内営業部 <kokunai-eigyo@hinode-sangyo.co.jp>"],
        "subject": "東京ギフトショー 名刺交換リスト（国内営業部へ引継ぎ）",
        "body": f"""国内営業部の皆さま

お疲れさまです。海外営業部の綿貫です。
ギフトショーで名刺交換した来場者のうち、国内販売向けの案件を引き継ぎます。
担当のご検討をお願いします。

会社名\t氏名\t役職\tメール\t携帯
ほづみキッチン\t穂積 茜\t商品部長\ta.hozumi@hozumi-kitchen.co.jp\t090-3317-2246
デイリーツールズ\t上林 哲也\tバイヤー\tuebayashi@dailytools.jp\t080-6621-0954
ふくろや百貨店\t笹原 美香\t家庭用品担当\tm-sasahara@fukuroya-dept.co.jp\t070-4480-1126
神原商事\t神原 潤\t代表取締役\tkanbara.j@kanbara-shoji.co.jp\t090-7752-3381
キッチンスタイル\t乙部 真琴\tMD\totobe@kitchenstyle.co.jp\t080-2209-6614
暮らしの道具ひなた\t鍋島 悠\t店長\tnabeshima@hinata-dougu.jp\t090-1186-4475
マルサン雑貨\t雁部 直樹\t仕入部\tkaribe@marusan-zakka.co.jp\t070-5523-8801
グリーンテーブル\t猪子 沙耶\tバイヤー\tinoko@greentable.co.jp\t080-3347-1192

{SIG_WATANUKI}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "Tab-separated list of eight trade-fair contacts with mobiles, but addressed only to an internal department list.",
    },
    {
        "id": "boeki-097",
        "charset": "utf-8",
        "sender": TESHIGAWARA,
        "to": ["Global Care Assistance - Japan desk <japan-desk@gca-assist.com>"],
        "subject": "【至急】ホーチミン出張中の社員の負傷について（医療機関の手配）",
        "body": f"""Global Care Assistance
Japan desk ご担当者様

日の出産業 総務部の勅使河原です。先ほどお電話でご相談した件、詳細をお送りします。

　氏名　　　　：四十物 浩（アイモノ ヒロシ）
　生年月日　　：昭和50年4月2日
　状況　　　　：11/25 ビンズオンの工場監査中に転倒し、右足首を骨折（現地診療所の診断）。
　　　　　　　　持病として高血圧の服薬あり。
　現在地　　　：ホーチミン市内のホテル（ご本人携帯 +84 90 771 2384）
　健康保険証　：保険者番号 06139842　記号 4417　番号 215
　海外旅行保険：会社契約（証券番号はご本人が携帯）

整形外科のある日系病院での受診手配と、帰国便の変更（車椅子対応）をお願いいたします。
費用は後日、健康保険の海外療養費として請求する予定です。

{SIG_TESHIGAWARA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "An employee's health insurance card number plus injury diagnosis and chronic illness, sent to an outside assistance company.",
    },
    {
        "id": "boeki-098",
        "charset": "utf-8",
        "sender": TESHIGAWARA,
        "to": ["人事部 労務グループ <roumu@hinode-sangyo.co.jp>"],
        "cc": ["薬師寺 剛 <yakushiji.t@hinode-sangyo.co.jp>"],
        "subject": "【報告】出張中の労災（四十物さん・右足首骨折）",
        "body": f"""人事部 労務グループ 御中

総務の勅使河原です。ベトナム出張中の四十物さんの負傷について報告します。

・発生：11/25 10時頃（現地時間）、Saigon Home社工場内の検品エリアで段差に躓き転倒
・診断：右足首骨折（現地の日系病院で再診予定、手術は不要の見込み）
・既往：高血圧（服薬中）のため、医師に申告済み
・帰国：11/28に車椅子対応で帰国予定（アシスタンス会社手配）

業務中の事故のため、労災（海外出張中の業務災害）として手続きをお願いします。
療養補償給付の請求書類は帰国後に本人と一緒に作成します。

{SIG_TESHIGAWARA}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "An employee's injury and medical history reported to HR: sensitive, but every recipient is internal.",
    },
    {
        "id": "boeki-099",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": ["Nguyen Thi Lan <lan.nguyen@saigonhome.vn>"],
        "subject": "Payment terms for 2027 orders - switch to L/C at sight",
        "body": f"""Dear Ms. Lan,

Following the delay in payment of our invoice HS-EX-26-0944, our management has decided
that orders shipped from January 2027 will be on the following terms:

  1. Irrevocable L/C at sight, confirmed by a first-class bank acceptable to us
  2. Partial shipments allowed, transhipment not allowed
  3. Presentation period: 21 days after B/L date
  4. Advising bank: MIDORI BANK, HEAD OFFICE, TOKYO (SWIFT MDRIJPJT)
  5. Beneficiary: HINODE SANGYO CO., LTD., 1-9-3 Kaigan, Minato-ku, Tokyo, Japan

For small repeat orders below USD 10,000 we can accept T/T in advance to our account
at Midori Bank, A/C No. 0418826.

We value our partnership and hope to settle the open invoice amicably; our lawyer will
contact you only if we cannot agree by the end of November.

Best regards,
Ryo Okochi

{SIG_OKOCHI_EN}

{DISCLAIMER_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English L/C and payment terms with the company's own bank account and SWIFT code: ordinary trade mail.",
    },
    {
        "id": "boeki-100",
        "charset": "utf-8",
        "sender": KAI,
        "to": ["Daniel Tan <daniel.tan@pacrim-trading.com.sg>"],
        "subject": "Please confirm - distribution list for shipping advices",
        "body": f"""Dear Daniel,

From November our trade system will send shipping advices and document copies
automatically. We have set up the following distribution list for Pacific Rim Trading
from the signatures in our past mails. Could you check that it is complete and correct?

  No.  Name              Department          E-mail                                Direct line
  ---  ----------------  ------------------  ------------------------------------  ---------------
  1    Daniel Tan        Purchasing          daniel.tan@pacrim-trading.com.sg      +65 6221 4380
  2    Grace Lim         Purchasing          grace.lim@pacrim-trading.com.sg       +65 6221 4386
  3    Rajesh Kumar      Logistics           rajesh.k@pacrim-trading.com.sg        +65 6221 4412
  4    Siti Nurhaliza    Accounts payable    siti.n@pacrim-trading.com.sg          +65 6221 4455
  5    Wong Mei Ling     Warehouse (Jurong)  meiling.wong@pacrim-trading.com.sg    +65 6861 0923

Best regards,
Yukiko Kai
Trade Administration, Hinode Sangyo Co., Ltd.
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Five people's business contacts form a list, but they are the recipient's own colleagues sent back to their company: arguable either way.",
    },
]
