"""Blind evaluation corpus — area: kobai (購買・調達 / procurement).

相見積の依頼, 発注書・注文請書, 納期調整, 検収, 単価改定, サプライヤー監査, 物流業者とのやり取り,
written as the procurement, materials and logistics staff of 日の出産業株式会社 write them.

Everything here is invented: every person, company (other than the partner names given
in BRIEF.md), address, phone number, order number and identifier is fictional.  The file
was written blind, from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md
only, without reading mailguard's code, rules or tests.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 34201
rng = random.Random(SEED)


# -- invented numbers -----------------------------------------------------------------------

def _digits(n: int, first_nonzero: bool = True) -> str:
    d = [rng.randrange(10) for _ in range(n)]
    if first_nonzero:
        d[0] = rng.randrange(1, 10)
    return "".join(map(str, d))


def _my_number_ok(s: str) -> bool:
    body = [int(c) for c in s[:11]]
    total = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)


def _luhn_ok(s: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def twelve(prefix: str = "") -> str:
    """12 digits that are NOT a valid My Number (order / tracking / licence numbers)."""
    while True:
        s = prefix + _digits(12 - len(prefix), first_nonzero=not prefix)
        if not _my_number_ok(s):
            return s


def sixteen(prefix: str = "") -> str:
    """16 digits that fail Luhn (asset / die control numbers)."""
    while True:
        s = prefix + _digits(16 - len(prefix), first_nonzero=not prefix)
        if not _luhn_ok(s):
            return s


def corp_number() -> str:
    """A 13-digit 法人番号 with a valid check digit (first digit)."""
    base = [rng.randrange(10) for _ in range(12)]
    base[0] = rng.randrange(1, 10)
    total = 0
    for n in range(1, 13):
        total += base[12 - n] * (1 if n % 2 else 2)
    return str(9 - total % 9) + "".join(map(str, base))


def zen(s: str) -> str:
    """ASCII digits and separators to full width (０９０－…)."""
    return s.translate(str.maketrans("0123456789-/:() ", "０１２３４５６７８９－／：（）　"))


def fmt_card(num: str, sep: str = "-") -> str:
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


HINODE_CORP = corp_number()          # 日の出産業's own 法人番号 (T-number on its POs)
MITSUBOSHI_CORP = corp_number()      # a supplier's T-number on its invoice

# -- people of 日の出産業 (senders) and their signatures ------------------------------------

ISHIGURO = "石黒 真理子 <ishiguro.mariko@hinode-sangyo.co.jp>"
TANIOKA = "谷岡 慎吾 <tanioka.shingo@hinode-sangyo.co.jp>"
ROKKAKU = "六角 由紀 <rokkaku.yuki@hinode-sangyo.co.jp>"
SAMEJIMA = "鮫島 大輔 <samejima.daisuke@hinode-sangyo.co.jp>"
WATABE = "渡部 さやか <watabe.sayaka@hinode-sangyo.co.jp>"
YONEKURA = "米倉 七海 <yonekura.nanami@hinode-sangyo.co.jp>"
CHIJIIWA = "Ken Chijiiwa <chijiiwa.ken@hinode-sangyo.co.jp>"
GONDO = "権藤 博 <gondo.hiroshi@hinode-sangyo.co.jp>"
KUREBAYASHI = "榑林 茂 <kurebayashi.shigeru@hinode-sangyo.co.jp>"
MINAGAWA = "皆川 透 <minagawa.toru@hinode-sangyo.co.jp>"

SIG_ISHIGURO = """
--
日の出産業株式会社 購買部 購買一課
石黒 真理子（いしぐろ まりこ）
〒104-0032 東京都中央区八丁堀3-9-12 日の出ビル5F
TEL 03-5542-7710（代表）／内線 2314
ishiguro.mariko@hinode-sangyo.co.jp
"""

SIG_TANIOKA = """
━━━━━━━━━━━━━━━━━━━━━━
 日の出産業株式会社
 調達本部 資材調達課　谷岡 慎吾
 TEL:03-5542-7721　FAX:03-5542-7799
 E-mail: tanioka.shingo@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_ROKKAKU = """
-------------------------------------
六角 由紀 / Yuki Rokkaku
日の出産業(株) 狭山工場 資材課
〒350-1317 埼玉県狭山市水野字中原612-3
Tel 04-2955-3180  Fax 04-2955-3189
-------------------------------------
"""

SIG_SAMEJIMA = """
******************************
日の出産業株式会社
SCM部 物流課　鮫島 大輔
TEL 03-5542-7735 / 携帯 080-4471-2093
******************************
"""

SIG_WATABE = """
―――――――――――――――――
日の出産業株式会社
品質保証部 サプライヤー品質グループ
渡部 さやか（Watabe Sayaka）
TEL：03-5542-7760　FAX：03-5542-7769
―――――――――――――――――
"""

SIG_YONEKURA = """
==========================
日の出産業株式会社 購買部 購買二課
米倉 七海
TEL 03-5542-7718
==========================
"""

SIG_CHIJIIWA = """
Best regards,

Ken Chijiiwa
Global Sourcing Section, Procurement Dept.
Hinode Sangyo Co., Ltd.
3-9-12 Hatchobori, Chuo-ku, Tokyo 104-0032, Japan
Tel: +81-3-5542-7728
"""

SIG_GONDO = """
日の出産業株式会社
調達本部長　権藤 博
"""

SIG_KUREBAYASHI = """
------------------------------
日の出産業株式会社 狭山工場 設備課
榑林 茂（くればやし しげる）
TEL 04-2955-3122（直通）
------------------------------
"""

DISC_JP = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。
"""

DISC_EN = """
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
information intended solely for the addressee. If you have received it in error, please
notify the sender immediately and delete it. Any unauthorised use, disclosure or copying
is prohibited.
"""

MSGS: list[dict] = []


def add(**m) -> None:
    m.setdefault("cc", [])
    m.setdefault("entities", [])
    m.setdefault("detectors", [])
    MSGS.append(m)


# ==========================================================================================
# 相見積の依頼
# ==========================================================================================

add(  # stop: three competing suppliers in To
    sender=TANIOKA,
    to=["東邦金属工業 営業部 大西様 <onishi.k@toho-kinzoku.co.jp>",
        "okano@okano-ss.co.jp",
        "ナカトミ精工 営業課 <sales@nakatomi-seiko.jp>"],
    cc=[ISHIGURO],
    subject="【相見積のお願い】搬送ユニット用 フレーム溶接品（図番 HK-5530）",
    charset="iso-2022-jp",
    body="""各位

いつもお世話になっております。日の出産業 資材調達課の谷岡です。

標記の件、下記条件にて御見積をお願いいたしたく、ご連絡いたしました。
図面は本メールに添付しております。

 ■図番　　：HK-5530 Rev.C（フレーム溶接組立）
 ■数量　　：20台／ロット、年間 約240台
 ■材質　　：SS400 黒皮、溶接後 メラミン焼付塗装（マンセル 5Y7/1）
 ■納入場所：弊社 狭山工場 資材受入
 ■回答期限：11月14日（金）17時

なお、今回は3社様にお声がけしております。
ご辞退の場合もお手数ですがご一報いただけますと幸いです。

何卒よろしくお願いいたします。
""" + SIG_TANIOKA,
    attachments=[{"kind": "pdf", "name": "HK-5530_RevC.pdf", "title": "HK-5530 Rev.C",
                  "lines": ["図番 HK-5530 Rev.C フレーム溶接組立", "材質 SS400  板厚 t3.2 / t4.5",
                            "溶接 CO2半自動 全周 脚長4", "塗装 メラミン焼付 5Y7/1 膜厚25μm以上",
                            "一般公差 JIS B 0405 中級", "改訂 C: 取付穴 φ11→φ13"]}],
    expect="stop",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="RFQ sent to three competing suppliers side by side in To; each sees the others: should have been Bcc",
)

add(  # pass: one supplier, two addresses of the same company
    sender=TANIOKA,
    to=["東邦金属工業株式会社 大西様 <onishi.k@toho-kinzoku.co.jp>", "toho-eigyo@toho-kinzoku.co.jp"],
    cc=[ISHIGURO],
    subject="御見積のお願い：SUS304 板金加工品 3点（HS-2207 他）",
    charset="iso-2022-jp",
    body="""東邦金属工業株式会社
営業部　大西様

いつも大変お世話になっております。
日の出産業の谷岡でございます。

先日お電話でお話ししました板金部品につきまして、正式に御見積をお願いいたします。
詳細は添付の見積依頼書をご確認ください。

  品番        品名                    材質      数量    希望納期
  ----------  ----------------------  --------  ------  ----------
  HS-2207-A   取付ブラケット          SUS304    1,200   2026/12/15
  HS-2207-B   補強プレート t2.0       SUS304      800   2026/12/15
  HS-2211     カバー（曲げ4か所）     SPCC        300   2026/12/25

型費が発生する場合は、部品単価と分けてご提示いただけますと助かります。
回答は11月21日（金）までにいただけますでしょうか。

よろしくお願いいたします。
""" + SIG_TANIOKA,
    attachments=[{"kind": "xlsx", "name": "見積依頼書_HS-2207.xlsx", "title": "見積依頼書",
                  "sheets": {
                      "依頼内容": [["見積依頼書（依頼No. RFQ-26-0871）"], [],
                               ["品番", "品名", "材質", "表面処理", "数量", "希望納期"],
                               ["HS-2207-A", "取付ブラケット", "SUS304", "ヘアライン", 1200, "2026/12/15"],
                               ["HS-2207-B", "補強プレート t2.0", "SUS304", "なし", 800, "2026/12/15"],
                               ["HS-2211", "カバー", "SPCC", "粉体塗装 N8", 300, "2026/12/25"]],
                      "取引条件": [["項目", "内容"], ["支払条件", "月末締め翌月末 振込"],
                               ["納入場所", "狭山工場 資材受入"], ["梱包", "通い箱（弊社貸与）"],
                               ["見積有効期限", "発行日より3か月"]]}}],
    expect="pass",
    note="RFQ to one supplier (two addresses of the same company); the tables are parts, not people",
)

add(  # pass: RFQ properly sent with Bcc
    sender=TANIOKA,
    to=[TANIOKA],
    bcc=["eigyo@mitsuboshi-pkg.co.jp", "info@kansai-danboru.co.jp",
         "sales@fujimi-shizai.jp", "order@seiwa-pack.com"],
    subject="【御見積依頼】段ボールケース（A式 3種）の相見積について",
    charset="iso-2022-jp",
    body="""お取引先各位

※本メールはBCCにて複数のお取引先様へお送りしております。

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 資材調達課でございます。

来期（2027年4月～）の出荷用段ボールケースにつきまして、相見積をお願いしたく存じます。

 1. 対象：A式ケース 3種（外寸 400×300×250 / 500×350×300 / 600×400×350）
 2. 材質：K5×K5 AF（同等品可、代替材の場合は仕様を明記ください）
 3. 年間想定数量：各 12,000 / 8,000 / 3,500 枚
 4. 印刷：1色（社名ロゴ・取扱注意マーク）
 5. 回答期限：2026年11月28日（金）

ご不明点は担当 谷岡までお問い合わせください。
何卒よろしくお願い申し上げます。
""" + SIG_TANIOKA,
    expect="pass",
    note="RFQ to four suppliers in Bcc, only the sender in To: nobody sees the others; 「取扱注意マーク」 is a print spec",
)

add(  # pass: supplier + trading company, two organisations
    sender=ISHIGURO,
    to=["三星パッケージ株式会社 工藤様 <kudo.h@mitsuboshi-pkg.co.jp>"],
    cc=["大和ケミカル商事 平田様 <hirata@yamato-chem.com>", TANIOKA],
    subject="RE: 発泡緩衝材 PE-30 の仕様変更について",
    charset="iso-2022-jp",
    body="""三星パッケージ株式会社　工藤様
（cc：大和ケミカル商事　平田様）

お世話になっております。日の出産業の石黒です。

仕様変更案、社内で確認いたしました。
発泡倍率を30倍→25倍に変更する件、落下試験の結果（添付報告書 p.3）で問題ありませんでしたので、
2027年1月出荷分から切り替えでお願いいたします。

単価は従来どおり平田様経由で改定見積をいただく形で問題ございません。
平田様、お手数ですが正式見積の発行をお願いできますでしょうか。

以上、よろしくお願いいたします。

> 日の出産業　石黒様
> 三星パッケージの工藤です。
> 先日ご相談した PE-30 の発泡倍率変更について、試作品の評価結果を添付いたします。
""" + SIG_ISHIGURO,
    expect="pass",
    detectors=["multiple_external_domains"],
    note="normal three-way mail: supplier and its trading company (two external organisations)",
)

add(  # pass: polite decline answer, short, quoting
    sender=TANIOKA,
    to=["okano@okano-ss.co.jp"],
    subject="Re: 見積辞退のご連絡（HK-5530）",
    charset="shift_jis",
    body="""岡野様

ご丁寧にご連絡ありがとうございます。
繁忙期とのこと、承知いたしました。また別件でご相談させてください。

谷岡

-----Original Message-----
From: 岡野 敏明 <okano@okano-ss.co.jp>
Sent: Monday, November 10, 2026 4:12 PM
To: 谷岡 慎吾
Subject: 見積辞退のご連絡（HK-5530）

日の出産業　谷岡様

いつもお世話になっております。岡野製作所の岡野です。
HK-5530 の御見積の件、誠に恐縮ながら、12月～2月は溶接ラインが満杯のため
今回は辞退させていただきたく存じます。
有限会社 岡野製作所　岡野 敏明
TEL 048-261-4470
""",
    expect="pass",
    note="short reply to one supplier; quoted text is the recipient's own mail",
)

add(  # pass: English RFQ to one foreign supplier
    sender=CHIJIIWA,
    to=["Tran Quoc Bao <bao.tran@minhphat-precision.com>"],
    cc=[TANIOKA],
    subject="RFQ: CNC machined shafts (P/N HS-S0412, HS-S0418)",
    charset="utf-8",
    body="""Dear Mr. Bao,

Thank you for your time during our video call last week.

As discussed, we would like to request your quotation for the following parts:

  P/N          Description              Material   Qty/yr   Tolerance
  HS-S0412     Drive shaft d12 x 180    S45C       6,000    h7
  HS-S0418     Idler shaft d18 x 95     SUS303     2,400    g6

Please quote FOB Hai Phong and DAP Sayama, Japan, with lead time and MOQ.
Drawings are available on our supplier portal (project code VN-2026-07).
We would appreciate your reply by 5 December.
""" + SIG_CHIJIIWA + DISC_EN,
    expect="pass",
    note="English RFQ to one foreign supplier; part table and the standard disclaimer only",
)

add(  # stop: PPAP zip
    sender=TANIOKA,
    to=["ナカトミ精工 堀之内様 <horinouchi@nakatomi-seiko.jp>"],
    subject="見積依頼書送付の件（HK-6120 ギヤボックス）",
    charset="iso-2022-jp",
    body="""株式会社ナカトミ精工
堀之内様

お世話になっております。日の出産業 谷岡です。

HK-6120 ギヤボックス一式の見積依頼書および図面を送付いたします。
ファイルはパスワード付きZIPとしております。パスワードは別メールにてお送りします。

