"""Blind corpus — AREA: chotatsu (調達部・入札).

The procurement department of 日の出産業株式会社: RFQs (見積依頼) and competitive tenders,
bidders' questions and answers, bid results, supplier onboarding (取引先登録申請書 with
法人番号 / インボイス登録番号, sole proprietors and their 個人番号 for 支払調書), contract
drafts and NDAs with the law firm, site visits and their attendee / 入館 / 入構 lists,
purchase orders, deliveries and the hotel and caterer for the supplier briefing.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from build import card_number, my_number

SEED = 47201


def corp(base12: str) -> str:
    """A 13-digit 法人番号 whose leading check digit is valid (invented base)."""
    total = 0
    for n, ch in enumerate(reversed(base12), start=1):
        total += int(ch) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def mn(k: int, sep: str = "") -> str:
    s = my_number(SEED + k)
    return sep.join([s[:4], s[4:8], s[8:]]) if sep else s


def cc(k: int, sep: str = "") -> str:
    s = card_number(SEED + k)
    return sep.join([s[:4], s[4:8], s[8:12], s[12:]]) if sep else s


def fw(s: str) -> str:
    """ASCII digits and hyphens → full width, as some people type them."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


# -- the people of 調達部 and their signatures (as they really paste them) -------------

SIG_SASAKI = """
――――――――――――――――――――――
日の出産業株式会社 調達部 購買一課
佐々木 遼（Ryo Sasaki）
〒105-0013 東京都港区浜松町二丁目8番14号 浜松町日の出ビル7F
TEL：03-5403-7121（直通）　FAX：03-5403-7129
Mail：r.sasaki@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_MIYAUCHI = """
--
日の出産業株式会社
調達部 購買一課　宮内 千尋
TEL 03-5403-7122 / FAX 03-5403-7129
〒105-0013 東京都港区浜松町2-8-14 浜松町日の出ビル7F
https://www.hinode-sangyo.co.jp/"""

SIG_OGAWARA = """
**************************************
日の出産業株式会社 調達部
課長　大河原 健吾
〒105-0013 東京都港区浜松町二丁目8番14号
TEL 03-5403-7120（代表）内線 4102
k.ogawara@hinode-sangyo.co.jp
**************************************"""

SIG_MAKABE = """
------------------------------------------------
日の出産業株式会社　調達部 購買二課（設備・工事）
真壁 里奈　Rina Makabe
TEL: 03-5403-7125　携帯: 080-4471-2093（社用）
r.makabe@hinode-sangyo.co.jp
------------------------------------------------"""

SIG_HASEBE = """
―――
日の出産業(株) 調達部 購買二課
長谷部 直樹
03-5403-7126 / n.hasebe@hinode-sangyo.co.jp"""

SIG_OKONOGI = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
調達部 取引先管理グループ
小此木 さやか（おこのぎ さやか）
〒105-0013 東京都港区浜松町二丁目8番14号 浜松町日の出ビル7F
TEL 03-5403-7130　FAX 03-5403-7129
E-mail s.okonogi@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_ONIZUKA = """
==========================
日の出産業株式会社
調達部 契約管理グループ
鬼塚 光（Hikaru Onizuka）
TEL 03-5403-7133
h.onizuka@hinode-sangyo.co.jp
=========================="""

SIG_TOJO = """
日の出産業株式会社
執行役員 調達部長　東條 修
TEL 03-5403-7120（代表）"""

SIG_SAEKI = """
Best regards,

Emily Saeki（佐伯 エミリー）
Global Sourcing, Procurement Dept.
Hinode Sangyo Co., Ltd.
Hamamatsucho Hinode Bldg. 7F, 2-8-14 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5403-7138
e.saeki@hinode-sangyo.co.jp"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者までご連絡の上、本メールを削除していただきますようお願いいたします。"""

DISC_JA2 = """
【ご注意】このメールは宛先に記載された方のみを対象としています。本メールの内容の全部
または一部を無断で複製・転送することを禁じます。お心当たりのない方は破棄してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES = []

# ---------------------------------------------------------------------------------------
# 001–017
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "chotatsu-001",
        "charset": "iso-2022-jp",
        "sender": "佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>",
        "to": ["植草 拓真 様 <t.uekusa@kawasaki-denki.co.jp>"],
        "subject": "【見積依頼】制御盤用部材（RFQ-2025-0412）",
        "body": """川崎電機株式会社
営業部　植草 様

いつもお世話になっております。
日の出産業の佐々木です。

相模原工場の制御盤更新に伴い、下記部材のお見積りをお願いいたします。

■見積番号：RFQ-2025-0412
■品目
  No  品番            品名                        数量
  --  --------------  --------------------------  ----
   1  KD-MCB-3P30A    配線用遮断器 3P 30A            24
   2  KD-MC-18AC200   電磁接触器 AC200V 18A          16
   3  KD-TB-12S       端子台 12極                    60
   4  KD-PLC-IO32     PLC 入出力ユニット 32点         4
   5  KD-DUCT-4060    配線ダクト 40×60 (2m)          30

■納入場所：日の出産業株式会社 相模原工場 資材受入口
　　　　　　神奈川県相模原市中央区田名塩田三丁目11番1号
■希望納期：10月末
■回答期限：9月12日（金）

単価・納期・メーカー保証期間を明記のうえ、ご回答いただけますと幸いです。
ご不明点がございましたらお気軽にお問い合わせください。

よろしくお願いいたします。
""" + SIG_SASAKI + "\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary RFQ to a partner: product codes, quantities and a factory address; standard disclaimer only",
    },
    {
        "id": "chotatsu-002",
        "charset": "utf-8",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": [
            "東海精機株式会社 営業部 <eigyo@tokai-seiki.co.jp>",
            "大和機工 営業課 <sales@yamato-kiko.co.jp>",
            "植草 拓真 <t.uekusa@kawasaki-denki.co.jp>",
            "北斗電設 受注窓口 <juchu@hokuto-densetsu.co.jp>",
        ],
        "subject": "見積依頼（相見積）：本社ビル空調設備更新工事 RFQ-2025-0420",
        "body": """各位

いつもお世話になっております。
日の出産業株式会社 調達部の宮内でございます。

このたび、本社ビル（浜松町日の出ビル）の空調設備更新工事につきまして、
相見積にてお見積りをお願いしたく、ご連絡いたしました。

仕様書を添付いたしますので、ご確認のうえ 9月26日（金）17時 までに
ご回答くださいますようお願い申し上げます。
現地調査をご希望の場合は、9月16日〜19日の間で調整いたします。

ご多忙のところ恐れ入りますが、何卒よろしくお願いいたします。
""" + SIG_MIYAUCHI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "RFQ-2025-0420_仕様書.pdf",
                "title": "本社ビル空調設備更新工事 仕様書",
                "lines": [
                    "本社ビル空調設備更新工事 仕様書（見積用）",
                    "1. 工事場所　東京都港区浜松町二丁目8番14号 浜松町日の出ビル 5F〜7F",
                    "2. 工事内容　ビル用マルチエアコン室外機 6台・室内機 42台の更新",
                    "3. 工期　　　2026年1月10日〜2026年2月28日（休日工事を含む）",
                    "4. 既設撤去　冷媒回収・フロン排出抑制法に基づく行程管理票の提出",
                    "5. 見積条件　機器費・工事費・諸経費を区分して記載のこと",
                    "6. 提出先　　調達部 購買一課（メール可）",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "reason 4: four competing bidders from four organisations all in To, they see each other (should be Bcc)",
    },
    {
        "id": "chotatsu-003",
        "charset": "iso-2022-jp",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["蛭田 誠 様 <hiruta@aoba-unyu.co.jp>"],
        "subject": "Re: 倉庫移転に伴う現地説明会 参加登録の件",
        "body": """青葉運輸株式会社
輸送営業課　蛭田 様

お世話になっております。日の出産業 真壁です。
現地説明会へのご参加登録、ありがとうございます。

当日は受付で下記のお名前と連絡先を照合いたしますので、
念のため内容に誤りがないかご確認ください。

　・蛭田 誠 様　　（携帯）090-3318-5524
　・杉浦 達也 様　（携帯）080-6702-1947
　・小宮山 梢 様　（携帯）070-2245-8816

