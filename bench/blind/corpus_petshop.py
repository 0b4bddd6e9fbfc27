"""Blind corpus, area: petshop — 日の出産業 ペット事業本部 (ペットショップ ひので各店,
ひのでペットホテル, トリミングサロン, 会員カード, 保険代理店業務, マイクロチップ登録).

Written from BRIEF.md alone.  Every person, pet, number, address, company and domain
outside the brief's named partners is invented.  My Numbers and card numbers come from
build.my_number() / build.card_number() with seeds starting at SEED = 7101 (7101, 7102, …).
In this area an animal's diagnosis, vaccination or birthday is not a person's
要配慮個人情報 / date of birth; the owner's own illness, disability, religion, record or
having been a crime victim is.
"""

from __future__ import annotations

import datetime as _dt
import random

from build import card_number, my_number

SEED = 7101
_seed_counter = [SEED]


def next_seed() -> int:
    s = _seed_counter[0]
    _seed_counter[0] += 1
    return s


R = random.Random(SEED)

# -- people ------------------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"), ("中川", "ナカガワ", "Nakagawa"),
    ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("東海林", "ショウジ", "Shoji"), ("百目鬼", "ドウメキ", "Domeki"),
    ("四月一日", "ワタヌキ", "Watanuki"), ("御手洗", "ミタライ", "Mitarai"),
    ("九十九", "ツクモ", "Tsukumo"), ("五百旗頭", "イオキベ", "Iokibe"), ("左右田", "ソウダ", "Soda"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("仁平", "ニヘイ", "Nihei"), ("鬼頭", "キトウ", "Kito"),
    ("薬袋", "ミナイ", "Minai"), ("纐纈", "コウケツ", "Koketsu"), ("粟飯原", "アイハラ", "Aihara"),
    ("帷子", "カタビラ", "Katabira"), ("瓜生", "ウリュウ", "Uryu"), ("城之内", "ジョウノウチ", "Jonouchi"),
    ("比嘉", "ヒガ", "Higa"), ("我如古", "ガネコ", "Ganeko"), ("宍戸", "シシド", "Shishido"),
]
GIVEN = [
    ("陽菜", "ヒナ", "Hina"), ("結衣", "ユイ", "Yui"), ("大翔", "ヒロト", "Hiroto"), ("蓮", "レン", "Ren"),
    ("美咲", "ミサキ", "Misaki"), ("健太", "ケンタ", "Kenta"), ("直樹", "ナオキ", "Naoki"),
    ("由美子", "ユミコ", "Yumiko"), ("恵", "メグミ", "Megumi"), ("翔太", "ショウタ", "Shota"),
    ("沙織", "サオリ", "Saori"), ("拓也", "タクヤ", "Takuya"), ("真由美", "マユミ", "Mayumi"),
    ("和也", "カズヤ", "Kazuya"), ("裕子", "ユウコ", "Yuko"), ("誠", "マコト", "Makoto"),
    ("久美子", "クミコ", "Kumiko"), ("悠斗", "ユウト", "Yuto"), ("莉子", "リコ", "Riko"),
    ("浩二", "コウジ", "Koji"), ("千尋", "チヒロ", "Chihiro"), ("隆之", "タカユキ", "Takayuki"),
    ("奈々", "ナナ", "Nana"), ("修", "オサム", "Osamu"), ("明美", "アケミ", "Akemi"), ("亮", "リョウ", "Ryo"),
    ("智子", "トモコ", "Tomoko"), ("敦子", "アツコ", "Atsuko"), ("航", "ワタル", "Wataru"),
    ("彩花", "アヤカ", "Ayaka"), ("昌平", "ショウヘイ", "Shohei"), ("佳代", "カヨ", "Kayo"),
]
PLACES = [
    ("154-0015", "東京都", "世田谷区", "桜新町"), ("177-0045", "東京都", "練馬区", "石神井台"),
    ("168-0072", "東京都", "杉並区", "高井戸東"), ("145-0071", "東京都", "大田区", "田園調布"),
    ("225-0002", "神奈川県", "横浜市青葉区", "美しが丘"), ("211-0063", "神奈川県", "川崎市中原区", "小杉町"),
    ("251-0037", "神奈川県", "藤沢市", "鵠沼海岸"), ("330-0064", "埼玉県", "さいたま市浦和区", "岸町"),
    ("359-1141", "埼玉県", "所沢市", "小手指町"), ("273-0005", "千葉県", "船橋市", "本町"),
    ("277-0882", "千葉県", "柏市", "柏の葉"), ("279-0011", "千葉県", "浦安市", "美浜"),
    ("194-0041", "東京都", "町田市", "玉川学園"), ("183-0005", "東京都", "府中市", "若松町"),
    ("252-0303", "神奈川県", "相模原市南区", "相模大野"), ("135-0061", "東京都", "江東区", "豊洲"),
    ("180-0004", "東京都", "武蔵野市", "吉祥寺本町"), ("350-0043", "埼玉県", "川越市", "新富町"),
    ("272-0021", "千葉県", "市川市", "八幡"), ("248-0014", "神奈川県", "鎌倉市", "由比ガ浜"),
    ("224-0032", "神奈川県", "横浜市都筑区", "茅ケ崎中央"), ("158-0083", "東京都", "世田谷区", "奥沢"),
    ("206-0033", "東京都", "多摩市", "落合"), ("343-0845", "埼玉県", "越谷市", "南越谷"),
]
BUILDINGS = ["", "", "", "　コーポ桜201", "　ハイツ緑ヶ丘305", "　パークレジデンス1104",
             "　メゾン・ド・リュンヌ402", "-803", "　グランシティ2番館610", "　第2松葉荘102"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]

FW_TABLE = str.maketrans("0123456789-()/.:,", "０１２３４５６７８９－（）／．：，")


def zen(s: str) -> str:
    """ASCII digits and separators → full width."""
    return s.translate(FW_TABLE)


def mobile() -> str:
    return f"0{R.choice('789')}0-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"


def landline(pref: str) -> str:
    area = {"東京都": "03", "神奈川県": "045", "埼玉県": "048", "千葉県": "047"}[pref]
    if len(area) == 2:
        return f"{area}-{R.randint(3000, 6999)}-{R.randint(1000, 9999)}"
    return f"{area}-{R.randint(200, 999)}-{R.randint(1000, 9999)}"


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if (d.year, d.month, d.day) < (1989, 1, 8):
        era, kan, y = "S", "昭和", d.year - 1925
    else:
        era, kan, y = "H", "平成", d.year - 1988
    if style == "short":
        return f"{era}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{kan}{y}年{d.month}月{d.day}日")
    return f"{kan}{y}年{d.month}月{d.day}日"


def person(used: set | None = None) -> dict:
    while True:
        s = R.choice(SURNAMES)
        if used is None or s[0] not in used:
            break
    if used is not None:
        used.add(s[0])
    g = R.choice(GIVEN)
    z, pref, city, town = R.choice(PLACES)
    addr_tail = f"{R.randint(1, 5)}-{R.randint(1, 28)}-{R.randint(1, 20)}{R.choice(BUILDINGS)}"
    dob = _dt.date(R.randint(1952, 2001), R.randint(1, 12), R.randint(1, 28))
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
        "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2]}",
        "zip": z, "pref": pref, "addr": f"{pref}{city}{town}{addr_tail}",
        "city": f"{pref}{city}", "tel": mobile(), "home": landline(pref),
        "email": f"{g[2].lower()}.{s[2].lower()}{R.randint(2, 98)}@{R.choice(FREEMAIL)}",
        "dob": dob,
    }


def people(n: int) -> list[dict]:
    used: set = set()
    return [person(used) for _ in range(n)]


# -- pets --------------------------------------------------------------------------------

DOGS = ["トイ・プードル", "チワワ", "ミニチュア・ダックスフンド", "柴犬", "ポメラニアン",
        "ミニチュア・シュナウザー", "フレンチ・ブルドッグ", "ヨークシャー・テリア", "マルチーズ",
        "シー・ズー", "ゴールデン・レトリーバー", "ウェルシュ・コーギー・ペンブローク",
        "キャバリア・キング・チャールズ・スパニエル", "パピヨン", "ボーダー・コリー"]
CATS = ["スコティッシュ・フォールド", "マンチカン", "ラグドール", "ブリティッシュ・ショートヘア",
        "アメリカン・ショートヘア", "ノルウェージャン・フォレスト・キャット", "ミヌエット", "ベンガル",
        "ロシアンブルー", "メインクーン"]
PETNAMES = ["ココ", "モカ", "マロン", "ソラ", "レオ", "ムギ", "チョコ", "ルナ", "こてつ", "さくら",
            "きなこ", "ハル", "リン", "あずき", "ラテ", "むく", "ポン太", "ゆず", "ミルク", "ボス",
            "テン", "ぷりん", "小梅", "ジジ"]
COLORS = ["レッド", "アプリコット", "ブラック&タン", "クリーム", "ホワイト", "シルバー", "ブルー",
          "ブラウンタビー", "シールポイント", "セーブル", "赤", "黒柴", "ブリンドル"]


def pet(kind: str | None = None) -> dict:
    kind = kind or R.choice(["犬", "犬", "猫"])
    breed = R.choice(DOGS if kind == "犬" else CATS)
    bday = _dt.date(R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28))
    return {"name": R.choice(PETNAMES), "kind": kind, "breed": breed,
            "sex": R.choice(["オス", "メス"]), "color": R.choice(COLORS), "bday": bday,
            "chip": "392" + "".join(str(R.randrange(10)) for _ in range(12))}


def ymd(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def jdate(d: _dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def corp_number(base12: str) -> str:
    digits = [int(c) for c in base12]
    s = sum(d * (1 if n % 2 == 1 else 2) for n, d in enumerate(reversed(digits), start=1))
    return str(9 - s % 9) + base12


# -- staff (senders) and signatures ----------------------------------------------------

D = "hinode-sangyo.co.jp"
STAFF = {
    "todo": ("藤堂 真理子", "m.todo", "生体管理課"),
    "komatsu": ("小松 健吾", "k.komatsu", "ペットショップ ひので 二子玉川店 店長"),
    "aragaki": ("新垣 沙耶", "s.aragaki", "ひのでペットホテル 成城"),
    "otsuki": ("大槻 亮", "r.otsuki", "会員サービス課"),
    "kusakabe": ("日下部 恵", "m.kusakabe", "お客様相談室"),
    "maruyama": ("丸山 航", "w.maruyama", "人事総務部"),
    "kamiya": ("神谷 陽子", "y.kamiya", "経理部"),
    "kubo": ("久保 拓海", "t.kubo", "情報システム部"),
    "eguchi": ("江口 真央", "m.eguchi", "トリミング事業課"),
    "chiba": ("千葉 翼", "t.chiba", "保険代理店課"),
    "tamura": ("田村 ひかり", "h.tamura", "販促企画課"),
    "hosoda": ("細田 純一", "j.hosoda", "仕入課"),
    "nogami": ("野上 葵", "a.nogami", "ペットショップ ひので 港北ニュータウン店"),
}


def frm(key: str) -> str:
    name, local, _ = STAFF[key]
    return f"{name} <{local}@{D}>"


def addr_of(key: str) -> str:
    return f"{STAFF[key][1]}@{D}"


def sig(key: str, style: int = 0) -> str:
    name, local, dept = STAFF[key]
    mail = f"{local}@{D}"
    if style == 0:
        return (f"\n--\n日の出産業株式会社 ペット事業本部 {dept}\n{name}\n"
                f"〒150-0011 東京都渋谷区東1-22-5 日の出ビル6F\n"
                f"TEL 03-5789-2210 / FAX 03-5789-2211\nMail: {mail}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━━━\n 日の出産業株式会社\n {dept}　{name}\n"
                f" 〒150-0011 東京都渋谷区東1-22-5\n TEL：03-5789-2210（代）\n"
                f"━━━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return (f"\n************************************\nペットショップ ひので 二子玉川店\n{name}\n"
                f"〒158-0094 東京都世田谷区玉川2-8-1 二子玉川ガーデン1F\nTEL 03-3700-4121\n"
                f"営業時間 10:00-20:00（水曜定休）\n************************************\n")
    if style == 3:
        return (f"\n＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\nひのでペットホテル 成城\n{name}\n"
                f"〒157-0066 東京都世田谷区成城6-3-10\nTEL 03-3749-8830　FAX 03-3749-8831\n"
                f"（日の出産業株式会社）\n")
    if style == 4:
        return (f"\nBest regards,\n\n{name_romaji(key)}\n"
                f"Pet Business Division, Hinode Sangyo Co., Ltd.\n"
                f"6F Hinode Bldg., 1-22-5 Higashi, Shibuya-ku, Tokyo 150-0011, Japan\n"
                f"Tel +81-3-5789-2210 | {mail}\n")
    return f"\n{dept}　{name}（内線 {R.randint(2100, 2899)}）\n"


ROMAJI = {"todo": "Mariko Todo", "hosoda": "Junichi Hosoda", "chiba": "Tsubasa Chiba",
          "kubo": "Takumi Kubo", "tamura": "Hikari Tamura", "aragaki": "Saya Aragaki",
          "otsuki": "Ryo Otsuki"}


def name_romaji(key: str) -> str:
    return ROMAJI.get(key, key.title())


DISC_JP = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete it.\n")
DISC_JP2 = ("\n【ご注意】このメールは送信先の方のみを対象としており、機密情報を含む場合があります。"
            "本メールの無断転載・転送はご遠慮ください。\n")

MESSAGES: list[dict] = []


def add(expect: str, entities: list[str], detectors: list[str], note: str, **kw) -> None:
    n = len(MESSAGES) + 1
    m = {"id": f"petshop-{n:03d}", "expect": expect, "entities": entities,
         "detectors": detectors, "note": note}
    m.update(kw)
    MESSAGES.append(m)


# ======================================================================================
# 001 stop — microchip owner-change registrations, CSV of 8 owners to the registry
_p = people(8)
_rows = [["受付番号", "マイクロチップ番号", "動物種", "品種", "新所有者氏名", "フリガナ", "郵便番号",
          "住所", "電話番号", "引渡日"]]
for i, o in enumerate(_p):
    a = pet()
    _rows.append([f"HN-25-{311 + i:04d}", a["chip"], a["kind"], a["breed"], o["name"], o["kana"],
                  o["zip"], o["addr"], o["tel"], f"2025/05/{R.randint(1, 28):02d}"])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "CSV of 8 new owners (name, address, phone) sent to the external microchip registry",
    charset="iso-2022-jp", sender=frm("todo"),
    to=["一般社団法人 日本ペット識別登録協会 登録係 <touroku@pet-shikibetsu.or.jp>"],
    cc=[addr_of("komatsu")],
    subject="【変更登録】5月引渡し分 所有者変更届（8件）",
    body=f"""日本ペット識別登録協会
登録係 御中

いつもお世話になっております。日の出産業の藤堂です。

5月に各店舗でお引渡しした子犬・子猫について、所有者変更登録のデータを
お送りいたします。今回は8件です。
様式は前回ご指示いただいた CSV（Shift_JIS）に合わせております。

登録完了後、登録証明書の送付先は各新所有者様宛でお願いいたします。
不備がございましたらご連絡ください。
{sig("todo")}""",
    attachments=[{"kind": "csv", "name": "所有者変更_202505_日の出産業.csv", "rows": _rows}])

# 002 pass — pet food order to a partner
add("pass", [], [],
    "routine pet-food purchase order to partner 北国フーズ: product codes and PO number only",
    charset="cp932", sender=frm("hosoda"),
    to=["北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>"],
    subject="発注書送付の件（PO-HS-250612）",
    body=f"""北国フーズ株式会社
営業部 御中

いつもお世話になっております。日の出産業 仕入課の細田でございます。
下記の通り発注いたしますので、ご手配のほどよろしくお願いいたします。

発注番号：PO-HS-250612
納品先　：日の出産業 物流センター（川口）
納品希望：6月18日（水）午前

 品番            品名                               数量
 ---------------------------------------------------------
 KF-DG-1020      北国チキン＆ライス 成犬用 2kg         24
 KF-DG-1044      北国サーモン 小型犬シニア 1.5kg       18
 KF-CT-2210      北国まぐろ 子猫用 800g                30
 KF-TR-0301      鹿肉ジャーキー 70g                    60

単価は2025年4月改定の価格表のとおりと認識しております。
相違がございましたらお知らせください。
{sig("hosoda", 1)}""")

# 003 stop — card number of a customer to a partner hotel
_c = people(1)[0]
_card = card_number(next_seed())
add("stop", ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "a customer's credit card number (with name and phone) sent to the partner hotel",
    charset="utf-8", sender=frm("aragaki"),
    to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="ペット同伴ルーム ご予約のお願い（7/19-7/21）",
    body=f"""さくらホテル 宿泊予約ご担当者様

いつも大変お世話になっております。
ひのでペットホテル成城の新垣でございます。

当館が満室のため、下記のお客様を貴館のペット同伴ルームへご案内させていただきたく
ご連絡いたしました。お客様より、事前決済をカードで済ませたいとのご希望です。

ご宿泊者：{_c['name']} 様（{_c['kana']}）
ご連絡先：{_c['tel']}
日程　　：7月19日（土）～7月21日（月・祝）2泊
同伴　　：トイ・プードル 1頭（4.2kg、混合ワクチン・狂犬病接種済）
お支払い：クレジットカード
　カード番号 {_card[:4]} {_card[4:8]} {_card[8:12]} {_card[12:]}
　有効期限 09/28

お手数ですが、ご予約確定のご連絡をいただけますと幸いです。
{sig("aragaki", 3)}""")

# 004 pass — referral of one dog; the animal's diagnosis is not APPI-sensitive
_o = people(1)[0]
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one owner's name and phone to a referral animal hospital; the dog's heart disease is not a person's 要配慮情報",
    charset="iso-2022-jp", sender=frm("komatsu"),
    to=["東京動物医療センター 循環器科 <junkanki@tokyo-vrc.jp>"],
    subject="ご紹介：キャバリア　ソラちゃん（心雑音）",
    body=f"""東京動物医療センター 循環器科
ご担当先生

お世話になっております。ペットショップひので二子玉川店の小松です。
当店でお迎えいただいたワンちゃんについて、提携獣医師の勧めで
貴院での精査をお願いしたくご連絡しました。

　動物：キャバリア・キング・チャールズ・スパニエル（オス・2歳）
　名前：ソラ
　所見：僧帽弁閉鎖不全症の疑い（LevineⅢ/Ⅵ、心エコー未実施）
　飼い主様：{_o['name']} 様　携帯 {_o['tel']}

飼い主様には、貴院から直接ご予約のお電話をいただける旨お伝え済みです。
どうぞよろしくお願いいたします。
{sig("komatsu", 2)}""")

