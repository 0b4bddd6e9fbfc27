"""Blind corpus — area "condosales": 日の出産業株式会社 住宅事業本部の新築マンション販売
(マンションギャラリー／販売センター、契約管理、販売推進・広告).

Mail of the sales offices of three invented projects (ヒノデレジデンス港北ニュータウン,
サンライズコート浦和美園, ザ・ヒノデタワー千里中央): model-room visitors and prospects,
lottery (抽選) applicants, mortgage pre-screening with banks (income, employer, family,
団信), contracts and deposits (申込証拠金・手付金), judicial scriveners (司法書士) for
registration, interior / appliance options, move-in schedules, advertising agencies,
real-estate portals, management company, complaints.

Every person, company (other than the brief's named partners), number, account and
address in this file is invented.  My Numbers and card numbers come from build.py's
my_number() / card_number() with seeds starting at 6701 (6701, 6702, … in order of use).
Other data is drawn from random.Random(6701).
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

AREA = "condosales"
SEED = 6701
_seed_counter = [SEED]


def next_seed() -> int:
    s = _seed_counter[0]
    _seed_counter[0] += 1
    return s


R = random.Random(SEED)
MESSAGES: list[dict] = []


def add(expect, entities, detectors, note, charset, sender, to, subject, body=None,
        html=None, cc=None, bcc=None, attachments=None):
    n = len(MESSAGES) + 1
    m = {"id": f"{AREA}-{n:03d}", "expect": expect, "entities": list(entities),
         "detectors": list(detectors), "note": note, "charset": charset,
         "sender": sender, "to": list(to), "cc": list(cc or []), "bcc": list(bcc or []),
         "subject": subject}
    if body is not None:
        m["body"] = body
    if html is not None:
        m["html"] = html
    if attachments:
        m["attachments"] = attachments
    MESSAGES.append(m)


# -- people and formatting helpers -------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("森田", "モリタ", "Morita"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("三浦", "ミウラ", "Miura"), ("藤井", "フジイ", "Fujii"),
    ("岡本", "オカモト", "Okamoto"), ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"),
    ("小野寺", "オノデラ", "Onodera"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
    ("和田", "ワダ", "Wada"), ("石田", "イシダ", "Ishida"), ("柴田", "シバタ", "Shibata"),
    ("工藤", "クドウ", "Kudo"), ("宮崎", "ミヤザキ", "Miyazaki"), ("内田", "ウチダ", "Uchida"),
    ("谷口", "タニグチ", "Taniguchi"), ("丸山", "マルヤマ", "Maruyama"), ("河野", "コウノ", "Kono"),
    ("杉山", "スギヤマ", "Sugiyama"), ("大塚", "オオツカ", "Otsuka"), ("千葉", "チバ", "Chiba"),
    ("桜井", "サクライ", "Sakurai"), ("野口", "ノグチ", "Noguchi"), ("菊地", "キクチ", "Kikuchi"),
    # rarer ones
    ("勅使河原", "テシガワラ", "Teshigawara"), ("四月一日", "ワタヌキ", "Watanuki"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("百目鬼", "ドウメキ", "Domeki"),
    ("九十九", "ツクモ", "Tsukumo"), ("月見里", "ヤマナシ", "Yamanashi"),
    ("御手洗", "ミタライ", "Mitarai"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("東海林", "ショウジ", "Shoji"),
    ("雲母", "キラ", "Kira"), ("鰐淵", "ワニブチ", "Wanibuchi"),
    ("猪瀬", "イノセ", "Inose"), ("祖父江", "ソブエ", "Sobue"),
]
GIVEN_M = [("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("健一", "ケンイチ", "Kenichi"),
           ("直樹", "ナオキ", "Naoki"), ("拓也", "タクヤ", "Takuya"), ("浩二", "コウジ", "Koji"),
           ("誠", "マコト", "Makoto"), ("亮介", "リョウスケ", "Ryosuke"), ("隆之", "タカユキ", "Takayuki"),
           ("悠斗", "ユウト", "Yuto"), ("和也", "カズヤ", "Kazuya"), ("雅人", "マサト", "Masato"),
           ("伸也", "シンヤ", "Shinya"), ("俊介", "シュンスケ", "Shunsuke"), ("健太郎", "ケンタロウ", "Kentaro"),
           ("陽平", "ヨウヘイ", "Yohei"), ("慎吾", "シンゴ", "Shingo"), ("智史", "サトシ", "Satoshi")]
GIVEN_F = [("美咲", "ミサキ", "Misaki"), ("由美", "ユミ", "Yumi"), ("恵", "メグミ", "Megumi"),
           ("陽子", "ヨウコ", "Yoko"), ("彩香", "アヤカ", "Ayaka"), ("優子", "ユウコ", "Yuko"),
           ("葵", "アオイ", "Aoi"), ("結衣", "ユイ", "Yui"), ("智子", "トモコ", "Tomoko"),
           ("真理子", "マリコ", "Mariko"), ("涼子", "リョウコ", "Ryoko"), ("千尋", "チヒロ", "Chihiro"),
           ("さくら", "サクラ", "Sakura"), ("裕子", "ユウコ", "Yuko"), ("麻衣", "マイ", "Mai"),
           ("奈緒", "ナオ", "Nao"), ("香織", "カオリ", "Kaori"), ("沙耶", "サヤ", "Saya")]

ADDR_POOL = [
    ("224", "神奈川県", "横浜市都筑区", ["中川", "茅ケ崎中央", "荏田南", "北山田", "仲町台"]),
    ("223", "神奈川県", "横浜市港北区", ["日吉", "綱島西", "大倉山", "菊名", "新羽"]),
    ("216", "神奈川県", "川崎市宮前区", ["宮崎", "有馬", "鷺沼", "犬蔵"]),
    ("158", "東京都", "世田谷区", ["用賀", "桜新町", "上野毛", "深沢"]),
    ("145", "東京都", "大田区", ["雪谷大塚町", "久が原", "北千束"]),
    ("336", "埼玉県", "さいたま市緑区", ["美園", "東浦和", "原山", "中尾"]),
    ("333", "埼玉県", "川口市", ["戸塚", "東川口", "安行領根岸"]),
    ("560", "大阪府", "豊中市", ["新千里東町", "上新田", "東泉丘"]),
    ("565", "大阪府", "吹田市", ["千里山西", "佐竹台", "桃山台"]),
    ("194", "東京都", "町田市", ["鶴川", "成瀬台", "つくし野"]),
]
BLDG = ["メゾン", "ハイツ", "コーポ", "パレス", "グランシャリオ", "レジデンス"]
BLDG2 = ["緑ヶ丘", "セントラル", "さくら", "ヴィラ", "フォレスト", "リバーサイド", "第２"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]
EMPLOYERS = ["株式会社東都エンジニアリング", "横浜市役所", "三葉商事株式会社", "関東電設株式会社",
             "医療法人社団青葉会", "株式会社ノースフィールド", "県立高等学校（教員）",
             "株式会社ミナトロジスティクス", "大和化成工業株式会社", "自営（税理士事務所）",
             "株式会社ケイズソフト", "日本海上火災保険株式会社", "さいたま市立小学校（教員）",
             "株式会社シンセイ製薬", "東洋鉄道株式会社"]

ZEN = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def zen(s: str) -> str:
    return s.translate(ZEN)


def wareki(d: date, style: str = "kanji") -> str:
    if d < date(1989, 1, 8):
        era, y, ab = "昭和", d.year - 1925, "S"
    else:
        era, y, ab = "平成", d.year - 1988, "H"
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "abbr":
        return f"{ab}{y}.{d.month}.{d.day}"
    return zen(f"{era}{y}年{d.month}月{d.day}日")


def person(sex: str | None = None, domain: str | None = None) -> dict:
    sur = R.choice(SURNAMES)
    sex = sex or R.choice("MF")
    giv = R.choice(GIVEN_M if sex == "M" else GIVEN_F)
    zip3, pref, city, towns = R.choice(ADDR_POOL)
    town = R.choice(towns)
    c, b, g = R.randint(1, 6), R.randint(1, 30), R.randint(1, 25)
    if R.random() < 0.5:
        addr = f"{pref}{city}{town}{c}-{b}-{g}"
    else:
        addr = f"{pref}{city}{town}{c}丁目{b}番{g}号"
    if R.random() < 0.4:
        addr += f" {R.choice(BLDG)}{R.choice(BLDG2)}{R.randint(1, 5)}{R.randint(0, 1)}{R.randint(1, 9)}"
    dob = date(1962, 1, 1) + timedelta(days=R.randint(0, 365 * 33))
    dom = domain or R.choice(FREEMAIL)
    local = R.choice([f"{giv[2].lower()}.{sur[2].lower()}", f"{sur[2].lower()}{R.randint(1, 99)}",
                      f"{giv[2][0].lower()}{sur[2].lower()}{dob.year % 100:02d}",
                      f"{sur[2].lower()}_{giv[2].lower()}"])
    return {
        "name": f"{sur[0]} {giv[0]}", "name_nosp": f"{sur[0]}{giv[0]}",
        "kana": f"{sur[1]} {giv[1]}", "romaji": f"{giv[2]} {sur[2].upper()}",
        "sur": sur[0], "sex": sex, "city": city,
        "phone": f"0{R.choice('987')}0-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}",
        "email": f"{local}@{dom}",
        "zip": f"{zip3}-{R.randint(0, 9999):04d}", "addr": addr, "dob": dob,
        "age": 2025 - dob.year, "employer": R.choice(EMPLOYERS),
        "income": R.randrange(420, 1450, 10), "room": f"{R.randint(2, 14)}{R.randint(0, 1)}{R.randint(1, 9)}",
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def padrow(cells, widths, sep="  "):
    return sep.join(c + " " * (w - dwidth(c)) for c, w in zip(cells, widths)).rstrip()


def padtable(rows, sep="  ", rule="-"):
    widths = [max(dwidth(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = [padrow([str(c) for c in rows[0]], widths, sep)]
    out.append(rule * (sum(widths) + len(sep) * (len(widths) - 1)))
    out += [padrow([str(c) for c in r], widths, sep) for r in rows[1:]]
    return "\n".join(out)


def htable(rows, border=1):
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f'<table border="{border}" cellpadding="3" cellspacing="0"><tr>{head}</tr>{body}</table>'


# -- the organisation --------------------------------------------------------------------

OFFICES = {
    "kohoku": ("ヒノデレジデンス港北ニュータウン マンションギャラリー",
               "〒224-0003 神奈川県横浜市都筑区中川中央1-28-3", "045-910-7721", "045-910-7722"),
    "misono": ("サンライズコート浦和美園 販売センター",
               "〒336-0967 埼玉県さいたま市緑区美園5-3-2", "048-812-3360", "048-812-3361"),
    "senri": ("ザ・ヒノデタワー千里中央 マンションギャラリー",
              "〒560-0082 大阪府豊中市新千里東町1-4-10", "06-6836-7150", "06-6836-7151"),
    "hq": ("本社", "〒103-0027 東京都中央区日本橋2-11-6 日の出産業ビル", "03-5201-8800", "03-5201-8810"),
}
STAFF = {
    "yamagiwa": ("山際 拓海", "やまぎわ たくみ", "t.yamagiwa", "住宅事業本部 販売部 販売一課", "kohoku"),
    "okonogi": ("小此木 沙織", "おこのぎ さおり", "s.okonogi", "住宅事業本部 販売部 販売一課", "kohoku"),
    "iwatsuki": ("岩月 恭平", "いわつき きょうへい", "k.iwatsuki", "住宅事業本部 販売部 ローン・契約推進課", "kohoku"),
    "narumi": ("鳴海 真由", "なるみ まゆ", "m.narumi", "住宅事業本部 販売部 販売二課", "misono"),
    "shitara": ("設楽 健吾", "したら けんご", "k.shitara", "住宅事業本部 販売推進部 広告宣伝課", "hq"),
    "kume": ("久米 彩", "くめ あや", "a.kume", "住宅事業本部 販売推進部 Web企画課", "hq"),
    "shoji": ("東海林 理恵", "しょうじ りえ", "r.shoji", "住宅事業本部 契約管理部 契約管理課", "hq"),
    "ikari": ("猪狩 航", "いかり わたる", "w.ikari", "住宅事業本部 販売部 販売三課", "senri"),
    "nishina": ("仁科 友梨", "にしな ゆり", "y.nishina", "住宅事業本部 カスタマーリレーション室", "hq"),
    "hazama": ("狭間 一真", "はざま かずま", "k.hazama", "住宅事業本部 販売部 入居推進課", "hq"),
    "tokoro": ("野老 慎二", "ところ しんじ", "s.tokoro", "住宅事業本部 販売部 販売二課", "misono"),
}


def frm(key: str) -> str:
    name, _, local, _, _ = STAFF[key]
    return f"{name} <{local}@hinode-sangyo.co.jp>"


def addr_of(key: str) -> str:
    return f"{STAFF[key][2]}@hinode-sangyo.co.jp"


def sig(key: str, style: int = 0) -> str:
    name, yomi, local, dept, off = STAFF[key]
    oname, oaddr, tel, fax = OFFICES[off]
    mail = f"{local}@hinode-sangyo.co.jp"
    if style == 0:
        return (f"--\n日の出産業株式会社 {dept}\n{name}（{yomi}）\n{oname}\n{oaddr}\n"
                f"TEL {tel} / FAX {fax}\n{mail}\n")
    if style == 1:
        return (f"━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社\n{dept}\n{name}\n"
                f"{oaddr}\nTEL：{tel}　FAX：{fax}\nMail：{mail}\n━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"日の出産業（株）{oname}\n{name}　TEL {tel}\n"
    if style == 3:
        return (f"******************************\n {name}\n 日の出産業株式会社 {dept}\n"
                f" {oaddr}\n Tel {tel}\n******************************\n")
    # English
    surname, given = name.split(" ")
    roma = {"山際": "Takumi Yamagiwa", "小此木": "Saori Okonogi", "岩月": "Kyohei Iwatsuki",
            "鳴海": "Mayu Narumi", "設楽": "Kengo Shitara", "久米": "Aya Kume",
            "東海林": "Rie Shoji", "猪狩": "Wataru Ikari", "仁科": "Yuri Nishina",
            "狭間": "Kazuma Hazama", "野老": "Shinji Tokoro"}[surname]
    return (f"--\n{roma}\nResidential Sales, Hinode Sangyo Co., Ltd.\n"
            f"2-11-6 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan\nTel +81-3-5201-8800\n{mail}\n")


DISC_JA = ("※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISC_JA2 = ("【ご注意】このメールおよび添付ファイルは、宛先として指定された方のみを対象としています。"
            "内容の全部または一部を無断で複製・転送・開示することを禁じます。\n")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender and delete this e-mail.\n")

# external parties (invented, except the brief's partner domains)
ADPLANTS = "大河内 様 <okochi@adplants.co.jp>"
NISHIKI = "錦印刷 寺嶋様 <terajima@nishiki-insatsu.co.jp>"
SUMAINAVI = "すまいナビ 掲載サポート <support-listing@sumai-navi.jp>"
MIDORI = "みどり銀行 住宅ローンセンター 佐久間様 <sakuma.h@midori-ginko.co.jp>"
MASAGO = "司法書士法人真砂事務所 <office@masago-shihou.jp>"
ROOMDECO = "ルームデコ 氷見様 <himi@roomdeco.co.jp>"
LPKANRI = "ライフパートナー管理 谷地様 <yachi@lp-kanri.co.jp>"
HORIE = "堀江建設 梶原所長 <kajiwara@horie-kensetsu.co.jp>"
AOBA = "青葉運輸 引越センター 菅生様 <sugou@aoba-unyu.co.jp>"
KAWADEN = "川崎電機 真鍋様 <manabe@kawasaki-denki.co.jp>"
TSUBASA = "ツバサシステム 宍戸様 <shishido@tsubasa-system.jp>"
SAKURA = "さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"
TOHO = "東邦不動産 古賀様 <koga@toho-fudosan.co.jp>"
SHIRAKAWA = "白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"



# =======================================================================================
# 001 stop — model-room visitor list pasted as a padded table, to the ad agency
_p = people(8)
_rows = [["来場日", "お名前", "年代", "電話番号", "認知経路"]]
for i, x in enumerate(_p):
    _rows.append([f"6/{7 + i // 3}", x["name"], f"{x['age'] // 10 * 10}代", x["phone"],
                  R.choice(["新聞折込", "すまいナビ", "現地看板", "Instagram広告", "ポスティング"])])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "8 model-room visitors with names and mobile numbers pasted for the ad agency",
    "iso-2022-jp", frm("yamagiwa"), [ADPLANTS],
    "6月第2週 来場者の認知経路について",
    body=f"""株式会社アドプランツ
