"""Blind corpus — area ``kaigohoken``: the long-term-care-insurance business of 日の出産業.

日の出産業株式会社 介護事業部 runs a home-care office (ヘルパーステーションひので町田), two
day-care centres (デイサービスひので町田 / ひので相模大野) and a care-management office
(居宅介護支援事業所ひので).  Its mail goes to outside care managers, visiting-nurse
stations, hospitals' liaison offices, welfare-equipment dealers, the municipality's
介護保険課, the national health insurance federation (国保連) that pays the claims, meal
and transport contractors, the bank that collects users' fees, the labour consultant,
insurers, and to users' families on free mail; some of it is internal.  Every person,
number, address, organisation and domain below is invented, and the whole file was
written blind, from BRIEF.md, build.py and the entity/detector names in SPEC.md only.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 41401

# -- small helpers -------------------------------------------------------------------

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fw(s: str) -> str:
    """ASCII digits and hyphens → full width (as some people type them)."""
    return s.translate(_FW)


def mn(k: int, sep: str = " ") -> str:
    """My Number number k of this file, grouped 4-4-4."""
    n = my_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:]))


def card(k: int, sep: str = "-") -> str:
    n = card_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:12], n[12:]))


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of the 12-digit base (9 - Σ P·Q mod 9)."""
    digits = [int(c) for c in base12]
    s = sum(d * (1 if n % 2 else 2) for n, d in enumerate(reversed(digits), start=1))
    return str(9 - s % 9) + base12


HINODE_CORP_NO = corp_number("010401087345")   # 日の出産業株式会社 (invented)

DISC_JA = (
    "本メールおよび添付ファイルには機密情報が含まれている場合があります。"
    "誤って受信された場合は、お手数ですが送信者までご連絡のうえ、削除をお願いいたします。")
DISC_EN = (
    "This e-mail and any attachments may contain confidential information intended "
    "solely for the addressee. If you have received it in error, please notify the "
    "sender and delete it.")

SIG = {
    "morishita": """
──────────────────────
日の出産業株式会社　介護事業部
ヘルパーステーションひので町田
サービス提供責任者　森下 由佳
〒194-0013 東京都町田市原町田4-12-8 ひのでビル2F
TEL 042-720-3381 ／ FAX 042-720-3382
morishita.yuka@hinode-sangyo.co.jp
──────────────────────""",
    "koga": """
-- 
日の出産業株式会社 介護事業部
デイサービスひので相模大野　生活相談員
古閑 健太（こが けんた）
〒252-0303 神奈川県相模原市南区相模大野7-21-4
TEL：042-765-8804　FAX：042-765-8805
Mail：koga.kenta@hinode-sangyo.co.jp""",
    "bando": """
****************************************
日の出産業株式会社
介護事業部 業務課（介護給付費請求担当）
坂東 美里
〒194-0022 東京都町田市森野1-30-6
TEL 042-710-5500（代）内線 2214
bando.misato@hinode-sangyo.co.jp
****************************************""",
    "usami": """
――――――――――――――――――――
日の出産業株式会社
執行役員 介護事業部長　宇佐美 隆
〒194-0022 東京都町田市森野1-30-6
TEL 042-710-5500 ／ FAX 042-710-5501
usami.takashi@hinode-sangyo.co.jp
――――――――――――――――――――""",
    "mitarai": """
------------------------------------------
日の出産業株式会社 介護事業部
総務人事グループ　御手洗 恵（みたらい めぐみ）
〒194-0022 東京都町田市森野1-30-6
TEL 042-710-5500（代表）　直通 042-710-5523
mitarai.megumi@hinode-sangyo.co.jp
------------------------------------------""",
    "jimbo": """
--
日の出産業株式会社 情報システム部
神保 大輔 Daisuke Jimbo
〒105-0014 東京都港区芝2-8-3 日の出産業ビル
TEL 03-5442-7100 / jimbo.daisuke@hinode-sangyo.co.jp""",
    "shoji": """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社
居宅介護支援事業所ひので
主任介護支援専門員　東海林 さおり
〒194-0013 東京都町田市原町田4-12-8 ひのでビル3F
TEL 042-720-3390　FAX 042-720-3391
shoji.saori@hinode-sangyo.co.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝""",
    "imaizumi": """
_________________________________
日の出産業株式会社 介護事業部
営業・地域連携担当　今泉 直樹
〒194-0022 東京都町田市森野1-30-6
TEL 042-710-5500 携帯 080-4417-2096
imaizumi.naoki@hinode-sangyo.co.jp
_________________________________""",
    "shinomiya": """
------------------------------
日の出産業株式会社 介護事業部
デイサービスひので町田　管理者
四ノ宮 彩（しのみや あや）
〒195-0053 東京都町田市能ヶ谷2-5-17
TEL 042-735-6210 FAX 042-735-6211
shinomiya.aya@hinode-sangyo.co.jp
------------------------------""",
}

S_MORISHITA = "森下 由佳 <morishita.yuka@hinode-sangyo.co.jp>"
S_KOGA = "古閑 健太 <koga.kenta@hinode-sangyo.co.jp>"
S_BANDO = "坂東 美里 <bando.misato@hinode-sangyo.co.jp>"
S_USAMI = "宇佐美 隆 <usami.takashi@hinode-sangyo.co.jp>"
S_MITARAI = "御手洗 恵 <mitarai.megumi@hinode-sangyo.co.jp>"
S_JIMBO = "Daisuke Jimbo <jimbo.daisuke@hinode-sangyo.co.jp>"
S_SHOJI = "東海林 さおり <shoji.saori@hinode-sangyo.co.jp>"
S_IMAIZUMI = "今泉 直樹 <imaizumi.naoki@hinode-sangyo.co.jp>"
S_SHINOMIYA = "四ノ宮 彩 <shinomiya.aya@hinode-sangyo.co.jp>"

# frequent outside contacts (all invented)
CM_TSUGE = "柘植 真由美 <tsuge@aozora-careplan.jp>"          # ケアプランセンターあおぞら
CM_HIGA = "比嘉 修 <higa.osamu@tsukushi-kyotaku.or.jp>"       # つくし居宅介護支援事業所
CM_SUGINOUCHI = "杉ノ内 佳奈 <k.suginouchi@minamino-cm.co.jp>"  # みなみ野ケアマネジメント
CM_SAGARA = "相良 律子 <sagara@hanamizuki-care.com>"          # はなみずき介護相談室
CM_NISHINA = "仁科 浩二 <nishina@saganomori-kyotaku.jp>"      # 居宅介護支援事業所さがみの杜
NS_TOKORO = "所 久美子 <tokoro@suzuran-houkan.jp>"            # 訪問看護ステーションすずらん
FE_EDOGAWA = "江戸川 亘 <w.edogawa@caretech-fukushi.co.jp>"   # ケアテック福祉用具
MSW_SHITARA = "設楽 亮 <renkei@tsurukawa-hp.or.jp>"          # 町田つるかわ病院 地域医療連携室
CITY_MACHIDA = "町田市 介護保険課 事業者指導係 <kaigo-shido@city.machida.lg.jp>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    m.setdefault("cc", [])
    m.setdefault("attachments", [])
    MESSAGES.append(m)


# -- 001-012 -----------------------------------------------------------------------------

add(
    id="kaigohoken-001", charset="iso-2022-jp", sender=S_KOGA,
    to=["丸岡 配車センター <maruoka@aoba-unyu.co.jp>"],
    subject="【送迎表】月・木コース 11/16〜更新分",
    body="""青葉運輸株式会社
配車センター　丸岡様

いつもお世話になっております。
日の出産業 デイサービスひので相模大野の古閑です。

来週（11/16〜）から新しくご利用開始の方が2名いらっしゃいますので、
月・木コースの送迎表を更新しました。下記のとおりお願いいたします。
車いすの方はリフト車（2号車）でお願いします。

氏名          住所                                  電話            迎え   備考
------------------------------------------------------------------------------------------------
五十嵐 キヨ   相模原市南区相模大野3-8-12            042-742-1187    8:40   車いす（右片麻痺）
目黒 辰雄     相模原市南区上鶴間本町5-21-3          042-744-6630    8:48   杖歩行
雲母 春江     相模原市南区東林間2-14-7 東林荘102    090-3318-4472   8:55   認知症あり、玄関で長女様に引き渡し
薬師寺 勇     相模原市南区鵜野森1-33-9              042-748-2051    9:02   在宅酸素（ボンベ持参）
小鳥遊 ふみ   相模原市南区古淵4-2-16                042-753-9124    9:10   新規・車いす
千々岩 正一   相模原市南区大野台6-11-28             080-6672-0138   9:15   新規・火金は透析のため休み
葛城 スミ子   相模原市南区若松2-7-5 グリーンハイツ301   042-767-3390    9:21   歩行器
百目鬼 茂     相模原市南区旭町19-4                  042-741-8806    9:28   耳が遠いので呼び鈴2回

※帰りはいつもどおり16:10出発です。
※雲母様はご家族不在時はケアマネ（はなみずき 相良様）へ連絡をお願いします。

よろしくお願いいたします。
""" + SIG["koga"],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="8 day-care users' addresses and phones with 片麻痺・認知症・透析・在宅酸素 in a padded list to the transport contractor",
)

add(
    id="kaigohoken-002", charset="iso-2022-jp", sender=S_BANDO,
    to=["ツバサシステム サポートセンター <support@tsubasa-system.jp>"],
    subject="伝送エラー（受付不可）について：つばさケア Ver.8.2",
    body="""株式会社ツバサシステム
サポートセンター御中

お世話になっております。日の出産業 介護事業部 業務課の坂東です。

昨日（11/9）17時頃、10月サービス提供分の介護給付費請求を「つばさケア」から伝送
したところ、到達確認で下記のメッセージが表示され、受付不可となりました。

　エラー表示：「EC0105 電子証明書の有効期限を確認してください」
　対象事業所：ヘルパーステーションひので町田（事業所番号 1371209846）
　端末：業務課PC（Windows 11、つばさケア Ver.8.2.114）

電子証明書は今年3月に更新済みのはずですが、どこで確認すればよいでしょうか。
請求期限が10日ですので、本日中にご回答いただけますと大変助かります。
リモートサポートが必要でしたら、受付番号をお知らせください。

よろしくお願いいたします。
""" + SIG["bando"],
    expect="pass",
    entities=[],
    detectors=[],
    note="support question to the partner software vendor; office number and error code only",
)

add(
    id="kaigohoken-003", charset="utf-8", sender=S_BANDO,
    to=["東京都国保連 介護保険課 ヘルプデスク <kaigo-help@tokyo-kokuhoren.or.jp>"],
    subject="返戻（10月審査分）の内容確認のお願い／事業所番号1371209846",
    body="""東京都国民健康保険団体連合会
介護福祉部 介護保険課 ご担当者様

いつも大変お世話になっております。
日の出産業株式会社 ヘルパーステーションひので町田（事業所番号1371209846）の
請求を担当しております坂東と申します。

10月審査分で下記6件が返戻となりました。ASS1・ASS2については受給者台帳と
突合しましたが、当方の入力と相違が見当たりません。保険者側の台帳の異動状況を
ご確認いただくことは可能でしょうか。

被保険者番号	氏名	生年月日	提供年月	エラー
0000381245	薬袋 ミツ	昭和11年4月3日	令和8年8月	ASS1
0000396610	我妻 昭二	昭和9年12月20日	令和8年8月	ASS1
0000402287	十文字 タツ	昭和14年1月8日	令和8年8月	ASS2
0000377154	卜部 信子	昭和16年6月30日	令和8年7月	ASS2
0000410963	五百旗頭 清	昭和7年10月2日	令和8年8月	12GA
0000388521	四十物 トシ	昭和12年3月17日	令和8年8月	ASS1

再請求は12月審査で行う予定です。
お手数ですが、ご教示のほどよろしくお願いいたします。
""" + SIG["bando"],
    expect="stop",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="six users' 介護保険被保険者番号, names and dates of birth in a tab-separated list to the federation",
)

add(
    id="kaigohoken-004", charset="shift_jis", sender=S_SHINOMIYA,
    to=["野々村 様 <nonomura@kitaguni-foods.co.jp>"],
    subject="12月分 食材・昼食 発注（デイサービスひので町田）発注番号 HN-D-2612-014",
    body="""北国フーズ株式会社
営業部　野々村様

いつもお世話になっております。
デイサービスひので町田の四ノ宮です。
12月分の昼食をいつもどおり下記の食数でお願いいたします。

■平日（月〜土）1日あたりの食数
　常食　　　　　２８食
　軟菜食　　　　　９食
　きざみ食　　　　６食
　ミキサー食　　　３食
　おかゆ追加　　　５食
　――――――――――――
　合計　　　　　４６食（おかゆ追加は別計上）

■行事食
　12/21（月）冬至メニュー（かぼちゃ煮・ゆず湯ゼリー）
　12/25（金）クリスマスメニュー（ケーキはミキサー対応3個含む）

単価はお見積り（見積No.KF-2609-221）の　常食６２０円／形態食６８０円　で承知しております。
請求書はこれまでどおり月末締めで介護事業部 業務課宛にお送りください。

年末は12/30〜1/3休業、1/4（月）から再開です。
よろしくお願いいたします。
""" + SIG["shinomiya"],
    expect="pass",
    entities=[],
    detectors=[],
    note="meal order to the partner caterer: counts per texture only, prices and an order number, no person",
)

_meal_a = [
    ["利用者別 食事形態・制限食一覧（デイサービスひので相模大野 月水金）　令和8年11月1日現在"],
    [],
    ["No", "氏名", "生年月日", "主食", "副食形態", "疾病等による制限", "アレルギー・禁止食"],
    [1, "五十嵐 キヨ", "S13.2.11", "全粥", "きざみ", "脳梗塞後遺症（嚥下やや低下）とろみ薄", "なし"],
    [2, "雲母 春江", "S16.9.4", "米飯", "常菜", "糖尿病 1日1400kcal・間食なし", "そば"],
    [3, "薬師寺 勇", "S10.5.27", "米飯", "軟菜", "慢性心不全 塩分6g未満", "なし"],
    [4, "千々岩 正一", "S18.11.30", "米飯", "常菜", "慢性腎臓病（透析） カリウム・水分制限", "生野菜・果物不可"],
    [5, "葛城 スミ子", "S12.7.7", "全粥", "ミキサー", "嚥下障害 とろみ中間", "えび"],
    [6, "百目鬼 茂", "S11.1.19", "米飯", "常菜", "ワーファリン服用中", "納豆・青汁不可"],
]
_meal_b = [
    ["利用者別 食事形態・制限食一覧（デイサービスひので相模大野 火木土）　令和8年11月1日現在"],
    [],
    ["No", "氏名", "生年月日", "主食", "副食形態", "疾病等による制限", "アレルギー・禁止食"],
    [1, "目黒 辰雄", "S14.4.15", "米飯", "常菜", "高血圧 減塩", "なし"],
    [2, "小鳥遊 ふみ", "S9.8.8", "全粥", "きざみ", "パーキンソン病 むせ込みあり", "なし"],
    [3, "桧垣 トモ", "S15.12.3", "米飯", "軟菜", "胃がん術後（少量頻回）", "乳製品"],
    [4, "鰐淵 幸三", "S17.3.21", "米飯", "常菜", "糖尿病 インスリン使用・補食あり", "なし"],
    [5, "仲宗根 カマド", "S8.10.10", "全粥", "ミキサー", "認知症 嚥下障害 とろみ濃いめ", "卵"],
]

