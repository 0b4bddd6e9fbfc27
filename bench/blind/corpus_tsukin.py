"""Blind evaluation corpus — area: tsukin (総務部 通勤手当・通勤経路の窓口).

The mail of Hinode Sangyo's general-affairs desk that handles commuting: 通勤手当の申請・変更,
通勤経路の確認, やり取り with the shuttle-bus operator, 定期券代行業者, 鉄道会社 and 社労士,
自宅住所変更, and 通勤災害 checks after accidents on the way to work.

Everything in this file is invented: every person, address, phone number, account, card,
My Number and every company other than the ones BRIEF.md names is fictional.  It was
written blind, from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only,
without reading mailguard's code, rules, tests or the other corpus files.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 30601
rng = random.Random(SEED)

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"tsukin-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# -- invented data ------------------------------------------------------------------------

_mn_k = 0
_cc_k = 0


def next_my_number() -> str:
    global _mn_k
    v = my_number(SEED + _mn_k)
    _mn_k += 1
    return v


def next_card() -> str:
    global _cc_k
    v = card_number(SEED + _cc_k)
    _cc_k += 1
    return v


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


_FW = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def fw(s: str) -> str:
    return s.translate(_FW)


SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
    ("小川", "オガワ", "Ogawa"), ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("三浦", "ミウラ", "Miura"), ("藤井", "フジイ", "Fujii"),
    ("岡本", "オカモト", "Okamoto"), ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"),
    ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
    ("和田", "ワダ", "Wada"), ("石田", "イシダ", "Ishida"), ("上田", "ウエダ", "Ueda"),
    ("森田", "モリタ", "Morita"), ("柴田", "シバタ", "Shibata"), ("宮崎", "ミヤザキ", "Miyazaki"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("四十物", "アイモノ", "Aimono"),
    ("東海林", "ショウジ", "Shoji"), ("五月女", "ソウトメ", "Sotome"),
    ("一番ヶ瀬", "イチバンガセ", "Ichibangase"), ("御手洗", "ミタライ", "Mitarai"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("百目鬼", "ドウメキ", "Domeki"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("九十九", "ツクモ", "Tsukumo"),
    ("廿日出", "ハツカデ", "Hatsukade"), ("雲母", "キララ", "Kirara"), ("榊原", "サカキバラ", "Sakakibara"),
    ("門脇", "カドワキ", "Kadowaki"), ("甘粕", "アマカス", "Amakasu"), ("猪狩", "イカリ", "Ikari"),
    ("冨永", "トミナガ", "Tominaga"), ("保坂", "ホサカ", "Hosaka"), ("鬼頭", "キトウ", "Kito"),
]
GIVEN = [
    ("健太", "ケンタ", "Kenta", "男"), ("翔", "ショウ", "Sho", "男"), ("大輔", "ダイスケ", "Daisuke", "男"),
    ("拓海", "タクミ", "Takumi", "男"), ("直樹", "ナオキ", "Naoki", "男"), ("誠", "マコト", "Makoto", "男"),
    ("隆之", "タカユキ", "Takayuki", "男"), ("浩二", "コウジ", "Koji", "男"), ("悠斗", "ユウト", "Yuto", "男"),
    ("亮介", "リョウスケ", "Ryosuke", "男"), ("和也", "カズヤ", "Kazuya", "男"),
    ("俊介", "シュンスケ", "Shunsuke", "男"), ("智史", "サトシ", "Satoshi", "男"), ("蓮", "レン", "Ren", "男"),
    ("修", "オサム", "Osamu", "男"), ("啓太郎", "ケイタロウ", "Keitaro", "男"), ("丈", "ジョウ", "Jo", "男"),
    ("美咲", "ミサキ", "Misaki", "女"), ("陽子", "ヨウコ", "Yoko", "女"), ("真由美", "マユミ", "Mayumi", "女"),
    ("彩花", "アヤカ", "Ayaka", "女"), ("恵", "メグミ", "Megumi", "女"), ("千尋", "チヒロ", "Chihiro", "女"),
    ("結衣", "ユイ", "Yui", "女"), ("奈々", "ナナ", "Nana", "女"), ("麻衣", "マイ", "Mai", "女"),
    ("由紀子", "ユキコ", "Yukiko", "女"), ("沙織", "サオリ", "Saori", "女"), ("葵", "アオイ", "Aoi", "女"),
    ("理恵", "リエ", "Rie", "女"), ("瞳", "ヒトミ", "Hitomi", "女"), ("早苗", "サナエ", "Sanae", "女"),
]
TOWNS = [  # (〒, 町域, 最寄駅)
    ("243-0035", "神奈川県厚木市愛甲東", "愛甲石田"), ("243-0034", "神奈川県厚木市船子", "愛甲石田"),
    ("243-0422", "神奈川県海老名市中新田", "海老名"), ("243-0432", "神奈川県海老名市中央", "海老名"),
    ("252-0011", "神奈川県座間市相武台", "相武台前"), ("252-0027", "神奈川県座間市座間", "座間"),
    ("252-0303", "神奈川県相模原市南区相模大野", "相模大野"), ("194-0022", "東京都町田市森野", "町田"),
    ("194-0013", "東京都町田市原町田", "町田"), ("259-1131", "神奈川県伊勢原市伊勢原", "伊勢原"),
    ("259-1142", "神奈川県伊勢原市田中", "伊勢原"), ("257-0035", "神奈川県秦野市本町", "秦野"),
    ("242-0021", "神奈川県大和市中央", "大和"), ("242-0007", "神奈川県大和市中央林間", "中央林間"),
    ("215-0021", "神奈川県川崎市麻生区上麻生", "新百合ヶ丘"), ("215-0004", "神奈川県川崎市麻生区万福寺", "新百合ヶ丘"),
]
# 最寄駅 → (通勤経路, 1か月定期代)
STATIONS = {
    "海老名": ("海老名→本厚木＋送迎バス", 6240), "愛甲石田": ("愛甲石田→本厚木＋送迎バス", 4980),
    "相模大野": ("相模大野→本厚木＋送迎バス", 9120), "町田": ("町田→本厚木＋送迎バス", 10870),
    "伊勢原": ("伊勢原→本厚木＋送迎バス", 6530), "秦野": ("秦野→本厚木＋送迎バス", 9840),
    "大和": ("大和→海老名→本厚木＋送迎バス", 10150), "中央林間": ("中央林間→相模大野→本厚木＋送迎バス", 11600),
    "新百合ヶ丘": ("新百合ヶ丘→本厚木＋送迎バス", 13480), "相武台前": ("相武台前→本厚木＋送迎バス", 7320),
    "座間": ("座間→本厚木＋送迎バス", 7010),
}
BUS_STOPS = ["本厚木駅北口", "厚木バスセンター", "愛甲石田駅", "海老名駅西口", "上依知", "妻田", "戸室", "まつかげ台"]
BLDG = ["メゾン青葉", "コーポ桜台", "パークハイツ若葉", "グリーンヒル", "サンライズ中町", "ひかり荘", "ルミエール"]


def person() -> dict:
    s = rng.choice(SURNAMES)
    g = rng.choice(GIVEN)
    y, mo, d = rng.randint(1964, 2004), rng.randint(1, 12), rng.randint(1, 28)
    zipc, town, station = rng.choice(TOWNS)
    num = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 25)}"
    b = rng.random()
    bldg = f" {rng.choice(BLDG)}{rng.randint(1, 4)}0{rng.randint(1, 8)}" if b < 0.45 else ""
    route, fare = STATIONS[station]
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
        "romaji": f"{g[2]} {s[2].upper()}", "sex": g[3], "dob": (y, mo, d),
        "zip": zipc, "addr": f"{town}{num}{bldg}",
        "phone": f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        "emp": f"{rng.choice('AHK')}{rng.randint(10000, 99999)}",
        "station": station, "route": route, "fare": fare,
        "stop": rng.choice(BUS_STOPS),
    }


def people(n: int) -> list[dict]:
    return [person() for _ in range(n)]


def seireki(p: dict, sep: str = "/") -> str:
    y, m, d = p["dob"]
    return f"{y}{sep}{m:02d}{sep}{d:02d}"


def wareki(p: dict, short: bool = False) -> str:
    y, m, d = p["dob"]
    if (y, m, d) < (1989, 1, 8):
        era, ey, ab = "昭和", y - 1925, "S"
    else:
        era, ey, ab = "平成", y - 1988, "H"
    if short:
        return f"{ab}{ey}.{m}.{d}"
    return f"{era}{'元' if ey == 1 else ey}年{m}月{d}日"


def age(p: dict) -> int:
    return 2025 - p["dob"][0]


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


# -- the desk's people and boilerplate ------------------------------------------------------

SAEKI = "佐伯 美和 <m-saeki@hinode-sangyo.co.jp>"
TAKANE = "高根沢 亮 <r-takanezawa@hinode-sangyo.co.jp>"
IMAIZUMI = "今泉 玲奈 <imaizumi-r@mail.hinode-sangyo.co.jp>"
SOUMU = "総務部 通勤手当窓口 <tsukin@hinode-sangyo.co.jp>"
KUDO = "工藤 正志 <m-kudo@hinode-sangyo.co.jp>"

SIG_SAEKI = """
──────────────────────────
日の出産業株式会社　総務部 総務課
佐伯 美和（Saeki Miwa）
〒105-0022 東京都港区海岸3-9-15 日の出ビル7F
TEL 03-5418-7720（直通） FAX 03-5418-7729
m-saeki@hinode-sangyo.co.jp
──────────────────────────"""

SIG_TAKANE = """
--
日の出産業（株） 総務部 高根沢 亮
TEL: 03-5418-7721 / 内線 2315
"""

SIG_IMAIZUMI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 厚木工場 総務グループ
今泉 玲奈
〒243-0801 神奈川県厚木市上依知3021
TEL 046-285-3310 ／ FAX 046-285-3319
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_KUDO = """
------------------------------------------------
 日の出産業株式会社 総務部長  工藤 正志
 TEL 03-5418-7700（代表）
------------------------------------------------"""

SIG_EN = """
Best regards,

Ryo Takanezawa
General Affairs Department
Hinode Sangyo Co., Ltd.
3-9-15 Kaigan, Minato-ku, Tokyo 105-0022, Japan
Tel: +81-3-5418-7721
"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを破棄してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited."""

LINER = "ライナートラベル 法人定期券センター <teiki-center@liner-travel.co.jp>"
TOHO = "東邦トラベルサービス 小松様 <komatsu@toho-travel.co.jp>"
AOBA = "青葉運輸 送迎バス事業部 <sougei@aoba-unyu.co.jp>"
AOBA_P = "青葉運輸 篠原様 <shinohara@aoba-unyu.co.jp>"
YAMABUKI = "やまぶき社会保険労務士法人 大河内様 <okochi@yamabuki-sr.jp>"
YAMABUKI2 = "やまぶき社労士法人 <info@yamabuki-sr.jp>"
MINATO = "みなと急行電鉄 お客さまセンター <customer@minato-kyuko.co.jp>"
HAYATE = "はやて交通 営業課 <eigyo@hayate-kotsu.co.jp>"
HIBARI = "ひばり観光バス <contact@hibari-bus.co.jp>"
KOHOKU = "港北バス 貸切営業所 <kashikiri@kohoku-bus.jp>"
ASAHI = "あさひ保険サービス 三宅様 <miyake@asahi-hoken.co.jp>"
SHIRAKAWA = "白川法律事務所 弁護士 白川様 <shirakawa@shirakawa-law.jp>"
TSUBASA = "ツバサシステム サポート <support@tsubasa-system.jp>"
MIDORI = "みどり銀行 法人営業部 <hojin@midori-ginko.co.jp>"


# == 001-020 ================================================================================

# 001 stop: 新入社員の定期券購入依頼, padded ASCII table in the body, 7 people with DOB
_p = people(7)
_rows = "\n".join(
    f"{i + 1:<4}{p['name']:<9}{p['kana']:<16}{seireki(p):<12}{p['station'] + '→本厚木':<14}{'通勤':<6}6か月"
    for i, p in enumerate(_p))
