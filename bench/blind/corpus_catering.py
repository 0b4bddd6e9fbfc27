"""Blind corpus, area: catering — 日の出産業 給食事業部.

School, hospital and company-canteen catering: allergy lists of pupils and patients,
therapeutic diets (糖尿病食・腎臓食), halal / vegetarian requests, staff health checks and
stool tests (検便), food suppliers, menus, hygiene inspections.  Written from BRIEF.md
only.  My Number / card seeds start at 1901.
"""

from __future__ import annotations

import random

from build import card_number, my_number

# -- invented people -------------------------------------------------------------------

_SEI = [
    ("日下部", "クサカベ"), ("東海林", "ショウジ"), ("勅使河原", "テシガワラ"), ("四十物", "アイモノ"),
    ("小鳥遊", "タカナシ"), ("五百旗頭", "イオキベ"), ("御手洗", "ミタライ"), ("長谷川", "ハセガワ"),
    ("渡邉", "ワタナベ"), ("堀口", "ホリグチ"), ("栗原", "クリハラ"), ("真壁", "マカベ"),
    ("宍戸", "シシド"), ("比嘉", "ヒガ"), ("金城", "キンジョウ"), ("安齋", "アンザイ"),
    ("百目鬼", "ドウメキ"), ("村上", "ムラカミ"), ("杉浦", "スギウラ"), ("相馬", "ソウマ"),
    ("乙部", "オトベ"), ("砂川", "スナガワ"), ("猪瀬", "イノセ"), ("神保", "ジンボ"),
    ("桧山", "ヒヤマ"), ("仲宗根", "ナカソネ"), ("鬼頭", "キトウ"), ("上遠野", "カドノ"),
    ("八木橋", "ヤギハシ"), ("鈴鹿", "スズカ"), ("尾花", "オバナ"), ("千葉", "チバ"),
]
_KID = [
    ("湊", "ミナト"), ("結菜", "ユイナ"), ("蒼", "アオイ"), ("芽依", "メイ"), ("陽翔", "ハルト"),
    ("凛", "リン"), ("悠真", "ユウマ"), ("紬", "ツムギ"), ("大和", "ヤマト"), ("陽葵", "ヒマリ"),
    ("颯太", "ソウタ"), ("美咲", "ミサキ"), ("樹", "イツキ"), ("心春", "コハル"), ("律", "リツ"),
    ("杏", "アン"), ("朔", "サク"), ("花音", "カノン"), ("琉生", "ルイ"), ("柚希", "ユズキ"),
]
_ADULT = [
    ("和子", "カズコ"), ("正樹", "マサキ"), ("恵美", "エミ"), ("浩二", "コウジ"), ("智子", "トモコ"),
    ("隆", "タカシ"), ("由美子", "ユミコ"), ("健一", "ケンイチ"), ("幸恵", "サチエ"), ("勝也", "カツヤ"),
    ("礼子", "レイコ"), ("博之", "ヒロユキ"), ("千鶴", "チヅル"), ("輝男", "テルオ"), ("房江", "フサエ"),
    ("誠", "マコト"), ("佳代", "カヨ"), ("伸一", "シンイチ"), ("節子", "セツコ"), ("聡美", "サトミ"),
    ("良平", "リョウヘイ"), ("瑞穂", "ミズホ"), ("孝志", "タカシ"), ("久美", "クミ"),
]
_TOWNS = [
    ("神奈川県", "横浜市港北区", "日吉本町"), ("神奈川県", "川崎市中原区", "木月"),
    ("神奈川県", "相模原市南区", "相南"), ("東京都", "町田市", "成瀬台"),
    ("神奈川県", "大和市", "中央林間"), ("神奈川県", "横浜市青葉区", "藤が丘"),
    ("東京都", "世田谷区", "上用賀"), ("神奈川県", "座間市", "相武台"),
    ("神奈川県", "海老名市", "国分寺台"), ("東京都", "大田区", "鵜の木"),
    ("神奈川県", "横浜市戸塚区", "上倉田町"), ("神奈川県", "藤沢市", "善行"),
]

_FW = str.maketrans("0123456789-.HSR/", "０１２３４５６７８９－．ＨＳＲ／")


def fw(s: str) -> str:
    """Full-width digits and hyphens, as some people type them."""
    return s.translate(_FW)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, short, n = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, short, n = "平成", "H", y - 1988
    else:
        era, short, n = "昭和", "S", y - 1925
    if style == "short":
        return f"{short}{n}.{m}.{d}"
    if style == "fwshort":
        return fw(f"{short}{n}.{m}.{d}")
    n_s = "元" if n == 1 else str(n)
    return f"{era}{n_s}年{m}月{d}日"


def person(i: int, kind: str = "adult") -> dict:
    rng = random.Random(f"catering-{kind}-{i}")
    sei, sei_k = rng.choice(_SEI)
    mei, mei_k = rng.choice(_KID if kind == "kid" else _ADULT)
    if kind == "kid":
        y = rng.randint(2012, 2018)
    elif kind == "patient":
        y = rng.randint(1931, 1965)
    else:
        y = rng.randint(1962, 2003)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    pref, city, town = _TOWNS[rng.randrange(len(_TOWNS))]
    addr = f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    if rng.random() < 0.35:
        addr += f" {rng.choice(['コーポ', 'ハイツ', 'メゾン'])}{rng.choice(['桜', '若葉', 'ひまわり', '緑'])}{rng.randint(1, 3)}0{rng.randint(1, 8)}"
    zipc = f"{rng.randint(190, 259)}-{rng.randint(0, 9999):04d}"
    phone = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    return {
        "name": f"{sei} {mei}", "kana": f"{sei_k} {mei_k}", "sei": sei, "mei": mei,
        "y": y, "m": m, "d": d, "dob": f"{y}/{m:02d}/{d:02d}", "addr": addr, "zip": zipc,
        "phone": phone, "rng": rng,
    }