集合は 10月2日（木）13:30、川崎市の新倉庫（旧 第二配送センター）正門前です。
安全靴とヘルメットのご持参をお願いいたします。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three attendees with mobile numbers sent back to their own company: 1-4 people, may warn, must go",
    },
    {
        "id": "chotatsu-004",
        "charset": "cp932",
        "sender": "長谷部 直樹 <n.hasebe@hinode-sangyo.co.jp>",
        "to": ["港ビルマネジメント 防災センター <bousai@minato-bm.co.jp>"],
        "subject": "入館申請（7/24 空調現地調査）入館者名簿の送付",
        "body": """港ビルマネジメント株式会社
防災センター ご担当者様

いつもお世話になっております。
日の出産業 調達部の長谷部です。

7月24日（木）に実施する本社ビル空調設備の現地調査につきまして、
入館者名簿を添付いたします。
入札参加予定の業者様が来館されますので、入館証の発行をお願いいたします。

ご不明な点があればご連絡ください。
""" + SIG_HASEBE,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "入館者名簿_0724.xlsx",
                "title": "入館者名簿",
                "sheets": {
                    "入館者": [
                        ["入館者名簿　2025年7月24日（木）9:30〜12:00　浜松町日の出ビル 5F〜7F"],
                        [],
                        ["No", "会社名", "氏名", "フリガナ", "生年月日", "携帯電話"],
                        [1, "東海精機株式会社", "上遠野 健", "カトオノ ケン", "昭和52年3月14日", "090-4127-3358"],
                        [2, "東海精機株式会社", "榎並 亮介", "エナミ リョウスケ", "平成元年11月2日", "080-5531-0264"],
                        [3, "大和機工株式会社", "四方田 聡", "ヨモダ サトシ", "昭和61年6月30日", "090-8864-2071"],
                        [4, "大和機工株式会社", "鳥羽 ゆかり", "トバ ユカリ", "平成5年1月19日", "070-3192-6648"],
                        [5, "北斗電設株式会社", "三ツ木 昌平", "ミツギ ショウヘイ", "昭和49年9月8日", "090-2276-5190"],
                        [6, "北斗電設株式会社", "安孫子 隼", "アビコ ハヤト", "平成8年4月25日", "080-9013-4472"],
                        [7, "川崎電機株式会社", "植草 拓真", "ウエクサ タクマ", "昭和58年12月5日", "090-6648-2039"],
                    ],
                    "車両": [
                        ["会社名", "車種", "登録番号"],
                        ["北斗電設株式会社", "ハイエース", "品川 400 す 55-18"],
                        ["大和機工株式会社", "プロボックス", "横浜 400 ね 30-07"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "reason 1: seven visitors' names, dates of birth and mobiles in an XLSX to the building manager",
    },
    {
        "id": "chotatsu-005",
        "charset": "utf-8",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": ["総務部 受付 <soumu-uketsuke@hinode-sangyo.co.jp>"],
        "cc": ["真壁 里奈 <r.makabe@hinode-sangyo.co.jp>"],
        "subject": "【受付依頼】8/5 入札説明会 来場者一覧（12名）",
        "body": """総務部 受付ご担当 各位

お疲れさまです。調達部の宮内です。
8/5（火）14時〜 7F大会議室で行う入札説明会の来場者一覧です。
受付での来館者カード記入は省略し、こちらの一覧で照合をお願いします。

会社名              氏名          電話            メール
------------------  ------------  --------------  ------------------------------
東海精機            上遠野 健     090-4127-3358   k.katono@tokai-seiki.co.jp
東海精機            榎並 亮介     080-5531-0264   r.enami@tokai-seiki.co.jp
大和機工            四方田 聡     090-8864-2071   yomoda@yamato-kiko.co.jp
大和機工            鳥羽 ゆかり   070-3192-6648   toba@yamato-kiko.co.jp
北斗電設            三ツ木 昌平   090-2276-5190   s.mitsugi@hokuto-densetsu.co.jp
北斗電設            安孫子 隼     080-9013-4472   h.abiko@hokuto-densetsu.co.jp
川崎電機            植草 拓真     090-6648-2039   t.uekusa@kawasaki-denki.co.jp
三光設備工業        甘粕 信也     090-1457-3382   amakasu@sanko-setsubi.co.jp
三光設備工業        古河 真央     080-7719-2605   furukawa@sanko-setsubi.co.jp
富士見建設          砂川 誠二     090-5530-8147   s.sunagawa@fujimi-kensetsu.co.jp
富士見建設          木場 淳二     080-2284-6631   kiba@fujimi-kensetsu.co.jp
旭丘工業            浦辺 早苗     070-6623-0918   urabe@asahigaoka-kogyo.co.jp

人数が多いので、13:45 から受付を開けていただけると助かります。
よろしくお願いします。

宮内（内線 4122）""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "twelve visitors' contacts but every recipient is internal (reception): must go",
    },
    {
        "id": "chotatsu-006",
        "charset": "iso-2022-jp",
        "sender": "小此木 さやか <s.okonogi@hinode-sangyo.co.jp>",
        "to": ["三和経理サービス 支払調書チーム <shiharai@sanwa-keiri.co.jp>"],
        "subject": "支払調書作成用データ（個人事業主 1件追加）",
        "body": """三和経理サービス株式会社
支払調書チーム ご担当者様

いつもお世話になっております。
日の出産業 調達部 取引先管理グループの小此木です。

今期より新たに取引を開始した個人事業主の方について、
報酬、料金、契約金及び賞金の支払調書の作成対象となりますので、
下記のとおりご連絡いたします。

【支払先情報】
　氏名　　　：漆原 雅人（ウルシバラ マサト）
　屋号　　　：漆原デザイン事務所
　住所　　　：埼玉県さいたま市浦和区常盤六丁目14番9号
　個人番号　：""" + mn(1, " ") + """
　支払区分　：デザイン料（カタログ・製品パッケージ）
　支払開始　：2025年6月

本人確認書類（運転免許証の写し）は弊社にて確認・保管済みです。
年末の一括作成時に反映をお願いいたします。
""" + SIG_OKONOGI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "reason 2: a sole proprietor's 個人番号 with name and home address mailed to the outsourced accounting firm",
    },
    {
        "id": "chotatsu-007",
        "charset": "cp932",
        "sender": "小此木 さやか <s.okonogi@hinode-sangyo.co.jp>",
        "to": ["中曽根 美帆 <m.nakasone@hinode-sangyo.co.jp>"],
        "subject": "【個人番号】支払調書対象の個人事業主2名",
        "body": """中曽根さん

お疲れさまです。取引先管理Gの小此木です。
支払調書の対象となる個人事業主2名分の個人番号をお送りします。
（番号確認書類の写しは、調達部キャビネット（施錠）に保管しています）

1) 星野 小夜子（ホシノ サヨコ）　星野工房
　 住所：長野県松本市大手四丁目7番22号
　 個人番号：""" + mn(2) + """

2) 能登 千景（ノト チカゲ）　翻訳・通訳
　 住所：京都府京都市左京区北白川西町53-4 ルミエール北白川302
　 個人番号：""" + mn(3) + """

経理システムへの登録が終わりましたら、このメールは削除をお願いします。

小此木""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "two My Numbers, but sent only to the internal accounting colleague: all recipients internal",
    },
    {
        "id": "chotatsu-008",
        "charset": "utf-8",
        "sender": "佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>",
        "to": ["植草 拓真 様 <t.uekusa@kawasaki-denk.co.jp>"],
        "subject": "注文書送付（PO-25-08817）",
        "body": """川崎電機株式会社
植草 様

お世話になっております。日の出産業の佐々木です。
先日お見積りいただいた制御盤用部材につき、正式に発注いたします。
注文書を添付しますのでご確認のうえ、注文請書のご返送をお願いします。

納期は 10/24（金）相模原工場着でお願いいたします。
""" + SIG_SASAKI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "注文書_PO-25-08817.pdf",
                "title": "注文書 PO-25-08817",
                "lines": ["注 文 書", "注文番号 PO-25-08817　発注日 2025年9月19日",
                          "川崎電機株式会社 御中", "日の出産業株式会社 調達部 購買一課"],
                "table": [
                    ["品番", "品名", "数量", "単価", "金額"],
                    ["KD-MCB-3P30A", "配線用遮断器 3P 30A", "24", "4,850", "116,400"],
                    ["KD-MC-18AC200", "電磁接触器 AC200V 18A", "16", "6,120", "97,920"],
                    ["KD-TB-12S", "端子台 12極", "60", "780", "46,800"],
                    ["KD-PLC-IO32", "PLC 入出力ユニット 32点", "4", "38,500", "154,000"],
                    ["", "", "", "合計（税抜）", "415,120"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "reason 5: kawasaki-denk.co.jp drops a letter of the partner kawasaki-denki.co.jp",
    },
    {
        "id": "chotatsu-009",
        "charset": "iso-2022-jp",
        "sender": "大河原 健吾 <k.ogawara@hinode-sangyo.co.jp>",
        "to": ["広瀬 様 <k.hirose@cost-partners.co.jp>"],
        "subject": "物流センター照明LED化工事 予定価格算定資料のご送付",
        "body": """コストパートナーズ株式会社
広瀬 様

お世話になっております。日の出産業の大河原です。
先日ご相談しました物流センター照明LED化工事につき、
弊社で作成した予定価格調書（たたき台）をお送りします。

積算単価の妥当性について、9月末までにご意見をいただけますでしょうか。
特に高所作業車の損料と夜間作業の割増の設定に自信がありません。

よろしくお願いいたします。
""" + SIG_OGAWARA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "予定価格調書_物流センターLED.xlsx",
                "title": "予定価格調書",
                "page_header": "社外秘",
                "sheets": {
                    "調書": [
                        ["【社外秘】予定価格調書　物流センター照明LED化工事（案件No.2025-K-031）"],
                        ["費目", "数量", "単位", "単価", "金額"],
                        ["LED高天井照明器具 200W", 180, "台", 38200, 6876000],
                        ["既設水銀灯撤去・処分", 180, "台", 4500, 810000],
                        ["高所作業車 損料", 22, "日", 28000, 616000],
                        ["電気工事 労務費", 96, "人工", 31500, 3024000],
                        ["夜間割増", 1, "式", 450000, 450000],
                        ["諸経費", 1, "式", 1180000, 1180000],
                        ["予定価格（税抜）", "", "", "", 12956000],
                    ],
                    "前提条件": [["項目", "内容"], ["作業時間", "平日 20:00〜翌5:00"],
                              ["労務単価", "令和7年度 公共工事設計労務単価 東京"]],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "reason 6: the attached estimate is stamped 社外秘 in its header and title row, sent to an outside consultant",
    },
    {
        "id": "chotatsu-010",
        "charset": "utf-8",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["山際 様 <yamagiwa@tsubasa-system.jp>"],
        "subject": "【提案依頼】調達管理システム更改 提案依頼書一式の送付",
        "body": """株式会社ツバサシステム
山際 様

いつもお世話になっております。日の出産業の真壁です。

調達管理システム更改の提案依頼書（RFP）一式をお送りいたします。
添付ファイルはパスワード付きZIPとなっております。
パスワードは別途メールにてお知らせいたします。

ご提案書の提出期限は 10月31日（金）です。
ご質問は 10月10日（金）までにメールでお寄せください。
""" + SIG_MAKABE + "\n" + DISC_JA2,
        "attachments": [
            {
                "kind": "zip",
                "name": "RFP_調達管理システム更改.zip",
                "password": "Hn#2025rfp0812",
                "files": [
                    {"kind": "docx", "name": "提案依頼書.docx",
                     "paragraphs": ["調達管理システム更改 提案依頼書", "1. 目的", "2. 対象業務", "3. 要件"]},
                    {"kind": "pdf", "name": "評価基準.pdf", "lines": ["提案評価基準", "価格 40点 / 技術 60点"]},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "reason 7: password-protected ZIP (PPAP) to an external vendor cannot be inspected",
    },
    {
        "id": "chotatsu-011",
        "charset": "utf-8",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["山際 様 <yamagiwa@tsubasa-system.jp>"],
        "subject": "【パスワード送付】RFP_調達管理システム更改.zip",
        "body": """株式会社ツバサシステム
山際 様

先ほどお送りした添付ファイルのパスワードをお知らせします。

　パスワード：Hn#2025rfp0812

解凍できない場合はお手数ですがご連絡ください。

日の出産業 真壁""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "password-only follow-up mail, no attachment and no personal data",
    },
    {
        "id": "chotatsu-012",
        "charset": "iso-2022-jp",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
        "subject": "9/3 取引先説明会 会場設営のご相談",
        "body": """さくらホテル
宴会予約係 ご担当者様

いつもお世話になっております。日の出産業の宮内です。
9月3日（水）「桜の間」でお願いしている取引先説明会の件でご相談です。

ご参加予定の北国フーズ株式会社 品質管理部の関 優一郎様が、
下肢に障害をお持ちで車椅子をご利用になるとのご連絡をいただきました。

つきましては、
　・受付から会場までの段差のない動線のご案内
　・会場内の通路幅（車椅子が通れる程度）の確保、前方通路側のお席の確保
　・最寄りの多目的トイレの場所
についてご対応・ご教示いただけますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MIYAUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "reason 3: a named supplier employee's disability (要配慮個人情報) told to the hotel",
    },
    {
        "id": "chotatsu-013",
        "charset": "cp932",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": ["北斗電設株式会社 総務部 <info@hokuto-densetsu.co.jp>"],
        "subject": "【ご案内】2025年度 取引先説明会（9/3 さくらホテル）",
        "body": """北斗電設株式会社
総務部 ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 調達部でございます。

本年度の取引先説明会を下記のとおり開催いたします。

　日時　2025年9月3日（水）14:00〜16:30（受付 13:30〜）
　会場　さくらホテル 2F「桜の間」
　内容　・2026年度 調達方針のご説明
　　　　・グリーン調達ガイドライン改定のポイント
　　　　・取引先ポータル操作説明

ご出欠は 8月22日（金）までに、ポータルの「イベント」メニューからご登録ください。
会場はバリアフリー対応です。車椅子をご利用の方や、手話通訳など
配慮が必要な方がいらっしゃる場合は、登録画面の備考欄でお知らせください。
""" + SIG_MIYAUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "event invitation to one company; mentions wheelchairs only in general, no person named",
    },
    {
        "id": "chotatsu-014",
        "charset": "utf-8",
        "sender": "鬼塚 光 <h.onizuka@hinode-sangyo.co.jp>",
        "to": ["早乙女 先生 <saotome@shirakawa-law.jp>"],
        "subject": "秘密保持契約書（ツバサシステム様向け）ドラフトのご確認依頼",
        "body": """白川法律事務所
弁護士 早乙女 先生

いつも大変お世話になっております。
日の出産業 調達部 契約管理グループの鬼塚です。

調達管理システム更改の提案依頼に先立ち、株式会社ツバサシステム様と
秘密保持契約を締結する予定です。弊社ひな形をベースにしたドラフトを
添付いたしますので、ご確認をお願いできますでしょうか。

特に以下の点についてご意見をいただきたく存じます。
　1. 第2条（秘密情報の定義）で口頭開示情報を含める範囲
　2. 第7条（有効期間）の存続条項を3年とすることの妥当性
　3. 先方から要望のあった、再委託先への開示条項の追加

来週中にご返信いただけますと幸いです。
""" + SIG_ONIZUKA,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書_ツバサシステム_ドラフトv2.docx",
                "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、"
                    "調達管理システム更改に関する検討（以下「本目的」という。）に関し、以下のとおり契約を締結する。",
                    "第1条（目的）本契約は、本目的のために相手方から開示された秘密情報の取扱いを定める。",
                    "第2条（秘密情報の定義）秘密情報とは、書面、電磁的記録又は口頭により開示された技術上・営業上の情報であって、"
                    "開示の際に秘密である旨を明示したものをいう。",
                    "第3条（秘密保持義務）受領者は、秘密情報を善良なる管理者の注意をもって管理し、第三者に開示しない。",
                    "第7条（有効期間）本契約の有効期間は締結日から2年間とする。ただし第3条は終了後3年間存続する。",
                    "以上",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA draft to the company's law firm; 機密/秘密 are the subject matter, not a marking",
    },
    {
        "id": "chotatsu-015",
        "charset": "iso-2022-jp",
        "sender": "鬼塚 光 <h.onizuka@hinode-sangyo.co.jp>",
        "to": ["乙部 様 <otobe@kitaguni-foods.co.jp>"],
        "subject": "売買基本契約書（案）の送付",
        "body": """北国フーズ株式会社
営業部　乙部 様

お世話になっております。日の出産業の鬼塚でございます。

社員食堂向け食材のお取引に関する売買基本契約書の案をお送りいたします。
ご確認のうえ、修正のご要望があれば変更履歴にてご返送ください。

よろしくお願いいたします。
""" + SIG_ONIZUKA,
        "attachments": [
            {
                "kind": "docx",
                "name": "売買基本契約書_北国フーズ_案.docx",
                "title": "売買基本契約書（案）",
                "page_header": "CONFIDENTIAL / 社外秘　ドラフト（2025.09.08）",
                "paragraphs": [
                    "売買基本契約書（案）",
                    "日の出産業株式会社（以下「甲」）と北国フーズ株式会社（以下「乙」）は、"
                    "乙が甲に供給する食材の売買に関し、次のとおり基本契約を締結する。",
                    "第1条（適用範囲）本契約は、甲乙間の個別契約に共通して適用される。",
                    "第5条（検収）甲は納品後3営業日以内に検収を行う。",
                    "第9条（代金の支払）甲は毎月末日締め翌月末日払いとする。",
                    "【社内メモ：第9条の支払サイトは交渉余地あり（60日まで可）】",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "reason 6: the contract draft carries a CONFIDENTIAL / 社外秘 header and goes to the counterparty",
    },
    {
        "id": "chotatsu-016",
        "charset": "iso-2022-jp",
        "sender": "長谷部 直樹 <n.hasebe@hinode-sangyo.co.jp>",
        "to": ["三光設備工業 甘粕 様 <amakasu@sanko-setsubi.co.jp>"],
        "subject": "RE: 入札辞退届の提出について",
        "body": """三光設備工業株式会社
甘粕 様

お世話になっております。日の出産業の長谷部です。
入札辞退届、確かに受領いたしました。
ご丁寧にありがとうございます。

また次回の案件でご参加いただけますと幸いです。
引き続きよろしくお願いいたします。
""" + SIG_HASEBE + """

差出人: 甘粕 信也 <amakasu@sanko-setsubi.co.jp>
送信日時: 2025年8月20日 15:42
宛先: 長谷部 直樹 <n.hasebe@hinode-sangyo.co.jp>
件名: 入札辞退届の提出について

日の出産業株式会社
長谷部様

いつもお世話になっております。三光設備工業の甘粕です。
物流センター照明LED化工事（案件No.2025-K-031）につきまして、
技術者の手配がつかず、誠に勝手ながら辞退させていただきたく存じます。
辞退届をPDFにて添付いたします。原本は郵送いたします。

三光設備工業株式会社 営業部 甘粕 信也
TEL 048-662-3015""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short reply acknowledging a bid withdrawal; quoted Outlook thread with the supplier's own signature",
    },
    {
        "id": "chotatsu-017",
        "charset": "cp932",
        "sender": "小此木 さやか <s.okonogi@hinode-sangyo.co.jp>",
        "to": ["旭丘工業株式会社 経理課 <keiri@asahigaoka-kogyo.co.jp>"],
        "subject": "取引先登録申請書の記載内容確認のお願い",
        "body": """旭丘工業株式会社
経理課 ご担当者様

お世話になっております。
日の出産業株式会社 調達部 取引先管理グループの小此木でございます。

先日は取引先登録申請書をご提出いただき、ありがとうございました。
登録にあたり、以下の2点を確認させてください。

1. 法人番号
　申請書には「""" + corp("040001073312") + """」とご記入いただいておりますが、
　国税庁の法人番号公表サイトで検索した結果と一致しております。問題ございません。

2. 適格請求書発行事業者登録番号
　申請書では「T""" + corp("040001073321") + """」となっておりましたが、
　公表サイトで照会したところ「T""" + corp("040001073312") + """」でございました。
　転記の誤りかと存じますので、正しい番号をご確認いただけますでしょうか。

なお、お振込先口座は申請書記載のとおり登録いたします。
ご確認のほど、よろしくお願い申し上げます。
""" + SIG_OKONOGI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "supplier onboarding check of a company's 法人番号 and T-number: business data only",
    },
]

# ---------------------------------------------------------------------------------------
# 018–034
# ---------------------------------------------------------------------------------------

_MASTER_CORPS = [
    ("S10231", "東海精機株式会社", corp("080001045127"), "静岡県浜松市中央区高丘東四丁目21番3号", "053-437-2210", "機械部品"),
    ("S10232", "大和機工株式会社", corp("020001088354"), "神奈川県横浜市港北区新羽町1780番地", "045-541-7702", "産業機械"),
    ("S10245", "北斗電設株式会社", corp("010001152096"), "東京都大田区大森南二丁目9番14号", "03-3743-8851", "電気工事"),
    ("S10251", "三光設備工業株式会社", corp("030001067731"), "埼玉県さいたま市北区日進町三丁目402番地", "048-662-3015", "空調・衛生設備"),
    ("S10260", "富士見建設株式会社", corp("010001179248"), "東京都江東区新砂一丁目6番35号", "03-5634-1180", "建築工事"),
    ("S10262", "旭丘工業株式会社", corp("040001073312"), "千葉県千葉市花見川区千種町236番地", "043-258-4471", "板金・塗装"),
    ("S10270", "錦印刷株式会社", corp("010001033865"), "東京都新宿区市谷田町二丁目17番地", "03-3268-5120", "印刷"),
    ("S10277", "北国フーズ株式会社", corp("430001024417"), "北海道札幌市東区北十条東七丁目1番8号", "011-742-3306", "食品卸"),
    ("S10281", "青葉運輸株式会社", corp("370001009962"), "宮城県仙台市若林区卸町二丁目5番7号", "022-235-1148", "運送"),
    ("S10290", "川崎電機株式会社", corp("020001033571"), "神奈川県川崎市幸区堀川町580番地", "044-522-6100", "電機"),
]

MESSAGES += [
    {
        "id": "chotatsu-018",
        "charset": "utf-8",
        "sender": "小此木 さやか <s.okonogi@hinode-sangyo.co.jp>",
        "to": ["山際 様 <yamagiwa@tsubasa-system.jp>"],
        "subject": "取引先マスタ移行データ（法人シート 10社分・テスト用）",
        "body": """ツバサシステム
山際様

お世話になっております。日の出産業 小此木です。
新システムの移行リハーサル用に、取引先マスタ（法人）のサンプル10社分を
CSV（Shift_JIS）でお送りします。列の並びは前回の打合せどおりです。

担当者シートは個人の連絡先を含むため、移行本番時に別の手段で
お渡しすることとさせてください。
""" + SIG_OKONOGI,
        "attachments": [
            {
                "kind": "csv",
                "name": "取引先マスタ_法人_sample.csv",
                "encoding": "cp932",
                "rows": [["取引先コード", "法人名", "法人番号", "本店所在地", "代表電話", "業種"]]
                + [list(r) for r in _MASTER_CORPS],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list of ten businesses (法人番号, head office, switchboard) to the system vendor: not people",
    },
    {
        "id": "chotatsu-019",
        "charset": "utf-8",
        "sender": "小此木 さやか <s.okonogi@hinode-sangyo.co.jp>",
        "to": ["山際 様 <yamagiwa@tsubasa-system.jp>"],
        "subject": "取引先マスタ移行データ（担当者シート）",
        "body": """山際様

お世話になっております。小此木です。
移行テストで担当者紐付けの確認が必要とのことでしたので、
担当者シートもお送りします（UTF-8、BOMなし）。

検証が終わりましたら、お手数ですが削除をお願いいたします。
""" + SIG_OKONOGI,
        "attachments": [
            {
                "kind": "csv",
                "name": "取引先マスタ_担当者.csv",
                "encoding": "utf-8",
                "rows": [
                    ["取引先コード", "法人番号", "担当者氏名", "部署", "メール", "携帯"],
                    ["S10231", _MASTER_CORPS[0][2], "上遠野 健", "営業部", "k.katono@tokai-seiki.co.jp", "090-4127-3358"],
                    ["S10232", _MASTER_CORPS[1][2], "四方田 聡", "営業課", "yomoda@yamato-kiko.co.jp", "090-8864-2071"],
                    ["S10245", _MASTER_CORPS[2][2], "三ツ木 昌平", "工事部", "s.mitsugi@hokuto-densetsu.co.jp", "090-2276-5190"],
                    ["S10251", _MASTER_CORPS[3][2], "甘粕 信也", "営業部", "amakasu@sanko-setsubi.co.jp", "090-1457-3382"],
                    ["S10260", _MASTER_CORPS[4][2], "砂川 誠二", "工事部", "s.sunagawa@fujimi-kensetsu.co.jp", "090-5530-8147"],
                    ["S10262", _MASTER_CORPS[5][2], "浦辺 早苗", "経理課", "urabe@asahigaoka-kogyo.co.jp", "070-6623-0918"],
                    ["S10270", _MASTER_CORPS[6][2], "梅津 和臣", "営業部", "umezu@nishiki-insatsu.co.jp", "080-3355-1726"],
                    ["S10277", _MASTER_CORPS[7][2], "乙部 涼子", "営業部", "otobe@kitaguni-foods.co.jp", "090-7718-0452"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reason 1: eight named contact persons with e-mail and mobile in a CSV to an external vendor",
    },
    {
        "id": "chotatsu-020",
        "charset": "utf-8",
        "sender": "Emily Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Hsinchu Precision Sales <sales@hsinchu-precision.com.tw>"],
        "subject": "RFQ HS-2025-131: machined aluminium housings",
        "body": """Dear Sales Team,

I hope this message finds you well.

Hinode Sangyo would like to request a quotation for the following machined parts:

  Item  Part No.        Description                      Qty/yr   Material
  ----  --------------  -------------------------------  -------  ----------
  1     HS-HSG-2207-A   Gearbox housing, anodized        2,400    A6061-T6
  2     HS-HSG-2207-B   Gearbox cover                    2,400    A6061-T6
  3     HS-BRK-0315     Motor bracket                    4,800    A5052

Please quote unit prices for lots of 200 and 600 pcs, CIF Yokohama, and
FOB Keelung as a reference. Tooling costs, lead time for the first article
and your standard payment terms would also be appreciated.

Drawings will be shared through our supplier portal once we receive your
signed NDA. The deadline for the quotation is October 17.
""" + SIG_SAEKI + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English RFQ to a foreign supplier with part numbers; NDA mentioned; standard disclaimer",
    },
    {
        "id": "chotatsu-021",
        "charset": "utf-8",
        "sender": "Emily Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Sakura Hotel Reservations <reservations@sakura-hotel.jp>"],
        "subject": "Reservation: Mr. Chen Wei-Ting, Oct 20-23 (Hinode Sangyo corporate rate)",
        "body": """Dear Reservations Team,

Could you please book a single room (non-smoking) at our corporate rate for
the following guest, who is visiting us for a supplier audit.

  Guest name      : CHEN, Wei-Ting (Mr.)
  Company         : Hsinchu Precision Co., Ltd.
  Nationality     : Taiwan
  Date of birth   : 14 March 1981
  Passport No.    : 312845670
  Check-in / out  : October 20 / October 23 (3 nights)

As he is a foreign resident, we understand you need his passport details for
your guest register, so we are sending them in advance. The room charge should
be billed to Hinode Sangyo (account HS-0031).

Thank you for your help.
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "reason 2: a visitor's passport number (identity document) with date of birth sent to the hotel",
    },
    {
        "id": "chotatsu-022",
        "charset": "iso-2022-jp",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["港ビルマネジメント 防災センター <bousai@minato-bm.co.jp>"],
        "subject": "地下駐車場 一時利用のお願い（9/30）",
        "body": """防災センター ご担当者様

お世話になっております。日の出産業 真壁です。
9月30日（火）に空調工事の事前打合せで業者様が来館されます。
工具を積んだ車両で来られるため、地下駐車場の来客枠を1台分お借りできますでしょうか。

　会社名：富士見建設株式会社
　氏名　：砂川 誠二 様（現場代理人）
　車両　：トヨタ ハイエース（白）品川 300 さ 12-34
　時間　：9:00〜12:00
　連絡先：090-5530-8147

よろしくお願いいたします。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one visitor's name, mobile and car for a parking permit: one person's record, may warn",
    },
    {
        "id": "chotatsu-023",
        "charset": "cp932",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["関東警備保障 相模原工場警備室 <sagamihara@kanto-keibi.co.jp>"],
        "subject": "構内車両入構許可申請（10/6〜10/10 資材搬入）",
        "body": """関東警備保障株式会社
相模原工場警備室 御中

いつもお世話になっております。
日の出産業 調達部 購買二課の真壁です。

10月6日（月）〜10日（金）の制御盤更新工事に伴い、下記のとおり
資材搬入車両の入構許可をお願いいたします。
構内規程により運転者の免許証情報が必要とのことでしたので記載いたします。

　運転者氏名　　：鹿島田 勝也（かしまだ かつや）
　所属　　　　　：北斗電設株式会社
　運転免許証番号：第 ３０１９０４４１８８２６ 号
　免許の種類　　：中型
　有効期限　　　：令和9年6月12日まで
　車両　　　　　：いすゞ エルフ 2t　相模 100 か 47-21

入構証は正門警備室でのお受け取りでお願いいたします。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "reason 2: a driver's 運転免許証番号 sent to the external security company",
    },
    {
        "id": "chotatsu-024",
        "charset": "utf-8",
        "sender": "長谷部 直樹 <n.hasebe@hinode-sangyo.co.jp>",
        "to": ["安全衛生推進室 <anzen@hinode-sangyo.co.jp>"],
        "subject": "FW: 作業員名簿の提出（本社空調更新工事）",
        "body": """安全衛生推進室 御中

お疲れさまです。長谷部です。
富士見建設から作業員名簿（8名）が提出されましたので転送します。
新規入場者教育の準備をお願いします。

-----Original Message-----
From: 砂川 誠二 <s.sunagawa@fujimi-kensetsu.co.jp>
Sent: Tuesday, September 23, 2025 6:12 PM
To: 長谷部 直樹 <n.hasebe@hinode-sangyo.co.jp>
Subject: 作業員名簿の提出（本社空調更新工事）

長谷部様
お世話になっております。富士見建設の砂川です。
作業員名簿を添付いたします。ご確認のほどよろしくお願いいたします。
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "作業員名簿_富士見建設.xlsx",
                "sheets": {
                    "作業員名簿": [
                        ["作業員名簿（本社ビル空調設備更新工事）　事業所名：富士見建設株式会社"],
                        ["No", "氏名", "ふりがな", "生年月日", "年齢", "現住所", "緊急連絡先", "血液型", "雇入時教育"],
                        [1, "砂川 誠二", "すながわ せいじ", "S50.7.21", 50, "東京都江東区東砂四丁目3-18", "03-3649-2271（妻）", "A", "済"],
                        [2, "木場 淳二", "きば じゅんじ", "S46.2.3", 54, "千葉県市川市行徳駅前二丁目5-9", "047-358-6610（妻）", "O", "済"],
                        [3, "宍戸 大輔", "ししど だいすけ", "H2.10.30", 34, "東京都江戸川区西葛西五丁目12-4-503", "090-3376-1482（母）", "B", "済"],
                        [4, "仁平 蓮", "にへい れん", "H12.5.17", 25, "千葉県浦安市猫実二丁目8-15", "080-2219-7734（父）", "A", "済"],
                        [5, "大門 浩之", "だいもん ひろゆき", "S55.12.9", 44, "東京都墨田区立花三丁目22-6", "03-3612-0948（妻）", "AB", "済"],
                        [6, "Nguyen Van Thanh", "グエン ヴァン タン", "1996/08/02", 29, "東京都江東区大島七丁目2-1-1204", "080-4427-9015（本人）", "O", "済"],
                        [7, "保坂 学", "ほさか まなぶ", "S62.4.26", 38, "埼玉県八潮市大曽根1145-3", "048-996-2073（妻）", "A", "済"],
                        [8, "鶴見 光太郎", "つるみ こうたろう", "H7.1.11", 30, "東京都足立区綾瀬六丁目31-2", "090-6654-3308（本人）", "B", "未"],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "eight workers' records (DOB, home address) forwarded only to an internal team: all recipients internal",
    },
    {
        "id": "chotatsu-025",
        "charset": "iso-2022-jp",
        "sender": "長谷部 直樹 <n.hasebe@hinode-sangyo.co.jp>",
        "to": ["砂川 誠二 様 <s.sunagawa@fujimi-kensetsu.co.jp>"],
        "subject": "高所作業の人員配置について（ご相談）",
        "body": """富士見建設株式会社
砂川 様

お世話になっております。日の出産業の長谷部です。

先日ご提出いただいた健康診断結果の写しを弊社の産業医が確認したところ、
木場 淳二さんについて、血圧が収縮期180台で「要精密検査」となっており、
また不整脈の既往があるとのことでした。

安全上、木場さんは屋上の室外機据付（高所作業）からは外していただき、
地上での資材管理等に配置を変更していただけますでしょうか。
代替の作業員を手配いただける場合は、名簿の差し替えをお願いいたします。

ご不便をおかけしますが、よろしくお願いいたします。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "reason 3: a named worker's health-check result and medical history sent to the contractor",
    },
    {
        "id": "chotatsu-026",
        "charset": "cp932",
        "sender": "長谷部 直樹 <n.hasebe@hinode-sangyo.co.jp>",
        "to": ["安全衛生推進室 <anzen@hinode-sangyo.co.jp>"],
        "cc": ["真壁 里奈 <r.makabe@hinode-sangyo.co.jp>"],
        "subject": "【確認依頼】協力会社作業員の健康状態（高所作業可否）",
        "body": """安全衛生推進室 御中

長谷部です。富士見建設の作業員名簿に付いていた健康診断結果で、
気になる方が2名いましたので、産業医の先生に見ていただけますか。

　・木場 淳二さん（54）　血圧 182/104、要精密検査。不整脈の既往あり。
　・保坂 学さん（38）　　空腹時血糖 142、糖尿病で通院中との記載。

高所作業（屋上 室外機据付）の可否を判断いただければ、
こちらから富士見建設に配置の相談をします。

よろしくお願いします。
長谷部""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "two workers' health information, but only to internal safety staff",
    },
    {
        "id": "chotatsu-027",
        "charset": "utf-8",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["三ツ木 昌平 <s.mitsugi@hokuto-densetsu.co.jp>"],
        "cc": [
            "上遠野 健 <k.katono@tokai-seiki.co.jp>",
            "四方田 聡 <yomoda@yamato-kiko.co.jp>",
            "甘粕 信也 <amakasu@sanko-setsubi.co.jp>",
            "砂川 誠二 <s.sunagawa@fujimi-kensetsu.co.jp>",
        ],
        "subject": "【質問回答書】物流センター照明LED化工事（案件No.2025-K-031）",
        "body": """入札参加者 各位

お世話になっております。日の出産業 調達部の真壁です。
8月28日までにいただいたご質問への回答書を送付いたします。
本回答書は入札条件の一部となりますので、必ずご確認ください。

入札書の提出期限（9月12日 17時）に変更はございません。
""" + SIG_MAKABE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "質問回答書_2025-K-031.pdf",
                "lines": [
                    "質問回答書（案件No.2025-K-031 物流センター照明LED化工事）",
                    "Q1. 既設器具の処分費は見積に含めるか。　A1. 含めてください（産廃マニフェスト写し提出）。",
                    "Q2. 夜間作業の開始時刻は。　A2. 20:00以降。倉庫稼働状況により21:00となる日があります。",
                    "Q3. 高所作業車の構内保管は可能か。　A3. 指定の第3駐車場に限り可能です。",
                    "Q4. 照度測定は何点で行うか。　A4. 各エリア9点、計72点とします。",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "reason 4: five competing bidders (five organisations) in To/Cc see each other's addresses",
    },
    {
        "id": "chotatsu-028",
        "charset": "iso-2022-jp",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["真壁 里奈 <r.makabe@hinode-sangyo.co.jp>"],
        "bcc": [
            "s.mitsugi@hokuto-densetsu.co.jp",
            "k.katono@tokai-seiki.co.jp",
            "yomoda@yamato-kiko.co.jp",
            "s.sunagawa@fujimi-kensetsu.co.jp",
        ],
        "subject": "【追加質問回答】物流センター照明LED化工事（案件No.2025-K-031）",
        "body": """入札参加者 各位
（本メールは Bcc にてお送りしております）

お世話になっております。日の出産業 調達部の真壁です。
追加でいただいたご質問1件について回答いたします。

　Q5. 非常用照明の器具も更新対象か。
　A5. 対象外です。既設の非常用照明は移設のみとし、移設費を別途計上してください。

以上、よろしくお願いいたします。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the same bidders, correctly in Bcc with the sender in To: nobody sees the others",
    },
    {
        "id": "chotatsu-029",
        "charset": "utf-8",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": ["植草 拓真 様 <t.uekusa@kawasaki-denki.co.jp>"],
        "cc": ["山際 様 <yamagiwa@tsubasa-system.jp>", "佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>"],
        "subject": "EDI連携（注文データ）三者打合せの日程調整",
        "body": """川崎電機株式会社 植草様
（cc）株式会社ツバサシステム 山際様

お世話になっております。日の出産業の宮内です。

来期から開始予定の注文データEDI連携について、
川崎電機様・ツバサシステム様・弊社の三者でオンライン打合せを
お願いできればと存じます。

候補日（いずれも1時間程度）
　① 10/7（火）10:00〜
　② 10/8（水）15:00〜
　③ 10/10（金）13:00〜

ご都合のよい日を、全員に返信でお知らせいただけますと幸いです。
Teams の招待は日程確定後にお送りします。
""" + SIG_MIYAUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a normal three-way meeting mail: two external organisations in To/Cc",
    },
    {
        "id": "chotatsu-030",
        "charset": "cp932",
        "sender": "佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>",
        "to": ["東海精機株式会社 営業部 <eigyo@tokai-seiki.co.jp>"],
        "subject": "Re: 見積回答フォーマットについて",
        "body": """東海精機株式会社
営業部 ご担当者様

お世話になっております。日の出産業の佐々木です。
失礼いたしました。回答用フォーマットを再度添付いたします。
こちらにご記入のうえご返送ください。

""" + SIG_SASAKI + """

> 日の出産業 佐々木様
> 先日いただいた見積回答フォーマットですが、弊社の環境では
> ファイルが開けませんでした。お手数ですが再送いただけますでしょうか。
> 東海精機 営業部 上遠野""",
        "attachments": [
            {"kind": "corrupt", "name": "見積回答フォーム_RFQ-2025-0420.xlsx"}
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "reason 7: the attached XLSX is corrupt and cannot be read",
    },
    {
        "id": "chotatsu-031",
        "charset": "iso-2022-jp",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": ["蛭田 様 <hiruta@aoba-unyu.jp>"],
        "subject": "輸送お見積りのお願い（横浜→仙台 定期便）",
        "body": """青葉運輸株式会社
蛭田 様

いつもお世話になっております。日の出産業の宮内です。

11月から、横浜物流センターから仙台営業所への定期便（週2回）を
検討しております。下記条件でお見積りをお願いできますでしょうか。

　発地：日の出産業 横浜物流センター（横浜市鶴見区大黒町）
　着地：日の出産業 仙台営業所（仙台市宮城野区扇町）
　荷姿：パレット（1100×1100）8〜12枚／便
　頻度：毎週 火・金
　車両：10t ウイング車

10月10日頃までにご回答いただけますと助かります。
""" + SIG_MIYAUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "reason 5: aoba-unyu.jp drops the co. of the partner domain aoba-unyu.co.jp",
    },
    {
        "id": "chotatsu-032",
        "charset": "utf-8",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["砂川 誠二 様 <s.sunagawa@fujimi-kensetsu.co.jp>"],
        "subject": "Re: 作業員の追加について",
        "body": """砂川様

お世話になっております。真壁です。
承知いたしました。6名分の入館証をビル側に手配いたします。
当日は 8:30 に防災センター前でお受け取りください。

真壁

> 日の出産業 真壁様
>
> お世話になっております。富士見建設の砂川です。
> 10/14〜の工事に、以下の協力業者の作業員が加わります。
> 入館手続きをお願いできますでしょうか。
>
> 氏名          生年月日     携帯
> 笹目 光男     S49.11.30    090-2318-6645
> 蔵前 大樹     H3.6.14      080-1176-3392
> 羽鳥 翔平     H9.2.8       070-4453-0217
> 鬼頭 昌子     S57.9.22     090-8837-1164
> 片桐 隆       S44.4.1      080-6620-5589
> 木暮 悠斗     H11.12.19    090-5102-7743
>
> よろしくお願いいたします。
> 富士見建設株式会社 工事部 砂川 誠二""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person list is only quoted from the recipient's own mail; the new text has no personal data",
    },
    {
        "id": "chotatsu-033",
        "charset": "cp932",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["港ビルマネジメント 防災センター <bousai@minato-bm.co.jp>"],
        "subject": "FW: 作業員の追加について",
        "body": """防災センター ご担当者様

お世話になっております。日の出産業の真壁です。
10/14（火）からの空調工事で、下記のとおり作業員が追加となります。
入館証（6枚）の発行をお願いいたします。

----- Forwarded Message -----
From: 砂川 誠二 <s.sunagawa@fujimi-kensetsu.co.jp>
To: 真壁 里奈 <r.makabe@hinode-sangyo.co.jp>
Date: 2025/10/06 17:25
Subject: 作業員の追加について

日の出産業 真壁様

お世話になっております。富士見建設の砂川です。
10/14〜の工事に、以下の協力業者の作業員が加わります。
入館手続きをお願いできますでしょうか。

氏名          生年月日     携帯
笹目 光男     S49.11.30    090-2318-6645
蔵前 大樹     H3.6.14      080-1176-3392
羽鳥 翔平     H9.2.8       070-4453-0217
鬼頭 昌子     S57.9.22     090-8837-1164
片桐 隆       S44.4.1      080-6620-5589
木暮 悠斗     H11.12.19    090-5102-7743

よろしくお願いいたします。
富士見建設株式会社 工事部 砂川 誠二
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reason 1: a forward passes six workers' DOBs and mobiles to a new external party (forwarded text counts)",
    },
    {
        "id": "chotatsu-034",
        "charset": "iso-2022-jp",
        "sender": "長谷部 直樹 <n.hasebe@hinode-sangyo.co.jp>",
        "to": ["熊谷畳店 熊谷様 <kumagai.tatami@gmail.com>"],
        "subject": "社員寮 和室の畳表替え お見積りのお願い",
        "body": """熊谷畳店
熊谷 様

突然のご連絡失礼いたします。
日の出産業株式会社 調達部の長谷部と申します。
弊社総務部の者から、以前に独身寮の畳の張り替えをお願いしたと聞き、ご連絡いたしました。

今回、千葉県船橋市の社員寮（日の出産業 船橋寮）の和室8部屋について、
畳表の表替えをお願いできないかと考えております。

　・部屋数：8部屋（各6畳、計48枚）
　・畳表：国産い草（中級品）を希望
　・時期：12月中旬（入居者の帰省期間中）

現地を見ていただいたうえでお見積りをいただけますと幸いです。
ご都合のよい日時をお知らせください。
""" + SIG_HASEBE,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "RFQ to a small tradesman on Gmail: one free-mail recipient, ordinary content",
    },
]

# ---------------------------------------------------------------------------------------
# 035–051
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "chotatsu-035",
        "charset": "utf-8",
        "sender": "大河原 健吾 <k.ogawara@hinode-sangyo.co.jp>",
        "to": ["大和機工株式会社 営業課 <sales@yamato-kiko.co.jp>"],
        "subject": "入札結果のお知らせ（案件No.2025-K-027 横浜物流センター搬送コンベヤ更新）",
        "body": """大和機工株式会社
営業課 御中

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 調達部でございます。

先般実施いたしました標記案件の入札結果を、下記のとおりお知らせいたします。

　案件番号　　：2025-K-027
　件名　　　　：横浜物流センター 搬送コンベヤ更新工事
　開札日　　　：2025年9月5日
　入札参加者数：4社
　落札者　　　：大和機工株式会社
　落札金額　　：金 12,430,000 円（税抜）

つきましては、契約手続きのご案内を別途お送りいたします。
今後ともよろしくお願い申し上げます。
""" + SIG_OGAWARA + "\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bid result notice: case number and amount are business numbers, not personal data",
    },
    {
        "id": "chotatsu-036",
        "charset": "cp932",
        "sender": "佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>",
        "to": ["植草 拓真 様 <t.uekusa@kawasaki-denki.co.jp>"],
        "subject": "下期 単価改定内容のご確認",
        "body": """植草様

お世話になっております。佐々木です。
先週の価格交渉の結果を、下期（10月〜3月）の契約単価として
下記のとおり登録する予定です。相違がないかご確認ください。

品番\t品名\t旧単価\t新単価\t改定率
KD-MCB-3P30A\t配線用遮断器 3P 30A\t4,850\t4,990\t+2.9%
KD-MCB-3P50A\t配線用遮断器 3P 50A\t5,620\t5,780\t+2.8%
KD-MC-18AC200\t電磁接触器 AC200V 18A\t6,120\t6,120\t±0
KD-TB-12S\t端子台 12極\t780\t810\t+3.8%
KD-PLC-IO32\tPLC 入出力ユニット 32点\t38,500\t37,900\t-1.6%
KD-RL-24DC\t制御リレー DC24V\t1,240\t1,290\t+4.0%

銅価格連動の品目（KD-MCB系）は、3か月ごとの見直し条件を継続とします。
今週中にご返信いただけますと助かります。
""" + SIG_SASAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a tab-separated price list of products to a partner: no people",
    },
    {
        "id": "chotatsu-037",
        "charset": "utf-8",
        "sender": "東條 修 <o.tojo@hinode-sangyo.co.jp>",
        "to": ["広瀬 様 <k.hirose@cost-partners.co.jp>"],
        "cc": ["大河原 健吾 <k.ogawara@hinode-sangyo.co.jp>"],
        "subject": "2026年度 調達戦略（ドラフト）のご意見伺い",
        "body": """コストパートナーズ株式会社
広瀬 様

いつもありがとうございます。東條です。
来月の経営会議に諮る2026年度の調達戦略のドラフトです。
コスト削減目標の置き方について、率直なご意見をいただければ幸いです。

取り急ぎ。
""" + SIG_TOJO,
        "attachments": [
            {
                "kind": "pptx",
                "name": "2026年度_調達戦略_draft.pptx",
                "title": "2026年度 調達戦略",
                "page_footer": "部外秘　日の出産業株式会社 調達部",
                "slides": [
                    ["2026年度 調達戦略（ドラフト）", "経営会議資料 2025年11月", "調達部"],
                    ["コスト削減目標", "全社購買額 412億円に対し 3.5%（14.4億円）",
                     "電気部材：集中購買で 5%", "物流：共同配送で 4%"],
                    ["サプライヤー集約", "電気部材 11社 → 6社", "川崎電機・北斗電設を戦略パートナーに",
                     "東海精機は2026年度末で取引縮小を検討"],
                    ["リスク", "単一調達品目 38件の複線化", "BCP評価の年次化"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "reason 6: every slide carries a 部外秘 footer and the deck goes to an outside consultant",
    },
    {
        "id": "chotatsu-038",
        "charset": "iso-2022-jp",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": ["乙部 様 <otobe@kitaguni-foods.co.jp>"],
        "subject": "取引先説明会の資料（事前送付）",
        "body": """北国フーズ株式会社
乙部 様

お世話になっております。日の出産業の宮内です。
9/3 の取引先説明会でご説明する資料を、事前にお送りいたします。
当日は印刷物もご用意しておりますので、お持ちいただく必要はございません。

ご質問がありましたら、当日の質疑の時間か、ポータルの問い合わせフォームから
お寄せください。
""" + SIG_MIYAUCHI,
        "attachments": [
            {
                "kind": "pptx",
                "name": "2025_取引先説明会資料.pptx",
                "title": "2025年度 取引先説明会",
                "page_footer": "© 2025 Hinode Sangyo Co., Ltd.",
                "slides": [
                    ["2025年度 取引先説明会", "日の出産業株式会社 調達部", "2025年9月3日"],
                    ["2026年度 調達方針", "品質・コスト・納期に加え、環境・人権への配慮を評価項目に追加",
                     "取引先評価の結果は個社別にフィードバック"],
                    ["グリーン調達ガイドライン改定", "含有化学物質調査を chemSHERPA に統一",
                     "CO2排出量の報告を2026年度から依頼"],
                    ["取引先ポータル", "見積・注文・請求の電子化", "機密保持契約を締結済みの取引先は図面のダウンロードが可能"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "public briefing slides with a copyright footer; 機密保持契約 only mentioned",
    },
    {
        "id": "chotatsu-039",
        "charset": "iso-2022-jp",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 法人営業 南雲様 <houjin@sakura-hotel.jp>"],
        "subject": "取引先説明会 会場費・宿泊費のお支払いについて",
        "body": """さくらホテル 法人営業
南雲 様

お世話になっております。日の出産業の宮内です。
9/3 の取引先説明会の会場費、および講師2名の宿泊費につきまして、
今回は法人カードでのお支払いとさせていただきたく、カード情報をお知らせします。

　カード番号：""" + cc(5, "-") + """
　有効期限　：08/28
　名義　　　：OSAMU TOJO（日の出産業株式会社）

請求書兼領収書は、調達部 宮内宛に郵送いただけますでしょうか。
どうぞよろしくお願いいたします。
""" + SIG_MIYAUCHI,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "reason 2: a full credit card number with its holder's name sent by mail to the hotel",
    },
    {
        "id": "chotatsu-040",
        "charset": "utf-8",
        "sender": "小此木 さやか <s.okonogi@hinode-sangyo.co.jp>",
        "to": ["梅津 和臣 様 <umezu@nishiki-insatsu.co.jp>"],
        "subject": "請求書の記載事項について（9月分）",
        "body": """錦印刷株式会社
営業部 梅津様

お世話になっております。日の出産業 調達部の小此木です。
9月分のご請求書（No.NI-2509-0412）を拝受いたしました。

インボイス制度の要件確認のため、1点だけご確認をお願いいたします。
ご請求書の登録番号が「T""" + _MASTER_CORPS[6][2] + """」と記載されていますが、
取引先登録時にいただいた番号と一致しておりますので、こちらは問題ございません。
一方、税率ごとの消費税額の記載が漏れておりましたので、
再発行をお願いできますでしょうか。

お支払いは従来どおり、ご指定の口座
　みどり銀行 市ヶ谷支店 当座 0034127 ニシキインサツ（カ
へ 10月末日にお振込みいたします。
""" + SIG_OKONOGI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "invoice check with the supplier's T-number and its company bank account: business data",
    },
    {
        "id": "chotatsu-041",
        "charset": "cp932",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": ["中曽根 美帆 <m.nakasone@hinode-sangyo.co.jp>"],
        "subject": "法人カード利用分の照合（9月）",
        "body": """中曽根さん

お疲れさまです。宮内です。
9月の法人カード利用明細のうち、調達部分は以下の3件です。
明細のカード番号が一部マスクされていて照合しづらいとのことでしたので、
番号も書いておきます。

カード：""" + cc(6) + """（東條部長名義）

　9/3　さくらホテル　　　　会場費・宿泊費　　　　　　　 286,450円
　9/11 モノタロウ　　　　　工具消耗品　　　　　　　　　　 18,920円
　9/24 Adobe　　　　　　　Acrobat ライセンス更新　　　　 23,760円

領収書は月曜に経理のトレーに入れておきます。

宮内""",
        "expect": "pass",
        "entities": ["CREDIT_CARD"],
        "detectors": [],
        "note": "a card number, but sent only to the internal accounting colleague",
    },
    {
        "id": "chotatsu-042",
        "charset": "utf-8",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
        "subject": "取引先説明会 登壇者の名札・控室について",
        "html": """<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10.5pt">
<p>さくらホテル 宴会予約係 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の宮内です。<br>
9/3 の取引先説明会で登壇いただく3名の方の名札（卓上・胸章）の作成と、
控室へのご案内をお願いいたします。当日連絡がつかない場合は下記の携帯へお願いします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f5"><th>お名前</th><th>ご所属</th><th>当日連絡先</th><th>到着予定</th></tr>
<tr><td>早乙女 瑞穂</td><td>白川法律事務所 弁護士</td><td>090-7426-3381</td><td>13:00</td></tr>
<tr><td>廣瀬 国彦</td><td>コストパートナーズ株式会社</td><td>080-5524-1179</td><td>12:30</td></tr>
<tr><td>杉森 達郎</td><td>東都工業大学 教授</td><td>090-3108-6642</td><td>13:15</td></tr>
</table>
<p>控室には飲み物（お茶・水）を3名分ご用意いただけますと幸いです。</p>
<p>--<br>日の出産業株式会社 調達部 購買一課　宮内 千尋<br>TEL 03-5403-7122</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with three speakers' mobiles in a table: 1-4 people, may warn",
    },
    {
        "id": "chotatsu-043",
        "charset": "iso-2022-jp",
        "sender": "取引先ポータル事務局（日の出産業 調達部） <portal-admin@hinode-sangyo.co.jp>",
        "to": ["旭丘工業株式会社 営業部 <eigyo@asahigaoka-kogyo.co.jp>"],
        "subject": "【取引先ポータル】システムメンテナンスのお知らせ（10/18）",
        "html": """<html><body>
<p>旭丘工業株式会社<br>ご担当者様</p>
<p>平素より日の出産業 取引先ポータルをご利用いただき、誠にありがとうございます。<br>
下記の日程でシステムメンテナンスを実施いたします。期間中はポータルをご利用いただけません。</p>
<table border="1" cellpadding="3">
<tr><th>日時</th><td>2025年10月18日（土）22:00 〜 10月19日（日）6:00</td></tr>
<tr><th>対象</th><td>見積回答・注文請書・請求書アップロードの全機能</td></tr>
<tr><th>影響</th><td>期間中に期限を迎える見積回答は、10月20日（月）正午まで延長いたします</td></tr>
</table>
<p>ご不便をおかけいたしますが、ご理解のほどよろしくお願い申し上げます。</p>
<p>日の出産業株式会社 調達部 取引先ポータル事務局<br>
TEL 03-5403-7130（平日 9:00〜17:30）</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only maintenance notice to one supplier: nothing personal",
    },
    {
        "id": "chotatsu-044",
        "charset": "utf-8",
        "sender": "佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>",
        "to": ["蛭田 誠 様 <hiruta@aoba-unyu.co.jp>"],
        "subject": "カタログ配送 納品先一覧（8拠点）",
        "body": """青葉運輸株式会社
蛭田様

お世話になっております。日の出産業の佐々木です。
錦印刷様から出荷される新製品カタログの配送先一覧です。
各拠点とも平日 9時〜17時の受付となります。

拠点名            住所                                      代表電話        部数
----------------  ----------------------------------------  --------------  ----
本社              東京都港区浜松町2-8-14 浜松町日の出ビル7F  03-5403-7120    400
札幌営業所        北海道札幌市中央区北三条西4-1-1            011-231-5570    120
仙台営業所        宮城県仙台市宮城野区扇町5-6-22            022-236-4481    150
名古屋支店        愛知県名古屋市中村区名駅南2-11-43         052-561-3360    300
大阪支店          大阪府大阪市淀川区西中島6-2-3              06-6305-2218    350
広島営業所        広島県広島市南区京橋町1-7                  082-264-0915    100
福岡営業所        福岡県福岡市博多区博多駅東3-12-24         092-474-6631    180
相模原工場        神奈川県相模原市中央区田名塩田3-11-1      042-778-2201     60

出荷日は 10/16（木）の予定です。よろしくお願いいたします。
""" + SIG_SASAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's own branches with office addresses and switchboards: businesses, not people",
    },
    {
        "id": "chotatsu-045",
        "charset": "cp932",
        "sender": "佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>",
        "to": ["蛭田 誠 様 <hiruta@aoba-unyu.co.jp>"],
        "subject": "在宅勤務者向け PC 配送のお願い（6名分）",
        "body": """蛭田様

お世話になっております。佐々木です。
情報システム部から依頼のあった、在宅勤務者へのノートPC配送の件です。
配送先リストを添付しますので、集荷の手配をお願いいたします。

・集荷：10/20（月）午後　本社 7F 調達部
・配達：時間指定ありの方はリストの備考欄をご参照ください
・精密機器のため、取扱注意シールの貼付をお願いします

よろしくお願いいたします。
""" + SIG_SASAKI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "PC配送先リスト_1020.xlsx",
                "sheets": {
                    "配送先": [
                        ["在宅勤務者 PC配送先（情報システム部依頼 2025-10）"],
                        ["No", "氏名", "郵便番号", "住所", "電話", "資産番号", "備考"],
                        [1, "雨宮 孝之", "186-0002", "東京都国立市東二丁目19-7", "090-6127-4483", "PC-25-0311", "午前指定"],
                        [2, "越智 真由美", "252-0303", "神奈川県相模原市南区相模大野五丁目8-2-1106", "080-2294-5570", "PC-25-0312", ""],
                        [3, "小田桐 勇", "270-0034", "千葉県松戸市新松戸三丁目144", "047-345-8827", "PC-25-0313", "18-20時"],
                        [4, "鷲見 恵理子", "330-0071", "埼玉県さいたま市浦和区上木崎一丁目6-13", "090-1835-2264", "PC-25-0314", ""],
                        [5, "巽 昌樹", "206-0033", "東京都多摩市落合二丁目33-4-207", "070-5516-9018", "PC-25-0315", "不在時は宅配ボックス"],
                        [6, "陶山 結衣", "231-0868", "神奈川県横浜市中区石川町四丁目155", "080-4471-6632", "PC-25-0316", ""],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reason 1: six employees' home addresses and phones in an XLSX to the carrier",
    },
    {
        "id": "chotatsu-046",
        "charset": "iso-2022-jp",
        "sender": "佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>",
        "to": ["蛭田 誠 様 <hiruta@aoba-unyu.co.jp>"],
        "subject": "追加配送のお願い（在宅勤務者 PC 4名分）",
        "body": """蛭田様

たびたび失礼いたします。佐々木です。
先日の配送に加え、追加で4名分の配送をお願いいたします。
集荷は 10/27（月）午後、前回と同じく本社7Fでお願いします。

【1】
　氏名：芦田 恭平
　〒182-0024 東京都調布市布田四丁目22-9
　TEL：０９０－３３７２－１１８４

【2】
　氏名：矢萩 紗希
　〒223-0061 神奈川県横浜市港北区日吉二丁目3-17 日吉ハイツ201
　TEL：０８０－６６１５－０３２９

【3】
　氏名：根津 敏郎
　〒276-0046 千葉県八千代市大和田新田512-8
　TEL：０４７－４５９－７７２６

【4】
　氏名：猪瀬 あかね
　〒335-0004 埼玉県蕨市中央五丁目1-30-904
　TEL：０７０－２２０８－５５４１

よろしくお願いいたします。
""" + SIG_SASAKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four employees' home addresses (full-width phones) to the carrier: under five people, may warn",
    },
    {
        "id": "chotatsu-047",
        "charset": "utf-8",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": ["植草 拓真 様 <t.uekusa@kawasaki-denki.co.jp>", "川崎電機 営業三課 <sales3@kawasaki-denki.co.jp>"],
        "cc": ["溝呂木 様 <mizorogi@kawasaki-denki.co.jp>"],
        "subject": "PO-25-08817 一部納期前倒しのご相談",
        "body": """川崎電機株式会社
植草様、営業三課 ご担当者様
（cc：生産管理 溝呂木様）

お世話になっております。日の出産業の宮内です。

PO-25-08817 のうち、KD-PLC-IO32（4台）のみ、
10/24 から 10/14 への前倒しが可能かご相談させてください。
相模原工場の立上げ試験が前倒しになったためです。

難しい場合は、2台だけでも先行納入いただけると助かります。
ご検討のほどよろしくお願いいたします。
""" + SIG_MIYAUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "three addresses, but all of one partner organisation: one external party",
    },
    {
        "id": "chotatsu-048",
        "charset": "cp932",
        "sender": "大河原 健吾 <k.ogawara@hinode-sangyo.co.jp>",
        "to": ["梅津 和臣 様 <umezu@nishiki-insatsu.co.jp>"],
        "cc": ["植草 拓真 様 <t.uekusa@kawasaki-denki.co.jp>", "佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>"],
        "subject": "製品銘板ラベルの仕様統一について（打合せのお願い）",
        "body": """錦印刷株式会社 梅津様
川崎電機株式会社 植草様

お世話になっております。日の出産業の大河原です。

制御盤に貼付する銘板ラベルについて、現在は川崎電機様の盤と
錦印刷様に印刷をお願いしている弊社ラベルとで仕様が分かれており、
現場での貼り間違いが発生しております。

つきましては、三社で仕様を統一するための打合せをお願いできないでしょうか。
10月中旬に弊社本社で1時間程度を想定しております。
候補日を別途お送りします。
""" + SIG_OGAWARA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To/Cc for a meeting: normal three-way mail",
    },
    {
        "id": "chotatsu-049",
        "charset": "iso-2022-jp",
        "sender": "長谷部 直樹 <n.hasebe@hinode-sangyo.co.jp>",
        "to": [
            "熊谷畳店 <kumagai.tatami@gmail.com>",
            "墨田工務店 墨田様 <sumida-kouji@yahoo.co.jp>",
            "中込 様 <k-nakagomi@docomo.ne.jp>",
        ],
        "subject": "船橋寮 補修工事 お見積りのお願い",
        "body": """各位

お世話になっております。日の出産業 調達部の長谷部です。

先日現地をご覧いただいた船橋寮の補修工事につきまして、
下記のとおりお見積りをお願いいたします。

　・和室8部屋 畳表替え（熊谷様）
　・共用廊下 床シート張替え 約40㎡（墨田様）
　・浴室 換気扇交換 4台（中込様）

締切は 11/7（金）です。
工期の調整が必要なため、ほかの業者様との日程の重なりもご確認ください。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "reason 4: three private tradesmen on free mail (three parties) see each other in To",
    },
    {
        "id": "chotatsu-050",
        "charset": "utf-8",
        "sender": "鬼塚 光 <h.onizuka@hinode-sangyo.co.jp>",
        "to": ["早乙女 先生 <saotome@shirakawa-law.jp>"],
        "subject": "大和機工様 工事請負契約書（先方修正版）のご確認",
        "body": """白川法律事務所
早乙女先生

お世話になっております。鬼塚です。
大和機工様から、搬送コンベヤ更新工事の請負契約書について
修正版が届きました。先方がPDFにパスワードを設定して送ってきたため、
そのままお送りいたします。パスワードは別途お電話でお伝えします。

主な修正は、第14条（契約不適合責任）の期間短縮と、
第18条（遅延損害金）の上限設定です。
ご多忙のところ恐縮ですが、ご確認をお願いいたします。
""" + SIG_ONIZUKA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "工事請負契約書_大和機工修正版.pdf",
                "password": "ymt0919",
                "lines": ["工事請負契約書", "第14条（契約不適合責任）引渡しから1年以内", "第18条（遅延損害金）上限は請負代金の10%"],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "reason 7: password-protected PDF sent to an external law firm cannot be inspected",
    },
    {
        "id": "chotatsu-051",
        "charset": "cp932",
        "sender": "佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>",
        "to": ["梅津 和臣 様 <umezu@nishiki-insatsu.co.jp>"],
        "subject": "注文書（総合カタログ 2026年版 印刷）",
        "body": """錦印刷株式会社
梅津様

お世話になっております。佐々木です。
総合カタログ2026年版の印刷につき、注文書をお送りします。
校了データは 10/3 にポータルへアップロード済みです。

ご確認のうえ、注文請書をポータル経由でご返送ください。
""" + SIG_SASAKI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "注文書_PO-25-09102.pdf",
                "lines": ["注文書 PO-25-09102", "錦印刷株式会社 御中", "納期：2025年10月15日　納入先：別紙 納品先一覧（8拠点）"],
                "table": [
                    ["品名", "仕様", "数量", "単価", "金額"],
                    ["総合カタログ2026", "A4 / 128P / 無線綴じ / 4C", "1,660部", "612", "1,015,920"],
                    ["分納・配送手数料", "8拠点", "1式", "48,000", "48,000"],
                    ["", "", "", "合計（税抜）", "1,063,920"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "purchase order PDF to a partner printer: amounts and product specs only",
    },
]

# ---------------------------------------------------------------------------------------
# 052–068
# ---------------------------------------------------------------------------------------

_DELAY_MAIL = {
    "charset": "iso-2022-jp",
    "sender": "上遠野 健 <k.katono@tokai-seiki.co.jp>",
    "to": ["鬼塚 光 <h.onizuka@hinode-sangyo.co.jp>"],
    "cc": ["佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>"],
    "subject": "ギアボックス部品 納期遅延のお詫びとご相談",
    "body": """日の出産業株式会社
鬼塚様、佐々木様

いつも大変お世話になっております。東海精機の上遠野です。

PO-25-07735 のギアボックスハウジング（HS-HSG-2207-A）600個につきまして、
弊社協力工場での熱処理炉の故障により、納期が約3週間遅れる見込みとなりました。
誠に申し訳ございません。

つきましては、
　1. 200個を当初納期（10/10）に分納
　2. 残り400個を 10/31 に納入
とさせていただけないでしょうか。
なお、遅延に伴う貴社の追加費用については、発注書の条件に沿って協議させてください。

東海精機株式会社 営業部 上遠野 健
〒431-2103 静岡県浜松市北区新都田一丁目8番2号
TEL 053-428-1150 / 携帯 090-4127-3358""",
}

_HANSHA_REPORT = {
    "charset": "utf-8",
    "sender": "リスクリサーチ 調査第二部 <chosa2@risk-research.co.jp>",
    "to": ["小此木 さやか <s.okonogi@hinode-sangyo.co.jp>"],
    "subject": "【調査結果】取引先候補 反社会的勢力等チェック（受付No.RR-25-4471）",
    "body": """日の出産業株式会社
調達部 小此木様

お世話になっております。リスクリサーチの調査第二部です。
ご依頼いただいた取引先候補1社の調査結果をご報告いたします。

対象：株式会社グランツ物流（東京都足立区）
　代表取締役　桐生 隆之（昭和45年生）

結果：
・反社会的勢力データベースとの照合：該当なし
・報道記事検索：該当1件
　2019年3月、同氏が前職の運送会社役員在任中に、業務上横領の容疑で
　警視庁に逮捕されたとの報道（全国紙地域版）。
　2020年1月、東京地裁で懲役2年・執行猶予3年の有罪判決との続報あり。
・商業登記：2021年に現法人を設立、同氏が代表に就任。

総合所見：取引開始には慎重な判断を要するものと思料します。

株式会社リスクリサーチ 調査第二部""",
}

MESSAGES += [
    {
        "id": "chotatsu-052",
        "charset": "utf-8",
        "sender": "大河原 健吾 <k.ogawara@hinode-sangyo.co.jp>",
        "to": ["植草 拓真 様 <t.uekusa@kawasaki-denki.co.jp>"],
        "subject": "相模原工場 第2ライン制御盤 図面・仕様書一式",
        "body": """植草様

お世話になっております。大河原です。
第2ライン制御盤の見積用に、図面と仕様書一式をZIPにまとめてお送りします。
（秘密保持契約の対象資料です。社内での検討用途に限ってご利用ください）

ZIP内訳：
　- 盤外形図_L2-CP01.pdf
　- 単線結線図_L2-CP01.pdf
　- 制御盤仕様書_L2.docx

お見積りは 11月14日（金）までにお願いいたします。
""" + SIG_OGAWARA,
        "attachments": [
            {
                "kind": "zip",
                "name": "L2制御盤_見積資料一式.zip",
                "files": [
                    {"kind": "pdf", "name": "盤外形図_L2-CP01.pdf",
                     "lines": ["盤外形図 L2-CP01", "W1200 × H2100 × D600　自立型　SS400 t2.3", "塗装色 マンセル 5Y7/1"]},
                    {"kind": "pdf", "name": "単線結線図_L2-CP01.pdf",
                     "lines": ["単線結線図 L2-CP01", "受電 AC200V 3φ3W 60Hz", "主幹 MCCB 3P 225AF/175AT"]},
                    {"kind": "docx", "name": "制御盤仕様書_L2.docx",
                     "paragraphs": ["相模原工場 第2ライン 制御盤仕様書", "1. 適用規格 JIS C 8480 / JEM 1459",
                                    "2. 使用部材 川崎電機製を標準とする", "3. 試験 工場立会試験を実施する"],
                     "tables": [[["項目", "仕様"], ["制御電源", "DC24V"], ["PLC", "KD-PLC シリーズ"]]]},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain ZIP of drawings and specs to a partner; NDA mentioned in passing, no marking on the documents",
    },
    {
        "id": "chotatsu-053",
        "charset": "iso-2022-jp",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["新砂物流センター 管理事務所 <kanri@shinsuna-butsuryu.co.jp>"],
        "subject": "照明LED化工事 入構申請書類の提出",
        "body": """新砂物流センター 管理事務所
ご担当者様

お世話になっております。日の出産業の真壁です。
11月から実施する照明LED化工事につき、入構申請書類一式を提出いたします。
施工業者（大和機工株式会社）の技術者名簿と工程表をZIPにまとめております。

ご確認のうえ、入構許可証の発行をお願いいたします。
""" + SIG_MAKABE,
        "attachments": [
            {
                "kind": "zip",
                "name": "入構申請_2025-K-031.zip",
                "files": [
                    {"kind": "xlsx", "name": "技術者名簿.xlsx",
                     "sheets": {"技術者": [
                         ["技術者名簿　施工：大和機工株式会社"],
                         ["氏名", "生年月日", "役割", "保有資格", "資格番号"],
                         ["四方田 聡", "1986/06/30", "現場代理人", "1級電気工事施工管理技士", "第1E-0724518号"],
                         ["鳥羽 ゆかり", "1993/01/19", "安全管理", "第一種電気工事士", "東京 第28713号"],
                         ["諫早 健太", "1979/08/15", "職長", "高所作業車運転技能講習", "KT-15-33902"],
                         ["樫村 仁", "1990/03/03", "作業員", "第二種電気工事士", "神奈川 第61247号"],
                         ["土師 航", "1998/10/27", "作業員", "第二種電気工事士", "千葉 第44019号"],
                         ["小柴 祐介", "1984/05/09", "作業員", "玉掛け技能講習", "TM-09-11873"],
                     ]}},
                    {"kind": "pdf", "name": "工程表.pdf",
                     "lines": ["工程表 2025-K-031", "11/4〜11/8 準備・仮設", "11/10〜12/19 器具交換（夜間）", "12/22 照度測定・引渡し"]},
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "reason 1: six engineers' dates of birth and licence numbers in an XLSX inside a ZIP, to an external site office",
    },
    {
        "id": "chotatsu-054",
        "charset": "utf-8",
        "sender": "鬼塚 光 <h.onizuka@hinode-sangyo.co.jp>",
        "to": ["早乙女 先生 <saotome@shirakawa-law.jp>"],
        "subject": "東海精機様 納期遅延に関するご相談",
        "body": """早乙女先生

いつもお世話になっております。鬼塚です。
東海精機様から、ギアボックス部品の納期遅延と分納の申し入れがありました。
先方のメールをそのまま添付いたします。

弊社としては、遅延に伴う出荷調整の費用（概算 180万円）を請求したいと
考えておりますが、基本契約第12条の「不可抗力」に協力工場の設備故障が
含まれるかどうか、ご見解をいただけますでしょうか。
""" + SIG_ONIZUKA,
        "attachments": [
            {"kind": "eml", "name": "納期遅延のお詫びとご相談.eml", "message": _DELAY_MAIL}
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "attached supplier mail with only a business contact's signature, sent to the company's law firm",
    },
    {
        "id": "chotatsu-055",
        "charset": "cp932",
        "sender": "小此木 さやか <s.okonogi@hinode-sangyo.co.jp>",
        "to": ["早乙女 先生 <saotome@shirakawa-law.jp>"],
        "subject": "新規取引先候補の反社チェック結果について（ご相談）",
        "body": """白川法律事務所
早乙女先生

お世話になっております。日の出産業 取引先管理グループの小此木です。

倉庫内作業の委託先候補として検討している株式会社グランツ物流について、
調査会社から添付のとおり報告がありました。
代表者の過去の刑事事件について、取引開始の可否判断にあたって
どのように考慮すべきか、ご助言をいただけますでしょうか。

お忙しいところ恐れ入りますが、よろしくお願いいたします。
""" + SIG_OKONOGI,
        "attachments": [
            {"kind": "eml", "name": "調査結果_RR-25-4471.eml", "message": _HANSHA_REPORT}
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "reason 3: attached report names a person with an arrest and criminal conviction, sent outside",
    },
    {
        "id": "chotatsu-056",
        "charset": "utf-8",
        "sender": "大河原 健吾 <k.ogawara@hinode-sangyo.co.jp>",
        "to": ["東條 修 <o.tojo@hinode-sangyo.co.jp>"],
        "cc": ["佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>", "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>"],
        "subject": "2025年度 取引先評価 集計結果（上期）",
        "body": """東條部長

お疲れさまです。大河原です。
上期の取引先評価の集計が終わりましたので共有します。
C評価の2社（東海精機・旭丘工業）は、下期に改善計画の提出を求める予定です。

詳細は添付をご確認ください。
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "取引先評価_2025上期.xlsx",
                "sheets": {
                    "総合": [
                        ["2025年度上期 取引先評価（100点満点）"],
                        ["取引先", "品質", "コスト", "納期", "対応", "合計", "評価"],
                        ["川崎電機", 28, 22, 24, 18, 92, "A"],
                        ["北斗電設", 26, 21, 22, 17, 86, "A"],
                        ["大和機工", 24, 20, 20, 16, 80, "B"],
                        ["錦印刷", 25, 18, 21, 15, 79, "B"],
                        ["東海精機", 22, 19, 12, 13, 66, "C"],
                        ["旭丘工業", 19, 20, 16, 12, 67, "C"],
                    ],
                    "納期遅延件数": [["取引先", "4月", "5月", "6月", "7月", "8月", "9月"],
                                ["東海精機", 0, 1, 0, 2, 1, 3], ["旭丘工業", 1, 0, 1, 0, 1, 1]],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal supplier scorecard: companies only, internal recipients",
    },
    {
        "id": "chotatsu-057",
        "charset": "iso-2022-jp",
        "sender": "小此木 さやか <s.okonogi@hinode-sangyo.co.jp>",
        "to": ["植草 拓真 様 <t.uekusa@kawasaki-denki.co.jp>"],
        "subject": "2025年度上期 取引先評価結果のご報告",
        "body": """川崎電機株式会社
営業部 植草様

平素より大変お世話になっております。
日の出産業 調達部 取引先管理グループの小此木です。

2025年度上期の取引先評価結果がまとまりましたので、
貴社分の評価シートをお送りいたします。
品質・納期ともに高く評価させていただいております。

今後ともよろしくお願い申し上げます。
""" + SIG_OKONOGI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "取引先評価シート_川崎電機_2025上期.pdf",
                "lines": [
                    "取引先評価シート（2025年度上期）",
                    "取引先名：川崎電機株式会社　法人番号：" + _MASTER_CORPS[9][2],
                    "取引先コード：S10290",
                    "総合評価：A（92点）",
                ],
                "table": [["評価項目", "配点", "得点", "コメント"],
                          ["品質", "30", "28", "受入検査不良 0件"],
                          ["コスト", "25", "22", "単価改定への協力"],
                          ["納期", "25", "24", "納期遵守率 99.2%"],
                          ["対応", "20", "18", "技術問合せへの回答が迅速"]],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "the partner's own evaluation sheet with its 法人番号: business data only",
    },
    {
        "id": "chotatsu-058",
        "charset": "utf-8",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["山際 様 <yamagiwa@tsubasa-systern.jp>"],
        "subject": "提案書 提出期限延長のお知らせ",
        "body": """株式会社ツバサシステム
山際様

お世話になっております。日の出産業の真壁です。

調達管理システム更改のご提案書につき、社内の要件追加に伴い、
提出期限を 10月31日（金）から 11月14日（金）に延長いたします。

追加要件（電子帳簿保存法対応の詳細）は、今週中に別途お送りします。
ご迷惑をおかけしますが、よろしくお願いいたします。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "reason 5: tsubasa-systern.jp imitates the partner tsubasa-system.jp (rn for m)",
    },
    {
        "id": "chotatsu-059",
        "charset": "cp932",
        "sender": "東條 修 <o.tojo@hinode-sangyo.co.jp>",
        "to": ["大河原 健吾 <k.ogawara@hinode-sagnyo.co.jp>"],
        "cc": ["宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>"],
        "subject": "来週の部内会議 アジェンダ",
        "body": """大河原さん

東條です。来週水曜の部内会議のアジェンダです。
宮内さん、会議室の予約をお願いします。

1. 上期取引先評価の結果と下期の改善要請先
2. 調達管理システム更改 RFP の進捗
3. 物流センター照明LED化工事 入札結果
4. 年末年始の発注締め日程

資料は前日までに共有フォルダへ。
東條""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "reason 5: hinode-sagnyo.co.jp swaps two letters of the company's own domain (meant to be internal)",
    },
    {
        "id": "chotatsu-060",
        "charset": "utf-8",
        "sender": "Emily Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Brightline Legal <legal@brightline-components.com>"],
        "subject": "Mutual NDA – Hinode Sangyo / Brightline Components",
        "body": """Dear Ms. Alvarez,

Thank you for your call yesterday.

As discussed, before we can share drawings for the sensor bracket RFQ, we need
a mutual non-disclosure agreement in place. Our standard template is governed
by Japanese law with the Tokyo District Court as the venue; I understand your
side would prefer New York law. Our legal team has agreed to propose
arbitration under the ICC rules in Singapore as a compromise.

Could you let me know whether this would be acceptable, and who will sign on
your side? Once we agree, I will send the execution version via DocuSign.
""" + SIG_SAEKI + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail about an NDA with the standard disclaimer: no marking, no personal data",
    },
    {
        "id": "chotatsu-061",
        "charset": "utf-8",
        "sender": "Emily Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Jonas Müller <j.mueller@krause-antriebe.de>"],
        "subject": "CONFIDENTIAL: target cost breakdown – RFQ HS-2025-118",
        "body": """Classification: CONFIDENTIAL – Hinode Sangyo Co., Ltd.

Dear Jonas,

Following our meeting in Stuttgart, please find below our target cost
breakdown for the planetary gear unit (RFQ HS-2025-118). This is what we
need to reach to replace our current supplier.

  Cost element          Current (JPY)   Target (JPY)
  --------------------  --------------  ------------
  Material              18,400          16,900
  Machining             9,250           8,100
  Heat treatment        2,100           1,900
  Assembly & test       4,800           4,300
  Logistics (CIF)       1,950           1,700
  Total                 36,500          32,900

We would appreciate your revised offer by November 7.
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "reason 6: the mail itself is classified CONFIDENTIAL in subject and first line, sent abroad",
    },
    {
        "id": "chotatsu-062",
        "charset": "utf-8",
        "sender": "Emily Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Lin Mei-Hua <meihua.lin@hsinchu-precision.com.tw>"],
        "subject": "Re: Sample shipment for HS-HSG-2207-A",
        "body": """Dear Ms. Lin,

Thank you, the five samples arrived this morning in good condition.
Our quality team will complete the dimensional inspection by Friday and I
will send you the report early next week.

One request: for the next shipment, please add the heat number to the
packing list so that we can trace the material certificate.
""" + SIG_SAEKI + "\n" + DISC_EN + """

On Mon, Oct 6, 2025 at 10:14 AM Lin Mei-Hua <meihua.lin@hsinchu-precision.com.tw> wrote:
> Dear Ms. Saeki,
>
> We shipped 5 samples of HS-HSG-2207-A today by DHL (AWB 7731 4406 2218).
> Please find the material certificate and the CMM report attached.
>
> Best regards,
> Lin Mei-Hua
> Sales Dept., Hsinchu Precision Co., Ltd.
> Tel: +886-3-578-2261""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply with quoted thread, a tracking number and the standard confidentiality disclaimer",
    },
    {
        "id": "chotatsu-063",
        "charset": "iso-2022-jp",
        "sender": "大河原 健吾 <k.ogawara@hinode-sangyo.co.jp>",
        "to": ["上遠野 健 様 <k.katono@tokai-seiki.co.jp>"],
        "subject": "図面の受け渡し方法について",
        "body": """東海精機株式会社
上遠野様

お世話になっております。大河原です。

先日ご依頼のあった HS-HSG-2207 シリーズの改訂図面ですが、
機密保持の観点から、今後はメール添付ではなく取引先ポータルの
「図面ライブラリ」からダウンロードしていただく運用に変更いたしました。

ポータルにログイン後、案件番号 RFQ-2025-0388 で検索してください。
ダウンロード履歴は弊社側で記録されますので、ご了承ください。
""" + SIG_OGAWARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "機密 used only in passing (機密保持の観点から); no marking, no personal data",
    },
    {
        "id": "chotatsu-064",
        "charset": "utf-8",
        "sender": "小此木 さやか <s.okonogi@hinode-sangyo.co.jp>",
        "to": ["浦辺 早苗 様 <urabe@asahigaoka-kogyo.co.jp>"],
        "subject": "個人情報の取扱いに関する覚書（雛形）の送付",
        "body": """旭丘工業株式会社
浦辺様

お世話になっております。小此木です。

来期から、製品の出荷時に弊社のお客様宛の送り状作成をお願いすることになるため、
業務委託契約に付随して「個人情報の取扱いに関する覚書」の締結をお願いしております。
雛形を添付いたしますので、ご確認ください。

空欄部分（貴社名・代表者・安全管理責任者）をご記入のうえ、
押印版をご郵送いただけますと幸いです。
""" + SIG_OKONOGI,
        "attachments": [
            {
                "kind": "docx",
                "name": "個人情報の取扱いに関する覚書_雛形.docx",
                "title": "個人情報の取扱いに関する覚書",
                "paragraphs": [
                    "個人情報の取扱いに関する覚書",
                    "日の出産業株式会社（以下「甲」）と＿＿＿＿＿＿（以下「乙」）は、甲乙間の業務委託契約に関し、"
                    "乙が取り扱う個人情報について次のとおり合意する。",
                    "第1条（定義）本覚書において個人情報とは、個人情報の保護に関する法律第2条第1項に定めるものをいう。",
                    "第4条（安全管理措置）乙は、個人情報の漏えい、滅失又は毀損の防止のため必要な措置を講じる。",
                    "第6条（再委託）乙は、甲の書面による事前承諾なく再委託してはならない。",
                    "乙　住所：＿＿＿＿＿＿＿＿　名称：＿＿＿＿＿＿　代表者：＿＿＿＿＿＿　印",
                    "安全管理責任者：氏名 ＿＿＿＿＿＿　連絡先 ＿＿＿＿＿＿",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "個人情報 only as the subject of a blank template; no one's data in it",
    },
    {
        "id": "chotatsu-065",
        "charset": "cp932",
        "sender": "佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>",
        "to": ["蛭田 誠 様 <hiruta@aoba-unyu.co.jp>"],
        "subject": "冬季の配送体制についてのご確認",
        "body": """蛭田様

お世話になっております。佐々木です。

例年、12月から2月にかけてインフルエンザや新型コロナの流行で
ドライバーの方の欠勤が増え、仙台・札幌向けの便に遅れが出ることがありました。
今冬も同様の事態が想定されるため、代替便の確保状況や、
遅延が見込まれる際の連絡フローを事前に確認させていただけますでしょうか。

また、大雪による通行止めの際の判断基準（出荷延期か迂回か）も
あわせてご教示いただけますと幸いです。
""" + SIG_SASAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "diseases mentioned only in general (seasonal flu among drivers), no one identified",
    },
    {
        "id": "chotatsu-066",
        "charset": "iso-2022-jp",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["砂川 誠二 様 <s.sunagawa@fujimi-kensetsu.co.jp>"],
        "subject": "今週の現場対応窓口について",
        "body": """富士見建設株式会社
砂川様

お世話になっております。日の出産業の真壁です。

弊社担当の長谷部ですが、インフルエンザA型と診断され、
今週いっぱい出社停止となりました。
今週の現場の立会いと、資材搬入の調整は私が代わって対応いたします。

ご連絡は私の携帯（080-4471-2093）までお願いいたします。
""" + SIG_MAKABE,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named colleague's influenza diagnosis told to a contractor: a short illness, arguably 病歴, arguably ordinary",
    },
    {
        "id": "chotatsu-067",
        "charset": "cp932",
        "sender": "佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>",
        "to": ["大河原 健吾 <k.ogawara@hinode-sangyo.co.jp>"],
        "subject": "見積比較表（RFQ-2025-0420 空調設備更新）",
        "body": """大河原課長

佐々木です。空調設備更新工事の相見積が揃いましたので、比較表をお送りします。
価格は北斗電設が最安ですが、工期が1週間長い点が気になります。
明日の打合せでご相談させてください。
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "見積比較_RFQ-2025-0420.csv",
                "encoding": "cp932",
                "rows": [
                    ["取引先", "機器費", "工事費", "諸経費", "合計（税抜）", "工期（日）", "保証（年）"],
                    ["北斗電設", "31,200,000", "12,450,000", "2,180,000", "45,830,000", "56", "2"],
                    ["三光設備工業", "32,800,000", "11,900,000", "2,400,000", "47,100,000", "49", "3"],
                    ["東海精機", "33,500,000", "12,800,000", "2,350,000", "48,650,000", "49", "2"],
                    ["大和機工", "32,100,000", "13,600,000", "2,600,000", "48,300,000", "45", "2"],
                    ["富士見建設", "34,900,000", "11,200,000", "2,050,000", "48,150,000", "50", "5"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal bid comparison CSV: company prices, internal recipient",
    },
    {
        "id": "chotatsu-068",
        "charset": "utf-8",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
        "subject": "取引先説明会 参加企業と人数（確定版）",
        "body": """宴会予約係 ご担当者様

お世話になっております。日の出産業の宮内です。
9/3 の取引先説明会、参加企業と人数が確定しましたのでお知らせします。
合計 31名、うちお弁当は 27食でお願いいたします。
受付で企業名を確認しますので、受付票の作成にご利用ください。

宮内
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "参加企業一覧_0903.csv",
                "encoding": "utf-8",
                "rows": [
                    ["企業名", "参加人数", "弁当", "代表電話"],
                    ["川崎電機株式会社", "4", "4", "044-522-6100"],
                    ["北斗電設株式会社", "3", "3", "03-3743-8851"],
                    ["大和機工株式会社", "3", "2", "045-541-7702"],
                    ["東海精機株式会社", "2", "2", "053-437-2210"],
                    ["三光設備工業株式会社", "2", "2", "048-662-3015"],
                    ["富士見建設株式会社", "3", "3", "03-5634-1180"],
                    ["旭丘工業株式会社", "2", "1", "043-258-4471"],
                    ["錦印刷株式会社", "2", "2", "03-3268-5120"],
                    ["北国フーズ株式会社", "3", "3", "011-742-3306"],
                    ["青葉運輸株式会社", "3", "3", "022-235-1148"],
                    ["株式会社ツバサシステム", "4", "2", "03-6821-4470"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "UTF-8 CSV of participating companies, head counts and switchboards: businesses, not people",
    },
]

# ---------------------------------------------------------------------------------------
# 069–085
# ---------------------------------------------------------------------------------------

_LIST_079_QUOTED = """> 日の出産業 真壁様
>
> 名簿の件、承知しました。入館証は6枚で準備しております。
> 防災センター 佐久間"""

MESSAGES += [
    {
        "id": "chotatsu-069",
        "charset": "iso-2022-jp",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
        "subject": "9/3 控室のお飲み物・軽食について",
        "body": """宴会予約係 ご担当者様

お世話になっております。日の出産業の宮内です。
控室にご用意いただく軽食の件で、1点お願いがございます。

登壇者のうち、東都工業大学の杉森先生が小麦アレルギーをお持ちとのことで、
サンドイッチではなく、小麦を使用していないもの（おにぎり等）に
変更していただけますでしょうか。他のお二人は当初の内容で結構です。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MIYAUCHI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named speaker's food allergy told to the caterer: health information or an ordinary meal request",
    },
    {
        "id": "chotatsu-070",
        "charset": "utf-8",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["総務部 <soumu@hinode-sangyo.co.jp>"],
        "subject": "外国籍の協力会社作業員の入構について（在留資格確認）",
        "body": """総務部 ご担当者様

お疲れさまです。調達部の真壁です。
富士見建設の作業員に外国籍の方が1名いるため、構内規程に沿って
在留資格の確認をお願いします。在留カードの写しは先方から受領済みです。

　氏名　　　：Nguyen Van Thanh（グエン ヴァン タン）
　生年月日　：1996年8月2日
　国籍　　　：ベトナム
　在留資格　：特定技能1号（建設）
　在留カード番号：UH48120397FA
　在留期間満了日：2027年3月15日

問題なければ入構者名簿に追加します。
よろしくお願いします。

真壁（内線 4125）""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": [],
        "note": "a residence card number, but sent only to the internal general-affairs team",
    },
    {
        "id": "chotatsu-071",
        "charset": "cp932",
        "sender": "佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>",
        "to": ["北斗電設 受注窓口 <juchu@hokuto-densetsu.co.jp>"],
        "subject": "単価契約品目一覧（2025年度下期）の送付",
        "body": """北斗電設株式会社
受注ご担当者様

お世話になっております。日の出産業の佐々木です。
2025年度下期の単価契約品目一覧をお送りします。
貴社の受注システムが xlsx 非対応とのことでしたので、xls 形式にしております。

内容に相違がございましたら、10/3 までにご連絡ください。
""" + SIG_SASAKI,
        "attachments": [
            {
                "kind": "xls",
                "name": "単価契約品目一覧_2025下期.xls",
                "sheets": {
                    "品目": [
                        ["品目コード", "品名", "単位", "契約単価", "最低発注数"],
                        ["HD-CV-5.5-3C", "CVケーブル 5.5sq 3芯", "m", 412, 100],
                        ["HD-CV-14-3C", "CVケーブル 14sq 3芯", "m", 968, 50],
                        ["HD-PF-22", "PF管 22", "m", 86, 50],
                        ["HD-BOX-SW2", "スイッチボックス 2個用", "個", 154, 20],
                        ["HD-LED-BL40", "LEDベースライト 40形", "台", 6840, 10],
                        ["HD-WORK-E1", "電気工事 作業費（昼間）", "人工", 29500, 1],
                        ["HD-WORK-E2", "電気工事 作業費（夜間）", "人工", 38350, 1],
                    ],
                    "条件": [["項目", "内容"], ["契約期間", "2025/10/1〜2026/3/31"], ["支払条件", "月末締め翌月末払い"]],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS of contract unit prices to a supplier: no people",
    },
    {
        "id": "chotatsu-072",
        "charset": "iso-2022-jp",
        "sender": "長谷部 直樹 <n.hasebe@hinode-sangyo.co.jp>",
        "to": ["砂川 誠二 様 <s.sunagawa@fujimi-kensetsu.co.jp>"],
        "subject": "新規入場者教育の受講記録（10/14 実施分）",
        "body": """砂川様

お世話になっております。長谷部です。
10/14 に実施した新規入場者教育の受講記録をお送りします。
貴社の安全書類への転記にご利用ください。

修了証は当日お渡し済みです。
""" + SIG_HASEBE,
        "attachments": [
            {
                "kind": "xls",
                "name": "新規入場者教育_受講記録_1014.xls",
                "sheets": {
                    "受講記録": [
                        ["氏名", "所属", "受講日", "修了証番号", "講師"],
                        ["笹目 光男", "笹目電工", "2025/10/14", "HS-EDU-251014-01", "長谷部"],
                        ["蔵前 大樹", "笹目電工", "2025/10/14", "HS-EDU-251014-02", "長谷部"],
                        ["羽鳥 翔平", "羽鳥空調", "2025/10/14", "HS-EDU-251014-03", "長谷部"],
                        ["鬼頭 昌子", "羽鳥空調", "2025/10/14", "HS-EDU-251014-04", "長谷部"],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "four workers' training records (name, date, certificate no.) back to their contractor: under five people",
    },
    {
        "id": "chotatsu-073",
        "charset": "utf-8",
        "sender": "鬼塚 光 <h.onizuka@hinode-sangyo.co.jp>",
        "to": ["山際 様 <yamagiwa@tsubasa-system.jp>"],
        "subject": "業務委託契約書（案）の送付：調達管理システム保守",
        "body": """株式会社ツバサシステム
山際様

お世話になっております。日の出産業 契約管理グループの鬼塚です。
現行システムの保守契約更新にあたり、業務委託契約書（案）をお送りします。
当事者欄の法人番号は、登記情報に基づき弊社で記入しております。
誤りがないかご確認ください。

ご確認後、電子契約サービスで締結手続きを進めさせていただきます。
""" + SIG_ONIZUKA,
        "attachments": [
            {
                "kind": "docx",
                "name": "業務委託契約書_保守_ツバサシステム_案.docx",
                "title": "業務委託契約書（案）",
                "paragraphs": [
                    "業務委託契約書（案）",
                    "第1条（委託業務）甲は乙に対し、調達管理システムの保守業務を委託し、乙はこれを受託する。",
                    "第3条（委託料）月額 480,000円（税抜）とする。",
                    "第8条（再委託）乙は甲の事前の書面承諾を得た場合に限り再委託できる。",
                ],
                "tables": [[
                    ["", "甲", "乙"],
                    ["名称", "日の出産業株式会社", "株式会社ツバサシステム"],
                    ["法人番号", corp("010401098215"), corp("011001124637")],
                    ["本店所在地", "東京都港区浜松町二丁目8番14号", "東京都品川区大崎一丁目11番2号"],
                    ["代表者", "代表取締役社長 日野 正臣", "代表取締役 翼 健司"],
                ]],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "contract draft with both companies' 法人番号 and representatives' titles: business data, no marking",
    },
    {
        "id": "chotatsu-074",
        "charset": "iso-2022-jp",
        "sender": "大河原 健吾 <k.ogawara@hinode-sangyo.co.jp>",
        "to": ["杉森 達郎 先生 <sugimori@toto-tech.ac.jp>"],
        "subject": "技術審査委員会：評価基準（案）のご確認のお願い",
        "body": """東都工業大学 工学部
杉森 先生

先日は技術審査委員をお引き受けいただき、誠にありがとうございました。
日の出産業の大河原でございます。

11月の委員会でご審議いただく、調達管理システム更改の提案評価基準（案）を
お送りいたします。入札参加者への公表前の資料ですので、
お取り扱いにはご注意いただけますと幸いです。

配点のバランスや、技術点の評価観点についてご意見をいただけますでしょうか。
""" + SIG_OGAWARA,
        "attachments": [
            {
                "kind": "docx",
                "name": "提案評価基準_案.docx",
                "title": "提案評価基準（案）",
                "paragraphs": [
                    "調達管理システム更改 提案評価基準（案）",
                    "1. 評価方法　総合評価方式（価格点 40点、技術点 60点）",
                    "2. 技術点の内訳",
                ],
                "tables": [[
                    ["評価項目", "配点", "評価の観点"],
                    ["業務適合性", "20", "現行業務フローとの適合、カスタマイズ量"],
                    ["非機能要件", "15", "性能・可用性・セキュリティ"],
                    ["移行計画", "10", "データ移行の確実性、並行稼働期間"],
                    ["体制・実績", "10", "同規模案件の実績"],
                    ["保守", "5", "障害対応時間、費用の妥当性"],
                ]],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unpublished evaluation criteria to a committee member; 'handle with care' is a request, not a marking on the document",
    },
    {
        "id": "chotatsu-075",
        "charset": "utf-8",
        "sender": "大河原 健吾 <k.ogawara@hinode-sangyo.co.jp>",
        "to": ["杉森 達郎 先生 <sugimori@toto-tech.ac.jp>"],
        "subject": "技術審査委員ご就任のお願い（調達管理システム更改）",
        "body": """東都工業大学 工学部 情報工学科
杉森 達郎 先生

突然のご連絡にて失礼いたします。
日の出産業株式会社 調達部の大河原と申します。
本学の産学連携推進室 北条様よりご紹介をいただき、ご連絡いたしました。

弊社では現在、調達管理システムの更改に向けて提案依頼を行っており、
公正な選定のため、外部有識者を含む技術審査委員会を設けることとしました。
つきましては、先生に委員をお引き受けいただけないかと存じ、お願い申し上げます。

　・委員会：11月に2回（各2時間程度、オンライン参加可）
　・謝金　：弊社規程により、1回あたり 50,000円（税込）をお支払いします
　・守秘　：委員会資料の取扱いについて、別途、秘密保持に関する誓約書をお願いします

ご多忙のところ誠に恐縮ですが、ご検討いただけますと幸いです。
""" + SIG_OGAWARA + "\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a request to a professor (.ac.jp) to join a committee; confidentiality pledge only mentioned",
    },
    {
        "id": "chotatsu-076",
        "charset": "cp932",
        "sender": "長谷部 直樹 <n.hasebe@hinode-sangyo.co.jp>",
        "to": ["三ツ木 昌平 様 <s.mitsugi@hokuto-densetsu.co.jp>"],
        "subject": "発注内示書の送付（本社ビル空調設備更新工事）",
        "body": """北斗電設株式会社
三ツ木様

お世話になっております。日の出産業の長谷部です。
本社ビル空調設備更新工事につきまして、貴社に発注する方向で
社内決裁が下りましたので、発注内示書をお送りいたします。
正式な注文書は契約締結時にお送りします。

引き続きよろしくお願いいたします。
""" + SIG_HASEBE,
        "attachments": [{"kind": "corrupt", "name": "発注内示書_RFQ-2025-0420.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "reason 7: the attached PDF is truncated and corrupt, it cannot be inspected",
    },
    {
        "id": "chotatsu-077",
        "charset": "utf-8",
        "sender": "小此木 さやか <s.okonogi@hinode-sangyo.co.jp>",
        "to": ["浦辺 早苗 様 <urabe@asahigaoka-kogyo.co.jp>"],
        "subject": "Re: ポータルにログインできません",
        "body": """浦辺様

お世話になっております。小此木です。
ご不便をおかけしております。

ログイン画面の右下にある「初回ログイン・パスワード再設定」のリンクから
再設定をお試しいただけますでしょうか。該当箇所の画面を添付します。
取引先コードは S10262 です。

それでもログインできない場合は、お電話でご案内いたします。
""" + SIG_OKONOGI + """

> お世話になっております。旭丘工業の浦辺です。
> 本日から取引先ポータルを使い始めたのですが、ログインIDを入力すると
> 「アカウントが有効化されていません」と表示されてしまいます。
> 対処方法を教えていただけますでしょうか。""",
        "attachments": [{"kind": "png", "name": "portal_login_help.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "support reply with a screenshot (PNG) and a supplier code; quoted question",
    },
    {
        "id": "chotatsu-078",
        "charset": "iso-2022-jp",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["砂川 誠二 様 <s.sunagawa@fujimi-kensetsu.co.jp>"],
        "subject": "RE: 作業員名簿（10/14〜 追加分）",
        "body": """砂川様

お世話になっております。真壁です。
名簿ありがとうございました。1点だけ確認させてください。

羽鳥 翔平さんの携帯番号が、先日の安全書類では 070-4453-0271 となっており、
今回の名簿（070-4453-0217）と末尾が異なります。
緊急連絡に使いますので、どちらが正しいかご確認いただけますか。

他の方は問題ありません。

真壁

-----Original Message-----
From: 砂川 誠二 <s.sunagawa@fujimi-kensetsu.co.jp>
Sent: Monday, October 6, 2025 5:25 PM
To: 真壁 里奈 <r.makabe@hinode-sangyo.co.jp>
Subject: 作業員名簿（10/14〜 追加分）

真壁様

お世話になっております。富士見建設の砂川です。
10/14〜の工事に加わる作業員の名簿です。

笹目 光男　S49.11.30　090-2318-6645
蔵前 大樹　H3.6.14　　080-1176-3392
羽鳥 翔平　H9.2.8　　 070-4453-0217
鬼頭 昌子　S57.9.22　 090-8837-1164
片桐 隆　　S44.4.1　　080-6620-5589
木暮 悠斗　H11.12.19　090-5102-7743

富士見建設株式会社 工事部 砂川 誠二""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "new text names one worker with two phone numbers; the six-person list is quoted from the recipient's own mail",
    },
    {
        "id": "chotatsu-079",
        "charset": "utf-8",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["港ビルマネジメント 防災センター 佐久間様 <bousai@minato-bm.co.jp>"],
        "subject": "Re: 入館者名簿の訂正（10/14〜 空調工事）",
        "body": """佐久間様

お世話になっております。真壁です。
先日お送りした名簿に誤りがありましたので、訂正版を以下に記載します。
（羽鳥さんの携帯番号と、鬼頭さんの所属を修正しています）

氏名        所属        生年月日    携帯
笹目 光男   笹目電工    S49.11.30   090-2318-6645
蔵前 大樹   笹目電工    H3.6.14     080-1176-3392
羽鳥 翔平   羽鳥空調    H9.2.8      070-4453-0271
鬼頭 昌子   富士見建設  S57.9.22    090-8837-1164
片桐 隆     羽鳥空調    S44.4.1     080-6620-5589
木暮 悠斗   笹目電工    H11.12.19   090-5102-7743

お手数ですが差し替えをお願いいたします。

真壁

""" + _LIST_079_QUOTED,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reason 1: the reply's new text re-types the whole six-person list (DOB, mobile) to the building manager",
    },
    {
        "id": "chotatsu-080",
        "charset": "utf-8",
        "sender": "Emily Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Jonas Müller <j.mueller@krause-antriebe.de>"],
        "subject": "Re: Visit to Sagamihara plant – attendees",
        "body": """Dear Jonas,

Thank you for the list. Everything is arranged for November 18: a car will
pick your team up at the hotel at 8:15, and we have booked lunch at the plant.
Safety shoes will be provided, so please just send me the shoe sizes.

Looking forward to seeing you all.
""" + SIG_SAEKI + """

On Thu, Oct 30, 2025 at 4:02 PM Jonas Müller <j.mueller@krause-antriebe.de> wrote:
> Dear Emily,
>
> Here is our delegation for the plant visit:
>
> - Jonas Müller, Key Account Manager, +49 711 8820 4415, j.mueller@krause-antriebe.de
> - Dr. Petra Vogel, Head of Quality, +49 711 8820 4470, p.vogel@krause-antriebe.de
> - Stefan Brandt, Application Engineer, +49 170 552 3318, s.brandt@krause-antriebe.de
> - Aylin Demir, Logistics, +49 711 8820 4492, a.demir@krause-antriebe.de
> - Tobias Reiter, Production Engineer, +49 171 448 9025, t.reiter@krause-antriebe.de
>
> Best regards,
> Jonas""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply; the five-person delegation list is only quoted from the recipient's own mail",
    },
    {
        "id": "chotatsu-081",
        "charset": "iso-2022-jp",
        "sender": "大河原 健吾 <k.ogawara@hinode-sangyo.co.jp>",
        "to": ["調達部 課長以上 <chotatsu-kanri@hinode-sangyo.co.jp>"],
        "cc": ["宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】予定価格の決定について（案件No.2025-K-031）",
        "body": """【社外秘】

関係者各位

大河原です。標記案件の予定価格を、下記のとおり決定しました。
開札まで、本件は関係者限りとしてください。

　案件　　：物流センター照明LED化工事（2025-K-031）
　予定価格：12,956,000円（税抜）
　最低制限価格：10,883,000円（予定価格の84%）
　決裁　　：東條部長（9/4）

コストパートナーズの意見を踏まえ、高所作業車の損料を見直した結果です。

以上""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a 社外秘 mail, but to internal recipients only",
    },
    {
        "id": "chotatsu-082",
        "charset": "utf-8",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": ["広瀬 様 <k.hirose@cost-partners.co.jp>"],
        "subject": "FW: 【社外秘】予定価格の決定について（案件No.2025-K-031）",
        "body": """広瀬様

お世話になっております。日の出産業の宮内です。
大河原より、先日のご助言を反映した結果を共有するよう申しつかりましたので、
社内向けの連絡をそのまま転送いたします。

---------- 転送メッセージ ----------
From: 大河原 健吾 <k.ogawara@hinode-sangyo.co.jp>
Date: 2025年9月4日(木) 16:20
Subject: 【社外秘】予定価格の決定について（案件No.2025-K-031）
To: 調達部 課長以上 <chotatsu-kanri@hinode-sangyo.co.jp>

【社外秘】

関係者各位

大河原です。標記案件の予定価格を、下記のとおり決定しました。
開札まで、本件は関係者限りとしてください。

　案件　　：物流センター照明LED化工事（2025-K-031）
　予定価格：12,956,000円（税抜）
　最低制限価格：10,883,000円（予定価格の84%）
　決裁　　：東條部長（9/4）

以上
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "reason 6: a forward of a mail stamped 【社外秘】 to an outside consultant (forwarded text counts)",
    },
    {
        "id": "chotatsu-083",
        "charset": "cp932",
        "sender": "佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>",
        "to": ["乙部 涼子 様 <otobe@kitaguni-foods.co.jp>"],
        "subject": "発注（社員食堂 食材 11月第1週分）PO-25-09377",
        "body": """北国フーズ株式会社
乙部様

いつもお世話になっております。日の出産業の佐々木です。
社員食堂（本社・相模原工場）の11月第1週分の食材を発注いたします。

発注番号：PO-25-09377

商品コード   品名                        規格         数量   納品先
-----------  --------------------------  -----------  -----  ------------
KF-10231     北海道産じゃがいも          10kg箱       6      本社
KF-10232     北海道産たまねぎ            20kg箱       4      本社
KF-20118     鮭フィレ（冷凍）            1kg×10       3      相模原工場
KF-30045     ななつぼし 精米             30kg袋       8      両方（各4）
KF-40912     牛乳 1000ml                 12本入       10     本社

納品日：11/3（月）午前中
納品先住所は従来どおりです。
""" + SIG_SASAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "purchase order with product codes and quantities, Shift_JIS, to a partner",
    },
    {
        "id": "chotatsu-084",
        "charset": "iso-2022-jp",
        "sender": "佐々木 遼 <r.sasaki@hinode-sangyo.co.jp>",
        "to": ["蛭田 誠 様 <hiruta@aoba-unyu.co.jp>"],
        "subject": "Re: カタログ配送 送り状番号のご連絡",
        "body": """蛭田様

送り状番号のご連絡ありがとうございました。
名古屋支店分（2916-4408-3351）だけ追跡で「持戻り」になっておりましたので、
明日午前の再配達をお願いできますでしょうか。支店には連絡済みです。

佐々木

> 日の出産業 佐々木様
> 本日出荷分の送り状番号です。
>   本社        2916-4408-3317
>   札幌営業所  2916-4408-3328
>   仙台営業所  2916-4408-3339
>   名古屋支店  2916-4408-3351
>   大阪支店    2916-4408-3362
> 青葉運輸 蛭田""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers of shipments to the company's own branches: not personal data",
    },
    {
        "id": "chotatsu-085",
        "charset": "utf-8",
        "sender": "小此木 さやか <s.okonogi@hinode-sangyo.co.jp>",
        "to": ["漆原 雅人 様 <urushibara.design@icloud.com>"],
        "subject": "【日の出産業】9月分 お支払いのご案内",
        "body": """漆原デザイン事務所
漆原 雅人 様

いつもお世話になっております。
日の出産業株式会社 調達部の小此木です。

9月分のデザイン料につきまして、下記のとおりお振込みいたします。

　お支払額　：385,000円（税込）
　源泉徴収税額：▲35,735円
　お振込額　：349,265円
　お振込日　：2025年10月31日（金）
　お振込先　：みどり銀行 浦和支店 普通 4418027
　　　　　　　ウルシバラ マサト

お振込先に変更がある場合は、10月20日までにお知らせください。
""" + SIG_OKONOGI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a sole proprietor's own bank account in a payment notice to that person on free mail: one person",
    },
]

# ---------------------------------------------------------------------------------------
# 086–100
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "chotatsu-086",
        "charset": "iso-2022-jp",
        "sender": "小此木 さやか <s.okonogi@hinode-sangyo.co.jp>",
        "to": ["能登 千景 様 <chikage.noto@yahoo.co.jp>"],
        "subject": "取引先登録申請書の再提出のお願い",
        "body": """能登 千景 様

いつもお世話になっております。
日の出産業株式会社 調達部 取引先管理グループの小此木です。

先日ご提出いただいた取引先登録申請書（個人事業主用）につきまして、
押印欄が空欄となっておりましたため、恐れ入りますが再提出をお願いいたします。
お手数をおかけしないよう、ご記入いただいた内容を下記に転記いたしますので、
新しい申請書にそのままご記入ください。

　氏名（フリガナ）：能登 千景（ノト チカゲ）
　生年月日　　　　：平成2年7月19日
　住所　　　　　　：〒606-8267 京都府京都市左京区北白川西町53-4 ルミエール北白川302
　電話　　　　　　：075-703-2841
　個人番号　　　　：""" + mn(4, "-") + """
　業種　　　　　　：翻訳・通訳（英語・ドイツ語）

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_OKONOGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_MY_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "reason 2: a 個人番号 is sent by mail, even though it is the recipient's own (free mail)",
    },
    {
        "id": "chotatsu-087",
        "charset": "cp932",
        "sender": "小此木 さやか <s.okonogi@hinode-sangyo.co.jp>",
        "to": ["星野工房 星野様 <hoshino.kobo@outlook.jp>"],
        "subject": "Re: 取引先登録の書類について",
        "body": """星野工房
星野 小夜子 様

ご連絡ありがとうございます。日の出産業の小此木です。

個人番号（マイナンバー）につきましては、大変恐れ入りますが、
メールやFAXではお送りいただかないようお願いしております。
下記のいずれかの方法でご提出ください。

　1. 取引先ポータルの「個人番号提出」フォーム（暗号化通信）
　2. 同封の返信用封筒（簡易書留）による郵送

番号確認書類（通知カードまたはマイナンバーカード裏面の写し）と、
身元確認書類（運転免許証等の写し）もあわせてお願いいたします。

> 小此木様
> 取引先登録の書類、マイナンバーの欄はメールでお知らせすればよいでしょうか？
> 星野""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "explains how to submit a My Number without sending one; a single free-mail recipient",
    },
    {
        "id": "chotatsu-088",
        "charset": "utf-8",
        "sender": "鬼塚 光 <h.onizuka@hinode-sangyo.co.jp>",
        "to": ["上遠野 健 様 <k.katono@tokai-seiki.co.jp>", "早乙女 先生 <saotome@shirakawa-law.jp>"],
        "cc": ["門脇 様 <m.kadowaki.consult@gmail.com>"],
        "subject": "納期遅延に関する協議の日程について",
        "body": """東海精機株式会社 上遠野様
白川法律事務所 早乙女先生
（cc）門脇様

お世話になっております。日の出産業の鬼塚です。

ギアボックス部品の納期遅延に伴う費用負担について、
協議の場を設けたく、下記の候補日でご都合をお伺いします。
弊社側は、顧問弁護士の早乙女先生と、品質コンサルタントの門脇様にも
ご同席いただく予定です。

　・11/11（火）14:00〜15:30
　・11/13（木）10:00〜11:30
　・11/14（金）16:00〜17:30

場所：日の出産業 本社 7F 会議室B（オンライン併用）
""" + SIG_ONIZUKA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "reason 4: a supplier, the law firm and a private consultant on Gmail: three external parties visible to each other",
    },
    {
        "id": "chotatsu-089",
        "charset": "cp932",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["木場倉庫 管理事務所 <kanri@kiba-soko.co.jp>"],
        "subject": "倉庫見学のお願い（11/6）見学者4名",
        "body": """木場倉庫株式会社
管理事務所 ご担当者様

お世話になっております。日の出産業の真壁です。
先日お電話でお願いした倉庫見学について、見学者が確定しましたのでお知らせします。

　日時：11月6日（木）10:00〜11:30
　見学者：

　　青葉運輸株式会社　　蛭田 誠　　０９０－３３１８－５５２４
　　青葉運輸株式会社　　杉浦 達也　０８０－６７０２－１９４７
　　日の出産業株式会社　佐々木 遼　０９０－１１８４－６２０７
　　日の出産業株式会社　真壁 里奈　０８０－４４７１－２０９３

当日の連絡は真壁の携帯までお願いいたします。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four visitors with full-width mobile numbers to a warehouse: four people, may warn, must go",
    },
    {
        "id": "chotatsu-090",
        "charset": "iso-2022-jp",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["関東警備保障 相模原工場警備室 <sagamihara@kanto-keibi.co.jp>"],
        "subject": "入構者登録のお願い（11/17〜 第2ライン据付工事）",
        "body": """関東警備保障株式会社
相模原工場警備室 御中

お世話になっております。日の出産業 真壁です。
11/17（月）から第2ラインの制御盤据付工事が始まります。
構内規程に基づき、入構者5名の登録をお願いいたします。

・鹿島田 勝也（北斗電設）　昭和５６年１０月３日生
・三ツ木 昌平（北斗電設）　昭和４９年９月８日生
・安孫子 隼（北斗電設）　　平成８年４月２５日生
・仙波 直人（北斗電設）　　昭和６３年１月２８日生
・宇留野 渉（北斗電設）　　平成１３年６月１１日生

入構証は初日に正門警備室でお受け取りします。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "reason 1: exactly five people's names with 和暦 dates of birth to the external security company",
    },
    {
        "id": "chotatsu-091",
        "charset": "utf-8",
        "sender": "大河原 健吾 <k.ogawara@hinode-sangyo.co.jp>",
        "to": [
            "東條 修 <o.tojo@hinode-sangyo.co.jp>",
            "経理部 竹ノ内 <y.takenouchi@hinode-sangyo.co.jp>",
            "法務部 宇佐美 <a.usami@hinode-sangyo.co.jp>",
            "情報システム部 新堀 <k.niibori@hinode-sangyo.co.jp>",
        ],
        "subject": "入札委員会（2025-K-031 開札）開催のご案内",
        "body": """入札委員各位

お疲れさまです。調達部の大河原です。
標記案件の開札を行う入札委員会を、下記のとおり開催します。

日時：9月12日（金）17:30〜18:00
場所：本社 7F 会議室A

出席者
  委員長  東條 修      調達部長
  委員    竹ノ内 洋子  経理部 課長
  委員    宇佐美 彰    法務部 課長
  委員    新堀 浩二    情報システム部 主任
  事務局  大河原 健吾  調達部 課長（内線 4102）
  事務局  真壁 里奈    調達部 購買二課

開札は入札書受付締切（17:00）後に行います。
入札書は封緘のまま金庫に保管しています。

大河原""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal committee notice with names and job titles only, all recipients internal",
    },
    {
        "id": "chotatsu-092",
        "charset": "utf-8",
        "sender": "Emily Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Sakura Hotel Reservations <reservations@sakura-hotel.jp>"],
        "subject": "Booking request: 2 guests from Krause Antriebe, Nov 16-19",
        "body": """Dear Reservations Team,

Please book two single rooms at our corporate rate for the following guests:

  1. Mr. Jonas Müller   – check-in Nov 16, check-out Nov 19
  2. Dr. Petra Vogel    – check-in Nov 17, check-out Nov 19

Both are arriving at Haneda in the evening, so a late check-in (around
22:00) should be noted. Please charge the room and breakfast to the
Hinode Sangyo account (HS-0031); incidentals are paid by the guests.

Kindly send the confirmation numbers to me.
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "two guests' names and stay dates to a partner hotel: two people, no identifiers",
    },
    {
        "id": "chotatsu-093",
        "charset": "iso-2022-jp",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": ["乙部 涼子 様 <otobe@kitaguni-foods.co.jp>"],
        "subject": "【見積依頼】社員食堂 食材 2026年度年間単価",
        "body": """北国フーズ株式会社
営業部 乙部様

お世話になっております。日の出産業の宮内です。
2026年度（4月〜翌3月）の社員食堂食材について、年間単価でのお見積りをお願いいたします。
品目と数量の見込み、取引条件を添付のExcelにまとめました。

「見積回答」シートにご記入のうえ、12月5日（金）までにご返送ください。
""" + SIG_MIYAUCHI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "見積依頼書_社員食堂食材_2026.xlsx",
                "title": "見積依頼書",
                "sheets": {
                    "品目": [
                        ["2026年度 社員食堂食材 見積依頼（RFQ-2025-0517）"],
                        ["商品コード", "品名", "規格", "年間見込数量", "単位"],
                        ["KF-10231", "北海道産じゃがいも", "10kg箱", 310, "箱"],
                        ["KF-10232", "北海道産たまねぎ", "20kg箱", 210, "箱"],
                        ["KF-20118", "鮭フィレ（冷凍）", "1kg×10", 150, "ケース"],
                        ["KF-30045", "ななつぼし 精米", "30kg袋", 420, "袋"],
                        ["KF-40912", "牛乳 1000ml", "12本入", 520, "ケース"],
                    ],
                    "取引条件": [["項目", "条件"], ["納品", "週2回（月・木）"], ["支払", "月末締め翌月末払い"],
                             ["価格改定", "四半期ごとに協議"]],
                    "見積回答": [["商品コード", "単価（税抜）", "備考"], ["KF-10231", "", ""], ["KF-10232", "", ""]],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "RFQ with a multi-sheet XLSX of food items and terms: no people",
    },
    {
        "id": "chotatsu-094",
        "charset": "cp932",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": ["乙部 涼子 様 <otobe@kitaguni-foods.co.jp>"],
        "subject": "工場見学会の昼食（11/18）について",
        "body": """乙部様

お世話になっております。宮内です。
11/18 の相模原工場見学会の昼食（仕出し弁当 12食）の件で追加のお願いです。

ドイツから来られるお客様のうち、Aylin Demir 様がイスラム教を信仰されており、
豚肉・アルコールを含まない食事が必要とのことです。
Demir 様の分1食をハラール対応のお弁当にしていただけますでしょうか。
また、礼拝のための静かな部屋も工場側で用意する予定です。

可否と追加費用をお知らせいただけますと幸いです。
""" + SIG_MIYAUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "reason 3: a named visitor's religion (要配慮個人情報) told to the caterer",
    },
    {
        "id": "chotatsu-095",
        "charset": "utf-8",
        "sender": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
        "to": ["乙部 涼子 様 <otobe@kitaguni-foods.co.jp>"],
        "subject": "取引先説明会（9/3）お弁当の内訳",
        "body": """乙部様

お世話になっております。宮内です。
9/3 の取引先説明会のお弁当、内訳が固まりましたのでお知らせします。

　通常弁当　　　　　24食
　ハラール対応　　　 2食
　ベジタリアン　　　 1食
　合計　　　　　　　27食

ハラール・ベジタリアンのお弁当には、受け取る方がわかるよう
ふたに色シールを貼っていただけると助かります。

会場：さくらホテル 2F「桜の間」控室前　11:45 納品
""" + SIG_MIYAUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meal counts including halal and vegetarian with no one named",
    },
    {
        "id": "chotatsu-096",
        "charset": "iso-2022-jp",
        "sender": "小此木 さやか <s.okonogi@hinode-sangyo.co.jp>",
        "to": ["早乙女 先生 <saotome@shirakawa-law.jp>"],
        "subject": "反社チェックにおける同姓同名の取扱いについて",
        "body": """早乙女先生

お世話になっております。小此木です。

新規取引先候補の株式会社ミナトテック（代表取締役 神田 誠一氏）について
記事検索を行ったところ、同姓同名の人物が2017年に詐欺の容疑で逮捕された
という報道が1件ヒットしました。

ただし、報道の人物は当時42歳・大阪府在住の無職の男性で、
ミナトテックの神田氏（1962年生、創業以来東京都在住）とは
年齢・経歴ともに一致しないため、弊社では別人と判断しております。

このような場合、調査記録にどこまで残しておくべきか、
また取引開始にあたって追加確認が必要かご教示いただけますでしょうか。
""" + SIG_OKONOGI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "an arrest report tied to a name, but concluded to be a different person: honestly debatable",
    },
    {
        "id": "chotatsu-097",
        "charset": "utf-8",
        "sender": "Emily Saeki <e.saeki@hinode-sangyo.co.jp>",
        "to": ["Jonas Müller <j.mueller@krause-antriebe.de>"],
        "subject": "Drawings for RFQ HS-2025-118 via file transfer",
        "body": """Dear Jonas,

As our NDA is now signed, I have uploaded the drawings for the planetary
gear unit (7 files, PDF and STEP) to our file transfer service.

  Download link : https://transfer.hinode-sangyo.co.jp/d/8KQ2-77XA
  Available until: November 14

You will receive the access code in a separate SMS to the mobile number
registered in our supplier portal. We no longer send password-protected ZIP
files by e-mail.

Please let me know if you have any trouble downloading.
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail with a download link instead of an attachment; password ZIPs only mentioned",
    },
    {
        "id": "chotatsu-098",
        "charset": "cp932",
        "sender": "真壁 里奈 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["長谷部 直樹 <n.hasebe@hinode-sangyo.co.jp>"],
        "subject": "入札書スキャン（2025-K-031）※パスワード付き",
        "body": """長谷部さん

お疲れさまです。真壁です。
開札後の入札書（5社分）をスキャンしてZIPにまとめました。
念のためパスワードを付けています。パスワードはいつものルールです（案件番号＋開札日）。

原本は金庫に戻しました。

真壁""",
        "attachments": [
            {
                "kind": "zip",
                "name": "入札書スキャン_2025-K-031.zip",
                "password": "2025K031-0912",
                "files": [
                    {"kind": "pdf", "name": "入札書_大和機工.pdf", "lines": ["入札書", "金 11,980,000 円"]},
                    {"kind": "pdf", "name": "入札書_北斗電設.pdf", "lines": ["入札書", "金 12,340,000 円"]},
                    {"kind": "txt", "name": "開札記録.txt", "text": "開札 2025/09/12 17:30 立会 東條・竹ノ内・宇佐美"},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a password ZIP, but between two internal colleagues only",
    },
    {
        "id": "chotatsu-099",
        "charset": "utf-8",
        "sender": "大河原 健吾 <k.ogawara@hinode-sangyo.co.jp>",
        "to": ["三光設備工業株式会社 営業部 <eigyo@sanko-setsubi.co.jp>"],
        "subject": "【入札公告】相模原工場 受変電設備更新工事（案件No.2025-K-044）",
        "body": """三光設備工業株式会社
営業部 御中

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 調達部でございます。

標記案件について一般競争入札を実施いたします。
入札公告を添付いたしますので、参加を希望される場合は
11月21日（金）までに参加申請書をご提出ください。

なお、本案件の設計図書は、秘密保持誓約書をご提出いただいた後に
取引先ポータルにて公開いたします。
""" + SIG_OGAWARA + "\n" + DISC_JA2,
        "attachments": [
            {
                "kind": "pdf",
                "name": "入札公告_2025-K-044.pdf",
                "title": "入札公告",
                "lines": [
                    "入 札 公 告",
                    "1. 件名　相模原工場 受変電設備更新工事",
                    "2. 工事場所　神奈川県相模原市中央区田名塩田三丁目11番1号",
                    "3. 工期　2026年4月1日〜2026年8月31日",
                    "4. 参加資格　電気工事業の許可を有し、過去5年以内に同種工事の元請実績があること",
                    "5. 参加申請期限　2025年11月21日（金）17時",
                    "6. 入札日　2025年12月12日（金）",
                    "7. 問合せ先　日の出産業株式会社 調達部 購買二課 TEL 03-5403-7125",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tender announcement PDF to one supplier's generic address; confidentiality pledge only mentioned",
    },
    {
        "id": "chotatsu-100",
        "charset": "iso-2022-jp",
        "sender": "大河原 健吾 <k.ogawara@hinode-sangyo.co.jp>",
        "to": ["東海精機 品質保証部 <qa@tokai-seiki.co.jp>"],
        "subject": "品質監査（11/25）訪問者のご連絡",
        "body": """東海精機株式会社
品質保証部 御中

お世話になっております。日の出産業 調達部の大河原です。
11月25日（火）の定期品質監査につき、訪問者と当日の連絡先を
添付のとおりお知らせいたします。工場の入門手続きにご利用ください。

監査のスケジュールは前回のメールのとおりです。
""" + SIG_OGAWARA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "訪問者一覧_品質監査1125.pdf",
                "lines": ["品質監査 訪問者一覧（2025年11月25日 東海精機株式会社 浜松工場）"],
                "table": [
                    ["氏名", "所属", "役割", "当日連絡先（携帯）"],
                    ["大河原 健吾", "調達部 課長", "監査リーダー", "090-7723-4180"],
                    ["佐々木 遼", "調達部 購買一課", "購買", "090-1184-6207"],
                    ["芹沢 貴之", "品質保証部", "品質", "080-3391-5526"],
                    ["宍倉 美紀", "品質保証部", "品質（記録）", "070-6638-2014"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF of four auditors with their mobiles to the audited supplier: four people, may warn",
    },
]
