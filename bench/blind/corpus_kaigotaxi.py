"""Blind evaluation corpus — area: kaigotaxi (介護タクシー・通院送迎サービス).

The mail of 日の出産業株式会社 介護タクシー事業部: bookings that carry passengers'
mobility needs, dialysis and chemotherapy run schedules, stretcher transport, care
managers and hospitals' discharge desks, welfare-ticket (福祉タクシー券) billing to
municipalities, and the ordinary vehicle, fuel and driver-training mail.

Every person, number and address in this file is invented (names, phone numbers,
addresses, My Numbers, card numbers, licence and insurance numbers are fictional; the
My Numbers and card numbers come from build.my_number / build.card_number).

Written blind from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only,
without reading mailguard's code, rules, tests or the other corpus files.

Labelling conventions used here: mail to internal recipients only is "pass" with
detectors [] (entities still name what it carries); text quoted from the mail being
replied to is left out of entities; freemail_recipient is listed for every free-mail /
carrier recipient in To/Cc; multiple_external_domains for two or more external
organisations in To/Cc.
"""

import random
import unicodedata

from build import card_number, my_number

SEED = 21201
rng = random.Random(SEED)

MESSAGES: list[dict] = []

DOMAIN = "hinode-sangyo.co.jp"


def _add(**m):
    MESSAGES.append(m)