add(sender=SAEKI, to=[LINER], subject="【定期券購入依頼】4月1日入社者分（7名）",
    charset="iso-2022-jp",
    body=f"""ライナートラベル株式会社
法人定期券センター　ご担当者様

いつもお世話になっております。日の出産業の佐伯です。
4月1日入社の新入社員分について、通勤定期券の購入をお願いいたします。
お届け先は従来どおり厚木工場 総務グループ（今泉）宛でお願いします。

No  氏名     フリガナ        生年月日    乗車区間      種別  期間
--- -------- --------------- ----------- ------------- ----- -----
{_rows}

生年月日は学割・年齢確認のためとのことでしたので記載しております。
見積金額が出ましたらご連絡ください。
{SIG_SAEKI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="7 new hires' names and dates of birth in a padded table to the commuter-pass agent")

# 002 pass: internal, an employee reports his own move to the desk
_p = person()
add(sender=f"{_p['name']} <{_p['romaji'].split()[1].lower()}-{_p['romaji'][0].lower()}@hinode-sangyo.co.jp>",
    to=[SOUMU], subject="引越しに伴う通勤経路変更のお願い", charset="iso-2022-jp",
    body=f"""総務部 通勤手当ご担当者様

生産技術課の{_p['sei']}です。
今月末に転居しますので、通勤経路の変更をお願いします。

・転居日：10月26日（日）
・新住所：〒{_p['zip']} {_p['addr']}
・新しい最寄駅：{_p['station']}
・経路：{_p['route']}
・携帯：{_p['phone']}（変更なし）

通勤手当変更届はポータルから本日提出済みです。
住民票の写しが必要でしたら言ってください。

{_p['name']}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="internal only: an employee's own new address to the commuting desk")

# 003 stop: look-alike of the own domain (letter added) with one person's new address
_p = person()
add(sender=SAEKI, to=["高根沢 亮 <r-takanezawa@hinode-sangyou.co.jp>"],
    subject="FW: 住所変更（" + _p["sei"] + "さん）", charset="utf-8",
    body=f"""高根沢さん

{_p['sei']}さんの住所変更、給与システムへの反映をお願いします。
新住所：〒{_p['zip']} {_p['addr']}
通勤経路：{_p['route']}（1か月 {_p['fare']:,}円）
11月支給分から変更です。

佐伯""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="colleague's address typed as hinode-sangyou.co.jp (letter added): look-alike of the own domain")

# 004 pass: bus operator, timetable of the shuttle bus (bus stops, no people)
add(sender=IMAIZUMI, to=[AOBA_P], subject="Re: 送迎バス 11月ダイヤ改正案について",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
篠原様

お世話になっております。日の出産業 厚木工場の今泉です。
ダイヤ改正案、拝見しました。工場側の希望をまとめます。

■朝便（本厚木駅北口 発）
  便   本厚木駅北口  厚木バスセンター  上依知  工場正門
  1便  7:05          7:12              7:31    7:38
  2便  7:25          7:32              7:51    7:58
  3便  7:45          7:52              8:11    8:18

■夕便（工場正門 発）
  17:15 / 17:45 / 18:30 / 20:10（最終）

3便は交替勤務の乗り換えがあるため、5分前倒しが可能か
ご検討いただけますと助かります。
{SIG_IMAIZUMI}""",
    expect="pass", entities=[], detectors=[],
    note="shuttle-bus timetable with bus stops to the partner bus operator: no personal data")

