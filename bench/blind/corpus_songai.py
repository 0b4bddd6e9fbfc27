"""Blind evaluation corpus — area: songai (corporate accident and property claims).

社用車・施設の事故報告を損害保険会社・代理店へ送るメール、相手方（個人・法人）や相手方保険会社との
やり取り、修理工場の見積、示談、労災・健康保険との関係、鑑定人や弁護士との連絡など。

Everything here is invented: every person, address, number, company and domain outside the
organisation and its listed partners is fictional. This file was written blind, from
bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only (no mailguard code,
rules or tests were read).
"""

import random

from build import card_number, my_number

SEED = 35401
_rng = random.Random(SEED)

# --- people and places of 日の出産業 (senders) ------------------------------------------

ISHIGURO = "石黒 直樹 <ishiguro.n@hinode-sangyo.co.jp>"
HONDA = "本多 里美 <honda.s@hinode-sangyo.co.jp>"
HAYASE = "早瀬 健太 <hayase.k@hinode-sangyo.co.jp>"
MIYAKE = "三宅 由紀子 <miyake.y@hinode-sangyo.co.jp>"
AOYAGI = "青柳 翔 <aoyagi.s@hinode-sangyo.co.jp>"
OIKAWA = "及川 千春 <oikawa.c@hinode-sangyo.co.jp>"
TACHIBANA = "立花 玲奈 <tachibana.r@hinode-sangyo.co.jp>"
KUWAHARA = "桑原 誠 <kuwahara.m@hinode-sangyo.co.jp>"
NOGUCHI = "Kenji Noguchi <noguchi.k@hinode-sangyo.co.jp>"

SIG_ISHIGURO = """
──────────────────────────
日の出産業株式会社 総務部 総務課（車両管理）
石黒 直樹　Naoki Ishiguro
〒105-0013 東京都港区浜松町2-7-15 日の出ビル5F
TEL 03-5401-2230 / FAX 03-5401-2239
ishiguro.n@hinode-sangyo.co.jp
──────────────────────────"""

SIG_HONDA = """
--
日の出産業（株） 総務部 安全衛生グループ
本多 里美
TEL：03-5401-2236（直通）　内線 2236"""

SIG_HAYASE = """
****************************************
日の出産業株式会社 厚木物流センター
センター長　早瀬 健太
〒243-0801 神奈川県厚木市上依知3015-2
TEL 046-285-7710　FAX 046-285-7719
****************************************"""

SIG_MIYAKE = """
日の出産業株式会社
総務部長　三宅 由紀子
03-5401-2201"""

SIG_AOYAGI = """
========================
日の出産業株式会社 川越営業所
青柳 翔（あおやぎ しょう）
〒350-1124 埼玉県川越市新宿町5-14-3
TEL 049-246-3350
========================"""

SIG_OIKAWA = """
日の出産業株式会社 経理部 経理課
及川 千春
TEL 03-5401-2250 / oikawa.c@hinode-sangyo.co.jp"""

SIG_TACHIBANA = """
-------------------------------------
日の出産業株式会社 法務部
立花 玲奈
TEL 03-5401-2270
-------------------------------------"""

SIG_KUWAHARA = """
日の出産業株式会社 人事部 労務課
桑原 誠（内線 2315）"""

SIG_NOGUCHI = """
--
Kenji Noguchi
Logistics Dept., Hinode Sangyo Co., Ltd.
2-7-15 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel +81-3-5401-2280"""

DISC_JP = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを削除してくださいますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail. Any
unauthorised use or disclosure is prohibited."""

# --- external parties (all fictional) ------------------------------------------------
AGENT = "ひなた保険サービス 大河内様 <okochi@hinata-agency.co.jp>"
AGENT2 = "佐伯 智子 <saeki@hinata-agency.co.jp>"
INSURER = "常盤損害保険 松岡様 <k.matsuoka@tokiwa-sonpo.co.jp>"
INSURER_DESK = "jiko-uketsuke@tokiwa-sonpo.co.jp"
OTHER_INS = "みなと海上火災保険 奥寺様 <okudera.t@minato-kaijo.co.jp>"
SHOP = "黒田モータース <service@kuroda-motors.co.jp>"
SHOP2 = "info@fujimi-body.jp"
ADJUSTER = "東海損害鑑定 渡会様 <watarai@tokai-kantei.co.jp>"
SR = "中井社会保険労務士事務所 <nakai@nakai-sr.jp>"
RENT = "星空レンタカー 法人予約センター <reserve@hoshizora-rent.co.jp>"
LEASE = "東海オートリース 事故受付 <jiko@tokai-lease.co.jp>"
LAW = "白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of the 12-digit base."""
    s = 0
    for n in range(1, 13):
        s += int(base12[12 - n]) * (1 if n % 2 else 2)
    return str(9 - s % 9) + base12


MN0 = my_number(SEED + 0)
CARD0 = card_number(SEED + 0)


def _fmt_card(c: str) -> str:
    return "-".join(c[i:i + 4] for i in range(0, 16, 4))


def _fw(s: str) -> str:
    """ASCII digits and hyphens to full-width."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


M = []

# =====================================================================================
# STOP
# =====================================================================================

# S1 fleet driver register, XLSX with title row, licence numbers
M.append(dict(
    sender=ISHIGURO, to=[AGENT], charset="utf-8",
    subject="フリート契約　運転者登録一覧（2025年下期）の送付",
    body="""ひなた保険サービス株式会社
大河内様

いつも大変お世話になっております。日の出産業の石黒です。

先日ご依頼いただきました、運転者限定特約の確認用の運転者一覧を添付いたします。
10月1日付の異動を反映済みです（川越営業所 2名追加、名古屋支店 1名削除）。

ご確認のほどよろしくお願いいたします。
""" + SIG_ISHIGURO,
    attachments=[dict(kind="xlsx", name="運転者一覧_2025下期.xlsx", sheets={
        "表紙": [["社用車 運転者登録一覧"], ["作成日", "2025/10/03"], ["作成", "総務部 総務課"]],
        "運転者": [
            ["日の出産業株式会社　運転者登録台帳（2025年10月1日現在）"],
            [],
            ["No", "社員番号", "氏名", "フリガナ", "生年月日", "免許証番号", "免許の色", "有効期限", "所属"],
            [1, "H-10023", "青柳 翔", "アオヤギ ショウ", "1990/03/18", "301004123450", "ブルー", "2027/04/18", "川越営業所"],
            [2, "H-10187", "森 和也", "モリ カズヤ", "1987/11/02", "451207385160", "ゴールド", "2028/12/02", "川越営業所"],
            [3, "H-10342", "堀内 悠真", "ホリウチ ユウマ", "1995/06/27", "301503119821", "ブルー", "2026/07/27", "本社 営業部"],
            [4, "H-10415", "鶴見 亜希子", "ツルミ アキコ", "1979/01/09", "450001764230", "ゴールド", "2029/02/09", "大宮営業所"],
            [5, "H-10502", "五十嵐 拓", "イガラシ タク", "1999/09/30", "301906552040", "グリーン", "2026/10/30", "厚木物流センター"],
            [6, "H-10588", "真壁 孝之", "マカベ タカユキ", "1972/04/14", "440900218870", "ゴールド", "2027/05/14", "厚木物流センター"],
            [7, "H-10611", "沢渡 彩", "サワタリ アヤ", "2001/12/05", "302002907310", "グリーン", "2026/01/05", "千葉倉庫"],
        ],
    })],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="7 drivers with DOB and 運転免許証番号 in an XLSX to the insurance agent: list + identity documents",
))

# S2 first report with the driver's licence number (one person)
M.append(dict(
    sender=AOYAGI, to=[INSURER_DESK], cc=["ishiguro.n@hinode-sangyo.co.jp"], charset="iso-2022-jp",
    subject="【事故報告】自動車事故 第一報（証券番号 AT-58830271）",
    body="""常盤損害保険株式会社
事故受付センター御中

日の出産業株式会社 川越営業所の青柳と申します。
本日、社用車で下記の事故が発生しましたのでご報告いたします。

■事故日時　２０２５年１０月１４日（火）　１６時２０分頃
■事故場所　埼玉県川越市的場１丁目付近　県道１５号線　的場交差点
■事故状況　当方車両が信号待ちで停車中、後続車に追突された（当方停止中）
■当方車両　トヨタ プロボックス　所沢 ４００ さ ７２－１５
■運転者　　青柳 翔（当社社員）
　免許証番号：第３０１００４１２３４５０号　（中型８ｔ限定・ブルー）
■負傷者　　なし（双方とも）
■相手方　　個人の方（自家用車）、相手方保険会社は確認中
■警察届出　川越警察署に届出済み

取り急ぎ第一報として。詳細は追ってご連絡いたします。
""" + SIG_AOYAGI,
    expect="stop", entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="accident report to the insurer carries the driver's 運転免許証番号 (identity document of one person)",
))

# S3 the other party's licence details copied at the scene
M.append(dict(
    sender=AOYAGI, to=[INSURER], charset="shift_jis",
    subject="Re: 10/14 追突事故の件（相手方情報）",
    body="""松岡様

お世話になっております。日の出産業 川越営業所の青柳です。
お問い合わせの相手方の情報ですが、現場で免許証を見せていただき控えておりましたので
お送りします。

　氏名　　：小坂 達也（コサカ タツヤ）様
　住所　　：埼玉県川越市砂新田３丁目１８－７　サンハイツ砂新田２０３
　生年月日：昭和６１年７月２２日
　免許証　：第４５０８１２６６０９３１号
　携帯　　：０９０－４４１７－２６０８
　車両　　：ホンダ フィット　川越 ５００ ぬ ３３－０８

相手方の任意保険はみなと海上火災とのことでした。
よろしくお願いいたします。
""" + SIG_AOYAGI,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="the other driver's licence number, DOB, address and mobile sent to the insurer: identity document",
))

# S4 diagnosis of the injured employee to the agent
M.append(dict(
    sender=ISHIGURO, to=[AGENT2], charset="iso-2022-jp",
    subject="Re: 人身傷害保険の請求について",
    body="""ひなた保険サービス
佐伯様

お世話になっております。日の出産業の石黒です。

ご質問の件、運転していた弊社社員 森 和也（３８歳）は、昨日かわごえ整形外科を受診し、
「頚椎捻挫・腰椎捻挫　加療約３週間の見込み」との診断を受けました。
診断書の原本は本人から受け取り次第、郵送いたします。

通院は週２回程度になるとのことです。人身傷害の請求手続きについて、
必要書類をご教示いただけますと幸いです。

> 運転されていた方のお怪我の状況はいかがでしょうか。
> 人身傷害保険の対象となりますので、診断内容がわかりましたらお知らせください。
""" + SIG_ISHIGURO,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named employee's diagnosis (頚椎捻挫 etc.) sent to the agent: 要配慮個人情報 of one person",
))

# S5 workplace injury: DOCX to the labour consultant with My Number and pension number
M.append(dict(
    sender=KUWAHARA, to=[SR], charset="utf-8",
    subject="休業補償給付 請求書作成のお願い（厚木物流センター フォークリフト接触事故）",
    body="""中井先生

いつもお世話になっております。人事部の桑原です。

9月29日に厚木物流センターで発生したフォークリフト接触事故について、
休業補償給付（様式第8号）の作成をお願いしたく、被災者の情報を添付にまとめました。
事業主証明欄は当社で押印のうえ、別途郵送いたします。

ご不明点があればご連絡ください。
""" + SIG_KUWAHARA,
    attachments=[dict(kind="docx", name="被災者情報_20250929.docx", title="被災者情報",
        paragraphs=["労働者災害補償保険　休業補償給付 請求用メモ", "事業場：日の出産業株式会社 厚木物流センター",
                    "災害発生日時：令和7年9月29日 午前10時40分頃",
                    "災害の状況：倉庫内で棚卸作業中、後退してきたフォークリフトに右足を轢かれた。"],
        tables=[[
            ["項目", "内容"],
            ["氏名", "真壁 孝之（マカベ タカユキ）"],
            ["生年月日", "昭和47年4月14日"],
            ["住所", "神奈川県厚木市戸室4-11-22"],
            ["基礎年金番号", "4126-803519"],
            ["個人番号", MN0],
            ["傷病名", "右足関節骨折（手術済み）"],
            ["療養期間", "令和7年9月29日〜（入院中・全治約2か月）"],
        ]])],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER", "JP_MY_NUMBER",
              "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX to the external 社労士 with a My Number, 基礎年金番号 and the injury of one employee",
))

# S6 director not covered by rōsai: 第三者行為による傷病届 with health insurance symbol/number
M.append(dict(
    sender=HONDA, to=["関東機械工業健康保険組合 給付課 <kyufu@kanto-kikai-kenpo.or.jp>"], charset="iso-2022-jp",
    subject="第三者行為による傷病届の事前相談（被保険者：常務取締役）",
    body="""関東機械工業健康保険組合
給付課　ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の本多でございます。

弊社常務取締役が業務中の交通事故で負傷いたしました。役員のため労災保険の適用がなく、
健康保険で受診しておりますので、第三者行為による傷病届の提出についてご相談させてください。

　被保険者　　　：谷垣 正臣
　保険証　　　　：記号　４７　番号　１２０８
　傷病名　　　　：左鎖骨骨折
　受診医療機関　：港みなみ病院（整形外科）
　事故日　　　　：令和７年１０月２日
　相手方　　　　：法人所有のトラック（青葉運輸株式会社）
　相手方保険会社：みなと海上火災保険

必要書類（事故発生状況報告書、念書など）の様式をお送りいただけますでしょうか。
何卒よろしくお願いいたします。
""" + SIG_HONDA,
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="健康保険証の記号・番号 and the diagnosis of a named director sent outside",
))

# S7 technical intern driver's residence card
M.append(dict(
    sender=HAYASE, to=[INSURER], cc=["ishiguro.n@hinode-sangyo.co.jp"], charset="utf-8",
    subject="構内接触事故のご報告（厚木物流センター）",
    body="""常盤損害保険株式会社
松岡様

お世話になっております。厚木物流センターの早瀬です。

本日午後、センター構内にて当社の2tトラックが、納品に来られた取引先様の車両と接触しました。
双方けがはなく、物損のみです。