add(
    id="kaigohoken-005", charset="utf-8", sender=S_KOGA,
    to=["野々村 様 <nonomura@kitaguni-foods.co.jp>"],
    cc=["北国フーズ 栄養士 川奈 <kawana@kitaguni-foods.co.jp>"],
    subject="利用者様の食事形態・制限食一覧（相模大野）",
    body="""北国フーズ 野々村様、川奈様

お世話になっております。ひので相模大野の古閑です。
先日ご依頼のありました、利用者様ごとの食事形態と制限食の一覧をお送りします。
曜日ごとにシートを分けています。盛り付け時の確認にお使いください。

千々岩様は11/16から利用開始のため、今回から追加しています。
ご不明点があればご連絡ください。
""" + SIG["koga"],
    attachments=[{
        "kind": "xlsx", "name": "食事形態一覧_相模大野_202611.xlsx",
        "title": "食事形態一覧",
        "sheets": {"月水金": _meal_a, "火木土": _meal_b},
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX (two sheets, title rows) of 11 users with birth dates and diagnoses (糖尿病・透析・がん・認知症) sent to the caterer",
)

add(
    id="kaigohoken-006", charset="iso-2022-jp", sender=S_MORISHITA,
    to=[CM_TSUGE],
    subject="Re: 川端様 サービス担当者会議の日程",
    body="""ケアプランセンターあおぞら
柘植様

いつもお世話になっております。ひので町田の森下です。

川端様のサービス担当者会議、11月14日（土）14時〜ご自宅で承知しました。
当日は私と担当ヘルパーの江口の2名で伺います。
訪問介護計画書（案）は当日お持ちします。

引き続きよろしくお願いいたします。

> 柘植です。
> 川端様の更新に伴う担当者会議ですが、ご家族のご都合で
> 11/14（土）14:00〜、ご自宅での開催となりました。
> ご出席の可否をお知らせください。
""" + SIG["morishita"],
    expect="pass",
    entities=[],
    detectors=[],
    note="date confirmation to one care manager; the user is named only, no data about her",
)

add(
    id="kaigohoken-007", charset="iso-2022-jp", sender=S_MORISHITA,
    to=[CM_HIGA],
    subject="【事故報告（第一報）】蓮見様 訪問中の転倒について",
    body="""つくし居宅介護支援事業所
比嘉様

お世話になっております。ヘルパーステーションひので町田の森下です。
本日の訪問中に事故がありましたので、取り急ぎ第一報をお送りします。

　利用者：蓮見 トヨ様（88歳、町田市金井在住）
　日時　：11月10日（火）10時25分頃
　場所　：ご自宅 浴室前の廊下
　状況　：入浴介助のため浴室へ移動中、ヘルパーが脱衣所の準備で手を離した際に
　　　　　ふらつかれ、左側に転倒されました。
　対応　：左股関節の痛みを強く訴えられたため救急要請。町田つるかわ病院に搬送され、
　　　　　「左大腿骨頸部骨折」と診断、明日手術の予定です。
　　　　　長男様（ご連絡済み）が病院に付き添われています。

骨粗しょう症の既往がある方で、移動時は必ず見守りとする手順でしたが、
手順が守られていませんでした。大変申し訳ございません。
町田市への事故報告と、再発防止策は改めてご報告いたします。
""" + SIG["morishita"],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="accident report naming one user with a fracture diagnosis and 骨粗しょう症 history, sent to an outside care manager",
)

add(
    id="kaigohoken-008", charset="utf-8", sender=S_MITARAI,
    to=["たちばな社労士事務所 橘 美紀 <tachibana@tachibana-sr.jp>"],
    subject="資格取得届（11/1入職 2名）の手続きのお願い",
    body=f"""たちばな社会保険労務士事務所
橘先生

いつもお世話になっております。日の出産業 介護事業部の御手洗です。
11月1日付で入職した登録ヘルパー（週30時間）2名について、
健康保険・厚生年金・雇用保険の資格取得手続きをお願いいたします。

【1】
氏名　　　：鬼頭 沙織（キトウ サオリ）
生年月日　：平成4年7月19日
住所　　　：〒194-0032 東京都町田市本町田2-17-5 サンハイツ本町田105
個人番号　：{mn(0)}
基礎年金番号：4213-508762
資格取得日：令和8年11月1日
報酬月額　：218,000円

【2】
氏名　　　：一尺八寸 航（カマツカ ワタル）
生年月日　：平成10年2月3日
住所　　　：〒252-0311 神奈川県相模原市南区東林間5-3-22
個人番号　：{fw(mn(1, '-'))}
基礎年金番号：{fw('5102-384619')}
資格取得日：令和8年11月1日
報酬月額　：205,000円

扶養家族はいずれもおりません。
雇用契約書の写しは来週郵送いたします。
""" + SIG["mitarai"],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="two new helpers' My Numbers (one in full-width digits) and basic pension numbers to the labour consultant",
)

add(
    id="kaigohoken-009", charset="utf-8", sender=S_SHINOMIYA,
    to=[S_USAMI, S_MORISHITA],
    cc=["介護事業部 本部 <kaigo-honbu@care.hinode-sangyo.co.jp>"],
    subject="デイ町田 利用者一覧（11月更新版）",
    body="""宇佐美部長、森下さん

お疲れさまです。四ノ宮です。
BCP訓練で使うため、デイ町田の利用者一覧を更新しました（社内限り）。

氏名	要介護度	主病名	緊急連絡先
西園寺 ハル	要介護2	アルツハイマー型認知症	長女 090-2231-6648
勅使河原 実	要介護3	脳出血後遺症（左片麻痺）	妻 042-735-1180
真壁 カネ	要介護1	変形性膝関節症	次男 080-5521-0937
早乙女 宗一	要介護2	パーキンソン病	長男 070-1184-2261
有働 トミ	要支援2	高血圧・骨粗しょう症	長女 090-8843-5502
栗栖 健吉	要介護4	脊髄小脳変性症	妻 042-736-4471
久慈 ヨシ	要介護1	うつ病	姪 080-3390-1245
湯之上 孝	要介護2	糖尿病・網膜症	長男 090-6617-2038

訓練は11/21（土）です。印刷は当日朝にこちらで行います。
""" + SIG["shinomiya"],
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=[],
    note="all recipients internal (incl. a care.hinode-sangyo.co.jp subdomain): a sensitive user list may circulate inside",
)

add(
    id="kaigohoken-010", charset="iso-2022-jp", sender=S_IMAIZUMI,
    to=[CM_TSUGE, CM_HIGA, CM_SUGINOUCHI, CM_SAGARA,
        "仁科 浩二 <nishina@saganomori-kyotaku.jp>"],
    subject="【ご案内】デイサービスひので町田 12月からの受け入れ枠について",
    body="""居宅介護支援事業所
介護支援専門員の皆様

いつも大変お世話になっております。
日の出産業 介護事業部の今泉でございます。

デイサービスひので町田では、12月より送迎車を1台増車し、
下記の曜日で新規のご利用を受け入れられるようになりました。

　・火曜日　3名
　・木曜日　2名
　・土曜日　4名（入浴可）

個別機能訓練加算（I）イ、入浴介助加算（I）を算定しております。
見学・体験利用は随時承っておりますので、お気軽にご相談ください。
パンフレットは来週あらためてお届けにあがります。

今後ともよろしくお願い申し上げます。
""" + SIG["imaizumi"],
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="announcement to five different care-manager offices all in To: they see each other, should have been Bcc",
)

add(
    id="kaigohoken-011", charset="utf-8", sender=S_SHOJI,
    to=[CM_TSUGE],
    cc=[NS_TOKORO],
    subject="合同勉強会「在宅での看取り支援」打合せのお願い",
    body="""あおぞら 柘植様
すずらん 所様

お世話になっております。居宅介護支援事業所ひのでの東海林です。
先日お話しした三事業所合同の勉強会について、打合せの日程をご相談させてください。

　テーマ：在宅での看取り期の支援　〜多職種で何を共有するか〜
　開催　：令和9年1月下旬（平日18:30〜20:00）を想定
　会場　：ひのでビル3F 会議室（定員30名）

打合せ候補：
　11/18（水）18:00〜
　11/20（金）17:30〜
　11/25（水）18:00〜

講師は、すずらん様の認定看護師の方にお願いできればと考えております。
ご都合のよい日をお知らせください。
""" + SIG["shoji"],
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="normal three-way meeting mail: two outside organisations in To/Cc, no personal data",
)

add(
    id="kaigohoken-012", charset="utf-8", sender=S_JIMBO,
    to=["ツバサシステム 導入支援 <support@tsubasa-sytem.jp>"],
    subject="つばさケア バージョンアップ作業日程のご相談",
    body="""株式会社ツバサシステム
導入支援ご担当者様

お世話になっております。日の出産業 情報システム部の神保です。

介護報酬改定対応版（Ver.9.0）へのバージョンアップについて、
作業日程を下記で調整させてください。

　対象：介護事業部 5拠点（端末18台、サーバ1台）
　希望：12月12日（土）9:00〜15:00
　　　　※国保連への伝送締切（12/10）後で、月初の請求作業に影響しない日程です。

事前にご準備いただくもの、当日の停止時間の目安をお知らせいただけますか。
リモート作業の場合はVPNアカウントを発行いたします。

よろしくお願いいたします。
""" + SIG["jimbo"],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain tsubasa-sytem.jp is a letter-swap look-alike of the partner tsubasa-system.jp",
)

# -- 013-025 -----------------------------------------------------------------------------

_jisseki_rows = [
    ["被保険者番号", "利用者氏名", "フリガナ", "要介護度", "サービス内容", "提供回数", "単位数"],
    ["0000412376", "川端 静江", "カワバタ シズエ", "要介護2", "身体1生活2", "8", "4872"],
    ["0000398841", "蓮見 トヨ", "ハスミ トヨ", "要介護3", "身体2", "9", "3546"],
    ["0000405512", "東雲 一郎", "シノノメ イチロウ", "要介護1", "生活3", "12", "3600"],
    ["0000391203", "京極 絹代", "キョウゴク キヌヨ", "要介護2", "身体1", "13", "3172"],
    ["0000417730", "御厨 道子", "ミクリヤ ミチコ", "要支援2", "訪問型A", "8", "2236"],
    ["0000384069", "左右田 正", "ソウダ タダシ", "要介護4", "身体3", "26", "16822"],
    ["0000409958", "二階堂 ハツ", "ニカイドウ ハツ", "要介護1", "生活2", "9", "1611"],
    ["0000400127", "天羽 善次", "アモウ ゼンジ", "要介護2", "身体1生活1", "12", "5028"],
    ["0000395574", "神座 とき", "カンザ トキ", "要介護3", "身体2", "17", "6698"],
    ["0000413386", "宍戸 光男", "シシド ミツオ", "要介護1", "生活3", "4", "1200"],
    ["0000388902", "有馬 ツル", "アリマ ツル", "要介護5", "身体4", "30", "23670"],
    ["0000416645", "不破 貞夫", "フワ サダオ", "要支援1", "訪問型A", "4", "1118"],
]

add(
    id="kaigohoken-013", charset="shift_jis", sender=S_MORISHITA,
    to=[CM_SUGINOUCHI],
    subject="10月分 サービス提供実績のご報告（ひので町田）",
    body="""みなみ野ケアマネジメント
杉ノ内様

お世話になっております。ヘルパーステーションひので町田の森下です。
10月分のサービス提供実績をCSVでお送りします（杉ノ内様ご担当の12名分）。
提供票との差異は、左右田様の臨時訪問2回分のみです。

ご確認のほどよろしくお願いいたします。
""" + SIG["morishita"],
    attachments=[{"kind": "csv", "name": "提供実績_202610_ひので町田.csv",
                  "encoding": "cp932", "rows": _jisseki_rows}],
    expect="stop",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="CP932 CSV of 12 users with 介護保険被保険者番号, names and care levels to an outside care manager",
)

add(
    id="kaigohoken-014", charset="shift_jis", sender=S_IMAIZUMI,
    to=["錦印刷 営業部 大曽根 <osone@nishiki-insatsu.co.jp>"],
    subject="パンフレット増刷のお見積りのお願い",
    body="""錦印刷株式会社
営業部　大曽根様

いつもお世話になっております。日の出産業 介護事業部の今泉です。
昨年作成いただいた事業所パンフレット（A4三つ折り）の増刷をお願いしたく、
お見積りをお願いできますでしょうか。

　部数：3,000部（または5,000部の両方でお願いします）
　変更点：裏面の事業所一覧を下記に差し替え

――― 裏面 事業所一覧（差し替え後） ―――
■ヘルパーステーションひので町田
　〒194-0013 東京都町田市原町田4-12-8 ひのでビル2F　TEL 042-720-3381
■居宅介護支援事業所ひので
　〒194-0013 東京都町田市原町田4-12-8 ひのでビル3F　TEL 042-720-3390
■デイサービスひので町田
　〒195-0053 東京都町田市能ヶ谷2-5-17　TEL 042-735-6210
■デイサービスひので相模大野
　〒252-0303 神奈川県相模原市南区相模大野7-21-4　TEL 042-765-8804
――――――――――――――――――――――

納期は12月18日（金）の納品を希望します。
データは前回の入稿データ（受注番号 NI-25-08817）を流用いただければ幸いです。
""" + SIG["imaizumi"],
    expect="pass",
    entities=[],
    detectors=[],
    note="print order with a list of the company's own offices (business addresses and switchboards), not people",
)

add(
    id="kaigohoken-015", charset="utf-8", sender=S_MORISHITA,
    to=[NS_TOKORO],
    subject="共通利用者様の情報共有表（11月）",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>訪問看護ステーションすずらん<br>所様</p>
<p>いつもお世話になっております。ヘルパーステーションひので町田の森下です。<br>
両事業所で関わっている利用者様の情報共有表を更新しました。訪問時の参考にしてください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>主病名</th><th>主治医</th><th>訪問介護</th><th>緊急連絡先</th></tr>
<tr><td>左右田 正</td><td>ALS（筋萎縮性側索硬化症）</td><td>さがみ内科クリニック 岩城医師</td><td>毎日 朝夕</td><td>妻 090-4471-2285</td></tr>
<tr><td>有馬 ツル</td><td>脳梗塞後遺症・褥瘡（仙骨部）</td><td>町田つるかわ病院 鮫島医師</td><td>毎日 昼</td><td>長男 042-722-6039</td></tr>
<tr><td>神座 とき</td><td>心不全・慢性腎不全</td><td>たかせクリニック 高瀬医師</td><td>月水金</td><td>長女 080-2264-7710</td></tr>
<tr><td>蓮見 トヨ</td><td>左大腿骨頸部骨折（術後）・骨粗しょう症</td><td>町田つるかわ病院 整形外科</td><td>入院中</td><td>長男 090-5530-8124</td></tr>
<tr><td>天羽 善次</td><td>肺がん（在宅酸素）</td><td>さがみ内科クリニック 岩城医師</td><td>火木土</td><td>妻 042-725-3397</td></tr>
</table>
<p>有馬様の褥瘡処置の変更点は、次回のカンファレンスでご説明いただけますと助かります。</p>
<p>--<br>日の出産業株式会社 介護事業部<br>ヘルパーステーションひので町田 サービス提供責任者 森下 由佳<br>
TEL 042-720-3381　morishita.yuka@hinode-sangyo.co.jp</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only table of five users with diagnoses and family phones to an outside nursing station",
)

add(
    id="kaigohoken-016", charset="iso-2022-jp", sender=S_BANDO,
    to=[CM_HIGA],
    subject="10月分 提供票実績（パスワード付きファイル）",
    body="""つくし居宅介護支援事業所
比嘉様

お世話になっております。日の出産業 業務課の坂東です。
10月分の提供票実績（ひので町田・デイ町田の2事業所分）を送付いたします。
ファイルにはパスワードを設定しております。パスワードは別途メールでお知らせします。

ご確認のほどよろしくお願いいたします。
""" + SIG["bando"],
    attachments=[{
        "kind": "zip", "name": "jisseki_202610_tsukushi.zip", "password": "Hn#2611tk",
        "files": [{"kind": "xlsx", "name": "提供票実績_202610.xlsx", "sheets": {
            "訪問介護": [["被保険者番号", "氏名", "回数"], ["0000384069", "左右田 正", 26],
                         ["0000412376", "川端 静江", 8], ["0000398841", "蓮見 トヨ", 9],
                         ["0000400127", "天羽 善次", 12], ["0000388902", "有馬 ツル", 30]],
            "通所介護": [["被保険者番号", "氏名", "回数"], ["0000371125", "西園寺 ハル", 13],
                         ["0000369903", "勅使河原 実", 9]]}}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): the attachment cannot be inspected",
)

add(
    id="kaigohoken-017", charset="iso-2022-jp", sender=S_BANDO,
    to=[CM_HIGA],
    subject="パスワードのお知らせ（10月分 提供票実績）",
    body="""比嘉様

先ほどお送りしたファイルのパスワードをお知らせします。

　Hn#2611tk

よろしくお願いいたします。
日の出産業 業務課　坂東
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the password follow-up of a PPAP pair: no attachment, no personal data",
)

add(
    id="kaigohoken-018", charset="utf-8", sender=S_USAMI,
    to=["ひまわり経営コンサルティング 立花 <tachibana.k@himawari-mc.co.jp>"],
    subject="令和9年度 事業計画（案）の送付",
    body="""ひまわり経営コンサルティング株式会社
立花様

いつもお世話になっております。日の出産業の宇佐美です。
来週の打合せに先立ち、介護事業部の令和9年度事業計画（案）をお送りします。
デイ2拠点の稼働率改善と、訪問介護の特定事業所加算取得が主な論点です。
ご意見をいただけますと幸いです。
""" + SIG["usami"],
    attachments=[{
        "kind": "pdf", "name": "R9_介護事業部_事業計画案.pdf",
        "title": "令和9年度 介護事業部 事業計画（案）",
        "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 介護事業部　社外秘・複製禁止",
        "lines": ["令和9年度 介護事業部 事業計画（案）", "",
                  "1. 基本方針：在宅生活の継続を支える複合サービス体制の確立",
                  "2. 重点施策：デイ稼働率 82%→90%、訪問介護 特定事業所加算(II)取得",
                  "3. 収支計画（単位：千円）"],
        "table": [["拠点", "売上", "人件費", "その他経費", "営業利益"],
                  ["ひので町田（訪問）", "118,400", "84,200", "19,600", "14,600"],
                  ["デイ町田", "96,300", "58,900", "27,100", "10,300"],
                  ["デイ相模大野", "88,700", "55,300", "25,800", "7,600"],
                  ["居宅ひので", "31,200", "26,800", "3,900", "500"],
                  ["合計", "334,600", "225,200", "76,400", "33,000"]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF business plan stamped 社外秘 in its header and footer, sent to an outside consultant",
)

add(
    id="kaigohoken-019", charset="iso-2022-jp", sender=S_SHINOMIYA,
    to=["西園寺 明美 <akemi.saionji.0412@gmail.com>"],
    subject="ご利用日の振替について（デイサービスひので町田）",
    body="""西園寺 明美様

いつもお世話になっております。デイサービスひので町田の四ノ宮です。
お電話でご相談いただいた件、承知いたしました。

11月23日（月・祝）のご利用を、11月26日（木）に振り替えます。
お迎えの時間はいつもどおり9時5分頃です。
ケアマネジャーの柘植様にも、こちらから変更をお伝えしておきます。

寒くなってまいりましたので、上着を一枚多めにお持たせください。
どうぞよろしくお願いいたします。
""" + SIG["shinomiya"],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="schedule change to one family member on free mail; no health information",
)

add(
    id="kaigohoken-020", charset="utf-8", sender=S_KOGA,
    to=["岡部 様 <okabe.yukari@gmail.com>", "hiroshi-tsuji1964@yahoo.co.jp",
        "真田 様 <m.sanada@icloud.com>", "kinu.hoshino@docomo.ne.jp",
        "田宮 様 <tamiya_family@outlook.jp>", "rokkaku-k@ezweb.ne.jp"],
    subject="【ご案内】ひので相模大野 クリスマス会のお知らせ",
    body="""ご家族の皆さま

いつもデイサービスひので相模大野をご利用いただき、ありがとうございます。
生活相談員の古閑です。

今年もクリスマス会を開催いたします。ご家族の皆さまもぜひお越しください。

　日時：12月19日（土）13:30〜15:00
　場所：デイサービスひので相模大野 2階ホール
　内容：ハンドベル演奏（地元中学校吹奏楽部）、職員による寸劇、ケーキ
　参加費：無料

参加される場合は、12月12日（土）までに連絡帳か、このメールへの返信でお知らせください。
駐車場は3台分のみですので、できるだけ公共交通機関でお越しください。
""" + SIG["koga"],
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="six families' private addresses visible to each other in To; should have been Bcc",
)

add(
    id="kaigohoken-021", charset="utf-8", sender=S_SHOJI,
    to=["町田市 介護保険課 認定係 <kaigo-nintei@city.machida.lg.jp>"],
    subject="区分変更申請書の事前送付（薬袋 ミツ様）",
    body="""町田市 いきいき生活部 介護保険課
認定係 ご担当者様

お世話になっております。居宅介護支援事業所ひので（事業所番号1371209853）の東海林です。
薬袋 ミツ様の要介護認定 区分変更申請について、申請書の写しを事前にお送りします。
原本は明日、窓口に持参いたします。
""" + SIG["shoji"],
    attachments=[{
        "kind": "pdf", "name": "区分変更申請書_薬袋様.pdf",
        "title": "介護保険 要介護認定・要支援認定 区分変更申請書",
        "lines": [
            "介護保険 要介護認定・要支援認定 区分変更申請書",
            "町田市長 殿　　　　　　　　　　　　申請日：令和8年11月12日",
            "被保険者番号：0000381245　　個人番号：" + mn(2),
            "氏名：薬袋 ミツ（ミナイ ミツ）　　生年月日：昭和11年4月3日　性別：女",
            "住所：〒195-0062 東京都町田市大蔵町2118-4",
            "電話：042-735-2947",
            "現在の要介護状態区分：要介護1（有効期間 R8.4.1〜R9.3.31）",
            "区分変更の理由：アルツハイマー型認知症の進行により夜間徘徊が出現。",
            "　　　　　　　　10月に転倒し右橈骨遠位端骨折、ADLが低下したため。",
            "主治医：みなみ町田クリニック　医師 穂積 和也",
            "申請代行者：居宅介護支援事業所ひので　東海林 さおり",
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH",
              "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="application PDF with a user's My Number, insured number, address and dementia/fracture details, by plain mail to the city",
)

add(
    id="kaigohoken-022", charset="iso-2022-jp", sender=S_BANDO,
    to=["町田市 介護保険課 事業者指導係 <kaigo-shido@city.machida.lg.jp>"],
    subject="処遇改善加算 計画書の提出方法について（問い合わせ）",
    body="""町田市 介護保険課
事業者指導係 ご担当者様

お世話になっております。日の出産業株式会社 介護事業部の坂東と申します。

介護職員等処遇改善加算の令和9年度計画書について、2点お伺いします。

1. 東京都の電子申請システムで提出した場合、市への紙の提出は不要でしょうか。
2. 地域密着型通所介護（デイサービスひので町田）分も、都への一括提出でよろしいでしょうか。

昨年度は市と都の両方に提出しておりましたので、念のため確認させてください。
お忙しいところ恐縮ですが、よろしくお願いいたします。
""" + SIG["bando"],
    expect="pass",
    entities=[],
    detectors=[],
    note="procedural question to the municipality, no personal data",
)

add(
    id="kaigohoken-023", charset="utf-8", sender=S_SHINOMIYA,
    to=[CM_SAGARA],
    subject="Re: 10月のご利用状況について",
    body="""はなみずき介護相談室
相良様

お世話になっております。デイサービスひので町田の四ノ宮です。
ご依頼の件、相良様ご担当の方の10月ご利用状況をお送りします。

・西園寺 ハル様（0000371125）　予定13回／実績13回
・勅使河原 実様（0000369903）　予定9回／実績5回　10/12〜10/20 誤嚥性肺炎で入院のため中止
・真壁 カネ様（0000372418）　予定8回／実績8回
・早乙女 宗一様（0000375560）　予定13回／実績11回　パーキンソン症状の悪化で2回欠席
・久慈 ヨシ様（0000379231）　予定8回／実績6回　うつ症状で外出困難な日あり、2回中止
・湯之上 孝様（0000366842）　予定13回／実績13回

勅使河原様は退院後、むせが増えておりますので、食形態の見直しをご相談させてください。

> 相良です。いつもお世話になっております。
> 月末の給付管理に向けて、弊所担当の方の10月のご利用状況（予定と実績、
> 中止があればその理由）を教えていただけますでしょうか。
> よろしくお願いいたします。
""" + SIG["shinomiya"],
    expect="stop",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="reply whose new text lists six users with insured numbers and reasons like pneumonia / depression; only the request is quoted",
)

add(
    id="kaigohoken-024", charset="shift_jis", sender=S_KOGA,
    to=[CM_NISHINA],
    subject="Re: 12月の利用予定の件",
    body="""仁科様

ひので相模大野の古閑です。
ご連絡ありがとうございます。下記の皆さまの12月予定、承知しました。
提供票は届き次第、内容を確認してご連絡します。

-----Original Message-----
From: 仁科 浩二 <nishina@saganomori-kyotaku.jp>
Sent: Tuesday, November 17, 2026 10:12 AM
To: 古閑 健太 <koga.kenta@hinode-sangyo.co.jp>
Subject: 12月の利用予定の件

古閑様

さがみの杜の仁科です。12月の利用予定をお送りします。

　目黒 辰雄様　　火木土　042-744-6630　変更なし
　雲母 春江様　　月水金　090-3318-4472　12/28〜1/3はショートステイ利用
　薬師寺 勇様　　月水金　042-748-2051　酸素流量が2Lに変更（主治医指示）
　桧垣 トモ様　　火木　　042-756-1183　12/8 胃カメラのため休み
　鰐淵 幸三様　　火木土　090-7712-0456　インスリンの単位変更あり

よろしくお願いいたします。
""" + SIG["koga"],
    expect="pass",
    entities=[],
    detectors=[],
    note="the list of users with phones and health notes is only quoted from the care manager's own mail; new text has none",
)

add(
    id="kaigohoken-025", charset="iso-2022-jp", sender=S_MORISHITA,
    to=[FE_EDOGAWA],
    subject="FW: 福祉用具の選定・搬入のお願い（5名分）",
    body="""ケアテック福祉用具
江戸川様

お世話になっております。ひので町田の森下です。
あおぞらの柘植様から下記の依頼がありましたので、転送いたします。
搬入日の調整はヘルパーの訪問時間と合わせたいので、私宛にご連絡ください。

---------- Forwarded message ---------
From: 柘植 真由美 <tsuge@aozora-careplan.jp>
Date: 2026年11月16日(月) 9:41
Subject: 福祉用具の選定・搬入のお願い（5名分）
To: 森下 由佳 <morishita.yuka@hinode-sangyo.co.jp>

森下様

柘植です。下記5名の方の福祉用具について、業者さんへの手配をお願いできますか。

1) 川端 静江様　町田市鶴川2-9-14　042-735-8817
　 脳梗塞後遺症（右片麻痺）。特殊寝台＋付属品、置き型手すり
2) 京極 絹代様　町田市能ヶ谷6-3-1-402　042-736-2054
　 関節リウマチ。歩行器（四輪）
3) 御厨 道子様　町田市広袴1-22-8　090-6631-0842
　 変形性股関節症。入浴用いす、浴槽手すり
4) 二階堂 ハツ様　町田市真光寺3-5-19　042-735-4409
　 パーキンソン病。スロープ（玄関）
5) 有馬 ツル様　町田市金井町2437-11　042-722-6039
　 褥瘡あり。エアマット（静止型から圧切替型へ変更）

