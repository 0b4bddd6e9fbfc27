"""Blind corpus, area ``realestate``: written from BRIEF.md alone (and SPEC.md for detector
and entity names), without reading mailguard's code or the other corpus files.  It covers
the mail of 日の出産業's real-estate division: rental management (入居者対応, 退去立会い,
鍵交換, 滞納督促), brokerage (入居申込, 審査, 重要事項説明, 売買のデューデリジェンス),
condominium management for 管理組合 (理事会, 総会, 区分所有者名簿, 大規模修繕), and the
people this work writes to — 家賃保証会社, リフォーム・設備・鍵・清掃業者, 損保代理店, 税理士・
司法書士・弁護士, 前/新管理会社, 銀行, オーナー (often on free mail) and tenants — with the
lists of tenants and owners it carries in every layout, the ID documents and My Numbers
of owners and applicants, tenants' 要配慮個人情報, open To/Cc to owners or contractors,
look-alike domains, stamped documents and unreadable attachments, and the many harmless
look-alikes: vacancy lists, price lists, statistics, business directories, replies with
quoted lists and internal-only mail.
"""

from __future__ import annotations

import random

from build import card_number, my_number

# -- small helpers ----------------------------------------------------------------------------

_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s: str, dash: str = "－") -> str:
    """Full-width digits; ``dash`` replaces '-' (use '−' in ISO-2022-JP mail)."""
    return s.translate(_FW).replace("-", dash)


def wlen(s: str) -> int:
    return sum(2 if ord(c) > 0xFF and not 0xFF61 <= ord(c) <= 0xFF9F else 1 for c in s)


def pad(s: str, width: int, fill: str = " ") -> str:
    gap = width - wlen(s)
    if gap <= 0:
        return s
    if fill == "　":
        return s + "　" * (gap // 2) + " " * (gap % 2)
    return s + " " * gap


def corp_number(seed: int) -> str:
    """A 13-digit 法人番号 whose leading check digit is valid."""
    rng = random.Random(f"corp-{seed}")
    base = [rng.randrange(10) for _ in range(12)]
    base[0] = rng.randrange(1, 10)
    total = sum(d * (1 if n % 2 else 2) for n, d in enumerate(reversed(base), start=1))
    return str(9 - total % 9) + "".join(map(str, base))


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, short, ey = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, short, ey = "平成", "H", y - 1988
    else:
        era, short, ey = "昭和", "S", y - 1925
    if style == "short":
        return f"{short}{ey}.{m}.{d}"
    if style == "zshort":
        return zen(f"{short}{ey}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ").replace(".", "．")
    if style == "zen":
        return zen(f"{era}{ey}年{m}月{d}日")
    return f"{era}{ey}年{m}月{d}日"


SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
    ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("三浦", "ミウラ", "Miura"), ("藤原", "フジワラ", "Fujiwara"), ("松田", "マツダ", "Matsuda"),
    ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"),
    ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"),
    ("石田", "イシダ", "Ishida"), ("森田", "モリタ", "Morita"), ("柴田", "シバタ", "Shibata"),
    ("工藤", "クドウ", "Kudo"), ("宮本", "ミヤモト", "Miyamoto"), ("安藤", "アンドウ", "Ando"),
    ("谷口", "タニグチ", "Taniguchi"), ("丸山", "マルヤマ", "Maruyama"), ("今井", "イマイ", "Imai"),
    ("河野", "コウノ", "Kono"), ("武田", "タケダ", "Takeda"), ("杉山", "スギヤマ", "Sugiyama"),
    ("千葉", "チバ", "Chiba"), ("野口", "ノグチ", "Noguchi"), ("菊地", "キクチ", "Kikuchi"),
    ("大西", "オオニシ", "Onishi"), ("新井", "アライ", "Arai"), ("東海林", "ショウジ", "Shoji"),
    ("五十嵐", "イガラシ", "Igarashi"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("百目鬼", "ドウメキ", "Domeki"), ("薬袋", "ミナイ", "Minai"), ("比嘉", "ヒガ", "Higa"),
    ("仲宗根", "ナカソネ", "Nakasone"), ("御手洗", "ミタライ", "Mitarai"), ("鬼頭", "キトウ", "Kito"),
    ("四十物", "アイモノ", "Aimono"), ("小鳥遊", "タカナシ", "Takanashi"), ("冨永", "トミナガ", "Tominaga"),
    ("眞鍋", "マナベ", "Manabe"), ("渕上", "フチガミ", "Fuchigami"), ("鷲尾", "ワシオ", "Washio"),
    ("嵯峨", "サガ", "Saga"), ("栗栖", "クリス", "Kurisu"), ("保科", "ホシナ", "Hoshina"),
]
MEI = [
    ("健太", "ケンタ", "Kenta"), ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"),
    ("直人", "ナオト", "Naoto"), ("誠", "マコト", "Makoto"), ("隆", "タカシ", "Takashi"),
    ("浩之", "ヒロユキ", "Hiroyuki"), ("和也", "カズヤ", "Kazuya"), ("拓海", "タクミ", "Takumi"),
    ("悠斗", "ユウト", "Yuto"), ("蓮", "レン", "Ren"), ("健一", "ケンイチ", "Kenichi"),
    ("正樹", "マサキ", "Masaki"), ("修", "オサム", "Osamu"), ("茂", "シゲル", "Shigeru"),
    ("勝利", "カツトシ", "Katsutoshi"), ("陽介", "ヨウスケ", "Yosuke"), ("康弘", "ヤスヒロ", "Yasuhiro"),
    ("亮太", "リョウタ", "Ryota"), ("光男", "ミツオ", "Mitsuo"), ("美咲", "ミサキ", "Misaki"),
    ("陽菜", "ヒナ", "Hina"), ("愛", "アイ", "Ai"), ("由美子", "ユミコ", "Yumiko"),
    ("恵子", "ケイコ", "Keiko"), ("真由美", "マユミ", "Mayumi"), ("智子", "トモコ", "Tomoko"),
    ("裕子", "ユウコ", "Yuko"), ("彩", "アヤ", "Aya"), ("千尋", "チヒロ", "Chihiro"),
    ("麻衣", "マイ", "Mai"), ("沙織", "サオリ", "Saori"), ("優花", "ユウカ", "Yuka"),
    ("結衣", "ユイ", "Yui"), ("早紀", "サキ", "Saki"), ("幸子", "サチコ", "Sachiko"),
    ("和子", "カズコ", "Kazuko"), ("久美子", "クミコ", "Kumiko"), ("奈々", "ナナ", "Nana"),
    ("菜摘", "ナツミ", "Natsumi"), ("理恵", "リエ", "Rie"), ("綾乃", "アヤノ", "Ayano"),
    ("葵", "アオイ", "Aoi"), ("凛", "リン", "Rin"), ("遥", "ハルカ", "Haruka"),
    ("文子", "フミコ", "Fumiko"), ("節子", "セツコ", "Setsuko"), ("清", "キヨシ", "Kiyoshi"),
    ("昭夫", "アキオ", "Akio"), ("忠", "タダシ", "Tadashi"), ("伸也", "シンヤ", "Shinya"),
    ("圭", "ケイ", "Kei"), ("瑞穂", "ミズホ", "Mizuho"), ("航", "ワタル", "Wataru"),
]
TOWNS = [
    ("154-0015", "東京都世田谷区桜新町"), ("167-0051", "東京都杉並区荻窪"),
    ("176-0012", "東京都練馬区豊玉北"), ("336-0017", "埼玉県さいたま市南区南浦和"),
    ("273-0005", "千葉県船橋市本町"), ("214-0014", "神奈川県川崎市多摩区登戸"),
    ("231-0023", "神奈川県横浜市中区山下町"), ("183-0022", "東京都府中市宮西町"),
    ("330-0854", "埼玉県さいたま市大宮区桜木町"), ("260-0013", "千葉県千葉市中央区中央"),
    ("192-0083", "東京都八王子市旭町"), ("252-0231", "神奈川県相模原市中央区相模原"),
    ("171-0021", "東京都豊島区西池袋"), ("135-0016", "東京都江東区東陽"),
    ("420-0857", "静岡県静岡市葵区御幸町"), ("980-0811", "宮城県仙台市青葉区一番町"),
    ("460-0008", "愛知県名古屋市中区栄"), ("530-0001", "大阪府大阪市北区梅田"),
    ("812-0011", "福岡県福岡市博多区博多駅前"), ("370-0841", "群馬県高崎市栄町"),
    ("359-1111", "埼玉県所沢市緑町"), ("277-0005", "千葉県柏市柏"),
    ("243-0018", "神奈川県厚木市中町"), ("190-0012", "東京都立川市曙町"),
]
_APTS = ["コーポ緑が丘", "メゾン青葉", "ハイツ白樺", "パレス若宮", "サンハイム", "グリーンコート",
         "ヴィラ朝日", "ルミエール", "エクセル参番館", "シャトー北斗"]
FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp",
        "softbank.ne.jp", "hotmail.co.jp", "au.com", "nifty.com"]


_FEMALE = set("美咲 陽菜 愛 由美子 恵子 真由美 智子 裕子 彩 千尋 麻衣 沙織 優花 結衣 早紀 幸子 和子 久美子 "
               "奈々 菜摘 理恵 綾乃 葵 凛 遥 文子 節子 瑞穂".split())


def _landline(rng: random.Random) -> str:
    area = rng.choice(["3", "45", "48", "47", "44", "42"])
    if area == "3":
        return f"03-{rng.randrange(3000, 6999)}-{rng.randrange(1000, 10000)}"
    return f"0{area}-{rng.randrange(200, 1000)}-{rng.randrange(1000, 10000)}"


def kin(x: dict, k: dict, rel: str) -> str:
    """The name of x's relative k: blood relatives keep x's surname."""
    if rel in ("父", "母", "兄", "弟", "姉", "妹", "長男", "次男", "夫", "妻"):
        return f"{x['sei']} {k['mei']}"
    return k["name"]


def people(seed: int, n: int) -> list[dict]:
    """n invented people (name, kana, romaji, phones, e-mail, birth date, home address)."""
    rng = random.Random(f"realestate-{seed}")
    out = []
    for s in rng.sample(SEI, n):
        m = rng.choice(MEI)
        y, mo, d = rng.randrange(1941, 2004), rng.randrange(1, 13), rng.randrange(1, 29)
        zipc, town = rng.choice(TOWNS)
        street = f"{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
        if rng.random() < 0.45:
            street += f" {rng.choice(_APTS)}{rng.randrange(1, 4)}0{rng.randrange(1, 8)}"
        user = rng.choice([
            f"{m[2].lower()}.{s[2].lower()}{rng.randrange(10, 99)}",
            f"{s[2].lower()}{m[2][0].lower()}{rng.randrange(100, 999)}",
            f"{m[2].lower()}_{rng.randrange(1970, 2005)}",
            f"{s[2][:3].lower()}{m[2][:3].lower()}{rng.randrange(1, 99)}",
        ])
        out.append({
            "sei": s[0], "mei": m[0], "name": f"{s[0]} {m[0]}", "name_nosp": s[0] + m[0],
            "kana": f"{s[1]} {m[1]}", "romaji": f"{m[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {m[2]}",
            "mobile": f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}",
            "tel": _landline(rng),
            "female": m[0] in _FEMALE,
            "email": f"{user}@{rng.choice(FREE)}",
            "dob": (y, mo, d), "dob_iso": f"{y}-{mo:02d}-{d:02d}", "dob_slash": f"{y}/{mo}/{d}",
            "zip": zipc, "addr": f"{town}{street}",
            "age": 2025 - y,
        })
    return out


def rooms(seed: int, n: int, floors: int = 5, per: int = 6) -> list[str]:
    rng = random.Random(f"rooms-{seed}")
    allr = [f"{f}{r:02d}" for f in range(1, floors + 1) for r in range(1, per + 1)]
    return sorted(rng.sample(allr, n))


# -- our buildings and staff --------------------------------------------------------------------

SAKURA = "グランフォレスト桜丘"          # 賃貸 (東京都世田谷区桜丘2丁目14番7号)
HIYOSHI = "サンライズ日吉"               # 賃貸 (横浜市港北区日吉本町4-8-21)
KAWAGUCHI = "メゾン・ド・ひので川口"     # 賃貸 (川口市栄町1-3-9)
OJIMA = "ヒノデパレス西大島"             # 賃貸 (江東区大島5-40-3)
SUGINAMI = "パークヒルズ杉並"            # 分譲・管理組合 (杉並区成田東3-22-10)
WAKABA = "コーポ若葉"                    # 賃貸 (船橋市東中山2-5-16)

SIG_MORISHITA = """──────────────────────
日の出産業株式会社 不動産事業部 賃貸管理課
森下 直樹（もりした なおき）
〒105-0014 東京都港区芝3丁目21番8号 日の出芝ビル7階
TEL 03-5442-7810 / FAX 03-5442-7801
morishita@hinode-sangyo.co.jp
──────────────────────"""

SIG_IGUCHI = """--
日の出産業株式会社
不動産事業部 賃貸管理課　井口 沙織
TEL：03-5442-7812　FAX：03-5442-7801
Mail：s.iguchi@hinode-sangyo.co.jp"""

SIG_OKOCHI = """━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　マンション管理部
フロント担当　大河内 亮
〒105-0014 東京都港区芝3-21-8
TEL 03-5442-7830（直通）　携帯 080-4417-2093
r-okochi@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_HIRAMATSU = """****************************************
日の出産業株式会社 日吉営業所（賃貸仲介）
平松 美咲
〒223-0061 神奈川県横浜市港北区日吉2-3-15 日吉駅前ビル1F
TEL 045-561-2280 FAX 045-561-2281
宅地建物取引士 神奈川 第048213号
****************************************"""

SIG_SASAMOTO = """-- 
日の出産業株式会社 不動産事業部 業務経理課
笹本 浩二
TEL 03-5442-7840 / sasamoto@hinode-sangyo.co.jp"""

SIG_HATANO = """========================================
日の出産業株式会社 不動産事業部 工事管理課
羽田野 勇（はたの いさむ）
TEL 03-5442-7850 携帯 090-6612-3304
hatano@hinode-sangyo.co.jp
========================================"""

SIG_SENGOKU = """――――――――――――――――――――
日の出産業株式会社 不動産事業部 売買仲介課
課長代理　仙石 由香
〒105-0014 東京都港区芝3丁目21番8号
TEL：03-5442-7860　Mail：sengoku@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_ARIMA = """Kenji Arima
International Property Services, Real Estate Division
Hinode Sangyo Co., Ltd.
3-21-8 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel +81-3-5442-7870 | k.arima@hinode-sangyo.co.jp"""

SIG_TSUCHIYA = """―
日の出産業株式会社 不動産事業部 契約管理課
土屋 千尋
TEL 03-5442-7815（平日9:00〜17:30）
tsuchiya@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者にご連絡のうえ、本メールを破棄してください。無断での複製・転送はご遠慮ください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES: list[dict] = []


def msg(f):
    MESSAGES.append(f())
    return f


# =============================================================================================
# STOP — lists of people
# =============================================================================================


@msg
def _001():
    p = people(1, 8)
    rs = ["101", "103", "203", "205", "302", "305", "401", "404"]
    slots = ["9:00-12:00", "終日在宅", "13:00以降", "午前のみ", "10:00-15:00", "不在(鍵預かり)",
             "14:00-17:00", "11:00以降"]
    lines = [f"{pad('号室', 6)}{pad('氏名', 16)}{pad('電話', 16)}在宅可能時間帯",
             f"{'-' * 4}  {'-' * 14}  {'-' * 14}  {'-' * 18}"]
    for r, x, s in zip(rs, p, slots):
        lines.append(f"{pad(r, 6)}{pad(x['name'], 16)}{pad(x['mobile'], 16)}{s}")
    table = "\n".join(lines)
    return {
        "id": "realestate-001", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["株式会社ハヤテ防災 中嶋様 <nakajima@hayate-bosai.co.jp>"],
        "subject": "【グランフォレスト桜丘】消防設備点検 在宅確認結果のご連絡",
        "body": f"""株式会社ハヤテ防災
点検課　中嶋様

いつもお世話になっております。日の出産業 賃貸管理課の森下です。

11月18日（火）実施予定のグランフォレスト桜丘 消防設備点検について、
各戸への在宅確認がまとまりましたのでお送りします。
室内点検（感知器・避難はしご）が必要な住戸のみ抜粋しています。
当日不在の住戸は、入居者様の携帯へ直接ご連絡いただいて構いません。

{table}

鍵預かり（不在時入室承諾済み）は305号室のみです。
鍵は当日朝9:00に1階管理員室でお渡しします。

何卒よろしくお願いいたします。

{SIG_MORISHITA}
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "8 tenants' names and mobiles in a space-padded table to an external inspection contractor",
    }


@msg
def _002():
    p = people(2, 7)
    rng = random.Random(2)
    rows = [["契約番号", "契約者名", "フリガナ", "物件名", "号室", "携帯電話", "勤務先", "滞納開始月",
             "滞納額(円)"]]
    bld = [SAKURA, HIYOSHI, KAWAGUCHI, OJIMA, WAKABA]
    jobs = ["(株)ミナト物流", "自営業", "医療法人清和会", "アルバイト(飲食)", "有限会社サクマ工業",
            "派遣(テクノスタッフ)", "無職"]
    for i, x in enumerate(p):
        rows.append([f"HS-{24100 + rng.randrange(900)}", x["name"], x["kana"], rng.choice(bld),
                     f"{rng.randrange(1, 5)}0{rng.randrange(1, 7)}", x["mobile"], jobs[i],
                     f"2025/{rng.randrange(5, 10)}", f"{rng.randrange(2, 6) * 68000}"])
    return {
        "id": "realestate-002", "expect": "stop", "charset": "cp932",
        "sender": "井口 沙織 <s.iguchi@hinode-sangyo.co.jp>",
        "to": ["安心家賃保証 代位弁済センター <daii-bensai@anshin-yachin.co.jp>"],
        "subject": "代位弁済請求（10月分）対象者リストの送付",
        "body": f"""安心家賃保証株式会社
代位弁済センター ご担当者様

お世話になっております。日の出産業の井口でございます。

10月度の代位弁済請求につきまして、対象7件のリストを添付いたします。
いずれも督促状送付後も入金確認ができていない契約です。
勤務先は申込時点の情報ですので、変更がある可能性がございます。

お手数ですが、受付完了のご連絡をいただけますと幸いです。

{SIG_IGUCHI}
""",
        "attachments": [{"kind": "csv", "name": "代位弁済請求_202510.csv", "encoding": "cp932",
                         "rows": rows}],
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV (CP932) of 7 delinquent tenants with mobiles and employers to a rent-guarantee company",
    }