運転していたのは当センター所属の技能実習生です。事故受付に必要とのことでしたので、
運転者の情報を記載します。

  運転者氏名　NGUYEN VAN MINH（グエン ヴァン ミン）
  在留カード番号　UH48213097EA
  運転免許　中型（平成30年取得）

相手方は納品業者様の車両（法人所有）で、先方の保険会社とは明日連絡を取り合う予定です。
""" + SIG_HAYASE,
    expect="stop", entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="在留カード番号 of the named driver sent to the insurer: identity document",
))

# S8 overseas business trip accident, passport number and injury
M.append(dict(
    sender=NOGUCHI, to=["海外旅行保険 保険金請求窓口 <kaigai-claim@tokiwa-sonpo.co.jp>"], charset="utf-8",
    subject="海外出張中の交通事故（バンコク）保険金請求のご相談 / Claim: business travel accident",
    body="""常盤損害保険 海外旅行保険 ご担当者様

日の出産業 物流部の野口です。法人包括契約（証券番号 OT-20410587）で加入している
海外出張者が、タイで交通事故に遭いましたのでご相談いたします。

被保険者：湊 慎一郎（MINATO SHINICHIRO）
旅券番号：TR4418062
生年月日：1983年2月11日
事故日　：2025年10月8日 現地時間 19:30頃
状況　　：タクシー乗車中に追突され、右足首捻挫・右膝挫傷。バンコク市内の
　　　　　Samitivej病院で受診（レントゲン上、骨折なし）。
費用　　：治療費 THB 18,400（本人立替）

キャッシュレス対応ができなかったため、立替分の請求書類をご教示ください。
""" + SIG_NOGUCHI,
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="passport number, DOB and injuries of a named employee sent to the travel insurance desk",
))

# S9 replacement car booked with the corporate card number
M.append(dict(
    sender=ISHIGURO, to=[RENT], charset="shift_jis",
    subject="代車（レンタカー）予約のお願い　10/16〜",
    body="""星空レンタカー 法人予約センター御中

お世話になっております。日の出産業の石黒です。
事故車の修理期間中の代車として、下記の通り予約をお願いいたします。

・貸出店舗：川越駅西口店
・期間　　：10月16日（木）9:00 ～ 10月30日（木）18:00（延長の可能性あり）
・車種　　：ライトバン（プロボックス／ADバン相当）
・利用者　：川越営業所

今回は保険会社からのレンタカー費用の支払い前のため、いったん当社法人カードで決済します。
　カード番号　""" + _fmt_card(CARD0) + """
　有効期限　　09/28
　名義　　　　HINODE SANGYO CO LTD

予約確定のご連絡をお待ちしております。
""" + SIG_ISHIGURO,
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a full credit card number in the body to the rental company",
))

# S10 bus accident on the company trip: six injured employees
M.append(dict(
    sender=HONDA, to=["団体旅行事故担当 <dantai-jiko@tokiwa-sonpo.co.jp>"], cc=[AGENT], charset="utf-8",
    subject="社員旅行中の貸切バス事故　負傷者一覧（10/11 新潟県湯沢町）",
    body="""常盤損害保険株式会社
団体旅行事故ご担当者様
（cc：ひなた保険サービス 大河内様）

お世話になっております。日の出産業 総務部の本多です。
10月11日の社員旅行中に発生した貸切バスの事故につきまして、現時点で把握している
負傷者の状況をご報告いたします。国内旅行傷害保険（団体）での請求をお願いしたく存じます。

No. 氏名　　　　　年齢　所属　　　　　　負傷の状況　　　　　　　　　　　搬送先
-----------------------------------------------------------------------------------------
1   沼田 亮介　　　45　　営業部　　　　　右前腕骨折（手術予定）　　　　　湯沢中央病院
2   仙石 加奈　　　29　　経理部　　　　　頭部打撲・経過観察入院　　　　　湯沢中央病院
3   大門 啓太　　　33　　厚木物流C　　　頚椎捻挫　　　　　　　　　　　　湯沢中央病院
4   菱川 典子　　　52　　総務部　　　　　右肋骨骨折（ヒビ）　　　　　　　南魚沼総合病院
5   小此木 隼　　　24　　営業部　　　　　顔面挫創（縫合7針）　　　　　　南魚沼総合病院
6   寺西 由香里　　41　　人事部　　　　　左膝打撲　　　　　　　　　　　　外来のみ

バス会社側の保険（旅客運送）との調整もあるかと思いますので、進め方をご相談させてください。
""" + SIG_HONDA,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "multiple_external_domains"],
    note="six named employees with their injuries to insurer and agent: list + 要配慮個人情報",
))

# S11 group accident insurance roster, CSV CP932, 和暦 mixed
M.append(dict(
    sender=KUWAHARA, to=[AGENT2], charset="shift_jis",
    subject="団体傷害保険　中途加入者名簿（11月1日付）",
    body="""佐伯様

お世話になっております。日の出産業 人事部の桑原です。
団体傷害保険（就業中のみ担保）の11月1日付中途加入者の名簿をCSVでお送りします。
生年月日は本人申告のまま（和暦／西暦混在）となっておりますがご容赦ください。

よろしくお願いいたします。
""" + SIG_KUWAHARA,
    attachments=[dict(kind="csv", name="中途加入者名簿_1101.csv", encoding="cp932", rows=[
        ["社員番号", "氏名", "カナ", "生年月日", "性別", "所属", "加入口数"],
        ["H-10702", "一ノ瀬 航", "イチノセ ワタル", "H12.8.19", "男", "厚木物流センター", "2"],
        ["H-10703", "外山 美桜", "トヤマ ミオ", "2002/03/07", "女", "本社 経理部", "1"],
        ["H-10705", "権藤 大輝", "ゴンドウ ダイキ", "H9.11.2", "男", "川越営業所", "2"],
        ["H-10706", "百瀬 紗希", "モモセ サキ", "1998/05/25", "女", "大宮営業所", "1"],
        ["H-10709", "嘉数 信也", "カカズ シンヤ", "S63.1.30", "男", "千葉倉庫", "3"],
        ["H-10710", "芦田 理沙", "アシダ リサ", "2001/10/11", "女", "本社 総務部", "1"],
        ["H-10712", "籾山 剛士", "モミヤマ ツヨシ", "S59.6.6", "男", "名古屋支店", "2"],
        ["H-10714", "氏家 ほのか", "ウジイエ ホノカ", "2003/01/28", "女", "厚木物流センター", "1"],
    ])],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="CSV roster of 8 employees with dates of birth to the agent: list of people",
))

# S12 HTML-only mail: vehicle users for the fleet system, home addresses and mobiles
M.append(dict(
    sender=ISHIGURO, to=["ツバサシステム 導入担当 <fleet-support@tsubasa-system.jp>"], charset="utf-8",
    subject="車両管理システム　直行直帰車両の使用者登録データ",
    html="""<html><body>
<p>ツバサシステム株式会社<br>導入ご担当者様</p>
<p>お世話になっております。日の出産業の石黒です。<br>
事故時の緊急連絡用に、直行直帰で社用車を自宅保管している使用者の登録データをお送りします。
システムへの初期登録をお願いいたします。</p>
<table border="1" cellpadding="4">
<tr><th>氏名</th><th>携帯電話</th><th>メール（個人）</th><th>車両保管場所（自宅）</th></tr>
<tr><td>堀内 悠真</td><td>080-3362-1947</td><td>yuma.h0627@gmail.com</td><td>東京都江東区東砂6-3-11-402</td></tr>
<tr><td>鶴見 亜希子</td><td>090-5128-7730</td><td>akiko.tsurumi@icloud.com</td><td>埼玉県さいたま市見沼区東大宮2-41-8</td></tr>
<tr><td>五十嵐 拓</td><td>070-1844-9062</td><td>taku-igarashi@yahoo.co.jp</td><td>神奈川県海老名市上郷1-9-5</td></tr>
<tr><td>真壁 孝之</td><td>090-7781-3405</td><td>makabe.t@outlook.jp</td><td>神奈川県厚木市戸室4-11-22</td></tr>
<tr><td>沢渡 彩</td><td>080-6615-2283</td><td>aya.sawatari@gmail.com</td><td>千葉県市川市行徳駅前3-17-6</td></tr>
<tr><td>権藤 大輝</td><td>080-2094-5517</td><td>gondo.daiki@docomo.ne.jp</td><td>埼玉県川越市霞ケ関北1-5-30</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 総務部 石黒<br>TEL 03-5401-2230</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="HTML table of 6 employees' mobiles, private e-mails and home addresses to a partner IT vendor",
))

