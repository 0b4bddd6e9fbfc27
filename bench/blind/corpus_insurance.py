"""Blind corpus — insurance: 日の出産業's mail with insurers, agencies, adjusters and
health-insurance societies (団体保険・損害保険・自動車保険・企業年金).

Written from BRIEF.md and SPEC.md alone.  Every person, number and address is invented.
"""

from build import card_number, my_number


def corp_no(base12: str) -> str:
    """法人番号: check digit (9 - Σ P_n·Q_n mod 9) in front of the 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        total += digits[12 - n] * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def lic(pref: str, year: str, serial: str, reissue: str = "0") -> str:
    """運転免許証番号 (12 digits): 公安委員会, 取得年, 交付番号, check digit, 再交付."""
    body = pref + year + serial
    weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * w for d, w in zip(body, weights))
    check = (11 - s % 11) % 10
    return body + str(check) + reissue


def fw(s: str) -> str:
    """ASCII digits and a few signs to full-width."""
    table = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789-/.:()"}
    return s.translate(table)


def mn_spaced(seed: int) -> str:
    n = my_number(seed)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def cc_spaced(seed: int) -> str:
    n = card_number(seed)
    return f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}"


# -- our people (senders) and their signatures -------------------------------------

SHOJI = "東海林 真紀 <m.shoji@hinode-sangyo.co.jp>"
SIG_SHOJI = """
--
日の出産業株式会社 総務部 福利厚生課
東海林 真紀（しょうじ まき）
〒141-0032 東京都品川区大崎3-9-14 日の出産業ビル8F
TEL 03-5436-7120（直通） FAX 03-5436-7129
m.shoji@hinode-sangyo.co.jp
"""

NAGUMO = "南雲 健二 <k.nagumo@hinode-sangyo.co.jp>"
SIG_NAGUMO = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 車両管理グループ　南雲 健二
TEL：03-5436-7155　携帯：080-4471-2093
〒141-0032 品川区大崎3-9-14
━━━━━━━━━━━━━━━━━━━━━━
"""

IGARASHI = "五十嵐 拓也 <t.igarashi@hinode-sangyo.co.jp>"
SIG_IGARASHI = """
----------------------------------------
人事部 労務課
五十嵐 拓也 / Takuya Igarashi
日の出産業株式会社
Tel: 03-5436-7133  Mail: t.igarashi@hinode-sangyo.co.jp
----------------------------------------
"""

NONOMURA = "野々村 由香 <y.nonomura@hinode-sangyo.co.jp>"
SIG_NONOMURA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　経理部 出納課
野々村 由香
〒141-0032 東京都品川区大崎3-9-14
TEL 03-5436-7160（代）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

SAKAKIBARA = "榊原 徹 <t.sakakibara@hinode-sangyo.co.jp>"
SIG_SAKAKIBARA = """
日の出産業株式会社
リスク管理室 室長　榊原 徹
03-5436-7101 / t.sakakibara@hinode-sangyo.co.jp
"""

TAKEUCHI = "Hiroshi Takeuchi <h.takeuchi@hinode-sangyo.co.jp>"
SIG_TAKEUCHI = """
Best regards,

Hiroshi Takeuchi
Overseas Business Division
Hinode Sangyo Co., Ltd.
3-9-14 Osaki, Shinagawa-ku, Tokyo 141-0032, Japan
Tel: +81-3-5436-7188
"""

HIGA = "比嘉 さやか <s.higa@hinode-sangyo.co.jp>"
SIG_HIGA = """
――――――――――――――――
日の出産業（株）大阪支店 総務課
比嘉 さやか
〒530-0012 大阪市北区芝田2-4-6 梅田NKビル5F
TEL 06-6375-2210
――――――――――――――――
"""

MORIOKA = "森岡 亮 <r.morioka@hinode-sangyo.co.jp>"
SIG_MORIOKA = """
--------------------------------------------------
日の出産業株式会社 物流センター 安全衛生担当
森岡 亮
〒340-0822 埼玉県八潮市大瀬6-2-1
TEL 048-995-3310 / FAX 048-995-3319
--------------------------------------------------
"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

# -- recipients (insurers, agencies, adjusters) -----------------------------------

TOHO = "東邦生命保険 団体保険部 小田切様 <odagiri.k@toho-seimei.co.jp>"
TOHO2 = "東邦生命 年金サービス課 <nenkin-service@toho-seimei.co.jp>"
AOI = "あおい損害保険 法人営業第三課 鬼頭様 <kito.m@aoi-sompo.co.jp>"
AOI_SC = "あおい損保 損害サービス課 <songai-tokyo@aoi-sompo.co.jp>"
ASANAGI = "朝凪海上火災保険 品川支社 <shinagawa@asanagi-kaijo.co.jp>"
ASANAGI_JIKO = "朝凪海上 事故受付センター <jiko-uketsuke@asanagi-kaijo.co.jp>"
HIKARI = "ひかり保険サービス 宇佐美様 <usami@hikari-hoken.jp>"
HIKARI2 = "ひかり保険サービス 事務センター <jimu@hikari-hoken.jp>"
KAEDE = "かえで損保 法人部 <hojin@kaede-sonpo.co.jp>"
SAKURAGI = "桜木生命 団体営業部 瀬々様 <zeze.a@sakuragi-life.co.jp>"
OGILVY = "Daniel Whitmore <d.whitmore@ogilvy-risk.com>"
PACIFIC = "Pacific Assurance Travel Desk <travel.desk@pacific-assurance.com>"
KENPO = "日の出産業健康保険組合 適用課 <tekiyo@hinode-kenpo.or.jp>"
SVC = "日の出サービス 保険部 舘様 <tachi@hinode-service.co.jp>"
KIZUNA = "きずな共済会 加入受付 <kanyu@kizuna-kyosai.or.jp>"
CHUO = "中央損害調査 東京第二センター 神馬様 <jimba.t@chuo-adjust.co.jp>"

MESSAGES: list[dict] = []


def add(**kw) -> None:
    kw["id"] = f"insurance-{len(MESSAGES) + 1:03d}-{kw.pop('slug')}"
    MESSAGES.append(kw)


# ------------------------------------------------------------------------------------
add(
    slug="gtl-new-hires-padded",
    sender=SHOJI, to=[TOHO],
    subject="【総合福祉団体定期保険】10月1日付 中途入社者の加入手続きのお願い",
    charset="iso-2022-jp",
    body="""東邦生命保険株式会社
団体保険部 法人サービス課
小田切 様

いつも大変お世話になっております。日の出産業の東海林です。

10月1日付の中途入社者につき、総合福祉団体定期保険への加入手続きをお願いいたします。
対象者は下記6名です。

社員番号  氏名              生年月日      性別  所属                  保険金額
--------  ----------------  ------------  ----  --------------------  --------
H24188    鰐淵 拓海          1996/07/14    男    製造本部 第二課        500万円
H24189    四十物 さくら      2001/02/27    女    品質保証部            500万円
H24190    纐纈 大輔          1988/11/03    男    物流センター          500万円
H24191    月見里 遥          1999/05/19    女    経理部                500万円
H24192    大豆生田 誠        1979/09/08    男    営業本部 東京営業所    500万円
H24193    比留間 ゆかり      1993/12/30    女    総務部                500万円

加入申込書（本人署名済）の原本は、本日簡易書留にて発送いたしました。
到着後、内容をご確認いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_SHOJI,
    attachments=[],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="six new hires' names and dates of birth in a padded table to the insurer",
)

add(
    slug="premium-invoice-ack",
    sender=NONOMURA, to=[AOI], cc=["鬼頭様アシスタント 吉良様 <kira.n@aoi-sompo.co.jp>"],
    subject="Re: 2025年11月分 保険料ご請求書（請求番号 AS-2511-004471）",
    body="""あおい損害保険株式会社
法人営業第三課 鬼頭様

お世話になっております。日の出産業 経理部の野々村です。
標記ご請求書、確かに受領いたしました。

  請求番号      ：AS-2511-004471
  対象契約      ：企業財産包括保険 ほか3契約
  ご請求金額    ：2,846,300円（非課税）
  お支払予定日  ：2025年11月28日（金）
  お振込先      ：みどり銀行 本店営業部 当座 0081247 アオイソンガイホケン（カ

当社の支払サイクルの都合上、月末締めの翌月末払いとなりますが、今回はご案内の期日どおり
お振込みいたします。振込手数料は当社負担です。

なお、次回以降のご請求書は PDF でのお送りで問題ございません。
引き続きよろしくお願いいたします。
""" + SIG_NONOMURA + DISC_JA,
    expect="pass", entities=[], detectors=[],
    note="premium invoice acknowledgement: invoice number, amount and the insurer's own account",
)

add(
    slug="family-medical-fullwidth-wareki",
    sender=SHOJI, to=[HIKARI],
    subject="団体医療保険　家族加入の追加申込（３家族分）",
    charset="iso-2022-jp",
    body="""ひかり保険サービス株式会社
宇佐美　様

お世話になっております。日の出産業　東海林でございます。

先日ご案内いただいた団体医療保険の家族加入につき、下記の申込がございましたので
お手続きをお願いできますでしょうか。

被保険者　　　続柄　　　生年月日　　　　　　　　加入コース
――――――――――――――――――――――――――――――――
纐纈　大輔　　本人　　　昭和６３年１１月３日　　Ｂコース
纐纈　美穂　　配偶者　　平成２年４月２２日　　　Ｂコース
纐纈　蒼　　　子　　　　令和２年８月９日　　　　Ｂコース
栗花落　修　　本人　　　昭和５５年１月１８日　　Ａコース
栗花落　京子　配偶者　　昭和５７年６月２日　　　Ａコース
九十九　亜紀　本人　　　平成元年１０月２７日　　Ｃコース
九十九　隼人　配偶者　　昭和６２年３月１５日　　Ｃコース
九十九　結衣　子　　　　平成３０年１２月１日　　Ｃコース

保険料は１２月給与からの控除開始を予定しております。
お手数ですが、加入証の発行時期をお知らせください。
""" + SIG_SHOJI,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="eight insured persons with 和暦 full-width dates of birth to the agency",
)

add(
    slug="renewal-schedule",
    sender=SHOJI, to=[HIKARI], cc=["ひかり保険サービス 所長 甕様 <motai@hikari-hoken.jp>"],
    subject="2026年度 団体保険 更改スケジュール（案）のご確認",
    body="""宇佐美様

いつもお世話になっております。東海林です。
先日の打合せを踏まえ、来年度更改までのスケジュール案を整理しました。

  11/14（金）  更改条件ご提示（東邦生命・あおい損保）
  11/21（金）  社内稟議 起案
  12/ 5（金）  労働組合への説明
  12/12（金）  社員向け募集案内 配信（イントラ掲載）
  1/ 9（金）  申込締切
  1/23（金）  加入者データ提出（※前回同様、専用アップロードサイトにて）
  3/ 1（日）  更改日

1/23 のデータ提出は、昨年と同じくメール添付ではなくアップロードサイト経由で
お願いする想定です。ご都合の悪い日程がありましたらご指摘ください。

よろしくお願いいたします。
""" + SIG_SHOJI,
    expect="pass", entities=[], detectors=[],
    note="renewal timetable to the agency; no personal data",
)

