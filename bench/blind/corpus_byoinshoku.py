"""ブラインド評価コーパス: 病院給食（byoinshoku）。

日の出産業株式会社 メディカルフードサービス事業部（病院・施設の給食受託）の社外・社内メール 100 通。
食事箋、治療食（糖尿病食・腎臓病食）の指示、アレルギー・嚥下の状態、病棟別の患者リスト、
契約管理栄養士、受託先病院、食材業者・配送業者とのやりとりを題材にする。

AREA = byoinshoku
SEED = 30001  （マイナンバーは my_number(SEED + k)、カード番号は card_number(SEED + k)、
               k はすべて別々）

登場する人物・番号・住所・病院・取引先（パートナー 8 社を除く）はすべて架空。
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 30001
AREA = "byoinshoku"

# ---------------------------------------------------------------------------------------
# 架空データの素材
# ---------------------------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("山口", "ヤマグチ", "Yamaguchi"), ("池田", "イケダ", "Ikeda"),
    ("水野", "ミズノ", "Mizuno"), ("丹羽", "ニワ", "Niwa"), ("服部", "ハットリ", "Hattori"),
    ("杉浦", "スギウラ", "Sugiura"), ("神谷", "カミヤ", "Kamiya"), ("榊原", "サカキバラ", "Sakakibara"),
    ("都築", "ツヅキ", "Tsuzuki"), ("祖父江", "ソブエ", "Sobue"), ("纐纈", "コウケツ", "Koketsu"),
    ("不破", "フワ", "Fuwa"), ("鬼頭", "キトウ", "Kito"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("東海林", "ショウジ", "Shoji"), ("五十嵐", "イガラシ", "Igarashi"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("薬袋", "ミナイ", "Minai"), ("百目鬼", "ドウメキ", "Domeki"), ("御手洗", "ミタライ", "Mitarai"),
    ("忽那", "クツナ", "Kutsuna"), ("四十物", "アイモノ", "Aimono"), ("宇佐美", "ウサミ", "Usami"),
    ("加納", "カノウ", "Kano"), ("長谷川", "ハセガワ", "Hasegawa"), ("大矢", "オオヤ", "Oya"),
    ("早川", "ハヤカワ", "Hayakawa"), ("野々村", "ノノムラ", "Nonomura"), ("梶田", "カジタ", "Kajita"),
    ("伴", "バン", "Ban"), ("間瀬", "マセ", "Mase"), ("犬飼", "イヌカイ", "Inukai"),
]
GIVEN_F = [
    ("美咲", "ミサキ", "Misaki"), ("陽菜", "ヒナ", "Hina"), ("結衣", "ユイ", "Yui"),
    ("真由美", "マユミ", "Mayumi"), ("恵子", "ケイコ", "Keiko"), ("和子", "カズコ", "Kazuko"),
    ("幸子", "サチコ", "Sachiko"), ("久美子", "クミコ", "Kumiko"), ("由美子", "ユミコ", "Yumiko"),
    ("千尋", "チヒロ", "Chihiro"), ("彩香", "アヤカ", "Ayaka"), ("奈々", "ナナ", "Nana"),
    ("典子", "ノリコ", "Noriko"), ("弘美", "ヒロミ", "Hiromi"), ("さくら", "サクラ", "Sakura"),
    ("トメ", "トメ", "Tome"), ("キヨ子", "キヨコ", "Kiyoko"), ("静江", "シズエ", "Shizue"),
    ("文子", "フミコ", "Fumiko"), ("明美", "アケミ", "Akemi"),
]
GIVEN_M = [
    ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("健一", "ケンイチ", "Kenichi"),
    ("誠", "マコト", "Makoto"), ("浩二", "コウジ", "Koji"), ("隆", "タカシ", "Takashi"),
    ("拓也", "タクヤ", "Takuya"), ("悠斗", "ユウト", "Yuto"), ("蓮", "レン", "Ren"),
    ("正夫", "マサオ", "Masao"), ("茂", "シゲル", "Shigeru"), ("勇", "イサム", "Isamu"),
    ("博之", "ヒロユキ", "Hiroyuki"), ("直樹", "ナオキ", "Naoki"), ("勝利", "カツトシ", "Katsutoshi"),
    ("辰雄", "タツオ", "Tatsuo"), ("義男", "ヨシオ", "Yoshio"), ("清", "キヨシ", "Kiyoshi"),
    ("和也", "カズヤ", "Kazuya"), ("康弘", "ヤスヒロ", "Yasuhiro"),
]
ADDRS = [
    ("466-0015", "愛知県", "名古屋市昭和区", "御器所通"), ("464-0850", "愛知県", "名古屋市千種区", "今池"),
    ("453-0015", "愛知県", "名古屋市中村区", "椿町"), ("457-0058", "愛知県", "名古屋市南区", "前浜通"),
    ("486-0945", "愛知県", "春日井市", "勝川町"), ("444-0864", "愛知県", "岡崎市", "明大寺町"),
    ("441-8021", "愛知県", "豊橋市", "白河町"), ("500-8833", "岐阜県", "岐阜市", "神田町"),
    ("510-0086", "三重県", "四日市市", "諏訪栄町"), ("491-0858", "愛知県", "一宮市", "栄"),
    ("448-0027", "愛知県", "刈谷市", "相生町"), ("470-0136", "愛知県", "日進市", "竹の山"),
    ("503-0904", "岐阜県", "大垣市", "高屋町"), ("514-0004", "三重県", "津市", "栄町"),
    ("475-0836", "愛知県", "半田市", "青山"), ("489-0071", "愛知県", "瀬戸市", "暁町"),
    ("471-0025", "愛知県", "豊田市", "西町"), ("446-0032", "愛知県", "安城市", "御幸本町"),
    ("462-0844", "愛知県", "名古屋市北区", "清水"), ("468-0015", "愛知県", "名古屋市天白区", "原"),
]
AREA_CODES = {"名古屋市": "052", "日進市": "0561", "春日井市": "0568", "岡崎市": "0564", "豊橋市": "0532",
              "一宮市": "0586", "刈谷市": "0566", "安城市": "0566", "半田市": "0569", "瀬戸市": "0561",
              "豊田市": "0565", "岐阜市": "058", "大垣市": "0584", "四日市市": "059", "津市": "059"}
BUILDINGS = ["", "", "", "", " コーポ若葉 203", " メゾン桜 1F", " サンハイツ 305号", " グランシャトー杁中 702",
             " ハイツ松風 B棟 11号"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp"]

# 食種と病名（受託先病院の食事箋から）
DIETS = [
    ("エネルギーコントロール食 1600kcal", "2型糖尿病"),
    ("エネルギーコントロール食 1400kcal", "2型糖尿病・肥満症"),
    ("エネルギーコントロール食 1800kcal", "1型糖尿病"),
    ("たんぱくコントロール食 P40g 塩6g", "慢性腎臓病 G4"),
    ("たんぱくコントロール食 P50g K制限", "糖尿病性腎症 第3期"),
    ("たんぱくコントロール食 P30g", "慢性腎不全（透析導入前）"),
    ("嚥下調整食 コード2-1", "脳梗塞後遺症・嚥下障害"),
    ("嚥下調整食 コード3", "パーキンソン病・嚥下障害"),
    ("嚥下調整食 コード1j", "誤嚥性肺炎"),
    ("脂質コントロール食 30g", "慢性膵炎"),
    ("肝臓食", "アルコール性肝硬変"),
    ("減塩食 6g", "慢性心不全"),
    ("術後食 五分粥", "胃切除術後"),
    ("潰瘍食", "十二指腸潰瘍"),
]
ALLERGIES = ["なし", "なし", "なし", "卵", "乳", "小麦", "えび・かに", "そば", "落花生", "さば", "キウイ"]

_ZEN = str.maketrans("0123456789-./:()", "０１２３４５６７８９－．／：（）")


def zen(s: str) -> str:
    """半角数字・記号を全角に（手入力の名簿によくある書き方）。"""
    return s.translate(_ZEN)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if y >= 2019 and (y, m) >= (2019, 5):
        era, short, n = "令和", "R", y - 2018
    elif y >= 1989:
        era, short, n = "平成", "H", y - 1988
    else:
        era, short, n = "昭和", "S", y - 1925
    if (y, m, d) < (1989, 1, 8) and y == 1989:
        era, short, n = "昭和", "S", 64
    if style == "kanji":
        return f"{era}{'元' if n == 1 else n}年{m}月{d}日"
    if style == "short":
        return f"{short}{n}.{m}.{d}"
    if style == "zen":
        return zen(f"{short}{n}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    if style == "zenkanji":
        return f"{era}{'元' if n == 1 else zen(str(n))}年{zen(str(m))}月{zen(str(d))}日"
    if style == "iso":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "seireki":
        return f"{y}年{m}月{d}日"
    raise ValueError(style)


def person(k: int, old: bool = False) -> dict:
    """k 番目の架空人物（職員・応募者なら old=False、患者なら old=True）。"""
    r = random.Random(f"{SEED}-person-{k}")
    sur = SURNAMES[r.randrange(len(SURNAMES))]
    sex = r.choice("MF")
    giv = (GIVEN_M if sex == "M" else GIVEN_F)[r.randrange(20)]
    y = r.randint(1930, 1966) if old else r.randint(1963, 2003)
    m, d = r.randint(1, 12), r.randint(1, 28)
    zipc, pref, city, town = ADDRS[r.randrange(len(ADDRS))]
    c, b, g = r.randint(1, 5), r.randint(1, 28), r.randint(1, 19)
    bld = BUILDINGS[r.randrange(len(BUILDINGS))]
    mob = f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    area = next((v for k, v in AREA_CODES.items() if city.startswith(k)), "052")
    if len(area) == 3:
        tel = f"{area}-{r.randint(200, 899)}-{r.randint(1000, 9999)}"
    else:
        tel = f"{area}-{r.randint(21, 89)}-{r.randint(1000, 9999)}"
    fm = FREEMAIL[r.randrange(len(FREEMAIL))]
    local = f"{giv[2].lower()}.{sur[2].lower()}{r.randint(1, 99)}"
    diet = DIETS[r.randrange(len(DIETS))]
    return {
        "sei": sur[0], "mei": giv[0], "name": f"{sur[0]} {giv[0]}", "name2": f"{sur[0]}{giv[0]}",
        "kana": f"{sur[1]} {giv[1]}", "romaji": f"{giv[2]} {sur[2].upper()}",
        "sex": "男" if sex == "M" else "女", "y": y, "m": m, "d": d,
        "age": 2025 - y - (1 if (m, d) > (6, 1) else 0),
        "zip": zipc, "pref": pref, "city": city,
        "addr": f"{pref}{city}{town}{c}丁目{b}番{g}号{bld}",
        "addr_short": f"{city}{town}{c}-{b}-{g}{bld}",
        "mobile": mob, "tel": tel, "email": f"{local}@{fm}",
        "diet": diet[0], "dx": diet[1], "allergy": ALLERGIES[r.randrange(len(ALLERGIES))],
        "pid": f"{r.randint(100000, 999999):07d}",
        "room": f"{r.randint(3, 6)}{r.randint(0, 2)}{r.randint(1, 9)}",
        "bed": r.choice("ABCD"),
        "bank": (r.choice(["みどり銀行", "東海中央信用金庫", "ゆうちょ銀行", "三河第一銀行", "岐阜商工信用組合"]),
                 f"{r.randint(100, 899)}", "普通", f"{r.randint(1000000, 9999999)}"),
        "r": r,
    }


def people(start: int, n: int, old: bool = False, floor: int | None = None) -> list[dict]:
    """start から n 人。floor を渡すと病室番号をその階にそろえる（病棟別の一覧）。"""
    out = [person(start + i, old) for i in range(n)]
    if floor is not None:
        for x in out:
            x["room"] = f"{floor}{x['room'][1:]}"
    return out


def corp_number(base12: str) -> str:
    """法人番号（13桁、先頭が検査用数字）。"""
    digits = [int(c) for c in base12]
    total = sum(digits[12 - n] * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + base12


def pad(s: str, w: int) -> str:
    """全角を幅 2 と数えて右を空白で埋める（等幅フォントで貼った表）。"""
    width = sum(2 if ord(ch) > 0xFF else 1 for ch in s)
    return s + " " * max(w - width, 1)


# ---------------------------------------------------------------------------------------
# 署名と免責文
# ---------------------------------------------------------------------------------------

HQ = "〒460-0008 愛知県名古屋市中区栄三丁目12番5号 日の出栄ビル7階"


def sig(name: str, dept: str = "メディカルフードサービス事業部", tel: str = "052-261-4410",
        mail: str = "", office: str = HQ, mobile: str = "") -> str:
    if name.startswith(dept):
        name = name[len(dept):].strip("　 ")
    fax = "052-261-4419" if tel.startswith("052-261") else tel[:-1] + str((int(tel[-1]) + 1) % 10)
    lines = ["", "━━━━━━━━━━━━━━━━━━━━━━", "日の出産業株式会社", dept] + ([name] if name else []) + [
        office, f"TEL {tel}  FAX {fax}"]
    if mobile:
        lines.append(f"携帯 {mobile}")
    if mail:
        lines.append(f"E-mail {mail}")
    lines.append("━━━━━━━━━━━━━━━━━━━━━━")
    return "\n".join(lines)


DISCLAIMER_JA = (
    "\n\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
    "お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"
    "本メールの無断転載・複製・転送を禁じます。")
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments may contain confidential information intended "
    "solely for the addressee. If you have received it in error, please notify the sender "
    "and delete it. Any unauthorised use, disclosure or copying is prohibited.")

# ---------------------------------------------------------------------------------------
# メッセージ
# ---------------------------------------------------------------------------------------

M: list[dict] = []
D = "@hinode-sangyo.co.jp"

# 001 ── 空白で桁をそろえた患者一覧（病名・食種つき）を協力会社へ ──────────────────────
_p = people(10, 7, old=True, floor=3)
_rows = "\n".join(
    pad(x["room"] + x["bed"], 6) + pad(x["name"], 16) + pad(wareki(x["y"], x["m"], x["d"], "short"), 11)
    + pad(x["diet"], 36) + x["dx"] + ("" if x["allergy"] == "なし" else f"／{x['allergy']}除去")
    for x in _p)
M.append({
    "id": "byoinshoku-001", "charset": "iso-2022-jp",
    "sender": f"梶原 智子 <kajiwara.t{D}>",
    "to": ["吉岡 様 <yoshioka@chubu-cookchill.co.jp>"],
    "subject": "【ご依頼】厨房改修期間中の特別食製造　対象者一覧（みなと病院3東）",
    "body": f"""中部クックチル株式会社
製造管理課　吉岡様

いつもお世話になっております。日の出産業の梶原です。
来週17日〜19日の厨房床改修工事の期間中、市立みなと病院 3階東病棟の特別食を
御社セントラルキッチンで製造いただく件、対象患者の一覧をお送りします。
食種と除去食材をご確認のうえ、製造指示書への転記をお願いいたします。

【3階東病棟　特別食対象者（11/14 昼食時点）】
病床  氏名            生年月日   食種                                病名・備考
----  --------------  ---------  ----------------------------------  --------------------
{_rows}

※食止め・食種変更は毎日10時と15時に当方からFAXでお知らせします。
※嚥下調整食はとろみ剤（当院採用品）を同梱しますので、ご使用ください。

よろしくお願いいたします。
{sig("梶原 智子（管理栄養士）", "メディカルフードサービス事業部　市立みなと病院 受託事業所", "052-651-2270", "kajiwara.t@hinode-sangyo.co.jp", "〒455-0011 愛知県名古屋市港区港栄4丁目2番1号 市立みなと病院内")}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "7名の患者の氏名・生年月日・食種・病名を空白区切りの表で社外の協力会社へ（一覧＋要配慮）",
})

# 002 ── 普通の食材発注（パートナー、商品コード・発注番号・免責文） ─────────────────────
M.append({
    "id": "byoinshoku-002", "charset": "shift_jis",
    "sender": f"堀田 亮 <hotta.r{D}>",
    "to": ["北国フーズ 受注センター <juchu@kitaguni-foods.co.jp>"],
    "subject": "発注書 HN-2411-0387（みなと病院・青嵐会病院 12月第1週納品分）",
    "body": f"""北国フーズ株式会社
受注センター　御中

いつも大変お世話になっております。
日の出産業 購買課の堀田でございます。

12月第1週納品分を下記のとおり発注いたします。

発注番号：HN-2411-0387
納品日　：12月2日（月）午前便
納品先　：市立みなと病院 給食棟 搬入口（港区港栄4-2-1）／青嵐会病院 地下1階 栄養科

商品コード  品名                          規格        数量
KF-10422    冷凍ブロッコリー（IQF）       1kg×10      6ケース
KF-20871    やわらか鶏もも（ソフト加工）  40g×50      12ケース
KF-31005    減塩だし（液体）              1L×12       3ケース
KF-50218    ムース食 にんじん             25g×40      8ケース
KF-50219    ムース食 かぼちゃ             25g×40      8ケース

単価は11月1日付の御見積書（No.Q-24-1102）のとおりでお願いいたします。
納品書は病院別に分けて発行いただけますと助かります。

以上、よろしくお願い申し上げます。
{sig("購買課　堀田 亮", "購買部", "052-261-4423", "hotta.r@hinode-sangyo.co.jp")}{DISCLAIMER_JA}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "パートナーへの通常の発注（商品コード・発注番号・署名・定型の免責文のみ）",
})

# 003 ── タブ区切りのパート勤務表＋携帯を派遣会社へ ─────────────────────────────────
_p = people(30, 6)
_rows = "\n".join(f"{x['name2']}\t{x['kana']}\t{x['mobile']}\t{r}" for x, r in zip(
    _p, ["早番(6:00-14:30)", "早番", "遅番(10:30-19:00)", "遅番", "日勤", "土日のみ"]))
M.append({
    "id": "byoinshoku-003", "charset": "utf-8",
    "sender": f"大橋 由佳 <ohashi.y{D}>",
    "to": ["スタッフリンク東海 コーディネーター 林様 <hayashi@staff-link.co.jp>"],
    "subject": "12月 洗浄・盛付スタッフの連絡先（青嵐会病院）",
    "body": f"""スタッフリンク東海
林様

お世話になっております。日の出産業 東海支店の大橋です。
先日お電話でお話しした件、12月から青嵐会病院の現場に入っていただく方々の
連絡先とシフトを下記にまとめました（Excelから貼り付けています）。
急な欠勤時の連絡網にも使いますので、御社側の登録内容と違う点があればご指摘ください。

氏名\tフリガナ\t携帯\tシフト
{_rows}

初日は8時に病院地下の職員通用口に集合です。白衣・帽子はこちらで貸与します。

大橋
{sig("大橋 由佳", "東海支店　病院給食課", "0564-23-5510", "ohashi.y@hinode-sangyo.co.jp", "〒444-0043 愛知県岡崎市唐沢町8番地3 唐沢ビル2階")}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6名の氏名・携帯番号のタブ区切り一覧を社外の派遣会社へ",
})