ご確認のほどよろしくお願いいたします。
""" + SIG_TANIOKA,
    attachments=[{"kind": "zip", "name": "見積依頼_HK-6120.zip", "password": "Hk6120#nkt",
                  "files": [{"kind": "xlsx", "name": "見積依頼書_HK-6120.xlsx",
                             "sheets": {"依頼": [["品番", "数量"], ["HK-6120", 50]]}},
                            {"kind": "pdf", "name": "HK-6120_assy.pdf",
                             "lines": ["HK-6120 ギヤボックス組立図", "減速比 1/30"]}]}],
    expect="stop",
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external supplier: the attachment cannot be inspected",
)

add(  # pass: the PPAP password mail itself, no attachment
    sender=TANIOKA,
    to=["ナカトミ精工 堀之内様 <horinouchi@nakatomi-seiko.jp>"],
    subject="【パスワード】見積依頼書送付の件（HK-6120 ギヤボックス）",
    charset="iso-2022-jp",
    body="""堀之内様

先ほどお送りしたファイルのパスワードをお知らせします。

　パスワード：Hk6120#nkt

※弊社では来年4月よりパスワード付きZIPでの送付を廃止し、
　ファイル共有サービスに切り替える予定です。改めてご案内いたします。

日の出産業　谷岡
""",
    expect="pass",
    note="the separate password mail: no attachment, no personal data",
)

# ==========================================================================================
# 発注書・注文請書
# ==========================================================================================

add(  # pass: PO PDF with our own T-number
    sender=ROKKAKU,
    to=["川崎電機株式会社 営業二部 藤堂様 <todo.m@kawasaki-denki.co.jp>"],
    subject="注文書送付の件（PO-2026-11408）",
    charset="iso-2022-jp",
    body="""川崎電機株式会社
営業二部　藤堂様

いつもお世話になっております。
日の出産業 狭山工場 資材課の六角です。

先日御見積いただいたサーボモーター一式につきまして、注文書をお送りいたします。
お手数ですが、注文請書へご捺印のうえ、PDFにてご返送いただけますでしょうか。

　注文番号：PO-2026-11408
　納期　　：2026年12月18日（金）
　納入場所：狭山工場 第2倉庫

よろしくお願いいたします。
""" + SIG_ROKKAKU,
    attachments=[{"kind": "pdf", "name": "注文書_PO-2026-11408.pdf", "title": "注文書 PO-2026-11408",
                  "lines": ["注 文 書", "川崎電機株式会社 御中", "注文番号 PO-2026-11408   発行日 2026/11/12",
                            "日の出産業株式会社 狭山工場 資材課",
                            f"適格請求書発行事業者登録番号 T{HINODE_CORP}", ""],
                  "table": [["No", "品番", "品名", "数量", "単価", "金額"],
                            ["1", "KSM-750B", "ACサーボモーター 750W", "4", "86,500", "346,000"],
                            ["2", "KSD-750", "サーボアンプ", "4", "72,000", "288,000"],
                            ["3", "KC-EN05", "エンコーダケーブル 5m", "4", "6,800", "27,200"],
                            ["", "", "", "", "小計", "661,200"], ["", "", "", "", "消費税", "66,120"]]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    note="ordinary purchase order to a partner; only business data and the company's own T-number",
)

add(  # stop: PO to a look-alike of kawasaki-denki.co.jp
    sender=TANIOKA,
    to=["川崎電機 藤堂様 <todo.m@kawasaki-denkl.co.jp>"],
    subject="注文書（PO-2026-11452）送付および納期ご確認のお願い",
    charset="iso-2022-jp",
    body="""川崎電機株式会社　藤堂様

お世話になっております。日の出産業の谷岡です。

インバーター 5台分の注文書を添付いたします。
年末の出荷状況が厳しいと伺っておりますので、納期回答を早めにいただけますと助かります。

よろしくお願いいたします。
""" + SIG_TANIOKA,
    attachments=[{"kind": "pdf", "name": "注文書_PO-2026-11452.pdf",
                  "lines": ["注文書 PO-2026-11452", "KVF-2200 インバーター 2.2kW  5台", "希望納期 2026/12/11"]}],
    expect="stop",
    detectors=["lookalike_domain"],
    note="partner kawasaki-denki.co.jp mistyped as kawasaki-denkl.co.jp (i→l)",
)

add(  # pass: acknowledgement of 注文請書, quoting the supplier
    sender=ROKKAKU,
    to=["ナカトミ精工 受注センター <juchu@nakatomi-seiko.jp>"],
    subject="Re: 注文請書ご送付（貴社注文番号 PO-2026-11377）",
    charset="iso-2022-jp",
    body="""ナカトミ精工 受注センター　ご担当者様

注文請書、確かに受領いたしました。ありがとうございます。
納期 12/4 で承知いたしました。

日の出産業　六角

> 日の出産業株式会社　六角様
>
> 平素は格別のご高配を賜り厚く御礼申し上げます。
> ご注文いただきました下記につき、注文請書を送付いたします。
>
>   注文番号：PO-2026-11377
>   品名　　：精密ボールねじ BSN-1605（L=480）×10本
>   納期　　：2026年12月4日
>
> 株式会社ナカトミ精工　受注センター　杉浦
> TEL 0263-58-2210
""",
    expect="pass",
    note="receipt of an order confirmation; quoted text from the supplier, business data only",
)

add(  # pass: quantity change, table in body
    sender=ISHIGURO,
    to=["東邦金属工業 大西様 <onishi.k@toho-kinzoku.co.jp>"],
    subject="【注文変更】PO-2026-11290 数量変更のお願い",
    charset="utf-8",
    body="""東邦金属工業株式会社
大西様

お世話になっております。日の出産業の石黒です。
客先の生産計画変更に伴い、下記のとおり数量を変更させてください。

| 行 | 品番       | 変更前 | 変更後 | 納期       |
|----|------------|--------|--------|------------|
| 1  | HS-2107-A  | 1,500  | 1,200  | 12/10      |
| 2  | HS-2107-C  |   600  |   900  | 12/10→12/17|
| 3  | HS-2115    |   200  |     0  | （取消）   |

取消分の材料手配が済んでいる場合は、費用をご請求いただければと存じます。
下請法の趣旨に沿って対応いたしますので、遠慮なくお知らせください。

変更後の注文書は本日中に再発行いたします。
よろしくお願いいたします。
""" + SIG_ISHIGURO,
    expect="pass",
    note="order change to one supplier; markdown-style table of parts",
)

add(  # stop: encrypted PDF order
    sender=ROKKAKU,
    to=["東邦金属工業 受注係 <juchu@toho-kinzoku.co.jp>"],
    subject="注文書（狭山工場 11月度 定期発注分）",
    charset="iso-2022-jp",
    body="""東邦金属工業株式会社
受注係 御中

いつもお世話になっております。日の出産業 狭山工場 資材課 六角です。

11月度の定期発注分の注文書をお送りします。
今月から注文書PDFには開封パスワードを設定しています（パスワードは従来どおり貴社コード＋年月です）。

ご確認のほど、よろしくお願いいたします。
""" + SIG_ROKKAKU,
    attachments=[{"kind": "pdf", "name": "注文書_狭山_202611.pdf", "password": "T0482611",
                  "lines": ["注文書 狭山工場 2026年11月度", "HS-2107-A 1,200", "HS-2107-C 900"]}],
    expect="stop",
    detectors=["unscannable_attachment"],
    note="password-protected PDF to an external supplier: cannot be inspected",
)

add(  # pass: English PO to Taiwanese supplier with disclaimer
    sender=CHIJIIWA,
    to=["Amy Lin <amy.lin@hsinyuan-elec.com.tw>"],
    subject="PO HS-EX-26-0315 / Relay modules RM-24S",
    charset="utf-8",
    body="""Dear Amy,

Please find attached our purchase order HS-EX-26-0315.

  Item: RM-24S relay module (24VDC, 4ch)
  Qty:  3,000 pcs
  Unit price: USD 4.85, FCA Taoyuan
  Requested ETD: 15 Jan 2027

Kindly send us the proforma invoice and order acknowledgement within this week.
Shipping marks as per the attached sheet. Please note that our freight forwarder
will contact you for the booking.
""" + SIG_CHIJIIWA + DISC_EN,
    attachments=[{"kind": "pdf", "name": "PO_HS-EX-26-0315.pdf",
                  "lines": ["PURCHASE ORDER HS-EX-26-0315", "Supplier: Hsin Yuan Electronics Co., Ltd.",
                            "RM-24S  3,000 pcs  USD 4.85  USD 14,550.00", "Incoterms: FCA Taoyuan",
                            "Payment: T/T 60 days after B/L date"]}],
    expect="pass",
    note="English PO to one foreign supplier with the standard confidentiality disclaimer",
)

add(  # pass: reply in English, quoting "On … wrote:"
    sender=CHIJIIWA,
    to=["Amy Lin <amy.lin@hsinyuan-elec.com.tw>"],
    subject="Re: PO HS-EX-26-0315 / Order acknowledgement",
    charset="utf-8",
    body="""Hi Amy,

Thanks for the quick acknowledgement. ETD 22 Jan is acceptable for us.
Could you split the shipment, 1,500 pcs on 22 Jan and the balance by 5 Feb?

Regards,
Ken

On Thu, 19 Nov 2026 at 10:42, Amy Lin <amy.lin@hsinyuan-elec.com.tw> wrote:
> Dear Ken,
> We confirm PO HS-EX-26-0315, 3,000 pcs RM-24S.
> Due to the component shortage, earliest ETD is 22 Jan 2027.
> Best regards,
> Amy Lin | Sales Dept. | Hsin Yuan Electronics | +886-3-352-7781
""",
    expect="pass",
    note="English reply to one supplier; the quoted part is the recipient's own mail",
)

# ==========================================================================================
# 納期調整
# ==========================================================================================

add(  # pass: tab-separated delivery schedule
    sender=ROKKAKU,
    to=["有限会社岡野製作所 岡野様 <okano@okano-ss.co.jp>"],
    subject="12月納入分 納期調整のご相談",
    charset="iso-2022-jp",
    body="""岡野製作所　岡野様

お世話になっております。日の出産業 狭山工場の六角です。
12月の生産計画が確定しましたので、納期の前倒し・後ろ倒しをご相談させてください。

注文番号\t品番\t数量\t現納期\t希望納期\t備考
PO-2026-11201\tHK-4410\t40\t12/03\t12/01\t前倒し
PO-2026-11202\tHK-4412\t40\t12/03\t12/03\t
PO-2026-11230\tHK-4480\t15\t12/10\t12/22\t後ろ倒し
PO-2026-11231\tHK-4481\t15\t12/10\t12/22\t後ろ倒し
PO-2026-11260\tHK-5530\t20\t12/17\t12/17\t
PO-2026-11261\tHK-5531\t20\t12/17\t12/24\t後ろ倒し
PO-2026-11288\tHK-4410\t40\t12/24\t12/24\t
PO-2026-11289\tHK-4412\t40\t12/24\t1/8\t年明け

前倒し分が難しい場合は、12/2 午前でも構いません。
ご検討のほどよろしくお願いいたします。
""" + SIG_ROKKAKU,
    expect="pass",
    note="tab-separated delivery schedule of orders and part numbers, no people",
)

add(  # pass: supplier + carrier, two organisations
    sender=SAMEJIMA,
    to=["丸松化成株式会社 出荷課 佐伯様 <saeki.j@marumatsu-kasei.co.jp>"],
    cc=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>", ISHIGURO],
    subject="【納期調整】PP成形カバー 引取日の変更（11/27→11/28）",
    charset="iso-2022-jp",
    body="""丸松化成株式会社　佐伯様
青葉運輸株式会社　配車センター様

お世話になっております。日の出産業 物流課の鮫島です。

丸松化成様 栃木工場からの引取について、成形機トラブルの影響で出荷が1日遅れるとのことですので、
引取日を下記のとおり変更させてください。

　変更前：11月27日（金）14:00　4t車1台
　変更後：11月28日（土）10:00　4t車1台
　積込場所：丸松化成 栃木工場 第3出荷場

青葉運輸様には、車両の再手配をお願いいたします。
土曜の積込となりますので、佐伯様には守衛所へのご連絡をお願いできれば幸いです。
""" + SIG_SAMEJIMA,
    expect="pass",
    detectors=["multiple_external_domains"],
    note="supplier and carrier in one pickup-change mail: two external organisations, normal",
)

add(  # stop: reply-all to three external organisations
    sender=ISHIGURO,
    to=["丸松化成 佐伯様 <saeki.j@marumatsu-kasei.co.jp>"],
    cc=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>",
        "三星パッケージ 工藤様 <kudo.h@mitsuboshi-pkg.co.jp>", SAMEJIMA],
    subject="RE: 【納期調整】PP成形カバー 11月分 分納について",
    charset="iso-2022-jp",
    body="""佐伯様、皆様

お世話になっております。日の出産業の石黒です。

分納のご提案ありがとうございます。下記で進めさせてください。
　・第1便　11/28　2,000個（通い箱 40箱）
　・第2便　12/4　 残 1,600個

三星パッケージ様：第2便分の通い箱が不足するため、段ボール（PK-402）での出荷となります。
12/2 までに丸松化成様 栃木工場へ 80枚の直送をお願いできますでしょうか。

> 石黒様
> 丸松化成の佐伯です。成形機の修理が長引いており、11月分は分納とさせていただけないでしょうか。
""" + SIG_ISHIGURO,
    expect="stop",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="reply-all across three external organisations (supplier, carrier, packaging maker) in To/Cc",
)

add(  # stop: corrupt xlsx
    sender=ISHIGURO,
    to=["三星パッケージ 工藤様 <kudo.h@mitsuboshi-pkg.co.jp>"],
    subject="納期回答表のご確認（11/5 更新分）",
    charset="iso-2022-jp",
    body="""工藤様

お世話になっております。
11/5 時点の納期回答表を更新しましたので、お手数ですがご確認ください。
黄色セルが今回変更のあった行です。

石黒
""",
    attachments=[{"kind": "corrupt", "name": "納期回答表_1105.xlsx"}],
    expect="stop",
    detectors=["unscannable_attachment"],
    note="attachment is a damaged XLSX that cannot be opened or inspected",
)

add(  # pass: 12-digit order numbers that look like My Numbers but fail its check digit
    sender=YONEKURA,
    to=["三星パッケージ 経理課 <keiri@mitsuboshi-pkg.co.jp>"],
    subject="EDI注文番号と納品書の突合について",
    charset="utf-8",
    body=f"""三星パッケージ株式会社　経理課　ご担当者様

いつもお世話になっております。日の出産業 購買二課の米倉です。

10月分の納品書について、EDIの注文番号（12桁）との突合で不一致が3件ございました。
お手数ですがご確認をお願いいたします。

  EDI注文番号      納品書No.    品名                 数量
  {twelve('26')}     N-884120     PK-402 段ボール      400
  {twelve('26')}     N-884133     PK-410 仕切り        1,200
  {twelve('26')}     N-884151     PE-30 緩衝材         60

いずれも数量は一致しておりますので、注文番号の転記違いかと存じます。
""" + SIG_YONEKURA,
    expect="pass",
    note="12-digit EDI order numbers (not My Numbers) with delivery-note numbers; business data only",
)

add(  # either: our buyer's diagnosis given as the reason for a delay
    sender=YONEKURA,
    to=["株式会社清和パック 営業 倉持様 <kuramochi@seiwa-pack.com>"],
    subject="ご回答遅延のお詫び（見積依頼 SP-2611 の件）",
    charset="iso-2022-jp",
    body="""株式会社清和パック
倉持様

いつもお世話になっております。日の出産業 購買二課の米倉です。

先月ご提出いただいた御見積への回答が遅れており、大変申し訳ございません。
本件の担当の鮫島が急性虫垂炎で11/10から入院しており、社内決裁が止まっておりました。
本日より私が引き継ぎましたので、今週中に回答いたします。

