"""Blind corpus — pharma: 日の出産業 ヘルスケア事業部 (医薬品・医療機器の販売と治験支援).

治験の被験者募集・スクリーニング, 副作用報告, 医療機関・CRO・SMO とのやり取り, MR の訪問記録,
講演会の講師謝礼, 薬局への納品, 臨床研究の症例データ, 医師・薬剤師の名簿, 海外 CRO との英文メール.
Written from BRIEF.md alone. Every person, number and address is invented.
"""

from __future__ import annotations

import random

from build import card_number, my_number

D = "hinode-sangyo.co.jp"

# -- invented people ---------------------------------------------------------------------

SURNAMES = [
    ("四月一日", "わたぬき", "Watanuki"), ("小鳥遊", "たかなし", "Takanashi"),
    ("東海林", "しょうじ", "Shoji"), ("百目鬼", "どうめき", "Domeki"),
    ("月見里", "やまなし", "Yamanashi"), ("九十九", "つくも", "Tsukumo"),
    ("御手洗", "みたらい", "Mitarai"), ("薬師寺", "やくしじ", "Yakushiji"),
    ("鬼頭", "きとう", "Kito"), ("弓削", "ゆげ", "Yuge"), ("猪狩", "いがり", "Igari"),
    ("鰐淵", "わにぶち", "Wanibuchi"), ("栗栖", "くるす", "Kurusu"), ("雲母", "きら", "Kira"),
    ("舎人", "とねり", "Toneri"), ("佐々木", "ささき", "Sasaki"), ("高橋", "たかはし", "Takahashi"),
    ("中村", "なかむら", "Nakamura"), ("伊藤", "いとう", "Ito"), ("渡部", "わたなべ", "Watanabe"),
    ("吉岡", "よしおか", "Yoshioka"), ("長谷部", "はせべ", "Hasebe"), ("新発田", "しばた", "Shibata"),
    ("左右田", "そうだ", "Soda"), ("五十嵐", "いがらし", "Igarashi"), ("仁科", "にしな", "Nishina"),
    ("蓮見", "はすみ", "Hasumi"), ("設楽", "したら", "Shitara"), ("神保", "じんぼ", "Jimbo"),
    ("秦", "はた", "Hata"), ("宍戸", "ししど", "Shishido"), ("沖田", "おきた", "Okita"),
    ("真壁", "まかべ", "Makabe"), ("相楽", "さがら", "Sagara"), ("生田目", "なまため", "Namatame"),
    ("我妻", "わがつま", "Wagatsuma"), ("印南", "いんなみ", "Innami"), ("及川", "おいかわ", "Oikawa"),
    ("有働", "うどう", "Udo"), ("橘", "たちばな", "Tachibana"), ("勅使河原", "てしがわら", "Teshigawara"),
    ("八月一日", "ほずみ", "Hozumi"), ("釘宮", "くぎみや", "Kugimiya"), ("毒島", "ぶすじま", "Busujima"),
    ("一寸木", "ちょっき", "Chokki"), ("宇佐美", "うさみ", "Usami"), ("稗田", "ひえだ", "Hieda"),
]
GIVEN = [
    ("美穂", "みほ", "Miho", "女"), ("健太", "けんた", "Kenta", "男"), ("さくら", "さくら", "Sakura", "女"),
    ("隆之", "たかゆき", "Takayuki", "男"), ("千尋", "ちひろ", "Chihiro", "女"), ("翔", "しょう", "Sho", "男"),
    ("由紀子", "ゆきこ", "Yukiko", "女"), ("誠", "まこと", "Makoto", "男"), ("葵", "あおい", "Aoi", "女"),
    ("正樹", "まさき", "Masaki", "男"), ("陽菜", "ひな", "Hina", "女"), ("徹", "とおる", "Toru", "男"),
    ("綾乃", "あやの", "Ayano", "女"), ("大輔", "だいすけ", "Daisuke", "男"), ("恵", "めぐみ", "Megumi", "女"),
    ("浩二", "こうじ", "Koji", "男"), ("紗希", "さき", "Saki", "女"), ("悠人", "ゆうと", "Yuto", "男"),
    ("琴音", "ことね", "Kotone", "女"), ("修", "おさむ", "Osamu", "男"), ("智子", "ともこ", "Tomoko", "女"),
    ("慎也", "しんや", "Shinya", "男"), ("真理", "まり", "Mari", "女"), ("拓真", "たくま", "Takuma", "男"),
    ("和代", "かずよ", "Kazuyo", "女"), ("一樹", "かずき", "Kazuki", "男"), ("澄江", "すみえ", "Sumie", "女"),
    ("勝也", "かつや", "Katsuya", "男"), ("百合", "ゆり", "Yuri", "女"), ("昭二", "しょうじ", "Shoji", "男"),
]
TOWNS = [
    ("158-0093", "東京都世田谷区上野毛"), ("167-0051", "東京都杉並区荻窪"), ("185-0012", "東京都国分寺市本町"),
    ("222-0033", "神奈川県横浜市港北区新横浜"), ("252-0303", "神奈川県相模原市南区相模大野"),
    ("330-0063", "埼玉県さいたま市浦和区高砂"), ("273-0005", "千葉県船橋市本町"),
    ("260-0013", "千葉県千葉市中央区中央"), ("460-0008", "愛知県名古屋市中区栄"),
    ("530-0012", "大阪府大阪市北区芝田"), ("650-0021", "兵庫県神戸市中央区三宮町"),
    ("812-0011", "福岡県福岡市博多区博多駅前"), ("980-0021", "宮城県仙台市青葉区中央"),
    ("060-0042", "北海道札幌市中央区大通西"), ("420-0857", "静岡県静岡市葵区御幸町"),
    ("310-0015", "茨城県水戸市宮町"), ("370-0841", "群馬県高崎市栄町"), ("950-0087", "新潟県新潟市中央区東大通"),
    ("700-0024", "岡山県岡山市北区駅元町"), ("862-0950", "熊本県熊本市中央区水前寺"),
    ("192-0083", "東京都八王子市旭町"), ("214-0014", "神奈川県川崎市多摩区登戸"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]
BANKS = [
    ("みどり銀行", ["本店営業部", "駅前支店", "桜台支店", "港北支店"]),
    ("東都銀行", ["新宿支店", "池袋東口支店", "吉祥寺支店"]),
    ("しらうめ信用金庫", ["本店", "浦和支店", "大宮西支店"]),
    ("北斗銀行", ["札幌中央支店", "琴似支店"]),
    ("ひばり銀行", ["梅田支店", "天王寺支店", "三宮支店"]),
    ("あさぎり銀行", ["名古屋駅前支店", "栄支店"]),
]
DIAG = ["2型糖尿病", "高血圧症", "脂質異常症", "慢性腎臓病（CKD G3a）", "気管支喘息", "関節リウマチ",
        "うつ病", "心房細動", "COPD", "アトピー性皮膚炎", "骨粗鬆症", "慢性心不全", "変形性膝関節症",
        "逆流性食道炎", "乾癬", "胃がん術後", "痛風", "甲状腺機能低下症"]

_FW = str.maketrans("0123456789-.()/:", "０１２３４５６７８９－．（）／：")


def fw(s: str) -> str:
    """ASCII digits and separators to full width, as people type them in IME."""
    return s.translate(_FW)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, ab, ey = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, ab, ey = "平成", "H", y - 1988
    else:
        era, ab, ey = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{ey}年{m}月{d}日"
    if style == "short":
        return f"{ab}{ey}.{m}.{d}"
    if style == "fwkanji":
        return fw(f"{era}{ey}年{m}月{d}日")
    if style == "fwshort":
        return fw(f"{ab}{ey}.{m}.{d}").replace("H", "Ｈ").replace("S", "Ｓ").replace("R", "Ｒ")
    raise ValueError(style)


def people(seed: str, n: int, lo: int = 1946, hi: int = 2003) -> list[dict]:
    """n invented people (name, kana, romaji, sex, birth date, address, phones, mail, bank)."""
    rng = random.Random(f"pharma-people-{seed}")
    out: list[dict] = []
    used: set[str] = set()
    while len(out) < n:
        s, g = rng.choice(SURNAMES), rng.choice(GIVEN)
        if s[0] in used:
            continue
        used.add(s[0])
        y, mo, d = rng.randrange(lo, hi + 1), rng.randrange(1, 13), rng.randrange(1, 29)
        zc, town = rng.choice(TOWNS)
        addr = f"{town}{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
        if rng.random() < 0.3:
            addr += f" {rng.choice(['コーポ', 'メゾン', 'グランハイツ', 'パークホームズ'])}" \
                    f"{rng.choice(['桜', '欅', '若葉', '青葉台', '緑ヶ丘'])}{rng.randrange(1, 9)}0{rng.randrange(1, 9)}"
        bank, branches = rng.choice(BANKS)
        age = 2026 - y - (1 if (mo, d) > (6, 1) else 0)
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
            "kata": _kata(f"{s[1]} {g[1]}"), "roma": f"{g[2]} {s[2]}", "ROMA": f"{s[2].upper()} {g[2].upper()}",
            "sex": g[3], "y": y, "m": mo, "d": d, "dob": f"{y}/{mo:02d}/{d:02d}", "age": age,
            "zip": zc, "addr": addr,
            "mobile": f"0{rng.choice('789')}0-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
            "mail": f"{g[2].lower()}.{s[2].lower()}{rng.randrange(10, 99)}@{rng.choice(FREEMAIL)}",
            "bank": bank, "branch": rng.choice(branches), "acct": f"{rng.randrange(1000000, 9999999)}",
            "diag": rng.choice(DIAG), "initials": f"{g[2][0]}.{s[2][0]}.",
        })
    return out