@msg
def _003():
    p = people(3, 12)
    rs = rooms(3, 12, floors=6, per=8)
    rows = [["パークヒルズ杉並管理組合　区分所有者名簿（2025年4月1日現在）"], [],
            ["号室", "区分所有者", "フリガナ", "居住区分", "連絡先電話", "連絡先住所（外部居住の場合）",
             "メール"]]
    for i, (r, x) in enumerate(zip(rs, p)):
        outside = i % 3 == 1
        rows.append([r, x["name"], x["kana"], "賃貸中" if outside else "居住",
                     x["mobile"] if i % 2 else x["tel"],
                     f"〒{x['zip']} {x['addr']}" if outside else "", x["email"]])
    hist = [["変更日", "号室", "内容"], ["2024/11/05", rs[4], "所有権移転（売買）"],
            ["2025/02/18", rs[9], "連絡先電話変更"], ["2025/03/30", rs[1], "賃貸に転用"]]
    return {
        "id": "realestate-003", "expect": "stop", "charset": "utf-8",
        "sender": "大河内 亮 <r-okochi@hinode-sangyo.co.jp>",
        "to": ["冨永 様 <tominaga.k1962@gmail.com>"],
        "subject": "区分所有者名簿の件（理事長引継ぎ）",
        "body": f"""冨永様

いつも大変お世話になっております。
日の出産業 マンション管理部の大河内です。

先日の理事会でご依頼いただきました区分所有者名簿を、Excelにてお送りいたします。
前理事長の渕上様からの引継ぎ資料の一部としてご利用ください。

なお、名簿は管理規約第64条に基づき管理組合で保管するものですので、
理事会以外への開示はお控えいただけますようお願いいたします。

ご不明な点がございましたらお気軽にご連絡ください。

{SIG_OKOCHI}
""",
        "attachments": [{"kind": "xlsx", "name": "区分所有者名簿_2025.xlsx",
                         "sheets": {"名簿": rows, "変更履歴": hist}}],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "EMAIL_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "XLSX owners' roster (12 owners, phones, addresses, e-mails) to the new board chair's Gmail",
    }


@msg
def _004():
    p = people(4, 6)
    rng = random.Random(4)
    dates = ["10/25(土) 10:00", "10/26(日) 13:00", "10/28(火) 11:00", "10/31(金) 15:00",
             "11/1(土) 10:30", "11/2(日) 14:00"]
    blds = [WAKABA, WAKABA, KAWAGUCHI, OJIMA, OJIMA, HIYOSHI]
    lines = ["立会日時\t物件\t号室\t契約者\t携帯\t転居先"]
    for d, b, x in zip(dates, blds, p):
        lines.append(f"{d}\t{b}\t{rng.randrange(1, 4)}0{rng.randrange(1, 6)}\t{x['name']}\t"
                     f"{x['mobile']}\t〒{x['zip']} {x['addr']}")
    return {
        "id": "realestate-004", "expect": "stop", "charset": "cp932",
        "sender": "羽田野 勇 <hatano@hinode-sangyo.co.jp>",
        "to": ["小林リフォーム 小林社長 <kobayashi@kobayashi-reform.jp>"],
        "subject": "10月末〜11月頭 退去立会いの予定（6件）",
        "body": f"""小林社長

お疲れ様です。日の出の羽田野です。
今月末から来月頭の退去立会い、確定分を流します。
Excelから貼り付けたので見づらかったらすみません。

{chr(10).join(lines)}

敷金精算の書類を転居先に郵送するので、転居先住所も入れてあります。
原状回復の見積は立会い後3営業日以内でお願いします。
若葉の2件はクロス全面張替えになりそうです。

{SIG_HATANO}
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of 6 move-outs with mobiles and forwarding addresses to a renovation contractor",
    }


@msg
def _005():
    p = people(5, 5)
    notes = ["平日18時以降希望", "土日のみ在宅", "在宅勤務のため日中可", "午前中不可", "管理会社立会い希望"]
    rs = ["102", "201", "204", "303", "402"]
    items = "\n".join(f"・{r}号室　{x['sei']}様　{zen(x['mobile'], '−')}（{n}）"
                      for r, x, n in zip(rs, p, notes))
    return {
        "id": "realestate-005", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["東京キーサービス 受付 <uketsuke@tokyo-key-service.jp>"],
        "subject": "ヒノデパレス西大島 シリンダー交換のお願い",
        "body": f"""東京キーサービス 御中

お世話になっております。日の出産業の森下です。

ヒノデパレス西大島にて、下記5戸の玄関シリンダー交換をお願いしたく、ご連絡いたしました。
（オーナー様より、退去・入替に合わせて一斉交換の指示がありました）
日程は各入居者様と直接調整いただけますでしょうか。

{items}

交換後の鍵は各3本、うち1本は当社預かりでお願いいたします。
見積書は「日の出産業（株）不動産事業部」宛でお願いします。

{SIG_MORISHITA}
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "bulleted list of 5 tenants with full-width mobile numbers to a locksmith",
    }


@msg
def _006():
    p = people(6, 6)
    addr = {SAKURA: "東京都世田谷区桜丘2-14-7", HIYOSHI: "神奈川県横浜市港北区日吉本町4-8-21",
            KAWAGUCHI: "埼玉県川口市栄町1-3-9"}
    blds = [SAKURA, SAKURA, HIYOSHI, HIYOSHI, KAWAGUCHI, SAKURA]
    rs = ["206", "402", "101", "305", "203", "507"]
    blocks = []
    for i, (x, b, r) in enumerate(zip(p, blds, rs), start=1):
        y, m, d = x["dob"]
        blocks.append(f"""【{i}】
　契約者　　：{x['name']}（{x['kana']}）
　生年月日　：{y}年{m}月{d}日
　入居物件　：{addr[b]} {b} {r}号室
　入居日　　：2025年11月{i + 3}日
　携帯　　　：{x['mobile']}
　メール　　：{x['email']}""")
    return {
        "id": "realestate-006", "expect": "stop", "charset": "utf-8",
        "sender": "土屋 千尋 <tsuchiya@hinode-sangyo.co.jp>",
        "to": ["ときわ損保代理店 加入受付 <kanyu@tokiwa-agency.co.jp>"],
        "subject": "11月入居分 家財保険（借家人賠償付）加入手続きのお願い",
        "body": f"""ときわ損保代理店
加入受付ご担当者様

いつもお世話になっております。日の出産業 契約管理課の土屋です。

11月入居予定の下記6名について、家財保険（借家人賠償責任特約付・2年）の
加入手続きをお願いいたします。保険料は入居者様から当社で預かり済みです。
証券は各入居者様宛に直接郵送いただければ結構です。

{chr(10).join(blocks)}

以上6件です。ご確認のほどよろしくお願いいたします。

{SIG_TSUCHIYA}
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one block per new tenant (6) with birth dates, addresses, mobiles, e-mails to an insurance agency",
    }


@msg
def _007():
    p = people(7, 9)
    cars = ["トヨタ プリウス", "ホンダ N-BOX", "日産 セレナ", "スズキ ハスラー", "マツダ CX-5",
            "トヨタ アクア", "スバル フォレスター", "ダイハツ タント", "BMW 320i"]
    plates = ["品川 330 な 41-08", "世田谷 580 あ 12-77", "練馬 300 さ 90-13", "品川 500 ふ 3-26",
              "多摩 331 ほ 77-41", "世田谷 501 ら 8-02", "品川 340 け 60-60", "練馬 583 ゆ 25-19",
              "品川 301 め 11-38"]
    trs = "\n".join(
        f"<tr><td>{i + 1:02d}</td><td>{x['name']}</td><td>{c}</td><td>{pl}</td><td>{x['mobile']}</td></tr>"
        for i, (x, c, pl) in enumerate(zip(p, cars, plates)))
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>パークワン管理株式会社<br>運営部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の井口です。</p>
<p>グランフォレスト桜丘 敷地内駐車場の管理移管に伴い、現契約者の一覧をお送りします。<br>
12月1日以降の賃料収納・車室の問い合わせ窓口は御社にてご対応をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde7f3"><th>区画</th><th>契約者</th><th>車種</th><th>登録番号</th><th>携帯電話</th></tr>
{trs}
</table>
<p>区画10〜12は現在空きです。来客用区画（13）は引き続き当社で管理します。</p>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 不動産事業部 賃貸管理課<br>井口 沙織<br>TEL 03-5442-7812</p>
</body></html>"""
    return {
        "id": "realestate-007", "expect": "stop", "charset": "utf-8",
        "sender": "井口 沙織 <s.iguchi@hinode-sangyo.co.jp>",
        "to": ["unei@parkone-kanri.co.jp"],
        "subject": "桜丘 駐車場契約者一覧（管理移管分）",
        "html": html,
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of 9 parking tenants with mobiles to the parking operator",
    }


@msg
def _008():
    p = people(8, 7)
    roles = ["理事長", "副理事長", "会計理事", "理事（修繕担当）", "理事（防災担当）", "理事", "監事"]
    rs = rooms(8, 7, floors=6, per=8)
    rows = [["役職", "氏名", "号室", "電話", "メールアドレス"]]
    rows += [[ro, x["name"], r, x["mobile"], x["email"]] for ro, x, r in zip(roles, p, rs)]
    return {
        "id": "realestate-008", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "大河内 亮 <r-okochi@hinode-sangyo.co.jp>",
        "to": ["田辺マンション管理士事務所 田辺先生 <tanabe@tanabe-mankan.jp>"],
        "subject": "パークヒルズ杉並 第25期役員名簿の送付",
        "body": f"""田辺先生

いつもお世話になっております。日の出産業の大河内です。

先日の通常総会で第25期の役員が選任されましたので、役員名簿をお送りします。
顧問契約に基づく理事会へのご出席にあたり、各理事への直接のご連絡は
こちらの連絡先をご利用ください。

次回理事会は12月6日（土）10時から集会室で予定しております。

{SIG_OKOCHI}
""",
        "attachments": [{"kind": "docx", "name": "第25期役員名簿.docx",
                         "paragraphs": ["パークヒルズ杉並管理組合", "第25期 役員名簿（任期：2025年6月〜2026年5月）", ""],
                         "tables": [rows]}],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX table of 7 board members with phones and e-mails to an external condo consultant",
    }


@msg
def _009():
    p = people(9, 8)
    rng = random.Random(9)
    branches = ["芝支店", "荻窪支店", "阿佐ヶ谷支店", "新宿西口支店", "高円寺支店", "本店営業部",
                "吉祥寺支店", "中野支店"]
    rs = rooms(9, 8, floors=6, per=8)
    table = [["号室", "預金者名（カナ）", "取引店", "種目", "口座番号", "引落額"]]
    for r, x, b in zip(rs, p, branches):
        table.append([r, x["kana"], b, "普通", f"{rng.randrange(1000000, 9999999)}",
                      f"{rng.choice([24800, 27600, 31200])}円"])
    return {
        "id": "realestate-009", "expect": "stop", "charset": "cp932",
        "sender": "笹本 浩二 <sasamoto@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 収納代行課 <shuno@midori-ginko.co.jp>"],
        "subject": "管理費等口座振替 新規登録分（12月引落開始）",
        "body": f"""みどり銀行
収納代行課 ご担当者様

平素より大変お世話になっております。
日の出産業 業務経理課の笹本です。

パークヒルズ杉並管理組合の管理費・修繕積立金の口座振替につきまして、
12月27日引落分から新規登録となる8件の一覧（PDF）をお送りします。
原本の口座振替依頼書は本日付で郵送しております。

登録完了後、結果データをいつもの方法でご返送いただけますと幸いです。

{SIG_SASAMOTO}
""",
        "attachments": [{"kind": "pdf", "name": "口座振替新規登録一覧_202512.pdf",
                         "title": "口座振替新規登録一覧",
                         "lines": ["パークヒルズ杉並管理組合 口座振替 新規登録一覧", "委託者コード 0048812  引落日 2025年12月27日", ""],
                         "table": table}],
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "PDF table of 8 owners' bank accounts for direct debit, sent to a partner bank (still external)",
    }


@msg
def _010():
    p = people(10, 6)
    rng = random.Random(10)
    banks = [("みどり銀行", "芝支店"), ("三つ葉信用金庫", "船橋支店"), ("ゆうちょ銀行", "〇一八店"),
             ("城南信託銀行", "渋谷支店"), ("みどり銀行", "川口支店"), ("あさひ銀行", "横浜駅前支店")]
    csv_rows = [["オーナーID", "氏名", "住所", "電話", "銀行", "支店", "種別", "口座番号", "口座名義"]]
    for i, (x, (bk, br)) in enumerate(zip(p, banks)):
        csv_rows.append([f"OW{1030 + i}", x["name"], f"{x['zip']} {x['addr']}", x["tel"], bk, br, "普通",
                         f"{rng.randrange(1000000, 9999999)}", x["kana"].replace(" ", "")])
    pay = [["2025年10月分 送金明細"], [], ["オーナーID", "物件", "賃料収入", "管理手数料", "送金額"]]
    for i in range(6):
        inc = rng.randrange(30, 120) * 10000
        pay.append([f"OW{1030 + i}", rng.choice([WAKABA, KAWAGUCHI, OJIMA]), inc, int(inc * 0.05),
                    inc - int(inc * 0.05)])
    return {
        "id": "realestate-010", "expect": "stop", "charset": "utf-8",
        "sender": "笹本 浩二 <sasamoto@hinode-sangyo.co.jp>",
        "to": ["金田会計事務所 石井様 <ishii@kaneda-kaikei.jp>"],
        "subject": "Re: 個人オーナー様 送金先データのご提供について",
        "body": f"""石井様

お世話になっております。日の出産業の笹本です。
ご依頼のありました個人オーナー様6名分の送金先データと10月分の送金明細を
ZIPにまとめてお送りします。

・owner_bank.csv（UTF-8）
・送金明細_202510.xlsx

確定申告のご準備にお役立ていただければ幸いです。

{SIG_SASAMOTO}
""",
        "attachments": [{"kind": "zip", "name": "owners_202510.zip", "files": [
            {"kind": "csv", "name": "owner_bank.csv", "encoding": "utf-8", "rows": csv_rows},
            {"kind": "xlsx", "name": "送金明細_202510.xlsx", "sheets": {"10月": pay}}]}],
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "plain ZIP with a UTF-8 CSV of 6 owners' addresses, phones and bank accounts to an accounting office",
    }


@msg
def _011():
    p = people(11, 6)
    rs = ["101", "102", "201", "202", "301", "302"]
    lines = ["部屋  入居者        電話番号"]
    for r, x in zip(rs, p):
        lines.append(f"{r}   {pad(x['name'], 14)}{x['tel'] if r.endswith('1') else x['mobile']}")
    fwd = {
        "charset": "iso-2022-jp",
        "sender": "ひまわり管理 引継担当 <hikitsugi@himawari-kanri.co.jp>",
        "to": ["森下 直樹 <morishita@hinode-sangyo.co.jp>"],
        "subject": "コーポ若葉 入居者連絡先（引継ぎ資料）",
        "body": f"""日の出産業 森下様

お世話になっております。ひまわり管理の引継担当です。
コーポ若葉の入居者連絡先を下記のとおりお送りします。

{chr(10).join(lines)}

以上、よろしくお願いいたします。
ひまわり管理株式会社 船橋営業所
""",
    }
    return {
        "id": "realestate-011", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["みなと設備 工事部 <koji@minato-setsubi.co.jp>"],
        "subject": "FW: コーポ若葉 入居者連絡先（引継ぎ資料）",
        "body": f"""みなと設備 工事部 御中

お世話になっております。日の出産業の森下です。
コーポ若葉の給湯器一斉交換の件、各戸のアポイントをお願いしたく、
前管理会社から受領した入居者連絡先をそのまま転送します（添付のメール参照）。

工期は12月第2週〜第3週を想定しています。
日程が決まりましたら一覧でご報告ください。

{SIG_MORISHITA}
""",
        "attachments": [{"kind": "eml", "name": "コーポ若葉 入居者連絡先.eml", "message": fwd}],
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forwarded mail (attached .eml) with 6 tenants' phones, sent on to a plumbing contractor",
    }