add(
    slug="gltd-xlsx-title-row",
    sender=IGARASHI, to=[AOI],
    subject="GLTD（団体長期障害所得補償保険）加入者名簿 送付の件",
    body="""鬼頭様

お世話になっております。日の出産業 人事部の五十嵐です。
ご依頼のありました GLTD の最新加入者名簿を添付にてお送りします。
「加入者」シートが10月末時点の在籍者、「脱退者」シートが今期の脱退者です。

年収区分は前年度の確定年収ベースで区分しております。
ご確認のほど、よろしくお願いいたします。
""" + SIG_IGARASHI,
    attachments=[{
        "kind": "xlsx", "name": "GLTD加入者名簿_202510.xlsx",
        "sheets": {
            "加入者": [
                ["2025年度 団体長期障害所得補償保険 加入者名簿（2025年10月31日現在）"],
                [],
                ["No", "社員番号", "氏名", "フリガナ", "生年月日", "性別", "年収区分", "加入口数"],
                [1, "H11023", "御手洗 健", "ミタライ ケン", "1972-04-11", "男", "C", 6],
                [2, "H13388", "阿比留 智子", "アビル トモコ", "1981-08-25", "女", "B", 4],
                [3, "H15402", "釜萢 俊介", "カマヤチ シュンスケ", "1984-01-30", "男", "C", 6],
                [4, "H16119", "丹後 まゆみ", "タンゴ マユミ", "1990-06-07", "女", "A", 3],
                [5, "H17761", "生天目 翔", "ナマタメ ショウ", "1992-10-16", "男", "B", 4],
                [6, "H18020", "廿楽 恵理", "ツヅラ エリ", "1987-03-02", "女", "B", 4],
                [7, "H19334", "左右田 光", "ソウダ ヒカル", "1995-12-24", "男", "A", 3],
                [8, "H20581", "鴇田 奈央", "トキタ ナオ", "1998-09-13", "女", "A", 2],
            ],
            "脱退者": [
                ["社員番号", "氏名", "生年月日", "脱退日", "事由"],
                ["H09871", "門間 繁", "1965-07-21", "2025-06-30", "定年退職"],
                ["H14455", "苗加 美紀", "1986-02-14", "2025-08-31", "自己都合退職"],
            ],
        },
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="XLSX enrolment list (title row, two sheets) of ten employees with DOB to the insurer",
)

add(
    slug="brochure-order-disease-words",
    sender=SHOJI, to=[SAKURAGI],
    subject="パンフレット送付のお願い（がん保険・就業不能保障）",
    body="""桜木生命保険株式会社
団体営業部 瀬々様

いつもお世話になっております。日の出産業の東海林です。

12月の団体保険募集に向けて、下記パンフレットを各事業所あてにお送りいただけますでしょうか。

  ・新・がん保障プラン（団体扱）　パンフレット　各80部
  ・就業不能保障保険（うつ病・統合失調症等の精神疾患も対象となる旨の記載があるもの）　各80部
  ・三大疾病（がん・急性心筋梗塞・脳卒中）一時金特約のご案内　各40部

送付先（事業所）
  本社     〒141-0032 東京都品川区大崎3-9-14 日の出産業ビル8F 総務部
  大阪支店 〒530-0012 大阪市北区芝田2-4-6 梅田NKビル5F 総務課
  八潮物流センター 〒340-0822 埼玉県八潮市大瀬6-2-1 管理課

昨年は精神疾患に関する質問が多かったため、Q&A集もあれば同封いただけると助かります。
""" + SIG_SHOJI,
    expect="pass", entities=[], detectors=[],
    note="brochure order naming diseases in general and the company's own office addresses",
)

add(
    slug="leavers-csv-subsidiary-agency",
    sender=IGARASHI, to=[SVC],
    subject="団体扱自動車保険・火災保険 退職者および住所変更者リスト（10月分）",
    charset="cp932",
    body="""日の出サービス株式会社 保険部
舘様

お疲れさまです。人事部の五十嵐です。
団体扱い（給与控除）の自動車保険・火災保険につき、10月の退職者および住所変更者を
CSV にてお送りします。退職者は団体扱いから個人払いへの切替のご案内をお願いします。

※日の出サービスさん宛のため社外アドレスになりますが、いつものとおりお送りしています。
""" + SIG_IGARASHI,
    attachments=[{
        "kind": "csv", "name": "団体扱_異動者_202510.csv", "encoding": "cp932",
        "rows": [
            ["区分", "社員番号", "氏名", "生年月日", "新住所", "電話番号", "異動日"],
            ["退職", "H08812", "東條 和夫", "1963/05/04", "千葉県船橋市夏見台4-11-3", "047-438-2291", "2025/10/31"],
            ["退職", "H12230", "葛城 里美", "1978/12/19", "神奈川県相模原市南区上鶴間本町2-8-15-302", "090-3318-5720", "2025/10/15"],
            ["住所変更", "H14907", "安里 翔太", "1989/03/28", "埼玉県越谷市東越谷7-3-21", "080-2294-6613", "2025/10/05"],
            ["住所変更", "H16650", "砂古 真司", "1991/08/02", "東京都足立区竹の塚5-19-8 コーポ竹の塚103", "070-5521-0487", "2025/10/12"],
            ["住所変更", "H17103", "宜保 梨花", "1994/11/11", "大阪府吹田市山田西3-40-2", "06-6877-4129", "2025/10/20"],
            ["退職", "H19982", "保志 健太郎", "1997/01/26", "埼玉県草加市谷塚上町12-6", "090-6620-1985", "2025/10/31"],
        ],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of six employees' addresses, phones and DOB to a group agency on another (external) domain",
)

add(
    slug="all-internal-enrolment-xlsx",
    sender=SHOJI, to=["五十嵐 拓也 <t.igarashi@hinode-sangyo.co.jp>"],
    cc=["大阪支店 比嘉 <s.higa@mail.hinode-sangyo.co.jp>"],
    subject="【確認依頼】団体医療保険 加入者一覧（提出前チェック）",
    body="""五十嵐さん、比嘉さん

お疲れさまです。東海林です。
ひかり保険サービスへ提出する前に、添付の加入者一覧の所属・生年月日に誤りがないか
ご確認いただけますか。大阪支店分は比嘉さんにお願いします。

今週金曜までにコメントをいただければ、アップロードサイトから提出します。
""" + SIG_SHOJI,
    attachments=[{
        "kind": "xlsx", "name": "団体医療_加入者一覧_確認用.xlsx",
        "sheets": {"一覧": [
            ["社員番号", "氏名", "生年月日", "続柄", "所属", "コース"],
            ["H11023", "御手洗 健", "1972-04-11", "本人", "製造本部", "B"],
            ["H11023", "御手洗 典子", "1974-09-30", "配偶者", "製造本部", "B"],
            ["H13388", "阿比留 智子", "1981-08-25", "本人", "経理部", "A"],
            ["H15402", "釜萢 俊介", "1984-01-30", "本人", "大阪支店", "C"],
            ["H15402", "釜萢 千尋", "2012-05-17", "子", "大阪支店", "C"],
            ["H16119", "丹後 まゆみ", "1990-06-07", "本人", "品質保証部", "A"],
        ]},
    }],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=[],
    note="enrolment list with DOB but every recipient is internal (incl. mail. subdomain)",
)

add(
    slug="driver-register-html-licences",
    sender=NAGUMO, to=[ASANAGI],
    subject="フリート契約 運転者限定特約 追加登録のお願い",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>朝凪海上火災保険株式会社<br>品川支社 営業課 御中</p>
<p>いつもお世話になっております。日の出産業 車両管理の南雲です。</p>
<p>営業車（フリート契約 証券番号 FL-7720-33158）の運転者限定特約につき、下記社員の追加登録をお願いいたします。
免許証の写しは社内で確認済みです。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>氏名</th><th>生年月日</th><th>免許証番号</th><th>色</th><th>有効期限</th></tr>
<tr><td>百目鬼 健吾</td><td>1990/11/03</td><td>""" + lic("43", "08", "517204") + """</td><td>ゴールド</td><td>2028/12/03</td></tr>
<tr><td>一寸木 亮介</td><td>1985/02/18</td><td>""" + lic("30", "03", "226871") + """</td><td>ブルー</td><td>2027/03/18</td></tr>
<tr><td>小鳥遊 美咲</td><td>1997/07/07</td><td>""" + lic("45", "16", "098315") + """</td><td>ブルー</td><td>2026/08/07</td></tr>
<tr><td>薬袋 隆之</td><td>1976/10/29</td><td>""" + lic("48", "95", "661042", "1") + """</td><td>ゴールド</td><td>2030/11/29</td></tr>
<tr><td>我妻 悠斗</td><td>2002/04/15</td><td>""" + lic("44", "21", "330578") + """</td><td>グリーン</td><td>2026/05/15</td></tr>
</table>
<p>登録日は11月1日付でお願いできれば幸いです。</p>
<p>--<br>日の出産業株式会社 総務部 車両管理グループ 南雲 健二<br>TEL 03-5436-7155</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="HTML-only table of five drivers with licence numbers and DOB to the motor insurer",
)

add(
    slug="branch-list-to-partner",
    sender=NAGUMO, to=["青葉運輸 安全管理部 笠原様 <kasahara@aoba-unyu.co.jp>"],
    subject="朝凪海上 損害サービス拠点一覧（ご参考）",
    body="""青葉運輸株式会社
安全管理部 笠原様

お世話になっております。日の出産業の南雲です。
先日お話しした、当社フリート契約の引受保険会社（朝凪海上）の事故受付窓口・拠点一覧です。
当社車両との接触事故など、万一の際はこちらへご連絡いただければと存じます。

拠点名                  電話番号        所在地
----------------------  --------------  ------------------------------------------
事故受付センター(24h)    0120-258-110    －
首都圏損害サービス部    03-3298-7711    東京都千代田区神田錦町1-21
埼玉損害サービス課      048-645-2230    さいたま市大宮区桜木町2-3-6
千葉損害サービス課      043-247-8850    千葉市中央区新町18-14
横浜損害サービス課      045-662-3301    横浜市中区尾上町4-57
大阪損害サービス部      06-6203-5511    大阪市中央区北浜3-2-25

当社側の窓口は引き続き私（南雲）となります。
""" + SIG_NAGUMO,
    expect="pass", entities=[], detectors=[],
    note="list of an insurer's claim offices (businesses, switchboards), not people",
)

add(
    slug="accident-report-driver-licence",
    sender=NAGUMO, to=[ASANAGI_JIKO],
    subject="事故報告（営業車 品川500 さ 41-07）10/22 川口市内 追突事故",
    charset="iso-2022-jp",
    body="""朝凪海上火災保険 事故受付センター ご担当者様

日の出産業株式会社 車両管理の南雲です。
昨日電話でご連絡した事故につき、書面でご報告いたします。

■証券番号　FL-7720-33158（フリート契約）
■事故日時　2025年10月22日（水）16時40分ごろ
■事故場所　埼玉県川口市本町4丁目 国道122号 本町四丁目交差点付近
■事故状況　信号待ちの停車中、当社車両が発進時に前方車両へ追突（低速）。負傷者なし。

■当社運転者
　百目鬼 健吾（どうめき けんご）Ｈ２．１１．３生
　埼玉県川口市芝新町9-14-503
　運転免許証 """ + lic("43", "08", "517204") + """（ゴールド、2028年12月3日まで有効）

■相手方
　舘 ひろみ 様（自家用普通 大宮 300 ね 88-12）
　携帯 090-5512-8074
　相手方のご加入保険：かえで損保（証券番号は未確認）

相手方車両はリアバンパーに損傷あり。ドライブレコーダー映像は保存済みです。
今後の対応についてご指示ください。
""" + SIG_NAGUMO,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="accident report with the driver's licence number, DOB and home address plus the other party's mobile",
)

add(
    slug="fracture-claim-running-text",
    sender=MORIOKA, to=[AOI_SC],
    subject="団体傷害保険 事故のご報告（物流センター 転落事故）",
    body="""あおい損害保険株式会社
損害サービス課 ご担当者様

いつもお世話になっております。日の出産業 物流センターの森岡と申します。
団体傷害保険（証券番号 GP-0058812）の事故報告をさせていただきます。

10月14日（火）午後、当センターで棚卸作業中だった安里 翔太（社員番号 H14907）が、
高さ約1.5mの脚立から転落しました。救急搬送先の城南中央病院で右橈骨遠位端骨折と
診断され、同日手術、10月21日まで入院しております。現在は自宅療養中で、
11月中旬からリハビリ通院の予定と聞いています。

労災申請も並行して進めております。保険金請求書類一式をお送りいただけますでしょうか。
""" + SIG_MORIOKA,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named employee's diagnosis, surgery and hospital stay in running text to the insurer",
)

add(
    slug="nda-agency-contract",
    sender=SAKAKIBARA, to=[HIKARI], cc=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="代理店委託に関する秘密保持契約書（ドラフト）のご確認",
    body="""ひかり保険サービス株式会社
宇佐美様

お世話になっております。日の出産業 リスク管理室の榊原です。

来年度から従業員向け団体保険の取りまとめをお願いするにあたり、
秘密保持契約（NDA）を締結させていただきたく、当社顧問の白川法律事務所と作成した
ドラフトをお送りします（白川先生にも cc しております）。

主な論点は以下の3点です。
  1. 秘密情報の範囲（加入者データを個人情報として別条で扱うか）
  2. 再委託先（東邦生命・あおい損保等の引受保険会社）への開示の可否
  3. 契約終了時のデータ返却・消去の方法と証明書の提出

ご意見を11月末までにいただけますと幸いです。
""" + SIG_SAKAKIBARA + DISC_JA,
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_ドラフトv2.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）とひかり保険サービス株式会社（以下「乙」という。）は、"
            "甲の従業員向け団体保険の募集・管理業務に関し、次のとおり秘密保持契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上・営業上の情報その他一切の情報をいい、"
            "機密である旨の表示の有無を問わない。",
            "第2条（個人情報）乙は、甲から提供を受けた加入者の個人情報を、個人情報保護法及び甲の定める基準に従い取り扱う。",
            "第3条（再委託）乙は、甲の書面による事前承諾なく、秘密情報を第三者に開示してはならない。",
            "第4条（返還・消去）本契約終了時、乙は秘密情報を速やかに返還又は消去し、消去証明書を甲に提出する。",
        ],
    }],
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="NDA draft about confidentiality (no marking, no data); agency plus partner law firm in To/Cc",
)

add(
    slug="gltd-adjustment-disorder",
    sender=IGARASHI, to=["あおい損保 GLTD保険金支払センター 廣瀬様 <hirose.y@aoi-sompo.co.jp>"],
    subject="GLTD 保険金請求のご相談（営業本部 社員1名）",
    body="""あおい損害保険株式会社
GLTD保険金支払センター
廣瀬様

お世話になっております。日の出産業 人事部の五十嵐です。
お電話でご相談した件、概要をメールでもお送りいたします。

営業本部 東京営業所の木全 泰子さん（社員番号 H13790）ですが、主治医より
適応障害（抑うつ状態を伴う）と診断され、2025年6月2日から休職しております。
傷病手当金の支給は継続中で、免責期間（180日）経過後の12月以降も復職の見込みが
立っていないため、GLTD の請求手続きを進めたいと考えております。

診断書（直近のもの）はご本人の同意を得たうえで郵送いたします。
請求書式と必要書類をご教示いただけますでしょうか。
""" + SIG_IGARASHI,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named employee's mental-health diagnosis and sick leave sent to the insurer",
)

add(
    slug="loss-stats-xlsx-aggregate",
    sender=SAKAKIBARA, to=[OGILVY],
    subject="Loss statistics FY2020-FY2024 for the property & liability renewal",
    body="""Dear Daniel,

Thank you for the call yesterday. As requested, please find attached our loss statistics for
the last five fiscal years, by line and by site. Figures are claims paid plus outstanding
reserves as of 30 September 2025, in JPY thousands.

A few remarks:
- The FY2022 spike in property is the Yashio warehouse sprinkler leakage (one event).
- Motor frequency has come down since the dashcam roll-out in FY2023.
- No product liability claims were notified in the period.

Let me know if your underwriters need a breakdown by cause of loss.
""" + SIG_SAKAKIBARA + DISC_EN,
    attachments=[{
        "kind": "xlsx", "name": "Hinode_loss_statistics_FY2020-2024.xlsx",
        "sheets": {
            "By line": [
                ["Loss statistics by line (JPY thousands)"],
                ["FY", "Line", "Premium", "Claims (No.)", "Paid", "Outstanding", "Loss ratio"],
                [2020, "Property", 18200, 3, 2410, 0, "13.2%"],
                [2020, "Motor fleet", 24800, 41, 15320, 0, "61.8%"],
                [2021, "Property", 18650, 2, 880, 0, "4.7%"],
                [2021, "Motor fleet", 25100, 38, 14110, 0, "56.2%"],
                [2022, "Property", 19010, 5, 31200, 0, "164.1%"],
                [2022, "Motor fleet", 25900, 44, 17420, 0, "67.3%"],
                [2023, "Property", 21400, 1, 520, 0, "2.4%"],
                [2023, "Motor fleet", 26300, 29, 11080, 450, "43.8%"],
                [2024, "Property", 22100, 2, 1730, 900, "11.9%"],
                [2024, "Motor fleet", 26800, 27, 9210, 2300, "42.9%"],
            ],
            "By site": [
                ["Site", "Motor claims FY2020-24", "Property claims FY2020-24"],
                ["Head office (Osaki)", 48, 1],
                ["Yashio logistics centre", 71, 8],
                ["Osaka branch", 39, 2],
                ["Sendai sales office", 21, 2],
            ],
        },
    }],
    expect="pass", entities=[], detectors=[],
    note="aggregate loss statistics, English disclaimer; nothing about any person",
)

add(
    slug="death-claim-beneficiary-bank",
    sender=SHOJI, to=[TOHO],
    subject="死亡保険金ご請求の件（被保険者：畔柳 正志）",
    body="""東邦生命保険株式会社
団体保険部 小田切様

お世話になっております。日の出産業 福利厚生課の東海林です。

誠に残念なご報告ですが、当社 大阪支店の畔柳 正志（あぜくら まさし、54歳）が
10月19日に急性心筋梗塞のため逝去いたしました。死亡診断書によれば、出張先のホテルで
倒れ、搬送先の病院で死亡が確認されたとのことです。

総合福祉団体定期保険の死亡保険金につき、受取人であるご遺族の情報は以下のとおりです。

  受取人　　畔柳 恵子（妻）
  住所　　　愛知県岡崎市美合町字五反田28-3
  連絡先　　0564-52-7708
  振込口座　みどり銀行 岡崎支店 普通 4418203 アゼクラ ケイコ

請求書類は恵子様に直接ご送付いただけますでしょうか。
何卒よろしくお願い申し上げます。
""" + SIG_SHOJI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="cause of death of a named employee plus the beneficiary's address and bank account",
)

add(
    slug="two-orgs-meeting",
    sender=SHOJI, to=[TOHO], cc=[HIKARI],
    subject="【日程調整】団体保険 更改打合せ（11/18 or 11/20）",
    body="""東邦生命保険 小田切様
（cc：ひかり保険サービス 宇佐美様）

いつもお世話になっております。日の出産業の東海林です。
来年度更改に向けた三者打合せの日程ですが、以下いずれかでご都合いかがでしょうか。

  ① 11月18日（火）14:00～15:30
  ② 11月20日（木）10:00～11:30

場所：弊社本社 8階 第3会議室（オンライン併用可、Teams の URL は確定後にお送りします）

議題：
  ・今年度の支払実績と来年度の料率見込み
  ・加入率向上策（若年層向けの説明会）
  ・データ授受方法の見直し（メール添付の廃止）

ご返信をお待ちしております。
""" + SIG_SHOJI,
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="ordinary three-way meeting mail: insurer in To, agency in Cc",
)

add(
    slug="maturity-payee-my-number",
    sender=NONOMURA, to=[TOHO2],
    subject="養老保険（法人契約）満期保険金の支払調書作成に係る個人番号のご提供",
    charset="iso-2022-jp",
    body="""東邦生命保険株式会社
年金サービス課 ご担当者様

いつもお世話になっております。日の出産業 経理部の野々村です。

先般ご案内のありました法人契約養老保険（証券番号 YR-1188-40217）の満期に伴い、
保険金受取人である元役員の個人番号をご連絡いたします。
支払調書作成のためとのことで、本人の同意を得ております。

  受取人氏名　生天目 康夫（なまため やすお）
  住所　　　　茨城県水戸市見川町2131-58
  個人番号　　""" + mn_spaced(101) + """

本来は所定の書面でご提出すべきところ、期限が迫っておりメールでのご連絡となりました。
番号確認書類（通知カード写し）は後日郵送いたします。
""" + SIG_NONOMURA,
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="a payee's My Number with name and address sent to the life insurer",
)

add(
    slug="reply-quoted-list-ack",
    sender=SHOJI, to=[HIKARI2],
    subject="Re: 【要確認】加入者データ照合結果（不一致6件）",
    body="""ひかり保険サービス 事務センター
ご担当者様

ご連絡ありがとうございます。東海林です。
不一致6件、社内システムと突き合わせのうえ、正しい情報を今週中にアップロードサイトへ
登録し直します。メールでの再送は控えますのでご了承ください。

取り急ぎ受領のご連絡まで。
""" + SIG_SHOJI + """
> 日の出産業株式会社
> 東海林様
>
> お世話になっております。ひかり保険サービス 事務センターです。
> 先日ご提出いただいた加入者データのうち、下記6件が保険会社の記録と一致しませんでした。
>
> No 氏名          生年月日    差異
> 1  月見里 遥      1999/05/19  保険会社記録 1999/05/09
> 2  大豆生田 誠    1979/09/08  カナ相違（オオマメウダ/オオマミュウダ）
> 3  比留間 ゆかり  1993/12/30  性別相違
> 4  九十九 隼人    1987/03/15  続柄未記入
> 5  鴇田 奈央      1998/09/13  社員番号重複
> 6  苗加 美紀      1986/02/14  脱退済のため照合不可
>
> お手数ですがご確認をお願いいたします。
""",
    expect="pass", entities=[], detectors=[],
    note="the list is only quoted from the agency's own mail; the new text carries nothing",
)

add(
    slug="travel-insurance-passports-en",
    sender=TAKEUCHI, to=[PACIFIC],
    subject="Business travel cover request - Jakarta site visit, 17-24 Nov",
    body="""Dear Travel Desk,

Under our corporate business-travel policy (policy no. PA-BT-220871), please arrange cover
for the following three employees travelling to Jakarta, Indonesia, from 17 to 24 November.

1) KAMAYACHI Shunsuke - born 30 January 1984 - passport TZ4418207
2) ABIRU Tomoko - born 25 August 1981 - passport TR7720934
3) SODA Hikaru - born 24 December 1995 - passport MU1056382

All three will be visiting our joint-venture plant in Cikarang. Please send the certificates
of insurance to me by e-mail; the travellers need them for their visa applications.
""" + SIG_TAKEUCHI,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="three travellers' passport numbers and DOB to an overseas travel insurer",
)

add(
    slug="retiree-continuation-gmail",
    sender=SHOJI, to=["門間 繁 <shigeru.monma1965@gmail.com>"],
    subject="団体保険の個人継続についてのご案内",
    body="""門間 繁 様

ご無沙汰しております。日の出産業 福利厚生課の東海林です。
先日お電話でお問い合わせいただいた、退職後の団体保険の継続についてご案内いたします。

在職中にご加入いただいていた団体医療保険は、退職後も「退職者継続プラン」として
最長75歳まで個人でご継続いただけます（保険料は口座振替となります）。
手続きの窓口は代理店のひかり保険サービス（0120-348-271、平日9時～17時）です。

パンフレットを添付いたしますので、ご検討のうえ12月15日までに上記窓口へお申し出ください。
ご不明な点があれば、私までお気軽にご連絡ください。
""" + SIG_SHOJI,
    attachments=[{"kind": "pdf", "name": "退職者継続プラン_ご案内.pdf",
                  "lines": ["退職者継続プランのご案内", "",
                            "対象：団体医療保険に1年以上加入し、定年等により退職された方",
                            "継続可能年齢：75歳まで", "保険料：年払または月払（口座振替）",
                            "お問い合わせ：ひかり保険サービス株式会社 0120-348-271"]}],
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="guidance to one retiree on his own free-mail address; no data beyond his name",
)

add(
    slug="trainee-residence-cards-tsv",
    sender=MORIOKA, to=[KIZUNA],
    subject="技能実習生 団体傷害共済 加入申込（5名）",
    body="""きずな共済会 加入受付ご担当者様

お世話になっております。日の出産業 物流センターの森岡です。
11月に配属となる技能実習生5名について、団体傷害共済への加入を申し込みます。
（監理団体の指示により、在留カード番号もあわせて記入しております）

氏名\t国籍\t生年月日\t在留カード番号\t配属
NGUYEN VAN AN\tベトナム\t2001/03/14\tUH48210937FA\t入出荷課
TRAN THI HOA\tベトナム\t2003/08/02\tUH51877420GB\t検品課
LE MINH TUAN\tベトナム\t2000/12/25\tUK20349158EA\t入出荷課
SARI DEWI LESTARI\tインドネシア\t2002/05/09\tRP66102873HC\t検品課
PUTRA ADI NUGROHO\tインドネシア\t1999/10/30\tRP70035612KD\t入出荷課

掛金は物流センター経費で一括払いといたします。
""" + SIG_MORIOKA,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="tab-separated list of five trainees with residence card numbers and DOB",
)

add(
    slug="beneficiary-change-two-people",
    sender=SHOJI, to=[TOHO],
    subject="死亡保険金受取人の変更について（社員1名）",
    body="""小田切様

お世話になっております。東海林です。
総合福祉団体定期保険のヒューマン・ヴァリュー特約部分とは別に、本人拠出部分（任意加入）の
受取人変更の申出がありましたので、お手続きをお願いいたします。

  被保険者：阿比留 智子（社員番号 H13388）
  変更前受取人：阿比留 和之（夫）昭和55年7月3日生
  変更後受取人：阿比留 千代（母）昭和28年2月11日生
  変更理由：離婚による

受取人変更請求書（本人署名済）は社内便で回収済みですので、明日郵送いたします。
""" + SIG_SHOJI,
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one insured's beneficiary change: three people's details, under five and not sensitive",
)

add(
    slug="health-card-dependant",
    sender=SHOJI, to=[AOI],
    subject="団体医療保険 家族追加時の被扶養者確認について",
    body="""鬼頭様

お世話になっております。日の出産業の東海林です。
お問い合わせいただいた件、被扶養者であることの確認として、ご本人から提供のあった
健康保険証の情報をお知らせします。

被保険者：躑躅森 浩（社員番号 H16033）
追加する家族：長女 躑躅森 芽依（平成２６年４月８日生）
保険者：日の出産業健康保険組合
記号：６７２１　番号：１０５　枝番：０２

保険証の写しの郵送が必要でしたら、改めてご指示ください。
""" + SIG_SHOJI,
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a child's health insurance card symbol/number sent to the insurer",
)

add(
    slug="medical-declaration-hypertension",
    sender=SHOJI, to=[SAKURAGI],
    subject="上乗せ加入（3,000万円）告知内容のご相談",
    body="""桜木生命保険 瀬々様

お世話になっております。東海林です。
品質保証部の門倉 達也さん（昭和51年8月30日生、49歳）から、団体定期保険の上乗せ
（保険金額3,000万円）への加入希望がありました。告知書の内容について事前にご相談させてください。

ご本人の申告では、
　・5年ほど前から高血圧症で近所の内科に通院しており、降圧剤を服用中
　・2021年3月に尿路結石で3日間入院（その後再発なし）
とのことです。

この場合、告知扱いでの加入は可能でしょうか。それとも医師診査が必要になりますでしょうか。
お手数ですがご教示ください。
""" + SIG_SHOJI,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one employee's medical history (hypertension, hospitalisation) in a health declaration query",
)

# ------------------------------------------------------------------------------------
add(
    slug="dui-arrest-company-car",
    sender=NAGUMO, to=["朝凪海上 品川支社 損害サービス 王生様 <mibu.s@asanagi-kaijo.co.jp>"],
    subject="Re: 事故受付番号 A25-1031-0872 の件（追加のご報告）",
    body="""王生様

お世話になっております。日の出産業 車両管理の南雲です。
先週ご報告した事故受付番号 A25-1031-0872 につき、追加でご報告しなければならない事実が判明しました。

運転していた当社社員の東郷 大樹（とうごう だいき、営業本部）ですが、事故直後に駆けつけた
警察官の呼気検査で基準値を超えるアルコールが検出され、酒気帯び運転の疑いでその場で
逮捕されていたことが、昨日本人からの申告で分かりました。現在は釈放され、在宅で捜査が続いているとのことです。

当社としては懲戒手続きを進めておりますが、本件の保険適用（対物・車両）について
どのような影響があるか、ご見解をお聞かせいただけますでしょうか。
""" + SIG_NAGUMO,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's arrest for drunk driving (criminal record) reported to the insurer",
)

add(
    slug="claim-status-no-data",
    sender=NAGUMO, to=[ASANAGI],
    subject="事故受付番号 A25-0918-1143 進捗のご確認",
    body="""朝凪海上火災保険 品川支社 ご担当者様

いつもお世話になっております。日の出産業の南雲です。
9月18日に受付いただいた下記事故について、その後の進捗をお伺いできますでしょうか。

  事故受付番号：A25-0918-1143
  証券番号　　：FL-7720-33158
  車両　　　　：品川 400 ひ 23-55（トヨタ プロボックス）
  損害　　　　：自損（駐車場の支柱に接触、左リアドア凹損）

修理工場（南町モータース）からは、見積書を10月3日に御社アジャスターへ送付済みと聞いております。
協定が済みましたら、修理着工の可否をご連絡ください。
""" + SIG_NAGUMO,
    expect="pass", entities=[], detectors=[],
    note="claim follow-up with claim/policy numbers and a company vehicle plate only",
)

add(
    slug="robbery-victim-business-trip",
    sender=HIGA, to=[AOI_SC],
    subject="海外・国内出張傷害保険 事故報告（ひったくり被害による負傷）",
    body="""あおい損害保険 損害サービス課 御中

お世話になっております。日の出産業 大阪支店 総務課の比嘉でございます。

当支店の営業職 宜保 梨花（ぎぼ りか）が、11月4日夜、出張先の福岡市博多区の路上で
バイクによるひったくり被害に遭い、転倒した際に左膝を強打しました。
博多警察署に被害届を提出済み（受理番号は本人が控えております）で、
翌日受診した整形外科では左膝蓋骨骨折、全治6週間との診断でした。

出張傷害保険（証券番号 BT-3301-7765）での保険金請求を行いたく、必要書類をご教示ください。
盗まれたバッグには会社貸与のスマートフォンが入っていたため、動産総合保険の対象になるかも
あわせてご確認いただけますと幸いです。
""" + SIG_HIGA,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named employee who was a crime victim, with her injury diagnosis",
)

add(
    slug="vehicle-replacement-list",
    sender=NAGUMO, to=[ASANAGI],
    subject="フリート契約 車両入替のご連絡（12月分 8台）",
    charset="cp932",
    body="""朝凪海上 品川支社 営業課 御中

お世話になっております。南雲です。
12月にリース更新となる営業車8台の入替をお願いします。

No 旧登録番号          新登録番号          車名           型式        初度登録  車台番号
-- ------------------  ------------------  -------------  ----------  --------  ---------------
1  品川 400 ひ 23-55   品川 400 ふ 71-02   プロボックス   6AA-NHP160V 2025/12   NHP160-0148823
2  品川 400 ひ 23-58   品川 400 ふ 71-03   プロボックス   6AA-NHP160V 2025/12   NHP160-0148830
3  品川 500 さ 41-07   品川 500 ま 12-86   カローラ       6AA-ZWE219  2025/12   ZWE219-0277105
4  大宮 400 そ 10-44   大宮 400 た 90-17   ADバン         5BF-VY12    2025/12   VY12-411820
5  大宮 400 そ 10-45   大宮 400 た 90-18   ADバン         5BF-VY12    2025/12   VY12-411826
6  なにわ 400 す 5-21  なにわ 400 せ 8-33  プロボックス   6AA-NHP160V 2025/12   NHP160-0149001
7  なにわ 400 す 5-22  なにわ 400 せ 8-34  プロボックス   6AA-NHP160V 2025/12   NHP160-0149012
8  宮城 400 こ 77-90   宮城 400 さ 3-15    ハイエース     3BF-TRH200V 2025/12   TRH200-1088457

いずれも使用者・所有者は従来どおり（所有：リース会社、使用：当社）です。
""" + SIG_NAGUMO,
    expect="pass", entities=[], detectors=[],
    note="padded list of company vehicles (plates, chassis numbers): business assets, not people",
)

add(
    slug="transfusion-refusal-religion",
    sender=SHOJI, to=[HIKARI],
    subject="入院中の社員の件（保険会社へのご説明のお願い）",
    body="""宇佐美様

お世話になっております。東海林です。お電話ではお伝えしきれなかったので、メールで補足します。

製造本部の月見里 遥さんが11月2日から子宮筋腫の手術で入院していますが、ご本人が
エホバの証人の信者であるため、輸血を伴わない治療（無輸血手術）を希望されており、
転院先の病院で手術日程が延びているとのことです。

団体医療保険の入院給付金について、入院が長引いた場合も支払対象となるか、
また転院前後の入院日数が通算されるかを、東邦生命さんに確認いただけますでしょうか。
ご本人からは、保険会社への説明に必要な範囲であれば伝えて構わないと了承を得ています。
""" + SIG_SHOJI,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named employee's religion and medical treatment sent to the agency",
)

add(
    slug="corporate-number-application",
    sender=NONOMURA, to=[KAEDE],
    subject="賠償責任保険 申込書類の送付（契約者情報）",
    body="""かえで損害保険株式会社
法人部 ご担当者様

お世話になっております。日の出産業 経理部の野々村です。
施設賠償責任保険のお申込みにあたり、ご依頼の契約者情報をお送りします。

  商号　　　　日の出産業株式会社
  法人番号　　""" + corp_no("010401088231") + """
  本店所在地　東京都品川区大崎3-9-14
  代表者　　　代表取締役社長 石動 隆一
  資本金　　　4億8,000万円
  業種　　　　産業用資材卸売・物流
  保険料払込　口座振替（みどり銀行 本店営業部 当座 0033178 ヒノデサンギョウ（カ）

申込書の原本（社印押印済）は別途郵送いたします。
""" + SIG_NONOMURA,
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=["personal_data"],
    note="the company's own 法人番号, address and account on an application: business data",
)

add(
    slug="disability-certificate-enrolment",
    sender=IGARASHI, to=[TOHO],
    subject="障がいのある社員の団体保険加入可否について",
    body="""東邦生命保険 小田切様

いつもお世話になっております。日の出産業 人事部の五十嵐です。

来月入社予定の廿楽 啓介さん（1994年6月21日生）の団体保険加入について確認させてください。
廿楽さんは身体障害者手帳1級（両下肢機能障害、車いす使用）をお持ちで、障害者雇用枠での
採用となります。ご本人から、団体医療保険および総合福祉団体定期保険への加入を希望されています。

告知書の「身体の障害」欄への記入が必要になると思いますが、障害の状態によって加入できる
範囲に制限があるかどうか、事前に教えていただけますでしょうか。
""" + SIG_IGARASHI,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named new hire's disability certificate grade and condition sent to the insurer",
)

add(
    slug="ppap-enrolment-zip",
    sender=SHOJI, to=[HIKARI2],
    subject="団体保険 加入者名簿（2025年10月）送付",
    body="""ひかり保険サービス 事務センター ご担当者様

お世話になっております。日の出産業 東海林です。
10月分の加入者名簿をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。
""" + SIG_SHOJI,
    attachments=[{
        "kind": "zip", "name": "加入者名簿_202510.zip", "password": "Hnd#2510kanyu",
        "files": [{"kind": "xlsx", "name": "加入者名簿_202510.xlsx",
                   "sheets": {"名簿": [["氏名", "生年月日"], ["御手洗 健", "1972-04-11"],
                                        ["阿比留 智子", "1981-08-25"], ["釜萢 俊介", "1984-01-30"],
                                        ["丹後 まゆみ", "1990-06-07"], ["生天目 翔", "1992-10-16"]]}}],
    }],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) cannot be inspected",
)

