"""Blind evaluation corpus — area ``jichitai``: 日の出産業 as a contractor of municipalities.

日の出産業 (hinode-sangyo.co.jp) runs outsourced work for city and town offices: benefit
payment offices (給付金事務センター), the processing of residents' applications (児童手当,
介護保険認定, マイナンバーカード交付予約, 国保・年金の窓口, ふるさと納税), a call line for
residents, and the hand-over of data between the city office (….lg.jp), the company and its
subcontractors (printing, data entry, call centre, transport, bank, meal delivery, care
assessors).  The mail below is what such a contractor's staff send: to the cities, to the
subcontractors, to residents and among themselves.  Every organisation, person, number and
address in it is invented (the cities 北浜市・東雲市・若葉町・白鷺市 and every resident
included); My Numbers and card numbers come from build.py's helpers.  The file was written
blind, from BRIEF.md, build.py and SPEC.md alone, without reading mailguard's code.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 42001
_R = random.Random(SEED)

# My Numbers and card numbers: only from the helpers, k = 0, 1, 2, ...
MN = [my_number(SEED + k) for k in range(16)]
CARD = [card_number(SEED + k) for k in range(4)]


def mn4(n: str) -> str:
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def cc4(n: str) -> str:
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


_ZEN_BASE = str.maketrans("0123456789()/.:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                          "０１２３４５６７８９（）／．：ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def zen(s: str, dash: str = "－") -> str:
    """Full-width digits (dash: '－' for CP932/UTF-8 mail, '−' for ISO-2022-JP mail)."""
    return s.translate(_ZEN_BASE).replace("-", dash)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, e, a = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, e, a = "平成", "H", y - 1988
    elif (y, m, d) >= (1926, 12, 25):
        era, e, a = "昭和", "S", y - 1925
    else:
        era, e, a = "大正", "T", y - 1911
    if style == "kanji":
        return f"{era}{a}年{m}月{d}日"
    if style == "zen":
        return zen(f"{era}{a}年{m}月{d}日")
    if style == "abbr":
        return f"{e}{a}.{m}.{d}"
    if style == "zabbr":
        return zen(f"{e}{a}.{m}.{d}")
    raise ValueError(style)


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, n: int, fill: str = " ") -> str:
    if fill == "\u3000":
        return s + "\u3000" * max(0, (n - dw(s)) // 2) + " " * ((n - dw(s)) % 2 if n > dw(s) else 0)
    return s + fill * max(1, n - dw(s))


def corp_no(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    total = 0
    for n in range(1, 13):
        total += int(base12[12 - n]) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP = corp_no("010401087654")

# ---------------------------------------------------------------- people (all invented)
SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤井", "フジイ", "Fujii"), ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("松田", "マツダ", "Matsuda"), ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"),
    ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"),
    ("中野", "ナカノ", "Nakano"), ("安藤", "アンドウ", "Ando"), ("杉山", "スギヤマ", "Sugiyama"),
    ("千葉", "チバ", "Chiba"), ("菊地", "キクチ", "Kikuchi"), ("平野", "ヒラノ", "Hirano"),
    ("東海林", "ショウジ", "Shoji"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("四十物", "アイモノ", "Aimono"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("百目鬼", "ドウメキ", "Domeki"), ("薬袋", "ミナイ", "Minai"), ("九十九", "ツクモ", "Tsukumo"),
    ("御手洗", "ミタライ", "Mitarai"), ("五月女", "ソウトメ", "Sotome"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("嘉数", "カカズ", "Kakazu"), ("比嘉", "ヒガ", "Higa"),
    ("阿久津", "アクツ", "Akutsu"), ("樋渡", "ヒワタシ", "Hiwatashi"), ("鬼頭", "キトウ", "Kito"),
    ("雲母", "キララ", "Kirara"), ("生明", "アザミ", "Azami"), ("栗花落", "ツユリ", "Tsuyuri"),
]
MEI = [
    ("翔太", "ショウタ", "Shota"), ("美咲", "ミサキ", "Misaki"), ("健一", "ケンイチ", "Kenichi"),
    ("由美子", "ユミコ", "Yumiko"), ("大輔", "ダイスケ", "Daisuke"), ("陽菜", "ヒナ", "Hina"),
    ("誠", "マコト", "Makoto"), ("恵子", "ケイコ", "Keiko"), ("拓也", "タクヤ", "Takuya"),
    ("さくら", "サクラ", "Sakura"), ("正男", "マサオ", "Masao"), ("和子", "カズコ", "Kazuko"),
    ("隆", "タカシ", "Takashi"), ("千尋", "チヒロ", "Chihiro"), ("智子", "トモコ", "Tomoko"),
    ("悠斗", "ユウト", "Yuto"), ("結衣", "ユイ", "Yui"), ("茂", "シゲル", "Shigeru"),
    ("トメ", "トメ", "Tome"), ("修", "オサム", "Osamu"), ("絢子", "アヤコ", "Ayako"),
    ("蓮", "レン", "Ren"), ("葵", "アオイ", "Aoi"), ("幸子", "サチコ", "Sachiko"),
    ("博之", "ヒロユキ", "Hiroyuki"), ("奈々", "ナナ", "Nana"), ("清", "キヨシ", "Kiyoshi"),
    ("美穂", "ミホ", "Miho"), ("浩二", "コウジ", "Koji"), ("久美子", "クミコ", "Kumiko"),
    ("一郎", "イチロウ", "Ichiro"), ("静香", "シズカ", "Shizuka"), ("大和", "ヤマト", "Yamato"),
    ("芳江", "ヨシエ", "Yoshie"), ("勝", "マサル", "Masaru"), ("琴音", "コトネ", "Kotone"),
    ("敏夫", "トシオ", "Toshio"), ("真由美", "マユミ", "Mayumi"), ("ハツ", "ハツ", "Hatsu"),
    ("航", "ワタル", "Wataru"), ("凛", "リン", "Rin"), ("喜代子", "キヨコ", "Kiyoko"),
]
CITIES = {
    "kitahama": dict(pref="千葉県", city="北浜市", zip3="299", tel="0436",
                     towns=["中央", "港町", "汐見台", "松ケ丘", "北原", "浜田", "緑町", "旭ケ丘",
                            "磯辺", "若潮"]),
    "shinonome": dict(pref="神奈川県", city="東雲市", zip3="253", tel="0467",
                      towns=["本町", "東雲台", "柳島", "菱沼", "南湖", "浜見平", "円蔵", "赤羽根"]),
    "wakaba": dict(pref="埼玉県", city="入間郡若葉町", zip3="350", tel="049",
                   towns=["大字鶴舞", "大字藤金", "大字上新田", "みずほ台", "大字坂戸", "若葉台"]),
    "shirasagi": dict(pref="兵庫県", city="白鷺市", zip3="670", tel="079",
                      towns=["本町", "西二階町", "飾磨区清水", "野里", "御立中", "青山北"]),
}
ELSEWHERE = [("東京都", "世田谷区", "156", "03"), ("大阪府", "豊中市", "560", "06"),
             ("愛知県", "名古屋市昭和区", "466", "052"), ("福岡県", "福岡市早良区", "814", "092"),
             ("北海道", "札幌市白石区", "003", "011"), ("宮城県", "仙台市青葉区", "980", "022"),
             ("広島県", "広島市安佐南区", "731", "082"), ("東京都", "練馬区", "176", "03"),
             ("神奈川県", "横浜市港北区", "222", "045"), ("京都府", "京都市左京区", "606", "075")]
OTHER_TOWNS = ["桜丘", "緑が丘", "本町", "宮前", "東町", "若松", "高砂", "旭町", "栄町", "清水"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]
BANKS = [("みどり銀行", "0173", ["港町", "北浜駅前", "中央", "東雲", "若葉台"]),
         ("北浜信用金庫", "1288", ["本店営業部", "汐見台", "旭ケ丘"]),
         ("湘南なぎさ銀行", "0592", ["東雲", "柳島", "本町"]),
         ("ゆうちょ銀行", "9900", ["〇一八", "〇二八", "四〇八"])]

_used_names: set[str] = set()


def person(where: str = "kitahama", age: tuple[int, int] = (22, 88)) -> dict:
    while True:
        s, m = _R.choice(SEI), _R.choice(MEI)
        if s[0] + m[0] not in _used_names:
            _used_names.add(s[0] + m[0])
            break
    y = 2026 - _R.randint(*age)
    mo, d = _R.randint(1, 12), _R.randint(1, 28)
    if where in CITIES:
        c = CITIES[where]
        pref, city, zip3, tel = c["pref"], c["city"], c["zip3"], c["tel"]
        town = _R.choice(c["towns"])
    else:
        pref, city, zip3, tel = _R.choice(ELSEWHERE)
        town = _R.choice(OTHER_TOWNS)
    if town.startswith("大字"):
        banchi = f"{_R.randint(1, 2400)}番地{_R.randint(1, 30)}"
    elif _R.random() < 0.5:
        banchi = f"{_R.randint(1, 5)}丁目{_R.randint(1, 30)}番{_R.randint(1, 25)}号"
    else:
        banchi = f"{_R.randint(1, 6)}-{_R.randint(1, 30)}-{_R.randint(1, 25)}"
    bld = _R.choice(["", "", "", f" コーポ{town[-2:]}{_R.randint(1, 3)}0{_R.randint(1, 8)}",
                     f" ハイツ{_R.choice(['さくら', 'みどり', 'エスポワール', '潮風'])}{_R.randint(1, 2)}0{_R.randint(1, 6)}号室"])
    bank = _R.choice(BANKS)
    return dict(
        sei=s[0], mei=m[0], name=f"{s[0]} {m[0]}", name_nosp=f"{s[0]}{m[0]}",
        kana=f"{s[1]} {m[1]}", romaji=f"{m[2]} {s[2].upper()}", rsei=s[2], rmei=m[2],
        dob=(y, mo, d), age=2026 - y - (1 if (mo, d) > (10, 1) else 0),
        dob_iso=f"{y}/{mo:02d}/{d:02d}",
        mobile=f"{_R.choice(['090', '080', '070'])}-{_R.randint(1000, 9999)}-{_R.randint(1000, 9999)}",
        tel=f"{tel}-{_R.randint(20, 98)}-{_R.randint(1000, 9999)}",
        zip=f"{zip3}-{_R.randint(0, 9999):04d}",
        addr=f"{pref}{city}{town}{banchi}{bld}", addr_short=f"{town}{banchi}{bld}",
        email=f"{m[2].lower()}.{s[2].lower()}{_R.randint(1, 99)}@{_R.choice(FREEMAIL)}",
        bank=bank[0], bank_code=bank[1], branch=_R.choice(bank[2]),
        acct=f"{_R.randint(1000000, 9999999)}", acct_type=_R.choice(["普通", "普通", "普通", "当座"]),
    )


def people(n: int, where: str = "kitahama", age: tuple[int, int] = (22, 88)) -> list[dict]:
    return [person(where, age) for _ in range(n)]


def phone(p: dict) -> str:
    return p["mobile"] if _R.random() < 0.6 else p["tel"]


# ---------------------------------------------------------------- our staff, signatures
HQ = "〒105-0014 東京都港区芝二丁目5番10号 日の出ビル"
YAMAGISHI = "山岸 健太郎 <k-yamagishi@hinode-sangyo.co.jp>"
KOMIYAMA = "小宮山 沙織 <s-komiyama@hinode-sangyo.co.jp>"
OSHIRO = "大城 拓海 <t-oshiro@hinode-sangyo.co.jp>"
IMAIZUMI = "今泉 里奈 <r-imaizumi@hinode-sangyo.co.jp>"
KADOWAKI = "門脇 誠司 <s-kadowaki@hinode-sangyo.co.jp>"
TODO = "藤堂 亜希 <a-todo@hinode-sangyo.co.jp>"
KATAGIRI = "片桐 悠 <y-katagiri@hinode-sangyo.co.jp>"
YANAGIDA = "柳田 雅美 <m-yanagida@hinode-sangyo.co.jp>"
AKIZUKI = "秋月 慎吾 <s-akizuki@hinode-sangyo.co.jp>"
NONOMURA = "野々村 千夏 <c-nonomura@hinode-sangyo.co.jp>"
IJUIN = "Wataru Ijuin <w-ijuin@hinode-sangyo.co.jp>"
KUBODERA = "久保寺 萌 <m-kubodera@hinode-sangyo.co.jp>"
KIRA = "吉良 直子 <n-kira@hinode-sangyo.co.jp>"
SHIINA = "椎名 航平 <k-shiina@hinode-sangyo.co.jp>"

SIG_YAMAGISHI = """
--
日の出産業株式会社 公共サービス事業部
北浜市生活応援給付金 事務センター センター長
山岸 健太郎（やまぎし けんたろう）
〒299-0101 千葉県北浜市中央一丁目8番3号 北浜第一ビル4F
TEL 0436-20-5571 ／ FAX 0436-20-5572
k-yamagishi@hinode-sangyo.co.jp
"""
SIG_KOMIYAMA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
北浜市生活応援給付金 事務センター 審査チーム
小宮山 沙織
TEL：0436-20-5573（直通）
Mail：s-komiyama@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""
SIG_OSHIRO = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 コンタクトセンター運営部
北浜市民コールセンター SV　大城 拓海
〒299-0101 千葉県北浜市中央1-8-3 北浜第一ビル3F
TEL：0436-20-5580　内線：312
━━━━━━━━━━━━━━━━━━━━
"""
SIG_IMAIZUMI = """
------------------------------------------
日の出産業株式会社 公共サービス事業部
東雲市窓口業務チーム　今泉 里奈
（東雲市役所 本庁舎1階 市民課内 受託事務室）
TEL 0467-81-2290 ／ r-imaizumi@hinode-sangyo.co.jp
------------------------------------------
"""
SIG_KADOWAKI = f"""
--------------------------------
日の出産業株式会社
情報セキュリティ推進室 室長
門脇 誠司
{HQ} 9F
TEL 03-5442-7801 ／ s-kadowaki@hinode-sangyo.co.jp
--------------------------------
"""
SIG_TODO = f"""
==============================
日の出産業株式会社 経理部 債権管理課
藤堂 亜希（とうどう あき）
{HQ} 6F
TEL：03-5442-7820　FAX：03-5442-7829
==============================
"""
SIG_KATAGIRI = f"""
─────────────────────
日の出産業株式会社
営業本部 公共営業課 課長代理
片桐 悠（かたぎり ゆう）
{HQ} 7F
TEL：03-5442-7833／携帯：090-6612-4038
E-mail：y-katagiri@hinode-sangyo.co.jp
─────────────────────
"""
SIG_YANAGIDA = """
*************************************
日の出産業株式会社
若葉町子育て支援業務 受託事務所
柳田 雅美
埼玉県入間郡若葉町大字鶴舞1180番地 若葉町役場 西庁舎2F
TEL 049-280-3315
*************************************
"""
SIG_AKIZUKI = """
--
日の出産業株式会社
白鷺市ふるさと納税 事務局（受託）
秋月 慎吾 <s-akizuki@hinode-sangyo.co.jp>
TEL 079-240-1188（平日9:00〜17:30）
"""
SIG_NONOMURA = f"""
------------------------------
日の出産業株式会社 総務部 法務・契約グループ
野々村 千夏
{HQ} 5F
TEL 03-5442-7805
------------------------------
"""
SIG_IJUIN = f"""
--
伊集院 航 / Wataru Ijuin
日の出産業株式会社 公共システム運用課
Hinode Sangyo Co., Ltd. Public Systems Operations
{HQ} 8F / +81-3-5442-7850
"""
SIG_KUBODERA = """
―――――――――――――――――――
日の出産業株式会社
北浜市 高齢者福祉・介護認定事務センター
久保寺 萌（くぼでら もえ）
TEL 0436-20-5590 ／ FAX 0436-20-5591
―――――――――――――――――――
"""
SIG_KIRA = """
--
日の出産業株式会社
若葉町 保健事業支援チーム　吉良 直子
TEL 049-280-3320
n-kira@hinode-sangyo.co.jp
"""
SIG_SHIINA = """
--------------------
日の出産業株式会社 公共サービス事業部
北浜市 防災・地域支援業務 担当
椎名 航平
TEL 0436-20-5595
--------------------
"""
DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してください。無断での転載・複製を禁じます。
"""
DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail.
"""

# ---------------------------------------------------------------- external contacts
OKABE = "岡部 智之 <okabe-t@city.kitahama.lg.jp>"            # 北浜市 福祉部 生活支援課
MAKABE = "真壁 由紀 <makabe-y@city.kitahama.lg.jp>"          # 北浜市 市民部 市民課
KIRYU = "桐生 隆史 <kiryu-t@city.kitahama.lg.jp>"            # 北浜市 情報政策課
KUWABARA = "桑原 美帆 <kuwabara-m@city.shinonome.lg.jp>"     # 東雲市 子育て給付課
TOKUNAGA = "徳永 大介 <tokunaga-d@city.shinonome.lg.jp>"     # 東雲市 保険年金課
ISHIGURO = "石黒 和彦 <ishiguro@town.wakaba.lg.jp>"          # 若葉町 健康福祉課
KURIBAYASHI = "栗林 絵美 <kuribayashi-e@city.shirasagi.lg.jp>"  # 白鷺市 ふるさと納税推進室
MIYOSHI = "三好 浩平 <miyoshi@tsubasa-system.jp>"
OGINO = "荻野 聡 <ogino@nishiki-insatsu.co.jp>"
SHIBASAKI = "柴崎 亮 <shibasaki@aoba-unyu.co.jp>"
EGUCHI = "江口 沙耶 <eguchi@midori-ginko.co.jp>"
MIYAMAE = "宮前 かおり <miyamae@hikari-teleservice.co.jp>"
KANNO = "菅野 勇人 <kanno@datapunch-tohoku.co.jp>"
ISHIKARI = "石狩 典子 <ishikari@kitaguni-foods.co.jp>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)

# ======================================================================= 001-010
# 001 — 不備者一覧, space-padded columns under a header and a ---- rule (ISO-2022-JP)
_p = people(9, "kitahama")
_fubi = ["本人確認書類の写し未添付", "振込先口座の通帳写し不鮮明", "申請者署名なし", "世帯主欄と署名の不一致",
         "口座名義が申請者と異なる", "本人確認書類の有効期限切れ", "生年月日欄の記載漏れ",
         "代理申請の委任状なし", "金融機関コード誤り"]