大河内様

いつもお世話になっております。日の出産業の山際です。

先日ご依頼のあった折込チラシの効果測定の件、今週末のモデルルーム来場者を
下記にまとめましたのでご確認ください。新聞折込経由がやはり強い印象です。

{padtable(_rows)}

アンケート未記入の方は営業がヒアリングした内容で埋めています。
来週の定例で次回チラシのエリア配分をご相談させてください。

{sig("yamagiwa")}""")

# 002 pass — the same kind of visitor summary, but only to colleagues
_p = people(6)
_lines = []
for x in _p:
    _lines.append(f"{x['name']}（{x['kana']}）様　{x['age']}歳　{x['phone']}　{x['email']}\n"
                  f"　検討：{R.choice(['3LDK 70㎡台', '4LDK', '2LDK+S', '3LDK 角住戸'])}　"
                  f"予算 {R.randrange(4800, 7800, 100)}万円　次回：{R.choice(['再来場予約済', '資料送付', '電話フォロー'])}")
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "internal-only: prospect follow-up list among the sales team",
    "cp932", frm("okonogi"),
    [addr_of("yamagiwa"), "販売一課 <hanbai1@hinode-sangyo.co.jp>"],
    "【共有】土日来場 Aランク客 フォロー分担",
    body=f"""販売一課の皆さま

お疲れさまです。小此木です。
土日のAランク（購入意欲高）のお客様を共有します。担当割りは朝礼の通りです。

{chr(10).join(_lines)}

上から3組は山際さん、残りは私が追いかけます。
以上よろしくお願いします。

小此木
""")

# 003 stop — lottery applicants CSV to the hotel hosting the draw
_p = people(14)
_csv = [["受付番号", "氏名", "フリガナ", "電話番号", "申込住戸", "同伴人数"]]
for i, x in enumerate(_p, 1):
    _csv.append([f"L-{i:03d}", x["name"], x["kana"], x["phone"],
                 R.choice(["1203", "1105", "905", "1402", "808"]), str(R.randint(0, 2))])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "14 lottery applicants (name, kana, phone) sent to the draw venue as a CSV",
    "iso-2022-jp", frm("okonogi"), [SAKURA],
    "7/13 第1期抽選会 受付名簿の件",
    body=f"""さくらホテル 宴会予約係 御中

いつもお世話になっております。
日の出産業 ヒノデレジデンス港北ニュータウン販売担当の小此木でございます。

7月13日（日）「鳳凰の間」での第1期登録抽選会につきまして、
受付でのお名前照合用に申込者名簿をお送りいたします。
受付テーブルは2卓でお願いできますでしょうか。

当日はご来場の順に受付番号をお呼びする形で進行いたします。
何卒よろしくお願い申し上げます。

{sig("okonogi", 1)}""",
    attachments=[{"kind": "csv", "name": "抽選会受付名簿_0713.csv", "rows": _csv}])

# 004 pass — venue booking details with the same hotel, no people
add("pass", [], [],
    "venue booking with the hotel: room, headcount, quote number; no personal data",
    "iso-2022-jp", frm("okonogi"), [SAKURA],
    "Re: 7/13 抽選会 会場お見積り（見積No. SH-25-0611）",
    body=f"""さくらホテル 宴会予約係
ご担当者様

お見積りをお送りいただきありがとうございます。
下記内容で正式に申し込みいたします。

・日時　　2025年7月13日（日）13:00～16:30（設営 11:30～）
・会場　　鳳凰の間（スクール形式 120席）
・備品　　プロジェクター、マイク2本、抽選用ガラポン（弊社持込）
・控室　　1室（10名）
・お見積　見積No. SH-25-0611　税込 418,000円

請求書は本社経理部宛てにお願いいたします。
駐車場はお客様用に30台分の無料券をご用意いただけると助かります。

{sig("okonogi", 2)}
> 日の出産業株式会社 小此木様
> このたびはお問い合わせありがとうございます。
> ご依頼の会場につきまして、お見積書を添付いたします。
""")

# 005 stop — pre-screening documents zipped with a password (PPAP) to the bank
_p = people(2)
add("stop", [], ["unscannable_attachment"],
    "password-protected ZIP of mortgage pre-screening papers: cannot be inspected",
    "cp932", frm("iwatsuki"), [MIDORI],
    "事前審査申込書類一式（1108号室 お申込者様分）",
    body=f"""みどり銀行 住宅ローンセンター
佐久間様

いつも大変お世話になっております。日の出産業の岩月です。

ヒノデレジデンス港北ニュータウン 1108号室のお申込者様について、
事前審査の書類一式（申込書・源泉徴収票・本人確認書類写し）をお送りいたします。
パスワードは別メールにてお知らせいたします。

ご回答の目安をお知らせいただけますと幸いです。

{sig("iwatsuki")}
{DISC_JA}""",
    attachments=[{"kind": "zip", "name": "jizenshinsa_1108.zip", "password": "Hd2025#1108",
                  "files": [{"kind": "txt", "name": "申込書.txt",
                             "text": f"申込人 {_p[0]['name']} {_p[0]['phone']}\n{_p[0]['addr']}"}]}])

# 006 pass — the password mail that follows (nothing personal in it)
add("pass", [], [],
    "the separate password notice for the earlier ZIP; no personal data",
    "cp932", frm("iwatsuki"), [MIDORI],
    "【パスワード】事前審査申込書類一式（1108号室 お申込者様分）",
    body=f"""佐久間様

先ほどお送りした添付ファイルのパスワードをお知らせします。

　Hd2025#1108

お手数ですがよろしくお願いいたします。

岩月
""")

# 007 pass — one buyer's pre-screening summary to the bank
_x = person("M")
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "one applicant's pre-screening summary (income, employer, family) to the partner bank",
    "iso-2022-jp", frm("iwatsuki"), [MIDORI],
    f"事前審査のお願い（港北NT {_x['room']}号室）",
    body=f"""みどり銀行 住宅ローンセンター 横浜
佐久間様

お世話になっております。日の出産業 岩月です。
下記お客様の提携ローン事前審査をお願いいたします。申込書原本は本日発送しました。

【お申込者】
　氏名　　　{_x['name']}（{_x['kana']}）
　生年月日　{_x['dob']:%Y年%m月%d日}
　連絡先　　{_x['phone']}
　勤務先　　{_x['employer']}（勤続 {R.randint(3, 18)}年）
　税込年収　{_x['income']}万円
　家族構成　本人・配偶者（パート）・長女（5歳）

【物件・借入】
　物件　　　ヒノデレジデンス港北ニュータウン {_x['room']}号室　販売価格 6,480万円
　借入希望　5,800万円／35年／変動金利　ボーナス返済なし
　自己資金　680万円（うち親族贈与 300万円予定）

他行の借入は自動車ローン（残 約120万円）のみと伺っています。
ご不明点があればご連絡ください。

{sig("iwatsuki", 3)}""")

# 008 stop — driver's licence and health-insurance card numbers of a couple, to another bank
_h, _w = person("M"), person("F")
_lic1 = f"{R.randint(30, 59)}{R.randint(10, 99)}{R.randint(10000000, 99999999)}"
_lic2 = f"{R.randint(30, 59)}{R.randint(10, 99)}{R.randint(10000000, 99999999)}"
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "JP_HEALTH_INSURANCE"],
    ["personal_data"],
    "driver's licence numbers and health-insurance card symbol/number of a couple sent to a bank",
    "utf-8", frm("iwatsuki"), ["ひばり銀行 たまプラーザ支店 柘植様 <k-tsuge@hibari-bank.co.jp>"],
    "ペアローン事前審査 本人確認情報のご連絡",
    body=f"""ひばり銀行 たまプラーザ支店 ローン課
柘植様

お世話になっております。日の出産業の岩月でございます。
昨日お電話でご依頼いただいた本人確認情報を、お客様から写しをお預かりしましたので転記いたします。

■主債務者
　{_h['name']}　{wareki(_h['dob'])}生
　運転免許証番号　第{_lic1}号（{2027 + R.randint(0, 2)}年誕生日まで有効）
　健康保険証　記号 {R.randint(10000, 99999)}　番号 {R.randint(10, 999)}（協会けんぽ）

■ペアローン債務者
　{_w['name']}　{wareki(_w['dob'])}生
　運転免許証番号　第{_lic2}号
　健康保険証　記号 {R.randint(1000, 9999)}　番号 {R.randint(1, 99)}（組合健保）

写しの原本は来週の面談時にお持ちします。

{sig("iwatsuki")}""")

# 009 stop — reply to the bank's request with the My Number from a withholding slip
_x = person("F")
_mn = my_number(next_seed())
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "new text transcribes a buyer's 源泉徴収票 including her 個人番号 to the bank",
    "iso-2022-jp", frm("iwatsuki"), [MIDORI],
    "Re: 源泉徴収票の記載内容確認のお願い",
    body=f"""佐久間様

お世話になっております。岩月です。
お問い合わせの件、お客様に確認のうえ源泉徴収票（令和6年分）の記載を転記します。