よろしくお願いします。
""" + SIG["morishita"],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward (new text to the equipment dealer) of five users' addresses, phones and diagnoses",
)

# -- 026-040 -----------------------------------------------------------------------------

add(
    id="kaigohoken-026", charset="iso-2022-jp", sender=S_MORISHITA,
    to=[FE_EDOGAWA],
    subject="手すり取付の下見のお願い（東雲様宅）",
    body="""江戸川様

お世話になっております。ひので町田の森下です。
ケアマネの杉ノ内様から依頼のあった、玄関と廊下の手すり取付の件です。
下見の日程調整をお願いできますでしょうか。

　お名前：東雲 一郎 様
　ご住所：東京都町田市三輪町1180-6
　お電話：044-988-3172（ご本人、日中はご在宅です）
　ご希望：平日の午前中（火・金はヘルパー訪問があるため、それ以外ですと助かります）

お伺いの際は、ご本人に直接お電話いただいて大丈夫とのことです。
よろしくお願いいたします。
""" + SIG["morishita"],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one person's address and phone for a site visit, to the dealer who will do the work; no health detail",
)

add(
    id="kaigohoken-027", charset="utf-8", sender=S_USAMI,
    to=["四ノ宮 彩 <shinomiya.aya@hinode-sangyo-co.jp>"],
    cc=[S_KOGA, S_MORISHITA],
    subject="11月 管理者会議 議事メモ",
    body="""管理者各位

お疲れさまです。宇佐美です。
本日の管理者会議の議事メモです。

1. 10月実績：デイ町田 稼働率84.2%、デイ相模大野 79.5%、訪問 前月比+3.1%
2. 年末年始体制：12/30〜1/3はデイ休業、訪問は独居の方を中心に通常どおり
3. 感染症対策：インフルエンザ予防接種 職員の接種率 71%（目標90%）
4. BCP訓練：11/21 デイ町田、12/5 デイ相模大野
5. 人員：登録ヘルパー2名入職（11/1）、相模大野 看護職員1名 募集中

次回は12月15日（火）15時からです。
""" + SIG["usami"],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="an internal-looking address at hinode-sangyo-co.jp (hyphen for the dot) is outside the company: look-alike of the own domain",
)

add(
    id="kaigohoken-028", charset="utf-8", sender=S_MITARAI,
    to=["Maricel Dizon <m.dizon@bayanihan-support.jp>"],
    subject="Candidate details for the Specified Skilled Worker (Care) applications",
    body="""Dear Ms. Dizon,

Thank you for your continued support.
As discussed on Monday, please find below the details of the five candidates we have
selected for our day-care centres. Could you check them against the passports and
residence cards you hold and start preparing the applications?

1. SANTOS, Jennifer Reyes
   Date of birth: 14 March 1997 / Passport No.: P4827316B
   Current status: Technical Intern Training (ii) / Residence card No.: UH48213907EA

2. VILLANUEVA, Mark Anthony
   Date of birth: 2 November 1995 / Passport No.: P7730154A

3. NGUYEN THI, Hoa
   Date of birth: 21 June 1999 / Passport No.: C5518207
   Current status: Student / Residence card No.: RK30917652DA

4. DELA CRUZ, Angelica
   Date of birth: 8 August 1998 / Passport No.: P2094481C

5. PRATIWI, Dewi
   Date of birth: 30 January 2000 / Passport No.: X3318625

We would like all five to start in April 2027 (Sagami-Ono: 3, Machida: 2).
Please let me know if any document is missing.

Best regards,

Megumi Mitarai
General Affairs & HR, Care Services Division
Hinode Sangyo Co., Ltd.
1-30-6 Morino, Machida-shi, Tokyo 194-0022, Japan
Tel: +81-42-710-5523 / mitarai.megumi@hinode-sangyo.co.jp

""" + DISC_EN,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="English mail with five candidates' passport and residence card numbers and birth dates to a support agency",
)

add(
    id="kaigohoken-029", charset="utf-8", sender=S_JIMBO,
    to=["Erik Lindqvist <erik.lindqvist@nordcare.se>"],
    subject="Re: Bed sensor pilot at our day-care centres",
    body="""Dear Erik,

Thank you for the call yesterday and for the product sheet of the NC-300 bed sensor.

We would like to go ahead with a three-month pilot at two of our day-care centres
(12 units in total), starting in February 2027. Before that, our legal team needs
a mutual NDA in place, since the pilot will touch our facility layouts and our
internal network design. Could you send us your standard NDA template? Our lawyers
usually ask for Japanese law and Tokyo District Court as the venue; please let me
know if that is a problem.

Regarding the pricing you quoted (EUR 410 per unit, EUR 18 per unit per month for
the cloud dashboard), could you confirm whether the Japanese distributor price
would be different?

Best regards,
Daisuke Jimbo
IT Department, Hinode Sangyo Co., Ltd.

> Hi Daisuke,
> Great talking to you. Attached is the NC-300 sheet. Happy to set up a pilot.
> Erik
""" + "\n" + DISC_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English vendor mail about an NDA and prices, standard disclaimer; no personal data",
)

_furikae = [
    ["預金口座振替 新規登録依頼データ（令和8年12月振替分）　委託者：日の出産業株式会社 介護事業部"],
    ["委託者番号", "0047815", "", "", "", "", ""],
    ["契約者番号", "預金者名（カナ）", "銀行コード", "支店コード", "預金種目", "口座番号", "引落予定額"],
    ["K2611001", "ﾆｼｵﾝｼﾞ ｱｹﾐ", "0586", "112", "普通", "3318204", 12840],
    ["K2611002", "ﾃｼｶﾞﾜﾗ ﾐﾉﾙ", "0586", "112", "普通", "1047736", 18320],
    ["K2611003", "ｻｵﾄﾒ ﾀｶｼ", "0586", "208", "普通", "5520913", 15410],
    ["K2611004", "ｸﾘｽ ｹﾝｷﾁ", "0586", "112", "当座", "0081452", 29770],
    ["K2611005", "ｺﾞｼﾞｭｳｷﾄﾞ ｷﾖｼ", "0586", "315", "普通", "2736608", 9860],
    ["K2611006", "ﾐﾅｲ ｹﾝｼﾞ", "0586", "112", "普通", "6612047", 11230],
    ["K2611007", "ｶﾏﾂｶ ﾖｼｺ", "0586", "208", "普通", "4409125", 13590],
]

add(
    id="kaigohoken-030", charset="utf-8", sender=S_BANDO,
    to=["みどり銀行 町田支店 法人営業 <machida-hojin@midori-ginko.co.jp>"],
    subject="口座振替 新規登録依頼（12月振替分）",
    body="""株式会社みどり銀行 町田支店
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 介護事業部 業務課の坂東です。
12月振替分から口座振替を開始する利用者様（7件）の登録依頼データをお送りします。
口座振替依頼書の原本は本日発送しましたので、到着後あわせてご確認ください。
""" + SIG["bando"],
    attachments=[{
        "kind": "xlsx", "name": "口座振替_新規登録_202612.xlsx",
        "sheets": {"登録依頼": _furikae,
                   "集計": [["区分", "件数", "金額"], ["新規", 7, 111030], ["変更", 0, 0]]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="XLSX (title row, two sheets) with seven payers' kana names and bank account numbers to the partner bank",
)

add(
    id="kaigohoken-031", charset="iso-2022-jp", sender=S_BANDO,
    to=["みどり銀行 町田支店 法人営業 <machida-hojin@midori-ginko.co.jp>"],
    subject="口座振替の振替日・手数料についてのご相談",
    body="""みどり銀行 町田支店
法人営業課　鳥居様

お世話になっております。日の出産業 業務課の坂東です。

国保連からの入金が毎月25日前後になるため、利用者様の口座振替日を
現在の27日から翌月6日に変更したいと考えております。

1. 振替日の変更は、何か月前までに申し出が必要でしょうか。
2. 現在の振替手数料（1件 110円）は、件数が月200件を超えた場合に見直しは可能でしょうか。

