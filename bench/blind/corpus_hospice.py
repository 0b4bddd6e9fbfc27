"""Blind evaluation corpus — AREA: hospice (在宅ホスピス・緩和ケア訪問サービス).

日の出産業株式会社 在宅ホスピス事業部（訪問看護ステーションひので／ホスピス住宅「ひのでの家」）
が送るメール 100 通: 患者の病状と予後、家族とキーパーソン、疼痛緩和の薬剤（医療用麻薬）、
訪問医・訪問看護・薬局との連携、遺族フォロー（グリーフケア）、保険会社とケアマネジャー。

Every person, patient, family member, address, phone number, account, insurance,
licence, passport, residence-card, pension, My Number and card number in this file is
invented; the external organisations other than those named in BRIEF.md are fictional.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 13101
rng = random.Random(SEED)

_counter = {"mn": SEED, "cc": SEED}


def next_my_number(sep: str = " ") -> str:
    n = my_number(_counter["mn"])
    _counter["mn"] += 1
    return sep.join([n[0:4], n[4:8], n[8:12]])


def next_card(sep: str = "-") -> str:
    n = card_number(_counter["cc"])
    _counter["cc"] += 1
    return sep.join([n[0:4], n[4:8], n[8:12], n[12:16]])


def corporate_number(base12: str) -> str:
    """法人番号: a check digit in front of 12 digits."""
    total = 0
    for i, ch in enumerate(reversed(base12), start=1):
        total += int(ch) * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


_ZEN = str.maketrans("0123456789-().:/", "０１２３４５６７８９－（）．：／")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (1989, 1, 8):
        era, k, base = "平成", "H", 1988
    elif (y, m, d) >= (1926, 12, 25):
        era, k, base = "昭和", "S", 1925
    else:
        era, k, base = "大正", "T", 1911
    n = y - base
    if style == "short":
        return f"{k}{n}.{m}.{d}"
    if style == "zen":
        return zen(f"{era}{n}年{m}月{d}日")
    return f"{era}{n}年{m}月{d}日"


SEI = [("浅香", "アサカ"), ("五十嵐", "イガラシ"), ("鵜飼", "ウカイ"), ("江頭", "エガシラ"),
       ("大庭", "オオバ"), ("柏木", "カシワギ"), ("城戸", "キド"), ("久我", "クガ"),
       ("小暮", "コグレ"), ("相良", "サガラ"), ("宍倉", "シシクラ"), ("菅谷", "スガヤ"),
       ("瀬戸口", "セトグチ"), ("曽我", "ソガ"), ("舘野", "タテノ"), ("椿", "ツバキ"),
       ("寺門", "テラカド"), ("戸張", "トバリ"), ("名越", "ナゴシ"), ("新見", "ニイミ"),
       ("布施", "フセ"), ("根岸", "ネギシ"), ("野々村", "ノノムラ"), ("萩原", "ハギワラ"),
       ("比留間", "ヒルマ"), ("深町", "フカマチ"), ("穂積", "ホヅミ"), ("真壁", "マカベ"),
       ("三橋", "ミツハシ"), ("六車", "ムグルマ"), ("茂木", "モテギ"), ("八木橋", "ヤギハシ"),
       ("湯浅", "ユアサ"), ("米倉", "ヨネクラ"), ("若槻", "ワカツキ"), ("廿日出", "ハツカデ"),
       ("鴨志田", "カモシダ"), ("御園", "ミソノ"), ("石動", "イスルギ"), ("百瀬", "モモセ")]
GIVEN_M = [("一郎", "イチロウ"), ("敏夫", "トシオ"), ("勝利", "カツトシ"), ("弘", "ヒロシ"),
           ("正之", "マサユキ"), ("健二", "ケンジ"), ("隆", "タカシ"), ("善治", "ゼンジ"),
           ("昭", "アキラ"), ("武雄", "タケオ"), ("宏樹", "ヒロキ"), ("直人", "ナオト"),
           ("翔太", "ショウタ"), ("和也", "カズヤ"), ("貞夫", "サダオ"), ("伸介", "シンスケ")]
GIVEN_F = [("ふさ江", "フサエ"), ("和子", "カズコ"), ("節子", "セツコ"), ("キミ", "キミ"),
           ("悦子", "エツコ"), ("美智子", "ミチコ"), ("幸子", "サチコ"), ("八重", "ヤエ"),
           ("明美", "アケミ"), ("由紀", "ユキ"), ("彩花", "アヤカ"), ("真由美", "マユミ"),
           ("千晶", "チアキ"), ("葵", "アオイ"), ("トメ", "トメ"), ("房枝", "フサエ")]
TOWNS = [("222-0037", "神奈川県横浜市港北区大倉山", "045"),
         ("223-0061", "神奈川県横浜市港北区日吉", "045"),
         ("222-0011", "神奈川県横浜市港北区菊名", "045"),
         ("223-0053", "神奈川県横浜市港北区綱島西", "045"),
         ("224-0032", "神奈川県横浜市都筑区茅ケ崎中央", "045"),
         ("216-0033", "神奈川県川崎市宮前区宮崎", "044"),
         ("211-0004", "神奈川県川崎市中原区新丸子東", "044"),
         ("227-0062", "神奈川県横浜市青葉区青葉台", "045"),
         ("226-0019", "神奈川県横浜市緑区中山", "045"),
         ("230-0051", "神奈川県横浜市鶴見区鶴見中央", "045"),
         ("221-0835", "神奈川県横浜市神奈川区鶴屋町", "045"),
         ("225-0011", "神奈川県横浜市青葉区あざみ野", "045")]
DISEASES = ["膵臓がん", "肺がん", "胃がん", "大腸がん", "乳がん 骨転移", "肝細胞がん",
            "前立腺がん", "胆管がん", "卵巣がん", "COPD", "慢性心不全", "ALS", "慢性腎不全",
            "老衰", "食道がん", "膀胱がん", "悪性リンパ腫"]


def gen_person(y0: int = 1928, y1: int = 1960, mobile: float = 0.5) -> dict:
    sei, sei_k = rng.choice(SEI)
    female = rng.random() < 0.5
    mei, mei_k = rng.choice(GIVEN_F if female else GIVEN_M)
    y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
    zip_, town, area = rng.choice(TOWNS)
    addr = f"{town}{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 25)}"
    if rng.random() < mobile:
        phone = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    else:
        phone = f"{area}-{rng.randint(400, 999)}-{rng.randint(1000, 9999)}"
    return {"name": f"{sei} {mei}", "kana": f"{sei_k} {mei_k}", "sex": "女" if female else "男",
            "birth": (y, m, d), "zip": zip_, "addr": addr, "phone": phone}


INT = "hinode-sangyo.co.jp"

SIG_MIYASAKA = """
--
日の出産業株式会社 在宅ホスピス事業部
訪問看護ステーションひので 管理者（看護師）
宮坂 千尋
〒222-0033 横浜市港北区新横浜3-19-5 日の出ビル4F
TEL 045-475-3810 / FAX 045-475-3811
Mail c.miyasaka@hinode-sangyo.co.jp
"""

SIG_DOBASHI = """
――――――――――――――――
訪問看護ステーションひので
看護師　土橋 遥（どばし はるか）
TEL 045-475-3810（ステーション代表）
――――――――――――――――
"""

SIG_MASUDA = """
********************************
日の出産業株式会社
在宅ホスピス事業部 地域連携室
医療ソーシャルワーカー（社会福祉士）
枡田 圭介 / Keisuke Masuda
〒222-0033 神奈川県横浜市港北区新横浜3-19-5
TEL: 045-475-3815  FAX: 045-475-3811
********************************
"""

SIG_OKONOGI = """
=====================================
日の出産業株式会社 在宅ホスピス事業部
訪問看護ステーションひので 事務
小此木 由香
TEL 045-475-3810 FAX 045-475-3811
=====================================
"""

SIG_KITO = """
……………………………………………………
訪問看護ステーションひので
グリーフケア担当　鬼頭 沙織
〒222-0033 横浜市港北区新横浜3-19-5 日の出ビル4F
電話 045-475-3810
……………………………………………………
"""

SIG_WANIBUCHI = """
-------------------------------------------
日の出産業株式会社 管理本部 経理課
鰐淵 剛（わにぶち つよし）
TEL 045-475-2201（直通） FAX 045-475-2209
-------------------------------------------
"""

SIG_HIYAMA = """
--
日の出産業株式会社 管理本部 情報システム課
檜山 航 (Wataru Hiyama)
TEL 045-475-2230 / 内線 230
"""

SIG_SEMBA = """
――――――――――――――――――――
日の出産業株式会社 人事部 人事課
仙波 美和
〒222-0033 横浜市港北区新横浜3-19-5
TEL 045-475-2210
――――――――――――――――――――
"""

SIG_KUSUNOSE = """
□■━━━━━━━━━━━━━━━━━━━━━━■□
ホスピス住宅「ひのでの家」入居相談室
楠瀬 亮（くすのせ りょう）
〒222-0033 横浜市港北区新横浜3-21-2
TEL 045-475-3900 / FAX 045-475-3901
運営：日の出産業株式会社 在宅ホスピス事業部
□■━━━━━━━━━━━━━━━━━━━━━━■□
"""

SIG_AKUTSU = """
---
訪問看護ステーションひので
看護師（緩和ケア認定看護師） 阿久津 理沙
TEL 045-475-3810
"""

SIG_WASHIO = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
在宅ホスピス事業部 事業部長
鷲尾 透
TEL 045-475-3800（代表）
━━━━━━━━━━━━━━━━━━━━━━
"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
"""

MIYASAKA = f"宮坂 千尋 <c.miyasaka@{INT}>"
DOBASHI = f"土橋 遥 <h.dobashi@{INT}>"
MASUDA = f"枡田 圭介 <k.masuda@{INT}>"
OKONOGI = f"小此木 由香 <y.okonogi@{INT}>"
KITO = f"鬼頭 沙織 <s.kito@{INT}>"
WANIBUCHI = f"鰐淵 剛 <t.wanibuchi@{INT}>"
HIYAMA = f"檜山 航 <w.hiyama@{INT}>"
SEMBA = f"仙波 美和 <m.semba@{INT}>"
KUSUNOSE = f"楠瀬 亮 <r.kusunose@{INT}>"
AKUTSU = f"阿久津 理沙 <r.akutsu@{INT}>"
WASHIO = f"鷲尾 透 <t.washio@{INT}>"

TSUGE = "柘植 正臣 <tsuge@asahi-zaitaku.jp>"
ASHIDA = "芦田 紗希 <ashida@asahi-zaitaku.jp>"
HASUMI = "はなみずき薬局 蓮見 <hasumi@hanamizuki-yakkyoku.co.jp>"
NOTO = "港北中央病院 地域医療連携室 能登 <noto@kohoku-chuo-hp.or.jp>"
HANAWA = "ケアプランこもれび 塙 由紀子 <hanawa@komorebi-cp.jp>"
AMARI = "南山ケアセンター 甘利 修 <amari@minamiyama-care.co.jp>"
AIZAWA = "川崎電機 藍沢 <aizawa@kawasaki-denki.co.jp>"
TOKANO = "ツバサシステム 戸叶 <tokano@tsubasa-system.jp>"
HIMAWARI = "ひまわり生命保険 保険金サービス課 <hokenkin@himawari-seimei.co.jp>"
SHIMAZAKI = "メディケア経営研究所 嶋崎 <shimazaki@medicare-keiei.co.jp>"
SHIRAKAWA = "白川法律事務所 白川 遼 <r.shirakawa@shirakawa-law.jp>"
CITY_CARE = "南原市 地域包括ケア推進課 <chiiki-care@city.minamihara.lg.jp>"

M: list[dict] = []

# ---------------------------------------------------------------- 001
M.append({
    "id": "hospice-001", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MIYASAKA, "to": [TSUGE],
    "subject": "新規ご依頼：訪問診療のお願い（楢崎様）",
    "body": """あさひ在宅クリニック
院長 柘植 正臣 先生

いつも大変お世話になっております。
訪問看護ステーションひのでの宮坂です。

港北中央病院より退院予定の方について、訪問診療をお引き受けいただけないか
ご相談させてください。

　氏名　　　　：楢崎 恒夫（ならさき つねお）様　男性
　生年月日　　：昭和１６年１１月３日
　住所　　　　：横浜市港北区大倉山４丁目２２−７
　病名　　　　：膵臓がん（ステージIV）、多発肝転移
　現状　　　　：経口摂取わずか、心窩部〜背部痛あり。オキシコドン徐放錠 20mg/日 内服中
　予後　　　　：病院主治医からご家族へ「1〜2か月」と説明済み
　キーパーソン：長女 楢崎 美里 様（同居）

退院日は12月18日（木）の予定です。初回往診の日程をご相談できれば幸いです。
ご多忙のところ恐縮ですが、どうぞよろしくお願いいたします。
""" + SIG_MIYASAKA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one identifiable patient's diagnosis and prognosis (要配慮) to an external clinic",
})