# 005 stop — loyalty members' DM list (XLSX, 2 sheets) to the printer
_dog = people(12)
_cat = people(12)


def _dm_rows(lst, kind):
    rows = [[f"2025年7月 誕生月DM（{kind}会員）送付リスト", "", "", "", "", ""],
            ["会員番号", "お名前", "郵便番号", "ご住所", "ペットのお名前", "ペット誕生日"]]
    for o in lst:
        a = pet("犬" if kind == "わんちゃん" else "猫")
        rows.append([f"HC{R.randint(1000000, 9999999)}", o["name"] + " 様", "〒" + o["zip"], o["addr"],
                     a["name"], f"{a['bday'].year}/07/{R.randint(1, 31):02d}"])
    return rows


add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "24 loyalty-card members' names and home addresses in an XLSX to the printing partner (pets' birthdays are not DOBs)",
    charset="cp932", sender=frm("tamura"),
    to=["錦印刷 制作部 三好様 <miyoshi@nishiki-insatsu.co.jp>"],
    subject="7月 誕生月DM 宛名データのご送付",
    body=f"""錦印刷株式会社
制作部 三好様

お世話になっております。日の出産業 販促企画課の田村です。

7月誕生月DM（はがき）の宛名データをお送りします。
シートを「わんちゃん」「ねこちゃん」に分けています。デザインは先日校了の版で
お願いします。発送は7月1日（火）着を目標にご調整いただけますでしょうか。

よろしくお願いいたします。
{sig("tamura")}""",
    attachments=[{"kind": "xlsx", "name": "誕生月DM_宛名_202507.xlsx", "title": "誕生月DM宛名",
                  "sheets": {"わんちゃん": _dm_rows(_dog, "わんちゃん"),
                             "ねこちゃん": _dm_rows(_cat, "ねこちゃん")}}])

# 006 stop — look-alike of partner domain (kitaguni-food.co.jp)
add("stop", [], ["lookalike_domain"],
    "recipient domain kitaguni-food.co.jp is a look-alike of partner kitaguni-foods.co.jp (letter dropped)",
    charset="iso-2022-jp", sender=frm("hosoda"),
    to=["北国フーズ 商品開発 根本様 <nemoto@kitaguni-food.co.jp>"],
    subject="Re: 新商品サンプル（猫用ウェット）の件",
    body=f"""北国フーズ株式会社
商品開発部 根本様

ご連絡ありがとうございます。
猫用ウェットフードのサンプル、各味3ケースずつで承知いたしました。
送り先は二子玉川店ではなく、本部（渋谷）宛でお願いできますでしょうか。

試食モニターは会員様20名程度を予定しております。結果は8月上旬に
まとめてご報告いたします。

> 細田様
> 先日お話ししました新商品サンプルですが、6月末の出荷が可能となりました。
> 数量のご希望をお知らせください。
{sig("hosoda")}""")

# 007 pass — internal only: member export to a colleague
_m = people(9)
_lines = ["会員番号,氏名,フリガナ,生年月日,携帯電話,メールアドレス,最終来店日"]
for o in _m:
    _lines.append(f"HC{R.randint(1000000, 9999999)},{o['name']},{o['kana']},{ymd(o['dob'])},"
                  f"{o['tel']},{o['email']},2025/0{R.randint(3, 6)}/{R.randint(10, 28)}")
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
    "member export goes only to internal addresses (incl. subdomain)",
    charset="utf-8", sender=frm("otsuki"),
    to=[addr_of("tamura")], cc=["crm-team@mail.hinode-sangyo.co.jp"],
    subject="休眠会員リスト（抽出サンプル）",
    body="田村さん\n\nお疲れさまです。大槻です。\n"
         "依頼のあった休眠会員（最終来店3か月以上）のリスト、先頭9件だけ本文に貼ります。\n"
         "全件はCRMのフォルダに置きました。社外に出す場合は必ず加工してから。\n\n"
         + "\n".join(_lines) + "\n\n大槻\n")

# 008 stop — three private customers visible to each other in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "three private persons (three free-mail addresses) can see each other in To; should have been Bcc",
    charset="iso-2022-jp", sender=frm("nogami"),
    to=["kaori.ss55@gmail.com", "wanko-daisuki-0612@yahoo.co.jp", "t.hanamura@icloud.com"],
    subject="子犬見学会（6/29）ご参加ありがとうございます",
    body=f"""皆さま

このたびは「子犬見学会」へのお申し込みをいただき、誠にありがとうございます。
ペットショップひので 港北ニュータウン店の野上です。

日時：6月29日（日）13:00～15:00
場所：港北ニュータウン店 2階 ふれあいルーム
持ち物：特にございません（動きやすい服装でお越しください）

当日は子犬の抱っこ体験のほか、トリマーによるお手入れミニ講座もございます。
先住犬をお連れになる場合は、ワクチン接種証明書をご持参ください。

皆さまのお越しをスタッフ一同お待ちしております。

ペットショップ ひので 港北ニュータウン店
TEL 045-912-3380""")

# 009 stop — owner's disability (guide-dog user) to the partner hotel
_g = people(1)[0]
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "a named guest's visual disability (身体障害者手帳1級) sent to the partner hotel: 要配慮個人情報 of one person",
    charset="utf-8", sender=frm("aragaki"),
    to=["さくらホテル フロント 岩崎様 <iwasaki.front@sakura-hotel.jp>"],
    cc=[addr_of("otsuki")],
    subject="盲導犬ユーザー様のご宿泊について（8/2）",
    body=f"""さくらホテル
フロント 岩崎様

お世話になっております。ひのでペットホテル成城の新垣です。
先日お電話でご相談した件、詳細をお送りします。

ご宿泊者　：{_g['name']} 様
ご連絡先　：{_g['tel']}
ご宿泊日　：8月2日（土）1泊
同伴犬　　：盲導犬（ラブラドール・レトリーバー、名前：ベル）

{_g['sei']}様は全盲で、身体障害者手帳1級をお持ちです。
当日は最寄駅からの誘導と、客室内の家具配置のご説明をお願いできれば助かります。
また、糖尿病のためインスリン注射を常用されているとのことで、
冷蔵庫のご用意もお願いしたいそうです。

ご不明点があれば新垣までご連絡ください。
{sig("aragaki", 3)}""")

# 010 pass — reply; the applicant list is only in the quoted text
_q = people(6)
_quoted = "\n".join(f"> {i+1}. {o['name']}　{wareki(o['dob'])}生　{o['tel']}" for i, o in enumerate(_q))
add("pass", [], [],
    "the six applicants appear only in '>' quoted text from the insurer; the new text carries nothing",
    charset="iso-2022-jp", sender=frm("chiba"),
    to=["ほほえみペット少額短期保険 引受審査課 <hikiuke@hohoemi-pet.co.jp>"],
    subject="Re: 6月申込分 確認事項のご連絡",
    body=f"""ほほえみペット少額短期保険
引受審査課 ご担当者様

ご連絡ありがとうございます。日の出産業 保険代理店課の千葉です。
ご指摘の件、各店舗に確認のうえ、来週火曜までに訂正申込書をお送りします。
少々お時間をいただきますが、よろしくお願いいたします。

千葉

> 日の出産業株式会社
> 千葉様
>
> 6月お申込み分のうち、下記6件について告知事項の記入漏れがございました。
{_quoted}
>
> ご確認をお願いいたします。
> ほほえみペット少額短期保険 引受審査課""")

# 011 stop — pet insurance applications XLSX (6 applicants) to the insurer
_a = people(6)
_rows = [["ペット保険 新規申込一覧（2025年6月 第3週）"], [],
         ["申込番号", "契約者氏名", "フリガナ", "契約者生年月日", "郵便番号", "住所", "電話番号",
          "メールアドレス", "ペット名", "品種", "ペット生年月日", "プラン"]]
for o in _a:
    pt = pet()
    _rows.append([f"HP{R.randint(100000, 999999)}", o["name"], o["kana"], wareki(o["dob"]),
                  o["zip"], o["addr"], o["tel"], o["email"], pt["name"], pt["breed"],
                  ymd(pt["bday"]), R.choice(["70%プラン", "50%プラン", "ライト"])])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    ["personal_data"],
    "six policyholders' names, DOBs (和暦), addresses, phones and e-mails in an XLSX to the insurer",
    charset="cp932", sender=frm("chiba"),
    to=["hikiuke@hohoemi-pet.co.jp"],
    subject="新規申込データ送付（6月第3週分）",
    body=f"""ほほえみペット少額短期保険株式会社
引受審査課 御中

いつもお世話になっております。
6月第3週に各店舗で受け付けた新規申込6件分のデータを添付いたします。
申込書原本は本日、レターパックにて発送済みです。

ご査収のほどよろしくお願いいたします。
{sig("chiba", 1)}""",
    attachments=[{"kind": "xlsx", "name": "新規申込_2025W25.xlsx",
                  "sheets": {"申込一覧": _rows, "備考": [["特記事項なし"]]}}])