@msg
def _012():
    p = people(12, 5)
    rs = ["203", "310", "408", "512", "605"]
    members = "\n".join(f"  {r}　{x['name']}　{x['mobile']}　{x['email']}" for r, x in zip(rs, p))
    return {
        "id": "realestate-012", "expect": "stop", "charset": "cp932",
        "sender": "大河内 亮 <r-okochi@hinode-sangyo.co.jp>",
        "to": ["緑の庭造園 現場担当 <genba@midorinoniwa-zoen.co.jp>"],
        "subject": "転送：植栽委員会メンバーについて",
        "body": f"""緑の庭造園 ご担当者様

お世話になっております。日の出産業の大河内です。
植栽剪定の立会いについて、理事長から委員会メンバーの連絡先を預かりましたので
転送いたします。剪定範囲の確認は委員の方と直接調整いただいて問題ありません。

----- Forwarded Message -----
差出人: 冨永 和也 <tominaga.k1962@gmail.com>
宛先: r-okochi@hinode-sangyo.co.jp
件名: 植栽委員会メンバーについて

大河内さん

植栽委員会のメンバーは以下の5名です。業者さんとのやり取りは
委員長の{p[0]['sei']}さんを窓口にしてください。

{members}

よろしくお願いします。
冨永
-----------------------------

{SIG_OKOCHI}
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "inline forward of the chair's mail listing 5 committee members' mobiles and e-mails to a landscaper",
    }


@msg
def _013():
    p = people(13, 7)
    units = ["2F-201", "2F-203", "3F-301", "3F-305", "4F-402", "5F-501", "5F-506"]
    ends = ["2026-03-31", "2026-08-15", "2027-01-31", "2026-05-31", "2025-12-31", "2027-04-30",
            "2026-10-14"]
    head = f"{'Unit':<8}{'Tenant':<22}{'E-mail':<34}{'Mobile':<16}Lease end"
    body_rows = "\n".join(f"{u:<8}{x['ROMAJI']:<22}{x['email']:<34}{x['mobile']:<16}{e}"
                          for u, x, e in zip(units, p, ends))
    return {
        "id": "realestate-013", "expect": "stop", "charset": "utf-8",
        "sender": "Kenji Arima <k.arima@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@harbourline-pm.com>"],
        "subject": "Sunrise Hiyoshi - tenant contact list for handover",
        "body": f"""Hi Priya,

As discussed on Tuesday's call, here is the tenant contact list for Sunrise Hiyoshi
so that your team can introduce itself before the management handover on 1 December.
Rents and deposits are in the rent roll I sent last week; this list only has contacts.

{head}
{'-' * 96}
{body_rows}

Unit 5F-506 prefers contact in English. The others are fine with Japanese.

Best regards,

{SIG_ARIMA}
{DISCLAIMER_EN}
""",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "English mail with a padded table of 7 tenants' e-mails and mobiles to an overseas property manager",
    }


@msg
def _014():
    p = people(14, 10)
    rng = random.Random(14)
    rows = [["契約者", "物件", "号室", "契約満了日", "現賃料", "携帯", "メール"]]
    for x in p:
        b = rng.choice([HIYOSHI, SAKURA])
        rows.append([x["name"], b, f"{rng.randrange(1, 6)}0{rng.randrange(1, 7)}",
                     f"2026/{rng.randrange(1, 4)}/{rng.choice([14, 28, 31])}",
                     rng.choice([78000, 82000, 91000, 104000]), x["mobile"], x["email"]])
    return {
        "id": "realestate-014", "expect": "stop", "charset": "cp932",
        "sender": "平松 美咲 <hiramatsu.misaki@hinode-sangyo.co.jp>",
        "to": ["駅前不動産 更新センター <koushin@ekimae-fudosan.co.jp>"],
        "subject": "2026年1〜3月満了分 更新案内業務のご依頼",
        "body": f"""駅前不動産株式会社
更新センター ご担当者様

いつもお世話になっております。日の出産業 日吉営業所の平松です。

業務委託契約に基づき、2026年1月〜3月に契約満了を迎える10件の
更新案内業務をお願いいたします。対象者一覧を添付いたします（xls形式）。
更新料は新賃料の1ヶ月分、更新事務手数料は11,000円（税込）です。

案内文の雛形は前回と同じものをご使用ください。

{SIG_HIRAMATSU}
""",
        "attachments": [{"kind": "xls", "name": "更新対象者一覧_2026Q1.xls", "sheets": {"対象者": rows}}],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of 10 tenants due for renewal with mobiles and e-mails to an outsourced broker",
    }


@msg
def _015():
    p = people(15, 14)
    rng = random.Random(15)
    rows = [["郵便番号", "住所1", "住所2", "氏名", "敬称"]]
    for x in p:
        rows.append([x["zip"], x["addr"].split(" ")[0], x["addr"].split(" ")[1] if " " in x["addr"] else "",
                     x["name"], "様"])
    rng.shuffle(rows[1:])
    return {
        "id": "realestate-015", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "井口 沙織 <s.iguchi@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 長尾様 <nagao@nishiki-insatsu.co.jp>"],
        "subject": "オーナー様向け「管理レポート秋号」発送宛名データ",
        "body": f"""錦印刷株式会社
営業部　長尾様

お世話になっております。日の出産業の井口です。

先日校了しました「管理レポート秋号」の発送用宛名データをお送りします。
個人オーナー様14名分です（法人オーナー様分は別途当社から手渡しします）。
封入・宛名印字・発送まで御社にてお願いいたします。

発送予定日：11月20日（木）

{SIG_IGUCHI}
""",
        "attachments": [{"kind": "csv", "name": "atena_owner_autumn.csv", "encoding": "utf-8-sig",
                         "rows": rows}],
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV mailing list of 14 individual owners' home addresses to a (partner) print shop",
    }


@msg
def _016():
    p = people(16, 5)
    rng = random.Random(16)
    rel = ["長男", "長女", "次男", "姪", "長女"]
    for x in p:
        x["dob"] = (rng.randrange(1936, 1952), rng.randrange(1, 13), rng.randrange(1, 29))
    kins = people(160, 5)
    sep = "　"
    lines = [f"号室{sep}{pad('氏名', 14, '　')}{pad('生年月日', 24, '　')}{pad('電話', 26, '　')}緊急連絡先"]
    lines.append("－" * 46)
    for r, x, k, rl in zip(["１０２", "１０５", "２０１", "２０６", "３０３"], p, kins, rel):
        kn = kin(x, k, rl).split()[0]
        lines.append(f"{r}{sep}{pad(x['name'], 14, '　')}{pad(wareki(*x['dob'], style='zen'), 24, '　')}"
                     f"{pad(zen(x['tel']), 26, '　')}{kn}様（{rl}）{zen(k['mobile'])}")
    return {
        "id": "realestate-016", "expect": "stop", "charset": "cp932",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["見守りリンク サービス登録係 <touroku@mimamori-link.jp>"],
        "subject": "ヒノデパレス西大島 見守りサービス登録申込（５名）",
        "body": f"""株式会社見守りリンク
サービス登録係 御中

お世話になっております。日の出産業 賃貸管理課の森下でございます。

オーナー様のご負担で、ヒノデパレス西大島の65歳以上の単身入居者様向けに
見守りサービス（電話による安否確認・月２回）を導入することになりました。
ご本人の同意を得た５名分の登録情報を下記にお送りします。

{chr(10).join(lines)}

開始日は12月1日希望です。登録完了後、ご本人宛にご案内をお送りください。

{SIG_MORISHITA}
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "full-width padded table of 5 elderly tenants with 和暦 birth dates, phones and kin contacts",
    }


@msg
def _017():
    p = people(17, 6)
    rng = random.Random(17)
    rs = rooms(17, 6, floors=6, per=8)
    lines = ["（単位：円、2025年9月末現在）"]
    for r, x in zip(rs, p):
        lines.append(f"{r}　{x['name']}　滞納{rng.randrange(180, 960) * 1000:,}　"
                     f"{rng.randrange(6, 30)}ヶ月　TEL {x['mobile']}")
    return {
        "id": "realestate-017", "expect": "stop", "charset": "utf-8",
        "sender": "大河内 亮 <r-okochi@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 今村先生 <imamura@shirakawa-law.jp>"],
        "subject": "パークヒルズ杉並 管理費長期滞納者への法的措置のご相談",
        "body": f"""白川法律事務所
今村先生

いつもお世話になっております。日の出産業 マンション管理部の大河内です。

理事会で、管理費等の長期滞納者6名について支払督促・少額訴訟を含む
法的措置の検討を始めることになりました。臨時総会で使用予定の説明資料
（PowerPoint）をお送りしますので、内容をご確認いただけますでしょうか。

特に4ページ目の滞納者一覧の記載方法（総会資料に実名を出してよいか）について
ご意見を伺えれば幸いです。

{SIG_OKOCHI}
""",
        "attachments": [{"kind": "pptx", "name": "臨時総会説明資料_滞納対策.pptx", "slides": [
            ["管理費等滞納の現状と対策", "パークヒルズ杉並管理組合 理事会", "2025年11月"],
            ["滞納総額の推移", "2023年3月末 1,240千円", "2024年3月末 2,870千円", "2025年9月末 4,415千円"],
            ["これまでの督促", "文書督促（管理会社）", "理事長名での催告書", "内容証明郵便"],
            ["長期滞納者一覧"] + lines,
            ["今後の方針（案）", "支払督促の申立て", "少額訴訟", "区分所有法59条競売請求の検討"]]}],
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PPTX deck with a slide listing 6 delinquent owners (amounts, phones) to the partner law firm",
    }


@msg
def _018():
    p = people(18, 8)
    rs = rooms(18, 8, floors=4, per=6)
    days = ["12/3 午前", "12/3 午後", "12/4 午前", "12/4 午後", "12/5 午前", "12/6 午前", "12/6 午後",
            "12/7 午前"]
    lines = ["| 号室 | 氏名 | 電話 | メール | 工事希望日 |", "|------|------|------|--------|------------|"]
    for r, x, d in zip(rs, p, days):
        lines.append(f"| {r} | {x['name']} | {x['mobile']} | {x['email']} | {d} |")
    return {
        "id": "realestate-018", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "井口 沙織 <s.iguchi@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 回線工事受付 <kaisen-koji@tsubasa-system.jp>"],
        "subject": "メゾン・ド・ひので川口 インターネット無料化 宅内工事 申込者一覧",
        "body": f"""ツバサシステム株式会社
回線工事受付 ご担当者様

お世話になっております。日の出産業の井口です。
川口の全戸インターネット無料化に伴う宅内工事について、申込書が回収できた
8戸分をお送りします。工事日程のご連絡は入居者様へ直接お願いします。

{chr(10).join(lines)}

残りの住戸は回収でき次第お送りします。

{SIG_IGUCHI}
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "pipe-separated table of 8 tenants with mobiles and e-mails to the partner ISP",
    }


@msg
def _019():
    def sheet(seed, bname, n, guarantor):
        p = people(seed, n)
        kin = people(seed + 500, n)
        rs = rooms(seed, n, floors=4, per=6)
        rows = [[f"{bname} 入居者台帳（2025年10月31日時点）"],
                ["号室", "契約者", "生年月日", "電話", "緊急連絡先氏名", "緊急連絡先電話", "保証会社"]]
        for r, x, k in zip(rs, p, kin):
            rows.append([r, x["name"], x["dob_slash"], x["mobile"], k["name"], k["mobile"], guarantor])
        return rows
    return {
        "id": "realestate-019", "expect": "stop", "charset": "utf-8",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["あおぞらコミュニティ 引継ぎ窓口 <takeover@aozora-community.co.jp>"],
        "cc": ["森下 直樹 <morishita@hinode-sangyo.co.jp>"],
        "subject": "【管理替え】3物件 入居者台帳のお渡し",
        "body": f"""株式会社あおぞらコミュニティ
引継ぎ窓口 ご担当者様

お世話になっております。日の出産業の森下です。

オーナー様のご意向により、12月1日付で下記3物件の管理を御社へ移管いたします。
入居者台帳（緊急連絡先・保証会社を含む）をExcelでお渡しします。
シートは物件ごとに分かれています。

　・サンライズ日吉（4戸）
　・コーポ若葉（5戸）
　・メゾン・ド・ひので川口（3戸）

敷金の預り明細、鍵台帳は別途書面にてお渡しします。

{SIG_MORISHITA}
""",
        "attachments": [{"kind": "xlsx", "name": "入居者台帳_3物件.xlsx", "sheets": {
            "日吉": sheet(191, HIYOSHI, 4, "安心家賃保証"),
            "若葉": sheet(192, WAKABA, 5, "全国保証"),
            "川口": sheet(193, KAWAGUCHI, 3, "なし（連帯保証人）")}}],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "multi-sheet XLSX tenant ledger (12 tenants, DOB, phones, emergency contacts) to the new managing company",
    }


@msg
def _020():
    p = people(20, 6)
    rs = rooms(20, 6, floors=5, per=6)
    lines = ["号室,氏名,メールアドレス,携帯番号"]
    lines += [f"{r},{x['name']},{x['email']},{x['mobile']}" for r, x in zip(rs, p)]
    return {
        "id": "realestate-020", "expect": "stop", "charset": "cp932",
        "sender": "井口 沙織 <s.iguchi@hinode-sangyo.co.jp>",
        "to": ["スマートボックスジャパン サポート <support@smartbox-japan.com>"],
        "subject": "Re: 宅配ボックス 通知メール登録の件",
        "body": f"""スマートボックスジャパン サポートご担当者様

ご回答ありがとうございます。日の出産業の井口です。
着荷通知メールの登録をご依頼したい入居者様の情報は下記のとおりです。
（CSVでとのことでしたので、本文に貼り付けております）

{chr(10).join(lines)}

登録が完了しましたら、テスト通知の送信をお願いできますでしょうか。

{SIG_IGUCHI}
""",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "comma-separated rows of 6 tenants' e-mails and mobiles pasted into the body to a delivery-box vendor",
    }


@msg
def _021():
    p = people(21, 5)
    g = people(210, 5)
    blds = [(WAKABA, "203"), (KAWAGUCHI, "105"), (OJIMA, "402"), (WAKABA, "101"), (SAKURA, "306")]
    works = ["株式会社トーヨーテック（退職済みの可能性あり）", "不明（自営）", "ファミリーマート東大島店",
             "日本リネンサプライ株式会社", "フリーランス（Webデザイン）"]
    rels = ["兄", "叔父", "知人", "父", "兄"]
    blocks = []
    for i, (x, k, (b, r), w, rl) in enumerate(zip(p, g, blds, works, rels), start=1):
        if rl in ("父", "兄") and k["female"]:
            rl = {"父": "母", "兄": "姉"}[rl]
        if rl == "叔父" and k["female"]:
            rl = "叔母"
        blocks.append(f"""■対象者{i}
　氏名：{x['name']}（{x['kana']}）
　生年月日：{wareki(*x['dob'])}
　物件：{b} {r}号室
　勤務先：{w}
　携帯：{zen(x['mobile'], '−')}（不通）
　連帯保証人：{kin(x, k, rl)}（{rl}）　〒{k['zip']} {k['addr']}　TEL {k['tel']}""")
    return {
        "id": "realestate-021", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "井口 沙織 <s.iguchi@hinode-sangyo.co.jp>",
        "to": ["きずなリサーチ 調査部 <chosa@kizuna-research.co.jp>"],
        "subject": "所在調査のご依頼（5件）",
        "body": f"""株式会社きずなリサーチ
調査部 ご担当者様

お世話になっております。日の出産業 賃貸管理課の井口です。

家賃の長期滞納が続き、かつ電話・訪問とも応答のない入居者5名について、
所在調査をお願いしたくご連絡いたしました。お見積りと所要日数をご教示ください。

{chr(10).join(blocks)}

いずれも郵便物が溜まっており、室内の生活実態も確認できておりません。

{SIG_IGUCHI}
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "5 per-person blocks (DOB, mobile, guarantor's address and phone) to a skip-tracing firm",
    }


@msg
def _022():
    p = people(22, 8)
    lines = "\n".join(f"{x['name']} <{x['email']}>" for x in p)
    return {
        "id": "realestate-022", "expect": "stop", "charset": "utf-8",
        "sender": "大河内 亮 <r-okochi@hinode-sangyo.co.jp>",
        "to": ["グループメールサービス 法人窓口 <biz@groupmail-service.jp>"],
        "subject": "メーリングリスト新規作成のお願い（パークヒルズ杉並 理事会）",
        "body": f"""グループメールサービス 法人窓口 御中

日の出産業株式会社の大河内と申します。
当社が管理受託しているマンション管理組合の理事会用に、メーリングリストを
1件作成いただきたくお願いいたします。契約は当社名義でお願いします。

ML名（希望）：parkhills-suginami-riji
管理者：r-okochi@hinode-sangyo.co.jp
登録メンバー（8名）：
{lines}

料金プランはスタンダード（月額550円）でお願いします。

{SIG_OKOCHI}
""",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "8 board members' names and private e-mail addresses sent to a mailing-list provider",
    }


@msg
def _023():
    p = people(23, 10)
    g = people(230, 10)
    rng = random.Random(23)
    rows = [["号室", "賃借人", "契約開始", "月額賃料", "共益費", "敷金", "連帯保証人", "保証人電話"]]
    for i, (x, k) in enumerate(zip(p, g)):
        rows.append([f"{i // 3 + 1}0{i % 3 + 1}", x["name"], f"20{rng.randrange(15, 25)}/{rng.randrange(1, 13)}/1",
                     f"{rng.choice([64000, 66000, 69000, 72000]):,}", "3,000",
                     f"{rng.choice([64000, 132000, 0]):,}", k["name"] if i % 4 else "保証会社",
                     k["tel"] if i % 4 else "-"])
    return {
        "id": "realestate-023", "expect": "stop", "charset": "cp932",
        "sender": "仙石 由香 <sengoku@hinode-sangyo.co.jp>",
        "to": ["ロイヤルエステート 投資営業部 <toushi@royal-estate.co.jp>"],
        "subject": "コーポ若葉 売却案件 賃貸借契約一覧のご送付",
        "body": f"""ロイヤルエステート株式会社
投資営業部　加賀美様

いつもお世話になっております。日の出産業 売買仲介課の仙石です。

コーポ若葉（船橋市東中山）の売却案件につきまして、買主様のデューデリジェンス用に
賃貸借契約一覧（Word）をお送りいたします。契約書の写しは現地確認時にご覧いただけます。

ご質問等は私宛にお願いいたします。

{SIG_SENGOKU}
""",
        "attachments": [{"kind": "docx", "name": "コーポ若葉_賃貸借契約一覧.docx",
                         "paragraphs": ["コーポ若葉　賃貸借契約一覧", "2025年10月末日現在（全10戸・満室）"],
                         "tables": [rows]}],
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX rent roll naming 10 tenants and their guarantors' phones, sent to the buyer's broker",
    }


@msg
def _024():
    p = people(24, 12)
    rs = rooms(24, 12, floors=6, per=8)
    notes = ["", "犬あり", "", "日中不在", "", "高齢の方・ゆっくり説明", "", "猫あり", "", "", "夜勤", ""]
    table = [["号室", "氏名", "電話", "在宅時間", "備考"]]
    table += [[r, x["name"], x["mobile"] if i % 2 else x["tel"], ["平日昼", "夜間", "土日"][i % 3], n]
              for i, (r, x, n) in enumerate(zip(rs, p, notes))]
    return {
        "id": "realestate-024", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "羽田野 勇 <hatano@hinode-sangyo.co.jp>",
        "to": ["丸高建設 現場代理人 佐竹様 <satake@marutaka-kensetsu.co.jp>"],
        "subject": "大規模修繕 バルコニー工事 在宅確認表（西面）",
        "body": f"""丸高建設株式会社
現場代理人　佐竹様

お世話になっております。日の出産業 工事管理課の羽田野です。

パークヒルズ杉並 西面バルコニー工事の事前説明用に、在宅確認表をPDFでお送りします。
管理組合の了承のうえ、連絡先を共有しております。工事以外の用途には使用しないでください。

{SIG_HATANO}
""",
        "attachments": [{"kind": "pdf", "name": "在宅確認表_西面.pdf",
                         "lines": ["パークヒルズ杉並 大規模修繕工事 在宅確認表（西面）", ""], "table": table}],
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of 12 residents' phones and home hours to a construction contractor",
    }