_lines = [pad("受付番号", 12) + pad("氏名", 16) + pad("電話番号", 16) + "不備内容",
          "-" * 78]
for i, p in enumerate(_p):
    _lines.append(pad(f"KH-{24310 + i * 7:06d}", 12) + pad(p["name"], 16) + pad(phone(p), 16) + _fubi[i])
add(
    id="jichitai-001", charset="iso-2022-jp",
    sender=KOMIYAMA, to=[OKABE],
    subject="【北浜市生活応援給付金】申請書不備者一覧（10月第2週受付分）",
    body=f"""北浜市 福祉部 生活支援課
岡部様

いつも大変お世話になっております。
日の出産業 給付金事務センターの小宮山です。

10月第2週（10/6〜10/10）受付分のうち、審査で不備となった申請者の一覧をお送りします。
不備通知（返信用封筒同封）は明日10/15に発送予定です。
電話での補正が可能な方については、センターから順次ご連絡いたします。

{chr(10).join(_lines)}

以上9件です。
「口座名義が申請者と異なる」1件は、市のご判断を仰ぎたく、別途ご相談させてください。
{SIG_KOMIYAMA}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="nine applicants' names and phone numbers in padded columns to the city: a list of people",
)

# 002 — scheduling a meeting with one city contact (ISO-2022-JP)
add(
    id="jichitai-002", charset="iso-2022-jp",
    sender=KATAGIRI, to=[KUWABARA],
    subject="次年度 児童手当業務委託に関するお打合せ日程のご相談",
    body=f"""東雲市 こども未来部 子育て給付課
桑原 様

いつもお世話になっております。日の出産業の片桐でございます。

先日はお電話にてご丁寧にありがとうございました。
次年度の児童手当関連業務（現況確認・認定請求書の受付入力）の委託範囲について、
一度お打合せのお時間を頂戴できればと存じます。

以下の候補日でご都合はいかがでしょうか。

　・11月4日（水）14:00〜15:30
　・11月6日（金）10:00〜11:30
　・11月10日（火）15:00〜16:30

場所は貴課会議室、もしくはオンライン（Teams）いずれでも対応可能です。
当日は弊社から片桐と、実務責任者の今泉の2名で伺う予定です。

お忙しいところ恐縮ですが、ご検討のほどよろしくお願いいたします。
{SIG_KATAGIRI}""",
    expect="pass", entities=[], detectors=[],
    note="ordinary meeting request to one city official; only the sender's signature",
)

# 003 — 児童手当 現況届 未提出者, CSV (CP932) to the data-entry subcontractor
_p = people(14, "wakaba", age=(24, 52))
_rows = [["世帯番号", "受給者氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話番号", "対象児童数"]]
for i, p in enumerate(_p):
    _rows.append([f"W{703120 + i * 13}", p["name"], p["kana"], p["dob_iso"], p["zip"], p["addr"],
                  phone(p), str(_R.randint(1, 3))])
add(
    id="jichitai-003", charset="shift_jis",
    sender=YANAGIDA, to=[KANNO],
    subject="若葉町 現況確認 未提出者データ（督促状 差込用）",
    body=f"""株式会社データパンチ東北
入力センター　菅野様

お世話になっております。日の出産業 若葉町受託事務所の柳田です。

標記の件、督促状の差込印刷に使用するデータを添付いたします。
対象は10月1日時点で現況確認書類が未提出の受給者14名です。

・文字コードはShift_JISです（Excelでそのまま開けます）
・外字は「■」に置換済みです。該当者は町で手書き補正します
・作業後のデータは、受領書と一緒に消去証明をご提出ください

差込後のPDFは10/22（木）までにご返送いただけますと助かります。
どうぞよろしくお願いいたします。
{SIG_YANAGIDA}""",
    attachments=[{"kind": "csv", "name": "genkyo_mitei_1001.csv", "encoding": "cp932", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CP932 CSV of 14 benefit recipients with birth dates, addresses and phones to a subcontractor",
)

# 004 — 介護認定調査 schedule, 「・」 bullets with diagnoses (UTF-8)
_p = people(6, "kitahama", age=(72, 95))
_kaigo = [("要介護2 更新", "脳梗塞後遺症（右片麻痺）、難聴あり。大きめの声で"),
          ("要支援1 新規", "変形性膝関節症。認知機能は問題なしとのこと"),
          ("要介護3 区分変更", "アルツハイマー型認知症。長女様（同居）の立会い必須"),
          ("要介護1 更新", "糖尿病・インスリン自己注射中。午前中希望"),
          ("要介護4 更新", "パーキンソン病。ベッド上での聞き取りになります"),
          ("新規", "うつ病で通院中。ご本人は調査に消極的、ケアマネ同席予定")]
_slots = ["10/14（火）10:00", "10/14（火）14:00", "10/15（水）9:30", "10/15（水）13:30",
          "10/16（木）10:30", "10/16（木）15:00"]
_b = []
for p, (k, note), s in zip(_p, _kaigo, _slots):
    _b.append(f"・{s}　{p['name']} 様（{p['age']}歳）\n　　{p['addr']}　TEL {p['tel']}\n　　{k}／{note}")
add(
    id="jichitai-004", charset="utf-8",
    sender=KUBODERA, to=["若松 浩美 <wakamatsu@sakuranbo-care.co.jp>"],
    subject="認定調査 10/14〜16 訪問分のご依頼",
    body=f"""さくらんぼケアサービス株式会社
調査員派遣ご担当　若松様

いつもお世話になっております。
北浜市 介護認定事務センター（日の出産業）の久保寺です。

来週の認定調査について、以下6件の訪問をお願いいたします。
ご本人・ご家族には日時のご了承をいただいております。

{chr(10).join(_b)}

調査票は従来どおり、訪問翌営業日までにセンターへご持参ください。
よろしくお願いいたします。
{SIG_KUBODERA}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six elderly residents with addresses, phones and diagnoses (認知症, うつ病…) to an assessor company",
)

# 005 — monthly call-centre report as a PDF, counts only
add(
    id="jichitai-005", charset="utf-8",
    sender=OSHIRO, to=[MAKABE], cc=["山岸 健太郎 <k-yamagishi@hinode-sangyo.co.jp>"],
    subject="北浜市民コールセンター 月次運営報告（令和8年9月分）",
    body=f"""北浜市 市民部 市民課
真壁様

いつもお世話になっております。日の出産業の大城です。
9月分の月次運営報告書をお送りいたします。

【概要】
・総入電数 8,412件（前月比 +12.4%）。給付金の決定通知発送（9/8）直後に集中
・応答率 91.8%（目標90%を達成）、平均待ち時間 42秒
・エスカレーション 37件（うち市へ転送 9件）
・苦情 4件。いずれも当日中に一次対応済み

10月は第2弾の申請受付開始に伴い、席数を18席→24席へ増席予定です。
詳細は添付PDFをご確認ください。
{SIG_OSHIRO}{DISC_JA}""",
    attachments=[{"kind": "pdf", "name": "北浜市民CC_月次報告_202609.pdf", "title": "月次運営報告 9月",
                  "lines": ["北浜市民コールセンター 月次運営報告（令和8年9月分）", "日の出産業株式会社",
                            "", "1. 入電状況"],
                  "table": [["区分", "入電数", "応答数", "応答率", "平均通話時間"],
                            ["給付金（申請方法）", "3,120", "2,901", "93.0%", "4分12秒"],
                            ["給付金（支給状況）", "2,874", "2,577", "89.7%", "3分05秒"],
                            ["粗大ごみ受付", "1,455", "1,361", "93.5%", "5分40秒"],
                            ["住民票・証明書", "611", "556", "91.0%", "2分48秒"],
                            ["その他", "352", "327", "92.9%", "3分31秒"],
                            ["合計", "8,412", "7,722", "91.8%", "4分01秒"]]}],
    expect="pass", entities=[], detectors=[],
    note="operating report with counts and rates only; standard disclaimer",
)

# 006 — one resident's My Number in the body, to the city (ISO-2022-JP)
_p = person("kitahama", age=(40, 70))
add(
    id="jichitai-006", charset="iso-2022-jp",
    sender=KOMIYAMA, to=[MAKABE],
    subject="世帯主確認のお願い（受付番号KH-024877）",
    body=f"""市民課 真壁様

お世話になっております。給付金事務センターの小宮山です。

下記の申請について、申請書記載の世帯主と住基上の世帯主が一致しないため、
住民記録のご確認をお願いできますでしょうか。

　受付番号：KH-024877
　申請者　：{_p['name']}（{_p['kana']}）
　生年月日：{wareki(*_p['dob'])}
　個人番号：{mn4(MN[0])}
　住所　　：{_p['addr']}

申請書には「世帯主：本人」とありますが、連携データでは別の方が世帯主となっております。
10月中に転居があった可能性があるかと思います。

お手数ですがよろしくお願いいたします。
{SIG_KOMIYAMA}""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a resident's 個人番号 with name, birth date and address sent outside",
)

# 007 — reply; the list of people is only in the quoted text (">")
_p = people(6, "kitahama")
_q = "\n".join(f"> {i + 1}. {p['name']}　{p['addr']}　（返戻理由：{r}）" for i, (p, r) in enumerate(
    zip(_p, ["宛所に尋ねあたりません", "転居先不明", "受取拒否", "宛所に尋ねあたりません", "保管期間経過",
             "転居先不明"])))
add(
    id="jichitai-007", charset="iso-2022-jp",
    sender=YAMAGISHI, to=[OKABE],
    subject="Re: 決定通知書の返戻分について",
    body=f"""岡部様

お世話になっております。山岸です。
返戻6件のリスト、確かに受領いたしました。

住民記録で転居先が確認できたものから順次再送し、
確認できないものは事務センターで保管のうえ、月末にまとめて貴課へお返しします。
再送の結果は10/24の定例会でご報告いたします。

取り急ぎ受領のご連絡まで。
{SIG_YAMAGISHI}
-----
> 日の出産業株式会社
> 山岸様
>
> お世話になっております。生活支援課の岡部です。
> 決定通知書のうち、郵便局から返戻されたものが6件ありました。
> 対応をお願いします。
>
{_q}
>
> 北浜市 福祉部 生活支援課 岡部
""",
    expect="pass", entities=[], detectors=[],
    note="the six returned-mail records are only in the quoted text of the city's own mail",
)

# 008 — HTML-only table: 粗大ごみ 収集予約 to the collection contractor
_p = people(8, "kitahama")
_items = ["ソファ（2人掛け）", "冷蔵庫以外の棚・カラーボックス3点", "自転車", "マットレス（シングル）",
          "こたつ・こたつ布団", "学習机", "物干し台", "食器棚"]
_tr = "\n".join(
    f"<tr><td>S{610450 + i * 3}</td><td>10/{21 + i % 3}（{'水木金'[i % 3]}）</td><td>{p['name']}</td>"
    f"<td>{p['addr']}</td><td>{phone(p)}</td><td>{it}</td></tr>"
    for i, (p, it) in enumerate(zip(_p, _items)))
add(
    id="jichitai-008", charset="utf-8",
    sender=OSHIRO, to=["配車係 <haisha@kitahama-clean.co.jp>"],
    subject="粗大ごみ戸別収集 予約一覧（10/21〜10/23収集分）",
    html=f"""<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10pt">
<p>北浜クリーンサービス株式会社<br>配車係 御中</p>
<p>いつもお世話になっております。北浜市民コールセンターの大城です。<br>
10/21〜10/23収集分の予約一覧をお送りします。排出場所は各戸の玄関前です。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde7f3"><th>受付番号</th><th>収集日</th><th>氏名</th><th>住所</th><th>電話番号</th><th>品目</th></tr>
{_tr}
</table>
<p>※収集日前日の17時以降のキャンセルはセンターから別途ご連絡します。</p>
<p>━━━━━━━━━━━━━━━━━━━━<br>日の出産業株式会社 コンタクトセンター運営部<br>
北浜市民コールセンター SV　大城 拓海<br>TEL：0436-20-5580　内線：312<br>━━━━━━━━━━━━━━━━━━━━</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only table of eight residents' names, addresses and phones to an outside contractor",
)

# 009 — invitation with four subcontractors visible to each other in To
add(
    id="jichitai-009", charset="iso-2022-jp",
    sender=YAMAGISHI,
    to=[MIYOSHI, OGINO, SHIBASAKI, MIYAMAE],
    cc=["小宮山 沙織 <s-komiyama@hinode-sangyo.co.jp>"],
    subject="【ご案内】北浜市給付金業務 委託先連絡会（第3回）",
    body=f"""関係各社 ご担当者様

いつも大変お世話になっております。
日の出産業 北浜市生活応援給付金 事務センターの山岸です。

第2弾の申請受付開始に向けて、委託先連絡会を下記のとおり開催いたします。

　日時：10月28日（水）15:00〜16:30
　場所：北浜第一ビル4F 事務センター会議室（オンライン併用）
　議題：1. 第2弾のスケジュールと各社の作業量見込み
　　　　2. 個人情報の受け渡し手順の見直し（暗号化・受領確認）
　　　　3. 前回指摘事項のフォローアップ

ご出欠を10/23（金）までにご返信ください。
よろしくお願いいたします。
{SIG_YAMAGISHI}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four subcontractor companies in To can see each other's addresses: should have been Bcc",
)

# 010 — quotation PDF with the company's registration (T-) number
add(
    id="jichitai-010", charset="iso-2022-jp",
    sender=KATAGIRI, to=[ISHIGURO],
    subject="御見積書送付の件（特定健診 受診勧奨通知 作成・発送業務）",
    body=f"""若葉町 健康福祉課
石黒様

いつもお世話になっております。日の出産業の片桐です。
先日ご依頼いただきました標記業務の御見積書をお送りいたします。

　見積番号：HS-Q-2026-0418
　件名　　：特定健診 受診勧奨通知 作成・発送業務
　金額　　：1,286,000円（税抜）／1,414,600円（税込）
　有効期限：令和8年12月25日

単価は通知1通あたりの作成・封入封緘・発送費を含んでおります。
ご不明な点がございましたらお気軽にお問い合わせください。
{SIG_KATAGIRI}""",
    attachments=[{"kind": "pdf", "name": "御見積書_HS-Q-2026-0418.pdf", "title": "御見積書",
                  "lines": ["御見積書", "若葉町長 様", "", "日の出産業株式会社",
                            f"登録番号 T{HINODE_CORP}", HQ, "見積番号 HS-Q-2026-0418", ""],
                  "table": [["項目", "数量", "単価", "金額"],
                            ["通知書 作成（可変印字）", "4,200", "85", "357,000"],
                            ["封入封緘", "4,200", "32", "134,400"],
                            ["発送（料金後納）", "4,200", "110", "462,000"],
                            ["データ加工・校正", "1式", "", "180,000"],
                            ["再勧奨はがき", "2,300", "66.5", "152,600"],
                            ["小計", "", "", "1,286,000"], ["消費税（10%）", "", "", "128,600"],
                            ["合計", "", "", "1,414,600"]]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="a quotation: prices and the company's own registration number, no personal data",
)

# ======================================================================= 011-020
# 011 — look-alike of the partner's domain (tsubasa-sytem.jp: a dropped letter)
add(
    id="jichitai-011", charset="iso-2022-jp",
    sender=IJUIN, to=["三好 浩平 <miyoshi@tsubasa-sytem.jp>"],
    subject="給付金システム 夜間バッチ異常終了の件（10/12）",
    body=f"""ツバサシステム株式会社
三好様

お世話になっております。日の出産業 公共システム運用課の伊集院です。

10/12（月）夜間の振込データ作成バッチ（KHB-NIGHT-07）が、2:14に異常終了しました。
エラーログの該当部分を以下に貼ります。

  2026-10-12 02:14:07 ERROR [KHB-NIGHT-07] step=03_merge_bank rc=12
  2026-10-12 02:14:07 ERROR  java.sql.SQLTimeoutException: ORA-01013
  2026-10-12 02:14:08 INFO   rollback completed (0 rows committed)

リランで正常終了しており、業務影響はありません。
タイムアウト値の見直し要否について、ご見解をいただけますでしょうか。
{SIG_IJUIN}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain tsubasa-sytem.jp is a one-letter typo of the partner tsubasa-system.jp",
)

# 012 — XLSX (title row, several sheets) of transfer data to the bank
_p = people(15, "kitahama")
_sheet = [["北浜市生活応援給付金 第5回振込分（令和8年10月20日振込指定）"], [],
          ["No", "受付番号", "受取人名（カナ）", "金融機関名", "銀行コード", "支店名", "種目", "口座番号", "振込金額"]]
for i, p in enumerate(_p):
    _sheet.append([i + 1, f"KH-{25010 + i * 11:06d}", p["kana"].replace(" ", "　"), p["bank"], p["bank_code"],
                   p["branch"], p["acct_type"], p["acct"], 30000 if i % 4 else 60000])