　支払を受ける者　住所　{_x['addr']}
　　　　　　　　　氏名　{_x['name']}
　　　　　　　　　個人番号　{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　支払金額　　　　{_x['income'] * 10000:,}円
　源泉徴収税額　　{_x['income'] * 10000 // 23:,}円
　支払者　　　　　{_x['employer']}

読みにくい箇所は「支払金額」の万の位とのことでしたが、上記で間違いありません。

岩月

-----Original Message-----
From: 佐久間 浩 <sakuma.h@midori-ginko.co.jp>
Sent: Tuesday, June 10, 2025 4:12 PM
To: 岩月 恭平 <k.iwatsuki@hinode-sangyo.co.jp>
Subject: 源泉徴収票の記載内容確認のお願い

岩月様
お送りいただいた源泉徴収票のPDFが一部判読できず、支払金額の欄をご確認いただけますでしょうか。
""")

# 010 stop — 団信 health declaration details of a buyer to the bank's insurance desk
_x = person("M")
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a buyer's medical history (cancer surgery, hypertension medication) sent to the bank for 団信",
    "cp932", frm("iwatsuki"), ["みどり銀行 団信事務センター <dansin@midori-ginko.co.jp>"],
    f"団信の告知内容についてご相談（{_x['sur']}様）",
    body=f"""みどり銀行 団信事務センター ご担当者様

いつもお世話になっております。日の出産業株式会社 販売部の岩月と申します。
提携ローンでお申込み予定のお客様について、団体信用生命保険の告知事項で
事前にご相談させてください。

　お客様：{_x['name']} 様（{_x['dob']:%Y/%m/%d}生、{_x['age']}歳）
　・2019年に胃がん（早期）で内視鏡手術、以後半年ごとに経過観察
　・高血圧症で2021年から降圧剤を服用中
　・直近の検査で再発所見なし（主治医の診断書取得可）

一般団信が難しい場合、ワイド団信への切替えか、
団信なしのフラット35も含めてお客様にご提案したいと考えております。
審査に必要な書類を教えていただけますでしょうか。

{sig("iwatsuki", 1)}
{DISC_JA}""")

# 011 stop — orientation notice with every buyer visible in To
_p = people(7)
add("stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "7 buyers on personal addresses put in To of one notice: everyone sees everyone",
    "iso-2022-jp", frm("hazama"), [f"{x['name']} 様 <{x['email']}>" for x in _p],
    "【ヒノデレジデンス港北ニュータウン】入居説明会のご案内",
    body=f"""ご契約者各位

平素は格別のお引き立てを賜り、誠にありがとうございます。
日の出産業株式会社 入居推進課の狭間でございます。

お引渡しに先立ちまして、下記のとおり入居説明会を開催いたします。

　日時：2026年1月24日（土）10:00～12:00／14:00～16:00（いずれか）
　会場：マンションギャラリー 2階セミナールーム
　内容：管理規約・使用細則のご説明、鍵のお引渡し手順、引越し日程の調整
　持ち物：ご実印、本人確認書類、同封の「入居のしおり」

ご出欠を1月10日までにご返信くださいますようお願い申し上げます。

{sig("hazama")}""")

# 012 pass — another buyers' notice, this time correctly in Bcc
_p = people(9)
add("pass", [], ["freemail_recipient"],
    "notice to 9 buyers sent with Bcc; To is the sender's own office address",
    "cp932", frm("narumi"), ["サンライズコート浦和美園 販売センター <misono-info@hinode-sangyo.co.jp>"],
    "サンライズコート浦和美園　内覧会日程のお知らせ",
    bcc=[x["email"] for x in _p],
    body=f"""ご契約者様各位
（本メールはBCCにて一斉にお送りしております）

いつもお世話になっております。サンライズコート浦和美園 販売センターの鳴海です。

竣工前内覧会の日程が決まりましたのでお知らせいたします。

　■2月14日（土）・15日（日）　9:30～17:00
　■所要時間　約90分（施工会社の担当者が同行いたします）

ご希望の時間帯を、専用フォームよりご予約ください。
　https://misono.hinode-sangyo.co.jp/nairan/

マスキングテープ・メジャーはこちらでご用意いたします。
小さなお子様連れの方はキッズスペースもご利用いただけます。

{sig("narumi", 2)}""")

# 013 stop — look-alike bank domain (extra u), one buyer's details
_x = person("F")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "recipient domain midori-ginkou.co.jp is a look-alike of the partner midori-ginko.co.jp",
    "iso-2022-jp", frm("iwatsuki"), ["sakuma.h@midori-ginkou.co.jp"],
    "本審査書類の追加提出について",
    body=f"""佐久間様

お世話になっております。日の出産業の岩月です。
本審査の追加書類について、お客様と日程を調整しました。

　{_x['name']} 様（{wareki(_x['dob'], 'abbr')}生）　携帯 {_x['phone']}
　　・住民票（続柄記載あり）…6/20 ご郵送予定
　　・課税証明書（直近2年）…6/23 窓口取得予定

ご本人から直接ご連絡する場合は平日18時以降が良いとのことです。
引き続きよろしくお願いいたします。

{sig("iwatsuki", 2)}""")

# 014 stop — price sheet with a 社外秘 page header to the ad agency
_price = [["ヒノデレジデンス港北ニュータウン 第2期 価格表（案）"], [],
          ["住戸", "タイプ", "専有面積(㎡)", "バルコニー(㎡)", "価格(万円)", "坪単価"]]
for fl in (3, 5, 7, 9, 11):
    for t, a in (("A", 72.4), ("B", 68.1), ("C", 81.9)):
        pr = int(a * (88 + fl * 0.9))
        _price.append([f"{fl}0{'ABC'.index(t) + 1}", f"{t}タイプ 3LDK", a, round(a * 0.16, 2), pr,
                       round(pr / (a * 0.3025), 1)])
add("stop", [], ["confidential_marking"],
    "price sheet whose page header is stamped 社外秘, sent to the ad agency",
    "utf-8", frm("shitara"), [ADPLANTS],
    "第2期価格表（案）送付 ※広告表記の確認用",
    body=f"""大河内様

お世話になっております。設楽です。
第2期の価格表（案）を添付します。広告の「予定価格帯」「最多価格帯」表記の確認用です。
価格はまだ役員承認前ですので、紙面には反映せず帯表記のみご検討ください。

{sig("shitara")}""",
    attachments=[{"kind": "xlsx", "name": "第2期価格表_案_v3.xlsx",
                  "sheets": {"価格表": _price}, "page_header": "社外秘",
                  "title": "第2期価格表（案）"}])

# 015 pass — flyer proof corrections to the ad agency
add("pass", [], [],
    "ordinary proof-correction mail to the ad agency; no personal data",
    "iso-2022-jp", frm("shitara"), [ADPLANTS],
    "Re: 折込チラシ 第3校の件",
    body=f"""大河内様

第3校ありがとうございます。下記修正をお願いします。

1. 表面キャッチ「駅徒歩7分」→「「センター北」駅徒歩7分」に（駅名を明記）
2. 間取り図Bタイプ：WICの表記が「WIC」「ウォークインクローゼット」混在 → WICに統一
3. 裏面 物件概要：総戸数「186戸（他管理事務室1戸）」を追記
4. 現地案内図：仮称だった公園名を「茅ケ崎中央公園」に
5. 完成予想図の注記「※掲載の完成予想図は計画段階の図面を基に描き起こしたもので…」を8pt以上に

入稿は6/26（木）午前中で変わりありません。
よろしくお願いいたします。

設楽

> 日の出産業 設楽様
> お世話になっております。アドプランツ大河内です。
> 折込チラシ 第3校をお送りします。ご確認のほどよろしくお願いいたします。
""")

# 016 stop — corrupt PDF sent to the judicial scrivener
add("stop", [], ["unscannable_attachment"],
    "the attached PDF is damaged and cannot be read",
    "cp932", frm("shoji"), [MASAGO],
    "重要事項説明書（写）の送付　港北NT 第1期",
    body=f"""司法書士法人真砂事務所
ご担当者様

いつも大変お世話になっております。日の出産業 契約管理課の東海林です。
第1期分の重要事項説明書（写）をお送りいたします。登記原因証明情報の作成にご利用ください。

ご査収のほどよろしくお願いいたします。

{sig("shoji", 1)}""",
    attachments=[{"kind": "corrupt", "name": "重要事項説明書_港北NT_第1期.pdf"}])

# 017 pass — a couple's registration details to the scrivener (two people)
_h, _w = person("M"), person("F")
_w["addr"] = _h["addr"]
add("pass", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "one couple's names, current address and shares for the title registration: two people",
    "iso-2022-jp", frm("shoji"), ["真砂先生 <i.masago@masago-shihou.jp>"],
    "所有権保存登記の共有持分について（905号室）",
    body=f"""真砂先生

お世話になっております。東海林です。
905号室のご契約者様の持分が確定しましたのでお知らせします。

　共有者1：{_h['name']}　持分 3/5
　共有者2：{_w['name']}　持分 2/5
　現住所：{_h['addr']}（お二人とも同じ）

ご入居後に住所変更登記をしない形（新住所で保存登記）をご希望です。
住民票の異動は引渡し前に済ませていただく予定です。

東海林
""")

# 018 stop — registration sheet for 12 buyers to the scrivener (XLSX)
_p = people(12)
_rows = [["港北NT 第1期 登記必要事項一覧", "", "", "", "", ""], ["", "", "", "", "", ""],
         ["住戸", "氏名", "生年月日", "現住所", "新住所移転", "持分"]]
for x in _p:
    _rows.append([x["room"], x["name"], x["dob"].isoformat(), x["addr"],
                  R.choice(["済", "予定", "予定", "未定"]), R.choice(["1/1", "1/2", "1/1", "3/4"])])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "XLSX with 12 buyers' names, dates of birth and addresses to an outside scrivener",
    "utf-8", frm("shoji"), [MASAGO],
    "第1期 登記必要事項一覧の送付", cc=[addr_of("iwatsuki")],
    body=f"""司法書士法人真砂事務所　ご担当者様

お世話になっております。日の出産業 東海林です。
第1期（12戸）の登記必要事項を一覧にしましたので添付いたします。
「新住所移転」が未定の方は、決まり次第追ってご連絡いたします。

{sig("shoji")}""",
    attachments=[{"kind": "xlsx", "name": "登記必要事項一覧_第1期.xlsx",
                  "sheets": {"一覧": _rows, "メモ": [["更新日", "2025-06-18"], ["作成", "契約管理課"]]}}])

# 019 stop — a card number relayed to the interior option vendor
_x = person("F")
_cc = card_number(next_seed())
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a buyer's credit card number read over the phone, passed on to the option vendor",
    "cp932", frm("okonogi"), [ROOMDECO],
    f"オプション代金 カード決済のお願い（{_x['room']}号室）",
    body=f"""株式会社ルームデコ
氷見様

お世話になっております。日の出産業の小此木です。
{_x['room']}号室 {_x['name']}様より、オプション（カップボード・エコカラット）の
代金をカード一括で支払いたいとのお電話がありました。お伺いした内容をお伝えします。

　カード番号　{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限　　{R.randint(1, 12):02d}/{R.randint(27, 30)}
　名義　　　　{_x['romaji']}
　金額　　　　643,500円（税込）

決済が完了しましたら、領収書をお客様宛てにお送りください。

{sig("okonogi", 2)}""")

# 020 pass — option price list to one buyer on free mail
_x = person("M")
add("pass", [], ["freemail_recipient"],
    "option price list (business data) to one buyer's personal address",
    "iso-2022-jp", frm("okonogi"), [f"{_x['name']} 様 <{_x['email']}>"],
    "インテリアオプション価格表をお送りします",
    body=f"""{_x['name']} 様

先日はオプション会にお越しいただきありがとうございました。
ご要望のあった品目の価格表をお送りします（税込）。

　・カップボード（W2400 / 上下セット）……… 385,000円
　・エコカラット（リビング壁面 約4.5㎡）…… 176,000円
　・フロアコーティング（UV・全居室）…………… 248,600円
　・網戸（全窓）………………………………………… 52,800円
　・カーテンレール（ダブル・全窓）……………… 61,600円

お申込み締切は7月31日（木）です。
ご不明な点はお気軽にお問い合わせください。

{sig("okonogi", 0)}""")

# 021 stop — a foreign buyer's passport and residence card numbers to the bank
_pp = f"T{R.choice('KRSZ')}{R.randint(1000000, 9999999)}"
_rc = f"{R.choice(['AB', 'EH', 'UR', 'QT'])}{R.randint(10000000, 99999999)}{R.choice(['CD', 'FA', 'JX', 'NE'])}"
add("stop", ["JP_PASSPORT", "JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a foreign buyer's passport and residence card numbers sent to the bank",
    "utf-8", frm("ikari"), ["みどり銀行 千里中央支店 ローン窓口 <senri-loan@midori-ginko.co.jp>"],
    "永住者のお客様の事前審査（タワー千里中央 2704号室）",
    body=f"""みどり銀行 千里中央支店
ローンご担当者様

いつもお世話になっております。日の出産業の猪狩です。
外国籍（永住者）のお客様の事前審査をお願いしたく、本人確認情報をお送りします。

　氏名（旅券表記）：CHEN Wei-Ling（チェン ウェイリン）
　生年月日：1986年9月14日
　国籍：台湾
　旅券番号：{_pp}
　在留カード番号：{_rc}（在留資格：永住者）
　勤務先：株式会社ケイズソフト（正社員・勤続9年）

在留カードの写しは表裏ともお預かりしております。
永住者の場合、配偶者の連帯保証は不要との理解でよろしいでしょうか。

{sig("ikari")}""")

# 022 pass — English mail to one foreign buyer on free mail: what documents to bring
add("pass", [], ["freemail_recipient"],
    "English guidance to one buyer's personal address about which documents to bring",
    "utf-8", frm("ikari"), ["Daniel Fraser <dan.fraser.jp@icloud.com>"],
    "Documents for your mortgage pre-screening (The Hinode Tower Senri-Chuo)",
    body=f"""Dear Mr. Fraser,

Thank you for visiting our model room last Saturday. As promised, here is the list of
documents the bank will ask for when you apply for the pre-screening:

  - Residence card (both sides) and passport
  - Your last two years' withholding tax slips (gensen choshu-hyo)
  - Health insurance card
  - Certificate of residence (juminhyo), issued within 3 months
  - If you are married: your spouse's residence card as well

Please do NOT send copies by e-mail. Bring them to the gallery on your next visit and
we will fill in the application form together; it takes about 40 minutes.

Our gallery is open 10:00-18:00, closed on Wednesdays and Thursdays.

Best regards,
{sig("ikari", 4)}""")

# 023 stop — an internal list sent to a typo of the company's own domain
_p = people(7)
_rows = [["氏名", "メール", "電話", "ランク"]]
for x in _p:
    _rows.append([x["name"], x["email"], x["phone"], R.choice("ABBC")])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "meant for a colleague, but addressed to hinode-sangyou.co.jp (look-alike of the own domain), with 7 prospects",
    "cp932", frm("okonogi"), ["山際 拓海 <t.yamagiwa@hinode-sangyou.co.jp>"],
    "再来場予約のお客様（明日分）",
    body="山際さん\n\nお疲れさまです。明日の再来場予約分です。接客の割振りお願いします。\n\n"
         + "\n".join("\t".join(r) for r in _rows)
         + "\n\n小此木\n")

# 024 pass — lottery result workbook between departments (internal subdomain)
_p = people(11)
_rows = [["第1期 抽選結果", "", "", "", ""], ["住戸", "倍率", "当選者", "電話", "補欠1位"]]
for x in _p:
    _rows.append([x["room"], f"{R.randint(1, 6)}倍", x["name"], x["phone"], R.choice(["あり", "なし"])])
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "internal only (subdomain of the own domain): lottery winners list to contract management",
    "iso-2022-jp", frm("okonogi"), ["契約管理課 <keiyaku@mail.hinode-sangyo.co.jp>"],
    "第1期抽選結果（確定版）",
    body=f"""契約管理課 ご担当各位

お疲れさまです。販売一課 小此木です。
第1期抽選結果の確定版を添付します。契約日程の案内は販売一課から各当選者へ行います。
重説の準備をお願いいたします。

小此木
""",
    attachments=[{"kind": "xlsx", "name": "第1期抽選結果_確定.xlsx", "sheets": {"結果": _rows}}])

# 025 stop — movers' domain with "co." dropped (aoba-unyu.jp), three households
_p = people(3)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "aoba-unyu.jp is a look-alike (dropped co.) of the partner aoba-unyu.co.jp",
    "iso-2022-jp", frm("hazama"), ["sugou@aoba-unyu.jp"],
    "引越し日程（2/28 午前枠）の件",
    body=f"""青葉運輸 引越センター
菅生様

お世話になっております。日の出産業 入居推進課の狭間です。
2/28（土）午前枠の3世帯が確定しましたのでお知らせします。

　・{_p[0]['room']}号室　{_p[0]['name']}様　{_p[0]['phone']}　8:30搬入開始
　・{_p[1]['room']}号室　{_p[1]['name']}様　{_p[1]['phone']}　9:30搬入開始
　・{_p[2]['room']}号室　{_p[2]['name']}様　{_p[2]['phone']}　10:30搬入開始

エレベーター養生は8:00までにお願いします。

{sig("hazama", 2)}""")

# 026 pass — move-in slots by room only, to the real mover
_rows = [["日付", "枠", "住戸", "EV", "備考"]]
for d in ("2/27", "2/28", "3/1"):
    for slot in ("AM1", "AM2", "PM1", "PM2"):
        _rows.append([d, slot, f"{R.randint(2, 14)}0{R.randint(1, 8)}", R.choice(["東", "西"]),
                      R.choice(["", "", "ピアノ搬入", "大型冷蔵庫", "吊り作業の可能性"])])
add("pass", [], [],
    "move-in schedule by room number only: no names or contacts",
    "cp932", frm("hazama"), [AOBA],
    "入居集中期間の搬入スケジュール（確定版）",
    body=f"""青葉運輸株式会社
菅生様

お世話になっております。日の出産業の狭間でございます。
入居集中期間（2/27～3/1）の搬入枠が確定しました。

{padtable(_rows, sep="   ")}

※吊り作業の可能性がある住戸は、事前に現地確認をお願いします。
※荷捌きスペースは敷地北側の来客用駐車場（3台分）をご利用ください。

{sig("hazama", 1)}""")

# 027 pass — three households' contacts for the mover: fewer than five
_p = people(3)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "only three households' names and phones for the mover to call: under the list threshold",
    "utf-8", frm("hazama"), [AOBA],
    "お見積り訪問のご依頼（3世帯）",
    body=f"""菅生様

いつもありがとうございます。狭間です。
提携引越しプランをご希望のお客様が3世帯増えました。訪問見積りのご連絡をお願いします。

{_p[0]['name']}様（{_p[0]['room']}号室）
  TEL {_p[0]['phone']}　平日夜希望

{_p[1]['name']}様（{_p[1]['room']}号室）
  TEL {_p[1]['phone']}　土日希望

{_p[2]['name']}様（{_p[2]['room']}号室）
  TEL {_p[2]['phone']}　いつでも可

よろしくお願いいたします。

狭間
""")

# 028 stop — PDF move-in roster of 12 households to the mover
_p = people(12)
_tbl = [["日付", "時間", "住戸", "ご契約者", "連絡先", "搬出元"]]
for i, x in enumerate(_p):
    _tbl.append([f"3/{7 + i // 4}", f"{8 + (i % 4) * 2}:00", x["room"], x["name"], x["phone"],
                 x["city"]])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "PDF roster of 12 households with names and phone numbers to the moving company",
    "iso-2022-jp", frm("narumi"), [AOBA],
    "浦和美園 入居日程表（3/7～3/9）",
    body=f"""青葉運輸 菅生様

お世話になっております。サンライズコート浦和美園の鳴海です。
3/7～3/9の入居日程表をPDFでお送りします。
前日に各お客様へ確認のお電話をしていただけますと助かります。

{sig("narumi")}""",
    attachments=[{"kind": "pdf", "name": "入居日程表_0307-0309.pdf",
                  "title": "サンライズコート浦和美園 入居日程表",
                  "lines": ["サンライズコート浦和美園 入居日程表（3/7～3/9）", ""], "table": _tbl}])

# 029 stop — HTML-only table of brochure requesters to the portal
_p = people(7)
_rows = [["受付日", "お名前", "メール", "電話", "ご住所"]]
for x in _p:
    _rows.append([f"6/{R.randint(1, 15)}", x["name"], x["email"], x["phone"], x["addr"]])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "HTML table of 7 brochure requesters (address, phone, mail) sent to the portal to check duplicates",
    "utf-8", frm("kume"), [SUMAINAVI],
    "資料請求の重複確認のお願い",
    html=f"""<html><body>
<p>すまいナビ 掲載サポート ご担当者様</p>
<p>いつもお世話になっております。日の出産業 Web企画課の久米です。</p>
<p>6月前半に御社経由で届いた資料請求のうち、弊社サイトからの請求と重複していると思われる方が以下の7件あります。
課金対象から除外いただけるか、ご確認をお願いできますでしょうか。</p>
{htable(_rows)}
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 販売推進部 Web企画課<br>久米 彩<br>TEL 03-5201-8800</p>
</body></html>""")

# 030 pass — HTML-only listing update to the portal (property outline, no people)
_rows = [["項目", "変更前", "変更後"],
         ["販売戸数", "第1期 42戸", "第2期 38戸"],
         ["予定価格", "5,180万円～8,960万円", "5,390万円～9,280万円"],
         ["最多価格帯", "6,200万円台（8戸）", "6,500万円台（7戸）"],
         ["専有面積", "65.12㎡～88.40㎡", "65.12㎡～92.75㎡"],
         ["販売開始", "2025年5月下旬", "2025年8月上旬予定"]]
add("pass", [], [],
    "listing update (prices, areas, dates) to the portal: property data, not people",
    "utf-8", frm("kume"), [SUMAINAVI],
    "【掲載内容変更】ヒノデレジデンス港北ニュータウン 第2期",
    html=f"""<html><body>
<p>すまいナビ 掲載サポート 御中</p>
<p>お世話になっております。日の出産業の久米です。<br>
第2期販売に伴い、物件詳細ページの掲載内容を下記のとおり変更してください。反映希望日は7/25（金）です。</p>
{htable(_rows)}
<p>※「予告広告」の文言（本広告を行い取引を開始するまでは、契約又は予約の申込みに一切応じられません…）は引き続き表示をお願いします。</p>
<p>日の出産業株式会社　Web企画課　久米</p>
</body></html>""")

# 031 stop — forwarding the portal's inquiry digest (attached mail) to the ad agency
_p = people(6)
_inq = "\n\n".join(
    f"■反響No.{R.randint(880000, 889999)}\nお名前：{x['name']}（{x['kana']}）\nメール：{x['email']}\n"
    f"電話：{x['phone']}\nご要望：{R.choice(['資料請求', '来場予約', '価格の問い合わせ', '資料請求・来場予約'])}"
    for x in _p)
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "forwarded portal digest (attached .eml) with 6 inquirers' names, mail and phone, to the ad agency",
    "iso-2022-jp", frm("kume"), [ADPLANTS],
    "FW: 【すまいナビ】反響通知（6件）",
    body=f"""大河内様

お世話になっております。久米です。
ポータル経由の反響がLPの問い合わせフォームと比べてどの程度か見ていただきたく、
昨日分の反響通知をそのまま転送します（添付）。
Web広告の配信エリア見直しの参考にしてください。

久米
""",
    attachments=[{"kind": "eml", "name": "反響通知_0617.eml", "message": {
        "charset": "iso-2022-jp", "sender": "すまいナビ反響通知 <noreply@sumai-navi.jp>",
        "to": ["kohoku-info@hinode-sangyo.co.jp"], "subject": "【すまいナビ】反響通知（6件）",
        "body": f"ヒノデレジデンス港北ニュータウン ご担当者様\n\n以下の反響がありました。\n\n{_inq}\n\n"
                "※本メールは送信専用アドレスから送信しています。\n"}}])

# 032 pass — ad performance numbers in a reply thread (aggregate only)
add("pass", [], [],
    "aggregate ad performance figures; the quoted part is the recipient's own mail",
    "cp932", frm("kume"), ["森永様 <morinaga@sumai-navi.jp>"],
    "Re: 5月度 掲載レポート",
    body=f"""森永様

レポートありがとうございます。
5月は詳細ページPVが前月比+18%の一方、資料請求CVRが1.9%→1.4%に落ちているので、
トップ画像を外観CGからリビングの実写に差し替えて様子を見たいと思います。
画像は来週中にお送りします。

久米

> 日の出産業 久米様
>
> 5月度の掲載レポートをお送りします。
>   詳細ページPV　　　12,480（前月比 +18.2%）
>   資料請求　　　　　　175件（CVR 1.40%）
>   来場予約　　　　　　 31件
>   お気に入り登録　　　402件
>
> すまいナビ 広告運用グループ 森永
""")

# 033 stop — three outside companies visible to each other
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three external organisations (agency, printer, portal) in To: should have been Bcc",
    "iso-2022-jp", frm("shitara"), [ADPLANTS, NISHIKI, "森永様 <morinaga@sumai-navi.jp>"],
    "第2期 販促キックオフのご案内（7/3）",
    body=f"""各社ご担当者様

いつもお世話になっております。日の出産業 広告宣伝課の設楽です。
第2期販売に向けた販促キックオフを下記のとおり開催します。

　日時：7月3日（木）15:00～16:30
　場所：弊社本社 8階 第3会議室（オンライン併用）
　議題：第2期スケジュール、媒体別予算、クリエイティブ方針

ご出席者のお名前を6/30までにご返信ください。

{sig("shitara", 1)}""")

# 034 pass — two outside companies in a normal three-way mail
add("pass", [], ["multiple_external_domains"],
    "two external organisations (agency and printer) in one thread: allowed",
    "iso-2022-jp", frm("shitara"), [ADPLANTS], cc=[NISHIKI],
    subject="チラシ入稿データの受け渡しについて",
    body=f"""大河内様
（CC：錦印刷 寺嶋様）

お世話になっております。設楽です。
今回からチラシの入稿データはアドプランツさんから錦印刷さんへ直接お渡しいただく形にしたいと思います。

　・入稿形式：PDF/X-1a、塗り足し3mm
　・部数：B3両面 48,000部（港北・都筑エリア 6/28 折込）
　・色校：本紙校正1回（6/24 弊社着）

寺嶋様、受け取り用のストレージURLを大河内様へお送りいただけますでしょうか。

設楽
""")

# 035 stop — a buyer's disability, passed to the option vendor for a barrier-free plan
_x = person("M")
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "a named buyer's physical disability (wheelchair, 障害者手帳1級) sent to the option vendor",
    "cp932", frm("yamagiwa"), [ROOMDECO],
    "バリアフリー仕様のご相談（" + _x["room"] + "号室）",
    body=f"""ルームデコ 氷見様

お世話になっております。日の出産業 山際です。
{_x['room']}号室 {_x['name']}様（TEL {_x['phone']}）より、オプションでの
バリアフリー対応のご相談をいただいております。

ご本人が脊髄損傷により車椅子をご利用で、身体障害者手帳1級をお持ちです。
以下が可能かお見積りをお願いできますでしょうか。

　・洗面台を車椅子対応（下部オープン・高さ750mm）に変更
　・トイレの手すり2か所追加、吊戸棚の撤去
　・玄関框の段差解消スロープ（置き型）
　・浴室出入口の段差（現状20mm）の解消可否

住宅改修の助成を使うため、見積書は項目を分けていただけると助かります。

{sig("yamagiwa", 3)}""")

# 036 stop — a buyer who is a DV victim, told to the management company
_x = person("F")
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "names a buyer who is a domestic-violence / stalking victim (crime victim) to the management company",
    "iso-2022-jp", frm("nishina"), [LPKANRI],
    "【重要】入居予定者様の情報取扱いについて",
    body=f"""ライフパートナー管理株式会社
フロント担当 谷地様

いつもお世話になっております。日の出産業 カスタマーリレーション室の仁科でございます。

{_x['room']}号室にご入居予定の{_x['name']}様について、ご本人からご相談がありました。
元配偶者からのDV・つきまといの被害に遭われており、警察に相談のうえ
現在「住民票の閲覧制限（支援措置）」を受けていらっしゃるとのことです。

つきましては、
　・集合郵便受・インターホン・居住者名簿に氏名を表示しない
　・来訪者から在宅の有無や部屋番号を聞かれても一切答えない
　・宅配業者への部屋番号案内も控える
の3点を管理員の方に周知いただけますでしょうか。

ご対応内容をご連絡いただけますと幸いです。

{sig("nishina")}""")

# 037 pass — internal discussion of a sensitive case (all recipients internal)
_x = person("M")
add("pass", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "internal only: a buyer's parent with dementia and the contract-capacity question",
    "utf-8", frm("nishina"), [addr_of("shoji"), addr_of("yamagiwa")],
    "Re: 1203号室 ご契約者様のお父様の件",
    body=f"""東海林さん、山際さん

仁科です。昨日の件、法務とも相談しました。

{_x['name']}様のお父様（連帯債務者予定）は、ご家族のお話ではアルツハイマー型認知症と
診断されて要介護2とのことで、契約行為の意思能力に疑義が出る可能性があります。
お父様を連帯債務者から外して、{_x['sur']}様単独＋親子リレーではない形で
組み直せないか、岩月さんに銀行へ相談してもらうのが良いと思います。

社内限りの話にとどめ、銀行にはご病状を伝えず「債務者構成の変更」として相談してください。

仁科

> 仁科さん
> 1203号室の件、ご契約者様のお父様が連帯債務者になる予定ですが、
> 先日の打合せで少し受け答えが心配な様子でした。どう進めるべきでしょうか。
> 山際
""")

# 038 stop — a ZIP (no password) of a 48-row prospect CSV to the CRM vendor
_p = people(48)
_csv = [["顧客ID", "氏名", "カナ", "メールアドレス", "電話番号", "住所", "初回来場日", "ランク"]]
for i, x in enumerate(_p, 1):
    _csv.append([f"KH{20250000 + i * 7}", x["name"], x["kana"], x["email"], x["phone"], x["addr"],
                 f"2025/{R.randint(3, 6)}/{R.randint(1, 28)}", R.choice("ABCCD")])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "48 prospects (contact data and addresses) in a CSV inside a plain ZIP, sent to the CRM vendor",
    "iso-2022-jp", frm("kume"), [TSUBASA],
    "顧客データ移行テスト用ファイル",
    body=f"""ツバサシステム株式会社
宍戸様

お世話になっております。日の出産業の久米です。
新CRMへの移行テスト用に、港北NTの顧客データを一部抜き出してお送りします（48件）。
文字コードはShift_JISです。カナの半角・全角混在の扱いもご確認いただけますと幸いです。

{sig("kume")}
{DISC_JA2}""",
    attachments=[{"kind": "zip", "name": "migration_test_kohoku.zip",
                  "files": [{"kind": "csv", "name": "customers_kohoku_48.csv", "rows": _csv}]}])

# 039 pass — CRM specification talk with the vendor (field names only)
add("pass", [], [],
    "CRM field design with the vendor: field names and rules only, no records",
    "iso-2022-jp", frm("kume"), [TSUBASA],
    "Re: 顧客マスタ項目定義（第2版）",
    body=f"""宍戸様

第2版ありがとうございます。下記3点、ご検討をお願いします。

(1) 「来場経路」はマスタ化して、ポータル名・チラシ・看板・紹介を選択式に
(2) 「世帯年収」は数値ではなく帯（～600万／～800万／～1000万／1000万超）で保持
(3) 抽選申込の「受付番号」は期ごとに採番、顧客IDとは別項目に

また、本人確認書類の画像はCRMには保存しない方針で確定しました。
個人情報の保存期間（失注客は最終接触から3年）の自動削除もご対応をお願いします。

久米

> 日の出産業 久米様
> 顧客マスタの項目定義書（第2版）を添付いたします。
> ツバサシステム 導入支援グループ 宍戸
""")

# 040 stop — a legacy .xls of past buyers to a portal for a resale campaign
_p = people(9)
_rows = [["物件名", "号室", "氏名", "電話", "メール", "購入年"]]
for x in _p:
    _rows.append(["ヒノデガーデン鷺沼", x["room"], x["name"], x["phone"], x["email"],
                  str(R.randint(2012, 2016))])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "legacy XLS of 9 past buyers' contacts sent to a portal company for a campaign mailing",
    "cp932", frm("kume"), ["マンションポータル 広告営業部 <ads@mansion-portal.com>"],
    "住み替えキャンペーン 配信リストの件",
    body=f"""マンションポータル 広告営業部
ご担当者様

お世話になっております。日の出産業 久米です。
先日ご提案いただいた「住み替えキャンペーン」のメール配信について、
まずはテストとして過去物件のご購入者様リストの一部をお送りします。
古いExcel形式ですみません。

{sig("kume", 2)}""",
    attachments=[{"kind": "xls", "name": "鷺沼_購入者.xls", "sheets": {"Sheet1": _rows}}])

# 041 stop — CSV of 5 applicants with My Numbers sent to the scrivener by mistake
_p = people(5)
_csv = [["住戸", "氏名", "住所", "個人番号", "備考"]]
for x in _p:
    _csv.append([x["room"], x["name"], x["addr"], my_number(next_seed()), "住宅用家屋証明 申請"])
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "CSV with five buyers' My Numbers and addresses to an outside scrivener",
    "cp932", frm("narumi"), ["真砂事務所 補助者 福本様 <fukumoto@masago-shihou.jp>"],
    "住宅用家屋証明の申請用データ",
    body=f"""真砂事務所　福本様

いつもお世話になっております。
サンライズコート浦和美園 販売センターの鳴海です。

住宅用家屋証明の申請に必要とのことでしたので、
お客様からお預かりした書類の内容をCSVにまとめました。
住民票の代わりにマイナンバーで照会できると伺ったので、番号も入れてあります。

ご確認よろしくお願いいたします。

{sig("narumi", 0)}""",
    attachments=[{"kind": "csv", "name": "kaokushomei_5ken.csv", "rows": _csv}])

# 042 stop — a buyer's health-check results forwarded to the bank
_x = person("M")
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a named buyer's health-check results (blood sugar, re-examination) to the bank",
    "utf-8", frm("tokoro"), ["みどり銀行 浦和支店 融資課 <urawa-loan@midori-ginko.co.jp>"],
    "団信 告知前の健診結果の確認について",
    body=f"""みどり銀行 浦和支店 融資課
ご担当者様

いつもお世話になっております。日の出産業 販売二課の野老と申します。

本審査中の{_x['name']}様（{_x['dob']:%Y年%-m月%-d日}生）より、直近の健康診断結果で
要再検査が出ており、団信の告知に影響するか心配されています。結果の概要は以下のとおりです。

　・HbA1c 6.9%（判定D：要精密検査）
　・空腹時血糖 138mg/dL
　・血圧 152/96（判定C：要経過観察）
　・その他 異常なし

精密検査の結果が出る前に告知書を提出してよいか、
あるいは精密検査後の方がよいか、ご教示いただけますでしょうか。

{sig("tokoro")}""")

# 043 stop — English mail to an overseas buyer's agent with the buyer's passport number
_pp = f"E{R.randint(1000000, 9999999)}{R.choice('ABCDEFGH')}"
add("stop", ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "the buyer's passport number and date of birth sent to an overseas agent",
    "utf-8", frm("ikari"), ["Grace Lim <grace.lim@pacifichome.com.sg>"],
    "Unit 3105 - purchaser details for the sales contract",
    body=f"""Dear Ms. Lim,

Thank you for coordinating with your client. To prepare the sales contract for Unit 3105
(The Hinode Tower Senri-Chuo), we have filled in the purchaser section as below. Could you
please ask Mr. Tan to confirm the details are correct?

  Purchaser:        TAN Boon Keat
  Date of birth:    3 March 1979
  Nationality:      Singapore
  Passport No.:     {_pp} (expires 2031-08-19)
  Address:          48 Siglap Drive, Singapore 456178

The deposit (10% of the price, JPY 12,800,000) is due within 7 days of signing.
We will send the Japanese contract with an English translation for reference.

Best regards,
{sig("ikari", 4)}""")

# 044 stop — lottery result congratulation with all five winners in To
_p = people(5)
add("stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "five lottery winners' personal addresses all in To: each sees the others",
    "cp932", frm("narumi"), [x["email"] for x in _p],
    "【当選のお知らせ】サンライズコート浦和美園 第2期登録抽選",
    body=f"""お申込者様

このたびはサンライズコート浦和美園 第2期登録抽選にお申込みいただき
誠にありがとうございました。
厳正なる抽選の結果、ご当選されましたのでお知らせいたします。

つきましては、重要事項説明およびご契約の日程調整のため、
3日以内に販売センターまでお電話ください（048-812-3360）。

ご契約時には申込証拠金（10万円）を手付金の一部に充当いたします。

{sig("narumi", 1)}""")

# 045 stop — reply-all to four outside companies about the pre-delivery inspection
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "reply-all keeps four external companies visible to each other in To/Cc",
    "iso-2022-jp", frm("hazama"), [HORIE, ROOMDECO], cc=[LPKANRI, KAWADEN],
    subject="Re: 内覧会当日の各社ブース配置について",
    body=f"""各社ご担当者様

お世話になっております。日の出産業 狭間です。
ブース配置について、以下で確定とさせてください。

　1F エントランスホール：堀江建設様（受付・指摘事項記入）
　1F 集会室：ルームデコ様（オプション追加受付）
　1F 管理事務室前：ライフパートナー管理様（管理規約説明）
　2F キッズルーム：川崎電機様（家電オプション展示）

電源が必要な場合は前日までにお知らせください。

狭間

> 狭間様
> 堀江建設 梶原です。当日の弊社ブースは受付の近くでお願いできますでしょうか。
""")

# 046 stop — appliance order with a card number, text + HTML alternative
_x = person("M")
_cc = card_number(next_seed())
_cc_fmt = f"{_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}"
add("stop", ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "appliance-option order with a buyer's full credit card number, to the electronics partner",
    "utf-8", frm("ikari"), [KAWADEN],
    f"家電オプション注文（{_x['room']}号室）カード決済分",
    body=f"""川崎電機 真鍋様

いつもお世話になっております。日の出産業 猪狩です。
{_x['room']}号室 {_x['name']}様の家電オプション注文です。

　ドラム式洗濯乾燥機 KD-WX980R　1台
　65型 有機ELテレビ KD-OL65F　1台
　お支払い：クレジットカード（{_cc_fmt}／有効期限 {R.randint(1, 12):02d}/{R.randint(27, 31)}）
　ご連絡先：{_x['phone']}

設置日はお引渡し後の3/15（日）希望です。

猪狩
""",
    html=f"""<html><body><p>川崎電機 真鍋様</p>
<p>いつもお世話になっております。日の出産業 猪狩です。<br>
{_x['room']}号室 {_x['name']}様の家電オプション注文です。</p>
<table border="1" cellpadding="4"><tr><th>品名</th><th>型番</th><th>数量</th></tr>
<tr><td>ドラム式洗濯乾燥機</td><td>KD-WX980R</td><td>1</td></tr>
<tr><td>65型 有機ELテレビ</td><td>KD-OL65F</td><td>1</td></tr></table>
<p>お支払い：クレジットカード（{_cc_fmt}）<br>ご連絡先：{_x['phone']}</p>
<p>設置日はお引渡し後の3/15（日）希望です。</p><p>猪狩</p></body></html>""")

# 047 stop — basic pension number of a retired buyer to the bank
_x = person("M")
_x["dob"] = date(1958, 11, 2)
_bp = f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"
add("stop", ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a retired buyer's 基礎年金番号 and pension amount sent to the bank",
    "iso-2022-jp", frm("tokoro"), ["港南信用金庫 ローンセンター <loan@konan-shinkin.jp>"],
    "年金受給者のお客様のローン相談",
    body=f"""港南信用金庫 ローンセンター御中

お世話になっております。日の出産業 野老です。
年金収入のみのお客様で、借入期間10年の住宅ローンをご相談させてください。

　お名前　　　{_x['name']} 様
　生年月日　　{wareki(_x['dob'], 'zen')}
　基礎年金番号　{_bp}
　年金額　　　年額 2,874,000円（老齢基礎＋老齢厚生）
　借入希望　　1,500万円／10年（自己資金 2,400万円）

年金証書・年金額改定通知書の写しはご来店時にお持ちします。

{sig("tokoro", 2)}""")

# 048 stop — residence card number for the registration of a foreign buyer
_rc = f"{R.choice(['PK', 'LM', 'SV'])}{R.randint(10000000, 99999999)}{R.choice(['BC', 'HT', 'WN'])}"
add("stop", ["JP_RESIDENCE_CARD", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "a foreign buyer's residence card number and address sent to the scrivener",
    "cp932", frm("shoji"), [MASAGO],
    "外国籍のご契約者様の登記書類（1407号室）",
    body=f"""司法書士法人真砂事務所 御中

お世話になっております。東海林です。
1407号室のご契約者様は外国籍の方です。本人確認の事前照合用に在留カードの記載事項をお送りします。

　氏名　　NGUYEN VAN HUNG（グエン　ヴァン　フン）
　住居地　神奈川県横浜市港北区綱島東4丁目7番12号 綱島パークハイツ305
　在留カード番号　{_rc}
　在留資格　永住者　　有効期間　2029年5月20日まで

印鑑証明に代わりサイン証明となる可能性がありますので、ご指示ください。

{sig("shoji", 3)}""")

# 049 stop — refund accounts of six cancelled contracts, full-width, to the outsourced bookkeeper
_p = people(6)
_banks = ["みどり銀行", "ひばり銀行", "港南信用金庫", "ゆうちょ銀行", "東都銀行", "さいたま中央銀行"]
_blk = []
for x in _p:
    _blk.append(f"{zen(x['room'])}号室　{x['name']}様\n"
                f"　返金額：{zen(format(R.choice([100000, 3000000, 5000000, 6500000]), ','))}円\n"
                f"　振込先：{R.choice(_banks)}　{R.choice(['本店', '中央支店', '駅前支店', '〇一八支店'])}　"
                f"普通　{zen(str(R.randint(1000000, 9999999)))}　名義　{x['kana']}")
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "six cancelled buyers' names and personal refund accounts to an outside bookkeeping firm",
    "iso-2022-jp", frm("shoji"), ["アカウントワークス 経理代行チーム <aw-support@accountworks.co.jp>"],
    "手付金・申込証拠金 返金振込のご依頼（６件）",
    body=f"""株式会社アカウントワークス
経理代行チーム ご担当者様

いつもお世話になっております。日の出産業 契約管理課の東海林です。
ローン特約による解除・申込撤回の計６件について、返金振込をお願いいたします。
振込日は６月３０日（月）でお願いします。

{chr(10).join(_blk)}

振込手数料は弊社負担です。

{sig("shoji", 1)}""")

# 050 stop — workbook (title row, two sheets) of 8 buyers' option survey answers to the vendor
_p = people(8)
_s1 = [["インテリアオプション 事前アンケート集計（港北NT 第1期）"], [],
       ["No", "住戸", "お名前", "メール", "電話", "関心のある品目"]]
for i, x in enumerate(_p, 1):
    _s1.append([i, x["room"], x["name"], x["email"], x["phone"],
                "、".join(R.sample(["カップボード", "エコカラット", "フロアコーティング", "照明", "カーテン", "食洗機"], 2))])
_s2 = [["品目", "関心あり件数"], ["カップボード", 5], ["エコカラット", 4], ["フロアコーティング", 3],
       ["照明", 2], ["カーテン", 1], ["食洗機", 1]]
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "XLSX with 8 buyers' names, mail and phones (plus a summary sheet) sent to the option vendor",
    "utf-8", frm("okonogi"), [ROOMDECO],
    "オプション会の事前アンケート集計",
    body=f"""氷見様

お世話になっております。小此木です。
オプション会の事前アンケートを集計しましたので共有します。
当日ブースの人員配置の参考にしてください。集計シートは2枚目です。

小此木
""",
    attachments=[{"kind": "xlsx", "name": "オプション事前アンケート_第1期.xlsx",
                  "sheets": {"回答一覧": _s1, "集計": _s2}, "title": "オプション事前アンケート"}])

# 051 stop — three couples' (six people's) dates of birth in 和暦 to the bank
_c = [(person("M"), person("F")) for _ in range(3)]
_txt = []
for h, w in _c:
    w["sur"] = h["sur"]
    wname = h["sur"] + " " + w["name"].split(" ")[1]
    _txt.append(f"◇{h['room']}号室\n　主債務者　{h['name']}　{wareki(h['dob'], 'abbr')}生　年収{h['income']}万円（{h['employer']}）\n"
                f"　連帯債務者　{wname}　{wareki(w['dob'], 'abbr')}生　年収{w['income'] // 2}万円")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "three couples = six people with dates of birth, income and employer, to the bank",
    "cp932", frm("iwatsuki"), [MIDORI],
    "収入合算（連帯債務）3組の事前審査",
    body=f"""佐久間様

お世話になっております。岩月です。
収入合算（連帯債務）でお申込みの3組について、事前審査をお願いします。
生年月日は申込書の和暦表記のまま転記しています。

{chr(10).join(_txt)}

いずれも団信はデュエット（夫婦連生）をご希望です。

岩月
""")

# 052 stop — a workbook whose title row is stamped 極秘, to the ad agency
_rows = [["【極秘】価格改定シミュレーション（第2期以降）"], [],
         ["タイプ", "現行平均(万円)", "改定案A", "改定案B", "想定消化月数A", "想定消化月数B"],
         ["A 3LDK 72㎡", 6380, 6580, 6480, 5, 4], ["B 3LDK 68㎡", 5980, 6150, 6060, 4, 3],
         ["C 4LDK 82㎡", 7890, 8190, 7990, 7, 6], ["D 2LDK+S 65㎡", 5390, 5490, 5390, 3, 3]]
add("stop", [], ["confidential_marking"],
    "attachment's title row carries a 極秘 classification; sent to the ad agency",
    "iso-2022-jp", frm("shitara"), [ADPLANTS],
    "第2期以降の訴求ポイント検討用資料",
    body=f"""大河内様

お世話になっております。設楽です。
第2期以降のクリエイティブの方向性を検討いただくにあたり、
価格改定の考え方がわかる資料を添付します。どのタイプを前面に出すかのご提案をいただけますと幸いです。

{sig("shitara", 2)}""",
    attachments=[{"kind": "xlsx", "name": "price_sim_2nd.xlsx", "sheets": {"シミュレーション": _rows}}])

# 053 stop — forwarding an internal thread about a buyer's depression to the management company
_x = person("F")
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "forward (new text to the recipient) names a buyer's depression and sick leave, to the management company",
    "utf-8", frm("nishina"), [LPKANRI],
    "転送: 1002号室 騒音のご相談について",
    body=f"""谷地様

お世話になっております。仁科です。
先日お電話でお話しした騒音の件、社内でのやり取りを転送しますので経緯をご確認ください。
管理員さんからの聞き取りをお願いできればと思います。

---------- 転送メッセージ ----------
差出人: 山際 拓海 <t.yamagiwa@hinode-sangyo.co.jp>
日付: 2026年4月8日 17:42
件名: 1002号室 騒音のご相談について
宛先: 仁科 友梨 <y.nishina@hinode-sangyo.co.jp>

仁科さん

1002号室の{_x['name']}様（携帯 {_x['phone']}）から、上階の足音で眠れないとのご相談がありました。
ご本人はうつ病で現在休職中とのことで、主治医からも睡眠環境を整えるよう言われているそうです。
かなり思い詰めたご様子でしたので、早めの対応をお願いします。

山際
""")

# 054 stop — encrypted ZIP of model-room photos to the ad agency
add("stop", [], ["unscannable_attachment"],
    "password ZIP (PPAP) of photos: content cannot be inspected",
    "cp932", frm("shitara"), [ADPLANTS],
    "モデルルーム撮影データ（Bタイプ）",
    body=f"""大河内様

お世話になっております。設楽です。
先日撮影したBタイプモデルルームの写真データをお送りします。
パスワードは後ほど別送いたします。

{sig("shitara", 0)}""",
    attachments=[{"kind": "zip", "name": "MR_Btype_photo.zip", "password": "mr-b-0612",
                  "files": [{"kind": "png", "name": "MR_B_001.png"}, {"kind": "png", "name": "MR_B_002.png"}]}])

# 055 stop — homoglyph look-alike of the bank ("rn" for "m")
add("stop", [], ["lookalike_domain"],
    "rnidori-ginko.co.jp imitates midori-ginko.co.jp (rn/m homoglyph)",
    "iso-2022-jp", frm("iwatsuki"), ["住宅ローンセンター <loan-center@rnidori-ginko.co.jp>"],
    "提携ローン金利（7月適用分）のご確認",
    body=f"""みどり銀行 住宅ローンセンター
ご担当者様

お世話になっております。日の出産業 岩月です。
7月適用の提携ローン金利について、販売資料の更新のため確認させてください。

　変動金利（提携優遇後）　0.455％
　10年固定（当初）　　　　1.250％
　全期間固定（35年）　　　1.890％

上記で相違なければ、ご返信いただけますでしょうか。

{sig("iwatsuki", 1)}""")

# 056 stop — printer's domain with a letter dropped (nishiki-insatu)
add("stop", [], ["lookalike_domain"],
    "nishiki-insatu.co.jp drops the 's' of the partner nishiki-insatsu.co.jp",
    "cp932", frm("shitara"), ["寺嶋様 <terajima@nishiki-insatu.co.jp>"],
    "本紙校正の戻しについて",
    body=f"""錦印刷 寺嶋様

お世話になっております。設楽です。
本紙校正を確認しました。表面の空の色がやや緑がかっているので、
C版を-5%程度調整いただけますでしょうか。それ以外はOKです。

刷了は6/27夕方の予定で変わりなしと理解しています。

設楽
""")

# 057 stop — the law firm's domain with a different TLD; one buyer's complaint
_x = person("M")
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "shirakawa-law.co.jp is a TLD-swap look-alike of the partner shirakawa-law.jp",
    "iso-2022-jp", frm("nishina"), ["白川先生 <shirakawa@shirakawa-law.co.jp>"],
    "ご相談：眺望に関する説明義務違反の申立て",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 仁科です。
ご契約者様から、隣地の建築計画について説明がなかったとして、
契約解除と手付金返還を求める書面が届きました。

　申立人：{_x['name']}様（{_x['room']}号室）　連絡先 {_x['phone']}
　主張：南側の眺望が確保されると営業担当から説明を受けた
　当方：重説に「周辺環境の変化」の記載あり、説明記録あり

来週前半で30分ほどお時間をいただけますでしょうか。

{sig("nishina", 1)}""")

# 058 stop — internal contract list sent to a hyphen-for-dot look-alike of the own domain
_p = people(9)
_rows = [["契約日", "住戸", "契約者", "電話", "手付金"]]
for x in _p:
    _rows.append([f"6/{R.randint(1, 20)}", x["room"], x["name"], x["phone"], f"{R.choice([300, 500, 650])}万円"])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "hinode-sangyo-co.jp (hyphen for dot) is not the company's domain; 9 contracts in the body",
    "utf-8", frm("okonogi"), ["keiyaku@hinode-sangyo-co.jp"],
    "6月契約分 一覧",
    body="契約管理課 御中\n\n6月分の契約一覧です。手付金の入金確認をお願いします。\n\n"
         + "\n".join(", ".join(r) for r in _rows) + "\n\n販売一課 小此木\n")

# 059 stop — English deck (PDF) with a CONFIDENTIAL footer to the overseas co-investor
add("stop", [], ["confidential_marking"],
    "PDF report whose every page carries a CONFIDENTIAL footer, sent outside",
    "utf-8", frm("shitara"), ["Jason Leung <j.leung@harbourcrest.com>"],
    "Monthly sales update - Hinode Residence Kohoku New Town (June)",
    body=f"""Dear Jason,

Please find attached the monthly sales update for June. Highlights:
- Phase 1: 42 of 42 units contracted; Phase 2 launch moved to early August
- Average price per tsubo: JPY 3.21m (+2.4% vs plan)
- Model-room visits: 318 groups (May: 276)

Happy to walk you through it on our call on Thursday.

{sig("shitara", 4)}
{DISC_EN}""",
    attachments=[{"kind": "pdf", "name": "Kohoku_NT_Sales_Update_2025-06.pdf",
                  "title": "Sales Update June 2025", "page_footer": "CONFIDENTIAL - Hinode Sangyo / Harbour Crest",
                  "lines": ["Hinode Residence Kohoku New Town - Sales Update (June 2025)", "",
                            "1. Contract status: Phase 1 sold out (42/42).",
                            "2. Phase 2: 38 units, launch early August, price list under review.",
                            "3. Marketing: newspaper inserts and portal ads; cost per visit JPY 38,200.",
                            "4. Risks: neighbouring site development may affect south-facing units."]}])

# 060 stop — DOCX complaint record with a 取扱注意 header, to the management company
_x = person("M")
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["confidential_marking", "personal_data"],
    "complaint record document stamped 取扱注意 in its header, with the buyer's name and phone",
    "cp932", frm("nishina"), [LPKANRI],
    "クレーム対応記録の共有（共用部の仕様について）",
    body=f"""谷地様

お世話になっております。仁科です。
共用部の仕様に関するクレームの対応記録を共有いたします。
理事会で話題になる可能性がありますので、事前にお目通しください。

仁科
""",
    attachments=[{"kind": "docx", "name": "クレーム対応記録_No.2026-014.docx",
                  "page_header": "取扱注意", "title": "クレーム対応記録",
                  "paragraphs": ["クレーム対応記録 No.2026-014", f"申出人：{_x['name']} 様（{_x['room']}号室）　TEL {_x['phone']}",
                                 "受付日：2026年4月2日　受付者：仁科",
                                 "内容：宅配ボックスの数がパンフレット記載より少ないとのご指摘。",
                                 "経過：パンフレット記載は計画時の数値で、変更は重説で説明済み。設置増設の可否を管理会社と協議中。"],
                  "tables": [[["日付", "対応", "担当"], ["4/2", "電話受付", "仁科"], ["4/5", "現地確認", "山際"],
                              ["4/9", "書面回答（案）作成", "仁科"]]]}])