# S13 records without a name column (age condition check)
M.append(dict(
    sender=ISHIGURO, to=[AGENT], charset="iso-2022-jp",
    subject="年齢条件の確認用データ（氏名は伏せています）",
    body="""大河内様

お世話になっております。石黒です。
年齢条件（２６歳以上補償）の見直しに当たり、若年の運転者がどれだけいるか確認したいとのことでしたので、
該当しそうな社員のデータをお送りします。念のため氏名は伏せ、社員番号のみにしております。

【１】社員番号 H-10611
　　　生年月日　平成１３年１２月５日
　　　免許取得　２０２０年２月
　　　住所　　　千葉県市川市行徳駅前３－１７－６
【２】社員番号 H-10702
　　　生年月日　平成１２年８月１９日
　　　免許取得　２０１９年９月
　　　住所　　　神奈川県厚木市旭町２－８－１４
【３】社員番号 H-10703
　　　生年月日　平成１４年３月７日
　　　免許取得　２０２１年１月
　　　住所　　　東京都大田区蒲田本町１－２２－３
【４】社員番号 H-10710
　　　生年月日　平成１３年１０月１１日
　　　免許取得　２０２０年１１月
　　　住所　　　東京都品川区西大井４－６－１０
【５】社員番号 H-10714
　　　生年月日　平成１５年１月２８日
　　　免許取得　２０２２年３月
　　　住所　　　神奈川県愛甲郡愛川町中津７１２－５
【６】社員番号 H-10502
　　　生年月日　平成１１年９月３０日
　　　免許取得　２０１８年８月
　　　住所　　　神奈川県海老名市上郷１－９－５

以上６名です。ご確認ください。
""" + SIG_ISHIGURO,
    expect="stop", entities=["DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="six employee records (DOB, home address) without names, one block each, to the agent: list of people",
))

# S14 forward of an internal mail with medical details to the law firm
M.append(dict(
    sender=TACHIBANA, to=[LAW], charset="utf-8",
    subject="FW: 森さんの通院状況（10/14追突事故）",
    body="""白川先生

お世話になっております。法務部の立花です。
相手方保険会社との交渉に関連して、社内で共有された通院状況を転送いたします。
後遺障害の申請を視野に入れるべきか、ご意見をいただけますと幸いです。

-----Forwarded Message-----
From: 石黒 直樹 <ishiguro.n@hinode-sangyo.co.jp>
To: 立花 玲奈 <tachibana.r@hinode-sangyo.co.jp>
Subject: 森さんの通院状況（10/14追突事故）

立花さん

川越営業所の森さん（10/14の追突事故の運転者）ですが、本日本人と話しました。
首の痛みが引かず、先週のMRIで「C5/6椎間板ヘルニアの疑い」と言われたそうです。
右手のしびれも出ており、整形外科の先生からはあと3か月はリハビリ通院が必要と。
本人はかなり落ち込んでいて、産業医面談も勧めています。

石黒
""" + SIG_TACHIBANA,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="FW of an internal mail: a named employee's MRI findings and symptoms sent to the law firm (forward counts)",
))

# S15 robbery at the shop: employee was a crime victim
M.append(dict(
    sender="鶴見 亜希子 <tsurumi.a@hinode-sangyo.co.jp>", to=[AGENT], cc=["honda.s@hinode-sangyo.co.jp"],
    charset="iso-2022-jp",
    subject="大宮営業所 直売コーナー 強盗被害のご報告（動産総合保険）",
    body="""ひなた保険サービス
大河内様

大宮営業所の鶴見です。至急ご相談させてください。

昨夜２０時ごろ、営業所併設の直売コーナーに刃物を持った男が押し入り、
レジの現金約１８万円が奪われました。閉店作業中だったパート従業員の
内藤 千代子さん（６１歳）が突き飛ばされて転倒し、左手首を痛めて救急搬送されました
（骨折はなく打撲と捻挫とのことです）。大宮東警察署に被害届を提出済みで、
内藤さんも本日事情聴取を受けています。

・現金の盗難（動産総合保険の対象になるか）
・内藤さんのけが（労災で対応予定ですが、上乗せの傷害保険が使えるか）
について、ご教示いただけますでしょうか。

日の出産業株式会社 大宮営業所
鶴見 亜希子　TEL 048-686-5521
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named employee was the victim of a robbery and injured: crime victim + injury, 要配慮 of one person",
))

# S16 other driver arrested for drink driving
M.append(dict(
    sender=ISHIGURO, to=[AGENT], charset="utf-8",
    subject="10/20 大宮での事故　相手方について（追加情報）",
    body="""大河内様

お世話になっております。石黒です。
10/20の大宮の事故について、警察から連絡があったので追加でご報告します。

相手方運転者の田所 剛 氏（さいたま市北区宮原町2-55-9在住）は、現場での呼気検査で
基準値を超えるアルコールが検出され、酒気帯び運転の疑いで現行犯逮捕されたとのことです。
当方の過失はほぼないと考えておりますが、相手方保険会社が免責を主張してくる可能性もあるかと思い、
対応方針をご相談できればと思います。

当方車両の修理は黒田モータースで見積中です。
""" + SIG_ISHIGURO,
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="the named other driver's arrest for drink driving (犯罪・逮捕) sent to the agent",
))

# S17 settlement talks: three external organisations in To/Cc
M.append(dict(
    sender=TACHIBANA, to=[INSURER, OTHER_INS], cc=[LAW, "ishiguro.n@hinode-sangyo.co.jp"],
    charset="iso-2022-jp",
    subject="10/2 港区での事故　示談協議の日程調整について",
    body="""関係各位

いつもお世話になっております。日の出産業 法務部の立花でございます。

標記事故の示談協議につきまして、三者でお打ち合わせの場を設けたく、
下記候補日のご都合をお知らせいただけますでしょうか。

　① １１月５日（水）１４：００～
　② １１月７日（金）１０：００～
　③ １１月１０日（月）１５：００～

場所は弊社本社５階会議室（港区浜松町）を予定しております。
オンライン参加をご希望の場合はお申し付けください。
""" + SIG_TACHIBANA,
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="two insurers and the law firm all in To/Cc: three external organisations see each other",
))

# S18 neighbours in To: water leak apology
M.append(dict(
    sender=HAYASE,
    to=["y.shinozaki1975@gmail.com", "kurata-fam@yahoo.co.jp", "m-hamaguchi@docomo.ne.jp",
        "ito.haruko@icloud.com"],
    charset="shift_jis",
    subject="【お詫び】当センター排水設備からの漏水について",
    body="""近隣の皆様

日の出産業株式会社 厚木物流センターの早瀬でございます。

10月12日夜の大雨の際、当センター敷地内の排水設備から雨水があふれ、
皆様のお宅の前の道路および一部敷地内に泥水が流れ込みましたこと、心よりお詫び申し上げます。

被害の状況を確認させていただくため、担当者が順次お伺いいたします。
お車や外構などに被害がございました場合、当社加入の施設賠償責任保険にて対応させていただく予定です。
保険会社（常盤損害保険）の担当者からご連絡が入る場合がございますので、ご了承ください。

ご迷惑をおかけし誠に申し訳ございません。
""" + SIG_HAYASE,
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="four private neighbours in To can see each other's addresses: should have been Bcc",
))

# S19 repair shop, rental company and agent all in To/Cc
M.append(dict(
    sender=AOYAGI, to=[SHOP], cc=[RENT, AGENT, "ishiguro.n@hinode-sangyo.co.jp"], charset="utf-8",
    subject="事故車（所沢400さ72-15）入庫と代車の段取り",
    body="""黒田モータース 黒田様
（cc: 星空レンタカー様、ひなた保険サービス 大河内様）

お世話になっております。日の出産業 川越営業所の青柳です。

事故車の入庫日ですが、10/16（木）朝9時にレッカーで搬入します。
代車は星空レンタカー様の川越駅西口店から同日9時に貸出していただけることになりましたので、
入庫後、工場から店舗まで送っていただけると助かります。

見積が出ましたら、保険会社への提出は大河内様経由でお願いできればと思います。
""" + SIG_AOYAGI,
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="repair shop, rental company and agent (three external organisations) visible to each other in To/Cc",
))

# S20 look-alike of partner aoba-unyu.co.jp (extra u)
M.append(dict(
    sender=HAYASE, to=["青葉運輸 事故対応窓口 <jiko-taiou@aoba-unyuu.co.jp>"], charset="iso-2022-jp",
    subject="貴社トラックによる当センター門扉損傷の件",
    body="""青葉運輸株式会社
事故対応窓口 ご担当者様

いつもお世話になっております。日の出産業 厚木物流センターの早瀬です。

本日７時頃、貴社の大型トラック（厚木 １００ か ５５－２１）が当センター北門に進入する際、
門扉（電動スライド式）に接触し、門扉が変形して開閉できない状態となっております。

現在、門扉メーカーに見積を依頼しております。写真と見積がそろい次第お送りしますので、
貴社のご加入保険会社へのご連絡をお願いできますでしょうか。
""" + SIG_HAYASE,
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="aoba-unyuu.co.jp is a look-alike (letter added) of partner aoba-unyu.co.jp",
))

# S21 look-alike of partner shirakawa-law.jp (co. added)
M.append(dict(
    sender=TACHIBANA, to=["近藤先生 <kondo@shirakawa-law.co.jp>"], charset="utf-8",
    subject="示談書（案）のご確認のお願い",
    body="""白川法律事務所
近藤先生

いつもお世話になっております。日の出産業 法務部の立花です。

先日ご相談した大宮の事故（相手方：田所様）の示談書案を、相手方保険会社から受領しました。
本文を以下に貼り付けますので、当社として修正すべき点があればご指摘いただけますでしょうか。

――――――――――
示談書（案）
第1条　甲（日の出産業株式会社）と乙（田所 剛）は、令和7年10月20日に発生した交通事故に関し、
　　　 乙は甲に対し、物的損害の賠償金として金1,284,600円を支払う。
第2条　甲および乙は、本示談書に定めるほか、何らの債権債務がないことを相互に確認する。
――――――――――
""" + SIG_TACHIBANA,
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="shirakawa-law.co.jp is a look-alike (co. inserted) of the partner law firm's shirakawa-law.jp",
))

# S22 look-alike of the organisation's own domain (.com)
M.append(dict(
    sender=AOYAGI, to=["石黒 直樹 <ishiguro.n@hinode-sangyo.com>"], charset="iso-2022-jp",
    subject="事故報告書（森さん分）を送ります",
    body="""石黒さん

お疲れさまです。川越の青柳です。
本日の接触事故の報告書です。社内様式に記入しました。

運転者：森 和也
連絡先（社用携帯）：０８０－５５７２－１９０３
事故日時：１０／２１　９：１５頃
場所：川越市脇田本町　駐車場内
状況：駐車場内でバック中に隣の車両（相手方：個人）に接触。けが人なし。

相手方には保険会社から連絡が行く旨伝えてあります。

青柳
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyo.com is a look-alike (TLD swap) of the organisation's own hinode-sangyo.co.jp",
))

# S23 look-alike of partner kitaguni-foods.co.jp (s dropped)
M.append(dict(
    sender="営業部 小松 <komatsu.h@hinode-sangyo.co.jp>", to=["店舗開発部 内海様 <utsumi@kitaguni-food.co.jp>"],
    charset="shift_jis",
    subject="【お詫び】配送車両による八王子店様テント損傷について",
    body="""北国フーズ株式会社
店舗開発部　内海様

いつも大変お世話になっております。日の出産業 営業部の小松でございます。

昨日、弊社配送車両が八王子店様の搬入口で後退した際、店舗入口のテント（日除け）に接触し、
フレームを曲げてしまいました。大変申し訳ございません。

修理につきましては、弊社の施設・自動車保険で対応させていただきます。
貴社指定の施工業者様がいらっしゃいましたらお知らせいただけますでしょうか。

日の出産業株式会社 営業部
小松 浩平　TEL 03-5401-2261
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp drops a letter from partner kitaguni-foods.co.jp: look-alike",
))

# S24 look-alike of partner sakura-hotel.jp (homoglyph 1 for l)
M.append(dict(
    sender=MIYAKE, to=["宴会営業課 <banquet@sakura-hote1.jp>"], charset="utf-8",
    subject="10/17 懇親会での宴会場カーペット汚損について",
    body="""さくらホテル
宴会営業課 ご担当者様

いつもお世話になっております。日の出産業の三宅でございます。

10月17日の弊社懇親会の際、参加者が赤ワインのボトルを倒し、宴会場「桜の間」のカーペットを
汚損してしまいましたこと、改めてお詫び申し上げます。

クリーニングまたは張替えの費用につきましては、弊社の賠償責任保険で対応できるか確認中です。
お見積書をお送りいただけますでしょうか。
""" + SIG_MIYAKE,
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="sakura-hote1.jp uses the digit 1 for l: homoglyph look-alike of partner sakura-hotel.jp",
))

# S25 investigation report stamped 社外秘 (DOCX header) to the loss adjuster
M.append(dict(
    sender=HAYASE, to=[ADJUSTER], cc=["ishiguro.n@hinode-sangyo.co.jp"], charset="utf-8",
    subject="倉庫ラック倒壊事故　社内調査報告書の送付",
    body="""東海損害鑑定株式会社
渡会様

お世話になっております。厚木物流センターの早瀬です。
先日の現地調査の際にご依頼いただいた、ラック倒壊事故の社内調査報告書を添付いたします。
損害額の算定にお役立てください。
""" + SIG_HAYASE,
    attachments=[dict(kind="docx", name="ラック倒壊事故_調査報告書_v2.docx", page_header="社外秘",
        title="ラック倒壊事故 調査報告書",
        paragraphs=["ラック倒壊事故 調査報告書", "1. 発生日時　2025年9月16日 14時05分",
                    "2. 発生場所　厚木物流センター 第2倉庫 C列",
                    "3. 概要　フォークリフトがラック支柱に接触し、C列のラック3連（約12m）が倒壊。人的被害なし。",
                    "4. 原因　通路幅不足（基準2.8mに対し2.5m）、支柱プロテクター未設置、作業者の確認不足。",
                    "5. 損害　ラック本体、保管商品（家電製品 約1,900ケース）、床面の一部損傷。",
                    "6. 再発防止策　支柱プロテクターの全数設置、C列レイアウト変更、構内速度の見直し。"],
        tables=[[["損害区分", "数量", "概算額（円）"], ["ラック本体", "3連", "2,460,000"],
                 ["保管商品", "1,912ケース", "14,380,000"], ["床補修", "一式", "620,000"]]])],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached report carries a 社外秘 page header and goes to an external adjuster",
))

# S26 mail itself classified 取扱注意
M.append(dict(
    sender=MIYAKE, to=[AGENT], charset="iso-2022-jp",
    subject="【取扱注意】次年度更改に向けた当社方針（損害率・保険料）",
    body="""取扱注意／関係者限り

ひなた保険サービス
大河内様

いつもお世話になっております。三宅です。
次年度の自動車保険（フリート）更改に向けて、社内で決定した方針をお伝えします。

・過去３年の損害率は７８％。保険料の増額は前年比１０％以内を上限としたい
・車両保険は初年度登録から７年超の車両（２３台）について外す方向
・他社（２社）からも見積を取得予定。条件次第では引受会社の変更もあり得る

上記は社内の意思決定段階の情報ですので、引受会社への開示範囲はご相談させてください。
""" + SIG_MIYAKE,
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the mail is stamped 【取扱注意】／関係者限り and goes to the external agent",
))

# S27 English: PDF marked CONFIDENTIAL to the overseas marine surveyor
M.append(dict(
    sender=NOGUCHI, to=["Jason Tan <j.tan@pacmarine-survey.com>"], charset="utf-8",
    subject="Container damage at Chiba warehouse - internal investigation report",
    body="""Dear Mr. Tan,

Thank you for your visit to our Chiba warehouse last week.
As requested, please find attached our internal investigation report on the damaged
containers (B/L No. PMSU-7781204). The report explains the handling sequence and the
reach stacker incident on 24 September.

Please let me know if you need the CCTV footage as well.

Best regards,
""" + SIG_NOGUCHI,
    attachments=[dict(kind="pdf", name="Investigation_Report_Chiba_0924.pdf", page_header="CONFIDENTIAL",
        title="Internal Investigation Report",
        lines=["Internal Investigation Report - Reach stacker incident, Chiba warehouse",
               "Date of incident: 24 Sep 2025, approx. 15:10",
               "Summary: while restacking, the spreader struck the top of container TGHU 4417826.",
               "Root cause: wind speed above operating limit; work was not suspended.",
               "Corrective actions: anemometer alarm linked to the stacker, revised work rules."],
        table=[["Container", "Damage", "Est. cost (JPY)"], ["TGHU 4417826", "roof panel torn", "1,250,000"],
               ["MSKU 9025531", "side rail dented", "380,000"]])],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached PDF carries a CONFIDENTIAL page header and goes to an external surveyor",
))

# S28 PPAP zip to the agent
M.append(dict(
    sender=ISHIGURO, to=[AGENT], charset="shift_jis",
    subject="事故報告書一式の送付（パスワード別送）",
    body="""大河内様

お世話になっております。石黒です。
10/14 川越の追突事故の関係書類一式（事故報告書、現場見取図、写真）をZIPでお送りします。
パスワードは別メールにてお知らせいたします。

※当社規程により、添付ファイルは暗号化して送付しております。
""" + SIG_ISHIGURO,
    attachments=[dict(kind="zip", name="事故報告書一式_1014.zip", password="Hn1014#kwg",
        files=[dict(kind="txt", name="事故報告書.txt", text="事故報告書\n事故日時 2025/10/14 16:20\n場所 川越市的場\n"),
               dict(kind="png", name="現場写真1.png")])],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP cannot be inspected",
))

# S29 corrupt PDF estimate forwarded to the insurer
M.append(dict(
    sender=AOYAGI, to=[INSURER], charset="utf-8",
    subject="修理見積書の送付（所沢400さ72-15）",
    body="""常盤損害保険
松岡様

お世話になっております。川越営業所の青柳です。
黒田モータースから受領した修理見積書を添付します。
リアバンパー、バックドア交換で、概算は税込 48万円ほどとのことです。

協定のほどよろしくお願いいたします。
""" + SIG_AOYAGI,
    attachments=[dict(kind="corrupt", name="見積書_黒田モータース_Q25-1187.pdf")],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt: it cannot be read",
))

# S30 protected PDF to the other party's insurer
M.append(dict(
    sender=TACHIBANA, to=[OTHER_INS], charset="iso-2022-jp",
    subject="免責証書（案）の送付",
    body="""みなと海上火災保険株式会社
奥寺様

お世話になっております。日の出産業 法務部の立花です。
ご依頼の免責証書（案）をPDFにてお送りいたします。
ファイルには閲覧制限をかけておりますので、パスワードはお電話でお伝えいたします。
""" + SIG_TACHIBANA,
    attachments=[dict(kind="pdf", name="免責証書_案_1002事故.pdf", password="minato-1002",
        lines=["免責証書（案）", "事故日：令和7年10月2日", "損害額：金 1,746,300 円"])],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the PDF is password-protected and cannot be inspected",
))

# S31 ZIP (not encrypted) with an XLSX of workplace injuries, names and diagnoses
M.append(dict(
    sender=HONDA, to=[AGENT2], charset="utf-8",
    subject="使用者賠償責任保険　見積用資料（労災発生状況）",
    body="""佐伯様

お世話になっております。本多です。
使用者賠償責任保険（労災上乗せ）の見積に必要とのことでしたので、
過去2年間の労災発生状況をまとめたExcelをZIPにしてお送りします（パスワードはかけていません）。
""" + SIG_HONDA,
    attachments=[dict(kind="zip", name="労災資料_20251015.zip", files=[
        dict(kind="xlsx", name="労災発生状況_2024-2025.xlsx", sheets={
            "一覧": [
                ["労災発生状況（2024年4月〜2025年9月）"],
                ["発生日", "事業所", "被災者", "年齢", "傷病名", "休業日数", "区分"],
                ["2024/05/13", "厚木物流C", "大門 啓太", 32, "腰椎捻挫", 6, "業務災害"],
                ["2024/08/02", "千葉倉庫", "嘉数 信也", 36, "熱中症", 2, "業務災害"],
                ["2024/11/21", "川越営業所", "森 和也", 37, "右手指挫創", 0, "業務災害"],
                ["2025/01/17", "本社", "芦田 理沙", 23, "左足関節捻挫（通勤途中の転倒）", 4, "通勤災害"],
                ["2025/03/04", "厚木物流C", "一ノ瀬 航", 24, "左前腕骨折", 38, "業務災害"],
                ["2025/06/30", "大宮営業所", "百瀬 紗希", 27, "頭部打撲", 1, "業務災害"],
                ["2025/09/29", "厚木物流C", "真壁 孝之", 53, "右足関節骨折", "継続中", "業務災害"],
            ],
            "集計": [["区分", "件数"], ["業務災害", 6], ["通勤災害", 1]],
        })])],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="XLSX in a plain ZIP lists 7 named employees with their injuries: list + 要配慮個人情報",
))

# =====================================================================================
# EITHER
# =====================================================================================

M.append(dict(
    sender=ISHIGURO, to=[AGENT2], charset="shift_jis",
    subject="Re: 10/21 脇田本町の事故　その後の状況",
    body="""佐伯様

お世話になっております。石黒です。
10/21の件、その後の状況をお知らせします。

・相手方車両：修理工場にて見積中（相手方ご本人と保険会社で調整中）
・当方車両：損傷軽微のため修理せず
・運転者の川端は軽いけがで、念のため本日も近所の接骨院に通っております。
　本人は業務に支障ないと言っておりますが、経過を見て労災の手続きも検討します。

引き続きよろしくお願いいたします。
""" + SIG_ISHIGURO,
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named driver 'slightly injured, attending a bone-setter' without a diagnosis: health info or not is arguable",
))

M.append(dict(
    sender=AOYAGI, to=[INSURER], charset="utf-8",
    subject="事故車両の乗車者について（お問い合わせの件）",
    body="""松岡様

お世話になっております。青柳です。
事故当時、当該車両に乗車していた者は以下の5名です。
いずれも当社社員で、連絡先は会社貸与の携帯電話です。念のため警察の聴取にも同じ内容で回答しています。

　青柳 翔（運転）　　営業一課　080-5572-1810
　森 和也　　　　　　営業一課　080-5572-1903
　鶴見 亜希子　　　　営業二課　080-5572-1944
　権藤 大輝　　　　　営業二課　080-5572-2017
　外山 美桜　　　　　経理部　　080-5572-2120

よろしくお願いいたします。
""" + SIG_AOYAGI,
    expect="either", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five names with company-issued mobiles: a list of five people, or five business contacts — arguable",
))

M.append(dict(
    sender=ISHIGURO, to=[OTHER_INS], charset="iso-2022-jp",
    subject="相手方ご主張（運転者の体調）への回答",
    body="""みなと海上火災保険株式会社
奥寺様

お世話になっております。日の出産業の石黒です。

相手方様から「当方運転者が運転中に意識を失ったのではないか」とのご指摘があった件について回答いたします。
運転者の堀内は、本年５月の定期健康診断で特記すべき所見はなく、てんかん等の既往歴もございません。
事故直後の警察の聴取でも、意識ははっきりしていたことが確認されております。

したがって、体調不良が事故原因であるとのご主張には同意いたしかねます。
""" + SIG_ISHIGURO,
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named driver's health check 'no findings, no epilepsy history': health information even if negative? arguable",
))

# =====================================================================================
# PASS
# =====================================================================================

# P1 first report, no personal data beyond a name
M.append(dict(
    sender=ISHIGURO, to=[AGENT], charset="iso-2022-jp",
    subject="事故第一報（１０／２１　川越市脇田本町）",
    body="""大河内様

いつもお世話になっております。日の出産業の石黒です。
本日、下記の物損事故が発生しましたので第一報をお送りします。

１．日時　　１０月２１日（火）９時１５分頃
２．場所　　川越市脇田本町　商業施設駐車場内
３．車両　　当社　日産 ＡＤバン（所沢 ４００ す ８８－０２）
４．状況　　駐車場内で後退中、隣に駐車中の相手方車両（個人所有）の左前部に接触
５．負傷　　なし
６．警察　　川越警察署へ届出済（受理番号は後日）

相手方には、保険会社からご連絡する旨お伝えしております。
対物での受付をお願いいたします。
""" + SIG_ISHIGURO,
    expect="pass", entities=[], detectors=[],
    note="first accident report with vehicle plates and place but no one's personal data",
))

# P2 repair estimate forwarded, PDF table of parts
M.append(dict(
    sender=AOYAGI, to=[INSURER], charset="shift_jis",
    subject="FW: お見積書送付の件（黒田モータース）",
    body="""松岡様

お世話になっております。川越営業所の青柳です。
黒田モータースから届いた見積書を転送いたします。ご査収ください。

-----Original Message-----
From: 黒田モータース <service@kuroda-motors.co.jp>
Sent: Thursday, October 16, 2025 5:42 PM
To: aoyagi.s@hinode-sangyo.co.jp
Subject: お見積書送付の件

日の出産業 青柳様

本日はご入庫ありがとうございました。
プロボックス（所沢400さ72-15）の修理見積書を添付いたします。
部品の納期は約5営業日です。保険会社様のアジャスターの立会いは明日午後で調整済みです。

黒田モータース 工場長 黒田 勝
〒350-1151 埼玉県川越市今福1022-3
TEL 049-241-6680
""",
    attachments=[dict(kind="pdf", name="御見積書_Q25-1187.pdf", title="御見積書",
        lines=["御見積書　No. Q25-1187", "日の出産業株式会社 御中", "車両：トヨタ プロボックス 所沢400さ72-15",
               "車台番号：NCP160-0148826", "見積金額合計（税込）：483,560円"],
        table=[["作業・部品", "数量", "部品代", "工賃"], ["リヤバンパー ASSY 交換", "1", "38,400", "12,000"],
               ["バックドア パネル 交換", "1", "96,800", "36,000"], ["バックドア 塗装", "1", "-", "68,000"],
               ["リヤコンビランプ 左", "1", "18,700", "4,000"], ["フレーム修正", "一式", "-", "120,000"],
               ["諸費用（廃材処分等）", "一式", "-", "8,500"]])],
    expect="pass", entities=[], detectors=[],
    note="forwarded repair estimate: parts, prices, plate and chassis number, shop's business contact only",
))

# P3 reply whose quote holds licence numbers sent earlier
M.append(dict(
    sender=ISHIGURO, to=[AGENT], charset="utf-8",
    subject="Re: Re: 運転者登録一覧の件",
    body="""大河内様

ご確認ありがとうございます。
7名とも登録完了とのこと、承知いたしました。
沢渡の免許の更新（1月）が済みましたら、改めてご連絡いたします。

石黒

-----Original Message-----
差出人: 大河内 <okochi@hinata-agency.co.jp>
送信日時: 2025年10月6日 10:12
宛先: 石黒 直樹 <ishiguro.n@hinode-sangyo.co.jp>
件名: Re: 運転者登録一覧の件

石黒様

運転者一覧を拝受し、引受保険会社への登録が完了しました。
なお、下記の方は免許の有効期限が近いのでご注意ください。

> 7　沢渡 彩　サワタリ アヤ　2001/12/05　免許証番号 302002907310　グリーン　2026/01/05　千葉倉庫

ひなた保険サービス 大河内
""",
    expect="pass", entities=[], detectors=[],
    note="the licence number and DOB sit only in text quoted from the agent's own mail; new text carries nothing",
))

# P4 one other party's contact to the insurer
M.append(dict(
    sender=ISHIGURO, to=[INSURER], charset="iso-2022-jp",
    subject="１０／２１事故　相手方連絡先",
    body="""松岡様

お世話になっております。石黒です。
１０／２１の駐車場内の接触事故の相手方連絡先をお知らせします。
相手方ご本人から、保険会社から連絡してほしいとのご希望を伺っております。

　相手方：羽田 由貴 様
　住所　：埼玉県川越市脇田本町１１－４－６０８
　電話　：０８０－２２１９－６４７０（平日１８時以降希望）
　車両　：スズキ ハスラー（川越 ５８０ と ４１－１１）

よろしくお願いいたします。
""" + SIG_ISHIGURO,
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one other party's contact details to the insurer handling the claim: one person, may warn",
))

# P5 apology to the other party on gmail
M.append(dict(
    sender=ISHIGURO, to=["羽田 由貴 様 <haneda.yuki0412@gmail.com>"], charset="utf-8",
    subject="日の出産業　10月21日の接触事故について（お詫びとご連絡）",
    body="""羽田 由貴 様

突然のご連絡失礼いたします。日の出産業株式会社 総務部の石黒と申します。
10月21日、弊社社員の運転する車両が羽田様のお車に接触し、ご迷惑をおかけいたしましたこと、
心よりお詫び申し上げます。

お車の修理費用につきましては、弊社が加入する常盤損害保険にて対応させていただきます。
同社の担当者から近日中にご連絡が入りますので、修理工場のご希望などをお伝えください。

　常盤損害保険株式会社 埼玉損害サービス課　担当：松岡
　TEL 048-600-3321（平日9:00～17:00）

ご不明な点がございましたら、私までご連絡ください。
""" + SIG_ISHIGURO,
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one private person (the other party) on gmail; only the insurer's business contact in the text",
))

# P6 internal: full driver register with licence numbers
M.append(dict(
    sender=ISHIGURO, to=["川越営業所 所長 <kawagoe-mgr@hinode-sangyo.co.jp>", "aoyagi.s@hinode-sangyo.co.jp"],
    cc=["miyake.y@hinode-sangyo.co.jp"], charset="utf-8",
    subject="【要確認】川越営業所 運転者台帳（免許証情報の確認）",
    body="""川越営業所 各位

お疲れさまです。総務の石黒です。
運転者台帳の年次確認です。免許証番号・有効期限に誤りがないか、各自の免許証と照合のうえ
10/24までに返信ください。

氏名        生年月日     免許証番号      有効期限
----------  -----------  --------------  ----------
青柳 翔     1990/03/18   301004123450    2027/04/18
森 和也     1987/11/02   451207385160    2028/12/02
権藤 大輝   1997/11/02   451801447390    2027/12/02
川端 誠司   1984/07/07   450614092280    2026/08/07
外山 美桜   2002/03/07   302101662150    2026/04/07

石黒
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], detectors=[],
    note="driver register with licence numbers, but every recipient is internal",
))