@msg
def _025():
    p = people(25, 5)
    rs = [(OJIMA, "201"), (OJIMA, "307"), (KAWAGUCHI, "104"), (WAKABA, "202"), (SAKURA, "401")]
    works = ["(株)東栄運輸", "ケアサポートひまわり", "自営（内装）", "(株)セントラル警備", "ハローカフェ錦糸町"]
    new = "\n\n".join(f"{i}. {b} {r}号室\n   契約者：{x['name']}\n   連絡先：{x['mobile']} / 自宅 {x['tel']}\n"
                      f"   勤務先：{w}"
                      for i, ((b, r), x, w) in enumerate(zip(rs, p, works), start=1))
    return {
        "id": "realestate-025", "expect": "stop", "charset": "utf-8",
        "sender": "井口 沙織 <s.iguchi@hinode-sangyo.co.jp>",
        "to": ["全国保証 債権管理部 野々村様 <nonomura@zenkoku-hosho.co.jp>"],
        "subject": "Re: 督促対象者の連絡先ご教示のお願い",
        "body": f"""野々村様

お世話になっております。日の出産業の井口です。
ご依頼の5名分、当社で把握している連絡先をお知らせします。

{new}

4番の方は先月から電話がつながらない状態です。

{SIG_IGUCHI}

-----Original Message-----
From: 野々村 <nonomura@zenkoku-hosho.co.jp>
Sent: Monday, October 20, 2025 4:12 PM
To: s.iguchi@hinode-sangyo.co.jp
Subject: 督促対象者の連絡先ご教示のお願い

日の出産業 井口様

いつもお世話になっております。全国保証の野々村です。
先日代位弁済を実行した5件について、督促のため最新の連絡先と勤務先を
ご教示いただけますでしょうか。

よろしくお願いいたします。
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reply whose new text (above the quote) lists 5 tenants' phones and employers for a guarantor",
    }


@msg
def _026():
    p = people(26, 5)
    rng = random.Random(26)
    depts = ["営業本部 第二営業部", "技術開発センター", "物流管理部", "経営企画室", "品質保証部"]
    rows = [["No.", "氏名", "フリガナ", "生年月日", "所属", "携帯電話", "入居希望日"]]
    for i, (x, d) in enumerate(zip(p, depts), start=1):
        dob = f"{rng.choice([2002, 2003, 2003, 2001, 1999])}/{rng.randrange(1, 13)}/{rng.randrange(1, 29)}"
        rows.append([i, x["name"], x["kana"], dob, d, x["mobile"], f"2026/4/{rng.randrange(1, 10)}"])
    return {
        "id": "realestate-026", "expect": "stop", "charset": "cp932",
        "sender": "平松 美咲 <hiramatsu.misaki@hinode-sangyo.co.jp>",
        "to": ["加納興産 賃貸部 <chintai@kanou-kosan.co.jp>"],
        "subject": "【社宅借上げ】川崎電機様 新入社員入居申込書類の送付",
        "body": f"""加納興産株式会社
賃貸部 ご担当者様

いつもお世話になっております。日の出産業 日吉営業所の平松です。

川崎電機株式会社様の法人借上げ社宅として、御社所有「ルミエール日吉」へ
来春入社予定の5名の入居申込がありましたので、書類一式をZIPでお送りします。

　・入居予定者一覧.docx
　・法人申込書.pdf

審査結果は3営業日程度でご連絡いただけますと助かります。

{SIG_HIRAMATSU}
""",
        "attachments": [{"kind": "zip", "name": "川崎電機様_社宅申込_2026春.zip", "files": [
            {"kind": "docx", "name": "入居予定者一覧.docx", "paragraphs": ["入居予定者一覧（川崎電機株式会社）"],
             "tables": [rows]},
            {"kind": "pdf", "name": "法人申込書.pdf", "lines": [
                "法人賃貸借申込書", "申込法人：川崎電機株式会社", "所在地：神奈川県川崎市幸区堀川町72-4",
                "担当部署：人事部 厚生課", "物件：ルミエール日吉 5戸", "契約形態：法人契約（社宅）"]}]}],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ZIP with a DOCX list of 5 corporate-housing applicants (DOB, mobiles) to the landlord company",
    }


# =============================================================================================
# STOP — My Number, cards, identity documents
# =============================================================================================


@msg
def _027():
    p = people(27, 4)
    rng = random.Random(27)
    rows = [["令和7年分 不動産の使用料等の支払調書 作成用データ"], ["支払者：日の出産業株式会社（サブリース賃料）"], [],
            ["No", "支払を受ける者 氏名", "住所", "個人番号", "物件", "年間支払金額"]]
    for i, x in enumerate(p, start=1):
        rows.append([i, x["name"], f"{x['zip']} {x['addr']}", my_number(2700 + i),
                     rng.choice([WAKABA, KAWAGUCHI, OJIMA, "ひので第二ハイツ"]),
                     rng.randrange(300, 1400) * 10000])
    return {
        "id": "realestate-027", "expect": "stop", "charset": "utf-8",
        "sender": "笹本 浩二 <sasamoto@hinode-sangyo.co.jp>",
        "to": ["やまぶき税理士法人 法定調書チーム <houtei@yamabuki-tax.jp>"],
        "subject": "支払調書（不動産の使用料等）作成データの送付",
        "body": f"""やまぶき税理士法人
法定調書チーム ご担当者様

いつもお世話になっております。日の出産業 業務経理課の笹本です。

サブリース物件の個人オーナー様4名分について、不動産の使用料等の支払調書
作成用のデータをお送りします。個人番号はオーナー様から番号確認書類と併せて
提出いただいたものを転記しております。

提出期限（1月31日）に間に合うよう、1月中旬までにドラフトをいただけますと幸いです。

{SIG_SASAMOTO}
""",
        "attachments": [{"kind": "xlsx", "name": "支払調書データ_R7.xlsx", "sheets": {"オーナー": rows}}],
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX with 4 landlords' My Numbers and addresses for statutory reports, to an outside tax firm",
    }


@msg
def _028():
    x = people(28, 1)[0]
    mn = my_number(2801)
    spaced = f"{mn[:4]} {mn[4:8]} {mn[8:]}"
    return {
        "id": "realestate-028", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "笹本 浩二 <sasamoto@hinode-sangyo.co.jp>",
        "to": ["坂口税理士事務所 坂口先生 <sakaguchi@sakaguchi-zeirishi.jp>"],
        "subject": "Re: 地代の支払調書の件（底地オーナー様）",
        "body": f"""坂口先生

お世話になっております。日の出産業の笹本です。
ご質問いただいていた底地オーナー様の件、ご本人から個人番号の提供を受けましたので
お知らせいたします。

　氏名　　：{x['name']}（{x['kana']}）
　住所　　：{x['addr']}
　個人番号：{zen(spaced, '−')}
　年間地代：1,860,000円

番号確認は通知カードの写し、本人確認は運転免許証で行っております。
写しは当社で保管しておりますので、必要でしたらお申し付けください。

{SIG_SASAMOTO}
""",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one landlord's My Number (full-width, spaced) in the body to an external tax accountant",
    }


@msg
def _029():
    x = people(29, 1)[0]
    cn = card_number(29)
    grouped = "-".join(cn[i:i + 4] for i in range(0, 16, 4))
    return {
        "id": "realestate-029", "expect": "stop", "charset": "cp932",
        "sender": "土屋 千尋 <tsuchiya@hinode-sangyo.co.jp>",
        "to": ["ペイネクスト 加盟店サポート <merchant@paynext.co.jp>"],
        "subject": "家賃クレジット決済 登録依頼（紙申込分）",
        "body": f"""株式会社ペイネクスト
加盟店サポート ご担当者様

お世話になっております。日の出産業 契約管理課の土屋です。
加盟店ID：HS-00412

ご高齢の入居者様で、Web登録が難しいとのことで紙の申込書を受領しました。
お手数ですが、下記の内容で家賃の継続課金登録をお願いできますでしょうか。

　契約者名：{x['name']} 様（{SAKURA} 203号室）
　カード番号：{grouped}
　有効期限：08/28
　名義（ローマ字）：{x['ROMAJI'].upper()}
　課金額：月額 98,000円（毎月27日）

申込書原本は当社で保管しております。

{SIG_TSUCHIYA}
""",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a tenant's credit card number and expiry typed into the body for a payment processor",
    }


@msg
def _030():
    return {
        "id": "realestate-030", "expect": "stop", "charset": "utf-8",
        "sender": "平松 美咲 <hiramatsu.misaki@hinode-sangyo.co.jp>",
        "to": ["グローバル保証 外国籍審査チーム <gaikoku@global-hosho.jp>"],
        "subject": "入居審査のお願い（外国籍の方・サンライズ日吉302）",
        "body": f"""グローバル保証株式会社
外国籍審査チーム ご担当者様

いつもお世話になっております。日の出産業 日吉営業所の平松です。
下記の方の保証審査をお願いいたします。申込書はWebから登録済みです（受付番号 G-2025-11842）。

　氏名：NGUYEN THI THU HA（グエン ティ トゥ ハ）
　生年月日：1998年3月14日
　在留資格：技術・人文知識・国際業務（在留期限 2027年5月20日）
　在留カード番号：UH48120375KA
　旅券番号：C7365120
　勤務先：ツバサシステム株式会社 横浜開発センター
　携帯：080-2291-6604

在留カード・パスポートの画像はWeb申込に添付されております。
日本語での会話は問題ありません。

{SIG_HIRAMATSU}
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a foreign applicant's residence card and passport numbers to a rent-guarantee company",
    }


@msg
def _031():
    x = people(31, 1)[0]
    return {
        "id": "realestate-031", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "土屋 千尋 <tsuchiya@hinode-sangyo.co.jp>",
        "to": ["安心家賃保証 審査部 <shinsa@anshin-yachin.co.jp>"],
        "subject": "保証委託申込書の送付（グランフォレスト桜丘 502）",
        "body": f"""安心家賃保証株式会社
審査部 ご担当者様

お世話になっております。日の出産業の土屋です。
グランフォレスト桜丘502号室の入居申込につき、保証委託申込書をPDFでお送りします。
お急ぎのところ恐縮ですが、本日中に審査結果をいただけますと幸いです。

{SIG_TSUCHIYA}
""",
        "attachments": [{"kind": "pdf", "name": "保証委託申込書_502.pdf", "title": "保証委託申込書", "lines": [
            "保証委託申込書（個人）",
            "物件名：グランフォレスト桜丘 502号室　月額賃料：112,000円　管理費：8,000円",
            f"申込者氏名：{x['name']}（{x['kana']}）",
            f"生年月日：{wareki(*x['dob'])}",
            f"現住所：〒{x['zip']} {x['addr']}",
            f"携帯電話：{x['mobile']}",
            "勤務先：青葉運輸株式会社 本社 経理部　勤続6年　年収520万円",
            "本人確認書類：運転免許証",
            f"運転免許証番号：第 30{random.Random(31).randrange(10**9, 10**10)} 号",
            "緊急連絡先：別紙のとおり",
        ]}],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "PDF guarantee application with one applicant's driver's licence number, DOB and address",
    }


@msg
def _032():
    x = people(32, 1)[0]
    y, m, d = x["dob"]
    return {
        "id": "realestate-032", "expect": "stop", "charset": "cp932",
        "sender": "平松 美咲 <hiramatsu.misaki@hinode-sangyo.co.jp>",
        "to": ["あおぞらコミュニティ 契約課 <keiyaku@aozora-community.co.jp>"],
        "subject": "転送: 本人確認書類について（入居申込 ルミエール日吉203）",
        "body": f"""あおぞらコミュニティ 契約課 御中

お世話になっております。日の出産業 日吉営業所の平松です。
御社管理物件「ルミエール日吉203」の申込者様から、本人確認書類の内容がメールで届きました。
運転免許証をお持ちでないとのことで、健康保険証での確認となります。
そのまま転送いたしますのでご確認ください。

-------- 転送メッセージ --------
差出人: {x['name']} <{x['email']}>
日付: 2025年11月4日 21:37
宛先: hiramatsu.misaki@hinode-sangyo.co.jp
件名: 本人確認書類について

日の出産業 平松様

お世話になります。{x['sei']}です。
写真がうまく撮れなかったので、保険証の内容を書いてお送りします。

氏名：{x['name']}
生年月日：{y}年{m}月{d}日
保険者番号：06137841
記号：1205　番号：394　枝番：01
住所：{x['addr']}
電話：{x['mobile']}

よろしくお願いいたします。
--------------------------------

{SIG_HIRAMATSU}
""",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward of an applicant's mail with health-insurance card symbol/number to another managing company",
    }


@msg
def _033():
    x = people(33, 1)[0]
    x["dob"] = (1949, 9, 2)
    return {
        "id": "realestate-033", "expect": "stop", "charset": "utf-8",
        "sender": "土屋 千尋 <tsuchiya@hinode-sangyo.co.jp>",
        "to": ["シルバー保証 審査課 柏木様 <kashiwagi@silver-hosho.co.jp>"],
        "subject": "Re: 年金受給者の審査書類について",
        "body": f"""柏木様

ご連絡ありがとうございます。日の出産業の土屋です。
年金収入の確認書類について、申込者ご本人が年金証書をお持ちでしたので、
記載内容を転記してお送りします（写しは来店時にお預かりしました）。

　氏名：{x['name']}　様
　生年月日：{wareki(1949, 9, 2)}
　基礎年金番号：4216-583097
　年金の種類：老齢基礎年金・老齢厚生年金
　年額：2,184,000円

入居希望物件：ヒノデパレス西大島 102号室（1階・エレベーター不要とのご希望）

ほかに必要なものがあればお知らせください。

{SIG_TSUCHIYA}

> 日の出産業 土屋様
> 年金受給者の方の場合、年金額の分かる書類（年金証書または年金額改定通知書）を
> ご提出いただいております。ご準備をお願いいたします。
> シルバー保証 柏木
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an elderly applicant's basic pension number and DOB in the new text of a reply to a guarantor",
    }


# =============================================================================================
# STOP — 要配慮個人情報
# =============================================================================================


@msg
def _034():
    x = people(34, 1)[0]
    son = people(340, 1)[0]
    return {
        "id": "realestate-034", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["大島地域包括支援センター 相談員 <soudan@ojima-houkatsu.or.jp>"],
        "subject": "ご相談：単身高齢入居者の見守りについて",
        "body": f"""大島地域包括支援センター
ご相談員様

突然のご連絡失礼いたします。ヒノデパレス西大島（江東区大島5-40-3）を管理しております
日の出産業株式会社の森下と申します。

当物件403号室にお住まいの{x['name']}様（{x['age'] % 10 + 78}歳・単身）について、ご相談させてください。
先月より、夜間に共用廊下を歩き回る、他の住戸のインターホンを押すといった行動が見られ、
ご長男の{son['mei']}様（{son['mobile']}）に連絡したところ、今年8月にアルツハイマー型認知症と
診断され、通院中とのことでした。ご長男は大阪在住で頻繁には来られないそうです。

介護サービスの利用状況などは当社では把握しておりません。
一度ご訪問いただくことは可能でしょうか。

{SIG_MORISHITA}
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a named tenant's dementia diagnosis (medical) sent to an outside care centre",
    }


@msg
def _035():
    x = people(35, 1)[0]
    return {
        "id": "realestate-035", "expect": "stop", "charset": "cp932",
        "sender": "井口 沙織 <s.iguchi@hinode-sangyo.co.jp>",
        "to": ["全国保証 契約管理部 <keiyaku-kanri@zenkoku-hosho.co.jp>"],
        "subject": "【ご報告】メゾン・ド・ひので川口 302号室 近隣トラブルの件",
        "body": f"""全国保証株式会社
契約管理部 ご担当者様

お世話になっております。日の出産業の井口です。
保証契約番号 ZH-7730281（メゾン・ド・ひので川口 302号室 {x['name']}様）について、
経過をご報告いたします。

10月中旬から、深夜の大声・壁を叩く音について上下階から苦情が続いております。
11月5日に緊急連絡先のお姉様と面談したところ、ご本人は統合失調症で通院しているが
最近服薬を中断しているとのことでした。お姉様が主治医と相談して入院も含め検討中です。

家賃は現時点で遅延はございませんが、契約継続について今後ご相談させていただく
可能性があります。

{SIG_IGUCHI}
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named tenant's psychiatric diagnosis and treatment reported to a guarantee company",
    }


@msg
def _036():
    x = people(36, 1)[0]
    return {
        "id": "realestate-036", "expect": "stop", "charset": "utf-8",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["保科様 <hoshina_akio1951@yahoo.co.jp>"],
        "subject": "コーポ若葉 105号室の入居者様について（ご報告）",
        "body": f"""保科様

いつも大変お世話になっております。日の出産業の森下です。
お電話がつながらなかったため、取り急ぎメールにてご報告いたします。

本日午前、船橋東警察署の刑事課から当社に連絡があり、105号室の入居者
{x['name']}様が、昨日、窃盗の容疑で逮捕されたとのことです。
警察から室内の捜索に立ち会ってほしいとの依頼があり、明日10時に当社担当が立ち会います。

今後の賃貸借契約の扱い（解除の可否等）につきましては、連帯保証人様とも連絡を取りつつ、
顧問弁護士とも相談のうえ改めてご提案いたします。

取り急ぎご報告まで。

{SIG_MORISHITA}
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a named tenant's arrest (criminal record) reported to the owner's Yahoo address",
    }


@msg
def _037():
    x = people(37, 1)[0]
    return {
        "id": "realestate-037", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "平松 美咲 <hiramatsu.misaki@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 引越センター 横浜 <hikkoshi-yokohama@aoba-unyu.co.jp>"],
        "subject": "お引越しのお見積り依頼（取扱いにご配慮ください）",
        "body": f"""青葉運輸株式会社
引越センター横浜 ご担当者様

いつもお世話になっております。日の出産業 日吉営業所の平松です。
当店でお部屋をご契約いただいた方のお引越しについて、お見積りをお願いいたします。

　お客様：{x['name']}様　携帯 {x['mobile']}
　旧居：横浜市内（詳細はご本人から直接お伝えします）
　新居：神奈川県横浜市港北区日吉本町4-8-21 サンライズ日吉 402号室
　希望日：11月22日（土）午前

お客様は配偶者からのDV被害により、支援団体の紹介で転居されます。
新居の住所は、どなたから問い合わせがあっても絶対に開示しないでください。
作業員の方にも、旧居周辺で新居の話をしないようお伝えいただけますと幸いです。

{SIG_HIRAMATSU}
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a named customer who was a DV (crime) victim, with her new address, sent to a partner mover",
    }


@msg
def _038():
    x = people(38, 1)[0]
    return {
        "id": "realestate-038", "expect": "stop", "charset": "cp932",
        "sender": "羽田野 勇 <hatano@hinode-sangyo.co.jp>",
        "to": ["小林リフォーム 小林社長 <kobayashi@kobayashi-reform.jp>"],
        "subject": "桜丘101号室 バリアフリー改修の現調のお願い",
        "body": f"""小林社長

いつもお世話になっております。日の出の羽田野です。
グランフォレスト桜丘101号室の入居者{x['name']}様（携帯 {x['mobile']}）から、
室内の改修についてご相談がありました。オーナー様の承諾は取得済みです。

ご本人は昨年の脳梗塞の後遺症で左半身に麻痺があり、身体障害者手帳（2級）を
お持ちです。現在は室内でも車いすを使用されています。

　・玄関上がり框の段差解消（スロープ設置）
　・浴室出入口の段差解消と手すり設置
　・トイレの手すり設置、引き戸への交換

介護保険の住宅改修費の申請も予定しているため、見積書は項目別にお願いします。
現調はご本人と日程調整のうえ、来週中でお願いできますか。

{SIG_HATANO}
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one tenant's stroke history and physical disability sent to a renovation contractor",
    }