# 004 ── 社内のみ：病棟の食事箋変更一覧 ──────────────────────────────────────────────
_p = people(40, 8, old=True, floor=4)
_rows = "\n".join(f"・{x['room']}-{x['bed']}　{x['name']}様（{x['age']}歳）　{x['diet']}　［{x['dx']}］" for x in _p)
M.append({
    "id": "byoinshoku-004", "charset": "iso-2022-jp",
    "sender": f"梶原 智子 <kajiwara.t{D}>",
    "to": [f"調理主任 杉本 <sugimoto.k{D}>", f"栄養士 前川 <maekawa.a{D}>"],
    "cc": [f"丹羽 美穂 <niwa.m{D}>"],
    "subject": "4西 食事箋変更（本日夕食から）",
    "body": f"""杉本さん、前川さん

お疲れさまです。梶原です。
4階西病棟から本日分の食事箋変更がまとめて来ましたので共有します。
夕食の盛付表に反映をお願いします。

{_rows}

※コード2-1の方はゼリー食器を使うので、配膳車の位置に注意してください。
※紙の食事箋は栄養士室の棚（4西）にファイルしてあります。

梶原""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "患者8名の病名つき一覧だが宛先はすべて社内（hinode-sangyo.co.jp）",
})

# 005 ── 新入社員のマイナンバーを社労士へ ────────────────────────────────────────────
_x = person(50)
_mn = my_number(SEED + 0)
M.append({
    "id": "byoinshoku-005", "charset": "shift_jis",
    "sender": f"岡部 俊介 <okabe.s{D}>",
    "to": ["奏社会保険労務士事務所 小野寺先生 <onodera@kanade-sr.jp>"],
    "subject": "資格取得届の件（12/1入社 調理員1名）",
    "body": f"""奏社会保険労務士事務所
小野寺先生

いつもお世話になっております。日の出産業 人事部の岡部です。
12月1日付で入社する調理員1名について、健康保険・厚生年金の資格取得届の作成をお願いいたします。

氏名　　：{_x['name']}（{_x['kana']}）
性別　　：{_x['sex']}
生年月日：{wareki(_x['y'], _x['m'], _x['d'])}
住所　　：〒{_x['zip']} {_x['addr']}
個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
勤務地　：東明記念病院 受託事業所（週30時間）
月額報酬：212,000円（見込み）

番号確認書類（通知カードの写し）は本人から回収済みで、人事部で保管しております。
ご不明な点があればご連絡ください。
{sig("人事部　岡部 俊介", "人事部", "052-261-4401", "okabe.s@hinode-sangyo.co.jp")}""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "個人番号（マイナンバー）を本文に書いて社外の社労士へ",
})

# 006 ── 返信：引用部分（>）にだけ病院側の患者一覧 ─────────────────────────────────────
_p = people(60, 5, old=True, floor=5)
_q = "\n".join(f"> {x['room']}号室 {x['name']}様 {x['diet']}（{x['dx']}）" for x in _p)
M.append({
    "id": "byoinshoku-006", "charset": "utf-8",
    "sender": f"前川 彩 <maekawa.a{D}>",
    "to": ["市立みなと病院 5階東 病棟クラーク <5e-clerk@minato-hp.jp>"],
    "subject": "Re: 5東 明日からの食種変更について",
    "body": f"""5階東病棟
クラーク　石黒様

ご連絡ありがとうございます。日の出産業の前川です。
下記5名の方、明日の朝食から変更を反映いたします。
コード2-1の方のとろみ濃度は「中間」で承知しました。

前川

2024年11月20日 15:42 5東クラーク <5e-clerk@minato-hp.jp>:
> 栄養科 日の出産業 ご担当者様
>
> 5東です。明日朝から下記の方の食種変更をお願いします。
>
{_q}
>
> 医師の食事箋は本日中に栄養科へ回します。
> よろしくお願いします。
> 5東 石黒""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "患者一覧は返信元メールの引用（>）のみで、新しい本文に個人データはない",
})

# 007 ── HTMLのみの表：嚥下調整食の対象者をメーカーへ ────────────────────────────────
_p = people(70, 6, old=True)
_trs = "\n".join(
    f"<tr><td>{x['room']}</td><td>{x['name']}</td><td>{x['age']}</td><td>{x['sex']}</td>"
    f"<td>{'コード' + ['2-1', '2-2', '3', '1j', '2-1', '4'][i]}</td>"
    f"<td>{['薄いとろみ', '中間のとろみ', '濃いとろみ', '中間のとろみ', 'なし', '薄いとろみ'][i]}</td>"
    f"<td>{['脳梗塞後遺症', 'パーキンソン病', 'ALS', '誤嚥性肺炎', '頭頸部がん術後', '認知症・サルコペニア'][i]}</td></tr>"
    for i, x in enumerate(_p))
M.append({
    "id": "byoinshoku-007", "charset": "utf-8",
    "sender": f"河合 紗希 <kawai.s{D}>",
    "to": ["やわらか食品 開発部 <kaihatsu@yawaraka-foods.co.jp>"],
    "subject": "試食モニター対象者の状況（東明記念病院 回復期リハ病棟）",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:13px">
<p>やわらか食品株式会社<br>開発部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の河合でございます。<br>
新しい酵素均浸法のおかず（試作品）の試食について、病棟の言語聴覚士と相談し、
下記6名の方にご協力いただけることになりました。<br>
食形態・とろみの段階を踏まえて、試作品のかたさ設定をご検討ください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>病室</th><th>氏名</th><th>年齢</th><th>性別</th><th>学会分類</th><th>とろみ</th><th>主病名</th></tr>
{_trs}
</table>
<p>試食は12月10日（火）の昼食で実施予定です。<br>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 衛生管理室<br>河合 紗希<br>TEL 052-261-4430</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTMLのみのメールの表で患者6名の氏名・病名・嚥下の状態を社外メーカーへ",
})

# 008 ── 食材業者4社を To に並べた説明会案内 ─────────────────────────────────────────
M.append({
    "id": "byoinshoku-008", "charset": "iso-2022-jp",
    "sender": f"堀田 亮 <hotta.r{D}>",
    "to": ["北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>",
           "東海青果 販売課 <hanbai@tokai-seika.co.jp>",
           "丸八水産 営業 <sales@maruhachi-suisan.co.jp>",
           "三河ミート 業務部 <gyomu@mikawa-meat.jp>"],
    "subject": "2025年度 食材調達方針説明会のご案内",
    "body": f"""お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 購買部でございます。

2025年度の病院給食向け食材調達方針について、下記のとおり説明会を開催いたします。
ご多用中とは存じますが、ご出席くださいますようお願い申し上げます。

日時：2025年1月22日（水）14:00〜15:30
場所：日の出産業 本社 7階 第1会議室（名古屋市中区栄3-12-5）
内容：・2025年度 価格改定のスケジュール
　　　・アレルゲン情報（規格書）の提出様式の統一について
　　　・嚥下調整食向け加工品の取扱い拡大について

ご出欠を1月10日（金）までに本メールへのご返信でお知らせください。

購買部 堀田
{sig("購買部　堀田 亮", "購買部", "052-261-4423", "hotta.r@hinode-sangyo.co.jp")}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "社外4社のアドレスを To に並べて送信（互いに見える、Bcc にすべき）",
})

# 009 ── 秘密保持契約書のレビュー依頼（NDA の話、添付は契約書案） ──────────────────
M.append({
    "id": "byoinshoku-009", "charset": "utf-8",
    "sender": f"西尾 加奈 <nishio.k{D}>",
    "to": ["白川法律事務所 弁護士 三宅先生 <miyake@shirakawa-law.jp>"],
    "subject": "東明記念病院との秘密保持契約書（案）ご確認のお願い",
    "body": f"""白川法律事務所
三宅先生

いつもお世話になっております。日の出産業 総務部の西尾です。

東明記念病院の給食業務受託にあたり、病院側から秘密保持契約書の案が届きました。
電子カルテの食事オーダー画面を当社栄養士が閲覧する前提の条文になっており、
「機密情報」の定義と、契約終了後の返還・廃棄義務（第7条）が当社に厳しい内容です。

特に以下の点についてご意見をいただけますでしょうか。
・第2条 機密情報の範囲に「口頭で開示された情報」まで含めている点
・第9条 損害賠償の上限が定められていない点
・再委託先（協力会社）への開示を事前の書面承諾制としている点

契約書案を添付します。12月6日までにご回答いただけますと幸いです。
{sig("総務部　西尾 加奈", "総務部 法務グループ", "052-261-4405", "nishio.k@hinode-sangyo.co.jp")}{DISCLAIMER_JA}""",
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書（案）_東明記念病院.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "社会医療法人東明会（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
            "甲が乙に委託する患者給食業務（以下「本業務」という。）に関し、次のとおり秘密保持契約を締結する。",
            "第1条（目的）本契約は、本業務の遂行にあたり相互に開示される情報の取扱いを定めることを目的とする。",
            "第2条（機密情報）本契約において機密情報とは、書面、電磁的記録又は口頭により開示された一切の情報をいう。",
            "第3条（秘密保持義務）乙は、機密情報を本業務の目的以外に使用せず、第三者に開示してはならない。",
            "第7条（返還・廃棄）本契約が終了したときは、乙は機密情報を速やかに返還又は廃棄し、その旨を書面で報告する。",
            "第9条（損害賠償）乙は、本契約に違反して甲に損害を与えたときは、その損害を賠償する。",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "秘密保持契約（NDA）についての相談と契約書案で、機密区分の表示ではない",
})

# 010 ── 類似ドメイン（kitaguni-food.co.jp：s が落ちている）への発注 ───────────────────
M.append({
    "id": "byoinshoku-010", "charset": "shift_jis",
    "sender": f"浅野 健太 <asano.k{D}>",
    "to": ["北国フーズ 岐阜営業所 <gifu@kitaguni-food.co.jp>"],
    "subject": "追加発注のお願い（岐阜ひかり病院 12/3納品）",
    "body": f"""北国フーズ 岐阜営業所
ご担当者様

お世話になっております。日の出産業 岐阜営業所の浅野です。
急ぎで恐縮ですが、12月3日（火）納品で以下を追加お願いできますでしょうか。

・KF-50230 ムース食 ほうれん草 25g×40　4ケース
・KF-31005 減塩だし（液体）1L×12　1ケース

納品先はいつもの岐阜ひかり病院 栄養科（搬入口：北側）です。
可否だけでもご返信いただけると助かります。

浅野
{sig("浅野 健太", "岐阜営業所", "058-264-7781", "asano.k@hinode-sangyo.co.jp", "〒500-8856 岐阜県岐阜市橋本町2丁目8番 岐阜駅前ビル5階")}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "宛先 kitaguni-food.co.jp はパートナー kitaguni-foods.co.jp の s 抜けの類似ドメイン",
})

# 011 ── XLSX（病棟ごとのシート、表題行つき）の食事箋一覧をシステム会社へ ───────────────
def _sheet(floor: str, start: int) -> list[list]:
    ps = people(start, 6, old=True, floor=int(floor[0]))
    rows: list[list] = [[f"市立みなと病院 {floor}病棟 食事箋一覧（2024/11/25 朝食時点）"], [],
                        ["患者ID", "氏名", "カナ", "性別", "生年月日", "病室", "食種", "主食", "禁止食材", "病名"]]
    for x in ps:
        rows.append([x["pid"], x["name"], x["kana"], x["sex"], wareki(x["y"], x["m"], x["d"], "iso"),
                     x["room"] + x["bed"], x["diet"], x["r"].choice(["米飯200g", "全粥", "米飯150g", "パン"]),
                     x["allergy"], x["dx"]])
    return rows


M.append({
    "id": "byoinshoku-011", "charset": "shift_jis",
    "sender": f"竹内 修 <takeuchi.o{D}>",
    "to": ["ツバサシステム 導入支援 坂口様 <sakaguchi@tsubasa-system.jp>"],
    "subject": "栄養管理システム移行テスト用データの送付",
    "body": f"""ツバサシステム株式会社
導入支援グループ　坂口様

お世話になっております。日の出産業 情報システム部の竹内です。

来月の栄養管理システム切替に向けた移行テストの件、旧システムから出力した
食事箋データを添付いたします（3東・3西・4東の3病棟分）。
食種マスタの対応表と突き合わせて、取込エラーの有無をご確認ください。

・シートごとに病棟が分かれています
・1行目は表題、3行目が項目名です
・禁止食材は旧システムのコメント欄をそのまま出しています

取込結果は12/4の定例会でご報告いただければ結構です。
{sig("情報システム部　竹内 修", "情報システム部", "052-261-4440", "takeuchi.o@hinode-sangyo.co.jp")}""",
    "attachments": [{
        "kind": "xlsx", "name": "食事箋データ_移行テスト_20241125.xlsx",
        "sheets": {"3東": _sheet("3東", 100), "3西": _sheet("3西", 110), "4東": _sheet("4東", 120)},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "患者18名の氏名・生年月日・食種・病名の XLSX（病棟別シート）を社外のシステム会社へ",
})

# 012 ── 新任栄養士1名の連絡先を病院へ（1名なので通してよい） ──────────────────────
_x = {"name": "都築 真由美", "kana": "ツヅキ マユミ", "mobile": "080-5832-7366"}
M.append({
    "id": "byoinshoku-012", "charset": "iso-2022-jp",
    "sender": f"丹羽 美穂 <niwa.m{D}>",
    "to": ["青嵐会病院 栄養科長 宮本様 <miyamoto.eiyo@seirankai.or.jp>"],
    "subject": "12月からの現場責任者交代のご挨拶",
    "body": f"""医療法人青嵐会 青嵐会病院
栄養科長　宮本様

いつも大変お世話になっております。日の出産業の丹羽でございます。

かねてよりご相談しておりました現場責任者の交代について、
12月1日より下記の者が着任いたしますのでご報告いたします。

　新任責任者：{_x['name']}（{_x['kana']}）管理栄養士
　連絡先（業務用携帯）：{_x['mobile']}
　メール：tsuzuki.m@hinode-sangyo.co.jp

前任の野口は本社へ異動となりますが、12月中は引継ぎのため週2回現場に入ります。
改めて着任の挨拶に伺いますので、何卒よろしくお願い申し上げます。
{sig("丹羽 美穂", "メディカルフードサービス事業部 営業課", "052-261-4412", "niwa.m@hinode-sangyo.co.jp")}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "1名（新任責任者）の連絡先を取引先病院へ：1〜4名の連絡先は警告どまり",
})

# 013 ── ホテル予約にクレジットカード番号 ─────────────────────────────────────────────
_cc = card_number(SEED + 10)
M.append({
    "id": "byoinshoku-013", "charset": "utf-8",
    "sender": f"西尾 加奈 <nishio.k{D}>",
    "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    "subject": "宿泊予約（日本病態栄養学会 参加者 2名）のお願い",
    "body": f"""さくらホテル
宿泊予約ご担当者様

お世話になっております。日の出産業 総務部の西尾と申します。
1月の日本病態栄養学会年次学術集会に参加する当社社員2名分の宿泊を下記のとおりお願いいたします。

チェックイン：2025年1月24日（金）
チェックアウト：2025年1月26日（日）
部屋：シングル（禁煙）×2室、朝食付き
宿泊者：梶原 智子、前川 彩

お支払いは法人カードで事前決済をお願いします。
カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
有効期限：09/27
カード名義：HIROSHI KANZAKI（代表取締役 神崎 博）

領収書の宛名は「日の出産業株式会社」でお願いいたします。
{sig("総務部　西尾 加奈", "総務部", "052-261-4405", "nishio.k@hinode-sangyo.co.jp")}""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "クレジットカード番号・有効期限・名義を本文に書いてホテルへ",
})

# 014 ── CSV（CP932）：職員の検便検査結果を病院の感染対策室へ ─────────────────────────
_p = people(140, 10)
_rows = [["社員番号", "氏名", "生年月日", "採便日", "赤痢菌", "サルモネラ", "腸管出血性大腸菌O157", "ノロウイルス", "判定"]]
for i, x in enumerate(_p):
    noro = "陽性" if i == 6 else "陰性"
    _rows.append([f"H{20310 + i * 7}", x["name"], wareki(x["y"], x["m"], x["d"], "iso"), "2024/11/11",
                  "陰性", "陰性", "陰性", noro, "要再検査・就業制限" if i == 6 else "異常なし"])
M.append({
    "id": "byoinshoku-014", "charset": "shift_jis",
    "sender": f"河合 紗希 <kawai.s{D}>",
    "to": ["尾張中央病院 感染対策室 <ict@owari-chuo-hp.jp>"],
    "subject": "11月分 腸内細菌検査（検便）結果のご報告",
    "body": f"""県立尾張中央病院
感染対策室　ご担当者様

いつもお世話になっております。日の出産業 衛生管理室の河合です。
委託契約仕様書第12条に基づき、11月分の給食従事者の腸内細菌検査結果をご報告いたします。

対象：尾張中央病院 受託事業所 従事者10名
結果：1名がノロウイルス陽性のため、11/15より調理業務から外し、陰性確認まで就業制限としております。
　　　他9名は異常ありません。

詳細は添付のCSVをご確認ください。
{sig("衛生管理室　河合 紗希", "衛生管理室", "052-261-4430", "kawai.s@hinode-sangyo.co.jp")}""",
    "attachments": [{"kind": "csv", "name": "検便結果_尾張中央_202411.csv", "encoding": "cp932", "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "従事者10名の氏名・生年月日・検査結果（健康情報）の CSV を社外の病院へ",
})

# 015 ── 配送先の病院一覧（事業所の一覧で、人の一覧ではない） ─────────────────────────
M.append({
    "id": "byoinshoku-015", "charset": "iso-2022-jp",
    "sender": f"大橋 由佳 <ohashi.y{D}>",
    "to": ["青葉運輸 岡崎センター 配車係 <haisha-okazaki@aoba-unyu.co.jp>"],
    "subject": "1月からの配送ルート追加（受託病院3か所）",
    "body": f"""青葉運輸株式会社
岡崎センター　配車係 ご担当者様

お世話になっております。日の出産業 東海支店の大橋です。
1月6日から冷凍食材の配送先が3か所増えますので、ルート組みをお願いいたします。

1. 医療法人 松寿会 松寿会病院（栄養科）
　〒444-0813 岡崎市羽根町字貴登野15　代表 0564-51-2200
　搬入口：東側通用口、受入 7:00〜9:30
2. 社会医療法人 東明会 東明記念病院（給食棟）
　〒446-0065 安城市大東町3-18　代表 0566-74-3111
　搬入口：地下駐車場B1、受入 8:00〜10:00
3. 介護老人保健施設 ひだまりの郷（厨房）
　〒444-3511 岡崎市舞木町字城山1-40　代表 0564-27-8800
　受入 9:00〜11:00（昼食準備中の10:30前後は避けてください）

いずれも冷凍（-18℃以下）・冷蔵の2温度帯です。
ルート案ができましたらご連絡ください。

大橋
{sig("大橋 由佳", "東海支店　病院給食課", "0564-23-5510", "ohashi.y@hinode-sangyo.co.jp", "〒444-0043 愛知県岡崎市唐沢町8番地3 唐沢ビル2階")}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "病院・施設（事業所）の住所と代表電話の一覧で、人の一覧ではない",
})

# 016 ── 【社外秘】と明記した入札原価をJV相手へ ─────────────────────────────────────
M.append({
    "id": "byoinshoku-016", "charset": "shift_jis",
    "sender": f"丹羽 美穂 <niwa.m{D}>",
    "to": ["東海給食サービス 営業企画 村瀬様 <murase@tokai-kyushoku.co.jp>"],
    "subject": "【社外秘】尾張中央病院 入札 原価積算（当社分）",
    "body": f"""■■ 社外秘 ■■　取扱：日の出産業 営業課限り

東海給食サービス
村瀬様

お世話になっております。日の出産業の丹羽です。
共同企業体での応札に向け、当社担当分（朝食・治療食）の原価積算をお送りします。

　食材費　　　　　　　 1食あたり 268円（治療食加算 +34円）
　人件費（調理・洗浄）  月額 6,420,000円（常勤換算 18.5人）
　消耗品・衛生費　　　 月額   310,000円
　本社経費・利益　　　 上記合計の 9.5%

入札価格の最終調整は12/10の打合せで行いたいと思います。
数字の取扱いにはくれぐれもご注意ください。
{sig("丹羽 美穂", "メディカルフードサービス事業部 営業課", "052-261-4412", "niwa.m@hinode-sangyo.co.jp")}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "件名と本文冒頭に「社外秘」の区分表示がある原価資料を社外へ",
})

# 017 ── 病棟別の食数集計（人の情報なし） ─────────────────────────────────────────────
M.append({
    "id": "byoinshoku-017", "charset": "utf-8",
    "sender": f"前川 彩 <maekawa.a{D}>",
    "to": ["市立みなと病院 栄養科 <eiyo@minato-hp.jp>"],
    "subject": "11月 食数実績（病棟別・食種別）",
    "body": f"""市立みなと病院 栄養科
大野科長

お世話になっております。日の出産業の前川です。
11月分の食数実績を取りまとめましたのでご報告します（延べ食数）。

病棟     一般食   エネルギーコントロール   たんぱくコントロール   嚥下調整   計
3東      1,842        412                     205                   318      2,777
3西      2,010        268                     122                   140      2,540
4東      1,655        530                     401                   226      2,812
4西      1,920        188                      96                   402      2,606
5東      2,244        120                      64                    88      2,516
合計     9,671      1,518                     888                 1,174     13,251

特別食加算の対象は 2,406食（前月比 +3.1%）です。
嚥下調整食は4西の増加が続いており、ゼリー食器の追加購入をご検討いただければ幸いです。

前川
{sig("前川 彩（管理栄養士）", "メディカルフードサービス事業部　市立みなと病院 受託事業所", "052-651-2270", "maekawa.a@hinode-sangyo.co.jp", "〒455-0011 愛知県名古屋市港区港栄4丁目2番1号 市立みなと病院内")}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "病棟別・食種別の食数の集計のみで、個人を特定する情報はない",
})

