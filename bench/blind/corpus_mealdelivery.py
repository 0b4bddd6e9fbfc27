"""Blind corpus — area "mealdelivery": 日の出産業's home meal-delivery service for the elderly
(配食サービス「ひので便」・見守り).

Subscribers and their families, delivery routes and contracted drivers, dietary restrictions
(diabetes, kidney disease, allergies, texture-modified meals), municipal subsidy programmes,
care managers, payment by bank debit (口座振替), welfare-check reports (安否確認) when a
subscriber does not answer the door, suppliers and the kitchen subcontractor.

Every person, number, address, organisation and domain here is invented (fictional but
plausible); any resemblance to real people is accidental.  My Numbers and card numbers come
from build.my_number() / build.card_number(), seed start 5901 (seeds 5901, 5902, … in the
order they are used below).
"""

from __future__ import annotations

import itertools
import random
import unicodedata

from build import card_number, my_number

SEEDS = itertools.count(5901)


def next_my_number() -> str:
    return my_number(next(SEEDS))


def next_card() -> str:
    return card_number(next(SEEDS))


# --------------------------------------------------------------------------------------
# small text helpers

FW_TABLE = str.maketrans("0123456789-()/:.,", "０１２３４５６７８９－（）／：．，")


def fw(s: str) -> str:
    """Full-width digits and separators, as some staff type them."""
    return s.translate(FW_TABLE)


def dispw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(0, w - dispw(s))