@msg
def _039():
    p = people(39, 7)
    rs = rooms(39, 7, floors=6, per=8)
    reasons = ["人工透析（週3回・月水金）", "在宅酸素療法", "車いす使用（下肢障害）", "視覚障害（全盲）",
               "認知症の疑い・独居", "心臓ペースメーカー", "聴覚障害（筆談可）"]
    rows = [["パークヒルズ杉並 災害時要援護者名簿（令和7年度）"], ["※本人同意済み　管理組合防災委員会作成"],
            ["号室", "氏名", "年齢", "電話", "支援が必要な理由", "同居者"]]
    living = ["配偶者", "なし", "長女", "配偶者", "なし", "なし", "配偶者・長男"]
    ages = [74, 81, 58, 66, 86, 79, 45]
    for r, x, rs_, lv, ag in zip(rs, p, reasons, living, ages):
        rows.append([r, x["name"], ag, x["tel"], rs_, lv])
    return {
        "id": "realestate-039", "expect": "stop", "charset": "utf-8",
        "sender": "大河内 亮 <r-okochi@hinode-sangyo.co.jp>",
        "to": ["杉並区 危機管理課 防災係 <bousai@city.suginami-ku.lg.jp>"],
        "subject": "パークヒルズ杉並 防災訓練にあたっての要援護者名簿の提出",
        "body": f"""杉並区 危機管理課 防災係
ご担当者様

お世話になっております。パークヒルズ杉並管理組合の管理会社、日の出産業の大河内です。

12月の総合防災訓練にあたり、管理組合の防災委員会で取りまとめた災害時要援護者名簿を
お送りします。訓練当日の安否確認・避難支援の想定にご活用ください。

{SIG_OKOCHI}
""",
        "attachments": [{"kind": "xlsx", "name": "要援護者名簿_R7.xlsx", "sheets": {"名簿": rows}}],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX of 7 residents with phones and their illnesses/disabilities sent to the ward office",
    }


@msg
def _040():
    return {
        "id": "realestate-040", "expect": "stop", "charset": "utf-8",
        "sender": "Kenji Arima <k.arima@hinode-sangyo.co.jp>",
        "to": ["David Lim <david.lim.sg@gmail.com>"],
        "subject": "Unit 304, Hinode Palace Nishi-Ojima - rent deferral request",
        "body": f"""Dear Mr. Lim,

I hope you are well. I am writing about the tenant of your unit 304 at Hinode Palace
Nishi-Ojima, Ms. Yuka Tominaga.

Ms. Tominaga visited our office on Monday. She was diagnosed with breast cancer in
September and will start chemotherapy next month, so she has taken leave from work and
her income will drop for about six months. She asks whether you would accept a deferral
of 50% of the rent (JPY 46,000 of 92,000) from December to May, to be repaid over the
following twelve months.

She has paid on time for five years and we think the risk is low, but the decision is
yours. Please let me know how you would like us to proceed.

Kind regards,

{SIG_ARIMA}
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "English mail to an overseas owner's Gmail naming a tenant and her cancer diagnosis",
    }


# =============================================================================================
# STOP — open To/Cc, look-alike domains, markings, unreadable attachments
# =============================================================================================


@msg
def _041():
    return {
        "id": "realestate-041", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "羽田野 勇 <hatano@hinode-sangyo.co.jp>",
        "to": ["小林リフォーム <kobayashi@kobayashi-reform.jp>",
               "有限会社タケダ内装 <info@takeda-naisou.co.jp>",
               "リノベ工房ふなばし <mitsumori@renobe-funabashi.jp>"],
        "subject": "【相見積のお願い】コーポ若葉 202号室 原状回復工事",
        "body": f"""各位

お世話になっております。日の出産業 工事管理課の羽田野です。
下記の原状回復工事について、相見積をお願いいたします。

　物件：コーポ若葉 202号室（2DK・約42m2）
　工事内容：クロス全面張替え、CF張替え（キッチン・洗面）、襖・障子張替え、ハウスクリーニング
　現地確認：11月12日（水）〜14日（金）の10時〜16時（鍵は現地キーボックス、番号は別途お電話で）
　見積提出期限：11月19日（水）

図面を添付しております。よろしくお願いいたします。

{SIG_HATANO}
""",
        "attachments": [{"kind": "pdf", "name": "コーポ若葉202_間取図.pdf",
                         "lines": ["コーポ若葉 202号室 間取図", "2DK 42.12㎡", "洋室6帖 / 和室6帖 / DK7帖 / バス・トイレ別"]}],
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "request for quotes with three competing contractors visible to each other in To",
    }


@msg
def _042():
    p = people(42, 5)
    to = [f"{x['name']} <{x['email']}>" for x in p]
    return {
        "id": "realestate-042", "expect": "stop", "charset": "utf-8",
        "sender": "大河内 亮 <r-okochi@hinode-sangyo.co.jp>",
        "to": to,
        "subject": "第3回理事会の開催について（12月6日）",
        "body": f"""パークヒルズ杉並管理組合
理事各位

いつもお世話になっております。日の出産業の大河内です。
第3回理事会を下記のとおり開催いたしますので、ご出席をお願いいたします。

　日時：2025年12月6日（土）10:00〜12:00
　場所：集会室（1階）
　議題：
　　1. 大規模修繕工事 施工会社選定の進捗
　　2. 管理費等滞納者への対応
　　3. 駐輪場の区画見直し
　　4. その他

資料は当日配布いたします。ご欠席の場合は前日までにご連絡ください。

{SIG_OKOCHI}
""",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "meeting notice to five board members' private addresses all in To (should be Bcc)",
    }


@msg
def _043():
    return {
        "id": "realestate-043", "expect": "stop", "charset": "cp932",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["嵯峨 昭夫 <saga.akio@icloud.com>", "比嘉様 <higa-yoshiko@yahoo.co.jp>",
               "有限会社マルミ商事 <keiri@marumi-shoji.co.jp>", "薬袋様 <minai.s1955@gmail.com>"],
        "subject": "【オーナー様各位】2026年度 賃料改定のご提案について",
        "body": f"""オーナー様各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 賃貸管理課の森下でございます。

周辺相場の上昇を受け、更新のタイミングに合わせた賃料改定（平均+3.5%）を
ご提案したく、資料をお送りいたします。物件ごとの詳細は個別にご説明に伺います。

　・近隣成約事例（2025年4月〜9月）
　・改定案と想定される空室リスク
　・入居者様への通知スケジュール（案）

ご都合のよい日時を、11月21日までにご返信いただけますと幸いです。

{SIG_MORISHITA}
""",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "four owners (three private persons, one company) openly in To of a circular",
    }


@msg
def _044():
    return {
        "id": "realestate-044", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "羽田野 勇 <hatano@hinode-sangyo.co.jp>",
        "to": ["木村様 <kimura.rie77@docomo.ne.jp>"],
        "cc": ["小林リフォーム <kobayashi@kobayashi-reform.jp>",
               "安心家賃保証 <kanri@anshin-yachin.co.jp>",
               "駅前不動産 日吉店 <hiyoshi@ekimae-fudosan.co.jp>"],
        "subject": "退去立会い日時のご確認（サンライズ日吉 305号室）",
        "body": f"""木村様

日の出産業の羽田野です。いつもお世話になっております。
退去立会いの日時が下記のとおり決まりましたので、関係者にも共有いたします。

　日時：11月29日（土）10:00〜（30分程度）
　場所：サンライズ日吉 305号室
　立会：当社 羽田野、小林リフォーム様（修繕見積のため）
　お持ちいただくもの：鍵（4本）、駐輪場ステッカー

敷金精算書は立会い後2週間程度で郵送いたします。
保証会社様、仲介会社様には参考までにCcしております。

{SIG_HATANO}
""",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "tenant's carrier address plus three companies visible in To/Cc (four external parties)",
    }


@msg
def _045():
    return {
        "id": "realestate-045", "expect": "stop", "charset": "utf-8",
        "sender": "大河内 亮 <r-okochi@hinode-sangyo.co.jp>",
        "to": ["倉田設計事務所 倉田様 <kurata@kurata-sekkei.jp>"],
        "cc": ["丸高建設 <eigyo@marutaka-kensetsu.co.jp>", "東邦リニューアル <sales@toho-renewal.co.jp>",
               "株式会社ヤマト改修 <info@yamato-kaishu.com>"],
        "subject": "パークヒルズ杉並 大規模修繕 施工会社ヒアリングの日程",
        "body": f"""倉田設計事務所 倉田様
（Cc：候補施工会社各社様）

お世話になっております。日の出産業の大河内です。
大規模修繕工事の施工会社ヒアリングを下記のとおり実施します。

　日時：12月13日（土）13:00〜17:00（1社50分、順番は抽選で決定済み）
　　13:00〜 丸高建設様
　　14:00〜 東邦リニューアル様
　　15:00〜 ヤマト改修様
　場所：パークヒルズ杉並 集会室
　出席：理事会、修繕委員会、倉田設計事務所様、当社

プレゼン資料は12月8日までに倉田様宛にPDFでご提出ください。

{SIG_OKOCHI}
""",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "consultant in To and three competing contractors in Cc can all see each other",
    }


@msg
def _046():
    return {
        "id": "realestate-046", "expect": "stop", "charset": "cp932",
        "sender": "笹本 浩二 <sasamoto@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 収納代行課 <shuno@midori-ginkou.co.jp>"],
        "subject": "口座振替依頼書 原本発送のご連絡",
        "body": f"""みどり銀行 収納代行課 ご担当者様

お世話になっております。日の出産業 業務経理課の笹本です。
パークヒルズ杉並管理組合の口座振替依頼書（新規8件）の原本を、本日レターパックにて
発送いたしました。追跡番号は 3412-8820-6571 です。

到着しましたらご一報いただけますと幸いです。

{SIG_SASAMOTO}
""",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner bank's domain mistyped as midori-ginkou.co.jp (extra 'u')",
    }


@msg
def _047():
    return {
        "id": "realestate-047", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "井口 沙織 <s.iguchi@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 今村先生 <imamura@shirakawa-law.co.jp>"],
        "subject": "建物明渡請求の件 打合せ日程のご相談",
        "body": f"""白川法律事務所
今村先生

いつもお世話になっております。日の出産業の井口です。
先日ご相談した西大島の明渡しの件、オーナー様から正式に委任のご意向をいただきました。
今後の進め方について打合せをお願いしたく、下記の候補日でご都合はいかがでしょうか。

　・11月17日（月）14:00〜
　・11月18日（火）10:00〜
　・11月20日（木）15:00〜

賃貸借契約書、督促の経過記録、内容証明の控えを持参いたします。

{SIG_IGUCHI}
""",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner law firm shirakawa-law.jp written as shirakawa-law.co.jp (inserted co.)",
    }


@msg
def _048():
    return {
        "id": "realestate-048", "expect": "stop", "charset": "utf-8",
        "sender": "仙石 由香 <sengoku@hinode-sangyo.co.jp>",
        "to": ["加納興産 資産管理部 <shisan@kanou-kosan.co.jp>"],
        "cc": ["森下 直樹 <morishita@hinode-sangyou.co.jp>"],
        "subject": "ルミエール日吉 売却査定のご提出",
        "body": f"""加納興産株式会社
資産管理部 ご担当者様

いつもお世話になっております。日の出産業 売買仲介課の仙石です。
ご依頼いただいておりましたルミエール日吉の売却査定書を添付いたします。

　査定価格：4億1,200万円（表面利回り 5.6%、NOI利回り 4.7%）
　想定売却期間：3〜4ヶ月

管理担当の森下もCcに入れております。ご不明点はお気軽にお問い合わせください。

{SIG_SENGOKU}
""",
        "attachments": [{"kind": "pdf", "name": "売却査定書_ルミエール日吉.pdf", "lines": [
            "売却査定書", "物件：ルミエール日吉（横浜市港北区日吉4丁目）", "構造：RC造5階建 / 全24戸",
            "査定価格：412,000,000円", "取引事例比較法・収益還元法（直接還元法）による"]}],
        "entities": [],
        "detectors": ["lookalike_domain", "multiple_external_domains"],
        "note": "Cc to a colleague at hinode-sangyou.co.jp, a look-alike of the internal domain",
    }


@msg
def _049():
    return {
        "id": "realestate-049", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["不動産事業部 部長 <bucho-fudosan@hlnode-sangyo.co.jp>"],
        "subject": "10月度 管理物件月次報告",
        "body": f"""部長

お疲れ様です。森下です。
10月度の管理物件月次報告です。

　管理戸数：412戸（前月比 +6）
　入居率：96.4%（前月 95.8%）
　解約予告：9件 / 新規契約：14件
　滞納率：1.8%（保証会社付保分を除く 0.6%）

西大島の明渡し案件は、来週弁護士と打合せ予定です。
詳細は月曜の会議でご報告します。

森下
""",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "internal report addressed to hlnode-sangyo.co.jp (l for i) — a homoglyph look-alike",
    }


@msg
def _050():
    return {
        "id": "realestate-050", "expect": "stop", "charset": "utf-8",
        "sender": "仙石 由香 <sengoku@hinode-sangyo.co.jp>",
        "to": ["不動産買取センター 仕入部 <shiire@fudosan-kaitori.co.jp>"],
        "subject": "コーポ若葉 買取価格のご検討のお願い",
        "body": f"""不動産買取センター株式会社
仕入部 ご担当者様

お世話になっております。日の出産業 売買仲介課の仙石です。
先日お話ししたコーポ若葉について、買取価格のご検討をお願いしたく、
当社の査定資料をお送りします。

売主様は年内の決済を希望されています。12月初旬までにご回答いただけますと幸いです。

{SIG_SENGOKU}
""",
        "attachments": [{"kind": "pdf", "name": "コーポ若葉_査定資料.pdf", "page_header": "社外秘",
                         "page_footer": "日の出産業株式会社 売買仲介課 ― 社外秘・複製禁止",
                         "lines": ["コーポ若葉 査定資料", "所在：千葉県船橋市東中山2-5-16",
                                   "構造：木造2階建 / 10戸 / 築31年", "年間賃料収入（満室）：8,280,000円",
                                   "当社査定価格：98,000,000円", "売主希望価格：105,000,000円",
                                   "売主事情：相続税納付資金のため年内決済希望"]}],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF with a 社外秘 page header and footer sent to a buyer",
    }


@msg
def _051():
    rows = [["【取扱注意】清掃業務 原価計算表（2025年度）"], [],
            ["物件", "戸数", "委託先支払額(月)", "オーナー請求額(月)", "粗利", "粗利率"],
            [SAKURA, 32, 48000, 66000, 18000, "27.3%"], [HIYOSHI, 24, 36000, 52800, 16800, "31.8%"],
            [OJIMA, 28, 42000, 58300, 16300, "28.0%"], [KAWAGUCHI, 18, 27000, 39600, 12600, "31.8%"],
            [WAKABA, 10, 18000, 27500, 9500, "34.5%"]]
    return {
        "id": "realestate-051", "expect": "stop", "charset": "cp932",
        "sender": "羽田野 勇 <hatano@hinode-sangyo.co.jp>",
        "to": ["きらら清掃 営業部 <eigyo@kirara-clean.co.jp>"],
        "subject": "来期の清掃委託単価について",
        "body": f"""きらら清掃株式会社
営業部 ご担当者様

お世話になっております。日の出産業の羽田野です。
来期の清掃委託単価について、物件ごとの現状を整理した表を添付します。
ご提示いただいた値上げ幅（+8%）について、物件ごとに再検討いただけますでしょうか。

{SIG_HATANO}
""",
        "attachments": [{"kind": "xlsx", "name": "清掃原価計算表_2025.xlsx", "sheets": {"原価": rows},
                         "page_header": "取扱注意"}],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "internal cost sheet stamped 【取扱注意】 (title row and page header) sent to the contractor",
    }


@msg
def _052():
    return {
        "id": "realestate-052", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["有限会社マルミ商事 代表 <daihyo@marumi-shoji.co.jp>"],
        "subject": "【部外秘】管理委託料 改定案（2026年4月〜）",
        "body": f"""【部外秘】

有限会社マルミ商事
代表取締役 丸美様

いつもお世話になっております。日の出産業の森下です。
来年4月からの管理委託料の改定案をお送りします。

　現行：集金賃料の5.0%（最低月額15,000円）
　改定案：集金賃料の5.5%（最低月額18,000円）
　　※24時間緊急対応・定期巡回（月2回）を標準業務に含めます

改定の背景（人件費・協力会社単価の上昇）は別途ご説明にお伺いします。

{SIG_MORISHITA}
""",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "subject and first line stamped 【部外秘】 on mail to an external owner company",
    }


@msg
def _053():
    p = people(53, 9)
    rows = [["号室", "氏名", "電話", "メール"]] + [[f"{i // 3 + 1}0{i % 3 + 1}", x["name"], x["mobile"], x["email"]]
                                              for i, x in enumerate(p)]
    return {
        "id": "realestate-053", "expect": "stop", "charset": "utf-8",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["あおぞらコミュニティ 引継ぎ窓口 <takeover@aozora-community.co.jp>"],
        "subject": "コーポ若葉 入居者名簿（パスワード付き）",
        "body": f"""あおぞらコミュニティ 引継ぎ窓口 ご担当者様

お世話になっております。日の出産業の森下です。
コーポ若葉の入居者名簿を添付いたします。
パスワードは別メールにてお送りします。

{SIG_MORISHITA}
""",
        "attachments": [{"kind": "zip", "name": "wakaba_meibo.zip", "password": "Wk2025#hnd",
                         "files": [{"kind": "xlsx", "name": "入居者名簿.xlsx", "sheets": {"名簿": rows}}]}],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) that cannot be inspected",
    }


@msg
def _054():
    return {
        "id": "realestate-054", "expect": "stop", "charset": "cp932",
        "sender": "平松 美咲 <hiramatsu.misaki@hinode-sangyo.co.jp>",
        "to": ["駅前不動産 日吉店 <hiyoshi@ekimae-fudosan.co.jp>"],
        "subject": "重要事項説明書（案）の送付：サンライズ日吉 104",
        "body": f"""駅前不動産 日吉店 ご担当者様

お世話になっております。日の出産業 日吉営業所の平松です。
共同仲介のサンライズ日吉104号室について、重要事項説明書（案）をお送りします。
PDFには閲覧パスワードを設定しております（パスワードはお電話でお伝えします）。

記名押印欄は御社の宅建士様分を空欄にしております。

{SIG_HIRAMATSU}
""",
        "attachments": [{"kind": "pdf", "name": "重要事項説明書_日吉104.pdf", "password": "h104-1125",
                         "lines": ["重要事項説明書（建物の貸借）", "物件：サンライズ日吉 104号室",
                                   "貸主：加納興産株式会社", "賃料：86,000円 共益費：4,000円"]}],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF attachment that cannot be opened by the scanner",
    }


@msg
def _055():
    return {
        "id": "realestate-055", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "大河内 亮 <r-okochi@hinode-sangyo.co.jp>",
        "to": ["冨永 和也 <k.tominaga@tominaga-sekkei.co.jp>"],
        "subject": "修繕積立金 残高推移表（10月末）",
        "body": f"""冨永理事長

お世話になっております。日の出産業の大河内です。
10月末時点の修繕積立金の残高推移表をお送りします。
理事会資料としてご利用ください。

{SIG_OKOCHI}
""",
        "attachments": [{"kind": "corrupt", "name": "修繕積立金残高推移_202510.xlsx"}],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected",
    }


# =============================================================================================
# PASS — looks risky, is not
# =============================================================================================


@msg
def _056():
    x = people(56, 1)[0]
    return {
        "id": "realestate-056", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["すいどう救急センター 受付 <uketsuke@suido-kyukyu.co.jp>"],
        "subject": "【至急】ヒノデパレス西大島 206号室 洗面台下からの漏水",
        "body": f"""すいどう救急センター 受付ご担当者様

日の出産業の森下です。いつもありがとうございます。
先ほど入居者様から、洗面台下の排水管から水が漏れているとの連絡がありました。
止水栓は閉めていただいています。本日中の訪問をお願いできますでしょうか。

　物件：ヒノデパレス西大島 206号室（江東区大島5-40-3）
　入居者：{x['name']}様
　連絡先：{x['mobile']}（本日は在宅とのことです）

作業後、報告書と請求書を当社宛にお送りください。

{SIG_MORISHITA}
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one tenant's name and mobile for a repair visit: a single person, may be warned",
    }