# 005 stop: CSV (CP932) of shuttle-bus riders with mobile numbers
_p = people(9)
add(sender=IMAIZUMI, to=[AOBA], cc=[SAEKI],
    subject="送迎バス 利用者登録（12月分追加）", charset="cp932",
    body=f"""青葉運輸株式会社 送迎バス事業部 御中

いつもお世話になっております。
12月から送迎バスを利用する社員の登録をお願いします。
運休時の連絡用に携帯番号も入れてあります。

添付：送迎バス利用者_追加_1201.csv（9名）

よろしくお願いいたします。
{SIG_IMAIZUMI}""",
    attachments=[{"kind": "csv", "name": "送迎バス利用者_追加_1201.csv", "encoding": "cp932",
                  "rows": [["社員番号", "氏名", "フリガナ", "携帯電話", "乗車停留所", "利用開始日"]]
                  + [[p["emp"], p["name"], p["kana"], p["phone"], p["stop"], "2025/12/01"] for p in _p]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="CSV of 9 riders with names and mobile numbers to the bus operator")

# 006 stop: 通勤災害の第一報 to the 社労士: injury and diagnosis of one named employee
_p = person()
add(sender=SAEKI, to=[YAMABUKI], subject="通勤災害の可能性がある事故のご相談", charset="iso-2022-jp",
    body=f"""やまぶき社会保険労務士法人
大河内様

いつも大変お世話になっております。日の出産業 総務部の佐伯です。
本日朝、出勤途中の社員が転倒し負傷しましたので、通勤災害として
扱えるかご相談させてください。

　被災者　：{_p['name']}（{_p['kana']}）　製造二課
　生年月日：{wareki(_p)}
　発生日時：11月5日（水）7時40分ごろ
　発生場所：{_p['station']}駅南口の階段（自宅→駅の通常経路上）
　状況　　：雨で濡れた階段で足を滑らせ転倒
　傷病名　：右足関節捻挫、右腓骨遠位端骨折（厚木中央整形外科で診断）
　休業見込：約3週間

途中でコンビニに立ち寄ったかどうかは本人に確認中です。
様式第16号の7の作成について、必要な添付書類を教えていただけますでしょうか。
{SIG_SAEKI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named employee's fracture diagnosis (要配慮個人情報) to the labour consultant")

# 007 pass: question to the 社労士 about the tax-free limit for car commuters
add(sender=TAKANE, to=[YAMABUKI2], subject="マイカー通勤の非課税限度額について", charset="iso-2022-jp",
    body=f"""やまぶき社会保険労務士法人
ご担当者様

お世話になっております。日の出産業 総務部の高根沢です。

来期からマイカー通勤者の通勤手当を距離区分で見直す予定です。
現行規程は以下のとおりですが、非課税限度額との関係で問題がないか
ご確認いただけますでしょうか。

  片道距離         支給月額
  2km以上10km未満   4,200円
  10km以上15km未満  7,100円
  15km以上25km未満  12,900円
  25km以上35km未満  18,700円

また、交替勤務者が月の半分だけ自転車通勤する場合の扱いについても
一般的な考え方を伺えれば幸いです。
{SIG_TAKANE}""",
    expect="pass", entities=[], detectors=[],
    note="rule question with an allowance table (distances and amounts, no people)")

# 008 stop: three bus companies in To for a quotation (should have been Bcc)
add(sender=KUDO, to=[HAYATE, HIBARI, KOHOKU], subject="送迎バス運行業務 見積のお願い",
    charset="iso-2022-jp",
    body=f"""各社 ご担当者様

日の出産業株式会社 総務部の工藤でございます。
厚木工場の社員送迎バス（本厚木駅⇔工場 約9km）について、来年度の運行業務の
お見積りをお願いしたく、ご連絡いたしました。

・運行期間：2026年4月1日～2027年3月31日
・運行日：工場稼働日（年間約245日）
・便数：朝3便・夕4便、中型バス1台
・提出期限：12月19日（金）

仕様書は追ってお送りします。ご不明点は工藤までお問い合わせください。
{SIG_KUDO}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing bus companies in To can see each other: should have been Bcc")

# 009 pass: the same kind of request done right, the bus companies in Bcc
add(sender=KUDO, to=[SOUMU], bcc=[HAYATE, HIBARI, KOHOKU, "大和観光自動車 <sales@yamato-kanko.co.jp>"],
    subject="【仕様書送付】送迎バス運行業務 見積依頼", charset="iso-2022-jp",
    body=f"""各社 ご担当者様
（本メールはBCCにてお送りしております）

先日ご案内した送迎バス運行業務の仕様書をお送りします。
添付PDFをご確認のうえ、期限までにお見積りをお願いいたします。
{SIG_KUDO}""",
    attachments=[{"kind": "pdf", "name": "送迎バス運行業務仕様書.pdf", "title": "送迎バス運行業務仕様書",
                  "lines": ["送迎バス運行業務 仕様書", "1. 運行区間 本厚木駅北口～日の出産業厚木工場 正門",
                            "2. 車両 中型バス（定員45名以上）1台、予備車の確保", "3. 便数 朝3便、夕4便（土日祝運休）",
                            "4. 乗務員 運行管理者の選任、点呼記録の提出", "5. 契約期間 2026年4月1日から1年間"]}],
    expect="pass", entities=[], detectors=[],
    note="bus companies correctly in Bcc, To is internal: nothing visible, no personal data")

# 010 stop: My Number of one employee in the body to the 社労士
_p = person()
_mn = next_my_number()
add(sender=SAEKI, to=[YAMABUKI], subject="住所変更届の件（" + _p["sei"] + "）", charset="utf-8",
    body=f"""大河内様

お世話になっております。佐伯です。
先日お電話でご相談した{_p['sei']}さんの住所変更の件、情報をお送りします。
住民票の住所と届出の住所が一致していなかったため、個人番号での届出をお願いします。

氏名：{_p['name']}（{_p['kana']}）
生年月日：{seireki(_p, '.')}
個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
新住所：〒{_p['zip']} {_p['addr']}
転居日：2025年10月18日

お手数ですが、よろしくお願いいたします。
{SIG_SAEKI}""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="an employee's My Number, DOB and address to the labour consultant")

# 011 pass: railway company, refund rules question, no personal data
add(sender=TAKANE, to=[MINATO], subject="通勤定期券の払いもどしについて（法人）", charset="iso-2022-jp",
    body=f"""みなと急行電鉄株式会社
お客さまセンター ご担当者様

日の出産業株式会社 総務部の高根沢と申します。
弊社では社員の通勤定期券を一括購入しておりますが、年度途中の異動で
不要になった定期券の払いもどしについて教えてください。

1. 6か月定期を使用開始から2か月半で払いもどす場合、使用済み月数は3か月で計算されますか。
2. 払いもどし手数料は1枚あたり220円という理解でよいでしょうか。
3. 法人でまとめて窓口に持ち込む場合、委任状は必要ですか。

お忙しいところ恐れ入りますが、ご回答いただけますと幸いです。
{SIG_TAKANE}""",
    expect="pass", entities=[], detectors=[],
    note="plain question to a railway company about refund rules")

# 012 stop: XLSX, title row above the header, two sheets, 15 people
_k = people(12)
_n = people(3)
add(sender=SAEKI, to=[TOHO], subject="定期券 継続購入・新規購入リスト（12月分）", charset="utf-8",
    body=f"""東邦トラベルサービス株式会社
小松様

いつもお世話になっております。
12月に期限を迎える方の継続分と、中途入社の新規分のリストをお送りします。
シート「継続」「新規」に分けてあります。新規の方は生年月日も記入しました。

納品は12月20日までにお願いできますでしょうか。
{SIG_SAEKI}""",
    attachments=[{"kind": "xlsx", "name": "定期券購入リスト_202512.xlsx", "title": "定期券購入リスト",
                  "sheets": {
                      "継続": [["2025年12月 定期券継続購入リスト（日の出産業株式会社）"], [],
                               ["No", "社員番号", "氏名", "カナ", "区間", "期間", "金額"]]
                      + [[i + 1, p["emp"], p["name"], p["kana"], f"{p['station']}～本厚木", "6か月", p["fare"] * 5]
                         for i, p in enumerate(_k)],
                      "新規": [["中途入社者 新規購入"], ["No", "氏名", "カナ", "性別", "生年月日", "区間", "開始日"]]
                      + [[i + 1, p["name"], p["kana"], p["sex"], seireki(p, "-"), f"{p['station']}～本厚木", "2025-12-01"]
                         for i, p in enumerate(_n)],
                      "備考": [["金額は税込、6か月定期の概算です。"]]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="XLSX with 15 employees (names, kana, DOB for new hires) to the commuter-pass agent")

# 013 pass: reply quoting the bus operator's own rider list with '>'
_p = people(6)
_q = "\n".join(f"> {p['name']}　{p['phone']}　{p['stop']}" for p in _p)
add(sender=IMAIZUMI, to=[AOBA_P], subject="Re: 送迎バス 登録内容のご確認", charset="iso-2022-jp",
    body=f"""篠原様

ご確認ありがとうございます。
下記6名とも登録内容に誤りはありません。来週からの乗車でお願いします。

今泉

篠原 様 wrote:
> 日の出産業 今泉様
>
> お世話になっております。青葉運輸の篠原です。
> ご依頼いただいた追加登録分、下記で登録しました。念のためご確認ください。
>
{_q}
>
> 以上、よろしくお願いいたします。""",
    expect="pass", entities=[], detectors=[],
    note="the 6-person list is only quoted ('>') from the bus operator's own mail; new text has no data")

# 014 stop: look-alike of the partner bus operator (.com instead of .co.jp)
add(sender=IMAIZUMI, to=["篠原様 <shinohara@aoba-unyu.com>"], subject="年末年始の送迎バス運休日について",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
篠原様

お世話になっております。厚木工場の今泉です。
年末年始の送迎バスですが、12月27日（土）～1月4日（日）を運休とし、
1月5日（月）は朝2便のみの運行でお願いできますでしょうか。

ご確認のほどよろしくお願いいたします。
{SIG_IMAIZUMI}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="aoba-unyu.com is a TLD swap of the partner aoba-unyu.co.jp")

# 015 stop: corporate card number given to the pass agent in the body
_cc = next_card()
add(sender=TAKANE, to=[LINER], subject="Re: 12月分 定期券代金のお支払い方法", charset="iso-2022-jp",
    body=f"""ライナートラベル 法人定期券センター
ご担当者様

お世話になっております。日の出産業の高根沢です。
今回分は請求書払いではなく、法人カードでの決済でお願いします。

カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
有効期限：09/28
名義：HINODE SANGYO CO LTD

決済が完了しましたら、領収書のPDFをお送りください。
{SIG_TAKANE}

-----Original Message-----
From: teiki-center@liner-travel.co.jp
Sent: Monday, December 1, 2025 10:12 AM
Subject: 12月分 定期券代金のお支払い方法

日の出産業株式会社 高根沢様
12月分（15枚）のお支払い方法をご指定ください。""",
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a full credit card number in the new text to an external agent")

# 016 pass: one new hire's commuter pass, one person's record to the agent
_p = person()
add(sender=SAEKI, to=[LINER], subject="定期券購入依頼（1名・中途入社）", charset="iso-2022-jp",
    body=f"""ライナートラベル 法人定期券センター御中

お世話になっております。日の出産業の佐伯です。
中途入社者1名分の定期券購入をお願いします。

 氏名　　：{_p['name']}（{_p['kana']}）
 生年月日：{wareki(_p)}
 区間　　：{_p['station']} ⇔ 本厚木
 種別　　：通勤 1か月（試用期間中のため）
 使用開始：1月6日

よろしくお願いいたします。
{SIG_SAEKI}""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one person's record to the commuter-pass agent: may warn, must not be held")

# 017 stop: password-protected ZIP (PPAP) to the 社労士
_p = people(3)
add(sender=SAEKI, to=[YAMABUKI], subject="住所変更届一式の送付", charset="iso-2022-jp",
    body=f"""大河内様

お世話になっております。佐伯です。
10月分の住所変更届（3名分）と通勤経路図をZIPにまとめてお送りします。
パスワードは別メールにてお知らせいたします。
{SIG_SAEKI}""",
    attachments=[{"kind": "zip", "name": "住所変更届_202510.zip", "password": "Hs2510#tk",
                  "files": [{"kind": "csv", "name": "住所変更者.csv", "encoding": "cp932",
                             "rows": [["氏名", "新住所", "転居日"]]
                             + [[p["name"], p["zip"] + " " + p["addr"], "2025/10/20"] for p in _p]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="encrypted ZIP (PPAP) to an external consultant cannot be inspected")

# 018 pass: the password follows in a separate mail
add(sender=SAEKI, to=[YAMABUKI], subject="住所変更届一式の送付（パスワード）", charset="iso-2022-jp",
    body=f"""大河内様

先ほどお送りしたZIPファイルのパスワードです。

　Hs2510#tk

よろしくお願いいたします。
佐伯""",
    expect="pass", entities=[], detectors=[],
    note="password-only follow-up mail: no attachment, no personal data")

# 019 stop: HTML-only mail, table of 6 employees (月額変更 candidates) to the 社労士
_p = people(6)
_tr = "".join(
    f"<tr><td>{p['emp']}</td><td>{p['name']}</td><td>{seireki(p, '/')}</td>"
    f"<td align=right>{p['fare']:,}</td><td align=right>{p['fare'] + rng.choice([1820, 2410, 3350, 5130]):,}</td>"
    f"<td>2025年9月</td></tr>" for p in _p)
add(sender=TAKANE, to=[YAMABUKI], subject="通勤手当変更に伴う随時改定の該当確認", charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo UI'">
<p>やまぶき社会保険労務士法人<br>大河内様</p>
<p>お世話になっております。日の出産業の高根沢です。<br>
9月に通勤手当が変わった以下6名について、月額変更届の対象になるかご確認をお願いします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>社員番号</th><th>氏名</th><th>生年月日</th><th>旧通勤手当</th><th>新通勤手当</th><th>変更月</th></tr>
{_tr}
</table>
<p>9～11月の支払基礎日数はいずれも17日以上です。</p>
<p>--<br>日の出産業（株） 総務部 高根沢 亮<br>TEL: 03-5418-7721</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="HTML-only table of 6 employees with DOB and allowance amounts to the consultant")

# 020 stop: 基礎年金番号 of one employee to the 社労士
_p = person()
add(sender=SAEKI, to=[YAMABUKI2], subject="被保険者住所変更届（" + _p["sei"] + "様）", charset="iso-2022-jp",
    body=f"""やまぶき社会保険労務士法人 御中

いつもお世話になっております。日の出産業 総務部の佐伯です。
以下の者の住所変更届の作成・提出をお願いいたします。
（マイナンバー未収録のため、基礎年金番号で届出となります）

　氏名　　　　：{_p['name']}
　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　新住所　　　：〒{_p['zip']}　{_p['addr']}
　変更年月日　：令和7年11月1日

以上、よろしくお願いいたします。
{SIG_SAEKI}""",
    expect="stop", entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="basic pension number of one employee to the consultant")


# == 021-040 ================================================================================

# 021 stop: look-alike of the partner bank (ginko → ginkou)
add(sender=TAKANE, to=["みどり銀行 法人営業部 <hojin@midori-ginkou.co.jp>"],
    subject="通勤費立替精算の総合振込データ形式について", charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業の高根沢でございます。
通勤費の立替精算分を、来月から給与とは別に総合振込で支払う予定です。
全銀協フォーマット（120バイト固定長）でのアップロードで問題ないか、
また振込指定日の何営業日前までに送信が必要か、ご教示ください。
{SIG_TAKANE}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp is a one-letter look-alike of the partner bank midori-ginko.co.jp")

# 022 pass: internal, allowance list of 24 people to accounting
_p = people(24)
add(sender=SAEKI, to=["経理部 給与チーム <kyuyo@hinode-sangyo.co.jp>"], cc=[TAKANE],
    subject="11月支給 通勤手当変更者一覧", charset="utf-8",
    body="""給与チーム各位

11月支給分の通勤手当変更者一覧を添付します（24名）。
住所変更・経路変更・新規の区分は「区分」列を見てください。
締めは11/10です。よろしくお願いします。

佐伯""",
    attachments=[{"kind": "xlsx", "name": "通勤手当変更者_202511.xlsx",
                  "sheets": {"変更者": [["社員番号", "氏名", "区分", "新住所", "経路", "月額"]]
                             + [[p["emp"], p["name"], rng.choice(["住所変更", "経路変更", "新規"]),
                                 p["zip"] + " " + p["addr"], p["route"], p["fare"]] for p in _p]}}],
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=[],
    note="all recipients internal: the 24-person list stays inside the company")

# 023 stop: tab-separated records without a name column (employee id + mobile) to a bus company
_p = people(6)
_tsv = "\n".join(f"{p['emp']}\t{p['phone']}\t{p['stop']}\t{rng.choice(['早番', '遅番', '日勤'])}" for p in _p)
add(sender=IMAIZUMI, to=["はやて交通 運行管理 石原様 <ishihara@hayate-kotsu.co.jp>"],
    subject="臨時便 乗車予定者の連絡先", charset="utf-8",
    body=f"""はやて交通株式会社
運行管理 石原様

お世話になっております。日の出産業 厚木工場の今泉です。
土曜臨時便の乗車予定者です。遅延・運休時はドライバーさんから直接
ショートメールで連絡いただけると助かります。（エクセルから貼り付けています）

社員番号\t携帯\t乗車停留所\t勤務
{_tsv}

よろしくお願いします。
{SIG_IMAIZUMI}""",
    expect="stop", entities=["PHONE_NUMBER"], detectors=["personal_data"],
    note="6 rows of employee id + personal mobile number (no name column) to a bus company")

# 024 stop: driver's licence number for a car-commuting permit, to the insurance agent
_p = person()
add(sender=TAKANE, to=[ASAHI], subject="マイカー通勤許可申請者の任意保険確認のお願い", charset="iso-2022-jp",
    body=f"""あさひ保険サービス株式会社
三宅様

いつもお世話になっております。日の出産業の高根沢です。
マイカー通勤の許可申請が1件ありましたので、任意保険の加入内容
（対人・対物無制限であるか）のご確認をお願いできますでしょうか。

　申請者　　：{_p['name']}
　生年月日　：{seireki(_p, '/')}
　運転免許証番号：第{rng.choice(['45', '30'])}{rng.randint(10, 22)}{rng.randint(100000, 999999)}{rng.randint(0, 9)}0号
　免許の種類：普通（AT限定なし）
　車両　　　：トヨタ アクア　相模 500 さ 12-34
　保険証券番号：AH-2291847

本人の同意は取得済みです。
{SIG_TAKANE}""",
    expect="stop", entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="an employee's driver's licence number and DOB to the insurance agent")

# 025 pass: business mail with the standard Japanese disclaimer
add(sender=IMAIZUMI, to=[AOBA_P], subject="送迎バス待機場所の変更について", charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
篠原様

お世話になっております。厚木工場の今泉です。
12月から構内の工事が始まるため、送迎バスの待機場所を
正門横から第2駐車場（北側）に変更させてください。
構内図を添付いたしますので、ドライバーの皆様への周知をお願いします。
{SIG_IMAIZUMI}
{DISC_JA}""",
    attachments=[{"kind": "png", "name": "構内図_待機場所.png"}],
    expect="pass", entities=[], detectors=[],
    note="ordinary operations mail with the standard confidentiality disclaimer and a map image")

# 026 stop: DOCX stamped 社外秘 (draft rule change) to the 社労士
add(sender=KUDO, to=[YAMABUKI], cc=[SAEKI], subject="通勤手当規程 改定案のご確認依頼", charset="iso-2022-jp",
    body=f"""やまぶき社会保険労務士法人
大河内様

お世話になっております。日の出産業の工藤です。
来年4月施行予定の通勤手当規程の改定案を添付いたします。
在宅勤務日数に応じた実費精算への移行部分を中心に、ご意見をいただけますでしょうか。
{SIG_KUDO}""",
    attachments=[{"kind": "docx", "name": "通勤手当規程_改定案_v3.docx", "page_header": "社外秘",
                  "title": "通勤手当規程 改定案",
                  "paragraphs": ["通勤手当規程（改定案）", "第1条（目的）この規程は、社員の通勤に要する費用の支給について定める。",
                                 "第5条（在宅勤務者の取扱い）月の出社日数が10日未満の者には、定期券代に代えて往復運賃の実費を支給する。",
                                 "附則 この規程は2026年4月1日から施行する。"],
                  "tables": [[["出社日数", "支給方法"], ["10日以上", "1か月定期代"], ["10日未満", "実費（往復運賃×出社日数）"]]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached draft regulation carries a 社外秘 stamp in its page header")

# 027 pass: mail about the NDA with the new commuter-pass agent
add(sender=TAKANE, to=[TOHO], subject="秘密保持契約書（案）について", charset="iso-2022-jp",
    body=f"""東邦トラベルサービス株式会社
小松様

お世話になっております。日の出産業の高根沢です。
定期券購入代行のお取引開始にあたり、弊社法務から秘密保持契約書の案が届きました。
第3条（機密情報の定義）と第8条（返還・廃棄）について御社のご意見を伺いたく、
ご確認のうえ修正案があればWordの変更履歴でお戻しください。

なお、社員の氏名等をお送りするのは契約締結後とさせていただきます。
{SIG_TAKANE}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案.docx",
                  "paragraphs": ["秘密保持契約書", "日の出産業株式会社（以下「甲」という）と東邦トラベルサービス株式会社（以下「乙」という）は、次のとおり契約を締結する。",
                                 "第3条（機密情報）本契約において機密情報とは、甲が乙に開示する一切の情報をいう。",
                                 "第8条（返還・廃棄）乙は、契約終了時に機密情報を速やかに返還又は廃棄する。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA; the word 機密 appears only as contract content, no marking")

# 028 stop: disability of one named employee to the bus operator
_p = person()
add(sender=IMAIZUMI, to=[AOBA_P], subject="送迎バス乗車時のサポートのお願い", charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
篠原様

いつもお世話になっております。厚木工場の今泉です。
1月から製造管理課に配属となる{_p['name']}さん（{_p['kana']}）は
下肢に障害があり（身体障害者手帳 2級）、車椅子を使用しています。
本厚木駅北口7:25発の便で、リフト付き車両での乗車をお願いできますでしょうか。
乗降時に5分ほど余分にかかる見込みです。

ご本人からは、必要な範囲で運行会社に伝えてよいと了承を得ております。
{SIG_IMAIZUMI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named employee's disability (要配慮個人情報) to the bus operator")

# 029 pass: internal forward of the accident report (sensitive, but internal only)
_p = person()
add(sender=SAEKI, to=["人事部長 野々村 <nonomura@hinode-sangyo.co.jp>"], cc=[KUDO],
    subject="FW: 【報告】出勤途中の事故について", charset="iso-2022-jp",
    body=f"""野々村部長

製造一課から届いた事故報告を転送します。通勤災害として労基署に届け出る方向で
社労士と調整中です。

佐伯

----- Forwarded Message -----
From: 製造一課 課長 <seizo1-mgr@hinode-sangyo.co.jp>
Subject: 【報告】出勤途中の事故について

総務部 佐伯さん

本日7時50分ごろ、{_p['name']}さんが自転車で出勤中、上依知交差点で
左折車と接触し転倒しました。厚木市立病院に救急搬送され、
左鎖骨骨折・頭部打撲と診断されています。入院は不要とのことです。
ご家族（奥様）には連絡済みです。""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="injury of a named employee, but every recipient is internal")

# 030 stop: traffic accident on the way to work, to the partner law office, with injury details
_p = person()
add(sender=KUDO, to=[SHIRAKAWA], cc=[SAEKI], subject="社員の通勤途上交通事故に関するご相談", charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつも大変お世話になっております。日の出産業の工藤でございます。
先月、弊社社員が通勤途中に追突事故に遭い、相手方保険会社との示談交渉について
ご相談させていただきたく存じます。

【当事者】
　弊社社員：{_p['name']}（{age(_p)}歳）
　住所：{_p['addr']}
【事故】
　10月14日 8:05ごろ、国道129号 妻田交差点で信号待ち中に後方から追突
【負傷・治療】
　頸椎捻挫、腰椎捻挫。現在も週3回整形外科に通院し、リハビリ中
　主治医からは「外傷性頸部症候群、全治3か月」との診断書が出ています

労災（通勤災害）での給付と自賠責の関係についてもご教示いただけますと幸いです。
{SIG_KUDO}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="partner law office, but the mail carries a named employee's diagnosis and treatment")

# 031 pass: two external organisations in To (old and new bus operator), a hand-over meeting
add(sender=KUDO, to=[AOBA_P, "はやて交通 営業課 石原様 <ishihara@hayate-kotsu.co.jp>"],
    cc=[IMAIZUMI], subject="送迎バス業務 引継ぎ打合せの日程", charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 篠原様
はやて交通株式会社 石原様

お世話になっております。日の出産業の工藤です。
4月からの運行会社変更に伴い、三者で引継ぎ打合せを行いたく存じます。
以下の候補日でご都合をお知らせください。

　① 3月3日（火）14:00～15:30
　② 3月5日（木）10:00～11:30
　場所：日の出産業 厚木工場 2階 第1会議室

議題：停留所・ダイヤ、車両待機場所、乗車証の切替、緊急連絡体制
{SIG_KUDO}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="normal three-way meeting mail: two external organisations in To")

# 032 stop: five future employees on free mail, all in To
add(sender=SAEKI,
    to=["hinata.sora2003@gmail.com", "mizuki_t0812@yahoo.co.jp", "k.ootsuka.1999@icloud.com",
        "ryo-m-ryo@docomo.ne.jp", "nanami.kuze@gmail.com"],
    subject="【日の出産業】入社前提出書類（通勤経路届）のお願い", charset="iso-2022-jp",
    body=f"""内定者の皆さま

こんにちは。日の出産業 総務部の佐伯です。
4月の入社に向けて、通勤経路届のご提出をお願いします。
内定者ポータルから様式をダウンロードし、自宅から厚木工場までの経路を記入のうえ、
2月20日（金）までにポータルへアップロードしてください。

定期券は会社で一括購入し、入社日にお渡しします。
ご不明な点はこのメールにご返信ください。
{SIG_SAEKI}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="five private persons on free mail in To can see each other's addresses: should have been Bcc")

# 033 pass: one future employee on free mail, blank form attached
add(sender=SAEKI, to=["望月 陸 様 <riku.mochizuki.0417@gmail.com>"], subject="通勤経路届の様式をお送りします",
    charset="iso-2022-jp",
    body=f"""望月 陸 様

日の出産業 総務部の佐伯です。
ポータルにログインできないとのことでしたので、通勤経路届の様式を添付いたします。
ご記入後、PDFにしてこちらへ返信いただいても構いません。
{SIG_SAEKI}""",
    attachments=[{"kind": "docx", "name": "通勤経路届_様式.docx",
                  "paragraphs": ["通勤経路届", "下記のとおり通勤経路を届け出ます。", "記入日：　　年　　月　　日"],
                  "tables": [[["項目", "記入欄"], ["氏名", ""], ["現住所", ""], ["最寄駅", ""],
                              ["経路（乗換駅を含む）", ""], ["片道所要時間", ""], ["通勤手段", "電車・バス・自転車・自動車"]]]}],
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient, blank form only")

# 034 stop: corrupt XLSX to the pass agent
add(sender=SAEKI, to=[TOHO], subject="Re: 1月分リスト再送", charset="iso-2022-jp",
    body=f"""小松様

失礼いたしました。ファイルが開けないとのことでしたので再送いたします。
保存し直しましたので、こちらで開けるかご確認ください。
{SIG_SAEKI}""",
    attachments=[{"kind": "corrupt", "name": "定期券購入リスト_202601.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be inspected")

# 035 pass: list of parking lots (businesses, not people) to the parking operator
add(sender=TAKANE, to=["丸善パーキング 法人契約課 <hojin@maruzen-parking.co.jp>"],
    subject="月極駐車場の契約台数確認", charset="utf-8",
    body=f"""丸善パーキング株式会社
法人契約課 ご担当者様

お世話になっております。日の出産業の高根沢です。
来年度の更新に向けて、現在の契約内容を確認させてください。

■ 契約駐車場（弊社把握分）
・厚木上依知第1パーキング　神奈川県厚木市上依知2980-1　TEL 046-285-7711　20台
・厚木上依知第2パーキング　神奈川県厚木市上依知3104　　TEL 046-285-7712　12台
・本厚木駅北パーキング　　　神奈川県厚木市中町2-6-3　　TEL 046-221-4410　 5台
・海老名中央パーキング　　　神奈川県海老名市中央1-12-9　TEL 046-233-0081　 3台

台数に相違がありましたらご指摘ください。
{SIG_TAKANE}""",
    expect="pass", entities=[], detectors=[],
    note="a list of parking lots with addresses and phone numbers: businesses, not people")

# 036 stop: one record per block, 5 address changes with full-width digits and 和暦
_p = people(5)
_blocks = "\n\n".join(
    f"【{i + 1}】{p['name']}（{p['kana']}）\n"
    f"　生年月日：{fw(wareki(p))}\n"
    f"　新住所　：〒{fw(p['zip'])}　{p['addr']}\n"
    f"　電話　　：{fw(p['phone'])}\n"
    f"　異動日　：令和７年１１月{fw(str(rng.randint(1, 28)))}日"
    for i, p in enumerate(_p))
add(sender=SAEKI, to=[YAMABUKI], subject="11月 住所変更者（5名）の届出依頼", charset="utf-8",
    body=f"""大河内様

いつもお世話になっております。日の出産業の佐伯です。
11月の住所変更者5名分の情報をお送りします。被保険者住所変更届の作成をお願いします。

{_blocks}

以上5名です。
{SIG_SAEKI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people's records, one block each, full-width digits and 和暦 dates")

# 037 stop: health-insurance card number + injury, to the hospital (switch to 労災)
_p = person()
add(sender=SAEKI, to=["城南中央病院 医事課 <iji@jonan-chuo-hp.or.jp>"],
    subject="労災への切替のご相談（" + _p["sei"] + "様 受診分）", charset="iso-2022-jp",
    body=f"""城南中央病院 医事課 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 総務部の佐伯と申します。
弊社社員が11月5日に貴院を受診した際、通勤途中の負傷であるにもかかわらず
健康保険証を提示してしまいました。労災（通勤災害）扱いへの切替をお願いしたく存じます。

　患者氏名　：{_p['name']}
　生年月日　：{wareki(_p)}
　受診時の保険証：記号 {rng.randint(10000000, 99999999)}　番号 {rng.randint(1, 300)}
　傷病名　　：左手関節骨折（本人申告）
　様式第16号の5は来週中に本人から提出予定です。

お手続きの流れをご教示いただけますでしょうか。
{SIG_SAEKI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health-insurance card number and fracture of a named employee to a hospital")

# 038 pass: list of the company's own sites (businesses) to the agent for delivery
add(sender=SAEKI, to=[LINER], subject="定期券の配送先登録について", charset="iso-2022-jp",
    body=f"""ライナートラベル 法人定期券センター
ご担当者様

お世話になっております。日の出産業の佐伯です。
配送先として以下の事業所をご登録ください。宛名は各事業所の「総務担当」でお願いします。

事業所         住所                                          代表電話
------------   --------------------------------------------  ------------
本社           〒105-0022 東京都港区海岸3-9-15 日の出ビル7F     03-5418-7700
厚木工場       〒243-0801 神奈川県厚木市上依知3021               046-285-3300
横浜営業所     〒220-0011 神奈川県横浜市西区高島2-14-12          045-441-2870
大阪支店       〒532-0011 大阪府大阪市淀川区西中島5-8-3          06-6305-1150
{SIG_SAEKI}""",
    expect="pass", entities=[], detectors=[],
    note="list of the company's own offices with switchboards: businesses, not people")

# 039 stop: look-alike of the partner system vendor (letter dropped)
add(sender=TAKANE, to=["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    subject="通勤経路マスタの駅データ更新について", charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業の高根沢です。
経路検索連携の駅マスタについて、来年3月のダイヤ改正・運賃改定の反映時期を
教えてください。特に以下の駅を含む区間の運賃が変わると聞いています。

  本厚木 / 海老名 / 相模大野 / 町田 / 新百合ヶ丘

反映後に通勤手当の一括再計算が必要かどうかも合わせてご教示ください。
{SIG_TAKANE}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp drops a letter of the partner domain tsubasa-system.jp")

# 040 pass: payment notice with the agent's invoice registration number (T-number)
_t = corp_number("40110104" + str(rng.randint(1000, 9999)))
add(sender="経理部 支払担当 <shiharai@hinode-sangyo.co.jp>", to=[LINER], subject="お支払いのご案内（請求書 LT-2025-11873）",
    charset="iso-2022-jp",
    body=f"""ライナートラベル株式会社 御中

いつもお世話になっております。日の出産業 経理部 支払担当です。
下記請求書について、12月25日にお振込みいたします。

　請求書番号：LT-2025-11873
　登録番号　：T{_t}
　件名　　　：通勤定期券購入代金（11月分 15枚）
　金額　　　：1,284,650円（税込）

振込手数料は弊社負担です。
日の出産業株式会社 経理部""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice number and the vendor's T-number: company data, nothing personal")


# == 041-060 ================================================================================

# 041 stop: a forwarded mail attached as .eml, holding 6 employees' new addresses
_p = people(6)
_lines = "\n".join(f"{i + 1}. {p['name']}  新住所：{p['zip']} {p['addr']}  新区間：{p['station']}～本厚木"
                   for i, p in enumerate(_p))
add(sender=SAEKI, to=[LINER], subject="FW: 12月 定期券区間変更者", charset="iso-2022-jp",
    body=f"""ライナートラベル 法人定期券センター ご担当者様

お世話になっております。佐伯です。
厚木工場から届いた区間変更者の連絡をそのまま添付で転送いたします。
6名分、現在の定期の払いもどしと新区間での購入をお願いします。
{SIG_SAEKI}""",
    attachments=[{"kind": "eml", "name": "12月 定期券区間変更者.eml",
                  "message": {"sender": IMAIZUMI, "to": [SAEKI], "subject": "12月 定期券区間変更者",
                              "charset": "iso-2022-jp",
                              "body": f"佐伯さん\n\n12月の区間変更者です。転居に伴うものです。\n\n{_lines}\n\n今泉"}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="attached forwarded mail carries 6 employees' new home addresses to the agent")

# 042 pass: English mail to a foreign partner about the shuttle for visiting engineers
add(sender=TAKANE, to=["Lars Holm <lars.holm@nordvik-industri.com>"],
    subject="Shuttle bus for your engineers' visit to our Atsugi plant", charset="utf-8",
    body=f"""Dear Mr. Holm,

Thank you for sending the schedule of your team's visit (Feb 9-13).
Your engineers are welcome to use our employee shuttle bus between Hon-Atsugi
Station (North Exit) and the plant. Morning buses leave at 7:05, 7:25 and 7:45;
the ride takes about 35 minutes. Please ask them to show their visitor badges
to the driver.

If they stay at a hotel near Hon-Atsugi, they will not need any train pass.
{SIG_EN}
{DISC_EN}""",
    expect="pass", entities=[], detectors=[],
    note="English business mail with a timetable and the standard disclaimer")

# 043 stop: English mail, 5 expatriates' home addresses and phones to a relocation company
_p = people(5)
_en = "\n".join(f"{i + 1}) {p['romaji']}\n   Home: {p['addr']} ({p['zip']})\n   Mobile: {p['phone'].replace('-', ' ')}\n   Nearest station: {p['station']}"
                for i, p in enumerate(_p))
add(sender=TAKANE, to=["Global Relo Partners <assignments@globalrelo-partners.com>"],
    subject="Commuter pass arrangement for returning assignees", charset="utf-8",
    body=f"""Hello team,

As discussed, five of our employees return from the Thailand plant in March.
Please arrange their commuter passes together with the housing move.
Their new home addresses in Japan are below.

{_en}

All five will commute to the Atsugi plant from March 16.
{SIG_EN}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five people's romaji names, home addresses and mobiles to an external relocation firm")

# 044 stop: residence card number of one foreign employee to the 社労士
add(sender=SAEKI, to=[YAMABUKI], subject="外国籍社員の住所変更について", charset="utf-8",
    body=f"""大河内様

お世話になっております。日の出産業の佐伯です。
技能実習から特定技能に移行した社員1名が転居しました。
住所変更の届出と、あわせて在留資格関係で会社側に必要な手続きがあれば教えてください。

　氏名：NGUYEN VAN THANH（グエン ヴァン タン）
　在留カード番号：{rng.choice('ABCDEFGHJK')}{rng.choice('LMNPQRSTUV')}{rng.randint(10000000, 99999999)}{rng.choice('ABCDEFG')}{rng.choice('HJKLMN')}
　在留資格：特定技能1号
　新住所：〒243-0021 神奈川県厚木市岡田4-11-2 ルミエール岡田203
　通勤：自転車（片道3.1km）

よろしくお願いいたします。
{SIG_SAEKI}""",
    expect="stop", entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="residence card number and address of a foreign employee to the consultant")

# 045 pass: one person's lost commuter pass, name and phone to the railway's lost & found
_p = person()
add(sender=SAEKI, to=["みなと急行電鉄 忘れ物センター <wasuremono@minato-kyuko.co.jp>"],
    subject="通勤定期券の落とし物のお問い合わせ", charset="iso-2022-jp",
    body=f"""みなと急行電鉄 忘れ物センター ご担当者様

日の出産業株式会社 総務部の佐伯と申します。
弊社社員が昨日（11/18）夕方、本厚木駅構内で通勤定期券を紛失しました。
会社名義で購入した記名式定期券のため、お問い合わせいたします。

　記名：{_p['kana']}
　区間：{_p['station']}～本厚木
　有効期限：2026年3月31日
　連絡先（本人携帯）：{_p['phone']}

届いておりましたら、本人または佐伯までご連絡いただけますと幸いです。
{SIG_SAEKI}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one employee's name and mobile to the railway's lost-property office: may warn")

# 046 stop: hyphen for a dot in the own domain (hinode-sangyo-co.jp)
add(sender=SAEKI, to=["工藤部長 <m-kudo@hinode-sangyo-co.jp>"], subject="通勤手当 上期実績（速報）",
    charset="iso-2022-jp",
    body="""工藤部長

上期の通勤手当実績（速報）です。

　本社　　　　　  38,412,300円（前年比 94.1%）
　厚木工場　　　  61,920,450円（前年比 101.7%）
　横浜営業所　　   9,877,200円（前年比 97.3%）
　大阪支店　　　   7,145,600円（前年比 99.0%）

本社の減少は在宅勤務者の実費精算移行によるものです。
詳細は月曜の部内会議でご報告します。

佐伯""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyo-co.jp (hyphen for a dot) looks like the own domain but is external")

# 047 stop: PDF table of 10 car commuters with plate and mobile to the parking operator
_p = people(10)
add(sender=TAKANE, to=["丸善パーキング 法人契約課 <hojin@maruzen-parking.co.jp>"],
    subject="月極駐車場 利用者名簿の提出", charset="iso-2022-jp",
    body=f"""丸善パーキング株式会社
法人契約課 ご担当者様

お世話になっております。日の出産業の高根沢です。
厚木上依知第1パーキングの利用者名簿（1月1日現在）を添付いたします。
車両入替の際の連絡先として、各自の携帯番号も記載しています。
{SIG_TAKANE}""",
    attachments=[{"kind": "pdf", "name": "駐車場利用者名簿_上依知第1.pdf", "title": "駐車場利用者名簿",
                  "lines": ["厚木上依知第1パーキング 利用者名簿（2026年1月1日現在）", "日の出産業株式会社 総務部", ""],
                  "table": [["区画", "氏名", "所属", "車両番号", "携帯電話"]]
                  + [[f"A-{i + 1:02d}", p["name"], rng.choice(["製造一課", "製造二課", "品質保証課", "物流課"]),
                      f"相模 {rng.randint(300, 599)} {rng.choice('あかさたなはまやら')} {rng.randint(10, 99)}-{rng.randint(10, 99)}",
                      p["phone"]] for i, p in enumerate(_p)]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="PDF table of 10 car commuters with names and mobile numbers to the parking operator")

# 048 pass: aggregate statistics to the 社労士, no person behind them
add(sender=TAKANE, to=[YAMABUKI], subject="通勤手段別の人数（規程改定の参考資料）", charset="utf-8",
    body=f"""大河内様

お世話になっております。高根沢です。
先日ご依頼の、通勤手段別の人数（2025年10月1日現在）です。

通勤手段,本社,厚木工場,横浜営業所,大阪支店,計
電車・バス,212,148,41,33,434
マイカー,0,187,3,0,190
自転車・徒歩,9,64,2,4,79
在宅中心,57,0,6,5,68

平均支給月額は電車・バスが14,820円、マイカーが8,930円です。
{SIG_TAKANE}""",
    expect="pass", entities=[], detectors=[],
    note="aggregate head counts and averages: no individual's data")

# 049 stop: password-protected PDF to the bus operator
_p = people(8)
add(sender=IMAIZUMI, to=[AOBA], subject="乗車証発行一覧（パスワード付PDF）", charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 送迎バス事業部 御中

お世話になっております。厚木工場の今泉です。
1月分の乗車証発行一覧をお送りします。
社内ルールによりPDFにパスワードを設定しています。パスワードはお電話でお伝えします。
{SIG_IMAIZUMI}""",
    attachments=[{"kind": "pdf", "name": "乗車証発行一覧_202601.pdf", "password": "aoba0115",
                  "lines": ["乗車証発行一覧 2026年1月"],
                  "table": [["No", "氏名", "停留所"]] + [[i + 1, p["name"], p["stop"]] for i, p in enumerate(_p)]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected")

# 050 pass: delivery tracking numbers and order number
add(sender=IMAIZUMI, to=[LINER], subject="Re: 定期券発送のご案内（受注番号 TK-88120）", charset="iso-2022-jp",
    body=f"""ライナートラベル ご担当者様

お世話になっております。厚木工場の今泉です。
発送のご連絡ありがとうございます。
お知らせいただいた伝票番号 4829-1173-0652 / 4829-1173-0663 の2口、
本日午前に受領いたしました。枚数（計15枚）も確認済みです。
{SIG_IMAIZUMI}

> 受注番号：TK-88120
> 配送：ヤマト運輸 2口
> 伝票番号：4829-1173-0652、4829-1173-0663""",
    expect="pass", entities=[], detectors=[],
    note="order and tracking numbers only")

# 051 stop: diagnosis behind a staggered-commuting request, to an external occupational-health clinic
_p = person()
add(sender=SAEKI, to=["あおば産業保健クリニック 産業医 矢島先生 <yajima@aoba-sangyohoken.jp>"],
    subject="時差通勤の申出について（ご意見伺い）", charset="iso-2022-jp",
    body=f"""あおば産業保健クリニック
矢島先生

いつもお世話になっております。日の出産業 総務部の佐伯です。
営業部の{_p['name']}さん（{age(_p)}歳）から、混雑した電車に乗ると発作が出るため
時差通勤（10時始業）を認めてほしいとの申出がありました。
主治医の診断書では「パニック障害」とされ、現在通院・服薬中とのことです。

次回の産業医面談（12/4）の前に、就業上の配慮としてどのような通勤方法が
望ましいか、ご意見をいただけますと幸いです。
{SIG_SAEKI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named employee's mental-health diagnosis to an external clinic: 要配慮個人情報")

# 052 either: five riders' names and bus stops only, to the partner bus operator
_p = people(5)
add(sender=IMAIZUMI, to=[AOBA_P], subject="来週の臨時便 乗車予定者", charset="iso-2022-jp",
    body=f"""篠原様

来週土曜の臨時便の乗車予定者です。点呼用にお使いください。

""" + "\n".join(f"・{p['name']}（{p['stop']}から乗車）" for p in _p) + f"""

今泉""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="five names with only their boarding stop: barely a list of person records")

# 053 pass: one business contact (our staff on duty) to the bus operator
add(sender=IMAIZUMI, to=[AOBA_P], subject="大雪時の連絡体制について", charset="iso-2022-jp",
    body=f"""篠原様

お世話になっております。厚木工場の今泉です。
今週末は大雪の予報が出ておりますので、運休判断の連絡体制を確認させてください。

・運休判断の連絡：当日5:30までに工場総務の当番携帯へ
・当番携帯：080-4417-2290（総務グループ共用）
・弊社からは社内一斉メールで周知します

よろしくお願いいたします。
{SIG_IMAIZUMI}""",
    expect="pass", entities=[], detectors=[],
    note="one shared duty phone of the sender's team: a business contact, not personal data")

# 054 stop: legacy XLS, 15 night-shift riders with names, kana and mobile to a bus company
_p = people(15)
add(sender=IMAIZUMI, to=[KOHOKU], subject="深夜臨時便 乗車証発行のお願い", charset="cp932",
    body=f"""港北バス株式会社 貸切営業所 御中

お世話になっております。日の出産業 厚木工場の今泉です。
年末の増産期間（12/8～12/26）に運行いただく深夜臨時便の乗車証発行をお願いします。
対象者一覧をExcel（xls形式）で添付いたします。
{SIG_IMAIZUMI}""",
    attachments=[{"kind": "xls", "name": "深夜便乗車者.xls",
                  "sheets": {"乗車者": [["氏名", "ふりがな", "所属", "携帯", "降車停留所"]]
                             + [[p["name"], p["kana"], rng.choice(["製造一課", "製造二課", "出荷"]), p["phone"], p["stop"]]
                                for p in _p]}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="legacy XLS of 15 riders with mobiles to a bus company")

# 055 stop: three parking operators visible to each other (two in To, one in Cc)
add(sender=TAKANE,
    to=["丸善パーキング 法人契約課 <hojin@maruzen-parking.co.jp>", "タイムズ厚木 <atsugi@ichigo-parking.jp>"],
    cc=["相模パーク管理 <info@sagami-park.co.jp>"],
    subject="工場近隣の月極駐車場 空き状況のお問い合わせ", charset="iso-2022-jp",
    body=f"""駐車場管理会社 各位

日の出産業株式会社 総務部の高根沢でございます。
来年4月より、厚木工場のマイカー通勤者用に月極駐車場を追加で15台程度確保したく、
工場（厚木市上依知3021）から徒歩10分圏内の空き状況と月額料金をお知らせください。

1月末までにご回答いただけますと幸いです。
{SIG_TAKANE}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external parking operators in To/Cc see each other: should have been Bcc")

# 056 pass: reply under -----Original Message----- quoting the consultant's list
_p = people(5)
_old = "\n".join(f"{p['name']}　{seireki(p)}　{p['zip']} {p['addr']}" for p in _p)
add(sender=SAEKI, to=[YAMABUKI], subject="RE: 住所変更届 提出完了のご報告", charset="utf-8",
    body=f"""大河内様

ご報告ありがとうございます。
5名分とも提出完了、承知いたしました。控えは次回訪問時にいただければ結構です。

佐伯

-----Original Message-----
From: 大河内 <okochi@yamabuki-sr.jp>
Sent: Thursday, November 20, 2025 4:41 PM
To: 佐伯 美和 <m-saeki@hinode-sangyo.co.jp>
Subject: 住所変更届 提出完了のご報告

日の出産業 佐伯様

下記5名の住所変更届、本日電子申請にて提出いたしました。

{_old}

やまぶき社会保険労務士法人 大河内""",
    expect="pass", entities=[], detectors=[],
    note="the 5-person list is quoted under Original Message from the consultant's own mail")

# 057 stop: drunk-driving arrest of a car commuter, to the insurance agent
_p = person()
add(sender=KUDO, to=[ASAHI], cc=[TAKANE], subject="【至急】マイカー通勤者の事故について", charset="iso-2022-jp",
    body=f"""あさひ保険サービス
三宅様

日の出産業の工藤です。取り急ぎご連絡いたします。
マイカー通勤許可者の{_p['name']}（{_p['kana']}、生産管理課）が、昨夜帰宅途中に
物損事故を起こし、呼気からアルコールが検出されたため酒気帯び運転の容疑で
現行犯逮捕されました。現在厚木警察署に勾留されています。

会社の通勤用車両登録と任意保険の扱い、会社としての使用者責任の有無について
至急ご相談させてください。本日15時以降でお電話可能な時間を教えてください。
{SIG_KUDO}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="arrest of a named employee (criminal record: 要配慮個人情報) to the insurance agent")

# 058 pass: internal mail with a password ZIP (internal only)
add(sender=SAEKI, to=[KUDO, TAKANE], subject="通勤手当不正受給の調査資料（パスワード付）", charset="iso-2022-jp",
    body="""工藤部長、高根沢さん

定期券の区間と実際の経路が異なる疑いのある事案の調査資料をまとめました。
パスワードは口頭でお伝えします。

佐伯""",
    attachments=[{"kind": "zip", "name": "調査資料_202511.zip", "password": "kT!9x2mq",
                  "files": [{"kind": "txt", "name": "調査メモ.txt", "text": "対象者 3名 区間差異あり"}]}],
    expect="pass", entities=[], detectors=[],
    note="encrypted ZIP, but every recipient is internal")

# 059 stop: dropped 'co.' in the own domain, with one person's new route
_p = person()
add(sender=IMAIZUMI, to=["本社 通勤手当窓口 <tsukin@hinode-sangyo.jp>"], subject="経路変更届の転送（厚木）",
    charset="iso-2022-jp",
    body=f"""本社 通勤手当窓口 御中

厚木工場の今泉です。工場で受け付けた経路変更届の内容です。

 {_p['name']}
 〒{_p['zip']} {_p['addr']}
 {_p['route']} 1か月 {_p['fare']:,}円

原本は社内便で送ります。
{SIG_IMAIZUMI}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyo.jp drops 'co.' from the own domain: look-alike recipient")

# 060 stop: PPTX on a car-pool scheme with 6 members' addresses and phones, to a consultant
_p = people(6)
add(sender=TAKANE, to=["グリーンモビリティ研究所 長瀬様 <nagase@green-mobility.co.jp>"],
    subject="相乗り通勤トライアルの資料", charset="utf-8",
    body=f"""グリーンモビリティ研究所
長瀬様

お世話になっております。日の出産業の高根沢です。
来月からの相乗り通勤トライアルについて、社内説明資料をお送りします。
3ページ目に参加者の自宅と連絡先をまとめていますので、
ルート最適化の検討にお使いください。
{SIG_TAKANE}""",
    attachments=[{"kind": "pptx", "name": "相乗り通勤トライアル.pptx", "title": "相乗り通勤トライアル",
                  "slides": [["相乗り通勤トライアル", "期間：2026年2月～4月", "対象：厚木工場 日勤者"],
                             ["目的", "駐車場不足の解消", "CO2排出削減", "通勤手当の適正化"],
                             ["参加者（6名）"] + [f"{p['name']}　{p['addr']}　{p['phone']}" for p in _p]]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="slide with 6 participants' home addresses and phones to an external consultant")


# == 061-080 ================================================================================

# 061 stop: DOCX table with My Numbers of an employee and spouse (address change + dependant)
_p = person()
_sp = person()
_sp["mei"] = rng.choice([g[0] for g in GIVEN if g[3] != _p["sex"]])
_mn1, _mn2 = next_my_number(), next_my_number()
add(sender=SAEKI, to=[YAMABUKI], subject="住所変更・被扶養者異動の届出資料", charset="iso-2022-jp",
    body=f"""大河内様

お世話になっております。佐伯です。
{_p['sei']}さんが結婚に伴い転居し、配偶者を扶養に入れることになりました。
必要事項を記入した確認票（Word）を添付します。届出をお願いいたします。
{SIG_SAEKI}""",
    attachments=[{"kind": "docx", "name": "異動確認票_" + _p["sei"] + ".docx",
                  "paragraphs": ["住所変更・被扶養者異動 確認票", "記入日：2025年12月2日　記入者：総務部 佐伯"],
                  "tables": [[["区分", "氏名", "生年月日", "個人番号", "住所"],
                              ["被保険者", _p["name"], wareki(_p), _mn1, f"〒{_p['zip']} {_p['addr']}"],
                              ["配偶者", _p["sei"] + " " + _sp["mei"], wareki(_sp), _mn2, "同上"]]]}],
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table with two My Numbers, DOB and address to the consultant")

# 062 pass: English reply quoting ("On ... wrote:") the partner's own list of visitors
_p = people(6)
_qq = "\n".join(f"> - {p['romaji']}, mobile +81 {p['phone'][1:]}" for p in _p)
add(sender=TAKANE, to=["Lars Holm <lars.holm@nordvik-industri.com>"], subject="Re: Visitors list for the shuttle bus",
    charset="utf-8",
    body=f"""Dear Lars,

Thank you. We have reserved six seats on the 7:25 bus for Monday to Friday.
The driver will have a printed copy of your list.

Best regards,
Ryo Takanezawa

On Tue, 3 Feb 2026 at 09:12, Lars Holm <lars.holm@nordvik-industri.com> wrote:
> Dear Mr. Takanezawa,
>
> Here is the list of our visitors who will take the shuttle bus:
{_qq}
>
> Kind regards,
> Lars""",
    expect="pass", entities=[], detectors=[],
    note="the list is only quoted from the partner's own mail; the new text carries no data")

# 063 stop: look-alike of the partner kawasaki-denki (l for i)
_p = person()
add(sender=SAEKI, to=["川崎電機 総務課 <soumu@kawasaki-denkl.co.jp>"], subject="出向者の通勤経路について",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
総務課 ご担当者様

お世話になっております。日の出産業の佐伯です。
1月から貴社川崎事業所へ出向する{_p['name']}の通勤経路をお知らせします。

　自宅最寄駅：{_p['station']}
　経路：{_p['station']}→登戸→武蔵小杉→川崎（1か月定期 {_p['fare'] + 6000:,}円）

通勤手当は出向元の弊社から支給し、出向負担金で精算する形でお願いします。
{SIG_SAEKI}""",
    expect="stop", entities=["PERSON_NAME"], detectors=["lookalike_domain", "personal_data"],
    note="kawasaki-denkl.co.jp swaps i for l in the partner's domain")

# 064 pass: the real partner, one seconded employee's route and fare
_p = person()
add(sender=SAEKI, to=["川崎電機 総務課 村瀬様 <murase@kawasaki-denki.co.jp>"],
    subject="Re: 出向者の交通費負担について", charset="iso-2022-jp",
    body=f"""川崎電機株式会社
村瀬様

お世話になっております。日の出産業の佐伯です。
お問い合わせの件、出向者{_p['name']}の通勤費は以下のとおりです。

　区間：{_p['station']}～川崎（6か月定期）
　金額：{(_p['fare'] + 6000) * 5:,}円（1か月あたり {(_p['fare'] + 6000) * 5 // 6:,}円）

出向負担金の請求書に含めて四半期ごとにご請求いたします。
{SIG_SAEKI}""",
    expect="pass", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="one seconded employee's route and fare to the partner: a single person, may warn")

# 065 stop: card number in full-width digits to the railway company
_p = person()
_cc = next_card()
add(sender=SAEKI, to=[MINATO], subject="クレジットカードで購入した定期券の払いもどしについて",
    charset="utf-8",
    body=f"""みなと急行電鉄 お客さまセンター ご担当者様

日の出産業 総務部の佐伯と申します。
弊社社員{_p['name']}が、会社の一括購入分とは別に自身のクレジットカードで
6か月定期券を購入してしまいました。重複分を払いもどし、カードへ返金いただきたく存じます。

　購入日：２０２５年１０月１日
　区間：{_p['station']}～本厚木
　購入時のカード番号：{fw(_cc[:4])}　{fw(_cc[4:8])}　{fw(_cc[8:12])}　{fw(_cc[12:])}

窓口での手続きが必要であれば、本人が定期券とカードを持参いたします。
{SIG_SAEKI}""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="an employee's credit card number in full-width digits to the railway company")

# 066 pass: bug report to the partner system vendor, employee ids only, screenshot
add(sender=TAKANE, to=[TSUBASA], subject="【不具合報告】通勤手当の日割計算が合わない", charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業の高根沢です。
月途中で経路変更した社員の通勤手当の日割額が、手計算と合いません。

　再現条件：11/17付で経路変更、旧 6,240円 → 新 10,150円
　システム計算：8,210円
　手計算：8,196円（旧14日分＋新16日分、暦日30日）

端数処理の設定（切上げ／四捨五入）の問題でしょうか。画面キャプチャを添付します。
該当の社員番号は H40312 です。
{SIG_TAKANE}""",
    attachments=[{"kind": "png", "name": "日割計算画面.png"}],
    expect="pass", entities=[], detectors=[],
    note="bug report with amounts and one employee id, no personal data")

# 067 stop: XLSX without a name column: employee id, DOB, home address, route (20 rows)
_p = people(20)
add(sender=SAEKI, to=[TOHO], subject="定期券区間の最適化シミュレーション用データ", charset="utf-8",
    body=f"""東邦トラベルサービス
小松様

お世話になっております。佐伯です。
先日ご提案いただいた「最安経路シミュレーション」用のデータをお送りします。
氏名は伏せて社員番号にしてあります。年齢条件（学割等）の判定用に生年月日は残しています。
{SIG_SAEKI}""",
    attachments=[{"kind": "xlsx", "name": "経路シミュレーション用.xlsx",
                  "sheets": {"data": [["社員番号", "生年月日", "自宅住所", "現行区間", "現行月額"]]
                             + [[p["emp"], seireki(p, "/"), f"{p['zip']} {p['addr']}", p["route"], p["fare"]] for p in _p]}}],
    expect="stop", entities=["DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="20 rows of DOB and home address keyed by employee id (no name column) to the agent")

# 068 stop: the mail itself is marked 【取扱注意】 (route abolition plan) to the bus operator
add(sender=KUDO, to=[AOBA_P], subject="【取扱注意】送迎バス路線見直し案", charset="iso-2022-jp",
    body=f"""【取扱注意】本メールの内容は社内決定前のため、関係者限りでお願いします。

青葉運輸株式会社
篠原様

お世話になっております。日の出産業の工藤です。
来年度、利用者の少ない海老名駅西口ルートの廃止を検討しています。
廃止した場合の契約金額への影響を概算でお示しいただけますでしょうか。

　現行：本厚木ルート（朝3便・夕4便）＋海老名ルート（朝2便・夕2便）
　案　：本厚木ルートのみ（朝4便・夕5便）
{SIG_KUDO}""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the mail is stamped 【取扱注意】 and goes to an external bus operator")

# 069 pass: the word 社外秘 only mentioned in running text
add(sender=IMAIZUMI, to=[AOBA_P], subject="Re: 乗車人数データのご提供について", charset="iso-2022-jp",
    body=f"""篠原様

お世話になっております。今泉です。
お問い合わせの勤務シフト表ですが、社外秘の社内資料のためそのままお渡しすることは
できません。代わりに、便ごとの平均乗車人数を下記にまとめました。

　朝1便 31名 ／ 朝2便 42名 ／ 朝3便 18名
　夕1便 27名 ／ 夕2便 38名 ／ 夕3便 15名 ／ 最終 6名

車両サイズの検討にはこちらで足りるかと存じます。
{SIG_IMAIZUMI}""",
    expect="pass", entities=[], detectors=[],
    note="社外秘 appears only in running text explaining what is not sent; aggregate numbers only")

# 070 stop: corrupt PDF to the 社労士
add(sender=SAEKI, to=[YAMABUKI2], subject="通勤災害 現認書のスキャン", charset="iso-2022-jp",
    body=f"""やまぶき社会保険労務士法人 御中

お世話になっております。日の出産業の佐伯です。
先日の件、現認書をスキャンしましたのでお送りします。
複合機の調子が悪く、開けなければご連絡ください。
{SIG_SAEKI}""",
    attachments=[{"kind": "corrupt", "name": "現認書_scan0041.pdf"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the scanned PDF is corrupt and cannot be inspected")

# 071 stop: ZIP (not encrypted) with a UTF-8 CSV of 6 bank accounts to the partner bank
_p = people(6)
_branches = ["厚木支店", "本厚木駅前支店", "海老名支店", "相模大野支店", "町田支店", "伊勢原支店"]
add(sender=TAKANE, to=[MIDORI], subject="立替通勤費 総合振込データ（テスト送信）", charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
ご担当者様

お世話になっております。日の出産業の高根沢です。
先日ご相談した立替通勤費の総合振込について、形式確認用のデータを
お送りします。実際の12月支払分のデータです。
{SIG_TAKANE}""",
    attachments=[{"kind": "zip", "name": "furikomi_202512.zip",
                  "files": [{"kind": "csv", "name": "furikomi_202512.csv", "encoding": "utf-8",
                             "rows": [["受取人名（カナ）", "銀行", "支店", "種目", "口座番号", "金額"]]
                             + [[p["kana"].replace(" ", "　"), "みどり銀行", rng.choice(_branches), "普通",
                                 f"{rng.randint(1000000, 9999999)}", rng.choice([3120, 4860, 7440, 12980, 2210])]
                                for p in _p]}]}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="ZIP holding a CSV of 6 employees' bank accounts to the bank")

# 072 pass: internal subdomain recipient, list with DOB and addresses
_p = people(8)
add(sender=SAEKI, to=[IMAIZUMI], subject="厚木工場 住所変更者（確認用）", charset="utf-8",
    body="今泉さん\n\n厚木工場所属の住所変更者です。送迎バスの停留所変更が必要な人がいないか見てください。\n\n"
    + "\n".join(f"{p['emp']} {p['name']} {seireki(p)} {p['zip']} {p['addr']}" for p in _p)
    + "\n\n佐伯",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=[],
    note="mail.hinode-sangyo.co.jp is an internal subdomain: the list stays inside")

# 073 stop: three employees' carrier addresses visible in Cc (typhoon notice)
add(sender=IMAIZUMI, to=[IMAIZUMI],
    cc=["takuya.n-0721@docomo.ne.jp", "mayu_h.rose@ezweb.ne.jp", "kenji-ogura88@softbank.ne.jp"],
    subject="【台風接近】明日の送迎バス運休のお知らせ", charset="iso-2022-jp",
    body=f"""明日早番の方へ（会社アドレスを見られない方へ携帯メールでお送りしています）

台風の接近に伴い、明日の送迎バス朝1便・2便は運休となります。
早番の方は10時からの遅番シフトに振り替えてください。
無理な出社はしないでください。

厚木工場 総務グループ 今泉""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private persons' carrier addresses in Cc can see each other: should have been Bcc")

# 074 pass: one employee on parental leave, personal free-mail address
add(sender=SAEKI, to=["Sanae K <sanae.kirara.home@outlook.jp>"], subject="復職後の通勤経路について",
    charset="iso-2022-jp",
    body=f"""雲母さん

ご無沙汰しております。総務の佐伯です。
4月の復職に向けて、通勤経路の確認をさせてください。
育休中に転居されたと伺いましたので、復職前に通勤経路届をポータルから
出していただけますか。保育園経由の経路でも、合理的な範囲であれば認められます。

何かあればこのアドレスに返信してください。
{SIG_SAEKI}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient (employee's personal address), no personal data")

# 075 stop: XLSX of 4 commuting accidents with injury names, to the 社労士
_p = people(4)
_inj = ["右手関節捻挫", "左大腿骨頸部骨折", "頭部打撲・脳震盪", "右膝挫創（縫合5針）"]
add(sender=SAEKI, to=[YAMABUKI], subject="今年度の通勤災害一覧（年度まとめ）", charset="utf-8",
    body=f"""大河内様

お世話になっております。佐伯です。
今年度の通勤災害4件の一覧をまとめました。
休業日数と給付の状況に誤りがないか照合をお願いします。
{SIG_SAEKI}""",
    attachments=[{"kind": "xlsx", "name": "通勤災害一覧_2025年度.xlsx",
                  "sheets": {"一覧": [["2025年度 通勤災害一覧"], ["No", "氏名", "年齢", "発生日", "傷病名", "休業日数"]]
                             + [[i + 1, p["name"], age(p), f"2025/{rng.randint(4, 11)}/{rng.randint(1, 28)}", _inj[i],
                                 rng.choice([0, 3, 12, 21, 46])] for i, p in enumerate(_p)]}}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="4 named employees with their injuries (要配慮): sensitive even under five rows")

# 076 pass: anonymous accident statistics to the 社労士
add(sender=TAKANE, to=[YAMABUKI2], subject="通勤災害の発生状況（安全衛生委員会資料用）", charset="iso-2022-jp",
    body=f"""やまぶき社会保険労務士法人 御中

お世話になっております。高根沢です。
安全衛生委員会で使う、通勤災害の発生状況（件数のみ）をお送りします。

　2023年度：5件（転倒3、自転車2）
　2024年度：4件（転倒2、自動車1、自転車1）
　2025年度：4件（11月末時点）

自転車通勤者のヘルメット着用率は62%です。
他社の事例と比べて多いかどうか、ご所見をいただけますと幸いです。
{SIG_TAKANE}""",
    expect="pass", entities=[], detectors=[],
    note="counts of accidents only: no person can be identified")

# 077 either: a health event described without a name (small department, age band)
add(sender=SAEKI, to=[YAMABUKI], subject="通勤途中に倒れた社員の件（ご相談）", charset="iso-2022-jp",
    body=f"""大河内様

お世話になっております。佐伯です。
氏名は伏せますが、品質保証課の50代の男性社員が、先週の朝、駅から工場へ向かう
送迎バスの中で倒れ、脳梗塞と診断されました。現在入院中です。

業務起因性はないと考えていますが、通勤途中の発症の場合に通勤災害となる可能性が
あるのかどうか、一般論で結構ですのでご教示ください。
{SIG_SAEKI}""",
    expect="either", entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="diagnosis without a name, but department, age band and date may identify him")

# 078 stop: look-alike of the partner law office (l replaced by i)
add(sender=KUDO, to=["白川法律事務所 白川先生 <shirakawa@shirakawa-iaw.jp>"],
    subject="ご相談の日程について", charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。日の出産業の工藤です。
先日お電話でお話しした通勤途上事故の件、ご相談の日程を以下で調整させてください。

　12月9日（火）15時～ または 12月11日（木）10時～

資料は当日お持ちいたします。
{SIG_KUDO}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="shirakawa-iaw.jp puts i for l in the partner law office's domain")

# 079 stop: look-alike of the partner hotel (digit 1 for l)
add(sender=IMAIZUMI, to=["さくらホテル 法人予約 <hojin@sakura-hote1.jp>"],
    subject="大雪時の帰宅困難者用 客室の仮押さえ", charset="iso-2022-jp",
    body=f"""さくらホテル 法人予約ご担当者様

いつもお世話になっております。日の出産業 厚木工場の今泉です。
今週木曜から金曜にかけて大雪の予報のため、送迎バスが運休した場合に備えて
シングル5室を仮押さえさせてください（1月22日泊、日の出産業名義）。
前日17時までに確定またはキャンセルのご連絡をいたします。
{SIG_IMAIZUMI}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="sakura-hote1.jp uses the digit 1 for l: look-alike of the partner hotel")

# 080 pass: the real partner hotel, three guests' names and mobiles
_p = people(3)
add(sender=IMAIZUMI, to=["さくらホテル 法人予約 <hojin@sakura-hotel.jp>"],
    subject="Re: 大雪時の帰宅困難者用 客室の確定", charset="iso-2022-jp",
    body=f"""さくらホテル 法人予約ご担当者様

お世話になっております。今泉です。
仮押さえの5室のうち、3室で確定をお願いします。宿泊者は以下のとおりです。

""" + "\n".join(f"　{p['name']}（{p['kana']}）　携帯 {p['phone']}" for p in _p) + f"""

残り2室はキャンセルでお願いします。精算は請求書払いでお願いいたします。
{SIG_IMAIZUMI}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three guests' names and mobiles to the partner hotel: under five, may warn")


# == 081-100 ================================================================================

# 081 stop: a named employee who was the victim of a crime on the commuting train
_p = person()
add(sender=SAEKI, to=["みなと急行電鉄 本厚木駅 駅長室 <hon-atsugi@minato-kyuko.co.jp>"],
    subject="通勤中の被害に関するご相談", charset="cp932",
    body=f"""みなと急行電鉄 本厚木駅 駅長様

日の出産業株式会社 総務部の佐伯と申します。
弊社社員の{_p['name']}（{age(_p)}歳）が、11月12日（水）朝7時台の上り急行
（町田→本厚木間、前から3両目）で痴漢の被害に遭い、厚木警察署に被害届を提出しました。
本人は同じ車両に乗ることに強い不安を感じており、会社としては通勤経路・時間帯の
変更を認める方向で検討しています。

警察からの照会に備え、当該列車の混雑状況や女性専用車両の運行時間帯について
ご教示いただけますでしょうか。
{SIG_SAEKI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="names an employee as a crime victim (要配慮個人情報) to the railway company")

# 082 pass: import template question to the partner system vendor (header only)
add(sender=TAKANE, to=[TSUBASA], subject="通勤経路一括取込のCSVレイアウトについて", charset="utf-8",
    body=f"""ツバサシステム サポートご担当者様

お世話になっております。日の出産業の高根沢です。
通勤経路の一括取込用CSVについて、添付のレイアウトで取り込めるか確認させてください。
（ヘッダー行のみのサンプルです）
「経由駅」を複数指定する場合の区切り文字も教えてください。
{SIG_TAKANE}""",
    attachments=[{"kind": "csv", "name": "keiro_import_layout.csv", "encoding": "utf-8",
                  "rows": [["社員番号", "適用開始日", "通勤手段", "乗車駅", "降車駅", "経由駅", "定期期間", "バス区間"]]}],
    expect="pass", entities=[], detectors=[],
    note="CSV with a header row only: a layout question, no data")

# 083 stop: passport number of a new foreign hire to the relocation company
_pp = f"{rng.choice(['E', 'C', 'P'])}{rng.randint(1000000, 9999999)}"
add(sender=TAKANE, to=["Global Relo Partners <assignments@globalrelo-partners.com>"],
    subject="New hire arriving in January - commuter pass and housing", charset="utf-8",
    body=f"""Hello,

Our new engineer will arrive in Japan on January 8. Until she receives her
residence card at the airport, please use her passport details for the
temporary housing contract and the commuter pass application.

  Name: Ana Lucia FERREIRA
  Date of birth: 14 March 1994
  Passport No.: {_pp} (Brazil)
  Office: Atsugi plant, commuting from Hon-Atsugi by shuttle bus

Please send me the quotation once the apartment is fixed.
{SIG_EN}""",
    expect="stop", entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a passport number with name and DOB to an external relocation firm")

# 084 pass: print order to the partner printer
add(sender=SAEKI, to=["錦印刷 営業部 根本様 <nemoto@nishiki-insatsu.co.jp>"],
    subject="通勤経路届・乗車証の印刷発注", charset="iso-2022-jp",
    body=f"""錦印刷株式会社
根本様

いつもお世話になっております。日の出産業の佐伯です。
下記のとおり発注いたします。

　品名　　　　　　　仕様　　　　　　　　　　数量　　単価
　通勤経路届（複写）A4 2枚複写 50組綴り　　40冊　　　480円
　送迎バス乗車証　　名刺サイズ PET 両面　　600枚　　　 42円
　納期：1月16日（金）厚木工場 総務グループ宛

発注書番号：PO-2025-1204
{SIG_SAEKI}""",
    expect="pass", entities=[], detectors=[],
    note="ordinary purchase order with product specs and a PO number")

# 085 stop: comma-separated rows in the body (names, addresses) to the partner system vendor
_p = people(5)
add(sender=TAKANE, to=[TSUBASA], subject="Re: 経路自動検索の精度検証について", charset="utf-8",
    body=f"""ツバサシステム 浅野様

お世話になっております。高根沢です。
自動検索の精度検証用に、実際の社員データを何件か貼り付けます。
住所から最寄駅が正しく判定されるか見ていただけますか。

氏名,自宅住所,申請の最寄駅
""" + "\n".join(f"{p['name']},{p['zip']} {p['addr']},{p['station']}" for p in _p) + f"""

結果はこのスレッドで返信いただければ大丈夫です。
{SIG_TAKANE}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="five employees' names and home addresses pasted comma-separated to the system vendor")

# 086 pass: four new hires' records to the agent (under the list threshold)
_p = people(4)
add(sender=SAEKI, to=[TOHO], subject="定期券購入依頼（2月入社 4名）", charset="cp932",
    body=f"""東邦トラベルサービス 小松様

お世話になっております。佐伯です。
2月入社の4名分、定期券の購入をお願いします。

""" + "\n".join(f"{i + 1}　{p['name']}（{p['kana']}）　{wareki(p, short=True)}生　{p['station']}⇔本厚木　3か月"
                for i, p in enumerate(_p)) + f"""

お手数ですがよろしくお願いいたします。
{SIG_SAEKI}""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="four people's records to the agent: below five, may warn but must go")

# 087 stop: an internal mail with a 7-person list, forwarded inline to an outside bus company
_p = people(7)
add(sender=IMAIZUMI, to=["はやて交通 運行管理 石原様 <ishihara@hayate-kotsu.co.jp>"],
    subject="Fwd: 台風時 出社困難者リスト", charset="utf-8",
    body=f"""石原様

お世話になっております。今泉です。
明日の臨時送迎ルート検討用に、社内で集めたリストを転送します。
自宅近くで拾っていただける停留所があるか見ていただけますか。

---------- Forwarded message ---------
From: 製造二課 班長 <seizo2-leader@hinode-sangyo.co.jp>
Date: 2025年9月4日(木) 16:22
Subject: 台風時 出社困難者リスト
To: 今泉 玲奈 <imaizumi-r@mail.hinode-sangyo.co.jp>

今泉さん
電車が止まると来られない人のリストです。

""" + "\n".join(f"{p['name']}／{p['addr']}／{p['phone']}" for p in _p) + """

よろしくお願いします。""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a forward is new text to the bus company: 7 people's addresses and phones")

# 088 pass: internal mail stamped 社外秘
add(sender=KUDO, to=["経営会議メンバー <keiei-kaigi@hinode-sangyo.co.jp>"], cc=[SAEKI],
    subject="【社外秘】通勤手当制度見直しの方向性", charset="iso-2022-jp",
    body=f"""【社外秘】

経営会議メンバー各位

総務部の工藤です。次回経営会議の議題「通勤手当制度見直し」の事前資料です。
在宅勤務の定着を踏まえ、定期代一律支給から実費精算への移行を提案します。
試算では年間約2,400万円の削減となります。
{SIG_KUDO}""",
    attachments=[{"kind": "pdf", "name": "通勤手当見直し_経営会議資料.pdf", "page_header": "社外秘",
                  "lines": ["通勤手当制度見直しの方向性", "1. 現状：定期代一律支給（在宅中心者68名を含む）",
                            "2. 提案：出社日数10日未満は実費精算", "3. 効果：年間約2,400万円の削減"]}],
    expect="pass", entities=[], detectors=[],
    note="marked 社外秘, but every recipient is internal")

# 089 stop: PDF with "CONFIDENTIAL - Internal Only" footer to an external consultant
add(sender=TAKANE, to=["グリーンモビリティ研究所 長瀬様 <nagase@green-mobility.co.jp>"],
    subject="通勤コストの社内分析資料", charset="utf-8",
    body=f"""長瀬様

お世話になっております。高根沢です。
社内向けに作成した通勤コストの分析資料をお送りします。
次回の打合せでは、この数字をベースにシャトルバス増便の効果をご説明いただければ幸いです。
{SIG_TAKANE}""",
    attachments=[{"kind": "pdf", "name": "Commuting_Cost_Analysis_FY2025.pdf",
                  "page_footer": "CONFIDENTIAL - Internal Only", "title": "Commuting Cost Analysis FY2025",
                  "lines": ["Commuting Cost Analysis FY2025", "1. Total commuting allowance: JPY 235.4 million",
                            "2. Shuttle bus contract: JPY 31.2 million", "3. Parking lease: JPY 8.7 million",
                            "4. Car commuters at Atsugi: 187 (up 12 from FY2024)"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the attached PDF carries a CONFIDENTIAL / Internal Only footer and goes outside")

# 090 pass: the partner food company's visitors and the shuttle bus, one business contact
add(sender=IMAIZUMI, to=["北国フーズ 品質管理部 大森様 <omori@kitaguni-foods.co.jp>"],
    subject="工場監査ご来訪時の送迎について", charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
品質管理部 大森様

お世話になっております。日の出産業 厚木工場の今泉です。
2月18日の工場監査ですが、本厚木駅北口から弊社の送迎バス（8:45発の臨時便）を
ご利用いただけます。当日の連絡先は、私の携帯 090-6612-0384 までお願いいたします。
{SIG_IMAIZUMI}""",
    expect="pass", entities=[], detectors=[],
    note="visit logistics with the sender's own business mobile: no one's personal data")

# 091 stop: look-alike of the partner bus operator (two letters swapped)
add(sender=IMAIZUMI, to=["青葉運輸 篠原様 <shinohara@aoba-unuy.co.jp>"], subject="Re: 2月の乗車実績",
    charset="iso-2022-jp",
    body=f"""篠原様

お世話になっております。今泉です。
2月の乗車実績（便別の延べ人数）を確認しました。請求書はこの数字でお願いします。

　朝便 計2,184名　夕便 計2,031名　臨時便 計96名
{SIG_IMAIZUMI}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="aoba-unuy.co.jp swaps two letters of the partner domain aoba-unyu.co.jp")

# 092 pass: the 社労士 and the partner law office in To/Cc, a meeting mail without details
add(sender=KUDO, to=[YAMABUKI], cc=[SHIRAKAWA], subject="通勤途上事故の件 三者打合せのお願い",
    charset="iso-2022-jp",
    body=f"""大河内様
（cc：白川法律事務所 白川先生）

お世話になっております。日の出産業の工藤です。
先日ご相談した通勤途上事故の件、労災給付と損害賠償の調整について
お二人にご同席いただき打合せをしたく存じます。

候補：12月16日（火）14時～ ／ 12月18日（木）10時～
場所：弊社本社 7階 会議室B（オンライン参加も可）

詳細な資料は当日お持ちします。
{SIG_KUDO}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations (consultant and law office): a normal three-way meeting mail")

# 093 stop: three commuter-pass agents visible to each other
add(sender=TAKANE, to=[LINER, TOHO], cc=["ジェイツアー 法人営業 <corporate@jtour-biz.co.jp>"],
    subject="定期券購入代行業務 来年度のお取引条件について", charset="iso-2022-jp",
    body=f"""各社 ご担当者様

日の出産業株式会社 総務部の高根沢です。
来年度の定期券購入代行について、手数料体系の見直しをお願いしたく、
1枚あたりの代行手数料と配送料のお見積りを1月末までにご提示ください。

年間購入枚数の見込み：約1,100枚（6か月定期が中心）
{SIG_TAKANE}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing agents in To/Cc see each other: should have been Bcc")

# 094 pass: corporate commuter-pass application with the company's own corporate number
_hn = corp_number("01040100" + str(rng.randint(1000, 9999)))
add(sender=TAKANE, to=["みなと急行電鉄 法人定期担当 <hojin-teiki@minato-kyuko.co.jp>"],
    subject="法人定期券 申込書の送付（申込番号 MK-2026-0031）", charset="iso-2022-jp",
    body=f"""みなと急行電鉄 法人定期担当 御中

日の出産業株式会社 総務部の高根沢です。
法人定期券（持参人式）の申込書を添付いたします。

　申込番号：MK-2026-0031
　法人番号：{_hn}
　区間：本厚木～新宿（2枚）
　用途：本社⇔厚木工場間の業務移動用（共用）

請求書の宛名は「日の出産業株式会社 総務部」でお願いします。
{SIG_TAKANE}""",
    attachments=[{"kind": "pdf", "name": "法人定期券申込書.pdf",
                  "lines": ["法人定期券 申込書", "申込法人：日の出産業株式会社", f"法人番号：{_hn}",
                            "所在地：東京都港区海岸3-9-15", "区間：本厚木～新宿　枚数：2"]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="the company's own corporate number and an application number: no personal data")

# 095 stop: DOCX table of 8 employees' addresses and routes to the partner system vendor
_p = people(8)
add(sender=TAKANE, to=[TSUBASA], subject="旧システムからの移行データ（通勤経路確認書）", charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
浅野様

お世話になっております。高根沢です。
旧システムから出力できなかった分の通勤経路確認書（Word）をお送りします。
手入力での移行をお願いできますでしょうか。
{SIG_TAKANE}""",
    attachments=[{"kind": "docx", "name": "通勤経路確認書_移行分.docx",
                  "paragraphs": ["通勤経路確認書（移行対象分）", "2025年12月1日 総務部作成"],
                  "tables": [[["社員番号", "氏名", "自宅住所", "経路", "月額"]]
                             + [[p["emp"], p["name"], f"{p['zip']} {p['addr']}", p["route"], f"{p['fare']:,}"] for p in _p]]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="DOCX table of 8 employees' names and home addresses to the system vendor")

# 096 pass: the bus operator's minor accident, no one injured, no personal data
add(sender=KUDO, to=[AOBA_P], cc=[IMAIZUMI], subject="Re: 送迎バス 接触事故のご報告", charset="iso-2022-jp",
    body=f"""篠原様

ご報告ありがとうございます。日の出産業の工藤です。
乗客・乗務員ともにけが人がいなかったとのこと、安心いたしました。
再発防止策（工場正門での後退時の誘導員配置）については、弊社警備とも調整いたします。
事故報告書の正式版は、まとまり次第お送りください。
{SIG_KUDO}""",
    expect="pass", entities=[], detectors=[],
    note="accident follow-up with no injured person and no personal data")

# 097 either: five rows of employee id, route and fare only, to the agent
_p = people(5)
add(sender=SAEKI, to=[LINER], subject="払いもどし対象の定期券（5枚）", charset="iso-2022-jp",
    body=f"""ライナートラベル ご担当者様

お世話になっております。佐伯です。
退職・異動により不要になった定期券5枚を返送いたします。払いもどしの手続きをお願いします。

""" + "\n".join(f"  {p['emp']}  {p['station']}～本厚木  6か月  {p['fare'] * 5:,}円  2026/3/31まで" for p in _p) + f"""

{SIG_SAEKI}""",
    expect="either", entities=[], detectors=[],
    note="5 rows of employee id, route and fare: records of people, but hardly personal data")

# 098 pass: internal, leave-benefit paperwork with pension number and injury, between desks
_p = person()
add(sender=SAEKI, to=["人事部 労務グループ <roumu@hinode-sangyo.co.jp>"], subject="休業給付支給請求書の記入内容確認",
    charset="iso-2022-jp",
    body=f"""労務グループ各位

通勤災害で休業中の{_p['name']}さんの休業給付支給請求書（様式第16号の6）について、
記入内容の確認をお願いします。

　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　傷病名：右脛骨骨幹部骨折
　休業期間：11月6日～12月5日（30日間）
　平均賃金：11,482円

問題なければ社労士に回します。
佐伯""",
    expect="pass", entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"], detectors=[],
    note="pension number and injury of a named employee, but all recipients are internal")

# 099 stop: a password ZIP to the partner bank
add(sender=TAKANE, to=[MIDORI], subject="総合振込データ（1月分）", charset="cp932",
    body=f"""みどり銀行 法人営業部
ご担当者様

お世話になっております。日の出産業の高根沢です。
1月分の立替通勤費の振込データを送付いたします。
ファイルはパスワード付きZIPにしております。パスワードは別途ご連絡いたします。
{SIG_TAKANE}""",
    attachments=[{"kind": "zip", "name": "furikomi_202601.zip", "password": "Mdr#0126",
                  "files": [{"kind": "xlsx", "name": "furikomi_202601.xlsx",
                             "sheets": {"振込": [["受取人", "口座番号", "金額"], ["ｻﾄｳ ｹﾝﾀ", "1234567", 3120]]}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="encrypted ZIP to the bank cannot be inspected")

# 100 pass: Outlook-style Japanese reply quoting the consultant (差出人/送信日時) with sensitive text
_p = person()
add(sender=SAEKI, to=[YAMABUKI], subject="RE: 通勤災害認定の見込みについて", charset="iso-2022-jp",
    body=f"""大河内様

ご回答ありがとうございます。
ご指摘の「合理的な経路からの逸脱」の点、本人に改めて確認し、来週中にご連絡いたします。

佐伯

差出人: 大河内 <okochi@yamabuki-sr.jp>
送信日時: 2025年11月7日 金曜日 11:20
宛先: 佐伯 美和 <m-saeki@hinode-sangyo.co.jp>
件名: 通勤災害認定の見込みについて

佐伯様

{_p['name']}様の件（右足関節捻挫・右腓骨遠位端骨折）、拝見しました。
自宅から駅までの通常経路上の事故であれば通勤災害に該当する可能性が高いと考えます。
ただし、途中でコンビニに立ち寄った時間が長い場合は逸脱・中断と判断されることがあります。

大河内""",
    expect="pass", entities=[], detectors=[],
    note="the diagnosis appears only in the consultant's quoted mail; the new text holds none")