引き続きよろしくお願いいたします。
""" + SIG_YONEKURA,
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a colleague's diagnosis and hospitalisation told to a supplier as an excuse: health data of one person, but casual",
)

# ==========================================================================================
# 検収
# ==========================================================================================

add(  # pass: acceptance done, PDF acceptance certificate with serials
    sender=KUREBAYASHI,
    to=["ツバサシステム 保守営業 川端様 <kawabata@tsubasa-system.jp>"],
    subject="検収完了のご連絡（生産管理端末 入替え一式）",
    charset="iso-2022-jp",
    body="""ツバサシステム株式会社
川端様

お世話になっております。日の出産業 狭山工場 設備課の榑林です。

11/19 に設置いただいた生産管理端末一式、本日付で検収完了といたしました。
検収書を添付いたしますので、請求書の発行をお願いいたします。

設置作業の際は、ライン停止時間内に収めていただき助かりました。
ありがとうございました。
""" + SIG_KUREBAYASHI,
    attachments=[{"kind": "pdf", "name": "検収書_TS-26-0457.pdf",
                  "lines": ["検 収 書", "ツバサシステム株式会社 御中", "案件番号 TS-26-0457", "検収日 2026年11月24日", ""],
                  "table": [["品名", "型式", "製造番号", "数量"],
                            ["産業用PC", "TS-IPC700", "S/N 7A31-0042", "6"],
                            ["タッチパネル 15型", "TS-TP15", "S/N 5C18-1190", "6"],
                            ["ハンディターミナル", "TS-HT30", "S/N 3H02-7715", "12"],
                            ["設置調整費", "-", "-", "1式"]]}],
    expect="pass",
    note="acceptance certificate to a partner: equipment serial numbers, no people",
)

add(  # pass: thanks after installation, names only
    sender=KUREBAYASHI,
    to=["東邦金属工業 大西様 <onishi.k@toho-kinzoku.co.jp>"],
    subject="コンベアフレーム据付の立会い御礼と検収日程",
    charset="iso-2022-jp",
    body="""東邦金属工業株式会社
大西様

お世話になっております。日の出産業の榑林です。
昨日は据付作業の立会いありがとうございました。技術の井筒様にも遅くまでご対応いただき、
よろしくお伝えください。

レベル調整の再確認が終わり次第、検収とさせていただきます。
予定は12/2（水）午後です。井筒様のご都合はいかがでしょうか。
""" + SIG_KUREBAYASHI,
    expect="pass",
    note="names appear only as people being thanked; no other data about them",
)

add(  # pass: inspection failure with photos
    sender=ROKKAKU,
    to=["丸松化成 品質保証課 <qa@marumatsu-kasei.co.jp>"],
    cc=["丸松化成 佐伯様 <saeki.j@marumatsu-kasei.co.jp>", WATABE],
    subject="受入検査 不合格のご連絡（PPカバー HK-C220 ロット 26K0415）",
    charset="iso-2022-jp",
    body="""丸松化成株式会社　品質保証課　ご担当者様

日の出産業 狭山工場 資材課の六角です。
11/20 納入分の受入検査で、下記のとおり不合格となりましたのでご連絡いたします。

　品番：HK-C220（PPカバー）
　ロット：26K0415
　納入数：2,000個　抜取数：80個　不良数：7個
　不良内容：ウェルドライン部のクラック（写真1・2）、ショートショット（写真3）

当該ロットは全数返却とさせていただきます。
対策書（8D）は12/4までにご提出をお願いいたします。
""" + SIG_ROKKAKU,
    attachments=[{"kind": "png", "name": "写真1_クラック.png"}, {"kind": "png", "name": "写真2_クラック拡大.png"},
                 {"kind": "png", "name": "写真3_ショート.png"}],
    expect="pass",
    note="quality rejection to one supplier with photos; lot numbers only",
)

add(  # stop: injury of a named supplier worker during installation
    sender=KUREBAYASHI,
    to=["有限会社岡野製作所 岡野様 <okano@okano-ss.co.jp>"],
    cc=["日の出産業 安全衛生 <anzen@hinode-sangyo.co.jp>"],
    subject="【報告】据付作業中の負傷事故について（11/26 狭山工場）",
    charset="iso-2022-jp",
    body="""有限会社岡野製作所
岡野様

日の出産業 設備課の榑林です。
本日の治具据付作業中に発生した事故について、当社で把握している内容をご報告いたします。

　発生日時：2026年11月26日（木）14時20分ごろ
　場所　　：狭山工場 第2棟 組立ライン北側
　被災者　：貴社 笹川 亮 様（29歳）
　状況　　：脚立（1.8m）上での位置決め作業中にバランスを崩し転落
　傷病　　：狭山中央病院にて「左橈骨遠位端骨折」と診断、全治約6週間の見込み
　　　　　　既往の腰椎ヘルニアの悪化もあり、当面は就労不可とのこと

労働基準監督署への報告は貴社にてご対応いただくことになるかと存じます。
当社側の再発防止策は別途ご相談させてください。
""" + SIG_KUREBAYASHI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="diagnosis and medical history of a named worker sent outside (要配慮個人情報 of one person)",
)

add(  # stop: forwarded internal list of attendees with emergency contacts (blocks)
    sender=KUREBAYASHI,
    to=["丸松化成株式会社 生産技術課 <seigi@marumatsu-kasei.co.jp>"],
    subject="FW: 【立会者】成形機 据付検収 立会メンバーと緊急連絡先",
    charset="iso-2022-jp",
    body="""丸松化成 生産技術課 ご担当者様

来週の据付検収の立会メンバーです。社内向けのものをそのまま転送します。
当日はこちらの者が伺います。

榑林

-------- Forwarded Message --------
件名: 【立会者】成形機 据付検収 立会メンバーと緊急連絡先
差出人: 榑林 茂
宛先: 狭山工場 設備課

設備課各位

12/3-4 の丸松化成 栃木工場での立会メンバーと緊急連絡先です。

【1】榑林 茂（設備課 課長）
　　携帯：080-6613-2045
　　緊急連絡先：榑林 由香（妻）090-2231-8804

【2】堤 健太郎（設備課）
　　携帯：090-7751-0326
　　緊急連絡先：堤 和子（母）0476-22-3185

【3】安居院 美咲（品質保証部）
　　携帯：070-3398-1147
　　緊急連絡先：安居院 浩二（夫）080-1156-7730

【4】ラマ・スディール（設備課 技能実習）
　　携帯：080-9962-4410
　　緊急連絡先：監理団体 北関東協同組合 048-522-9031

【5】鬼頭 航（生産技術課）
　　携帯：090-5523-6089
　　緊急連絡先：鬼頭 陽子（妻）090-5523-6090
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forwarded internal list of five staff with mobiles and family emergency contacts, sent to a supplier",
)

add(  # pass: 16-digit die control numbers (fail Luhn)
    sender=ISHIGURO,
    to=["岡野製作所 岡野様 <okano@okano-ss.co.jp>"],
    subject="貸与金型の棚卸確認のお願い（2026年度下期）",
    charset="utf-8",
    body=f"""岡野様

お世話になっております。日の出産業の石黒です。
下期の貸与資産棚卸につき、貴社でお預かりいただいている金型の現物確認をお願いいたします。

管理番号（16桁）        型名              型番      面数   保管場所
{sixteen('7100')}        ブラケット順送    M-2207A   1      第1工場
{sixteen('7100')}        補強プレート      M-2207B   1      第1工場
{sixteen('7100')}        カバー曲げ        M-2211    2      第2工場
{sixteen('7100')}        フランジ絞り      M-1980    1      外部倉庫

確認結果は同封の確認書にご記入のうえ、12/11 までにご返送ください。
""" + SIG_ISHIGURO,
    expect="pass",
    note="16-digit asset control numbers of dies (not card numbers) with die names",
)

# ==========================================================================================
# 単価改定
# ==========================================================================================

add(  # stop: cost-down request, four suppliers visible (1 in To, 3 in Cc)
    sender=GONDO,
    to=["丸松化成株式会社 営業部 <eigyo@marumatsu-kasei.co.jp>"],
    cc=["eigyo@mitsuboshi-pkg.co.jp", "東邦金属工業 大西様 <onishi.k@toho-kinzoku.co.jp>",
        "大和ケミカル商事 <info@yamato-chem.com>", TANIOKA, ISHIGURO],
    subject="2027年度上期 原価低減活動へのご協力のお願い",
    charset="iso-2022-jp",
    body="""お取引先各位

平素より格別のご高配を賜り、誠にありがとうございます。
日の出産業株式会社 調達本部の権藤でございます。

さて、昨今の原材料・エネルギー価格の動向を踏まえ、弊社では2027年度上期も
お取引先様と共同での原価低減活動（VA/VE提案制度）を継続いたします。

つきましては、12月中旬に説明会を開催いたしますので、資料をご確認のうえ
ご出席をお願い申し上げます。

　日時：2026年12月15日（火）14:00～15:30
　形式：オンライン（URLは別途ご案内）

何卒よろしくお願い申し上げます。
""" + SIG_GONDO,
    attachments=[{"kind": "pptx", "name": "原価低減活動説明会_2027上期.pptx",
                  "slides": [["2027年度上期 原価低減活動", "日の出産業株式会社 調達本部"],
                             ["活動方針", "VA/VE提案の募集", "共同改善テーマの設定", "成果配分ルール"],
                             ["スケジュール", "12月 説明会", "1月 提案受付", "3月 評価・採否決定"]]}],
    expect="stop",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four supplier organisations in To/Cc see each other's addresses: should have been Bcc",
)

add(  # pass: reply to a price revision request, mentioning 社外秘 in running text
    sender=TANIOKA,
    to=["大和ケミカル商事 平田様 <hirata@yamato-chem.com>"],
    subject="RE: 単価改定のお願い（PP樹脂 J-705 他）",
    charset="iso-2022-jp",
    body="""大和ケミカル商事株式会社
平田様

お世話になっております。日の出産業の谷岡です。

単価改定のご要請、拝受いたしました。
ご提示いただいた改定単価表および原価内訳（貴社社外秘とのこと）につきましては、
社内の購買部門限りで取り扱い、他のお取引先様に開示することはございません。

ナフサ価格の推移は弊社でも把握しておりますが、改定幅（+8.5%）については
社内決裁が必要なため、12月第1週にお打合せの時間をいただけますでしょうか。

候補日：12/2（水）10時、12/3（木）15時、12/4（金）13時
""" + SIG_TANIOKA,
    expect="pass",
    note="reply promising to treat the supplier's data as its 社外秘: a mention of the word, not a marking",
)

add(  # pass: price revision workbook with several sheets
    sender=ISHIGURO,
    to=["ナカトミ精工 営業課 堀之内様 <horinouchi@nakatomi-seiko.jp>"],
    subject="単価改定合意内容の送付（2027年1月納入分より適用）",
    charset="iso-2022-jp",
    body="""株式会社ナカトミ精工
堀之内様

先日はお打合せのお時間をいただき、ありがとうございました。
合意いたしました改定単価を一覧にまとめましたので、念のためご確認ください。
相違がなければ、単価改定通知書を正式に発行いたします。

石黒
""" + SIG_ISHIGURO,
    attachments=[{"kind": "xlsx", "name": "単価改定一覧_ナカトミ精工_202701.xlsx",
                  "sheets": {
                      "改定後": [["単価改定一覧（2027年1月1日納入分より適用）"], [],
                              ["品番", "品名", "旧単価", "新単価", "改定率"],
                              ["BSN-1605-480", "ボールねじ", 18400, 19150, "4.1%"],
                              ["BSN-2010-600", "ボールねじ", 26800, 27900, "4.1%"],
                              ["LGR-15-320", "リニアガイド", 9650, 9980, "3.4%"],
                              ["CPL-08", "カップリング", 2140, 2140, "0.0%"]],
                      "改定前": [["品番", "旧単価", "適用開始"], ["BSN-1605-480", 18400, "2025/04/01"],
                              ["BSN-2010-600", 26800, "2025/04/01"], ["LGR-15-320", 9650, "2024/10/01"]],
                      "影響額": [["年間数量", "差額（年）"], [1200, 900000], [400, 440000], [2500, 825000]]}}],
    expect="pass",
    note="price list workbook of parts, several sheets; nothing personal or marked",
)

add(  # pass: internal, comparison sheet marked 社外秘 to the department head
    sender=TANIOKA,
    to=[GONDO],
    cc=[ISHIGURO],
    subject="HK-5530 相見積 比較表（決裁お願いします）",
    charset="iso-2022-jp",
    body="""権藤本部長

HK-5530 フレーム溶接品の相見積結果です。比較表を添付します（社外秘）。
価格は東邦金属が最安ですが、納期と品質実績を踏まえ、ナカトミ精工での発注を推奨します。
ご決裁をお願いいたします。

谷岡
""",
    attachments=[{"kind": "xlsx", "name": "見積比較_HK-5530.xlsx", "page_header": "社外秘",
                  "sheets": {"比較": [["【社外秘】見積比較表 HK-5530"], [],
                                    ["社名", "単価", "型費", "納期", "品質実績"],
                                    ["東邦金属工業", 48200, 350000, "6週", "B"],
                                    ["ナカトミ精工", 51800, 0, "4週", "A"],
                                    ["岡野製作所", "辞退", "", "", ""]]}}],
    expect="pass",
    note="internal only: a 社外秘 comparison sheet to the department head is fine inside the company",
)

add(  # stop: the same kind of 社外秘 comparison sent to a supplier
    sender=TANIOKA,
    to=["ナカトミ精工 堀之内様 <horinouchi@nakatomi-seiko.jp>"],
    subject="RE: 御見積の件（HK-5530 フレーム溶接品）",
    charset="iso-2022-jp",
    body="""堀之内様

お世話になっております。日の出産業の谷岡です。
HK-5530 の件、社内決裁が下りましたので、貴社へ発注させていただく方向です。
内示として数量と納期の条件を添付にまとめましたのでご確認ください。

正式な注文書は来週お送りいたします。
""" + SIG_TANIOKA,
    attachments=[{"kind": "xlsx", "name": "見積比較_HK-5530_決裁済.xlsx", "page_header": "社外秘",
                  "sheets": {"比較": [["【社外秘】見積比較表 HK-5530（決裁済）"], [],
                                    ["社名", "単価", "型費", "納期", "評価"],
                                    ["東邦金属工業", 48200, 350000, "6週", "価格◎ 納期△"],
                                    ["ナカトミ精工", 51800, 0, "4週", "推奨"],
                                    ["岡野製作所", "辞退", "", "", ""]],
                             "内示条件": [["数量", "初回 20台 / 年間 240台"], ["納期", "2027/1/15 初回"]]}}],
    expect="stop",
    detectors=["confidential_marking"],
    note="the internal 社外秘 quote comparison (with competitors' prices) attached to a supplier by mistake",
)

add(  # stop: 極秘 negotiation plan sent to the supplier (autocomplete picked the wrong 丸…)
    sender=GONDO,
    to=["丸松化成 佐伯様 <saeki.j@marumatsu-kasei.co.jp>"],
    subject="【極秘】丸松化成向け 単価交渉方針（案）",
    charset="iso-2022-jp",
    body="""丸山さん

来週の丸松化成との価格交渉の方針案です。社内限りでお願いします。

――――――――――――――――
　極秘／調達本部内限り
――――――――――――――――
1. 目標：主要6品番で平均 4.5% の値下げ（最低ライン 2.0%）
2. 交渉材料：
　・他社見積（東邦金属経由の樹脂成形）で 7% 安い提示あり
　・2027年度の発注量 +15% を条件として提示可
3. 譲歩案：支払サイトを 60日→45日 に短縮
4. 決裂時：HK-C220 を 2027年7月までに他社へ切替準備

権藤
""",
    expect="stop",
    detectors=["confidential_marking"],
    note="document stamped 極秘 (internal negotiation plan) addressed to the supplier it is about",
)