@msg
def _057():
    rows = [
        ("設備（給排水）", "みなと設備株式会社", "03-3452-8810", "24時間対応"),
        ("エレベーター", "東邦エレベーターサービス", "0120-318-447", "保守契約あり"),
        ("消防設備", "株式会社ハヤテ防災", "03-5760-2231", "年2回点検"),
        ("植栽", "緑の庭造園株式会社", "03-3311-0954", "年3回剪定"),
        ("清掃", "きらら清掃株式会社", "03-5382-7710", "週3回"),
        ("鍵", "東京キーサービス", "03-6457-2380", "緊急開錠可"),
        ("管理会社 緊急窓口", "日の出産業 24時間センター", "0120-461-700", "夜間・休日"),
    ]
    lines = "\n".join(f"・{a}：{b}（TEL {c}／{d}）" for a, b, c, d in rows)
    return {
        "id": "realestate-057", "expect": "pass", "charset": "utf-8",
        "sender": "大河内 亮 <r-okochi@hinode-sangyo.co.jp>",
        "to": ["冨永 様 <tominaga.k1962@gmail.com>"],
        "subject": "協力業者の連絡先一覧（理事長用）",
        "body": f"""冨永様

お世話になっております。日の出産業の大河内です。
先日お話のあった、パークヒルズ杉並の協力業者の連絡先一覧です。
夜間・休日に設備トラブルがあった場合は、まず当社の24時間センターへご連絡ください。

{lines}

以上、よろしくお願いいたします。

{SIG_OKOCHI}
""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "directory of contractor companies' switchboards (businesses, not people) to the chair's Gmail",
    }


@msg
def _058():
    vac = [("101", "1K", "25.4", "68,000", "4,000", "1ヶ月", "0", "即入居可"),
           ("204", "1LDK", "40.1", "98,000", "6,000", "1ヶ月", "1ヶ月", "12月上旬"),
           ("305", "1K", "25.4", "70,000", "4,000", "0", "1ヶ月", "即入居可"),
           ("402", "2LDK", "55.8", "132,000", "8,000", "1ヶ月", "1ヶ月", "1月中旬"),
           ("503", "1LDK", "41.0", "104,000", "6,000", "1ヶ月", "1ヶ月", "即入居可")]
    text_rows = "\n".join(f"{a:<5}{b:<6}{c:>6}㎡  {d:>8}円  {e:>6}円  敷{f} 礼{g}  {h}" for a, b, c, d, e, f, g, h in vac)
    html_rows = "".join(f"<tr>{''.join(f'<td>{v}</td>' for v in r)}</tr>" for r in vac)
    return {
        "id": "realestate-058", "expect": "pass", "charset": "utf-8",
        "sender": "平松 美咲 <hiramatsu.misaki@hinode-sangyo.co.jp>",
        "to": ["駅前不動産 日吉店 <hiyoshi@ekimae-fudosan.co.jp>"],
        "subject": "サンライズ日吉 空室一覧（11月10日時点）・AD200%",
        "body": f"""駅前不動産 日吉店 ご担当者様

いつもお世話になっております。日の出産業 日吉営業所の平松です。
サンライズ日吉の空室状況です。年内成約分は広告料200%とさせていただきます。

{text_rows}

内見は現地キーボックス（番号はお電話で）でお願いします。

{SIG_HIRAMATSU}
""",
        "html": f"""<html><body><p>駅前不動産 日吉店 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 日吉営業所の平松です。<br>
サンライズ日吉の空室状況です。年内成約分は広告料200%とさせていただきます。</p>
<table border="1" cellpadding="3"><tr><th>号室</th><th>間取り</th><th>面積(㎡)</th><th>賃料</th><th>共益費</th>
<th>敷金</th><th>礼金</th><th>入居</th></tr>{html_rows}</table>
<p>内見は現地キーボックス（番号はお電話で）でお願いします。</p>
<pre>{SIG_HIRAMATSU}</pre></body></html>""",
        "entities": [],
        "detectors": [],
        "note": "vacancy list with rents and floor areas: rooms, not people",
    }


@msg
def _059():
    cn = corp_number(59)
    return {
        "id": "realestate-059", "expect": "pass", "charset": "cp932",
        "sender": "笹本 浩二 <sasamoto@hinode-sangyo.co.jp>",
        "to": ["加納興産 経理部 <keiri@kanou-kosan.co.jp>"],
        "subject": "ご請求書送付のご案内（INV-2025-10-0388）",
        "body": f"""加納興産株式会社
経理部 ご担当者様

いつもお世話になっております。日の出産業 業務経理課の笹本です。
10月分の原状回復工事費用につきまして、ご請求書をお送りいたします。

　請求番号：INV-2025-10-0388
　件名：ルミエール日吉 305号室・401号室 原状回復工事
　ご請求金額：418,770円（税込）
　お支払期日：2025年11月30日
　お振込先：みどり銀行 芝支店 普通 4081726 ヒノデサンギヨウ（カ

適格請求書発行事業者登録番号：T{cn}

ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_SASAMOTO}
""",
        "attachments": [{"kind": "pdf", "name": "請求書_INV-2025-10-0388.pdf", "lines": [
            "請求書", "加納興産株式会社 御中", "請求番号 INV-2025-10-0388　発行日 2025年10月31日",
            f"日の出産業株式会社　登録番号 T{cn}", "ルミエール日吉 305号室 原状回復工事　212,300円",
            "ルミエール日吉 401号室 原状回復工事　168,400円", "小計 380,700円　消費税(10%) 38,070円",
            "合計 418,770円"]}],
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice with invoice number, company bank account and our T-number: no personal data",
    }


@msg
def _060():
    return {
        "id": "realestate-060", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["加納興産 資産管理部 <shisan@kanou-kosan.co.jp>"],
        "subject": "9月度 管理報告（ルミエール日吉・ルミエール綱島）",
        "body": f"""加納興産株式会社 資産管理部 御中

いつもお世話になっております。日の出産業の森下です。
9月度の管理報告をお送りします。

■ルミエール日吉（24戸）
　入居率 95.8%（23/24）、平均賃料 9,420円/坪
　解約予告 1件（11月末退去予定）、新規契約 0件
　滞納：なし

■ルミエール綱島（18戸）
　入居率 88.9%（16/18）、平均賃料 8,870円/坪
　解約予告 0件、新規契約 1件
　滞納：1件（保証会社にて代位弁済済み）

空室2戸については、AD100%から150%への引き上げをご提案いたします。
修繕履歴・入出金明細は添付のPDFをご確認ください。

{SIG_MORISHITA}
""",
        "attachments": [{"kind": "pdf", "name": "管理報告書_202509.pdf", "lines": [
            "管理報告書 2025年9月度", "ルミエール日吉 賃料収入 2,164,000円 / 管理費支出 318,400円",
            "ルミエール綱島 賃料収入 1,420,000円 / 管理費支出 211,050円", "修繕：日吉 共用灯LED交換 48,400円"]}],
        "entities": [],
        "detectors": [],
        "note": "occupancy rates, averages and totals without any tenant",
    }


@msg
def _061():
    p = people(61, 9)
    rng = random.Random(61)
    lines = ["物件/号室\t契約者\t滞納額\t携帯\t状況"]
    for x in p:
        lines.append(f"{rng.choice([SAKURA, OJIMA, WAKABA])}/{rng.randrange(1, 5)}0{rng.randrange(1, 7)}\t{x['name']}\t"
                     f"{rng.randrange(1, 5) * 72000:,}\t{x['mobile']}\t{rng.choice(['督促中', '分納合意', '保証会社請求済', '連絡不通'])}")
    return {
        "id": "realestate-061", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "井口 沙織 <s.iguchi@hinode-sangyo.co.jp>",
        "to": ["森下 直樹 <morishita@hinode-sangyo.co.jp>", "賃貸管理課 <chintai-kanri@mail.hinode-sangyo.co.jp>"],
        "subject": "10月末 滞納者一覧（課内共有）",
        "body": f"""森下さん、課内各位

お疲れ様です。井口です。
10月末時点の滞納者一覧です。月曜の課会で対応方針を確認させてください。

{chr(10).join(lines)}

連絡不通の2件は、所在調査の外注を検討したいです。

井口
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "9 delinquent tenants with mobiles, but every recipient is internal (incl. a subdomain)",
    }


@msg
def _062():
    p = people(62, 6)
    rows = [["氏名", "住所", "個人番号", "支払区分"]]
    rows += [[x["name"], x["addr"], my_number(6200 + i), "賃料" if i % 2 else "地代"] for i, x in enumerate(p)]
    return {
        "id": "realestate-062", "expect": "pass", "charset": "cp932",
        "sender": "笹本 浩二 <sasamoto@hinode-sangyo.co.jp>",
        "to": ["経理部 法定調書担当 <houtei-chosho@hinode-sangyo.co.jp>"],
        "subject": "【社内】個人オーナー 個人番号一覧（支払調書用）",
        "body": f"""経理部 法定調書ご担当者様

お疲れ様です。不動産事業部 業務経理課の笹本です。
支払調書作成用に、個人オーナー6名分の個人番号一覧を添付します。
取扱区域外への持ち出しは禁止ですので、作業後は共有フォルダの所定の場所に保管してください。

笹本
""",
        "attachments": [{"kind": "csv", "name": "owner_mynumber_R7.csv", "encoding": "cp932", "rows": rows}],
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "My Numbers of 6 owners, but sent only to the internal accounting department",
    }


@msg
def _063():
    p = people(63, 6)
    quoted = "\n".join(f"> {i}0{j}  {x['name']}  {x['mobile']}" for (i, j), x in
                       zip([(1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3)], p))
    return {
        "id": "realestate-063", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["あおぞらコミュニティ 引継ぎ窓口 <takeover@aozora-community.co.jp>"],
        "subject": "Re: 【引継ぎ】コーポ若葉 入居者連絡先の確認",
        "body": f"""あおぞらコミュニティ ご担当者様

お世話になっております。日の出産業の森下です。
ご確認ありがとうございます。いただいた内容で相違ございません。
202号室のみ、先月携帯番号の変更届が出ておりますので、
変更後の番号は本人に確認のうえ御社で更新をお願いします。

引き続きよろしくお願いいたします。

{SIG_MORISHITA}

2025年11月6日(木) 15:02 あおぞらコミュニティ 引継ぎ窓口 <takeover@aozora-community.co.jp>:
> 日の出産業 森下様
>
> お世話になっております。あおぞらコミュニティの引継ぎ窓口です。
> お預かりした台帳をもとに、当社システムに下記のとおり登録しました。
> 相違がないかご確認いただけますでしょうか。
>
{quoted}
>
> よろしくお願いいたします。
""",
        "entities": [],
        "detectors": [],
        "note": "reply whose only list of tenants is quoted ('>') from the recipient's own mail",
    }


@msg
def _064():
    p = people(64, 7)
    quoted = "\n".join(f"{x['name']}様　{x['mobile']}　{x['kana']}" for x in p)
    return {
        "id": "realestate-064", "expect": "pass", "charset": "cp932",
        "sender": "井口 沙織 <s.iguchi@hinode-sangyo.co.jp>",
        "to": ["全国保証 債権管理部 野々村様 <nonomura@zenkoku-hosho.co.jp>"],
        "subject": "RE: 11月督促対象者リスト",
        "body": f"""野々村様

お世話になっております。日の出産業の井口です。
リストを受領いたしました。当社側でも訪問督促の予定を組みます。
4番目の方は11月10日に一部入金がありましたので、入金額を別途お知らせします。

よろしくお願いいたします。

{SIG_IGUCHI}

-----Original Message-----
From: 野々村 <nonomura@zenkoku-hosho.co.jp>
Sent: Tuesday, November 11, 2025 10:15 AM
To: s.iguchi@hinode-sangyo.co.jp
Subject: 11月督促対象者リスト

日の出産業 井口様

全国保証の野々村です。11月の督促対象者は以下の7名です。

{quoted}

訪問督促のご協力をお願いいたします。
""",
        "entities": [],
        "detectors": [],
        "note": "the 7-person list sits only under -----Original Message----- from the recipient",
    }


@msg
def _065():
    return {
        "id": "realestate-065", "expect": "pass", "charset": "utf-8",
        "sender": "仙石 由香 <sengoku@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 今村先生 <imamura@shirakawa-law.jp>"],
        "subject": "秘密保持契約書（ロイヤルエステート様）のリーガルチェックのお願い",
        "body": f"""白川法律事務所
今村先生

いつもお世話になっております。日の出産業 売買仲介課の仙石です。

コーポ若葉の売却に関し、買主側仲介のロイヤルエステート様と秘密保持契約を
締結する予定です。先方ひな形（添付）について、以下の点を中心にご確認いただけますか。

　1. 秘密情報の定義に「口頭で開示された情報」が含まれていること
　2. 有効期間（契約終了後3年）が妥当か
　3. 賃借人の個人情報の取扱い条項の有無

来週水曜までにコメントをいただけますと助かります。

{SIG_SENGOKU}
""",
        "attachments": [{"kind": "docx", "name": "秘密保持契約書（案）_ロイヤルエステート.docx", "paragraphs": [
            "秘密保持契約書", "日の出産業株式会社（以下「甲」という。）とロイヤルエステート株式会社（以下「乙」という。）は、"
            "甲が乙に開示する情報の取扱いについて、以下のとおり契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、甲が乙に対し開示した一切の情報をいう。",
            "第2条（目的外使用の禁止）乙は、秘密情報を本件取引の検討の目的以外に使用してはならない。",
            "第3条（有効期間）本契約の有効期間は、締結日から3年間とする。"]}],
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA (秘密保持契約) and the draft itself: mentions, not markings",
    }


@msg
def _066():
    return {
        "id": "realestate-066", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "平松 美咲 <hiramatsu.misaki@hinode-sangyo.co.jp>",
        "to": ["みなとホーム 賃貸営業 <chintai@minato-home.co.jp>"],
        "subject": "Re: サンライズ日吉 402 内見のご予約",
        "body": f"""みなとホーム 賃貸営業 ご担当者様

お世話になっております。日の出産業 日吉営業所の平松です。
11月15日（土）14時からの402号室の内見、承知いたしました。
当日は現地キーボックスをご利用ください（番号 0-4-2-7）。
内見後、お客様のご感想をお聞かせいただけますと幸いです。

{SIG_HIRAMATSU}
{DISCLAIMER_JA}
""",
        "entities": [],
        "detectors": [],
        "note": "ordinary viewing confirmation with the standard 機密情報 disclaimer",
    }


@msg
def _067():
    return {
        "id": "realestate-067", "expect": "pass", "charset": "utf-8",
        "sender": "羽田野 勇 <hatano@hinode-sangyo.co.jp>",
        "to": ["加納興産 資産管理部 <shisan@kanou-kosan.co.jp>"],
        "cc": ["小林リフォーム 小林社長 <kobayashi@kobayashi-reform.jp>"],
        "subject": "ルミエール日吉 外階段塗装工事の日程（確定）",
        "body": f"""加納興産株式会社 資産管理部 ご担当者様
（Cc：小林リフォーム 小林社長）

お世話になっております。日の出産業の羽田野です。
外階段の鉄部塗装工事の日程が確定しましたのでご報告します。

　工期：11月25日（火）〜11月28日（金）　雨天順延
　作業時間：9:00〜17:00
　工事金額：396,000円（税込）※先日ご承認の見積 No.K-25-1102 のとおり

入居者様への掲示は当社で本日中に行います。

{SIG_HATANO}
""",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "three-way work-schedule mail: owner company and contractor (two external organisations)",
    }


@msg
def _068():
    return {
        "id": "realestate-068", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "土屋 千尋 <tsuchiya@hinode-sangyo.co.jp>",
        "to": ["鷲尾 航 様 <washio.wataru@gmail.com>"],
        "subject": "賃貸借契約 更新のご案内（グランフォレスト桜丘 308号室）",
        "body": f"""鷲尾 航 様

いつもグランフォレスト桜丘をご利用いただき、ありがとうございます。
管理会社の日の出産業 契約管理課、土屋でございます。

現在の賃貸借契約が2026年1月31日に満了となりますので、更新のご案内をお送りします。

　更新後の契約期間：2026年2月1日〜2028年1月31日
　月額賃料：108,000円（変更なし）
　更新料：108,000円　更新事務手数料：11,000円（税込）

同封の更新契約書にご署名・ご捺印のうえ、12月20日までにご返送ください。
ご退去の場合は、1ヶ月前までに解約通知書のご提出をお願いいたします。

{SIG_TSUCHIYA}
""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "renewal notice to the tenant himself on Gmail: one free-mail recipient, his own contract",
    }


@msg
def _069():
    return {
        "id": "realestate-069", "expect": "pass", "charset": "cp932",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["<takanashi-0807@ezweb.ne.jp>"],
        "subject": "新しい鍵の発送について",
        "body": f"""小鳥遊様

日の出産業の森下です。
紛失された鍵の件で、シリンダー交換後の新しい鍵（3本）を本日発送いたしました。

　配送：青葉運輸 宅急便（本人限定受取）
　お問い合わせ番号：4127-6693-0458
　到着予定：11月13日（木）午前

交換費用 22,000円（税込）は、次回の家賃と合わせてお引落しさせていただきます。

{SIG_MORISHITA}
""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "tracking number and fee to one tenant on a carrier address",
    }


