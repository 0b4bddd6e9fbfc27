"""Blind corpus — area: election (選挙事務の受託支援).

日の出産業株式会社 公共サービス事業部 選挙事務支援グループ（対外名「日の出パブリックサービス」）は、
市町村の選挙管理委員会から投票所・期日前投票所・開票所の運営事務を受託している。
この範囲のメール: 投票事務従事者（派遣・アルバイト・登録スタッフ）の名簿と報酬支払、投票所の
人員配置、投票管理者・投票立会人の手配、指定施設（介護施設・病院）での不在者投票の支援、
投票用紙・入場整理券の印刷（錦印刷）、投票箱の搬送（青葉運輸）、開票所の設営（川崎電機の
計数機・読取分類機）、人材派遣会社との調整、選挙管理委員会事務局とのやり取り。

ここに出てくる人物・電話番号・住所・生年月日・口座・マイナンバー・カード番号・免許証等の番号、
自治体（朝日丘市・北宮市・南浦町・若葉台市）・施設・団体・ドメインはすべて架空である。
マイナンバーとカード番号は build.py のヘルパー（検査用の番号）で作った。
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from build import card_number, my_number

SEED = 9801
R = random.Random(SEED)
_SEQ = [SEED]


def next_my_number() -> str:
    v = my_number(_SEQ[0])
    _SEQ[0] += 1
    return v


def next_card() -> str:
    v = card_number(_SEQ[0])
    _SEQ[0] += 1
    return v


# -- invented people -------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"),
    ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("岡本", "オカモト", "Okamoto"), ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("四月一日", "ワタヌキ", "Watanuki"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("五百旗頭", "イオキベ", "Iokibe"),
    ("東海林", "ショウジ", "Shoji"), ("百目鬼", "ドウメキ", "Domeki"),
    ("一番ヶ瀬", "イチバンガセ", "Ichibangase"), ("薬袋", "ミナイ", "Minai"),
    ("九十九", "ツクモ", "Tsukumo"), ("比嘉", "ヒガ", "Higa"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("宇佐美", "ウサミ", "Usami"), ("及川", "オイカワ", "Oikawa"), ("能登", "ノト", "Noto"),
    ("巽", "タツミ", "Tatsumi"), ("設楽", "シタラ", "Shitara"), ("糸数", "イトカズ", "Itokazu"),
    ("御子柴", "ミコシバ", "Mikoshiba"), ("鬼頭", "キトウ", "Kito"), ("目黒", "メグロ", "Meguro"),
    ("我妻", "ワガツマ", "Wagatsuma"), ("保坂", "ホサカ", "Hosaka"), ("雨宮", "アメミヤ", "Amemiya"),
]

GIVEN = [
    ("健一", "ケンイチ", "Kenichi"), ("浩二", "コウジ", "Koji"), ("誠", "マコト", "Makoto"),
    ("大輔", "ダイスケ", "Daisuke"), ("翔太", "ショウタ", "Shota"), ("隆", "タカシ", "Takashi"),
    ("和夫", "カズオ", "Kazuo"), ("正樹", "マサキ", "Masaki"), ("修", "オサム", "Osamu"),
    ("蓮", "レン", "Ren"), ("悠斗", "ユウト", "Yuto"), ("勝利", "カツトシ", "Katsutoshi"),
    ("恵子", "ケイコ", "Keiko"), ("幸子", "サチコ", "Sachiko"), ("由美", "ユミ", "Yumi"),
    ("美穂", "ミホ", "Miho"), ("陽子", "ヨウコ", "Yoko"), ("真由美", "マユミ", "Mayumi"),
    ("さくら", "サクラ", "Sakura"), ("結衣", "ユイ", "Yui"), ("千尋", "チヒロ", "Chihiro"),
    ("和子", "カズコ", "Kazuko"), ("芳江", "ヨシエ", "Yoshie"), ("美咲", "ミサキ", "Misaki"),
    ("智子", "トモコ", "Tomoko"), ("弘美", "ヒロミ", "Hiromi"), ("光", "ヒカル", "Hikaru"),
    ("文子", "フミコ", "Fumiko"), ("哲也", "テツヤ", "Tetsuya"), ("直人", "ナオト", "Naoto"),
    ("久美子", "クミコ", "Kumiko"), ("玲奈", "レイナ", "Reina"), ("秀樹", "ヒデキ", "Hideki"),
    ("昌平", "ショウヘイ", "Shohei"), ("静香", "シズカ", "Shizuka"), ("宗一郎", "ソウイチロウ", "Soichiro"),
]

# (都道府県, 市区町村, 〒の上3桁, 町名, 市外局番の形)
PLACES = {
    "asahigaoka": ("埼玉県", "朝日丘市", "350", ["本町", "栄町", "緑が丘", "東台", "新田", "上谷", "宮前", "桜木町"], "048-{a}{b}{c}-{d}"),
    "kitamiya": ("栃木県", "北宮市", "321", ["駅前通り", "若松町", "宮下", "今泉", "泉が丘", "大字西原"], "028-6{a}{b}-{d}"),
    "minamiura": ("静岡県", "賀茂郡南浦町", "415", ["大字浜", "大字白浜", "港町", "大字中", "大字吉佐美"], "0558-2{a}-{d}"),
    "wakabadai": ("神奈川県", "若葉台市", "241", ["若葉台", "中山町", "上白根", "緑園", "東希望が丘"], "045-9{a}{b}-{d}"),
    "kawaguchi": ("埼玉県", "川口市", "332", ["本町", "幸町", "栄町", "芝", "戸塚"], "048-2{a}{b}-{d}"),
    "funabashi": ("千葉県", "船橋市", "273", ["本町", "湊町", "宮本", "前原西", "薬円台"], "047-4{a}{b}-{d}"),
    "tokorozawa": ("埼玉県", "所沢市", "359", ["東町", "小手指町", "北野", "山口", "緑町"], "04-29{a}{b}-{d}"),
    "hachioji": ("東京都", "八王子市", "192", ["横山町", "元本郷町", "子安町", "明神町", "長房町"], "042-6{a}{b}-{d}"),
}

BANKS = [("みどり銀行", "朝日丘支店"), ("みどり銀行", "大宮支店"), ("朝日丘信用金庫", "本店営業部"),
         ("東武蔵銀行", "川口支店"), ("北関東銀行", "宮下支店"), ("南駿河信用金庫", "浜支店"),
         ("みどり銀行", "所沢東口支店"), ("さきたま銀行", "新田支店")]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "gmail.com"]

BUILDINGS = ["コーポ栄", "ハイツ緑が丘", "メゾン東台", "パークサイド宮前", "グリーンヒル",
             "サンライズ新田", "レジデンス本町", "ハイム若松"]


def zen(s: str) -> str:
    """ASCII → 全角 (digits, letters, - . / :)."""
    out = []
    for ch in s:
        if ch == "-":
            out.append("－")
        elif "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def wareki(d: date, style: int = 0) -> str:
    if d >= date(1989, 1, 8):
        era, ab, y = "平成", "H", d.year - 1988
    else:
        era, ab, y = "昭和", "S", d.year - 1925
    if style == 0:
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == 1:
        return f"{ab}{y}.{d.month}.{d.day}"
    if style == 2:
        return zen(f"{ab}{y}.{d.month}.{d.day}")
    if style == 3:
        return f"{era}{zen(str(y))}年{zen(str(d.month))}月{zen(str(d.day))}日"
    return f"{era}{y:02d}.{d.month:02d}.{d.day:02d}"


def _mobile() -> str:
    return f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"


def _landline(fmt: str) -> str:
    return fmt.format(a=R.randint(1, 9), b=R.randint(0, 9), c=R.randint(0, 9),
                      d=f"{R.randint(0, 9999):04d}")


def person(place: str | None = None, young: bool = False, old: bool = False) -> dict:
    s = R.choice(SURNAMES)
    g = R.choice(GIVEN)
    key = place or R.choice(list(PLACES))
    pref, city, zip3, towns, telfmt = PLACES[key]
    town = R.choice(towns)
    if town.startswith("大字"):
        street = f"{town}{R.randint(100, 2999)}番地{R.randint(1, 20)}" if R.random() < 0.5 \
            else f"{town}{R.randint(100, 2999)}-{R.randint(1, 20)}"
    else:
        street = (f"{town}{R.randint(1, 6)}丁目{R.randint(1, 30)}番{R.randint(1, 25)}号"
                  if R.random() < 0.4 else f"{town}{R.randint(1, 6)}-{R.randint(1, 30)}-{R.randint(1, 25)}")
    bldg = f" {R.choice(BUILDINGS)}{R.randint(1, 4)}0{R.randint(1, 8)}" if R.random() < 0.35 else ""
    if young:
        dob = date(R.randint(1985, 2004), R.randint(1, 12), R.randint(1, 28))
    elif old:
        dob = date(R.randint(1928, 1945), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = date(R.randint(1950, 2003), R.randint(1, 12), R.randint(1, 28))
    bank, branch = R.choice(BANKS)
    num = R.randint(10, 99)
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name_nospace": s[0] + g[0],
        "kana": f"{s[1]} {g[1]}", "kana_sei": s[1], "kana_mei": g[1],
        "romaji": f"{g[2]} {s[2]}", "sei_r": s[2], "mei_r": g[2],
        "mobile": _mobile(), "tel": _landline(telfmt),
        "zip": f"{zip3}-{R.randint(0, 9999):04d}",
        "addr": f"{pref}{city}{street}{bldg}", "addr_short": f"{city}{street}{bldg}",
        "pref": pref, "city": city,
        "dob": dob,
        "email": f"{g[2].lower()}.{s[2].lower()}{num}@{R.choice(FREEMAIL)}",
        "bank": bank, "branch": branch, "acct": f"{R.randint(1000000, 9999999)}",
    }


def people(n: int, place: str | None = None, **kw) -> list[dict]:
    seen: set[str] = set()
    out = []
    while len(out) < n:
        p = person(place, **kw)
        if p["name"] in seen:
            continue
        seen.add(p["name"])
        out.append(p)
    return out


def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int, fill: str = " ") -> str:
    return s + fill * max(0, w - dwidth(s))


def padtable(header: list[str], rows: list[list[str]], gap: int = 2, rule: str = "-") -> str:
    table = [header] + rows
    widths = [max(dwidth(str(r[i])) for r in table) for i in range(len(header))]
    lines = ["".join(pad(str(c), widths[i] + gap) for i, c in enumerate(r)).rstrip() for r in table]
    total = sum(widths) + gap * (len(widths) - 1)
    return "\n".join([lines[0], rule * total] + lines[1:])


def corporate_number(base12: str) -> str:
    """法人番号: 12 digits + a leading check digit."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 == 1 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP_NO = corporate_number("011001048263")   # 日の出産業株式会社（架空）

# -- senders and their signatures -------------------------------------------------------

ONODERA = "小野寺 真理子 <onodera.m@hinode-sangyo.co.jp>"
MAKABE = "真壁 拓也 <makabe.t@hinode-sangyo.co.jp>"
ETO = "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>"
JONOUCHI = "城之内 健 <jonouchi.ken@hinode-sangyo.co.jp>"
TAIRA = "平良 美咲 <taira.misaki@hinode-sangyo.co.jp>"
KIRYU = "桐生 颯 <kiryu.hayate@hinode-sangyo.co.jp>"
OKAFOR = "Daniel Okafor <okafor.d@hinode-sangyo.co.jp>"

SIG_ONODERA = """
--
日の出産業株式会社 公共サービス事業部
選挙事務支援グループ リーダー　小野寺 真理子
〒330-0846 埼玉県さいたま市大宮区大門町2-118 日の出大宮ビル5F
TEL 048-645-2210 ／ FAX 048-645-2219
onodera.m@hinode-sangyo.co.jp
"""

SIG_MAKABE = """
━━━━━━━━━━━━━━━━━━━━━━
日の出パブリックサービス（日の出産業株式会社 公共サービス事業部）
投票所運営チーム　真壁 拓也（まかべ たくや）
TEL：048-645-2213　携帯（社用）：080-3391-0457
Mail：makabe.t@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_ETO = """
--------------------------------------------
日の出産業株式会社
公共サービス事業部 選挙事務支援G 人材手配担当
江藤 さやか
〒330-0846 さいたま市大宮区大門町2-118
TEL 048-645-2215（直通）
--------------------------------------------
"""

SIG_JONOUCHI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　公共サービス事業部
開票所運営担当　城之内 健
TEL 048-645-2217 / jonouchi.ken@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_TAIRA = """
--
日の出産業株式会社 管理本部 経理部（公共サービス事業部 担当）
平良 美咲　TEL 048-645-2200（代表） 内線 341
"""

SIG_KIRYU = """
-- 
日の出産業株式会社 情報システム部
桐生 颯 / Hayate Kiryu
TEL 048-645-2230
"""

SIG_OKAFOR = """
--
Daniel Okafor
International Projects, Public Services Division
Hinode Sangyo Co., Ltd.
2-118 Daimon-cho, Omiya-ku, Saitama 330-0846, Japan
Tel +81-48-645-2240
"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを破棄してくださいますようお願いいたします。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail.
"""

# -- external parties (all invented) -----------------------------------------------------

ASAHI_SENKAN = "朝日丘市選挙管理委員会事務局 <senkyo@city.asahigaoka.lg.jp>"
ASAHI_MORINAGA = "森永 晴美 <morinaga-h@city.asahigaoka.lg.jp>"
ASAHI_KAIKEI = "朝日丘市 会計課 <kaikei@city.asahigaoka.lg.jp>"
KITA_SENKAN = "北宮市選挙管理委員会 <senkan@city.kitamiya.lg.jp>"
KITA_ASAKURA = "浅倉 祐介 <asakura.y@city.kitamiya.lg.jp>"
MINAMI = "南浦町総務課選挙係 <senkyo@town.minamiura.lg.jp>"
WAKABA = "若葉台市選挙管理委員会事務局 <senkyo-jimu@city.wakabadai.lg.jp>"
STAFFBRIDGE = "有村 聡 <arimura@staffbridge.co.jp>"
WORKPAL = "ワークパル 大宮支店 <omiya@workpal.jp>"
TOWA = "東和ヒューマンサービス 派遣事業部 <haken@towa-human.co.jp>"
WAKABANOSATO = "特別養護老人ホーム若葉の里 畑中 <hatanaka@wakabanosato.or.jp>"
HIDAMARI = "介護老人保健施設ひだまり苑 <soudan@hidamari-en.or.jp>"
KOTOBUKI = "ことぶき館 事務長 <jimucho@kotobukikan.jp>"
NISHIKI = "錦印刷 営業部 佐伯 <saeki@nishiki-insatsu.co.jp>"
AOBA = "青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"
KAWASAKI = "川崎電機 公共システム営業部 <kokyo@kawasaki-denki.co.jp>"
TSUBASA = "ツバサシステム サポート <support@tsubasa-system.jp>"
MIDORI = "みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"
SAKURA = "さくらホテル大宮 予約課 <reserve@sakura-hotel.jp>"
KITAGUNI = "北国フーズ 法人ケータリング <catering@kitaguni-foods.co.jp>"
SHIRAKAWA = "白川法律事務所 弁護士 白川 <shirakawa@shirakawa-law.jp>"
SPORTS = "朝日丘スポーツ振興事業団 総合体育館 <taiikukan@asahigaoka-sports.or.jp>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# ======================================================================================
# 001–025
# ======================================================================================

# 001 stop: space-padded roster of poll workers in the body (name, kana, 和暦 DOB, mobile)
_p = people(8, "asahigaoka")
_st = ["第1投票所（朝日丘小）", "第1投票所（朝日丘小）", "第2投票所（栄町公民館）", "第2投票所（栄町公民館）",
       "第3投票所（東台中）", "第3投票所（東台中）", "第4投票所（新田集会所）", "第4投票所（新田集会所）"]
_rows = [[p["name"], p["kana"], wareki(p["dob"], 1), p["mobile"], _st[i]] for i, p in enumerate(_p)]
add(
    id="election-001", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=[ASAHI_MORINAGA],
    subject="【朝日丘市長選】第1～第4投票所 投票事務従事者名簿のご送付",
    body=f"""朝日丘市選挙管理委員会事務局