add(  # pass: HTML-only mail with a price table of food items
    sender=YONEKURA,
    to=["北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>"],
    subject="社員食堂 12月分 食材単価のご確認",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif">
<p>北国フーズ株式会社<br>営業部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 購買二課の米倉です。<br>
12月分の食材について、先日いただいた単価で下記のとおり発注予定です。ご確認ください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#ddeeff"><th>品目</th><th>規格</th><th>単位</th><th>単価（税抜）</th><th>予定数量</th></tr>
<tr><td>北海道産 じゃがいも</td><td>L玉</td><td>10kg</td><td>2,380</td><td>24</td></tr>
<tr><td>玉ねぎ</td><td>M玉</td><td>20kg</td><td>3,150</td><td>18</td></tr>
<tr><td>秋鮭フィレ</td><td>冷凍 1kg</td><td>kg</td><td>1,980</td><td>40</td></tr>
<tr><td>鶏もも肉</td><td>冷凍 2kg</td><td>kg</td><td>890</td><td>120</td></tr>
<tr><td>ゆめぴりか 精米</td><td>10kg袋</td><td>袋</td><td>5,600</td><td>30</td></tr>
</table>
<p>年末は12/25が最終納品となります。よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 購買部 購買二課<br>米倉 七海<br>TEL 03-5542-7718</p>
</body></html>""",
    expect="pass",
    note="HTML-only mail with a table of food items and prices to a partner; not people",
)

add(  # stop: partner printer's domain with a letter dropped
    sender=YONEKURA,
    to=["錦印刷 営業 浜口様 <hamaguchi@nishiki-insatu.co.jp>"],
    subject="会社案内パンフレット 増刷のお願い（5,000部）",
    charset="iso-2022-jp",
    body="""錦印刷株式会社
浜口様

お世話になっております。日の出産業 購買二課の米倉です。
昨年作成いただいた会社案内パンフレットの増刷をお願いしたく、ご連絡いたしました。

　・部数：5,000部
　・仕様：前回と同じ（A4 16頁 中綴じ、コート135kg）
　・修正：p.14 の拠点一覧（大阪営業所の移転）のみ
　・希望納期：2027年1月20日

修正データは来週お送りいたします。御見積をお願いできますでしょうか。
""" + SIG_YONEKURA,
    expect="stop",
    detectors=["lookalike_domain"],
    note="partner nishiki-insatsu.co.jp mistyped as nishiki-insatu.co.jp (one letter dropped)",
)

add(  # pass: JAN codes (13 digits) to the printer, correct domain
    sender=YONEKURA,
    to=["錦印刷 浜口様 <hamaguchi@nishiki-insatsu.co.jp>"],
    subject="個装箱 印刷データ JANコード差し替えの件",
    charset="iso-2022-jp",
    body="""浜口様

お世話になっております。米倉です。
個装箱の版下につき、JANコードを下記に差し替えをお願いいたします。

　HS-C12W（ホワイト）　4589721340122
　HS-C12B（ブラック）　4589721340139
　HS-C12G（グレー）　　4589721340146

色校正は12/8着でお願いできれば幸いです。
""" + SIG_YONEKURA,
    expect="pass",
    note="13-digit JAN product codes to the partner printer; no corporate or personal numbers",
)

add(  # pass: invoice query with the supplier's T-number
    sender=YONEKURA,
    to=["三星パッケージ 経理課 <keiri@mitsuboshi-pkg.co.jp>"],
    subject="10月分ご請求書の登録番号について",
    charset="iso-2022-jp",
    body=f"""三星パッケージ株式会社
経理課 ご担当者様

日の出産業 購買二課の米倉です。
10月分のご請求書（No. MP-2610-0388）を拝受いたしました。

記載の適格請求書発行事業者登録番号が「T{MITSUBOSHI_CORP}」となっており、
弊社マスタに登録されている番号と末尾が異なっております。
国税庁の公表サイトでも確認いたしましたが、念のため正しい番号をご教示いただけますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_YONEKURA,
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    note="invoice question quoting the supplier's qualified-invoice T-number (a corporate number)",
)

add(  # pass: supplier bank account change (company account)
    sender=YONEKURA,
    to=["大和ケミカル商事 経理部 <keiri@yamato-chem.com>"],
    subject="振込先口座変更のご確認",
    charset="shift_jis",
    body="""大和ケミカル商事株式会社
経理部 御中

いつもお世話になっております。日の出産業 購買二課の米倉でございます。

先日郵送いただいた「振込先口座変更届」につき、念のため内容を確認させてください。

　変更後：みどり銀行　京橋支店　普通預金　3318207
　口座名義：ヤマトケミカルシヨウジ（カ
　適用開始：2027年1月支払分より

最近、取引先を装った口座変更の詐欺メールが増えているため、
お電話（代表番号）でも確認させていただく予定です。ご了承ください。
""" + SIG_YONEKURA,
    expect="pass",
    note="a company's bank account on a change notice: business data, not a person's",
)

add(  # pass: freelance translator on free mail, mentions My Number card but carries none
    sender=CHIJIIWA,
    to=["竹之内 彩 <aya.takenouchi.trans@yahoo.co.jp>"],
    subject="翻訳業務（仕入先監査報告書 英訳）のご請求について",
    charset="iso-2022-jp",
    body="""竹之内 彩 様

いつも丁寧な翻訳をありがとうございます。日の出産業 調達部の千々岩です。

11月分の翻訳料のご請求書は、12/5 までにPDFでお送りください。
なお、インボイス登録をされていない旨、承知しております。

以前ご質問いただいた件ですが、マイナンバー（個人番号）のご提出は経理部から
年明けに専用の書類でお願いする予定ですので、メールでは絶対にお送りにならないでください。
マイナンバーカードのコピーも不要です。

引き続きよろしくお願いいたします。
""" + SIG_CHIJIIWA,
    expect="pass",
    detectors=["freemail_recipient"],
    note="one free-mail freelancer; mentions マイナンバー without carrying any number",
)

add(  # stop: freelancer's My Number sent to the tax accountant
    sender=TANIOKA,
    to=["山吹税理士法人 支払調書担当 <shiharai@yamabuki-tax.jp>"],
    subject="支払調書作成用：外注先（個人）の情報送付",
    charset="iso-2022-jp",
    body=f"""山吹税理士法人
ご担当者様

お世話になっております。日の出産業 資材調達課の谷岡です。
支払調書の作成に必要な外注先（個人事業主）の情報が揃いましたので、お送りいたします。

　氏名　　：菅生 みのり（すごう みのり）
　住所　　：神奈川県藤沢市鵠沼海岸4丁目18-7 ハイツ鵠沼203
　個人番号：{my_number(SEED + 0)[:4]} {my_number(SEED + 0)[4:8]} {my_number(SEED + 0)[8:]}
　支払金額：1,842,000円（2026年1月～12月、機械設計外注費）

よろしくお願いいたします。
""" + SIG_TANIOKA,
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a freelancer's My Number with name and address sent to an external accounting firm",
)

add(  # pass: internal, the same kind of My Number handover to accounting
    sender=TANIOKA,
    to=["経理部 支払グループ <shiharai@hinode-sangyo.co.jp>"],
    subject="外注先個人番号の回付（機械設計外注 1名）",
    charset="iso-2022-jp",
    body=f"""経理部 支払グループ各位

資材調達課 谷岡です。
機械設計外注（個人）の番号確認が済みましたので回付します。

　氏名：鳩貝 亮介
　住所：埼玉県所沢市東狭山ケ丘2-2981-14
　個人番号：{my_number(SEED + 1)}
　本人確認：マイナンバーカード（表裏）を11/18 に対面で確認済み

受領後、こちらのメールは削除します。
""",
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    note="My Number passed to the accounting department: all recipients internal",
)

add(  # stop: corporate card number in the body, full-width digits
    sender=YONEKURA,
    to=["工具ダイレクト 受注センター <order@kougu-direct.jp>"],
    subject="ご注文品の決済について（注文番号 KD-2611-40932）",
    charset="iso-2022-jp",
    body=f"""工具ダイレクト株式会社
受注センター ご担当者様

お世話になっております。日の出産業 購買二課の米倉です。
ご案内いただいた件、サイトのカード決済がエラーとなるため、下記でご処理をお願いできますでしょうか。

　注文番号：KD-2611-40932
　カード番号：{zen(fmt_card(card_number(SEED + 0)))}
　有効期限：０９／２９
　名義：HINODE SANGYO CO LTD

決済完了後、領収書をPDFでお送りいただけますと助かります。
""" + SIG_YONEKURA,
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="a corporate credit card number (full-width digits) written in mail to an online shop",
)

add(  # pass: card mentioned only by its last four digits
    sender=YONEKURA,
    to=["工具ダイレクト 受注センター <order@kougu-direct.jp>"],
    subject="Re: ご注文品の決済について（注文番号 KD-2611-41107）",
    charset="iso-2022-jp",
    body="""工具ダイレクト株式会社
受注センター ご担当者様

日の出産業の米倉です。
カード番号をメールでお知らせすることは社内規程で禁止されておりますので、
お手数ですが、お電話（03-5542-7718）でご確認いただけますでしょうか。
登録済みの法人カード（末尾 4471、有効期限 2029年9月）での決済で問題ございません。

よろしくお願いいたします。
""" + SIG_YONEKURA,
    expect="pass",
    note="card referred to by its last four digits only; a careless guard might see 'カード番号'",
)

# ==========================================================================================
# サプライヤー監査
# ==========================================================================================

add(  # pass: audit schedule with three auditors' mobiles (may warn)
    sender=WATABE,
    to=["ナカトミ精工 品質保証部 宮坂様 <miyasaka@nakatomi-seiko.jp>"],
    subject="サプライヤー監査（定期）日程と訪問者のご連絡",
    charset="iso-2022-jp",
    body="""株式会社ナカトミ精工
品質保証部　宮坂様

いつもお世話になっております。日の出産業 品質保証部の渡部です。
先日調整いただいた定期監査の日程と訪問者をご連絡いたします。

　日時：2026年12月9日（水）9:30～16:30
　場所：貴社 松本工場
　訪問者（3名）および当日の連絡先：
　　渡部 さやか　品質保証部　携帯 080-2247-6631
　　四十物 啓介　購買部　　　携帯 090-8814-0572
　　汐見 優斗　　品質保証部　携帯 070-4420-9163

車1台（品川 300 ね 48-21）で伺います。駐車場のご用意をお願いいたします。
""" + SIG_WATABE,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three visitors with their mobiles to the audited supplier: a short list, may be warned",
)

add(  # pass: audit checklist docx mentioning 個人情報 and 機密情報 as audit items
    sender=WATABE,
    to=["東邦金属工業 品質管理課 <qc@toho-kinzoku.co.jp>"],
    subject="監査チェックリスト（事前記入のお願い）",
    charset="iso-2022-jp",
    body="""東邦金属工業株式会社
品質管理課 ご担当者様

日の出産業 品質保証部の渡部です。
12月の二者監査に先立ち、チェックリストの事前記入をお願いいたします。
今回から「情報セキュリティ」の項目を追加しております（機密情報・個人情報の管理体制の確認）。

ご記入後、12/1 までにご返送ください。
""" + SIG_WATABE,
    attachments=[{"kind": "docx", "name": "二者監査チェックリスト_2026下期.docx",
                  "title": "二者監査チェックリスト",
                  "paragraphs": ["二者監査チェックリスト（2026年度下期）",
                                 "記入要領：各項目について「適合／一部適合／不適合」を選択し、根拠資料名を記入してください。"],
                  "tables": [[["No", "区分", "確認項目", "自己評価", "根拠資料"],
                              ["1", "品質", "工程FMEAは最新版に更新されているか", "", ""],
                              ["2", "品質", "不適合品の識別・隔離ルールはあるか", "", ""],
                              ["3", "環境", "RoHS/REACH 含有調査に回答できる体制か", "", ""],
                              ["4", "情報", "顧客図面など機密情報の保管・廃棄ルールはあるか", "", ""],
                              ["5", "情報", "従業員の個人情報の取扱規程はあるか", "", ""],
                              ["6", "安全", "作業者の健康診断を年1回実施しているか", "", ""]]]}],
    expect="pass",
    note="blank audit checklist: mentions 機密情報, 個人情報 and 健康診断 as topics, carries none",
)

add(  # pass: request for a worker roster + empty template
    sender=KUREBAYASHI,
    to=["岡野製作所 岡野様 <okano@okano-ss.co.jp>"],
    subject="構内作業に伴う作業員名簿のご提出のお願い",
    charset="iso-2022-jp",
    body="""岡野様

お世話になっております。日の出産業 設備課の榑林です。
12月の治具改造工事に伴い、構内に入られる作業員の方の名簿をご提出ください。

　記入項目：氏名・生年月日・血液型・緊急連絡先・直近の健康診断受診日・保有資格
　提出期限：12/4（金）
　提出方法：郵送または持参（メールでの送付はご遠慮ください）

様式を添付いたします（記入例なし）。
""" + SIG_KUREBAYASHI,
    attachments=[{"kind": "xlsx", "name": "作業員名簿_様式.xlsx",
                  "sheets": {"名簿": [["作業員名簿（日の出産業 狭山工場 構内作業用）"], [],
                                    ["No", "氏名", "フリガナ", "生年月日", "血液型", "緊急連絡先",
                                     "健康診断受診日", "保有資格"],
                                    [1], [2], [3], [4], [5]],
                             "注意事項": [["・本名簿は入構管理以外の目的には使用しません。"],
                                      ["・提出はメール以外の方法でお願いします。"]]}}],
    expect="pass",
    note="asks for a roster and attaches an empty template: field names, no records",
)