@msg
def _070():
    items = [("クロス張替え（量産品）", "㎡", "1,000"), ("クロス張替え（1000番台）", "㎡", "1,300"),
             ("CF張替え", "㎡", "3,800"), ("フローリング部分補修", "箇所", "8,500〜"),
             ("畳表替え", "帖", "5,200"), ("襖張替え（片面）", "枚", "3,600"),
             ("ハウスクリーニング 1K", "式", "28,000"), ("ハウスクリーニング 2LDK", "式", "52,000"),
             ("エアコン洗浄", "台", "11,000")]
    table = "\n".join(f"  {pad(a, 28)}{b:<4}{c:>8}円" for a, b, c in items)
    return {
        "id": "realestate-070", "expect": "pass", "charset": "utf-8",
        "sender": "羽田野 勇 <hatano@hinode-sangyo.co.jp>",
        "to": ["仲宗根様 <nakasone.s@yahoo.co.jp>"],
        "subject": "原状回復工事の標準単価表をお送りします",
        "body": f"""仲宗根様

お世話になっております。日の出産業 工事管理課の羽田野です。
先日お電話でお尋ねのあった、当社の原状回復工事の標準単価（税別）です。

{table}

国交省ガイドラインに沿って、経年劣化分はオーナー様負担、故意・過失分は入居者様負担で
按分いたします。

{SIG_HATANO}
""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "price list for restoration work to an individual owner on Yahoo",
    }


@msg
def _071():
    shops = [("日吉営業所", "横浜市港北区日吉2-3-15 日吉駅前ビル1F", "045-561-2280", "水曜"),
             ("綱島営業所", "横浜市港北区綱島西1-8-4", "045-542-3301", "水曜"),
             ("西大島営業所", "江東区大島5-1-12 サンロード大島2F", "03-5609-4471", "火・水曜"),
             ("川口営業所", "川口市栄町3-2-7 川口栄ビル1F", "048-252-6610", "水曜"),
             ("船橋営業所", "船橋市本町6-4-20", "047-431-9902", "水曜")]
    lines = "\n".join(f"{n}\n　〒 {a}\n　TEL {t}　定休日：{h}\n" for n, a, t, h in shops)
    return {
        "id": "realestate-071", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "平松 美咲 <hiramatsu.misaki@hinode-sangyo.co.jp>",
        "to": ["アドフロンティア 制作部 <seisaku@ad-frontier.co.jp>"],
        "subject": "春の繁忙期チラシ 店舗情報の原稿",
        "body": f"""アドフロンティア 制作部 ご担当者様

お世話になっております。日の出産業の平松です。
繁忙期チラシの裏面に掲載する店舗情報の原稿をお送りします。

{lines}
営業時間は全店 10:00〜18:30 です。初校は11月末でお願いします。

{SIG_HIRAMATSU}
""",
        "entities": [],
        "detectors": [],
        "note": "list of our branch shops with addresses and phone numbers: businesses, not people",
    }


@msg
def _072():
    p = people(72, 3)
    roles = ["理事長", "修繕委員長", "副理事長"]
    lines = "\n".join(f"　{r}：{x['name']}様（{x['mobile']}）" for r, x in zip(roles, p))
    return {
        "id": "realestate-072", "expect": "pass", "charset": "cp932",
        "sender": "大河内 亮 <r-okochi@hinode-sangyo.co.jp>",
        "to": ["倉田設計事務所 倉田様 <kurata@kurata-sekkei.jp>"],
        "subject": "劣化診断の立会者について",
        "body": f"""倉田様

お世話になっております。日の出産業の大河内です。
11月22日（土）の建物劣化診断、管理組合からは下記3名が立ち会います。
当日、屋上の鍵の受け渡し等で直接ご連絡いただく場合はこちらへどうぞ。

{lines}

当社からは私が9時に現地に伺います。

{SIG_OKOCHI}
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three attendees with mobiles: under the five-person threshold, may be warned",
    }


@msg
def _073():
    p = people(73, 4)
    slots = ["11/18 10:00", "11/18 14:00", "11/19 10:00", "11/19 15:30"]
    lines = "\n".join(f"{s}\t{r}\t{x['sei']}様\t{x['mobile']}"
                      for s, r, x in zip(slots, ["102", "201", "203", "301"], p))
    return {
        "id": "realestate-073", "expect": "pass", "charset": "utf-8",
        "sender": "羽田野 勇 <hatano@hinode-sangyo.co.jp>",
        "to": ["小林リフォーム 小林社長 <kobayashi@kobayashi-reform.jp>"],
        "subject": "若葉 浴室換気扇交換 訪問予定",
        "body": f"""小林社長

お疲れ様です。羽田野です。
若葉の換気扇交換、入居者さんとアポ取れました。

{lines}

残りの2戸は空室なので、いつでも入れます（キーボックス）。

羽田野
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four tenants' surnames and mobiles (tab-separated): below five, may be warned",
    }


@msg
def _074():
    return {
        "id": "realestate-074", "expect": "pass", "charset": "utf-8",
        "sender": "Kenji Arima <k.arima@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@harbourline-pm.com>"],
        "subject": "Q3 leasing summary - Hiyoshi / Tsunashima",
        "body": f"""Hi Priya,

Please find below the Q3 leasing summary for the two assets.

                     Hiyoshi    Tsunashima
Units                     24            18
Occupancy (30 Sep)     95.8%         88.9%
Avg rent (JPY/tsubo)   9,420         8,870
New leases (Q3)            3             2
Move-outs (Q3)             2             3
Arrears > 30 days          0             1

The two vacant units at Tsunashima are being marketed with a 150% agency fee.
Happy to walk you through the numbers on Thursday.

Best,

{SIG_ARIMA}
{DISCLAIMER_EN}
""",
        "entities": [],
        "detectors": [],
        "note": "English statistics without any person, with the standard confidentiality disclaimer",
    }


@msg
def _075():
    return {
        "id": "realestate-075", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["有限会社マルミ商事 代表 <daihyo@marumi-shoji.co.jp>"],
        "subject": "Re: 他物件の管理委託料について",
        "body": f"""丸美様

お世話になっております。日の出産業の森下です。
他のオーナー様の管理委託料の水準をお知りになりたいとのこと、承知しました。
ただ、個別の契約条件は社外秘として扱っておりますので、資料そのものの
お渡しはご容赦ください。

一般的な水準としては、集金賃料の3〜5%程度が相場とされています。
当社の料率の考え方は、次回お伺いした際に口頭でご説明いたします。

{SIG_MORISHITA}
""",
        "entities": [],
        "detectors": [],
        "note": "the word 社外秘 is only mentioned in the text, not a classification of this mail",
    }


@msg
def _076():
    rows = [["パークヒルズ杉並 長期修繕計画（2025年見直し案）"], ["単位：千円"],
            ["年度", "工事項目", "工事費", "積立金収入", "年度末残高"],
            [2026, "給水ポンプ交換", 8800, 21600, 148200], [2027, "大規模修繕（第3回）", 132000, 21600, 37800],
            [2028, "-", 0, 25900, 63700], [2029, "エレベーター制御盤更新", 18700, 25900, 70900],
            [2030, "機械式駐車場 部分更新", 24200, 25900, 72600], [2031, "-", 0, 25900, 98500]]
    return {
        "id": "realestate-076", "expect": "pass", "charset": "cp932",
        "sender": "大河内 亮 <r-okochi@hinode-sangyo.co.jp>",
        "to": ["冨永 様 <tominaga.k1962@gmail.com>"],
        "subject": "長期修繕計画 見直し案（Excel）",
        "body": f"""冨永様

お世話になっております。日の出産業の大河内です。
長期修繕計画の見直し案をお送りします。2028年度に積立金を1.2倍に改定する前提です。
次回理事会でご説明いたします。

{SIG_OKOCHI}
""",
        "attachments": [{"kind": "xlsx", "name": "長期修繕計画_見直し案.xlsx", "sheets": {"計画": rows}}],
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "repair plan figures (money per year) to the chair's Gmail: no people",
    }


@msg
def _077():
    return {
        "id": "realestate-077", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "笹本 浩二 <sasamoto@hinode-sangyo.co.jp>",
        "to": ["有限会社マルミ商事 経理 <keiri@marumi-shoji.co.jp>"],
        "subject": "駐車場使用料 12月分のご請求",
        "body": f"""有限会社マルミ商事 経理ご担当者様

お世話になっております。日の出産業 業務経理課の笹本です。
グランフォレスト桜丘 駐車場（区画No.7、No.8）の12月分使用料をご請求いたします。

　ご請求額：66,000円（税込）
　お支払期日：11月28日
　お振込先：みどり銀行 芝支店 普通預金 4081726
　　　　　　口座名義 ヒノデサンギヨウ（カ

振込手数料はご負担くださいますようお願いいたします。

{SIG_SASAMOTO}
""",
        "entities": [],
        "detectors": [],
        "note": "invoice with the company's own bank account: not personal data",
    }


@msg
def _078():
    return {
        "id": "realestate-078", "expect": "pass", "charset": "utf-8",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["<domeki.ayano@softbank.ne.jp>"],
        "subject": "【至急】階下への漏水について（ヒノデパレス西大島 305号室）",
        "body": f"""百目鬼様

日の出産業の森下です。お仕事中に失礼いたします。
先ほど、階下の205号室の天井から水が漏れているとの連絡があり、
305号室の給湯器配管または洗濯機まわりが原因の可能性がございます。

お手数ですが、ご帰宅まで洗濯機のご使用を控えていただき、
本日中に室内確認にお伺いしたく、ご都合のよい時間を折り返しお知らせください。
当社 緊急窓口：0120-461-700（24時間）

{SIG_MORISHITA}
""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "urgent leak notice to one tenant on a carrier address",
    }


@msg
def _079():
    return {
        "id": "realestate-079", "expect": "pass", "charset": "cp932",
        "sender": "平松 美咲 <hiramatsu.misaki@hinode-sangyo.co.jp>",
        "to": ["駅前不動産 日吉店 <hiyoshi@ekimae-fudosan.co.jp>"],
        "cc": ["グローバル保証 審査チーム <gaikoku@global-hosho.jp>"],
        "subject": "サンライズ日吉302 審査結果（承認）のご連絡",
        "body": f"""駅前不動産 日吉店 ご担当者様
（Cc：グローバル保証様）

お世話になっております。日の出産業 日吉営業所の平松です。
302号室のお申込み（グエン様）について、保証会社の審査が承認となりました。
契約日は11月22日（土）14時、当店にてお願いいたします。

初期費用の請求書は明日お送りします。

{SIG_HIRAMATSU}
""",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "approval notice naming an applicant by surname only, to broker and guarantor (two organisations)",
    }


@msg
def _080():
    x = people(80, 1)[0]
    return {
        "id": "realestate-080", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["井口 沙織 <s.iguchi@hinode-sangyo.co.jp>"],
        "cc": ["不動産事業部 課長 <kacho-chintai@hinode-sangyo.co.jp>"],
        "subject": "FW: 302号室の件（ご家族からのご相談）",
        "body": f"""井口さん

お疲れ様です。入居者のお母様からこんなメールが来ました。
保証会社への報告は井口さんからお願いできますか。課長にも共有です。

---------- Forwarded message ---------
From: {x['sei']} 節子 <setsuko.{x['romaji'].split()[1].lower()}@nifty.com>
Date: 2025年11月7日(金) 8:41
Subject: 302号室の件
To: morishita@hinode-sangyo.co.jp

日の出産業 森下様

いつも息子がご迷惑をおかけしております。302号室の{x['name']}の母です。
息子は統合失調症で通院しておりますが、最近薬を飲んでいなかったようで、
ご近所にご迷惑をおかけしていると聞きました。主治医と相談し、しばらく入院させる予定です。
家賃は私が責任をもってお支払いしますので、どうか契約を続けさせてください。
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "forward carrying a tenant's psychiatric diagnosis, but all recipients are internal",
    }


@msg
def _081():
    slots = [("No.3", "平置き", "軽・普通車", "18,000"), ("No.9", "平置き", "普通車", "20,000"),
             ("No.14", "機械式 上段", "全高1,550mm以下", "15,000"), ("No.15", "機械式 下段", "全高1,550mm以下", "13,000"),
             ("No.22", "平置き（屋根付）", "普通車", "23,000")]
    trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td align=right>{d}円</td></tr>" for a, b, c, d in slots)
    return {
        "id": "realestate-081", "expect": "pass", "charset": "utf-8",
        "sender": "井口 沙織 <s.iguchi@hinode-sangyo.co.jp>",
        "to": ["パークワン管理 募集担当 <boshu@parkone-kanri.co.jp>"],
        "subject": "桜丘 駐車場 空き区画のご案内（12月）",
        "html": f"""<html><body>
<p>パークワン管理株式会社 募集ご担当者様</p>
<p>お世話になっております。日の出産業の井口です。<br>
12月1日時点の空き区画は下記のとおりです。外部募集をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>区画</th><th>形式</th><th>対象車両</th><th>月額(税込)</th></tr>{trs}</table>
<p>契約時に車検証の写しと保管場所使用承諾書の発行手数料（2,200円）が必要です。</p>
<p>日の出産業株式会社 賃貸管理課 井口 沙織<br>TEL 03-5442-7812</p>
</body></html>""",
        "entities": [],
        "detectors": [],
        "note": "HTML-only table of free parking spaces and prices: no people",
    }


@msg
def _082():
    tenants = [("株式会社シーサイドキッチン", corp_number(821), "045-719-3820", "1F 店舗", "82.4", "420,000"),
               ("医療法人社団ひかり会", corp_number(822), "045-719-4411", "2F 201-202", "120.6", "540,000"),
               ("ブライトラーニング株式会社", corp_number(823), "045-710-2295", "3F 301", "64.0", "275,000"),
               ("合同会社ノースデザイン", corp_number(824), "045-710-6032", "3F 302", "38.2", "168,000"),
               ("北国フーズ株式会社 横浜営業所", corp_number(825), "045-716-8810", "4F 全室", "126.0", "510,000")]
    lines = "\n".join(f"{n}（法人番号 {c}）\n　代表 {t} / 区画 {k} / {a}㎡ / 月額 {r}円" for n, c, t, k, a, r in tenants)
    return {
        "id": "realestate-082", "expect": "pass", "charset": "cp932",
        "sender": "仙石 由香 <sengoku@hinode-sangyo.co.jp>",
        "to": ["ロイヤルエステート 投資営業部 <toushi@royal-estate.co.jp>"],
        "subject": "日吉ひので第一ビル テナント一覧",
        "body": f"""ロイヤルエステート株式会社
投資営業部　加賀美様

お世話になっております。日の出産業の仙石です。
日吉ひので第一ビル（事務所・店舗）のテナント一覧をお送りします。
全テナント法人契約で、個人の賃借人はおりません。

{lines}

賃料は税別、共益費込みです。

{SIG_SENGOKU}
""",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "list of corporate tenants with 法人番号 and switchboards: businesses, not people",
    }


@msg
def _083():
    return {
        "id": "realestate-083", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "大河内 亮 <r-okochi@hinode-sangyo.co.jp>",
        "to": ["冨永 和也 <k.tominaga@tominaga-sekkei.co.jp>"],
        "subject": "第25期通常総会 議事録（案）のご確認",
        "body": f"""冨永理事長

お世話になっております。日の出産業の大河内です。
第25期通常総会の議事録（案）を作成しましたので、ご確認をお願いいたします。
議事録署名人のお二人には、理事長のご確認後に回覧いたします。

{SIG_OKOCHI}
""",
        "attachments": [{"kind": "docx", "name": "第25期通常総会議事録（案）.docx", "paragraphs": [
            "パークヒルズ杉並管理組合 第25期通常総会 議事録",
            "日時：2025年6月22日（日）10:00〜11:40　場所：集会室",
            "組合員総数 48名　議決権総数 48個　出席 19名（委任状 17名、議決権行使書 6名）",
            "議長：冨永 和也（理事長）　書記：日の出産業株式会社 大河内 亮",
            "第1号議案 第24期事業報告及び決算報告の件　賛成多数により承認",
            "第2号議案 第25期事業計画及び予算案の件　賛成多数により承認",
            "第3号議案 役員選任の件　原案どおり選任",
            "第4号議案 大規模修繕工事の設計監理者選定の件　倉田設計事務所に決定",
            "議事録署名人：渕上 理恵、保科 正樹"]}],
        "entities": [],
        "detectors": [],
        "note": "AGM minutes naming the chair and two signatories without any other data about them",
    }


@msg
def _084():
    p = people(84, 8)
    return {
        "id": "realestate-084", "expect": "pass", "charset": "utf-8",
        "sender": "井口 沙織 <s.iguchi@hinode-sangyo.co.jp>",
        "to": ["日の出産業 賃貸管理課 <s.iguchi@hinode-sangyo.co.jp>"],
        "bcc": [x["email"] for x in p],
        "subject": "【メゾン・ド・ひので川口】排水管高圧洗浄のお知らせ",
        "body": f"""メゾン・ド・ひので川口 入居者の皆様

いつもご入居いただき、ありがとうございます。管理会社の日の出産業です。
年1回の排水管高圧洗浄を下記のとおり実施いたします。

　日時：12月9日（火）9:00〜17:00
　作業内容：キッチン・浴室・洗面・洗濯パンの排水口からの高圧洗浄（1戸10分程度）
　ご協力のお願い：排水口まわりのお荷物の移動

ご不在の場合は、12月16日（火）に再訪問いたします。
詳しくは添付のお知らせ（PDF）をご覧ください。

日の出産業株式会社 賃貸管理課
""",
        "attachments": [{"kind": "pdf", "name": "排水管洗浄のお知らせ.pdf", "lines": [
            "入居者の皆様へ　排水管高圧洗浄のお知らせ", "実施日：12月9日（火）9:00〜17:00",
            "作業会社：みなと設備株式会社", "お問い合わせ：日の出産業 賃貸管理課 03-5442-7812"]}],
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "notice to all tenants correctly in Bcc (To is our own address): nobody sees anyone",
    }


@msg
def _085():
    return {
        "id": "realestate-085", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "羽田野 勇 <hatano@hinode-sangyo.co.jp>",
        "to": ["小林リフォーム 小林社長 <kobayashi@kobayashi-reform.jp>"],
        "subject": "注文書 PO-25-11-031 送付（コーポ若葉202 原状回復）",
        "body": f"""小林リフォーム 小林社長

お世話になっております。日の出産業の羽田野です。
相見積の結果、コーポ若葉202号室の原状回復工事は御社にお願いすることになりました。
注文書を添付します。

　注文番号：PO-25-11-031
　御見積番号：KR-2511-088
　金額：286,000円（税込）
　工期：11月25日〜11月29日
　支払条件：月末締め翌月末払い

注文請書のご返送をお願いいたします。

{SIG_HATANO}
""",
        "attachments": [{"kind": "pdf", "name": "注文書_PO-25-11-031.pdf", "lines": [
            "注文書", "小林リフォーム 御中", "注文番号 PO-25-11-031", "件名 コーポ若葉202号室 原状回復工事",
            "金額 286,000円（税込）"]}],
        "entities": [],
        "detectors": [],
        "note": "purchase order with order and quotation numbers and an amount",
    }


@msg
def _086():
    return {
        "id": "realestate-086", "expect": "pass", "charset": "cp932",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["加納興産 資産管理部 <shisan@kanou-kosan.co.jp>"],
        "subject": "保証会社のご担当者様のご紹介",
        "body": f"""加納興産株式会社 資産管理部 ご担当者様

お世話になっております。日の出産業の森下です。
先日お話のあった、滞納保証の商品説明を希望される件で、
当社が提携している保証会社の担当者をご紹介いたします。

　全国保証株式会社 法人営業部
　課長　野々村 健一 様
　TEL：03-6261-4870　携帯：080-3357-1928
　Mail：nonomura@zenkoku-hosho.co.jp

野々村様には私から事前に事情をお伝えしております。
直接ご連絡いただいて問題ございません。

{SIG_MORISHITA}
""",
        "entities": [],
        "detectors": [],
        "note": "one business contact (a guarantor company's manager) introduced to a client",
    }


@msg
def _087():
    return {
        "id": "realestate-087", "expect": "pass", "charset": "utf-8",
        "sender": "笹本 浩二 <sasamoto@hinode-sangyo.co.jp>",
        "to": ["比嘉様 <higa-yoshiko@yahoo.co.jp>"],
        "subject": "10月分 送金明細書のご送付（コーポ若葉）",
        "body": f"""比嘉様

いつもお世話になっております。日の出産業 業務経理課の笹本です。
10月分の送金明細書をお送りいたします。本日、ご指定の口座へ送金いたしました。

　賃料収入：712,000円
　管理委託手数料：-39,160円
　排水管洗浄費用（按分）：-16,500円
　送金額：656,340円

明細書（PDF）にパスワードはかけておりません。

{SIG_SASAMOTO}
""",
        "attachments": [{"kind": "pdf", "name": "送金明細書_202510_比嘉様.pdf", "lines": [
            "送金明細書 2025年10月分", "コーポ若葉（10戸）", "賃料収入 712,000円", "管理委託手数料 39,160円",
            "排水管洗浄費用 16,500円", "送金額 656,340円"]}],
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "an owner's own remittance statement (amounts only) to her Yahoo address",
    }


@msg
def _088():
    return {
        "id": "realestate-088", "expect": "pass", "charset": "utf-8",
        "sender": "Kenji Arima <k.arima@hinode-sangyo.co.jp>",
        "to": ["Lucas Moreau <lucas.moreau.paris@gmail.com>"],
        "subject": "Your move-in on 1 December - Sunrise Hiyoshi 503",
        "body": f"""Dear Mr. Moreau,

Welcome to Sunrise Hiyoshi! A few practical points for your move-in on 1 December:

1. Keys: please collect them at our Hiyoshi office (2-3-15 Hiyoshi, 1F) from 10:00.
2. Utilities: electricity is already on. Please call Tokai Gas (0120-21-4466) to
   open the gas line; someone must be at home for about 30 minutes.
3. Garbage: burnable waste on Mon/Thu, plastics on Wed. A leaflet in English is in
   the kitchen drawer.
4. Internet: the building has free Wi-Fi; the SSID and password are on the router.

If anything is unclear, just reply to this mail.

Best regards,

{SIG_ARIMA}
""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "English welcome mail to one new tenant on Gmail",
    }