# 018 ── DOCX の表：研修会参加者名簿（携帯・メール）をホテルへ ─────────────────────────
_p = people(160, 8)
_tbl = [["No.", "氏名", "所属", "携帯電話", "メールアドレス", "懇親会"]]
for i, x in enumerate(_p, 1):
    _tbl.append([str(i), x["name"], ["みなと病院", "青嵐会病院", "東明記念病院", "尾張中央病院", "岐阜ひかり病院",
                                     "松寿会病院", "ひだまりの郷", "本社"][i - 1],
                 x["mobile"], x["email"], "出席" if i % 3 else "欠席"])
M.append({
    "id": "byoinshoku-018", "charset": "iso-2022-jp",
    "sender": f"西尾 加奈 <nishio.k{D}>",
    "to": ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
    "subject": "12/14 衛生研修会 参加者名簿の送付",
    "body": f"""さくらホテル
宴会営業ご担当　水谷様

いつもお世話になっております。日の出産業の西尾です。
12月14日（土）の衛生研修会・懇親会の参加者名簿をお送りします。
当日の受付名簿と、悪天候で中止になる場合の一斉連絡にお使いください。

懇親会の人数は現時点で6名です。料理は1名卵アレルギーのため別対応をお願いします。

西尾
{sig("総務部　西尾 加奈", "総務部", "052-261-4405", "nishio.k@hinode-sangyo.co.jp")}""",
    "attachments": [{"kind": "docx", "name": "衛生研修会_参加者名簿.docx", "title": "参加者名簿",
                     "paragraphs": ["2024年度 第2回 衛生研修会 参加者名簿", "日時：2024年12月14日（土）13:30〜"],
                     "tables": [_tbl]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "8名の氏名・携帯・個人メールの DOCX 表を社外のホテルへ",
})

# 019 ── 患者1名の食事箋（糖尿病性腎症）を業者へ：1名でも要配慮 ─────────────────────────
_x = person(170, old=True)
M.append({
    "id": "byoinshoku-019", "charset": "shift_jis",
    "sender": f"浅野 健太 <asano.k{D}>",
    "to": ["ベーカリー麦の穂 <order@muginoho-bakery.jp>"],
    "subject": "低たんぱくパンの個別対応について（ご相談）",
    "body": f"""ベーカリー麦の穂
店主　藤井様

いつも美味しいパンをありがとうございます。日の出産業の浅野です。
岐阜ひかり病院に入院中の患者様お一人について、個別にご相談させてください。

　患者様：{_x['name']}様（{_x['age']}歳・{_x['sex']}性）　{_x['room']}号室
　病名　：糖尿病性腎症 第4期（透析導入を検討中）
　指示　：たんぱく質 30g／日、カリウム 1,500mg 以下、エネルギー 1,800kcal
　備考　：ご本人がパン食を強く希望されています

1食あたりたんぱく質 1.0g 以下のロールパンを、朝食用に毎日2個お願いすることは可能でしょうか。
成分表をいただければ、こちらで献立に組み込みます。
{sig("浅野 健太", "岐阜営業所", "058-264-7781", "asano.k@hinode-sangyo.co.jp", "〒500-8856 岐阜県岐阜市橋本町2丁目8番 岐阜駅前ビル5階")}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "氏名・病室と病名（糖尿病性腎症）・食事指示：1名でも要配慮個人情報を社外の業者へ",
})

# 020 ── 返信：Original Message の下に引用された食事箋 ─────────────────────────────────
_x = person(180, old=True)
M.append({
    "id": "byoinshoku-020", "charset": "iso-2022-jp",
    "sender": f"都築 真由美 <tsuzuki.m{D}>",
    "to": ["青嵐会病院 3階病棟 看護師長 <3f-ns@seirankai.or.jp>"],
    "subject": "RE: 食事箋の確認（305号室）",
    "body": f"""3階病棟　小池師長

お世話になっております。日の出産業の都築です。
ご指示のとおり、明日の朝食から全粥・きざみに変更いたします。
お茶ゼリーも毎食おつけします。

よろしくお願いいたします。
都築

-----Original Message-----
From: 3階病棟 看護師長 <3f-ns@seirankai.or.jp>
Sent: Tuesday, November 26, 2024 4:10 PM
To: 都築 真由美 <tsuzuki.m@hinode-sangyo.co.jp>
Subject: 食事箋の確認（305号室）

日の出産業 都築様

305号室の{_x['name']}様（{wareki(_x['y'], _x['m'], _x['d'])}生）ですが、
{_x['dx']}のため明日朝から全粥・きざみ食へ変更になります。
水分はとろみ（中間）でお願いします。医師の食事箋は明朝お届けします。

3階病棟 小池""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "患者の病名・生年月日は「-----Original Message-----」以下の引用部分にのみある",
})

# 021 ── パスワード付き ZIP（PPAP）で食事箋を送付 ─────────────────────────────────────
_p = people(190, 9, old=True, floor=4)
M.append({
    "id": "byoinshoku-021", "charset": "utf-8",
    "sender": f"前川 彩 <maekawa.a{D}>",
    "to": ["市立みなと病院 医事課 <iji@minato-hp.jp>"],
    "subject": "特別食加算 算定対象者一覧（11月分）の送付",
    "body": f"""市立みなと病院
医事課　ご担当者様

お世話になっております。日の出産業の前川です。
11月分の特別食加算の算定対象者一覧を添付にてお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせします。

ご確認のほど、よろしくお願いいたします。
{sig("前川 彩（管理栄養士）", "メディカルフードサービス事業部　市立みなと病院 受託事業所", "052-651-2270", "maekawa.a@hinode-sangyo.co.jp", "〒455-0011 愛知県名古屋市港区港栄4丁目2番1号 市立みなと病院内")}""",
    "attachments": [{"kind": "zip", "name": "tokubetsushoku_202411.zip", "password": "Mnt#2411ka",
                     "files": [{"kind": "csv", "name": "特別食加算_202411.csv", "encoding": "cp932",
                                "rows": [["患者ID", "氏名", "食種", "病名"]] + [
                                    [x["pid"], x["name"], x["diet"], x["dx"]] for x in _p]}]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "パスワード付き ZIP（暗号化）で中身を検査できない添付（いわゆる PPAP）",
})

# 022 ── PPAP の「パスワードのお知らせ」メール（添付なし） ─────────────────────────────
M.append({
    "id": "byoinshoku-022", "charset": "utf-8",
    "sender": f"前川 彩 <maekawa.a{D}>",
    "to": ["市立みなと病院 医事課 <iji@minato-hp.jp>"],
    "subject": "【パスワードのお知らせ】特別食加算 算定対象者一覧（11月分）",
    "body": """市立みなと病院
医事課　ご担当者様

先ほどお送りしたファイルのパスワードをお知らせします。

　パスワード：Mnt#2411ka

なお、来月からは病院様ご指定のファイル共有サービスでの受け渡しに切り替える予定です。
切替日が決まりましたら改めてご連絡いたします。

日の出産業 前川""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "パスワードだけを知らせる通常の業務メール（個人データも添付もない）",
})

# 023 ── フリーメールの契約栄養士3名を To に並べる ───────────────────────────────────
M.append({
    "id": "byoinshoku-023", "charset": "iso-2022-jp",
    "sender": f"都築 真由美 <tsuzuki.m{D}>",
    "to": ["kaori.nozawa.rd@gmail.com", "m.ishiguro.eiyo@gmail.com", "yuki-tanabe0312@gmail.com"],
    "subject": "年末年始の応援勤務のお願い（青嵐会病院）",
    "body": f"""野沢さん、石黒さん、田辺さん

いつもご協力ありがとうございます。日の出産業の都築です。
今年も年末年始の応援をお願いできればと思い、ご連絡しました。

　12/29（日）〜1/3（金）　青嵐会病院 栄養科
　業務：朝食の盛付確認、治療食の検品、おせち（行事食）の配膳チェック
　時間：6:30〜15:00（休憩60分）

ご都合のつく日を12/10までにお知らせください。
交通費は従来どおり実費精算です。

都築
{sig("都築 真由美（管理栄養士）", "メディカルフードサービス事業部　青嵐会病院 受託事業所", "052-801-3366", "tsuzuki.m@hinode-sangyo.co.jp", "〒468-0015 愛知県名古屋市天白区原5丁目1番 青嵐会病院内")}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "個人（フリーメール）3名を To に並べて送信：互いのアドレスが見える（Bcc にすべき）",
})

# 024 ── 病院＋システム会社（2組織）への三者打合せ案内 ───────────────────────────────
M.append({
    "id": "byoinshoku-024", "charset": "shift_jis",
    "sender": f"竹内 修 <takeuchi.o{D}>",
    "to": ["市立みなと病院 情報管理室 加藤様 <kato.it@minato-hp.jp>"],
    "cc": ["ツバサシステム 坂口様 <sakaguchi@tsubasa-system.jp>", f"前川 彩 <maekawa.a{D}>"],
    "subject": "栄養管理システム切替 三者打合せの日程",
    "body": f"""市立みなと病院 情報管理室　加藤様
（cc：ツバサシステム 坂口様、当社 前川）

お世話になっております。日の出産業の竹内です。
電子カルテ連携（食事オーダー受信）の切替手順について、三者で打合せをお願いしたく、
以下の候補日からご都合をお知らせください。

　① 12月9日（月）14:00〜
　② 12月11日（水）10:00〜
　③ 12月12日（木）15:00〜

場所：市立みなと病院 2階 会議室B（オンライン併用）
議題：HL7連携のテスト結果、切替当日の食事オーダー停止時間、障害時の紙運用

よろしくお願いいたします。
{sig("情報システム部　竹内 修", "情報システム部", "052-261-4440", "takeuchi.o@hinode-sangyo.co.jp")}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "社外2組織（病院とシステム会社）への通常の三者打合せメール",
})

# 025 ── PDF の表：アンケート謝礼の送付先（住所・電話）を印刷会社へ ─────────────────────
_p = people(200, 8, old=True)
_tbl = [["No", "氏名", "郵便番号", "住所", "電話番号"]] + [
    [str(i), x["name"], x["zip"], x["addr"], x["tel"]] for i, x in enumerate(_p, 1)]
M.append({
    "id": "byoinshoku-025", "charset": "utf-8",
    "sender": f"丹羽 美穂 <niwa.m{D}>",
    "to": ["錦印刷 DM発送センター <dm@nishiki-insatsu.co.jp>"],
    "subject": "退院患者アンケート 謝礼品の発送先リスト",
    "body": f"""錦印刷株式会社
DM発送センター　ご担当者様

お世話になっております。日の出産業の丹羽です。
「入院中のお食事に関するアンケート」にご回答いただいた退院患者様への
謝礼品（QUOカード500円分と御礼状）の発送を、下記のとおりお願いいたします。

・発送先リスト：添付PDF（8件）
・御礼状：先日校了したデザイン（No.NS-4471）
・発送予定日：12月6日（金）

宛名ラベルの印字後、リストは破棄をお願いいたします。
{sig("丹羽 美穂", "メディカルフードサービス事業部 営業課", "052-261-4412", "niwa.m@hinode-sangyo.co.jp")}""",
    "attachments": [{"kind": "pdf", "name": "謝礼品発送先リスト.pdf", "title": "謝礼品発送先リスト",
                     "lines": ["退院患者アンケート 謝礼品発送先（2024年11月回答分）", ""], "table": _tbl}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "8名の氏名・住所・電話番号の PDF 表を社外の印刷会社へ",
})

# 026 ── 治療食の単価表（XLSX）と適格請求書発行事業者の登録番号 ───────────────────────
_t = corp_number("180001045372")
M.append({
    "id": "byoinshoku-026", "charset": "iso-2022-jp",
    "sender": f"丹羽 美穂 <niwa.m{D}>",
    "to": ["岐阜ひかり病院 事務部 用度課 <yodo@gifu-hikari.jp>"],
    "subject": "2025年度 給食委託 単価表（お見積）",
    "body": f"""岐阜ひかり病院
事務部 用度課　ご担当者様

平素より大変お世話になっております。日の出産業の丹羽でございます。
2025年度の給食業務委託について、食種別の単価表をお送りいたします。
食材費の高騰分を一部反映しておりますが、治療食の加算額は据え置いております。

ご不明点がございましたら、お気軽にお問い合わせください。

日の出産業株式会社（適格請求書発行事業者 登録番号 T{_t}）
{sig("丹羽 美穂", "メディカルフードサービス事業部 営業課", "052-261-4412", "niwa.m@hinode-sangyo.co.jp")}""",
    "attachments": [{"kind": "xlsx", "name": "単価表_2025_岐阜ひかり病院.xlsx", "sheets": {
        "単価表": [["2025年度 給食業務委託 食種別単価（税抜）"], [],
                  ["区分", "食種", "朝食", "昼食", "夕食", "備考"],
                  ["一般食", "常食・軟食", 298, 412, 436, ""],
                  ["治療食", "エネルギーコントロール食", 326, 445, 468, "糖尿病・肥満"],
                  ["治療食", "たんぱくコントロール食", 341, 462, 489, "腎臓病（低たんぱく主食含む）"],
                  ["治療食", "脂質コントロール食", 326, 445, 468, "膵炎・胆のう"],
                  ["嚥下調整食", "コード0j〜2-2", 352, 476, 498, "ゼリー・ムース"],
                  ["嚥下調整食", "コード3〜4", 338, 458, 481, "ソフト食"]],
        "条件": [["見積条件"], ["有効期限", "2025年2月28日"], ["食数", "1日平均 380食を想定"],
                 ["登録番号", f"T{_t}"]]}}],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "食種別の単価表と自社の登録番号（法人番号）のみで、個人のデータはない",
})

# 027 ── 類似ドメイン（hinode-sangyou.co.jp：u が増えている）に社内資料 ─────────────────
M.append({
    "id": "byoinshoku-027", "charset": "shift_jis",
    "sender": f"大橋 由佳 <ohashi.y{D}>",
    "to": ["野口 雅人 <noguchi.m@hinode-sangyou.co.jp>"],
    "subject": "引継ぎ資料（松寿会病院の発注サイクル）",
    "body": f"""野口さん

お疲れさまです。東海支店の大橋です。
松寿会病院の発注サイクルと、業者ごとの締め時間をまとめました。

・北国フーズ：前々日 12時締め（冷凍品）
・東海青果：前日 15時締め（土曜は午前のみ）
・丸八水産：前々日 10時締め、切り身の規格は 60g／40g（嚥下調整用）
・パン（麦の穂）：前日 14時締め

来週の引継ぎ面談のときに、不明点を教えてください。

大橋""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "自社ドメイン hinode-sangyo.co.jp に u を足した類似ドメイン宛て",
})

# 028 ── 構内駐車の許可申請に運転免許証番号 ─────────────────────────────────────────
_x = person(210)
M.append({
    "id": "byoinshoku-028", "charset": "utf-8",
    "sender": f"浅野 健太 <asano.k{D}>",
    "to": ["岐阜ひかり病院 施設管理課 <shisetsu@gifu-hikari.jp>"],
    "subject": "職員駐車場の利用申請（早番調理員1名）",
    "body": f"""岐阜ひかり病院
施設管理課　ご担当者様

お世話になっております。日の出産業 岐阜営業所の浅野です。
早番（5:30出勤）の調理員について、公共交通機関で通勤できないため、
職員駐車場の利用を申請いたします。申請書の項目を下記に記載します。

　氏名　　　　：{_x['name']}
　住所　　　　：{_x['addr']}
　運転免許証番号：第 6{_x['r'].randint(10000000000, 99999999999)} 号（令和9年{_x['m']}月{_x['d']}日まで有効）
　車両　　　　：ダイハツ ムーヴ（白）　岐阜 580 ち 12-48
　利用開始日　：2024年12月2日

駐車許可証の受け取りは、当社現場責任者が代理で伺います。
{sig("浅野 健太", "岐阜営業所", "058-264-7781", "asano.k@hinode-sangyo.co.jp", "〒500-8856 岐阜県岐阜市橋本町2丁目8番 岐阜駅前ビル5階")}""",
    "expect": "stop",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "運転免許証番号（本人確認書類の番号）を社外の病院へ",
})

# 029 ── 英語：厨房機器メーカーへの保守部品の問い合わせ ─────────────────────────────
M.append({
    "id": "byoinshoku-029", "charset": "utf-8",
    "sender": f"Ryo Hotta <hotta.r{D}>",
    "to": ["Thermora Service Desk <service@thermora.de>"],
    "subject": "Spare parts request - combi steamer CS-20E (S/N TH20E-118742)",
    "body": f"""Dear Thermora Service Team,

We operate the hospital kitchen at Minato City Hospital (Nagoya, Japan) and use two of
your combi steamers. One unit shows error E-34 (steam generator level sensor) since
last week.

  Model:         CS-20E (electric, 20 x GN 1/1)
  Serial number: TH20E-118742
  Installed:     April 2019
  Local dealer:  Kawasaki Denki Co., Ltd. (service contract No. KD-SV-2210)

Could you please quote the following parts with delivery time to Nagoya?
  - Level sensor kit, part no. 87.00.412
  - Gasket set for steam generator, part no. 40.03.118

The kitchen prepares about 1,200 meals a day, including texture-modified diets, so a
quick answer would be very much appreciated.

Best regards,
Ryo Hotta
Purchasing Department
Hinode Sangyo Co., Ltd.
3-12-5 Sakae, Naka-ku, Nagoya 460-0008, Japan
Tel +81 52 261 4423{DISCLAIMER_EN}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "英語の業務メール：型番・シリアル番号・契約番号と署名、定型の免責文のみ",
})

# 030 ── 暗号化なし ZIP（CSV＋XLSX）：特別食の対象患者を監査コンサルへ ─────────────────
_p = people(220, 12, old=True)
_csv = [["患者ID", "氏名", "生年月日", "病棟", "食種", "病名", "開始日"]] + [
    [x["pid"], x["name"], wareki(x["y"], x["m"], x["d"], "iso"), ["3東", "4西", "5東"][i % 3], x["diet"], x["dx"],
     f"2024/10/{(i * 2) % 28 + 1:02d}"] for i, x in enumerate(_p)]
M.append({
    "id": "byoinshoku-030", "charset": "iso-2022-jp",
    "sender": f"丹羽 美穂 <niwa.m{D}>",
    "to": ["健康経営監査 松浦様 <matsuura@kenko-audit.jp>"],
    "subject": "第三者評価（給食部門）の事前提出資料",
    "body": f"""健康経営監査株式会社
松浦様

お世話になっております。日の出産業の丹羽です。
来週の第三者評価に先立ち、ご依頼の事前提出資料をZIPにまとめてお送りします。

　1. 特別食 対象患者一覧（10月分、CSV）
　2. 献立作成・食事箋受付の業務フロー（Excel）

特別食の算定根拠を抜き取りで確認されるとのことでしたので、
患者一覧は病院から提供を受けたものをそのまま入れております。

丹羽
{sig("丹羽 美穂", "メディカルフードサービス事業部 営業課", "052-261-4412", "niwa.m@hinode-sangyo.co.jp")}""",
    "attachments": [{"kind": "zip", "name": "事前提出資料_20241129.zip", "files": [
        {"kind": "csv", "name": "特別食対象患者_202410.csv", "encoding": "utf-8", "rows": _csv},
        {"kind": "xlsx", "name": "業務フロー.xlsx", "sheets": {"フロー": [
            ["工程", "担当", "時刻"], ["食事箋受付", "栄養士", "10:00/15:00締め"],
            ["食数集計", "栄養士", "締め後30分"], ["盛付表出力", "調理主任", "前日16:00"]]}},
    ]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "ZIP の中の CSV に患者12名の氏名・生年月日・病名（一覧＋要配慮）を社外へ",
})

# 031 ── 社内のみ：年末調整でマイナンバーを総務へ ───────────────────────────────────
_mn = my_number(SEED + 1)
M.append({
    "id": "byoinshoku-031", "charset": "iso-2022-jp",
    "sender": f"都築 真由美 <tsuzuki.m{D}>",
    "to": [f"総務部 給与担当 <kyuyo{D}>"],
    "subject": "扶養控除等申告書の記載漏れ（パート 祖父江さん）",
    "body": f"""給与担当 ご担当者様

お疲れさまです。青嵐会病院 受託事業所の都築です。
先日提出した扶養控除等申告書で、パートの祖父江 静江さんの個人番号が
記載漏れになっていたとご連絡をいただいた件です。本人に確認しました。

　氏名：祖父江 静江（ソブエ シズエ）
　個人番号：{_mn}

原本には本人が追記して、明日の社内便で送ります。
よろしくお願いします。

都築""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": [],
    "note": "マイナンバーを含むが宛先は社内の給与担当のみ",
})

# 032 ── 病院からのメールを本文ごと転送（患者のアレルギー・病名）して業者へ ───────────
_p = people(240, 6, old=True, floor=6)
_fw = "\n".join(f"{x['room']}　{x['name']}　{['卵・乳', '小麦', 'えび・かに', 'そば（重症）', '落花生', '乳'][i]}　"
                f"（{x['dx']}）" for i, x in enumerate(_p))
M.append({
    "id": "byoinshoku-032", "charset": "shift_jis",
    "sender": f"堀田 亮 <hotta.r{D}>",
    "to": ["北国フーズ 品質保証部 <qa@kitaguni-foods.co.jp>"],
    "subject": "FW: 6階病棟 アレルギー対応者の一覧",
    "body": f"""北国フーズ 品質保証部
ご担当者様

お世話になっております。日の出産業 購買部の堀田です。
病院から下記の連絡がありました。御社の冷凍惣菜のうち、以下の方々に提供できる
商品（特定原材料の混入リスクがないもの）を選定いただけますでしょうか。
念のため病院からのメールをそのまま転送します。

堀田

---------- 転送メッセージ ----------
差出人: 東明記念病院 6階病棟 <6f-ward@tomei-kinen.or.jp>
日付: 2024年11月27日(水) 9:12
件名: 6階病棟 アレルギー対応者の一覧
宛先: 日の出産業 受託事業所 <tomei-kitchen@hinode-sangyo.co.jp>

給食ご担当者様

現在6階病棟に入院中で、食物アレルギーのある方の一覧です。
給食での除去をお願いします。

{_fw}

※そばの方は過去にアナフィラキシーの既往があります。
6階病棟 副師長 中島""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "転送（FW）した病院メールに患者6名の氏名・アレルギー・病名：転送は新しい本文として数える",
})

# 033 ── 英語の返信：On … wrote: 以下に引用された参加者一覧 ─────────────────────────
_p = people(250, 6)
_q = "\n".join(f"> {x['romaji']}, {x['mobile']}, {x['email']}" for x in _p)
M.append({
    "id": "byoinshoku-033", "charset": "utf-8",
    "sender": f"Saki Kawai <kawai.s{D}>",
    "to": ["Daniel Lim <daniel.lim@safeplate-consulting.com>"],
    "subject": "Re: HACCP refresher training - participants",
    "body": f"""Dear Daniel,

Thank you for the list, it matches ours. The room is booked (7F, Room 1) and the
projector will be ready from 9:00. Lunch will be served at the hospital canteen.

Looking forward to seeing you on 16 December.

Best regards,
Saki Kawai
Food Safety Office, Hinode Sangyo Co., Ltd.

On Thu, 28 Nov 2024 at 18:03, Daniel Lim <daniel.lim@safeplate-consulting.com> wrote:
> Dear Ms Kawai,
>
> Please find below the participants you registered, as we have them:
>
{_q}
>
> Kindly confirm so that we can print the certificates.
> Best, Daniel""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "参加者6名の連絡先は \"On … wrote:\" 以下の引用部分のみ（相手がすでに持っている）",
})

# 034 ── PPTX：NST 症例検討の資料（患者氏名・病名）を大学の共同研究者へ ───────────────
_p = people(260, 5, old=True)
_slides = [["NST症例検討会 2024年11月", "東明記念病院 NST／日の出産業 栄養士チーム", "症例 5例"]]
for i, x in enumerate(_p, 1):
    _slides.append([f"症例{i}：{x['name']}様（{x['age']}歳 {x['sex']}性）",
                    f"診断：{x['dx']}",
                    f"入院時 Alb {2.4 + i * 0.2:.1f} g/dL、BMI {16.5 + i:.1f}、体重減少 {4 + i}%/3か月",
                    f"食種：{x['diet']}",
                    "介入：経口補助食品（ONS）1本/日を追加、喫食率を毎食記録"])
M.append({
    "id": "byoinshoku-034", "charset": "utf-8",
    "sender": f"梶原 智子 <kajiwara.t{D}>",
    "to": ["中部栄養大学 臨床栄養学研究室 森下准教授 <morishita@chubu-eiyo.ac.jp>"],
    "subject": "NST症例検討会のスライド（共同研究の件）",
    "body": f"""中部栄養大学
森下先生

お世話になっております。日の出産業の梶原です。
先日ご相談した低栄養患者への経口補助食品の介入について、
NST症例検討会で使ったスライドをお送りします。
研究計画の症例選定の参考になれば幸いです。

梶原
{sig("梶原 智子（管理栄養士）", "メディカルフードサービス事業部", "052-261-4410", "kajiwara.t@hinode-sangyo.co.jp")}""",
    "attachments": [{"kind": "pptx", "name": "NST症例検討_202411.pptx", "slides": _slides}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PPTX に患者5名の氏名・年齢・診断・検査値（要配慮）を社外の大学へ",
})

# 035 ── PPTX：嚥下調整食分類の説明資料（人の情報なし） ─────────────────────────────
M.append({
    "id": "byoinshoku-035", "charset": "iso-2022-jp",
    "sender": f"河合 紗希 <kawai.s{D}>",
    "to": ["尾張中央病院 看護部 教育担当 <kyoiku-ns@owari-chuo-hp.jp>"],
    "subject": "病棟勉強会「嚥下調整食の見分け方」資料",
    "body": f"""尾張中央病院 看護部
教育担当　川口様

お世話になっております。日の出産業の河合です。
12月5日の病棟勉強会で使うスライドをお送りします。
学会分類2021のコードごとの形状と、当院の配膳で使っている食器の色分けをまとめました。
印刷される場合は、カラーでお願いできますと分かりやすいと思います。

河合
{sig("衛生管理室　河合 紗希", "衛生管理室", "052-261-4430", "kawai.s@hinode-sangyo.co.jp")}""",
    "attachments": [{"kind": "pptx", "name": "嚥下調整食の見分け方.pptx", "slides": [
        ["嚥下調整食の見分け方", "日本摂食嚥下リハビリテーション学会 嚥下調整食分類2021 に基づく"],
        ["コード0j・0t", "0j：ゼリー（たんぱく質少）", "0t：とろみ水", "食器：白の小鉢"],
        ["コード1j・2-1・2-2", "1j：均質なゼリー・プリン・ムース", "2-1：粒のないミキサー状", "2-2：やわらかい粒を含む", "食器：水色"],
        ["コード3・4", "3：形はあるが舌でつぶせる", "4：歯ぐきでつぶせる", "食器：黄色"],
        ["とろみの3段階", "薄いとろみ／中間のとろみ／濃いとろみ", "計量スプーンの目安は裏面の表を参照"],
    ]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "嚥下調整食の分類を説明する資料で、患者個人の情報はない",
})

# 036 ── 職員のやけど受診：健康保険証の記号・番号と傷病を病院医事課へ ─────────────────
_x = person(270)
M.append({
    "id": "byoinshoku-036", "charset": "shift_jis",
    "sender": f"岡部 俊介 <okabe.s{D}>",
    "to": ["東明記念病院 医事課 外来係 <iji-gairai@tomei-kinen.or.jp>"],
    "subject": "本日受診した当社調理員の保険証情報について",
    "body": f"""東明記念病院 医事課
外来係　ご担当者様

お世話になっております。日の出産業 人事部の岡部です。
本日午前、受託厨房で作業中の当社調理員が右前腕をやけどし、貴院の救急外来を受診いたしました。
保険証を持参していなかったため、本人の了解を得て保険証の情報をお知らせします。

　氏名　　　：{_x['name']}（{_x['kana']}）
　生年月日　：{wareki(_x['y'], _x['m'], _x['d'])}
　保険者番号：06230451（全国健康保険協会 愛知支部）
　記号・番号：{_x['r'].randint(10000000, 99999999)}・{_x['r'].randint(10, 99)}
　傷病名　　：右前腕 II度熱傷（蒸気による）

業務中の事故のため、労災への切替手続きを当社で進めます。様式第5号は後日お持ちします。
{sig("人事部　岡部 俊介", "人事部", "052-261-4401", "okabe.s@hinode-sangyo.co.jp")}""",
    "expect": "stop",
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "健康保険証の記号・番号と傷病名を社外へ（ID 番号＋要配慮）",
})

# 037 ── 宅配の追跡番号（試食サンプル） ─────────────────────────────────────────────
M.append({
    "id": "byoinshoku-037", "charset": "utf-8",
    "sender": f"前川 彩 <maekawa.a{D}>",
    "to": ["松寿会病院 栄養科 <eiyo@shojukai-hp.or.jp>"],
    "subject": "新メニュー試食サンプル発送のお知らせ",
    "body": f"""松寿会病院 栄養科
平岩様

お世話になっております。日の出産業の前川です。
先日お話しした「やわらか煮魚」「減塩すき焼き風煮」の試食サンプルを本日発送しました。

　配送：青葉運輸 クール便（冷凍）
　お問い合わせ番号：4471-2290-5836、4471-2290-5843（2個口）
　お届け予定：12月3日（火）午前中

それぞれ5食分入っています。解凍はスチコンのスチームモード 85℃ 12分が目安です。
ご感想を12月10日頃までにいただけますと幸いです。

前川""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "配送の問い合わせ番号と商品の話のみの通常の業務メール",
})

# 038 ── XLSX（表題行つき）：入館証の発行申請 7名分を病院総務へ ───────────────────────
_p = people(280, 7)
M.append({
    "id": "byoinshoku-038", "charset": "iso-2022-jp",
    "sender": f"都築 真由美 <tsuzuki.m{D}>",
    "to": ["青嵐会病院 総務課 <somu@seirankai.or.jp>"],
    "subject": "入館証（ICカード）発行申請　12月着任者",
    "body": f"""青嵐会病院 総務課
ご担当者様

お世話になっております。受託給食の日の出産業 都築です。
12月から勤務する当社従事者7名の入館証の発行を申請いたします。
貴院指定の様式に記入したものを添付いたします。

顔写真データは別途CD-Rで持参します。
よろしくお願いいたします。
{sig("都築 真由美（管理栄養士）", "メディカルフードサービス事業部　青嵐会病院 受託事業所", "052-801-3366", "tsuzuki.m@hinode-sangyo.co.jp", "〒468-0015 愛知県名古屋市天白区原5丁目1番 青嵐会病院内")}""",
    "attachments": [{"kind": "xlsx", "name": "入館証発行申請書_日の出産業_12月.xlsx", "sheets": {
        "申請者": [["入館証発行申請書（委託業者用）", "", "", "", "", "", "申請日：2024/11/28"],
                  ["事業者名：日の出産業株式会社"], [],
                  ["No", "氏名", "フリガナ", "生年月日", "住所", "携帯電話", "職種"]] + [
                     [i, x["name"], x["kana"], wareki(x["y"], x["m"], x["d"], "seireki"), x["addr"], x["mobile"],
                      ["調理師", "調理補助", "調理補助", "洗浄", "栄養士", "調理師", "配膳"][i - 1]]
                     for i, x in enumerate(_p, 1)],
        "記入例": [["No", "氏名", "フリガナ", "生年月日", "住所", "携帯電話", "職種"],
                  [0, "病院 太郎", "ビョウイン タロウ", "1980年1月1日", "（記入例）", "（記入例）", "調理師"]]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "7名の氏名・生年月日・住所・携帯の XLSX を社外の病院へ",
})

# 039 ── 「社外秘」という語が出てくるだけ（区分表示ではない） ─────────────────────────
M.append({
    "id": "byoinshoku-039", "charset": "shift_jis",
    "sender": f"丹羽 美穂 <niwa.m{D}>",
    "to": ["尾張中央病院 事務局 経営企画課 <keiei@owari-chuo-hp.jp>"],
    "subject": "Re: 食材費の内訳資料について",
    "body": f"""尾張中央病院 経営企画課
野村様

お世話になっております。日の出産業の丹羽です。
食材費の内訳についてお問い合わせいただいた件、社内で確認いたしました。

誠に恐縮ながら、仕入先別の原価表は当社の社外秘資料にあたるため、
そのままの形でお出しすることができかねます。
代わりに、食材費を「主食・主菜・副菜・治療食用特殊食品」の4区分で集計した資料であれば
来週中にご用意できますが、いかがでしょうか。

ご検討のほど、よろしくお願いいたします。
{sig("丹羽 美穂", "メディカルフードサービス事業部 営業課", "052-261-4412", "niwa.m@hinode-sangyo.co.jp")}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "「社外秘」は資料を出せない理由として触れているだけで、区分表示ではない",
})

# 040 ── XLSX のヘッダーに「部外秘」：委託費見直し案を病院事務長へ ───────────────────
M.append({
    "id": "byoinshoku-040", "charset": "utf-8",
    "sender": f"丹羽 美穂 <niwa.m{D}>",
    "to": ["松寿会病院 事務長 稲垣様 <inagaki@shojukai-hp.or.jp>"],
    "subject": "委託費見直しのシミュレーション",
    "body": f"""松寿会病院
事務長　稲垣様

お世話になっております。日の出産業の丹羽です。
先日のご面談でお話しした、委託費見直しのシミュレーションをお送りします。
人員配置を朝食帯で1名減らした場合と、クックチル方式へ一部移行した場合の2案です。

ご確認のうえ、ご意見をいただけますと幸いです。
{sig("丹羽 美穂", "メディカルフードサービス事業部 営業課", "052-261-4412", "niwa.m@hinode-sangyo.co.jp")}""",
    "attachments": [{"kind": "xlsx", "name": "委託費シミュレーション_松寿会.xlsx",
                     "page_header": "部外秘　日の出産業株式会社 営業課",
                     "sheets": {
                         "比較": [["【部外秘】委託費見直しシミュレーション（松寿会病院）"], [],
                                ["項目", "現行", "A案（朝1名減）", "B案（クックチル一部移行）"],
                                ["人件費（月）", 5820000, 5510000, 5180000],
                                ["食材費（月）", 3960000, 3960000, 4120000],
                                ["経費（月）", 420000, 420000, 560000],
                                ["当社粗利率", "11.8%", "9.6%", "12.4%"]],
                         "前提": [["前提条件"], ["1日平均食数", 310], ["治療食比率", "34%"]]}}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "添付 XLSX のヘッダーと表題に「部外秘」の区分表示があり社外へ",
})

# 041 ── 職員1名の休職（診断名つき）を病院の栄養科長へ ───────────────────────────────
M.append({
    "id": "byoinshoku-041", "charset": "iso-2022-jp",
    "sender": f"大橋 由佳 <ohashi.y{D}>",
    "to": ["松寿会病院 栄養科長 平岩様 <hiraiwa@shojukai-hp.or.jp>"],
    "subject": "現場の人員体制についてのご報告",
    "body": f"""松寿会病院
栄養科長　平岩様

いつもお世話になっております。日の出産業 東海支店の大橋です。
現場の人員体制について、ご報告とお詫びを申し上げます。

調理主任の犬飼 直樹が、主治医より「適応障害」との診断を受け、
12月1日から当面3か月の休職となりました。
本人からは、病院の皆様にご迷惑をおかけして申し訳ないと伝言を預かっております。

後任の調理主任は、岡崎の松寿会病院で経験のある加納を12月から配置いたします。
献立や治療食の対応に支障が出ないよう、引継ぎは私が責任をもって確認いたします。
{sig("大橋 由佳", "東海支店　病院給食課", "0564-23-5510", "ohashi.y@hinode-sangyo.co.jp", "〒444-0043 愛知県岡崎市唐沢町8番地3 唐沢ビル2階")}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "職員1名の氏名と診断名（適応障害）・休職を社外へ：1名でも要配慮個人情報",
})

# 042 ── 年末年始の緊急連絡先4名（4名までは警告どまり） ─────────────────────────────
_p = people(300, 4)
_rows = "\n".join(f"　{d}　{x['name']}（{r}）　{x['mobile']}" for d, x, r in zip(
    ["12/29〜12/30", "12/31〜1/1 ", "1/2〜1/3   ", "全期間（統括）"], _p, ["調理主任", "調理師", "栄養士", "現場責任者"]))
M.append({
    "id": "byoinshoku-042", "charset": "shift_jis",
    "sender": f"梶原 智子 <kajiwara.t{D}>",
    "to": ["市立みなと病院 栄養科 大野科長 <ohno@minato-hp.jp>"],
    "subject": "年末年始の緊急連絡体制について",
    "body": f"""市立みなと病院 栄養科
大野科長

お世話になっております。日の出産業の梶原です。
年末年始の厨房の緊急連絡先を下記のとおりご連絡します。
夜間・早朝に食数の大幅な変更や設備の故障があった場合は、こちらにお電話ください。

{_rows}

つながらない場合は、本社当番（052-261-4410、9時〜17時）へお願いいたします。

梶原""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "4名の担当者の携帯番号：1〜4名の連絡先は警告どまりで止めない",
})

# 043 ── 病院＋食材業者2社（社外3組織）を To/Cc に並べる ─────────────────────────────
M.append({
    "id": "byoinshoku-043", "charset": "utf-8",
    "sender": f"前川 彩 <maekawa.a{D}>",
    "to": ["市立みなと病院 栄養科 <eiyo@minato-hp.jp>"],
    "cc": ["丸八水産 営業 <sales@maruhachi-suisan.co.jp>", "ベーカリー麦の穂 <order@muginoho-bakery.jp>"],
    "subject": "クリスマス行事食の段取り（12/24夕食）",
    "body": f"""市立みなと病院 栄養科の皆様
丸八水産 様、ベーカリー麦の穂 様

お世話になっております。日の出産業の前川です。
12月24日夕食のクリスマス行事食について、関係各社にまとめてご連絡します。

【献立】サーモンのムニエル（嚥下調整食はムース）、ポテトサラダ、コンソメスープ、
　　　　ミニブッシュドノエル（糖尿病食は低糖質ロールケーキ）
【食数】約420食（うち嚥下調整食 58食、エネルギーコントロール食 71食）

・丸八水産様：サーモン切り身 60g を 360枚、12/23午前着でお願いします
・麦の穂様：ミニブッシュドノエル 350個、低糖質ロールケーキ 71個、12/24 14時着でお願いします

食数の確定は12/20にご連絡します。

前川""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "社外3組織（病院・水産会社・パン屋）のアドレスが To/Cc で互いに見える",
})

# 044 ── フリーメールの個人1名への講師依頼（1名なので通す） ───────────────────────────
M.append({
    "id": "byoinshoku-044", "charset": "iso-2022-jp",
    "sender": f"河合 紗希 <kawai.s{D}>",
    "to": ["山内 先生 <yamauchi-keiko@yahoo.co.jp>"],
    "subject": "社内研修の講師のお願い",
    "body": f"""山内 恵子 先生

ご無沙汰しております。日の出産業 衛生管理室の河合です。
先生が尾張中央病院を退職されてからもう2年になりますね。お元気でお過ごしでしょうか。

さて、来年2月に当社の栄養士向け研修で「腎臓病食の献立作成のコツ」をテーマにした
講義をお願いできないかと思い、ご連絡いたしました。

　日時：2025年2月15日（土）13:30〜15:00
　場所：日の出産業 本社 7階（オンライン配信あり）
　対象：当社の管理栄養士・栄養士 約40名
　謝礼：5万円（交通費別）

ご検討いただけましたら幸いです。
{sig("衛生管理室　河合 紗希", "衛生管理室", "052-261-4430", "kawai.s@hinode-sangyo.co.jp")}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "フリーメールの個人1名への通常の依頼（フリーメール宛ての警告のみ）",
})

# 045 ── 類似ドメイン（tsubasa-system.co.jp：TLD 違い）へ障害の問い合わせ ─────────────
M.append({
    "id": "byoinshoku-045", "charset": "shift_jis",
    "sender": f"竹内 修 <takeuchi.o{D}>",
    "to": ["ツバサシステム サポートセンター <support@tsubasa-system.co.jp>"],
    "subject": "【至急】盛付表が出力できない（青嵐会病院）",
    "body": f"""ツバサシステム サポートセンター 御中

日の出産業 情報システム部の竹内です。
本日14時頃から、青嵐会病院の端末で栄養管理システムの「盛付表」出力がエラーになります。

　エラー：E-2041 帳票テンプレートの読込に失敗しました
　バージョン：NutriWing 5.3.2
　端末：EIYO-PC02（Windows 11）
　契約番号：TS-HN-0087

夕食の盛付に間に合わせる必要があるため、至急ご対応をお願いします。
{sig("情報システム部　竹内 修", "情報システム部", "052-261-4440", "takeuchi.o@hinode-sangyo.co.jp")}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "パートナー tsubasa-system.jp の TLD を変えた類似ドメイン tsubasa-system.co.jp 宛て",
})

# 046 ── 旧形式 XLS：退職者の源泉徴収票送付先（住所）を税理士へ ─────────────────────
_p = people(310, 6)
M.append({
    "id": "byoinshoku-046", "charset": "iso-2022-jp",
    "sender": f"宮地 恵 <miyaji.m{D}>",
    "to": ["林税理士事務所 <office@hayashi-tax.jp>"],
    "subject": "2024年 中途退職者の源泉徴収票 発送先",
    "body": f"""林税理士事務所
ご担当　吉川様

いつもお世話になっております。日の出産業 経理部の宮地です。
今年中途退職したパート職員の源泉徴収票の発送をお願いしたく、発送先一覧を添付します。
（給与システムが古く、xls形式での出力になっております。）

退職時から住所が変わっている方は、本人確認のうえ備考欄に記載しています。
{sig("経理部　宮地 恵", "経理部", "052-261-4415", "miyaji.m@hinode-sangyo.co.jp")}""",
    "attachments": [{"kind": "xls", "name": "退職者一覧_2024.xls", "sheets": {"退職者": [
        ["社員番号", "氏名", "郵便番号", "住所", "退職日", "備考"]] + [
        [f"P{4100 + i * 13}", x["name"], x["zip"], x["addr"], f"2024/{i + 3:02d}/{[15, 31, 20, 30, 10, 31][i]}",
         "転居済（本人確認）" if i == 2 else ""] for i, x in enumerate(_p)]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "退職者6名の氏名・住所の旧形式 XLS を社外の税理士事務所へ",
})

# 047 ── 社内サブドメイン宛て：事業所の職員名簿 CSV ─────────────────────────────────
_p = people(320, 9)
M.append({
    "id": "byoinshoku-047", "charset": "utf-8",
    "sender": f"大橋 由佳 <ohashi.y{D}>",
    "to": ["本社 人事部 <jinji@mail.hinode-sangyo.co.jp>"],
    "subject": "東海支店 受託事業所 職員名簿（12月1日現在）",
    "body": """人事部 ご担当者様

お疲れさまです。東海支店の大橋です。
12月1日現在の受託事業所（松寿会病院・ひだまりの郷）の職員名簿を送ります。
緊急連絡網の更新に使ってください。

大橋""",
    "attachments": [{"kind": "csv", "name": "職員名簿_東海支店_20241201.csv", "encoding": "utf-8",
                     "rows": [["氏名", "フリガナ", "事業所", "携帯", "住所"]] + [
                         [x["name"], x["kana"], "松寿会病院" if i < 5 else "ひだまりの郷", x["mobile"], x["addr"]]
                         for i, x in enumerate(_p)]}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "9名の名簿だが宛先は社内サブドメイン mail.hinode-sangyo.co.jp（社内）",
})

# 048 ── 「・」の箇条書き：登録管理栄養士の一覧を新規の病院へ ───────────────────────
_p = people(330, 6)
_rows = "\n".join(f"・{x['name']}（管理栄養士・{x['age']}歳）　携帯 {x['mobile']}　{x['email']}　{w}"
                  for x, w in zip(_p, ["平日可", "土日のみ", "月水金", "平日午前", "全日可", "火木"]))
M.append({
    "id": "byoinshoku-048", "charset": "shift_jis",
    "sender": f"丹羽 美穂 <niwa.m{D}>",
    "to": ["四日市港南病院 栄養管理室 <eiyo@konan-hp.or.jp>"],
    "subject": "産休代替の管理栄養士のご紹介",
    "body": f"""四日市港南病院
栄養管理室　小川室長

お世話になっております。日の出産業の丹羽でございます。
先日ご相談いただいた、貴院の管理栄養士の産休代替の件で、
当社に登録している管理栄養士のうち、四日市方面に通える方を挙げさせていただきます。
直接ご連絡いただいても差し支えないと、皆さんから了承を得ております。

{_rows}

面談のご希望がございましたら、日程を調整いたします。
{sig("丹羽 美穂", "メディカルフードサービス事業部 営業課", "052-261-4412", "niwa.m@hinode-sangyo.co.jp")}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "6名の氏名・携帯・個人メールを「・」の箇条書きで社外の病院へ",
})

# 049 ── 氏名なし、病床番号とアレルギー3件（判断が分かれる） ───────────────────────
M.append({
    "id": "byoinshoku-049", "charset": "iso-2022-jp",
    "sender": f"浅野 健太 <asano.k{D}>",
    "to": ["ベーカリー麦の穂 <order@muginoho-bakery.jp>"],
    "subject": "明日の朝食パン　アレルギー対応分",
    "body": f"""麦の穂 藤井様

いつもありがとうございます。浅野です。
明日の朝食で、アレルギー対応のパンを下記のとおり個包装・ラベル付きでお願いします。

　５０２Ａ　乳除去（アナフィラキシー既往あり）
　５１４Ｃ　卵・乳除去
　６０７Ｂ　小麦除去 → 米粉パン

ラベルには病床番号だけ書いてください。
いつもどおり6時半までに通用口へお願いします。

浅野""",
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "氏名はなく病床番号とアレルギー（既往）3件のみ：本人を特定できるかで判断が分かれる",
})

# 050 ── 基礎年金番号を社労士へ ─────────────────────────────────────────────────
_x = person(340)
M.append({
    "id": "byoinshoku-050", "charset": "utf-8",
    "sender": f"岡部 俊介 <okabe.s{D}>",
    "to": ["奏社会保険労務士事務所 <info@kanade-sr.jp>"],
    "subject": "Re: 年金手帳の番号について（中途入社 1名）",
    "body": f"""小野寺先生

お世話になっております。岡部です。
ご照会いただいた件、本人に年金手帳を確認してもらいました。

　氏名：{_x['name']}
　生年月日：{wareki(_x['y'], _x['m'], _x['d'], 'short')}
　基礎年金番号：{_x['r'].randint(1000, 9999)}-{_x['r'].randint(100000, 999999)}

前職は国民年金（第1号）とのことです。手続きをお願いいたします。

岡部

> 岡部様
> 先日ご依頼の資格取得届ですが、基礎年金番号が空欄でしたので、
> ご本人にご確認いただけますでしょうか。
> 小野寺""",
    "expect": "stop",
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "返信の新しい本文に基礎年金番号・氏名・生年月日を書いて社外へ",
})

# 051 ── PDF：受託病院の一覧（事業所リスト）を銀行へ ───────────────────────────────
M.append({
    "id": "byoinshoku-051", "charset": "shift_jis",
    "sender": f"宮地 恵 <miyaji.m{D}>",
    "to": ["みどり銀行 栄支店 法人営業 佐野様 <sano.k@midori-ginko.co.jp>"],
    "subject": "ご依頼の資料（受託先一覧・事業概要）",
    "body": f"""みどり銀行 栄支店
法人営業課　佐野様

いつも大変お世話になっております。日の出産業 経理部の宮地です。
設備資金のご融資の件でご依頼いただいた、給食受託先の一覧をお送りします。
契約期間と1日あたりの提供食数を併記しております。

ご確認のほど、よろしくお願いいたします。
{sig("経理部　宮地 恵", "経理部", "052-261-4415", "miyaji.m@hinode-sangyo.co.jp")}""",
    "attachments": [{"kind": "pdf", "name": "給食受託先一覧_2024.pdf", "title": "給食受託先一覧",
                     "lines": ["日の出産業株式会社 メディカルフードサービス事業部", "給食受託先一覧（2024年12月1日現在）", ""],
                     "table": [["受託先", "所在地", "代表電話", "病床数", "1日食数", "契約期間"],
                               ["市立みなと病院", "名古屋市港区港栄4-2-1", "052-651-2200", "420", "1,150", "2022.4〜2027.3"],
                               ["青嵐会病院", "名古屋市天白区原5-1", "052-801-3300", "260", "720", "2023.4〜2026.3"],
                               ["東明記念病院", "安城市大東町3-18", "0566-74-3111", "199", "560", "2024.10〜2029.9"],
                               ["県立尾張中央病院", "一宮市栄2-9-7", "0586-72-1100", "350", "960", "2021.4〜2026.3"],
                               ["岐阜ひかり病院", "岐阜市神田町6-12", "058-262-4400", "180", "480", "2022.7〜2025.6"],
                               ["松寿会病院", "岡崎市羽根町字貴登野15", "0564-51-2200", "120", "310", "2023.1〜2025.12"],
                               ["老健 ひだまりの郷", "岡崎市舞木町字城山1-40", "0564-27-8800", "100", "290", "2020.4〜自動更新"]]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "病院（事業所）の所在地・代表電話の一覧で、人の一覧ではない",
})

# 052 ── パスワード保護された PDF ───────────────────────────────────────────────
M.append({
    "id": "byoinshoku-052", "charset": "iso-2022-jp",
    "sender": f"梶原 智子 <kajiwara.t{D}>",
    "to": ["市立みなと病院 栄養科 <eiyo@minato-hp.jp>"],
    "subject": "個別栄養食事指導の記録（11月分）",
    "body": f"""市立みなと病院 栄養科
大野科長

お世話になっております。梶原です。
11月に当社栄養士が担当した外来栄養食事指導の記録をPDFにまとめました。
病院のルールに従い、PDFには閲覧パスワードをかけています（いつものものです）。

梶原""",
    "attachments": [{"kind": "pdf", "name": "栄養食事指導記録_202411.pdf", "password": "eiyo1124",
                     "lines": ["外来栄養食事指導 記録（2024年11月）", "指導件数 42件"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "パスワードで保護（暗号化）された PDF で中身を検査できない",
})

# 053 ── 1人1ブロック：新規採用者5名の情報を給与計算の委託先へ ───────────────────────
_p = people(350, 5)
_blocks = "\n\n".join(
    f"■{i}人目\n氏名：{x['name']}（{x['kana']}）\n生年月日：{wareki(x['y'], x['m'], x['d'])}\n"
    f"住所：〒{x['zip']} {x['addr']}\n電話：{x['mobile']}\n配属：{h}　時給 {w}円"
    for i, (x, h, w) in enumerate(zip(_p, ["みなと病院", "みなと病院", "青嵐会病院", "東明記念病院", "ひだまりの郷"],
                                      [1150, 1100, 1120, 1080, 1050]), 1))
M.append({
    "id": "byoinshoku-053", "charset": "utf-8",
    "sender": f"岡部 俊介 <okabe.s{D}>",
    "to": ["給与計算センター中部 <support@payroll-center.co.jp>"],
    "subject": "12月入社 パート5名の登録依頼",
    "body": f"""給与計算センター中部
ご担当者様

お世話になっております。日の出産業 人事部の岡部です。
12月1日入社のパート職員5名について、給与システムへの登録をお願いします。

{_blocks}

振込口座は各自から届出書を回収中のため、来週お送りします。
{sig("人事部　岡部 俊介", "人事部", "052-261-4401", "okabe.s@hinode-sangyo.co.jp")}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "1人1ブロックで5名の氏名・生年月日・住所・電話を社外の委託先へ",
})

# 054 ── PDF：糖尿病食の献立表（人の情報なし） ─────────────────────────────────────
M.append({
    "id": "byoinshoku-054", "charset": "shift_jis",
    "sender": f"前川 彩 <maekawa.a{D}>",
    "to": ["市立みなと病院 糖尿病教室 事務局 <dm-kyoshitsu@minato-hp.jp>"],
    "subject": "糖尿病教室用 1600kcal 献立例（1週間分）",
    "body": f"""糖尿病教室 事務局　ご担当者様

お世話になっております。日の出産業の前川です。
来月の糖尿病教室で配布する「1600kcal 1週間の献立例」をお送りします。
食品交換表（第7版）の単位配分に合わせています。

前川""",
    "attachments": [{"kind": "pdf", "name": "献立例_エネルギーコントロール1600.pdf", "title": "1600kcal 献立例",
                     "page_footer": "市立みなと病院 栄養科／日の出産業株式会社",
                     "lines": ["エネルギーコントロール食 1600kcal 献立例（20単位：表1 9 表2 1 表3 5 表4 1.5 表5 1 表6 1.2 調味料 0.8）", ""],
                     "table": [["曜日", "朝食", "昼食", "夕食", "エネルギー", "塩分"],
                               ["月", "ごはん150g・納豆・青菜おひたし", "ごはん150g・鮭塩焼き・筑前煮", "ごはん150g・豚しゃぶサラダ", "1,588kcal", "6.8g"],
                               ["火", "食パン6枚切1枚・卵サラダ・牛乳", "ごはん150g・鶏照焼・白和え", "ごはん150g・さば味噌煮", "1,604kcal", "7.1g"],
                               ["水", "ごはん150g・厚揚げ煮・みそ汁", "ごはん150g・ハンバーグ", "ごはん150g・たら野菜あんかけ", "1,596kcal", "6.9g"],
                               ["木", "ごはん150g・卵焼き・ひじき", "そば（乾40g×2）・天ぷら（なす）", "ごはん150g・豚生姜焼", "1,611kcal", "7.3g"],
                               ["金", "ごはん150g・鮭フレーク・ヨーグルト", "ごはん150g・麻婆豆腐", "ごはん150g・かれい煮付", "1,590kcal", "6.7g"]]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "献立表（栄養量）のみで患者個人の情報はない",
})

# 055 ── 在留カード番号を登録支援機関へ ───────────────────────────────────────────
M.append({
    "id": "byoinshoku-055", "charset": "utf-8",
    "sender": f"岡部 俊介 <okabe.s{D}>",
    "to": ["ほしぞら登録支援機関 <info@hoshizora-shien.or.jp>"],
    "subject": "特定技能（外食業）職員の在留期間更新について",
    "body": f"""ほしぞら登録支援機関
担当　グエン様

お世話になっております。日の出産業 人事部の岡部です。
青嵐会病院の厨房で勤務している特定技能職員について、
在留期間更新の申請書類の作成をお願いいたします。

　氏名：NGUYEN THI HOA（グエン・ティ・ホア）
　国籍：ベトナム
　生年月日：1998年7月14日
　在留カード番号：UH48271936FA
　在留期限：2025年2月3日
　在留資格：特定技能1号（外食業分野）

雇用条件書と直近3か月の給与明細は、来週郵送いたします。
{sig("人事部　岡部 俊介", "人事部", "052-261-4401", "okabe.s@hinode-sangyo.co.jp")}""",
    "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "在留カード番号（本人確認書類の番号）と国籍・生年月日を社外へ",
})

# 056 ── パートナーへの保守依頼（日英の免責文が長いだけ） ─────────────────────────────
M.append({
    "id": "byoinshoku-056", "charset": "iso-2022-jp",
    "sender": f"堀田 亮 <hotta.r{D}>",
    "to": ["川崎電機 業務用機器サービス <service-nagoya@kawasaki-denki.co.jp>"],
    "subject": "食器洗浄機の定期点検日程（青嵐会病院）",
    "body": f"""川崎電機株式会社
業務用機器サービス　名古屋サービスセンター　御中

いつもお世話になっております。日の出産業 購買部の堀田です。
青嵐会病院に設置しているコンベア式食器洗浄機（KDW-800型）の定期点検について、
12月16日（月）14:00〜17:00 でお願いできますでしょうか。
昼の下膳・洗浄が終わった後の時間帯になります。

あわせて、すすぎ温度が80℃に届かないことがあると現場から報告がありましたので、
ヒーターの点検もお願いいたします。

保守契約番号：KD-SV-2318
{sig("購買部　堀田 亮", "購買部", "052-261-4423", "hotta.r@hinode-sangyo.co.jp")}{DISCLAIMER_JA}{DISCLAIMER_EN}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "パートナーへの通常の保守依頼：日英の定型免責文は機密区分の表示ではない",
})

# 057 ── 全角数字・和暦の応募者一覧を求人媒体へ ─────────────────────────────────────
_p = people(360, 6)
_rows = "\n".join(f"{i}．{x['name']}（{x['kana']}）　{wareki(x['y'], x['m'], x['d'], 'zenkanji')}生　"
                  f"ＴＥＬ　{zen(x['mobile'])}　希望：{h}"
                  for i, (x, h) in enumerate(zip(_p, ["早番", "日勤", "遅番", "土日", "早番", "日勤"]), 1))
M.append({
    "id": "byoinshoku-057", "charset": "shift_jis",
    "sender": f"大橋 由佳 <ohashi.y{D}>",
    "to": ["ジョブひろば 掲載サポート <support@job-hiroba.jp>"],
    "subject": "面接日程の一括設定のお願い（掲載No.JH-771203）",
    "body": f"""ジョブひろば　掲載サポート ご担当者様

お世話になっております。日の出産業 東海支店の大橋です。
掲載中の「病院厨房の調理補助（岡崎市）」に応募のあった方の面接日程を、
御社の日程調整サービスで一括設定していただきたく、応募者の一覧をお送りします。

{_rows}

面接可能日：１２月９日（月）・１０日（火）の１０時〜１６時（１人３０分）
場所：松寿会病院 １階 会議室
{sig("大橋 由佳", "東海支店　病院給食課", "0564-23-5510", "ohashi.y@hinode-sangyo.co.jp", "〒444-0043 愛知県岡崎市唐沢町8番地3 唐沢ビル2階")}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "応募者6名の氏名・和暦の生年月日・全角の電話番号を社外の求人媒体へ",
})

# 058 ── CSV：商品ごとのアレルゲン規格（人ではなく商品の一覧） ───────────────────────
M.append({
    "id": "byoinshoku-058", "charset": "utf-8",
    "sender": f"堀田 亮 <hotta.r{D}>",
    "to": ["三河ミート 品質管理課 <qc@mikawa-meat.jp>"],
    "subject": "規格書の更新依頼（特定原材料の表記）",
    "body": f"""三河ミート株式会社
品質管理課　ご担当者様

お世話になっております。日の出産業 購買部の堀田です。
当社の規格書データベースに登録している御社商品のアレルゲン情報を書き出しました。
2025年4月からの「くるみ」義務化に伴い、表記の更新が必要な商品があればご修正ください。

修正したCSVをご返送いただければ、こちらで取り込みます。
{sig("購買部　堀田 亮", "購買部", "052-261-4423", "hotta.r@hinode-sangyo.co.jp")}""",
    "attachments": [{"kind": "csv", "name": "規格書_三河ミート_アレルゲン.csv", "encoding": "utf-8", "rows": [
        ["商品コード", "商品名", "規格", "卵", "乳", "小麦", "えび", "かに", "そば", "落花生", "くるみ", "大豆", "豚肉", "牛肉", "鶏肉"],
        ["MM-1102", "豚ロース生姜焼き用", "60g×50", "", "", "", "", "", "", "", "", "", "○", "", ""],
        ["MM-1240", "ソフトハンバーグ（嚥下用）", "50g×40", "○", "○", "○", "", "", "", "", "", "○", "○", "○", ""],
        ["MM-2031", "鶏ひき肉（冷凍）", "1kg×10", "", "", "", "", "", "", "", "", "", "", "", "○"],
        ["MM-2218", "やわらか鶏団子", "20g×100", "○", "", "○", "", "", "", "", "", "○", "", "", "○"],
        ["MM-3005", "牛すじ煮込み（減塩）", "150g×30", "", "", "○", "", "", "", "", "", "○", "", "○", ""]]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "商品ごとのアレルゲン一覧で、人のアレルギー情報ではない",
})

# 059 ── 海外視察の参加者5名の旅券番号を旅行会社へ ───────────────────────────────────
_p = people(370, 5)
_L = "ABCDEFGHJKLMNPRSTUVWXYZ"
_rows = "\n".join(f"{i}) {x['romaji']:<22} {x['sex']}  DOB {x['y']}-{x['m']:02d}-{x['d']:02d}  "
                  f"Passport No. T{_L[x['r'].randrange(len(_L))]}{x['r'].randint(1000000, 9999999)}  exp. 20{x['r'].randint(27, 34)}"
                  for i, x in enumerate(_p, 1))
M.append({
    "id": "byoinshoku-059", "charset": "utf-8",
    "sender": f"西尾 加奈 <nishio.k{D}>",
    "to": ["たびプランナー 法人旅行デスク <corporate@tabi-planner.co.jp>"],
    "subject": "台湾 病院給食視察ツアー（2/18〜2/21）参加者情報",
    "body": f"""たびプランナー 法人旅行デスク
ご担当　三好様

お世話になっております。日の出産業 総務部の西尾です。
台北の病院給食センター視察ツアーの参加者情報をお送りします。
航空券の発券に必要な項目（ローマ字氏名・生年月日・旅券番号）はパスポートの記載どおりです。

{_rows}

食事の配慮：2) の方は甲殻類アレルギーあり（機内食の特別食手配をお願いします）。
{sig("総務部　西尾 加奈", "総務部", "052-261-4405", "nishio.k@hinode-sangyo.co.jp")}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "5名のローマ字氏名・生年月日・旅券番号（本人確認書類）の一覧を社外の旅行会社へ",
})

# 060 ── 打合せ議事録（出席者の氏名だけ） ─────────────────────────────────────────
M.append({
    "id": "byoinshoku-060", "charset": "iso-2022-jp",
    "sender": f"都築 真由美 <tsuzuki.m{D}>",
    "to": ["青嵐会病院 栄養科長 宮本様 <miyamoto.eiyo@seirankai.or.jp>"],
    "subject": "11月 給食委員会 議事録（案）",
    "body": f"""宮本科長

お世話になっております。都築です。
11月27日の給食委員会の議事録（案）をお送りします。修正があればお知らせください。

――――――――――――――――――――
青嵐会病院 給食委員会 議事録（案）
日時：2024年11月27日（水）15:00〜16:00
場所：2階 会議室
出席：宮本科長、小池師長（3階病棟）、谷口主任（言語聴覚士）、
　　　日の出産業 都築・杉本
議題
1. 嗜好調査の結果：主菜の満足度 72%（前回 65%）。煮魚の評価が低く、味付けを見直す。
2. 嚥下調整食：コード2-1のゼリーが固いとの意見あり。ゲル化剤の配合を次回までに再検討。
3. 年末年始の行事食：12/31 年越しそば（嚥下調整食は、そば風ムース）、1/1 おせち。
4. 次回：12月18日（水）15:00
――――――――――――――――――――

都築""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "出席者の氏名（職名）だけの議事録で、個人の連絡先や要配慮情報はない",
})

# 061 ── 英語：患者1名の宗教（ハラール食）を業者へ ───────────────────────────────────
M.append({
    "id": "byoinshoku-061", "charset": "utf-8",
    "sender": f"Tomoko Kajiwara <kajiwara.t{D}>",
    "to": ["Crescent Halal Foods <orders@crescent-halal.jp>"],
    "subject": "Halal meals for an inpatient at Minato City Hospital",
    "body": f"""Dear Mr. Rahman,

I am a dietitian at Hinode Sangyo, the meal-service contractor of Minato City Hospital.

We have a new inpatient, Mr. Ahmad Faiz bin Ismail (Room 412, 4th floor East), who is a
practising Muslim and asked for halal meals only. He was admitted with type 2 diabetes
and a foot ulcer, so his doctor has ordered an energy-controlled diet of 1,800 kcal/day
with salt under 6 g.

Could you supply halal-certified frozen main dishes (chicken, beef or fish, about 80 g of
protein source each) for lunch and dinner from 4 December, for about three weeks?
A product list with the energy and salt content would help us plan the menu.

Kind regards,
Tomoko Kajiwara, Registered Dietitian
Hinode Sangyo Co., Ltd. - Minato City Hospital kitchen
Tel +81 52 651 2270""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "患者1名の氏名・病室と宗教（信条）・病名を社外の業者へ：1名でも要配慮",
})

# 062 ── 壊れた XLSX 添付 ───────────────────────────────────────────────────────
M.append({
    "id": "byoinshoku-062", "charset": "shift_jis",
    "sender": f"浅野 健太 <asano.k{D}>",
    "to": ["東海青果 販売課 <hanbai@tokai-seika.co.jp>"],
    "subject": "12月 野菜の発注予定表",
    "body": f"""東海青果 販売課
ご担当者様

お世話になっております。日の出産業 岐阜営業所の浅野です。
12月分の野菜の発注予定表をお送りします。
年末は30日・31日の納品がありますので、ご対応をお願いいたします。

浅野
{sig("浅野 健太", "岐阜営業所", "058-264-7781", "asano.k@hinode-sangyo.co.jp", "〒500-8856 岐阜県岐阜市橋本町2丁目8番 岐阜駅前ビル5階")}""",
    "attachments": [{"kind": "corrupt", "name": "発注予定表_202412_岐阜.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "添付 XLSX が壊れていて中身を検査できない",
})

# 063 ── 業者からの価格改定のお知らせを病院へ転送（個人データなし） ───────────────────
M.append({
    "id": "byoinshoku-063", "charset": "iso-2022-jp",
    "sender": f"丹羽 美穂 <niwa.m{D}>",
    "to": ["岐阜ひかり病院 事務部 用度課 <yodo@gifu-hikari.jp>"],
    "subject": "FW: 【価格改定のお知らせ】濃厚流動食・とろみ調整食品",
    "body": f"""用度課　ご担当者様

お世話になっております。日の出産業の丹羽です。
病院様で直接ご購入いただいている濃厚流動食について、メーカーから下記の案内がありました。
ご参考までに転送いたします。

丹羽

-------- Forwarded Message --------
件名: 【価格改定のお知らせ】濃厚流動食・とろみ調整食品
日付: Mon, 25 Nov 2024 10:00:12 +0900
差出人: 中部メディカルフーズ 営業本部 <info@chubu-medifoods.co.jp>

お取引先各位

拝啓 時下ますますご清栄のこととお慶び申し上げます。
原材料価格および物流費の上昇により、2025年2月1日出荷分より下記商品の価格を改定させていただきます。

　濃厚流動食「メディエネルギー1.5」200ml×24　　　 4,320円 → 4,680円
　とろみ調整食品「とろみアップZ」2.5g×50包　　　 1,650円 → 1,790円
　ゼリー飲料「アイソカルゼリーHC」66g×24　　　　 3,960円 → 4,250円

何卒ご理解賜りますようお願い申し上げます。
中部メディカルフーズ株式会社 営業本部
TEL 052-583-7700""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "転送だが中身は業者の価格改定案内のみで個人データはない",
})

# 064 ── 類似ドメイン（aoba-unyu.jp：co. が落ちている）へ配送依頼 ────────────────────
M.append({
    "id": "byoinshoku-064", "charset": "utf-8",
    "sender": f"大橋 由佳 <ohashi.y{D}>",
    "to": ["青葉運輸 岡崎センター <okazaki@aoba-unyu.jp>"],
    "subject": "年末の臨時便のお願い（12/28）",
    "body": f"""青葉運輸 岡崎センター
配車ご担当者様

お世話になっております。日の出産業の大橋です。
年末の食材の前倒し納品のため、12月28日（土）に臨時便を1便お願いできますか。

　積込：北国フーズ 名古屋物流センター 7:00
　納品：松寿会病院 9:00 → ひだまりの郷 10:00
　温度帯：冷凍・冷蔵
　数量：カゴ台車 6台程度

お見積りとあわせてご回答ください。
大橋""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "パートナー aoba-unyu.co.jp から co. を落とした類似ドメイン aoba-unyu.jp 宛て",
})

# 065 ── 氏名なし：配食の届け先（住所・電話・腎臓病食など）を配送業者へ ───────────────
_p = people(380, 7, old=True)
_rows = "\n".join(f"{x['addr']}\t{x['tel']}\t{x['diet'].split(' ')[0]}\t{x['dx']}\t{k}"
                  for x, k in zip(_p, ["玄関前ボックス", "手渡し", "手渡し（耳が遠い）", "裏口", "手渡し", "管理人室", "手渡し"]))
M.append({
    "id": "byoinshoku-065", "charset": "shift_jis",
    "sender": f"大橋 由佳 <ohashi.y{D}>",
    "to": ["青葉運輸 岡崎センター 配車係 <haisha-okazaki@aoba-unyu.co.jp>"],
    "subject": "在宅配食（治療食）の配送先 12月追加分",
    "body": f"""青葉運輸 岡崎センター
配車係　ご担当者様

お世話になっております。日の出産業の大橋です。
松寿会病院の退院患者様向け在宅配食サービスで、12月から配送先が7件増えます。
お名前は伏せていますが、住所・電話で確認のうえお届けください。

住所\t電話\t食種\t病名\t受け渡し
{_rows}

夕食（冷蔵）を毎日16時〜17時半にお届けです。不在時は電話でご確認ください。
{sig("大橋 由佳", "東海支店　病院給食課", "0564-23-5510", "ohashi.y@hinode-sangyo.co.jp", "〒444-0043 愛知県岡崎市唐沢町8番地3 唐沢ビル2階")}""",
    "expect": "stop",
    "entities": ["JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "氏名はないが7名分の自宅住所・電話・病名の一覧（名前の列がなくても人の一覧）を社外へ",
})

# 066 ── Bcc で一斉送信（To は自分） ─────────────────────────────────────────────
M.append({
    "id": "byoinshoku-066", "charset": "iso-2022-jp",
    "sender": f"堀田 亮 <hotta.r{D}>",
    "to": [f"日の出産業 購買部 <kobai{D}>"],
    "bcc": ["eigyo@kitaguni-foods.co.jp", "hanbai@tokai-seika.co.jp", "sales@maruhachi-suisan.co.jp",
            "gyomu@mikawa-meat.jp", "order@muginoho-bakery.jp", "kaihatsu@yawaraka-foods.co.jp"],
    "subject": "年末年始の発注・納品スケジュールについて",
    "body": f"""お取引先各位
（本メールはBccにて一斉にお送りしております）

平素は格別のご高配を賜り、誠にありがとうございます。
日の出産業株式会社 購買部でございます。

年末年始の発注締切と納品日について、下記のとおりお知らせいたします。

　12月27日（金）　通常どおり
　12月28日（土）〜12月30日（月）　納品のみ（発注は12/26 12時締め）
　12月31日（火）〜1月3日（金）　納品なし（病院在庫で対応）
　1月4日（土）　通常どおり再開

ご不明な点は、各担当までお問い合わせください。
本年も大変お世話になりました。来年もよろしくお願い申し上げます。
{sig("購買部", "購買部", "052-261-4423", "kobai@hinode-sangyo.co.jp")}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "取引先は Bcc のみで To/Cc は社内：互いのアドレスは見えない",
})

# 067 ── PDF のフッターに「Confidential」：提案書を新規の病院へ ─────────────────────
M.append({
    "id": "byoinshoku-067", "charset": "utf-8",
    "sender": f"丹羽 美穂 <niwa.m{D}>",
    "to": ["東海医療センター 事務部長 片桐様 <katagiri@tokai-mc.jp>"],
    "subject": "給食業務委託のご提案書",
    "body": f"""独立行政法人 東海医療センター
事務部長　片桐様

先日はお時間をいただき、誠にありがとうございました。
日の出産業の丹羽でございます。
ご説明いたしました給食業務委託のご提案書をPDFにてお送りいたします。

ご検討のほど、何卒よろしくお願い申し上げます。
{sig("丹羽 美穂", "メディカルフードサービス事業部 営業課", "052-261-4412", "niwa.m@hinode-sangyo.co.jp")}""",
    "attachments": [{"kind": "pdf", "name": "ご提案書_東海医療センター.pdf", "title": "給食業務委託のご提案",
                     "page_header": "CONFIDENTIAL",
                     "page_footer": "Confidential - 日の出産業株式会社 社外秘",
                     "lines": ["東海医療センター様 給食業務委託のご提案", "",
                               "1. 現状の課題：治療食比率 41%、嚥下調整食の増加、人員確保",
                               "2. ご提案：クックチル併用による朝食帯の省人化、治療食専任栄養士の配置",
                               "3. 概算費用：1食あたり 612円（税抜）、初年度 移行費用 480万円",
                               "4. 当社の原価構成：食材費 44%／人件費 47%／経費 9%"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "添付 PDF の各ページのヘッダー・フッターに Confidential／社外秘の区分表示",
})

# 068 ── 担当者2名の連絡先（新旧担当）を業者へ ─────────────────────────────────────
_p = people(390, 2)
M.append({
    "id": "byoinshoku-068", "charset": "shift_jis",
    "sender": f"堀田 亮 <hotta.r{D}>",
    "to": ["丸八水産 営業 <sales@maruhachi-suisan.co.jp>"],
    "subject": "東明記念病院の発注担当者変更のお知らせ",
    "body": f"""丸八水産株式会社
営業部　ご担当者様

お世話になっております。日の出産業 購買部の堀田です。
東明記念病院の発注担当が12月から変わりますのでお知らせします。

　前任：{_p[0]['name']}（携帯 {_p[0]['mobile']}）　11月末まで
　後任：{_p[1]['name']}（携帯 {_p[1]['mobile']}、{_p[1]['email']}）

後任は病院の厨房に常駐しているため、納品時間の変更などは直接携帯へお電話ください。
{sig("購買部　堀田 亮", "購買部", "052-261-4423", "hotta.r@hinode-sangyo.co.jp")}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "担当者2名の連絡先：1〜4名は警告どまり",
})

# 069 ── 職員の逮捕（犯罪歴）を病院へ報告 ─────────────────────────────────────────
M.append({
    "id": "byoinshoku-069", "charset": "iso-2022-jp",
    "sender": f"岡部 俊介 <okabe.s{D}>",
    "to": ["東明記念病院 事務長 浅井様 <asai@tomei-kinen.or.jp>"],
    "subject": "当社従業員の不祥事に関するご報告とお詫び",
    "body": f"""社会医療法人東明会 東明記念病院
事務長　浅井様

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 人事部の岡部でございます。

誠に申し上げにくいことながら、貴院の受託事業所に勤務する当社調理員
間瀬 和也（39歳）が、11月30日未明、私用車で酒気帯び運転をしたとして
安城警察署に逮捕されました。業務時間外の出来事ですが、貴院に多大なご心配と
ご迷惑をおかけすることとなり、心よりお詫び申し上げます。

当人は本日付で自宅待機とし、処分は事実関係を確認のうえ決定いたします。
現場の人員は本社から応援を出し、給食の提供には支障がないよう手配しております。

改めてお詫びに伺います。
{sig("人事部長代理　岡部 俊介", "人事部", "052-261-4401", "okabe.s@hinode-sangyo.co.jp")}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "氏名を挙げて従業員の逮捕（犯罪の経歴）を社外へ：要配慮個人情報",
})

# 070 ── 病棟ごとの配膳時刻・病床数（組織の一覧） ───────────────────────────────────
M.append({
    "id": "byoinshoku-070", "charset": "utf-8",
    "sender": f"杉本 浩 <sugimoto.k{D}>",
    "to": ["市立みなと病院 看護部 <kangobu@minato-hp.jp>"],
    "subject": "1月からの配膳車の到着時刻（病棟別）",
    "body": f"""看護部　ご担当者様

お世話になっております。受託給食 日の出産業の調理主任 杉本です。
配膳車の追加に伴い、1月6日から病棟への到着時刻が下記のとおり変わります。

病棟   病床数  朝食   昼食    夕食    内線
3東    48      7:40   11:50   17:50   3310
3西    48      7:45   11:55   17:55   3320
4東    50      7:50   12:00   18:00   3410
4西    50      7:55   12:05   18:05   3420
5東    46      8:00   12:10   18:10   3510
ICU     8      個別   個別    個別    2100

下膳は各食の60分後に回収に伺います。
杉本""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "病棟（部署）ごとの時刻・内線の一覧で、人の一覧ではない",
})

# 071 ── 病院のメール（検査値つき患者一覧）を添付で契約栄養士のフリーメールへ転送 ───────
_p = people(400, 6, old=True, floor=4)
_orig = "\n".join(f"{x['room']} {x['name']}　HbA1c {6.8 + i * 0.5:.1f}%　eGFR {58 - i * 7}　{x['dx']}"
                  for i, x in enumerate(_p))
M.append({
    "id": "byoinshoku-071", "charset": "utf-8",
    "sender": f"梶原 智子 <kajiwara.t{D}>",
    "to": ["kaori.nozawa.rd@gmail.com"],
    "subject": "FW: 4東 栄養指導の対象者（来週分）",
    "body": f"""野沢さん

お疲れさまです。梶原です。
来週の病棟訪問（栄養指導）をお願いする方の一覧が病院から届いたので、元のメールを添付で転送します。
検査値も書いてあるので、指導内容の準備に使ってください。

梶原""",
    "attachments": [{"kind": "eml", "name": "4東 栄養指導の対象者（来週分）.eml", "message": {
        "charset": "iso-2022-jp",
        "sender": "市立みなと病院 4階東病棟 <4e-ward@minato-hp.jp>",
        "to": [f"梶原 智子 <kajiwara.t{D}>"],
        "subject": "4東 栄養指導の対象者（来週分）",
        "body": f"""日の出産業 梶原様

来週、入院栄養食事指導をお願いしたい方です。

{_orig}

いずれも主治医の指示は出ています。
4東 病棟クラーク 石田""",
    }}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "添付の転送メール（eml）に患者6名の氏名・検査値・病名を社外のフリーメールへ",
})

# 072 ── 社内のみ：「社外秘」の PDF ───────────────────────────────────────────────
M.append({
    "id": "byoinshoku-072", "charset": "shift_jis",
    "sender": f"丹羽 美穂 <niwa.m{D}>",
    "to": [f"メディカルフード事業部 課長会 <mf-kachokai{D}>"],
    "subject": "2025年度 受託価格の改定方針（社外秘）",
    "body": """課長各位

お疲れさまです。丹羽です。
来年度の受託価格の改定方針（案）を添付します。
12/9の課長会で議論しますので、事前にご一読ください。
社外秘資料のため、病院様への説明は方針確定後にお願いします。

丹羽""",
    "attachments": [{"kind": "pdf", "name": "受託価格改定方針_2025.pdf", "page_header": "社外秘",
                     "lines": ["【社外秘】2025年度 受託価格改定方針（案）", "",
                               "・食材費の上昇分（前年比 +6.2%）を単価に転嫁",
                               "・治療食加算は据え置き、嚥下調整食のみ +18円",
                               "・契約更新時期が早い病院から順次交渉（岐阜ひかり→松寿会→尾張中央）"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "「社外秘」の区分表示がある資料だが宛先は社内のみ",
})

# 073 ── 障害者雇用の職員1名の障害の状況を就労支援機関へ ─────────────────────────────
M.append({
    "id": "byoinshoku-073", "charset": "iso-2022-jp",
    "sender": f"大橋 由佳 <ohashi.y{D}>",
    "to": ["岡崎市障害者就労支援センター ジョブコーチ 寺田様 <terada@okazaki-shuro.or.jp>"],
    "subject": "定着支援面談の日程と現場での様子",
    "body": f"""岡崎市障害者就労支援センター
寺田様

いつもお世話になっております。日の出産業の大橋です。
9月から松寿会病院の洗浄担当として勤務している野々村 蓮さんについて、
定着支援面談の日程のご相談です。

本人は療育手帳（B2）をお持ちで、作業手順を写真付きのカードにしてから、
食器の仕分けのミスがほとんどなくなりました。一方で、昼のピーク時に
急な指示変更があると混乱しやすく、先週は一度休憩室で落ち着くまで時間がかかりました。

12月10日（火）か12日（木）の14時以降でご都合はいかがでしょうか。
{sig("大橋 由佳", "東海支店　病院給食課", "0564-23-5510", "ohashi.y@hinode-sangyo.co.jp", "〒444-0043 愛知県岡崎市唐沢町8番地3 唐沢ビル2階")}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "職員1名の氏名と障害（療育手帳）の状況を社外へ：1名でも要配慮",
})

# 074 ── 暗号化なし ZIP：行事食の献立と案内文（個人データなし） ─────────────────────
M.append({
    "id": "byoinshoku-074", "charset": "utf-8",
    "sender": f"前川 彩 <maekawa.a{D}>",
    "to": ["市立みなと病院 栄養科 <eiyo@minato-hp.jp>"],
    "subject": "年末年始 行事食の献立と病棟掲示用の案内",
    "body": f"""栄養科の皆様

お世話になっております。日の出産業の前川です。
年末年始の行事食の献立（食種別）と、病棟に掲示していただく案内をZIPにまとめました。
ご確認のうえ、修正があれば12/13までにお知らせください。

前川""",
    "attachments": [{"kind": "zip", "name": "行事食_年末年始_2024.zip", "files": [
        {"kind": "pdf", "name": "献立_おせち_食種別.pdf", "lines": ["1月1日 昼食 おせち", ""],
         "table": [["食種", "内容", "エネルギー"],
                   ["常食", "祝い膳（黒豆・栗きんとん・紅白なます・えび旨煮・雑煮）", "780kcal"],
                   ["エネルギーコントロール", "栗きんとん→さつまいもの茶巾（甘味料使用）", "560kcal"],
                   ["たんぱくコントロール", "雑煮の餅→低たんぱく餅、えび→なし", "640kcal"],
                   ["嚥下調整 コード2-1", "おせちムース5種・雑煮風ポタージュ", "420kcal"]]},
        {"kind": "docx", "name": "病棟掲示_行事食のご案内.docx",
         "paragraphs": ["入院中の皆様へ", "12月31日の夕食は年越しそば、1月1日の昼食はおせち料理をご用意します。",
                        "食事制限のある方は、主治医の指示に合わせた内容でお出しします。", "栄養科・日の出産業"]},
    ]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "暗号化されていない ZIP に献立と掲示文のみで個人データはない",
})

# 075 ── 3つの病院の担当者を To に並べた案内 ───────────────────────────────────────
M.append({
    "id": "byoinshoku-075", "charset": "shift_jis",
    "sender": f"河合 紗希 <kawai.s{D}>",
    "to": ["市立みなと病院 栄養科 <eiyo@minato-hp.jp>", "青嵐会病院 栄養科 <eiyo@seirankai.or.jp>",
           "尾張中央病院 栄養管理室 <eiyo@owari-chuo-hp.jp>", "岐阜ひかり病院 栄養科 <eiyo@gifu-hikari.jp>"],
    "subject": "ノロウイルス流行期の厨房衛生対策について（ご案内）",
    "body": f"""受託先病院 栄養部門 ご担当者様

いつもお世話になっております。日の出産業 衛生管理室の河合です。
ノロウイルスの流行期に入りましたので、当社の受託厨房での対策をご案内いたします。

1. 従事者の健康チェック（下痢・嘔吐・発熱）を出勤時に記録し、該当者は調理から外します
2. 12月〜3月は全従事者にノロウイルス検査（月1回）を実施します
3. 二枚貝の加熱は中心温度 85〜90℃で90秒以上を徹底します
4. 嘔吐物処理キットを各厨房に2セット配備済みです

病院様の感染対策室との連携についても、必要に応じてご相談ください。
{sig("衛生管理室　河合 紗希", "衛生管理室", "052-261-4430", "kawai.s@hinode-sangyo.co.jp")}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "社外4病院のアドレスを To に並べて送信（互いに見える、Bcc にすべき）",
})

# 076 ── 病院＋パートナー（2組織）の Cc：厨房機器入替の打合せ ──────────────────────
M.append({
    "id": "byoinshoku-076", "charset": "iso-2022-jp",
    "sender": f"堀田 亮 <hotta.r{D}>",
    "to": ["松寿会病院 施設課 <shisetsu@shojukai-hp.or.jp>"],
    "cc": ["川崎電機 営業 太田様 <ota.s@kawasaki-denki.co.jp>"],
    "subject": "温冷配膳車の入替工事の件（現地調査のお願い）",
    "body": f"""松寿会病院 施設課　ご担当者様
（cc：川崎電機 太田様）

お世話になっております。日の出産業の堀田です。
温冷配膳車3台の入替について、川崎電機様による現地調査を下記日程でお願いしたく存じます。

　日時：12月12日（木）13:30〜15:00
　内容：配膳車の通路幅・エレベーター寸法の確認、電源（単相200V）の位置確認

病院様には、エレベーターの一時使用についてご承認をいただければ幸いです。
{sig("購買部　堀田 亮", "購買部", "052-261-4423", "hotta.r@hinode-sangyo.co.jp")}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "社外2組織（病院とパートナー）だけの通常の三者調整メール",
})

# 077 ── 類似ドメイン（midori-glnko.co.jp：i→l のホモグリフ）へ振込の件 ───────────────
M.append({
    "id": "byoinshoku-077", "charset": "utf-8",
    "sender": f"宮地 恵 <miyaji.m{D}>",
    "to": ["みどり銀行 栄支店 佐野様 <sano.k@midori-glnko.co.jp>"],
    "subject": "Re: 振込先口座の変更手続きについて",
    "body": f"""佐野様

お世話になっております。日の出産業 経理部の宮地です。
ご案内いただいた「取引先振込口座の一括変更」の件、必要書類を準備いたしました。
変更対象の振込先は食材業者12社で、一覧は明日お持ちします。

手続きの際、当社の届出印のほかに必要なものがあれば教えてください。

宮地
{sig("経理部　宮地 恵", "経理部", "052-261-4415", "miyaji.m@hinode-sangyo.co.jp")}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "パートナー midori-ginko.co.jp の i を l にした類似ドメイン midori-glnko.co.jp 宛て",
})

# 078 ── 返信の中でカード番号を業者へ ─────────────────────────────────────────────
_cc = card_number(SEED + 11)
M.append({
    "id": "byoinshoku-078", "charset": "shift_jis",
    "sender": f"杉本 浩 <sugimoto.k{D}>",
    "to": ["キッチンツール中部 ネットショップ <shop@kitchentool-chubu.com>"],
    "subject": "Re: ご注文内容の確認（注文番号 KTC-558201）",
    "body": f"""キッチンツール中部 ご担当者様

ご連絡ありがとうございます。日の出産業の杉本です。
カード決済がエラーになった件、番号の入力を間違えていたようです。
正しいカード情報は以下のとおりです。お手数ですが決済をお願いします。

　カード番号：{_cc}
　有効期限：11/26
　セキュリティコード：482

注文内容（シリコン製ゼリー型 40個、計量スプーンセット 10組）に変更はありません。

杉本

> 日の出産業 杉本様
> ご注文いただいた KTC-558201 について、カード会社の承認が下りませんでした。
> お手数ですが、カード情報をご確認ください。""",
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "返信の新しい本文にクレジットカード番号・有効期限・セキュリティコード",
})

# 079 ── 署名が充実しているだけの通常メール ───────────────────────────────────────
M.append({
    "id": "byoinshoku-079", "charset": "iso-2022-jp",
    "sender": f"梶原 智子 <kajiwara.t{D}>",
    "to": ["市立みなと病院 栄養科 大野科長 <ohno@minato-hp.jp>"],
    "subject": "嗜好調査の設問案",
    "body": """大野科長

お世話になっております。梶原です。
1月実施の嗜好調査の設問案を作りました。前回から「量」と「温度」の設問を分けています。
ご意見をいただければ、来週中に印刷に回します。

　Q1 主食の量はいかがですか（多い／ちょうどよい／少ない）
　Q2 温かい料理は温かく出ていますか（はい／いいえ）
　Q3 特においしかった料理があれば教えてください（自由記述）

よろしくお願いいたします。

--------------------------------------------------
日の出産業株式会社
メディカルフードサービス事業部
市立みなと病院 受託事業所　所長
管理栄養士　梶原 智子（かじわら ともこ）
〒455-0011 愛知県名古屋市港区港栄4丁目2番1号 市立みなと病院内
TEL 052-651-2270（厨房直通）／ 内線 2295
携帯 090-6618-2207
FAX 052-651-2271
E-mail kajiwara.t@hinode-sangyo.co.jp
本社 〒460-0008 名古屋市中区栄3-12-5 TEL 052-261-4410
https://www.hinode-sangyo.co.jp/medical/
--------------------------------------------------""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "送信者自身の署名（携帯・住所つき）があるだけの通常の業務メール",
})

# 080 ── DOCX のヘッダーに「取扱注意」：異物混入の事故報告書 ─────────────────────────
M.append({
    "id": "byoinshoku-080", "charset": "utf-8",
    "sender": f"河合 紗希 <kawai.s{D}>",
    "to": ["尾張中央病院 医療安全管理室 <iryoanzen@owari-chuo-hp.jp>"],
    "subject": "異物混入事案の報告書（11/22 昼食）",
    "body": f"""尾張中央病院
医療安全管理室　ご担当者様

お世話になっております。日の出産業 衛生管理室の河合です。
11月22日の昼食で発生した異物混入（金属片）の事案について、報告書をお送りします。
原因はスライサーの刃の欠けで、同型機の点検を全受託先で実施しました。

再発防止策について、ご指導をいただけますと幸いです。
{sig("衛生管理室　河合 紗希", "衛生管理室", "052-261-4430", "kawai.s@hinode-sangyo.co.jp")}""",
    "attachments": [{"kind": "docx", "name": "事故報告書_20241122_異物混入.docx",
                     "page_header": "取扱注意（関係者限り）",
                     "paragraphs": ["事故報告書", "発生日時：2024年11月22日 12:20頃",
                                    "発生場所：4階西病棟（患者A 様の昼食 きんぴらごぼう）",
                                    "内容：約3mmの金属片を患者様ご自身が発見。口腔内の損傷なし。",
                                    "原因：スライサー（KS-220）の刃の欠け。始業前点検で見落とし。",
                                    "対策：刃の目視点検を始業時・終業時の2回に。金属探知機による抜き取り検査を導入。"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "添付 DOCX のヘッダーに「取扱注意」の区分表示（患者は匿名化）を社外へ",
})

# 081 ── DOCX：1人1ブロックの食形態変更依頼（5名）を協力会社へ ───────────────────────
_p = people(410, 5, old=True, floor=5)
_paras = ["食形態変更依頼書（5階東病棟）", "依頼日：2024年12月2日　依頼者：日の出産業 東明記念病院受託事業所", ""]
for x, (a, b) in zip(_p, [("コード4", "コード3"), ("常食", "コード4"), ("コード3", "コード2-2"),
                          ("全粥・軟菜", "コード3"), ("コード2-2", "コード1j")]):
    _paras += [f"【{x['room']}号室】{x['name']}　様",
               f"生年月日：{wareki(x['y'], x['m'], x['d'], 'kanji')}（{x['age']}歳）",
               f"病名：{x['dx']}",
               f"変更：{a} → {b}（12/3 朝食から）",
               f"禁止食材：{x['allergy']}", ""]
M.append({
    "id": "byoinshoku-081", "charset": "iso-2022-jp",
    "sender": f"杉本 浩 <sugimoto.k{D}>",
    "to": ["中部クックチル 製造管理課 <seizo@chubu-cookchill.co.jp>"],
    "subject": "食形態の変更依頼（東明記念病院 5東 5名）",
    "body": f"""中部クックチル 製造管理課
吉岡様

お世話になっております。日の出産業の杉本です。
東明記念病院でクックチル品を使っている患者様のうち、5名の食形態が変わります。
依頼書を添付しますので、12/3朝食分からの製造に反映をお願いします。

杉本
{sig("調理主任　杉本 浩", "メディカルフードサービス事業部　東明記念病院 受託事業所", "0566-74-3190", "sugimoto.k@hinode-sangyo.co.jp", "〒446-0065 愛知県安城市大東町3-18 東明記念病院内")}""",
    "attachments": [{"kind": "docx", "name": "食形態変更依頼書_5東_1202.docx", "paragraphs": _paras}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX に患者5名分のブロック（氏名・生年月日・病名・嚥下の食形態）を社外へ",
})

# 082 ── 秘密保持契約の締結についての相談（NDA の話） ───────────────────────────────
M.append({
    "id": "byoinshoku-082", "charset": "shift_jis",
    "sender": f"竹内 修 <takeuchi.o{D}>",
    "to": ["東海医療センター 情報管理室 <johokanri@tokai-mc.jp>"],
    "subject": "電子カルテ参照権限の付与と機密保持契約について",
    "body": f"""東海医療センター 情報管理室
ご担当者様

お世話になっております。日の出産業 情報システム部の竹内です。
4月からの給食業務受託にあたり、当社栄養士に電子カルテの食事オーダー画面の参照権限を
付与いただく件で、ご確認させてください。

1. 権限付与の前提として、貴院との機密保持契約（当社標準様式または貴院様式）の締結が必要と
　理解しております。どちらの様式で進めるか、ご指示いただけますでしょうか。
2. 当社側では、参照する職員ごとに個別の誓約書を取り、年1回の情報セキュリティ研修を
　実施しております。研修資料は必要に応じてご提出できます。
3. 秘密保持義務の存続期間は、契約終了後5年とする案で社内決裁を取っております。

ご多忙のところ恐縮ですが、ご回答をお待ちしております。
{sig("情報システム部　竹内 修", "情報システム部", "052-261-4440", "takeuchi.o@hinode-sangyo.co.jp")}{DISCLAIMER_JA}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "機密保持契約（NDA）についての相談で、機密区分の表示も個人データもない",
})

# 083 ── CSV（UTF-8）：パート7名の給与振込口座を銀行へ ─────────────────────────────
_p = people(420, 7)
M.append({
    "id": "byoinshoku-083", "charset": "utf-8",
    "sender": f"宮地 恵 <miyaji.m{D}>",
    "to": ["みどり銀行 栄支店 <sakae-eigyo@midori-ginko.co.jp>"],
    "subject": "給与振込データ（総合振込 追加登録分）",
    "body": f"""みどり銀行 栄支店
営業課　ご担当者様

いつもお世話になっております。日の出産業 経理部の宮地です。
法人インターネットバンキングへの一括登録がエラーになったため、
12月支給分から振込先に追加するパート職員7名のデータをCSVでお送りします。
窓口での代行登録をお願いいたします。
{sig("経理部　宮地 恵", "経理部", "052-261-4415", "miyaji.m@hinode-sangyo.co.jp")}""",
    "attachments": [{"kind": "csv", "name": "振込先追加_202412.csv", "encoding": "utf-8",
                     "rows": [["受取人名（カナ）", "氏名", "金融機関", "支店番号", "種目", "口座番号", "支給予定額"]] + [
                         [x["kana"], x["name"], x["bank"][0], x["bank"][1], x["bank"][2], x["bank"][3],
                          f"{x['r'].randint(60, 160) * 1000}"] for x in _p]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "7名の氏名・口座番号の CSV を社外（銀行）へ",
})

# 084 ── HTML＋テキストの定例ニュースレター（1病院宛て） ─────────────────────────────
_txt = """青嵐会病院 栄養科の皆様

いつもお世話になっております。日の出産業の都築です。
12月の「ひので給食だより」をお送りします。

・今月の新メニュー：鶏だんごの柚子あんかけ（嚥下調整食はムースで提供）
・冬至（12/21）：かぼちゃのいとこ煮、ゆず湯ゼリー
・減塩の工夫：だしを1.5倍に濃くして、みそ汁の塩分を0.8gに

病棟掲示用のPDFが必要な場合はお知らせください。
都築"""
M.append({
    "id": "byoinshoku-084", "charset": "iso-2022-jp",
    "sender": f"都築 真由美 <tsuzuki.m{D}>",
    "to": ["青嵐会病院 栄養科 <eiyo@seirankai.or.jp>"],
    "subject": "ひので給食だより 12月号",
    "body": _txt,
    "html": """<html><body>
<p>青嵐会病院 栄養科の皆様</p>
<p>いつもお世話になっております。日の出産業の都築です。<br>12月の「ひので給食だより」をお送りします。</p>
<h3 style="color:#c60">今月のトピック</h3>
<ul>
<li>今月の新メニュー：鶏だんごの柚子あんかけ（嚥下調整食はムースで提供）</li>
<li>冬至（12/21）：かぼちゃのいとこ煮、ゆず湯ゼリー</li>
<li>減塩の工夫：だしを1.5倍に濃くして、みそ汁の塩分を0.8gに</li>
</ul>
<p>病棟掲示用のPDFが必要な場合はお知らせください。<br>都築</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML とテキストの定例のお知らせで個人データはない",
})

# 085 ── 職員1名の感染症（新型コロナ陽性）を病院の感染対策室へ ───────────────────────
M.append({
    "id": "byoinshoku-085", "charset": "shift_jis",
    "sender": f"河合 紗希 <kawai.s{D}>",
    "to": ["東明記念病院 感染対策室 <ict@tomei-kinen.or.jp>"],
    "subject": "【報告】受託厨房従事者の新型コロナウイルス陽性について",
    "body": f"""東明記念病院
感染対策室　ご担当者様

お世話になっております。日の出産業 衛生管理室の河合です。
貴院受託厨房の従事者1名が新型コロナウイルス感染症と診断されましたので、ご報告いたします。

　従事者：調理補助　宇佐美 幸子（52歳）
　経過　：12/1（日）夜に38.4℃の発熱、12/2（月）に近医で抗原検査陽性
　最終勤務：11/30（土）6:00〜14:30（盛付・配膳車への積込）
　対応　：12/7まで就業停止。同じ時間帯の従事者4名は毎朝抗原検査を実施

患者様への配膳は病棟スタッフ様に引き渡しており、病棟内には立ち入っておりません。
追加で必要な情報があればお知らせください。
{sig("衛生管理室　河合 紗希", "衛生管理室", "052-261-4430", "kawai.s@hinode-sangyo.co.jp")}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "職員1名の氏名と感染症の診断（病歴）を社外へ：1名でも要配慮",
})

# 086 ── 氏名と勤務時間だけの6名のシフト（判断が分かれる） ─────────────────────────────
M.append({
    "id": "byoinshoku-086", "charset": "utf-8",
    "sender": f"杉本 浩 <sugimoto.k{D}>",
    "to": ["東明記念病院 栄養科 <eiyo@tomei-kinen.or.jp>"],
    "subject": "12月第1週 厨房の勤務予定",
    "body": """栄養科の皆様

お疲れさまです。日の出産業の杉本です。
来週の厨房の勤務予定です。治療食の確認で栄養科に伺う者を★にしています。

　12/2（月）　早番 伴 茂、鬼頭 明美　／遅番 五十嵐 拓也★
　12/3（火）　早番 伴 茂、梶田 千尋　／遅番 五十嵐 拓也★
　12/4（水）　早番 忽那 隆、鬼頭 明美　／遅番 服部 悠斗★
　12/5（木）　早番 忽那 隆、梶田 千尋　／遅番 服部 悠斗★
　12/6（金）　早番 伴 茂、鬼頭 明美　／遅番 五十嵐 拓也★

杉本""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "6名の氏名と勤務日程のみ（連絡先なし）：従業員データの一覧とみるかで判断が分かれる",
})

# 087 ── XLSX：扶養親族3名のマイナンバーを社労士へ ─────────────────────────────────
_x = person(430)
_sk = _x["kana"].split(" ")[0]
_emp = f"{_x['sei']} 正和"
_deps = [("妻", "佳代子", "カヨコ", (1984, 11, 11), "パート年収 96万円"),
         ("長男", "颯太", "ソウタ", (2013, 2, 6), "なし"),
         ("長女", "結菜", "ユイナ", (2016, 6, 8), "なし")]
M.append({
    "id": "byoinshoku-087", "charset": "iso-2022-jp",
    "sender": f"岡部 俊介 <okabe.s{D}>",
    "to": ["奏社会保険労務士事務所 小野寺先生 <onodera@kanade-sr.jp>"],
    "subject": "被扶養者異動届（青嵐会病院 受託事業所 職員）",
    "body": f"""小野寺先生

お世話になっております。日の出産業 人事部の岡部です。
職員の{_emp}さんから、配偶者と子2名を扶養に入れたいと申出がありました。
被扶養者異動届の作成に必要な情報を、様式に沿って添付のExcelにまとめています。
お手数ですが、手続きをお願いいたします。
{sig("人事部　岡部 俊介", "人事部", "052-261-4401", "okabe.s@hinode-sangyo.co.jp")}""",
    "attachments": [{"kind": "xlsx", "name": "被扶養者異動届_入力シート.xlsx", "sheets": {
        "被保険者": [["被保険者情報"], ["氏名", _emp], ["生年月日", wareki(_x["y"], _x["m"], _x["d"], "short")],
                    ["個人番号", my_number(SEED + 2)], ["住所", _x["addr"]]],
        "被扶養者": [["続柄", "氏名", "フリガナ", "生年月日", "個人番号", "収入"]] + [
            [rel, f"{_x['sei']} {mei}", f"{_sk} {kana}", wareki(*ymd, "kanji"), my_number(SEED + 3 + i), inc]
            for i, (rel, mei, kana, ymd, inc) in enumerate(_deps)]}}],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX に本人と扶養親族3名のマイナンバーを入れて社外の社労士へ",
})

# 088 ── パートナーの正規サブドメイン宛ての通常メール ───────────────────────────────
M.append({
    "id": "byoinshoku-088", "charset": "shift_jis",
    "sender": f"堀田 亮 <hotta.r{D}>",
    "to": ["北国フーズ 東京支店 <tokyo-eigyo@tokyo.kitaguni-foods.co.jp>"],
    "subject": "介護食フェア出展品のサンプル依頼",
    "body": f"""北国フーズ株式会社 東京支店
営業課　ご担当者様

お世話になっております。日の出産業 購買部の堀田です。
名古屋の担当者様からご紹介いただき、東京支店様にご連絡いたしました。

2月の「病院・介護食フェア」で御社が出展される新しいムース食シリーズについて、
事前に試食用サンプルを各5個ほどいただくことは可能でしょうか。
送付先は当社本社 購買部（名古屋市中区栄3-12-5 日の出栄ビル7階）でお願いいたします。
{sig("購買部　堀田 亮", "購買部", "052-261-4423", "hotta.r@hinode-sangyo.co.jp")}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "パートナー kitaguni-foods.co.jp の正規のサブドメイン宛ての通常の依頼",
})

# 089 ── PPTX のフッターに「極秘」：事業戦略資料をパートナーへ ─────────────────────
M.append({
    "id": "byoinshoku-089", "charset": "utf-8",
    "sender": f"丹羽 美穂 <niwa.m{D}>",
    "to": ["ツバサシステム 営業部 石原部長 <ishihara@tsubasa-system.jp>"],
    "subject": "業務提携のご相談資料",
    "body": f"""ツバサシステム株式会社
営業部長　石原様

お世話になっております。日の出産業の丹羽でございます。
先日お話しした、在宅配食事業での業務提携について、当社の検討資料をお送りします。
役員会前の段階のものですので、取扱いにはご配慮をお願いいたします。
{sig("丹羽 美穂", "メディカルフードサービス事業部 営業課", "052-261-4412", "niwa.m@hinode-sangyo.co.jp")}""",
    "attachments": [{"kind": "pptx", "name": "在宅配食事業_提携検討.pptx", "page_footer": "極秘　日の出産業株式会社",
                     "slides": [["在宅配食事業への参入検討", "2024年11月 経営企画会議資料"],
                                ["市場規模", "東海3県の在宅治療食ニーズ：推計 1.8万食/日", "競合：大手3社で約60%"],
                                ["当社の強み", "受託病院の退院患者への継続提供", "治療食の献立ノウハウ"],
                                ["提携の狙い", "注文・栄養計算のシステムをツバサシステム様と共同開発", "初期投資 1.2億円、3年目黒字化"]]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "添付 PPTX の各スライドに「極秘」の区分表示があり社外へ",
})

# 090 ── 厨房見学者3名の連絡先を病院へ（3名なので通す） ─────────────────────────────
_p = people(440, 3)
M.append({
    "id": "byoinshoku-090", "charset": "iso-2022-jp",
    "sender": f"梶原 智子 <kajiwara.t{D}>",
    "to": ["市立みなと病院 総務課 <somu@minato-hp.jp>"],
    "subject": "厨房見学の受入れ（12/6 栄養士養成校の実習生3名）",
    "body": f"""市立みなと病院 総務課
ご担当者様

お世話になっております。受託給食の日の出産業 梶原です。
12月6日（金）に、栄養士養成校の実習生3名が厨房を見学します。
入館受付のため、見学者の氏名と当日の連絡先をお知らせします。

　{_p[0]['name']}　{_p[0]['mobile']}
　{_p[1]['name']}　{_p[1]['mobile']}
　{_p[2]['name']}　{_p[2]['mobile']}

9時に職員通用口の守衛室で受付をいたします。引率は当社の前川です。
{sig("梶原 智子（管理栄養士）", "メディカルフードサービス事業部　市立みなと病院 受託事業所", "052-651-2270", "kajiwara.t@hinode-sangyo.co.jp", "〒455-0011 愛知県名古屋市港区港栄4丁目2番1号 市立みなと病院内")}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "見学者3名の氏名と携帯：1〜4名は警告どまり",
})

# 091 ── 類似ドメイン（kawasaki-denki-co.jp：ドットがハイフンに）へ修理依頼 ───────────
M.append({
    "id": "byoinshoku-091", "charset": "shift_jis",
    "sender": f"杉本 浩 <sugimoto.k{D}>",
    "to": ["川崎電機 名古屋サービスセンター <service-nagoya@kawasaki-denki-co.jp>"],
    "subject": "修理依頼：ブラストチラーの冷却不良（東明記念病院）",
    "body": f"""川崎電機 名古屋サービスセンター 御中

いつもお世話になっております。日の出産業 東明記念病院受託事業所の杉本です。
厨房のブラストチラー（KBC-10型、製造番号 KB10-220317）で、
昨日から芯温が規定時間内に3℃まで下がらない状態が続いています。

クックチル品の製造に支障が出ているため、至急点検をお願いできますでしょうか。
保守契約番号：KD-SV-2402

杉本
{sig("調理主任　杉本 浩", "メディカルフードサービス事業部　東明記念病院 受託事業所", "0566-74-3190", "sugimoto.k@hinode-sangyo.co.jp", "〒446-0065 愛知県安城市大東町3-18 東明記念病院内")}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "パートナー kawasaki-denki.co.jp の「.」を「-」にした類似ドメイン宛て",
})

# 092 ── 壊れた DOCX 添付 ──────────────────────────────────────────────────────
M.append({
    "id": "byoinshoku-092", "charset": "iso-2022-jp",
    "sender": f"都築 真由美 <tsuzuki.m{D}>",
    "to": ["青嵐会病院 栄養科長 宮本様 <miyamoto.eiyo@seirankai.or.jp>"],
    "subject": "給食委員会 議事録（確定版）",
    "body": """宮本科長

お世話になっております。都築です。
ご修正いただいた内容を反映し、給食委員会の議事録（確定版）を作成しました。
Wordファイルでお送りします。

都築""",
    "attachments": [{"kind": "corrupt", "name": "給食委員会議事録_20241127_確定.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "添付 DOCX が壊れていて中身を検査できない",
})

# 093 ── 腎臓病食の献立についての一般的な相談（個人の情報なし） ─────────────────────
M.append({
    "id": "byoinshoku-093", "charset": "utf-8",
    "sender": f"前川 彩 <maekawa.a{D}>",
    "to": ["尾張中央病院 栄養管理室 岡島主任 <okajima@owari-chuo-hp.jp>"],
    "subject": "たんぱくコントロール食（P40g）の主食について",
    "body": f"""岡島主任

お世話になっております。日の出産業の前川です。
P40gのたんぱくコントロール食の献立について、ご相談させてください。

現在、主食を低たんぱくごはん（1/25）にして副食のたんぱく質を確保していますが、
エネルギーが1,800kcalに届かない日があります。
・粉飴やMCTオイルを使った補食（ゼリー・ムース）を間食に追加する
・主食の量を180gから200gに増やす
のどちらが病院様の方針に合いますでしょうか。

カリウムの多い芋類・果物は、茹でこぼしと缶詰で対応しています。
ご意見をいただければ、1月の献立から反映します。

前川""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "治療食の献立についての一般的な相談で、患者個人の情報はない",
})

# 094 ── 応募者3名（個人・同じフリーメール）を To に並べた面接案内 ─────────────────────
M.append({
    "id": "byoinshoku-094", "charset": "shift_jis",
    "sender": f"大橋 由佳 <ohashi.y{D}>",
    "to": ["sachiko.mitarai.73@gmail.com", "kojikutsuna1985@gmail.com", "hina.sobue.0521@gmail.com"],
    "subject": "面接日時のご案内（日の出産業 調理補助）",
    "body": f"""このたびは日の出産業の調理補助のお仕事にご応募いただき、ありがとうございます。
東海支店の大橋と申します。

面接を下記のとおり行います。ご都合が悪い場合はご連絡ください。

　日時：12月9日（月）10:00〜／11:00〜／13:30〜（個別にお電話でご案内した時間）
　場所：松寿会病院 1階 会議室（岡崎市羽根町字貴登野15）
　持ち物：履歴書（写真貼付）、筆記用具

病院の正面玄関ではなく、東側の職員通用口からお入りください。
{sig("大橋 由佳", "東海支店　病院給食課", "0564-23-5510", "ohashi.y@hinode-sangyo.co.jp", "〒444-0043 愛知県岡崎市唐沢町8番地3 唐沢ビル2階")}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "応募者（個人）3名のアドレスを To に並べて送信：互いに見える（Bcc にすべき）",
})

# 095 ── アレルギーの集計（人数のみ）を業者へ ───────────────────────────────────────
M.append({
    "id": "byoinshoku-095", "charset": "iso-2022-jp",
    "sender": f"堀田 亮 <hotta.r{D}>",
    "to": ["やわらか食品 営業部 <eigyo@yawaraka-foods.co.jp>"],
    "subject": "アレルゲン除去ムースの需要見込み",
    "body": f"""やわらか食品 営業部
ご担当者様

お世話になっております。日の出産業 購買部の堀田です。
ご照会の「特定原材料不使用ムース」の需要見込みについて、当社受託7施設の
11月の延べ対応人数をお知らせします（個人が特定されないよう人数のみです）。

　卵除去　　　 23名
　乳除去　　　 17名
　小麦除去　　　9名
　えび・かに　 31名
　そば　　　　 12名
　複数該当　　　8名

嚥下調整食と重なる方は全体の約3割です。
1日あたり40食前後の需要を見込んでいます。
{sig("購買部　堀田 亮", "購買部", "052-261-4423", "hotta.r@hinode-sangyo.co.jp")}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "アレルギー対応の人数の集計のみで、個人に結びつく情報はない",
})

# 096 ── テキスト＋HTMLの表：予防接種希望者（既往・アレルギー）をクリニックへ ───────────
_p = people(450, 6)
_hist = ["なし", "卵アレルギー", "気管支喘息", "なし", "昨年接種後に発熱", "高血圧（服薬中）"]
_txt_rows = "\n".join(f"{x['name']}  {wareki(x['y'], x['m'], x['d'], 'iso')}  {x['sex']}  {h}" for x, h in zip(_p, _hist))
_html_rows = "\n".join(f"<tr><td>{x['name']}</td><td>{wareki(x['y'], x['m'], x['d'], 'iso')}</td><td>{x['sex']}</td><td>{h}</td></tr>"
                       for x, h in zip(_p, _hist))
M.append({
    "id": "byoinshoku-096", "charset": "utf-8",
    "sender": f"浅野 健太 <asano.k{D}>",
    "to": ["ひまわり内科クリニック 受付 <uketsuke@himawari-naika.jp>"],
    "subject": "インフルエンザ予防接種（出張接種）の対象者",
    "body": f"""ひまわり内科クリニック
受付ご担当者様

お世話になっております。日の出産業 岐阜営業所の浅野です。
12月11日の出張接種の対象者です。予診票の事前準備にお使いください。

氏名  生年月日  性別  既往・アレルギー
{_txt_rows}

浅野""",
    "html": f"""<html><body>
<p>ひまわり内科クリニック<br>受付ご担当者様</p>
<p>お世話になっております。日の出産業 岐阜営業所の浅野です。<br>
12月11日の出張接種の対象者です。予診票の事前準備にお使いください。</p>
<table border="1" cellpadding="3"><tr><th>氏名</th><th>生年月日</th><th>性別</th><th>既往・アレルギー</th></tr>
{_html_rows}
</table><p>浅野</p></body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "職員6名の氏名・生年月日・既往歴の一覧（テキストと HTML の表）を社外のクリニックへ",
})

# 097 ── 社内のみ：患者1名の嚥下状態についての申し送り ───────────────────────────────
M.append({
    "id": "byoinshoku-097", "charset": "shift_jis",
    "sender": f"前川 彩 <maekawa.a{D}>",
    "to": [f"梶原 智子 <kajiwara.t{D}>"],
    "cc": [f"調理主任 杉本 <sugimoto.k{D}>"],
    "subject": "申し送り：4西 412号室の方のゼリー食",
    "body": """梶原さん

お疲れさまです。前川です。
4西 412号室の御手洗 トメさん（92歳）ですが、本日の昼にお茶ゼリーでむせ込みがあり、
言語聴覚士の谷口さんから「明日の嚥下造影検査まではコード0jのみ」と指示がありました。
夕食から変更済みです。病名は誤嚥性肺炎（再発）とのことです。

明日の朝、結果が出たら病棟から連絡が来ます。
前川""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "患者1名の病名・嚥下の状態だが宛先は社内のみ",
})

# 098 ── 職員1名の「発熱のため欠勤」（病名なし、判断が分かれる） ───────────────────────
M.append({
    "id": "byoinshoku-098", "charset": "iso-2022-jp",
    "sender": f"杉本 浩 <sugimoto.k{D}>",
    "to": ["東明記念病院 栄養科 <eiyo@tomei-kinen.or.jp>"],
    "subject": "本日の厨房人員について",
    "body": """栄養科の皆様

おはようございます。日の出産業の杉本です。
本日、早番の鬼頭 明美が発熱（38℃台）のため欠勤となりました。
受診して結果が分かり次第ご報告します。

朝食は他の者で対応済みで、昼食以降も本社からの応援1名で通常どおり提供できます。
杉本""",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "職員1名の氏名と発熱による欠勤（診断名なし）：健康情報とみるかで判断が分かれる",
})

# 099 ── 契約栄養士1名の報酬振込口座を会計事務所へ（1名なので通す） ───────────────────
_x = person(460)
M.append({
    "id": "byoinshoku-099", "charset": "shift_jis",
    "sender": f"宮地 恵 <miyaji.m{D}>",
    "to": ["あおい会計事務所 <info@aoi-kaikei.jp>"],
    "subject": "業務委託報酬の支払先（管理栄養士 1名）の追加",
    "body": f"""あおい会計事務所
ご担当者様

お世話になっております。日の出産業 経理部の宮地です。
12月から栄養指導業務を委託する個人事業主の管理栄養士1名について、
支払先の登録をお願いいたします。

　　氏名　　　{_x['name']}（{_x['kana']}）
　　振込先　　{_x['bank'][0]}　支店番号{_x['bank'][1]}　{_x['bank'][2]}　{_x['bank'][3]}
　　報酬　　　1回 12,000円（月4回程度、源泉徴収あり）

請求書は本人から月末に届く予定です。
{sig("経理部　宮地 恵", "経理部", "052-261-4415", "miyaji.m@hinode-sangyo.co.jp")}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "1名の氏名と振込口座：1〜4名の記録は警告どまり",
})

# 100 ── 入荷遅延の連絡（署名ロゴの画像つき） ─────────────────────────────────────
M.append({
    "id": "byoinshoku-100", "charset": "utf-8",
    "sender": f"浅野 健太 <asano.k{D}>",
    "to": ["岐阜ひかり病院 栄養科 <eiyo@gifu-hikari.jp>"],
    "subject": "【お知らせ】冷凍魚の入荷遅延と献立変更",
    "body": f"""岐阜ひかり病院 栄養科
ご担当者様

お世話になっております。日の出産業 岐阜営業所の浅野です。
北陸方面の降雪による物流遅延で、12月5日納品予定の冷凍さわら切り身が入荷できなくなりました。
誠に恐縮ですが、下記のとおり献立を変更させてください。

　12/5（木）夕食　さわらの西京焼き → たらの西京焼き
　（嚥下調整食・たんぱくコントロール食は、たらで同じ規格に調整済みです）

アレルギー・栄養量に影響はありません。ご迷惑をおかけして申し訳ございません。
{sig("浅野 健太", "岐阜営業所", "058-264-7781", "asano.k@hinode-sangyo.co.jp", "〒500-8856 岐阜県岐阜市橋本町2丁目8番 岐阜駅前ビル5階")}""",
    "attachments": [{"kind": "png", "name": "hinode_logo.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "入荷遅延と献立変更の通常の連絡（添付は署名のロゴ画像のみ）",
})

MESSAGES = M