# 061 stop — 【社外秘】 stamp at the top of the mail itself, to the ad agency
add("stop", [], ["confidential_marking"],
    "the mail body is classified 【社外秘】 and goes to an outside agency",
    "iso-2022-jp", frm("shitara"), [ADPLANTS],
    "【社外秘】第1期 販売進捗と第2期の販促予算",
    body=f"""【社外秘】

大河内様

お世話になっております。設楽です。
次回のメディアプランの前提として、販売進捗と予算をお伝えします。

■第1期　42戸完売（契約率100%、キャンセル待ち17組）
■来場者数　累計1,204組、成約率3.5%
■第2期 販促予算　4,800万円（前期比 -15%）
　うち新聞折込 1,600万円／ポータル 1,400万円／Web広告 1,100万円／その他 700万円

予算減の中でも来場数を維持できるご提案をお願いします。

{sig("shitara")}""")

# 062 stop — PPTX sales report with six customers' rows to the JV partner
_p = people(6)
_slides = [["ザ・ヒノデタワー千里中央 販売状況報告（6月）", "契約累計 186/312戸", "来場 412組 / 申込 37件"]]
_slides.append(["高額住戸 商談中のお客様"] + [
    f"{x['name']}（{x['age']}歳） {x['employer']} 年収{x['income']}万円 TEL {x['phone']}" for x in _p])