add(
    slug="safe-driving-seminar-venues",
    sender=NAGUMO, to=["朝凪海上 リスクコンサルティング部 <risk-consult@asanagi-kaijo.co.jp>"],
    subject="安全運転講習会（12月）の会場について",
    body="""朝凪海上火災保険 リスクコンサルティング部 ご担当者様

お世話になっております。日の出産業 車両管理の南雲です。
12月に実施いただく安全運転講習会の会場が確定しましたのでお知らせします。

・12/3（水）13:30～ 本社　　　　東京都品川区大崎3-9-14 日の出産業ビル 8F大会議室　TEL 03-5436-7100
・12/5（金）10:00～ 八潮物流センター　埼玉県八潮市大瀬6-2-1 2F研修室　TEL 048-995-3310
・12/9（火）13:30～ 大阪支店　　大阪市北区芝田2-4-6 梅田NKビル5F　TEL 06-6375-2210
・12/11（木）13:30～ 仙台営業所　仙台市青葉区本町1-12-7 第2菱和ビル3F　TEL 022-213-6640

各会場とも受講者は30名前後の見込みです。プロジェクターは各会場にございます。
ドライブレコーダーの事故映像を使った教材もぜひお願いいたします。
""" + SIG_NAGUMO,
    expect="pass", entities=[], detectors=[],
    note="bulleted list of the company's own sites with switchboards: business contacts",
)