def table(rows: list[list[str]], gap: str = "  ", rule: str = "-") -> str:
    widths = [max(dispw(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = [gap.join(pad(str(c), widths[i]) for i, c in enumerate(rows[0])).rstrip()]
    if rule:
        out.append(rule * (sum(widths) + len(gap) * (len(widths) - 1)))
    for r in rows[1:]:
        out.append(gap.join(pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


def html_table(rows: list[list[str]], border: int = 1) -> str:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in rows[1:])
    return (f'<table border="{border}" cellpadding="3" style="border-collapse:collapse">'
            f"<tr>{head}</tr>\n{body}</table>")


def wareki(y: int, m: int, d: int, style: int = 0) -> str:
    if y >= 1989:
        era, short, n = "平成", "H", y - 1988
    else:
        era, short, n = "昭和", "S", y - 1925
    if style == 0:
        return f"{era}{n}年{m}月{d}日"
    if style == 1:
        return f"{short}{n}.{m}.{d}"
    if style == 2:
        return fw(f"{era}{n}年{m}月{d}日")
    if style == 3:
        return f"{era[0]}{n}・{m}・{d}"
    return f"{y}/{m:02d}/{d:02d}"


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# --------------------------------------------------------------------------------------
# invented people

SEI = [("佐々木", "ササキ", "Sasaki"), ("大槻", "オオツキ", "Otsuki"), ("村上", "ムラカミ", "Murakami"),
       ("一ノ瀬", "イチノセ", "Ichinose"), ("五十嵐", "イガラシ", "Igarashi"), ("千葉", "チバ", "Chiba"),
       ("漆原", "ウルシバラ", "Urushibara"), ("小豆沢", "アズサワ", "Azusawa"),
       ("鬼頭", "キトウ", "Kito"), ("御厨", "ミクリヤ", "Mikuriya"), ("百目鬼", "ドウメキ", "Domeki"),
       ("九十九", "ツクモ", "Tsukumo"), ("勅使河原", "テシガワラ", "Teshigawara"),
       ("仁平", "ニヘイ", "Nihei"), ("善養寺", "ゼンヨウジ", "Zenyoji"), ("榎戸", "エノキド", "Enokido"),
       ("畔蒜", "アビル", "Abiru"), ("廿日出", "ハツカデ", "Hatsukade"),
       ("小比類巻", "コヒルイマキ", "Kohiruimaki"), ("及川", "オイカワ", "Oikawa"),
       ("菅原", "スガワラ", "Sugawara"), ("長谷部", "ハセベ", "Hasebe"), ("宍戸", "シシド", "Shishido"),
       ("今井", "イマイ", "Imai"), ("斎藤", "サイトウ", "Saito"), ("高橋", "タカハシ", "Takahashi"),
       ("鈴木", "スズキ", "Suzuki"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
       ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("加藤", "カトウ", "Kato"),
       ("吉田", "ヨシダ", "Yoshida"), ("石毛", "イシゲ", "Ishige"), ("香取", "カトリ", "Katori"),
       ("鵜澤", "ウザワ", "Uzawa"), ("椎名", "シイナ", "Shiina"), ("秋葉", "アキバ", "Akiba"),
       ("飯高", "イイダカ", "Iidaka"), ("麻生", "アソウ", "Aso")]
MEI_F = [("トメ", "トメ", "Tome"), ("ハル", "ハル", "Haru"), ("キヨ", "キヨ", "Kiyo"),
         ("フミ", "フミ", "Fumi"), ("チヨ", "チヨ", "Chiyo"), ("ヨシ", "ヨシ", "Yoshi"),
         ("和子", "カズコ", "Kazuko"), ("節子", "セツコ", "Setsuko"), ("幸子", "サチコ", "Sachiko"),
         ("敏子", "トシコ", "Toshiko"), ("静江", "シズエ", "Shizue"), ("久子", "ヒサコ", "Hisako"),
         ("千代子", "チヨコ", "Chiyoko"), ("文子", "フミコ", "Fumiko"), ("絹江", "キヌエ", "Kinue"),
         ("タカ", "タカ", "Taka"), ("マツ", "マツ", "Matsu"), ("美代", "ミヨ", "Miyo")]
MEI_M = [("正雄", "マサオ", "Masao"), ("茂", "シゲル", "Shigeru"), ("勇", "イサム", "Isamu"),
         ("清", "キヨシ", "Kiyoshi"), ("武夫", "タケオ", "Takeo"), ("昭二", "ショウジ", "Shoji"),
         ("義男", "ヨシオ", "Yoshio"), ("信夫", "ノブオ", "Nobuo"), ("忠", "タダシ", "Tadashi"),
         ("実", "ミノル", "Minoru"), ("勝利", "カツトシ", "Katsutoshi"), ("弘", "ヒロシ", "Hiroshi"),
         ("末吉", "スエキチ", "Suekichi"), ("寅吉", "トラキチ", "Torakichi"), ("一郎", "イチロウ", "Ichiro")]
CHILD = [("裕子", "長女"), ("健一", "長男"), ("美穂", "次女"), ("浩二", "次男"), ("直美", "長女"),
         ("誠", "長男"), ("由美", "長女"), ("聡", "三男"), ("恵子", "姪"), ("隆", "甥")]

AREAS = [("千葉県", "東葉市", "274", ["若松台", "芝山", "高根台", "三山", "習志野台", "前原東"]),
         ("千葉県", "船橋市", "273", ["夏見台", "金杉", "古和釜町", "飯山満町"]),
         ("千葉県", "八千代市", "276", ["勝田台", "米本", "大和田新田"]),
         ("千葉県", "鎌ケ谷市", "273", ["道野辺", "初富", "粟野"]),
         ("千葉県", "習志野市", "275", ["実籾", "東習志野", "大久保"])]
BUILD = ["", "", "", "", "コーポ桜 201", "ハイツみどり 105", "グリーンパレス 3-302", "第二松風荘 2号室"]
DIETS = ["普通食", "普通食", "普通食", "減塩食（塩分6g）", "糖尿病食 1,440kcal", "糖尿病食 1,600kcal",
         "腎臓病食 たんぱく40g", "腎臓病食 たんぱく50g", "きざみ食", "ソフト食", "ミキサー食"]
DISEASE = {"減塩食（塩分6g）": "高血圧症", "糖尿病食 1,440kcal": "2型糖尿病（インスリン使用）",
           "糖尿病食 1,600kcal": "2型糖尿病", "腎臓病食 たんぱく40g": "慢性腎臓病（透析 月水金）",
           "腎臓病食 たんぱく50g": "慢性腎臓病 ステージ3", "きざみ食": "脳梗塞後遺症・咀嚼困難",
           "ソフト食": "パーキンソン病・嚥下機能低下", "ミキサー食": "嚥下障害（誤嚥性肺炎の既往）",
           "普通食": "なし"}
ALLERGY = ["なし", "なし", "なし", "なし", "卵", "えび・かに", "そば", "乳", "青魚"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
            "softbank.ne.jp", "outlook.jp"]
BRANCHES = [("0171", "船橋"), ("0173", "薬円台"), ("0180", "東葉中央"), ("0182", "八千代台"),
            ("0190", "鎌ケ谷"), ("0204", "津田沼")]


def person(rng: random.Random) -> dict:
    sei = rng.choice(SEI)
    female = rng.random() < 0.7
    mei = rng.choice(MEI_F if female else MEI_M)
    y, m, d = rng.randint(1930, 1952), rng.randint(1, 12), rng.randint(1, 28)
    pref, city, zip3, towns = rng.choice(AREAS)
    town = rng.choice(towns)
    c1, c2, c3 = rng.randint(1, 8), rng.randint(1, 30), rng.randint(1, 25)
    bld = rng.choice(BUILD)
    street = f"{town}{c1}-{c2}-{c3}" + (f" {bld}" if bld else "")
    street_k = f"{town}{c1}丁目{c2}番{c3}号" + (f" {bld}" if bld else "")
    zipc = f"{zip3}-{rng.randint(0, 99):04d}"
    ch = rng.choice(CHILD)
    ch_sei = sei[0] if ch[1] in ("長男", "次男", "三男", "甥") or rng.random() < 0.3 else rng.choice(SEI)[0]
    mob = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    diet = rng.choice(DIETS)
    br = rng.choice(BRANCHES)
    return {
        "sei": sei[0], "sei_kana": sei[1], "sei_roma": sei[2],
        "mei": mei[0], "mei_kana": mei[1], "mei_roma": mei[2],
        "name": f"{sei[0]} {mei[0]}", "kana": f"{sei[1]} {mei[1]}",
        "roma": f"{mei[2]} {sei[2].upper()}", "sex": "女" if female else "男",
        "y": y, "m": m, "d": d, "age": 2026 - y - (1 if (m, d) > (9, 1) else 0),
        "pref": pref, "city": city, "zip": zipc, "street": street,
        "addr": f"{pref}{city}{street}", "addr_k": f"{pref}{city}{street_k}",
        "tel": f"047-{rng.randint(400, 499)}-{rng.randint(1000, 9999)}",
        "fam": f"{ch_sei} {ch[0]}", "rel": ch[1], "fam_mobile": mob,
        "fam_mail": f"{rng.choice(['hiro', 'yumi', 'k.', 'mama', 'tomo', 'sun', 'nao'])}"
                    f"{rng.randint(10, 999)}{rng.choice(['', '_', '.'])}"
                    f"{rng.choice(['sky', 'home', 'f', 'family', 'ch'])}@{rng.choice(FREEMAIL)}",
        "diet": diet, "disease": DISEASE[diet], "allergy": rng.choice(ALLERGY),
        "bank_code": "0397", "branch_code": br[0], "branch": br[1],
        "account": f"{rng.randint(1000000, 9999999)}",
        "amount": rng.choice([9800, 12600, 14700, 15400, 16800, 18900, 21000, 23100]),
        "key": rng.choice(["玄関前の保冷ボックス", "手渡し必須", "勝手口に声かけ", "インターホン2回",
                            "隣家（娘宅）へ預け可", "郵便受け横の台", "手渡し・安否確認あり"]),
    }


def people(seed: int, n: int) -> list[dict]:
    rng = random.Random(5901 * 1000 + seed)
    out, seen = [], set()
    while len(out) < n:
        p = person(rng)
        if p["name"] not in seen:
            seen.add(p["name"])
            out.append(p)
    return out


# --------------------------------------------------------------------------------------
# the organisation

DOM = "hinode-sangyo.co.jp"
CO_ADDR = "〒274-0077 千葉県船橋市薬円台6-14-2"
CO_TEL = "047-468-2210"
CO_FAX = "047-468-2219"

STAFF = {
    "takahata": ("高畑 美咲", "takahata.misaki", "配食サービス事業部 利用者相談係", "", "231"),
    "sakakibara": ("榊原 剛", "sakakibara.tsuyoshi", "配食サービス事業部 配送管理課", "課長", "214"),
    "onodera": ("小野寺 さやか", "onodera.sayaka", "配食サービス事業部 栄養管理室", "管理栄養士", "240"),
    "umezu": ("梅津 和也", "umezu.kazuya", "管理本部 経理課", "", "305"),
    "narumi": ("鳴海 由紀", "narumi.yuki", "配食サービス事業部 見守り支援係", "社会福祉士", "236"),
    "iokibe": ("五百旗頭 亮", "iokibe.ryo", "管理本部 総務人事課", "", "310"),
    "tsuyuri": ("栗花落 湊", "tsuyuri.minato", "管理本部 情報システム課", "", "320"),
    "minai": ("薬袋 千尋", "minai.chihiro", "配食サービス事業部 購買課", "", "250"),
    "shoji": ("東海林 誠", "shoji.makoto", "配食サービス事業部", "事業部長", "201"),
    "takanashi": ("小鳥遊 葵", "takanashi.aoi", "セントラルキッチン 製造課", "主任", "402"),
    "aimono": ("四十物 翔太", "aimono.shota", "配食サービス事業部 配送管理課", "", "216"),
    "hatsuse": ("初瀬 真理子", "hatsuse.mariko", "配食サービス事業部 営業企画課", "", "225"),
}


def sender(k: str) -> str:
    name, local, *_ = STAFF[k]
    return f"{name} <{local}@{DOM}>"


def addr(k: str) -> str:
    return f"{STAFF[k][1]}@{DOM}"


def sig(k: str, style: int = 0) -> str:
    name, local, dept, title, ext = STAFF[k]
    mail = f"{local}@{DOM}"
    if style == 0:
        return (f"--\n日の出産業株式会社\n{dept}\n{(title + ' ') if title else ''}{name}\n"
                f"{CO_ADDR}\nTEL {CO_TEL}（内線{ext}）／FAX {CO_FAX}\nE-mail: {mail}")
    if style == 1:
        return (f"━━━━━━━━━━━━━━━━━━━━━━\n 配食サービス「ひので便」\n 日の出産業株式会社 {dept.split()[-1]}\n"
                f" {name}\n TEL:{CO_TEL} FAX:{CO_FAX}\n ひので便ホームページ https://www.{DOM}/haishoku/\n"
                f"━━━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        return f"{name.split()[0]}（{dept.split()[-1]}・内線{ext}）"
    if style == 3:
        return (f"****************************************\n日の出産業(株) {dept}\n{name}\n"
                f"{CO_ADDR}\n{fw('TEL ' + CO_TEL)}\n****************************************")
    if style == 4:
        romaji = {"takahata": "Misaki Takahata", "tsuyuri": "Minato Tsuyuri", "minai": "Chihiro Minai",
                  "shoji": "Makoto Shoji", "onodera": "Sayaka Onodera", "hatsuse": "Mariko Hatsuse",
                  "umezu": "Kazuya Umezu", "sakakibara": "Tsuyoshi Sakakibara"}[k]
        return (f"--\n{romaji}\nHinode Sangyo Co., Ltd. | Meal Delivery Division\n"
                f"6-14-2 Yakuendai, Funabashi, Chiba 274-0077, Japan\nTel +81-47-468-2210 | {mail}")
    return f"日の出産業　{name}\n{mail}"


DISC_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが"
           "送信者にご連絡のうえ、本メールを削除してください。")
DISC_JA2 = ("【ご注意】このメールは送信先として指定された方のみを対象としています。"
            "内容の全部または一部を無断で複製・転送することはご遠慮ください。"
            "本メールには機密情報が含まれている場合があります。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are not "
           "the intended recipient, please notify the sender and delete this e-mail.")


# --------------------------------------------------------------------------------------
# external parties (all invented)

AOBA = "isurugi.ken@aoba-unyu.co.jp"            # 配送委託 (partner)
AOBA_DISPATCH = "haisha-funabashi@aoba-unyu.co.jp"
KITAGUNI = "nonomura.ai@kitaguni-foods.co.jp"   # 食材 (partner)
MIDORI = "furikae-center@midori-ginko.co.jp"    # 口座振替 (partner)
TSUBASA = "support@tsubasa-system.jp"           # 配食管理システム (partner)
NISHIKI = "kira.shinji@nishiki-insatsu.co.jp"    # 印刷 (partner)
SHIRAKAWA = "shirakawa.tomoko@shirakawa-law.jp"  # 顧問弁護士 (partner)
CITY = "koreifukushi@city.toyo-chiba.lg.jp"      # 東葉市 高齢者福祉課
CM_HIDAMARI = "konno.kaori@kyotaku-hidamari.jp"  # 居宅介護支援事業所ひだまり
CM_KOKORO = "cm-oda@kokoro-careplan.or.jp"
CM_AOZORA = "s.matsubara@aozora-kaigo.co.jp"
HOUKATSU = "kita-houkatsu@houkatsu-toyo.or.jp"
SHAKYO = "chiiki@shakyo-toyo.or.jp"
MINORI = "seizou@minori-kitchen.co.jp"          # 調理委託先


MESSAGES: list[dict] = []


def add(num: int, expect: str, entities: list[str], detectors: list[str], note: str, **kw) -> None:
    MESSAGES.append({"id": f"mealdelivery-{num:03d}", "expect": expect, "entities": entities,
                     "detectors": detectors, "note": note, **kw})


# ======================================================================================
# 001 — route list for a contracted driver, space-padded table in the body
_p = people(1, 8)
_rows = [["順", "氏名", "住所", "電話", "受取方法"]]
for i, p in enumerate(_p, 1):
    _rows.append([str(i), p["name"] + " 様", p["city"] + p["street"], p["tel"], p["key"]])
add(1, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "8 subscribers' names, addresses and phones (a delivery route) to the partner carrier",
    charset="iso-2022-jp", sender=sender("sakakibara"), to=[f"石動 健 様 <{AOBA}>"],
    cc=[addr("aimono")],
    subject="【ひので便】月曜Aコース 配達順のご連絡（4/6〜）",
    body=f"""青葉運輸株式会社
石動様

いつもお世話になっております。日の出産業の榊原です。
来週月曜（4/6）からAコースの担当ドライバーが交代になるとのことで、
配達順と受取方法を以下にまとめました。新しいドライバーさんにお渡しください。
住所は千葉県内です（市名から記載しています）。

{table(_rows)}

※お弁当は11:30までにお届け、夕食便はありません。
※不在時は置き配せず、必ず事務所（047-468-2210）へご連絡ください。

よろしくお願いいたします。

{sig("sakakibara", 0)}
""")

# 002 — weekly order quantities by diet type (aggregates only)
add(2, "pass", [], [],
    "weekly order of meal components by diet type to the partner food supplier: counts only",
    charset="cp932", sender=sender("minai"), to=[f"北国フーズ 野々村様 <{KITAGUNI}>"],
    subject="発注書 No.HS-2604-118（4月第2週分）",
    body=f"""北国フーズ株式会社
営業部 野々村 様

お世話になっております。日の出産業 購買課の薬袋です。
4月第2週（4/6〜4/11）分の発注をお送りします。

  品目コード   品名                         数量     納品日
  ---------------------------------------------------------
  KF-2201    主菜セット（普通）              1,920食   4/4
  KF-2215    主菜セット（エネルギー調整）       348食   4/4
  KF-2230    主菜セット（たんぱく調整）         126食   4/4
  KF-2241    ムース食 主菜                    204食   4/5
  KF-3002    白飯パック 150g                2,310個   4/4

前週より、たんぱく調整が6食増えております。
納品書は従来どおり紙でお願いいたします。

{sig("minai", 1)}
""")

# 003 — care manager: reply about a new subscriber with diagnosis
_p = people(3, 1)[0]
add(3, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one subscriber's diabetes/insulin and kidney values with address and phone to an external care manager",
    charset="utf-8", sender=sender("takahata"), to=[f"今野 香織 <{CM_HIDAMARI}>"],
    subject="Re: 新規ご利用のご相談（{0}様）".format(_p["sei"]),
    body=f"""居宅介護支援事業所ひだまり
今野様

お世話になっております。ひので便の高畑です。
先日ご相談いただいた{_p['sei']}様、4月13日（月）昼食から開始で手配いたしました。
確認のため、当方で登録した内容をお送りします。

 ご利用者：{_p['name']} 様（{_p['age']}歳）
 ご住所　：{_p['addr_k']}
 電話　　：{_p['tel']}
 病状　　：2型糖尿病（インスリン自己注射・朝夕）、HbA1c 8.2%
           腎機能低下あり（eGFR 38）
 食種　　：エネルギー調整食 1,440kcal ＋ 塩分6g未満
 配達　　：月〜土 昼食、手渡し（低血糖時の対応は事務所へ）

相違がありましたらご指摘ください。

{sig("takahata", 0)}
""")

# 004 — internal-only welfare-check report
_p = people(4, 1)[0]
add(4, "pass", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], [],
    "welfare-check report with a hospital admission, but every recipient is internal",
    charset="iso-2022-jp", sender=sender("narumi"),
    to=[addr("shoji")], cc=[addr("sakakibara"), addr("takahata")],
    subject="【安否確認報告】{0}様 応答なし→救急搬送".format(_p["sei"]),
    body=f"""東海林部長
（cc 榊原課長、高畑さん）

本日の安否確認対応についてご報告します。

■対象　{_p['name']} 様（{_p['addr']}）
■経過
 11:05 ドライバー（青葉運輸 Bコース）到着、インターホン・電話とも応答なし
 11:20 見守り支援係（鳴海）から緊急連絡先の{_p['rel']}様へ連絡、合鍵の場所を確認
 11:48 {_p['rel']}様の了承を得て入室、居間で倒れているのを発見、意識あり
 11:52 119番通報、東葉中央病院へ搬送
 15:30 {_p['rel']}様より連絡：脱水と低血糖、3〜4日入院の見込み
■対応　明日以降の配食は休止、再開は退院日確定後に{_p['rel']}様から連絡

ケアマネへの報告は私から入れます。

鳴海
""")

# 005 — bank debit request data for the partner bank (CSV)
_p = people(5, 12)
_rows = [["顧客番号", "預金者名（カナ）", "銀行コード", "支店コード", "支店名", "預金種目", "口座番号", "引落金額"]]
for i, p in enumerate(_p):
    _rows.append([f"H{20310 + i * 7}", p["kana"], p["bank_code"], p["branch_code"], p["branch"], "1",
                  p["account"], str(p["amount"])])
add(5, "stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "12 subscribers' bank accounts (direct-debit file) in a CSV to an external bank address",
    charset="cp932", sender=sender("umezu"), to=[f"みどり銀行 口座振替センター <{MIDORI}>"],
    subject="5月分 口座振替依頼データ（追加分）",
    body=f"""みどり銀行 口座振替センター 御中

いつもお世話になっております。日の出産業 経理課の梅津でございます。
伝送に間に合わなかった追加分12件につき、CSVにてお送りいたします。
振替日は5月27日でお願いいたします。

{sig("umezu", 0)}
""",
    attachments=[{"kind": "csv", "name": "furikae_tsuika_202605.csv", "rows": _rows}])

# 006 — look-alike of the partner food supplier (dropped "s")
add(6, "stop", [], ["lookalike_domain"],
    "order mail to kitaguni-food.co.jp, a look-alike of partner kitaguni-foods.co.jp",
    charset="utf-8", sender=sender("minai"), to=["nonomura.ai@kitaguni-food.co.jp"],
    subject="追加発注のお願い（4/9納品）",
    body=f"""北国フーズ 野々村様

お世話になっております。薬袋です。
お花見弁当の受注が想定より多く、下記を追加でお願いできますでしょうか。

・KF-5120 春の彩りちらし具材　＋180食
・KF-5133 桜麩の吸い物（フリーズドライ）　＋180個

4/9（木）午前着でお願いします。難しければ本日中にご一報ください。

{sig("minai", 2)}
""")

# 007 — reply to a daughter on free mail about starting the service
_p = people(7, 1)[0]
add(7, "pass", [], ["freemail_recipient"],
    "reply to a family member on free mail about start date and price; no personal records",
    charset="iso-2022-jp", sender=sender("takahata"), to=[_p["fam_mail"]],
    subject="Re: 配食サービスの申込みについて",
    body=f"""{_p['fam'].split()[0]}様

お問い合わせありがとうございます。ひので便の高畑でございます。

お母様のお申込み、承りました。最短で来週水曜日からお届けできます。
料金は昼食1食 580円（税込）で、月末締め・翌月27日の口座振替となります。
口座振替依頼書は郵送でお送りしますので、ご記入のうえ返送ください。
届くまでの間は、配達時に現金でのお支払いも可能です。

初回は担当者がお伺いし、受け取り方法などを確認させていただきます。

{sig("takahata", 1)}

> 母のことで相談です。昼の食事だけお願いしたいのですが、
> いつから始められますか。
""")

# 008 — invitation to four care-management offices, all visible in To
add(8, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "invitation sent with four different care offices visible in To: should have been Bcc",
    charset="cp932", sender=sender("hatsuse"),
    to=[f"今野様 <{CM_HIDAMARI}>", f"ここケアプランセンター 織田様 <{CM_KOKORO}>",
        f"あおぞら介護 松原様 <{CM_AOZORA}>", "info@care-plan-yotsuba.jp"],
    subject="【ご案内】治療食・やわらか食 試食会（5/20）",
    body=f"""居宅介護支援事業所 ケアマネジャー各位

平素より大変お世話になっております。
日の出産業株式会社 配食サービス「ひので便」の初瀬でございます。

このたび、治療食（エネルギー調整・たんぱく調整）とやわらか食の
新メニュー試食会を下記のとおり開催いたします。

　日時：2026年5月20日（水）13:30〜15:00
　会場：日の出産業 本社2階 研修室（船橋市薬円台6-14-2）
　内容：新メニュー試食、管理栄養士による説明、質疑応答
　定員：20名（先着順）

ご参加の可否を5月13日までにご返信いただけますと幸いです。

{sig("hatsuse", 0)}
""")

# 009 — cost sheet stamped 社外秘 sent to the supplier
add(9, "stop", [], ["confidential_marking"],
    "internal cost sheet whose header carries 社外秘, sent to the partner supplier",
    charset="utf-8", sender=sender("minai"), to=[KITAGUNI], cc=[addr("shoji")],
    subject="単価改定のご相談（資料添付）",
    body=f"""野々村様

お世話になっております。薬袋です。
先日お話しした単価改定の件、当方の原価構成を添付しますので
ご検討の参考にしていただければと思います。

{sig("minai", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "原価構成_2026改定案.xlsx", "title": "原価構成 2026改定案",
                  "page_header": "社外秘", "page_footer": "日の出産業株式会社 購買課",
                  "sheets": {"原価": [["【社外秘】ひので便 1食あたり原価構成（2026年度案）"],
                                      ["区分", "普通食", "エネルギー調整", "たんぱく調整", "ムース食"],
                                      ["食材費", 212, 228, 241, 265],
                                      ["容器・包材", 38, 38, 38, 44],
                                      ["調理委託費", 96, 104, 110, 128],
                                      ["配送費", 121, 121, 121, 121],
                                      ["粗利", 113, 109, 100, 92],
                                      ["販売価格", 580, 600, 610, 650]]}}])

# 010 — PPAP: encrypted ZIP to the city
add(10, "stop", [], ["unscannable_attachment"],
    "password-protected ZIP of the subscriber register to the city: cannot be inspected",
    charset="iso-2022-jp", sender=sender("takahata"), to=[f"東葉市 高齢者福祉課 <{CITY}>"],
    subject="配食サービス助成 利用者名簿（3月分）の送付",
    body=f"""東葉市役所
高齢者福祉課 在宅支援係 御中

お世話になっております。日の出産業の高畑です。
3月分の助成対象者名簿を送付いたします。
解凍用パスワードは別メールにてお送りします。

{sig("takahata", 3)}
""",
    attachments=[{"kind": "zip", "name": "riyousha_meibo_202603.zip", "password": "Hinode#0331",
                  "files": [{"kind": "xlsx", "name": "助成対象者名簿_202603.xlsx",
                             "sheets": {"名簿": [["氏名", "住所", "電話"]] + [
                                 [p["name"], p["addr"], p["tel"]] for p in people(10, 9)]}}]}])

# 011 — monthly subsidy report, aggregates only
add(11, "pass", [], [],
    "monthly subsidy performance report to the city with counts by district only",
    charset="cp932", sender=sender("takahata"), to=[CITY],
    subject="高齢者配食サービス事業 実績報告（2026年3月）",
    body=f"""東葉市 高齢者福祉課 御中

いつもお世話になっております。
3月分の事業実績を添付のとおりご報告いたします。
個人別の内訳は、例月どおり紙の名簿を持参いたします。

{sig("takahata", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "実績報告_202603.xlsx",
                  "sheets": {"地区別": [["高齢者配食サービス事業 実績報告（2026年3月）"],
                                        ["地区", "利用者数", "配食数", "安否確認対応件数", "助成額（円）"],
                                        ["北部", 48, 1102, 3, 330600],
                                        ["中部", 61, 1418, 5, 425400],
                                        ["南部", 33, 760, 1, 228000],
                                        ["合計", 142, 3280, 9, 984000]],
                             "食種別": [["食種", "配食数"], ["普通食", 2301], ["エネルギー調整食", 461],
                                        ["たんぱく調整食", 188], ["やわらか食・ムース食", 330]]}}])

# 012 — My Number of a contracted driver to the tax accountant
_p = people(12, 1)[0]
_mn = next_my_number()
add(12, "stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "a contracted driver's My Number with name and address to an external tax accountant",
    charset="utf-8", sender=sender("umezu"), to=["kanda@kanda-zeirishi.jp"],
    subject="支払調書の件（個人ドライバー1名分）",
    body=f"""神田会計事務所
神田先生

お世話になっております。日の出産業の梅津です。
報酬の支払調書作成に必要な情報、漏れていた1名分をお送りします。

 氏名：{_p['sei']} 健一
 住所：{_p['addr_k']}
 個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
 支払金額：1,846,000円（源泉徴収なし）

よろしくお願いいたします。

梅津
""")

# 013 — two external organisations, normal three-way meeting mail
add(13, "pass", [], ["multiple_external_domains"],
    "meeting arrangement with two external organisations in To/Cc: normal three-way mail",
    charset="iso-2022-jp", sender=sender("onodera"),
    to=[f"野々村様 <{KITAGUNI}>"], cc=["m.kasuga@yamabiko-seika.co.jp", addr("minai")],
    subject="夏季献立の打合せ日程",
    body=f"""北国フーズ 野々村様
やまびこ青果 春日様

お世話になっております。日の出産業 栄養管理室の小野寺です。
7〜9月の献立について、食材の切替えを含めて一度打合せをお願いしたく、
下記いずれかでご都合をお知らせください。

 ① 5/12（火）14:00〜
 ② 5/14（木）10:00〜
 ③ 5/15（金）15:00〜

場所は弊社本社2階会議室です。オンライン参加も可能です。

{sig("onodera", 0)}
""")

# 014 — welfare-check report to the care manager with diagnosis
_p = people(14, 1)[0]
add(14, "stop", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
    "welfare-check report naming the subscriber and a suspected stroke, to an external care office",
    charset="cp932", sender=sender("narumi"), to=[f"ここケアプランセンター 織田様 <{CM_KOKORO}>"],
    subject="安否確認のご報告（{0}様）".format(_p["sei"]),
    body=f"""ここケアプランセンター
織田様

いつもお世話になっております。ひので便 見守り支援係の鳴海です。
本日、{_p['name']}様（{_p['city']}{_p['street']}）のお宅で
昼食配達時に応答がなく、安否確認を行いましたのでご報告いたします。

ご家族の了承を得て入室したところ、寝室で倒れておられ、
右半身に麻痺と言葉のもつれがあったため救急要請しました。
搬送先の東葉中央病院では脳梗塞の診断で、そのまま入院となっています。
既往の心房細動の薬は台所にまとめて置かれていたとのことです。

当面、配食は休止扱いにしております。
退院後の食形態（きざみ・とろみ等）について、改めてご相談させてください。

{sig("narumi", 0)}

{DISC_JA}
""")

# 015 — list of branches / depots (businesses, not people)
add(15, "pass", [], [],
    "list of company depots with switchboard numbers to the partner carrier: businesses, not people",
    charset="utf-8", sender=sender("sakakibara"), to=[AOBA_DISPATCH],
    subject="配送拠点の一覧（新年度版）",
    body=f"""青葉運輸 船橋配車センター御中

新年度の拠点一覧です。積込み場所の変更が2か所あります。

・本社キッチン（積込み）　千葉県船橋市薬円台6-14-2　047-468-2210
・東葉サテライト　千葉県東葉市若松台2-5-1　047-455-3301　※6月から積込み開始
・八千代デポ　千葉県八千代市勝田台4-20-8　047-484-7720
・鎌ケ谷デポ　千葉県鎌ケ谷市初富1-3-12　047-446-9015　※5月末で閉鎖
・習志野デポ　千葉県習志野市実籾3-8-6　047-475-2288

{sig("sakakibara", 2)}
""")

# 016 — HTML-only table of people living alone to the community support centre
_p = people(16, 6)
_rows = [["氏名", "生年月日", "住所", "電話", "世帯"]]
for i, p in enumerate(_p):
    _rows.append([p["name"], wareki(p["y"], p["m"], p["d"], 0), p["addr"], p["tel"],
                  "独居" if i % 3 else "高齢夫婦"])
add(16, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "HTML table of six subscribers (birth dates, addresses, phones) to an external support centre",
    charset="utf-8", sender=sender("narumi"), to=[f"東葉市北部地域包括支援センター <{HOUKATSU}>"],
    subject="見守りネットワーク登録対象者について",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>北部地域包括支援センター ご担当者様</p>
<p>お世話になっております。日の出産業 ひので便の鳴海です。<br>
見守りネットワークへの登録をお願いしたい方を一覧にしました。<br>
いずれもご本人・ご家族の同意を口頭でいただいております。</p>
{html_table(_rows)}
<p>ご確認のほど、よろしくお願いいたします。</p>
<p style="color:#555">鳴海 由紀<br>日の出産業株式会社 配食サービス事業部 見守り支援係<br>TEL 047-468-2210</p>
</body></html>""")

# 017 — look-alike of the company's own domain (letter added)
add(17, "stop", [], ["lookalike_domain"],
    "internal meeting memo sent to hinode-sangyou.co.jp, a look-alike of the own domain",
    charset="iso-2022-jp", sender=sender("hatsuse"), to=["shoji.makoto@hinode-sangyou.co.jp"],
    subject="営業会議資料（事前送付）",
    body=f"""東海林部長

明日の営業会議の資料を先にお送りします。
・新規獲得 3月 41件（目標38件）
・解約 3月 29件（うち施設入所 12件、入院 7件、死亡 6件、その他 4件）
・やわらか食の問合せが前年比1.6倍

紙の資料は会議室に置いておきます。

初瀬
""")

# 018 — English mail to a foreign container supplier
add(18, "pass", [], [],
    "English mail to an overseas tray supplier about lot numbers and shipment: business only",
    charset="utf-8", sender=sender("minai"), to=["orders@pacific-tray.com"],
    subject="PO 4500218873 - microwave-safe trays, revised delivery",
    body=f"""Dear Ms. Lim,

Thank you for your quick reply. We accept the revised schedule:

  PO 4500218873  item PT-3C-220 (3-compartment tray, black)   48,000 pcs  ETA Tokyo 2026-05-18
  PO 4500218874  item PT-LID-220 (clear lid)                  48,000 pcs  ETA Tokyo 2026-05-18

Please send the packing list and the food-contact test certificate (lot 26-041)
before shipment. Our customs broker will contact your forwarder directly.

Best regards,
{sig("minai", 4)}

{DISC_EN}
""")

# 019 — a card number forwarded to the payment agency
_p = people(19, 1)[0]
_cc = next_card()
add(19, "stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a family member's credit-card number written into a mail to an external payment agency",
    charset="cp932", sender=sender("umezu"), to=["kessai@smile-payment.co.jp"],
    subject="カード払い切替の登録依頼（1件）",
    body=f"""スマイルペイメント株式会社
加盟店サポート ご担当者様

日の出産業（加盟店ID HS-02291）の梅津です。
口座振替からカード払いへの切替えを希望された方がいらっしゃいます。
お電話で伺った内容を記載しますので、ご登録をお願いします。

　利用者　　　：{_p['name']} 様
　カード名義　：{_p['sei_roma'].upper()} YUMIKO
　カード番号　：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限　　：09/29
　初回請求　　：6月分から

{sig("umezu", 3)}
""")

# 020 — reply to a care manager; sensitive details only in the quoted text
_p = people(20, 1)[0]
add(20, "pass", [], [],
    "reply whose new text is neutral; the diagnosis is only in the quoted mail from the care office",
    charset="iso-2022-jp", sender=sender("onodera"), to=[CM_AOZORA],
    subject="Re: 食事内容変更のお願い",
    body=f"""松原様

ご連絡ありがとうございます。栄養管理室の小野寺です。
承知いたしました。4月20日（月）の配達分から変更いたします。
献立表は新しいものを配達時にお届けします。

{sig("onodera", 2)}

> 日の出産業 小野寺様
>
> いつもお世話になっております。あおぞら介護の松原です。
> {_p['name']}様ですが、先週の受診で慢性腎臓病ステージ4と言われ、
> 主治医からたんぱく質40g・カリウム制限の指示が出ました。
> 現在の減塩食から、たんぱく調整食への変更をお願いできますでしょうか。
> 住所・連絡先に変更はありません。
""")

# 021 — forward of a route list to a new driver on carrier mail
_p = people(21, 6)
_blk = "\n".join(f"{i}. {p['name']}　{p['addr']}　TEL {p['tel']}　（{p['key']}）" for i, p in enumerate(_p, 1))
add(21, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "forward of an internal route list (6 subscribers) to a contracted driver's private carrier address",
    charset="iso-2022-jp", sender=sender("aimono"), to=["t-hasegawa.0822@softbank.ne.jp"],
    subject="FW: 木曜Cコース 配達先",
    body=f"""長谷川さん

明日から木曜Cコースをお願いします。配達先は下記のとおりです。
分からないことがあれば四十物の携帯までどうぞ。

-----Original Message-----
From: 榊原 剛
Sent: Wednesday, April 8, 2026 5:12 PM
To: 四十物 翔太
Subject: 木曜Cコース 配達先

四十物さん
Cコースの最新版です。{_p[2]['sei']}様が玄関前置き不可になりました。

{_blk}
""")

# 022 — internal: the whole subscriber register in XLSX
_p = people(22, 14)
add(22, "pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], [],
    "full subscriber register with diagnoses, but sent only to internal colleagues",
    charset="utf-8", sender=sender("tsuyuri"), to=[addr("takahata"), addr("onodera")],
    cc=["kanri@mail.hinode-sangyo.co.jp"],
    subject="利用者台帳 エクスポート（監査用）",
    body="""高畑さん、小野寺さん

内部監査用に、システムから利用者台帳を出力しました。
食種・病名の欄に空欄が残っている方がいるので、確認をお願いします。
監査終了後は削除してください。

栗花落
""",
    attachments=[{"kind": "xlsx", "name": "利用者台帳_20260410.xlsx",
                  "sheets": {"台帳": [["利用者ID", "氏名", "フリガナ", "生年月日", "住所", "電話", "食種", "病名"]] + [
                      [f"U{3100 + i}", p["name"], p["kana"], f"{p['y']}/{p['m']}/{p['d']}", p["addr"], p["tel"],
                       p["diet"], p["disease"]] for i, p in enumerate(_p)]}}])

# 023 — data migration workbook to the system vendor
_p = people(23, 10)
add(23, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS",
                 "SENSITIVE_CATEGORY"], ["personal_data"],
    "migration workbook with subscribers, diagnoses and family contacts sent to the external system vendor",
    charset="cp932", sender=sender("tsuyuri"), to=[f"ツバサシステム サポート <{TSUBASA}>"],
    cc=["tatewaki.go@tsubasa-system.jp"],
    subject="【移行テスト】実データサンプルの送付",
    body=f"""ツバサシステム株式会社
帯刀様、サポートご担当者様

お世話になっております。日の出産業 情報システム課の栗花落です。
移行テストで文字化けが起きた件、実データで再現させたいとのことでしたので
該当する10件を抜き出してお送りします（旧システムからの出力そのままです）。

{sig("tsuyuri", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "移行サンプル_10件.xlsx",
                  "sheets": {"利用者": [["旧システム出力 2026/04/09 利用者マスタ（抜粋）"],
                                        ["ID", "氏名", "カナ", "生年月日", "住所", "電話", "食種", "病名・禁忌"]] + [
                      [f"{88000 + i}", p["name"], p["kana"], wareki(p["y"], p["m"], p["d"], 1), p["addr"],
                       p["tel"], p["diet"], p["disease"] + ("／" + p["allergy"] if p["allergy"] != "なし" else "")]
                      for i, p in enumerate(_p)],
                             "家族連絡先": [["ID", "連絡先氏名", "続柄", "携帯", "メール"]] + [
                      [f"{88000 + i}", p["fam"], p["rel"], p["fam_mobile"], p["fam_mail"]]
                      for i, p in enumerate(_p)]}}])

# 024 — NDA talk with the system vendor
add(24, "pass", [], [],
    "mail about the 秘密保持契約 with the system vendor; mentions confidentiality but no marking",
    charset="iso-2022-jp", sender=sender("iokibe"), to=["tatewaki.go@tsubasa-system.jp"],
    cc=[addr("tsuyuri")],
    subject="秘密保持契約書（案）へのコメント",
    body=f"""ツバサシステム株式会社
帯刀様

お世話になっております。日の出産業 総務人事課の五百旗頭です。
データ移行業務に関する秘密保持契約書（案）を拝見しました。
弊社からのコメントは以下の3点です。

1. 第2条「秘密情報」の定義に、利用者の個人情報を明記していただきたい
2. 第7条の返還・廃棄について、廃棄証明書の提出を義務としていただきたい
3. 再委託の禁止（第9条）に、事前の書面承諾がある場合の例外を設けたい

修正版をいただければ、法務確認後に押印手続きに進みます。

{sig("iokibe", 0)}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_コメント付.docx",
                  "paragraphs": ["秘密保持契約書（案）", "日の出産業株式会社（以下「甲」）とツバサシステム株式会社"
                                 "（以下「乙」）は、配食管理システムのデータ移行業務に関し、次のとおり契約する。",
                                 "第2条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上・営業上の情報をいう。",
                                 "【甲コメント】利用者の個人情報を含むことを明記されたい。",
                                 "第7条（返還・廃棄）乙は、業務終了後、秘密情報を速やかに返還または廃棄する。",
                                 "第9条（再委託）乙は、秘密情報を第三者に開示してはならない。"]}])

# 025 — holiday schedule to families with all addresses in To
add(25, "stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "notice to five families' private addresses, all visible in To instead of Bcc",
    charset="cp932", sender=sender("takahata"),
    to=["yumi.k-family@gmail.com", "mama_kobayashi@yahoo.co.jp", "nao.sato1968@icloud.com",
        "t.oikawa-home@docomo.ne.jp", "hiro33sky@ezweb.ne.jp"],
    subject="ゴールデンウィーク期間の配達について",
    body=f"""ご家族の皆さま

いつもひので便をご利用いただき、ありがとうございます。
ゴールデンウィーク期間の配達についてお知らせします。

・5月3日（日）〜5月5日（火）は、前日に2食分まとめてお届けします
・5月6日（水）から通常どおりの配達です
・休止をご希望の方は4月28日までにご連絡ください

ご不明な点は、お気軽にお問い合わせください。

{sig("takahata", 1)}
""")

# 026 — corrupt workbook to the city
add(26, "stop", [], ["unscannable_attachment"],
    "the attached XLSX is damaged and cannot be inspected; goes to an external (municipal) address",
    charset="utf-8", sender=sender("takahata"), to=[CITY],
    subject="再送：助成申請 新規3件の申請書",
    body=f"""東葉市 高齢者福祉課
ご担当 様

先ほどのメールで添付が漏れておりました。失礼いたしました。
新規申請3件分の申請書一覧を改めてお送りします。

{sig("takahata", 0)}
""",
    attachments=[{"kind": "corrupt", "name": "新規申請一覧_0414.xlsx"}])

# 027 — three staff attendees with mobile numbers (1–4 people)
add(27, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three own staff with their mobiles for a supplier's hygiene training: under five people",
    charset="iso-2022-jp", sender=sender("takanashi"), to=["eisei-kenshu@kitaguni-foods.co.jp"],
    subject="衛生管理研修（5/26）参加者のご連絡",
    body=f"""北国フーズ株式会社
品質保証部 研修ご担当者様

お世話になっております。日の出産業 セントラルキッチンの小鳥遊です。
5月26日の衛生管理研修に、弊社からは以下3名が参加いたします。
当日の緊急連絡先として携帯番号を記載します。

　小鳥遊 葵（製造課 主任）　080-3317-6042
　漆畑 圭吾（製造課）　　　090-5528-1196
　グエン・ティ・ラン（製造課）070-2284-9053

駐車場を1台分お借りできれば助かります。

{sig("takanashi", 0)}
""")

# 028 — health insurance card number of a subscriber to the city
_p = people(28, 1)[0]
add(28, "stop", ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "a subscriber's 国民健康保険 記号・番号 with birth date and address to the city",
    charset="cp932", sender=sender("takahata"), to=["kokuho-kyufu@city.toyo-chiba.lg.jp"],
    subject="配食助成 申請者の保険証情報について",
    body=f"""東葉市 保険年金課 ご担当者様

お世話になっております。日の出産業の高畑です。
配食助成の申請で、保険証の写しが不鮮明とご連絡をいただいた件、
ご本人の保険証を拝見して書き写しましたので、お知らせします。

 氏名　　　　：{_p['name']}（{_p['kana']}）
 生年月日　　：{wareki(_p['y'], _p['m'], _p['d'], 2)}
 住所　　　　：〒{_p['zip']} {_p['addr']}
 保険者番号　：０１１２０３５８
 記号・番号　：東葉 ２３－０８１・４４１７

写しの再提出が必要でしたら、改めてお伺いします。

{sig("takahata", 0)}
""")

# 029 — invoice with the company's registration number (T-number)
_corp = corp_number("040001087723")
add(29, "pass", ["JP_CORPORATE_NUMBER"], [],
    "invoice to the city with the company's T-number and aggregate counts: no personal data",
    charset="utf-8", sender=sender("umezu"), to=[CITY],
    subject="請求書送付（高齢者配食サービス委託料 2026年3月分）",
    body=f"""東葉市 高齢者福祉課 御中

いつもお世話になっております。日の出産業 経理課の梅津です。
3月分の委託料請求書をPDFにてお送りします。原本は郵送いたします。

 請求番号：INV-2603-0042
 金額　　：1,082,400円（税込）
 登録番号：T{_corp}

{sig("umezu", 0)}
""",
    attachments=[{"kind": "pdf", "name": "INV-2603-0042.pdf", "title": "請求書 INV-2603-0042",
                  "lines": ["請求書", "東葉市長 様", "請求番号 INV-2603-0042　発行日 2026年4月3日",
                            f"日の出産業株式会社　登録番号 T{_corp}", "千葉県船橋市薬円台6-14-2",
                            "件名：高齢者配食サービス事業 委託料（2026年3月分）"],
                  "table": [["品目", "数量", "単価", "金額"],
                            ["配食（助成対象）", "3,280食", "300", "984,000"],
                            ["安否確認対応", "9件", "1,000", "9,000"],
                            ["消費税（10%）", "", "", "89,400"],
                            ["合計", "", "", "1,082,400"]]}])

# 030 — driver manual stamped 部外秘 to the partner carrier
add(30, "stop", [], ["confidential_marking"],
    "manual whose header and subject carry 部外秘, sent to the external carrier",
    charset="iso-2022-jp", sender=sender("sakakibara"), to=[AOBA], cc=[addr("narumi")],
    subject="【部外秘】緊急時対応マニュアル 改訂版",
    body=f"""石動様

お世話になっております。榊原です。
安否確認時の対応マニュアルを改訂しましたので、お送りします。
主な変更点は「応答がない場合の連絡順」と「入室判断の基準」です。

{sig("sakakibara", 2)}
""",
    attachments=[{"kind": "docx", "name": "緊急時対応マニュアル_v3.docx", "page_header": "部外秘",
                  "title": "緊急時対応マニュアル v3",
                  "paragraphs": ["ひので便 配達員 緊急時対応マニュアル（第3版）",
                                 "1. 応答がない場合：インターホン2回、電話1回、5分待機ののち事務所へ連絡する。",
                                 "2. 事務所は緊急連絡先へ連絡し、入室の可否を確認する。",
                                 "3. 倒れている等の異変を認めた場合は、ためらわず119番通報する。",
                                 "4. 配達員の判断で合鍵を使用してはならない。"]}])

# 031 — allergy of one named subscriber to the kitchen subcontractor
_p = people(31, 1)[0]
add(31, "either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named subscriber's food allergy to the kitchen subcontractor: allergy as health data is debatable",
    charset="cp932", sender=sender("onodera"), to=[f"みのりキッチン 製造部 <{MINORI}>"],
    subject="アレルギー対応の追加（1名）",
    body=f"""みのりキッチン 製造部 御中

お世話になっております。小野寺です。
来週月曜から、下記の方のアレルギー対応をお願いします。

　{_p['name']}様（火木土・昼）
　えび・かに（エキスも不可）
　→ 代替：白身魚または鶏肉。汁物はかつお出汁で。

ラベルの「除去」表示も忘れずにお願いします。

{sig("onodera", 1)}
""")

# 032 — look-alike of the partner carrier (.com)
add(32, "stop", [], ["lookalike_domain"],
    "vehicle inspection schedule sent to aoba-unyu.com, a TLD swap of partner aoba-unyu.co.jp",
    charset="utf-8", sender=sender("sakakibara"), to=["haisha-funabashi@aoba-unyu.com"],
    subject="保冷車 定期点検の日程",
    body=f"""青葉運輸 配車センター御中

保冷車3台の定期点検、下記の日程で調整をお願いします。
点検日は代車の手配もお願いできますでしょうか。

　習志野 800 す 12-07　5/11（月）
　習志野 800 す 12-08　5/13（水）
　船橋 400 ひ 33-51　　5/15（金）

榊原
""")

# 033 — price list to a new care office
add(33, "pass", [], [],
    "price list and brochure to a care office: business information only",
    charset="iso-2022-jp", sender=sender("hatsuse"), to=["yamaguchi@sunflower-kyotaku.jp"],
    subject="ひので便 料金表とパンフレットのご送付",
    body=f"""ひまわり居宅介護支援センター
山口様

本日はお電話ありがとうございました。ひので便の初瀬です。
ご依頼の料金表とパンフレットをお送りします。

・普通食 580円／エネルギー調整食 600円／たんぱく調整食 610円／やわらか食 650円
・東葉市の助成対象の方は1食300円の助成があります（要申請）
・配達日に応答がない場合は、ご登録の連絡先へすぐにご連絡します

ご不明な点があれば何なりとお問い合わせください。

{sig("hatsuse", 0)}
""",
    attachments=[{"kind": "pdf", "name": "ひので便_料金表_2026.pdf", "title": "ひので便 料金表",
                  "lines": ["配食サービス ひので便 料金表（2026年4月改定）", "お届け：月〜土 昼食・夕食",
                            "安否確認：配達時に手渡し、応答がない場合はご家族・ケアマネジャーへ連絡"],
                  "table": [["食種", "昼食", "夕食"], ["普通食", "580円", "620円"],
                            ["エネルギー調整食", "600円", "640円"], ["たんぱく調整食", "610円", "650円"],
                            ["やわらか食・ムース食", "650円", "690円"]]}])

# 034 — drivers' licence numbers to the fleet insurer
_p = people(34, 7)
_rng = random.Random(34)
_rows = [["No", "氏名", "生年月日", "運転免許証番号", "免許の色", "担当車両"]]
for i, p in enumerate(_p, 1):
    _rows.append([str(i), f"{p['sei']} {['大輔', '修', '光男', '和也', '翼', '康弘', '剛士'][i - 1]}",
                  wareki(1958 + i * 3, p["m"], p["d"], 1),
                  f"{_rng.choice(['30', '31', '32'])}{_rng.randint(10, 99)}{_rng.randint(10000000, 99999999)}",
                  ["ゴールド", "ブルー"][i % 2], f"保冷車{i:02d}"])
add(34, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], ["personal_data"],
    "seven drivers' licence numbers and birth dates to an external insurer",
    charset="cp932", sender=sender("iokibe"), to=["fleet-uketsuke@tokiwa-sonpo.co.jp"],
    subject="フリート契約 運転者登録の更新",
    body=f"""ときわ損害保険株式会社
フリート契約ご担当者様

お世話になっております。日の出産業 総務人事課の五百旗頭です。
証券番号 FL-0088412 の運転者限定について、今年度の運転者を添付のとおり登録願います。

{sig("iokibe", 3)}
""",
    attachments=[{"kind": "xlsx", "name": "運転者名簿_2026.xlsx",
                  "sheets": {"運転者": [["日の出産業株式会社 配送車両 運転者名簿（2026年4月1日現在）"]] + _rows}}])

# 035 — residence card numbers of two kitchen staff to the staffing agency
add(35, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], ["personal_data"],
    "two foreign kitchen workers' residence-card numbers with birth dates to the staffing agency",
    charset="utf-8", sender=sender("iokibe"), to=["support-chiba@global-jinzai.co.jp"],
    subject="在留期間更新の確認（キッチンスタッフ2名）",
    body=f"""グローバル人材サービス
千葉営業所 ご担当者様

いつもお世話になっております。
派遣いただいている2名について、在留期間の更新状況を確認させてください。
手元の写しの情報は以下のとおりです。

　Nguyen Thi Lan（グエン・ティ・ラン）　1998年7月14日生
　　在留カード番号 UH48213307EA　在留期限 2026年6月30日

　Tran Van Duc（チャン・ヴァン・ドゥック）　2000年2月3日生
　　在留カード番号 TK90125546FA　在留期限 2026年5月18日

更新後のカードの写しをいただけますでしょうか。

{sig("iokibe", 2)}
""")

# 036 — welfare check to a son on carrier mail: absent, no health information
_p = people(36, 1)[0]
add(36, "pass", [], ["freemail_recipient"],
    "tells a son on carrier mail that his mother was out; no health data, one person",
    charset="iso-2022-jp", sender=sender("narumi"), to=["sugiyama.k-1962@ezweb.ne.jp"],
    subject="ひので便です（本日の配達について）",
    body=f"""{_p['fam'].split()[0]}様

ひので便の鳴海です。お仕事中に失礼します。
本日11時ごろ、お母様のお宅にお弁当をお届けした際にご不在でした。
お隣の方のお話では、朝から老人会の日帰り旅行にお出かけとのことでした。
お弁当は持ち帰っております。念のためご連絡いたしました。

明日は通常どおりお届けします。

ひので便 見守り支援係　鳴海
047-468-2210
""")

# 037 — fraud victim report to the support centre
_p = people(37, 1)[0]
add(37, "stop", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
    "names a subscriber as the victim of a phone scam, with address, to an external support centre",
    charset="cp932", sender=sender("narumi"), to=[HOUKATSU], cc=[addr("sakakibara")],
    subject="特殊詐欺被害の疑いについて（ご相談）",
    body=f"""北部地域包括支援センター
ご担当者様

ひので便 見守り支援係の鳴海です。至急ご相談したい件があります。

配達員から、{_p['name']}様（{_p['addr_k']}）が
「息子の会社の人」を名乗る男性に現金200万円を手渡してしまったと
話されていたとの報告がありました。
ご本人はまだ警察には届けておらず、ご家族にも話していないそうです。
昨日も同じ男から電話があったとのことで、再度の被害が心配です。

センターから訪問していただくことは可能でしょうか。

{sig("narumi", 0)}
""")

# 038 — tracking numbers for a shipment of cool boxes
add(38, "pass", [], [],
    "shipment notice with tracking numbers and product codes from a supplier thread",
    charset="utf-8", sender=sender("minai"), to=["eigyo2@tokai-youki.co.jp"],
    subject="Re: 保冷ボックス出荷のご案内",
    body=f"""東海容器 営業二課 御中

出荷のご連絡ありがとうございます。薬袋です。
受け取り先の変更はありません。伝票番号、確認いたしました。

　HB-40L（保冷ボックス 40L） 60個
　　お問合せ番号：4417-2286-5530 ／ 4417-2286-5541 ／ 4417-2286-5552
　HB-PAD（保冷剤 500g） 240個
　　お問合せ番号：4417-2286-5563

検品後、受領書をFAXでお送りします。

{sig("minai", 2)}

> 日の出産業 薬袋様
> ご注文いただいた保冷ボックス一式、本日出荷いたしました。
> 注文番号 TY-26-00917
""")

# 039 — route list as UTF-8 CSV to a contracted driver on gmail
_p = people(39, 9)
add(39, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "CSV route list of nine subscribers to a contracted driver's gmail",
    charset="utf-8", sender=sender("aimono"), to=["yoshiki.driver.funabashi@gmail.com"],
    subject="火曜Bコース 配達リスト",
    body=f"""吉城さん

来週から火曜Bコースをお願いします。リストを添付します。
スマホで見られるようにCSVにしました。

四十物
""",
    attachments=[{"kind": "csv", "name": "tue_B_course.csv", "encoding": "utf-8",
                  "rows": [["順番", "名前", "郵便番号", "住所", "電話", "メモ"]] + [
                      [str(i), p["name"], p["zip"], p["addr"], p["tel"], p["key"]]
                      for i, p in enumerate(_p, 1)]}])

# 040 — internal driver shift with mobile numbers
add(40, "pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "driver shift table with private mobiles, internal recipients only",
    charset="iso-2022-jp", sender=sender("aimono"), to=[addr("sakakibara")],
    cc=["haisou-all@hinode-sangyo.co.jp"],
    subject="5月 第1週 配送シフト",
    body="""各位

5月第1週のシフトです。GW中は2食まとめ配達のため、積込みは9:00からです。

日付	Aコース	Bコース	Cコース	予備
5/1(金)	漆畑 090-5528-1196	吉城 080-6613-2045	長谷川 090-7741-0822	四十物
5/2(土)	漆畑 090-5528-1196	寺門 070-3391-7780	長谷川 090-7741-0822	榊原
5/6(水)	仁藤 080-2254-6719	吉城 080-6613-2045	寺門 070-3391-7780	四十物

交代希望は四十物まで。
""")

# 041 — forwarded referral mail (eml) to the kitchen subcontractor
_p = people(41, 1)[0]
add(41, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "attached forwarded referral with a subscriber's dialysis and diet order to the kitchen subcontractor",
    charset="utf-8", sender=sender("onodera"), to=[MINORI],
    subject="転送：新規 たんぱく調整食の方",
    body=f"""みのりキッチン 製造部 御中

新規の方です。詳細はケアマネからのメールをご覧ください。
来週水曜の昼食から、たんぱく調整食・カリウム制限でお願いします。

小野寺
""",
    attachments=[{"kind": "eml", "name": "新規ご依頼.eml", "message": {
        "charset": "iso-2022-jp", "sender": f"今野 香織 <{CM_HIDAMARI}>", "to": [addr("onodera")],
        "subject": "新規ご依頼（透析の方）",
        "body": f"""日の出産業 小野寺様

ひだまりの今野です。新規でお願いしたい方がいます。

 氏名：{_p['name']}様
 住所：{_p['addr']}
 電話：{_p['tel']}
 状況：慢性腎不全で人工透析中（月・水・金 午後、東葉腎クリニック）
       主治医指示 たんぱく質40g、カリウム1,500mg、水分制限あり
 希望：昼食のみ、水曜から

よろしくお願いします。
"""}}])

# 042 — look-alike of the partner bank
add(42, "stop", [], ["lookalike_domain"],
    "direct-debit deadline question to midori-ginkou.co.jp, a look-alike of partner midori-ginko.co.jp",
    charset="cp932", sender=sender("umezu"), to=["furikae-center@midori-ginkou.co.jp"],
    subject="6月振替分のデータ締切日について",
    body=f"""みどり銀行 口座振替センター御中

日の出産業の梅津です。
6月27日振替分の伝送データ締切日は、6月17日（水）15時で
変更ないでしょうか。社内の月次スケジュールに反映したくご確認させてください。

{sig("umezu", 0)}
""")

# 043 — ordinary price mail with the standard disclaimer
add(43, "pass", [], [],
    "vegetable price negotiation with the standard confidentiality disclaimer at the end",
    charset="iso-2022-jp", sender=sender("minai"), to=["m.kasuga@yamabiko-seika.co.jp"],
    subject="Re: 5月の野菜価格について",
    body=f"""やまびこ青果 春日様

お世話になっております。薬袋です。
価格表ありがとうございました。キャベツとにんじんは了解しました。
ほうれん草（カット冷凍）だけ、4月並みの1kg 680円で
何とかならないでしょうか。数量は月400kgを見込んでいます。

ご検討よろしくお願いいたします。

{sig("minai", 0)}

{DISC_JA2}
""")

# 044 — religion of one named subscriber to the kitchen subcontractor
_p = people(44, 1)[0]
add(44, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "names a subscriber's religion (Islam) as the reason for meal exclusions, to the subcontractor",
    charset="utf-8", sender=sender("onodera"), to=[MINORI],
    subject="個別対応のお願い（宗教上の食事制限）",
    body=f"""みのりキッチン 製造部
ご担当者様

小野寺です。新たに個別対応をお願いしたい方がいます。

ご利用者：{_p['sei']} ファティマ 様（ご主人が日本人、ご本人はインドネシア出身）
理由　　：イスラム教の信仰のため
対応　　：豚肉・豚由来（ラード、ゼラチン、エキス）不可、みりん・料理酒も不可
　　　　　ラマダン期間中（2/18〜3/19頃）は日没後の夕食便に切替え

ハラール認証品までは不要とのことです。
ご不明点があればお電話ください。

{sig("onodera", 0)}
""")

# 045 — RFQ to three suppliers, correctly in Bcc
add(45, "pass", [], [],
    "quotation request to three suppliers sent with the suppliers in Bcc, not visible to each other",
    charset="cp932", sender=sender("minai"), to=[addr("minai")],
    bcc=["eigyo2@tokai-youki.co.jp", "sales@kanto-pack.co.jp", "info@marui-shizai.jp"],
    subject="【見積依頼】弁当容器（電子レンジ対応）",
    body=f"""お取引先各位

平素よりお世話になっております。日の出産業 購買課の薬袋です。
下記の容器について、お見積りをお願いいたします。

　仕様：電子レンジ対応 3分割 黒 220×160mm、透明蓋付き
　数量：月48,000セット（年間契約）
　納品：千葉県船橋市 本社キッチン
　回答期限：5月15日（金）

※本メールは複数社にBccでお送りしております。

{sig("minai", 0)}
""")

# 046 — question to the city about subsidy rules
add(46, "pass", [], [],
    "question to the city about subsidy eligibility rules; no individual named",
    charset="utf-8", sender=sender("takahata"), to=[CITY],
    subject="配食助成の対象要件について（お問い合わせ）",
    body=f"""東葉市 高齢者福祉課 在宅支援係 御中

いつもお世話になっております。ひので便の高畑です。
助成の対象要件について、2点教えてください。

1. 65歳以上の高齢者のみ世帯で、同居の配偶者が要支援1の場合は対象になりますか。
2. 月途中で市外から転入された方は、転入月から申請できますか。

ケアマネジャーからの問い合わせが続いており、
回答を社内の案内資料に反映したいと考えております。

{sig("takahata", 1)}
""")

# 047 — DOCX table of at-risk subscribers to a volunteer on Yahoo mail
_p = people(47, 6)
add(47, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "DOCX table of six subscribers' addresses and phones to a welfare volunteer's Yahoo address",
    charset="iso-2022-jp", sender=sender("narumi"), to=["minsei.hanamura@yahoo.co.jp"],
    subject="民生委員さんへ：見守り訪問先の一覧",
    body=f"""花村様

いつも見守りにご協力いただき、ありがとうございます。鳴海です。
先日の連絡会でお話しした、若松台地区で配食をご利用中の方の一覧をお送りします。
配達時に応答がなかった場合、ご近所の方としてお声がけをお願いすることがあります。

鳴海
""",
    attachments=[{"kind": "docx", "name": "若松台地区_見守り先一覧.docx",
                  "paragraphs": ["若松台地区 配食利用者（見守り連携先）", "2026年4月現在　日の出産業 ひので便"],
                  "tables": [[["氏名", "住所", "電話", "配達曜日"]] + [
                      [p["name"], p["addr"], p["tel"], ["月水金", "火木土", "月〜土"][i % 3]]
                      for i, p in enumerate(_p)]]}])

# 048 — password-protected PDF to a care manager
add(48, "stop", [], ["unscannable_attachment"],
    "encrypted PDF (usage report) to an external care office: cannot be inspected",
    charset="cp932", sender=sender("takahata"), to=[CM_KOKORO],
    subject="3月分 利用実績報告書",
    body=f"""ここケアプランセンター 織田様

お世話になっております。ひので便の高畑です。
3月分の利用実績報告書をお送りします。
PDFにはパスワードを設定しております（いつもの事業所番号です）。

{sig("takahata", 0)}
""",
    attachments=[{"kind": "pdf", "name": "利用実績報告書_202603.pdf", "password": "1270400581",
                  "lines": ["利用実績報告書（2026年3月分）", "ここケアプランセンター 御中"],
                  "table": [["利用者", "配食数"], ["（以下略）", ""]]}])

# 049 — driver recruitment ad copy to the job-ad agency
add(49, "pass", [], [],
    "job advertisement text for drivers sent to an ad agency: company contacts only",
    charset="iso-2022-jp", sender=sender("iokibe"), to=["uketsuke@jobnavi-ad.co.jp"],
    subject="求人原稿（配食ドライバー）のご確認",
    body=f"""ジョブナビ広告 ご担当者様

原稿の修正版をお送りします。ご確認ください。

――――――――――――――――――――
【急募】お弁当の配達ドライバー（船橋・東葉エリア）
・時給1,250円〜、1日4時間（10:00〜14:00）から
・軽自動車（会社貸与）、AT限定免許OK
・高齢のお客様へ手渡しし、ひと声かける「見守り」も大切な仕事です
応募：日の出産業株式会社 総務人事課 047-468-2210（平日9〜17時）
――――――――――――――――――――

掲載は5月11日号からでお願いします。

五百旗頭
""")

# 050 — complaint record stamped 取扱注意 to the law firm
_p = people(50, 1)[0]
add(50, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data", "confidential_marking"],
    "DOCX stamped 取扱注意 (with one complainant's name and phone) to the partner law firm",
    charset="utf-8", sender=sender("shoji"), to=[f"白川法律事務所 白川先生 <{SHIRAKAWA}>"],
    subject="ご相談：配達中の物損に関する苦情",
    body=f"""白川先生

いつもお世話になっております。日の出産業の東海林です。
配達中にご利用者宅の門扉を破損した件で、ご家族から強い苦情を受けております。
経緯を記録にまとめましたので、対応方針についてご助言をお願いします。

{sig("shoji", 0)}
""",
    attachments=[{"kind": "docx", "name": "苦情対応記録_0412.docx", "page_header": "取扱注意",
                  "paragraphs": ["苦情対応記録", f"申出人：{_p['fam']}（ご利用者 {_p['name']} 様の{_p['rel']}）",
                                 f"連絡先：{_p['fam_mobile']}",
                                 "4/10 11:20 配達車両が後退時に門扉に接触、支柱が曲がる。",
                                 "4/10 18:00 申出人より電話。修理費の全額負担と担当者の処分を要求。",
                                 "4/11 事業部長が訪問し謝罪。修理見積の提出を依頼。"]}])

# 051 — English reply thread with quoted text
add(51, "pass", [], [],
    "English reply to an overseas thermal-box maker; order references and quoted text only",
    charset="utf-8", sender=sender("minai"), to=["j.lindqvist@nordic-thermo.com"],
    subject="Re: Sample evaluation - NT-CoolCase 12",
    body=f"""Dear Johan,

Thank you for the samples. Our drivers tested six NT-CoolCase 12 units on three
routes for two weeks. Core temperature stayed below 10°C for 3.5 hours in every run,
which meets our requirement. Two latches broke, though (serial 12-0441 and 12-0457).

Could you quote 120 units with the reinforced latch, delivered to Funabashi, DAP?

Kind regards,
{sig("minai", 4)}

On Mon, Apr 13, 2026 at 9:02 AM Johan Lindqvist <j.lindqvist@nordic-thermo.com> wrote:
> Dear Ms. Minai,
> Please find attached the spec sheet. Six samples were shipped today by DHL,
> AWB 7734 2281 90. Let us know how the field test goes.
> Best, Johan
""")

# 052 — address labels for 敬老の日 cards to the partner printer (CSV, 30 rows)
_p = people(52, 30)
add(52, "stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "30 subscribers' names and postal addresses in a CSV to the partner printer",
    charset="cp932", sender=sender("hatsuse"), to=[f"錦印刷 雲母様 <{NISHIKI}>"],
    subject="敬老の日カード 宛名データ",
    body=f"""錦印刷株式会社
雲母様

お世話になっております。初瀬です。
敬老の日カードの宛名印刷用データをお送りします（30件）。
宛名は「様」付きで、差出人は「ひので便 スタッフ一同」でお願いします。
9月10日（木）弊社着でお願いできれば幸いです。

{sig("hatsuse", 1)}
""",
    attachments=[{"kind": "csv", "name": "keirou_atena.csv",
                  "rows": [["郵便番号", "住所1", "住所2", "氏名"]] + [
                      [p["zip"], p["pref"] + p["city"], p["street"], p["name"]] for p in _p]}])

# 053 — basic pension number of a subscriber to the city (fee reduction)
_p = people(53, 1)[0]
add(53, "stop", ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "a subscriber's 基礎年金番号 with birth date and address to the city",
    charset="iso-2022-jp", sender=sender("takahata"), to=["genmen@city.toyo-chiba.lg.jp"],
    subject="利用料減免申請の補足",
    body=f"""東葉市 高齢者福祉課 減免担当 御中

お世話になっております。ひので便の高畑です。
4月8日に提出した利用料減免申請について、年金額の確認に必要とのことで
ご本人の了解を得て、年金証書の内容をお知らせします。

　申請者　　：{_p['name']}
　生年月日　：{wareki(_p['y'], _p['m'], _p['d'], 3)}
　住所　　　：{_p['addr']}
　基礎年金番号：{random.Random(53).randint(1000, 9999)}-{random.Random(54).randint(100000, 999999)}
　年金の種類：老齢基礎年金（年額 約68万円）

よろしくお願いいたします。

{sig("takahata", 2)}
""")

# 054 — internal: encrypted ZIP between colleagues
add(54, "pass", [], [],
    "encrypted ZIP sent only to an internal colleague: internal mail passes whatever it carries",
    charset="cp932", sender=sender("umezu"), to=[addr("iokibe")],
    subject="給与データ（4月分）",
    body="""五百旗頭さん

4月分の給与データです。パスワードはいつものものです。
ご確認のうえ、社労士さんへの提出をお願いします。

梅津
""",
    attachments=[{"kind": "zip", "name": "kyuyo_202604.zip", "password": "umz-2604",
                  "files": [{"kind": "csv", "name": "kyuyo_202604.csv",
                             "rows": [["社員番号", "氏名", "支給額"], ["1021", "榊原 剛", "412300"]]}]}])

# 055 — look-alike of the own domain (hyphen for the dot) with a short staff list
_p = people(55, 5)
add(55, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "meant for a colleague but sent to hinode-sangyo-co.jp (hyphen for dot), carrying five contacts",
    charset="utf-8", sender=sender("narumi"), to=["takahata.misaki@hinode-sangyo-co.jp"],
    subject="来週の安否確認 協力者の連絡先",
    body="\n".join([
        "高畑さん", "",
        "来週私が不在の間、安否確認で鍵を預かっているご家族の連絡先です。",
        "緊急時はこちらに直接連絡してください。", ""] +
        [f"・{p['sei']}様（{p['rel']} {p['fam']}さん）{p['fam_mobile']}" for p in _p] +
        ["", "鳴海"]))

# 056 — menu leaflet proof to the printer (PPTX)
add(56, "pass", [], [],
    "menu leaflet draft (PPTX) to the partner printer: menus and prices, no people",
    charset="iso-2022-jp", sender=sender("hatsuse"), to=[NISHIKI],
    subject="6月献立チラシの原稿",
    body=f"""雲母様

6月の献立チラシの原稿です。写真は後日差し替えます。
初校を5月20日ごろにいただけますでしょうか。

初瀬
""",
    attachments=[{"kind": "pptx", "name": "6月献立チラシ_原稿.pptx", "page_footer": "ひので便 2026年6月",
                  "slides": [["6月のおすすめ", "あじさい御膳（6/6）", "鮎の甘露煮（6/20）", "父の日 特製うな玉丼（6/21）"],
                             ["やわらか食もご用意しています", "見た目はそのまま、舌でつぶせるやわらかさ",
                              "1食 650円（税込）"],
                             ["お問い合わせ", "ひので便 047-468-2210（平日9:00〜17:00）"]]}])

# 057 — kidney-diet subscribers in an XLSX to the kitchen subcontractor
_p = people(57, 7)
add(57, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "seven named subscribers with CKD stage / dialysis and protein limits to the kitchen subcontractor",
    charset="cp932", sender=sender("onodera"), to=[MINORI], cc=[addr("takanashi")],
    subject="たんぱく調整食 対象者表（5月更新）",
    body=f"""みのりキッチン 製造部 御中

たんぱく調整食の対象者表、5月分を更新しました。
{_p[3]['sei']}様が透析導入となり、制限が変わっています（黄色の行）。

{sig("onodera", 2)}
""",
    attachments=[{"kind": "xlsx", "name": "たんぱく調整食_対象者_202605.xlsx",
                  "sheets": {"対象者": [["たんぱく調整食 対象者表　2026年5月"],
                                        ["氏名", "コース", "病態", "たんぱく(g)", "カリウム", "塩分(g)"]] + [
                      [p["name"], ["月A", "火B", "水C", "木A", "金B", "土C", "月B"][i],
                       ["CKD G3b", "CKD G4", "CKD G4", "透析（週3回）", "CKD G3a", "糖尿病性腎症", "透析（週3回）"][i],
                       [50, 40, 40, 55, 50, 45, 55][i], "制限" if i % 2 else "要注意", 6] for i, p in enumerate(_p)]}}])

# 058 — family on iCloud asks to change the bank account; no data in the reply
add(58, "pass", [], ["freemail_recipient"],
    "reply to a family member on iCloud explaining the paper form; no account numbers",
    charset="utf-8", sender=sender("umezu"), to=["k.matsuzaki.home@icloud.com"],
    subject="Re: 引き落とし口座の変更",
    body=f"""松崎様

お問い合わせありがとうございます。日の出産業 経理課の梅津でございます。
引き落とし口座の変更は、金融機関の届出印が必要なため、
書面の「口座振替依頼書」でのお手続きとなります。
本日、ご自宅宛てに用紙を郵送いたしました。

※口座番号などはメールでお送りいただかないようお願いいたします。
変更が間に合わない月は、旧口座からの引き落としとなります。

{sig("umezu", 0)}
""")

# 059 — My Number of a subscriber (full-width digits) to the city
_p = people(59, 1)[0]
_mn = next_my_number()
add(59, "stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "a subscriber's My Number in full-width digits with birth date and address to the city",
    charset="cp932", sender=sender("takahata"), to=[CITY],
    subject="申請書の個人番号欄について",
    body=f"""東葉市 高齢者福祉課 御中

お世話になっております。高畑です。
先日お届けした申請書で個人番号欄が空欄だった件、ご本人に確認しました。

　{_p['name']}様　{_p['y']}年{_p['m']}月{_p['d']}日生
　{_p['addr_k']}
　個人番号：{fw(_mn[:4])}　{fw(_mn[4:8])}　{fw(_mn[8:])}

申請書への追記はそちらでお願いできますでしょうか。

{sig("takahata", 3)}
""")

# 060 — two external organisations (city + council of social welfare)
add(60, "pass", [], ["multiple_external_domains"],
    "meeting arrangement with the city and the social welfare council: two external organisations",
    charset="iso-2022-jp", sender=sender("shoji"), to=[CITY], cc=[SHAKYO, addr("narumi")],
    subject="見守り協定の締結に向けた打合せ",
    body=f"""東葉市 高齢者福祉課 御中
東葉市社会福祉協議会 地域福祉課 御中

日の出産業の東海林でございます。
「高齢者見守りネットワーク協定」の締結に向け、三者で打合せの場を
設けていただけますと幸いです。

候補日：5月18日（月）、19日（火）、21日（木） いずれも14時以降
議題　：協定書案、異変発見時の連絡フロー、個人情報の取扱い

{sig("shoji", 0)}
""")

# 061 — business plan with a Confidential footer to the partner bank
add(61, "stop", [], ["confidential_marking"],
    "business plan slides marked Confidential on every page, sent to the partner bank",
    charset="utf-8", sender=sender("shoji"), to=["hojin-funabashi@midori-ginko.co.jp"],
    subject="設備資金のご相談（事業計画の送付）",
    body=f"""みどり銀行 船橋支店
法人営業課 ご担当者様

お世話になっております。日の出産業の東海林です。
セントラルキッチン増設に関する事業計画をお送りします。
来週のご面談でご説明させていただきます。

{sig("shoji", 0)}
""",
    attachments=[{"kind": "pptx", "name": "事業計画_キッチン増設.pptx", "page_footer": "Confidential",
                  "title": "キッチン増設 事業計画",
                  "slides": [["セントラルキッチン増設計画", "2027年4月稼働", "日産 3,000食 → 5,000食"],
                             ["投資計画", "建屋改修 1.2億円", "調理設備 0.8億円", "保冷車 6台 0.3億円"],
                             ["収支見通し", "2027年度 売上 8.6億円", "2029年度 売上 11.2億円 営業利益率 6%"]]}])

# 062 — corrupt DOCX to the carrier
add(62, "stop", [], ["unscannable_attachment"],
    "the attached DOCX is corrupt and cannot be inspected; goes to the external carrier",
    charset="iso-2022-jp", sender=sender("aimono"), to=[AOBA_DISPATCH],
    subject="配送手順書（改訂）",
    body="""青葉運輸 配車センター御中

日の出産業の四十物です。
配送手順書を改訂しましたので、ドライバーの皆さんへ共有をお願いします。

四十物
""",
    attachments=[{"kind": "corrupt", "name": "配送手順書_2026改訂.docx"}])

# 063 — one subscriber's delivery details to a care manager (no health data)
_p = people(63, 1)[0]
add(63, "pass", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "one subscriber's name, address and delivery time to the care manager: a single person, no health data",
    charset="cp932", sender=sender("aimono"), to=[CM_HIDAMARI],
    subject="配達時間変更のご連絡",
    body=f"""ひだまり 今野様

いつもお世話になっております。ひので便 配送管理課の四十物です。
デイサービスの曜日変更に合わせて、下記の方の配達時間を変更しました。

　{_p['name']}様（{_p['addr']}）
　火・金：11:30 → 16:30（夕食便に切替え）
　他の曜日は変更ありません。

{sig("aimono", 0)}
""")

# 064 — five new applicants, one block per person, to the vendor's support desk
_p = people(64, 5)
_blocks = "\n\n".join(
    f"【{i}】{p['name']}（{p['kana']}）\n　生年月日：{wareki(p['y'], p['m'], p['d'], i % 3)}\n"
    f"　住所：〒{p['zip']} {p['addr']}\n　電話：{p['tel']}\n　緊急連絡先：{p['fam']}（{p['rel']}）{p['fam_mobile']}"
    for i, p in enumerate(_p, 1))
add(64, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "five applicants' full records (birth date, address, phones) to the system vendor's support desk",
    charset="utf-8", sender=sender("takahata"), to=[TSUBASA],
    subject="新規登録の代行入力のお願い（5件）",
    body=f"""ツバサシステム サポートデスク御中

日の出産業の高畑です。
登録画面がエラーで進まないため、お手数ですが下記5件の代行入力をお願いします。

{_blocks}

お手数をおかけします。

{sig("takahata", 0)}
""")

# 065 — PDF table of texture-modified-meal users with dysphagia to the partner supplier
_p = people(65, 8)
add(65, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "PDF table of eight named subscribers with dysphagia and aspiration-pneumonia history to the supplier",
    charset="iso-2022-jp", sender=sender("onodera"), to=[KITAGUNI],
    subject="ムース食 開発用の参考資料",
    body=f"""野々村様

ムース食の新商品開発の件、当社利用者の状況を参考資料としてお送りします。
食形態ごとの人数感をつかんでいただければと思います。

小野寺
""",
    attachments=[{"kind": "pdf", "name": "嚥下調整食_利用者状況.pdf", "title": "嚥下調整食 利用者状況",
                  "lines": ["嚥下調整食 利用者状況（2026年4月）", "日の出産業 栄養管理室"],
                  "table": [["氏名", "年齢", "食形態", "状態"]] + [
                      [p["name"], f"{p['age']}歳", ["ミキサー", "ムース", "ソフト", "きざみ＋とろみ"][i % 4],
                       ["嚥下障害・誤嚥性肺炎既往", "脳梗塞後遺症", "パーキンソン病", "認知症・咀嚼困難"][i % 4]]
                      for i, p in enumerate(_p)]}])

# 066 — internal daily welfare-check summary
_p = people(66, 4)
add(66, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "daily welfare-check summary with hospital outcomes, internal recipients only",
    charset="utf-8", sender=sender("narumi"), to=["mimamori@hinode-sangyo.co.jp"],
    subject="本日の安否確認まとめ（4/15）",
    body=f"""見守り支援係 各位

本日の未応答対応は4件でした。

・{_p[0]['name']}様：外出（通院）、15時に帰宅確認
・{_p[1]['name']}様：浴室で転倒、救急搬送 → 大腿骨骨折で入院
・{_p[2]['name']}様：難聴のためインターホン聞こえず、問題なし
・{_p[3]['name']}様：発熱で臥床、家族が受診に同行（誤嚥性肺炎の疑い）

明日以降、{_p[1]['sei']}様は休止処理をお願いします。
""")

# 067 — homoglyph look-alike of the partner supplier (l for i)
add(67, "stop", [], ["lookalike_domain"],
    "delivery claim sent to kltaguni-foods.co.jp (l for i), a homoglyph of the partner supplier",
    charset="cp932", sender=sender("takanashi"), to=["hinshitsu@kltaguni-foods.co.jp"],
    subject="納品不良のご連絡（ロット KF2204-0412）",
    body=f"""北国フーズ 品質保証部 御中

日の出産業 セントラルキッチンの小鳥遊です。
本日納品分の主菜セット（ロット KF2204-0412）のうち、
3ケースで真空包装のピンホールが見つかりました。写真を添付します。
代品の手配と原因のご報告をお願いいたします。

{sig("takanashi", 0)}
""",
    attachments=[{"kind": "png", "name": "pinhole_0412.png"}])

# 068 — English mail to a university researcher with aggregate figures
add(68, "pass", [], [],
    "English mail with aggregate programme statistics to a university researcher: no individuals",
    charset="utf-8", sender=sender("hatsuse"), to=["r.ahmed@nutri.chiba-seiwa.ac.jp"],
    subject="Data for the joint study on home-delivered meals",
    body=f"""Dear Dr. Ahmed,

As agreed at the kickoff, here are the aggregate figures for FY2025
(no individual data; subscriber-level data will only be shared under the data
agreement once the ethics committee has approved it).

  Subscribers (March 2026)         412
  Average age                      83.6
  Energy-controlled meals          18%
  Protein-controlled meals          7%
  Texture-modified meals           11%
  Welfare checks with no answer    97 cases (emergency transport: 14)

Best regards,
{sig("hatsuse", 4)}
""")

# 069 — English three-way mail: conference organiser + co-presenter (two organisations)
add(69, "pass", [], ["multiple_external_domains"],
    "English mail to a conference organiser and a co-presenter at another institution: two organisations",
    charset="utf-8", sender=sender("hatsuse"),
    to=["program@asia-ageing-forum.org"], cc=["r.ahmed@nutri.chiba-seiwa.ac.jp", addr("shoji")],
    subject="Abstract submission - Meals on wheels and welfare checks in suburban Chiba",
    body=f"""Dear Programme Committee,

Please find our abstract below for the session "Community care innovations".
Co-presenter: Dr. Rahim Ahmed (Chiba Seiwa University).

Title: Meals on wheels as a daily welfare check: three years in suburban Chiba
Abstract: Since 2023, drivers of a private meal-delivery service have reported
no-answer cases to a dedicated support desk... (248 words)

We would prefer an oral presentation on 14 November.

Best regards,
{sig("hatsuse", 4)}
""")

# 070 — allergen labelling issue: lot numbers and aggregate only
add(70, "pass", [], [],
    "reply to the supplier about an allergen-label error with lot numbers and aggregate counts only",
    charset="iso-2022-jp", sender=sender("onodera"), to=[KITAGUNI], cc=[addr("takanashi"), addr("minai")],
    subject="Re: 【お詫び】アレルゲン表示漏れについて",
    body=f"""野々村様

ご連絡ありがとうございます。小野寺です。
該当ロット（KF-2215 / 26-0409-B）の使用状況を確認しました。

・4/10 昼食で使用、提供数 312食
・乳アレルギー登録のある方には別調理のため提供なし
・本日までに体調不良のお申し出はありません

再発防止策の書面を今週中にいただけますでしょうか。

{sig("onodera", 0)}

> 日の出産業 小野寺様
> 4/9納品のKF-2215につき、原材料表示に「乳」の記載漏れがございました。
> 誠に申し訳ございません。
""")

# 071 — passport numbers of two trainees to the travel agency
add(71, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], ["personal_data"],
    "three people's passport numbers and birth dates (two trainees, one escort) to a travel agency",
    charset="utf-8", sender=sender("iokibe"), to=["houjin@sora-travel.co.jp"],
    subject="一時帰国の航空券手配（3名）",
    body=f"""そら旅行 法人デスク御中

お世話になっております。日の出産業の五百旗頭です。
キッチンの技能実習生2名の一時帰国（成田→ハノイ）と、引率社員1名の手配をお願いします。

1) NGUYEN THI LAN　女　1998/07/14　旅券番号 C7734021　有効期限 2031/03/02
2) TRAN VAN DUC　男　2000/02/03　旅券番号 C6180457　有効期限 2030/11/19
3) 引率：URUSHIHATA KEIGO（漆畑 圭吾）　男　1985/10/30　旅券番号 TZ4418276　有効期限 2029/06/11

往路 8/8（土）、復路 8/22（土）希望です。3名とも同じ便でお願いします。

{sig("iokibe", 0)}
""")

# 072 — unencrypted ZIP with a list of arrears to the law firm
_p = people(72, 6)
add(72, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "ZIP with a CSV of six subscribers in arrears (address, phone) to the partner law firm",
    charset="cp932", sender=sender("umezu"), to=[SHIRAKAWA], cc=[addr("shoji")],
    subject="未収金回収のご相談（一覧添付）",
    body=f"""白川法律事務所
白川先生

日の出産業 経理課の梅津です。
3か月以上未収となっている6件の一覧をお送りします。
督促状の文面と今後の進め方についてご相談させてください。

{sig("umezu", 0)}
""",
    attachments=[{"kind": "zip", "name": "mishuu_202604.zip", "files": [
        {"kind": "csv", "name": "未収一覧.csv",
         "rows": [["顧客番号", "氏名", "住所", "電話", "未収額", "最終入金"]] + [
             [f"H{21040 + i * 3}", p["name"], p["addr"], p["tel"], str(p["amount"] * (3 + i % 3)),
              f"2025/{10 + i % 3}/27"] for i, p in enumerate(_p)]},
        {"kind": "txt", "name": "経緯メモ.txt",
         "text": "督促状を2回送付済み。うち2件はご家族と連絡がつかない。"}]}])

# 073 — one subscriber's arrears to the law firm (single person)
_p = people(73, 1)[0]
add(73, "pass", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "consultation about one subscriber's unpaid fees with name and address: one person",
    charset="iso-2022-jp", sender=sender("umezu"), to=[SHIRAKAWA],
    subject="Re: 未収金の件（1件）",
    body=f"""白川先生

ご回答ありがとうございました。梅津です。
ご指摘のとおり、内容証明の送付先を確認しました。

　{_p['name']}様　{_p['addr']}
　未収額 52,500円（2025年12月〜2026年3月分）

ご本人は施設に入所されており、郵便は上記住所に届くとのことです。
文案をいただければ、当方で発送いたします。

梅津

> 送付先の住所が現住所かどうか、念のためご確認ください。
""")

# 074 — welfare-check outcome to a daughter on gmail
_p = people(74, 1)[0]
add(74, "either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
    "tells the daughter (on gmail) that her mother was taken to hospital: health data, but to the next of kin",
    charset="utf-8", sender=sender("narumi"), to=["mihoko.t.0707@gmail.com"],
    subject="【ひので便】お母様のご様子について",
    body=f"""{_p['fam'].split()[0]}様

ひので便 見守り支援係の鳴海です。お電話がつながらなかったため、メールでも失礼します。

本日11時すぎ、{_p['name']}様のお宅で応答がなく、管理人さんの立会いで入室したところ
台所で座り込んでおられました。意識はありましたが、強いめまいと嘔吐があったため
救急車で東葉中央病院へ搬送されています。
病院からは「熱中症と脱水の疑い、検査のため一晩入院」と伺いました。

お手すきの際に、病院（047-455-1100）または当方までご連絡ください。

鳴海 由紀（047-468-2210）
""")

# 075 — 極秘 in the subject to the law firm
add(75, "stop", [], ["confidential_marking"],
    "subject and body stamped 極秘 (business transfer), sent to the external law firm",
    charset="cp932", sender=sender("shoji"), to=[SHIRAKAWA],
    subject="【極秘】配食事業の譲受に関するご相談",
    body=f"""【極秘】

白川先生

東海林です。標記の件、まだ社内でも役員3名しか知らない話ですので
取扱いにはご配慮ください。
八千代市の同業者（株式会社まごころ弁当）から、事業を譲り受けてほしいとの打診がありました。
利用者約180名と配送車両5台、従業員12名の引継ぎが前提です。
デューデリジェンスの進め方についてご相談させてください。

東海林
""")

# 076 — fuel surcharge with order numbers to the carrier
add(76, "pass", [], [],
    "fuel-surcharge negotiation with contract and invoice numbers to the partner carrier",
    charset="cp932", sender=sender("sakakibara"), to=[AOBA],
    subject="Re: 燃料サーチャージ改定のお願い",
    body=f"""石動様

ご連絡ありがとうございます。榊原です。
ご提示の改定案（契約番号 AU-HS-2019-007、5月請求分から1便あたり＋180円）について、
社内で検討しました（当社側の原価内訳は社外秘のためお示しできず恐縮です）。
5月は＋120円、7月以降は軽油価格の実勢を見て再協議、という形でご了承いただけないでしょうか。

参考までに、4月請求書（No. AU-2604-3318）の便数は1,284便でした。

{sig("sakakibara", 0)}

> 日の出産業 榊原様
> 軽油価格の高騰が続いており、誠に心苦しいのですが……
""")

# 077 — tab-separated emergency contacts for a security company
_p = people(77, 6)
_tsv = "\n".join("\t".join([p["name"], p["addr"], f"{p['fam']}（{p['rel']}）", p["fam_mobile"]]) for p in _p)
add(77, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "tab-separated list of six subscribers with addresses and family mobiles to a security company",
    charset="utf-8", sender=sender("narumi"), to=["keiyaku@anshin-keibi.co.jp"],
    subject="駆けつけサービス 対象者の連絡先",
    body=f"""あんしん警備保障株式会社
契約管理課 御中

日の出産業 見守り支援係の鳴海です。
安否確認時の駆けつけサービス（試行）の対象者6名分の連絡先です。
Excelに貼り付けられるよう、タブ区切りにしています。

利用者名\t住所\t緊急連絡先\t携帯
{_tsv}

試行期間は5月1日〜7月31日です。

{sig("narumi", 0)}
""")

# 078 — internal list of failed direct debits
_p = people(78, 9)
add(78, "pass", ["PERSON_NAME", "JP_BANK_ACCOUNT"], [],
    "list of failed direct debits with account numbers, sent only to internal colleagues",
    charset="iso-2022-jp", sender=sender("umezu"), to=[addr("takahata")], cc=[addr("shoji")],
    subject="4月振替不能者の一覧",
    body=f"""高畑さん

4月27日振替分で、不能になった方の一覧です。
ご家族への連絡と、振込用紙の送付をお願いします。

{table([["氏名", "金融機関", "口座", "金額", "理由"]] + [[p["name"], "みどり銀行 " + p["branch"], "普通 " + p["account"], f"{p['amount']:,}", ["残高不足", "口座解約", "残高不足"][i % 3]] for i, p in enumerate(_p)])}

梅津
""")

# 079 — look-alike of the system vendor (letters swapped)
add(79, "stop", [], ["lookalike_domain"],
    "bug report sent to tsubasa-sytem.jp, a look-alike of partner tsubasa-system.jp",
    charset="utf-8", sender=sender("tsuyuri"), to=["support@tsubasa-sytem.jp"],
    subject="【障害報告】配送ルート印刷でエラー",
    body=f"""ツバサシステム サポートデスク御中

日の出産業 情報システム課の栗花落です。
本日8:40ごろから、配送ルート表の印刷でエラーが出ます。

　画面　：配送 > ルート表 > 印刷プレビュー
　メッセージ：E-2041 テンプレートの読み込みに失敗しました
　バージョン：HaishokuNavi 4.2.1（サーバ）／クライアント 4.2.0
　影響　：全コース、手書きで代替中

至急ご確認をお願いします。

{sig("tsuyuri", 0)}
""")

# 080 — notice to families in Bcc
add(80, "pass", [], ["freemail_recipient"],
    "notice to families on free mail, correctly placed in Bcc (To is the sender)",
    charset="iso-2022-jp", sender=sender("takahata"), to=[addr("takahata")],
    bcc=["yumi.k-family@gmail.com", "mama_kobayashi@yahoo.co.jp", "nao.sato1968@icloud.com",
         "t.oikawa-home@docomo.ne.jp", "hiro33sky@ezweb.ne.jp", "sun245home@outlook.jp"],
    subject="【ひので便】台風接近に伴う配達時間の変更",
    body=f"""ご家族の皆さま（Bccにて一斉にお送りしています）

台風10号の接近に伴い、明日9月2日（水）の配達は
午前9時〜10時30分に繰り上げてお届けします。
暴風警報が発令された場合は、非常食セット（お渡し済み）をご利用いただき、
当日中に担当者からお電話で安否を確認いたします。

{sig("takahata", 1)}
""")

# 081 — comma-separated suspension list with reasons to the subcontractor
_p = people(81, 5)
_reasons = ["入院（肺炎）", "ショートステイ", "入院（大腿骨骨折・手術）", "入院（心不全の悪化）", "家族宅に滞在"]
_csvtxt = "\n".join(f"{p['name']},{['月A', '火B', '水A', '木C', '金B'][i]},4/20〜未定,{_reasons[i]}"
                    for i, p in enumerate(_p))
add(81, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "comma-separated list of five subscribers with hospitalisation reasons to the kitchen subcontractor",
    charset="cp932", sender=sender("aimono"), to=[MINORI],
    subject="休止者のご連絡（4/20〜）",
    body=f"""みのりキッチン 製造部 御中

来週からの休止者です。製造数から除いてください。

氏名,コース,休止期間,理由
{_csvtxt}

再開が決まり次第ご連絡します。
四十物
""")

# 082 — encrypted ZIP of recipes to the partner supplier
add(82, "stop", [], ["unscannable_attachment"],
    "password-protected ZIP (recipes) to the partner supplier: content cannot be inspected",
    charset="utf-8", sender=sender("onodera"), to=[KITAGUNI],
    subject="新メニュー レシピ（パスワード付き）",
    body=f"""野々村様

7月からの新メニュー12品のレシピをお送りします。
ファイルにはパスワードを設定しています。パスワードは別途お知らせします。

{sig("onodera", 0)}
""",
    attachments=[{"kind": "zip", "name": "recipe_2026summer.zip", "password": "Natsu2026!",
                  "files": [{"kind": "docx", "name": "夏メニュー_レシピ.docx",
                             "paragraphs": ["鶏のさっぱり煮", "鶏もも肉 60g、酢 5g、しょうゆ 4g ……"]}]}])

# 083 — apology to a family member on Yahoo mail
add(83, "pass", [], ["freemail_recipient"],
    "apology to a family member on Yahoo mail about a late delivery; no personal data",
    charset="cp932", sender=sender("sakakibara"), to=["kimura.tsuyoshi55@yahoo.co.jp"],
    subject="Re: 配達が遅れた件",
    body=f"""木村様

ひので便 配送管理課の榊原でございます。
このたびは、お父様へのお弁当のお届けが1時間以上遅れ、
大変ご心配とご迷惑をおかけいたしました。心よりお詫び申し上げます。

当日は道路工事による迂回で、コース全体に遅れが出ておりました。
今後は遅れが30分を超える場合、必ず事前にお電話を差し上げるよう
ドライバー全員に徹底いたします。

今後ともよろしくお願い申し上げます。

{sig("sakakibara", 0)}

{DISC_JA}
""")

# 084 — dementia of one subscriber to the carrier
_p = people(84, 1)[0]
add(84, "stop", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
    "tells the carrier a named subscriber has dementia, with address: health data of one person",
    charset="iso-2022-jp", sender=sender("sakakibara"), to=[AOBA],
    subject="配達時の注意（{0}様）".format(_p["sei"]),
    body=f"""石動様

お世話になっております。榊原です。
Aコースの{_p['name']}様（{_p['addr']}）について、ドライバーさんへの申し送りをお願いします。

先月アルツハイマー型認知症と診断され、
お弁当を受け取ったことを忘れて「届いていない」と電話をされることがあります。
お渡しの際は、冷蔵庫に入れるところまで一緒に確認し、
配達記録に受取時刻を必ず記入してください。

{sig("sakakibara", 2)}
""")

# 085 — handover mail with the successor's business contact
add(85, "pass", [], [],
    "handover of the account to a colleague with his business mobile: a business contact, not personal data",
    charset="utf-8", sender=sender("sakakibara"), to=[AOBA], cc=[addr("aimono")],
    subject="担当者変更のご挨拶",
    body=f"""青葉運輸株式会社
石動様

いつも大変お世話になっております。日の出産業の榊原です。
6月1日付の異動に伴い、貴社とのご窓口を下記の者に引き継ぐこととなりました。

　後任：配送管理課 四十物 翔太（あいもの しょうた）
　業務用携帯：080-4471-3320
　メール：aimono.shota@hinode-sangyo.co.jp

これまでのご厚情に深く感謝申し上げます。引き続きよろしくお願いいたします。

{sig("sakakibara", 0)}
""")

# 086 — three parties visible: care office, city and a family member
_p = people(86, 1)[0]
add(86, "stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "care-conference arrangement with a care office, the city and a family member all visible in To/Cc",
    charset="cp932", sender=sender("takahata"),
    to=[CM_HIDAMARI, _p["fam_mail"]], cc=[CITY],
    subject="サービス担当者会議の日程について",
    body=f"""ひだまり 今野様
{_p['fam'].split()[0]}様
東葉市 高齢者福祉課 ご担当者様

ひので便の高畑です。
{_p['sei']}様のサービス担当者会議、下記で確定しましたのでお知らせします。

　日時：5月22日（金）14:00〜14:45
　場所：ご自宅

当日は配送管理課の四十物も同席いたします。

{sig("takahata", 0)}
""")

# 087 — legacy XLS list to the new municipal contact
_p = people(87, 10)
add(87, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "legacy XLS of ten subscribers (和暦 birth dates, addresses, phones) to a town office",
    charset="iso-2022-jp", sender=sender("takahata"), to=["fukushi@town.misatodai.lg.jp"],
    subject="みさと台町 配食利用者の一覧（引継ぎ用）",
    body=f"""みさと台町役場 福祉課
ご担当者様

新しくご担当になられたと伺いました。日の出産業の高畑です。
前任の方にお渡ししていた利用者一覧を改めてお送りします。
古い形式のファイルで恐縮です。

{sig("takahata", 0)}
""",
    attachments=[{"kind": "xls", "name": "misatodai_riyousha.xls",
                  "sheets": {"利用者": [["氏名", "生年月日", "住所", "電話"]] + [
                      [p["name"], wareki(p["y"], p["m"], p["d"], i % 2), p["addr"], p["tel"]]
                      for i, p in enumerate(_p)]}}])

# 088 — internal forward of a referral with diagnosis
_p = people(88, 1)[0]
add(88, "pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], [],
    "forward of a care manager's referral (diagnosis, address) to internal colleagues only",
    charset="utf-8", sender=sender("takahata"), to=[addr("onodera")], cc=[addr("aimono")],
    subject="FW: 新規ご依頼（{0}様）".format(_p["sei"]),
    body=f"""小野寺さん、四十物さん

ここケアの織田さんからの新規依頼です。食種の確認とコース割当てをお願いします。

---------- Forwarded message ---------
From: 織田 <{CM_KOKORO}>
Subject: 新規ご依頼

　{_p['name']}様（{_p['age']}歳・独居）
　{_p['addr']}　{_p['tel']}
　心不全で先月退院、塩分6g・水分1,200ml制限
　2型糖尿病あり（内服のみ）
　月〜金 昼食希望
""")

# 089 — HTML mail stamped 社外秘 with the carriage rate table
add(89, "stop", [], ["confidential_marking"],
    "HTML mail whose first line is a 社外秘 stamp (rate table), sent to the external carrier",
    charset="utf-8", sender=sender("sakakibara"), to=[AOBA_DISPATCH],
    subject="配送委託単価の見直し案",
    body="【社外秘】\n配送委託単価の見直し案をお送りします。\n（表はHTML版をご覧ください）\n\n榊原",
    html=f"""<html><body>
<p style="color:#c00;font-weight:bold;border:2px solid #c00;display:inline-block;padding:2px 8px">社外秘</p>
<p>青葉運輸 配車センター御中</p>
<p>配送委託単価の見直し案をお送りします。</p>
{html_table([["区分", "現行", "見直し案"], ["1便（20件まで）", "4,800円", "5,100円"],
             ["追加1件", "180円", "200円"], ["安否確認対応（1件）", "500円", "800円"]])}
<p>榊原</p></body></html>""")

# 090 — reply to a family member; their details only in the quoted original
_p = people(90, 1)[0]
add(90, "pass", [], ["freemail_recipient"],
    "reply to a family member on free mail; the mother's address and phone are only in the quoted original",
    charset="iso-2022-jp", sender=sender("takahata"), to=[_p["fam_mail"]],
    subject="RE: 母の配食の申込み",
    body=f"""{_p['fam'].split()[0]}様

お申込みいただき、ありがとうございます。
初回訪問は4月23日（木）10時でお伺いします。当日はよろしくお願いいたします。

ひので便 高畑

-----Original Message-----
From: {_p['fam']}
Sent: Tuesday, April 21, 2026 10:14 PM
To: takahata.misaki@{DOM}
Subject: 母の配食の申込み

母の配食をお願いしたいです。
母：{_p['name']}　{_p['y']}年{_p['m']}月{_p['d']}日生
住所：{_p['addr']}
電話：{_p['tel']}
平日の昼食のみでお願いします。
""")

# 091 — damaged PDF invoice to a family member on gmail
add(91, "stop", [], ["unscannable_attachment", "freemail_recipient"],
    "the attached invoice PDF is corrupt (cannot be inspected), sent to a family member on gmail",
    charset="cp932", sender=sender("umezu"), to=["ayaka.morishita88@gmail.com"],
    subject="3月分 ご請求書の再発行",
    body=f"""森下様

日の出産業 経理課の梅津でございます。
ご依頼のありました3月分ご請求書を再発行しましたので、PDFにてお送りします。

{sig("umezu", 0)}
""",
    attachments=[{"kind": "corrupt", "name": "seikyu_202603_saihakko.pdf"}])

# 092 — drivers' health-check results to an external clinic
_p = people(92, 5)
_hc = [["氏名", "年齢", "血圧", "HbA1c", "所見", "判定"]]
for i, p in enumerate(_p):
    _hc.append([f"{p['sei']} {['浩', '武', '純一', '光', '哲也'][i]}", str(44 + i * 5),
                ["148/96", "132/84", "162/101", "128/80", "139/88"][i], ["5.6", "7.4", "6.1", "5.4", "8.0"][i],
                ["高血圧", "糖尿病（治療中）", "高血圧・脂質異常", "心房細動の疑い", "糖尿病 要精密検査"][i],
                ["C", "D", "D", "C", "E"][i]])
add(92, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "five drivers' health-check results (diabetes, hypertension) sent to an external clinic",
    charset="utf-8", sender=sender("iokibe"), to=["sangyoui@sakuragi-clinic.jp"],
    subject="ドライバー健診結果（要就業判定者）",
    body=f"""さくらぎクリニック
産業医 先生

日の出産業 総務人事課の五百旗頭です。
今年度の定期健診で判定C以上となったドライバーの一覧です。
乗務可否についてご意見をいただけますでしょうか。

{table(_hc, gap="　", rule="＝")}

{sig("iokibe", 0)}
""")

# 093 — venue booking with the partner hotel
add(93, "pass", [], [],
    "banquet-room booking for a tasting event with the partner hotel: counts and times only",
    charset="iso-2022-jp", sender=sender("hatsuse"), to=["banquet@sakura-hotel.jp"],
    subject="宴会場ご予約の確認（6/10 試食会）",
    body=f"""さくらホテル 宴会予約係 御中

お世話になっております。日の出産業の初瀬です。
下記のとおり予約内容の確認をお願いいたします。

　予約番号：SK-260610-03
　日時　　：6月10日（水）13:00〜16:00（準備12:00〜）
　会場　　：2階「楓の間」 スクール形式 40名
　備品　　：プロジェクター、マイク2本、電子レンジ2台の持込み

請求書は弊社経理課宛てでお願いします。

{sig("hatsuse", 0)}
""")

# 094 — look-alike of the partner printer (dropped co.)
add(94, "stop", [], ["lookalike_domain"],
    "proof corrections sent to nishiki-insatsu.jp, a look-alike of partner nishiki-insatsu.co.jp",
    charset="cp932", sender=sender("hatsuse"), to=["kira.shinji@nishiki-insatsu.jp"],
    subject="Re: 6月献立チラシ 初校",
    body=f"""雲母様

初校ありがとうございます。初瀬です。修正点は2か所です。
1. 表面「鮎の甘露煮（6/20）」→「鮎の甘露煮（6/19）」
2. 裏面の電話番号のフォントを一回り大きく

再校は5月27日までにいただけると助かります。

初瀬
""")

# 095 — service contract with the city (DOCX) discussing personal-data clauses
add(95, "pass", [], [],
    "contract draft with the city whose clauses discuss personal-data handling; no marking, no data",
    charset="utf-8", sender=sender("iokibe"), to=["keiyaku@city.toyo-chiba.lg.jp"], cc=[addr("shoji")],
    subject="令和8年度 配食サービス委託契約書（案）の確認",
    body=f"""東葉市 契約課 ご担当者様

日の出産業 総務人事課の五百旗頭です。
令和8年度の委託契約書（案）を確認しました。
第12条（個人情報の保護）と別記「個人情報取扱特記事項」について、
再委託先（調理委託先）への適用範囲を明記いただけないでしょうか。
修正案をコメントで入れています。

{sig("iokibe", 0)}
""",
    attachments=[{"kind": "docx", "name": "R8_配食サービス委託契約書_案.docx",
                  "paragraphs": ["高齢者配食サービス事業 委託契約書（案）",
                                 "東葉市（以下「甲」）と日の出産業株式会社（以下「乙」）は、次のとおり契約する。",
                                 "第3条（委託期間）令和8年4月1日から令和9年3月31日まで",
                                 "第12条（個人情報の保護）乙は、業務上知り得た個人情報を別記特記事項に従い取り扱う。",
                                 "【乙コメント】再委託先にも特記事項を適用する旨を明記したい。"],
                  "tables": [[["項目", "単価"], ["配食（1食）", "300円"], ["安否確認対応（1件）", "1,000円"]]]}])

# 096 — texture-modified meal for one named subscriber
_p = people(96, 1)[0]
add(96, "either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named subscriber switched to pureed food with thickener: implies a swallowing problem, debatable",
    charset="iso-2022-jp", sender=sender("onodera"), to=[MINORI],
    subject="食形態変更（1名）",
    body=f"""みのりキッチン 御中

小野寺です。
{_p['name']}様（水Cコース）、来週からきざみ食 → ミキサー食＋とろみ（中間）に変更です。
汁物もとろみ付きでお願いします。

小野寺
""")

# 097 — family e-mail list to a survey company
_p = people(97, 7)
add(97, "stop", ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
    "seven family members' names and private e-mail addresses to an external survey company",
    charset="utf-8", sender=sender("hatsuse"), to=["project-hs@research-plus.co.jp"],
    subject="満足度調査 配信先リスト（第1弾）",
    body=f"""リサーチプラス 調査設計ご担当者様

日の出産業の初瀬です。
ご家族向けWebアンケートの配信先、第1弾の7名分です。
残りは回答状況を見てお送りします。

{chr(10).join(f"・{p['fam']}（{p['rel']}）<{p['fam_mail']}>" for p in _p)}

配信は5月25日（月）10時でお願いします。

{sig("hatsuse", 0)}
""")

# 098 — internal: a driver's licence number for the vehicle register
add(98, "pass", ["PERSON_NAME", "JP_DRIVERS_LICENSE"], [],
    "a driver's licence number in a mail between internal departments only",
    charset="cp932", sender=sender("aimono"), to=[addr("iokibe")],
    subject="新任ドライバーの免許証確認",
    body="""五百旗頭さん

5月から入る寺門さんの免許証を確認しました。車両管理台帳への登録をお願いします。

　氏名：寺門 雄一
　運転免許証番号：第 302104573318 号
　有効期限：令和10年8月14日まで（ブルー）
　条件：眼鏡等

四十物
""")

# 099 — forward of the allergy / therapeutic-diet table to a part-time dietitian on outlook.jp
_p = people(99, 6)
_rows = [["氏名", "コース", "食種", "注意事項"]]
for i, p in enumerate(_p):
    _rows.append([p["name"], ["月A", "月B", "火A", "火C", "水B", "木A"][i],
                  ["糖尿病食", "腎臓病食", "ミキサー食", "普通食", "減塩食", "糖尿病食"][i],
                  ["インスリン使用", "透析（月水金）", "嚥下障害", "そばアレルギー（重度）", "心不全", "腎症あり"][i]])
add(99, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
    "forward of a table of six subscribers' diets and diagnoses to a part-time dietitian's outlook.jp address",
    charset="utf-8", sender=sender("onodera"), to=["hanako.ishizuka@outlook.jp"],
    subject="転送: 明日の治療食・アレルギー対応表",
    body=f"""石塚さん

明日の検品で使う対応表です。朝いちばんで確認をお願いします。

小野寺

-------- 転送メッセージ --------
差出人: 小鳥遊 葵
件名: 明日の治療食・アレルギー対応表

{table(_rows)}
""")

# 100 — year-end thanks to the partner supplier with order numbers
add(100, "pass", [], [],
    "year-end thanks and last order numbers to the partner supplier: ordinary business mail",
    charset="iso-2022-jp", sender=sender("shoji"), to=[KITAGUNI], cc=[addr("minai"), addr("onodera")],
    subject="年末のご挨拶と年始の発注について",
    body=f"""北国フーズ株式会社
営業部 野々村様

本年も大変お世話になりました。日の出産業の東海林でございます。
おかげさまで、ひので便の配食数は年間26万食を超えることができました。

年末年始の発注は以下のとおりです。
　・年内最終：発注書 No.HS-2612-301（12/28納品）
　・おせち風特別膳：発注書 No.HS-2612-305（12/30納品）
　・年始初回：発注書 No.HS-2701-001（1/4納品）

来年も変わらぬお引き立てのほど、よろしくお願い申し上げます。

{sig("shoji", 0)}
""")