なお、収納口座は従来どおり「みどり銀行 町田支店 普通 0123987 ﾋﾉﾃﾞｻﾝｷﾞﾖｳ(ｶ ｶｲｺﾞｼﾞｷﾞﾖｳﾌﾞ」で変更ありません。

ご多用のところ恐縮ですが、よろしくお願いいたします。
""" + SIG["bando"],
    expect="pass",
    entities=[],
    detectors=[],
    note="question to the bank; the only account is the company's own collection account",
)

add(
    id="kaigohoken-032", charset="utf-8", sender=S_MORISHITA,
    to=[CM_TSUGE],
    cc=[NS_TOKORO],
    subject="担当者会議 議事録（川端様 11/14）",
    body="""柘植様
（cc：すずらん 所様）

お世話になっております。ひので町田の森下です。
11/14の担当者会議の議事録を作成しましたので、ご確認をお願いします。
修正があれば今週中にお知らせください。
""" + SIG["morishita"],
    attachments=[{
        "kind": "docx", "name": "担当者会議議事録_川端様_20261114.docx",
        "title": "サービス担当者会議の要点",
        "paragraphs": ["サービス担当者会議の要点（第4表）", "",
                       "開催日：令和8年11月14日（土）14:00〜15:00　場所：ご自宅"],
        "tables": [[
            ["項目", "内容"],
            ["利用者", "川端 静江 様（昭和13年5月22日生、88歳）　要介護2"],
            ["出席者", "本人、長女、柘植（あおぞら）、所（すずらん）、森下・江口（ひので町田）"],
            ["既往歴", "脳梗塞（令和6年、右片麻痺）、高血圧症、2型糖尿病"],
            ["服薬", "アムロジピン5mg、メトホルミン、バイアスピリン（服薬カレンダーで管理）"],
            ["検討事項", "夕方の血糖値が不安定。訪問看護で週1回の血糖測定を追加する。"],
            ["結論", "訪問介護：身体1生活2 週2回を継続。訪問看護：週1回追加。"],
        ]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "multiple_external_domains"],
    note="DOCX minutes with one user's birth date, medical history and medication to two outside organisations",
)

add(
    id="kaigohoken-033", charset="shift_jis", sender=S_MORISHITA,
    to=[CM_HIGA],
    subject="重要事項説明書（令和9年1月改定版）のひな形",
    body="""比嘉様

お世話になっております。ひので町田の森下です。
来年1月からの利用料改定に合わせて、重要事項説明書を改定しました。
新規のご契約の際はこちらの様式を使用しますので、ひな形をお送りします。
（氏名等の欄は空欄のままです。）
""" + SIG["morishita"],
    attachments=[{
        "kind": "docx", "name": "重要事項説明書_訪問介護_R9.1改定.docx",
        "paragraphs": [
            "指定訪問介護 重要事項説明書",
            "1. 事業者　日の出産業株式会社　代表取締役 日野 雅之",
            "2. 事業所　ヘルパーステーションひので町田（東京都指定 1371209846）",
            "3. 営業日　月曜日〜土曜日（12月30日〜1月3日を除く）8:30〜17:30",
            "4. 利用者氏名：＿＿＿＿＿＿＿＿　　生年月日：＿＿＿＿年＿＿月＿＿日",
            "5. 個人情報の取扱い：サービス担当者会議等において必要最小限の範囲で使用します。",
        ],
        "tables": [[["サービス", "単位数", "1割負担の目安"],
                    ["身体介護1（20分以上30分未満）", "244", "約 271円"],
                    ["生活援助2（20分以上45分未満）", "179", "約 199円"],
                    ["初回加算", "200", "約 222円"]]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="blank contract template with fees; blank name fields carry no person",
)

_mimamori = [
    ["No", "利用者氏名", "住所", "緊急連絡先（氏名・続柄）", "電話"],
    ["1", "東雲 一郎", "東京都町田市三輪町1180-6", "東雲 由紀（長女）", "090-1127-3358"],
    ["2", "京極 絹代", "東京都町田市能ヶ谷6-3-1-402", "京極 一馬（長男）", "080-4452-9013"],
    ["3", "御厨 道子", "東京都町田市広袴1-22-8", "御厨 忍（次女）", "090-6631-0842"],
    ["4", "二階堂 ハツ", "東京都町田市真光寺3-5-19", "二階堂 学（甥）", "070-2289-4416"],
    ["5", "宍戸 光男", "東京都町田市小野路町2261", "宍戸 久美（妻）", "042-736-0958"],
    ["6", "不破 貞夫", "東京都町田市金井7-14-3", "不破 晴美（長女）", "080-9921-3374"],
    ["7", "神座 とき", "東京都町田市鶴川5-8-2", "神座 陽子（長女）", "080-2264-7710"],
    ["8", "天羽 善次", "東京都町田市大蔵町443-2", "天羽 キミ（妻）", "042-725-3397"],
    ["9", "有馬 ツル", "東京都町田市金井町2437-11", "有馬 誠（長男）", "042-722-6039"],
    ["10", "左右田 正", "東京都町田市広袴町708-5", "左右田 幸（妻）", "090-4471-2285"],
]

add(
    id="kaigohoken-034", charset="iso-2022-jp", sender=S_IMAIZUMI,
    to=["川崎電機 見守りサービス推進課 <mimamori@kawasaki-denki.co.jp>"],
    subject="見守りセンサー設置先リストの送付",
    body="""川崎電機株式会社
見守りサービス推進課　柴崎様

お世話になっております。日の出産業 介護事業部の今泉です。
先日ご契約いただいた見守りセンサーの設置について、1次設置分10件のリストをお送りします。
異常検知時の通報先（ご家族）もあわせて記載しています。

設置工事の日程は、各ご家庭に弊社ヘルパーから事前にお声がけします。
""" + SIG["imaizumi"],
    attachments=[{"kind": "pdf", "name": "見守りセンサー設置先一覧_1次.pdf",
                  "title": "見守りセンサー設置先一覧",
                  "lines": ["見守りセンサー設置先一覧（1次設置分）　令和8年11月18日",
                            "日の出産業株式会社 介護事業部"],
                  "table": _mimamori}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of ten users' home addresses and their families' names and phones to the sensor vendor",
)

add(
    id="kaigohoken-035", charset="shift_jis", sender=S_IMAIZUMI,
    to=["川崎電機 見守りサービス推進課 <mimamori@kawasaki-denki.co.jp>"],
    subject="ナースコール・見守り機器 定期点検の日程",
    body="""川崎電機株式会社
見守りサービス推進課　柴崎様

お世話になっております。今泉です。
年次の定期点検について、各事業所の都合のよい日時をまとめました。

　デイサービスひので町田　　　町田市能ヶ谷2-5-17　　　　　12/7（月）〜12/9（水）の午後
　デイサービスひので相模大野　相模原市南区相模大野7-21-4　12/14（月）終日
　ヘルパーステーションひので町田　町田市原町田4-12-8　　　12/10（木）午前
　介護事業部 本部　　　　　　町田市森野1-30-6　　　　　　いつでも可

各事業所の代表番号は、前回お渡しした一覧のとおりです。
点検当日は、デイの営業中になりますので、利用者様のいない部屋から順に
お願いできれば助かります。
""" + SIG["imaizumi"],
    expect="pass",
    entities=[],
    detectors=[],
    note="maintenance dates for the company's own four offices: a list of business sites, not people",
)

add(
    id="kaigohoken-036", charset="iso-2022-jp", sender=S_MITARAI,
    to=["たちばな社労士事務所 橘 美紀 <tachibana@tachibana-sr.jp>"],
    subject="【部外秘】賃金改善シミュレーション（処遇改善加算）",
    body="""橘先生

お世話になっております。御手洗です。
【部外秘】処遇改善加算の配分について、職種別の賃金改善シミュレーションを作成しました。
個人別ではなく職種・等級別の平均で集計しています。
配分ルールが算定要件を満たしているか、ご確認いただけますでしょうか。
""" + SIG["mitarai"],
    attachments=[{"kind": "xlsx", "name": "賃金改善シミュレーション_R9.xlsx",
                  "page_header": "部外秘",
                  "sheets": {"職種別": [
                      ["部外秘　令和9年度 賃金改善シミュレーション（職種・等級別平均）"],
                      ["職種", "等級", "人数", "現行月額", "改善後月額", "改善額"],
                      ["介護職員", "1", 14, 232000, 241500, 9500],
                      ["介護職員", "2", 9, 254000, 264000, 10000],
                      ["サービス提供責任者", "3", 4, 281000, 290000, 9000],
                      ["生活相談員", "2", 3, 262000, 268000, 6000],
                      ["看護職員", "3", 3, 305000, 310000, 5000]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="subject, body and sheet header carry the classification 部外秘 on a document sent outside",
)

add(
    id="kaigohoken-037", charset="iso-2022-jp", sender=S_USAMI,
    to=["白川法律事務所 白川 俊介 <shirakawa@shirakawa-law.jp>"],
    subject="誤薬事故とご家族からの申入れについてのご相談",
    body="""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の宇佐美です。
デイサービスで発生した誤薬事故について、ご家族から損害賠償の申入れがありましたので、
対応についてご相談させてください。

■利用者
　勅使河原 実 様（昭和12年9月14日生、要介護3）
　既往：脳出血後遺症（左片麻痺）、心房細動、てんかん

■事故の概要
　11月5日の昼食後、別の利用者様の降圧剤（アムロジピン5mg）を誤って服薬介助。
　30分後に血圧低下（82/50）とめまいがあり、主治医の指示で救急搬送。
　町田つるかわ病院で経過観察入院（2泊）、後遺症なしとの診断です。

■ご家族（妻・長男）の申入れ
　入院費・通院交通費の負担、謝罪文、担当職員の処分の説明。

来週、ご家族との面談が予定されています。事前にお時間をいただけますでしょうか。
""" + SIG["usami"],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one user's name, birth date, medical history (心房細動・てんかん) and the accident's medical course to the law firm",
)

add(
    id="kaigohoken-038", charset="utf-8", sender=S_JIMBO,
    to=["白川法律事務所 三上 <mikami@shirakawa-law.jp>"],
    subject="介護ソフト保守委託契約に伴う秘密保持契約書のレビュー依頼",
    body="""白川法律事務所
三上先生

いつもお世話になっております。日の出産業 情報システム部の神保です。

ツバサシステム社との介護ソフト保守委託契約の更新にあわせ、
先方から秘密保持契約書（案）が提示されました。
保守作業で利用者情報にアクセスする可能性があるため、下記の点をご確認ください。

1. 第2条「秘密情報」の定義に個人情報が明示的に含まれているか
2. 第7条の再委託の条件（事前の書面承諾）が十分か
3. 契約終了時のデータ消去と消去証明の規定の有無

ドラフトを添付します。12月4日までにコメントをいただけますと幸いです。

""" + SIG["jimbo"] + "\n\n" + DISC_JA,
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_ツバサシステム.docx",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、"
                      "介護ソフトの保守業務に関し、次のとおり秘密保持契約を締結する。",
                      "第1条（目的）本契約は、甲乙間の保守委託業務の遂行に必要な範囲で開示される秘密情報の取扱いを定める。",
                      "第2条（秘密情報）秘密情報とは、開示者が秘密である旨を明示して開示した技術上又は営業上の情報をいう。",
                      "第7条（再委託）乙は、甲の事前の書面による承諾なく、本業務を第三者に再委託してはならない。",
                  ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with the draft contract text attached and a standard disclaimer; no marking, no personal data",
)

_z_rows = [
    ["被保険者番号", "氏名", "生年月日", "利用日数", "入浴", "個別機能訓練"],
    ["0000520117", "目黒 辰雄", "1939/04/15", "13", "13", "13"],
    ["0000522409", "雲母 春江", "1941/09/04", "12", "10", "12"],
    ["0000518844", "薬師寺 勇", "1935/05/27", "13", "0", "13"],
    ["0000524576", "桧垣 トモ", "1940/12/03", "8", "8", "8"],
    ["0000519933", "鰐淵 幸三", "1942/03/21", "12", "12", "12"],
    ["0000521160", "千々岩 正一", "1943/11/30", "4", "4", "4"],
    ["0000517702", "葛城 スミ子", "1937/07/07", "13", "13", "13"],
    ["0000523385", "百目鬼 茂", "1936/01/19", "12", "12", "0"],
    ["0000520891", "仲宗根 カマド", "1933/10/10", "9", "9", "9"],
]

add(
    id="kaigohoken-039", charset="utf-8", sender=S_KOGA,
    to=[CM_NISHINA],
    subject="10月分 利用実績（ひので相模大野）",
    body="""さがみの杜
仁科様

お世話になっております。ひので相模大野の古閑です。
10月分の利用実績をZIPにまとめてお送りします（CSVとExcelは同じ内容です）。
ご確認をお願いいたします。
""" + SIG["koga"],
    attachments=[{"kind": "zip", "name": "jisseki_202610_saganomori.zip", "files": [
        {"kind": "csv", "name": "jisseki_202610.csv", "encoding": "utf-8", "rows": _z_rows},
        {"kind": "xlsx", "name": "jisseki_202610.xlsx",
         "sheets": {"10月実績": [["令和8年10月 利用実績（さがみの杜様ご担当分）"]] + _z_rows}},
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="unencrypted ZIP holding a UTF-8 CSV and an XLSX of nine users with insured numbers and birth dates",
)

add(
    id="kaigohoken-040", charset="iso-2022-jp", sender=S_BANDO,
    to=["経理部 売掛金担当 <keiri-urikake@hinode-sangyo.co.jp>"],
    cc=[S_USAMI],
    subject="10月サービス提供分 介護給付費請求額（速報）",
    body="""経理部 売掛金ご担当各位

お疲れさまです。介護事業部 業務課の坂東です。
10月サービス提供分の国保連への請求額（速報）をお知らせします。

　事業所　　　　　　　　　件数　　請求額（保険分）　利用者負担分
　ひので町田（訪問）　　　 88件　　 8,914,220円　　 1,126,830円
　デイ町田　　　　　　　　 61件　　 7,402,115円　　　 954,210円
　デイ相模大野　　　　　　 57件　　 6,880,904円　　　 889,340円
　居宅ひので　　　　　　　104件　　 1,862,400円　　　　　　 0円
　―――――――――――――――――――――――――――――――――
　合計　　　　　　　　　　310件　　25,059,639円　　 2,970,380円

返戻見込みは6件（約41万円）で、12月審査で再請求します。
入金予定は12月25日です。
""" + SIG["bando"],
    expect="pass",
    entities=[],
    detectors=[],
    note="internal aggregate billing figures",
)

# -- 041-055 -----------------------------------------------------------------------------

add(
    id="kaigohoken-041", charset="shift_jis", sender=S_MORISHITA,
    to=[CM_SAGARA],
    subject="12月分 提供票（ひので町田）",
    body="""はなみずき介護相談室
相良様

お世話になっております。ひので町田の森下です。
12月分の提供票（訪問介護）をExcelでお送りします。
年末年始の訪問（12/31・1/1）のある方には印をつけてあります。
よろしくお願いいたします。
""" + SIG["morishita"],
    attachments=[{"kind": "corrupt", "name": "提供票_202612_はなみずき様.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be read",
)

add(
    id="kaigohoken-042", charset="utf-8", sender=S_BANDO,
    to=["卜部 様 <urabe.k1962@yahoo.co.jp>"],
    subject="Re: 請求書の再発行について",
    body="""卜部 和彦 様

いつもお世話になっております。日の出産業 介護事業部 業務課の坂東です。
ご連絡ありがとうございます。

ご依頼の10月分ご利用料の請求書（請求書番号 HS-K-2610-03317、ご請求額 8,642円）を
再発行し、本日ご自宅あてに郵送いたしました。
お振込みの場合の期限は11月30日です。行き違いでお支払い済みの際はご容赦ください。

ご不明な点がございましたら、業務課（042-710-5500 内線2214）までお問い合わせください。

> 母（卜部 信子）の10月分の請求書を紛失してしまいました。
> 再発行をお願いできますでしょうか。
> 卜部
""" + SIG["bando"],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one family member on free mail with an invoice number and amount",
)

add(
    id="kaigohoken-043", charset="utf-8", sender=S_MITARAI,
    to=["多摩介護研修センター 受付 <uketsuke@tama-kaigo-kenshu.or.jp>"],
    subject="喀痰吸引等研修（第3号）受講申込",
    body="""多摩介護研修センター
研修受付ご担当者様

お世話になっております。日の出産業株式会社 介護事業部 総務人事グループの御手洗です。
令和9年1月開講の喀痰吸引等研修（第3号・特定の者対象）に、下記6名の受講を申し込みます。
受講料は請求書をいただき次第、一括でお振込みいたします。

氏名,フリガナ,生年月日,所属,携帯電話,メールアドレス
江口 真理,エグチ マリ,1985/06/12,ヘルパーステーションひので町田,090-2746-1138,mari.eguchi.85@gmail.com
鬼頭 沙織,キトウ サオリ,1992/07/19,ヘルパーステーションひので町田,080-3317-6624,saorin0719@icloud.com
一尺八寸 航,カマツカ ワタル,1998/02/03,ヘルパーステーションひので町田,070-4481-2209,w.kamatsuka@outlook.jp
羽生田 恭子,ハニュウダ キョウコ,1976/11/28,デイサービスひので町田,090-8812-4470,kyoko-h1128@yahoo.co.jp
九十九 大地,ツクモ ダイチ,1990/03/09,デイサービスひので相模大野,080-6620-3315,tsukumo.daichi@gmail.com
我妻 里香,ワガツマ リカ,1988/09/25,デイサービスひので相模大野,090-3304-7792,rika.wagatsuma@docomo.ne.jp

受講決定通知は各事業所あてに郵送いただけますでしょうか。
""" + SIG["mitarai"],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="comma-separated list of six staff with birth dates, private mobiles and private e-mail to a training body",
)

add(
    id="kaigohoken-044", charset="shift_jis", sender=S_SHINOMIYA,
    to=["多摩介護研修センター 受付 <uketsuke@tama-kaigo-kenshu.or.jp>"],
    subject="認知症介護実践者研修 受講者の連絡先",
    body="""多摩介護研修センター
ご担当者様

お世話になっております。デイサービスひので町田の四ノ宮です。
12月の認知症介護実践者研修、当事業所からの受講者3名の当日連絡先をお知らせします。

　羽生田 恭子（介護職員）　090-8812-4470
　栗原 大樹　（介護職員）　080-1193-5527
　四ノ宮 彩　（管理者）　　042-735-6210（事業所）

欠席・遅刻の場合はこちらから事業所にご連絡いたします。
どうぞよろしくお願いいたします。
""" + SIG["shinomiya"],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three attendees with their phones: below the five-person line, may be warned",
)

add(
    id="kaigohoken-045", charset="shift_jis", sender=S_IMAIZUMI,
    to=["町田つるかわ病院 地域医療連携室 <renkei@tsurukawa-hp.or.jp>",
        "さがみ内科クリニック <info@sagami-naika.jp>"],
    cc=[NS_TOKORO, CM_HIGA],
    subject="年末年始の営業について（日の出産業 介護事業部）",
    body="""関係機関各位

平素より大変お世話になっております。
日の出産業株式会社 介護事業部の今泉でございます。

年末年始の営業について、下記のとおりご案内いたします。

　■デイサービスひので町田／ひので相模大野
　　12月30日（水）〜1月3日（日）休業　※1月4日（月）から通常営業
　■ヘルパーステーションひので町田
　　年末年始も営業（ご依頼のある方の訪問のみ）
　■居宅介護支援事業所ひので
　　12月30日（水）〜1月3日（日）休業（緊急時は携帯電話で対応）

緊急連絡先：080-4417-2096（今泉）

本年も大変お世話になりました。来年もどうぞよろしくお願い申し上げます。
""" + SIG["imaizumi"],
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four outside organisations (hospital, clinic, nursing station, care office) visible to each other in To/Cc",
)

add(
    id="kaigohoken-046", charset="utf-8", sender=S_IMAIZUMI,
    to=[S_IMAIZUMI],
    bcc=[CM_TSUGE, CM_HIGA, CM_SUGINOUCHI, CM_SAGARA, CM_NISHINA,
         "居宅介護支援事業所かえで <info@kaede-kyotaku.jp>"],
    subject="インフルエンザ流行期のご利用について（お願い）",
    body="""居宅介護支援事業所 ご担当者様
（本メールは複数の事業所様にBCCでお送りしております）

いつも大変お世話になっております。日の出産業 介護事業部の今泉です。

町田市・相模原市でインフルエンザの流行が始まっております。
当社デイサービスでは、ご利用当日に下記のような症状がある場合、
ご利用をお控えいただくようお願いしております。

　・37.5度以上の発熱
　・強い咳、のどの痛み
　・同居のご家族に発症者がいる場合（発症から5日間）

利用者様・ご家族へのご周知にご協力いただけますと幸いです。
ご不明な点は各事業所までお問い合わせください。
""" + SIG["imaizumi"],
    expect="pass",
    entities=[],
    detectors=[],
    note="notice to many care offices correctly sent Bcc, self in To: nobody sees anyone",
)

add(
    id="kaigohoken-047", charset="iso-2022-jp", sender=S_SHINOMIYA,
    to=["野々村 様 <nonomura@kitagunl-foods.co.jp>"],
    subject="12月分 発注の一部変更（デイ町田）",
    body="""北国フーズ株式会社
野々村様

お世話になっております。デイサービスひので町田の四ノ宮です。
先日お送りした12月分の発注（HN-D-2612-014）について、一部変更をお願いします。

　・12/21 冬至メニュー：きざみ食 6食 → 8食
　・12/26（土）：行事のため昼食なし（全キャンセル）
　・おかゆ追加：5食 → 7食（12/1から）

変更後の発注書を改めてFAXいたします。お手数をおかけします。
""" + SIG["shinomiya"],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitagunl-foods.co.jp (l for i) is a homoglyph look-alike of the partner kitaguni-foods.co.jp",
)

add(
    id="kaigohoken-048", charset="utf-8", sender=S_SHOJI,
    to=[MSW_SHITARA],
    subject="入院時情報提供書の送付（我妻 昭二様）",
    body="""町田つるかわ病院
地域医療連携室　設楽様

いつもお世話になっております。居宅介護支援事業所ひのでの東海林です。
11月18日にご入院された我妻 昭二様の入院時情報提供書をお送りします。
退院に向けたカンファレンスの際は、ぜひお声がけください。
""" + SIG["shoji"],
    attachments=[{"kind": "docx", "name": "入院時情報提供書_我妻様.docx",
                  "title": "入院時情報提供書",
                  "paragraphs": ["入院時情報提供書", "提供日：令和8年11月19日　居宅介護支援事業所ひので 東海林"],
                  "tables": [[
                      ["氏名", "我妻 昭二（ワガツマ ショウジ）"],
                      ["生年月日", "昭和9年12月20日（91歳）"],
                      ["住所", "東京都町田市野津田町3318-2"],
                      ["後期高齢者医療被保険者証", "保険者番号 39132011　被保険者番号 20481736"],
                      ["介護保険被保険者番号", "0000396610（要介護2）"],
                      ["既往歴", "前立腺がん（ホルモン療法中）、慢性閉塞性肺疾患、緑内障"],
                      ["服薬", "ビカルタミド、スピリーバ吸入、点眼2種"],
                      ["在宅の状況", "妻（85歳）と二人暮らし。訪問介護 週3回、通所介護 週2回。"],
                      ["キーパーソン", "長男 我妻 健一 090-7741-2203"],
                  ]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE",
              "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX with one patient's health-insurance card numbers, cancer/COPD history and medication to a hospital by mail",
)

add(
    id="kaigohoken-049", charset="iso-2022-jp", sender=S_SHOJI,
    to=[MSW_SHITARA],
    subject="Re: 退院前カンファレンスの日程",
    body="""設楽様

お世話になっております。ひのでの東海林です。
我妻様の退院前カンファレンス、12月2日（水）15時〜 貴院4階カンファレンスルームで承知しました。
当日はヘルパーステーションの森下も同席いたします。

よろしくお願いいたします。
""" + SIG["shoji"],
    expect="pass",
    entities=[],
    detectors=[],
    note="meeting confirmation; the patient is named with no data",
)

_vital_rows = [
    ("東雲 一郎", "128/76", "36.4", "特になし"),
    ("京極 絹代", "142/88", "36.7", "関節痛が強く、掃除は座位でできる範囲に変更"),
    ("天羽 善次", "118/70", "36.9", "SpO2 91%（酸素2L）。労作時の息切れが増加"),
    ("神座 とき", "156/92", "36.5", "下肢のむくみあり。利尿剤の飲み忘れ2回"),
    ("宍戸 光男", "134/82", "36.3", "物忘れが進み、同じ話を繰り返す。認知症の受診を家族に提案済み"),
]

add(
    id="kaigohoken-050", charset="utf-8", sender=S_MORISHITA,
    to=[CM_SUGINOUCHI],
    subject="11月 サービス実施報告（杉ノ内様ご担当分）",
    body="杉ノ内様\n\nお世話になっております。ひので町田の森下です。\n"
         "11月のサービス実施報告をお送りします（バイタルは月末訪問時の値です）。\n\n"
         + "\n".join(f"■{n}様　血圧 {b}　体温 {t}℃\n　{x}" for n, b, t, x in _vital_rows)
         + "\n\nよろしくお願いいたします。\n" + SIG["morishita"],
    html="<html><body><p>杉ノ内様</p><p>お世話になっております。ひので町田の森下です。<br>"
         "11月のサービス実施報告をお送りします（バイタルは月末訪問時の値です）。</p>"
         "<table border=1 cellpadding=3><tr><th>利用者</th><th>血圧</th><th>体温</th><th>特記事項</th></tr>"
         + "".join(f"<tr><td>{n}様</td><td>{b}</td><td>{t}℃</td><td>{x}</td></tr>" for n, b, t, x in _vital_rows)
         + "</table><p>よろしくお願いいたします。</p><p>日の出産業株式会社 介護事業部<br>"
           "ヘルパーステーションひので町田 森下 由佳</p></body></html>",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="text+HTML report of five users' vital signs and conditions (心不全・認知症 etc.) to an outside care manager",
)

add(
    id="kaigohoken-051", charset="utf-8", sender=S_KOGA,
    to=["真田 様 <m.sanada@icloud.com>"],
    subject="本日のご様子（真田 源蔵様）",
    body="""真田 美穂 様

いつもお世話になっております。デイサービスひので相模大野の古閑です。
本日のお父様（源蔵様）のご様子でお知らせがあります。

到着時の血圧が172/98と高く、30分後の再測定でも168/96でしたので、
看護師の判断で本日の入浴は中止し、清拭に切り替えました。
頭痛やふらつきなどはなく、昼食も全量召し上がっています。

ここ2週間ほど血圧の高い日が続いていますので、
次回の受診の際に、かかりつけの先生にご相談いただけますと安心かと思います。
連絡帳にも同じ内容を記載しております。
""" + SIG["koga"],
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["freemail_recipient", "personal_data"],
    note="one user's blood-pressure readings sent to his own daughter (the key person) on free mail: health data, but to the family",
)

_kenshin_a = [
    ["特定業務従事者健康診断 対象者名簿（夜勤・早朝勤務）　日の出産業株式会社 介護事業部"],
    ["No", "氏名", "性別", "生年月日", "所属", "前回（R8.5）所見", "備考"],
    [1, "江口 真理", "女", "S60.6.12", "ひので町田", "貧血（要経過観察）", ""],
    [2, "九十九 大地", "男", "H2.3.9", "デイ相模大野", "肝機能異常（要再検査）", "再検査未受診"],
    [3, "羽生田 恭子", "女", "S51.11.28", "デイ町田", "高血圧（治療中）", "降圧剤服用"],
    [4, "栗原 大樹", "男", "H7.1.30", "デイ町田", "所見なし", ""],
    [5, "我妻 里香", "女", "S63.9.25", "デイ相模大野", "脂質異常（要経過観察）", ""],
    [6, "長宗我部 学", "男", "S47.4.4", "ひので町田", "糖尿病（治療中）HbA1c 7.8", "要精密"],
    [7, "轟 美和", "女", "S58.8.17", "ひので町田", "所見なし", "妊娠中のため胸部X線除外"],
    [8, "猪狩 蓮", "男", "H11.12.1", "デイ町田", "所見なし", ""],
]

add(
    id="kaigohoken-052", charset="iso-2022-jp", sender=S_MITARAI,
    to=["たまがわ健診センター 企業健診課 <kigyo@tamagawa-kenshin.or.jp>"],
    subject="特定業務従事者健診 対象者名簿の送付",
    body="""たまがわ健診センター
企業健診課 ご担当者様

お世話になっております。日の出産業 介護事業部の御手洗です。
12月実施の特定業務従事者健診について、対象者名簿をお送りします。
前回の所見と、要再検査の者の未受診状況も記載しておりますので、
当日の問診・再検査の案内にご活用ください。
""" + SIG["mitarai"],
    attachments=[{"kind": "xlsx", "name": "健診対象者名簿_R8.12.xlsx",
                  "sheets": {"対象者": _kenshin_a,
                             "日程": [["健診日程"], ["日付", "会場", "人数"],
                                      ["12/8", "ひので町田", 3], ["12/9", "デイ町田", 3],
                                      ["12/10", "デイ相模大野", 2]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX staff list of eight with birth dates and health-check findings (糖尿病・高血圧・妊娠) to the health-check centre",
)

add(
    id="kaigohoken-053", charset="shift_jis", sender=S_MITARAI,
    to=["たまがわ健診センター 企業健診課 <kigyo@tamagawa-kenshin.or.jp>"],
    subject="巡回健診の日程と受診者数について",
    body="""たまがわ健診センター
企業健診課　福留様

お世話になっております。日の出産業 介護事業部の御手洗です。
12月の巡回健診について、日程と各会場の受診予定人数をお知らせします。

　12月8日（火）　ヘルパーステーションひので町田　 9:30〜11:30　受診予定 3名
　12月9日（水）　デイサービスひので町田　　　　　13:30〜15:00　受診予定 3名
　12月10日（木）デイサービスひので相模大野　　　13:30〜15:00　受診予定 2名

会場はいずれも2階の会議室をご用意します。駐車場は1台分確保しております。
お見積り（No.TK-26-1184、1名 11,550円）のとおりで発注いたします。
""" + SIG["mitarai"],
    expect="pass",
    entities=[],
    detectors=[],
    note="dates and head counts per site; no individual named",
)

add(
    id="kaigohoken-054", charset="iso-2022-jp", sender=S_USAMI,
    to=[CITY_MACHIDA],
    subject="事故報告書（第一報）の提出 ヘルパーステーションひので町田",
    body="""町田市 いきいき生活部 介護保険課
事業者指導係 ご担当者様

お世話になっております。日の出産業株式会社 介護事業部の宇佐美です。
11月10日に発生した訪問介護中の事故について、事故報告書（第一報）を提出いたします。
個人情報を含むため、PDFにパスワードを設定しております。
パスワードは別途お電話でお伝えいたします。

ご確認のほど、よろしくお願いいたします。
""" + SIG["usami"],
    attachments=[{"kind": "pdf", "name": "事故報告書_第一報_20261110.pdf", "password": "machida1110",
                  "lines": ["介護保険事業者 事故報告書（第一報）", "事業所名：ヘルパーステーションひので町田",
                            "利用者：蓮見 トヨ　事故種別：転倒（骨折）"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF: its content cannot be inspected",
)

add(
    id="kaigohoken-055", charset="utf-8", sender=S_MORISHITA,
    to=[CITY_MACHIDA],
    subject="事故報告の様式と提出期限についての確認",
    body="""町田市 介護保険課
事業者指導係 ご担当者様

いつもお世話になっております。ヘルパーステーションひので町田の森下と申します。
事故報告について、2点確認させてください。

1. 令和8年度から国の標準様式に統一されたと伺いましたが、市のホームページに掲載の
　 Excel様式（令和6年版）はそのまま使えますでしょうか。
2. 第一報は「事故発生から5日以内」とありますが、土日を含めた日数でしょうか。

お手数をおかけしますが、ご教示いただけますと幸いです。
""" + SIG["morishita"],
    expect="pass",
    entities=[],
    detectors=[],
    note="procedural question about forms; no person concerned",
)

# -- 056-070 -----------------------------------------------------------------------------

add(
    id="kaigohoken-056", charset="utf-8", sender=S_MORISHITA,
    to=[NS_TOKORO],
    subject="FW: 新規ご依頼（勅使河原 ヨネ様）",
    body="""所様

お世話になっております。ひので町田の森下です。
つくしの比嘉様から届いた新規のご依頼を添付で転送します。
訪問看護も同時に入る予定とのことですので、情報共有のためお送りします。
初回訪問は12月1日（火）を予定しています。
""" + SIG["morishita"],
    attachments=[{"kind": "eml", "name": "新規ご依頼（勅使河原 ヨネ様）.eml", "message": {
        "charset": "iso-2022-jp",
        "sender": CM_HIGA,
        "to": [S_MORISHITA],
        "subject": "新規ご依頼（勅使河原 ヨネ様）",
        "body": """森下様

つくしの比嘉です。新規の訪問介護をお願いしたい方がいらっしゃいます。

　氏名：勅使河原 ヨネ様（昭和10年3月8日生）
　被保険者番号：0000427713　要介護3（R8.10.1〜R9.9.30）
　住所：町田市薬師台2-14-6
　病名：慢性心不全、アルツハイマー型認知症、腰部脊柱管狭窄症
　状況：夫（勅使河原 実様）が11月に入院された後、独居に近い状態です。
　　　　服薬管理ができておらず、朝夕の服薬確認と排泄介助をお願いしたいです。

訪問看護（すずらん様）も週1回入っていただく予定です。
よろしくお願いします。

比嘉 修
つくし居宅介護支援事業所
""",
    }}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded mail attached as .eml: new to the nurse, with one user's insured number, address and diagnoses",
)

add(
    id="kaigohoken-057", charset="iso-2022-jp", sender=S_MITARAI,
    to=[S_SHINOMIYA, S_KOGA],
    subject="FW: 認知症介護実践者研修 受講決定のお知らせ",
    body="""四ノ宮さん、古閑さん

お疲れさまです。御手洗です。
研修センターから受講決定の連絡が来ましたので転送します（社内限り）。
受講者への周知と、シフト調整をお願いします。
""" + SIG["mitarai"],
    attachments=[{"kind": "eml", "name": "受講決定のお知らせ.eml", "message": {
        "charset": "utf-8",
        "sender": "多摩介護研修センター 受付 <uketsuke@tama-kaigo-kenshu.or.jp>",
        "to": [S_MITARAI],
        "subject": "認知症介護実践者研修 受講決定のお知らせ",
        "body": """日の出産業株式会社 御手洗様

下記の方の受講が決定しました。

受講番号  氏名          生年月日      連絡先
--------------------------------------------------------
D26-041   羽生田 恭子   1976/11/28    090-8812-4470
D26-042   栗原 大樹     1995/01/30    080-1193-5527
D26-043   四ノ宮 彩     1981/05/06    042-735-6210
D26-044   九十九 大地   1990/03/09    080-6620-3315
D26-045   我妻 里香     1988/09/25    090-3304-7792

開講式は12月3日 9:30です。
多摩介護研修センター
""",
    }}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=[],
    note="a forwarded list of five staff, but every recipient is internal",
)

add(
    id="kaigohoken-058", charset="iso-2022-jp", sender=S_MITARAI,
    to=["アジア人材協同組合 監理課 <kanri@asia-jinzai.or.jp>"],
    subject="在留期間更新の件（デイ相模大野 実習生）",
    body="""アジア人材協同組合
監理課　樋渡様

お世話になっております。日の出産業 介護事業部の御手洗です。
デイサービスひので相模大野で受け入れている技能実習生の在留期間更新について、
申請書類の作成をお願いいたします。

　氏名　　　　：TRAN VAN DUC（チャン・ヴァン・ドゥック）
　国籍　　　　：ベトナム
　生年月日　　：2001年5月17日
　在留カード番号：KL73028154ET
　在留期限　　：2027年2月8日
　在留資格　　：技能実習（第2号ロ）

雇用条件書と賃金台帳の写しは、来週月曜日に郵送いたします。
""" + SIG["mitarai"],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a trainee's residence card number with birth date: an identity-document number, even of one person",
)

add(
    id="kaigohoken-059", charset="shift_jis", sender=S_KOGA,
    to=["アジア人材協同組合 監理課 <kanri@asia-jinzai.or.jp>"],
    subject="日本語研修の日程調整（チャンさん）",
    body="""アジア人材協同組合
樋渡様

お世話になっております。ひので相模大野の古閑です。
チャンさんの日本語研修（N3対策）について、シフトとの兼ね合いで
下記の曜日でお願いできればと思います。

　・毎週水曜日 14:00〜16:00（12月から）
　・場所は貴組合の相模原教室

介護記録を日本語で書く練習も取り入れていただけると大変助かります。
よろしくお願いいたします。
""" + SIG["koga"],
    expect="pass",
    entities=[],
    detectors=[],
    note="training schedule; the trainee is named with no data",
)

add(
    id="kaigohoken-060", charset="utf-8", sender=S_MITARAI,
    to=["ときわ損保 町田支社 <machida-eigyo@tokiwa-sonpo.co.jp>"],
    subject="送迎車両 運転者の追加登録について",
    body="""ときわ損害保険株式会社 町田支社
ご担当　水嶋様

お世話になっております。日の出産業 介護事業部の御手洗です。
デイサービスの送迎車（フリート契約 証券番号 FL-2208-5531）に、
12月1日から下記3名の運転者を追加したく、手続きをお願いいたします。

■運転者1
　氏名：猪狩 蓮
　生年月日：平成11年12月1日
　運転免許証番号：第 301903418820 号（ゴールド）
■運転者2
　氏名：轟 美和
　生年月日：昭和58年8月17日
　運転免許証番号：第 302001572430 号（ブルー）
■運転者3
　氏名：宇津木 勝
　生年月日：昭和35年2月22日
　運転免許証番号：第 451200836611 号（ゴールド）

年齢条件（21歳以上）の変更は不要と認識しておりますが、念のためご確認ください。
""" + SIG["mitarai"],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="three drivers' licence numbers and birth dates to the insurer: identity-document numbers",
)

add(
    id="kaigohoken-061", charset="shift_jis", sender=S_USAMI,
    to=["ときわ損保 町田支社 <machida-eigyo@tokiwa-sonpo.co.jp>"],
    subject="送迎車 物損事故の社内調査報告書",
    body="""ときわ損害保険株式会社 町田支社
水嶋様

お世話になっております。日の出産業の宇佐美です。
11月6日の送迎車の物損事故（事故受付番号 TK-26-118204）について、
社内調査報告書をお送りします。保険金請求の参考にしてください。
""" + SIG["usami"],
    attachments=[{"kind": "docx", "name": "送迎車物損事故_社内調査報告書.docx",
                  "page_header": "社外秘",
                  "title": "送迎車物損事故 社内調査報告書",
                  "paragraphs": [
                      "【社外秘】送迎車物損事故 社内調査報告書",
                      "1. 発生日時　令和8年11月6日（金）16時20分頃",
                      "2. 場所　相模原市南区相模大野7丁目 当社デイサービス駐車場出口",
                      "3. 車両　トヨタ ハイエース（福祉車両）相模 300 さ 12-34",
                      "4. 概要　利用者様降車後の回送中、後退時に隣接する月極駐車場のフェンスに接触。人身被害なし。",
                      "5. 原因　バックモニター故障を把握していながら、誘導員を配置しなかった。",
                      "6. 再発防止策　後退時の誘導員配置の徹底、車両日常点検表にモニター項目を追加。",
                  ]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX report stamped 社外秘 (header and title) sent to the insurer",
)

add(
    id="kaigohoken-062", charset="shift_jis", sender=S_MORISHITA,
    to=["鶴川第二高齢者支援センター <tsurukawa2@tsurukawa2-houkatsu.or.jp>"],
    subject="見守りが必要な方の情報提供（年末年始）",
    body="""町田市 鶴川第二高齢者支援センター
ご担当者様

いつもお世話になっております。ヘルパーステーションひので町田の森下です。
年末年始はヘルパーの訪問回数が減るため、特に見守りが必要と思われる方について
情報提供いたします。訪問や電話での安否確認にご協力いただけますと幸いです。

＜1＞
氏名：東雲 一郎 様（８６歳）
住所：町田市三輪町１１８０－６
電話：０４４－９８８－３１７２
状況：独居。最近、鍋の空焚きが２回あり、認知症の初期症状が疑われる。

＜2＞
氏名：不破 貞夫 様（９１歳）
住所：町田市金井７－１４－３
電話：０４２－７３５－８８６１
状況：独居。心不全で入退院を繰り返している。長女様は遠方（大阪）。

＜3＞
氏名：二階堂 ハツ 様（８３歳）
住所：町田市真光寺３－５－１９
電話：０４２－７３５－４４０９
状況：パーキンソン病。転倒歴あり。年末は甥御様が不在。

＜4＞
氏名：宍戸 光男 様（８８歳）
住所：町田市小野路町２２６１
電話：０４２－７３６－０９５８
状況：妻と二人暮らし（妻も要介護）。物忘れが進行、服薬の自己管理が困難。

＜5＞
氏名：京極 絹代 様（７９歳）
住所：町田市能ヶ谷６－３－１－４０２
電話：０４２－７３６－２０５４
状況：関節リウマチで外出困難。うつ傾向あり、「年末が不安」と話されている。

＜6＞
氏名：御厨 道子 様（８０歳）
住所：町田市広袴１－２２－８
電話：０９０－６６３１－０８４２
状況：独居。変形性股関節症。大雪の日は買い物に行けない。

お忙しいところ恐縮ですが、よろしくお願いいたします。
""" + SIG["morishita"],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six people, one record per block in full-width digits, with addresses, phones and conditions (認知症・心不全・うつ)",
)

add(
    id="kaigohoken-063", charset="iso-2022-jp", sender=S_SHOJI,
    to=["鶴川第二高齢者支援センター <tsurukawa2@tsurukawa2-houkatsu.or.jp>"],
    subject="地域ケア会議 提出事例（匿名化済み）",
    body="""鶴川第二高齢者支援センター
ご担当者様

お世話になっております。居宅介護支援事業所ひのでの東海林です。
12月の地域ケア会議（個別事例検討）に提出する事例の概要をお送りします。
個人が特定されないよう、氏名・住所・年齢等は伏せております。

【事例】80代女性 A氏　要介護2　独居
・アルツハイマー型認知症の診断あり。服薬の飲み忘れが多い。
・長男は県外在住で、月1回程度の訪問。
・近所のスーパーで支払いを忘れて帰ることが続き、店から地域に相談があった。
・本人は「家で暮らしたい」と強く希望している。

【検討したいこと】
・地域の見守り（商店・民生委員）とどう連携するか
・金銭管理の支援（日常生活自立支援事業の利用可能性）

当日はパワーポイントで10分程度ご説明します。
""" + SIG["shoji"],
    expect="pass",
    entities=[],
    detectors=[],
    note="anonymised case summary (A氏, no name, address or age): health facts not tied to an identifiable person",
)

_surn = ["青柳", "赤羽", "安住", "飯干", "五十嵐", "生田目", "石動", "磯貝", "乾", "今宮",
         "鵜飼", "宇佐神", "江頭", "大甕", "小野寺", "海渡", "笠置", "勘解由小路", "久我", "鞍馬"]
_given = ["キミ", "正男", "ハナ", "幸子", "茂", "トメ", "和夫", "ツネ", "清", "ミサヲ",
          "良子", "勇", "フジ", "昭", "ヨシ子", "博", "チヨ", "弘", "シヅ", "進"]
_town = [("194-0002", "東京都町田市南つくし野"), ("194-0004", "東京都町田市鶴間"),
         ("195-0062", "東京都町田市大蔵町"), ("195-0053", "東京都町田市能ヶ谷"),
         ("252-0303", "神奈川県相模原市南区相模大野"), ("252-0311", "神奈川県相模原市南区東林間"),
         ("252-0344", "神奈川県相模原市南区古淵"), ("194-0032", "東京都町田市本町田")]
_rng = random.Random(SEED)
_nenga = [["郵便番号", "住所1", "住所2", "宛名", "敬称", "連名"]]
for _i in range(40):
    _z, _t = _town[_rng.randrange(len(_town))]
    _nenga.append([
        _z, f"{_t}{_rng.randrange(1, 9)}-{_rng.randrange(1, 30)}-{_rng.randrange(1, 20)}",
        "" if _rng.random() < 0.7 else f"{_rng.choice(['コーポ', 'ハイツ', 'メゾン'])}"
                                        f"{_rng.choice(['さくら', '緑風', '若葉', 'ひかり'])} {_rng.randrange(101, 410)}",
        f"{_surn[_i % 20]} {_given[(_i * 7) % 20]}", "様",
        "" if _rng.random() < 0.75 else f"{_given[(_i * 3 + 5) % 20]}",
    ])

add(
    id="kaigohoken-064", charset="utf-8", sender=S_IMAIZUMI,
    to=["錦印刷 営業部 大曽根 <osone@nishiki-insatu.co.jp>"],
    subject="年賀状 宛名印刷データの送付",
    body="""錦印刷株式会社
大曽根様

お世話になっております。今泉です。
先日お願いした利用者様向け年賀状（デイ2拠点分）の宛名データをお送りします。
CSV（UTF-8）で40件です。差出人面は前回の校正どおりでお願いします。

投函は12月25日頃の予定ですので、12月18日（金）までに納品いただけますと幸いです。
""" + SIG["imaizumi"],
    attachments=[{"kind": "csv", "name": "nenga_atena_2027.csv", "encoding": "utf-8", "rows": _nenga}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data", "lookalike_domain"],
    note="UTF-8 CSV of 40 users' names and home addresses, and the domain nishiki-insatu.co.jp drops a letter of the partner nishiki-insatsu.co.jp",
)

add(
    id="kaigohoken-065", charset="iso-2022-jp", sender=S_MITARAI,
    to=["錦印刷 営業部 大曽根 <osone@nishiki-insatsu.co.jp>"],
    subject="名刺作成のお願い（新任 1名）",
    body="""錦印刷株式会社
大曽根様

お世話になっております。日の出産業 介護事業部の御手洗です。
12月1日付で着任する職員の名刺を、いつものフォーマットで100枚お願いいたします。

　所属：日の出産業株式会社 介護事業部 デイサービスひので相模大野
　役職：看護職員
　氏名：轟 美和（とどろき みわ）
　資格：看護師
　TEL：042-765-8804　FAX：042-765-8805
　Mail：todoroki.miwa@hinode-sangyo.co.jp

校正はPDFでお送りください。
""" + SIG["mitarai"],
    expect="pass",
    entities=[],
    detectors=[],
    note="business card of a colleague: office phone and company address only",
)

add(
    id="kaigohoken-066", charset="utf-8", sender=S_SHINOMIYA,
    to=["鶴川第二高齢者支援センター <tsurukawa2@tsurukawa2-houkatsu.or.jp>",
        "町田市 介護保険課 <kaigo-shido@city.machida.lg.jp>",
        "能ヶ谷町内会 会長 米倉 様 <yonekura.tsutomu@yahoo.co.jp>",
        "民生委員 鷹取 様 <takatori-m@gmail.com>"],
    subject="第3回 運営推進会議 議事録の送付（デイサービスひので町田）",
    body="""運営推進会議 構成員の皆さま

先日はご多用のところ、第3回運営推進会議にご出席いただきありがとうございました。
デイサービスひので町田の四ノ宮です。議事録をお送りします。
ご確認のうえ、修正点があれば11月27日までにお知らせください。
""" + SIG["shinomiya"],
    attachments=[{"kind": "docx", "name": "運営推進会議議事録_第3回.docx",
                  "paragraphs": ["第3回 運営推進会議 議事録",
                                 "日時：令和8年11月13日（金）14:00〜15:00",
                                 "1. 活動報告：9月・10月の利用者数（延べ 1,206人）、行事（敬老会）",
                                 "2. 事故・苦情：転倒1件（軽傷）、苦情なし",
                                 "3. 意見交換：災害時の地域との協力体制について",
                                 "次回：令和9年1月15日（金）"]}],
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four outside parties (centre, city, two private persons) see each other's addresses in To",
)

add(
    id="kaigohoken-067", charset="iso-2022-jp", sender=S_SHINOMIYA,
    to=["民生委員 鷹取 様 <takatori-m@gmail.com>"],
    subject="Re: 次回の運営推進会議について",
    body="""鷹取様

ご連絡ありがとうございます。デイサービスひので町田の四ノ宮です。
次回1月15日はご欠席とのこと、承知いたしました。
資料は事前にご自宅のポストにお届けしますので、ご意見があればお電話でお聞かせください。

> 四ノ宮さん
> 1月15日は孫の用事があり、申し訳ないですが欠席させてください。
> 鷹取
""" + SIG["shinomiya"],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one private recipient on free mail; logistics only",
)

add(
    id="kaigohoken-068", charset="utf-8", sender=S_USAMI,
    to=["白川法律事務所 白川 俊介 <shirakawa@shirakawa-law.jp>"],
    subject="事業譲受の検討資料（デューデリジェンス範囲のご相談）",
    body="""白川先生

お世話になっております。宇佐美です。
先日ご相談した、相模原市内のデイサービス事業（2拠点）の譲受について、
先方から開示を受けた財務の概要を添付します。
法務デューデリジェンスの範囲とお見積りをご相談させてください。
""" + SIG["usami"],
    attachments=[{"kind": "xlsx", "name": "譲受検討_財務概要.xlsx",
                  "page_header": "極秘",
                  "sheets": {"概要": [["極秘　事業譲受検討資料（プロジェクト・ひまわり）"],
                                      ["項目", "R6年度", "R7年度"],
                                      ["売上高（千円）", 142300, 138900],
                                      ["営業利益（千円）", 6100, 2400],
                                      ["利用者数（月平均）", 74, 69],
                                      ["職員数", 31, 29]],
                             "論点": [["極秘"], ["No", "論点"],
                                      [1, "指定の承継（事業所の新規指定が必要か）"],
                                      [2, "職員の雇用承継と未払残業代"],
                                      [3, "送迎車両のリース契約の承継"]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="XLSX marked 極秘 on every sheet and in the page header, sent outside",
)

add(
    id="kaigohoken-069", charset="iso-2022-jp", sender=S_JIMBO,
    to=["ツバサシステム 営業部 奥寺 <okudera@tsubasa-system.jp>"],
    subject="クラウド版への移行に伴うセキュリティ確認事項",
    body="""株式会社ツバサシステム
営業部　奥寺様

お世話になっております。日の出産業 情報システム部の神保です。

つばさケアのクラウド版への移行について、社内の情報セキュリティ委員会から
下記の確認を求められております。利用者様の要配慮個人情報や当社の機密情報を
お預けすることになりますので、貴社の管理体制をご教示ください。

1. データセンターの所在地（国内か）とISMS認証の取得状況
2. 通信・保存時の暗号化方式
3. 貴社社員による本番データへのアクセス権限の管理とログの保存期間
4. 契約終了時のデータ返却・消去の手順

資料がございましたら、ご送付いただけますと幸いです。
""" + SIG["jimbo"] + "\n\n" + DISC_JA,
    expect="pass",
    entities=[],
    detectors=[],
    note="the words 要配慮個人情報 and 機密情報 appear in a sentence, not as a marking; no personal data",
)

add(
    id="kaigohoken-070", charset="utf-8", sender=S_BANDO,
    to=["みどり銀行 町田支店 法人営業 <machida-hojin@midori-ginkou.co.jp>"],
    subject="口座振替結果データの受領時期について",
    body="""みどり銀行 町田支店
法人営業課　鳥居様

お世話になっております。日の出産業 業務課の坂東です。
11月27日振替分の振替結果データは、いつ頃ダウンロード可能になりますでしょうか。
未収金のご案内を早めに出したく、目安を教えていただけますと助かります。

よろしくお願いいたします。
""" + SIG["bando"],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp adds a letter to the partner bank's midori-ginko.co.jp",
)

# -- 071-085 -----------------------------------------------------------------------------

add(
    id="kaigohoken-071", charset="shift_jis", sender=S_SHOJI,
    to=["相談支援センターこもれび 志賀 <shiga@komorebi-soudan.jp>"],
    subject="65歳到達に伴う介護保険への移行について（卯月 健二様）",
    body="""相談支援センターこもれび
相談支援専門員　志賀様

お世話になっております。居宅介護支援事業所ひのでの東海林です。
来年1月に65歳になられる卯月 健二様の、障害福祉サービスから介護保険への移行の件で
ご連絡いたしました。

　氏名：卯月 健二 様
　生年月日：昭和37年1月24日
　手帳：身体障害者手帳 1種2級（体幹機能障害）、精神障害者保健福祉手帳 2級
　病名：頸髄損傷（平成20年の交通事故）、統合失調症（服薬にて安定）
　現在の障害福祉サービス：居宅介護 週5回、移動支援 月20時間

介護保険の認定申請は12月上旬に行う予定です。
移行後も、移動支援など介護保険にないサービスは継続が必要と考えております。
一度、ご本人を交えて打合せの機会をいただけますでしょうか。
""" + SIG["shoji"],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one person's disability certificates and psychiatric diagnosis with name and birth date to another agency",
)

add(
    id="kaigohoken-072", charset="utf-8", sender=S_SHOJI,
    to=["相談支援センターこもれび 志賀 <shiga@komorebi-soudan.jp>"],
    subject="介護・障害 合同研修会のご案内",
    body="""相談支援センターこもれび
志賀様

お世話になっております。東海林です。
先日お話しした、介護と障害の支援者向け合同研修会の案内ができましたのでお送りします。

　日時：令和9年2月6日（土）13:30〜16:30
　会場：町田市民フォーラム 3階ホール
　内容：「65歳の壁」を越える支援 〜共生型サービスと移行期の連携〜
　定員：80名（参加費無料）

貴センターの皆様にもご周知いただけますと幸いです。
申込みは添付のチラシのQRコードからお願いいたします。
""" + SIG["shoji"],
    attachments=[{"kind": "pdf", "name": "合同研修会チラシ.pdf",
                  "lines": ["介護・障害 合同研修会", "「65歳の壁」を越える支援",
                            "令和9年2月6日（土）13:30〜16:30　町田市民フォーラム",
                            "主催：居宅介護支援事業所ひので／相談支援センターこもれび"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="seminar announcement with a flyer; no personal data",
)

_ikou = [["利用者ID", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "住所", "電話番号",
          "被保険者番号", "要介護度", "認定有効期間終了"]]
_ik_s = ["朝比奈", "阿久津", "天童", "有働", "粟飯原", "伊集院", "一色", "井戸端", "上野原", "潮田",
         "臼杵", "梅宮", "江連", "大日向", "小鹿", "影山", "梶ヶ谷", "金指", "鹿野", "神林",
         "喜屋武", "久保寺", "栗栖", "月見里", "小手指", "才川", "猿渡", "汐見", "東風平", "勅使川原"]
_ik_g = [("ハル", "ハル", "女"), ("正吉", "マサキチ", "男"), ("キヨ", "キヨ", "女"), ("武", "タケシ", "男"),
         ("トシ子", "トシコ", "女"), ("義雄", "ヨシオ", "男"), ("ふさ", "フサ", "女"), ("房雄", "フサオ", "男"),
         ("タケ", "タケ", "女"), ("一男", "カズオ", "男")]
_ik_kana = ["アサヒナ", "アクツ", "テンドウ", "ウドウ", "アイハラ", "イジュウイン", "イッシキ", "イドバタ",
            "ウエノハラ", "ウシオダ", "ウスキ", "ウメミヤ", "エヅレ", "オオヒナタ", "オジカ", "カゲヤマ",
            "カジガヤ", "カナザシ", "カノ", "カンバヤシ", "キャン", "クボデラ", "クルス", "ヤマナシ",
            "コテサシ", "サイカワ", "サワタリ", "シオミ", "コチンダ", "テシガワラ"]
_r2 = random.Random(SEED + 73)
for _i in range(30):
    _g, _gk, _sex = _ik_g[_i % 10]
    _z, _t = _town[_r2.randrange(len(_town))]
    _y = _r2.randrange(1928, 1950)
    _tel = (f"042-7{_r2.randrange(10, 99)}-{_r2.randrange(1000, 9999)}" if _r2.random() < 0.6
            else f"090-{_r2.randrange(1000, 9999)}-{_r2.randrange(1000, 9999)}")
    _ikou.append([f"U{10230 + _i}", f"{_ik_s[_i]} {_g}", f"{_ik_kana[_i]} {_gk}", _sex,
                  f"{_y}/{_r2.randrange(1, 13):02d}/{_r2.randrange(1, 29):02d}", _z,
                  f"{_t}{_r2.randrange(1, 8)}-{_r2.randrange(1, 40)}-{_r2.randrange(1, 25)}", _tel,
                  f"{_r2.randrange(0, 10**6):010d}",
                  _r2.choice(["要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4"]),
                  f"R{_r2.randrange(9, 11)}.{_r2.randrange(1, 13)}.末"])

add(
    id="kaigohoken-073", charset="utf-8", sender=S_JIMBO,
    to=["ツバサシステム 導入支援 <support@tsubasa-system.jp>"],
    subject="データ移行用 利用者マスタ（デイ相模大野 分）",
    body="""ツバサシステム 導入支援ご担当者様

お世話になっております。日の出産業 情報システム部の神保です。
旧システムから書き出したデイ相模大野の利用者マスタ（30件）をお送りします。
文字コードはShift_JIS、1行目が項目名です。
移行テストの結果は、いつ頃確認できますでしょうか。
""" + SIG["jimbo"],
    attachments=[{"kind": "csv", "name": "riyosha_master_sagamiono.csv", "encoding": "cp932", "rows": _ikou}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="CP932 CSV master of 30 users with birth dates, addresses, phones and insured numbers to the software vendor",
)

add(
    id="kaigohoken-074", charset="iso-2022-jp", sender=S_JIMBO,
    to=["ツバサシステム 導入支援 <support@tsubasa-system.jp>"],
    subject="データ移行の手順と項目定義の確認",
    body="""ツバサシステム 導入支援ご担当者様

お世話になっております。神保です。
データ移行の事前確認として、旧システムの出力項目の定義書をお送りします。
実データはまだ含めておりません。項目の対応づけをご確認ください。

特に「認定有効期間終了」が和暦の文字列（例：R9.3.末）で出力される点について、
取込時に変換可能かどうかお知らせください。
""" + SIG["jimbo"],
    attachments=[{"kind": "xlsx", "name": "項目定義書_利用者マスタ.xlsx",
                  "sheets": {"項目定義": [["利用者マスタ 出力項目定義書（旧システム）"],
                                          ["No", "項目名", "型", "桁", "備考"],
                                          [1, "利用者ID", "文字", 6, "U+5桁"],
                                          [2, "氏名", "文字", 40, "姓と名の間は全角空白"],
                                          [3, "フリガナ", "文字", 40, "全角カナ"],
                                          [4, "生年月日", "日付", 10, "YYYY/MM/DD"],
                                          [5, "住所", "文字", 120, ""],
                                          [6, "電話番号", "文字", 13, "ハイフンあり"],
                                          [7, "被保険者番号", "文字", 10, "前ゼロあり"],
                                          [8, "要介護度", "文字", 4, ""],
                                          [9, "認定有効期間終了", "文字", 8, "和暦 R9.3.末 形式"]],
                             "変更履歴": [["版", "日付", "内容"], ["1.0", "2026/11/20", "初版"]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="field definitions of the user master without any record: column names are not personal data",
)

add(
    id="kaigohoken-075", charset="iso-2022-jp", sender=S_BANDO,
    to=["ペイブリッジ 加盟店サポート <merchant-support@paybridge.jp>"],
    subject="カード継続課金の登録依頼（1件）",
    body=f"""株式会社ペイブリッジ
加盟店サポート ご担当者様

お世話になっております。日の出産業株式会社（加盟店ID：HS-0048812）の坂東です。
利用料のクレジットカード払いを希望されたご家族様について、
管理画面からの登録がエラーになるため、代行での登録をお願いできますでしょうか。

　会員名　　：早乙女 隆 様（利用者 早乙女 宗一様のご長男）
　カード番号：{card(0)}
　有効期限　：08/29
　課金開始　：12月分（12月27日課金）
　課金金額　：毎月変動（当社からの請求データによる）

ご本人様からはお電話で口頭にて承諾をいただいております。
""" + SIG["bando"],
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a family member's credit card number and expiry in plain mail to the payment provider",
)

add(
    id="kaigohoken-076", charset="utf-8", sender=S_BANDO,
    to=["ペイブリッジ 加盟店サポート <merchant-support@paybridge.jp>"],
    subject="加盟店情報の変更届（振込先口座・担当者）",
    body=f"""株式会社ペイブリッジ
加盟店サポート ご担当者様

お世話になっております。日の出産業株式会社の坂東です。
加盟店情報の変更をお願いいたします。

　加盟店ID　　：HS-0048812
　法人名　　　：日の出産業株式会社
　法人番号　　：{HINODE_CORP_NO}
　登録番号　　：T{HINODE_CORP_NO}
　精算金振込口座：みどり銀行 町田支店 普通 0123987（変更なし）
　担当者　　　：介護事業部 業務課 坂東 美里（旧：柚木）
　担当者連絡先：042-710-5500 内線2214

変更届の様式が必要でしたらお知らせください。
""" + SIG["bando"],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="merchant details: the company's corporate/T-number and own bank account, the sender as contact",
)

add(
    id="kaigohoken-077", charset="iso-2022-jp", sender=S_MORISHITA,
    to=[CM_TSUGE],
    cc=[NS_TOKORO, FE_EDOGAWA],
    subject="12/5 担当者会議のご出席について（京極様）",
    body="""あおぞら 柘植様
（cc：すずらん 所様、ケアテック 江戸川様）

お世話になっております。ひので町田の森下です。
12月5日（土）10時からの京極様の担当者会議、ひので町田からは私が出席します。
当日の会場（ご自宅）は駐車スペースがないため、近くのコインパーキングをご利用ください。

会議の資料は柘植様にまとめてご用意いただけるとのことで、ありがとうございます。
よろしくお願いいたします。
""" + SIG["morishita"],
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three outside organisations (care office, nursing station, equipment dealer) in To/Cc see each other",
)

add(
    id="kaigohoken-078", charset="shift_jis", sender=S_MORISHITA,
    to=[CM_HIGA],
    cc=[NS_TOKORO],
    subject="初回同行訪問の時間について",
    body="""比嘉様、所様

お世話になっております。ひので町田の森下です。
12月1日（火）の初回訪問ですが、10時にご自宅前で待ち合わせでいかがでしょうか。
訪問看護の所様は10時半からとのことですので、前半30分で
生活面の確認、後半で看護の確認という流れを考えています。

ご都合が悪ければお知らせください。
""" + SIG["morishita"],
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two outside organisations in a normal coordination mail; no data about the user",
)

_jiko_table = [
    ["No", "発生日", "利用者", "年齢", "事業所", "事故内容", "受傷・診断"],
    ["1", "R8.4.18", "有馬 ツル", "92", "ひので町田（訪問）", "体位変換時の皮膚剥離", "右前腕 表皮剥離（縫合なし）"],
    ["2", "R8.6.2", "葛城 スミ子", "89", "デイ相模大野", "昼食時の誤嚥", "誤嚥性肺炎（入院10日）"],
    ["3", "R8.7.29", "真壁 カネ", "84", "デイ町田", "送迎車乗車時の転倒", "右膝打撲"],
    ["4", "R8.9.11", "百目鬼 茂", "90", "デイ相模大野", "トイレでの転倒", "左手首 骨折（橈骨遠位端）"],
    ["5", "R8.11.10", "蓮見 トヨ", "88", "ひので町田（訪問）", "入浴介助前の転倒", "左大腿骨頸部骨折（手術）"],
]

add(
    id="kaigohoken-079", charset="utf-8", sender=S_USAMI,
    to=["ときわ損保 町田支社 <machida-eigyo@tokiwa-sonpo.co.jp>"],
    subject="賠償責任保険 更新に伴う事故一覧の提出",
    body="""ときわ損害保険株式会社 町田支社
水嶋様

お世話になっております。日の出産業の宇佐美です。
介護サービス事業者賠償責任保険の更新にあたり、ご依頼のあった
本年度の事故一覧（治療を要したもの）をPDFでお送りします。
""" + SIG["usami"],
    attachments=[{"kind": "pdf", "name": "事故一覧_R8年度.pdf",
                  "lines": ["介護サービス事業者賠償責任保険 事故一覧（令和8年4月〜11月）",
                            "日の出産業株式会社 介護事業部"],
                  "table": _jiko_table}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF table of five named users with injuries and diagnoses (骨折・誤嚥性肺炎) sent to the insurer",
)

add(
    id="kaigohoken-080", charset="iso-2022-jp", sender=S_KOGA,
    to=["相模原市 介護保険課 指導班 <kaigo-shido@city.sagamihara.lg.jp>"],
    subject="利用状況報告（令和8年10月）デイサービスひので相模大野",
    body=f"""相模原市 健康福祉局 介護保険課
指導班 ご担当者様

お世話になっております。
日の出産業株式会社（法人番号 {HINODE_CORP_NO}）デイサービスひので相模大野の古閑です。
10月分の利用状況報告をお送りします。ご査収のほどよろしくお願いいたします。
""" + SIG["koga"],
    attachments=[{"kind": "pdf", "name": "利用状況報告_202610_相模大野.pdf",
                  "lines": ["通所介護 利用状況報告（令和8年10月）",
                            "事業所：デイサービスひので相模大野（事業所番号 1471900218）",
                            f"法人番号：{HINODE_CORP_NO}"],
                  "table": [["区分", "実利用者数", "延べ利用回数", "1日平均"],
                            ["要支援1・2（総合事業）", "8", "61", "2.3"],
                            ["要介護1・2", "31", "402", "15.5"],
                            ["要介護3〜5", "14", "188", "7.2"],
                            ["合計", "53", "651", "25.0"]]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="aggregate usage figures and the company's corporate number to the city: no person",
)

add(
    id="kaigohoken-081", charset="utf-8", sender=S_MITARAI,
    to=["さくらホテル 宿泊予約 <yoyaku@sakura-hotel.co.jp>"],
    subject="研修参加者の宿泊者名簿とお支払いについて",
    html=f"""<html><body>
<p>さくらホテル 宿泊予約ご担当者様</p>
<p>お世話になっております。日の出産業 介護事業部の御手洗です。<br>
12月10日（木）〜11日（金）の新任職員研修の宿泊者名簿をお送りします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>氏名</th><th>性別</th><th>年齢</th><th>携帯電話</th><th>備考</th></tr>
<tr><td>1</td><td>鬼頭 沙織</td><td>女</td><td>34</td><td>080-3317-6624</td><td>禁煙室</td></tr>
<tr><td>2</td><td>一尺八寸 航</td><td>男</td><td>28</td><td>070-4481-2209</td><td></td></tr>
<tr><td>3</td><td>猪狩 蓮</td><td>男</td><td>26</td><td>090-5528-0173</td><td></td></tr>
<tr><td>4</td><td>轟 美和</td><td>女</td><td>43</td><td>080-7716-4420</td><td>低層階希望</td></tr>
<tr><td>5</td><td>栗原 大樹</td><td>男</td><td>31</td><td>080-1193-5527</td><td></td></tr>
<tr><td>6</td><td>宇津木 勝</td><td>男</td><td>66</td><td>090-2207-8856</td><td>到着21時頃</td></tr>
<tr><td>7</td><td>TRAN VAN DUC</td><td>男</td><td>25</td><td>070-3389-1046</td><td>朝食ハラール不要</td></tr>
</table>
<p>お支払いは下記の法人カードでお願いいたします。<br>
カード番号：{card(1, ' ')}　有効期限：03/28　名義：MEGUMI MITARAI</p>
<p>日の出産業株式会社 介護事業部 総務人事グループ<br>御手洗 恵　TEL 042-710-5523</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "CREDIT_CARD"],
    detectors=["personal_data", "lookalike_domain"],
    note="HTML table of seven guests' mobiles plus a card number, to sakura-hotel.co.jp (TLD swap of the partner sakura-hotel.jp)",
)