add(
    slug="protected-pdf-accident",
    sender=NAGUMO, to=[ASANAGI_JIKO],
    subject="事故報告書（11/7 八潮市 接触事故）",
    body="""朝凪海上 事故受付センター ご担当者様

日の出産業 車両管理の南雲です。
11月7日に発生した接触事故の報告書を PDF にてお送りします。
閲覧用パスワードは、お電話にてお伝えいたします。

事故受付番号：A25-1107-0215
""" + SIG_NAGUMO,
    attachments=[{"kind": "pdf", "name": "事故報告書_20251107.pdf", "password": "yashio1107",
                  "lines": ["事故報告書", "運転者：我妻 悠斗", "事故日時：2025年11月7日 9時15分",
                            "場所：八潮市大瀬6丁目 物流センター前"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected",
)

add(
    slug="adjuster-visit-one-contact",
    sender=MORIOKA, to=[CHUO],
    subject="Re: 立会調査日程（八潮物流センター 倉庫水濡れ損害）",
    body="""中央損害調査 神馬様

お世話になっております。日の出産業 物流センターの森岡です。
立会調査の日程、11月13日（木）10時でお願いいたします。

当日は私が対応いたします。正門の守衛所で「日の出産業 森岡と約束」とお伝えいただければ
ご案内いたします。構内は徒歩移動となりますので、安全靴のご持参をお願いします。
万一当日ご連絡が必要な場合は、私の携帯（090-7714-2258）までお願いします。

被害状況の写真（12枚）と、水濡れで廃棄した商品の一覧（品番・数量・仕入単価）は
事前に送付済みのとおりです。
""" + SIG_MORIOKA + """
-----Original Message-----
From: 神馬 達郎 <jimba.t@chuo-adjust.co.jp>
Sent: Monday, November 10, 2025 9:12 AM
Subject: 立会調査日程（八潮物流センター 倉庫水濡れ損害）

日の出産業株式会社 森岡様
あおい損保様よりご依頼を受け、本件の損害調査を担当いたします中央損害調査の神馬です。
立会調査の日程を以下からお選びください。
 11/12（水）14時 / 11/13（木）10時 / 11/14（金）15時
""",
    expect="pass", entities=[], detectors=[],
    note="site visit arrangement; only the sender's own mobile and the adjuster's business contact",
)

add(
    slug="three-insurers-visible-quote",
    sender=NAGUMO,
    to=[ASANAGI, "あおい損保 法人営業第三課 <hojin3@aoi-sompo.co.jp>", KAEDE],
    subject="【お見積り依頼】2026年度 フリート自動車保険（営業車86台）",
    body="""各社 ご担当者様

いつもお世話になっております。日の出産業 車両管理の南雲です。
2026年3月1日始期のフリート自動車保険につき、お見積りをお願いいたします。

  契約台数　　　：86台（自家用小型貨物 61台、自家用普通乗用 19台、自家用普通貨物 6台）
  現行引受　　　：朝凪海上（フリート割引 ‐34%、優良割引適用）
  過去3年の事故：年平均31件、損害率 平均47%
  補償内容　　　：対人・対物無制限、人身傷害3,000万円、車両保険（一般・時価額）
  提出期限　　　：12月19日（金）

比較のため同一条件でのご提示をお願いします。ご質問は私まで個別にご連絡ください。
""" + SIG_NAGUMO,
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing insurers in To can see each other; should have been Bcc",
)

add(
    slug="bus-accident-docx-injuries",
    sender=IGARASHI, to=[AOI_SC],
    subject="団体傷害保険 社員旅行中のバス事故 負傷者一覧",
    body="""あおい損害保険 損害サービス課 ご担当者様

お世話になっております。日の出産業 人事部の五十嵐です。
11月8日の社員旅行（静岡方面）中に発生した貸切バスの事故につき、負傷者の一覧を
添付いたします。いずれも団体傷害保険（行事参加者包括契約）の対象と認識しております。

バス会社側の保険との関係も含め、今後の進め方をご相談させてください。
""" + SIG_IGARASHI,
    attachments=[{
        "kind": "docx", "name": "バス事故_負傷者一覧.docx",
        "paragraphs": ["社員旅行バス事故 負傷者一覧（2025年11月10日時点）",
                       "事故日時：2025年11月8日 15時20分頃　場所：新東名高速道路 下り 新静岡IC付近"],
        "tables": [[
            ["No", "氏名", "所属", "年齢", "傷病名", "搬送先", "状況"],
            ["1", "百目鬼 健吾", "営業本部", "35", "頸椎捻挫", "静岡済生病院", "通院"],
            ["2", "小鳥遊 美咲", "営業本部", "28", "右鎖骨骨折", "静岡済生病院", "入院（11/8～）"],
            ["3", "廿楽 恵理", "経理部", "38", "顔面挫創", "静岡市立中央病院", "通院"],
            ["4", "門倉 達也", "品質保証部", "49", "腰椎捻挫", "静岡市立中央病院", "通院"],
            ["5", "鴇田 奈央", "総務部", "27", "左手関節打撲", "静岡済生病院", "通院"],
            ["6", "砂古 真司", "物流センター", "34", "肋骨骨折・肺挫傷", "静岡県立総合病院", "入院（11/8～）"],
        ]],
    }],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="DOCX table of six named employees with their injuries and hospitals",
)

add(
    slug="pension-basic-number-pdf",
    sender=IGARASHI, to=[TOHO2],
    subject="確定給付企業年金 年金受給開始者の届出（11月）",
    body="""東邦生命保険株式会社 年金サービス課 御中

平素より大変お世話になっております。日の出産業 人事部の五十嵐です。
11月に年金受給開始年齢に到達する退職者について、受給開始者一覧を PDF にてお送りします。
裁定請求書は各本人から直接御社へ提出するよう案内済みです。
""" + SIG_IGARASHI,
    attachments=[{
        "kind": "pdf", "name": "DB年金_受給開始者一覧_202511.pdf",
        "lines": ["確定給付企業年金　受給開始者一覧（2025年11月到達分）", "日の出産業株式会社 人事部", ""],
        "table": [
            ["氏名", "生年月日", "基礎年金番号", "退職日", "受給方法"],
            ["東條 和夫", "1960/11/04", "4102-337815", "2020/11/30", "年金"],
            ["四方田 正", "1960/11/12", "1305-882041", "2021/03/31", "一時金50%"],
            ["五百旗頭 恵", "1960/11/17", "4721-004936", "2019/06/30", "年金"],
            ["吉良 孝雄", "1960/11/20", "2950-661372", "2020/12/31", "一時金"],
            ["百々 陽子", "1960/11/25", "4418-209557", "2021/09/30", "年金"],
            ["城ケ崎 隆", "1960/11/29", "5007-418823", "2020/11/30", "年金"],
        ],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of six retirees with basic pension numbers and DOB",
)

add(
    slug="plan-counts-padded",
    sender=SHOJI, to=[HIKARI],
    subject="団体医療保険 プラン別加入状況（11月控除分）",
    body="""宇佐美様

お世話になっております。東海林です。
11月給与控除分の集計ができましたのでご報告します。

プラン   本人    配偶者   子     合計人数   控除額合計
-------  ------  -------  -----  ---------  ------------
Aコース     412       97     64        573     1,189,460
Bコース     238      121    142        501     1,402,870
Cコース      96       55     71        222       781,340
-------  ------  -------  -----  ---------  ------------
合計        746      273    277      1,296     3,373,670

前月比で本人加入が12名増えています（10月入社者の加入分）。
請求額との差異がありましたらご指摘ください。
""" + SIG_SHOJI,
    expect="pass", entities=[], detectors=[],
    note="aggregate counts per plan in a padded table: no person",
)

add(
    slug="commuter-cars-zip-csv",
    sender=IGARASHI, to=[HIKARI2],
    subject="マイカー通勤者の任意保険加入状況（照会）",
    body="""ひかり保険サービス 事務センター ご担当者様

お世話になっております。日の出産業 人事部の五十嵐です。
マイカー通勤規程の改定に伴い、通勤に自家用車を使用している社員の任意保険の加入状況を
確認しております。団体扱いへの切替候補として、添付の対象者についてお見積りをお願いします。
""" + SIG_IGARASHI,
    attachments=[{
        "kind": "zip", "name": "マイカー通勤者_2025.zip",
        "files": [{
            "kind": "csv", "name": "mycar_commuters.csv", "encoding": "utf-8",
            "rows": [
                ["氏名", "住所", "車名", "登録番号", "現在の保険会社", "対人", "対物"],
                ["鰐淵 拓海", "埼玉県八潮市中央2-15-9", "N-BOX", "春日部 580 あ 12-34", "かえで損保", "無制限", "無制限"],
                ["纐纈 大輔", "埼玉県三郷市早稲田4-22-1-208", "フィット", "春日部 500 ち 77-01", "不明", "", ""],
                ["安里 翔太", "埼玉県越谷市東越谷7-3-21", "アクア", "越谷 500 ふ 40-09", "朝凪海上", "無制限", "無制限"],
                ["砂古 真司", "東京都足立区竹の塚5-19-8", "ワゴンR", "足立 580 く 6-18", "あおい損保", "無制限", "1000万"],
                ["保志 健太郎", "埼玉県草加市谷塚上町12-6", "プリウス", "越谷 300 せ 52-73", "ネット型", "無制限", "無制限"],
                ["我妻 悠斗", "千葉県流山市南流山3-8-14", "スイフト", "野田 500 な 3-41", "未加入", "", ""],
                ["仁平 篤", "茨城県守谷市松ケ丘6-31-4", "ハスラー", "つくば 580 ら 88-20", "かえで損保", "無制限", "無制限"],
                ["神馬 亜由美", "埼玉県吉川市保2-10-3", "ノート", "春日部 500 ほ 19-55", "朝凪海上", "無制限", "無制限"],
            ]}],
    }],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="ZIP/CSV of eight employees' home addresses and cars sent for a quote",
)

add(
    slug="fw-long-term-absence",
    sender=SHOJI, to=[HIKARI],
    subject="FW: 長期療養者の状況（10月末）",
    body="""宇佐美様

お世話になっております。東海林です。
団体医療保険の入院給付の件で、人事部からの社内連絡を転送します。
3名とも給付金請求の対象になるかと思いますので、手続きのご案内をお願いします。

-----Original Message-----
From: 五十嵐 拓也 <t.igarashi@hinode-sangyo.co.jp>
Sent: Friday, October 31, 2025 6:02 PM
To: 東海林 真紀 <m.shoji@hinode-sangyo.co.jp>
Subject: 長期療養者の状況（10月末）

東海林さん

10月末時点の長期療養者です。

・御手洗 健（製造本部）　胃がん術後の化学療法で9/16～入院中、12月退院見込み
・丹後 まゆみ（品質保証部）　切迫早産で10/2～管理入院
・東郷 大樹（営業本部）　アルコール依存症の専門治療のため10/20～入院（3か月予定）

五十嵐
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="forward (new text to the agency) of three named employees' diagnoses and hospital stays",
)

add(
    slug="property-damage-no-person",
    sender=MORIOKA, to=[AOI_SC],
    subject="企業財産包括保険 事故のご報告（倉庫 スプリンクラー誤作動）",
    body="""あおい損害保険 損害サービス課 ご担当者様

お世話になっております。日の出産業 物流センターの森岡です。
11月6日未明、八潮物流センター B棟2階でスプリンクラーヘッドが破損し、
保管中の商品および棚の一部が水濡れ被害を受けました。

  証券番号：PK-5520-01187（企業財産包括保険）
  発生日時：2025年11月6日 午前3時頃（警備会社の発報で覚知）
  被害概要：紙製梱包資材 約420ケース、電子部品 18パレット、ラック3基
  原因　　：ヘッドの経年劣化によるものと設備業者は見ています
  人的被害：なし

被害品は現状保管しております。立会調査の日程調整をお願いいたします。
""" + SIG_MORIOKA,
    expect="pass", entities=[], detectors=[],
    note="property loss notification with no personal data",
)

add(
    slug="lookalike-own-domain-u",
    sender=SHOJI, to=["比嘉 さやか <s.higa@hinode-sangyou.co.jp>"],
    subject="来週の団体保険説明会（大阪支店）の段取り",
    body="""比嘉さん

お疲れさまです。東海林です。
来週11/19（水）の大阪支店での団体保険説明会の段取りです。

  ・13:30 ひかり保険サービス 宇佐美さん来社（受付で入館証の手配をお願いします）
  ・14:00～15:00 説明会（5F会議室、定員40名）
  ・15:00～16:00 個別相談（小会議室2つ）

パンフレットは桜木生命さんから支店宛に直送してもらっています。
当日はよろしくお願いします。
""" + SIG_SHOJI,
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="colleague's address typed as hinode-sangyou.co.jp: look-alike of the own domain",
)

add(
    slug="quoted-original-diagnosis-thanks",
    sender=SHOJI, to=["東邦生命 保険金部 <hokenkin@toho-seimei.co.jp>"],
    subject="RE: 入院給付金お支払いのご案内（証券番号 GM-4471-0020）",
    body="""東邦生命保険 保険金部 ご担当者様

ご連絡ありがとうございました。日の出産業の東海林です。
お支払い手続き完了の旨、承知いたしました。ご本人にも私から伝えておきます。
今後ともよろしくお願いいたします。
""" + SIG_SHOJI + """
差出人: 東邦生命 保険金部 <hokenkin@toho-seimei.co.jp>
送信日時: 2025年11月12日 15:47
宛先: 東海林 真紀 <m.shoji@hinode-sangyo.co.jp>
件名: 入院給付金お支払いのご案内（証券番号 GM-4471-0020）

日の出産業株式会社 東海林様

下記のとおり入院給付金のお支払い手続きが完了しましたのでご案内いたします。

  被保険者：釜萢 俊介 様
  傷病名　：急性虫垂炎（腹腔鏡下虫垂切除術）
  入院期間：2025年10月6日～10月11日（6日間）
  お支払額：60,000円（手術給付金 100,000円は別途）
""",
    expect="pass", entities=[], detectors=[],
    note="the diagnosis sits only in the insurer's own quoted mail under 差出人/送信日時",
)

add(
    slug="lookalike-partner-tld",
    sender=NAGUMO, to=["青葉運輸 安全管理部 笠原様 <kasahara@aoba-unyu.jp>"],
    subject="11/7 八潮での接触事故 保険対応のご相談",
    body="""青葉運輸株式会社 安全管理部
笠原様

お世話になっております。日の出産業の南雲です。
11月7日朝、当社物流センター前で御社のトラックと当社の営業車が接触した件について、
双方の保険会社間でのやりとりを進めたく、御社の保険会社と事故受付番号をお知らせいただけますでしょうか。

当社側：朝凪海上火災保険 事故受付番号 A25-1107-0215
過失割合については、ドライブレコーダーの映像を双方の保険会社に提出のうえ協議する
ということでよろしいでしょうか。
""" + SIG_NAGUMO,
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="partner aoba-unyu.co.jp addressed as aoba-unyu.jp (dropped co.)",
)

add(
    slug="gmail-employee-own-claim",
    sender=SHOJI, to=["釜萢 俊介 <kamayachi.s@gmail.com>"],
    subject="入院給付金のお支払いについて",
    body="""釜萢さん

お疲れさまです。福利厚生課の東海林です。
休暇中とのことで、ご依頼どおり個人アドレスにご連絡します。

東邦生命から、先日の入院（急性虫垂炎・腹腔鏡手術、10/6～10/11）の入院給付金60,000円と
手術給付金100,000円の支払手続きが完了したと連絡がありました。
ご指定の口座に今週中に振り込まれる予定です。

復帰されたら、領収書の原本を念のため福利厚生課までお持ちください。
お大事になさってください。
""" + SIG_SHOJI,
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="an employee's own diagnosis sent at his request to his private address: officer could go either way",
)

add(
    slug="lookalike-law-firm-cojp",
    sender=SAKAKIBARA, to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.co.jp>"],
    subject="示談交渉に関するご相談（営業車事故・相手方代理人からの請求）",
    body="""白川先生

いつもお世話になっております。日の出産業 リスク管理室の榊原です。

7月に当社営業車が起こした事故（事故受付番号 A25-0714-0390）につき、
相手方の代理人弁護士から、保険会社の提示額を大きく上回る損害賠償請求書が届きました。
朝凪海上の担当者は訴訟移行の可能性もあるとの見立てです。

請求書の写しと、これまでの保険会社とのやりとりを整理した資料を来週お持ちしますので、
ご相談のお時間をいただけますでしょうか。11/20 午後か 11/21 午前を希望いたします。
""" + SIG_SAKAKIBARA,
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="partner law firm shirakawa-law.jp addressed with a swapped TLD (.co.jp)",
)

# ------------------------------------------------------------------------------------
add(
    slug="corrupt-xlsx-resend",
    sender=IGARASHI, to=[AOI],
    subject="Re: GLTD加入者名簿 ファイルが開けない件（再送）",
    body="""鬼頭様

お世話になっております。五十嵐です。
ファイルが開けなかったとのこと、失礼いたしました。保存し直したものを再送いたします。
それでも開けない場合はお知らせください。
""" + SIG_IGARASHI + """
> 五十嵐様
> 先ほどお送りいただいた名簿ですが、当方の環境では「ファイルが破損しています」と表示され、
> 開くことができませんでした。お手数ですが再送いただけますでしょうか。
> あおい損保 鬼頭
""",
    attachments=[{"kind": "corrupt", "name": "GLTD加入者名簿_202510_再送.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the resent workbook is corrupt and cannot be inspected",
)

add(
    slug="new-contact-person",
    sender=SHOJI, to=[AOI], cc=["鬼頭様アシスタント 吉良様 <kira.n@aoi-sompo.co.jp>"],
    subject="担当者変更のお知らせ（日の出産業 福利厚生課）",
    body="""あおい損害保険株式会社
鬼頭様、吉良様

いつも大変お世話になっております。日の出産業の東海林です。

私事で恐縮ですが、12月1日付で経営企画部へ異動することとなりました。
後任は下記の者が務めます。

  総務部 福利厚生課　丹後 まゆみ（たんご まゆみ）
  TEL 03-5436-7121（直通）
  E-mail m.tango@hinode-sangyo.co.jp

11月中に一度、丹後を連れてご挨拶に伺えればと存じます。
在任中は大変お世話になりました。引き続きよろしくお願いいたします。
""" + SIG_SHOJI,
    expect="pass", entities=[], detectors=[],
    note="successor's business contact details (one person, company phone and mail)",
)

add(
    slug="confidential-subject-renewal-plan",
    sender=SAKAKIBARA, to=[HIKARI],
    subject="【社外秘】2026年度 福利厚生保険制度 改定方針（役員会承認済）",
    body="""【社外秘】

宇佐美様

お世話になっております。リスク管理室の榊原です。
10月の役員会で承認された来年度の保険制度改定方針です。
社員への公表（12月予定）まではお取扱いにご注意ください。

1. 団体定期保険：会社負担部分の保険金額を一律500万円→700万円に引上げ
2. GLTD：全員加入型（会社負担）へ移行、任意上乗せは継続
3. 団体医療保険：Cコースを廃止し、A/Bの2コースに集約
4. 引受保険会社：東邦生命から桜木生命への一部移管を検討（入札実施）

4. については入札前ですので、他社への情報提供はお控えください。
""" + SIG_SAKAKIBARA,
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="document classified 【社外秘】 in subject and body sent to the agency",
)

add(
    slug="seminar-attendees-four",
    sender=HIGA, to=[HIKARI],
    subject="個別相談会 参加者（大阪支店 4名）",
    body="""ひかり保険サービス 宇佐美様

お世話になっております。日の出産業 大阪支店の比嘉です。
11/19 の説明会後の個別相談に申込みのあった社員は、下記4名です。
当日ご連絡が必要な場合は各自の内線か携帯へお願いします。

  15:00  宜保 梨花    内線 2214 / 090-3381-6620
  15:20  畔柳 慎也    内線 2230 / 080-5527-1934
  15:40  東條 真弓    内線 2108 / 070-6614-2075
  16:00  釜萢 俊介    内線 2241 / 090-2208-7713

ご相談内容は家族加入・受取人変更が中心と聞いています。
""" + SIG_HIGA,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four attendees with mobile numbers: under five people, may be warned",
)

add(
    slug="family-bullets-five",
    sender=SHOJI, to=[SAKURAGI],
    subject="家族型団体医療保険 加入申込（宜保さんご家族）",
    charset="cp932",
    body="""桜木生命 瀬々様

お世話になっております。東海林です。
大阪支店の宜保さんから、ご家族全員での加入申込がありました。
申込書の記載内容を転記します。

・宜保 梨花（本人）　1994年11月11日生　大阪府吹田市山田西3-40-2
・宜保 直人（夫）　1991年5月3日生　同上
・宜保 ひなた（長女）　2019年9月22日生　同上
・宜保 蓮（長男）　2022年1月8日生　同上
・比嘉 トミ（母・同居）　1962年7月30日生　同上

コースは全員Bコース、保険料は給与控除です。
よろしくお願いいたします。
""" + SIG_SHOJI,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="「・」bulleted records of five family members with DOB and home address",
)

add(
    slug="t-number-invoice",
    sender=NONOMURA, to=[KAEDE],
    subject="集金事務手数料のご請求（2025年10月分）",
    body="""かえで損害保険株式会社 法人部 御中

いつもお世話になっております。日の出産業 経理部の野々村です。
団体扱自動車保険の集金事務手数料につき、10月分のご請求書をお送りします。

  請求書番号　　HS-INV-2510-0412
  登録番号　　　T""" + corp_no("010401088231") + """
  対象期間　　　2025年10月1日～10月31日
  集金件数　　　214件
  手数料（税抜）64,200円
  消費税（10%）  6,420円
  ご請求額　　　70,620円
  お支払期限　　2025年11月30日
  振込先　　　　みどり銀行 本店営業部 当座 0033178 ヒノデサンギョウ（カ

ご不明点がございましたらご連絡ください。
""" + SIG_NONOMURA + DISC_JA,
    attachments=[{"kind": "pdf", "name": "請求書_HS-INV-2510-0412.pdf",
                  "lines": ["請求書", "かえで損害保険株式会社 御中", "請求書番号 HS-INV-2510-0412",
                            "登録番号 T" + corp_no("010401088231"),
                            "集金事務手数料（2025年10月分） 214件", "ご請求額 70,620円（税込）",
                            "日の出産業株式会社 東京都品川区大崎3-9-14"]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=["personal_data"],
    note="qualified invoice with the company's T-number and its own bank account",
)

add(
    slug="kenpo-dependants-blocks",
    sender=IGARASHI, to=[KENPO],
    subject="被扶養者（異動）届 メール送付分（5件）",
    body="""日の出産業健康保険組合 適用課 ご担当者様

お世話になっております。日の出産業 人事部の五十嵐です。
10月受付分の被扶養者異動届、紙の届出に先立ち内容をお送りします。

【1】
被保険者　御手洗 健　記号 6721 番号 38
被扶養者　御手洗 典子（妻）1974年9月30日生
異動内容　追加（パート退職による）

【2】
被保険者　釜萢 俊介　記号 6721 番号 212
被扶養者　釜萢 千尋（長女）2012年5月17日生
異動内容　追加（転居による同居開始）

【3】
被保険者　阿比留 智子　記号 6721 番号 97
被扶養者　阿比留 和之（夫）1980年7月3日生
異動内容　削除（離婚による）

【4】
被保険者　躑躅森 浩　記号 6721 番号 105
被扶養者　躑躅森 芽依（長女）2014年4月8日生
異動内容　追加（出生後の届出漏れ）

【5】
被保険者　九十九 亜紀　記号 6721 番号 263
被扶養者　九十九 結衣（長女）2018年12月1日生
異動内容　追加（夫の被扶養者から移動）

添付書類（課税証明書・住民票）は本日郵送いたします。
""" + SIG_IGARASHI,
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="five one-record blocks with health insurance card numbers and DOB to the (external) 健保組合",
)

add(
    slug="confidentiality-word-mention",
    sender=SAKAKIBARA, to=[OGILVY],
    subject="RE: Board paper on the insurance programme",
    body="""Dear Daniel,

Thank you for your message. I am afraid I cannot share the board paper itself: under our
document rules it is classified for internal use and may not be sent outside the company,
even under the NDA we signed with your firm last year.

What I can do is walk you through the main points in our meeting on Thursday, and send you
the public figures (premium volumes by line) which we have already shared with the market
for the tender.

Looking forward to seeing you on Thursday.
""" + SIG_SAKAKIBARA + DISC_EN,
    expect="pass", entities=[], detectors=[],
    note="mentions the paper's classification and an NDA without carrying any marked document",
)

add(
    slug="no-name-column-list",
    sender=IGARASHI, to=["あおい損保 GLTD保険金支払センター 廣瀬様 <hirose.y@aoi-sompo.co.jp>"],
    subject="GLTD 更改用データ（任意上乗せ加入者 7名分）",
    body="""廣瀬様

お世話になっております。五十嵐です。
更改の料率算出用にご依頼のありましたデータです。氏名は不要とのことでしたので
被保険者番号で記載しています。

被保険者番号,生年月日,性別,住所,年収(万円),加入口数
GL-00412,1972/04/11,M,東京都大田区南雪谷2-17-5,920,6
GL-00588,1981/08/25,F,神奈川県川崎市中原区今井上町14-3-402,610,4
GL-00613,1984/01/30,M,大阪府豊中市東泉丘1-9-22,780,6
GL-00790,1990/06/07,F,東京都世田谷区砧7-4-11,450,3
GL-00844,1992/10/16,M,埼玉県さいたま市浦和区常盤5-20-8,520,4
GL-00902,1987/03/02,F,千葉県市川市八幡3-28-1-605,560,4
GL-01015,1995/12/24,M,東京都江戸川区西葛西6-13-2,410,3

なお、年収は2024年分の源泉徴収票ベースです。
""" + SIG_IGARASHI,
    expect="stop", entities=["DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="seven people's rows (DOB, home address, income) without a name column",
)

add(
    slug="aggregate-health-stats",
    sender=SHOJI, to=[SAKURAGI],
    subject="団体医療保険 料率算出用の基礎データ（集計値）",
    body="""瀬々様

お世話になっております。東海林です。
ご依頼のありました料率算出用の基礎データを、集計値でお送りします。
個人単位のデータは提供できませんので、ご了承ください。

  対象者数　　　1,296名（本人746、配偶者273、子277）
  平均年齢　　　本人 43.2歳／配偶者 44.8歳
  男女比　　　　男性 68.4%／女性 31.6%
  定期健診 有所見率　52.3%（前年 50.9%）
  うち要精密検査　　 11.7%
  喫煙率　　　　　　 24.1%
  直近3年の入院給付 支払件数　年平均 61件（がん関連 9件、精神疾患関連 7件）

事業所別の内訳が必要であれば、10名未満の区分は「その他」にまとめる形でご用意します。
""" + SIG_SHOJI,
    expect="pass", entities=[], detectors=[],
    note="health statistics aggregated over 1,296 people: no individual is identifiable",
)

add(
    slug="addresses-no-prefecture-dorm",
    sender=SHOJI, to=["あおい損保 品川営業所 <shinagawa-eigyo@aoi-sompo.co.jp>"],
    subject="社宅入居者の家財保険（団体扱）加入者",
    body="""あおい損害保険 品川営業所 ご担当者様

お世話になっております。日の出産業 東海林です。
借上げ社宅の入居者で、家財保険の団体扱いへの加入を希望した社員は下記のとおりです。

月見里 遥 / 豊島区南長崎3-14-2 メゾン南長崎205 / 080-6631-2294
小鳥遊 美咲 / 川崎市幸区南加瀬1-7-19 ハイツ加瀬302 / 090-4418-7750
左右田 光 / 江東区北砂4-21-6 サンライズ北砂411 / 070-1187-3326
鴇田 奈央 / 板橋区成増2-33-8 グリーンコート成増106 / 080-9902-4481
四十物 さくら / 市川市南八幡5-2-14 エクセル本八幡503 / 090-2275-6039
我妻 悠斗 / 松戸市新松戸3-128 コスモ新松戸207 / 070-4450-8812

補償額はいずれも家財500万円、個人賠償特約付きでお願いします。
""" + SIG_SHOJI,
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six people with home addresses lacking 〒 and prefecture, plus mobiles",
)

add(
    slug="renewal-broker-en",
    sender=TAKEUCHI, to=[OGILVY],
    subject="Renewal timeline - Jakarta JV liability programme",
    body="""Dear Daniel,

Following our call, here is the timeline we would like to work to for the 1 April renewal of the
Jakarta joint-venture liability programme:

- 15 Dec: submission pack to markets (exposure data, 5-year loss history)
- 16 Jan: indicative quotes
- 6 Feb: firm quotes and wording review
- 27 Feb: binding instructions
- 31 Mar: certificates and local policy issuance

Could you confirm whether the local fronting insurer needs the premium to be paid in IDR this year?
Our finance team would prefer JPY if possible.
""" + SIG_TAKEUCHI + """
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information
intended solely for the addressee. If you have received it in error, please delete it and notify
the sender. Any unauthorised use or disclosure is prohibited.
""",
    expect="pass", entities=[], detectors=[],
    note="English renewal timeline with a standard confidentiality notice (not a marking)",
)

add(
    slug="health-check-results-named",
    sender=SHOJI, to=[TOHO],
    subject="高額加入者の健康診断結果の提出について",
    body="""小田切様

お世話になっております。東海林です。
団体定期保険の高額加入（5,000万円）に関し、医師診査の代わりに健康診断結果で
審査いただけるとのことでしたので、ご本人の同意のもと、結果を転記してお送りします。

被保険者：五百旗頭 隆（いおきべ たかし）　昭和４９年３月１７日生
受診日：2025年6月12日（日の出産業 定期健康診断）

　身長 172.4cm　体重 88.1kg　BMI 29.6
　血圧 168/102 mmHg（要治療）
　HbA1c 7.8%（要精密検査）
　空腹時血糖 142 mg/dL
　LDLコレステロール 171 mg/dL
　γ-GTP 118 U/L
　総合判定：D（要医療）

健診機関発行の結果票の写しは別途郵送いたします。
""" + SIG_SHOJI,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's health check results sent to the life insurer",
)

add(
    slug="fw-insurer-announcement",
    sender=SHOJI, to=["北国フーズ 総務部 真柴様 <mashiba@kitaguni-foods.co.jp>"],
    subject="FW: 【東邦生命】団体定期保険 約款改定のお知らせ",
    body="""北国フーズ株式会社 総務部
真柴様

お世話になっております。日の出産業の東海林です。
先日の情報交換会で話題になった、東邦生命の約款改定のお知らせを転送いたします。
御社も同じ商品にご加入と伺いましたので、ご参考まで。

---------- Forwarded message ---------
From: 東邦生命保険 団体保険部 <dantai-info@toho-seimei.co.jp>
Date: 2025年11月4日(火) 10:00
Subject: 【東邦生命】団体定期保険 約款改定のお知らせ

ご契約者各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
2026年4月1日以降に更新を迎える総合福祉団体定期保険につき、下記のとおり約款を改定いたします。

 1. 災害割増特約の支払事由の明確化
 2. 指定代理請求人の範囲の拡大（3親等内の親族まで）
 3. 保険金請求時の必要書類の簡素化（死亡診断書の写しで可とする）

詳細は弊社ホームページをご覧ください。
""" + SIG_SHOJI,
    expect="pass", entities=[], detectors=[],
    note="forward of an insurer's circular to a partner: no personal data",
)

add(
    slug="xlsx-beneficiaries-sheets",
    sender=SHOJI, to=[SAKURAGI],
    subject="団体定期保険（移管分）被保険者一覧・受取人指定一覧",
    body="""瀬々様

お世話になっております。東海林です。
東邦生命からの一部移管の対象となる被保険者の一覧と、受取人指定の一覧をお送りします。
シート「被保険者」「受取人」をご確認ください。
""" + SIG_SHOJI,
    attachments=[{
        "kind": "xlsx", "name": "移管対象_被保険者一覧.xlsx",
        "sheets": {
            "被保険者": [
                ["移管対象 被保険者一覧（2026年3月1日移管予定）", "", "", "", ""],
                ["社員番号", "氏名", "生年月日", "保険金額(万円)", "所属"],
                ["H10442", "城ケ崎 美和", "1970-02-08", 3000, "営業本部"],
                ["H12087", "四方田 浩二", "1976-05-29", 2000, "製造本部"],
                ["H13015", "百々 愛", "1983-09-16", 1000, "経理部"],
                ["H14471", "仁平 篤", "1986-12-02", 2000, "物流センター"],
                ["H15530", "勘解由小路 暁", "1988-07-19", 1000, "情報システム部"],
                ["H16218", "五百旗頭 隆", "1974-03-17", 5000, "営業本部"],
            ],
            "受取人": [
                ["社員番号", "受取人氏名", "続柄", "受取人生年月日"],
                ["H10442", "城ケ崎 亮", "夫", "1968-10-30"],
                ["H12087", "四方田 静香", "妻", "1978-01-14"],
                ["H13015", "百々 信夫", "父", "1955-06-06"],
                ["H14471", "仁平 奈々", "妻", "1988-04-25"],
                ["H15530", "勘解由小路 芳子", "母", "1960-11-03"],
                ["H16218", "五百旗頭 由美", "妻", "1976-08-21"],
            ],
        },
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="XLSX of six insured and six beneficiaries with dates of birth",
)

add(
    slug="bcc-quote-request",
    sender=NAGUMO, to=[NAGUMO],
    bcc=[ASANAGI, "あおい損保 法人営業第三課 <hojin3@aoi-sompo.co.jp>", KAEDE,
         "桜木損保 企業営業部 <kigyo@sakuragi-sonpo.co.jp>"],
    subject="【ご案内】2026年度 貨物保険 入札説明資料",
    body="""各保険会社 ご担当者様

※本メールは複数の保険会社様へ Bcc にてお送りしております。

いつもお世話になっております。日の出産業 車両管理の南雲です。
2026年度の運送保険（貨物保険）の入札につき、説明資料をお送りいたします。

  入札対象　：国内貨物（自社便・委託便）年間輸送額 約380億円
  提出物　　：見積書、補償内容比較表、事故対応体制の説明資料
  提出期限　：2026年1月16日（金）17時
  質問受付　：12月19日（金）まで、本メールアドレスへ

ご質問への回答は、全社に同内容を Bcc でお送りします。
""" + SIG_NAGUMO,
    expect="pass", entities=[], detectors=[],
    note="tender sent correctly with the insurers in Bcc; To is the sender himself",
)

add(
    slug="expat-medical-en-asthma",
    sender=TAKEUCHI, to=[OGILVY], cc=["Priya Raman <p.raman@ogilvy-risk.com>"],
    subject="International medical plan - census for new enrolments",
    body="""Dear Daniel, dear Priya,

Please find below the census for the five employees (and dependants) to be enrolled in the
international private medical plan from 1 December.

Member                  Relation   Date of birth   Posting
----------------------  ---------  --------------  --------------
KAMAYACHI Shunsuke      employee   1984-01-30      Jakarta
KAMAYACHI Chihiro       child      2012-05-17      Jakarta
TOKITA Nao              employee   1998-09-13      Singapore
OMAMEUDA Makoto         employee   1979-09-08      Ho Chi Minh City
OMAMEUDA Reiko          spouse     1981-02-03      Ho Chi Minh City
ZEZE Kanako             employee   1991-07-22      Bangkok

Please note one pre-existing condition to declare: Chihiro Kamayachi has been treated for
bronchial asthma since 2019 (inhaled steroids, no hospital admission in the last two years).
Please let me know whether it will be covered or excluded.
""" + SIG_TAKEUCHI,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six members' DOB in a padded census plus a child's asthma history, in English",
)

add(
    slug="pdf-brochure-agency",
    sender=SHOJI, to=[HIKARI],
    subject="社内イントラ掲載用 団体保険ガイド（最終版）",
    body="""宇佐美様

お世話になっております。東海林です。
社内イントラに掲載する団体保険ガイドの最終版を添付します。
保障内容の記載（特に三大疾病特約・精神疾患の扱い）に誤りがないか、
東邦生命さんにもご確認いただけますでしょうか。
""" + SIG_SHOJI,
    attachments=[{"kind": "pdf", "name": "団体保険ガイド2026_最終版.pdf",
                  "title": "団体保険ガイド2026",
                  "lines": [
                      "日の出産業 団体保険ガイド 2026",
                      "1. 団体医療保険：病気やケガによる入院・手術を保障します（Aコース 日額5,000円～）",
                      "2. 三大疾病特約：がん・急性心筋梗塞・脳卒中と診断されたとき一時金100万円",
                      "3. GLTD：うつ病などの精神疾患を含む就業障害で働けない期間の収入を補償（最長2年）",
                      "4. 告知について：過去5年以内の入院・手術歴等をご申告いただきます",
                      "5. お問い合わせ：ひかり保険サービス 0120-348-271",
                  ]}],
    expect="pass", entities=[], detectors=[],
    note="product guide naming diseases in general; no person",
)

add(
    slug="company-card-premium",
    sender=NONOMURA, to=["ひかり保険サービス 海外旅行保険デスク <kaigai@hikari-hoken.jp>"],
    subject="海外旅行保険 保険料のカード決済について",
    body="""ひかり保険サービス 海外旅行保険デスク ご担当者様

お世話になっております。日の出産業 経理部の野々村です。
11月出張分の海外旅行保険料（3名分 合計 41,850円）につき、法人カードでの決済をお願いします。
お電話がつながらなかったため、メールにて失礼いたします。

  カード番号　""" + cc_spaced(7) + """
  有効期限　　08/28
  名義　　　　NONOMURA YUKA（法人カード）

決済完了後、領収書を経理部宛にお送りください。
""" + SIG_NONOMURA,
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a full credit card number with expiry and holder name sent by e-mail",
)

add(
    slug="settlement-progress-law-firm",
    sender=SAKAKIBARA, to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="営業車事故（A25-0714-0390）示談交渉の進捗",
    body="""白川先生

いつもお世話になっております。リスク管理室の榊原です。
先日ご相談した件の進捗をご報告します。

  ・朝凪海上の提示額：1,842,000円（修理費・休車損害・評価損）
  ・相手方代理人の請求額：3,260,000円
  ・争点：評価損の算定と休車期間（相手方は60日、保険会社は30日を主張）

朝凪海上からは、当社として上乗せ負担する意向があるかを確認されています。
先生のご意見を伺ったうえで回答したいと考えておりますので、来週ご相談のお時間をいただけますか。
""" + SIG_SAKAKIBARA + DISC_JA,
    expect="pass", entities=[], detectors=[],
    note="settlement figures to the company's own law firm (correct domain); no personal data",
)

add(
    slug="dialysis-new-text-over-quote",
    sender=SHOJI, to=[TOHO],
    subject="Re: GM-4471-0020 入院給付金請求 書類不備のご連絡",
    body="""小田切様

ご連絡ありがとうございます。東海林です。
ご指摘の診断書の件、ご本人に確認しました。

補足ですが、四方田 浩二さんは今回の入院中に糖尿病性腎症が進行し、先週から週3回の
人工透析を開始しています。主治医の意見書では身体障害者手帳（腎臓機能障害1級）の
申請予定とのことですので、高度障害保険金の対象になるかもあわせてご確認ください。

診断書の原本は本日発送いたします。
""" + SIG_SHOJI + """
> 日の出産業 東海林様
>
> いつもお世話になっております。東邦生命の小田切です。
> 先日ご提出いただいた入院給付金の請求書類のうち、診断書の入院期間の記載が
> 請求書と一致しておりません。お手数ですがご確認をお願いいたします。
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="new reply text adds a named employee's dialysis and disability; the quote is harmless",
)

add(
    slug="garage-repair-arrangement",
    sender=NAGUMO, to=["南町モータース 工場長 葛西様 <kasai@minamimachi-motors.co.jp>"],
    subject="品川 400 ひ 23-55 修理着工のご連絡",
    body="""南町モータース
葛西様

いつもお世話になっております。日の出産業の南雲です。
朝凪海上との協定が済みましたので、下記の修理に着工してください。

  登録番号：品川 400 ひ 23-55（プロボックス）
  見積番号：MM-25-0933
  協定金額：286,440円（税込）
  代車　　：軽バン1台（11/17～完成まで）
  引取り　：11/17（月）9時、本社地下駐車場

完成時はご連絡をお願いします。車両は私か、管理グループの者が引き取りに伺います。
""" + SIG_NAGUMO,
    expect="pass", entities=[], detectors=[],
    note="repair go-ahead with a vehicle plate and estimate number",
)

add(
    slug="myno-lump-sum-xlsx",
    sender=IGARASHI, to=[TOHO2],
    subject="退職一時金（DB年金）受給者の個人番号について",
    body="""東邦生命保険 年金サービス課 御中

お世話になっております。日の出産業 人事部の五十嵐です。
12月に退職一時金（確定給付企業年金からの一時金）を受給する退職予定者6名の
個人番号をご依頼どおり Excel にまとめました。源泉徴収票・支払調書の作成にご使用ください。
""" + SIG_IGARASHI,
    attachments=[{
        "kind": "xlsx", "name": "一時金受給者_個人番号.xlsx",
        "sheets": {"受給者": [
            ["退職一時金受給者（2025年12月支給分）"],
            ["氏名", "フリガナ", "生年月日", "住所", "個人番号"],
            ["吉良 孝雄", "キラ タカオ", "1960-11-20", "東京都府中市白糸台3-14-7", my_number(211)],
            ["百々 陽子", "ドド ヨウコ", "1960-11-25", "東京都調布市国領町5-61-3", my_number(212)],
            ["城ケ崎 隆", "ジョウガサキ タカシ", "1960-11-29", "神奈川県横浜市港北区日吉本町2-40-12", my_number(213)],
            ["舘 正和", "タチ マサカズ", "1960-12-03", "千葉県松戸市常盤平7-9-1", my_number(214)],
            ["門倉 一郎", "カドクラ イチロウ", "1960-12-09", "埼玉県所沢市小手指町4-18-6", my_number(215)],
            ["王生 節子", "ミブ セツコ", "1960-12-21", "東京都練馬区石神井町8-26-2", my_number(216)],
        ]},
    }],
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX with six people's My Numbers, DOB and addresses",
)

# ------------------------------------------------------------------------------------
add(
    slug="docx-handle-with-care-policy",
    sender=SAKAKIBARA, to=["朝凪海上 品川支社 損害サービス 王生様 <mibu.s@asanagi-kaijo.co.jp>"],
    subject="当社の事故対応方針（改定版）の共有",
    body="""王生様

お世話になっております。リスク管理室の榊原です。
先日お話しした当社の自動車事故対応方針の改定版をお送りします。
御社の事故対応の際に当社の判断基準としてご参照いただければ幸いです。
""" + SIG_SAKAKIBARA,
    attachments=[{
        "kind": "docx", "name": "自動車事故対応方針_v3.docx",
        "page_header": "取扱注意",
        "title": "自動車事故対応方針（第3版）",
        "paragraphs": [
            "自動車事故対応方針（第3版）",
            "制定：リスク管理室　承認：2025年10月 経営会議",
            "1. 当社過失が明らかな事故は、保険会社の提示額を基準に早期解決を図る。",
            "2. 相手方請求額が提示額の1.5倍を超える場合は、顧問弁護士に相談する。",
            "3. 免責金額（10万円）以下の対物事故は、保険を使わず当社負担とすることができる。",
            "4. 飲酒・無免許等の重大違反が判明した場合は、懲戒委員会に付議する。",
        ],
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="DOCX carries a 取扱注意 header stamp and goes to the insurer",
)

add(
    slug="internal-accident-licence-diagnosis",
    sender=NAGUMO, to=[SAKAKIBARA, "五十嵐 拓也 <t.igarashi@hinode-sangyo.co.jp>"],
    cc=["安全衛生委員会 <anzen@mail.hinode-sangyo.co.jp>"],
    subject="【社内報告】11/7 接触事故の詳細（運転者の負傷状況含む）",
    body="""榊原室長、五十嵐さん
（cc：安全衛生委員会）

車両管理の南雲です。11/7 の接触事故について、社内向けの詳細報告です。

運転者：我妻 悠斗（物流センター）2002年4月15日生
免許証番号：""" + lic("44", "21", "330578") + """（グリーン、初心運転者期間は終了）
負傷：事故の衝撃で頸椎捻挫、全治2週間（八潮中央クリニック受診）
相手方：青葉運輸の大型トラック（運転者にけがなし）

本人は11/10から出勤しています。労災の手続きは五十嵐さんにお願いします。
保険会社（朝凪海上）への報告は私から行い、運転者の個人情報は必要最小限にとどめます。
""" + SIG_NAGUMO,
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="licence number and injury of a driver, but every recipient is internal",
)

add(
    slug="pdf-confidential-strategy-en",
    sender=SAKAKIBARA, to=[OGILVY],
    subject="Our renewal strategy paper for your review",
    body="""Dear Daniel,

As agreed, attached is our renewal strategy paper for the property and liability programme.
We would appreciate your comments on sections 3 and 4 (retention levels and market approach)
before our steering committee on 2 December.
""" + SIG_SAKAKIBARA,
    attachments=[{"kind": "pdf", "name": "Renewal_strategy_FY2026.pdf",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo internal only",
                  "title": "Renewal strategy FY2026",
                  "lines": ["Insurance programme renewal strategy FY2026", "",
                            "1. Background and market conditions",
                            "2. Loss experience FY2020-2024 (see separate statistics)",
                            "3. Retention: raise property deductible from JPY 1m to JPY 5m",
                            "4. Market approach: invite three insurers, keep Asanagi as lead",
                            "5. Budget: premium ceiling JPY 78m including tax"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PDF stamped CONFIDENTIAL / internal only sent to the broker",
)

add(
    slug="policy-reissue-request",
    sender=NONOMURA, to=[AOI],
    subject="保険証券 再発行のお願い（PK-5520-01187）",
    body="""鬼頭様

お世話になっております。日の出産業 経理部の野々村です。
本社移転時の書類整理で、下記証券の原本が所在不明となっております。
大変お手数ですが、再発行をお願いできますでしょうか。

  証券番号：PK-5520-01187（企業財産包括保険）
  契約者　：日の出産業株式会社
  保険期間：2025年3月1日～2026年3月1日

監査法人から期末の保険契約の確認を求められており、12月中旬までに必要です。
再発行手数料がかかる場合はご請求ください。
""" + SIG_NONOMURA,
    expect="pass", entities=[], detectors=[],
    note="policy reissue request with policy number only",
)

add(
    slug="reply-new-corrected-list",
    sender=SHOJI, to=[HIKARI2],
    subject="Re: 【要確認】団体医療保険 連絡先不明者の件",
    body="""ひかり保険サービス 事務センター ご担当者様

お世話になっております。東海林です。
ご照会の連絡先不明者につき、社内で確認した最新の連絡先です。
（退職者を含みます。いずれも退職時の届出による）

氏名, 生年月日, 現住所, 電話
東條 和夫, 1963/05/04, 千葉県船橋市夏見台4-11-3, 047-438-2291
葛城 里美, 1978/12/19, 神奈川県相模原市南区上鶴間本町2-8-15-302, 090-3318-5720
苗加 美紀, 1986/02/14, 石川県金沢市泉野町5-7-31, 076-241-0938
門間 繁, 1965/07/21, 栃木県宇都宮市御幸ケ原町88-5, 028-662-4017
保志 健太郎, 1997/01/26, 埼玉県草加市谷塚上町12-6, 090-6620-1985

継続案内の発送をよろしくお願いいたします。
""" + SIG_SHOJI + """
> 日の出産業 東海林様
> 継続案内を発送したところ、下記の方々の郵便物が宛所不明で戻ってまいりました。
> 最新のご住所・お電話番号をお知らせいただけますでしょうか。
> 　東條様、葛城様、苗加様、門間様、保志様（計5名）
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="reply whose new text lists five people's addresses, phones and DOB (quote holds only names)",
)

add(
    slug="deduction-certificates-two",
    sender=SHOJI, to=["東邦生命 団体事務センター <dantai-jimu@toho-seimei.co.jp>"],
    subject="生命保険料控除証明書 再発行依頼（2名）",
    body="""東邦生命保険 団体事務センター ご担当者様

お世話になっております。日の出産業 福利厚生課の東海林です。
年末調整用の生命保険料控除証明書を紛失した社員が2名おりますので、再発行をお願いします。

  社員番号 H13790　木全 泰子
  社員番号 H19334　左右田 光

再発行分は会社（福利厚生課 東海林宛）へご送付ください。
""" + SIG_SHOJI,
    expect="pass", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="two employees' names with staff numbers: below the list threshold, nothing sensitive",
)

add(
    slug="loss-stats-header-stamp",
    sender=SAKAKIBARA, to=["あおい損保 企業リスク部 <kigyo-risk@aoi-sompo.co.jp>"],
    subject="事故統計データ（ご提案検討用）",
    body="""あおい損害保険 企業リスク部 ご担当者様

お世話になっております。日の出産業 リスク管理室の榊原です。
先日の面談でご依頼いただいた事故統計データをお送りします。
ご提案内容の検討にお役立てください。
""" + SIG_SAKAKIBARA,
    attachments=[{
        "kind": "xlsx", "name": "事故統計_2020-2024.xlsx",
        "page_header": "社外秘",
        "sheets": {"年度別": [
            ["社外秘　事故統計（自動車・労災・財物）2020～2024年度"],
            ["年度", "自動車事故件数", "うち人身", "労災件数", "休業災害", "財物事故", "支払保険金(千円)"],
            [2020, 41, 6, 12, 4, 3, 21880],
            [2021, 38, 5, 10, 3, 2, 17340],
            [2022, 44, 8, 14, 5, 5, 52610],
            [2023, 29, 3, 9, 2, 1, 13100],
            [2024, 27, 4, 8, 2, 2, 14370],
        ]},
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="aggregate statistics only, but the workbook is stamped 社外秘 (header and title row)",
)

add(
    slug="plant-buildings-fire",
    sender=NONOMURA, to=[AOI],
    subject="企業財産包括保険 更改用 物件明細",
    body="""鬼頭様

お世話になっております。野々村です。
更改見積り用の物件明細です。評価額は2025年3月末の簿価ベース（再調達価額は別紙）です。

物件No  所在地                                   構造      延床(㎡)  建物評価額(千円)
------  ---------------------------------------  --------  --------  ----------------
B-01    東京都品川区大崎3-9-14（本社ビル）        SRC       6,820     1,240,000
B-02    埼玉県八潮市大瀬6-2-1（物流センターA棟）  S         12,400    1,880,000
B-03    埼玉県八潮市大瀬6-2-1（物流センターB棟）  S         9,750     1,310,000
B-04    大阪市北区芝田2-4-6（大阪支店・賃借）      －        1,040     －（什器のみ）
B-05    宮城県仙台市青葉区本町1-12-7（仙台営業所） －        420       －（什器のみ）
B-06    茨城県つくば市東光台5-8（技術センター）    RC        3,300     690,000

地震危険補償の要否は、B-02/B-03 のみ追加見積りをお願いします。
""" + SIG_NONOMURA,
    expect="pass", entities=[], detectors=[],
    note="padded list of the company's own buildings and addresses: business property",
)

add(
    slug="docx-bugaihi-stamp",
    sender=SAKAKIBARA, to=[HIKARI],
    subject="保険見直しプロジェクト 検討メモ",
    body="""宇佐美様

お世話になっております。榊原です。
来週のプロジェクト会議の前に、当社内の検討メモをお送りします。
ご意見を会議でお聞かせください。
""" + SIG_SAKAKIBARA,
    attachments=[{
        "kind": "docx", "name": "保険見直し_検討メモ_1114.docx",
        "paragraphs": [
            "部外秘",
            "保険見直しプロジェクト 検討メモ（2025年11月14日 リスク管理室）",
            "・現行代理店体制（ひかり保険サービス／日の出サービス）の一本化の是非",
            "・代理店手数料の水準（現行 12.5%）は業界平均を上回る",
            "・団体保険の引受会社入札は2026年春に実施",
        ],
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="DOCX stamped 部外秘 on its first line sent to the agency",
)

add(
    slug="three-private-victims-visible",
    sender=NAGUMO,
    to=["舘 ひろみ <hiromi.tachi@yahoo.co.jp>", "城戸 誠 <kido.makoto77@gmail.com>",
        "羽鳥 晴美 <haruhatori@icloud.com>"],
    subject="駐車場での接触事故につきまして（日の出産業）",
    body="""舘様、城戸様、羽鳥様

日の出産業株式会社 車両管理の南雲でございます。
11月15日、スーパーマルヨシ川口店の駐車場にて、当社の営業車が皆様のお車に接触した件につき、
改めてお詫び申し上げます。誠に申し訳ございませんでした。

修理費用につきましては、当社が加入している朝凪海上火災保険にて全額対応させていただきます。
近日中に同社の担当者（事故受付番号 A25-1115-0077）から皆様へ個別にご連絡いたします。

ご不明な点がございましたら、私（下記）までご連絡ください。
""" + SIG_NAGUMO,
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private persons on free mail can see each other's addresses in To",
)

add(
    slug="html-campaign-results",
    sender=NAGUMO, to=["朝凪海上 リスクコンサルティング部 <risk-consult@asanagi-kaijo.co.jp>"],
    subject="無事故キャンペーン（上期）結果のご報告",
    html="""<html><body>
<p>朝凪海上火災保険 リスクコンサルティング部 御中</p>
<p>いつもお世話になっております。日の出産業 車両管理の南雲です。<br>
上期（4～9月）の無事故キャンペーンの結果をご報告します。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>営業所</th><th>車両数</th><th>事故件数</th><th>前年同期</th><th>無事故日数</th><th>代表電話</th></tr>
<tr><td>本社営業部</td><td>24</td><td>3</td><td>6</td><td>97</td><td>03-5436-7100</td></tr>
<tr><td>八潮物流センター</td><td>31</td><td>5</td><td>9</td><td>64</td><td>048-995-3310</td></tr>
<tr><td>大阪支店</td><td>18</td><td>2</td><td>4</td><td>121</td><td>06-6375-2210</td></tr>
<tr><td>仙台営業所</td><td>9</td><td>0</td><td>2</td><td>183</td><td>022-213-6640</td></tr>
<tr><td>技術センター</td><td>4</td><td>1</td><td>0</td><td>88</td><td>029-847-5520</td></tr>
</table>
<p>仙台営業所が上期無事故を達成しました。表彰用の記念品のご提供、ありがとうございました。</p>
<p>日の出産業株式会社 総務部 車両管理グループ 南雲 健二</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="HTML table of sites with accident counts and switchboards: no person",
)

add(
    slug="eml-forward-enrolees",
    sender=HIGA, to=[HIKARI],
    subject="FW: 団体保険説明会 申込者一覧（大阪支店）",
    body="""宇佐美様

お世話になっております。大阪支店の比嘉です。
支店内で取りまとめた説明会の申込者一覧を、元のメールごと転送します。
連絡先は社外（自宅・個人）のものも含まれていますので、説明会後のご案内にご利用ください。
""" + SIG_HIGA,
    attachments=[{
        "kind": "eml", "name": "説明会申込者一覧.eml",
        "message": {
            "sender": "畔柳 慎也 <s.azekura@hinode-sangyo.co.jp>",
            "to": [HIGA],
            "subject": "団体保険説明会 申込者一覧",
            "body": """比嘉さん

説明会の申込者を取りまとめました。後日案内を送る用に、連絡先も聞いています。

宜保 梨花　　090-3381-6620　rika.gibo@docomo.ne.jp
畔柳 慎也　　080-5527-1934　azekura.shinya@gmail.com
東條 真弓　　070-6614-2075　mayumi.tojo@yahoo.co.jp
釜萢 俊介　　090-2208-7713　kamayachi.s@gmail.com
城ケ崎 美和　090-8824-1150　miwa-jogasaki@outlook.jp
栗花落 修　　080-3390-6672　tsuyuri.osamu@icloud.com
四十物 さくら　070-2251-9986　aimono.sakura@ezweb.ne.jp
百々 愛　　　090-6617-4403　dodo.ai@gmail.com
纐纈 美穂　　080-1142-7738　koketsu.miho@yahoo.co.jp
九十九 亜紀　090-5530-2219　tsukumo.aki@softbank.ne.jp

畔柳
""",
        },
    }],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="forwarded mail attachment with ten employees' private mobiles and e-mail addresses",
)

add(
    slug="en-reply-quoted-passports",
    sender=TAKEUCHI, to=[PACIFIC],
    subject="Re: Certificates of insurance - Jakarta site visit",
    body="""Dear Travel Desk,

Thank you, we have received the three certificates. Noted that the cover starts at departure
from Haneda on 17 November.

""" + SIG_TAKEUCHI + """
On Tue, 11 Nov 2025 at 14:05, Pacific Assurance Travel Desk <travel.desk@pacific-assurance.com> wrote:
> Dear Mr Takeuchi,
>
> Please find attached the certificates for:
> KAMAYACHI Shunsuke (DOB 30/01/1984, passport TZ4418207)
> ABIRU Tomoko (DOB 25/08/1981, passport TR7720934)
> SODA Hikaru (DOB 24/12/1995, passport MU1056382)
>
> Kind regards,
> Travel Desk
""",
    expect="pass", entities=[], detectors=[],
    note="passport numbers appear only in the insurer's own quoted text",
)

add(
    slug="claim-form-pdf-diagnosis",
    sender=SHOJI, to=["東邦生命 保険金部 <hokenkin@toho-seimei.co.jp>"],
    subject="入院給付金 請求書（代理提出）",
    body="""東邦生命保険 保険金部 ご担当者様

お世話になっております。日の出産業 福利厚生課の東海林です。
団体医療保険の入院給付金請求書を、本人に代わり会社経由で提出いたします。
（ご本人記入の請求書を PDF 化したものです。原本は郵送します）
""" + SIG_SHOJI,
    attachments=[{"kind": "pdf", "name": "入院給付金請求書_舘.pdf",
                  "lines": [
                      "入院給付金 請求書（団体医療保険 証券番号 GM-4471-0020）",
                      "被保険者氏名　舘 美香子（たち みかこ）",
                      "生年月日　昭和６１年９月１９日",
                      "住所　東京都大田区西蒲田7-48-2 パークハイム蒲田303",
                      "傷病名　乳がん（左乳房部分切除術）",
                      "入院期間　2025年9月29日～10月8日（10日間）　医療機関：東京湾岸医療センター",
                      "振込先　みどり銀行 蒲田支店 普通 2207718 タチ ミカコ",
                  ]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="PDF claim form with one person's cancer diagnosis, address, DOB and bank account",
)

add(
    slug="cargo-claim-partner-insurer",
    sender=MORIOKA, to=["青葉運輸 安全管理部 笠原様 <kasahara@aoba-unyu.co.jp>"],
    cc=["あおい損保 貨物保険グループ <cargo@aoi-sompo.co.jp>"],
    subject="輸送中の貨物損傷（出荷番号 YS-251104-0227）の保険対応",
    body="""青葉運輸 笠原様
（cc：あおい損保 貨物保険グループ様）

お世話になっております。日の出産業 物流センターの森岡です。
11月4日出荷分の制御盤部品（5パレット中2パレット）が、配送先到着時に荷崩れにより損傷していた件です。

  出荷番号：YS-251104-0227
  損害品　：制御盤用端子台 KT-2200 ×640個、配線ダクト WD-60 ×120本
  損害額　：1,486,000円（仕入原価ベース）
  写真　　：配送先で撮影したもの 9枚（別送）

当社の運送保険（あおい損保）で一旦お支払いいただき、求償については保険会社さんと
御社の運送賠償責任保険との間でご調整いただく形でよろしいでしょうか。
""" + SIG_MORIOKA,
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="cargo damage claim to a partner with the insurer in Cc: two organisations, no personal data",
)

add(
    slug="homoglyph-bank-digit-zero",
    sender=NONOMURA, to=["みどり銀行 法人営業部 <hojin-eigyo@midori-gink0.co.jp>"],
    subject="保険料 口座振替依頼書の送付について",
    body="""みどり銀行 法人営業部 ご担当者様

お世話になっております。日の出産業 経理部の野々村です。
桜木生命への保険料支払いにつき、口座振替依頼書を郵送いたしました。
届出印の照合をお願いいたします。

  引落口座：本店営業部 当座 0033178
  収納代行：桜木生命保険株式会社
  開始予定：2026年3月27日引落分から
""" + SIG_NONOMURA,
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="partner bank midori-ginko.co.jp spelled with a zero (midori-gink0.co.jp)",
)

add(
    slug="counterpart-freemail-adjuster-contact",
    sender=NAGUMO, to=["舘 ひろみ <hiromi.tachi@yahoo.co.jp>"],
    subject="先日の事故の件 保険会社担当者のご連絡先",
    body="""舘 ひろみ 様

日の出産業株式会社の南雲でございます。
10月22日の事故では、大変ご迷惑をおかけしております。

当社側の保険会社の担当者が決まりましたので、ご連絡先をお知らせいたします。
修理工場のご指定や代車のご希望などは、直接こちらへお伝えいただけますでしょうか。

  朝凪海上火災保険 品川支社 損害サービス課
  担当：王生（みぶ）
  TEL：03-5719-4460（平日 9:00～17:00）
  事故受付番号：A25-1022-0518

何かございましたら、私にもいつでもご連絡ください。
""" + SIG_NAGUMO,
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one private person on free mail gets the adjuster's business contact",
)

add(
    slug="kitaguni-dropped-co",
    sender=SAKAKIBARA, to=["北国フーズ 品質保証部 真柴様 <mashiba@kitaguni-foods.jp>"],
    subject="PL保険 付保証明書の送付について",
    body="""北国フーズ株式会社 品質保証部
真柴様

お世話になっております。日の出産業 リスク管理室の榊原です。
取引基本契約の更新にあたりご依頼のありました、当社の生産物賠償責任保険（PL保険）の
付保証明書を、保険会社に発行依頼いたしました。

  保険会社：あおい損害保険
  証券番号：PL-2207-11935
  支払限度額：1事故・保険期間中 5億円
  保険期間：2025年4月1日～2026年4月1日

発行後、原本を郵送いたします。
""" + SIG_SAKAKIBARA,
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="partner kitaguni-foods.co.jp addressed as kitaguni-foods.jp",
)

add(
    slug="trade-fair-romaji-list",
    sender=TAKEUCHI, to=[PACIFIC],
    subject="Travel cover - Hannover trade fair delegation (6 persons)",
    body="""Dear Travel Desk,

Please add the following six employees to our business-travel policy PA-BT-220871 for the trip
to Hannover, Germany (7-14 April 2026). Dates of birth are in DD/MM/YYYY.

  - Ms Miki SHOJI, 02/11/1990, Tokyo
  - Mr Takashi IOKIBE, 17/03/1974, Tokyo
  - Mr Akira KADENOKOJI, 19/07/1988, Tsukuba
  - Ms Ai DODO, 16/09/1983, Tokyo
  - Mr Daiki TOGO, 05/05/1992, Tokyo
  - Ms Rika GIBO, 11/11/1994, Osaka

Passport details will follow once the visa letters are issued.
""" + SIG_TAKEUCHI,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="six employees' romaji names and dates of birth in English",
)

add(
    slug="counterpart-licence-whiplash",
    sender=NAGUMO, to=["朝凪海上 品川支社 損害サービス 王生様 <mibu.s@asanagi-kaijo.co.jp>"],
    subject="A25-1022-0518 相手方の情報（現場で確認した内容）",
    body="""王生様

お世話になっております。南雲です。
10/22 の事故につき、当社運転者が現場で相手方と交換した情報をお伝えします。

相手方運転者は舘 ひろみ様ではなく、同乗していたご主人の舘 康晴様（運転者）でした。
訂正いたします。

  運転者：舘 康晴 様
  免許証番号：""" + lic("43", "99", "204817") + """
  電話：090-5512-8074（奥様の携帯）

また、奥様から本日お電話があり、康晴様は事故翌日から首の痛みが続き、
整形外科で頸椎捻挫（むち打ち症）と診断され、週2回通院されているとのことです。
人身の対応についてもご相談させてください。
""" + SIG_NAGUMO,
    expect="stop", entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="third party's licence number and whiplash diagnosis sent to the insurer",
)

add(
    slug="small-midyear-join-three",
    sender=SHOJI, to=[SAKURAGI],
    subject="中途加入者（3名）のお手続き",
    body="""瀬々様

お世話になっております。東海林です。
12月1日付の中途加入者は3名です。

  鬼頭 一平（営業本部）平成9年2月4日生　保険金額 1,000万円
  羽鳥 すみれ（情報システム部）平成11年6月28日生　保険金額 500万円
  宇佐美 航（物流センター）平成6年10月1日生　保険金額 500万円

申込書は本日付で郵送いたします。
""" + SIG_SHOJI,
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="three people's DOB for mid-year enrolment: under five, nothing sensitive",
)

add(
    slug="zip-xlsx-docx-declarations",
    sender=SHOJI, to=[SAKURAGI],
    subject="上乗せ加入 申込データ一式（告知内容を含む）",
    body="""瀬々様

お世話になっております。東海林です。
12月募集分の上乗せ加入の申込データ一式を ZIP にまとめてお送りします。
「申込一覧.xlsx」が申込者一覧、「告知内容.docx」が告知書の記載内容の転記です。
告知内容に該当ありの方は医務査定をお願いします。
""" + SIG_SHOJI,
    attachments=[{
        "kind": "zip", "name": "上乗せ加入_12月募集.zip",
        "files": [
            {"kind": "xlsx", "name": "申込一覧.xlsx",
             "sheets": {"申込": [
                 ["上乗せ加入 申込一覧（12月募集）"],
                 ["氏名", "生年月日", "性別", "申込保険金額(万円)", "告知"],
                 ["勘解由小路 暁", "1988-07-19", "男", 2000, "該当あり"],
                 ["城ケ崎 美和", "1970-02-08", "女", 1000, "なし"],
                 ["羽鳥 すみれ", "1999-06-28", "女", 1000, "該当あり"],
                 ["仁平 篤", "1986-12-02", "男", 3000, "なし"],
                 ["百々 愛", "1983-09-16", "女", 1000, "該当あり"],
             ]}},
            {"kind": "docx", "name": "告知内容.docx",
             "paragraphs": ["告知書 記載内容（該当ありの方のみ）"],
             "tables": [[
                 ["氏名", "告知項目", "内容"],
                 ["勘解由小路 暁", "過去5年以内の入院", "2022年 気胸で7日間入院、胸腔鏡手術"],
                 ["羽鳥 すみれ", "現在の通院", "パニック障害で心療内科に月1回通院、抗不安薬服用"],
                 ["百々 愛", "健診の指摘", "2024年健診で甲状腺腫瘤を指摘、経過観察中"],
             ]]},
        ],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="ZIP of an XLSX list (five with DOB) and a DOCX of three named people's medical declarations",
)

add(
    slug="family-icloud-documents",
    sender=SHOJI, to=["畔柳 恵子 <keiko.azekura@icloud.com>"],
    subject="保険金請求のお手続きについて（日の出産業 福利厚生課）",
    body="""畔柳 恵子 様

このたびはご愁傷様でございます。日の出産業 福利厚生課の東海林でございます。
お問い合わせいただいた保険金のご請求について、ご案内いたします。

東邦生命保険から、請求書類一式がご自宅あてに郵送されます（11月下旬の予定）。
ご用意いただく書類は、一般的に以下のとおりです。

  ・保険金請求書（同封の用紙）
  ・死亡診断書（写し可）
  ・受取人様の戸籍謄本、印鑑証明書
  ・受取人様名義の通帳の写し

会社で手配する書類（在籍証明など）は、こちらで準備いたします。
ご不明な点があれば、私の直通（03-5436-7120）までお気軽にお電話ください。
""" + SIG_SHOJI,
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="guidance to one bereaved family member on her private address; no personal data beyond her name",
)

add(
    slug="halfwidth-kana-csv-export",
    sender=IGARASHI, to=[HIKARI2],
    subject="基幹システム出力データ（団体扱 加入者）",
    body="""ひかり保険サービス 事務センター ご担当者様

お世話になっております。人事部の五十嵐です。
基幹システムから出力した団体扱契約の加入者データを送付します。
文字コードは UTF-8、氏名は半角カナで出力されています。
""" + SIG_IGARASHI,
    attachments=[{
        "kind": "csv", "name": "DANTAI_KANYU_20251101.csv", "encoding": "utf-8",
        "rows": [
            ["SYAIN_NO", "SIMEI_KANA", "SEIBETU", "SEINENGAPPI", "YUBIN_NO", "KEIYAKU_NO"],
            ["H10442", "ｼﾞｮｳｶﾞｻｷ ﾐﾜ", "2", "19700208", "2220011", "DK-440231"],
            ["H12087", "ﾖﾓﾀﾞ ｺｳｼﾞ", "1", "19760529", "3360017", "DK-440232"],
            ["H13015", "ﾄﾞﾄﾞ ｱｲ", "2", "19830916", "1820022", "DK-440233"],
            ["H14471", "ﾆﾍｲ ｱﾂｼ", "1", "19861202", "3020115", "DK-440234"],
            ["H15530", "ｶﾃﾞﾉｺｳｼﾞ ｱｷﾗ", "1", "19880719", "3050047", "DK-440235"],
            ["H16218", "ｲｵｷﾍﾞ ﾀｶｼ", "1", "19740317", "1410031", "DK-440236"],
            ["H17103", "ｷﾞﾎﾞ ﾘｶ", "2", "19941111", "5650824", "DK-440237"],
            ["H18020", "ﾂﾂﾞﾗ ｴﾘ", "2", "19870302", "2720021", "DK-440238"],
        ],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="CSV export: eight rows of half-width kana names with YYYYMMDD dates of birth",
)

add(
    slug="html-multipart-workplace-injuries",
    sender=MORIOKA, to=["朝凪海上 品川支社 <shinagawa@asanagi-kaijo.co.jp>"],
    subject="労働災害総合保険 上期事故報告（物流センター）",
    body="""朝凪海上火災保険 品川支社 ご担当者様

お世話になっております。日の出産業 物流センターの森岡です。
労働災害総合保険の上期（4～9月）事故報告です。HTML 版に表形式で記載しています。

1 仁平 篤 4/18 フォークリフトとの接触 右足関節骨折 休業28日
2 我妻 悠斗 5/9 荷下ろし中の腰部負傷 腰椎椎間板ヘルニア 休業45日
3 神馬 亜由美 6/2 カッターによる切創 左手指切創（4針縫合） 休業なし
4 砂古 真司 7/22 熱中症 熱中症（II度）点滴加療 休業3日
5 鰐淵 拓海 8/30 パレット落下 右前腕打撲 休業なし
6 保志 健太郎 9/11 階段での転倒 右肩腱板損傷 休業60日（手術）
""" + SIG_MORIOKA,
    html="""<html><body>
<p>朝凪海上火災保険 品川支社 ご担当者様</p>
<p>お世話になっております。日の出産業 物流センターの森岡です。<br>労働災害総合保険の上期（4～9月）事故報告です。</p>
<table border="1" cellspacing="0">
<tr><th>No</th><th>被災者</th><th>発生日</th><th>状況</th><th>傷病名</th><th>休業</th></tr>
<tr><td>1</td><td>仁平 篤</td><td>4/18</td><td>フォークリフトとの接触</td><td>右足関節骨折</td><td>28日</td></tr>
<tr><td>2</td><td>我妻 悠斗</td><td>5/9</td><td>荷下ろし中の腰部負傷</td><td>腰椎椎間板ヘルニア</td><td>45日</td></tr>
<tr><td>3</td><td>神馬 亜由美</td><td>6/2</td><td>カッターによる切創</td><td>左手指切創（4針縫合）</td><td>なし</td></tr>
<tr><td>4</td><td>砂古 真司</td><td>7/22</td><td>熱中症</td><td>熱中症（II度）点滴加療</td><td>3日</td></tr>
<tr><td>5</td><td>鰐淵 拓海</td><td>8/30</td><td>パレット落下</td><td>右前腕打撲</td><td>なし</td></tr>
<tr><td>6</td><td>保志 健太郎</td><td>9/11</td><td>階段での転倒</td><td>右肩腱板損傷</td><td>60日（手術）</td></tr>
</table>
<p>日の出産業株式会社 物流センター 森岡 亮</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="text+HTML table of six named workers' injuries and diagnoses",
)

add(
    slug="adjuster-mobiles-to-partner",
    sender=NAGUMO, to=["青葉運輸 安全管理部 笠原様 <kasahara@aoba-unyu.co.jp>"],
    subject="朝凪海上 各地区の事故対応担当者（携帯）",
    body="""笠原様

お世話になっております。南雲です。
先日のご依頼の件、朝凪海上から各地区の事故対応担当者の携帯番号を共有してよいと
了承をもらいましたので、お知らせします。夜間・休日の緊急時にご利用ください。

  首都圏　王生 聡　　　　090-4471-0835　mibu.s@asanagi-kaijo.co.jp
  埼玉　　薬袋 千尋　　　080-2239-5510　minai.c@asanagi-kaijo.co.jp
  千葉　　五百旗頭 誠　　070-3318-7724　iokibe.m@asanagi-kaijo.co.jp
  神奈川　東海林 祐介　　090-6682-1047　shoji.y@asanagi-kaijo.co.jp
  大阪　　宜保 健　　　　080-7745-3391　gibo.k@asanagi-kaijo.co.jp
  宮城　　我妻 亮　　　　090-1150-8826　wagatsuma.r@asanagi-kaijo.co.jp
""" + SIG_NAGUMO,
    expect="either", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six adjusters' business mobiles and mail, shared with their consent: business contacts or a people list",
)

add(
    slug="small-cell-stats-mental-health",
    sender=SHOJI, to=[SAKURAGI],
    subject="GLTD・団体医療 事業所別の支払状況（ご参考）",
    body="""瀬々様

お世話になっております。東海林です。
ご依頼の事業所別支払状況です（2024年度、件数ベース）。

事業所          入院給付  うち精神疾患  GLTD支払中
--------------  --------  ------------  ----------
本社               24          3             2
八潮物流センター   19          1             1
大阪支店           11          2             0
仙台営業所          3          0             0
技術センター        1          1             1

技術センター（在籍12名）の1件は、昨年秋に休職した30代の男性研究員で、
うつ病のため現在もGLTDの支払が続いています。
""" + SIG_SHOJI,
    expect="either", entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="aggregate figures, but a 12-person site's single mental-health case is described: arguably identifiable",
)

# ------------------------------------------------------------------------------------
add(
    slug="policy-list-csv-vehicles",
    sender=NONOMURA, to=["朝凪海上 品川支社 業務課 <gyomu-shinagawa@asanagi-kaijo.co.jp>"],
    subject="保険料 明細照合結果（2025年度 上期）",
    body="""朝凪海上火災保険 品川支社 業務課 ご担当者様

お世話になっております。日の出産業 経理部の野々村です。
上期の保険料請求明細と当社の計上額を照合した結果を CSV でお送りします。
差異は2件（No.7、No.15）で、いずれも車両入替の日割り計算と思われます。
""" + SIG_NONOMURA,
    attachments=[{
        "kind": "csv", "name": "保険料照合_2025上期.csv", "encoding": "cp932",
        "rows": [["No", "証券番号", "登録番号", "車名", "請求額", "当社計上額", "差異"]] + [
            [str(i + 1), f"FL-7720-33158-{i + 1:03d}", plate, car, f"{amt}", f"{amt + diff}", f"{diff}"]
            for i, (plate, car, amt, diff) in enumerate([
                ("品川 400 ひ 23-55", "プロボックス", 41200, 0), ("品川 400 ひ 23-58", "プロボックス", 41200, 0),
                ("品川 500 さ 41-07", "カローラ", 52800, 0), ("大宮 400 そ 10-44", "ADバン", 39900, 0),
                ("大宮 400 そ 10-45", "ADバン", 39900, 0), ("なにわ 400 す 5-21", "プロボックス", 43600, 0),
                ("なにわ 400 す 5-22", "プロボックス", 43600, -7270), ("宮城 400 こ 77-90", "ハイエース", 61300, 0),
                ("品川 400 ふ 8-12", "プロボックス", 41200, 0), ("品川 400 ふ 8-13", "プロボックス", 41200, 0),
                ("品川 300 ゆ 60-01", "クラウン", 88400, 0), ("大宮 100 け 2-77", "エルフ", 97500, 0),
                ("大宮 400 そ 10-46", "ADバン", 39900, 0), ("つくば 400 あ 31-09", "プロボックス", 40700, 0),
                ("つくば 400 あ 31-10", "プロボックス", 40700, 13560), ("宮城 400 こ 77-91", "ハイエース", 61300, 0),
            ])
        ],
    }],
    expect="pass", entities=[], detectors=[],
    note="CSV of company vehicles' premiums and plates: no person",
)

add(
    slug="bank-direct-debit-legit",
    sender=NONOMURA, to=["みどり銀行 本店営業部 法人担当 仁科様 <nishina@midori-ginko.co.jp>"],
    subject="Re: 保険料引落口座の残高不足に関するご連絡",
    body="""仁科様

いつもお世話になっております。日の出産業 経理部の野々村です。
ご連絡ありがとうございました。11月27日引落分（あおい損害保険 2,846,300円）につき、
本日午前中に当座 0033178 へ資金移動を完了しております。
念のため、再振替の手続きが必要かどうかご確認いただけますでしょうか。

ご迷惑をおかけし申し訳ございません。
""" + SIG_NONOMURA + """
> 日の出産業株式会社 経理部 野々村様
> 11月27日の口座振替（収納企業：あおい損害保険）につき、ご指定口座の残高が
> 不足しておりましたのでお知らせいたします。
> みどり銀行 本店営業部 仁科
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary exchange with the partner bank at its correct domain; company account only",
)