_slides.append(["今後の施策", "プレミアム住戸向け個別内覧会（7月）", "法人向け社宅提案の強化"])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "PPTX slide lists six prospects with age, employer, income and phone; sent to the JV partner",
    "utf-8", frm("ikari"), [TOHO],
    "千里中央 6月度 販売状況報告資料",
    body=f"""東邦不動産株式会社
事業推進部 古賀様

いつもお世話になっております。日の出産業の猪狩です。
6月度の販売状況報告資料をお送りいたします。
次回のJV定例会議（7/8）でご説明いたします。

{sig("ikari", 0)}""",
    attachments=[{"kind": "pptx", "name": "千里中央_販売状況報告_6月.pptx", "slides": _slides}])

# 063 stop — one record per block: six prospects for the bank's loan seminar
_p = people(6)
_blk = "\n\n".join(
    f"【{i}】{x['name']} 様\n　TEL：{x['phone']}\n　勤務先：{x['employer']}\n　年収：約{x['income']}万円\n"
    f"　ご相談内容：{R.choice(['ペアローンか単独か', '転職直後でも借りられるか', '繰上返済の方法', '親からの贈与と非課税枠', '変動と固定の比較'])}"
    for i, x in enumerate(_p, 1))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "six prospects' blocks (phone, employer, income) to the bank before a loan seminar",
    "iso-2022-jp", frm("narumi"), ["みどり銀行 浦和支店 ローン相談会係 <urawa-loan@midori-ginko.co.jp>"],
    "6/29 住宅ローン相談会 ご予約者様",
    body=f"""みどり銀行 浦和支店
ローン相談会ご担当者様

お世話になっております。サンライズコート浦和美園の鳴海です。
6/29（日）の住宅ローン相談会のご予約者様をお知らせします。
事前にシミュレーションをご準備いただけますと助かります。

{_blk}

当日は販売センター2階の商談ブースをご利用ください。

鳴海
""")