add(
    id="kaigohoken-082", charset="iso-2022-jp", sender=S_MITARAI,
    to=["さくらホテル 宴会・会議予約 <kaigi@sakura-hotel.jp>"],
    subject="新任職員研修 会議室・昼食のご予約",
    body="""さくらホテル
宴会・会議予約ご担当　南雲様

お世話になっております。日の出産業 介護事業部の御手洗です。
12月10日（木）〜11日（金）の新任職員研修について、下記でご予約をお願いいたします。

　会議室：「桜の間」スクール形式 20名
　時間　：10日 9:30〜17:30／11日 9:00〜16:00
　昼食　：両日とも幕の内弁当 20食（うち2食はやわらか食の対応が可能であれば）
　備品　：プロジェクター、マイク2本、ホワイトボード
　お支払い：請求書払い（介護事業部 総務人事グループ宛）

宿泊は別途、宿泊予約の窓口にご連絡いたします。
""" + SIG["mitarai"],
    expect="pass",
    entities=[],
    detectors=[],
    note="meeting room booking at the partner hotel: counts and times only",
)

add(
    id="kaigohoken-083", charset="utf-8", sender=S_SHOJI,
    to=["デイサービスかがやき 生活相談員 <soudan@kagayaki-day.co.jp>"],
    subject="居宅サービス計画書の送付（雲母 春江様）",
    body="""デイサービスかがやき
生活相談員 ご担当者様

お世話になっております。居宅介護支援事業所ひのでの東海林です。
12月から貴事業所のご利用を開始される雲母 春江様の居宅サービス計画書（第1表〜第3表）を
ZIPでお送りします。初回の担当者会議でまたご説明いたします。
""" + SIG["shoji"],
    attachments=[{"kind": "zip", "name": "careplan_kirara.zip", "files": [
        {"kind": "docx", "name": "居宅サービス計画書_第1表.docx",
         "paragraphs": ["居宅サービス計画書（1）"],
         "tables": [[["利用者名", "雲母 春江 殿", "生年月日", "昭和16年9月4日"],
                     ["住所", "神奈川県相模原市南区東林間2-14-7 東林荘102", "被保険者番号", "0000522409"],
                     ["要介護状態区分", "要介護2", "認定有効期間", "R8.10.1〜R10.9.30"],
                     ["利用者及び家族の意向", "本人：娘に迷惑をかけずに家で暮らしたい。長女：日中の見守りをお願いしたい。", "", ""],
                     ["総合的な援助の方針", "アルツハイマー型認知症と2型糖尿病があり、服薬と食事の管理が課題。", "", ""]]]},
        {"kind": "docx", "name": "居宅サービス計画書_第2表.docx",
         "paragraphs": ["居宅サービス計画書（2）"],
         "tables": [[["生活全般の解決すべき課題", "長期目標", "短期目標", "サービス内容"],
                     ["血糖値が安定しない", "合併症を防ぐ", "食事量を一定にする", "通所介護での昼食・服薬確認"],
                     ["物忘れで服薬を忘れる", "自宅での生活を続ける", "飲み忘れを週1回以下に", "訪問介護による服薬確認"]]]},
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="ZIP of DOCX care plans for one user with address, insured number and diagnoses to an outside day-care",
)

add(
    id="kaigohoken-084", charset="shift_jis", sender=S_SHOJI,
    to=[S_MORISHITA],
    subject="京極様 ケアプラン（案）のご確認",
    body="""森下さん

お疲れさまです。東海林です。
京極様のケアプラン（案）を添付します。訪問介護の部分を確認してもらえますか。
12/5の担当者会議の前に固めたいので、12/2までにお願いします。
""" + SIG["shoji"],
    attachments=[{"kind": "docx", "name": "京極様_ケアプラン案.docx",
                  "paragraphs": ["居宅サービス計画書（案）",
                                 "利用者：京極 絹代（昭和22年2月14日生）　要介護2",
                                 "主な疾患：関節リウマチ（生物学的製剤を使用中）、うつ病",
                                 "課題：手指の変形により家事が困難。気分の落ち込みで外出機会が減少。",
                                 "訪問介護：生活援助（掃除・調理）週2回、身体介護（入浴）週1回"]}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="care plan with diagnoses sent only to an internal colleague",
)

add(
    id="kaigohoken-085", charset="shift_jis", sender=S_SHOJI,
    to=["まごころ弁当 相模原営業所 <sagamihara@magokoro-bento.co.jp>"],
    subject="配食サービス 新規のお申込み（5名）",
    body="""まごころ弁当 相模原営業所
ご担当者様

お世話になっております。居宅介護支援事業所ひのでの東海林です。
下記の方の夕食の配食を12月から開始したく、お申込みいたします。

・ウヅキ ケンジ様　相模原市南区古淵4-9-13-205　042-753-6620
　月〜金　常食　※統合失調症の服薬中、配達時に声かけをお願いします
・アサヒナ ハル様　相模原市南区相模大野5-17-2　042-742-9093
　毎日　糖尿病食（1食500kcal）
・カンバヤシ カズオ様　相模原市南区東林間7-3-21　090-2284-6617
　月水金　腎臓病食（たんぱく・塩分制限）
・ヤマナシ キヨ様　相模原市南区鵜野森3-6-8　042-749-1135
　毎日　やわらか食　※認知症あり、受け取れない場合は長男（090-5503-7719）へ連絡
・テシガワラ タケ様　町田市鶴間8-20-4　042-795-2216
　火木土　常食

請求は各ご家庭あてでお願いします。
""" + SIG["shoji"],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="「・」 bullets of five people in kana with addresses, phones and diets revealing 糖尿病・腎臓病・統合失調症・認知症",
)

# -- 086-100 -----------------------------------------------------------------------------

add(
    id="kaigohoken-086", charset="iso-2022-jp", sender=S_SHOJI,
    to=["まごころ弁当 相模原営業所 <sagamihara@magokoro-bento.co.jp>"],
    subject="Re: 配食サービス お試し利用のお願い",
    body="""まごころ弁当 相模原営業所
千葉様

ご返信ありがとうございます。ひのでの東海林です。
お試し利用（3日間）は、下記お二人でお願いいたします。

　汐見 フジ様　相模原市南区相南2-11-5　　　042-746-3320　12/7〜12/9　常食
　猿渡 博様　　相模原市南区南台4-1-28-103　042-745-8817　12/8〜12/10　常食

どちらもご本人が受け取られます。よろしくお願いいたします。

> 東海林様
> お問い合わせありがとうございます。お試し利用は3日間、1食450円で承っております。
> お名前、ご住所、お電話番号、ご希望日をお知らせください。
> まごころ弁当 相模原営業所 千葉
""" + SIG["shoji"],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two people's delivery addresses and phones for a trial, no health data: under the five-person line",
)

add(
    id="kaigohoken-087", charset="utf-8", sender=S_JIMBO,
    to=["ツバサシステム 営業部 奥寺 <okudera@tsubasa-system.jp>"],
    subject="介護事業部 中期IT計画（ご提案依頼の前提資料）",
    body="""奥寺様

お世話になっております。神保です。
ご提案の前提として、介護事業部の中期IT計画の抜粋をお送りします。
タブレット記録、請求の自動化、見守りセンサー連携の3点についてご提案をお願いします。
""" + SIG["jimbo"],
    attachments=[{"kind": "pptx", "name": "介護事業部_中期IT計画_抜粋.pptx",
                  "page_footer": "Confidential – Hinode Sangyo Internal Only",
                  "title": "介護事業部 中期IT計画 2027-2029",
                  "slides": [["介護事業部 中期IT計画 2027-2029", "Confidential", "情報システム部"],
                             ["現状の課題", "紙の記録の転記に1日平均45分", "請求の返戻 月6〜10件",
                              "センサーと記録システムが未連携"],
                             ["投資計画", "2027年度：タブレット60台（1,800万円）",
                              "2028年度：請求自動化（1,200万円）", "2029年度：センサー連携（900万円）"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PPTX stamped Confidential / Internal Only on every slide, sent to an outside vendor",
)

add(
    id="kaigohoken-088", charset="shift_jis", sender=S_IMAIZUMI,
    to=[CM_SUGINOUCHI],
    subject="デイサービスひので町田のご紹介資料",
    body="""みなみ野ケアマネジメント
杉ノ内様

先日はお時間をいただきありがとうございました。日の出産業の今泉です。
お話しした、デイサービスひので町田のご紹介資料をお送りします。
利用者様・ご家族へのご説明にもそのままお使いいただけます。
""" + SIG["imaizumi"],
    attachments=[{"kind": "pptx", "name": "デイサービスひので町田_ご紹介.pptx",
                  "slides": [["デイサービスひので町田", "地域密着型通所介護　定員18名"],
                             ["1日の流れ", "9:00 お迎え", "10:00 入浴・個別機能訓練",
                              "12:00 昼食", "14:00 レクリエーション", "16:00 お送り"],
                             ["アクセス", "東京都町田市能ヶ谷2-5-17", "TEL 042-735-6210",
                              "小田急線 鶴川駅より徒歩12分"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="public service brochure (PPTX) with the office's own address",
)

add(
    id="kaigohoken-089", charset="iso-2022-jp", sender=S_MITARAI,
    to=["たちばな社労士事務所 橘 美紀 <tachibana@tachibana-sr.jp>"],
    subject="11月分 給与計算データの送付",
    body="""橘先生

お世話になっております。御手洗です。
11月分の給与計算データ（勤怠・各種手当）をお送りします。
ファイルはパスワード付きZIPにしております。パスワードはいつもの方法でお伝えします。

今月から処遇改善手当の単価が変わっておりますので、ご注意ください。
""" + SIG["mitarai"],
    attachments=[{"kind": "zip", "name": "kyuyo_202611.zip", "password": "tachi-2611",
                  "files": [{"kind": "xlsx", "name": "勤怠集計_202611.xlsx",
                             "sheets": {"勤怠": [["社員番号", "氏名", "出勤日数", "残業時間", "夜勤回数"],
                                                 ["K0112", "江口 真理", 21, 12.5, 4],
                                                 ["K0131", "羽生田 恭子", 20, 8.0, 0]]}}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="payroll data in an AES-encrypted ZIP: cannot be inspected",
)

_mn_staff = [("江口 真理", "1985/06/12"), ("羽生田 恭子", "1976/11/28"), ("栗原 大樹", "1995/01/30"),
             ("九十九 大地", "1990/03/09"), ("我妻 里香", "1988/09/25"), ("長宗我部 学", "1972/04/04"),
             ("轟 美和", "1983/08/17"), ("猪狩 蓮", "1999/12/01")]

add(
    id="kaigohoken-090", charset="utf-8", sender=S_MITARAI,
    to=["本社人事部 給与グループ <kyuyo@hinode-sangyo.co.jp>"],
    subject="介護事業部 個人番号 収集分の引き継ぎ（8名）",
    body="""本社人事部 給与グループ 各位

お疲れさまです。介護事業部 総務人事グループの御手洗です。
年末調整に向けて、介護事業部で収集した職員の個人番号（未登録分8名）をお送りします。
本人確認書類の写しは、社内便（親展）で別途お送りします。
登録が終わりましたら、このメールは削除をお願いします。

社員番号,氏名,生年月日,個人番号
""" + "\n".join(f"K01{40 + i},{n},{d},{my_number(SEED + 3 + i)}" for i, (n, d) in enumerate(_mn_staff))
      + "\n\nよろしくお願いいたします。\n" + SIG["mitarai"],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=[],
    note="eight staff My Numbers, but only to the internal payroll group",
)

add(
    id="kaigohoken-091", charset="iso-2022-jp", sender=S_USAMI,
    to=[CITY_MACHIDA],
    subject="Re: 事故報告書の内容確認について",
    body="""町田市 介護保険課
事業者指導係　氷室様

お世話になっております。日の出産業の宇佐美です。
お問い合わせの件、回答いたします。

1. 利用者の情報
　氏名：蓮見 トヨ 様　生年月日：昭和13年2月26日　要介護3
2. 受傷の内容
　左大腿骨頸部骨折。11月11日に人工骨頭置換術を受け、現在リハビリ中です。
　既往に骨粗しょう症、高血圧症があり、主治医からは退院まで約6週間との見込みです。
3. 家族への説明
　11月10日当日に長男様へ、11月13日に管理者から経緯を説明し、謝罪しております。

> 日の出産業株式会社 宇佐美様
> 事故報告書（第一報）を受領しました。パスワード付きのPDFのため、
> 内容確認のため、利用者の氏名・生年月日、受傷の内容、家族への説明状況を
> メールにて簡潔にお知らせください。
> 町田市 介護保険課 事業者指導係 氷室
""" + SIG["usami"],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="reply whose new text gives one user's name, birth date, fracture, surgery and history; only the request is quoted",
)

add(
    id="kaigohoken-092", charset="shift_jis", sender=S_SHOJI,
    to=[MSW_SHITARA],
    subject="RE: 退院の見込みについて（我妻様）",
    body="""設楽様

ご連絡ありがとうございます。ひのでの東海林です。
12月9日退院の見込み、承知しました。退院日の午後に自宅でのヘルパー訪問を調整いたします。
引き続きよろしくお願いいたします。

-----Original Message-----
差出人: 設楽 亮 <renkei@tsurukawa-hp.or.jp>
送信日時: 2026年11月30日 16:48
宛先: 東海林 さおり <shoji.saori@hinode-sangyo.co.jp>
件名: 退院の見込みについて（我妻様）

東海林様

町田つるかわ病院 地域医療連携室の設楽です。
我妻 昭二様（S9.12.20生）ですが、COPDの急性増悪は落ち着き、
在宅酸素（安静時1L、労作時2L）を導入したうえで12月9日に退院の見込みです。
前立腺がんのホルモン療法は外来で継続します。
退院時に在宅酸素の業者が自宅に入りますので、ヘルパーさんへの説明もお願いします。

設楽
""" + SIG["shoji"],
    expect="pass",
    entities=[],
    detectors=[],
    note="the patient's diagnoses appear only in the quoted hospital mail under -----Original Message-----; the reply adds none",
)

add(
    id="kaigohoken-093", charset="utf-8", sender=S_KOGA,
    to=["青葉運輸 車両管理課 <sharyo@aoba-unyu.jp>"],
    subject="送迎車（リース車両）の12月定期点検の日程",
    body="""青葉運輸株式会社
車両管理課　ご担当者様

お世話になっております。デイサービスひので相模大野の古閑です。
リース中の送迎車2台の12月定期点検について、下記の日程でお願いできますでしょうか。

　・ハイエース（相模 300 さ 12-34）　12月13日（日）
　・NV200（相模 500 て 56-78）　　　12月20日（日）

日曜日はデイが休みのため、終日お預けできます。
代車は不要です。よろしくお願いいたします。
""" + SIG["koga"],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu.jp drops the co. of the partner aoba-unyu.co.jp",
)

_seikyu_xls = [["利用者 請求額一覧（令和8年11月分）　収納代行依頼分"],
               ["顧客番号", "氏名", "住所", "請求額", "引落銀行", "支店", "種目", "口座番号"],
               ["C30011", "西園寺 ハル", "東京都町田市能ヶ谷3-2-19", 12840, "みどり銀行", "町田", "普通", "3318204"],
               ["C30012", "勅使河原 実", "東京都町田市薬師台2-14-6", 18320, "多摩中央信用金庫", "鶴川", "普通", "0627719"],
               ["C30013", "真壁 カネ", "東京都町田市三輪緑山1-8-4", 9560, "ゆうちょ銀行", "〇一八", "普通", "4410283"],
               ["C30014", "早乙女 宗一", "東京都町田市鶴川6-7-2-301", 15410, "みどり銀行", "鶴川", "普通", "5520913"],
               ["C30015", "有働 トミ", "東京都町田市金井ヶ丘3-12-5", 4120, "相模中央銀行", "町田", "普通", "1184406"],
               ["C30016", "栗栖 健吉", "東京都町田市大蔵町1960-3", 29770, "みどり銀行", "町田", "当座", "0081452"],
               ["C30017", "久慈 ヨシ", "東京都町田市真光寺町1244", 7980, "多摩中央信用金庫", "鶴川", "普通", "0731158"],
               ["C30018", "湯之上 孝", "東京都町田市広袴2-3-16", 13390, "みどり銀行", "町田", "普通", "2093347"],
               ["C30019", "薬袋 ミツ", "東京都町田市大蔵町2118-4", 11230, "みどり銀行", "町田", "普通", "6612047"],
               ["C30020", "十文字 タツ", "東京都町田市野津田町1102", 8840, "ゆうちょ銀行", "〇二八", "普通", "3307715"],
               ["C30021", "卜部 信子", "東京都町田市小野路町3050-2", 8642, "相模中央銀行", "鶴川", "普通", "2219930"],
               ["C30022", "四十物 トシ", "東京都町田市能ヶ谷7-1-9", 10025, "みどり銀行", "鶴川", "普通", "4471028"]]

add(
    id="kaigohoken-094", charset="shift_jis", sender=S_BANDO,
    to=["ライフ収納サービス 業務部 <gyomu@life-shuno.co.jp>"],
    subject="11月分 収納代行依頼データ",
    body="""ライフ収納サービス株式会社
業務部 ご担当者様

いつもお世話になっております。日の出産業 業務課の坂東です。
11月分の収納代行依頼データ（デイ町田 12件）をお送りします。
旧システムからの出力のため、Excel 97-2003形式（.xls）になっております。
""" + SIG["bando"],
    attachments=[{"kind": "xls", "name": "shuno_irai_202611.xls", "sheets": {"依頼データ": _seikyu_xls}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="legacy XLS of twelve users with home addresses and bank accounts to the collection agent",
)

add(
    id="kaigohoken-095", charset="utf-8", sender=S_SHOJI,
    to=["湯之上 様 <yunoue.akira@outlook.jp>"],
    subject="町田市内の居宅介護支援事業所のご案内",
    body="""湯之上 明 様

お世話になっております。居宅介護支援事業所ひのでの東海林です。
先日はご来所いただきありがとうございました。
あいにく当事業所は現在新規の受付を停止しておりますので、
ご自宅から近い事業所をいくつかご案内いたします。

　事業所名　　　　　　　　　　所在地　　　　　　　　　　　電話
　-------------------------------------------------------------------
　ケアプランセンターあおぞら　町田市鶴川2-1-8　　　　　　042-708-3321
　つくし居宅介護支援事業所　　町田市能ヶ谷4-22-1　　　　　042-736-9980
　みなみ野ケアマネジメント　　町田市南成瀬1-5-12 2F　　　042-710-4468
　はなみずき介護相談室　　　　町田市金井2-16-3　　　　　　042-735-1207
　居宅介護支援事業所かえで　　町田市本町田3410-1　　　　　042-722-5590

いずれも町田市の「介護サービス事業所ガイド」に掲載されている事業所です。
お父様の状況をお伝えいただければ、どちらでも丁寧に対応していただけると思います。
""" + SIG["shoji"],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="a list of businesses (care offices with their public phones) to one private person on free mail",
)

add(
    id="kaigohoken-096", charset="iso-2022-jp", sender=S_MORISHITA,
    to=[CM_TSUGE],
    subject="川端様 サービス内容の変更のご相談",
    body="""あおぞら 柘植様

お世話になっております。ひので町田の森下です。
川端 静江様（要介護2）の最近のご様子について、ご相談です。

ここ1か月ほどで立ち上がりや歩行が不安定になり、浴槽をまたぐ動作が
お一人では難しくなってきました。現在の「身体1生活2」に加えて、
週1回の入浴介助（身体2）の追加をご検討いただけないでしょうか。

ご本人は「まだ大丈夫」とおっしゃっていますが、長女様は追加を希望されています。
""" + SIG["morishita"],
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="one named user's care level and declining mobility to her own care manager: health-related but no diagnosis",
)

_kinkyu = [("四ノ宮 彩", "090-6418-2257", "東京都町田市玉川学園5-11-3"),
           ("羽生田 恭子", "090-8812-4470", "東京都町田市金森東2-28-14"),
           ("栗原 大樹", "080-1193-5527", "神奈川県川崎市麻生区岡上412-6"),
           ("猪狩 蓮", "090-5528-0173", "東京都町田市鶴川4-3-8-205"),
           ("宇津木 勝", "090-2207-8856", "東京都町田市能ヶ谷1-17-21"),
           ("薬丸 千秋", "080-3365-9042", "東京都町田市三輪町402-1"),
           ("百瀬 拓海", "070-6642-1180", "神奈川県川崎市麻生区黒川1126")]

add(
    id="kaigohoken-097", charset="shift_jis", sender=S_SHINOMIYA,
    to=["安心警備保障 町田営業所 <machida@anshin-keibi.co.jp>"],
    subject="機械警備 緊急連絡先の登録（デイサービスひので町田）",
    body="""安心警備保障株式会社 町田営業所
ご担当　稲垣様

お世話になっております。デイサービスひので町田の四ノ宮です。
12月1日からの機械警備契約について、異常発報時の緊急連絡先（駆けつけ順）をお送りします。

順位　氏名　　　　　携帯電話　　　　　　　住所
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
""" + "\n".join(f"{fw(str(i + 1))}　　　{n}{'　' * (6 - len(n))}{fw(p)}　　{fw(a)}"
                for i, (n, p, a) in enumerate(_kinkyu))
      + """

鍵は2本お預けします。受け渡しは契約日にお願いいたします。
""" + SIG["shinomiya"],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="seven staff with private mobiles and home addresses in a full-width padded list to the security company",
)

add(
    id="kaigohoken-098", charset="utf-8", sender=S_KOGA,
    to=["安心警備保障 相模原営業所 <sagamihara@anshin-keibi.co.jp>"],
    subject="緊急連絡先の変更（デイサービスひので相模大野）",
    body="""安心警備保障株式会社 相模原営業所
ご担当者様

お世話になっております。デイサービスひので相模大野の古閑です。
人事異動に伴い、機械警備の緊急連絡先を下記4名に変更します。

順位	氏名	携帯電話
1	古閑 健太	080-2731-4406
2	九十九 大地	080-6620-3315
3	我妻 里香	090-3304-7792
4	轟 美和	080-7716-4420

旧連絡先の方は削除をお願いいたします。
""" + SIG["koga"],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated list of four staff mobiles: below the five-person line, may be warned",
)

add(
    id="kaigohoken-099", charset="iso-2022-jp", sender=S_SHOJI,
    to=["リハビリデイのぞみ 相談員 浜名 <hamana@nozomi-rehaday.jp>"],
    subject="転送：母の介護について（ご紹介）",
    body="""リハビリデイのぞみ
浜名様

お世話になっております。居宅介護支援事業所ひのでの東海林です。
下記のご家族から、リハビリ中心のデイサービスを探しているとのご相談があり、
貴事業所をご紹介したいと思います。ご家族の了解を得て、いただいたメールを転送します。
見学の日程について、ご家族に直接ご連絡いただけますでしょうか。

-------- 転送メッセージ --------
差出人: 月見里 浩 <yamanashi.hiroshi@gmail.com>
日付: 2026年11月24日 21:05
件名: 母の介護について
宛先: shoji.saori@hinode-sangyo.co.jp

東海林様

先日はありがとうございました。月見里 浩です。
母（月見里 キヨ、82歳）の件で改めてご相談させてください。
9月に脳梗塞で入院し、左半身にまひが残りました。退院後、物忘れも増え、
病院では血管性認知症の初期と言われています。
本人はもう一度自分で歩けるようになりたいと言っており、
リハビリに力を入れているデイサービスを希望しています。
平日の日中は私も妻も仕事ですので、連絡は携帯（090-3318-6620）にお願いします。

月見里 浩
""" + SIG["shoji"],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a family's mail with the mother's stroke and dementia diagnosis forwarded (new text) to another care provider",
)

add(
    id="kaigohoken-100", charset="shift_jis", sender=S_BANDO,
    to=["東京都国保連 介護保険課 ヘルプデスク <kaigo-help@tokyo-kokuhoren.or.jp>"],
    subject="過誤申立の処理状況について（1件）",
    body="""東京都国民健康保険団体連合会
介護保険課 ご担当者様

お世話になっております。日の出産業 業務課の坂東です。
9月に町田市経由で提出した過誤申立（通常過誤）1件について、
11月審査の処理結果に反映されていないようですので、状況を確認させてください。

　事業所番号：1371209846（ヘルパーステーションひので町田）
　被保険者番号：0000398841
　氏名：蓮見 トヨ 様
　対象サービス提供月：令和8年6月
　申立事由コード：02（請求誤り）

再請求は12月の請求で行う予定です。よろしくお願いいたします。
""" + SIG["bando"],
    expect="either",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one user's 介護保険被保険者番号 to the federation that processes her claims: an insurance number, but to its own payer",
)
