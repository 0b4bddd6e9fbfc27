"""Blind evaluation corpus, area ``keimusho``: 日の出産業株式会社's cooperation with prisons
and juvenile training schools — prison-industry work orders (刑務作業), vocational training
inside the facilities, hiring people on parole as a 協力雇用主, probation officers and
保護司, rehabilitation support centres (更生保護施設, 地域生活定着支援センター), and the
ordinary order, delivery and invoice mail with the correctional facilities' purchasing
offices (用度係・会計課).

Every person, number, address and domain other than the ones named in BRIEF.md is
invented; My Numbers and card numbers come from build.py's helpers and belong to no one.
The facilities, probation offices and support centres here are fictional.

Written blind from BRIEF.md, build.py and SPEC.md only (no code of the product, no other
author's corpus).
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 16601
_R = random.Random(SEED)

# -- small helpers ------------------------------------------------------------------------

_SEI = [
    ("四十物", "アイモノ", "Aimono"), ("東海林", "ショウジ", "Shoji"),
    ("百目鬼", "ドウメキ", "Domeki"), ("上遠野", "カドノ", "Kadono"),
    ("刀根", "トネ", "Tone"), ("漆原", "ウルシバラ", "Urushibara"),
    ("猪股", "イノマタ", "Inomata"), ("栗生", "クリュウ", "Kuryu"),
    ("御手洗", "ミタライ", "Mitarai"), ("戸来", "ヘライ", "Herai"),
    ("須賀原", "スガハラ", "Sugahara"), ("鬼頭", "キトウ", "Kito"),
    ("左右田", "ソウダ", "Soda"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("小比類巻", "コヒルイマキ", "Kohiruimaki"), ("五十嵐", "イガラシ", "Igarashi"),
    ("佐藤", "サトウ", "Sato"), ("高橋", "タカハシ", "Takahashi"),
    ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"),
    ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("斎藤", "サイトウ", "Saito"), ("清水", "シミズ", "Shimizu"),
    ("森田", "モリタ", "Morita"), ("池谷", "イケガヤ", "Ikegaya"),
    ("橋爪", "ハシヅメ", "Hashizume"), ("石動", "イスルギ", "Isurugi"),
    ("雨宮", "アメミヤ", "Amemiya"), ("柳沼", "ヤギヌマ", "Yaginuma"),
    ("阿久津", "アクツ", "Akutsu"), ("瀬戸口", "セトグチ", "Setoguchi"),
    ("仲宗根", "ナカソネ", "Nakasone"), ("宇喜多", "ウキタ", "Ukita"),
    ("熊谷", "クマガイ", "Kumagai"), ("野々村", "ノノムラ", "Nonomura"),
    ("土師", "ハジ", "Haji"), ("江頭", "エガシラ", "Egashira"),
]
_MEI_M = [
    ("健太", "ケンタ", "Kenta"), ("翔太", "ショウタ", "Shota"), ("大輝", "ダイキ", "Daiki"),
    ("直樹", "ナオキ", "Naoki"), ("拓海", "タクミ", "Takumi"), ("正和", "マサカズ", "Masakazu"),
    ("勝也", "カツヤ", "Katsuya"), ("浩二", "コウジ", "Koji"), ("聡", "サトシ", "Satoshi"),
    ("隆之", "タカユキ", "Takayuki"), ("和也", "カズヤ", "Kazuya"), ("悠人", "ユウト", "Yuto"),
    ("蓮", "レン", "Ren"), ("剛", "ツヨシ", "Tsuyoshi"), ("誠", "マコト", "Makoto"),
    ("亮介", "リョウスケ", "Ryosuke"), ("智也", "トモヤ", "Tomoya"), ("達也", "タツヤ", "Tatsuya"),
    ("修", "オサム", "Osamu"), ("光一", "コウイチ", "Koichi"), ("英樹", "ヒデキ", "Hideki"),
    ("俊介", "シュンスケ", "Shunsuke"), ("哲平", "テッペイ", "Teppei"), ("良太", "リョウタ", "Ryota"),
]
_MEI_F = [
    ("美咲", "ミサキ", "Misaki"), ("由香", "ユカ", "Yuka"), ("真由美", "マユミ", "Mayumi"),
    ("沙織", "サオリ", "Saori"), ("恵", "メグミ", "Megumi"), ("里奈", "リナ", "Rina"),
    ("明美", "アケミ", "Akemi"), ("綾", "アヤ", "Aya"), ("千尋", "チヒロ", "Chihiro"),
    ("智子", "トモコ", "Tomoko"), ("陽子", "ヨウコ", "Yoko"), ("久美", "クミ", "Kumi"),
]
_PLACES = [
    ("神奈川県", "川崎市中原区", ["木月", "井田", "今井南町", "新丸子東", "上小田中"]),
    ("神奈川県", "横浜市鶴見区", ["岸谷", "生麦", "豊岡町", "矢向"]),
    ("東京都", "大田区", ["西糀谷", "東矢口", "南六郷", "下丸子"]),
    ("埼玉県", "川口市", ["芝新町", "並木", "領家", "西青木"]),
    ("千葉県", "市川市", ["行徳駅前", "南八幡", "新田", "妙典"]),
    ("東京都", "足立区", ["梅島", "西新井栄町", "六月", "花畑"]),
    ("神奈川県", "相模原市南区", ["相模大野", "上鶴間本町", "東林間"]),
    ("静岡県", "沼津市", ["大岡", "西間門", "本字千本"]),
    ("神奈川県", "川崎市川崎区", ["大師駅前", "観音", "小田栄", "藤崎"]),
    ("茨城県", "取手市", ["井野台", "新町", "白山"]),
]
_BLDG = ["コーポ青木", "サンハイツ", "メゾン桜", "第二松風荘", "グリーンヒル", "ハイム柳",
         "レジデンス翠", "若葉荘"]


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def zen(s: str) -> str:
    """ASCII digits and separators to full width, as many people type them."""
    return s.translate(str.maketrans("0123456789-/.():", "０１２３４５６７８９－／．（）："))


def mobile(rng: random.Random) -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def address(rng: random.Random, building: bool | None = None) -> str:
    pref, city, towns = rng.choice(_PLACES)
    town = rng.choice(towns)
    a = f"{pref}{city}{town}{rng.randint(1, 5)}丁目{rng.randint(1, 28)}-{rng.randint(1, 20)}"
    if building or (building is None and rng.random() < 0.4):
        a += f" {rng.choice(_BLDG)}{rng.randint(1, 3)}0{rng.randint(1, 8)}"
    return a


def wareki(y: int, m: int, d: int, style: int = 0) -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, e, base = "令和", "R", 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, e, base = "平成", "H", 1988
    else:
        era, e, base = "昭和", "S", 1925
    n = y - base
    forms = [
        f"{era}{n}年{m}月{d}日",
        f"{e}{n}.{m}.{d}",
        zen(f"{era}{n}年{m}月{d}日"),
        f"{y}/{m:02d}/{d:02d}",
        f"{y}年{m}月{d}日",
        f"{e}{n:02d}/{m:02d}/{d:02d}",
        zen(f"{e}{n}.{m}.{d}"),
    ]
    return forms[style]


def people(rng: random.Random, n: int, female: bool = False, y0: int = 1966,
           y1: int = 2002) -> list[dict]:
    out = []
    for s in rng.sample(_SEI, n):
        g = rng.choice(_MEI_F if female else _MEI_M)
        y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
        out.append({"name": f"{s[0]} {g[0]}", "sei": s[0], "kana": f"{s[1]} {g[1]}",
                    "romaji": f"{g[2]} {s[2]}", "dob": (y, m, d), "tel": mobile(rng),
                    "addr": address(rng), "age": 2025 - y})
    return out


def table(rows: list[list], sep: str = "  ", zenkaku: bool = False, rule: str = "-") -> str:
    """Columns padded with spaces under a header and a rule, as pasted from Excel."""
    ncol = max(len(r) for r in rows)
    widths = [max(_w(str(r[i])) for r in rows if i < len(r)) for i in range(ncol)]
    out = []
    for j, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            if i < len(r) - 1:
                gap = widths[i] - _w(c)
                c += ("　" * (gap // 2) + " " * (gap % 2)) if zenkaku else " " * gap
            cells.append(c)
        out.append(sep.join(cells).rstrip())
        if j == 0 and rule:
            out.append(rule * (sum(widths) + len(sep) * (ncol - 1)))
    return "\n".join(out)


def _mn_check(body11: str) -> int:
    total = 0
    for n in range(1, 12):
        p = int(body11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def not_my_number(rng: random.Random) -> str:
    """12 digits whose My Number check digit is deliberately wrong (a slip number)."""
    body = "".join(str(rng.randrange(10)) for _ in range(11))
    good = _mn_check(body)
    return body + str((good + rng.randint(1, 9)) % 10)


def not_card(rng: random.Random) -> str:
    """16 digits that fail the Luhn check (a membership number)."""
    while True:
        digits = [rng.randrange(10) for _ in range(16)]
        total = 0
        for i, d in enumerate(reversed(digits)):
            if i % 2 == 1:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        if total % 10:
            return "".join(map(str, digits))


def corporate_number(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def grp(n: str, k: int = 4) -> str:
    return " ".join(n[i:i + k] for i in range(0, len(n), k))


# -- the people of 日の出産業 and their signatures ------------------------------------------

_HQ = "〒210-0007 神奈川県川崎市川崎区駅前本町11-2 日の出ビル5F"
_F2 = "〒210-0862 神奈川県川崎市川崎区浮島町4-9 日の出産業 第二工場"
STAFF = {
    "yabuki": ("矢吹 恭子", "Kyoko Yabuki", "総務部 CSR推進室 室長", "yabuki.kyoko", _HQ,
               "044-211-5520（代表） 内線3412"),
    "sasano": ("笹野 圭介", "Keisuke Sasano", "人事部 採用グループ", "sasano.keisuke", _HQ,
               "044-211-5523（直通）"),
    "maki": ("牧 慎吾", "Shingo Maki", "製造部 外注管理課 課長代理", "maki.shingo", _F2,
             "044-288-7731"),
    "shirato": ("白土 恵美", "Emi Shirato", "営業部 官公庁営業課", "shirato.emi", _HQ,
                "044-211-5540"),
    "usami": ("宇佐美 亘", "Wataru Usami", "経理部 経理課", "usami.wataru", _HQ,
              "044-211-5530"),
    "chiaki": ("千秋 美穂", "Miho Chiaki", "人事部 労務グループ", "chiaki.miho", _HQ,
               "044-211-5524"),
    "makita": ("蒔田 伸也", "Shinya Makita", "製造部 技能研修センター", "makita.shinya", _F2,
               "044-288-7745"),
    "yamagiwa": ("山際 学", "Manabu Yamagiwa", "第二工場 工場総務課", "yamagiwa.manabu", _F2,
                 "044-288-7702"),
    "kamoshita": ("鴨下 雅人", "Masato Kamoshita", "総務部長", "kamoshita.masato", _HQ,
                  "044-211-5501"),
    "narasaki": ("楢崎 勇", "Isamu Narasaki", "情報システム部", "narasaki.isamu", _HQ,
                 "044-211-5560"),
    "osumi": ("大角 剛志", "Tsuyoshi Osumi", "製造部 物流課", "osumi.tsuyoshi", _F2,
              "044-288-7750"),
}
DOM = "hinode-sangyo.co.jp"


def frm(key: str) -> str:
    s = STAFF[key]
    return f"{s[0]} <{s[3]}@{DOM}>"


def addr_of(key: str) -> str:
    return f"{STAFF[key][3]}@{DOM}"


def sig(key: str, style: int = 0) -> str:
    name, romaji, dept, user, post, tel = STAFF[key]
    mail = f"{user}@{DOM}"
    if style == 0:
        return ("\n――――――――――――――――――――――――\n日の出産業株式会社\n"
                f"{dept}\n{name}\n{post}\nTEL {tel}\nMail {mail}\n"
                "――――――――――――――――――――――――")
    if style == 1:
        return f"\n--\n日の出産業株式会社 {dept}\n{name}（{romaji}）\nTEL: {tel}\nE-mail: {mail}"
    if style == 2:
        return f"\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n日の出産業㈱ {dept}　{name}\n{tel}\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"
    if style == 3:
        return (f"\n--\n{romaji}\n{dept_en(dept)}\nHinode Sangyo Co., Ltd.\n"
                f"11-2 Ekimae-honcho, Kawasaki-ku, Kawasaki, Kanagawa 210-0007, Japan\n"
                f"Tel +81-44-211-5520 / {mail}")
    return f"\n{name}\n{dept}\n{mail}"


def dept_en(dept: str) -> str:
    return {"総務部 CSR推進室 室長": "Head of CSR Office, General Affairs",
            "人事部 採用グループ": "Recruitment, Human Resources"}.get(dept, "Hinode Sangyo")


DISC_JA = ("\n\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_EN = ("\n\nThis e-mail and any attachments may contain confidential information. If you "
           "are not the intended recipient, please notify the sender and delete this e-mail.")

# -- the outside world ----------------------------------------------------------------------

KITA_YODO = "北浜刑務所 会計課用度係 <yodo@kitahama-keimusho.go.jp>"
KITA_KAIKEI = "北浜刑務所 会計課 <kaikei@kitahama-keimusho.go.jp>"
KITA_SAGYO = "北浜刑務所 作業部門 <sagyo@kitahama-keimusho.go.jp>"
KITA_SHOMU = "北浜刑務所 庶務課 <shomu@kitahama-keimusho.go.jp>"
KITA_KYOIKU = "北浜刑務所 教育部門 <kyoiku@kitahama-keimusho.go.jp>"
KITA_HOAN = "北浜刑務所 処遇部門 警備担当 <keibi@kitahama-keimusho.go.jp>"
SHINO_SAGYO = "東雲刑務所 作業課 <sagyo@shinonome-keimusho.go.jp>"
MINA_YODO = "南沢女子刑務所 用度係 <yodo@minamisawa-keimusho.go.jp>"
MINA_SAGYO = "南沢女子刑務所 作業担当 <sagyo@minamisawa-keimusho.go.jp>"
NISHI_KYOIKU = "西岡少年院 教育部門 <kyoiku@nishioka-shonenin.go.jp>"
NISHI_YODO = "西岡少年院 庶務課用度 <yodo@nishioka-shonenin.go.jp>"
HOGO_TSURUMI = "鶴見 保護観察官 <tsurumi.y@tohto-hogokansatsu.go.jp>"
HOGO_SHURO = "東都保護観察所 就労支援担当 <shuro@tohto-hogokansatsu.go.jp>"
ASAHI = "更生保護施設あさひ寮 桑原 <kuwabara@asahi-ryo.or.jp>"
TEICHAKU = "地域生活定着支援センター <soudan@teichaku-kita.or.jp>"
KYOKAI = "中央矯正協会 刑務作業協力部 <kyoryoku@kyosei-kyokai.or.jp>"
KIKO = "神奈川県就労支援事業者機構 事務局 <jimukyoku@shuro-shien-kanagawa.or.jp>"
HW = "ハローワーク北浜 専門援助部門 <senmon@hellowork-kitahama.go.jp>"
MARUTAKA = "丸高建設 中里 <nakazato@marutaka-kensetsu.co.jp>"
YAMATO = "大和塗装 大和 <daihyo@yamato-tosou.co.jp>"
MINATO = "ミナト水産 総務 <soumu@minato-suisan.co.jp>"
SR = "岡社会保険労務士事務所 <oka@oka-sr-office.jp>"

MESSAGES: list[dict] = []

# ------------------------------------------------------------------------------------------
# 001-025
# ------------------------------------------------------------------------------------------

_p = people(_R, 6, y0=1964, y1=1996)
_rows = [["No", "氏名", "フリガナ", "生年月日", "現住所", "携帯電話", "備考"]]
for i, p in enumerate(_p, 1):
    _rows.append([i, p["name"], p["kana"], wareki(*p["dob"], 0), p["addr"], p["tel"],
                  "第2週から" if i == 6 else ""])
MESSAGES.append({
    "id": "keimusho-001",
    "sender": frm("maki"),
    "to": [KITA_SAGYO],
    "subject": "【ご提出】11月構内作業 技術指導員 立入者名簿",
    "charset": "iso-2022-jp",
    "body": f"""北浜刑務所 作業部門
