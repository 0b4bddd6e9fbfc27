"""rousai — the occupational-accident (労災) desk of 日の出産業株式会社.

Mail of the 安全衛生課 / 労務 staff: 労災 claim forms (様式第5号・第8号・第10号 …) for
injured workers, the labour standards office (労働基準監督署), hospitals and 労災指定病院,
subcontractors' (協力会社) injured staff, return-to-work plans, safety committee reports
with anonymised statistics, and ordinary safety-equipment and training vendor mail.

Every person, number and address in this file is invented (fictional but plausible);
My Numbers and card numbers come from build.my_number / build.card_number.
Written blind from BRIEF.md, build.py and SPEC.md only (no mailguard code, rules, tests,
bench scripts or other authors' corpus files were read).
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 18801
rng = random.Random(SEED)

MESSAGES: list[dict] = []


def add(**kw) -> None:
    kw["id"] = f"rousai-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(kw)


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def corporate_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 == 1 else 2)
    return str(9 - total % 9) + base12


MN = [my_number(SEED + k) for k in range(1, 30)]
CARD = card_number(SEED + 1)
CORP_HINODE = corporate_number("020001084417")
CORP_CHUO = corporate_number("021005003318")
CORP_YAMATO = corporate_number("040001072955")


def grp(s: str, sep: str = " ") -> str:
    """1234 5678 9012"""
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# -- people of the desk (their own signatures are not personal data to label) ---------
SAEKI = "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>"
OKOCHI = "大河内 俊介 <s.okochi@hinode-sangyo.co.jp>"
NONOMURA = "野々村 健 <k-nonomura@hinode-sangyo.co.jp>"
MIKAMI = "三上 由紀 <y.mikami@hinode-sangyo.co.jp>"
TACHIBANA = "立花 亮 <tachibana.r@hinode-sangyo.co.jp>"
KUGA = "久我 千尋 <kuga@mail.hinode-sangyo.co.jp>"

SIG_SAEKI = """
====================================
日の出産業株式会社　総務部 安全衛生課
佐伯 美穂（Saeki Miho）
〒210-0858 神奈川県川崎市川崎区大川町8-4
TEL：044-287-5510（直通）／FAX：044-287-5519
Mail：saeki.miho@hinode-sangyo.co.jp
===================================="""

SIG_OKOCHI = """
--
大河内 俊介 / Shunsuke Okochi
日の出産業株式会社 総務部 安全衛生課 課長
〒210-0858 川崎市川崎区大川町8-4　TEL 044-287-5511"""

SIG_NONOMURA = """
********************************
日の出産業株式会社 相模原工場 総務係
野々村 健
TEL 042-762-3380　内線 215
k-nonomura@hinode-sangyo.co.jp
********************************"""

SIG_MIKAMI = """
---
人事部 労務グループ　三上 由紀
日の出産業株式会社（本社）
〒105-0013 東京都港区浜松町1-22-5 日の出ビル7F
TEL 03-5401-7720"""

SIG_TACHIBANA = """
--------------------------------------
日の出産業株式会社 工事部 安全管理室
立花 亮　Ryo Tachibana
携帯 070-3318-2046（社用）
--------------------------------------"""

SIG_KUGA = """
久我 千尋（総務部 安全衛生課）
日の出産業株式会社　内線 5514"""

SIG_OKOCHI_EN = """
Best regards,
Shunsuke Okochi
Manager, Safety & Health Section, General Affairs Dept.
Hinode Sangyo Co., Ltd.
8-4 Okawa-cho, Kawasaki-ku, Kawasaki, Kanagawa 210-0858, Japan
Tel +81-44-287-5511"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""

LSO = "川崎南労働基準監督署 労災課 <rousai@kawasaki-minami-lsb.go.jp>"
SR = "真鍋 <manabe@shinonome-sr.jp>"
SR_BOSS = "東雲 先生 <higashikumo@shinonome-sr.jp>"

# -----------------------------------------------------------------------------------
# 001
add(
    sender=SAEKI,
    to=["中原中央病院 医事課 <ijika@nakahara-chuo-hp.or.jp>"],
    subject="療養補償給付たる療養の給付請求書（様式第5号）送付のご連絡",
    charset="iso-2022-jp",
    body=f"""中原中央病院 医事課
労災ご担当者様

いつもお世話になっております。
日の出産業株式会社 安全衛生課の佐伯でございます。

先日（10月7日）貴院の救急外来を受診いたしました弊社従業員につきまして、
労災扱いでのご対応をお願いしたく、様式第5号の原本を本日郵送いたしました。
到着前に受付を進めていただけるよう、記載内容を下記にお知らせいたします。

　被災労働者　　田所 悠真（タドコロ ユウマ）
　生年月日　　　平成9年3月14日
　住所　　　　　神奈川県川崎市幸区南加瀬3-18-6 メゾン加瀬202
　傷病名　　　　右橈骨遠位端骨折
　負傷年月日　　令和7年10月7日 午後2時30分ごろ
　発生状況　　　川崎工場第2倉庫にてパレットの積替え中、荷崩れした段ボールを
　　　　　　　　避けようとして転倒し、右手をついたもの

なお、初診時に本人が健康保険証を提示してしまったとのことですので、
お手数ですが労災への切替をお願いできますでしょうか。

よろしくお願いいたします。
{SIG_SAEKI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named worker's diagnosis (fracture), DOB and home address sent to an outside hospital: 要配慮 of one person",
)

# 002
add(
    sender=NONOMURA,
    to=["安全管理者各位 <anzen-kanri@hinode-sangyo.co.jp>"],
    cc=["大河内 俊介 <s.okochi@hinode-sangyo.co.jp>", "工場長 <sagamihara-gm@hinode-sangyo.co.jp>"],
    subject="【労災速報・第3報】相模原工場 休業災害の発生について",
    charset="cp932",
    body=f"""各位

相模原工場 総務の野々村です。10/14に発生した休業災害の第3報です。

■被災者　製造2課 押切 拓海（31歳・入社6年目）
■傷病　　左手中指 末節骨骨折（相模原協同病院にてK-ワイヤー固定）
■休業　　10/15〜 約3週間の見込み（主治医所見）
■状況　　プレス金型交換時、上型の下降に指を挟まれたもの。
　　　　　両手押しボタンのうち片側がテープで固定されていたことが判明。
■対応　　同型プレス4台の安全装置を総点検、テープ固定は即日撤去済み。
　　　　　死傷病報告は10/21に相模原監督署へ提出予定。

詳細は添付の速報様式をご覧ください（社内限り）。
{SIG_NONOMURA}
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="injured worker's name and fracture, but every recipient is internal",
)