# 064 stop — 「・」 bullets of five buyers with phones to the contractor
_p = people(5)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "five buyers' names and phone numbers as bullets, sent to the construction company",
    "cp932", frm("hazama"), [HORIE],
    "再内覧（手直し確認会）の対象者様",
    body=f"""堀江建設 梶原所長

お世話になっております。狭間です。
内覧会で指摘が多かった5戸について、再内覧の日程調整をお願いします。
直接お電話いただいて構わないとのことです。

""" + "\n".join(f"・{x['room']}号室　{x['name']}様　{x['phone']}" for x in _p) + f"""

手直し完了報告書は再内覧の前日までにお送りください。

{sig("hazama", 2)}""")

# 065 stop — tab-separated visit reservations to the event staffing company
_p = people(7)
_tsv = "\n".join(["予約日時\t氏名\tカナ\t電話\t人数"] + [
    f"7/{R.randint(5, 6)} {R.choice(['10:00', '11:30', '13:00', '14:30', '16:00'])}\t{x['name']}\t{x['kana']}\t{x['phone']}\t{R.randint(1, 4)}"
    for x in _p])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "tab-separated list of 7 visitors with phones sent to the event staffing company",
    "iso-2022-jp", frm("yamagiwa"), ["イベントクルー 現場手配 <booking@eventcrew.jp>"],
    "7/5・7/6 夏休みフェア 来場予約者",
    body=f"""株式会社イベントクルー
ご担当者様

お世話になっております。日の出産業 山際です。
夏休みフェアの来場予約者です。受付スタッフの方にお渡しください。
（Excelに貼り付けられるようタブ区切りにしています）

{_tsv}

ヨーヨー釣りとバルーンアートの材料は弊社で用意します。

山際
""")

# 066 stop — DOCX table of ten lottery winners to the option vendor
_p = people(10)
_tbl = [["住戸", "ご契約者", "フリガナ", "携帯電話", "メールアドレス"]]
for x in _p:
    _tbl.append([x["room"], x["name"], x["kana"], x["phone"], x["email"]])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "DOCX table of ten winners with mobile numbers and e-mail, sent to the option vendor",
    "cp932", frm("narumi"), ["ルームデコ 浦和チーム <urawa-team@roomdeco.co.jp>"],
    "オプション会ご案内送付先（第2期当選者様）",
    body=f"""ルームデコ 浦和チーム ご担当者様

いつもお世話になっております。日の出産業の鳴海です。
第2期当選者様へのオプション会案内の送付先をお送りします。
案内状の発送と、お電話での予約受付をお願いいたします。

{sig("narumi", 3)}""",
    attachments=[{"kind": "docx", "name": "オプション会案内送付先_第2期.docx",
                  "paragraphs": ["サンライズコート浦和美園 第2期 ご当選者様一覧", "（オプション会案内用）"],
                  "tables": [_tbl]}])

# 067 stop — an applicant's arrest record discussed with the partner law firm
_x = person("M")
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "names an applicant and his arrest record (criminal record) in mail to an outside law firm",
    "iso-2022-jp", frm("nishina"), [SHIRAKAWA],
    "申込者の適格性に関するご相談",
    body=f"""白川先生

いつもお世話になっております。日の出産業 仁科です。

千里中央の第3期でお申込みのあった{_x['name']}様（{_x['dob']:%Y.%m.%d}生）について、
反社チェックの過程で、2018年に恐喝容疑で逮捕された旨の新聞記事が見つかりました
（その後の処分は不明、有罪判決の記事は見当たりません）。

売買契約の締結を見送ることが可能か、見送る場合にどのような説明が適切か、
ご助言をいただけますでしょうか。申込証拠金10万円はお預かりしております。

{sig("nishina", 0)}
{DISC_JA}""")

# 068 stop — a buyer's religion-based request passed to the option vendor
_x = person("F")
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "ties a named buyer to her religion (Muslim prayer and dietary needs) in mail to the vendor",
    "utf-8", frm("ikari"), ["ルームデコ 関西営業所 <kansai@roomdeco.co.jp>"],
    "2108号室 オプションのご要望（礼拝スペース）",
    body=f"""ルームデコ 関西営業所
ご担当者様

お世話になっております。日の出産業 千里中央の猪狩です。

2108号室の{_x['name']}様はご夫婦ともイスラム教徒で、
1日5回の礼拝のための空間を洋室3に設けたいとのご要望です。

　・洋室3のクローゼット扉を撤去し、キブラ（メッカの方角）に向けた壁面を確保
　・礼拝前の清め（ウドゥ）用に、洗面所へハンドシャワー水栓の追加
　・キッチンは豚肉を扱わないため、調理器具収納の仕切りを増やしたい

ご提案とお見積りをお願いいたします。

猪狩
""")

# 069 stop — a corrupt workbook to the bank
add("stop", [], ["unscannable_attachment"],
    "attached workbook is damaged and cannot be opened or scanned",
    "iso-2022-jp", frm("iwatsuki"), [MIDORI],
    "融資実行予定一覧（3月引渡し分）",
    body=f"""佐久間様

お世話になっております。岩月です。
3月引渡し分の融資実行予定一覧をお送りします。金消契約の日程調整にお使いください。

{sig("iwatsuki", 2)}""",
    attachments=[{"kind": "corrupt", "name": "融資実行予定_3月引渡し.xlsx"}])

# 070 stop — password-protected PDF contract to a buyer on free mail
_x = person("F")
add("stop", [], ["unscannable_attachment", "freemail_recipient"],
    "encrypted PDF of the sales contract to a buyer's personal address",
    "cp932", frm("narumi"), [f"{_x['name']} 様 <{_x['email'].replace(_x['email'].split('@')[1], 'yahoo.co.jp')}>"],
    "売買契約書（写）の送付",
    body=f"""{_x['name']} 様

いつもお世話になっております。サンライズコート浦和美園の鳴海です。
先日ご締結いただいた売買契約書の写しをPDFでお送りします。
パスワードはご契約時にお伝えした8桁の数字です。

原本は引渡しまで大切に保管してください。

{sig("narumi", 2)}""",
    attachments=[{"kind": "pdf", "name": "売買契約書_写.pdf", "password": "20250614",
                  "lines": ["不動産売買契約書（写）", f"買主 {_x['name']}", "売主 日の出産業株式会社"]}])

# 071 stop — forwarding a buyer's own mail (attached) with My Number and licence number to the bank
_x = person("M")
_mn = my_number(next_seed())
_lic = f"{R.randint(30, 59)}{R.randint(10, 99)}{R.randint(10000000, 99999999)}"
add("stop", ["JP_MY_NUMBER", "JP_DRIVERS_LICENSE", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "forwards (as attachment) a buyer's mail with his My Number and licence number to the bank",
    "iso-2022-jp", frm("yamagiwa"), [MIDORI],
    "FW: 本人確認書類の件",
    body=f"""佐久間様

お世話になっております。日の出産業の山際です。
{_x['room']}号室のお客様から本人確認書類の内容がメールで届きましたので、
そのまま転送いたします（添付メールをご覧ください）。

山際
""",
    attachments=[{"kind": "eml", "name": "本人確認書類の件.eml", "message": {
        "charset": "utf-8", "sender": f"{_x['name']} <{_x['email']}>",
        "to": ["t.yamagiwa@hinode-sangyo.co.jp"], "subject": "本人確認書類の件",
        "body": f"""山際さん

お世話になります。{_x['sur']}です。
スキャナーがなくて画像を送れないので、内容を打ち込みました。

氏名：{_x['name']}
住所：{_x['addr']}
マイナンバー：{_mn}
運転免許証番号：{_lic}

これで審査を進めていただけますか。よろしくお願いします。
"""}}])

# 072 stop — parking lottery entrants with car plates and phones to the parking operator
_p = people(6)
_rows = [["区画希望", "住戸", "氏名", "車種", "ナンバー", "電話"]]
for x in _p:
    _rows.append([R.choice(["平置", "機械式上段", "機械式下段"]), x["room"], x["name"],
                  R.choice(["プリウス", "N-BOX", "フリード", "CX-5", "アクア", "ボルボXC40"]),
                  f"横浜 3{R.randint(0, 9)}{R.randint(0, 9)} {R.choice('あさなわ')} {R.randint(10, 99)}-{R.randint(10, 99)}",
                  x["phone"]])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "six parking-lottery entrants with phone numbers and car plates sent to the parking operator",
    "utf-8", frm("hazama"), ["パークステーション 管理部 <ps-info@parkstation.co.jp>"],
    "駐車場区画抽選 申込者一覧",
    body=f"""株式会社パークステーション 管理部
ご担当者様

お世話になっております。日の出産業の狭間です。
港北NTの駐車場区画抽選の申込者一覧をお送りします。
機械式の車両制限（高さ1,550mm）に合わない車種がないかご確認ください。

{padtable(_rows, sep=" | ")}

{sig("hazama", 3)}""")