作業専門官 丹羽様

いつも大変お世話になっております。
日の出産業の牧でございます。

11月の構内作業（配電盤部品の組立指導）に伺う技術指導員の名簿を添付いたします。
ご指示どおり、氏名・生年月日・現住所・連絡先を記載しております。
入構証の発行手続きをどうぞよろしくお願い申し上げます。

なお、第2週から指導員が1名増えて6名体制となります（名簿No.6）。
ご不明点がございましたらご連絡ください。
{sig("maki", 0)}""",
    "attachments": [{
        "kind": "xlsx", "name": "立入者名簿_202511.xlsx",
        "sheets": {"立入者名簿": [["構内作業 技術指導員 立入者名簿（令和7年11月）"], []] + _rows,
                   "記入要領": [["項目", "記入方法"], ["生年月日", "和暦で記入"],
                                ["現住所", "住民票どおり"]]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "xlsx roster of six instructors (DOB, home address, mobile) sent to a prison: list of people",
})

_trk = not_my_number(_R)
MESSAGES.append({
    "id": "keimusho-002",
    "sender": frm("shirato"),
    "to": [KITA_YODO],
    "subject": "納品のご案内（ご注文番号 KH-07-0318）",
    "charset": "cp932",
    "body": f"""北浜刑務所 会計課用度係
宮路様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 官公庁営業課の白土でございます。

ご注文番号 KH-07-0318 の品物を本日出荷いたしましたのでご案内いたします。

  品番        品名                   数量    単価
  ----------------------------------------------------
  HG-220L     作業用革手袋 L         200双   ￥480
  HG-220M     作業用革手袋 M         150双   ￥480
  SF-605-26   安全靴 短靴 26.0cm      40足   ￥3,850
  SF-605-27   安全靴 短靴 27.0cm      30足   ￥3,850

運送会社：青葉運輸
お問合せ番号：{_trk[:4]}-{_trk[4:8]}-{_trk[8:]}
到着予定：11月19日（水）午前中

納品書は荷物に同梱しております。
検収のほど、よろしくお願いいたします。
{sig("shirato", 1)}{DISC_JA}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "delivery notice to a prison purchasing office: product codes and a tracking number only",
})

MESSAGES.append({
    "id": "keimusho-003",
    "sender": frm("sasano"),
    "to": [HOGO_TSURUMI],
    "subject": "須賀原さんの面接結果について",
    "charset": "iso-2022-jp",
    "body": f"""東都保護観察所
鶴見様

お世話になっております。日の出産業 人事部の笹野です。
先日ご紹介いただいた須賀原 直人さん（昭和６１年生まれ）の面接を昨日実施しましたので、
取り急ぎご報告いたします。

ご本人からは、平成３０年の傷害事件で実刑となり、今年３月に仮釈放になった経緯を率直に
お話しいただきました。また現在、心療内科でうつ病の治療を続けておられ、月２回の通院が
必要とのことでした。

当社としては第二工場の梱包ラインで採用したいと考えております。通院日はシフトで
調整できますのでご心配には及びません。
入社日は１２月１日を想定しておりますが、観察所側のご都合はいかがでしょうか。

引き続きよろしくお願いいたします。
{sig("sasano", 0)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named parolee's conviction and depression treatment sent to a probation officer: 要配慮 of one person",
})

MESSAGES.append({
    "id": "keimusho-004",
    "sender": frm("maki"),
    "to": [SHINO_SAGYO],
    "subject": "刑務作業（結束バンド取付）お見積りのお願い",
    "charset": "iso-2022-jp",
    "body": f"""東雲刑務所 作業課 御中

いつもお世話になっております。日の出産業 外注管理課の牧です。

来年度の新規作業として、下記の組立作業をお願いできないかご相談させてください。

  品番：HS-CB-2207-A（ワイヤーハーネス用 結束バンド取付）
  数量：月 20,000 個（4月〜翌3月）
  材料：当社より無償支給（バンド・ハーネス本体）
  検査：全数外観、抜取り引張試験 n=5/ロット
  納入：月2回、当社第二工場へ（当社便にて引取り）

仕様書（PDF）を添付いたします。工賃単価のお見積りを12月10日頃までに
いただけますと幸いです。現物サンプルは次回の打合せ時にお持ちします。

以上、よろしくお願いいたします。
{sig("maki", 2)}""",
    "attachments": [{
        "kind": "pdf", "name": "HS-CB-2207-A_作業仕様書.pdf", "title": "作業仕様書",
        "lines": ["作業仕様書  HS-CB-2207-A  第2版", "", "1. 作業内容：結束バンド 4箇所取付（図1参照）",
                  "2. 使用工具：専用結束工具 TB-3（当社貸与 10台）",
                  "3. 締付トルク：規定値 0.8N・m", "4. 不良の扱い：赤札を付けて別箱",
                  "5. 標準時間：1個あたり 42秒"],
        "table": [["工程", "内容", "標準時間(秒)"], ["1", "ハーネス取出し・整線", "10"],
                  ["2", "バンド取付 4箇所", "24"], ["3", "外観確認・箱詰め", "8"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "prison-industry quotation request with product codes and a spec sheet; no personal data",
})

MESSAGES.append({
    "id": "keimusho-005",
    "sender": frm("yabuki"),
    "to": [HOGO_SHURO],
    "subject": "10月分 就労状況報告書の送付",
    "charset": "iso-2022-jp",
    "body": f"""東都保護観察所 就労支援ご担当者様

いつもお世話になっております。日の出産業の矢吹でございます。

10月分の就労状況報告書を送付いたします。
添付ファイルはパスワード付きZIPとなっております。
パスワードは別メールにてお知らせいたします。

ご確認のほどよろしくお願いいたします。
{sig("yabuki", 0)}""",
    "attachments": [{
        "kind": "zip", "name": "就労状況報告_202510.zip", "password": "Hn2510#rpt",
        "files": [{"kind": "xlsx", "name": "就労状況報告_202510.xlsx",
                   "sheets": {"10月": [["氏名", "出勤日数", "欠勤", "所見"],
                                       ["須賀原 直人", 20, 1, "良好"],
                                       ["戸来 翼", 14, 6, "飲酒による欠勤あり"]]}}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to the probation office cannot be inspected",
})

_p = [("須賀原 直人", "第二工場 梱包", "R7.12.1", "仮釈放（R8.9満了）", "傷害", "心療内科 月2回"),
      ("戸来 翼", "第二工場 成形", "R6.4.1", "保護観察付執行猶予", "窃盗", "アルコール外来"),
      ("漆原 智也", "物流課", "R7.12.1", "仮釈放（R8.3満了）", "詐欺", ""),
      ("猪股 隆之", "第二工場 組立", "R5.10.1", "満了", "覚醒剤取締法違反", "精神科 通院中"),
      ("刀根 浩二", "第二工場 組立", "R6.7.16", "仮釈放（R7.12満了）", "窃盗", "てんかん 服薬"),
      ("左右田 哲平", "資材課", "R7.6.1", "更生緊急保護", "道路交通法違反", ""),
      ("小比類巻 剛", "第二工場 塗装", "R7.2.3", "仮釈放（R8.1満了）", "横領", "喘息")]
MESSAGES.append({
    "id": "keimusho-006",
    "sender": frm("sasano"),
    "to": [f"矢吹 恭子 <{addr_of('yabuki')}>"],
    "cc": [f"工場長 宍戸 <shishido.noboru@{DOM}>"],
    "subject": "協力雇用主制度による在籍者一覧（社内限り）",
    "charset": "cp932",
    "body": f"""矢吹さん
（cc 宍戸工場長）

お疲れさまです。笹野です。
来週の保護観察所との定例会に向けて、制度経由で採用した在籍者の一覧をまとめました。
社内限りでお願いします（外部には出さないでください）。

{table([["氏名", "所属", "入社日", "保護観察", "罪名(参考)", "配慮事項"]] + [list(r) for r in _p])}

配慮事項の欄は本人の了解を得た範囲で記載しています。
定例会には私と矢吹さんで出席予定です。

笹野""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "list of seven employees with offences and health notes, but every recipient is internal",
})

MESSAGES.append({
    "id": "keimusho-007",
    "sender": frm("yabuki"),
    "to": [MARUTAKA, YAMATO, MINATO],
    "subject": "北浜地区協力雇用主会 忘年懇親会のご案内",
    "charset": "iso-2022-jp",
    "body": f"""協力雇用主会 役員各位

いつも大変お世話になっております。
事務局を務めております日の出産業の矢吹でございます。

本年も残りわずかとなりました。恒例の忘年懇親会を下記のとおり開催いたします。

　日時：12月12日（金）18:30〜20:30
　会場：川崎駅前「割烹 みやび」2階座敷
　会費：5,000円（当日受付にて）

保護観察所の鶴見観察官、あさひ寮の桑原主任にもお声がけしております。
ご出欠を12月3日までに本メールへの返信でお知らせください。
{sig("yabuki", 0)}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external companies in To can see each other's addresses: should have been Bcc",
})

_t = corporate_number("020001077312")
MESSAGES.append({
    "id": "keimusho-008",
    "sender": frm("usami"),
    "to": [KITA_KAIKEI],
    "subject": "請求書送付のご案内（10月納品分）",
    "charset": "iso-2022-jp",
    "body": f"""北浜刑務所 会計課 御中

いつもお世話になっております。日の出産業 経理課の宇佐美です。
10月納品分の請求書をPDFにてお送りいたします。

　請求書番号：INV-2510-0442
　ご請求金額：￥1,284,690（税込）
　お支払期日：令和7年12月15日

　お振込先：みどり銀行 川崎支店 普通預金 3072518
　　　　　　口座名義 ヒノデサンギョウ（カ

適格請求書発行事業者登録番号：T{_t}

原本は本日郵送いたしました。ご査収くださいますようお願い申し上げます。
{sig("usami", 1)}""",
    "attachments": [{
        "kind": "pdf", "name": "請求書_INV-2510-0442.pdf", "title": "請求書",
        "lines": ["請 求 書", "北浜刑務所 会計課 御中", f"登録番号 T{_t}",
                  "日の出産業株式会社 〒210-0007 神奈川県川崎市川崎区駅前本町11-2"],
        "table": [["品番", "品名", "数量", "金額"], ["HG-220L", "作業用革手袋 L", "200", "96,000"],
                  ["SF-605-26", "安全靴 26.0cm", "40", "154,000"],
                  ["TW-10", "作業用タオル(10枚組)", "300", "840,000"], ["", "消費税", "", "116,790"],
                  ["", "合計", "", "1,284,690"]],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "invoice with the company's own bank account and T-number: business data, not people",
})

MESSAGES.append({
    "id": "keimusho-009",
    "sender": frm("sasano"),
    "to": ["星野 和枝 様 <kazue.hoshino58@gmail.com>"],
    "subject": "戸来くんの件でご相談",
    "charset": "iso-2022-jp",
    "body": f"""星野先生

いつもお世話になっております。日の出産業の笹野です。
夜分に失礼いたします。

先生がご担当されている戸来 翼くんですが、今週の月曜から3日続けて無断欠勤しています。
寮の同僚の話では、週末からまた飲酒が続いているようです。
以前お聞きしていたアルコール依存症の治療（北浜メンタルクリニック）も、先月から
通院が途切れているのではないかと心配しております。

保護観察中でもあり、会社としてもできる限り支えたいと思っておりますので、
一度先生からご本人に声をかけていただけないでしょうか。
私の携帯（090-3318-2071）にご連絡いただいても構いません。

よろしくお願いいたします。
笹野 圭介""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "named young man's probation status and alcohol-dependence treatment to a 保護司 on gmail",
})