# 003
_okonogi_rows = [
    ["項目", "記載内容"],
    ["労働者の氏名", "小此木 達也"],
    ["フリガナ", "オコノギ タツヤ"],
    ["生年月日", "昭和61年11月2日（39歳）"],
    ["住所", "〒230-0052 神奈川県横浜市鶴見区生麦2-7-15"],
    ["職種", "配管工"],
    ["負傷又は発病の年月日", "令和7年9月26日 午前10時40分頃"],
    ["傷病名", "左足関節外果骨折"],
    ["療養期間", "令和7年9月26日〜令和7年10月31日（通院中）"],
    ["休業期間", "令和7年9月27日〜令和7年10月31日（35日間）"],
    ["平均賃金", "11,482円 37銭"],
    ["振込先金融機関", "横浜湾岸信用金庫 鶴見支店"],
    ["預金種別・口座番号", "普通 4172308"],
    ["口座名義", "オコノギ タツヤ"],
]
add(
    sender=MIKAMI,
    to=[SR],
    subject="休業補償給付 支給請求書（様式第8号）の記載内容について",
    charset="utf-8",
    body=f"""東雲社会保険労務士事務所
真鍋様

お世話になっております。日の出産業の三上です。

9月に配管工事で負傷した小此木の休業補償（様式第8号）について、
請求書に転記する内容をWordにまとめましたのでお送りします。
第1回目の請求は10月末締めで考えております。
賃金台帳の写しは別途郵送いたします。

ご確認のほど、よろしくお願いいたします。
{SIG_MIKAMI}
""",
    attachments=[{
        "kind": "docx", "name": "様式第8号_記載内容_小此木.docx",
        "title": "休業補償給付支給請求書 記載内容",
        "paragraphs": ["休業補償給付支給請求書（様式第8号）記載内容", "事業場：日の出産業株式会社 横浜事業所",
                       "以下の内容で作成をお願いします。"],
        "tables": [_okonogi_rows],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="休業補償 form data of one worker (diagnosis, DOB, address, bank account) in a DOCX to the outside 社労士",
)

# 004
add(
    sender=TACHIBANA,
    to=["大和セーフティ株式会社 営業部 <eigyo@yamato-safety.co.jp>"],
    subject="見積依頼：フルハーネス・ランヤード（工事部 更新分）",
    charset="iso-2022-jp",
    body=f"""大和セーフティ株式会社
営業部 ご担当者様

お世話になっております。日の出産業 工事部の立花です。
2026年1月からのフルハーネス完全移行に向けて、下記の見積をお願いします。

  品番            品名                                   数量
  --------------  -------------------------------------  ----
  YS-FH22-M       フルハーネス（Mサイズ）                  18
  YS-FH22-L       フルハーネス（Lサイズ）                  12
  YS-LN-DB130     ダブルランヤード ショックアブソーバ付     30
  YS-HK-05        補助フック                               30

納期：11月第3週までに川崎本社倉庫（〒210-0858 川崎市川崎区大川町8-4）へ
支払：月末締め翌月末 振込

また、新規取引先登録に必要とのことでしたので、弊社の法人番号をお知らせします。
　法人番号：{CORP_HINODE}
{SIG_TACHIBANA}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="quote request with product codes and the company's own 法人番号: no personal data",
)

# 005
add(
    sender=OKOCHI,
    to=["丸栄工業 安全担当 <anzen@maruei-kogyo.co.jp>",
        "富岳設備 工事課 <koji@fugaku-setsubi.co.jp>",
        "北斗鉄工 <info@hokuto-tekko.co.jp>"],
    subject="第3四半期 安全衛生協議会 開催のご案内",
    charset="iso-2022-jp",
    body=f"""協力会社各位

平素より弊社工事の安全管理にご協力いただき、誠にありがとうございます。
第3四半期の安全衛生協議会を下記のとおり開催いたします。

　日時：11月13日（木）15:00〜16:30
　場所：日の出産業 川崎本社 3階 第1会議室
　議題：1. 10月度 災害発生状況（全社・協力会社）
　　　　2. 年末繁忙期の墜落・転落災害防止
　　　　3. 熱中症対策の振り返り

ご出席者名を11月7日までにご返信ください。
{SIG_OKOCHI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three subcontractor companies in To can see each other's addresses: should have been Bcc",
)

# 006
add(
    sender=SAEKI,
    to=[LSO],
    subject="障害補償年金支給請求書（様式第10号）下書きのご確認のお願い",
    charset="cp932",
    body=f"""川崎南労働基準監督署 労災課
ご担当 様

いつもお世話になっております。日の出産業株式会社 安全衛生課の佐伯です。
先日お電話でご相談いたしました障害補償年金の請求につきまして、
提出前に記載内容をご確認いただけるとのことでしたので、下書きをPDFでお送りします。
特に「厚生年金等の受給関係」欄の書き方が正しいかご教示いただけますと幸いです。
{SIG_SAEKI}
""",
    attachments=[{
        "kind": "pdf", "name": "様式第10号_下書き.pdf", "title": "障害補償給付支給請求書（下書き）",
        "lines": [
            "障害補償給付 支給請求書（様式第10号）下書き",
            "",
            f"① 労働者の氏名　石神井 和彦（シャクジイ カズヒコ）",
            "② 生年月日　昭和38年5月21日（男）",
            "③ 住所　神奈川県川崎市川崎区田島町11-3-405",
            f"④ 個人番号　{grp(MN[0])}",
            "⑤ 基礎年金番号　4821-037716",
            "⑥ 負傷年月日　令和5年8月2日",
            "⑦ 傷病名　右手関節開放骨折 後 右手関節機能障害（可動域1/2以下）",
            "⑧ 治ゆ年月日　令和7年9月30日",
            "⑨ 障害の部位及び状態　右手関節の用を廃したもの（主治医診断書別添）",
            "⑩ 厚生年金保険の障害厚生年金　受給なし",
            "",
            "事業場：日の出産業株式会社 川崎工場（労働保険番号 14-1-05-273816-000）",
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER",
              "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF claim draft with a My Number, a 基礎年金番号 and the disability of one worker, to the labour standards office",
)

# 007
add(
    sender=OKOCHI,
    to=["日の出産業協力会 事務局 <jimukyoku@maruei-kogyo.co.jp>"],
    subject="10月度 安全成績のご報告（協力会 定例会資料）",
    charset="iso-2022-jp",
    body=f"""協力会 事務局 御中

いつもお世話になっております。安全衛生課の大河内です。
11月定例会の資料として、10月度の安全成績をお送りします。

【10月度 安全成績】
区分            延労働時間   休業災害  不休災害  度数率  強度率
--------------  -----------  --------  --------  ------  ------
日の出産業         412,300         1         3    2.43    0.04
協力会社計         268,950         1         2    3.72    0.11
合計               681,250         2         5    2.94    0.07

【事故の型別（休業・不休の計）】
・墜落・転落　　　　2件
・はさまれ・巻き込まれ　2件
・切れ・こすれ　　　2件
・動作の反動・無理な動作（腰痛）　1件

年度累計の度数率は2.61で、前年同期（3.05）を下回っております。
引き続き年末に向けて墜落・転落防止の重点指導をお願いいたします。
{SIG_OKOCHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="anonymised accident statistics (counts and rates only): nobody is identifiable",
)

# 008
_harness = [
    ["フルハーネス型墜落制止用器具 特別教育 受講申込書（日の出産業株式会社 工事部）"],
    ["申込日：2025/10/20", "", "", "", "", ""],
    ["No", "氏名", "フリガナ", "生年月日", "所属", "携帯電話"],
    [1, "羽生田 賢一", "ハニュウダ ケンイチ", "S55.4.2", "工事部 据付1課", mobile()],
    [2, "栃尾 淳", "トチオ アツシ", "1991/07/18", "工事部 据付1課", mobile()],
    [3, "神保 大地", "ジンボ ダイチ", "H8.12.25", "工事部 据付2課", mobile()],
    [4, "四十物 亮介", "アイモノ リョウスケ", "1986/02/09", "工事部 据付2課", mobile()],
    [5, "鵜飼 まどか", "ウカイ マドカ", "H4.6.30", "工事部 安全管理室", mobile()],
    [6, "瀬古 翼", "セコ ツバサ", "2000/10/03", "工事部 電気課", mobile()],
    [7, "馬場園 浩", "ババゾノ ヒロシ", "S49.1.17", "工事部 電気課", mobile()],
    [8, "有働 拓真", "ウドウ タクマ", "2002/03/21", "工事部 据付1課", mobile()],
]
add(
    sender=TACHIBANA,
    to=["中央安全教育センター 受付 <uketsuke@chuo-anzen.or.jp>"],
    subject="11/18 フルハーネス特別教育 受講申込（日の出産業 8名）",
    charset="utf-8",
    body=f"""中央安全教育センター
受付ご担当者様

お世話になっております。日の出産業の立花です。
11月18日（火）開催のフルハーネス型墜落制止用器具特別教育に、
弊社から8名申し込みます。受講者一覧を添付しますのでご確認ください。
修了証の発行に生年月日が必要とのことでしたので記入してあります。
{SIG_TACHIBANA}
""",
    attachments=[{
        "kind": "xlsx", "name": "受講申込_フルハーネス_1118.xlsx",
        "sheets": {"受講者": _harness,
                   "請求先": [["請求先"], ["会社名", "日の出産業株式会社"], ["部署", "工事部 安全管理室"],
                             ["住所", "神奈川県川崎市川崎区大川町8-4"], ["電話", "044-287-5600"]]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX roster of 8 employees with DOB and mobile numbers to an external training centre",
)

# 009
add(
    sender=SAEKI,
    to=["中原中央病院 医事課 <ijika@nakahara-chuo-hp.or.jp>"],
    subject="Re: 労災切替に伴う書類について",
    charset="iso-2022-jp",
    body=f"""中原中央病院 医事課
宮路様

ご連絡ありがとうございます。
ご指示いただいた書類は、10月21日（火）14時ごろに弊社の担当者が窓口へお持ちします。
受付でお名前を申し上げればよろしいでしょうか。

引き続きよろしくお願いいたします。
{SIG_SAEKI}

> 日の出産業株式会社
> 佐伯様
>
> お世話になっております。中原中央病院 医事課の宮路です。
> 田所 悠真様（H9.3.14生）の件、健康保険から労災への切替を承りました。
> 右橈骨遠位端骨折の手術（10/9実施）分の返金手続きのため、
> 様式第5号の原本と、ご本人の印鑑をお持ちいただけますでしょうか。
> 窓口は平日9時〜16時です。
>
> 中原中央病院 医事課 宮路
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the diagnosis and DOB appear only in the quoted hospital mail; the new text is scheduling",
)

# 010
add(
    sender=NONOMURA,
    to=["関東機械工業健康保険組合 給付課 <kyufu@kantokikai-kenpo.or.jp>"],
    subject="業務上負傷の健康保険使用分について（労災への切替のご相談）",
    charset="cp932",
    body=f"""関東機械工業健康保険組合
給付課 御中

いつもお世話になっております。
日の出産業株式会社 相模原工場 総務の野々村と申します。

弊社の被保険者が業務中の負傷で受診した際、誤って保険証を使用しておりました。
労災保険へ切り替えたいので、返還手続きについてご教示いただけますでしょうか。

　被保険者氏名　仁科 圭吾
　保険証　　　　記号 ２１４　番号 ３８
　受診医療機関　大師橋整形外科クリニック（10月2日、10月9日）
　傷病名　　　　腰部捻挫（製品箱の荷下ろし中に受傷）

医療機関側での切替が難しい場合は、療養の費用請求（様式第7号）で対応する予定です。
{SIG_NONOMURA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health-insurance card 記号・番号 of a named worker plus his injury, to the external 健保組合",
)

# 011
add(
    sender=TACHIBANA,
    to=["湾岸国際協同組合 実習生担当 <jisshu@wangan-kyodo.or.jp>"],
    cc=["丸栄工業 安全担当 <anzen@maruei-kogyo.co.jp>"],
    subject="技能実習生の負傷について（丸栄工業様 所属）",
    charset="utf-8",
    body=f"""湾岸国際協同組合
実習生ご担当 御中

日の出産業 工事部 安全管理室の立花です。
本日、弊社が元請の扇島プラント改修工事において、丸栄工業様所属の技能実習生が
負傷しましたのでご連絡いたします（丸栄工業様にはCCにて共有しております）。

氏名：NGUYEN VAN HUNG（グエン・ヴァン・フン）
生年月日：2001年8月9日
在留カード番号：UH48271936KA
旅券番号：C7294016
負傷日時：10月22日 10:15頃
状況：鋼材の仮置き中、鋼材と架台の間に左手を挟まれた
診断：左手第2指挫滅創（川崎臨港総合病院で縫合5針、骨折なし）
今後：3日間は軽作業、1週間後に抜糸予定

本人は日本語での説明が十分に理解できていない様子でしたので、
通訳の方の手配と、労災保険の説明のご協力をお願いできますでしょうか。
{SIG_TACHIBANA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "multiple_external_domains"],
    note="trainee's residence-card and passport numbers and his injury, to the supervising union with the subcontractor in Cc",
)

# 012
add(
    sender=KUGA,
    to=["中央安全教育センター 講座係 <kouza@chuo-anzen.or.jp>"],
    subject="職長・安全衛生責任者教育（12月開催）の日程確認",
    charset="utf-8",
    body=f"""中央安全教育センター 講座係 御中

お世話になっております。日の出産業 安全衛生課の久我です。
12月開催の職長・安全衛生責任者教育について、以下の点を確認させてください。

1. 12/4（木）・12/5（金）の2日間コースで、定員に空きはありますでしょうか。
   弊社からは6名程度の受講を予定しています（氏名は確定後にお送りします）。
2. 会場は貴センター（川崎市中原区小杉町3-264-1 小杉ビル4階）でよろしいでしょうか。
3. 受講料（テキスト代込み 1名 16,500円）は、請求書払いが可能でしょうか。

お手数ですがご回答をお願いいたします。
{SIG_KUGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="training course logistics with the vendor's own office address; no personal data",
)

# 013
add(
    sender=OKOCHI,
    to=["セーフラーン株式会社 受注センター <order@anzen-elearn.jp>"],
    subject="Re: 安全教育eラーニング 年間ライセンスのお支払いについて",
    charset="iso-2022-jp",
    body=f"""セーフラーン株式会社 受注センター
ご担当者様

お世話になっております。日の出産業の大河内です。
年間ライセンス（100ID）の件、今回は法人カードで決済をお願いします。

カード番号：{grp(CARD, '-')}
有効期限：09/28
名義：SHUNSUKE OKOCHI
セキュリティコードはお電話でお伝えします。

決済完了後、領収書をPDFでお送りいただけますと助かります。
{SIG_OKOCHI}

> 日の出産業株式会社 大河内様
> お支払い方法は、請求書払いまたはクレジットカード決済からお選びいただけます。
""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="full credit card number with holder name sent to a vendor",
)

# 014
add(
    sender=TACHIBANA,
    to=["富岳設備 安全担当 <anzen@fugaku-setsubi.co.jp>"],
    subject="扇島工区 周辺の労災指定医療機関一覧",
    charset="cp932",
    body=f"""富岳設備株式会社
安全ご担当者様

お世話になっております。立花です。
来週から入場される作業員の皆さま向けに、現場周辺の労災指定医療機関を
まとめました。新規入場者教育の資料にお使いください。

医療機関名                    診療科          所在地                               代表電話
----------------------------  --------------  -----------------------------------  -------------
川崎臨港総合病院              救急・整形外科  川崎市川崎区扇町1-8-3                 044-344-2211
中原中央病院                  救急・外科      川崎市中原区木月4-20-11               044-411-0707
大師橋整形外科クリニック      整形外科        川崎市川崎区大師駅前2-5-9             044-288-6620
鶴見みなと病院                救急・形成外科  横浜市鶴見区弁天町3-12                045-501-3311
川崎港 休日夜間急患センター  内科・外科      川崎市川崎区塩浜2-1-4                 044-266-0999
浅田眼科医院                  眼科            川崎市川崎区浅田1-14-2                044-322-8145

※夜間・休日は川崎臨港総合病院を第一選択としてください。
※受診時は「労災です」と必ず申し出るよう周知をお願いします。
{SIG_TACHIBANA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of hospitals (businesses) with switchboard numbers, not people",
)

# 015
_yuki = [["社員番号", "氏名", "生年月日", "健診日", "取扱物質", "尿中馬尿酸(g/L)", "AST", "ALT", "γ-GTP", "判定"]]
_yuki_people = [
    ("S04127", "雨宮 伸一", "1972/05/14", "トルエン", "0.4", "28", "35", "112", "B（要経過観察）"),
    ("S05503", "郷田 一成", "1968/11/30", "キシレン", "0.2", "41", "52", "198", "C（要再検査）"),
    ("S07719", "穂積 さやか", "1990/02/08", "トルエン", "0.1", "19", "14", "22", "A"),
    ("S08041", "十河 勝也", "1983/09/27", "酢酸エチル", "-", "33", "47", "86", "B（要経過観察）"),
    ("S09312", "猿渡 浩二", "1979/04/05", "トルエン", "0.6", "55", "71", "240", "C（要再検査）"),
    ("S10288", "宍戸 優奈", "1996/12/19", "キシレン", "0.1", "17", "12", "18", "A"),
]
for r in _yuki_people:
    _yuki.append([r[0], r[1], r[2], "2025/10/08", r[3], r[4], r[5], r[6], r[7], r[8]])
add(
    sender=NONOMURA,
    to=["桜ヶ丘内科クリニック 穂高先生 <hotaka@sakuragaoka-naika.jp>"],
    subject="有機溶剤健診結果（塗装ライン）の判定のお願い",
    charset="cp932",
    body=f"""桜ヶ丘内科クリニック
穂高先生

いつも産業医業務でお世話になっております。相模原工場の野々村です。
10月8日に実施した有機溶剤等健康診断の結果が健診機関から届きましたので、
CSVにまとめてお送りします。C判定の2名について、就業上の措置のご意見をいただけますか。
{SIG_NONOMURA}
""",
    attachments=[{"kind": "csv", "name": "yuki_kenshin_202510.csv", "encoding": "cp932", "rows": _yuki}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health-check results of 6 named workers (list + 要配慮) in a CSV to an outside clinic",
)

# 016
add(
    sender=SAEKI,
    to=["川崎臨港総合病院 地域連携室 MSW 小橋様 <msw@rinko-general.or.jp>"],
    cc=[SR_BOSS],
    subject="三者打合せの日程について",
    charset="iso-2022-jp",
    body=f"""川崎臨港総合病院 地域連携室
小橋様

（CC：東雲社会保険労務士事務所 東雲先生）

お世話になっております。日の出産業の佐伯です。
先日お話しした件で、病院・社労士の先生・弊社の三者で一度打合せの場を
設けたいと考えております。候補日は以下のとおりです。

　・11月5日（水）15:00〜
　・11月6日（木）10:00〜
　・11月10日（月）14:00〜

場所は貴院の相談室をお借りできれば幸いです。ご都合をお知らせください。
{SIG_SAEKI}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc (a normal three-way meeting), no personal data",
)

# 017
add(
    sender=MIKAMI,
    to=["港北リハビリテーション病院 整形外科 城之内先生 <jonouchi@kohoku-reha.or.jp>"],
    subject="職場復帰支援プラン（案）へのご意見のお願い",
    charset="utf-8",
    body=f"""港北リハビリテーション病院
整形外科　城之内先生

いつもお世話になっております。日の出産業 人事部の三上でございます。
貴院に通院中の弊社社員について、産業医と相談のうえ職場復帰支援プランの案を作成しました。
主治医のお立場から、就業上の配慮事項についてご意見をいただけますと幸いです。
{SIG_MIKAMI}
""",
    attachments=[{
        "kind": "docx", "name": "職場復帰支援プラン_案_v2.docx",
        "page_footer": "日の出産業株式会社 人事部",
        "paragraphs": ["職場復帰支援プラン（案）", "作成日：2025年10月24日　作成：人事部 労務G / 産業医"],
        "tables": [
            [["対象者", "物流部 千葉センター　漆間 航平（41歳）"],
             ["傷病名", "腰椎椎間板ヘルニア（L4/5）術後"],
             ["休業期間", "2025年7月28日〜（労災認定済・休業補償受給中）"],
             ["復帰予定日", "2025年11月17日"],
             ["主治医の意見", "10kg以上の重量物取扱いは当面不可、連続立位は1時間まで"]],
            [["期間", "勤務時間", "業務内容", "配慮事項"],
             ["第1〜2週", "9:00〜15:00（短時間）", "事務・在庫データ入力", "残業禁止、週1回の面談"],
             ["第3〜4週", "9:00〜17:00", "検品（軽量品のみ）", "フォークリフト運転不可"],
             ["第5週以降", "通常勤務", "検品・出荷指示", "重量物は2人作業"]],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="return-to-work plan naming one worker with his disc-herniation diagnosis, to an outside hospital",
)

# 018
add(
    sender=OKOCHI,
    to=["三協クレーン 安全品質部 <anzen@sankyo-crane.co.jp>"],
    subject="玉掛け作業の件 安全衛生委員会議事録（抜粋）",
    charset="cp932",
    body=f"""三協クレーン株式会社
安全品質部 ご担当者様

お世話になっております。大河内です。
先月の弊社安全衛生委員会で協議した玉掛け作業の取扱いについて、
議事録の該当部分をお送りします。来月の合同KYの前にお目通しください。
{SIG_OKOCHI}
""",
    attachments=[{
        "kind": "pdf", "name": "安全衛生委員会議事録_第187回_抜粋.pdf",
        "page_header": "社外秘",
        "lines": [
            "第187回 安全衛生委員会 議事録（抜粋）",
            "日時：2025年9月25日 13:30〜15:00　場所：本社3F会議室",
            "",
            "議題3　玉掛け作業における合図者の配置について",
            "・クレーン作業時の合図者を1作業1名に限定し、無線機を必携とする。",
            "・協力会社（クレーン・揚重）との合同KYを月1回実施する。",
            "・つり荷の下への立入禁止表示を可搬式のバリケードに統一する。",
            "決定事項：11月1日より運用開始。周知は工事部安全管理室が行う。",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="committee minutes stamped 社外秘 in the PDF header, sent to a subcontractor",
)

# 019
add(
    sender=KUGA,
    to=["光保護具商会 営業 <sales@hikari-hogogu.co.jp>"],
    subject="耐切創手袋サンプルのお礼と追加のお願い",
    charset="iso-2022-jp",
    body=f"""光保護具商会
営業ご担当 様

お世話になっております。日の出産業の久我です。
先日は耐切創手袋（レベルD）のサンプルをお送りいただきありがとうございました。
現場で試用したところ、HG-5500 の方が指先の感覚が良いと好評でした。

つきましては、HG-5500 のサイズ S・M・L を各1双ずつ追加でお送りいただけますか。
また、100双単位での見積もあわせてお願いいたします。
{SIG_KUGA}
{DISC_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary vendor mail with the standard 機密情報 disclaimer, not a marking",
)

# 020
add(
    sender=TACHIBANA,
    to=["川崎電機 現場安全担当 <genba-anzen@kawasaki-denki.jp>"],
    subject="11月 合同安全パトロールの日程",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
現場安全ご担当者様

お世話になっております。日の出産業 工事部の立花です。
11月の合同安全パトロールは、以下の日程でいかがでしょうか。

　11月12日（水）9:30　扇島工区 第2ゲート集合
　巡回ルート：変電設備棟 → 配管ラック → 資材置場

ヘルメット・安全靴は各自ご持参ください。
{SIG_TACHIBANA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kawasaki-denki.jp is a look-alike of partner kawasaki-denki.co.jp (co. dropped)",
)

# 021
add(
    sender=MIKAMI,
    to=["小此木 達也 <t.okonogi.0611@gmail.com>"],
    subject="書類発送のご連絡",
    charset="iso-2022-jp",
    body=f"""小此木さん

人事部の三上です。
先日お電話でお話しした書類一式を、本日簡易書留で発送しました。
明後日ごろには届くと思います。

同封の返信用封筒で、署名・押印したものを11月7日までにご返送ください。
分からない箇所があれば、遠慮なく私の携帯（社用）までどうぞ。
{SIG_MIKAMI}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one free-mail recipient; the mail itself carries no health or other personal data",
)

# 022
_shisho_html = f"""<html><body>
<p>川崎南労働基準監督署 安全衛生課 御中</p>
<p>いつもお世話になっております。日の出産業株式会社 川崎工場 総務の野々村です。<br>
10月16日に発生した休業災害につき、労働者死傷病報告（様式第23号）の記載案をお送りします。<br>
電子申請の前に、災害発生状況欄の書き方についてご助言いただけますと幸いです。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>項目</th><th>内容</th></tr>
<tr><td>被災労働者の氏名</td><td>久保寺 誠一（クボデラ セイイチ）</td></tr>
<tr><td>生年月日</td><td>1979年12月3日（45歳）</td></tr>
<tr><td>性別</td><td>男</td></tr>
<tr><td>職種 / 経験期間</td><td>機械組立工 / 12年4か月</td></tr>
<tr><td>傷病名及び傷病部位</td><td>右足第1趾基節骨骨折（右足）</td></tr>
<tr><td>休業見込期間</td><td>21日</td></tr>
<tr><td>災害発生状況</td><td>組立ラインで重量約35kgのギアボックスを台車から作業台へ移す際、手が滑って落下させ、右足つま先に当たった。安全靴は着用していたが先芯の外側に当たったもの。</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 川崎工場 総務係<br>野々村 健<br>TEL 044-287-5600</p>
</body></html>"""
add(
    sender=NONOMURA,
    to=["川崎南労働基準監督署 安全衛生課 <anzeneisei@kawasaki-minami-lsb.go.jp>"],
    subject="労働者死傷病報告の記載内容について（ご相談）",
    charset="utf-8",
    html=_shisho_html,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only draft accident report: a named worker's DOB and fracture, to the labour standards office",
)

# 023
add(
    sender=TACHIBANA,
    to=["川崎電機 扇島工事事務所 所長 <ogishima-office@kawasaki-denki.co.jp>"],
    subject="構内での負傷事故のご報告（不休）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
扇島工事事務所 所長 様

いつも大変お世話になっております。日の出産業 工事部の立花です。
本日の作業中に発生した事故について、第一報をご報告いたします。

1. 発生日時　10月23日（木）11時05分ごろ
2. 場所　　　変電設備棟 1階 ケーブルピット付近
3. 概要　　　当社の作業員1名が、ケーブルラックの端部（バリ残り）に
　　　　　　 左前腕を接触させ擦過傷を負ったもの。近隣の医療機関で処置を受け、
　　　　　　 休業には至らず、午後は別作業に従事しております。
4. 対策　　　ラック端部のバリ取り・保護キャップ取付を本日中に完了。
　　　　　　 明朝のKYで全作業員に周知します。

ご迷惑をおかけし申し訳ございません。詳細は報告書にてご報告いたします。
{SIG_TACHIBANA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="accident report to the client about an unnamed worker: no identifiable person",
)

# 024
add(
    sender=MIKAMI,
    to=[SR],
    subject="休業補償（小此木）第2回請求分の書類",
    charset="cp932",
    body=f"""真鍋様

お世話になっております。三上です。
第2回請求分の書類（賃金台帳・出勤簿・医師の証明欄のコピー）を
ZIPにまとめてお送りします。
パスワードは別メールでお送りします。
{SIG_MIKAMI}
""",
    attachments=[{
        "kind": "zip", "name": "kyugyo_2nd_okonogi.zip", "password": "Rs#2025-1021",
        "files": [
            {"kind": "txt", "name": "送付書類一覧.txt", "text": "賃金台帳 9月分\n出勤簿 9月〜10月\n医師証明欄 写し\n"},
            {"kind": "pdf", "name": "chingin_daicho_202509.pdf", "lines": ["賃金台帳 2025年9月", "（写し）"]},
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the 社労士: the content cannot be inspected",
)

# 025
add(
    sender=MIKAMI,
    to=[SR],
    subject="パスワードのお知らせ",
    charset="iso-2022-jp",
    body="""真鍋様

先ほどお送りしたファイルのパスワードです。

　Rs#2025-1021

三上
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the separate password mail: no attachment, no personal data",
)

# 026
add(
    sender=TACHIBANA,
    to=["富岳設備 工事課 <koji@fugaku-setsubi.co.jp>"],
    subject="FW: 石動様のご容体について（川崎臨港総合病院）",
    charset="utf-8",
    body=f"""富岳設備株式会社 工事課 御中

立花です。昨日の件、病院から下記の連絡がありましたので転送します。
ご家族へのご連絡は貴社からお願いできますでしょうか。

---------- Forwarded message ---------
From: 川崎臨港総合病院 救急外来 <er-desk@rinko-general.or.jp>
Date: 2025年10月24日(金) 18:42
Subject: 石動様のご容体について
To: <tachibana.r@hinode-sangyo.co.jp>

日の出産業株式会社 立花様

本日救急搬送された富岳設備株式会社の石動 誠様（52歳）について、ご報告いたします。
CT検査の結果、右第5・第6肋骨骨折、および少量の外傷性気胸が認められました。
現時点で胸腔ドレナージは不要と判断しておりますが、経過観察のため
2泊3日の入院とさせていただきます。ご本人は会話可能で、意識は清明です。
労災の書類は退院時までにご用意ください。

川崎臨港総合病院 救急外来 看護師長 鶴岡
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward of the hospital's mail with a named subcontractor worker's diagnosis: forwarded text counts",
)

# 027
add(
    sender=TACHIBANA,
    to=["北斗鉄工 安全担当 <anzen@hokuto-tekko.co.jp>"],
    subject="10/28 安全パトロール 指摘事項と是正のお願い",
    charset="cp932",
    body=f"""北斗鉄工株式会社
安全ご担当者様

本日の安全パトロールでの指摘事項を添付のとおりお送りします。
是正完了後、写真付きで報告をお願いします（期限は各行に記載）。
{SIG_TACHIBANA}
""",
    attachments=[{
        "kind": "xlsx", "name": "パトロール指摘事項_1028.xlsx",
        "sheets": {"指摘事項": [
            ["2025/10/28 扇島工区 安全パトロール 指摘事項（北斗鉄工様）"],
            ["No", "場所", "指摘内容", "区分", "是正期限"],
            [1, "配管ラック 3段目", "開口部の手すり 1スパン未設置", "A（即時）", "10/28"],
            [2, "資材置場", "H鋼の仮置き 歯止めなし", "B", "10/30"],
            [3, "溶接ブース", "消火器 点検ラベル期限切れ", "B", "10/31"],
            [4, "ゲート付近", "KY板の記入漏れ（午後作業分）", "C", "10/29"],
            [5, "休憩所", "WBGT計の表示が見えにくい位置", "C", "11/4"],
        ]},
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="patrol findings about places and equipment; no people in it",
)

# 028
add(
    sender=OKOCHI,
    to=["Pacific Assist Claims <claims@pacific-assist.com>"],
    subject="Work injury of our seconded engineer - claim notification (Policy PA-JP-0048817)",
    charset="utf-8",
    body=f"""Dear Claims Team,

We would like to notify you of a work injury involving one of our engineers seconded to
our partner plant in Rayong, Thailand, and to open a claim under the above policy.

Insured person : Mr. Kenta Hoshikawa
Date of birth  : 14 July 1988
Passport No.   : TR4419027
Date of injury : 20 October 2025, approx. 3:40 pm local time
What happened  : While inspecting a conveyor, he stepped into an uncovered floor drain
                 and twisted his left foot.
Diagnosis      : Fracture of the left fifth metatarsal (Jones fracture); short leg cast
                 for 6 weeks, no surgery for now (the hospital will send its
                 medical report to you directly).

He is able to work from the site office. Please let us know which documents you need
from us and whether you can arrange direct billing with the hospital.
{SIG_OKOCHI_EN}
{DISC_EN}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English claim notice: a named engineer's passport number, DOB and fracture to an overseas insurer",
)

# 029
add(
    sender=KUGA,
    to=["GripWell Orders <orders@gripwell-gloves.com>"],
    subject="PO HS-PO-25-0412 - cut-resistant gloves",
    charset="utf-8",
    body=f"""Hello,

Please find our purchase order below.

PO number : HS-PO-25-0412
Item         Description                        Size  Qty (pairs)
-----------  ---------------------------------  ----  -----------
GW-CUT5-08   Cut level D, nitrile palm coated    8        120
GW-CUT5-09   Cut level D, nitrile palm coated    9        240
GW-CUT5-10   Cut level D, nitrile palm coated   10        120
GW-HEAT-02   Heat-resistant over-glove           L         40

Ship to : Hinode Sangyo Co., Ltd. Kawasaki Plant, Receiving
          8-4 Okawa-cho, Kawasaki-ku, Kawasaki, Kanagawa 210-0858, Japan
Incoterms: DAP Kawasaki. Payment: T/T 30 days after B/L.

Please confirm the delivery date.

Kind regards,
Chihiro Kuga
Safety & Health Section, Hinode Sangyo Co., Ltd.
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English purchase order with item codes and the company's delivery address",
)

# 030
_suzuki_tel = zen(mobile())
add(
    sender=SAEKI,
    to=["常盤損害保険 損害サービス課 <songai@tokiwa-sonpo.co.jp>"],
    subject="労災上乗せ保険 事故報告（10月発生分）",
    charset="cp932",
    body=f"""常盤損害保険株式会社
損害サービス課 ご担当者様

いつもお世話になっております。日の出産業の佐伯です。
労働災害総合保険（上乗せ）の対象となる事故が発生しましたのでご報告します。

被災者は資材課の鈴木 英明さん（昭和４７年８月１９日生、携帯{_suzuki_tel}）で、
１０月９日の午後、資材置場で荷姿を確認中に段差を踏み外し、左足首を捻りました。
同日、大師橋整形外科で左足関節捻挫（靱帯部分断裂）と診断され、
現在は週２回のリハビリ通院中、４週間の休業見込みです。
政府労災は休業補償の請求準備中です。

保険金請求に必要な書類をご教示ください。ご本人への連絡は上記携帯で結構です。
{SIG_SAEKI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="running text without labels: 和暦 DOB and full-width mobile of a named worker with his diagnosis, to an insurer",
)

# 031
_daicho = [
    ["労災台帳（2025年度上期）", "", "", "", "", "", ""],
    ["No", "発生日", "所属", "氏名", "生年月日", "傷病名", "休業日数"],
]
_daicho_rows = [
    ("2025/04/08", "川崎工場 製造1課", "大貫 秀樹", "1975/06/11", "右手掌挫創", 0),
    ("2025/04/22", "相模原工場 製造2課", "戸叶 勇気", "1998/01/29", "腰椎捻挫", 6),
    ("2025/05/13", "千葉物流センター", "蓑田 智子", "1987/08/03", "左足背打撲", 0),
    ("2025/05/30", "工事部 据付1課", "羽生田 賢一", "1980/04/02", "左肩鎖関節脱臼", 28),
    ("2025/06/17", "川崎工場 製造1課", "樋渡 輝", "2001/09/14", "熱中症（II度）", 2),
    ("2025/07/02", "川崎工場 保全課", "大西 源太", "1969/03/25", "右眼角膜異物", 0),
    ("2025/07/15", "相模原工場 製造2課", "日置 まゆみ", "1993/11/08", "右手関節捻挫", 0),
    ("2025/07/28", "千葉物流センター", "漆間 航平", "1984/05/21", "腰椎椎間板ヘルニア", 95),
    ("2025/08/05", "工事部 電気課", "瀬古 翼", "2000/10/03", "熱中症（I度）", 0),
    ("2025/08/19", "川崎工場 製造3課", "国分 篤", "1977/12/30", "左示指切創", 0),
    ("2025/09/03", "相模原工場 品質保証課", "甘利 里穂", "1995/07/07", "頸椎捻挫（通勤災害）", 4),
    ("2025/09/26", "横浜事業所 工務課", "小此木 達也", "1986/11/02", "左足関節外果骨折", 35),
]
for i, r in enumerate(_daicho_rows, 1):
    _daicho.append([i, *r])
add(
    sender=KUGA,
    to=["人事部 労務G <roumu@hinode-sangyo.co.jp>"],
    cc=["大河内 俊介 <s.okochi@hinode-sangyo.co.jp>"],
    subject="上期 労災台帳の共有（社内）",
    charset="utf-8",
    body=f"""労務G 各位

安全衛生課の久我です。上期（4〜9月）の労災台帳を更新しましたので共有します。
休業補償の請求状況と突き合わせをお願いします。漆間さんの件は社労士と進行中です。
{SIG_KUGA}
""",
    attachments=[{"kind": "xlsx", "name": "労災台帳_2025上期.xlsx", "sheets": {"上期": _daicho}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="a 12-person injury ledger, but sent only inside hinode-sangyo.co.jp (incl. a subdomain sender)",
)

# 032
add(
    sender=MIKAMI,
    to=["白川法律事務所 北村先生 <kitamura@shirakawa-law.jp>"],
    subject="元社員からの精神障害の労災請求について（ご相談）",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
北村先生

いつもお世話になっております。日の出産業 人事部の三上です。
標記の件、先日お電話でお話しした内容を整理してお送りします。

・請求人：元社員 柳生 沙織さん（2025年6月末に退職、営業企画部に在籍）
・請求内容：うつ病について、業務上の精神障害として療養補償・休業補償を請求
　（監督署から事業主意見の照会が10月20日付で届いています）
・本人の主張：2024年11月〜2025年2月に月100時間前後の時間外労働があったこと、
　当時の上司から人前での叱責が繰り返されたこと
・会社側の記録：勤怠システム上の時間外は月62〜78時間。ただしPCログとの乖離あり。
・通院歴：2025年3月から心療内科に通院、同月から休職

事業主意見書の提出期限が11月10日ですので、それまでに一度お打合せをお願いできますでしょうか。
{SIG_MIKAMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a former employee's depression and psychiatric treatment, by name, to the outside law firm",
)

# 033
add(
    sender=SAEKI,
    to=["旭川火災海上 事故受付センター <jiko-uketsuke@asahigawa-kasai.co.jp>"],
    subject="通勤途上の交通事故について（社員 宇留野）",
    charset="utf-8",
    body=f"""旭川火災海上保険株式会社
事故受付センター ご担当者様

日の出産業株式会社 安全衛生課の佐伯と申します。
弊社社員が通勤途中に追突事故の被害に遭いました。相手方のご契約が貴社とのことで、
通勤災害（労災）の第三者行為災害届の作成にあたり、情報の確認をお願いいたします。

　被害者：宇留野 翔太（弊社 川崎工場 保全課）
　運転免許証番号：第530118264903号
　事故日時：2025年10月3日 7時50分ごろ
　場所：川崎市川崎区日進町 国道15号線 日進町交差点付近（信号待ち中に追突）
　傷病名：頸椎捻挫、腰部挫傷（10月3日 中原中央病院 受診、現在通院中）
　貴社事故受付番号：T25-1003-07716

第三者行為災害届には相手方の保険会社の情報が必要ですので、
担当部署とご担当者名をお知らせください。
{SIG_SAEKI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named employee's driving-licence number and whiplash diagnosis, to another company's insurer",
)

# 034
add(
    sender=OKOCHI,
    to=["倉田労働安全コンサルタント事務所 <info@kurata-anzen.jp>"],
    subject="秘密保持契約書（案）の送付",
    charset="iso-2022-jp",
    body=f"""倉田労働安全コンサルタント事務所
倉田様

お世話になっております。日の出産業の大河内です。
来月からお願いするリスクアセスメント支援に先立ち、秘密保持契約書の案をお送りします。
内容をご確認のうえ、修正点があれば赤字でお戻しください。
押印は電子契約（クラウドサイン）で行う予定です。
{SIG_OKOCHI}
""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_案_倉田事務所.docx",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と倉田労働安全コンサルタント事務所（以下「乙」という。）は、"
            "甲の事業場におけるリスクアセスメント支援業務（以下「本業務」という。）に関し、次のとおり契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、本業務に関し甲が乙に開示した技術上又は営業上の情報をいう。",
            "第2条（秘密保持）乙は、秘密情報を第三者に開示又は漏えいしてはならない。",
            "第3条（個人情報）乙は、本業務に関し知り得た甲の従業員の個人情報を本業務の目的以外に利用しない。",
            "第4条（有効期間）本契約の有効期間は、締結日から3年間とする。",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA; the draft talks about 秘密情報 but carries no marking and no personal data",
)

# 035
_green = [["氏名", "フリガナ", "生年月日", "職種", "血液型", "最近の健康診断日", "血圧", "現住所", "緊急連絡先（続柄）"]]
_green_people = [
    ("羽生田 賢一", "ハニュウダ ケンイチ", "1980-04-02", "据付工", "A", "2025-06-10", "148/96", "川崎市幸区小倉1-22-8", "妻"),
    ("神保 大地", "ジンボ ダイチ", "1996-12-25", "据付工", "O", "2025-06-10", "118/72", "横浜市鶴見区下末吉4-3-17", "母"),
    ("四十物 亮介", "アイモノ リョウスケ", "1986-02-09", "溶接工", "B", "2025-06-11", "132/84", "川崎市川崎区京町2-11-5", "妻"),
    ("栃尾 淳", "トチオ アツシ", "1991-07-18", "据付工", "AB", "2025-06-11", "124/80", "川崎市中原区井田杉山町9-2", "父"),
    ("馬場園 浩", "ババゾノ ヒロシ", "1974-01-17", "電工", "A", "2025-06-12", "162/101（要治療・服薬中）", "横浜市港北区日吉本町6-30-1", "妻"),
    ("有働 拓真", "ウドウ タクマ", "2002-03-21", "電工見習", "O", "2025-06-12", "110/68", "川崎市高津区溝口3-8-14", "母"),
]
for r in _green_people:
    _green.append([*r[:8], f"{mobile()}（{r[8]}）"])
add(
    sender=TACHIBANA,
    to=["川崎電機 安全書類担当 <anzen-shorui@kawasaki-denki.co.jp>"],
    subject="作業員名簿（扇島 第2期工事 日の出産業分）",
    charset="utf-8",
    body=f"""川崎電機株式会社
安全書類ご担当者様

お世話になっております。日の出産業 工事部の立花です。
第2期工事の作業員名簿（全建統一様式 第5号相当）をCSVでお送りします。
11月4日から入場予定の6名分です。
{SIG_TACHIBANA}
""",
    attachments=[{"kind": "csv", "name": "sagyouin_meibo_ogishima2.csv", "encoding": "utf-8", "rows": _green}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="worker roster of 6 with DOB, home address, emergency phone and blood-pressure results, to the client",
)

# 036
add(
    sender=NONOMURA,
    to=["京浜健診センター 予約係 <yoyaku@keihin-kenshin.or.jp>"],
    subject="特殊健康診断（11月実施分）の日程・人数について",
    charset="cp932",
    body=f"""京浜健診センター 予約係 御中

いつもお世話になっております。日の出産業 相模原工場の野々村です。
11月の巡回特殊健診について、以下の内容で確定させてください。

　実施日：11月12日（水）8:30〜12:00
　会場：相模原工場 厚生棟2階 多目的室
　対象：有機溶剤健診 18名／特定化学物質健診 7名／じん肺健診 4名
　　　　（騒音健診は12月に別途実施予定）

受診者名簿は、前回同様に貴センターの受診者登録システムへ直接登録いたします。
検診車の駐車位置は第3駐車場をご利用ください。
{SIG_NONOMURA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="health-check logistics with head counts only; the roster goes through the centre's own system",
)

# 037
add(
    sender=TACHIBANA,
    to=["川崎電機 扇島工事事務所 副所長 <ogishima-office@kawasaki-denki.co.jp>"],
    subject="【至急】熱中症による救急搬送のご報告",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
扇島工事事務所 副所長 様

立花です。取り急ぎご報告いたします。

本日13時10分ごろ、変電設備棟屋上で作業していた弊社据付班の蓮沼 大輔（34）が、
めまいと嘔吐を訴えたため作業を中止させ、日陰で冷却のうえ救急要請しました。
川崎臨港総合病院へ搬送され、熱中症（II度）との診断で点滴を受けております。
意識ははっきりしており、本日は経過観察のため一泊入院となる見込みです。

屋上作業は本日以降14時〜16時を中止し、WBGTの測定間隔を30分に短縮します。
詳細は明朝の朝礼後にご説明に伺います。
{SIG_TACHIBANA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named worker's heat-stroke diagnosis and hospitalisation reported to the client",
)

# 038
add(
    sender=KUGA,
    to=["立花 亮 <tachibana.r@hinode-sangyou.co.jp>"],
    subject="安全大会 会場レイアウト（案）",
    charset="iso-2022-jp",
    body=f"""立花さん

久我です。12月の安全大会の会場レイアウト案です。
表彰式の動線を考えて、協力会社の席を前方に寄せてみました。
来賓席（川崎電機様・青葉運輸様）は左前方2列で確保しています。
ご意見あれば今週中にください。
{SIG_KUGA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyou.co.jp (letter added) is a look-alike of the company's own domain",
)

# 039
add(
    sender=TACHIBANA,
    to=[TACHIBANA],
    bcc=["anzen@maruei-kogyo.co.jp", "koji@fugaku-setsubi.co.jp", "anzen@hokuto-tekko.co.jp",
         "anzen@sankyo-crane.co.jp", "office@misaki-tosou.jp", "info@kinoshita-denko.jp",
         "koumu@tokiwa-kenzai.co.jp", "soumu@shinsei-hiraku.co.jp"],
    subject="【協力会社各位】12月工事分 安全書類の提出のお願い",
    charset="iso-2022-jp",
    body=f"""協力会社 各位

（Bccにて一斉送信しております）

いつもお世話になっております。日の出産業 工事部 安全管理室の立花です。
12月施工分の安全書類について、下記のとおり提出をお願いいたします。

　提出期限：11月21日（金）
　提出書類：施工体制台帳（再下請負通知書）、作業員名簿、持込機械等使用届
　提出方法：グリーンサイトへの登録（メール添付でのご提出はご遠慮ください）

特に作業員名簿は個人情報を含みますので、必ずグリーンサイト経由でお願いします。
{SIG_TACHIBANA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mass mail to subcontractors correctly sent by Bcc; nothing sensitive",
)

# 040
_noise = [["No", "氏名", "生年月日", "所属", "検査日", "右1000Hz(dB)", "右4000Hz(dB)", "左1000Hz(dB)", "左4000Hz(dB)", "所見"]]
_noise_people = [
    ("大貫 秀樹", "1975/06/11", "製造1課", 20, 45, 20, 50, "4000Hz 両側低下"),
    ("国分 篤", "1977/12/30", "製造3課", 15, 30, 15, 35, "有所見なし"),
    ("大西 源太", "1969/03/25", "保全課", 25, 60, 30, 65, "騒音性難聴の疑い"),
    ("樋渡 輝", "2001/09/14", "製造1課", 10, 15, 10, 15, "有所見なし"),
    ("鳴海 勝", "1966/08/02", "製造3課", 30, 55, 25, 55, "要精密検査"),
    ("市毛 真司", "1982/10/17", "保全課", 15, 40, 15, 35, "4000Hz 右低下"),
    ("羽場 みのり", "1990/01/24", "製造1課", 10, 20, 10, 20, "有所見なし"),
    ("阿久津 智", "1971/04/09", "製造3課", 20, 50, 25, 45, "4000Hz 両側低下"),
    ("岩佐 隼人", "1994/06/28", "保全課", 10, 25, 15, 20, "有所見なし"),
    ("茂木 喜一", "1963/11/15", "製造1課", 35, 65, 35, 70, "騒音性難聴（既往）"),
]
for i, r in enumerate(_noise_people, 1):
    _noise.append([i, r[0], r[1], r[2], "2025/09/17", *r[3:]])
add(
    sender=NONOMURA,
    to=["京浜健診センター 聴覚検査室 戸張医師 <tobari@keihin-kenshin.or.jp>"],
    subject="騒音健診 二次判定用データの送付",
    charset="utf-8",
    body=f"""京浜健診センター
戸張先生

お世話になっております。日の出産業の野々村です。
9月実施の騒音健診のうち、川崎工場のプレス・研削工程の10名分のデータをお送りします。
二次判定（精密検査の要否）をお願いいたします。
{SIG_NONOMURA}
""",
    attachments=[{"kind": "zip", "name": "souon_kenshin_kawasaki.zip",
                  "files": [{"kind": "csv", "name": "souon_202509_kawasaki.csv", "encoding": "cp932",
                             "rows": _noise}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="plain ZIP with a CSV of 10 workers' hearing test results (list + health data) to an outside centre",
)

# 041
add(
    sender=OKOCHI,
    to=["川崎電機 安全環境部 <safety-env@kawasaki-denki.co.jp>"],
    subject="ご依頼の災害統計（2025年4月〜9月）",
    charset="utf-8",
    body=f"""川崎電機株式会社 安全環境部 御中

お世話になっております。日の出産業の大河内です。
取引先安全評価の資料としてご依頼いただいた、上期の災害統計をお送りします。
個人が特定される情報は含めておりません。
{SIG_OKOCHI}
""",
    attachments=[{
        "kind": "xlsx", "name": "災害統計_2025上期_日の出産業.xlsx",
        "sheets": {
            "月別": [["2025年度上期 月別災害発生状況（日の出産業株式会社 全事業場）"],
                     ["月", "延労働時間", "休業4日以上", "休業1〜3日", "不休", "度数率", "強度率"],
                     ["4月", 401200, 1, 0, 1, 2.49, 0.02],
                     ["5月", 396800, 1, 0, 1, 2.52, 0.07],
                     ["6月", 405100, 0, 1, 0, 2.47, 0.00],
                     ["7月", 410900, 1, 0, 2, 2.43, 0.23],
                     ["8月", 388700, 0, 0, 2, 0.00, 0.00],
                     ["9月", 399400, 2, 0, 0, 5.01, 0.10]],
            "型別": [["事故の型", "件数"], ["墜落・転落", 1], ["はさまれ・巻き込まれ", 0],
                   ["切れ・こすれ", 3], ["動作の反動・無理な動作", 2], ["高温・低温物との接触（熱中症含む）", 2],
                   ["交通事故（通勤）", 1], ["その他", 3]],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate statistics by month and type: no person identifiable",
)

# 042
_kyugyo_rows = [
    ("2024/05/09", "製造1課", "樫山 浩之", 47, "右示指末節骨骨折", 18),
    ("2024/06/21", "物流部", "五味 亜由美", 38, "腰椎捻挫", 9),
    ("2024/08/02", "据付1課", "巽 光太郎", 29, "熱中症（III度）", 12),
    ("2024/09/30", "保全課", "都築 正吾", 55, "左踵骨骨折（脚立から転落）", 64),
    ("2024/12/11", "製造3課", "佐古田 仁", 33, "右前腕挫滅創", 21),
    ("2025/02/18", "電気課", "野老 修", 41, "右手熱傷（アークフラッシュ）", 27),
]
_rows_html = "".join(
    f"<tr><td>{d}</td><td>{dep}</td><td>{n}</td><td>{a}</td><td>{diag}</td><td>{days}</td></tr>"
    for d, dep, n, a, diag, days in _kyugyo_rows)
add(
    sender=OKOCHI,
    to=["倉田労働安全コンサルタント事務所 倉田様 <kurata@kurata-anzen.jp>"],
    subject="2024年度 休業災害一覧（リスクアセスメント事前資料）",
    charset="utf-8",
    html=f"""<html><body>
<p>倉田様</p>
<p>お世話になっております。大河内です。<br>
来週のキックオフに向けて、2024年度の休業災害の一覧をお送りします。<br>
ヒアリング対象者の選定にもお使いください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>発生日</th><th>所属</th><th>被災者</th><th>年齢</th><th>傷病名</th><th>休業日数</th></tr>
{_rows_html}
</table>
<p>--<br>大河内 俊介<br>日の出産業株式会社 総務部 安全衛生課 課長<br>TEL 044-287-5511</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only table of 6 named injured workers with diagnoses to an outside consultant",
)

# 043
add(
    sender=OKOCHI,
    to=["日の出産業協力会 事務局 <jimukyoku@maruei-kogyo.co.jp>"],
    subject="協力会 月例報告（10月）災害事例",
    charset="iso-2022-jp",
    body=f"""協力会 事務局 御中

大河内です。月例報告の災害事例をお送りします。会員各社への展開をお願いします。

【事例】10月17日（金）扇島工区
協力会社A社の20代の作業員（当現場入場2日目）が、ベルトコンベヤのリターンローラに
付着物を取ろうとして手を入れ、右手示指を第一関節から切断した。
コンベヤは停止されておらず、非常停止ロープは当該区間に設置されていなかった。

【対策】
・運転中の清掃・点検の禁止を再教育（全社）
・リターン側への巻き込まれ防止カバー設置（11月末まで）
・新規入場者は入場後1週間、単独作業をさせない
{SIG_OKOCHI}
""",
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=[],
    note="'anonymised' case, but company A, age band, second day on site and the injury may single out one worker to the association",
)

# 044
_teiatsu = [["社員番号", "氏名", "ふりがな", "生年月日", "雇入年月日", "所属"]]
_teiatsu_people = [
    ("H10231", "真壁 祐介", "まかべ ゆうすけ", "1988/03/14", "2011/04/01"),
    ("H11407", "伊集院 恵", "いじゅういん めぐみ", "1992/09/02", "2015/04/01"),
    ("H11582", "芦原 直樹", "あしはら なおき", "1985/11/23", "2016/10/01"),
    ("H12016", "溝渕 剛", "みぞぶち つよし", "1979/06/08", "2017/04/01"),
    ("H12244", "加賀谷 勇人", "かがや はやと", "1997/01/19", "2019/04/01"),
    ("H12390", "湯浅 綾乃", "ゆあさ あやの", "1999/05/30", "2021/04/01"),
    ("H12455", "曽我部 陸", "そがべ りく", "2002/08/11", "2023/04/01"),
    ("H12461", "鬼頭 慎吾", "きとう しんご", "1983/02/27", "2023/07/01"),
    ("H12518", "粟野 翔", "あわの しょう", "2003/12/05", "2024/04/01"),
    ("H12530", "笹岡 美咲", "ささおか みさき", "2001/04/16", "2024/04/01"),
    ("H12547", "柘植 大樹", "つげ だいき", "1990/10/22", "2024/09/01"),
    ("H12602", "楠田 昇", "くすだ のぼる", "1976/07/03", "2025/01/06"),
    ("H12611", "比嘉 健斗", "ひが けんと", "2004/03/09", "2025/04/01"),
    ("H12618", "奥寺 沙耶", "おくでら さや", "2003/06/25", "2025/04/01"),
    ("H12625", "城戸 颯太", "きど そうた", "2002/11/30", "2025/04/01"),
]
for r in _teiatsu_people:
    _teiatsu.append([*r, "川崎工場 保全課" if r[0] < "H12400" else "川崎工場 製造1課"])
add(
    sender=KUGA,
    to=["関東電気安全教育協会 研修課 <kenshu@kanto-denkikyoiku.or.jp>"],
    subject="低圧電気取扱業務特別教育 受講者名簿（12/9・12/10）",
    charset="cp932",
    body=f"""関東電気安全教育協会
研修課 御中

お世話になっております。日の出産業 安全衛生課の久我です。
12月9日・10日の出張講習（弊社川崎工場にて実施）の受講者名簿をお送りします。
旧形式のExcelで失礼いたします。計15名です。
{SIG_KUGA}
""",
    attachments=[{"kind": "xls", "name": "受講者名簿_低圧電気_1209.xls", "sheets": {"名簿": _teiatsu}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="legacy XLS roster of 15 employees with DOB and hire dates to a training body",
)

# 045
_hyosho = [(n, c, mobile()) for n, c in [("石破 孝之", "丸栄工業株式会社"), ("藤ヶ谷 純", "富岳設備株式会社"),
                                          ("門脇 剛士", "北斗鉄工株式会社"), ("安藤 仁美", "日の出産業 千葉物流センター")]]
add(
    sender=KUGA,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="12/5 安全大会 表彰者席のご準備について",
    charset="utf-8",
    body=f"""さくらホテル 宴会予約ご担当 様

いつもお世話になっております。日の出産業の久我です。
12月5日の安全大会（鳳凰の間）で表彰を受ける4名の方の席札と、
当日の控室のご案内をお願いします。当日、到着が遅れる場合の連絡先も添えます。

""" + "\n".join(f"・{n}様（{c}）　当日連絡先 {t}" for n, c, t in _hyosho) + f"""

表彰式は14:30開始、表彰者の皆さまは14:00に控室へお集まりいただく予定です。
{SIG_KUGA}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four people's names and phones to the hotel: under the five-person threshold, may be warned",
)

# 046
_hosp_mail = {
    "sender": "大師橋整形外科クリニック 事務 <jimu@daishibashi-seikei.jp>",
    "to": [SAEKI],
    "subject": "漆間様 診療状況のご報告",
    "charset": "iso-2022-jp",
    "body": """日の出産業株式会社 佐伯様

いつもお世話になっております。大師橋整形外科の事務でございます。
漆間 航平様（昭和59年5月21日生）の診療状況についてご報告いたします。

・傷病名：腰椎椎間板ヘルニア（L4/5）
・7月31日 他院にて手術（後方椎間板切除術）
・8月以降、当院でリハビリ通院中（週3回）
・主治医見解：11月中旬より軽作業での復職は可能。重量物の取扱いは12月末まで不可。

休業補償の医師証明欄は、次回10月30日の受診時にご記入いたします。

大師橋整形外科クリニック 事務 塙
""",
}
add(
    sender=SAEKI,
    to=[SR_BOSS],
    subject="FW: 漆間様 診療状況のご報告",
    charset="iso-2022-jp",
    body=f"""東雲先生

お世話になっております。佐伯です。
漆間の件、クリニックから診療状況の報告が来ましたので、元のメールを添付でお送りします。
11月の復職に合わせて休業補償の最終請求の時期をご相談させてください。
{SIG_SAEKI}
""",
    attachments=[{"kind": "eml", "name": "漆間様 診療状況のご報告.eml", "message": _hosp_mail}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="attached clinic mail (eml) with a named worker's diagnosis, surgery and DOB, forwarded to the 社労士",
)

# 047
add(
    sender=TACHIBANA,
    to=["岬塗装 事務所 <office@misaki-tosou.jp>"],
    subject="【労災】佐藤 健二さん 右手指切断の件（続報）",
    charset="iso-2022-jp",
    body=f"""有限会社 岬塗装 御中

立花です。標記の件、続報です。
監督署への死傷病報告は元請として弊社から提出します。
休業補償の請求書類は、貴社（事業主）側でご準備をお願いします。
様式は監督署のホームページからダウンロードできます。
{SIG_TACHIBANA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="the subject line names the worker and his finger amputation; sent to his employer outside",
)

# 048
add(
    sender=SAEKI,
    to=[LSO],
    subject="療養の費用請求（様式第7号）の添付書類について",
    charset="cp932",
    body=f"""川崎南労働基準監督署 労災課 御中

いつもお世話になっております。日の出産業株式会社 安全衛生課の佐伯です。
一般的な手続きについて確認させてください。

労災指定でない薬局で薬剤の支給を受けた場合、様式第7号（2）を使うという理解で
よろしいでしょうか。また、その場合に領収書の原本は必要でしょうか、写しでも
差し支えないでしょうか。

社内の手続きマニュアルを改訂しており、記載を正確にしたく存じます。
お手すきの際にご回答いただけますと幸いです。
{SIG_SAEKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a general procedural question to the labour office; no person concerned",
)

# 049
add(
    sender=MIKAMI,
    to=["木賊 恵美 <emi.tokusa@yahoo.co.jp>"],
    subject="ご主人様の労災手続きについて",
    charset="iso-2022-jp",
    body=f"""木賊 恵美様

突然のご連絡失礼いたします。日の出産業 人事部の三上でございます。
このたびはご主人の正之さんがお怪我をされ、ご家族の皆さまにもご心配をおかけしております。

病院から伺ったところでは、正之さんは左大腿骨骨幹部骨折で、10月24日に手術
（髄内釘固定）を受けられ、術後の経過は順調とのことです。入院はおよそ3週間の見込みです。

治療費は労災保険から支払われますので、病院窓口でのお支払いは不要です。
また、お休みの間の休業補償（給与の約8割）は会社で手続きいたします。
振込先口座をご本人名義で確認させていただきたく、後日書類をお送りします。

ご不明な点がございましたら、いつでもご連絡ください。
{SIG_MIKAMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a worker's fracture and surgery sent to his wife's free-mail address: 要配慮 of one person to outside",
)

# 050
add(
    sender=MIKAMI,
    to=[SR],
    subject="年度更新（概算・確定保険料）の資料",
    charset="utf-8",
    body=f"""真鍋様

お世話になっております。三上です。
労働保険の年度更新について、以下の事業場分の賃金集計をお送りします。

  事業場              労働保険番号            雇用保険適用事業所番号   賃金総額（千円）
  ------------------  ----------------------  -----------------------  ----------------
  川崎工場            14-1-05-273816-000      1405-612873-4                   1,284,550
  相模原工場          14-1-09-418022-000      1409-207615-8                     866,120
  横浜事業所          14-1-02-551370-000      1402-330981-1                     402,980
  千葉物流センター    12-1-01-906644-000      1201-778204-6                     311,440

労災保険率は製造業（金属製品）で1000分の6.5、千葉は倉庫業で1000分の3.5の想定です。
メリット制の収支率は前年の通知書のとおりです。
{SIG_MIKAMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="labour-insurance numbers of the company's own sites and wage totals: business identifiers, no person",
)

# 051
add(
    sender=SAEKI,
    to=["黒河 亮 <kurokawa.ryo88@icloud.com>"],
    subject="復帰に向けた今後の予定",
    charset="utf-8",
    body=f"""黒河さん

安全衛生課の佐伯です。療養中のところ、お電話ありがとうございました。
お話しした内容を念のためメールでもお送りします。

・主治医の先生からは、腰椎圧迫骨折（第1腰椎）の骨癒合は順調で、
　コルセットは11月中旬で外せる見込み、と伺っています。
・11月17日から、まずは短時間勤務（9時〜15時）・事務作業で復帰していただく予定です。
・フォークリフトの運転と重量物の運搬は、12月の受診で許可が出るまでは控えてください。
・11月10日（月）14時に、産業医の先生との復職面談を本社で行います。

体調で気になることがあれば、いつでもご連絡ください。
{SIG_SAEKI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="the injured worker's own diagnosis sent to his private iCloud address: 要配慮 to an external recipient",
)

# 052
_renraku = [("夜勤責任者", "戸叶 勇気"), ("製造2課 係長", "宇佐美 浩平"), ("保全課 主任", "大西 源太"),
            ("総務係", "野々村 健"), ("工場長", "鷲尾 隆之"), ("安全衛生課", "大河内 俊介")]
_renraku_txt = "\n".join(f"{i}\t{role}\t{n}\t{mobile()}" for i, (role, n) in enumerate(_renraku, 1))
add(
    sender=NONOMURA,
    to=["ベイ警備保障 相模原営業所 <sagamihara@bay-keibi.co.jp>"],
    subject="夜間・休日の緊急連絡網（相模原工場）更新のお知らせ",
    charset="cp932",
    body=f"""ベイ警備保障株式会社
相模原営業所 御中

いつもお世話になっております。相模原工場 総務の野々村です。
人事異動に伴い、夜間・休日に労災事故や設備異常があった際の連絡順を更新しました。
巡回警備員の皆さまへの周知をお願いします（上から順にご連絡ください）。

順位\t役職\t氏名\t携帯電話
{_renraku_txt}

救急要請が必要な場合は、連絡網より先に119番通報をお願いします。
{SIG_NONOMURA}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated call tree of 6 employees with private mobiles to a security contractor",
)

# 053
add(
    sender=TACHIBANA,
    to=["中央安全教育センター 受付 <uketsuke@chuo-anzen.or.jp>"],
    subject="RE: 受講申込受付のご連絡（11/18 フルハーネス特別教育）",
    charset="cp932",
    body=f"""中央安全教育センター 受付 御中

ご連絡ありがとうございます。内容確認しました。相違ございません。
当日はよろしくお願いいたします。

立花

-----Original Message-----
From: 中央安全教育センター 受付 <uketsuke@chuo-anzen.or.jp>
Sent: Tuesday, October 21, 2025 4:12 PM
To: 立花 亮 <tachibana.r@hinode-sangyo.co.jp>
Subject: 受講申込受付のご連絡（11/18 フルハーネス特別教育）

日の出産業株式会社 立花様

以下の方々の受講申込を受け付けました。内容に誤りがないかご確認ください。

  羽生田 賢一　S55.4.2
  栃尾 淳　　　1991/07/18
  神保 大地　　H8.12.25
  四十物 亮介　1986/02/09
  鵜飼 まどか　H4.6.30
  瀬古 翼　　　2000/10/03
  馬場園 浩　　S49.1.17
  有働 拓真　　2002/03/21

受講票は11月10日ごろ郵送いたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the 8-person roster is only in the quoted Original Message; the new text is a one-line confirmation",
)

# 054
add(
    sender=MIKAMI,
    to=[SR_BOSS],
    subject="遺族補償の請求準備（苫米地様ご遺族）",
    charset="cp932",
    body=f"""東雲先生

お世話になっております。三上です。
先月の事故で亡くなった苫米地さんのご遺族の件、奥様から必要事項を伺いましたので
お知らせします。遺族補償年金の請求書作成をお願いいたします。

■請求人（妻）
　苫米地 由美子（とまべち ゆみこ）　昭和５０年２月８日生
　基礎年金番号　５２１３－４０８８６１
　住所　神奈川県川崎市高津区久地２－１５－３
■生計維持関係にある子
　苫米地 陽斗　平成２２年９月１日生（中学３年）
　苫米地 葵　　平成２６年４月１９日生（小学５年）

戸籍謄本と住民票は奥様が来週取得される予定です。
{SIG_MIKAMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="widow's basic pension number (full-width digits), family DOBs and address to the outside 社労士",
)

# 055
_iokibe_mn = zen(grp(MN[1], "-"))
add(
    sender=SAEKI,
    to=[SR],
    subject="五百旗頭さんの年金 定期報告書の件",
    charset="cp932",
    body=f"""真鍋様

佐伯です。お世話になっております。
障害補償年金（障害等級第7級）を受給中の五百旗頭 進さんについて、
定期報告書に個人番号の記入が必要とのことで、ご本人から通知カードの写しを
いただきました。番号は以下のとおりです。

　五百旗頭 進　個人番号　{_iokibe_mn}

写しの原本は書留で郵送します。こちらのメールは確認後に削除してください。
{SIG_SAEKI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a My Number in full-width digits plus the person's disability grade, to the 社労士",
)

# 056
_fuyou = [["続柄", "氏名", "フリガナ", "生年月日", "個人番号"],
          ["本人", "籾山 忠", "モミヤマ タダシ", "1961/10/04", MN[2]],
          ["妻", "籾山 和代", "モミヤマ カズヨ", "1964/03/22", MN[3]],
          ["子", "籾山 瑞希", "モミヤマ ミズキ", "2007/07/15", MN[4]]]
add(
    sender=SAEKI,
    to=[LSO],
    subject="年金たる保険給付の受給権者 定期報告（籾山）添付資料",
    charset="iso-2022-jp",
    body=f"""川崎南労働基準監督署 労災課 御中

日の出産業株式会社 安全衛生課の佐伯です。
籾山 忠さんの定期報告書に添付する、加算対象者の個人番号一覧をCSVでお送りします。
報告書の原本は本日郵送いたしました。
{SIG_SAEKI}
""",
    attachments=[{"kind": "csv", "name": "momiyama_kazoku_kojinbango.csv", "encoding": "cp932", "rows": _fuyou}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="CSV with three family members' My Numbers and DOBs, to the labour standards office",
)

# 057
add(
    sender=OKOCHI,
    to=["川崎電機 安全環境部 部長 <safety-env@kawasaki-denki.co.jp>"],
    subject="扇島工区 コンベヤ巻き込まれ災害 調査報告書",
    charset="utf-8",
    body=f"""川崎電機株式会社 安全環境部
部長 様

いつも大変お世話になっております。日の出産業の大河内です。
10月17日に扇島工区で発生した巻き込まれ災害について、調査報告書を添付いたします。
被災者の氏名は記載せず「被災者A」としております。
ご確認のうえ、ご指摘がございましたらお知らせください。
{SIG_OKOCHI}
""",
    attachments=[{
        "kind": "docx", "name": "事故調査報告書_扇島_1017.docx",
        "page_header": "取扱注意",
        "title": "事故調査報告書（扇島工区 巻き込まれ災害）",
        "paragraphs": [
            "事故調査報告書",
            "1. 発生日時：2025年10月17日（金）9時40分ごろ",
            "2. 発生場所：扇島工区 原料搬送ベルトコンベヤ BC-3 リターン部",
            "3. 概要：被災者Aが運転中のコンベヤのリターンローラ付着物を除去しようとして手を入れ負傷。",
            "4. 直接原因：運転中の清掃作業、リターン部の防護カバー未設置。",
            "5. 間接原因：新規入場者教育で停止手順の説明が不十分、単独作業。",
            "6. 再発防止策：防護カバー設置、ロックアウト・タグアウト手順の導入、入場1週間の単独作業禁止。",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the DOCX carries a 取扱注意 page header (classification) and goes to the client",
)

# 058
add(
    sender=KUGA,
    to=["安全衛生委員 各位 <anzen-iinkai@hinode-sangyo.co.jp>"],
    subject="第188回 安全衛生委員会 議事録（社外秘）",
    charset="iso-2022-jp",
    body=f"""安全衛生委員の皆さま

お疲れさまです。事務局の久我です。
第188回委員会の議事録を添付します。社外秘のため、社外への転送はしないでください。

主な決定事項
・11月から、屋外作業のWBGT基準超過時の作業中止基準を31℃→30℃に引下げ
・産業医の職場巡視を月1回→月2回（川崎工場）
・長時間労働者面談の対象を月80時間超→月60時間超に拡大
{SIG_KUGA}
""",
    attachments=[{
        "kind": "pdf", "name": "第188回安全衛生委員会議事録.pdf", "page_header": "社外秘",
        "lines": ["第188回 安全衛生委員会 議事録", "日時：2025年10月23日", "出席：委員14名、産業医",
                  "1. 9月度災害報告（休業2件・不休0件）", "2. WBGT基準の見直し", "3. 産業医巡視の頻度"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 minutes, but sent only to an internal list",
)

# 059
add(
    sender=OKOCHI,
    to=["青葉運輸 安全推進室 <anzen-suishin@aoba-unyu.co.jp>"],
    subject="【機密】構内接触事故 再発防止対策書（第2版）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
安全推進室 御中

機密
――――――――――――――
いつもお世話になっております。日の出産業の大河内です。
10月2日に川崎工場構内で発生した、貴社トラックと弊社フォークリフトの接触事故について、
再発防止対策書（第2版）をお送りします。
前回いただいたご指摘（待機場所の白線位置、誘導員の配置時間帯）を反映しております。

・荷待ちトラックの待機エリアを第3ヤードに移設（11/1〜）
・構内制限速度を8km/h に統一、フォークリフトに青色警告灯を追加
・7:30〜9:30 は誘導員2名体制
{SIG_OKOCHI}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="mail classified 【機密】 in the subject and body stamp, sent to a partner",
)

# 060
add(
    sender=OKOCHI,
    to=["川崎電機 安全環境部 <safety-env@kawasaki-denki.co.jp>"],
    subject="Re: 9月の休業災害についての概要ご提供のお願い",
    charset="utf-8",
    body=f"""川崎電機株式会社 安全環境部 御中

お世話になっております。日の出産業の大河内です。
ご依頼の件、弊社の調査報告書は社内規程上「社外秘」の扱いとなっており、
原本をお渡しすることができません。申し訳ございません。
代わりに、概要を以下にまとめましたのでご活用ください。

・発生：2025年9月、弊社工場内（貴社構内ではありません）
・型：墜落・転落（脚立上での作業中にバランスを崩したもの）
・程度：休業4日以上
・主な対策：高さ1m以上の作業は可搬式作業台に切替、脚立の天板作業を禁止

ご不明点はお気軽にお問い合わせください。
{SIG_OKOCHI}

> 日の出産業株式会社 大河内様
> 取引先安全評価の一環として、9月に発生した休業災害の概要をご提供いただけますでしょうか。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions that the report is 社外秘 but is not itself marked; anonymous summary only",
)

# 061
add(
    sender=OKOCHI,
    to=["Global HSE Partners - Audit Team <audit@globalhse-partners.com>"],
    subject="Pre-audit package: Kawasaki plant machine guarding self-assessment",
    charset="utf-8",
    body=f"""Dear Ms. Whitfield,

Ahead of your visit on 18 November, please find attached our self-assessment of machine
guarding at the Kawasaki plant. It covers the press line, the grinding cell and the
conveyor system, with the gaps we already know about and our corrective-action plan.

We would appreciate it if you could focus the audit on the interlock bypass issue
described in section 3.
{SIG_OKOCHI_EN}
""",
    attachments=[{
        "kind": "pdf", "name": "Kawasaki_machine_guarding_self_assessment.pdf",
        "page_header": "INTERNAL ONLY - Hinode Sangyo Co., Ltd.",
        "title": "Machine guarding self-assessment (Kawasaki plant)",
        "lines": [
            "Machine guarding self-assessment - Kawasaki plant (Oct 2025)",
            "1. Press line: 6 presses, two-hand controls on all; one found taped down (fixed 14 Oct).",
            "2. Grinding cell: wheel guards OK; local exhaust flow below spec on G-2.",
            "3. Conveyors: interlock on BC-3 return side bypassed during cleaning; LOTO not in use.",
            "4. Corrective actions: LOTO procedure by 30 Nov; guard on BC-3 return by 28 Nov.",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF stamped INTERNAL ONLY in its page header, sent to an outside auditor",
)

# 062
add(
    sender=MIKAMI,
    to=["みどり銀行 法人営業部 <hojin-eigyo@midori-gink0.co.jp>"],
    subject="見舞金の振込手続きについて",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 人事部の三上です。
協力会社様への災害見舞金の振込について、総合振込で11月10日付の予約をお願いしたく、
依頼書の様式をお送りいただけますでしょうか。

振込先は協力会社2社（法人口座）、合計2件の予定です。
{SIG_MIKAMI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-gink0.co.jp uses a zero for the o of partner midori-ginko.co.jp (homoglyph look-alike)",
)

# 063
add(
    sender=KUGA,
    to=["錦印刷 営業 <eigyo@nishiki-insatu.co.jp>"],
    subject="年末安全運動ポスター 入稿データ",
    charset="cp932",
    body=f"""錦印刷株式会社
営業ご担当 様

お世話になっております。日の出産業の久我です。
年末年始無災害運動のポスターの入稿データをお送りします（B2・4色・200部）。
標語は社内公募の最優秀作「声かけて　指さし確認　みんなで無事故」です。
色校正を1回お願いします。納期は11月28日希望です。
{SIG_KUGA}
""",
    attachments=[{"kind": "png", "name": "poster_B2_nyuko.png"}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops an s from partner nishiki-insatsu.co.jp",
)

# 064
add(
    sender=SAEKI,
    to=["中原中央病院 地域連携室 <chiiki-renkei@nakahara-chuo-hp.or.jp>",
        "川崎臨港総合病院 <info@rinko-general.or.jp>",
        "鶴見みなと病院 医療連携課 <renkei@tsurumi-minato-hp.jp>"],
    subject="夜間・休日の労災患者受入れに関するお問い合わせ",
    charset="iso-2022-jp",
    body=f"""各病院 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 安全衛生課の佐伯と申します。
弊社では来年1月から川崎工場で夜間2交替制を開始する予定で、
夜間・休日に労災事故が発生した場合の搬送先について検討しております。

つきましては、以下の点をお教えいただけますでしょうか。
1. 夜間・休日の整形外科・形成外科の受入れ体制
2. 事前に弊社から連絡を入れる場合の窓口（電話番号）
3. 労災指定医療機関としての書類のお取扱い

ご多忙のところ恐縮ですが、11月中にご回答いただけますと幸いです。
{SIG_SAEKI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three hospitals in To see each other's addresses: should have been Bcc",
)

# 065
add(
    sender=KUGA,
    to=["川崎電機 安全環境部 <safety-env@kawasaki-denki.co.jp>"],
    cc=["青葉運輸 安全推進室 <anzen-suishin@aoba-unyu.co.jp>"],
    subject="2025年度 日の出産業 安全大会のご案内",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社 安全環境部 御中
青葉運輸株式会社 安全推進室 御中

平素より格別のご高配を賜り、厚く御礼申し上げます。
本年も下記のとおり安全大会を開催いたします。ご来賓としてご臨席賜りたく、ご案内申し上げます。

　日時：2025年12月5日（金）13:30〜16:30
　会場：さくらホテル川崎 2階「鳳凰の間」
　内容：安全表彰、災害事例発表、特別講演「ヒューマンエラーと職場風土」

ご出欠を11月20日までにご返信いただけますと幸いです。
{SIG_KUGA}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc: a normal invitation, no personal data",
)

# 066
_ledger = """労災請求 進捗一覧（2025/10/27 時点）

No  氏名            生年月日      発生日      傷病名                    請求種別        状況
--  --------------  ------------  ----------  ------------------------  --------------  ------------
 1  戸叶 勇気       H10.01.29     2025/04/22  腰椎捻挫                  休業(8号)       支給決定済
 2  羽生田 賢一     S55.04.02     2025/05/30  左肩鎖関節脱臼            休業(8号)       第2回請求中
 3  樋渡 輝         H13.09.14     2025/06/17  熱中症II度                療養(5号)       完了
 4  漆間 航平       S59.05.21     2025/07/28  腰椎椎間板ヘルニア        休業(8号)       第4回請求準備
 5  甘利 里穂       H07.07.07     2025/09/03  頸椎捻挫（通勤）          療養(16の3)     第三者行為届 提出済
 6  小此木 達也     S61.11.02     2025/09/26  左足関節外果骨折          休業(8号)       第2回請求中
 7  鈴木 英明       S47.08.19     2025/10/09  左足関節捻挫              休業(8号)       初回準備中
"""
add(
    sender=SAEKI,
    to=[SR],
    subject="労災請求の進捗一覧（10月末）",
    charset="cp932",
    body=f"""真鍋様

お世話になっております。佐伯です。
月末の定例確認用に、進捗一覧をテキストで添付します。
4番の漆間さんは11月で最終請求になる見込みです。
{SIG_SAEKI}
""",
    attachments=[{"kind": "txt", "name": "rousai_shinchoku_20251027.txt", "encoding": "cp932", "text": _ledger}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="space-padded CP932 text ledger of 7 named workers with 和暦 DOBs and diagnoses to the 社労士",
)

# 067
_shokucho = [["No", "会社名", "職長氏名", "職種", "携帯電話", "職長教育修了年"]]
for i, (co, n, job, yr) in enumerate([
        ("日の出産業", "羽生田 賢一", "据付", "2016"), ("日の出産業", "四十物 亮介", "溶接", "2018"),
        ("丸栄工業", "石破 孝之", "配管", "2012"), ("丸栄工業", "杉 紘一", "配管", "2020"),
        ("富岳設備", "藤ヶ谷 純", "ダクト", "2015"), ("北斗鉄工", "門脇 剛士", "鉄骨", "2011"),
        ("三協クレーン", "小田桐 祐", "揚重", "2019"), ("岬塗装", "佐分利 功", "塗装", "2014")], 1):
    _shokucho.append([i, co, n, job, mobile(), yr])
add(
    sender=TACHIBANA,
    to=["東海プラント建設 安全衛生課 <anzen@tokai-plant.co.jp>"],
    subject="南渡田プラント改修工事 職長一覧（緊急連絡用）",
    charset="utf-8",
    body=f"""東海プラント建設株式会社
安全衛生課 ご担当者様

お世話になっております。日の出産業 工事部の立花です。
南渡田プラント改修工事に従事する弊社および二次協力会社の職長一覧をPDFでお送りします。
災害発生時の緊急連絡用として、詰所に掲示いただければと思います。
{SIG_TACHIBANA}
""",
    attachments=[{"kind": "pdf", "name": "shokucho_ichiran_minamiwatarida.pdf",
                  "lines": ["南渡田プラント改修工事　職長一覧（日の出産業・協力会社）", "2025年10月29日現在", ""],
                  "table": _shokucho}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of 8 foremen with their mobile numbers to a client: a list of people",
)

# 068
add(
    sender=MIKAMI,
    to=["こころEAPサービス 相談員 古賀様 <koga@kokoro-eap.co.jp>"],
    subject="面談のご依頼（日下部さん）",
    charset="iso-2022-jp",
    body=f"""こころEAPサービス
古賀様

いつもお世話になっております。日の出産業 人事部の三上です。
先日ご相談した社員について、EAP面談の実施をお願いしたくご連絡しました。

対象は経理部の日下部 朋美さん（30代）です。
9月に職場で転倒し右肘を骨折した後、休業中に不眠と気分の落ち込みが続き、
10月から心療内科で適応障害の診断を受け、睡眠導入剤を服用しているとのことです。
ご本人もカウンセリングを希望しています。

初回は11月上旬、オンラインでの実施が可能でしょうか。
ご本人の連絡先は、同意書を取得のうえ別途お伝えします。
{SIG_MIKAMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's fracture, adjustment disorder and medication told to an outside EAP provider",
)

# 069
add(
    sender=SAEKI,
    to=["常盤損害保険 企業営業第二課 <kigyo2@tokiwa-sonpo.co.jp>"],
    subject="労働災害総合保険 更新条件のご確認",
    charset="cp932",
    body=f"""常盤損害保険株式会社
企業営業第二課 ご担当者様

お世話になっております。日の出産業の佐伯です。
12月1日更新の労働災害総合保険（証券番号 UW-2291-884310）について、
更新条件を確認させてください。

・被保険者数：正社員412名、パート・契約社員87名（2025年10月1日現在）
・売上高ベースでの契約方式は継続
・使用者賠償責任の支払限度額を1名1億円→2億円に引き上げた場合の保険料差額
・協力会社の作業員を「下請負人」として対象に含める特約の有無

見積を11月14日までにいただけますと助かります。
{SIG_SAEKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="insurance renewal with head counts and a policy number: no personal data",
)

# 070
add(
    sender=TACHIBANA,
    to=["川崎臨港総合病院 地域連携室 <msw@rinko-general.or.jp>"],
    cc=["富岳設備 工事課 <koji@fugaku-setsubi.co.jp>", SR_BOSS],
    subject="石動様 退院後の通院と労災書類について",
    charset="utf-8",
    body=f"""川崎臨港総合病院 地域連携室 御中
（CC：富岳設備 工事課様、東雲社会保険労務士事務所 東雲先生）

日の出産業の立花です。
右肋骨骨折・外傷性気胸で入院中の石動 誠さん（富岳設備）について、
10月27日に退院予定と伺いました。退院後は自宅近くの整形外科への通院となるため、
転医の際の様式第6号（指定病院等変更届）の取扱いについて、三者で確認させてください。

・病院様：紹介状と、療養補償の5号様式の写しのご準備
・富岳設備様：事業主証明欄への記入
・東雲先生：休業補償（8号）の初回請求のご指導
{SIG_TACHIBANA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "external_recipients_visible", "multiple_external_domains"],
    note="named worker's fracture/pneumothorax, and three external organisations visible to each other",
)

# 071
add(
    sender=KUGA,
    to=["宇佐美 昭 <a.usami1951@gmail.com>", "片桐 春男 <haruo-katagiri@yahoo.co.jp>",
        "越智 弘 <ochi.hiroshi@docomo.ne.jp>", "新発田 豊 <shibata.yutaka@outlook.jp>"],
    subject="安全大会 OB特別席のご案内",
    charset="iso-2022-jp",
    body=f"""OBの皆さま

ご無沙汰しております。安全衛生課の久我です。
今年の安全大会は12月5日（金）、さくらホテル川崎で開催します。
長年の無災害にご尽力いただいた皆さまに、今年もOB特別席をご用意しました。

当日は13時から受付です。ご出欠を11月20日までにこのメールへご返信ください。
お車でお越しの方は駐車券をお渡ししますので、あわせてお知らせください。
{SIG_KUGA}
""",
    expect="stop",
    entities=[],
    detectors=["freemail_recipient", "external_recipients_visible", "multiple_external_domains"],
    note="four private persons' addresses in To, visible to each other: should have been Bcc",
)

# 072
add(
    sender=NONOMURA,
    to=["川崎南労働基準監督署 安全衛生課 <anzeneisei@kawasaki-minami-lsb.go.jp>"],
    subject="労働者死傷病報告（写し）の送付",
    charset="utf-8",
    body=f"""川崎南労働基準監督署 安全衛生課 御中

お世話になっております。日の出産業 川崎工場の野々村です。
先日電子申請した労働者死傷病報告の写しを、ご指示どおりパスワード付きPDFでお送りします。
パスワードはお電話でお伝えいたします。
{SIG_NONOMURA}
""",
    attachments=[{"kind": "pdf", "name": "shisho_houkoku_1016_copy.pdf", "password": "kawa1016",
                  "lines": ["労働者死傷病報告（写し）", "事業場：日の出産業株式会社 川崎工場"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF: the attachment cannot be inspected",
)

# 073
add(
    sender=OKOCHI,
    to=["三協クレーン 安全品質部 <anzen@sankyo-crane.co.jp>"],
    subject="合同KY 実施記録（10月分）",
    charset="iso-2022-jp",
    body=f"""三協クレーン株式会社 安全品質部 御中

大河内です。10月分の合同KY実施記録をお送りします。
ご確認のうえ、貴社側の参加者欄のご記入をお願いします。
{SIG_OKOCHI}
""",
    attachments=[{"kind": "corrupt", "name": "合同KY実施記録_202510.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be read",
)

# 074
add(
    sender=TACHIBANA,
    to=["北斗鉄工 安全担当 <anzen@hokuto-tekko.co.jp>"],
    subject="新規入場者教育・KY活動の教材（データ一式）",
    charset="cp932",
    body=f"""北斗鉄工株式会社 安全ご担当者様

立花です。先日お話しした新規入場者教育とKY活動の教材を、ZIPでお送りします。
社内教育でご自由にお使いください（パスワードはかけておりません）。
{SIG_TACHIBANA}
""",
    attachments=[{
        "kind": "zip", "name": "kyouzai_ky_shinki.zip",
        "files": [
            {"kind": "pptx", "name": "KY活動の進め方.pptx",
             "slides": [["KY活動の進め方", "第1ラウンド：どんな危険がひそんでいるか", "第2ラウンド：これが危険のポイントだ",
                         "第3ラウンド：あなたならどうする", "第4ラウンド：私達はこうする"],
                        ["指差し呼称", "ヨシ！の前に対象をしっかり見る", "声に出すことでエラー率が約1/6に"],
                        ["墜落制止用器具", "高さ2m以上はフルハーネスが原則", "フックは腰より高い位置に"]]},
            {"kind": "docx", "name": "新規入場者教育_チェックシート.docx",
             "paragraphs": ["新規入場者教育 チェックシート", "□ 現場のルール（立入禁止区域・喫煙所）",
                            "□ 緊急時の避難経路と集合場所", "□ 労災発生時の連絡方法（職長→元請）"]},
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="unencrypted ZIP of training slides and a checklist: no personal data, no marking",
)

# 075
add(
    sender=MIKAMI,
    to=[SR],
    subject="相模原工場の休業災害の件（ご相談）",
    charset="utf-8",
    body=f"""真鍋様

お世話になっております。三上です。
相模原工場で先週発生した休業災害について、労災の請求前にご相談です。

被災者は品質保証課のK.T.さん（52）で、倉庫の棚から製品箱を下ろす際に
尻もちをつき、翌日の受診で腰椎圧迫骨折と診断されました。
骨粗しょう症の治療歴があるとのことで、業務起因性がどう判断されるか心配しています。
事業主証明を書く前に、注意点をお教えいただけますか。
{SIG_MIKAMI}
""",
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="initials, age and department with a diagnosis and medical history: identifiable to some, not to others",
)

# 076
add(
    sender=TACHIBANA,
    to=["丸栄工業 工事部 <koji-bu@maruei-kogyo.co.jp>"],
    subject="Re: 萩原さんの件",
    charset="iso-2022-jp",
    body=f"""丸栄工業株式会社 工事部 御中

立花です。ご連絡ありがとうございます。
萩原 信也さんですが、本日午後に中原中央病院で右大腿骨転子部骨折の手術を受け、
無事終わったと奥様から伺いました。入院はリハビリを含めて3週間ほどの見込みです。
術後しばらくはせん妄が出ることがあるとのことで、面会はご家族のみとのことでした。

死傷病報告は元請として弊社から提出しますので、休業補償の書類は貴社でご準備ください。
{SIG_TACHIBANA}

> 日の出産業 立花様
> 萩原の容体について、何か病院から連絡はありましたでしょうか。
> こちらからご家族に連絡がつかず、心配しております。
> 丸栄工業 工事部 杉
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="the new (unquoted) reply text gives a named worker's fracture and surgery to his employer",
)

# 077
add(
    sender=TACHIBANA,
    to=["大和セーフティ株式会社 営業部 <eigyo@yamato-safety.co.jp>"],
    subject="保護帽の品番確認（検定合格番号）",
    charset="iso-2022-jp",
    body=f"""大和セーフティ株式会社
営業部 ご担当者様

立花です。先日の見積書の保護帽について、品番と検定の確認をお願いします。

　品番 0312-0908-44（MP-3型 白 通気孔付）　　　 40個
　品番 0312-0910-22（MP-3型 黄 通気孔なし）　　 20個
　検定合格番号 第TH591号（飛来・落下物用／墜落時保護用）
　規格　JIS T 8131:2015 準拠
　ロット 2025-10-03

製造年月が2025年10月以降のものを納品いただけますか。
見積番号 YS-Q-250917-06 に対する発注書は来週お送りします。
{SIG_TACHIBANA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="product codes and lot numbers that look like phone numbers and dates; no personal data",
)

# 078
_arakawa_tel = mobile()
add(
    sender=TACHIBANA,
    to=["大師橋整形外科クリニック 受付 <uketsuke@daishibashi-seikei.jp>"],
    subject="本日受診予定の協力会社作業員について",
    charset="cp932",
    body=f"""大師橋整形外科クリニック
受付ご担当者様

日の出産業 工事部の立花です。先ほどお電話した件でご連絡します。

ｱﾗｶﾜ ｼｹﾞﾙ（荒川 茂）様、北斗鉄工の作業員の方で、本日11時ごろ
鉄板の端で左すねを切り、現場で止血のうえ15時に貴院を受診予定です。
ご本人によると糖尿病で内服治療中とのことで、傷の治りが遅いのではと心配されています。
ご本人の携帯は {_arakawa_tel} です。

労災（様式第5号）は後日、北斗鉄工様からお持ちします。
{SIG_TACHIBANA}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="half-width kana name, mobile, injury and diabetes history of one subcontractor worker to a clinic",
)

# 079
add(
    sender=KUGA,
    to=["光保護具商会 営業 <sales@hikari-hogogu.co.jp>"],
    subject="安全靴 巡回販売会の訪問先一覧",
    charset="utf-8",
    body=f"""光保護具商会 営業ご担当様

お世話になっております。久我です。
12月の安全靴巡回販売会の訪問先を以下にまとめました。各拠点の総務窓口に話は通してあります。

・本社（東京都港区浜松町1-22-5 日の出ビル7F）　TEL 03-5401-7700　12/2 午後
・川崎工場（川崎市川崎区大川町8-4）　TEL 044-287-5600　12/3 終日
・相模原工場（相模原市中央区宮下本町2-18-1）　TEL 042-762-3300　12/4 終日
・横浜事業所（横浜市鶴見区末広町1-7-9）　TEL 045-503-1180　12/8 午前
・千葉物流センター（千葉市美浜区新港212-4）　TEL 043-241-6650　12/9 終日

各拠点とも、搬入口は守衛所でお声がけください。
{SIG_KUGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of the company's own sites with switchboard numbers: business data, not people",
)

# 080
_fit = [["防じんマスク フィットテスト結果（2025年10月 相模原工場）"],
        ["社員番号", "氏名", "生年月日", "マスク型式", "サイズ", "フィットファクタ", "判定"]]
for r in [("S02215", "鷹野 修一", "1970/02/11", "DR-80S", "M", 142, "合格"),
          ("S03360", "久住 健", "1974/08/29", "DR-80S", "L", 88, "合格"),
          ("S04127", "雨宮 伸一", "1972/05/14", "DR-80S", "M", 61, "不合格（再装着指導）"),
          ("S06605", "堀之内 聡", "1981/12/02", "DR-80S", "S", 204, "合格"),
          ("S07719", "穂積 さやか", "1990/02/08", "DR-77", "S", 175, "合格"),
          ("S09312", "猿渡 浩二", "1979/04/05", "DR-80S", "L", 97, "合格"),
          ("S10288", "宍戸 優奈", "1996/12/19", "DR-77", "S", 48, "不合格（サイズ変更）")]:
    _fit.append(list(r))
add(
    sender=NONOMURA,
    to=["大和セーフティ株式会社 技術サービス課 <tech-service@yamato-safety.co.jp>"],
    subject="フィットテスト結果の確認とマスク手配のお願い",
    charset="cp932",
    body=f"""大和セーフティ株式会社
技術サービス課 ご担当者様

相模原工場の野々村です。先日はフィットテストの実施ありがとうございました。
結果を一覧にしましたので、不合格の2名について推奨マスクをご提案ください。
{SIG_NONOMURA}
""",
    attachments=[{"kind": "xlsx", "name": "fittest_sagamihara_202510.xlsx", "sheets": {"結果": _fit}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="7 employees' records (ID, name, DOB, test result) in an XLSX to a vendor: a list of people",
)

# 081
add(
    sender=KUGA,
    to=["光保護具商会 営業 <sales@hikari-hogogu.co.jp>"],
    subject="新入社員用 安全靴・作業服のサイズ",
    charset="iso-2022-jp",
    body=f"""光保護具商会 営業ご担当様

久我です。1月入社の中途社員分の安全靴・作業服を発注します。
名入れ（胸の刺繍）がありますので、氏名とサイズを一覧にしました。

　氏名　　　　　安全靴　　作業服（上）　作業服（下）
　------------　--------　------------　------------
　千賀 拓郎　　　26.5　　　L　　　　　　 82
　薬師寺 真央　　23.0　　　S　　　　　　 64
　百武 健太　　　27.0　　　LL　　　　　　88
　東海林 聖　　　25.5　　　M　　　　　　 76
　保坂 唯　　　　24.0　　　M　　　　　　 70
　鮫島 俊　　　　28.0　　　3L　　　　　  96
　仲宗根 剛　　　26.0　　　L　　　　　　 85

納品は12月25日までに本社総務宛でお願いします。
{SIG_KUGA}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="seven names with only shoe and clothing sizes for embroidery: a list of people, but hardly personal attributes",
)

# 082
add(
    sender=OKOCHI,
    to=[LSO.replace("労災課", "安全衛生課").replace("rousai@", "anzeneisei@")],
    subject="総括安全衛生管理者 選任報告の提出について",
    charset="iso-2022-jp",
    body=f"""川崎南労働基準監督署 安全衛生課 御中

いつもお世話になっております。日の出産業株式会社の大河内です。
10月1日付の人事異動により、川崎工場の総括安全衛生管理者が交代いたしました。

　新任：取締役 川崎工場長　鷲尾 隆之
　前任：常務取締役　漆原 康弘（本社 生産本部長へ異動）

選任報告書は電子申請で本日提出しました（到達番号 2510-0477-1932）。
念のため、あわせて産業医の選任状況に変更がないこともご報告いたします。
{SIG_OKOCHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="names of two managers with their job titles only: no other personal data",
)

# 083
add(
    sender=NONOMURA,
    to=["川崎臨港総合病院 職業病外来 <shokugyobyo@rinko-general.or.jp>"],
    subject="振動障害の精密検査のご依頼",
    charset="utf-8",
    body=f"""川崎臨港総合病院 職業病外来 御中

いつもお世話になっております。日の出産業 相模原工場 総務の野々村です。
弊社でグラインダー作業に20年以上従事している社員について、
振動工具健診の一次検査で所見があり、精密検査をお願いしたくご連絡しました。

　氏名：鳴海 勝（なるみ まさる）　昭和41年8月2日生（59歳）
　一次検査所見：冷水負荷試験で皮膚温回復遅延、両手指のしびれ、白指発作（冬季、月数回）
　既往：高血圧（内服中）
　希望日：11月中の平日午前

検査結果によっては、労災請求（振動障害）の相談をさせていただくことになると思います。
{SIG_NONOMURA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named worker's DOB, vibration-syndrome findings and hypertension sent to a hospital",
)

# 084
add(
    sender=OKOCHI,
    to=["宮之原 誠 <m.miyanohara@ezweb.ne.jp>"],
    subject="安全講話のお礼",
    charset="iso-2022-jp",
    body=f"""宮之原様

先日は、川崎工場の安全衛生大会で貴重なご講話をいただき、誠にありがとうございました。
40年にわたる現場でのご経験、とりわけ「ヒヤリを隠さない職場」のお話は、
若手社員にも強く響いたようで、アンケートでも最も評価が高い講話でした。

謝礼につきましては、お伺いした口座へ11月10日にお振込みいたします。
また来年もぜひお願いできればと存じます。寒くなりますのでご自愛ください。
{SIG_OKOCHI}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="thank-you mail to one private (carrier) address; no personal data",
)

# 085
add(
    sender=KUGA,
    to=["青葉運輸 安全推進室 <anzen-suishin@aoba-unyu.co.jp>"],
    subject="安全衛生だより 11月号",
    charset="utf-8",
    html="""<html><body>
<h2>日の出産業 安全衛生だより 2025年11月号</h2>
<p>構内で作業される協力会社・物流パートナーの皆さまにもお届けしています。</p>
<h3>今月の災害事例から</h3>
<ul>
<li>荷下ろし中の腰痛（休業6日）：重量物は2人で、台車を使いましょう。</li>
<li>フォークリフトとの接触（不休）：構内の歩行者通路を必ず通行してください。</li>
<li>脚立からの転落（休業）：天板の上での作業は禁止です。</li>
</ul>
<h3>11月の重点</h3>
<p>日没が早まります。17時以降の構内走行はライト点灯、制限速度8km/hを厳守してください。</p>
<table border="1" cellpadding="3"><tr><th>拠点</th><th>無災害記録</th></tr>
<tr><td>川崎工場</td><td>38日</td></tr><tr><td>相模原工場</td><td>19日</td></tr>
<tr><td>千葉物流センター</td><td>412日</td></tr></table>
<p>発行：日の出産業株式会社 総務部 安全衛生課</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML newsletter with anonymous accident cases and site records",
)

# 086
_mn_rows = [["社員番号", "氏名", "生年月日", "個人番号", "区分"]]
_mn_people = ["大貫 秀樹", "戸叶 勇気", "蓑田 智子", "羽生田 賢一", "樋渡 輝", "大西 源太", "日置 まゆみ",
              "漆間 航平", "瀬古 翼", "国分 篤", "甘利 里穂", "小此木 達也", "鈴木 英明", "石神井 和彦",
              "五百旗頭 進", "籾山 忠", "鳴海 勝", "久保寺 誠一", "押切 拓海", "宇留野 翔太"]
for i, n in enumerate(_mn_people):
    _mn_rows.append([f"E{30100 + i * 7}", n, f"{1965 + (i * 7) % 37}/{1 + i % 12:02d}/{3 + (i * 5) % 25:02d}",
                     MN[5 + i], "労災年金・休業補償 対象"])
add(
    sender=KUGA,
    to=["給与G <kyuyo@hinode-sangyo.co.jp>"],
    subject="労災関係者の個人番号一覧（給与G 保管用）",
    charset="utf-8",
    body=f"""給与G 三輪さん

久我です。労災年金・休業補償の届出で使う個人番号の一覧です。
特定個人情報の取扱規程に従い、給与Gの鍵付きフォルダで保管をお願いします。
社外への送付は厳禁でお願いします。
{SIG_KUGA}
""",
    attachments=[{"kind": "csv", "name": "rousai_kojinbango.csv", "encoding": "utf-8", "rows": _mn_rows}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=[],
    note="20 My Numbers, but from a subdomain sender to an internal address only",
)

# 087
add(
    sender=TACHIBANA,
    to=["岬塗装 事務所 <office@misaki-tosou.jp>"],
    subject="配管ラック塗装 作業手順書（改訂版）",
    charset="cp932",
    body=f"""有限会社 岬塗装 御中

立花です。配管ラック塗装の作業手順書を改訂しましたのでお送りします。
高所作業車の使用手順と有機溶剤の換気の項目を追加しています。
来週の作業前ミーティングで職長さんから周知をお願いします。
{SIG_TACHIBANA}
""",
    attachments=[{
        "kind": "docx", "name": "作業手順書_配管ラック塗装_rev3.docx",
        "paragraphs": ["作業手順書　配管ラック塗装（改訂3）", "適用：扇島工区 配管ラック 高さ6〜12m"],
        "tables": [[["手順", "作業内容", "急所", "危険のポイント"],
                    ["1", "高所作業車の始業点検", "ブーム・アウトリガーの作動確認", "点検漏れによる転倒"],
                    ["2", "養生・立入禁止措置", "下部にカラーコーン・バー", "落下物による第三者災害"],
                    ["3", "ケレン作業", "防じんマスク・保護メガネ着用", "粉じんの吸入・眼の負傷"],
                    ["4", "塗装", "送風機で換気、溶剤濃度を確認", "有機溶剤中毒"],
                    ["5", "片付け", "残塗料・ウエスは金属缶へ", "自然発火"]]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="a work procedure document for a subcontractor; no people, no marking",
)

# 088
add(
    sender=OKOCHI,
    to=["Pacific Assist Claims <claims@pacific-assist.com>"],
    subject="RE: Work injury of our seconded engineer - documents required",
    charset="utf-8",
    body=f"""Dear Ms. Tan,

Thank you for the quick reply. We will send the original medical certificate and the
receipts by courier tomorrow (DHL, tracking 4417 2209 6631), and the claim form signed by
our HR manager will follow next week.
{SIG_OKOCHI_EN}

On Tue, 28 Oct 2025 at 10:02, Pacific Assist Claims <claims@pacific-assist.com> wrote:
> Dear Mr. Okochi,
>
> Thank you for your notification regarding Mr. Kenta Hoshikawa (DOB 14 July 1988).
> To process the claim for his left fifth metatarsal fracture, we need:
>  - the original medical certificate from the treating hospital in Rayong,
>  - itemised receipts, and
>  - the claim form signed by the policyholder.
>
> Best regards,
> Grace Tan, Claims Officer
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply: the injured engineer's name, DOB and fracture appear only in the quoted text",
)

# 089
add(
    sender=SAEKI,
    to=["木下電工 代表 木下様 <info@kinoshita-denko.jp>"],
    subject="Re: 一人親方の特別加入について",
    charset="iso-2022-jp",
    body=f"""木下電工 木下様

お世話になっております。日の出産業 安全衛生課の佐伯です。
ご質問の件、一般的な内容になりますがご回答します。

・一人親方の方は、弊社（元請）の労災保険の対象にはなりません。
・ご自身で「特別加入団体」を通じて労災保険に特別加入していただく必要があります。
・建設業の一人親方は、都道府県ごとの一人親方組合などが特別加入団体になっています。
・給付基礎日額（3,500円〜25,000円）を選び、それに応じて保険料が決まります。

弊社の現場に入場される際は、特別加入の加入証明書（写し）をご提出ください。
{SIG_SAEKI}

> 日の出産業 佐伯様
> 来年から個人事業主として独立します。現場でケガをした場合、労災はどうなりますか。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="general guidance on special enrolment to a subcontractor's business address",
)

# 090
add(
    sender=MIKAMI,
    to=["白川法律事務所 北村先生 <kitamura@shirakawa-law.co.jp>"],
    subject="都築さんの損害賠償請求の件（ご相談）",
    charset="utf-8",
    body=f"""北村先生

お世話になっております。日の出産業 人事部の三上です。
昨年9月に保全課の脚立作業で転落した都築 正吾さんの件で、ご本人の代理人弁護士から
安全配慮義務違反による損害賠償請求の通知書が届きました。

都築さんは左踵骨骨折で64日休業し、その後も左足関節の可動域制限が残り、
障害等級12級の認定を受けています。現在も月1回整形外科に通院中です。
通知書のPDFを持参のうえ、来週中にご相談に伺えますでしょうか。
{SIG_MIKAMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="shirakawa-law.co.jp is a look-alike of partner shirakawa-law.jp, and the mail carries a named worker's injury",
)

# 091
add(
    sender=KUGA,
    to=["ツバサシステム 開発部 <dev-support@tsubasa-system.jp>"],
    subject="安全管理システム ヒヤリハット入力画面の改修について",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
開発部 ご担当者様

いつもお世話になっております。日の出産業 安全衛生課の久我です。
安全管理システム（HSMS）のヒヤリハット入力画面について、以下の改修をお願いしたく、
お見積りをいただけますでしょうか。

1. 報告者名を任意入力に変更（匿名での報告を可能にする）
2. 「事故の型」の選択肢に「激突され」「高温物との接触」を追加
3. 写真添付を3枚→5枚に拡張
4. 月次集計CSVに拠点コードの列を追加

本番反映は1月の年次更新と同時を希望します。
{SIG_KUGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary mail to the genuine partner domain tsubasa-system.jp",
)

# 092
add(
    sender=OKOCHI,
    to=["青葉運輸 安全推進室 <anzen-suishin@aoba-unyu.co.jp>"],
    subject="Re: 構内走行ルール改訂版の配布について",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 安全推進室 御中

大河内です。ご確認ありがとうございます。
改訂版のルールは11月1日から適用とし、ドライバーの皆さま向けの冊子（A5・20部）を
来週、川崎営業所様宛に郵送いたします。守衛所でも同じものをお渡しします。

> 日の出産業 大河内様
> 改訂版の内容、社内で確認しました。特に問題ございません。
> ドライバー向けの配布物があれば、川崎営業所へお送りいただけますか。
> 青葉運輸 安全推進室
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply to the genuine partner domain aoba-unyu.co.jp about site traffic rules",
)

# 093
_inc = [("11 Apr 2025", "Hideki Onuki", "Press operator", "Laceration of right palm", "0"),
        ("22 Apr 2025", "Yuki Tokano", "Assembly", "Lumbar sprain (manual handling)", "6"),
        ("30 May 2025", "Kenichi Hanyuda", "Installation", "Dislocation of left acromioclavicular joint", "28"),
        ("28 Jul 2025", "Kohei Uruma", "Warehouse", "Lumbar disc herniation, surgery", "95"),
        ("26 Sep 2025", "Tatsuya Okonogi", "Piping", "Fracture of left lateral malleolus", "35")]
_inc_txt = "\n".join(f"{d:<13} {n:<17} {j:<15} {dx:<45} {l:>4}" for d, n, j, dx, l in _inc)
_inc_html = "".join(f"<tr><td>{d}</td><td>{n}</td><td>{j}</td><td>{dx}</td><td>{l}</td></tr>" for d, n, j, dx, l in _inc)
add(
    sender=OKOCHI,
    to=["Global HSE Partners - Reporting <reporting@globalhse-partners.com>"],
    subject="H1 FY2025 recordable injuries - Hinode Sangyo (for the group HSE report)",
    charset="utf-8",
    body=f"""Dear Mr. Brennan,

As requested for the group HSE report, here are our recordable injuries for H1 FY2025.

Date          Employee          Job             Injury                                        Lost days
------------- ----------------- --------------- --------------------------------------------- ----
{_inc_txt}
{SIG_OKOCHI_EN}
""",
    html=f"""<html><body><p>Dear Mr. Brennan,</p>
<p>As requested for the group HSE report, here are our recordable injuries for H1 FY2025.</p>
<table border="1"><tr><th>Date</th><th>Employee</th><th>Job</th><th>Injury</th><th>Lost days</th></tr>
{_inc_html}</table>
<p>Best regards,<br>Shunsuke Okochi<br>Hinode Sangyo Co., Ltd.</p></body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English text+HTML list of 5 named employees with their injuries to an outside consultancy",
)

# 094
add(
    sender=OKOCHI,
    to=["川崎電機 安全環境部 <safety-env@kawasaki-denki.co.jp>"],
    subject="2026年度 安全衛生計画（案）のご送付",
    charset="cp932",
    body=f"""川崎電機株式会社 安全環境部 御中

お世話になっております。日の出産業の大河内です。
貴社構内で作業する協力会社として、2026年度の安全衛生計画（案）をお送りします。
ご意見があれば12月中旬までにお寄せください。
{SIG_OKOCHI}
""",
    attachments=[{
        "kind": "pdf", "name": "2026_anzen_eisei_keikaku_an.pdf",
        "title": "2026年度 安全衛生計画（案）",
        "lines": ["2026年度 安全衛生計画（案）　日の出産業株式会社",
                  "基本方針：安全はすべてに優先する",
                  "目標：休業災害 0件、度数率 1.0以下、熱中症による休業 0件",
                  "重点施策1：墜落・転落災害の防止（可搬式作業台への切替、フルハーネス100%）",
                  "重点施策2：はさまれ・巻き込まれ防止（ロックアウト・タグアウトの定着）",
                  "重点施策3：メンタルヘルス対策（ストレスチェック受検率95%以上）",
                  "重点施策4：高年齢労働者への配慮（エイジフレンドリー補助金の活用）"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="annual safety plan PDF to a partner: no marking, no personal data",
)

# 095
add(
    sender=KUGA,
    to=["中央安全教育センター 経理 <keiri@chuo-anzen.or.jp>"],
    subject="請求書受領のご連絡（請求番号 CA-2025-10-0388）",
    charset="iso-2022-jp",
    body=f"""一般社団法人 中央安全教育センター
経理ご担当者様

お世話になっております。日の出産業の久我です。
10月分の講習費の請求書を受領しました。内容を確認のうえ、下記のとおりお支払いします。

　請求番号：CA-2025-10-0388
　金額：132,000円（税込）
　登録番号：T{CORP_CHUO}
　振込先：みどり銀行 川崎支店 当座 0048152 シャ）チュウオウアンゼンキョウイクセンター
　支払予定日：11月28日

よろしくお願いいたします。
{SIG_KUGA}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice confirmation with the vendor's T-number and its corporate bank account: no person",
)

# 096
add(
    sender=KUGA,
    to=["錦印刷 営業 <eigyo@nishiki-insatsu.co.jp>"],
    subject="安全大会 配布資料（事例発表スライド）の印刷",
    charset="utf-8",
    body=f"""錦印刷株式会社
営業ご担当 様

いつもお世話になっております。日の出産業の久我です。
12月5日の安全大会で配布する事例発表スライドのデータをお送りします。
A4・2in1・両面・モノクロで300部、12月2日納品でお願いします。
{SIG_KUGA}
""",
    attachments=[{
        "kind": "pptx", "name": "事例発表_相模原工場_プレス災害.pptx",
        "slides": [
            ["プレス金型交換時のはさまれ災害", "相模原工場 製造2課", "2025年10月14日発生"],
            ["災害の概要", "被災者：押切 拓海さん（31歳・入社6年目）",
             "上型の下降に左手中指を挟まれ、末節骨骨折（K-ワイヤー固定）", "休業約3週間"],
            ["原因", "両手押しボタンの片側がテープで固定されていた", "金型交換手順書に安全ブロックの記載なし"],
            ["対策", "安全装置の総点検とテープ固定の禁止", "安全ブロック使用を手順書に追加"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="slide deck naming the injured worker with his fracture, sent to the printer",
)

# 097
add(
    sender=NONOMURA,
    to=["産業医 穂高先生（社内アドレス） <sangyoi@hinode-sangyo.co.jp>"],
    cc=["大河内 俊介 <s.okochi@hinode-sangyo.co.jp>"],
    subject="長時間労働者・高ストレス者面談の対象者（11月）",
    charset="cp932",
    body=f"""穂高先生

相模原工場の野々村です。11月の面談対象者をお送りします（社内限り）。

1. 郷田 一成（製造2課）時間外 月84時間、γ-GTP 198・肝機能C判定
2. 猿渡 浩二（製造2課）時間外 月72時間、ストレスチェック高ストレス判定
3. 日置 まゆみ（製造2課）9月に右手関節捻挫で労災、その後不眠の訴えあり

面談は11月13日（木）13時から、厚生棟2階の相談室を確保しています。
{SIG_NONOMURA}
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="health details of named workers, but sent to the occupational physician's internal address only",
)

# 098
_newcomers = [
    ("白鳥 陽介", "しらとり ようすけ", "平成１２年５月２日", "東京都大田区羽田４－１１－２", "溶接工"),
    ("新城 蓮", "あらしろ れん", "平成１５年１月２８日", "川崎市川崎区中島３－２－８", "配管工見習"),
    ("雲野 隆", "くもの たかし", "昭和５２年１０月９日", "横浜市鶴見区本町通１－６－１５", "配管工"),
    ("舘 智弘", "たち ともひろ", "昭和６３年３月３日", "川崎市幸区戸手本町２－９－３", "鉄骨工"),
    ("根来 朱里", "ねごろ あかり", "平成１０年１２月１２日", "横浜市港北区綱島東５－３－２２", "安全管理補助"),
]
_blocks = "\n\n".join(
    f"【{i}】{n}（{k}）\n　生年月日：{dob}\n　住所：{addr}\n　職種：{job}\n　携帯：{zen(mobile())}"
    for i, (n, k, dob, addr, job) in enumerate(_newcomers, 1))
add(
    sender=TACHIBANA,
    to=["東海プラント建設 南渡田作業所 <minamiwatarida@tokai-plant.co.jp>"],
    subject="新規入場者の事前登録（11/10入場 5名）",
    charset="cp932",
    body=f"""東海プラント建設株式会社
南渡田作業所 御中

日の出産業 工事部の立花です。
11月10日から入場予定の5名について、新規入場者教育の事前登録をお願いします。

{_blocks}

当日は8時に作業所事務所へ伺います。
{SIG_TACHIBANA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people's records in blocks (和暦 DOB, home address, full-width mobile) to the client's site",
)

# 099
_kyumei = "\n".join(f"{n}（{k}）　{d}生　{dep}" for n, k, d, dep in [
    ("羽場 みのり", "ハバ ミノリ", "平成2年1月24日", "川崎工場 製造1課"),
    ("岩佐 隼人", "イワサ ハヤト", "平成6年6月28日", "川崎工場 保全課"),
    ("市毛 真司", "イチゲ シンジ", "昭和57年10月17日", "川崎工場 保全課"),
    ("湯浅 綾乃", "ユアサ アヤノ", "平成11年5月30日", "川崎工場 製造1課")])
add(
    sender=SAEKI,
    to=["川崎市消防局 川崎消防署 救急係 <kyukyu-kawasaki@city-kawasaki-fd.lg.jp>"],
    subject="普通救命講習 受講申込（日の出産業 4名）",
    charset="iso-2022-jp",
    body=f"""川崎消防署 救急係 御中

いつもお世話になっております。日の出産業株式会社 安全衛生課の佐伯です。
11月26日（水）の普通救命講習（I）に、弊社から以下の4名が参加を希望しております。
修了証の作成に必要とのことで、生年月日を記載いたします。

{_kyumei}

受講料は無料と伺っておりますが、テキスト代が必要でしたらお知らせください。
{SIG_SAEKI}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="four people's names and DOBs to the fire department: under the five-person threshold, may be warned",
)

# 100
add(
    sender=OKOCHI,
    to=["北斗鉄工 総務部 <soumu@hokuto-tekko.co.jp>"],
    subject="貴社作業員の就業上の措置について（産業医意見）",
    charset="utf-8",
    body=f"""北斗鉄工株式会社
総務部 御中

いつもお世話になっております。日の出産業の大河内です。
扇島工区に入場されている貴社の門脇 剛士様について、入場時の血圧測定で
4日続けて180/110を超える値が出ており、弊社の産業医に相談したところ、
「高血圧緊急症の恐れがあるため、受診して降圧治療が開始されるまでは
高所作業・単独作業・炎天下作業を控えるべき」との意見でした。

ご本人は健診で要治療判定を受けたものの、通院されていないとのことです。
貴社から受診を勧奨いただき、主治医の就業可否の意見をお知らせいただけますでしょうか。
それまでの間は地上での監督業務のみとさせていただきます。
{SIG_OKOCHI}
{DISC_JA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named subcontractor worker's blood pressure, untreated hypertension and work restrictions sent to his employer",
)
assert len(MESSAGES) == 100, len(MESSAGES)