# 012 pass — mail about an NDA with the POS/loyalty vendor
add("pass", [], [],
    "mail about an NDA draft (秘密保持契約) with the partner vendor; no marking, no personal data",
    charset="utf-8", sender=frm("kubo"),
    to=["ツバサシステム 営業部 長尾様 <nagao@tsubasa-system.jp>"],
    cc=[addr_of("otsuki")],
    subject="会員カードシステム更改に伴う秘密保持契約書（案）",
    body=f"""ツバサシステム株式会社
営業部 長尾様

いつもお世話になっております。日の出産業 情報システム部の久保です。

会員カード（ひのでポイントカード）システム更改の件、要件定義に入る前に
秘密保持契約を締結させていただきたく、当社ひな形をお送りします。
第5条（秘密情報の範囲）と第9条（有効期間）について、貴社法務のご意見を
いただけますと幸いです。

なお、会員データのサンプル提供は契約締結後、マスキング済みのものに限らせて
いただく予定です。
{sig("kubo")}{DISC_JP}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_v1.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
                                 "会員カードシステム更改の検討（以下「本件」という。）に関し、次のとおり契約を締結する。",
                                 "第1条（目的）本契約は、本件に関して相互に開示される秘密情報の取扱いを定める。",
                                 "第5条（秘密情報の範囲）秘密情報とは、開示の際に秘密である旨を明示した技術上・営業上の情報をいう。",
                                 "第9条（有効期間）本契約の有効期間は締結日から2年間とする。",
                                 "（以下余白）"]}])

# 013 stop — sales contract with the buyer's driving licence number to a breeder
_b = people(1)[0]
_lic = f"{R.choice(['30', '45', '50'])}{R.randint(10, 99)}{R.randint(10000000, 99999999)}"
_pup = pet("犬")
add("stop", ["JP_DRIVERS_LICENSE", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    ["personal_data"],
    "buyer's 運転免許証番号 (an identity document number) with address and DOB sent to the breeder",
    charset="iso-2022-jp", sender=frm("komatsu"),
    to=["星空ケンネル 星野様 <info@kennel-hoshizora.jp>"],
    subject="ご成約のご報告（{0}・{1}生まれ）".format(_pup["breed"], ymd(_pup["bday"])),
    body=f"""星空ケンネル
星野様

いつもお世話になっております。ひので二子玉川店の小松です。
先日お預かりした{_pup['breed']}（{_pup['color']}・{_pup['sex']}）がご成約となりました。
血統書の名義変更とアフターフォローのため、契約書の写しを添付します。

今後ともよろしくお願いいたします。
{sig("komatsu", 2)}""",
    attachments=[{"kind": "docx", "name": "生体売買契約書_写し.docx",
                  "paragraphs": ["生体売買契約書（写）", "売主：日の出産業株式会社（ペットショップ ひので 二子玉川店）",
                                 f"生体：{_pup['breed']}　{_pup['sex']}　毛色 {_pup['color']}　"
                                 f"生年月日 {ymd(_pup['bday'])}　MC {_pup['chip']}",
                                 "買主の本人確認：運転免許証にて確認済"],
                  "tables": [[["項目", "内容"], ["買主氏名", _b["name"]], ["フリガナ", _b["kana"]],
                              ["生年月日", jdate(_b["dob"])],
                              ["住所", f"〒{_b['zip']} {_b['addr']}"], ["電話番号", _b["tel"]],
                              ["運転免許証番号", f"第{_lic}号"], ["販売価格", "385,000円（税込）"]]]}])

# 014 pass — three-way meeting mail, two partner organisations
add("pass", [], ["multiple_external_domains"],
    "two partner organisations in To/Cc for a normal three-way delivery meeting",
    charset="cp932", sender=frm("hosoda"),
    to=["北国フーズ 物流課 片山様 <katayama@kitaguni-foods.co.jp>"],
    cc=["青葉運輸 営業所 山内様 <yamauchi@aoba-unyu.co.jp>", addr_of("todo")],
    subject="【日程調整】店舗直送ルート見直し打合せ",
    body=f"""北国フーズ 片山様
青葉運輸 山内様
（cc：弊社 藤堂）

お世話になっております。日の出産業の細田です。
先日ご相談した、フード類の店舗直送ルート見直しの件で、三社打合せをお願いできれば
と存じます。下記候補日でご都合をお聞かせください。

　① 7/8（火）14:00～
　② 7/9（水）10:00～
　③ 7/10（木）15:00～

場所：弊社本部 6F 会議室（オンライン参加も可）
議題：・港北ニュータウン店の荷受時間変更
　　　・夏季の温度管理（ウェット缶の保管）
　　　・伝票の電子化

よろしくお願いいたします。
{sig("hosoda")}""")

# 015 stop — forward of a complaint with the customer's own illness to the law firm
_k = people(1)[0]
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "EMAIL_ADDRESS"],
    ["personal_data"],
    "forwarded complaint carries the customer's asthma diagnosis and hospital stay with her contact data, to an external law firm",
    charset="utf-8", sender=frm("kusakabe"),
    to=["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="FW: 購入した子猫について（ご相談）",
    body=f"""白川先生

いつもお世話になっております。日の出産業 お客様相談室の日下部です。
下記のお客様から、治療費と慰謝料の請求を示唆する内容のメールが届きました。
当社の対応方針についてご相談させてください。来週どこかでお時間をいただけますと幸いです。

---------- Forwarded message ----------
From: {_k['name']} <{_k['email']}>
Date: 2025年6月14日 22:41
Subject: 購入した子猫について
To: support@hinode-sangyo.co.jp

5月に御社港北ニュータウン店でスコティッシュフォールドを購入した{_k['name']}です。
購入後から咳が止まらなくなり、呼吸器内科で「猫アレルギーによる気管支喘息」と診断され、
6月3日から5日間入院しました。販売時にアレルギーの説明は一切ありませんでした。
入院費と通院費について、御社の責任でご対応いただけないでしょうか。

住所：〒{_k['zip']} {_k['addr']}
電話：{_k['tel']}
{sig("kusakabe", 5)}""")

# 016 pass — list of shops (businesses) to a magazine
add("pass", [], [],
    "a list of the company's own shops (business addresses and switchboards) for a magazine",
    charset="iso-2022-jp", sender=frm("tamura"),
    to=["月刊わんにゃんプレス 編集部 <henshu@wan-nyan-press.co.jp>"],
    subject="掲載店舗情報のご送付（9月号 ショップガイド）",
    body=f"""月刊わんにゃんプレス 編集部
宮下様

お世話になっております。日の出産業 販促企画課の田村です。
9月号ショップガイドの掲載情報をお送りします。

■ペットショップ ひので 二子玉川店
　〒158-0094 東京都世田谷区玉川2-8-1 二子玉川ガーデン1F
　TEL 03-3700-4121　10:00-20:00（水曜定休）
■ペットショップ ひので 港北ニュータウン店
　〒224-0003 神奈川県横浜市都筑区中川中央1-30-2
　TEL 045-912-3380　10:00-20:00（無休）
■ひのでペットホテル 成城
　〒157-0066 東京都世田谷区成城6-3-10
　TEL 03-3749-8830　受付 9:00-19:00
■トリミングサロン ひので 浦和
　〒330-0062 埼玉県さいたま市浦和区仲町2-5-7
　TEL 048-824-1190　完全予約制

写真データは別途ギガファイル便でお送りします。
{sig("tamura", 1)}""")

# 017 stop — password ZIP (PPAP) of contract scans to a breeder
add("stop", [], ["unscannable_attachment"],
    "encrypted ZIP attachment (password sent separately) cannot be inspected",
    charset="cp932", sender=frm("nogami"),
    to=["富士見ブリーディング 事務局 <office@fujimi-breeding.co.jp>"],
    subject="契約書類送付の件",
    body=f"""富士見ブリーディング株式会社
事務局 ご担当者様

お世話になっております。ひので港北ニュータウン店の野上です。
6月分の成約書類一式をお送りします。
添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りいたします。

よろしくお願いいたします。

ペットショップ ひので 港北ニュータウン店　野上 葵
TEL 045-912-3380""",
    attachments=[{"kind": "zip", "name": "成約書類_202506.zip", "password": "Hnd#2506kt",
                  "files": [{"kind": "pdf", "name": "契約書_01.pdf", "lines": ["生体売買契約書"]},
                            {"kind": "pdf", "name": "契約書_02.pdf", "lines": ["生体売買契約書"]}]}])

# 018 pass — grooming booking confirmation to one customer on a carrier address
add("pass", [], ["freemail_recipient"],
    "booking confirmation to a single customer on a carrier address; nothing about other people",
    charset="iso-2022-jp", sender=frm("eguchi"),
    to=["momo-mama.0303@docomo.ne.jp"],
    subject="トリミングご予約確認（7月5日 10:30）",
    body="""いつもトリミングサロンひので浦和をご利用いただき、ありがとうございます。
下記の内容でご予約を承りました。

　日時　：7月5日（土）10:30～
　ワンちゃん：モモちゃん（トイ・プードル）
　コース：シャンプー＋カット（テディベアカット）、歯みがきオプション
　担当　：トリマー 江口

ご来店の際は、狂犬病予防注射と混合ワクチンの証明書（1年以内）をお持ちください。
キャンセル・変更は前日18時までにお電話でお願いいたします。

トリミングサロン ひので 浦和
〒330-0062 埼玉県さいたま市浦和区仲町2-5-7
TEL 048-824-1190""")

# 019 stop — week's grooming bookings (7 customers) to a freelance groomer on gmail
_gb = people(7)
_lines = ["日付\t時間\tお客様\t電話\tワンちゃん\tメニュー"]
for i, o in enumerate(_gb):
    pt = pet("犬")
    _lines.append(f"7/{8 + i // 2}\t{R.choice(['10:00', '11:30', '13:00', '14:30', '16:00'])}\t"
                  f"{o['name']}\t{o['tel']}\t{pt['name']}（{pt['breed']}）\t"
                  f"{R.choice(['シャンプー', 'カット', 'シャンプー＋カット', '部分カット'])}")
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "seven customers' names and mobile numbers (tab list) sent to a freelance groomer's gmail",
    charset="utf-8", sender=frm("eguchi"),
    to=["yuka.trim.free@gmail.com"],
    subject="来週の応援シフト分 予約一覧です",
    body="由香さん\n\nお疲れさまです、江口です。\n来週の応援ありがとうございます！担当していただく予約を貼っておきます。"
         "\n遅れそうなお客様がいたら直接電話してもらって大丈夫です。\n\n"
         + "\n".join(_lines) +
         "\n\n駐車場は裏の2番を使ってください。よろしくお願いします！\n\n江口\n")

# 020 stop — a new trimmer's My Number to the labour consultant
_t = people(1)[0]
_mn = my_number(next_seed())
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "a new employee's マイナンバー with DOB and address sent to the external 社労士 office",
    charset="iso-2022-jp", sender=frm("maruyama"),
    to=["木村社会保険労務士事務所 <office@sr-kimura.jp>"],
    subject="入社手続き（7/1入社 トリマー1名）",
    body=f"""木村社会保険労務士事務所
木村先生

いつもお世話になっております。日の出産業 人事総務部の丸山です。
7月1日付でトリミングサロン浦和に入社するトリマー1名の資格取得手続きを
お願いいたします。

　氏名　　　：{_t['name']}（{_t['kana']}）
　生年月日　：{wareki(_t['dob'])}
　住所　　　：{_t['addr']}
　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　雇用形態　：正社員（月給）
　標準報酬　：24万円見込み

雇用契約書の写しは郵送いたします。
{sig("maruyama")}""")

# 021 pass — price list PDF to the partner hotel
add("pass", [], [],
    "grooming and pet-hotel price list (PDF) for a partner hotel's guests: business information only",
    charset="cp932", sender=frm("aragaki"),
    to=["さくらホテル 営業企画 <kikaku@sakura-hotel.jp>"],
    subject="ペットホテル・トリミング料金表（2025年度版）",
    body=f"""さくらホテル 営業企画ご担当者様

お世話になっております。ひのでペットホテル成城の新垣です。
宿泊者様向けのご案内用に、2025年度版の料金表をお送りします。
提携割引（10%）の記載も入れております。客室備え付けのご案内にご活用ください。
{sig("aragaki", 3)}""",
    attachments=[{"kind": "pdf", "name": "料金表_2025.pdf", "title": "ひのでペットホテル 料金表",
                  "lines": ["ひのでペットホテル 成城 / トリミングサロン 料金表（税込）",
                            "さくらホテルご宿泊のお客様は10%割引"],
                  "table": [["区分", "体重", "1泊", "日帰り"],
                            ["小型犬", "～5kg", "4,400円", "2,750円"],
                            ["中型犬", "5～15kg", "5,500円", "3,300円"],
                            ["大型犬", "15kg～", "7,700円", "4,400円"],
                            ["猫", "-", "3,850円", "2,200円"],
                            ["シャンプー（小型）", "-", "4,950円～", "-"],
                            ["カット（小型）", "-", "6,600円～", "-"]]}])

# 022 stop — corrupt XLSX to the insurer
add("stop", [], ["unscannable_attachment"],
    "the attached XLSX is damaged and cannot be read",
    charset="utf-8", sender=frm("chiba"),
    to=["アニケア損保 代理店サポート <dairiten@anicare-ins.co.jp>"],
    subject="加入者一覧（5月末）送付",
    body=f"""アニケア損害保険
代理店サポートデスク 御中

お世話になっております。日の出産業 保険代理店課の千葉です。
5月末時点の加入者一覧をお送りします。月次報告書の別紙としてご確認ください。
{sig("chiba")}""",
    attachments=[{"kind": "corrupt", "name": "加入者一覧_202505.xlsx"}])

# 023 stop — 社外秘 store plan (PPTX) to the equipment partner
add("stop", [], ["confidential_marking"],
    "PPTX with a 社外秘 footer on every slide sent to partner 川崎電機",
    charset="iso-2022-jp", sender=frm("todo"),
    to=["川崎電機 法人営業部 吉岡様 <yoshioka@kawasaki-denki.co.jp>"],
    subject="新店舗（吉祥寺）設備仕様のご相談",
    body=f"""川崎電機株式会社
法人営業部 吉岡様

お世話になっております。日の出産業の藤堂です。
来春オープン予定の吉祥寺店について、生体展示ケースの空調・換気設備の
お見積りをお願いしたく、計画資料をお送りします。
展示ケースは犬24区画・猫12区画を想定しています。

ご確認のほどよろしくお願いいたします。
{sig("todo")}""",
    attachments=[{"kind": "pptx", "name": "吉祥寺店_出店計画_v3.pptx", "page_footer": "社外秘　日の出産業株式会社",
                  "slides": [["吉祥寺店 出店計画（案）", "開店予定：2026年4月", "売場面積：約420㎡"],
                             ["売上計画", "初年度売上 3.8億円", "生体 62% / フード・用品 28% / サービス 10%"],
                             ["設備要件", "展示ケース 犬24・猫12", "換気回数 毎時10回以上", "温度 22～26℃を常時維持"]]}])

# 024 pass — announcement to customers in Bcc
_bcc = [f"{R.choice(['hana', 'sora', 'mugi', 'choco', 'leo', 'kinako', 'luna', 'maron', 'yuzu', 'latte'])}"
        f"{R.randint(10, 999)}@{R.choice(FREEMAIL)}" for _ in range(10)]
add("pass", [], ["freemail_recipient"],
    "store announcement to ten customers, all in Bcc (To is the sender's own shop address)",
    charset="utf-8", sender=frm("komatsu"),
    to=[f"ペットショップひので二子玉川店 <futako@{D}>"], bcc=_bcc,
    subject="【ひので二子玉川店】夏季の営業時間変更のお知らせ",
    body="""ペットショップひので 二子玉川店をご利用の皆さま

いつもご来店いただき、ありがとうございます。
7月20日（日）～8月31日（日）の期間、営業時間を下記のとおり変更いたします。

　10:00～20:00　→　9:30～19:00

暑さ対策として、お散歩グッズ・クールマットの特設コーナーもご用意しております。
なお、8月13日（水）・14日（木）はお盆休みのため臨時休業とさせていただきます。
（ペットホテル成城は通常どおり営業いたします）

今後ともペットショップひのでをよろしくお願いいたします。

※本メールは送信専用アドレスから配信しています。""")

# 025 stop — pedigree registrations, one record per block (6 buyers) to the kennel club
_pd = people(6)
_blocks = []
for i, o in enumerate(_pd, 1):
    pt = pet("犬")
    _blocks.append(f"【{i}】血統書番号 AK-{R.randint(10, 99)}-{R.randint(100000, 999999)}\n"
                   f"　犬名　　：{pt['name']}（{pt['breed']}・{pt['sex']}）\n"
                   f"　新所有者：{o['name']}（{o['kana']}）\n"
                   f"　住所　　：〒{o['zip']} {o['addr']}\n"
                   f"　電話　　：{R.choice([o['tel'], o['home']])}")
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "six new owners' names, addresses and phones, one block each, sent to the kennel club",
    charset="iso-2022-jp", sender=frm("todo"),
    to=["日本愛犬血統協会 名義変更受付 <meigi@aiken-kettou.or.jp>"],
    subject="血統書 名義変更申請（6件）",
    body="日本愛犬血統協会\n名義変更受付 ご担当者様\n\n"
         "お世話になっております。日の出産業株式会社（会員番号 B-20417）の藤堂です。\n"
         "下記6頭の名義変更をお願いいたします。手数料は本日お振込みいたしました。\n\n"
         + "\n\n".join(_blocks) + "\n\n以上6件です。よろしくお願いいたします。\n" + sig("todo", 1))

# 026 pass — a single owner's microchip change registration
_o = people(1)[0]
_pt = pet("猫")
add("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "one new owner's registration (name, address, phone) to the microchip registry: fewer than five people",
    charset="cp932", sender=frm("nogami"),
    to=["touroku@pet-shikibetsu.or.jp"],
    subject="所有者変更登録のお願い（1件・至急）",
    body=f"""日本ペット識別登録協会 御中

お世話になっております。ひので港北ニュータウン店の野上です。
お客様より、転居前に登録を済ませたいとのご要望があり、1件のみ先行して
お送りします。

　マイクロチップ番号：{_pt['chip']}
　動物：猫（{_pt['breed']}・{_pt['sex']}）
　新所有者：{_o['name']} 様
　住所：〒{_o['zip']} {_o['addr']}
　電話：{_o['tel']}

お手数ですがよろしくお願いいたします。

野上
ペットショップ ひので 港北ニュータウン店 TEL 045-912-3380""")

# 027 stop — HTML-only table of 5 loyalty members to the POS vendor
_lm = people(5)
_tr = "".join(f"<tr><td>HC{R.randint(1000000, 9999999)}</td><td>{o['name']}</td><td>{o['tel']}</td>"
              f"<td>{o['email']}</td><td>{R.randint(120, 4800)}pt</td></tr>" for o in _lm)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "HTML-only mail with a table of five members (name, phone, e-mail) to the partner POS vendor",
    charset="utf-8", sender=frm("otsuki"),
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="ポイント二重付与の修正依頼（5件）",
    html=f"""<html><body>
<p>ツバサシステム株式会社<br>サポートご担当者様</p>
<p>お世話になっております。日の出産業 会員サービス課の大槻です。</p>
<p>6月10日のPOS障害時に、下記5名の会員様でポイントが二重付与されています。<br>
差分の取消処理をお願いできますでしょうか。</p>
<table border="1" cellpadding="4">
<tr><th>会員番号</th><th>氏名</th><th>電話番号</th><th>メール</th><th>取消ポイント</th></tr>
{_tr}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 会員サービス課<br>大槻 亮<br>TEL 03-5789-2210</p>
</body></html>""")

# 028 either — pets' vaccination schedule with owners' surnames only, to a vet clinic
_ow = people(9)
_lines = []
for o in _ow:
    pt = pet()
    _lines.append(f"・{o['sei']}様　{pt['name']}（{pt['breed']}）　{R.choice(['5種', '8種', '3種(猫)'])}混合 2回目 "
                  f"{R.randint(7, 8)}/{R.randint(1, 28)}予定")
add("either", ["PERSON_NAME"], ["personal_data"],
    "nine rows of pets with owners' surnames only (no contact data): arguably a list of people, arguably pet records",
    charset="iso-2022-jp", sender=frm("komatsu"),
    to=["あおぞら動物病院 受付 <uketsuke@aozora-vet.jp>"],
    subject="提携ワクチン接種（2回目）予定のご連絡",
    body="あおぞら動物病院\n受付ご担当様\n\nお世話になっております。ひので二子玉川店の小松です。\n"
         "6月にお迎えいただいた子たちの2回目ワクチンの予定です。飼い主様から直接ご予約が入ると思います。\n\n"
         + "\n".join(_lines) + "\n\n以上、よろしくお願いいたします。\n" + sig("komatsu", 2))

# 029 stop — forward of a customer's mail containing her card number to the insurer
_cc = people(1)[0]
_card = card_number(next_seed())
add("stop", ["CREDIT_CARD", "PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "forwarding a customer's mail with her full card number (new text to the insurer)",
    charset="utf-8", sender=frm("chiba"),
    to=["ほほえみペット 契約管理 <keiyaku@hohoemi-pet.co.jp>"],
    subject="転送: 保険料の支払い方法変更について",
    body=f"""ほほえみペット 契約管理ご担当者様

日の出産業の千葉です。
下記お客様から、保険料の支払方法をカード払いへ変更したいとの連絡がありました。
お手続きをお願いします。

-------- 転送メッセージ --------
差出人: {_cc['name']} <{_cc['email']}>
件名: 保険料の支払い方法変更について
日付: 2025/06/18 9:12

ひので二子玉川店で加入したペット保険（証券番号 HP-2404-118273）の支払いを
口座振替からクレジットカードに変えたいです。
カード：{_card}（有効期限 11/27）
名義：{_cc['romaji'].upper()}
連絡先 {_cc['tel']}
よろしくお願いします。
--------------------------------
{sig("chiba", 5)}""")

# 030 pass — internal only: complaint notes with the customer's illness
_ci = people(1)[0]
add("pass", ["SENSITIVE_CATEGORY", "PERSON_NAME", "PHONE_NUMBER"], [],
    "customer's illness in complaint notes, but every recipient is internal",
    charset="cp932", sender=frm("kusakabe"),
    to=[addr_of("nogami")], cc=[f"cs-lead@{D}"],
    subject="【共有】{0}様 対応メモ".format(_ci["sei"]),
    body=f"""野上店長

お疲れさまです。お客様相談室の日下部です。
昨日お電話のあった{_ci['name']}様（{_ci['tel']}）の件、対応メモを共有します。

・購入したマンチカンの返品希望。理由は「ご本人がパーキンソン病で通院中、
　世話が難しくなった」とのこと。
・返金は規約上できない旨はお伝え済み。里親探しのご相談先として提携NPOを案内。
・次回は店長から折り返しをお願いします（平日午前希望）。

日下部""")

# 031 stop — forwarded (attached) internal mail listing five buyers, sent to a vet clinic
_pv = people(5)
_inner_lines = "\n".join(f"{i}) {o['name']}様　{o['tel']}　お迎え日 6/{R.randint(1, 20)}"
                         for i, o in enumerate(_pv, 1))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "attached forwarded mail lists five buyers with phone numbers; sent to an external animal hospital",
    charset="iso-2022-jp", sender=frm("todo"),
    to=["あおぞら動物病院 院長 青山先生 <aoyama@aozora-vet.jp>"],
    subject="FW: 同腹子の健康確認について",
    body=f"""青山先生

お世話になっております。日の出産業 生体管理課の藤堂です。
同じ胎の子犬1頭にパルボウイルス陽性が出たため、同腹の5頭について
念のため健康チェックをお願いしたく存じます。
お迎えいただいたご家族の一覧は、店舗からの報告メールを添付しますのでご参照ください。
各ご家族には当社から事前にご連絡いたします。

よろしくお願いいたします。
{sig("todo")}""",
    attachments=[{"kind": "eml", "name": "同腹子お迎え先一覧.eml",
                  "message": {"charset": "iso-2022-jp", "sender": frm("komatsu"),
                              "to": [addr_of("todo")], "subject": "同腹子（ミニチュア・ダックス 4/12生）お迎え先",
                              "body": "藤堂さん\n\nお疲れさまです。小松です。\n4/12生まれのダックス同腹子のお迎え先です。\n\n"
                                      + _inner_lines + "\n\n小松\n"}}])

# 032 pass — tracking numbers for live-animal transport with partner 青葉運輸
add("pass", [], [],
    "transport bookings with tracking numbers and shop addresses only, to partner 青葉運輸",
    charset="cp932", sender=frm("todo"),
    to=["青葉運輸 動物輸送デスク <pet-desk@aoba-unyu.co.jp>"],
    subject="生体輸送 6/24便 送り状番号のご連絡",
    body=f"""青葉運輸株式会社
動物輸送デスク 御中

お世話になっております。日の出産業の藤堂です。
6/24（火）便の送り状番号をお知らせします。

  送り状番号        発地               着地                   頭数
  ---------------  -----------------  ---------------------  ----
  4410-2287-3305   本部生体センター   二子玉川店             3
  4410-2287-3316   本部生体センター   港北ニュータウン店     2
  4410-2287-3320   富士見ブリーディング 本部生体センター     4

温度設定はいずれも 24℃ でお願いします。
到着時刻が遅れる場合は各店へお電話ください。
{sig("todo", 1)}""")

# 033 stop — look-alike of the company's own domain, with a staff shift list
_st = people(6)
_lines = "\n".join(f"{o['name']:<8}　{o['tel']}　{R.choice(['早番', '遅番', '通し', '休み'])}" for o in _st)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "hinode-sanyo.co.jp is a look-alike of the own domain (letter dropped); the body lists six staff with private mobiles",
    charset="utf-8", sender=frm("nogami"),
    to=["s.uchida@hinode-sanyo.co.jp"],
    subject="7月前半シフトと緊急連絡先",
    body=f"""内田さん

お疲れさまです。港北ニュータウン店の野上です。
応援に入ってもらう7月前半のシフトと、スタッフの緊急連絡先です。
台風などで開店判断が必要なときはこの番号に直接連絡してください。

{_lines}

よろしくお願いします。
野上""")

# 034 stop — English mail to an overseas cattery with a customer's passport number
_pp = people(1)[0]
_passno = f"T{R.choice('KRZ')}{R.randint(1000000, 9999999)}"
add("stop", ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a customer's passport number and date of birth sent to an overseas breeder",
    charset="utf-8", sender=frm("hosoda"),
    to=["Fiona McLeod <fiona@highland-folds.co.uk>"],
    subject="Kitten pick-up in Edinburgh - export certificate details",
    body=f"""Dear Fiona,

Thank you for confirming the reservation of the blue-and-white male from the May litter.
As discussed, our customer will travel to Edinburgh to pick him up in person on 14 August,
and the export health certificate needs to show the new owner's details:

  Name:            {_pp['ROMAJI']}
  Date of birth:   {_pp['dob'].strftime('%d %B %Y')}
  Passport no.:    {_passno} (Japan)
  Nationality:     Japanese

Could you forward these to your vet so the certificate can be prepared in advance?
We will arrange the AQS import notification on our side.
{sig("hosoda", 4)}{DISC_EN}""")

# 035 pass — English purchase order to an overseas pet food maker
add("pass", [], [],
    "English purchase order with PO numbers, SKUs and Incoterms plus the standard disclaimer",
    charset="utf-8", sender=frm("hosoda"),
    to=["Orders <orders@northfield-petfoods.com>"],
    cc=[addr_of("kamiya")],
    subject="PO HS-EX-2507 / Q3 shipment",
    body=f"""Hello Northfield team,

Please find our Q3 order below. Terms as per the 2025 distribution agreement (CIF Tokyo).

  PO no.        SKU          Description                       Cartons
  HS-EX-2507    NF-GF-2201   Grain-free Lamb, small breed 2kg     120
  HS-EX-2507    NF-GF-2208   Grain-free Salmon, senior 2kg         80
  HS-EX-2507    NF-CT-3105   Indoor Cat Chicken 1.5kg              90

Requested ETD: 25 July. Please send the proforma invoice and the certificate of origin
to our accounting team in cc.
{sig("hosoda", 4)}{DISC_EN}""")

# 036 stop — employee bitten at work: health insurance card number and injury, to the 社労士
_inj = people(1)[0]
_kigo = f"{R.randint(10000000, 99999999)}"
_bango = f"{R.randint(10, 9999)}"
add("stop", ["JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"],
    ["personal_data"],
    "an employee's 健康保険証 記号・番号 and injury/treatment details sent to the external labour consultant",
    charset="iso-2022-jp", sender=frm("maruyama"),
    to=["木村社会保険労務士事務所 担当 内藤様 <naito@sr-kimura.jp>"],
    subject="労災（業務災害）の件　ご相談",
    body=f"""木村社会保険労務士事務所
内藤様

お世話になっております。日の出産業の丸山です。
ペットホテル成城のスタッフがお預かり中の犬に咬まれ、受診しました。
療養補償給付の手続きをお願いしたく、概要をお送りします。

■被災者
　氏名：{_inj['name']}
　生年月日：{jdate(_inj['dob'])}
　健康保険証：記号 {_kigo}　番号 {_bango}（受診時に誤って提示したため、病院へ切替を依頼済み）
■発生状況
　6月21日 16時頃、柴犬（体重9kg）の爪切り中に右前腕を咬まれる。
■診断
　右前腕咬創（縫合7針）、破傷風トキソイド接種。全治3週間の見込み。
　抗生剤の副作用で発疹が出たため、皮膚科にも通院中。

様式第5号の下書きは明日お送りします。
{sig("maruyama", 1)}""")

# 037 pass — the word 社外秘 mentioned in passing, no marking
add("pass", [], [],
    "mentions that 社外秘 material will NOT be sent; no document is marked, no personal data",
    charset="cp932", sender=frm("tamura"),
    to=["ポチ広告 アカウント部 <account@pochi-ad.co.jp>"],
    subject="Re: 秋キャンペーン企画のご提案について",
    body=f"""ポチ広告株式会社
アカウント部 斉藤様

ご提案資料をありがとうございました。社内で検討いたしました。
売上データについてのお問い合わせですが、店舗別の数値は社外秘扱いのため
資料としてお渡しすることはできません。来週の打合せの場で、
差し支えない範囲で口頭にてご説明いたします。

打合せは7月3日（木）15時から弊社本部でお願いします。
{sig("tamura")}""")

# 038 stop — a foreign trimmer's residence card number to the staffing agency
_vn_card = f"{R.choice(['UH', 'RT', 'AB'])}{R.randint(10000000, 99999999)}{R.choice(['EA', 'FC', 'GD'])}"
add("stop", ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a foreign employee's 在留カード番号 and DOB sent to the external staffing agency",
    charset="utf-8", sender=frm("maruyama"),
    to=["ネクストポウズ人材 コーディネーター <coord@nextpaws-staff.co.jp>"],
    subject="派遣切替に伴う在留資格の確認（グエン様）",
    body=f"""ネクストポウズ人材株式会社
コーディネーター 森田様

お世話になっております。日の出産業 人事総務部の丸山です。
8月から貴社派遣に切り替えるトリマーの在留カード情報です。
就労可否のご確認をお願いいたします。

　氏名（ローマ字）：NGUYEN THI HOA
　生年月日　　　　：1998年3月17日
　国籍・地域　　　：ベトナム
　在留カード番号　：{_vn_card}
　在留資格　　　　：技術・人文知識・国際業務
　在留期間満了日　：2027年3月30日

原本は本人が面談時に持参いたします。
{sig("maruyama")}""")

# 039 pass — list of partner animal hospitals (businesses) to the insurer
add("pass", [], [],
    "a list of partner animal hospitals with their switchboards: businesses, not people",
    charset="iso-2022-jp", sender=frm("chiba"),
    to=["アニケア損保 代理店サポート <dairiten@anicare-ins.co.jp>"],
    subject="窓口精算対応病院（当社提携先）の一覧",
    body=f"""アニケア損害保険 代理店サポートデスク御中

お世話になっております。日の出産業の千葉です。
ご依頼のあった当社提携動物病院の一覧です。窓口精算の対応可否をご確認ください。

・あおぞら動物病院（世田谷区用賀）　03-3709-5521
・みなと動物病院（港区芝浦）　03-5443-1187
・桜ヶ丘アニマルクリニック（多摩市）　042-371-6630
・東京動物医療センター（目黒区）　03-5721-0099　※二次診療
・つづき動物病院（横浜市都筑区）　045-949-2212
・うらわ中央どうぶつ病院（さいたま市浦和区）　048-833-7410

よろしくお願いいたします。
{sig("chiba", 1)}""")

# 040 stop — two part-timers' 基礎年金番号 to the 社労士
_pt2 = people(2)
_pens = [f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}" for _ in range(2)]
add("stop", ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    ["personal_data"],
    "two part-timers' 基礎年金番号 with DOBs and addresses to the external 社労士",
    charset="cp932", sender=frm("maruyama"),
    to=["office@sr-kimura.jp"],
    subject="社保加入（パート2名・7月）",
    body=f"""木村先生

お世話になっております。日の出産業の丸山です。
週30時間に延長となるパート2名の社会保険加入手続きをお願いします。

1. {_pt2[0]['name']}（{_pt2[0]['kana']}）
   生年月日 {wareki(_pt2[0]['dob'], 'short')}　基礎年金番号 {_pens[0]}
   住所 {_pt2[0]['addr']}
2. {_pt2[1]['name']}（{_pt2[1]['kana']}）
   生年月日 {wareki(_pt2[1]['dob'], 'short')}　基礎年金番号 {_pens[1]}
   住所 {_pt2[1]['addr']}

勤務先：ペットショップひので 港北ニュータウン店
適用日：2025年7月1日

丸山
人事総務部 TEL 03-5789-2210""")

# 041 pass — one owner's lost-pet poster to a community centre
_lo = people(1)[0]
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "a lost-cat poster with one owner's name and phone, posted at her request: one person",
    charset="iso-2022-jp", sender=frm("aragaki"),
    to=["成城地区会館 掲示板係 <keiji@seijo-chikukaikan.or.jp>"],
    subject="迷子猫ポスター掲示のお願い",
    body=f"""成城地区会館 掲示板ご担当者様

突然のご連絡失礼いたします。ひのでペットホテル成城の新垣と申します。
当館をご利用のお客様の猫が、ご自宅から逃げ出してしまいました。
飼い主様のご了承を得て、ポスターの掲示をお願いしたくご連絡しました。

━━━━━━━━━━━━━━━━━━
　迷子猫を探しています
　名前：ジジ（黒猫・オス・3歳）　赤い首輪、鈴つき
　いなくなった日：6月22日（日）夜　成城6丁目付近
　見かけた方は飼い主 {_lo['name']} まで
　携帯 {_lo['tel']}
━━━━━━━━━━━━━━━━━━

A4サイズのポスターは明日お持ちいたします。
{sig("aragaki", 3)}""")

# 042 stop — complaint log PDF (6 complainants) to an external CS consultancy
_cl = people(6)
_tbl = [["受付日", "お客様", "電話", "店舗", "内容（要旨）", "状況"]]
_topics = ["購入後3日で子犬が下痢、治療費の負担を要望", "トリミングで耳を切られたとの申し出",
           "ホテル預かり中に体重減少", "ポイント失効の説明不足", "店員の言葉遣い",
           "血統書の到着遅延"]
for o, tp in zip(_cl, _topics):
    _tbl.append([f"6/{R.randint(1, 28)}", o["name"], o["tel"], R.choice(["二子玉川", "港北NT", "成城H", "浦和T"]),
                 tp, R.choice(["対応中", "完了", "要再連絡"])])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "PDF complaint log with six customers' names and phones sent to an external consultant",
    charset="utf-8", sender=frm("kusakabe"),
    to=["CSパートナーズ 小田切様 <odagiri@cs-partners.co.jp>"],
    subject="6月度 苦情受付ログ（研修用）",
    body=f"""CSパートナーズ株式会社
小田切様

お世話になっております。日の出産業 お客様相談室の日下部です。
来月の応対品質研修に向けて、6月度の苦情受付ログをお送りします。
事例選定のご参考にしてください。
{sig("kusakabe")}{DISC_JP}""",
    attachments=[{"kind": "pdf", "name": "苦情受付ログ_202506.pdf", "title": "苦情受付ログ 2025年6月",
                  "lines": ["お客様相談室 苦情受付ログ（2025年6月）"], "table": _tbl}])

# 043 stop — pet-hotel pick-up list (9 customers, CSV UTF-8) to a pet taxi company
_pk = people(9)
_rows = [["送迎日", "区分", "時間", "飼い主氏名", "住所", "電話", "ペット", "備考"]]
for o in _pk:
    pt = pet()
    _rows.append([f"2025-08-{R.randint(9, 16):02d}", R.choice(["お迎え", "お送り"]),
                  f"{R.randint(8, 17)}:{R.choice(['00', '30'])}", o["name"], o["addr"], o["tel"],
                  f"{pt['name']}/{pt['breed']}", R.choice(["", "オートロック", "犬が車酔いしやすい", ""])])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "nine customers' names, home addresses and phones (CSV) sent to an external pet-taxi firm",
    charset="utf-8", sender=frm("aragaki"),
    to=["ペットキャブ東京 配車センター <haisha@petcab-tokyo.jp>"],
    subject="お盆期間 送迎依頼リスト",
    body=f"""ペットキャブ東京 配車センター御中

いつもありがとうございます。ひのでペットホテル成城の新垣です。
お盆期間（8/9～8/16）の送迎依頼をCSVでお送りします。全9件です。
時間の前後はお客様と直接ご調整いただいて構いません。
{sig("aragaki", 3)}""",
    attachments=[{"kind": "csv", "name": "obon_pickup_2025.csv", "encoding": "utf-8", "rows": _rows}])

# 044 pass — two guests with phone numbers to the partner hotel
_two = people(2)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "two guests' names and phones to the partner hotel: under five people",
    charset="cp932", sender=frm("aragaki"),
    to=["reserve@sakura-hotel.jp"],
    subject="ペット同伴プラン 2組のご紹介",
    body=f"""さくらホテル 宿泊予約ご担当者様

お世話になっております。ひのでペットホテル成城の新垣です。
当館からのご紹介で、下記2組のお客様がペット同伴プランをご希望です。
空室状況をご確認のうえ、お客様へ直接ご連絡いただけますでしょうか。

①{_two[0]['name']}様　{_two[0]['tel']}　8/23（土）1泊　小型犬1頭
②{_two[1]['name']}様　{_two[1]['tel']}　8/30（土）2泊　猫1頭

よろしくお願いいたします。
新垣""")

# 045 stop — 取扱注意 stamped breeder audit report (DOCX) to the breeders' association
add("stop", [], ["confidential_marking"],
    "DOCX whose page header is 取扱注意, sent to an external association",
    charset="iso-2022-jp", sender=frm("todo"),
    to=["全国ブリーダー協会 事務局 <jimukyoku@breeders-kyokai.or.jp>"],
    subject="取引先ブリーダー 飼養環境監査結果（上期）",
    body=f"""全国ブリーダー協会 事務局御中

お世話になっております。日の出産業 生体管理課の藤堂です。
協会の適正飼養推進事業に関連して、当社取引先ブリーダーの飼養環境監査結果を
共有いたします。指摘事項の多い2施設について、協会からのご指導をお願いできれば幸いです。
{sig("todo")}""",
    attachments=[{"kind": "docx", "name": "飼養環境監査結果_2025上期.docx", "page_header": "取扱注意",
                  "paragraphs": ["取引先ブリーダー 飼養環境監査結果（2025年度上期）",
                                 "監査対象：12施設　実施期間：4月～6月",
                                 "総評：数値基準（ケージ寸法・従業員1人当たり飼養頭数）を満たさない施設が2件あった。"],
                  "tables": [[["施設", "所在地", "評価", "主な指摘"],
                              ["A犬舎", "群馬県", "C", "繁殖犬1頭当たりの床面積不足"],
                              ["B犬舎", "茨城県", "C", "従業員1人当たり頭数超過"],
                              ["富士見ブリーディング", "山梨県", "A", "なし"]]]}])

# 046 stop — three different animal hospitals visible in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three external animal hospitals (three organisations) in To can see each other",
    charset="utf-8", sender=frm("komatsu"),
    to=["あおぞら動物病院 <uketsuke@aozora-vet.jp>", "みなと動物病院 <info@minato-ah.jp>",
        "桜ヶ丘アニマルクリニック <contact@sakuragaoka-ac.com>"],
    subject="狂犬病予防注射 店頭集合接種会のご協力のお願い",
    body=f"""提携動物病院の先生方

いつも大変お世話になっております。ペットショップひのでの小松です。
今秋も店頭での狂犬病予防注射 集合接種会を開催したく、ご協力をお願いできればと
存じます。

　日程案：10月4日（土）・5日（日）10:00～15:00
　会場　：二子玉川店 屋外スペース
　想定頭数：1日あたり60頭程度

ご都合のつく日程を6月末までにお知らせください。
{sig("komatsu", 2)}""")

# 047 pass — purchase confirmation for six puppies (pets' birthdays and chips only)
_lt = [["No.", "犬種", "性別", "毛色", "生年月日", "マイクロチップ", "父犬", "母犬", "仕入価格"]]
for i in range(1, 7):
    pt = pet("犬")
    _lt.append([str(i), "トイ・プードル", pt["sex"], R.choice(["レッド", "アプリコット", "ブラウン"]),
                "2025/04/28", pt["chip"], "ルーク・オブ・フジミ", "ミルフィーユ・フジミ",
                f"{R.choice([148, 162, 175, 188])},000"])
add("pass", [], [],
    "six puppies' birthdays and microchip numbers to the breeder: animals' data, no person's",
    charset="cp932", sender=frm("hosoda"),
    to=["富士見ブリーディング 営業 <sales@fujimi-breeding.co.jp>"],
    subject="仕入確定のご連絡（トイ・プードル 4/28生 6頭）",
    body=f"""富士見ブリーディング株式会社 営業ご担当者様

お世話になっております。日の出産業 仕入課の細田です。
先日ご案内いただいた4/28生まれの同胎6頭、すべて仕入確定とさせていただきます。
明細をExcelで添付しました。引取りは生後57日以降の6/24（火）を予定しています。
{sig("hosoda")}""",
    attachments=[{"kind": "xlsx", "name": "仕入明細_フジミ_0428.xlsx",
                  "sheets": {"明細": [["仕入明細（富士見ブリーディング 様）"]] + _lt}}])

# 048 stop — look-alike of partner aoba-unyu.co.jp (co. dropped)
add("stop", [], ["lookalike_domain"],
    "aoba-unyu.jp drops the 'co.' of partner aoba-unyu.co.jp: a look-alike domain",
    charset="iso-2022-jp", sender=frm("todo"),
    to=["青葉運輸 配車係 <haisha@aoba-unyu.jp>"],
    subject="7月 定期便スケジュールの確認",
    body=f"""青葉運輸 配車係 ご担当者様

お世話になっております。日の出産業の藤堂です。
7月の定期便（毎週火・金）について、祝日の7/21（月）を挟む週は
火曜便を水曜にずらしていただけますでしょうか。
また、港北ニュータウン店の荷受時間は10:00～11:30に変更となっております。

ご確認をお願いいたします。
{sig("todo")}""")

# 049 stop — look-alike of partner sakura-hotel.jp (l → 1)
add("stop", [], ["lookalike_domain"],
    "sakura-hote1.jp replaces the letter l with the digit 1: look-alike of partner sakura-hotel.jp",
    charset="cp932", sender=frm("tamura"),
    to=["さくらホテル 宴会営業 <enkai@sakura-hote1.jp>"],
    subject="わんちゃん同伴ランチ会 会場のお見積り依頼",
    body=f"""さくらホテル 宴会営業ご担当者様

お世話になっております。日の出産業 販促企画課の田村です。
会員様向けの「わんちゃん同伴ランチ会」を秋に開催したく、会場のお見積りを
お願いいたします。

・希望日：11月8日（土）または15日（土）　11:30～14:00
・人数　：40名＋小型犬30頭程度
・内容　：ランチビュッフェ、ドッグメニュー、写真撮影コーナー

テラス席付きの会場ですと大変ありがたいです。
{sig("tamura", 1)}""")

# 050 pass — internal only (subdomain): insurance applicants for checking
_ia = people(7)
_lines = "\n".join(f"{o['name']} / {wareki(o['dob'], 'short')} / {o['tel']} / {o['addr']}" for o in _ia)
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], [],
    "seven applicants' data, but the recipients are internal (mail. subdomain of the own domain)",
    charset="iso-2022-jp", sender=frm("chiba"),
    to=["hoken-check@mail.hinode-sangyo.co.jp"], cc=[addr_of("nogami")],
    subject="申込内容の突合依頼（港北NT店 7件）",
    body=f"""保険チェック担当 各位

港北NT店受付の7件、申込書とシステム入力の突合をお願いします。
（氏名 / 生年月日 / 電話 / 住所）

{_lines}

差異があれば千葉までお知らせください。
千葉""")

# 051 stop — look-alike of partner tsubasa-system.jp (letter added)
add("stop", [], ["lookalike_domain"],
    "tsubasa-systems.jp adds an 's' to partner tsubasa-system.jp: look-alike",
    charset="utf-8", sender=frm("kubo"),
    to=["ツバサシステム 保守窓口 <hoshu@tsubasa-systems.jp>"],
    subject="【障害連絡】浦和サロン POSレジ ドロワーが開かない",
    body=f"""ツバサシステム 保守窓口 御中

日の出産業 情報システム部の久保です。
トリミングサロン浦和のPOSレジ（端末ID: URW-POS-02）で、会計後にキャッシュドロワーが
開かない事象が本日午前から発生しています。再起動では改善しませんでした。

・発生日時：6/26 10:15頃～
・エラー表示：「E-4012 周辺機器応答なし」
・影響：手動でドロワーを開けて運用中

本日中のオンサイト対応は可能でしょうか。
{sig("kubo")}""")

# 052 stop — the owner was the victim of a theft (被害届), sent to the insurer
_vt = people(1)[0]
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "the named owner was a victim of theft (被害届 filed): 要配慮個人情報 sent to the insurer",
    charset="iso-2022-jp", sender=frm("chiba"),
    to=["ほほえみペット 事故受付 <jiko@hohoemi-pet.co.jp>"],
    subject="盗難による契約の取扱いについて（証券番号 HP-2310-55218）",
    body=f"""ほほえみペット少額短期保険 事故受付ご担当者様

お世話になっております。日の出産業 保険代理店課の千葉です。
ご契約者の{_vt['name']}様（{_vt['tel']}）より、下記のご相談がありました。

6月15日、自宅駐車場の車内で待たせていた愛犬（フレンチ・ブルドッグ）が
車上荒らしの際に連れ去られ、翌16日に玉川警察署へ窃盗の被害届を提出済みとのことです。
見つかるまでの間の保険料の扱いと、解約となる場合の返戻金についてご教示ください。

{_vt['sei']}様はかなり憔悴されていますので、ご連絡は当社経由でお願いできれば幸いです。
{sig("chiba", 1)}""")

# 053 pass — invoice with the company's registration (T-) number and business bank account
_tno = "T" + corp_number("011001047735")
add("pass", ["JP_CORPORATE_NUMBER"], ["personal_data"],
    "invoice to a school with the company's T-number and business bank account: no person's data",
    charset="cp932", sender=frm("kamiya"),
    to=["東都ペット美容専門学校 事務局 <jimu@toto-petbiyou.ac.jp>"],
    subject="請求書送付のご案内（実習受入費 2025年6月分）",
    body=f"""東都ペット美容専門学校
事務局 御中

平素より大変お世話になっております。日の出産業株式会社 経理部の神谷でございます。
6月分の店舗実習受入費について、請求書をPDFにてお送りいたします。

　請求書番号：INV-2506-0147
　ご請求金額：165,000円（税込）
　お支払期限：2025年7月31日
　お振込先　：みどり銀行 渋谷支店 普通 1234567 ヒノデサンギヨウ（カ
　登録番号　：{_tno}

ご査収のほどよろしくお願い申し上げます。
{sig("kamiya", 1)}""",
    attachments=[{"kind": "pdf", "name": "INV-2506-0147.pdf",
                  "lines": ["請求書", "東都ペット美容専門学校 御中", "請求書番号 INV-2506-0147",
                            f"日の出産業株式会社　登録番号 {_tno}",
                            "店舗実習受入費（6月・学生8名）  150,000円", "消費税（10%）  15,000円",
                            "合計  165,000円"]}])

# 054 pass — order issue with the EC platform, order numbers only
add("pass", [], [],
    "order numbers and SKUs in a query to the EC platform vendor; card data explicitly withheld",
    charset="utf-8", sender=frm("otsuki"),
    to=["ショップカートサービス サポート <support@shop-cart-service.jp>"],
    subject="定期便の決済エラーについて（注文番号 SC-88120457 他2件）",
    body=f"""ショップカートサービス サポートご担当者様

お世話になっております。日の出産業（ストアID: hinode-pet）の大槻です。
6/25の定期便処理で、下記3件が「決済エラー」となっていました。
お客様からはカードの有効期限は切れていないと伺っています。
ゲートウェイ側のログをご確認いただけますでしょうか。

　SC-88120457　SKU HN-FD-0033（チキン＆ライス 2kg）×2
　SC-88120461　SKU HN-LT-0102（紙砂 7L）×4
　SC-88120490　SKU HN-FD-0190（シニア猫用 1.2kg）×1

※カード情報はお送りしておりません。お客様には管理画面からの再登録をご案内済みです。
{sig("otsuki")}""")

# 055 pass — reply above an Outlook-style quote of the registry's error list
_er = people(5)
_quoted = "\n".join(f"  受付番号 HN-25-{300 + i:04d}　{o['name']}　{o['addr']}　{o['tel']}　→ 住所の番地不足"
                    for i, o in enumerate(_er))
add("pass", [], [],
    "the five owners appear only in the quoted original (差出人/送信日時 block); the reply adds only receipt numbers",
    charset="iso-2022-jp", sender=frm("todo"),
    to=["日本ペット識別登録協会 登録係 <touroku@pet-shikibetsu.or.jp>"],
    subject="RE: 【要修正】変更登録データの不備について",
    body=f"""登録係 ご担当者様

ご指摘ありがとうございます。
受付番号 HN-25-0300～0304 の5件は、店舗に番地を確認のうえ、明日（6/27）中に
修正データを再送いたします。ご迷惑をおかけし申し訳ございません。

藤堂

-----Original Message-----
差出人: 日本ペット識別登録協会 登録係 <touroku@pet-shikibetsu.or.jp>
送信日時: 2025年6月26日 11:02
宛先: 藤堂 真理子 <m.todo@hinode-sangyo.co.jp>
件名: 【要修正】変更登録データの不備について

日の出産業株式会社 藤堂様

先日お送りいただいたデータのうち、以下5件に不備がございました。
{_quoted}

修正のうえ、再送をお願いいたします。""")

# 056 stop — lost-pet reports (6 owners) to the municipal animal centre
_lp = people(6)
_blk = "\n".join(f"■{o['name']}様（{o['tel']}）\n　{o['addr']}\n　{pet()['breed']}・{R.choice(['首輪あり', '首輪なし', 'MC装着'])}"
                 f"・{R.choice(['6/2', '6/9', '6/14', '6/20', '6/23'])}頃から不明" for o in _lp)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "six owners' names, phones and addresses (lost-pet reports) sent to a municipal office",
    charset="cp932", sender=frm("komatsu"),
    to=["動物愛護センター 収容係 <shuyo@aigo-center.city.kotoura.lg.jp>"],
    subject="迷子届の情報提供（当店お客様分 6件）",
    body="琴浦市動物愛護センター\n収容係 ご担当者様\n\n"
         "お世話になっております。ペットショップひので二子玉川店の小松です。\n"
         "当店に相談のあった迷子のペットについて、飼い主様の了承を得て情報をお送りします。\n"
         "収容された際はご連絡いただけますと幸いです。\n\n" + _blk + "\n" + sig("komatsu", 2))

# 057 stop — vaccination reminder list (10 owners), space-padded, to an animal hospital
_vr = people(10)
_hdr = "No  飼い主様          電話番号         ペット    種類  次回ワクチン"
_rule = "--  ----------------  ---------------  --------  ----  ------------"
_rows = []
for i, o in enumerate(_vr, 1):
    pt = pet()
    _rows.append(f"{i:<3} {o['name']:<14}  {o['tel']:<15}  {pt['name']:<6}  {pt['kind']:<3}  "
                 f"2025/{R.randint(7, 9):02d}/{R.randint(1, 28):02d}")
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "ten owners' names and phones in a padded table to an external clinic (the pets' vaccines are not sensitive)",
    charset="iso-2022-jp", sender=frm("nogami"),
    to=["みなと動物病院 受付 <info@minato-ah.jp>"],
    subject="ワクチン追加接種 ご案内対象（港北NT店）",
    body="みなと動物病院 受付ご担当者様\n\n"
         "お世話になっております。ひので港北ニュータウン店の野上です。\n"
         "提携ワクチンプログラムの7～9月のご案内対象です。はがき送付はそちらでお願いできますか。\n\n"
         + _hdr + "\n" + _rule + "\n" + "\n".join(_rows) + "\n\n野上\n")

# 058 pass — internal only: My Number collection reply from a store to HR
_mnp = people(1)[0]
_mn2 = my_number(next_seed())
add("pass", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], [],
    "an employee's My Number sent to HR: every recipient is internal",
    charset="cp932", sender=frm("nogami"),
    to=[addr_of("maruyama")], cc=[f"jinji@{D}"],
    subject="Re: 【人事】扶養追加に伴う個人番号の提出",
    body=f"""丸山さん

お疲れさまです。港北NT店の野上です。
アルバイトの扶養追加の件、本人から預かった情報をお送りします。

　被扶養者：{_mnp['name']}（長女）
　生年月日：{jdate(_mnp['dob'])}
　個人番号：{_mn2}

通知カードのコピーは社内便で送りました。
野上

> 野上店長
> 扶養追加の手続きに個人番号が必要です。6/30までにご提出ください。
> 人事総務部 丸山""")

# 059 stop — full-width digits member list in the body to an ad agency
_fw = people(5)
_lines = "\n".join(f"{o['name']}（{o['kana']}）　{zen(o['tel'])}　{wareki(o['dob'], 'zen')}生" for o in _fw)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"], ["personal_data"],
    "five members with full-width phone numbers and 和暦 DOBs sent to an external agency",
    charset="iso-2022-jp", sender=frm("tamura"),
    to=["ポチ広告 斉藤様 <saito@pochi-ad.co.jp>"],
    subject="モニター候補（会員様）のご連絡",
    body=f"""ポチ広告 斉藤様

お世話になっております。日の出産業の田村です。
秋キャンペーンの座談会モニター候補として、会員様5名を選びました。
日程調整のお電話をお願いできますでしょうか。

{_lines}

（いずれもご本人の了承済みです）
{sig("tamura")}""")

# 060 pass — three seminar speakers' phones to the venue
_sp = people(3)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three speakers' names and mobiles to the seminar venue: under five people",
    charset="utf-8", sender=frm("eguchi"),
    to=["品川カンファレンスホール 運営 <unei@shinagawa-hall.jp>"],
    subject="7/12 しつけセミナー 登壇者の当日連絡先",
    body=f"""品川カンファレンスホール 運営ご担当者様

お世話になっております。日の出産業 トリミング事業課の江口です。
7/12（土）「はじめてのパピートレーニング」セミナーの登壇者と当日連絡先です。
控室の鍵の受け渡しなどでご連絡が必要な際はこちらへお願いします。

　・講師　　：{_sp[0]['name']}（ドッグトレーナー）　{_sp[0]['tel']}
　・講師　　：{_sp[1]['name']}（獣医師）　{_sp[1]['tel']}
　・司会　　：{_sp[2]['name']}　{_sp[2]['tel']}

搬入は9:30からを予定しています。
{sig("eguchi")}""")

# 061 stop — puppy health-guarantee claims, comma list of 5 buyers, to the insurer
_hg = people(5)
_lines = ["受付日,購入者,住所,電話,犬種/猫種,症状（動物）,請求額"]
for o in _hg:
    pt = pet()
    _lines.append(f"6/{R.randint(1, 28)},{o['name']},{o['addr']},{o['tel']},{pt['breed']},"
                  f"{R.choice(['パルボ陽性', '膝蓋骨脱臼グレード2', 'コクシジウム', '先天性心疾患疑い'] if pt['kind'] == '犬' else ['猫風邪', '真菌症', 'コクシジウム'])},"
                  f"{R.randint(3, 18) * 10000}")
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "five buyers' names, addresses and phones (comma list) sent to the insurer; the animals' conditions are not sensitive",
    charset="utf-8", sender=frm("chiba"),
    to=["アニケア損保 生体保証担当 <seitai@anicare-ins.co.jp>"],
    subject="生体保証 6月請求分",
    body="アニケア損保 生体保証ご担当者様\n\nお世話になっております、日の出産業の千葉です。\n"
         "6月受付の生体保証（お引渡し後30日以内）請求5件です。診断書は別送します。\n\n"
         + "\n".join(_lines) + "\n" + sig("chiba", 5))

# 062 stop — photo contest winners (5), bullets, to partner 青葉運輸 for prize delivery
_wn = people(5)
_lines = "\n".join(f"・{o['name']} 様　〒{o['zip']} {o['addr']}　TEL {o['tel']}　（{prize}）"
                   for o, prize in zip(_wn, ["グランプリ：ペットカート", "準グランプリ：キャリーバッグ",
                                            "審査員特別賞：フード1年分", "ひので賞：おもちゃセット",
                                            "ひので賞：おもちゃセット"]))
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "five prize winners' names, addresses and phones (bullets) sent to the partner carrier",
    charset="cp932", sender=frm("tamura"),
    to=["青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"],
    subject="フォトコンテスト賞品 発送先のご連絡",
    body=f"""青葉運輸株式会社 法人営業ご担当者様

お世話になっております。日の出産業 販促企画課の田村です。
「うちの子フォトコンテスト2025」の賞品発送をお願いします。
集荷は7/4（金）午後、本部倉庫からでお願いします。

{_lines}

配達日時のご指定はありません。不在時は持ち戻りでお願いします。
{sig("tamura", 1)}""")

# 063 pass — HTML newsletter about a co-sponsored event, to one partner
add("pass", [], [],
    "event newsletter (HTML with text part) to a partner; no people's data",
    charset="utf-8", sender=frm("tamura"),
    to=["北国フーズ 販促 <hansoku@kitaguni-foods.co.jp>"],
    subject="【ご案内】ひので夏のペットフェス 協賛ブースについて",
    body="北国フーズ 販促ご担当者様\n\n夏のペットフェスのご案内です。HTML版をご覧ください。\n\n日の出産業 田村",
    html="""<html><body style="font-family:sans-serif">
<h2>ひので 夏のペットフェス 2025</h2>
<p>北国フーズ 販促ご担当者様<br>いつもご協賛ありがとうございます。</p>
<ul>
<li>日時：8月2日（土）・3日（日）10:00〜17:00</li>
<li>会場：ペットショップひので 港北ニュータウン店 屋外広場</li>
<li>協賛ブース：2m×2m、テント・机1台・電源1口</li>
<li>搬入：8月1日（金）15:00〜18:00</li>
</ul>
<p>試食サンプルの配布数は、1日あたり300袋を目安にご準備ください。</p>
<p>日の出産業株式会社 販促企画課　田村 ひかり<br>TEL 03-5789-2210</p>
</body></html>""")

# 064 stop — password-protected PDF application form to the insurer
add("stop", [], ["unscannable_attachment"],
    "the attached PDF is password-protected and cannot be inspected",
    charset="iso-2022-jp", sender=frm("nogami"),
    to=["hikiuke@hohoemi-pet.co.jp"],
    subject="申込書（PDF）送付",
    body="""ほほえみペット 引受審査課 御中

港北ニュータウン店の野上です。
本日受付の申込書をスキャンしてお送りします。
PDFを開くパスワードはいつものものです。

よろしくお願いします。
野上""",
    attachments=[{"kind": "pdf", "name": "申込書_0626_港北NT.pdf", "password": "kohoku0626",
                  "lines": ["ペット保険 申込書", "契約者：（記入済）"]}])

# 065 stop — encrypted ZIP of a member CSV to the printer
add("stop", [], ["unscannable_attachment"],
    "AES-encrypted ZIP (PPAP) cannot be inspected",
    charset="cp932", sender=frm("tamura"),
    to=["錦印刷 データ入稿 <nyuko@nishiki-insatsu.co.jp>"],
    subject="会員向け会報 宛名データ（暗号化ZIP）",
    body=f"""錦印刷株式会社
データ入稿ご担当者様

お世話になっております。日の出産業の田村です。
会報「ひのでだより」秋号の宛名データを暗号化ZIPでお送りします。
解凍パスワードは、この後別メールでお知らせいたします。
{sig("tamura")}""",
    attachments=[{"kind": "zip", "name": "hinode_dayori_aki_atena.zip", "password": "Nsk-2025-aki!",
                  "files": [{"kind": "csv", "name": "atena.csv",
                             "rows": [["会員番号", "氏名", "郵便番号", "住所"]] +
                                     [[f"HC{R.randint(1000000, 9999999)}", o["name"], o["zip"], o["addr"]]
                                      for o in people(12)]}]}])

# 066 pass — aggregated survey results (no individuals) to a research firm
add("pass", [], [],
    "aggregated customer-satisfaction figures by store; no individual respondents",
    charset="utf-8", sender=frm("kusakabe"),
    to=["ミミリサーチ 分析チーム <analysis@mimi-research.co.jp>"],
    subject="満足度調査 集計表のご送付",
    body=f"""ミミリサーチ株式会社 分析チーム御中

お世話になっております。日の出産業 お客様相談室の日下部です。
2025年上期の顧客満足度調査の店舗別集計をお送りします。
自由記述は個人が特定できる記載を削除したうえで、後日お送りします。
{sig("kusakabe")}""",
    attachments=[{"kind": "xlsx", "name": "満足度調査_集計_2025H1.xlsx",
                  "sheets": {"店舗別": [["2025年上期 顧客満足度調査（5段階平均）"],
                                        ["店舗", "回答数", "接客", "生体の状態", "清潔さ", "価格", "総合"],
                                        ["二子玉川店", 412, 4.3, 4.1, 4.4, 3.6, 4.1],
                                        ["港北ニュータウン店", 355, 4.2, 4.2, 4.3, 3.8, 4.1],
                                        ["ペットホテル成城", 128, 4.6, 4.5, 4.7, 3.4, 4.4],
                                        ["トリミングサロン浦和", 203, 4.5, 4.4, 4.5, 3.9, 4.4]],
                             "設問別": [["設問", "平均"], ["また利用したい", 4.2], ["人に勧めたい", 3.9]]}}])

# 067 stop — corrupt DOCX to the breeder
add("stop", [], ["unscannable_attachment"],
    "the attached DOCX is corrupt and cannot be read",
    charset="iso-2022-jp", sender=frm("hosoda"),
    to=["キャッテリーミモザ 代表 <mimosa@cattery-mimosa.com>"],
    subject="取引基本契約書（改定版）のご確認",
    body=f"""キャッテリーミモザ 御中

お世話になっております。日の出産業 仕入課の細田です。
改定後の取引基本契約書をお送りします。変更箇所は第4条（引渡し時期）と
第7条（健康保証）です。ご確認のほどお願いいたします。
{sig("hosoda")}""",
    attachments=[{"kind": "corrupt", "name": "取引基本契約書_改定版.docx"}])

# 068 stop — "Confidential" stamped pricing proposal to the overseas supplier
add("stop", [], ["confidential_marking"],
    "mail and PDF classified 'CONFIDENTIAL' sent to an overseas supplier",
    charset="utf-8", sender=frm("hosoda"),
    to=["Mark Ellison <m.ellison@northfield-petfoods.com>"],
    subject="[CONFIDENTIAL] 2026 volume commitment and target pricing",
    body=f"""Mark,

As promised, attached is our proposal for the 2026 volume commitment.
We would like to move to exclusive distribution in the Kanto region if the target
prices on page 2 can be met.

Classification: CONFIDENTIAL - for Northfield management only.
{sig("hosoda", 4)}""",
    attachments=[{"kind": "pdf", "name": "Hinode_2026_proposal.pdf", "page_header": "CONFIDENTIAL",
                  "lines": ["Hinode Sangyo - 2026 Volume Commitment Proposal",
                            "Annual volume: 48,000 cartons (+35% vs 2025)",
                            "Target landed cost: JPY 1,820 / 2kg bag",
                            "Exclusivity: Tokyo, Kanagawa, Saitama, Chiba"]}])

# 069 pass — vaccination certificate for one puppy to its buyer (free mail)
add("pass", [], ["freemail_recipient"],
    "a puppy's vaccination certificate to its new owner on free mail: the animal's record only",
    charset="cp932", sender=frm("komatsu"),
    to=["mugi.no.ie@yahoo.co.jp"],
    subject="ムギちゃんのワクチン接種証明書をお送りします",
    body="""いつもありがとうございます。ペットショップひので二子玉川店の小松です。

先日お問い合わせいただいた、ムギちゃん（柴犬・オス）の混合ワクチン接種証明書を
PDFでお送りします。トリミングサロンやドッグランでご提示ください。

2回目の接種は7月中旬が目安です。かかりつけの動物病院でお受けください。
ご不明な点はお気軽にお問い合わせください。
""" + sig("komatsu", 2),
    attachments=[{"kind": "pdf", "name": "ワクチン接種証明書_ムギ.pdf",
                  "lines": ["混合ワクチン接種証明書", "動物名：ムギ　犬種：柴犬　性別：オス",
                            "生年月日：2025年3月30日", "接種日：2025年5月28日　ワクチン：5種混合",
                            "接種獣医師：あおぞら動物病院 青山 悟", "マイクロチップ：392148820017365"]}])

# 070 stop — 極秘 acquisition plan to the law firm
add("stop", [], ["confidential_marking"],
    "DOCX stamped 極秘 (header and title) sent to the external law firm",
    charset="utf-8", sender=frm("kamiya"),
    to=["白川法律事務所 <office@shirakawa-law.jp>"],
    cc=[f"keiei-kikaku@{D}"],
    subject="【極秘】ペットサロン事業譲受の件　スキーム案",
    body=f"""白川法律事務所
白川先生

お世話になっております。日の出産業 経理部の神谷でございます。
先日ご相談した、都内トリミングサロン3店舗の事業譲受について、
スキーム案と想定スケジュールを添付いたします。
表明保証条項の範囲についてご意見を賜れますと幸いです。
{sig("kamiya")}""",
    attachments=[{"kind": "docx", "name": "事業譲受スキーム案_v2.docx", "page_header": "極秘",
                  "title": "極秘 事業譲受スキーム案",
                  "paragraphs": ["【極秘】トリミングサロン3店舗 事業譲受スキーム案",
                                 "対象：株式会社ドッグビューティー青山（仮称）の3店舗",
                                 "譲受価額の目安：1億2,000万円",
                                 "スケジュール：9月基本合意、11月最終契約、2026年1月クロージング"]}])

# 071 stop — senior members with 和暦 DOBs (7) to the POS vendor
_sr = people(7)
_rows = [["会員番号", "氏名", "生年月日", "電話番号", "現ランク", "変更後"]]
for o in _sr:
    dob = _dt.date(R.randint(1950, 1960), R.randint(1, 12), R.randint(1, 28))
    _rows.append([f"HC{R.randint(1000000, 9999999)}", o["name"], wareki(dob, R.choice(["kanji", "short"])),
                  o["home"], "ゴールド", "シルバー会員（60歳以上割引）"])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "seven members' names, 和暦 DOBs and phones (XLS) to the partner POS vendor",
    charset="iso-2022-jp", sender=frm("otsuki"),
    to=["ツバサシステム データ運用 <data-ops@tsubasa-system.jp>"],
    subject="シルバー会員 一括ランク変更のお願い",
    body=f"""ツバサシステム データ運用ご担当者様

いつもお世話になっております。日の出産業 会員サービス課の大槻です。
60歳以上のお客様向け「シルバー会員割引」の開始に伴い、
会員ランクの一括変更をお願いします。対象7名をExcel（xls）で添付します。
管理画面からの変更ではポイント履歴が引き継がれないため、DB側での対応を
お願いできればと思います。
{sig("otsuki")}""",
    attachments=[{"kind": "xls", "name": "silver_rank_change.xls", "sheets": {"対象会員": _rows}}])

# 072 pass — a single applicant's details to the insurer
_sa = people(1)[0]
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "one policyholder's details to the insurer: a single person's record",
    charset="cp932", sender=frm("chiba"),
    to=["ほほえみペット 引受審査課 <hikiuke@hohoemi-pet.co.jp>"],
    subject="訂正申込（1件）：告知事項の追記",
    body=f"""引受審査課 ご担当者様

日の出産業の千葉です。先日ご指摘いただいた件の訂正分です。

　契約者　　：{_sa['name']}（{_sa['kana']}）
　生年月日　：{wareki(_sa['dob'])}
　住所　　　：〒{_sa['zip']} {_sa['addr']}
　電話　　　：{_sa['tel']}
　ペット　　：{pet('猫')['breed']}（メス・1歳）
　告知事項（ペット）：膀胱炎の通院歴あり（2025年2月、完治）

よろしくお願いいたします。
{sig("chiba", 5)}""")

# 073 stop — reply in a thread, new XLSX with 7 owners' health-check bookings
_hc = people(7)
_rows = [["健康診断 予約一覧（ひので会員優待）"], ["予約日", "飼い主様", "電話", "メール", "ペット", "コース"]]
for o in _hc:
    pt = pet()
    _rows.append([f"7/{R.randint(1, 31)}", o["name"], o["tel"], o["email"], f"{pt['name']}（{pt['breed']}）",
                  R.choice(["ベーシック", "シニアドック", "血液検査のみ"])])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "reply whose new attachment lists seven owners with phones and e-mails, to an external clinic",
    charset="utf-8", sender=frm("otsuki"),
    to=["桜ヶ丘アニマルクリニック 事務 <contact@sakuragaoka-ac.com>"],
    subject="Re: 会員優待 健康診断の予約状況について",
    body=f"""桜ヶ丘アニマルクリニック 事務ご担当様

ご連絡ありがとうございます。
7月分の予約一覧をExcelにまとめましたので添付いたします。
当日のご案内メールはクリニック様から直接お送りいただいて構いません。

{sig("otsuki")}
On 2025/06/24 17:20, 桜ヶ丘アニマルクリニック wrote:
> 日の出産業 大槻様
> 会員優待の健康診断、7月分のご予約状況を教えていただけますか。
> 検査機器の手配の都合で、コース別の人数が分かると助かります。
""",
    attachments=[{"kind": "xlsx", "name": "健康診断予約_7月.xlsx", "sheets": {"7月": _rows}}])

# 074 pass — minutes of a meeting with a breeder and a vet (two organisations)
add("pass", [], ["multiple_external_domains"],
    "meeting minutes to two external organisations (breeder and animal hospital); no people's data",
    charset="iso-2022-jp", sender=frm("todo"),
    to=["富士見ブリーディング 渡部様 <watabe@fujimi-breeding.co.jp>",
        "あおぞら動物病院 青山先生 <aoyama@aozora-vet.jp>"],
    subject="6/20 三者打合せ 議事録",
    body=f"""富士見ブリーディング 渡部様
あおぞら動物病院 青山先生

先日はお忙しいところありがとうございました。
6/20の打合せの議事録をお送りします。修正点があれば6/30までにお知らせください。
{sig("todo")}""",
    attachments=[{"kind": "docx", "name": "議事録_20250620.docx",
                  "paragraphs": ["三者打合せ 議事録", "日時：2025年6月20日 14:00-15:30　場所：日の出産業 本部",
                                 "出席：富士見ブリーディング 渡部様／あおぞら動物病院 青山院長／日の出産業 藤堂・細田",
                                 "1. 出荷前健康チェック項目の統一（便検査・聴診・股関節）",
                                 "2. 先天性疾患発見時の費用負担ルール案",
                                 "3. 次回：8月下旬"]}])

# 075 stop — a customer's depression noted in a case sent to a consultant
_dp = people(1)[0]
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "named customer's mental illness (うつ病・通院中) and phone sent to an external consultant",
    charset="cp932", sender=frm("kusakabe"),
    to=["odagiri@cs-partners.co.jp"],
    subject="長時間電話の事例について（ご相談）",
    body=f"""小田切様

いつもお世話になっております。日下部です。
研修とは別件で、対応に苦慮している事例についてご助言をいただけますか。

お客様：{_dp['name']}様（{_dp['tel']}）
概要：5月に購入した子犬の夜鳴きについて、ほぼ毎日1～2時間の電話があります。
　　　ご本人から「うつ病で心療内科に通院中で、夜眠れない」とのお話があり、
　　　強く電話を切ることができずにいます。

スタッフの負担も大きく、線引きの仕方を教えていただければ幸いです。

日下部 恵
日の出産業株式会社 お客様相談室""")

# 076 stop — a customer's religion for a pet funeral, to the memorial partner
_rl = people(1)[0]
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "named customer's religious affiliation with address and phone sent to an external pet memorial company",
    charset="iso-2022-jp", sender=frm("aragaki"),
    to=["虹の橋メモリアル 受付 <uketsuke@niji-no-hashi-memorial.jp>"],
    subject="個別火葬のご依頼（お迎え希望 6/28）",
    body=f"""虹の橋メモリアル 受付ご担当者様

お世話になっております。ひのでペットホテル成城の新垣です。
長年ご利用いただいていたお客様の愛犬が亡くなり、貴社をご紹介しました。
個別火葬（立会い）をご希望です。

　飼い主様：{_rl['name']} 様
　ご住所　：{_rl['addr']}
　お電話　：{_rl['home']}
　ペット　：ミニチュア・シュナウザー（14歳・7.5kg）
　お迎え　：6月28日（土）午前

{_rl['sei']}様はカトリックの信者で、ご葬儀の際に神父様に祈りを捧げていただきたい
とのことです。司祭の同席が可能か、事前にご確認いただけますでしょうか。
{sig("aragaki", 3)}""")

# 077 pass — internal only: a customer's booking change passed to the salon
_bc = people(1)[0]
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "a customer's booking change forwarded between internal staff only",
    charset="utf-8", sender=frm("komatsu"),
    to=[addr_of("eguchi")],
    subject="Fwd: トリミング予約の変更",
    body=f"""江口さん

店頭で受けた予約変更です。サロン側の台帳の修正をお願いします。

---------- Forwarded message ---------
From: 二子玉川店 店頭受付 <futako@hinode-sangyo.co.jp>
Subject: トリミング予約の変更

{_bc['name']}様（{_bc['tel']}）
7/12（土）11:00 → 7/13（日）14:00 に変更希望
ワンちゃん：こてつ（シー・ズー）、シャンプー＋カット

小松""")

# 078 stop — a breeder representative's criminal record, to an association
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "an identifiable individual's arrest and fine (criminal record) sent to an external association",
    charset="cp932", sender=frm("todo"),
    to=["jimukyoku@breeders-kyokai.or.jp"],
    subject="取引停止先についてのご報告",
    body=f"""全国ブリーダー協会 事務局御中

日の出産業 生体管理課の藤堂です。
協会の会員名簿に掲載されている「ケンネル春風（群馬県）」の代表者、
東海林 達郎氏について、昨年11月に動物愛護管理法違反（虐待）の
疑いで逮捕され、罰金30万円の略式命令を受けていたことが判明しました。
当社は本年6月をもって同犬舎との取引を停止しております。
協会としての会員資格の扱いについてご検討いただければと存じます。
{sig("todo", 1)}""")

# 079 either — "部外秘扱いで" requested in the body of a campaign draft to the printer
add("either", [], ["confidential_marking"],
    "body asks the printer to treat an unreleased campaign as 部外秘; a request rather than a stamp on a document",
    charset="iso-2022-jp", sender=frm("tamura"),
    to=["錦印刷 営業 三好様 <miyoshi@nishiki-insatsu.co.jp>"],
    subject="秋キャンペーン チラシ入稿（初校）",
    body=f"""錦印刷 三好様

お世話になっております。田村です。
秋キャンペーンのチラシ原稿（初校）をお送りします。
解禁日（9/1）までは部外秘扱いでお願いします。社内でも関係者以外への共有はお控えください。

仕様：A4両面カラー、コート90kg、30,000部
納品：8月22日（金）本部倉庫
{sig("tamura")}""",
    attachments=[{"kind": "pdf", "name": "aki_campaign_flyer_v1.pdf",
                  "lines": ["ひので 秋の大感謝祭", "9/1～9/30 フード全品10%OFF", "会員様はポイント3倍"]}])

# 080 stop — lost-dog search volunteers: four private persons visible in To/Cc
add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "four private persons on four free-mail domains in To/Cc can see each other's addresses",
    charset="utf-8", sender=frm("aragaki"),
    to=["miho.hirasawa@gmail.com", "chibita_papa@yahoo.co.jp"],
    cc=["s-kawano@outlook.jp", "wanwan.kazu@ezweb.ne.jp"],
    subject="マロンちゃん捜索ボランティアの皆さまへ（明日の集合場所）",
    body="""捜索にご協力いただいている皆さま

ひのでペットホテル成城の新垣です。連日ありがとうございます。
明日の捜索は下記のとおりです。

・集合：6月29日（日）7:00　成城6丁目 児童公園 入口
・範囲：野川沿い（喜多見方面）と砧公園の北側
・持ち物：チラシ（各50枚お渡しします）、リード、おやつ

目撃情報は当館（03-3749-8830）までお寄せください。
雨天の場合は午後に延期します。

新垣""",
    attachments=[{"kind": "txt", "name": "捜索範囲メモ.txt", "encoding": "utf-8",
                  "text": "捜索範囲メモ\n・6/27 目撃：喜多見5丁目 コンビニ裏（夕方）\n・6/28 目撃：野川 神明橋付近（早朝）\n"
                          "・未捜索：砧公園北側、大蔵運動場周辺\n"}])

# 081 pass — English reply; the breeder's buyer list is only in the quoted part
_qb = people(5)
_quoted = "\n".join(f"> - {o['ROMAJI']}, {o['tel']}, {o['email']}" for o in _qb)
add("pass", [], [],
    "English reply; the five buyers appear only in the quoted text of the breeder's own mail",
    charset="utf-8", sender=frm("hosoda"),
    to=["Fiona McLeod <fiona@highland-folds.co.uk>"],
    subject="Re: Waiting list for the autumn litters",
    body=f"""Hi Fiona,

Thanks for the update. We will keep our allocation at two kittens per litter as agreed,
and our customers on the list will be contacted by our stores, not directly.
Let's talk about the shipping dates once the litters are born.

Best regards,
Junichi

On Tue, 24 Jun 2025 at 09:14, Fiona McLeod <fiona@highland-folds.co.uk> wrote:
> Dear Junichi,
> These are the Japanese families who contacted us directly about the autumn litters.
> I have told them that all sales in Japan go through Hinode.
{_quoted}
> Kind regards, Fiona""")

# 082 stop — three breeders (three organisations) in To/Cc
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three external breeders (three domains) in To and Cc see each other's addresses",
    charset="cp932", sender=frm("hosoda"),
    to=["星空ケンネル <info@kennel-hoshizora.jp>"],
    cc=["富士見ブリーディング <sales@fujimi-breeding.co.jp>", "キャッテリーミモザ <mimosa@cattery-mimosa.com>"],
    subject="【重要】2025年9月以降の仕入条件変更のお知らせ",
    body=f"""お取引先ブリーダー各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業 仕入課の細田でございます。

改正動物愛護管理法の数値規制への対応強化に伴い、2025年9月仕入分より、
下記のとおり仕入条件を変更させていただきます。

1. 出荷前の獣医師による健康診断書の添付を必須とします。
2. 親犬・親猫の遺伝子検査結果の提出をお願いします。
3. 引渡しは生後57日以降（現行どおり）とします。

ご不明な点は細田までお問い合わせください。
{sig("hosoda", 1)}""")

# 083 stop — PPTX "top customers" analysis with ten members to an ad agency
_tc = people(10)
_slides = [["上位顧客分析（2025年上期）", "年間購入額上位10名の傾向", "平均購入額 42.8万円"]]
_slides.append(["上位顧客一覧（1～5位）"] + [f"{i}. {o['name']}　{o['tel']}　{o['email']}" for i, o in enumerate(_tc[:5], 1)])
_slides.append(["上位顧客一覧（6～10位）"] + [f"{i}. {o['name']}　{o['tel']}　{o['email']}" for i, o in enumerate(_tc[5:], 6)])
_slides.append(["施策案", "VIP向け内覧会の招待", "誕生日ギフト（ペット宛）"])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "slides list ten top customers with phones and e-mails; sent to an external ad agency",
    charset="utf-8", sender=frm("tamura"),
    to=["ポチ広告 アカウント部 <account@pochi-ad.co.jp>"],
    subject="VIP施策 打合せ資料",
    body=f"""ポチ広告 アカウント部 斉藤様

お世話になっております。田村です。
明日のVIP施策の打合せ資料をお送りします。
上位顧客の一覧も入れてありますので、招待状のデザイン検討の参考にしてください。
{sig("tamura")}""",
    attachments=[{"kind": "pptx", "name": "VIP施策_打合せ資料.pptx", "slides": _slides}])

# 084 pass — loyalty-card field definitions (no records) to the vendor
add("pass", [], [],
    "field definitions of the member table (column names only, no records) to the partner vendor",
    charset="iso-2022-jp", sender=frm("kubo"),
    to=["ツバサシステム 長尾様 <nagao@tsubasa-system.jp>"],
    subject="会員マスタ 項目定義（ドラフト）",
    body=f"""ツバサシステム 長尾様

お世話になっております。久保です。
会員マスタの項目定義のドラフトを添付します（HTML）。
個人情報にあたる項目は暗号化カラムとする想定です。ご確認ください。
{sig("kubo")}""",
    attachments=[{"kind": "html", "name": "member_master_fields.html",
                  "html": """<html><body><h3>会員マスタ 項目定義（ドラフト v0.3）</h3>
<table border="1"><tr><th>項目</th><th>型</th><th>必須</th><th>備考</th></tr>
<tr><td>member_no</td><td>CHAR(9)</td><td>○</td><td>HC + 7桁</td></tr>
<tr><td>name_kanji</td><td>VARCHAR(40)</td><td>○</td><td>暗号化</td></tr>
<tr><td>name_kana</td><td>VARCHAR(60)</td><td>○</td><td>暗号化</td></tr>
<tr><td>birth_date</td><td>DATE</td><td></td><td>暗号化、シルバー割判定に使用</td></tr>
<tr><td>tel</td><td>VARCHAR(15)</td><td>○</td><td>暗号化</td></tr>
<tr><td>pet_count</td><td>SMALLINT</td><td></td><td></td></tr>
<tr><td>rank</td><td>CHAR(1)</td><td>○</td><td>G/S/N</td></tr>
</table></body></html>"""}])

# 085 stop — adoption applicants (6) in a DOCX table to an NPO shelter
_ad = people(6)
_tbl = [["受付No.", "応募者氏名", "生年月日", "住所", "電話", "家族構成", "希望犬"]]
for i, o in enumerate(_ad, 1):
    _tbl.append([f"A-{i:02d}", o["name"], ymd(o["dob"], "."), o["addr"], o["tel"],
                 R.choice(["夫婦", "夫婦＋子2人", "単身", "夫婦＋母"]), R.choice(["ハナ", "クロ", "ポチ", "タロウ"])])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "six adoption applicants' names, DOBs, addresses and phones in a DOCX table to an external NPO",
    charset="cp932", sender=frm("nogami"),
    to=["NPO法人わんこネット 譲渡担当 <joto@wanko-net.or.jp>"],
    subject="譲渡会（6/22）応募者一覧",
    body=f"""わんこネット 譲渡ご担当者様

先日は港北ニュータウン店での譲渡会にご協力いただきありがとうございました。
当日の応募者6名の一覧をお送りします。審査と家庭訪問の日程調整をお願いいたします。

野上 葵
ペットショップ ひので 港北ニュータウン店""",
    attachments=[{"kind": "docx", "name": "譲渡会応募者一覧_0622.docx",
                  "paragraphs": ["保護犬譲渡会 応募者一覧（2025年6月22日）"], "tables": [_tbl]}])

# 086 stop — look-alike of the partner law firm (l → 1) with one customer's details
_lc = people(1)[0]
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "shirakawa-1aw.jp (digit 1 for l) imitates partner shirakawa-law.jp; carries one customer's name and phone",
    charset="utf-8", sender=frm("kusakabe"),
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-1aw.jp>"],
    subject="Re: 内容証明の件",
    body=f"""白川先生

お世話になっております。日下部です。
内容証明の送付先となる{_lc['name']}様の連絡先は下記のとおりです。
　電話：{_lc['tel']}
ご本人からは「弁護士からの連絡なら受ける」との返答をいただいております。
引き続きよろしくお願いいたします。

日下部
> 日下部様
> 先方のご連絡先を念のため教えていただけますか。
> 白川""")

# 087 pass — four campaign winners' names and phones to the partner hotel
_fw4 = people(4)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "four winners' names and phones to the partner hotel: fewer than five people",
    charset="iso-2022-jp", sender=frm("tamura"),
    to=["さくらホテル 営業企画 <kikaku@sakura-hotel.jp>"],
    subject="ペット同伴宿泊券 当選者のご連絡（4組）",
    body=f"""さくらホテル 営業企画ご担当者様

お世話になっております。日の出産業の田村です。
共同キャンペーン「わんちゃんと泊まろう」の当選者4組が決まりました。
宿泊日の調整のため、貴館から直接ご連絡をお願いいたします。

　1）{_fw4[0]['name']} 様　{_fw4[0]['tel']}
　2）{_fw4[1]['name']} 様　{_fw4[1]['tel']}
　3）{_fw4[2]['name']} 様　{_fw4[2]['tel']}
　4）{_fw4[3]['name']} 様　{_fw4[3]['tel']}

当選のご連絡は当社から本日済ませております。
{sig("tamura", 1)}""")

# 088 stop — card numbers of three no-show customers to the payment processor
_ns = people(3)
_lines = "\n".join(f"{o['name']}\t{card_number(next_seed())}\t{R.randint(1, 12):02d}/{R.randint(26, 30)}\t"
                   f"{R.choice(['4,400', '8,800', '5,500'])}円" for o in _ns)
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "three customers' full card numbers sent to the payment processor by mail",
    charset="cp932", sender=frm("aragaki"),
    to=["ペイゲートジャパン 加盟店サポート <merchant@paygate-japan.co.jp>"],
    subject="無断キャンセル料の手動決済依頼（3件）",
    body=f"""ペイゲートジャパン 加盟店サポート御中

加盟店ID: HND-PH-0031（ひのでペットホテル成城）の新垣です。
予約時にお預かりしたカードで、無断キャンセル料の決済をお願いします。
端末が故障中のため、手動での処理をお願いできますでしょうか。

氏名\tカード番号\t有効期限\t金額
{_lines}

よろしくお願いいたします。
{sig("aragaki", 3)}""")

# 089 pass — job posting sent to the staffing agency
add("pass", [], [],
    "a job posting (trimmer wanted) to the staffing agency; no personal data",
    charset="utf-8", sender=frm("maruyama"),
    to=["ネクストポウズ人材 法人営業 <sales@nextpaws-staff.co.jp>"],
    subject="求人票：トリマー（浦和）",
    body=f"""ネクストポウズ人材 法人営業ご担当者様

お世話になっております。日の出産業 人事総務部の丸山です。
下記の求人について、候補者のご紹介をお願いいたします。

【職種】トリマー（正社員）
【勤務地】トリミングサロン ひので 浦和（さいたま市浦和区）
【給与】月給22万～30万円（経験・資格による）
【勤務】9:30～18:30（シフト制・週休2日）
【応募資格】トリマー資格（JKC等）保有、実務1年以上
【待遇】社保完備、ペット同伴出勤可、社員割引

面接は浦和サロンにて実施します。
{sig("maruyama")}""")

# 090 stop — English mail to a pet relocation company; a plain ZIP with five customers
_rc = people(5)
_rows = [["Name", "Address", "Phone", "E-mail", "Pet", "Destination", "Flight date"]]
for o in _rc:
    pt = pet()
    _rows.append([o["ROMAJI"], o["addr"], o["tel"], o["email"], f"{pt['name']} ({pt['kind']})",
                  R.choice(["Singapore", "London", "Vancouver", "Sydney", "Honolulu"]),
                  f"2025-{R.randint(8, 10):02d}-{R.randint(1, 28):02d}"])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "ZIP (not encrypted) with a CSV of five relocating customers' names, addresses, phones and e-mails to a foreign firm",
    charset="utf-8", sender=frm("hosoda"),
    to=["Ops Team <ops@globalpaws-relocation.com>"],
    subject="Referrals - pet relocation, Aug-Oct departures",
    body=f"""Dear GlobalPaws team,

As agreed under our referral partnership, please find attached the five customers who asked
for a quote for relocating their pets abroad this autumn. They are expecting your call.
The ZIP also contains our referral terms for your reference.
{sig("hosoda", 4)}{DISC_EN}""",
    attachments=[{"kind": "zip", "name": "referrals_2025Q3.zip",
                  "files": [{"kind": "csv", "name": "referrals.csv", "encoding": "utf-8", "rows": _rows},
                            {"kind": "pdf", "name": "referral_terms.pdf",
                             "lines": ["Referral terms", "Commission: 8% of the relocation fee"]}]}])

# 091 pass — store sales figures to the partner bank
add("pass", [], [],
    "store-level sales figures for a loan review to the partner bank: company data only",
    charset="cp932", sender=frm("kamiya"),
    to=["みどり銀行 渋谷支店 法人融資課 <hojin-shibuya@midori-ginko.co.jp>"],
    subject="月次試算表・店舗別売上の送付（5月）",
    body=f"""みどり銀行 渋谷支店
法人融資課 大西様

いつもお世話になっております。日の出産業 経理部の神谷でございます。
5月の月次試算表と店舗別売上をお送りします。
吉祥寺出店資金のご融資審査の資料としてお使いください。
{sig("kamiya")}{DISC_JP}""",
    attachments=[{"kind": "xlsx", "name": "店舗別売上_202505.xlsx",
                  "sheets": {"店舗別": [["2025年5月 店舗別売上（千円）"],
                                        ["店舗", "生体", "フード・用品", "サービス", "合計", "前年比"],
                                        ["二子玉川店", 18420, 9310, 1220, 28950, "104.2%"],
                                        ["港北ニュータウン店", 15880, 8760, 980, 25620, "98.7%"],
                                        ["ペットホテル成城", 0, 540, 6310, 6850, "111.5%"],
                                        ["トリミングサロン浦和", 0, 620, 5480, 6100, "102.3%"]],
                             "試算表": [["科目", "当月", "累計"], ["売上高", 67520, 331870],
                                        ["売上原価", 36210, 179440], ["販管費", 26480, 131020]]}}])

# 092 pass — internal recall notice to store managers
add("pass", [], [],
    "product recall notice to store managers; all recipients internal, lot numbers only",
    charset="iso-2022-jp", sender=frm("hosoda"),
    to=[f"tencho-all@{D}"], cc=[addr_of("kusakabe")],
    subject="【至急】猫用おやつ 自主回収のお知らせ（ロット指定）",
    body=f"""店長各位

仕入課の細田です。メーカーより自主回収の連絡がありました。
本日中に売場から撤去し、バックヤードで保管してください。

　商品：かつおスティック 猫用 15本入（JAN 4589xxxx10231）
　対象ロット：25-0412 / 25-0413 / 25-0415
　理由：一部商品の包材シール不良

お客様からのお問い合わせは返金対応（レシート不要）でお願いします。
回収数は6/30までに共有フォルダの報告シートへ入力してください。
{sig("hosoda", 5)}""")

# 093 stop — 【社外秘】 in subject and body, sent to a partner
add("stop", [], ["confidential_marking"],
    "the mail itself is classified 【社外秘】 (subject and heading) and goes to partner 北国フーズ",
    charset="utf-8", sender=frm("hosoda"),
    to=["北国フーズ 営業部 部長 富樫様 <togashi@kitaguni-foods.co.jp>"],
    subject="【社外秘】2026年度 PB商品 取引条件（案）",
    body=f"""北国フーズ株式会社
営業部 富樫部長

お世話になっております。日の出産業 仕入課の細田でございます。

━━━━━━━━━━━━━━━━
　社外秘　／　2026年度 PB商品 取引条件（案）
━━━━━━━━━━━━━━━━
・PB「ひのでごはん」ドライ 4品目の製造委託を継続
・仕入価格：現行比 3.5% 引下げ（原材料スライド条項は維持）
・最低発注ロット：各品目 月2,000袋
・リベート：年間1億円超過分の2%

7月中に一度お打合せの機会をいただけますと幸いです。
{sig("hosoda")}""")

# 094 either — six staff with company-issued mobiles to the partner hotel for an event
_ev = people(6)
_txt = "ペットフェス@さくらホテル 当日スタッフ連絡先（社用携帯）\n" + "\n".join(
    f"{o['name']}\t{R.choice(['受付', '誘導', '物販', 'トリミング実演', '撮影', '全体統括'])}\t{o['tel']}" for o in _ev)
add("either", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "six staff members' company mobiles for an event: work contacts of people, a list of five or more",
    charset="cp932", sender=frm("tamura"),
    to=["さくらホテル 宴会営業 <enkai@sakura-hotel.jp>"],
    subject="9/14 ペットフェス 当日スタッフ連絡先",
    body=f"""さくらホテル 宴会営業ご担当者様

お世話になっております。田村です。
9/14のイベント当日の弊社スタッフと連絡先（社用携帯）を添付します。
搬入口での入館手続きの際にご利用ください。
{sig("tamura", 1)}""",
    attachments=[{"kind": "txt", "name": "staff_contacts_0914.txt", "encoding": "cp932", "text": _txt}])

# 095 pass — supply contract (business to business) to a goods supplier
add("pass", [], [],
    "supply agreement between two companies with company addresses and representatives' titles only",
    charset="utf-8", sender=frm("hosoda"),
    to=["パウライフグッズ 営業部 <eigyo@pawlife-goods.co.jp>"],
    subject="継続的売買契約書のご送付（押印版）",
    body=f"""パウライフグッズ株式会社 営業部御中

お世話になっております。日の出産業 仕入課の細田です。
継続的売買契約書の押印版をPDF化してお送りします。
原本2部は本日郵送いたしましたので、1部にご押印のうえご返送ください。
{sig("hosoda")}""",
    attachments=[{"kind": "docx", "name": "継続的売買契約書_パウライフ.docx",
                  "paragraphs": ["継続的売買契約書",
                                 "買主：日の出産業株式会社（東京都渋谷区東1-22-5）代表取締役",
                                 "売主：パウライフグッズ株式会社（大阪府大阪市西区靱本町2-4-9）代表取締役",
                                 "第1条（目的）売主は買主に対し、ペット用品を継続的に売り渡す。",
                                 "第6条（支払）月末締め翌月末払い、銀行振込とする。"]}])

# 096 stop — homoglyph (IDN) look-alike of the company's own domain
_idn = "hinode-s\u0430ngyo.co.jp".encode("idna").decode("ascii")
add("stop", [], ["lookalike_domain"],
    f"{_idn} is the IDN form of hinode-sangyo with a Cyrillic 'а': homoglyph of the own domain",
    charset="iso-2022-jp", sender=frm("kubo"),
    to=[f"helpdesk@{_idn}"],
    subject="Re: 店舗Wi-Fiのパスワード変更について",
    body=f"""ヘルプデスク ご担当者様

久保です。ご連絡ありがとうございます。
7月1日の店舗Wi-Fi（ゲスト用）パスワード一斉変更の件、承知しました。
各店長への周知は、変更当日の朝礼で行うよう伝えます。

> 情報システム部 各位
> 7/1 0:00 に全店ゲストWi-Fiのパスワードを変更します。
> 新パスワードは店長宛に個別に通知します。
{sig("kubo")}""")

# 097 pass — a cat's health record sent to its owner (free mail), with a photo
add("pass", [], ["freemail_recipient"],
    "the cat's own hotel health record to its owner on free mail; the animal's data only",
    charset="utf-8", sender=frm("aragaki"),
    to=["r.sumikawa@icloud.com"],
    subject="ルナちゃん ご宿泊中のご様子（6/27）",
    body="""いつもひのでペットホテル成城をご利用いただき、ありがとうございます。
ルナちゃんの本日のご様子をお知らせします。

　体重：3.8kg（お預かり時 3.9kg）
　食事：朝 完食／夜 8割
　お薬：甲状腺のお薬（朝1錠）服用済み
　排泄：尿・便とも良好
　様子：午後は窓辺でよく眠っていました。

お写真を添付します。お迎えは6/29（日）11時のご予定で承っております。

ひのでペットホテル 成城　新垣
TEL 03-3749-8830""",
    attachments=[{"kind": "png", "name": "luna_0627.png"}])

# 098 pass — insurance claim for one dog's surgery: the animal's diagnosis
_cl1 = people(1)[0]
add("pass", ["PERSON_NAME"], ["personal_data"],
    "one policyholder's claim: her name and policy number with the dog's surgery; the animal's diagnosis is not sensitive",
    charset="iso-2022-jp", sender=frm("chiba"),
    to=["アニケア損保 保険金請求 <seikyu@anicare-ins.co.jp>"],
    subject="保険金請求書類の送付（証券番号 AC-24-7781402）",
    body=f"""アニケア損保 保険金請求ご担当者様

お世話になっております。日の出産業 保険代理店課の千葉です。
下記のご契約について、保険金請求書類をお送りします。

　契約者　：{_cl1['name']} 様
　証券番号：AC-24-7781402
　対象動物：ミニチュア・ダックスフンド（オス・4歳）
　傷病名　：椎間板ヘルニア（胸腰部）、片側椎弓切除術
　入院期間：6月10日～6月18日（9日間）
　請求額　：386,650円（診療明細のとおり）

診療明細書と診断書のスキャンを添付しております。
{sig("chiba")}""",
    attachments=[{"kind": "pdf", "name": "診療明細書_AC-24-7781402.pdf",
                  "lines": ["診療明細書", "動物名：チョコ（ミニチュア・ダックスフンド）",
                            "手術料 180,000円　入院料 72,000円　検査料（MRI）68,000円",
                            "麻酔料 38,500円　処置・投薬 28,150円　合計 386,650円"]}])

# 099 pass — reply to the law firm about an NDA, with quoted text and a disclaimer
add("pass", [], [],
    "reply about NDA review (秘密保持契約) to the partner law firm with the standard disclaimer",
    charset="cp932", sender=frm("kamiya"),
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="RE: 秘密保持契約書（譲渡候補先との）レビュー結果",
    body=f"""白川先生

レビュー結果をありがとうございました。
ご指摘の第3条（目的外使用の禁止）と第8条（残存条項）を反映した版を
先方に提示いたします。先方からの回答があり次第、改めてご相談させてください。

神谷

差出人: 白川法律事務所 白川 <shirakawa@shirakawa-law.jp>
送信日時: 2025年6月25日 18:40
件名: 秘密保持契約書（譲渡候補先との）レビュー結果

神谷様
ご依頼の秘密保持契約書につき、レビュー結果をお送りします。
第3条と第8条に修正が必要と考えます。
{sig("kamiya", 1)}{DISC_JP2}""")

# 100 pass — "found" notice asking the community centre to take the poster down
add("pass", [], [],
    "follow-up that the lost cat was found; asks to remove the poster, names no owner data",
    charset="iso-2022-jp", sender=frm("aragaki"),
    to=["成城地区会館 掲示板係 <keiji@seijo-chikukaikan.or.jp>"],
    subject="Re: 迷子猫ポスター掲示のお願い（見つかりました）",
    body=f"""成城地区会館 掲示板ご担当者様

先日はポスター掲示にご協力いただき、ありがとうございました。
おかげさまで、黒猫のジジちゃんが昨日の朝、近所のお宅の物置で無事保護されました。
飼い主様も大変喜んでおられ、皆さまに感謝をお伝えくださいとのことでした。

お手数ですが、掲示板のポスターを撤去していただけますでしょうか。
明日の午前中に当館スタッフが伺うことも可能です。
{sig("aragaki", 3)}""")