def corp_number(base12: str) -> str:
    """法人番号: check digit = 9 - (Σ P_n·Q_n mod 9), Q_n = 1 (n odd) / 2 (n even), n from the right."""
    total = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base12), 1))
    return str(9 - total % 9) + base12


# 073 pass — scrivener's fee estimate discussed (business only)
add("pass", [], [],
    "fees and schedule with the scrivener: estimate number, no buyer data",
    "iso-2022-jp", frm("shoji"), ["真砂先生 <i.masago@masago-shihou.jp>"],
    "Re: 登記費用お見積り（見積番号 MS-2025-0418）",
    body=f"""真砂先生

お見積りありがとうございます。
第1期42戸分、下記の条件で社内稟議にかけます。

　・所有権保存登記　1戸あたり報酬 38,500円（税込）
　・抵当権設定登記　1戸あたり報酬 33,000円（税込）
　・住宅用家屋証明 取得代行　1戸あたり 5,500円（税込）
　・登録免許税・実費は別途、お客様ごとに精算

決済日は2026年2月20日・27日の2回に分ける予定です。
稟議が通り次第、正式に発注書をお送りします。

東海林

> 日の出産業株式会社 東海林様
> 先日のお打合せありがとうございました。お見積書（MS-2025-0418）をお送りします。
> 司法書士法人真砂事務所 真砂
""")

# 074 pass — talk about an NDA with the ad agency (no marking, no data)
add("pass", [], [],
    "mail about signing a 秘密保持契約 with the agency; mentions confidentiality but carries no marking",
    "cp932", frm("shitara"), [ADPLANTS],
    "秘密保持契約書の締結について",
    body=f"""大河内様

いつもお世話になっております。設楽です。
第2期の価格情報や顧客属性の分析データを共有するにあたり、
法務から秘密保持契約書（NDA）を先に締結するよう指示がありました。

弊社ひな形をお送りしますので、御社法務でご確認のうえ、
修正のご希望があれば見え消しでお戻しください。
特に「秘密情報の範囲」と「有効期間（契約終了後3年）」をご確認いただければと思います。

締結後に、分析データの受け渡し方法（弊社ファイル共有サービス経由）をご案内します。

{sig("shitara", 1)}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_ひな形_日の出産業.docx",
                  "paragraphs": ["秘密保持契約書", "日の出産業株式会社（以下「甲」という。）と株式会社アドプランツ（以下「乙」という。）は、"
                                 "甲の分譲マンション販売促進業務に関して開示される秘密情報の取扱いについて、次のとおり契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する販売価格、販売計画その他の情報をいう。",
                                 "第2条（有効期間）本契約の有効期間は締結日から1年間とし、秘密保持義務は契約終了後3年間存続する。"]}])

# 075 pass — declining to send internal material (the word 社外秘 is only mentioned)
add("pass", [], [],
    "mentions that a document is 社外秘 in order to decline sending it; nothing is marked or attached",
    "iso-2022-jp", frm("kume"), ["森永様 <morinaga@sumai-navi.jp>"],
    "Re: 成約データのご提供について",
    body=f"""森永様

お問い合わせありがとうございます。
ご依頼の「住戸別の成約価格データ」ですが、社内で社外秘扱いとなっている資料のため、
大変恐縮ながらご提供はいたしかねます。
代わりに、公表済みの「最多価格帯」「平均坪単価」であればお出しできますので、
記事の構成にお使いいただけるかご検討ください。

久米

> 日の出産業 久米様
> 特集記事「港北エリアの新築マンション価格動向」で、住戸別の成約価格を
> 匿名化したうえで掲載させていただけないでしょうか。
""")

# 076 pass — list of galleries and sales centres (businesses, not people)
_rows = [["拠点", "所在地", "電話", "営業時間", "定休日"],
         ["港北NT マンションギャラリー", "横浜市都筑区中川中央1-28-3", "045-910-7721", "10:00-18:00", "水・木"],
         ["浦和美園 販売センター", "さいたま市緑区美園5-3-2", "048-812-3360", "10:00-18:00", "火・水"],
         ["千里中央 マンションギャラリー", "豊中市新千里東町1-4-10", "06-6836-7150", "10:00-19:00", "水"],
         ["日本橋 住まいのサロン", "中央区日本橋2-11-6 1F", "03-5201-8877", "11:00-19:00", "水"]]
add("pass", [], [],
    "list of the company's own sales offices (business contact data only)",
    "utf-8", frm("kume"), ["すまいナビ 企業ページ担当 <corp-page@sumai-navi.jp>"],
    "企業ページの販売拠点情報 更新のお願い",
    body=f"""すまいナビ 企業ページご担当者様

お世話になっております。日の出産業の久米です。
企業ページの「販売拠点一覧」を以下の内容に更新してください。

{padtable(_rows, sep="  ")}

「日本橋 住まいのサロン」は7/1オープンの新拠点です。

久米
""",
    html=f"""<html><body><p>すまいナビ 企業ページご担当者様</p>
<p>お世話になっております。日の出産業の久米です。<br>企業ページの「販売拠点一覧」を以下の内容に更新してください。</p>
{htable(_rows)}
<p>「日本橋 住まいのサロン」は7/1オープンの新拠点です。</p><p>久米</p></body></html>""")

# 077 pass — invoice for a referral fee with the company's own 登録番号 (corporate number)
_cn = corp_number("010401" + str(R.randint(100000, 999999)))
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "invoice mail with the company's T-number and corporate bank account: business data, not a person's",
    "cp932", frm("shoji"), ["ルームデコ 経理部 <keiri@roomdeco.co.jp>"],
    "ご請求書送付のご案内（請求番号 HS-INV-25-0712）",
    body=f"""株式会社ルームデコ 経理部 御中

いつもお世話になっております。日の出産業 契約管理課の東海林です。
6月分のオプション販売に係る紹介手数料につきまして、下記のとおりご請求申し上げます。

　請求番号：HS-INV-25-0712
　件名　　：港北NT インテリアオプション販売手数料（6月分 27件）
　金額　　：1,284,800円（うち消費税 116,800円）
　お支払期日：2025年7月31日
　お振込先：みどり銀行 日本橋支店 当座 0284416 ヒノデサンギョウ（カ
　適格請求書発行事業者登録番号：T{_cn}

請求書原本（PDF）を添付いたします。

{sig("shoji", 0)}""",
    attachments=[{"kind": "pdf", "name": "請求書_HS-INV-25-0712.pdf", "title": "請求書",
                  "lines": ["請求書", "株式会社ルームデコ 御中", "請求番号 HS-INV-25-0712",
                            f"日の出産業株式会社 登録番号 T{_cn}", "ご請求金額 1,284,800円（税込）"],
                  "table": [["品目", "数量", "金額"], ["オプション販売手数料（6月分）", "27", "1,168,000"],
                            ["消費税（10%）", "", "116,800"]]}])

# 078 pass — English order to an overseas furniture supplier for the model room
add("pass", [], [],
    "English purchase mail to an overseas supplier: SKUs, PO number, delivery; no personal data",
    "utf-8", frm("ikari"), ["Nordvik Interiors Orders <orders@nordvik-interiors.com>"],
    "PO HS-2025-117 - model room furniture, The Hinode Tower Senri-Chuo",
    body=f"""Dear Nordvik team,

Following your quotation Q-5582, please accept our purchase order HS-2025-117 for the
model room (Type 70B) at The Hinode Tower Senri-Chuo:

  Item                         SKU          Qty   Unit (EUR)
  Lounge sofa, 3-seater, oak   NV-SF-310       1     2,980
  Dining table 180 cm          NV-DT-180       1     1,640
  Dining chair, light grey     NV-DC-022       4       395
  Pendant lamp, opal           NV-PL-07        2       260

Delivery: DDP Osaka, by 25 August 2025. Site contact and access details will follow
from our contractor once the booking is confirmed.

Kind regards,
{sig("ikari", 4)}
{DISC_EN}""")

# 079 pass — internal: referral-fee payee's My Number to accounting (internal only)
_x = person("F")
_mn = my_number(next_seed())
add("pass", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "internal only: a referrer's My Number to the company's accounting for the payment record",
    "iso-2022-jp", frm("yamagiwa"), ["経理部 支払担当 <shiharai@hinode-sangyo.co.jp>"],
    "紹介謝礼の支払調書用 個人番号のご連絡",
    body=f"""経理部 支払担当 御中

お疲れさまです。販売一課の山際です。
ご契約者紹介キャンペーンの謝礼（10万円）を支払う紹介者様の個人番号です。
番号確認書類・身元確認書類の写しは社内便で送りました。

　氏名　　{_x['name']}（{_x['kana']}）
　住所　　{_x['addr']}
　個人番号　{_mn}

支払調書の作成をお願いします。

山際
""")

# 080 pass — reply to the hotel; the attendee list below is only quoted from its own mail
_p = people(6)
_q = "\n".join(f"> {x['name']}様　{x['phone']}　{R.randint(1, 3)}名" for x in _p)
add("pass", [], [],
    "short new text; the list of attendees is quoted (>) from the hotel's own mail",
    "cp932", frm("okonogi"), [SAKURA],
    "Re: 【確認】抽選会 当日キャンセル連絡のあった方",
    body=f"""さくらホテル 宴会予約係 御中

ご連絡ありがとうございます。
下記6組の方は弊社でもキャンセルを確認済みです。受付名簿から外していただいて大丈夫です。
お席は詰めずにそのままで結構です。

小此木

{_q}
> 上記6組より、フロントに当日キャンセルのご連絡がございました。
> さくらホテル 宴会予約係
""")

# 081 pass — bank correspondence where the customer's details are only in the quoted part
_x = person("M")
add("pass", [], [],
    "new text is a short acknowledgement; the buyer's details are under -----Original Message-----",
    "iso-2022-jp", frm("iwatsuki"), [MIDORI],
    "RE: 事前審査結果のご連絡（承認）",
    body=f"""佐久間様

ご連絡ありがとうございます。承認の旨、お客様にお伝えします。
本審査の申込書は来週中にご提出いたします。

岩月

-----Original Message-----
From: 佐久間 浩 <sakuma.h@midori-ginko.co.jp>
Sent: Friday, June 20, 2025 11:03 AM
To: 岩月 恭平 <k.iwatsuki@hinode-sangyo.co.jp>
Subject: 事前審査結果のご連絡（承認）

日の出産業 岩月様

下記のお客様の事前審査が承認となりましたのでご連絡いたします。
　お客様：{_x['name']} 様（{_x['dob']:%Y/%m/%d}生）
　勤務先：{_x['employer']}
　承認額：5,600万円／35年／変動（店頭金利 -1.975%）
　連絡先：{_x['phone']}
""")

# 082 pass — contract appointment confirmation to one buyer on a carrier address
_x = person("M", domain="docomo.ne.jp")
add("pass", [], ["freemail_recipient"],
    "appointment confirmation to one buyer's carrier mail; only what to bring",
    "iso-2022-jp", frm("narumi"), [_x["email"]],
    "ご契約日時のご確認",
    body=f"""{_x['sur']}様

いつもお世話になっております。サンライズコート浦和美園の鳴海です。
ご契約の日時を下記のとおり承りました。

　6月28日（土）13:00～（約2時間）　販売センター2階

当日お持ちいただくもの
　・ご実印
　・本人確認書類（運転免許証など）
　・収入印紙代 10,000円（売買契約書貼付分）
　・手付金は前日までにお振込みをお願いします

駐車場は販売センター前をご利用ください。

鳴海（048-812-3360）
""")

# 083 pass — reply to one buyer's complaint about construction noise
_x = person("F", domain="outlook.jp")
add("pass", [], ["freemail_recipient"],
    "apology and explanation to one complaining buyer at a personal address",
    "utf-8", frm("nishina"), [f"{_x['name']} 様 <{_x['email']}>"],
    "Re: 工事の騒音について",
    body=f"""{_x['name']} 様

このたびはご不快な思いをおかけし、誠に申し訳ございません。
日の出産業 カスタマーリレーション室の仁科でございます。

施工会社に確認しましたところ、6月16日（月）から20日（金）まで、
外構工事で削岩機を使用しておりました。作業時間は8:30～17:00と定めておりますが、
一部7:50頃から搬入車両の待機が発生していたことが分かりました。

今後は8:30より前の待機をしないよう、施工会社に徹底させます。
引き続きご不便をおかけしますが、何卒ご容赦くださいますようお願い申し上げます。

{sig("nishina", 1)}
> 毎朝8時前から大きな音がしていて、子どもが起きてしまいます。
> 工事の時間はどうなっているのでしょうか。
""")

# 084 pass — defect list by room number to the contractor
_rows = [["住戸", "場所", "指摘内容", "区分"]]
for _ in range(10):
    _rows.append([f"{R.randint(2, 14)}0{R.randint(1, 8)}",
                  R.choice(["LDK", "洋室1", "洋室2", "洗面所", "玄関", "バルコニー", "キッチン"]),
                  R.choice(["フローリングに擦り傷", "建具の建付け不良（開閉時に擦れる）", "クロスの継ぎ目の浮き",
                            "巾木の隙間", "コーキング切れ", "床鳴り", "扉のストッパー未設置"]),
                  R.choice(["A", "B", "B", "C"])])
add("pass", [], [],
    "pre-delivery defect list keyed by room number only, to the contractor",
    "iso-2022-jp", frm("hazama"), [HORIE],
    "内覧会 指摘事項（1日目分）",
    body=f"""梶原所長

お疲れさまです。狭間です。
内覧会1日目の指摘事項です（区分A：引渡し前必須／B：引渡し前／C：引渡し後可）。

{padtable(_rows, sep="　", rule="＝")}

2日目分は明日夕方にまとめて送ります。

狭間
""")

# 085 pass — PPTX marketing plan for the agency (no people)
add("pass", [], [],
    "marketing plan deck for the agency: media, budget, schedule; no personal data or marking",
    "utf-8", frm("shitara"), [ADPLANTS],
    "第2期 販促プラン（たたき台）",
    body=f"""大河内様

お世話になっております。設楽です。
第2期の販促プランのたたき台を作りましたので、ご意見をください。
特に「ファミリー層向けWeb広告」のターゲティング案について、御社の知見をいただきたいです。

設楽
""",
    attachments=[{"kind": "pptx", "name": "第2期販促プラン_たたき台.pptx", "title": "第2期販促プラン",
                  "slides": [["第2期 販促プラン（たたき台）", "ヒノデレジデンス港北ニュータウン", "2025年7月 広告宣伝課"],
                             ["ターゲット", "30代後半～40代の子育て世帯", "港北・都筑・青葉区の賃貸居住者", "年収800万円以上の共働き世帯"],
                             ["媒体と予算", "新聞折込 1,600万円", "ポータル 1,400万円", "Web広告 1,100万円", "看板・その他 700万円"],
                             ["スケジュール", "7月下旬 予告広告開始", "8月上旬 第2期登録受付", "8月下旬 抽選会"]]}])

# 086 pass — one household (four people) registered with the management company
_h = person("M")
_kids = [("長男", R.choice(GIVEN_M)[0], date(2016, 4, 11)), ("長女", R.choice(GIVEN_F)[0], date(2019, 12, 3))]
_wf = R.choice(GIVEN_F)[0]
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "one household's move-in registration (four family members): under the list threshold",
    "cp932", frm("hazama"), [LPKANRI],
    f"入居者届のご送付（{_h['room']}号室）",
    body=f"""ライフパートナー管理 谷地様

お世話になっております。狭間です。
先行して書面をいただいた{_h['room']}号室の入居者届の内容をお送りします。

　世帯主　　{_h['name']}　{_h['dob']:%Y/%m/%d}生　携帯 {_h['phone']}
　配偶者　　{_h['sur']} {_wf}　{date(1988, 7, 21):%Y/%m/%d}生
　{_kids[0][0]}　　　{_h['sur']} {_kids[0][1]}　{_kids[0][2]:%Y/%m/%d}生
　{_kids[1][0]}　　　{_h['sur']} {_kids[1][1]}　{_kids[1][2]:%Y/%m/%d}生
　緊急連絡先　本人携帯に同じ
　ペット　　　なし

原本は鍵引渡し時にフロントへお渡しします。

狭間
""")

# 087 pass — consulting the partner law firm about one buyer's claim (no sensitive data)
_x = person("M")
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one buyer named with his phone in a legal consultation with the partner law firm: one person",
    "iso-2022-jp", frm("nishina"), [SHIRAKAWA],
    "ご相談：引渡し遅延に伴う仮住まい費用の請求",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 仁科です。

港北NT 第1期の引渡しが資材遅延で2週間延びた件で、
{_x['room']}号室の{_x['name']}様（{_x['phone']}）から、仮住まい（マンスリーマンション）の
費用 約28万円を負担してほしいとの申入れがありました。

売買契約書第15条（引渡し遅延）には「不可抗力による場合は責を負わない」とありますが、
今回の資材遅延が不可抗力に当たるか、ご見解を伺えますでしょうか。
他の41戸への波及も心配しております。

{sig("nishina", 0)}""")