add(
    id="jichitai-012", charset="utf-8",
    sender=YAMAGISHI, to=[EGUCHI], cc=["藤堂 亜希 <a-todo@hinode-sangyo.co.jp>"],
    subject="第5回振込データのご送付（10/20振込指定分）",
    body=f"""株式会社みどり銀行 公務営業部
江口様

いつもお世話になっております。日の出産業の山岸です。
標記の振込データを添付のとおりお送りいたします。

　振込指定日：10月20日（火）
　件数：15件　合計金額：表「集計」シートのとおり

資金は10/19（月）中に北浜市より貴行の指定口座へ入金される予定です。
組戻しが発生した場合は、従来どおり事務センター宛にご連絡をお願いします。
{SIG_YAMAGISHI}""",
    attachments=[{"kind": "xlsx", "name": "振込データ_第5回_1020.xlsx", "title": "第5回振込データ",
                  "sheets": {"振込明細": _sheet,
                             "集計": [["区分", "件数", "金額"], ["単身世帯（30,000円）", 11, 330000],
                                    ["多人数世帯（60,000円）", 4, 240000], ["合計", 15, 570000]],
                             "備考": [["作成：日の出産業 給付金事務センター"], ["確認：山岸／小宮山（ダブルチェック済）"]]}}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="XLSX of fifteen recipients' names and bank accounts sent by mail to the bank",
)

# 013 — talk about an NDA (機密保持契約): ordinary mail
add(
    id="jichitai-013", charset="iso-2022-jp",
    sender=NONOMURA, to=[KANNO],
    subject="秘密保持契約書（案）のご確認のお願い",
    body=f"""株式会社データパンチ東北
菅野様

いつもお世話になっております。日の出産業 総務部の野々村でございます。

来年度の若葉町・東雲市向け入力業務の再委託にあたり、秘密保持契約書（案）を
作成いたしましたので、ご確認をお願いいたします。

主な変更点は次のとおりです。
　・第2条「機密情報」の定義に、自治体から受領した個人情報を明示的に含めました
　・第6条 再々委託の禁止（事前の書面承諾がある場合を除く）
　・第9条 契約終了時の返還・消去と、消去証明書の提出期限（終了後14日以内）

修正のご要望がございましたら、変更履歴付きでご返送ください。
11月中旬の締結を目指しております。
{SIG_NONOMURA}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_v3.docx", "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）と株式会社データパンチ東北（以下「乙」という。）は、"
                                 "甲が乙に委託する入力業務に関し、次のとおり秘密保持契約を締結する。",
                                 "第1条（目的）本契約は、甲が乙に開示する機密情報の取扱いを定めることを目的とする。",
                                 "第2条（機密情報）本契約において機密情報とは、甲が乙に開示する一切の情報であって、"
                                 "自治体から甲が受領した個人情報を含むものをいう。",
                                 "第6条（再委託）乙は、甲の事前の書面による承諾なく、業務の全部又は一部を第三者に委託してはならない。",
                                 "第9条（返還・消去）乙は、契約終了後14日以内に機密情報を返還又は消去し、消去証明書を提出する。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA draft; the word 機密 appears only as a contract term, no personal data",
)

# 014 — tab-separated call-back list pasted into the body (Shift_JIS)
_p = people(7, "kitahama")
_youken = ["第2弾の対象になるか確認したい", "振込予定日を知りたい", "申請書を紛失、再発行希望",
           "口座変更の手続き", "代理申請の方法", "通知書の金額が違うのでは", "窓口の混雑状況"]
_tsv = ["受付日時\t氏名\tフリガナ\t折返し先\t用件"]
for i, (p, y) in enumerate(zip(_p, _youken)):
    _tsv.append(f"10/13 {9 + i}:{(i * 17) % 60:02d}\t{p['name']}\t{p['kana']}\t{p['mobile']}\t{y}")
add(
    id="jichitai-014", charset="shift_jis",
    sender=OSHIRO, to=[MIYAMAE],
    subject="本日分 折返し依頼（オーバーフロー分）",
    body=f"""ひかりテレサービス
宮前さん

お疲れさまです。大城です。
本日午前の入電集中で当センターで折返しできなかった分をお願いします。
（Excelに貼り付けられるようタブ区切りにしています）

{chr(10).join(_tsv)}

本日17時までに折返し完了をお願いします。つながらない方は2回まで、結果は共有シートに記入ください。
{SIG_OSHIRO}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="tab-separated list of seven callers' names and mobile numbers to the overflow call centre",
)

# 015 — one person under the DV support measure: 要配慮 (crime victim), to the printer
_p = person("kitahama", age=(28, 45))
add(
    id="jichitai-015", charset="iso-2022-jp",
    sender=KOMIYAMA, to=[OGINO],
    subject="【至急】決定通知書 発送除外のお願い（1件）",
    body=f"""錦印刷株式会社
荻野様

お世話になっております。給付金事務センターの小宮山です。
明日発送予定の決定通知書（第6回）について、1件発送を止めていただきたく、ご連絡しました。

　通知番号：K6-00412
　宛名　　：{_p['name']} 様
　送付先　：〒{_p['zip']} {_p['addr']}

この方はDV等支援措置の対象者（加害者からの住所秘匿）であることが本日判明しました。
送付先住所が旧住所のままとなっており、加害者側に届く恐れがあります。

該当の封筒は抜き取りのうえ、開封せずに事務センターへ返却をお願いいたします。
（回収には本日夕方、当方の者が伺います）
{SIG_KOMIYAMA}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="names a DV-support-measure person (crime victim, 要配慮) with address to the printer",
)

# 016 — list of the city's branch offices (business data, not people)
_branches = [("東雲市役所 本庁舎 市民課", "東雲市本町1-1-1", "0467-81-1111", "8:30〜17:15（第2・4土曜 9:00〜12:00）"),
             ("北部行政センター", "東雲市東雲台3-4-20", "0467-81-2101", "8:30〜17:15"),
             ("南湖出張所", "東雲市南湖2-11-5", "0467-81-2102", "8:30〜17:15"),
             ("浜見平出張所", "東雲市浜見平8-1 浜見平プラザ2F", "0467-81-2103", "9:00〜18:00（土日も開所）"),
             ("円蔵市民窓口", "東雲市円蔵1250 円蔵公民館内", "0467-81-2104", "9:00〜16:00（火・木のみ）"),
             ("柳島連絡所", "東雲市柳島4-2-8", "0467-81-2105", "8:30〜12:00"),
             ("駅前証明サービスコーナー", "東雲市本町5-2 東雲駅ビル3F", "0467-81-2106", "10:00〜19:00（年末年始除く）")]
_t = "\n".join(f"■{n}\n　{a}\n　TEL {t}　{h}" for n, a, t, h in _branches)
add(
    id="jichitai-016", charset="utf-8",
    sender=IMAIZUMI, to=[MIYAMAE],
    subject="東雲市 窓口一覧（トークスクリプト差し替え用）",
    body=f"""宮前様

お世話になっております。東雲市窓口業務チームの今泉です。
11月から東雲市の証明書関連の問い合わせも一次受けをお願いするにあたり、
案内先となる窓口の一覧をまとめました。スクリプトの案内先と差し替えをお願いします。

{_t}

※マイナンバーカードの交付は本庁舎と浜見平出張所のみです。
※コンビニ交付の障害時は本庁舎市民課へ案内してください。
{SIG_IMAIZUMI}""",
    expect="pass", entities=[], detectors=[],
    note="list of municipal offices with their public phones and hours: businesses, not people",
)

# 017 — DOCX with a table of ten new residents (name + address) for a mailing
_p = people(10, "shinonome")
_tab = [["No", "郵便番号", "住所", "世帯主氏名", "転入日"]]
for i, p in enumerate(_p):
    _tab.append([str(i + 1), p["zip"], p["addr"], p["name"], f"R8.9.{_R.randint(1, 30)}"])
add(
    id="jichitai-017", charset="shift_jis",
    sender=IMAIZUMI, to=[OGINO],
    subject="転入者向け ごみ分別ガイド 宛名リスト（9月転入分）",
    body=f"""錦印刷株式会社
荻野様

いつもお世話になっております。日の出産業の今泉です。
9月転入世帯向けの「ごみ分別ガイド」送付分の宛名リストをWordでお送りします。
今回は10世帯と少ないため、宛名シール印刷のみお願いできればと思います。

発送は弊社で行いますので、シールは10/20（火）必着で本庁舎受託事務室までお願いします。
{SIG_IMAIZUMI}""",
    attachments=[{"kind": "docx", "name": "宛名リスト_9月転入.docx", "title": "宛名リスト",
                  "paragraphs": ["東雲市 転入者向けごみ分別ガイド 送付先一覧（令和8年9月転入分）", "作成：日の出産業 東雲市窓口業務チーム"],
                  "tables": [_tab]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="DOCX table of ten households' names and addresses to the printer",
)

# 018 — full applicant list, but every recipient is internal
_p = people(25, "kitahama")
_rows = [["受付番号", "氏名", "住所", "電話番号", "金融機関", "支店", "口座番号", "審査状況"]]
for i, p in enumerate(_p):
    _rows.append([f"KH-{26001 + i}", p["name"], p["addr"], phone(p), p["bank"], p["branch"], p["acct"],
                  _R.choice(["審査済", "審査済", "不備", "保留"])])
add(
    id="jichitai-018", charset="utf-8",
    sender=KOMIYAMA, to=[YAMAGISHI],
    cc=["審査チーム <kh-shinsa@hinode-sangyo.co.jp>"],
    subject="10/13 審査状況データ（内部共有）",
    body="""山岸さん
審査チームの皆さん

お疲れさまです。小宮山です。
本日までの審査状況データを共有します（10/13 18時時点）。
不備・保留の25件分を抜き出しています。明朝の朝会で割り振りを決めたいので、目を通しておいてください。

※社内共有のみ。市へは集計値のみ報告します。

小宮山
""",
    attachments=[{"kind": "csv", "name": "shinsa_status_1013.csv", "encoding": "utf-8", "rows": _rows}],
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"], detectors=[],
    note="25 applicants with bank accounts, but every recipient is internal (hinode-sangyo.co.jp)",
)

# 019 — password ZIP (PPAP) to the city
add(
    id="jichitai-019", charset="iso-2022-jp",
    sender=YAMAGISHI, to=[OKABE],
    subject="審査結果データ（第6回決定分）送付の件",
    body=f"""岡部様

お世話になっております。山岸です。
第6回決定分の審査結果データをパスワード付きZIPでお送りします。
パスワードは別メールにてお知らせいたします。

　・審査結果一覧（支給決定 412件／不支給 9件）
　・不支給理由書（PDF）

ご確認のほど、よろしくお願いいたします。
{SIG_YAMAGISHI}""",
    attachments=[{"kind": "zip", "name": "shinsa_kekka_dai6.zip", "password": "Kh#6-1014tz",
                  "files": [{"kind": "csv", "name": "shinsa_kekka.csv", "encoding": "cp932",
                             "rows": [["受付番号", "氏名", "決定"]] +
                                     [[f"KH-{27000 + i}", p["name"], "支給"] for i, p in enumerate(people(12, "kitahama"))]},
                            {"kind": "pdf", "name": "fushikyu_riyu.pdf", "lines": ["不支給理由書（9件）"]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the city: its contents cannot be inspected",
)

# 020 — health-check results: XLSX with title row and several sheets (要配慮 + list + 保険証番号)
_p = people(12, "wakaba", age=(40, 74))
_sh = [["令和8年度 特定健診 受診勧奨（医療機関受診）対象者一覧"], ["抽出日：令和8年10月9日　若葉町 健康福祉課"], [],
       ["No", "被保険者証 記号・番号", "氏名", "カナ", "生年月日", "住所", "電話", "HbA1c", "収縮期血圧", "LDL", "服薬", "勧奨区分"]]
for i, p in enumerate(_p):
    _sh.append([i + 1, f"若葉 {_R.randint(10, 99)}・{_R.randint(10000, 99999)}", p["name"], p["kana"],
                wareki(*p["dob"], style="abbr"), p["addr"], phone(p),
                round(_R.uniform(6.5, 9.8), 1), _R.randint(128, 182), _R.randint(120, 210),
                _R.choice(["なし", "降圧剤", "なし", "血糖降下薬"]), _R.choice(["A（至急）", "B", "B", "C"])])
add(
    id="jichitai-020", charset="utf-8",
    sender=KIRA, to=["保健指導センター 大庭 <oba@healthup-partners.co.jp>"],
    subject="受診勧奨対象者リストの送付（訪問指導 10月分）",
    body=f"""ヘルスアップパートナーズ株式会社
大庭様

お世話になっております。若葉町保健事業支援チームの吉良です。
10月分の訪問による受診勧奨の対象者リストをお送りします。

今回はHbA1c 6.5以上または収縮期血圧160以上で、医療機関未受診の12名です。
勧奨区分Aの方を優先して、10月中の初回訪問をお願いいたします。
（「判定基準」シートに町の抽出条件を記載しています）
{SIG_KIRA}""",
    attachments=[{"kind": "xlsx", "name": "受診勧奨対象者_R8-10.xlsx", "title": "受診勧奨対象者",
                  "sheets": {"対象者一覧": _sh,
                             "判定基準": [["項目", "基準"], ["HbA1c", "6.5%以上"], ["収縮期血圧", "160mmHg以上"],
                                       ["LDLコレステロール", "180mg/dL以上"]],
                             "訪問記録": [["No", "訪問日", "結果", "備考"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_HEALTH_INSURANCE",
              "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health-check results (要配慮) of twelve named residents with insurance numbers, to a subcontractor",
)

# ======================================================================= 021-030
# 021 — two lecturers' names and mobiles to the hotel (up to four people: may warn, must go)
add(
    id="jichitai-021", charset="iso-2022-jp",
    sender=KATAGIRI, to=["宴会・宿泊営業 堀 <hori@sakura-hotel.jp>"],
    subject="11/12 市民説明会 講師お二人のご宿泊について",
    body=f"""さくらホテル北浜
宴会・宿泊営業 堀様

いつもお世話になっております。日の出産業の片桐です。
11/12（木）の「マイナンバーカード活用 市民説明会」でお招きする講師お二人の
前泊のご手配をお願いいたします。

　1）磯貝 紀子 様（北浜国際大学 准教授）　携帯 080-4471-2093
　　　11/11（水）チェックイン予定 20時頃、シングル禁煙 1泊
　2）Daniel Hartley 様（通訳を兼任）　携帯 070-3318-5526
　　　11/11（水）チェックイン予定 22時頃、シングル禁煙 1泊

ご請求は弊社宛（説明会の会場費とおまとめ）でお願いします。
到着が遅れる場合はご本人から直接ご連絡が入るかと存じます。
{SIG_KATAGIRI}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two guests' names and mobiles to the hotel booking them: under five people, may warn",
)

# 022 — a forward (FW) of the city's mail with a list: new text to the subcontractor
_p = people(6, "kitahama")
_fw = "\n".join(f"{i + 1}）{p['name']}（{p['kana']}）\n　　{p['addr']}\n　　連絡先 {phone(p)}"
                for i, p in enumerate(_p))
add(
    id="jichitai-022", charset="iso-2022-jp",
    sender=KOMIYAMA, to=[KANNO],
    subject="FW: 【北浜市】口座不備 再照会対象者について",
    body=f"""菅野様

お世話になっております。小宮山です。
市から下記の依頼がありましたので転送します。
6名分の再照会文書（様式第8号）の差込作成をお願いできますでしょうか。

-------- Forwarded Message --------
件名: 【北浜市】口座不備 再照会対象者について
差出人: 岡部 智之 <okabe-t@city.kitahama.lg.jp>
宛先: 小宮山 沙織 <s-komiyama@hinode-sangyo.co.jp>
日付: 2026/10/14 11:02

日の出産業 小宮山様

生活支援課の岡部です。
金融機関から口座不能で返却された以下6名について、再照会をお願いします。

{_fw}

以上、よろしくお願いします。
北浜市 福祉部 生活支援課 岡部
--------------------------------
{SIG_KOMIYAMA}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="forwarding the city's list of six residents to a subcontractor: a forward is new text",
)

# 023 — five residents on free mail, all visible in To
_rs = ["okada.fumiko1957@yahoo.co.jp", "t-minai.0722@docomo.ne.jp", "haruka.teshigawara@gmail.com",
       "kazu-sugiyama@icloud.com", "yoshie.higa@outlook.jp"]
add(
    id="jichitai-023", charset="iso-2022-jp",
    sender=IMAIZUMI, to=_rs,
    subject="マイナンバーカード出張申請サポート 参加確定のお知らせ（10/25 浜見平会場）",
    body=f"""皆さま

東雲市マイナンバーカード出張申請サポート事務局（日の出産業）でございます。
このたびはお申し込みいただき、ありがとうございます。
下記のとおり参加が確定いたしましたのでお知らせします。

　日時：10月25日（日）10:00〜12:00（受付は15分前から）
　会場：浜見平プラザ 2階 多目的室
　持ち物：本人確認書類、通知カード（お持ちの方）、交付申請書（同封のもの）

顔写真は会場で無料撮影いたします。
ご都合が悪くなった場合は、本メールにご返信ください。
{SIG_IMAIZUMI}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="five private residents in To see each other's addresses: should have been Bcc",
)

# 024 — English mail to an overseas OCR vendor, statistics only
add(
    id="jichitai-024", charset="utf-8",
    sender=IJUIN, to=["ScanWise Support <support@scanwise.io>"],
    subject="OCR accuracy on handwritten benefit application forms",
    body=f"""Hello ScanWise team,

We have now processed the first 12,000 handwritten application forms for the Kitahama
City benefit program with your engine (v4.2, model "ja-handwriting-2026q2").

Field-level accuracy against our double-keyed reference:
  - Postal code (7 digits): 98.9%
  - Phone number: 96.1%
  - Bank branch name (kanji): 88.4%
  - Account holder name (katakana): 91.7%

The branch-name field is our main problem; most errors are confusions between
similar kanji (e.g. 浜/濱, 崎/﨑). Do you have a custom dictionary feature we could
load with the ~240 branch names of the local banks? We can send the list (it is
public information).

Best regards,
{SIG_IJUIN}""",
    expect="pass", entities=[], detectors=[],
    note="English vendor mail with accuracy statistics only",
)

# 025 — one resident's credit card read out on the phone (ふるさと納税), Shift_JIS
_p = person("other", age=(35, 70))
add(
    id="jichitai-025", charset="shift_jis",
    sender=AKIZUKI, to=["決済オペレーション <ops@smartpay-gate.co.jp>"],
    subject="電話受付分 カード決済の手動処理依頼（白鷺市ふるさと納税）",
    body=f"""スマートペイゲート株式会社
決済オペレーション ご担当者様

お世話になっております。白鷺市ふるさと納税事務局の秋月です。
Web決済画面でエラーが続き、電話でお申し込みをいただいた寄附者様の分について、
手動でのオーソリ・売上処理をお願いいたします。

　寄附番号　：SR-2026-118204
　寄附者氏名：{_p['name']}（{_p['kana']}）
　カード番号：{cc4(CARD[0])}
　有効期限　：08/29
　金額　　　：30,000円（一括）

ご本人には、処理完了後に事務局から確認のお電話を差し上げる旨お伝えしています。
よろしくお願いいたします。
{SIG_AKIZUKI}""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a donor's credit card number with name sent in a plain mail",
)

# 026 — invoice: the company's own bank account and registration number
add(
    id="jichitai-026", charset="shift_jis",
    sender=TODO, to=["会計課 支払担当 <kaikei-shiharai@city.shinonome.lg.jp>"], cc=[TOKUNAGA],
    subject="請求書送付のご案内（令和8年9月分 窓口業務委託料）",
    body=f"""東雲市 会計課 支払ご担当者様
（CC：保険年金課 徳永様）

いつもお世話になっております。日の出産業 経理部の藤堂でございます。
令和8年9月分の業務委託料の請求書をお送りいたします。

　請求書番号：INV-2609-0331
　件名　　　：東雲市 市民課・保険年金課 窓口業務委託（9月分）
　ご請求金額：4,929,100円（税込）
　お支払期日：令和8年10月30日

原本は本日郵送いたしました。適格請求書の登録番号は請求書右上に記載しております。
ご査収のほど、よろしくお願いいたします。
{SIG_TODO}""",
    attachments=[{"kind": "pdf", "name": "INV-2609-0331.pdf", "title": "請求書",
                  "lines": ["請　求　書", "東雲市長 様", "", "日の出産業株式会社", HQ,
                            f"登録番号：T{HINODE_CORP}", "請求書番号：INV-2609-0331", "",
                            "お振込先：みどり銀行 本店営業部 普通 1034782 ニチシュツサンギョウ（カ", ""],
                  "table": [["品目", "数量", "単価", "金額"],
                            ["市民課 窓口業務委託（9月分）", "1", "2,915,000", "2,915,000"],
                            ["保険年金課 窓口業務委託（9月分）", "1", "1,566,000", "1,566,000"],
                            ["小計", "", "", "4,481,000"], ["消費税（10%）", "", "", "448,100"],
                            ["合計", "", "", "4,929,100"]]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="an invoice with the company's own bank account and registration number: no personal data",
)

# 027 — look-alike bank domain (dropped 'co.') + list of five accounts
_p = people(5, "kitahama")
_rows = [["受付番号", "受取人名", "金融機関", "支店", "種目", "口座番号", "金額", "組戻し理由"]]
for i, p in enumerate(_p):
    _rows.append([f"KH-{25100 + i * 9}", p["kana"], p["bank"], p["branch"], p["acct_type"], p["acct"], "30000",
                  _R.choice(["口座なし", "名義相違", "解約済"])])
add(
    id="jichitai-027", charset="utf-8",
    sender=TODO, to=["江口 沙耶 <eguchi@midori-ginko.jp>"],
    subject="組戻し対象の確認（第4回振込分）",
    body=f"""みどり銀行 公務営業部
江口様

お世話になっております。日の出産業 経理部の藤堂です。
第4回振込分で不能となった5件について、組戻しの対象として当方でも確認しました。
一覧を添付しますので、貴行の不能明細と突合いただけますでしょうか。
{SIG_TODO}""",
    attachments=[{"kind": "csv", "name": "kumimodoshi_dai4.csv", "encoding": "utf-8", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data", "lookalike_domain"],
    note="midori-ginko.jp drops the 'co.' of the partner bank's domain; it also carries five accounts",
)

# 028 — cost sheet marked 社外秘 sent to the town
add(
    id="jichitai-028", charset="iso-2022-jp",
    sender=KATAGIRI, to=[ISHIGURO],
    subject="委託料積算の内訳について（ご参考）",
    body=f"""石黒様

お世話になっております。片桐です。
先日のお打合せで委託料の根拠をお尋ねいただいた件、積算の内訳を添付いたします。
人件費単価の前提が分かるように、職種別の内訳も付けております。

ご不明点はお気軽にお問い合わせください。
{SIG_KATAGIRI}""",
    attachments=[{"kind": "xlsx", "name": "若葉町_原価積算表_R9.xlsx", "title": "原価積算表",
                  "page_header": "社外秘", "page_footer": "日の出産業株式会社 社外秘 ― 無断転載禁止",
                  "sheets": {"積算": [["【社外秘】若葉町子育て支援業務 原価積算表（令和9年度）"], [],
                                    ["区分", "人数", "月額単価", "月数", "金額"],
                                    ["業務責任者", 1, 520000, 12, 6240000],
                                    ["審査担当（正社員）", 2, 410000, 12, 9840000],
                                    ["入力担当（契約社員）", 4, 265000, 12, 12720000],
                                    ["一般管理費（12%）", "", "", "", 3456000],
                                    ["利益（8%）", "", "", "", 2580480]],
                             "職種別単価": [["職種", "時間単価", "備考"], ["業務責任者", 3250, "賞与・法定福利含む"],
                                       ["審査担当", 2560, ""], ["入力担当", 1655, "最低賃金改定で見直し"]]}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the attached cost sheet is stamped 社外秘 in its title row and page header, sent outside",
)

# 029 — reply under 「-----Original Message-----」: the list is in the quoted part only
_p = people(5, "shinonome", age=(66, 90))
_ql = "\n".join(f"{p['name']}　{p['addr']}　{zen(p['tel'])}" for p in _p)
add(
    id="jichitai-029", charset="shift_jis",
    sender=IMAIZUMI, to=[TOKUNAGA],
    subject="RE: 資格確認書 再交付分の発送について",
    body=f"""徳永様

お世話になっております。今泉です。
ご連絡いただいた5名分、本日15時の便で簡易書留にて発送いたしました。
追跡番号は発送台帳に記録しておりますので、お問い合わせがあればお知らせください。

今泉

-----Original Message-----
From: 徳永 大介 <tokunaga-d@city.shinonome.lg.jp>
Sent: Wednesday, October 14, 2026 9:48 AM
To: 今泉 里奈 <r-imaizumi@hinode-sangyo.co.jp>
Subject: 資格確認書 再交付分の発送について

今泉さん

保険年金課 徳永です。
窓口で再交付の申請があった以下5名分、本日中の発送をお願いします。

{_ql}

よろしくお願いします。
""",
    expect="pass", entities=[], detectors=[],
    note="reply to the city; the five residents appear only in the quoted original from the city",
)

# 030 — one record per block: My Number card appointment changes, to the city
_p = people(6, "shinonome")
_bl = []
for i, p in enumerate(_p):
    _bl.append(f"【{i + 1}】\n氏名　　：{p['name']}（{p['kana']}）\n生年月日：{wareki(*p['dob'])}\n"
               f"電話　　：{phone(p)}\n変更前　：10/{17 + i % 3} {10 + i}:00 本庁舎\n変更後　：11/{2 + i} 14:30 浜見平出張所")
add(
    id="jichitai-030", charset="utf-8",
    sender=IMAIZUMI, to=["市民課 マイナンバー担当 <mynumber@city.shinonome.lg.jp>"],
    subject="マイナンバーカード交付予約 変更者のご報告（10/13受付分）",
    body=f"""東雲市 市民課 マイナンバー担当 御中

お世話になっております。日の出産業 今泉です。
予約センターで受け付けた交付予約の変更をご報告します。
交付窓口が変わる方がいるため、カードの移送をお願いいたします。

{chr(10).join(_bl)}

以上6件です。
{SIG_IMAIZUMI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six residents' records, one block each, with birth dates and phones, to the city",
)

# ======================================================================= 031-040
# 031 — HTML-only weekly call statistics (no people)
add(
    id="jichitai-031", charset="utf-8",
    sender=OSHIRO, to=[MAKABE],
    subject="【週次】北浜市民コールセンター 入電状況（10/5〜10/9）",
    html="""<html><body>
<p>市民課 真壁様</p>
<p>お世話になっております。大城です。先週の入電状況です。</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><th>用件</th><th>月</th><th>火</th><th>水</th><th>木</th><th>金</th><th>計</th></tr>
<tr><td>給付金 申請方法</td><td>212</td><td>188</td><td>174</td><td>160</td><td>149</td><td>883</td></tr>
<tr><td>給付金 支給状況</td><td>301</td><td>257</td><td>233</td><td>219</td><td>240</td><td>1,250</td></tr>
<tr><td>粗大ごみ</td><td>96</td><td>71</td><td>68</td><td>74</td><td>88</td><td>397</td></tr>
<tr><td>証明書・届出</td><td>41</td><td>37</td><td>30</td><td>35</td><td>29</td><td>172</td></tr>
<tr><td>その他</td><td>22</td><td>18</td><td>25</td><td>19</td><td>21</td><td>105</td></tr>
<tr><td><b>合計</b></td><td>672</td><td>571</td><td>530</td><td>507</td><td>527</td><td><b>2,807</b></td></tr>
</table>
<p>月曜午前は応答率が78%まで下がりました。今週から月曜のみ2席増やしています。</p>
<p>--<br>日の出産業株式会社 コンタクトセンター運営部<br>大城 拓海 TEL 0436-20-5580</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="HTML table of call counts by topic and day: statistics, no people",
)

# 032 — meal-delivery users with diet for their illness: full-width digits, padded with 全角 spaces
_p = people(6, "kitahama", age=(70, 94))
_diet = ["糖尿病食（１６００kcal）", "腎臓病食（たんぱく制限）", "きざみ食（嚥下障害あり）", "普通食",
         "減塩食（心不全）", "ミキサー食（脳梗塞後遺症）"]
_l = [pad("氏　名", 16, "\u3000") + pad("住　所", 54, "\u3000") + pad("電話番号", 28, "\u3000") + "食形態",
      "－" * 60]
for p, d in zip(_p, _diet):
    _l.append(pad(p["name"], 16, "\u3000") + pad(zen(p["addr_short"]), 54, "\u3000") + pad(zen(p["tel"]), 28, "\u3000") + d)
add(
    id="jichitai-032", charset="shift_jis",
    sender=KUBODERA, to=[ISHIKARI],
    subject="配食サービス 11月新規利用者のご連絡",
    body=f"""北国フーズ株式会社 配食事業部
石狩様

いつもお世話になっております。北浜市 高齢者福祉事務センターの久保寺です。
１１月２日（月）から配食を開始する新規利用者６名をご連絡します。
住所はいずれも北浜市内です。

{chr(10).join(_l)}

食形態はケアマネジャーからの情報をもとにしています。
初回お届け時に、ご本人・ご家族へ食形態の最終確認をお願いいたします。
{SIG_KUBODERA}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six elderly users with addresses, phones and illness-specific diets (要配慮), full-width digits",
)

# 033 — tracking numbers for boxes of original forms (no people)
_trk = "\n".join(f"　箱{i + 1:02d}　追跡番号 {3312 + i}-{_R.randint(1000, 9999)}-{_R.randint(1000, 9999)}　"
                 f"（申請書 {_R.randint(380, 500)}枚）" for i in range(8))
add(
    id="jichitai-033", charset="iso-2022-jp",
    sender=KOMIYAMA, to=[SHIBASAKI],
    subject="申請書原本 返却便の集荷のお願い（10/16）",
    body=f"""青葉運輸株式会社
柴崎様

お世話になっております。給付金事務センターの小宮山です。
審査の終わった申請書原本を北浜市役所へ返却するため、集荷をお願いいたします。

　集荷日時：10月16日（金）14:00〜15:00
　集荷先　：北浜第一ビル4F 事務センター（搬出は通用口から）
　届け先　：北浜市役所 本庁舎 地下1階 文書保管庫
　個数　　：8箱（施錠コンテナ）

送り状は事前に発行済みです。
{_trk}

到着後、市の受領印をいただいた受領書のご返送をお願いします。
{SIG_KOMIYAMA}""",
    expect="pass", entities=[], detectors=[],
    note="pickup request with tracking numbers and box counts, no personal data",
)

# 034 — three municipalities' officials visible to each other
add(
    id="jichitai-034", charset="iso-2022-jp",
    sender=KATAGIRI, to=[KUWABARA, ISHIGURO, OKABE],
    cc=["営業本部 <koukyou-eigyo@hinode-sangyo.co.jp>"],
    subject="【ご案内】自治体DX・BPO事例セミナー（11/20 オンライン）",
    body=f"""各位

いつもお世話になっております。日の出産業 公共営業課の片桐でございます。
日頃ご愛顧いただいている自治体の皆さまに、事例セミナーのご案内をお送りいたします。

　テーマ：給付金事務を「3週間で立ち上げる」― 受託現場の実例から
　日時　：11月20日（金）14:00〜15:30（オンライン開催）
　参加費：無料

他自治体の担当者の方との意見交換の時間も設けております。
ご参加いただける場合は、本メールへのご返信でお知らせください。
{SIG_KATAGIRI}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="officials of three different municipalities in To see each other: should have been Bcc",
)

# 035 — English: foreign residents with residence card numbers to a translation vendor
_names = [("NGUYEN VAN NAM", "Vietnam", "Vietnamese"), ("SANTOS MARIA LUCIA", "Brazil", "Portuguese"),
          ("LI MIN", "China", "Mandarin"), ("THAPA BIKASH", "Nepal", "Nepali"),
          ("REYES JOHN PAUL", "Philippines", "Tagalog"), ("KIM SOYEON", "Korea", "Korean")]
_rows = []
for i, (n, c, lang) in enumerate(_names):
    rc = f"{_R.choice('AEFHKS')}{_R.choice('BCDLMN')}{_R.randint(10000000, 99999999)}{_R.choice(['FA', 'GB', 'HC', 'JD'])}"
    _rows.append(f"{i + 1}. {n:<20} {c:<12} {lang:<11} 0{_R.choice([80, 90, 70])}-{_R.randint(1000, 9999)}-{_R.randint(1000, 9999)}  RC No. {rc}")
add(
    id="jichitai-035", charset="utf-8",
    sender="Rina Imaizumi <r-imaizumi@hinode-sangyo.co.jp>",
    to=["LinguaBridge Bookings <bookings@linguabridge.com.sg>"],
    subject="Interpreter booking: resident consultations at Shinonome City Hall, Oct 27-29",
    body=f"""Dear LinguaBridge team,

We would like to book remote interpreters for the following residents' counter
appointments at Shinonome City Hall (residence procedures and national health insurance).
Please call each resident one day before to confirm the time in their own language.

No. Name                 Nationality  Language    Phone          Residence card
{chr(10).join(_rows)}

Appointments are 30 minutes each between 9:30 and 12:00 on Oct 27-29; the exact slots
are in your booking portal.

Kind regards,
Rina Imaizumi
Hinode Sangyo Co., Ltd. / Shinonome City counter services
+81-467-81-2290
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="six foreign residents with phones and residence card numbers to an overseas vendor",
)

# 036 — the word 機密 in an ordinary sentence
add(
    id="jichitai-036", charset="iso-2022-jp",
    sender=KADOWAKI, to=[KIRYU],
    subject="事務センターの入退室管理に関するご回答",
    body=f"""北浜市 総務部 情報政策課
桐生様

いつもお世話になっております。日の出産業 情報セキュリティ推進室の門脇です。
先日の監査でご質問いただいた入退室管理について、以下のとおりご回答いたします。

1. 機密性の高い個人情報を取り扱う審査室は、ICカードと暗証番号の二要素で入室を管理しています。
2. 入退室ログは1年間保存し、毎月、室長が不審な入室がないか確認しています。
3. 審査室への私物（スマートフォン・USBメモリ等）の持込みは禁止し、ロッカーで保管しています。
4. 来訪者は受付で記帳し、社員が常時同行します。

規程類の写しが必要でしたら、次回の定例会でお持ちいたします。
{SIG_KADOWAKI}""",
    expect="pass", entities=[], detectors=[],
    note="answer to an audit question; 機密 only used in a sentence, no marking, no personal data",
)

# 037 — corrupt XLSX to the system vendor
add(
    id="jichitai-037", charset="iso-2022-jp",
    sender=KOMIYAMA, to=[MIYOSHI],
    subject="取込エラー分のファイル再送",
    body=f"""ツバサシステム 三好様

お世話になっております。小宮山です。
昨日取込エラーとなった分のファイルを再送します。
保存し直したものですが、こちらでも開けるか確認できておりません。
開けない場合はご連絡ください。
{SIG_KOMIYAMA}""",
    attachments=[{"kind": "corrupt", "name": "torikomi_error_1014.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# 038 — one person's disability certificate grade to a welfare taxi company (ISO-2022-JP)
_p = person("shinonome", age=(45, 80))
add(
    id="jichitai-038", charset="iso-2022-jp",
    sender=IMAIZUMI, to=["配車センター 野口 <noguchi@shinonome-hire.co.jp>"],
    subject="福祉タクシー利用券 対象者追加のご連絡",
    body=f"""東雲ハイヤー株式会社
配車センター 野口様

お世話になっております。東雲市窓口業務チームの今泉です。
福祉タクシー利用券の交付対象者が1名追加となりましたのでご連絡します。

　氏名　：{_p['name']} 様
　住所　：{_p['addr']}
　電話　：{_p['tel']}
　手帳　：身体障害者手帳 1級（両下肢機能障害）
　備考　：車いすのまま乗車可能な車両（スロープ付）での配車を希望されています

初回のご利用は10/21（水）の通院（東雲中央病院）とのことです。
{SIG_IMAIZUMI}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named resident's disability (身体障害者手帳 1級) and address to a taxi company: 要配慮",
)

# 039 — project schedule XLSX (several sheets), no personal data
add(
    id="jichitai-039", charset="utf-8",
    sender=IJUIN, to=[MIYOSHI],
    subject="給付金システム 第2弾改修 工程表（案）",
    body=f"""三好様

お世話になっております。伊集院です。
第2弾対応の改修工程表（案）を作成しました。
「課題一覧」シートの No.4（振込データのレイアウト変更）は市の回答待ちです。
ご意見があれば10/20までにコメントをお願いします。
{SIG_IJUIN}""",
    attachments=[{"kind": "xlsx", "name": "第2弾改修_工程表_v0.3.xlsx", "title": "工程表",
                  "sheets": {"工程": [["北浜市給付金システム 第2弾改修 工程表（案）"], [],
                                    ["工程", "開始", "終了", "担当", "状況"],
                                    ["要件確定", "2026/10/05", "2026/10/16", "日の出", "進行中"],
                                    ["設計", "2026/10/19", "2026/10/30", "ツバサ", "未着手"],
                                    ["製造・単体", "2026/11/02", "2026/11/20", "ツバサ", "未着手"],
                                    ["結合・総合テスト", "2026/11/24", "2026/12/11", "日の出／ツバサ", "未着手"],
                                    ["本番移行", "2026/12/14", "2026/12/15", "日の出", "未着手"]],
                             "課題一覧": [["No", "課題", "起票日", "状況"],
                                      [1, "申請区分コードの追加（第2弾専用）", "10/02", "対応済"],
                                      [2, "不支給理由マスタの改定", "10/05", "対応中"],
                                      [3, "帳票（決定通知）の文言変更", "10/06", "対応中"],
                                      [4, "振込データのレイアウト変更", "10/08", "市回答待ち"]],
                             "体制": [["役割", "会社", "氏名"], ["PM", "日の出産業", "伊集院"],
                                    ["開発リーダー", "ツバサシステム", "三好"]]}}],
    expect="pass", entities=[], detectors=[],
    note="project schedule and issue list; the only names are the two project leads, no personal data",
)

# 040 — plain ZIP: UTF-8 CSV of twenty addressees for the printer
_p = people(20, "kitahama")
_rows = [["通知番号", "郵便番号", "住所1", "住所2", "宛名", "支給額"]]
for i, p in enumerate(_p):
    a = p["addr"]
    _rows.append([f"K6-{410 + i:05d}", p["zip"], a.split(" ")[0], a.split(" ")[1] if " " in a else "",
                  p["name"] + " 様", "30,000"])
add(
    id="jichitai-040", charset="iso-2022-jp",
    sender=YAMAGISHI, to=[OGINO], cc=[KOMIYAMA],
    subject="決定通知書 宛名データ（第6回 追加分）",
    body=f"""錦印刷株式会社
荻野様

お世話になっております。山岸です。
第6回決定通知書の追加分（20件）の宛名データをお送りします。
ZIPの中にCSV（UTF-8）と作業指示書が入っています。

本紙と同じ刷版で、10/19（月）発送分に追加いただければ幸いです。
{SIG_YAMAGISHI}""",
    attachments=[{"kind": "zip", "name": "atena_dai6_tsuika.zip",
                  "files": [{"kind": "csv", "name": "atena_dai6_tsuika.csv", "encoding": "utf-8", "rows": _rows},
                            {"kind": "txt", "name": "作業指示.txt",
                             "text": "第6回決定通知書 追加分\n件数：20件\n刷版：本紙と同じ（K6-A）\n発送日：10/19\n"}]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="ZIP with a CSV of twenty residents' names and addresses to the printer",
)

# ======================================================================= 041-050
# 041 — answer to one resident on free mail about her own application
add(
    id="jichitai-041", charset="iso-2022-jp",
    sender="北浜市民コールセンター <kitahama-cc@hinode-sangyo.co.jp>",
    to=["ayako.kirara0611@gmail.com"],
    subject="Re: 給付金の振込について（受付番号 K-2610-0457）",
    body="""雲母 絢子 様

北浜市民コールセンターです。お問い合わせいただきありがとうございます。

お申込みの生活応援給付金は、10月8日に審査が完了しております。
振込は10月20日（火）を予定しており、決定通知書は振込日の数日前にお届けします。
通帳の記帳で「キタハマシ キユウフキン」と表示されますのでご確認ください。

そのほかご不明な点がございましたら、フリーダイヤル 0120-418-270（平日9時〜18時）まで
お問い合わせください。

※本メールは送信専用アドレスからの送信ではありませんが、個人情報保護のため、
　口座番号等はメールに記載なさらないようお願いいたします。

北浜市民コールセンター（運営：日の出産業株式会社）
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="reply to one resident on free mail about her own application; no one else's data",
)

# 042 — one resident's adverse vaccine reaction and medical history, to the city's health centre
_p = person("shinonome", age=(30, 60))
add(
    id="jichitai-042", charset="utf-8",
    sender=IMAIZUMI, to=["健康づくり課 予防接種係 <yobou@city.shinonome.lg.jp>"],
    subject="【副反応疑い】予防接種コールセンター 受付報告（10/14）",
    body=f"""東雲市 健康づくり課 予防接種係 御中

お世話になっております。日の出産業 今泉です。
本日、予防接種相談ダイヤルに副反応の疑いに関するご相談がありましたので報告します。

　相談者　：{_p['name']}（{_p['kana']}）様 本人
　生年月日：{_p['dob_iso']}
　連絡先　：{_p['mobile']}
　接種日　：10/12（月）　東雲台クリニックにて 帯状疱疹ワクチン（1回目）
　症状　　：接種翌日から38度台の発熱、接種部位の腫れ（10cm程度）、全身のじんましん
　既往歴　：気管支喘息（吸入薬使用中）、卵アレルギー
　対応　　：接種医療機関への受診を案内。本人は本日午後受診予定

2回目接種の可否について、保健師からの折り返しを希望されています。
ご対応をお願いいたします。
{SIG_IMAIZUMI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named resident's symptoms and medical history (要配慮) sent outside, even if to the city",
)

# 043 — early-voting station staff roster with 和暦 abbreviated birth dates, padded columns
_p = people(7, "kitahama", age=(25, 72))
_l = [pad("氏名", 14) + pad("フリガナ", 20) + pad("生年月日", 11) + pad("住所", 56) + "電話",
      "-" * 114]
for p in _p:
    _l.append(pad(p["name"], 14) + pad(p["kana"], 20) + pad(wareki(*p["dob"], style="abbr"), 11)
              + pad(p["addr"], 56) + p["mobile"])
add(
    id="jichitai-043", charset="iso-2022-jp",
    sender=NONOMURA, to=["選挙管理委員会事務局 <senkyo@city.kitahama.lg.jp>"],
    subject="期日前投票所 従事者（市民雇用分）の名簿提出",
    body=f"""北浜市 選挙管理委員会事務局 御中

お世話になっております。日の出産業 総務部の野々村です。
期日前投票所（北浜駅前会場）の運営業務につき、弊社が雇用した市民従事者の名簿を提出いたします。
従事者証の発行をお願いいたします。

{chr(10).join(_l)}

以上7名です。雇用契約書の写しは、10/20の事前説明会の際に持参いたします。
{SIG_NONOMURA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven people's birth dates (和暦 S/H.), addresses and mobiles in padded columns, sent outside",
)

# 044 — three-way meeting: the city and the system vendor (two external organisations)
add(
    id="jichitai-044", charset="iso-2022-jp",
    sender=YAMAGISHI, to=[OKABE], cc=[MIYOSHI, IJUIN],
    subject="システム切替に関する三者打合せのお願い",
    body=f"""北浜市 生活支援課 岡部様
（CC：ツバサシステム 三好様、弊社 伊集院）

お世話になっております。山岸です。
第2弾対応のシステム切替について、市・ツバサシステム様・弊社の三者で
一度お打合せをお願いできればと存じます。

　候補：10/22（木）10:00〜／10/23（金）15:00〜
　場所：北浜市役所 本庁舎 5階 第3会議室（またはオンライン）
　内容：切替日の業務停止時間、住民への周知方法、切戻し手順

ご都合をお知らせいただけますと幸いです。
{SIG_YAMAGISHI}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="ordinary three-party meeting mail: two external organisations in To/Cc",
)

# 045 — password-protected PDF to the printer
add(
    id="jichitai-045", charset="utf-8",
    sender=IMAIZUMI, to=[OGINO],
    subject="保険料決定通知 校了データの送付",
    body=f"""荻野様

お世話になっております。今泉です。
国保保険料決定通知の校了データをお送りします。
市の指示により、PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。
{SIG_IMAIZUMI}""",
    attachments=[{"kind": "pdf", "name": "kokuho_kettei_kouryo.pdf", "password": "shino1015",
                  "lines": ["令和8年度 国民健康保険料 決定通知書（校了）"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="an encrypted PDF that cannot be inspected",
)

# 046 — reply: the new text carries five people's data, the quoted part is harmless
_p = people(5, "kitahama")
_l = "\n".join(f"　{i + 1}. {p['name']} 様　受付 KH-{24600 + i * 37:06d}　{s}　（連絡先 {phone(p)}）"
               for i, (p, s) in enumerate(zip(_p, ["10/20振込予定", "不備補正待ち（口座）", "10/20振込予定",
                                                   "審査中", "9/29振込済（組戻しなし）"])))
add(
    id="jichitai-046", charset="utf-8",
    sender=KOMIYAMA, to=[OKABE],
    subject="Re: 市長への手紙（給付金未着）の5名について",
    body=f"""岡部様

お世話になっております。小宮山です。
お問い合わせの5名の状況を確認しました。

{_l}

5番目の方は振込済みのため、通帳をご確認いただくよう、センターからご本人に
お電話する予定です。回答文案は明日お送りします。

小宮山

> 小宮山さん
> 市長への手紙で「給付金がまだ届かない」という投書が5件ありました。
> お名前は別途お電話でお伝えしたとおりです。状況を確認してください。
> 岡部
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="the new text of the reply lists five residents with phones; only the quoted part was the city's",
)

# 047 — three re-deliveries (names, addresses, phones) to the carrier: under five, may warn
_p = people(3, "kitahama")
_l = "\n\n".join(f"（{i + 1}）{p['name']} 様\n　　〒{p['zip']} {p['addr']}\n　　TEL {phone(p)}　"
                 f"※{w}" for i, (p, w) in enumerate(zip(_p, ["平日18時以降の配達希望", "土曜午前希望",
                                                          "ご不在時は宅配ボックス不可"])))
add(
    id="jichitai-047", charset="iso-2022-jp",
    sender=KOMIYAMA, to=[SHIBASAKI],
    subject="本人限定受取 再配達のお願い（3件）",
    body=f"""柴崎様

お世話になっております。小宮山です。
先週お願いした本人限定受取便のうち、不在で持ち戻りとなった3件について、
ご本人と連絡がつきましたので再配達をお願いいたします。

{_l}

お手数ですがよろしくお願いいたします。
{SIG_KOMIYAMA}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three addressees for re-delivery to the carrier: under five people, may warn but must go",
)

# 048 — the city's manual stamped 取扱注意, forwarded to the call-centre subcontractor
add(
    id="jichitai-048", charset="shift_jis",
    sender=OSHIRO, to=[MIYAMAE],
    subject="北浜市 窓口・電話応対マニュアル（改訂版）の共有",
    body=f"""宮前さん

お疲れさまです。大城です。
市から改訂版の応対マニュアルが届きましたので共有します。
主な変更は「第4章 強い口調のお客様への対応」と「第7章 個人情報の本人確認」です。
オペレーターの皆さんへの周知をお願いします。
{SIG_OSHIRO}""",
    attachments=[{"kind": "docx", "name": "窓口電話応対マニュアル_改訂3版.docx", "title": "窓口・電話応対マニュアル",
                  "page_header": "取扱注意　北浜市市民部", "page_footer": "本書の複製・外部提供を禁ずる",
                  "paragraphs": ["【取扱注意】北浜市 窓口・電話応対マニュアル（改訂第3版）",
                                 "第4章 強い口調のお客様への対応",
                                 "4-1 まず傾聴し、要件を復唱する。威圧的な言動が続く場合は上席に交代する。",
                                 "第7章 個人情報の本人確認",
                                 "7-1 電話では、氏名・生年月日・住所の3点を確認するまで個別の内容を回答しない。"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the attached manual is stamped 取扱注意 in its header and title, sent to a subcontractor",
)

# 049 — the city's mail attached as .eml (a forward as attachment) with a CSV of residents
_p = people(8, "kitahama")
_rows = [["住民コード", "氏名", "カナ", "生年月日", "住所", "エラー内容"]]
for i, p in enumerate(_p):
    _rows.append([f"{_R.randint(10000000, 99999999)}", p["name"], p["kana"], p["dob_iso"], p["addr"],
                  _R.choice(["E102 世帯番号不一致", "E215 異動日不正", "E102 世帯番号不一致", "E330 外字"])])
_inner = {"sender": OKABE, "to": [YAMAGISHI], "charset": "iso-2022-jp",
          "subject": "住基連携データの取込エラーについて",
          "body": "山岸様\n\n生活支援課の岡部です。\n本日の住基連携データで、取込エラーになった8件のデータを添付します。\n"
                  "原因の調査をお願いします。\n\n北浜市 福祉部 生活支援課 岡部\n",
          "attachments": [{"kind": "csv", "name": "juki_error_1015.csv", "encoding": "cp932", "rows": _rows}]}
add(
    id="jichitai-049", charset="iso-2022-jp",
    sender=IJUIN, to=[MIYOSHI],
    subject="FW: 住基連携データの取込エラーについて",
    body=f"""三好様

伊集院です。北浜市からの連絡を添付で転送します。
8件とも昨日のパッチ適用後の取込分です。原因の調査をお願いできますでしょうか。
{SIG_IJUIN}""",
    attachments=[{"kind": "eml", "name": "住基連携データの取込エラーについて.eml", "message": _inner}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="forwards the city's mail as an attachment; its CSV holds eight residents' birth dates and addresses",
)

# 050 — My Numbers, but every recipient is internal
_p = people(3, "kitahama")
_l = "\n".join(f"  {i + 1}) {p['name']}  個人番号 {MN[1 + i]}  連携データ側：{s}"
               for i, (p, s) in enumerate(zip(_p, ["番号なし", "別人の番号（桁ずれ）", "番号なし"])))
add(
    id="jichitai-050", charset="iso-2022-jp",
    sender=KOMIYAMA, to=[YAMAGISHI, KADOWAKI],
    subject="個人番号 突合エラー3件（社内確認用）",
    body=f"""山岸さん、門脇さん

小宮山です。申請書記載の個人番号と連携データの突合でエラーが3件出ています。

{_l}

2番目は入力ミスの可能性があるため、原本を確認してから市に照会します。
このメールは転送しないでください。市への照会は番号を伏せて行います。

小宮山
""",
    expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=[],
    note="three My Numbers, but both recipients are internal",
)

# ======================================================================= 051-060
# 051 — one applicant's basic pension number (ID number), to the city
_p = person("shinonome", age=(22, 45))
add(
    id="jichitai-051", charset="shift_jis",
    sender=IMAIZUMI, to=[TOKUNAGA],
    subject="国民年金保険料免除申請書の記載不備（1件）",
    body=f"""保険年金課 徳永様

お世話になっております。今泉です。
本日窓口で受け付けた免除申請書のうち、1件記載不備がありました。

　申請者　　：{_p['name']}（{_p['kana']}）
　生年月日　：{wareki(*_p['dob'])}
　基礎年金番号：{_R.randint(1000, 9999)}-{_R.randint(100000, 999999)}
　不備内容　：前年所得の申立欄が空欄。失業による特例免除の希望あり（離職票の写しは添付済）

ご本人には補正のため再来庁をお願いしましたが、郵送での補正をご希望です。
郵送での補正でよいか、ご判断をお願いいたします。
{SIG_IMAIZUMI}""",
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one person's 基礎年金番号 with name and birth date sent outside",
)

# 052 — FAQ draft for the call-centre subcontractor
add(
    id="jichitai-052", charset="utf-8",
    sender=OSHIRO, to=[MIYAMAE], cc=[YAMAGISHI],
    subject="FAQ追加案（生活応援給付金 第2弾）のご確認",
    body=f"""宮前さん

お疲れさまです。大城です。
第2弾の受付開始（11/2）に向けて、FAQの追加案を作りました。
市の確認前のドラフトですので、オペレーター向けの研修資料にはまだ載せないでください。

Q1. 第1弾を受け取った世帯も第2弾の対象になりますか。
A1. はい。第2弾は令和8年10月1日時点で市内に住民登録のある世帯が対象で、第1弾の受給有無は問いません。

Q2. 申請書が届きません。
A2. 発送は11月2日から順次行います。11月20日を過ぎても届かない場合はコールセンターへご連絡ください。

Q3. 口座を変更したい。
A3. 申請書の口座欄に新しい口座を記入し、通帳の写しを添付してください。第1弾の口座は引き継がれません。

Q4. 電話で口座番号を伝えてもよいですか。
A4. お電話では口座番号をお伺いしていません。必ず申請書でお知らせください。

ご意見があれば今週中にお願いします。
{SIG_OSHIRO}""",
    expect="pass", entities=[], detectors=[],
    note="FAQ draft for the call centre: general answers, no personal data",
)

# 053 — look-alike of the printer's domain (nishiki-insatu: 'tsu' → 'tu'), design proof
add(
    id="jichitai-053", charset="iso-2022-jp",
    sender=KOMIYAMA, to=["荻野 聡 <ogino@nishiki-insatu.co.jp>"],
    subject="第2弾 封筒デザイン 校正戻し",
    body=f"""錦印刷 荻野様

お世話になっております。小宮山です。
第2弾の封筒デザインの校正を戻します。赤字は2か所です。

　1. 表面「重要」の文字色を赤（DIC 156）に変更
　2. 裏面の問い合わせ先電話番号を 0120-418-270 に修正

再校は10/21（水）までにいただけますと助かります。
{SIG_KOMIYAMA}""",
    attachments=[{"kind": "pdf", "name": "封筒_第2弾_初校_赤字.pdf",
                  "lines": ["北浜市生活応援給付金（第2弾）申請書在中　封筒 初校", "赤字1：「重要」DIC 156",
                            "赤字2：問い合わせ先 0120-418-270"]},
                 {"kind": "png", "name": "封筒_表面_赤字.png"}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp is a look-alike of the partner printer nishiki-insatsu.co.jp",
)

# 054 — evacuation-support register: PDF table with reasons for support (disability, dialysis…)
_p = people(9, "kitahama", age=(60, 96))
_why = ["視覚障害（全盲）", "人工透析（週3回）", "認知症・独居", "下肢障害（車いす）", "在宅酸素療法",
        "知的障害", "寝たきり（要介護5）", "聴覚障害", "精神障害（統合失調症）"]
_tab = [["No", "氏名", "年齢", "住所", "電話", "支援が必要な理由", "緊急連絡先"]]
for i, (p, w) in enumerate(zip(_p, _why)):
    _tab.append([str(i + 1), p["name"], str(p["age"]), p["addr_short"], p["tel"], w,
                 f"{_R.choice(['長男', '長女', '次男', '姪'])} {p['mobile']}"])
add(
    id="jichitai-054", charset="utf-8",
    sender=SHIINA, to=["地域福祉係 <chiiki@kitahama-shakyo.or.jp>"],
    subject="避難行動要支援者名簿（第3地区）の提供について",
    body=f"""北浜市社会福祉協議会 地域福祉係 御中

お世話になっております。日の出産業 防災・地域支援業務担当の椎名です。
市から依頼を受け、沿岸部（第3地区）の避難行動要支援者名簿（同意者分）をお送りします。
11/8の地区防災訓練での安否確認にご活用ください。

訓練終了後は、名簿を市危機管理課へ返却いただくようお願いいたします。
{SIG_SHIINA}""",
    attachments=[{"kind": "pdf", "name": "要支援者名簿_第3地区.pdf", "title": "避難行動要支援者名簿",
                  "lines": ["避難行動要支援者名簿（第3地区：沿岸部）　令和8年10月1日現在", "北浜市 危機管理課", ""],
                  "table": _tab}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF register of nine residents with disabilities and illnesses (要配慮), addresses and phones",
)

# 055 — list of shops accepting the voucher: businesses, not people
_shops = [("スーパーマルヤ 北浜店", "スーパー", "北浜市中央2-3-1", "0436-21-3301"),
          ("ドラッグひまわり 港町店", "ドラッグストア", "北浜市港町1-12-8", "0436-22-0455"),
          ("精肉の鳥越", "精肉店", "北浜市浜田3-4-2", "0436-23-1198"),
          ("北浜ベーカリー麦の穂", "パン", "北浜市緑町5-1-15", "0436-24-6620"),
          ("カメラのサトウ", "写真・家電", "北浜市北原2-8-3", "0436-25-0081"),
          ("磯辺鮮魚店", "鮮魚", "北浜市磯辺1-1-20", "0436-26-7002"),
          ("ホームセンターかいづか 北浜店", "ホームセンター", "北浜市旭ケ丘4-6", "0436-27-8800"),
          ("そば処 汐見庵", "飲食", "北浜市汐見台2-9-4", "0436-28-1530"),
          ("若潮書店", "書店", "北浜市若潮3-2-11", "0436-29-4415"),
          ("北浜オートサービス", "自動車整備", "北浜市松ケ丘6-7-1", "0436-20-9918")]
add(
    id="jichitai-055", charset="shift_jis",
    sender=YAMAGISHI, to=[OGINO],
    subject="プレミアム商品券 取扱店舗一覧（チラシ掲載用データ）",
    body=f"""荻野様

お世話になっております。山岸です。
商品券チラシ裏面の取扱店舗一覧のデータをお送りします。
今回は10月15日時点の登録店舗です（追加分は11月に再度お送りします）。
{SIG_YAMAGISHI}""",
    attachments=[{"kind": "xlsx", "name": "取扱店舗一覧_1015.xlsx",
                  "sheets": {"店舗一覧": [["北浜市プレミアム商品券 取扱店舗一覧（10月15日現在）"],
                                       ["店舗名", "業種", "所在地", "電話番号"]] + [list(s) for s in _shops],
                             "業種別件数": [["業種", "件数"], ["小売", 7], ["飲食", 1], ["サービス", 2]]}}],
    expect="pass", entities=[], detectors=[],
    note="a list of shops with their business addresses and phones: businesses, not people",
)

# 056 — five city officials' direct lines and mail: business contacts of staff (either)
_staff = [("生活支援課", "岡部 智之", "主査", "0436-20-1241", "okabe-t@city.kitahama.lg.jp"),
          ("生活支援課", "百目鬼 玲奈", "主任", "0436-20-1243", "domeki-r@city.kitahama.lg.jp"),
          ("市民課", "真壁 由紀", "係長", "0436-20-1102", "makabe-y@city.kitahama.lg.jp"),
          ("情報政策課", "桐生 隆史", "主幹", "0436-20-1310", "kiryu-t@city.kitahama.lg.jp"),
          ("会計課", "薬袋 誠", "主事", "0436-20-1405", "minai-m@city.kitahama.lg.jp")]
_l = "\n".join(f"{k}\t{n}\t{y}\t{t}\t{m}" for k, n, y, t, m in _staff)
add(
    id="jichitai-056", charset="utf-8",
    sender=YAMAGISHI, to=[MIYAMAE],
    subject="北浜市 エスカレーション先 担当者一覧",
    body=f"""宮前さん

お疲れさまです。山岸です。
オペレーターが市へ直接エスカレーションする場合の担当者一覧です。
原則はSV経由ですが、SV不在時はこちらへ直接お願いします（代表電話ではなく直通です）。

課\t氏名\t役職\t直通\tメール
{_l}

市民への案内には使わないでください。
{SIG_YAMAGISHI}""",
    expect="either", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="five city officials' direct lines and work mail: business contacts, yet a five-person list",
)

# 057 — comma-separated list pasted into the body: failed direct debits (Shift_JIS)
_p = people(8, "shinonome", age=(25, 45))
_l = ["児童番号,保護者氏名,金融機関,支店,種目,口座番号,不能理由,連絡先"]
for i, p in enumerate(_p):
    _l.append(f"C{88410 + i * 3},{p['name']},{p['bank']},{p['branch']},{p['acct_type']},{p['acct']},"
              f"{_R.choice(['資金不足', '資金不足', '預金取引なし', '振替停止'])},{p['mobile']}")
add(
    id="jichitai-057", charset="shift_jis",
    sender=TODO, to=["保育課 保育料係 <hoikuryo@city.shinonome.lg.jp>"],
    subject="9月分 保育料 口座振替不能者のご報告",
    body=f"""東雲市 こども未来部 保育課 保育料係 御中

いつもお世話になっております。日の出産業 経理部の藤堂です。
9月27日振替分の保育料について、振替不能となった8件をご報告します。
（CSV形式で貼り付けていますので、Excelで区切り位置指定してご利用ください）

{chr(10).join(_l)}

督促状の発送は、貴課のご確認後に弊社で行います。
{SIG_TODO}""",
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER"], detectors=["personal_data"],
    note="comma-separated list of eight parents' bank accounts and mobiles, sent outside",
)

# 058 — VPN instructions for the vendor; 機密 only in a rule sentence
add(
    id="jichitai-058", charset="iso-2022-jp",
    sender=IJUIN, to=[MIYOSHI],
    subject="リモート保守用VPNの接続手順について",
    body=f"""三好様

お世話になっております。伊集院です。
11月からのリモート保守に向けて、VPNの接続手順をお送りします。

1. 接続先：vpn-kh.hinode-sangyo.co.jp（SSL-VPN、ポート443）
2. アカウントは保守作業者ごとに発行します。氏名と所属を別途お知らせください
3. ワンタイムパスワードはスマートフォンアプリで生成します
4. 接続は平日9時〜18時の申請済み作業時間帯のみ許可されます

なお、契約上の機密情報（住民データを含む）を保守端末にダウンロードすることは
禁止しています。作業ログは全件記録されますのでご了承ください。
{SIG_IJUIN}""",
    expect="pass", entities=[], detectors=[],
    note="technical instructions; 機密 appears only in a sentence about handling rules",
)

# 059 — one person's driver's licence number in a correction request
_p = person("shinonome", age=(25, 70))
add(
    id="jichitai-059", charset="iso-2022-jp",
    sender=IMAIZUMI, to=[f"市民課 証明係 <shomei@city.shinonome.lg.jp>"],
    subject="本人確認記録の誤りについて（10/13 住民票交付）",
    body=f"""東雲市 市民課 証明係 御中

お世話になっております。今泉です。
10/13の住民票の写し交付において、本人確認記録票の記載誤りが判明しましたので
訂正をお願いいたします。

　請求者　　：{_p['name']} 様（{wareki(*_p['dob'])}生）
　確認書類　：運転免許証
　（誤）番号：第{_R.randint(10, 99)}{_R.randint(1000000000, 9999999999)}号
　（正）番号：第30{_R.randint(1000000000, 9999999999)}号

交付自体は正しく行われております。記録票は原本を訂正のうえ、本日中に証明係へお持ちします。
{SIG_IMAIZUMI}""",
    expect="stop", entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a resident's driver's licence number with name and birth date sent outside",
)

# 060 — meeting minutes (DOCX): attendees' names only
add(
    id="jichitai-060", charset="iso-2022-jp",
    sender=YAMAGISHI, to=[OKABE], cc=[KOMIYAMA],
    subject="第14回 定例会 議事録（案）の送付",
    body=f"""岡部様

お世話になっております。山岸です。
10/16の定例会の議事録（案）をお送りします。
修正点がございましたら、10/21（水）までにご連絡ください。
{SIG_YAMAGISHI}""",
    attachments=[{"kind": "docx", "name": "第14回定例会_議事録案.docx", "title": "第14回定例会 議事録",
                  "paragraphs": ["北浜市生活応援給付金事務 第14回定例会 議事録（案）",
                                 "日時：令和8年10月16日（金）14:00〜15:10　場所：北浜市役所 5階 第3会議室",
                                 "出席：（市）岡部主査、百目鬼主任　（日の出産業）山岸、小宮山",
                                 "1. 進捗：申請受付 38,412件、審査完了 35,980件（93.7%）、支給済 33,105件",
                                 "2. 課題：口座不能 41件の再照会を10月中に完了する",
                                 "3. 第2弾：申請書の発送開始を11/2とすることを確認",
                                 "次回：10/30（金）14:00〜"],
                  "tables": [[["No", "宿題事項", "担当", "期限"],
                              ["1", "口座不能分の再照会文書", "日の出", "10/23"],
                              ["2", "第2弾 周知チラシの文言確認", "市", "10/27"]]]}],
    expect="pass", entities=[], detectors=[],
    note="minutes with progress figures; attendees' names carry no personal data",
)

# ======================================================================= 061-070
# 061 — legacy .xls: disability-service certificate mailing list (service type reveals disability)
_p = people(11, "kitahama", age=(18, 70))
_svc = ["居宅介護", "就労継続支援B型", "生活介護", "就労継続支援A型", "共同生活援助（グループホーム）",
        "短期入所", "重度訪問介護", "自立訓練（生活訓練）", "行動援護", "同行援護（視覚障害）", "放課後等デイサービス"]
_rows = [["受給者証番号", "氏名", "郵便番号", "住所", "障害種別", "サービス種別", "有効期間終了"]]
for i, (p, s) in enumerate(zip(_p, _svc)):
    _rows.append([f"{_R.randint(1000000000, 9999999999)}", p["name"], p["zip"], p["addr"],
                  _R.choice(["身体", "知的", "精神", "身体・知的"]), s, "R9.9.30"])
add(
    id="jichitai-061", charset="shift_jis",
    sender=KUBODERA, to=[OGINO],
    subject="障害福祉サービス受給者証 更新分の封入依頼",
    body=f"""錦印刷株式会社 荻野様

お世話になっております。久保寺です。
10月更新分の障害福祉サービス受給者証の封入・発送をお願いいたします。
宛名データは市のシステムから出力した形式（Excel 97-2003）のままお送りします。

受給者証本体は明日、青葉運輸の便でお届けします。
封筒は「親展」の窓空き封筒（市の指定）でお願いします。
{SIG_KUBODERA}""",
    attachments=[{"kind": "xls", "name": "受給者証_更新_202610.xls", "sheets": {"発送リスト": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="legacy XLS of eleven people with disability type and service (要配慮) and addresses, to the printer",
)

# 062 — HTML-only list of evacuation shelters (facilities, not people)
_sh = [("北浜市立中央小学校 体育館", "中央3-5-1", "0436-21-0101", "620"),
       ("北浜市立汐見台中学校 体育館", "汐見台1-20-1", "0436-21-0202", "540"),
       ("北浜市民会館", "港町2-1-1", "0436-21-0303", "900"),
       ("磯辺公民館", "磯辺4-2-7", "0436-21-0404", "180"),
       ("旭ケ丘コミュニティセンター", "旭ケ丘1-9-3", "0436-21-0505", "260"),
       ("北浜県立高校 第2体育館", "北原5-1", "0436-21-0606", "480")]
_tr = "\n".join(f"<tr><td>{n}</td><td>北浜市{a}</td><td>{t}</td><td style='text-align:right'>{c}</td></tr>"
                for n, a, t, c in _sh)
add(
    id="jichitai-062", charset="utf-8",
    sender=SHIINA, to=[OGINO],
    subject="防災マップ改訂版 指定避難所一覧（差し替え）",
    html=f"""<html><body>
<p>錦印刷 荻野様</p>
<p>お世話になっております。椎名です。<br>
防災マップ裏面の指定避難所一覧を、下表のとおり差し替えをお願いします。<br>
（旭ケ丘コミュニティセンターの収容人数を修正、北浜県立高校を追加しています）</p>
<table border="1" cellpadding="3">
<tr><th>施設名</th><th>所在地</th><th>電話</th><th>収容人数</th></tr>
{_tr}
</table>
<p>日の出産業株式会社 防災・地域支援業務 椎名 航平<br>TEL 0436-20-5595</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="HTML table of shelters (schools, halls) with addresses and phones: facilities, not people",
)

# 063 — two residents and the city official visible to each other
add(
    id="jichitai-063", charset="iso-2022-jp",
    sender=OSHIRO, to=["m.sotome.1958@yahoo.co.jp"],
    cc=["kumiko.tsukumo@gmail.com", MAKABE],
    subject="汐見台三丁目自治会の集団申請についてのご回答",
    body=f"""汐見台三丁目自治会
会長 五月女 様
副会長 九十九 様

北浜市民コールセンターの大城でございます。
先日お電話でご相談いただいた、自治会でのとりまとめによる給付金の申請についてご回答いたします。

市に確認しましたところ、申請書は世帯ごとのご提出が必要で、自治会での一括提出は
お受けできないとのことでした。ただし、記入のお手伝いは問題ございません。
11月の出張相談会の日程は、決まり次第市民課（CCの真壁）からご連絡いたします。
{SIG_OSHIRO}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="two private residents and a city official in To/Cc see each other: three external parties",
)

# 064 — English reply thread; the quoted part ("On ... wrote:") is the vendor's own text
add(
    id="jichitai-064", charset="utf-8",
    sender=IJUIN, to=["Priya Raman <priya.raman@scanwise.io>"],
    subject="Re: Custom dictionary feature and pricing",
    body=f"""Hi Priya,

Thank you for the quick answer. The flat fee for the custom dictionary is within our
budget. Please send the order form; our purchasing team will process it next week.

We will upload the branch-name list (public data only, about 240 entries) to the
shared folder once the contract is signed.

Best regards,
Wataru

On Thu, Oct 15, 2026 at 4:12 PM Priya Raman <priya.raman@scanwise.io> wrote:
> Hi Wataru,
>
> Yes, custom dictionaries are supported from v4.1. Pricing is a flat setup fee of
> USD 1,800 plus USD 120/month per dictionary. Accuracy gains on proper nouns are
> usually 5-8 points.
>
> Priya Raman
> Customer Success, ScanWise Pte. Ltd.
{SIG_IJUIN}""",
    expect="pass", entities=[], detectors=[],
    note="English reply about pricing with the vendor's quoted text; no personal data",
)

# 065 — subject and body marked 【部外秘】, sent to the subcontractor
add(
    id="jichitai-065", charset="shift_jis",
    sender=YAMAGISHI, to=[MIYAMAE],
    subject="【部外秘】11月 第2弾受付期の人員計画について",
    body=f"""━━━━━━━━━━━━━━━━━━━━━━━━━━
　部外秘　（取扱：北浜市給付金事業 関係者限り）
━━━━━━━━━━━━━━━━━━━━━━━━━━

宮前さん

お疲れさまです。山岸です。
第2弾受付期（11/2〜12/25）の人員計画をお送りします。

・弊社センター：オペレーター24席（平日）／12席（土曜）
・貴社（オーバーフロー）：平日 8席、11/2〜11/13は12席に増席をお願いしたい
・単価：現行契約どおり（増席分も同単価）
・市への報告上、貴社の席数は弊社の席数に含めて記載します

正式な発注書は来週お送りします。
{SIG_YAMAGISHI}""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="subject and body carry the marking 部外秘, and the mail goes to an external company",
)

# 066 — UTF-8 (BOM) CSV of ふるさと納税 donors for the gift supplier, kana and romaji
_p = people(12, "other", age=(30, 75))
_rows = [["寄附番号", "寄附者氏名", "フリガナ", "ローマ字", "郵便番号", "住所", "電話番号", "返礼品コード", "配送希望"]]
for i, p in enumerate(_p):
    _rows.append([f"SR-2026-{118300 + i * 7}", p["name"], p["kana"], p["romaji"], p["zip"], p["addr"],
                  phone(p), _R.choice(["KF-101", "KF-205", "KF-310"]), _R.choice(["指定なし", "午前中", "19-21時"])])
add(
    id="jichitai-066", charset="utf-8",
    sender=AKIZUKI, to=[ISHIKARI], cc=[KURIBAYASHI],
    subject="返礼品 発送先データ（10/12〜10/18受付分）",
    body=f"""北国フーズ株式会社
石狩様
（CC：白鷺市 ふるさと納税推進室 栗林様）

いつもお世話になっております。白鷺市ふるさと納税事務局の秋月です。
先週受付分の返礼品発送先データをお送りします（12件、UTF-8 BOM付きCSV）。

海外在住の方の代理受取はありません。配送希望欄をご確認のうえ、発送をお願いします。
{SIG_AKIZUKI}""",
    attachments=[{"kind": "csv", "name": "hassousaki_1012-1018.csv", "encoding": "utf-8-sig", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "multiple_external_domains"],
    note="CSV of twelve donors' names, addresses and phones to the gift supplier (city in Cc)",
)

# 067 — four tasting-event participants with phones: under five, may warn
_p = people(4, "kitahama", age=(68, 88))
_l = "\n".join(f"　・{p['name']} 様（{p['kana']}）　{p['tel']}" for p in _p)
add(
    id="jichitai-067", charset="iso-2022-jp",
    sender=KUBODERA, to=[ISHIKARI],
    subject="配食サービス 試食会 参加者のご連絡（10/27）",
    body=f"""北国フーズ 石狩様

お世話になっております。久保寺です。
10/27（火）の試食会（旭ケ丘コミュニティセンター）の参加者が確定しました。

{_l}

以上4名です。当日の朝、会場への送迎のご確認で貴社からお電話いただく際の連絡先としてお使いください。
試食会終了後、連絡先は破棄をお願いいたします。
{SIG_KUBODERA}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four participants' names and phones to the caterer running the event: under five people",
)

# 068 — "test data" that is real: My Numbers of six residents in an XLSX to the vendor
_p = people(6, "kitahama")
_sh = [["宛名番号", "個人番号", "氏名", "カナ", "生年月日", "住所"]]
for i, p in enumerate(_p):
    _sh.append([f"{_R.randint(100000000, 999999999)}", MN[4 + i], p["name"], p["kana"], p["dob_iso"], p["addr"]])
add(
    id="jichitai-068", charset="iso-2022-jp",
    sender=IJUIN, to=[MIYOSHI],
    subject="再現用データ（個人番号 突合不具合）",
    body=f"""三好様

伊集院です。個人番号の突合処理で一致しない不具合について、再現用のデータを送ります。
本番データから該当の6件を抜き出したものです。検証後は削除をお願いします。
{SIG_IJUIN}""",
    attachments=[{"kind": "xlsx", "name": "再現データ_突合不具合.xlsx",
                  "sheets": {"抽出データ": _sh,
                             "事象": [["No", "事象"], [1, "先頭0の番号が数値変換され11桁になる"],
                                    [2, "全角数字で登録された番号が一致しない"]]}}],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six residents' My Numbers from production data sent to the vendor as 'test data'",
)

# 069 — the city's list forwarded to colleagues only (internal)
_p = people(7, "kitahama")
_fw = "\n".join(f"{p['name']}\t{p['addr']}\t{phone(p)}" for p in _p)
add(
    id="jichitai-069", charset="utf-8",
    sender=KOMIYAMA, to=["審査チーム <kh-shinsa@hinode-sangyo.co.jp>"],
    subject="FW: 再審査依頼（7件）",
    body=f"""審査チーム各位

市から再審査の依頼が来ました。明日の午前中に分担して対応をお願いします。
（担当割りは朝会で決めます）

小宮山

---------- 転送メッセージ ----------
差出人: 岡部 智之 <okabe-t@city.kitahama.lg.jp>
日付: 2026年10月15日(木) 16:40
件名: 再審査依頼（7件）
宛先: 小宮山 沙織 <s-komiyama@hinode-sangyo.co.jp>

以下7件、世帯構成の変更届が出ていたため再審査をお願いします。

{_fw}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="forward of the city's seven-person list to an internal team address only",
)

# 070 — one caller's mental illness passed on to the social welfare council
_p = person("kitahama", age=(35, 60))
add(
    id="jichitai-070", charset="iso-2022-jp",
    sender=OSHIRO, to=["生活相談 窓口 <soudan@kitahama-shakyo.or.jp>"],
    subject="相談者のおつなぎ（1件）",
    body=f"""北浜市社会福祉協議会 生活相談窓口 御中

北浜市民コールセンターの大城です。
本日の入電で、貴会の生活福祉資金のご案内が適当と思われる方がいらっしゃいましたので、
ご本人の同意を得ておつなぎします。

　氏名：{_p['name']} 様
　電話：{_p['mobile']}（平日日中は出られないことが多いとのこと）
　概要：うつ病で通院中のため昨年から休職しており、家賃の支払いが困難。
　　　　給付金の支給時期の問い合わせから、生活全般の相談に発展しました。

ご本人は「夕方であれば電話に出られる」とのことです。よろしくお願いいたします。
{SIG_OSHIRO}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named caller's mental illness (うつ病で通院中: 要配慮) sent to an outside organisation",
)

# ======================================================================= 071-080
# 071 — look-alike of the carrier's domain (another TLD: aoba-unyu.com)
add(
    id="jichitai-071", charset="iso-2022-jp",
    sender=KOMIYAMA, to=["柴崎 亮 <shibasaki@aoba-unyu.com>"],
    subject="集荷日変更のお願い（10/16→10/19）",
    body=f"""青葉運輸 柴崎様

お世話になっております。小宮山です。
10/16にお願いしていた申請書原本の返却便ですが、市の文書保管庫の都合により
10/19（月）14時に変更をお願いできますでしょうか。

箱数（8箱）と送り状は変更ありません。
{SIG_KOMIYAMA}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="aoba-unyu.com swaps the TLD of the partner carrier aoba-unyu.co.jp",
)

# 072 — payment notice to the subcontractor: company accounts only
add(
    id="jichitai-072", charset="shift_jis",
    sender=TODO, to=[KANNO],
    subject="お支払いのご案内（9月分 入力業務委託料）",
    body=f"""株式会社データパンチ東北
経理ご担当者様（菅野様経由）

いつもお世話になっております。日の出産業 経理部の藤堂です。
9月分の委託料につき、下記のとおりお支払いいたしますのでご案内申し上げます。

　貴社請求書番号：DP-26-0917
　お支払金額　　：1,752,300円（税込）
　お支払予定日　：10月30日（金）
　お振込先　　　：みどり銀行 仙台支店 普通 2204518 カ）データパンチトウホク
　振込手数料　　：弊社負担

ご不明点がございましたら、経理部までお問い合わせください。
{SIG_TODO}""",
    expect="pass", entities=[], detectors=[],
    note="payment notice with the subcontractor's company bank account: business data, not personal",
)

# 073 — three people's health-insurance 記号・番号 (an ID number even for fewer than five)
_p = people(3, "shinonome", age=(30, 80))
_l = "\n".join(f"　{i + 1}　{p['name']}（{wareki(*p['dob'], style='zabbr')}生）　記号 {zen(str(_R.randint(10, 99)))}"
               f"　番号 {zen(str(_R.randint(1000, 99999)))}　（{r}）"
               for i, (p, r) in enumerate(zip(_p, ["転居先不明で返戻", "宛名の旧姓誤り", "同一世帯で二重発送"])))
add(
    id="jichitai-073", charset="shift_jis",
    sender=IMAIZUMI, to=[TOKUNAGA],
    subject="資格確認書 発送エラー3件のご報告",
    body=f"""徳永様

お世話になっております。今泉です。
国保の資格確認書の一斉発送で、エラーが3件判明しましたのでご報告します。

{_l}

いずれも回収済みで、受託事務室の金庫で保管しております。
再発送の要否についてご指示をお願いいたします。
{SIG_IMAIZUMI}""",
    expect="stop", entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="health-insurance symbol and number of three residents: identity-document numbers of anyone stop",
)

# 074 — change of our person in charge: one business contact
add(
    id="jichitai-074", charset="iso-2022-jp",
    sender=KATAGIRI, to=[ISHIGURO],
    subject="担当者変更のご挨拶",
    body=f"""若葉町 健康福祉課
石黒様

いつも大変お世話になっております。日の出産業の片桐でございます。

私事で恐縮ですが、11月1日付で本社の別部署へ異動となり、若葉町様の担当を
杉浦 智也（すぎうら ともや）が引き継ぐこととなりました。
杉浦は前職で保健事業の受託を5年担当しており、スムーズに引き継げるものと存じます。

　後任：杉浦 智也　営業本部 公共営業課
　携帯：080-2290-6154
　メール：t-sugiura@hinode-sangyo.co.jp

近日中に杉浦とご挨拶に伺いたく存じます。
これまでのご厚情に心より御礼申し上げます。
{SIG_KATAGIRI}""",
    expect="pass", entities=[], detectors=[],
    note="introduces one colleague with his business mobile and mail: a business contact",
)

# 075 — a visitor's arrest record passed to the security company
_p = person("kitahama", age=(40, 65))
add(
    id="jichitai-075", charset="iso-2022-jp",
    sender=YAMAGISHI, to=["警備課 <keibi@kitahama-security.co.jp>"],
    subject="来訪者対応に関する情報共有（注意人物）",
    body=f"""北浜セキュリティサービス株式会社 警備課 御中

いつもお世話になっております。給付金事務センターの山岸です。
第2弾の受付開始に伴い、以下の方が来訪される可能性がありますので情報共有いたします。

　氏名：{_p['name']}（{_p['age']}歳位、男性、身長180cm前後、白髪）
　経緯：昨年12月、市役所窓口で職員に暴行し、傷害容疑で逮捕されています
　　　　（本人が電話で「また行くからな」と発言。10/14 入電記録より）

来訪時は、受付から直ちに事務室へ内線（312）をお願いします。
単独での対応は避け、必要に応じて警察への通報をお願いいたします。
{SIG_YAMAGISHI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named person's arrest (逮捕歴: 要配慮) shared with an outside security company",
)

# 076 — PDF table: twelve account-name mismatches to the bank
_p = people(12, "kitahama")
_tab = [["No", "受付番号", "申請者氏名", "口座名義（カナ）", "金融機関", "支店", "口座番号", "相違内容"]]
for i, p in enumerate(_p):
    _tab.append([str(i + 1), f"KH-{28000 + i * 23}", p["name"], p["kana"], p["bank"], p["branch"], p["acct"],
                 _R.choice(["旧姓のまま", "濁点相違", "名義が配偶者", "名義が故人"])])
add(
    id="jichitai-076", charset="utf-8",
    sender=YAMAGISHI, to=[EGUCHI],
    subject="口座名義相違の照会（12件）",
    body=f"""みどり銀行 公務営業部
江口様

お世話になっております。山岸です。
申請書の氏名と口座名義が一致しない12件について、貴行での入金可否をご照会します。
一覧をPDFでお送りしますので、照会結果をご記入のうえご返送いただけますでしょうか。
{SIG_YAMAGISHI}""",
    attachments=[{"kind": "pdf", "name": "名義相違照会_12件.pdf", "title": "口座名義相違照会",
                  "lines": ["口座名義相違 照会票（12件）", "日の出産業株式会社 北浜市生活応援給付金 事務センター", ""],
                  "table": _tab}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="PDF table of twelve applicants' names and bank accounts to the bank",
)

# 077 — notice to many residents, correctly in Bcc
add(
    id="jichitai-077", charset="iso-2022-jp",
    sender=IMAIZUMI, to=[IMAIZUMI],
    bcc=["okada.fumiko1957@yahoo.co.jp", "t-minai.0722@docomo.ne.jp", "haruka.teshigawara@gmail.com",
         "kazu-sugiyama@icloud.com", "yoshie.higa@outlook.jp", "shigeru.aimono@ezweb.ne.jp"],
    subject="【重要】出張申請サポート 会場変更のお知らせ（10/25）",
    body=f"""出張申請サポートにお申し込みの皆さま

東雲市マイナンバーカード出張申請サポート事務局でございます。
10月25日（日）の会場を、空調設備の故障のため下記に変更させていただきます。

　（変更前）浜見平プラザ 2階 多目的室
　（変更後）浜見平出張所 1階 会議室（浜見平プラザの向かい側）

時間・持ち物に変更はございません。ご迷惑をおかけし申し訳ございません。
※本メールは、お申し込みの皆さまにBCCでお送りしております。
{SIG_IMAIZUMI}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="mass notice to residents with every resident in Bcc: nobody sees the others",
)

# 078 — password ZIP to the call-centre subcontractor
add(
    id="jichitai-078", charset="shift_jis",
    sender=OSHIRO, to=[MIYAMAE],
    subject="応対品質チェック用 通話記録（10月第2週）",
    body=f"""宮前さん

お疲れさまです。大城です。
応対品質チェック用の通話の書き起こしを送ります。
ZIPのパスワードは、いつもの方法（チャット）で送ります。
{SIG_OSHIRO}""",
    attachments=[{"kind": "zip", "name": "tsuwa_kiroku_10w2.zip", "password": "hikari-1016",
                  "files": [{"kind": "txt", "name": "kiroku_01.txt",
                             "text": "オペレーター：お電話ありがとうございます。北浜市民コールセンターです。\n"}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP: the guard cannot inspect it",
)

# 079 — five reception numbers with defects, no names or contacts (either)
add(
    id="jichitai-079", charset="iso-2022-jp",
    sender=KOMIYAMA, to=[KANNO],
    subject="入力保留分の確認（5件）",
    body=f"""菅野様

お世話になっております。小宮山です。
昨日の入力分で「保留」となっていた5件、原本を確認しました。以下のとおり入力をお願いします。

　KH-029114　口座番号欄：8桁記入→先頭の「0」を除いた7桁で入力
　KH-029120　支店名：「北浜駅前」で入力（申請書は「駅前」のみ）
　KH-029133　世帯人数：申請書「3」→市確認の結果「4」で入力
　KH-029151　生年月日：元号の記入なし→昭和で入力
　KH-029162　電話番号欄：判読不能→空欄のまま入力

よろしくお願いします。
{SIG_KOMIYAMA}""",
    expect="either", entities=[], detectors=[],
    note="five applications by reception number only (no names or contacts) to the entry vendor holding the forms",
)

# 080 — a foreign resident's passport number (bilingual), to the international association
add(
    id="jichitai-080", charset="utf-8",
    sender=IMAIZUMI, to=["相談窓口 <soudan@shinonome-ia.or.jp>"],
    subject="在留手続き同行支援のお願い / Request for accompanying support",
    body=f"""東雲市国際交流協会 相談窓口 御中

お世話になっております。東雲市窓口業務チームの今泉です。
窓口で転入届を受け付けた方について、入管での在留手続きへの同行支援をお願いしたく
ご連絡いたしました。ご本人の同意を得ています。

Name:          PHAM THI LAN
Date of birth: 1999/03/17
Nationality:   Viet Nam
Passport No.:  C{_R.randint(1000000, 9999999)}
Phone:         080-{_R.randint(1000, 9999)}-{_R.randint(1000, 9999)}
Note:          Japanese level N4. Prefers Vietnamese interpreter.

ご本人は10月中の平日午前を希望されています。よろしくお願いいたします。
{SIG_IMAIZUMI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a foreign resident's passport number with birth date and phone sent outside",
)

# ======================================================================= 081-090
# 081 — PPTX proposal to the city with the gift supplier in Cc (two external organisations)
add(
    id="jichitai-081", charset="utf-8",
    sender=AKIZUKI, to=[KURIBAYASHI], cc=[ISHIKARI],
    subject="年末特集ページの返礼品掲載案について",
    body=f"""白鷺市 ふるさと納税推進室
栗林様
（CC：北国フーズ 石狩様）

お世話になっております。秋月です。
ポータルサイトの年末特集ページについて、掲載案をPowerPointにまとめました。
北国フーズ様の新商品（冷凍ハンバーグ詰め合わせ）を目玉にする案です。
寄附額の設定は、栗林様のご意見を踏まえて再調整いたします。
{SIG_AKIZUKI}""",
    attachments=[{"kind": "pptx", "name": "年末特集_掲載案.pptx", "title": "年末特集 掲載案",
                  "slides": [["白鷺市ふるさと納税 年末特集（案）", "掲載期間：11/20〜12/31", "目標寄附件数：4,000件"],
                             ["目玉返礼品", "北国フーズ 冷凍ハンバーグ 12個（寄附額 15,000円）",
                              "昨年の同時期比 +30%を想定"],
                             ["スケジュール", "10/30 掲載内容確定", "11/13 撮影", "11/20 公開"]]}],
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="proposal slides for the city with the supplier in Cc: two external organisations, no personal data",
)

# 082 — religion (宗派) of two named people, to the cemetery foundation
_p = people(2, "shirasagi", age=(55, 80))
add(
    id="jichitai-082", charset="shift_jis",
    sender=AKIZUKI, to=["事業課 <jigyo@shirasagi-reien.or.jp>"],
    subject="合同慰霊祭の参列者について（宗派のご確認）",
    body=f"""公益財団法人 白鷺霊園管理事業団
事業課 御中

お世話になっております。日の出産業（白鷺市 市民窓口受託）の秋月です。
11月3日の合同慰霊祭について、参列をお申し込みの方のうち、読経の形式について
ご要望があった2名をお知らせします。

　1. {_p[0]['name']} 様　TEL {_p[0]['tel']}
　　 宗派：浄土真宗本願寺派。焼香は1回で、との強いご希望です
　2. {_p[1]['name']} 様　TEL {_p[1]['mobile']}
　　 宗教：カトリック。読経の間は献花で参列したいとのことです

ご対応の可否を、10/23までにお知らせいただけますと幸いです。
{SIG_AKIZUKI}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="two named people's religion (宗派・カトリック: 信条 is 要配慮) with phones sent outside",
)

# 083 — school-club bus roster, children in kana with guardians' mobiles, 「／」 separated lines
_kids = ["あいもの ゆい", "たかなし れん", "すずき ひな", "ひわたし あおい", "こばやし ゆうと",
         "ドウメキ コトネ", "いのうえ やまと", "ひが りん"]
_l = "\n".join(f"{i + 1:>2}／{k}（{_R.randint(1, 4)}年）／保護者携帯 {_R.choice(['090', '080', '070'])}-"
               f"{_R.randint(1000, 9999)}-{_R.randint(1000, 9999)}／乗車：{_R.choice(['若葉台小 正門', 'みずほ台小 裏門', '鶴舞第二小 正門'])}"
               for i, k in enumerate(_kids))
add(
    id="jichitai-083", charset="utf-8",
    sender=YANAGIDA, to=["運行管理 <unko@wakaba-kanko-bus.co.jp>"],
    subject="放課後児童クラブ 送迎バス 利用児童名簿（11月分）",
    body=f"""若葉観光バス株式会社 運行管理ご担当者様

お世話になっております。若葉町受託事務所の柳田です。
11月の送迎バスの利用児童名簿をお送りします（8名、前月から2名増）。
運休や遅延の際は、各保護者の携帯へ直接ご連絡をお願いいたします。

{_l}

乗車場所・時刻の変更は、都度メールでご連絡します。
{SIG_YANAGIDA}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="eight children's names with their guardians' mobiles to the bus company: a list of people",
)

# 084 — reply; only the quoted text (from the assessor company) has a person's condition
add(
    id="jichitai-084", charset="utf-8",
    sender=KUBODERA, to=["若松 浩美 <wakamatsu@sakuranbo-care.co.jp>"],
    subject="Re: 10/15 訪問分の調査延期について",
    body=f"""若松様

ご連絡ありがとうございます。久保寺です。
延期の件、承知しました。ご家族には当センターから連絡し、10/21（水）10:00で確定しました。
調査員の方は前回と同じ方でお願いできますと助かります。

久保寺

> 久保寺様
> さくらんぼケアの若松です。
> 10/15 9:30訪問予定の件、ご本人が前日に転倒され、大腿骨骨折で北浜中央病院に入院された
> とのことで、調査を延期したいとご家族から連絡がありました。
> 入院先での調査に切り替えるか、退院後にするか、ご判断をお願いします。
> 若松
""",
    expect="pass", entities=[], detectors=[],
    note="the injury appears only in the quoted mail from the assessor company; the new text has no personal data",
)

# 085 — English PDF stamped CONFIDENTIAL, to the overseas vendor
add(
    id="jichitai-085", charset="utf-8",
    sender=IJUIN, to=["Priya Raman <priya.raman@scanwise.io>"],
    subject="Pilot evaluation report for your internal review",
    body=f"""Hi Priya,

As promised, here is our evaluation report of the OCR pilot, including the cost
comparison with the other two vendors we tested. Please keep it within your team.

Best regards,
Wataru
{SIG_IJUIN}""",
    attachments=[{"kind": "pdf", "name": "OCR_pilot_evaluation_v1.pdf", "title": "OCR pilot evaluation",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                  "page_footer": "Confidential / Internal Only - do not distribute",
                  "lines": ["OCR Pilot Evaluation Report (Kitahama City benefit forms)", "",
                            "1. Accuracy by field", "2. Throughput and operator effort",
                            "3. Cost comparison (3 vendors)", ""],
                  "table": [["Vendor", "Accuracy", "Cost / 1,000 forms (JPY)", "Score"],
                            ["ScanWise", "93.8%", "4,200", "82"], ["Vendor B", "91.1%", "3,100", "79"],
                            ["Vendor C", "88.6%", "2,650", "71"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached PDF is stamped CONFIDENTIAL / Internal Only on every page, sent outside",
)

# 086 — CP932 CSV of application counts by district (no people)
_rows = [["地区", "対象世帯数", "申請件数", "申請率", "支給済件数"]]
for d in ["中央", "港町", "汐見台", "松ケ丘", "北原", "浜田", "緑町", "旭ケ丘", "磯辺", "若潮"]:
    t = _R.randint(2800, 6200)
    a = int(t * _R.uniform(0.78, 0.93))
    _rows.append([d, t, a, f"{a / t:.1%}", int(a * _R.uniform(0.9, 0.97))])
add(
    id="jichitai-086", charset="shift_jis",
    sender=KOMIYAMA, to=[OKABE],
    subject="地区別 申請状況（10/15時点）",
    body=f"""岡部様

お世話になっております。小宮山です。
議会答弁用にご依頼のあった地区別の申請状況をCSVでお送りします。
申請率が80%を下回る地区（港町・磯辺）は、第2弾で出張相談会の重点地区とする案を検討中です。
{SIG_KOMIYAMA}""",
    attachments=[{"kind": "csv", "name": "chiku_betsu_1015.csv", "encoding": "cp932", "rows": _rows}],
    expect="pass", entities=[], detectors=[],
    note="CSV of counts by district: statistics, no people",
)

# 087 — text + HTML alternative: waiting-list children with birth dates and parents' phones
_p = people(7, "shinonome", age=(28, 42))
_kid = people(7, "shinonome", age=(0, 2))
_txt = "\n".join(f"{i + 1}. {k['name']}（{k['dob_iso']}生）保護者 {p['name']} {p['mobile']} 第1希望 {e}"
                 for i, (k, p, e) in enumerate(zip(_kid, _p, ["本町保育園", "柳島こども園", "東雲台保育園",
                                                              "本町保育園", "南湖保育園", "菱沼保育園", "柳島こども園"])))
_tr = "\n".join(f"<tr><td>{i + 1}</td><td>{k['name']}</td><td>{k['dob_iso']}</td><td>{p['name']}</td>"
                f"<td>{p['mobile']}</td></tr>" for i, (k, p) in enumerate(zip(_kid, _p)))
add(
    id="jichitai-087", charset="utf-8",
    sender=IMAIZUMI, to=["保育課 入所係 <nyusho@city.shinonome.lg.jp>"],
    subject="11月入所 二次調整対象児童の一覧",
    body=f"""東雲市 保育課 入所係 御中

お世話になっております。今泉です。
11月入所の二次調整の対象となる7名の一覧です。

{_txt}

保護者への電話連絡は、貴課の決定後に弊社で行います。
今泉
""",
    html=f"""<html><body><p>東雲市 保育課 入所係 御中</p>
<p>お世話になっております。今泉です。<br>11月入所の二次調整の対象となる7名の一覧です。</p>
<table border="1"><tr><th>No</th><th>児童氏名</th><th>生年月日</th><th>保護者氏名</th><th>連絡先</th></tr>
{_tr}</table><p>保護者への電話連絡は、貴課の決定後に弊社で行います。<br>今泉</p></body></html>""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="seven children's birth dates with their parents' names and mobiles (text and HTML parts), sent outside",
)

# 088 — an internal-looking address on a look-alike domain (hinode-sangyou.co.jp) with a list
_p = people(6, "kitahama")
_l = ["受付番号    氏名            電話番号        状況", "-" * 60]
for i, p in enumerate(_p):
    _l.append(pad(f"KH-{29200 + i * 4}", 12) + pad(p["name"], 16) + pad(phone(p), 16) + _R.choice(["補正待ち", "市照会中", "再審査"]))
add(
    id="jichitai-088", charset="iso-2022-jp",
    sender=KOMIYAMA, to=["山岸 健太郎 <k-yamagishi@hinode-sangyou.co.jp>"],
    subject="保留案件6件の状況（出張中の山岸さんへ）",
    body=f"""山岸さん

お疲れさまです。小宮山です。
出張中にすみません。明日の市との打合せで話題になりそうな保留案件6件です。

{chr(10).join(_l)}

3件目は市の判断待ちです。移動中にでも目を通してください。
小宮山
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data", "lookalike_domain"],
    note="hinode-sangyou.co.jp is a look-alike of the company's own domain; the mail also lists six people",
)

# 089 — an address-label proof with a dummy person (one record)
add(
    id="jichitai-089", charset="shift_jis",
    sender=IMAIZUMI, to=[OGINO],
    subject="宛名ラベルの見本（レイアウト確認用）",
    body=f"""荻野様

お世話になっております。今泉です。
宛名ラベルのレイアウト確認用に、見本データ1件をお送りします。
文字の大きさと、郵便番号の位置をご確認ください。

　〒253-0000
　神奈川県東雲市見本町1丁目2番3号 サンプルハイツ101
　見本 花子 様
　（お問い合わせ番号：SN-000001）

実データは、レイアウト確定後に別途お送りします。
{SIG_IMAIZUMI}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="a single dummy address label (見本 花子) for a layout check: one record at most, may warn",
)

# 090 — four suspected-fraud cases to the company's lawyer, one block each (under five: must go)
_p = people(4, "kitahama")
_bl = "\n\n".join(
    f"■案件{i + 1}\n　氏名：{p['name']}\n　住所：{p['addr']}\n　受給額：{amt}円\n　状況：{st}"
    for i, (p, amt, st) in enumerate(zip(_p, ["60,000", "30,000", "60,000", "30,000"],
                                         ["同一世帯で二重に申請・受給", "受給後に住民登録の虚偽が判明",
                                          "死亡した親名義の口座で受給", "返還請求に応じず連絡が取れない"])))
add(
    id="jichitai-090", charset="iso-2022-jp",
    sender=YAMAGISHI, to=["白川 弁護士 <shirakawa@shirakawa-law.jp>"],
    subject="返還請求案件（4件）のご相談",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の山岸でございます。
市から、給付金の返還請求について受託者としての対応範囲の確認を求められており、
以下4件について、当社としてどこまで関与すべきかご相談させてください。

{_bl}

市は、督促状の送付までを当社の業務とし、法的措置は市が行うとの考えです。
来週、30分ほどお時間をいただけますと幸いです。
{SIG_YAMAGISHI}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="four residents' names and addresses to the company's lawyer: under five records, may warn",
)

# ======================================================================= 091-100
# 091 — internal emergency contact tree with staff mobiles (all recipients internal)
_st = people(10, "kitahama", age=(23, 60))
_l = "\n".join(f"{i + 1:>2}. {p['name']}\t{['センター長', 'SV', 'SV', '審査', '審査', '審査', '入力', '入力', '入力', '受付'][i]}\t"
               f"携帯 {p['mobile']}" for i, p in enumerate(_st))
add(
    id="jichitai-091", charset="iso-2022-jp",
    sender=NONOMURA, to=["北浜センター全員 <kh-center-all@hinode-sangyo.co.jp>"],
    cc=["総務部 <soumu@hinode-sangyo.co.jp>"],
    subject="北浜事務センター 緊急連絡網（10月改訂）",
    body=f"""北浜事務センターの皆さん

総務部の野々村です。
10月の人員異動を反映した緊急連絡網をお送りします。災害・システム障害時は、
上から順に電話で連絡を回してください。

{_l}

※社内限りです。印刷した場合は各自で施錠保管してください。
野々村
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="ten staff mobiles in an emergency contact tree, sent only to internal addresses",
)

# 092 — DOCX: request for doctors' opinions, with diagnoses of five people, to a clinic
_p = people(5, "kitahama", age=(68, 93))
_tab = [["被保険者番号", "氏名", "生年月日", "申請区分", "主な傷病名", "前回の要介護度"]]
for p, dz in zip(_p, ["アルツハイマー型認知症", "慢性心不全・高血圧症", "脊柱管狭窄症", "パーキンソン病",
                      "脳梗塞後遺症・糖尿病"]):
    _tab.append([f"{_R.randint(1000000000, 9999999999)}", p["name"], wareki(*p["dob"]),
                 _R.choice(["更新", "区分変更", "新規"]), dz, _R.choice(["要介護1", "要介護2", "要支援2", "－"])])
add(
    id="jichitai-092", charset="utf-8",
    sender=KUBODERA, to=["医事課 <iji@kitahama-chuo-clinic.jp>"],
    subject="主治医意見書 作成のご依頼（5名分）",
    body=f"""北浜中央クリニック 医事課 御中

いつもお世話になっております。
北浜市 介護認定事務センター（日の出産業株式会社）の久保寺でございます。

要介護認定の申請があった下記5名について、主治医意見書の作成をお願いいたします。
対象者の一覧をWordで添付いたしますので、ご確認ください。
様式は市の所定様式を本日郵送しております。ご提出は11月6日までにお願いいたします。
{SIG_KUBODERA}""",
    attachments=[{"kind": "docx", "name": "主治医意見書_依頼一覧_1016.docx", "title": "主治医意見書 依頼一覧",
                  "paragraphs": ["主治医意見書 作成依頼一覧（令和8年10月16日）", "北浜市 介護保険課（事務受託：日の出産業株式会社）"],
                  "tables": [_tab]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="DOCX table of five elderly people's diagnoses (要配慮) and birth dates to a clinic",
)

# 093 — final notice wording to the city with the printer in Cc (two external organisations)
add(
    id="jichitai-093", charset="iso-2022-jp",
    sender=YAMAGISHI, to=[OKABE], cc=[OGINO],
    subject="第2弾 申請書同封チラシ 文面最終版",
    body=f"""岡部様
（CC：錦印刷 荻野様）

お世話になっております。山岸です。
第2弾の申請書に同封するチラシの文面について、いただいた修正を反映した最終版です。
岡部様のご了承をいただけ次第、荻野様には刷版の作成に入っていただきます。

【修正箇所】
　・申請期限：「12月25日（金）必着」→「12月25日（金）消印有効」
　・問い合わせ先：コールセンターの受付時間に土曜日（9時〜17時）を追加
　・注意書き：「市職員を名乗る不審な電話にご注意ください」を追加

よろしくお願いいたします。
{SIG_YAMAGISHI}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="proofing mail to the city with the printer in Cc: two external organisations, no personal data",
)

# 094 — notice to all subcontractors, correctly in Bcc
add(
    id="jichitai-094", charset="iso-2022-jp",
    sender=KADOWAKI, to=[KADOWAKI],
    bcc=["miyoshi@tsubasa-system.jp", "ogino@nishiki-insatsu.co.jp", "shibasaki@aoba-unyu.co.jp",
         "miyamae@hikari-teleservice.co.jp", "kanno@datapunch-tohoku.co.jp", "ishikari@kitaguni-foods.co.jp"],
    subject="【ご協力のお願い】委託先向け 標的型メール訓練の実施について",
    body=f"""委託先各社 情報セキュリティご担当者様

いつもお世話になっております。日の出産業 情報セキュリティ推進室の門脇です。
自治体との契約に基づき、11月中に委託先の皆さまを対象とした標的型メール訓練を実施いたします。

　・実施期間：11月9日（月）〜11月20日（金）の間のいずれか1日
　・対象：弊社の自治体案件に従事されている方
　・内容：訓練メールの添付ファイル・URLを開封したかを集計します（個人名は公表しません）

結果は会社単位で集計し、12月の委託先連絡会でご報告いたします。
※本メールは各社にBCCでお送りしています。
{SIG_KADOWAKI}""",
    expect="pass", entities=[], detectors=[],
    note="notice to six subcontractors with all of them in Bcc: nobody sees the others",
)

# 095 — plain ZIP with an XLSX list (birth dates, accounts) and a PDF guide, to the entry vendor
_p = people(10, "wakaba", age=(25, 48))
_sh = [["児童手当 認定請求書 入力対象（10月受付分）"], [],
       ["受付No", "請求者氏名", "フリガナ", "生年月日", "金融機関", "支店", "口座番号", "児童数"]]
for i, p in enumerate(_p):
    _sh.append([f"WJ-{1040 + i}", p["name"], p["kana"], wareki(*p["dob"], style="kanji"), p["bank"], p["branch"],
                p["acct"], _R.randint(1, 3)])
add(
    id="jichitai-095", charset="shift_jis",
    sender=YANAGIDA, to=[KANNO],
    subject="認定請求書 入力データ（10月受付分）と入力要領",
    body=f"""菅野様

お世話になっております。柳田です。
10月受付分の認定請求書10件の入力をお願いします。
ZIPに入力対象の一覧（Excel）と、今回から変わった入力要領（PDF）を入れています。
{SIG_YANAGIDA}""",
    attachments=[{"kind": "zip", "name": "nintei_10gatsu.zip",
                  "files": [{"kind": "xlsx", "name": "入力対象_10月.xlsx",
                             "sheets": {"入力対象": _sh, "留意事項": [["項目", "内容"], ["口座番号", "7桁に満たない場合は先頭0埋め"]]}},
                            {"kind": "pdf", "name": "入力要領_v2.pdf",
                             "lines": ["児童手当 認定請求書 入力要領（第2版）", "1. 生年月日は西暦に変換して入力"]}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="ZIP holding an XLSX of ten claimants with birth dates and bank accounts, sent to a subcontractor",
)

# 096 — English rate inquiry to the translation vendor
add(
    id="jichitai-096", charset="utf-8",
    sender="Rina Imaizumi <r-imaizumi@hinode-sangyo.co.jp>",
    to=["LinguaBridge Sales <sales@linguabridge.com.sg>"],
    subject="Inquiry: translation of municipal notices into 6 languages",
    body="""Dear LinguaBridge Sales team,

We run the counter services of Shinonome City and are preparing multilingual versions
of four standard notices (moving-in guide, garbage sorting, national health insurance,
childcare allowance), about 3,800 Japanese characters in total.

Target languages: English, Simplified Chinese, Korean, Vietnamese, Portuguese, Nepali.

Could you send us a quotation and your usual turnaround time? We would need the
translations by the end of November. The source files contain no personal data.

Kind regards,
Rina Imaizumi
Hinode Sangyo Co., Ltd. / Shinonome City counter services
""",
    expect="pass", entities=[], detectors=[],
    note="English request for a quotation; no personal data",
)

# 097 — one resident on public assistance (生活保護), to the meal supplier (either)
_p = person("kitahama", age=(70, 90))
add(
    id="jichitai-097", charset="iso-2022-jp",
    sender=KUBODERA, to=[ISHIKARI],
    subject="配食 利用料の請求先変更（1名）",
    body=f"""石狩様

お世話になっております。久保寺です。
11月分から、下記の方の利用者負担の請求を止めていただくようお願いいたします。

　利用者：{_p['name']} 様（{_p['addr_short']}）
　理由　：10月から生活保護の受給が開始されたため、自己負担分は市の扶助費から
　　　　　お支払いとなります（請求書は市 生活支援課宛てにお願いします）

ご本人への請求書の送付は不要です。
{SIG_KUBODERA}""",
    expect="either", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="one named resident on public assistance: very sensitive to many, though not an APPI 要配慮 category",
)

# 098 — corrupt PDF re-sent to the city's accounts section
add(
    id="jichitai-098", charset="shift_jis",
    sender=TODO, to=["会計課 支払担当 <kaikei-shiharai@city.shinonome.lg.jp>"],
    subject="【再送】請求書PDF（INV-2609-0331）",
    body=f"""東雲市 会計課 支払ご担当者様

お世話になっております。日の出産業 経理部の藤堂です。
先ほどお送りした請求書のPDFが開けないとのご連絡をいただき、再送いたします。
もし再度開けない場合は、お手数ですがお知らせください。
{SIG_TODO}""",
    attachments=[{"kind": "corrupt", "name": "INV-2609-0331.pdf"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt and cannot be inspected",
)

# 099 — internal complaint record with a caller's illness, to colleagues only
_p = person("kitahama", age=(40, 70))
add(
    id="jichitai-099", charset="utf-8",
    sender=OSHIRO, to=[YAMAGISHI], cc=[KADOWAKI],
    subject="長時間通話・クレーム対応記録（社内共有）",
    body=f"""山岸さん
（CC：門脇さん）

大城です。本日のクレーム対応の記録を共有します（社内限り）。

　入電　：10/16 13:05〜14:22（77分）
　相談者：{_p['name']} 様　{_p['tel']}
　内容　：給付金の不支給決定への不満。「統合失調症で入院していたため期限に間に合わなかった」
　　　　　とのこと。期限後申請を認めるよう強く求められました。
　対応　：SV（大城）が対応。市の判断となる旨を説明し、審査請求の方法を案内。

市への報告要否の判断をお願いします。報告する場合は病名を伏せて報告したいと考えています。
大城
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=[],
    note="a caller's illness in a complaint record, but both recipients are internal",
)

# 100 — closing report to the city with the Japanese and English disclaimers
add(
    id="jichitai-100", charset="iso-2022-jp",
    sender=YAMAGISHI, to=[OKABE], cc=[KATAGIRI],
    subject="第1弾 受付事務の完了のご報告",
    body=f"""北浜市 福祉部 生活支援課
岡部様

いつも大変お世話になっております。日の出産業の山岸でございます。

10月16日をもちまして、生活応援給付金（第1弾）の受付・審査事務がすべて完了いたしました。
最終的な実績は次のとおりです。

　申請受付：41,208件
　支給決定：40,377件（うち口座不能による再照会 41件は全件解決）
　不支給　：831件
　コールセンター入電：累計 52,640件

申請書原本は10/19に青葉運輸の便で貴課の文書保管庫へ返却いたします。
電子データは、契約に基づき返却後に消去し、消去証明書をご提出いたします。

第2弾も引き続き、どうぞよろしくお願い申し上げます。
{SIG_YAMAGISHI}{DISC_JA}{DISC_EN}""",
    expect="pass", entities=[], detectors=[],
    note="completion report with totals only, ending with the standard Japanese and English disclaimers",
)