def _zen(s: str) -> str:
    """ASCII digits / hyphen / colon / slash / dot to their full-width forms."""
    table = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789:/.()"}
    table[ord("-")] = "－"
    return s.translate(table)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def _table(rows, gap="  ", rule=False):
    """Pad columns with spaces by display width, as people do when pasting from Excel."""
    widths = [max(_w(r[i]) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
    out = []
    for n, r in enumerate(rows):
        cells = [str(c) + " " * (widths[i] - _w(c)) for i, c in enumerate(r)]
        out.append(gap.join(cells).rstrip())
        if rule and n == 0:
            out.append(gap.join("-" * w for w in widths))
    return "\n".join(out)


def _mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"


def _corp_number(base12: str) -> str:
    """A 13-digit 法人番号 with its check digit (first digit)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP = _corp_number("020001088314")

SIG_SAEKI = """--
日の出産業株式会社 介護タクシー事業部 配車センター
佐伯 美和子（さえき みわこ）
〒231-0062 神奈川県横浜市中区桜木町9-88-3 日の出ビル4F
TEL 045-680-2231 / FAX 045-680-2239
saeki.miwako@hinode-sangyo.co.jp"""

SIG_OKOCHI = """━━━━━━━━━━━━━━━━━━━━
日の出産業㈱ 介護タクシー事業部
運行管理者　大河内 亮（おおこうち りょう）
TEL 045-680-2233（配車直通 045-680-2231）
Mail okochi.ryo@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_MIYANOHARA = """------------------------------------------
日の出産業株式会社
介護タクシー事業部 業務課（請求・福祉券担当）
宮之原 里沙
〒231-0062 横浜市中区桜木町9-88-3 日の出ビル4F
TEL: 045-680-2235  FAX: 045-680-2239
------------------------------------------"""

SIG_NIWA = """丹羽 哲也 / 車両管理
日の出産業株式会社 介護タクシー事業部
045-680-2237（車庫直通：045-790-1182 港南営業所）"""

SIG_OKONOGI = """=================================
 日の出産業株式会社
 介護タクシー事業部 安全教育担当
 小此木 敦 (Okonogi Atsushi)
 TEL 045-680-2233 内線 418
================================="""

SIG_WASHIO = """日の出産業株式会社
介護タクシー事業部 事業部長
鷲尾 康弘
〒231-0062 神奈川県横浜市中区桜木町9-88-3
代表 045-680-2200"""

SIG_CHIJIIWA = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 介護タクシー事業部
医療・介護連携担当　千々岩 直子
TEL 045-680-2231（配車センター）
携帯 080-4471-2290（業務用）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_LOPEZ = """Ken Lopez
Fleet & Equipment, Care Taxi Division
Hinode Sangyo Co., Ltd.
9-88-3 Sakuragicho, Naka-ku, Yokohama 231-0062, Japan
Tel +81-45-680-2237"""

SIG_HASUMI = """日の出産業株式会社 総務部 人事グループ
蓮見 由香里
TEL 045-680-2210"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

SAEKI = "佐伯 美和子 <saeki.miwako@hinode-sangyo.co.jp>"
OKOCHI = "大河内 亮 <okochi.ryo@hinode-sangyo.co.jp>"
MIYANOHARA = "宮之原 里沙 <miyanohara.r@hinode-sangyo.co.jp>"
NIWA = "丹羽 哲也 <niwa.tetsuya@hinode-sangyo.co.jp>"
OKONOGI = "小此木 敦 <okonogi.a@hinode-sangyo.co.jp>"
WASHIO = "鷲尾 康弘 <washio.y@hinode-sangyo.co.jp>"
CHIJIIWA = "千々岩 直子 <chijiiwa.n@hinode-sangyo.co.jp>"
LOPEZ = "Ken Lopez <lopez.ken@hinode-sangyo.co.jp>"
HASUMI = "蓮見 由香里 <hasumi.y@hinode-sangyo.co.jp>"

# ---------------------------------------------------------------------------- 001
_rows = [["曜日", "氏名", "住所", "電話", "透析先", "備考"]]
for day, name, addr, note in [
    ("月水金", "宇佐美 トシ子", "横浜市港南区日野中央3-14-8", "車いす・玄関段差2段"),
    ("月水金", "五十嵐 清", "横浜市南区六ツ川2-5-11 コーポ六ツ川203", "独歩可・杖"),
    ("月水金", "蔀 ハル", "横浜市港南区丸山台1-22-4", "リクライニング車いす"),
    ("月水金", "毛利 正一", "横浜市磯子区上中里町417-6", "糖尿病性腎症、低血糖注意"),
    ("月水金", "瀬戸口 和江", "横浜市港南区野庭町612 野庭団地7-305", "EV無し3階、階段介助"),
    ("火木土", "廿日出 功", "横浜市南区永田東1-9-30", "シャント左腕、左側に座らせない"),
]:
    _rows.append([day, name, addr, _mobile() if rng.random() < 0.6 else f"045-84{rng.randrange(1, 9)}-{rng.randrange(1000, 9999)}",
                  "桜ヶ丘腎クリニック", note])
_add(
    id="kaigotaxi-001",
    sender=OKOCHI,
    to=["熊谷 様 <kumagai@aoba-unyu.co.jp>"],
    subject="12月第2週からの透析送迎 応援分の対象者一覧",
    charset="cp932",
    body=f"""青葉運輸株式会社
配車ご担当 熊谷様

いつも大変お世話になっております。日の出産業 介護タクシー事業部の大河内です。

先日お電話でご相談した、12月第2週からの透析送迎の応援分について
対象の方の一覧をお送りします。お迎えはいずれも透析開始の40分前、
帰りはクリニックから終了連絡が入り次第でお願いいたします。

{_table(_rows, rule=True)}

※蔀様は冬場に血圧が下がりやすいので、帰りは特にゆっくりめの運転でお願いします。
※廿日出様のみ火木土です。

ご不明点は配車直通までお電話ください。
よろしくお願いいたします。

{SIG_OKOCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six dialysis patients' names, addresses, phones and conditions to a partner transport company: list + 要配慮",
)

# ---------------------------------------------------------------------------- 002
_add(
    id="kaigotaxi-002",
    sender=NIWA,
    to=["みどり石油 法人営業 佐藤様 <sato.k@midori-sekiyu.co.jp>"],
    subject="Re: 12月分 軽油・レギュラー単価のご案内",
    charset="iso-2022-jp",
    body=f"""みどり石油株式会社
佐藤様

お世話になっております。日の出産業の丹羽です。
12月分の単価、確認いたしました。前月比でレギュラー+2円ですね、承知しました。

あわせて、給油カードの追加発行を2枚お願いできますでしょうか。
  ・横浜 300 あ 12-34（ハイエース 車いす2名仕様・新規導入分）
  ・横浜 300 あ 12-35（同上）
締めは従来どおり月末、請求書は本社経理宛でお願いします。

{SIG_NIWA}

> 日の出産業株式会社 介護タクシー事業部 丹羽様
> 平素は格別のお引き立てを賜り厚く御礼申し上げます。
> 12月1日以降の法人契約単価を下記のとおりご案内いたします。
>   軽油　　　　 142.0円/L
>   レギュラー　 168.0円/L
> みどり石油株式会社 法人営業部 佐藤
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="fuel price reply to a fuel supplier (midori-sekiyu is a different company, not a look-alike of midori-ginko); plates are vehicles, not people",
)

# ---------------------------------------------------------------------------- 003
_add(
    id="kaigotaxi-003",
    sender=CHIJIIWA,
    to=["みなと総合病院 退院支援室 <taiin-shien@minato-sogo.or.jp>"],
    subject="Re: 退院時送迎のご依頼（5階東病棟）",
    charset="iso-2022-jp",
    body=f"""みなと総合病院 退院支援室
MSW 江刺家様

いつもお世話になっております。日の出産業 介護タクシーの千々岩です。

ご依頼いただきました 篠塚 フミエ 様（86歳）の退院時送迎、
12月4日（木）13時30分 5階東病棟お迎えで承りました。

大腿骨頸部骨折の術後で左下肢は免荷、酸素は2L/分のカヌラで継続と
伺っておりますので、ストレッチャー対応車（3号車）に車載ボンベを積んで
伺います。移乗はスタッフ2名で対応いたします。
送り先はご自宅（横浜市磯子区洋光台4-31-12）、長男様がお待ちとのことでした。

当日、診療情報提供書の封筒はご家族にお渡しいただく形でよろしいでしょうか。

{SIG_CHIJIIWA}

> 日の出産業株式会社 千々岩様
> 下記の患者様の退院時送迎をお願いしたく、ご連絡いたしました。
> 詳細は添付の依頼票をご確認ください。
> みなと総合病院 退院支援室 江刺家
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="new text restates one patient's fracture surgery, oxygen therapy and home address to an external hospital: 要配慮 of one person",
)

# ---------------------------------------------------------------------------- 004
_runs = [
    ["便", "時刻", "利用者", "お迎え先", "行き先", "内容", "車両/乗務員"],
    ["1", "7:10", "宇佐美 トシ子", "港南区日野中央3-14-8", "桜ヶ丘腎クリニック", "透析", "2号車 水落"],
    ["2", "7:25", "五十嵐 清", "南区六ツ川2-5-11", "桜ヶ丘腎クリニック", "透析", "5号車 乙部"],
    ["3", "8:40", "堤 キミエ", "磯子区森3-7-2", "鶴見がんセンター", "化学療法(外来)", "3号車 逸見"],
    ["4", "9:00", "畔柳 守", "港南区芹が谷5-40-1", "みなと総合病院", "整形外来・ストレッチャー", "1号車 水落/鴇田"],
    ["5", "13:30", "篠塚 フミエ", "みなと総合病院5東", "磯子区洋光台4-31-12", "退院・酸素2L", "1号車 鴇田/乙部"],
]
_add(
    id="kaigotaxi-004",
    sender=SAEKI,
    to=["介護タクシー乗務員ML <kt-drivers@hinode-sangyo.co.jp>"],
    cc=["大河内 亮 <okochi.ryo@hinode-sangyo.co.jp>"],
    subject="【配車】12/4(木) 運行表",
    charset="cp932",
    body=f"""乗務員各位

お疲れさまです。配車センター佐伯です。明日12/4（木）の運行表です。

{_table(_runs, rule=True)}

・4便の畔柳様は自宅の前が狭いので、1号車は手前の公園横に停めてください。
・堤様は治療後に吐き気が出やすいので、帰りはエチケット袋を必ず準備。
・5便の篠塚様は退院です。病棟で看護師から申し送りあり。

緊急時は配車直通（045-680-2231）へ。

{SIG_SAEKI}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="daily run sheet with patients and treatments, but every recipient is internal",
)

# ---------------------------------------------------------------------------- 005
_add(
    id="kaigotaxi-005",
    sender=CHIJIIWA,
    to=["居宅介護支援事業所ひまわり 楢崎様 <narasaki@himawari-care.jp>"],
    subject="ヤマシタ様 1月以降の通院送迎について",
    charset="iso-2022-jp",
    body=f"""楢崎様

いつもお世話になっております。日の出産業の千々岩です。
お電話いただいた件、取り急ぎメールでまとめます。

ヤマシタ キヨ様（昭和１２年３月２日生、要介護２）ですが、鶴見がんセンターでの
外来化学療法が１月から隔週火曜に変わると娘さんから伺いました。
点滴の日は９時半受付なので、ご自宅を８時４０分に出る形でどうでしょうか。
前回、副作用で吐き気が強く帰りの車内で２回停車しましたので、帰りはリクライニングの
車いす車両を確保しておきます。

ケアプランの変更が必要でしたらご指示ください。

{SIG_CHIJIIWA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one user's chemotherapy, side effects and 和暦 birth date in running text to an outside care manager",
)

# ---------------------------------------------------------------------------- 006
_add(
    id="kaigotaxi-006",
    sender=NIWA,
    to=["湘南オート サービス工場 <service@shonan-auto.co.jp>"],
    subject="車検入庫のお願い（3台）",
    charset="utf-8",
    body=f"""湘南オート株式会社
サービス工場 ご担当者様

いつもお世話になっております。日の出産業 介護タクシー事業部の丹羽です。
下記3台の車検をお願いしたく、入庫日のご相談です。

登録番号            車種                         車台番号          車検満了日
------------------  ---------------------------  ----------------  ----------
横浜 800 さ 41-07   ハイエース 福祉車両(リフト)  GDH201-1023456   2026/01/19
横浜 800 さ 41-12   NV200 チェアキャブ           VM20-118834      2026/01/27
横浜 300 す 88-02   シエンタ サイドリフト        NHP170-7712093   2026/02/05

リフトの年次点検も同時にお願いします（41-07 は昇降時に異音あり）。
代車は車いす対応車が1台あれば助かります。

{SIG_NIWA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="vehicle inspection booking with plates and chassis numbers: no personal data",
)

# ---------------------------------------------------------------------------- 007
_fam = ["宇佐美", "榊原", "千葉", "鳥越", "姥山", "鍋島", "百瀬", "二階堂", "能登", "雨宮", "鬼塚", "十河"]
_given = ["トシ子", "茂", "フミ", "勝利", "貞夫", "和子", "優", "喜代美", "昇", "ヨシ", "健二", "静江"]
_towns = ["上中市本町2-", "上中市東原1-", "上中市桜台4-", "上中市北沢3-", "上中市緑が丘1-", "上中市若葉町"]
_cards = [("身体", "1級"), ("身体", "2級"), ("療育", "A"), ("精神", "1級"), ("身体", "1級"), ("身体", "3級")]
_csv = [["受給者番号", "氏名", "住所", "手帳種別", "等級", "利用日", "券番号", "利用額", "助成額"]]
for i in range(12):
    kind, grade = _cards[i % len(_cards)]
    fare = rng.randrange(18, 62) * 100
    _csv.append([f"FT{rng.randrange(100000, 999999)}", f"{_fam[i]} {_given[i]}",
                 f"神奈川県{_towns[i % len(_towns)]}{rng.randrange(1, 40)}-{rng.randrange(1, 20)}",
                 kind, grade, f"2025/11/{rng.randrange(1, 29):02d}", f"No.{rng.randrange(200000, 299999)}",
                 fare, min(fare, 1000)])
_add(
    id="kaigotaxi-007",
    sender=MIYANOHARA,
    to=["上中市 障害福祉課 給付係 <shogai-kyufu@city.kaminaka.lg.jp>"],
    subject="福祉タクシー利用券 11月分請求明細の送付",
    charset="cp932",
    body=f"""上中市 障害福祉課 給付係 御中

いつもお世話になっております。
日の出産業株式会社 介護タクシー事業部 業務課の宮之原でございます。

11月分の福祉タクシー利用券の請求明細（CSV）を添付いたします。
原本の利用券（12枚）は本日郵送いたしました。請求書は別便でお送りします。

ご確認のほどよろしくお願いいたします。

{SIG_MIYANOHARA}
""",
    attachments=[{"kind": "csv", "name": "福祉タクシー券_請求明細_202511.csv", "rows": _csv, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="CSV of twelve ticket users with addresses and disability-handbook grades to the city: list + disability",
)

# ---------------------------------------------------------------------------- 008
_hosp = [
    ("港南中央病院", "横浜市港南区港南中央通2-1-5", "045-841-0011"),
    ("みなと総合病院", "横浜市中区新山下1-7-20", "045-622-3100"),
    ("磯子記念病院", "横浜市磯子区磯子8-14-2", "045-751-2000"),
    ("桜ヶ丘腎クリニック", "横浜市保土ケ谷区桜ケ丘2-30-1", "045-331-5525"),
    ("鶴見がんセンター", "横浜市鶴見区豊岡町11-3", "045-581-7001"),
    ("上大岡リハビリテーション病院", "横浜市港南区上大岡西3-9-9", "045-843-2727"),
    ("戸塚駅前透析クリニック", "横浜市戸塚区戸塚町4100-2", "045-862-0330"),
    ("洋光台こころのクリニック", "横浜市磯子区洋光台3-2-1 2F", "045-832-8808"),
    ("金沢文庫整形外科", "横浜市金沢区谷津町380", "045-784-1212"),
    ("南部市民病院", "横浜市港南区港南台3-2-10", "045-832-1111"),
    ("弘明寺眼科", "横浜市南区弘明寺町160", "045-711-4141"),
    ("六ツ川内科", "横浜市南区六ツ川1-780", "045-721-0620"),
]
_add(
    id="kaigotaxi-008",
    sender=WASHIO,
    to=["錦印刷 企画営業部 <kikaku@nishiki-insatsu.co.jp>"],
    subject="パンフレット裏面「主な送迎先医療機関」原稿",
    charset="utf-8",
    body="錦印刷株式会社 企画営業部 御中\n\nお世話になっております。日の出産業の鷲尾です。\n"
         "来春改訂のパンフレット、裏面に載せる主な送迎先医療機関の一覧です。\n"
         "掲載は各院の了承済みです。並び順はこのままでお願いします。\n\n"
         "医療機関名\t所在地\t代表電話\n"
         + "\n".join("\t".join(h) for h in _hosp)
         + "\n\n初校は12/15頃にいただけると助かります。\n\n" + SIG_WASHIO + "\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of hospitals with switchboard numbers and addresses: businesses, not people",
)

# ---------------------------------------------------------------------------- 009
_add(
    id="kaigotaxi-009",
    sender=NIWA,
    to=["熊谷 様 <kumagai@aoba-unyu.jp>"],
    subject="明日の車両引渡しの件",
    charset="iso-2022-jp",
    body=f"""青葉運輸 熊谷様

お世話になっております。丹羽です。
明日お貸しする車いす対応車（横浜 800 さ 41-12）ですが、引渡しは
港南営業所で9時の予定です。固定ベルトは4点式を2セット積んでおきます。
返却時は満タンでなくて構いません。

よろしくお願いします。

{SIG_NIWA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner aoba-unyu.co.jp written as aoba-unyu.jp (co. dropped): look-alike domain",
)

# ---------------------------------------------------------------------------- 010
_add(
    id="kaigotaxi-010",
    sender=SAEKI,
    to=["港南中央病院 地域医療連携室 <renkei@konan-chuo-hp.jp>"],
    subject="Re: 【送迎依頼】12/9 整形外科受診",
    charset="iso-2022-jp",
    body=f"""港南中央病院 地域医療連携室
御手洗様

承知いたしました。当日は2号車（スロープ車）で伺います。
到着しましたら正面玄関から連携室にお電話いたします。

佐伯

> 日の出産業 配車センター 佐伯様
> お世話になっております。下記の送迎をお願いいたします。
>   患者氏名：畔柳 守 様（昭和１５年８月１９日生）
>   診断　　：腰部脊柱管狭窄症、術後リハビリ中
>   お迎え　：12/9（火）9:00 ご自宅（横浜市港南区芹が谷5-40-1）
>   備考　　：座位保持は30分程度、車いす持参
> 港南中央病院 地域医療連携室 御手洗
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the patient's details are only in the quoted request; the new text is a bare confirmation",
)

# ---------------------------------------------------------------------------- 011
_drv = [["2025年度 運転者名簿（介護タクシー事業部）", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["No.", "氏名", "生年月日", "免許証番号", "種類", "有効期限"]]
for i, (nm, dob) in enumerate([
    ("水落 和也", "昭和47年5月14日"), ("乙部 玲子", "昭和56年11月2日"), ("逸見 竜二", "平成元年7月30日"),
    ("鴇田 真", "昭和52年1月8日"), ("神余 ひとみ", "昭和63年3月21日"), ("轟 正樹", "昭和44年9月9日"),
    ("茶谷 聡", "平成3年12月24日"), ("甕 由美子", "昭和58年6月6日"), ("仙波 勇人", "平成6年4月17日"),
], start=1):
    _drv.append([i, nm, dob, f"{rng.randrange(30, 32)}{rng.randrange(10**9, 10**10)}", "中型・二種",
                 f"令和{rng.randrange(8, 11)}年{rng.randrange(1, 13)}月{rng.randrange(1, 28)}日"])
_add(
    id="kaigotaxi-011",
    sender=OKOCHI,
    to=["東海損保 自動車営業課 <jidosha@tokai-sonpo.co.jp>"],
    subject="フリート契約更新 運転者名簿の提出",
    charset="utf-8",
    body=f"""東海損害保険株式会社
自動車営業課 ご担当者様

いつもお世話になっております。日の出産業の大河内です。
フリート契約の更新にあたり、ご依頼のあった運転者名簿と車両一覧を
エクセルでお送りします（シート2枚）。

今年度の新規乗務員は茶谷・仙波の2名です。
ご確認よろしくお願いいたします。

{SIG_OKOCHI}
""",
    attachments=[{"kind": "xlsx", "name": "運転者名簿_車両一覧_2025.xlsx", "title": "運転者名簿",
                  "sheets": {"運転者": _drv,
                             "車両": [["登録番号", "車種", "定員", "装備"],
                                      ["横浜 800 さ 41-07", "ハイエース", "車いす2+3", "リフト"],
                                      ["横浜 800 さ 41-12", "NV200", "車いす1+3", "スロープ"],
                                      ["横浜 300 す 88-02", "シエンタ", "5", "回転シート"],
                                      ["横浜 800 さ 50-01", "キャラバン", "ストレッチャー1+2", "ストレッチャー"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="nine drivers with 和暦 birth dates and licence numbers to an insurer: list + licence numbers",
)

# ---------------------------------------------------------------------------- 012
_add(
    id="kaigotaxi-012",
    sender=SAEKI,
    to=["さくらホテル コンシェルジュ <concierge@sakura-hotel.jp>"],
    subject="12/6 ご宿泊者様のお迎えについて",
    charset="iso-2022-jp",
    body=f"""さくらホテル コンシェルジュデスク 御中

お世話になっております。日の出産業 介護タクシー配車センターの佐伯です。

ご宿泊中の浦辺様（車いすをご利用）のお迎え、12月6日（土）10時にロビーへ
伺います。スロープ付きの車両で参りますので、車寄せの右端を空けておいて
いただけますと助かります。行き先は横浜アリーナ、帰りは17時の予定です。

よろしくお願いいたします。

{SIG_SAEKI}
""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named guest 'uses a wheelchair', no diagnosis: mobility need may or may not be read as disability information",
)

# ---------------------------------------------------------------------------- 013
_add(
    id="kaigotaxi-013",
    sender=WASHIO,
    to=["港南中央病院 地域医療連携室 <renkei@konan-chuo-hp.jp>",
        "みなと総合病院 退院支援室 <taiin-shien@minato-sogo.or.jp>",
        "磯子記念病院 医療福祉相談室 <soudan@isogo-kinen.jp>"],
    subject="年末年始の運行体制について（ご案内）",
    charset="iso-2022-jp",
    body=f"""各医療機関 ご担当者様

平素より弊社介護タクシーをご利用いただき、誠にありがとうございます。
年末年始の運行体制を下記のとおりご案内いたします。

　12月29日（月）～12月31日（水）　透析送迎のみ運行
　1月1日（木）　　　　　　　　　　 終日休業（緊急の退院送迎はご相談ください）
　1月2日（金）～　　　　　　　　　 通常運行

ご予約は12月26日（金）17時までにお願いいたします。

{SIG_WASHIO}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three outside hospitals in To can see each other's addresses: should have been Bcc",
)

# ---------------------------------------------------------------------------- 014
_add(
    id="kaigotaxi-014",
    sender=MIYANOHARA,
    to=["上中市 障害福祉課 給付係 <shogai-kyufu@city.kaminaka.lg.jp>"],
    subject="11月分 請求書の送付（福祉タクシー利用券）",
    charset="cp932",
    body=f"""上中市 障害福祉課 給付係 御中

いつもお世話になっております。日の出産業の宮之原です。
11月分の請求書をPDFでお送りします。明細は先日お送りしたとおりです。

  請求書番号：INV-KT-2511-0381
  件数　　　：12件
  請求金額　：12,000円（助成額合計）
  登録番号　：T{HINODE_CORP}
  お振込先　：みどり銀行 桜木町支店 普通 1187345 ヒノデサンギヨウ（カ

お支払期日は12月26日です。よろしくお願いいたします。

{SIG_MIYANOHARA}
""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-KT-2511-0381.pdf", "title": "請求書",
                  "lines": ["請求書", "上中市長 様", "", "件名：福祉タクシー利用券 助成額（2025年11月分）",
                            "請求金額：12,000円", f"登録番号：T{HINODE_CORP}",
                            "日の出産業株式会社 横浜市中区桜木町9-88-3"]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice with totals, the company's own T-number and company bank account: no people",
)

# ---------------------------------------------------------------------------- 015
_add(
    id="kaigotaxi-015",
    sender=OKONOGI,
    to=["神奈川ドライビングスクール 法人研修課 <hojin@kanagawa-ds.jp>"],
    subject="講習用資料の件",
    charset="utf-8",
    body=f"""神奈川ドライビングスクール
法人研修課 ご担当者様

お世話になっております。日の出産業の小此木です。
来月の安全運転講習で扱っていただきたい弊社の運行ルールを抜粋してお送りします。
特に第12条（車いす固定の確認手順）を重点的にお願いできればと思います。

{SIG_OKONOGI}
""",
    attachments=[{"kind": "pdf", "name": "運行管理規程_抜粋.pdf", "title": "運行管理規程（抜粋）",
                  "page_header": "社外秘", "page_footer": "日の出産業株式会社 介護タクシー事業部",
                  "lines": ["運行管理規程（抜粋）", "第10条 乗務前点呼は対面で行い、アルコール検知器を用いる。",
                            "第11条 乗務員は乗車前に利用者の移動手段（独歩・車いす・ストレッチャー）を確認する。",
                            "第12条 車いすは4点式ベルトで固定し、乗務員2名で相互確認する。",
                            "第13条 急発進・急制動を禁ずる。段差通過時は徐行する。",
                            "第14条 事故・ヒヤリハットは当日中に運行管理者へ報告する。"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached PDF carries a 社外秘 page stamp and goes to an outside driving school",
)

# ---------------------------------------------------------------------------- 016
_add(
    id="kaigotaxi-016",
    sender=OKONOGI,
    to=["神奈川ドライビングスクール 法人研修課 <hojin@kanagawa-ds.jp>"],
    subject="Re: 1月 安全運転講習の日程",
    charset="iso-2022-jp",
    body=f"""法人研修課 鮫島様

お世話になっております。小此木です。
日程案ありがとうございます。1月15日（木）9:00～12:00 でお願いします。

受講者は6名の予定です（名簿は当日お持ちします）。
車両は弊社の福祉車両（ハイエース・リフト付）を1台持ち込みます。
コース内でのリフト昇降の実習は可能でしょうか。

引き続きよろしくお願いいたします。

{SIG_OKONOGI}

-----Original Message-----
From: 鮫島 <samejima@kanagawa-ds.jp>
Sent: Monday, December 1, 2025 10:12 AM
Subject: 1月 安全運転講習の日程

日の出産業 小此木様
1月の講習日程、下記の候補でいかがでしょうか。
 1/15（木）午前、1/20（火）午前、1/22（木）午後
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="training schedule with a head count only: no personal data",
)

# ---------------------------------------------------------------------------- 017
_mn17 = my_number(SEED + 1)
_add(
    id="kaigotaxi-017",
    sender=HASUMI,
    to=["藤本社会保険労務士事務所 <office@sr-fujimoto.jp>"],
    subject="資格取得届の件（介護タクシー事業部 新規乗務員）",
    charset="iso-2022-jp",
    body=f"""藤本社会保険労務士事務所
藤本先生

いつもお世話になっております。日の出産業 総務の蓮見です。
12月16日入社の乗務員について、社保・雇保の資格取得届をお願いいたします。

　氏名：仙波 勇人（センバ ハヤト）
　生年月日：平成6年4月17日
　住所：神奈川県横浜市戸塚区原宿3-52-7 グリーンハイツ102
　個人番号：{_mn17[:4]} {_mn17[4:8]} {_mn17[8:]}
　月額報酬：265,000円（見込み）

扶養家族はなしです。よろしくお願いいたします。

{SIG_HASUMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a new driver's My Number (with address and birth date) in the body to an outside labour consultant",
)

# ---------------------------------------------------------------------------- 018
_add(
    id="kaigotaxi-018",
    sender=CHIJIIWA,
    to=["港南中央病院 地域医療連携室 御手洗様 <renkei@konan-chuo-hp.jp>"],
    cc=["居宅介護支援事業所ひまわり 楢崎様 <narasaki@himawari-care.jp>"],
    subject="退院前カンファレンス日程の件",
    charset="iso-2022-jp",
    body=f"""御手洗様
（cc：ひまわり 楢崎様）

お世話になっております。日の出産業の千々岩です。
来週の退院前カンファレンスですが、弊社からは私と運行管理の大河内の
2名で伺います。候補日のうち 12/10（水）14時 で調整いただけますと幸いです。

ご自宅までの送迎ルートと車両のご相談は当日させていただきます。

{SIG_CHIJIIWA}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="ordinary three-way scheduling mail, two external organisations, no patient named",
)

# ---------------------------------------------------------------------------- 019
_cc19 = card_number(SEED + 2)
_add(
    id="kaigotaxi-019",
    sender=MIYANOHARA,
    to=["ペイネクスト 加盟店サポート <support@paynext.co.jp>"],
    subject="カード決済エラーの確認依頼（加盟店ID HN-20417）",
    charset="utf-8",
    body=f"""ペイネクスト株式会社 加盟店サポート御中

日の出産業（加盟店ID HN-20417）の宮之原です。
11/28の乗車分で、ご家族様から電話でお伺いした下記カードの決済が
エラー（E-051）となりました。原因を確認いただけますでしょうか。

カード番号 {_cc19[:4]}-{_cc19[4:8]}-{_cc19[8:12]}-{_cc19[12:]}
有効期限 08/28
名義 MASAO KIRIYAMA
金額 7,480円（迎車料・介助料込み）

お手数ですがよろしくお願いいたします。

{SIG_MIYANOHARA}
""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a customer's full card number and holder name sent to the payment provider",
)

# ---------------------------------------------------------------------------- 020
_add(
    id="kaigotaxi-020",
    sender=MIYANOHARA,
    to=["霧島 様 <t.kirishima55@yahoo.co.jp>"],
    subject="Re: 領収書の再発行について",
    charset="iso-2022-jp",
    body=f"""霧島様

日の出産業 介護タクシーの宮之原でございます。
お問い合わせの領収書、再発行いたしました。本日郵送いたします。

　領収書番号：R-251118-044（再発行）
　ご利用日　：11月18日
　金額　　　：5,260円

医療費控除にお使いになる場合は、通院のための乗車であることを
ご自身でメモいただくようお願いいたします。

{SIG_MIYANOHARA}

> 先月の母の分の領収書をなくしてしまいました。再発行をお願いできますか。
> 霧島
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one family member on free mail gets a receipt number and amount: no sensitive data in new text",
)

# ---------------------------------------------------------------------------- 021
_fw21 = """---------- Forwarded message ---------
From: 磯子記念病院 医療福祉相談室 <soudan@isogo-kinen.jp>
Date: 2025年12月2日(火) 16:41
Subject: ストレッチャー搬送のお願い
To: 日の出産業 配車センター <haisha@hinode-sangyo.co.jp>

日の出産業 配車センター御中

下記の方の転院搬送をお願いいたします。
　氏名：鷺沼 源太郎 様（78歳・男性）
　病名：脳梗塞（右片麻痺）、嚥下障害あり・胃ろう造設済み
　転院元：磯子記念病院 4階西病棟
　転院先：上大岡リハビリテーション病院
　日時：12月8日（月）10:00
　その他：吸引が必要な場合あり、看護師1名同乗予定

磯子記念病院 医療福祉相談室 蒲生"""
_add(
    id="kaigotaxi-021",
    sender=SAEKI,
    to=["熊谷 様 <kumagai@aoba-unyu.co.jp>"],
    subject="FW: ストレッチャー搬送のお願い",
    charset="utf-8",
    body=f"""熊谷様

お世話になります。佐伯です。
12/8の午前、弊社のストレッチャー車が2台とも埋まっておりまして、
下記の転院搬送をお願いできないでしょうか。病院からの依頼をそのまま転送します。

{SIG_SAEKI}

{_fw21}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward of a hospital's request (stroke, gastrostomy) to a partner: forwarded text is new to its recipient",
)

# ---------------------------------------------------------------------------- 022
_add(
    id="kaigotaxi-022",
    sender=WASHIO,
    to=["ツバサシステム 営業部 早乙女様 <saotome@tsubasa-system.jp>"],
    subject="配車システム更改に伴う秘密保持契約の締結について",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
営業部 早乙女様

いつもお世話になっております。日の出産業の鷲尾です。

配車システム更改の件、要件定義に入る前に秘密保持契約を締結したく、
弊社法務のひな形をお送りします。第5条（秘密情報の範囲）に利用者情報を
明記しておりますので、ご確認のうえ修正があれば赤字でお戻しください。

締結後、現行システムの画面仕様と運行データの項目一覧をお渡しします。

{SIG_WASHIO}
{DISC_JA}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_ひな形.docx", "title": "秘密保持契約書",
                  "paragraphs": ["秘密保持契約書", "日の出産業株式会社（以下「甲」）とツバサシステム株式会社（以下「乙」）は、"
                                 "配車システム更改の検討に関し、以下のとおり秘密保持契約を締結する。",
                                 "第1条（目的）…", "第5条（秘密情報の範囲）甲が開示する利用者情報、運行情報その他一切の情報をいう。",
                                 "第8条（有効期間）本契約の有効期間は締結日から3年間とする。"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with a partner, NDA template attached, standard disclaimer: no marking, no data",
)

# ---------------------------------------------------------------------------- 023
_html23 = """<html><body style="font-family:'MS PGothic',sans-serif">
<p>桜ヶ丘腎クリニック 透析室<br>看護師長 鰐淵様</p>
<p>いつもお世話になっております。日の出産業 介護タクシーの佐伯です。<br>
来週から送迎を担当する方が5名増えますので、お迎え時刻と連絡先をまとめました。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>氏名</th><th>曜日・クール</th><th>お迎え</th><th>連絡先</th><th>留意事項</th></tr>
<tr><td>馬渕 サダ子</td><td>月水金・午前</td><td>7:15</td><td>045-352-6618</td><td>認知症あり、玄関で長女様が見送り</td></tr>
<tr><td>小野寺 徹</td><td>月水金・午前</td><td>7:30</td><td>090-6613-0475</td><td>右下腿切断、義足</td></tr>
<tr><td>榎本 恒夫</td><td>火木土・午後</td><td>11:40</td><td>080-2294-7731</td><td>心不全、階段不可</td></tr>
<tr><td>薬師寺 みどり</td><td>火木土・午後</td><td>11:50</td><td>045-351-9902</td><td>視覚障害（全盲）</td></tr>
<tr><td>東海林 勲</td><td>月水金・午後</td><td>12:10</td><td>070-3318-5520</td><td>透析後ふらつき多い</td></tr>
</table>
<p>変更がありましたら配車センターまでご連絡ください。</p>
<p>--<br>日の出産業株式会社 介護タクシー事業部 配車センター<br>佐伯 美和子<br>TEL 045-680-2231</p>
</body></html>"""
_add(
    id="kaigotaxi-023",
    sender=SAEKI,
    to=["桜ヶ丘腎クリニック 透析室 <toseki@sakuragaoka-jin.jp>"],
    subject="来週からの新規送迎者について",
    charset="utf-8",
    html=_html23,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only table of five patients with phones and conditions (amputation, blindness, dementia) to a clinic",
)

# ---------------------------------------------------------------------------- 024
_add(
    id="kaigotaxi-024",
    sender=CHIJIIWA,
    to=["南部市民病院 患者支援センター <shien@nambu-shimin-hp.jp>"],
    subject="介護タクシーのご案内資料送付のお礼",
    charset="cp932",
    body=f"""南部市民病院 患者支援センター
ご担当者様

先日はお時間をいただきありがとうございました。日の出産業の千々岩です。
ご説明した介護タクシーのご案内資料（PDF）をお送りします。
待合室に置いていただけるパンフレットは、来週30部お届けします。

ご利用のご相談は配車センター（045-680-2231、7時～19時）で承ります。
今後ともよろしくお願いいたします。

{SIG_CHIJIIWA}
{DISC_JA}
""",
    attachments=[{"kind": "pdf", "name": "介護タクシーのご案内.pdf", "title": "介護タクシーのご案内",
                  "lines": ["日の出産業 介護タクシー", "・車いすのまま乗車できます（リフト・スロープ車）",
                            "・ストレッチャー搬送（要予約）", "・通院、入退院、転院、冠婚葬祭",
                            "・福祉タクシー利用券がご利用いただけます", "配車センター 045-680-2231"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="service brochure to a hospital with the standard 機密情報 disclaimer: ordinary business mail",
)

# ---------------------------------------------------------------------------- 025
_add(
    id="kaigotaxi-025",
    sender=CHIJIIWA,
    to=["堤 様 <tsutsumi.naomi.0308@gmail.com>"],
    subject="お母様の通院送迎（来月の予定）",
    charset="iso-2022-jp",
    body=f"""堤 直美 様

いつもご利用ありがとうございます。日の出産業 介護タクシーの千々岩です。

お母様（堤 キミエ様）の来月の通院予定、病院の予定表をもとに組みました。
　１月６日（火）・２０日（火）　鶴見がんセンター 外来化学療法（８：４０お迎え）
　１月１３日（火）　　　　　　　 同 採血・CT（９：１０お迎え）
乳がんの術後治療で、点滴の日はお帰りが１５時過ぎになると伺っています。
白血球が下がって延期になった場合は、前日までにお電話ください。

{SIG_CHIJIIWA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="one named patient's breast-cancer chemotherapy schedule to a relative's free-mail address: 要配慮 leaves the company",
)

# ---------------------------------------------------------------------------- 026
_add(
    id="kaigotaxi-026",
    sender=WASHIO,
    to=["介護タクシー事業部 管理職 <kt-managers@hinode-sangyo.co.jp>"],
    subject="【社外秘】来期 料金改定案（たたき台）",
    charset="iso-2022-jp",
    body=f"""管理職各位

来期の料金改定のたたき台です。社外秘ですので社内限りでお願いします。

　迎車料　　　　　　500円 → 700円
　介助料（乗降）　　1,000円 → 1,200円
　ストレッチャー　　4,000円 → 5,000円
　待機料（30分毎）　800円 → 据置

12/12の部会で議論します。ご意見は前日までに。

{SIG_WASHIO}
""",
    attachments=[{"kind": "xlsx", "name": "料金改定案_v1.xlsx", "page_header": "社外秘",
                  "sheets": {"改定案": [["項目", "現行", "改定案", "差額"], ["迎車料", 500, 700, 200],
                                     ["介助料", 1000, 1200, 200], ["ストレッチャー", 4000, 5000, 1000]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 pricing draft, but only to an internal mailing list",
)

# ---------------------------------------------------------------------------- 027
_add(
    id="kaigotaxi-027",
    sender=MIYANOHARA,
    to=["西浦町 福祉課 <fukushi@town.nishiura.lg.jp>"],
    subject="11月分 福祉タクシー助成 請求データ（パスワード別送）",
    charset="iso-2022-jp",
    body=f"""西浦町 福祉課 ご担当者様

お世話になっております。日の出産業の宮之原です。
11月分の請求データを圧縮ファイルでお送りします。
解凍パスワードは別メールにてお知らせいたします。

{SIG_MIYANOHARA}
""",
    attachments=[{"kind": "zip", "name": "nishiura_202511.zip", "password": "Kt2511#nw",
                  "files": [{"kind": "csv", "name": "請求明細_202511.csv",
                             "rows": [["氏名", "利用日", "金額"], ["相良 トメ", "2025/11/04", "3200"],
                                      ["八木橋 正", "2025/11/11", "4100"]]}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the town: contents cannot be inspected",
)

# ---------------------------------------------------------------------------- 028
_add(
    id="kaigotaxi-028",
    sender=CHIJIIWA,
    to=["居宅介護支援事業所あおぞら <kyotaku@aozora-kaigo.or.jp>"],
    subject="介護タクシー料金表（2026年1月改定版）",
    charset="utf-8",
    body=f"""居宅介護支援事業所あおぞら
ケアマネジャーの皆さま

いつもお世話になっております。日の出産業の千々岩です。
1月からの料金表をお送りします。ケアプラン作成の際にご参照ください。
（介護保険の通院等乗降介助は従来どおりです）

{SIG_CHIJIIWA}
""",
    attachments=[{"kind": "xlsx", "name": "料金表_202601.xlsx", "title": "介護タクシー料金表",
                  "sheets": {"運賃": [["日の出産業 介護タクシー 料金表（2026年1月～）"], [],
                                     ["区分", "内容", "料金（税込）"],
                                     ["初乗り", "1.1kmまで", "500円"], ["加算", "以降 255mごと", "100円"],
                                     ["迎車料", "予約時", "700円"], ["時間制", "30分ごと", "2,400円"]],
                             "介助・機材": [["項目", "料金"], ["乗降介助", "1,200円"], ["階段介助（1階分）", "1,500円"],
                                        ["ストレッチャー", "5,000円"], ["リクライニング車いす", "1,000円"],
                                        ["酸素ボンベ持込対応", "無料"]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="fare table to a care-management office: price list, no people",
)

# ---------------------------------------------------------------------------- 029
_add(
    id="kaigotaxi-029",
    sender=MIYANOHARA,
    to=["上中市 障害福祉課 給付係 <shogai-kyufu@city.kaminaka.lg.jp>"],
    subject="Re: 10月分明細の差し替え",
    charset="cp932",
    body=f"""給付係 ご担当者様

お世話になっております。宮之原です。
ご指摘いただいた10月分の明細、券番号の誤りを直したものを添付いたします。
お手数をおかけして申し訳ございません。

{SIG_MIYANOHARA}

> 10月分明細の3行目、券番号が重複しているようです。ご確認ください。
""",
    attachments=[{"kind": "corrupt", "name": "請求明細_202510_差替.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the replacement spreadsheet is corrupt and cannot be read",
)

# ---------------------------------------------------------------------------- 030
_add(
    id="kaigotaxi-030",
    sender=OKONOGI,
    to=["横浜市福祉研修センター 受付 <kenshu@yokohama-fukushi-kc.or.jp>"],
    subject="移乗介助研修（12/17）受講申込",
    charset="iso-2022-jp",
    body=f"""横浜市福祉研修センター 研修受付ご担当者様

お世話になっております。日の出産業 介護タクシー事業部の小此木です。
12月17日の「移乗・移動介助実技研修」に下記4名で申し込みます。

　１．乙部 玲子　　０８０－３３１７－５５２１
　２．逸見 竜二　　０９０－８８４０－１２０６
　３．神余 ひとみ　０７０－２１５６－４４８３
　４．茶谷 聡　　　０８０－６０２２－９１７４

当日の緊急連絡用に各自の携帯番号を記載しております。
受講料は請求書払いでお願いいたします。

{SIG_OKONOGI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four trainees with full-width mobile numbers to a training centre: under five people, may warn",
)

# ---------------------------------------------------------------------------- 031
_add(
    id="kaigotaxi-031",
    sender=SAEKI,
    to=["居宅介護支援事業所あおぞら 真壁様 <makabe@aozora-kaigo.or.jp>"],
    subject="11月分 ご利用実績のご報告",
    charset="utf-8",
    body=f"""真壁様

いつもお世話になっております。日の出産業 配車センターの佐伯です。
ご担当の利用者様の11月分ご利用実績をPDFでお送りします。
PDFにはパスワードを設定しております。パスワードはいつもの方法でお伝えします。

{SIG_SAEKI}
""",
    attachments=[{"kind": "pdf", "name": "利用実績_202511_あおぞら様.pdf", "password": "aozora1125",
                  "lines": ["ご利用実績報告（2025年11月）", "居宅介護支援事業所あおぞら 真壁様ご担当分"],
                  "table": [["利用者", "利用日", "行き先", "介助"], ["小日向 タツ", "11/05", "港南中央病院", "乗降介助"],
                            ["陣内 和男", "11/12", "南部市民病院", "階段介助"]]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF to a care manager: encrypted attachment cannot be inspected",
)

# ---------------------------------------------------------------------------- 032
_add(
    id="kaigotaxi-032",
    sender=LOPEZ,
    to=["LiftCare Mobility Parts Desk <parts@liftcare-mobility.com>"],
    subject="PO HS-KT-2025-118 / replacement parts for rear lifts",
    charset="utf-8",
    body=f"""Hello Parts Desk,

Please find our purchase order below for two of our rear-entry wheelchair lifts
(model RL-800J, serial numbers RL8J-0041207 and RL8J-0041311).

  Part No.        Description                         Qty   Unit (USD)
  --------------  ----------------------------------  ----  ----------
  RL8-HYD-2210    Hydraulic pump seal kit             2     46.00
  RL8-SW-0915     Platform limit switch               2     31.50
  RL8-BLT-4400    Roll-stop barrier spring            4     12.80
  WTB-220-JP      4-point tie-down strap set (JP)     6     58.00

Ship to: Hinode Sangyo Co., Ltd., Konan Depot, attn. Fleet & Equipment.
Incoterms DAP Yokohama. Please confirm the lead time; the switches are urgent.

Best regards,

{SIG_LOPEZ}
{DISC_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English purchase order with part and serial numbers, standard disclaimer: no personal data",
)

# ---------------------------------------------------------------------------- 033
_add(
    id="kaigotaxi-033",
    sender=LOPEZ,
    to=["Daniel Whitford <d.whitford@liftcare-mobility.com>"],
    subject="Lift RL-800J platform drop - our incident analysis",
    charset="utf-8",
    body=f"""Dear Daniel,

As discussed on Tuesday's call, attached is our internal analysis of the platform drop
on lift RL8J-0041207 (about 6 cm, no passenger on board, nobody injured).
We believe the pump seal is the root cause, but we would value your engineers' view
before we decide whether to take the other two units out of service.

Kind regards,

{SIG_LOPEZ}
""",
    attachments=[{"kind": "docx", "name": "RL800J_incident_analysis.docx",
                  "title": "Incident analysis RL-800J",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo internal use only",
                  "paragraphs": ["Incident analysis: RL-800J platform drop, Konan depot",
                                 "Date: 25 Nov 2025. Unit: RL8J-0041207. Load: empty platform.",
                                 "Observation: platform descended ~6 cm over 40 s with the pump idle.",
                                 "Probable cause: worn hydraulic seal; maintenance interval exceeded by 3 months.",
                                 "Actions: unit tagged out; fleet-wide seal inspection scheduled."],
                  "tables": [[["Unit", "Last service", "Hours"], ["RL8J-0041207", "2025-04-10", "1,812"],
                              ["RL8J-0041311", "2025-06-02", "1,260"]]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached report is stamped CONFIDENTIAL / internal use only and goes to an outside manufacturer",
)

# ---------------------------------------------------------------------------- 034
_add(
    id="kaigotaxi-034",
    sender=NIWA,
    to=["湘南オート 法人営業 早瀬様 <hayase@shonan-auto.co.jp>"],
    subject="Re: 福祉車両お見積り（見積No. SA-251120-07）",
    charset="iso-2022-jp",
    body=f"""早瀬様

お世話になっております。丹羽です。お見積りありがとうございました。

・ハイエース ウェルキャブ Bタイプ（型式 3BA-TRH200K改）×1
・NV200 チェアキャブ 車いす1名仕様 ×1
上記2台で社内稟議にかけます。納期が3月末に間に合うかだけ
改めてご確認いただけますか。補助金（福祉車両導入補助）の締切が4月10日です。

下取り車（横浜 800 さ 41-12、走行 212,400km）の査定も合わせてお願いします。

{SIG_NIWA}

> 日の出産業株式会社 丹羽様
> ご依頼の福祉車両2台のお見積書を添付いたします。見積No. SA-251120-07
> 湘南オート株式会社 法人営業 早瀬
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="vehicle purchase with quote number, model codes, plate: no personal data",
)

# ---------------------------------------------------------------------------- 035
_add(
    id="kaigotaxi-035",
    sender=LOPEZ,
    to=["Pacific Assist Operations <ops@pacific-assist.com>"],
    subject="Stretcher transfer for your insured - case PA-77120",
    charset="utf-8",
    body=f"""Dear Operations team,

We confirm the stretcher transfer for your insured tomorrow, 9 December:

  Patient: Mr. Graham Ellery Holt
  Date of birth: 14 March 1951
  Passport: GB 5318 27704
  Condition: left hip fracture (surgery 2 Dec at Minato General Hospital),
             type 2 diabetes, non-weight-bearing
  From: Minato General Hospital, ward 5 East, 10:00
  To: Haneda Airport Terminal 3, special assistance counter, by 12:30

Our crew of two will bring a vacuum mattress. Please send the airline's MEDIF
approval once you have it.

Best regards,

{SIG_LOPEZ}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English mail with a traveller's passport number, birth date and diagnoses to an assistance company",
)

# ---------------------------------------------------------------------------- 036
_fuel = [["車両", "給油カード", "11月給油量(L)", "金額(円)"]]
for plate in ["横浜 800 さ 41-07", "横浜 800 さ 41-12", "横浜 300 す 88-02", "横浜 800 さ 50-01", "横浜 300 あ 12-33"]:
    litres = rng.randrange(180, 420)
    _fuel.append([plate, f"****-****-{rng.randrange(1000, 9999)}", litres, f"{litres * 142:,}"])
_add(
    id="kaigotaxi-036",
    sender=NIWA,
    to=["みどり石油 法人営業 佐藤様 <sato.k@midori-sekiyu.co.jp>"],
    subject="11月分 給油明細の照合結果",
    charset="cp932",
    body=f"""佐藤様

丹羽です。11月分の給油明細、車両ごとに照合しました。

{_table(_fuel, gap="   ", rule=True)}

50-01（ストレッチャー車）の11/22の給油が二重計上になっているようです
（同時刻に2回、各38L）。ご確認をお願いします。

{SIG_NIWA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="fuel statement by vehicle with masked fuel-card numbers: no personal data",
)

# ---------------------------------------------------------------------------- 037
_add(
    id="kaigotaxi-037",
    sender=MIYANOHARA,
    to=["港南中央病院 医事課 <iji@konan-chuo-hp.jp>"],
    subject="受診同行時の保険証確認について",
    charset="iso-2022-jp",
    body=f"""港南中央病院 医事課 ご担当者様

お世話になっております。日の出産業 介護タクシーの宮之原です。
先日の受診同行で、窓口で保険証の確認ができなかった件のご連絡です。
ご家族からお預かりした写しの内容は下記のとおりです。

　氏名　　　：陣内 和男 様
　保険者番号：０６１４０２１７
　記号・番号：横浜７２・３０９１５
　有効期限　：令和８年７月３１日

原本は次回受診時にご家族がお持ちになるとのことです。

{SIG_MIYANOHARA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one patient's health-insurance card 記号・番号 (full-width) in the body to a hospital",
)

# ---------------------------------------------------------------------------- 038
_offices = [
    ("居宅介護支援事業所あおぞら", "港南区", "045-842-3310", "045-842-3311"),
    ("ケアプランセンターひまわり", "南区", "045-731-0087", "045-731-0088"),
    ("すずらん居宅介護支援センター", "磯子区", "045-753-6020", "045-753-6021"),
    ("ケアサポートやまびこ", "港南区", "045-846-1199", "045-846-1198"),
    ("地域包括支援センター日野", "港南区", "045-845-2050", "045-845-2051"),
    ("居宅介護支援 はなみずき", "戸塚区", "045-861-4405", "045-861-4406"),
    ("ケアプラン洋光台", "磯子区", "045-833-7770", "045-833-7771"),
]
_add(
    id="kaigotaxi-038",
    sender=CHIJIIWA,
    to=["熊谷 様 <kumagai@aoba-unyu.co.jp>"],
    subject="ご依頼の多い居宅介護支援事業所一覧",
    charset="utf-8",
    body="熊谷様\n\nお世話になっております。千々岩です。\n"
         "先日お話しした、弊社へのご依頼が多い居宅介護支援事業所の一覧です。\n"
         "応援をお願いする際、先方から直接お電話が入ることがありますのでご参考まで。\n\n"
         + "\n".join(f"・{n}（{w}）　TEL {t} ／ FAX {f}" for n, w, t, f in _offices)
         + "\n\nよろしくお願いいたします。\n\n" + SIG_CHIJIIWA + "\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="seven care-management offices with office TEL/FAX: a list of businesses, not people",
)

# ---------------------------------------------------------------------------- 039
_tr = [("鴇田 真", "S52.1.8"), ("轟 正樹", "S44.9.9"), ("茶谷 聡", "H3.12.24"),
       ("甕 由美子", "S58.6.6"), ("仙波 勇人", "H6.4.17"), ("水落 和也", "S47.5.14")]
_lines39 = ["氏名\tフリガナ\t生年月日\t携帯\tメール"]
_kana = {"鴇田 真": "トキタ マコト", "轟 正樹": "トドロキ マサキ", "茶谷 聡": "チャタニ サトシ",
         "甕 由美子": "モタイ ユミコ", "仙波 勇人": "センバ ハヤト", "水落 和也": "ミズオチ カズヤ"}
for nm, d in _tr:
    user = {"鴇田 真": "m.tokita", "轟 正樹": "todoroki.ms", "茶谷 聡": "chatani-s", "甕 由美子": "yumi.motai",
            "仙波 勇人": "hayato.senba94", "水落 和也": "kazmizu"}[nm]
    dom = rng.choice(["gmail.com", "docomo.ne.jp", "yahoo.co.jp", "icloud.com"])
    _lines39.append(f"{nm}\t{_kana[nm]}\t{d}\t{_mobile()}\t{user}@{dom}")
_add(
    id="kaigotaxi-039",
    sender=OKONOGI,
    to=["ケアアカデミー横浜校 受講受付 <uketsuke@care-academy.jp>"],
    subject="介護職員初任者研修（2月開講）団体申込",
    charset="utf-8",
    body="ケアアカデミー横浜校 受講受付ご担当者様\n\n"
         "お世話になっております。日の出産業 介護タクシー事業部の小此木です。\n"
         "2月開講の初任者研修に、弊社乗務員6名を団体で申し込みます。\n"
         "受講者情報は下記のとおりです（Excelから貼り付けのため見づらくてすみません）。\n\n"
         + "\n".join(_lines39)
         + "\n\n受講料は会社負担で一括請求をお願いします。eラーニングのID通知は各自のメールへ\n"
           "お送りいただいて構いません。\n\n" + SIG_OKONOGI + "\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="tab-separated list of six drivers with birth dates, mobiles and private e-mails to a training school",
)

# ---------------------------------------------------------------------------- 040
_add(
    id="kaigotaxi-040",
    sender=SAEKI,
    to=["ケアプランセンターひまわり 楢崎様 <narasaki@himawari-care.jp>"],
    subject="Re: 佐々木様 送迎のご依頼",
    charset="iso-2022-jp",
    body=f"""楢崎様

お世話になっております。佐伯です。
佐々木様の件、来週火曜（12/9）9時30分お迎えで手配いたしました。
帰りは時間が読めないとのことですので、終わり次第お電話いただく形にしています。

引き続きよろしくお願いいたします。

{SIG_SAEKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a surname and a pickup time only: no contact data, no health detail",
)

# ---------------------------------------------------------------------------- 041
_add(
    id="kaigotaxi-041",
    sender=SAEKI,
    to=["逸見 竜二 <hemmi.r@hinode-sangyou.co.jp>"],
    subject="明日の3便 変更",
    charset="utf-8",
    body=f"""逸見さん

お疲れさまです。明日の3便、変更です。
堤 キミエ様（磯子区森3-7-2）の化学療法が中止になり、代わりに
榎本 恒夫様の透析（桜ヶ丘腎クリニック、11:40お迎え、心不全で階段不可）に入ってください。
榎本様宅の電話は 080-2294-7731 です。

佐伯
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="a colleague's address typed as hinode-sangyou.co.jp (extra u): look-alike of the own domain, with patients' health data",
)

# ---------------------------------------------------------------------------- 042
_add(
    id="kaigotaxi-042",
    sender=SAEKI,
    to=["ケアプランセンターひまわり 楢崎様 <narasaki@himawari-care.jp>"],
    subject="RE: 年明けの定期送迎 利用者一覧",
    charset="cp932",
    body=f"""楢崎様

一覧ありがとうございました。確かに受け取りました。
年明けの初回はいずれも1月5日の週からで調整いたします。
車両の割り当てが決まりましたらご連絡します。

佐伯

-----Original Message-----
From: 楢崎 <narasaki@himawari-care.jp>
Sent: Wednesday, December 3, 2025 5:02 PM
To: 佐伯 美和子 <saeki.miwako@hinode-sangyo.co.jp>
Subject: 年明けの定期送迎 利用者一覧

日の出産業 佐伯様

年明けからの定期送迎をお願いしたい方の一覧です。

ヤマシタ キヨ　S12.3.2　港南区日野2-8-15　045-842-7765　外来化学療法（隔週火）
小日向 タツ　　S9.10.30　港南区丸山台3-4-1　045-843-0128　リハビリ通院（週2）
陣内 和男　　　S18.2.11　南区六ツ川3-60-9　090-4528-3307　人工透析（月水金）
唐沢 アイ　　　T15.5.5　磯子区洋光台6-2-18　045-831-5540　眼科（緑内障）月1
百目鬼 勝　　　S21.8.1　港南区野庭町1455　080-7719-2203　パーキンソン病 神経内科

ケアプランセンターひまわり 楢崎
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the five-person list with illnesses is only in the quoted original; the new text is an acknowledgement",
)

# ---------------------------------------------------------------------------- 043
_lic43 = f"{rng.randrange(30, 32)}{rng.randrange(10**9, 10**10)}"
_add(
    id="kaigotaxi-043",
    sender=OKOCHI,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="12/1 車内転倒事故のご相談（経過報告）",
    charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。日の出産業の大河内です。
12/1の車内転倒事故について、その後の経過をご報告します。

・乗客：榊原 茂 様（８１歳）。急ブレーキの際、車いすごと前方に傾き右手首を打撲。
　当日夕方に港南中央病院を受診し、右橈骨遠位端骨折と診断、ギプス固定。
　もともと骨粗しょう症の治療中とのこと。
・乗務員：轟 正樹（運転免許証番号 {_lic43}）。後部ベルトの1本が緩んでいたことを認めています。
・ご家族（長女様）からは、治療費と通院の交通費について請求したいとのお話がありました。

示談の進め方についてご助言いただけますと幸いです。
保険会社（東海損保）には事故受付番号 TK-251201-0992 で報告済みです。

{SIG_OKOCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a passenger's fracture diagnosis and medical history plus a driver's licence number to an outside law firm",
)

# ---------------------------------------------------------------------------- 044
_add(
    id="kaigotaxi-044",
    sender=OKOCHI,
    to=["小此木 敦 <okonogi.a@hinode-sangyo.co.jp>", "鷲尾 康弘 <washio.y@hinode-sangyo.co.jp>"],
    subject="乗務員健診 要再検査者のフォロー",
    charset="iso-2022-jp",
    body=f"""小此木さん、鷲尾部長

秋の定期健診の結果、乗務員で要再検査・要精密となったのは次の3名です。
乗務の可否を産業医に相談のうえ、来週の安全会議で扱います。

　轟 正樹　　血圧 172/104（要治療）。睡眠時無呼吸の疑いで精密検査予定
　水落 和也　空腹時血糖 148、HbA1c 7.1（要再検査）
　甕 由美子　心電図 異常Q波（要精密）

本人には個別に伝えてあります。

{SIG_OKOCHI}
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="drivers' health-check findings, but only to two internal managers",
)

# ---------------------------------------------------------------------------- 045
_add(
    id="kaigotaxi-045",
    sender=CHIJIIWA,
    to=["ケアプランセンターひまわり 楢崎様 <narasaki@himawari-care.jp>",
        "港南中央病院 地域医療連携室 <renkei@konan-chuo-hp.jp>",
        "百目鬼 様 <dodomeki.family@gmail.com>"],
    subject="百目鬼 勝様 通院送迎の調整",
    charset="iso-2022-jp",
    body=f"""関係者の皆さま

日の出産業の千々岩です。百目鬼 勝様の神経内科通院の件、まとめてご連絡します。
パーキンソン病の症状で朝のうちは体が固まりやすいとのことで、
受診は11時以降の枠でお願いできればと思います。
ご自宅の玄関前は3段の段差があるため、スロープを持参します。

ご意見があれば返信でお知らせください。

{SIG_CHIJIIWA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient", "personal_data"],
    note="care office, hospital and a family free-mail address all in To (three parties) and a named patient's Parkinson's disease",
)

# ---------------------------------------------------------------------------- 046
_mn46a, _mn46b = my_number(SEED + 3), my_number(SEED + 4)
_add(
    id="kaigotaxi-046",
    sender=HASUMI,
    to=["給与担当 根津 <nezu.k@hinode-sangyo.co.jp>"],
    subject="年末調整 介護タクシー事業部 マイナンバー未登録者分",
    charset="cp932",
    body=f"""根津さん

お疲れさまです。蓮見です。
年末調整で個人番号が未登録だった介護タクシー事業部の2名、本人確認が取れましたので
登録をお願いします（番号カードの写しは人事キャビネットに保管済み）。

  茶谷 聡　　{_mn46a}
  仙波 勇人　{_mn46b}

登録後、このメールは削除してください。

{SIG_HASUMI}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=[],
    note="two My Numbers, but from HR to payroll inside the company only",
)

# ---------------------------------------------------------------------------- 047
_add(
    id="kaigotaxi-047",
    sender=CHIJIIWA,
    to=["訪問看護ステーションかえで 所長 <shocho@houkan-kaede.jp>"],
    subject="送迎計画書（案）のご確認のお願い",
    charset="utf-8",
    body=f"""訪問看護ステーションかえで
所長 二瓶様

お世話になっております。日の出産業の千々岩です。
来月から定期でお受けする方の送迎計画書（案）を作りました。
人工呼吸器の取り扱いについて、看護の立場からご確認いただけますでしょうか。

{SIG_CHIJIIWA}
""",
    attachments=[{"kind": "docx", "name": "送迎計画書_案_20251205.docx", "title": "送迎計画書",
                  "paragraphs": ["送迎計画書（案）", "作成日：2025年12月5日　作成者：千々岩"],
                  "tables": [[["利用者氏名", "能見 健太郎（のうみ けんたろう）"],
                              ["生年月日", "昭和37年10月3日（63歳）"],
                              ["住所", "神奈川県横浜市港南区上永谷6-11-23"],
                              ["疾患・状態", "筋萎縮性側索硬化症（ALS）、気管切開・在宅人工呼吸器（TPPV）"],
                              ["移動手段", "リクライニング車いす（呼吸器搭載）、乗務員2名＋家族1名同乗"],
                              ["行き先", "港南中央病院 神経内科（月1回）"],
                              ["緊急時", "吸引器持参、アンビューバッグ常備、主治医 港南中央病院"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX transport plan for one patient with ALS and ventilator, birth date and address, to a nursing station",
)

# ---------------------------------------------------------------------------- 048
_add(
    id="kaigotaxi-048",
    sender=NIWA,
    to=["タイヨーユニフォーム 受注センター <juchu@taiyo-uniform.co.jp>"],
    subject="Re: ご注文品出荷のお知らせ（注文番号 TU-883104）",
    charset="iso-2022-jp",
    body=f"""受注センター ご担当者様

出荷のご連絡ありがとうございます。日の出産業の丹羽です。
2箱とも港南営業所で受け取りました。追跡番号の控えを念のため記載します。

　ヤマト運輸 4512-8830-6627（1/2）
　ヤマト運輸 4512-8830-6638（2/2）

防寒ジャンパー（品番 TU-J550 ネイビー）のLLサイズ3着が入っていませんでした。
後送分の出荷予定を教えてください。

{SIG_NIWA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers and an order number for driver uniforms: no personal data",
)

# ---------------------------------------------------------------------------- 049
_users49 = [
    ("小日向 タツ", "要介護3", "港南中央病院", "リハビリ"), ("陣内 和男", "要介護2", "桜ヶ丘腎クリニック", "人工透析"),
    ("唐沢 アイ", "要介護1", "弘明寺眼科", "緑内障"), ("鍋島 和子", "要介護4", "南部市民病院", "心不全 定期受診"),
    ("能登 昇", "要支援2", "金沢文庫整形外科", "変形性膝関節症"), ("雨宮 ヨシ", "要介護5", "洋光台こころのクリニック", "認知症 定期受診"),
    ("十河 静江", "要介護2", "鶴見がんセンター", "放射線治療"), ("鬼塚 健二", "要介護3", "上大岡リハビリテーション病院", "脳梗塞後 外来リハ"),
]
_sheet49 = [["居宅介護支援事業所あおぞら様 ご担当利用者 ご利用実績（2025年11月）"], [],
            ["利用者名", "要介護度", "利用日", "行き先", "目的", "介助内容", "運賃", "介助料"]]
for nm, lv, dest, why in _users49:
    for _ in range(rng.randrange(1, 4)):
        _sheet49.append([nm, lv, f"11/{rng.randrange(1, 29):02d}", dest, why,
                         rng.choice(["乗降介助", "階段介助", "車いす介助", "ストレッチャー"]),
                         rng.randrange(12, 48) * 100, 1200])
_add(
    id="kaigotaxi-049",
    sender=SAEKI,
    to=["居宅介護支援事業所あおぞら <kyotaku@aozora-kaigo.or.jp>"],
    subject="11月分 ご利用実績（あおぞら様ご担当分）",
    charset="cp932",
    body=f"""居宅介護支援事業所あおぞら
ケアマネジャー各位

いつもお世話になっております。日の出産業 配車センターの佐伯です。
11月分のご利用実績をお送りします。給付管理のご参考にしてください。
（シート1が明細、シート2が利用者別の合計です）

{SIG_SAEKI}
""",
    attachments=[{"kind": "xlsx", "name": "ご利用実績_202511_あおぞら.xlsx",
                  "sheets": {"明細": _sheet49,
                             "利用者別合計": [["利用者名", "回数"]] + [[u[0], rng.randrange(1, 9)] for u in _users49]}}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="spreadsheet of eight users with care levels and the illness each trip is for, sent outside",
)

# ---------------------------------------------------------------------------- 050
_add(
    id="kaigotaxi-050",
    sender=MIYANOHARA,
    to=["錦印刷 営業部 小田切様 <odagiri@nishiki-insatsu.co.jp>"],
    subject="介護タクシー回数券 増刷のお願い（前回注文 NK-24-10552）",
    charset="utf-8",
    body=f"""錦印刷株式会社
小田切様

いつもお世話になっております。日の出産業の宮之原です。
回数券の在庫が少なくなってきたため、前回（注文番号 NK-24-10552）と
同じ仕様で増刷をお願いします。

  品名：介護タクシー回数券（11枚綴り・3,000円券）
  数量：500冊
  通し番号：No.040001 ～ No.045500
  納品先：港南営業所

見積書と納期をお知らせいただければ発注書を送ります。

{SIG_MIYANOHARA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="print order with an order number and ticket serial range: no personal data",
)

# ---------------------------------------------------------------------------- 051
_add(
    id="kaigotaxi-051",
    sender=SAEKI,
    to=["桜ヶ丘腎クリニック 透析室 <toseki@sakuragaoka-jin.jp>"],
    subject="12/8(月) 午前クール お迎え時刻の確認",
    charset="iso-2022-jp",
    body=f"""透析室 鰐淵様

お世話になっております。佐伯です。
12/8（月）は道路工事のため、午前クールの下記3名のお迎えを10分ずつ早めます。

　馬渕様　7:05
　小野寺様　7:20
　宇佐美様　7:00

クリニック到着時刻は通常どおりの見込みです。

{SIG_SAEKI}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="surnames with pickup times, sent to the clinic that treats them: dialysis is implied only by the recipient; an officer could judge either way",
)

# ---------------------------------------------------------------------------- 052
_add(
    id="kaigotaxi-052",
    sender=OKONOGI,
    to=["神奈川県介護タクシー協会 事務局 <jimukyoku@kanagawa-kaigotaxi.or.jp>"],
    subject="安全部会 発表資料の送付",
    charset="iso-2022-jp",
    body=f"""神奈川県介護タクシー協会 事務局御中

お世話になっております。日の出産業の小此木です。
12月の安全部会で発表する資料をお送りします。投影用のPowerPointです。

{SIG_OKONOGI}
""",
    attachments=[{"kind": "pptx", "name": "ヒヤリハット事例集_2025下期.pptx", "title": "ヒヤリハット事例集",
                  "page_footer": "【取扱注意】日の出産業 社内資料",
                  "slides": [["ヒヤリハット事例集 2025年下期", "日の出産業株式会社 介護タクシー事業部", "【取扱注意】"],
                             ["事例1 リフト昇降中の車いす後退", "ストッパー未確認", "対策：声出し確認の徹底"],
                             ["事例2 雨天時のスロープ滑り", "スロープ表面の摩耗", "対策：滑り止めテープ貼替"],
                             ["事例3 車内での体調急変", "乗車前の顔色・会話確認", "対策：バイタル確認シート導入"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="slides stamped 【取扱注意】 社内資料 go to an outside association",
)

# ---------------------------------------------------------------------------- 053
_fleet = [["車両一覧（2025年12月1日現在）"], ["No", "登録番号", "車名", "初度登録", "乗車定員", "福祉装備", "車検満了日"]]
for i, (plate, car, reg, cap, eq) in enumerate([
    ("横浜 800 さ 41-07", "ハイエース", "2019/03", "車いす2+3", "リアリフト"),
    ("横浜 800 さ 41-12", "NV200", "2017/06", "車いす1+3", "スロープ"),
    ("横浜 300 す 88-02", "シエンタ", "2021/09", "5", "回転シート"),
    ("横浜 800 さ 50-01", "キャラバン", "2020/11", "ストレッチャー1+2", "ストレッチャー"),
    ("横浜 300 あ 12-33", "ヴォクシー", "2022/04", "7", "サイドリフトアップシート"),
    ("横浜 300 あ 12-34", "ハイエース", "2025/11", "車いす2+3", "リアリフト"),
], start=1):
    _fleet.append([i, plate, car, reg, cap, eq, f"202{rng.randrange(6, 8)}/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}"])
_add(
    id="kaigotaxi-053",
    sender=NIWA,
    to=["東海損保 自動車営業課 <jidosha@tokai-sonpo.co.jp>"],
    subject="車両入替に伴う車両明細の更新",
    charset="utf-8",
    body=f"""東海損害保険株式会社 自動車営業課 御中

お世話になっております。日の出産業の丹羽です。
11月に1台増車しましたので、最新の車両明細をお送りします。
12-34（ハイエース）を追加、その他の変更はありません。

{SIG_NIWA}
""",
    attachments=[{"kind": "xlsx", "name": "車両明細_20251201.xlsx", "sheets": {"車両": _fleet}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="fleet list with plates and inspection dates (not birth dates): vehicles, not people",
)

# ---------------------------------------------------------------------------- 054
_ec = [("ウサミ トシコ", "長女", "０９０－３３８１－７７２４"), ("ゴジュウアラシ キヨシ", "妻", "０４５－８４２－６６０９"),
       ("シトミ ハル", "甥", "０８０－９１１７－２０５８"), ("モウリ ショウイチ", "長男", "０７０－４４０２－８８３１"),
       ("セトグチ カズエ", "次女", "０９０－６２５５－１９４７")]
_add(
    id="kaigotaxi-054",
    sender=OKOCHI,
    to=["熊谷 様 <kumagai@aoba-unyu.co.jp>"],
    subject="年末応援分 緊急連絡先",
    charset="iso-2022-jp",
    body="熊谷様\n\n大河内です。年末の応援分、当日何かあったときのご家族の連絡先です。\n"
         "乗車拒否や体調不良の際はこちらに直接お電話いただいて構いません。\n\n"
         + "\n".join(f"・{n} 様　緊急連絡先：{rel}　{tel}" for n, rel, tel in _ec)
         + "\n\n弊社の夜間窓口は０４５－６８０－２２３１（転送）です。\n\n" + SIG_OKOCHI + "\n",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five kana-named users with relatives' full-width phone numbers to a partner: list of five people",
)

# ---------------------------------------------------------------------------- 055
_add(
    id="kaigotaxi-055",
    sender=OKONOGI,
    to=["神奈川ドライビングスクール 法人研修課 <hojin@kanagawa-ds.jp>"],
    subject="Re: 講習内容の追加について",
    charset="cp932",
    body=f"""鮫島様

小此木です。ご提案ありがとうございます。
追加いただける「車載機材の積み下ろし」の回ですが、在宅酸素の利用者さまが増えているので
酸素ボンベの固定方法を入れていただけると助かります。
ボンベは取扱注意の機材ですので、転倒防止のスタンドも1台持参します。

あわせて、冬季の路面凍結時の制動距離の実演もお願いできればと思います。

{SIG_OKONOGI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="取扱注意 here describes oxygen cylinders as equipment, not a classification of the mail",
)

# ---------------------------------------------------------------------------- 056
_add(
    id="kaigotaxi-056",
    sender=SAEKI,
    to=["さくらホテル 宴会営業 <banquet@sakura-hote1.jp>"],
    subject="12/20 記念式典 送迎スケジュール",
    charset="utf-8",
    body=f"""さくらホテル 宴会営業ご担当者様

お世話になっております。日の出産業 配車センターの佐伯です。
12/20の記念式典の送迎スケジュールです。

  10:30  新横浜駅 → ホテル正面（福祉車両2台）
  15:30  ホテル正面 → 新横浜駅
  16:00  ホテル正面 → 横浜駅西口

車寄せの使用許可をいただけますと幸いです。

{SIG_SAEKI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner sakura-hotel.jp written sakura-hote1.jp (l → 1): look-alike domain",
)

# ---------------------------------------------------------------------------- 057
_add(
    id="kaigotaxi-057",
    sender=LOPEZ,
    to=["Maria Chen <maria.chen@liftcare-mobility.com>"],
    subject="Re: Invoice LC-INV-20931",
    charset="utf-8",
    body=f"""Hi Maria,

Thanks. Payment of USD 1,184.60 for LC-INV-20931 was released today by wire;
our remittance reference is HS-251205-03. The bank may take two business days.

Best,
Ken

{SIG_LOPEZ}

On Thu, Dec 4, 2025 at 9:14 AM Maria Chen <maria.chen@liftcare-mobility.com> wrote:
> Hi Ken,
> Please find attached invoice LC-INV-20931 for PO HS-KT-2025-118.
> Our bank details are unchanged: Pacific Commerce Bank, account 0047-2219-883.
> Regards, Maria
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English payment confirmation; the supplier's company bank account is only in the quoted text",
)

# ---------------------------------------------------------------------------- 058
_add(
    id="kaigotaxi-058",
    sender=CHIJIIWA,
    to=["kyotaku@aozora-kaigo.or.jp", "info@himawari-care.jp", "suzuran-kyotaku@suzuran-fukushi.or.jp",
        "yamabiko@caresupport-yamabiko.jp"],
    subject="【ご案内】介護タクシー 1月からの新サービス（夜間透析送迎）",
    charset="iso-2022-jp",
    body=f"""居宅介護支援事業所 ケアマネジャーの皆さま

いつも大変お世話になっております。日の出産業 介護タクシー事業部の千々岩です。

1月から、夜間透析（18時以降開始）の送迎をお受けできるようになりました。
対象エリアは港南区・南区・磯子区です。詳しくは添付のチラシをご覧ください。
ご相談は配車センター（045-680-2231）まで。

{SIG_CHIJIIWA}
""",
    attachments=[{"kind": "pdf", "name": "夜間透析送迎のご案内.pdf",
                  "lines": ["夜間透析送迎 はじめます（2026年1月～）", "対象：港南区・南区・磯子区",
                            "お迎え：17時～19時、お帰り：22時～24時", "料金：通常運賃＋夜間加算20%"]}],
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="announcement with four care offices of different organisations visible in To: should have been Bcc",
)

# ---------------------------------------------------------------------------- 059
_add(
    id="kaigotaxi-059",
    sender=NIWA,
    to=["湘南オート サービス工場 <service@shonan-auto.co.jp>"],
    cc=["東海損保 事故受付センター <jiko@tokai-sonpo.co.jp>"],
    subject="物損事故車両（横浜 300 す 88-02）の修理見積について",
    charset="iso-2022-jp",
    body=f"""湘南オート サービス工場 御中
（cc：東海損保 事故受付センター様 受付番号 TK-251128-0417）

お世話になっております。日の出産業の丹羽です。
11/28に営業所の駐車場で柱に接触したシエンタ（横浜 300 す 88-02）の
修理見積をお願いします。左リアドアとサイドステップの損傷です。
人身の被害はありません。

保険会社のアジャスター様の立会日が決まりましたら双方にご連絡します。

{SIG_NIWA}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="garage and insurer (two external organisations) on a property-damage repair: normal three-way mail",
)

# ---------------------------------------------------------------------------- 060
_add(
    id="kaigotaxi-060",
    sender=OKOCHI,
    to=["グローバルワークス横浜 登録担当 <touroku@globalworks-yokohama.co.jp>"],
    subject="乗務員候補の件（在留資格の確認）",
    charset="utf-8",
    body=f"""グローバルワークス横浜
登録担当 城之内様

お世話になっております。日の出産業の大河内です。
ご紹介いただいた乗務員候補の方、面接の結果ぜひお願いしたいと考えています。
二種免許の取得支援を前提に、在留資格で就労に制限がないか確認をお願いできますか。

  氏名：NGUYEN VAN THANH（グエン ヴァン タン）
  生年月日：1992年7月21日
  在留カード番号：UH48217365AB
  在留資格：定住者（在留期限 2027年9月30日）

よろしくお願いいたします。

{SIG_OKOCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a candidate's residence-card number and birth date to a staffing agency",
)

# ---------------------------------------------------------------------------- 061
_add(
    id="kaigotaxi-061",
    sender=SAEKI,
    to=["熊谷 様 <kumagai@aoba-unyu.co.jp>"],
    subject="主な病院の乗降場所メモ",
    charset="utf-8",
    body=f"""熊谷様

佐伯です。応援に入っていただく際の、主な病院の乗降場所メモです。

■港南中央病院（045-841-0011）
  正面玄関は一般車のみ。介護タクシーは東側の救急外来横スペース（3台分）。
■みなと総合病院（045-622-3100）
  地下1階の搬入口にストレッチャー用の昇降機あり。守衛室に声かけ。
■桜ヶ丘腎クリニック（045-331-5525）
  ビル裏の駐車場 1・2番が送迎用。透析室直通エレベーターあり。
■鶴見がんセンター（045-581-7001）
  外来化学療法センターは本館2階。B棟の車寄せが近い。

{SIG_SAEKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="hospitals' switchboards and drop-off points: information about businesses, not people",
)

# ---------------------------------------------------------------------------- 062
_add(
    id="kaigotaxi-062",
    sender=HASUMI,
    to=["藤本社会保険労務士事務所 藤本先生 <office@sr-fujimoto.jp>"],
    subject="在職老齢年金の件（嘱託乗務員）",
    charset="iso-2022-jp",
    body=f"""藤本先生

お世話になっております。日の出産業の蓮見です。
4月から嘱託で再雇用している乗務員の年金調整について、ご相談させてください。

　氏名　　　：轟 正樹
　基礎年金番号：４１２７－６０８３５２
　生年月日　：昭和44年9月9日
　嘱託後の月額：220,000円

ご本人から、支給停止額がいくらになるか知りたいとの希望がありました。
試算をお願いできますでしょうか。

{SIG_HASUMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a driver's 基礎年金番号 (full-width) and birth date to an outside labour consultant",
)

# ---------------------------------------------------------------------------- 063
_add(
    id="kaigotaxi-063",
    sender=SAEKI,
    to=["Hiroshi Sato <hiro.sato.0412@gmail.com>"],
    subject="ご予約確認（1月11日 結婚式へのご送迎）",
    charset="utf-8",
    body=f"""佐藤 浩 様

このたびはご予約ありがとうございます。日の出産業 介護タクシー配車センターの佐伯です。
下記の内容でご予約を承りました。

  日時　　1月11日（日）10:00 お迎え
  お迎え　ご自宅
  行き先　さくらホテル 横浜（式場）
  お帰り　15:30 ホテル正面 → ご自宅
  人数　　ご本人様とお母様（車いすのままご乗車）、計2名
  料金目安　往復 約12,000円

ご変更は前日17時までにお電話ください。

{SIG_SAEKI}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="booking confirmation to the customer's own free-mail address: the customer's own trip, one free-mail recipient",
)

# ---------------------------------------------------------------------------- 064
_inner64 = {
    "sender": "楢崎 <narasaki@himawari-care.jp>",
    "to": ["佐伯 美和子 <saeki.miwako@hinode-sangyo.co.jp>"],
    "subject": "年末年始の通院送迎 ご依頼分",
    "charset": "iso-2022-jp",
    "body": """日の出産業 佐伯様

年末年始の通院送迎をお願いしたい方です。

１．小日向 タツ様（要介護３）港南区丸山台3-4-1 ℡045-843-0128
　　12/29 港南中央病院 リハビリ外来 10:00
２．陣内 和男様（要介護２）南区六ツ川3-60-9 ℡090-4528-3307
　　12/29・12/31・1/2 桜ヶ丘腎クリニック 透析 7:30
３．唐沢 アイ様（要介護１）磯子区洋光台6-2-18 ℡045-831-5540
　　12/30 弘明寺眼科 緑内障の点眼処置 14:00
４．百目鬼 勝様（要介護３）港南区野庭町1455 ℡080-7719-2203
　　1/5 港南中央病院 神経内科（パーキンソン病）11:00
５．鍋島 和子様（要介護４）港南区日野南2-14-7 ℡045-845-3902
　　12/30 南部市民病院 循環器内科（心不全）9:30

ケアプランセンターひまわり 楢崎
""",
}
_add(
    id="kaigotaxi-064",
    sender=SAEKI,
    to=["熊谷 様 <kumagai@aoba-unyu.co.jp>"],
    subject="FW: 年末年始の通院送迎 ご依頼分",
    charset="iso-2022-jp",
    body=f"""熊谷様

佐伯です。年末年始の応援分、ケアマネさんからの依頼メールを添付で転送します。
このうち 12/29 と 12/30 の分をお願いできればと思います。

{SIG_SAEKI}
""",
    attachments=[{"kind": "eml", "name": "年末年始の通院送迎 ご依頼分.eml", "message": _inner64}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded mail attached (.eml) with five users' addresses, phones, care levels and illnesses, to a partner",
)

# ---------------------------------------------------------------------------- 065
_add(
    id="kaigotaxi-065",
    sender=MIYANOHARA,
    to=["上中市 高齢福祉課 企画係 <korei-kikaku@city.kaminaka.lg.jp>"],
    subject="移動支援に関するアンケートへの回答",
    charset="cp932",
    body=f"""上中市 高齢福祉課 企画係 御中

日の出産業株式会社 介護タクシー事業部の宮之原です。
ご依頼のアンケートに、2025年度上期（4～9月）の実績で回答いたします。

  延べ運行回数　　　　　　　　　　 4,812回
  うち通院（人工透析）　　　　　　 2,106回（実利用者 41名）
  うち通院（がん化学療法・放射線）   388回（実利用者 17名）
  うち入退院・転院　　　　　　　　　 296回
  ストレッチャー搬送　　　　　　　　 143回
  福祉タクシー利用券の取扱い　　　　 611枚

透析送迎は午前クールに集中しており、早朝の車両が不足しているのが課題です。

{SIG_MIYANOHARA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate statistics that mention dialysis and chemotherapy but identify no person",
)

# ---------------------------------------------------------------------------- 066
_rows66 = [["氏名", "フリガナ", "曜日", "クール", "迎え時刻", "電話", "送迎時の注意"]]
for nm, kana, note in [
    ("陣内 和男", "ジンナイ カズオ", "シャント右腕"), ("宇佐美 トシ子", "ウサミ トシコ", "血圧低下しやすい"),
    ("五十嵐 清", "イガラシ キヨシ", "杖歩行"), ("馬渕 サダ子", "マブチ サダコ", "認知症・家族見送り"),
    ("小野寺 徹", "オノデラ トオル", "義足（右下腿）"), ("東海林 勲", "ショウジ イサオ", "透析後ふらつき"),
    ("廿日出 功", "ハツカデ イサオ", "糖尿病・低血糖注意"),
]:
    _rows66.append([nm, kana, rng.choice(["月水金", "火木土"]), rng.choice(["午前", "午後"]),
                    f"{rng.randrange(7, 13)}:{rng.choice(['00', '10', '20', '30', '40', '50'])}", _mobile(), note])
_add(
    id="kaigotaxi-066",
    sender=SAEKI,
    to=["桜ヶ丘腎クリニック 事務長 <jimu@sakuragaoka-jin.jp>"],
    subject="送迎対象者リスト（1月改訂版）",
    charset="utf-8",
    body=f"""桜ヶ丘腎クリニック
事務長 唐木様

お世話になっております。日の出産業の佐伯です。
1月からの送迎対象者リストをZIPでお送りします（中身はCSVです）。
お迎え時刻は透析室と調整済みです。

{SIG_SAEKI}
""",
    attachments=[{"kind": "zip", "name": "送迎対象者_202601.zip",
                  "files": [{"kind": "csv", "name": "送迎対象者_202601.csv", "encoding": "utf-8", "rows": _rows66}]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="unencrypted ZIP with a CSV of seven dialysis patients, phones and conditions, to the clinic",
)

# ---------------------------------------------------------------------------- 067
_add(
    id="kaigotaxi-067",
    sender=SAEKI,
    to=["大河内 亮 <okochi.ryo@hinode-sangyo.co.jp>"],
    cc=["haisha@hinode-sangyo.co.jp"],
    subject="FW: ストレッチャー搬送のお願い",
    charset="utf-8",
    body=f"""大河内さん

磯子記念さんから転院搬送の依頼です。12/8午前は50-01が車検で出ているので、
青葉運輸さんにお願いするか、時間をずらせないか病院に相談しようと思います。
どちらがよいでしょうか。

佐伯

{_fw21}
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="forward of a hospital request with a patient's diagnoses, but only to internal colleagues",
)

# ---------------------------------------------------------------------------- 068
_add(
    id="kaigotaxi-068",
    sender=CHIJIIWA,
    to=["すずらん居宅介護支援センター 岩佐様 <iwasa@suzuran-fukushi.or.jp>"],
    subject="中村様の件",
    charset="iso-2022-jp",
    body=f"""岩佐様

千々岩です。先ほどはお電話ありがとうございました。
例の件ですが、ナカムラ トシエさん、うつ病で洋光台こころのクリニックに通院中とのことなので、
乗務員には車内で無理に話しかけないよう伝えておきます。
先週はお迎えに伺っても玄関に出てこられず、キャンセル扱いになりました。
キャンセル料は今回はいただかないことにします。

次回（12/11）は娘さんが付き添えるか確認いただけますか。

{SIG_CHIJIIWA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named user's depression and psychiatric clinic in running text to an outside care manager",
)

# ---------------------------------------------------------------------------- 069
_add(
    id="kaigotaxi-069",
    sender=SAEKI,
    to=["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
    subject="12/20 記念式典 当日の乗務員連絡先",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会営業ご担当者様

お世話になっております。佐伯です。
12/20当日に伺う乗務員と連絡先です。車寄せで何かあれば直接ご連絡ください。

　1号車　水落 和也　090-5512-7730
　2号車　乙部 玲子　080-3317-5521
　誘導　　逸見 竜二　090-8840-1206

よろしくお願いいたします。

{SIG_SAEKI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three staff with their mobiles for an event, to a partner hotel: fewer than five people, may warn",
)

# ---------------------------------------------------------------------------- 070
_add(
    id="kaigotaxi-070",
    sender=MIYANOHARA,
    to=["みどり銀行 桜木町支店 法人課 <hojin-sakuragicho@midori-ginkou.co.jp>"],
    subject="口座振替依頼書の件",
    charset="iso-2022-jp",
    body=f"""みどり銀行 桜木町支店 法人課 御中

お世話になっております。日の出産業の宮之原です。
介護タクシーの月額契約のお客さま向けに口座振替を始めたく、
収納代行の申込書類一式をお送りいただけますでしょうか。
開始は4月引落分からを予定しております。

{SIG_MIYANOHARA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner midori-ginko.co.jp written midori-ginkou.co.jp (letter added): look-alike domain",
)

# ---------------------------------------------------------------------------- 071
_add(
    id="kaigotaxi-071",
    sender=NIWA,
    to=["ケアモビ用品 受注係 <order@caremobi-yohin.co.jp>"],
    subject="車いす固定ベルト等 発注",
    charset="cp932",
    body=f"""ケアモビ用品株式会社 受注係御中

日の出産業の丹羽です。下記を発注します。

品番,品名,JAN,数量
WTB-220-JP,4点式車いす固定ベルト,4580317220146,6
WTB-SH-10,肩ベルト（車いす乗員用）,4580317220313,6
SLP-ANTI-60,スロープ用滑り止めテープ 60mm×5m,4580317229904,4
OXS-ST-2,酸素ボンベスタンド（車載用）,4580317231105,2

納品は港南営業所、請求は本社宛でお願いします。

{SIG_NIWA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="order with product codes and 13-digit JAN codes (not corporate or My Numbers): no personal data",
)

# ---------------------------------------------------------------------------- 072
_t72 = [["No", "氏名", "住所", "障害者手帳", "利用日", "区間", "助成額"]]
for i, (nm, ad, hb) in enumerate([
    ("相良 トメ", "西浦町中央1-4-9", "身体1級（下肢）"), ("八木橋 正", "西浦町浜崎2-33", "身体2級（体幹）"),
    ("鷹羽 ミツ", "西浦町東台17-5", "身体1級（心臓）"), ("大鋸 良雄", "西浦町中央3-12-1", "療育A"),
    ("鰺坂 ツネ", "西浦町北原410", "身体3級（視覚）"), ("栗山 秀樹", "西浦町浜崎5-8", "精神2級"),
    ("樋渡 チヨ", "西浦町東台2-21", "身体1級（腎臓）"), ("久我 勝彦", "西浦町北原88-3", "身体2級（上肢）"),
    ("砂川 フク", "西浦町中央2-2-2", "身体1級（呼吸器）"), ("斑目 孝", "西浦町南浦6-40", "療育B"),
], start=1):
    _t72.append([i, nm, "神奈川県三浦郡" + ad, hb, f"11/{rng.randrange(1, 29):02d}",
                 rng.choice(["自宅→港南中央病院", "自宅→桜ヶ丘腎クリニック", "自宅→南部市民病院"]), "1,000円"])
_add(
    id="kaigotaxi-072",
    sender=MIYANOHARA,
    to=["西浦町 福祉課 <fukushi@town.nishiura.lg.jp>"],
    subject="11月分 福祉タクシー助成 請求明細（PDF）",
    charset="iso-2022-jp",
    body=f"""西浦町 福祉課 ご担当者様

お世話になっております。日の出産業の宮之原です。
先ほどのZIPが開けないとのことでしたので、明細をPDFで改めてお送りします。

{SIG_MIYANOHARA}
""",
    attachments=[{"kind": "pdf", "name": "西浦町_請求明細_202511.pdf", "title": "請求明細",
                  "lines": ["西浦町 福祉タクシー助成 請求明細（2025年11月分）", "日の出産業株式会社 介護タクシー事業部", ""],
                  "table": _t72}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF table of ten users with addresses and disability-handbook types to the town: list + disability",
)

# ---------------------------------------------------------------------------- 073
_cc73 = card_number(SEED + 5)
_add(
    id="kaigotaxi-073",
    sender=MIYANOHARA,
    to=["ペイネクスト 加盟店サポート <support@paynext.co.jp>"],
    subject="Re: Re: カード決済エラーの確認依頼（加盟店ID HN-20417）",
    charset="utf-8",
    body=f"""ペイネクスト 加盟店サポート 御中

ご対応ありがとうございました。本日再決済し、正常に完了したことを確認しました。
お客様にもご連絡済みです。本件はこれで完了とさせてください。

宮之原

> 日の出産業 宮之原様
> お問い合わせのカードは、有効期限の入力誤りによるエラーでした。
> 正しい有効期限で再度お試しください。
>
> > カード番号 {_cc73[:4]}-{_cc73[4:8]}-{_cc73[8:12]}-{_cc73[12:]}
> > 有効期限 08/28
> > 名義 MASAO KIRIYAMA
>
> ペイネクスト株式会社 加盟店サポート 戸来
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the card number is only inside quoted text; the new text just closes the case",
)

# ---------------------------------------------------------------------------- 074
_add(
    id="kaigotaxi-074",
    sender=NIWA,
    to=["みどり石油 法人営業 佐藤様 <sato.k@midori-sekiyu.co.jp>"],
    subject="【社外秘】次年度 燃料調達方針（部内検討用）",
    charset="iso-2022-jp",
    body=f"""【社外秘】

介護タクシー事業部 車両管理 各位

次年度の燃料調達について、部内の検討用メモです。
・現行のみどり石油との契約単価は市況比 +3円/L と割高。
・他社2社（相見積取得済み）の提示は市況 +0.5～1円/L。
・3月の契約更新時に、みどり石油へは他社水準への値下げを要求し、
  応じない場合は切替を前提に交渉する。

{SIG_NIWA}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="an internal 社外秘 negotiation memo mistakenly addressed to the fuel supplier itself",
)

# ---------------------------------------------------------------------------- 075
_add(
    id="kaigotaxi-075",
    sender=CHIJIIWA,
    to=["熊谷 様 <kumagai@aoba-unyu.co.jp>"],
    subject="ひまわりさんの新しいご担当者",
    charset="utf-8",
    body=f"""熊谷様

千々岩です。ケアプランセンターひまわりさんのご担当が1月から替わります。
応援分の連絡はこちらの方に直接お願いします。

  ケアプランセンターひまわり　主任介護支援専門員
  堂前 梓 様
  TEL 045-731-0087（事業所）　内線 23
  dozen.a@himawari-care.jp

楢崎さんは4月から別の事業所へ異動されるそうです。

{SIG_CHIJIIWA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="one care manager's business contact (office phone, work e-mail) passed to a partner",
)

# ---------------------------------------------------------------------------- 076
_mn76 = [my_number(SEED + 6), my_number(SEED + 7), my_number(SEED + 8)]
_add(
    id="kaigotaxi-076",
    sender=HASUMI,
    to=["藤本社会保険労務士事務所 <office@sr-fujimoto.jp>"],
    subject="扶養追加の届出（乗務員 逸見）",
    charset="utf-8",
    body=f"""藤本先生

お世話になっております。蓮見です。
乗務員の逸見が12月に入籍し、配偶者とお子さんを扶養に入れたいとのことです。
本人が記入した扶養控除等申告書の内容をWordに起こしましたので、
被扶養者異動届の作成をお願いします。

{SIG_HASUMI}
""",
    attachments=[{"kind": "docx", "name": "扶養控除等申告書_逸見.docx", "title": "扶養控除等（異動）申告書 転記",
                  "paragraphs": ["令和7年分 給与所得者の扶養控除等（異動）申告書（転記）",
                                 "所属：介護タクシー事業部　住所：横浜市金沢区釜利谷東5-18-2-404"],
                  "tables": [[["区分", "氏名", "続柄", "生年月日", "個人番号"],
                              ["本人", "逸見 竜二", "", "平成元年7月30日", _mn76[0]],
                              ["配偶者", "逸見 沙耶", "妻", "平成4年2月14日", _mn76[1]],
                              ["扶養親族", "逸見 湊", "子", "令和3年5月1日", _mn76[2]]]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="DOCX with three My Numbers of a driver and his family to an outside labour consultant",
)

# ---------------------------------------------------------------------------- 077
_add(
    id="kaigotaxi-077",
    sender=SAEKI,
    to=["佐伯 美和子 <saeki.miwako@hinode-sangyo.co.jp>"],
    bcc=["renkei@konan-chuo-hp.jp", "taiin-shien@minato-sogo.or.jp", "toseki@sakuragaoka-jin.jp",
         "kyotaku@aozora-kaigo.or.jp", "info@himawari-care.jp", "suzuran-kyotaku@suzuran-fukushi.or.jp"],
    subject="【重要】台風接近に伴う明日の運行について",
    charset="iso-2022-jp",
    body=f"""関係各位（Bccにて失礼いたします）

日の出産業 介護タクシー配車センターです。
台風の接近により、明日は午前10時から午後4時まで運行を見合わせる可能性があります。
透析送迎は時間を前倒しして可能な限り運行いたします。
最終判断は本日18時に改めてご連絡いたします。

{SIG_SAEKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="many outside organisations, but all in Bcc: nobody can see the others",
)

# ---------------------------------------------------------------------------- 078
_add(
    id="kaigotaxi-078",
    sender=SAEKI,
    to=["mabuchi.yoko@yahoo.co.jp", "onodera-fam@docomo.ne.jp", "shoji.isao.son@gmail.com"],
    subject="年末年始の透析送迎時間の変更について",
    charset="iso-2022-jp",
    body=f"""ご家族の皆さま

いつもご利用ありがとうございます。日の出産業 介護タクシー配車センターの佐伯です。
桜ヶ丘腎クリニックの年末年始の診療時間変更に伴い、12/29～1/3の送迎時間が変わります。
新しいお迎え時刻は、個別にお電話でお知らせいたします。

ご不明な点は配車センター（045-680-2231）までお問い合わせください。

{SIG_SAEKI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three families' private addresses visible to each other in To (and each learns the others use dialysis transport)",
)

# ---------------------------------------------------------------------------- 079
_html79 = """<div style="font-family:Meiryo">
<p>大河内さん</p>
<p>来月から定期利用になる新規の方です。配車表への登録をお願いします。</p>
<table border="1">
<tr><th>氏名</th><th>生年月日</th><th>住所</th><th>電話</th><th>利用目的</th></tr>
<tr><td>能見 健太郎</td><td>S37.10.3</td><td>港南区上永谷6-11-23</td><td>045-844-6120</td><td>ALS 神経内科 月1（呼吸器あり）</td></tr>
<tr><td>鍋島 和子</td><td>S14.4.20</td><td>港南区日野南2-14-7</td><td>045-845-3902</td><td>心不全 循環器 月2</td></tr>
<tr><td>樋口 ユキ</td><td>S8.12.1</td><td>南区永田北3-2-9</td><td>045-712-5531</td><td>透析 火木土</td></tr>
<tr><td>芦原 勇</td><td>S25.6.30</td><td>磯子区杉田5-7-17</td><td>090-2871-0046</td><td>肺がん 放射線治療 平日毎日（3週間）</td></tr>
<tr><td>梶ヶ谷 寿美</td><td>S19.3.9</td><td>港南区最戸1-15-3</td><td>045-715-2264</td><td>リハビリ 週2</td></tr>
</table>
<p>千々岩</p>
</div>"""
_add(
    id="kaigotaxi-079",
    sender=CHIJIIWA,
    to=["大河内 亮 <okochi.ryo@hinode-sangyo.co.jp>"],
    cc=["配車センター <haisha@hinode-sangyo.co.jp>"],
    subject="1月からの新規定期利用者",
    charset="utf-8",
    html=_html79,
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="HTML-only table of five new users with illnesses, sent only to internal staff",
)

# ---------------------------------------------------------------------------- 080
_bank = [["氏名", "フリガナ", "銀行", "支店", "種別", "口座番号", "名義（カナ）"]]
for nm, kana in [("水落 和也", "ミズオチ カズヤ"), ("乙部 玲子", "オトベ レイコ"), ("逸見 竜二", "ヘンミ リュウジ"),
                 ("鴇田 真", "トキタ マコト"), ("神余 ひとみ", "カナマリ ヒトミ"), ("茶谷 聡", "チャタニ サトシ")]:
    _bank.append([nm, kana, "みどり銀行", rng.choice(["桜木町支店", "上大岡支店", "戸塚支店", "港南台支店"]),
                  "普通", f"{rng.randrange(1000000, 9999999)}", kana.replace(" ", "　")])
_add(
    id="kaigotaxi-080",
    sender=HASUMI,
    to=["みどり銀行 桜木町支店 法人課 <hojin-sakuragicho@midori-ginko.co.jp>"],
    subject="給与振込（総合振込）登録口座の追加",
    charset="cp932",
    body=f"""みどり銀行 桜木町支店 法人課 御中

いつもお世話になっております。日の出産業 総務部の蓮見です。
介護タクシー事業部の乗務員6名分、給与振込先口座の登録をお願いいたします。
一覧をExcel（xls）で添付いたします。12月25日支給分から反映をお願いします。

{SIG_HASUMI}
""",
    attachments=[{"kind": "xls", "name": "振込先口座追加_介護タクシー.xls", "sheets": {"口座一覧": _bank}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six employees' personal bank accounts to the (partner) bank: list of people",
)

# ---------------------------------------------------------------------------- 081
_add(
    id="kaigotaxi-081",
    sender=OKONOGI,
    to=["神奈川ドライビングスクール 経理 <keiri@kanagawa-ds.jp>"],
    subject="Re: 11月分 講習料のご請求",
    charset="iso-2022-jp",
    body=f"""経理ご担当者様

お世話になっております。日の出産業の小此木です。
ご請求書（No. KDS-2511-067、198,000円）を受領しました。
下記口座へ12月25日にお振込みいたします。

　横浜中央信用金庫 本店営業部 普通 0284716
　カ）カナガワドライビングスクール

よろしくお願いいたします。

{SIG_OKONOGI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the driving school's own company account on an invoice: business data, not personal",
)

# ---------------------------------------------------------------------------- 082
_add(
    id="kaigotaxi-082",
    sender=OKOCHI,
    to=["グローバルワークス横浜 登録担当 城之内様 <touroku@globalworks-yokohama.co.jp>"],
    subject="Re: 乗務員候補 2名の件",
    charset="iso-2022-jp",
    body=f"""城之内様

大河内です。ご紹介ありがとうございました。
お二人のうち、笹目 拓郎さんについては今回見送らせてください。
面接でご本人から、3年前に酒気帯び運転で罰金刑を受け、免許取消の前歴があると
伺いました。旅客運送の乗務員としては社内規程上、採用が難しい状況です。

もうお一方（グエンさん）は引き続き進めさせてください。

{SIG_OKOCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named candidate's criminal record (fine for drink-driving) to a staffing agency: 要配慮 of one person",
)

# ---------------------------------------------------------------------------- 083
_add(
    id="kaigotaxi-083",
    sender=NIWA,
    to=["川崎電機 サービス窓口 <ev-service@kawasaki-denki.co.jp>"],
    subject="港南営業所 急速充電器の不具合（設備番号 KD-EVC50-00318）",
    charset="utf-8",
    body=f"""川崎電機株式会社 サービス窓口御中

いつもお世話になっております。日の出産業の丹羽です。
港南営業所の急速充電器で、今朝からエラー E-214（絶縁抵抗異常）が出て充電できません。

  設備番号：KD-EVC50-00318
  設置場所：横浜市港南区日野7-3-21 日の出産業 港南営業所 車庫内
  発生時刻：12/5 6:40頃
  保守契約番号：MS-22-04418

EVの福祉車両が2台あるため、本日中に点検に来ていただけると助かります。
現地の連絡先は私の携帯（090-1187-4420）までお願いします。

{SIG_NIWA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="equipment fault report with the depot address and the sender's own mobile: no third-party personal data",
)

# ---------------------------------------------------------------------------- 084
_chemo = [("十河 静江", "1/7, 1/21", "放射線治療後、免疫低下のためマスク必須"),
          ("堤 キミエ", "1/6, 1/20", "吐き気止め服用後に乗車"),
          ("芦原 勇", "1/8〜1/28 平日", "肺がん 放射線、酸素1L")]
_add(
    id="kaigotaxi-084",
    sender=CHIJIIWA,
    to=["鶴見がんセンター 外来化学療法センター <gairai-kagaku@tsurumi-cancer.or.jp>"],
    subject="1月 送迎予定のご確認",
    charset="utf-8",
    body="外来化学療法センター ご担当者様\n\nお世話になっております。日の出産業の千々岩です。\n"
         "1月の送迎予定をお送りします。治療日に変更があればお知らせください。\n\n"
         + "\n".join(f"・{n} 様　{d}　（{c}）" for n, d, c in _chemo)
         + "\n\n" + SIG_CHIJIIWA + "\n",
    html="<p>外来化学療法センター ご担当者様</p><p>お世話になっております。日の出産業の千々岩です。<br>"
         "1月の送迎予定をお送りします。治療日に変更があればお知らせください。</p>"
         "<table border=1><tr><th>患者様</th><th>治療日</th><th>送迎時の留意点</th></tr>"
         + "".join(f"<tr><td>{n}</td><td>{d}</td><td>{c}</td></tr>" for n, d, c in _chemo)
         + "</table><p>日の出産業株式会社 介護タクシー事業部 千々岩 直子</p>",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="three named cancer patients' treatment details (text + HTML) to a hospital: 要配慮 even under five people",
)

# ---------------------------------------------------------------------------- 085
_add(
    id="kaigotaxi-085",
    sender=MIYANOHARA,
    to=["上中市 障害福祉課 給付係 <shogai-kyufu@city.kaminaka.lg.jp>"],
    subject="Re: 来年度からの請求様式について",
    charset="cp932",
    body=f"""給付係 ご担当者様

お世話になっております。宮之原です。
新様式の件、承知いたしました。4月請求分から、明細の列を
「受給者番号・利用日・券番号・利用額・助成額」の5項目とし、
氏名と住所の列は削除して提出いたします。

電子申請システムのID発行をお待ちしております。

宮之原

差出人: 上中市 障害福祉課 給付係
送信日時: 2025年12月3日 14:20
宛先: 宮之原 里沙
件名: 来年度からの請求様式について

日の出産業株式会社 宮之原様
来年度より、請求明細から氏名・住所の記載を不要とし、受給者番号での
照合に切り替えます。様式は添付のとおりです。
上中市 障害福祉課 給付係 氏家
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply about the billing format, naming column headings only; the city's mail is quoted",
)

# ---------------------------------------------------------------------------- 086
_blocks86 = []
for kana, dob, addr, tel, memo in [
    ("トドロキ ハナ", "昭和１０年１月２５日", "横浜市戸塚区上倉田町４８８－２", "０４５－８６２－７７１０", "門扉の内側までお迎え"),
    ("カナモリ ヨシオ", "Ｓ１７．８．９", "横浜市戸塚区戸塚町３９０１－５", "０８０－５１０３－２２６８", "マンション裏口から"),
    ("イシヅカ テル", "昭和２年１２月３日", "横浜市泉区中田北１－２２－６", "０４５－８０２－１１３５", "犬がいます"),
    ("クラモチ サブロウ", "Ｓ２３．４．１", "横浜市戸塚区名瀬町７５２", "０９０－７７２０－３８１９", "坂の上、車両は下で待機"),
    ("ヨコミゾ キクエ", "昭和１３年６月１８日", "横浜市泉区和泉町６２１４", "０４５－８０３－５０４２", "インターホン故障、電話してから"),
]:
    _blocks86.append(f"■{kana} 様\n　生年月日：{dob}\n　お迎え先：{addr}\n　電話：{tel}\n　メモ：{memo}")
_add(
    id="kaigotaxi-086",
    sender=OKOCHI,
    to=["みなみケアタクシー 代表 <info@minami-care-taxi.jp>"],
    subject="戸塚・泉エリア 引継ぎ利用者の情報",
    charset="iso-2022-jp",
    body="みなみケアタクシー\n代表 榛葉様\n\nお世話になっております。日の出産業の大河内です。\n"
         "1月から戸塚・泉エリアの定期送迎を御社に引き継いでいただく件、\n"
         "対象のお客様の情報をお送りします。\n\n"
         + "\n\n".join(_blocks86)
         + "\n\n各ご家庭には引継ぎのご案内を郵送済みです。\n\n" + SIG_OKOCHI + "\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five customers, one block each, kana names, 和暦 birth dates, full-width addresses and phones, to another operator",
)

# ---------------------------------------------------------------------------- 087
_add(
    id="kaigotaxi-087",
    sender=MIYANOHARA,
    to=["上中市 障害福祉課 給付係 <shogai-kyufu@city.kaminaka.lg.jp>"],
    cc=["錦印刷 営業部 小田切様 <odagiri@nishiki-insatsu.co.jp>"],
    subject="新様式 福祉タクシー利用券の券面確認",
    charset="iso-2022-jp",
    body=f"""上中市 障害福祉課 給付係 氏家様
（cc：錦印刷 小田切様）

お世話になっております。日の出産業の宮之原です。
錦印刷さんから新様式の券面校正が届きましたので、共有いたします。
事業者記入欄（事業者番号・乗車日・運賃）の幅が狭く、手書きしにくいので
5mmほど広げていただけないか、ご検討をお願いします。

通し番号は K26-000001 ～ K26-030000 とのことです。

{SIG_MIYANOHARA}
""",
    attachments=[{"kind": "png", "name": "券面校正_表.png"}],
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="city and printer (two external organisations) on a ticket design proof: normal three-way mail",
)

# ---------------------------------------------------------------------------- 088
_add(
    id="kaigotaxi-088",
    sender=NIWA,
    to=["川崎電機 営業部 <ev-sales@kawasaki-denki.com>"],
    subject="普通充電器 増設のお見積り依頼",
    charset="utf-8",
    body=f"""川崎電機株式会社 営業部御中

日の出産業の丹羽です。港南営業所に普通充電器（6kW）を2基増設したく、
お見積りをお願いします。既設の急速充電器（KD-EVC50-00318）と同じ受変電設備から
分岐する想定です。現地調査の候補日をいただけますか。

{SIG_NIWA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner kawasaki-denki.co.jp written kawasaki-denki.com (TLD swap): look-alike domain",
)

# ---------------------------------------------------------------------------- 089
_add(
    id="kaigotaxi-089",
    sender=CHIJIIWA,
    to=["熊谷 様 <kumagai@aoba-unyu.co.jp>"],
    subject="各病院の退院支援ご担当（直通）",
    charset="utf-8",
    body=f"""熊谷様

千々岩です。退院送迎の応援をお願いする際、病院側の窓口が分かるように
各病院の退院支援のご担当者と直通連絡先をまとめました。

病院                  担当者        直通電話        メール
--------------------  ------------  --------------  ---------------------------------
港南中央病院          御手洗 恵     045-841-0388    mitarai.m@konan-chuo-hp.jp
みなと総合病院        江刺家 亮子   045-622-3187    esashika@minato-sogo.or.jp
磯子記念病院          蒲生 大樹     045-751-2044    gamo.d@isogo-kinen.jp
南部市民病院          五味 早苗     045-832-1290    gomi.sanae@nambu-shimin-hp.jp
上大岡リハビリ病院    四十物 香織   045-843-2735    aimono@kamiooka-reha.jp
鶴見がんセンター      穂積 拓       045-581-7043    hozumi.t@tsurumi-cancer.or.jp

※先方にはご了承いただいていますが、社外への再配布はご遠慮ください。

{SIG_CHIJIIWA}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six named hospital staff with direct lines and e-mails: business contacts, but a list of five or more people",
)

# ---------------------------------------------------------------------------- 090
_sub = [["会員番号", "氏名", "カード番号", "有効期限", "月額プラン"]]
for k, nm in enumerate(["桐山 正夫", "鍋島 和子", "唐沢 アイ", "能見 健太郎", "梶ヶ谷 寿美"], start=9):
    _sub.append([f"KT-M{rng.randrange(1000, 9999)}", nm, card_number(SEED + k),
                 f"{rng.randrange(1, 13):02d}/{rng.randrange(27, 31)}", rng.choice(["通院8回", "通院4回", "透析13回"])])
_add(
    id="kaigotaxi-090",
    sender=MIYANOHARA,
    to=["ペイネクスト 継続課金センター <recurring@paynext.co.jp>"],
    subject="継続課金 新規登録分（1月開始）",
    charset="cp932",
    body=f"""ペイネクスト株式会社 継続課金センター御中

日の出産業（加盟店ID HN-20417）の宮之原です。
1月から月額プランを開始するお客様5名分のカード情報を登録したく、
所定のCSVを添付いたします。ご確認をお願いいたします。

{SIG_MIYANOHARA}
""",
    attachments=[{"kind": "csv", "name": "継続課金登録_202601.csv", "rows": _sub, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="CSV with five customers' full card numbers to the payment provider",
)

# ---------------------------------------------------------------------------- 091
_add(
    id="kaigotaxi-091",
    sender=OKOCHI,
    to=["みなとみらい産業医クリニック 柘植先生 <tsuge@mm-sangyoi.jp>"],
    subject="乗務員の就業判定のご相談",
    charset="iso-2022-jp",
    body=f"""柘植先生

いつもお世話になっております。日の出産業 介護タクシー事業部の大河内です。
定期健診で要精密となった乗務員について、乗務継続の可否をご相談させてください。

轟 正樹（56歳・男性）
　血圧 172/104、睡眠時無呼吸症候群の疑いで精密検査予定（12/15、港南中央病院）
　本人は日中の眠気を自覚しているとのことです。

精密検査の結果が出るまでの間、早朝の透析便から外すべきかどうか
ご意見をいただけますと幸いです。

{SIG_OKOCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a driver's health-check results and suspected sleep apnoea sent to an outside clinic: 要配慮 of one person",
)

# ---------------------------------------------------------------------------- 092
_add(
    id="kaigotaxi-092",
    sender=OKONOGI,
    to=["ケアアカデミー横浜校 講師 三条様 <sanjo@care-academy.jp>"],
    subject="実技講習の参考資料",
    charset="utf-8",
    body=f"""三条先生

お世話になっております。日の出産業の小此木です。
来月の実技講習の参考に、弊社の車いす固定・移乗の手順書をお送りします。
※弊社の内部資料ですので、取扱いにはご注意ください。

{SIG_OKONOGI}
""",
    attachments=[{"kind": "docx", "name": "車いす固定・移乗手順書_v3.docx", "title": "車いす固定・移乗手順書",
                  "paragraphs": ["車いす固定・移乗手順書（第3版）", "1. 乗車前にブレーキとフットサポートを確認する。",
                                 "2. リフトに載せる前に利用者へ声かけを行う。",
                                 "3. 4点式ベルトは前2点→後2点の順で固定し、もう1名が確認する。",
                                 "4. 肩ベルト・腰ベルトを装着し、締め付けの強さを本人に確認する。"]}],
    expect="either",
    entities=[],
    detectors=[],
    note="the cover note calls the attachment an internal document to be handled with care, but nothing is stamped: marking or mere mention is debatable",
)

# ---------------------------------------------------------------------------- 093
_add(
    id="kaigotaxi-093",
    sender=CHIJIIWA,
    to=["神奈川保健医療大学 地域連携学会 事務局 <gakkai@khs-univ.ac.jp>"],
    subject="第12回地域連携学会 一般演題 発表スライドの提出",
    charset="utf-8",
    body=f"""地域連携学会 事務局御中

日の出産業株式会社の千々岩です。
一般演題「在宅人工呼吸器装着者の通院送迎における多職種連携」の発表スライドを提出いたします。
抄録からの変更はございません。

{SIG_CHIJIIWA}
""",
    attachments=[{"kind": "pptx", "name": "演題12-07_千々岩.pptx", "title": "在宅人工呼吸器装着者の通院送迎",
                  "slides": [["在宅人工呼吸器装着者の通院送迎における多職種連携", "日の出産業株式会社 千々岩直子"],
                             ["事例紹介", "能見 健太郎 氏（63歳男性、S37.10.3生）",
                              "ALS 発症7年、気管切開・TPPV 24時間", "港南区上永谷在住、妻と二人暮らし"],
                             ["送迎の工夫", "呼吸器のバッテリー2本持参", "訪問看護師の同乗（月1回）",
                              "乗降時間を15分→8分に短縮"],
                             ["考察", "事前カンファレンスでの役割分担が有効"]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="conference slides name a patient with his birth date and ALS/ventilator details: not anonymised, sent outside",
)

# ---------------------------------------------------------------------------- 094
_add(
    id="kaigotaxi-094",
    sender=SAEKI,
    to=["居宅介護支援事業所あおぞら 真壁様 <makabe@aozora-kaigo.or.jp>"],
    subject="Re: 田島様 来週の送迎",
    charset="iso-2022-jp",
    body=f"""真壁様

お世話になっております。佐伯です。
来週水曜 10時のお迎えで承知しました。

なお、田島 文子様は先週から在宅酸素（HOT）を開始されたとご家族から伺いました。
COPDの悪化で入院されていたそうで、今後は2L/分で酸素ボンベを持参されます。
車両はボンベスタンド付きの2号車に変更しておきます。

佐伯

> 佐伯様
> 田島様の来週の内科受診、いつもどおり水曜10時でお願いします。
> あおぞら 真壁
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="quoted part is harmless, but the new text adds one user's COPD admission and oxygen therapy",
)

# ---------------------------------------------------------------------------- 095
_add(
    id="kaigotaxi-095",
    sender=NIWA,
    to=["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    subject="配車アプリ 同期エラーのログ送付",
    charset="utf-8",
    body=f"""ツバサシステム サポートご担当者様

日の出産業の丹羽です。本日午前、乗務員端末で配車データの同期エラーが続きました。
端末のログを下記に貼ります。

2025-12-05 07:02:14 WARN  SyncWorker  retry=3 endpoint=/api/v2/dispatch status=504
2025-12-05 07:02:44 ERROR SyncWorker  timeout after 30000ms (device KT-TAB-07)
2025-12-05 07:05:10 INFO  SyncWorker  resync ok (records=42)

端末：KT-TAB-07、アプリ版数 4.12.3、Android 13 です。

{SIG_NIWA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner tsubasa-system.jp written tsubasa-sytem.jp (letter dropped): look-alike domain",
)

# ---------------------------------------------------------------------------- 096
_add(
    id="kaigotaxi-096",
    sender=SAEKI,
    to=["南部市民病院 患者支援センター <shien@nambu-shimin-hp.jp>"],
    subject="送迎依頼票（記入済み）の返送",
    charset="cp932",
    body=f"""南部市民病院 患者支援センター ご担当者様

お世話になっております。日の出産業の佐伯です。
ご依頼いただいた送迎依頼票に、弊社の車両と乗務員を記入して返送いたします。

{SIG_SAEKI}
""",
    attachments=[{"kind": "corrupt", "name": "送迎依頼票_記入済.docx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached Word file is corrupt and cannot be inspected",
)

# ---------------------------------------------------------------------------- 097
_add(
    id="kaigotaxi-097",
    sender=LOPEZ,
    to=["LiftCare Training <training@liftcare-mobility.com>"],
    subject="Operator certification - trainee list for the January online course",
    charset="utf-8",
    body=f"""Hello Training team,

Here are the five drivers we would like to enrol in the RL-800J operator
certification course (online, January cohort). Please send the login details to
each trainee directly; they may call them if anything is unclear.

Name              Email                                  Mobile
----------------  -------------------------------------  ---------------
Kazuya Mizuochi   mizuochi.k@hinode-sangyo.co.jp         +81 90-5512-7730
Reiko Otobe       otobe.r@hinode-sangyo.co.jp            +81 80-3317-5521
Ryuji Hemmi       hemmi.r@hinode-sangyo.co.jp            +81 90-8840-1206
Hitomi Kanamari   kanamari.h@hinode-sangyo.co.jp         +81 70-2156-4483
Satoshi Chatani   chatani.s@hinode-sangyo.co.jp          +81 80-6022-9174

Thanks,

{SIG_LOPEZ}
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="English list of five employees with e-mail addresses and personal mobiles to an outside trainer",
)

# ---------------------------------------------------------------------------- 098
_card98 = [["氏名", "生年月日", "住所", "緊急連絡先"]]
for nm, dob, ad in [("桐山 正夫", "昭和１６年２月２８日", "横浜市港南区港南台5-9-4"),
                    ("樋口 ユキ", "昭和８年１２月１日", "横浜市南区永田北3-2-9"),
                    ("芦原 勇", "昭和２５年６月３０日", "横浜市磯子区杉田5-7-17"),
                    ("梶ヶ谷 寿美", "昭和１９年３月９日", "横浜市港南区最戸1-15-3"),
                    ("能見 健太郎", "昭和３７年１０月３日", "横浜市港南区上永谷6-11-23")]:
    _card98.append([nm, dob, ad, _zen(_mobile())])
_add(
    id="kaigotaxi-098",
    sender=MIYANOHARA,
    to=["錦印刷 営業部 小田切様 <odagiri@nishiki-insatsu.co.jp>"],
    subject="会員証（緊急連絡カード）印刷データ 1月新規分",
    charset="utf-8",
    body=f"""小田切様

いつもお世話になっております。宮之原です。
1月から月額会員になる5名分の会員証（緊急連絡カード）の印字データです。
いつものレイアウトでお願いします。

{_table(_card98, gap="　", rule=True)}

仕上がりは12/22までに港南営業所へお届けください。

{SIG_MIYANOHARA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five members' names, 和暦 birth dates, addresses and full-width phones to a printer: list of five people",
)

# ---------------------------------------------------------------------------- 099
_add(
    id="kaigotaxi-099",
    sender=OKOCHI,
    to=["熊谷 様 <kumagai@aoba-unyu.co.jp>"],
    subject="応援単価のご相談",
    charset="iso-2022-jp",
    body=f"""熊谷様

大河内です。来期の応援単価のご相談用に、弊社の便別の原価を整理したシートを
お送りします。ご提示の単価だと透析便は赤字になってしまう点をご理解いただければ。

{SIG_OKOCHI}
""",
    attachments=[{"kind": "xlsx", "name": "便別原価_応援単価検討.xlsx", "page_footer": "部外秘",
                  "sheets": {"便別原価": [["部外秘　便別原価と応援単価（2025年12月 事業部作成）"], [],
                                       ["便種", "平均時間(分)", "原価(円)", "売上(円)", "ご提示応援単価(円)", "差額"],
                                       ["透析（片道）", 45, 3900, 4200, 4500, -300],
                                       ["通院（片道）", 60, 4800, 5600, 5000, 600],
                                       ["ストレッチャー", 90, 9800, 12600, 11000, 1600]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="spreadsheet marked 部外秘 (title row and page footer) sent to a partner",
)

# ---------------------------------------------------------------------------- 100
_add(
    id="kaigotaxi-100",
    sender=CHIJIIWA,
    to=["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
    subject="ユニバーサルルームのご相談（1/24～1/25）",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業 介護タクシーの千々岩です。
弊社のお客様のご旅行で、1/24～1/25に1泊のご予約をご相談させてください。

お泊りになるのは 沼尻 拓海 様（42歳）と奥様の2名です。
沼尻様は頸髄損傷による四肢麻痺で身体障害者手帳1級をお持ちで、電動車いすをご利用です。
ロールインシャワーのあるユニバーサルルームと、ベッドの横に電動車いすが
回転できる程度のスペースが必要です。到着は15時頃、弊社リフト車でお送りします。

空室状況をお知らせいただけますでしょうか。

{SIG_CHIJIIWA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named guest's spinal-cord injury and disability grade to a hotel: disability of one person",
)