@msg
def _089():
    x = people(89, 1)[0]
    return {
        "id": "realestate-089", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "平松 美咲 <hiramatsu.misaki@hinode-sangyo.co.jp>",
        "to": ["土屋 千尋 <tsuchiya@hinode-sangyo.co.jp>"],
        "subject": "契約書類 本人確認（在留カード）の件",
        "body": f"""土屋さん

お疲れ様です。平松です。
302号室の契約者様の在留カード確認、店頭で原本確認しました。契約書類に転記をお願いします。

　氏名：NGUYEN THI THU HA
　在留カード番号：UH48120375KA
　在留期限：2027年5月20日
　携帯：080-2291-6604

写しはスキャンして契約フォルダに入れてあります。

平松
""",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
        "detectors": [],
        "note": "residence card number, but sent between two internal staff only",
    }


@msg
def _090():
    return {
        "id": "realestate-090", "expect": "pass", "charset": "utf-8",
        "sender": "平松 美咲 <hiramatsu.misaki@hinode-sangyo.co.jp>",
        "to": ["みなとホーム 賃貸営業 <chintai@minato-home.co.jp>"],
        "subject": "サンライズ日吉 募集図面・物件概要一式",
        "body": f"""みなとホーム 賃貸営業 ご担当者様

お世話になっております。日の出産業の平松です。
サンライズ日吉の募集図面と物件概要を一式ZIPでお送りします（パスワードなし）。
ポータルサイトへの掲載もお願いいたします。

{SIG_HIRAMATSU}
""",
        "attachments": [{"kind": "zip", "name": "sunrise_hiyoshi_boshu.zip", "files": [
            {"kind": "pdf", "name": "募集図面_402.pdf", "lines": ["サンライズ日吉 402号室", "2LDK 55.8㎡ 賃料132,000円",
                                                            "東急東横線「日吉」駅 徒歩8分"]},
            {"kind": "pdf", "name": "募集図面_503.pdf", "lines": ["サンライズ日吉 503号室", "1LDK 41.0㎡ 賃料104,000円"]},
            {"kind": "xlsx", "name": "物件概要.xlsx", "sheets": {"概要": [
                ["項目", "内容"], ["所在地", "神奈川県横浜市港北区日吉本町4-8-21"], ["構造", "RC造6階建"],
                ["築年月", "2009年3月"], ["総戸数", "24戸"], ["設備", "オートロック・宅配ボックス・無料Wi-Fi"]]}}]}],
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of floor plans and a property sheet: readable and no people",
    }


@msg
def _091():
    cos = [("みなと設備株式会社", corp_number(911), "03-3452-8810"),
           ("小林リフォーム株式会社", corp_number(912), "047-433-2051"),
           ("きらら清掃株式会社", corp_number(913), "03-5382-7710"),
           ("株式会社ハヤテ防災", corp_number(914), "03-5760-2231"),
           ("緑の庭造園株式会社", corp_number(915), "03-3311-0954"),
           ("東京キーサービス株式会社", corp_number(916), "03-6457-2380")]
    rows = [["協力会社名", "法人番号", "代表電話"]] + [list(c) for c in cos]
    return {
        "id": "realestate-091", "expect": "pass", "charset": "cp932",
        "sender": "笹本 浩二 <sasamoto@hinode-sangyo.co.jp>",
        "to": ["加納興産 経理部 <keiri@kanou-kosan.co.jp>"],
        "subject": "Re: 修繕費の支払先（協力会社）の法人番号について",
        "body": f"""加納興産 経理部 ご担当者様

お世話になっております。日の出産業の笹本です。
ご依頼のあった、修繕工事の支払先6社の法人番号をCSVでお送りします。
インボイスの登録番号はいずれも「T＋法人番号」です。

{SIG_SASAMOTO}
""",
        "attachments": [{"kind": "csv", "name": "協力会社_法人番号.csv", "encoding": "cp932", "rows": rows}],
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "CSV of six contractor companies with 法人番号 and switchboards: businesses, not people",
    }


@msg
def _092():
    p = people(92, 7)
    quoted = "\n".join(f"> {u}  {x['ROMAJI']:<20} {x['email']}" for u, x in
                       zip(["201", "203", "301", "305", "402", "501", "506"], p))
    return {
        "id": "realestate-092", "expect": "pass", "charset": "utf-8",
        "sender": "Kenji Arima <k.arima@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@harbourline-pm.com>"],
        "subject": "Re: Tenant contacts - a few corrections",
        "body": f"""Hi Priya,

Thanks for checking. Yes, your corrected list below matches our records now, except
that 402 asked last week to be contacted by phone rather than e-mail. I'll note it in
the handover memo.

Best,
Kenji

On Wed, 12 Nov 2025 at 09:14, Priya Raman <priya.raman@harbourline-pm.com> wrote:
> Hi Kenji,
>
> We've loaded the contacts into our system. Could you confirm these are right?
>
{quoted}
>
> Thanks,
> Priya
""",
        "entities": [],
        "detectors": [],
        "note": "reply whose tenant e-mail list is only quoted under 'On ... wrote:' from the recipient",
    }


@msg
def _093():
    p = people(93, 1)[0]
    wife_mei = "幸子" if not p["female"] else "茂"
    return {
        "id": "realestate-093", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "仙石 由香 <sengoku@hinode-sangyo.co.jp>",
        "to": ["山根司法書士事務所 山根先生 <yamane@yamane-shihoshoshi.jp>"],
        "subject": "所有権移転登記のご依頼（売主様ご夫妻の情報）",
        "body": f"""山根先生

お世話になっております。日の出産業 売買仲介課の仙石です。
12月19日決済予定の戸建売買について、売主様ご夫妻（共有持分各1/2）の情報をお送りします。
本人確認のご面談の日程調整をお願いいたします。

　売主1：{p['name']}（{p['kana']}）
　　住所：〒{p['zip']} {p['addr']}
　　電話：{p['mobile']}
　売主2：{p['sei']} {wife_mei}
　　住所：同上
　　電話：{p['tel']}

登記識別情報は売主様がお持ちとのことです。

{SIG_SENGOKU}
""",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two sellers' address and phones to a judicial scrivener: two people, may be warned",
    }


@msg
def _094():
    comps = [("ルネ日吉本町", "2012年", "1LDK", "40.2", "101,000"), ("プラウド日吉", "2018年", "1LDK", "42.8", "118,000"),
             ("日吉レジデンス", "2006年", "1LDK", "39.5", "96,000"), ("コンフォート箕輪町", "2015年", "1LDK", "41.0", "104,000"),
             ("パークアクシス日吉", "2020年", "1LDK", "40.6", "121,000")]
    lines = "\n".join(f"{pad(a, 22)}{b:<7}{c:<6}{d:>6}㎡ {e:>9}円" for a, b, c, d, e in comps)
    return {
        "id": "realestate-094", "expect": "pass", "charset": "cp932",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["加納興産 資産管理部 <shisan@kanou-kosan.co.jp>"],
        "subject": "ルミエール日吉 1LDK 周辺賃料相場のご報告",
        "body": f"""加納興産株式会社 資産管理部 ご担当者様

お世話になっております。日の出産業の森下です。
ルミエール日吉の1LDKタイプの賃料見直しの参考として、周辺の成約事例を調べました。

{lines}

㎡単価の平均は2,620円で、現行賃料（2,390円/㎡）は相場より約9%低い水準です。
次回更新時に+5,000円程度の改定は十分可能と考えます。

{SIG_MORISHITA}
""",
        "entities": [],
        "detectors": [],
        "note": "market survey listing buildings and rents: no people",
    }


@msg
def _095():
    return {
        "id": "realestate-095", "expect": "pass", "charset": "utf-8",
        "sender": "羽田野 勇 <hatano@hinode-sangyo.co.jp>",
        "to": ["嵯峨様 <saga.mizuho@icloud.com>"],
        "subject": "敷金精算書のご送付（サンライズ日吉 305号室）",
        "body": f"""嵯峨様

先日はご退去の立会いにご協力いただき、ありがとうございました。
日の出産業 工事管理課の羽田野です。

敷金精算書をお送りします。内容をご確認のうえ、同意書にご署名をお願いいたします。

　お預かり敷金：96,000円
　ご負担額：クロス補修（タバコのヤニ）18,700円、ハウスクリーニング 33,000円
　ご返金額：44,300円

ご返金は、同意書到着後1週間以内にご指定の口座へお振込みいたします。

{SIG_HATANO}
""",
        "attachments": [{"kind": "pdf", "name": "敷金精算書_日吉305.pdf", "lines": [
            "敷金精算書", "物件：サンライズ日吉 305号室", "お預かり敷金 96,000円", "ご負担額 51,700円",
            "ご返金額 44,300円"]}],
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "deposit settlement to the former tenant herself (one free-mail recipient, her own data)",
    }


@msg
def _096():
    return {
        "id": "realestate-096", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "大河内 亮 <r-okochi@hinode-sangyo.co.jp>",
        "to": ["杉並消防署 予防課 <yobou@fd.city.suginami-ku.lg.jp>"],
        "subject": "パークヒルズ杉並 総合防災訓練の実施について（ご指導のお願い）",
        "body": f"""杉並消防署 予防課 ご担当者様

いつもお世話になっております。パークヒルズ杉並（杉並区成田東3-22-10）の
管理会社、日の出産業の大河内と申します。

管理組合主催の総合防災訓練を下記のとおり実施いたします。
消火器・AEDの取扱い指導をお願いできますでしょうか。

　日時：12月14日（日）10:00〜11:30
　場所：敷地内駐車場および集会室
　参加予定：約60名（48世帯中）
　内容：通報訓練、避難訓練、消火器訓練、AED講習

必要な届出書類がございましたらご教示ください。

{SIG_OKOCHI}
""",
        "entities": [],
        "detectors": [],
        "note": "drill notice with a headcount only, to the fire department",
    }


@msg
def _097():
    return {
        "id": "realestate-097", "expect": "pass", "charset": "cp932",
        "sender": "大河内 亮 <r-okochi@hinode-sangyo.co.jp>",
        "to": ["けやき台レジデンス管理組合 理事会 <rijikai@keyakidai-residence.jp>"],
        "subject": "管理業務開始のご挨拶と担当者のご紹介",
        "body": f"""けやき台レジデンス管理組合
理事会の皆様

このたびは管理会社として当社をお選びいただき、誠にありがとうございます。
12月1日より管理業務を開始するにあたり、担当者をご紹介いたします。

　フロント担当：大河内 亮（携帯 080-4417-2093）
　会計担当　　：笹本 浩二（TEL 03-5442-7840）
　工事担当　　：羽田野 勇（携帯 090-6612-3304）
　夜間・休日　：日の出産業 24時間センター（0120-461-700）

初回の理事会で、引継ぎの状況と今後の年間スケジュールをご説明いたします。
今後ともよろしくお願い申し上げます。

{SIG_OKOCHI}
""",
        "entities": [],
        "detectors": [],
        "note": "our own three staff members' work contacts in a greeting: sender-side business contacts",
    }


# =============================================================================================
# EITHER — a privacy officer could judge either way
# =============================================================================================


@msg
def _098():
    p = people(98, 8)
    rng = random.Random(98)
    lines = ["号室   契約者            月額賃料   契約期間（現契約）"]
    for r, x in zip(["101", "102", "103", "104", "201", "202", "205", "206"], p):
        s = rng.randrange(2016, 2026)
        while s + 2 <= 2025:
            s += 2
        lines.append(f"{r}    {pad(x['name'], 18)}{rng.choice([78000, 82000, 86000]):>8,}   "
                     f"{s}/{rng.choice(['04', '07', '10'])}/01〜{s + 2}年満了")
    return {
        "id": "realestate-098", "expect": "either", "charset": "iso-2022-jp",
        "sender": "笹本 浩二 <sasamoto@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人融資部 <yushi@midori-ginko.co.jp>"],
        "subject": "加納興産様 借換え審査資料（レントロール）",
        "body": f"""みどり銀行 法人融資部 ご担当者様

お世話になっております。日の出産業 業務経理課の笹本です。
加納興産様の借換え審査のため、オーナー様のご了承を得てルミエール綱島のレントロールを
お送りします。

{chr(10).join(lines)}

空室：203、204（募集中）

{SIG_SASAMOTO}
""",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "rent roll of 8 named tenants with rents but no contact data, to the owner's bank: arguable",
    }


@msg
def _099():
    return {
        "id": "realestate-099", "expect": "either", "charset": "utf-8",
        "sender": "羽田野 勇 <hatano@hinode-sangyo.co.jp>",
        "to": ["丸美 茂 <marumi.shigeru@gmail.com>", "有限会社マルミ商事 <daihyo@marumi-shoji.co.jp>"],
        "cc": ["小林リフォーム 小林社長 <kobayashi@kobayashi-reform.jp>"],
        "subject": "グランフォレスト桜丘 共用廊下 長尺シート張替えのお見積り",
        "body": f"""丸美様
（会社・個人の両アドレスにお送りしております）

お世話になっております。日の出産業の羽田野です。
共用廊下の長尺シート張替えについて、小林リフォーム様のお見積りをお送りします。

　工事範囲：2〜5階 共用廊下（約186㎡）
　金額：1,452,000円（税込）
　工期：約10日間（各階ごとに施工、通行は確保）

ご承認いただけましたら、小林リフォーム様と工程を詰めます。

{SIG_HATANO}
""",
        "attachments": [{"kind": "pdf", "name": "御見積書_KR-2511-104.pdf", "lines": [
            "御見積書 KR-2511-104", "グランフォレスト桜丘 共用廊下 長尺シート張替え", "金額 1,452,000円（税込）"]}],
        "entities": [],
        "detectors": ["multiple_external_domains", "freemail_recipient"],
        "note": "three external domains but only two parties (the owner at his Gmail and his own company, plus the contractor)",
    }


@msg
def _100():
    p = people(100, 5)
    rs = ["205", "206", "105", "106", "B01"]
    dmg = ["天井クロス 約6㎡ 染み", "天井・壁クロス、照明器具1台", "天井 軽微な染み", "洗面所天井 染み",
           "トランクルーム内 段ボール濡損"]
    lines = "\n".join(f"　・{r}号室　{x['sei']}様　{d}" for r, x, d in zip(rs, p, dmg))
    return {
        "id": "realestate-100", "expect": "either", "charset": "cp932",
        "sender": "森下 直樹 <morishita@hinode-sangyo.co.jp>",
        "to": ["ときわ損害保険 事故受付センター <jiko@tokiwa-sonpo.co.jp>"],
        "subject": "漏水事故のご報告（施設賠償責任保険 証券番号 TK-58210447）",
        "body": f"""ときわ損害保険株式会社
事故受付センター ご担当者様

お世話になっております。ヒノデパレス西大島の管理会社、日の出産業の森下です。
11月8日、共用部の給水管（3階PS内）の破損により下階へ漏水が発生しました。
被害を受けた住戸は以下の5戸です。

{lines}

各戸の写真と修理見積は揃い次第お送りします。
現地調査のご予定をお知らせいただけますでしょうか。

{SIG_MORISHITA}
""",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "five households by surname and room with damage descriptions to the insurer: a list or not?",
    }
