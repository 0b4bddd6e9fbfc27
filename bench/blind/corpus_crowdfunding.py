"""Blind corpus — crowdfunding (クラウドファンディング事業部「ヒノデ・ファンディング」).

日の出産業株式会社のクラウドファンディング事業が社外（と社内）へ送るメール：
プロジェクト実行者（起案者・クリエイター）とのやり取り、リターン発送用の支援者リスト、
決済代行会社への返金依頼、フルフィルメント倉庫・運送会社への発送指示、海外支援者や海外
フォワーダーへの英文メール、実行者への入金（支払）と本人確認（eKYC）、税理士・銀行・
法律事務所・印刷会社・酒造/食品リターン業者とのやり取り。

Every person, backer, creator, address, phone number, e-mail address, bank account, card
number, My Number, ID-document number and every organisation other than those named in
BRIEF.md is invented.  My Numbers and card numbers come from build.my_number() /
build.card_number() with seeds 9701, 9702, … (one per call, in file order).
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

SEED = 9701
rng = random.Random(SEED)
_next_seed = [SEED]


def _seed() -> int:
    s = _next_seed[0]
    _next_seed[0] += 1
    return s


def MYNUM() -> str:
    return my_number(_seed())


def CARD() -> str:
    return card_number(_seed())


def corp_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    digits = [int(c) for c in base12]
    s = sum(d * (1 if n % 2 == 1 else 2) for n, d in enumerate(reversed(digits), start=1))
    return str(9 - s % 9) + base12


HINODE_CORP = corp_number("010401127735")

# -- invented people ---------------------------------------------------------------------

SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("岡本", "オカモト", "Okamoto"),
    ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"),
    ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
    ("和田", "ワダ", "Wada"), ("中山", "ナカヤマ", "Nakayama"), ("石田", "イシダ", "Ishida"),
    ("上田", "ウエダ", "Ueda"), ("森田", "モリタ", "Morita"), ("柴田", "シバタ", "Shibata"),
    ("酒井", "サカイ", "Sakai"), ("工藤", "クドウ", "Kudo"), ("横山", "ヨコヤマ", "Yokoyama"),
    ("宮崎", "ミヤザキ", "Miyazaki"), ("内田", "ウチダ", "Uchida"), ("高木", "タカギ", "Takagi"),
    ("安藤", "アンドウ", "Ando"), ("島田", "シマダ", "Shimada"), ("谷口", "タニグチ", "Taniguchi"),
    ("丸山", "マルヤマ", "Maruyama"), ("今井", "イマイ", "Imai"), ("菊池", "キクチ", "Kikuchi"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("東海林", "ショウジ", "Shoji"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("百目鬼", "ドウメキ", "Domeki"),
    ("御手洗", "ミタライ", "Mitarai"), ("五十嵐", "イガラシ", "Igarashi"), ("鬼頭", "キトウ", "Kito"),
    ("比嘉", "ヒガ", "Higa"), ("仲宗根", "ナカソネ", "Nakasone"), ("一ノ瀬", "イチノセ", "Ichinose"),
    ("四十物", "アイモノ", "Aimono"), ("雲母", "キララ", "Kirara"), ("帯刀", "タテワキ", "Tatewaki"),
    ("漆原", "ウルシバラ", "Urushibara"), ("釘宮", "クギミヤ", "Kugimiya"), ("蓬田", "ヨモギダ", "Yomogida"),
    ("甘粕", "アマカス", "Amakasu"), ("鰐淵", "ワニブチ", "Wanibuchi"),
]

MEI = [
    ("陽菜", "ヒナ", "Hina"), ("結衣", "ユイ", "Yui"), ("大翔", "ヒロト", "Hiroto"), ("蓮", "レン", "Ren"),
    ("美咲", "ミサキ", "Misaki"), ("健一", "ケンイチ", "Kenichi"), ("直樹", "ナオキ", "Naoki"),
    ("恵子", "ケイコ", "Keiko"), ("裕子", "ユウコ", "Yuko"), ("翔太", "ショウタ", "Shota"),
    ("拓也", "タクヤ", "Takuya"), ("彩", "アヤ", "Aya"), ("誠", "マコト", "Makoto"),
    ("智子", "トモコ", "Tomoko"), ("浩二", "コウジ", "Koji"), ("真由美", "マユミ", "Mayumi"),
    ("悠真", "ユウマ", "Yuma"), ("葵", "アオイ", "Aoi"), ("和也", "カズヤ", "Kazuya"),
    ("千尋", "チヒロ", "Chihiro"), ("隆", "タカシ", "Takashi"), ("沙織", "サオリ", "Saori"),
    ("亮", "リョウ", "Ryo"), ("舞", "マイ", "Mai"), ("修", "オサム", "Osamu"),
    ("菜々子", "ナナコ", "Nanako"), ("康介", "コウスケ", "Kosuke"), ("理恵", "リエ", "Rie"),
    ("大輔", "ダイスケ", "Daisuke"), ("瞳", "ヒトミ", "Hitomi"), ("俊介", "シュンスケ", "Shunsuke"),
    ("香織", "カオリ", "Kaori"), ("剛", "ツヨシ", "Tsuyoshi"), ("楓", "カエデ", "Kaede"),
    ("昌平", "ショウヘイ", "Shohei"), ("紗希", "サキ", "Saki"), ("哲也", "テツヤ", "Tetsuya"),
    ("由紀", "ユキ", "Yuki"), ("光太郎", "コウタロウ", "Kotaro"), ("静香", "シズカ", "Shizuka"),
    ("伸也", "シンヤ", "Shinya"), ("ひより", "ヒヨリ", "Hiyori"), ("湊", "ミナト", "Minato"),
    ("朋美", "トモミ", "Tomomi"), ("勝", "マサル", "Masaru"), ("玲奈", "レイナ", "Reina"),
    ("貴之", "タカユキ", "Takayuki"), ("さくら", "サクラ", "Sakura"), ("航平", "コウヘイ", "Kohei"),
]

ADDR = [
    ("060-0061", "北海道", "札幌市中央区", "南一条西"), ("980-0811", "宮城県", "仙台市青葉区", "一番町"),
    ("990-0039", "山形県", "山形市", "香澄町"), ("310-0015", "茨城県", "水戸市", "宮町"),
    ("320-0033", "栃木県", "宇都宮市", "本町"), ("330-0063", "埼玉県", "さいたま市浦和区", "高砂"),
    ("273-0005", "千葉県", "船橋市", "本町"), ("260-0013", "千葉県", "千葉市中央区", "中央"),
    ("154-0015", "東京都", "世田谷区", "桜新町"), ("167-0051", "東京都", "杉並区", "荻窪"),
    ("114-0023", "東京都", "北区", "滝野川"), ("180-0004", "東京都", "武蔵野市", "吉祥寺本町"),
    ("192-0083", "東京都", "八王子市", "旭町"), ("231-0062", "神奈川県", "横浜市中区", "桜木町"),
    ("211-0004", "神奈川県", "川崎市中原区", "新丸子東"), ("251-0025", "神奈川県", "藤沢市", "鵠沼石上"),
    ("950-0087", "新潟県", "新潟市中央区", "東大通"), ("920-0853", "石川県", "金沢市", "本町"),
    ("400-0031", "山梨県", "甲府市", "丸の内"), ("390-0811", "長野県", "松本市", "中央"),
    ("420-0852", "静岡県", "静岡市葵区", "紺屋町"), ("430-0933", "静岡県", "浜松市中央区", "鍛冶町"),
    ("460-0008", "愛知県", "名古屋市中区", "栄"), ("444-0043", "愛知県", "岡崎市", "唐沢町"),
    ("514-0009", "三重県", "津市", "羽所町"), ("604-8005", "京都府", "京都市中京区", "恵比須町"),
    ("530-0012", "大阪府", "大阪市北区", "芝田"), ("560-0021", "大阪府", "豊中市", "本町"),
    ("650-0021", "兵庫県", "神戸市中央区", "三宮町"), ("630-8115", "奈良県", "奈良市", "大宮町"),
    ("700-0024", "岡山県", "岡山市北区", "駅元町"), ("730-0011", "広島県", "広島市中区", "基町"),
    ("760-0023", "香川県", "高松市", "寿町"), ("790-0001", "愛媛県", "松山市", "一番町"),
    ("810-0001", "福岡県", "福岡市中央区", "天神"), ("860-0806", "熊本県", "熊本市中央区", "花畑町"),
    ("880-0805", "宮崎県", "宮崎市", "橘通東"), ("900-0015", "沖縄県", "那覇市", "久茂地"),
    ("038-0012", "青森県", "青森市", "安方"), ("780-0870", "高知県", "高知市", "本町"),
]

BLDG = ["コーポ桜", "メゾン若葉", "ハイツ緑ヶ丘", "グランシャトー", "サンハイム", "パークレジデンス",
        "リバーサイド北", "ライオンズ東", "エステート白樺", "フォレスト湊"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "au.com", "hotmail.co.jp", "gmail.com"]


def person() -> dict:
    s, g = rng.choice(SEI), rng.choice(MEI)
    z, pref, city, town = rng.choice(ADDR)
    rest = f"{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
    bldg = ""
    if rng.random() < 0.35:
        bldg = f"{rng.choice(BLDG)} {rng.randint(1, 9)}0{rng.randint(1, 8)}"
    phone = f"0{rng.choice((70, 80, 90))}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    local = rng.choice([
        f"{g[2].lower()}.{s[2].lower()}", f"{s[2].lower()}{rng.randint(1, 99)}",
        f"{g[2].lower()}_{rng.randint(100, 999)}", f"{s[2][0].lower()}{g[2].lower()}{rng.randint(70, 99)}",
        f"{s[2].lower()}.{g[2][0].lower()}{rng.randint(1, 9)}",
    ])
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
        "romaji": f"{g[2]} {s[2]}", "zip": z, "pref": pref, "city": city, "town": town,
        "rest": rest, "bldg": bldg,
        "addr": f"{pref}{city}{town}{rest}" + (f" {bldg}" if bldg else ""),
        "phone": phone, "email": f"{local}@{rng.choice(FREEMAIL)}",
        "dob": date(1952, 1, 1) + timedelta(days=rng.randint(0, 18500)),
        "bid": f"{rng.randint(100000, 999999)}",
    }


def people(n: int) -> list[dict]:
    return [person() for _ in range(n)]


FOREIGN = [
    ("Emily", "Carter", "1420 NW Marshall St", "Portland, OR 97209", "USA", "+1 503-555-0142"),
    ("Lucas", "Moreau", "18 Rue des Tanneurs", "69001 Lyon", "France", "+33 4 72 55 01 83"),
    ("Hannah", "Schulz", "Gneisenaustr. 41", "10961 Berlin", "Germany", "+49 30 5557 2210"),
    ("Oliver", "Bennett", "27 Wellington Rd", "Leeds LS12 1DR", "United Kingdom", "+44 113 496 0731"),
    ("Chloe", "Nguyen", "88 Cuba St", "Wellington 6011", "New Zealand", "+64 4 555 0196"),
    ("Daniel", "Kowalski", "3310 W Fulton St", "Chicago, IL 60624", "USA", "+1 312-555-0178"),
    ("Sofia", "Lindqvist", "Hornsgatan 112", "118 21 Stockholm", "Sweden", "+46 8 555 230 14"),
    ("Wei Ling", "Tan", "Blk 221 Jurong East St 21 #07-114", "Singapore 600221", "Singapore",
     "+65 5550 3318"),
    ("Marco", "Ricci", "Via Po 44", "10124 Torino", "Italy", "+39 011 555 0872"),
    ("Grace", "O'Neill", "14 Harbour View", "Cobh, Co. Cork P24 X2N7", "Ireland", "+353 21 555 0419"),
    ("Ethan", "Clarke", "9 Brunswick St", "Fitzroy VIC 3065", "Australia", "+61 3 5550 1884"),
    ("Mia", "Fischer", "Lerchenfelder Str. 73", "1070 Wien", "Austria", "+43 1 555 3046"),
    ("Jae-won", "Park", "41 Yeonmujang-gil", "Seongdong-gu, Seoul 04782", "South Korea",
     "+82 2 555 0163"),
    ("Isabel", "Romero", "Calle de Pez 19", "28004 Madrid", "Spain", "+34 91 555 0327"),
    ("Noah", "Williams", "602 Granville St", "Vancouver, BC V6C 1V5", "Canada", "+1 604-555-0119"),
    ("Ava", "Martin", "55 Queen St W", "Toronto, ON M5H 2M9", "Canada", "+1 416-555-0150"),
]


def foreign(i: int) -> dict:
    first, last, street, city, country, phone = FOREIGN[i % len(FOREIGN)]
    local = rng.choice([f"{first.split()[0].lower()}.{last.lower().replace(chr(39), '')}",
                        f"{first[0].lower()}{last.lower().replace(chr(39), '')}{rng.randint(1, 99)}"])
    dom = rng.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me"])
    return {"name": f"{first} {last}", "street": street, "city": city, "country": country,
            "phone": phone, "email": f"{local}@{dom}", "bid": f"{rng.randint(100000, 999999)}"}


# -- formatting ---------------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-.()HS:", "０１２３４５６７８９－．（）ＨＳ：")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(1989, 1, 8):
        era, ab, y = "平成", "H", d.year - 1988
    else:
        era, ab, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "abbr":
        return f"{ab}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{ab}{y}.{d.month}.{d.day}")
    if style == "zenkanji":
        return f"{era}{zen(str(y))}年{zen(str(d.month))}月{zen(str(d.day))}日"
    return d.strftime("%Y/%m/%d")


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def padded(header: list[str], rows: list[list[str]], rule: str = "-", gap: int = 2) -> str:
    allrows = [header] + rows
    widths = [max(_w(str(r[i])) for r in allrows) + gap for i in range(len(header))]

    def line(r: list[str]) -> str:
        return "".join(str(c) + " " * (widths[i] - _w(str(c))) for i, c in enumerate(r)).rstrip()

    out = [line(header), rule * (sum(widths) - gap)]
    out += [line(r) for r in rows]
    return "\n".join(out)


# -- the organisation ---------------------------------------------------------------------

HQ = "〒105-0004 東京都港区新橋4-11-6 日の出産業ビル8F"
STAFF = {
    "saeki": ("佐伯 遼", "r.saeki", "クラウドファンディング事業部 フルフィルメント課", "03-5401-7731"),
    "okochi": ("大河内 美紀", "m.okochi", "クラウドファンディング事業部 サポートデスク", "03-5401-7735"),
    "kuribayashi": ("栗林 健太", "k.kuribayashi", "経理部 支払グループ", "03-5401-7702"),
    "mizuno": ("水野 早苗", "s.mizuno", "クラウドファンディング事業部 審査課", "03-5401-7738"),
    "shibasaki": ("柴崎 航", "w.shibasaki", "クラウドファンディング事業部 プロジェクト推進課", "03-5401-7740"),
    "nonomura": ("野々村 リサ", "l.nonomura", "クラウドファンディング事業部 海外サポート", "03-5401-7744"),
    "shishido": ("宍戸 哲也", "t.shishido", "情報システム部", "03-5401-7760"),
    "enomoto": ("榎本 奈央", "n.enomoto", "法務部", "03-5401-7710"),
    "hasumi": ("蓮見 大吾", "d.hasumi", "クラウドファンディング事業部 部長", "03-5401-7730"),
    "tsuji": ("辻 まどか", "m.tsuji", "クラウドファンディング事業部 決済・返金チーム", "03-5401-7736"),
}


def frm(k: str) -> str:
    name, local, _, _ = STAFF[k]
    return f"{name} <{local}@hinode-sangyo.co.jp>"


def sig(k: str, style: int = 0) -> str:
    name, local, dept, tel = STAFF[k]
    mail = f"{local}@hinode-sangyo.co.jp"
    if style == 0:
        return (f"\n--\n日の出産業株式会社\n{dept}\n{name}\n{HQ}\nTEL {tel} / FAX 03-5401-7799\n"
                f"Mail {mail}\nヒノデ・ファンディング https://funding.hinode-sangyo.co.jp/\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━\n 日の出産業株式会社 {dept}\n {name}\n"
                f" TEL:{tel}  {mail}\n━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n{name}（{dept}）\n内線 {tel[-4:]}\n"
    en = {"nonomura": "Lisa Nonomura", "saeki": "Ryo Saeki", "tsuji": "Madoka Tsuji",
          "mizuno": "Sanae Mizuno", "shibasaki": "Wataru Shibasaki",
          "hasumi": "Daigo Hasumi"}.get(k, name)
    return (f"\nBest regards,\n\n{en}\nHinode Funding (Hinode Sangyo Co., Ltd.)\n"
            f"4-11-6 Shimbashi, Minato-ku, Tokyo 105-0004, Japan\nTel +81-{tel[1:]}\n{mail}\n")


DISC_JA = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者にご連絡のうえ、本メールを削除してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender and delete this e-mail.\n")

MESSAGES: list[dict] = []


def add(**kw) -> None:
    MESSAGES.append(kw)


# =========================================================================================
# 001 — shipping list in padded columns to the partner carrier
_p = people(8)
_rows = [[f"HF-{p['bid']}", p["name"], p["zip"], p["addr"], p["phone"], r]
         for p, r in zip(_p, ["A", "B", "A", "C", "A", "B", "B", "A"])]
add(
    id="crowdfunding-001",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["青葉運輸 東京ロジセンター 三宅様 <t.miyake@aoba-unyu.co.jp>"],
    subject="【発送依頼】PJ-2318 真鍮ランプ リターン第2便 発送先",
    body=(
        "青葉運輸株式会社\n東京ロジセンター 三宅様\n\nいつもお世話になっております。\n"
        "日の出産業 クラウドファンディング事業部の佐伯です。\n\n"
        "PJ-2318「真鍮ランプ ONE LIGHT」リターン第2便の発送先をお送りします。\n"
        "集荷は11/20(木)午後でお願いいたします。リターン記号 A=ランプ本体 B=本体＋替え芯 C=ペア\n\n"
        + padded(["支援番号", "氏名", "〒", "住所", "電話", "ﾘﾀｰﾝ"], _rows) +
        "\n\n以上8件です。不在票対応は従来どおりでお願いいたします。\n" + sig("saeki")
    ),
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 backers' name/address/phone in padded columns to an external carrier",
)

# 002 — one backer's address change to the carrier (must go, may warn)
_p = person()
add(
    id="crowdfunding-002",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["t.miyake@aoba-unyu.co.jp"],
    subject="Re: PJ-2318 第2便 お届け先変更1件",
    body=(
        "三宅様\n\nお世話になっております。佐伯です。\n"
        "第2便のうち1件、支援者様からお届け先変更の連絡がありましたので差し替えをお願いします。\n\n"
        f"  支援番号：HF-{_p['bid']}\n  お名前　：{_p['name']} 様\n"
        f"  変更後　：〒{_p['zip']} {_p['addr']}\n  電話　　：{_p['phone']}\n\n"
        "伝票発行前であれば差し替え、発行済みでしたら転送扱いで構いません。\n"
        "お手数をおかけします。\n" + sig("saeki", 2)
    ),
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a single backer's new delivery address to the carrier: one person, may warn",
)

# 003 — CSV (CP932) of 40 backers to the fulfilment warehouse
_p = people(40)
_rewards = ["早割 ブックスタンド×1", "通常 ブックスタンド×1", "ペアセット", "限定色 墨", "応援のみ(お礼状)"]
_csv = [["注文番号", "氏名", "氏名カナ", "郵便番号", "都道府県", "住所1", "住所2", "電話番号",
         "メールアドレス", "リターン", "数量"]]
for _i, p in enumerate(_p):
    _csv.append([f"PJ2405-{1000 + _i * 7}", p["name"], p["kana"], p["zip"], p["pref"],
                 p["city"] + p["town"] + p["rest"], p["bldg"], p["phone"], p["email"],
                 rng.choice(_rewards), str(rng.choice([1, 1, 1, 2]))])
add(
    id="crowdfunding-003",
    charset="shift_jis",
    sender=frm("saeki"),
    to=["ソラノ物流 出荷管理 <shukka@sorano-butsuryu.co.jp>"],
    cc=["佐伯 遼 <r.saeki@hinode-sangyo.co.jp>"],
    subject="PJ-2405 木製ブックスタンド 出荷データ（40件）",
    body=(
        "ソラノ物流株式会社\n出荷管理ご担当者様\n\nお世話になっております。日の出産業の佐伯です。\n"
        "PJ-2405 のリターン出荷データを添付いたします（CSV、40件）。\n"
        "入荷済みの在庫から、12月第1週での出荷をお願いできますでしょうか。\n"
        "「応援のみ(お礼状)」はお礼状のみのメール便で結構です。\n\nよろしくお願いいたします。\n"
        + sig("saeki", 1)
    ),
    attachments=[{"kind": "csv", "name": "PJ2405_shukka_20251128.csv", "encoding": "cp932",
                  "rows": _csv}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of 40 backers with address/phone/e-mail to an external warehouse",
)

# 004 — internal: backer list to the in-house fulfilment team
_p = people(12)
_lines = "\n".join(f"{i + 1:>2}　{p['name']}（{p['kana']}）　〒{p['zip']}　{p['addr']}　{p['phone']}"
                   for i, p in enumerate(_p))
add(
    id="crowdfunding-004",
    charset="iso-2022-jp",
    sender=frm("okochi"),
    to=["フルフィルメント課 <fulfillment@hinode-sangyo.co.jp>"],
    cc=["柴崎 航 <w.shibasaki@hinode-sangyo.co.jp>"],
    subject="【社内】PJ-2290 未着問い合わせ12件の照合お願い",
    body=(
        "フルフィルメント課 各位\n\nサポートデスクの大河内です。\n"
        "PJ-2290（信楽焼マグ）について「まだ届かない」とのお問い合わせが12件たまっています。\n"
        "出荷実績との照合をお願いできますか。\n\n" + _lines +
        "\n\n照合結果はサポートの共有シートに書き込んでいただければこちらで個別に返信します。\n"
        + sig("okochi", 2)
    ),
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="12 backers' records, but every recipient is internal",
)

# 005 — three creators in To (should have been Bcc)
add(
    id="crowdfunding-005",
    charset="utf-8",
    sender=frm("kuribayashi"),
    to=["桐山 花恵 <hanae.kiriyama@gmail.com>", "岬ガラス工房 <info@misaki-glass.com>",
        "小山田 <t.oyamada@yahoo.co.jp>"],
    subject="【ヒノデ・ファンディング】年末年始の入金スケジュールについて",
    body=(
        "プロジェクト実行者の皆さま\n\nいつもヒノデ・ファンディングをご利用いただきありがとうございます。\n"
        "日の出産業 経理部の栗林です。\n\n年末年始の休業に伴い、12月の支援金の入金日を以下のとおり変更いたします。\n\n"
        "　・12月15日締め分　→　12月24日（水）入金\n　・12月末締め分　　→　1月9日（金）入金\n\n"
        "お支払明細はこれまでどおり管理画面からダウンロードいただけます。\n"
        "ご不明点がございましたら本メールにご返信ください。\n" + sig("kuribayashi")
    ),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three separate creators (two free-mail persons and a workshop) can see each other in To",
)

# 006 — reply quoting the carrier's list of returned parcels
_p = people(6)
_q = "\n".join(f"> {p['bid']}  {p['name']}  {p['pref']}{p['city']}{p['town']}{p['rest']}  {p['phone']}"
               for p in _p)
add(
    id="crowdfunding-006",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["t.miyake@aoba-unyu.co.jp"],
    subject="Re: 【返送】PJ-2318 宛所不明 6件",
    body=(
        "三宅様\n\nご連絡ありがとうございます。佐伯です。\n"
        "6件とも承知しました。支援者様に住所の確認をとり、判明したものから再発送のご依頼をいたします。\n"
        "それまでは御社倉庫で保管をお願いいたします（保管料は別途ご請求ください）。\n\n"
        "佐伯\n\n"
        "2025年11月27日(木) 16:02 三宅 崇 <t.miyake@aoba-unyu.co.jp>:\n"
        "> 日の出産業 佐伯様\n>\n> 青葉運輸の三宅です。\n"
        "> 下記6件、宛所不明で返送となりましたのでご連絡いたします。\n>\n" + _q +
        "\n>\n> ご確認のほどお願いいたします。\n"
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="the six records are only in quoted text from the carrier's own mail; new text has none",
)

# 007 — age-checked sake backers with 和暦 DOB and full-width phones to the sake partner
_p = people(6)
_b = "\n".join(
    f"・{p['name']}　生年月日：{wareki(p['dob'], rng.choice(['kanji', 'abbr', 'zen', 'zenkanji']))}"
    f"　ＴＥＬ：{zen(p['phone'])}\n　〒{zen(p['zip'])}　{p['addr']}" for p in _p)
add(
    id="crowdfunding-007",
    charset="iso-2022-jp",
    sender=frm("shibasaki"),
    to=["北国フーズ 営業部 矢萩様 <yahagi@kitaguni-foods.co.jp>"],
    subject="純米吟醸リターン 年齢確認済み支援者（第1陣）",
    body=(
        "北国フーズ株式会社\n営業部 矢萩様\n\nいつもお世話になっております。日の出産業の柴崎です。\n"
        "「蔵元直送 純米吟醸」リターンのうち、年齢確認が完了した支援者様の第1陣をお送りします。\n"
        "酒類のため、20歳未満でないことを生年月日で確認済みです。\n\n" + _b +
        "\n\n出荷の際は年齢確認シールの貼付をお忘れなくお願いいたします。\n" + sig("shibasaki")
    ),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six backers with 和暦 dates of birth, full-width phones and addresses to a partner",
)

# 008 — a full card number pasted into a refund request to the payment processor
_p = person()
_c = CARD()
add(
    id="crowdfunding-008",
    charset="utf-8",
    sender=frm("tsuji"),
    to=["決済ブリッジ カスタマーサクセス <cs@kessai-bridge.jp>"],
    subject="返金未反映の調査依頼（取引ID KB-77031945）",
    body=(
        "決済ブリッジ株式会社\nカスタマーサクセス ご担当者様\n\nお世話になっております。\n"
        "日の出産業（ヒノデ・ファンディング）決済・返金チームの辻です。\n\n"
        "11/10に返金処理をした下記の取引について、支援者様から「カード明細に返金が反映されていない」と\n"
        "お電話がありました。支援者様がお電話口で読み上げたカード番号を控えておりますので、\n"
        "照合のうえ処理状況をご確認いただけますでしょうか。\n\n"
        f"　取引ID　　：KB-77031945\n　支援者　　：{_p['name']} 様\n"
        f"　カード番号：{_c[:4]} {_c[4:8]} {_c[8:12]} {_c[12:]}\n　有効期限　：09/28\n"
        "　返金額　　：12,800円（全額）\n\nお手数ですがよろしくお願いいたします。\n" + sig("tsuji")
    ),
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a backer's full credit-card number with name sent to the payment processor",
)

# 009 — list of partner warehouses (businesses only) to a creator
add(
    id="crowdfunding-009",
    charset="iso-2022-jp",
    sender=frm("shibasaki"),
    to=["合同会社ミナモデザイン 代表 <contact@minamo-design.jp>"],
    subject="リターン発送代行先のご紹介",
    body=(
        "合同会社ミナモデザイン\n代表 瀬戸口様\n\nお世話になっております。日の出産業の柴崎です。\n"
        "先日お問い合わせいただいた発送代行（フルフィルメント）について、弊社の提携先をご紹介します。\n\n"
        + padded(["会社名", "拠点", "代表電話", "得意分野"], [
            ["ソラノ物流株式会社", "千葉県市川市塩浜2-14", "047-390-5521", "小物・書籍・ネコポス"],
            ["青葉運輸株式会社", "東京都江東区新木場1-7-3", "03-5534-0810", "大型・家具・冷蔵"],
            ["関東倉庫サービス", "埼玉県戸田市美女木東1-3", "048-421-7730", "少量多品種・検品"],
            ["ハコブネロジ株式会社", "大阪府大阪市住之江区南港北2-1", "06-6612-4480", "関西発・海外発送"],
        ]) +
        "\n\n見積もりは各社に直接ご依頼いただいて構いません。弊社経由をご希望の場合はお申し付けください。\n"
        + sig("shibasaki")
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of companies (warehouses, switchboards), not of people",
)

# 010 — look-alike of the partner carrier (dropped co.)
add(
    id="crowdfunding-010",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["三宅様 <t.miyake@aoba-unyu.jp>"],
    subject="12月の集荷日程のご相談",
    body=(
        "青葉運輸株式会社\n三宅様\n\nお世話になっております。佐伯です。\n"
        "12月は大型プロジェクトのリターン発送が重なるため、集荷を週2回（火・金）に増やせないかご相談です。\n"
        "想定物量は1回あたり120〜180個口です。\nご検討のほどよろしくお願いいたします。\n" + sig("saeki", 2)
    ),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu.jp is a look-alike of the partner aoba-unyu.co.jp (co. dropped)",
)

# 011 — 社外秘 stamp at the head of the body, to a creator company
add(
    id="crowdfunding-011",
    charset="iso-2022-jp",
    sender=frm("hasumi"),
    to=["株式会社テンクウ工房 代表取締役 鷲尾様 <washio@tenku-kobo.jp>"],
    subject="次回プロジェクトの手数料条件について",
    body=(
        "━━━━━━━━━━━━━━━━\n　【社外秘】取扱い：関係者限り\n━━━━━━━━━━━━━━━━\n\n"
        "株式会社テンクウ工房\n代表取締役 鷲尾様\n\nいつも大変お世話になっております。\n"
        "日の出産業 クラウドファンディング事業部の蓮見でございます。\n\n"
        "先日の面談でご相談いただいた次回プロジェクトの手数料について、社内で検討した条件をお送りします。\n\n"
        "　1. 基本手数料　：支援総額の17％ → 13％（目標金額達成時）\n"
        "　2. 決済手数料　：5％（変更なし）\n"
        "　3. 特集掲載枠　：トップページ特集 2週間（無償）\n"
        "　4. 条件　　　　：公開から30日間の独占掲載\n\n"
        "本条件は他の実行者様には提示していないものですので、お取り扱いにはご注意ください。\n"
        "ご検討のほど、よろしくお願い申し上げます。\n" + sig("hasumi")
    ),
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is stamped 【社外秘】 and goes to an external creator",
)

# 012 — NDA talk with a partner who is launching a project (must go)
add(
    id="crowdfunding-012",
    charset="iso-2022-jp",
    sender=frm("enomoto"),
    to=["川崎電機 新規事業推進室 <shinki@kawasaki-denki.co.jp>"],
    cc=["柴崎 航 <w.shibasaki@hinode-sangyo.co.jp>"],
    subject="秘密保持契約書（案）のご送付",
    body=(
        "川崎電機株式会社\n新規事業推進室 御中\n\nいつもお世話になっております。日の出産業 法務部の榎本です。\n\n"
        "新製品のクラウドファンディング実施に向けた事前協議にあたり、秘密保持契約書（案）をお送りします。\n"
        "弊社ひな形をベースに、秘密情報の範囲を「本プロジェクトの企画に関して開示される技術情報・"
        "販売計画」に限定しております。\n"
        "ご確認のうえ、修正のご希望があれば変更履歴付きでご返送ください。\n\n"
        "締結後、製品仕様や発売時期の詳細を伺えればと存じます。\n" + sig("enomoto") + DISC_JA
    ),
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_川崎電機様.docx", "paragraphs": [
        "秘密保持契約書",
        "日の出産業株式会社（以下「甲」という。）と川崎電機株式会社（以下「乙」という。）は、"
        "クラウドファンディングによる新製品の企画（以下「本件」という。）に関し、次のとおり契約を締結する。",
        "第1条（秘密情報）本契約において秘密情報とは、本件に関して相手方から開示された技術上・営業上の情報"
        "であって、開示の際に秘密である旨が明示されたものをいう。",
        "第2条（秘密保持）甲及び乙は、秘密情報を本件の目的以外に使用せず、第三者に開示・漏えいしてはならない。",
        "第3条（有効期間）本契約の有効期間は締結日から2年間とする。",
        "（以下略）",
    ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with a partner; the draft talks about secrets but carries no marking",
)

# 013 — password ZIP (PPAP) of a backer list to the warehouse
_p = people(25)
add(
    id="crowdfunding-013",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["shukka@sorano-butsuryu.co.jp"],
    subject="PJ-2411 出荷データ送付（パスワード別送）",
    body=(
        "ソラノ物流株式会社\n出荷管理ご担当者様\n\nお世話になっております。日の出産業の佐伯です。\n"
        "PJ-2411「帆布トート」の出荷データをお送りします。\n"
        "ファイルはパスワード付きZIPにしております。パスワードは別メールでお知らせします。\n\n"
        "よろしくお願いいたします。\n" + sig("saeki", 1)
    ),
    attachments=[{"kind": "zip", "name": "PJ2411_shukka.zip", "password": "Hf2411#tote",
                  "files": [{"kind": "csv", "name": "PJ2411_shukka.csv", "encoding": "cp932",
                             "rows": [["氏名", "郵便番号", "住所", "電話"]] +
                             [[p["name"], p["zip"], p["addr"], p["phone"]] for p in _p]}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (a backer list inside) cannot be inspected",
)

# 014 — the separate password mail (must go)
add(
    id="crowdfunding-014",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["shukka@sorano-butsuryu.co.jp"],
    subject="Re: PJ-2411 出荷データ送付（パスワード別送）",
    body=(
        "ソラノ物流 出荷管理ご担当者様\n\n先ほどお送りした「PJ2411_shukka.zip」のパスワードです。\n\n"
        "　Hf2411#tote\n\n来月からは御社の共有ストレージ経由に切り替える予定です。\n"
        "切替の手順は改めてご相談させてください。\n\n佐伯\n"
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="only a ZIP password, no attachment and no personal data",
)

# 015 — overseas backers to a forwarder, in English
_f = [foreign(i) for i in range(7)]
_lines = "\n".join(f"{i + 1}. #{f['bid']} | {f['name']} | {f['street']}, {f['city']}, {f['country']} | "
                   f"{f['phone']} | {f['email']}" for i, f in enumerate(_f))
add(
    id="crowdfunding-015",
    charset="utf-8",
    sender=frm("nonomura"),
    to=["ParcelBridge Japan Ops <ops-jp@parcelbridge.com>"],
    subject="International shipments – PJ-2318 brass lamp, batch 2 (7 parcels)",
    body=(
        "Hi Kevin,\n\nPlease find below the overseas backers for batch 2 of PJ-2318 (brass lamp).\n"
        "All parcels will reach your Narita hub on Nov 21. DDP please, as agreed.\n\n" + _lines +
        "\n\nHS code 9405.21, declared value JPY 9,800 per unit.\n" + sig("nonomura", 3)
    ),
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="seven overseas backers' names, addresses, phones and e-mails to an external forwarder",
)

# 016 — shipping rates to an overseas creator on free mail (must go)
add(
    id="crowdfunding-016",
    charset="utf-8",
    sender=frm("nonomura"),
    to=["Jonas Weber <jonas.weber.makes@gmail.com>"],
    subject="Re: Shipping costs for international backers",
    body=(
        "Dear Jonas,\n\nThank you for your question. Below are the shipping fees we recommend adding to "
        "your reward tiers for backers outside Japan (parcel up to 1 kg, tracked):\n\n"
        "  Zone 1  East Asia (KR, TW, HK, CN)      JPY 1,900\n"
        "  Zone 2  South-East Asia, Oceania        JPY 2,600\n"
        "  Zone 3  North America, Europe            JPY 3,400\n"
        "  Zone 4  South America, Africa            JPY 4,800\n\n"
        "Batteries cannot be shipped by air, so the lamp kit without battery is the safest option.\n"
        "Let me know if you would like us to set these up on your project page.\n" + sig("nonomura", 3)
    ),
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="rate table to one creator on free mail: no personal data",
)

# 017 — forward of a backer's hospitalisation mail to the payment processor
_p = person()
add(
    id="crowdfunding-017",
    charset="iso-2022-jp",
    sender=frm("tsuji"),
    to=["ペイネクスト 加盟店サポート <merchant-support@paynext.co.jp>"],
    subject="FW: 支援の取り消しについて（例外返金のご相談）",
    body=(
        "ペイネクスト株式会社\n加盟店サポート ご担当者様\n\nお世話になっております。日の出産業の辻です。\n"
        "下記の支援者様について、規約上は返金対象外ですが、事情を考慮して例外的に全額返金としたく、\n"
        "締め処理後の取消が可能かご確認をお願いいたします（決済ID PN-5521-88310）。\n\n"
        "-------- Forwarded Message --------\n"
        f"From: {_p['name']} <{_p['email']}>\nDate: 2025/11/18 22:41\n"
        "Subject: 支援の取り消しについて\n\n"
        "ヒノデ・ファンディング ご担当者様\n\n"
        f"支援番号 HF-{_p['bid']} の{_p['name']}です。\n"
        "先月、急性骨髄性白血病と診断され、しばらく入院して抗がん剤治療を受けることになりました。\n"
        "治療費がかさむため、大変申し訳ないのですが先日の支援（32,000円）を取り消していただけないでしょうか。\n"
        "診断書が必要であればお送りします。\n"
    ),
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward of one backer's diagnosis and hospitalisation (要配慮) to an external processor",
)

# 018 — a normal three-way mail: creator + warehouse (two external organisations)
add(
    id="crowdfunding-018",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["鷲尾様 <washio@tenku-kobo.jp>"],
    cc=["ソラノ物流 営業 沢渡様 <sawatari@sorano-butsuryu.co.jp>", "r.saeki@hinode-sangyo.co.jp"],
    subject="【日程調整】リターン発送キックオフ（テンクウ工房様×ソラノ物流様）",
    body=(
        "テンクウ工房 鷲尾様\nソラノ物流 沢渡様\n\nお世話になっております。日の出産業の佐伯です。\n"
        "プロジェクト成立おめでとうございます。リターン発送のキックオフを下記候補で行いたく存じます。\n\n"
        "　① 12/2（火）10:00〜11:00\n　② 12/3（水）15:00〜16:00\n　③ 12/5（金）13:00〜14:00\n\n"
        "場所：オンライン（Teams、URLは確定後にお送りします）\n"
        "議題：入荷日程、梱包仕様、同梱物（お礼状）、発送スケジュール、問い合わせ窓口\n\n"
        "ご都合のよい候補をお知らせください。\n" + sig("saeki")
    ),
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="creator and warehouse in To/Cc: two external organisations, a normal meeting mail",
)

# 019 — tab-separated list without a name column
_p = people(9)
_tsv = "支援番号\t郵便番号\t住所\t電話番号\tリターン\n" + "\n".join(
    f"{p['bid']}\t{p['zip']}\t{p['addr']}\t{p['phone']}\t{rng.choice(['S', 'M', 'L'])}サイズ" for p in _p)
add(
    id="crowdfunding-019",
    charset="shift_jis",
    sender=frm("saeki"),
    to=["青葉運輸 業務課 <gyomu@aoba-unyu.co.jp>"],
    subject="PJ-2377 追加発送分（サイズ交換）",
    body=(
        "青葉運輸 業務課 御中\n\n日の出産業の佐伯です。\n"
        "PJ-2377（リネンシャツ）のサイズ交換分、追加で9件の発送をお願いします。\n"
        "エクセルから貼り付けていますので、ずれていたらすみません。\n\n" + _tsv +
        "\n\n交換品は本日中に御社倉庫へ入荷予定です。\n佐伯\n"
    ),
    expect="stop",
    entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="nine backers' addresses and phones, tab-separated, without a name column, to a carrier",
)

# 020 — tracking numbers per pledge (must go)
_rows = [[f"HF-{rng.randint(100000, 999999)}", rng.choice(["青葉運輸", "ネコポス", "ゆうパケット"]),
          f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
          f"11/{rng.randint(10, 21)}"] for _ in range(20)]
add(
    id="crowdfunding-020",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["岬ガラス工房 <info@misaki-glass.com>"],
    subject="リターン発送完了のご報告（追跡番号一覧）",
    body=(
        "岬ガラス工房\n岬様\n\nお世話になっております。日の出産業の佐伯です。\n"
        "「海のグラス」リターン20件の発送が完了しましたのでご報告いたします。\n"
        "支援者様へは管理画面から追跡番号を自動通知済みです。\n\n"
        + padded(["支援番号", "配送", "追跡番号", "発送日"], _rows) +
        "\n\n破損・未着のお問い合わせがあれば弊社サポートで一次対応いたします。\n" + sig("saeki")
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="pledge numbers and tracking numbers only: no contact details or attributes of people",
)

# 021 — refund list for a failed project to the payment processor
_p = people(10)
_rows = [[f"PN-{rng.randint(1000, 9999)}-{rng.randint(10000, 99999)}", p["name"], p["email"],
          f"{rng.choice([3000, 5000, 8800, 12000, 15000]):,}"] for p in _p]
add(
    id="crowdfunding-021",
    charset="utf-8",
    sender=frm("tsuji"),
    to=["merchant-support@paynext.co.jp"],
    subject="【返金依頼】PJ-2350 不成立に伴う一括返金（10件）",
    body=(
        "ペイネクスト株式会社 加盟店サポート ご担当者様\n\n日の出産業の辻です。\n"
        "PJ-2350 が目標未達（All-or-Nothing）で不成立となりましたので、下記10件の与信取消をお願いします。\n"
        "キャンセル完了のメールは支援者様へ弊社から送ります。\n\n"
        + padded(["決済ID", "支援者名", "メールアドレス", "金額"], _rows) +
        "\n\n合計 10件\n" + sig("tsuji", 1)
    ),
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="ten backers' names and e-mail addresses in a refund list to the payment processor",
)

# 022 — a creator's My Number to the outside tax accountant
_p = person()
_mn = MYNUM()
add(
    id="crowdfunding-022",
    charset="iso-2022-jp",
    sender=frm("kuribayashi"),
    to=["山吹税理士事務所 担当 <office@yamabuki-tax.jp>"],
    subject="支払調書作成用データ（実行者1名分の追加）",
    body=(
        "山吹税理士事務所\n担当 穂積様\n\nお世話になっております。日の出産業 経理部の栗林です。\n"
        "報酬の支払調書の対象者に1名追加がありましたので、ご連絡いたします。\n\n"
        f"　氏名　　：{_p['name']}（{_p['kana']}）\n"
        f"　住所　　：〒{_p['zip']} {_p['addr']}\n"
        f"　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}\n"
        "　支払金額：1,284,000円（プロジェクト企画監修料）\n\n"
        "本人確認書類の写しは弊社にて保管しております。\nよろしくお願いいたします。\n" + sig("kuribayashi")
    ),
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a creator's My Number in plain text to an external tax accountant",
)

# 023 — My Numbers to the internal accounting subdomain (must go)
_p = people(3)
_blk = "\n\n".join(f"■{p['name']}\n　住所：{p['addr']}\n　個人番号：{MYNUM()}" for p in _p)
add(
    id="crowdfunding-023",
    charset="iso-2022-jp",
    sender=frm("mizuno"),
    to=["経理部 支払グループ <shiharai@keiri.hinode-sangyo.co.jp>"],
    subject="【社内】個人クリエイター3名 マイナンバー収集分",
    body=(
        "経理部 支払グループ 栗林さん\n\n審査課の水野です。\n"
        "監修料をお支払いする個人クリエイター3名分のマイナンバーを回収しましたので共有します。\n"
        "番号確認・身元確認とも完了済みです。\n\n" + _blk +
        "\n\n原本（写し）は審査課の施錠キャビネットに保管しています。\n" + sig("mizuno", 2)
    ),
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="My Numbers go only to an internal subdomain (keiri.hinode-sangyo.co.jp)",
)

# 024 — XLSX with several sheets and a title row, domestic + overseas backers, to the carrier
_p = people(15)
_f = [foreign(i) for i in range(4, 8)]
add(
    id="crowdfunding-024",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["gyomu@aoba-unyu.co.jp"],
    cc=["t.miyake@aoba-unyu.co.jp"],
    subject="PJ-2426 折りたたみチェア 発送リスト（国内15件・海外4件）",
    body=(
        "青葉運輸 業務課 御中\n三宅様\n\n日の出産業の佐伯です。\n"
        "PJ-2426 の発送リストをエクセルでお送りします。シート「国内」「海外」に分けています。\n"
        "海外分は御社の国際便でお願いします。\n\nよろしくお願いいたします。\n" + sig("saeki")
    ),
    attachments=[{"kind": "xlsx", "name": "PJ2426_発送リスト.xlsx", "title": "PJ2426 発送リスト",
                  "sheets": {
                      "国内": [["PJ-2426 折りたたみチェア 国内発送リスト（2025/12/01）"], [],
                              ["No", "支援番号", "氏名", "郵便番号", "住所", "電話番号", "メール", "数量"]]
                      + [[i + 1, p["bid"], p["name"], p["zip"], p["addr"], p["phone"], p["email"],
                          rng.choice([1, 1, 2])] for i, p in enumerate(_p)],
                      "海外": [["PJ-2426 International"], [],
                              ["No", "Backer", "Name", "Address", "Country", "Phone", "Email"]]
                      + [[i + 1, f["bid"], f["name"], f"{f['street']}, {f['city']}", f["country"],
                          f["phone"], f["email"]] for i, f in enumerate(_f)],
                      "集計": [["区分", "件数"], ["国内", 15], ["海外", 4], ["合計", 19]],
                  }}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX with 19 backers (two sheets under a title row) to an external carrier",
)

# 025 — either: individual creators' 屋号 contacts to an event organiser
_p = people(6)
_shops = ["atelier ことり", "革工房 ツムギ", "灯り屋", "木と鉄", "陶房 はるひ", "ガラス舎 ミズイロ"]
_lines = "\n".join(f"・{s}（代表 {p['name']}）　{p['phone']}　{s_mail}"
                   for s, p, s_mail in zip(_shops, _p, [p["email"] for p in _p]))
add(
    id="crowdfunding-025",
    charset="iso-2022-jp",
    sender=frm("shibasaki"),
    to=["まちかどマルシェ実行委員会 <entry@machikado-marche.jp>"],
    subject="出展者連絡先（ヒノデ・ファンディング枠 6組）",
    body=(
        "まちかどマルシェ実行委員会 ご担当者様\n\nお世話になっております。日の出産業の柴崎です。\n"
        "ヒノデ・ファンディング枠でご出展いただく実行者6組の連絡先をお送りします。\n"
        "いずれも個人で活動されている作家さんで、ご本人から掲載の了承をいただいています。\n\n" + _lines +
        "\n\n搬入時間のご連絡は各作家さんへ直接お願いいたします。\n" + sig("shibasaki")
    ),
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six sole-trader shops' contacts (personal mobiles/free mail) shared with consent: business list or list of people",
)

# 026 — RFQ to three warehouses in To
add(
    id="crowdfunding-026",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["sawatari@sorano-butsuryu.co.jp", "eigyo@hakobune-logi.co.jp", "info@kanto-souko.jp"],
    subject="【お見積依頼】2026年1〜3月 リターン発送代行",
    body=(
        "各社 ご担当者様\n\nお世話になっております。日の出産業 クラウドファンディング事業部の佐伯です。\n"
        "2026年1〜3月のリターン発送代行について、お見積りをお願いいたします。\n\n"
        "　・想定件数：月 2,500〜4,000件（ピーク時 1日 600件）\n"
        "　・サイズ：60〜100サイズ中心、一部ネコポス\n"
        "　・作業：入荷検品、お礼状同梱、ギフトラッピング（全体の1割程度）\n"
        "　・回答期限：12月12日（金）\n\n何卒よろしくお願いいたします。\n" + sig("saeki")
    ),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing warehouses can see each other in To: should have been Bcc",
)

# 027 — invoice with the T-number and the company bank account (must go)
add(
    id="crowdfunding-027",
    charset="iso-2022-jp",
    sender=frm("kuribayashi"),
    to=["合同会社ミナモデザイン 経理ご担当 <keiri@minamo-design.jp>"],
    subject="【ご請求書】広告オプション（11月分）",
    body=(
        "合同会社ミナモデザイン\n経理ご担当者様\n\nいつもお世話になっております。日の出産業 経理部の栗林です。\n"
        "11月分の広告オプション利用料の請求書を添付いたします。\n\n"
        "　請求番号：INV-2025-11-0482\n　金額　　：55,000円（税込）\n　お支払期限：2025年12月31日\n"
        f"　登録番号：T{HINODE_CORP}\n\n"
        "　お振込先：みどり銀行 新橋支店 普通 2281604 ニチノデサンギヨウ（カ\n\n"
        "支援金の入金から相殺をご希望の場合はお知らせください。\n" + sig("kuribayashi")
    ),
    attachments=[{"kind": "pdf", "name": "INV-2025-11-0482.pdf", "title": "請求書", "lines": [
        "請求書", "合同会社ミナモデザイン 御中", "請求番号 INV-2025-11-0482　発行日 2025/11/30",
        "日の出産業株式会社　" + HQ, f"登録番号 T{HINODE_CORP}",
        "品目：トップページ広告オプション（11/1〜11/14）　50,000円", "消費税（10%）　5,000円",
        "合計　55,000円", "振込先：みどり銀行 新橋支店 普通 2281604"]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="an invoice: our T-number and company bank account, no personal data",
)

# 028 — 社外秘 only as a page header of the attached XLSX
add(
    id="crowdfunding-028",
    charset="utf-8",
    sender=frm("tsuji"),
    to=["ペイネクスト 営業 安曇様 <azumi@paynext.co.jp>"],
    subject="決済手数料見直しの資料",
    body=(
        "ペイネクスト株式会社\n安曇様\n\nお世話になっております。日の出産業の辻です。\n"
        "来期の料率見直しに向けて、弊社の決済実績をまとめた資料をお送りします。\n"
        "月別の決済件数と決済手段別の構成比が入っています。\n"
        "次回のお打ち合わせ（12/9）でご意見をいただければ幸いです。\n" + sig("tsuji")
    ),
    attachments=[{"kind": "xlsx", "name": "決済実績_2025.xlsx", "page_header": "社外秘",
                  "sheets": {"月別": [["月", "決済件数", "決済額(円)", "返金件数"]] +
                             [[f"2025-{m:02d}", rng.randint(8000, 14000), rng.randint(90, 180) * 1000000,
                               rng.randint(40, 120)] for m in range(1, 11)],
                             "手段別": [["手段", "構成比"], ["クレジットカード", "71.2%"],
                                     ["コンビニ", "11.5%"], ["銀行振込", "6.1%"], ["QR決済", "11.2%"]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached workbook carries a 社外秘 page header; the body looks harmless",
)

# 029 — reply under -----Original Message----- that quotes the creator's VIP list
_p = people(5)
_quoted = "\n".join(f"{i + 1}）{p['name']}さま　{p['phone']}　{p['addr']}" for i, p in enumerate(_p))
add(
    id="crowdfunding-029",
    charset="iso-2022-jp",
    sender=frm("shibasaki"),
    to=["星空ブックス 編集部 <henshu@hoshizora-books.jp>"],
    subject="RE: 特典（サイン本）の送り先について",
    body=(
        "星空ブックス 編集部\n笹森様\n\nお世話になっております。柴崎です。\n"
        "リスト、確かに受領いたしました。サイン本5冊は通常リターンとは別便で手配いたします。\n"
        "発送完了しましたら改めてご連絡します。\n\n柴崎\n\n"
        "-----Original Message-----\nFrom: 笹森 千景 <henshu@hoshizora-books.jp>\n"
        "Sent: Wednesday, November 26, 2025 11:12 AM\nTo: 柴崎 航 <w.shibasaki@hinode-sangyo.co.jp>\n"
        "Subject: 特典（サイン本）の送り先について\n\n柴崎様\n\n"
        "サイン本の当選者5名の送り先です。よろしくお願いします。\n\n" + _quoted + "\n\n笹森\n"
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="the five records sit only in the quoted original from the recipient",
)

# 030 — 「・」 bullets of six backers to a creator on free mail
_p = people(6)
_b = "\n".join(f"・{p['name']}様　{p['email']}　{p['phone']}" for p in _p)
add(
    id="crowdfunding-030",
    charset="iso-2022-jp",
    sender=frm("okochi"),
    to=["桐山 花恵 <hanae.kiriyama@gmail.com>"],
    subject="メッセージカード宛名のご確認（6名様）",
    body=(
        "桐山 花恵 様\n\nいつもお世話になっております。ヒノデ・ファンディング サポートデスクの大河内です。\n"
        "手書きメッセージカードのリターンをご選択いただいた支援者様は以下の6名様です。\n"
        "宛名の表記ゆれがないかご確認ください。\n\n" + _b +
        "\n\nカードは12/10までに弊社宛てにお送りいただければ、発送品に同梱いたします。\n" + sig("okochi")
    ),
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="six backers' names, e-mails and phones as bullets to a creator's free-mail address",
)

# 031 — a creator's passport number to an eKYC vendor, in English
add(
    id="crowdfunding-031",
    charset="utf-8",
    sender=frm("mizuno"),
    to=["Veriface Asia Support <support@veriface-asia.com>"],
    subject="Manual review request – creator ID check (case VF-20931)",
    body=(
        "Dear Veriface Support team,\n\nOur automated check for the following project creator failed twice "
        "because the passport photo page was reflecting light. The creator lives in Singapore and "
        "cannot visit a Japanese address for the alternative postal check.\n"
        "Could you run a manual review with the details below?\n\n"
        "  Case ID         : VF-20931\n  Name            : 帯刀 理恵 (TATEWAKI RIE)\n"
        "  Date of birth   : 14 March 1987\n  Passport (Japan): TR4829173, expires 2031-06-02\n"
        "  Residence       : Singapore (EP holder)\n\n"
        "We need the result before Dec 5 to release her first payout.\n" + sig("mizuno", 3)
    ),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="a creator's Japanese passport number and date of birth sent to an external vendor",
)

# 032 — four attendees of an experience reward to the partner hotel (must go, may warn)
_p = people(4)
add(
    id="crowdfunding-032",
    charset="iso-2022-jp",
    sender=frm("shibasaki"),
    to=["さくらホテル 宴集会予約 <banquet@sakura-hotel.jp>"],
    subject="12/13 工房見学＆ディナー 参加者確定のご連絡",
    body=(
        "さくらホテル 宴集会予約ご担当 若松様\n\nお世話になっております。日の出産業の柴崎です。\n"
        "12/13（土）18:30〜の「工房見学＆ディナー」リターンの参加者が確定しましたのでお知らせします。\n"
        "当日の緊急連絡先として携帯番号も記載しております。\n\n"
        + "\n".join(f"　{i + 1}. {p['name']} 様　携帯 {p['phone']}" for i, p in enumerate(_p)) +
        "\n\n実行者（テンクウ工房 鷲尾様）と弊社2名を含め、計7名でお願いいたします。\n"
        "アレルギー等の事前申告はございませんでした。\n" + sig("shibasaki")
    ),
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four attendees' names and mobiles to the partner hotel: under five people",
)

# 033 — look-alike of the partner bank (ginkou)
add(
    id="crowdfunding-033",
    charset="iso-2022-jp",
    sender=frm("kuribayashi"),
    to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginkou.co.jp>"],
    subject="12月24日 総合振込の件数・金額（事前連絡）",
    body=(
        "みどり銀行 法人営業部 御中\n\nいつもお世話になっております。日の出産業 経理部の栗林です。\n"
        "12月24日に実行するクラウドファンディング支援金の総合振込について、事前にご連絡いたします。\n\n"
        "　振込件数：318件\n　振込総額：148,260,400円\n　データ送信予定：12月22日 15時まで\n\n"
        "年末で件数が多くなりますので、念のためご連絡いたしました。\n" + sig("kuribayashi")
    ),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp imitates the partner bank midori-ginko.co.jp",
)

# 034 — aggregate statistics only (must go)
add(
    id="crowdfunding-034",
    charset="iso-2022-jp",
    sender=frm("shibasaki"),
    to=["星空ブックス 編集部 <henshu@hoshizora-books.jp>"],
    subject="プロジェクト終了レポート（支援者属性の集計）",
    body=(
        "星空ブックス 編集部\n笹森様\n\nお世話になっております。柴崎です。\n"
        "終了レポートのうち、支援者属性の集計をお送りします（個人が特定できない形に集計しています）。\n\n"
        "■地域別\n　関東　　　412名（48.1%）\n　近畿　　　158名（18.4%）\n"
        "　中部　　　 97名（11.3%）\n　その他　　190名（22.2%）\n\n"
        "■年代別\n　20代 12%／30代 31%／40代 29%／50代 18%／60代以上 10%\n\n"
        "■リターン別\n　サイン本 5／通常本 611／電子版 241\n\n"
        "次回作のご参考になれば幸いです。\n" + sig("shibasaki")
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregated counts of backers, no individual records",
)

# 035 — HTML-only mail with a table of seven backers to the warehouse
_p = people(7)
_tr = "".join(f"<tr><td>{p['bid']}</td><td>{p['name']}</td><td>{p['zip']}</td><td>{p['addr']}</td>"
              f"<td>{p['phone']}</td></tr>" for p in _p)
add(
    id="crowdfunding-035",
    charset="utf-8",
    sender=frm("okochi"),
    to=["ソラノ物流 カスタマー窓口 <cs@sorano-butsuryu.co.jp>"],
    subject="破損交換品の再送 7件",
    html=(
        "<html><body style=\"font-family:'Meiryo',sans-serif\"><p>ソラノ物流株式会社<br>カスタマー窓口 ご担当者様</p>"
        "<p>お世話になっております。日の出産業 サポートデスクの大河内です。<br>"
        "配送中の破損で交換となった7件について、代替品の再送をお願いいたします。</p>"
        "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
        "<tr style=\"background:#eee\"><th>支援番号</th><th>お名前</th><th>〒</th><th>ご住所</th><th>電話</th></tr>"
        + _tr + "</table><p>緩衝材を通常の倍にしていただけると助かります。</p>"
        "<p>--<br>日の出産業株式会社 サポートデスク 大河内 美紀<br>TEL 03-5401-7735</p></body></html>"
    ),
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail whose table holds seven backers' addresses and phones, to a warehouse",
)

# 036 — one backer's disability, with address, to the carrier
_p = person()
add(
    id="crowdfunding-036",
    charset="iso-2022-jp",
    sender=frm("okochi"),
    to=["t.miyake@aoba-unyu.co.jp"],
    subject="配達時のご配慮のお願い（1件）",
    body=(
        "青葉運輸 三宅様\n\nお世話になっております。日の出産業の大河内です。\n"
        "次回の配送分に、配達時の配慮をお願いしたい支援者様が1名いらっしゃいます。\n\n"
        f"　{_p['name']} 様（支援番号 HF-{_p['bid']}）\n　〒{_p['zip']} {_p['addr']}\n　TEL {_p['phone']}\n\n"
        "ご本人から、全盲で身体障害者手帳（1級）をお持ちのため、置き配や宅配ボックスではなく\n"
        "必ず手渡しで、インターホン越しに社名をはっきり名乗ってほしいとのご依頼がありました。\n"
        "ドライバーの方へのお申し送りをお願いできますでしょうか。\n" + sig("okochi", 2)
    ),
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one identifiable backer's disability (要配慮) with address, to an external carrier",
)

# 037 — retail shops that will carry the product (businesses, must go)
add(
    id="crowdfunding-037",
    charset="shift_jis",
    sender=frm("shibasaki"),
    to=["合同会社ミナモデザイン <contact@minamo-design.jp>"],
    subject="一般販売の取扱店舗（確定分）",
    body=(
        "ミナモデザイン 瀬戸口様\n\nお世話になっております。柴崎です。\n"
        "クラファン終了後の一般販売について、取扱いが確定した店舗をまとめました。\n\n"
        "・生活雑貨ハルモニ 吉祥寺店　東京都武蔵野市吉祥寺本町2-3-11　0422-27-5510\n"
        "・くらしの道具 こもれび　神奈川県鎌倉市小町1-6-9　0467-61-3382\n"
        "・DESIGN STORE NAGI 名古屋　愛知県名古屋市中区栄3-15-2 2F　052-261-0844\n"
        "・器と布 そらいろ　京都府京都市中京区恵比須町530　075-211-9027\n"
        "・SHIROKUMA HOME 札幌　北海道札幌市中央区南一条西4-8　011-222-6150\n"
        "・ナチュラルライフ 天神店　福岡県福岡市中央区天神2-4-20　092-715-3306\n\n"
        "各店舗への納品は1月第3週を予定しています。\n" + sig("shibasaki", 1)
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="shops with street addresses and shop phone numbers: a business list",
)

# 038 — password-protected PDF payment statement to a creator on free mail
add(
    id="crowdfunding-038",
    charset="iso-2022-jp",
    sender=frm("kuribayashi"),
    to=["小山田 哲也 <t.oyamada@yahoo.co.jp>"],
    subject="【ヒノデ・ファンディング】お支払明細書（2025年11月分）",
    body=(
        "小山田 哲也 様\n\nいつもご利用ありがとうございます。日の出産業 経理部の栗林です。\n"
        "11月分のお支払明細書をお送りします。PDFにはパスワードを設定しております。\n"
        "パスワードはご登録の電話番号の下4桁です。\n" + sig("kuribayashi")
    ),
    attachments=[{"kind": "pdf", "name": "支払明細書_202511.pdf", "password": "4417",
                  "lines": ["お支払明細書（2025年11月）", "小山田 哲也 様", "支援総額 1,842,000円",
                            "手数料 -313,140円", "お支払額 1,528,860円"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="encrypted PDF attachment cannot be inspected",
)

# 039 — ordinary page review mail with the Japanese disclaimer (must go)
add(
    id="crowdfunding-039",
    charset="iso-2022-jp",
    sender=frm("mizuno"),
    to=["株式会社テンクウ工房 広報 <pr@tenku-kobo.jp>"],
    subject="プロジェクトページ審査結果（修正依頼3点）",
    body=(
        "株式会社テンクウ工房\n広報ご担当 八雲様\n\nお世話になっております。日の出産業 審査課の水野です。\n"
        "プロジェクトページの審査が完了しました。公開前に以下3点の修正をお願いいたします。\n\n"
        "1. 「業界最安」の表記について根拠資料のご提出、または表現の変更\n"
        "2. リターン「早割」の数量上限の明記\n"
        "3. 特定商取引法に基づく表記の事業者住所を登記上の本店所在地に合わせること\n\n"
        "修正後、管理画面から再申請いただければ1営業日以内に確認いたします。\n" + sig("mizuno") + DISC_JA
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary review mail ending with the standard confidentiality disclaimer",
)

# 040 — one record per block, five backers, to a creator company
_p = people(5)
_blk = "\n".join(
    f"【{i + 1}】\n　支援番号：{p['bid']}\n　お名前：{p['name']}（{p['kana']}）\n"
    f"　ご住所：〒{p['zip']} {p['addr']}\n　お電話：{p['phone']}\n" for i, p in enumerate(_p))
add(
    id="crowdfunding-040",
    charset="iso-2022-jp",
    sender=frm("okochi"),
    to=["星空ブックス 編集部 <henshu@hoshizora-books.jp>"],
    subject="電子版→紙の本への変更希望者（5名）",
    body=(
        "星空ブックス 編集部 笹森様\n\nお世話になっております。大河内です。\n"
        "電子版リターンの支援者様のうち、差額をお支払いのうえ紙の本への変更を希望された方が5名いらっしゃいました。\n"
        "御社から直接発送いただくとのことでしたので、送付先をお送りします。\n\n" + _blk +
        "\n差額の決済は弊社で完了しています。\n" + sig("okochi")
    ),
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five backers, one record per block with address and phone, to an external creator",
)

# 041 — apology with five backers visible in Cc
_p = people(5)
add(
    id="crowdfunding-041",
    charset="iso-2022-jp",
    sender=frm("okochi"),
    to=["support@hinode-sangyo.co.jp"],
    cc=[f"{p['name']} <{p['email'].split('@')[0]}@{d}>" for p, d in
        zip(_p, ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "outlook.jp"])],
    subject="【お詫び】PJ-2290 リターン発送遅延について",
    body=(
        "支援者の皆さま\n\nヒノデ・ファンディング サポートデスクです。\n"
        "PJ-2290「信楽焼マグ」のリターンにつきまして、窯元での焼成不良により発送が12月下旬にずれ込む見込みです。\n"
        "お待ちいただいている皆さまには大変ご迷惑をおかけし、申し訳ございません。\n\n"
        "ご希望の方には支援金の全額返金も承ります。本メールにご返信ください。\n\n"
        "ヒノデ・ファンディング サポートデスク\n"
    ),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="five private backers put in Cc can see each other's addresses: should have been Bcc",
)

# 042 — internal: refund reconciliation with full card numbers (must go)
_p = people(5)
_rows = [[p["name"], CARD(), f"{rng.choice([4800, 9600, 15000]):,}"] for p in _p]
add(
    id="crowdfunding-042",
    charset="utf-8",
    sender=frm("tsuji"),
    to=["経理部 <keiri@hinode-sangyo.co.jp>"],
    cc=["情報システム部 宍戸 <t.shishido@hinode-sangyo.co.jp>"],
    subject="【社内・至急】旧決済画面にカード番号が平文表示されていた件",
    body=(
        "経理部 各位 / 宍戸さん\n\n決済・返金チームの辻です。\n"
        "旧返金画面のCSV出力で、カード番号が一部マスクされずに出ていたことがわかりました。\n"
        "該当は以下5件です（社内確認用に原文のまま貼ります。確認後このメールは削除してください）。\n\n"
        + padded(["支援者", "カード番号", "返金額"], _rows) +
        "\n\n決済代行への報告要否は宍戸さんと相談します。\n" + sig("tsuji", 2)
    ),
    expect="pass",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=[],
    note="card numbers, but sent only to internal colleagues",
)

# 043 — DOCX table for printing thank-you cards, to the partner printer
_p = people(8)
add(
    id="crowdfunding-043",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="お礼状 宛名印刷データ（PJ-2399）",
    body=(
        "錦印刷株式会社\n営業部 御中\n\nお世話になっております。日の出産業の佐伯です。\n"
        "PJ-2399 のお礼状（はがき）宛名印刷用のデータをWordでお送りします。\n"
        "前回と同じレイアウト（縦書き、郵便番号枠あり）でお願いします。\n" + sig("saeki")
    ),
    attachments=[{"kind": "docx", "name": "PJ2399_宛名データ.docx", "paragraphs": [
        "PJ-2399 お礼状 宛名リスト", "（はがき 8枚）"],
        "tables": [[["郵便番号", "住所", "氏名"]] + [[p["zip"], p["addr"], p["name"] + " 様"] for p in _p]]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of eight backers' names and addresses to an external printer",
)

# 044 — a creator's contact person for the warehouse (one person, must go)
add(
    id="crowdfunding-044",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["sawatari@sorano-butsuryu.co.jp"],
    subject="入荷時の連絡先（テンクウ工房様）",
    body=(
        "ソラノ物流 沢渡様\n\nお世話になっております。佐伯です。\n"
        "12/8 入荷予定のテンクウ工房様の商品について、当日の連絡先は下記のご担当者です。\n\n"
        "　株式会社テンクウ工房 製造部　鷲尾 湊 様\n　携帯：080-6614-2093\n　メール：m.washio@tenku-kobo.jp\n\n"
        "トラックはチャーター便で、午前中の到着予定とのことです。\n" + sig("saeki", 2)
    ),
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one business contact person of a creator company: may warn, must go",
)

# 045 — DOCX contract draft stamped 取扱注意 in its header
add(
    id="crowdfunding-045",
    charset="iso-2022-jp",
    sender=frm("enomoto"),
    to=["ソラノ物流 総務部 <somu@sorano-butsuryu.co.jp>"],
    subject="業務委託契約書（改定案）の送付",
    body=(
        "ソラノ物流株式会社\n総務部 御中\n\nお世話になっております。日の出産業 法務部の榎本です。\n"
        "来年度の発送代行に関する業務委託契約書の改定案をお送りします。\n"
        "主な変更点は、再委託の事前承諾、個人情報の取扱い条項、損害賠償の上限額です。\n"
        "ご確認をお願いいたします。\n" + sig("enomoto")
    ),
    attachments=[{"kind": "docx", "name": "業務委託契約書_改定案_v3.docx",
                  "page_header": "取扱注意", "title": "業務委託契約書（改定案）",
                  "paragraphs": ["業務委託契約書（改定案）",
                                 "第5条（再委託）乙は、甲の書面による事前の承諾なく、本業務の全部又は一部を第三者に再委託してはならない。",
                                 "第9条（個人情報）乙は、甲から預託を受けた支援者の個人情報を本業務の目的の範囲内でのみ取り扱う。",
                                 "第14条（損害賠償）賠償額の上限は、直近12か月の委託料総額とする。",
                                 "【社内メモ】上限額は当初案24か月から譲歩。これ以上の譲歩は不可。"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached contract draft is stamped 取扱注意 in its page header",
)

# 046 — bank-transfer refunds (backers' accounts) to the partner bank
_p = people(7)
_banks = ["みどり銀行", "ゆうちょ銀行", "東都信用金庫", "さくら中央銀行", "北洋みらい銀行"]
_rows = [[p["kana"], rng.choice(_banks), rng.choice(["本店", "駅前支店", "中央支店", "〇一八店"]),
          "普通", f"{rng.randint(1000000, 9999999)}", f"{rng.choice([5500, 11000, 22000]):,}"] for p in _p]
add(
    id="crowdfunding-046",
    charset="iso-2022-jp",
    sender=frm("tsuji"),
    to=["みどり銀行 新橋支店 法人窓口 <shimbashi-hojin@midori-ginko.co.jp>"],
    subject="振込依頼（コンビニ決済分の返金 7件）",
    body=(
        "みどり銀行 新橋支店 法人窓口 御中\n\nいつもお世話になっております。日の出産業の辻です。\n"
        "コンビニ決済で支援された方への返金を、下記口座あてにお振込みいただきたくお願いいたします。\n\n"
        + padded(["受取人（カナ）", "金融機関", "支店", "種別", "口座番号", "金額"], _rows) +
        "\n\n振込手数料は当方負担でお願いします。\n" + sig("tsuji")
    ),
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="seven private backers' bank accounts in a refund list to the (partner) bank",
)

# 047 — English reply quoting the forwarder's list of returns (must go)
_f = [foreign(i) for i in range(8, 13)]
_q = "\n".join(f"> - {f['name']}, {f['street']}, {f['city']}, {f['country']} ({f['phone']})" for f in _f)
add(
    id="crowdfunding-047",
    charset="utf-8",
    sender=frm("nonomura"),
    to=["Kevin Hart <kevin.hart@parcelbridge.com>"],
    subject="Re: Returned to sender – 5 parcels (PJ-2318)",
    body=(
        "Hi Kevin,\n\nThanks for flagging these. Please hold all five at Narita for now; we are contacting "
        "the backers for corrected addresses and will send you re-shipping instructions by Friday.\n"
        "Storage fees can go on the December invoice.\n\nBest,\nLisa\n\n"
        "On Thu, Nov 27, 2025 at 9:14 AM Kevin Hart <kevin.hart@parcelbridge.com> wrote:\n"
        "> Hi Lisa,\n>\n> The following parcels came back as undeliverable:\n>\n" + _q +
        "\n>\n> Let us know how to proceed.\n> Kevin\n"
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="the five records are only in the quoted text of the recipient's own mail",
)

# 048 — a creator's arrest reported to the payment processor
add(
    id="crowdfunding-048",
    charset="iso-2022-jp",
    sender=frm("enomoto"),
    to=["ペイネクスト リスク管理部 <risk@paynext.co.jp>"],
    cc=["n.enomoto@hinode-sangyo.co.jp"],
    subject="PJ-2388 の入金保留について",
    body=(
        "ペイネクスト株式会社\nリスク管理部 御中\n\nお世話になっております。日の出産業 法務部の榎本です。\n"
        "PJ-2388「次世代ドローン AERO-X」の実行者である鰐淵 貴之 氏（個人事業主、生年 1981年）が、\n"
        "別件の投資詐欺の容疑で11月25日に愛知県警に逮捕されたとの報道がありました。\n"
        "弊社としては本プロジェクトの支援金の入金を保留し、支援者への返金を検討しています。\n"
        "御社側での売上金の支払停止が可能か、至急ご確認いただけますでしょうか。\n" + sig("enomoto")
    ),
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named creator's arrest (犯罪の経歴・逮捕, 要配慮) sent outside",
)

# 049 — 社外秘 only mentioned, not a marking (must go)
add(
    id="crowdfunding-049",
    charset="iso-2022-jp",
    sender=frm("mizuno"),
    to=["合同会社ミナモデザイン <contact@minamo-design.jp>"],
    subject="Re: 審査基準について",
    body=(
        "ミナモデザイン 瀬戸口様\n\nお問い合わせありがとうございます。審査課の水野です。\n"
        "審査の詳細な基準は社外秘とさせていただいているため、個別の点数等はお伝えできかねます。\n"
        "ただ、公開済みのガイドライン（https://funding.hinode-sangyo.co.jp/guideline）に沿っていただければ、\n"
        "基本的に問題ございません。特に「実現可能性の説明」と「リターンの発送時期」は丁寧にご記載ください。\n\n"
        "ご不明点があればお気軽にどうぞ。\n" + sig("mizuno")
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="the word 社外秘 is only mentioned in running text; no document is marked",
)

# 050 — look-alike of our own domain, with three backers' phones
_p = people(3)
add(
    id="crowdfunding-050",
    charset="iso-2022-jp",
    sender=frm("okochi"),
    to=["柴崎 航 <w.shibasaki@hinode-sanngyo.co.jp>"],
    subject="折り返し依頼の3件",
    body=(
        "柴崎さん\n\n大河内です。実行者ページの件で、支援者様から直接電話が欲しいという依頼が3件来ています。\n"
        "お手すきの時に折り返しをお願いできますか。\n\n"
        + "\n".join(f"・{p['name']}様　{p['phone']}　（{t}）" for p, t in
                    zip(_p, ["発送時期", "リターン変更", "領収書"])) + "\n\nよろしくお願いします。\n大河内\n"
    ),
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sanngyo.co.jp (extra n) is a look-alike of our own domain",
)

# 051 — e-mail addresses only (no names) to a survey vendor
_p = people(30)
add(
    id="crowdfunding-051",
    charset="iso-2022-jp",
    sender=frm("shibasaki"),
    to=["アンケート工房 配信サポート <haishin@survey-kobo.jp>"],
    subject="満足度アンケート配信先（PJ-2290 支援者30名）",
    body=(
        "アンケート工房 配信サポート ご担当者様\n\nお世話になっております。日の出産業の柴崎です。\n"
        "先日お見積りいただいた満足度アンケートの配信先をお送りします。\n"
        "配信は12/3 10:00、回答期限は12/17でお願いします。\n\n"
        + "\n".join(p["email"] for p in _p) +
        "\n\n以上30件です。\n" + sig("shibasaki", 1)
    ),
    expect="stop",
    entities=["EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="thirty private backers' e-mail addresses (no name column) to an external vendor",
)

# 052 — stock workbook with several sheets (no people) to the warehouse
add(
    id="crowdfunding-052",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["shukka@sorano-butsuryu.co.jp"],
    subject="12月 入荷予定と在庫引当のご確認",
    body=(
        "ソラノ物流 出荷管理ご担当者様\n\nお世話になっております。佐伯です。\n"
        "12月の入荷予定と、プロジェクト別の引当数をエクセルにまとめました。\n"
        "実在庫との差異があればシート「差異」にご記入のうえご返送ください。\n" + sig("saeki", 2)
    ),
    attachments=[{"kind": "xlsx", "name": "2025-12_入荷予定_引当.xlsx", "sheets": {
        "入荷予定": [["2025年12月 入荷予定"], ["入荷日", "PJ", "品番", "品名", "数量", "便"],
                 ["12/2", "PJ-2405", "BS-OAK-01", "木製ブックスタンド オーク", 620, "路線"],
                 ["12/3", "PJ-2411", "TT-CNV-NV", "帆布トート ネイビー", 410, "路線"],
                 ["12/8", "PJ-2426", "FC-ALU-GY", "折りたたみチェア グレー", 190, "チャーター"],
                 ["12/10", "PJ-2430", "MG-SGR-WH", "信楽焼マグ 白", 800, "路線"]],
        "引当": [["品番", "引当数", "予備"], ["BS-OAK-01", 598, 22], ["TT-CNV-NV", 402, 8],
               ["FC-ALU-GY", 183, 7], ["MG-SGR-WH", 776, 24]],
        "差異": [["品番", "実在庫", "差異", "備考"]],
    }}],
    expect="pass",
    entities=[],
    detectors=[],
    note="product codes and quantities only",
)

# 053 — either: reply to a backer that repeats her own medical situation
add(
    id="crowdfunding-053",
    charset="iso-2022-jp",
    sender=frm("okochi"),
    to=["漆原 智子 <urushibara.t55@gmail.com>"],
    subject="Re: 支援の取り消しについて",
    body=(
        "漆原 智子 様\n\nヒノデ・ファンディング サポートデスクの大河内でございます。\n"
        "このたびは大変な中ご連絡をいただき、ありがとうございます。\n"
        "急性骨髄性白血病でのご入院・抗がん剤治療中とのこと、心よりお見舞い申し上げます。\n\n"
        "本来は規約上お取り消しをお受けできないのですが、今回は事情を考慮し、全額（32,000円）を\n"
        "ご返金させていただくことになりました。診断書のご提出は不要です。\n"
        "カード会社の処理により、明細への反映まで1〜2か月かかる場合がございます。\n\n"
        "一日も早いご回復をお祈りしております。\n" + sig("okochi")
    ),
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="the backer's own diagnosis repeated back to her own free-mail address: arguably harmless, arguably 要配慮 in mail",
)

# 054 — corrupt XLSX to the carrier
add(
    id="crowdfunding-054",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["gyomu@aoba-unyu.co.jp"],
    subject="PJ-2318 第3便 発送リスト",
    body=(
        "青葉運輸 業務課 御中\n\n日の出産業の佐伯です。第3便のリストを添付します。\n"
        "件数は112件です。集荷は12/4でお願いします。\n\n佐伯\n"
    ),
    attachments=[{"kind": "corrupt", "name": "PJ2318_第3便_発送リスト.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be inspected",
)

# 055 — PDF table of backers to a partner that ran a project
_p = people(9)
add(
    id="crowdfunding-055",
    charset="iso-2022-jp",
    sender=frm("okochi"),
    to=["川崎電機 お客様相談室 <sodan@kawasaki-denki.co.jp>"],
    subject="初期不良交換の対象者一覧（PJ-2362 スマート温湿度計）",
    body=(
        "川崎電機株式会社\nお客様相談室 御中\n\nお世話になっております。日の出産業 サポートデスクの大河内です。\n"
        "PJ-2362 のリターンで初期不良のご連絡があった支援者様の一覧をPDFでお送りします。\n"
        "交換品の発送は御社から直接お願いできればと存じます。\n" + sig("okochi")
    ),
    attachments=[{"kind": "pdf", "name": "PJ2362_初期不良_交換対象.pdf", "title": "交換対象者一覧",
                  "lines": ["PJ-2362 スマート温湿度計　初期不良 交換対象者一覧（2025/11/28 時点）", ""],
                  "table": [["No", "氏名", "郵便番号", "住所", "電話番号", "症状"]] +
                  [[str(i + 1), p["name"], p["zip"], p["addr"], p["phone"],
                    rng.choice(["電源入らず", "表示欠け", "Bluetooth接続不可", "湿度が常に99%"])]
                   for i, p in enumerate(_p)]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of nine backers with addresses and phones to an external partner",
)

# 056 — one overseas backer, tracking update, free mail (must go)
add(
    id="crowdfunding-056",
    charset="utf-8",
    sender=frm("nonomura"),
    to=["Daniel Kowalski <dkowalski88@yahoo.com>"],
    subject="Re: Where is my lamp? (pledge #HF-604173)",
    body=(
        "Dear Daniel,\n\nThank you for your patience. Your parcel left our forwarder's Narita hub on "
        "November 24 and is now with USPS.\n\n  Tracking number: 9400 1118 9922 3456 7810 42\n"
        "  Estimated delivery: December 2–4\n\n"
        "If it has not arrived by December 8, just reply to this e-mail and we will open a claim.\n"
        + sig("nonomura", 3)
    ),
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="tracking update to one overseas backer about his own parcel",
)

# 057 — a creator's driver's licence number to the payment processor
_p = person()
add(
    id="crowdfunding-057",
    charset="iso-2022-jp",
    sender=frm("mizuno"),
    to=["決済ブリッジ 加盟店審査 <shinsa@kessai-bridge.jp>"],
    subject="サブ加盟店審査 追加資料（実行者 本人確認）",
    body=(
        "決済ブリッジ株式会社\n加盟店審査 ご担当者様\n\nお世話になっております。日の出産業 審査課の水野です。\n"
        "サブ加盟店登録の審査でご依頼のあった、実行者の本人確認情報をお送りします。\n\n"
        f"　氏名　　　　：{_p['name']}\n　生年月日　　：{wareki(_p['dob'])}\n"
        f"　住所　　　　：{_p['addr']}\n　運転免許証番号：第 {rng.randint(30, 62)}{rng.randint(10, 99)}"
        f"{rng.randint(10000000, 99999999)} 号\n　有効期限　　：2028年{_p['dob'].month}月{_p['dob'].day}日まで\n\n"
        "免許証画像は御社の審査ポータルにアップロード済みです。\n" + sig("mizuno")
    ),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a creator's driver's-licence number, date of birth and address to the processor",
)

# 058 — payout notice to a creator company with its own bank account (must go)
add(
    id="crowdfunding-058",
    charset="iso-2022-jp",
    sender=frm("kuribayashi"),
    to=["株式会社テンクウ工房 経理 <keiri@tenku-kobo.jp>"],
    subject="【ヒノデ・ファンディング】支援金お振込みのご案内",
    body=(
        "株式会社テンクウ工房\n経理ご担当者様\n\nいつもお世話になっております。日の出産業 経理部の栗林です。\n"
        "プロジェクト「テンクウ・ソファ」の支援金を下記のとおりお振込みいたします。\n\n"
        "　お振込日：2025年12月10日\n　支援総額：8,412,000円\n　手数料（17％・税込）：-1,430,040円\n"
        "　お振込額：6,981,960円\n　お振込先：みどり銀行 品川支店 当座 0048215 カ）テンクウコウボウ\n\n"
        "明細は管理画面の「入金履歴」からご確認いただけます。\n" + sig("kuribayashi")
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="payout to a company, with the company's own bank account: business data",
)

# 059 — four overseas backers in To
_f = [foreign(i) for i in (0, 3, 6, 10)]
add(
    id="crowdfunding-059",
    charset="utf-8",
    sender=frm("nonomura"),
    to=[f"{f['name']} <{f['email'].split('@')[0]}@{d}>" for f, d in
        zip(_f, ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com"])],
    subject="PJ-2318 Brass Lamp – customs duty notice",
    body=(
        "Dear backers,\n\nWe have learned that parcels from batch 2 to your countries may be charged "
        "import VAT on delivery, even though they were shipped DDP. We are very sorry for the confusion.\n\n"
        "If you are asked to pay anything, please keep the receipt and send us a photo. We will refund "
        "the amount in full within 14 days.\n\nThank you for backing the project.\n" + sig("nonomura", 3)
    ),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four private overseas backers can see each other in To: should have been Bcc",
)

# 060 — plain ZIP with a UTF-8 CSV of backers to the warehouse
_p = people(18)
add(
    id="crowdfunding-060",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["shukka@sorano-butsuryu.co.jp"],
    subject="PJ-2430 信楽焼マグ 出荷データ",
    body=(
        "ソラノ物流 出荷管理ご担当者様\n\n日の出産業の佐伯です。\n"
        "PJ-2430 の出荷データをZIPでお送りします（中身はCSV1ファイル、18件）。\n"
        "割れ物のため「天地無用・ワレモノ」シールをお願いします。\n\n佐伯\n"
    ),
    attachments=[{"kind": "zip", "name": "PJ2430_data.zip", "files": [
        {"kind": "csv", "name": "PJ2430_shukka.csv", "encoding": "utf-8",
         "rows": [["order_no", "name", "zip", "address", "tel", "item", "qty"]] +
         [[f"2430-{i:04d}", p["name"], p["zip"], p["addr"], p["phone"], "MG-SGR-WH", 1]
          for i, p in enumerate(_p, start=1)]}]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="an unencrypted ZIP holding a CSV of eighteen backers, to a warehouse",
)

# 061 — legal question to the partner law firm, no personal data (must go)
add(
    id="crowdfunding-061",
    charset="iso-2022-jp",
    sender=frm("enomoto"),
    to=["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="購入型クラウドファンディングの返金規定について（ご相談）",
    body=(
        "白川法律事務所\n白川先生\n\nいつもお世話になっております。日の出産業 法務部の榎本です。\n"
        "購入型クラウドファンディングの返金規定について、2点ご意見を伺えますでしょうか。\n\n"
        "1. 実行者都合でリターンが履行不能となった場合、プラットフォームとして支援者に返金義務を負うか\n"
        "2. 特定商取引法上の「返品特約」の表示として、現行の利用規約第12条の記載で足りるか\n\n"
        "現行規約と、過去の類似事案の概要（個人名は伏せています）を添付いたします。\n"
        "12月中旬までにお打ち合わせの機会をいただけますと幸いです。\n" + sig("enomoto") + DISC_JA
    ),
    attachments=[{"kind": "pdf", "name": "利用規約_抜粋.pdf", "lines": [
        "ヒノデ・ファンディング 利用規約（抜粋）", "第12条（返金）支援者は、支援の申込み後、支援を取り消すことはできない。",
        "ただし、実行者がリターンを履行しない場合はこの限りでない。",
        "事案A：2024年、実行者の工場火災によりリターン履行不能。支援者412名に全額返金。",
        "事案B：2025年、実行者と連絡不通。支援者88名のうち返金希望者のみ返金。"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a legal consultation with anonymised cases and the standard disclaimer",
)

# 062 — PDF footer marked CONFIDENTIAL to an overseas partner
add(
    id="crowdfunding-062",
    charset="utf-8",
    sender=frm("hasumi"),
    to=["GSE Logistics Partnerships <partners@gse-logistics.com>"],
    subject="Volume forecast 2026 for our fulfilment tender",
    body=(
        "Dear Ms. Alvarez,\n\nThank you for the meeting last week. As promised, please find attached our "
        "volume forecast for international reward shipments in 2026, broken down by destination region "
        "and month. We would appreciate your proposal by January 16.\n" + sig("hasumi", 3)
    ),
    attachments=[{"kind": "pdf", "name": "HF_volume_forecast_2026.pdf",
                  "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Only",
                  "lines": ["Hinode Funding – International shipment forecast 2026", "",
                            "Q1: 4,200 parcels (NA 38%, EU 31%, APAC 27%, other 4%)",
                            "Q2: 5,100 parcels", "Q3: 3,900 parcels", "Q4: 7,600 parcels (holiday peak)",
                            "Target unit cost: JPY 2,150 (Zone 3, 1 kg)"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached PDF carries a 'CONFIDENTIAL – Internal Only' footer; sent to an external company",
)

# 063 — internal forward of a backer's health complaint to legal (must go)
_p = person()
add(
    id="crowdfunding-063",
    charset="iso-2022-jp",
    sender=frm("okochi"),
    to=["法務部 榎本 <n.enomoto@hinode-sangyo.co.jp>"],
    subject="FW: 肌荒れの件（PJ-2372 ハンドクリーム）",
    body=(
        "榎本さん\n\nサポートの大河内です。製品事故に当たるか判断をお願いしたく転送します。\n"
        "実行者への連絡はまだしていません。\n\n---------- 転送メッセージ ----------\n"
        f"差出人: {_p['name']} <{_p['email']}>\n件名: 肌荒れの件\n\n"
        "リターンで届いたハンドクリームを使ったところ、両手に湿疹が出て皮膚科で接触皮膚炎と診断されました。\n"
        "アトピー性皮膚炎の持病があり、成分表示にアレルギー物質の記載がなかったので使ってしまいました。\n"
        "治療費を請求したいです。\n"
    ),
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="a backer's diagnosis, but forwarded only to an internal colleague",
)

# 064 — XLSX of individual creators' payout accounts to the partner bank
_p = people(6)
add(
    id="crowdfunding-064",
    charset="iso-2022-jp",
    sender=frm("kuribayashi"),
    to=["shimbashi-hojin@midori-ginko.co.jp"],
    subject="総合振込の組戻しデータ確認のお願い",
    body=(
        "みどり銀行 新橋支店 法人窓口 御中\n\n日の出産業 経理部の栗林です。\n"
        "11月25日の総合振込のうち、口座相違で返却された6件の再振込データを添付します。\n"
        "受取人は個人の実行者様です。口座情報は先方に再確認済みです。\n" + sig("kuribayashi")
    ),
    attachments=[{"kind": "xlsx", "name": "再振込_20251201.xlsx", "sheets": {
        "再振込": [["再振込データ（2025/12/01）"], ["受取人名", "受取人カナ", "銀行", "支店", "科目", "口座番号", "金額"]] +
        [[p["name"], p["kana"], rng.choice(["みどり銀行", "ゆうちょ銀行", "城南信用金庫", "ひかり銀行"]),
          rng.choice(["本店営業部", "渋谷支店", "〇二八店", "梅田支店"]), "普通",
          f"{rng.randint(1000000, 9999999)}", rng.randint(80, 900) * 1000] for p in _p]}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six private creators' bank accounts in an XLSX to an external bank",
)

# 065 — one backer's religion with address to the food partner
_p = person()
add(
    id="crowdfunding-065",
    charset="iso-2022-jp",
    sender=frm("okochi"),
    to=["北国フーズ 通販部 <tsuhan@kitaguni-foods.co.jp>"],
    subject="リターン（ジンギスカンセット）の代替品のご相談",
    body=(
        "北国フーズ株式会社\n通販部 御中\n\nお世話になっております。日の出産業の大河内です。\n"
        "ジンギスカンセットのリターンについて、支援者様から次のご相談がありました。\n\n"
        f"　{_p['name']} 様　〒{_p['zip']} {_p['addr']}\n\n"
        "ご本人がイスラム教徒で、タレに含まれるみりん（アルコール）と、ハラール認証のない食肉が召し上がれないとのことです。\n"
        "ハラール対応の代替品（海鮮セット等）に差し替えてお送りすることは可能でしょうか。\n" + sig("okochi", 1)
    ),
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an identifiable backer's religion (信条, 要配慮) with address, to an external partner",
)

# 066 — HTML-only schedule table, no people (must go)
add(
    id="crowdfunding-066",
    charset="utf-8",
    sender=frm("shibasaki"),
    to=["岬ガラス工房 <info@misaki-glass.com>"],
    subject="公開までのスケジュール（確定版）",
    html=(
        "<html><body><p>岬ガラス工房<br>岬様</p><p>お世話になっております。柴崎です。<br>"
        "公開までのスケジュールが確定しましたので共有いたします。</p>"
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\">"
        "<tr><th>日付</th><th>作業</th><th>担当</th></tr>"
        "<tr><td>12/5</td><td>ページ原稿 最終稿</td><td>岬ガラス工房様</td></tr>"
        "<tr><td>12/8</td><td>審査</td><td>日の出産業 審査課</td></tr>"
        "<tr><td>12/10</td><td>写真差し替え・動画アップ</td><td>岬ガラス工房様</td></tr>"
        "<tr><td>12/12</td><td>プレスリリース配信</td><td>日の出産業 広報</td></tr>"
        "<tr><td>12/15 12:00</td><td>公開</td><td>—</td></tr></table>"
        "<p>ご不明点があればご連絡ください。</p><p>日の出産業株式会社 柴崎 航</p></body></html>"
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="an HTML table of dates and tasks, not of people",
)

# 067 — look-alike of the partner system vendor (rn for m)
add(
    id="crowdfunding-067",
    charset="iso-2022-jp",
    sender=frm("shishido"),
    to=["ツバサシステム 開発部 <dev@tsubasa-systern.jp>"],
    subject="支援者CSVエクスポート機能 改修仕様の件",
    body=(
        "ツバサシステム株式会社\n開発部 御中\n\nお世話になっております。日の出産業 情報システム部の宍戸です。\n"
        "支援者CSVエクスポート機能の改修について、仕様書v2をご確認ください。\n"
        "主な変更は、出力項目の選択制と、出力時の二段階承認の追加です。\n"
        "見積りは12/12までにいただけると助かります。\n" + sig("shishido")
    ),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-systern.jp ('rn' for 'm') imitates the partner tsubasa-system.jp",
)

# 068 — forward of a creator's engraving list to an engraving subcontractor
_p = people(6)
_words = ["Happy 10th Anniversary", "For Mom", "K&M 2025.12.24", "Thank you!", "Ayumi", "Since 1998"]
_list = "\n".join(f"{i + 1}. {p['name']} 様 / 刻印「{w}」/ TEL {p['phone']}" for i, (p, w) in
                  enumerate(zip(_p, _words)))
add(
    id="crowdfunding-068",
    charset="utf-8",
    sender=frm("saeki"),
    to=["刻印工房ミヤビ <order@kokuin-miyabi.jp>"],
    subject="FW: 名入れリターンの刻印内容",
    body=(
        "刻印工房ミヤビ ご担当者様\n\nお世話になっております。日の出産業の佐伯です。\n"
        "実行者様から届いた名入れ内容を転送します。文字の確認で支援者様に連絡が必要な場合は、\n"
        "記載の電話番号へ直接おかけいただいて構いません。\n\n"
        "----- Forwarded message -----\nFrom: 岬 <info@misaki-glass.com>\nDate: 2025年11月28日(金) 9:40\n"
        "Subject: 名入れリターンの刻印内容\n\n佐伯様\n\n名入れ6件の内容です。\n\n" + _list + "\n\n岬\n"
    ),
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a forward is new text to its recipient: six backers' names and phones to a subcontractor",
)

# 069 — three address corrections to the warehouse (must go, may warn)
_p = people(3)
add(
    id="crowdfunding-069",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["shukka@sorano-butsuryu.co.jp"],
    subject="PJ-2405 住所訂正3件",
    body=(
        "ソラノ物流 出荷管理ご担当者様\n\n佐伯です。先日の出荷データのうち、住所訂正が3件ありました。\n\n"
        + "\n".join(f"{p['bid']}　{p['name']}\n　→ 〒{p['zip']} {p['addr']}（TEL {p['phone']}）" for p in _p) +
        "\n\n出荷前でしたら差し替えをお願いします。\n佐伯\n"
    ),
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three backers' corrected addresses: under five people, may warn",
)

# 070 — comma-separated romaji records, English, to an overseas forwarder
_f = [foreign(i) for i in (1, 2, 4, 8, 11, 13)]
add(
    id="crowdfunding-070",
    charset="utf-8",
    sender=frm("nonomura"),
    to=["GSE Logistics Booking <booking@gse-logistics.com>"],
    subject="Booking – 6 parcels to Europe/Oceania (PJ-2411 tote)",
    body=(
        "Hello,\n\nPlease book the following six parcels (pickup at Sorano Butsuryu, Ichikawa, Dec 3).\n\n"
        "name,street,city,country,phone\n"
        + "\n".join(f"{f['name']},\"{f['street']}\",\"{f['city']}\",{f['country']},{f['phone']}" for f in _f) +
        "\n\nEach parcel 0.6 kg, 30x25x8 cm, contents: canvas tote bag, value JPY 6,500.\n" + sig("nonomura", 3)
    ),
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six overseas backers' names, addresses and phones as comma-separated text to a forwarder",
)

# 071 — payment processors compared (businesses only) to a consultant (must go)
add(
    id="crowdfunding-071",
    charset="iso-2022-jp",
    sender=frm("tsuji"),
    to=["フィンテック・アドバイザリー 梶浦様 <kajiura@fintech-advisory.jp>"],
    subject="決済代行会社 比較表（ご相談用）",
    body=(
        "フィンテック・アドバイザリー株式会社\n梶浦様\n\nお世話になっております。日の出産業の辻です。\n"
        "次回のご相談に向けて、現在検討中の決済代行会社の比較表をお送りします。\n\n"
        + padded(["会社", "カード料率", "入金サイクル", "返金手数料", "窓口"], [
            ["ペイネクスト", "3.20%", "月2回", "無料", "加盟店サポート 03-6261-0450"],
            ["決済ブリッジ", "2.98%", "月1回", "1件100円", "カスタマーサクセス 050-3184-2210"],
            ["ミライペイメント", "3.05%", "週1回", "無料", "営業部 06-6110-8877"],
        ]) + "\n\nチャージバック時の対応体制についてもご意見いただければ幸いです。\n" + sig("tsuji")
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="a comparison of companies with their switchboard numbers",
)

# 072 — a foreign creator's residence card number to the partner bank
add(
    id="crowdfunding-072",
    charset="iso-2022-jp",
    sender=frm("mizuno"),
    to=["みどり銀行 新橋支店 法人窓口 <shimbashi-hojin@midori-ginko.co.jp>"],
    subject="受取口座の名義確認のお願い（外国籍の実行者様）",
    body=(
        "みどり銀行 新橋支店 法人窓口 御中\n\nお世話になっております。日の出産業 審査課の水野です。\n"
        "支援金の受取口座について、名義の表記が在留カードと一致しているか確認をお願いいたします。\n\n"
        "　氏名　　　　：NGUYEN THI MAI（グエン ティ マイ）\n　生年月日　　：1994年7月19日\n"
        "　国籍　　　　：ベトナム\n　在留カード番号：UH48261937FA\n"
        "　口座　　　　：貴行 蒲田支店 普通 5520179\n\n" + sig("mizuno")
    ),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="a creator's residence-card number, birth date and account sent to an external bank",
)

# 073 — forward of a warehouse's holiday notice (no personal data, must go)
add(
    id="crowdfunding-073",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["株式会社テンクウ工房 <washio@tenku-kobo.jp>"],
    subject="FW: 【ソラノ物流】年末年始の営業日のお知らせ",
    body=(
        "鷲尾様\n\nご参考までに、発送代行先の年末年始営業日のお知らせを転送します。\n"
        "12/26以降に入荷した分は1/6以降の出荷となりますのでご注意ください。\n\n佐伯\n\n"
        "---------- Forwarded message ---------\nFrom: ソラノ物流 <info@sorano-butsuryu.co.jp>\n"
        "Subject: 【ソラノ物流】年末年始の営業日のお知らせ\n\n取引先各位\n\n"
        "誠に勝手ながら、12月27日（土）〜1月5日（月）を休業とさせていただきます。\n"
        "最終出荷は12月26日（金）15時受付分まで、営業開始は1月6日（火）です。\n\n"
        "ソラノ物流株式会社 市川物流センター TEL 047-390-5521\n"
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="a forward of a company notice: no personal data, one external recipient",
)

# 074 — 部外秘 in the subject line to a creator
add(
    id="crowdfunding-074",
    charset="iso-2022-jp",
    sender=frm("shibasaki"),
    to=["星空ブックス 編集部 <henshu@hoshizora-books.jp>"],
    subject="【部外秘】年末特集枠の選定結果（内定）",
    body=(
        "星空ブックス 編集部\n笹森様\n\nお世話になっております。柴崎です。\n"
        "年末特集「今年いちばん応援された本」の掲載候補に、御社プロジェクトが内定しました。\n"
        "正式発表は12/15ですので、それまでは社内のみでのお取り扱いをお願いいたします。\n\n"
        "他の掲載候補：「山の図鑑」「猫と暮らす間取り」「はじめての和菓子」（順不同）\n" + sig("shibasaki")
    ),
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the subject is classified 【部外秘】 and the mail goes to an external creator",
)

# 075 — corrupt ZIP to the overseas forwarder
add(
    id="crowdfunding-075",
    charset="utf-8",
    sender=frm("nonomura"),
    to=["booking@gse-logistics.com"],
    subject="Labels batch 4 (PJ-2426)",
    body=(
        "Hello,\n\nAttached are the shipping labels for batch 4 (23 parcels). Please print and attach them "
        "at pickup on Dec 9.\n\nThanks,\nLisa Nonomura\nHinode Funding\n"
    ),
    attachments=[{"kind": "corrupt", "name": "labels_batch4.zip"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached ZIP is corrupt and cannot be inspected",
)

# 076 — meeting minutes with attendees' names only (must go)
add(
    id="crowdfunding-076",
    charset="iso-2022-jp",
    sender=frm("shibasaki"),
    to=["川崎電機 新規事業推進室 <shinki@kawasaki-denki.co.jp>"],
    subject="11/27 定例会 議事録",
    body=(
        "川崎電機株式会社\n新規事業推進室 御中\n\nお世話になっております。柴崎です。\n"
        "11/27の定例会の議事録をお送りします。修正点があればご指摘ください。\n" + sig("shibasaki")
    ),
    attachments=[{"kind": "docx", "name": "議事録_20251127.docx", "paragraphs": [
        "PJ-2362 スマート温湿度計 定例会 議事録",
        "日時：2025年11月27日（木）14:00〜15:00　場所：オンライン",
        "出席：川崎電機 新規事業推進室 羽生室長、同 真壁様／日の出産業 柴崎、大河内",
        "1. 初期不良の状況：11/27時点で9件。ファームウェア更新で改善する見込み。",
        "2. 追加生産：12月中旬に300台。一般販売は2月開始で調整。",
        "3. 次回：12/11（木）14:00"],
        "tables": [[["No", "宿題", "担当", "期限"], ["1", "FW更新手順書の作成", "川崎電機", "12/4"],
                    ["2", "支援者向けお知らせ文案", "日の出産業", "12/3"]]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="minutes naming the meeting's business attendees, no personal data",
)

# 077 — a creator's mail attached as .eml (forward as attachment) holding a backer list
_p = people(6)
_inner = (
    "佐伯様\n\nお世話になっております。テンクウ工房の鷲尾です。\n"
    "「設置サービス付き」リターンを選ばれた方の納品先です。搬入の事前連絡をお願いします。\n\n"
    + "\n".join(f"■{p['name']} 様\n　{p['zip']} {p['addr']}\n　{p['phone']}" for p in _p) +
    "\n\n鷲尾\n"
)
add(
    id="crowdfunding-077",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["青葉運輸 大型家具便 <kagu@aoba-unyu.co.jp>"],
    subject="FW: ソファ納品先（6件）",
    body=(
        "青葉運輸 大型家具便 ご担当者様\n\n日の出産業の佐伯です。\n"
        "実行者からのメールを添付で転送します。6件とも2名での搬入、開梱設置ありでお願いします。\n"
        "日時の調整は各お届け先へ直接ご連絡ください。\n\n佐伯\n"
    ),
    attachments=[{"kind": "eml", "name": "ソファ納品先.eml", "message": {
        "charset": "iso-2022-jp", "sender": "鷲尾 湊 <washio@tenku-kobo.jp>",
        "to": ["r.saeki@hinode-sangyo.co.jp"], "subject": "ソファ納品先", "body": _inner}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forwarded-as-attachment mail carrying six backers' addresses and phones to a carrier",
)

# 078 — three external organisations in To/Cc
add(
    id="crowdfunding-078",
    charset="iso-2022-jp",
    sender=frm("hasumi"),
    to=["washio@tenku-kobo.jp"],
    cc=["t.miyake@aoba-unyu.co.jp", "risk@paynext.co.jp", "r.saeki@hinode-sangyo.co.jp"],
    subject="チャージバック多発の件 関係者打合せのお願い",
    body=(
        "テンクウ工房 鷲尾様\n青葉運輸 三宅様\nペイネクスト リスク管理部 ご担当者様\n\n"
        "お世話になっております。日の出産業の蓮見です。\n"
        "テンクウ・ソファのリターンについて、「届いていない」とのチャージバックが11月に14件発生しております。\n"
        "配達記録と決済側の状況を突き合わせたく、関係各社で打合せの機会をいただけませんでしょうか。\n\n"
        "候補：12/4（木）10時／12/5（金）16時（いずれもオンライン）\n" + sig("hasumi")
    ),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (creator, carrier, processor) see each other in To/Cc",
)

# 079 — bug report to the system vendor with masked log lines (must go)
add(
    id="crowdfunding-079",
    charset="utf-8",
    sender=frm("shishido"),
    to=["ツバサシステム 保守窓口 <hoshu@tsubasa-system.jp>"],
    subject="【障害】支援完了メールの二重送信（11/29 21時台）",
    body=(
        "ツバサシステム株式会社\n保守窓口 御中\n\n日の出産業 情報システム部の宍戸です。\n"
        "11/29 21:00〜21:40 に支援完了メールが二重送信される事象が発生しました。\n"
        "アプリケーションログの抜粋です（個人情報はマスク済み）。\n\n"
        "2025-11-29T21:03:12+09:00 INFO  mailer  send ok  to=k***@g****.com pledge=HF-5*****\n"
        "2025-11-29T21:03:12+09:00 WARN  queue   retry  job=31882 reason=ack timeout\n"
        "2025-11-29T21:03:14+09:00 INFO  mailer  send ok  to=k***@g****.com pledge=HF-5*****\n"
        "2025-11-29T21:07:45+09:00 INFO  mailer  send ok  to=s***@y****.co.jp pledge=HF-2*****\n"
        "2025-11-29T21:07:46+09:00 WARN  queue   retry  job=31907 reason=ack timeout\n\n"
        "影響件数は約1,140件です。原因調査と再発防止策のご報告をお願いいたします。\n" + sig("shishido")
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="log excerpt with masked e-mail addresses and pledge numbers: nothing identifiable",
)

# 080 — creators' identity data (DOB, address) to the eKYC vendor
_p = people(5)
add(
    id="crowdfunding-080",
    charset="shift_jis",
    sender=frm("mizuno"),
    to=["信頼チェック 運用チーム <ops@shinrai-check.co.jp>"],
    subject="目視確認依頼（自動判定NG 5件）",
    body=(
        "株式会社信頼チェック\n運用チーム ご担当者様\n\nいつもお世話になっております。日の出産業 審査課の水野です。\n"
        "今週、自動判定で「要確認」となった実行者5名について、目視確認をお願いいたします。\n\n"
        + "\n".join(f"{i + 1}) {p['name']}（{p['kana']}）／{wareki(p['dob'], 'abbr')}生／{p['addr']}"
                    for i, p in enumerate(_p)) +
        "\n\n申請時の画像は管理画面の受付番号 KY-3301〜3305 に紐づいています。\n" + sig("mizuno")
    ),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five creators' names, dates of birth (S/H abbreviations) and addresses to a vendor",
)

# 081 — refund procedure to one backer on carrier mail (must go)
add(
    id="crowdfunding-081",
    charset="shift_jis",
    sender=frm("tsuji"),
    to=["mikan.pan.77@docomo.ne.jp"],
    subject="【ヒノデ・ファンディング】ご返金手続きのご案内",
    body=(
        "支援者様\n\nヒノデ・ファンディングをご利用いただきありがとうございます。決済・返金チームの辻です。\n"
        "コンビニ決済でご支援いただいた PJ-2350 は不成立となりましたので、ご返金の手続きをご案内します。\n\n"
        "　支援番号：HF-338104\n　ご返金額：5,000円\n\n"
        "下記のページから、ご返金先の口座をご登録ください（12月20日まで）。\n"
        "https://funding.hinode-sangyo.co.jp/refund/HF-338104\n\n"
        "※メールで口座番号をお送りいただくことはお控えください。\n" + sig("tsuji", 1)
    ),
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="refund instructions to one backer; only a pledge number and amount",
)

# 082 — look-alike of the partner printer (l for i)
add(
    id="crowdfunding-082",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["錦印刷 制作部 <seisaku@nishikl-insatsu.co.jp>"],
    subject="PJ-2440 リーフレット 入稿データ",
    body=(
        "錦印刷株式会社\n制作部 御中\n\nお世話になっております。日の出産業の佐伯です。\n"
        "同梱リーフレット（A5・両面カラー・2,000部）の入稿データをお送りします。\n"
        "校正は PDF でお願いします。納品は12/12 ソラノ物流 市川センター宛てです。\n" + sig("saeki", 1)
    ),
    attachments=[{"kind": "pdf", "name": "PJ2440_leaflet_A5.pdf",
                  "lines": ["ご支援ありがとうございます", "お手入れ方法", "保証について：お届けから1年間"]}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishikl-insatsu.co.jp ('l' for 'i') imitates the partner nishiki-insatsu.co.jp",
)

# 083 — a backer who is a stalking victim, to the carrier
_p = person()
add(
    id="crowdfunding-083",
    charset="iso-2022-jp",
    sender=frm("okochi"),
    to=["gyomu@aoba-unyu.co.jp"],
    subject="営業所止めへの変更依頼（配慮が必要なお客様）",
    body=(
        "青葉運輸 業務課 御中\n\nお世話になっております。日の出産業 サポートデスクの大河内です。\n"
        f"支援番号 HF-{_p['bid']} の {_p['name']} 様（携帯 {_p['phone']}）の荷物を、ご自宅配送から\n"
        "御社 船橋営業所止めに変更してください。\n\n"
        "ご本人は元交際相手からのストーカー被害に遭われており、警察にも相談中とのことです。\n"
        "第三者から住所の問い合わせがあっても一切お答えにならないようお願いいたします。\n" + sig("okochi", 2)
    ),
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an identifiable backer as a crime (stalking) victim (要配慮), to an external carrier",
)

# 084 — four backers who have not answered the address survey, to the creator (must go)
_p = people(4)
add(
    id="crowdfunding-084",
    charset="iso-2022-jp",
    sender=frm("okochi"),
    to=["星空ブックス 編集部 <henshu@hoshizora-books.jp>"],
    subject="住所未回答の支援者（残り4名）",
    body=(
        "笹森様\n\nお世話になっております。大河内です。\n"
        "送付先アンケートにまだご回答のない支援者様が4名残っています。\n"
        "実行者様からもメッセージ機能でお声がけいただけますと助かります。\n\n"
        + padded(["支援番号", "お名前", "メール"], [[p["bid"], p["name"], p["email"]] for p in _p]) +
        "\n\n12/10を過ぎた場合は、規約に基づき支援金のみのご返金で対応予定です。\n" + sig("okochi", 2)
    ),
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="four backers' names and e-mails: below the five-person threshold, may warn",
)

# 085 — legacy XLS of backers to a small warehouse
_p = people(10)
add(
    id="crowdfunding-085",
    charset="shift_jis",
    sender=frm("saeki"),
    to=["関東倉庫サービス 出荷係 <shukka@kanto-souko.jp>"],
    subject="PJ-2437 出荷依頼（xls）",
    body=(
        "関東倉庫サービス 出荷係 御中\n\n日の出産業の佐伯です。\n"
        "御社の取込フォーマット（xls）で出荷データを作成しました。10件です。\n"
        "代引きはありません。よろしくお願いします。\n\n佐伯\n"
    ),
    attachments=[{"kind": "xls", "name": "PJ2437_shukka.xls", "sheets": {
        "出荷": [["お届け先名", "郵便番号", "住所1", "住所2", "電話番号", "品名", "個数"]] +
        [[p["name"], p["zip"].replace("-", ""), p["pref"] + p["city"] + p["town"] + p["rest"], p["bldg"],
          p["phone"].replace("-", ""), "ウッドトレイ", 1] for p in _p]}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="legacy XLS with ten backers' addresses and phones to an external warehouse",
)

# 086 — hotels for a creators' meetup (businesses, must go)
add(
    id="crowdfunding-086",
    charset="iso-2022-jp",
    sender=frm("shibasaki"),
    to=["岬ガラス工房 <info@misaki-glass.com>"],
    subject="実行者交流会（1/24 大阪）宿泊先のご案内",
    body=(
        "岬様\n\nお世話になっております。柴崎です。\n"
        "1/24の実行者交流会（大阪）にご参加の方向けに、会場近くの宿泊先をご案内します。\n"
        "法人レートをご利用の場合は「ヒノデ・ファンディング交流会」とお伝えください。\n\n"
        "◇さくらホテル 梅田　大阪府大阪市北区芝田1-4-8　06-6371-2200　シングル 9,800円\n"
        "◇さくらホテル 新大阪　大阪府大阪市淀川区西中島5-2-11　06-6305-1180　シングル 8,900円\n"
        "◇ホテル水都 中之島　大阪府大阪市北区中之島3-6-30　06-6447-3300　シングル 11,500円\n\n"
        "会場：さくらホテル 梅田 3F「桜の間」 14:00〜17:30（懇親会 18:00〜）\n" + sig("shibasaki")
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="hotels with addresses and front-desk phones: a list of businesses",
)

# 087 — PPTX with a 極秘 footer to an investor
add(
    id="crowdfunding-087",
    charset="iso-2022-jp",
    sender=frm("hasumi"),
    to=["雲キャピタル 投資部 <invest@kumo-capital.co.jp>"],
    subject="事業説明資料（12/3 面談用）",
    body=(
        "雲キャピタル株式会社\n投資部 御中\n\nお世話になっております。日の出産業の蓮見です。\n"
        "12/3の面談に向けて、クラウドファンディング事業の説明資料をお送りします。\n"
        "当日はこちらに沿ってご説明いたします。\n" + sig("hasumi")
    ),
    attachments=[{"kind": "pptx", "name": "HinodeFunding_事業説明_202512.pptx", "page_footer": "極秘",
                  "slides": [["ヒノデ・ファンディング 事業説明", "2025年12月", "日の出産業株式会社"],
                             ["事業概況", "累計支援額 214億円", "成立プロジェクト 3,812件", "成立率 71%"],
                             ["2026年度計画", "流通額 前年比 +35%", "海外支援者比率 18%→25%",
                              "事業分社化（2026年10月予定）"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached deck has 極秘 on every slide; sent to an external investor",
)

# 088 — settlement summary to the processor (must go)
add(
    id="crowdfunding-088",
    charset="utf-8",
    sender=frm("tsuji"),
    to=["merchant-support@paynext.co.jp"],
    subject="11月分 売上精算額の照合結果",
    body=(
        "ペイネクスト株式会社 加盟店サポート ご担当者様\n\n日の出産業の辻です。\n"
        "11月分の精算明細と弊社の決済記録を照合しました。差異は以下2件のみでした。\n\n"
        "  取引ID            弊社記録    御社明細    差異\n"
        "  PN-5519-20417     12,000      0           -12,000（返金の計上月ずれ）\n"
        "  PN-5520-73306     3,300       3,000       -300（送料加算分）\n\n"
        "  11月 売上合計 128,442,300円 / 返金 1,902,600円 / 精算額 122,021,486円\n\n"
        "差異分は12月精算での調整で問題ありません。\n" + sig("tsuji", 1)
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="transaction IDs and amounts only",
)

# 089 — five backers in running text with their phone numbers, to a creator
_p = people(5)
add(
    id="crowdfunding-089",
    charset="iso-2022-jp",
    sender=frm("okochi"),
    to=["鷲尾様 <washio@tenku-kobo.jp>"],
    subject="搬入日時の再調整が必要な方について",
    body=(
        "鷲尾様\n\nお世話になっております。大河内です。\n"
        "ソファの搬入日時について、再調整が必要な方がいらっしゃるので共有します。\n\n"
        f"まず {_p[0]['name']}様（{_p[0]['phone']}）は12月中は出張が多く、年明け以降を希望されています。"
        f"{_p[1]['name']}様（{_p[1]['phone']}）はマンションの搬入経路が狭いため、事前の採寸を希望されています。"
        f"{_p[2]['name']}様は平日18時以降のみ在宅とのことで、日中は{_p[2]['phone']}へご連絡ください。"
        f"また{_p[3]['name']}様（{_p[3]['phone']}）と{_p[4]['name']}様（{_p[4]['phone']}）は"
        "ご近所同士で同日の搬入をご希望です。\n\n"
        "直接ご調整いただくことでご了承をいただいていますので、よろしくお願いいたします。\n" + sig("okochi")
    ),
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five backers' names and phones written in running prose, to an external creator",
)

# 090 — CSV of SKU counts by destination country (must go)
add(
    id="crowdfunding-090",
    charset="utf-8",
    sender=frm("nonomura"),
    to=["booking@gse-logistics.com"],
    subject="Forecast by country – PJ-2440 (for your quote)",
    body=(
        "Hello,\n\nAttached is the number of parcels per destination country and SKU for PJ-2440, so that "
        "you can prepare the quote. Shipping would start mid-January.\n" + sig("nonomura", 3)
    ),
    attachments=[{"kind": "csv", "name": "PJ2440_by_country.csv", "encoding": "utf-8", "rows": [
        ["country", "sku", "parcels", "weight_kg"], ["US", "LT-BRS-01", 212, 0.9], ["US", "LT-BRS-02", 88, 1.4],
        ["CA", "LT-BRS-01", 41, 0.9], ["GB", "LT-BRS-01", 57, 0.9], ["DE", "LT-BRS-01", 63, 0.9],
        ["FR", "LT-BRS-02", 19, 1.4], ["AU", "LT-BRS-01", 35, 0.9], ["SG", "LT-BRS-01", 28, 0.9],
        ["KR", "LT-BRS-02", 22, 1.4], ["TW", "LT-BRS-01", 46, 0.9]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="counts by country and SKU: no people",
)

# 091 — experience-reward participants with chronic conditions to a tour operator
_p = people(6)
_cond = ["喘息（吸入薬持参）", "なし", "高血圧（服薬中）", "なし", "1型糖尿病（インスリン使用）", "膝の手術歴あり"]
add(
    id="crowdfunding-091",
    charset="iso-2022-jp",
    sender=frm("shibasaki"),
    to=["やまびこツアーズ 手配課 <tehai@yamabiko-tours.co.jp>"],
    subject="リターン「蔵王 樹氷トレッキング」参加者名簿",
    body=(
        "やまびこツアーズ株式会社\n手配課 御中\n\nお世話になっております。日の出産業の柴崎です。\n"
        "2/7〜8 の樹氷トレッキング（リターン）の参加者名簿をお送りします。\n"
        "保険手配と、ガイドさんへの健康上の申し送りにご利用ください。\n\n"
        + padded(["氏名", "生年月日", "携帯", "持病・既往歴"],
                 [[p["name"], p["dob"].strftime("%Y/%m/%d"), p["phone"], c] for p, c in zip(_p, _cond)]) +
        "\n\n" + sig("shibasaki")
    ),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six participants with birth dates, phones and medical conditions (要配慮) to a tour operator",
)

# 092 — internal mail stamped 社外秘 (must go)
add(
    id="crowdfunding-092",
    charset="iso-2022-jp",
    sender=frm("hasumi"),
    to=["CF事業部 全員 <cf-all@hinode-sangyo.co.jp>"],
    cc=["経営企画部 <keiki@mail.hinode-sangyo.co.jp>"],
    subject="【社外秘】2026年度 事業分社化の方針について",
    body=(
        "【社外秘】\n\nCF事業部の皆さん\n\n蓮見です。\n"
        "本日の経営会議で、クラウドファンディング事業を2026年10月に分社化する方針が決まりました。\n"
        "新会社名は「日の出ファンディング株式会社（仮）」、メールドメインは当面 hinode-sangyo.co.jp を継続します。\n"
        "正式発表（2月予定）までは、実行者・取引先を含め社外には一切口外しないでください。\n\n"
        "詳細は来週の部会で説明します。\n蓮見\n"
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="a 社外秘 mail, but every recipient is internal (incl. a subdomain)",
)

# 093 — look-alike of the partner food company (TLD swap)
add(
    id="crowdfunding-093",
    charset="iso-2022-jp",
    sender=frm("shibasaki"),
    to=["北国フーズ 矢萩様 <yahagi@kitaguni-foods.com>"],
    subject="純米吟醸リターン 追加発注（300本）",
    body=(
        "北国フーズ株式会社\n矢萩様\n\nお世話になっております。柴崎です。\n"
        "ストレッチゴール達成により、純米吟醸（720ml）を300本追加でお願いしたく存じます。\n"
        "納期は1月23日、納品先は従来どおりソラノ物流 市川センターです。\n"
        "発注書は追って郵送いたします。\n" + sig("shibasaki", 2)
    ),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-foods.com is the partner kitaguni-foods.co.jp under another TLD",
)

# 094 — reply to the printer's price list (must go)
add(
    id="crowdfunding-094",
    charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["eigyo@nishiki-insatsu.co.jp"],
    subject="Re: お礼状・リーフレット 単価表",
    body=(
        "錦印刷 営業部 仁科様\n\n単価表をありがとうございました。佐伯です。\n"
        "下記の組み合わせで正式発注いたします。\n\n"
        "　・はがき（マットコート220kg・両面カラー）　2,000枚 × @18円\n"
        "　・リーフレット A5（コート90kg・両面カラー）　2,000部 × @11円\n"
        "　・封筒 長3（クラフト・1色）　　　　　　　　　1,000枚 × @14円\n\n"
        "納期は12/12でお願いします。\n\n佐伯\n\n"
        "> 佐伯様\n> いつもありがとうございます。ご依頼の単価表をお送りします。\n"
        "> はがき 1,000枚 @21円／2,000枚 @18円／5,000枚 @15円\n> 錦印刷 仁科\n"
    ),
    expect="pass",
    entities=[],
    detectors=[],
    note="a purchase order against a price list",
)

# 095 — nested ZIP: folder with an XLSX list and a DOCX instruction
_p = people(14)
add(
    id="crowdfunding-095",
    charset="utf-8",
    sender=frm("saeki"),
    to=["ハコブネロジ 関西センター <kansai@hakobune-logi.co.jp>"],
    subject="PJ-2440 関西発送分 一式",
    body=(
        "ハコブネロジ株式会社\n関西センター ご担当者様\n\nはじめてご依頼いたします。日の出産業の佐伯です。\n"
        "関西在庫から発送いただく分の資料一式をZIPでお送りします。\n"
        "（発送リストと梱包指示書が入っています）\n" + sig("saeki")
    ),
    attachments=[{"kind": "zip", "name": "PJ2440_kansai.zip", "files": [
        {"kind": "xlsx", "name": "PJ2440/発送リスト.xlsx", "sheets": {
            "リスト": [["関西発送分"], ["氏名", "〒", "住所", "TEL"]] +
            [[p["name"], p["zip"], p["addr"], p["phone"]] for p in _p]}},
        {"kind": "docx", "name": "PJ2440/梱包指示書.docx",
         "paragraphs": ["梱包指示書", "1. 本体をエアキャップで二重に巻く", "2. リーフレットを上面に同梱"]},
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP with a folder: an XLSX of fourteen backers inside, to an external warehouse",
)

# 096 — either: names for a published credits list, with pledge tiers, to the creator
_p = people(12)
add(
    id="crowdfunding-096",
    charset="iso-2022-jp",
    sender=frm("okochi"),
    to=["星空ブックス 編集部 <henshu@hoshizora-books.jp>"],
    subject="巻末「スペシャルサンクス」掲載名（12名）",
    body=(
        "笹森様\n\nお世話になっております。大河内です。\n"
        "巻末のスペシャルサンクスに掲載する支援者様のお名前です（掲載希望の方のみ、表記はご本人の指定どおり）。\n\n"
        + "\n".join(f"{p['name']}　［{rng.choice(['1万円', '3万円', '5万円'])}コース］" for p in _p) +
        "\n\n校正の際にコース表記は削除してください。\n" + sig("okochi", 2)
    ),
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="twelve backers' names with pledge amounts, for a credits page they asked to be in: names only, little else",
)

# 097 — KYC completed notice to a creator on free mail (must go)
add(
    id="crowdfunding-097",
    charset="iso-2022-jp",
    sender=frm("mizuno"),
    to=["桐山 花恵 <hanae.kiriyama@gmail.com>"],
    subject="【ヒノデ・ファンディング】本人確認完了のお知らせ",
    body=(
        "桐山 花恵 様\n\nヒノデ・ファンディング 審査課の水野です。\n"
        "ご提出いただいた本人確認書類の確認が完了しました。お手数をおかけしました。\n"
        "これにより、支援金のお受け取り（初回のお振込み）が可能になります。\n\n"
        "なお、ご提出いただいた画像は法令に基づき一定期間保管したのち削除いたします。\n" + sig("mizuno")
    ),
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="KYC-complete notice to the creator herself; no ID numbers or other data",
)

# 098 — PDF reward specification to the printer (must go)
add(
    id="crowdfunding-098",
    charset="iso-2022-jp",
    sender=frm("shibasaki"),
    to=["錦印刷 営業部 仁科様 <eigyo@nishiki-insatsu.co.jp>"],
    subject="限定版画集リターン 仕様書",
    body=(
        "錦印刷 仁科様\n\nお世話になっております。柴崎です。\n"
        "限定版画集リターンの仕様書をPDFでお送りします。お見積りをお願いいたします。\n" + sig("shibasaki")
    ),
    attachments=[{"kind": "pdf", "name": "版画集_仕様書.pdf", "title": "限定版画集 仕様書",
                  "lines": ["限定版画集 仕様書", "判型：B5変型（240×180mm）　頁数：64頁",
                            "用紙：本文 ヴァンヌーボVG 130kg／表紙 GAボード 310g",
                            "製本：上製本・糸かがり　部数：500部（シリアルナンバー入り）",
                            "納期：2026年3月10日"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a product specification",
)

# 099 — internal: overseas backers CSV to the overseas support team (must go)
_f = [foreign(i) for i in range(16)]
add(
    id="crowdfunding-099",
    charset="utf-8",
    sender=frm("saeki"),
    to=["海外サポート <intl-support@hinode-sangyo.co.jp>"],
    subject="PJ-2440 海外支援者リスト（関税案内の送付用）",
    body=(
        "海外サポートの皆さん\n\n佐伯です。PJ-2440 の海外支援者16名のリストを添付します。\n"
        "関税・VATの事前案内メールの送付にお使いください（Bccで個別送信をお願いします）。\n\n佐伯\n"
    ),
    attachments=[{"kind": "csv", "name": "PJ2440_overseas.csv", "encoding": "utf-8", "rows":
                  [["backer_id", "name", "street", "city", "country", "phone", "email"]] +
                  [[f["bid"], f["name"], f["street"], f["city"], f["country"], f["phone"], f["email"]]
                   for f in _f]}],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="sixteen overseas backers, but sent only to an internal team address",
)

# 100 — English reply to one overseas backer with the English disclaimer (must go)
add(
    id="crowdfunding-100",
    charset="utf-8",
    sender=frm("nonomura"),
    to=["Grace O'Neill <grace.oneill.cork@gmail.com>"],
    subject="Re: Will I have to pay customs in Ireland?",
    body=(
        "Dear Grace,\n\nThank you for backing the brass lamp project!\n\n"
        "Shipments to the EU are sent DDP (Delivered Duty Paid), so VAT and any duties are paid by us in "
        "advance. You should not be asked to pay anything on delivery. If the courier does ask you for a "
        "payment, please do not pay it and contact us straight away with the courier's notice.\n\n"
        "Your reward is scheduled to leave Japan in the second week of January.\n" + sig("nonomura", 3) + DISC_EN
    ),
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="ordinary reply to one overseas backer on free mail, ending with the English disclaimer",
)