def pad(s: str, width: int, fill: str = " ") -> str:
    w = sum(2 if ord(c) > 0x2E80 else 1 for c in s)
    if fill == "　":
        return s + "　" * max(0, (width - w + 1) // 2)
    return s + " " * max(0, width - w)


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP = corp_number("020001087341")

# -- signatures and disclaimers ----------------------------------------------------------

SIG_MORISHITA = """
━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　給食事業部　栄養管理課
管理栄養士　森下 佳奈（Morishita Kana）
〒231-0023 神奈川県横浜市中区山下町88-3 日の出ビル5F
TEL 045-662-7810（代）／FAX 045-662-7811
k.morishita@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_FUJISHIRO = """
--------------------------------------------------
日の出産業株式会社 給食事業部 営業課
藤代 拓海
〒231-0023 横浜市中区山下町88-3 日の出ビル5F
TEL: 045-662-7815  携帯: 080-3317-2290
E-mail: t.fujishiro@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_ONODERA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業（株）給食事業部　衛生管理室
小野寺 千秋
TEL 045-662-7820（直通）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_WASHIO = """
---
日の出産業株式会社 給食事業部 業務課（購買担当）
鷲尾 剛  Tsuyoshi Washio
TEL 045-662-7818 / FAX 045-662-7819
t.washio@hinode-sangyo.co.jp"""

SIG_USAMI = """
────────────────────
日の出産業株式会社
給食事業部　総務・労務担当
宇佐美 由紀子
〒231-0023 横浜市中区山下町88-3
TEL 045-662-7812
────────────────────"""

SIG_KOGA = """
--
日の出産業株式会社 給食事業部
桜ヶ丘学校給食センター 所長　古閑 健太郎
〒252-0311 神奈川県相模原市南区東林間9-14-2
TEL 042-741-5520 FAX 042-741-5521"""

SIG_TAKENOUCHI = """
-------------------------------
日の出産業株式会社 給食事業部
病院給食グループ チーフ（東雲総合病院 厨房）
竹之内 麻衣
PHS 4721 ／ 厨房直通 045-881-3906
m.takenouchi@hinode-sangyo.co.jp
-------------------------------"""

SIG_EN = """
Best regards,

Takumi Fujishiro
Sales Section, Contract Catering Division
Hinode Sangyo Co., Ltd.
5F Hinode Bldg., 88-3 Yamashita-cho, Naka-ku, Yokohama 231-0023, Japan
Tel: +81-45-662-7815"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# ---------------------------------------------------------------------------------------
# 001 stop — allergy list of pupils, space-padded table in the body, to a school
_alg = ["卵", "乳", "小麦", "えび・かに", "落花生", "そば", "卵・乳", "キウイ", "大豆", "ごま"]
_rows = []
for i in range(8):
    p = person(100 + i, "kid")
    _rows.append("  " + pad(f"{1 + i % 6}-{1 + (i * 3) % 4}", 8) + pad(p["name"], 16)
                 + pad(_alg[i], 14) + pad(["完全除去", "代替食", "一部除去", "弁当持参"][i % 4], 12)
                 + ("有" if i in (2, 5) else "無"))
add(
    id="catering-001", expect="stop", charset="iso-2022-jp",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["片岡 美穂 <m.kataoka@sakuragaoka2-es.ed.jp>"],
    subject="2学期 食物アレルギー対応児童一覧のご確認",
    body=f"""片岡先生

いつもお世話になっております。日の出産業 給食事業部の森下です。
2学期の食物アレルギー対応について、1学期末の個別面談の結果を反映した一覧を
下記にまとめました。内容に相違がないか、9月1日（月）までにご確認いただけますでしょうか。

  学年組  氏名            原因食品      対応        エピペン
  ----------------------------------------------------------------
""" + "\n".join(_rows) + f"""

※3-3の児童は医師の指示書により、9月から乳の解除が予定されています。
　解除日が確定しましたらご連絡ください。

よろしくお願いいたします。
{SIG_MORISHITA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="8 pupils' names with food allergies (health data) in a padded table to a school",
)

# 002 pass — ordinary purchase order to one supplier contact
add(
    id="catering-002", expect="pass", charset="iso-2022-jp",
    sender="鷲尾 剛 <t.washio@hinode-sangyo.co.jp>",
    to=["丸福青果 営業部 栗山様 <kuriyama@marufuku-seika.co.jp>"],
    subject="【発注】9/8納品分 野菜類（発注No. HS-250908-031）",
    body=f"""丸福青果株式会社
営業部 栗山様

いつもお世話になっております。日の出産業の鷲尾です。
9月8日（月）納品分の発注をお送りします。

発注No. HS-250908-031
納品先：桜ヶ丘学校給食センター（相模原市南区東林間9-14-2）
納品時間：6:30～7:00

 品番       品名                 規格      数量
 V-1102     たまねぎ             L 20kg    12箱
 V-1210     にんじん             M 10kg     8箱
 V-1315     じゃがいも（男爵）   L 10kg    10箱
 V-2044     キャベツ             8玉入      6箱
 V-3301     小松菜               1kg束     25束

前回ご相談した小松菜の産地切替（群馬→埼玉）は今回からで問題ありません。
納品書は従来どおり2部でお願いいたします。
{SIG_WASHIO}
""",
    entities=[], detectors=[],
    note="purchase order with product codes to one supplier contact: ordinary business mail",
)

# 003 stop — XLSX: patients on therapeutic diets with DOB, to the hospital's billing office
_diets = ["エネルギーコントロール食 1600kcal（糖尿病）", "蛋白制限食 40g（慢性腎臓病）",
          "塩分制限食 6g（心不全）", "潰瘍食（胃潰瘍）", "エネルギーコントロール食 1400kcal（糖尿病）",
          "蛋白制限食 30g・K制限（CKD ステージ4）", "肝臓食（肝硬変）", "脂質制限食（膵炎）",
          "嚥下調整食 2-1（脳梗塞後）", "エネルギーコントロール食 1800kcal（2型糖尿病）",
          "透析食（血液透析）", "貧血食（鉄欠乏性貧血）"]
_sheet = [["東雲総合病院　2025年9月分　特別食加算対象患者一覧", "", "", "", "", ""],
          ["作成：日の出産業（株）病院給食グループ", "", "", "", "", ""],
          ["病棟", "病室", "患者ID", "氏名", "生年月日", "食種（病名）", "開始日"]]
for i, dd in enumerate(_diets):
    p = person(200 + i, "patient")
    _sheet.append([f"{3 + i % 4}{'東西'[i % 2]}", f"{300 + i * 7 % 40 + (i % 4) * 100}",
                   f"P{48213 + i * 37:07d}", p["name"], p["dob"], dd, f"2025/09/{1 + i * 2:02d}"])
add(
    id="catering-003", expect="stop", charset="shift_jis",
    sender="竹之内 麻衣 <m.takenouchi@hinode-sangyo.co.jp>",
    to=["医事課 請求係 <iji-seikyu@shinonome-hp.or.jp>"],
    subject="9月分 特別食加算 対象者一覧の送付",
    body=f"""東雲総合病院 医事課 請求係 御中

お世話になっております。厨房の竹之内です。
9月分の特別食加算対象患者の一覧を添付いたします。
「食種コード」シートの表記を10月から新コードに合わせていますのでご注意ください。

不明点がございましたら厨房（内線 4721）までお願いします。
{SIG_TAKENOUCHI}
""",
    attachments=[{"kind": "xlsx", "name": "2025-09_特別食加算対象者.xlsx",
                  "sheets": {"9月分": _sheet,
                             "食種コード": [["コード", "食種"], ["E16", "エネルギーコントロール食1600"],
                                        ["P40", "蛋白制限食40g"], ["S6", "塩分制限食6g"]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX of 12 patients with DOB and diagnosis-revealing therapeutic diets to the hospital",
)

# 004 pass — internal only: stool test results including a positive
add(
    id="catering-004", expect="pass", charset="iso-2022-jp",
    sender="小野寺 千秋 <c.onodera@hinode-sangyo.co.jp>",
    to=["宇佐美 由紀子 <y.usami@hinode-sangyo.co.jp>", "古閑 健太郎 <k.koga@hinode-sangyo.co.jp>"],
    subject="8月分 検便結果（桜ヶ丘センター）陽性者1名",
    body="""宇佐美さん、古閑所長

衛生管理室の小野寺です。8月分の検便結果が検査機関から届きました。
桜ヶ丘センター受検者 42名中、下記1名がサルモネラ属菌 陽性でした。

  氏名：乙部 礼子（調理員・パート）
  検体採取日：8/25　結果：サルモネラ属菌 陽性（O7群）　ノロ：陰性
  本人症状：なし

マニュアルに従い、本日より調理業務から外して再検査（2回連続陰性まで）とします。
シフト調整を古閑所長にお願いします。休業補償の扱いは宇佐美さんと相談させてください。

その他 41名は全項目陰性です。
小野寺""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="a staff member's positive stool test, but every recipient is internal",
)

# 005 stop — My Number of a new part-timer to the labour consultant
_p = person(300)
add(
    id="catering-005", expect="stop", charset="iso-2022-jp",
    sender="宇佐美 由紀子 <y.usami@hinode-sangyo.co.jp>",
    to=["田中社会保険労務士事務所 <office@tanaka-sr.jp>"],
    subject="雇用保険資格取得の件（9/1入社 パート1名）",
    body=f"""田中社会保険労務士事務所
ご担当者様

いつもお世話になっております。日の出産業の宇佐美です。
9月1日付で桜ヶ丘学校給食センターに入社したパート調理員1名について、
雇用保険の資格取得手続きをお願いいたします。

氏名　　：{_p['name']}（{_p['kana']}）
生年月日：{wareki(_p['y'], _p['m'], _p['d'])}
住所　　：〒{_p['zip']} {_p['addr']}
個人番号：{my_number(1901)}
週所定労働時間：25時間　賃金：時給1,180円

雇用契約書の写しは郵送いたします。
{SIG_USAMI}
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a new employee's My Number with name, DOB and address to an outside labour consultant",
)

# 006 pass — result of the health-centre inspection, facility-level only, to the client
add(
    id="catering-006", expect="pass", charset="shift_jis",
    sender="小野寺 千秋 <c.onodera@hinode-sangyo.co.jp>",
    to=["大和精工株式会社 総務部 原田様 <harada.n@yamato-seiko.co.jp>"],
    subject="社員食堂 保健所立入検査の結果ご報告",
    body=f"""大和精工株式会社
総務部　原田様

平素より大変お世話になっております。
9月4日に実施されました相模原市保健所による社員食堂の立入検査について、結果をご報告いたします。

【総合評価】良好（重大な指摘なし）
【指摘事項】
　1. 手洗い場のペーパータオル補充が不十分な時間帯があった
　2. 冷蔵庫（No.3）の温度記録に一部記入漏れ（9/1 15時）
【対応】
　1. 補充チェックを11時・14時の2回に増やしました
　2. 記録表に確認者欄を追加し、責任者が毎日確認します

改善報告書は9月12日までに保健所へ提出予定です。写しを後日お届けします。
{SIG_ONODERA}
{DISC_JA}
""",
    entities=[], detectors=[],
    note="facility inspection result to one client contact, no people's data; disclaimer only",
)

# 007 stop — menu change sent to five schools with everyone in To
add(
    id="catering-007", expect="stop", charset="iso-2022-jp",
    sender="古閑 健太郎 <k.koga@hinode-sangyo.co.jp>",
    to=["m.kataoka@sakuragaoka2-es.ed.jp", "eiyo@aobadai-es.ed.jp",
        "kyushoku@minamino-jhs.ed.jp", "s.hoshino@stclare-gakuen.ac.jp",
        "gakko-kyushoku@kyoiku.sakuragaoka.lg.jp"],
    subject="【献立変更】10月15日（水）主菜の変更について",
    body=f"""各校 給食ご担当者様

いつも大変お世話になっております。桜ヶ丘学校給食センターの古閑です。

さんまの水揚げ不足により、10月15日（水）の主菜を下記のとおり変更させていただきます。

　変更前：さんまの蒲焼き（アレルゲン：小麦・大豆）
　変更後：さばの味噌煮　（アレルゲン：大豆・さば）

※さばアレルギー対応の児童・生徒がいる学校は、別途代替食（鶏の照り焼き）を
　ご用意しますので、10月6日までに食数をお知らせください。

ご迷惑をおかけしますが、よろしくお願いいたします。
{SIG_KOGA}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five external schools/boards in To can all see each other's addresses",
)

# 008 stop — look-alike of the partner kitaguni-foods.co.jp (letter dropped)
add(
    id="catering-008", expect="stop", charset="shift_jis",
    sender="鷲尾 剛 <t.washio@hinode-sangyo.co.jp>",
    to=["北国フーズ 受注センター <juchu@kitaguni-food.co.jp>"],
    subject="冷凍食品 追加発注（10月第1週）",
    body=f"""北国フーズ株式会社 受注センター御中

お世話になっております。日の出産業 鷲尾です。
10月第1週分について、下記を追加でお願いいたします。

・KF-20331 かぼちゃコロッケ（60g）　　 40袋
・KF-10877 白身魚フライ（骨なし50g）　 30袋
・KF-40210 冷凍ブロッコリー（1kg）　　 25袋

納品は10/1（水）東林間センター着でお願いします。
単価は8月改定後の価格表どおりと認識しております。
{SIG_WASHIO}
""",
    entities=[], detectors=["lookalike_domain"],
    note="recipient domain kitaguni-food.co.jp is a one-letter look-alike of partner kitaguni-foods.co.jp",
)

# 009 pass — two partner organisations in one delivery mail
add(
    id="catering-009", expect="pass", charset="iso-2022-jp",
    sender="鷲尾 剛 <t.washio@hinode-sangyo.co.jp>",
    to=["北国フーズ 物流課 大津様 <otsu@kitaguni-foods.co.jp>"],
    cc=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="Re: 10月からの冷凍便 納品時間変更の件",
    body=f"""北国フーズ　大津様
（cc：青葉運輸 配車センター様）

お世話になっております。日の出産業の鷲尾です。
10月1日以降、東林間センターへの冷凍便の着時間を 6:00 → 5:30 に前倒しする件、
当方も問題ございません。

青葉運輸様には、バース2番（冷凍専用）をご利用いただくようお願いいたします。
センターの開錠は5:15、受入担当は早番リーダーが対応します。

取り急ぎご返信まで。
{SIG_WASHIO}

> 日の出産業 鷲尾様
> 10月より青葉運輸様のルート再編に伴い、着時間を30分早めたくご相談です。
> ご都合いかがでしょうか。
> 北国フーズ 大津
""",
    entities=[], detectors=["multiple_external_domains"],
    note="two partner organisations (supplier and carrier) in To/Cc: a normal three-way mail",
)

# 010 stop — CSV (CP932) of canteen users for the cashless system vendor
_csv = [["社員番号", "氏名", "フリガナ", "所属", "メールアドレス", "チャージ上限"]]
for i in range(30):
    p = person(400 + i)
    _csv.append([f"YS{20417 + i * 13}", p["name"], p["kana"],
                 ["製造1課", "製造2課", "品質保証部", "総務部", "技術開発部"][i % 5],
                 f"ys{20417 + i * 13}@yamato-seiko.co.jp", "10000"])
add(
    id="catering-010", expect="stop", charset="shift_jis",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援 <support-kyushoku@tsubasa-system.jp>"],
    subject="大和精工様 社員食堂キャッシュレス 利用者初期登録データ",
    body=f"""ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業の藤代です。
大和精工様 社員食堂のキャッシュレス決済導入に伴い、利用者の初期登録データ（第1弾 30名）を
CSVでお送りします。文字コードはShift_JIS、1行目がヘッダーです。

残りの約250名分は来週、総務部様から受領次第お送りします。
{SIG_FUJISHIRO}
""",
    attachments=[{"kind": "csv", "name": "yamato_users_batch1.csv", "encoding": "cp932",
                  "rows": _csv}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="CSV (CP932) of 30 employees with names, kana and e-mail addresses to a system vendor",
)

# 011 stop — 【社外秘】 stamped cost breakdown sent to the client
add(
    id="catering-011", expect="stop", charset="iso-2022-jp",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["大和精工株式会社 総務部 原田様 <harada.n@yamato-seiko.co.jp>"],
    subject="次年度 委託費のご提案（原価内訳）",
    body=f"""━━━━━━━━━━━━━━━━
【社外秘】取扱区分：社外秘
━━━━━━━━━━━━━━━━

大和精工株式会社
総務部 原田様

お世話になっております。藤代です。
先日ご依頼いただいた次年度委託費の算定根拠として、原価内訳をお送りします。

　食材費率　　　　　 41.8%（前年 39.2%）
　人件費（厨房9名）　 月額 2,864,000円
　水光熱費（貴社負担分を除く）　 月額 118,000円
　管理費・利益　　　 8.5%

食材費の上昇分を1食あたり 18円 ご負担いただく案と、
メニュー構成の見直しで 9円 に抑える案の2案をご用意しました。
詳細はお打ち合わせの際にご説明いたします。
{SIG_FUJISHIRO}
""",
    entities=[], detectors=["confidential_marking"],
    note="mail carries a 社外秘 classification stamp and goes to an external client",
)

# 012 pass — NDA draft with a new fish supplier
add(
    id="catering-012", expect="pass", charset="utf-8",
    sender="鷲尾 剛 <t.washio@hinode-sangyo.co.jp>",
    to=["海幸水産株式会社 営業企画部 岩渕様 <iwabuchi@umisachi-suisan.co.jp>"],
    subject="秘密保持契約書（案）の送付",
    body=f"""海幸水産株式会社
営業企画部　岩渕様

先日はお打ち合わせのお時間をいただき、ありがとうございました。
新規お取引の前提となる秘密保持契約書（案）をお送りします。
当社法務の雛形をベースにしておりますので、貴社でご確認のうえ、
修正のご希望があれば変更履歴でお戻しください。

なお、規格書・原料原産地情報は契約締結後にご提供いただく形で問題ございません。
{SIG_WASHIO}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_海幸水産様.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）と海幸水産株式会社（以下「乙」という。）は、"
                      "水産加工品の取引検討に関して相互に開示する秘密情報の取扱いについて、次のとおり契約を締結する。",
                      "第1条（秘密情報の定義）本契約において秘密情報とは、開示者が書面により秘密である旨を明示して"
                      "開示した技術上・営業上の情報をいう。",
                      "第2条（秘密保持義務）受領者は、秘密情報を第三者に開示・漏えいしてはならない。",
                      "第3条（有効期間）本契約の有効期間は締結日から2年間とする。",
                      "甲：横浜市中区山下町88-3　日の出産業株式会社　代表取締役　（記名押印）",
                      "乙：（記名押印）"]}],
    entities=[], detectors=[],
    note="mail about an NDA with a draft contract; no marking stamp, no people's data",
)

# 013 stop — password ZIP (PPAP) of staff health-check results to an outside clinic
add(
    id="catering-013", expect="stop", charset="iso-2022-jp",
    sender="宇佐美 由紀子 <y.usami@hinode-sangyo.co.jp>",
    to=["あおぞら産業医クリニック <jimu@aozora-sangyoi.jp>"],
    subject="定期健康診断結果（給食事業部 2025年度）送付",
    body=f"""あおぞら産業医クリニック
事務ご担当者様

いつもお世話になっております。日の出産業の宇佐美です。
給食事業部の2025年度定期健康診断結果をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールでお送りします。

就業判定のほど、よろしくお願いいたします。
{SIG_USAMI}
""",
    attachments=[{"kind": "zip", "name": "kenshin_2025_kyushoku.zip", "password": "Hnd#2025kk",
                  "files": [{"kind": "xlsx", "name": "健診結果_給食事業部.xlsx",
                             "sheets": {"結果": [["氏名", "判定"], ["（省略）", "B"]]}}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP cannot be inspected (PPAP) on its way to an outside clinic",
)

# 014 pass — statistics only: allergy meal counts per school
add(
    id="catering-014", expect="pass", charset="shift_jis",
    sender="古閑 健太郎 <k.koga@hinode-sangyo.co.jp>",
    to=["桜ヶ丘市教育委員会 学校給食課 <gakko-kyushoku@kyoiku.sakuragaoka.lg.jp>"],
    subject="9月 アレルギー対応食 提供実績（集計）",
    body=f"""桜ヶ丘市教育委員会 学校給食課 御中

お世話になっております。給食センターの古閑です。
9月分のアレルギー対応食の提供実績（学校別・原因食品別の集計）をご報告します。

学校名              対応食数/日  卵   乳   小麦  えび・かに  その他
------------------------------------------------------------------
第一小学校              7         3    2    1      0          1
第二小学校              9         4    3    0      1          1
青葉台小学校            5         2    1    1      1          0
南野中学校              6         1    2    0      2          1
合計                   27        10    8    2      4          3

誤配・誤食の報告はありませんでした。10月も同じ体制で対応いたします。
{SIG_KOGA}
""",
    entities=[], detectors=[],
    note="aggregated counts per school and allergen; no individual can be identified",
)

# 015 stop — one named employee's halal request (religion) to a meat supplier
add(
    id="catering-015", expect="stop", charset="utf-8",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["ハラールミート東京 営業部 <sales@halalmeat-tokyo.co.jp>"],
    subject="ハラール認証鶏肉の継続購入についてのご相談",
    body=f"""ハラールミート東京 営業部 ご担当者様

はじめてご連絡いたします。日の出産業 給食事業部の森下と申します。

当社が受託している東邦化成様 川崎工場の社員食堂で、10月から
インドネシア出身の技能実習生 スリ・ワヒュニ・プトリ さん（ムスリム）が
昼食・夕食を利用されることになりました。ご本人から、豚・アルコールを避け、
ハラール認証の鶏肉を使った食事を希望されています。

つきましては、認証鶏もも肉（2kg×5パック）を週1回お届けいただくことは可能でしょうか。
認証書の写しと規格書もあわせてお送りいただけますと助かります。
{SIG_MORISHITA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's religion (Muslim, halal diet) sent to an outside supplier",
)

# 016 pass — list of canteen sites (businesses) for the liability insurance renewal
add(
    id="catering-016", expect="pass", charset="iso-2022-jp",
    sender="宇佐美 由紀子 <y.usami@hinode-sangyo.co.jp>",
    to=["東海損害保険 横浜法人営業課 瀬川様 <segawa@tokai-sonpo.co.jp>"],
    subject="生産物賠償責任保険 更新用 施設一覧",
    body=f"""東海損害保険株式会社
横浜法人営業課　瀬川様

お世話になっております。日の出産業の宇佐美です。
PL保険更新にあたり、給食事業部の受託施設一覧をお送りします。

・桜ヶ丘学校給食センター　相模原市南区東林間9-14-2　TEL 042-741-5520　（1日 約6,200食）
・東雲総合病院 厨房　横浜市戸塚区上倉田町1-3-8　TEL 045-881-3900（病院代表）　（約1,100食）
・大和精工 相模原工場 社員食堂　相模原市中央区田名3-1-1　TEL 042-762-1100（代表）　（約480食）
・東邦化成 川崎工場 社員食堂　川崎市川崎区千鳥町7-2　TEL 044-288-3311（代表）　（約350食）
・みなと記念病院 厨房　横浜市金沢区並木2-12-1　TEL 045-772-6000（代表）　（約620食）

売上高の内訳は添付の申告書に記載しております。
{SIG_USAMI}
""",
    entities=[], detectors=[],
    note="a list of sites (facilities and switchboards), not of people",
)

# 017 stop — DOCX roster of kitchen staff with DOB, address and mobile for hospital ID badges
_tbl = [["No.", "氏名", "フリガナ", "生年月日", "住所", "携帯電話", "職種"]]
for i in range(7):
    p = person(500 + i)
    _tbl.append([str(i + 1), p["name"], p["kana"], wareki(p["y"], p["m"], p["d"]), p["addr"],
                 p["phone"], ["調理師", "調理員", "調理員", "栄養士", "洗浄", "調理員", "配膳"][i]])
add(
    id="catering-017", expect="stop", charset="shift_jis",
    sender="竹之内 麻衣 <m.takenouchi@hinode-sangyo.co.jp>",
    to=["東雲総合病院 施設管理課 <shisetsu@shinonome-hp.or.jp>"],
    subject="入館証発行申請（厨房スタッフ 10月配属分）",
    body=f"""東雲総合病院 施設管理課 御中

お世話になっております。厨房の竹之内です。
10月から厨房に配属となるスタッフ7名の入館証発行をお願いいたします。
申請書（Word）を添付しますので、ご確認ください。顔写真は別途お持ちします。
{SIG_TAKENOUCHI}
""",
    attachments=[{"kind": "docx", "name": "入館証発行申請書_10月.docx",
                  "paragraphs": ["入館証発行申請書", "申請者：日の出産業株式会社 病院給食グループ",
                                 "下記の者について入館証の発行を申請します。"],
                  "tables": [_tbl]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of 7 staff with DOB, home address and mobile to the hospital",
)

# 018 pass — reply; the allergy details are only in the quoted text
add(
    id="catering-018", expect="pass", charset="iso-2022-jp",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["片岡 美穂 <m.kataoka@sakuragaoka2-es.ed.jp>"],
    subject="Re: 転入児童のアレルギー対応について",
    body=f"""片岡先生

ご連絡ありがとうございます。森下です。
承知いたしました。9月16日（火）の給食から代替食で対応いたします。
献立ごとの詳細な対応表は、今週中に学校宛てにお届けします。

よろしくお願いいたします。
{SIG_MORISHITA}

> 日の出産業 森下様
>
> 9月16日付で3年1組に転入する児童のアレルギーについてお知らせします。
>   氏名：相馬 陽葵（そうま ひまり）
>   原因食品：落花生・ナッツ類（アナフィラキシー既往あり、エピペン携帯）
>   主治医：みなみ小児科クリニック
> 学校生活管理指導表の写しは保護者から受け取り済みです。
>
> 第二小学校 栄養教諭 片岡
""",
    entities=[], detectors=[],
    note="the pupil's allergy appears only in the quoted text from the recipient; new text is a plain reply",
)

# 019 stop — an employee's credit card number passed to the POS vendor for a refund
_card = card_number(1901)
add(
    id="catering-019", expect="stop", charset="iso-2022-jp",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["ツバサシステム ヘルプデスク <helpdesk@tsubasa-system.jp>"],
    subject="食堂チャージ 二重決済の返金処理のお願い",
    body=f"""ツバサシステム ヘルプデスク御中

お世話になっております。日の出産業の藤代です。
大和精工様の社員食堂で、クレジットチャージが二重に決済されたとの申し出がありました。
返金処理をお願いいたします。

利用者：真壁 正樹 様（社員番号 YS20561）
カード番号：{_card[:4]} {_card[4:8]} {_card[8:12]} {_card[12:]}
有効期限：08/28
決済日時：2025/09/03 12:14 と 12:15（各 3,000円）

ご本人には返金まで1週間程度かかる旨お伝えしています。
{SIG_FUJISHIRO}
""",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a person's full credit card number in the body to an external vendor",
)

# 020 pass — three seminar attendees with phone numbers (up to four people)
add(
    id="catering-020", expect="pass", charset="shift_jis",
    sender="小野寺 千秋 <c.onodera@hinode-sangyo.co.jp>",
    to=["相模原市保健所 食品衛生班 <shokuhin-eisei@city.sagamihara-hc.lg.jp>"],
    subject="食品衛生責任者 実務講習会 参加申込（3名）",
    body=f"""相模原市保健所　食品衛生班　ご担当者様

標記講習会（10月22日 午後の部）に、当社から下記3名の参加を申し込みます。

1. 猪瀬 幸恵　　桜ヶ丘学校給食センター　連絡先 090-4418-2093
2. 鬼頭 博之　　桜ヶ丘学校給食センター　連絡先 080-6670-1342
3. 上遠野 瑞穂　大和精工 社員食堂　　　　連絡先 070-2285-9914

受講料は当日現金でお支払いいたします。
{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three attendees with their mobile numbers: a short list under five people",
)

# ---------------------------------------------------------------------------------------
# 021 stop — colleague's address mistyped with another TLD (hinode-sangyo.com)
add(
    id="catering-021", expect="stop", charset="iso-2022-jp",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["竹之内 麻衣 <m.takenouchi@hinode-sangyo.com>"],
    subject="11月 病院食 行事食メニュー案",
    body=f"""竹之内さん

お疲れさまです。森下です。
11月の行事食（文化の日・勤労感謝の日）のメニュー案です。
原価は1食あたり +45円 以内に収まる想定です。

■11/3 文化の日（昼）
　栗ごはん／さわらの西京焼き／菊花和え／すまし汁／練り切り
■11/23 勤労感謝の日（夕）
　きのこの炊き込みごはん／鶏の治部煮／柿なます／けんちん汁

嚥下調整食・きざみ食への展開は、いつも通り厨房で調整をお願いします。
{SIG_MORISHITA}
""",
    entities=[], detectors=["lookalike_domain"],
    note="internal colleague's address typed as hinode-sangyo.com: a TLD look-alike of the own domain",
)

# 022 stop — PDF table of patients with therapeutic diet types, to the subcontracted central kitchen
_pdf_rows = [["病棟", "病室", "氏名", "年齢", "食種", "主食", "禁止・備考"]]
_kinds = ["糖尿病食1400", "腎臓食（蛋白40g）", "心臓食（塩分6g）", "嚥下調整食2-2", "潰瘍食",
          "糖尿病食1800", "透析食", "肝臓食", "嚥下調整食3", "常食（減塩）", "腎臓食（蛋白30g）"]
for i, k in enumerate(_kinds):
    p = person(600 + i, "patient")
    _pdf_rows.append([f"{4 + i % 3}階{'東西'[i % 2]}", f"{(4 + i % 3) * 100 + 5 + i}", p["name"],
                      str(2025 - p["y"]), k, ["全粥", "米飯150g", "軟飯", "パン"][i % 4],
                      ["生もの禁", "", "牛乳禁（乳糖不耐）", "", "納豆禁（ワーファリン）"][i % 5]])
add(
    id="catering-022", expect="stop", charset="cp932",
    sender="竹之内 麻衣 <m.takenouchi@hinode-sangyo.co.jp>",
    to=["デリカキッチン湘南 製造課 <seizo@delica-shonan.co.jp>"],
    subject="10/1からのクックチル分 病棟別食種一覧",
    body=f"""デリカキッチン湘南 製造課 ご担当者様

お世話になっております。日の出産業 病院給食グループの竹之内です。
10月1日からクックチルで製造いただく分について、対象患者の病棟別食種一覧（PDF）をお送りします。
禁止食材の欄を必ずご確認のうえ、盛付指示書に反映をお願いいたします。
{SIG_TAKENOUCHI}
""",
    attachments=[{"kind": "pdf", "name": "病棟別食種一覧_1001.pdf", "title": "病棟別食種一覧",
                  "lines": ["東雲総合病院　病棟別食種一覧（2025年10月1日 朝食～）", ""],
                  "table": _pdf_rows}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF table of 11 named patients with diagnosis-revealing diets to an outside kitchen",
)

# 023 pass — internal: My Numbers collected from new staff, to HR
add(
    id="catering-023", expect="pass", charset="iso-2022-jp",
    sender="古閑 健太郎 <k.koga@hinode-sangyo.co.jp>",
    to=["宇佐美 由紀子 <y.usami@hinode-sangyo.co.jp>"],
    subject="新規パート2名の個人番号（社内）",
    body=f"""宇佐美さん

お疲れさまです。古閑です。
9月入社のパート2名から個人番号カードの写しを回収しました。番号は以下のとおりです。
原本の写しは社内便（親展）で本日送ります。

・猪瀬 幸恵　個人番号 {my_number(1902)}　住所 神奈川県座間市相武台2-19-7
・鬼頭 博之　個人番号 {my_number(1903)}　住所 神奈川県大和市中央林間4-8-12 ハイツ緑203

扶養控除等申告書も同封しています。よろしくお願いします。
古閑""",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=[],
    note="My Numbers of two staff, but sent only to an internal colleague",
)

# 024 stop — one cook's positive stool test, named, to the client hospital's infection control
add(
    id="catering-024", expect="stop", charset="shift_jis",
    sender="小野寺 千秋 <c.onodera@hinode-sangyo.co.jp>",
    to=["東雲総合病院 感染対策室 <ict@shinonome-hp.or.jp>"],
    cc=["竹之内 麻衣 <m.takenouchi@hinode-sangyo.co.jp>"],
    subject="【ご報告】厨房従事者 ノロウイルス陽性者の発生について",
    body=f"""東雲総合病院 感染対策室 御中

いつもお世話になっております。日の出産業 衛生管理室の小野寺です。
9月分の定期検便において、厨房従事者1名にノロウイルス陽性が判明しましたのでご報告いたします。

　従事者：宍戸 由美子（盛付・配膳担当、パート）
　採便日：9月9日　判明日：9月11日
　症状：なし（9/8に家族が嘔吐下痢症で受診したとの申告あり）

本人は9月11日から就業停止とし、陰性確認まで自宅待機としています。
同日の盛付担当者5名は追加検査を実施中で、結果は判明次第ご報告します。
厨房内は次亜塩素酸ナトリウム（200ppm）で消毒済みです。
{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's infection test result (health data) to an external client",
)

# 025 pass — tasting event invitation with bilingual disclaimer
add(
    id="catering-025", expect="pass", charset="utf-8",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["東邦化成株式会社 人事総務課 梶原様 <kajiwara@toho-kasei.co.jp>"],
    subject="社員食堂 秋の新メニュー試食会のご案内",
    body=f"""東邦化成株式会社
人事総務課　梶原様

いつも大変お世話になっております。日の出産業の藤代です。
10月からの新メニュー導入に先立ち、試食会を下記のとおり開催いたします。

日時：9月26日（金）14:00～15:00
場所：川崎工場 社員食堂 東側スペース
内容：新定食3種（鶏の南蛮漬け／鯖のカレー竜田／大豆ミートのガパオ）と
　　　ヘルシー小鉢5種、カロリー・塩分表示の新フォーマット

ご参加人数を9月19日までにお知らせいただけますと幸いです。
{SIG_FUJISHIRO}
{DISC_JA}
{DISC_EN}
""",
    entities=[], detectors=[],
    note="ordinary invitation; the confidentiality disclaimer is boilerplate, not a marking",
)

# 026 stop — HTML-only mail: pupils' allergies with guardians' phone numbers
_trs = []
for i in range(6):
    p = person(700 + i, "kid")
    g = person(720 + i)
    _trs.append(f"<tr><td>{['1年1組','2年3組','2年1組','4年2組','5年1組','6年3組'][i]}</td>"
                f"<td>{p['name']}</td><td>{['乳','卵','小麦・大豆','落花生','えび','キウイ・バナナ'][i]}</td>"
                f"<td>{['除去','代替','除去','除去（微量も不可）','除去','除去'][i]}</td>"
                f"<td>{g['sei']} {g['mei']}（{['母','父','母','母','祖母','父'][i]}）</td><td>{g['phone']}</td></tr>")
add(
    id="catering-026", expect="stop", charset="utf-8",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["青葉台小学校 養護教諭 <hoken@aobadai-es.ed.jp>"],
    subject="緊急時連絡先つき アレルギー対応児童表（最新版）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>青葉台小学校<br>養護教諭 先生</p>
<p>いつもお世話になっております。日の出産業 給食事業部の森下です。<br>
誤食時の緊急連絡に使う一覧を、保護者の連絡先つきで更新しました。職員室掲示用にお使いください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>学年組</th><th>児童氏名</th><th>原因食品</th><th>対応</th><th>保護者</th><th>緊急連絡先</th></tr>
{''.join(_trs)}
</table>
<p>変更があればご連絡ください。</p>
<p>日の出産業株式会社 給食事業部 栄養管理課<br>森下 佳奈<br>TEL 045-662-7810</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only mail: table of 6 pupils' allergies with guardians' phone numbers",
)

# 027 stop — staffing agency's roster forwarded as an attached mail to the client hospital
_inner = []
for i in range(6):
    p = person(800 + i)
    _inner.append(f"{i + 1}) {p['name']}（{p['kana']}）　{wareki(p['y'], p['m'], p['d'], 'short')}生　"
                  f"TEL {p['phone']}　調理経験 {[3, 12, 1, 7, 20, 5][i]}年")
add(
    id="catering-027", expect="stop", charset="iso-2022-jp",
    sender="竹之内 麻衣 <m.takenouchi@hinode-sangyo.co.jp>",
    to=["東雲総合病院 栄養科 科長 <eiyo-kacho@shinonome-hp.or.jp>"],
    subject="FW: 10月派遣スタッフのご紹介（スマイルスタッフ）",
    body=f"""栄養科 科長 様

お世話になっております。竹之内です。
10月の増員分として派遣会社から紹介のあったスタッフの情報を、元のメールのまま添付します。
病院側での面談が必要な方がいればお知らせください。
{SIG_TAKENOUCHI}
""",
    attachments=[{"kind": "eml", "name": "スマイルスタッフ_紹介.eml", "message": {
        "sender": "スマイルスタッフ 横浜支店 <yokohama@smile-staff.co.jp>",
        "to": ["m.takenouchi@hinode-sangyo.co.jp"],
        "subject": "10月派遣スタッフのご紹介",
        "charset": "iso-2022-jp",
        "body": "日の出産業株式会社\n竹之内様\n\nいつもお世話になっております。スマイルスタッフの新田です。\n"
                "10月からの厨房スタッフ候補として、下記6名をご紹介いたします。\n\n"
                + "\n".join(_inner) +
                "\n\nご希望の方がいらっしゃいましたら、顔合わせの日程を調整いたします。\n"
                "スマイルスタッフ株式会社 横浜支店 新田\nTEL 045-620-1188"}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="attached mail carries 6 candidates with DOB and mobile numbers, sent on to the hospital",
)

# 028 pass — hospital dietitian and a partner supplier: two organisations
add(
    id="catering-028", expect="pass", charset="shift_jis",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["みなと記念病院 栄養管理室 <eiyo@minato-kinen.or.jp>",
        "北国フーズ 商品開発部 <kaihatsu@kitaguni-foods.co.jp>"],
    subject="ソフト食（ムース食）試作会の日程調整",
    body=f"""みなと記念病院 栄養管理室 ご担当者様
北国フーズ株式会社 商品開発部 ご担当者様

いつもお世話になっております。日の出産業の森下です。
先日お話ししたソフト食（ムース食）新商品の試作会について、候補日を挙げさせていただきます。

　① 10月7日（火）14:00～
　② 10月9日（木）10:00～
　③ 10月14日（火）14:00～

場所はみなと記念病院 厨房横の会議室をお借りする予定です。
北国フーズ様には、鶏・鮭・かぼちゃの3品をご用意いただけると助かります。
ご都合のよい日をお知らせください。
{SIG_MORISHITA}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To for a tasting meeting: allowed",
)

# 029 stop — ZIP (not encrypted) with health-check values of canteen programme participants
_hx = [["健康サポート定食 モニター参加者 健診値一覧（2025年度）"], [],
       ["社員番号", "氏名", "年齢", "BMI", "HbA1c(%)", "収縮期血圧", "判定"]]
_hc = [["社員番号", "氏名", "参加コース", "開始時体重", "3か月後体重"]]
for i in range(9):
    p = person(900 + i)
    _hx.append([f"TK{31050 + i * 11}", p["name"], 2025 - p["y"], round(24 + (i * 1.3) % 7, 1),
                round(5.8 + (i * 0.4) % 2.1, 1), 128 + (i * 9) % 35,
                ["要指導", "要医療", "要指導", "経過観察", "要医療", "要指導", "経過観察", "要指導", "要医療"][i]])
    _hc.append([f"TK{31050 + i * 11}", p["name"], ["減塩", "糖質控えめ", "減量"][i % 3],
                70 + i * 2.5, 68 + i * 2.1])
add(
    id="catering-029", expect="stop", charset="utf-8",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["東邦化成健康保険組合 保健事業課 <hoken-jigyo@toho-kasei-kenpo.or.jp>"],
    subject="健康サポート定食 モニター結果の共有",
    body=f"""東邦化成健康保険組合
保健事業課 ご担当者様

お世話になっております。日の出産業の森下です。
川崎工場 社員食堂で実施している「健康サポート定食」モニターの3か月結果をまとめました。
健診値の一覧と体重推移をZIPにまとめてお送りします。

特定保健指導との連携についてご意見をいただけますと幸いです。
{SIG_MORISHITA}
""",
    attachments=[{"kind": "zip", "name": "monitor_result_2025Q3.zip", "files": [
        {"kind": "xlsx", "name": "健診値一覧.xlsx", "sheets": {"健診値": _hx}},
        {"kind": "csv", "name": "weight.csv", "encoding": "utf-8", "rows": _hc}]}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="unencrypted ZIP with 9 named employees' health-check values (XLSX) and weights (CSV)",
)

# 030 pass — one free-mail recipient (a parent) asking about the tasting day, no health data
add(
    id="catering-030", expect="pass", charset="iso-2022-jp",
    sender="古閑 健太郎 <k.koga@hinode-sangyo.co.jp>",
    to=["n.hiyama1985@gmail.com"],
    subject="Re: 給食試食会の申し込みについて",
    body=f"""桧山様

お問い合わせありがとうございます。桜ヶ丘学校給食センターの古閑です。

保護者向け試食会は、10月18日（土）10:30から当センター2階の研修室で行います。
お申し込みは各学校経由となっておりますので、お子様の学校（第二小学校）の
配布プリントの申込欄にご記入のうえ、担任の先生にご提出ください。

試食代は1名 300円です。当日は上履きをお持ちください。
{SIG_KOGA}

> 試食会に参加したいのですが、申し込み方法を教えてください。
> 桧山
""",
    entities=[], detectors=["freemail_recipient"],
    note="one private person on free mail, ordinary information, no personal data of others",
)

# 031 stop — residence card number of a foreign cook to an administrative scrivener
_p = person(1000)
add(
    id="catering-031", expect="stop", charset="utf-8",
    sender="宇佐美 由紀子 <y.usami@hinode-sangyo.co.jp>",
    to=["みなと行政書士事務所 <info@minato-gyosei.jp>"],
    subject="在留期間更新許可申請のご依頼（調理スタッフ1名）",
    body=f"""みなと行政書士事務所
ご担当者様

いつもお世話になっております。日の出産業の宇佐美です。
当社の特定技能（外食業）スタッフ1名の在留期間更新をお願いしたく、基本情報をお送りします。

氏名：NGUYEN THI HOA（グエン・ティ・ホア）
国籍：ベトナム
生年月日：1997年3月14日
在留カード番号：UH48217053EA
在留期限：2025年12月2日
勤務先：東邦化成 川崎工場 社員食堂（日の出産業 給食事業部）

雇用条件書と直近3か月の給与明細は、来週月曜に郵送いたします。
{SIG_USAMI}
""",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a residence card number with name and DOB to an outside office",
)

# 032 stop — tab-separated list of delivery drivers with mobiles, in the body
_tsv = ["氏名\t車両番号\t携帯\t担当ルート"]
for i in range(6):
    p = person(1100 + i)
    _tsv.append(f"{p['name']}\t相模 400 {'あいうえかき'[i]} {['12-07', '33-81', '5-42', '48-19', '71-06', '9-63'][i]:>5}\t{p['phone']}\t"
                f"{['A（第一小・第二小）', 'B（青葉台小）', 'C（南野中）', 'D（北野小）', 'E（予備）', 'F（予備）'][i]}")
add(
    id="catering-032", expect="stop", charset="shift_jis",
    sender="古閑 健太郎 <k.koga@hinode-sangyo.co.jp>",
    to=["桜ヶ丘市教育委員会 学校給食課 <gakko-kyushoku@kyoiku.sakuragaoka.lg.jp>"],
    subject="配送車両・運転者の届出（2学期）",
    body=f"""学校給食課 ご担当者様

お世話になっております。給食センターの古閑です。
2学期の配送車両および運転者について、下記のとおり届け出ます（Excelから貼り付けています）。

""" + "\n".join(_tsv) + f"""

各校の校門入構証は従来どおり車両ごとに発行をお願いします。
{SIG_KOGA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated list of 6 drivers with personal mobile numbers in the body",
)

# 033 pass — quotation with product codes and the company's T-number
add(
    id="catering-033", expect="pass", charset="iso-2022-jp",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["株式会社グリーンテック横浜 総務課 野々村様 <nonomura@greentech-yokohama.co.jp>"],
    subject="お弁当配送サービス お見積り（見積No. Q-2025-0918）",
    body=f"""株式会社グリーンテック横浜
総務課　野々村様

お世話になっております。日の出産業の藤代です。
ご依頼いただいた事業所向けお弁当配送のお見積りをお送りします。

見積No. Q-2025-0918　有効期限：2025年10月31日

　品目コード　品名　　　　　　　　単価（税抜）　想定数量/日
　BT-100　　 日替わり弁当　　　　　　 520円　　　　 60
　BT-120　　 ヘルシー弁当（500kcal）　 580円　　　　 15
　BT-200　　 丼・麺セット　　　　　　 560円　　　　 20
　DL-010　　 配送料（1便）　　　　　 1,500円　　　　 1

適格請求書発行事業者登録番号：T{HINODE_CORP}
お支払条件：月末締め翌月末払い

ご検討のほど、よろしくお願いいたします。
{SIG_FUJISHIRO}
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="price quotation with product codes and the company's own registration (corporate) number",
)

# 034 stop — a cook's health insurance card number and injury to the insurer
_p = person(1200)
add(
    id="catering-034", expect="stop", charset="shift_jis",
    sender="宇佐美 由紀子 <y.usami@hinode-sangyo.co.jp>",
    to=["東海損害保険 事故受付センター <jiko-uketsuke@tokai-sonpo.co.jp>"],
    subject="傷害保険 事故報告（厨房内 熱傷）証券No. GL-7730218",
    body=f"""東海損害保険株式会社　事故受付センター御中

団体傷害保険（証券No. GL-7730218）について、事故の報告をいたします。

被保険者：{_p['name']}（{_p['kana']}）
生年月日：{_p['dob']}
健康保険証：記号 3071 番号 228
事故日時：2025年9月10日 10:40頃
場所：大和精工 相模原工場 社員食堂 厨房
状況：回転釜の湯がはね、右前腕に熱傷（Ⅱ度、約8cm）。
　　　相模原中央病院 皮膚科を受診、全治3週間の診断。

診断書は原本を郵送いたします。
{SIG_USAMI}
""",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health insurance card symbol/number plus an injury diagnosis of one employee to an insurer",
)

# 035 stop — PPTX slides listing named patients with dysphagia diet levels
_slides = [["栄養委員会 報告（9月）", "給食部門：日の出産業株式会社", "1. 嚥下調整食の提供状況",
            "2. 個別対応患者", "3. 10月の課題"],
           ["嚥下調整食 提供状況", "コード4：18名", "コード3：11名", "コード2-1/2-2：9名",
            "コード0/1j：3名"]]
_pt = ["個別対応患者（嚥下・栄養リスク）"]
for i in range(6):
    p = person(1300 + i, "patient")
    _pt.append(f"{5 + i % 2}階 {p['name']} 様 ／ {['脳梗塞後遺症', 'パーキンソン病', 'ALS', '誤嚥性肺炎', '認知症', '頭頸部がん術後'][i]}"
               f" ／ 嚥下調整食{['2-1', '2-2', '1j', '3', '2-1', '2-2'][i]}・とろみ{['中間', '濃い', '濃い', '薄い', '中間', '濃い'][i]}")
_slides.append(_pt)
_slides.append(["10月の課題", "とろみ剤の統一（2種→1種）", "ミキサー食の見た目改善", "喫食率の記録方法の統一"])
add(
    id="catering-035", expect="stop", charset="iso-2022-jp",
    sender="竹之内 麻衣 <m.takenouchi@hinode-sangyo.co.jp>",
    to=["みなと記念病院 栄養管理室 <eiyo@minato-kinen.or.jp>"],
    subject="栄養委員会資料（9月）送付",
    body=f"""みなと記念病院 栄養管理室 御中

お世話になっております。日の出産業の竹之内です。
9月26日の栄養委員会で使用する給食部門の報告資料をお送りします。
3枚目の個別対応患者は、病棟からの情報をもとに作成しております。ご確認ください。
{SIG_TAKENOUCHI}
""",
    attachments=[{"kind": "pptx", "name": "栄養委員会_給食部門報告_202509.pptx", "slides": _slides}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PPTX slide lists 6 named patients with diagnoses and dysphagia diet levels",
)

# 036 pass — internal only: encrypted ZIP between colleagues
add(
    id="catering-036", expect="pass", charset="iso-2022-jp",
    sender="宇佐美 由紀子 <y.usami@hinode-sangyo.co.jp>",
    to=["産業保健スタッフ 保健師 津田 <hokenshi.tsuda@hinode-sangyo.co.jp>"],
    subject="給食事業部 ストレスチェック高ストレス者リスト",
    body="""津田さん

お疲れさまです。宇佐美です。
給食事業部のストレスチェック高ストレス者リストをお送りします。
社内規程どおりパスワードを付けています（パスワードは別途Teamsで）。

面接指導の案内は津田さんからお願いできますでしょうか。
宇佐美""",
    attachments=[{"kind": "zip", "name": "high_stress_kyushoku.zip", "password": "tsuda-0915",
                  "files": [{"kind": "csv", "name": "list.csv", "encoding": "cp932",
                             "rows": [["氏名", "所属", "点数"], ["（略）", "", ""]]}]}],
    entities=[], detectors=[],
    note="encrypted attachment, but the only recipient is internal",
)

# 037 stop — XLSX with a 社外秘 page header sent to a supplier
add(
    id="catering-037", expect="stop", charset="shift_jis",
    sender="鷲尾 剛 <t.washio@hinode-sangyo.co.jp>",
    to=["北国フーズ 営業部 高瀬様 <takase@kitaguni-foods.co.jp>"],
    subject="下期 取扱数量の見込みについて",
    body=f"""北国フーズ株式会社
営業部　高瀬様

お世話になっております。鷲尾です。
下期の価格交渉に向けて、当社の取扱数量見込みをまとめた資料をお送りします。
施設別の数量と、他社見積との比較も入れておりますので、参考にしていただければと思います。
{SIG_WASHIO}
""",
    attachments=[{"kind": "xlsx", "name": "下期数量見込_比較.xlsx", "page_header": "社外秘",
                  "sheets": {"数量見込": [["2025年度下期 冷凍食品 取扱数量見込"],
                                       ["品番", "品名", "10月", "11月", "12月", "1月", "2月", "3月"],
                                       ["KF-20331", "かぼちゃコロッケ", 160, 150, 120, 140, 150, 100],
                                       ["KF-10877", "白身魚フライ", 120, 120, 100, 110, 120, 80]],
                             "他社比較": [["品名", "北国フーズ", "A社", "B社"],
                                      ["かぼちゃコロッケ", 38.5, 36.0, 39.2],
                                      ["白身魚フライ", 52.0, 49.8, 55.0]]}}],
    entities=[], detectors=["confidential_marking"],
    note="the XLSX is stamped 社外秘 in its page header and goes to an external supplier",
)

# 038 pass — tracking numbers with the partner carrier
add(
    id="catering-038", expect="pass", charset="iso-2022-jp",
    sender="鷲尾 剛 <t.washio@hinode-sangyo.co.jp>",
    to=["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    subject="配送状況の確認（送り状番号 3件）",
    body=f"""青葉運輸株式会社 お客様センター御中

お世話になっております。日の出産業の鷲尾です。
9月12日発送のチルド便3件が、まだ先方（東邦化成 川崎工場）に届いていないとの連絡がありました。
配送状況をご確認いただけますでしょうか。

　送り状番号：4402-7718-3305 ／ 4402-7718-3306 ／ 4402-7718-3307
　品名：給食用食材（冷蔵）　個数：各2個口

よろしくお願いいたします。
{SIG_WASHIO}
""",
    entities=[], detectors=[],
    note="tracking numbers and a business address: ordinary logistics mail",
)

# 039 stop — UTF-8 CSV of guardians' bank accounts for lunch-fee direct debit, to the partner bank
_bank = [["児童番号", "保護者氏名", "保護者カナ", "金融機関コード", "支店コード", "預金種目", "口座番号", "引落金額"]]
for i in range(24):
    g = person(1400 + i)
    _bank.append([f"SC{2401 + i}", g["name"], g["kana"], "0583", f"{110 + (i % 6) * 7:03d}", "普通",
                  f"{3000000 + (i * 7919) % 999999:07d}", "5800"])
add(
    id="catering-039", expect="stop", charset="utf-8",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["みどり銀行 法人営業部 口座振替担当 <furikae@midori-ginko.co.jp>"],
    subject="聖クレア学園 給食費 口座振替データ（10月引落分）",
    body=f"""みどり銀行 法人営業部
口座振替ご担当者様

いつもお世話になっております。日の出産業の藤代です。
聖クレア学園初等部の給食費（10月27日引落分）の口座振替データをお送りします。
今回から新入生24名分を含みます。UTF-8のCSVです。

委託者コード：8834102
{SIG_FUJISHIRO}
""",
    attachments=[{"kind": "csv", "name": "furikae_202510_stclare.csv", "encoding": "utf-8",
                  "rows": _bank}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 24 guardians' names and bank accounts to the bank",
)

# 040 pass — aggregated stool test results, no names
add(
    id="catering-040", expect="pass", charset="shift_jis",
    sender="小野寺 千秋 <c.onodera@hinode-sangyo.co.jp>",
    to=["みなと記念病院 栄養管理室 <eiyo@minato-kinen.or.jp>"],
    subject="8月分 厨房従事者 検便結果のご報告",
    body=f"""みなと記念病院 栄養管理室 御中

いつもお世話になっております。日の出産業 衛生管理室の小野寺です。
8月分の厨房従事者の検便結果をご報告します。

　受検者数：23名（うち派遣 4名）
　検査項目：赤痢菌、サルモネラ属菌、腸管出血性大腸菌O157／O26／O111、ノロウイルス（10～3月）
　結果：全員陰性

検査機関の成績書（施設単位）はPDFで保管しておりますので、必要でしたらお申し付けください。
{SIG_ONODERA}
""",
    entities=[], detectors=[],
    note="aggregate stool test figures with no individual: statistics without people",
)

# ---------------------------------------------------------------------------------------
# 041 stop — three parents on free mail, all in To
add(
    id="catering-041", expect="stop", charset="iso-2022-jp",
    sender="古閑 健太郎 <k.koga@hinode-sangyo.co.jp>",
    to=["n.hiyama1985@gmail.com", "sachie-mkb@yahoo.co.jp", "hana.chiba.0412@docomo.ne.jp"],
    subject="給食センター見学会 開始時刻変更のお知らせ",
    body=f"""保護者の皆様

桜ヶ丘学校給食センターの古閑です。
10月18日（土）の見学会・試食会について、開始時刻を 10:30 → 10:00 に変更させていただきます。
駐車場はセンター東側の第2駐車場をご利用ください。

ご不明な点がありましたら、センター（042-741-5520）までお電話ください。
{SIG_KOGA}
""",
    entities=[], detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private persons on free mail in To can see each other's addresses",
)

# 042 pass — reply under -----Original Message-----: the patient's diet is quoted, not new
add(
    id="catering-042", expect="pass", charset="shift_jis",
    sender="竹之内 麻衣 <m.takenouchi@hinode-sangyo.co.jp>",
    to=["みなと記念病院 5階東病棟 <5east-ns@minato-kinen.or.jp>"],
    subject="RE: 食事変更のお願い（5東）",
    body=f"""5階東病棟 ご担当者様

厨房の竹之内です。承知いたしました。
本日の夕食から変更して配膳いたします。

{SIG_TAKENOUCHI}

-----Original Message-----
From: 5階東病棟 <5east-ns@minato-kinen.or.jp>
Sent: Tuesday, September 16, 2025 2:05 PM
To: 竹之内 麻衣 <m.takenouchi@hinode-sangyo.co.jp>
Subject: 食事変更のお願い（5東）

厨房 御中
512号室 百目鬼 輝男 様（78歳）、本日の嚥下評価の結果、
常食 → 嚥下調整食2-1（とろみ中間）へ変更をお願いします。
糖尿病のため 1400kcal 制限は継続です。
5東 看護師 高柳
""",
    entities=[], detectors=[],
    note="the patient's details are only in the quoted original from the recipient",
)

# 043 stop — one block per person: new staff with home address and phone for parking permits
_blocks = []
for i in range(5):
    p = person(1500 + i)
    _blocks.append(f"【{i + 1}】{p['name']}（{p['kana']}）\n　　自宅：〒{p['zip']} {p['addr']}\n"
                   f"　　携帯：{p['phone']}\n　　通勤車両：{['軽自動車', '普通乗用車', '原付', '軽自動車', '普通乗用車'][i]}")
add(
    id="catering-043", expect="stop", charset="utf-8",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["東邦化成株式会社 川崎工場 守衛室 <shuei@toho-kasei.co.jp>"],
    subject="構内駐車場 利用申請（社員食堂スタッフ5名）",
    body=f"""東邦化成株式会社 川崎工場
守衛室 ご担当者様

お世話になっております。社員食堂を受託しております日の出産業の藤代です。
10月から勤務するスタッフ5名について、構内駐車場（第3駐車場）の利用を申請いたします。

""" + "\n\n".join(_blocks) + f"""

駐車許可証の受け取りは、初日朝に食堂責任者がまとめて伺います。
{SIG_FUJISHIRO}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people's home addresses and mobiles, one block per person, to a client",
)

# 044 stop — corrupt XLSX order sheet
add(
    id="catering-044", expect="stop", charset="iso-2022-jp",
    sender="鷲尾 剛 <t.washio@hinode-sangyo.co.jp>",
    to=["三河屋精肉店 <order@mikawaya-meat.co.jp>"],
    subject="10月分 精肉 発注書",
    body=f"""三河屋精肉店 御中

いつもお世話になっております。日の出産業の鷲尾です。
10月分の精肉発注書をお送りします。豚肩ロースの規格を今月から 2kgブロックに変更しています。
ご確認をお願いいたします。
{SIG_WASHIO}
""",
    attachments=[{"kind": "corrupt", "name": "精肉発注書_202510.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# 045 pass — monthly menu PDF with an allergen matrix per dish (no people)
_menu = [["日", "献立", "卵", "乳", "小麦", "えび", "かに", "落花生", "そば", "エネルギー"]]
_dishes = ["ごはん・さばの味噌煮・ごま和え・豚汁", "コッペパン・ミートボール・コールスロー・ミネストローネ",
           "カレーライス・福神漬け・フルーツポンチ", "ごはん・鶏の照り焼き・切干大根・すまし汁",
           "ソフト麺・ミートソース・海藻サラダ", "ごはん・えびフライ・キャベツ・みそ汁"]
for i, d in enumerate(_dishes):
    _menu.append([f"10/{1 + i}", d, "○" if i in (1, 4) else "", "○" if i in (1, 2) else "",
                  "○" if i in (1, 2, 4, 5) else "", "○" if i == 5 else "", "", "", "", f"{612 + i * 9}kcal"])
add(
    id="catering-045", expect="pass", charset="iso-2022-jp",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["南野中学校 給食主任 <kyushoku@minamino-jhs.ed.jp>"],
    subject="10月 献立表・アレルゲン一覧（確定版）",
    body=f"""南野中学校 給食主任 先生

お世話になっております。森下です。
10月の献立表と、料理ごとの特定原材料一覧（確定版）をお送りします。
家庭配布用のカラー版は、錦印刷さんから9月25日に納品予定です。
{SIG_MORISHITA}
""",
    attachments=[{"kind": "pdf", "name": "2025年10月_献立表_アレルゲン.pdf",
                  "lines": ["2025年10月 学校給食 献立表（中学校）", "※○は特定原材料を含むもの"],
                  "table": _menu}],
    entities=[], detectors=[],
    note="menu with allergen marks per dish: no people at all",
)

# 046 stop — English mail: named students' dietary requirements (religion, allergies)
add(
    id="catering-046", expect="stop", charset="utf-8",
    sender="Takumi Fujishiro <t.fujishiro@hinode-sangyo.co.jp>",
    to=["Ms. Rachel Whitmore <r.whitmore@yokohama-intl-school.ac.jp>"],
    subject="Dietary requirements list for the autumn term - please confirm",
    body=f"""Dear Ms. Whitmore,

Thank you for sending the updated forms. Before we finalise the autumn menu, could you
please check the list below? We compiled it from the parents' forms you forwarded.

  Grade  Student               Requirement
  -----  --------------------  -----------------------------------------------
  G2     Aarav Mehta           Vegetarian (Hindu) - no beef, no egg
  G3     Yusuf Demir           Halal (Muslim) - no pork, no alcohol in sauces
  G4     Chloe Bernard         Severe peanut & tree nut allergy (EpiPen)
  G5     Miriam Katz           Kosher-style (Jewish) - no pork, no shellfish
  G6     Lucas Oliveira        Coeliac disease - strictly gluten-free
  G6     Hana Kobayashi-Reed   Type 1 diabetes - carb count on each dish

We will label each tray with the student's name and colour code.
{SIG_EN}
{DISC_EN}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six named students with religion and medical conditions, in English, to a school",
)

# 047 pass — English mail to one business contact: renovation schedule
add(
    id="catering-047", expect="pass", charset="utf-8",
    sender="Takumi Fujishiro <t.fujishiro@hinode-sangyo.co.jp>",
    to=["Mr. Daniel Ortiz <d.ortiz@yokohama-intl-school.ac.jp>"],
    subject="Kitchen renovation - service plan during the October break",
    body=f"""Dear Mr. Ortiz,

Thank you for the meeting yesterday. As agreed, during the kitchen renovation
(October 20-31) we will serve lunch from our Sakuragaoka central kitchen:

- Delivery by 11:15 in insulated containers, 2 trucks
- Menu reduced to two main options plus the dietary trays
- Serving staff: 4 from our team, as usual

The contractor (Kanagawa Kitchen Works) will need access to the loading dock from
7:00. Could you confirm that the security office has been informed?

Please feel free to call me on my mobile, +81-80-3317-2290.
{SIG_EN}
""",
    entities=[], detectors=[],
    note="English business mail to one contact; only the sender's own phone number",
)

# 048 stop — one delivery driver's licence number for the hospital's parking registration
add(
    id="catering-048", expect="stop", charset="shift_jis",
    sender="竹之内 麻衣 <m.takenouchi@hinode-sangyo.co.jp>",
    to=["東雲総合病院 防災センター <bousai@shinonome-hp.or.jp>"],
    subject="搬入車両 駐車登録の追加（運転者変更）",
    body=f"""東雲総合病院 防災センター御中

お世話になっております。厨房の竹之内です。
食材搬入車両の運転者が10月から交代しますので、登録の変更をお願いいたします。

　運転者：尾花 伸一
　運転免許証番号：第 452108937160 号
　車両：いすゞ エルフ（冷凍車）横浜 800 さ 41-07

前任者（鈴鹿）の登録は9月末で抹消してください。
{SIG_TAKENOUCHI}
""",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a named driver's licence number (identity document) to an external facility",
)

# 049 pass — two partner organisations: printer and hotel, banquet menu cards
add(
    id="catering-049", expect="pass", charset="iso-2022-jp",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["錦印刷 制作部 小西様 <konishi@nishiki-insatsu.co.jp>"],
    cc=["さくらホテル 宴会部 <enkai@sakura-hotel.jp>"],
    subject="大和精工様 創立記念パーティー メニューカード入稿",
    body=f"""錦印刷株式会社 制作部 小西様
（cc：さくらホテル 宴会部様）

お世話になっております。日の出産業の藤代です。
11月8日の大和精工様 創立50周年記念パーティーのメニューカード原稿をお送りします。

・サイズ：A5二つ折り、120部
・納品先：さくらホテル 宴会部（11月6日必着）

料理名の英訳はホテル様にご確認いただき、問題なければそのまま入稿とさせてください。
{SIG_FUJISHIRO}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc about printing: normal three-way mail",
)

# 050 stop — look-alike of the partner hotel domain (1 for l)
add(
    id="catering-050", expect="stop", charset="iso-2022-jp",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 <yoyaku@sakura-hote1.jp>"],
    subject="11/8 大和精工様パーティー 料理プラン変更のご相談",
    body=f"""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業の藤代です。
11月8日の大和精工様パーティーについて、料理プランをブッフェAからBに変更したいとのご要望です。

　人数：120名（変更なし）
　料理：ブッフェB（1名 8,500円）
　飲物：フリードリンク 2時間

変更後のお見積りをお送りいただけますでしょうか。
{SIG_FUJISHIRO}
""",
    entities=[], detectors=["lookalike_domain"],
    note="sakura-hote1.jp imitates the partner sakura-hotel.jp with a digit for a letter",
)

# 051 stop — legacy XLS of meal-delivery clients with addresses, phones and diseases
_xls = [["配食サービス 利用者台帳（10月更新）"], [],
        ["利用者No", "氏名", "住所", "電話", "食形態", "疾病・制限", "配達時間"]]
for i in range(14):
    p = person(1600 + i, "patient")
    _xls.append([f"H-{3301 + i}", p["name"], p["addr"], f"042-7{i % 9}{i}-{4000 + i * 123}",
                 ["常食", "きざみ", "ソフト", "常食", "ミキサー"][i % 5],
                 ["糖尿病（1400kcal）", "腎臓病（減塩・蛋白制限）", "高血圧（塩分6g）", "なし",
                  "嚥下障害", "糖尿病・透析"][i % 6], ["11:00", "11:30", "17:00"][i % 3]])
add(
    id="catering-051", expect="stop", charset="cp932",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["はやて配送サービス 配車担当 <haisha@hayate-haiso.co.jp>"],
    subject="配食サービス 10月 配達先リスト",
    body=f"""はやて配送サービス 配車ご担当者様

お世話になっております。日の出産業の森下です。
10月分の配達先リスト（xls）を送ります。新規3件、停止1件を反映しています。
食形態の取り違えがないよう、ルート表への転記をお願いいたします。
{SIG_MORISHITA}
""",
    attachments=[{"kind": "xls", "name": "haishoku_riyousha_202510.xls", "sheets": {"台帳": _xls}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="legacy XLS of 14 elderly clients with addresses, phones and diseases to a courier",
)

# 052 pass — internal only (subdomain) with a 社外秘 stamp
add(
    id="catering-052", expect="pass", charset="iso-2022-jp",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["給食事業部 管理職 <kyushoku-mgr@mail.hinode-sangyo.co.jp>"],
    subject="【社外秘】みなと記念病院 次期契約 入札方針",
    body="""【社外秘】

管理職各位

藤代です。みなと記念病院の次期委託契約（2026年4月～）の入札方針案です。

・提示単価：1食 712円（現行 698円）
・人員：3名減（洗浄機更新による効率化）
・競合：2社（A社は値下げ攻勢の見込み）

9月24日の部会で最終決定します。社外への持ち出しは禁止です。
藤代""",
    entities=[], detectors=[],
    note="marked 社外秘 but addressed only to an internal (subdomain) list",
)

# 053 stop — forward of the school's mail about one pupil's allergy to a bakery supplier
add(
    id="catering-053", expect="stop", charset="shift_jis",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["パン工房こむぎ 製造担当 <seizo@pan-komugi.co.jp>"],
    subject="FW: ごま・ナッツアレルギー児童の給食パンについて",
    body=f"""パン工房こむぎ 製造ご担当者様

お世話になっております。日の出産業の森下です。
学校から下記の連絡がありました。コッペパンとレーズンパンの製造ラインで
ごま・ナッツ類の使用（同一ライン含む）があるか、ご確認いただけますでしょうか。

---------- 転送メッセージ ----------
差出人: 四十物 先生 <aimono@kitano-es.ed.jp>
件名: ごま・ナッツアレルギー児童の給食パンについて

日の出産業 森下様
4年2組の 勅使河原 悠真 さんが、先週ごま・カシューナッツによるアナフィラキシーを起こし、
救急搬送されました。主治医から、微量混入も避けるよう指示が出ています。
パンの製造ラインについて確認をお願いできますか。
北野小学校 養護教諭 四十物
-------------------------------------
{SIG_MORISHITA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forward (new text to the bakery) naming one pupil with anaphylaxis history",
)

# 054 pass — four installation workers' names and mobiles to the building manager
add(
    id="catering-054", expect="pass", charset="iso-2022-jp",
    sender="竹之内 麻衣 <m.takenouchi@hinode-sangyo.co.jp>",
    to=["みなと記念病院 施設課 <shisetsu@minato-kinen.or.jp>"],
    subject="食器洗浄機 入替工事 作業員名簿",
    body=f"""みなと記念病院 施設課 御中

お世話になっております。竹之内です。
9月27日（土）の食器洗浄機入替工事に入る作業員は以下の4名です。

　・砂川 孝志（現場責任者）　090-2741-6683
　・仲宗根 良平　　　　　　　080-5512-0937
　・八木橋 誠　　　　　　　　090-8803-2156
　・相馬 勝也　　　　　　　　070-4129-7750

作業時間は 14:00～20:00、搬入口は地下1階東側を使用します。
{SIG_TAKENOUCHI}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four workers with phone numbers: below the five-person threshold",
)

# 055 stop — basic pension number of a retiring cook to the labour consultant
_p = person(1700)
add(
    id="catering-055", expect="stop", charset="iso-2022-jp",
    sender="宇佐美 由紀子 <y.usami@hinode-sangyo.co.jp>",
    to=["田中社会保険労務士事務所 <office@tanaka-sr.jp>"],
    subject="退職者の資格喪失手続き（9/30退職 1名）",
    body=f"""田中社労士事務所 御中

お世話になっております。日の出産業の宇佐美です。
9月30日付で定年退職する調理師1名の資格喪失手続きをお願いいたします。

　氏名：{_p['name']}
　生年月日：{wareki(_p['y'], _p['m'], _p['d'])}
　基礎年金番号：4127-583096
　最終出勤日：9月27日

離職票は本人希望により発行をお願いします。
{SIG_USAMI}
""",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a basic pension number with name and DOB to an outside office",
)

# 056 stop — password-protected PDF statement to the client
add(
    id="catering-056", expect="stop", charset="iso-2022-jp",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["大和精工株式会社 経理部 <keiri@yamato-seiko.co.jp>"],
    subject="9月分 社員食堂 利用明細（パスワード付PDF）",
    body=f"""大和精工株式会社 経理部 御中

お世話になっております。日の出産業の藤代です。
9月分の社員食堂利用明細をお送りします。PDFにはパスワードを設定しております。
パスワードは従来どおり、別メールにてお知らせします。
{SIG_FUJISHIRO}
""",
    attachments=[{"kind": "pdf", "name": "利用明細_202509.pdf", "password": "ys2509",
                  "lines": ["2025年9月分 社員食堂 利用明細", "（社員別 給与控除額）"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected",
)

# 057 pass — HACCP audit schedule; the word 機密 is only mentioned
add(
    id="catering-057", expect="pass", charset="utf-8",
    sender="小野寺 千秋 <c.onodera@hinode-sangyo.co.jp>",
    to=["日本食品衛生監査機構 審査部 大谷様 <otani@jfsa-audit.or.jp>"],
    subject="HACCP適合性監査（10/21）の当日スケジュール",
    body=f"""日本食品衛生監査機構
審査部　大谷様

お世話になっております。日の出産業 衛生管理室の小野寺です。
10月21日の桜ヶ丘学校給食センターでの監査について、当日の流れをお送りします。

 9:00　開始・概要説明（2F研修室）
 9:30　現場確認（下処理室→調理室→配缶室）
11:30　記録類の確認（温度記録、検収記録、清掃記録）
13:30　講評

なお、センター内は委託元（市教育委員会）の機密保持の観点から写真撮影をご遠慮いただいております。
撮影が必要な箇所は当社担当者が撮影し、後日お渡しします。
{SIG_ONODERA}
""",
    entities=[], detectors=[],
    note="audit schedule; 機密保持 is merely mentioned, there is no classification stamp",
)

# 058 stop — full-width padded table in the body: nursery children with DOB (和暦) and allergens
_fwrows = []
for i in range(6):
    p = person(1800 + i, "kid")
    y = 2020 + i % 3
    _fwrows.append("　" + pad(["ひよこ", "ひよこ", "りす", "りす", "うさぎ", "うさぎ"][i], 10, "　")
                   + pad(p["name"].replace(" ", "　"), 16, "　")
                   + pad(wareki(y, p["m"], p["d"], "fwshort"), 18, "　")
                   + ["卵（加熱も不可）", "乳・卵", "小麦", "大豆・ごま", "魚卵", "乳"][i])
add(
    id="catering-058", expect="stop", charset="iso-2022-jp",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["わかば保育園 園長 <encho@wakaba-hoikuen.or.jp>"],
    subject="除去食対象園児の確認（10月）",
    body=f"""わかば保育園
園長先生

お世話になっております。日の出産業の森下です。
10月の除去食対象の園児について、給食室で把握している内容を送ります。
誤りがあればご指摘ください。

　クラス　　氏名　　　　　　生年月日　　　　除去食品
　――――――――――――――――――――――――――――――
""" + "\n".join(_fwrows) + f"""

離乳食の段階食の子は別途、担任の先生と調整しています。
{SIG_MORISHITA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="full-width padded table of 6 infants with 和暦 DOB and food allergies to a nursery",
)

# 059 pass — list of producers (businesses), not people
add(
    id="catering-059", expect="pass", charset="shift_jis",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["桜ヶ丘市教育委員会 学校給食課 <gakko-kyushoku@kyoiku.sakuragaoka.lg.jp>"],
    subject="地場産物使用状況（9月）と主な仕入先",
    body=f"""学校給食課 御中

お世話になっております。森下です。
9月の地場産物使用率（品目数ベース）は 34.2% でした（前年同月 31.5%）。
主な仕入先は以下のとおりです。

・JA相模原 東林間集荷場　　キャベツ、小松菜、なす　　TEL 042-749-2210
・有限会社みどり農園　　　　トマト、きゅうり　　　　　TEL 042-762-8841
・さがみ水産加工（株）　　　しらす、あじ開き　　　　　TEL 0463-22-5150
・丹沢ハム工房　　　　　　　ハム、ウインナー　　　　　TEL 046-281-3307

10月は相模原産さつまいもを使った献立を3回予定しています。
{SIG_MORISHITA}
""",
    entities=[], detectors=[],
    note="list of supplier businesses with switchboard numbers, not of people",
)

# 060 stop — unencrypted ZIP of tender documents incl. a roster of planned staff with DOB
_plan = [["No.", "氏名", "生年月日", "資格", "経験年数", "配置"]]
for i in range(8):
    p = person(1900 + i)
    _plan.append([str(i + 1), p["name"], p["dob"], ["管理栄養士", "栄養士", "調理師", "調理師", "なし",
                                                    "調理師", "なし", "栄養士"][i],
                  str([15, 6, 22, 9, 2, 11, 1, 4][i]), ["責任者", "副責任者", "調理", "調理", "洗浄",
                                                        "調理", "配膳", "献立"][i]])
add(
    id="catering-060", expect="stop", charset="iso-2022-jp",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["北野市 財務部 契約課 <keiyaku@city.kitano.lg.jp>"],
    subject="北野市立小学校給食調理業務委託 入札参加資格申請書類の提出",
    body=f"""北野市 財務部 契約課 御中

標記案件の入札参加資格申請書類を、ZIPファイルにまとめて提出いたします。
ご査収のほどよろしくお願いいたします。

　1. 会社概要.pdf
　2. 業務従事予定者名簿.docx
{SIG_FUJISHIRO}
""",
    attachments=[{"kind": "zip", "name": "入札申請書類_日の出産業.zip", "files": [
        {"kind": "pdf", "name": "会社概要.pdf",
         "lines": ["日の出産業株式会社 会社概要", "設立：1972年", "従業員数：1,240名",
                   "給食事業部 受託施設数：38", f"法人番号：{HINODE_CORP}"]},
        {"kind": "docx", "name": "業務従事予定者名簿.docx",
         "paragraphs": ["業務従事予定者名簿", "北野市立小学校給食調理業務委託"],
         "tables": [_plan]}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_CORPORATE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP with a DOCX roster of 8 planned staff with DOB, plus a company profile PDF",
)

# ---------------------------------------------------------------------------------------
# 061 stop — a staff member is a victim of stalking/DV: request to the client (crime victim)
add(
    id="catering-061", expect="stop", charset="iso-2022-jp",
    sender="宇佐美 由紀子 <y.usami@hinode-sangyo.co.jp>",
    to=["大和精工株式会社 総務部 原田様 <harada.n@yamato-seiko.co.jp>"],
    subject="社員食堂スタッフに関するお願い（守衛室へのご周知）",
    body=f"""大和精工株式会社
総務部　原田様

いつもお世話になっております。日の出産業の宇佐美です。
内密のお願いで恐縮ですが、貴社食堂に勤務している当社スタッフ 堀口 聡美 が、
元配偶者からのDV・つきまとい被害を受けており、現在、警察に相談のうえ保護命令を申し立て中です。

つきましては、外部から「堀口の勤務日・時間を教えてほしい」等の問い合わせや面会の申し出があった場合、
一切お答えいただかず、当社（045-662-7812）までご連絡いただけますでしょうか。
守衛室の皆様へのご周知をお願いいたします。

ご本人の了解を得てご連絡しております。
{SIG_USAMI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="names an employee as a crime (DV/stalking) victim, sent to an external client",
)

# 062 pass — price list with product codes
add(
    id="catering-062", expect="pass", charset="shift_jis",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["みなと記念病院 用度課 <youdo@minato-kinen.or.jp>"],
    subject="2025年度下期 付添食・職員食 価格表",
    body=f"""みなと記念病院 用度課 御中

お世話になっております。日の出産業の藤代です。
10月1日からの付添食・職員食の価格表をお送りします。食材費高騰に伴い、一部改定しております。

　コード　　区分　　　　　　　　現行　　　改定後
　SK-01　　職員食 A定食　　　　 420円　　 450円
　SK-02　　職員食 麺類　　　　　 380円　　 400円
　TS-01　　付添食 朝　　　　　　 350円　　 350円
　TS-02　　付添食 昼・夕　　　　 520円　　 550円
　EV-10　　行事食 加算　　　　　 150円　　 150円

ご不明点がございましたらご連絡ください。
{SIG_FUJISHIRO}
""",
    entities=[], detectors=[],
    note="price list with codes to one client department",
)

# 063 stop — a staff member's hearing disability disclosed to the client site
add(
    id="catering-063", expect="stop", charset="utf-8",
    sender="古閑 健太郎 <k.koga@hinode-sangyo.co.jp>",
    to=["東邦化成株式会社 川崎工場 安全衛生課 <anzen@toho-kasei.co.jp>"],
    subject="10/10 総合防災訓練への参加について",
    body=f"""東邦化成株式会社 川崎工場
安全衛生課 ご担当者様

お世話になっております。日の出産業の古閑です。
10月10日の総合防災訓練に、社員食堂スタッフ8名が参加いたします。

1点ご配慮をお願いしたいことがございます。
スタッフの 鈴鹿 房江 は聴覚障害（身体障害者手帳 2級）があり、館内放送や非常ベルが聞き取れません。
訓練時および実際の非常時には、フラッシュライトの点灯か、近くのスタッフによる
肩たたきでの合図をお願いできますでしょうか。食堂内の避難誘導は当社のリーダーが担当します。
{SIG_KOGA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's disability (hearing, certificate grade) to an external client",
)

# 064 pass — internal: patient diet list between the company's own dietitians
_int = []
for i in range(7):
    p = person(2000 + i, "patient")
    _int.append(f"  {4 + i % 3}0{i + 1}  {pad(p['name'], 14)} {['糖尿病食1600', '腎臓食40g', '心臓食', '潰瘍食', '嚥下2-1', '透析食', '肝臓食'][i]}")
add(
    id="catering-064", expect="pass", charset="iso-2022-jp",
    sender="竹之内 麻衣 <m.takenouchi@hinode-sangyo.co.jp>",
    to=["森下 佳奈 <k.morishita@hinode-sangyo.co.jp>"],
    subject="東雲 特別食の患者（献立作成用・社内）",
    body="""森下さん

竹之内です。10月献立の展開用に、現在の特別食患者を送ります。社内用です。

  病室  氏名            食種
""" + "\n".join(_int) + """

腎臓食の方は補食（低たんぱくゼリー）もお願いします。
竹之内""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="patients with diets, but the mail stays between two internal addresses",
)

# 065 stop — look-alike of the partner bank (dropped co.)
add(
    id="catering-065", expect="stop", charset="iso-2022-jp",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["みどり銀行 法人営業部 <furikae@midori-ginko.jp>"],
    subject="口座振替 11月分の締切日について",
    body=f"""みどり銀行 法人営業部 御中

お世話になっております。日の出産業の藤代です。
聖クレア学園 給食費の口座振替について、11月分のデータ提出締切日を教えていただけますでしょうか。
11月は祝日が多いため、例月の「引落日の8営業日前」で問題ないか確認させてください。

委託者コード：8834102
{SIG_FUJISHIRO}
""",
    entities=[], detectors=["lookalike_domain"],
    note="midori-ginko.jp drops the co. of the partner bank's midori-ginko.co.jp",
)

# 066 stop — DOCX incident report with a 部外秘 header to the client hospital
add(
    id="catering-066", expect="stop", charset="shift_jis",
    sender="小野寺 千秋 <c.onodera@hinode-sangyo.co.jp>",
    to=["みなと記念病院 事務長 <jimucho@minato-kinen.or.jp>"],
    subject="異物混入事案 報告書（第一報）",
    body=f"""みなと記念病院
事務長様

このたびはご迷惑をおかけし、誠に申し訳ございません。
9月17日 昼食で発生した異物（金属片）混入事案について、第一報の報告書を添付いたします。
原因調査の結果は、9月24日までに第二報としてご報告いたします。
{SIG_ONODERA}
""",
    attachments=[{"kind": "docx", "name": "異物混入事案報告書_第一報.docx", "page_header": "部外秘",
                  "paragraphs": ["異物混入事案 報告書（第一報）", "発生日時：2025年9月17日 昼食配膳時",
                                 "内容：けんちん汁に金属片（約3mm、ステンレス）1点",
                                 "健康被害：なし", "推定原因：スライサー刃の欠け（調査中）",
                                 "対応：同ロット全量廃棄、スライサー使用停止、金属探知機の導入検討"]}],
    entities=[], detectors=["confidential_marking"],
    note="the DOCX carries a 部外秘 page header and goes to an external client",
)

# 067 pass — one business contact introduced to a school
add(
    id="catering-067", expect="pass", charset="iso-2022-jp",
    sender="古閑 健太郎 <k.koga@hinode-sangyo.co.jp>",
    to=["北野小学校 校長 <kocho@kitano-es.ed.jp>"],
    subject="給食センター 副所長着任のご挨拶",
    body=f"""北野小学校
校長先生

いつもお世話になっております。桜ヶ丘学校給食センターの古閑です。
10月1日付で、副所長として 神保 誠 が着任いたします。
今後、配送・検食に関するご連絡は神保も窓口となりますので、よろしくお願いいたします。

　日の出産業株式会社 桜ヶ丘学校給食センター 副所長　神保 誠
　TEL 042-741-5522（直通）　携帯 080-2213-4470
　Mail m.jimbo@hinode-sangyo.co.jp
{SIG_KOGA}
""",
    entities=[], detectors=[],
    note="introduces one business contact of the company itself: ordinary",
)

# 068 stop — PDF application form with 8 trainees' DOB and home addresses
_pdft = [["No", "氏名", "フリガナ", "生年月日", "住所", "所属"]]
for i in range(8):
    p = person(2100 + i)
    _pdft.append([str(i + 1), p["name"], p["kana"], wareki(p["y"], p["m"], p["d"], "short"),
                  p["addr"], ["センター", "大和精工", "東邦化成", "東雲病院"][i % 4]])
add(
    id="catering-068", expect="stop", charset="cp932",
    sender="小野寺 千秋 <c.onodera@hinode-sangyo.co.jp>",
    to=["神奈川県食品衛生協会 講習係 <koshu@kanagawa-shokuei.or.jp>"],
    subject="食品衛生責任者養成講習会 団体申込書の送付",
    body=f"""神奈川県食品衛生協会 講習係 御中

お世話になっております。日の出産業株式会社の小野寺です。
11月開催の食品衛生責任者養成講習会について、当社8名の団体申込書（PDF）を送付いたします。
受講料は請求書受領後、お振込みいたします。
{SIG_ONODERA}
""",
    attachments=[{"kind": "pdf", "name": "団体申込書_日の出産業.pdf",
                  "lines": ["食品衛生責任者養成講習会　団体申込書", "申込団体：日の出産業株式会社 給食事業部"],
                  "table": _pdft}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PDF table of 8 trainees with DOB and home address to an outside association",
)

# 069 pass — freelance photographer on free mail, ordinary request
add(
    id="catering-069", expect="pass", charset="utf-8",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["Kaito Ogura <kaito.ogura.photo@gmail.com>"],
    subject="新メニュー撮影のご依頼（10/2）",
    body=f"""小倉様

先日はお見積りありがとうございました。日の出産業の藤代です。
正式に撮影をお願いしたく、詳細をお送りします。

・日時：10月2日（木）13:00～17:00
・場所：東邦化成 川崎工場 社員食堂（厨房横の控室を使えます）
・カット数：定食3種、小鉢5種、集合カット1
・用途：食堂内ポスター、社内報

当日は私が立ち会います。入構は守衛室で「日の出産業の撮影」とお伝えください。
{SIG_FUJISHIRO}
""",
    entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient (a freelancer), ordinary business content",
)

# 070 stop — a visiting chef's passport number to the partner hotel
add(
    id="catering-070", expect="stop", charset="utf-8",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["さくらホテル フロント予約 <reservation@sakura-hotel.jp>"],
    subject="宿泊予約（10/14-10/17）外国籍ゲスト1名",
    body=f"""さくらホテル フロント予約ご担当者様

お世話になっております。日の出産業の森下です。
ハラールメニュー研修の講師として招へいするシェフの宿泊をお願いいたします。

　氏名：AHMAD FAIZAL BIN RAHMAN
　国籍：マレーシア
　旅券番号：A52817364
　宿泊：10月14日～10月17日（3泊）シングル禁煙
　請求先：日の出産業株式会社 給食事業部

お食事はハラール対応の朝食をご用意いただけると助かります。
{SIG_MORISHITA}
""",
    entities=["JP_PASSPORT", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a named guest's passport number to the hotel",
)

# 071 either — one named guest's vegetarian request to the banquet hotel
add(
    id="catering-071", expect="either", charset="iso-2022-jp",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会部 <enkai@sakura-hotel.jp>"],
    subject="11/8 パーティー 個別対応のお願い（1名）",
    body=f"""さくらホテル 宴会部 御中

お世話になっております。藤代です。
11月8日の大和精工様パーティーについて、来賓の 五百旗頭 佳代 様が
ベジタリアン（肉・魚不可、乳製品・卵は可）とのことです。
ブッフェとは別に、お一人分の個別プレートをご用意いただけますでしょうか。
{SIG_FUJISHIRO}
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="a named guest's vegetarian preference: dietary choice vs. creed, either judgement is defensible",
)

# 072 stop — PDF audit report stamped 取扱注意 in the page header, to the client
add(
    id="catering-072", expect="stop", charset="shift_jis",
    sender="小野寺 千秋 <c.onodera@hinode-sangyo.co.jp>",
    to=["東邦化成株式会社 人事総務課 梶原様 <kajiwara@toho-kasei.co.jp>"],
    subject="社員食堂 社内衛生監査 結果報告（9月）",
    body=f"""東邦化成株式会社
人事総務課　梶原様

お世話になっております。日の出産業 衛生管理室の小野寺です。
9月に実施した当社の社内衛生監査の結果報告書をお送りします。
C評価の2項目については、改善計画を10月10日までにご提出いたします。
{SIG_ONODERA}
""",
    attachments=[{"kind": "pdf", "name": "衛生監査結果_東邦化成川崎_202509.pdf", "page_header": "取扱注意",
                  "lines": ["社内衛生監査 結果報告書", "対象：東邦化成 川崎工場 社員食堂", "監査日：2025年9月18日",
                            "総合評価：B（82点）"],
                  "table": [["項目", "評価", "コメント"], ["温度管理", "A", "記録良好"],
                            ["交差汚染防止", "C", "まな板の色分け不徹底"], ["排水・清掃", "C", "グリストラップ清掃周期超過"],
                            ["個人衛生", "B", "爪ブラシの補充遅れ"]]}],
    entities=[], detectors=["confidential_marking"],
    note="the PDF is stamped 取扱注意 on every page and goes to an external client",
)

# 073 pass — internal forward of a school's allergy list
_sch = []
for i in range(6):
    p = person(2200 + i, "kid")
    _sch.append(f"{1 + i}年{1 + i % 3}組\t{p['name']}\t{['乳', '卵', 'そば', '小麦', 'えび', 'ピーナッツ'][i]}")
add(
    id="catering-073", expect="pass", charset="shift_jis",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["古閑 健太郎 <k.koga@hinode-sangyo.co.jp>", "center-chori@hinode-sangyo.co.jp"],
    subject="FW: 北野小 アレルギー児童一覧（10月）",
    body="""古閑所長、調理班の皆さん

森下です。北野小から届いた10月の対象児童一覧を転送します。
えびの子が1名増えています。配缶時の名札確認を徹底してください。

---------- Forwarded message ----------
From: 四十物 <aimono@kitano-es.ed.jp>
Subject: 北野小 アレルギー児童一覧（10月）

""" + "\n".join(_sch) + """

以上6名です。よろしくお願いします。
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="a pupils' allergy list forwarded, but only to internal recipients",
)

# 074 stop — four supplier companies in To/Cc for a hygiene meeting
add(
    id="catering-074", expect="stop", charset="iso-2022-jp",
    sender="小野寺 千秋 <c.onodera@hinode-sangyo.co.jp>",
    to=["kuriyama@marufuku-seika.co.jp", "iwabuchi@umisachi-suisan.co.jp",
        "order@mikawaya-meat.co.jp"],
    cc=["otsu@kitaguni-foods.co.jp", "t.washio@hinode-sangyo.co.jp"],
    subject="納入業者 衛生管理連絡会（11/5）のご案内",
    body=f"""納入業者各位

いつもお世話になっております。日の出産業 衛生管理室の小野寺です。
年に一度の納入業者 衛生管理連絡会を下記のとおり開催いたします。

日時：11月5日（水）15:00～16:30
場所：桜ヶ丘学校給食センター 2階研修室
内容：
　1. 今年度の食中毒発生状況（全国・県内）
　2. 検収時の温度基準の見直し（冷蔵10℃以下→8℃以下）
　3. 納品車両の衛生点検について

出欠を10月24日までにご返信ください。
{SIG_ONODERA}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external supplier companies in To/Cc can see each other: should have been Bcc",
)

# 075 pass — reply quoting the client's roster of six; new text has no personal data
_q = []
for i in range(6):
    p = person(2300 + i)
    _q.append(f"> {p['name']}\t{p['phone']}\t{['製造1課', '製造2課', '品証', '総務', '技術', '製造1課'][i]}")
add(
    id="catering-075", expect="pass", charset="iso-2022-jp",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["大和精工株式会社 総務部 原田様 <harada.n@yamato-seiko.co.jp>"],
    subject="Re: 食堂運営委員 名簿（下期）",
    body=f"""原田様

お世話になっております。藤代です。
下期の食堂運営委員の名簿、確かに受け取りました。
第1回委員会は10月15日（水）12:45～、食堂奥の会議スペースで準備いたします。
{SIG_FUJISHIRO}

> 日の出産業 藤代様
> 下期の食堂運営委員は以下の6名です。
""" + "\n".join(_q) + """
> 総務部 原田
""",
    entities=[], detectors=[],
    note="the 6-person roster appears only in text quoted from the recipient's own mail",
)

# 076 stop — 「・」 bullet list of employees' food allergies to a bento subcontractor
_bul = []
for i in range(6):
    p = person(2400 + i)
    _bul.append(f"・{p['name']}（{['経営企画部', '営業本部', '総務部', '技術開発部', '品質保証部', '営業本部'][i]}）"
                f"…{['甲殻類（えび・かに）', 'そば', '乳・乳製品', '卵', '小麦（セリアック病）', 'さば・青魚'][i]}")
add(
    id="catering-076", expect="stop", charset="cp932",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["弁当のまるや 仕込み担当 <shikomi@bento-maruya.co.jp>"],
    subject="10/20 役員会議 弁当 アレルギー対応者",
    body=f"""弁当のまるや 仕込みご担当者様

お世話になっております。日の出産業の森下です。
10月20日（月）大和精工様 役員会議のお弁当（25食）のうち、アレルギー対応が必要な方は以下です。

""" + "\n".join(_bul) + f"""

対応分は容器のふたに氏名シールを貼ってお届けください。
{SIG_MORISHITA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="bullet list of 6 named employees with allergies/coeliac disease to a subcontractor",
)

# 077 pass — PPTX with canteen statistics only
add(
    id="catering-077", expect="pass", charset="utf-8",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["大和精工株式会社 総務部 原田様 <harada.n@yamato-seiko.co.jp>"],
    subject="食堂運営委員会 資料（上期実績）",
    body=f"""原田様

お世話になっております。藤代です。
10月15日の食堂運営委員会の資料（上期実績）をお送りします。
{SIG_FUJISHIRO}
""",
    attachments=[{"kind": "pptx", "name": "食堂運営委員会_上期実績.pptx", "slides": [
        ["上期（4～9月）実績", "1日平均喫食数：472食（前年比 +3.1%）", "喫食率：68.4%",
         "ヘルシー定食 選択率：18.2%"],
        ["残食率", "主菜：4.1%", "副菜：9.8%", "汁物：12.5%"],
        ["アンケート結果（回答 212名）", "満足：41%　やや満足：37%", "要望1位：麺類のバリエーション"]]}],
    entities=[], detectors=[],
    note="canteen statistics and survey percentages; no individuals",
)

# 078 stop — proposal deck with a Confidential footer to a prospective client
add(
    id="catering-078", expect="stop", charset="utf-8",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["株式会社グリーンテック横浜 総務課 野々村様 <nonomura@greentech-yokohama.co.jp>"],
    subject="社員食堂 運営委託のご提案資料",
    body=f"""野々村様

先日はお時間をいただきありがとうございました。日の出産業の藤代です。
社員食堂の運営委託についてのご提案資料をお送りします。ご検討のほどよろしくお願いいたします。
{SIG_FUJISHIRO}
""",
    attachments=[{"kind": "pptx", "name": "ご提案_社員食堂運営委託_グリーンテック横浜様.pptx",
                  "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                  "slides": [["社員食堂 運営委託のご提案", "日の出産業株式会社 給食事業部"],
                             ["運営体制", "責任者1名・調理3名・パート4名", "献立は管理栄養士が作成"],
                             ["委託費（案）", "管理費方式：月額 1,350,000円", "食単価方式：1食 540円（最低保証 200食）"]]}],
    entities=[], detectors=["confidential_marking"],
    note="each slide carries a CONFIDENTIAL footer; the deck goes to an external company",
)

# 079 pass — internal: corporate card number between colleagues
_cc = card_number(1902)
add(
    id="catering-079", expect="pass", charset="iso-2022-jp",
    sender="鷲尾 剛 <t.washio@hinode-sangyo.co.jp>",
    to=["経理部 立替精算 <keiri-seisan@hinode-sangyo.co.jp>"],
    subject="法人カード利用 明細照合のお願い",
    body=f"""経理部 ご担当者様

業務課の鷲尾です。
9月の法人カード（購買用）利用のうち、下記1件の明細が見当たらないため照合をお願いします。

　カード番号：{_cc}
　名義：HINODE SANGYO / TSUYOSHI WASHIO
　利用日：9/12　利用先：業務用厨房機器ネット通販　金額：48,400円

鷲尾""",
    entities=["CREDIT_CARD", "PERSON_NAME"], detectors=[],
    note="a card number, but the mail only goes to an internal department",
)

# 080 stop — CP932 CSV of payroll deductions for canteen use, per employee, to the client
_pay = [["社員番号", "氏名", "所属", "利用回数", "控除額"]]
for i in range(40):
    p = person(2500 + i)
    _pay.append([f"{70100 + i * 3}", p["name"], ["製造部", "物流部", "総務部", "開発部"][i % 4],
                 str(8 + (i * 7) % 14), str((8 + (i * 7) % 14) * 430)])
add(
    id="catering-080", expect="stop", charset="shift_jis",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["東邦化成株式会社 人事総務課 給与担当 <kyuyo@toho-kasei.co.jp>"],
    subject="9月分 社員食堂 給与控除データ",
    body=f"""東邦化成株式会社
人事総務課 給与ご担当者様

お世話になっております。日の出産業の藤代です。
9月分の社員食堂利用に係る給与控除データ（CSV）をお送りします。
合計 40名、控除総額は別紙請求書と一致しております。
{SIG_FUJISHIRO}
""",
    attachments=[{"kind": "csv", "name": "kyuyo_kojo_202509.csv", "encoding": "cp932", "rows": _pay}],
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="CSV (CP932) of 40 employees with employee numbers and payroll deductions to a client",
)

# ---------------------------------------------------------------------------------------
# 081 stop — corrupt DOCX sent to a school
add(
    id="catering-081", expect="stop", charset="iso-2022-jp",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["青葉台小学校 給食主任 <kyushoku@aobadai-es.ed.jp>"],
    subject="食育だより 11月号（原稿）",
    body=f"""青葉台小学校 給食主任 先生

お世話になっております。森下です。
11月号の食育だより原稿（Word）をお送りします。テーマは「地場産のさつまいも」です。
修正があれば直接書き込んでお戻しください。
{SIG_MORISHITA}
""",
    attachments=[{"kind": "corrupt", "name": "食育だより_11月号.docx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached DOCX is corrupt and cannot be inspected",
)

# 082 pass — two external organisations (board of education, health centre)
add(
    id="catering-082", expect="pass", charset="shift_jis",
    sender="小野寺 千秋 <c.onodera@hinode-sangyo.co.jp>",
    to=["桜ヶ丘市教育委員会 学校給食課 <gakko-kyushoku@kyoiku.sakuragaoka.lg.jp>"],
    cc=["相模原市保健所 食品衛生班 <shokuhin-eisei@city.sagamihara-hc.lg.jp>"],
    subject="給食センター 拭き取り検査の実施日について",
    body=f"""学校給食課 御中
（cc：相模原市保健所 食品衛生班様）

お世話になっております。日の出産業 衛生管理室の小野寺です。
保健所様による拭き取り検査（ATP・一般生菌）の実施日が 10月30日（木）13:30 に決まりました。
当日は調理終了後のため、給食の提供には影響ございません。
教育委員会様の立ち会いをご希望の場合はお知らせください。
{SIG_ONODERA}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal three-way mail",
)

# 083 stop — staff phone tree mailed to a look-alike of the own domain (hyphen for dot)
_tree = []
for i in range(7):
    p = person(2600 + i)
    _tree.append(f"{['所長', '副所長', '早番L', '早番', '遅番L', '遅番', '配送'][i]}　{p['name']}　{p['phone']}")
add(
    id="catering-083", expect="stop", charset="iso-2022-jp",
    sender="古閑 健太郎 <k.koga@hinode-sangyo.co.jp>",
    to=["神保 誠 <m.jimbo@hinode-sangyo-co.jp>"],
    subject="センター緊急連絡網（10月版）",
    body="""神保さん

古閑です。着任前に渡しておきます。センターの緊急連絡網（10月版）です。
台風・停電時は上から順に電話で回してください。

""" + "\n".join(_tree) + """

古閑""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyo-co.jp (hyphen for a dot) is not internal; 7 staff with mobile numbers",
)

# 084 pass — signatures only: reply with the sender's and a colleague's contacts
add(
    id="catering-084", expect="pass", charset="iso-2022-jp",
    sender="古閑 健太郎 <k.koga@hinode-sangyo.co.jp>",
    to=["北野小学校 校長 <kocho@kitano-es.ed.jp>"],
    cc=["神保 誠 <m.jimbo@hinode-sangyo.co.jp>"],
    subject="Re: 運動会当日の給食時間について",
    body=f"""校長先生

ご連絡ありがとうございます。古閑です。
運動会当日（10月4日）は給食なし、翌日の振替休業日も配送なしで承知いたしました。
10月6日（月）は通常どおり11:50着で配送いたします。

当日の緊急連絡は、私の携帯（090-5528-3016）または副所長 神保の携帯（080-2213-4470）まで
お願いいたします。
{SIG_KOGA}
　携帯 090-5528-3016

> 10月4日は運動会のため給食を停止してください。
> 北野小学校 校長
""",
    entities=[], detectors=[],
    note="only the sender's and a colleague's business contacts; quoted text is the recipient's own",
)

# 085 stop — XLSX with My Numbers of employees and dependants to a payroll outsourcer
_ym = [["2025年 年末調整 扶養親族 個人番号一覧（給食事業部）"], ["提出日：2025/11/14"],
       ["社員番号", "氏名", "続柄", "生年月日", "個人番号"]]
_seed = 1904
for i in range(4):
    p = person(2700 + i)
    _ym.append([f"H{50210 + i * 17}", p["name"], "本人", p["dob"], my_number(_seed)])
    _seed += 1
    sp = person(2750 + i)
    _ym.append([f"H{50210 + i * 17}", f"{p['sei']} {sp['mei']}", "配偶者", sp["dob"], my_number(_seed)])
    _seed += 1
add(
    id="catering-085", expect="stop", charset="utf-8",
    sender="宇佐美 由紀子 <y.usami@hinode-sangyo.co.jp>",
    to=["ペイロールパートナーズ 年末調整チーム <nencho@payroll-partners.co.jp>"],
    subject="年末調整 扶養親族の個人番号（給食事業部 第1回）",
    body=f"""ペイロールパートナーズ株式会社
年末調整チーム ご担当者様

いつもお世話になっております。日の出産業の宇佐美です。
給食事業部の年末調整について、扶養親族の個人番号一覧（第1回分）をお送りします。
2シート目は前年からの変更点です。
{SIG_USAMI}
""",
    attachments=[{"kind": "xlsx", "name": "扶養親族_個人番号_給食事業部_01.xlsx",
                  "sheets": {"個人番号一覧": _ym,
                             "前年からの変更": [["社員番号", "変更内容"], ["H50227", "配偶者 追加（婚姻）"]]}}],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="XLSX with 8 My Numbers of employees and spouses to an outsourced payroll company",
)

# 086 either — allergy list with class and initials only, to a supplier
add(
    id="catering-086", expect="either", charset="iso-2022-jp",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["パン工房こむぎ 製造担当 <seizo@pan-komugi.co.jp>"],
    subject="10月 アレルギー対応パンの個数（北野小）",
    body=f"""パン工房こむぎ 製造ご担当者様

お世話になっております。森下です。
10月の北野小向けアレルギー対応パン（卵・乳不使用）の内訳です。
個包装のラベルに、下記のクラスとイニシャルを印字してください。

  2年1組  K.S.  卵・乳
  3年2組  H.M.  乳
  4年2組  T.Y.  ごま・ナッツ（同一ライン不可）
  5年1組  A.O.  卵
  6年3組  R.D.  乳

計5個／日です。
{SIG_MORISHITA}
""",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="allergies tied only to class + initials: identifiability is debatable",
)

# 087 pass — two parents' names and phones for the tasting day (under five)
add(
    id="catering-087", expect="pass", charset="shift_jis",
    sender="古閑 健太郎 <k.koga@hinode-sangyo.co.jp>",
    to=["第二小学校 教頭 <kyoto@sakuragaoka2-es.ed.jp>"],
    subject="試食会 キャンセル待ちの方（2名）",
    body=f"""第二小学校 教頭先生

お世話になっております。給食センターの古閑です。
10月18日の試食会は定員に達しましたが、キャンセル待ちの方が2名いらっしゃいます。
空きが出た場合、学校からご連絡いただけますでしょうか。

　1）尾花 恵美 様（3年2組 保護者）　090-6613-2874
　2）真壁 智子 様（1年1組 保護者）　080-9027-4451
{SIG_KOGA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two parents' names and phone numbers: a short list under five people",
)

# 088 stop — TXT (CP932) emergency contact list of 10 staff to the security company
_txt = "桜ヶ丘学校給食センター　夜間・早朝 緊急連絡先（機械警備 発報時）\n更新日 2025/09/20\n\n"
_txt += "順位  氏名            役職        携帯電話\n----  --------------  ----------  -------------\n"
for i in range(10):
    p = person(2800 + i)
    _txt += f"{i + 1:>2}    {pad(p['name'], 16)}{pad(['所長', '副所長', '早番L', '遅番L', '調理', '調理', '洗浄L', '配送L', '事務', 'ボイラー'][i], 12)}{p['phone']}\n"
add(
    id="catering-088", expect="stop", charset="cp932",
    sender="古閑 健太郎 <k.koga@hinode-sangyo.co.jp>",
    to=["かながわセキュリティ 管制センター <kansei@kanagawa-security.co.jp>"],
    subject="緊急連絡先の更新（桜ヶ丘学校給食センター）",
    body=f"""かながわセキュリティ 管制センター御中

いつもお世話になっております。日の出産業の古閑です。
機械警備発報時の緊急連絡先を更新しましたので、テキストファイルでお送りします。
旧リストは破棄をお願いいたします。
{SIG_KOGA}
""",
    attachments=[{"kind": "txt", "name": "緊急連絡先_20250920.txt", "encoding": "cp932", "text": _txt}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="text file (CP932) listing 10 staff with personal mobiles to a security company",
)

# 089 pass — internal: an employee's religious dietary needs discussed between colleagues
add(
    id="catering-089", expect="pass", charset="utf-8",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>", "東邦化成食堂 厨房 <toho-kitchen@hinode-sangyo.co.jp>"],
    subject="スリさんのハラール食 運用メモ（社内）",
    body="""藤代さん、東邦化成食堂の皆さん

森下です。10月から食堂を利用されるスリ・ワヒュニ・プトリさん（ムスリム）の対応メモです。

・ハラール認証鶏肉は専用の冷凍庫（No.2 下段）で保管
・調理器具は青色の専用品を使用、揚げ油は別鍋
・みりん・料理酒は不使用（代わりに砂糖・だしで調整）
・ラマダン期間（来年2月頃）の夕食提供時間はご本人と相談

質問があれば森下まで。""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="a named person's religion, but all recipients are internal",
)

# 090 stop — attached mail with one discharged patient's kidney diet, address and phone
add(
    id="catering-090", expect="stop", charset="iso-2022-jp",
    sender="竹之内 麻衣 <m.takenouchi@hinode-sangyo.co.jp>",
    to=["ヘルシーデリ通販 お客様窓口 <order@healthy-deli.jp>"],
    subject="低たんぱく食品の宅配のご相談（退院患者様）",
    body=f"""ヘルシーデリ通販 ご担当者様

はじめまして。東雲総合病院の厨房を受託している日の出産業の竹之内と申します。
退院される患者様のご家族から、低たんぱくごはん等の定期宅配のご相談がありました。
病棟からのメールを添付しますので、対応可能な商品と価格をご提案いただけますでしょうか。
{SIG_TAKENOUCHI}
""",
    attachments=[{"kind": "eml", "name": "退院患者_宅配相談.eml", "message": {
        "sender": "東雲総合病院 4階西病棟 <4west@shinonome-hp.or.jp>",
        "to": ["m.takenouchi@hinode-sangyo.co.jp"],
        "subject": "退院後の食事について（412号室）",
        "charset": "iso-2022-jp",
        "body": "厨房 竹之内さん\n\n412号室の 上遠野 節子 様（昭和14年6月2日生）が9/30に退院予定です。\n"
                "慢性腎臓病（CKD ステージ4）で、蛋白 40g・塩分 6g 制限を継続します。\n"
                "ご家族が低たんぱく食品の宅配を希望されています。\n"
                "送付先：〒244-0816 神奈川県横浜市戸塚区上倉田町4-11-3\n"
                "連絡先：長男 上遠野 浩二 様 090-3321-7784\n\n4西 看護師長 坂巻"}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="attached mail gives one patient's kidney disease with DOB, home address and family phone",
)

# 091 pass — survey statistics only
add(
    id="catering-091", expect="pass", charset="iso-2022-jp",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["東邦化成株式会社 人事総務課 梶原様 <kajiwara@toho-kasei.co.jp>"],
    subject="社員食堂 満足度アンケート 集計結果",
    body=f"""梶原様

お世話になっております。藤代です。
9月に実施した社員食堂満足度アンケートの集計結果をご報告します。

　回答数：268名（回答率 76.6%）
　総合満足度：3.8／5.0（前回 3.5）
　「味」：3.9　「量」：3.6　「価格」：4.1　「待ち時間」：3.0
　自由記述で多かった意見：
　　・昼のピーク時（12:05～12:20）の混雑
　　・麺類の種類を増やしてほしい
　　・夜勤者向けの夕食メニューの充実

待ち時間対策として、11月から券売機を1台増設する案をご相談させてください。
{SIG_FUJISHIRO}
""",
    entities=[], detectors=[],
    note="aggregated survey results without any individual",
)

# 092 stop — a cook's criminal record disclosed to the client hospital
add(
    id="catering-092", expect="stop", charset="shift_jis",
    sender="宇佐美 由紀子 <y.usami@hinode-sangyo.co.jp>",
    to=["みなと記念病院 事務長 <jimucho@minato-kinen.or.jp>"],
    subject="厨房スタッフの配置についてのご相談",
    body=f"""みなと記念病院
事務長様

いつもお世話になっております。日の出産業 総務・労務担当の宇佐美です。
慎重に扱うべき内容のため、事務長様に直接ご相談させてください。

10月から厨房に配置予定の調理師 東海林 勝也 について、採用後の本人申告により、
2019年に窃盗罪で有罪判決（懲役1年・執行猶予3年、猶予期間は満了）を受けていたことが分かりました。
当社としては勤務態度に問題はなく配置を継続したい考えですが、
貴院の委託業者従事者の基準に照らして問題がないか、ご判断をいただけますでしょうか。
{SIG_USAMI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's criminal conviction sent to an external client",
)

# 093 pass — NDA discussion with the partner system company
add(
    id="catering-093", expect="pass", charset="iso-2022-jp",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["ツバサシステム 営業部 西岡様 <nishioka@tsubasa-system.jp>"],
    subject="献立管理システム 導入検討 / 秘密保持契約について",
    body=f"""ツバサシステム株式会社
営業部　西岡様

お世話になっております。日の出産業の森下です。
献立管理・栄養計算システムの導入検討にあたり、実データ（献立・食材マスタ）を
ご提供する前に、秘密保持契約を締結させていただきたいと考えております。

当社法務からは、
　・秘密情報の範囲に「献立・原価・取引先情報」を明記すること
　・契約終了時のデータ返却・消去の証明書提出
の2点を入れてほしいとの要望がありました。貴社の雛形で問題なければ、そちらをご送付ください。
{SIG_MORISHITA}
{DISC_JA}
""",
    entities=[], detectors=[],
    note="mail about an NDA; words like 秘密情報 are discussed, not stamped",
)

# 094 stop — English mail classified INTERNAL ONLY sent to a foreign equipment vendor
add(
    id="catering-094", expect="stop", charset="utf-8",
    sender="Tsuyoshi Washio <t.washio@hinode-sangyo.co.jp>",
    to=["Mr. Jonas Brenner <j.brenner@kuechentech.de>"],
    subject="Combi oven replacement - our site analysis",
    body=f"""Classification: INTERNAL ONLY
==============================

Dear Mr. Brenner,

Thank you for your quick reply. To help you prepare the quotation, I am sharing our
internal analysis of the combi ovens at our sites:

  Site                         Units  Age   Annual repair cost
  Sakuragaoka central kitchen    6    14y   JPY 1,840,000
  Shinonome hospital             3    11y   JPY   620,000
  Yamato Seiko canteen           2     9y   JPY   210,000

Our budget ceiling for FY2026 is JPY 42 million including installation. We are also
talking to one Japanese manufacturer, so a competitive offer would be appreciated.

Best regards,
Tsuyoshi Washio
Purchasing, Contract Catering Division, Hinode Sangyo Co., Ltd.
""",
    entities=[], detectors=["confidential_marking"],
    note="mail is classified INTERNAL ONLY and goes to an external vendor",
)

# 095 pass — list of the company's own offices (businesses)
add(
    id="catering-095", expect="pass", charset="shift_jis",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["株式会社グリーンテック横浜 総務課 野々村様 <nonomura@greentech-yokohama.co.jp>"],
    subject="当社 事業所一覧（お取引先登録用）",
    body=f"""野々村様

お世話になっております。藤代です。
お取引先登録用に、当社給食事業部の事業所一覧をお送りします。

・本部（給食事業部）　〒231-0023 横浜市中区山下町88-3 日の出ビル5F　TEL 045-662-7810
・桜ヶ丘学校給食センター　〒252-0311 相模原市南区東林間9-14-2　TEL 042-741-5520
・湘南営業所　〒251-0052 藤沢市藤沢1012-5 第3湘南ビル2F　TEL 0466-27-3350
・川崎営業所　〒210-0007 川崎市川崎区駅前本町22-1 川崎DTビル7F　TEL 044-201-8830

請求書の送付先は本部でお願いいたします。
{SIG_FUJISHIRO}
""",
    entities=[], detectors=[],
    note="list of the company's own offices with switchboards: businesses, not people",
)

# 096 stop — 【極秘】 in subject and body, to the partner law firm
add(
    id="catering-096", expect="stop", charset="iso-2022-jp",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["白川法律事務所 弁護士 白川様 <shirakawa@shirakawa-law.jp>"],
    subject="【極秘】給食会社A社 事業譲受け スキーム検討のご相談",
    body=f"""【極秘】

白川法律事務所
白川先生

いつも大変お世話になっております。日の出産業の藤代です。
先日ご相談した、湘南地区の給食会社（仮称A社、従業員約60名、受託施設12か所）の
事業譲受けについて、当社経営会議で検討を進めることとなりました。

・事業譲渡か株式取得か、スキームのメリット・デメリット
・受託契約（学校・病院）の承継に委託元の同意が必要か
・従業員の転籍手続き

の3点について、次回打ち合わせでご意見をいただけますでしょうか。
{SIG_FUJISHIRO}
""",
    entities=[], detectors=["confidential_marking"],
    note="marked 【極秘】 in subject and body and sent outside, even to a partner law firm",
)

# 097 pass — invoice with the company's bank account and corporate number
add(
    id="catering-097", expect="pass", charset="iso-2022-jp",
    sender="藤代 拓海 <t.fujishiro@hinode-sangyo.co.jp>",
    to=["大和精工株式会社 経理部 <keiri@yamato-seiko.co.jp>"],
    subject="9月分 ご請求書送付（請求No. INV-2509-0412）",
    body=f"""大和精工株式会社 経理部 御中

いつもお世話になっております。日の出産業の藤代です。
9月分 社員食堂運営委託費のご請求をお送りします。

　請求No.：INV-2509-0412
　ご請求金額：3,981,600円（税込）
　お支払期限：2025年10月31日
　お振込先：みどり銀行 山下町支店 普通 1048827 ヒノデサンギヨウ（カ
　登録番号：T{HINODE_CORP}

請求書原本は本日郵送いたしました。
{SIG_FUJISHIRO}
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with the company's own account and registration number: business data",
)

# 098 stop — forward (new text) of an agency's list: temp staff with DOB and home addresses
_fwd = []
for i in range(6):
    p = person(2900 + i)
    _fwd.append(f"{i + 1}. {p['name']}　{p['dob']}生　〒{p['zip']} {p['addr']}")
add(
    id="catering-098", expect="stop", charset="utf-8",
    sender="小野寺 千秋 <c.onodera@hinode-sangyo.co.jp>",
    to=["関東衛生検査センター 受付 <uketsuke@kanto-eiken.or.jp>"],
    subject="FW: 10月派遣スタッフ 検便キット送付先",
    body=f"""関東衛生検査センター 受付ご担当者様

お世話になっております。日の出産業 衛生管理室の小野寺です。
10月から勤務する派遣スタッフ6名について、検便キットを自宅へ直送いただけますでしょうか。
派遣会社からの連絡をそのまま転送します。請求は当社宛てでお願いします。

-------- Forwarded Message --------
Subject: 10月派遣スタッフ 検便キット送付先
From: スマイルスタッフ 横浜支店 <yokohama@smile-staff.co.jp>
To: c.onodera@hinode-sangyo.co.jp

日の出産業 小野寺様
検便キットの送付先は以下のとおりです。

""" + "\n".join(_fwd) + f"""

スマイルスタッフ 横浜支店 新田
{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a forwarded mail (new text to the lab) lists 6 people with DOB and home address",
)

# 099 either — room number and diet change without a name, to the outside kitchen
add(
    id="catering-099", expect="either", charset="shift_jis",
    sender="竹之内 麻衣 <m.takenouchi@hinode-sangyo.co.jp>",
    to=["デリカキッチン湘南 製造課 <seizo@delica-shonan.co.jp>"],
    subject="明日朝食から 食種変更1件（4階西）",
    body=f"""デリカキッチン湘南 製造課 ご担当者様

竹之内です。明日の朝食から、下記1件の変更をお願いします。

　4階西 412号室：常食 → 腎臓食（蛋白30g・K制限）ソフト
　主食：全粥 → 軟飯

盛付指示書の差し替え版は本日17時までにFAXします。
{SIG_TAKENOUCHI}
""",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a kidney diet tied to a room number but no name: identifiable only with hospital data",
)

# 100 pass — internal English mail with passport numbers for a study tour
add(
    id="catering-100", expect="pass", charset="utf-8",
    sender="Takumi Fujishiro <t.fujishiro@hinode-sangyo.co.jp>",
    to=["General Affairs Travel Desk <travel@hinode-sangyo.co.jp>"],
    subject="Singapore central kitchen study tour - passport details",
    body="""Hi team,

Please book flights for the central kitchen study tour in Singapore (Nov 11-14).
Passport details as on the passports:

  KOGA KENTARO        TR4471823   DOB 1974-08-19
  MORISHITA KANA      TZ1190356   DOB 1988-02-07
  WASHIO TSUYOSHI     TK8803147   DOB 1981-11-30

Seats together if possible. Thanks!
Takumi""",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=[],
    note="passport numbers of three staff, but the mail is internal only",
)