# P7 internal: investigation report stamped 社外秘
M.append(dict(
    sender=HAYASE, to=["miyake.y@hinode-sangyo.co.jp", "honda.s@hinode-sangyo.co.jp"], charset="iso-2022-jp",
    subject="【社外秘】ラック倒壊事故　調査報告書（最終版）",
    body="""三宅部長、本多さん

お疲れさまです。早瀬です。
ラック倒壊事故の調査報告書（最終版）を添付します。
鑑定会社に出す版は、原因分析のうち作業者個人の記載を削ったものを別途用意します。

早瀬
""",
    attachments=[dict(kind="docx", name="ラック倒壊事故_調査報告書_最終.docx", page_header="社外秘",
        paragraphs=["ラック倒壊事故 調査報告書（最終版）", "作業者：五十嵐 拓（入社2年目、フォークリフト技能講習修了）",
                    "原因：通路幅不足と確認不足。作業者は前日夜勤明けであった。"])],
    expect="pass", entities=["PERSON_NAME"], detectors=[],
    note="社外秘 report sent only to internal recipients",
))

# P8 agent + insurer: two external organisations
M.append(dict(
    sender=ISHIGURO, to=[AGENT], cc=[INSURER, "aoyagi.s@hinode-sangyo.co.jp"], charset="shift_jis",
    subject="車両保険の請求について（所沢400さ72-15）",
    body="""大河内様
（cc：常盤損害保険 松岡様）

お世話になっております。石黒です。
10/14の追突事故ですが、相手方保険会社との過失割合の協議が長引きそうなため、
先に当社の車両保険で修理費を支払っていただき、相手方への求償は保険会社様にお願いする形に
できればと考えております。

その場合、ノンフリート等級ではなくフリート契約のため保険料への影響は翌年度の損害率に
反映されるという理解でよろしいでしょうか。
""" + SIG_ISHIGURO,
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="agent and insurer (two external organisations) in To/Cc: a normal three-way mail",
))

# P9 vehicle list without people
M.append(dict(
    sender=ISHIGURO, to=[AGENT], charset="utf-8",
    subject="フリート契約更改　車両明細の送付",
    body="""大河内様

お世話になっております。石黒です。
更改用の車両明細をお送りします。昨年からの変更点は「変更」シートにまとめています。
""" + SIG_ISHIGURO,
    attachments=[dict(kind="xlsx", name="車両明細_2026更改.xlsx", sheets={
        "車両明細": [
            ["日の出産業株式会社　保有車両明細（2025/10/01）"],
            ["No", "登録番号", "車名", "型式", "車台番号", "初度登録", "用途", "配置"],
            [1, "所沢400さ72-15", "プロボックス", "NCP160V", "NCP160-0148826", "2019/04", "営業", "川越"],
            [2, "所沢400す88-02", "ADバン", "VY12", "VY12-271733", "2018/10", "営業", "川越"],
            [3, "大宮400せ10-47", "プロボックス", "NHP160V", "NHP160-0063191", "2021/02", "営業", "大宮"],
            [4, "相模100か55-90", "エルフ 2t", "TRG-NJR85A", "NJR85-7072115", "2020/06", "配送", "厚木"],
            [5, "相模100か61-08", "エルフ 2t", "2RG-NJR88A", "NJR88-7014402", "2022/09", "配送", "厚木"],
            [6, "相模800は30-12", "フォークリフト", "8FBE15", "8FBE15-51027", "2017/03", "構内", "厚木"],
            [7, "品川300ら21-36", "クラウン", "AZSH20", "AZSH20-1077214", "2023/01", "役員", "本社"],
            [8, "品川500ほ84-73", "アクア", "MXPK11", "MXPK11-2109955", "2022/11", "営業", "本社"],
            [9, "習志野400と19-29", "ハイエース", "GDH201V", "GDH201-1039127", "2019/12", "配送", "千葉"],
            [10, "名古屋400ち66-54", "プロボックス", "NCP165V", "NCP165-0092760", "2018/05", "営業", "名古屋"],
        ],
        "変更": [["区分", "登録番号", "内容"], ["追加", "品川500ほ84-73", "2025/04 新規登録"],
                 ["削除", "名古屋400ち12-08", "2025/06 廃車"]],
    })],
    expect="pass", entities=[], detectors=[],
    note="ten vehicles with plates and chassis numbers: a list of vehicles, not of people",
))