def _kata(hira: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


def corp_number(seed: int) -> str:
    """A 13-digit 法人番号 whose leading check digit is valid."""
    rng = random.Random(f"pharma-corp-{seed}")
    base = [rng.randrange(10) for _ in range(12)]
    base[0] = rng.randrange(1, 10)
    total = sum(base[12 - n] * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + "".join(map(str, base))


def pad(s: str, w: int) -> str:
    """Pad to display width w (full-width characters count as two)."""
    width = sum(2 if ord(c) > 0x2E7F else 1 for c in s)
    return s + " " * max(w - width, 1)


# -- signatures and boilerplate ----------------------------------------------------------

def sig(name: str, dept: str, user: str, tel: str, style: int = 0) -> str:
    if style == 0:
        return (f"\n--\n日の出産業株式会社 ヘルスケア事業部\n{dept}\n{name}\n"
                f"〒103-0023 東京都中央区日本橋本町2-8-14 日の出ビル6F\n"
                f"TEL: {tel}  FAX: 03-5201-7789\nMail: {user}@{D}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━\n{name}（{dept}）\n日の出産業株式会社\n"
                f"TEL {tel} ／ {user}@{D}\n━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return (f"\n*************************************\n 日の出産業株式会社\n ヘルスケア事業部 {dept}\n"
                f" {name}\n 〒103-0023 東京都中央区日本橋本町2-8-14\n 直通 {tel}\n*************************************\n")
    return (f"\nBest regards,\n\n{name}\n{dept}, Healthcare Division\nHinode Sangyo Co., Ltd.\n"
            f"2-8-14 Nihonbashi-Honcho, Chuo-ku, Tokyo 103-0023, Japan\nTel: +81-{tel[1:]}\n")


DISC_JA = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information and are intended "
           "solely for the addressee. If you have received it in error, please notify the sender and "
           "delete it. Any unauthorised use or disclosure is prohibited.\n")

KIRYU = f"桐生 真澄 <kiryu.masumi@{D}>"            # 臨床開発部 治験推進課
ICHINOSE = f"一ノ瀬 颯太 <ichinose.sota@{D}>"      # 安全管理課 (PV)
SAKAKI = f"榊原 啓介 <sakakibara.keisuke@{D}>"     # 東京第二営業所 MR
MOCHI = f"望月 沙耶 <mochizuki.saya@{D}>"          # 学術企画課 (講演会)
UMEZU = f"梅津 拓海 <umezu.takumi@{D}>"            # 医療機器営業課
KUSAKA = f"日下部 良平 <kusakabe.ryohei@{D}>"      # 物流課 (薬局納品)
ONODERA = f"小野寺 美紀 <onodera.miki@{D}>"        # 事業部経理
RINA = f"Rina Mizushima <mizushima.rina@{D}>"     # Clinical Operations (global)
KURA = f"蔵前 亮 <kuramae.ryo@{D}>"                # 臨床研究支援室 データマネジメント
TAKAMINE = f"高嶺 由佳 <takamine.yuka@{D}>"        # 治験推進課 被験者募集

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"pharma-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)

# ======================================================================================
# 001 — プレスクリーニング候補者 (space-padded table, names + diagnosis + phone) → CRO
_p = people("001", 6, 1950, 1985)
_rows = "\n".join(
    f"{i + 1:<4}{pad(p['name'], 16)}{p['age']:<5}{p['sex']:<4}{pad(d, 22)}{h:<7}{p['mobile']}"
    for i, (p, d, h) in enumerate(zip(_p, ["2型糖尿病", "2型糖尿病", "2型糖尿病・高血圧症", "2型糖尿病",
                                             "2型糖尿病・脂質異常症", "2型糖尿病"],
                                          ["7.9", "8.2", "7.4", "9.1", "7.6", "8.0"])))
add(
    subject="【HSG-DM-301】プレスクリーニング候補者リスト（第2回）の共有",
    sender=KIRYU, to=["大槻 健司 <otsuki.k@medipath-cro.co.jp>"],
    cc=[f"高嶺 由佳 <takamine.yuka@{D}>"], charset="iso-2022-jp",
    body=f"""株式会社メディパスCRO
臨床開発部 大槻様

いつもお世話になっております。日の出産業の桐生です。

湘北記念病院 内分泌内科でカルテスクリーニングを行った結果、
HSG-DM-301 のプレスクリーニング候補として以下の方々が挙がりました。
来週の同意説明枠の調整をお願いできますでしょうか。

No  氏名            年齢 性別 診断名                HbA1c  連絡先
--------------------------------------------------------------------------------
{_rows}

HbA1c は直近（令和8年5月）の外来検査値です。
電話連絡は平日 10時～16時でお願いします、とのことでした。

よろしくお願いいたします。
""" + sig("桐生 真澄", "臨床開発部 治験推進課", "kiryu.masumi", "03-5201-7741"),
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6 screening candidates with names, diagnosis and phone to an external CRO: list + 要配慮",
)

# 002 — the same kind of list, internal only (tab-separated, with 生年月日) → pass
_p = people("002", 7, 1948, 1980)
_rows = "\n".join(f"{p['name']}\t{wareki(p['y'], p['m'], p['d'], 'short')}\t{p['sex']}\t"
                  f"{p['diag']}\t{p['mobile']}" for p in _p)
add(
    subject="Re: 湘北記念 候補者（社内共有のみ）",
    sender=TAKAMINE, to=[KIRYU], cc=[f"臨床開発部 共有 <clinical-dev@{D}>"], charset="utf-8",
    body=f"""桐生さん

お疲れさまです、高嶺です。
昨日の院内カルテ抽出分、社内共有用に貼っておきます（外部には出さないでください）。

氏名\t生年月日\t性別\t主病名\t携帯
{_rows}

同意取得前なので、CROへは番号化してから渡す想定です。

高嶺
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[], note="patient candidate list, but every recipient is internal",
)

# 003 — candidates without a name column, CSV (cp932) → SMO
_p = people("003", 7, 1952, 1990)
_csv = [["候補者ID", "生年月日", "性別", "郵便番号", "住所", "電話番号", "既往歴", "併用薬"]]
_meds = ["アムロジピン", "メトホルミン", "なし", "ロスバスタチン", "エナラプリル", "なし", "シタグリプチン"]
for i, p in enumerate(_p):
    _csv.append([f"PS-{i + 11:03d}", wareki(p["y"], p["m"], p["d"]), p["sex"], p["zip"], p["addr"],
                 p["mobile"], p["diag"], _meds[i]])
add(
    subject="HSG-HT-112 事前登録者データ送付の件",
    sender=TAKAMINE, to=["あおぞらSMO 井上様 <inoue.crc@aozora-smo.jp>"], charset="cp932",
    body="""あおぞらSMO
CRC 井上様

お世話になっております。日の出産業 治験推進課の高嶺です。
Web 募集からの事前登録者データ（7名分）をCSVでお送りします。
来院予約のご連絡をお願いいたします。

ご不明点があればご連絡ください。
""" + sig("高嶺 由佳", "臨床開発部 治験推進課", "takamine.yuka", "03-5201-7742", 1),
    attachments=[{"kind": "csv", "name": "事前登録者_HT112_0611.csv", "rows": _csv, "encoding": "cp932"}],
    expect="stop", entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="CSV of 7 registrants (no name column) with birth date, address, phone, medical history",
)

# 004 — pharmacy delivery schedule: a list of businesses → 青葉運輸 (partner)
_ph = [("なぎさ薬局 本町店", "千葉県船橋市本町4-3-11", "047-431-2210", "AM", "3"),
       ("かえで調剤薬局", "千葉県船橋市湊町2-7-5", "047-436-8871", "AM", "2"),
       ("ひまわり薬局 西船橋店", "千葉県船橋市西船4-19-3", "047-433-5092", "14-16", "5"),
       ("さつき薬局", "千葉県市川市八幡2-15-1", "047-333-1184", "AM", "1"),
       ("みなと調剤 市川店", "千葉県市川市市川1-24-6", "047-326-9910", "PM", "4"),
       ("つばめ薬局", "千葉県習志野市津田沼1-10-22", "047-472-6653", "AM", "2"),
       ("あけぼの薬局 谷津店", "千葉県習志野市谷津5-3-8", "047-452-0377", "PM", "2"),
       ("はるかぜ調剤薬局", "千葉県船橋市前原西2-12-9", "047-471-3305", "14-16", "3")]
_rows = "\n".join(f"{pad(n, 26)}{pad(a, 34)}{pad(t, 15)}{pad(tm, 7)}{c}" for n, a, t, tm, c in _ph)
add(
    subject="6/15（月）船橋エリア 納品ルートのご依頼",
    sender=KUSAKA, to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"], charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
配車センター ご担当者様

いつもお世話になっております。日の出産業 物流課の日下部です。
6月15日（月）の船橋エリア納品分について、下記のとおり配送をお願いいたします。

納品先　　　　　　　　　　住所　　　　　　　　　　　　　　　店舗TEL　　　　時間　　個口
----------------------------------------------------------------------------------------------
{_rows}

※冷所品（2～8℃）は「さつき薬局」「つばめ薬局」向けの各1個口です。保冷ボックスでお願いします。
※受領印は各店舗の管理薬剤師様または事務の方にいただいてください。

以上、よろしくお願いいたします。
""" + sig("日下部 良平", "物流課", "kusakabe.ryohei", "03-5201-7760", 2),
    expect="pass", entities=[], detectors=[],
    note="delivery list of pharmacies (businesses, store phone numbers) to a partner carrier",
)

# 005 — 副作用報告: one patient, identified (カナ氏名 + 生年月日) → PV vendor
add(
    subject="【副作用初報】ハイノプラゾール錠 20mg 重篤症例（受付No. AE-26-0418）",
    sender=ICHINOSE, to=["セーフティワン 症例処理チーム <case-intake@safety-one.co.jp>"],
    charset="utf-8",
    body="""セーフティワン株式会社
症例処理チーム 御中

日の出産業 安全管理課の一ノ瀬です。
本日MRが医療機関より入手した副作用情報を、初報として送付いたします。
15日報告対象の可能性があるため、本日中の入力をお願いいたします。

■報告者
　仁科台クリニック 院長（医師）

■患者情報
　氏名（カナ）：ミタライ ケイコ
　生年月日　　：昭和２７年１０月５日（73歳）
　性別　　　　：女性
　原疾患　　　：逆流性食道炎
　既往歴　　　：２型糖尿病、慢性腎臓病（ステージ３）

■被疑薬
　ハイノプラゾール錠 20mg　1日1回　令和8年4月2日～5月28日

■有害事象
　間質性腎炎（5月27日発現、入院加療中）
　転帰：未回復

医療機関から氏名も含めて記載されたFAXを受領しております。原本はスキャンして別途格納します。

""" + sig("一ノ瀬 颯太", "品質保証部 安全管理課", "ichinose.sota", "03-5201-7720"),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one patient's name, birth date and diagnoses/adverse event to an external vendor: 要配慮",
)

# 006 — reply to a hospital pharmacist; the AE details are only in the quoted text → pass
add(
    subject="Re: 副作用の件（病棟よりご連絡）",
    sender=SAKAKI, to=["薬剤部 左右田 <soda-ph@seiryo-hp.or.jp>"], charset="iso-2022-jp",
    body="""清稜病院 薬剤部
左右田先生

ご連絡ありがとうございます。日の出産業の榊原です。
詳細を拝見しました。弊社安全管理部門にて確認のうえ、
追加で伺いたい事項がありましたら改めてご相談させてください。
明日午後、薬剤部へお伺いしてもよろしいでしょうか。

榊原

> 日の出産業 榊原様
>
> 先日お話しした症例の件です。
> 患者：5階東病棟 入院中 ハセベ トシオ様（68歳男性）
> 原疾患：慢性心不全、心房細動
> 御社のエドキサ錠 30mg 開始後10日目に皮下出血、Hb 9.8 まで低下しました。
> 主治医は継続の方針です。
>
> 清稜病院 薬剤部 左右田
""",
    expect="pass", entities=[], detectors=[],
    note="patient details appear only in '>' quoted text from the hospital; new text is business",
)

# 007 — MR 訪問記録 to a co-promotion partner: a doctor's illness stated in passing
add(
    subject="6月第2週 共同販促 訪問記録（港北エリア）",
    sender=SAKAKI, to=["つくし製薬 宮坂様 <miyasaka.t@tsukushi-pharma.co.jp>"], charset="utf-8",
    body="""つくし製薬株式会社
第一営業部 宮坂様

お世話になっております。日の出産業の榊原です。
今週の共同販促先の訪問記録を共有します。

・6/8 新横浜ハートクリニック
　院長先生と面談。エドキサ錠の新規導入に前向き、サンプル依頼あり。
・6/9 港北中央病院 循環器内科
　医局説明会を7月に設定（参加予定8名）。
・6/10 大倉山内科
　鰐淵 昭二 先生は先月から膵臓がんの治療のため休診されており、
　当面は代診の先生が外来を担当とのこと。復帰時期は未定と奥様から伺いました。
・6/11 綱島駅前クリニック
　不在。受付に資材をお渡し。

来週は菊名エリアを回ります。
""" + sig("榊原 啓介", "東京第二営業所", "sakakibara.keisuke", "03-5201-7731", 1),
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named doctor's cancer treatment mentioned in running text to an external partner",
)

# 008 — MR 訪問記録 with business content only → pass
add(
    subject="共同販促 訪問サマリー（5月分）",
    sender=SAKAKI, to=["つくし製薬 宮坂様 <miyasaka.t@tsukushi-pharma.co.jp>"], charset="iso-2022-jp",
    body="""宮坂様

お世話になっております。榊原です。
5月分の訪問サマリーです。

施設名　　　　　　　　　訪問数　面談医師　　　反応
-------------------------------------------------------------
港北中央病院　　　　　　　４　　　百目鬼先生　　採用申請を検討中
新横浜ハートクリニック　　　３　　　院長　　　　　サンプル希望
菊名さくら内科　　　　　　　２　　　栗栖先生　　　他剤から切替1例
大倉山内科　　　　　　　　　１　　　代診の先生　　様子見
-------------------------------------------------------------

港北中央病院の薬事委員会は7月第3週とのことです。資材の準備を進めます。

榊原
""",
    expect="pass", entities=[], detectors=[],
    note="visit summary per hospital; doctors' names carry no personal data",
)

# 009 — 講師謝礼: one speaker's マイナンバー in the body (full-width) → 税理士法人
_mn = my_number(9)
add(
    subject="支払調書作成のための講師情報（6月講演会分）",
    sender=ONODERA, to=["田辺税理士法人 担当 <kakari@tanabe-tax.jp>"], charset="iso-2022-jp",
    body=f"""田辺税理士法人
ご担当者様

いつもお世話になっております。日の出産業 ヘルスケア事業部経理の小野寺です。
6月12日開催の学術講演会の講師謝礼について、支払調書作成に必要な情報をお送りします。

　講師氏名：舎人 慎也 様（とねり しんや）
　住所　　：〒３３０－００６３ 埼玉県さいたま市浦和区高砂３－８－１２
　個人番号：{fw(_mn[:4])} {fw(_mn[4:8])} {fw(_mn[8:])}
　支払金額：１１０，０００円（源泉徴収前）

番号確認書類の写しは社内で保管しております。
よろしくお願いいたします。
""" + sig("小野寺 美紀", "事業部経理", "onodera.miki", "03-5201-7705"),
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="a speaker's My Number (full-width) sent to an external tax office",
)

# 010 — 講師謝礼 総合振込: 6 speakers' personal accounts, XLSX with title row → みどり銀行
_p = people("010", 6, 1955, 1985)
_sheet = [["令和8年6月 学術講演会 講師謝礼 振込依頼一覧", None, None, None, None, None, None],
          ["依頼日: 2026/06/18", None, None, None, None, None, None],
          ["No", "受取人名（カナ）", "銀行名", "支店名", "預金種目", "口座番号", "振込金額"]]
for i, p in enumerate(_p):
    _sheet.append([i + 1, p["kata"], p["bank"], p["branch"], "普通", p["acct"], 55000 * (1 + i % 2)])
add(
    subject="総合振込 依頼データ送付（日の出産業 6/25 支払分）",
    sender=ONODERA, to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"], charset="utf-8",
    body="""みどり銀行 法人営業部
ご担当者様

いつも大変お世話になっております。日の出産業の小野寺です。
6月25日（木）支払分の総合振込依頼データを添付いたします。
件数6件、合計495,000円です。

ご確認のほどよろしくお願いいたします。
""" + sig("小野寺 美紀", "事業部経理", "onodera.miki", "03-5201-7705", 2),
    attachments=[{"kind": "xlsx", "name": "振込依頼_20260625.xlsx",
                  "sheets": {"振込一覧": _sheet,
                             "集計": [["区分", "件数", "金額"], ["講師謝礼", 6, 495000]]}}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="XLSX of 6 speakers' personal bank accounts (title rows above header) to the bank",
)

# 011 — one speaker's account to the event agency → pass (may warn)
add(
    subject="RE: 7/3 講演会 講師謝礼のお支払い先について",
    sender=MOCHI, to=["ブライトイベント 木村様 <kimura@bright-event.co.jp>"], charset="iso-2022-jp",
    body="""ブライトイベント
木村様

お世話になっております。日の出産業 学術企画課の望月です。
7/3 講演会の講師謝礼について、先生からお振込先をいただきましたので共有します。

　講師：蓮見 千尋 先生
　振込先：東都銀行 吉祥寺支店 普通 ４８２０１７３
　口座名義：ハスミ チヒロ

源泉徴収の計算は前回同様、御社にてお願いいたします。

望月
""",
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="one speaker's bank account to the event agency: a single record, may warn",
)

# 012 — 医師名簿 with private data (home address, mobile) → 錦印刷 (partner) for 宛名印刷
_p = people("012", 9, 1950, 1980)
_sheet = [["氏名", "ふりがな", "郵便番号", "自宅住所", "携帯電話", "所属（参考）"]]
_hosp = ["港北中央病院", "清稜病院", "新横浜ハートクリニック", "菊名さくら内科", "湘北記念病院",
         "大倉山内科", "綱島駅前クリニック", "日吉台病院", "鶴見南クリニック"]
for p, h in zip(_p, _hosp):
    _sheet.append([p["name"], p["kana"], p["zip"], p["addr"], p["mobile"], h])
add(
    subject="暑中見舞い 宛名印刷のご依頼（先生方ご自宅宛）",
    sender=SAKAKI, to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"], charset="utf-8",
    body="""錦印刷株式会社
営業部 ご担当者様

お世話になっております。日の出産業の榊原です。
今年の暑中見舞いはがき、宛名印刷をお願いしたく、宛名リストを添付します。
ご自宅宛の先生方のみのリストです（病院宛は別途お送りします）。

納期は7月10日でお願いできれば幸いです。
""" + sig("榊原 啓介", "東京第二営業所", "sakakibara.keisuke", "03-5201-7731"),
    attachments=[{"kind": "xlsx", "name": "宛名リスト_自宅.xlsx",
                  "sheets": {"宛名": _sheet, "備考": [["連名・敬称は全員「先生」でお願いします"]]}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="9 doctors' home addresses and private mobiles to the printer: a list of people",
)

# 013 — doctor list: names, hospital, department, title only → either
_docs = [("百目鬼 正樹", "港北中央病院", "循環器内科", "部長"), ("栗栖 綾乃", "菊名さくら内科", "内科", "院長"),
         ("設楽 浩二", "清稜病院", "循環器内科", "医長"), ("神保 真理", "湘北記念病院", "内分泌内科", "副部長"),
         ("印南 拓真", "日吉台病院", "総合内科", "科長"), ("有働 恵", "鶴見南クリニック", "内科", "院長"),
         ("生田目 誠", "港北中央病院", "腎臓内科", "医員"), ("我妻 百合", "新横浜ハートクリニック", "循環器科", "副院長")]
add(
    subject="7月講演会 ご案内状 差込印刷データ",
    sender=MOCHI, to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"], charset="utf-8",
    body="お世話になっております。日の出産業 望月です。\n"
         "7月講演会のご案内状、差込印刷用のデータです（宛先は各病院の医局宛です）。\n\n"
         "ご施設名,診療科,役職,ご芳名\n"
         + "\n".join(f"{h},{d},{t},{n} 先生" for n, h, d, t in _docs)
         + "\n\n校正は来週月曜に拝見します。\n" + sig("望月 沙耶", "学術企画課", "mochizuki.saya", "03-5201-7750", 1),
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="8 doctors with hospital/department/title only (no personal contact): business or people list",
)

# 014 — kickoff: three external organisations visible in To/Cc
add(
    subject="【HSG-RA-205】施設立ち上げミーティング日程のご相談",
    sender=KIRYU,
    to=["大槻 健司 <otsuki.k@medipath-cro.co.jp>", "ひかりSMO 三好 <miyoshi@hikari-smo.co.jp>"],
    cc=["港北中央病院 治験事務局 <chiken-jimu@kohoku-central-hp.or.jp>", f"高嶺 由佳 <takamine.yuka@{D}>"],
    charset="iso-2022-jp",
    body="""関係各位

お世話になっております。日の出産業の桐生です。
HSG-RA-205 の港北中央病院での施設立ち上げミーティングについて、
下記候補日でご都合をお聞かせください。

　① 6月22日（月）15:00～16:00
　② 6月24日（水）10:00～11:00
　③ 6月25日（木）16:00～17:00

場所：港北中央病院 3階 会議室B（Web併用）
議題：治験薬管理手順、SDV の範囲、スクリーニング手順

よろしくお願いいたします。
""" + sig("桐生 真澄", "臨床開発部 治験推進課", "kiryu.masumi", "03-5201-7741"),
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="CRO, SMO and hospital (three external organisations) see each other in To/Cc",
)

# 015 — two external organisations: a normal three-way meeting → pass
add(
    subject="Re: モニタリング訪問日の件",
    sender=KIRYU, to=["大槻 健司 <otsuki.k@medipath-cro.co.jp>"],
    cc=["清稜病院 治験管理室 <chiken@seiryo-hp.or.jp>"], charset="utf-8",
    body="""大槻様
清稜病院 治験管理室 ご担当者様

お世話になっております。日の出産業の桐生です。
モニタリング訪問は7月8日（水）13時からで確定とさせてください。
閲覧室のご準備をお願いいたします。

桐生

-----Original Message-----
From: 大槻 健司
Sent: Tuesday, June 9, 2026 6:12 PM
Subject: モニタリング訪問日の件

桐生様　7/8 午後か 7/10 午前で調整可能です。
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc, scheduling only",
)

# 016 — look-alike of the own domain (letter added), internal report
add(
    subject="5月 MR活動実績（東京第二）",
    sender=SAKAKI, to=["所長 真壁 <makabe.tetsu@hinode-sangyou.co.jp>"], charset="iso-2022-jp",
    body="""真壁所長

お疲れさまです。榊原です。
5月の活動実績をまとめました。

　訪問件数：142件（前月比 +12）
　面談医師数：61名
　説明会実施：4回（参加計37名）
　新規採用：エドキサ錠 2施設

6月は港北中央病院の薬事委員会対応を優先します。

榊原
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain hinode-sangyou.co.jp is a look-alike of the own domain (letter added)",
)

# 017 — 【社外秘】 in the subject, protocol draft → CRO
add(
    subject="【社外秘】HSG-RA-205 治験実施計画書 第3版ドラフト",
    sender=KIRYU, to=["大槻 健司 <otsuki.k@medipath-cro.co.jp>"], charset="utf-8",
    body="""大槻様

お世話になっております。桐生です。
治験実施計画書 第3版のドラフトを添付いたします。
主な変更点は選択基準 5（eGFR 下限）と来院許容幅です。
コメントは6月19日までにいただけますと幸いです。

桐生
""",
    attachments=[{"kind": "docx", "name": "HSG-RA-205_Protocol_v3.0_draft.docx",
                  "paragraphs": ["HSG-RA-205 治験実施計画書 第3版（案）", "1. 目的",
                                 "関節リウマチ患者を対象に HSG-0205 の有効性を検証する。",
                                 "2. 選択基準", "(5) eGFR 45 mL/min/1.73m2 以上"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="subject carries a 社外秘 classification and goes to an external CRO",
)

# 018 — NDA draft mail (about a 秘密保持契約) → pass
add(
    subject="秘密保持契約書（案）送付のご連絡",
    sender=KIRYU, to=["ノヴァクリニカル 事業開発部 <bd@nova-clinical.co.jp>"], charset="iso-2022-jp",
    body="""株式会社ノヴァクリニカル
事業開発部 ご担当者様

はじめてご連絡いたします。日の出産業 臨床開発部の桐生と申します。
先日の展示会ではありがとうございました。

新規案件のご相談に先立ち、秘密保持契約を締結させていただきたく、
弊社ひな形の案を添付いたします。修正のご要望があれば見え消しでお戻しください。

締結後に、プロトコル概要等の詳細をご説明させていただきます。
""" + sig("桐生 真澄", "臨床開発部 治験推進課", "kiryu.masumi", "03-5201-7741") + DISC_JA,
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_日の出産業.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という）と株式会社ノヴァクリニカル（以下「乙」という）は、"
                                 "甲乙間の治験業務委託の検討に関し、相互に開示する秘密情報の取扱いについて、以下のとおり合意する。",
                                 "第1条（秘密情報の定義）本契約において秘密情報とは、開示当事者が秘密である旨を明示して開示した"
                                 "技術上又は営業上の情報をいう。",
                                 "第2条（秘密保持義務）受領当事者は、秘密情報を第三者に開示又は漏洩してはならない。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA with an unmarked draft and the standard disclaimer",
)

# 019 — English SAE report to an overseas CRO (DOB + medical history)
add(
    subject="SAE initial report - Study HS-ONC-204 - Site 012 / Subject 012-0007",
    sender=RINA, to=["Kestrel Safety Desk <safety.desk@kestrel-clinical.com>"], charset="utf-8",
    body="""Dear Safety Desk,

Please find below the initial SAE information received from Site 012 (Minato Central Hospital)
today, 10 June 2026. The site will fax the signed SAE form tomorrow.

Subject ID      : 012-0007
Initials        : K.T.
Date of birth   : 14-Mar-1957
Sex             : Male
Medical history : Type 2 diabetes mellitus, hypertension, prior gastric cancer (gastrectomy 2019)
Event           : Acute pancreatitis (CTCAE grade 3), onset 07-Jun-2026, hospitalised
Study drug      : HSG-0204 200 mg, last dose 06-Jun-2026
Causality (PI)  : Possibly related
Outcome         : Not recovered

Please confirm receipt and the case number.
""" + sig("Rina Mizushima", "Clinical Operations", "mizushima.rina", "03-5201-7745", 3),
    expect="stop", entities=["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one trial subject's birth date and medical history / SAE to an overseas CRO",
)

# 020 — English monitoring schedule with disclaimer → pass
add(
    subject="HS-ONC-204: monitoring visit plan for July",
    sender=RINA, to=["Daniel Okafor <d.okafor@kestrel-clinical.com>"], charset="utf-8",
    body="""Hi Daniel,

Thanks for the call this morning. Here is the July visit plan we agreed on:

  Site 003  Kohoku Central Hospital   8 Jul   routine IMV
  Site 007  Seiryo Hospital           14 Jul  routine IMV + drug accountability
  Site 012  Minato Central Hospital   21 Jul  for-cause follow-up (SAE)

Your CRA team can use the usual remote SDV portal for the pre-visit review.
Let me know if the 21st clashes with the DSMB dry run.

Cheers,
Rina
""" + sig("Rina Mizushima", "Clinical Operations", "mizushima.rina", "03-5201-7745", 3) + DISC_EN,
    expect="pass", entities=[], detectors=[],
    note="site-level visit plan in English with the standard confidentiality disclaimer",
)

# 021 — PPAP: password ZIP of CRFs → hospital
_p = people("021", 5, 1950, 1975)
add(
    subject="症例報告書（CRF）控えの送付",
    sender=KURA, to=["日吉台病院 臨床研究センター <crc-office@hiyoshidai-hp.jp>"], charset="iso-2022-jp",
    body="""日吉台病院 臨床研究センター
ご担当者様

お世話になっております。日の出産業 臨床研究支援室の蔵前です。
HSG-CS-07 研究の症例報告書（控え）をお送りいたします。
ファイルはパスワード付きZIPとしております。パスワードは別メールにてお知らせします。

よろしくお願いいたします。
""" + sig("蔵前 亮", "臨床研究支援室", "kuramae.ryo", "03-5201-7748", 2),
    attachments=[{"kind": "zip", "name": "CRF_HSG-CS-07_0612.zip", "password": "Hs#0612crf",
                  "files": [{"kind": "csv", "name": "crf_list.csv", "encoding": "cp932",
                             "rows": [["症例番号", "氏名", "生年月日", "診断"]] +
                                     [[f"07-{i:03d}", p["name"], p["dob"], p["diag"]] for i, p in enumerate(_p, 1)]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP to an external hospital cannot be inspected",
)

# 022 — the password in a separate mail → pass
add(
    subject="【パスワードのお知らせ】症例報告書（CRF）控えの送付",
    sender=KURA, to=["日吉台病院 臨床研究センター <crc-office@hiyoshidai-hp.jp>"], charset="iso-2022-jp",
    body="""日吉台病院 臨床研究センター
ご担当者様

先ほどお送りしたファイルのパスワードをお知らせします。

　パスワード：Hs#0612crf

蔵前
""",
    expect="pass", entities=[], detectors=[],
    note="password notification only, no attachment and no personal data",
)

# 023 — four volunteers on free mail, all visible in To
add(
    subject="治験ボランティア事前説明会（6/20）のご案内",
    sender=TAKAMINE,
    to=["watanuki.miho58@gmail.com", "k-toneri@yahoo.co.jp", "sumie.kurusu@icloud.com",
        "hata-osamu.7310@docomo.ne.jp"],
    charset="iso-2022-jp",
    body="""ご登録者各位

このたびは治験ボランティアにご登録いただき、ありがとうございます。
日の出産業 治験推進課の高嶺です。

事前説明会を下記のとおり開催いたします。

　日時：6月20日（土）10:00～11:30
　会場：日の出ビル 6階 セミナールーム（東京都中央区日本橋本町2-8-14）
　持ち物：筆記用具
　交通費：一律 2,000円をお支払いします

ご欠席の場合はこのメールへの返信でお知らせください。
""" + sig("高嶺 由佳", "臨床開発部 治験推進課", "takamine.yuka", "03-5201-7742", 1),
    expect="stop", entities=[],
    detectors=["freemail_recipient", "external_recipients_visible", "multiple_external_domains"],
    note="four private persons on free mail can see each other's addresses in To (should be Bcc)",
)

# 024 — one volunteer on free mail → pass
add(
    subject="Re: 説明会の日程について",
    sender=TAKAMINE, to=["猪狩 様 <igari.k.1990@outlook.jp>"], charset="utf-8",
    body="""猪狩 様

ご連絡ありがとうございます。日の出産業の高嶺です。
6/20 がご都合悪いとのこと、承知しました。
次回は 7月4日（土）10:00～ を予定しておりますので、こちらでご予約を承ります。

当日は日の出ビル1階の受付で「説明会」とお伝えください。

高嶺
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient, scheduling only",
)

# 025 — tells a volunteer (on free mail) about their own exclusion reason → either
add(
    subject="事前スクリーニング結果のご連絡",
    sender=TAKAMINE, to=["小鳥遊 葵 様 <aoi.takanashi@gmail.com>"], charset="utf-8",
    body="""小鳥遊 葵 様

先日は事前スクリーニングにお越しいただき、ありがとうございました。
日の出産業 治験推進課の高嶺です。

誠に恐縮ながら、ご申告いただいた気管支喘息の治療歴（吸入ステロイド使用中）と、
当日の血圧測定値（152/96 mmHg）が本治験の参加条件に該当しないため、
今回はご参加いただけない結果となりました。

今後、条件に合う治験があればご案内させていただきます。
""" + sig("高嶺 由佳", "臨床開発部 治験推進課", "takamine.yuka", "03-5201-7742", 1),
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="the recipient's own health data, sent only to that person: 要配慮 but to the data subject",
)

# 026 — 臨床研究 症例データ CSV (UTF-8), no names → university biostatistics
_p = people("026", 10, 1945, 1975)
_csv = [["subject_id", "birth_date", "sex", "diagnosis", "eGFR", "UACR", "AE_term"]]
_ae = ["", "めまい", "", "高カリウム血症", "", "", "浮腫", "", "咳嗽", ""]
for i, p in enumerate(_p):
    _csv.append([f"CS07-{i + 1:03d}", p["dob"].replace("/", "-"), "M" if p["sex"] == "男" else "F",
                 "糖尿病性腎症", 28 + (i * 7) % 30, 120 + i * 37, _ae[i]])
add(
    subject="HSG-CS-07 中間解析用データ（6月固定分）",
    sender=KURA, to=["神保 先生 <jimbo@biostat.kohoku-med.ac.jp>"], charset="utf-8",
    body="""港北医科大学 医療統計学教室
神保先生

お世話になっております。日の出産業の蔵前です。
中間解析用の固定データ（10例）をお送りします。
変数定義は前回お送りした定義書 v1.2 から変更ありません。

よろしくお願いいたします。
蔵前
""",
    attachments=[{"kind": "csv", "name": "cs07_interim_20260612.csv", "rows": _csv, "encoding": "utf-8"}],
    expect="stop", entities=["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="case rows with birth date, diagnosis and lab values to an external university",
)

# 027 — aggregated results only → pass
add(
    subject="Re: HSG-CS-07 中間解析用データ（6月固定分）",
    sender=KURA, to=["神保 先生 <jimbo@biostat.kohoku-med.ac.jp>"], charset="utf-8",
    body="""神保先生

集計表の確認ありがとうございました。運営委員会資料には以下の数字で記載します。

　解析対象　　　　　　　48例（男性31／女性17）
　年齢　平均（SD）　　　68.4（7.9）歳
　ベースラインeGFR　　　38.2 mL/min/1.73m²
　有害事象　　　　　　　19例（39.6%）、うち重篤 2例
　投与中止　　　　　　　3例

修正があれば金曜までにお知らせください。

蔵前
""",
    expect="pass", entities=[], detectors=[],
    note="aggregate statistics only, no individual rows",
)

# 028 — ・bullets: 6 doctors with private mobiles → さくらホテル (partner) for rooms
_p = people("028", 6, 1958, 1985)
_lines = "\n".join(f"・{p['name']} 先生　{fw(p['mobile'])}　7/3 チェックイン（1泊）" for p in _p)
add(
    subject="7/3 講演会 ご宿泊者リスト",
    sender=MOCHI, to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"], charset="iso-2022-jp",
    body=f"""さくらホテル
宴会予約 ご担当者様

お世話になっております。日の出産業 学術企画課の望月です。
7月3日の講演会にご参加の先生方のうち、ご宿泊される方は以下のとおりです。
当日の遅着連絡用に携帯番号も記載しております。

{_lines}

お部屋はすべて禁煙シングルでお願いいたします。
""" + sig("望月 沙耶", "学術企画課", "mochizuki.saya", "03-5201-7750", 0),
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="6 doctors with private mobile numbers to the hotel: a list of people",
)

# 029 — 4 booth staff with mobiles → 学会事務局 → pass (may warn)
add(
    subject="企業展示 ブース担当者登録（日の出産業）",
    sender=UMEZU, to=["第42回日本臨床薬理学会 運営事務局 <exhibit@jscp-office.or.jp>"], charset="utf-8",
    body="""運営事務局 御中

日の出産業株式会社の梅津です。
企業展示ブース（No. B-14）の担当者を以下のとおり登録いたします。

| 氏名 | 携帯電話 | 担当日 |
|---|---|---|
| 梅津 拓海 | 080-4412-7730 | 9/18・9/19 |
| 釘宮 陽菜 | 090-6631-0842 | 9/18 |
| 宇佐美 翔 | 070-2284-5519 | 9/19 |
| 稗田 和代 | 090-8870-1196 | 9/18・9/19 |

入館証の発行をお願いいたします。
""" + sig("梅津 拓海", "医療機器営業課", "umezu.takumi", "03-5201-7770", 1),
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four staff with mobile numbers: under five records, may warn",
)

# 030 — look-alike of みどり銀行 (co. dropped), one payee's account
add(
    subject="講師謝礼 個別振込のお願い",
    sender=ONODERA, to=["みどり銀行 日本橋支店 <nihonbashi@midori-ginko.jp>"], charset="iso-2022-jp",
    body="""みどり銀行 日本橋支店
ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
総合振込の締切後に判明した1件につき、個別振込をお願いしたくご連絡しました。

　受取人：キラ ユウト（雲母 悠人 様）
　振込先：ひばり銀行 三宮支店 普通 ６０３９１２８
　金額　：８８，０００円
　振込日：６月２６日（金）

振込依頼書は本日中に持参いたします。
""" + sig("小野寺 美紀", "事業部経理", "onodera.miki", "03-5201-7705"),
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["lookalike_domain", "personal_data"],
    note="midori-ginko.jp is a look-alike of partner midori-ginko.co.jp (co. dropped)",
)

# 031 — 社外秘 only inside the PDF (page header) → co-promotion partner
add(
    subject="下期 共同販促計画（たたき台）",
    sender=SAKAKI, to=["つくし製薬 宮坂様 <miyasaka.t@tsukushi-pharma.co.jp>"], charset="utf-8",
    body="""宮坂様

お世話になっております。榊原です。
先日の打合せを踏まえた下期の共同販促計画のたたき台をお送りします。
来週の定例でご意見をいただければと思います。

榊原
""",
    attachments=[{"kind": "pdf", "name": "下期共同販促計画_v0.3.pdf", "page_header": "社外秘",
                  "title": "下期 共同販促計画",
                  "lines": ["下期 共同販促計画（たたき台）", "", "1. 重点施設：港北中央病院、清稜病院、湘北記念病院",
                            "2. 目標：エドキサ錠 新規採用 6施設", "3. 施策：医局説明会 月4回、Web講演会 2回"],
                  "table": [["エリア", "目標施設数", "担当"], ["港北", "3", "日の出"], ["鶴見", "2", "つくし"],
                            ["川崎", "1", "つくし"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the attached PDF is stamped 社外秘 in its page header; the mail body is innocuous",
)

# 032 — price list XLSX → 卸 → pass
add(
    subject="7月納入価格表の送付",
    sender=KUSAKA, to=["大東薬品 仕入部 <shiire@daito-yakuhin.co.jp>"], charset="iso-2022-jp",
    body="""大東薬品株式会社
仕入部 ご担当者様

お世話になっております。日の出産業の日下部です。
7月1日納品分からの納入価格表をお送りします。変更箇所は黄色セルです。

よろしくお願いいたします。
""" + sig("日下部 良平", "物流課", "kusakabe.ryohei", "03-5201-7760", 2),
    attachments=[{"kind": "xlsx", "name": "納入価格表_202607.xlsx",
                  "sheets": {"医薬品": [["製品コード", "製品名", "包装", "薬価", "納入価"],
                                       ["HS-1021", "エドキサ錠30mg", "100錠", 21750, 19140],
                                       ["HS-1022", "エドキサ錠60mg", "100錠", 22010, 19370],
                                       ["HS-2040", "ハイノプラゾール錠20mg", "140錠", 8092, 7120]],
                             "医療機器": [["製品コード", "製品名", "入数", "定価", "納入価"],
                                        ["MD-0311", "血糖測定センサー HG-3", "50枚", 6500, 5200]]}}],
    expect="pass", entities=[], detectors=[], note="price list with product codes, no people",
)

# 033 — HTML-only mail: table of 5 adverse event cases (rows with diagnoses) → licensor
_rows = [("2026-0311", "F", "72", "Atrial fibrillation, CKD", "Subcutaneous haemorrhage", "Non-serious", "Recovered"),
         ("2026-0327", "M", "81", "Heart failure", "Gastrointestinal haemorrhage", "Serious", "Recovering"),
         ("2026-0402", "M", "64", "Atrial fibrillation, diabetes", "Haematuria", "Non-serious", "Recovered"),
         ("2026-0415", "F", "77", "Stroke (2021), hypertension", "Epistaxis", "Non-serious", "Recovered"),
         ("2026-0430", "F", "69", "Atrial fibrillation, depression", "Anaemia", "Serious", "Not recovered")]
_tr = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td>{f}</td><td>{g}</td></tr>"
              for a, b, c, d, e, f, g in _rows)
add(
    subject="Edoxa tablets - Japan line listing April 2026",
    sender=ICHINOSE, to=["Helixor PV Operations <pv-ops@helixor-pharma.com>"], charset="utf-8",
    html=f"""<html><body style="font-family:Arial">
<p>Dear PV Operations team,</p>
<p>As agreed in the safety data exchange agreement, please find the Japan line listing for April below.</p>
<table border="1" cellpadding="4">
<tr><th>Case ID</th><th>Sex</th><th>Age</th><th>Medical history</th><th>Event</th><th>Seriousness</th><th>Outcome</th></tr>
{_tr}
</table>
<p>Best regards,<br>Sota Ichinose<br>Drug Safety, Hinode Sangyo Co., Ltd.</p>
</body></html>""",
    expect="stop", entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="HTML table of 5 patient cases with medical history and adverse events to a licensor",
)

# 034 — one subject's 健康保険証 記号・番号 → hospital 治験事務局
add(
    subject="Phase I 入院予定者の保険証情報",
    sender=TAKAMINE, to=["品川P1クリニック 受付 <uketsuke@shinagawa-p1-clinic.jp>"], charset="iso-2022-jp",
    body="""品川P1クリニック
受付ご担当者様

お世話になっております。日の出産業の高嶺です。
6月29日入院予定の被験者について、事前登録用の保険証情報をお送りします。

　氏名　　　：東海林 大輔（ショウジ ダイスケ）
　生年月日　：平成９年２月１４日
　保険者番号：０６１３２４８７
　記号　　　：８１２０３
　番号　　　：４４７
　本人／家族：本人

当日は原本をご持参いただくようお伝え済みです。
""" + sig("高嶺 由佳", "臨床開発部 治験推進課", "takamine.yuka", "03-5201-7742"),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    note="a health insurance card's 記号・番号 of one person to an external clinic",
)

# 035 — one foreign volunteer's 在留カード番号 → Phase I clinic
add(
    subject="Re: 外国籍ボランティアの本人確認について",
    sender=TAKAMINE, to=["品川P1クリニック 治験コーディネーター <crc@shinagawa-p1-clinic.jp>"],
    charset="utf-8",
    body="""ご担当者様

お世話になっております。高嶺です。
ご依頼の本人確認情報は以下のとおりです。

Name: NGUYEN VAN THANH
Date of birth: 1998/07/22
在留カード番号: UH48201937FA
在留資格: 技術・人文知識・国際業務（在留期間満了日 2028/03/31）

日本語での同意説明で問題ないとのことです。

高嶺

> 高嶺様
> 来週入院予定の外国籍の方について、在留カードの情報を事前にいただけますでしょうか。
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="a residence card number with name and birth date in new text to an external clinic",
)

# 036 — 旅券番号 of a speaker for overseas congress travel → travel agency
add(
    subject="ESC Congress 渡航手配（講師 相楽先生）",
    sender=MOCHI, to=["たびプランニング 法人デスク <corp-desk@tabi-planning.co.jp>"], charset="iso-2022-jp",
    body="""たびプランニング
法人デスク ご担当者様

お世話になっております。日の出産業の望月です。
8月の ESC Congress（ミュンヘン）に講師としてご同行いただく先生の航空券手配をお願いします。

　氏名（旅券記載）：SAGARA KOJI
　生年月日：1969年11月3日
　旅券番号：TR4827193（有効期限 2031年5月）
　希望便：8/28 羽田発 ルフトハンザ直行便

マイレージ番号は先生から別途ご連絡があるかと思います。
""" + sig("望月 沙耶", "学術企画課", "mochizuki.saya", "03-5201-7750"),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="a passport number of one person to an external travel agency",
)

# 037 — credit card number for a venue deposit → さくらホテル
_cc = card_number(37)
add(
    subject="宴会場デポジットのお支払い（7/3 日の出産業）",
    sender=MOCHI, to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"], charset="utf-8",
    body=f"""さくらホテル 宴会予約
ご担当者様

お世話になっております。望月です。
お電話でご案内いただいたデポジットについて、法人カードでお願いいたします。

　カード番号：{_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}
　有効期限：09/29
　カード名義：SAYA MOCHIZUKI
　金額：300,000円

決済完了後、領収書を会社宛（日の出産業株式会社）でお送りください。

望月
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a credit card number in the body to an external hotel",
)

# 038 — 基礎年金番号 of a CRC seconded to an SMO
add(
    subject="出向者の社会保険手続きについて（神保さん）",
    sender=f"人事課 小田切 <odagiri.nao@{D}>", to=["ひかりSMO 人事部 <jinji@hikari-smo.co.jp>"],
    charset="iso-2022-jp",
    body="""ひかりSMO株式会社
人事部 ご担当者様

お世話になっております。日の出産業 人事課の小田切です。
7月1日付で貴社へ出向となる CRC の社会保険手続きに必要な情報をお送りします。

氏名　　　　：神保 紗希（じんぼ さき）
生年月日　　：１９９２年４月１８日
基礎年金番号：４２１７－６０８３５９
住所　　　　：神奈川県川崎市多摩区登戸２－１１－６

雇用保険被保険者証は郵送いたします。
""" + sig("小田切 奈緒", "人事課（事業部担当）", "odagiri.nao", "03-5201-7001"),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a basic pension number of one employee to an external company",
)

# 039 — one named subject's screening result (HBV) in running text → CRO
add(
    subject="HSG-RA-205 登録番号0214 スクリーニング脱落の件",
    sender=KIRYU, to=["大槻 健司 <otsuki.k@medipath-cro.co.jp>"], charset="utf-8",
    body="""大槻様

お世話になっております。桐生です。
清稜病院の登録番号0214（宍戸 徹 様）について、スクリーニング検査で
HBs抗原陽性（B型肝炎キャリア）が判明したため、除外基準12に該当しスクリーニング脱落となりました。
ご本人には主治医から説明済みで、消化器内科へ紹介されています。

脱落理由のEDC入力は施設CRCが本日中に行う予定です。

桐生
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named subject's infection status stated in running text to an external CRO",
)

# 040 — reply: quoted text is harmless, the NEW text carries religion/creed of a named volunteer
add(
    subject="Re: 入院スケジュールの確認",
    sender=TAKAMINE, to=["品川P1クリニック 治験コーディネーター <crc@shinagawa-p1-clinic.jp>"],
    charset="iso-2022-jp",
    body="""ご担当者様

ご確認ありがとうございます。スケジュールは記載のとおりで問題ございません。

1点共有です。第2コホートの御手洗 勝也 様は、信仰上の理由（エホバの証人）で
輸血を拒否されるとのことです。採血量の多い日程について、事前に先生とご相談いただけますでしょうか。

高嶺

差出人: 品川P1クリニック 治験コーディネーター
送信日時: 2026年6月15日 9:41
件名: 入院スケジュールの確認

高嶺様
第2コホートの入院は 7/6 13:00 受付、退院は 7/10 午前を予定しております。
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="new text (not the quote) states a named volunteer's religion to an external clinic",
)

# 041 — forward (転送) of an SMO's candidate list to another CRO: new text to its recipient
_p = people("041", 5, 1955, 1988)
_blk = "\n".join(f"{i}) {p['name']}（{p['age']}）{p['diag']}　TEL {p['mobile']}" for i, p in enumerate(_p, 1))
add(
    subject="FW: 【ひかりSMO】HSG-RA-205 候補患者のご報告",
    sender=KIRYU, to=["ノヴァクリニカル 岡部様 <okabe.m@nova-clinical.co.jp>"], charset="utf-8",
    body=f"""岡部様

お世話になっております。桐生です。
別試験の候補になり得る方が含まれているため、SMOからの報告を転送します。
ご確認いただけますでしょうか。

桐生

---------- 転送メッセージ ----------
From: 三好 <miyoshi@hikari-smo.co.jp>
Date: 2026年6月11日(木) 17:20
Subject: 【ひかりSMO】HSG-RA-205 候補患者のご報告
To: 桐生 真澄 <kiryu.masumi@{D}>

桐生様

清稜病院 リウマチ科の候補患者をご報告します。

{_blk}

いずれも主治医の了承済みです。
ひかりSMO 三好
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a forwarded candidate list (names, diagnoses, phones) is new text to another external CRO",
)

# 042 — reply; the patient list is only in the text under -----Original Message----- → pass
_p = people("042", 6, 1950, 1980)
_q = "\n".join(f"{p['name']}　{p['dob']}　{p['diag']}" for p in _p)
add(
    subject="RE: 来院予定者一覧（6月第4週）",
    sender=KIRYU, to=["ひかりSMO 三好 <miyoshi@hikari-smo.co.jp>"], charset="cp932",
    body=f"""三好様

一覧ありがとうございます。承知いたしました。
第4週はモニターの立会いはありませんので、通常どおりでお願いします。

桐生

-----Original Message-----
From: 三好 [mailto:miyoshi@hikari-smo.co.jp]
Sent: Friday, June 12, 2026 11:05 AM
To: 桐生 真澄
Subject: 来院予定者一覧（6月第4週）

桐生様

第4週の来院予定者です。

{_q}

ひかりSMO 三好
""",
    expect="pass", entities=[], detectors=[],
    note="the patient list is only in the quoted original message sent by the recipient",
)

# 043 — DOCX table: 負担軽減費 振込先 for 7 subjects → SMO
_p = people("043", 7, 1955, 1995)
_tbl = [["被験者番号", "口座名義（カナ）", "金融機関", "支店", "種別", "口座番号", "金額"]]
for i, p in enumerate(_p):
    _tbl.append([f"RA205-{i + 31:03d}", p["kata"], p["bank"], p["branch"], "普通", p["acct"], "7,000"])
add(
    subject="負担軽減費 お支払い代行のお願い（6月来院分）",
    sender=KIRYU, to=["ひかりSMO 経理 <keiri@hikari-smo.co.jp>"], charset="iso-2022-jp",
    body="""ひかりSMO株式会社
経理ご担当者様

お世話になっております。日の出産業の桐生です。
6月来院分の負担軽減費のお支払いについて、振込先一覧（Word）を添付します。
7月10日までのお振込をお願いいたします。
""" + sig("桐生 真澄", "臨床開発部 治験推進課", "kiryu.masumi", "03-5201-7741"),
    attachments=[{"kind": "docx", "name": "負担軽減費_振込先一覧_6月.docx",
                  "paragraphs": ["負担軽減費 振込先一覧（令和8年6月来院分）", "HSG-RA-205 清稜病院"],
                  "tables": [_tbl]}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="DOCX table of 7 trial subjects' bank accounts to an external SMO",
)

# 044 — PDF table: pharmacist trainees with birth date and home address → training company
_p = people("044", 8, 1970, 2000)
_tbl = [["No", "氏名", "生年月日", "自宅住所", "勤務先薬局"]]
_shops = ["なぎさ薬局", "かえで調剤薬局", "つばめ薬局", "さつき薬局", "みなと調剤", "あけぼの薬局",
          "はるかぜ調剤薬局", "ひまわり薬局"]
for i, (p, s) in enumerate(zip(_p, _shops), 1):
    _tbl.append([str(i), p["name"], wareki(p["y"], p["m"], p["d"], "short"), p["addr"], s])
add(
    subject="認定薬剤師研修 受講者名簿（8月開催分）",
    sender=MOCHI, to=["ファーマエデュ 研修事務局 <office@pharma-edu.co.jp>"], charset="utf-8",
    body="""ファーマエデュ株式会社
研修事務局 御中

お世話になっております。日の出産業 学術企画課の望月です。
8月開催の研修会について、弊社取引先薬局からの受講者名簿（PDF）を送付いたします。
受講証明書の発行に生年月日・ご住所が必要とのことでしたので記載しております。
""" + sig("望月 沙耶", "学術企画課", "mochizuki.saya", "03-5201-7750", 2),
    attachments=[{"kind": "pdf", "name": "受講者名簿_8月.pdf", "lines": ["認定薬剤師研修 受講者名簿（8月22日開催）"],
                  "table": _tbl}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="PDF table of 8 pharmacists with birth dates and home addresses to an external company",
)

# 045 — unencrypted ZIP: visit schedule CSV (names + phones) + memo → SMO
_p = people("045", 6, 1950, 1990)
_csv = [["氏名", "電話", "次回来院日", "来院種別"]]
for i, p in enumerate(_p):
    _csv.append([p["name"], p["mobile"], f"2026/07/{6 + i:02d}", "Visit 4"])
add(
    subject="来院リマインド用リスト一式",
    sender=TAKAMINE, to=["あおぞらSMO 井上様 <inoue.crc@aozora-smo.jp>"], charset="utf-8",
    body="""井上様

お世話になっております。高嶺です。
7月第1週の来院リマインド用リストをZIPでまとめてお送りします。
電話連絡の際の注意点はメモにまとめています。

高嶺
""",
    attachments=[{"kind": "zip", "name": "reminder_202607w1.zip",
                  "files": [{"kind": "csv", "name": "visit_w1.csv", "rows": _csv, "encoding": "cp932"},
                            {"kind": "txt", "name": "memo.txt",
                             "text": "・留守電には治験名を残さないこと\n・平日18時以降は避ける\n"}]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="ZIP containing a CSV of 6 subjects' names and phones to an external SMO",
)

# 046 — one record per block: CRC candidates → SMO
_p = people("046", 5, 1985, 2001)
_blocks = "\n\n".join(
    f"【候補{i}】\n氏名：{p['name']}（{p['kana']}）\n生年月日：{p['y']}年{p['m']}月{p['d']}日\n"
    f"連絡先：{p['mobile']} ／ {p['mail']}\n資格：{q}"
    for i, (p, q) in enumerate(zip(_p, ["看護師", "臨床検査技師", "薬剤師", "看護師", "SCRP認定CRC"]), 1))
add(
    subject="CRC 増員候補者のご紹介",
    sender=KIRYU, to=["ひかりSMO 三好 <miyoshi@hikari-smo.co.jp>"], charset="iso-2022-jp",
    body=f"""三好様

お世話になっております。桐生です。
HSG-RA-205 の症例数増加に伴う CRC 増員の件、弊社登録者から候補の方をご紹介します。
ご本人には貴社へ情報提供することの了承を得ています。

{_blocks}

面談日程のご調整をお願いできますと幸いです。
""" + sig("桐生 真澄", "臨床開発部 治験推進課", "kiryu.masumi", "03-5201-7741", 1),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"], note="5 candidate records (one block each) with birth date, phone, mail",
)

# 047 — the candidate list travels as an attached message (.eml) → CRO
_p = people("047", 6, 1948, 1982)
_inner = "\n".join(f"{p['name']} / {p['dob']} / {p['diag']} / {p['mobile']}" for p in _p)
add(
    subject="参考：前回試験の登録患者情報（添付メール）",
    sender=KIRYU, to=["大槻 健司 <otsuki.k@medipath-cro.co.jp>"], charset="utf-8",
    body="""大槻様

先日お話しした前回試験の登録実績について、施設からのメールをそのまま添付します。
新試験の候補選定の参考にしてください。

桐生
""",
    attachments=[{"kind": "eml", "name": "湘北記念_登録患者.eml", "message": {
        "sender": f"湘北記念病院 治験管理室 <chiken@shohoku-kinen.or.jp>", "to": [KIRYU],
        "subject": "HSG-DM-118 登録患者一覧", "charset": "iso-2022-jp",
        "body": f"桐生様\n\n登録患者一覧をお送りします。\n\n{_inner}\n\n湘北記念病院 治験管理室\n"}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"], note="an attached e-mail holds 6 patients' names, birth dates, diagnoses",
)

# 048 — legacy XLS: patients loaned glucose meters (names, addresses, type 1 diabetes) → distributor
_p = people("048", 6, 1960, 2005)
_rows = [["患者氏名", "郵便番号", "住所", "電話", "病名", "貸出機器", "シリアル"]]
for i, p in enumerate(_p):
    _rows.append([p["name"], p["zip"], p["addr"], p["mobile"], "1型糖尿病", "HG-3 リーダー", f"HG3-2604{i:03d}"])
add(
    subject="血糖測定器 貸出患者一覧（回収手配用）",
    sender=UMEZU, to=["海邦メディカル 物流課 <butsuryu@kaiho-medical.co.jp>"], charset="cp932",
    body="""海邦メディカル株式会社
物流課 ご担当者様

いつもお世話になっております。日の出産業 医療機器営業課の梅津です。
旧型リーダーの回収について、貸出中の患者様一覧（xls）を添付します。
ご自宅への回収キット送付をお願いいたします。
""" + sig("梅津 拓海", "医療機器営業課", "umezu.takumi", "03-5201-7770"),
    attachments=[{"kind": "xls", "name": "貸出患者一覧.xls", "sheets": {"貸出中": _rows}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"], note="legacy XLS of 6 patients with home address and diagnosis to a distributor",
)

# 049 — English: investigators' personal details for Form 1572 → overseas sponsor
_p = people("049", 5, 1960, 1982)
_lines = "\n".join(f"- Dr. {p['roma']}: DOB {p['y']}-{p['m']:02d}-{p['d']:02d}, home address {p['addr']} "
                   f"(〒{p['zip']}), mobile {p['mobile']}" for p in _p)
add(
    subject="HS-ONC-204 Japan investigators - details for 1572 / CV package",
    sender=RINA, to=["Laura Chen <laura.chen@helixor-pharma.com>"], charset="utf-8",
    body=f"""Hi Laura,

As requested for the regulatory binder, below are the personal details of the five Japanese
sub-investigators joining in Q3. CVs will follow once signed.

{_lines}

Please let me know if the home addresses need to be in English.
""" + sig("Rina Mizushima", "Clinical Operations", "mizushima.rina", "03-5201-7745", 3),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"], note="5 investigators' birth dates, home addresses and mobiles to an overseas sponsor",
)

# 050 — reply: the quote is harmless, the new text adds 5 pharmacists' private mobiles
add(
    subject="Re: 休日の緊急納品連絡先について",
    sender=KUSAKA, to=["かえで調剤薬局 本部 <honbu@kaede-yakkyoku.jp>"], charset="iso-2022-jp",
    body="""かえで調剤薬局 本部
ご担当者様

ご確認ありがとうございます。
弊社側の休日当番（薬剤師）の携帯番号は以下のとおりです。個人の携帯ですので取扱いにご留意ください。

　7月 4日（土）　九十九 琴音　０９０－３１７７－２０５８
　7月 5日（日）　釘宮 健太　　０８０－６６２０－９４１３
　7月11日（土）　一寸木 恵　　０９０－５５０１－８７３６
　7月12日（日）　毒島 悠人　　０７０－４１８８－２２６９
　7月18日（土）　八月一日 紗希　０９０－２９４６－７７１０

日下部

> 日の出産業 日下部様
> 休日に緊急で納品をお願いする場合の連絡先を教えていただけますでしょうか。
> かえで調剤薬局 本部
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="new reply text lists 5 named staff with private mobiles (full-width) to an external pharmacy chain",
)

# 051 — romaji names, full-width phones, private mails → ツバサシステム (partner) for CRM migration
_p = people("051", 7, 1955, 1985)
_rows = "\n".join(f"{p['ROMA']:<22}{fw(p['mobile'])}　{p['mail']}" for p in _p)
add(
    subject="CRM移行テストデータ（医師 個人連絡先）",
    sender=SAKAKI, to=["ツバサシステム 開発部 <dev-team@tsubasa-system.jp>"], charset="utf-8",
    body=f"""ツバサシステム 開発部 御中

お世話になっております。日の出産業の榊原です。
CRM移行の文字化けテスト用に、実データから医師の個人連絡先を抜き出しました。
ローマ字氏名と全角数字の混在パターンを確認してください。

NAME                  MOBILE              PRIVATE MAIL
----------------------------------------------------------------------
{_rows}

結果は来週の定例で伺います。
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="7 doctors' romaji names, private mobiles (full-width) and private mails to a vendor",
)

# 052 — 謝礼明細 XLSX; sheet 2 holds one speaker's My Number → event agency
_mn = my_number(52)
add(
    subject="6/12講演会 謝礼明細と源泉徴収のご依頼",
    sender=MOCHI, to=["ブライトイベント 木村様 <kimura@bright-event.co.jp>"], charset="utf-8",
    body="""木村様

お世話になっております。望月です。
6/12 講演会の謝礼明細を添付します。支払調書用の情報は2枚目のシートにあります。

よろしくお願いいたします。
望月
""",
    attachments=[{"kind": "xlsx", "name": "謝礼明細_0612.xlsx", "sheets": {
        "明細": [["講演会", "役割", "氏名", "謝礼（税込）"], ["6/12 循環器Web講演会", "座長", "百目鬼 正樹", 55000],
                 ["6/12 循環器Web講演会", "演者", "舎人 慎也", 110000]],
        "支払調書用": [["氏名", "住所", "個人番号"],
                  ["舎人 慎也", "埼玉県さいたま市浦和区高砂3-8-12", _mn]]}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="the second sheet holds a speaker's My Number and address, sent to an event agency",
)

# 053 — look-alike of the own domain in Cc (letters swapped)
add(
    subject="Re: 第3回 運営会議 議事録（案）",
    sender=KIRYU, to=["大槻 健司 <otsuki.k@medipath-cro.co.jp>"],
    cc=["高嶺 由佳 <takamine.yuka@hinode-sanygo.co.jp>"], charset="iso-2022-jp",
    body="""大槻様
（cc: 高嶺）

議事録案ありがとうございました。
4. 次回予定 の日付が 7/15 となっていますが、7/16 の誤りかと思います。
それ以外は特に修正ございません。

桐生
""",
    expect="stop", entities=[], detectors=["lookalike_domain", "multiple_external_domains"],
    note="Cc hinode-sanygo.co.jp is a look-alike of the own domain (letters swapped)",
)

# 054 — English RFP: three overseas CROs visible to each other
add(
    subject="RFP - Japan bridging study HSG-0311 (responses due 30 June)",
    sender=RINA,
    to=["bd@meridian-cro.com", "proposals@pacificrim-research.com", "Daniel Okafor <d.okafor@kestrel-clinical.com>"],
    charset="utf-8",
    body="""Dear colleagues,

Hinode Sangyo is inviting proposals for a Japan bridging study of HSG-0311 (Phase I, healthy
volunteers, approx. 48 subjects). Please find the RFP package on our supplier portal.

Key dates:
  - Questions by 19 June
  - Proposals by 30 June
  - Bid defence week of 13 July

We look forward to your proposals.
""" + sig("Rina Mizushima", "Clinical Operations", "mizushima.rina", "03-5201-7745", 3),
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing external CROs see each other in To (should be Bcc)",
)

# 055 — a speaker's disability stated in passing → さくらホテル
add(
    subject="7/3 講演会 講師控室とお部屋のご相談",
    sender=MOCHI, to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"], charset="iso-2022-jp",
    body="""さくらホテル 宴会予約
ご担当者様

お世話になっております。日の出産業の望月です。
7/3 の特別講演の講師、猪狩 修 先生についてご相談です。
先生は脊髄損傷により身体障害者手帳1級をお持ちで、車椅子をご利用です。
控室とご宿泊のお部屋をバリアフリー対応でご用意いただけますでしょうか。
また、登壇用のスロープの有無もお知らせください。

お手数をおかけしますが、よろしくお願いいたします。
""" + sig("望月 沙耶", "学術企画課", "mochizuki.saya", "03-5201-7750"),
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named speaker's disability (身体障害者手帳) in running text to an external hotel",
)

# 056 — a former MR's arrest stated in passing → 白川法律事務所 (partner)
add(
    subject="取引先病院からの照会への回答案について",
    sender=f"コンプライアンス室 沖田 <okita.jun@{D}>", to=["白川法律事務所 弓削先生 <yuge@shirakawa-law.jp>"],
    charset="utf-8",
    body="""白川法律事務所
弓削先生

いつもお世話になっております。日の出産業 コンプライアンス室の沖田です。
港北中央病院から、元当社MRに関する照会がありました件でご相談です。

元MRの生田目 拓真（2025年3月退職）は、昨年11月に同院元事務長への贈賄容疑で逮捕され、
現在公判中です。病院からは「在職中の接待記録の開示」を求められています。

回答案を添付しますので、開示範囲について来週ご意見をいただけますでしょうか。
""" + sig("沖田 淳", "コンプライアンス推進室", "okita.jun", "03-5201-7010"),
    attachments=[{"kind": "docx", "name": "回答案_港北中央病院.docx",
                  "paragraphs": ["港北中央病院 御中", "ご照会の件について（回答案）",
                                 "当社は本件について捜査機関に全面的に協力しております。"]}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named former employee's arrest (犯罪の経歴) sent to an external law firm",
)

# 057 — internal: My Numbers of speakers to internal accounting → pass
_p = people("057", 6, 1955, 1980)
_rows = "\n".join(f"{p['name']},{p['addr']},{my_number(5700 + i)}" for i, p in enumerate(_p))
add(
    subject="支払調書用 講師マイナンバー（6月分）",
    sender=MOCHI, to=[ONODERA], charset="utf-8",
    body=f"""小野寺さん

お疲れさまです。望月です。
6月分の講師の個人番号です（先生方から提供書面で回収済み）。

氏名,住所,個人番号
{_rows}

確認後、このメールは削除します。
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=[],
    note="My Numbers of 6 speakers, but the only recipient is internal",
)

# 058 — internal: 【社外秘】 launch strategy → pass
add(
    subject="【社外秘】エドキサ錠 下期販売戦略（所長会議資料）",
    sender=f"営業企画課 秦 <hata.kazuki@{D}>", to=[f"所長各位 <branch-managers@{D}>"],
    cc=[SAKAKI], charset="iso-2022-jp",
    body="""所長各位

お疲れさまです。営業企画課の秦です。
来週の所長会議資料を添付します。社外秘のため取扱いにご注意ください。

秦
""",
    attachments=[{"kind": "pptx", "name": "下期販売戦略_所長会議.pptx", "page_footer": "社外秘",
                  "slides": [["下期販売戦略", "重点3施設の採用獲得", "共同販促の強化"],
                             ["KPI", "新規採用 12施設", "処方医 +80名"]]}],
    expect="pass", entities=[], detectors=[], note="confidential marking, but every recipient is internal",
)

# 059 — internal: password ZIP → pass
add(
    subject="監査資料（パスワード別送）",
    sender=KURA, to=[f"信頼性保証室 舎人 <toneri.aya@{D}>"], charset="iso-2022-jp",
    body="""舎人さん

来週の内部監査用の資料です。パスワードは Teams で送ります。

蔵前
""",
    attachments=[{"kind": "zip", "name": "audit_docs.zip", "password": "Qa-2026-06",
                  "files": [{"kind": "txt", "name": "index.txt", "text": "SOP一覧\n教育記録\n"}]}],
    expect="pass", entities=[], detectors=[], note="encrypted ZIP, but to an internal recipient only",
)

# 060 — internal subdomain with case list → pass
_p = people("060", 5, 1950, 1975)
_rows = "\n".join(f"  {p['initials']:<6}{p['name']:<10}{p['age']}歳 {p['sex']}  {p['diag']}" for p in _p)
add(
    subject="Fwd: 追跡調査対象症例（社内確認用）",
    sender=ICHINOSE, to=[f"安全管理課 <pv-team@mail.{D}>"], charset="utf-8",
    body=f"""各位

追跡調査の対象症例です。社内確認用なので外部転送しないでください。

{_rows}

一ノ瀬
""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="case list with diagnoses to an internal subdomain (mail.hinode-sangyo.co.jp)",
)

# 061 — invoice PDF with 適格請求書 登録番号 (T + 法人番号) → SMO → pass
_cn = corp_number(61)
add(
    subject="ご請求書送付の件（HSG-RA-205 6月分 治験支援費）",
    sender=ONODERA, to=["ひかりSMO 経理 <keiri@hikari-smo.co.jp>"], charset="iso-2022-jp",
    body=f"""ひかりSMO株式会社
経理ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
6月分の治験支援費のご請求書（PDF）を送付いたします。
お支払期日は7月31日となっております。

請求書番号：INV-2606-0412
登録番号　：T{_cn}
""" + sig("小野寺 美紀", "事業部経理", "onodera.miki", "03-5201-7705"),
    attachments=[{"kind": "pdf", "name": "請求書_INV-2606-0412.pdf",
                  "lines": ["御請求書", "ひかりSMO株式会社 御中", f"日の出産業株式会社　登録番号 T{_cn}",
                            "請求書番号 INV-2606-0412　発行日 2026年6月30日"],
                  "table": [["品目", "数量", "単価", "金額"], ["治験薬管理支援費（6月）", "1", "180,000", "180,000"],
                            ["モニタリング同行費", "3", "25,000", "75,000"], ["消費税(10%)", "", "", "25,500"],
                            ["合計", "", "", "280,500"],
                            ["振込先：みどり銀行 日本橋支店 普通 1234567 ヒノデサンギヨウ(カ", "", "", ""]]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="an invoice with the company's T-number and company bank account: business data only",
)

# 062 — look-alike of 青葉運輸 (hyphen for the dot before co.)
add(
    subject="6/22 冷所品 緊急配送のお願い",
    sender=KUSAKA, to=["青葉運輸 配車センター <haisha@aoba-unyu-co.jp>"], charset="iso-2022-jp",
    body="""青葉運輸株式会社
配車センター ご担当者様

お世話になっております。日の出産業の日下部です。
6/22（月）午前中に、冷所品の緊急配送を1件お願いしたくご連絡しました。

　出荷元：日の出産業 川口物流センター
　納品先：清稜病院 薬剤部（東京都大田区）
　品目　：エドキサ注 10バイアル（2～8℃）
　個口　：1（保冷ボックス）

ご手配の可否をご連絡ください。
""" + sig("日下部 良平", "物流課", "kusakabe.ryohei", "03-5201-7760", 2),
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="aoba-unyu-co.jp imitates partner aoba-unyu.co.jp (hyphen for a dot)",
)

# 063 — English CDA negotiation with disclaimer → pass
add(
    subject="RE: Mutual CDA - Hinode Sangyo / Meridian CRO (redline v2)",
    sender=RINA, to=["Contracts Team <contracts@meridian-cro.com>"], charset="utf-8",
    body="""Dear Contracts Team,

Thank you for the redline. We can accept your changes to Clause 4 (term of confidentiality
obligations: 5 years) but would like to keep Japanese law and the Tokyo District Court in Clause 11.
A clean version will follow once our legal team has signed off.

Once the CDA is executed we will share the synopsis for the HSG-0311 bridging study.
""" + sig("Rina Mizushima", "Clinical Operations", "mizushima.rina", "03-5201-7745", 3) + DISC_EN + """
> From: Contracts Team <contracts@meridian-cro.com>
> Please see our redline attached. Main points: Clause 4 term, Clause 11 governing law.
""",
    expect="pass", entities=[], detectors=[],
    note="mail about a confidentiality agreement plus the standard disclaimer: no marking, no data",
)

# 064 — HTML table: list of trial sites (hospitals, switchboards, office mailboxes) → CRO → pass
_sites = [("003", "港北中央病院", "神奈川県横浜市港北区新横浜3-4-1", "045-470-1100", "chiken-jimu@kohoku-central-hp.or.jp"),
          ("007", "清稜病院", "東京都大田区蒲田5-21-3", "03-3731-2200", "chiken@seiryo-hp.or.jp"),
          ("012", "湊中央病院", "東京都港区芝浦2-9-17", "03-3455-8800", "crc@minato-central.or.jp"),
          ("015", "湘北記念病院", "神奈川県藤沢市鵠沼石上1-7-2", "0466-22-3311", "chiken@shohoku-kinen.or.jp"),
          ("021", "日吉台病院", "神奈川県横浜市港北区日吉本町4-12-8", "045-563-0770", "crc-office@hiyoshidai-hp.jp"),
          ("024", "大宮さくら医療センター", "埼玉県さいたま市大宮区桜木町2-3-5", "048-641-9000", "irb@omiya-sakura-mc.jp")]
_tr = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in _sites)
add(
    subject="HSG-RA-205 実施医療機関一覧（最新版）",
    sender=KIRYU, to=["大槻 健司 <otsuki.k@medipath-cro.co.jp>"], charset="utf-8",
    html=f"""<html><body>
<p>大槻様</p>
<p>お世話になっております。桐生です。<br>実施医療機関の一覧を更新しましたので共有します（施設024を追加）。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>施設No</th><th>医療機関名</th><th>所在地</th><th>代表電話</th><th>治験事務局</th></tr>
{_tr}
</table>
<p>よろしくお願いいたします。<br>桐生</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="list of hospitals with addresses, switchboards and office mailboxes: businesses, not people",
)

# 065 — 治験薬 shipments: site codes and tracking numbers → 青葉運輸 → pass
add(
    subject="治験薬 発送実績と追跡番号（6/16発送分）",
    sender=KUSAKA, to=["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"], charset="cp932",
    body="""青葉運輸 お客様センター 御中

日の出産業 物流課の日下部です。6/16発送分のうち、2件の配達状況を確認いただけますか。

施設コード	納品先	伝票番号	温度帯	状況
S003	港北中央病院 治験薬管理室	4417-2290-6635	冷蔵	配達済
S007	清稜病院 薬剤部	4417-2290-6646	冷蔵	配達済
S012	湊中央病院 臨床試験部	4417-2290-6650	常温	未着？
S021	日吉台病院 薬剤科	4417-2290-6661	冷蔵	未着？

S012・S021 の2件が施設側で未着とのことです。

日下部
""",
    expect="pass", entities=[], detectors=[], note="tracking numbers and hospital delivery points only",
)

# 066 — look-alike of さくらホテル (capital I for l)
add(
    subject="7/3 講演会 懇親会メニューの件",
    sender=MOCHI, to=["さくらホテル 宴会予約 <banquet@sakura-hoteI.jp>"], charset="iso-2022-jp",
    body="""さくらホテル
宴会予約 ご担当者様

お世話になっております。望月です。
懇親会のメニューについて、Bプラン（お一人様 8,000円）で確定させてください。
人数は 45名、アレルギー対応が2名分（えび・かに）必要です。

最終人数は 6/30 にご連絡いたします。
""" + sig("望月 沙耶", "学術企画課", "mochizuki.saya", "03-5201-7750", 1),
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="sakura-hoteI.jp uses a capital I for the l of partner sakura-hotel.jp (homoglyph)",
)

# 067 — 講演会 program PDF (chair + two speakers with affiliation) → 錦印刷 → pass
add(
    subject="7/3 講演会 プログラム 入稿データ",
    sender=MOCHI, to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"], charset="utf-8",
    body="""錦印刷 営業部 ご担当者様

お世話になっております。望月です。
プログラムの入稿データ（PDF）を送付いたします。A4 二つ折り、300部でお願いします。
""" + sig("望月 沙耶", "学術企画課", "mochizuki.saya", "03-5201-7750", 1),
    attachments=[{"kind": "pdf", "name": "program_0703.pdf",
                  "lines": ["循環器領域 学術講演会", "日時：2026年7月3日（金）19:00～20:30", "会場：さくらホテル 2F 桜の間",
                            "", "座長　港北中央病院 循環器内科 部長　百目鬼 正樹 先生",
                            "演者1　清稜病院 循環器内科 医長　設楽 浩二 先生",
                            "　「心房細動患者における抗凝固療法の実際」",
                            "演者2　港北医科大学 循環器内科学 教授　相楽 隆之 先生",
                            "　「高齢者の出血リスク評価」", "", "共催：日の出産業株式会社／つくし製薬株式会社"]}],
    expect="pass", entities=[], detectors=[],
    note="a printed programme naming three doctors with their public affiliation only",
)

# 068 — encrypted PDF (治験費用内訳) → SMO
add(
    subject="治験費用 内訳書（保護付PDF）",
    sender=ONODERA, to=["ひかりSMO 経理 <keiri@hikari-smo.co.jp>"], charset="iso-2022-jp",
    body="""ひかりSMO株式会社
経理ご担当者様

お世話になっております。小野寺です。
第1四半期の治験費用内訳書をお送りします。PDFには開封パスワードを設定しています。
パスワードは三好様にお電話でお伝え済みです。
""" + sig("小野寺 美紀", "事業部経理", "onodera.miki", "03-5201-7705"),
    attachments=[{"kind": "pdf", "name": "治験費用内訳_2026Q1.pdf", "password": "hkr2026q1",
                  "lines": ["治験費用内訳書 2026年第1四半期"],
                  "table": [["項目", "金額"], ["症例費", "2,400,000"], ["IRB費", "150,000"]]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF to an external SMO cannot be inspected",
)

# 069 — hard non-look-alike: a clinic whose name shares a word with a partner → pass
add(
    subject="穿刺針・センサーのご注文ありがとうございます",
    sender=UMEZU, to=["みどりクリニック 事務長 <jimu@midori-clinic.or.jp>"], charset="iso-2022-jp",
    body="""医療法人社団 みどりクリニック
事務長様

いつもお世話になっております。日の出産業の梅津です。
ご注文いただいた下記製品、6/24（水）午前着で手配いたしました。

　MD-0311 血糖測定センサー HG-3（50枚入）× 10箱
　MD-0320 穿刺針 28G（200本入）× 5箱
　注文番号：PO-MC-26-0188

請求書は月末締めでお送りいたします。
""" + sig("梅津 拓海", "医療機器営業課", "umezu.takumi", "03-5201-7770"),
    expect="pass", entities=[], detectors=[],
    note="midori-clinic.or.jp is an unrelated clinic, not a look-alike of midori-ginko.co.jp",
)

# 070 — recall notice to many pharmacies via Bcc → pass
add(
    subject="【お知らせ】ハイノプラゾール錠20mg 一部ロット自主回収のお願い",
    sender=KUSAKA, to=[f"物流課 <logistics@{D}>"],
    bcc=["honbu@kaede-yakkyoku.jp", "info@nagisa-pharmacy.co.jp", "tenpo@tsubame-ph.jp",
         "office@satsuki-yakkyoku.jp", "kanri@minato-chozai.co.jp"],
    charset="iso-2022-jp",
    body="""お取引先薬局 各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
この度、弊社販売のハイノプラゾール錠20mg の一部ロットにおいて、
錠剤の割れが確認されたため、自主回収（クラスⅡ）を実施いたします。

　対象ロット：HP2604A、HP2604B
　回収方法：弊社担当MRまたは物流課よりご連絡のうえ引き取りに伺います

ご迷惑をおかけし誠に申し訳ございません。
""" + sig("日下部 良平", "物流課", "kusakabe.ryohei", "03-5201-7760", 0),
    expect="pass", entities=[], detectors=[],
    note="external pharmacies are in Bcc only: they cannot see each other",
)

# 071 — XLSX with a 【部外秘】 title row → analytics agency
_sheet = [["【部外秘】MR別 処方実績（2026年5月）", None, None, None], [None, None, None, None],
          ["MR", "担当エリア", "処方数量", "前年比"],
          ["榊原", "港北", 4820, "112%"], ["宇佐美", "鶴見", 3310, "98%"], ["釘宮", "川崎", 2975, "104%"]]
add(
    subject="ダッシュボード用データ（5月分）",
    sender=f"営業企画課 秦 <hata.kazuki@{D}>", to=["インサイトラボ 分析チーム <analytics@insight-lab.co.jp>"],
    charset="utf-8",
    body="""インサイトラボ 分析チーム 御中

お世話になっております。日の出産業 営業企画課の秦です。
ダッシュボード更新用の5月分データをお送りします。

秦
""",
    attachments=[{"kind": "xlsx", "name": "mr_perf_202605.xlsx", "sheets": {"5月": _sheet}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the spreadsheet's title row is stamped 【部外秘】 and goes to an external agency",
)

# 072 — device maintenance schedule: hospitals (businesses) → 川崎電機 (partner) → pass
add(
    subject="輸液ポンプ定期点検スケジュール（7月）",
    sender=UMEZU, to=["川崎電機 サービス部 <service@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
    body="""川崎電機株式会社
サービス部 ご担当者様

お世話になっております。日の出産業の梅津です。
7月の輸液ポンプ定期点検先は以下のとおりです。

・7/7（火）清稜病院 ME室　　　　　　　　　　　台数 24（IP-500）
・7/9（木）日吉台病院 臨床工学科　　　　　　　台数 16（IP-500）
・7/14（火）大宮さくら医療センター ME センター　台数 31（IP-500／IP-700）
・7/16（木）港北中央病院 臨床工学室　　　　　　台数 20（IP-700）

各施設の窓口はいずれも ME室代表電話となります。
""" + sig("梅津 拓海", "医療機器営業課", "umezu.takumi", "03-5201-7770", 1),
    expect="pass", entities=[], detectors=[], note="schedule of hospitals (businesses) to a partner",
)

# 073 — look-alike of 錦印刷 (letter dropped)
add(
    subject="添付文書改訂版 印刷発注",
    sender=KUSAKA, to=["錦印刷 営業部 <eigyo@nishiki-insatu.co.jp>"], charset="iso-2022-jp",
    body="""錦印刷 営業部 ご担当者様

お世話になっております。日下部です。
エドキサ錠の添付文書改訂（第5版）に伴う印刷をお願いします。

　部数：20,000部
　納期：7月17日
　納品先：川口物流センター

版下は来週月曜に入稿いたします。
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops a letter of partner nishiki-insatsu.co.jp",
)

# 074 — medical device delivery note (serials, order no.) → hospital → pass
add(
    subject="納品書送付（血糖測定器 HG-3 リーダー）",
    sender=UMEZU, to=["日吉台病院 用度課 <yodo@hiyoshidai-hp.jp>"], charset="utf-8",
    body="""日吉台病院 用度課 御中

お世話になっております。日の出産業の梅津です。
本日納品いたしました機器の納品書をお送りします。

　注文番号：HY-2606-033
　品名：HG-3 リーダー　数量：5台
　シリアル：HG3-2606101 ～ HG3-2606105
　保証期間：2026年6月18日～2029年6月17日

設置説明は6/25 14時に伺います。
""" + sig("梅津 拓海", "医療機器営業課", "umezu.takumi", "03-5201-7770"),
    attachments=[{"kind": "pdf", "name": "納品書_HY-2606-033.pdf",
                  "lines": ["納品書", "日吉台病院 御中", "注文番号 HY-2606-033"],
                  "table": [["品名", "数量", "シリアル"], ["HG-3 リーダー", "5", "HG3-2606101～105"]]}],
    expect="pass", entities=[], detectors=[], note="delivery note with order and serial numbers",
)

# 075 — 取扱注意 stamp at the top of the body → 卸
add(
    subject="納入価改定のご提案（エドキサ錠）",
    sender=f"営業企画課 秦 <hata.kazuki@{D}>", to=["大東薬品 購買部 吉岡様 <yoshioka@daito-yakuhin.co.jp>"],
    charset="iso-2022-jp",
    body="""＜取扱注意＞

大東薬品株式会社
購買部 吉岡様

お世話になっております。日の出産業 営業企画課の秦です。
先日ご相談いただいた納入価の件、下期の条件として以下をご提案いたします。

　エドキサ錠30mg　仕切価 19,140円 → 18,800円（10月納品分より）
　エドキサ錠60mg　仕切価 19,370円 → 19,050円（同上）
　達成リベート：半期 3,000万円超で 1.5%

社内決裁前の条件のため、貴社内の限られた方のみでのご検討をお願いいたします。
""" + sig("秦 一樹", "営業企画課", "hata.kazuki", "03-5201-7715"),
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the mail itself is stamped ＜取扱注意＞ and goes to an external wholesaler",
)

# 076 — internal MR daily report with doctors' private mobiles → pass
_p = people("076", 6, 1955, 1985)
_rows = "\n".join(f"・{p['sei']}先生（{h}）個人携帯 {p['mobile']}" for p, h in
                  zip(_p, ["港北中央病院", "清稜病院", "菊名さくら内科", "日吉台病院", "大倉山内科", "湘北記念病院"]))
add(
    subject="日報 6/17 榊原（先生方 直通連絡先の件）",
    sender=SAKAKI, to=[f"真壁 哲 <makabe.tetsu@{D}>"], charset="utf-8",
    body=f"""真壁所長

本日の日報です。
講演会前の急ぎ連絡用に先生方から個人携帯を伺いました。社内CRMへの登録をお願いします。

{_rows}

明日は清稜病院の薬事委員会後に面談予定です。
榊原
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="6 doctors' private mobiles, but to an internal manager only",
)

# 077 — either: AE case with initials, age and sex only → licensor
add(
    subject="Follow-up information - Case JP-HS-2026-0142",
    sender=ICHINOSE, to=["Helixor PV Operations <pv-ops@helixor-pharma.com>"], charset="utf-8",
    body="""Dear PV Operations,

Follow-up #1 for case JP-HS-2026-0142 (Edoxa tablets 60 mg):

  Patient: initials Y.H., female, 70s
  Event: cerebral haemorrhage, onset 02-Jun-2026, fatal (09-Jun-2026)
  Relevant history: atrial fibrillation, prior TIA
  Reporter: physician (hospital in Kanagawa)

Autopsy was not performed. The reporter assessed the event as probably related.
""" + sig("Sota Ichinose", "Drug Safety", "ichinose.sota", "03-5201-7720", 3),
    expect="either", entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="pseudonymised case (initials, age band) with medical history: identifiability is debatable",
)

# 078 — English: Japan AE counts per product (no patients) → licensor → pass
add(
    subject="Japan PSUR input - AE counts Jan-Jun 2026",
    sender=ICHINOSE, to=["Laura Chen <laura.chen@helixor-pharma.com>"], charset="utf-8",
    body="""Hi Laura,

Japan cumulative counts for the PSUR data lock (01-Jan to 30-Jun 2026):

Product            Serious  Non-serious  Fatal
-----------------------------------------------
Edoxa 30 mg            14           61      1
Edoxa 60 mg            22           88      2
Hinoprazole 20 mg       3           17      0

Line listings will be transferred through the safety gateway as usual.
""" + sig("Sota Ichinose", "Drug Safety", "ichinose.sota", "03-5201-7720", 3),
    expect="pass", entities=[], detectors=[], note="aggregate counts per product, no individual cases",
)

# 079 — look-alike of ツバサシステム (letter dropped)
add(
    subject="EDC アカウント追加申請（清稜病院 CRC）",
    sender=KIRYU, to=["ツバサシステム ヘルプデスク <helpdesk@tsubasa-sytem.jp>"], charset="iso-2022-jp",
    body="""ツバサシステム ヘルプデスク 御中

お世話になっております。日の出産業の桐生です。
HSG-RA-205 の EDC について、アカウント追加をお願いいたします。

　施設：清稜病院（施設No.007）
　権限：CRC（入力・クエリ回答）
　利用開始希望日：6月29日

申請書は従来どおりポータルからも登録いたします。
""" + sig("桐生 真澄", "臨床開発部 治験推進課", "kiryu.masumi", "03-5201-7741"),
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp drops a letter of partner tsubasa-system.jp",
)

# 080 — unencrypted ZIP of product brochures → 卸 → pass
add(
    subject="新包装 製品資料一式",
    sender=KUSAKA, to=["大東薬品 学術課 <gakujutsu@daito-yakuhin.co.jp>"], charset="utf-8",
    body="""大東薬品 学術課 御中

お世話になっております。日の出産業の日下部です。
10月発売の新包装について、製品資料一式をZIPでお送りします。
MSさんへの説明会資料としてご活用ください。
""" + sig("日下部 良平", "物流課", "kusakabe.ryohei", "03-5201-7760", 2),
    attachments=[{"kind": "zip", "name": "edoxa_newpack_docs.zip", "files": [
        {"kind": "pdf", "name": "product_brochure.pdf",
         "lines": ["エドキサ錠 新包装のご案内", "PTP 140錠包装を追加（2026年10月発売）",
                   "GS1 コード：(01)14987123456789"]},
        {"kind": "xlsx", "name": "jan_codes.xlsx",
         "sheets": {"コード": [["製品名", "包装", "JAN"], ["エドキサ錠30mg", "140錠", "4987123456780"],
                              ["エドキサ錠60mg", "140錠", "4987123456797"]]}}]}],
    expect="pass", entities=[], detectors=[], note="readable ZIP of product brochures and codes",
)

# 081 — DOCX minutes, CRO + SMO (two external organisations) → pass
add(
    subject="第3回 運営会議 議事録（確定版）",
    sender=KIRYU, to=["大槻 健司 <otsuki.k@medipath-cro.co.jp>"],
    cc=["ひかりSMO 三好 <miyoshi@hikari-smo.co.jp>", TAKAMINE], charset="utf-8",
    body="""大槻様
三好様

お世話になっております。桐生です。
第3回運営会議の議事録（確定版）を添付いたします。
次回は7月16日（木）15時からです。

桐生
""",
    attachments=[{"kind": "docx", "name": "議事録_第3回運営会議.docx",
                  "paragraphs": ["HSG-RA-205 第3回運営会議 議事録", "日時：2026年6月10日 15:00-16:30",
                                 "出席：日の出産業（桐生、高嶺）、メディパスCRO（大槻）、ひかりSMO（三好）"],
                  "tables": [[["No", "議題", "決定事項"], ["1", "登録状況", "目標48例に対し現在29例"],
                              ["2", "逸脱", "来院許容幅超過2件、再教育実施"],
                              ["3", "次回予定", "7/16 15:00"]]]}],
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="minutes to a CRO and an SMO: two external organisations, no personal data",
)

# 082 — look-alike of 白川法律事務所 (digit 1 for l)
add(
    subject="治験業務委託契約書 レビューのお願い",
    sender=f"コンプライアンス室 沖田 <okita.jun@{D}>", to=["白川法律事務所 弓削先生 <yuge@shirakawa-1aw.jp>"],
    charset="iso-2022-jp",
    body="""白川法律事務所
弓削先生

いつもお世話になっております。日の出産業の沖田です。
ノヴァクリニカル社との治験業務委託契約書（先方ひな形）について、
第8条（損害賠償）と第15条（再委託）を中心にレビューをお願いできますでしょうか。

ご回答は7月3日頃までにいただけますと助かります。
""" + sig("沖田 淳", "コンプライアンス推進室", "okita.jun", "03-5201-7010"),
    attachments=[{"kind": "docx", "name": "治験業務委託契約書_ノヴァ案.docx",
                  "paragraphs": ["治験業務委託契約書", "第8条（損害賠償）", "第15条（再委託）"]}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="shirakawa-1aw.jp replaces the l of partner shirakawa-law.jp with a digit 1",
)

# 083 — forward of a packaging vendor's quote (business content) to a partner → pass
add(
    subject="FW: 【見積】保冷ボックス（治験薬輸送用）",
    sender=KUSAKA, to=["青葉運輸 営業部 <eigyo@aoba-unyu.co.jp>"], charset="iso-2022-jp",
    body="""青葉運輸 営業部 ご担当者様

お世話になっております。日下部です。
資材メーカーから保冷ボックスの見積が届きました。
御社の現行ボックスとの比較をお願いできますでしょうか。

---------- 転送メッセージ ----------
差出人: 東邦パッケージ 営業部 <sales@toho-package.co.jp>
日付: 2026年6月16日 10:12
件名: 【見積】保冷ボックス（治験薬輸送用）

日の出産業 日下部様

お見積りをお送りします。
　TB-48（2～8℃ 48時間保持）　単価 4,800円／100個以上 4,300円
　TB-72（2～8℃ 72時間保持）　単価 6,200円／100個以上 5,600円
納期：ご発注後2週間

東邦パッケージ 営業部 野口
""",
    expect="pass", entities=[], detectors=[],
    note="forwarded quotation with prices only; forward is new text but carries no personal data",
)

# 084 — DOCX with a CONFIDENTIAL page header (Investigator's Brochure excerpt) → overseas CRO
add(
    subject="HSG-0311 IB excerpt for feasibility",
    sender=RINA, to=["bd@meridian-cro.com"], charset="utf-8",
    body="""Dear Meridian team,

Following execution of the CDA, please find attached the Investigator's Brochure excerpt
(non-clinical summary and Phase I PK) to support your feasibility assessment.
""" + sig("Rina Mizushima", "Clinical Operations", "mizushima.rina", "03-5201-7745", 3),
    attachments=[{"kind": "docx", "name": "HSG-0311_IB_excerpt_v2.docx",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                  "page_footer": "Confidential: do not copy or distribute",
                  "paragraphs": ["Investigator's Brochure - HSG-0311 (excerpt)", "1. Non-clinical pharmacology",
                                 "2. Phase I single ascending dose: Cmax and AUC increased dose-proportionally."]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the attached document is stamped CONFIDENTIAL in its header and footer, to an external CRO",
)

# 085 — JP disclaimer with 機密 word, schedule only → CRO → pass
add(
    subject="SDV 日程候補のご連絡",
    sender=TAKAMINE, to=["メディパスCRO 臨床開発部 <clin-ops@medipath-cro.co.jp>"], charset="iso-2022-jp",
    body="""メディパスCRO 臨床開発部
ご担当者様

お世話になっております。日の出産業の高嶺です。
湘北記念病院のSDV日程について、施設から以下の候補をいただきました。

　7月13日（月）終日
　7月15日（水）午後
　7月21日（火）午前

閲覧可能な席は2席とのことです。ご都合をお知らせください。
""" + sig("高嶺 由佳", "臨床開発部 治験推進課", "takamine.yuka", "03-5201-7742") + DISC_JA,
    expect="pass", entities=[], detectors=[],
    note="scheduling mail whose only 機密 wording is the standard disclaimer",
)

# 086 — one doctor's business contact → CRO → pass
add(
    subject="清稜病院 責任医師のご連絡先",
    sender=SAKAKI, to=["大槻 健司 <otsuki.k@medipath-cro.co.jp>"], charset="utf-8",
    body="""大槻様

お世話になっております。日の出産業の榊原です。
ご依頼の清稜病院の責任医師のご連絡先です。

　清稜病院 循環器内科 医長　設楽 浩二 先生
　医局 TEL：03-3731-2200（内線 4512）
　メール：shitara.koji@seiryo-hp.or.jp

外来は火・木の午前ですので、それ以外の時間帯にご連絡いただくのがよいと思います。

榊原
""",
    expect="pass", entities=[], detectors=[],
    note="one doctor's business contact (hospital extension, work mail) to a CRO",
)

# 087 — corrupt XLSX → pharmacy chain
add(
    subject="5月 納品実績データ",
    sender=KUSAKA, to=["なぎさ薬局 本部 購買課 <kobai@nagisa-pharmacy.co.jp>"], charset="iso-2022-jp",
    body="""なぎさ薬局 本部
購買課 ご担当者様

お世話になっております。日の出産業の日下部です。
5月の店舗別納品実績をお送りします。ご確認ください。
""" + sig("日下部 良平", "物流課", "kusakabe.ryohei", "03-5201-7760", 2),
    attachments=[{"kind": "corrupt", "name": "納品実績_202605.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# 088 — 治験費用 見積 XLSX → SMO → pass
add(
    subject="HSG-DM-301 SMO業務 見積依頼への回答（弊社想定）",
    sender=KIRYU, to=["あおぞらSMO 営業部 <sales@aozora-smo.jp>"], charset="utf-8",
    body="""あおぞらSMO 営業部 ご担当者様

お世話になっております。日の出産業の桐生です。
HSG-DM-301 の SMO 業務について、弊社想定の業務範囲と単価表を添付します。
御社のお見積りと比較させていただければと思います。
""" + sig("桐生 真澄", "臨床開発部 治験推進課", "kiryu.masumi", "03-5201-7741"),
    attachments=[{"kind": "xlsx", "name": "SMO業務範囲_単価表.xlsx", "sheets": {
        "表紙": [["HSG-DM-301 SMO業務 範囲・単価（案）"], ["作成：日の出産業 治験推進課"]],
        "単価": [["業務", "単位", "単価（円）"], ["施設立ち上げ支援", "施設", 350000],
                 ["CRC業務（症例）", "症例", 280000], ["IRB事務局支援", "回", 60000]]}}],
    expect="pass", entities=[], detectors=[], note="scope and price table for SMO services",
)

# 089 — four engineers with mobiles for surgery attendance → hospital → pass (may warn)
add(
    subject="7月 手術立会い担当者のご連絡",
    sender=UMEZU, to=["港北中央病院 手術部 <ope-office@kohoku-central-hp.or.jp>"], charset="iso-2022-jp",
    body="""港北中央病院 手術部
ご担当者様

お世話になっております。日の出産業 医療機器営業課の梅津です。
7月の立会い担当者をお知らせします。当日のご連絡は各担当の携帯までお願いいたします。

　7/2, 7/9　　猪狩 健太　　０８０－２２１４－６６０３
　7/14　　　　鬼頭 さくら　０９０－７７４０－３１５８
　7/21　　　　弓削 大輔　　０７０－５８３３－９０２７
　7/28　　　　梅津 拓海　　０８０－４４１２－７７３０

入室時は従来どおり業者入館票を記入いたします。
""" + sig("梅津 拓海", "医療機器営業課", "umezu.takumi", "03-5201-7770"),
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four staff members with mobiles: fewer than five records, may warn",
)

# 090 — 極秘 footer in a PPTX → advertising agency
add(
    subject="新製品ローンチ広告 オリエン資料",
    sender=f"営業企画課 秦 <hata.kazuki@{D}>", to=["広告ワークス 営業局 <account@koukoku-works.co.jp>"],
    charset="utf-8",
    body="""広告ワークス 営業局 ご担当者様

お世話になっております。日の出産業の秦です。
来週のオリエンテーション資料を先行してお送りします。
当日はこの資料に沿ってご説明いたします。
""" + sig("秦 一樹", "営業企画課", "hata.kazuki", "03-5201-7715"),
    attachments=[{"kind": "pptx", "name": "HSG-0311_launch_orien.pptx", "page_footer": "極秘",
                  "slides": [["HSG-0311 ローンチ計画", "承認取得見込み：2027年3月", "発売：2027年5月"],
                             ["コミュニケーション戦略", "ターゲット：循環器専門医", "主要メッセージ案 3本"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="every slide of the attached PPTX carries a 極秘 footer, to an external agency",
)

# 091 — one free-mail doctor + the event agency (two parties) → pass
add(
    subject="7/3 ご講演 当日のご案内",
    sender=MOCHI, to=["設楽 浩二 先生 <k.shitara.md@gmail.com>"],
    cc=["ブライトイベント 木村様 <kimura@bright-event.co.jp>"], charset="iso-2022-jp",
    body="""設楽 浩二 先生

いつも大変お世話になっております。日の出産業 学術企画課の望月です。
7月3日のご講演につきまして、当日のご案内をお送りいたします。

　集合：18:15　さくらホテル 2F 講師控室
　講演：19:10～19:50（質疑含む）
　スライド：7/1 までに木村（ブライトイベント）宛にお送りください

当日はどうぞよろしくお願いいたします。
""" + sig("望月 沙耶", "学術企画課", "mochizuki.saya", "03-5201-7750", 0),
    expect="pass", entities=[], detectors=["freemail_recipient", "multiple_external_domains"],
    note="one free-mail recipient plus one agency: two parties, logistics only",
)

# 092 — driver's licence numbers of 5 MRs → car lease company
_p = people("092", 5, 1975, 1998)
_lic = random.Random("pharma-092-licence")
_rows = "\n".join(f"{p['name']}\t{wareki(p['y'], p['m'], p['d'], 'fwkanji')}\t"
                  f"{fw(_lic.choice(['30', '30', '45', '46', '52']) + str(p['y'] + 19)[2:] + str(_lic.randrange(100000, 999999)) + str(_lic.randrange(10)) + str(_lic.choice([0, 0, 1])))}"
                  for p in _p)
add(
    subject="社有車 運転者登録の変更（東京第二営業所）",
    sender=f"総務課 四月一日 <watanuki.ryo@{D}>", to=["ひなたリース 法人営業部 <fleet@hinata-lease.co.jp>"],
    charset="cp932",
    body=f"""ひなたリース株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業 総務課の四月一日（わたぬき）です。
7月1日付の人事異動に伴い、東京第二営業所の社有車運転者を以下のとおり登録変更いたします。

氏名\t生年月日\t運転免許証番号
{_rows}

任意保険の運転者限定の変更もあわせてお願いいたします。
""" + sig("四月一日 亮", "総務課（事業部担当）", "watanuki.ryo", "03-5201-7003", 2),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="5 employees' driver's licence numbers and birth dates (full-width) to a lease company",
)

# 093 — pharmacies with a 担当 surname column (business contacts), CSV UTF-8 → 卸 → pass
_rows = [["得意先コード", "薬局名", "所在地", "代表TEL", "担当"],
         ["K0101", "なぎさ薬局 本町店", "千葉県船橋市本町4-3-11", "047-431-2210", "中村"],
         ["K0102", "かえで調剤薬局", "千葉県船橋市湊町2-7-5", "047-436-8871", "伊藤"],
         ["K0115", "ひまわり薬局 西船橋店", "千葉県船橋市西船4-19-3", "047-433-5092", "高橋"],
         ["K0120", "さつき薬局", "千葉県市川市八幡2-15-1", "047-333-1184", "佐々木"],
         ["K0131", "みなと調剤 市川店", "千葉県市川市市川1-24-6", "047-326-9910", "渡部"],
         ["K0144", "つばめ薬局", "千葉県習志野市津田沼1-10-22", "047-472-6653", "吉岡"]]
add(
    subject="船橋・市川エリア 得意先マスタ（更新分）",
    sender=KUSAKA, to=["大東薬品 船橋支店 <funabashi@daito-yakuhin.co.jp>"], charset="utf-8",
    body="""大東薬品 船橋支店 御中

お世話になっております。日の出産業の日下部です。
得意先マスタの更新分をCSVでお送りします。担当欄は各店舗の発注窓口の方です。
""" + sig("日下部 良平", "物流課", "kusakabe.ryohei", "03-5201-7760", 2),
    attachments=[{"kind": "csv", "name": "tokuisaki_funabashi.csv", "rows": _rows, "encoding": "utf-8"}],
    expect="pass", entities=[], detectors=[],
    note="pharmacies with store phone and a contact surname: a list of businesses, not people",
)

# 094 — look-alike: own name on another TLD
_p = people("094", 3, 1960, 1980)
_rows = "\n".join(f"{p['name']} 先生：{p['mobile']}" for p in _p)
add(
    subject="先生方の連絡先（自宅PC転送用）",
    sender=SAKAKI, to=["榊原 啓介 <sakakibara.keisuke@hinode-sangyo.com>"], charset="iso-2022-jp",
    body=f"""自分用メモ

週末に講演会の最終確認をするため、先生方の携帯番号を転送。

{_rows}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyo.com is not the company domain (.co.jp): another TLD look-alike",
)

# 095 — IRB schedule of hospitals; the word 社外秘 only mentioned → CRO → pass
add(
    subject="各施設 IRB 開催日程（7～9月）",
    sender=TAKAMINE, to=["大槻 健司 <otsuki.k@medipath-cro.co.jp>"], charset="utf-8",
    body="""大槻様

お世話になっております。高嶺です。
プロトコル改訂の審議に向け、各施設のIRB開催日程をまとめました。

医療機関,7月,8月,9月,資料締切
港北中央病院,7/14,8/11,9/8,開催3週間前
清稜病院,7/21,休会,9/15,開催2週間前
湘北記念病院,7/8,8/5,9/2,開催4週間前
日吉台病院,7/28,8/25,9/22,開催3週間前

なお、社外秘扱いの改訂版計画書そのものは本メールには添付しておりません。
確定後にポータル経由で共有いたします。

高嶺
""",
    expect="pass", entities=[], detectors=[],
    note="hospital IRB schedule; 社外秘 is only mentioned, nothing is marked or attached",
)

# 096 — English status mail, CRO + licensor in To/Cc (two organisations) → pass
add(
    subject="HS-ONC-204 Japan: site activation status (week 25)",
    sender=RINA, to=["Daniel Okafor <d.okafor@kestrel-clinical.com>"],
    cc=["Laura Chen <laura.chen@helixor-pharma.com>"], charset="utf-8",
    body="""Hi Daniel, Laura,

Weekly status for Japan:

* Sites activated: 9 of 12 (Site 021 activated 15 June)
* Sites pending: 024 (IRB 8 July), 027 (contract), 030 (SIV 2 July)
* Screened / randomised: 41 / 29
* Open queries > 30 days: 6 (down from 14)

No new safety signals this week.

Best,
Rina
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc, site-level status only",
)

# 097 — password ZIP in English → overseas CRO
add(
    subject="HS-ONC-204 - query listing (encrypted)",
    sender=RINA, to=["Daniel Okafor <d.okafor@kestrel-clinical.com>"], charset="utf-8",
    body="""Hi Daniel,

Attached is the encrypted query listing for the Japanese sites. The password will follow in a
separate e-mail, as per our data transfer plan.

Best,
Rina
""",
    attachments=[{"kind": "zip", "name": "ONC204_JP_queries.zip", "password": "K3str3l!204",
                  "files": [{"kind": "xlsx", "name": "queries.xlsx",
                             "sheets": {"Q": [["Site", "Subject", "Query"], ["012", "012-0007", "Check lipase value"]]}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP to an overseas CRO cannot be inspected",
)

# 098 — English reply; SAE details only in the quoted "On … wrote:" part → pass
add(
    subject="Re: SAE follow-up - Subject 012-0007",
    sender=RINA, to=["Kestrel Safety Desk <safety.desk@kestrel-clinical.com>"], charset="utf-8",
    body="""Thanks, received. I will ask the site for the discharge summary and lipase trend and come back
to you by Friday.

Rina

On Thu, 11 Jun 2026 at 09:14, Kestrel Safety Desk <safety.desk@kestrel-clinical.com> wrote:
> Dear Rina,
> Case KCS-26-00871 has been created for Subject 012-0007 (DOB 14-Mar-1957, male,
> history of type 2 diabetes and gastrectomy for gastric cancer). Please obtain the
> discharge summary and lipase values.
> Kestrel Safety Desk
""",
    expect="pass", entities=[], detectors=[],
    note="subject's birth date and history appear only in the quoted part written by the recipient",
)

# 099 — HTML newsletter to pharmacists in Bcc → pass
add(
    subject="【日の出産業】DI ニュース 2026年7月号",
    sender=f"日の出産業 学術情報 <di-news@{D}>", to=[f"di-news@{D}"],
    bcc=["kanri@minato-chozai.co.jp", "info@nagisa-pharmacy.co.jp", "honbu@kaede-yakkyoku.jp",
         "yakuzai@seiryo-hp.or.jp", "di@hiyoshidai-hp.jp"],
    charset="utf-8",
    html="""<html><body>
<h2>DI ニュース 2026年7月号</h2>
<p>薬局・病院薬剤部の皆さまへ</p>
<table border="1" cellpadding="4">
<tr><th>製品</th><th>お知らせ</th><th>時期</th></tr>
<tr><td>エドキサ錠</td><td>添付文書改訂（相互作用の項）</td><td>7月中旬</td></tr>
<tr><td>ハイノプラゾール錠</td><td>一部ロット自主回収のご案内</td><td>実施中</td></tr>
<tr><td>HG-3 リーダー</td><td>旧型の回収・無償交換</td><td>9月末まで</td></tr>
</table>
<p>配信停止をご希望の方はこのメールにご返信ください。</p>
<p>日の出産業株式会社 ヘルスケア事業部 学術情報室</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="newsletter with recipients in Bcc only, HTML table of product news",
)

# 100 — three external organisations visible (hotel, agency, printer)
add(
    subject="7/3 講演会 最終打合せ（会場・運営・印刷物）",
    sender=MOCHI,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>", "ブライトイベント 木村様 <kimura@bright-event.co.jp>"],
    cc=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"], charset="iso-2022-jp",
    body="""関係各位

お世話になっております。日の出産業の望月です。
7/3 講演会の最終打合せを下記のとおり行いたく、ご案内いたします。

　日時：6月26日（金）14:00～15:00
　場所：さくらホテル 2F 桜の間（現地確認を兼ねて）
　議題：受付動線、配布物の搬入時刻（錦印刷様）、演者対応

ご都合が悪い場合はご連絡ください。
""" + sig("望月 沙耶", "学術企画課", "mochizuki.saya", "03-5201-7750"),
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="hotel, event agency and printer (three external organisations) see each other in To/Cc",
)
