"""Blind evaluation corpus — AREA: chizai (知的財産部 / intellectual property).

Mail of 日の出産業株式会社's 知的財産部: 特許事務所とのやり取り, 発明届出, 職務発明報奨,
商標出願, 共同研究先との契約, 先行技術調査, foreign associates.

Everything here is invented: people, addresses, numbers, firms and domains are
fictional.  Written blind, from bench/blind/BRIEF.md, bench/blind/build.py and
shared/SPEC.md only, without reading mailguard's code, rules or tests.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 34801
_rng = random.Random(SEED)


# -- small helpers (deterministic, from SEED) ---------------------------------------------

def _mn_check(body11: list[int]) -> int:
    total = 0
    for n in range(1, 12):
        p = body11[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def _not_my_number() -> str:
    """12 digits whose My Number check digit is wrong (a tracking / receipt number)."""
    body = [_rng.randrange(10) for _ in range(11)]
    body[0] = _rng.randrange(1, 10)
    bad = (_mn_check(body) + 1 + _rng.randrange(8)) % 10
    if bad == _mn_check(body):
        bad = (bad + 1) % 10
    return "".join(map(str, body)) + str(bad)


def _not_card(prefix: str = "9") -> str:
    """16 digits, outside card ranges and Luhn-invalid (a payment reference)."""
    digits = [int(c) for c in prefix]
    while len(digits) < 15:
        digits.append(_rng.randrange(10))
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    good = (10 - total % 10) % 10
    digits.append((good + 3) % 10)
    return "".join(map(str, digits))


def _corp_number(base12: str) -> str:
    """法人番号: check digit (first digit) + 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


MN0 = my_number(SEED + 0)      # 退職発明者 (external, stop)
MN1 = my_number(SEED + 1)      # 同一人物 — internal 経理 (pass)
CARD0 = card_number(SEED + 0)  # corporate card to US associate (stop)

TRACK1 = _not_my_number()
TRACK2 = _not_my_number()
UKETSUKE = _not_my_number()
NOUFU = _not_card("9")
CORP_HINODE = _corp_number("120001083471")
CORP_KAWASAKI = _corp_number("140001026655")


def _sp(n: str) -> str:
    return f"{n[:4]} {n[4:8]} {n[8:]}"


# -- people of 日の出産業 知的財産部 (senders) ---------------------------------------------

SAEKI = "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>"
FUJISAKI = "藤崎 航 <fujisaki.wataru@hinode-sangyo.co.jp>"
MIYAUCHI = "宮内 さやか <miyauchi.sayaka@hinode-sangyo.co.jp>"
ONODERA = "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>"
TOGO = "東郷 隆 <togo.takashi@hinode-sangyo.co.jp>"
KAJIWARA = "梶原 優斗 <kajiwara.yuto@hinode-sangyo.co.jp>"
SHINOHARA = "篠原 光 <shinohara.hikaru@hinode-sangyo.co.jp>"

SIG_SAEKI = """
--
日の出産業株式会社 知的財産部 特許第一課
佐伯 真理子（Saeki Mariko）
〒541-0041 大阪府大阪市中央区北浜3-5-19 日の出北浜ビル8F
TEL: 06-6201-4470（直通）  FAX: 06-6201-4479
E-mail: saeki.mariko@hinode-sangyo.co.jp
"""

SIG_FUJISAKI = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
知的財産部 特許第二課  藤崎 航
〒541-0041 大阪市中央区北浜3丁目5番19号
TEL 06-6201-4472 / 内線 3472
fujisaki.wataru@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_MIYAUCHI = """
***************************************
 日の出産業株式会社 知的財産部
 商標・意匠グループ 宮内 さやか
 TEL：06-6201-4475  FAX：06-6201-4479
 Mail：miyauchi.sayaka@hinode-sangyo.co.jp
***************************************
"""

SIG_ONODERA = """
―――――――――――――――――
小野寺 健（おのでら けん）
日の出産業株式会社 知的財産部 契約グループ
〒541-0041 大阪府大阪市中央区北浜3-5-19
Tel 06-6201-4478 / Mobile 080-4417-2290
―――――――――――――――――
"""

SIG_TOGO = """
日の出産業株式会社
知的財産部長 東郷 隆
TEL 06-6201-4470
"""

SIG_KAJIWARA = """
--------------------------------------------
梶原 優斗 / Yuto Kajiwara
日の出産業株式会社 知的財産部 調査グループ
TEL: 06-6201-4476
--------------------------------------------
"""

SIG_EN_SAEKI = """
Best regards,

Mariko Saeki
IP Department, Hinode Sangyo Co., Ltd.
3-5-19 Kitahama, Chuo-ku, Osaka 541-0041, Japan
Tel: +81-6-6201-4470
"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
直ちに送信者にご連絡の上、本メールを削除してください。"""

DISC_EN = """
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
and/or privileged information. If you are not the intended recipient, please notify
the sender immediately and delete this e-mail."""


M: list[dict] = []


def add(**m) -> None:
    m.setdefault("charset", "utf-8")
    m.setdefault("entities", [])
    m.setdefault("detectors", [])
    M.append(m)


# =====================================================================================
# STOP
# =====================================================================================

# 発明者5名の住所 (願書用), one block per record, full-width digits
add(
    sender=SAEKI,
    to=["村瀬 隆一 <murase@aoyama-pat.jp>"],
    cc=["saeki.mariko@hinode-sangyo.co.jp"],
    subject="【出願依頼】HS-P2025-031 発明者情報のご連絡",
    charset="iso-2022-jp",
    body="""青山国際特許事務所
弁理士 村瀬 隆一 様

いつも大変お世話になっております。日の出産業 知財部の佐伯です。

先日ご依頼いたしました「樹脂組成物及びその製造方法」（弊社整理番号 HS-P2025-031）につき、
願書に記載する発明者情報を以下のとおりお知らせいたします。
今回は研究所の方針で、発明者の住所は自宅住所での記載となります。

【発明者１】
　氏名：岩佐　徹（いわさ　とおる）
　住所：〒５６４－００６３　大阪府吹田市江坂町２丁目１４番８号
【発明者２】
　氏名：能勢　由香里（のせ　ゆかり）
　住所：〒６６３－８１１２　兵庫県西宮市甲子園口北町３－２１－５－３０２
【発明者３】
　氏名：久米田　翔（くめだ　しょう）
　住所：〒５６０－００１２　大阪府豊中市上野東１丁目９番２２号
【発明者４】
　氏名：雲林院　崇（うじい　たかし）
　住所：〒６１７－０８２４　京都府長岡京市天神４－１１－７
【発明者５】
　氏名：百目鬼　萌（どうめき　もえ）
　住所：〒６３０－０２１３　奈良県生駒市東生駒月見町１８－３

出願人は弊社単独、優先権主張はございません。
明細書の最終版は来週月曜にお送りできる見込みです。

よろしくお願いいたします。
""" + SIG_SAEKI,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five inventors' home addresses (one block each) to an external patent firm",
)