# P10 list of repair shops (businesses)
M.append(dict(
    sender=ISHIGURO, to=[AGENT2], charset="iso-2022-jp",
    subject="各営業所の入庫先（指定工場）について",
    body="""佐伯様

お世話になっております。石黒です。
各営業所で事故車を入庫する際の工場は下記のとおりです。保険会社様の提携工場かどうか
ご確認いただけますか。

・川越営業所　　　黒田モータース　　　　埼玉県川越市今福１０２２－３　　０４９－２４１－６６８０
・大宮営業所　　　有限会社 見沼自動車　さいたま市見沼区大和田町２－１８０　０４８－６８３－２２０１
・厚木物流Ｃ　　　相模オートサービス　　神奈川県厚木市妻田北４－３－２　　０４６－２２３－８８４５
・千葉倉庫　　　　行徳ボデー工業　　　　千葉県市川市高浜町７－５　　　　　０４７－３９８－１１３０
・名古屋支店　　　株式会社 港栄モータ　名古屋市港区木場町１１－４　　　　０５２－６９１－４７７２

よろしくお願いします。
""" + SIG_ISHIGURO,
    expect="pass", entities=[], detectors=[],
    note="five repair shops with addresses and switchboards: a list of businesses",
))

# P11 sites list for the facility liability policy
M.append(dict(
    sender=MIYAKE, to=[AGENT], charset="utf-8",
    subject="施設賠償責任保険　対象施設一覧（更新用）",
    body="""大河内様

お世話になっております。三宅です。
施設賠償の更新にあたり、対象施設の一覧をCSVでお送りします。千葉倉庫の面積が増床で変わっています。
""" + SIG_MIYAKE,
    attachments=[dict(kind="csv", name="対象施設一覧.csv", encoding="utf-8", rows=[
        ["施設名", "所在地", "延床面積(㎡)", "用途", "代表電話"],
        ["本社", "東京都港区浜松町2-7-15 日の出ビル5F", "1,240", "事務所", "03-5401-2200"],
        ["川越営業所", "埼玉県川越市新宿町5-14-3", "410", "事務所・駐車場", "049-246-3350"],
        ["大宮営業所（直売コーナー併設）", "さいたま市大宮区桜木町4-210", "520", "事務所・店舗", "048-686-5520"],
        ["厚木物流センター", "神奈川県厚木市上依知3015-2", "18,600", "倉庫", "046-285-7710"],
        ["千葉倉庫", "千葉県市川市高浜町9-2", "7,950", "倉庫", "047-398-4400"],
        ["名古屋支店", "名古屋市中村区名駅南2-8-17", "380", "事務所", "052-581-3030"],
    ])],
    expect="pass", entities=[], detectors=[],
    note="sites with addresses and switchboards: company premises, not people",
))

# P12 draft settlement to the other party's lawyer, one person, confidentiality clause
M.append(dict(
    sender=TACHIBANA, to=["霞総合法律事務所 長谷部先生 <hasebe@kasumi-law.jp>"], charset="utf-8",
    subject="示談書（案）送付の件（令和7年10月2日 港区海岸での事故）",
    body="""霞総合法律事務所
弁護士 長谷部 様

お世話になっております。日の出産業株式会社 法務部の立花でございます。
先日のお電話でご依頼者様と合意いただいた内容で、示談書（案）を作成いたしました。
第5条（守秘義務）は、貴職からのご要望どおり「本示談の内容を第三者に開示しない」旨を加えております。

ご確認のうえ、修正点がございましたらお知らせください。
""" + SIG_TACHIBANA,
    attachments=[dict(kind="docx", name="示談書案_20251028.docx",
        paragraphs=["示　談　書（案）",
                    "甲：日の出産業株式会社（東京都港区浜松町2-7-15）",
                    "乙：早乙女 光（東京都港区海岸3-9-1-1207）",
                    "第1条　令和7年10月2日に東京都港区海岸3丁目先路上で発生した交通事故について、甲は乙に対し物損の賠償として金382,000円を支払う。",
                    "第2条　甲は前条の金員を令和7年11月30日までに乙の指定する口座に振り込む。",
                    "第5条　甲及び乙は、本示談の内容を正当な理由なく第三者に開示しない。",
                    "第6条　甲及び乙は、本示談書に定めるほか何らの債権債務のないことを確認する。"])],
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="settlement draft naming one counterpart with his address, to his own lawyer; 守秘 clause is a mention, not a marking",
))

# P13 Japanese standard disclaimer
M.append(dict(
    sender=OIKAWA, to=["常盤損害保険 保険金支払担当 <shiharai@tokiwa-sonpo.co.jp>"], charset="iso-2022-jp",
    subject="保険金支払通知書の受領について（事故番号 ２５－Ｋ０３３１８）",
    body="""常盤損害保険株式会社
保険金支払ご担当者様

いつもお世話になっております。日の出産業 経理部の及川です。
事故番号２５－Ｋ０３３１８の保険金支払通知書を拝受いたしました。
１０月３１日付で４８３，５６０円の入金を確認しております。ありがとうございました。
""" + SIG_OIKAWA + "\n" + DISC_JP,
    expect="pass", entities=[], detectors=[],
    note="payment acknowledgement with claim number and amount; the 機密情報 disclaimer is not a marking",
))

# P14 English mail with English disclaimer
M.append(dict(
    sender=NOGUCHI, to=["Claims Team <claims@northbridge-marine.com>"], charset="utf-8",
    subject="Re: Cargo claim NBM-25-04471 - survey schedule",
    body="""Dear Claims Team,

Thank you for appointing the surveyor. Our Chiba warehouse can accommodate a joint survey
on 5 November from 10:00. The damaged cartons (38 cartons, PO 4500219930) are kept
segregated in bay C-4. Please ask the surveyor to report to the security gate.

Kind regards,
""" + SIG_NOGUCHI + "\n" + DISC_EN,
    expect="pass", entities=[], detectors=[],
    note="English claim correspondence with PO and claim numbers; standard confidentiality disclaimer only",
))

# P15 mail about an NDA before sharing dashcam footage
M.append(dict(
    sender=HAYASE, to=[ADJUSTER], charset="shift_jis",
    subject="ドライブレコーダー映像のご提供と秘密保持契約について",
    body="""東海損害鑑定
渡会様

お世話になっております。厚木物流センターの早瀬です。
ご依頼のドライブレコーダー映像ですが、構内の他社車両や荷主様の貨物が映り込んでいるため、
当社法務から、ご提供前に秘密保持契約（NDA）を締結してほしいとの指示がありました。

当社ひな形の秘密保持契約書をお送りしてもよろしいでしょうか。
貴社ひな形がございましたら、そちらでも構いません。
""" + SIG_HAYASE,
    expect="pass", entities=[], detectors=[],
    note="mail about concluding an NDA: the word 秘密保持 is a mention, not a marking",
))

# P16 three attendees with mobile numbers to the partner law firm
M.append(dict(
    sender=TACHIBANA, to=[LAW], charset="utf-8",
    subject="11/5 示談協議の出席者について",
    body="""白川先生

お世話になっております。立花です。
11/5の協議には当社から下記3名が出席いたします。当日の緊急連絡先も併記します。

  立花 玲奈（法務部）    090-6631-0825
  石黒 直樹（総務部）    080-4470-3318
  青柳 翔（川越営業所）  080-5572-1810

先生には13:30に本社1階受付にお越しいただければ、ご案内いたします。
""" + SIG_TACHIBANA,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three attendees with their mobiles to one external firm: below five people, may warn",
))

# P17 accident statistics by site
M.append(dict(
    sender=ISHIGURO, to=[AGENT], charset="iso-2022-jp",
    subject="上期の事故件数（営業所別）",
    body="""大河内様

お世話になっております。石黒です。
安全運転講習の資料用に、上期（４～９月）の事故件数をまとめました。

営業所　　　　件数　対人　対物　車両のみ　支払保険金（千円）
---------------------------------------------------------------
本社　　　　　　２　　０　　　１　　１　　　　　　　４１２
川越　　　　　　５　　１　　　３　　１　　　　　２，０８８
大宮　　　　　　３　　０　　　２　　１　　　　　　　９７５
厚木　　　　　　４　　０　　　２　　２　　　　　１，５６０
千葉　　　　　　１　　０　　　０　　１　　　　　　　２３０
名古屋　　　　　２　　１　　　１　　０　　　　　１，１４４
---------------------------------------------------------------
計　　　　　　１７　　２　　　９　　６　　　　　６，４０９

よろしくお願いいたします。
""" + SIG_ISHIGURO,
    expect="pass", entities=[], detectors=[],
    note="aggregate accident statistics per site: no person in it",
))

# P18 payment notice to repair shop with its 登録番号 (T-number)
_T_KURODA = corp_number("030001055921")
M.append(dict(
    sender=OIKAWA, to=[SHOP], charset="utf-8",
    subject="お支払いのご案内（請求書 No.K-25-0412）",
    body="""黒田モータース 御中

いつもお世話になっております。日の出産業 経理部の及川です。
下記請求書につきまして、10月末日にお振込みいたしますのでご案内申し上げます。

  請求書番号：K-25-0412
  適格請求書発行事業者登録番号：T""" + _T_KURODA + """
  請求金額：483,560円（うち消費税 43,960円）
  振込予定日：2025年10月31日
  振込先：みどり銀行 川越支店 当座 0081427 ㈱クロダモータース

なお、保険会社からの支払とは別に当社から直接お支払いする分です。
""" + SIG_OIKAWA,
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice payment notice: a company's T-number and company bank account, no personal data",
))

# P19 our own bank account for the claim payment
M.append(dict(
    sender=OIKAWA, to=[INSURER], charset="shift_jis",
    subject="保険金のお振込先について",
    body="""常盤損害保険
松岡様

お世話になっております。日の出産業 経理部の及川です。
車両保険金のお振込先は下記の法人口座にてお願いいたします。

　金融機関：みどり銀行　浜松町支店（店番 214）
　種別　　：普通
　口座番号：3318064
　口座名義：ヒノデサンギョウ（カ

よろしくお願い申し上げます。
""" + SIG_OIKAWA,
    expect="pass", entities=[], detectors=[],
    note="the company's own bank account for the claim payment: a business account, not personal data",
))

# P20 the other party's personal bank account for the settlement (one person)
M.append(dict(
    sender=TACHIBANA, to=[INSURER], charset="iso-2022-jp",
    subject="示談金の振込先（早乙女様分）",
    body="""松岡様

お世話になっております。立花です。
示談が成立しましたので、相手方の早乙女様から伺った振込先をお知らせします。
賠償金のお支払いをお願いいたします。

　口座名義：サオトメ ヒカル
　銀行　　：ひまわり信用金庫　芝浦支店
　普通預金　口座番号 ０６７２１９３

示談書の写しは本日郵送しました。
""" + SIG_TACHIBANA,
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="one counterpart's personal bank account to the paying insurer: one person's record, may warn",
))

# P21 My Number mentioned but not given
M.append(dict(
    sender=KUWAHARA, to=[SR], charset="utf-8",
    subject="Re: 休業補償給付の請求書について",
    body="""中井先生

ご連絡ありがとうございます。
休業補償給付の請求書には個人番号（マイナンバー）の記載が不要とのこと、承知いたしました。
障害補償給付の段階で必要になる場合は、本人から直接書類をお渡しする形にいたします。

事業主証明欄の押印は明日中に済ませ、郵送いたします。
""" + SIG_KUWAHARA,
    expect="pass", entities=[], detectors=[],
    note="talks about マイナンバー but carries none",
))

# P22 licence copy will be posted, not e-mailed
M.append(dict(
    sender=HAYASE, to=[INSURER], charset="iso-2022-jp",
    subject="Re: 運転者の免許証写しのご提出について",
    body="""松岡様

お世話になっております。早瀬です。
運転者の運転免許証・在留カードの写しにつきましては、当社の個人情報取扱規程により
メールでの送付ができないため、本日、簡易書留にて郵送いたしました。
（追跡番号：３４１８－７２２０－５５０３）

到着まで２～３日かかる見込みです。よろしくお願いいたします。
""" + SIG_HAYASE,
    expect="pass", entities=[], detectors=[],
    note="mentions 免許証 and 在留カード but sends no numbers; only a postal tracking number",
))

# P23 dashcam download link
M.append(dict(
    sender=AOYAGI, to=[INSURER], charset="utf-8",
    subject="ドラレコ映像（10/14 追突事故）の共有",
    body="""松岡様

お世話になっております。青柳です。
10/14の追突事故のドライブレコーダー映像を、社内のファイル共有サービスにアップロードしました。
下記URLからダウンロードできます（有効期限：11/14まで）。

  https://share.hinode-sangyo.co.jp/s/8KpQ2vLm7x
  ファイル：20251014_162012_rear.mp4（前方・後方 各2分）

後方カメラに相手方車両が減速せずに接近してくる様子が映っております。
""" + SIG_AOYAGI,
    expect="pass", entities=[], detectors=[],
    note="download link to dashcam footage; nothing personal in the mail",
))