add(  # stop: supplier workers with health check findings, to an outside consultant
    sender=WATABE,
    to=["臨港安全衛生コンサルタント 大庭様 <ohba@rinko-anzen.co.jp>"],
    subject="ナカトミ精工 監査資料（作業者一覧・健診結果）",
    charset="iso-2022-jp",
    body="""臨港安全衛生コンサルタント
大庭様

お世話になっております。日の出産業 品質保証部の渡部です。
来週のナカトミ精工 松本工場の安全衛生監査に向け、先方から提出のあった
研削工程の作業者一覧（健診結果付き）をお送りします。
有所見者の配置について、ご見解をいただけますと幸いです。
""" + SIG_WATABE,
    attachments=[{"kind": "xlsx", "name": "ナカトミ精工_研削工程_作業者一覧.xlsx",
                  "sheets": {"作業者": [["研削工程 作業者一覧（2026年10月時点）"], [],
                                     ["社員番号", "氏名", "生年月日", "配属", "健診結果", "所見"],
                                     ["N0312", "宮下 敏夫", "1968/04/11", "研削1班", "要精密検査", "胸部X線 異常陰影"],
                                     ["N0455", "小野寺 信", "1975/09/02", "研削1班", "異常なし", ""],
                                     ["N0487", "矢作 里美", "1981/12/25", "研削2班", "要経過観察", "高血圧"],
                                     ["N0521", "五味 拓真", "1990/06/30", "研削2班", "要治療", "糖尿病（通院中）"],
                                     ["N0566", "ファム・ヴァン・ロン", "1997/03/14", "研削2班", "異常なし", ""],
                                     ["N0590", "桐生 瑞穂", "1993/08/08", "検査", "要経過観察", "難聴（4000Hz）"],
                                     ["N0604", "塙 一郎", "1959/11/19", "研削1班", "要精密検査", "心電図 異常"]],
                             "集計": [["区分", "人数"], ["異常なし", 2], ["要経過観察", 2], ["要精密検査・要治療", 3]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="seven named workers with birth dates and health check findings sent to an outside consultant",
)

add(  # pass: audit findings with anonymous accident statistics
    sender=WATABE,
    to=["丸松化成 品質保証課 <qa@marumatsu-kasei.co.jp>"],
    subject="二者監査 指摘事項のご連絡（栃木工場）",
    charset="utf-8",
    body="""丸松化成株式会社
品質保証課 ご担当者様

先日の二者監査ではご対応いただきありがとうございました。
指摘事項を下記にまとめましたので、是正計画を12/18までにご提出ください。

【指摘事項】
 (1) 成形条件表の改訂履歴が現場掲示版と不一致（軽微）
 (2) 金型保全記録に点検者の押印漏れ 3件（軽微）
 (3) 安全衛生：2026年度の休業災害 1件（成形機取出し時の手指の挟まれ、休業12日）について、
     再発防止策（安全カバーのインターロック化）の完了確認ができていない（要是正）
 (4) 図面の保管：顧客図面に機密区分の表示がないものが散見された（観察事項）

【良好事項】
 ・5S 活動の定着、日次の不良率グラフの掲示

以上、よろしくお願いいたします。
""" + SIG_WATABE,
    expect="pass",
    note="audit findings: an anonymous accident count and a remark about 機密区分 labels; no person, no marking",
)

add(  # pass: lunch arrangement mentioning religion and allergies in general
    sender=WATABE,
    to=["三星パッケージ 品質管理 松永様 <matsunaga@mitsuboshi-pkg.co.jp>"],
    subject="工程監査当日の昼食について",
    charset="iso-2022-jp",
    body="""三星パッケージ株式会社
松永様

お世話になっております。渡部です。
12/10 の工程監査当日、お昼は弊社で仕出し弁当を手配いたします（貴社ご出席の方の分も含めて6名分）。

宗教上の理由やアレルギー、健康上の理由などで食事に制限のある方がいらっしゃいましたら、
12/4 までに人数と内容（例：豚肉不可、卵不可）のみお知らせください。
お名前までは不要です。
""" + SIG_WATABE,
    expect="pass",
    note="mentions religion and allergies in general, asks for no names: no sensitive data of anyone",
)

add(  # stop: audit evaluation PDF stamped 取扱注意・社内限り sent to the supplier
    sender=WATABE,
    to=["ナカトミ精工 品質保証部 宮坂様 <miyasaka@nakatomi-seiko.jp>"],
    subject="サプライヤー監査結果のご報告",
    charset="iso-2022-jp",
    body="""宮坂様

お世話になっております。日の出産業 品質保証部の渡部です。
先日の定期監査の結果をお送りいたします。
指摘事項への是正計画を、年内にご提出いただけますでしょうか。
""" + SIG_WATABE,
    attachments=[{"kind": "pdf", "name": "監査結果_ナカトミ精工_202612.pdf",
                  "page_header": "取扱注意・社内限り", "page_footer": "日の出産業 品質保証部 取扱注意",
                  "lines": ["サプライヤー評価報告書（ナカトミ精工 松本工場）", "総合評価：C（条件付き継続）",
                            "品質 62点 / 納期 81点 / コスト 70点 / 体制 55点",
                            "所見：是正が半年以内に完了しない場合、BSN系の代替先（東邦金属工業）の認定を開始する。",
                            "購買部意見：2027年度の発注シェアを 70% → 50% に引き下げ予定。"]}],
    expect="stop",
    detectors=["confidential_marking"],
    note="internal supplier evaluation stamped 取扱注意・社内限り attached to mail to that supplier",
)

add(  # pass: NDA draft for a new supplier
    sender=TANIOKA,
    to=["株式会社ソラノテック 営業部 新垣様 <arakaki@sorano-tech.co.jp>"],
    subject="秘密保持契約書（案）のご送付",
    charset="iso-2022-jp",
    body="""株式会社ソラノテック
営業部　新垣様

先日はご来社いただき、ありがとうございました。日の出産業の谷岡です。
図面をご提示して御見積をお願いするにあたり、先に秘密保持契約（NDA）を締結させてください。
弊社ひな形を添付いたしますので、貴社法務部門でご確認をお願いいたします。

修正のご要望は、変更履歴を残した形でお戻しいただけますと助かります。
""" + SIG_TANIOKA + DISC_JP,
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_ソラノテック.docx", "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）と株式会社ソラノテック（以下「乙」という。）は、"
                                 "甲乙間の取引の検討にあたり開示される秘密情報の取扱いについて、次のとおり契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した技術上・営業上の情報をいう。",
                                 "第2条（秘密保持義務）受領者は、秘密情報を第三者に開示・漏えいしてはならない。",
                                 "第3条（有効期間）本契約の有効期間は締結日から3年間とする。"]}],
    expect="pass",
    note="mail about an NDA with a draft contract; the word 秘密 is the contract's subject, not a stamp",
)

add(  # pass: deck rebuilt because the original was Internal Only
    sender=ISHIGURO,
    to=["丸松化成 営業部 佐伯様 <saeki.j@marumatsu-kasei.co.jp>"],
    subject="取引先説明会資料（お取引先様向け版）",
    charset="iso-2022-jp",
    body="""佐伯様

お世話になっております。石黒です。
先日ご依頼いただいた説明会資料の件、元の資料は Internal Only 扱いになっていたため、
お取引先様向けに内容を整理して作り直しました。こちらは社外にお渡しいただいて問題ございません。

貴社内での共有にお使いください。
""" + SIG_ISHIGURO,
    attachments=[{"kind": "pptx", "name": "取引先説明会_2027年度調達方針_社外向け.pptx",
                  "slides": [["2027年度 調達方針（お取引先様向け）", "日の出産業株式会社 調達本部"],
                             ["重点テーマ", "BCP：複数拠点での生産体制", "環境：CO2排出量の開示", "品質：不良率 50ppm以下"],
                             ["お願い事項", "EDI 化の推進", "含有化学物質調査へのご協力"]]}],
    expect="pass",
    note="says the original was 'Internal Only' but attaches a cleaned external version without markings",
)

add(  # pass: mentions 社外秘 as a reason for not attaching
    sender=TANIOKA,
    to=["ナカトミ精工 堀之内様 <horinouchi@nakatomi-seiko.jp>"],
    subject="RE: 組立要領書のご提供について",
    charset="iso-2022-jp",
    body="""堀之内様

お世話になっております。谷岡です。
ご依頼の組立要領書ですが、弊社規程上「社外秘」区分の文書のため、メールでの送付は控えさせてください。
12/8 のご来社時に会議室で閲覧いただく形でいかがでしょうか。

必要な寸法・トルク値のみ抜き出した資料は別途ご用意いたします。
""" + SIG_TANIOKA,
    expect="pass",
    note="explains that a document is 社外秘 and is NOT attached: a mention, not a marked document",
)

add(  # stop: Vietnamese intern's residence card number to the security company
    sender=KUREBAYASHI,
    to=["帝都警備保障 狭山工場警備隊 <sayama-post@teito-keibi.co.jp>"],
    subject="12/3 構内作業者 入構許可申請（外国籍作業者 1名）",
    charset="utf-8",
    body=f"""帝都警備保障株式会社
狭山工場警備隊 隊長殿

設備課 榑林です。
12/3（木）の成形機据付に、丸松化成様の作業者として外国籍の方が1名入構されます。
規程により在留カードの確認が必要なため、事前に情報をお送りします。

　氏名　　　　：NGUYEN THI HOA（グエン・ティ・ホア）
　所属　　　　：丸松化成株式会社 栃木工場
　在留カード番号：{rng.choice('ABDEFGHJKLMN')}{rng.choice('ABDEFGHJKLMN')}{_digits(8)}{rng.choice('ABDEFGHJKLMN')}{rng.choice('ABDEFGHJKLMN')}
　在留期限　　：2028年3月14日
　入構時間　　：8:30～17:30

当日は守衛所で原本の確認をお願いいたします。
""" + SIG_KUREBAYASHI,
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a named worker's 在留カード number sent to an outside security company",
)

add(  # stop: roster of one subcontractor worker with insurance and pension numbers (docx)
    sender=KUREBAYASHI,
    to=["三光建設 工事部 作業所 <sayama-site@sanko-kensetsu.co.jp>"],
    subject="新規入場者 作業員名簿の送付（電気設備工事 1名）",
    charset="iso-2022-jp",
    body="""三光建設株式会社
狭山工場増築工事 作業所 ご担当者様

お世話になっております。日の出産業 設備課の榑林です。
弊社手配の電気設備業者より、新規入場者1名の作業員名簿が届きましたので転送いたします。
新規入場者教育は 12/7 朝でお願いいたします。
""" + SIG_KUREBAYASHI,
    attachments=[{"kind": "docx", "name": "作業員名簿_新規入場_1207.docx", "title": "作業員名簿",
                  "paragraphs": ["作業員名簿（全建統一様式第5号 準拠）", "事業所名：有限会社 ひばり電設"],
                  "tables": [[["項目", "内容"],
                              ["氏名", "曽我部 達也（そがべ たつや）"],
                              ["生年月日", "昭和６３年２月１９日"],
                              ["現住所", "埼玉県入間市豊岡5丁目7-23"],
                              ["健康保険", f"協会けんぽ 記号 {_digits(8)} 番号 {rng.randrange(10, 400)}"],
                              ["年金保険", f"厚生年金 基礎年金番号 {_digits(4)}-{_digits(6, False)}"],
                              ["雇用保険", "被保険者番号 下4桁 3381"],
                              ["資格", "第二種電気工事士、高所作業車（10m未満）"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE",
              "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="one worker's health insurance symbol/number and basic pension number sent to the general contractor",
)

add(  # stop: the sender's own passport to the travel agency
    sender=CHIJIIWA,
    to=["たびビズ 法人営業 <hojin@tabi-biz.co.jp>"],
    subject="ベトナム出張 航空券手配のお願い（サプライヤー監査）",
    charset="iso-2022-jp",
    body=f"""たびビズ株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 調達部の千々岩です。
サプライヤー監査のため、下記の航空券手配をお願いいたします。

　渡航者　：CHIJIIWA KEN（千々岩 健）
　生年月日：1984年7月22日
　旅券番号：T{rng.choice('KRSZ')}{_digits(7)}（有効期限 2031年3月2日）
　行程　　：12/14 NRT → HAN、12/18 HAN → NRT
　座席　　：エコノミー、通路側希望

請求は法人請求（部署コード P-210）でお願いいたします。
""" + SIG_CHIJIIWA,
    expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="passport number with date of birth sent to a travel agency (an identity document, even the sender's own)",
)

add(  # pass: hotel booking for visiting supplier staff, names only
    sender=WATABE,
    to=["さくらホテル 法人予約 <corporate@sakura-hotel.jp>"],
    subject="法人契約 宿泊予約のお願い（12/8～12/10 3名）",
    charset="iso-2022-jp",
    body="""さくらホテル 法人予約ご担当者様

いつもお世話になっております。日の出産業株式会社 品質保証部の渡部です。
お取引先様の来社に伴い、下記のとおり宿泊予約をお願いいたします。

　宿泊日：2026年12月8日（火）～12月10日（木）2泊
　部屋　：シングル（禁煙）3室
　宿泊者：ナカトミ精工 宮坂 様／堀之内 様／汐崎 様
　精算　：法人契約（日の出産業 品質保証部）にて請求書払い

よろしくお願いいたします。
""" + SIG_WATABE,
    expect="pass",
    note="hotel booking naming three guests with no other data about them",
)

add(  # pass: English meeting mail with foreign supplier and customs broker
    sender=CHIJIIWA,
    to=["Tran Quoc Bao <bao.tran@minhphat-precision.com>"],
    cc=["関東通関 輸入課 <yunyu@kanto-tsukan.co.jp>", SAMEJIMA],
    subject="First shipment HS-S0412: documents and customs clearance",
    charset="utf-8",
    body="""Dear Mr. Bao,
(cc: Kanto Tsukan, our customs broker)

For the first shipment of HS-S0412 (ETD Hai Phong 8 Jan), please send the
commercial invoice, packing list and certificate of origin (Form VJ) to
Kanto Tsukan by 10 Jan, with a copy to us.

関東通関 ご担当者様：
上記の初回輸入につき、EPA税率の適用可否の事前確認をお願いいたします。
HSコードは 8483.10 を想定しております。
""" + SIG_CHIJIIWA,
    expect="pass",
    detectors=["multiple_external_domains"],
    note="foreign supplier and customs broker in one mail: two external organisations",
)

add(  # pass: pickup request to the carrier, correct domain
    sender=SAMEJIMA,
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="集荷依頼（11/20 狭山工場 → 大阪DC）",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
配車センター ご担当者様

いつもお世話になっております。日の出産業 物流課の鮫島です。
下記のとおり集荷をお願いいたします。

　集荷日時：11月20日（金）13:00
　集荷先　：日の出産業 狭山工場 第2倉庫（埼玉県狭山市水野字中原612-3）
　届け先　：日の出産業 大阪DC（大阪府茨木市彩都あさぎ7-2-18）
　荷姿　　：パレット 6枚（1,100×1,100、総重量 約2.8t）
　車両　　：4t ウイング車 1台
　現地連絡先：物流課 鮫島（上記署名の携帯）

よろしくお願いいたします。
""" + SIG_SAMEJIMA,
    expect="pass",
    note="pickup request to a partner carrier; company sites only",
)

add(  # stop: the same kind of pickup to aoba-unyu.jp (co. dropped)
    sender=SAMEJIMA,
    to=["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
    subject="集荷依頼（12/4 狭山工場 → 仙台営業所）",
    charset="iso-2022-jp",
    body="""青葉運輸 配車センター様

お世話になっております。日の出産業の鮫島です。
12/4 の集荷をお願いいたします。

・集荷：12/4（金）10:00　狭山工場 第1倉庫
・届け先：日の出産業 仙台営業所（宮城県仙台市宮城野区扇町6-3-12）
・荷物：パレット3枚、約1.1t
・車両：4t車

鮫島
""",
    expect="stop",
    detectors=["lookalike_domain"],
    note="partner aoba-unyu.co.jp written as aoba-unyu.jp (the co. dropped)",
)

add(  # pass: tracking numbers (12 digits, not My Numbers)
    sender=ROKKAKU,
    to=["東邦金属工業 品質管理課 <qc@toho-kinzoku.co.jp>"],
    subject="不適合品 返却のご連絡（送り状番号）",
    charset="iso-2022-jp",
    body=f"""東邦金属工業 品質管理課 ご担当者様

狭山工場 資材課の六角です。
先日ご連絡した不適合品を、本日下記のとおり返却いたしました。

　個口1：{twelve()}（HS-2107-A 120個）
　個口2：{twelve()}（HS-2107-A 95個）
　個口3：{twelve()}（HS-2107-C 40個）

配達予定は明日午前です。到着後、受領のご連絡をいただけますと幸いです。
""" + SIG_ROKKAKU,
    expect="pass",
    note="12-digit parcel tracking numbers with part numbers; not My Numbers",
)

add(  # stop: driver list in bullets with mobiles (six drivers)
    sender=SAMEJIMA,
    to=["東邦金属工業 総務課 守衛担当 <soumu@toho-kinzoku.co.jp>"],
    subject="11/18 引取便 入構者のご連絡（日の出産業 手配分）",
    charset="iso-2022-jp",
    body="""東邦金属工業株式会社
総務課 ご担当者様

日の出産業 物流課の鮫島です。
11/18（水）の引取便で貴社 川口工場に伺う乗務員は下記のとおりです。
守衛所への事前登録をお願いいたします。

・沼田 健一（ぬまた けんいち）　携帯 090-3318-4402　車番 所沢 100 か 23-41
・五十嵐 隆之（いがらし たかゆき）　携帯 080-2297-5810　車番 所沢 100 か 23-42
・比嘉 勇作（ひが ゆうさく）　携帯 070-1184-3326　車番 所沢 130 あ 71-08
・東海林 涼（しょうじ りょう）　携帯 080-5530-7761　車番 大宮 100 さ 90-15
・仲宗根 大地（なかそね だいち）　携帯 090-4409-2285　車番 大宮 100 さ 90-16
・宇賀神 拓（うがじん たく）　携帯 080-6720-3394　車番 所沢 400 ぬ 5-27

いずれも青葉運輸株式会社の乗務員です。
""" + SIG_SAMEJIMA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six drivers' names and personal mobiles in a bullet list sent to a supplier's plant",
)

add(  # pass: four drivers, names and mobiles (may warn)
    sender=SAMEJIMA,
    to=["ナカトミ精工 出荷係 <shukka@nakatomi-seiko.jp>"],
    subject="12/2 引取 乗務員連絡先",
    charset="shift_jis",
    body="""ナカトミ精工 出荷係 ご担当者様

鮫島です。12/2 の引取は下記4名で伺います。
遅延等があれば直接ご連絡ください。

  氏名          携帯
  ------------  -------------
  沼田 健一     090-3318-4402
  比嘉 勇作     070-1184-3326
  東海林 涼     080-5530-7761
  宇賀神 拓     080-6720-3394

よろしくお願いします。
""" + SIG_SAMEJIMA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four drivers with mobiles: under five people, may be warned but must go",
)

add(  # stop: driver licence roster as XLSX to a partner's plant
    sender=SAMEJIMA,
    to=["川崎電機 横浜工場 守衛室 <gate-yokohama@kawasaki-denki.co.jp>"],
    cc=[ISHIGURO],
    subject="構内入構申請（運転者名簿）の提出 — 12月 定期便",
    charset="iso-2022-jp",
    body="""川崎電機株式会社 横浜工場
守衛室 ご担当者様

お世話になっております。日の出産業 物流課の鮫島です。
12月の定期便（毎週火・金）の入構申請として、運転者名簿を添付いたします。
貴社規程により免許証番号を記載しております。
""" + SIG_SAMEJIMA,
    attachments=[{"kind": "xlsx", "name": "運転者名簿_202612_川崎電機横浜.xlsx",
                  "sheets": {
                      "運転者名簿": [["構内入構申請 運転者名簿（2026年12月分）", "", "", "", "日の出産業株式会社"], [],
                                ["No", "氏名", "フリガナ", "生年月日", "運転免許証番号", "携帯電話"],
                                [1, "沼田 健一", "ヌマタ ケンイチ", "S53.10.4", twelve("30"), "090-3318-4402"],
                                [2, "五十嵐 隆之", "イガラシ タカユキ", "S61.2.27", twelve("30"), "080-2297-5810"],
                                [3, "比嘉 勇作", "ヒガ ユウサク", "H2.7.15", twelve("45"), "070-1184-3326"],
                                [4, "東海林 涼", "ショウジ リョウ", "H8.11.3", twelve("45"), "080-5530-7761"],
                                [5, "仲宗根 大地", "ナカソネ ダイチ", "H5.5.21", twelve("30"), "090-4409-2285"],
                                [6, "宇賀神 拓", "ウガジン タク", "S58.4.2", twelve("46"), "080-6720-3394"]],
                      "車両": [["車番", "車種", "最大積載量"], ["所沢 100 か 23-41", "4t ウイング", "3,800kg"],
                              ["大宮 100 さ 90-15", "10t ウイング", "9,600kg"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="roster of six drivers with birth dates (和暦), licence numbers and mobiles to an external plant",
)

add(  # pass: internal, the driver licence roster between logistics and the plant
    sender=SAMEJIMA,
    to=["狭山工場 守衛所 <gate@sayama.hinode-sangyo.co.jp>"],
    subject="12月 外部乗務員の入構登録（青葉運輸 3名）",
    charset="iso-2022-jp",
    body=f"""狭山工場 守衛所 各位

物流課 鮫島です。12月から青葉運輸の乗務員が3名交代します。入構登録をお願いします。

 氏名          生年月日      免許証番号       携帯
 ------------  ------------  --------------  -------------
 諸星 和馬     1991/02/08    {twelve('30')}    090-2418-7735
 阿波根 瞳     1996/10/30    {twelve('47')}    080-3905-1162
 真栄田 剛     1979/06/17    {twelve('30')}    070-6631-2058

よろしくお願いします。
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    note="driver licence details sent to the company's own plant gate (internal subdomain only)",
)

add(  # pass: reply quoting the carrier's crew list in Outlook style
    sender=SAMEJIMA,
    to=["青葉運輸 配車係 中道様 <nakamichi@aoba-unyu.co.jp>"],
    subject="RE: 12月 定期便 乗務員一覧",
    charset="iso-2022-jp",
    body="""中道様

乗務員一覧、確かに拝受しました。ありがとうございます。
狭山工場の守衛所に登録しておきます。
12/1 の初便のみ、積込開始が30分遅れて 9:30 となりますのでご承知おきください。

鮫島

差出人: 中道 浩 <nakamichi@aoba-unyu.co.jp>
送信日時: 2026年11月25日 16:08
宛先: 鮫島 大輔 <samejima.daisuke@hinode-sangyo.co.jp>
件名: 12月 定期便 乗務員一覧

日の出産業 鮫島様

12月の定期便の乗務員一覧です。

沼田 健一　090-3318-4402
五十嵐 隆之　080-2297-5810
比嘉 勇作　070-1184-3326
東海林 涼　080-5530-7761
仲宗根 大地　090-4409-2285
宇賀神 拓　080-6720-3394

青葉運輸株式会社 配車係 中道
""",
    expect="pass",
    note="the six-person crew list is only in the quoted mail the carrier itself sent; new text has none",
)

add(  # stop: the carrier's crew list forwarded as an attached mail to another carrier
    sender=SAMEJIMA,
    to=["北斗ロジスティクス 営業所 <sayama-eigyo@hokuto-logi.co.jp>"],
    subject="FW: 12月 定期便 乗務員一覧（代替便ご検討の参考）",
    charset="iso-2022-jp",
    body="""北斗ロジスティクス 狭山営業所 ご担当者様

日の出産業 物流課の鮫島です。
先日ご相談した代替便の件、現行の運送会社の体制（車両台数・乗務員数）の参考として、
先方からのメールを添付します。同規模の体制が組めるかご検討いただけますでしょうか。
""" + SIG_SAMEJIMA,
    attachments=[{"kind": "eml", "name": "12月 定期便 乗務員一覧.eml",
                  "message": {
                      "sender": "中道 浩 <nakamichi@aoba-unyu.co.jp>",
                      "to": [SAMEJIMA],
                      "subject": "12月 定期便 乗務員一覧",
                      "charset": "iso-2022-jp",
                      "body": """日の出産業 鮫島様

12月の定期便の乗務員と車両です。

沼田 健一　090-3318-4402　4t（所沢 100 か 23-41）
五十嵐 隆之　080-2297-5810　4t（所沢 100 か 23-42）
比嘉 勇作　070-1184-3326　4t（所沢 130 あ 71-08）
東海林 涼　080-5530-7761　10t（大宮 100 さ 90-15）
仲宗根 大地　090-4409-2285　10t（大宮 100 さ 90-16）

青葉運輸株式会社 配車係 中道
"""}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="another carrier's five-driver list with mobiles, forwarded as an attached mail to a competitor carrier",
)

add(  # stop: arrest of a named driver
    sender=SAMEJIMA,
    to=["青葉運輸 安全管理部 <anzen@aoba-unyu.co.jp>"],
    cc=[GONDO],
    subject="貴社乗務員の件（構内入構の一時停止について）",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
安全管理部 御中

日の出産業 物流課の鮫島です。
本日の地元紙報道および貴社からのお電話により、貴社乗務員の轟 昌平 氏（弊社定期便担当）が
11/21 夜、酒気帯び運転の疑いで現行犯逮捕されたことを把握いたしました。

つきましては、弊社規程により同氏の弊社構内への入構を当面停止させていただきます。
また、貴社における点呼時のアルコールチェックの運用状況について、
12/4 までに書面でご報告をお願いいたします。
""" + SIG_SAMEJIMA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named driver's arrest (criminal record, 要配慮個人情報) written to an external company",
)

add(  # pass: logistics 2024 problem, no personal data
    sender=SAMEJIMA,
    to=["青葉運輸 営業部 新田様 <nitta@aoba-unyu.co.jp>"],
    subject="荷待ち時間削減の取組みについて（2024年問題対応）",
    charset="utf-8",
    body="""青葉運輸株式会社
営業部　新田様

いつもお世話になっております。日の出産業 物流課の鮫島です。

先日の打合せでご指摘いただいた、狭山工場での荷待ち時間について、社内で対策を検討しました。

 1) バース予約システムの導入（2027年2月稼働予定）
 2) 積込開始時刻の平準化（8:00集中 → 8:00/9:30/11:00 の3枠）
 3) パレット化率の向上（現状 72% → 目標 90%）

ドライバーの皆様の拘束時間短縮につながるよう進めてまいります。
運賃改定のご相談についても、上記の効果を見ながら1月に改めて協議させてください。
""" + SIG_SAMEJIMA,
    expect="pass",
    note="business discussion about driver waiting time; drivers only in general",
)

add(  # stop: three private drivers on free mail in To
    sender=SAMEJIMA,
    to=["ogura.taketo1987@gmail.com", "k-hasebe@docomo.ne.jp", "yuuki_tsuchiya@yahoo.co.jp"],
    subject="12月 繁忙期の追加便（軽貨物）ご協力のお願い",
    charset="iso-2022-jp",
    body="""軽貨物ドライバーの皆様

いつもご協力ありがとうございます。日の出産業 物流課の鮫島です。
12月の繁忙期に、狭山工場 → 都内営業所間の追加便をお願いしたく、ご連絡しました。

　期間：12/14（月）～12/25（金）の平日
　便　：午前便（8:30発）／午後便（13:30発）
　単価：従来どおり 1便あたり 14,000円（税別）

稼働可能な日と便を、12/7 までにこのメールへの返信でお知らせください。
""" + SIG_SAMEJIMA,
    expect="stop",
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private drivers on free mail all in To: they see each other's addresses, should have been Bcc",
)

add(  # pass: one private driver on free mail
    sender=SAMEJIMA,
    to=["小椋 武人 <ogura.taketo1987@gmail.com>"],
    subject="Re: 12/16 追加便の件",
    charset="iso-2022-jp",
    body="""小椋様

ご返信ありがとうございます。
12/16（水）午前便・午後便の両方でお願いいたします。
積込場所はいつもの第2倉庫です。

請求書は月末締めでお送りください。

鮫島
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="one free-mail recipient (a private driver), nothing else",
)

add(  # pass: freelancer payment notice, no account shown
    sender=TANIOKA,
    to=["鳩貝 亮介 <r.hatogai.design@gmail.com>"],
    subject="11月分 設計外注費のお支払いについて",
    charset="iso-2022-jp",
    body="""鳩貝様

いつもお世話になっております。日の出産業の谷岡です。
11月分の設計外注費（治具設計 3件）につき、12/25 にご登録の口座（末尾 **58）へお振込みいたします。

　治具設計 JG-2611-01　180,000円
　治具設計 JG-2611-02　145,000円
　治具設計 JG-2611-03　 95,000円
　合計（税込）　　　　　462,000円

源泉徴収税額は別途お送りする支払明細書をご確認ください。
""" + SIG_TANIOKA,
    expect="pass",
    detectors=["freemail_recipient"],
    note="payment notice to one freelancer on free mail; the account is masked",
)

add(  # stop: CSV of employees' home addresses for the year-end osechi delivery
    sender=YONEKURA,
    to=["北国フーズ 通販受注課 <tsuhan@kitaguni-foods.co.jp>"],
    subject="社員斡旋 おせち 配送先リスト（第1便）",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社
通販受注課 ご担当者様

お世話になっております。日の出産業 購買二課の米倉です。
社員斡旋のおせち（北海三段重）の配送先リスト第1便をお送りいたします。
お届けはすべて 12/30 午前指定でお願いいたします。
""" + SIG_YONEKURA,
    attachments=[{"kind": "csv", "name": "おせち配送先_第1便.csv", "encoding": "cp932",
                  "rows": [["受付No", "お届け先氏名", "郵便番号", "住所", "電話番号", "商品", "数量"],
                           ["OS-001", "九鬼 正之", "359-1111", "埼玉県所沢市緑町3-12-5", "04-2921-5538", "北海三段重", "1"],
                           ["OS-002", "芦刈 千恵", "350-1305", "埼玉県狭山市入間川2-25-9 コーポ入間川102", "090-6651-0239", "北海三段重", "1"],
                           ["OS-003", "白銀 大樹", "185-0012", "東京都国分寺市本町4-7-1-603", "080-4439-7702", "北海三段重", "2"],
                           ["OS-004", "鞍馬 亜紀子", "358-0003", "埼玉県入間市豊岡1-10-22", "04-2962-8841", "北海三段重", "1"],
                           ["OS-005", "百目鬼 聡", "179-0072", "東京都練馬区光が丘5-3-4-1208", "090-1180-4426", "北海二段重", "1"],
                           ["OS-006", "鴇田 恵美", "190-0022", "東京都立川市錦町6-14-2", "070-2257-3390", "北海三段重", "1"],
                           ["OS-007", "雲母 隼人", "350-0043", "埼玉県川越市新富町1-9-15", "080-7713-6025", "北海二段重", "1"],
                           ["OS-008", "嘉数 美和", "354-0021", "埼玉県富士見市鶴馬3-21-8", "049-253-7714", "北海三段重", "1"]]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of eight employees' home addresses and phones sent to a food vendor",
)

add(  # pass: three more home deliveries in the body (may warn)
    sender=YONEKURA,
    to=["北国フーズ 通販受注課 <tsuhan@kitaguni-foods.co.jp>"],
    subject="Re: 社員斡旋 おせち 追加申込み3件",
    charset="iso-2022-jp",
    body="""北国フーズ 通販受注課 ご担当者様

米倉です。締切後に追加申込みが3件ありました。対応可能でしたらお願いいたします。

(1) 蓮見 信吾　〒336-0017 埼玉県さいたま市南区南浦和2-40-11　048-882-3317
(2) 栗栖 麻衣　〒350-1124 埼玉県川越市新宿町5-3-2-405　080-2206-9141
(3) 十河 勇気　〒180-0006 東京都武蔵野市中町1-19-6　090-4478-2253

いずれも北海三段重 1個、12/30 午前指定です。
""" + SIG_YONEKURA,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three people's delivery addresses: fewer than five, may be warned but must go",
)

add(  # stop: tab-separated delivery list without a name column
    sender=YONEKURA,
    to=["青葉運輸 宅配センター <takuhai@aoba-unyu.co.jp>"],
    subject="防災備蓄セット 個別配送の追加分（7件）",
    charset="utf-8",
    body="""青葉運輸株式会社 宅配センター ご担当者様

日の出産業 購買二課の米倉です。
社員向けに斡旋した防災備蓄セットの個別配送、追加分7件をお送りします。
お届け先の氏名は社内規程により伏せ、注文Noで管理しています。
お届けの際は、お手数ですが事前にお電話でご確認ください。

注文No\t郵便番号\t住所\t電話\t希望日
BS-1041\t343-0845\t埼玉県越谷市南越谷4-9-21\t048-985-2264\t12/12
BS-1042\t362-0042\t埼玉県上尾市谷津2-3-17-302\t090-8852-1347\t12/12
BS-1043\t206-0011\t東京都多摩市関戸3-8-14\t042-371-6609\t12/13
BS-1044\t335-0004\t埼玉県蕨市中央6-11-2\t080-1419-5570\t12/13
BS-1045\t359-0042\t埼玉県所沢市並木7-1-9-1105\t070-5582-0916\t12/13
BS-1046\t350-2203\t埼玉県鶴ヶ島市上広谷1-14-33\t049-286-3381\t12/14
BS-1047\t198-0024\t東京都青梅市新町8-25-4\t0428-31-7702\t12/14

よろしくお願いいたします。
""" + SIG_YONEKURA,
    expect="stop",
    entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven private home addresses with phones, no name column: still a list of people",
)

add(  # pass: one prize delivery to one person (may warn)
    sender=SAMEJIMA,
    to=["青葉運輸 宅配センター <takuhai@aoba-unyu.co.jp>"],
    subject="展示会 当選景品の個別配送（1件）",
    charset="iso-2022-jp",
    body="""青葉運輸 宅配センター ご担当者様

物流課 鮫島です。展示会アンケートの当選景品を1件、個別配送でお願いします。

　お届け先：楪 奈緒子 様
　〒400-0031 山梨県甲府市丸の内2-17-3 ヴィラ丸の内501
　電話：090-7625-3318
　品名：ハンディクリーナー HS-V30（1箱、2.1kg）
　希望：12/5 以降、夜間（19-21時）

よろしくお願いいたします。
""" + SIG_SAMEJIMA,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one person's delivery address to the carrier: a single record, may be warned",
)

add(  # stop: unencrypted ZIP with a CSV of recall pickups from private homes
    sender=SAMEJIMA,
    to=["青葉運輸 営業部 新田様 <nitta@aoba-unyu.co.jp>"],
    subject="【至急】セラミックヒーター HS-C12 回収 引取依頼（第3回）",
    charset="iso-2022-jp",
    body="""新田様

日の出産業 鮫島です。
自主回収中のセラミックヒーター HS-C12 の引取先（第3回分）をお送りします。
前回同様、お客様へ事前にお電話のうえ引取をお願いいたします。
""" + SIG_SAMEJIMA,
    attachments=[{"kind": "zip", "name": "引取依頼_1121.zip",
                  "files": [{"kind": "csv", "name": "回収先一覧_第3回.csv", "encoding": "utf-8",
                             "rows": [["管理No", "氏名", "郵便番号", "住所", "電話", "製造番号", "備考"],
                                      ["R3-001", "能登谷 和代", "020-0015", "岩手県盛岡市本町通2-8-11", "019-651-3327", "C12-26B0441", "午前希望"],
                                      ["R3-002", "甲斐田 実", "990-0039", "山形県山形市香澄町3-4-20", "090-3362-1178", "C12-26B0502", ""],
                                      ["R3-003", "ユン・ソヨン", "169-0073", "東京都新宿区百人町1-12-9-203", "080-6215-4430", "C12-26B0519", "日本語可"],
                                      ["R3-004", "左右田 清", "430-0944", "静岡県浜松市中央区田町322-1", "053-453-8806", "C12-26C0077", ""],
                                      ["R3-005", "及川 ひかり", "980-0811", "宮城県仙台市青葉区一番町1-6-22-1402", "070-4180-2293", "C12-26C0131", "不在多い"],
                                      ["R3-006", "舘 昭雄", "038-0012", "青森県青森市篠田3-21-5", "017-781-6634", "C12-26C0158", "高齢のため要配慮"]]},
                            {"kind": "txt", "name": "引取手順.txt",
                             "text": "1. 事前に電話連絡\n2. 製造番号を確認\n3. 回収袋に封入し、代替品をお渡し\n"}]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six customers' names, home addresses and phones in a CSV inside an unencrypted ZIP, to the carrier",
)

add(  # pass: list of our distribution centres (businesses)
    sender=SAMEJIMA,
    to=["丸松化成 出荷課 佐伯様 <saeki.j@marumatsu-kasei.co.jp>"],
    subject="弊社 納入先拠点一覧（2027年1月改定）",
    charset="iso-2022-jp",
    body="""佐伯様

お世話になっております。日の出産業 物流課の鮫島です。
2027年1月から大阪DCが移転するため、納入先拠点一覧を更新しました。

　拠点名　　　　住所　　　　　　　　　　　　　　　　　　代表TEL　　　　　受入時間
　――――――　――――――――――――――――――　――――――――　――――――
　狭山工場　　　埼玉県狭山市水野字中原612-3　　　　　　04-2955-3100　　8:00-16:30
　東京DC　　　　東京都江東区新木場2-14-8　　　　　　　　03-3521-6610　　8:30-17:00
　大阪DC（新）　大阪府茨木市彩都あさぎ7-2-18　　　　　　072-640-3315　　8:30-17:00
　仙台営業所　　宮城県仙台市宮城野区扇町6-3-12　　　　　022-258-7701　　9:00-16:00
　福岡営業所　　福岡県糟屋郡粕屋町大字仲原2890-4　　　　092-939-1146　　9:00-16:00
　札幌営業所　　北海道札幌市東区東苗穂3条1-2-40　　　　011-781-5592　　9:00-16:00

印刷用のPDFが必要でしたらお知らせください。
""" + SIG_SAMEJIMA,
    expect="pass",
    note="a list of the company's own sites with switchboard numbers: businesses, not people",
)

add(  # pass: suppliers' factories as pickup points (CSV, businesses)
    sender=SAMEJIMA,
    to=["青葉運輸 営業部 新田様 <nitta@aoba-unyu.co.jp>"],
    subject="ミルクラン集荷先一覧（見積用）",
    charset="iso-2022-jp",
    body="""新田様

ミルクラン方式の見積用に、集荷先（仕入先工場）の一覧をCSVでお送りします。
集荷頻度は週2回（火・金）を想定しています。

鮫島
""",
    attachments=[{"kind": "csv", "name": "ミルクラン集荷先.csv", "encoding": "utf-8",
                  "rows": [["集荷先", "工場", "住所", "代表電話", "受付時間", "平均荷量"],
                           ["東邦金属工業", "川口工場", "埼玉県川口市領家5-11-3", "048-222-6710", "8:30-16:00", "パレット4"],
                           ["岡野製作所", "本社工場", "埼玉県川口市芝下1-20-8", "048-261-4470", "8:00-17:00", "パレット1"],
                           ["丸松化成", "栃木工場", "栃木県小山市横倉新田520-9", "0285-27-3381", "8:00-16:30", "パレット6"],
                           ["三星パッケージ", "熊谷工場", "埼玉県熊谷市万吉2810", "048-536-1129", "8:30-17:00", "パレット3"],
                           ["ナカトミ精工", "松本工場", "長野県松本市和田4010-22", "0263-58-2200", "8:15-16:45", "カゴ台車2"],
                           ["清和パック", "八王子センター", "東京都八王子市石川町2970-1", "042-642-5590", "9:00-17:00", "パレット2"],
                           ["川崎精機", "相模原工場", "神奈川県相模原市中央区田名3150", "042-762-0417", "8:30-16:30", "パレット1"]]}],
    expect="pass",
    note="CSV of supplier factories with addresses and switchboard numbers: a business list",
)

add(  # pass: FW of a supplier's shipping notice (one business contact)
    sender=SAMEJIMA,
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="FW: 出荷準備完了のご案内（丸松化成 栃木工場）",
    charset="iso-2022-jp",
    body="""配車センター様

鮫島です。丸松化成様から出荷準備完了の連絡がありましたので転送します。
11/28 10:00 の引取でお願いします。現地の窓口は下記の佐伯様です。

---------- Forwarded message ---------
From: 佐伯 潤 <saeki.j@marumatsu-kasei.co.jp>
Date: 2026年11月26日(木) 17:21
Subject: 出荷準備完了のご案内（丸松化成 栃木工場）
To: 鮫島 大輔 <samejima.daisuke@hinode-sangyo.co.jp>

日の出産業 鮫島様

HK-C220 2,000個（通い箱 40箱、パレット4枚）の出荷準備が完了しました。
当日は第3出荷場にお越しください。

丸松化成株式会社 栃木工場 出荷課
佐伯 潤
TEL 0285-27-3381（代表）／携帯 080-3317-6624
""",
    expect="pass",
    note="forward of a supplier's shipping notice: one business contact person's signature only",
)

add(  # either: contact list of suppliers' shipping staff to a new 3PL
    sender=SAMEJIMA,
    to=["北斗ロジスティクス 営業所 <sayama-eigyo@hokuto-logi.co.jp>"],
    subject="主要仕入先 出荷窓口一覧（来月からの集荷業務用）",
    charset="iso-2022-jp",
    body="""北斗ロジスティクス 狭山営業所 ご担当者様

日の出産業 物流課の鮫島です。
来月から集荷業務をお願いするにあたり、主要仕入先の出荷窓口をまとめました。
集荷時間の調整は各社のご担当者と直接行っていただいて構いません。

 会社名            担当者        部署        直通TEL         メール
 ----------------  ------------  ----------  --------------  ------------------------------
 東邦金属工業      大西 孝介     営業部      048-222-6715    onishi.k@toho-kinzoku.co.jp
 岡野製作所        岡野 敏明     代表        048-261-4470    okano@okano-ss.co.jp
 丸松化成          佐伯 潤       出荷課      0285-27-3384    saeki.j@marumatsu-kasei.co.jp
 三星パッケージ    工藤 春香     業務課      048-536-1133    kudo.h@mitsuboshi-pkg.co.jp
 ナカトミ精工      杉浦 美奈     受注C       0263-58-2210    sugiura@nakatomi-seiko.jp
 清和パック        倉持 亘       営業        042-642-5596    kuramochi@seiwa-pack.com
""" + SIG_SAMEJIMA,
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six named business contacts of other companies with direct lines and e-mails: business list or list of people",
)

add(  # pass: infection outbreak and heat stroke measures, nobody named
    sender=ROKKAKU,
    to=["東邦金属工業 受注係 <juchu@toho-kinzoku.co.jp>"],
    subject="【重要】狭山工場 受入停止のお知らせ（12/1～12/2）",
    charset="iso-2022-jp",
    body="""お取引先様各位（東邦金属工業 受注係 御中）

日の出産業 狭山工場 資材課の六角です。
狭山工場内でインフルエンザの集団感染が発生し、資材受入の人員が確保できないため、
12/1（火）・12/2（水）の2日間、資材の受入を停止させていただきます。

該当日に納入予定の品目は、12/3（木）以降に順次受入いたします。
ご迷惑をおかけし申し訳ございませんが、ご理解のほどお願い申し上げます。

なお、ご来社の際は引き続きマスクの着用と手指消毒にご協力ください。
""" + SIG_ROKKAKU,
    expect="pass",
    note="an infection outbreak at the plant, nobody identified: no health data of a person",
)

# ==========================================================================================
# look-alike domains, subdomains, internal, visibility
# ==========================================================================================

add(  # stop: own domain with another TLD
    sender=ISHIGURO,
    to=["谷岡 慎吾 <tanioka.shingo@hinode-sangyo.com>"],
    cc=[YONEKURA],
    subject="FW: 御見積書（丸松化成 QT-88120）",
    charset="iso-2022-jp",
    body="""谷岡さん

丸松化成から届いた見積書を転送します。
前回より型費が上がっているので、交渉の材料にしてください。

石黒

---------- 転送メッセージ ----------
差出人: 佐伯 潤 <saeki.j@marumatsu-kasei.co.jp>
件名: 御見積書（QT-88120）

日の出産業 石黒様
HK-C230 成形カバーの御見積書をお送りいたします。
　単価：218円／個　型費：1,450,000円（一式）　納期：型承認後 45日
""",
    attachments=[{"kind": "pdf", "name": "御見積書_QT-88120.pdf",
                  "lines": ["御見積書 QT-88120", "HK-C230 成形カバー 単価 218円", "金型 一式 1,450,000円"]}],
    expect="stop",
    detectors=["lookalike_domain"],
    note="colleague addressed at hinode-sangyo.com instead of hinode-sangyo.co.jp: a look-alike of the own domain",
)

add(  # stop: homoglyph rn for m in the bank's domain
    sender=CHIJIIWA,
    to=["みどり銀行 外為センター <gaitame-center@rnidori-ginko.co.jp>"],
    subject="外国送金依頼書の送付（Minh Phat Precision 向け 前払金）",
    charset="iso-2022-jp",
    body="""みどり銀行 外為センター ご担当者様

いつもお世話になっております。日の出産業株式会社 調達部の千々岩です。
ベトナムの仕入先への前払金につき、外国送金依頼書を添付いたします。

　送金額：USD 18,600.00
　受取人：MINH PHAT PRECISION CO., LTD.
　受取銀行：Vietcombank, Hai Phong Branch
　送金指定日：2026年12月10日

ご不明点がございましたらご連絡ください。
""" + SIG_CHIJIIWA,
    attachments=[{"kind": "pdf", "name": "外国送金依頼書_20261210.pdf",
                  "lines": ["外国送金依頼書", "依頼人 日の出産業株式会社", "金額 USD 18,600.00",
                            "受取人 MINH PHAT PRECISION CO., LTD.", "目的 部品購入代金（前払）"]}],
    expect="stop",
    detectors=["lookalike_domain"],
    note="partner midori-ginko.co.jp spelt rnidori-ginko.co.jp (rn for m homoglyph)",
)

add(  # pass: internal subdomain plus one supplier
    sender=ROKKAKU,
    to=["東邦金属工業 大西様 <onishi.k@toho-kinzoku.co.jp>"],
    cc=["狭山工場 受入検査 <ukeire@sayama.hinode-sangyo.co.jp>", "m-kurata@mail.hinode-sangyo.co.jp"],
    subject="受入検査基準書 改訂のお知らせ（HS-2107 系）",
    charset="iso-2022-jp",
    body="""東邦金属工業株式会社
大西様

お世話になっております。狭山工場 資材課の六角です。
HS-2107 系の受入検査基準書を改訂しました（曲げ角度の公差を ±1.0° → ±0.5°）。
12月納入分から新基準で検査いたします。
改訂版は来週郵送いたします。

cc の受入検査担当（倉田）にもご質問いただけます。
""" + SIG_ROKKAKU,
    expect="pass",
    note="one supplier plus the company's own subdomains (sayama., mail.) in Cc: internal, not look-alikes",
)

add(  # pass: partner's subdomain and main domain, one organisation
    sender=ISHIGURO,
    to=["川崎電機 営業二部 藤堂様 <todo.m@kawasaki-denki.co.jp>"],
    cc=["川崎電機 サービスセンター <support@sc.kawasaki-denki.co.jp>"],
    subject="サーボモーター 初期不良品の交換手配について",
    charset="iso-2022-jp",
    body="""川崎電機株式会社　藤堂様
（cc：サービスセンター様）

お世話になっております。日の出産業の石黒です。
PO-2026-11408 で納入いただいたサーボモーター4台のうち1台（S/N K750B-26J0187）が、
試運転時にエンコーダ異常（AL.16）となりました。

代替品の手配と不良品の引取をお願いできますでしょうか。
""" + SIG_ISHIGURO,
    expect="pass",
    note="partner's own service subdomain and main domain: one organisation, not a look-alike",
)

add(  # pass: a different company with a similar prefix (not a look-alike)
    sender=TANIOKA,
    to=["川崎精機株式会社 営業部 <sales@kawasaki-seiki.co.jp>"],
    subject="リニアステージ LS-200 の御見積のお願い",
    charset="iso-2022-jp",
    body="""川崎精機株式会社
営業部 ご担当者様

はじめてご連絡いたします。日の出産業株式会社 資材調達課の谷岡と申します。
貴社ウェブサイトで拝見したリニアステージ LS-200 について、御見積をお願いしたくご連絡いたしました。

　型式：LS-200-S（ストローク 200mm、ステッピングモーター付）
　数量：6台（試作用）、量産時 年間 60台程度
　希望納期：2027年2月末

カタログ価格からのお値引き可否も含め、ご検討いただけますと幸いです。
""" + SIG_TANIOKA,
    expect="pass",
    note="kawasaki-seiki.co.jp is a different, real-looking company, not a typo of kawasaki-denki.co.jp",
)

add(  # pass: six people at one supplier in To (one organisation)
    sender=WATABE,
    to=["佐伯 潤 <saeki.j@marumatsu-kasei.co.jp>", "qa@marumatsu-kasei.co.jp",
        "高見沢 <takamizawa@marumatsu-kasei.co.jp>", "seigi@marumatsu-kasei.co.jp",
        "tochigi-koujou@marumatsu-kasei.co.jp", "eigyo@marumatsu-kasei.co.jp"],
    cc=[ISHIGURO, ROKKAKU],
    subject="品質改善会議（HK-C220 クラック不良）開催のご案内",
    charset="iso-2022-jp",
    body="""丸松化成株式会社　関係者各位

日の出産業 品質保証部の渡部です。
HK-C220 のクラック不良につき、品質改善会議を下記で開催させてください。

　日時：12月8日（火）13:30～15:00
　場所：貴社 栃木工場 会議室（弊社から3名伺います）
　議題：①8Dレポートの説明 ②成形条件の見直し案 ③暫定対策の効果確認

ご出席者を12/3までにお知らせください。
""" + SIG_WATABE,
    expect="pass",
    note="six addresses but all of one supplier: one external organisation, nothing to hide",
)

add(  # pass: three-party meeting, two external orgs, many internal in Cc
    sender=KUREBAYASHI,
    to=["川崎電機 藤堂様 <todo.m@kawasaki-denki.co.jp>", "ツバサシステム 川端様 <kawabata@tsubasa-system.jp>"],
    cc=[ISHIGURO, TANIOKA, ROKKAKU, "情報システム部 <joho-sys@hinode-sangyo.co.jp>"],
    subject="【日程調整】搬送ライン 制御盤更新 三者打合せ",
    charset="iso-2022-jp",
    body="""川崎電機株式会社　藤堂様
ツバサシステム株式会社　川端様

お世話になっております。日の出産業 設備課の榑林です。
搬送ラインの制御盤更新につき、機器（川崎電機様）と上位システム連携（ツバサシステム様）の
インターフェース確認のため、三者で打合せをお願いしたく存じます。

候補日：12/9（水）14時／12/10（木）10時／12/11（金）15時
場所：弊社 狭山工場 第1会議室（Web併用）

ご都合をお知らせください。
""" + SIG_KUREBAYASHI,
    expect="pass",
    detectors=["multiple_external_domains"],
    note="a normal three-way meeting: two partner organisations plus internal colleagues",
)

add(  # pass: internal PPAP zip to a colleague
    sender=ISHIGURO,
    to=[GONDO, "経理部 予算グループ <yosan@hinode-sangyo.co.jp>"],
    subject="2027年度 購買予算案（パスワード付き）",
    charset="iso-2022-jp",
    body="""権藤本部長、予算グループ各位

2027年度の購買予算案を送付します。
パスワードは社内チャットでお送りします。

石黒
""",
    attachments=[{"kind": "zip", "name": "購買予算案_2027.zip", "password": "Bg2027!kb",
                  "files": [{"kind": "xlsx", "name": "購買予算案_2027.xlsx",
                             "sheets": {"予算": [["費目", "金額"], ["原材料", 4820000000]]}}]}],
    expect="pass",
    note="an encrypted ZIP sent only to internal recipients",
)

add(  # pass: unencrypted ZIP of drawings
    sender=TANIOKA,
    to=["東邦金属工業 大西様 <onishi.k@toho-kinzoku.co.jp>"],
    subject="図面送付：HS-2207 系 改訂版（Rev.D）",
    charset="iso-2022-jp",
    body="""大西様

お世話になっております。谷岡です。
HS-2207 系の改訂図面（Rev.D）をまとめて送付します。
変更点は各図面の改訂欄をご参照ください。旧版は破棄をお願いいたします。
""" + SIG_TANIOKA,
    attachments=[{"kind": "zip", "name": "HS-2207_RevD.zip",
                  "files": [{"kind": "pdf", "name": "HS-2207-A_RevD.pdf",
                             "lines": ["HS-2207-A 取付ブラケット Rev.D", "改訂D：R2→R3（曲げ部）"]},
                            {"kind": "pdf", "name": "HS-2207-B_RevD.pdf",
                             "lines": ["HS-2207-B 補強プレート Rev.D", "改訂D：穴位置 45→47"]},
                            {"kind": "txt", "name": "改訂一覧.txt",
                             "text": "HS-2207-A Rev.D 曲げRの変更\nHS-2207-B Rev.D 穴位置の変更\n"}]}],
    expect="pass",
    note="plain ZIP of drawings that can be opened; no markings, no people",
)

add(  # stop: HTML-only list of plant-tour participants with birth dates and mobiles
    sender=WATABE,
    to=["川崎電機 横浜工場 総務課 <soumu-yokohama@kawasaki-denki.co.jp>"],
    subject="工場見学（12/16）参加者の事前登録",
    charset="utf-8",
    html="""<html><body>
<p>川崎電機株式会社 横浜工場<br>総務課 ご担当者様</p>
<p>お世話になっております。日の出産業 品質保証部の渡部です。<br>
12/16 の工場見学につき、貴社セキュリティ規程に基づく事前登録情報をお送りします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>No</th><th>氏名</th><th>所属</th><th>生年月日</th><th>携帯電話</th></tr></thead>
<tbody>
<tr><td>1</td><td>渡部 さやか</td><td>品質保証部</td><td>1987/05/19</td><td>080-2247-6631</td></tr>
<tr><td>2</td><td>四十物 啓介</td><td>購買部</td><td>1979/12/03</td><td>090-8814-0572</td></tr>
<tr><td>3</td><td>汐見 優斗</td><td>品質保証部</td><td>1998/08/27</td><td>070-4420-9163</td></tr>
<tr><td>4</td><td>堤 健太郎</td><td>設備課</td><td>1992/01/14</td><td>090-7751-0326</td></tr>
<tr><td>5</td><td>安居院 美咲</td><td>品質保証部</td><td>1995/10/09</td><td>070-3398-1147</td></tr>
<tr><td>6</td><td>米倉 七海</td><td>購買部</td><td>1996/03/22</td><td>080-5102-7486</td></tr>
</tbody></table>
<p>当日は 9:45 に正門に集合いたします。よろしくお願いいたします。</p>
<p>日の出産業株式会社 品質保証部 渡部 さやか / TEL 03-5542-7760</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML table of six staff with birth dates and mobiles to a partner's plant",
)

add(  # pass: reply quoting the supplier's visitor list with '>'
    sender=ROKKAKU,
    to=["川崎電機 営業二部 藤堂様 <todo.m@kawasaki-denki.co.jp>"],
    subject="Re: 12/10 ご来社者のご連絡",
    charset="iso-2022-jp",
    body="""藤堂様

ご連絡ありがとうございます。6名様、承知いたしました。
正門守衛所で入構証をお渡ししますので、到着時に代表の方がお声がけください。
駐車場は来客用に2台分確保しております。

六角

藤堂様 wrote:
> 日の出産業 六角様
> 12/10 の立会いに伺う者は下記のとおりです。
>
> 藤堂 真一　営業二部　090-4471-3380
> 篠塚 恒夫　技術部　　080-6612-0958
> 鷲見 里奈　技術部　　070-2288-4105
> 千種 航平　品証部　　090-3309-7714
> 宍戸 修　　サービスC　080-1127-6642
> 乙部 瞳　　サービスC　070-9930-2251
>
> 以上、よろしくお願いいたします。
""",
    expect="pass",
    note="the six-person visitor list is only in '>' quoted text the partner itself sent",
)

add(  # pass: handover with successor's business contact
    sender=ISHIGURO,
    to=["川崎電機 営業二部 藤堂様 <todo.m@kawasaki-denki.co.jp>"],
    subject="担当者変更のご挨拶",
    charset="iso-2022-jp",
    body="""川崎電機株式会社
営業二部　藤堂様

いつも大変お世話になっております。日の出産業の石黒です。
私事で恐縮ですが、12月1日付で経営企画部へ異動することとなりました。
在任中は格別のご高配を賜り、心より御礼申し上げます。

後任は購買一課の米倉が務めます。
　米倉 七海（よねくら ななみ）
　TEL 03-5542-7718　携帯 080-5102-7486
　yonekura.nanami@hinode-sangyo.co.jp

今後とも変わらぬご指導のほど、よろしくお願い申し上げます。
""" + SIG_ISHIGURO,
    expect="pass",
    note="a successor's business contact details (one person) in a handover greeting",
)

add(  # pass: minutes of a price negotiation (attendees with titles only)
    sender=TANIOKA,
    to=["ナカトミ精工 堀之内様 <horinouchi@nakatomi-seiko.jp>"],
    subject="11/27 単価改定お打合せ 議事録のご送付",
    charset="iso-2022-jp",
    body="""堀之内様

先日はありがとうございました。議事録（案）をお送りします。
修正がございましたら 12/4 までにお知らせください。

谷岡
""",
    attachments=[{"kind": "docx", "name": "議事録_20261127_単価改定.docx",
                  "paragraphs": ["議事録：単価改定に関する打合せ", "日時：2026年11月27日 14:00-15:10　場所：弊社本社 5F 会議室B",
                                 "1. 改定要請：材料費上昇分として平均 +6.2% の要請あり。",
                                 "2. 弊社回答：+4.1% で合意（2027年1月納入分より）。",
                                 "3. 宿題：BSN-2010 の工程短縮案を1月中にナカトミ精工様より提示。"],
                  "tables": [[["会社", "出席者"], ["ナカトミ精工", "堀之内 営業課長、杉浦 受注センター"],
                              ["日の出産業", "権藤 調達本部長、谷岡、石黒"]]]}],
    expect="pass",
    note="meeting minutes naming attendees by company and title: names with no personal data",
)

add(  # pass: returned goods with an anonymous customer complaint
    sender=WATABE,
    to=["ナカトミ精工 品質保証部 宮坂様 <miyasaka@nakatomi-seiko.jp>"],
    subject="市場不具合品の返却と調査のお願い（BSN-1605）",
    charset="iso-2022-jp",
    body="""宮坂様

お世話になっております。渡部です。
弊社製品（卓上搬送機 HT-20）をご使用の個人のお客様から「動作時に異音がする」とのお申し出があり、
回収品を調査したところ、貴社ボールねじ BSN-1605（ロット 26F12）のボール転走面に圧痕が見られました。

返却品を本日発送いたしましたので、原因調査をお願いいたします。
なお、お客様情報は調査に不要のため、お伝えしておりません。
""" + SIG_WATABE,
    expect="pass",
    note="complaint described without identifying the customer; a lot number only",
)

add(  # pass: printer proof request mentioning 取扱注意 label design
    sender=YONEKURA,
    to=["錦印刷 浜口様 <hamaguchi@nishiki-insatsu.co.jp>"],
    subject="出荷ラベル（ワレモノ・取扱注意）の版下修正",
    charset="iso-2022-jp",
    body="""浜口様

いつもありがとうございます。米倉です。
出荷ラベル 3種の版下につき、下記の修正をお願いいたします。

　1) 「ワレモノ注意」ラベル：赤の色味を DIC 156 に変更
　2) 「取扱注意」ラベル：文字を 2pt 大きく
　3) 「天地無用」ラベル：矢印の太さを 1.5 倍に

各 3,000 枚、12/18 納品希望です。
""" + SIG_YONEKURA,
    expect="pass",
    note="'取扱注意' is the text of a shipping label being printed, not a classification of the mail",
)

add(  # pass: internal only, 社外秘 supplier evaluation
    sender=WATABE,
    to=["品質保証部 <qa-all@hinode-sangyo.co.jp>", GONDO],
    subject="【社外秘】2026年度 サプライヤー評価結果（全社）",
    charset="iso-2022-jp",
    body="""品質保証部各位、権藤本部長

2026年度のサプライヤー評価結果をまとめました。社外秘扱いでお願いします。

　社名            総合  品質  納期  コスト  判定
　東邦金属工業     B     78    85    90     継続
　ナカトミ精工     C     62    81    70     条件付継続
　丸松化成         C     58    88    84     条件付継続
　三星パッケージ   A     92    95    80     継続
　岡野製作所       B     80    72    77     継続

C 評価の2社は、1月中に是正計画のフォローアップ面談を行います。

渡部
""",
    expect="pass",
    note="a 社外秘 evaluation of suppliers sent only inside the company",
)

add(  # pass: freelancer's invoice reminder with credit card payment mention
    sender=ISHIGURO,
    to=["有限会社ワタリ工房 渡利様 <watari@watari-kobo.jp>"],
    subject="展示会用 什器製作のお支払方法について",
    charset="iso-2022-jp",
    body="""有限会社ワタリ工房
渡利様

お世話になっております。日の出産業の石黒です。
お問い合わせいただいたお支払方法の件ですが、弊社ではクレジットカード払いには対応しておらず、
請求書に基づく銀行振込（月末締め翌月末払い）のみとなります。

ご請求書には適格請求書発行事業者の登録番号の記載をお願いいたします。
""" + SIG_ISHIGURO,
    expect="pass",
    note="mentions クレジットカード and 登録番号 without carrying any number",
)

add(  # pass: question about 下請 worker safety training (no data)
    sender=KUREBAYASHI,
    to=["有限会社ひばり電設 代表 雲雀 様 <info@hibari-densetsu.jp>"],
    subject="新規入場者教育の受講について",
    charset="iso-2022-jp",
    body="""有限会社ひばり電設
雲雀 様

お世話になっております。日の出産業 設備課の榑林です。
12/7 から入場予定の作業員の方について、元請（三光建設様）の新規入場者教育を
12/7 7:45 から現地で受講いただく必要があります。

作業員名簿の提出は、先にお送りいただいた書式で元請へ直接ご提出ください。
健康保険・年金の加入状況の確認は元請が行います。
""" + SIG_KUREBAYASHI,
    expect="pass",
    note="mentions 作業員名簿 and 健康保険・年金 as paperwork; carries no record",
)


# -- ids: the messages above are shuffled with the seed, then numbered ---------------------

rng.shuffle(MSGS)
MESSAGES = [{"id": f"kobai-{i:03d}", **m} for i, m in enumerate(MSGS, 1)]