# 職務発明報奨金 支払一覧 xlsx to payroll contractor
add(
    sender=ONODERA,
    to=["吉良 様 <kira@payroll-nishi.co.jp>"],
    subject="2025年度上期 職務発明報奨金の支給データ送付",
    body="""株式会社ペイロールサポート西日本
吉良様

お世話になっております。日の出産業の小野寺です。
9月給与と併せて支給する職務発明報奨金（出願報奨・登録報奨）のデータを添付いたします。
振込先は給与振込口座と異なる方がいらっしゃいますので、シート「支払一覧」の口座情報を
ご利用ください。

ご不明点はお知らせください。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "xlsx",
        "name": "2025上期_職務発明報奨金_支払一覧.xlsx",
        "sheets": {
            "支払一覧": [
                ["2025年度上期 職務発明報奨金 支払一覧（知的財産部 作成）"],
                [],
                ["社員番号", "氏名", "所属", "区分", "案件番号", "支給額", "銀行", "支店", "種別", "口座番号"],
                ["H10482", "篠原 光", "材料研究所", "登録報奨", "HS-P2019-114", 30000, "みどり銀行", "北浜支店", "普通", "2047731"],
                ["H11207", "岩佐 徹", "材料研究所", "出願報奨", "HS-P2025-031", 10000, "みどり銀行", "江坂支店", "普通", "1182094"],
                ["H11593", "能勢 由香里", "材料研究所", "出願報奨", "HS-P2025-031", 10000, "なにわ信用金庫", "西宮支店", "普通", "0639215"],
                ["H12088", "久米田 翔", "生産技術部", "出願報奨", "HS-P2025-031", 5000, "みどり銀行", "豊中支店", "普通", "3310478"],
                ["H09816", "東條 誠司", "電子材料事業部", "登録報奨", "HS-P2018-077", 30000, "関西中央銀行", "梅田支店", "普通", "5528107"],
                ["H12641", "葛城 理沙", "材料研究所", "出願報奨", "HS-P2025-036", 10000, "ゆうちょ銀行", "四〇八支店", "普通", "4472019"],
                ["H08840", "鬼頭 大樹", "電子材料事業部", "実施報奨", "HS-P2016-052", 120000, "みどり銀行", "本店営業部", "普通", "0098813"],
                ["H13002", "比嘉 健吾", "生産技術部", "出願報奨", "HS-P2025-040", 10000, "琉球みらい銀行", "那覇支店", "普通", "6604127"],
            ],
            "集計": [
                ["区分", "件数", "金額"],
                ["出願報奨", 5, 45000],
                ["登録報奨", 2, 60000],
                ["実施報奨", 1, 120000],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="eight inventors with bank accounts (reward payment list) to an external payroll contractor",
)

# 退職発明者のマイナンバー to 税理士
add(
    sender=ONODERA,
    to=["堀之内先生 <horinouchi@kitahama-tax.jp>"],
    subject="退職者への実施報奨金 支払調書の件",
    charset="iso-2022-jp",
    body=f"""税理士法人北浜会計
堀之内 先生

いつもお世話になっております。日の出産業 知財部の小野寺です。

先日ご相談した、退職された発明者への実施報奨金（雑所得扱い）の支払調書について、
ご本人から書類が届きましたので、必要事項をお送りします。

  氏名      木ノ下 静雄（きのした しずお）
  生年月日  昭和27年11月3日
  住所      〒569-1123 大阪府高槻市芥川町2丁目8番14号
  個人番号  {_sp(MN0)}
  支払額    412,000円（令和7年分）

源泉徴収の要否も含め、ご確認いただけますと助かります。
""" + SIG_ONODERA,
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a retired inventor's My Number with name, birth date and address to an external tax office",
)

# CSV without a name column: 社員番号・生年月日・口座
add(
    sender=ONODERA,
    to=["kira@payroll-nishi.co.jp"],
    subject="Re: 報奨金の追加支給分（CSV）",
    charset="shift_jis",
    body="""吉良様

追加支給分のCSVです。前回と同じく氏名は入れておりません（社員番号で照合願います）。
生年月日は本人確認用に付けています。

小野寺
""",
    attachments=[{
        "kind": "csv",
        "name": "hoshokin_tsuika_202510.csv",
        "encoding": "cp932",
        "rows": [
            ["社員番号", "生年月日", "銀行コード", "支店コード", "預金種目", "口座番号", "支給額"],
            ["H10733", "1979/05/21", "0179", "112", "1", "3381206", "10000"],
            ["H11418", "1986/12/02", "0179", "305", "1", "0427719", "10000"],
            ["H12259", "1990/02/14", "1241", "021", "1", "7712045", "5000"],
            ["H09052", "1972/08/30", "0179", "001", "1", "2209671", "30000"],
            ["H13318", "1994/10/09", "9900", "408", "1", "1934402", "10000"],
            ["H11876", "1988/03/27", "0162", "118", "1", "6045583", "10000"],
        ],
    }],
    expect="stop",
    entities=["DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six employees' birth dates and bank accounts in a CSV without a name column, to an outside contractor",
)

# PPAP zip to patent firm
add(
    sender=FUJISAKI,
    to=["早乙女 彩 <a.saotome@sakuragawa-ip.com>"],
    subject="HS-P2025-044 明細書修正案の送付",
    charset="iso-2022-jp",
    body="""弁理士法人桜川特許商標事務所
早乙女先生

お世話になっております。日の出産業の藤崎です。
HS-P2025-044 の明細書について、発明者コメントを反映した修正案を添付いたします。
【0032】〜【0041】の実施例の記載を大幅に追加しております。

添付ファイルのパスワードは別メールにてお送りします。
""" + SIG_FUJISAKI,
    attachments=[{
        "kind": "zip",
        "name": "HS-P2025-044_明細書修正案.zip",
        "password": "Hs2025#044",
        "files": [
            {"kind": "docx", "name": "HS-P2025-044_明細書_v3.docx",
             "paragraphs": ["【書類名】明細書", "【発明の名称】熱伝導性シート及びその製造方法",
                            "【技術分野】", "【0001】本発明は、電子機器の放熱に用いる熱伝導性シートに関する。"]},
        ],
    }],
    expect="stop",
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to a patent firm: the content cannot be inspected",
)

# protected PDF to search company
add(
    sender=KAJIWARA,
    to=["能登 由紀 様 <noto@chizai-research.co.jp>"],
    subject="先行技術調査のご依頼（案件 SR-2025-27）",
    body="""知財リサーチ株式会社
能登様

お世話になっております。日の出産業 調査グループの梶原です。

標記の件、発明提案書（PDF）をお送りします。PDF には閲覧パスワードを設定しています。
パスワードは従来どおりお電話でお伝えします。

調査範囲：日本・米国・欧州・中国の特許/実用新案、2005年以降
納期　　：11月28日（金）希望
ご予算　：前回と同程度（概算お見積りをお願いします）

よろしくお願いいたします。
""" + SIG_KAJIWARA,
    attachments=[{
        "kind": "pdf", "name": "発明提案書_SR-2025-27.pdf", "password": "0427sr",
        "title": "発明提案書",
        "lines": ["発明提案書", "提案番号 SR-2025-27", "発明の名称：リチウムイオン電池用バインダー組成物",
                  "1. 従来技術の課題", "2. 発明の概要", "3. 実施例"],
    }],
    expect="stop",
    detectors=["unscannable_attachment"],
    note="password-protected PDF to an external search firm cannot be scanned",
)

# corrupt docx to patent firm
add(
    sender=SAEKI,
    to=["murase@aoyama-pat.jp"],
    cc=["tsuji@aoyama-pat.jp"],
    subject="Re: 特願2024-187352 意見書案について",
    body="""村瀬先生

ご確認ありがとうございます。
ご指摘の2点を反映した意見書案を再送いたします（先ほどのファイルが開けなかったとのことで、
保存し直しました）。

佐伯
""",
    attachments=[{"kind": "corrupt", "name": "意見書案_特願2024-187352_修正版.docx"}],
    expect="stop",
    detectors=["unscannable_attachment"],
    note="corrupt Word attachment to a patent firm: cannot be read",
)

# 社外秘 stamp in a docx header
add(
    sender=KAJIWARA,
    to=["noto@chizai-research.co.jp"],
    subject="侵害予防調査 依頼書の送付",
    body="""能登様

いつもありがとうございます。梶原です。
来期発売予定品の侵害予防調査（クリアランス調査）について、依頼書を作成しましたので
お送りします。製品構成の概要は依頼書の3ページ目にまとめています。

ご確認のうえ、お見積りをいただけますでしょうか。
""" + SIG_KAJIWARA,
    attachments=[{
        "kind": "docx", "name": "侵害予防調査依頼書_HX-900.docx",
        "page_header": "社外秘",
        "title": "侵害予防調査依頼書",
        "paragraphs": ["侵害予防調査 依頼書", "対象製品：HX-900（仮称）放熱基板",
                       "調査対象国：日本、米国、中国", "製品構成：銅ベース＋絶縁層（窒化ホウ素フィラー 60vol%）＋回路層",
                       "発売予定：2026年秋"],
        "tables": [["項目", "内容"], ["依頼部署", "知的財産部 調査G"], ["希望納期", "2025年12月19日"]],
    }],
    expect="stop",
    detectors=["confidential_marking"],
    note="attachment stamped 社外秘 in its page header goes to an external search firm",
)

# 【極秘】 in the subject
add(
    sender=MIYAUCHI,
    to=["trademark@sakuragawa-ip.com"],
    cc=["a.saotome@sakuragawa-ip.com"],
    subject="【極秘】新ブランド名 商標調査のお願い",
    charset="iso-2022-jp",
    body="""桜川特許商標事務所
商標ご担当者様

お世話になっております。日の出産業 商標・意匠グループの宮内です。

来春発表予定の新ブランドにつき、以下候補名の登録可能性調査をお願いいたします。
社内でもまだ限られたメンバーしか知らない名称ですので、お取扱いにご注意ください。

  候補1：ルミナテラ（LUMINATERRA）
  候補2：ヒノデ・エアリス
  候補3：SORAFIT

区分：第1類、第17類、第19類
回答希望日：11月14日

よろしくお願いいたします。
""" + SIG_MIYAUCHI,
    expect="stop",
    detectors=["confidential_marking"],
    note="mail classified 【極秘】 in its subject to an external trademark firm",
)

# CONFIDENTIAL footer in a PDF to university
add(
    sender=SHINOHARA,
    to=["鷲尾 誠 先生 <washio@eng.toto-u.ac.jp>"],
    subject="共同研究 中間報告書の送付（2025年度）",
    body="""東都大学 工学研究科
鷲尾先生

いつもご指導いただきありがとうございます。日の出産業 材料研究所の篠原です。
11月の進捗会議に先立ち、弊社側の中間報告書をお送りいたします。
第3章の試作結果について、先生のご意見をいただけますと幸いです。

篠原 光
日の出産業株式会社 研究開発本部 材料研究所
TEL 072-641-8830
""",
    attachments=[{
        "kind": "pdf", "name": "中間報告書_2025_HinodeSangyo.pdf",
        "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. - Do not distribute",
        "title": "共同研究 中間報告書",
        "lines": ["共同研究「高熱伝導フィラーの表面改質」中間報告書", "日の出産業株式会社 材料研究所",
                  "1. 目的", "2. 実験方法", "3. 試作結果", "4. 今後の計画"],
        "table": [["試料", "熱伝導率(W/mK)", "絶縁破壊電圧(kV)"], ["A-1", "8.2", "5.1"],
                  ["A-2", "9.7", "4.8"], ["B-1", "11.3", "4.2"]],
    }],
    expect="stop",
    detectors=["confidential_marking"],
    note="attachment carries a CONFIDENTIAL footer on every page, sent to a university",
)

# 取扱注意 xlsx to law firm (partner)
add(
    sender=TOGO,
    to=["白川 透 先生 <shirakawa@shirakawa-law.jp>"],
    subject="特許ポートフォリオ評価資料（ご相談用）",
    body="""白川法律事務所
白川先生

お世話になっております。日の出産業の東郷です。
来週のご相談に先立ち、売却・ライセンス候補の特許の評価表をお送りします。
評価ランクは社内基準によるものです。
""" + SIG_TOGO,
    attachments=[{
        "kind": "xlsx", "name": "特許ポートフォリオ評価_2025Q3.xlsx",
        "page_header": "取扱注意",
        "sheets": {
            "評価表": [
                ["【取扱注意】特許ポートフォリオ評価（2025年度第3四半期）"],
                ["登録番号", "発明の名称", "残存年数", "自社実施", "評価ランク", "方針"],
                ["特許第6512877号", "積層セラミック基板", 9, "無", "C", "売却候補"],
                ["特許第6630194号", "導電性ペースト", 11, "有", "A", "維持"],
                ["特許第6781052号", "放熱シート", 13, "無", "B", "ライセンス候補"],
                ["特許第6902413号", "接着剤組成物", 15, "有", "A", "維持"],
            ],
        },
    }],
    expect="stop",
    detectors=["confidential_marking"],
    note="spreadsheet classified 取扱注意 (header and title row) sent to an outside law firm",
)

# 部外秘 footer in pptx to partner
add(
    sender=FUJISAKI,
    to=["長谷部 修 様 <hasebe.osamu@kawasaki-denki.co.jp>"],
    subject="共同出願に向けた技術説明資料",
    charset="iso-2022-jp",
    body="""川崎電機株式会社 知的財産部
長谷部様

お世話になっております。日の出産業の藤崎です。
来週の打合せで使用する技術説明資料を先にお送りいたします。
共同出願の対象範囲について、当日ご議論させていただければと存じます。
""" + SIG_FUJISAKI,
    attachments=[{
        "kind": "pptx", "name": "技術説明_共同出願検討.pptx",
        "page_footer": "部外秘　日の出産業株式会社 知的財産部",
        "slides": [
            ["共同出願検討 技術説明", "2025年11月", "日の出産業株式会社"],
            ["背景", "パワーモジュールの放熱課題", "現行品の熱抵抗 0.35K/W"],
            ["発明の要点", "フィラー配向制御", "界面の熱抵抗を40%低減"],
        ],
    }],
    expect="stop",
    detectors=["confidential_marking"],
    note="slides carry a 部外秘 footer and go to a partner company",
)

# look-alike: kawasaki-denkl.co.jp
add(
    sender=ONODERA,
    to=["長谷部 修 <hasebe.osamu@kawasaki-denkl.co.jp>"],
    subject="共同出願契約書（案）の送付",
    body="""川崎電機株式会社
知的財産部 長谷部様

お世話になっております。日の出産業の小野寺です。
先日の打合せを踏まえ、共同出願契約書（案）を作成しました。
持分は各50%、費用負担も折半とする案としています。第8条（第三者への実施許諾）について
ご意見をいただけますでしょうか。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "docx", "name": "共同出願契約書_案_20251104.docx",
        "paragraphs": ["共同出願契約書（案）", "日の出産業株式会社（以下「甲」という。）と川崎電機株式会社（以下「乙」という。）は、"
                       "次のとおり契約を締結する。", "第1条（目的）", "第2条（持分）甲及び乙の持分は、各2分の1とする。"],
    }],
    expect="stop",
    detectors=["lookalike_domain"],
    note="recipient domain kawasaki-denkl.co.jp is a look-alike of partner kawasaki-denki.co.jp",
)

# look-alike: shirakawa-lavv.jp
add(
    sender=TOGO,
    to=["shirakawa@shirakawa-lavv.jp"],
    cc=["onodera.ken@hinode-sangyo.co.jp"],
    subject="職務発明規程 改定案のレビューのお願い",
    body="""白川先生

いつもお世話になっております。東郷です。
特許法35条の改正を踏まえた職務発明規程の改定案がまとまりましたので、
リーガルチェックをお願いできますでしょうか。
特に「相当の利益」の算定方法（第12条）と、退職者への支払（第15条）をご確認ください。

年内の取締役会に諮る予定です。
""" + SIG_TOGO,
    attachments=[{
        "kind": "docx", "name": "職務発明規程_改定案_v2.docx",
        "paragraphs": ["職務発明規程（改定案）", "第1条（目的）この規程は、従業員等がした職務発明の取扱いについて定める。",
                       "第12条（相当の利益）", "第15条（退職者の取扱い）"],
    }],
    expect="stop",
    detectors=["lookalike_domain"],
    note="shirakawa-lavv.jp imitates partner shirakawa-law.jp (vv for w)",
)

# look-alike of own domain: hinode-sanygo.co.jp
add(
    sender=SAEKI,
    to=["篠原 光 <shinohara.hikaru@hinode-sanygo.co.jp>"],
    subject="発明届出書の記載について（差戻し）",
    charset="iso-2022-jp",
    body="""篠原さん

お疲れさまです。知財部の佐伯です。
ご提出いただいた発明届出書、2点だけ修正をお願いします。

1. 「従来技術」欄に、先日お話しした他社製品（型番）との違いを追記してください。
2. 発明者の寄与率の合計が105%になっています。

修正後は発明届システムから再提出をお願いします。

佐伯
""",
    expect="stop",
    detectors=["lookalike_domain"],
    note="colleague's address typed at hinode-sanygo.co.jp, a look-alike of the own domain",
)

# look-alike: tsubasa-systern.jp (rn for m)
add(
    sender=KAJIWARA,
    to=["水野 様 <mizuno@tsubasa-systern.jp>"],
    subject="知財管理システム データ移行の件",
    body="""株式会社ツバサシステム
水野様

お世話になっております。日の出産業の梶原です。
新知財管理システムへのデータ移行について、移行対象の項目一覧を添付します。
年金管理データは2010年以降分のみ移行とさせてください。
""" + SIG_KAJIWARA,
    attachments=[{
        "kind": "xlsx", "name": "移行項目一覧.xlsx",
        "sheets": {"項目": [["テーブル", "項目名", "型", "移行要否"],
                            ["案件", "整理番号", "文字列", "要"], ["案件", "出願番号", "文字列", "要"],
                            ["年金", "納付期限", "日付", "要"], ["年金", "納付額", "数値", "要"]]},
    }],
    expect="stop",
    detectors=["lookalike_domain"],
    note="tsubasa-systern.jp: homoglyph (rn for m) of partner tsubasa-system.jp",
)