# ---------------------------------------------------------------- 002
M.append({
    "id": "hospice-002", "expect": "pass", "charset": "utf-8",
    "sender": DOBASHI,
    "to": [MIYASAKA, MASUDA, AKUTSU, f"ケアチーム <care-team@care.{INT}>"],
    "subject": "週次カンファレンス資料（12/15）",
    "body": """各位

お疲れさまです。土橋です。
明日のカンファレンス資料です。前回からの変更点に★をつけています。

利用者\t主病名\t予後予測\tPPS\t担当\t備考
楢崎 恒夫\t膵臓がん 肝転移\t1〜2か月\t40%\t宮坂\t12/18退院、初回往診調整中★
嵯峨山 和枝\t胃がん 腹膜播種\t1か月\t30%\t阿久津\tオキシコンチン増量(12/12)
宇田川 清\tCOPD 末期\t数か月\t40%\t土橋\tHOT 2L、夜間SpO2低下あり
御手洗 トミ\t大腸がん 肺転移\t週単位\t20%\t土橋\t経口摂取ほぼなし★ご家族へIC済
四十物 正信\t前立腺がん 骨転移\t2〜3か月\t50%\t宮坂\t認知症進行、後見申立て検討
勅使河原 昭二\t肺腺癌 IVB\t1〜2か月\t40%\t阿久津\tモルヒネ持続皮下注 24mg/日
薬袋 静香\t卵巣がん\t1〜2か月\t40%\t土橋\t腹水穿刺 月2回（あさひ在宅）
東海林 勝\t肝細胞がん\t週単位\t20%\t宮坂\tせん妄あり、ハロペリドール頓用★

御手洗様は今週末の可能性があります。オンコール体制の確認をお願いします。

土橋
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "patient list with diagnoses, but every recipient is internal (incl. care. subdomain)",
})

# ---------------------------------------------------------------- 003
M.append({
    "id": "hospice-003", "expect": "stop", "charset": "cp932",
    "sender": AKUTSU, "to": [HASUMI],
    "subject": "麻薬処方の調剤・配達のお願い（嵯峨山様）",
    "body": """はなみずき薬局 港北店
蓮見 様

お世話になっております。ひのでの阿久津です。
本日、柘植先生より嵯峨山様の処方変更がありましたので、調剤と配達をお願いできますでしょうか。

■患者様
　嵯峨山　和枝　様（８４歳）
　横浜市港北区菊名６－１４－２２　グランメゾン菊名３０２
　自宅ＴＥＬ　０４５－４３２－７７１８
■処方内容（変更点）
　・オキシコンチンTR錠 10mg → 20mg　1日2回（8時・20時）
　・オキノーム散 5mg　疼痛時頓用　1日6回まで
　・マグミット錠 330mg　毎食後
■状態
　胃がん腹膜播種。ここ3日でレスキュー使用が1日5回に増え、夜間も痛みで覚醒あり。

配達は本日17時以降、ご長男がご在宅です。
残薬（オキシコンチン10mg 4錠）は次回訪問時に回収し、薬局へお持ちします。
""" + SIG_AKUTSU,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one patient's cancer diagnosis and opioid prescription with full-width address/phone to a pharmacy",
})

# ---------------------------------------------------------------- 004
M.append({
    "id": "hospice-004", "expect": "pass", "charset": "iso-2022-jp",
    "sender": MASUDA, "to": [AMARI],
    "subject": "【ご参考】在宅緩和ケア 連携先一覧（2025年12月版）",
    "body": """南山ケアセンター
甘利 様

いつもお世話になっております。ひのでの枡田です。
先日お話しした、当ステーションが普段連携している事業所の一覧です。
ご利用者様へのご案内にお使いください。

区分        事業所名                        代表電話        所在地
----------  ------------------------------  --------------  ------------------------------
在宅診療    あさひ在宅クリニック            045-541-2200    横浜市港北区大倉山2-3-1
在宅診療    綱島ファミリー診療所            045-533-7100    横浜市港北区綱島西1-4-12
薬局        はなみずき薬局 港北店           045-546-8811    横浜市港北区菊名5-1-3
薬局        日吉ひまわり薬局（24時間対応）  045-563-0290    横浜市港北区日吉2-6-8
訪問入浴    ゆあみ訪問入浴                  045-942-3355    横浜市都筑区中川1-20-5
福祉用具    ケアリース湘南 港北営業所       045-470-6621    横浜市港北区新横浜2-8-14
病院        港北中央病院 地域医療連携室     045-470-1111    横浜市港北区小机町3211

※各事業所の受付時間は、直接お問い合わせください。
""" + SIG_MASUDA + DISC_JA,
    "entities": [],
    "detectors": [],
    "note": "list of businesses (clinics, pharmacies) with switchboard numbers, not people; disclaimer",
})

# ---------------------------------------------------------------- 005
M.append({
    "id": "hospice-005", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MASUDA,
    "to": [NOTO, TSUGE, HASUMI],
    "cc": [HANAWA],
    "subject": "退院前カンファレンス日程のご相談（K.M.様）",
    "body": """関係者各位

いつもお世話になっております。訪問看護ステーションひのでの枡田です。
港北中央病院に入院中の K.M.様 の退院前カンファレンスについて、日程調整をお願いいたします。

候補日
　(1) 12月16日(火) 14:00〜15:00
　(2) 12月17日(水) 10:00〜11:00
　(3) 12月19日(金) 15:30〜16:30
場所：港北中央病院 3階 地域医療連携室 カンファレンスルーム（Web参加も可）

ご都合のよい日を、12日(金)までに本メールへのご返信でお知らせください。
患者様の詳細は、当日病院より紙面でご提示いただく予定です。
""" + SIG_MASUDA,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four external organisations (hospital, clinic, pharmacy, care manager) visible in To/Cc",
})

# ---------------------------------------------------------------- 006
_kom_rows = [
    [1, "楢崎 恒夫", "ナラサキ ツネオ", "S16.11.3", "要介護3", "横浜市港北区大倉山4-22-7", "045-541-3092", "膵臓がん", "週3回"],
    [2, "宮下 ふみ", "ミヤシタ フミ", "T15.2.11", "要介護5", "横浜市港北区綱島西2-8-14", "045-531-7720", "心不全（末期）", "週2回"],
    [3, "漆原 忠雄", "ウルシハラ タダオ", "S9.7.30", "要介護4", "横浜市港北区師岡町812-3", "045-544-0917", "肺がん 脳転移", "週3回"],
    [4, "雲母 千代子", "キララ チヨコ", "S12.1.5", "要介護2", "横浜市港北区新吉田東5-41-2", "090-3318-4406", "乳がん 骨転移", "週1回"],
    [5, "栃木 紀夫", "トチギ ノリオ", "S22.9.19", "要介護3", "横浜市港北区高田西1-17-9", "080-2291-5530", "食道がん", "週2回"],
    [6, "仁科 陽子", "ニシナ ヨウコ", "S30.4.8", "要介護1", "横浜市港北区日吉本町3-6-21", "070-4412-8836", "子宮体がん", "週1回"],
    [7, "霜鳥 勘吉", "シモトリ カンキチ", "S6.12.24", "要介護5", "横浜市港北区樽町2-9-3", "045-546-2278", "老衰・誤嚥性肺炎", "毎日"],
]
M.append({
    "id": "hospice-006", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OKONOGI, "to": [HANAWA],
    "subject": "ご利用者一覧（こもれび様ご紹介分）の送付",
    "body": """ケアプランこもれび
塙 様

お世話になっております。ひのでの小此木です。
ご依頼いただいておりました、12月1日時点でこもれび様からご紹介いただいている
ご利用者様の一覧をお送りします。サービス担当者会議の資料作成にお使いください。

添付：こもれび様_ご利用者一覧_202512.xlsx

何かございましたらご連絡ください。
""" + SIG_OKONOGI,
    "attachments": [{
        "kind": "xlsx", "name": "こもれび様_ご利用者一覧_202512.xlsx",
        "sheets": {
            "利用者一覧": [["ケアプランこもれび様 ご紹介利用者一覧（2025年12月1日現在）"], [],
                        ["No", "氏名", "フリガナ", "生年月日", "要介護度", "住所", "電話", "主病名", "訪問頻度"]]
                       + _kom_rows,
            "変更履歴": [["日付", "内容"], ["2025/11/20", "仁科様 新規"],
                      ["2025/12/01", "霜鳥様 訪問頻度を毎日に変更"]],
        },
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX list of 7 patients with 和暦 DOB, address, phone and diagnosis to a care manager",
})

# ---------------------------------------------------------------- 007
M.append({
    "id": "hospice-007", "expect": "pass", "charset": "utf-8",
    "sender": DOBASHI, "to": [TSUGE],
    "subject": "Re: 12/11 往診結果",
    "body": """柘植先生

お世話になっております。ひのでの土橋です。
ご連絡ありがとうございます。ご指示の内容、承知いたしました。
明日午前の訪問時に確認し、変化があれば午後にお電話いたします。

引き続きよろしくお願いいたします。

土橋 遥
訪問看護ステーションひので

2025年12月11日(木) 18:42 柘植正臣 <tsuge@asahi-zaitaku.jp>:
> 土橋さん
>
> 本日の往診結果です。
> 楢崎恒夫さん（膵臓がん）、腹水やや増加、腹部膨満感の訴えあり。
> オキシコドン徐放 20mg→30mg/日に増量します。
> レスキューはオキノーム 5mg を継続。便秘が強ければ
> ナルデメジンを追加してください。
> 予後は引き続き1か月前後とみています。
>
> 柘植
""",
    "entities": [],
    "detectors": [],
    "note": "diagnosis only in quoted text of the doctor's own mail; new text is a plain acknowledgement",
})

# ---------------------------------------------------------------- 008
M.append({
    "id": "hospice-008", "expect": "stop", "charset": "cp932",
    "sender": MASUDA, "to": [HIMAWARI],
    "subject": "リビング・ニーズ特約 請求書類の送付（証券番号 HM-2208-417735）",
    "body": """ひまわり生命保険株式会社
保険金サービス課 ご担当者様

いつもお世話になっております。
日の出産業株式会社 訪問看護ステーションひのでの相談員、枡田と申します。

ご契約者の勅使河原 昭二様より依頼を受け、リビング・ニーズ特約の請求にあたり
主治医の診断書（写し）をPDFでお送りいたします。ご本人様の同意書は原本を郵送済みです。

・被保険者　：勅使河原 昭二 様
・証券番号　：HM-2208-417735
・添付　　　：診断書_勅使河原様.pdf

原本は別途、簡易書留にてお送りいたします。
ご確認のほど、よろしくお願い申し上げます。
""" + SIG_MASUDA,
    "attachments": [{
        "kind": "pdf", "name": "診断書_勅使河原様.pdf", "title": "診断書（写し）",
        "lines": [
            "診 断 書（リビング・ニーズ特約用）",
            "",
            "氏名：勅使河原 昭二（てしがわら しょうじ）　性別：男",
            "生年月日：昭和２５年８月１６日（７５歳）",
            "住所：神奈川県川崎市宮前区宮崎３丁目１２番８号",
            "傷病名：肺腺癌（cT4N3M1c、stage IVB）、多発骨転移、脳転移",
            "発病年月日：令和６年１０月頃　　初診日：令和６年１１月７日",
            "治療経過：化学療法3レジメン施行後、PD。令和７年１０月より積極的治療を中止し緩和ケアへ移行。",
            "現在の症状：呼吸困難、右胸部痛（モルヒネ持続皮下注 24mg/日）",
            "余命の見込み：6か月以内と判断する。",
            "",
            "令和７年１２月３日　あさひ在宅クリニック　医師　柘植 正臣",
        ],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "medical certificate PDF (diagnosis, life expectancy) of one insured person to an insurer",
})

# ---------------------------------------------------------------- 009
M.append({
    "id": "hospice-009", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OKONOGI, "to": ["misato.narasaki87@gmail.com"],
    "subject": "自費サービス料金のご案内",
    "body": """楢崎 美里 様

いつもお世話になっております。訪問看護ステーションひのでの小此木です。
先日お問い合わせいただいた、保険外（自費）サービスの料金表をお送りします。

　サービス　　　　　　　　　　　時間　　　料金（税込）
　─────────────────────────────
　自費訪問看護（日中）　　　　　60分　　　 8,800円
　自費訪問看護（夜間・早朝）　　60分　　　11,000円
　長時間付き添い（見守り）　　　3時間　　 19,800円
　外出付き添い（通院・墓参等）　1時間　　  6,600円
　交通費　　　　　　　　　　　　 ―　　　 実費（片道10km超）

※介護保険・医療保険の訪問看護とは別のご契約になります。
※ご利用の際は、事前に契約書の取り交わしが必要です。

ご不明な点がございましたら、お気軽にお電話ください。
""" + SIG_OKONOGI,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "price list to one family member on free mail; no personal data beyond the salutation",
})

# ---------------------------------------------------------------- 010
_bereaved = [gen_person(1940, 1975, 0.0) for _ in range(24)]
M.append({
    "id": "hospice-010", "expect": "stop", "charset": "iso-2022-jp",
    "sender": KITO, "to": ["錦印刷 営業部 大畑 <ohata@nishiki-insatsu.co.jp>"],
    "subject": "追悼の集い ご案内状 宛名印刷データの送付",
    "body": """錦印刷株式会社
営業部 大畑 様

いつもお世話になっております。日の出産業 在宅ホスピス事業部の鬼頭です。
先日お見積りいただいた「ひので 追悼の集い」ご案内状の宛名印刷用データをお送りします。

・封筒：長3 クリーム（前回と同じもの）
・宛名：縦書き、連名なし
・件数：24件（CSV 1行1件）
・納品希望：1月9日（金）

文字化けなどありましたらお知らせください。
""" + SIG_KITO,
    "attachments": [{
        "kind": "csv", "name": "追悼の集い_宛名リスト.csv", "encoding": "cp932",
        "rows": [["郵便番号", "住所1", "住所2", "宛名", "敬称"]]
                + [[p["zip"], p["addr"], rng.choice(["", "", "", "メゾン若葉 102", "コーポ桜 3F"]),
                    p["name"], "様"] for p in _bereaved],
    }],
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "CSV (CP932) of 24 bereaved families' names and home addresses to a printer",
})

# ---------------------------------------------------------------- 011
M.append({
    "id": "hospice-011", "expect": "pass", "charset": "iso-2022-jp",
    "sender": HIYAMA, "to": [TOKANO],
    "subject": "Re: 訪問看護記録システム導入に伴う秘密保持契約の件",
    "body": """ツバサシステム株式会社
戸叶 様

お世話になっております。日の出産業 情報システム課の檜山です。

秘密保持契約書のひな形を拝受しました。法務と確認し、以下2点のみ修正をお願いしたく、
修正案を添付いたします。

1. 第2条（機密情報の定義）に「患者情報等の個人情報を含む」旨を追記
2. 第8条（返還・廃棄）の期限を「契約終了後30日以内」に変更

問題なければ、このまま押印手続きに進めたいと存じます。
よろしくお願いいたします。
""" + SIG_HIYAMA + """
> 檜山様
> 先日お話しした秘密保持契約書について、弊社ひな形をお送りします。
> ご確認のほどよろしくお願いいたします。
> ツバサシステム 戸叶
""",
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_修正案_日の出産業.docx", "title": "秘密保持契約書（修正案）",
        "paragraphs": [
            "秘密保持契約書（修正案）",
            "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
            "訪問看護記録システムの導入検討に関し、次のとおり秘密保持契約を締結する。",
            "第1条（目的）本契約は、甲乙間で開示される情報の取扱いを定めることを目的とする。",
            "第2条（機密情報）本契約において機密情報とは、開示者が受領者に対し開示する技術上・営業上の一切の情報"
            "（患者情報等の個人情報を含む。）をいう。",
            "第3条（秘密保持義務）受領者は、機密情報を第三者に開示・漏えいしてはならない。",
            "第8条（返還・廃棄）受領者は、契約終了後30日以内に機密情報を返還または廃棄する。",
            "第10条（有効期間）本契約の有効期間は締結日から2年間とする。",
        ],
    }],
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA and its draft clauses; the word 機密情報 is a mention, not a marking",
})

# ---------------------------------------------------------------- 012
M.append({
    "id": "hospice-012", "expect": "stop", "charset": "iso-2022-jp",
    "sender": KUSUNOSE, "to": ["川崎電機 医療機器部 藍沢 <aizawa@kawasaki-denkl.co.jp>"],
    "subject": "電動ベッド 追加レンタルのお願い（ひのでの家）",
    "body": """川崎電機株式会社
医療機器部 藍沢 様

いつもお世話になっております。ホスピス住宅「ひのでの家」の楠瀬です。
来月の入居予定に合わせ、電動ベッドの追加レンタルをお願いしたく存じます。

　品番：KD-MB3200（3モーター、ロー床タイプ）　3台
　付属：サイドレール 6本、介助バー 3本
　納品希望：1月6日（火）午前
　納品先：ひのでの家 2階 205〜207号室

お見積りと納期のご回答をいただけますと幸いです。
""" + SIG_KUSUNOSE,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain kawasaki-denkl.co.jp is a look-alike of partner kawasaki-denki.co.jp",
})

# ---------------------------------------------------------------- 013
M.append({
    "id": "hospice-013", "expect": "pass", "charset": "iso-2022-jp",
    "sender": DOBASHI, "to": ["hiroshi-m.0322@docomo.ne.jp"],
    "subject": "明日の訪問時間の変更について",
    "body": """三輪 博 様

訪問看護ステーションひのでの土橋です。
明日12日（金）の訪問ですが、前の訪問先の都合で
　10時 → 11時30分
に変更させていただけますでしょうか。

ご都合が悪いようでしたら、このメールかステーション（045-475-3810）まで
ご連絡ください。よろしくお願いいたします。

土橋
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "visit time change to one family member on a carrier address; no health information",
})

# ---------------------------------------------------------------- 014
M.append({
    "id": "hospice-014", "expect": "stop", "charset": "utf-8",
    "sender": WASHIO, "to": [SHIMAZAKI],
    "subject": "【社外秘】ホスピス住宅 2号棟 開設計画（ドラフトv0.3）",
    "body": """メディケア経営研究所
嶋崎 様

いつもお世話になっております。日の出産業の鷲尾です。
来週の打合せに先立ち、2号棟の開設計画ドラフトの要点をお送りします。

1. 立地：都筑区内（候補地2か所、土地オーナーと交渉中）
2. 定員：18室（うち2室は家族宿泊可）
3. 投資額：約4.2億円（建物3.1億、設備0.6億、開設準備0.5億）
4. 稼働率想定：初年度 65%、2年目以降 85%
5. 看護配置：日中 3名、夜間 2名（うち1名はオンコール兼務）
6. 開設時期：2027年4月

特に、収支シミュレーションの前提（平均入居日数 42日）の妥当性について
ご意見をいただきたく存じます。
""" + SIG_WASHIO,
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "subject stamped 【社外秘】 on a business plan sent to an external consultant",
})

# ---------------------------------------------------------------- 015
M.append({
    "id": "hospice-015", "expect": "pass", "charset": "cp932",
    "sender": MIYASAKA, "to": [ASHIDA],
    "subject": "RE: 来週の訪問診療予定",
    "body": """芦田さん

ご連絡ありがとうございます。予定表、受け取りました。
こちらの訪問予定と重ならないよう、調整済みです。
霜鳥様のお宅だけ、先生のご到着が15時前後になる旨、ご家族にお伝えしておきます。

宮坂

-----Original Message-----
From: 芦田 紗希 <ashida@asahi-zaitaku.jp>
Sent: Thursday, December 11, 2025 5:12 PM
To: 宮坂 千尋 <c.miyasaka@hinode-sangyo.co.jp>
Subject: 来週の訪問診療予定

ひので 宮坂様

来週の訪問診療予定をお送りします。

日時         患者名        住所                          内容
12/15 10:00  楢崎 恒夫     港北区大倉山4-22-7            腹水穿刺
12/15 13:30  薬袋 静香     港北区綱島東1-9-11-405        定期、疼痛評価
12/16 11:00  宇田川 清     港北区篠原北2-3-8             HOT機器確認
12/17 14:00  霜鳥 勘吉     港北区樽町2-9-3               定期、嚥下評価
12/18 09:30  東海林 勝     港北区新横浜1-27-6-1102       せん妄 薬剤調整
12/18 15:00  御手洗 トミ   港北区菊名4-11-20             看取りについて説明

よろしくお願いします。
あさひ在宅クリニック 看護師 芦田
""",
    "entities": [],
    "detectors": [],
    "note": "patient schedule only under -----Original Message----- from the recipient; new text names one person without data",
})