MESSAGES.append({
    "id": "keimusho-010",
    "sender": frm("yabuki"),
    "to": ["大久保 保護司 <t.ohkubo.hogoshi@yahoo.co.jp>"],
    "subject": "研修会の会場について",
    "charset": "iso-2022-jp",
    "body": f"""大久保様

いつもお世話になっております。日の出産業の矢吹です。

11月14日（金）の協力雇用主・保護司合同研修会ですが、会場は当社本社5階の
大会議室に決まりました。14時開始、受付は13時30分からです。

お車の場合は、ビル裏手の来客用駐車場（3台分）をご利用ください。
満車の際は駅前のコインパーキングをご利用いただき、駐車券をお持ちいただければ
当社で精算いたします。

当日お目にかかれるのを楽しみにしております。
{sig("yabuki", 4)}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "venue details to one 保護司 on free mail; no personal data of anyone",
})

_mn = my_number(SEED + 1)
MESSAGES.append({
    "id": "keimusho-011",
    "sender": frm("chiaki"),
    "to": [SR],
    "subject": "資格取得届の件（12/1入社 1名）",
    "charset": "cp932",
    "body": f"""岡先生

いつもお世話になっております。日の出産業 労務の千秋です。
12月1日入社の1名について、社会保険・雇用保険の資格取得手続きをお願いいたします。

■氏名　　　：漆原 智也（ウルシバラ トモヤ）
■生年月日　：平成4年7月23日
■住所　　　：神奈川県川崎市川崎区観音2丁目9-14 若葉荘102
■個人番号　：{grp(_mn)}
■基礎年金番号：4310-582716
■報酬月額　：245,000円（通勤手当含む）
■雇用形態　：正社員（試用期間3か月）

被扶養者はおりません。
ご不明点があればお知らせください。
{sig("chiaki", 1)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER",
                 "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "My Number and basic pension number of a new hire sent to an outside labour consultant",
})

MESSAGES.append({
    "id": "keimusho-012",
    "sender": frm("makita"),
    "to": [NISHI_KYOIKU],
    "subject": "職業指導（溶接）講師派遣日程のご相談",
    "charset": "utf-8",
    "body": f"""西岡少年院 教育部門
神保先生

いつもお世話になっております。日の出産業 技能研修センターの蒔田です。

1月期の職業指導（被覆アーク溶接）の講師派遣について、日程案をお送りします。

  第1回  1月13日(火)  9:30-15:30  安全衛生・溶接機の取扱い
  第2回  1月20日(火)  9:30-15:30  下向き突合せ溶接
  第3回  1月27日(火)  9:30-15:30  立向き溶接・外観検査
  第4回  2月 3日(火)  9:30-12:00  実技確認

受講予定は在院生12名と伺っておりますので、講師は当社から2名（蒔田・江頭）で
伺う予定です。溶接棒と保護具（遮光面・革手袋）は当社で持参いたします。

ご都合の悪い日がありましたらお知らせください。
{sig("makita", 0)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "training schedule with a juvenile school; trainees are only counted, staff named without data",
})

MESSAGES.append({
    "id": "keimusho-013",
    "sender": frm("shirato"),
    "to": ["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
    "subject": "12月 矯正施設向け定期便のスケジュール",
    "charset": "cp932",
    "body": f"""青葉運輸 配車センター ご担当者様

いつもお世話になっております。日の出産業の白土です。
12月の矯正施設向け定期便の予定をお送りします。

・12/5（金）北浜刑務所　　　作業資材 パレット4枚　午前着
・12/9（火）東雲刑務所　　　完成品引取り　パレット6枚　14時
・12/16（火）南沢女子刑務所　作業服・手袋 カゴ台車2台　午前着
・12/23（火）北浜刑務所　　　年末分 資材 パレット3枚　午前着

各施設とも正門で入構手続きがありますので、車両番号と運転手さんのお名前を
前日までにお知らせください。
{sig("shirato", 2)}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "addressed to aoba-unyu.jp, a look-alike of partner aoba-unyu.co.jp (co. dropped)",
})

_p = people(_R, 5, y0=2006, y1=2008)
_blk = []
for p, (due, job, why) in zip(_p, [("1月下旬", "建設・とび", "窃盗・住居侵入"),
                                   ("2月上旬", "塗装", "傷害"),
                                   ("2月中旬", "建設（資格取得希望）", "恐喝"),
                                   ("3月上旬", "運送助手", "窃盗（万引き）"),
                                   ("3月下旬", "建設・土木", "道路交通法違反（無免許）")]):
    _blk.append(f"> ○{p['name']}（{p['kana']}）　{wareki(*p['dob'], 1)}生\n"
                f"> 　出院予定：{due}　希望職種：{job}\n> 　非行名：{why}")
MESSAGES.append({
    "id": "keimusho-014",
    "sender": frm("sasano"),
    "to": [MARUTAKA],
    "subject": "FW: 出院予定者（就労希望）のご紹介",
    "charset": "iso-2022-jp",
    "body": f"""中里社長

お世話になっております。日の出産業の笹野です。
西岡少年院から下記のご紹介がありました。当社では全員は受け入れきれないため、
建設関係を希望している子について、丸高建設さんでご検討いただけないでしょうか。

-----Original Message-----
差出人: 西岡少年院 教育部門
送信日時: 2025年11月10日 16:42
宛先: 笹野 圭介
件名: 出院予定者（就労希望）のご紹介

> 日の出産業株式会社 笹野様
> 標記の件、出院予定者のうち就労を希望している者は下記のとおりです。
{chr(10).join(_blk)}
> 以上、ご検討をお願いいたします。
{sig("sasano", 1)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forward to another company of five juveniles' names, DOBs and delinquency: new text to its recipient",
})

MESSAGES.append({
    "id": "keimusho-015",
    "sender": frm("sasano"),
    "to": [HOGO_TSURUMI],
    "subject": "Re: 須賀原さんの面接結果について",
    "charset": "iso-2022-jp",
    "body": f"""鶴見様

ご返信ありがとうございます。
では11月25日（火）15時に、当社本社5階の応接室でお待ちしております。
受付で私の名前をお伝えください。

笹野

2025年11月18日(火) 10:12 鶴見 保護観察官 <tsurumi.y@tohto-hogokansatsu.go.jp>:
> 笹野様
>
> ご報告ありがとうございます。須賀原さんは仮釈放中のため、入社前に一度
> 三者面談（ご本人・貴社・当方）を行いたいと考えております。
> うつ病の通院先（川崎東クリニック）とも連携しておりますので、勤務時間の
> 配慮についてもその場でご相談させてください。
> 11月25日（火）15時はいかがでしょうか。
>
> 東都保護観察所 保護観察官 鶴見""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "new text only fixes a meeting; the parolee's details are in quoted text the recipient wrote",
})

MESSAGES.append({
    "id": "keimusho-016",
    "sender": frm("osumi"),
    "to": [KITA_HOAN],
    "subject": "入構車両届（11/20 資材搬入）",
    "charset": "cp932",
    "body": f"""北浜刑務所 警備担当 御中

日の出産業 物流課の大角です。
11月20日（木）の資材搬入につき、入構車両届を提出いたします。

　搬入日時　：11月20日（木）9:30〜10:30
　車両　　　：日野レンジャー 4t平ボディ　川崎 100 か 12-34
　積荷　　　：鋼材（作業用資材）パレット4枚
　運転者　　：池谷 英樹（イケガヤ ヒデキ）
　運転免許証番号：第 302108745163 号（有効期限 令和9年6月15日）
　同乗者　　：なし

当日は運転免許証の原本を持参させます。
よろしくお願いいたします。

大角 剛志
日の出産業株式会社 製造部 物流課 TEL 044-288-7750""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a driver's licence number sent to the prison gate: identity document number",
})

MESSAGES.append({
    "id": "keimusho-017",
    "sender": frm("shirato"),
    "to": [MINA_YODO],
    "subject": "令和8年度 価格改定のお知らせ（日用品・作業資材）",
    "charset": "utf-8",
    "body": f"""南沢女子刑務所 用度係 御中

平素は格別のご高配を賜り、誠にありがとうございます。

原材料費および物流費の上昇に伴い、令和8年4月1日受注分より一部商品の価格を
改定させていただくこととなりました。改定後の価格表を添付いたします。
何卒ご理解賜りますようお願い申し上げます。

ご不明な点は、担当の白土までお問い合わせください。
{sig("shirato", 0)}{DISC_JA}""",
    "attachments": [{
        "kind": "xlsx", "name": "価格表_R8年度.xlsx",
        "sheets": {"価格表": [["令和8年度 価格表（R8.4.1受注分より）"], [],
                              ["品番", "品名", "規格", "単位", "現行単価", "改定単価"],
                              ["TW-10", "作業用タオル", "10枚組", "組", 2800, 2950],
                              ["HG-220M", "作業用革手袋", "M", "双", 480, 520],
                              ["SP-01", "石けん 業務用", "3kg", "個", 1650, 1720],
                              ["NU-33", "ミシン糸 ポリエステル", "#60 5000m", "本", 690, 690],
                              ["AP-W12", "作業エプロン 白", "フリー", "枚", 1200, 1280]],
                   "改定理由": [["区分", "理由"], ["繊維製品", "原糸価格の上昇"],
                                ["物流", "運賃改定"]]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "price-list revision for a prison's purchasing office: products and prices only",
})

MESSAGES.append({
    "id": "keimusho-018",
    "sender": frm("maki"),
    "to": [KYOKAI],
    "subject": "委託単価算定の根拠資料",
    "charset": "iso-2022-jp",
    "body": f"""中央矯正協会 刑務作業協力部
三輪様

お世話になっております。日の出産業の牧です。
先日お問い合わせいただいた委託単価の算定根拠について、社内で使っている算定表を
そのままお送りします。数字の見方で分からない点があればお電話ください。

牧
{sig("maki", 1)}""",
    "attachments": [{
        "kind": "xlsx", "name": "委託単価算定表_2025.xlsx", "page_header": "社外秘",
        "sheets": {"算定表": [["【社外秘】刑務作業委託 単価算定表（2025年度）"], [],
                              ["品番", "作業内容", "標準時間(秒)", "社内工賃(円/分)",
                               "外注比較単価", "委託単価案"],
                              ["HS-CB-2207-A", "結束バンド取付", 42, 38.5, 31.0, 19.8],
                              ["HS-WH-1130", "端子圧着", 55, 38.5, 36.2, 24.0],
                              ["HS-PL-0402", "木製パレット組立", 900, 32.0, 520.0, 410.0]],
                   "前提": [["項目", "値"], ["社内加工費率", "1.35"], ["目標粗利", "18%"]]},
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "spreadsheet stamped 社外秘 in its title row and page header sent to an outside body",
})

MESSAGES.append({
    "id": "keimusho-019",
    "sender": frm("yabuki"),
    "to": [TEICHAKU],
    "subject": "四十物さんの受入れについて",
    "charset": "cp932",
    "body": f"""地域生活定着支援センター
相談員 根本様

いつもお世話になっております。日の出産業の矢吹でございます。

先日お電話でご相談いただいた四十物 勝也さん（来年1月に北浜刑務所を満期出所予定）の
件、社内で検討いたしました。

療育手帳（B2）をお持ちで軽度の知的障害があること、また高血圧で毎日服薬されている
ことは伺っております。当社第二工場の検品補助であれば、作業手順を写真付きで示す
ことで対応できると考えております。障害者雇用枠での採用とし、ジョブコーチの支援も
お願いしたいと思います。

出所前に一度、ご本人と面会させていただくことは可能でしょうか。
{sig("yabuki", 0)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named person's imprisonment, intellectual disability and medication in running text",
})

MESSAGES.append({
    "id": "keimusho-020",
    "sender": frm("makita"),
    "to": [SHINO_SAGYO],
    "cc": ["青葉運輸 安全教育課 <kyoiku@aoba-unyu.co.jp>"],
    "subject": "フォークリフト運転技能講習（所内職業訓練）の講師について",
    "charset": "cp932",
    "body": f"""東雲刑務所 作業課 御中
（cc：青葉運輸 安全教育課様）

お世話になっております。日の出産業の蒔田です。

所内職業訓練のフォークリフト講習について、実技講師は青葉運輸さんの安全教育課から
ご協力いただけることになりました。学科は引き続き当社が担当します。

日程は2月の第2週・第3週で調整中です。教習用の車両（1.5t）は当社から搬入し、
搬入・搬出の段取りは青葉運輸さんと直接ご相談させていただきます。

引き続きよろしくお願いいたします。
{sig("makita", 1)}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "a prison and one partner in To/Cc: two external organisations, normal three-way mail",
})

MESSAGES.append({
    "id": "keimusho-021",
    "sender": frm("yabuki"),
    "to": ["James Hartley <j.hartley@secondchance-works.org.uk>",
           "Maria Lopez <maria.lopez@reentrypartners.org>",
           "Thanh Nguyen <t.nguyen@fresh-start.org.au>"],
    "subject": "Study visit to Japanese prison industries - draft programme",
    "charset": "utf-8",
    "body": f"""Dear James, Maria and Thanh,

Thank you all for your interest in the study visit next spring. Please find below the
draft programme; I would be grateful for your comments by the end of this month.

  Day 1 (Tue)  Kitahama Prison - prison industry workshops and vocational training
  Day 2 (Wed)  Our Kawasaki plant - how we place work orders with prisons
  Day 3 (Thu)  Tohto Probation Office and a halfway house (Asahi-ryo)
  Day 4 (Fri)  Round-table with cooperating employers

The prison needs each visitor's details about six weeks in advance; I will send a
separate form to each of you individually.

Best regards,
Kyoko{sig("yabuki", 3)}{DISC_EN}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three overseas organisations in To see each other: should have been Bcc",
})

_p = people(_R, 3, y0=1968, y1=1990)
MESSAGES.append({
    "id": "keimusho-022",
    "sender": frm("yabuki"),
    "to": [KITA_SHOMU],
    "subject": "施設見学の参加者について（12/3）",
    "charset": "iso-2022-jp",
    "body": f"""北浜刑務所 庶務課 御中

いつもお世話になっております。日の出産業の矢吹です。
12月3日（水）の施設見学（刑務作業工場・職業訓練棟）の参加者をお知らせします。

1. {_p[0]['name']}　総務部長　　　　{wareki(*_p[0]['dob'], 0)}生
2. {_p[1]['name']}　人事部 課長　　{wareki(*_p[1]['dob'], 0)}生
3. 矢吹 恭子　　総務部 CSR推進室　昭和52年9月30日生

当日は10時に正門へ伺います。当日の連絡先は{_p[0]['sei']}の携帯（{_p[0]['tel']}）です。
身分証明書は各自持参いたします。
{sig("yabuki", 0)}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three visitors with dates of birth: under five people, may be warned but not held",
})

_p = people(_R, 6, y0=1975, y1=2003)
_st = ["継続勤務（良好）", "継続勤務", "10月退職（転居）", "継続勤務・フォークリフト資格取得",
       "休職中（体調不良）", "継続勤務"]
_kb = ["仮釈放", "保護観察付執行猶予", "仮釈放", "満期釈放", "仮釈放", "少年院仮退院"]
_tr = "".join(f"<tr><td>{p['name']}</td><td>{p['age']}</td><td>{k}</td>"
              f"<td>R{_R.randint(5, 7)}.{_R.randint(1, 12)}.1</td><td>{s}</td></tr>\n"
              for p, k, s in zip(_p, _kb, _st))
MESSAGES.append({
    "id": "keimusho-023",
    "sender": frm("yabuki"),
    "to": [KIKO],
    "subject": "協力雇用主 採用者の定着状況（上期）",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family:'メイリオ',sans-serif;font-size:10pt">
<p>神奈川県就労支援事業者機構 事務局 御中</p>
<p>いつもお世話になっております。日の出産業の矢吹です。<br>
ご依頼のありました上期（4〜9月）の定着状況を下表のとおりご報告いたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>年齢</th><th>釈放等の区分</th><th>採用日</th><th>状況</th></tr>
{_tr}</table>
<p>休職中の1名は主治医の意見を踏まえ、12月から短時間勤務で復帰予定です。</p>
<p>日の出産業株式会社 総務部 CSR推進室<br>矢吹 恭子<br>TEL 044-211-5520（代表）</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of six named hires with their release category (parole etc.) to an outside body",
})

MESSAGES.append({
    "id": "keimusho-024",
    "sender": frm("yabuki"),
    "to": [HOGO_SHURO],
    "subject": "川崎南部 協力雇用主 企業一覧（更新版）",
    "charset": "cp932",
    "body": f"""東都保護観察所 就労支援ご担当者様

お世話になっております。協力雇用主会 事務局の矢吹です。
川崎南部地区の協力雇用主の一覧を更新しましたのでお送りします。
（各社の了解を得て、代表番号と所在地のみ掲載しています）

{table([["事業所名", "業種", "所在地", "代表電話", "受入可能職種"],
        ["丸高建設株式会社", "建設", "川崎市川崎区田町2-4-1", "044-276-3310", "土木・とび"],
        ["大和塗装有限会社", "塗装", "川崎市川崎区池上新町1-8-3", "044-266-0157", "塗装"],
        ["ミナト水産株式会社", "水産加工", "川崎市川崎区東扇島7-2", "044-287-4412", "加工・配送"],
        ["有限会社杉本工務店", "建築", "川崎市幸区南加瀬3-11-6", "044-599-2280", "大工見習"],
        ["高峰運送株式会社", "運送", "川崎市川崎区浮島町10-5", "044-288-0921", "配送助手"],
        ["日の出産業株式会社", "製造", "川崎市川崎区駅前本町11-2", "044-211-5520", "組立・梱包"],
        ["株式会社クリーンテック川崎", "清掃", "川崎市中原区小杉町1-403", "044-711-3808", "ビル清掃"]])}

掲載内容に変更がある場合は事務局までご連絡ください。
{sig("yabuki", 1)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of seven companies with switchboards and office addresses: businesses, not people",
})

_cc = card_number(SEED + 1)
MESSAGES.append({
    "id": "keimusho-025",
    "sender": frm("shirato"),
    "to": ["矯正展実行委員会 事務局 <shutten@kyoseiten-kanto.jp>"],
    "subject": "出店料のお支払い（カード決済）について",
    "charset": "iso-2022-jp",
    "body": f"""関東矯正展 実行委員会 事務局 御中

お世話になっております。日の出産業の白土です。
刑務作業製品の共同ブース出店料（33,000円）につき、ご案内いただいたとおり
カード決済でお願いいたします。

　カード番号：{grp(_cc)}
　有効期限：08/28
　名義：EMI SHIRATO（法人カード）

領収書の宛名は「日の出産業株式会社」でお願いいたします。
{sig("shirato", 2)}""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a credit card number with expiry in the mail body to an event office",
})

# ------------------------------------------------------------------------------------------
# 026-050
# ------------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "keimusho-026",
    "sender": frm("maki"),
    "to": [SHINO_SAGYO],
    "subject": "10月納入分 検品結果のご報告（ロット SN-2510-03〜07）",
    "charset": "iso-2022-jp",
    "body": f"""東雲刑務所 作業課
作業専門官 久保寺様

いつもお世話になっております。日の出産業の牧です。
10月納入分の受入検査結果をご報告いたします。

ロット         数量    不良   不良内容
-------------  ------  -----  --------------------
SN-2510-03     4,000     3    バリ残り
SN-2510-04     4,000     0    －
SN-2510-05     4,000    12    締付不足（治具No.7）
SN-2510-06     4,000     1    キズ
SN-2510-07     2,500     0    －

SN-2510-05 の締付不足は治具No.7の摩耗が原因と思われます。
来週の訪問時に交換品をお持ちしますので、それまで治具No.7は使用を
控えていただけますでしょうか。

全体の不良率は0.09%で、前月（0.15%）より改善しております。
引き続きよろしくお願いいたします。
{sig("maki", 0)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "inspection results of prison-industry lots: lot numbers and defect counts only",
})

MESSAGES.append({
    "id": "keimusho-027",
    "sender": frm("shirato"),
    "to": [MINA_YODO],
    "subject": "お見積書送付（作業服 冬季用）",
    "charset": "cp932",
    "body": f"""南沢女子刑務所 用度係 御中

お世話になっております。日の出産業の白土でございます。
ご依頼いただきました冬季用作業服のお見積書をお送りいたします。

社の規程により、見積書PDFにはパスワードを設定しております。
パスワードは後ほどお電話にてお伝えいたします。

ご検討のほど、よろしくお願いいたします。
{sig("shirato", 0)}""",
    "attachments": [{
        "kind": "pdf", "name": "御見積書_Q-251114-02.pdf", "password": "mina1114",
        "lines": ["御見積書 Q-251114-02", "冬季用作業服 上下 150着", "合計金額 1,237,500円（税込）"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF quotation: the guard cannot read it",
})

MESSAGES.append({
    "id": "keimusho-028",
    "sender": frm("yabuki"),
    "to": [f"笹野 圭介 <{addr_of('sasano')}>"],
    "cc": [f"宍戸 昇 <shishido.noboru@{DOM}>"],
    "subject": "FW: 須賀原さん 通院日程の件（保護観察所より）",
    "charset": "iso-2022-jp",
    "body": f"""笹野さん、宍戸工場長

保護観察所の鶴見さんから下記の連絡がありました。
シフト表への反映をお願いします。

矢吹

---------- 転送メッセージ ----------
From: 鶴見 保護観察官 <tsurumi.y@tohto-hogokansatsu.go.jp>
Date: 2025年11月26日 9:05
Subject: 須賀原さん 通院日程の件

日の出産業 矢吹様

須賀原 直人さんの心療内科（うつ病）の通院日ですが、12月以降は
第1・第3木曜の午後となりました。
また仮釈放期間中の保護観察官面接は毎月第2月曜の18時からとしています。
勤務シフトへのご配慮をお願いできれば幸いです。

東都保護観察所 保護観察官 鶴見""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "forward of a parolee's treatment schedule, but only to internal colleagues",
})

MESSAGES.append({
    "id": "keimusho-029",
    "sender": frm("yamagiwa"),
    "to": [ASAHI],
    "subject": "本日の刀根さんの件（ご報告）",
    "charset": "iso-2022-jp",
    "body": f"""あさひ寮
桑原主任

お世話になっております。第二工場 総務の山際です。
取り急ぎご報告いたします。

本日14時過ぎ、組立ラインで作業中の刀根 浩二さんが突然倒れ、1分ほど
けいれんがありました。ご本人は以前からてんかんの持病があり、抗てんかん薬を
服用していると聞いておりましたので、その発作と思われます。
念のため救急車で北浜中央病院に搬送し、現在は意識もはっきりしています。
医師からは、ここ数日薬を飲み忘れていたのではないかと言われたそうです。

夕方には寮にお送りする予定です。今後の服薬確認について、寮でのご協力を
お願いできればと存じます。
{sig("yamagiwa", 1)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named resident's epilepsy seizure and medication sent to a halfway house: health data of one person",
})

MESSAGES.append({
    "id": "keimusho-030",
    "sender": frm("yabuki"),
    "to": ["森川 准教授 <h.morikawa@seiran-u.ac.jp>"],
    "subject": "Re: 出所者雇用に関するヒアリングのお願い",
    "charset": "utf-8",
    "body": f"""森川先生

ご連絡ありがとうございます。日の出産業の矢吹です。
ヒアリングの件、喜んでお受けいたします。事前のご質問に簡単にお答えします。

・制度を使った採用は2019年度以降で延べ11名です。
・現在も在籍しているのは7名、定着率はおよそ64%です。
・離職理由で多いのは転居と人間関係で、業務内容による離職は少ない印象です。
・受入れ部署は第二工場（組立・梱包）と物流課が中心です。

個々の社員についてはお答えできませんが、制度運用の工夫などはお話しできます。
日程は12月第2週でしたらいつでも調整可能です。

矢吹

> 日の出産業株式会社 矢吹様
> 青嵐大学の森川です。刑事政策ゼミで協力雇用主の実態調査を行っており、
> 採用人数、定着率、離職理由などについてお話を伺えないでしょうか。""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate hiring statistics to a researcher; no identifiable person",
})

MESSAGES.append({
    "id": "keimusho-031",
    "sender": frm("maki"),
    "to": ["蒔田 伸也 <makita.shinya@hinode-sangyou.co.jp>"],
    "subject": "所内訓練カリキュラム改訂案",
    "charset": "cp932",
    "body": f"""蒔田さん

お疲れさまです。牧です。
北浜刑務所の所内訓練（電気配線）のカリキュラム改訂案、ざっと見ました。

・第3回の「制御盤配線」は時間が足りないので2回に分けた方がよさそうです。
・第2種電気工事士の学科対策は、刑務所側の教材と重複するので削ってもよいかと。
・修了試験は当社の社内検定（配線2級）と同じ基準にしましょう。

修正版ができたら、作業部門の丹羽さんに出す前にもう一度見せてください。

牧""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "meant for a colleague but addressed to hinode-sangyou.co.jp, a typo look-alike of the own domain",
})

_p = people(_R, 8, y0=1970, y1=2001)
_tb = [["称呼番号", "氏名", "生年月日", "実技評価", "学科", "修了判定"]]
for i, p in enumerate(_p):
    _tb.append([f"{_R.randint(1, 9)}{_R.randint(100, 999)}", p["name"], wareki(*p["dob"], 3),
                _R.choice(["A", "A", "B", "B", "C"]), _R.randint(58, 96),
                "修了" if i != 5 else "再履修"])
MESSAGES.append({
    "id": "keimusho-032",
    "sender": frm("makita"),
    "to": [KITA_KYOIKU],
    "subject": "職業訓練（電気配線）修了者名簿と修了証について",
    "charset": "cp932",
    "body": f"""北浜刑務所 教育部門 御中

お世話になっております。日の出産業 技能研修センターの蒔田です。

後期の職業訓練（電気配線科）が終了しましたので、受講者の評価結果と
修了者名簿をPDFでお送りします。修了証は7名分を作成し、12月8日の修了式に
持参いたします。

1名は学科が基準に届かなかったため、次期の再履修をご提案いたします。
{sig("makita", 0)}""",
    "attachments": [{
        "kind": "pdf", "name": "電気配線科_修了者名簿_R7後期.pdf", "title": "修了者名簿",
        "lines": ["電気配線科 令和7年度後期 修了者名簿", "実施：日の出産業株式会社 技能研修センター", ""],
        "table": _tb,
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF table of eight inmates (inmate number, name, DOB, grades): list of people in custody",
})

MESSAGES.append({
    "id": "keimusho-033",
    "sender": frm("yabuki"),
    "to": [HOGO_SHURO],
    "cc": [ASAHI],
    "subject": "職場見学会（1/22）打合せ日程のご相談",
    "charset": "iso-2022-jp",
    "body": f"""東都保護観察所 就労支援ご担当者様
（cc：あさひ寮 桑原主任）

お世話になっております。日の出産業の矢吹です。

1月22日の職場見学会について、三者で事前打合せをお願いできればと存じます。
候補日は以下のとおりです。

　①12月15日（月）14:00〜
　②12月17日（水）10:00〜
　③12月18日（木）15:00〜

場所は当社本社でもオンラインでも結構です。
ご都合のよい日をお知らせいただけますと幸いです。
{sig("yabuki", 2)}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "probation office and a halfway house in To/Cc: two external organisations, scheduling only",
})

MESSAGES.append({
    "id": "keimusho-034",
    "sender": frm("yabuki"),
    "to": ["坂巻 保護司 <sakamaki.hiroshi1952@gmail.com>",
           "野田 保護司 <noda-yoshie@yahoo.co.jp>",
           "今泉 保護司 <k.imaizumi@icloud.com>"],
    "subject": "第3分区 保護司会 研修資料の送付",
    "charset": "iso-2022-jp",
    "body": f"""第3分区 保護司の皆様

いつもお世話になっております。日の出産業の矢吹です。
先日の研修会で使用した「協力雇用主の受入れ事例」の資料をお送りします。
（事例はすべて匿名化しております）

次回の分区会でご意見をいただければ幸いです。
{sig("yabuki", 4)}""",
    "attachments": [{
        "kind": "pdf", "name": "協力雇用主の受入れ事例.pdf",
        "lines": ["協力雇用主の受入れ事例（匿名）", "", "事例1 20代男性 製造業 定着2年",
                  "事例2 40代男性 物流 資格取得", "事例3 30代女性 清掃 短時間勤務から開始"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three private persons (保護司) on free mail in To can see each other: should have been Bcc",
})

_p = people(_R, 5, y0=1972, y1=2003)
_rows = [["社員番号", "氏名", "フリガナ", "生年月日", "個人番号", "住所"]]
for k, p in enumerate(_p, 2):
    _rows.append([f"H{_R.randint(25000, 25999)}", p["name"], p["kana"], wareki(*p["dob"], 3),
                  my_number(SEED + k), p["addr"]])
MESSAGES.append({
    "id": "keimusho-035",
    "sender": frm("chiaki"),
    "to": [SR],
    "subject": "12月入社者5名分の個人番号等（雇用保険・社保手続き）",
    "charset": "iso-2022-jp",
    "body": f"""岡社会保険労務士事務所
岡先生

いつもお世話になっております。日の出産業 労務の千秋です。
12月入社者5名分のデータをCSVでお送りします。
資格取得届の作成をお願いいたします。

千秋{sig("chiaki", 4)}""",
    "attachments": [{"kind": "csv", "name": "入社者_202512.csv", "encoding": "cp932",
                     "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "CSV of five new hires with My Numbers and addresses sent outside",
})

MESSAGES.append({
    "id": "keimusho-036",
    "sender": frm("shirato"),
    "to": [KITA_YODO],
    "subject": "注文請書の送付（発注番号 北刑用第1127号）",
    "charset": "cp932",
    "body": f"""北浜刑務所 会計課用度係
宮路様

いつもお世話になっております。日の出産業の白土です。
11月17日付のご注文（発注番号 北刑用第1127号）を確かに承りました。
注文請書を添付いたします。

  JANコード        品名                        数量   納期
  4901234567894    作業用タオル 10枚組         300    12/5
  4987654321098    業務用石けん 3kg             40    12/5
  4512345678904    ミシン糸 #60 5000m 白         60    12/12
  4512345678911    ミシン糸 #60 5000m 紺         60    12/12

ミシン糸は工場在庫の関係で1週間遅れの納品となります。
ご了承いただけますと幸いです。
{sig("shirato", 0)}""",
    "attachments": [{
        "kind": "pdf", "name": "注文請書_北刑用第1127号.pdf",
        "lines": ["注 文 請 書", "北浜刑務所長 殿", "発注番号 北刑用第1127号",
                  "上記のとおりご注文をお請けいたします。", "日の出産業株式会社 代表取締役 日野 昭彦"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "order acknowledgement with JAN codes and an order number: no personal data",
})

MESSAGES.append({
    "id": "keimusho-037",
    "sender": frm("yabuki"),
    "to": [HOGO_SHURO],
    "subject": "【取扱注意】当社の受入体制見直しについて",
    "charset": "iso-2022-jp",
    "body": f"""━━━━━━━━━━━━━━━━
　取扱注意（関係者限り）
━━━━━━━━━━━━━━━━

東都保護観察所 就労支援ご担当者様

日の出産業の矢吹でございます。
来年度からの受入体制の見直し案について、現時点の検討内容をお知らせします。
まだ社内決裁前のため、関係者限りでのお取扱いをお願いいたします。

1. 受入れ部署を第二工場に加え、新設の川崎東物流センターにも拡大
2. 入社後3か月間は専任メンターを配置（週1回の面談）
3. 社宅（借上げ）を2室確保し、更生保護施設退所後の住居として提供
4. 年間受入れ目標を3名から5名に引上げ

詳細は来月の定例会でご説明いたします。
{sig("yabuki", 0)}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "mail stamped 取扱注意 (関係者限り) as its classification, sent to an outside office",
})

MESSAGES.append({
    "id": "keimusho-038",
    "sender": frm("yabuki"),
    "to": [HOGO_SHURO],
    "subject": "秘密保持に関する誓約書の返送について",
    "charset": "iso-2022-jp",
    "body": f"""東都保護観察所 就労支援ご担当者様

お世話になっております。日の出産業の矢吹です。

ご送付いただいた「個人情報の取扱い及び秘密保持に関する誓約書」について、
社内の法務確認が終わりました。第4条の「機密情報」の定義について一点だけ
確認させてください。保護観察対象者から当社が直接聞き取った内容も対象に
含まれるという理解でよろしいでしょうか。

問題なければ、代表者印を押印のうえ原本を郵送いたします。
念のため当社で記入した様式をWordで添付いたします。
{sig("yabuki", 1)}""",
    "attachments": [{
        "kind": "docx", "name": "誓約書（記入済み・押印前）.docx",
        "paragraphs": ["個人情報の取扱い及び秘密保持に関する誓約書", "",
                       "東都保護観察所長 殿",
                       "当社は、協力雇用主として知り得た保護観察対象者等の個人情報及び機密情報を、"
                       "就労支援の目的以外に利用せず、第三者に開示しないことを誓約します。",
                       "第4条（機密情報の定義）本誓約書において機密情報とは…",
                       "令和7年12月  日", "日の出産業株式会社 代表取締役 日野 昭彦"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about a confidentiality pledge (秘密保持 mentioned, no classification stamp)",
})

MESSAGES.append({
    "id": "keimusho-039",
    "sender": frm("kamoshita"),
    "to": ["白川法律事務所 白川先生 <s.shirakawa@shirakawa-law.jp>"],
    "subject": "従業員への暴行事案についてご相談",
    "charset": "iso-2022-jp",
    "body": f"""白川先生

いつもお世話になっております。日の出産業の鴨下です。
急ぎご相談したい件がございます。

11月8日の夜、経理部の百目鬼 沙織（どうめき さおり）が、帰宅途中に元請負業者の
男性から暴行を受けました。顔面を殴られ、左頬骨骨折で全治3週間との診断です。
本人はすでに川崎警察署に被害届を提出しており、加害者は翌日逮捕されたと聞いています。

本人は現在自宅療養中ですが、不眠が続いているとのことで、会社として労災申請や
加害者側の会社への対応をどう進めるべきか、ご助言をいただけないでしょうか。

明日以降でお電話できるお時間をお知らせください。
{sig("kamoshita", 0)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named employee as a crime victim with her injuries, sent to an outside law firm",
})

MESSAGES.append({
    "id": "keimusho-040",
    "sender": frm("makita"),
    "to": [NISHI_KYOIKU],
    "subject": "職業指導カリキュラム（溶接・安全衛生）案",
    "charset": "utf-8",
    "body": f"""神保先生

お世話になっております。蒔田です。
先日お打合せした職業指導カリキュラムの案をWordでお送りします。

安全衛生の時間を前回より増やし、「ヒヤリハット」の事例検討を入れました。
修了時には当社の「溶接基礎」修了証を発行できます。

ご意見をお待ちしております。
{sig("makita", 1)}""",
    "attachments": [{
        "kind": "docx", "name": "職業指導カリキュラム案_溶接.docx", "title": "カリキュラム案",
        "paragraphs": ["西岡少年院 職業指導（溶接）カリキュラム案", "目的：基礎的な溶接技能と安全意識の習得",
                       "対象：在院生（定員12名）", "時間数：計21時間"],
        "tables": [[["回", "内容", "時間"], ["1", "安全衛生・保護具・ヒヤリハット事例", "6"],
                    ["2", "溶接機の取扱い・下向き溶接", "6"], ["3", "立向き溶接・外観検査", "6"],
                    ["4", "実技確認・振り返り", "3"]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "training curriculum for a juvenile school: no personal data",
})

MESSAGES.append({
    "id": "keimusho-041",
    "sender": frm("maki"),
    "to": [KITA_SHOMU],
    "subject": "構内立入者の追加申請（外国籍技術者1名）",
    "charset": "utf-8",
    "body": f"""北浜刑務所 庶務課 御中

お世話になっております。日の出産業の牧です。
12月の構内作業に、当社の外国籍技術者1名を追加したく、立入申請をいたします。

　氏名：NGUYEN VAN HUNG（グエン ヴァン フン）
　国籍：ベトナム
　生年月日：1993年5月14日
　在留カード番号：UH48207315EM
　在留資格：技術・人文知識・国際業務（在留期限 2027年8月2日）
　所属：製造部 生産技術課

在留カードの写しが必要でしたらお申し付けください。
{sig("maki", 0)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "residence card number of a foreign engineer sent to a prison: identity document",
})

_p = people(_R, 6, y0=1950, y1=1985)
_co = ["丸高建設㈱", "大和塗装㈲", "ミナト水産㈱", "㈲杉本工務店", "高峰運送㈱", "日の出産業㈱"]
_ro = ["会長", "副会長", "副会長", "会計", "監事", "事務局"]
_lines = ["役職\t氏名\t事業所\t携帯\tメール"]
for p, c, r in zip(_p, _co, _ro):
    _lines.append(f"{r}\t{p['name']}\t{c}\t{p['tel']}\t{p['romaji'].split()[1].lower()}."
                  f"{_R.randint(10, 99)}@{_R.choice(['gmail.com', 'yahoo.co.jp', 'outlook.jp'])}")
MESSAGES.append({
    "id": "keimusho-042",
    "sender": frm("yabuki"),
    "to": [KIKO],
    "subject": "協力雇用主会 役員連絡先一覧",
    "charset": "iso-2022-jp",
    "body": f"""神奈川県就労支援事業者機構 事務局様

いつもお世話になっております。北浜地区協力雇用主会 事務局の矢吹です。
来年度の役員の連絡先をお送りします（Excelから貼り付けています）。

{chr(10).join(_lines)}

会長の携帯は日中つながりにくいため、急ぎの場合は事務局までご連絡ください。
{sig("yabuki", 1)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of six people's mobiles and private e-mail addresses sent outside",
})

MESSAGES.append({
    "id": "keimusho-043",
    "sender": frm("shirato"),
    "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    "subject": "配送依頼（北浜刑務所・南沢女子刑務所 12/5着）",
    "charset": "iso-2022-jp",
    "body": f"""青葉運輸 配車センター ご担当者様

いつもお世話になっております。日の出産業の白土です。
下記のとおり配送をお願いいたします。

【1】北浜刑務所（会計課用度係 宮路様 宛）
　〒216-0011 神奈川県川崎市宮前区犬蔵5-12-1
　TEL 044-975-0100（代表）
　荷物：段ボール18箱（作業用タオル・石けん）
　着時間：12月5日 午前（受付 9:00〜11:30）

【2】南沢女子刑務所（用度係 宛）
　〒252-0131 神奈川県相模原市緑区西橋本8-3-2
　TEL 042-771-2200（代表）
　荷物：カゴ台車2台（作業服）
　着時間：12月5日 13:00〜15:00

いずれも正門守衛所で入構手続きがあります。
{sig("shirato", 2)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "delivery request to the real partner domain; facility addresses and switchboards are business data",
})

MESSAGES.append({
    "id": "keimusho-044",
    "sender": frm("maki"),
    "to": [KYOKAI],
    "subject": "上期 刑務作業委託実績の送付",
    "charset": "cp932",
    "body": f"""中央矯正協会 刑務作業協力部
三輪様

お世話になっております。日の出産業の牧です。
上期の刑務作業委託実績を送付します。
ZIPのパスワードは別途お送りします。

牧{sig("maki", 2)}""",
    "attachments": [{
        "kind": "zip", "name": "委託実績_2025上期.zip", "password": "kyokai2025",
        "files": [{"kind": "xlsx", "name": "委託実績_2025上期.xlsx",
                   "sheets": {"実績": [["施設", "品番", "数量", "工賃"],
                                       ["北浜", "HS-CB-2207-A", 118000, 2336400]]}}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password ZIP (PPAP) to an outside body cannot be inspected",
})

_mn = my_number(SEED + 7)
MESSAGES.append({
    "id": "keimusho-045",
    "sender": frm("sasano"),
    "to": [f"千秋 美穂 <{addr_of('chiaki')}>"],
    "subject": "漆原さんの個人番号の件",
    "charset": "iso-2022-jp",
    "body": f"""千秋さん

お疲れさまです。笹野です。
12/1入社の漆原 智也さんから個人番号カードの写しを受け取りました。
番号は {_mn} です。写しは人事の金庫に保管しています。

なお漆原さんは仮釈放中（来年3月まで）のため、保護観察所への就労状況報告は
CSR推進室の矢吹さん経由で行います。労務側で社外に出す書類には、仮釈放の件は
記載しないようご注意ください。

笹野""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "My Number and parole status of a new hire, but sent only to an internal colleague",
})

MESSAGES.append({
    "id": "keimusho-046",
    "sender": frm("sasano"),
    "to": [HW],
    "subject": "御手洗さんの職業相談について",
    "charset": "utf-8",
    "body": f"""ハローワーク北浜 専門援助部門
刑務所出所者等就労支援 ご担当 菅谷様

お世話になっております。日の出産業 人事部の笹野です。

先週ご紹介いただいた御手洗 蓮さん（平成９年生）の件でご連絡いたします。
面接の際、ご本人から覚醒剤取締法違反で２年服役していたこと、現在も週２回
ダルク（回復支援施設）に通所していることを伺いました。
当社としては前向きに考えておりますが、通所日の勤務調整と、夜勤を避ける必要が
あるかどうか、支援機関のご意見を伺えればと思っております。

また、トライアル雇用助成金の対象となるかもご教示いただけますと幸いです。
{sig("sasano", 0)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named job seeker's drug conviction, prison term and recovery programme sent to an outside office",
})

_p = people(_R, 2, y0=1975, y1=1995)
MESSAGES.append({
    "id": "keimusho-047",
    "sender": frm("yabuki"),
    "to": [KIKO],
    "subject": "協力雇用主向けセミナー参加申込",
    "charset": "iso-2022-jp",
    "body": f"""神奈川県就労支援事業者機構 事務局様

お世話になっております。日の出産業の矢吹です。
12月19日の「協力雇用主向け 職場定着セミナー」に、下記2名で参加いたします。

・{_p[0]['name']}（人事部 採用グループ）　当日連絡先 {_p[0]['tel']}
・{_p[1]['name']}（第二工場 職長）　　　　当日連絡先 {_p[1]['tel']}

参加費のお支払い方法をご教示ください。
{sig("yabuki", 4)}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two attendees with their mobiles: a short attendee list, may be warned only",
})

MESSAGES.append({
    "id": "keimusho-048",
    "sender": frm("yabuki"),
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatu.co.jp>"],
    "subject": "協力雇用主リーフレット 再校のご確認",
    "charset": "cp932",
    "body": f"""錦印刷 営業部 ご担当者様

いつもお世話になっております。日の出産業の矢吹です。
協力雇用主会のリーフレット（A4三つ折り）の再校を確認しました。

・表紙のキャッチコピー「もう一度、はたらく場所を」の書体を丸ゴシックに
・裏面の問い合わせ先を事務局（日の出産業 CSR推進室）の代表番号に差し替え
・部数は3,000部で確定です

修正後、責了でお願いいたします。納品は12月10日希望です。
{sig("yabuki", 0)}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp is a look-alike (letter dropped) of partner nishiki-insatsu.co.jp",
})

_p = people(_R, 5, y0=1962, y1=1990)
_dt = [["氏名", "所属", "携帯電話", "勤務帯", "メンター歴"]]
for p in _p:
    _dt.append([p["name"], _R.choice(["第二工場 組立", "第二工場 梱包", "物流課", "資材課"]),
                p["tel"], _R.choice(["日勤", "日勤", "早番", "遅番"]), f"{_R.randint(1, 6)}年"])
MESSAGES.append({
    "id": "keimusho-049",
    "sender": frm("sasano"),
    "to": [ASAHI],
    "subject": "職場メンター（相談担当）名簿の送付",
    "charset": "iso-2022-jp",
    "body": f"""あさひ寮 桑原主任

お世話になっております。日の出産業の笹野です。
寮生の方が当社で働く際の相談窓口となるメンターの名簿をお送りします。
夜間や休日に寮から連絡が必要な場合は、こちらの携帯にご連絡ください。
{sig("sasano", 1)}""",
    "attachments": [{
        "kind": "docx", "name": "職場メンター名簿_2025.docx",
        "paragraphs": ["職場メンター（相談担当）名簿", "日の出産業株式会社 人事部 2025年11月"],
        "tables": [_dt],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of five employees' mobiles sent to a halfway house: list of people",
})

MESSAGES.append({
    "id": "keimusho-050",
    "sender": frm("shirato"),
    "to": [KITA_YODO],
    "subject": "RE: 安全靴の納期について",
    "charset": "cp932",
    "body": f"""宮路様

お世話になっております。白土です。
安全靴（SF-605）の27.0cmは、メーカー欠品のため12月12日の入荷となります。
入荷次第、青葉運輸便で直送いたします。ご迷惑をおかけし申し訳ございません。

代替品として同等品（SF-610 27.0cm、単価同額）でしたら即日出荷が可能です。
ご希望があればお知らせください。

白土

-----Original Message-----
差出人: 北浜刑務所 会計課用度係 宮路
送信日時: 2025年11月27日 13:20
宛先: 白土 恵美
件名: 安全靴の納期について

日の出産業 白土様
先日発注した安全靴のうち27.0cmが未着です。
工場作業の都合上、今月中に必要ですので納期をご確認ください。
発注番号 北刑用第1098号""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply about a backordered item with the purchasing office's quoted mail: business only",
})

# ------------------------------------------------------------------------------------------
# 051-075
# ------------------------------------------------------------------------------------------

_cc = card_number(SEED + 2)
MESSAGES.append({
    "id": "keimusho-051",
    "sender": frm("makita"),
    "to": ["さくらホテル 予約センター <reserve@sakura-hotel.jp>"],
    "subject": "宿泊予約（1/14〜1/16 2名）",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル 予約センター御中

いつもお世話になっております。日の出産業の蒔田と申します。
矯正施設での研修出張のため、下記のとおり予約をお願いいたします。

　宿泊日：1月14日（水）〜1月16日（金）2泊
　部屋　：シングル禁煙 2室
　宿泊者：蒔田 伸也／江頭 良太
　お支払い：事前カード決済
　　カード番号 {_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　　有効期限 11/27　名義 SHINYA MAKITA

領収書は「日の出産業株式会社」宛で1枚にまとめてください。
{sig("makita", 1)}""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "card number and expiry sent to a partner hotel: a credit card number always stops",
})

MESSAGES.append({
    "id": "keimusho-052",
    "sender": frm("yabuki"),
    "to": ["James Hartley <j.hartley@secondchance-works.org.uk>"],
    "subject": "Re: How prison industry work orders work in Japan",
    "charset": "utf-8",
    "body": f"""Dear James,

Thank you for your questions. In short:

1. We place work orders with a prison through the prison's industry section (作業課)
   and, for some items, through a national association that coordinates prison work.
2. We supply materials free of charge; the prison does the assembly; we pay a piece
   rate per unit. Our current rate for cable-tie fitting is about JPY 20 per piece.
3. Quality is checked at our plant. Defect rates are around 0.1%.
4. Our own staff visit twice a month to give technical guidance.

Happy to go into more detail when you visit in April.

Kind regards,
Kyoko

On Tue, 18 Nov 2025 at 09:14, James Hartley <j.hartley@secondchance-works.org.uk> wrote:
> Dear Kyoko,
> Could you explain briefly how a private company places work with a Japanese
> prison, and how pricing and quality are handled?
> Best, James
{sig("yabuki", 3)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English explanation of the work-order process to one overseas partner: no personal data",
})

MESSAGES.append({
    "id": "keimusho-053",
    "sender": frm("sasano"),
    "to": [NISHI_KYOIKU],
    "subject": "栗生くんの受入れ準備について",
    "charset": "iso-2022-jp",
    "body": f"""西岡少年院 神保先生

お世話になっております。日の出産業の笹野です。
来年２月に出院予定の栗生 悠人くん（１７歳）の受入れ準備について、ご相談させてください。

先日の面会で、ＡＤＨＤの診断を受けていて現在も服薬していること、
お母様が精神科に入院中で、出院後は叔父様の家から通勤する予定であることを伺いました。
当社としては、作業指示を紙に書いて渡す、休憩をこまめに取らせる等の配慮を考えております。
主治医の先生の意見書のようなものがあれば、差し支えない範囲で拝見できますでしょうか。

また、保護観察所の担当の方とも事前に顔合わせをしておきたいと考えております。
{sig("sasano", 0)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named juvenile's ADHD diagnosis, training-school stay and mother's hospitalisation: 要配慮",
})

MESSAGES.append({
    "id": "keimusho-054",
    "sender": frm("yabuki"),
    "to": ["James Hartley <j.hartley@secondchance-works.org.uk>"],
    "subject": "Evaluation report of our re-entry employment scheme (FY2024)",
    "charset": "utf-8",
    "body": f"""Dear James,

As promised, attached is the evaluation report of our re-entry employment scheme for
FY2024. It is the version prepared for our board; please keep it to yourself for now.

Best regards,
Kyoko
{sig("yabuki", 3)}""",
    "attachments": [{
        "kind": "pdf", "name": "Reentry_scheme_evaluation_FY2024.pdf",
        "title": "Evaluation report FY2024",
        "page_header": "CONFIDENTIAL", "page_footer": "Confidential - Hinode Sangyo internal use only",
        "lines": ["Re-entry employment scheme: evaluation FY2024", "",
                  "1. Hires: 4 (cumulative since 2019: 11)", "2. Retention after 12 months: 64%",
                  "3. Cost per hire incl. mentoring: JPY 1.2m", "4. Issues: housing, night shifts",
                  "5. Proposal: expand to the new logistics centre in FY2026"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF marked CONFIDENTIAL / internal use only on every page sent to an overseas partner",
})

MESSAGES.append({
    "id": "keimusho-055",
    "sender": frm("sasano"),
    "to": [HOGO_SHURO],
    "subject": "Re: 就労希望者のご紹介（30代男性）",
    "charset": "iso-2022-jp",
    "body": f"""東都保護観察所 就労支援ご担当者様

ご紹介ありがとうございます。日の出産業の笹野です。

ご紹介の方（30代男性、窃盗の前歴があり、フォークリフト免許をお持ちの方）について、
物流課での受入れを前向きに検討いたします。
夜勤のないシフトも用意できますので、一度職場見学にお越しいただければと思います。
ご本人のお名前や詳細は、面接日が決まってから伺えれば結構です。

候補日：12月9日（火）、11日（木）いずれも14時〜
{sig("sasano", 1)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an unnamed candidate ('30代男性') with a record: not identifiable, no personal data",
})

_p = people(_R, 5, y0=1975, y1=2002)
_kb = ["仮釈放", "保護観察付執行猶予", "仮釈放", "仮釈放", "少年院仮退院"]
_sh = [["対象者一覧（第3四半期）"], [],
       ["No", "氏名", "フリガナ", "生年月日", "雇用開始日", "担当保護観察所", "処分等の区分"]]
for i, (p, k) in enumerate(zip(_p, _kb), 1):
    _sh.append([i, p["name"], p["kana"], wareki(*p["dob"], 5),
                f"R{_R.randint(6, 7)}.{_R.randint(1, 12)}.1", "東都保護観察所", k])
MESSAGES.append({
    "id": "keimusho-056",
    "sender": frm("chiaki"),
    "to": [KIKO],
    "subject": "職場定着協力者謝金 申請書類（第3四半期）",
    "charset": "cp932",
    "body": f"""神奈川県就労支援事業者機構 事務局 御中

お世話になっております。日の出産業 人事部の千秋です。
第3四半期分の職場定着協力者謝金の申請書類をお送りします。
Excelの「申請書」「対象者一覧」「勤務実績」の3シートです。

不備がございましたらご連絡ください。
{sig("chiaki", 0)}""",
    "attachments": [{
        "kind": "xlsx", "name": "謝金申請_R7第3四半期.xlsx",
        "sheets": {"申請書": [["職場定着協力者謝金 申請書"], [],
                              ["事業所名", "日の出産業株式会社"], ["所在地", "川崎市川崎区駅前本町11-2"],
                              ["申請対象人数", 5]],
                   "対象者一覧": _sh,
                   "勤務実績": [["No", "10月", "11月", "12月"]] +
                               [[i, _R.randint(15, 22), _R.randint(15, 22), _R.randint(15, 22)]
                                for i in range(1, 6)]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX sheet of five named parolees with DOB and disposition (parole, suspended sentence)",
})

_fac = [["施設名", "住所", "代表電話", "受付窓口", "受付時間"],
        ["北浜刑務所", "神奈川県川崎市宮前区犬蔵5-12-1", "044-975-0100", "会計課用度係", "9:00-11:30"],
        ["東雲刑務所", "東京都江東区東雲3-8-20", "03-3529-6100", "作業課", "13:00-16:00"],
        ["南沢女子刑務所", "神奈川県相模原市緑区西橋本8-3-2", "042-771-2200", "用度係", "13:00-15:00"],
        ["西岡少年院", "神奈川県横浜市旭区西岡2-7-1", "045-951-3300", "庶務課", "9:30-11:30"],
        ["中央矯正協会 倉庫", "千葉県船橋市潮見町28-4", "047-431-0098", "倉庫受付", "9:00-16:00"]]
MESSAGES.append({
    "id": "keimusho-057",
    "sender": frm("shirato"),
    "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    "subject": "納品先一覧（矯正施設）更新のお知らせ",
    "charset": "iso-2022-jp",
    "body": f"""青葉運輸 配車センター ご担当者様

お世話になっております。日の出産業の白土です。
矯正施設向けの納品先一覧を更新しましたので、テキストファイルでお送りします。
西岡少年院の受付時間が変更になっていますのでご注意ください。
{sig("shirato", 1)}""",
    "attachments": [{"kind": "txt", "name": "納品先一覧_矯正施設_2025-11.txt", "encoding": "cp932",
                     "text": table(_fac) + "\n\n※いずれも正門守衛所で入構手続きが必要です。\n"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of correctional facilities with addresses and switchboards: places, not people",
})

MESSAGES.append({
    "id": "keimusho-058",
    "sender": frm("yabuki"),
    "to": ["職親プロジェクト事務局 <office@shokuoya-project.jp>"],
    "cc": [MARUTAKA, YAMATO],
    "subject": "職親プロジェクト 関東ブロック会議の議題について",
    "charset": "utf-8",
    "body": f"""職親プロジェクト事務局 御中
（cc：丸高建設 中里社長、大和塗装 大和社長）

お世話になっております。日の出産業の矢吹です。
1月の関東ブロック会議の議題案をお送りします。

1. 各社の受入れ状況の共有（人数のみ）
2. 住居確保の課題と社宅の活用
3. 少年院出院者の受入れに向けた勉強会の企画
4. 次年度の合同説明会の開催地

中里社長、大和社長からも追加の議題があればお知らせください。
{sig("yabuki", 0)}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations across To and Cc: should have been Bcc",
})

MESSAGES.append({
    "id": "keimusho-059",
    "sender": frm("yabuki"),
    "to": [KITA_SHOMU],
    "subject": "海外視察者の施設見学申請（英国 1名）",
    "charset": "iso-2022-jp",
    "body": f"""北浜刑務所 庶務課 御中

お世話になっております。日の出産業の矢吹です。
4月14日の施設見学に、英国の社会的企業から1名が同行いたします。
ご指示の様式に沿って必要事項をお知らせします。

　氏名（旅券記載のとおり）：HARTLEY, JAMES EDWARD
　国籍：英国
　生年月日：1979年3月8日
　旅券番号：533904127
　所属：Second Chance Works Ltd.（ロンドン）
　来日目的：協力雇用主制度および刑務作業の視察

通訳は当社社員が務めます。
{sig("yabuki", 0)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a visitor's passport number and date of birth sent to a prison: identity document",
})

MESSAGES.append({
    "id": "keimusho-060",
    "sender": frm("narasaki"),
    "to": [f"笹野 圭介 <{addr_of('sasano')}>"],
    "subject": "Re: 新入社員アカウント発行（12/1入社 漆原さん）",
    "charset": "utf-8",
    "body": f"""笹野さん

情シスの楢崎です。漆原さんのアカウントを発行しました。

  ユーザーID : urushibara.tomoya
  初期パスワード : 入社日に手渡しします
  権限 : 一般（物流課）

ご依頼どおり、保護観察期間が終わる来年3月までは経理システムと顧客DBへの
アクセス権は付与していません。期間満了後に改めて申請してください。

楢崎

> 楢崎さん
> 12/1入社の漆原 智也さんのアカウント発行をお願いします。
> 仮釈放中のため、保護観察期間中は経理系のシステム権限は付けないでください。
> 笹野""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "parole status of a named hire discussed only between internal staff",
})

MESSAGES.append({
    "id": "keimusho-061",
    "sender": frm("yamagiwa"),
    "to": [ASAHI],
    "subject": "緊急時の連絡体制について（小比類巻さん）",
    "charset": "cp932",
    "body": f"""あさひ寮 桑原主任

お世話になっております。第二工場総務の山際です。
来月から塗装ラインに入る小比類巻 剛さんについて、緊急時の対応を確認させてください。

ご本人から、エホバの証人の信者であり輸血を拒否する意思表示カードを携帯していると
伺いました。また小児喘息の既往があり、有機溶剤の臭いで発作が出ることがあるそうです。
工場の救急対応マニュアルにこの点を反映し、搬送先の病院にも事前に伝えておきたいと
考えております。

寮でご家族などの緊急連絡先を把握されていれば、共有いただけますでしょうか。
{sig("yamagiwa", 0)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named worker's religion (refusal of transfusion) and asthma history sent outside",
})

MESSAGES.append({
    "id": "keimusho-062",
    "sender": frm("maki"),
    "to": [SHINO_SAGYO],
    "subject": "11月 出来高集計表",
    "charset": "iso-2022-jp",
    "body": f"""東雲刑務所 作業課 久保寺様

お世話になっております。牧です。
11月分の出来高集計表をお送りします。工賃のご請求はこの数量でお願いします。

牧{sig("maki", 2)}""",
    "attachments": [{"kind": "corrupt", "name": "出来高集計_202511.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be inspected",
})

_trk = not_my_number(_R)
MESSAGES.append({
    "id": "keimusho-063",
    "sender": frm("shirato"),
    "to": [NISHI_YODO],
    "subject": "出荷のご連絡（実習用作業服 30着）",
    "charset": "utf-8",
    "body": f"""西岡少年院 庶務課 用度ご担当者様

お世話になっております。日の出産業の白土です。
ご注文の実習用作業服を本日出荷いたしました。

  品番 WK-330（上着）S:8 M:14 L:8
  品番 WK-331（ズボン）S:8 M:14 L:8
  送り状番号：{_trk}
  到着予定：12月2日（火）午前

胸のネーム刺繍は不要とのことでしたので、無地でお送りしています。
{sig("shirato", 4)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "shipping notice with product codes and a 12-digit waybill number (not a My Number)",
})

_p = people(_R, 5, y0=1968, y1=2004)
_bl = []
for p, (why, lic, want) in zip(_p, [("窃盗", "普通自動車免許", "土木作業"),
                                    ("詐欺（受け子）", "なし", "建設・内装"),
                                    ("傷害", "玉掛け・小型移動式クレーン", "とび"),
                                    ("覚醒剤取締法違反", "大型自動車免許", "ダンプ運転"),
                                    ("横領", "2級建築施工管理技士", "施工管理補助")]):
    _bl.append(f"■{p['name']}さん（{p['age']}歳）\n　前歴：{why}／資格：{lic}\n　希望：{want}")
MESSAGES.append({
    "id": "keimusho-064",
    "sender": frm("sasano"),
    "to": [MARUTAKA],
    "subject": "合同面接会の候補者について（あさひ寮より）",
    "charset": "cp932",
    "body": f"""中里社長

お世話になっております。日の出産業の笹野です。
あさひ寮の桑原さんから、2月の合同面接会の候補者について情報をいただきました。
建設系を希望している方が多いので、丸高建設さんにも共有いたします。

{chr(10).join(_bl)}

当日は午前に当社、午後に丸高建設さんの面接という流れでいかがでしょうか。
{sig("sasano", 2)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one block per person for five named residents with offences, shared with another company",
})

MESSAGES.append({
    "id": "keimusho-065",
    "sender": frm("shirato"),
    "to": [MINA_YODO],
    "subject": "担当者交代のご挨拶",
    "charset": "iso-2022-jp",
    "body": f"""南沢女子刑務所 用度係 御中

平素より大変お世話になっております。日の出産業の白土です。

私事で恐縮ですが、12月1日付で本社営業企画部へ異動となりました。
後任は同じ官公庁営業課の谷地 恵（やち めぐみ）が務めます。

　谷地 恵　営業部 官公庁営業課
　TEL 044-211-5541（直通）／携帯 080-4417-3329
　yachi.megumi@hinode-sangyo.co.jp

在任中のご厚情に心より御礼申し上げます。
今後とも変わらぬご愛顧を賜りますようお願い申し上げます。
{sig("shirato", 0)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "introduces one successor's business contact details: ordinary business mail",
})

MESSAGES.append({
    "id": "keimusho-066",
    "sender": frm("kamoshita"),
    "to": ["白川法律事務所 白川先生 <s.shirakawa@shirakawa-Iaw.jp>"],
    "subject": "出所者雇用に関する雇用契約書ひな形のご確認",
    "charset": "iso-2022-jp",
    "body": f"""白川先生

いつもお世話になっております。日の出産業の鴨下です。

協力雇用主として採用する方向けの雇用契約書ひな形を見直しました。
特に以下の2点についてご確認いただけますでしょうか。

1. 試用期間中の解雇事由に「保護観察の遵守事項違反」を入れることの可否
2. 社宅貸与規程との関係（退職時の明渡し期限）

来週中にご意見をいただけますと幸いです。
{sig("kamoshita", 1)}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "shirakawa-Iaw.jp (capital I for l) is a homoglyph look-alike of partner shirakawa-law.jp",
})

MESSAGES.append({
    "id": "keimusho-067",
    "sender": frm("yamagiwa"),
    "to": [HOGO_TSURUMI],
    "subject": "猪股さんの労災事故について（ご報告）",
    "charset": "utf-8",
    "body": f"""東都保護観察所 鶴見様

お世話になっております。日の出産業 第二工場の山際です。
保護観察中の猪股さんが本日作業中に負傷しましたので、事故報告書を添付してご報告します。

ご本人は落ち着いていますが、精神科の主治医にも連絡を取るようお伝えしました。
{sig("yamagiwa", 1)}""",
    "attachments": [{
        "kind": "docx", "name": "事故報告書_20251120.docx", "title": "事故報告書",
        "paragraphs": ["事 故 報 告 書", "発生日時：令和7年11月20日 10時40分頃",
                       "発生場所：第二工場 組立ライン3番",
                       "状況：治具交換中に右手中指を挟まれ負傷。北浜整形外科にて右中指末節骨骨折と診断。",
                       "既往等：精神科通院中（抑うつ状態）。本人の申告により記載。"],
        "tables": [[["被災者氏名", "猪股 隆之"], ["生年月日", "昭和63年2月9日"],
                    ["所属", "第二工場 組立"], ["保護観察", "仮釈放中（令和8年5月まで）"],
                    ["休業見込み", "約4週間"]]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "accident report DOCX with a named parolee's injury, psychiatric history and parole",
})

MESSAGES.append({
    "id": "keimusho-068",
    "sender": frm("yabuki"),
    "to": ["竹内 保護司 <m-takeuchi.0512@docomo.ne.jp>"],
    "subject": "面接室の貸出しについて",
    "charset": "cp932",
    "body": f"""竹内先生

お世話になっております。日の出産業の矢吹です。
お問い合わせいただいた面接室の件、本社3階の小会議室をお使いいただけます。

・平日 火曜・木曜 17:30〜20:00
・受付で「保護司の竹内です」とお伝えいただければご案内します
・鍵の返却は守衛室にお願いします

使用日が決まりましたら前日までにご一報ください。

矢吹""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "room booking for a 保護司 on a carrier address: no personal data, one free-mail recipient",
})

_mn = my_number(SEED + 8)
MESSAGES.append({
    "id": "keimusho-069",
    "sender": frm("chiaki"),
    "to": ["神田税理士事務所 <info@kanda-tax.jp>"],
    "subject": "源泉徴収票の再発行（退職者1名）",
    "charset": "cp932",
    "body": f"""神田税理士事務所 御中

いつもお世話になっております。日の出産業 労務の千秋です。
10月末で退職した社員1名から源泉徴収票の再発行依頼がありました。
以下の内容で作成をお願いできますでしょうか。

　氏名：鬼頭 達也
　個人番号：{_mn[:4]}-{_mn[4:8]}-{_mn[8:]}
　退職日：令和7年10月31日
　送付先：本人住所（前回と同じ）

よろしくお願いいたします。
{sig("chiaki", 2)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a former employee's My Number sent to an outside tax office",
})

MESSAGES.append({
    "id": "keimusho-070",
    "sender": frm("maki"),
    "to": [SHINO_SAGYO],
    "subject": "刑務作業 発注書（木製パレット 第4期）",
    "charset": "iso-2022-jp",
    "body": f"""東雲刑務所 作業課 御中

お世話になっております。日の出産業 外注管理課の牧です。
木製パレット（第4期分）の発注書をお送りします。

　発注番号：HS-PO-25-1183
　品番　　：HS-PL-0402（1100×1100 両面4方差し）
　数量　　：600枚（200枚×3回納入）
　単価　　：410円（工賃のみ、材料支給）
　納期　　：1/16、1/30、2/13
　検収　　：当社第二工場にて抜取り検査（AQL 1.0）

材料（杉材・釘）は12月22日に搬入予定です。
{sig("maki", 0)}""",
    "attachments": [{
        "kind": "pdf", "name": "発注書_HS-PO-25-1183.pdf",
        "lines": ["発 注 書", "東雲刑務所長 殿", "発注番号 HS-PO-25-1183",
                  "品番 HS-PL-0402 数量 600 単価 410 金額 246,000円"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "prison-industry purchase order: order number, product code, quantities",
})

MESSAGES.append({
    "id": "keimusho-071",
    "sender": frm("maki"),
    "to": [KITA_SAGYO, SHINO_SAGYO, MINA_SAGYO],
    "subject": "【見積依頼】ハーネス加工作業（令和8年度）",
    "charset": "iso-2022-jp",
    "body": f"""各施設 作業ご担当者様

いつもお世話になっております。日の出産業 外注管理課の牧です。
令和8年度のハーネス加工作業について、見積りをお願いしたくご連絡いたしました。

　品番：HS-WH-1130（端子圧着・ハウジング挿入）
　数量：年間 120,000本
　期間：令和8年4月〜令和9年3月

同じ内容を3施設にお送りしております。
見積書は12月19日までにご返送いただけますようお願いいたします。
{sig("maki", 1)}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three prisons (three organisations) in To can see each other in a tender: should be Bcc",
})

_p = people(_R, 8, y0=1970, y1=2003)
_rows = [["称呼番号", "氏名", "生年月日", "最終学歴", "前職", "PC経験"]]
for p in _p:
    _rows.append([f"{_R.randint(1000, 9999)}", p["name"], wareki(*p["dob"], 4),
                  _R.choice(["中学卒", "高校中退", "高校卒", "専門学校卒"]),
                  _R.choice(["建設作業員", "飲食店", "無職", "運送", "工場勤務", "営業"]),
                  _R.choice(["なし", "少し", "あり"])])
MESSAGES.append({
    "id": "keimusho-072",
    "sender": frm("makita"),
    "to": ["ツバサシステム 研修事業部 <kenshu@tsubasa-system.jp>"],
    "subject": "PC基礎講座（北浜刑務所 所内訓練）受講者データ",
    "charset": "utf-8",
    "body": f"""ツバサシステム 研修事業部 ご担当者様

お世話になっております。日の出産業の蒔田です。
北浜刑務所の所内訓練「PC基礎講座」の受講者8名分のデータをお送りします。
クラス分けの参考にしてください（ZIPにCSVを入れています）。
{sig("makita", 1)}""",
    "attachments": [{
        "kind": "zip", "name": "受講者データ_PC基礎.zip",
        "files": [{"kind": "csv", "name": "受講者一覧.csv", "encoding": "utf-8", "rows": _rows}],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "ZIP with a CSV of eight inmates (inmate no., name, DOB, history) sent to a partner",
})

MESSAGES.append({
    "id": "keimusho-073",
    "sender": frm("maki"),
    "to": [KITA_SAGYO],
    "subject": "Re: 【ご提出】11月構内作業 技術指導員 立入者名簿",
    "charset": "iso-2022-jp",
    "body": f"""丹羽様

入構証6枚、本日受領いたしました。ありがとうございました。
初日は8時45分に正門に集合いたします。

牧

> 牧様
> 名簿の件、承知しました。入構証を発行しましたので郵送します。
> 念のため、名簿の記載内容を再掲します。相違があればご連絡ください。
>
> 1 江頭 良太　昭和47年3月3日　090-6721-5530
> 2 阿久津 修　昭和55年11月18日　080-2219-7714
> 3 柳沼 英樹　平成元年6月2日　070-3390-1286
> 4 雨宮 光一　昭和60年8月27日　090-8815-4402
> 5 石動 誠　　平成7年1月9日　080-5521-0093
> 6 熊谷 聡　　昭和52年12月20日　090-4470-2218
>
> 北浜刑務所 作業部門 丹羽""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six-person list is only in '>' quoted text from the recipient; new text is a thank-you",
})

MESSAGES.append({
    "id": "keimusho-074",
    "sender": frm("yamagiwa"),
    "to": [ASAHI],
    "subject": "新規入寮予定の上遠野さんについて",
    "charset": "iso-2022-jp",
    "body": f"""桑原主任

お世話になっております。第二工場の山際です。
来月から当社で働く予定の上遠野（かどの）正和さん、昭和５４年８月１９日生まれの方ですが、
刑務所にいる間にＣ型肝炎が見つかり、現在も飲み薬で治療中と伺いました。
工場の健康診断の際にどう扱えばよいか、寮の嘱託医の先生のご意見を伺えますでしょうか。
血液に触れる可能性のある作業（刃物を使う作業）は当面外すつもりです。

山際　０４４－２８８－７７０２""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named man's 和暦 full-width DOB, imprisonment and hepatitis C treatment in running text",
})

MESSAGES.append({
    "id": "keimusho-075",
    "sender": frm("maki"),
    "to": [KYOKAI],
    "subject": "刑務作業製品の共同開発のご提案",
    "charset": "utf-8",
    "body": f"""中央矯正協会 刑務作業協力部
三輪様

お世話になっております。日の出産業の牧です。
先日お話しした、刑務作業製品（木工）の共同開発についての提案資料をお送りします。
当社の端材を活用した小物家具シリーズで、矯正展での販売を想定しています。
{sig("maki", 0)}""",
    "attachments": [
        {"kind": "pptx", "name": "共同開発提案_木工小物.pptx", "title": "共同開発提案",
         "slides": [["木工小物シリーズ 共同開発のご提案", "日の出産業株式会社 製造部", "2025年11月"],
                    ["背景", "パレット製造時の端材 年間約8トン", "廃棄コストの削減と付加価値化"],
                    ["商品案", "スツール（HS-WD-01）", "スパイスラック（HS-WD-02）", "名刺立て（HS-WD-03）"],
                    ["スケジュール", "1月 試作", "3月 品評会", "6月 矯正展で販売開始"]]},
        {"kind": "png", "name": "試作イメージ.png"},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "product development proposal (PPTX and an image): no personal data, no marking",
})

# ------------------------------------------------------------------------------------------
# 076-100
# ------------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "keimusho-076",
    "sender": frm("kamoshita"),
    "to": ["福田コンサルティング 福田様 <k.fukuda@fukuda-consulting.jp>"],
    "subject": "中期計画（社会貢献雇用）資料",
    "charset": "iso-2022-jp",
    "body": f"""福田様

お世話になっております。日の出産業の鴨下です。
来週の打合せに先立ち、取締役会に諮る予定の中期計画の抜粋をお送りします。
ご意見をいただければ幸いです。

鴨下{sig("kamoshita", 4)}""",
    "attachments": [{
        "kind": "pptx", "name": "中期計画_社会貢献雇用_抜粋.pptx", "page_footer": "極秘",
        "slides": [["【極秘】中期経営計画 2026-2028（抜粋）", "社会貢献雇用の拡大", "取締役会資料"],
                   ["受入れ目標", "2026年度 5名", "2027年度 7名", "2028年度 10名"],
                   ["投資", "社宅借上げ 6室", "専任メンター 2名配置", "川崎東物流センター新設"]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "board slides stamped 【極秘】 with a 極秘 footer sent to an outside consultant",
})

MESSAGES.append({
    "id": "keimusho-077",
    "sender": frm("chiaki"),
    "to": [ASAHI],
    "subject": "健康保険証の番号について（左右田さん）",
    "charset": "iso-2022-jp",
    "body": f"""あさひ寮 桑原主任

お世話になっております。日の出産業 労務の千秋です。
左右田 哲平さんの健康保険証がまだ発行途中のため、通院の際は以下の番号で
「資格確認書」の代わりに医療機関へお伝えいただけるとのことです。

　保険者番号　０６１４０２１３
　記号　４２１５　番号　３８
　被保険者氏名　左右田 哲平

カードが届き次第、寮にお届けいたします。

千秋
日の出産業株式会社 人事部 労務グループ""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "health insurance 記号・番号 of a named employee (full-width digits) sent outside",
})

MESSAGES.append({
    "id": "keimusho-078",
    "sender": frm("makita"),
    "to": [KITA_KYOIKU],
    "subject": "修了証書の発行枚数について",
    "charset": "cp932",
    "body": f"""北浜刑務所 教育部門 御中

お世話になっております。日の出産業 技能研修センターの蒔田です。

フォークリフト講習と電気配線科の修了証書について、以下の枚数で準備いたします。

　フォークリフト運転（特別教育）　13枚
　電気配線科　　　　　　　　　　　 7枚

氏名の記入は、前回と同じく貴所で行っていただく形でよろしいでしょうか。
用紙は賞状用紙（A4・縦）でお持ちします。
{sig("makita", 2)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "numbers of certificates only; no names or data of trainees",
})

_p = people(_R, 6, y0=1940, y1=1965)
_tb = [["氏名", "住所", "電話"]]
for p in _p:
    _tb.append([p["name"] + "　様", address(_R, building=False),
                zen(p["tel"]) if _R.random() < 0.5 else p["tel"]])
MESSAGES.append({
    "id": "keimusho-079",
    "sender": frm("yabuki"),
    "to": [YAMATO],
    "subject": "地区の保護司さん連絡先（ご参考）",
    "charset": "cp932",
    "body": f"""大和社長

お世話になっております。日の出産業の矢吹です。
先日お話のあった、川崎南部地区の保護司さんの連絡先をお送りします。
新しく受け入れる方の担当保護司がこの中から決まると思いますので、ご参考まで。

{table(_tb, sep="　", zenkaku=True, rule="─")}

ご自宅の連絡先ですので、お取扱いにはご注意ください。

矢吹""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six 保護司' home addresses and phones, padded with full-width spaces, to another company",
})

MESSAGES.append({
    "id": "keimusho-080",
    "sender": frm("usami"),
    "to": ["中央矯正協会 経理課 <keiri@kyosei-kyokai.or.jp>"],
    "subject": "11月分ご請求書（資材支給分）",
    "charset": "iso-2022-jp",
    "body": f"""中央矯正協会 経理課 御中

いつもお世話になっております。日の出産業 経理課の宇佐美です。
11月分の資材支給に係るご請求書をお送りいたします。

　請求番号：HS-2511-0087
　金額　　：￥358,600（税込）
　支払期日：12月末日
　振込先　：みどり銀行 川崎支店 当座 0104427 日の出産業株式会社

ご不明点は経理課までお問い合わせください。
{sig("usami", 0)}""",
    "attachments": [{
        "kind": "pdf", "name": "請求書_HS-2511-0087.pdf",
        "lines": ["請 求 書  HS-2511-0087", "中央矯正協会 御中", "資材支給分（11月）",
                  "金額 358,600円（税込）", "振込先 みどり銀行 川崎支店 当座 0104427"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "invoice with the company's own bank account: business data",
})

MESSAGES.append({
    "id": "keimusho-081",
    "sender": frm("chiaki"),
    "to": ["みどり銀行 法人営業部 <hojin@midori-ginko.com>"],
    "subject": "給与振込口座の新規開設手続きについて",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 人事部の千秋です。

来月入社予定の社員のうち、ご自身の口座をお持ちでない方が数名おります。
以前ご案内いただいた「職域での口座開設」の出張受付を、12月上旬に当社本社で
お願いすることは可能でしょうか。本人確認書類の種類と、必要な持ち物を
あらかじめ教えていただけますと助かります。
{sig("chiaki", 1)}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-ginko.com is a TLD-swap look-alike of partner midori-ginko.co.jp",
})

_p = people(_R, 5, y0=1972, y1=2004)
_kb = ["仮釈放", "満期釈放", "仮釈放", "保護観察付執行猶予", "少年院仮退院"]
_cr = ["窃盗", "詐欺", "傷害", "覚醒剤取締法違反", "恐喝"]
_sheet = [["受入予定者一覧（1〜3月）社内限り"], [],
          ["氏名", "フリガナ", "生年月日", "釈放等", "罪名", "配属予定", "備考"]]
for p, k, c in zip(_p, _kb, _cr):
    _sheet.append([p["name"], p["kana"], wareki(*p["dob"], 1), k, c,
                   _R.choice(["組立", "梱包", "物流"]), _R.choice(["", "通院あり", "寮希望"])])
MESSAGES.append({
    "id": "keimusho-082",
    "sender": frm("sasano"),
    "to": [f"宍戸 昇 <shishido.noboru@{DOM}>"],
    "cc": ["山際 学 <yamagiwa.manabu@kawasaki.hinode-sangyo.co.jp>"],
    "subject": "受入予定者一覧（1〜3月）",
    "charset": "utf-8",
    "body": f"""宍戸工場長
（cc 山際さん）

1〜3月の受入予定者の一覧を添付します。配属の検討をお願いします。
社外秘扱いでお願いします。

笹野""",
    "attachments": [{"kind": "xlsx", "name": "受入予定者一覧_R8Q1.xlsx", "page_header": "社外秘",
                     "sheets": {"一覧": _sheet}}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "list of five hires-to-be with offences, marked 社外秘, to internal staff (one on an internal subdomain)",
})

MESSAGES.append({
    "id": "keimusho-083",
    "sender": frm("yabuki"),
    "to": ["Maria Lopez <maria.lopez@reentrypartners.org>"],
    "subject": "Case study for your newsletter",
    "charset": "utf-8",
    "body": f"""Dear Maria,

Here is the short case study you asked for.

"Daiki Shoji, 34, joined our Kawasaki plant in 2022 after serving four years in
Kitahama Prison for fraud. During his first year he was also being treated for
depression, and we arranged his shifts around his clinic visits. Today he leads our
forklift team and mentors two newer colleagues who came to us the same way."

Please let me know if you need a photo.

Warm regards,
Kyoko
{sig("yabuki", 3)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English case study naming a man with his prison term, offence and depression",
})

MESSAGES.append({
    "id": "keimusho-084",
    "sender": frm("yabuki"),
    "to": ["Thanh Nguyen <t.nguyen@fresh-start.org.au>"],
    "subject": "Re: Interview request - employer perspective",
    "charset": "utf-8",
    "body": f"""Dear Thanh,

Thank you for the interview request. I am happy to talk about our experience as an
employer. A few points in advance:

- We have hired 11 people through the cooperating-employer scheme since 2019.
- One of them, a man in his thirties, now leads a small team at our plant; I can
  describe his path in general terms but will not share any identifying details.
- What helped most: a named mentor for the first three months, and flexible shifts.

Any weekday morning (Japan time) works for a video call.

Best regards,
Kyoko

> Dear Ms Yabuki,
> We are preparing a comparative study on employer engagement in re-entry and would
> like to interview you for about 45 minutes.
{sig("yabuki", 3)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English mail with anonymised figures and an unidentifiable example",
})

_p = people(_R, 6, y0=1969, y1=2001)
_cr = ["窃盗", "詐欺", "道路交通法違反", "傷害", "窃盗", "住居侵入"]
_ls = "\n".join(f"{i}. {_R.randint(1, 9)}{_R.randint(100, 999)} {p['name']}（{p['age']}歳）"
                f" 罪名：{c} 刑期満了：令和{_R.randint(8, 9)}年{_R.randint(1, 12)}月"
                for i, (p, c) in enumerate(zip(_p, _cr), 1))
MESSAGES.append({
    "id": "keimusho-085",
    "sender": frm("sasano"),
    "to": [MINATO],
    "subject": "転送: 面接希望者リスト（東雲刑務所）",
    "charset": "iso-2022-jp",
    "body": f"""ミナト水産 総務ご担当 浜口様

お世話になっております。日の出産業の笹野です。
東雲刑務所から届いた面接希望者のリストを転送します（添付のメールをご覧ください）。
水産加工を希望している方が2名いますので、ご検討いただければと思います。
{sig("sasano", 1)}""",
    "attachments": [{
        "kind": "eml", "name": "面接希望者リスト（東雲刑務所）.eml",
        "message": {
            "sender": SHINO_SAGYO,
            "to": [frm("sasano")],
            "subject": "面接希望者リスト（12月分）",
            "charset": "iso-2022-jp",
            "body": f"""日の出産業株式会社 笹野様

いつもお世話になっております。東雲刑務所 作業課です。
12月の所内面接を希望している受刑者は次のとおりです。

{_ls}

面接は12月16日（火）に当所面会室で実施予定です。
東雲刑務所 作業課""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forwarded mail attached (eml) lists six named inmates with offences: new to its recipient",
})

MESSAGES.append({
    "id": "keimusho-086",
    "sender": frm("shirato"),
    "to": [KITA_YODO],
    "cc": ["青葉運輸 川崎営業所 <kawasaki@aoba-unyu.co.jp>"],
    "subject": "12/5 納品立会いのお願い",
    "charset": "iso-2022-jp",
    "body": f"""北浜刑務所 会計課用度係 宮路様
（cc：青葉運輸 川崎営業所様）

お世話になっております。日の出産業の白土です。
12月5日の納品は大型の棚（作業工場用スチール棚 12台）を含むため、
搬入時に用度係のどなたかに立会いをお願いできますでしょうか。

青葉運輸さんの車両は10時着の予定で、組立は当社作業員2名が行います。
作業時間はおよそ2時間を見込んでおります。
{sig("shirato", 0)}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "purchasing office and a partner carrier in To/Cc: two organisations, normal mail",
})

MESSAGES.append({
    "id": "keimusho-087",
    "sender": frm("yabuki"),
    "to": [HOGO_SHURO],
    "subject": "協力雇用主 登録事項変更届",
    "charset": "utf-8",
    "body": f"""東都保護観察所 就労支援ご担当者様

お世話になっております。日の出産業の矢吹です。
本社移転に伴い、協力雇用主の登録事項変更届を提出いたします。
押印済みの原本は郵送いたします。
{sig("yabuki", 1)}""",
    "attachments": [{"kind": "corrupt", "name": "登録事項変更届_日の出産業.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached DOCX is corrupt and cannot be inspected",
})

MESSAGES.append({
    "id": "keimusho-088",
    "sender": frm("maki"),
    "to": [SHINO_SAGYO],
    "subject": "治具メンテナンスの訪問日程",
    "charset": "cp932",
    "body": f"""東雲刑務所 作業課
久保寺様

お世話になっております。牧です。
先日ご報告した治具No.7の交換のため、下記日程で伺います。

　日時：12月3日（水）13:30〜15:00
　訪問者：生産技術課 阿久津（1名）
　持込物：結束治具 TB-3 交換品 2台、工具一式（工具リスト別送）

工場内での作業は休憩時間中に行い、作業への影響がないようにいたします。
工具の持込み・持出しの確認は前回と同様でお願いいたします。
{sig("maki", 2)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "maintenance visit of one named engineer (no data about him): ordinary business mail",
})

MESSAGES.append({
    "id": "keimusho-089",
    "sender": frm("yabuki"),
    "to": [ASAHI],
    "cc": ["星野 和枝 様 <kazue.hoshino58@gmail.com>", HW],
    "subject": "合同就職面接会（2/6）の会場設営について",
    "charset": "iso-2022-jp",
    "body": f"""あさひ寮 桑原主任
（cc：保護司 星野先生、ハローワーク北浜 菅谷様）

お世話になっております。日の出産業の矢吹です。
2月6日の合同就職面接会の会場設営について、役割分担をご相談させてください。

・会場（本社5階大会議室）の設営：日の出産業
・受付・名札の準備：あさひ寮
・求人票の掲示：ハローワーク北浜
・当日の相談ブース：保護司会

参加企業は現在7社の予定です。ご意見をいただけますと幸いです。
{sig("yabuki", 0)}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "halfway house, a private 保護司 on gmail and a job centre visible in To/Cc: three parties",
})

MESSAGES.append({
    "id": "keimusho-090",
    "sender": frm("yabuki"),
    "to": [f"矢吹 恭子 <{addr_of('yabuki')}>"],
    "bcc": [MARUTAKA, YAMATO, MINATO, "杉本工務店 <info@sugimoto-koumuten.jp>",
            "高峰運送 総務 <soumu@takamine-unso.co.jp>",
            "クリーンテック川崎 <jinji@cleantech-kawasaki.co.jp>"],
    "subject": "【協力雇用主会】会報第12号のお届け",
    "charset": "iso-2022-jp",
    "body": f"""会員各位

（本メールはBCCにてお送りしております）

いつもお世話になっております。北浜地区協力雇用主会 事務局です。
会報第12号を添付のPDFにてお届けします。

今号の内容
　・保護観察所長あいさつ
　・会員企業紹介（ミナト水産株式会社）
　・トライアル雇用助成金の改正点
　・1月の合同研修会のご案内
{sig("yabuki", 1)}""",
    "attachments": [{"kind": "pdf", "name": "会報第12号.pdf",
                     "lines": ["北浜地区協力雇用主会 会報 第12号", "保護観察所長あいさつ",
                               "会員企業紹介：ミナト水産株式会社（水産加工・川崎市）",
                               "トライアル雇用助成金の改正点", "合同研修会のご案内 1月23日 14時"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "newsletter to six member companies correctly in Bcc; no one sees the others",
})

MESSAGES.append({
    "id": "keimusho-091",
    "sender": frm("chiaki"),
    "to": ["北浜産業保健クリニック <sangyoi@kitahama-sh-clinic.jp>"],
    "subject": "産業医面談のお願い（第二工場 猪股）",
    "charset": "utf-8",
    "body": f"""北浜産業保健クリニック
嘱託産業医 大森先生

いつもお世話になっております。日の出産業 人事部の千秋です。
第二工場の猪股 隆之さん（組立課）について、産業医面談をお願いしたくご連絡いたしました。

11月に入ってから欠勤・遅刻が増えており、本人からは不眠が続いていること、
精神科で適応障害の疑いと言われたことを聞いております。
また、出所後に当社に入社した経緯もあり、職場での人間関係に悩んでいる様子です。
先月の労災（右手指骨折）で休業していた影響もあるかもしれません。

12月の面談枠で30分ほどお時間をいただけますでしょうか。
{sig("chiaki", 0)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named employee's mental-health symptoms, suspected diagnosis and prison history to a clinic",
})

MESSAGES.append({
    "id": "keimusho-092",
    "sender": frm("shirato"),
    "to": [NISHI_YODO],
    "subject": "ご注文ありがとうございます（溶接技能テキスト 30冊）",
    "charset": "iso-2022-jp",
    "body": f"""西岡少年院 庶務課 用度ご担当者様

このたびはご注文いただき、誠にありがとうございます。

　ご注文番号：西少用第0412号
　品名：溶接技能テキスト（基礎編）ISBN 978-4-9912345-0-6
　数量：30冊
　単価：1,980円（税込）
　納期：12月10日（水）

請求書は納品時に同封いたします。
{sig("shirato", 1)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "order confirmation with an order number and ISBN: no personal data",
})

MESSAGES.append({
    "id": "keimusho-093",
    "sender": frm("yabuki"),
    "to": ["笹野 圭介 <sasano.keisuke@hinode-sangyo-co.jp>"],
    "subject": "協力雇用主会 役員会 議事メモ",
    "charset": "cp932",
    "body": f"""笹野さん

お疲れさまです。矢吹です。
昨日の役員会の議事メモです。来週の定例会の資料に反映をお願いします。

1. 会報第12号は12月10日発行（ミナト水産さんの企業紹介）
2. 合同面接会（2/6）参加企業7社、会場は当社
3. 来年度会費は据え置き
4. 少年院出院者の受入れ勉強会を3月に開催（講師は西岡少年院に依頼）

矢吹""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "colleague's address typed as hinode-sangyo-co.jp (hyphen for a dot), a look-alike of the own domain",
})

_cn = corporate_number("010401093188")
MESSAGES.append({
    "id": "keimusho-094",
    "sender": frm("yabuki"),
    "to": [HOGO_SHURO],
    "subject": "協力雇用主登録申出書の記載事項",
    "charset": "cp932",
    "body": f"""東都保護観察所 就労支援ご担当者様

お世話になっております。日の出産業の矢吹です。
協力雇用主の登録更新にあたり、申出書の記載事項を事前にお送りします。

　事業所名　：日の出産業株式会社
　法人番号　：{_cn}
　所在地　　：神奈川県川崎市川崎区駅前本町11-2
　代表者　　：代表取締役 日野 昭彦
　業種　　　：製造業（電気機器部品）
　従業員数　：412名
　連絡担当　：総務部 CSR推進室 矢吹
　受入可能職種：組立、梱包、フォークリフト運転

問題なければ正式な書面を提出いたします。
{sig("yabuki", 2)}""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "company registration data with its 法人番号 and representative: business, not people",
})

MESSAGES.append({
    "id": "keimusho-095",
    "sender": frm("sasano"),
    "to": ["戸来 翼 <tsubasa.herai.0307@gmail.com>"],
    "subject": "来週の予定について",
    "charset": "iso-2022-jp",
    "body": f"""戸来くん

お疲れさま。人事の笹野です。
来週の予定を確認しておきます。

・12月8日（月）18時　保護観察所で鶴見さんとの面接（仕事は17時で上がってOK）
・12月10日（水）午前　北浜メンタルクリニックの通院（有給扱いにしてあります）
・12月11日（木）から通常勤務

星野先生（保護司さん）も心配していたので、何かあれば遠慮なく連絡してください。

笹野""",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["freemail_recipient", "personal_data"],
    "note": "probation interview and clinic visit of the recipient himself, to his own gmail",
})

_cases = [["ケース", "年代", "性別", "罪名", "釈放等", "雇用期間", "現状"],
          ["A", "20代", "男", "窃盗", "仮釈放", "26か月", "在籍"],
          ["B", "40代", "男", "詐欺", "満期", "8か月", "退職（転居）"],
          ["C", "30代", "男", "覚醒剤", "仮釈放", "31か月", "在籍"],
          ["D", "20代", "男", "傷害", "保護観察付執行猶予", "4か月", "退職"],
          ["E", "10代", "男", "恐喝", "少年院仮退院", "14か月", "在籍"],
          ["F", "30代", "女", "横領", "仮釈放", "19か月", "在籍"]]
MESSAGES.append({
    "id": "keimusho-096",
    "sender": frm("yabuki"),
    "to": ["森川 准教授 <h.morikawa@seiran-u.ac.jp>"],
    "subject": "ヒアリング補足資料（匿名化済み）",
    "charset": "utf-8",
    "body": f"""森川先生

先日はありがとうございました。日の出産業の矢吹です。
ヒアリングの補足として、採用者の状況を匿名化した表をお送りします。
氏名や入社時期など個人が特定される情報は除いています。

{table(_cases)}

論文等でご使用の際は、事前に原稿を拝見できますと幸いです。
{sig("yabuki", 1)}""",
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six de-identified rows (age band, sex, offence, tenure) to a researcher: small-cell re-identification risk",
})

MESSAGES.append({
    "id": "keimusho-097",
    "sender": frm("sasano"),
    "to": [HOGO_TSURUMI],
    "subject": "K.T.さんの件",
    "charset": "iso-2022-jp",
    "body": f"""鶴見様

お世話になっております。日の出産業の笹野です。
先日ご相談したK.T.さん（２９歳、第二工場）の件です。

窃盗で仮釈放中のK.T.さんですが、今月に入ってからパニック発作で２回早退しています。
本人は心療内科を受診したいと言っていますが、どこに行けばよいか分からないようです。
観察所で紹介できる医療機関があれば教えていただけますでしょうか。
{sig("sasano", 4)}""",
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "parole and panic attacks of a person named only by initials (age, workplace): identifiable to the recipient?",
})

_p = people(_R, 5, y0=1978, y1=2000)
_cr = ["詐欺", "窃盗", "傷害", "覚醒剤取締法違反", "窃盗"]
_slides = [["協力雇用主としての取組み", "日の出産業株式会社 総務部 CSR推進室", "職場定着セミナー 事例発表"]]
for p, c in zip(_p, _cr):
    _slides.append([f"採用事例：{p['name']}さん（{p['age']}歳）",
                    f"前歴：{c}（{_R.choice(['仮釈放', '満期釈放', '保護観察付執行猶予'])}）",
                    f"入社：令和{_R.randint(3, 7)}年　配属：{_R.choice(['組立', '梱包', '物流'])}",
                    _R.choice(["フォークリフト資格を取得しリーダーに", "通院と両立しながら勤務継続",
                               "寮を出て自立、家族と同居を再開", "メンターとして後輩を指導"])])
MESSAGES.append({
    "id": "keimusho-098",
    "sender": frm("yabuki"),
    "to": [KIKO],
    "subject": "セミナー事例発表スライド（ご確認用）",
    "charset": "utf-8",
    "body": f"""神奈川県就労支援事業者機構 事務局様

お世話になっております。日の出産業の矢吹です。
12月19日のセミナーで発表する事例スライドの案をお送りします。
ご確認のうえ、修正点があればお知らせください。
{sig("yabuki", 0)}""",
    "attachments": [{"kind": "pptx", "name": "事例発表_日の出産業.pptx", "slides": _slides}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "slides naming five employees with age and criminal record, one slide each, sent outside",
})

_slip = not_my_number(_R)
_mem = not_card(_R)
MESSAGES.append({
    "id": "keimusho-099",
    "sender": frm("shirato"),
    "to": [KITA_YODO],
    "subject": "伝票番号・会員番号の訂正について",
    "charset": "iso-2022-jp",
    "body": f"""北浜刑務所 会計課用度係
宮路様

お世話になっております。日の出産業の白土です。
先日お送りした納品書に誤りがありましたので訂正いたします。

　誤）伝票番号 {_slip[:6]}{(int(_slip[6]) + 1) % 10}{_slip[7:]}
　正）伝票番号 {_slip}

また、官公庁共同購買システムの当社会員番号は
　{grp(_mem)}
となっております。次回のご発注時にご入力ください。

お手数をおかけし申し訳ございません。
{sig("shirato", 2)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "12-digit slip numbers and a 16-digit membership number that are not My/card numbers",
})

_p = people(_R, 5, y0=1965, y1=1998)
_rows = [["氏名", "生年月日", "検査日", "検査項目", "結果", "備考"]]
for i, p in enumerate(_p):
    _rows.append([p["name"], wareki(*p["dob"], 0), "2025/11/18",
                  "赤痢菌・サルモネラ・O157", "陰性" if i != 3 else "要再検査",
                  "" if i != 3 else "サルモネラ疑い・再検予定"])
MESSAGES.append({
    "id": "keimusho-100",
    "sender": frm("yamagiwa"),
    "to": [MINA_SAGYO],
    "subject": "食品加工作業 指導員の腸内細菌検査結果",
    "charset": "cp932",
    "body": f"""南沢女子刑務所 作業担当 御中

お世話になっております。日の出産業 第二工場総務の山際です。
12月から食品加工作業（菓子包装）の指導に伺う5名の腸内細菌検査結果をお送りします。
1名が要再検査となったため、再検査で陰性が確認できるまでは別の者と交代させます。
{sig("yamagiwa", 0)}""",
    "attachments": [{"kind": "xls", "name": "検便結果_指導員.xls", "sheets": {"結果": _rows}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of five staff with DOB and stool-test (health check) results sent to a prison",
})