# look-alike: hinode-sangyo.jp (dropped co.)
add(
    sender=FUJISAKI,
    to=["kumeda.sho@hinode-sangyo.jp"],
    cc=["iwasa.toru@hinode-sangyo.co.jp"],
    subject="RE: 発明者面談の日程",
    body="""久米田さん

知財部の藤崎です。面談は11/12(水) 14:00〜 第3会議室でお願いします。
事前に実験ノートのコピー（該当ページのみ）をご用意ください。

藤崎
""",
    expect="stop",
    detectors=["lookalike_domain"],
    note="hinode-sangyo.jp drops the co. of the own domain: a look-alike, not internal",
)

# 3+ external orgs visible: consortium meeting
add(
    sender=FUJISAKI,
    to=["washio@eng.toto-u.ac.jp", "isurugi@hokuriku-it.ac.jp",
        "hasebe.osamu@kawasaki-denki.co.jp", "chiyoda@sentan-sozai.or.jp"],
    cc=["togo.takashi@hinode-sangyo.co.jp"],
    subject="次世代放熱材料コンソーシアム 第4回知財WGのご案内",
    charset="iso-2022-jp",
    body="""関係各位

いつもお世話になっております。幹事会社の日の出産業 藤崎です。
第4回知財ワーキンググループを下記のとおり開催いたします。

  日時：2025年12月3日（水）13:30〜15:30
  場所：日の出産業 本社 8F 大会議室（オンライン併用）
  議題：1) 共同発明の持分の考え方  2) 成果物の公表前確認手順  3) 次年度計画

ご出席の可否を11月21日までにご返信ください。
""" + SIG_FUJISAKI,
    expect="stop",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external organisations can see each other in To: should have been Bcc",
)

# 3 private persons (OB inventors) visible in To
add(
    sender=ONODERA,
    to=["木ノ下 静雄 <kinoshita.shizuo@gmail.com>", "tojo-seiji@yahoo.co.jp",
        "m.ikeuchi1949@icloud.com"],
    subject="職務発明規程改定に伴う実施報奨のお知らせ",
    body="""退職された発明者の皆様

ご無沙汰しております。日の出産業 知的財産部の小野寺でございます。

このたび弊社の職務発明規程を改定し、退職後も実施報奨の対象となる範囲が広がりました。
該当する案件がある方には、個別に書面にてご案内をお送りいたします。
住所が変わられた方は、お手数ですが本メールへのご返信でお知らせください。

今後ともよろしくお願い申し上げます。
""" + SIG_ONODERA,
    expect="stop",
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three retired inventors on free mail see each other's addresses in To",
)

# 4 patent firms in To for 相見積
add(
    sender=TOGO,
    to=["murase@aoyama-pat.jp", "a.saotome@sakuragawa-ip.com",
        "kuramoto@minato-patent.jp", "info@yamabuki-patent.com"],
    subject="外国出願業務の見積依頼（相見積）",
    body="""各位

お世話になっております。日の出産業 知財部長の東郷です。
来年度の外国出願（主に米国・中国・欧州）の取扱事務所の見直しを行うことになり、
以下の条件でお見積りをお願いしたく存じます。

 ・想定件数：米国 25件、中国 20件、EP 10件
 ・翻訳は貴所手配／弊社手配の両案
 ・回答期限：11月28日

何卒よろしくお願いいたします。
""" + SIG_TOGO,
    expect="stop",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four competing patent firms all in To: each sees the others; should have been Bcc",
)

# 要配慮: inventor on leave with depression
add(
    sender=SAEKI,
    to=["murase@aoyama-pat.jp"],
    subject="HS-P2025-036 発明者確認の遅れについて",
    charset="iso-2022-jp",
    body="""村瀬先生

お世話になっております。佐伯です。
HS-P2025-036 の明細書ドラフトの発明者確認ですが、筆頭発明者の葛城理沙さんが
うつ病で9月から休職しており、復職は早くても1月の見込みです。

そのため、共同発明者の比嘉さんに確認を依頼しております。
出願期限（学会発表前）には間に合わせますので、ご承知おきください。

佐伯
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named inventor's mental illness and sick leave told to an external patent firm",
)

# 要配慮: disability of a named inventor, to university
add(
    sender=FUJISAKI,
    to=["日比野 様 <hibino@sangaku.toto-u.ac.jp>"],
    subject="Re: 共同発明者面談の会場について",
    body="""東都大学 産学連携推進本部
日比野様

ご調整ありがとうございます。日の出産業の藤崎です。
一点ご相談です。弊社側の発明者の鬼頭大樹は身体障害者手帳（下肢）を持っており、
車椅子で伺います。会場はエレベーターのある棟でお願いできますでしょうか。
また、可能であれば車での入構許可もいただけますと助かります。

よろしくお願いいたします。
""" + SIG_FUJISAKI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's physical disability goes to a university",
)

# passports for a lab visit
add(
    sender=SHINOHARA,
    to=["chiyoda@sentan-sozai.or.jp"],
    subject="入構申請（11/20 共同実験）",
    body="""先端素材研究機構 連携推進室
千代田様

お世話になっております。日の出産業 材料研究所の篠原です。
11月20日の放射光実験について、入構申請に必要な情報をお送りします。
外国籍の者がおりますので旅券番号も記載しております。

1) 篠原 光（シノハラ ヒカル）　日本　1984年7月19日生
2) Nguyen Thi Lan（グエン ティ ラン）　ベトナム　1993年2月8日生　旅券番号 C4827163
3) 斑目 純（マダラメ ジュン）　日本　1990年11月30日生　旅券番号 TR0931586

当日は9:00に正門受付に伺います。
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="passport numbers and birth dates of visiting researchers to an outside institute",
)

# 在留カード + 運転免許証
add(
    sender=SHINOHARA,
    to=["isurugi@hokuriku-it.ac.jp"],
    subject="実験棟の入構・車両登録について",
    charset="iso-2022-jp",
    body="""北陸工業大学 研究推進課
石動様

お世話になっております。日の出産業の篠原です。
来月からの共同実験で、弊社から2名が常駐いたします。
入構証と駐車許可の発行に必要とのことで、本人確認書類の番号をお知らせします。

・王 浩然（オウ コウゼン）　昭和63年4月2日生
　在留カード番号：UH48213796EC
・一ノ瀬 浩二（イチノセ コウジ）　平成2年11月3日生
　運転免許証番号：第621203458810号　車両：品川 300 さ 12-34

よろしくお願いいたします。

篠原
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a residence card number and a driver's licence number go to a university",
)

# corporate credit card to US associate
add(
    sender=TOGO,
    to=["John Keane <jkeane@harperlowe.com>"],
    cc=["saeki.mariko@hinode-sangyo.co.jp"],
    subject="Fee payment for US 18/442,907 - issue fee",
    body=f"""Dear John,

Thank you for the Notice of Allowance report. To meet the deadline, please pay the
issue fee by our corporate card this time, instead of the usual wire transfer.

  Card number : {CARD0[:4]}-{CARD0[4:8]}-{CARD0[8:12]}-{CARD0[12:]}
  Expiry      : 08/29
  Cardholder  : TAKASHI TOGO (HINODE SANGYO CO LTD)

Please send the receipt to Ms. Saeki in copy.

Best regards,
Takashi Togo
General Manager, IP Department
Hinode Sangyo Co., Ltd.
""",
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="a full credit card number with expiry sent by mail to a foreign law firm",
)

# forwarded mail (eml) with a list of researchers' contacts
add(
    sender=KAJIWARA,
    to=["noto@chizai-research.co.jp"],
    subject="FW: ヒアリング対象者の連絡先",
    body="""能登様

梶原です。発明発掘ヒアリングの対象者一覧を研究所から受け取りましたので転送します。
日程調整は各人に直接ご連絡いただいて構いません。
""",
    attachments=[{
        "kind": "eml", "name": "ヒアリング対象者の連絡先.eml",
        "message": {
            "sender": "岩佐 徹 <iwasa.toru@hinode-sangyo.co.jp>",
            "to": ["kajiwara.yuto@hinode-sangyo.co.jp"],
            "subject": "ヒアリング対象者の連絡先",
            "body": """梶原さん

依頼のあった対象者です（タブ区切りで貼っています）。

氏名\t所属\t携帯\tメール
岩佐 徹\t第一G\t090-3318-4720\tiwasa.toru@hinode-sangyo.co.jp
能勢 由香里\t第一G\t080-5527-1093\tnose.yukari@hinode-sangyo.co.jp
久米田 翔\t第二G\t070-1284-6635\tkumeda.sho@hinode-sangyo.co.jp
葛城 理沙\t第二G\t090-7741-2058\tkatsuragi.risa@hinode-sangyo.co.jp
五百旗頭 亮\t分析G\t080-2269-7514\tiokibe.ryo@hinode-sangyo.co.jp
勅使河原 綾\t分析G\t090-6603-3827\tteshigawara.aya@hinode-sangyo.co.jp
小鳥遊 悠\t試作G\t070-4432-9186\ttakanashi.yu@hinode-sangyo.co.jp

岩佐
""",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forwarded mail with seven researchers' mobile numbers and e-mail addresses to an outside firm",
)

# HTML-only table: PCT inventors to US associate
add(
    sender=SAEKI,
    to=["Emily Ortiz <eortiz@harperlowe.com>"],
    subject="PCT/JP2025/031877 - US national phase: inventor data",
    html="""<html><body>
<p>Dear Emily,</p>
<p>For the US national phase entry of PCT/JP2025/031877, please find the inventor data
for the ADS below.</p>
<table border="1" cellpadding="4">
<tr><th>Name</th><th>Residence</th><th>Mailing address</th><th>Citizenship</th></tr>
<tr><td>Toru IWASA</td><td>Suita, Osaka</td><td>2-14-8 Esakacho, Suita-shi, Osaka 564-0063</td><td>JP</td></tr>
<tr><td>Yukari NOSE</td><td>Nishinomiya, Hyogo</td><td>3-21-5-302 Koshienguchi Kitamachi, Nishinomiya-shi, Hyogo 663-8112</td><td>JP</td></tr>
<tr><td>Sho KUMEDA</td><td>Toyonaka, Osaka</td><td>1-9-22 Uenohigashi, Toyonaka-shi, Osaka 560-0012</td><td>JP</td></tr>
<tr><td>Takashi UJII</td><td>Nagaokakyo, Kyoto</td><td>4-11-7 Tenjin, Nagaokakyo-shi, Kyoto 617-0824</td><td>JP</td></tr>
<tr><td>Moe DOMEKI</td><td>Ikoma, Nara</td><td>18-3 Higashiikoma Tsukimicho, Ikoma-shi, Nara 630-0213</td><td>JP</td></tr>
<tr><td>Thi Lan NGUYEN</td><td>Ibaraki, Osaka</td><td>7-7-15 Saito Asagi, Ibaraki-shi, Osaka 567-0085</td><td>VN</td></tr>
</table>
<p>The signed declarations will follow by courier.</p>
<p>Best regards,<br>Mariko Saeki<br>IP Department, Hinode Sangyo Co., Ltd.</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="HTML table of six inventors' home addresses (romaji) to a US law firm",
)

