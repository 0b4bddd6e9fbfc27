"""PC and smartphone lifecycle mail between 日の出産業's 情報システム部 / 総務 / 人事 and its IT
vendors: kitting orders and schedules for new PCs and company smartphones, asset registers
with serial numbers, IMEIs and the users they are lent to, repair and warranty requests,
lease returns and data-erasure (disposal) certificates, Microsoft 365 / AD / MDM account
setup for new hires and leavers, carrier contracts, and now and then one employee's personal
detail (a home address for a telework shipment, a health reason for special equipment, an
identity document for a carrier) that slipped into a vendor mail."""

import random as _random

from build import card_number, my_number

SEED = 65201

# -- small helpers (formatting only) ----------------------------------------------------

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def _g4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def _imei(k: int) -> str:
    """A 15-digit IMEI with a valid Luhn digit (TAC 35xxxxxx)."""
    rng = _random.Random(f"imei-{SEED}-{k}")
    digits = [3, 5] + [rng.randrange(10) for _ in range(12)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


_SURNAMES = ["相葉", "朝比奈", "雨宮", "有馬", "五十嵐", "井口", "岩切", "上杉", "宇佐美", "梅津",
             "江頭", "大庭", "小野寺", "加賀谷", "笠原", "金城", "鎌田", "神谷", "菊地", "北条",
             "久保寺", "栗原", "黒岩", "小暮", "西條", "坂巻", "塩見", "芝崎", "新庄", "須貝",
             "瀬川", "曽我", "高森", "田向", "千葉", "津久井", "手塚", "徳永", "戸倉", "仲里",
             "楢崎", "丹羽", "沼尻", "野々村", "萩原", "羽生", "日比野", "平賀", "深町", "藤間"]
_GIVEN = ["陽介", "真理子", "健太", "彩", "拓海", "美咲", "翔", "恵", "大輔", "由紀", "亮",
          "千尋", "誠", "奈々", "悠斗", "香織", "修", "舞", "達也", "瞳", "航", "早苗", "隼人",
          "詩織", "光太郎"]
_DEPTS = ["営業一部", "営業二部", "営業企画部", "経理部", "人事部", "総務部", "購買部",
          "品質保証部", "物流管理部", "経営企画室", "法務部", "情報システム部"]
_MODELS = [("KD-Note X14", "KX14"), ("KD-Note S13", "KS13"), ("KD-Desk M7", "KM07")]


def _roster(n: int, k: int) -> list[list[str]]:
    """n invented employees for the internal registers: 資産番号, 機種, シリアル, 氏名, 所属,
    社員番号, 社用携帯."""
    rng = _random.Random(f"roster-{SEED}-{k}")
    names = rng.sample([s + " " + g for s in _SURNAMES for g in _GIVEN], n)
    rows = []
    for i, name in enumerate(names):
        model, code = rng.choice(_MODELS)
        rows.append([f"HS-NB-{21000 + k * 100 + i:05d}", model,
                     f"{code}{rng.randrange(10**7):07d}", name, rng.choice(_DEPTS),
                     f"{rng.randrange(100000, 999999)}",
                     f"0{rng.choice([70, 80, 90])}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"])
    return rows


# -- signatures and disclaimers (the senders' own contacts: never labelled) -------------

SIG_SHIMAZU = """
--
日の出産業株式会社
情報システム部 端末管理グループ
嶋津 亮介（Shimazu Ryosuke）
〒105-0013 東京都港区浜松町2-4-1 日の出浜松町ビル 8F
TEL: 03-5470-2281（代表） 内線 4127
Mail: shimazu.ryosuke@hinode-sangyo.co.jp
"""

SIG_EBATO = """
━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 情報システム部 ヘルプデスク
江波戸 沙織（えばと さおり）
TEL 03-5470-2284 ／ FAX 03-5470-2290
ebato.saori@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_SHIIBA = """
------------------------------------------
日の出産業（株） 情報システム部 インフラ課
椎葉 健吾
〒105-0013 東京都港区浜松町2-4-1
TEL 03-5470-2286 / 携帯 080-4417-2286（業務用）
shiiba.kengo@hinode-sangyo.co.jp
------------------------------------------
"""

SIG_MAEDA = """
*************************************
日の出産業株式会社 人事部 人事企画課
真栄田 朋美（Maeda Tomomi）
TEL：03-5470-2201（直通）
Mail：maeda.tomomi@hinode-sangyo.co.jp
*************************************
"""

SIG_KOGA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 総務部 総務課
古閑 大輔
〒105-0013 東京都港区浜松町２－４－１
ＴＥＬ ０３－５４７０－２２１０　ＦＡＸ ０３－５４７０－２２１９
koga.daisuke@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_SUNAOSHI = """
──────────────────────
日の出産業株式会社 経理部 支払担当
砂押 千晶
TEL 03-5470-2230 内線 2231
sunaoshi.chiaki@hinode-sangyo.co.jp
──────────────────────
"""

SIG_OZEKI = """
==============================
日の出産業株式会社 大阪支店 総務課
大関 翔太
〒530-0001 大阪府大阪市北区梅田3-1-9 梅田センタービル12F
TEL 06-6345-7710 / FAX 06-6345-7719
ozeki.shota@hinode-sangyo.co.jp
==============================
"""

SIG_EN = """
Best regards,

Ryosuke Shimazu
End-User Computing, IT Department
Hinode Sangyo Co., Ltd.
2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5470-2281 (ext. 4127)
shimazu.ryosuke@hinode-sangyo.co.jp
"""

DISC_JP = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを破棄してください。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail. Any
unauthorised copying, disclosure or distribution is prohibited.
"""

SIG_KOGA_JIS = SIG_KOGA.replace("－", "−")  # ISO-2022-JP has no U+FF0D: JIS mailers write U+2212

SHIMAZU = "嶋津 亮介 <shimazu.ryosuke@hinode-sangyo.co.jp>"
EBATO = "江波戸 沙織 <ebato.saori@hinode-sangyo.co.jp>"
SHIIBA = "椎葉 健吾 <shiiba.kengo@hinode-sangyo.co.jp>"
MAEDA = "真栄田 朋美 <maeda.tomomi@hinode-sangyo.co.jp>"
KOGA = "古閑 大輔 <koga.daisuke@hinode-sangyo.co.jp>"
SUNAOSHI = "砂押 千晶 <sunaoshi.chiaki@hinode-sangyo.co.jp>"
OZEKI = "大関 翔太 <ozeki.shota@hinode-sangyo.co.jp>"

OSONE = "ツバサシステム 大曽根様 <osone.takuya@tsubasa-system.jp>"
KITTING = "ツバサシステム キッティングセンター <kitting-center@tsubasa-system.jp>"
REPAIR = "川崎電機 修理受付 <repair-desk@kawasaki-denki.co.jp>"
KAMOSHIDA = "鴨志田 様 <kamoshida.jun@kawasaki-denki.co.jp>"
AOBA = "青葉運輸 法人営業 <houjin@aoba-unyu.co.jp>"
HAYATE = "ハヤテモバイル 法人サポート <hojin-support@hayate-mobile.jp>"
NICHIRIN = "日輪リース 柘植様 <tsuge.makoto@nichirin-lease.co.jp>"
TOHO = "東邦リサイクルテクノ 舟津様 <funatsu@toho-recycle.co.jp>"
CLOUDBRIDGE = "クラウドブリッジ サービスデスク <servicedesk@cloudbridge-msp.jp>"

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "pckitting-001",
        "sender": SHIMAZU,
        "to": [OSONE],
        "cc": ["椎葉 健吾 <shiiba.kengo@hinode-sangyo.co.jp>"],
        "subject": "【発注】下期PC入替分 キッティング作業のご依頼（32台）",
        "charset": "iso-2022-jp",
        "body": """株式会社ツバサシステム
営業部 大曽根様

いつもお世話になっております。日の出産業の嶋津です。
先日お見積りいただいた下期入替分につき、下記のとおり正式にご依頼いたします。
注文書は別途、購買部より郵送いたします。

■対象機種
  KD-Note X14（Core Ultra 5 / 16GB / SSD 512GB / Win11 Pro）  28台
  KD-Desk M7（Core i5 / 16GB / SSD 256GB / Win11 Pro）        4台

■作業内容
  1. BIOS設定（起動順序、BIOSパスワード、TPM有効化）
  2. 弊社マスターイメージ（2025下期版 v3.2）の展開
  3. Intune（Autopilot）へのハードウェアハッシュ登録
  4. BitLocker有効化、回復キーはEntra IDへエスクロー
  5. 資産ラベル貼付（HS-NB-21840〜21867、HS-DT-03311〜03314）
  6. 動作確認チェックシートの作成

■納期・納品先
  納期：１１月２１日（金）必着
  納品先：本社8F 情報システム部 端末管理グループ
  ※搬入は平日10時〜16時、通用口（北側）からお願いいたします。

ユーザー名の割当はございません（共通キッティング）。
ご不明点があればお知らせください。
よろしくお願いいたします。
""" + SIG_SHIMAZU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary kitting order to a partner: models, work items, asset label range; no people",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "pckitting-002",
        "sender": SHIMAZU,
        "to": [KITTING],
        "cc": [OSONE],
        "subject": "新入社員向けPC 割当表の送付（4/1入社 12名分）",
        "charset": "utf-8",
        "body": """ツバサシステム キッティングセンター ご担当者様

お世話になっております。日の出産業 嶋津です。
4月入社の新入社員分について、割当表をお送りします。
ユーザープロファイル名の設定、デスクトップのショートカット配置、
資産ラベルへの使用者名の印字をこの表のとおりお願いします。

社用携帯の番号はTeamsの電話設定に使いますので、併せてご確認ください。
3/25（水）までに作業完了のご連絡をいただけますと助かります。
""" + SIG_SHIMAZU,
        "attachments": [{
            "kind": "xlsx",
            "name": "2026新入社員_PC割当表.xlsx",
            "title": "2026年4月入社 PC割当表",
            "sheets": {
                "割当一覧": [
                    ["2026年4月入社 新入社員 PC割当表（作成：情報システム部 3/10）"],
                    [],
                    ["No", "社員番号", "氏名", "フリガナ", "配属", "メールアドレス", "社用携帯", "PC機種", "シリアル"],
                    [1, "260101", "百目鬼 颯太", "ドウメキ ソウタ", "営業一部", "domeki.sota@hinode-sangyo.co.jp", "080-3391-0457", "KD-Note X14", "KX145520913"],
                    [2, "260102", "栗花落 ひかり", "ツユリ ヒカリ", "経理部", "tsuyuri.hikari@hinode-sangyo.co.jp", "080-3391-0462", "KD-Note X14", "KX145520920"],
                    [3, "260103", "四十万 蓮", "シジマ レン", "物流管理部", "shijima.ren@hinode-sangyo.co.jp", "080-3391-0478", "KD-Note X14", "KX145520937"],
                    [4, "260104", "纐纈 美優", "コウケツ ミユ", "人事部", "koketsu.miyu@hinode-sangyo.co.jp", "080-3391-0481", "KD-Note S13", "KS137741205"],
                    [5, "260105", "阿比留 大和", "アビル ヤマト", "営業二部", "abiru.yamato@hinode-sangyo.co.jp", "080-3391-0493", "KD-Note X14", "KX145520944"],
                    [6, "260106", "外薗 結衣", "ホカゾノ ユイ", "品質保証部", "hokazono.yui@hinode-sangyo.co.jp", "080-3391-0506", "KD-Note X14", "KX145520951"],
                    [7, "260107", "五百旗頭 湊", "イオキベ ミナト", "営業一部", "iokibe.minato@hinode-sangyo.co.jp", "080-3391-0519", "KD-Note X14", "KX145520968"],
                    [8, "260108", "薬袋 紗希", "ミナイ サキ", "購買部", "minai.saki@hinode-sangyo.co.jp", "080-3391-0522", "KD-Note S13", "KS137741212"],
                    [9, "260109", "能登谷 悠真", "ノトヤ ユウマ", "営業企画部", "notoya.yuma@hinode-sangyo.co.jp", "080-3391-0535", "KD-Note X14", "KX145520975"],
                    [10, "260110", "寒川 芽依", "サンガワ メイ", "総務部", "sangawa.mei@hinode-sangyo.co.jp", "080-3391-0548", "KD-Note S13", "KS137741229"],
                    [11, "260111", "我如古 陽翔", "ガネコ ハルト", "物流管理部", "ganeko.haruto@hinode-sangyo.co.jp", "080-3391-0551", "KD-Note X14", "KX145520982"],
                    [12, "260112", "左右田 凛", "ソウダ リン", "法務部", "soda.rin@hinode-sangyo.co.jp", "080-3391-0564", "KD-Note X14", "KX145520999"],
                ],
                "機種別集計": [
                    ["機種", "台数"],
                    ["KD-Note X14", 9],
                    ["KD-Note S13", 3],
                    ["合計", 12],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: 12 new hires with name, kana, e-mail and mobile in an XLSX sent to the kitting vendor",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "pckitting-003",
        "sender": EBATO,
        "to": [REPAIR],
        "subject": "修理依頼：KD-Note X14（資産番号 HS-NB-20417）キーボード一部反応なし",
        "charset": "shift_jis",
        "body": """川崎電機株式会社
修理受付センター ご担当者様

いつもお世話になっております。
日の出産業 情報システム部ヘルプデスクの江波戸でございます。

下記端末の修理をお願いしたく、ご連絡いたしました。

【機種】KD-Note X14
【シリアル】KX144408817
【保守契約】オンサイト保守（契約番号 KDM-2024-118830）
【症状】キーボードの「J」「K」「L」キーが反応しない。外付けキーボードでは問題なし。
　　　　液体こぼし等の心当たりはないとのこと。
【使用者】営業二部　漆間 晴香
【連絡先】社用携帯 080-6623-1945（日中は外出が多いため、不在時はヘルプデスクまで）
【訪問希望】来週火曜〜木曜の午前

データは使用者にてOneDriveへ退避済みです。
ご手配のほど、よろしくお願いいたします。
""" + SIG_EBATO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "repair request naming one user with her mobile: one person's record, may warn",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "pckitting-004",
        "sender": KOGA,
        "to": [TOHO],
        "subject": "Re: データ消去証明書送付の件（10月回収分 18台）",
        "charset": "iso-2022-jp",
        "body": """東邦リサイクルテクノ株式会社
舟津様

お世話になっております。日の出産業 総務部の古閑です。
消去証明書18台分、確かに受領いたしました。
社内の台帳と照合し、シリアルに相違がないことを確認済みです。
次回（1月予定）の回収日程は、改めてご相談させてください。

取り急ぎ御礼まで。

""" + SIG_KOGA_JIS + """
> 日の出産業株式会社 総務部 古閑様
>
> いつもお世話になっております。東邦リサイクルテクノの舟津です。
> 10月28日に回収いたしました端末のデータ消去が完了しましたので、
> 消去証明書（PDF）を本メールに添付してお送りいたします。
>
> 証明書番号   機種            シリアル        消去方式
> -----------  --------------  --------------  ----------------
> TR-25-10881  KD-Note S11     KS117720114     上書き3回(DoD)
> TR-25-10882  KD-Note S11     KS117720150     上書き3回(DoD)
> TR-25-10883  KD-Desk M5      KM055013387     物理破壊
> （以下15台省略、添付PDFをご参照ください）
>
> 東邦リサイクルテクノ株式会社 回収事業部 舟津 隆之
> TEL 048-661-3320
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply acknowledging disposal certificates; only serials and certificate numbers, in quoted text",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "pckitting-005",
        "sender": KOGA,
        "to": [HAYATE],
        "subject": "法人契約 MNP手続き（３回線）本人確認情報のご送付",
        "charset": "shift_jis",
        "body": """株式会社ハヤテモバイル
法人サポートセンター　ご担当者様

いつもお世話になっております。日の出産業 総務部の古閑でございます。
先日お電話でご案内いただいたMNP転入手続き（３回線）につき、
来店代理人の本人確認情報を下記のとおりお送りいたします。

　代理人氏名　　：猪瀬 恭平（イノセ キョウヘイ）
　生年月日　　　：昭和６１年１１月２３日
　運転免許証番号：第３０４８１１２７３６５０号
　有効期限　　　：令和９年１２月２３日まで
　住所　　　　　：神奈川県川崎市中原区今井南町１４－２－３０５

委任状（社印押印済）は当日持参いたします。
来店日は１２月３日（水）１４時を予定しております。
よろしくお願いいたします。
""" + SIG_KOGA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identity document: an employee's driver's licence number (full-width) sent to the carrier",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "pckitting-006",
        "sender": MAEDA,
        "to": ["yamanashi.shiori22@gmail.com"],
        "cc": ["嶋津 亮介 <shimazu.ryosuke@hinode-sangyo.co.jp>"],
        "subject": "【日の出産業】ご入社前のご案内：社用スマートフォンの初期設定について",
        "charset": "utf-8",
        "body": """月見里 詩織 様

日の出産業株式会社 人事部の真栄田です。
4月1日のご入社に向けて、社用スマートフォンの受け取りと初期設定についてご案内します。

1. 入社初日の9:30に本社8F 研修室で端末（iPhone）をお渡しします。
2. 受け取り後、研修の中で「Intune ポータル サイト」から会社の管理に登録していただきます。
   事前のアプリインストールや個人のApple IDの準備は不要です。
3. 個人のスマートフォンを業務に使うことはできません（BYODは認めていません）。

ご不明な点は、このメールにご返信いただくか、人事部（03-5470-2201）までお電話ください。
お会いできるのを楽しみにしております。
""" + SIG_MAEDA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (the new hire herself); instructions only, no personal data",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "pckitting-007",
        "sender": SHIMAZU,
        "to": ["情報システム部 端末管理G <eucteam@hinode-sangyo.co.jp>"],
        "cc": ["総務部 資産管理 <shisan-kanri@hinode-sangyo.co.jp>"],
        "subject": "貸与端末台帳 11月末時点（棚卸用）",
        "charset": "utf-8",
        "body": """端末管理G各位、資産管理ご担当

11月末時点の貸与端末台帳をCSVで共有します（45台分、本社のみ）。
来週の棚卸では、この台帳と実機のシリアルを突き合わせてください。
社用携帯番号は不在者への連絡用です。社外への持ち出しはしないでください。

嶋津
""",
        "attachments": [{
            "kind": "csv",
            "name": "kashiyo_daicho_202511.csv",
            "encoding": "cp932",
            "rows": [["資産番号", "機種", "シリアル", "使用者", "所属", "社員番号", "社用携帯"]]
                    + _roster(45, 7),
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "45 employees' asset register with mobiles, but every recipient is internal",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "pckitting-008",
        "sender": SHIMAZU,
        "to": [OSONE, "極東ソリューションズ 営業部 <eigyo@kyokuto-solutions.co.jp>",
               "港PCサービス 法人営業 <sales@minato-pcservice.jp>"],
        "cc": ["購買部 <kobai@hinode-sangyo.co.jp>"],
        "subject": "【RFP送付】PCライフサイクル管理（LCM）業務委託 提案依頼のご案内",
        "charset": "iso-2022-jp",
        "body": """各社 ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 情報システム部の嶋津でございます。

このたび弊社では、PC・スマートフォンの調達からキッティング、運用保守、
回収・データ消去までを一括で委託するLCMサービスの導入を検討しております。
つきましては、下記の日程で提案依頼（RFP）をさせていただきたく存じます。

  ・RFP説明会（オンライン）　　１２月８日（月）１５:００〜
  ・質問受付期限　　　　　　　　１２月１２日（金）
  ・提案書提出期限　　　　　　　１２月２６日（金）１７:００
  ・対象台数　　　　　　　　　　PC 約1,200台、スマートフォン 約600台

説明会のURLは参加表明をいただいた会社様へ個別にお送りします。
ご多忙のところ恐縮ですが、参加可否を１２月５日までにご返信ください。
""" + SIG_SHIMAZU,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three competing vendors (three external organisations) in To: should have been Bcc",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "pckitting-009",
        "sender": EBATO,
        "to": [CLOUDBRIDGE],
        "subject": "アカウント作成依頼（12/1付 中途入社 3名）",
        "charset": "utf-8",
        "body": """クラウドブリッジ サービスデスク御中

いつもお世話になっております。日の出産業ヘルプデスクの江波戸です。
12月1日付の中途入社者3名について、Microsoft 365 アカウントの作成をお願いします。
ライセンスはいずれも E3、所属グループは記載のとおりです。

・鰐淵 崇（ワニブチ タカシ）
  UPN: wanibuchi.takashi@hinode-sangyo.co.jp ／ グループ: SG-Sales2
・比嘉 真奈美（ヒガ マナミ）
  UPN: higa.manami@hinode-sangyo.co.jp ／ グループ: SG-Accounting
・長谷部 陸（ハセベ リク）
  UPN: hasebe.riku@hinode-sangyo.co.jp ／ グループ: SG-Logistics

初期パスワードは従来どおりポータル経由でお知らせください。
作業完了のご連絡をお待ちしております。
""" + SIG_EBATO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three people's names and new work e-mail addresses to the MSP: under five, may warn",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "pckitting-010",
        "sender": SHIMAZU,
        "to": ["大曽根 拓也 <osone.takuya@tsubasa-sytem.jp>"],
        "subject": "Re: キッティング作業日程のご相談",
        "charset": "iso-2022-jp",
        "body": """大曽根様

お世話になっております。嶋津です。
ご提示いただいた日程のうち、下記でお願いできればと存じます。

  第1便　１１月１８日（火）　KD-Note X14 ×16台
  第2便　１１月２０日（木）　KD-Note X14 ×12台、KD-Desk M7 ×4台

搬入時間は10時〜12時でお願いいたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_SHIMAZU,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike of partner tsubasa-system.jp (letter 's' dropped: tsubasa-sytem.jp)",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "pckitting-011",
        "sender": SHIMAZU,
        "to": [NICHIRIN],
        "cc": [OSONE, "古閑 大輔 <koga.daisuke@hinode-sangyo.co.jp>"],
        "subject": "リース満了端末（24台）返却日程について",
        "charset": "utf-8",
        "body": """日輪リース株式会社 柘植様
（cc：ツバサシステム 大曽根様）

お世話になっております。日の出産業の嶋津です。
リース契約 NL-2021-04417 の満了に伴う24台の返却について、日程をご相談させてください。

データ消去はツバサシステム様にて実施のうえ、12月12日（金）に
まとめて返却する段取りを考えております。
返却時に必要な書類（返却明細書の様式など）があればご教示いただけますでしょうか。

大曽根様には、消去作業の実施日を12月8日〜10日でご調整いただけますと幸いです。
""" + SIG_SHIMAZU,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (leasing + kitting vendor) in To/Cc: a normal three-way mail",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "pckitting-012",
        "sender": EBATO,
        "to": [KITTING],
        "subject": "個別仕様キッティングのお願い（スクリーンリーダー導入 1台）",
        "charset": "utf-8",
        "body": """ツバサシステム キッティングセンター ご担当者様

お世話になっております。日の出産業ヘルプデスクの江波戸です。
来月異動する社員1名分について、通常イメージに加えて個別設定をお願いしたくご連絡しました。

対象者：経理部 勅使河原 智子さん（資産番号 HS-NB-21533）
事情　：視覚障害（身体障害者手帳2級、弱視）があり、画面の読み上げと拡大が必須です。

依頼事項
- NVDA（最新版）のインストールと日本語音声の設定
- Windows 拡大鏡の自動起動、ハイコントラスト（黒）の適用
- マウスポインターサイズ最大、カーソルの太さ 5
- 27インチ外部モニター（KD-MON27）を同梱

ご本人の了承は得ておりますが、取り扱いにはご配慮ください。
""" + SIG_EBATO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's disability (visual impairment, 障害者手帳) sent to the vendor",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "pckitting-013",
        "sender": KOGA,
        "to": [HAYATE],
        "subject": "端末20台 回線開通依頼（IMEI一覧添付）",
        "charset": "shift_jis",
        "body": """ハヤテモバイル 法人サポート ご担当者様

お世話になっております。日の出産業 総務部の古閑です。
先日納品いただいた端末20台につき、IMEIの一覧をお送りいたします。
新規20回線の開通と、MDM（Intune）への自動登録設定をお願いいたします。
回線番号の割当が決まりましたら、一覧でご返送ください。
""" + SIG_KOGA,
        "attachments": [{
            "kind": "csv",
            "name": "IMEI一覧_20台.csv",
            "encoding": "utf-8",
            "rows": [["No", "機種", "色", "IMEI", "開通希望日"]]
                    + [[i + 1, "iPhone 16e 128GB", "ブラック" if i % 3 else "ホワイト", _imei(i),
                        "2025/12/01"] for i in range(20)],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "20 device IMEIs (15-digit, Luhn-valid) with no users: not people's data",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "pckitting-014",
        "sender": SHIIBA,
        "to": [KITTING],
        "cc": [OSONE],
        "subject": "キッティング手順書 v3.2（ネットワーク設定を更新）",
        "charset": "utf-8",
        "body": """ツバサシステム キッティングセンター ご担当者様

日の出産業 インフラ課の椎葉です。
下期分のキッティング手順書を更新しましたので、添付にてお送りします。
主な変更点はプロキシ設定と社内Wi-Fiの証明書配布手順です。
旧版（v3.1）は破棄をお願いします。
""" + SIG_SHIIBA,
        "attachments": [{
            "kind": "docx",
            "name": "キッティング手順書_v3.2.docx",
            "title": "キッティング手順書 v3.2",
            "page_header": "社外秘　日の出産業株式会社 情報システム部",
            "page_footer": "取扱注意：本書の複製・第三者への開示を禁ず",
            "paragraphs": [
                "キッティング手順書 v3.2（2025年下期）",
                "1. BIOS設定：管理者パスワードは別紙の封緘文書による。",
                "2. ネットワーク：社内プロキシ proxy.hinode-sangyo.co.jp:8080、除外リストは付録B。",
                "3. 社内Wi-Fi：SSID HINODE-CORP（EAP-TLS）、証明書は Intune の SCEP プロファイルで配布。",
                "4. VPN：接続先 vpn01.hinode-sangyo.co.jp、事前共有情報は付録C（封緘）。",
                "5. 完了後、チェックシートに作業者名と日付を記入すること。",
            ],
            "tables": [[["項目", "設定値"], ["DNS", "10.20.0.11 / 10.20.0.12"],
                        ["NTP", "ntp.hinode-sangyo.co.jp"], ["WSUS", "wsus01.hinode-sangyo.co.jp"]]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached procedure carries a 社外秘 / 取扱注意 page header and footer",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "pckitting-015",
        "sender": OZEKI,
        "to": [AOBA],
        "subject": "PC配送先（西日本8拠点）のご連絡",
        "charset": "utf-8",
        "body": """青葉運輸株式会社 法人営業部 御中

お世話になっております。日の出産業 大阪支店総務の大関です。
来週発送いただくPCの配送先一覧です。各拠点とも受付は総務窓口宛てでお願いします。

拠点名\t郵便番号\t住所\t代表電話\t台数
大阪支店\t530-0001\t大阪府大阪市北区梅田3-1-9 梅田センタービル12F\t06-6345-7710\t12
京都営業所\t600-8216\t京都府京都市下京区東塩小路町721-1\t075-361-4402\t4
神戸営業所\t650-0021\t兵庫県神戸市中央区三宮町1-5-3\t078-392-1150\t5
奈良出張所\t630-8115\t奈良県奈良市大宮町6-2-11\t0742-35-8820\t2
広島支店\t730-0031\t広島県広島市中区紙屋町2-2-2\t082-247-6610\t8
岡山営業所\t700-0024\t岡山県岡山市北区駅元町1-6\t086-225-3371\t3
高松営業所\t760-0019\t香川県高松市サンポート2-1\t087-811-5580\t3
福岡支店\t812-0011\t福岡県福岡市博多区博多駅前3-4-8\t092-471-9930\t10

精密機器のため、天地無用・取扱注意のシール貼付をお願いいたします。
""" + SIG_OZEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of branches (businesses) with office addresses and switchboards, not people; 取扱注意 is a parcel label",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "pckitting-016",
        "sender": EBATO,
        "to": [CLOUDBRIDGE],
        "subject": "【依頼】1月入社 7名のM365アカウント作成",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>クラウドブリッジ サービスデスク御中</p>
<p>いつもお世話になっております。日の出産業ヘルプデスクの江波戸です。<br>
1月5日入社の7名について、M365アカウントとIntuneのユーザー登録をお願いします。<br>
MFA用の社用携帯番号も併せて登録してください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>ローマ字</th><th>所属</th><th>メールアドレス</th><th>社用携帯</th></tr>
<tr><td>雲母 隆之介</td><td>Kira Ryunosuke</td><td>営業一部</td><td>kira.ryunosuke@hinode-sangyo.co.jp</td><td>070-2281-6604</td></tr>
<tr><td>八月一日 恵理</td><td>Hozumi Eri</td><td>経営企画室</td><td>hozumi.eri@hinode-sangyo.co.jp</td><td>070-2281-6611</td></tr>
<tr><td>釈迦郡 直人</td><td>Shakagori Naoto</td><td>物流管理部</td><td>shakagori.naoto@hinode-sangyo.co.jp</td><td>070-2281-6628</td></tr>
<tr><td>蔵元 彩花</td><td>Kuramoto Ayaka</td><td>人事部</td><td>kuramoto.ayaka@hinode-sangyo.co.jp</td><td>070-2281-6635</td></tr>
<tr><td>羽深 俊平</td><td>Hanefuka Shunpei</td><td>品質保証部</td><td>hanefuka.shunpei@hinode-sangyo.co.jp</td><td>070-2281-6642</td></tr>
<tr><td>乙部 真央</td><td>Otobe Mao</td><td>購買部</td><td>otobe.mao@hinode-sangyo.co.jp</td><td>070-2281-6659</td></tr>
<tr><td>瀬戸口 圭</td><td>Setoguchi Kei</td><td>営業二部</td><td>setoguchi.kei@hinode-sangyo.co.jp</td><td>070-2281-6666</td></tr>
</table>
<p>以上、よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 情報システム部 ヘルプデスク<br>江波戸 沙織<br>TEL 03-5470-2284</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: 7 new hires with e-mail and mobile in an HTML-only table to the MSP",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "pckitting-017",
        "sender": KOGA,
        "to": ["データクリアサービス 中務様 <nakatsukasa@dataclear-svc.jp>"],
        "subject": "秘密保持契約書（案）のご確認のお願い",
        "charset": "iso-2022-jp",
        "body": """株式会社データクリアサービス
営業部 中務様

お世話になっております。日の出産業 総務部の古閑です。
先日はデータ消去サービスのご説明をいただき、ありがとうございました。

お取引開始にあたり、弊社標準の秘密保持契約書（案）をお送りいたします。
第２条の「秘密情報」の範囲と、第７条の返還・廃棄条項についてご確認いただき、
修正のご希望があれば変更履歴付きでご返送ください。
法務部の確認を経て、年内の締結を目指したいと考えております。
""" + SIG_KOGA_JIS,
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書（案）_データクリアサービス様.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）と株式会社データクリアサービス（以下「乙」という。）は、"
                "甲の情報機器のデータ消去業務に関し、次のとおり秘密保持契約を締結する。",
                "第１条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                "第２条（秘密情報）本契約において秘密情報とは、開示の方法を問わず、相手方から開示された技術上"
                "又は営業上の情報であって、開示の際に秘密である旨が明示されたものをいう。",
                "第３条（秘密保持義務）乙は、秘密情報を善良な管理者の注意をもって管理し、第三者に開示しない。",
                "第７条（返還・廃棄）乙は、甲の求めに応じ、秘密情報を速やかに返還又は廃棄し、その証明書を甲に提出する。",
                "第１０条（有効期間）本契約の有効期間は締結日から３年間とする。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with a draft NDA attached: 秘密情報 is the subject matter, not a marking",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "pckitting-018",
        "sender": SHIMAZU,
        "to": [KITTING],
        "subject": "貸与端末一覧（1月入替対象）送付",
        "charset": "iso-2022-jp",
        "body": """ツバサシステム キッティングセンター ご担当者様

お世話になっております。日の出産業の嶋津です。
1月入替対象の貸与端末一覧を送付します。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

よろしくお願いいたします。
""" + SIG_SHIMAZU,
        "attachments": [{
            "kind": "zip",
            "name": "kashiyo_ichiran_202601.zip",
            "password": "Hs#2601kit",
            "files": [{
                "kind": "xlsx",
                "name": "貸与端末一覧_202601.xlsx",
                "sheets": {"入替対象": [["資産番号", "機種", "シリアル", "使用者", "所属", "社員番号", "社用携帯"]]
                                     + _roster(18, 18)},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP) of the asset register; contents cannot be inspected",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "pckitting-019",
        "sender": SUNAOSHI,
        "to": ["ツバサシステム 経理部 <keiri@tsubasa-system.jp>"],
        "subject": "検収書送付（注文番号 PO-2025-08812 キッティング作業費）",
        "charset": "shift_jis",
        "body": """株式会社ツバサシステム 経理部 御中

いつもお世話になっております。日の出産業 経理部の砂押でございます。
10月実施分のキッティング作業につき、検収書をお送りいたします。
お支払いは11月末日、ご指定口座へのお振込みとなります。
""" + SIG_SUNAOSHI,
        "attachments": [{
            "kind": "pdf",
            "name": "検収書_PO-2025-08812.pdf",
            "title": "検収書",
            "lines": [
                "検　収　書",
                "株式会社ツバサシステム 御中（登録番号 T7011001047725）",
                "日の出産業株式会社（法人番号 6010401088231）",
                "注文番号：PO-2025-08812　　検収日：令和７年１０月３１日",
                "",
            ],
            "table": [
                ["品目", "数量", "単価", "金額"],
                ["キッティング作業（標準）", "32", "6,800", "217,600"],
                ["資産ラベル作成・貼付", "32", "300", "9,600"],
                ["個別設定作業", "2", "4,500", "9,000"],
                ["小計", "", "", "236,200"],
                ["消費税（10%）", "", "", "23,620"],
                ["合計", "", "", "259,820"],
                ["振込先：みどり銀行 浜松町支店 普通 1048821 カ）ツバサシステム", "", "", ""],
            ],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "acceptance certificate with company numbers and the vendor's company bank account: business data",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "pckitting-020",
        "sender": "Ryosuke Shimazu <shimazu.ryosuke@hinode-sangyo.co.jp>",
        "to": ["RemoteDesk Billing <billing@remotedesk-app.com>"],
        "subject": "License renewal for 150 seats - payment details",
        "charset": "utf-8",
        "body": f"""Hello RemoteDesk Billing team,

We would like to renew our subscription (account ID HNS-44102, 150 seats, annual plan)
before it expires on 15 December. Our purchase order number is PO-2025-09107.

Your web portal keeps rejecting our corporate card, so please charge it manually:

  Cardholder : SATOMI KURUSU
  Card number: {_g4(card_number(SEED + 1))}
  Expiry     : 08/28
  Billing address: 2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan

Please send the invoice to this address once the payment has gone through.
""" + SIG_EN,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "card number: a corporate card number with the holder's name sent by mail to a SaaS vendor",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "pckitting-021",
        "sender": "Ryosuke Shimazu <shimazu.ryosuke@hinode-sangyo.co.jp>",
        "to": ["Formosa Compute RMA <rma@formosacompute.com.tw>"],
        "subject": "RMA request: docking station FC-DK200, S/N FCDK2A0399184",
        "charset": "utf-8",
        "body": """Dear RMA team,

One of the FC-DK200 docking stations delivered in September (PO HS-2509-044) has stopped
charging connected laptops. LED stays amber; firmware 1.0.7.2 (latest) was re-applied
without change. Another laptop on the same dock shows the same symptom, and the laptop
charges normally on a different dock, so we believe the dock is at fault.

  Model        : FC-DK200 (USB-C, 100W)
  Serial number: FCDK2A0399184
  Purchase date: 2025-09-12
  Warranty     : 3-year advance replacement

Please let us know the RMA number and where to ship the defective unit.
""" + SIG_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English warranty claim for one device: serials and PO numbers only",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "pckitting-022",
        "sender": EBATO,
        "to": ["ツバサシステム 田村 <tamura.nozomi@tsubasa-system.jp>"],
        "subject": "RE: 【確認依頼】12月入替分 ユーザー割当内容",
        "charset": "utf-8",
        "body": """田村様

お世話になっております。江波戸です。
ご確認ありがとうございます。下記の内容で相違ございません。
このまま作業を進めていただけますようお願いいたします。

江波戸

-----Original Message-----
From: 田村 希 <tamura.nozomi@tsubasa-system.jp>
Sent: Tuesday, November 25, 2025 4:12 PM
To: 江波戸 沙織 <ebato.saori@hinode-sangyo.co.jp>
Subject: 【確認依頼】12月入替分 ユーザー割当内容

日の出産業 江波戸様

いつもお世話になっております。ツバサシステムの田村です。
12月入替分について、いただいた情報を元に下記のとおり設定予定です。
お手数ですが内容に誤りがないかご確認ください。

シリアル       使用者          メールアドレス
KX145530101    中里 佳奈      nakazato.kana@hinode-sangyo.co.jp
KX145530118    東海林 武      shoji.takeshi@hinode-sangyo.co.jp
KX145530125    小鳥遊 莉子    takanashi.riko@hinode-sangyo.co.jp
KX145530132    九十九 誠司    tsukumo.seiji@hinode-sangyo.co.jp
KX145530149    鰺坂 真琴      ajisaka.makoto@hinode-sangyo.co.jp
KX145530156    猿渡 愛        saruwatari.ai@hinode-sangyo.co.jp
KX145530163    水流 拓郎      tsuru.takuro@hinode-sangyo.co.jp
KX145530170    仁平 香澄      nihei.kasumi@hinode-sangyo.co.jp

株式会社ツバサシステム キッティングセンター 田村 希
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the 8-user list is only in the quoted Original Message from the recipient herself; new text has none",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "pckitting-023",
        "sender": KOGA,
        "to": [AOBA],
        "subject": "在宅勤務者向けPC 個別配送のお願い（6件）",
        "charset": "utf-8",
        "body": """青葉運輸株式会社 法人営業部 ご担当者様

お世話になっております。日の出産業 総務部の古閑です。
在宅勤務者へのPC交換品の個別配送をお願いいたします。
下記6件、12月2日（火）午前着の指定でお願いします（旧PCは同時引取り）。

氏名\t郵便番号\t住所\t電話番号
甲斐 美千代\t359-1124\t埼玉県所沢市東住吉8-17 ハイツ東住吉203\t090-7731-2048
鳴海 智之\t270-0034\t千葉県松戸市新松戸4-112-6\t080-5592-0317
伊集院 楓\t180-0004\t東京都武蔵野市吉祥寺本町3-9-14-502\t070-4418-9926
宍戸 康弘\t252-0303\t神奈川県相模原市南区相模大野6-2-21\t090-2206-7781
真壁 涼子\t305-0031\t茨城県つくば市吾妻2-5-1 サンフラット吾妻701\t080-9943-1150
嘉数 悠\t331-0812\t埼玉県さいたま市北区宮原町1-388-4\t070-6025-3389

配送伝票は当方で作成できますので、様式があればお送りください。
""" + SIG_KOGA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: six employees' home addresses and phone numbers, tab-separated, to the courier",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "pckitting-024",
        "sender": KOGA,
        "to": [AOBA],
        "subject": "PC交換品の個別配送（1件）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社 法人営業部 御中

お世話になっております。日の出産業 総務部の古閑です。
在宅勤務者1名分の交換PCの配送と旧PCの引取りをお願いいたします。

  お届け先：〒２７６−００４６ 千葉県八千代市大和田新田４７７−１２
  氏名　　：柘植 奈緒子 様
  電話　　：０８０−３１７４−６６２９
  希望日時：１２月４日（木）１４時〜１６時

梱包材は弊社で用意いたします。よろしくお願いいたします。
""" + SIG_KOGA_JIS,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one employee's home address and phone for a single delivery: one person's record, may warn",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "pckitting-025",
        "sender": SHIMAZU,
        "to": [KITTING],
        "subject": "資産ラベル 使用者名印字分の一覧（9台）",
        "charset": "shift_jis",
        "body": """ツバサシステム キッティングセンター ご担当者様

お世話になっております。嶋津です。
大阪支店分9台について、資産ラベルに使用者名を印字していただきたく、一覧をお送りします。

シリアル        使用者          所属
--------------  --------------  ------------
KS137750311     保科 雅人       大阪支店 営業課
KS137750328     有働 千夏       大阪支店 営業課
KS137750335     蓮見 光輝       大阪支店 営業課
KS137750342     益子 彩乃       大阪支店 総務課
KS137750359     嵯峨 俊介       京都営業所
KS137750366     舟越 理恵       京都営業所
KS137750373     柿沼 洋平       神戸営業所
KS137750380     二階堂 桃子     神戸営業所
KS137750397     羽賀 一成       広島支店

ラベルの書式は前回と同じでお願いいたします。
""" + SIG_SHIMAZU,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "nine users' names with only department and device serial, no contact data: arguably a staff list, arguably asset data",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "pckitting-026",
        "sender": KOGA,
        "to": ["データクリアサービス 中務様 <nakatsukasa@dataclear-svc.jp>"],
        "subject": "データ消去方式についてのご相談",
        "charset": "utf-8",
        "body": """株式会社データクリアサービス 中務様

お世話になっております。日の出産業の古閑です。
来年度からの消去委託に向けて、方式について社内で整理しましたのでご相談です。

・SSD搭載機：NIST SP 800-88 Rev.1 の Purge 相当（暗号化消去＋ブロック消去）を希望
・HDD搭載機：上書き1回＋検証でよいと考えています
・故障等で消去ソフトが起動しない端末：物理破壊（穿孔）
・消去証明書：シリアル単位で、ADEC認証ツールのログ添付を希望

なお、経理・法務部門の端末には社外秘の文書が保存されていた可能性が高いため、
部門を問わず一律で物理破壊まで行う場合の費用感も教えていただけますでしょうか。

お見積りは12月中旬までにいただけますと助かります。
""" + SIG_KOGA + DISC_JP,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "discussion of erasure methods; 社外秘 is mentioned in a sentence, not stamped on the mail; standard disclaimer",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "pckitting-027",
        "sender": "砂押 千晶 <sunaoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["給与クラウド導入支援 <onboarding@kyuyo-cloud.jp>"],
        "subject": "給与計算専用端末の初期設定　取込テスト用データ",
        "charset": "shift_jis",
        "body": """株式会社キュウヨクラウド 導入支援チーム ご担当者様

お世話になっております。日の出産業 経理部の砂押です。
給与計算専用端末のセットアップ時に行う社員マスタ取込テストの件、
「実データに近い形式で2名分」とのことでしたので、
本番マスタから2名分を抜き出したCSVを添付いたします。

取込結果の画面キャプチャをお送りいただけますでしょうか。
""" + SIG_SUNAOSHI,
        "attachments": [{
            "kind": "csv",
            "name": "shain_master_test.csv",
            "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "フリガナ", "生年月日", "個人番号", "入社日", "所属コード"],
                ["198842", "神威 浩一", "カムイ コウイチ", "1979/05/16", my_number(SEED + 2), "2003/04/01", "K210"],
                ["205517", "中務 玲奈", "ナカツカサ レナ", "1991/12/02", my_number(SEED + 3), "2014/04/01", "K210"],
            ],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "My Number: two employees' 個人番号 with birth dates in a CSV sent to the payroll vendor",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "pckitting-028",
        "sender": SHIMAZU,
        "to": ["砂押 千晶 <sunaoshi.chiaki@hinode-sangyo.co.jp>"],
        "subject": "法人カード決済の件（RemoteDesk 年間更新）",
        "charset": "utf-8",
        "body": f"""砂押さん

お疲れさまです。情シス嶋津です。
RemoteDesk の年間更新（150ライセンス）を、情シス部長名義の法人カードで決済しました。
経費精算の照合用に、利用カードと明細をお知らせします。

  カード名義：来栖 里美（情報システム部長）
  カード番号：{card_number(SEED + 4)}
  決済日：2025/12/02　金額：USD 13,500.00（請求書 INV-RD-77120）

請求書PDFは共有フォルダ「経理提出\\2025-12」に置いてあります。
よろしくお願いします。

嶋津
""",
        "expect": "pass",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": [],
        "note": "a corporate card number, but the mail goes only to an internal colleague",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "pckitting-029",
        "sender": MAEDA,
        "to": ["hirano.kouki.1998@gmail.com", "mizuho_sakaguchi@yahoo.co.jp",
               "t.ishigaki@icloud.com", "reina-tokuda@outlook.jp"],
        "subject": "【日の出産業】入社手続き：貸与PCの受け取りについて",
        "charset": "iso-2022-jp",
        "body": """内定者の皆さま

日の出産業株式会社 人事部の真栄田です。
１月５日（月）のご入社に先立ち、貸与PCの受け取り方法をご案内します。

  日時：１２月２２日（月）１３時〜１５時のご都合のよい時間
  場所：本社８階 情報システム部 カウンター
  持ち物：社員証発行用の写真（データで可）

当日ご来社が難しい方は、このメールに返信してお知らせください。
後日、個別に日程を調整いたします。
""" + SIG_MAEDA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "four private persons' free-mail addresses visible to each other in To: should have been Bcc",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "pckitting-030",
        "sender": SHIMAZU,
        "to": [SHIMAZU],
        "bcc": [OSONE, REPAIR, TOHO, "港PCサービス 法人営業 <sales@minato-pcservice.jp>"],
        "subject": "年末年始の端末受入・発送停止期間のお知らせ",
        "charset": "iso-2022-jp",
        "body": """お取引先各位

平素より大変お世話になっております。
日の出産業株式会社 情報システム部の嶋津でございます。

誠に勝手ながら、下記の期間は端末の受入・発送業務を停止いたします。

  停止期間：２０２５年１２月２６日（金）〜２０２６年１月５日（月）

期間中に到着する荷物は、１月６日（火）以降の受領となります。
修理品の返送、回収品の引取り等のご予定がございましたら、
１２月２４日までにご連絡いただけますと幸いです。

本メールはBccにて一斉送信しております。
""" + SIG_SHIMAZU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "announcement to four vendors sent correctly in Bcc (To is the sender himself)",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "pckitting-031",
        "sender": SHIMAZU,
        "to": [KITTING],
        "subject": "棚卸 未確認端末4台のご確認依頼",
        "charset": "utf-8",
        "body": """ツバサシステム キッティングセンター ご担当者様

嶋津です。棚卸代行ありがとうございました。
現物未確認の4台について、使用者に直接連絡して所在確認をお願いできますでしょうか。
一覧をPDFで添付します（連絡は社用携帯へお願いします）。
""" + SIG_SHIMAZU,
        "attachments": [{
            "kind": "pdf",
            "name": "棚卸_未確認端末_202511.pdf",
            "title": "棚卸 未確認端末一覧",
            "lines": ["棚卸 未確認端末一覧（2025年11月）", "日の出産業株式会社 情報システム部", ""],
            "table": [
                ["資産番号", "シリアル", "使用者", "所属", "社用携帯"],
                ["HS-NB-20188", "KS117731842", "浦辺 竜也", "営業一部", "080-2267-5193"],
                ["HS-NB-20236", "KS117732019", "樋渡 実咲", "品質保証部", "080-2267-5208"],
                ["HS-NB-20577", "KX144409921", "今給黎 悟", "物流管理部", "080-2267-5231"],
                ["HS-DT-03120", "KM065501174", "宇都 明日香", "購買部", "080-2267-5246"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four users with their company mobiles in a PDF: under five people, may warn",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "pckitting-032",
        "sender": EBATO,
        "to": ["ロックウェル MDMサポート <mdm-support@lockwell.jp>"],
        "subject": "【至急】紛失端末のリモートワイプ依頼",
        "charset": "utf-8",
        "body": """ロックウェル株式会社 MDMサポート ご担当者様

日の出産業ヘルプデスクの江波戸です。
本日、社員より社用スマートフォン紛失の報告がありました。
管理コンソールからのロックはこちらで実施済みですが、位置情報が取得できないため
リモートワイプの実行と、実行ログの提供をお願いします。

  使用者　：営業一部 仲宗根 亮太
  回線番号：070-3318-4427
  機種　　：iPhone 15（128GB）
  IMEI　　：""" + _imei(50) + """
  紛失日時：12月3日 19時頃、JR山手線車内と思われる

遺失届は本人が最寄りの交番に提出済みです。
よろしくお願いいたします。
""" + SIG_EBATO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "lost-phone wipe request naming one user with his line number: one person, may warn",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "pckitting-033",
        "sender": "Ryosuke Shimazu <shimazu.ryosuke@hinode-sangyo.co.jp>",
        "to": ["Gridpoint Support <support@gridpoint-mdm.com>"],
        "subject": "Case #GP-552913: Wi-Fi profile not applied on Android Enterprise devices",
        "charset": "utf-8",
        "body": """Hi Gridpoint Support,

Following up on case #GP-552913. We pushed a new Wi-Fi profile (EAP-TLS, SSID HINODE-CORP)
to the "JP-Field-Android" device group yesterday. About 40 of 210 devices report
"Profile pending" for more than 24 hours; the rest applied it within minutes.

What we have checked so far:
  - affected devices are all on Android 14, security patch 2025-09-01
  - the SCEP certificate is issued correctly (visible in the device's credential store)
  - re-syncing from the console does not help; a reboot fixes about half of them

Could you check the server-side logs for the group and tell us whether this is the known
issue mentioned in your release notes for console version 25.10?

Thanks in advance.
""" + SIG_EN + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English technical support mail with the standard confidentiality disclaimer",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "pckitting-034",
        "sender": KOGA,
        "to": [AOBA],
        "subject": "休職者宅からのPC引取りについて（ご配慮のお願い）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社 法人営業部 ご担当者様

お世話になっております。日の出産業 総務部の古閑です。
休職中の社員宅から貸与PCの引取りをお願いしたく、ご連絡いたしました。

  氏名：熊谷 伸一郎 様
  住所：東京都板橋区成増２−１９−７ メゾン成増３０１
  電話：０９０−５５８２−７４１３

ご本人は適応障害（うつ状態）の診断で休職しており、
大きな声や長時間の対応が負担になるとのことです。
インターホン越しの短いやりとりで済むよう、事前にお電話のうえ、
玄関先での受け渡しのみとしていただけますでしょうか。
""" + SIG_KOGA_JIS,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's diagnosis (適応障害) with his home address sent to the courier",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "pckitting-035",
        "sender": SHIMAZU,
        "to": [OSONE],
        "subject": "Re: 次期標準機 比較表のご送付",
        "charset": "shift_jis",
        "body": """大曽根様

お世話になっております。嶋津です。
比較表ありがとうございました。社内向けに整理し直したものを添付します。
X14の16GB/512GB構成で進める方向ですが、納期（受注後6週間）が気になっております。
3月納品分を年内に確保いただくことは可能でしょうか。

> 次期標準機の候補3機種について、価格と納期を比較表にまとめました。
> 価格は税抜、100台以上の数量割引を適用しています。
""" + SIG_SHIMAZU,
        "attachments": [{
            "kind": "xls",
            "name": "次期標準機_比較.xls",
            "sheets": {
                "比較": [
                    ["機種", "CPU", "メモリ", "SSD", "重量", "単価（税抜）", "納期"],
                    ["KD-Note X14", "Core Ultra 5", "16GB", "512GB", "1.18kg", 168000, "6週"],
                    ["KD-Note S13", "Core i5", "16GB", "256GB", "1.32kg", 139000, "3週"],
                    ["FC-Book 14", "Ryzen 5 PRO", "16GB", "512GB", "1.25kg", 151000, "4週"],
                ],
                "保守オプション": [
                    ["オプション", "3年", "5年"],
                    ["オンサイト保守", 18000, 29000],
                    ["HDD/SSD返却不要", 4000, 6000],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price and spec comparison (legacy XLS) with a short quote: no people",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "pckitting-036",
        "sender": EBATO,
        "to": [KAMOSHIDA],
        "subject": "先行交換品の返送について（伝票番号のご連絡）",
        "charset": "utf-8",
        "body": """川崎電機株式会社 フィールドサービス部
鴨志田様

お世話になっております。日の出産業の江波戸です。
先行交換いただいた3台の故障品を、本日青葉運輸で発送しました。

  受付番号 KR-25-33810 / KD-Note X14 S/N KX144401163 → 伝票 4418-2093-7751
  受付番号 KR-25-33827 / KD-Note X14 S/N KX144402280 → 伝票 4418-2093-7762
  受付番号 KR-25-33841 / KD-Desk M7  S/N KM075520017 → 伝票 4418-2093-7773

到着は明日午前の予定です。ご確認をお願いいたします。
""" + SIG_EBATO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers, serials and RMA numbers to a partner's engineer: no people's data",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "pckitting-037",
        "sender": KOGA,
        "to": [HAYATE],
        "subject": "新規回線 5件 利用者情報のご連絡",
        "charset": "shift_jis",
        "body": """ハヤテモバイル 法人サポート ご担当者様

お世話になっております。日の出産業 総務部の古閑です。
12月分の新規5回線について、利用者情報を以下のとおりご連絡いたします。
利用者名での回線登録と、端末の個別発送をお願いいたします。

【1】
 利用者：比屋根 拓真（ヒヤネ タクマ）
 回線番号：080-4471-2095
 メール：hiyane.takuma@hinode-sangyo.co.jp
 発送先：本社8F 情報システム部

【2】
 利用者：小野 ちひろ（オノ チヒロ）
 回線番号：080-4471-2106
 メール：ono.chihiro@hinode-sangyo.co.jp
 発送先：大阪支店 総務課

【3】
 利用者：喜屋武 颯（キャン ハヤテ）
 回線番号：080-4471-2117
 メール：kyan.hayate@hinode-sangyo.co.jp
 発送先：本社8F 情報システム部

【4】
 利用者：都筑 文乃（ツヅキ アヤノ）
 回線番号：080-4471-2128
 メール：tsuzuki.ayano@hinode-sangyo.co.jp
 発送先：福岡支店 総務課

【5】
 利用者：鬼頭 正樹（キトウ マサキ）
 回線番号：080-4471-2139
 メール：kito.masaki@hinode-sangyo.co.jp
 発送先：広島支店 総務課

以上、よろしくお願いいたします。
""" + SIG_KOGA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: five users, one record per block (name, line number, e-mail), to the carrier",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "pckitting-038",
        "sender": EBATO,
        "to": [KAMOSHIDA],
        "subject": "12/9 オンサイト交換作業 対象者のご連絡",
        "charset": "iso-2022-jp",
        "body": """鴨志田様

お世話になっております。日の出産業の江波戸です。
１２月９日（火）のオンサイト交換作業の対象者をお知らせします。
作業前に各自へお電話いただき、席でお待ちいただく形でお願いします。

　氏名　　　　所属　　　　　席　　　　　連絡先
　――――――　――――――　――――――　――――――――――
　上間 和歌子　経理部　　　　７Ｆ−Ｃ１２　０８０−２２６７−４４０１
　後藤田 崇　　法務部　　　　７Ｆ−Ｅ０３　０８０−２２６７−４４１８
　西銘 慎吾　　営業企画部　　６Ｆ−Ａ２１　０８０−２２６７−４４２５
　千々岩 舞　　総務部　　　　８Ｆ−Ｂ０７　０８０−２２６７−４４３２

受付で「情報システム部 江波戸」をお呼び出しください。
""" + SIG_EBATO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four people's names and mobiles (full-width, padded table) for an on-site visit: under five, may warn",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "pckitting-039",
        "sender": EBATO,
        "to": ["川崎電機 修理受付 <repair-desk@kawasaki-denki.jp>"],
        "subject": "修理依頼：KD-Desk M7 電源が入らない（HS-DT-03287）",
        "charset": "utf-8",
        "body": """川崎電機株式会社 修理受付センター ご担当者様

いつもお世話になっております。日の出産業ヘルプデスクの江波戸です。
下記端末が電源ボタンを押しても反応せず、ACアダプタ交換でも改善しません。
センドバック修理をお願いできますでしょうか。

  機種：KD-Desk M7
  シリアル：KM075518842
  資産番号：HS-DT-03287
  保守契約：KDM-2024-118830
  引取希望日：12月10日以降
""" + SIG_EBATO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike of partner kawasaki-denki.co.jp ('co.' dropped: kawasaki-denki.jp)",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "pckitting-040",
        "sender": EBATO,
        "to": ["古閑 大輔 <koga.daisuke@hinode-sangyo.co.jp>"],
        "cc": ["嶋津 亮介 <shimazu.ryosuke@hinode-sangyo.co.jp>"],
        "subject": "縦型マウス・分割キーボードの購入について（産業医意見書あり）",
        "charset": "utf-8",
        "body": """古閑さん

ヘルプデスク江波戸です。
品質保証部の鶴見 加奈子さんから、右手の腱鞘炎（ドケルバン病）の治療中で
通常のマウスが使えないとの相談がありました。
産業医の意見書でも、縦型マウスと分割キーボードの使用が望ましいとされています。

購入は総務の備品予算でお願いできますか。候補は以下です（各1点）。
  ・縦型マウス KD-VM20（8,980円）
  ・分割キーボード KD-SK05（14,800円）

意見書の原本は人事部で保管しています。
よろしくお願いします。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a named employee's medical condition, but the mail stays inside the company",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "pckitting-041",
        "sender": KOGA,
        "to": [HAYATE],
        "subject": "外国籍社員の社用回線 契約者情報（在留カード）",
        "charset": "utf-8",
        "body": """ハヤテモバイル 法人サポート ご担当者様

お世話になっております。日の出産業 総務部の古閑です。
先日ご案内いただいた「利用者登録」に必要な情報をお送りします。

  利用者氏名：NGUYEN THI LAN（グエン ティ ラン）
  国籍：ベトナム
  生年月日：1996年3月8日
  在留カード番号：UH58204137QA
  在留期限：2027年9月30日

在留カードの写しはPDFでの提出でよろしいでしょうか。
よろしくお願いいたします。
""" + SIG_KOGA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "identity document: a foreign employee's residence card number with birth date, to the carrier",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "pckitting-042",
        "sender": SHIMAZU,
        "to": [OSONE],
        "subject": "LCMサービス 要件説明資料の送付",
        "charset": "utf-8",
        "body": """大曽根様

お世話になっております。嶋津です。
来週の打合せに先立ち、弊社のLCM要件をまとめた資料をお送りします。
事前にご覧いただき、対応可否や代替案をご教示いただけますと幸いです。
""" + SIG_SHIMAZU,
        "attachments": [{
            "kind": "pptx",
            "name": "LCM要件説明_v1.pptx",
            "title": "LCMサービス要件",
            "slides": [
                ["LCMサービス 要件説明", "日の出産業株式会社 情報システム部", "2025年12月"],
                ["現状の課題", "キッティングが部門ごとにばらばら", "資産台帳と実機の突合に毎回2週間",
                 "廃棄時の消去証明の回収漏れ"],
                ["対象範囲", "PC 約1,200台 / スマートフォン 約600台", "調達・キッティング・ヘルプデスク一次受付",
                 "回収・データ消去・リース返却"],
                ["求めるSLA", "キッティング：受注から10営業日", "故障時代替機：翌営業日",
                 "消去証明：回収から15営業日"],
                ["スケジュール", "1月 提案受領", "2月 選定", "4月 運用開始"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "requirements deck (PPTX) for a vendor: scope, SLAs, schedule; no people",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "pckitting-043",
        "sender": SHIIBA,
        "to": ["ツバサシステム ネットワーク担当 <nw-team@tsubasa-system.jp>"],
        "subject": "MACアドレス一覧（802.1X 登録用、会議室端末 24台）",
        "charset": "utf-8",
        "body": """ツバサシステム ネットワーク担当 御中

インフラ課の椎葉です。
会議室用の共用端末24台について、RADIUSへのMAC登録用の一覧を添付します。
ホスト名は会議室名に合わせています（個人貸与ではありません）。
""" + SIG_SHIIBA,
        "attachments": [{
            "kind": "csv",
            "name": "meetingroom_mac_list.csv",
            "encoding": "utf-8",
            "rows": [["hostname", "model", "serial", "wired_mac", "wifi_mac", "os_build", "location"]]
                    + [[f"HS-MR-{f}F{r:02d}", "KD-Desk M7", f"KM0755{20100 + f * 10 + r}",
                        f"3C:7E:2A:{f:02X}:{r:02X}:1{r % 10}", f"3C:7E:2A:{f:02X}:{r:02X}:9{r % 10}",
                        "26100.4349", f"本社{f}F 会議室{r}"]
                       for f in (5, 6, 7, 8) for r in range(1, 7)],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "UTF-8 CSV of shared meeting-room devices: hostnames, MACs, serials; no people",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "pckitting-044",
        "sender": SHIMAZU,
        "to": [OSONE],
        "subject": "【機密】東和化成統合に伴う端末移行計画（ドラフト）",
        "charset": "iso-2022-jp",
        "body": """機密区分：機密（関係者限り）

大曽根様

お世話になっております。嶋津です。
先日ご説明した案件につき、端末移行計画のドラフトを本文にてお送りします。
本件は対外発表前のため、御社内でも関係者限りでのお取り扱いをお願いいたします。

・対象：東和化成株式会社 全社PC 約340台、スマートフォン 約150台
・方針：統合日（４月１日）までに当社マスターイメージへ入替
・段階：２月 東和化成本社（120台）→ ３月 工場・営業所（220台）
・課題：東和化成側のドメイン（towa.local）からの移行手順、メール移行の順序

詳細は来週の打合せでご相談させてください。
""" + SIG_SHIMAZU,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: subject 【機密】 and a 機密区分 line classify the mail itself",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "pckitting-045",
        "sender": SHIIBA,
        "to": ["ツバサシステム ネットワーク担当 <nw-team@tsubasa-system.jp>"],
        "subject": "Re: 個人所有PCのゲストWi-Fi例外登録（3名）",
        "charset": "shift_jis",
        "body": """ツバサシステム ネットワーク担当 御中

椎葉です。先日ご相談した件、対象者が確定しましたので
以下の3名分の端末MACを例外登録していただけますでしょうか。
期間は12月末までです。

 ・城間 健二（営業企画部） Wi-Fi MAC：A4:5E:60:1B:77:C2
 ・安里 美穂（経営企画室） Wi-Fi MAC：F0:18:98:2D:04:6E
 ・波照間 翼（品質保証部） Wi-Fi MAC：8C:85:90:E3:51:AD
""" + SIG_SHIIBA,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "three named employees with their device MACs: a short list under five people",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "pckitting-046",
        "sender": "Ryosuke Shimazu <shimazu.ryosuke@hinode-sangyo.co.jp>",
        "to": ["Gridpoint Onboarding <onboarding@gridpoint-mdm.com>"],
        "subject": "Bulk enrolment file for Hinode Sangyo field staff (15 users)",
        "charset": "utf-8",
        "body": """Hello Gridpoint Onboarding team,

As agreed in last week's call, please find attached the bulk enrolment file for the
first wave of field staff (15 users). The ZIP contains one CSV in the template format
you sent us (UTF-8). Devices are already registered in Zero-touch; please map each
IMEI to its user and assign the "JP-Field-Android" policy.

Let me know if any row fails validation.
""" + SIG_EN,
        "attachments": [{
            "kind": "zip",
            "name": "hinode_wave1_enrolment.zip",
            "files": [{
                "kind": "csv",
                "name": "wave1_users.csv",
                "encoding": "utf-8",
                "rows": [["first_name", "last_name", "email", "mobile", "imei", "group"]]
                        + [[fn, ln, f"{ln.lower()}.{fn.lower()}@hinode-sangyo.co.jp",
                            f"+81-80-{5310 + i:04d}-{(7717 * (i + 3)) % 10000:04d}", _imei(60 + i),
                            "JP-Field-Android"]
                           for i, (fn, ln) in enumerate([
                               ("Haruki", "Tokashiki"), ("Aoi", "Shimabukuro"), ("Kenta", "Yonamine"),
                               ("Yuko", "Onaga"), ("Daichi", "Kochinda"), ("Mei", "Tamashiro"),
                               ("Sho", "Iha"), ("Nanami", "Kakazu"), ("Ryo", "Zukeran"),
                               ("Hinata", "Nakandakari"), ("Takumi", "Aragaki"), ("Sakura", "Uehara"),
                               ("Yuto", "Chinen"), ("Rina", "Miyagi"), ("Kaito", "Oshiro")])],
            }],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: 15 field staff (romaji names, e-mail, mobile, IMEI) in a CSV inside an unencrypted ZIP",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "pckitting-047",
        "sender": KOGA,
        "to": [NICHIRIN],
        "subject": "再リース契約条件のご確認（契約番号 NL-2022-01932）",
        "charset": "iso-2022-jp",
        "body": """日輪リース株式会社
柘植様

いつもお世話になっております。日の出産業の古閑です。
標記契約の再リースにつき、条件を下記のとおり理解しておりますが、相違ございませんでしょうか。

　原契約期間：令和４年４月１日〜令和９年３月３１日（６０ヶ月）
　再リース期間：令和９年４月１日〜令和１０年３月３１日（１２ヶ月）
　再リース料：年額　原契約月額の１ヶ月分相当（税別）
　対象物件：ＫＤ−Ｎｏｔｅ Ｓ１１　８６台（物件明細書のとおり）

稟議の関係で、１月１６日までにご回答いただけますと助かります。
""" + SIG_KOGA_JIS,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "lease terms with 和暦 contract dates (not birth dates) and full-width figures; no people",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "pckitting-048",
        "sender": SHIMAZU,
        "to": [OSONE, AOBA],
        "subject": "12/12 入替PC 搬入・旧PC搬出の段取り",
        "charset": "utf-8",
        "body": """ツバサシステム 大曽根様
青葉運輸 法人営業部 ご担当者様

お世話になっております。日の出産業の嶋津です。
12月12日（金）の入替作業について、搬入と搬出の段取りを共有いたします。

  09:00  青葉運輸様 トラック到着（北側通用口）、新PC 32台 搬入
  09:30  ツバサシステム様 作業員3名 入館、各席で入替・データ移行
  15:00  旧PC 32台を梱包、8F 倉庫に集約
  16:00  青葉運輸様 旧PC搬出 → ツバサシステム様 キッティングセンターへ

入館証は当日受付でお渡しします。代表者の方のお名前を前日までにお知らせください。
""" + SIG_SHIMAZU,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To for a joint schedule: a normal three-way mail",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "pckitting-049",
        "sender": KOGA,
        "to": ["あけぼの損保 事故受付 <jiko-uketsuke@akebono-sonpo.co.jp>"],
        "subject": "動産総合保険 事故報告（貸与PC盗難）証券番号 AK-8830172",
        "charset": "shift_jis",
        "body": """あけぼの損害保険株式会社 事故受付センター ご担当者様

いつもお世話になっております。日の出産業 総務部の古閑です。
動産総合保険の対象物件について、盗難事故が発生しましたのでご報告いたします。

　発生日時：１２月１日（月）２２時頃
　発生場所：東京都江東区亀戸６丁目の路上
　被害物件：ノートPC KD-Note X14（資産番号 HS-NB-21102、S/N KX144412370）
　被害者　：営業二部 百武 康介（当社社員）

帰宅途中に背後から襲われ、PCの入った鞄を奪われたとのことです。
百武は頭部を打撲し、救急搬送のうえ２日間入院しました。
亀戸警察署に被害届を提出済み（受理番号 第２５－４４１９号）です。

必要書類のご案内をお願いいたします。
""" + SIG_KOGA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee as the victim of a robbery, with his injury and hospital stay, to the insurer",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "pckitting-050",
        "sender": SHIMAZU,
        "to": [OSONE],
        "subject": "FW: 【重要】KD-Note X14 BIOS更新（v1.21）公開のお知らせ",
        "charset": "iso-2022-jp",
        "body": """大曽根様

お世話になっております。嶋津です。
川崎電機様から下記の案内が来ております。
今後キッティングする X14 は、v1.21 を適用した状態で納品いただけますでしょうか。

---------- 転送メッセージ ----------
From: 川崎電機 製品サポート <product-info@kawasaki-denki.co.jp>
Date: 2025年11月27日 10:05
Subject: 【重要】KD-Note X14 BIOS更新（v1.21）公開のお知らせ
To: shimazu.ryosuke@hinode-sangyo.co.jp

お客様各位

平素は弊社製品をご愛用いただき、誠にありがとうございます。
KD-Note X14 において、特定条件下でスリープから復帰しない事象を修正した
BIOS v1.21 を公開いたしました。
更新手順はサポートサイト（製品情報 > ダウンロード）をご参照ください。

川崎電機株式会社 製品サポートセンター
TEL 0120-44-8100（平日9:00〜18:00）
""" + SIG_SHIMAZU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a maker's bulletin to another partner: only company contact details",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "pckitting-051",
        "sender": KOGA,
        "to": ["東邦リサイクルテクノ 回収事業部 <kaishu@toho-recycle.co.jp>"],
        "subject": "Re: 退職者PC 回収日程のご確認",
        "charset": "utf-8",
        "body": """東邦リサイクルテクノ 回収事業部 ご担当者様

お世話になっております。古閑です。
ご提示の日程で問題ございません。各ご自宅へは事前に弊社からも一報入れておきます。
回収後は通常どおり、データ消去証明書の発行をお願いいたします。

2025年12月1日(月) 17:42 東邦リサイクルテクノ 回収事業部 <kaishu@toho-recycle.co.jp>:
> 日の出産業 古閑様
>
> お世話になっております。先日いただいた回収先リストを元に、下記の日程で伺います。
>
> 12/8(月)  AM  津嘉山 勇     千葉県船橋市本町5-2-11          090-3365-1027
> 12/8(月)  PM  茅野 由美子   東京都江戸川区西葛西7-19-3-804  080-1174-5836
> 12/9(火)  AM  神保 達彦     埼玉県川口市栄町2-8-16          070-2290-4418
> 12/9(火)  PM  宮良 さやか   神奈川県横浜市港北区日吉4-1-7   090-8812-3370
> 12/10(水) AM  砂川 幹夫     東京都調布市国領町3-6-22        080-6651-0093
> 12/10(水) PM  伊波 恵美     東京都府中市分梅町1-41-5        070-5530-7712
> 12/11(木) AM  具志堅 弘     千葉県市川市八幡2-16-9          090-4127-8825
>
> ご都合の悪い日程があればお知らせください。
""" + SIG_KOGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "seven people's addresses appear only in '>' quoted text from the recipient's own mail",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "pckitting-052",
        "sender": KOGA,
        "to": [NICHIRIN],
        "subject": "貸与品受領書（11月分）の送付",
        "charset": "iso-2022-jp",
        "body": """日輪リース株式会社 柘植様

お世話になっております。古閑です。
11月に貸与を開始したリース物件の受領書をPDFでお送りします。
PDFを開くためのパスワードは、お電話でお伝えいたします。
""" + SIG_KOGA_JIS,
        "attachments": [{
            "kind": "pdf",
            "name": "貸与品受領書_202511.pdf",
            "password": "nl2511hs",
            "title": "貸与品受領書",
            "lines": ["貸与品受領書（2025年11月）"],
            "table": [["資産番号", "シリアル", "使用者", "受領日"]]
                     + [[r[0], r[2], r[3], "2025/11/1" + str(i % 9)] for i, r in enumerate(_roster(12, 52))],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: a password-protected PDF that cannot be inspected",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "pckitting-053",
        "sender": SHIMAZU,
        "to": [KITTING],
        "subject": "個別手配分（1台）の受領書",
        "charset": "utf-8",
        "body": """キッティングセンター ご担当者様

嶋津です。先週個別手配いただいた1台について、使用者の受領書を添付します。
控えとして保管ください。
""" + SIG_SHIMAZU,
        "attachments": [{
            "kind": "docx",
            "name": "端末受領書_HS-NB-21871.docx",
            "title": "端末受領書",
            "paragraphs": ["端末受領書", "下記の端末を受領しました。", ""],
            "tables": [[
                ["項目", "内容"],
                ["資産番号", "HS-NB-21871"],
                ["機種 / シリアル", "KD-Note X14 / KX145521006"],
                ["使用者氏名", "五味 理沙"],
                ["社員番号", "231044"],
                ["所属", "経営企画室"],
                ["社用メール", "gomi.risa@hinode-sangyo.co.jp"],
                ["受領日", "令和7年11月26日"],
            ]],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one employee's receipt form (name, employee number, e-mail) in a DOCX: one person",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "pckitting-054",
        "sender": KOGA,
        "to": ["東邦リサイクルテクノ 回収事業部 <kaishu@toho-recycle.co.jp>"],
        "subject": "転送: 11月末退職者の貸与品回収について",
        "charset": "shift_jis",
        "body": """東邦リサイクルテクノ 回収事業部 ご担当者様

お世話になっております。日の出産業 総務部の古閑です。
人事部から下記の連絡がありましたので、そのまま転送いたします。
ご自宅への回収訪問の日程調整をお願いできますでしょうか。

-------- 転送メッセージ --------
差出人: 真栄田 朋美 <maeda.tomomi@hinode-sangyo.co.jp>
日付: 2025/11/28 18:20
宛先: 古閑 大輔 <koga.daisuke@hinode-sangyo.co.jp>
件名: 11月末退職者の貸与品回収について

古閑さん

人事の真栄田です。11月末退職者のうち、PCを郵送返却できない6名の回収先です。
退職後のため、連絡は個人の携帯にお願いします。

・帆足 和也　／ 東京都杉並区高円寺南3-44-12　／ 090-1128-6654
・宜保 奈津子 ／ 神奈川県川崎市高津区溝口2-7-30-203 ／ 080-4433-9021
・鎌倉 悟史　／ 千葉県柏市旭町1-11-4　／ 070-3851-2276
・安次嶺 春香 ／ 東京都北区赤羽西5-2-19　／ 090-6672-1180
・犬養 剛　　／ 埼玉県越谷市南越谷4-18-8　／ 080-2095-7743
・島袋 千里　／ 東京都練馬区豊玉北6-12-1-405 ／ 070-9916-3352

よろしくお願いします。
""" + SIG_KOGA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: forwarded internal mail with six leavers' home addresses and mobiles; a forward is new text",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "pckitting-055",
        "sender": EBATO,
        "to": [CLOUDBRIDGE],
        "subject": "11月度 ヘルプデスク月次レポート（当社集計分）",
        "charset": "utf-8",
        "body": """クラウドブリッジ サービスデスク御中

江波戸です。11月度の当社側集計をお送りします。
御社レポートとの件数差（パスワードリセット 12件）について、次回定例で確認させてください。
""" + SIG_EBATO,
        "attachments": [{
            "kind": "pdf",
            "name": "helpdesk_monthly_202511.pdf",
            "title": "ヘルプデスク月次レポート 2025年11月",
            "page_footer": "日の出産業株式会社 情報システム部",
            "lines": ["ヘルプデスク月次レポート（2025年11月）", "受付件数 1,284件（前月比 +6.2%）",
                      "一次解決率 78.4%（目標 75%）", ""],
            "table": [
                ["区分", "件数", "平均対応時間(分)"],
                ["パスワードリセット", "402", "6"],
                ["PC不具合", "251", "38"],
                ["スマートフォン", "187", "21"],
                ["アカウント申請", "163", "15"],
                ["ソフトウェア", "140", "24"],
                ["その他", "141", "17"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "monthly helpdesk statistics PDF: counts only",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "pckitting-056",
        "sender": KOGA,
        "to": [TOHO],
        "cc": [OSONE],
        "subject": "リース満了外の廃棄対象PC（41台）引渡しについて",
        "charset": "iso-2022-jp",
        "body": """東邦リサイクルテクノ 舟津様
（cc：ツバサシステム 大曽根様）

お世話になっております。日の出産業の古閑です。
自社所有分の廃棄対象PC 41台について、引渡しの段取りをご相談させてください。

ツバサシステム様の倉庫で一時保管いただいている41台を、
東邦リサイクルテクノ様に直接引き取っていただく形を考えております。
引取日の候補：１２月１５日（月）、１６日（火）

産業廃棄物管理票（マニフェスト）は弊社名義で発行いたします。
消去証明書はシリアル単位でお願いいたします。
""" + SIG_KOGA_JIS,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (recycler + kitting vendor) coordinating a hand-over: pass",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "pckitting-057",
        "sender": SHIIBA,
        "to": [OSONE],
        "subject": "マイナンバー事務専用端末のキッティング要件",
        "charset": "utf-8",
        "body": """大曽根様

インフラ課の椎葉です。
人事部のマイナンバー事務専用端末（2台）について、通常機とは別の要件で
キッティングをお願いしたく、要件を整理しました。

1. ネットワーク：インターネット接続不可。特定個人情報管理サーバのセグメントのみ許可
2. USBメモリ等の外部媒体：全面禁止（デバイス制御ポリシーで無効化）
3. ログオン：生体認証＋PIN、取扱担当者2名のアカウントのみ
4. 操作ログ：取得して12ヶ月保管
5. 設置：人事部内の施錠できる区画（覗き見防止フィルター付き）

個人番号そのものを御社にお渡しすることはありません。
作業は弊社内で実施いただく想定です。ご対応可否をご教示ください。
""" + SIG_SHIIBA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "about kitting My Number terminals; the word マイナンバー appears but no number",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "pckitting-058",
        "sender": SHIMAZU,
        "to": ["鮫島 健 <samejima.ken.works@gmail.com>"],
        "subject": "入替作業 応援日程のご確認（12/12・12/13）",
        "charset": "iso-2022-jp",
        "body": """鮫島さん

お世話になっております。日の出産業の嶋津です。
先日お願いした入替作業の応援について、日程が確定しました。

　１２月１２日（金）　９:００〜１８:００　本社８Ｆ
　１２月１３日（土）　９:００〜１５:００　本社７Ｆ・８Ｆ

作業内容はデータ移行の立会いと旧PCの梱包です。
入館証は当日、受付でお渡しします。業務委託契約書は郵送済みです。
ご不明点があればご連絡ください。
""" + SIG_SHIMAZU,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (a freelance contractor): schedule only",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "pckitting-059",
        "sender": KOGA,
        "to": ["スカイブリッジ・エクスプレス 通関 <customs-jp@skybridge-express.com>"],
        "subject": "海外赴任者向けPC送付（シンガポール）通関書類について",
        "charset": "utf-8",
        "body": """スカイブリッジ・エクスプレス 通関担当 ご担当者様

お世話になっております。日の出産業 総務部の古閑です。
シンガポール赴任者あてのノートPC 1台（KD-Note X14、暗号化ソフト搭載）の送付につき、
インボイスに記載する受取人情報をお送りします。

  受取人：東條 貴之（Takayuki TOJO）
  旅券番号：TZ4718260
  旅券有効期限：2031年6月14日
  届け先：Hinode Sangyo Asia Pte. Ltd., 8 Marina View #21-04, Singapore 018960

該非判定書は別途お送りします。輸出許可の要否についてもご教示ください。
""" + SIG_KOGA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "identity document: an employee's passport number sent to a courier for customs",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "pckitting-060",
        "sender": "Ryosuke Shimazu <shimazu.ryosuke@hinode-sangyo.co.jp>",
        "to": ["Wen-Hsuan Lin <wh.lin@formosacompute.com.tw>"],
        "subject": "Re: FC-DK200 failure analysis report",
        "charset": "utf-8",
        "body": """Dear Ms. Lin,

Thank you for the failure analysis report. We understand the root cause was a batch of
power-delivery controllers (lot PD-2507-B) and that units built between 2025-07-14 and
2025-08-02 are affected.

Of the 260 docks we received, 118 fall into that build window according to the serial
ranges you listed. We would prefer a proactive swap of all 118 rather than waiting for
failures. Could you propose a replacement schedule and confirm that the swap units come
from a later lot?

We also need a short written statement on the issue for our procurement committee.
""" + SIG_EN + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English supplier quality mail with the standard 'may contain confidential information' disclaimer",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "pckitting-061",
        "sender": OZEKI,
        "to": [HAYATE],
        "subject": "機種変更 来店予約者（大阪支店 ５名）",
        "charset": "shift_jis",
        "body": """ハヤテモバイル 法人サポート ご担当者様

お世話になっております。日の出産業 大阪支店総務の大関でございます。
１２月１０日（水）梅田店での機種変更について、来店予約者をお知らせいたします。
当日は各自が来店しますので、番号で照合をお願いいたします。

・日下部 紘一　　（営業課）　　０９０－６１２８－４４０３　　１０：００
・重松 ゆかり　　（営業課）　　０９０－６１２８－４４１７　　１０：３０
・比留間 俊　　　（総務課）　　０９０－６１２８－４４２１　　１１：００
・一色 菜々子　　（京都営業所）０９０－６１２８－４４３８　　１３：３０
・穂積 雄大　　　（神戸営業所）０９０－６１２８－４４４２　　１４：００

データ移行の補助もお願いできますと助かります。
""" + SIG_OZEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: five employees with full-width mobile numbers, 「・」 bullets, to the carrier",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "pckitting-062",
        "sender": SHIMAZU,
        "to": ["大阪支店 総務課 <osaka-soumu@mail.hinode-sangyo.co.jp>"],
        "cc": [OZEKI],
        "subject": "西日本拠点 貸与端末台帳（照合用）",
        "charset": "utf-8",
        "body": """大阪支店 総務課 各位

本社情シスの嶋津です。
西日本拠点の貸与端末台帳（30名分）を添付します。
1月の入替前に、使用者と所属に誤りがないか確認して返送してください。
""" + SIG_SHIMAZU,
        "attachments": [{
            "kind": "xlsx",
            "name": "西日本_貸与端末台帳.xlsx",
            "sheets": {
                "台帳": [["西日本拠点 貸与端末台帳（2025/12/01時点）"],
                         ["資産番号", "機種", "シリアル", "使用者", "所属", "社員番号", "社用携帯"]]
                        + _roster(30, 62),
                "凡例": [["所属", "拠点"], ["営業一部", "大阪/京都/神戸"], ["物流管理部", "広島"]],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "30-person register, but sent to an internal subdomain (mail.hinode-sangyo.co.jp) and a colleague",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "pckitting-063",
        "sender": KOGA,
        "to": [NICHIRIN],
        "subject": "FW: データ消去証明書（NL-2021-04417 返却分 24台）",
        "charset": "utf-8",
        "body": """日輪リース 柘植様

お世話になっております。古閑です。
返却物件24台のデータ消去証明書を、ツバサシステム様から受領しましたので転送いたします。
物件明細との照合をお願いいたします。
""" + SIG_KOGA,
        "attachments": [{
            "kind": "pdf",
            "name": "データ消去証明書_NL-2021-04417.pdf",
            "title": "データ消去証明書",
            "lines": ["データ消去証明書", "発行：株式会社ツバサシステム キッティングセンター",
                      "消去方式：NIST SP 800-88 Rev.1 Purge（暗号化消去）", "消去ツール：ClearDisk Pro 5.2（ADEC認証）", ""],
            "table": [["No", "機種", "シリアル", "ストレージS/N", "消去日", "結果"]]
                     + [[i + 1, "KD-Note S11", f"KS11772{1040 + i * 7}", f"SSD-8H{70233 + i * 13}",
                         "2025/12/09", "成功"] for i in range(24)],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "disposal certificate PDF: device and storage serials only",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "pckitting-064",
        "sender": "Kengo Shiiba <shiiba.kengo@hinode-sangyo.co.jp>",
        "to": ["Wen-Hsuan Lin <wh.lin@formosacompute.com.tw>"],
        "subject": "Network requirements for the docking station firmware test",
        "charset": "utf-8",
        "body": """Dear Ms. Lin,

To reproduce the PXE boot issue in your lab, please find attached our network design
summary for the client segments. Please do not forward it outside your test team.

Kind regards,
Kengo Shiiba
Infrastructure, IT Department, Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "pdf",
            "name": "HS_client_network_summary.pdf",
            "title": "Client network summary",
            "page_header": "CONFIDENTIAL",
            "page_footer": "Hinode Sangyo Co., Ltd. - Internal Only - Do not distribute",
            "lines": ["Client network summary (Tokyo HQ)", "",
                      "VLAN 120: wired clients, 10.20.120.0/22, DHCP relay 10.20.0.5",
                      "VLAN 140: Wi-Fi clients (EAP-TLS), 10.20.140.0/22",
                      "PXE: WDS at 10.20.0.21, option 66/67 set on the core switch",
                      "802.1X: RADIUS 10.20.0.31 / 10.20.0.32, MAB fallback for docks"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached PDF is stamped CONFIDENTIAL / Internal Only in header and footer",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "pckitting-065",
        "sender": KOGA,
        "to": ["kazuya.hoashi@yahoo.co.jp"],
        "subject": "貸与PCご返却のお願い（日の出産業 総務部）",
        "charset": "iso-2022-jp",
        "body": """帆足 和也 様

ご在職中は大変お世話になりました。日の出産業 総務部の古閑です。
退職時にお預かりできなかった貸与PC（KD-Note X14）のご返却について、
１２月中に弊社委託先の東邦リサイクルテクノ株式会社がご自宅へ伺います。
担当者より日程調整のお電話を差し上げますので、ご対応をお願いいたします。

PC内に個人のデータが残っている場合でも、回収後に全消去いたしますのでご安心ください。
""" + SIG_KOGA_JIS,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (a former employee about his own return); no data about others",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "pckitting-066",
        "sender": EBATO,
        "to": ["サポート <support@keihi-cloud.jp>"],
        "subject": "利用者削除のお願い（11月末退職 2名）",
        "charset": "shift_jis",
        "body": """株式会社ケイヒクラウド サポートご担当者様

日の出産業の江波戸です。
経費精算システムの利用者について、退職者2名の削除をお願いいたします。

　・舛添 陽一　 masuzoe.yoichi@hinode-sangyo.co.jp　（11/30退職）
　・二瓶 かおる nihei.kaoru@hinode-sangyo.co.jp　（11/30退職）

未承認の申請が残っている場合は、削除前にお知らせください。
""" + SIG_EBATO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "two leavers' names and work e-mails for account deletion: under five, may warn",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "pckitting-067",
        "sender": KOGA,
        "to": ["東邦リサイクルテクノ 回収事業部 <kaishu@toho-recycle.co.jp>"],
        "subject": "追加の回収先（2名）について",
        "charset": "utf-8",
        "body": """東邦リサイクルテクノ 回収事業部 ご担当者様

古閑です。先日の6名に加えて、2名分の回収をお願いいたします。
詳細は添付の依頼書をご確認ください。
""" + SIG_KOGA,
        "attachments": [{
            "kind": "docx",
            "name": "回収依頼書_追加2名.docx",
            "title": "回収依頼書",
            "paragraphs": ["貸与品回収依頼書（追加分）", "依頼元：日の出産業株式会社 総務部", ""],
            "tables": [[
                ["氏名", "回収先住所", "連絡先（個人携帯）", "回収物"],
                ["吉弘 美帆", "東京都中野区野方2-33-8", "090-2218-6630", "ノートPC・ACアダプタ"],
                ["宇良 俊哉", "埼玉県戸田市上戸田1-20-15-302", "080-7745-1029", "ノートPC・スマートフォン"],
            ]],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two leavers' home addresses and mobiles in a DOCX table: under five people, may warn",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "pckitting-068",
        "sender": EBATO,
        "to": [KAMOSHIDA],
        "subject": "Re: 訪問作業員のご連絡",
        "charset": "iso-2022-jp",
        "body": """鴨志田様

ご連絡ありがとうございます。江波戸です。
当日お越しになる作業員の方のお名前、承知いたしました。
入館証を２名分用意しておきます。

当日の弊社側窓口は私（江波戸、03-5470-2284）です。
受付にお越しになりましたら内線でお呼び出しください。

> 12/9の作業には、弊社フィールドサービス部より下記2名が伺います。
>   川崎電機 フィールドサービス部 南雲 直樹（080-9120-4471）
>   川崎電機 フィールドサービス部 石動 拓（080-9120-4488）
""" + SIG_EBATO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "visit arrangement; the partner's engineers' business contacts are in quoted text",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "pckitting-069",
        "sender": SHIMAZU,
        "to": [KITTING],
        "subject": "Office 以外のライセンスキー（キッティング時投入分）",
        "charset": "utf-8",
        "body": """キッティングセンター ご担当者様

嶋津です。下期分で投入いただくソフトのボリュームライセンス情報です。
マスターイメージに含まれていない2製品について、展開時にキーを投入してください。

製品名                    版        ライセンス種別   キー
------------------------  --------  ---------------  -------------------------------
PDF Studio Pro            2025      VL 50本          PSP25-7HQ2K-MV9TD-44XRB-Q81ZN
CAD Viewer Standard       12.1      VL 10本          CVS12-W3D8N-P6K2Q-T7M4X-H90LA

ライセンス証書の原本は弊社で保管しています。
""" + SIG_SHIMAZU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "software licence keys (padded table): business data, not people's",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "pckitting-070",
        "sender": SUNAOSHI,
        "to": ["オフィスギア 注文センター <order@officegear-shop.jp>"],
        "subject": "ご注文 OG-8812045 の決済について",
        "charset": "utf-8",
        "body": """オフィスギア 注文センター ご担当者様

お世話になっております。日の出産業 経理部の砂押です。
ご注文番号 OG-8812045（スマートフォン用保護フィルム 120枚、ケース 120個）の
カード決済が二重に計上されているようです。

　利用カード：法人カード（末尾 4桁 7730）
　計上日：12月2日、12月3日（いずれも 86,400円）

どちらか一方の取消しをお願いできますでしょうか。
カード番号の全桁が必要な場合は、お電話にてお伝えいたします。
""" + SIG_SUNAOSHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "only the last four digits of a corporate card and an order number: no card number",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "pckitting-071",
        "sender": SHIIBA,
        "to": [KITTING],
        "subject": "キッティング用スクリプト一式（v3.2対応）",
        "charset": "utf-8",
        "body": """キッティングセンター ご担当者様

椎葉です。v3.2対応のスクリプト一式をZIPでお送りします（パスワードはかけていません）。
setup.ps1 をUSBから管理者権限で実行してください。
""" + SIG_SHIIBA,
        "attachments": [{
            "kind": "zip",
            "name": "kitting_scripts_v3.2.zip",
            "files": [
                {"kind": "txt", "name": "setup.ps1", "text": """# Hinode Sangyo kitting script v3.2
Set-ExecutionPolicy -Scope Process Bypass -Force
$log = "C:\\Kitting\\setup_$(Get-Date -Format yyyyMMdd_HHmm).log"
Start-Transcript -Path $log
powercfg /change standby-timeout-ac 0
reg import .\\settings\\explorer.reg
winget install --id PDFStudio.Pro --silent --accept-package-agreements
Get-WindowsAutopilotInfo -OutputFile .\\hash\\$env:COMPUTERNAME.csv
Stop-Transcript
"""},
                {"kind": "txt", "name": "README.txt", "encoding": "cp932",
                 "text": "v3.2 変更点\n- PDF Studio を winget で導入\n- ハードウェアハッシュの出力先を hash フォルダに変更\n"},
                {"kind": "csv", "name": "settings/apps.csv", "encoding": "utf-8",
                 "rows": [["app", "version", "source"], ["PDF Studio Pro", "2025", "winget"],
                          ["CAD Viewer Standard", "12.1", "msi"], ["Teams", "latest", "M365"]]},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of scripts and an app list: readable, no people",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "pckitting-072",
        "sender": EBATO,
        "to": ["ソフトラボ山吹 代表 <info@yamabuki-softlab.jp>"],
        "subject": "外部委託者用アカウント発行のご案内",
        "charset": "utf-8",
        "body": """株式会社ソフトラボ山吹 ご担当者様

日の出産業ヘルプデスクの江波戸です。
1月からご参画いただく方のアカウント情報を登録しました。内容をご確認ください。

  氏名：菅生 智也 様
  アカウント：ext-sugo.tomoya@hinode-sangyo.co.jp
  緊急連絡先（ご本人携帯）：090-3347-8816
  利用期間：2026/1/5〜2026/3/31

初回ログイン用のパスワードは、ご本人の携帯へSMSでお送りします。
""" + SIG_EBATO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one contractor's account and personal mobile sent to his own company: one person, may warn",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "pckitting-073",
        "sender": EBATO,
        "to": [KAMOSHIDA],
        "subject": "モニター交換のご相談（ちらつき対策）",
        "charset": "iso-2022-jp",
        "body": """鴨志田様

お世話になっております。日の出産業の江波戸です。
購買部の嘉手苅 望さんの席のモニター（KD-MON24、S/N KMN24A118830）について、
交換のご相談です。

ご本人に光過敏性てんかんの持病があり、主治医から画面のちらつきを避けるよう
指示が出ているとのことです。フリッカーフリー・DC調光の機種への交換を
検討しておりますので、該当する機種と納期を教えていただけますでしょうか。

発作の頻度や服薬の状況は伺っておりませんが、お急ぎで対応したい案件です。
""" + SIG_EBATO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's epilepsy disclosed to the hardware vendor",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "pckitting-074",
        "sender": KOGA,
        "to": [KAMOSHIDA],
        "subject": "VDT作業対策としてのモニター選定について",
        "charset": "utf-8",
        "body": """鴨志田様

お世話になっております。古閑です。
来年度の標準モニター選定にあたり、厚生労働省の「情報機器作業における労働衛生管理のための
ガイドライン」を踏まえた提案をいただけないかと考えております。

社内の健康診断の問診でも眼精疲労や肩こりを訴える社員が増えており、
一般論として以下のような機能を重視したいと思っています。

  ・フリッカーフリー、ブルーライト低減モード
  ・高さ調整・チルト・スイーベル対応のスタンド
  ・ノングレア、24〜27インチ

特定の社員向けではなく、全社標準としての選定です。ご提案をお待ちしております。
""" + SIG_KOGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "health topic in general (VDT guidelines, eye strain across staff), no identifiable person",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "pckitting-075",
        "sender": SHIMAZU,
        "to": ["拠点IT担当 <branch-it@hinode-sangyo.co.jp>"],
        "subject": "FW: 【回収のお願い】ACアダプタ自主回収のお知らせ（川崎電機）",
        "charset": "iso-2022-jp",
        "body": """拠点IT担当各位

本社情シスの嶋津です。川崎電機から下記のリコール案内が届きました。
各拠点で該当するACアダプタ（型番 KD-AC65C、製造ロット 2410〜2502）を確認し、
台数を１２月１２日までに報告してください。交換品は本社から送ります。

-----Original Message-----
From: 川崎電機 製品サポート <product-info@kawasaki-denki.co.jp>
Sent: Thursday, December 4, 2025 9:30 AM
Subject: 【回収のお願い】ACアダプタ自主回収のお知らせ

対象製品：ACアダプタ KD-AC65C（製造ロット 2410〜2502）
事象：ケーブル根元の被覆が劣化し、まれに発熱するおそれ
対応：無償交換（交換品の到着後、旧品を着払いで返送）
""" + SIG_SHIMAZU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal forward of a maker's recall notice",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "pckitting-076",
        "sender": SHIMAZU,
        "to": ["川崎電機 製品サポート <product-info@kawasaki-denki.co.jp>"],
        "subject": "Re: 【回収のお願い】ACアダプタ自主回収 該当品の報告",
        "charset": "shift_jis",
        "body": """川崎電機株式会社 製品サポートセンター ご担当者様

お世話になっております。日の出産業の嶋津です。
ACアダプタ KD-AC65C の自主回収につき、弊社で該当した27個のシリアルを
CSVにまとめましたのでお送りします。交換品の送付先は本社8F 情報システム部です。
""" + SIG_SHIMAZU,
        "attachments": [{
            "kind": "csv",
            "name": "KD-AC65C_該当品一覧.csv",
            "encoding": "cp932",
            "rows": [["No", "型番", "製造ロット", "シリアル", "保管拠点"]]
                    + [[i + 1, "KD-AC65C", ["2410", "2411", "2501", "2502"][i % 4],
                        f"AC65C{4410270 + i * 37}", ["本社", "大阪支店", "広島支店", "福岡支店"][i % 4]]
                       for i in range(27)],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "recall report: accessory serials and locations in a CP932 CSV, no people",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "pckitting-077",
        "sender": "Ryosuke Shimazu <shimazu.ryosuke@hinode-sangyo.co.jp>",
        "to": ["Darren Koh <darren.koh@merlion-itservices.com.sg>"],
        "subject": "Re: Laptop allocation for the Singapore office - please confirm",
        "charset": "utf-8",
        "body": """Hi Darren,

Thanks, the allocation below is correct. Please go ahead with the imaging and deliver
to the office on 8 January as planned.

Regards,
Ryosuke

On Wed, 3 Dec 2025 at 11:48, Darren Koh <darren.koh@merlion-itservices.com.sg> wrote:
> Hi Ryosuke,
>
> Before we image the six laptops, could you confirm the user allocation?
>
> Serial        User              Email                                  Mobile
> KX145540012   Jasmine Tan       jasmine.tan@hinode-sangyo.co.jp        +65 9127 4408
> KX145540029   Marcus Lim        marcus.lim@hinode-sangyo.co.jp         +65 8836 2017
> KX145540036   Aiko Nishimura    aiko.nishimura@hinode-sangyo.co.jp     +65 9410 5573
> KX145540043   Priya Raman       priya.raman@hinode-sangyo.co.jp        +65 8201 7764
> KX145540050   Benjamin Ong      benjamin.ong@hinode-sangyo.co.jp       +65 9355 0189
> KX145540067   Kenji Matsuura    kenji.matsuura@hinode-sangyo.co.jp     +65 8772 3046
>
> Best,
> Darren Koh
> Merlion IT Services Pte. Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "six users' contacts only in the quoted 'On ... wrote:' text from the recipient",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "pckitting-078",
        "sender": "Ryosuke Shimazu <shimazu.ryosuke@hinode-sangyo.co.jp>",
        "to": ["Darren Koh <darren.koh@merlion-itservices.com.sg>"],
        "subject": "Account setup for new Singapore hires (January)",
        "charset": "utf-8",
        "body": """Hi Darren,

Please create local admin-free Windows profiles and enrol the phones of the following
new hires who join Hinode Sangyo Asia in January. Mobile numbers are needed for MFA.

  Name             Email                                   Mobile          Start date
  ---------------  --------------------------------------  --------------  ----------
  Wei Ling Chua    weiling.chua@hinode-sangyo.co.jp        +65 9183 6620   2026-01-05
  Arjun Pillai     arjun.pillai@hinode-sangyo.co.jp        +65 8744 1093   2026-01-05
  Sakura Yoshino   sakura.yoshino@hinode-sangyo.co.jp      +65 9026 3381   2026-01-05
  Nur Aisyah Rahim nuraisyah.rahim@hinode-sangyo.co.jp     +65 8361 7045   2026-01-12
  Ethan Goh        ethan.goh@hinode-sangyo.co.jp           +65 9517 2268   2026-01-12
  Takeru Amami     takeru.amami@hinode-sangyo.co.jp        +65 8090 4417   2026-01-19

Thanks as always.
""" + SIG_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: six new hires with e-mail and mobile in the new text of an English mail",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "pckitting-079",
        "sender": KOGA,
        "to": [HAYATE],
        "subject": "料金プラン変更対象回線（12回線）",
        "charset": "utf-8",
        "body": """ハヤテモバイル 法人サポート ご担当者様

古閑です。1月請求分から、下記12回線を「法人データ30GB」プランへ変更してください。

回線番号        利用部署
090-4418-2201   営業一部
090-4418-2215   営業一部
090-4418-2228   営業一部
090-4418-2236   営業二部
090-4418-2249   営業二部
090-4418-2253   営業二部
090-4418-2267   営業企画部
090-4418-2272   物流管理部
090-4418-2284   物流管理部
090-4418-2290   品質保証部
090-4418-2307   購買部
090-4418-2311   総務部

以上です。よろしくお願いいたします。
""" + SIG_KOGA,
        "expect": "either",
        "entities": ["PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "twelve company mobile numbers with departments but no names: people's lines or company assets, arguable",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "pckitting-080",
        "sender": EBATO,
        "to": [CLOUDBRIDGE],
        "subject": "年末年始のヘルプデスク体制について",
        "charset": "shift_jis",
        "body": """クラウドブリッジ サービスデスク御中

お世話になっております。江波戸です。
年末年始の体制について、弊社側の予定をお知らせします。

　12/27（土）〜1/4（日）：弊社ヘルプデスク休業
　　→ 御社一次受付のみ（エスカレーションは1/5以降）
　緊急時（全社的な障害）：情報システム部 当番携帯 080-4417-2200 へご連絡ください

当番携帯は部の共用端末です。個人宛の連絡は不要です。
""" + SIG_EBATO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "holiday support arrangements; the only number is a shared department phone",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "pckitting-081",
        "sender": SHIMAZU,
        "to": [KITTING],
        "subject": "1月入替分 作業指示書",
        "charset": "iso-2022-jp",
        "body": """キッティングセンター ご担当者様

嶋津です。1月入替分の作業指示書を添付します。
前回からの変更点は、黄色のセルで示しています。
""" + SIG_SHIMAZU,
        "attachments": [{"kind": "corrupt", "name": "作業指示書_202601.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the XLSX attachment is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "pckitting-082",
        "sender": SHIMAZU,
        "to": [OSONE],
        "subject": "本社入替スケジュール（フロア別）",
        "charset": "utf-8",
        "html": """<html><body>
<p>大曽根様</p>
<p>お世話になっております。嶋津です。<br>本社のフロア別入替スケジュールを確定しました。作業員の手配をお願いいたします。</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>日付</th><th>フロア</th><th>部署</th><th>台数</th><th>作業員</th></tr>
<tr><td>1/13（火）</td><td>5F</td><td>営業一部・営業二部</td><td>64</td><td>4名</td></tr>
<tr><td>1/14（水）</td><td>6F</td><td>営業企画部・購買部</td><td>38</td><td>3名</td></tr>
<tr><td>1/15（木）</td><td>7F</td><td>経理部・法務部・品質保証部</td><td>45</td><td>3名</td></tr>
<tr><td>1/16（金）</td><td>8F</td><td>人事部・総務部・情報システム部</td><td>41</td><td>3名</td></tr>
</table>
<p>各日とも9時開始、18時までに旧PCの梱包完了を目標とします。</p>
<p>日の出産業株式会社 情報システム部 嶋津 亮介<br>TEL 03-5470-2281</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only schedule table by floor and department: no people",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "pckitting-083",
        "sender": SHIMAZU,
        "to": [KITTING],
        "subject": "役員PC 個別キッティング（4名分）",
        "charset": "utf-8",
        "body": """キッティングセンター ご担当者様

嶋津です。役員4名分のPCについて、個別キッティングをお願いします。
ユーザー情報と個別アプリを添付のExcelにまとめました。
""" + SIG_SHIMAZU,
        "attachments": [{
            "kind": "xlsx",
            "name": "役員PC_個別キッティング.xlsx",
            "sheets": {
                "ユーザー": [
                    ["役員PC 個別キッティング指示（2025/12）"],
                    [],
                    ["氏名", "役職", "メールアドレス", "機種", "シリアル"],
                    ["日置 正和", "代表取締役社長", "hioki.masakazu@hinode-sangyo.co.jp", "KD-Note S13", "KS137760014"],
                    ["大導寺 恭子", "取締役 管理本部長", "daidoji.kyoko@hinode-sangyo.co.jp", "KD-Note S13", "KS137760021"],
                    ["鳥越 隆", "取締役 営業本部長", "torigoe.takashi@hinode-sangyo.co.jp", "KD-Note S13", "KS137760038"],
                    ["来栖 里美", "執行役員 情報システム部長", "kurusu.satomi@hinode-sangyo.co.jp", "KD-Note X14", "KX145560045"],
                ],
                "個別アプリ": [
                    ["アプリ", "対象"],
                    ["会議室予約アドイン", "全員"],
                    ["経営ダッシュボード", "日置、大導寺"],
                    ["CAD Viewer Standard", "来栖"],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four executives' names and e-mails in an XLSX: under five people, may warn",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "pckitting-084",
        "sender": SHIMAZU,
        "to": [OSONE, AOBA],
        "cc": ["鮫島 健 <samejima.ken.works@gmail.com>"],
        "subject": "12/13（土）追加作業の段取り",
        "charset": "utf-8",
        "body": """ツバサシステム 大曽根様
青葉運輸 ご担当者様
鮫島さん

お世話になっております。嶋津です。
12月13日（土）の追加作業について、関係者の皆さまに段取りを共有します。

  09:00 青葉運輸様 新PC 18台 搬入（北側通用口）
  09:30 ツバサシステム様・鮫島さん 作業開始（7F・8F）
  15:00 旧PC 梱包完了、青葉運輸様 搬出

土曜日は守衛室での入館手続きが必要です。身分証をお持ちください。
""" + SIG_SHIMAZU,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "three external parties (two companies and a private contractor on free mail) visible in To/Cc",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "pckitting-085",
        "sender": KOGA,
        "to": ["オフィスギア 法人営業 <houjin@officegear-shop.jp>"],
        "subject": "見積依頼：スマートフォン周辺品（120台分）",
        "charset": "iso-2022-jp",
        "body": """株式会社オフィスギア 法人営業部 御中

お世話になっております。日の出産業 総務部の古閑です。
社用スマートフォンの入替に伴い、下記周辺品のお見積りをお願いいたします。

　品番　　　　　　品名　　　　　　　　　　　　　数量
　ＯＧ−ＣＳ１６Ｅ　耐衝撃ケース（iPhone 16e用）　１２０
　ＯＧ−ＧＬ１６Ｅ　保護ガラス（iPhone 16e用）　　１２０
　ＯＧ−ＣＢ２０Ｗ　USB-C充電器 20W　　　　　　　　 ６０
　ＯＧ−ＣＬ１Ｍ　　USB-Cケーブル 1m　　　　　　　 １２０

納品希望：１月９日（金）、本社８Ｆ 総務部宛て
""" + SIG_KOGA_JIS,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quotation request with product codes and quantities (full-width)",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "pckitting-086",
        "sender": SHIIBA,
        "to": [KITTING],
        "subject": "BitLocker回復キー確認手順（作業者向け）",
        "charset": "utf-8",
        "body": """キッティングセンター ご担当者様

椎葉です。先日お問い合わせのあった回復キーの確認手順を文書にしました。
作業者の方に展開してください。
""" + SIG_SHIIBA,
        "attachments": [{
            "kind": "docx",
            "name": "BitLocker回復キー確認手順.docx",
            "title": "BitLocker回復キー確認手順",
            "paragraphs": [
                "BitLocker回復キー確認手順（キッティング作業者向け）",
                "1. キッティング完了後、Entra 管理センターで対象デバイスを検索する。",
                "2. 「BitLocker キー」欄にキーIDが表示されていることを確認する（キー本体は表示しない）。",
                "3. キーIDの先頭8桁をチェックシートに記入する。",
                "4. 回復キーは機密情報として扱い、画面の撮影や紙への転記は行わないこと。",
                "5. 表示されない場合は、manage-bde -protectors -adbackup C: を実行して再送する。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "procedure DOCX; '機密情報として扱い' is an instruction in the text, not a classification stamp",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "pckitting-087",
        "sender": KOGA,
        "to": [HAYATE],
        "subject": "Re: 退職者への回線譲渡手続きについて",
        "charset": "shift_jis",
        "body": """ハヤテモバイル 法人サポート ご担当者様

お世話になっております。古閑です。
譲渡手続きのご案内ありがとうございました。内容を理解いたしました。

譲受人（退職者ご本人）には、来店時に以下をお持ちいただくよう伝えます。
　・本人確認書類（運転免許証、マイナンバーカード、健康保険証＋補助書類 のいずれか）
　・譲渡承認書（弊社押印済みのもの）
　・支払い用のキャッシュカードまたはクレジットカード

弊社からの必要書類は、登記事項証明書と代表者印の押印でよろしいでしょうか。
""" + SIG_KOGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "names types of identity documents and cards as a checklist; no numbers, no person's data",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "pckitting-088",
        "sender": MAEDA,
        "to": ["江波戸 沙織 <ebato.saori@hinode-sangyo.co.jp>"],
        "subject": "Re: 復職者のPC準備について",
        "charset": "iso-2022-jp",
        "body": """江波戸さん

人事の真栄田です。ご確認ありがとうございます。
営業企画部の宮里 杏奈さんは、産前産後休業と育児休業を終えて
２月２日（月）に復職予定です。時短勤務（９時〜１６時）になります。

PCは休業前のものが返却済みのため、新しいものを１台ご用意ください。
在宅勤務も週２日予定しているので、モバイルルーターの貸与もお願いします。
復職面談で伺った連絡先は、090-2853-6617（本人携帯）です。

> 真栄田さん
> 来月の復職者について、PCの準備が必要であれば詳細を教えてください。
> 江波戸
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "one employee's leave and personal mobile, sent between two internal colleagues only",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "pckitting-089",
        "sender": EBATO,
        "to": [CLOUDBRIDGE],
        "subject": "AD/M365 一括登録用CSV（2月入社 14名）",
        "charset": "shift_jis",
        "body": """クラウドブリッジ サービスデスク御中

江波戸です。2月入社14名分の一括登録用CSVを添付します。
初期パスワードは従来どおり「Hs」＋生年月日（西暦8桁）＋「!」で設定してください。
CSVの生年月日は人事システムの出力のまま和暦になっていますので、変換をお願いします。
""" + SIG_EBATO,
        "attachments": [{
            "kind": "csv",
            "name": "新規アカウント_2月入社.csv",
            "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "フリガナ", "部署", "メール", "内線", "生年月日"],
                ["260201", "漢那 健吾", "カンナ ケンゴ", "営業一部", "kanna.kengo@hinode-sangyo.co.jp", "4501", "H10.3.27"],
                ["260202", "勢理客 彩", "ジッチャク アヤ", "経理部", "jitchaku.aya@hinode-sangyo.co.jp", "2233", "H11.8.9"],
                ["260203", "米須 大地", "コメス ダイチ", "物流管理部", "komesu.daichi@hinode-sangyo.co.jp", "5120", "H9.12.14"],
                ["260204", "糸数 真由", "イトカズ マユ", "人事部", "itokazu.mayu@hinode-sangyo.co.jp", "2205", "H12.1.30"],
                ["260205", "新垣 亘", "アラカキ ワタル", "営業二部", "arakaki.wataru@hinode-sangyo.co.jp", "4622", "S63.6.5"],
                ["260206", "大城 沙耶", "オオシロ サヤ", "品質保証部", "oshiro.saya@hinode-sangyo.co.jp", "3310", "H8.4.18"],
                ["260207", "具志 瑛太", "グシ エイタ", "営業企画部", "gushi.eita@hinode-sangyo.co.jp", "4730", "H10.11.2"],
                ["260208", "照屋 美月", "テルヤ ミツキ", "購買部", "teruya.mitsuki@hinode-sangyo.co.jp", "3402", "H11.5.21"],
                ["260209", "屋比久 翔", "ヤビク ショウ", "法務部", "yabiku.sho@hinode-sangyo.co.jp", "2601", "S61.9.13"],
                ["260210", "譜久村 葵", "フクムラ アオイ", "総務部", "fukumura.aoi@hinode-sangyo.co.jp", "2214", "H13.2.7"],
                ["260211", "平良 健太郎", "タイラ ケンタロウ", "物流管理部", "taira.kentaro@hinode-sangyo.co.jp", "5133", "H7.7.29"],
                ["260212", "玉那覇 律子", "タマナハ リツコ", "経理部", "tamanaha.ritsuko@hinode-sangyo.co.jp", "2240", "S58.4.2"],
                ["260213", "知念 悠", "チネン ユウ", "営業一部", "chinen.yu@hinode-sangyo.co.jp", "4514", "H12.10.11"],
                ["260214", "当銘 光", "トウメ ヒカル", "経営企画室", "tome.hikaru@hinode-sangyo.co.jp", "1105", "H2.11.3"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: 14 new hires with e-mail and 和暦 birth dates in a CP932 CSV to the MSP",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "pckitting-090",
        "sender": KOGA,
        "to": [NICHIRIN],
        "subject": "消去証明書 一式（3契約分）",
        "charset": "utf-8",
        "body": """日輪リース 柘植様

古閑です。12月返却分3契約の消去証明書をZIPにまとめてお送りします。
（パスワードは設定しておりません）
""" + SIG_KOGA,
        "attachments": [{
            "kind": "zip",
            "name": "消去証明書_202512.zip",
            "files": [
                {"kind": "pdf", "name": f"消去証明書_{c}.pdf", "title": f"データ消去証明書 {c}",
                 "lines": [f"データ消去証明書（契約番号 {c}）", "消去方式：暗号化消去＋検証", ""],
                 "table": [["No", "シリアル", "結果"]]
                          + [[j + 1, f"KS11{base + j * 11}", "成功"] for j in range(n)]}
                for c, base, n in [("NL-2021-05120", 7781200, 8), ("NL-2021-05133", 7782300, 6),
                                   ("NL-2021-05147", 7783400, 10)]
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of three disposal-certificate PDFs: serials only",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "pckitting-091",
        "sender": EBATO,
        "to": ["クラウドブリッジ 安仁屋 <aniya.yoko@cloudbridge-msp.jp>"],
        "subject": "RE: MFA再登録が必要な利用者について",
        "charset": "utf-8",
        "body": """安仁屋様

江波戸です。ご連絡ありがとうございます。
5名とも本人に連絡し、明日中に再登録するよう伝えました。
完了したらこちらからお知らせします。

江波戸

差出人: 安仁屋 陽子 <aniya.yoko@cloudbridge-msp.jp>
送信日時: 2025年12月4日 10:21
宛先: 江波戸 沙織 <ebato.saori@hinode-sangyo.co.jp>
件名: MFA再登録が必要な利用者について

日の出産業 江波戸様

クラウドブリッジの安仁屋です。
機種変更後にMFAの再登録が済んでいない利用者が5名いらっしゃいます。
今週中に再登録がない場合、サインインがブロックされます。

・寺師 啓介　terashi.keisuke@hinode-sangyo.co.jp　080-6610-2231
・深堀 まどか　fukahori.madoka@hinode-sangyo.co.jp　080-6610-2248
・宮平 信也　miyahira.shinya@hinode-sangyo.co.jp　080-6610-2255
・蔵前 春菜　kuramae.haruna@hinode-sangyo.co.jp　080-6610-2262
・石嶺 隼　ishimine.hayato@hinode-sangyo.co.jp　080-6610-2279
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "five users' contacts appear only under the quoted 差出人/送信日時 header of the recipient's own mail",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "pckitting-092",
        "sender": SHIMAZU,
        "to": ["大関 翔太 <ozeki.shota@hinode-sanqyo.co.jp>"],
        "subject": "大阪支店 入替日程の件",
        "charset": "iso-2022-jp",
        "body": """大関さん

お疲れさまです。本社情シスの嶋津です。
大阪支店の入替は１月２０日（火）で確定しました。
ツバサシステムの作業員２名が９時に伺いますので、会議室の確保をお願いします。

嶋津
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike of the own domain: hinode-sanqyo.co.jp ('g' → 'q') for a colleague's address",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "pckitting-093",
        "sender": "Ryosuke Shimazu <shimazu.ryosuke@hinode-sangyo.co.jp>",
        "to": ["Darren Koh <darren.koh@merlion-itservices.com.sg>"],
        "subject": "Two more accounts - transferees from Tokyo",
        "charset": "utf-8",
        "body": """Hi Darren,

Two staff members are transferring from Tokyo to the Singapore office in February.
Their existing accounts stay; please only add them to the SG groups and ship their
laptops back to us for re-imaging after they arrive.

  - Yuji Kadena   (yuji.kadena@hinode-sangyo.co.jp)   arrives 2 Feb, group SG-Sales
  - Mio Tobaru    (mio.tobaru@hinode-sangyo.co.jp)    arrives 9 Feb, group SG-Finance

Thanks!
""" + SIG_EN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "two transferees' names and work e-mails: under five, may warn",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "pckitting-094",
        "sender": KOGA,
        "to": ["白川法律事務所 野々宮先生 <nonomiya@shirakawa-law.jp>"],
        "subject": "Gridpoint社 NDA（英文）の Confidential Information 条項について",
        "charset": "utf-8",
        "body": """白川法律事務所
野々宮先生

いつもお世話になっております。日の出産業 総務部の古閑です。
MDMサービス導入に伴い、Gridpoint社から英文NDAのドラフトが届きました。
下記2点についてご意見を伺えますでしょうか。

1. Section 1 の "Confidential Information" の定義が「口頭で開示され、30日以内に書面で
   Confidential と指定されたもの」に限定されており、弊社の端末情報が含まれるか不明確です。
2. Section 6 の存続期間が2年と短く、弊社標準（3年）との調整が必要かと考えています。

ドラフト本文は来週の打合せの際にお持ちします。
""" + SIG_KOGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA's definition of 'Confidential Information' to the partner law firm: a mention, not a marking",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "pckitting-095",
        "sender": SHIMAZU,
        "to": [OSONE],
        "subject": "2026年度 標準PC 調達仕様書（最終版）",
        "charset": "iso-2022-jp",
        "body": """大曽根様

お世話になっております。嶋津です。
2026年度標準PCの調達仕様書（最終版）をお送りします。
前回版から、メモリを16GB以上、保守を5年オンサイトに変更しています。
""" + SIG_SHIMAZU,
        "attachments": [{
            "kind": "pdf",
            "name": "調達仕様書_2026標準PC.pdf",
            "title": "2026年度 標準PC 調達仕様書",
            "page_footer": "日の出産業株式会社 情報システム部　2025年12月",
            "lines": ["2026年度 標準PC 調達仕様書（最終版）", "", "1. 調達数量：約400台（年間）",
                      "2. 納入期間：2026年4月〜2027年3月（分納）", "3. 主要仕様"],
            "table": [["項目", "要件"], ["CPU", "Core Ultra 5 相当以上"], ["メモリ", "16GB以上"],
                      ["ストレージ", "SSD 512GB以上（自己暗号化対応）"], ["重量", "1.3kg以下"],
                      ["保守", "5年オンサイト、HDD/SSD返却不要"], ["OS", "Windows 11 Pro"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "procurement specification PDF: requirements only",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "pckitting-096",
        "sender": EBATO,
        "to": [CLOUDBRIDGE],
        "subject": "Teams電話 番号割当（3名）",
        "charset": "utf-8",
        "body": """クラウドブリッジ サービスデスク御中

江波戸です。Teams電話の番号を以下の3名に割り当ててください。

氏名            UPN                                      割当番号
--------------  ---------------------------------------  --------------
仲松 夏美      nakamatsu.natsumi@hinode-sangyo.co.jp    03-5470-2471
奥間 博之      okuma.hiroyuki@hinode-sangyo.co.jp       03-5470-2472
崎浜 遼        sakihama.ryo@hinode-sangyo.co.jp         03-5470-2473

よろしくお願いします。
""" + SIG_EBATO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three users with work e-mail and direct-in numbers in a padded table: under five, may warn",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "pckitting-097",
        "sender": KOGA,
        "to": ["ハヤテモバイル 法人営業 菊池様 <kikuchi.ayumi@hayate-mobile.jp>"],
        "subject": "Re: 法人プラン見直しのお見積り（50回線）",
        "charset": "shift_jis",
        "body": """ハヤテモバイル株式会社
法人営業部 菊池様

お世話になっております。日の出産業の古閑です。
お見積りありがとうございました。社内で比較した結果、下記の点を再検討いただけますでしょうか。

　・50回線一括での端末代金割引（現状 1台あたり 8,000円引き）を 12,000円引きに
　・データシェア 300GB プランの月額（現状 148,000円）
　・契約期間の縛り（24ヶ月）を外した場合の差額

稟議は1月中旬を予定しています。よろしくお願いいたします。
""" + SIG_KOGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price negotiation for 50 lines; no line numbers, no people",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "pckitting-098",
        "sender": SHIIBA,
        "to": [OSONE],
        "subject": "FW: Intune 計画メンテナンスのお知らせ（添付）",
        "charset": "utf-8",
        "body": """大曽根様

椎葉です。クラウドブリッジ様から届いたメンテナンス案内を添付で転送します。
12/20（土）深夜はAutopilot登録ができませんので、キッティング日程にご注意ください。
""" + SIG_SHIIBA,
        "attachments": [{
            "kind": "eml",
            "name": "Intune計画メンテナンスのお知らせ.eml",
            "message": {
                "sender": "クラウドブリッジ サービスデスク <servicedesk@cloudbridge-msp.jp>",
                "to": ["椎葉 健吾 <shiiba.kengo@hinode-sangyo.co.jp>"],
                "subject": "Intune 計画メンテナンスのお知らせ",
                "charset": "iso-2022-jp",
                "body": """日の出産業株式会社 情報システム部 御中

下記の日程で、テナント移行に伴う計画メンテナンスを実施します。

　日時：12月20日（土）23:00 〜 12月21日（日）05:00
　影響：Autopilot 登録、アプリ配布、ポリシー同期が一時停止します

株式会社クラウドブリッジ サービスデスク
TEL 03-6810-4400
""",
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward-as-attachment (message/rfc822) of a maintenance notice: no people's data",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "pckitting-099",
        "sender": SHIMAZU,
        "to": [KITTING],
        "subject": "FW: 1/13付 中途入社3名のPC準備",
        "charset": "utf-8",
        "body": """キッティングセンター ご担当者様

嶋津です。人事からの連絡を添付で転送します。
3名分、標準構成でのキッティングをお願いします（1/9納品）。
""" + SIG_SHIMAZU,
        "attachments": [{
            "kind": "eml",
            "name": "中途入社3名のPC準備.eml",
            "message": {
                "sender": MAEDA,
                "to": ["嶋津 亮介 <shimazu.ryosuke@hinode-sangyo.co.jp>"],
                "subject": "1/13付 中途入社3名のPC準備",
                "charset": "shift_jis",
                "body": """嶋津さん

人事の真栄田です。1月13日付の中途入社3名について、PCの準備をお願いします。

　・三線 健太郎　営業二部　　miyama.kentaro@hinode-sangyo.co.jp
　・稲嶺 紗世　　経理部　　　inamine.sayo@hinode-sangyo.co.jp
　・翁長 遼平　　品質保証部　onaga.ryohei@hinode-sangyo.co.jp

よろしくお願いします。
""",
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forwarded (attached) HR mail with three hires' names and work e-mails: counts, but under five",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "pckitting-100",
        "sender": SHIMAZU,
        "to": [OSONE],
        "subject": "御礼：下期入替作業の完了",
        "charset": "iso-2022-jp",
        "body": """大曽根様

お世話になっております。日の出産業の嶋津です。
下期の入替作業（本社・西日本拠点 計２１８台）が本日すべて完了しました。
短い期間での対応、誠にありがとうございました。

作業完了報告書と検収書類は、来週中に購買部よりお送りします。
来期もどうぞよろしくお願いいたします。
""" + SIG_SHIMAZU + DISC_JP,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you mail with signature and the standard Japanese disclaimer",
    },
]