森永様

いつもお世話になっております。日の出産業の小野寺です。

先日お打合せいたしました朝日丘市長選挙の投票事務従事者（当社手配分）につきまして、
第1～第4投票所の配置が確定しましたので、名簿を下記のとおりお送りいたします。
当日の受付名簿と照合いただけますと幸いです。

{padtable(["氏名", "フリガナ", "生年月日", "携帯電話", "配置"], _rows)}

※第5～第9投票所分は、派遣元からの回答待ちのため来週前半にお送りします。
※従事者説明会は告示日前日の14時から、市役所第2会議室と伺っております。

何卒よろしくお願いいたします。
{SIG_ONODERA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 poll workers with DOB and mobile in a space-padded table, to the city election office",
)

# 002 pass: list of polling stations (facilities, not people)
_fac = [
    ("第1投票区", "北宮市立北宮小学校 体育館", "北宮市駅前通り2-4-1", "028-622-3301"),
    ("第2投票区", "若松町自治会館", "北宮市若松町1-18-7", "028-622-5190"),
    ("第3投票区", "北宮市立宮下中学校 多目的室", "北宮市宮下1420", "028-623-0877"),
    ("第4投票区", "今泉地区市民センター", "北宮市今泉3-2-15", "028-624-1162"),
    ("第5投票区", "泉が丘コミュニティセンター", "北宮市泉が丘5-9-3", "028-625-7733"),
    ("第6投票区", "西原公民館", "北宮市大字西原662", "028-626-0045"),
    ("第7投票区", "北宮市役所 1階市民ホール", "北宮市駅前通り1-1-1", "028-621-1111"),
]
add(
    id="election-002", expect="pass", charset="iso-2022-jp",
    sender=MAKABE, to=[KITA_ASAKURA],
    subject="北宮市議選 投票所設営スケジュール（案）",
    body="""北宮市選挙管理委員会
浅倉係長

お世話になっております。日の出パブリックサービスの真壁です。

投票所の設営スケジュール（案）をお送りします。前日設営は各施設の使用許可の時間帯に
合わせております。施設側のご担当への事前連絡は当社から行ってよろしいでしょうか。

投票区    施設                          所在地              施設電話        前日設営
--------------------------------------------------------------------------------------
""" + "\n".join(f"{a:<8}{pad(b, 30)}{pad(c, 20)}{d:<16}{t}" for (a, b, c, d), t in
               zip(_fac, ["15:00-17:00", "16:00-18:00", "15:30-17:30", "13:00-15:00",
                          "16:00-18:00", "14:00-16:00", "17:30-19:30"])) + """

※第7投票区（市役所）は閉庁後の設営となるため、守衛室への届出が必要と伺っています。
※記載台・投票箱の搬入は青葉運輸さんに手配済みです。
""" + SIG_MAKABE,
    entities=[], detectors=[],
    note="list of polling-station facilities with their switchboard numbers: businesses, not people",
)

# 003 stop: XLSX with My Numbers and bank accounts of poll witnesses for the payment statement
_p = people(6, "asahigaoka", old=True)
_rows = [[i + 1, f"第{R.randint(1, 12)}投票区", p["name"], p["kana"], p["addr"], next_my_number(),
          f"{p['bank']} {p['branch']} 普通 {p['acct']}", 11300] for i, p in enumerate(_p)]