# ---------------------------------------------------------------- 016
M.append({
    "id": "hospice-016", "expect": "stop", "charset": "iso-2022-jp",
    "sender": WANIBUCHI, "to": [TOKANO],
    "subject": "請求システム設定用 単価マスタのご送付",
    "body": """ツバサシステム株式会社
戸叶 様

お世話になっております。日の出産業 経理課の鰐淵です。
請求モジュールの初期設定用に、在宅ホスピス事業部の単価マスタをお送りします。
ご確認のうえ、テスト環境への設定をお願いいたします。
""" + SIG_WANIBUCHI,
    "attachments": [{
        "kind": "xlsx", "name": "単価マスタ_在宅ホスピス事業部.xlsx", "page_header": "部外秘",
        "sheets": {
            "単価": [["在宅ホスピス事業部 単価マスタ（2026年度改定案）　【部外秘】"], [],
                   ["コード", "区分", "サービス名", "単位", "単価", "備考"],
                   ["HN-101", "医療", "訪問看護基本療養費(I) 週3日まで", "1日", 5550, ""],
                   ["HN-102", "医療", "訪問看護基本療養費(I) 週4日目以降", "1日", 6550, ""],
                   ["HN-210", "医療", "24時間対応体制加算", "月", 6520, ""],
                   ["HN-305", "医療", "訪問看護ターミナルケア療養費1", "回", 25000, ""],
                   ["KG-011", "介護", "訪問看護 I2（30分未満）", "回", 471, "単位"],
                   ["JH-001", "自費", "自費訪問看護（日中60分）", "回", 8800, "税込"]],
            "加算": [["コード", "加算名", "単価"], ["HN-401", "特別管理加算I", 5000],
                   ["HN-402", "緊急訪問看護加算", 2650]],
        },
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSX carries a 部外秘 page header and title stamp; sent to an external vendor",
})

# ---------------------------------------------------------------- 017
M.append({
    "id": "hospice-017", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OKONOGI, "to": [AMARI],
    "subject": "サービス提供票（実績）11月分の送付",
    "body": """南山ケアセンター
甘利 様

お世話になっております。ひのでの小此木です。
11月分のサービス提供票（実績）をお送りします。
個人情報を含むため、ファイルにはパスワードを設定しております。
パスワードは別のメールでお知らせいたします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_OKONOGI,
    "attachments": [{
        "kind": "zip", "name": "提供票実績_202511.zip", "password": "Hn7#kq2Lx",
        "files": [{"kind": "xlsx", "name": "提供票実績_202511.xlsx",
                   "sheets": {"11月": [["利用者", "被保険者番号", "要介護度", "訪問回数"],
                                      ["栃木 紀夫", "0001927364", "要介護3", 9],
                                      ["宇田川 清", "0002218840", "要介護4", 12],
                                      ["仁科 陽子", "0004471193", "要介護1", 4]]}}],
    }],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to a care manager: cannot be inspected",
})

# ---------------------------------------------------------------- 018
M.append({
    "id": "hospice-018", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OKONOGI, "to": [AMARI],
    "subject": "【パスワード】サービス提供票（実績）11月分",
    "body": """甘利 様

小此木です。
先ほどお送りしたファイルのパスワードをお知らせします。

　Hn7#kq2Lx

（半角英数記号、大文字・小文字を区別します）
よろしくお願いいたします。
""",
    "entities": [],
    "detectors": [],
    "note": "the separate password mail: no attachment, no personal data",
})

# ---------------------------------------------------------------- 019
M.append({
    "id": "hospice-019", "expect": "stop", "charset": "cp932",
    "sender": MASUDA, "to": ["星空共済 給付課 <kyufu@hoshizora-kyosai.or.jp>"],
    "subject": "在宅療養給付金 請求明細の送付",
    "body": """星空共済 給付課
ご担当者様

お世話になっております。訪問看護ステーションひのでの枡田です。
先日お電話でご案内いただいた在宅療養給付金の請求明細を、Excelでお送りします。
組合員様ご本人の委任状は、本日郵送いたしました。

ご不明点がございましたらご連絡ください。
""" + SIG_MASUDA,
    "attachments": [{"kind": "corrupt", "name": "給付金請求明細_202511.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be read",
})

# ---------------------------------------------------------------- 020
M.append({
    "id": "hospice-020", "expect": "pass", "charset": "cp932",
    "sender": KUSUNOSE, "to": [AIZAWA],
    "subject": "注文書 PO-2025-1187 送付（エアマットレス・電動ベッド）",
    "body": """川崎電機株式会社
医療機器部 藍沢 様

いつもお世話になっております。ひのでの家の楠瀬です。
先日のお見積り（見積番号 KDQ-25-0932）にて発注いたします。

　注文番号　：PO-2025-1187
　品番　　　：KD-MB3200　電動ベッド　　　　　　　× 3
　　　　　　　KD-AM150 　エアマットレス（圧切替）× 2
　　　　　　　KD-SR20　 サイドレール　　　　　　× 6
　納品先　　：ホスピス住宅ひのでの家（横浜市港北区新横浜3-21-2）
　納品希望日：2026年1月6日（火）午前

なお、前回分（PO-2025-1102）は青葉運輸さんのお問合せ番号 5512-8830-4471 で
無事に受領しております。ありがとうございました。
""" + SIG_KUSUNOSE,
    "entities": [],
    "detectors": [],
    "note": "purchase order with order numbers, product codes and a tracking number to a partner",
})

# ---------------------------------------------------------------- 021
M.append({
    "id": "hospice-021", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MASUDA, "to": ["南原市 高齢福祉課 介護保険係 <kaigo-hoken@city.minamihara.lg.jp>"],
    "subject": "介護保険負担限度額認定申請について（代理申請のご相談）",
    "body": f"""南原市 高齢福祉課 介護保険係
ご担当者様

お世話になっております。日の出産業株式会社 ホスピス住宅「ひのでの家」相談員の枡田です。
先日お電話でご相談した、入居者の負担限度額認定申請の件です。
ご本人が申請書の記入が難しいため、代理で記入した内容を先にお送りしますので、
不足があればご指摘ください。

　被保険者氏名：蔦谷　キヨ（ツタヤ　キヨ）
　生年月日　　：昭和４年２月２７日
　住所　　　　：神奈川県南原市中央三丁目８番２号（住民票上）
　被保険者番号：0003418276
　個人番号　　：{next_my_number()}
　預貯金額　　：約 820,000 円（みどり銀行 普通預金、通帳写しあり）

申請書原本と通帳の写しは、明日窓口に持参いたします。
よろしくお願いいたします。
""" + SIG_MASUDA,
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a resident's マイナンバー with name, DOB and address to the city office",
})

# ---------------------------------------------------------------- 022
M.append({
    "id": "hospice-022", "expect": "pass", "charset": "iso-2022-jp",
    "sender": AKUTSU, "to": [TSUGE], "cc": [HASUMI],
    "subject": "医療用麻薬の取扱い 勉強会（1/21）のご案内",
    "body": """あさひ在宅クリニック 柘植先生
（cc：はなみずき薬局 蓮見様）

いつもお世話になっております。ひのでの阿久津です。
当ステーションの職員向けに、医療用麻薬の取扱いについての勉強会を予定しております。
先生と蓮見様にもご参加いただき、地域での運用を確認できればと考えております。

　日時：2026年1月21日（水）18:30〜20:00
　場所：日の出ビル 4階 会議室（オンライン併用）
　内容：・残薬の回収と廃棄の流れ
　　　　・持続皮下注ポンプ（PCA）の在宅での管理
　　　　・オンコール時のレスキュー指示の出し方

ご都合をお知らせいただけますと幸いです。
""" + SIG_AKUTSU + DISC_JA,
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "study-session invitation to two external organisations (To + Cc); no patient data",
})

# ---------------------------------------------------------------- 023
M.append({
    "id": "hospice-023", "expect": "stop", "charset": "iso-2022-jp",
    "sender": WANIBUCHI, "to": ["ペイリンク決済 加盟店サポート <support@paylink-kessai.com>"],
    "subject": "自費サービス料 カード決済の手動処理依頼",
    "body": f"""ペイリンク決済 加盟店サポート 御中

加盟店ID：HS-220417（日の出産業株式会社 在宅ホスピス事業部）

お世話になっております。経理課の鰐淵です。
端末の不具合で決済が通らなかったため、以下の取引の手動処理をお願いいたします。
ご利用者のご家族から、お電話で承諾をいただいております。

　カード名義　：TOMITA KAZUKO
　カード番号　：{next_card()}
　有効期限　　：09/28
　金額　　　　：19,800円（長時間付き添い 3時間）
　利用日　　　：2025/12/09

処理完了のご連絡をいただけますと幸いです。
""" + SIG_WANIBUCHI,
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a family member's credit card number and expiry in the body to a payment provider",
})

# ---------------------------------------------------------------- 024
M.append({
    "id": "hospice-024", "expect": "pass", "charset": "iso-2022-jp",
    "sender": KITO, "to": [KITO],
    "bcc": ["naoki.miyashita.0715@gmail.com", "urushihara.yumi@yahoo.co.jp",
            "k-sagayama@ezweb.ne.jp", "chika.doumeki@gmail.com", "fusako.t1952@icloud.com",
            "hiroshi-m.0322@docomo.ne.jp", "tomoko_kirara@yahoo.co.jp",
            "shoji.family@outlook.jp", "mm.narasaki@softbank.ne.jp", "yoshiko.tokairin@gmail.com"],
    "subject": "「ひので 偲ぶ会」のご案内（2月14日）",
    "body": """ご遺族の皆さまへ

寒さが厳しくなってまいりましたが、いかがお過ごしでしょうか。
訪問看護ステーションひのでの鬼頭です。

この一年の間に、私たちがご自宅でのケアに関わらせていただいた方々を偲び、
ささやかな会を開きます。ご都合がよろしければ、どうぞお気軽にお越しください。

　日時：2026年2月14日（土）13:30〜15:30
　場所：さくらホテル新横浜 2階「桜の間」
　内容：黙祷、スライド上映、スタッフとの茶話会
　参加費：無料（ご家族何名さまでも）

ご出欠は2月6日（金）までに、このメールへのご返信かお電話でお知らせください。

※このメールは、皆さまのアドレスが互いに見えないよう BCC でお送りしています。
""" + SIG_KITO,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "memorial-event invitation to bereaved families correctly in Bcc; nothing sensitive",
})

# ---------------------------------------------------------------- 025
M.append({
    "id": "hospice-025", "expect": "stop", "charset": "utf-8",
    "sender": MASUDA, "to": ["おおとり社会保険労務士事務所 鳳 <otori@otori-sr.jp>"],
    "subject": "遺族年金請求のご依頼（百目鬼様）",
    "body": """おおとり社会保険労務士事務所
鳳 先生

お世話になっております。ひのでの枡田です。
先月ご自宅でお看取りとなった百目鬼 ハル様のご主人、百目鬼 重蔵様から、
遺族年金の手続きを先生にお願いしたいとのご意向をいただきました（ご本人了承済み）。

【亡くなられた方】
　百目鬼 ハル（どうめき はる）　昭和18年6月9日生
　基礎年金番号：4120-385716
【請求者】
　百目鬼 重蔵（どうめき じゅうぞう）　昭和15年1月22日生　夫
　基礎年金番号：4107-229054
　連絡先：045-561-3380（ご自宅）

戸籍謄本と住民票の除票は、重蔵様がご準備中です。
一度、先生からご自宅へご連絡いただけますでしょうか。
""" + SIG_MASUDA,
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two persons' 基礎年金番号 with DOB to a labour-and-social-security attorney",
})

# ---------------------------------------------------------------- 026
M.append({
    "id": "hospice-026", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SEMBA, "to": ["さくらホテル新横浜 宿泊予約 <reserve-shinyoko@sakura-hotel.jp>"],
    "subject": "1/24 研修会 前泊者のご連絡",
    "body": """さくらホテル新横浜
宿泊予約ご担当 様

お世話になっております。日の出産業 人事部の仙波です。
1月24日（土）の「在宅緩和ケア研修会」で前泊される講師・スタッフ3名の情報をお送りします。

　氏名　　　　　チェックイン　　　当日の連絡先
　浅葉 俊也　　 1/23 21:00頃　　 090-6120-4471
　小鳥遊 瑞穂　 1/23 19:00頃　　 080-3375-9102
　喜屋武 玲奈　 1/23 22:30頃　　 070-2208-6613

いずれもシングル禁煙、朝食付きでお願いします。
ご請求は弊社宛て（請求書払い）でお願いいたします。
""" + SIG_SEMBA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three guests' names and mobile numbers to a partner hotel: short list, may warn",
})

# ---------------------------------------------------------------- 027
M.append({
    "id": "hospice-027", "expect": "stop", "charset": "cp932",
    "sender": OKONOGI, "to": [HASUMI],
    "subject": "雲母様 保険証の変更について",
    "body": """はなみずき薬局
蓮見 様

いつもお世話になっております。ひのでの小此木です。
雲母 千代子様ですが、12月より保険証が変わりましたのでお知らせいたします。
次回の調剤分から、下記でご請求をお願いいたします。

　後期高齢者医療被保険者証
　　保険者番号　　３９１４０１５３
　　被保険者番号　０７２５８８１９
　　負担割合　　　１割
　（旧：国民健康保険　記号　港北　番号　４４７１２）

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_OKONOGI,
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "one patient's health-insurance card numbers in full-width digits to a pharmacy",
})

# ---------------------------------------------------------------- 028
M.append({
    "id": "hospice-028", "expect": "pass", "charset": "utf-8",
    "sender": WASHIO, "to": ["Dr. Lin Mei-hua <mhlin@lotus-palliative.org.tw>"],
    "subject": "Study visit to Lotus Palliative Care Center - March 2026",
    "body": """Dear Dr. Lin,

Thank you again for agreeing to host our team next spring. I would like to confirm
the outline of the visit.

  Dates:    Tuesday 10 March - Thursday 12 March 2026
  Visitors: four members of our home hospice division
            (one manager, two nurses, one social worker)
  Interests:
    - how your home-care team shares on-call duties with the inpatient unit
    - your volunteer training programme
    - bereavement follow-up after a home death

We would be glad to give a short presentation on home hospice in Japan on the
second day. Could you let me know whether a room with a projector is available?

With best regards,

Toru Washio
General Manager, Home Hospice Division
Hinode Sangyo Co., Ltd.
3-19-5 Shin-Yokohama, Kohoku-ku, Yokohama, Japan
Tel +81-45-475-3800
""" + DISC_EN,
    "entities": [],
    "detectors": [],
    "note": "English mail to a foreign partner about a study visit; no personal data",
})

# ---------------------------------------------------------------- 029
M.append({
    "id": "hospice-029", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MASUDA, "to": [SHIRAKAWA],
    "subject": "成年後見申立てのご相談（四十物様）",
    "body": """白川法律事務所
白川 先生

お世話になっております。ひのでの枡田です。
先日お電話でご相談した四十物（あいもの）様の件、資料をお送りします。

ご本人：四十物 正信 様（昭和１３年３月１日生、８７歳）
住所　：神奈川県横浜市港北区小机町２４５５番地の３
病状　：前立腺がん多発骨転移。加えて、今年の夏頃からアルツハイマー型認知症が進行し、
　　　　HDS-R 11点。預金の管理や契約行為はご自身では困難な状態です。
親族　：長男（大阪在住）とは疎遠で、申立人にはなれないとのこと。

本人確認書類として運転免許証の写しを預かっています
（免許証番号 第452108337160号、令和５年に自主返納済み）。

市長申立ての可能性も含め、ご助言いただけますと幸いです。
""" + SIG_MASUDA,
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one person's cancer and dementia diagnosis plus a driver's licence number to a law firm",
})

# ---------------------------------------------------------------- 030
_stats_rows = [["月", "在宅看取り件数", "うちがん", "うち非がん", "病院搬送", "平均在宅日数"]]
for _mo in range(1, 12):
    _c = rng.randint(3, 8)
    _n = rng.randint(0, 3)
    _stats_rows.append([f"2025-{_mo:02d}", _c + _n, _c, _n, rng.randint(0, 2), rng.randint(28, 75)])
_stats_rows.append(["合計", sum(r[1] for r in _stats_rows[1:]), sum(r[2] for r in _stats_rows[1:]),
                    sum(r[3] for r in _stats_rows[1:]), sum(r[4] for r in _stats_rows[1:]), ""])
M.append({
    "id": "hospice-030", "expect": "pass", "charset": "utf-8",
    "sender": MIYASAKA, "to": [CITY_CARE],
    "subject": "在宅看取り実績（2025年1〜11月）の提出",
    "body": """南原市 健康福祉局 地域包括ケア推進課
ご担当者様

お世話になっております。訪問看護ステーションひのでの宮坂です。
ご依頼のありました在宅看取りの実績を、月別の集計表（CSV）でお送りします。
個人が特定される情報は含めておりません。

疾患別の内訳（1〜11月累計）は以下のとおりです。
  がん      : 肺 14 / 消化器 19 / その他 11
  非がん    : 心不全 5 / 呼吸器疾患 3 / 神経難病 2 / 老衰 4
""" + SIG_MIYASAKA,
    "attachments": [{"kind": "csv", "name": "zaitaku_mitori_2025.csv", "encoding": "utf-8",
                     "rows": _stats_rows}],
    "entities": [],
    "detectors": [],
    "note": "aggregated monthly counts by disease group, no individual rows",
})

# ---------------------------------------------------------------- 031
M.append({
    "id": "hospice-031", "expect": "stop", "charset": "iso-2022-jp",
    "sender": KITO, "to": ["NPO法人グリーフサポートひだまり 事務局 <jimukyoku@hidamari-grief.or.jp>"],
    "subject": "傾聴ボランティア訪問 ご家族の連絡先",
    "body": """ひだまり 事務局 御中
（ご担当：はしもと様）

お世話になっております。ひのでの鬼頭です。
1月から傾聴ボランティアの訪問をお願いするご家族の連絡先です。
いずれも、ひだまりさんへの情報提供についてご本人の同意をいただいています。

・さがやま こういち 様（長男）　090-7713-2046　平日18時以降
・うだがわ みつえ 様（妻）　　　045-431-8852　午前中
・みたらい けんじ 様（長男）　　080-5529-0318　土日のみ
・やくたい しずか 様（ご本人）　070-3361-7745　午後
・とうかいりん よしこ 様（妻）　090-2284-6601　いつでも可
・にしな ゆうた 様（長男）　　　080-9902-1157　メール希望

初回のお電話の際は「ひのでの鬼頭からの紹介」とお伝えください。
""" + SIG_KITO,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six people (hiragana names only) with phone numbers, bullet list, to an external NPO",
})

# ---------------------------------------------------------------- 032
M.append({
    "id": "hospice-032", "expect": "pass", "charset": "iso-2022-jp",
    "sender": MASUDA, "to": [NOTO],
    "subject": "Re: 診療情報提供書の送付方法について",
    "body": """港北中央病院 地域医療連携室
能登 様

お世話になっております。ひのでの枡田です。
ご照会の件ですが、当事業部では機密保持と個人情報保護の観点から、
患者様の診療情報はメールではお送りせず、FAXまたは郵送でのやりとりをお願いしております。

お手数ですが、診療情報提供書はFAX（045-475-3811）にてお送りいただけますでしょうか。
受信後、こちらから着信確認のお電話をいたします。
""" + SIG_MASUDA + DISC_JA + """
> 枡田様
> 先日ご相談の患者様の診療情報提供書ですが、メールでお送りしてもよろしいでしょうか。
> 港北中央病院 能登
""",
    "entities": [],
    "detectors": [],
    "note": "mentions 機密保持 and 個人情報 as policy, plus disclaimer; no marking, no personal data",
})

# ---------------------------------------------------------------- 033
M.append({
    "id": "hospice-033", "expect": "stop", "charset": "utf-8",
    "sender": MIYASAKA, "to": ["Prof. Sarah Whitlock <s.whitlock@westbay.edu.au>"],
    "subject": "Case data for the joint home-hospice opioid study",
    "body": """Dear Professor Whitlock,

Thank you for the productive call last week. As promised, here are the five cases
we discussed for the opioid-rotation sub-study. I have kept the layout of your template.

Name               Age  Sex  Diagnosis                        Opioid (daily)          Note
-----------------  ---  ---  -------------------------------  ----------------------  --------------------
Tsuneo NARASAKI     84   M   Pancreatic ca., liver mets       Oxycodone 30 mg PO      ascites, tapped x2
Kazue SAGAYAMA      84   F   Gastric ca., peritoneal spread   Oxycodone 40 mg PO      rescue 5x/day
Tadao URUSHIHARA    91   M   Lung ca., brain mets             Morphine 24 mg SC       night-time delirium
Chiyoko KIRARA      88   F   Breast ca., bone mets            Fentanyl patch 2.1 mg   rotated 20 Nov
Norio TOCHIGI       78   M   Oesophageal ca.                  Hydromorphone 6 mg PO   dysphagia

Could you let me know whether you also need the dates of death for the two cases
that have since passed away?

Best regards,
Chihiro Miyasaka, RN
Nurse Manager, Hinode Home Hospice
Hinode Sangyo Co., Ltd.
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "five patients named in romaji with diagnoses and opioid doses to a foreign university",
})

# ---------------------------------------------------------------- 034
M.append({
    "id": "hospice-034", "expect": "pass", "charset": "utf-8",
    "sender": WASHIO,
    "to": [MIYASAKA, KUSUNOSE, f"経営企画部 <keiei-kikaku@{INT}>"],
    "cc": [f"取締役 本郷 <hongo@{INT}>"],
    "subject": "経営会議資料：在宅ホスピス事業 2026年度計画（社外秘）",
    "body": """関係各位

12/19の経営会議で説明する在宅ホスピス事業の2026年度計画です。
社外秘の資料ですので、社外への転送はしないでください。
修正意見は17日（水）までに私あてにお願いします。

鷲尾
""",
    "attachments": [{
        "kind": "pptx", "name": "2026年度_在宅ホスピス事業計画.pptx", "page_footer": "社外秘",
        "title": "2026年度 在宅ホスピス事業計画",
        "slides": [
            ["2026年度 在宅ホスピス事業計画", "在宅ホスピス事業部", "社外秘"],
            ["2025年度の振り返り", "在宅看取り 58件（前年比 +12）", "ひのでの家 稼働率 81%",
             "看護師離職 3名 → 夜間体制に課題"],
            ["2026年度の重点施策", "2号棟の用地確定", "夜間専従看護師の採用（3名）",
             "グリーフケア外来の開設"],
            ["収支計画", "売上 5.8億円（+9%）", "営業利益 3,100万円"],
        ],
    }],
    "entities": [],
    "detectors": [],
    "note": "社外秘 PPTX, but all recipients are internal",
})

# ---------------------------------------------------------------- 035
_bath = [
    ("月", "10:00", "宮下 ふみ", "横浜市港北区綱島西2-8-14", "心不全末期。入浴前SpO2 90%未満なら清拭に変更"),
    ("月", "14:00", "霜鳥 勘吉", "横浜市港北区樽町2-9-3", "誤嚥性肺炎の既往、吸引器を準備"),
    ("火", "10:30", "漆原 忠雄", "横浜市港北区師岡町812-3", "脳転移、右片麻痺。せん妄時は中止"),
    ("水", "13:00", "嵯峨山 和枝", "横浜市港北区菊名6-14-22-302", "胃がん腹膜播種、腹部の圧迫に注意"),
    ("木", "10:00", "宇田川 清", "横浜市港北区篠原北2-3-8", "COPD、HOT 2L（入浴中は3L）"),
    ("金", "11:00", "東海林 勝", "横浜市港北区新横浜1-27-6-1102", "肝細胞がん、黄疸・皮膚掻痒あり"),
    ("金", "14:30", "雲母 千代子", "横浜市港北区新吉田東5-41-2", "腰椎転移、体位変換は2人で"),
]
M.append({
    "id": "hospice-035", "expect": "stop", "charset": "utf-8",
    "sender": DOBASHI, "to": ["ゆあみ訪問入浴 設楽 <shitara@yuami-nyuyoku.co.jp>"],
    "subject": "来週の訪問入浴 ご利用者と注意事項",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>ゆあみ訪問入浴<br>サービス責任者 設楽 様</p>
<p>いつもお世話になっております。ひのでの土橋です。<br>
来週の訪問入浴のご利用者と、看護側からの注意事項をまとめました。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>曜日</th><th>時間</th><th>氏名</th><th>住所</th><th>注意事項</th></tr>
""" + "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c} 様</td><td>{d}</td><td>{e}</td></tr>"
                for a, b, c, d, e in _bath) + """
</table>
<p>当日の体調で中止の判断が必要な場合は、ステーション（045-475-3810）までお電話ください。</p>
<p>―――――<br>訪問看護ステーションひので<br>看護師 土橋 遥</p>
</body></html>""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of 7 patients with addresses and medical conditions to a bathing service",
})

# ---------------------------------------------------------------- 036
M.append({
    "id": "hospice-036", "expect": "pass", "charset": "utf-8",
    "sender": KUSUNOSE, "to": ["Makoto Mitarai <makoto.mitarai@outlook.com>"],
    "subject": "Re: Visiting my mother next week",
    "body": """Dear Mr. Mitarai,

Thank you for letting us know your travel plans. We have reserved a twin room for you
and your wife at Sakura Hotel Shin-Yokohama from 17 to 24 December, a ten-minute walk
from Hinode no Ie. The hotel holds the room under your name; check-in is from 3 p.m.

Visiting hours are flexible for families, and you are welcome to stay overnight in
her room if you wish. Please call our front desk (045-475-3900) when you arrive.

Kind regards,
Ryo Kusunose
Admissions, Hospice Residence "Hinode no Ie"

On Wed, Dec 10, 2025 at 9:14 PM Makoto Mitarai <makoto.mitarai@outlook.com> wrote:
> Dear Mr. Kusunose,
> Nurse Dobashi told me on the phone that my mother (Tomi Mitarai) may only have
> a week or two left, as the colon cancer has spread to her lungs. My wife and I
> will fly in from Seattle on the 17th. Could you book a hotel nearby?
> Makoto
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "prognosis only in the quoted \"On ... wrote:\" text; new text is a hotel booking",
})

# ---------------------------------------------------------------- 037
M.append({
    "id": "hospice-037", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MIYASAKA, "to": [HANAWA],
    "subject": "FW: 父の様子について（漆原）",
    "body": """塙さん

お世話になっております。宮坂です。
漆原様のご長女からいただいたメールを転送します。
ご家族の介護負担がかなり大きくなっているようですので、
ショートステイやレスパイト入院について、一度ご相談させてください。
""" + SIG_MIYASAKA,
    "attachments": [{
        "kind": "eml", "name": "父の様子について.eml",
        "message": {
            "sender": "漆原 由美 <urushihara.yumi@yahoo.co.jp>", "to": [MIYASAKA],
            "subject": "父の様子について", "charset": "iso-2022-jp",
            "body": """宮坂さん

いつもありがとうございます。漆原忠雄の長女の由美です。
父のことですが、昨夜も夜中に3回起きて「家に帰る」と玄関に向かい、止めるのが大変でした。
肺がんの脳転移の影響でしょうか、右手もほとんど動かなくなってきました。
痛み止めの座薬は2回使いました。

母も腰を痛めていて、正直、私たちも限界に近いです。
一度ご相談させてください。

漆原 由美
""",
        },
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forwarded .eml (new to the recipient) with one patient's cancer, metastasis and symptoms",
})

# ---------------------------------------------------------------- 038
M.append({
    "id": "hospice-038", "expect": "pass", "charset": "cp932",
    "sender": DOBASHI, "to": ["ケアリース湘南 港北営業所 佐久間 <sakuma@carelease-shonan.co.jp>"],
    "subject": "特殊寝台・エアマット 搬入のお願い",
    "body": """ケアリース湘南 港北営業所
佐久間 様

お世話になっております。ひのでの土橋です。
ケアマネの塙さんからご依頼済みかと思いますが、搬入先の詳細をお送りします。

　お名前　：仁科 陽子 様
　ご住所　：横浜市港北区日吉本町3-6-21 コーポ日吉201
　お電話　：070-4412-8836（ご本人携帯）
　希望日時：12月13日（土）午前中
　機種　　：3モーター電動ベッド、エアマットレス（静止型）

駐車場はありませんので、近隣のコインパーキングをご利用ください。
よろしくお願いいたします。
""" + SIG_DOBASHI,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one person's delivery address and phone to an equipment supplier; no diagnosis",
})

# ---------------------------------------------------------------- 039
M.append({
    "id": "hospice-039", "expect": "stop", "charset": "utf-8",
    "sender": AKUTSU, "to": [HASUMI],
    "subject": "転送: 【診療情報提供】宇田川 清 様",
    "body": """蓮見さん

病院からの情報提供を転送します。退院後の処方は柘植先生から出ますが、
在宅酸素と麻薬の併用になるので、事前に目を通していただけると助かります。

阿久津

---------- Forwarded message ---------
From: 能登 麻衣 <noto@kohoku-chuo-hp.or.jp>
Date: 2025年12月8日(月) 16:20
Subject: 【診療情報提供】宇田川 清 様
To: <r.akutsu@hinode-sangyo.co.jp>

ひので 阿久津様

退院予定の宇田川様の情報です。
氏名：宇田川 清（うだがわ きよし）様　昭和１７年５月２０日生
診断：慢性閉塞性肺疾患（GOLD 4）、II型呼吸不全、慢性心不全
治療：在宅酸素 安静時1L・労作時2L、モルヒネ塩酸塩錠 5mg 1日3回（呼吸困難に対して）
ACP ：ご本人は挿管・NPPVを希望せず。奥様も同意。
予後：月単位

港北中央病院 地域医療連携室 能登
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "inline forward (転送) of a hospital referral with diagnosis to a third party: counts as new text",
})

# ---------------------------------------------------------------- 040
M.append({
    "id": "hospice-040", "expect": "pass", "charset": "utf-8",
    "sender": MASUDA, "to": [AMARI],
    "subject": "港北エリア 訪問入浴・福祉用具 事業所リスト",
    "html": """<html><body>
<p>甘利 様</p>
<p>お世話になっております。ひのでの枡田です。<br>
ご依頼の、港北エリアで土日も対応できる事業所の一覧です。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<thead><tr><th>事業所名</th><th>種別</th><th>代表電話</th><th>所在地</th><th>土日</th></tr></thead>
<tbody>
<tr><td>ゆあみ訪問入浴</td><td>訪問入浴</td><td>045-942-3355</td><td>横浜市都筑区中川1-20-5</td><td>土のみ</td></tr>
<tr><td>アクアケア横浜北</td><td>訪問入浴</td><td>045-590-1182</td><td>横浜市港北区北新横浜2-4-9</td><td>可</td></tr>
<tr><td>ケアリース湘南 港北営業所</td><td>福祉用具</td><td>045-470-6621</td><td>横浜市港北区新横浜2-8-14</td><td>可</td></tr>
<tr><td>ふくしの森レンタル</td><td>福祉用具</td><td>045-433-2708</td><td>横浜市港北区菊名7-3-1</td><td>不可</td></tr>
<tr><td>みなとメディカルサプライ</td><td>福祉用具・在宅酸素</td><td>045-548-6030</td><td>横浜市港北区新羽町1812</td><td>可（緊急のみ）</td></tr>
<tr><td>川崎電機 医療機器部</td><td>医療機器</td><td>044-820-5500</td><td>川崎市中原区小杉町3-1</td><td>可</td></tr>
</tbody></table>
<p>枡田 圭介<br>日の出産業株式会社 在宅ホスピス事業部 地域連携室<br>TEL 045-475-3815</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "HTML-only table of businesses with switchboard numbers and office addresses",
})

# ---------------------------------------------------------------- 041
M.append({
    "id": "hospice-041", "expect": "stop", "charset": "iso-2022-jp",
    "sender": DOBASHI, "to": [AIZAWA],
    "subject": "酸素濃縮装置 至急設置のご依頼",
    "body": """川崎電機株式会社 医療機器部
藍沢 様

いつもお世話になっております。ひのでの土橋です。
急なお願いで恐縮ですが、本日中に酸素濃縮装置（5L機）の設置をお願いできませんでしょうか。
設置先は横浜市港北区篠原北２−３−８の宇田川清様宅で、COPDの末期のため本日から安静時も2Lが必要となり、
携帯用ボンベの残量が心もとない状況です。

設置時には奥様がご在宅です。主治医（あさひ在宅クリニック 柘植先生）の指示書は、
クリニックから直接FAXしていただく手配をしております。
取り急ぎ、可否だけでもご連絡いただけますと助かります。
""" + SIG_DOBASHI,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named person's terminal COPD and oxygen need stated in a sentence, to a partner",
})

# ---------------------------------------------------------------- 042
_new_nurses = [("浅葉 俊也", (1991, 6, 14)), ("小鳥遊 瑞穂", (1996, 2, 3)),
               ("喜屋武 玲奈", (1998, 10, 27)), ("九十九 健吾", (1988, 12, 9))]
M.append({
    "id": "hospice-042", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SEMBA, "to": [f"給与担当 <jinji-kyuyo@{INT}>"],
    "subject": "【要対応】年末調整 新入職者のマイナンバー登録",
    "body": "給与担当 各位\n\n人事課の仙波です。\n"
            "10月以降に入職した訪問看護ステーションの看護師4名分のマイナンバーです。\n"
            "年末調整前に給与システムへの登録をお願いします（原本確認は済んでいます）。\n\n"
            "氏名\t生年月日\t個人番号\t入職日\n"
            + "".join(f"{n}\t{y}/{m:02d}/{d:02d}\t{next_my_number('')}\t2025/{10 + i % 2}/01\n"
                      for i, (n, (y, m, d)) in enumerate(_new_nurses))
            + "\n登録後、このメールは削除してください。\n" + SIG_SEMBA,
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "staff My Numbers, but sent only to an internal payroll address",
})

# ---------------------------------------------------------------- 043
M.append({
    "id": "hospice-043", "expect": "stop", "charset": "utf-8",
    "sender": MIYASAKA, "to": ["典礼会館すずらん 葬祭部 <sousai@suzuran-sougi.co.jp>"],
    "subject": "本日ご逝去の御手洗様について（ご家族のご希望）",
    "body": """典礼会館すずらん
葬祭部 ご担当者様

いつもお世話になっております。訪問看護ステーションひのでの宮坂です。
本日午前4時10分、御手洗 トミ様（横浜市港北区菊名4-11-20）がご自宅で永眠されました。
ご長男の健司様が、ご葬儀をそちらにお願いしたいとのことでご連絡いたしました。

ご本人はカトリックの信者で、亡くなる前日に教会の神父様から病者の塗油を受けておられます。
ご家族は所属教会での葬儀ミサを希望されていますので、教会との調整をお願いできますでしょうか。

エンゼルケアは当方で済ませております。
お迎えの時間は、健司様（080-5529-0318）と直接ご相談ください。
""" + SIG_MIYASAKA,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named person's religion (要配慮: 信条) and death to a funeral home",
})

# ---------------------------------------------------------------- 044
M.append({
    "id": "hospice-044", "expect": "pass", "charset": "cp932",
    "sender": KUSUNOSE, "to": [WANIBUCHI],
    "subject": "法人カード 利用報告（研修会場・宿泊手配）",
    "body": f"""鰐淵さん

お疲れさまです。楠瀬です。
1/24研修会の会場と前泊分を、事業部の法人カードで決済しました。

　カード番号：{next_card(' ')}（事業部共用カード）
　利用先　　：さくらホテル新横浜
　金額　　　：148,500円（会場費 99,000円、宿泊 3名分 49,500円）
　利用日　　：2025/12/10

領収書は経費精算システムに添付済みです。ご確認お願いします。

楠瀬
""",
    "entities": ["CREDIT_CARD"],
    "detectors": [],
    "note": "company card number sent only internally to accounting",
})

# ---------------------------------------------------------------- 045
M.append({
    "id": "hospice-045", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MASUDA, "to": ["青葉運輸 福祉輸送課 <fukushi@aoba-unyu.co.jp>"],
    "subject": "1/8 通院送迎（ストレッチャー）のお願い",
    "body": """青葉運輸株式会社
福祉輸送課 ご担当者様

いつもお世話になっております。ひのでの枡田です。
下記のとおり、ストレッチャーでの通院送迎をお願いいたします。

　日時　　：2026年1月8日（木）10:00 お迎え（帰りは12:30頃の予定）
　ご利用者：漆原 忠雄 様（９１歳）
　お迎え先：横浜市港北区師岡町８１２−３
　行き先　：港北中央病院 放射線科（11:00予約）
　身体状況：身体障害者手帳1級（右片麻痺・体幹機能障害）。座位保持ができないため
　　　　　　ストレッチャー対応をお願いします。脳転移に対する緩和照射の最終回です。
　付き添い：ご長女 漆原 由美 様（090-4418-2275）

料金のご請求はご家族宛てでお願いいたします。
""" + SIG_MASUDA,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one person's disability certificate grade and brain metastases to a partner transport firm",
})

# ---------------------------------------------------------------- 046
M.append({
    "id": "hospice-046", "expect": "pass", "charset": "iso-2022-jp",
    "sender": DOBASHI, "to": ["漆原 由美 <urushihara.yumi@yahoo.co.jp>"],
    "subject": "Re: 父の様子について",
    "body": """漆原 由美 様

ご連絡ありがとうございます。土橋です。
夜中にお一人で対応されて、本当にお疲れのことと思います。
明日は予定を早めて9時に伺います。ケアマネの塙さんにも同席をお願いしてありますので、
これからの過ごし方を一緒に考えましょう。
夜間でもご心配なときは、遠慮なくオンコール（045-475-3819）にお電話ください。

土橋 遥

差出人: 漆原 由美 <urushihara.yumi@yahoo.co.jp>
送信日時: 2025年12月10日 7:02
宛先: 土橋 遥 <h.dobashi@hinode-sangyo.co.jp>
件名: 父の様子について

土橋さん
父が昨夜も3回起きて、玄関に向かおうとしました。脳転移のせいでしょうか。
痛み止めの座薬（アンペック）を2回使いました。
右手もほとんど動かなくなっています。
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "medical details only in the quoted 差出人/送信日時 block from the recipient herself",
})

# ---------------------------------------------------------------- 047
M.append({
    "id": "hospice-047", "expect": "stop", "charset": "cp932",
    "sender": MASUDA, "to": [AMARI],
    "subject": "栃木様ご家族の連絡先の取扱いについて（お願い）",
    "body": """南山ケアセンター
甘利 様

お世話になっております。ひのでの枡田です。
栃木 紀夫様の件で、一点共有させてください。

キーパーソンの次女・栃木 沙耶様は、元夫からのDV被害により警察と市の支援措置を受けており、
現住所を相手方に知られないよう、住民票の閲覧制限もかけています。
サービス担当者会議の記録や提供票には沙耶様の住所を記載せず、
ご連絡は携帯（080-6673-1940）のみでお願いいたします。

元夫を名乗る方から問い合わせがあっても、一切お答えにならないようお願いいたします。
""" + SIG_MASUDA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named family member's having been a crime (DV) victim, to a care manager",
})

# ---------------------------------------------------------------- 048
M.append({
    "id": "hospice-048", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SEMBA, "to": ["白川法律事務所 <info@shirakawa-law.jp>"],
    "subject": "職員研修「看取りと相続・遺言の基礎」講師ご依頼",
    "body": """白川法律事務所
白川 遼 先生

いつも大変お世話になっております。日の出産業 人事部の仙波です。
在宅ホスピス事業部の職員研修で、先生にご講義をお願いできないかご相談です。
ご家族から遺言や相続について質問を受けることが多く、職員が基本を押さえておきたいとの声が出ております。

　テーマ：看取りの現場で知っておきたい相続・遺言の基礎
　日時　：2026年2月18日（水）18:00〜19:00（候補）
　形式　：対面（日の出ビル4階）またはオンライン
　対象　：看護師・相談員 約25名
　謝礼　：弊社規定により（別途ご相談）

ご検討いただけますと幸いです。
""" + SIG_SEMBA,
    "entities": [],
    "detectors": [],
    "note": "training request to a partner law firm; no personal data",
})

# ---------------------------------------------------------------- 049
_meal = [
    ["101", "大仏 ツル", wareki(1931, 3, 14), "ミキサー食", "胆管がん、黄疸あり", "なし", "○", "○", "○"],
    ["102", "蔦谷 キヨ", wareki(1929, 2, 27), "ソフト食", "大腸がん術後（人工肛門）", "そば", "○", "○", "×"],
    ["103", "鍋島 義一", "T15.11.2", "常食（刻み）", "肺がん 骨転移", "なし", "×", "○", "○"],
    ["105", "御子柴 澄江", wareki(1936, 8, 5, "zen"), "ゼリー食", "ALS、嚥下障害（とろみ中間）", "卵", "○", "○", "○"],
    ["106", "比嘉 朝子", "S22.6.3", "常食", "乳がん 肝転移、糖尿病", "なし", "○", "○", "○"],
    ["201", "一色 恵三", wareki(1940, 12, 19), "ペースト食", "食道がん、通過障害", "甲殻類", "○", "○", "○"],
    ["202", "長谷部 栄", "Ｓ１８．１．３０", "ソフト食", "パーキンソン病、誤嚥性肺炎既往", "なし", "○", "×", "○"],
    ["203", "我妻 清", wareki(1944, 4, 2), "常食", "前立腺がん", "なし", "○", "○", "○"],
    ["205", "喜屋武 カマド", "大正１３年７月１日", "ミキサー食", "老衰、認知症", "なし", "○", "○", "○"],
]
M.append({
    "id": "hospice-049", "expect": "stop", "charset": "iso-2022-jp",
    "sender": KUSUNOSE, "to": ["北国フーズ 配食事業部 宍戸 <shishido@kitaguni-foods.co.jp>"],
    "subject": "ひのでの家 1月分 食事オーダー表",
    "body": """北国フーズ株式会社
配食事業部 宍戸 様

いつもお世話になっております。ひのでの家の楠瀬です。
1月分の食事オーダー表をお送りします。
今回から、入居者の方の主病名・留意事項の欄を追加しましたので、
食形態の調整の参考にしてください。
""" + SIG_KUSUNOSE,
    "attachments": [{
        "kind": "xlsx", "name": "食事オーダー表_2026年1月.xlsx",
        "sheets": {
            "オーダー": [["ホスピス住宅ひのでの家 食事オーダー表（2026/1/1〜1/31）"],
                       ["作成：楠瀬　更新：2025/12/12"],
                       ["居室", "氏名", "生年月日", "食形態", "主病名・留意事項", "アレルギー", "朝", "昼", "夕"]]
                      + _meal,
            "食形態コード": [["コード", "食形態", "説明"], ["A", "常食", ""], ["B", "ソフト食", "歯茎でつぶせる"],
                         ["C", "ミキサー食", ""], ["D", "ゼリー食", "とろみ中間"]],
        },
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX (title rows, two sheets) of 9 residents with 和暦 DOB and diagnoses to a partner caterer",
})

# ---------------------------------------------------------------- 050
_corp = corporate_number("010401187346")
M.append({
    "id": "hospice-050", "expect": "pass", "charset": "iso-2022-jp",
    "sender": WANIBUCHI, "to": ["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    "subject": "適格請求書発行事業者 登録番号のご連絡",
    "body": f"""北国フーズ株式会社
経理部 ご担当者様

いつもお世話になっております。日の出産業 経理課の鰐淵です。
ご依頼いただいた弊社の登録番号および振込先をお知らせいたします。

　法人名　　：日の出産業株式会社
　法人番号　：{_corp}
　登録番号　：T{_corp}
　振込先　　：みどり銀行 新横浜支店 当座 0418277 ヒノデサンギヨウ（カ

ホスピス住宅での試食会（1月）の費用は、上記宛てにご請求ください。
""" + SIG_WANIBUCHI,
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "company's 法人番号 / T-number and corporate bank account: business data, not personal",
})

# ---------------------------------------------------------------- 051
M.append({
    "id": "hospice-051", "expect": "stop", "charset": "utf-8",
    "sender": KITO, "to": ["ひだまり 相談員 雨宮 <amamiya@hidamari-grief.or.jp>"],
    "subject": "遺族フォロー対象者（1月引継ぎ分）",
    "body": """雨宮さん

いつもありがとうございます。鬼頭です。
1月からひだまりさんで継続フォローをお願いするご遺族の一覧を、Word にまとめました。
リスク評価が「高」の方は、初回面談を早めにお願いできればと思います。

鬼頭
""",
    "attachments": [{
        "kind": "docx", "name": "遺族フォロー引継ぎ表_202601.docx",
        "paragraphs": ["遺族フォロー 引継ぎ表（2026年1月）",
                       "訪問看護ステーションひので → NPO法人グリーフサポートひだまり",
                       "※リスク評価：BRI（遺族リスク評価）に基づく"],
        "tables": [[
            ["故人", "病名", "ご逝去日", "ご遺族", "続柄", "電話", "リスク評価", "備考"],
            ["百目鬼 ハル", "ALS", "2025/11/08", "百目鬼 重蔵", "夫", "045-561-3380", "高", "独居、食欲低下"],
            ["御手洗 トミ", "大腸がん", "2025/12/14", "御手洗 健司", "長男", "080-5529-0318", "中", ""],
            ["宮下 ふみ", "心不全", "2025/10/22", "宮下 直樹", "長男", "090-1847-2251", "低", ""],
            ["霜鳥 勘吉", "老衰", "2025/11/30", "霜鳥 春美", "次女", "070-5038-9924", "中", "介護離職後"],
            ["勅使河原 昭二", "肺腺癌", "2025/12/20", "勅使河原 房子", "妻", "044-861-0273", "高", "不眠、抑うつ傾向"],
            ["東海林 勝", "肝細胞がん", "2025/12/02", "東海林 佳子", "妻", "090-2284-6601", "中", ""],
        ]],
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX table of six bereaved families with the deceased's diagnosis, phones and risk notes",
})

# ---------------------------------------------------------------- 052
M.append({
    "id": "hospice-052", "expect": "pass", "charset": "iso-2022-jp",
    "sender": HIYAMA, "to": [TOKANO],
    "subject": "リモート保守用VPNの接続情報について",
    "body": """ツバサシステム株式会社
戸叶 様

お世話になっております。日の出産業 情報システム課の檜山です。
記録システムのリモート保守用 VPN について、接続情報をお知らせします。

　接続先　　：vpn-hospice.hinode-sangyo.co.jp（203.0.113.45）
　方式　　　：IPsec IKEv2
　許可元IP　：御社保守センター 198.51.100.0/28
　保守時間帯：平日 20:00〜翌6:00（事前申請制）

アカウントと初期パスワードは、お電話でお伝えします。
作業前日までに保守作業申請書（様式3）のご提出をお願いいたします。
""" + SIG_HIYAMA,
    "entities": [],
    "detectors": [],
    "note": "IT connection details for a vendor; no personal data, no marking",
})

# ---------------------------------------------------------------- 053
M.append({
    "id": "hospice-053", "expect": "stop", "charset": "iso-2022-jp",
    "sender": DOBASHI, "to": ["東都医療大学 看護学部 大熊 <okuma@toto-med.ac.jp>"],
    "subject": "事例検討会 発表スライド（土橋）",
    "body": """東都医療大学 看護学部
大熊 先生

お世話になっております。訪問看護ステーションひのでの土橋です。
来週の地域事例検討会で発表するスライドをお送りします。
時間の関係で、考察を1枚にまとめました。ご意見いただけますと幸いです。
""" + SIG_DOBASHI,
    "attachments": [{
        "kind": "pptx", "name": "事例検討_ALS療養者の意思決定支援.pptx",
        "slides": [
            ["在宅での看取り事例 ― ALS療養者の意思決定支援 ―", "訪問看護ステーションひので 土橋 遥"],
            ["事例紹介", "百目鬼 ハル 様（82歳 女性）", "ALS（令和3年発症）、夜間NPPV使用",
             "夫 重蔵様（85歳）と二人暮らし、港北区在住"],
            ["経過", "R7.6 嚥下障害進行、胃ろう造設を本人が拒否",
             "R7.9 意思伝達装置で「家で最期まで」と表明", "R7.11.8 自宅にて永眠"],
            ["考察", "早期からのACPの繰り返しが本人の意思の一貫性を支えた",
             "夫の介護負担への支援が課題として残った"],
        ],
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "case-study slides give a real patient's name with ALS and course of illness, to a university",
})

# ---------------------------------------------------------------- 054
M.append({
    "id": "hospice-054", "expect": "pass", "charset": "iso-2022-jp",
    "sender": KITO, "to": ["宮下 直樹 <naoki.miyashita.0715@gmail.com>"],
    "subject": "お母様のこと",
    "body": """宮下 直樹 様

訪問看護ステーションひのでの鬼頭です。
お母様がご自宅で旅立たれてから、まもなく二か月になりますね。
あらためて、心よりお悔やみ申し上げます。

お母様のお部屋の窓から見える柿の木の話を、訪問のたびに楽しそうにしてくださったことを、
スタッフ一同よく思い出しています。

お疲れが出る頃かと存じます。
お話ししたいことがありましたら、いつでもステーションへお電話ください。
2月14日には「偲ぶ会」も予定しておりますので、別途ご案内をお送りいたします。

どうぞご自愛ください。
""" + SIG_KITO,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "condolence note to one bereaved family member; no diagnosis, no records",
})

# ---------------------------------------------------------------- 055
_dx55 = ["膵臓がん", "肺がん", "胃がん", "大腸がん", "乳がん", "肝細胞がん", "前立腺がん",
         "COPD", "慢性心不全", "ALS", "老衰", "胆管がん"]
_areas = ["中央一丁目", "中央三丁目", "東原", "西原二丁目", "北山台", "南台四丁目", "桜ケ丘", "宮前"]
_rows55 = [["利用者ID", "生年月日", "性別", "居住地区", "主病名", "要介護度", "在宅日数", "転帰"]]
for _i in range(12):
    _y, _m, _d = rng.randint(1928, 1955), rng.randint(1, 12), rng.randint(1, 28)
    _rows55.append([f"HN-25-{_i + 31:03d}", wareki(_y, _m, _d, "short"), rng.choice(["男", "女"]),
                    "南原市" + rng.choice(_areas), _dx55[_i], f"要介護{rng.randint(1, 5)}",
                    rng.randint(6, 190), rng.choice(["在宅死亡", "在宅死亡", "継続", "入院"])])
M.append({
    "id": "hospice-055", "expect": "stop", "charset": "cp932",
    "sender": MIYASAKA, "to": [CITY_CARE],
    "subject": "在宅療養支援モデル事業 対象者実績票（12月報告）",
    "body": """南原市 健康福祉局 地域包括ケア推進課
ご担当者様

お世話になっております。ひのでの宮坂です。
モデル事業の対象者実績票（12月報告分）をPDFでお送りします。
氏名は記載せず、利用者IDで管理しております。
""" + SIG_MIYASAKA,
    "attachments": [{
        "kind": "pdf", "name": "モデル事業_対象者実績票_202512.pdf",
        "lines": ["南原市 在宅療養支援モデル事業 対象者実績票（2025年12月報告）",
                  "事業者：日の出産業株式会社 訪問看護ステーションひので", ""],
        "table": _rows55,
    }],
    "entities": ["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF list of 12 people without a name column: DOB, district and diagnosis per row",
})

# ---------------------------------------------------------------- 056
M.append({
    "id": "hospice-056", "expect": "pass", "charset": "iso-2022-jp",
    "sender": AKUTSU, "to": [HANAWA],
    "subject": "FW: 【港北区医師会】在宅医療・介護連携 研修会のお知らせ",
    "body": """塙さん

お疲れさまです。阿久津です。
医師会から案内が来ていました。ケアマネさん向けの内容もあるので転送します。
ご興味があれば、一緒に申し込みましょう。

阿久津

-------- Forwarded Message --------
Subject: 【港北区医師会】在宅医療・介護連携 研修会のお知らせ
From: 港北区医師会 在宅医療連携拠点 <renkei@kohoku-ishikai.or.jp>
Date: 2025/12/09 10:00
To: 会員・連携事業所各位

各位

標記研修会を下記のとおり開催いたします。

　日時：2026年1月29日（木）19:00〜20:30
　会場：港北公会堂 2階 会議室（オンライン併用）
　テーマ：「人生の最終段階における意思決定支援 ― 多職種で何ができるか」
　申込：医師会ホームページの申込フォームより（1月20日締切）

港北区医師会 在宅医療連携拠点
TEL 045-540-0271
""",
    "entities": [],
    "detectors": [],
    "note": "forward of a public seminar announcement; nothing personal or marked",
})

# ---------------------------------------------------------------- 057
_staff57 = [gen_person(1965, 2001, 0.9) for _ in range(8)]
M.append({
    "id": "hospice-057", "expect": "stop", "charset": "utf-8",
    "sender": SEMBA, "to": ["みらい保険サービス 法人営業部 <hojin@mirai-hoken-service.co.jp>"],
    "subject": "団体長期障害所得補償保険 加入者データ（1月加入分）",
    "body": """みらい保険サービス株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 人事部の仙波です。
団体長期障害所得補償保険の1月加入分のデータ（8名）をCSVでお送りします。
加入申込書の原本は、後日まとめて郵送いたします。
""" + SIG_SEMBA,
    "attachments": [{
        "kind": "csv", "name": "GLTD_kanyusha_202601.csv", "encoding": "utf-8",
        "rows": [["社員番号", "氏名", "フリガナ", "生年月日", "性別", "郵便番号", "住所", "電話番号", "職種"]]
                + [[f"H{25000 + 37 * i}", p["name"], p["kana"],
                    "{}/{:02d}/{:02d}".format(*p["birth"]), p["sex"], p["zip"], p["addr"], p["phone"],
                    rng.choice(["看護師", "看護師", "准看護師", "相談員", "事務"])]
                   for i, p in enumerate(_staff57)],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of 8 employees' DOB, home address and phone to an insurance agency",
})

# ---------------------------------------------------------------- 058
M.append({
    "id": "hospice-058", "expect": "pass", "charset": "iso-2022-jp",
    "sender": MIYASAKA, "to": [TSUGE, "ゆあみ訪問入浴 設楽 <shitara@yuami-nyuyoku.co.jp>"],
    "cc": [MASUDA],
    "subject": "訪問入浴の実施可否の判断基準（案）について",
    "body": """柘植先生
ゆあみ訪問入浴 設楽様

いつもお世話になっております。ひのでの宮坂です。
終末期の方の訪問入浴について、当日の実施可否の判断基準（案）を作りました。
先生には医学的な観点から、設楽様には現場の運用面からご意見をいただけますと幸いです。

【中止または清拭への変更を検討する目安（案）】
　・体温 37.8℃以上、または前日から1℃以上の上昇
　・収縮期血圧 90mmHg未満、または180mmHg以上
　・SpO2 90%未満（酸素投与中の方は主治医の個別指示による）
　・呼吸困難・疼痛の増強で、ご本人が希望されない場合
　・ご家族から中止の希望があった場合

ご意見は12月19日（金）までにいただければ、年明けから運用を始めたいと考えております。
""" + SIG_MIYASAKA,
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations plus an internal Cc; general criteria, no patient",
})

# ---------------------------------------------------------------- 059
_banks = ["みどり銀行", "みどり銀行", "みどり銀行", "横浜中央信用金庫"]
_branches = ["新横浜支店", "日吉支店", "菊名支店", "綱島支店", "大倉山支店"]
_pay = []
for _i in range(8):
    _p = gen_person(1970, 2000)
    _pay.append((_p["name"], rng.choice(_banks), rng.choice(_branches), "普通",
                 f"{rng.randint(0, 9999999):07d}", f"{rng.randint(3, 48) * 1000 + rng.choice([0, 280, 560, 740]):,}"))
M.append({
    "id": "hospice-059", "expect": "stop", "charset": "iso-2022-jp",
    "sender": WANIBUCHI, "to": ["みどり銀行 新横浜支店 法人営業課 <shinyoko-hojin@midori-ginko.co.jp>"],
    "subject": "立替経費 振込依頼（12月分・訪問看護職員）",
    "body": "みどり銀行 新横浜支店\n法人営業課 ご担当者様\n\n"
            "いつもお世話になっております。日の出産業 経理課の鰐淵です。\n"
            "法人ネットバンキングの障害のため、本日分の振込を下記のとおりお願いいたします。\n"
            "振込依頼書（押印済）は本日午後、窓口に持参いたします。\n\n"
            "氏名\t銀行\t支店\t種別\t口座番号\t金額（円）\n"
            + "".join(f"{a}\t{b}\t{c}\t{d}\t{e}\t{f}\n" for a, b, c, d, e, f in _pay)
            + "\n振込指定日：12月25日（木）\n" + SIG_WANIBUCHI,
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "eight employees' bank accounts pasted tab-separated from Excel, sent to a partner bank",
})

# ---------------------------------------------------------------- 060
M.append({
    "id": "hospice-060", "expect": "pass", "charset": "utf-8",
    "sender": SEMBA, "to": ["東都医療大学 看護学部 大熊 <okuma@toto-med.ac.jp>"],
    "subject": "1/24 在宅緩和ケア研修会 プログラム（確定版）",
    "html": """<html><body>
<p>東都医療大学 看護学部<br>大熊 先生</p>
<p>お世話になっております。日の出産業 人事部の仙波です。<br>
1月24日の研修会のプログラムが確定しましたのでお送りします。先生のご講演は2コマ目です。</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>時間</th><th>内容</th><th>講師</th></tr>
<tr><td>13:00-13:10</td><td>開会あいさつ</td><td>日の出産業 在宅ホスピス事業部長 鷲尾 透</td></tr>
<tr><td>13:10-14:10</td><td>在宅における症状緩和の基本</td><td>あさひ在宅クリニック 院長 柘植 正臣 先生</td></tr>
<tr><td>14:20-15:20</td><td>訪問看護師の看取り教育</td><td>東都医療大学 看護学部 教授 大熊 典子 先生</td></tr>
<tr><td>15:30-16:30</td><td>グループワーク「家族ケア」</td><td>訪問看護ステーションひので 鬼頭 沙織</td></tr>
<tr><td>16:30-16:40</td><td>閉会</td><td>―</td></tr>
</table>
<p>当日は12:30までに会場（さくらホテル新横浜 2階）へお越しください。</p>
<p>仙波 美和<br>日の出産業株式会社 人事部<br>TEL 045-475-2210</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "HTML-only programme with speakers' names and affiliations: business information",
})

# ---------------------------------------------------------------- 061
_mig = []
for _i in range(15):
    _p = gen_person(1926, 1958, 0.4)
    _mig.append([f"P{20180 + _i * 7}", _p["name"], _p["kana"], "{}-{:02d}-{:02d}".format(*_p["birth"]),
                 _p["zip"], _p["addr"], _p["phone"],
                 rng.choice(["国保", "後期高齢", "協会けんぽ", "組合健保"]),
                 f"記号 {rng.randint(10, 9999)} 番号 {rng.randint(1, 999)}",
                 rng.choice(DISEASES)])
M.append({
    "id": "hospice-061", "expect": "stop", "charset": "utf-8",
    "sender": HIYAMA, "to": [TOKANO],
    "subject": "データ移行テスト用ファイルの送付",
    "body": """戸叶様

お世話になっております。檜山です。
旧システムから抽出した利用者マスタと訪問記録（一部）をお送りします。
移行テスト環境への取込みにご使用ください。テスト完了後は削除をお願いします。

  migration_test_20251212.zip
    - 利用者マスタ.xlsx（15件）
    - 訪問記録_抜粋.csv

檜山
""",
    "attachments": [{
        "kind": "zip", "name": "migration_test_20251212.zip",
        "files": [
            {"kind": "xlsx", "name": "利用者マスタ.xlsx",
             "sheets": {"master": [["利用者ID", "氏名", "カナ", "生年月日", "郵便番号", "住所", "電話",
                                    "保険種別", "保険証記号番号", "主病名"]] + _mig}},
            {"kind": "csv", "name": "訪問記録_抜粋.csv", "encoding": "utf-8",
             "rows": [["利用者ID", "訪問日", "担当", "記録"]]
                     + [[r[0], f"2025-12-{rng.randint(1, 11):02d}", rng.choice(["宮坂", "土橋", "阿久津"]),
                         rng.choice(["疼痛コントロール良好", "レスキュー2回使用", "傾眠傾向", "家族へ看取りの説明",
                                     "褥瘡処置（仙骨部）", "せん妄あり、夜間不穏"])] for r in _mig[:10]]},
        ],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
                 "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "plain ZIP with a 15-patient master (insurance numbers, diagnoses) and visit notes to a vendor",
})

# ---------------------------------------------------------------- 062
M.append({
    "id": "hospice-062", "expect": "pass", "charset": "iso-2022-jp",
    "sender": KUSUNOSE, "to": ["錦印刷 営業部 大畑 <ohata@nishiki-insatsu.co.jp>"],
    "subject": "ひのでの家 パンフレット原稿（第2稿）",
    "body": """錦印刷株式会社
大畑 様

お世話になっております。ひのでの家の楠瀬です。
パンフレットの第2稿をPDFでお送りします。
前回からの変更は、料金表の改定と、裏表紙の地図の差し替えです。
色校正は1部で結構です。
""" + SIG_KUSUNOSE,
    "attachments": [{
        "kind": "pdf", "name": "hinode-no-ie_pamphlet_v2.pdf", "title": "ひのでの家 パンフレット",
        "lines": ["ホスピス住宅「ひのでの家」", "住み慣れた街で、最期まで自分らしく。", "",
                  "・全室個室（18室）、ご家族の宿泊可", "・看護師 24時間常駐、提携医による訪問診療",
                  "・月額利用料 185,000円〜（家賃・共益費・食費を含む）", "",
                  "お問い合わせ：入居相談室 TEL 045-475-3900（9:00〜18:00）",
                  "〒222-0033 横浜市港北区新横浜3-21-2",
                  "運営：日の出産業株式会社 在宅ホスピス事業部"],
    }],
    "entities": [],
    "detectors": [],
    "note": "pamphlet proof with the company's own business contact details",
})

# ---------------------------------------------------------------- 063
M.append({
    "id": "hospice-063", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SEMBA, "to": ["メディカルスタッフ東和 派遣営業部 <haken@towa-medstaff.co.jp>"],
    "subject": "夜間看護師派遣 契約条件の資料送付",
    "body": """メディカルスタッフ東和株式会社
派遣営業部 ご担当者様

お世話になっております。日の出産業 人事部の仙波です。
先日ご相談した夜間看護師の派遣について、弊社側の条件資料をお送りします。
ZIPにまとめておりますので、ご確認ください。
""" + SIG_SEMBA,
    "attachments": [{
        "kind": "zip", "name": "夜間派遣_条件資料.zip",
        "files": [
            {"kind": "pdf", "name": "業務内容.pdf",
             "lines": ["夜間看護業務 仕様", "勤務時間：17:00〜翌9:00（休憩2時間）",
                       "業務：ホスピス住宅入居者の夜間観察、緊急時対応、オンコール医師への報告"]},
            {"kind": "zip", "name": "参考資料.zip",
             "files": [{"kind": "docx", "name": "派遣単価_他社比較.docx", "page_header": "社外秘",
                        "paragraphs": ["夜間看護師派遣 単価比較（社内検討用）"],
                        "tables": [[["派遣会社", "時給", "深夜割増", "最低保証"],
                                    ["A社", "3,100円", "25%", "月8回"],
                                    ["B社", "2,950円", "25%", "なし"],
                                    ["東和様（提示）", "3,300円", "30%", "月6回"]]]}]},
        ],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "社外秘 page header on a DOCX nested two ZIPs deep, sent to a staffing agency",
})

# ---------------------------------------------------------------- 064
M.append({
    "id": "hospice-064", "expect": "pass", "charset": "cp932",
    "sender": KUSUNOSE, "to": ["青葉運輸 福祉輸送課 富樫 <togashi@aoba-unyu.co.jp>"],
    "subject": "Re: 福祉車両リースのお見積りについて",
    "body": """青葉運輸株式会社
福祉輸送課 富樫 様

お世話になっております。ひのでの家の楠瀬です。
お見積りありがとうございました。社内で比較した表を添付いたします。
B案（車いす2台固定・リフト付き）で進めたいと考えておりますので、
契約書の案をお送りいただけますでしょうか。

> 楠瀬様
> ご依頼の福祉車両リースのお見積りを3案お送りします。
> 青葉運輸 富樫
""" + SIG_KUSUNOSE,
    "attachments": [{
        "kind": "xlsx", "name": "福祉車両リース_比較.xlsx",
        "sheets": {"比較": [["案", "車種コード", "仕様", "月額リース料（税込）", "期間", "保守"],
                          ["A", "AU-WV120", "車いす1台・スロープ", 58300, "60か月", "含む"],
                          ["B", "AU-WV220L", "車いす2台・リフト", 79200, "60か月", "含む"],
                          ["C", "AU-ST310", "ストレッチャー対応", 112200, "60か月", "別途"]]},
    }],
    "entities": [],
    "detectors": [],
    "note": "reply with a vehicle lease comparison (product codes, prices) to a partner",
})

# ---------------------------------------------------------------- 065
M.append({
    "id": "hospice-065", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MIYASAKA, "to": ["ナイトコールサポート 受付センター <center@nightcall-support.com>"],
    "subject": "夜間電話受付代行 緊急連絡先リストの更新",
    "body": """ナイトコールサポート株式会社
受付センター ご担当者様

いつもお世話になっております。訪問看護ステーションひのでの宮坂です。
夜間受付でご利用いただいている、緊急時のご家族連絡先を更新しました。
本日18時の切り替えからこちらをお使いください。

利用者名　　　　キーパーソン　　　続柄　　連絡先
――――――――――――――――――――――――――――――――――
嵯峨山　和枝　　嵯峨山　浩一　　　長男　　０９０−７７１３−２０４６
宇田川　清　　　宇田川　光江　　　妻　　　０４５−４３１−８８５２
東海林　勝　　　東海林　佳子　　　妻　　　０９０−２２８４−６６０１
楢崎　恒夫　　　楢崎　美里　　　　長女　　０８０−１１９３−５５７２
霜鳥　勘吉　　　霜鳥　春美　　　　次女　　０７０−５０３８−９９２４
雲母　千代子　　雲母　晴彦　　　　長男　　０４５−５９２−３３０８

ご家族へつながらない場合は、オンコール看護師（０４５−４７５−３８１９）へ転送してください。
""" + SIG_MIYASAKA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six patients and key persons with full-width phone numbers, full-width-space columns",
})

# ---------------------------------------------------------------- 066
M.append({
    "id": "hospice-066", "expect": "pass", "charset": "iso-2022-jp",
    "sender": WASHIO, "to": [SHIRAKAWA],
    "subject": "個人情報保護方針・利用目的の掲示文 改定のご相談",
    "body": """白川法律事務所
白川 先生

いつもお世話になっております。日の出産業の鷲尾です。
在宅ホスピス事業部の「個人情報の利用目的」の掲示文と同意書のひな形を改定したく、
ご相談させてください。論点は次の3点です。

1. 病名や病状など要配慮個人情報を、連携する医療機関・薬局・ケアマネジャーへ提供する場合の
   同意の取り方（包括同意で足りるか、都度同意が必要か）
2. ご逝去後の遺族フォローで、ご遺族の連絡先をNPOへ提供する場合の取扱い
3. 事例検討や学会発表で匿名化する際の基準

現行の掲示文は、来週の打合せの際に紙でお持ちします。
ご多忙のところ恐縮ですが、よろしくお願いいたします。
""" + SIG_WASHIO,
    "entities": [],
    "detectors": [],
    "note": "talks about 要配慮個人情報 in general terms with a law firm; no individual's data",
})

# ---------------------------------------------------------------- 067
M.append({
    "id": "hospice-067", "expect": "stop", "charset": "iso-2022-jp",
    "sender": WANIBUCHI, "to": ["みどり銀行 新横浜支店 法人営業課 <shinyoko-hojin@midori-ginko-co.jp>"],
    "subject": "口座振替サービス 申込書類の件",
    "body": """みどり銀行 新横浜支店
法人営業課 ご担当者様

お世話になっております。日の出産業 経理課の鰐淵です。
先日ご説明いただいた、利用者様の利用料の口座振替サービスについて、
申込書類一式を本日郵送いたしました。

委託者コードの発行時期と、初回引落しのスケジュールをご教示いただけますでしょうか。
よろしくお願いいたします。
""" + SIG_WANIBUCHI,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-ginko-co.jp: a hyphen for the dot of partner midori-ginko.co.jp",
})

# ---------------------------------------------------------------- 068
M.append({
    "id": "hospice-068", "expect": "pass", "charset": "utf-8",
    "sender": AKUTSU, "to": [f"鷲尾 透 <t.washio@mail.{INT}>"], "cc": [MIYASAKA],
    "subject": "FW: 【ヒヤリハット】麻薬残数の不一致（12/9）",
    "body": """鷲尾部長

お疲れさまです。阿久津です。
昨日のヒヤリハット報告を転送します。事業部の安全委員会で取り上げていただけますでしょうか。

阿久津
""",
    "attachments": [{
        "kind": "eml", "name": "ヒヤリハット報告_1209.eml",
        "message": {
            "sender": DOBASHI, "to": [AKUTSU, MIYASAKA], "charset": "utf-8",
            "subject": "【ヒヤリハット】麻薬残数の不一致（12/9）",
            "body": """阿久津さん、宮坂さん

12/9 14時の訪問時、嵯峨山 和枝様（胃がん腹膜播種）のオキノーム散5mgの残数が、
記録より2包少ないことに気づきました。
ご長男に確認したところ、夜間に痛みが強く、記録せずに2回使用したとのことでした。
服薬記録表を見直し、使用時はその都度記入していただくよう再度説明しました。

土橋
""",
        },
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "forwarded incident report with a patient's diagnosis, but only to internal (mail. subdomain) staff",
})

# ---------------------------------------------------------------- 069
M.append({
    "id": "hospice-069", "expect": "stop", "charset": "cp932",
    "sender": MASUDA, "to": ["青葉運輸 福祉輸送課 <fukushi@aoba-unyu.jp>"],
    "subject": "【至急】明日の搬送のお願い（ご自宅→ひのでの家）",
    "body": """青葉運輸 福祉輸送課 ご担当者様

お世話になっております。ひのでの枡田です。
急で申し訳ございませんが、明日の搬送をお願いできますでしょうか。

　日時　　：12月13日（土）10:00 お迎え
　患者様　：東海林 勝 様（78歳 男性）
　お迎え先：横浜市港北区新横浜1-27-6 ライオンズ新横浜1102
　行き先　：ホスピス住宅ひのでの家（横浜市港北区新横浜3-21-2）
　状態　　：肝細胞がん末期、黄疸あり。酸素1L投与中。夜間せん妄があり、鎮静剤を使用しています。
　同乗　　：看護師1名（当方より）、奥様

ストレッチャーと酸素ボンベの準備をお願いいたします。
""" + SIG_MASUDA,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "aoba-unyu.jp drops the co. of partner aoba-unyu.co.jp; mail also carries a patient's diagnosis",
})

# ---------------------------------------------------------------- 070
M.append({
    "id": "hospice-070", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OKONOGI, "to": [HANAWA],
    "subject": "吸引器の発送について（お問合せ番号）",
    "body": """塙 様

お世話になっております。ひのでの小此木です。
ご依頼いただいた吸引器（貸出品 No.KX-07）を、本日青葉運輸で発送しました。

　お問合せ番号：4418-2093-7715
　お届け予定　：12月13日（土）午前
　貸出期間　　：2026年1月31日まで

返却の際は、同封の着払い伝票（伝票番号 8830-1172-6645）をお使いください。
""" + SIG_OKONOGI,
    "entities": [],
    "detectors": [],
    "note": "shipment and slip numbers only (12-digit tracking numbers are not personal data)",
})

# ---------------------------------------------------------------- 071
M.append({
    "id": "hospice-071", "expect": "stop", "charset": "iso-2022-jp",
    "sender": KITO,
    "to": ["宮下 直樹 <naoki.miyashita.0715@gmail.com>", "百目鬼 千佳 <chika.doumeki@gmail.com>",
           "東海林 佳子 <yoshiko.tokairin@gmail.com>"],
    "subject": "分かち合いの会（1月）の日程のお知らせ",
    "body": """皆さま

こんにちは。ひのでの鬼頭です。
先日お申込みいただいた「分かち合いの会」の1月の日程が決まりましたので、お知らせします。

　日時：1月17日（土）14:00〜15:30
　場所：日の出ビル 4階 相談室
　持ち物：特にありません

少人数でゆっくりお話しできる会です。途中の出入りも自由です。
当日お会いできるのを楽しみにしております。
""" + SIG_KITO,
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "three private persons (bereaved family) can see each other's addresses in To: should be Bcc",
})

# ---------------------------------------------------------------- 072
M.append({
    "id": "hospice-072", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SEMBA, "to": ["黒川 葵 <aoi.kurokawa.ns@gmail.com>"],
    "subject": "面接日程のご案内（訪問看護師 募集）",
    "body": """黒川 葵 様

このたびは、訪問看護ステーションひのでの看護師募集にご応募いただき、
ありがとうございます。日の出産業 人事部の仙波です。

書類選考の結果、面接にお越しいただきたく、ご連絡いたしました。

　日時　：12月19日（金）14:00〜15:00
　場所　：日の出ビル 4階 会議室（新横浜駅 徒歩6分）
　面接官：ステーション管理者 宮坂、人事部 仙波
　持ち物：看護師免許証の写し、筆記用具

ご都合が悪い場合は、候補日を2〜3日お知らせください。
""" + SIG_SEMBA,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "interview invitation to one applicant on free mail; no personal data of others",
})

# ---------------------------------------------------------------- 073
M.append({
    "id": "hospice-073", "expect": "stop", "charset": "iso-2022-jp",
    "sender": AKUTSU, "to": [TSUGE],
    "subject": "Re: 嵯峨山様 胃がん 疼痛増強について",
    "body": """柘植先生

阿久津です。追加のご報告です。
本日訪問時、NRS 7〜8、レスキュー（オキノーム5mg）は昨日6回使用していました。
夜間は痛みで2時間おきに覚醒、腹部膨満も増強しています。
嘔気があり、食事は数口のみ。ご本人は「入院はしたくない」とはっきり話されています。

ベースの増量か、持続皮下注への切り替えをご検討いただけますでしょうか。
ご家族には、明日の往診で先生からご説明いただける旨お伝えしています。

阿久津

> 阿久津さん
> 明日の往診で評価します。それまではレスキューで対応してください。
> 柘植
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "subject names the patient and her cancer; new text adds pain scores and opioid use (要配慮)",
})

# ---------------------------------------------------------------- 074
M.append({
    "id": "hospice-074", "expect": "stop", "charset": "iso-2022-jp",
    "sender": DOBASHI, "to": ["宮坂 千尋 <c.miyasaka@hinode-sangyo.jp>"],
    "subject": "土曜の訪問予定（代行分）",
    "body": """宮坂さん

お疲れさまです。土橋です。
土曜日に代わっていただく訪問分です。よろしくお願いします。

 9:30  雲母 千代子 様   横浜市港北区新吉田東5-41-2       鍵はキーボックス（暗証0418）
11:00  仁科 陽子 様     横浜市港北区日吉本町3-6-21-201
13:30  栃木 紀夫 様     横浜市港北区高田西1-17-9         次女様が同席
15:00  薬袋 静香 様     横浜市港北区綱島東1-9-11-405

記録は月曜にまとめて入力で大丈夫です。

土橋
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "hinode-sangyo.jp (no co.) is a look-alike of the organisation's own domain",
})

# ---------------------------------------------------------------- 075
M.append({
    "id": "hospice-075", "expect": "stop", "charset": "utf-8",
    "sender": MIYASAKA, "to": [ASHIDA],
    "subject": "Re: 年末年始の往診体制について",
    "body": """芦田さん

年末年始の体制表、ありがとうございます。
こちらで年末年始に状態変化が予想される方をまとめました。先生にお伝えいただけますか。

・12/30　東海林 勝 様（港北区新横浜1-27-6-1102）　肝細胞がん末期、せん妄増悪の可能性
・12/31　嵯峨山 和枝 様（港北区菊名6-14-22-302）　胃がん、持続皮下注へ切り替え予定
・1/1　 宇田川 清 様（港北区篠原北2-3-8）　COPD、呼吸困難時モルヒネ頓用
・1/2　 漆原 忠雄 様（港北区師岡町812-3）　脳転移、けいれん時ジアゼパム坐剤
・1/3　 楢崎 恒夫 様（港北区大倉山4-22-7）　膵臓がん、腹水穿刺の相談あり

宮坂

> 宮坂さん
> 年末年始の往診体制です。
> 12/29〜1/3：柘植医師 オンコール（携帯転送）
> 12/31、1/1：定期往診なし、臨時のみ
> あさひ在宅クリニック 芦田
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reply whose quoted part is harmless but whose new text lists 5 patients with addresses and diagnoses",
})

# ---------------------------------------------------------------- 076
M.append({
    "id": "hospice-076", "expect": "pass", "charset": "cp932",
    "sender": MASUDA, "to": [ASHIDA],
    "subject": "担当ケアマネジャーの連絡先（新規3事業所）",
    "body": """芦田さん

お世話になっております。枡田です。
先生から問い合わせのあった、新しく連携する居宅介護支援事業所の窓口です。

・ケアプランこもれび　　　　　塙 由紀子 さん　TEL 045-642-1180（事業所代表）
・南山ケアセンター　　　　　　甘利 修 さん　　TEL 045-931-5520（事業所代表）
・居宅介護支援事業所つなしま　久慈 真琴 さん　TEL 045-533-0092（事業所代表）

いずれも平日9時〜17時の受付です。

枡田
""",
    "entities": [],
    "detectors": [],
    "note": "three care managers' business contacts (office switchboards): business contacts, not records",
})

# ---------------------------------------------------------------- 077
M.append({
    "id": "hospice-077", "expect": "stop", "charset": "utf-8",
    "sender": MIYASAKA, "to": ["Daisuke Narasaki <d.narasaki@outlook.com>"],
    "subject": "Update on your father's condition",
    "body": """Dear Mr. Narasaki,

This is Chihiro Miyasaka, the nurse manager at Hinode Home Hospice. Your sister Misato
asked me to write to you directly in English so that your wife can read it too.

Your father, Tsuneo Narasaki, has become weaker over the past week. The pancreatic
cancer has spread further in his liver, and fluid is building up in his abdomen again
(Dr. Tsuge drained about two litres on Monday). He sleeps most of the day and eats
only a few spoonfuls. His pain is well controlled with oxycodone.

Dr. Tsuge believes he now has weeks rather than months, possibly two to three weeks.
If you are thinking of coming to Japan, we would gently suggest doing so soon.

Please feel free to call the station at +81-45-475-3810 at any time.

Warm regards,
Chihiro Miyasaka, RN
Hinode Home Hospice (Hinode Sangyo Co., Ltd.)
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "English update with a named patient's cancer and prognosis to a relative on free mail",
})

# ---------------------------------------------------------------- 078
M.append({
    "id": "hospice-078", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OKONOGI, "to": ["misato.narasaki87@gmail.com"],
    "subject": "11月分 ご利用料金 請求書（PDF）",
    "body": """楢崎 美里 様

いつもお世話になっております。ひのでの小此木です。
11月分のご利用料金の請求書をPDFでお送りします。

個人情報保護のため、PDFにはパスワードを設定しております。
パスワードは、お父様の生年月日（西暦8桁）です。

お引き落としは12月26日（金）の予定です。
""" + SIG_OKONOGI,
    "attachments": [{
        "kind": "pdf", "name": "請求書_202511_楢崎様.pdf", "password": "19411103",
        "lines": ["ご利用料金 請求書（2025年11月分）", "楢崎 恒夫 様",
                  "訪問看護（医療保険）自己負担分 12,480円", "自費サービス 8,800円", "合計 21,280円"],
    }],
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "password-protected PDF to a family member on free mail: cannot be inspected",
})

# ---------------------------------------------------------------- 079
M.append({
    "id": "hospice-079", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MASUDA, "to": ["南原市国際交流協会 医療通訳派遣 <tsuyaku@minamihara-ia.or.jp>"],
    "subject": "医療通訳（ベトナム語）派遣のお願い",
    "body": """南原市国際交流協会
医療通訳派遣ご担当者様

お世話になっております。訪問看護ステーションひのでの枡田です。
ベトナム語の医療通訳の派遣をお願いしたく、ご連絡いたしました。

　対象者　：グエン・ティ・ラン（NGUYEN THI LAN）様　32歳 女性
　在留資格：特定技能1号　在留カード番号 RT58203917KE
　住所　　：神奈川県南原市東原2丁目5番11号 サンハイツ東原203
　内容　　：子宮頸がん末期で在宅療養中。主治医から、ご本人と夫へ今後の見通し
　　　　　　（予後は月単位）と緊急時の対応を説明する場に同席をお願いしたい。
　希望日時：12月17日（水）15:00〜16:00（ご自宅）

通訳の方には、事前に医療用語の資料をお渡しすることも可能です。
""" + SIG_MASUDA,
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "residence card number and a named foreign patient's terminal cancer to an interpreter service",
})

# ---------------------------------------------------------------- 080
M.append({
    "id": "hospice-080", "expect": "pass", "charset": "iso-2022-jp",
    "sender": AKUTSU, "to": [f"オンコール当番 <oncall@care.{INT}>"],
    "subject": "オンコール申し送り 12/12（金）夜",
    "body": """当番の方へ

阿久津です。今夜の申し送りです。

◆ 東海林 勝 様（肝細胞がん）
　・夕方からせん妄強く、ハロペリドール 0.5A 皮下注済（17:40）
　・再燃時は 0.5A 追加可（柘植先生指示）。奥様 090-2284-6601
◆ 嵯峨山 和枝 様（胃がん）
　・レスキュー本日4回。NRS 6。22時以降も続くようなら先生へ報告
　・ご長男 090-7713-2046
◆ 宇田川 清 様（COPD）
　・SpO2 88〜90%（2L）。呼吸困難時はモルヒネ 5mg 頓用
　・奥様 045-431-8852

よろしくお願いします。
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": [],
    "note": "on-call handover with diagnoses and family phones to an internal (care. subdomain) list",
})

# ---------------------------------------------------------------- 081
M.append({
    "id": "hospice-081", "expect": "stop", "charset": "utf-8",
    "sender": KUSUNOSE, "to": ["ひかり旅行 法人デスク <corp@hikari-travel.co.jp>"],
    "subject": "航空券手配のお願い（ご家族の一時帰国）",
    "body": """ひかり旅行株式会社
法人デスク ご担当者様

いつもお世話になっております。ひのでの家の楠瀬です。
入居者様のご家族（シンガポール在住のご長女）の一時帰国について、
航空券の手配をお願いできますでしょうか。ご本人から手配の依頼を受けております。

　搭乗者名（旅券記載）：TOMITA / ERIKA MS
　生年月日　　　　　　：1979年4月22日
　旅券番号　　　　　　：TZ8841602（有効期限 2031年7月14日）
　区間　　　　　　　　：SIN → HND　12月20日（土）夜便、復路オープン
　座席　　　　　　　　：エコノミー、通路側希望

ご請求は、ご本人様宛て（別途メールアドレスをお知らせします）でお願いいたします。
""" + SIG_KUSUNOSE,
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a family member's passport number and date of birth to a travel agency",
})

# ---------------------------------------------------------------- 082
M.append({
    "id": "hospice-082", "expect": "pass", "charset": "iso-2022-jp",
    "sender": WANIBUCHI, "to": ["みどり銀行 新横浜支店 織茂 <orimo@midori-ginko.co.jp>"],
    "subject": "口座振替サービス 手数料のご説明のお礼",
    "body": """みどり銀行 新横浜支店
法人営業課 織茂 様

お世話になっております。日の出産業 経理課の鰐淵です。
本日はお忙しいところ、口座振替サービスの手数料体系についてご説明いただき、
ありがとうございました。

いただいた資料をもとに社内で検討し、年内に導入可否をご連絡いたします。
引き続きよろしくお願いいたします。
""" + SIG_WANIBUCHI + """
――――――――――――――――――――――――――――――――
本メールおよび添付ファイルには機密情報が含まれている場合があります。
宛先に誤りがあった場合は、送信者までご連絡のうえ削除をお願いいたします。
This e-mail and any attachments may contain confidential information.
If you have received it in error, please notify the sender and delete it.
――――――――――――――――――――――――――――――――
""",
    "entities": [],
    "detectors": [],
    "note": "ordinary thank-you to a partner bank with the standard bilingual disclaimer",
})

# ---------------------------------------------------------------- 083
_acct = [
    ["楢崎 恒夫", "医療（がん末期）", "要介護3", "膵臓がん", 13, 98540, 9850],
    ["嵯峨山 和枝", "医療（がん末期）", "要介護4", "胃がん", 16, 121300, 12130],
    ["宇田川 清", "介護", "要介護4", "COPD", 12, 67200, 6720],
    ["御手洗 トミ", "医療（がん末期）", "要介護5", "大腸がん", 18, 139880, 13988],
    ["四十物 正信", "医療（がん末期）", "要介護3", "前立腺がん", 9, 71450, 7145],
    ["勅使河原 昭二", "医療（がん末期）", "要介護4", "肺腺癌", 15, 117600, 35280],
    ["薬袋 静香", "医療（がん末期）", "要介護2", "卵巣がん", 8, 63900, 19170],
    ["東海林 勝", "医療（がん末期）", "要介護5", "肝細胞がん", 17, 131750, 13175],
    ["仁科 陽子", "介護", "要介護1", "子宮体がん", 4, 22480, 2248],
]
M.append({
    "id": "hospice-083", "expect": "stop", "charset": "cp932",
    "sender": WANIBUCHI, "to": ["榊原会計事務所 井筒 <izutsu@sakakibara-tax.jp>"],
    "subject": "11月分 利用者別売上明細（月次確認用）",
    "body": """榊原会計事務所
井筒 様

お世話になっております。日の出産業 経理課の鰐淵です。
11月分の在宅ホスピス事業部 売上明細（利用者別）を、旧形式のExcelでお送りします。
保険請求額と自己負担額の内訳は、レセプトの集計と一致しております。
""" + SIG_WANIBUCHI,
    "attachments": [{
        "kind": "xls", "name": "売上明細_利用者別_202511.xls",
        "sheets": {"11月": [["利用者", "保険区分", "要介護度", "主病名", "訪問回数", "保険請求額", "自己負担額"]] + _acct},
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of 9 patients with diagnoses and care levels to an accounting firm",
})

# ---------------------------------------------------------------- 084
M.append({
    "id": "hospice-084", "expect": "pass", "charset": "iso-2022-jp",
    "sender": KUSUNOSE, "to": ["嵯峨山 浩一 <k-sagayama@yahoo.co.jp>"],
    "subject": "ご親族のご宿泊先について（近隣ホテルのご案内）",
    "body": """嵯峨山 浩一 様

いつもお世話になっております。ひのでの家の楠瀬です。
ご親族が遠方からいらっしゃる際のご宿泊先として、近隣のホテルをご案内いたします。

■さくらホテル新横浜
　横浜市港北区新横浜2-5-10　TEL 045-470-8100　徒歩8分　シングル 9,800円〜
■さくらホテル横浜駅前
　横浜市西区北幸1-11-3　TEL 045-311-8200　電車15分　シングル 11,000円〜
■新横浜ステーションイン
　横浜市港北区新横浜3-7-18　TEL 045-478-0011　徒歩5分　シングル 7,500円〜
■ホテルリーフ菊名
　横浜市港北区菊名6-1-9　TEL 045-401-2230　電車6分　ツイン 13,200円〜

※料金は目安です。「ひのでの家の紹介」とお伝えいただくと、さくらホテルは割引があります。
""" + SIG_KUSUNOSE,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "list of hotels (businesses) with front-desk phones to one family member on free mail",
})

# ---------------------------------------------------------------- 085
_accident = """【取扱注意】

事故報告書（第一報）

発生日時：2025年12月5日（金）2:40頃
発生場所：ホスピス住宅ひのでの家 1階 104号室
対象者　：大仏 ツル 様（94歳 女性、胆管がん末期、要介護4）
概要　　：夜間巡視時、ベッド脇の床に座り込んでいるところを発見。
　　　　　右股関節痛の訴えあり、右下肢の短縮・外旋を認めたため救急要請。
　　　　　港北中央病院にて右大腿骨頸部骨折と診断。ご本人・ご家族の意向により保存的治療。
原因　　：せん妄による不穏時、ベッド柵の隙間から降りようとした可能性。
対応　　：ご長男へ3:10に電話連絡済み。低床ベッドへの変更、離床センサー設置。
"""
M.append({
    "id": "hospice-085", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MIYASAKA, "to": [SHIMAZAKI],
    "subject": "事故報告書（12/5 転倒）ご確認のお願い",
    "body": "メディケア経営研究所\n嶋崎 様\n\nお世話になっております。ひのでの宮坂です。\n"
            "リスクマネジメント顧問として、下記の事故報告書（第一報）のご確認をお願いいたします。\n\n"
            + _accident + SIG_MIYASAKA,
    "html": "<html><body><p>メディケア経営研究所<br>嶋崎 様</p>"
            "<p>お世話になっております。ひのでの宮坂です。<br>"
            "リスクマネジメント顧問として、下記の事故報告書（第一報）のご確認をお願いいたします。</p>"
            "<p style=\"color:#c00;font-weight:bold;border:2px solid #c00;display:inline-block;padding:2px 8px\">取扱注意</p>"
            "<pre>" + _accident.replace("【取扱注意】\n", "") + "</pre>"
            "<p>宮坂 千尋<br>訪問看護ステーションひので</p></body></html>",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["confidential_marking", "personal_data"],
    "note": "report stamped 【取扱注意】 (text and HTML) naming a resident with her cancer and fracture",
})

# ---------------------------------------------------------------- 086
M.append({
    "id": "hospice-086", "expect": "pass", "charset": "utf-8",
    "sender": SEMBA, "to": [WASHIO, MIYASAKA],
    "subject": "看護職員 冬季賞与査定表（社外秘）",
    "body": """鷲尾部長
宮坂さん

お疲れさまです。人事課の仙波です。
冬季賞与の一次査定表です。二次査定のコメントを12月16日（火）までにご記入ください。
ファイルは社外秘です。共有フォルダにも同じものを置いています。

仙波
""",
    "attachments": [{
        "kind": "xlsx", "name": "冬季賞与査定_在宅ホスピス事業部.xlsx", "page_header": "社外秘",
        "sheets": {"査定": [["冬季賞与 一次査定（社外秘）"],
                          ["社員番号", "氏名", "職種", "等級", "一次評価", "支給率案", "二次コメント"],
                          ["H21044", "宮坂 千尋", "看護師（管理者）", "M2", "A", 2.6, ""],
                          ["H22117", "土橋 遥", "看護師", "S3", "A", 2.4, ""],
                          ["H20385", "阿久津 理沙", "看護師（認定）", "S4", "S", 2.8, ""],
                          ["H23009", "鬼頭 沙織", "看護師", "S2", "B", 2.1, ""],
                          ["H19762", "枡田 圭介", "相談員", "S3", "B", 2.1, ""],
                          ["H24201", "小此木 由香", "事務", "G2", "A", 2.2, ""]]},
    }],
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "社外秘 staff appraisal sheet, sent only to internal recipients",
})

# ---------------------------------------------------------------- 087
M.append({
    "id": "hospice-087", "expect": "stop", "charset": "iso-2022-jp",
    "sender": AKUTSU, "to": ["小久保 ケアマネ <kokubo.cm.care@gmail.com>"],
    "subject": "仁科様 服薬状況のご報告",
    "body": """小久保さん

お世話になっております。ひのでの阿久津です。
仁科 陽子様の服薬状況について、ご報告します。

子宮体がんの腹膜転移による腹痛が強くなってきたため、12/10の往診で
トラマドールからオキシコドン徐放錠 10mg/日へ変更になりました。
変更後は痛みが NRS 3 程度まで落ち着いていますが、嘔気があり制吐剤を併用しています。
日中の眠気が出ていますので、デイサービスの送迎時にご注意いただけますと助かります。

来週のサービス担当者会議で、あらためてご相談させてください。
""" + SIG_AKUTSU,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "one named patient's cancer and opioid change to a care manager using a free-mail address",
})

# ---------------------------------------------------------------- 088
M.append({
    "id": "hospice-088", "expect": "pass", "charset": "cp932",
    "sender": MASUDA, "to": [HIMAWARI],
    "subject": "RE: 【ひまわり生命】ご提出書類の不足について",
    "body": """ひまわり生命保険株式会社
保険金サービス課 ご担当者様

ご連絡ありがとうございます。ひのでの枡田です。
不足しておりました同意書の原本は、本日簡易書留にて発送いたしました。
（お問合せ番号：3301-4472-8856）

到着まで今しばらくお待ちください。
""" + SIG_MASUDA + """
From: ひまわり生命保険 保険金サービス課 <hokenkin@himawari-seimei.co.jp>
Sent: Tuesday, December 9, 2025 11:03 AM
To: 枡田 圭介 <k.masuda@hinode-sangyo.co.jp>
Subject: 【ひまわり生命】ご提出書類の不足について

日の出産業株式会社 枡田様

被保険者 勅使河原 昭二様（証券番号 HM-2208-417735）のリビング・ニーズ特約ご請求について、
肺腺癌 stage IVB の診断書（写し）は受領いたしましたが、ご本人様の同意書原本が未着です。
お手数ですが、ご送付をお願いいたします。

ひまわり生命保険株式会社 保険金サービス課
""",
    "entities": [],
    "detectors": [],
    "note": "diagnosis only in the quoted Outlook From/Sent block from the insurer itself; new text is a tracking number",
})

# ---------------------------------------------------------------- 089
M.append({
    "id": "hospice-089", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MASUDA, "to": [HIMAWARI],
    "subject": "被保険者ご逝去のご連絡（勅使河原様）",
    "body": """ひまわり生命保険株式会社
保険金サービス課 ご担当者様

お世話になっております。ひのでの枡田です。
リビング・ニーズ特約をご請求中の勅使河原 昭二様（証券番号 HM-2208-417735）が、
12月20日（土）15時42分、ご自宅にて永眠されましたのでご連絡いたします。

　直接死因　　：肺腺癌（多発骨転移・脳転移）
　死亡診断書　：あさひ在宅クリニック 柘植 正臣 医師 作成
　死亡保険金受取人：妻 勅使河原 房子 様（044-861-0273）

今後のお手続きについては、房子様へ直接ご案内いただけますようお願いいたします。
""" + SIG_MASUDA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named insured person's death and cause of death to an insurer",
})

# ---------------------------------------------------------------- 090
M.append({
    "id": "hospice-090", "expect": "stop", "charset": "iso-2022-jp",
    "sender": KITO,
    "to": [HANAWA, AMARI, "居宅介護支援事業所つなしま <kuji@cm-tsunashima.jp>",
           "菊名ケアプランセンター <info@kikuna-kyotaku.jp>",
           "日吉地域ケアプラザ <care@hiyoshi-careplaza.or.jp>",
           "新横浜ケアマネジメント <contact@shinyoko-cm.com>"],
    "subject": "【ご案内】ひのでのグリーフケア 地域向け講座（2/7）",
    "body": """居宅介護支援事業所・地域ケアプラザ 各位

いつもお世話になっております。訪問看護ステーションひのでの鬼頭です。
ケアマネジャーの皆さま向けに、グリーフケアの講座を開催いたします。

　日時：2026年2月7日（土）10:00〜11:30
　会場：日の出ビル 4階 会議室
　内容：ご遺族への声かけ、複雑性悲嘆のサインと相談先
　定員：30名（参加無料）

お申込みは、事業所名と参加人数を本メールへのご返信でお知らせください。
""" + SIG_KITO,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "six external organisations openly in To: should have been Bcc",
})

# ---------------------------------------------------------------- 091
M.append({
    "id": "hospice-091", "expect": "stop", "charset": "utf-8",
    "sender": KUSUNOSE, "to": [AIZAWA],
    "subject": "来年度 リース契約更新に向けた条件のご提示",
    "body": """川崎電機株式会社
医療機器部 藍沢 様

いつもお世話になっております。ひのでの家の楠瀬です。
来年度の医療機器リース契約の更新に向けて、弊社からの条件をPDFにまとめました。
ご検討のうえ、1月中旬までにご回答いただけますと幸いです。
""" + SIG_KUSUNOSE,
    "attachments": [{
        "kind": "pdf", "name": "リース更新条件_2026.pdf",
        "page_footer": "CONFIDENTIAL - Internal Only / 日の出産業株式会社",
        "lines": ["医療機器リース契約 更新条件（2026年度）", "",
                  "1. 対象：電動ベッド 21台、エアマットレス 14台、酸素濃縮装置 6台",
                  "2. 希望単価：現行比 8% 減（他社見積：電動ベッド 月額 6,900円）",
                  "3. 契約期間：3年（中途解約条項の緩和を希望）",
                  "4. 保守：24時間駆けつけ対応を標準に含めること"],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF page footer 'CONFIDENTIAL - Internal Only' on a negotiation document sent to a partner",
})

# ---------------------------------------------------------------- 092
M.append({
    "id": "hospice-092", "expect": "pass", "charset": "iso-2022-jp",
    "sender": HIYAMA, "to": [OKONOGI],
    "subject": "レセプトデータ 退避ファイル（暗号化済）",
    "body": """小此木さん

お疲れさまです。檜山です。
記録システムのメンテナンス前に退避したレセプトデータです。
暗号化ZIPにしてあります。パスワードは社内チャットで送りました。
メンテナンス完了後、元のフォルダに戻せたら削除してください。

檜山
""",
    "attachments": [{
        "kind": "zip", "name": "receipt_backup_202511.zip", "password": "r8!Vx2#mQ",
        "files": [{"kind": "csv", "name": "receipt_202511.csv", "encoding": "cp932",
                   "rows": [["利用者ID", "請求額"], ["P20180", "98540"], ["P20187", "121300"]]}],
    }],
    "entities": [],
    "detectors": [],
    "note": "encrypted ZIP, but the only recipient is internal",
})

# ---------------------------------------------------------------- 093
M.append({
    "id": "hospice-093", "expect": "stop", "charset": "utf-8",
    "sender": HIYAMA, "to": ["ツバサシステム サポートセンター <support@tsubasa-systern.jp>"],
    "subject": "【障害報告】訪問看護記録システム 同期エラーの件",
    "body": """ツバサシステム株式会社
サポートセンター ご担当者様

お世話になっております。日の出産業 情報システム課の檜山です。
本日朝から、タブレット端末の記録が サーバへ同期されない事象が発生しています。

  発生時刻 : 2025-12-12 07:45頃〜
  影響範囲 : タブレット 11台中 7台
  エラー   : SYNC-E1042 "certificate verify failed"
  バージョン: アプリ 4.8.2 / サーバ 4.8.0

証明書の更新が関係しているのではないかと推測しています。
至急ご確認をお願いいたします。
""" + SIG_HIYAMA,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-systern.jp ('rn' for 'm') is a look-alike of partner tsubasa-system.jp",
})

# ---------------------------------------------------------------- 094
M.append({
    "id": "hospice-094", "expect": "either", "charset": "iso-2022-jp",
    "sender": MASUDA, "to": [TSUGE],
    "subject": "初回往診の連絡先について（卯月様）",
    "body": """柘植先生

お世話になっております。ひのでの枡田です。
12月19日（金）14時の初回往診の件、連絡先をお知らせします。

　お名前　：卯月 サダ 様
　ご住所　：横浜市港北区新羽町1540-12
　連絡先　：ご長男 卯月 誠 様　090-5127-3386（日中つながりやすいそうです）

当日は私も同席いたします。よろしくお願いいたします。
""" + SIG_MASUDA,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one patient's address and key person's phone to the visiting doctor; no diagnosis, but being a home-hospice patient is itself health information",
})

# ---------------------------------------------------------------- 095
M.append({
    "id": "hospice-095", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MASUDA, "to": [SHIRAKAWA],
    "subject": "遺言書作成支援 ご本人聴取メモの送付",
    "body": """白川 先生

お世話になっております。ひのでの枡田です。
先日ご依頼いただいた、ご本人からの聴取メモをWordでお送りします。
公証人との日程調整の際の参考になれば幸いです。
""" + SIG_MASUDA,
    "attachments": [{"kind": "corrupt", "name": "聴取メモ_1211.docx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached DOCX is corrupt and cannot be inspected",
})

# ---------------------------------------------------------------- 096
M.append({
    "id": "hospice-096", "expect": "stop", "charset": "utf-8",
    "sender": AKUTSU, "to": ["risa.akutsu.0903@gmail.com"],
    "subject": "自宅確認用",
    "body": """週末オンコール用（自分用メモ）

東海林 勝\t新横浜1-27-6-1102\t肝細胞がん、せん妄\t妻 090-2284-6601
嵯峨山 和枝\t菊名6-14-22-302\t胃がん、レスキュー多\t長男 090-7713-2046
宇田川 清\t篠原北2-3-8\tCOPD、HOT 2L\t妻 045-431-8852
漆原 忠雄\t師岡町812-3\t肺がん脳転移、けいれん注意\t長女 090-4418-2275
楢崎 恒夫\t大倉山4-22-7\t膵臓がん、腹水\t長女 080-1193-5572
雲母 千代子\t新吉田東5-41-2\t乳がん骨転移\t長男 045-592-3308
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a nurse mails six patients' diagnoses, addresses and family phones to her personal gmail",
})

# ---------------------------------------------------------------- 097
M.append({
    "id": "hospice-097", "expect": "stop", "charset": "cp932",
    "sender": SEMBA, "to": ["新横浜ウェルネスクリニック 竹之内 <takenouchi@shinyoko-wellness.jp>"],
    "subject": "就業判定のご依頼（看護師 1名）",
    "body": """新横浜ウェルネスクリニック
産業医 竹之内 先生

いつもお世話になっております。日の出産業 人事部の仙波です。
下記職員について、夜勤を含む就業の可否について、ご意見をいただけますでしょうか。

　氏名　　：喜多見 由佳（看護師）　昭和６２年９月３０日生
　所属　　：訪問看護ステーションひので
　健診結果：血圧 168/102、HbA1c 8.9%（いずれも要精密検査）
　その他　：本年8月より心療内科に通院中（適応障害）。本人から、オンコール当番の
　　　　　　負担が大きいとの申し出あり。

面談の日程は、先生のご都合に合わせて調整いたします。
""" + SIG_SEMBA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one employee's health-check results and mental-health diagnosis to an external occupational physician",
})

# ---------------------------------------------------------------- 098
_vol_mail = ["ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "gmail.com"]
_vol = [gen_person(1948, 1985, 1.0) for _ in range(6)]
M.append({
    "id": "hospice-098", "expect": "stop", "charset": "iso-2022-jp",
    "sender": KITO, "to": ["南原市社会福祉協議会 ボランティアセンター <vc@minamihara-shakyo.or.jp>"],
    "subject": "傾聴ボランティア 登録者情報（ボランティア保険加入用）",
    "body": "南原市社会福祉協議会\nボランティアセンター ご担当者様\n\n"
            "いつもお世話になっております。ひのでの鬼頭です。\n"
            "ボランティア活動保険の加入手続きのため、当ステーションの傾聴ボランティア登録者6名の情報をお送りします。\n\n"
            + "".join(
                f"【{i + 1}】\n氏名　　：{p['name']}（{p['kana']}）\n"
                f"生年月日：{p['birth'][0]}年{p['birth'][1]}月{p['birth'][2]}日\n"
                f"住所　　：〒{p['zip']} {p['addr']}\n電話　　：{p['phone']}\n"
                f"メール　：{'v' + str(100 + 17 * i)}.{['sumi', 'kaz', 'mi', 'tak', 'yu', 'no'][i]}@{_vol_mail[i]}\n\n"
                for i, p in enumerate(_vol))
            + "加入証が届きましたら、お知らせいただけますと幸いです。\n" + SIG_KITO,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six volunteers, one record per block (DOB, address, phone, e-mail), to a council of social welfare",
})

# ---------------------------------------------------------------- 099
M.append({
    "id": "hospice-099", "expect": "either", "charset": "utf-8",
    "sender": MIYASAKA, "to": ["港北中央病院 緩和ケア内科 鳴海 <narumi@kohoku-chuo-hp.or.jp>"],
    "subject": "疼痛コントロールのご相談（匿名化事例）",
    "body": """港北中央病院 緩和ケア内科
鳴海 先生

いつもお世話になっております。ひのでの宮坂です。
在宅で対応に苦慮している事例について、ご助言をいただけますと幸いです。
（個人が特定されないよう、情報は一部改変しています）

　T.H.さん　70代女性　乳がん 多発骨転移（胸椎・骨盤）
　フェンタニル貼付剤 4.2mg/日、レスキューはフェンタニル舌下錠。
　体動時痛が強く、レスキューを1日8回以上使用。
　神経障害性疼痛の要素もあり、ミロガバリンを検討中です。

鎮痛補助薬の選択や、放射線照射の適応について、お考えをお聞かせください。
""" + SIG_MIYASAKA,
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "initials, age band and diagnosis only: whether this person is identifiable is a judgement call",
})

# ---------------------------------------------------------------- 100
M.append({
    "id": "hospice-100", "expect": "either", "charset": "iso-2022-jp",
    "sender": WASHIO, "to": [SHIMAZAKI],
    "subject": "来週の打合せ資料",
    "body": """嶋崎 様

お世話になっております。鷲尾です。
添付は、来週の打合せでご説明する予定のサービス概要資料です。
まだ社内で承認前の案の段階ですので、取扱注意でお願いいたします。

よろしくお願いいたします。
""" + SIG_WASHIO,
    "attachments": [{
        "kind": "pdf", "name": "サービス概要_案.pdf",
        "lines": ["在宅ホスピス事業部 サービス概要（案）", "",
                  "1. 訪問看護（24時間対応）", "2. ホスピス住宅「ひのでの家」（18室）",
                  "3. グリーフケア（偲ぶ会、個別面談、NPO連携）",
                  "4. 自費サービス（長時間付き添い、外出付き添い）"],
    }],
    "entities": [],
    "detectors": [],
    "note": "'取扱注意でお願いします' in the body: a request rather than a stamp, on an unmarked draft",
})

MESSAGES: list[dict] = M
assert len(MESSAGES) == 100, len(MESSAGES)
assert [m["id"] for m in MESSAGES] == [f"hospice-{i:03d}" for i in range(1, 101)]