# 088 pass — draft explanation document to the scrivener (DOCX, no personal data)
add("pass", [], [],
    "DOCX draft of the property section of 重要事項説明書: building facts only",
    "utf-8", frm("shoji"), [MASAGO],
    "重要事項説明書（物件概要部分）ドラフト",
    body=f"""司法書士法人真砂事務所 御中

お世話になっております。東海林です。
第2期用の重要事項説明書のうち、登記記録に関する部分のドラフトをお送りします。
表題部・敷地権の記載に誤りがないかご確認をお願いいたします。

{sig("shoji", 2)}""",
    attachments=[{"kind": "docx", "name": "重説_登記記録欄_第2期_draft.docx",
                  "paragraphs": ["重要事項説明書（第2期） 登記記録に記録された事項（ドラフト）",
                                 "一棟の建物の表示：横浜市都筑区中川中央一丁目28番地3　鉄筋コンクリート造地上14階建",
                                 "敷地権の種類：所有権　敷地権の割合：各住戸の専有面積の割合による",
                                 "権利部（乙区）：抵当権設定 なし（引渡し時までに抹消予定の担保権なし）"],
                  "tables": [[["地番", "地目", "地積（㎡）"], ["28番3", "宅地", "6,842.17"], ["28番5", "宅地", "312.40"]]]}])

# 089 pass — one buyer's details for a housing certificate, full-width and 和暦
_x = person("F")
add("pass", ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"], ["personal_data"],
    "one buyer's name, address and 和暦 date of birth (full-width) to the scrivener: one person",
    "cp932", frm("narumi"), ["真砂事務所 補助者 福本様 <fukumoto@masago-shihou.jp>"],
    "住宅用家屋証明（７０３号室）の件",
    body=f"""福本様

お世話になっております。鳴海です。
７０３号室のご契約者様は単独名義です。申請書記載用の情報をお送りします。

　氏名　　　{_x['name']}
　生年月日　{wareki(_x['dob'], 'zen')}
　現住所　　{zen(_x['addr'])}
　入居予定　令和８年３月１４日

住民票は新住所で取得予定です。

鳴海
""")

# 090 pass — English mail about a confidentiality agreement (the word is the document's name)
add("pass", [], [],
    "English mail about negotiating a confidentiality agreement; no marking, no data",
    "utf-8", frm("shitara"), ["Jason Leung <j.leung@harbourcrest.com>"],
    "Confidentiality agreement - your comments on clause 7",
    body=f"""Dear Jason,

Thank you for the marked-up confidentiality agreement. Our legal team accepts your changes
to clauses 2 to 6. On clause 7 (return or destruction of information), we would prefer
to keep the 30-day period rather than 10 business days, as some sales records are held
by our outsourced contractors.

If that works for you, we can sign electronically next week.

Best regards,
{sig("shitara", 4)}
{DISC_EN}""")

# 091 pass — internal only: a 社外秘 workbook between head office and a gallery
_rows = [["第2期 価格決定稟議 添付資料"], [], ["タイプ", "戸数", "平均価格(万円)", "承認"],
         ["A", 12, 6580, "済"], ["B", 10, 6150, "済"], ["C", 8, 8190, "保留"], ["D", 8, 5490, "済"]]
add("pass", [], [],
    "internal only: a 社外秘 price workbook between head office and the gallery",
    "iso-2022-jp", frm("shitara"), [addr_of("yamagiwa"), addr_of("okonogi")],
    "【社外秘】第2期 価格決定の件",
    body=f"""山際さん、小此木さん

お疲れさまです。設楽です。
第2期の価格が昨日の経営会議で決定しました（Cタイプのみ保留）。
ファイルは社外秘です。代理店・ポータルには帯表記のみ伝えてください。

設楽
""",
    attachments=[{"kind": "xlsx", "name": "第2期価格決定_社外秘.xlsx", "sheets": {"決定": _rows},
                  "page_header": "社外秘"}])

# 092 pass — reply to a buyer whose own details are only in the quoted text
_x = person("M", domain="gmail.com")
add("pass", [], ["freemail_recipient"],
    "short reply to one buyer; his own details appear only in the quoted text",
    "utf-8", frm("yamagiwa"), [f"{_x['name']} <{_x['email']}>"],
    "Re: 登録申込書の記入内容について",
    body=f"""{_x['sur']}様

ご連絡ありがとうございます。
記入内容、確かに承りました。訂正箇所は当方で修正しておきます。
抽選会は7月13日（日）14:00からです。当日お待ちしております。

山際

On 2025/06/21 22:14, {_x['name']} <{_x['email']}> wrote:
> 山際様
> 登録申込書の住所を書き間違えていました。正しくは以下です。
> {_x['addr']}
> 電話番号は {_x['phone']} です。
> よろしくお願いします。
""")

# 093 pass — ad report CSV with aggregate numbers only
_csv = [["日付", "媒体", "表示回数", "クリック", "資料請求", "来場予約"]]
for d in range(1, 11):
    for media in ("検索広告", "SNS広告"):
        imp = R.randint(8000, 30000)
        clk = imp * R.randint(8, 25) // 1000
        _csv.append([f"2025-06-{d:02d}", media, imp, clk, clk * R.randint(2, 6) // 100, R.randint(0, 3)])
add("pass", [], [],
    "daily ad metrics CSV (impressions, clicks, conversions): no people",
    "utf-8", frm("kume"), [ADPLANTS],
    "Web広告 6月上旬実績の共有",
    body=f"""大河内様

お世話になっております。久米です。
6月上旬のWeb広告の実績をCSVでお送りします（管理画面からのエクスポートです）。
SNS広告の資料請求単価が上がっているので、クリエイティブの差し替えをご検討ください。

久米
""",
    attachments=[{"kind": "csv", "name": "web_ads_2025-06-01_10.csv", "rows": _csv, "encoding": "utf-8"}])

# 094 pass — settlement date with the bank and the scrivener: two external organisations
add("pass", [], ["multiple_external_domains"],
    "three-way scheduling mail (bank and scrivener): two external organisations are allowed",
    "iso-2022-jp", frm("shoji"), [MIDORI, "真砂先生 <i.masago@masago-shihou.jp>"],
    "第1期 決済日の確定について",
    body=f"""みどり銀行 佐久間様
司法書士法人真砂事務所 真砂先生

お世話になっております。日の出産業 東海林です。
第1期の決済・引渡し日を下記で確定とさせてください。

　第1回：2026年2月20日（金）10:00～　みどり銀行 センター南支店 2階応接室（21戸）
　第2回：2026年2月27日（金）10:00～　同上（21戸）

各回の対象住戸と融資実行額の一覧は、佐久間様から真砂先生へ直接お送りいただけますでしょうか。
弊社からは鍵と引渡確認書を持参いたします。

{sig("shoji", 3)}""")

# 095 pass — unencrypted ZIP of floor-plan PDFs to the portal
add("pass", [], [],
    "plain ZIP of floor-plan PDFs for the listing: readable, no personal data",
    "cp932", frm("kume"), [SUMAINAVI],
    "第2期 間取り図データの送付",
    body=f"""すまいナビ 掲載サポート ご担当者様

お世話になっております。日の出産業の久米です。
第2期の間取り図（4タイプ）をZIPでお送りします。掲載用に差し替えをお願いいたします。

久米
""",
    attachments=[{"kind": "zip", "name": "madori_2nd.zip", "files": [
        {"kind": "pdf", "name": f"madori_{t}.pdf",
         "lines": [f"{t}タイプ 3LDK", f"専有面積 {a}㎡　バルコニー {round(a * 0.16, 2)}㎡",
                   "※図面と実際とは多少異なる場合があります。"]}
        for t, a in (("A", 72.41), ("B", 68.15), ("C", 81.96), ("D", 65.12))]}])

# 096 pass — four loan-seminar bookings to the bank: under the list threshold
_p = people(4)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "four people's names and phones for the bank's loan seminar: below five records",
    "utf-8", frm("ikari"), ["みどり銀行 千里中央支店 ローン窓口 <senri-loan@midori-ginko.co.jp>"],
    "7/12 ローン相談会 ご予約4組",
    body=f"""みどり銀行 千里中央支店
ローン窓口ご担当者様

お世話になっております。日の出産業の猪狩です。
7/12（土）のローン相談会は以下の4組です。

""" + "\n".join(f"{i}. {x['name']} 様　{x['phone']}　{t}" for i, (x, t) in
               enumerate(zip(_p, ["10:00", "11:00", "13:30", "15:00"]), 1)) + f"""

よろしくお願いいたします。

{sig("ikari", 2)}""")

# 097 pass — forwarding the contractor's schedule notice (attached mail) to the mover
add("pass", [], [],
    "forward of the contractor's site schedule (attached mail): business information only",
    "iso-2022-jp", frm("hazama"), [AOBA],
    "FW: 外構工事完了と搬入経路の変更について",
    body=f"""菅生様

お世話になっております。狭間です。
堀江建設さんから搬入経路変更の連絡がありましたので、転送いたします。
2/27以降は北側ゲートからの搬入となりますのでご注意ください。

狭間
""",
    attachments=[{"kind": "eml", "name": "搬入経路の変更について.eml", "message": {
        "charset": "iso-2022-jp", "sender": "梶原 <kajiwara@horie-kensetsu.co.jp>",
        "to": ["k.hazama@hinode-sangyo.co.jp"], "subject": "外構工事完了と搬入経路の変更について",
        "body": "日の出産業 狭間様\n\n外構工事が2/25に完了予定です。\n"
                "2/27以降、引越し車両は北側ゲート（幅員4.5m）からの進入となります。\n"
                "南側の仮設ゲートは2/26に撤去します。\n\n堀江建設 作業所 梶原\n"}}])

# 098 either — five buyers by name and room only, to the management company
_p = people(5)
add("either", ["PERSON_NAME"], ["personal_data"],
    "five buyers' names with room numbers only (no contact data) to the management company that will serve them",
    "cp932", frm("hazama"), [LPKANRI],
    "鍵引渡し 2/20 午前の部",
    body=f"""谷地様

お世話になっております。狭間です。
2/20（金）午前の鍵引渡しは以下の5戸です。管理事務室でのご説明をお願いします。

""" + "\n".join(f"　{t}　{x['room']}号室　{x['name']}様" for x, t in
               zip(_p, ["10:00", "10:20", "10:40", "11:00", "11:20"])) + """

狭間
""")

# 099 either — a buyer's own medical condition written back to her own personal address
_x = person("F", domain="icloud.com")
add("either", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data", "freemail_recipient"],
    "the buyer's own illness restated to her own personal address: her data, but health data on free mail",
    "utf-8", frm("iwatsuki"), [f"{_x['name']} 様 <{_x['email']}>"],
    "団信のお申込みについてのご案内",
    body=f"""{_x['name']} 様

いつもお世話になっております。日の出産業の岩月です。
先日ご相談いただいた件、銀行に確認いたしました。

1型糖尿病でインスリン治療中とのことですので、一般団信ではなく
「ワイド団信」（金利+0.3%）でのお申込みが可能とのことです。
主治医の診断書（直近3か月以内）をご用意いただけますでしょうか。

ご不明な点はお気軽にお尋ねください。

{sig("iwatsuki", 0)}""")

# 100 either — three family members on separate personal addresses all in To
_h = person("M", domain="gmail.com")
_w = person("F", domain="yahoo.co.jp")
_f = person("M", domain="ezweb.ne.jp")
add("either", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "three private addresses visible to each other, but they are one family (buyer, spouse, father funding the deposit)",
    "iso-2022-jp", frm("narumi"), [_h["email"], _w["email"], _f["email"]],
    "贈与資金のお振込みについて",
    body=f"""{_h['sur']}様
（ご主人様・奥様・お父様へ同報でお送りしております）

いつもお世話になっております。サンライズコート浦和美園の鳴海です。
お父様からの住宅取得資金贈与（500万円）につきまして、
贈与税の非課税特例を受けるため、お父様の口座からご主人様名義の口座へ
一度お振込みいただき、そこから手付金としてお支払いいただく流れをお勧めします。

ご不明点があれば、ご家族どなたからでもご連絡ください。

{sig("narumi", 2)}""")