add(
    id="election-003", expect="stop", charset="iso-2022-jp",
    sender=TAIRA, to=[ASAHI_KAIKEI], cc=[ASAHI_MORINAGA],
    subject="投票立会人報酬 支払調書用データの送付について",
    body=f"""朝日丘市 会計課 ご担当者様
（cc：選挙管理委員会事務局 森永様）

お世話になっております。日の出産業 経理部の平良です。

当社で取りまとめを受託しております投票立会人の報酬につきまして、
支払調書作成に必要な個人番号および振込先を添付のとおり取りまとめました。
ご本人から番号確認書類・身元確認書類の提示を受けております（写しは当社保管）。

ご確認のほど、よろしくお願いいたします。
{SIG_TAIRA}""",
    attachments=[{
        "kind": "xlsx", "name": "立会人報酬_支払調書データ.xlsx",
        "sheets": {
            "立会人": [["朝日丘市長選挙 投票立会人 報酬支払一覧（日の出産業 取りまとめ分）"], [],
                      ["No", "投票区", "氏名", "フリガナ", "住所", "個人番号", "振込先", "報酬額"]] + _rows,
            "集計": [["区分", "人数", "報酬合計"], ["投票立会人", 6, 67800]],
        },
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="My Numbers and bank accounts of six poll witnesses in an XLSX to the city's accounts office",
)

# 004 pass: internal only — full early-voting part-timer roster, tab separated
_p = people(10)
add(
    id="election-004", expect="pass", charset="utf-8",
    sender=ETO, to=[MAKABE], cc=["佐藤 耕平 <sato.k@mail.hinode-sangyo.co.jp>"],
    subject="期日前投票所 アルバイト名簿（最新版）",
    body="真壁さん\ncc 佐藤さん\n\n期日前のアルバイト名簿、最新にしました。住所変更が2名あったので反映済みです。\n"
         "社内共有フォルダにも同じものを置いています。\n\n"
         "氏名\t生年月日\t携帯\t住所\n" +
         "\n".join(f"{p['name']}\t{p['dob'].strftime('%Y/%m/%d')}\t{p['mobile']}\t{p['addr']}" for p in _p) +
         "\n\n※外部（市・派遣元）に出す場合は氏名と配置だけに絞ってください。\n" + SIG_ETO,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="full roster but every recipient is internal (one on the mail. subdomain)",
)

# 005 stop: look-alike of the printer's domain (nishiki-insatsu → nishiki-insatu)
add(
    id="election-005", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=["錦印刷 佐伯様 <saeki@nishiki-insatu.co.jp>"],
    subject="Re: 投票用紙 校正スケジュールについて",
    body="""錦印刷株式会社
佐伯様

いつもお世話になっております。日の出産業の小野寺です。

投票用紙の校正スケジュール、承知いたしました。
初校：告示14日前（水）午前中にPDFでご送付
再校：告示11日前（土）までに市選管で確認
責了：告示9日前（月）

用紙は選管指定の特殊紙（折り畳んでも開く用紙）で、計数機の対応品番は
川崎電機さんに確認済みです。刷り部数は前回比102％でお願いします。

よろしくお願いいたします。
""" + SIG_ONODERA,
    entities=[], detectors=["lookalike_domain"],
    note="recipient domain nishiki-insatu.co.jp is a one-letter typo of the partner nishiki-insatsu.co.jp",
)

# 006 pass: reply; the roster is only in the quoted text
_p = people(6, "kitamiya")
_q = "\n".join(f"> {i + 1}. {p['name']}（{p['kana']}） {p['mobile']}  {p['addr_short']}" for i, p in enumerate(_p))
add(
    id="election-006", expect="pass", charset="iso-2022-jp",
    sender=MAKABE, to=[KITA_ASAKURA],
    subject="Re: 従事者の差し替えについて（第4・第6投票区）",
    body=f"""浅倉様

ご連絡ありがとうございます。真壁です。
下記のうち3名（第4投票区の2名、第6投票区の1名）の差し替え、承知いたしました。
差し替え後の名簿は明日午前中に改めてお送りします。

取り急ぎ御礼まで。

{SIG_MAKABE}
2日前 15:42、浅倉 祐介 <asakura.y@city.kitamiya.lg.jp> さんは書きました:
> 日の出パブリックサービス 真壁様
>
> お世話になります。北宮市選管の浅倉です。
> いただいた名簿のうち、下記の方は当市の職員名簿と重複がありましたので
> 差し替えをお願いできますでしょうか。
>
{_q}
>
> よろしくお願いします。
""",
    entities=[], detectors=[],
    note="the six-person list is only in the quoted mail (lines with >); new text has no personal data",
)

# 007 stop: three temp agencies in To, visible to each other
add(
    id="election-007", expect="stop", charset="iso-2022-jp",
    sender=ETO, to=[STAFFBRIDGE, WORKPAL, TOWA],
    subject="【ご依頼】朝日丘市長選 開票事務スタッフ 30名の手配について",
    body="""各位

いつも大変お世話になっております。日の出産業 人材手配担当の江藤でございます。

朝日丘市長選挙の開票事務につき、下記のとおりスタッフの手配をお願いいたします。
複数社様にお声がけしておりますので、手配可能人数を今週金曜までにご回答ください。

■業務：開票事務補助（投票用紙の仕分け・計数・点検、疑問票の仮仕分け）
■日時：投票日当日 20:15集合 ～ 翌1:00頃（延長の可能性あり）
■場所：朝日丘市総合体育館 メインアリーナ
■人数：合計30名（うちリーダー経験者3名）
■時給：1,650円（22時以降は深夜割増）、交通費実費

服装・持ち物等の詳細は、人数確定後に改めてご案内いたします。
よろしくお願いいたします。
""" + SIG_ETO,
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing agencies in To can see each other's addresses: should have been Bcc",
)

# 008 stop: one worker's epilepsy mentioned in running text, to the agency
_w = person("kawaguchi")
add(
    id="election-008", expect="stop", charset="iso-2022-jp",
    sender=ETO, to=[STAFFBRIDGE],
    subject="派遣スタッフの配置についてご相談",
    body=f"""株式会社スタッフブリッジ
有村様

お世話になっております。日の出産業の江藤です。

来週から期日前投票所にご派遣いただく{_w['name']}様の件でご相談です。
昨日の事前説明会の後、ご本人から「てんかんの持病があり服薬中で、睡眠不足だと発作が
出やすい」とのお申し出がありました。

つきましては、{_w['sei']}様は開票事務（深夜帯）からは外し、期日前投票所の日中シフト
（9:00-17:00）のみでの配置に変更させていただければと存じます。
ご本人のご了解は得ておりますが、貴社からもフォローいただけますと助かります。

よろしくお願いいたします。
""" + SIG_ETO,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named worker's medical condition (epilepsy, medication) to the agency: 要配慮個人情報 of one person",
)

# 009 pass: purchase order to the printer with the company's T-number
add(
    id="election-009", expect="pass", charset="iso-2022-jp",
    sender=TAIRA, to=[NISHIKI],
    subject="注文書送付：投票用紙・入場整理券（若葉台市長選挙）PO-2417-0388",
    body=f"""錦印刷株式会社 営業部
佐伯様

お世話になっております。日の出産業 経理部の平良です。
先日お見積りいただいた件、下記のとおり発注いたします。注文書（PDF）は郵送いたします。

注文番号：PO-2417-0388（お見積番号 NQ-24-1192 に対応）
  品目                          数量        単価      金額
  ----------------------------------------------------------
  投票用紙（特殊紙・A6相当）   182,000枚    3.8円   691,600円
  入場整理券（圧着はがき）      96,500通   14.2円 1,370,300円
  不在者投票用封筒（内・外）     4,000組   21.0円    84,000円
  ----------------------------------------------------------
  小計 2,145,900円 ／ 消費税 214,590円 ／ 合計 2,360,490円

納品先：若葉台市選挙管理委員会事務局（市役所本庁舎4階）
納期：告示日の10日前まで

当社 適格請求書発行事業者 登録番号：T{HINODE_CORP_NO}
請求書は月末締めで当社経理部宛にお願いいたします。
""" + SIG_TAIRA,
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="ordinary purchase order: prices, PO number, the company's own T-number; no personal data",
)

# 010 stop: CSV without a name column — staff ID, DOB, mobile, address
_p = people(9)
_rows = [["スタッフID", "生年月日", "携帯番号", "住所", "勤務日"]] + [
    [f"WP-{R.randint(20000, 29999)}", p["dob"].strftime("%Y/%m/%d"), p["mobile"], p["addr"],
     R.choice(["月水金", "火木土", "土日", "全日", "水木金"])] for p in _p]
add(
    id="election-010", expect="stop", charset="iso-2022-jp",
    sender=MAKABE, to=[WORKPAL],
    subject="期日前投票所シフト確定のご連絡",
    body="""株式会社ワークパル 大宮支店
ご担当者様

お世話になっております。日の出パブリックサービスの真壁です。

期日前投票所（朝日丘市役所1階・栄町公民館）のシフトが確定しました。
緊急連絡用にいただいた登録情報と勤務日を照合したCSVを添付しますので、
相違がないかご確認ください。氏名はIDで管理しているため入れておりません。
""" + SIG_MAKABE,
    attachments=[{"kind": "csv", "name": "期日前シフト確定_連絡先.csv", "encoding": "cp932", "rows": _rows}],
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="nine workers' DOB, mobile and home address in a CP932 CSV with IDs instead of names",
)

# 011 stop: 【社外秘】 in the subject and as a stamp on the body
add(
    id="election-011", expect="stop", charset="iso-2022-jp",
    sender=JONOUCHI, to=[ASAHI_MORINAGA],
    subject="【社外秘】開票所レイアウト案と人員配置の考え方",
    body="""森永様

いつもお世話になっております。日の出産業の城之内です。

――――――――――――――――
社外秘　（日の出産業 公共サービス事業部）
――――――――――――――――

総合体育館メインアリーナでの開票所レイアウト案をお送りします。
・開披台 12台（1台あたり5名）、点検台 4台、計数機 6台
・疑問票処理台は審査席の正面に配置し、立会人の動線を確保
・当社の人件費見込み（内部試算）：開票事務補助 30名×5.5h、リーダー3名×7h

人件費の試算は社内用の数字を含みますので、取扱いにはご注意ください。
次回打合せで図面（CAD）をお持ちします。
""" + SIG_JONOUCHI,
    entities=[], detectors=["confidential_marking"],
    note="社外秘 classification on the subject and as a stamp in the body, to an external recipient",
)

# 012 pass: two external organisations (city + Kawasaki Denki) — a normal three-way meeting mail
add(
    id="election-012", expect="pass", charset="iso-2022-jp",
    sender=JONOUCHI, to=[ASAHI_MORINAGA], cc=[KAWASAKI],
    subject="投票用紙読取分類機のデモ日程について",
    body="""朝日丘市選挙管理委員会事務局 森永様
（cc：川崎電機株式会社 公共システム営業部 ご担当様）

お世話になっております。日の出産業の城之内です。

読取分類機（KDS-900）のデモにつきまして、川崎電機様より下記の候補日をいただいております。
森永様のご都合のよい日時をお知らせいただけますでしょうか。

　① 10月8日（火）13:30～15:00
　② 10月10日（木）10:00～11:30
　③ 10月11日（金）15:00～16:30

場所：朝日丘市役所 別館2階 選管作業室
持込機材：読取分類機1台、計数機1台、サンプル投票用紙（模擬）500枚

よろしくお願いいたします。
""" + SIG_JONOUCHI,
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc for a demo appointment; nothing personal",
)

# 013 stop: DOCX table of residents applying for absentee voting at a care facility
_p = people(7, "asahigaoka", old=True)
_rows = [["No", "氏名", "ふりがな", "生年月日", "住民票上の住所", "居室"]] + [
    [str(i + 1), p["name"], p["kana"], wareki(p["dob"], 0), p["addr"], f"{R.randint(1, 3)}{R.randint(0, 2)}{R.randint(1, 9)}号室"]
    for i, p in enumerate(_p)]
add(
    id="election-013", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=[ASAHI_SENKAN],
    subject="指定施設（若葉の里）不在者投票 請求者一覧の送付",
    body="""朝日丘市選挙管理委員会事務局 御中

お世話になっております。日の出産業の小野寺です。

特別養護老人ホーム若葉の里様の不在者投票につき、施設から受領した請求者一覧を
Word形式に整えましたので送付いたします。投票用紙等の交付請求の処理をお願いいたします。

施設での投票日時は、投票日の5日前 14:00～15:30 を予定しております。
当日は当社スタッフ2名が施設の不在者投票管理者の補助として伺います。
""" + SIG_ONODERA,
    attachments=[{"kind": "docx", "name": "不在者投票請求者一覧_若葉の里.docx",
                  "paragraphs": ["指定施設における不在者投票 請求者一覧", "施設名：特別養護老人ホーム若葉の里", ""],
                  "tables": [_rows]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="seven care-home residents with DOB and registered address in a DOCX table",
)

# 014 stop: password-protected ZIP (PPAP)
_p = people(8, "kitamiya")
add(
    id="election-014", expect="stop", charset="iso-2022-jp",
    sender=MAKABE, to=[KITA_SENKAN],
    subject="従事者名簿（北宮市議選）送付の件",
    body="""北宮市選挙管理委員会 御中

お世話になっております。日の出パブリックサービスの真壁です。

投票事務従事者名簿をパスワード付きZIPにてお送りいたします。
パスワードは別途メールにてお知らせいたします。

ご査収のほどよろしくお願いいたします。
""" + SIG_MAKABE,
    attachments=[{"kind": "zip", "name": "従事者名簿_北宮市議選.zip", "password": "Kt2024#senkyo",
                  "files": [{"kind": "xlsx", "name": "従事者名簿.xlsx",
                             "sheets": {"名簿": [["氏名", "電話", "住所"]] +
                                        [[p["name"], p["mobile"], p["addr"]] for p in _p]}}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="encrypted ZIP (PPAP) that cannot be inspected",
)

# 015 pass: English mail to an overseas partner, no personal data
add(
    id="election-015", expect="pass", charset="utf-8",
    sender=OKAFOR, to=["Linnea Berg <linnea.berg@nordicballot.se>"],
    subject="Site visit to the Asahigaoka counting centre — draft programme",
    body="""Dear Linnea,

Thank you for your interest in observing how a Japanese municipality runs its count.
Below is the draft programme for your team's visit on election night. The election
commission has agreed in principle; the final approval comes next week.

  19:30  Meet at Asahigaoka City Hall, east entrance (visitor badges)
  20:00  Briefing by the election commission secretariat (30 min, interpreted)
  20:40  Observation gallery, main arena: ballot boxes arrive and are opened
  22:00  Q&A with our site manager on staffing and the ballot sorters
  23:30  Provisional results are announced; end of programme

Photography is not allowed on the counting floor. Please keep to the gallery at all times.

Best regards,
""" + SIG_OKAFOR,
    entities=[], detectors=[],
    note="English programme for a foreign partner's visit; no personal data",
)

# 016 stop: HTML-only mail with a table of counting staff (private mobiles and e-mail)
_p = people(8, "kitamiya")
_agency = ["スタッフブリッジ", "ワークパル", "東和ヒューマン", "直接雇用"]
_tr = "\n".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{R.choice(_agency)}</td><td>{p['mobile']}</td><td>{p['email']}</td></tr>"
    for i, p in enumerate(_p))
add(
    id="election-016", expect="stop", charset="utf-8",
    sender=JONOUCHI, to=[KITA_ASAKURA],
    subject="開票事務従事者（当社手配分）の連絡先一覧",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>北宮市選挙管理委員会<br>浅倉様</p>
<p>お世話になっております。日の出産業の城之内です。<br>
開票当日に入館受付でご確認いただくため、当社手配分の従事者一覧をお送りします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>所属</th><th>携帯電話</th><th>メールアドレス</th></tr>
{_tr}
</table>
<p>残り4名は確定次第お送りします。</p>
<p>--<br>日の出産業株式会社 公共サービス事業部<br>開票所運営担当 城之内 健<br>TEL 048-645-2217</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="HTML-only mail whose table lists eight workers' private mobiles and e-mail addresses",
)

# 017 pass: one free-mail recipient (an applicant), no data about anyone else
_a = person("asahigaoka")
add(
    id="election-017", expect="pass", charset="iso-2022-jp",
    sender=ETO, to=[f"{_a['name']} <{_a['email']}>"],
    subject="【日の出パブリックサービス】面接日程のご案内",
    body=f"""{_a['name']} 様

この度は投票事務スタッフ（期日前投票所）の募集にご応募いただき、
誠にありがとうございます。日の出パブリックサービス 採用担当の江藤です。

面接を下記のとおり実施いたします。
　日時：10月3日（木）10:30～（所要30分程度）
　場所：朝日丘市役所 別館1階 会議室B（当社の臨時受付）
　持ち物：筆記用具、身分証明書

ご都合が悪い場合は、このメールにご返信ください。
""" + SIG_ETO,
    entities=[], detectors=["freemail_recipient"],
    note="single free-mail applicant; only the addressee's own name",
)

# 018 stop: one witness's My Number in running text
_w = person("asahigaoka")
_mn = next_my_number()
add(
    id="election-018", expect="stop", charset="iso-2022-jp",
    sender=TAIRA, to=[ASAHI_KAIKEI],
    subject="Re: 立会人報酬 支払調書の個人番号 未記入分",
    body=f"""会計課 ご担当者様

平良です。ご指摘ありがとうございました。
第7投票区の投票立会人 {_w['name']}様の個人番号が未記入となっておりました。
ご本人に確認のうえ、以下のとおりです。

　{_w['name']}（{_w['kana']}）　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}

お手数ですが支払調書への追記をお願いいたします。
""" + SIG_TAIRA,
    entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="a named person's My Number in the body: any My Number to an external recipient must stop",
)

# 019 pass: XLSX of candidate counting venues (facilities)
add(
    id="election-019", expect="pass", charset="iso-2022-jp",
    sender=JONOUCHI, to=[WAKABA],
    subject="開票所 候補施設の比較表",
    body="""若葉台市選挙管理委員会事務局 御中

お世話になっております。日の出産業の城之内です。
開票所候補施設の比較表を添付いたします。収容人数・駐車台数・電源容量で比較しました。
現地確認は来週火曜を予定しております。
""" + SIG_JONOUCHI,
    attachments=[{"kind": "xlsx", "name": "開票所候補施設_比較表.xlsx", "sheets": {
        "比較": [["若葉台市 開票所候補施設 比較表"], [],
                 ["施設名", "所在地", "代表電話", "収容人数", "駐車台数", "電源(kVA)", "備考"],
                 ["若葉台市総合体育館", "神奈川県若葉台市中山町2-11-1", "045-932-4410", 1200, 180, 150, "前回使用"],
                 ["若葉台市民文化センター 大ホール", "神奈川県若葉台市若葉台1-5-3", "045-931-0021", 800, 90, 100, "床養生が必要"],
                 ["県立若葉台武道館", "神奈川県若葉台市上白根4-7-22", "045-935-6600", 950, 120, 120, "県の許可要"],
                 ["若葉台市立緑園中学校 体育館", "神奈川県若葉台市緑園3-1-1", "045-934-2277", 600, 40, 60, "冷房なし"]],
        "費用見込": [["施設", "使用料（税込）"], ["総合体育館", 154000], ["文化センター", 231000], ["武道館", 188000]],
    }}],
    entities=[], detectors=[],
    note="business list of venues with their switchboards; no people",
)

# 020 stop: forward (FW:) of an agency mail with six staff blocks — forwarded text counts
_p = people(6, "minamiura")
_blocks = "\n\n".join(
    f"【{i + 1}】{p['name']}（{p['kana']}）\n　生年月日：{wareki(p['dob'], 0)}\n　住所：{p['addr']}\n　携帯：{p['mobile']}"
    for i, p in enumerate(_p))
add(
    id="election-020", expect="stop", charset="iso-2022-jp",
    sender=MAKABE, to=[MINAMI],
    subject="FW: 派遣予定者のご連絡（南浦町長選挙 投票所）",
    body=f"""南浦町総務課 選挙係 御中

お世話になっております。日の出パブリックサービスの真壁です。
派遣元から下記の連絡がありましたので、転送いたします。ご確認をお願いします。

-----Original Message-----
From: 東和ヒューマンサービス 派遣事業部 <haken@towa-human.co.jp>
Sent: Monday, October 7, 2024 11:02 AM
To: 真壁 拓也 <makabe.t@hinode-sangyo.co.jp>
Subject: 派遣予定者のご連絡（南浦町長選挙 投票所）

日の出産業 真壁様

いつもお世話になっております。東和ヒューマンサービスです。
ご依頼の投票所スタッフにつき、下記6名を派遣予定です。

{_blocks}

以上、よろしくお願いいたします。
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="forward of the agency's mail: six staff records (DOB, address, mobile) are new text to the town",
)

# 021 stop: look-alike of the company's own domain (a colleague's address mistyped)
_p = people(5, "asahigaoka", young=True)
add(
    id="election-021", expect="stop", charset="iso-2022-jp",
    sender=ETO, to=["真壁 拓也 <makabe.t@hinode-sangyou.co.jp>"],
    subject="期日前（栄町公民館）追加スタッフ5名",
    body="真壁さん\n\nお疲れさまです。江藤です。\n栄町公民館の期日前、追加の5名が決まりました。初日の朝に顔合わせをお願いします。\n\n" +
         "\n".join(f"・{p['name']}　{p['mobile']}　（{wareki(p['dob'], 1)}生）" for p in _p) +
         "\n\nよろしくです。\n" + SIG_ETO,
    entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=["lookalike_domain", "personal_data"],
    note="colleague's address typed as hinode-sangyou.co.jp (look-alike of the own domain) with five staff",
)

# 022 pass: mail about an NDA with the law firm
add(
    id="election-022", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=[SHIRAKAWA],
    subject="朝日丘市との秘密保持契約書（案）のご確認のお願い",
    body="""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の小野寺です。

朝日丘市選挙管理委員会との業務委託契約に付随する秘密保持契約書（案）が市から
提示されました。以下の点についてご意見をいただけますでしょうか。

1. 第2条「機密情報」の定義に、選挙人名簿の抄本が含まれるか不明確な点
2. 第6条 再委託先（派遣会社）に同等の義務を課す条項の書きぶり
3. 第9条 損害賠償の上限がない点（当社標準は委託料総額）
4. 個人情報の取扱いに関する特記事項との優先関係

市の担当者からは、来週中にコメントを返してほしいと言われております。
契約書案は添付のとおりです。
""" + SIG_ONODERA,
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_朝日丘市.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "朝日丘市選挙管理委員会（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
                                 "甲が乙に委託する選挙事務に関し、次のとおり契約を締結する。",
                                 "第1条（目的）本契約は、委託業務の遂行にあたり開示される機密情報の取扱いを定める。",
                                 "第2条（機密情報）本契約において機密情報とは、甲が乙に開示する一切の情報のうち、"
                                 "開示の際に秘密である旨を明示したものをいう。",
                                 "第6条（再委託）乙は、甲の書面による承諾を得た場合に限り、業務の一部を再委託できる。",
                                 "第9条（損害賠償）乙は、本契約に違反して甲に損害を与えた場合、その損害を賠償する。"]}],
    entities=[], detectors=[],
    note="mail about an NDA and an unstamped NDA draft; mentions of 機密 are not a marking",
)

# 023 stop: 社外秘 only in the attachment's page header
add(
    id="election-023", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=[WAKABA],
    subject="選挙事務 受託提案書のご送付",
    body="""若葉台市選挙管理委員会事務局 御中

お世話になっております。日の出産業の小野寺です。
先日のヒアリングを踏まえ、選挙事務の受託提案書を作成いたしましたので送付いたします。
ご検討のほど、よろしくお願い申し上げます。
""" + SIG_ONODERA,
    attachments=[{"kind": "docx", "name": "受託提案書_若葉台市_v3.docx", "page_header": "社外秘",
                  "title": "選挙事務受託提案書",
                  "paragraphs": ["若葉台市 選挙事務 受託提案書",
                                 "1. 受託範囲：期日前投票所（2か所）、当日投票所（24か所）、開票所",
                                 "2. 体制：統括責任者1名、エリアリーダー4名、登録スタッフ約180名",
                                 "3. 価格の考え方（社内検討用）：粗利率 18％を下限、競合A社の前回落札額を基準に▲5％",
                                 "4. リスク：開票の長時間化による深夜割増の増加"]}],
    entities=[], detectors=["confidential_marking"],
    note="the DOCX carries 社外秘 in its page header (and internal pricing); the mail text does not",
)

# 024 pass: one replacement worker's mobile to the city (one person)
_w = person("asahigaoka")
add(
    id="election-024", expect="pass", charset="iso-2022-jp",
    sender=MAKABE, to=[ASAHI_MORINAGA],
    subject="第3投票所 従事者1名差し替えのご連絡",
    body=f"""森永様

お世話になっております。真壁です。
第3投票所（東台中学校）の従事者1名が体調不良のため、下記の者に差し替えます。

　新：{_w['name']}（{_w['kana']}）　携帯 {_w['mobile']}

当日は7:00に投票所へ直接入る予定です。受付名簿の修正をお願いいたします。
""" + SIG_MAKABE,
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one replacement worker's name and mobile: a single person's contact, may warn",
)

# 025 stop: XLSX bank-transfer data for 12 part-timers to the (partner) bank
_p = people(12)
_rows = [[p["kana"].replace(" ", "　"), p["bank"], p["branch"], "普通", p["acct"], R.choice([38400, 42900, 51600, 27300, 46200])]
         for p in _p]
add(
    id="election-025", expect="stop", charset="iso-2022-jp",
    sender=TAIRA, to=[MIDORI],
    subject="総合振込（期日前投票所アルバイト報酬）依頼データ",
    body="""株式会社みどり銀行 法人営業部 御中

いつもお世話になっております。日の出産業 経理部の平良です。

期日前投票所アルバイト報酬の総合振込につき、依頼データを添付いたします。
振込指定日：10月25日（金）
件数：12件

通常はインターネットバンキングから送信しておりますが、システム障害のため
本件のみメールでのお取扱いをお願いした件です。よろしくお願いいたします。
""" + SIG_TAIRA,
    attachments=[{"kind": "xlsx", "name": "総合振込依頼_1025.xlsx", "sheets": {
        "振込明細": [["総合振込 明細（依頼人：日の出産業株式会社）"], ["振込指定日", "2024/10/25"],
                    ["受取人名（カナ）", "銀行", "支店", "種目", "口座番号", "金額"]] + _rows,
        "依頼書": [["依頼人", "日の出産業株式会社"], ["件数", 12], ["合計金額", sum(r[5] for r in _rows)]],
    }}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="12 payees' names and bank accounts in an XLSX, even though the bank is a partner",
)


# ======================================================================================
# 026–050
# ======================================================================================

# 026 stop: five applicants on free mail in To, visible to each other
_p = people(5, "asahigaoka")
add(
    id="election-026", expect="stop", charset="iso-2022-jp",
    sender=ETO, to=[f"{p['name']} <{p['email']}>" for p in _p],
    subject="投票事務スタッフ説明会のご案内（10/12）",
    body="""登録スタッフの皆さま

日の出パブリックサービスの江藤です。
朝日丘市長選挙の投票事務スタッフとしてご登録いただいた皆さまに、説明会のご案内です。

　日時：10月12日（土）10:00～11:30
　場所：朝日丘市役所 別館2階 大会議室
　内容：投票所の流れ、受付・名簿対照、投票用紙交付、禁止事項（公職選挙法）
　持ち物：筆記用具、印鑑（契約書用）、振込先のわかるもの

欠席の場合は前日までにご連絡ください。
""" + SIG_ETO,
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="five private persons on free mail in To see each other's addresses: should have been Bcc",
)

# 027 pass: internal only — a staff member's depression diagnosis to HR
_w = person()
add(
    id="election-027", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=["人事部 労務課 <romu@hinode-sangyo.co.jp>"],
    subject="【人事相談】選挙事務支援G 契約社員の休職について",
    body=f"""労務課 ご担当者様

選挙事務支援Gの小野寺です。
契約社員の{_w['name']}さん（社員番号 C-20871）から、うつ病との診断書（2か月の休養を要す）が
提出されました。次の市議選（11月）の期日前投票所リーダーを予定していたため、
代替の手配を進めますが、休職手続きと傷病手当金の案内をお願いできますでしょうか。

診断書の原本は本日社内便でお送りします。
""" + SIG_ONODERA,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="health information of a named employee, but the only recipient is internal",
)

# 028 stop: password-protected PDF
add(
    id="election-028", expect="stop", charset="iso-2022-jp",
    sender=JONOUCHI, to=[KITA_SENKAN],
    subject="開票事務マニュアル（当社版）の送付",
    body="""北宮市選挙管理委員会 御中

お世話になっております。日の出産業の城之内です。
当社スタッフ向けの開票事務マニュアルをお送りします。
社内規程により、PDFにはパスワードを設定しております（パスワードはお電話でお伝えします）。
""" + SIG_JONOUCHI,
    attachments=[{"kind": "pdf", "name": "開票事務マニュアル_当社版.pdf", "password": "kaihyo2024",
                  "lines": ["開票事務マニュアル（日の出産業 スタッフ用）", "1. 集合・受付", "2. 開披・仕分け",
                            "3. 点検・計数", "4. 疑問票の取扱い"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected",
)

# 029 stop: one driver's licence number, for the city's official-car driver register
_w = person("asahigaoka")
_lic = f"3{R.randint(0, 9)}{R.randint(10, 24):02d}{R.randint(100000, 999999)}{R.randint(0, 9)}0"
add(
    id="election-029", expect="stop", charset="iso-2022-jp",
    sender=MAKABE, to=["朝日丘市 管財課 車両係 <kanzai@city.asahigaoka.lg.jp>"],
    subject="公用車運転者登録（投票箱回収）について",
    body=f"""朝日丘市 管財課 車両係 御中

お世話になっております。日の出パブリックサービスの真壁です。
投票日当日の投票箱回収で公用車（ワゴン）を運転する当社スタッフにつき、
運転者登録に必要な事項をお知らせします。

　氏名：{_w['name']}
　運転免許証番号：{_lic}
　免許の種類：普通・中型（8t限定）
　有効期限：令和8年{R.randint(1, 12)}月{R.randint(1, 28)}日まで

免許証の写しが必要でしたら、持参いたします。
""" + SIG_MAKABE,
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="a named person's driver's licence number to an external office: identity document number",
)

# 030 pass: tracking numbers for ballot deliveries
_tr = [(f"第{i}投票所", f"{R.randint(1000, 9999)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}", R.choice(["2箱", "3箱", "1箱"]))
       for i in range(1, 9)]
add(
    id="election-030", expect="pass", charset="iso-2022-jp",
    sender=MAKABE, to=[ASAHI_SENKAN],
    subject="投票用紙等 配送状況（青葉運輸 送り状番号）",
    body="""朝日丘市選挙管理委員会事務局 御中

お世話になっております。真壁です。
各投票所への投票用紙・記載台用品の配送は、青葉運輸にて本日出荷済みです。
送り状番号は下記のとおりです（明日午前中に各施設着の予定）。

""" + "\n".join(f"　{a}　送り状番号 {b}　{c}" for a, b, c in _tr) + """

配達状況は青葉運輸のWebで確認できます。不着があればご連絡ください。
""" + SIG_MAKABE,
    entities=[], detectors=[],
    note="tracking numbers per polling station; no personal data",
)

# 031 stop: 「・」 bullets, six workers with mobile and address
_p = people(6, "tokorozawa")
add(
    id="election-031", expect="stop", charset="iso-2022-jp",
    sender=ETO, to=[WORKPAL],
    subject="交通費精算の住所確認のお願い",
    body="ワークパル 大宮支店　ご担当者様\n\nお世話になっております。日の出産業の江藤です。\n"
         "交通費（通勤経路）の算定のため、下記6名の住所と連絡先に相違がないかご確認いただけますか。\n\n" +
         "\n".join(f"・{p['name']}（{p['kana']}）　{p['mobile']}\n　{p['zip']}　{p['addr']}" for p in _p) +
         "\n\n相違があれば赤字で修正してご返信ください。\n" + SIG_ETO,
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="six workers' mobile and home address as 「・」 bullets",
)

# 032 pass: reply; the witness list is under -----Original Message-----
_p = people(5, "asahigaoka", old=True)
_q = "\n".join(f"{p['name']}　{p['addr']}　{p['tel']}" for p in _p)
add(
    id="election-032", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=[ASAHI_MORINAGA],
    subject="RE: 投票立会人の名簿（第8～第12投票区）",
    body=f"""森永様

小野寺です。名簿をありがとうございました。
5名の方への就任のご案内と当日の集合時刻のお知らせは、当社から郵送で行います。
発送は金曜を予定しております。

{SIG_ONODERA}
-----Original Message-----
From: 森永 晴美 <morinaga-h@city.asahigaoka.lg.jp>
Sent: Tuesday, October 8, 2024 9:12 AM
To: 小野寺 真理子 <onodera.m@hinode-sangyo.co.jp>
Subject: 投票立会人の名簿（第8～第12投票区）

小野寺様

第8～第12投票区の投票立会人の名簿です。案内の発送をお願いします。

{_q}

朝日丘市選挙管理委員会事務局 森永
""",
    entities=[], detectors=[],
    note="the five-person list is in the quoted original from the recipient; new text has none",
)

# 033 stop: a DV/stalking-victim support measure for one voter, to the printer
_v = person("wakabadai")
add(
    id="election-033", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=[NISHIKI],
    subject="入場整理券 1件 発送除外のお願い（至急）",
    body=f"""錦印刷株式会社 佐伯様

お世話になっております。日の出産業の小野寺です。至急のお願いです。

若葉台市選管から連絡があり、下記の方はDV等支援措置の対象者（配偶者からの暴力の被害者）
のため、入場整理券を現住所に発送せず、選管窓口での交付に切り替えることになりました。

　氏名：{_v['name']}
　住所：{_v['addr']}

すでに圧着済みの場合は、該当の1通を抜き取って保管いただけますでしょうか。
宛名データからの削除もあわせてお願いいたします。
""" + SIG_ONODERA,
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named voter identified as a domestic-violence victim with her address: 要配慮 (crime victim)",
)

# 034 pass: price quote (unit prices) to a city
add(
    id="election-034", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=[WAKABA],
    subject="お見積書（選挙事務支援業務）EST-24-0917",
    body="""若葉台市選挙管理委員会事務局 御中

お世話になっております。日の出産業の小野寺です。
ご依頼の選挙事務支援業務のお見積りをお送りします（見積番号 EST-24-0917）。

【単価表】（税抜）
　投票所運営補助（当日）　　　　1名・1日　　　18,400円
　期日前投票所 受付・交付　　　1名・1時間　　　2,150円
　開票事務補助　　　　　　　　　1名・1時間　　　2,480円（22時以降 3,100円）
　エリアリーダー　　　　　　　　1名・1日　　　31,000円
　不在者投票（指定施設）補助　　1施設・1回　　 22,000円
　事前説明会の開催　　　　　　　1回　　　　　　55,000円

有効期限：発行日より60日
※人数・時間は前回選挙の実績からの想定です。確定後に精算いたします。
""" + SIG_ONODERA,
    entities=[], detectors=[],
    note="price list with a quote number; nothing personal",
)

# 035 stop: look-alike of the partner tsubasa-system.jp (a letter dropped)
add(
    id="election-035", expect="stop", charset="iso-2022-jp",
    sender=KIRYU, to=["ツバサシステム 導入支援 <dounyu@tsubasa-sytem.jp>"],
    subject="期日前投票システム 端末設置場所と回線の件",
    body="""ツバサシステム株式会社 導入支援ご担当様

日の出産業 情報システム部の桐生です。
朝日丘市の期日前投票システムの端末設置について、現地の情報を共有します。

・市役所1階 市民ホール：端末3台、受付票プリンタ2台、閉域網の情報コンセントは柱B-3
・栄町公民館 和室：端末2台、モバイル回線（閉域SIM）を使用予定
・二重投票チェックの同期間隔：5分（前回と同じ）

設置作業は期日前投票開始の前日17時以降でお願いします。
""" + SIG_KIRYU,
    entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp is a look-alike of the partner tsubasa-system.jp (letter dropped)",
)

# 036 stop: PDF table of polling managers and deputies with address and phone
_p = people(10, "kitamiya", old=True)
_rows = [["投票区", "役職", "氏名", "住所", "電話"]] + [
    [f"第{i // 2 + 1}", "投票管理者" if i % 2 == 0 else "職務代理者", p["name"], p["addr"], p["tel"]]
    for i, p in enumerate(_p)]
add(
    id="election-036", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=[KITA_SENKAN],
    subject="投票管理者・職務代理者 就任承諾状況（PDF）",
    body="""北宮市選挙管理委員会 御中

お世話になっております。日の出産業の小野寺です。
第1～第5投票区の投票管理者・職務代理者の就任承諾の取りまとめ結果をPDFでお送りします。
全員から承諾書を回収済みです。原本は次回の打合せでお渡しします。
""" + SIG_ONODERA,
    attachments=[{"kind": "pdf", "name": "投票管理者_職務代理者_一覧.pdf",
                  "lines": ["北宮市議会議員一般選挙 投票管理者・職務代理者 一覧", ""], "table": _rows}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="ten people's names, home addresses and phones in a PDF table",
)

# 037 pass: two organisations (hotel + city), room counts only
add(
    id="election-037", expect="pass", charset="iso-2022-jp",
    sender=JONOUCHI, to=[SAKURA], cc=[ASAHI_MORINAGA],
    subject="開票日の宿泊手配について（日の出産業）",
    body="""さくらホテル大宮 予約課 御中
（cc：朝日丘市選管 森永様 ご参考）

お世話になっております。日の出産業の城之内です。
開票作業が深夜に及ぶため、遠方から来るリーダー陣の宿泊をお願いいたします。

　チェックイン：投票日 翌1:30頃（深夜着）
　チェックアウト：翌日 11:00
　シングル 6室、ツイン 1室（禁煙）
　請求：当社宛て一括（法人契約 No. HS-2207）

宿泊者のお名前は確定後にお知らせします。深夜のチェックイン対応は可能でしょうか。
""" + SIG_JONOUCHI,
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations; room counts only, no names yet",
)

# 038 stop: a foreign worker's residence card number
_rc = f"{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.randint(10000000, 99999999)}{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"
add(
    id="election-038", expect="stop", charset="iso-2022-jp",
    sender=ETO, to=[TOWA],
    subject="開票所設営スタッフの在留資格確認について",
    body=f"""東和ヒューマンサービス 派遣事業部 御中

お世話になっております。日の出産業の江藤です。
開票所の設営（前日・机や仕切りの搬入）にご手配いただいた方のうち、
下記の方の在留カードの記載について確認させてください。

　氏名：NGUYEN VAN NAM（グエン・ヴァン・ナム）
　在留カード番号：{_rc}
　在留資格：留学（資格外活動許可あり）
　在留期間満了日：2025年4月30日

資格外活動は週28時間以内のため、前日設営と当日撤去の両方に入ると超過しないか、
勤務時間の合計をご確認いただけますでしょうか。
""" + SIG_ETO,
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="a named worker's residence card number to the agency: identity document number",
)

# 039 pass: internal only — password ZIP to accounting
add(
    id="election-039", expect="pass", charset="iso-2022-jp",
    sender=ETO, to=[TAIRA],
    subject="10月分 アルバイト報酬 計算表（パスワード付き）",
    body="""平良さん

お疲れさまです。江藤です。
10月分の報酬計算表をパスワード付きZIPで送ります。パスワードはTeamsで送りました。
振込は25日でお願いします。
""" + SIG_ETO,
    attachments=[{"kind": "zip", "name": "報酬計算_10月.zip", "password": "hn-oct-2024",
                  "files": [{"kind": "xlsx", "name": "報酬計算_10月.xlsx",
                             "sheets": {"計算": [["ID", "時間", "金額"], ["A-01", 36, 59400]]}}]}],
    entities=[], detectors=[],
    note="encrypted ZIP, but the only recipient is internal",
)

# 040 stop: tab-separated shift list of 12 early-voting staff with mobile and e-mail
_p = people(12, "asahigaoka")
_days = ["10/14", "10/15", "10/16", "10/17", "10/18", "10/19"]
add(
    id="election-040", expect="stop", charset="utf-8",
    sender=MAKABE, to=[ASAHI_SENKAN],
    subject="期日前投票所 従事者シフト表（10/14～10/19）",
    body="朝日丘市選管 御中\n\nお世話になっております。真壁です。\n"
         "期日前投票所（市役所1階）のシフト表です。急な欠員時は各自の携帯に直接ご連絡いただいて構いません。\n\n"
         "勤務日\t氏名\t携帯\tメール\n" +
         "\n".join(f"{_days[i // 2]}\t{p['name']}\t{p['mobile']}\t{p['email']}" for i, p in enumerate(_p)) +
         "\n\n" + SIG_MAKABE,
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="tab-separated shift table of 12 staff with private mobiles and e-mail addresses",
)

# 041 either: six names with their station only, no contact data
_p = people(6, "asahigaoka")
add(
    id="election-041", expect="either", charset="iso-2022-jp",
    sender=MAKABE, to=[ASAHI_MORINAGA],
    subject="第5～第7投票所 従事者の配置",
    body="森永様\n\n真壁です。第5～第7投票所の当社従事者の配置をお知らせします。\n\n" +
         "\n".join(f"　第{5 + i // 2}投票所　{p['name']}" for i, p in enumerate(_p)) +
         "\n\n連絡先は当日、投票管理者の方にお渡しする名簿に記載いたします。\n" + SIG_MAKABE,
    entities=["PERSON_NAME"], detectors=[],
    note="six workers' names with only their assigned station: arguably a list of people, arguably just a staffing plan",
)

# 042 pass: training slides (PPTX) with no personal data
add(
    id="election-042", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=[KITA_ASAKURA],
    subject="従事者説明会の資料（案）",
    body="""浅倉様

お世話になっております。小野寺です。
従事者説明会の資料（案）をお送りします。公職選挙法の禁止事項のページは、
選管の資料に合わせて修正が必要であればご指摘ください。
""" + SIG_ONODERA,
    attachments=[{"kind": "pptx", "name": "従事者説明会資料_案.pptx", "slides": [
        ["北宮市議会議員一般選挙 投票事務従事者説明会", "日の出パブリックサービス", "令和6年10月"],
        ["当日の流れ", "6:30 集合・設営確認", "7:00 投票開始（投票箱の空虚確認）", "20:00 投票終了・投票箱の閉鎖"],
        ["受付・名簿対照", "入場整理券の確認", "本人確認の声かけ例", "名簿にない方は管理者へ"],
        ["してはいけないこと", "投票内容をのぞかない", "特定の候補者の話をしない", "写真撮影・SNS投稿の禁止"]]}],
    entities=[], detectors=[],
    note="training slides without any personal data",
)

# 043 stop: XLSX marked 取扱注意 in its page header (staffing plan, counts only)
add(
    id="election-043", expect="stop", charset="iso-2022-jp",
    sender=ETO, to=[STAFFBRIDGE],
    subject="若葉台市 投票所人員配置計画（ご参考）",
    body="""有村様

お世話になっております。江藤です。
若葉台市の投票所人員配置計画をご参考までにお送りします。
貴社にお願いしたい人数は「派遣依頼」シートのとおりです。
""" + SIG_ETO,
    attachments=[{"kind": "xlsx", "name": "人員配置計画_若葉台市.xlsx", "page_header": "取扱注意",
                  "sheets": {"配置計画": [["投票所", "受付", "交付", "誘導", "計"],
                                          ["第1（若葉台小）", 2, 2, 1, 5], ["第2（中山地区センター）", 2, 1, 1, 4],
                                          ["第3（上白根会館）", 1, 1, 1, 3], ["第4（緑園中）", 2, 2, 1, 5]],
                             "派遣依頼": [["区分", "人数"], ["投票所", 17], ["開票所", 12]],
                             "原価": [["区分", "単価", "人数", "原価"], ["投票所", 16200, 17, 275400]]}}],
    entities=[], detectors=["confidential_marking"],
    note="the workbook's page header classifies it 取扱注意; only counts and costs inside",
)

# 044 stop: a worker's religion in running text
_w = person("funabashi")
add(
    id="election-044", expect="stop", charset="iso-2022-jp",
    sender=ETO, to=[WORKPAL],
    subject="土曜日シフトの調整について",
    body=f"""ワークパル 大宮支店 ご担当者様

お世話になっております。日の出産業の江藤です。
ご手配いただいている{_w['name']}さんについて、ご本人から「セブンスデー・アドベンチスト教会の
信徒のため、金曜の日没から土曜の日没までは勤務できない」とのご相談がありました。

期日前投票所の土曜シフト（10/19）は別の方に差し替えたいので、
代わりの方1名のご手配をお願いできますでしょうか。{_w['sei']}さんは日曜と平日で調整します。
""" + SIG_ETO,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named worker's religion (要配慮個人情報) to the agency",
)

# 045 pass: two registered staff's mobiles to a care facility (two people)
_p = people(2)
add(
    id="election-045", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=[HIDAMARI],
    subject="不在者投票 当日の伺う者について",
    body=f"""介護老人保健施設ひだまり苑
支援相談員 ご担当様

お世話になっております。日の出産業の小野寺です。
10月22日（火）14:00からの不在者投票では、当社から下記2名が補助に伺います。
到着が遅れる場合などは、本人の携帯へ直接ご連絡ください。

　{_p[0]['name']}　{_p[0]['mobile']}
　{_p[1]['name']}　{_p[1]['mobile']}

記載台（簡易型）2台と投票用封筒の受け渡し用トレイを持参いたします。
""" + SIG_ONODERA,
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two people's mobile numbers (under five): may warn, must not be held",
)

# 046 stop: corrupt XLSX
add(
    id="election-046", expect="stop", charset="iso-2022-jp",
    sender=MAKABE, to=[ASAHI_SENKAN],
    subject="投票所別 従事者数集計（修正版）",
    body="""朝日丘市選挙管理委員会事務局 御中

真壁です。先ほどお送りした集計表に誤りがありましたので、修正版を送付します。
お手数ですが差し替えをお願いいたします。
""" + SIG_MAKABE,
    attachments=[{"kind": "corrupt", "name": "従事者数集計_修正版.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the XLSX is corrupt and cannot be inspected",
)

# 047 pass: English reply; the visitors' passport numbers are only in the quoted text
_vis = [("Erik Lindqvist", "AB4410276"), ("Sara Holm", "AA9923518"), ("Jonas Ek", "AB1187094"),
        ("Maja Strand", "AA6604381"), ("Oskar Nyberg", "AB3329475")]
add(
    id="election-047", expect="pass", charset="utf-8",
    sender=OKAFOR, to=["Linnea Berg <linnea.berg@nordicballot.se>"],
    subject="Re: Visitor details for the counting centre",
    body="""Hi Linnea,

Thanks, received. The city only needs the names for the visitor badges; I have passed
them on and will not forward the passport numbers. Badges will be ready at the east
entrance from 19:15.

Best,
Daniel

On Wed, Oct 9, 2024 at 4:18 PM Linnea Berg <linnea.berg@nordicballot.se> wrote:
> Dear Daniel,
> Here are the details of our delegation as requested:
""" + "\n".join(f"> {n} — passport (SE) {pp}" for n, pp in _vis) + """
> Kind regards,
> Linnea
""" + SIG_OKAFOR,
    entities=[], detectors=[],
    note="passport numbers appear only in the quoted original from the recipient",
)

# 048 stop: plain ZIP with a CSV of voters asking for re-issued admission tickets
_p = people(7, "wakabadai")
_rows = [["選挙人名簿番号", "氏名", "生年月日", "住所", "理由"]] + [
    [f"{R.randint(1, 24):02d}-{R.randint(1, 4999):04d}", p["name"], p["dob"].strftime("%Y-%m-%d"), p["addr"],
     R.choice(["紛失", "未着", "汚損", "転居前住所に送付"])] for p in _p]
add(
    id="election-048", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=[NISHIKI],
    subject="入場整理券 再発行分のデータ送付",
    body="""錦印刷 佐伯様

いつもお世話になっております。小野寺です。
若葉台市の入場整理券の再発行分（7件）のデータをZIPでお送りします。
明後日の午前中までに選管あて納品をお願いできますでしょうか。
""" + SIG_ONODERA,
    attachments=[{"kind": "zip", "name": "再発行データ_1009.zip",
                  "files": [{"kind": "csv", "name": "再発行_1009.csv", "encoding": "utf-8", "rows": _rows}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="seven voters' names, DOB and address in a CSV inside an unencrypted ZIP",
)

# 049 pass: bullets listing temp agency branch offices (businesses)
add(
    id="election-049", expect="pass", charset="iso-2022-jp",
    sender=ETO, to=[WAKABA],
    subject="再委託先（人材派遣会社）の事業所一覧",
    body="""若葉台市選挙管理委員会事務局 御中

お世話になっております。日の出産業の江藤です。
再委託承認申請にあたり、派遣スタッフの手配を予定している事業所の一覧をお送りします。

・株式会社スタッフブリッジ 横浜支店
　〒220-0011 神奈川県横浜市西区高島2-6-32 横浜東口ビル8F　TEL 045-441-2290
・株式会社ワークパル 若葉台営業所
　〒241-0801 神奈川県若葉台市若葉台1-2-7 若葉台駅前ビル3F　TEL 045-921-7731
・東和ヒューマンサービス株式会社 神奈川事業所
　〒231-0023 神奈川県横浜市中区山下町23-1 山下町センタービル5F　TEL 045-662-0418

各社の労働者派遣事業の許可番号は、申請書の別紙に記載しております。
""" + SIG_ETO,
    entities=[], detectors=[],
    note="list of company branch offices with addresses and switchboards: businesses, not people",
)

# 050 stop: basic pension numbers of two temp staff to a labour/social-insurance office
_p = people(2, "kawaguchi")
_pen = [f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}" for _ in _p]
add(
    id="election-050", expect="stop", charset="iso-2022-jp",
    sender=TAIRA, to=["水野社会保険労務士事務所 <info@mizuno-sr.jp>"],
    subject="社会保険 資格取得届の作成依頼（期日前投票所 契約社員2名）",
    body=f"""水野社会保険労務士事務所
水野先生

いつもお世話になっております。日の出産業 経理部の平良です。
期日前投票所の統括として2か月契約で採用した下記2名について、
健康保険・厚生年金の資格取得届の作成をお願いいたします。

1) {_p[0]['name']}（{_p[0]['kana']}）
   生年月日：{wareki(_p[0]['dob'], 0)}　基礎年金番号：{_pen[0]}
   住所：{_p[0]['zip']} {_p[0]['addr']}
2) {_p[1]['name']}（{_p[1]['kana']}）
   生年月日：{wareki(_p[1]['dob'], 0)}　基礎年金番号：{_pen[1]}
   住所：{_p[1]['zip']} {_p[1]['addr']}

資格取得日：10月1日、報酬月額はいずれも280,000円です。
""" + SIG_TAIRA,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    note="two people's basic pension numbers: social insurance numbers must stop whatever the count",
)


# ======================================================================================
# 051–075
# ======================================================================================

# 051 stop: one record per block — five witness candidates to a town
_p = people(5, "minamiura", old=True)
_b = "\n".join(
    f"■候補{i + 1}\n　氏名　　：{p['name']}（{p['kana']}）\n　住所　　：{p['addr']}\n"
    f"　電話　　：{p['tel']}\n　生年月日：{wareki(p['dob'], 4 if i % 2 else 0)}\n　推薦　　：{R.choice(['浜区長', '白浜区長', '港町区長', '中区長'])}\n"
    for i, p in enumerate(_p))
add(
    id="election-051", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=[MINAMI],
    subject="投票立会人 候補者のご推薦（南浦町長選挙）",
    body=f"""南浦町総務課 選挙係 御中

お世話になっております。日の出産業の小野寺です。
各区長さんからご推薦いただいた投票立会人の候補者を取りまとめましたので、お知らせします。
選挙権の有無（名簿登録）のご確認をお願いいたします。

{_b}
以上5名です。よろしくお願いいたします。
""" + SIG_ONODERA,
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="five witness candidates, one block each, with address, phone and DOB (和暦)",
)

# 052 pass: ordinary maintenance appointment, with Japanese and English disclaimers
add(
    id="election-052", expect="pass", charset="iso-2022-jp",
    sender=JONOUCHI, to=[KAWASAKI],
    subject="投票用紙計数機 定期点検の日程",
    body="""川崎電機株式会社 公共システム営業部 御中

お世話になっております。日の出産業の城之内です。
選挙前の定期点検（計数機 KC-300 ×6台）の日程を下記でお願いできますでしょうか。

　日時：10月15日（火）9:30～12:00
　場所：朝日丘市役所 別館地下 倉庫（鍵は選管事務局でお借りします）
　内容：搬送ローラー交換、計数精度の確認（模擬用紙1,000枚×3回）

点検報告書は選管あてにもお送りいただけますと幸いです。
""" + SIG_JONOUCHI + DISC_JA + DISC_EN,
    entities=[], detectors=[],
    note="ordinary appointment mail with the standard confidentiality disclaimers (not a marking)",
)

# 053 stop: three external organisations in To/Cc
add(
    id="election-053", expect="stop", charset="iso-2022-jp",
    sender=JONOUCHI, to=[ASAHI_MORINAGA, KAWASAKI], cc=[AOBA],
    subject="開票所 機材搬入・搬出の調整（総合体育館）",
    body="""朝日丘市選管 森永様
川崎電機 公共システム営業部 ご担当様
（cc：青葉運輸 法人営業 ご担当様）

お世話になっております。日の出産業の城之内です。
開票所の機材搬入・搬出について、3者の作業時間を下記のとおり調整しました。

　前日 13:00～15:00　青葉運輸：開披台・点検台・間仕切りの搬入
　前日 15:00～17:00　川崎電機：計数機・読取分類機の設置、試験運転
　翌日  9:00～12:00　青葉運輸：撤去・返却

搬入口は体育館北側の大扉のみ使用可です。
""" + SIG_JONOUCHI,
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (city, Kawasaki Denki, Aoba Unyu) see each other in To/Cc",
)

# 054 pass: internal only — 【社外秘】 pricing analysis
add(
    id="election-054", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=["公共サービス事業部 幹部 <ps-managers@hinode-sangyo.co.jp>"],
    subject="【社外秘】若葉台市 入札結果の分析と次回の価格方針",
    body="""事業部長、各位

小野寺です。

■■ 社外秘 ■■

若葉台市の選挙事務支援業務（一般競争入札）の結果を共有します。
・落札：競合A社　税抜 18,420,000円（当社 19,880,000円、差 7.3％）
・敗因：開票事務の時間単価（当社 2,480円 / A社 2,150円）
・次回方針：エリアリーダーを兼務させ、開票単価を2,250円まで下げる案を検討

社外への転送はしないでください。
""" + SIG_ONODERA,
    entities=[], detectors=[],
    note="社外秘 stamp but every recipient is internal",
)

# 055 stop: a staff member's personal credit card number to the hotel
_w = person()
_cc = next_card()
add(
    id="election-055", expect="stop", charset="iso-2022-jp",
    sender=JONOUCHI, to=[SAKURA],
    subject="追加1室の予約（カード決済）",
    body=f"""さくらホテル大宮 予約課 御中

日の出産業の城之内です。昨日お願いした団体予約とは別に、1室追加をお願いします。
こちらは会社請求ではなく、本人のカードでの決済となります。

　宿泊者：{_w['name']}（{_w['romaji']}）
　日程：10月27日 チェックイン（深夜1:30頃）～ 28日 チェックアウト
　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限：{R.randint(1, 12):02d}/{R.randint(26, 29)}

よろしくお願いいたします。
""" + SIG_JONOUCHI,
    entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    note="a named guest's credit card number and expiry in the body",
)

# 056 pass: one free-mail recipient, pay-day notice
_a = person()
add(
    id="election-056", expect="pass", charset="iso-2022-jp",
    sender=TAIRA, to=[f"{_a['name']} 様 <{_a['email']}>"],
    subject="報酬のお振込日について",
    body=f"""{_a['name']} 様

日の出産業 経理部の平良です。
先日は朝日丘市長選挙の開票事務にご従事いただき、ありがとうございました。
報酬は10月31日（木）にご登録の口座へお振込みいたします。
源泉徴収票は来年1月にご自宅へ郵送いたします。

ご不明な点は経理部（048-645-2200）までお問い合わせください。
""" + SIG_TAIRA,
    entities=[], detectors=["freemail_recipient"],
    note="one private person on free mail about their own pay date; no other data",
)

# 057 stop: full-width digits and 和暦 — six workers in the body
_p = people(6, "kitamiya")
_lines = "\n".join(
    f"{zen(str(i + 1))}．{pad(p['name'], 14)}{wareki(p['dob'], 3 if i % 2 else 2)}生　ＴＥＬ　{zen(p['mobile'])}"
    for i, p in enumerate(_p))
add(
    id="election-057", expect="stop", charset="cp932",
    sender=MAKABE, to=[KITA_ASAKURA],
    subject="期日前投票所（今泉地区市民センター）従事者",
    body=f"""北宮市選挙管理委員会
浅倉様

お世話になっております。真壁です。
今泉地区市民センターの期日前投票所に入る従事者６名です。

{_lines}

以上、よろしくお願いいたします。
""" + SIG_MAKABE,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six workers with full-width 和暦 DOB and full-width mobile numbers, Shift_JIS mail",
)

# 058 pass: mentions secrecy of the ballot and 機密 in running text, no marking
add(
    id="election-058", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=[KITA_ASAKURA],
    subject="開票速報の取扱いについて（ご相談）",
    body="""浅倉様

お世話になっております。小野寺です。
前回の選挙で、開票途中の得票数が従事者のSNSから漏れたという他市の事例がありました。
投票の秘密と開票の公正を守るため、当社では次の対策を考えております。

・開票所内では私物スマートフォンを封筒に入れて保管（機密保持の観点からの誓約書も取得）
・開票速報は選管の発表前には一切外部に出さない旨を説明会で周知
・確定前の数字を記載したメモは回収してシュレッダー処理

市の服務規程との関係で問題がないか、ご確認いただけますでしょうか。
""" + SIG_ONODERA,
    entities=[], detectors=[],
    note="talks about 秘密 / 機密保持 in running text; no classification marking",
)

# 059 stop: English document stamped CONFIDENTIAL / INTERNAL ONLY, to a consultancy
add(
    id="election-059", expect="stop", charset="utf-8",
    sender=OKAFOR, to=["Priya Raman <priya.raman@esl-consulting.com>"],
    subject="Staffing cost model for municipal counts",
    body="""Priya,

As discussed, here is the summary of our staffing cost model. Happy to walk you through it.

==============================
CONFIDENTIAL — INTERNAL ONLY
Hinode Sangyo, Public Services Division
==============================

- Polling station: 5.2 staff on average, 13.5 h per day, blended cost JPY 2,020/h
- Counting centre: 1 counter per 3,400 ballots per hour; night premium from 22:00
- Margin floor for public tenders: 18 %; we bid 5 % under the last winning price

Please do not share outside your team.

Daniel
""" + SIG_OKAFOR,
    entities=[], detectors=["confidential_marking"],
    note="the body carries a CONFIDENTIAL — INTERNAL ONLY classification block, sent outside",
)

# 060 stop: legacy XLS of care-home residents for absentee voting, with medical remarks
_p = people(7, "asahigaoka", old=True)
_rem = ["", "代理投票希望（脳梗塞後遺症で右手麻痺）", "", "点字投票", "", "代理投票希望（パーキンソン病）", ""]
_rows = [["No", "氏名", "フリガナ", "生年月日", "住所", "備考"]] + [
    [i + 1, p["name"], p["kana"], wareki(p["dob"], 1), p["addr"], _rem[i]] for i, p in enumerate(_p)]
add(
    id="election-060", expect="stop", charset="cp932",
    sender=ONODERA, to=[ASAHI_SENKAN],
    subject="ことぶき館 不在者投票 請求名簿（施設作成分）",
    body="""朝日丘市選挙管理委員会事務局 御中

お世話になっております。日の出産業の小野寺です。
有料老人ホームことぶき館様から、不在者投票の請求名簿（Excel 97-2003形式）を預かりましたので
転送いたします。代理投票・点字投票の希望が備考欄にありますので、補助者の手配を当社で行います。
""" + SIG_ONODERA,
    attachments=[{"kind": "xls", "name": "ことぶき館_不在者投票請求名簿.xls", "sheets": {"名簿": _rows}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="legacy XLS of seven residents with DOB and address; remarks name illnesses and blindness",
)

# 061 pass: four staff members' mobiles as the on-site contacts (four people)
_p = people(4)
add(
    id="election-061", expect="pass", charset="iso-2022-jp",
    sender=MAKABE, to=[ASAHI_MORINAGA],
    subject="投票日当日の連絡体制",
    body="森永様\n\nお世話になっております。真壁です。\n投票日当日は、下記4名のエリアリーダー（登録スタッフ）が巡回します。\n"
         "各投票所で困りごとがあれば、エリアごとに直接ご連絡ください。\n\n" +
         padtable(["エリア", "リーダー", "携帯"],
                  [["北部（第1～第6）", _p[0]["name"], _p[0]["mobile"]], ["東部（第7～第12）", _p[1]["name"], _p[1]["mobile"]],
                   ["南部（第13～第18）", _p[2]["name"], _p[2]["mobile"]], ["西部（第19～第24）", _p[3]["name"], _p[3]["mobile"]]]) +
         "\n\n本部（真壁）は市役所別館2階に終日おります。\n" + SIG_MAKABE,
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four people's mobiles (under the five-record threshold): may warn, must go",
)

# 062 stop: look-alike of the partner aoba-unyu.co.jp (TLD .com), three drivers' mobiles
_p = people(3)
add(
    id="election-062", expect="stop", charset="iso-2022-jp",
    sender=MAKABE, to=["青葉運輸 配車センター <haisha@aoba-unyu.com>"],
    subject="投票箱回収ルートと乗務員の連絡先",
    body=f"""青葉運輸株式会社 配車センター 御中

お世話になっております。日の出パブリックサービスの真壁です。
投票日夜の投票箱回収（3ルート）の乗務員と連絡先を共有します。

　Aルート（第1～第8）　{_p[0]['name']}　{_p[0]['mobile']}
　Bルート（第9～第16）　{_p[1]['name']}　{_p[1]['mobile']}
　Cルート（第17～第24）{_p[2]['name']}　{_p[2]['mobile']}

20:00の投票終了後、各投票所で投票管理者から投票箱を受領し、開票所へ搬送します。
""" + SIG_MAKABE,
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
    note="aoba-unyu.com is a TLD swap of the partner aoba-unyu.co.jp",
)

# 063 pass: invoice with the company's T-number and its corporate bank account
add(
    id="election-063", expect="pass", charset="iso-2022-jp",
    sender=TAIRA, to=[ASAHI_KAIKEI],
    subject="請求書送付のご案内（INV-2410-0072）",
    body=f"""朝日丘市 会計課 御中

お世話になっております。日の出産業 経理部の平良です。
朝日丘市長選挙 選挙事務支援業務の請求書をお送りします（原本は郵送いたします）。

　請求書番号：INV-2410-0072
　件名：朝日丘市長選挙 投票所・開票所運営支援業務
　請求金額：12,684,300円（税込）
　お支払期限：11月29日
　振込先：みどり銀行 大宮支店 当座 0418827 ヒノデサンギヨウ（カ
　登録番号：T{HINODE_CORP_NO}

ご不明点がございましたらご連絡ください。
""" + SIG_TAIRA,
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice: company bank account and the company's T-number only",
)

# 064 stop: a named voter's visual disability and address, to the agency
_v = person("asahigaoka", old=True)
add(
    id="election-064", expect="stop", charset="iso-2022-jp",
    sender=MAKABE, to=[STAFFBRIDGE],
    subject="第9投票所 代理投票補助の件",
    body=f"""有村様

お世話になっております。真壁です。
第9投票所（宮前コミュニティ会館）に入っていただく派遣スタッフの方へ、事前にお伝えください。

選管から連絡があり、{_v['name']}様（{_v['addr']}）は視覚障害（身体障害者手帳1級）のため、
ご家族の付き添いで来所され、代理投票を希望されます。補助者2名のうち1名は選管職員、
1名は当社スタッフが務めます。受付で名乗られたら、すぐに投票管理者へ取り次いでください。
""" + SIG_MAKABE,
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named voter's disability (visual, grade 1) with address: 要配慮個人情報 of one person",
)

# 065 stop: DOCX building-pass list for 15 staff, to the gym's operator
_p = people(15)
_rows = [["No", "氏名", "フリガナ", "携帯電話", "車両ナンバー"]] + [
    [str(i + 1), p["name"], p["kana"], p["mobile"],
     R.choice(["", "", f"大宮 500 さ {R.randint(10, 99)}-{R.randint(10, 99)}", f"所沢 300 あ {R.randint(10, 99)}-{R.randint(10, 99)}"])]
    for i, p in enumerate(_p)]
add(
    id="election-065", expect="stop", charset="iso-2022-jp",
    sender=JONOUCHI, to=[SPORTS],
    subject="開票日 入館者名簿（日の出産業 手配分）",
    body="""朝日丘スポーツ振興事業団 総合体育館 御中

お世話になっております。日の出産業の城之内です。
開票日の入館証発行のため、当社手配スタッフの入館者名簿をお送りします。
駐車場を利用する者は車両ナンバーを記載しております。
""" + SIG_JONOUCHI,
    attachments=[{"kind": "docx", "name": "入館者名簿_開票日.docx",
                  "paragraphs": ["朝日丘市総合体育館 入館者名簿（開票日）", "申請者：日の出産業株式会社 公共サービス事業部"],
                  "tables": [_rows]}],
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="15 staff with private mobiles in a DOCX table for building passes",
)

# 066 pass: two organisations (caterer + city), lunch-box order by counts
add(
    id="election-066", expect="pass", charset="iso-2022-jp",
    sender=JONOUCHI, to=[KITAGUNI], cc=[ASAHI_MORINAGA],
    subject="開票所 夜食の発注（10/27）",
    body="""北国フーズ株式会社 法人ケータリング 御中
（cc：朝日丘市選管 森永様）

お世話になっております。日の出産業の城之内です。
開票所の夜食を下記のとおり発注いたします。

　お届け：10月27日（日）19:30　朝日丘市総合体育館 北側搬入口
　幕の内弁当　　　 85個
　おにぎりセット　 40個
　アレルギー対応（卵・乳不使用）　3個
　お茶（500ml）　130本

市職員分と当社スタッフ分の内訳は、請求書を分けてお願いいたします（市 70／当社 58）。
""" + SIG_JONOUCHI,
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations; an order with counts, no person named",
)

# 067 stop: a city plus two private persons (free mail) in To — three parties
_p = people(2, "asahigaoka", old=True)
add(
    id="election-067", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=[ASAHI_MORINAGA, f"{_p[0]['name']} 様 <{_p[0]['email']}>", f"{_p[1]['name']} 様 <{_p[1]['email']}>"],
    subject="第10投票区 投票立会人の事前打合せについて",
    body=f"""{_p[0]['name']} 様
{_p[1]['name']} 様
（朝日丘市選管 森永様）

日の出産業の小野寺です。このたびは投票立会人をお引き受けいただき、ありがとうございます。
事前打合せを下記のとおり行いたく、ご都合をお知らせください。

　候補日：10月20日（日）10:00／10月22日（火）18:30
　場所：宮前コミュニティ会館 会議室
　内容：当日の流れ、投票箱の空虚確認、閉鎖時の署名

よろしくお願いいたします。
""" + SIG_ONODERA,
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="the city and two private persons on free mail in To: three external parties see each other",
)

# 068 pass: reply with the agency's roster below an Outlook 差出人/送信日時 header
_p = people(6, "kawaguchi")
_q = "\n".join(f"{p['name']}\t{p['mobile']}\t{p['addr']}" for p in _p)
add(
    id="election-068", expect="pass", charset="iso-2022-jp",
    sender=ETO, to=[STAFFBRIDGE],
    subject="RE: 開票事務スタッフ 確定者リスト",
    body=f"""有村様

江藤です。確定者リスト、確かに受領しました。
6名とも開票事務の経験ありとのこと、心強いです。集合時刻は20:15でお伝えください。

{SIG_ETO}
差出人: 有村 聡 <arimura@staffbridge.co.jp>
送信日時: 2024年10月10日 17:48
宛先: 江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>
件名: 開票事務スタッフ 確定者リスト

日の出産業 江藤様

お世話になっております。スタッフブリッジの有村です。
開票事務スタッフの確定者は下記の6名です。

{_q}

よろしくお願いいたします。
""",
    entities=[], detectors=[],
    note="the six-person list is only in the quoted original from the recipient himself",
)

# 069 stop: the facility's mail forwarded as an attachment (.eml) with a CSV of residents
_p = people(8, "asahigaoka", old=True)
_inner = {
    "sender": "若葉の里 畑中 <hatanaka@wakabanosato.or.jp>",
    "to": [ONODERA], "subject": "不在者投票 希望者の名簿です",
    "charset": "iso-2022-jp",
    "body": "日の出産業 小野寺様\n\n若葉の里の畑中です。不在者投票を希望する入所者の名簿をお送りします。\nよろしくお願いします。\n",
    "attachments": [{"kind": "csv", "name": "希望者名簿.csv", "encoding": "cp932",
                     "rows": [["氏名", "ふりがな", "生年月日", "住民票住所", "居室"]] +
                             [[p["name"], p["kana"], wareki(p["dob"], 0), p["addr"], f"{R.randint(101, 320)}"] for p in _p]}],
}
add(
    id="election-069", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=[ASAHI_SENKAN],
    subject="転送：不在者投票 希望者の名簿（若葉の里）",
    body="""朝日丘市選挙管理委員会事務局 御中

日の出産業の小野寺です。
若葉の里様から届いたメールを、そのまま添付で転送いたします。
請求の受付をお願いいたします。
""" + SIG_ONODERA,
    attachments=[{"kind": "eml", "name": "不在者投票 希望者の名簿です.eml", "message": _inner}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="a forwarded mail attached as .eml carries a CSV of eight residents with DOB and address",
)

# 070 pass: PDF list of designated facilities for absentee voting (facilities)
add(
    id="election-070", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=[KITA_SENKAN],
    subject="不在者投票 指定施設の訪問予定表",
    body="""北宮市選挙管理委員会 御中

お世話になっております。小野寺です。
不在者投票指定施設の訪問予定表をPDFでお送りします。施設側とは日程調整済みです。
""" + SIG_ONODERA,
    attachments=[{"kind": "pdf", "name": "指定施設_訪問予定表.pdf",
                  "lines": ["北宮市 不在者投票指定施設 訪問予定表", ""],
                  "table": [["施設名", "所在地", "代表電話", "定員", "訪問日時"],
                            ["特別養護老人ホーム 宮下荘", "北宮市宮下882", "028-623-4411", "80", "10/21 10:00"],
                            ["介護老人保健施設 いずみの丘", "北宮市泉が丘2-14-6", "028-625-0099", "100", "10/21 14:00"],
                            ["北宮中央病院", "北宮市駅前通り4-3-20", "028-621-7700", "199床", "10/22 10:30"],
                            ["グループホーム わかまつ", "北宮市若松町3-8-1", "028-622-3828", "18", "10/22 15:00"],
                            ["有料老人ホーム 今泉の杜", "北宮市今泉5-1-2", "028-624-6060", "60", "10/23 10:00"]]}],
    entities=[], detectors=[],
    note="PDF table of facilities and their switchboards: businesses, not people",
)

# 071 stop: corrupt DOCX
add(
    id="election-071", expect="stop", charset="iso-2022-jp",
    sender=ETO, to=[WORKPAL],
    subject="就業条件明示書（ひな形）",
    body="""ワークパル 大宮支店 ご担当者様

江藤です。投票所スタッフ向けの就業条件明示書のひな形をお送りします。
貴社の書式と相違がないかご確認ください。
""" + SIG_ETO,
    attachments=[{"kind": "corrupt", "name": "就業条件明示書_ひな形.docx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the DOCX is corrupt and cannot be inspected",
)

# 072 stop: a named applicant's criminal record (election-law conviction), to the city
_w = person("asahigaoka")
add(
    id="election-072", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=[ASAHI_MORINAGA],
    subject="従事者応募者の件（ご相談）",
    body=f"""森永様

お世話になっております。小野寺です。内々にご相談させてください。

投票事務スタッフに応募された{_w['name']}さん（{_w['city']}在住、{wareki(_w['dob'], 0)}生）について、
面接の際にご本人から「4年前に公職選挙法違反（買収）で罰金刑を受け、公民権停止の期間が
まだ明けていない」との申告がありました。

当社としては採用を見送る方向ですが、公民権停止中の方が投票事務に従事することの可否について、
選管としてのお考えを伺えますでしょうか。
""" + SIG_ONODERA,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named applicant's criminal conviction: 要配慮個人情報 (criminal record) of one person",
)

# 073 pass: English mail to an overseas vendor with the English disclaimer
add(
    id="election-073", expect="pass", charset="utf-8",
    sender=OKAFOR, to=["Linnea Berg <linnea.berg@nordicballot.se>"],
    subject="Questions on the NB-7 ballot sorter specification",
    body="""Hello Linnea,

A few questions from our counting team on the NB-7 sorter, before we recommend it to the city:

1. Can the reader be configured for Japanese hand-written ballots (candidate names written
   in kanji / kana), or does it only sort pre-printed mark ballots?
2. What is the sustained throughput with folded ballots (Japanese ballots are folded once)?
3. Power supply: our venues provide 100 V / 15 A per outlet. Is a step-up transformer needed?
4. Is the audit log exportable as CSV?

Thanks in advance,
Daniel
""" + SIG_OKAFOR + DISC_EN,
    entities=[], detectors=[],
    note="technical questions in English; the closing disclaimer is boilerplate, not a marking",
)

# 074 stop: six temp staff with private e-mail and mobile, for system accounts at the partner
_p = people(6, young=True)
add(
    id="election-074", expect="stop", charset="utf-8",
    sender=KIRYU, to=[TSUBASA],
    subject="期日前投票システム 操作アカウント発行依頼（6名）",
    body="ツバサシステム サポート ご担当者様\n\n日の出産業 情報システム部の桐生です。\n"
         "期日前投票システムの操作アカウント（受付端末用）の発行をお願いします。\n"
         "初期パスワードの通知は本人の個人メールあて、二要素認証はSMSでお願いします。\n\n" +
         "\n".join(f"{i + 1}, {p['name']}, {p['email']}, {p['mobile']}" for i, p in enumerate(_p)) +
         "\n\n利用期間：10/14～10/26\n" + SIG_KIRYU,
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="comma-separated lines: six temp workers' private e-mail and mobile, to a partner",
)

# 075 pass: internal only (subdomain) — expense claim with a card number
_cc = next_card()
add(
    id="election-075", expect="pass", charset="iso-2022-jp",
    sender=JONOUCHI, to=["経理部 精算担当 <seisan@mail.hinode-sangyo.co.jp>"],
    subject="立替経費の精算（開票所 備品購入）",
    body=f"""精算担当 御中

城之内です。開票所の備品（養生テープ、延長コード等）を個人カードで立て替えたため、精算をお願いします。
明細照合用にカード番号を記載します。

　利用日：10/25　金額：38,720円（ホームセンター朝日丘店）
　カード番号：{_cc}

領収書は社内便で送付済みです。
""" + SIG_JONOUCHI,
    entities=["CREDIT_CARD"], detectors=[],
    note="the sender's own card number, but the only recipient is internal (mail. subdomain)",
)


# ======================================================================================
# 076–100
# ======================================================================================

# 076 stop: one worker's health-check result in running text, to the agency
_w = person("kawaguchi")
add(
    id="election-076", expect="stop", charset="iso-2022-jp",
    sender=ETO, to=[STAFFBRIDGE],
    subject="Re: 長時間勤務の可否について",
    body=f"""有村様

江藤です。ご確認ありがとうございます。
{_w['name']}さんの件、ご本人から見せていただいた今年の健康診断結果で、血圧が 178/112 で
「要精密検査（高血圧症の疑い）」、心電図にも所見ありとなっていました。

開票事務は深夜まで立ち作業が続くため、当社としては{_w['sei']}さんは投票所（日中）のみとし、
開票には別の方をお願いしたいと考えております。ご本人への伝え方はご相談させてください。
""" + SIG_ETO,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named worker's health-check results (blood pressure, ECG finding): 要配慮個人情報",
)

# 077 pass: one witness's postal address for a payment notice (one person)
_w = person("asahigaoka", old=True)
add(
    id="election-077", expect="pass", charset="iso-2022-jp",
    sender=TAIRA, to=[ASAHI_KAIKEI],
    subject="報酬支払通知書の送付先変更（1名）",
    body=f"""会計課 ご担当者様

平良です。第4投票区の投票立会人の方から、支払通知書の送付先を変更したいとのご連絡がありました。

　{_w['name']} 様
　変更後の送付先：〒{_w['zip']} {_w['addr']}

ご対応をお願いいたします。
""" + SIG_TAIRA,
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="one person's name and postal address: a single record, may warn",
)

# 078 stop: PPTX whose slides carry a 部外秘 footer
add(
    id="election-078", expect="stop", charset="iso-2022-jp",
    sender=JONOUCHI, to=[ASAHI_MORINAGA],
    subject="開票事務の体制図（当社案）",
    body="""森永様

城之内です。開票事務の体制図（当社案）をお送りします。
ご意見をいただければ、来週の打合せまでに修正いたします。
""" + SIG_JONOUCHI,
    attachments=[{"kind": "pptx", "name": "開票事務体制図_当社案.pptx", "page_footer": "部外秘　日の出産業 公共サービス事業部",
                  "slides": [["開票事務 体制図（案）", "統括：城之内", "開披班 4班（各5名）", "点検・計数班 3班", "疑問票補助 1班"],
                             ["人員コスト（社内試算）", "開票事務補助 30名 × 5.5h", "リーダー 3名 × 7h", "粗利見込 17.8％"]]}],
    entities=[], detectors=["confidential_marking"],
    note="the PPTX carries a 部外秘 footer on its slides; the mail text does not",
)

# 079 stop: look-alike of the partner midori-ginko.co.jp (co. dropped)
add(
    id="election-079", expect="stop", charset="iso-2022-jp",
    sender=TAIRA, to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.jp>"],
    subject="10月末 総合振込の予定件数について",
    body="""みどり銀行 法人営業部 御中

いつもお世話になっております。日の出産業 経理部の平良です。
10月末の総合振込（選挙事務アルバイト報酬）の予定をお知らせします。

　振込指定日：10月31日（木）
　予定件数：約240件
　予定総額：約9,800,000円

件数が多いため、前営業日の15時までにデータを送信いたします。
""" + SIG_TAIRA,
    entities=[], detectors=["lookalike_domain"],
    note="midori-ginko.jp drops the co. of the partner midori-ginko.co.jp",
)

# 080 pass: two organisations (city + printer), proof schedule
add(
    id="election-080", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=[WAKABA], cc=[NISHIKI],
    subject="入場整理券 校正の進め方",
    body="""若葉台市選挙管理委員会事務局 御中
（cc：錦印刷 佐伯様）

お世話になっております。日の出産業の小野寺です。
入場整理券の校正につき、進め方を下記のとおりご提案します。

1. 錦印刷様より、ダミーデータ（架空の氏名・住所）で組んだ校正紙をPDFで送付
2. 選管で文面・地図・投票所の記載を確認（2営業日）
3. 本データでの刷り出しは選管庁舎内で立会いのうえ確認

選挙人名簿のデータは、選管から錦印刷様へ直接、専用回線でお渡しいただく想定です。
""" + SIG_ONODERA,
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations; process description, no personal data",
)

# 081 stop: UTF-8 CSV of ten part-timers' addresses and bank accounts to an accounting firm
_p = people(10)
_rows = [["氏名", "住所", "金融機関", "支店", "口座番号", "支給額", "源泉税"]] + [
    [p["name"], p["addr"], p["bank"], p["branch"], p["acct"], (a := R.choice([46200, 53900, 38500, 61600])), int(a * 0.1021)]
    for p in _p]
add(
    id="election-081", expect="stop", charset="utf-8",
    sender=TAIRA, to=["星野会計事務所 <office@hoshino-kaikei.jp>"],
    subject="【源泉所得税】期日前投票所アルバイト支給明細",
    body="""星野会計事務所
星野先生

お世話になっております。日の出産業 経理部の平良です。
期日前投票所アルバイトの支給明細（10月分）をCSVでお送りします。
源泉徴収の税額区分（丙欄）の確認をお願いいたします。
""" + SIG_TAIRA,
    attachments=[{"kind": "csv", "name": "支給明細_期日前_10月.csv", "encoding": "utf-8", "rows": _rows}],
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="ten part-timers' home addresses and bank accounts in a UTF-8 CSV",
)

# 082 either: the city's election office, its board of education (subdomain) and the gym operator
add(
    id="election-082", expect="either", charset="iso-2022-jp",
    sender=MAKABE, to=[ASAHI_SENKAN, "朝日丘市教育委員会 施設課 <shisetsu@edu.city.asahigaoka.lg.jp>"],
    cc=[SPORTS],
    subject="学校体育館・総合体育館の使用時間の確認",
    body="""朝日丘市選挙管理委員会事務局 御中
朝日丘市教育委員会 施設課 御中
（cc：朝日丘スポーツ振興事業団 総合体育館 御中）

お世話になっております。日の出パブリックサービスの真壁です。
投票所（小中学校の体育館 9か所）と開票所（総合体育館）の使用時間を確認させてください。

・学校体育館：前日16:00～投票日当日22:00（部活動は前日15:30まで）
・総合体育館：前日13:00～翌日12:00（一般利用は前日12:00で終了）

鍵の受け渡し方法も含め、ご確認をお願いいたします。
""" + SIG_MAKABE,
    entities=[], detectors=["multiple_external_domains"],
    note="city election office, the same city's board of education on a subdomain, and a foundation: two or three parties",
)

# 083 stop: one temp worker's passport number for the city hall's entry check
_w = person("hachioji", young=True)
_pp = f"T{R.choice('KRSZ')}{R.randint(1000000, 9999999)}"
add(
    id="election-083", expect="stop", charset="iso-2022-jp",
    sender=ETO, to=["朝日丘市 庁舎管理係 <chosha@city.asahigaoka.lg.jp>"],
    subject="期日前投票所スタッフの入庁登録（本人確認書類）",
    body=f"""朝日丘市 庁舎管理係 御中

お世話になっております。日の出産業の江藤です。
期日前投票所のスタッフの入庁登録につき、運転免許証をお持ちでない方が1名おりますので、
旅券で本人確認をいたしました。

　氏名：{_w['name']}（{_w['romaji'].upper()}）
　生年月日：{_w['dob'].strftime('%Y年%m月%d日')}
　旅券番号：{_pp}
　有効期限：2031年3月14日

入庁証の発行をお願いいたします。
""" + SIG_ETO,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="a named person's passport number and DOB: identity document number to an external office",
)

# 084 pass: internal only — list of workers' health considerations
_p = people(6)
_cond = ["糖尿病（インスリン使用、休憩時に補食）", "腰椎ヘルニア（長時間の立ち作業不可）", "妊娠5か月",
         "聴覚障害（左耳、筆談併用）", "うつ病で通院中（深夜勤務不可）", "喘息（粉塵の多い倉庫作業不可）"]
add(
    id="election-084", expect="pass", charset="utf-8",
    sender=ETO, to=["選挙事務支援G リーダー <senkyo-leaders@hinode-sangyo.co.jp>"],
    subject="【社内限】従事者の配慮事項一覧（配置検討用）",
    body="リーダー各位\n\n江藤です。配置を検討する際の配慮事項です。ご本人の同意を得て、社内のリーダーにだけ共有します。\n"
         "市や派遣元には出さないでください。\n\n" +
         padtable(["氏名", "配慮事項", "配置の目安"],
                  [[p["name"], _cond[i], R.choice(["受付（座り）", "日中のみ", "交付", "案内係は避ける"])] for i, p in enumerate(_p)]) +
         "\n\n" + SIG_ETO,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="six workers' medical conditions, but sent only to an internal group",
)

# 085 stop: bullets without names — DOB, mobile, address per record
_p = people(6, "kawaguchi")
add(
    id="election-085", expect="stop", charset="iso-2022-jp",
    sender=MAKABE, to=[TOWA],
    subject="登録情報の照合（名前は伏せています）",
    body="東和ヒューマンサービス 派遣事業部 御中\n\nお世話になっております。真壁です。\n"
         "当社の緊急連絡網と貴社の登録情報を照合したいので、下記の内容に相違がないか確認してください。\n"
         "（お名前は伏せ、貴社のスタッフ番号で記載しています）\n\n" +
         "\n".join(f"・No.{R.randint(3000, 3999)}　{wareki(p['dob'], 1)}生　{p['mobile']}　{p['addr']}" for p in _p) +
         "\n\nよろしくお願いします。\n" + SIG_MAKABE,
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="six records without names (staff numbers) still carry DOB, mobile and address",
)

# 086 pass: two witness candidates with phone numbers (two people)
_p = people(2, "minamiura", old=True)
add(
    id="election-086", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=[MINAMI],
    subject="白浜投票区 立会人の補充（2名）",
    body=f"""南浦町総務課 選挙係 御中

小野寺です。白浜投票区で辞退が出た立会人の補充として、区長さんから2名のご推薦がありました。

　{_p[0]['name']}さん　TEL {_p[0]['tel']}
　{_p[1]['name']}さん　TEL {_p[1]['tel']}

選挙人名簿の登録確認ができましたら、当社から就任のお願いに伺います。
""" + SIG_ONODERA,
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two people's names and phone numbers: under the list threshold",
)

# 087 stop: three municipalities in To/Cc
add(
    id="election-087", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=[KITA_SENKAN], cc=[ASAHI_SENKAN, MINAMI],
    subject="受託自治体 合同研修会（期日前投票システム）のご案内",
    body="""北宮市選挙管理委員会 御中
（cc：朝日丘市選挙管理委員会事務局、南浦町総務課選挙係）

お世話になっております。日の出産業の小野寺です。
当社が選挙事務を受託している自治体の皆さまを対象に、合同研修会を開催いたします。

　日時：11月6日（水）13:30～16:30
　会場：日の出産業 大宮本社 5階 研修室
　内容：期日前投票システムの操作、二重投票防止の運用、障害時の手順

各自治体2名様までご参加いただけます。10月30日までにご返信ください。
""" + SIG_ONODERA,
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three municipalities' election offices openly in To/Cc: should have been Bcc",
)

# 088 pass: HTML-only table of hotels (businesses) to a travel agency
add(
    id="election-088", expect="pass", charset="utf-8",
    sender=JONOUCHI, to=["たびのわ 法人営業 <corporate@tabinowa.co.jp>"],
    subject="開票所周辺の宿泊施設 候補",
    html="""<html><body>
<p>株式会社たびのわ 法人営業 ご担当者様</p>
<p>お世話になっております。日の出産業の城之内です。<br>
若葉台市の開票所（総合体育館）周辺で、深夜チェックイン可の宿泊施設を探しています。
下記の候補について空室と料金をご確認いただけますでしょうか。</p>
<table border="1" cellpadding="3">
<tr><th>施設名</th><th>所在地</th><th>代表電話</th><th>体育館まで</th></tr>
<tr><td>ホテル若葉台ステーション</td><td>神奈川県若葉台市若葉台1-1-8</td><td>045-921-1100</td><td>徒歩12分</td></tr>
<tr><td>ビジネスイン中山</td><td>神奈川県若葉台市中山町1-20-3</td><td>045-932-8800</td><td>徒歩5分</td></tr>
<tr><td>さくらホテル横浜西</td><td>神奈川県横浜市旭区鶴ケ峰2-9-1</td><td>045-951-3900</td><td>車15分</td></tr>
<tr><td>東希望が丘イン</td><td>神奈川県若葉台市東希望が丘3-4-4</td><td>045-939-1212</td><td>車8分</td></tr>
</table>
<p>必要数：シングル8室（1泊）、11月24日チェックイン（翌1:30頃）</p>
<p>--<br>日の出産業株式会社 公共サービス事業部 城之内 健<br>TEL 048-645-2217</p>
</body></html>""",
    entities=[], detectors=[],
    note="HTML-only mail whose table lists hotels and their switchboards: businesses, not people",
)

# 089 stop: look-alike of the partner sakura-hotel.jp (digit 1 for letter l)
add(
    id="election-089", expect="stop", charset="iso-2022-jp",
    sender=JONOUCHI, to=["さくらホテル大宮 予約課 <reserve@sakura-hote1.jp>"],
    subject="団体予約（法人契約 HS-2207）の宿泊者確定",
    body="""さくらホテル大宮 予約課 御中

日の出産業の城之内です。先日お願いした開票日の団体予約につき、宿泊者が確定しました。
宿泊者名簿は当日フロントで提出いたします。チェックインは深夜1:30頃の見込みです。

　シングル 6室／ツイン 1室（計8名）
　法人契約番号：HS-2207
""" + SIG_JONOUCHI,
    entities=[], detectors=["lookalike_domain"],
    note="sakura-hote1.jp replaces the l of the partner sakura-hotel.jp with the digit 1",
)

# 090 pass: reply to the facility; its residents list is only in > quotes
_p = people(5, "asahigaoka", old=True)
_q = "\n".join(f"> {p['name']}様　{wareki(p['dob'], 0)}生　{R.randint(101, 330)}号室" for p in _p)
add(
    id="election-090", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=[WAKABANOSATO],
    subject="Re: 不在者投票の追加希望者",
    body=f"""畑中様

日の出産業の小野寺です。ご連絡ありがとうございます。
追加の5名様分、選管への請求手続きを当社で行います。投票用紙は当日持参いたします。

{SIG_ONODERA}
> 日の出産業 小野寺様
>
> 若葉の里の畑中です。不在者投票を追加で希望される方がいらっしゃいます。
{_q}
> よろしくお願いします。
""",
    entities=[], detectors=[],
    note="the five residents appear only in the quoted mail from the facility itself",
)

# 091 stop: PDF whose page footer says Confidential
add(
    id="election-091", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=[WAKABA],
    subject="価格提案書（改訂版）の送付",
    body="""若葉台市選挙管理委員会事務局 御中

お世話になっております。日の出産業の小野寺です。
ご指摘を反映した価格提案書（改訂版）をお送りします。ご査収ください。
""" + SIG_ONODERA,
    attachments=[{"kind": "pdf", "name": "価格提案書_改訂版.pdf", "page_footer": "Confidential - Hinode Sangyo",
                  "lines": ["若葉台市 選挙事務支援業務 価格提案書（改訂版）", "",
                            "総額（税抜）：17,950,000円", "内訳：投票所 9,820,000円 / 期日前 4,310,000円 / 開票 3,820,000円",
                            "原価率（社内）：82.1％"]}],
    entities=[], detectors=["confidential_marking"],
    note="the PDF's page footer classifies it Confidential; the mail text does not",
)

# 092 pass: flyer for recruiting poll workers to the social welfare council
add(
    id="election-092", expect="pass", charset="iso-2022-jp",
    sender=ETO, to=["朝日丘市社会福祉協議会 ボランティアセンター <vc@asahigaoka-shakyo.or.jp>"],
    subject="投票事務スタッフ募集チラシの配架のお願い",
    body="""朝日丘市社会福祉協議会 ボランティアセンター 御中

お世話になっております。日の出パブリックサービスの江藤です。
朝日丘市長選挙の投票事務スタッフ（シニア歓迎）の募集チラシを作成しました。
センター窓口への配架をお願いできますでしょうか。PDFを添付します。
""" + SIG_ETO,
    attachments=[{"kind": "pdf", "name": "募集チラシ_投票事務スタッフ.pdf",
                  "lines": ["投票事務スタッフ募集！（朝日丘市長選挙）", "シニア・主婦（夫）・学生 歓迎",
                            "期日前：10/14～10/26（週2日～）時給1,150円", "投票日当日：6:30～20:30 日給14,000円",
                            "お問い合わせ：日の出パブリックサービス 048-645-2215（平日9-17時）"]}],
    entities=[], detectors=[],
    note="recruitment flyer with only the company's own contact",
)

# 093 pass: job requirements (DOCX) to the agency
add(
    id="election-093", expect="pass", charset="iso-2022-jp",
    sender=ETO, to=[STAFFBRIDGE],
    subject="北宮市議選 投票所スタッフ 募集要項",
    body="""有村様

江藤です。北宮市議選の投票所スタッフの募集要項をお送りします。
前回からの変更点は、時給と交通費の上限です。
""" + SIG_ETO,
    attachments=[{"kind": "docx", "name": "募集要項_北宮市議選.docx",
                  "paragraphs": ["北宮市議会議員一般選挙 投票所スタッフ 募集要項",
                                 "勤務日：11月17日（日）6:30～20:30（休憩60分）",
                                 "業務：受付、名簿対照、投票用紙の交付、場内案内",
                                 "報酬：日給15,200円、交通費上限1,000円",
                                 "条件：北宮市内または近隣在住、特定の政党・候補者の活動をしていない方",
                                 "人数：36名（うちリーダー6名）"]}],
    entities=[], detectors=[],
    note="job requirements document without personal data",
)

# 094 stop: plain ZIP with an XLSX roster and a DOCX contact sheet
_p = people(9, "wakabadai")
add(
    id="election-094", expect="stop", charset="iso-2022-jp",
    sender=MAKABE, to=[WAKABA],
    subject="投票所別 従事者名簿一式（ZIP）",
    body="""若葉台市選挙管理委員会事務局 御中

お世話になっております。日の出パブリックサービスの真壁です。
投票所別の従事者名簿一式をZIPにまとめて送付いたします（名簿.xlsx、緊急連絡票.docx）。
""" + SIG_MAKABE,
    attachments=[{"kind": "zip", "name": "従事者名簿一式_若葉台市.zip", "files": [
        {"kind": "xlsx", "name": "名簿.xlsx", "sheets": {
            "第1～第3": [["投票所", "氏名", "生年月日", "住所"]] +
                         [[f"第{i // 3 + 1}", p["name"], p["dob"].strftime("%Y/%m/%d"), p["addr"]] for i, p in enumerate(_p)]}},
        {"kind": "docx", "name": "緊急連絡票.docx", "paragraphs": ["緊急連絡票"],
         "tables": [[["氏名", "携帯"]] + [[p["name"], p["mobile"]] for p in _p]]}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="unencrypted ZIP holding an XLSX roster and a DOCX contact sheet of nine workers",
)

# 095 pass: English itinerary with two visitors' names only
add(
    id="election-095", expect="pass", charset="utf-8",
    sender=OKAFOR, to=["Priya Raman <priya.raman@esl-consulting.com>"],
    subject="Itinerary for your visit to Kitamiya (Nov 16-18)",
    body="""Dear Priya,

Here is the itinerary for you and Mr. Arjun Mehta:

  Nov 16 (Sat)  Arrival; we pick you up at Kitamiya station at 15:10
  Nov 17 (Sun)  Polling station visits (3 stations), 9:00-16:00; counting centre from 20:30
  Nov 18 (Mon)  Debrief with the election commission, 10:00; departure 14:00

Hotel: Hotel Kitamiya Ekimae (switchboard +81-28-622-0101), two single rooms, paid by us.

Best regards,
""" + SIG_OKAFOR,
    entities=[], detectors=[],
    note="English itinerary naming two visitors without any of their personal data",
)

# 096 either: one named person in hospital, for absentee voting at the hospital
_w = person("kitamiya", old=True)
add(
    id="election-096", expect="either", charset="iso-2022-jp",
    sender=ONODERA, to=[KITA_ASAKURA],
    subject="不在者投票（北宮中央病院）追加1名",
    body=f"""浅倉様

小野寺です。北宮中央病院の不在者投票について、病院の事務から追加の連絡がありました。
{_w['name']}様（{wareki(_w['dob'], 0)}生）が10月18日から入院されており、病院での不在者投票を希望されています。
請求書は病院経由で本日中に提出されるそうです。
""" + SIG_ONODERA,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="hospitalisation of a named person without a diagnosis: arguably health information, arguably not",
)

# 097 stop: one injured worker's health insurance card number, to the agency
_w = person("funabashi")
add(
    id="election-097", expect="stop", charset="iso-2022-jp",
    sender=ETO, to=[TOWA],
    subject="開票所設営中のけがについて（報告）",
    body=f"""東和ヒューマンサービス 派遣事業部 御中

日の出産業の江藤です。ご報告です。
本日の開票所設営中、ご派遣いただいた{_w['name']}さんが開披台の搬入時に左手指を挟み、
近くの整形外科を受診されました（左手第4指の骨折、全治3週間の見込み）。

受診の際、労災の扱いが決まるまでご本人の保険証で受付をしたとのことで、
病院から控えをいただいています。
　健康保険証　記号 {R.randint(10, 99)}{R.randint(100, 999)}　番号 {R.randint(1, 999)}
　保険者番号 {R.choice(['06', '01'])}{R.randint(100000, 999999)}

派遣元として労災の手続きをお願いできますでしょうか。現場の状況報告書は明日お送りします。
""" + SIG_ETO,
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named worker's injury and health insurance card number to the agency",
)

# 098 pass: counting-night timeline to the city, with the Japanese disclaimer
add(
    id="election-098", expect="pass", charset="iso-2022-jp",
    sender=JONOUCHI, to=[KITA_SENKAN],
    subject="開票当日のタイムライン（最終版）",
    body="""北宮市選挙管理委員会 御中

お世話になっております。日の出産業の城之内です。
開票当日のタイムライン（最終版）です。

　19:30　当社スタッフ集合・点呼（北宮市総合体育館 サブアリーナ）
　20:00　投票終了、各投票所から投票箱の搬送開始
　20:45　開票開始（開披・仕分け）
　22:30　第1回 開票速報（選管発表）
　24:00　確定見込み、撤去開始
　 1:30　撤去完了・解散

変更があれば前日までにご連絡ください。
""" + SIG_JONOUCHI + DISC_JA,
    entities=[], detectors=[],
    note="schedule with the standard Japanese disclaimer at the end (not a marking)",
)

# 099 stop: XLSX roster sent openly to two cities and an agency — list and three parties
_p = people(7)
add(
    id="election-099", expect="stop", charset="iso-2022-jp",
    sender=ETO, to=[ASAHI_MORINAGA, KITA_ASAKURA], cc=[WORKPAL],
    subject="両市兼務スタッフの名簿（期日前投票所）",
    body="""朝日丘市選管 森永様
北宮市選管 浅倉様
（cc：ワークパル 大宮支店様）

日の出産業の江藤です。両市の期日前投票所を兼務するスタッフ7名の名簿を添付します。
勤務日が重ならないよう調整済みです。
""" + SIG_ETO,
    attachments=[{"kind": "xlsx", "name": "兼務スタッフ名簿.xlsx", "sheets": {
        "名簿": [["兼務スタッフ名簿（朝日丘市・北宮市）"], ["氏名", "フリガナ", "携帯", "住所", "朝日丘", "北宮"]] +
                [[p["name"], p["kana"], p["mobile"], p["addr"], R.choice(["月水", "火木", "土"]), R.choice(["金", "日", "水"])] for p in _p]}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data", "external_recipients_visible", "multiple_external_domains"],
    note="seven workers' mobiles and addresses, sent openly to two cities and an agency (three parties)",
)

# 100 pass: CSV of staff counts per polling station
add(
    id="election-100", expect="pass", charset="iso-2022-jp",
    sender=MAKABE, to=[KITA_ASAKURA],
    subject="投票所別 必要人員の集計",
    body="""浅倉様

真壁です。投票所別の必要人員の集計をCSVでお送りします。
選挙人数の多い第1・第7投票区は、受付を1名ずつ増やしています。
""" + SIG_MAKABE,
    attachments=[{"kind": "csv", "name": "投票所別_必要人員.csv", "encoding": "cp932", "rows": [
        ["投票区", "施設", "選挙人数", "受付", "交付", "誘導", "計"],
        ["第1", "北宮小学校 体育館", 4812, 3, 2, 1, 6], ["第2", "若松町自治会館", 2240, 2, 1, 1, 4],
        ["第3", "宮下中学校 多目的室", 3377, 2, 2, 1, 5], ["第4", "今泉地区市民センター", 2905, 2, 2, 1, 5],
        ["第5", "泉が丘コミュニティセンター", 3110, 2, 2, 1, 5], ["第6", "西原公民館", 1486, 1, 1, 1, 3],
        ["第7", "市役所1階 市民ホール", 5230, 3, 2, 2, 7]]}],
    entities=[], detectors=[],
    note="counts of staff per polling station; no people",
)