# ZIP (not encrypted) with xlsx + docx of inventors' compensation, to law firm
add(
    sender=TOGO,
    to=["有馬 弁護士 <arima@shirakawa-law.jp>"],
    cc=["shirakawa@shirakawa-law.jp"],
    subject="相当の利益請求の件 資料一式",
    body="""白川法律事務所
有馬先生

お世話になっております。東郷です。
元従業員からの相当の利益の請求に関し、比較のため同一製品群の発明者全員の
支払実績と算定資料をまとめました。ZIP でお送りします（暗号化はしていません）。
""" + SIG_TOGO,
    attachments=[{
        "kind": "zip", "name": "相当の利益_資料一式.zip",
        "files": [
            {"kind": "xlsx", "name": "発明者別_支払実績.xlsx",
             "sheets": {"実績": [
                 ["製品群 HX 発明者別 支払実績（2015-2025）"],
                 ["氏名", "生年月日", "入社年", "退職", "関与件数", "支払累計(円)"],
                 ["鬼頭 大樹", "1975-06-14", 1998, "", 7, 1840000],
                 ["東條 誠司", "1969-01-22", 1992, "", 5, 1260000],
                 ["木ノ下 静雄", "1952-11-03", 1975, "2017退職", 9, 2310000],
                 ["池内 雅美", "1949-09-09", 1972, "2014退職", 4, 980000],
                 ["篠原 光", "1984-07-19", 2009, "", 3, 420000],
                 ["仲宗根 美和", "1981-04-27", 2006, "", 2, 250000],
                 ["斑目 純", "1990-11-30", 2015, "", 1, 60000],
             ]}},
            {"kind": "docx", "name": "算定方法メモ.docx",
             "paragraphs": ["相当の利益 算定方法メモ", "超過売上高 × 仮想実施料率 × 発明者貢献度 × 共同発明者間寄与率"]},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="ZIP holds a sheet of seven inventors with birth dates and payment history, to a law firm",
)

# legacy XLS 発明者台帳 to system vendor (partner)
add(
    sender=KAJIWARA,
    to=["mizuno@tsubasa-system.jp"],
    subject="発明者マスタの移行データ（旧システム出力）",
    charset="shift_jis",
    body="""ツバサシステム 水野様

お世話になっております。梶原です。
旧システムから出力した発明者マスタ（xls）をお送りします。
退職者フラグの列は移行不要です。取込テストにご利用ください。

梶原
""",
    attachments=[{
        "kind": "xls", "name": "inventor_master_old.xls",
        "sheets": {"inventor": [
            ["社員番号", "氏名カナ", "内線", "携帯", "自宅住所", "退職F"],
            ["H08840", "キトウ ダイキ", "5521", "090-1133-4826", "大阪府箕面市小野原西3-17-9", "0"],
            ["H09816", "トウジョウ セイジ", "5530", "080-6620-1174", "兵庫県宝塚市逆瀬台5-2-14", "0"],
            ["H10482", "シノハラ ヒカル", "8830", "070-2215-9087", "大阪府茨木市西駅前町4-1-903", "0"],
            ["H11207", "イワサ トオル", "8812", "090-3318-4720", "大阪府吹田市江坂町2-14-8", "0"],
            ["H11593", "ノセ ユカリ", "8815", "080-5527-1093", "兵庫県西宮市甲子園口北町3-21-5-302", "0"],
            ["H12088", "クメダ ショウ", "4407", "070-1284-6635", "大阪府豊中市上野東1-9-22", "0"],
            ["H04471", "キノシタ シズオ", "", "", "大阪府高槻市芥川町2-8-14", "1"],
            ["H12641", "カツラギ リサ", "8819", "090-7741-2058", "大阪府池田市石橋2-6-30-205", "0"],
            ["H13002", "ヒガ ケンゴ", "4410", "080-9034-6621", "大阪府摂津市千里丘東1-12-3", "0"],
        ]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="inventor master of nine employees (kana names, mobiles, home addresses) to a vendor",
)

# 健康保険証 記号・番号 of a seconded researcher
add(
    sender=SHINOHARA,
    to=["hibino@sangaku.toto-u.ac.jp"],
    subject="受託研究員 受入れ書類の件",
    body="""日比野様

お世話になっております。篠原です。
4月から貴学に受託研究員として派遣する者の受入れ書類について、
保険加入状況の欄は以下のとおりです。

 氏名：五百旗頭 亮（いおきべ りょう）
 生年月日：Ｈ５．８．１７
 健康保険：協会けんぽ 被保険者証 記号 27110843 番号 152
 緊急連絡先：同上 携帯 080-2269-7514

書類原本は郵送いたします。
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one researcher's health insurance card symbol and number go to a university",
)


# =====================================================================================
# EITHER
# =====================================================================================

add(
    sender=FUJISAKI,
    to=["kuramoto@minato-patent.jp"],
    subject="HS-P2025-040 宣誓書の署名が遅れます",
    charset="iso-2022-jp",
    body="""みなと国際特許事務所
蔵元先生

お世話になっております。藤崎です。
米国出願用の宣誓書ですが、発明者のうち仲宗根美和さんが先週から入院しており、
署名の回収が12月上旬になりそうです。残り2名分は今週中にお送りします。

期限との関係で問題があればお知らせください。

藤崎
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="a named inventor is in hospital (no diagnosis): health info or just a scheduling reason",
)

add(
    sender=SAEKI,
    to=["tsuji@aoyama-pat.jp"],
    subject="発明者ヒアリング（HS-P2025-052）出席者",
    body="""青山国際特許事務所
辻様

お世話になっております。佐伯です。
12/2 の発明者ヒアリングの出席者は以下の5名です。当日の連絡は各人の内線か
会社メールにお願いします。

  氏名           所属                内線   メール
  ------------   ----------------    ----   -----------------------------------
  篠原 光        材料研究所 第一G    8830   shinohara.hikaru@hinode-sangyo.co.jp
  岩佐 徹        材料研究所 第一G    8812   iwasa.toru@hinode-sangyo.co.jp
  能勢 由香里    材料研究所 第一G    8815   nose.yukari@hinode-sangyo.co.jp
  比嘉 健吾      生産技術部          4410   higa.kengo@hinode-sangyo.co.jp
  斑目 純        分析センター        6021   madarame.jun@hinode-sangyo.co.jp

よろしくお願いいたします。
""" + SIG_SAEKI,
    expect="either",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five staff with extension and work e-mail only: business contacts or a list of people",
)

add(
    sender=KAJIWARA,
    to=["noto@chizai-research.co.jp"],
    subject="無効資料調査：対象公報の書誌事項",
    body="""能登様

梶原です。無効資料調査の対象公報（他社特許）の書誌事項を貼り付けます。
発明者が前職で関与していた可能性のある文献も探していただきたく、発明者欄も転記しました。

（19）日本国特許庁（JP）（12）特許公報（B2）（11）特許第7284419号
（54）【発明の名称】放熱部材及びその製造方法
（73）【特許権者】ミカゲ化成株式会社
（72）【発明者】
　【氏名】榊原 昌平　【住所】愛知県豊田市若林東町中外根12-4
　【氏名】真栄田 綾乃　【住所】愛知県岡崎市羽根町小豆坂88-2
　【氏名】宍戸 隆之　【住所】愛知県刈谷市一ツ木町7丁目3-15
　【氏名】乙部 誠　【住所】愛知県安城市住吉町2-20-1
　【氏名】秋月 奈央　【住所】愛知県知立市八ツ田町泉22
　【氏名】甲斐田 稔　【住所】愛知県豊明市沓掛町石畑180-6

以上、よろしくお願いいたします。
""" + SIG_KAJIWARA,
    expect="either",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six inventors' addresses copied from a published patent gazette: public data, but a list",
)


# =====================================================================================
# PASS
# =====================================================================================

# 3 inventors with home addresses (願書) — under the list threshold
add(
    sender=FUJISAKI,
    to=["kuramoto@minato-patent.jp"],
    subject="HS-P2025-058 願書記載事項",
    charset="iso-2022-jp",
    body="""蔵元先生

お世話になっております。日の出産業の藤崎です。
HS-P2025-058 の願書記載事項をお送りします。

　発明者　　　　　住所
　―――――――――――――――――――――――――――――――――
　東條　誠司　　　兵庫県宝塚市逆瀬台５－２－１４
　仲宗根　美和　　大阪府吹田市千里山西２－３－１１
　勅使河原　綾　　大阪府高槻市城北町１－６－２５－８０１

出願人：日の出産業株式会社（代表取締役 日野 昇）
請求項数：１２（うち独立項２）
""" + SIG_FUJISAKI,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="three inventors' addresses for an application form: under five people, may be warned",
)

# NDA draft with a university
add(
    sender=ONODERA,
    to=["日比野 様 <hibino@sangaku.toto-u.ac.jp>"],
    subject="秘密保持契約書（案）への弊社コメント",
    body="""東都大学 産学連携推進本部
日比野様

お世話になっております。日の出産業の小野寺です。
貴学ひな形の秘密保持契約書について、弊社コメントを見え消しで入れました。
主な論点は以下の3点です。

 (1) 第2条「秘密情報」の定義：口頭開示の場合の書面化期限を30日に
 (2) 第5条 有効期間：契約終了後も3年間は秘密保持義務を存続
 (3) 第9条 学生の取扱い：学生にも誓約書の提出を求める

ご検討のほどよろしくお願いいたします。
""" + SIG_ONODERA + DISC_JA,
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_東都大学_弊社コメント.docx",
        "paragraphs": ["秘密保持契約書", "第2条（秘密情報）本契約において「秘密情報」とは、開示者が受領者に開示する"
                       "技術上又は営業上の情報であって、開示の際に秘密である旨を明示したものをいう。",
                       "第5条（有効期間）", "第9条（学生の取扱い）"],
    }],
    expect="pass",
    note="mail about an NDA: 秘密情報 is a defined term, not a marking; disclaimer at the end",
)

# reply quoting the firm's mail that listed 5 inventors
add(
    sender=SAEKI,
    to=["a.saotome@sakuragawa-ip.com"],
    subject="Re: HS-P2025-044 発明者の住所確認",
    charset="iso-2022-jp",
    body="""早乙女先生

ご確認ありがとうございます。記載のとおりで相違ございません。
このまま願書を作成いただけますでしょうか。

佐伯

> 日の出産業 佐伯様
>
> 願書に記載する発明者の住所を以下で確認させてください。
>
> 篠原 光　　 大阪府茨木市西駅前町4-1-903
> 葛城 理沙　 大阪府池田市石橋2-6-30-205
> 比嘉 健吾　 大阪府摂津市千里丘東1-12-3
> 鬼頭 大樹　 大阪府箕面市小野原西3-17-9
> 小鳥遊 悠　 京都府向日市寺戸町西野辺14-2
>
> 弁理士法人桜川特許商標事務所 早乙女
""",
    expect="pass",
    note="the five addresses are only in text quoted from the firm's own mail",
)

# search request with classification codes and document numbers
add(
    sender=KAJIWARA,
    to=["noto@chizai-research.co.jp"],
    subject="先行技術調査 SR-2025-31 調査観点",
    body="""能登様

梶原です。SR-2025-31 の調査観点を補足します。

■ 分類
  IPC：C08K 3/38, C08L 63/00, H01L 23/373
  FI ：C08K3/38, H01L23/36 D
  Fターム：4J002 DK006, 5F136 FA51

■ 既に把握している文献（除外で結構です）
  ・特開2019-112843号公報
  ・特許第6630194号公報
  ・US 10,428,117 B2
  ・WO 2021/187552 A1
  ・CN 112646340 A

■ キーワード
  窒化ホウ素、凝集粒子、配向、熱伝導率 10W/mK 以上

よろしくお願いします。
""" + SIG_KAJIWARA,
    expect="pass",
    note="search criteria and patent numbers: no personal data",
)

# evaluation of search results (xlsx, companies only)
add(
    sender=KAJIWARA,
    to=["noto@chizai-research.co.jp"],
    subject="Re: SR-2025-27 調査報告書 受領・評価結果",
    body="""能登様

調査報告書を拝受しました。ありがとうございます。
社内で評価した結果を添付します。「◎」の3件について、対応外国特許の
ファミリー情報を追加でいただけますでしょうか。

梶原
""",
    attachments=[{
        "kind": "xlsx", "name": "SR-2025-27_評価結果.xlsx",
        "sheets": {"評価": [
            ["No", "文献番号", "出願人", "発明の名称", "関連度", "コメント"],
            [1, "特開2020-045512", "ミカゲ化成株式会社", "バインダー組成物", "◎", "請求項1の構成をほぼ開示"],
            [2, "特開2021-118830", "大和ケミカル工業株式会社", "電極用スラリー", "○", ""],
            [3, "特許第6877402号", "Northfield Materials Inc.", "Binder for electrodes", "◎", ""],
            [4, "US 2022/0131884 A1", "Kessler Chemie GmbH", "Polymer binder", "△", "構成が異なる"],
            [5, "CN 113451902 A", "华东新材料有限公司", "粘结剂", "◎", "実施例3が近い"],
            [6, "特開2019-201135", "株式会社セイラン", "リチウム電池", "×", ""],
        ]},
    }],
    expect="pass",
    note="search results list companies (applicants), not people",
)

# trademark filing request
add(
    sender=MIYAUCHI,
    to=["trademark@sakuragawa-ip.com"],
    subject="商標出願のご依頼「ヒノデクリア」",
    charset="iso-2022-jp",
    body="""桜川特許商標事務所 御中

いつもお世話になっております。日の出産業の宮内です。
先日調査いただいた「ヒノデクリア」について、以下の内容で出願をお願いいたします。

　商標：ヒノデクリア（標準文字）
　区分：第３類　せっけん類，家庭用洗浄剤
　　　　第２１類　清掃用具，食器洗浄用ブラシ
　出願人：日の出産業株式会社
　早期審査：不要

費用は従来どおり月末締めでご請求ください。
""" + SIG_MIYAUCHI,
    expect="pass",
    note="ordinary trademark filing instruction",
)

# trademark clearance result (companies), to design office
add(
    sender=MIYAUCHI,
    to=["彩野 様 <ayano@design-aya.jp>"],
    subject="ロゴ案の商標調査結果（先行登録の状況）",
    body="""デザインオフィス彩
彩野様

お世話になっております。日の出産業の宮内です。
ロゴ案B・C の文字部分について先行商標を調べた結果です。

  登録番号          商標            権利者                  区分
  ----------------  --------------  ----------------------  ------
  第6423187号       SORA FIT        株式会社ソラフィット      25
  第6580912号       そらふぃっと    有限会社青空工房          3, 21
  第5913004号       SORAFIT/ソラ    Azure Goods Co., Ltd.     20

第3類・第21類で近い登録があるため、案Cは見送りとし、案Bで進めたいと考えています。
""" + SIG_MIYAUCHI,
    expect="pass",
    note="table of registered marks and their owners (companies): a business list",
)

# fee quotation accepted (price list)
add(
    sender=TOGO,
    to=["kuramoto@minato-patent.jp"],
    subject="Re: 2026年度 料金表のご提示について",
    body="""蔵元先生

料金表をご提示いただきありがとうございます。
以下の項目で合意とさせていただきます。

  国内特許出願（明細書20頁まで）   320,000円
  　超過1頁ごと                     8,000円
  拒絶理由通知 応答（意見書・補正） 120,000円
  審査請求手続                      15,000円
  登録手続                          30,000円
  ※いずれも税別・印紙代別

来年4月受付分から適用でお願いします。

東郷
""",
    expect="pass",
    note="a price list of patent services",
)

# invoice check with the firm's own bank account
add(
    sender=SAEKI,
    to=["経理ご担当 <keiri@aoyama-pat.jp>"],
    subject="請求書 AOY-2025-1187 について",
    charset="iso-2022-jp",
    body="""青山国際特許事務所
経理ご担当者様

お世話になっております。日の出産業の佐伯です。
請求書 AOY-2025-1187（特願2025-143277 出願手数料）について、
振込先が前回の請求書と異なっておりますので、念のため確認させてください。

  今回記載：みどり銀行 本町支店 普通 3814406 ｱｵﾔﾏｺｸｻｲﾄｯｷｮｼﾞﾑｼｮ
  前回記載：みどり銀行 淀屋橋支店 普通 1027735

口座変更のご案内をいただいていれば、再送いただけますと助かります。
""" + SIG_SAEKI,
    expect="pass",
    note="a firm's business bank account on an invoice is not personal data",
)

# joint research contract with 法人番号 (partner)
add(
    sender=ONODERA,
    to=["hasebe.osamu@kawasaki-denki.co.jp"],
    subject="共同研究契約書 当事者欄の確認",
    body=f"""長谷部様

お世話になっております。小野寺です。
共同研究契約書の当事者欄を以下のとおりとしました。登記情報と相違ないかご確認ください。

 甲：日の出産業株式会社
     法人番号 {CORP_HINODE}
     大阪府大阪市中央区北浜三丁目5番19号
     代表取締役 日野 昇
 乙：川崎電機株式会社
     法人番号 {CORP_KAWASAKI}
     神奈川県川崎市幸区堀川町72番地
     代表取締役社長 白鳥 正孝

契約期間は2026年1月1日から2年間です。
""" + SIG_ONODERA,
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    note="company parties with 法人番号 and registered addresses: business data, not people",
)

# internal: reward payment list with bank accounts
add(
    sender=ONODERA,
    to=["大槻 加奈 <otsuki.kana@hinode-sangyo.co.jp>"],
    cc=["togo.takashi@hinode-sangyo.co.jp"],
    subject="【経理部様】職務発明報奨金 9月支給分",
    body="""経理部 大槻さん

お疲れさまです。知財部の小野寺です。
9月支給分の報奨金一覧です。給与振込口座と別口座の方が2名いますのでご注意ください。

社員番号  氏名          支給額    振込先
H10482    篠原 光       30,000    給与口座
H11207    岩佐 徹       10,000    給与口座
H11593    能勢 由香里   10,000    なにわ信金 西宮 普通 0639215
H12088    久米田 翔      5,000    給与口座
H09816    東條 誠司     30,000    給与口座
H12641    葛城 理沙     10,000    ゆうちょ 四〇八 普通 4472019
H08840    鬼頭 大樹    120,000    給与口座
H13002    比嘉 健吾     10,000    給与口座

小野寺
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    note="eight employees' payment data, but every recipient is internal",
)

# internal: 社外秘 PDF
add(
    sender=TOGO,
    to=["chizai-all@hinode-sangyo.co.jp"],
    subject="発明評価会議 資料（11/18）",
    body="""知財部各位

11/18 の発明評価会議の資料です。社外秘ですので取扱いに注意してください。

東郷
""",
    attachments=[{
        "kind": "pdf", "name": "発明評価会議資料_20251118.pdf",
        "page_header": "社外秘",
        "lines": ["発明評価会議 資料", "審議案件：12件", "HS-2025-061 〜 HS-2025-072"],
        "table": [["届出番号", "発明の名称", "評価", "方針"],
                  ["HS-2025-061", "放熱シートの積層方法", "A", "出願"],
                  ["HS-2025-062", "塗工装置", "C", "ノウハウ秘匿"]],
    }],
    expect="pass",
    note="社外秘 document sent to an internal list only",
)

# internal: PPAP zip to a colleague
add(
    sender=FUJISAKI,
    to=["shinohara.hikaru@hinode-sangyo.co.jp"],
    subject="明細書ドラフト（パスワード付）",
    body="""篠原さん

事務所から届いた明細書ドラフトです。いつものパスワードで開けます。
12/5 までに技術的な誤りがないかご確認ください。

藤崎
""",
    attachments=[{
        "kind": "zip", "name": "draft_HS-P2025-058.zip", "password": "chizai2025",
        "files": [{"kind": "txt", "name": "draft.txt", "text": "【書類名】明細書\n【発明の名称】接着剤組成物\n"}],
    }],
    expect="pass",
    note="encrypted attachment, but the only recipient is internal",
)

# internal subdomain: My Number for the payment record
add(
    sender=ONODERA,
    to=["otsuki.kana@mail.hinode-sangyo.co.jp"],
    subject="退職発明者 支払調書用の個人番号",
    charset="iso-2022-jp",
    body=f"""大槻さん

知財部の小野寺です。木ノ下さん（退職者）の支払調書作成用に、ご本人から届いた
個人番号をお知らせします。番号確認書類の写しは社内便で送ります。

  木ノ下 静雄　個人番号 {MN1}

確認後、このメールは削除してください。
""",
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    note="a My Number sent to an internal subdomain (mail.hinode-sangyo.co.jp) only",
)

# freemail: retired inventor, reward notice, mentions マイナンバー
add(
    sender=ONODERA,
    to=["木ノ下 静雄 様 <kinoshita.shizuo@gmail.com>"],
    subject="実施報奨金のお支払いについて",
    charset="iso-2022-jp",
    body="""木ノ下 静雄 様

ご無沙汰しております。日の出産業 知的財産部の小野寺です。
在職中にご発明いただいた特許第5874406号について、今年度も実施報奨金を
お支払いすることになりましたのでご連絡いたします。

お支払いに先立ち、支払調書作成のためマイナンバー（個人番号）の確認が必要となります。
恐れ入りますが、メールではお送りいただかず、同封の返信用封筒にて
番号確認書類の写しをご郵送くださいますようお願いいたします。

ご不明点がございましたら、お気軽にお問い合わせください。
""" + SIG_ONODERA,
    expect="pass",
    detectors=["freemail_recipient"],
    note="one private recipient on free mail; マイナンバー is only mentioned, no number",
)

# English to US associate, OA response, disclaimer
add(
    sender="Mariko Saeki <saeki.mariko@hinode-sangyo.co.jp>",
    to=["John Keane <jkeane@harperlowe.com>"],
    subject="RE: US 18/442,907 - Final Office Action - instructions",
    body="""Dear John,

Thank you for your analysis of the Final Office Action dated September 30.
We would like to proceed as follows:

1. File an RCE with the amendment proposed in your option B
   (claim 1 amended to recite the filler orientation angle of 30 degrees or less).
2. Request an interview with the Examiner before filing, if possible.
3. Do not pursue an appeal at this stage.

The inventors confirmed that the data in Table 3 supports the amended range.
""" + SIG_EN_SAEKI + DISC_EN,
    expect="pass",
    note="ordinary instructions to a foreign associate with the standard confidentiality disclaimer",
)

# two external organisations (US associate + Japanese firm)
add(
    sender=FUJISAKI,
    to=["jkeane@harperlowe.com"],
    cc=["murase@aoyama-pat.jp", "saeki.mariko@hinode-sangyo.co.jp"],
    subject="Priority claim for the US filing of JP 2025-143277",
    body="""Dear Mr. Keane,

We plan to file a US application claiming priority from Japanese Patent Application
No. 2025-143277 (filed on May 12, 2025). Mr. Murase of Aoyama International Patent
Office, who prepared the Japanese application, is copied and will send you the
English translation and the priority document code (DAS) by the end of this month.

Please let us know your estimate for the filing.

Wataru Fujisaki
IP Department, Hinode Sangyo Co., Ltd.
""",
    expect="pass",
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal three-way mail",
)

# interview: 3 attendees with mobile numbers
add(
    sender=SAEKI,
    to=["murase@aoyama-pat.jp"],
    subject="12/9 発明者面談の出席者と当日連絡先",
    body="""村瀬先生

12/9 の面談は当社8階会議室にて行います。出席者と当日の連絡先です。

・篠原 光（材料研究所）　携帯 070-2215-9087
・岩佐 徹（材料研究所）　携帯 090-3318-4720
・佐伯 真理子（知財部）　携帯 080-6112-3390

受付で「知財部 佐伯」をお呼び出しください。
""" + SIG_SAEKI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three attendees' mobile numbers: a short attendee list, may be warned",
)

# one professor's business contact introduced to the firm
add(
    sender=FUJISAKI,
    to=["murase@aoyama-pat.jp"],
    subject="共同発明者（東都大学）のご連絡先",
    charset="iso-2022-jp",
    body="""村瀬先生

お世話になっております。藤崎です。
共同発明者である東都大学の鷲尾先生に、明細書の確認を直接お願いすることになりました。
ご連絡先は以下のとおりです。

  東都大学大学院 工学研究科 教授 鷲尾 誠 先生
  TEL 03-5841-7702（研究室）
  washio@eng.toto-u.ac.jp

先生には私から事前にお伝えしております。
""" + SIG_FUJISAKI,
    expect="pass",
    note="one university professor's business contact: ordinary mail",
)

# electronic filing receipt + payment reference numbers (look like IDs, are not)
add(
    sender=SAEKI,
    to=["tsuji@aoyama-pat.jp"],
    subject="Re: 特願2025-201846 出願完了のご報告",
    body=f"""辻様

ご報告ありがとうございます。出願番号・受付番号を控えました。

  出願番号　特願2025-201846
  受付番号　{UKETSUKE}
  整理番号　HS-P2025-058
  出願日　　令和7年11月4日

手数料の電子納付の納付番号（{NOUFU[:4]}-{NOUFU[4:8]}-{NOUFU[8:12]}-{NOUFU[12:]}）も
受領いたしました。

佐伯
""",
    expect="pass",
    note="application, receipt and payment numbers: long digits but no My Number or card",
)

# annuity (特許年金) list
add(
    sender=KAJIWARA,
    to=["kuramoto@minato-patent.jp"],
    subject="特許年金の納付指示（2026年1月〜3月期限分）",
    body="""蔵元先生

お世話になっております。梶原です。
1月〜3月に納付期限を迎える年金について、納付・放棄の指示をお送りします。

登録番号          納付期限     年次    指示
特許第6512877号   2026/01/15   第10年  放棄
特許第6630194号   2026/02/03   第8年   納付
特許第6781052号   2026/02/27   第6年   納付
特許第6902413号   2026/03/11   第5年   納付
特許第7011586号   2026/03/30   第4年   納付（減免なし）

放棄分については、共同権利者への通知は不要です（単独出願のため）。
""" + SIG_KAJIWARA,
    expect="pass",
    note="特許年金 is a patent annuity, not a pension: no personal data",
)

# trademark renewals
# design application drawings (unprotected PDF)
# invention title contains 秘密
add(
    sender=FUJISAKI,
    to=["kuramoto@minato-patent.jp"],
    subject="新規出願のご依頼「秘密分散型データ保管装置」",
    charset="iso-2022-jp",
    body="""蔵元先生

いつもお世話になっております。藤崎です。
情報システム子会社との共同発明について、新規出願をお願いしたく存じます。

　発明の名称（仮）：秘密分散型データ保管装置、方法及びプログラム
　概要　　　　　　：機密文書を複数のストレージに分散して保管し、所定数の断片から
　　　　　　　　　　のみ復元できるようにする。
　出願希望時期　　：12月中
　関連出願　　　　：特願2024-098812（秘密鍵の管理方法）

発明提案書は次のメールでお送りします。
""" + SIG_FUJISAKI,
    expect="pass",
    note="秘密 and 機密文書 appear in an invention title and summary, not as a marking",
)

# English: invention about confidential computing
add(
    sender="Wataru Fujisaki <fujisaki.wataru@hinode-sangyo.co.jp>",
    to=["Emily Ortiz <eortiz@harperlowe.com>"],
    subject="New US filing - \"Confidential computing enclave with thermal throttling\"",
    body="""Dear Emily,

We would like to file a new US application directly (no Japanese priority) for the
invention titled "Confidential Computing Enclave with Thermal Throttling Control".
The draft specification will be ready on December 10. Could you reserve time for a
review call in the week of December 15?

The invention concerns a server module that keeps a trusted execution environment
running while the processor is thermally throttled.

Kind regards,
Wataru Fujisaki
Hinode Sangyo Co., Ltd., IP Department
""",
    expect="pass",
    note="'Confidential' is part of an invention title, not a classification",
)

# NDA originals mailed, tracking number (12 digits)
add(
    sender=ONODERA,
    to=["isurugi@hokuriku-it.ac.jp"],
    subject="秘密保持契約書 原本の発送について",
    body=f"""北陸工業大学 研究推進課
石動様

お世話になっております。日の出産業の小野寺です。
押印済みの秘密保持契約書（2通）を本日レターパックプラスで発送いたしました。

  お問い合わせ番号：{TRACK1[:4]}-{TRACK1[4:8]}-{TRACK1[8:]}

1通にご押印のうえ、ご返送くださいますようお願いいたします。
""" + SIG_ONODERA,
    expect="pass",
    note="NDA originals shipped, a 12-digit tracking number (not a My Number)",
)

# joint application with partner + university (two external orgs)
add(
    sender=ONODERA,
    to=["hasebe.osamu@kawasaki-denki.co.jp", "hibino@sangaku.toto-u.ac.jp"],
    cc=["fujisaki.wataru@hinode-sangyo.co.jp"],
    subject="三者共同出願の持分について（ご提案）",
    body="""川崎電機株式会社 長谷部様
東都大学 産学連携推進本部 日比野様

お世話になっております。日の出産業の小野寺です。
三者共同出願の持分について、発明者の寄与を踏まえ、以下をご提案いたします。

  日の出産業 40% ／ 川崎電機 40% ／ 東都大学 20%

大学様の不実施補償については別途協議とさせてください。
ご意見を11月末までにいただけますと幸いです。
""" + SIG_ONODERA,
    expect="pass",
    detectors=["multiple_external_domains"],
    note="two external organisations (partner and university) in one thread: normal",
)

# blank invention disclosure form with placeholders
add(
    sender=SAEKI,
    to=["isurugi@hokuriku-it.ac.jp"],
    subject="発明届出書の様式について",
    body="""石動様

共同研究で生じた発明の届出様式をお送りします。記入例の欄は空欄・伏字のままにしてあります。

  【発明者】
    氏名：○○ ○○（フリガナ：○○○○ ○○○○）
    所属：
    住所：〒○○○-○○○○ ○○県○○市……
    電話：
  【発明の名称】
  【寄与率】　　　％

大学側の発明者は、貴学の様式と併せてご提出ください。

佐伯
""",
    attachments=[{
        "kind": "docx", "name": "発明届出書_様式.docx",
        "paragraphs": ["発明届出書", "届出日：　　年　　月　　日"],
        "tables": [["項目", "記入欄"], ["氏名", ""], ["所属", ""], ["住所", ""], ["電話", ""], ["寄与率", "％"]],
    }],
    expect="pass",
    note="an empty form with field labels and placeholders: no one's data",
)

# Original Message quoting a partner mail that had a 社外秘 marking
add(
    sender=FUJISAKI,
    to=["hasebe.osamu@kawasaki-denki.co.jp"],
    subject="RE: 出願前の技術資料について",
    charset="iso-2022-jp",
    body="""長谷部様

資料をお送りいただきありがとうございました。拝見しました。
当社側の追加実験は12月中旬に完了する予定です。

藤崎

-----Original Message-----
From: 長谷部 修 <hasebe.osamu@kawasaki-denki.co.jp>
Sent: Monday, November 10, 2025 5:42 PM
To: 藤崎 航 <fujisaki.wataru@hinode-sangyo.co.jp>
Subject: 出願前の技術資料について

藤崎様

【社外秘】
川崎電機の長谷部です。出願前の技術資料を共有いたします。
社内限りの情報ですので、貴社内でも関係者限りでお願いします。
""",
    expect="pass",
    note="the 社外秘 marking is only in text quoted from the recipient's own mail",
)

# English reply quoting the associate's list of inventor addresses
add(
    sender="Mariko Saeki <saeki.mariko@hinode-sangyo.co.jp>",
    to=["eortiz@harperlowe.com"],
    subject="Re: ADS - please confirm inventor addresses",
    body="""Dear Emily,

All correct. Please go ahead with the ADS as shown.

Best regards,
Mariko

On Thu, Nov 13, 2025 at 9:14 AM Emily Ortiz <eortiz@harperlowe.com> wrote:
> Dear Ms. Saeki,
> Please confirm the mailing addresses for the ADS:
> Hikaru SHINOHARA - 4-1-903 Nishiekimaecho, Ibaraki-shi, Osaka 567-0032
> Risa KATSURAGI - 2-6-30-205 Ishibashi, Ikeda-shi, Osaka 563-0032
> Kengo HIGA - 1-12-3 Senriokahigashi, Settsu-shi, Osaka 566-0011
> Daiki KITO - 3-17-9 Onoharanishi, Minoh-shi, Osaka 562-0032
> Yu TAKANASHI - 14-2 Terado-cho Nishinobe, Muko-shi, Kyoto 617-0002
> Best, Emily
""",
    expect="pass",
    note="the inventor list is only in quoted text the associate wrote",
)

# forward of the firm's mail (no personal data) to the partner
add(
    sender=FUJISAKI,
    to=["hasebe.osamu@kawasaki-denki.co.jp"],
    subject="FW: 特願2024-187352 拒絶理由通知の概要",
    body="""長谷部様

共同出願の特願2024-187352 について、代理人から拒絶理由通知の概要が届きましたので
転送いたします。応答方針は来週の定例でご相談させてください。

藤崎

---------- Forwarded message ----------
From: 村瀬 隆一 <murase@aoyama-pat.jp>
Date: 2025年11月7日
Subject: 特願2024-187352 拒絶理由通知の概要
To: 藤崎 航 <fujisaki.wataru@hinode-sangyo.co.jp>

藤崎様

標記出願について、拒絶理由通知（発送日 2025/11/5、応答期限 2026/1/5）を受領しました。
 ・請求項1〜5：進歩性（引用文献1：特開2020-045512）
 ・請求項6：明確性
引用文献1との差異は配向角の限定で主張可能と考えます。

青山国際特許事務所 弁理士 村瀬
""",
    expect="pass",
    note="a forward with no personal data and no marking",
)

# list of patent firms (business switchboards) to a university
add(
    sender=TOGO,
    to=["hibino@sangaku.toto-u.ac.jp"],
    subject="Re: 関西の特許事務所のご紹介",
    body="""日比野様

ご相談の件、弊社が材料分野でお付き合いのある事務所をご紹介します。
いずれも代表番号です。

・青山国際特許事務所（大阪市北区）　　TEL 06-6348-2210
・弁理士法人みなと国際特許事務所（神戸市中央区）　TEL 078-332-5480
・弁理士法人桜川特許商標事務所（京都市下京区）　TEL 075-353-7721
・山吹特許事務所（大阪市中央区）　　　TEL 06-6263-0915
・弁理士法人中之島パートナーズ（大阪市北区）　TEL 06-6202-1188

東郷
""",
    expect="pass",
    note="a list of firms with switchboard numbers: businesses, not people",
)

# seminar invitation, external addresses in Bcc
add(
    sender=TOGO,
    to=["togo.takashi@hinode-sangyo.co.jp"],
    bcc=["hibino@sangaku.toto-u.ac.jp", "isurugi@hokuriku-it.ac.jp",
         "hasebe.osamu@kawasaki-denki.co.jp", "chiyoda@sentan-sozai.or.jp",
         "mizuno@tsubasa-system.jp", "omori@nishiki-insatsu.co.jp"],
    subject="【ご案内】産学連携と知財 勉強会（1/22）",
    body="""関係各位（Bccにて失礼いたします）

日の出産業 知的財産部の東郷です。
共同研究でお世話になっている皆様を対象に、下記の勉強会を開催いたします。

  日時：2026年1月22日（木）15:00〜17:00
  会場：日の出北浜ビル 2F ホール
  内容：共同研究契約における成果の帰属／学生発明の取扱い

お申込みは本メールへの返信でお願いいたします。
""" + SIG_TOGO,
    expect="pass",
    note="external recipients are in Bcc: none can see the others",
)

# retired inventors in Bcc on free mail
add(
    sender=ONODERA,
    to=["onodera.ken@hinode-sangyo.co.jp"],
    bcc=["kinoshita.shizuo@gmail.com", "tojo-seiji@yahoo.co.jp", "m.ikeuchi1949@icloud.com",
         "kazu.sakakibara@outlook.jp"],
    subject="OB発明者の皆様へ：報奨金制度改定のお知らせ",
    charset="iso-2022-jp",
    body="""ＯＢ発明者の皆様

（Ｂｃｃにて一斉にお送りしております）

日の出産業 知的財産部の小野寺でございます。
職務発明規程の改定により、退職後の実施報奨の対象範囲が変わりました。
該当する方には個別に書面でご連絡いたします。
""" + SIG_ONODERA,
    expect="pass",
    detectors=["freemail_recipient"],
    note="private recipients correctly in Bcc; free-mail recipients may be warned",
)

# printing partner + design office: ® usage (two external orgs)
add(
    sender=MIYAUCHI,
    to=["大森 様 <omori@nishiki-insatsu.co.jp>"],
    cc=["ayano@design-aya.jp"],
    subject="パッケージ版下の商標表示（®）について",
    body="""錦印刷株式会社 大森様
（cc：デザインオフィス彩 彩野様）

お世話になっております。日の出産業の宮内です。
新パッケージの版下で、商標表示を以下のとおり修正をお願いします。

 ・「ヒノデクリア」：出願中のため ® は付けず、™ も不要
 ・「HINODE BOND」：登録済み → 初出のみ ® を付す
 ・裏面の注記：「HINODE BOND は日の出産業株式会社の登録商標です。」

修正版のPDFは彩野様から直接ご送付いただけますと幸いです。
""" + SIG_MIYAUCHI,
    expect="pass",
    detectors=["multiple_external_domains"],
    note="two external organisations (printer and designer): a normal three-way mail",
)

# trademark usage guideline to printing partner alone
# translation order
add(
    sender=FUJISAKI,
    to=["坂巻 様 <sakamaki@techno-honyaku.co.jp>"],
    subject="翻訳のご依頼（和文英訳・PCT出願用）",
    body="""株式会社テクノ翻訳
坂巻様

お世話になっております。日の出産業の藤崎です。
PCT出願用の明細書の英訳をお願いいたします。

 ・原稿：明細書 42頁（約38,000字）、請求項 15、図面 9枚
 ・納期：12月19日（金）
 ・用語集：前回（HS-P2024-088）のものをご使用ください

原稿を添付いたします。お見積りをお願いいたします。
""" + SIG_FUJISAKI,
    attachments=[{
        "kind": "docx", "name": "HS-P2025-031_明細書_翻訳用.docx",
        "paragraphs": ["【書類名】明細書", "【発明の名称】樹脂組成物及びその製造方法",
                       "【0001】本発明は、樹脂組成物に関する。"],
    }],
    expect="pass",
    note="translation order with the specification: no personal data",
)

# Chinese associate
add(
    sender="Mariko Saeki <saeki.mariko@hinode-sangyo.co.jp>",
    to=["Li Wei <liwei@huaxin-ip.cn>"],
    subject="CN 202380041557.2 - response to the second Office Action",
    body="""Dear Mr. Li,

Thank you for reporting the second Office Action (发文日 2025-10-21).
We agree with your proposal to merge claims 1 and 4 and to argue inventive step over
D1 (CN 112646340 A). Please prepare the response and send us the draft by
December 5. Your estimate of CNY 6,800 is approved.

Best regards,
Mariko Saeki
Hinode Sangyo Co., Ltd.
""",
    expect="pass",
    note="instructions to a Chinese associate: application and document numbers only",
)

# German associate, EP opposition
add(
    sender="Takashi Togo <togo.takashi@hinode-sangyo.co.jp>",
    to=["Dr. Katrin Vogel <vogel@brandt-patent.de>"],
    subject="EP 3 912 447 - Opposition by Kessler Chemie GmbH",
    body="""Dear Dr. Vogel,

We have received the notice of opposition filed by Kessler Chemie GmbH against
EP 3 912 447. We would like you to represent us in the proceedings.

Key points from our side:
- D3 was published after our priority date (JP 2019-211063, filed 22 Nov 2019).
- We can provide experimental data showing the unexpected effect at 8-12 vol%.

Please advise on the timeline and your fee estimate.

Kind regards,
Takashi Togo
General Manager, IP Department, Hinode Sangyo Co., Ltd.
""" + DISC_EN,
    expect="pass",
    note="EP opposition instructions; dates are priority dates, not birth dates",
)

# 4 inventors with addresses, 「・」 bullets (under threshold)
add(
    sender=SAEKI,
    to=["tsuji@aoyama-pat.jp"],
    subject="HS-P2025-061 発明者の住所",
    body="""辻様

HS-P2025-061 の発明者住所です（願書用）。

・篠原 光：大阪府茨木市西駅前町4-1-903
・葛城 理沙：大阪府池田市石橋2丁目6番30号 ハイツ石橋205
・鬼頭 大樹：大阪府箕面市小野原西3丁目17番9号
・小鳥遊 悠：京都府向日市寺戸町西野辺14-2

以上4名です。よろしくお願いします。

佐伯
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="four inventors' addresses: under the five-person threshold, may be warned",
)

# 4 attendees with e-mails to a university
add(
    sender=SHINOHARA,
    to=["washio@eng.toto-u.ac.jp"],
    subject="成果報告会の参加者（日の出産業）",
    body="""鷲尾先生

12/16 の成果報告会には弊社から以下の4名が参加します。
Teams の招待は各人のアドレスにお送りいただけますでしょうか。

 篠原 光      shinohara.hikaru@hinode-sangyo.co.jp
 斑目 純      madarame.jun@hinode-sangyo.co.jp
 藤崎 航      fujisaki.wataru@hinode-sangyo.co.jp
 東郷 隆      togo.takashi@hinode-sangyo.co.jp

篠原
""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="four attendees with their work e-mail addresses: a short list",
)

# internal minutes with sensitive info
add(
    sender=SAEKI,
    to=["togo.takashi@hinode-sangyo.co.jp", "fujisaki.wataru@hinode-sangyo.co.jp"],
    subject="発明報奨委員会 議事メモ（11/6）",
    body="""東郷部長、藤崎さん

委員会の議事メモです（社内限り）。

1. HS-P2025-036：筆頭発明者の葛城さんがうつ病で休職中のため、報奨金の通知は
   復職後に人事部経由で行う。
2. HS-P2018-077：実施報奨の算定根拠を事業部に再確認。
3. 次回：12/4

佐伯
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    note="health information of an employee, but only internal recipients",
)

# vendor bug report with screenshot
add(
    sender=KAJIWARA,
    to=["support@tsubasa-system.jp"],
    subject="【不具合】年金期限アラートが表示されない（IPM-Cloud）",
    body="""ツバサシステム サポートご担当者様

日の出産業の梶原です。知財管理システム（IPM-Cloud）で不具合が発生しています。

 事象：ダッシュボードの「年金期限アラート」が11/10以降表示されない
 環境：Chrome 130 / Windows 11、テナントID hinode-prod
 エラー：画面下部に "ERR-4031 annuity_view timeout"
 再現：毎回

画面キャプチャを添付します。ご確認をお願いします。
""" + SIG_KAJIWARA,
    attachments=[{"kind": "png", "name": "error_screen.png"}],
    expect="pass",
    note="support request to a system vendor: no personal data",
)

# CSV export of patent list to vendor (no people)
add(
    sender=KAJIWARA,
    to=["mizuno@tsubasa-system.jp"],
    subject="案件データ 取込テスト用CSV",
    body="""水野様

案件データの取込テスト用CSVです（20件、UTF-8）。
発明者の列は今回は含めていません。

梶原
""",
    attachments=[{
        "kind": "csv", "name": "case_sample_20.csv", "encoding": "utf-8",
        "rows": [["整理番号", "出願番号", "出願日", "登録番号", "発明の名称", "状態"]] + [
            [f"HS-P20{18 + i % 7}-{100 + i:03d}", f"特願20{18 + i % 7}-{150000 + 731 * i}",
             f"20{18 + i % 7}/{1 + i % 12:02d}/{3 + i:02d}",
             (f"特許第{6500000 + 1234 * i}号" if i % 3 == 0 else ""),
             ["放熱シート", "接着剤組成物", "導電性ペースト", "樹脂組成物", "塗工装置"][i % 5],
             ["登録", "審査中", "出願中"][i % 3]]
            for i in range(20)],
    }],
    expect="pass",
    note="a list of patent cases, no people",
)

# one former employee's claim, to partner law firm (one person)
add(
    sender=TOGO,
    to=["arima@shirakawa-law.jp"],
    subject="元従業員からの相当の利益請求（通知書受領）",
    charset="iso-2022-jp",
    body="""有馬先生

お世話になっております。東郷です。
元従業員から相当の利益の支払を求める通知書が届きましたので、ご相談させてください。

  請求者：池内 雅美 氏（2014年退職、元 電子材料事業部）
  住所　：兵庫県芦屋市朝日ケ丘町22-7（通知書記載）
  対象　：特許第5874406号ほか2件
  請求額：2,400万円

通知書の写しは明日持参いたします。
""" + SIG_TOGO,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one former employee's name and address to the company's law firm: one person",
)

# individual inventor on free mail: assignment contract
add(
    sender=ONODERA,
    to=["榊 和也 様 <kazuya.sakaki.inv@gmail.com>"],
    subject="特許を受ける権利の譲渡契約書（案）",
    body="""榊 和也 様

先日はご来社いただきありがとうございました。日の出産業の小野寺です。
ご提案いただいた「ケーブル結束具」について、特許を受ける権利の譲渡契約書（案）を
お送りします。対価は一時金30万円＋売上に応じたロイヤルティ（1.5%）としております。

ご不明な点は遠慮なくお問い合わせください。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "docx", "name": "譲渡契約書_案.docx",
        "paragraphs": ["特許を受ける権利の譲渡契約書（案）", "第1条（譲渡）", "第3条（対価）"],
    }],
    expect="pass",
    detectors=["freemail_recipient"],
    note="one private inventor on free mail: may be warned, not held",
)

# payment schedule for firm invoices
add(
    sender=SAEKI,
    to=["keiri@aoyama-pat.jp"],
    subject="11月分ご請求 支払予定のご連絡",
    body="""青山国際特許事務所 経理ご担当者様

11月分のご請求について、支払予定を添付のとおりご連絡します（12/26 振込予定）。
""",
    attachments=[{
        "kind": "xlsx", "name": "支払予定_202511_青山.xlsx",
        "sheets": {"支払予定": [
            ["請求書番号", "案件", "内容", "金額(税込)", "支払予定日"],
            ["AOY-2025-1187", "特願2025-143277", "出願手数料", 352000, "2025/12/26"],
            ["AOY-2025-1203", "特願2024-187352", "拒絶理由応答", 132000, "2025/12/26"],
            ["AOY-2025-1210", "特許第6630194号", "年金納付手数料", 16500, "2025/12/26"],
        ]},
    }],
    expect="pass",
    note="invoice numbers and amounts",
)

# mentions 在留カード, no number
add(
    sender=SHINOHARA,
    to=["chiyoda@sentan-sozai.or.jp"],
    subject="Re: 外国籍研究員の入構手続き",
    body="""千代田様

ご案内ありがとうございます。
在留カードの写しが必要とのことですが、当日ご本人が原本を持参し、受付でご提示する
形でもよろしいでしょうか。メールでの送付は社内規程上控えております。

篠原
""",
    expect="pass",
    note="在留カード is only mentioned; no number",
)

# question to tax office about マイナンバー rules
add(
    sender=ONODERA,
    to=["horinouchi@kitahama-tax.jp"],
    subject="報奨金と支払調書（マイナンバーの取扱い）についてのご質問",
    charset="iso-2022-jp",
    body="""堀之内先生

お世話になっております。小野寺です。
退職者に実施報奨金を支払う場合の取扱いについて、2点ご教示ください。

1. 支払調書の提出基準（年間支払額の下限）は、雑所得の場合いくらになりますか。
2. マイナンバーの収集は支払の都度必要でしょうか。一度提供を受けた番号を保管して
   翌年以降も使用してよいでしょうか。

お手すきの際にご回答いただけますと幸いです。
""" + SIG_ONODERA,
    expect="pass",
    note="a question about My Number rules: the word only, no number",
)

# English NDA with a US university (Confidential Information defined term)
add(
    sender="Ken Onodera <onodera.ken@hinode-sangyo.co.jp>",
    to=["Technology Licensing Office <tlo@lakeshore-tech.edu>"],
    subject="Mutual NDA - our comments",
    body="""Dear colleagues,

Thank you for sending your template Mutual Non-Disclosure Agreement. Our comments:

- Section 1: "Confidential Information" should include information disclosed orally,
  if summarized in writing within 30 days.
- Section 4: we propose a term of five (5) years from the Effective Date.
- Section 7: governing law - we suggest the laws of Japan, or alternatively a neutral
  forum (Singapore).

We look forward to your response.

Ken Onodera
Contracts Group, IP Department
Hinode Sangyo Co., Ltd.
""",
    expect="pass",
    note="English NDA negotiation: 'Confidential Information' is a defined term",
)

# claims as a txt attachment
add(
    sender=SAEKI,
    to=["murase@aoyama-pat.jp"],
    subject="HS-P2025-061 請求項案（テキスト）",
    body="""村瀬先生

発明者と検討した請求項案をテキストでお送りします。
請求項3の数値範囲は実施例の下限に合わせています。

佐伯
""",
    attachments=[{
        "kind": "txt", "name": "claims_HS-P2025-061.txt",
        "text": """【請求項1】
窒化ホウ素凝集粒子と、エポキシ樹脂とを含む熱伝導性シートであって、
前記凝集粒子の平均配向角が30度以下である、熱伝導性シート。
【請求項2】
前記凝集粒子の含有量が50〜70vol%である、請求項1に記載の熱伝導性シート。
【請求項3】
熱伝導率が10W/mK以上である、請求項1又は2に記載の熱伝導性シート。
""",
    }],
    expect="pass",
    note="claim text as a plain attachment",
)

# decision of rejection PDF to co-applicant partner
add(
    sender=FUJISAKI,
    to=["hasebe.osamu@kawasaki-denki.co.jp"],
    subject="拒絶査定の写しと審判請求のご相談",
    body="""長谷部様

共同出願の特願2022-074419 について、拒絶査定が出ました。写しを添付します。
審判請求期限は2026年2月12日です。請求の要否をご相談させてください。

藤崎
""",
    attachments=[{
        "kind": "pdf", "name": "拒絶査定_特願2022-074419.pdf",
        "lines": ["拒絶査定", "特許出願の番号　特願2022-074419", "起案日　令和7年10月8日",
                  "特許出願人　日の出産業株式会社（外1名）", "この出願は、令和7年5月14日付け拒絶理由通知書に記載した理由1によって、拒絶をすべきものです。"],
    }],
    expect="pass",
    note="official decision sent to the co-applicant: no personal data",
)

# unencrypted zip of drawings
add(
    sender=FUJISAKI,
    to=["kuramoto@minato-patent.jp"],
    subject="図面データ一式（HS-P2025-058）",
    body="""蔵元先生

図面データ一式を ZIP でお送りします（暗号化なし）。
図5と図6は差し替え版です。

藤崎
""",
    attachments=[{
        "kind": "zip", "name": "HS-P2025-058_図面.zip",
        "files": [
            {"kind": "png", "name": "fig5.png"},
            {"kind": "png", "name": "fig6.png"},
            {"kind": "pdf", "name": "図面一覧.pdf", "lines": ["図1 断面図", "図2 製造工程", "図5 測定結果", "図6 比較例"]},
        ],
    }],
    expect="pass",
    note="plain ZIP of drawings, readable",
)

# HTML-only IP newsletter to one university
add(
    sender=TOGO,
    to=["isurugi@hokuriku-it.ac.jp"],
    subject="知財ニュース（共同研究先向け）第12号",
    html="""<html><body>
<p>北陸工業大学 研究推進課 石動様</p>
<p>日の出産業 知的財産部より、共同研究先の皆様向けの知財ニュースをお届けします。</p>
<h3>今号の内容</h3>
<ul>
<li>学会発表前の確認手続き（新規性喪失の例外の注意点）</li>
<li>共同研究の成果を論文にする前に：公表前チェックリスト</li>
<li>2025年度 共同出願の実績：12件</li>
</ul>
<p>ご不明点は知的財産部（06-6201-4470）までお問い合わせください。</p>
</body></html>""",
    expect="pass",
    note="HTML newsletter to one external organisation",
)

# one researcher with mobile for an interview (one person)
add(
    sender=KAJIWARA,
    to=["noto@chizai-research.co.jp"],
    subject="Re: ヒアリング日程",
    body="""能登様

ヒアリングは研究所の斑目が対応します。当日は直接ご連絡ください。

  斑目 純（分析センター）携帯 090-4418-2053

梶原
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one researcher's mobile number for an appointment",
)

# conflicting mark owner (private, free mail)
add(
    sender=MIYAUCHI,
    to=["shop.sorairo@yahoo.co.jp"],
    subject="商標「SORAFIT」についてのご相談",
    charset="iso-2022-jp",
    body="""そらいろ工房 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 知的財産部の宮内と申します。
貴殿が登録されている商標「SORAFIT」（登録第6580912号）について、第21類の一部
指定商品に関し、譲渡または使用許諾のご相談をさせていただけないかと考えております。

ご検討いただける場合は、ご都合のよい日時をお知らせいただけますと幸いです。
""" + SIG_MIYAUCHI,
    expect="pass",
    detectors=["freemail_recipient"],
    note="one private trademark owner on free mail",
)

# two students with 学籍番号 and e-mail (under threshold)
add(
    sender=SAEKI,
    to=["isurugi@hokuriku-it.ac.jp"],
    subject="学生発明者の確認（HS-P2025-066）",
    body="""石動様

共同研究の発明届に学生2名が発明者として記載されています。
貴学での身分確認と、譲渡証書の手配をお願いできますでしょうか。

  竹之内 蒼（工学研究科 M2／学籍番号 24M3107）  s24m3107@st.hokuriku-it.ac.jp
  米倉 ひより（工学部 4年／学籍番号 21T0582）   s21t0582@st.hokuriku-it.ac.jp

佐伯
""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="two students' records: under five people",
)

# 和暦 filing / priority dates (not birth dates)
add(
    sender=FUJISAKI,
    to=["murase@aoyama-pat.jp"],
    subject="国内優先権主張出願の期限確認",
    charset="iso-2022-jp",
    body="""村瀬先生

国内優先権主張出願の期限について確認させてください。

　基礎出願１：特願２０２５－０６１２０４（令和７年４月２日出願）
　基礎出願２：特願２０２５－０８８９１７（令和７年５月１６日出願）
　→ 優先期限は Ｒ８．４．２ との理解でよろしいでしょうか。

追加の実施例（実施例７〜９）を盛り込む予定です。

藤崎
""",
    expect="pass",
    note="和暦 filing and priority dates, not anyone's birth date",
)

# one external with many internal in Cc
add(
    sender=TOGO,
    to=["shirakawa@shirakawa-law.jp"],
    cc=["saeki.mariko@hinode-sangyo.co.jp", "fujisaki.wataru@hinode-sangyo.co.jp",
        "onodera.ken@hinode-sangyo.co.jp", "miyauchi.sayaka@hinode-sangyo.co.jp",
        "kajiwara.yuto@hinode-sangyo.co.jp"],
    subject="知財部 勉強会の講師のお願い",
    body="""白川先生

いつもお世話になっております。東郷です。
来年2月に知財部内で「共同研究契約の実務」をテーマに勉強会を予定しております。
講師をお引き受けいただけないでしょうか。部員5名をCcに入れております。

日程候補：2/10(火)、2/17(火)、2/24(火) いずれも15時〜

東郷
""",
    expect="pass",
    note="one external recipient; the Cc list is all internal",
)

# rule draft with anonymised model calculation
add(
    sender=ONODERA,
    to=["arima@shirakawa-law.jp"],
    subject="相当の利益 算定例（規程別表案）",
    body="""有馬先生

職務発明規程の別表に載せる算定例を作成しました。発明者は匿名（A〜C）にしています。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "docx", "name": "別表_算定例.docx",
        "paragraphs": ["別表　相当の利益の算定例", "前提：超過売上高 5億円、仮想実施料率 3%、会社貢献度 95%"],
        "tables": [["発明者", "寄与率", "相当の利益（円）"],
                   ["発明者A", "50%", "375,000"], ["発明者B", "30%", "225,000"], ["発明者C", "20%", "150,000"]],
    }],
    expect="pass",
    note="model calculation with anonymous inventors A-C: no one identifiable",
)

# US co-inventor: his own data for signature
add(
    sender="Mariko Saeki <saeki.mariko@hinode-sangyo.co.jp>",
    to=["Daniel Whitaker <d.whitaker@kawasaki-denki.co.jp>"],
    subject="Declaration for US application - please sign",
    body="""Dear Mr. Whitaker,

As a joint inventor of "Heat Dissipation Module" (our ref. HS-P2025-040), we need your
signature on the inventor's declaration for the US application.

Please check that your name and city of residence on the attached form are correct,
sign, and return a scanned copy by December 5.

Best regards,
Mariko Saeki
""",
    attachments=[{
        "kind": "pdf", "name": "Declaration_Whitaker.pdf",
        "lines": ["DECLARATION (37 CFR 1.63)", "Title: Heat Dissipation Module",
                  "Inventor: Daniel Whitaker, Kawasaki, Kanagawa, Japan",
                  "Signature: ______________  Date: __________"],
    }],
    expect="pass",
    note="a declaration form with the recipient's own name and city",
)

# six inventor names in running text, no other data
add(
    sender=FUJISAKI,
    to=["kuramoto@minato-patent.jp"],
    subject="HS-P2025-070 発明者の範囲について",
    body="""蔵元先生

HS-P2025-070 の発明者ですが、研究所からは篠原、岩佐、能勢、久米田、斑目、小鳥遊の
6名で届出がありました。ただ、斑目と小鳥遊は分析のみの関与のようですので、
発明者に含めるべきかご意見をいただけますでしょうか。

来週の打合せでご相談できれば幸いです。

藤崎
""",
    expect="pass",
    note="six surnames in running text with no data about them",
)

# reply quoting Outlook header block that carried personal data
add(
    sender=ONODERA,
    to=["kira@payroll-nishi.co.jp"],
    subject="RE: 報奨金データの確認事項",
    body="""吉良様

ご指摘ありがとうございます。2行目の支給額は 10,000円 が正しいです。
修正版は不要で、そのままご処理いただければ結構です。

小野寺

差出人: 吉良 <kira@payroll-nishi.co.jp>
送信日時: 2025年11月12日 10:21
宛先: 小野寺 健 <onodera.ken@hinode-sangyo.co.jp>
件名: 報奨金データの確認事項

小野寺様

いただいたデータで1点確認です。

H11207 岩佐 徹 1986/12/02 みどり銀行 江坂 普通 1182094 100,000円
H11593 能勢 由香里 1988/03/27 なにわ信金 西宮 普通 0639215 10,000円
H12088 久米田 翔 1990/02/14 みどり銀行 豊中 普通 3310478 5,000円
H12641 葛城 理沙 1994/10/09 ゆうちょ 四〇八 普通 4472019 10,000円
H13002 比嘉 健吾 1991/06/05 琉球みらい 那覇 普通 6604127 10,000円

岩佐様の金額が他の方と桁が異なりますが、正しいでしょうか。
""",
    expect="pass",
    note="the five employee rows are only in the quoted mail from the recipient",
)

# regular meeting minutes with partner mentioning 秘密保持義務
add(
    sender=SHINOHARA,
    to=["hasebe.osamu@kawasaki-denki.co.jp"],
    subject="共同研究 定例会（第9回）議事録",
    body="""長谷部様

第9回定例会の議事録です。ご確認ください。

1. 試作品の評価結果：熱抵抗 0.21K/W（目標達成）
2. 学会発表：3月の学会は、出願完了後に発表する。共同研究契約第11条の
   秘密保持義務に基づき、発表資料は事前に相互確認する。
3. 次回：12月18日（木）14時〜 川崎電機様 本社

篠原
""",
    expect="pass",
    note="mentions 秘密保持義務 in minutes: not a marking",
)

# partner bank: IP valuation for financing
add(
    sender=TOGO,
    to=["三宅 様 <miyake@midori-ginko.co.jp>"],
    subject="知財評価書の送付（知財活用融資のご相談）",
    body="""みどり銀行 法人営業部
三宅様

いつもお世話になっております。日の出産業の東郷です。
先日ご相談した知財を活用した融資の件で、対象特許の一覧と評価書（概要版）を
お送りいたします。
""" + SIG_TOGO,
    attachments=[{
        "kind": "pdf", "name": "知財評価書_概要版.pdf",
        "lines": ["知財評価書（概要版）", "対象：放熱材料関連特許 4件", "評価手法：インカムアプローチ"],
        "table": [["登録番号", "名称", "残存年数", "評価額(百万円)"],
                  ["特許第6630194号", "導電性ペースト", "11", "120"],
                  ["特許第6781052号", "放熱シート", "13", "210"],
                  ["特許第6902413号", "接着剤組成物", "15", "95"]],
    }],
    expect="pass",
    note="patent valuation for a partner bank: no personal data, no marking",
)

# registering herself for a seminar (own data)
add(
    sender=MIYAUCHI,
    to=["seminar@kansai-chizai.or.jp"],
    subject="「商標実務セミナー（1/28）」参加申込",
    body="""関西知財協会 セミナー事務局 御中

下記のとおり参加を申し込みます。

  氏名：宮内 さやか
  会社：日の出産業株式会社 知的財産部
  電話：06-6201-4475
  メール：miyauchi.sayaka@hinode-sangyo.co.jp
  参加形態：会場参加

よろしくお願いいたします。
""",
    expect="pass",
    note="the sender registers with her own business contact details",
)

# competitor gazette: one inventor's published name and address
add(
    sender=KAJIWARA,
    to=["noto@chizai-research.co.jp"],
    subject="追加調査：特許第7284419号の発明者の他出願",
    body="""能登様

追加でお願いです。特許第7284419号の筆頭発明者について、同一発明者名義の他出願
（2015年以降）を洗い出していただけますでしょうか。公報記載の情報は以下です。

  【発明者】【氏名】榊原 昌平【住所】愛知県豊田市若林東町中外根12-4

梶原
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one inventor's name and address copied from a gazette: one person",
)

# design clearance: NDA number and tracking number (short)
add(
    sender=MIYAUCHI,
    to=["ayano@design-aya.jp"],
    subject="Re: ロゴデータ（AI形式）の受領について",
    body=f"""彩野様

ロゴデータ受領しました。ありがとうございます。
秘密保持契約（NDA-2025-118）に基づき、社内の限られた範囲で使用いたします。

なお、見本刷りは本日ゆうパックで発送しました（追跡番号 {TRACK2[:4]}-{TRACK2[4:8]}-{TRACK2[8:]}）。

宮内
""",
    expect="pass",
    note="NDA reference and a 12-digit parcel number: ordinary mail",
)

# vendor: access accounts for the IP system (one external org, internal users listed?)
# university: invoice for joint research cost with university's bank account
# ask the firm about an inventor's title change (one person, no data)
add(
    sender=SAEKI,
    to=["murase@aoyama-pat.jp"],
    subject="発明者の氏名変更について",
    body="""村瀬先生

HS-P2024-088 の発明者 能勢由香里さんが婚姻により戸籍上の氏が「森」に変わりました。
出願中の案件について、発明者の氏名変更の手続きは必要でしょうか。
（社内では旧姓を通称使用しています。）

佐伯
""",
    expect="pass",
    note="one inventor's name change: no contact data or sensitive category",
)

# PR: internal draft that mentions 取扱注意 as a word (to external, not a stamp)
add(
    sender=MIYAUCHI,
    to=["omori@nishiki-insatsu.co.jp"],
    subject="Re: 校正紙の「取扱注意」表示について",
    body="""大森様

ご質問の件、段ボール外装の「取扱注意」「天地無用」の表示は従来どおりで結構です。
商標表示の修正箇所のみご対応をお願いします。

宮内
""",
    expect="pass",
    note="取扱注意 is a shipping label on packaging, not a classification of the mail",
)


# -- ids: mix the kinds, then number them --------------------------------------------------

_order = list(range(len(M)))
random.Random(SEED).shuffle(_order)
MESSAGES: list[dict] = []
for _i, _k in enumerate(_order, start=1):
    MESSAGES.append({"id": f"chizai-{_i:03d}", **M[_k]})

assert len(MESSAGES) == 100