# P24 photos of the damaged gate to the partner transport company
M.append(dict(
    sender=HAYASE, to=["青葉運輸 安全管理部 <anzen@aoba-unyu.co.jp>"], charset="shift_jis",
    subject="北門門扉損傷の件　写真と見積の送付",
    body="""青葉運輸株式会社
安全管理部 ご担当者様

いつもお世話になっております。厚木物流センターの早瀬です。
先日の北門門扉の件、写真3枚と門扉メーカーの見積書をお送りします。
見積額は撤去・新設込みで1,870,000円（税別）です。

貴社保険会社様の立会いが必要でしたら、日程をご指示ください。
""" + SIG_HAYASE,
    attachments=[dict(kind="png", name="北門_全景.png"), dict(kind="png", name="北門_レール変形.png"),
                 dict(kind="png", name="北門_車両接触痕.png"),
                 dict(kind="pdf", name="見積書_門扉.pdf", lines=["御見積書", "電動スライド門扉 撤去・新設工事",
                                                                "合計 1,870,000円（税別）"])],
    expect="pass", entities=[], detectors=[],
    note="photos and a gate quote to the real partner domain aoba-unyu.co.jp",
))

# P25 lightning damage: repair quote request to the equipment partner
M.append(dict(
    sender=HAYASE, to=["川崎電機 サービス部 <service@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
    subject="落雷による受変電設備の故障　修理見積のお願い",
    body="""川崎電機株式会社
サービス部 ご担当者様

いつもお世話になっております。日の出産業 厚木物流センターの早瀬です。

１０月９日の落雷の後、当センターのキュービクル内の真空遮断器（ＶＣＢ）と保護継電器が
動作不良となっております。現在は仮復旧で運用中です。

火災保険（電気的・機械的事故特約）で請求予定のため、
　・故障原因の所見（落雷起因であることの記載）
　・修理見積書
をご用意いただけますでしょうか。設備の製造番号は ＫＤ－ＶＣ７－０４４１９ です。
""" + SIG_HAYASE,
    expect="pass", entities=[], detectors=[],
    note="equipment repair request to a partner: serial numbers only",
))

# P26 typhoon: disaster certificate enquiry to the city
M.append(dict(
    sender=HAYASE, to=["東雲市 危機管理課 <kikikanri@city.shinonome.lg.jp>"], charset="utf-8",
    subject="台風19号による倉庫屋根被害　罹災証明（事業所）の申請について",
    body="""東雲市役所 危機管理課 ご担当者様

日の出産業株式会社 厚木物流センターの早瀬と申します。
台風19号（10月11日）の強風で、当社の東雲第2倉庫（東雲市港町3-4）の屋根材が約120㎡はがれました。
火災保険（風災）の請求に際し、保険会社から罹災証明書の提出を求められております。

事業所の場合の申請方法と必要書類（被害写真、登記事項証明書など）を教えていただけますでしょうか。
""" + SIG_HAYASE,
    expect="pass", entities=[], detectors=[],
    note="enquiry to a city office about a company warehouse: business address only",
))

# P27 damaged guardrail reported to the road administrator
M.append(dict(
    sender=AOYAGI, to=["東雲市 道路管理課 <dourokanri@city.shinonome.lg.jp>"], cc=[AGENT], charset="shift_jis",
    subject="市道ガードレール損傷のご報告とお詫び",
    body="""東雲市 道路管理課 御中

日の出産業株式会社 川越営業所の青柳と申します。
10月22日午前、弊社の営業車が市道港町線（港町3丁目交差点付近）でスリップし、
ガードレール約8mを損傷させてしまいました。誠に申し訳ございません。

復旧費用は弊社加入の自動車保険（対物賠償）で対応いたします。
復旧工事の見積書を保険代理店（cc：ひなた保険サービス）宛にお送りいただけますと幸いです。
""" + SIG_AOYAGI,
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="city office and agent in To/Cc: two external organisations, nothing personal",
))

# P28 hotel carpet damage, real partner domain
M.append(dict(
    sender=MIYAKE, to=["さくらホテル 宴会営業課 <banquet@sakura-hotel.jp>"], charset="iso-2022-jp",
    subject="Re: 桜の間 カーペット張替えのお見積り",
    body="""さくらホテル 宴会営業課
ご担当者様

お見積書をお送りいただきありがとうございます。
張替え費用４２０，０００円（税別）につきまして、保険会社に提出いたしました。
保険会社の鑑定人から現場確認のご連絡が入るかと思いますので、ご対応をお願いいたします。

この度は大変ご迷惑をおかけいたしました。

> 先日の汚損の件、クリーニングでは落ちきらず、張替えが必要との判断となりました。
> お見積書を添付いたしますのでご確認ください。
""" + SIG_MIYAKE,
    expect="pass", entities=[], detectors=[],
    note="ordinary claim correspondence with a partner hotel",
))

# P29 partner customer: awning damage, real domain
M.append(dict(
    sender="営業部 小松 <komatsu.h@hinode-sangyo.co.jp>", to=["店舗開発部 内海様 <utsumi@kitaguni-foods.co.jp>"],
    charset="utf-8",
    subject="八王子店様テント修理の件（保険会社担当のご連絡先）",
    body="""北国フーズ株式会社
店舗開発部 内海様

お世話になっております。日の出産業の小松です。
八王子店様のテント修理の件、弊社保険会社の担当者が決まりましたのでお知らせします。

  常盤損害保険株式会社 八王子損害サービス課 担当：鈴鹿
  TEL 042-655-7130 / 受付番号 25-K03402

施工業者様のお見積書は、上記担当宛に直接お送りいただいて構いません。
""" + """
日の出産業株式会社 営業部
小松 浩平　TEL 03-5401-2261""",
    expect="pass", entities=[], detectors=[],
    note="partner customer; the insurer's adjuster as a business contact",
))

# P30 commuting accident: workers' comp vs compulsory insurance, no one identified
M.append(dict(
    sender=KUWAHARA, to=[AGENT2], charset="iso-2022-jp",
    subject="通勤災害と自賠責の関係について（ご相談）",
    body="""佐伯様

いつもお世話になっております。人事部の桑原です。
一般論としてご教示いただきたいのですが、社員が自家用車で通勤中に他車と事故を起こし
負傷した場合の取扱いについてです。

１．労災保険（通勤災害）と相手方の自賠責・任意保険は、どちらを先行させるのが一般的でしょうか。
２．労災を先行した場合、「第三者行為災害届」の提出が必要と理解していますが、
　　相手方保険会社との示談の前に提出する必要がありますか。
３．当社の団体傷害保険（就業中のみ担保）は通勤中も対象になりますか。

社内規程の改定に反映したく、よろしくお願いいたします。
""" + SIG_KUWAHARA,
    expect="pass", entities=[], detectors=[],
    note="general question about 労災 and 自賠責; no identifiable person",
))

# P31 reply with Outlook-style quote holding the other party's details
M.append(dict(
    sender=AOYAGI, to=[INSURER], charset="shift_jis",
    subject="RE: 相手方情報の確認",
    body="""松岡様

ご確認ありがとうございます。記載のとおりで相違ございません。
相手方への連絡は御社にお任せいたします。

青柳

差出人: 松岡 <k.matsuoka@tokiwa-sonpo.co.jp>
送信日時: 2025年10月15日 11:03
宛先: 青柳 翔 <aoyagi.s@hinode-sangyo.co.jp>
件名: 相手方情報の確認

青柳様

相手方情報を以下のとおり登録しました。相違がないかご確認ください。

　氏名：小坂 達也 様（昭和61年7月22日生）
　住所：埼玉県川越市砂新田3-18-7 サンハイツ砂新田203
　電話：090-4417-2608
　保険：みなと海上火災（証券番号 MK-3307718245）

常盤損害保険 埼玉損害サービス課 松岡
""",
    expect="pass", entities=[], detectors=[],
    note="the other party's details appear only in the quoted mail from the insurer itself",
))

# P32 English reply quoting the passport number
M.append(dict(
    sender=NOGUCHI, to=["Assistance Desk <assist@tokiwa-sonpo.co.jp>"], charset="utf-8",
    subject="Re: Case BKK-251008-114 - hospital guarantee",
    body="""Thank you for arranging the guarantee of payment directly with the hospital.
Our employee has been informed and will show the case number at the cashier.

Best regards,
Kenji Noguchi

On Thu, 9 Oct 2025 at 08:41, Assistance Desk <assist@tokiwa-sonpo.co.jp> wrote:
> Dear Mr. Noguchi,
> We confirm the insured: MINATO SHINICHIRO, passport TR4418062, DOB 11 Feb 1983.
> Diagnosis reported by the hospital: sprain of the right ankle, contusion of the right knee.
> We have issued a guarantee of payment to Samitivej Hospital (case BKK-251008-114).
> Regards, Assistance Desk
""",
    expect="pass", entities=[], detectors=[],
    note="passport number and diagnosis appear only in the quoted text of the insurer's own mail",
))

# P33 neighbours correctly in Bcc
M.append(dict(
    sender=HAYASE, to=["atsugi-center@hinode-sangyo.co.jp"],
    bcc=["y.shinozaki1975@gmail.com", "kurata-fam@yahoo.co.jp", "m-hamaguchi@docomo.ne.jp",
         "ito.haruko@icloud.com", "sekiguchi.t@ezweb.ne.jp", "nakamura-h22@outlook.jp"],
    charset="iso-2022-jp",
    subject="排水設備の改修工事のお知らせ（厚木物流センター）",
    body="""近隣の皆様

日の出産業株式会社 厚木物流センターの早瀬でございます。
先日の漏水では大変ご迷惑をおかけいたしました。

再発防止のため、下記の日程で排水設備の改修工事を行います。
期間中は工事車両の出入りがございます。ご理解とご協力をお願い申し上げます。

　工事期間：１１月４日（火）～１１月２８日（金）　８：３０～１７：００
　施工業者：相模設備工業株式会社

被害の補償につきましては、保険会社から個別にご連絡しております。
""" + SIG_HAYASE,
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="six private neighbours, correctly in Bcc: they cannot see each other",
))

# P34 repair estimate comparison (xls legacy)
M.append(dict(
    sender=ISHIGURO, to=[AGENT], charset="utf-8",
    subject="修理見積の比較表（エルフ 相模100か55-90）",
    body="""大河内様

お世話になっております。石黒です。
厚木のトラックの修理について、2社から見積を取りましたので比較表をお送りします。
保険会社の協定額とのすり合わせにお使いください。
""" + SIG_ISHIGURO,
    attachments=[dict(kind="xls", name="見積比較_相模100か55-90.xls", sheets={
        "比較": [["項目", "相模オートサービス", "富士見ボディ"], ["キャブ 右ドア交換", 182000, 176500],
                 ["右ステップ交換", 24800, 26000], ["塗装（キャブ右側）", 96000, 88000],
                 ["荷台 右あおり 修正", 45000, 52000], ["代車（4t平ボディ 10日）", 150000, 0],
                 ["合計（税別）", 497800, 342500]]})],
    expect="pass", entities=[], detectors=[],
    note="comparison of two repair quotes: amounts and parts only",
))

# P35 replacement car, invoice payment, no card
M.append(dict(
    sender=HAYASE, to=[RENT], charset="shift_jis",
    subject="代車予約のお願い（厚木）",
    body="""星空レンタカー 法人予約センター御中

日の出産業 厚木物流センターの早瀬です。
トラックの修理期間中の代車として、下記を予約させてください。

・車種：2t平ボディ（AT）
・期間：11/4～11/14
・貸出：本厚木店
・支払：法人契約（請求書払い・契約番号 HC-00318）

クレジットカードでの決済ではなく、従来どおり月末締めの請求書でお願いします。
""" + SIG_HAYASE,
    expect="pass", entities=[], detectors=[],
    note="rental booking on invoice terms; the word クレジットカード but no card number",
))

# P36 reference numbers that look like identifiers
M.append(dict(
    sender=ISHIGURO, to=[INSURER_DESK], charset="utf-8",
    subject="事故受付番号のご確認（川越 10/21 駐車場内接触）",
    body="""常盤損害保険 事故受付センター御中

日の出産業 総務部の石黒です。
10/21にお電話で受付いただいた件、受付番号の控えに誤りがないか確認させてください。

  証券番号　　　：5140 2217 0093 6618
  事故受付番号　：207311845096
  事故日　　　　：2025/10/21
  当方車両　　　：所沢400す88-02

担当の損害サービス課が決まりましたら、ご連絡をお願いいたします。
""" + SIG_ISHIGURO,
    expect="pass", entities=[], detectors=[],
    note="16-digit policy number and 12-digit claim number are reference numbers (neither a valid card nor My Number)",
))

# P37 internal: injured employees list from the bus accident
M.append(dict(
    sender=HONDA, to=["jinji-all@hinode-sangyo.co.jp"], cc=["miyake.y@hinode-sangyo.co.jp"], charset="utf-8",
    subject="【社内】社員旅行バス事故　負傷者の状況と今後の対応",
    body="""人事部の皆さん

お疲れさまです。総務の本多です。
10/11のバス事故の負傷者の状況です（社内限り）。休職・時短の手続きをお願いします。

- 沼田 亮介（営業部）：右前腕骨折、10/15手術。復帰は11月中旬見込み
- 仙石 加奈（経理部）：頭部打撲、10/13退院。来週から出社
- 大門 啓太（厚木物流C）：頚椎捻挫、通院中。軽作業のみ
- 菱川 典子（総務部）：右肋骨骨折、在宅勤務で対応
- 小此木 隼（営業部）：顔面挫創、抜糸済み。出社可
- 寺西 由香里（人事部）：左膝打撲、問題なし

業務中の事故として労災申請の対象になるかは、労基署に確認中です。
""" + SIG_HONDA,
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="names with injuries but sent only to internal addresses",
))

# P38 internal forward of the medical certificate to legal
M.append(dict(
    sender=ISHIGURO, to=[TACHIBANA], charset="iso-2022-jp",
    subject="FW: 診断書の写し（森さん）",
    body="""立花さん

森さんから診断書の写しを受け取ったので共有します。
弁護士の先生に見せる場合は、氏名を伏せるかどうか先にご相談ください。

――――――――
診断書
氏名　森 和也　　昭和６２年１１月２日生
傷病名　頚椎捻挫、腰椎捻挫
上記により、令和７年１０月１５日より約３週間の加療を要する見込み。
かわごえ整形外科　医師　水城 誠
――――――――

石黒
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=[],
    note="medical certificate forwarded between two internal colleagues only",
))

# P39 mileage and fuel data to the lease company
M.append(dict(
    sender=ISHIGURO, to=[LEASE], charset="shift_jis",
    subject="リース車両　走行距離報告（9月分）",
    body="""東海オートリース 御中

いつもお世話になっております。日の出産業の石黒です。
9月分のリース車両走行距離をCSVでお送りします。事故入庫中の1台（所沢400さ72-15）は
入庫日時点の値です。
""" + SIG_ISHIGURO,
    attachments=[dict(kind="csv", name="走行距離_202509.csv", rows=[
        ["契約番号", "登録番号", "月末走行距離(km)", "当月走行(km)", "給油量(L)", "備考"],
        ["TL-55012", "所沢400さ72-15", "84213", "1822", "131.4", "10/16より事故入庫"],
        ["TL-55013", "所沢400す88-02", "97760", "2045", "150.2", ""],
        ["TL-55020", "大宮400せ10-47", "41108", "1390", "96.8", ""],
        ["TL-55031", "品川500ほ84-73", "12402", "988", "41.0", "HV"],
        ["TL-55044", "習志野400と19-29", "133975", "2610", "228.5", ""],
        ["TL-55052", "名古屋400ち66-54", "102391", "1704", "122.9", ""],
    ])],
    expect="pass", entities=[], detectors=[],
    note="per-vehicle mileage CSV with no person in it",
))

# P40 leased vehicle accident: driver's company mobile (one person)
M.append(dict(
    sender=AOYAGI, to=[LEASE], charset="utf-8",
    subject="リース車両の事故について（契約番号 TL-55013）",
    body="""東海オートリース 事故受付ご担当者様

日の出産業 川越営業所の青柳です。
リース車両（所沢400す88-02、契約番号 TL-55013）で駐車場内の接触事故がありました。
車両の損傷はリアバンパーの擦り傷程度です。

修理工場の手配について、運転者から直接ご相談させていただきたいので、ご連絡をお願いします。
　運転者：森 和也（会社貸与携帯 080-5572-1903）

保険は当社契約の常盤損害保険で対応します。
""" + SIG_AOYAGI,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one driver's name and mobile to the lease company: one person's contact, may warn",
))

# P41 insurer + adjuster: two external organisations
M.append(dict(
    sender=HAYASE, to=[INSURER], cc=[ADJUSTER, "miyake.y@hinode-sangyo.co.jp"], charset="iso-2022-jp",
    subject="ラック倒壊事故　損害額の協定について",
    body="""常盤損害保険
松岡様
（ｃｃ：東海損害鑑定 渡会様）

お世話になっております。早瀬です。
渡会様から提示いただいた損害額（保管商品の時価評価）について、当社の帳簿価額との差が
約２１０万円ございます。評価方法について一度ご説明いただけますでしょうか。

商品の仕入伝票の写しは、渡会様宛に本日郵送いたしました。
""" + SIG_HAYASE,
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="insurer and loss adjuster in To/Cc: two external organisations",
))

# P42 internal subdomain: residence card data
M.append(dict(
    sender=HAYASE, to=["総務部 共有 <soumu@mail.hinode-sangyo.co.jp>"], charset="utf-8",
    subject="構内事故の運転者情報（保険会社提出用の控え）",
    body="""総務部 各位

厚木の早瀬です。本日の構内接触事故の運転者情報です。
保険会社には書留で写しを送る予定ですので、控えとして共有します。

  運転者：NGUYEN VAN MINH
  在留カード番号：UH48213097EA（在留期限 2027/03/31）
  免許証番号：441801553270

早瀬
""",
    expect="pass", entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_DRIVERS_LICENSE"], detectors=[],
    note="identity document numbers sent to an internal subdomain address only",
))

# P43 damaged assets list to the adjuster
M.append(dict(
    sender=OIKAWA, to=[ADJUSTER], charset="utf-8",
    subject="罹災資産明細の送付（東雲第2倉庫 台風被害）",
    body="""東海損害鑑定
渡会様

お世話になっております。経理部の及川です。
東雲第2倉庫の台風被害について、固定資産台帳から罹災資産を抜き出した明細をお送りします。
""" + SIG_OIKAWA,
    attachments=[dict(kind="xlsx", name="罹災資産明細_東雲第2倉庫.xlsx", sheets={
        "明細": [
            ["罹災資産明細（2025/10/11 台風19号）"],
            ["資産番号", "資産名", "取得年月", "取得価額", "帳簿価額", "被害状況"],
            ["B-20113", "倉庫棟 屋根（折板）", "2011/04", 18400000, 6250000, "約120㎡剥離"],
            ["B-20114", "倉庫棟 雨樋", "2011/04", 920000, 310000, "脱落"],
            ["M-31870", "電動シャッター 2号", "2016/08", 2350000, 940000, "変形・作動不可"],
            ["M-31902", "照明設備（LED）", "2019/02", 3180000, 1820000, "一部浸水"],
            ["T-40551", "パレットラック（D列）", "2020/07", 1460000, 870000, "雨漏りによる錆"],
        ]})],
    expect="pass", entities=[], detectors=[],
    note="fixed-asset list of damaged property: no people",
))

# P44 PPTX safety training slides
M.append(dict(
    sender=ISHIGURO, to=[AGENT], charset="iso-2022-jp",
    subject="安全運転講習会（１１／１２）資料のご確認",
    body="""大河内様

お世話になっております。石黒です。
１１／１２の安全運転講習会で使用する資料のドラフトです。
後半の事故事例は、個人が特定されないよう営業所名も伏せています。
保険会社様のデータ部分に誤りがないかご確認ください。
""" + SIG_ISHIGURO,
    attachments=[dict(kind="pptx", name="安全運転講習_20251112.pptx", slides=[
        ["安全運転講習会 2025", "日の出産業株式会社 総務部", "協力：ひなた保険サービス"],
        ["上期の事故傾向", "事故17件（前年同期比 +3件）", "駐車場内・後退時の事故が9件で過半数", "追突（被害）4件"],
        ["事例1：駐車場内の後退", "後方確認不足で隣の車両に接触", "対策：バックモニター＋目視、誘導員の配置"],
        ["事例2：交差点での追突（被害）", "停車中に後続車が追突", "対策：ドラレコ映像の保存手順の徹底"],
        ["事故発生時の連絡手順", "1. 負傷者の救護・110番", "2. 上長と総務部へ連絡", "3. 保険会社事故受付へ（証券番号を伝える）"],
    ])],
    expect="pass", entities=[], detectors=[],
    note="training slides with anonymous accident cases and statistics",
))

# P45 cargo damage claim to the partner carrier with tracking numbers
M.append(dict(
    sender=NOGUCHI, to=["青葉運輸 お客様相談室 <cs@aoba-unyu.co.jp>"], charset="shift_jis",
    subject="輸送中の破損について（運送保険のご請求）",
    body="""青葉運輸株式会社
お客様相談室 御中

いつもお世話になっております。日の出産業 物流部の野口です。
10月17日集荷分のうち、下記の荷物が破損した状態で届いたと納品先から連絡がありました。
貴社の運送保険でのご対応をお願いいたします。

送り状番号        品名                  個数  破損内容
---------------   --------------------  ----  ----------------------
4471-2208-9015    業務用ミキサー HM-20    1   本体側面へこみ
4471-2208-9022    ステンレス作業台        2   脚部曲がり（1台）
4471-2208-9039    製氷機 IC-45            1   外箱破損・動作未確認

写真は納品先から受領次第お送りします。
""" + SIG_NOGUCHI.replace("Kenji Noguchi\nLogistics Dept., Hinode Sangyo Co., Ltd.",
                          "日の出産業株式会社 物流部\n野口 健司"),
    expect="pass", entities=[], detectors=[],
    note="cargo damage claim with tracking numbers to a partner carrier",
))

# P46 partner bank: confirming the claim payment
M.append(dict(
    sender=OIKAWA, to=["みどり銀行 浜松町支店 法人営業課 <hamamatsucho-hojin@midori-ginko.co.jp>"],
    charset="iso-2022-jp",
    subject="保険金入金の確認について",
    body="""みどり銀行 浜松町支店
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 経理部の及川です。
１０月３１日に常盤損害保険から当社普通預金口座（店番２１４）への入金予定がございます。
入金明細の振込依頼人名が「トキワソンポ」となっているか、当日中にご確認いただけますでしょうか。
""" + SIG_OIKAWA,
    expect="pass", entities=[], detectors=[],
    note="company banking matter with the partner bank; no personal data",
))

# P47 telematics export request, asks to exclude personal data
M.append(dict(
    sender=ISHIGURO, to=["ツバサシステム サポート <support@tsubasa-system.jp>"], charset="utf-8",
    subject="テレマティクスデータの抽出依頼（事故車両2台分）",
    body="""ツバサシステム サポートご担当者様

お世話になっております。日の出産業の石黒です。
保険会社へ提出するため、下記2台の事故前後の走行データ（速度・急ブレーキ・位置）を
CSVで抽出いただけますでしょうか。

  ・所沢400さ72-15　2025/10/14 16:00～16:40
  ・所沢400す88-02　2025/10/21 09:00～09:30

なお、提出先が社外のため、運転者の氏名・社員番号などの個人情報の列は含めないでください。
""" + SIG_ISHIGURO,
    expect="pass", entities=[], detectors=[],
    note="data extraction request to a partner; mentions 個人情報 only to exclude it",
))

# P48 partner printer: stickers for company cars
M.append(dict(
    sender=ISHIGURO, to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"], charset="utf-8",
    subject="社用車用「事故時連絡先」ステッカーの発注",
    body="""錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業の石黒です。
社用車のダッシュボードに貼る「事故時の連絡先」ステッカーを発注したく、お見積りをお願いします。

  サイズ：90×55mm、耐候性フィルム、フルカラー
  数量：60枚
  記載内容：
    事故が起きたら ① 負傷者の救護・110番 ② 総務部 03-5401-2230 ③ 常盤損害保険 事故受付 0120-258-631
    証券番号 AT-58830271

データは来週お送りします。
""" + SIG_ISHIGURO,
    expect="pass", entities=[], detectors=[],
    note="print order; company switchboard, insurer hotline and policy number only",
))

# P49 fault ratio negotiation with the other insurer
M.append(dict(
    sender=ISHIGURO, to=[OTHER_INS], charset="shift_jis",
    subject="Re: 過失割合のご提示について（10/14 川越市的場交差点）",
    body="""みなと海上火災保険株式会社
奥寺様

お世話になっております。日の出産業の石黒です。
ご提示いただいた過失割合（当方１０：貴社契約者９０）について、当社としては受け入れられません。

当方車両は赤信号で完全に停止しており、ドライブレコーダー映像でも停止後約８秒経過してから
追突されていることが確認できます。判例タイムズの基本過失割合でも０：１００が相当と考えます。

映像の写しが必要でしたらお送りいたしますので、改めてご検討をお願いいたします。
""" + SIG_ISHIGURO,
    expect="pass", entities=[], detectors=[],
    note="negotiation about the fault ratio; no personal data",
))

# P50 settlement notice to the agent
M.append(dict(
    sender=TACHIBANA, to=[AGENT], charset="iso-2022-jp",
    subject="示談成立のご報告（港区海岸 10/2 事故）",
    body="""大河内様

お世話になっております。法務部の立花です。
１０／２の港区海岸での事故について、本日相手方と示談が成立しましたのでご報告いたします。

・示談金額：３８２，０００円（物損のみ）
・支払期日：１１月３０日
・事故番号：２５－Ｋ０３１０７

保険会社様への示談書写しの提出は、御社経由でお願いできますでしょうか。
""" + SIG_TACHIBANA,
    expect="pass", entities=[], detectors=[],
    note="settlement report with amounts and claim number",
))

# P51 other party is a company vehicle: their staff as business contact
M.append(dict(
    sender=AOYAGI, to=["株式会社 丸信工業 総務課 <soumu@marushin-kogyo.co.jp>"], charset="utf-8",
    subject="10/22 川越市内での接触事故について（日の出産業）",
    body="""株式会社 丸信工業
総務課 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 川越営業所の青柳と申します。
本日10時頃、川越市新宿町の交差点付近で、弊社営業車と貴社の社用車（川越 400 に 28-71）が
接触いたしました。現場では貴社の運転者様と連絡先を交換し、警察への届出も済ませております。

双方とも保険会社を通じて対応させていただきたく、貴社の保険会社名とご担当窓口を
お知らせいただけますでしょうか。弊社は常盤損害保険（証券番号 AT-58830271）です。
""" + SIG_AOYAGI,
    expect="pass", entities=[], detectors=[],
    note="the other party is a company; only plates and policy number",
))

# P52 TXT memo of the accident circumstances
M.append(dict(
    sender=AOYAGI, to=[INSURER], charset="utf-8",
    subject="事故状況説明メモの送付",
    body="""松岡様

お世話になっております。青柳です。
お電話でご依頼のあった事故状況の説明をテキストにまとめましたので添付します。
""" + SIG_AOYAGI,
    attachments=[dict(kind="txt", name="事故状況メモ_1014.txt", encoding="utf-8", text="""事故状況説明メモ（2025/10/14 川越市的場交差点）

16:18頃 県道15号を川越方面へ走行。的場交差点の手前で信号が黄色に変わったため減速。
16:19頃 赤信号で停止線の手前に停止。前方車両との車間は約5m。
16:20頃 後続の相手方車両が減速せずに接近し、当方車両の後部に衝突。
衝突の衝撃で当方車両は約1m前進したが、前方車両には接触していない。
天候：晴れ、路面：乾燥。
現場で警察（川越署）を呼び、実況見分に立ち会った。
""")],
    expect="pass", entities=[], detectors=[],
    note="a TXT description of the accident sequence with no personal data",
))

# P53 DOCX accident report on one driver with date of birth
M.append(dict(
    sender=ISHIGURO, to=[AGENT2], charset="shift_jis",
    subject="自動車事故報告書（10/22 川越市新宿町）",
    body="""佐伯様

お世話になっております。石黒です。
10/22の接触事故の報告書（当社様式）を添付します。相手方は法人（丸信工業様）です。
""" + SIG_ISHIGURO,
    attachments=[dict(kind="docx", name="自動車事故報告書_1022.docx", title="自動車事故報告書",
        paragraphs=["自動車事故報告書", "報告日：令和7年10月23日　報告者：総務部 石黒"],
        tables=[[["項目", "内容"], ["事故日時", "令和7年10月22日 10時05分頃"],
                 ["場所", "川越市新宿町1丁目 交差点"],
                 ["当方車両", "大宮400せ10-47（プロボックス）"],
                 ["運転者", "鶴見 亜希子"], ["生年月日", "昭和54年1月9日"],
                 ["免許の種類・色", "普通・ゴールド"], ["相手方", "株式会社丸信工業 社用車（川越400に28-71）"],
                 ["負傷", "なし"], ["損傷", "当方：左フロントフェンダー／相手方：右リアドア"]]])],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="accident report on one driver with her DOB (no licence number): one person, may warn",
))

# P54 English: overseas supplier's container damaged at our warehouse
M.append(dict(
    sender=NOGUCHI, to=["Mr. Lim Wei Jie <weijie.lim@harbourline-trading.com>"], charset="utf-8",
    subject="Damage to your container at our Chiba warehouse - apology and next steps",
    body="""Dear Mr. Lim,

I am writing to apologise for the damage caused to container TGHU 4417826 during handling at
our Chiba warehouse on 24 September.

Our insurer, Tokiwa Sonpo, has appointed Pacific Marine Surveyors to assess the damage.
Their surveyor, Mr. Jason Tan, will contact you directly to arrange an inspection. Please send
your repair estimate and the container's pre-trip inspection record to him.

We are reviewing our handling procedures so that this does not happen again.

Best regards,
""" + SIG_NOGUCHI + "\n" + DISC_EN,
    expect="pass", entities=[], detectors=[],
    note="English apology to a foreign business partner; surveyor named as a business contact",
))

# P55 the other party's kana name and full-width mobile to the repair shop
M.append(dict(
    sender=ISHIGURO, to=[SHOP2], charset="iso-2022-jp",
    subject="お車の引取りについて（羽田様ハスラー）",
    body="""富士見ボディ 御中

お世話になっております。日の出産業の石黒です。
当社の事故でご迷惑をおかけした相手方のお車の修理を、貴社にお願いすることになりました。
お車の引取り日時は、所有者様と直接ご調整いただけますでしょうか。

　所有者：ハネダ ユキ 様
　携帯：""" + _fw("080-2219-6470") + """（平日１８時以降）
　車両：スズキ ハスラー

修理費用は常盤損害保険から直接お支払いとなります。
""" + SIG_ISHIGURO,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one car owner's kana name and full-width mobile to the repair shop: one person, may warn",
))

# P56 the word 極秘 in running text
M.append(dict(
    sender=MIYAKE, to=[AGENT], charset="utf-8",
    subject="Re: 保険料見積の社内説明について",
    body="""大河内様

お世話になっております。三宅です。
先日の保険料見積の件、役員会で説明する予定です。
特に極秘扱いにする必要はない資料ですので、PDFで複数部お送りいただいて問題ありません。
当日は各営業所長にも同じ資料を配布する予定です。

よろしくお願いいたします。
""" + SIG_MIYAKE,
    expect="pass", entities=[], detectors=[],
    note="極秘 appears in running text saying the document is NOT confidential: a mention, not a marking",
))

# P57 取扱注意 mentioned about the original policy document
M.append(dict(
    sender=OIKAWA, to=[AGENT2], charset="shift_jis",
    subject="保険証券原本の送付について",
    body="""佐伯様

お世話になっております。経理部の及川です。
ご依頼の施設賠償責任保険の保険証券原本ですが、社内で取扱注意書類として管理しているため、
メールではなく簡易書留で本日発送いたしました。ご確認後、ご返却をお願いいたします。

　証券番号：ＦＬ－７７０２１４５８
　追跡番号：５５０１－３９２８－８１４６
""" + SIG_OIKAWA,
    expect="pass", entities=[], detectors=[],
    note="取扱注意 is used in a sentence about posting a document, not as a stamp on this mail",
))

# P58 forward (as attachment) of the insurer's guidance to the repair shop
M.append(dict(
    sender=AOYAGI, to=[SHOP], charset="utf-8",
    subject="FW: 修理費協定の手順について（常盤損保より）",
    body="""黒田モータース 黒田様

お世話になっております。青柳です。
常盤損保の松岡さんから修理費協定の手順について連絡がありましたので、メールごと転送します。
アジャスターの方の連絡先も書いてあります。
""" + SIG_AOYAGI,
    attachments=[dict(kind="eml", name="修理費協定の手順について.eml", message=dict(
        sender="松岡 <k.matsuoka@tokiwa-sonpo.co.jp>", to=["aoyagi.s@hinode-sangyo.co.jp"],
        subject="修理費協定の手順について", charset="iso-2022-jp",
        body="""青柳様

修理費の協定は以下の手順となります。
１．工場様で損傷部位の写真と見積書を作成
２．当社アジャスター（首都圏技術アジャスター課　杉浦　０３－６２０８－４４１５）が確認
３．協定後、工場様へ当社から直接お支払い

常盤損害保険 埼玉損害サービス課 松岡
"""))],
    expect="pass", entities=[], detectors=[],
    note="forwarded insurer mail (counts as new text) with procedure and an adjuster's business contact only",
))

# P59 agents and shops in Bcc
M.append(dict(
    sender=ISHIGURO, to=["ishiguro.n@hinode-sangyo.co.jp"],
    bcc=["okochi@hinata-agency.co.jp", "service@kuroda-motors.co.jp", "info@fujimi-body.jp",
         "jiko@tokai-lease.co.jp", "reserve@hoshizora-rent.co.jp"],
    charset="iso-2022-jp",
    subject="年末年始の事故受付体制について（日の出産業）",
    body="""関係各位

いつもお世話になっております。日の出産業 総務部の石黒です。
年末年始（１２月２７日～１月４日）の当社の事故連絡窓口についてお知らせいたします。

期間中は総務部が休業となりますため、事故・故障のご連絡は下記までお願いいたします。
　当番携帯（総務部）：０３－５４０１－２２３０から自動転送
　緊急時：各営業所長

本メールはＢｃｃでお送りしております。
""" + SIG_ISHIGURO,
    expect="pass", entities=[], detectors=[],
    note="notice to five business partners, correctly in Bcc",
))

# P60 company dormitory leak: one resident on a carrier address
M.append(dict(
    sender=KUWAHARA, to=["m-sekine@softbank.ne.jp"], charset="shift_jis",
    subject="日の出産業 社員寮の漏水について（お詫び）",
    body="""関根様

日の出産業株式会社 人事部の桑原と申します。
このたびは弊社社員寮（コーポ日の出 3階）からの漏水により、関根様のお部屋の天井と
家財に被害が生じましたこと、深くお詫び申し上げます。

弊社加入の個人賠償・施設賠償の保険で補償させていただく予定です。
保険会社の鑑定人が被害状況の確認に伺いたいとのことですので、ご都合のよい日時を
いくつかお知らせいただけますでしょうか。
""" + SIG_KUWAHARA,
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="apology to one private person on a carrier address",
))

# P61 credit card mentioned without a number
M.append(dict(
    sender=OIKAWA, to=["東雲ロードサービス <info@shinonome-road.co.jp>"], charset="utf-8",
    subject="レッカー代のお支払い方法について",
    body="""東雲ロードサービス株式会社 御中

お世話になっております。日の出産業 経理部の及川です。
10/22のレッカー搬送代（請求書 No.SR-8812、38,500円）のお支払いについてです。

御社ウェブサイトにクレジットカード決済も可能とありましたが、当社は原則として銀行振込のため、
月末に振込でお支払いいたします。カード情報の登録などは不要です。
""" + SIG_OIKAWA,
    expect="pass", entities=[], detectors=[],
    note="mentions クレジットカード and カード情報 but carries no card number",
))

# P62 four people (driver + passengers) with phones to the insurer
M.append(dict(
    sender=HONDA, to=[INSURER], charset="iso-2022-jp",
    subject="人身傷害：搭乗者の連絡先（１０／２　港区海岸の事故）",
    body="""松岡様

お世話になっております。本多です。
搭乗者傷害の確認のため、各人に直接ご連絡されたいとのことでしたので、
事故車両に乗車していた４名の連絡先をお送りします。

１．谷垣 正臣　　（運転）　０９０－１１４８－５２０３
２．菱川 典子　　（助手席）０８０－３９７０－１６６４
３．仙石 加奈　　（後部）　０７０－２２５１－８８０９
４．寺西 由香里　（後部）　０９０－６０１７－４４２６

平日日中は会社にいるため、夕方以降のご連絡を希望しております。
""" + SIG_HONDA,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four people's phone numbers to the insurer: below the five-person line, may warn",
))

# P63 vehicle inspection schedule (xls)
M.append(dict(
    sender=ISHIGURO, to=[LEASE], charset="shift_jis",
    subject="車検・法定点検予定表（2026年上期）",
    body="""東海オートリース 御中

お世話になっております。石黒です。
2026年上期の車検・点検予定表をお送りします。事故修理中の車両は点検時期を調整させてください。
""" + SIG_ISHIGURO,
    attachments=[dict(kind="xls", name="車検点検予定_2026上期.xls", sheets={
        "予定": [["登録番号", "区分", "予定月", "入庫先"], ["所沢400さ72-15", "車検", "2026/04", "黒田モータース"],
                 ["所沢400す88-02", "12か月点検", "2026/02", "黒田モータース"],
                 ["大宮400せ10-47", "車検", "2026/02", "見沼自動車"],
                 ["品川500ほ84-73", "12か月点検", "2026/05", "ディーラー"],
                 ["習志野400と19-29", "車検", "2026/06", "行徳ボデー工業"]]})],
    expect="pass", entities=[], detectors=[],
    note="legacy XLS of vehicle inspection dates: vehicles and garages, no people",
))

# P64 HTML-only: accident cases without names
M.append(dict(
    sender=ISHIGURO, to=[AGENT], charset="utf-8",
    subject="事故明細（上期分）のご提出",
    html="""<html><body>
<p>大河内様</p>
<p>お世話になっております。石黒です。<br>更改見積用に、上期の事故明細をお送りします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>No</th><th>事故日</th><th>営業所</th><th>車両</th><th>事故形態</th><th>過失</th><th>支払額（円）</th></tr>
<tr><td>1</td><td>2025/04/08</td><td>川越</td><td>所沢400す88-02</td><td>駐車場内後退</td><td>100</td><td>186,400</td></tr>
<tr><td>2</td><td>2025/05/19</td><td>厚木</td><td>相模100か55-90</td><td>構内接触</td><td>100</td><td>342,500</td></tr>
<tr><td>3</td><td>2025/06/02</td><td>本社</td><td>品川500ほ84-73</td><td>追突（被害）</td><td>0</td><td>0</td></tr>
<tr><td>4</td><td>2025/07/23</td><td>大宮</td><td>大宮400せ10-47</td><td>出会い頭</td><td>30</td><td>275,000</td></tr>
<tr><td>5</td><td>2025/08/11</td><td>名古屋</td><td>名古屋400ち66-54</td><td>対人（歩行者）</td><td>80</td><td>1,044,000</td></tr>
<tr><td>6</td><td>2025/09/16</td><td>厚木</td><td>相模800は30-12</td><td>ラック接触</td><td>100</td><td>1,150,000</td></tr>
</table>
<p>日の出産業株式会社 総務部 石黒</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="HTML table of accident cases: dates, sites, vehicles, amounts — no person's data",
))

# P65 internal: health insurance symbol/number (rōsai vs kenpo mix-up)
M.append(dict(
    sender=HONDA, to=["kuwahara.m@hinode-sangyo.co.jp"], charset="utf-8",
    subject="谷垣常務の受診（健保扱い）について",
    body="""桑原さん

お疲れさまです。本多です。
谷垣常務の件、役員のため労災の対象外で、健康保険での受診になっています。
病院から保険証の確認の連絡があったので、控えを共有します。

  保険証 記号 47 番号 1208
  傷病名 左鎖骨骨折（港みなみ病院 整形外科）

健保組合への第三者行為の届出は私から相談します。

本多
""",
    expect="pass", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"], detectors=[],
    note="health insurance number and diagnosis shared between two internal colleagues only",
))

# P66 summary of the counterpart's claim to the partner law firm, no one identified
M.append(dict(
    sender=TACHIBANA, to=[LAW], charset="iso-2022-jp",
    subject="名古屋の対人事故　相手方請求の概要",
    body="""白川先生

お世話になっております。立花です。
名古屋支店の対人事故（８／１１）について、相手方代理人から請求書が届きましたので概要をお送りします。

　治療費　　　　　　　　４２６，０００円（既払い）
　休業損害　　　　　　　６８０，０００円
　慰謝料（通院）　　　　８９０，０００円
　合計請求額　　　　　１，９９６，０００円

保険会社の提示額は約１２０万円で、休業損害の算定基礎で開きがあります。
来週、保険会社の担当者を交えてご相談させてください。
""" + SIG_TACHIBANA,
    expect="pass", entities=[], detectors=[],
    note="claim amounts of an unnamed counterpart to the partner law firm: nothing identifies a person",
))


# --- ids: shuffled with the seed so stop and pass are interleaved --------------------------
_JIS = str.maketrans({"－": "−", "～": "〜", "①": "(1)", "②": "(2)", "③": "(3)"})


def _as_jis(m: dict) -> dict:
    """What a JIS mailer really sends: U+2212 minus and U+301C wave dash, no circled digits."""
    if m.get("charset") != "iso-2022-jp":
        return m
    return {**m, **{k: m[k].translate(_JIS) for k in ("subject", "body") if k in m}}


_rng.shuffle(M)
MESSAGES = [{"id": f"songai-{i + 1:03d}", **_as_jis(m)} for i, m in enumerate(M)]
assert len(MESSAGES) == 100, len(MESSAGES)
