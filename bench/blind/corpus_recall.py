"""ブラインド評価コーパス — 業務領域: 製品リコール（recall）。SEED = 28001。

日の出産業株式会社 家電事業部が実施する「セラミックファンヒーター HCF-1200／HCF-1200K」
（2024年9月〜2025年2月製造、電源コード接続部の発熱・発火のおそれ）の自主回収に関わる
メール 100 通：購入者リスト、製品登録ユーザーへの告知、回収業者（青葉運輸・エコリバース）、
販売店（マルヤス・かねだい・ライフデンキ・そよかぜモール）、返金の振込先口座（みどり銀行・
決済代行）、コールセンター委託先（コールリンクス）、経済産業省・NITE への報告、損保・
法律事務所・印刷会社・広報代理店・海外 OEM／代理店とのやりとり。

人物・番号・住所はすべて架空。マイナンバーとカード番号は build.my_number(SEED + k) /
build.card_number(SEED + k) だけを使う（k は番号ごとに別）。
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata

from build import card_number, my_number

SEED = 28001
AREA = "recall"

# --------------------------------------------------------------------------------------
# 架空の人物データ
# --------------------------------------------------------------------------------------

SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("斎藤", "サイトウ", "Saito"), ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("後藤", "ゴトウ", "Goto"),
    ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"), ("村田", "ムラタ", "Murata"),
    ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("藤原", "フジワラ", "Fujiwara"), ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("東海林", "ショウジ", "Shoji"),
    ("五十嵐", "イガラシ", "Igarashi"), ("御手洗", "ミタライ", "Mitarai"),
    ("百目鬼", "ドウメキ", "Domeki"), ("一戸", "イチノヘ", "Ichinohe"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("四十物", "アイモノ", "Aimono"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("釜萢", "カマヤチ", "Kamayachi"),
    ("鬼頭", "キトウ", "Kito"), ("祖父江", "ソブエ", "Sobue"), ("上遠野", "カドノ", "Kadono"),
    ("栗花落", "ツユリ", "Tsuyuri"), ("我妻", "ワガツマ", "Wagatsuma"),
    ("海老原", "エビハラ", "Ebihara"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("漆原", "ウルシバラ", "Urushibara"), ("左右田", "ソウダ", "Soda"),
    ("御子柴", "ミコシバ", "Mikoshiba"), ("雲母", "キララ", "Kirara"),
]

MEI = [
    ("健一", "ケンイチ", "Kenichi"), ("美咲", "ミサキ", "Misaki"), ("翔太", "ショウタ", "Shota"),
    ("陽子", "ヨウコ", "Yoko"), ("和夫", "カズオ", "Kazuo"), ("幸子", "サチコ", "Sachiko"),
    ("大輔", "ダイスケ", "Daisuke"), ("由美", "ユミ", "Yumi"), ("博", "ヒロシ", "Hiroshi"),
    ("恵子", "ケイコ", "Keiko"), ("直樹", "ナオキ", "Naoki"), ("千尋", "チヒロ", "Chihiro"),
    ("勇", "イサム", "Isamu"), ("久美子", "クミコ", "Kumiko"), ("拓海", "タクミ", "Takumi"),
    ("彩花", "アヤカ", "Ayaka"), ("茂", "シゲル", "Shigeru"), ("トメ", "トメ", "Tome"),
    ("悠真", "ユウマ", "Yuma"), ("静江", "シズエ", "Shizue"), ("誠", "マコト", "Makoto"),
    ("紀子", "ノリコ", "Noriko"), ("隆之", "タカユキ", "Takayuki"), ("真由美", "マユミ", "Mayumi"),
    ("正男", "マサオ", "Masao"), ("智子", "トモコ", "Tomoko"), ("亮介", "リョウスケ", "Ryosuke"),
    ("ふみ", "フミ", "Fumi"), ("康弘", "ヤスヒロ", "Yasuhiro"), ("佳奈", "カナ", "Kana"),
    ("昭", "アキラ", "Akira"), ("節子", "セツコ", "Setsuko"), ("修平", "シュウヘイ", "Shuhei"),
    ("里美", "サトミ", "Satomi"), ("義男", "ヨシオ", "Yoshio"), ("晴美", "ハルミ", "Harumi"),
    ("功", "イサオ", "Isao"), ("美穂", "ミホ", "Miho"), ("剛", "ツヨシ", "Tsuyoshi"),
    ("文子", "フミコ", "Fumiko"), ("蓮", "レン", "Ren"), ("千代", "チヨ", "Chiyo"),
]

# (都道府県, 市区町村, 町名, 市外局番, 郵便番号上3桁)
AREAS = [
    ("東京都", "世田谷区", ["桜丘", "経堂", "上馬", "北沢"], "03", "154"),
    ("東京都", "練馬区", ["石神井町", "大泉学園町", "光が丘"], "03", "177"),
    ("東京都", "足立区", ["梅島", "西新井本町", "綾瀬"], "03", "120"),
    ("神奈川県", "横浜市港北区", ["日吉本町", "綱島西", "大倉山"], "045", "223"),
    ("神奈川県", "相模原市中央区", ["相模原", "淵野辺"], "042", "252"),
    ("埼玉県", "さいたま市浦和区", ["岸町", "常盤", "高砂"], "048", "330"),
    ("埼玉県", "川越市", ["新富町", "脇田本町", "的場"], "049", "350"),
    ("埼玉県", "所沢市", ["小手指町", "東所沢", "北秋津"], "04", "359"),
    ("埼玉県", "越谷市", ["南越谷", "蒲生寿町", "大沢"], "048", "343"),
    ("千葉県", "船橋市", ["本町", "前原西", "習志野台"], "047", "273"),
    ("大阪府", "大阪市阿倍野区", ["阪南町", "昭和町", "王子町"], "06", "545"),
    ("大阪府", "豊中市", ["曽根東町", "上野坂"], "06", "560"),
    ("愛知県", "名古屋市千種区", ["覚王山通", "春岡", "内山"], "052", "464"),
    ("北海道", "札幌市豊平区", ["平岸三条", "月寒東一条"], "011", "062"),
    ("宮城県", "仙台市青葉区", ["八幡", "上杉", "国見"], "022", "980"),
    ("福岡県", "福岡市南区", ["大橋", "高宮", "長住"], "092", "815"),
    ("広島県", "広島市中区", ["舟入町", "江波西"], "082", "730"),
    ("静岡県", "浜松市中央区", ["高町", "佐鳴台"], "053", "430"),
    ("新潟県", "長岡市", ["東坂之上町", "殿町"], "0258", "940"),
    ("京都府", "京都市左京区", ["北白川", "岩倉中町"], "075", "606"),
    ("兵庫県", "神戸市灘区", ["六甲町", "篠原本町"], "078", "657"),
    ("長野県", "松本市", ["蟻ケ崎", "中央"], "0263", "390"),
    ("熊本県", "熊本市中央区", ["水前寺", "大江"], "096", "862"),
]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp", "au.com", "nifty.com"]

BANKS = [
    ("みどり銀行", "0598", ["本店営業部", "大宮支店", "浦和駅前支店", "川越支店", "所沢支店"]),
    ("東都銀行", "0621", ["新宿支店", "池袋支店", "練馬支店", "北千住支店"]),
    ("さくら台信用金庫", "1387", ["本店", "南越谷支店", "船橋北口支店"]),
    ("南海中央銀行", "0733", ["阿倍野支店", "豊中支店", "梅田支店"]),
    ("北辰銀行", "0549", ["札幌中央支店", "平岸支店", "仙台支店"]),
    ("ゆうちょ銀行", "9900", ["〇一八店", "〇二八店", "四〇八店"]),
]

SERIAL_LOTS = ["24I", "24J", "24K", "24L", "25A", "25B"]
SHOPS = ["マルヤス浦和店", "マルヤス川越店", "かねだい所沢店", "かねだい越谷店",
         "ライフデンキ港北店", "ライフデンキ船橋店", "そよかぜモール（EC）", "当社直販サイト"]


def _rng(key: str) -> random.Random:
    return random.Random(f"{SEED}:{key}")


def _landline(rng: random.Random, area: str) -> str:
    rest = 10 - len(area)
    if len(area) == 2:
        return f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    if len(area) == 3:
        return f"{area}-{rng.randint(200, 899)}-{rng.randint(1000, 9999)}"
    assert rest == 6
    return f"{area}-{rng.randint(20, 89)}-{rng.randint(1000, 9999)}"


def people(key: str, n: int, prefs: tuple[str, ...] = ()) -> list[dict]:
    """n 人分の架空の購入者。key ごとに再現可能。"""
    rng = _rng(key)
    areas = [a for a in AREAS if not prefs or a[0] in prefs]
    out: list[dict] = []
    used: set[str] = set()
    while len(out) < n:
        s, g = rng.choice(SEI), rng.choice(MEI)
        if s[0] + g[0] in used:
            continue
        used.add(s[0] + g[0])
        pref, city, towns, area, zip3 = rng.choice(areas)
        town = rng.choice(towns)
        chome, ban, go = rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 24)
        bldg = rng.choice(["", "", "", "",
                           f"コーポ{town[:2]}{rng.randint(1, 3)}0{rng.randint(1, 8)}",
                           f"{rng.choice(['グランメゾン', 'パークハイツ', 'メゾン', 'サンライズ'])}"
                           f"{town[:2]} {rng.randint(2, 12)}0{rng.randint(1, 9)}号室"])
        street = f"{town}{chome}-{ban}-{go}"
        mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        home = _landline(rng, area)
        local = rng.choice([g[2].lower() + "." + s[2].lower(), s[2].lower() + g[2][0].lower(),
                            g[2].lower() + "_" + s[2][:3].lower(), s[2].lower() + "-" + g[2].lower()])
        email = f"{local}{rng.choice(['', str(rng.randint(1, 99)), str(rng.randint(1950, 1999))])}@{rng.choice(FREEMAIL)}"
        bank, bcode, branches = rng.choice(BANKS)
        out.append(dict(
            sei=s[0], mei=g[0], kana_sei=s[1], kana_mei=g[1], roma=f"{g[2]} {s[2]}",
            roma_up=f"{s[2].upper()} {g[2].upper()}",
            name=f"{s[0]} {g[0]}", name2=f"{s[0]}{g[0]}", kana=f"{s[1]} {g[1]}",
            pref=pref, city=city, street=street, bldg=bldg,
            zip=f"{zip3}-{rng.randint(0, 99):02d}{rng.randint(1, 99):02d}",
            addr=f"{pref}{city}{street}" + (" " + bldg if bldg else ""),
            mobile=mobile, home=home, tel=rng.choice([mobile, mobile, home]), email=email,
            dob=_dt.date(rng.randint(1936, 2001), rng.randint(1, 12), rng.randint(1, 28)),
            bought=_dt.date(2024, 10, 1) + _dt.timedelta(days=rng.randint(0, 170)),
            serial=f"HCF12-{rng.choice(SERIAL_LOTS)}{rng.randint(0, 19999):05d}",
            model=rng.choice(["HCF-1200", "HCF-1200", "HCF-1200K"]),
            shop=rng.choice(SHOPS),
            bank=bank, bank_code=bcode, branch=rng.choice(branches),
            acct_type=rng.choice(["普通", "普通", "普通", "当座"]),
            acct=f"{rng.randint(0, 9999999):07d}",
            age=rng.randint(28, 91),
            amount=rng.choice([9980, 12980, 12980, 14800, 11500]),
        ))
    return out


# --------------------------------------------------------------------------------------
# 表記の小道具
# --------------------------------------------------------------------------------------

_ZEN = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
_ZEN[" "] = "　"
_ZEN["-"] = "－"


def zen(s: str) -> str:
    """半角英数を全角に（０９０－１２３４－５６７８）。"""
    return "".join(_ZEN.get(ch, ch) for ch in s)


_HALF = dict(zip("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨ"
                 "ラリルレロワヲンァィゥェォャュョッー　",
                 "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ "))
_HALF["\u3099"] = "ﾞ"
_HALF["\u309a"] = "ﾟ"


def hankana(s: str) -> str:
    """全角カタカナを半角に（総合振込の受取人名）。"""
    return "".join(_HALF.get(ch, ch) for ch in unicodedata.normalize("NFD", s))


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{short}{y}.{d.month}.{d.day}")
    raise ValueError(style)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(n - width(s), 1)


def ymd(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def corp_number(base12: str) -> str:
    """法人番号（13桁、先頭が検査用数字）。"""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def spaced(num: str, every: int = 4, sep: str = " ") -> str:
    return sep.join(num[i:i + every] for i in range(0, len(num), every))


# --------------------------------------------------------------------------------------
# 社内の差出人と署名
# --------------------------------------------------------------------------------------

D = "hinode-sangyo.co.jp"

MURAKAMI = f"村上 恭平 <k-murakami@{D}>"
SAEKI = f"佐伯 真帆 <m-saeki@{D}>"
OKOCHI = f"大河内 亮 <r-okochi@{D}>"
HAYASE = f"早瀬 由紀 <y-hayase@{D}>"
KIRYU = f"桐生 拓也 <t-kiryu@{D}>"
SAIONJI = f"西園寺 誠 <m-saionji@{D}>"
MIYASHITA = f"宮下 玲奈 <r-miyashita@{D}>"
TOJO = f"Osamu Tojo <o-tojo@{D}>"
KASHIWAGI = f"柏木 しおり <s-kashiwagi@mail.{D}>"
NONOMURA = f"野々村 隆 <t-nonomura@{D}>"

SIG_MURAKAMI = """
--
日の出産業株式会社
家電事業部 品質保証部 製品安全グループ
課長　村上 恭平（Kyohei Murakami）
〒330-0854 埼玉県さいたま市大宮区桜木町1-10-17 日の出産業大宮ビル6F
TEL 048-641-3320（直通） FAX 048-641-3329
k-murakami@hinode-sangyo.co.jp
"""

SIG_SAEKI = """
━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 家電事業部
CS推進室 回収対策チーム　佐伯 真帆
〒330-0854 さいたま市大宮区桜木町1-10-17
TEL：048-641-3351　携帯：080-4410-2275
Mail：m-saeki@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_OKOCHI = """
-----------------------------------------
日の出産業株式会社
家電事業部 営業部 量販チャネル課
大河内 亮（おおこうち りょう）
TEL 03-3241-7702 / 携帯 090-6620-1184
〒103-0023 東京都中央区日本橋本町2-8-5 日の出産業ビル
-----------------------------------------
"""

SIG_HAYASE = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　経理部 出納課
早瀬 由紀
TEL 03-3241-7615（内線 2615）
y-hayase@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

SIG_KIRYU = """
――――――――――――――――――――
日の出産業株式会社 法務部
桐生 拓也
〒103-0023 東京都中央区日本橋本町2-8-5
TEL 03-3241-7630　FAX 03-3241-7639
――――――――――――――――――――
"""

SIG_SAIONJI = """
--
西園寺 誠 / Makoto Saionji
日の出産業株式会社 情報システム部 アプリケーション課
TEL 03-3241-7680 / m-saionji@hinode-sangyo.co.jp
"""

SIG_MIYASHITA = """
==============================
日の出産業株式会社 広報部
宮下 玲奈
TEL：03-3241-7650（広報直通）
E-mail：r-miyashita@hinode-sangyo.co.jp
==============================
"""

SIG_TOJO = """
--
Osamu Tojo
General Manager, Recall Task Force
Home Appliance Division, Hinode Sangyo Co., Ltd.
1-10-17 Sakuragi-cho, Omiya-ku, Saitama 330-0854, Japan
Tel +81-48-641-3300 | o-tojo@hinode-sangyo.co.jp
"""

SIG_KASHIWAGI = """
-------------------------------
日の出産業（株） 家電事業部 CS推進室
柏木 しおり
TEL 048-641-3352 ／ FAX 048-641-3359
-------------------------------
"""

SIG_NONOMURA = """
--------------------------------------------
日の出産業株式会社 家電事業部
ロジスティクス課　野々村 隆
〒331-0811 埼玉県さいたま市北区吉野町2-4-1 大宮物流センター
TEL 048-652-7781 / FAX 048-652-7789
--------------------------------------------
"""

DISCLAIMER_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited.
"""

MESSAGES: list[dict] = []


def add(n: int, **kw) -> None:
    kw["id"] = f"{AREA}-{n:03d}"
    MESSAGES.append(kw)


# 外部の相手先
AOBA = "石黒 様 <ishiguro@aoba-unyu.co.jp>"
AOBA_HAISHA = "aoba-haisha-saitama@aoba-unyu.co.jp"
CALL = "根本 <nemoto@call-links.co.jp>"
CALL_DESK = "日の出産業リコール受付デスク <hinode-recall@call-links.co.jp>"
ECO = "水野 <mizuno@ecoreverse.co.jp>"
NISHIKI = "小野寺 様 <onodera@nishiki-insatsu.co.jp>"
TSUBASA = "高村 <takamura@tsubasa-system.jp>"
MIDORI = "藤枝 様 <fujieda@midori-ginko.co.jp>"
SHIRAKAWA = "白川 弁護士 <shirakawa@shirakawa-law.jp>"
MARUYASU = "安田 様 <yasuda@maruyasu-denki.co.jp>"
KANEDAI = "金田 様 <kaneda@kanedai-hc.co.jp>"
LIFE = "森 様 <mori@lifedenki.jp>"
SOYOKAZE = "川口 様 <kawaguchi@soyokaze-mall.com>"
METI = "製品安全課 <seihin-anzen@meti.go.jp>"
NITE = "NITE 製品安全センター <jiko-info@nite.go.jp>"
OEM = "Kevin Zhang <kevin.zhang@hengtai-elec.com>"
SONPO = "ひかり損害保険 事故受付 <pl-jiko@hikari-sonpo.co.jp>"
ZEIRI = "福留 先生 <fukudome@minato-tax.jp>"
PAY = "ペイコネクト 加盟店サポート <merchant-support@payconnect.co.jp>"
PRESS = "岡本 様 <okamoto@pressbridge.co.jp>"


# ======================================================================================
# 001–020
# ======================================================================================

# 001 告知ハガキの宛名データ（CSV, CP932）→ 印刷会社
_p = people("001", 40)
add(1,
    charset="iso-2022-jp",
    sender=SAEKI, to=[NISHIKI],
    subject="告知ハガキ（第2便）宛名データ送付の件",
    body=f"""錦印刷株式会社
営業部 小野寺様

いつもお世話になっております。
日の出産業 家電事業部 CS推進室の佐伯です。

セラミックファンヒーター HCF-1200 の回収告知ハガキ（第2便）につきまして、
宛名差込用のデータをお送りいたします。

・ファイル：HCF1200_告知ハガキ_第2便_宛名.csv（Shift_JIS、{len(_p)}件）
・項目：管理番号／郵便番号／住所1／住所2／氏名／電話番号
・投函希望日：10月7日（水）

前回同様、敬称「様」は差込時に付与いただけますでしょうか。
電話番号は宛名面には印字不要です（返送時の照合用です）。
校正紙はPDFで私宛にお送りいただければ幸いです。

よろしくお願いいたします。
{SIG_SAEKI}""",
    attachments=[{"kind": "csv", "name": "HCF1200_告知ハガキ_第2便_宛名.csv", "encoding": "cp932",
                  "rows": [["管理番号", "郵便番号", "住所1", "住所2", "氏名", "電話番号"]]
                  + [[f"DM2-{i + 1:04d}", p["zip"], p["pref"] + p["city"] + p["street"], p["bldg"],
                      p["name"], p["tel"]] for i, p in enumerate(_p)]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="購入者40名の氏名・住所・電話のCSVを印刷会社へ：人の名簿",
)

# 002 引取り 1件 → 回収業者（1名分、通す）
_q = people("002", 1, prefs=("埼玉県",))[0]
add(2,
    charset="shift_jis",
    sender=NONOMURA, to=[AOBA],
    subject=f"【回収依頼】HCF-1200 1件（{_q['city']}）",
    body=f"""青葉運輸株式会社
さいたま回収センター 石黒様

お世話になっております。日の出産業の野々村です。
本日受付分の引取りを1件お願いいたします。

受付番号　：RC-260930-017
お客様名　：{_q['name']} 様
ご住所　　：〒{_q['zip']} {_q['addr']}
お電話　　：{_q['home']}（日中は携帯 {_q['mobile']}）
対象品　　：セラミックファンヒーター {_q['model']}（製造番号 {_q['serial']}）1台
引取希望　：10月3日（土）午前

お客様宅に元箱がないとのことですので、回収キット（Sサイズ）のご持参をお願いします。
作業完了後は、いつもの完了報告シートでご連絡ください。

以上、よろしくお願いいたします。
{SIG_NONOMURA}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="購入者1名の引取先を回収業者へ：1名分なので止めない（警告は可）",
)

# 003 ルート回収 8件（半角スペース揃えの表）→ 回収業者
_p = people("003", 8, prefs=("埼玉県",))
_rows = "\n".join(
    f"{i + 1:<4}{pad('RC-2610' + str(i + 1).zfill(2) + '-0' + str(10 + i * 3), 16)}{pad(p['name'], 16)}"
    f"{pad(p['tel'], 16)}{pad(p['pref'] + p['city'] + p['street'], 40)}{p['serial']}"
    for i, p in enumerate(_p))
add(3,
    charset="shift_jis",
    sender=NONOMURA, to=[AOBA_HAISHA], cc=[AOBA],
    subject="10/5(月) 回収ルート分 8件",
    body=f"""青葉運輸 配車ご担当者様
（cc：石黒様）

日の出産業 野々村です。
10/5（月）の引取り分、下記8件をお願いします。ルートの組み方はお任せします。

No  受付番号        氏名            電話            住所                                    製造番号
--  --------------  --------------  --------------  --------------------------------------  --------------
{_rows}

※3番のお客様は17時以降のご在宅とのことです。
※不在の場合は不在票を残してください（再訪は翌営業日で結構です）。

以上、よろしくお願いします。

野々村
日の出産業（株）ロジスティクス課 048-652-7781
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="8名の氏名・電話・住所を空白揃えの表で本文に：名簿",
)

# 004 NDA のドラフト（話題としての機密保持契約）
add(4,
    charset="iso-2022-jp",
    sender=KIRYU, to=[CALL], cc=[SAEKI],
    subject="秘密保持契約書（回収受付業務）ドラフトのご確認",
    body=f"""株式会社コールリンクス
事業推進部 根本様

いつもお世話になっております。日の出産業 法務部の桐生でございます。

先日お打合せいたしました回収受付業務の委託に先立ち、
秘密保持契約書のドラフト（v2）をお送りいたします。

主な修正点は次のとおりです。
　1. 第2条（機密情報の定義）：口頭で開示した情報も、開示後14日以内に書面で特定したものは対象とする旨を追記
　2. 第6条（個人情報の取扱い）：委託業務で取り扱う購入者情報は、別途締結する業務委託契約の個人情報条項を優先
　3. 第9条（再委託）：事前の書面承諾なき再委託の禁止
　4. 第11条（返還・廃棄）：契約終了後30日以内の廃棄と廃棄証明書の提出

貴社法務部門でのご確認のうえ、修正のご要望があれば変更履歴付きでご返送ください。
押印は電子契約（クラウドサイン）を予定しております。

何卒よろしくお願い申し上げます。
{SIG_KIRYU}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_コールリンクス_v2.docx",
                  "title": "秘密保持契約書（ドラフト）",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）と株式会社コールリンクス（以下「乙」という。）は、"
                      "甲が乙に委託を検討する製品回収受付業務（以下「本件業務」という。）に関し、次のとおり契約を締結する。",
                      "第1条（目的）本契約は、本件業務の検討及び遂行のために甲乙間で開示される機密情報の取扱いを定める。",
                      "第2条（機密情報の定義）本契約において機密情報とは、開示の方法を問わず、相手方から開示された技術上、"
                      "営業上その他一切の情報をいう。ただし、次の各号のいずれかに該当するものを除く。",
                      "第6条（個人情報の取扱い）乙は、本件業務に関して取得した個人情報を、本件業務の目的以外に利用してはならない。",
                      "第9条（再委託）乙は、甲の事前の書面による承諾なく、本件業務の全部又は一部を第三者に再委託してはならない。",
                      "第11条（返還・廃棄）乙は、本契約の終了後30日以内に機密情報を返還又は廃棄し、その旨を書面で甲に報告する。",
                      "以上",
                  ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="秘密保持契約についてのやりとり（「機密」は契約条項の語で、資料への区分表示ではない）",
)

# 005 製品登録ユーザーの未申込者リスト（XLSX 複数シート・タイトル行付き）→ コールセンター委託先
_p = people("005", 31)
_hdr = ["登録ID", "氏名", "フリガナ", "生年月日", "電話番号", "メールアドレス", "住所", "製造番号"]


def _reg_row(i: int, p: dict) -> list:
    return [f"U{240000 + i * 37}", p["name"], p["kana"], ymd(p["dob"]), p["tel"], p["email"],
            p["addr"], p["serial"]]


_pref_count: dict[str, int] = {}
for _x in _p:
    _pref_count[_x["pref"]] = _pref_count.get(_x["pref"], 0) + 1
add(5,
    charset="utf-8",
    sender=SAEKI, to=[CALL_DESK], cc=[CALL],
    subject="製品登録ユーザー（HCF-1200）未申込者リスト 更新版",
    body=f"""株式会社コールリンクス
日の出産業リコール受付デスク ご担当者様
（cc：根本様）

お疲れさまです。日の出産業の佐伯です。

製品登録（オーナー登録）済みのユーザーのうち、まだ回収申込のない方のリストを更新しました。
アウトバウンドでのご案内（2回目）にご利用ください。

　シート「未申込」… 架電対象 25名
　シート「申込済」… 参考（重複架電の防止用）6名
　シート「集計」　… 都道府県別の件数

生年月日は折返し時のご本人確認用です。架電時に読み上げないようお願いします。
架電結果は従来どおり日次報告のフォーマットでご返信ください。

よろしくお願いします。
{SIG_SAEKI}""",
    attachments=[{"kind": "xlsx", "name": "HCF1200_登録ユーザー_未申込_1002.xlsx",
                  "title": "HCF-1200 登録ユーザー 未申込者リスト",
                  "sheets": {
                      "未申込": [["HCF-1200 製品登録ユーザー 未申込者リスト（2026/10/02 時点）"], [], _hdr]
                      + [_reg_row(i, p) for i, p in enumerate(_p[:25])],
                      "申込済": [["参考：申込済（重複架電防止）"], _hdr]
                      + [_reg_row(i + 25, p) for i, p in enumerate(_p[25:])],
                      "集計": [["都道府県", "件数"]] + [[k, v] for k, v in sorted(_pref_count.items())],
                  }}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="登録ユーザー31名の氏名・生年月日・連絡先のXLSX（タイトル行付き複数シート）を委託先へ",
)

# 006 販売店3社を To に並べた一斉連絡
add(6,
    charset="iso-2022-jp",
    sender=OKOCHI, to=[MARUYASU, KANEDAI, LIFE],
    subject="HCF-1200 回収告知ポスター・店頭POPの送付について",
    body=f"""販売店各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 家電事業部 営業部の大河内でございます。

先般ご案内いたしましたセラミックファンヒーター HCF-1200／HCF-1200K の自主回収につき、
店頭掲示用の告知物を下記のとおり発送いたしました。

　・A2 告知ポスター　　　 各店 2枚
　・A5 卓上POP（回収受付デスクの案内） 各店 5部
　・お客様配布用チラシ　　各店 100部
　発送日：10月2日（金）　到着予定：10月5日（月）〜6日（火）

店頭で現品をお持ち込みいただいた場合も、恐れ入りますが店頭では引き取らず、
チラシ記載の回収受付デスク（0120-661-208）へのご連絡をご案内ください。
引取り・返金はすべて当社にて手配いたします。

ご不明点は私までお問い合わせください。
何卒よろしくお願い申し上げます。
{SIG_OKOCHI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="販売店3社（3つの外部組織）を To に並べて互いに見える：Bcc にすべき",
)

# 007 回収協力店の一覧（HTML 表・店舗の連絡先のみ）→ Web 制作委託先
_shops = [
    ("デンキのマルヤス 浦和店", "330-0063", "埼玉県さいたま市浦和区高砂2-14-9", "048-822-4410", "10:00〜20:00"),
    ("デンキのマルヤス 川越店", "350-1122", "埼玉県川越市脇田町18-3", "049-226-7781", "10:00〜20:00"),
    ("ホームセンターかねだい 所沢店", "359-1141", "埼玉県所沢市小手指町4-22-1", "04-2947-3306", "9:00〜20:00"),
    ("ホームセンターかねだい 越谷店", "343-0845", "埼玉県越谷市南越谷5-8-12", "048-989-0551", "9:00〜20:00"),
    ("ライフデンキ 港北店", "223-0061", "神奈川県横浜市港北区日吉2-7-30", "045-563-2290", "10:00〜21:00"),
    ("ライフデンキ 船橋店", "273-0005", "千葉県船橋市本町6-3-18", "047-433-8120", "10:00〜21:00"),
    ("ライフデンキ 豊中店", "561-0802", "大阪府豊中市曽根東町3-11-2", "06-6863-4471", "10:00〜20:00"),
    ("デンキのマルヤス 名古屋覚王山店", "464-0841", "愛知県名古屋市千種区覚王山通8-70", "052-762-5518", "10:00〜20:00"),
]
_tr = "\n".join(f"<tr><td>{a}</td><td>〒{b} {c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in _shops)
_txt = "\n".join(f"{a}　〒{b} {c}　TEL {d}　{e}" for a, b, c, d, e in _shops)
add(7,
    charset="utf-8",
    sender=SAIONJI, to=[TSUBASA],
    subject="告知ページ「お近くの回収協力店」掲載データ",
    body=f"""ツバサシステム 高村様

お世話になっております。日の出産業 情報システム部の西園寺です。
リコール告知ページに追加する「回収協力店」の一覧です。HTML版も同送しています。

{_txt}

営業時間は各店の通常営業時間です。10/9（金）公開でお願いします。
{SIG_SAIONJI}""",
    html=f"""<html><body>
<p>ツバサシステム 高村様</p>
<p>お世話になっております。日の出産業 情報システム部の西園寺です。<br>
リコール告知ページに追加する「回収協力店」の一覧です。</p>
<table border="1" cellpadding="4">
<tr><th>店舗名</th><th>所在地</th><th>電話番号</th><th>営業時間</th></tr>
{_tr}
</table>
<p>10/9（金）公開でお願いします。</p>
<p>--<br>西園寺 誠 / 日の出産業株式会社 情報システム部<br>TEL 03-3241-7680</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="店舗（事業所）の住所・電話の一覧で、人の名簿ではない",
)

# 008 返金の振込明細（タブ区切り・半角カナ名義）→ 銀行
_p = people("008", 12)
_rows = "\n".join(
    f"{p['bank']}\t{p['branch']}\t{p['acct_type']}\t{p['acct']}\t{hankana(p['kana_sei'] + ' ' + p['kana_mei'])}\t{p['amount']:,}"
    for p in _p)
add(8,
    charset="shift_jis",
    sender=HAYASE, to=[MIDORI],
    subject="返金振込（10月9日付）明細のご送付",
    body=f"""株式会社みどり銀行
法人営業部 藤枝様

いつも大変お世話になっております。日の出産業 経理部の早瀬でございます。

製品回収に伴う返金の総合振込につきまして、伝送データの取込で受取人名義エラーとなった
12件を、書面扱いでお振込みいただきたくご連絡いたしました。
依頼書原本は本日中に大宮支店へ持参いたします。

銀行名\t支店名\t種目\t口座番号\t受取人名\t金額
{_rows}

振込指定日：2026年10月9日（金）
手数料：当方負担

お手数をおかけしますが、よろしくお願いいたします。
{SIG_HAYASE}""",
    expect="stop",
    entities=["JP_BANK_ACCOUNT", "PERSON_NAME"],
    detectors=["personal_data"],
    note="返金先12名の口座番号と名義をタブ区切りで本文に：口座の名簿",
)

# 009 引用部分にだけ名簿がある返信（通す）
_p = people("009", 12, prefs=("埼玉県", "東京都"))
_quoted = "\n".join(f"> {i + 1:>2}. {p['name']}様　{p['tel']}　{p['city']}{p['street']}　完了 {9 + i // 2}:{'30' if i % 2 else '00'}"
                    for i, p in enumerate(_p))
add(9,
    charset="iso-2022-jp",
    sender=NONOMURA, to=[AOBA],
    subject="Re: 9/28 回収完了報告（12件）",
    body=f"""石黒様

日の出産業 野々村です。ご報告ありがとうございます。
12件すべて、本日午後に大宮物流センターで受領を確認しました。

うち2件（No.4、No.9）は製造番号が対象ロット外でしたので、
当社からお客様へご連絡のうえ、別途ご返送の手配をいたします。
回収費用のご請求は月末締めで問題ありません。

引き続きよろしくお願いします。
野々村

> 日の出産業 野々村様
>
> お世話になっております。青葉運輸の石黒です。
> 9/28 分の回収が完了しましたのでご報告します。
>
{_quoted}
>
> 以上12件、本日の便で大宮物流センターへ搬入します。
> 青葉運輸株式会社 さいたま回収センター 石黒
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="名簿は返信先が送ってきた引用（>）部分だけで、新しい本文に個人データはない",
)

# 010 個人外注先のマイナンバー → 税理士
_p = people("010", 3, prefs=("新潟県", "長野県", "熊本県"))
_mn = [my_number(SEED + 0), my_number(SEED + 1), my_number(SEED + 2)]
add(10,
    charset="utf-8",
    sender=HAYASE, to=[ZEIRI],
    subject="個人外注先（回収作業）の支払調書作成資料",
    body=f"""税理士法人みなと
福留先生

いつもお世話になっております。日の出産業 経理部の早瀬です。

今回の製品回収では、物流網の手薄な地域の引取り作業を、
個人事業主の方3名に業務委託しております。
報酬、料金、契約金及び賞金の支払調書の作成のため、必要事項をお送りいたします。

【1】{_p[0]['name']}（{_p[0]['kana']}）
　住所：{_p[0]['addr']}
　個人番号：{spaced(_mn[0])}
　支払金額：486,200円（源泉徴収税額 49,649円）

【2】{_p[1]['name']}（{_p[1]['kana']}）
　住所：{_p[1]['addr']}
　個人番号：{_mn[1]}
　支払金額：212,500円（源泉徴収税額 21,696円）

【3】{_p[2]['name']}（{_p[2]['kana']}）
　住所：{_p[2]['addr']}
　個人番号：{spaced(_mn[2], sep='-')}
　支払金額：158,000円（源泉徴収税額 16,133円）

本人確認書類の写しは当社で保管しております。
ご不明点がございましたらご連絡ください。
{SIG_HAYASE}""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="個人番号（マイナンバー）3件を社外の税理士へ本文で送付",
)

# 011 全角スペース揃えの表（全角数字・和暦の購入日）→ 販売店
_p = people("011", 6, prefs=("埼玉県",))
_rows = "\n".join(
    f"{p['sei']}　{p['mei']}" + "　" * max(1, 8 - len(p['sei'] + p['mei']))
    + zen(p['mobile']) + "　" + ("マルヤス浦和店" if i % 2 else "マルヤス川越店") + "　" + wareki(p['bought'], 'zen')
    for i, p in enumerate(_p))
add(11,
    charset="shift_jis",
    sender=OKOCHI, to=[MARUYASU],
    subject="貴社ポイント会員でご購入のお客様（連絡不通分）について",
    body=f"""株式会社マルヤス
商品部 安田様

お世話になっております。日の出産業の大河内です。

先日ご提供いただいたポイント会員のご購入者情報のうち、当社から3回以上お電話しても
つながらないお客様が6名いらっしゃいます。
お手数ですが、店舗から回収のお声がけをいただけないでしょうか。

氏名　　　　　　携帯電話　　　　　　　購入店舗　　　　購入日
－－－－－－－　－－－－－－－－－－　－－－－－－－　－－－－－－
{_rows}

お声がけの結果は、店舗ご担当から私へメールいただければ結構です。
よろしくお願いいたします。
{SIG_OKOCHI}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6名の氏名と携帯番号（全角数字）を全角スペース揃えの表で販売店へ",
)

# 012 社内だけの名簿（事故報告のあった購入者、受診情報あり）
_p = people("012", 7)
_sym = ["電源コード根元の焦げ", "発煙（やけどなし）", "本体背面の変色", "右手に軽いやけど（皮膚科受診）",
        "異臭・発煙", "プラグ部の溶融", "左足に水ぶくれ（内科受診、湿潤療法）"]
add(12,
    charset="utf-8",
    sender=SAEKI, to=[f"品質保証部 <hinshitsu-hosho@{D}>"], cc=[KASHIWAGI, MURAKAMI],
    subject="事故・不具合の申告があった購入者一覧（社内共有）",
    body=f"""品質保証部 各位

CS推進室の佐伯です。
回収受付で事故・不具合の申告があったお客様の一覧を添付します（9/15〜10/2受付分、7件）。
うち2件はけがの申告があり、受診先も伺っています。
現品は大宮物流センターで隔離保管中です。解析の優先順位づけにご利用ください。

社内限りでお願いします。
{SIG_SAEKI}""",
    attachments=[{"kind": "xlsx", "name": "事故申告者一覧_1002.xlsx",
                  "sheets": {"申告一覧": [["受付日", "氏名", "電話", "住所", "製造番号", "申告内容"]]
                             + [[f"2026/{9 + i // 4}/{(i * 5) % 28 + 1}", p["name"], p["tel"], p["addr"],
                                 p["serial"], _sym[i]] for i, p in enumerate(_p)]}}],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="宛先がすべて社内（サブドメイン含む）なので、名簿・受診情報があっても通す",
)

# 013 類似ドメイン（aoba-unyuu.co.jp）宛の再訪問依頼
_q = people("013", 1, prefs=("千葉県",))[0]
add(13,
    charset="shift_jis",
    sender=NONOMURA, to=["石黒 様 <ishiguro@aoba-unyuu.co.jp>"],
    subject="再訪問のお願い（RC-261003-022）",
    body=f"""青葉運輸 石黒様

野々村です。10/3に不在だったお客様から再訪問のご依頼がありました。

　{_q['name']} 様　{_q['mobile']}
　{_q['addr']}
　希望日時：10月8日（木）18時〜20時

お手数ですが再手配をお願いします。
{SIG_NONOMURA}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="宛先が取引先 aoba-unyu.co.jp の類似ドメイン（u が1文字多い）",
)

# 014 HTML のみのメール：Web 申込者の折返し依頼（7名）
_p = people("014", 7)
_tr = "\n".join(f"<tr><td>W{2610130 + i * 7}</td><td>{p['name']}</td><td>{p['tel']}</td>"
                f"<td>{p['email']}</td><td>{['午前中', '12-14時', '18時以降', '終日可'][i % 4]}</td></tr>"
                for i, p in enumerate(_p))
add(14,
    charset="utf-8",
    sender=KASHIWAGI, to=[CALL_DESK],
    subject="本日のWeb申込分（折返し依頼 7件）",
    html=f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif">
<p>コールリンクス リコール受付デスク ご担当者様</p>
<p>日の出産業 CS推進室の柏木です。<br>
本日のWeb申込のうち、フォームの入力内容に不備があり折返しが必要な方です。<br>
本日中の架電をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr style="background:#dde"><th>申込番号</th><th>お名前</th><th>電話番号</th><th>メール</th><th>連絡希望</th></tr></thead>
<tbody>
{_tr}
</tbody></table>
<p>よろしくお願いいたします。</p>
<p>-------------------------------<br>日の出産業（株） 家電事業部 CS推進室<br>柏木 しおり<br>TEL 048-641-3352</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTMLのみのメールの表に7名の氏名・電話・メール",
)

# 015 通常の業務連絡＋定型の免責文（機密情報の語）
add(15,
    charset="iso-2022-jp",
    sender=NONOMURA, to=[AOBA],
    subject="11月の回収便スケジュール（案）",
    body=f"""青葉運輸株式会社
石黒様

いつもお世話になっております。日の出産業の野々村です。
11月の定期回収便について、当社案をお送りします。

　週　　　 曜日　　エリア　　　　　　　 見込台数
　第1週　　火・金　さいたま市・川越市　　約60台
　第2週　　火・金　所沢市・越谷市　　　　約45台
　第3週　　水　　　県南（川口・戸田）　　約30台
　第4週　　水　　　予備日（再訪問分）　　約20台

10月の実績から見て、第1週は2トン車1台で足りる見込みです。
ご都合の悪い日があれば、10/20までにお知らせください。

よろしくお願いいたします。
{SIG_NONOMURA}{DISCLAIMER_JA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ふつうの業務連絡と定型の免責文（「機密情報が含まれている場合があります」）",
)

# 016 要配慮（在宅酸素療法）を含む 1名の引取り依頼
_q = people("016", 1, prefs=("東京都",))[0]
add(16,
    charset="utf-8",
    sender=SAEKI, to=[AOBA],
    subject="【優先】引取り1件：在宅酸素療法中のお客様宅",
    body=f"""青葉運輸 石黒様

佐伯です。急ぎで1件、最優先の引取りをお願いします。

お客様：{_q['name']} 様
ご住所：{_q['addr']}
連絡先：{_q['home']}（奥様）

ご主人が在宅酸素療法（HOT）を受けておられ、酸素濃縮装置のある寝室で
当該ヒーターを使用されていたとのことです。火気厳禁の環境ですので、
本日中の使用中止と明日午前の引取りをお願いできますでしょうか。
代替の暖房器具（オイルヒーター）は当社から本日発送済みです。

作業員の方には、酸素チューブを踏まないよう、ご注意をお伝えください。
{SIG_SAEKI}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の個人の病状（在宅酸素療法）＝要配慮個人情報を社外へ：1名でも止める",
)

# 017 1人1ブロックの名簿（6名）→ リサイクル業者
_p = people("017", 6, prefs=("埼玉県", "東京都", "千葉県"))
_blocks = "\n\n".join(
    f"■{i + 1}\nお名前：{p['name']}（{p['kana']}）\nご住所：〒{p['zip']} {p['addr']}\n電話　：{p['tel']}\n"
    f"持込予定：10月{10 + i}日 {'午前' if i % 2 == 0 else '午後'}／{p['model']} 1台"
    for i, p in enumerate(_p))
add(17,
    charset="shift_jis",
    sender=NONOMURA, to=[ECO],
    subject="北関東リサイクルセンターへ直接お持込み予定のお客様（6名）",
    body=f"""エコリバース株式会社
水野様

お世話になっております。日の出産業の野々村です。

貴社 北関東リサイクルセンターへ、ご自身で現品をお持込みされる予定のお客様です。
受付時に照合のうえ、受領書の発行をお願いいたします。

{_blocks}

以上6名です。予定外の方がお見えになった場合は、お名前と製造番号を控えていただければ結構です。
{SIG_NONOMURA}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="1人1ブロックで6名の氏名・住所・電話を本文に",
)

# 018 送り状番号・製造番号の照合（人のデータなし）
_r = _rng("018")
_rows = "\n".join(
    f"{_r.randint(3000, 3999)}-{_r.randint(1000, 9999)}-{_r.randint(1000, 9999)}  "
    f"HCF12-{_r.choice(SERIAL_LOTS)}{_r.randint(0, 19999):05d}  RK-{26100 + i * 3}  10/{12 + i % 3}"
    for i in range(20))
add(18,
    charset="utf-8",
    sender=NONOMURA, to=[AOBA],
    subject="宅配回収分 送り状番号の照合依頼（20件）",
    body=f"""石黒様

野々村です。宅配キットでの回収分のうち、当社システムで到着未確認となっている20件です。
貴社の追跡システムで配達状況をご確認いただけますか。

送り状番号      製造番号          回収キット番号  発送日
{_rows}

「持戻り」になっているものがあれば、番号だけお知らせください。お客様連絡は当社で行います。
{SIG_NONOMURA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="送り状番号・製造番号・キット番号の一覧だけで、人の情報はない",
)

# 019 PPAP（パスワード付き ZIP）→ 印刷会社
_p = people("019", 30)
add(19,
    charset="iso-2022-jp",
    sender=SAEKI, to=[NISHIKI],
    subject="告知ハガキ 第3便 宛名データ（パスワードは別送します）",
    body=f"""錦印刷 小野寺様

お世話になっております。日の出産業の佐伯です。
第3便の宛名データをお送りします。

添付ファイルは暗号化ZIPです。パスワードは別メールにてお送りいたします。
件数：30件（前回差込不可だった住所修正分を含みます）

よろしくお願いいたします。
{SIG_SAEKI}""",
    attachments=[{"kind": "zip", "name": "告知ハガキ_第3便.zip", "password": "Hnd#2610dm3",
                  "files": [{"kind": "csv", "name": "宛名_第3便.csv", "encoding": "cp932",
                             "rows": [["郵便番号", "住所", "氏名"]]
                             + [[p["zip"], p["addr"], p["name"]] for p in _p]}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード付きZIPは中身を検査できない（中身は30名の宛名）",
)

# 020 経産省への重大製品事故報告（被害者は年代・性別・市まで）
add(20,
    charset="shift_jis",
    sender=MURAKAMI, to=[METI],
    subject="重大製品事故報告（第2報）HCF-1200／当社管理番号 INC-2026-014",
    body=f"""経済産業省 商務・サービスグループ 製品安全課 御中

日の出産業株式会社 家電事業部 品質保証部の村上でございます。
標記の重大製品事故につき、第2報をご報告いたします。

1．製品名・型式：セラミックファンヒーター HCF-1200（製造番号 HCF12-24K08812）
2．事故発生日　：2026年9月26日
3．発生場所　　：福岡県北九州市（一般住宅・居間）
4．被害の状況　：使用者（70歳代・女性）が右手指にⅡ度熱傷（通院加療、全治約3週間の見込み）
　　　　　　　　 周辺のカーペット約30cm四方が焼損
5．事故の内容　：使用中に電源コード接続部から発煙・発火。使用者が消火しようとして受傷
6．原因の推定　：電源コード接続端子のかしめ不良による接触抵抗の増大（調査中）
7．対応　　　　：現品を回収済み。NITE 九州支所と合同で現品確認を10月14日に実施予定

正式な報告書（様式第2）は本日付で電子申請いたしました。
追加でご入用の資料がございましたらお申し付けください。
{SIG_MURAKAMI}""",
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="被害者の受傷内容はあるが氏名なし（年代・性別・市まで）：特定できるかは判断が分かれる",
)


# ======================================================================================
# 021–040
# ======================================================================================

# 021 「・」箇条書きで5名 → 販売店
_p = people("021", 5, prefs=("神奈川県", "千葉県"))
_items = "\n".join(
    f"・{p['name']} 様（{p['tel']}）{p['city']}{p['street']}／{p['model']} 1台（配送日 {ymd(p['bought'])}）"
    for p in _p)
add(21,
    charset="iso-2022-jp",
    sender=OKOCHI, to=[LIFE],
    subject="配送設置でお届け済みのお客様 5件（回収のお声がけのお願い）",
    body=f"""ライフデンキ株式会社
お客様サービス部 森様

いつもお世話になっております。日の出産業の大河内です。

貴社の配送記録から、HCF-1200 を配送でお届けしたお客様のうち、
当社の回収申込がまだの方を抽出しました。
次回の店舗DM発送時、あるいは配送スタッフ訪問時にお声がけいただけると助かります。

{_items}

お声がけ済みの方は、お手数ですが名前の横に○をつけてご返信ください。
{SIG_OKOCHI}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="「・」の箇条書きで5名の氏名・電話・住所（5名から名簿）",
)

# 022 外部2組織（To と Cc）への業務連絡
add(22,
    charset="utf-8",
    sender=NONOMURA, to=[AOBA], cc=[CALL],
    subject="引取日時の変更連絡フローについて（ご相談）",
    body=f"""青葉運輸 石黒様
コールリンクス 根本様

お世話になっております。日の出産業 ロジスティクス課の野々村です。

お客様からの引取日時の変更連絡が、コールセンター経由と青葉運輸さん直接の
2経路に分かれてしまい、二重手配が先週だけで4件発生しました。

今後は次の流れに統一させてください。
　1. お客様からの変更連絡はすべてコールリンクスさんで受付
　2. コールリンクスさんが回収管理システムの予定日を更新（15時締め）
　3. 青葉運輸さんは15時以降にシステムから翌日分の配車リストを出力
　4. ドライバーさんが直接変更を受けた場合は、その場でコールリンクスさんへ電話連絡

10/12（月）から適用したいと考えています。問題があれば今週中にお知らせください。
{SIG_NONOMURA}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="外部2組織（回収業者とコールセンター）への通常の三者連絡",
)

# 023 クレジットカード番号 → 決済代行（返金の売上取消）
_q = people("023", 1)[0]
_card = card_number(SEED + 5)
add(23,
    charset="iso-2022-jp",
    sender=HAYASE, to=[PAY],
    subject="返金処理（売上取消）のお願い／加盟店ID HN-0042",
    body=f"""ペイコネクト株式会社
加盟店サポート ご担当者様

いつもお世話になっております。日の出産業 経理部の早瀬です。

当社直販サイトで2024年12月に決済された注文について、製品回収に伴う返金を行いたいのですが、
決済から180日を超えているため管理画面から取消ができません。
お手数ですが、下記の取引の返金処理をお願いいたします。

　注文番号　：HS-EC-2024-118832
　カード番号：{spaced(_card)}
　カード名義：{_q['roma_up']}
　有効期限　：07/29
　返金額　　：12,980円（税込）

処理完了のご連絡をいただけましたら、お客様へ当社からご案内いたします。
{SIG_HAYASE}""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="クレジットカード番号（名義付き）を社外の決済代行へ本文で送付",
)

# 024 件名に【社外秘】の区分 → 回収業者
add(24,
    charset="shift_jis",
    sender=MURAKAMI, to=[AOBA],
    subject="【社外秘】HCF-1200 回収進捗（9月末時点）",
    body=f"""取扱区分：社外秘（関係者限り）

青葉運輸株式会社
石黒様

お世話になっております。日の出産業 品質保証部の村上です。
10月以降の車両手配のご参考として、9月末時点の回収進捗を共有いたします。

　対象台数（出荷ベース）　 48,620台
　回収申込　　　　　　　　 11,905台（24.5％）
　回収完了　　　　　　　　　8,312台（17.1％）
　うち貴社引取り分　　　　　6,048台

10月は告知ハガキの第2便・第3便と新聞社告を予定しており、
申込が週3,000台ペースまで増える見込みです。
増車のご検討をお願いできれば幸いです。
{SIG_MURAKAMI}""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="件名と本文冒頭に「社外秘」の区分表示がある資料を社外へ",
)

# 025 購入者（フリーメール1名）への返信：引用に本人の電話番号
_q = people("025", 1)[0]
_addr = f"{_q['roma'].split()[0].lower()}.{_q['roma'].split()[1].lower()}77@gmail.com"
add(25,
    charset="utf-8",
    sender=SAEKI, to=[f"{_q['name']} <{_addr}>"],
    subject="Re: ファンヒーターの回収について",
    body=f"""{_q['name']} 様

日の出産業 回収受付窓口の佐伯でございます。
このたびはご迷惑とご心配をおかけし、誠に申し訳ございません。

お問い合わせの件、製造番号から回収対象であることを確認いたしました。
回収キット（返送用の箱と着払い伝票）を10月8日に発送いたしますので、
到着後、製品を箱に入れてお近くのコンビニエンスストアからご返送ください。
返金（12,980円）は、製品の到着確認後2週間ほどでお手続きいたします。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。
{SIG_SAEKI}
> 去年の冬に買ったファンヒーター（HCF-1200）がリコール対象か知りたいです。
> 製造番号は {_q['serial']} です。
> 日中は仕事で出られないので、連絡は夜かこのメールにお願いします。
> {_q['name']}　{_q['mobile']}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="購入者本人（フリーメール1名）への返信。本人の電話番号は引用部分のみ",
)

# 026 集合住宅の一括回収名簿（DOCX の表）→ 回収業者
_p = people("026", 10)
_bldg = "東京都練馬区光が丘3-9-2 光が丘グリーンコート"
add(26,
    charset="utf-8",
    sender=NONOMURA, to=[AOBA],
    subject="集合住宅での一括回収（10/17）対象者名簿",
    body=f"""石黒様

野々村です。
光が丘グリーンコートの管理組合さんのご協力で、10/17（土）に集会室で一括回収を行います。
事前申込のあった10世帯の名簿（Word）を添付しますので、当日の照合にお使いください。

当日は当社から2名、貴社から作業員2名・1トン車1台でお願いします。
集会室は9時から使用できます。
{SIG_NONOMURA}""",
    attachments=[{"kind": "docx", "name": "光が丘グリーンコート_一括回収名簿.docx",
                  "paragraphs": ["光が丘グリーンコート　HCF-1200 一括回収 名簿",
                                 f"会場：{_bldg} 集会室　日時：2026年10月17日（土）9:30〜12:00",
                                 "※当日ご不在の世帯は管理事務所でお預かり"],
                  "tables": [[["部屋番号", "氏名", "電話番号", "台数", "備考"]]
                             + [[f"{(i % 5) + 2}0{i + 1}", p["name"], p["mobile"], str(1 + (i % 3 == 0)),
                                 ["", "午前のみ", "", "管理事務所預け", ""][i % 5]] for i, p in enumerate(_p)]]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="10世帯の氏名・携帯番号・部屋番号（住所）のDOCXの表を回収業者へ",
)

# 027 社内だけ：マイナンバーの登録依頼
_q = people("027", 1, prefs=("北海道",))[0]
add(27,
    charset="iso-2022-jp",
    sender=HAYASE, to=[f"市川 智也 <t-ichikawa@{D}>"],
    subject="個人外注先のマイナンバー登録のお願い（回収作業・北海道地区）",
    body=f"""市川さん

お疲れさまです。早瀬です。
北海道地区の回収作業をお願いしている個人事業主の方から、番号確認書類が届きました。
支払先マスタへの登録をお願いします。

　氏名　　：{_q['name']}（{_q['kana']}）
　住所　　：{_q['addr']}
　個人番号：{my_number(SEED + 3)}
　確認書類：マイナンバーカード（表・裏）の写し → 経理部キャビネットB-3に保管

登録後、写しはシュレッダー処理ではなく溶解処理箱へお願いします。
早瀬""",
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="宛先が社内だけなので、マイナンバーがあっても通す",
)

# 028 類似ドメイン（midori-gink0.co.jp：o→0）
add(28,
    charset="shift_jis",
    sender=HAYASE, to=["藤枝 様 <fujieda@midori-gink0.co.jp>"],
    subject="10月分 返金振込データの伝送予定について",
    body=f"""みどり銀行 法人営業部
藤枝様

お世話になっております。日の出産業 経理部の早瀬でございます。

10月の返金振込につきまして、伝送予定をお知らせいたします。

　第1回　10月9日（金）　約1,200件
　第2回　10月23日（金）約2,100件
　第3回　10月30日（金）約1,800件

件数が通常の総合振込より大幅に多いため、処理時間の目安をご教示いただけますでしょうか。
また、受取人名義相違による入金不能の通知方法についても、あわせてご相談させてください。
{SIG_HAYASE}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="宛先が取引銀行 midori-ginko.co.jp の類似ドメイン（o をゼロに）",
)

# 029 未回収先リスト（PDF の表 15名）→ 販売店
_p = people("029", 15, prefs=("埼玉県",))
add(29,
    charset="shift_jis",
    sender=OKOCHI, to=[KANEDAI],
    subject="未回収先リスト（かねだい各店ご販売分）",
    body=f"""株式会社かねだい
家電部 バイヤー 金田様

お世話になっております。日の出産業の大河内です。

先日のお打合せでお話しした、貴社店舗でご購入いただいたお客様のうち、
回収が完了していない方のリストをPDFでお送りします（15名）。
店舗会員様へのお電話でのご案内について、ご協力いただけますと幸いです。

費用の精算方法は、別途ご相談させてください。
{SIG_OKOCHI}""",
    attachments=[{"kind": "pdf", "name": "未回収先リスト_かねだい.pdf",
                  "title": "未回収先リスト（かねだい）",
                  "lines": ["HCF-1200 未回収先リスト（かねだい各店販売分）", "2026年10月8日現在　日の出産業株式会社 家電事業部", ""],
                  "table": [["No", "購入店舗", "氏名", "電話番号", "住所", "購入日"]]
                  + [[str(i + 1), ["かねだい所沢店", "かねだい越谷店"][i % 2], p["name"], p["tel"],
                      p["city"] + p["street"], ymd(p["bought"])] for i, p in enumerate(_p)]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="15名の氏名・電話・住所のPDFの表を販売店へ",
)

# 030 当日の連絡先 3名（携帯）→ 販売店
add(30,
    charset="iso-2022-jp",
    sender=OKOCHI, to=[LIFE],
    subject="10/17 店頭回収会 当日の連絡先",
    body=f"""ライフデンキ 森様

お世話になっております。大河内です。
10/17（土）港北店での店頭回収会、当日の当社側メンバーの連絡先をお知らせします。

　大河内 亮（責任者）　090-6620-1184
　佐伯 真帆（受付）　　080-4410-2275
　坂口 勝也（搬出）　　070-2218-5903

9時に通用口から入らせていただきます。駐車場は搬出用に2台分お借りできれば助かります。
よろしくお願いいたします。

大河内""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="当日の担当者3名の携帯番号：1〜4名分なので通す（警告は可）",
)

# 031 被害者の受傷・診断内容 → 損害保険会社（1名の要配慮個人情報）
_q = people("031", 1, prefs=("福岡県",))[0]
add(31,
    charset="utf-8",
    sender=KIRYU, to=[SONPO],
    subject="PL保険 事故報告（証券番号 PL-26-778812）",
    body=f"""ひかり損害保険株式会社
企業損害サービス部 事故受付ご担当者様

いつもお世話になっております。日の出産業 法務部の桐生でございます。
生産物賠償責任保険の対象となる可能性のある事故が発生しましたので、ご報告いたします。

【事故概要】
発生日時：2026年9月26日 19時頃
製品　　：セラミックファンヒーター HCF-1200（製造番号 HCF12-24K08812）
内容　　：使用中に電源コード接続部から発火

【被害者】
氏名　　：{_q['name']} 様（{_q['age']}歳）
住所　　：{_q['addr']}
電話　　：{_q['home']}
受傷内容：右手指Ⅱ度熱傷。9月27日に北九州市内の皮膚科を受診し、全治約3週間と診断。
　　　　　糖尿病の既往があり治癒が遅れる可能性がある、との医師の説明あり。
物的損害：カーペット焼損、壁面クロスの煤汚れ

被害者様とは当社品質保証部が面談済みで、治療費等は当社が負担する旨をお伝えしております。
診断書の写しは、ご指示をいただければ郵送いたします。
{SIG_KIRYU}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="氏名・住所と結びついた受傷の診断・既往歴（要配慮個人情報）を社外へ",
)

# 032 個人3名を To に並べた案内
_p = people("032", 3)
_to = [f"{p['name']} 様 <{p['email'].split('@')[0]}@{d}>" for p, d in zip(_p, ["gmail.com", "yahoo.co.jp", "icloud.com"])]
add(32,
    charset="iso-2022-jp",
    sender=SAEKI, to=_to,
    subject="【日の出産業】回収キット発送のご案内",
    body=f"""お客様各位

日の出産業株式会社 回収受付窓口でございます。
このたびは弊社セラミックファンヒーターの回収にご協力いただき、誠にありがとうございます。

お申込みいただいた回収キットを、本日ゆうパックにて発送いたしました。
到着まで2〜3日ほどお待ちください。

キットが届きましたら、同封の説明書に沿って製品を梱包し、
着払い伝票を貼ってお近くの郵便局またはコンビニエンスストアからご返送ください。

ご不明な点は、回収受付デスク（0120-661-208　受付 9:00〜18:00）までお問い合わせください。
{SIG_SAEKI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="購入者（個人）3名を To に並べ、互いのアドレスが見える：Bcc にすべき",
)

# 033 -----Original Message----- の下に口座の一覧（引用だけ）
_p = people("033", 6)
_q_rows = "\n".join(f"{i + 1}　{p['bank']} {p['branch']}　{p['acct_type']} {p['acct']}　{hankana(p['kana'])}　入金不能（名義相違）"
                    for i, p in enumerate(_p))
add(33,
    charset="shift_jis",
    sender=HAYASE, to=[MIDORI],
    subject="RE: 【みどり銀行】10/9振込分 組戻し・入金不能のご連絡",
    body=f"""藤枝様

ご連絡ありがとうございます。早瀬です。
6件とも受取人名義相違とのこと、承知いたしました。
お客様に正しい名義を確認のうえ、10/23の第2回伝送に含めて再振込いたします。
返却資金の入金日だけ、念のためご教示いただけますでしょうか。

早瀬

-----Original Message-----
From: 藤枝 浩二 <fujieda@midori-ginko.co.jp>
Sent: Monday, October 12, 2026 4:18 PM
To: 早瀬 由紀 <y-hayase@hinode-sangyo.co.jp>
Subject: 【みどり銀行】10/9振込分 組戻し・入金不能のご連絡

日の出産業株式会社 早瀬様

いつもお世話になっております。みどり銀行の藤枝です。
10月9日付の総合振込のうち、下記6件が入金不能で返却となりました。

{_q_rows}

返却資金は当行にて貴社口座へ入金いたします。
みどり銀行 法人営業部 藤枝
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="口座の一覧は返信先（銀行）からのメールの引用部分だけ",
)

# 034 高齢者世帯フォロー方針（PPTX、認知症の記載を含む）→ コールセンター
_p = people("034", 6)
_lines = [f"{p['name']} 様（{70 + (i * 3) % 20}歳）{p['tel']}　" + [
    "独居、日中は在宅",
    "認知症のため長女様経由で連絡（長女様 090-5521-7736）",
    "耳が遠いため大きめの声で",
    "ご家族が週末のみ訪問",
    "デイサービス利用（月・木は不在）",
    "前回架電で『使っていない』と回答、要再確認"][i] for i, p in enumerate(_p)]
add(34,
    charset="utf-8",
    sender=SAEKI, to=[CALL],
    subject="高齢者世帯フォロー方針（資料送付）",
    body=f"""コールリンクス 根本様

お疲れさまです。佐伯です。
本日の定例でご説明した、高齢者世帯のフォロー方針の資料を送ります。
3枚目の重点フォロー対象の方々は、SVクラスの方に担当いただけると安心です。

よろしくお願いします。
佐伯""",
    attachments=[{"kind": "pptx", "name": "高齢者世帯フォロー方針_1009.pptx",
                  "slides": [
                      ["高齢者世帯フォロー方針", "目的：使用継続による事故の防止", "対象：75歳以上または家族の申告があった世帯",
                       "手段：電話（2回）→ ハガキ → 訪問"],
                      ["対応の基本", "結論を急がず、製品の確認を一緒に行う", "使用中止のお願いを必ず伝える",
                       "代替暖房の要否を確認する"],
                      ["重点フォロー対象（10/9 時点）"] + _lines,
                  ]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PPTXに6名の氏名・電話と健康状態（認知症など）を記載して委託先へ",
)

# 035 運転免許証の番号（本人確認結果）→ コールセンター
_q = people("035", 1)[0]
_lic = f"{_rng('035').randint(10, 69)}{_rng('035b').randint(10, 99)}{_rng('035c').randint(10000000, 99999999)}"
add(35,
    charset="iso-2022-jp",
    sender=SAEKI, to=[CALL_DESK],
    subject="返金申請 本人確認結果（申込番号 RF-0931）",
    body=f"""リコール受付デスク ご担当者様

佐伯です。お客様から電話で問い合わせがあった場合に備えて、
返金申請 RF-0931 の本人確認結果を共有します。

　氏名　　：{_q['name']}（{_q['kana']}）
　生年月日：{wareki(_q['dob'])}
　住所　　：{_q['addr']}
　確認書類：運転免許証　第{_lic}号（有効期限 令和9年{_q['dob'].month}月{_q['dob'].day}日）
　結果　　：申込内容と一致。返金口座への振込を10/23に予定

お客様からの問い合わせの際は、生年月日でご本人確認をお願いします。
{SIG_SAEKI}""",
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="運転免許証番号（本人確認書類の番号）を社外の委託先へ",
)

# 036 回収受付協力店（店舗の一覧 CSV, UTF-8）→ 印刷会社
_r = _rng("036")
_shop_rows = [["店舗名", "郵便番号", "所在地", "電話番号", "受付時間"]]
for _name, _pref, _city, _area in [
        ("デンキのマルヤス 浦和店", "埼玉県", "さいたま市浦和区高砂", "048"),
        ("デンキのマルヤス 川越店", "埼玉県", "川越市脇田町", "049"),
        ("デンキのマルヤス 大宮店", "埼玉県", "さいたま市大宮区宮町", "048"),
        ("ホームセンターかねだい 所沢店", "埼玉県", "所沢市小手指町", "04"),
        ("ホームセンターかねだい 越谷店", "埼玉県", "越谷市南越谷", "048"),
        ("ホームセンターかねだい 春日部店", "埼玉県", "春日部市中央", "048"),
        ("ライフデンキ 港北店", "神奈川県", "横浜市港北区日吉", "045"),
        ("ライフデンキ 相模原店", "神奈川県", "相模原市中央区相模原", "042"),
        ("ライフデンキ 船橋店", "千葉県", "船橋市本町", "047"),
        ("ライフデンキ 柏店", "千葉県", "柏市末広町", "04"),
        ("ライフデンキ 豊中店", "大阪府", "豊中市曽根東町", "06"),
        ("ライフデンキ 阿倍野店", "大阪府", "大阪市阿倍野区阪南町", "06"),
        ("デンキのマルヤス 覚王山店", "愛知県", "名古屋市千種区覚王山通", "052"),
        ("デンキのマルヤス 平岸店", "北海道", "札幌市豊平区平岸三条", "011"),
        ("デンキのマルヤス 高宮店", "福岡県", "福岡市南区高宮", "092")]:
    _shop_rows.append([_name, f"{_r.randint(100, 999)}-{_r.randint(1000, 9999)}",
                       f"{_pref}{_city}{_r.randint(1, 5)}-{_r.randint(1, 30)}-{_r.randint(1, 20)}",
                       _landline(_r, _area), "10:00〜19:00"])
add(36,
    charset="utf-8",
    sender=MIYASHITA, to=[NISHIKI],
    subject="告知ポスター裏面「回収受付協力店」掲載リスト",
    body=f"""錦印刷 小野寺様

お世話になっております。日の出産業 広報部の宮下です。
告知ポスター（B2）の裏面に掲載する回収受付協力店のリストをCSVでお送りします（15店舗）。

並び順はCSVのとおり、都道府県ごとにまとめてください。
電話番号は各店舗の代表番号です。
{SIG_MIYASHITA}""",
    attachments=[{"kind": "csv", "name": "回収受付協力店_掲載用.csv", "encoding": "utf-8", "rows": _shop_rows}],
    expect="pass",
    entities=[],
    detectors=[],
    note="店舗の所在地・代表電話の一覧（事業所のリスト）で個人の名簿ではない",
)

# 037 パスワード保護された PDF → 銀行
add(37,
    charset="iso-2022-jp",
    sender=HAYASE, to=[MIDORI],
    subject="返金振込明細（10/16振込分）のご送付",
    body=f"""みどり銀行 藤枝様

お世話になっております。早瀬です。
10/16振込分の明細をPDFでお送りします。
PDFにはパスワードを設定しております。パスワードは追ってお電話でお伝えいたします。

よろしくお願いいたします。
{SIG_HAYASE}""",
    attachments=[{"kind": "pdf", "name": "返金振込明細_20261016.pdf", "password": "midori1016",
                  "lines": ["返金振込明細（2026年10月16日振込分）", "日の出産業株式会社 経理部"],
                  "table": [["No", "銀行", "支店", "口座番号", "名義", "金額"]]
                  + [[str(i + 1), p["bank"], p["branch"], p["acct"], hankana(p["kana"]), f"{p['amount']:,}"]
                     for i, p in enumerate(people("037", 20))]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード保護されたPDFは検査できない",
)

# 038 移行データ一式（ZIP：CSV＋XLSX）→ システム会社
_p = people("038", 24)
add(38,
    charset="utf-8",
    sender=SAIONJI, to=[TSUBASA],
    subject="回収管理システム 移行データ一式の送付",
    body=f"""ツバサシステム 高村様

お世話になっております。西園寺です。
回収管理システムへの移行データ一式をZIPで送ります。

　registrations.csv … 製品登録ユーザー（UTF-8、BOMなし）
　申込履歴.xlsx　　 … 回収申込の履歴（シート「申込」「キャンセル」）

本番移行前のリハーサルにも同じデータを使っていただいて構いません。
取込後は、貴社の作業環境から削除をお願いします。
{SIG_SAIONJI}""",
    attachments=[{"kind": "zip", "name": "migration_20261010.zip", "files": [
        {"kind": "csv", "name": "registrations.csv", "encoding": "utf-8",
         "rows": [["user_id", "name", "name_kana", "email", "tel", "zip", "address", "serial"]]
         + [[f"U{250100 + i}", p["name2"], p["kana"], p["email"], p["tel"].replace("-", ""), p["zip"], p["addr"], p["serial"]]
            for i, p in enumerate(_p)]},
        {"kind": "xlsx", "name": "申込履歴.xlsx", "sheets": {
            "申込": [["申込番号", "氏名", "電話", "申込日", "方法"]]
            + [[f"RA-{1000 + i}", p["name"], p["tel"], f"2026-09-{15 + i % 14}", ["Web", "電話", "販売店"][i % 3]]
               for i, p in enumerate(_p[:18])],
            "キャンセル": [["申込番号", "氏名", "理由"]]
            + [[f"RA-{1100 + i}", p["name"], "対象外の製造番号"] for i, p in enumerate(_p[18:])]}},
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP（暗号化なし）の中のCSVとXLSXに24名の登録ユーザー情報",
)

# 039 適格請求書の登録番号（法人番号）の話
_cn_eco = corp_number("010401158832")
_cn_hnd = corp_number("011001034417")
add(39,
    charset="shift_jis",
    sender=HAYASE, to=[ECO],
    subject="ご請求書の登録番号の記載について",
    body=f"""エコリバース株式会社
経理ご担当 水野様

いつもお世話になっております。日の出産業 経理部の早瀬です。

9月分の処分費用のご請求書（請求番号 ER-2609-0311）を拝受いたしました。
恐れ入りますが、適格請求書の登録番号の記載が漏れておりましたので、
再発行をお願いできますでしょうか。

国税庁の公表サイトでは、貴社の登録番号は T{_cn_eco} と確認しております。
なお、当社の登録番号は T{_cn_hnd} です（当社発行の支払通知書に記載しております）。

お支払いは10月末日を予定しております。
{SIG_HAYASE}""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="会社の登録番号（法人番号）と請求番号だけで個人のデータはない",
)

# 040 類似ドメイン（hinode-sangyo.jp：co. 抜け）— 社内宛のつもり
add(40,
    charset="utf-8",
    sender=MURAKAMI, to=["田辺 健司 <k-tanabe@hinode-sangyo.jp>"],
    subject="原因解析の中間まとめ",
    body=f"""田辺さん

村上です。明日の部内レビュー用に、原因解析の中間まとめを送ります。

・発火・発煙の申告 23件のうち、現品確認済み 17件
・17件すべてで電源コード接続端子のかしめ部に変色あり
・かしめ高さの規格外品が、24J〜24Lロットに集中（抜取り 120本中 9本）
・OEM側の工程変更（2024年8月 かしめ機の更新）との関連を確認中

明日は、再発防止策（受入検査の追加）の案まで議論したいです。
{SIG_MURAKAMI}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="自社ドメイン hinode-sangyo.co.jp から co. が抜けた類似ドメイン宛",
)


# ======================================================================================
# 041–060
# ======================================================================================

# 041 英文：交換部品の出荷予定（定型の英文免責）
add(41,
    charset="utf-8",
    sender=TOJO, to=[OEM],
    subject="Replacement power cord assemblies - shipment schedule",
    body=f"""Dear Kevin,

Thank you for the revised production plan for the replacement power cord assemblies
(part no. HCF-PC-12R).

To keep up with the recall returns, we would like to confirm the following schedule:

  Lot 1   8,000 pcs   ex-works Dongguan Oct 19   ETA Tokyo port Oct 26
  Lot 2  12,000 pcs   ex-works Dongguan Nov 2    ETA Tokyo port Nov 9
  Lot 3  10,000 pcs   ex-works Dongguan Nov 16   ETA Tokyo port Nov 23

Please make sure that every lot is shipped with the crimp height inspection record
(100% inspection, as agreed on the call of Oct 6). Aoba Unyu will handle customs clearance
as before; the forwarding instructions will follow from our logistics team.

Best regards,
{SIG_TOJO}{DISCLAIMER_EN}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="海外OEMへの通常の英文連絡（部品番号・数量）と定型の英文免責",
)

# 042 転送（FW）：販売店から来た購入者情報のメールを添付で回収業者へ
_p = people("042", 7)
_inner_rows = "\n".join(f"{i + 1}) {p['name']}様 / {p['tel']} / 〒{p['zip']} {p['addr']} / 注文番号 SY-24{11 + i % 2}{(i * 7919) % 100000:05d}"
                        for i, p in enumerate(_p))
add(42,
    charset="iso-2022-jp",
    sender=OKOCHI, to=[AOBA],
    subject="FW: 【そよかぜモール】HCF-1200 ご購入者様情報のご提供",
    body=f"""青葉運輸 石黒様

大河内です。
ECモール「そよかぜモール」様から、モール経由でご購入のお客様情報をいただきましたので転送します。
添付のメールに記載の7名について、引取りの手配をお願いします。
（お客様には当社からハガキでご案内済みです）
{SIG_OKOCHI}""",
    attachments=[{"kind": "eml", "name": "【そよかぜモール】HCF-1200 ご購入者様情報のご提供.eml",
                  "message": {
                      "charset": "iso-2022-jp",
                      "sender": "川口 咲 <kawaguchi@soyokaze-mall.com>",
                      "to": [OKOCHI],
                      "subject": "【そよかぜモール】HCF-1200 ご購入者様情報のご提供",
                      "body": f"""日の出産業株式会社
大河内様

いつもお世話になっております。そよかぜモール運営事務局の川口です。
ご依頼の件、モール規約第14条（製品安全に関わる情報提供）に基づき、
当モール経由でHCF-1200をご購入されたお客様のうち、配送先が確認できた方の情報をお送りします。

{_inner_rows}

本情報は回収目的以外に利用されませんようお願いいたします。
そよかぜモール運営事務局　川口
""",
                  }}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="販売店のメール（7名の購入者情報）を添付で転送：転送先には新しい情報",
)

# 043 PDF のヘッダーに「機密」→ 海外 OEM
add(43,
    charset="utf-8",
    sender=MURAKAMI, to=[OEM],
    subject="Interim root cause analysis report - HCF-1200 power cord inlet",
    body=f"""Dear Kevin,

Please find attached our interim root cause analysis report on the HCF-1200 power cord
inlet overheating. We would appreciate your comments on section 4 (process change in
August 2024) by October 20.

Best regards,
Kyohei Murakami
Product Safety Group, Quality Assurance Dept., Home Appliance Division
Hinode Sangyo Co., Ltd.
""",
    attachments=[{"kind": "pdf", "name": "RCA_interim_HCF1200_v3.pdf",
                  "title": "Interim RCA report HCF-1200",
                  "page_header": "機密 / CONFIDENTIAL — 日の出産業株式会社 品質保証部",
                  "page_footer": "取扱区分：機密　無断複製・転載禁止",
                  "lines": ["HCF-1200 電源コード接続部 発熱事故 原因調査 中間報告書（第3版）",
                            "1. 事象：使用中の電源コード接続部の発熱・発煙・発火（申告23件）",
                            "2. 調査：現品17台の分解調査、かしめ断面観察、接触抵抗測定",
                            "3. 結果：かしめ高さ規格外（+0.15mm超）の端子で接触抵抗が規格の3〜8倍",
                            "4. 要因：2024年8月のかしめ機更新後、治具の調整手順が未改訂",
                            "5. 対策案：かしめ高さ全数検査、治具管理手順の改訂、受入検査の追加"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付PDFのヘッダー・フッターに「機密／CONFIDENTIAL」の区分表示",
)

# 044 社内だけ：【社外秘】の取締役会資料
add(44,
    charset="iso-2022-jp",
    sender=TOJO, to=[f"回収対策本部 <recall-honbu@{D}>"], cc=[f"経営企画部 <keiki@{D}>"],
    subject="【社外秘】取締役会報告資料（回収費用見込）",
    body=f"""回収対策本部 各位

東條です。
10/22 取締役会の報告資料（案）を添付します。社外秘ですので取扱いにご注意ください。

回収費用の見込みは、回収率70％で約9.8億円（返金6.1億円、物流2.2億円、告知1.5億円）です。
PL保険の適用範囲は法務部で確認中です。

ご意見は10/16（金）までにお願いします。

東條""",
    attachments=[{"kind": "docx", "name": "取締役会報告_回収費用見込_案.docx",
                  "page_header": "社外秘",
                  "paragraphs": ["HCF-1200 自主回収の状況と費用見込み（取締役会報告）",
                                 "1. 回収状況：9月末 申込24.5％、完了17.1％",
                                 "2. 費用見込み：回収率70％で約9.8億円",
                                 "3. 今後の施策：新聞社告（10月下旬）、販売店経由の個別案内"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘の資料だが宛先がすべて社内",
)

# 045 聴覚障害のある購入者への対応依頼（要配慮・1名）→ コールセンター
_q = people("045", 1, prefs=("宮城県",))[0]
_fax = _q["home"][:-4] + str(int(_q["home"][-4:]) % 9000 + 1000)
add(45,
    charset="utf-8",
    sender=KASHIWAGI, to=[CALL_DESK],
    subject="電話でのご連絡ができないお客様への対応（申込番号 RA-1187）",
    body=f"""リコール受付デスク ご担当者様

CS推進室の柏木です。
申込番号 RA-1187 のお客様について、対応方法のお願いです。

　お名前：{_q['name']} 様
　FAX　 ：{_fax}
　メール：{_q['email']}

お客様は聴覚に障害をお持ちで（身体障害者手帳2級とのこと）、お電話でのご連絡ができません。
引取日時の調整は、FAXまたはメールでお願いいたします。
回収業者にも、訪問時はインターホンではなくノックで知らせるよう伝えてあります。

他の申込と同じ架電リストに載ってしまわないよう、フラグの設定をお願いします。
{SIG_KASHIWAGI}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の購入者の障害（聴覚障害・障害者手帳）＝要配慮個人情報を委託先へ",
)

# 046 本文への転送（コールセンターの日次報告の名簿）→ リサイクル業者
_p = people("046", 6, prefs=("埼玉県", "東京都"))
_fw = "\n".join(f"{p['name']}／{p['tel']}／{p['city']}{p['street']}／持込希望 10/{15 + i % 3}"
                for i, p in enumerate(_p))
add(46,
    charset="shift_jis",
    sender=SAEKI, to=[ECO],
    subject="FW: 【コールリンクス】日次報告 10/13 持込希望のお客様",
    body=f"""エコリバース 水野様

お世話になっております。佐伯です。
コールセンターから、貴社リサイクルセンターへの直接持込を希望されるお客様の報告がありましたので、転送します。
受付時の照合にお使いください。

---------- 転送メッセージ ----------
差出人: 根本 <nemoto@call-links.co.jp>
日付: 2026年10月13日(火) 18:42
件名: 【コールリンクス】日次報告 10/13 持込希望のお客様
宛先: 佐伯 真帆 <m-saeki@hinode-sangyo.co.jp>

佐伯様

本日の受付のうち、北関東リサイクルセンターへの持込を希望された方です。

{_fw}

以上6件です。
株式会社コールリンクス 根本
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="委託先の名簿を本文に転送（FW）：転送は引用ではなく新しい情報",
)

# 047 引取り 4件（境界：4名は通す）
_p = people("047", 4, prefs=("埼玉県",))
_rows = "\n".join(f"{i + 1}. {p['name']}様　{p['addr']}　TEL {p['tel']}　{['10/14 午前', '10/14 午後', '10/15 終日', '10/15 午前'][i]}"
                  for i, p in enumerate(_p))
add(47,
    charset="iso-2022-jp",
    sender=NONOMURA, to=[AOBA],
    subject="追加の引取り 4件",
    body=f"""石黒様

野々村です。本日の追加分、4件お願いします。

{_rows}

よろしくお願いします。
{SIG_NONOMURA}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="4名分の引取先：5名未満なので止めない（警告は可）",
)

# 048 健康保険証の記号・番号 → コールセンター
_q = people("048", 1)[0]
_r = _rng("048")
add(48,
    charset="utf-8",
    sender=KASHIWAGI, to=[CALL_DESK],
    subject="本人確認書類の記載内容（返金申請 RF-1022）",
    body=f"""リコール受付デスク ご担当者様

柏木です。RF-1022 のお客様から、本人確認書類として健康保険証の写しが届きました。
お客様が書類の不鮮明を気にされてお電話をくださる可能性があるため、記載内容を共有します。

　氏名　　　：{_q['name']}
　生年月日　：{wareki(_q['dob'], 'short')}
　保険者番号：{_r.randint(10, 39)}{_r.randint(100000, 999999)}
　記号・番号：記号 {_r.randint(100, 9999)}　番号 {_r.randint(1, 999)}

申込内容と一致していますので、再提出は不要とお伝えください。
{SIG_KASHIWAGI}""",
    expect="stop",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="健康保険証の記号・番号（と氏名・生年月日）を社外の委託先へ",
)

# 049 機密保持契約についての相談（弁護士）
add(49,
    charset="iso-2022-jp",
    sender=KIRYU, to=[SHIRAKAWA],
    subject="エコリバース社との機密保持契約についてご相談",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 法務部の桐生でございます。

回収品の処分を委託しているエコリバース株式会社から、機密保持契約の締結について
先方書式での提案がありました。気になる点が2点ございますので、ご意見をいただけますでしょうか。

　(1) 機密情報の定義が「秘密である旨を明示したもの」に限られており、
　　　回収品の現物（解析前の焼損品）が対象に含まれるか不明確
　(2) 有効期間が契約終了後1年と短く、訴訟対応の期間をカバーできない

先方書式は来週の打合せでお持ちします。10/21（水）14時はご都合いかがでしょうか。
{SIG_KIRYU}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="機密保持契約（NDA）についての相談で、区分表示も個人データもない",
)

# 050 外部3組織（To 1・Cc 2）への会議案内
add(50,
    charset="shift_jis",
    sender=MURAKAMI, to=[AOBA], cc=[CALL, ECO],
    subject="回収スキーム定例（10/20）のご案内",
    body=f"""関係各社 ご担当者様

いつもお世話になっております。日の出産業 品質保証部の村上です。
第4回 回収スキーム定例を下記のとおり開催いたします。

　日時：10月20日（火）15:00〜16:30
　場所：日の出産業 大宮ビル 6F 第2会議室（Teams併用）
　議題：1. 10月の申込・回収実績
　　　　2. 引取日時変更フローの運用状況
　　　　3. 新聞社告（10/28掲載予定）後の入電・物量の見込み
　　　　4. 処分証明書の発行方法

ご出席者を10/16までにお知らせください。
{SIG_MURAKAMI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="外部3組織（回収業者・コールセンター・リサイクル業者）が To/Cc で互いに見える",
)

# 051 名前の列がない名簿（カンマ区切り：住所・電話・製造番号）
_p = people("051", 9)
_rows = "\n".join(f"{p['serial']},2026/10/{5 + i},{p['addr']},{p['tel']},{['宅配', '引取', '持込'][i % 3]}"
                  for i, p in enumerate(_p))
add(51,
    charset="utf-8",
    sender=NONOMURA, to=[ECO],
    subject="処分証明書の発行対象（製造番号・回収元）",
    body=f"""水野様

野々村です。処分証明書の発行対象の9台です。
回収元の照合用に住所と電話を付けています（お名前は個人情報なので外しました）。

製造番号,回収日,回収元住所,連絡先,回収区分
{_rows}

証明書は当社宛に一括でお送りください。
{SIG_NONOMURA}""",
    expect="stop",
    entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="氏名の列はないが9人分の住所・電話のカンマ区切りの名簿",
)

# 052 英文の返信：引用（On … wrote:）の中に来日技術者の旅券番号
_r = _rng("052")
_eng = ["Li Wei", "Chen Jun", "Wang Hao", "Zhou Min", "Huang Lei"]
_quoted = "\n".join(f"> {n:<12} Passport E{_r.randint(10000000, 99999999)}  born {_r.randint(1975, 1995)}-0{_r.randint(1, 9)}-{_r.randint(10, 28)}"
                    for n in _eng)
add(52,
    charset="utf-8",
    sender=MURAKAMI, to=[OEM],
    subject="Re: Engineers' visit to Omiya for joint teardown",
    body=f"""Dear Kevin,

Thank you for the list. We have booked five single rooms at Sakura Hotel Omiya
for Oct 26-30 and will send the invitation letters by courier tomorrow.
A car will pick the team up at Haneda on the 26th.

Best regards,
Kyohei Murakami

On Mon, Oct 12, 2026 at 9:05 AM Kevin Zhang <kevin.zhang@hengtai-elec.com> wrote:
> Dear Murakami-san,
>
> Here are the engineers who will join the joint teardown in Omiya:
>
{_quoted}
>
> Could you arrange the hotel and the invitation letters for the visa?
> Best regards,
> Kevin
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="旅券番号の一覧は返信先からのメールの引用（On … wrote:）だけ",
)

# 053 壊れた XLSX → コールセンター
add(53,
    charset="iso-2022-jp",
    sender=SAEKI, to=[CALL],
    subject="架電リスト（10/15分）",
    body=f"""根本様

佐伯です。明日10/15分の架電リストを送ります。
件数は142件です。よろしくお願いします。

佐伯""",
    attachments=[{"kind": "corrupt", "name": "架電リスト_1015.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="添付のXLSXが壊れていて検査できない",
)

# 054 類似ドメイン（tsubasa-sytsem.jp：文字の入れ替わり）
add(54,
    charset="utf-8",
    sender=SAIONJI, to=["高村 <takamura@tsubasa-sytsem.jp>"],
    subject="告知ページ 改修依頼（FAQ追加・製造番号チェッカー）",
    body=f"""ツバサシステム 高村様

西園寺です。告知ページの改修をお願いします。

1. FAQに3項目追加（原稿は来週月曜に広報から送ります）
　・返金の振込時期はいつですか
　・製品を捨ててしまった場合はどうすればよいですか
　・同じシリーズの他の型番は対象ですか
2. 製造番号チェッカーの判定ロットに「25B」を追加
3. スマートフォン表示で申込ボタンが隠れる不具合の修正

公開希望日は10/19（月）です。お見積りをお願いします。
{SIG_SAIONJI}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 tsubasa-system.jp の文字を入れ替えた類似ドメイン（sytsem）宛",
)

# 055 保管拠点（事業所）の一覧 XLSX → リサイクル業者
add(55,
    charset="shift_jis",
    sender=NONOMURA, to=[ECO],
    subject="回収品の保管拠点一覧と搬入予定",
    body=f"""エコリバース 水野様

お世話になっております。野々村です。
回収品の保管拠点と、貴社センターへの搬入予定をExcelにまとめました。

拠点の電話はいずれも倉庫の事務所代表です。
搬入は各拠点から貴社センターへ、週2回の定期便とします。
{SIG_NONOMURA}""",
    attachments=[{"kind": "xlsx", "name": "保管拠点_搬入予定.xlsx", "sheets": {
        "拠点一覧": [["回収品 保管拠点一覧"], ["拠点名", "住所", "電話（事務所）", "保管上限（台）"],
                   ["大宮物流センター", "埼玉県さいたま市北区吉野町2-4-1", "048-652-7781", 6000],
                   ["青葉運輸 岩槻倉庫", "埼玉県さいたま市岩槻区古ケ場1-12-3", "048-798-2210", 3000],
                   ["青葉運輸 厚木倉庫", "神奈川県厚木市上依知3021-5", "046-285-4418", 2500],
                   ["青葉運輸 吹田倉庫", "大阪府吹田市南吹田5-22-10", "06-6388-0192", 2500]],
        "搬入予定": [["週", "拠点", "台数見込"], ["10/19週", "大宮", 1800], ["10/19週", "岩槻", 900],
                  ["10/26週", "大宮", 2200], ["10/26週", "厚木", 700], ["10/26週", "吹田", 650]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="倉庫（事業所）の住所・代表電話の一覧で、人のデータはない",
)

# 056 英文：現地調査用の事故案件リスト（5名の氏名・住所・電話）→ 海外 OEM
_p = people("056", 5)


_cases = "\n".join(
    f"Case {i + 1}: {p['roma']}, {p['addr']}, tel {p['tel'].replace('-', ' ')}, serial {p['serial']}, "
    + ["smoke from cord inlet", "scorch mark on rear cover", "burning smell, breaker tripped",
       "cord inlet melted", "sparks at plug"][i]
    for i, p in enumerate(_p))
add(56,
    charset="utf-8",
    sender=MURAKAMI, to=[OEM], cc=[TOJO],
    subject="Incident cases for your on-site investigation (5 cases)",
    body=f"""Dear Kevin,

As discussed, your engineers may join our on-site investigations next week.
Below are the five incident cases. The owners have agreed to a home visit; please do not
contact them directly - our CS team will arrange the appointments.

{_cases}

Addresses are in Japanese so that the drivers can use them as they are.

Best regards,
Kyohei Murakami
Hinode Sangyo Co., Ltd.
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="英文メールで5名の購入者の氏名（ローマ字）・住所・電話を海外OEMへ",
)

# 057 旅券番号（外国籍の購入者の本人確認）→ コールセンター英語窓口
_r = _rng("057")
add(57,
    charset="utf-8",
    sender=KASHIWAGI, to=["English Desk <english-desk@call-links.co.jp>"],
    subject="Refund application - identity verification (RF-1107)",
    body=f"""English Desk ご担当者様

CS推進室の柏木です。英語でのお問い合わせのお客様について、本人確認の結果を共有します。

　Name            : TANAKA Emily（田中 エミリー）
　Date of birth   : 14 March 1987
　Passport No.    : T{_r.choice('KRSZ')}{_r.randint(1000000, 9999999)}（日本国旅券）
　Refund          : JPY 12,980 to the bank account registered on the form
　Serial          : HCF12-24L11873

Ms. Tanaka may call you about the refund date. Please tell him it is scheduled for Oct 23.
{SIG_KASHIWAGI}""",
    expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="旅券番号と氏名・生年月日を社外の委託先へ",
)

# 058 社内だけ（サブドメイン含む）：被害者の通院状況
_q = people("058", 1, prefs=("福岡県",))[0]
add(58,
    charset="iso-2022-jp",
    sender=MURAKAMI, to=[KIRYU, KASHIWAGI],
    subject="INC-2026-014 被害者様の通院状況",
    body=f"""桐生さん、柏木さん

村上です。INC-2026-014 の被害者 {_q['name']} 様（{_q['home']}）の件、
本日ご自宅へお見舞いに伺いました。

・右手指の熱傷は順調に回復、10/20に通院終了の見込み
・持病の糖尿病の影響で、医師からは念のため経過観察と言われている
・治療費の領収書（計4枚）を預かりました → 法務部へ回付します

ご本人は今回の対応に一定の理解を示されています。
示談の進め方は桐生さんと相談させてください。
{SIG_MURAKAMI}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="要配慮情報を含むが宛先がすべて社内（mail.hinode-sangyo.co.jp も社内）",
)

# 059 DOCX のヘッダーに CONFIDENTIAL → 法律事務所
add(59,
    charset="shift_jis",
    sender=KIRYU, to=[SHIRAKAWA],
    subject="記者会見 想定問答（法務レビューのお願い）",
    body=f"""白川先生

お世話になっております。桐生です。
10/28の新聞社告にあわせて記者会見を行う方向となりました。
想定問答の案を添付いたしますので、法的な観点からのご確認をお願いできますでしょうか。
特に、Q7（事故の因果関係）とQ11（補償の範囲）の表現が気になっております。

お忙しいところ恐縮ですが、10/22（木）までにコメントをいただけますと幸いです。
{SIG_KIRYU}""",
    attachments=[{"kind": "docx", "name": "記者会見_想定問答_v1.docx",
                  "page_header": "CONFIDENTIAL／社外秘　日の出産業株式会社",
                  "title": "記者会見 想定問答",
                  "paragraphs": ["HCF-1200 自主回収 記者会見 想定問答（案）",
                                 "Q1. なぜこの時期の発表になったのか。",
                                 "A1. 9月上旬に同種事故が続いたことから原因調査を急ぎ、製品の欠陥が否定できないと判断した時点で公表しました。",
                                 "Q7. 事故と製品の因果関係を認めるのか。",
                                 "A7. 現時点で調査中ですが、電源コード接続部の不具合が原因である可能性が高いと考えております。",
                                 "Q11. 被害者への補償はどうするのか。",
                                 "A11. 個別の事情を伺いながら、誠意をもって対応してまいります。"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付DOCXのヘッダーに「CONFIDENTIAL／社外秘」の区分表示",
)

# 060 代替品の特別提供価格（価格表）→ 販売店
add(60,
    charset="iso-2022-jp",
    sender=OKOCHI, to=[MARUYASU],
    subject="代替品（HCF-1300）特別提供価格のご案内",
    body=f"""株式会社マルヤス
商品部 安田様

お世話になっております。日の出産業の大河内です。

回収対象品をお持ちのお客様が、返金ではなく後継機への交換を希望された場合の
特別提供価格をご案内いたします。

　品番　　　　　　品名　　　　　　　　　　　JANコード　　　　 納価（税抜）
　HCF-1300　　　 セラミックファンヒーター　4573218600141　　 7,800円
　HCF-1300K　　　同（ブラック）　　　　　　4573218600158　　 7,800円
　HCF-1500　　　 同（人感センサー付）　　　4573218600165　　 10,200円

適用期間：2026年10月15日〜2027年1月31日
発注は通常のEDIで、備考欄に「RC交換」とご入力ください。
{SIG_OKOCHI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="品番・JANコード・価格の一覧（価格表）で個人データはない",
)


# ======================================================================================
# 061–080
# ======================================================================================

# 061 返信（引用は質問だけ）＋新しい添付 XLSX に 20名の架電結果
_p = people("061", 20)
add(61,
    charset="iso-2022-jp",
    sender=SAEKI, to=[CALL],
    subject="Re: 架電結果の共有フォーマットについて",
    body=f"""根本様

佐伯です。ご質問ありがとうございます。
フォーマットは添付の形でお願いできますでしょうか。
参考までに、当社側で先週かけた分（20件）を同じ形式で入れてあります。
「結果」欄は プルダウンの5区分（申込済／使用中止済／不在／拒否／番号不通）でお願いします。

佐伯

> 佐伯様
> 架電結果の共有フォーマットですが、貴社側で指定のものはございますでしょうか。
> なければ当社標準の日次報告の形式でお送りします。
> コールリンクス 根本
""",
    attachments=[{"kind": "xlsx", "name": "架電結果_共有フォーマット.xlsx", "sheets": {
        "架電結果": [["架電日", "氏名", "電話番号", "製造番号", "結果", "メモ"]]
        + [[f"2026/10/{5 + i % 5}", p["name"], p["tel"], p["serial"],
            ["申込済", "使用中止済", "不在", "拒否", "番号不通"][i % 5], ""] for i, p in enumerate(_p)],
        "区分": [["結果区分"], ["申込済"], ["使用中止済"], ["不在"], ["拒否"], ["番号不通"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="返信だが、新しく付けたXLSXに20名の氏名・電話がある",
)

# 062 回収作業員の逮捕（犯罪の嫌疑・逮捕＝要配慮）→ リサイクル業者
_q = people("062", 1)[0]
add(62,
    charset="utf-8",
    sender=KIRYU, to=[ECO],
    subject="貴社作業員の件についてのご報告のお願い",
    body=f"""エコリバース株式会社
総務部 水野様

日の出産業 法務部の桐生でございます。

本日、当社コールセンターに複数のお客様から問い合わせがあり、報道も確認いたしました。
貴社の回収作業員 {_q['name']} 氏（{_q['age'] % 20 + 25}歳、越谷営業所所属）が、
回収先のお宅で現金を盗んだ疑いで、10月14日に埼玉県警越谷署に逮捕されたとのことです。

つきましては、次の点について10月16日（金）までに書面でご報告をお願いいたします。
　1. 同氏が担当した当社回収案件の一覧と訪問日
　2. 同氏が持ち出した可能性のある回収伝票・お客様情報の有無
　3. 再発防止策（作業員の身元確認・2名体制の検討を含む）

当社からお客様へのご説明の内容は、ご報告をいただいてから調整させてください。
{SIG_KIRYU}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の個人の逮捕（犯罪の嫌疑）＝要配慮個人情報を社外へ",
)

# 063 経産省（To）と NITE（Cc）への定期報告：外部2組織
add(63,
    charset="iso-2022-jp",
    sender=MURAKAMI, to=[METI], cc=[NITE],
    subject="自主回収の定期報告（10月第2週）HCF-1200",
    body=f"""経済産業省 製品安全課 御中
（写し：独立行政法人製品評価技術基盤機構 製品安全センター）

日の出産業株式会社 家電事業部 品質保証部の村上でございます。
HCF-1200 の自主回収について、10月第2週の状況をご報告いたします。

　対象台数　　　　48,620台
　回収申込（累計） 17,338台（35.7％）　前週比 +2,904
　回収完了（累計） 12,755台（26.2％）　前週比 +2,231
　新たな事故申告　 2件（発煙1件、焦げ跡1件。いずれも人的被害なし）

10月28日に全国紙5紙への社告掲載、11月上旬に製品登録のない購入者向けの
販売店経由のご案内を予定しております。
{SIG_MURAKAMI}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="経産省と NITE の外部2組織への通常の報告（個人データなし）",
)

# 064 都道府県・年代だけの事故事例 5件（判断が分かれる）
add(64,
    charset="shift_jis",
    sender=MURAKAMI, to=["佐藤 浩 様 <sato-h@kawasaki-denki.co.jp>"],
    subject="電源コード発熱事例（5件）の情報共有",
    body=f"""川崎電機株式会社
技術部 佐藤様

お世話になっております。日の出産業の村上です。
電源コードASSYの評価にあたり、これまでの発熱事例の概要を共有します。
（個人が特定されないよう、地域は都道府県まで、使用者は年代のみとしています）

No　発生日　　　都道府県　使用者　　使用状況　　　　　　　　症状
1　 2026/9/3　  埼玉県　　70代女性　居間・1日8時間程度　　　コード根元の溶融
2　 2026/9/11　 北海道　　40代男性　脱衣所・延長コード併用　発煙
3　 2026/9/19　 大阪府　　80代男性　寝室・就寝中も使用　　　焦げ跡・異臭
4　 2026/9/26　 福岡県　　70代女性　居間　　　　　　　　　　発火（軽傷1名）
5　 2026/10/2　 宮城県　　30代女性　子ども部屋　　　　　　　ブレーカー作動

次回の打合せで、各事例の端子の断面写真をお見せします。
{SIG_MURAKAMI}""",
    expect="either",
    entities=[],
    detectors=[],
    note="5件の事例に年代・性別・都道府県・けがの有無：個人の記録の名簿と見るかは分かれる",
)

# 065 テキスト添付（Shift_JIS の入電ログ 12件）→ コールセンター
_p = people("065", 12)
_log = "\r\n".join(f"10/12 {9 + i // 2:02d}:{(i * 17) % 60:02d} | {p['name']} | {p['tel']} | {p['email']} | "
                   + ["回収申込", "返金時期の問合せ", "対象か確認", "キット未着", "引取日変更", "処分済みの扱い"][i % 6]
                   for i, p in enumerate(_p))
add(65,
    charset="shift_jis",
    sender=KASHIWAGI, to=[CALL],
    subject="【再送】10/12 入電ログ（当社代表で受けた分）",
    body=f"""根本様

柏木です。先ほどのメールに添付が漏れておりました。失礼いたしました。
10/12に当社代表電話で受けたお問い合わせ12件のログです。
折返しが必要なものは「対象か確認」「キット未着」の分です。

よろしくお願いします。
{SIG_KASHIWAGI}""",
    attachments=[{"kind": "txt", "name": "入電ログ_1012_代表電話.txt", "encoding": "cp932",
                  "text": "日時 | 氏名 | 電話 | メール | 内容\n" + _log.replace("\r\n", "\n") + "\n"}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="テキスト添付（CP932）に12名の氏名・電話・メール",
)

# 066 類似ドメイン（nishiki-insatsu.com：TLD 違い）
add(66,
    charset="iso-2022-jp",
    sender=MIYASHITA, to=["小野寺 様 <onodera@nishiki-insatsu.com>"],
    subject="新聞社告 版下の最終校正",
    body=f"""錦印刷 小野寺様

お世話になっております。日の出産業 広報部の宮下です。
新聞社告の版下、最終校正をお戻しします。

　・見出し「お詫びとお願い」の書体を、初校と同じ太ゴシックに戻してください
　・回収受付デスクの電話番号の下に、受付時間（9:00〜18:00 土日祝も受付）を追加
　・対象製造番号の表の「25B」の行が抜けています

修正後のPDFを本日17時までにいただければ、新聞社への入稿に間に合います。
{SIG_MIYASHITA}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 nishiki-insatsu.co.jp の TLD を変えた類似ドメイン宛",
)

# 067 対象製造番号の範囲（製品コードの一覧）→ 販売店
add(67,
    charset="utf-8",
    sender=OKOCHI, to=[KANEDAI],
    subject="対象製造番号の範囲と店頭在庫の確認方法",
    body=f"""かねだい 金田様

大河内です。店頭在庫・返品在庫の確認用に、対象製造番号の範囲をお知らせします。

　型番　　　　製造番号の範囲　　　　　　　　　　　　製造時期
　HCF-1200　　HCF12-24I00001 〜 HCF12-24I19800　　2024年9月
　HCF-1200　　HCF12-24J00001 〜 HCF12-24J18500　　2024年10月
　HCF-1200　　HCF12-24K00001 〜 HCF12-24K19950　　2024年11月
　HCF-1200K　 HCF12-24L00001 〜 HCF12-24L12030　　2024年12月
　HCF-1200　　HCF12-25A00001 〜 HCF12-25A16400　　2025年1月
　HCF-1200K　 HCF12-25B00001 〜 HCF12-25B09870　　2025年2月

製造番号は本体背面の銘板（バーコードの下）にあります。
JANコード 4573218600097（HCF-1200）／4573218600103（HCF-1200K）の在庫はすべて対象です。
該当在庫は販売を停止のうえ、返品伝票（理由コード 91）で当社宛にご返送ください。
{SIG_OKOCHI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="製造番号の範囲とJANコード（製品コード）だけ",
)

# 068 在留カード番号 → EC モール（返品受付の本人確認）
_r = _rng("068")
_rc = f"{_r.choice('ABCDEFGHJK')}{_r.choice('ABCDEFGHJK')}{_r.randint(10000000, 99999999)}{_r.choice('ABCDEFGH')}{_r.choice('ABCDEFGH')}"
add(68,
    charset="utf-8",
    sender=OKOCHI, to=[SOYOKAZE],
    subject="返品受付（注文番号 SY-2412-00577）のご本人確認について",
    body=f"""そよかぜモール運営事務局
川口様

お世話になっております。日の出産業の大河内です。
注文番号 SY-2412-00577 のお客様から、モールのアカウントとは別のお名前で
返金のお申し出がありました。お客様ご本人から在留カードの写しをいただきましたので、
貴モールの注文者情報と一致するかご確認いただけますでしょうか。

　氏名　　　　：NGUYEN THI LAN（グエン ティ ラン）
　在留カード番号：{_rc}
　住所　　　　：東京都足立区梅島2-14-6 メゾン梅島302号室
　電話　　　　：080-3921-5570

一致していれば、返金は当社から直接お客様の口座へ行います。
{SIG_OKOCHI}""",
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="在留カード番号を氏名・住所と一緒に社外へ",
)

# 069 「差出人／送信日時」形式の引用の下に委託先の名簿（引用だけ）
_p = people("069", 8)
_q_rows = "\n".join(f"{p['name']}　{p['tel']}　折返し{['2回', '3回', '1回'][i % 3]}不通" for i, p in enumerate(_p))
add(69,
    charset="shift_jis",
    sender=SAEKI, to=[CALL],
    subject="RE: 10/14 折返し未完了リスト",
    body=f"""根本様

佐伯です。ありがとうございます。
3回不通の方は、明日ハガキで「お電話ください」のご案内を送ります。
それ以外の方は、引き続き夕方の時間帯で折返しをお願いします。

佐伯

差出人: 根本 <nemoto@call-links.co.jp>
送信日時: 2026年10月14日 19:05
宛先: 佐伯 真帆 <m-saeki@hinode-sangyo.co.jp>
件名: 10/14 折返し未完了リスト

佐伯様

本日の折返しで連絡がつかなかった方のリストです。

{_q_rows}

コールリンクス 根本
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="名簿は「差出人: … 送信日時: …」以下の引用部分（相手が送ってきたもの）だけ",
)

# 070 英文：海外代理店3社を To に並べたリコール連絡
add(70,
    charset="utf-8",
    sender=TOJO,
    to=["Formosa Home Appliance <service@formosa-ha.com.tw>",
        "LionCity Living Pte Ltd <aftersales@lioncity-living.com.sg>",
        "Harbour Trading Ltd <qa@harbourtrading.com.hk>"],
    subject="Voluntary recall of HCF-1200 ceramic fan heaters - action required",
    body=f"""Dear partners,

As announced in Japan on September 15, Hinode Sangyo is recalling the HCF-1200 / HCF-1200K
ceramic fan heaters manufactured between September 2024 and February 2025 because the power
cord inlet may overheat and, in rare cases, catch fire.

Our records show that units of the affected lots were exported to your markets
(Taiwan 1,240 units, Singapore 610 units, Hong Kong 880 units). We kindly ask you to:

  1. Stop selling the affected units and quarantine your stock by October 23.
  2. Notify your local product safety authority, if required in your market.
  3. Send us the number of units sold to end users and in stock, by serial range.

We will reimburse all costs of the recall. A recall kit (notices in English and Chinese)
will be sent to you next week.

Sincerely,
{SIG_TOJO}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="海外代理店3社（3組織）を To に並べて互いに見える",
)

# 071 旧形式 XLS の受付台帳（14名）→ 回収業者
_p = people("071", 14, prefs=("埼玉県", "東京都"))
add(71,
    charset="iso-2022-jp",
    sender=NONOMURA, to=[AOBA],
    subject="回収受付台帳（岩槻倉庫分）",
    body=f"""石黒様

野々村です。岩槻倉庫に搬入予定分の受付台帳です。
倉庫の端末が古いため、xls形式で保存しています。

よろしくお願いします。
野々村""",
    attachments=[{"kind": "xls", "name": "回収受付台帳_岩槻.xls", "sheets": {
        "受付台帳": [["受付番号", "氏名", "フリガナ", "電話", "住所", "引取日"]]
        + [[f"RC-2610{i:02d}-{40 + i}", p["name"], p["kana"], p["tel"], p["addr"], f"10/{16 + i % 4}"]
           for i, p in enumerate(_p)]}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="旧形式XLSに14名の氏名・フリガナ・電話・住所",
)

# 072 社内だけ：パスワード付き ZIP
add(72,
    charset="utf-8",
    sender=HAYASE, to=[f"市川 智也 <t-ichikawa@{D}>"],
    subject="返金申請書スキャン（10/15到着分）",
    body=f"""市川さん

早瀬です。10/15に届いた返金申請書のスキャンです。
パスワードはいつものものです。入力が終わったら共有フォルダに移動してください。

早瀬""",
    attachments=[{"kind": "zip", "name": "返金申請書_1015.zip", "password": "keiri-1015",
                  "files": [{"kind": "pdf", "name": "返金申請書_1015_01.pdf", "lines": ["返金申請書"] * 3},
                            {"kind": "pdf", "name": "返金申請書_1015_02.pdf", "lines": ["返金申請書"] * 3}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="暗号化ZIPだが宛先が社内だけ",
)

# 073 XLSX に「部外秘」の区分（フッターと表題）→ 販売店
add(73,
    charset="shift_jis",
    sender=OKOCHI, to=[MARUYASU],
    subject="販売チャネル別の回収率（ご参考）",
    body=f"""安田様

大河内です。昨日お電話でお話しした、チャネル別の回収率の資料です。
貴社の回収率は量販平均を上回っており、店頭でのお声がけの効果が出ていると思います。
引き続きご協力をお願いいたします。
{SIG_OKOCHI}""",
    attachments=[{"kind": "xlsx", "name": "チャネル別回収率_1015.xlsx",
                  "page_footer": "部外秘",
                  "sheets": {"回収率": [["【部外秘】HCF-1200 販売チャネル別 回収率（10/15時点）"],
                                       ["チャネル", "販売台数", "回収完了", "回収率"],
                                       ["マルヤス", 9820, 3240, "33.0%"], ["かねだい", 7410, 1890, "25.5%"],
                                       ["ライフデンキ", 8830, 2210, "25.0%"], ["そよかぜモール", 6200, 1180, "19.0%"],
                                       ["当社直販", 3100, 1420, "45.8%"], ["その他", 13260, 2815, "21.2%"]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付XLSXの表題とフッターに「部外秘」の区分表示",
)

# 074 「社外秘」という語に触れるだけ（区分表示ではない）
add(74,
    charset="iso-2022-jp",
    sender=MIYASHITA, to=[PRESS],
    subject="Q&A集の公開版について",
    body=f"""プレスブリッジ 岡本様

お世話になっております。宮下です。
ご依頼いただいたQ&A集ですが、社内向けのものは社外秘の扱いとなっておりますので、
お渡しできるのはWebに掲載している公開版のみとなります。申し訳ございません。

公開版のURL：https://www.hinode-sangyo.co.jp/recall/hcf1200/faq.html

記者の方からの個別の質問は、これまでどおり広報部で受けますので、
いただいたものはそのまま私へ転送してください。
{SIG_MIYASHITA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="「社外秘」は資料の扱いの説明として出てくるだけで、このメールや添付の区分表示ではない",
)

# 075 基礎年金番号（年金手帳の写しで本人確認）→ コールセンター
_q = people("075", 1)[0]
_r = _rng("075")
add(75,
    charset="utf-8",
    sender=KASHIWAGI, to=[CALL_DESK],
    subject="本人確認書類の再提出依頼（RF-1156）",
    body=f"""リコール受付デスク ご担当者様

柏木です。RF-1156 {_q['name']} 様（{_q['tel']}）の件です。
本人確認書類として年金手帳の写しが届きましたが、年金手帳は本人確認書類として受け付けていないため、
再提出のご案内のお電話をお願いします。

写しには基礎年金番号 {_r.randint(1000, 9999)}-{_r.randint(100000, 999999)} がそのまま写っていました。
お客様には「番号は当社で破棄した」ことをお伝えください（写しはシュレッダー済みです）。
代わりに運転免許証か、マイナンバーカードの表面のみの写しをお願いします。
{SIG_KASHIWAGI}""",
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="基礎年金番号を氏名と一緒に社外の委託先へ",
)

# 076 一斉メール配信の宛先リスト（CSV, UTF-8, 35名）→ 配信システム会社
_p = people("076", 35)
add(76,
    charset="utf-8",
    sender=SAIONJI, to=[TSUBASA],
    subject="一斉メール配信（第3回告知）配信先リスト",
    body=f"""高村様

西園寺です。第3回告知メールの配信先リストです。
前回バウンスした分を除き、今回は不達の確認が取れた35件の再配信です。
配信日時：10/20（火）10:00

文面は第2回と同じで、件名の頭に【再送】を付けてください。
{SIG_SAIONJI}""",
    attachments=[{"kind": "csv", "name": "配信先_第3回_再配信.csv", "encoding": "utf-8",
                  "rows": [["member_id", "email", "name", "product"]]
                  + [[f"M{30000 + i * 11}", p["email"], p["name"], p["model"]] for i, p in enumerate(_p)]}],
    expect="stop",
    entities=["EMAIL_ADDRESS", "PERSON_NAME"],
    detectors=["personal_data"],
    note="35名のメールアドレスと氏名のCSV（UTF-8）を社外へ",
)

# 077 社告・プレスリリース文案（会社の窓口電話のみ）→ 広報代理店
add(77,
    charset="iso-2022-jp",
    sender=MIYASHITA, to=[PRESS],
    subject="社告・プレスリリース文案（第2版）",
    body=f"""プレスブリッジ 岡本様

お世話になっております。宮下です。
社告・プレスリリースの文案（第2版）です。ロゴ画像も添付しました。

--------------------------------------------------
　　　　　セラミックファンヒーター回収のお知らせとお願い

日頃より弊社製品をご愛用いただき、誠にありがとうございます。
弊社が2024年9月から2025年2月に製造したセラミックファンヒーター「HCF-1200」
「HCF-1200K」において、電源コード接続部が発熱し、発火に至るおそれがあることが判明しました。
お客様には多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。

該当製品をお持ちのお客様は、直ちにご使用を中止し、下記までご連絡ください。
製品を回収し、購入金額を返金いたします。

　日の出産業 回収受付デスク
　フリーダイヤル 0120-661-208（9:00〜18:00 土日祝も受付）
　Web https://www.hinode-sangyo.co.jp/recall/hcf1200/

日の出産業株式会社
〒103-0023 東京都中央区日本橋本町2-8-5
--------------------------------------------------

10/26までに最終版とします。ご意見をお待ちしております。
{SIG_MIYASHITA}""",
    attachments=[{"kind": "png", "name": "hinode_logo.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="社告文案：会社の窓口電話・所在地だけで個人データはない",
)

# 078 壊れた PDF → 販売店
add(78,
    charset="shift_jis",
    sender=OKOCHI, to=[LIFE],
    subject="回収受付票（スキャン）の送付",
    body=f"""森様

大河内です。10/17の店頭回収会でお預かりした受付票のスキャンを送ります。
店舗控えとの突合をお願いいたします。
{SIG_OKOCHI}""",
    attachments=[{"kind": "corrupt", "name": "回収受付票_20261017.pdf"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="添付PDFが壊れていて検査できない",
)

# 079 登録ユーザー向け告知メールの文面（差込項目のみ）→ 配信システム会社
add(79,
    charset="utf-8",
    sender=SAIONJI, to=[TSUBASA],
    subject="登録ユーザー向け告知メール 文面確定版",
    body=f"""高村様

西園寺です。登録ユーザー向け告知メール（第2回）の文面が確定しました。
差込項目は {{{{氏名}}}}、{{{{会員ID}}}}、{{{{製造番号}}}} の3つです。

==== ここから ====
件名：【重要】セラミックファンヒーター回収のお願い（日の出産業）

{{{{氏名}}}} 様（会員ID：{{{{会員ID}}}}）

日の出産業の製品をご登録いただき、ありがとうございます。
ご登録の製品（製造番号 {{{{製造番号}}}}）は、自主回収の対象です。
発火のおそれがありますので、直ちにご使用を中止し、下記のページからお申込みください。

　https://www.hinode-sangyo.co.jp/recall/hcf1200/apply?id={{{{会員ID}}}}

お電話でのお申込み：0120-661-208（9:00〜18:00 土日祝も受付）
==== ここまで ====

配信テストは m-saionji と m-saeki の社内アドレス宛にお願いします。
{SIG_SAIONJI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="告知メールのひな形（差込項目のプレースホルダのみ）",
)

# 080 信仰上の理由による訪問日の配慮（要配慮・1名）→ 回収業者
_q = people("080", 1, prefs=("埼玉県",))[0]
add(80,
    charset="iso-2022-jp",
    sender=NONOMURA, to=[AOBA_HAISHA],
    subject="訪問日時のご配慮のお願い（RC-261016-041）",
    body=f"""青葉運輸 配車ご担当者様

野々村です。RC-261016-041 の引取りについて、日時のご配慮をお願いします。

　{_q['name']} 様　{_q['addr']}　{_q['tel']}

お客様は信仰上の理由（所属する教会の安息日）で、金曜日の日没から土曜日の日没までは
訪問をお断りされています。日曜日か平日の日中でご調整をお願いします。
配車表の備考欄には「土曜不可」とだけ記載してください。
{SIG_NONOMURA}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の個人の信仰（宗教）＝要配慮個人情報を社外へ",
)


# ======================================================================================
# 081–100
# ======================================================================================

# 081 類似ドメイン（kawasaki-denki-co.jp：ドットをハイフンに）
add(81,
    charset="shift_jis",
    sender=MURAKAMI, to=["佐藤 浩 様 <sato-h@kawasaki-denki-co.jp>"],
    subject="交換用電源コードASSY 追加発注分の納期確認",
    body=f"""川崎電機株式会社
技術部 佐藤様

お世話になっております。日の出産業の村上です。
交換用電源コードASSY（当社品番 HCF-PC-12R、貴社品番 KD-PC0412）について、
修理対応用として5,000本の追加発注を検討しております。

　・最短の納期
　・かしめ高さ全数検査の成績書の添付可否
　・単価（前回 1,180円）の変更有無

以上3点について、今週中にご回答いただけますでしょうか。
{SIG_MURAKAMI}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 kawasaki-denki.co.jp のドットをハイフンにした類似ドメイン宛",
)

# 082 購入者へのお知らせを Bcc で一斉送信（To は自社）
_p = people("082", 12)
add(82,
    charset="iso-2022-jp",
    sender=SAEKI, to=[f"日の出産業 回収受付窓口 <recall-info@{D}>"],
    bcc=[p["email"] for p in _p],
    subject="【重要】セラミックファンヒーター回収のご案内（再送）",
    body=f"""お客様各位

日の出産業株式会社でございます。
先日お送りした回収のご案内が、一部のお客様に届いていなかったため、再送いたします。
すでにお申込みいただいたお客様には重ねてのご連絡となりましたことをお詫び申し上げます。

セラミックファンヒーター HCF-1200／HCF-1200K（2024年9月〜2025年2月製造）は、
電源コード接続部が発熱し、発火に至るおそれがあります。
直ちにご使用を中止し、下記のページまたはお電話で回収をお申込みください。

　https://www.hinode-sangyo.co.jp/recall/hcf1200/
　回収受付デスク 0120-661-208（9:00〜18:00 土日祝も受付）

※本メールは送信専用アドレスからお送りしております。
{SIG_SAEKI}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="購入者12名へ Bcc で一斉送信（To/Cc は社内のみで互いに見えない）",
)

# 083 返金先口座 5名分（境界：5名で名簿）→ EC モール
_p = people("083", 5)
_blocks = "\n".join(f"({i + 1}) {p['name']}様　注文番号 SY-24{11 + i % 2}-{(i * 3137 + 421) % 100000:05d}　TEL {p['tel']}\n"
                    f"　　振込先：{p['bank']} {p['branch']} {p['acct_type']} {p['acct']}（{hankana(p['kana'])}）"
                    for i, p in enumerate(_p))
add(83,
    charset="utf-8",
    sender=HAYASE, to=[SOYOKAZE],
    subject="モール経由ご購入分の返金先確認（5件）",
    body=f"""そよかぜモール運営事務局
川口様

お世話になっております。日の出産業 経理部の早瀬です。
モール経由でご購入のお客様のうち、当社へ返金口座をご連絡いただいた方について、
モールの注文情報（注文者名）と口座名義が一致しているかご確認をお願いします。

{_blocks}

一致しない場合は、モールのポイントでの返金をご案内することになります。
{SIG_HAYASE}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="5名の氏名・電話・返金口座：5名で名簿にあたる",
)

# 084 社内だけ：委託先の日次報告（HTML の表）を転送
_p = people("084", 10)
_tr = "\n".join(f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['tel']}</td><td>{p['city']}</td>"
                f"<td>{['申込受付', '対象外', '引取日変更', 'キット再送', '返金問合せ'][i % 5]}</td></tr>"
                for i, p in enumerate(_p))
add(84,
    charset="utf-8",
    sender=KASHIWAGI, to=[f"回収対策本部 <recall-honbu@{D}>"],
    subject="FW: 【コールリンクス】日次報告（10/19）",
    html=f"""<html><body>
<p>本部各位</p>
<p>柏木です。コールリンクスからの10/19の日次報告を共有します。<br>
入電 1,284件、うち申込 702件。エスカレーション対象の10件は下表のとおりです。</p>
<hr>
<p><b>From:</b> 根本 &lt;nemoto@call-links.co.jp&gt;<br><b>Sent:</b> 2026/10/19 20:11<br>
<b>Subject:</b> 【コールリンクス】日次報告（10/19）</p>
<table border="1">
<tr><th>No</th><th>氏名</th><th>電話</th><th>地域</th><th>内容</th></tr>
{_tr}
</table>
</body></html>""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="委託先の名簿を転送しているが、宛先が社内だけ",
)

# 085 購入者がマイナンバーを書いてきたメールを添付で転送 → コールセンター
_q = people("085", 1)[0]
_mn = my_number(SEED + 4)
_yahoo = f"{_q['roma'].split()[1].lower()}{_q['dob'].year}@yahoo.co.jp"
add(85,
    charset="utf-8",
    sender=KASHIWAGI, to=[CALL_DESK],
    subject="FW: 返金申込書の件（お客様へのご連絡のお願い）",
    body=f"""リコール受付デスク ご担当者様

柏木です。添付のお客様から、返金申込に関するメールが届きました。
返金申込書の本人確認欄に個人番号を書かれているため、
当社では受け取れない旨と、申込書を再送いただく旨をお電話でお伝えください。
受領した申込書は当社で廃棄します。
{SIG_KASHIWAGI}""",
    attachments=[{"kind": "eml", "name": "返金申込書を送りました.eml", "message": {
        "charset": "iso-2022-jp",
        "sender": f"{_q['name']} <{_yahoo}>",
        "to": [f"recall@{D}"],
        "subject": "返金申込書を送りました",
        "body": f"""日の出産業 回収係 御中

ファンヒーターの返金の申込書を郵送しました。
本人確認の書類がよくわからなかったので、申込書にマイナンバーを書いておきました。

氏名：{_q['name']}
住所：{_q['addr']}
電話：{_q['tel']}
マイナンバー：{spaced(_mn)}

早めに返金してもらえると助かります。
""",
    }}],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="転送した添付メールに購入者のマイナンバー（と氏名・住所）",
)

# 086 購入者（携帯キャリアのアドレス1名）への返金完了のお知らせ
add(86,
    charset="shift_jis",
    sender=HAYASE, to=["mi-ch.0415.rin@docomo.ne.jp"],
    subject="返金お手続き完了のお知らせ（日の出産業）",
    body=f"""お客様

日の出産業株式会社 経理部でございます。
このたびはセラミックファンヒーターの回収にご協力いただき、誠にありがとうございました。

ご返送いただいた製品の到着を確認し、本日、ご指定の口座（末尾 **67）へ
12,980円のお振込み手続きを完了いたしました。
金融機関によっては、ご入金の反映まで1〜2営業日かかる場合がございます。

このたびはご迷惑をおかけし、誠に申し訳ございませんでした。
{SIG_HAYASE}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="購入者1名（携帯キャリアのアドレス）への通常の連絡。口座は末尾2桁のみ",
)

# 087 PPTX に「極秘」のフッター → 広報代理店
add(87,
    charset="iso-2022-jp",
    sender=MIYASHITA, to=[PRESS],
    subject="記者会見 進行案（ドラフト）",
    body=f"""岡本様

宮下です。記者会見の進行案のドラフトをお送りします。
登壇者と時間配分について、ご意見をいただけますでしょうか。
{SIG_MIYASHITA}""",
    attachments=[{"kind": "pptx", "name": "記者会見進行案_draft.pptx", "page_footer": "極秘",
                  "slides": [["【極秘】HCF-1200 自主回収 記者会見 進行案", "日時：10月28日（水）15:00〜16:00",
                              "会場：本社 10F 大会議室"],
                             ["登壇者", "代表取締役社長", "取締役 家電事業部長", "品質保証部長"],
                             ["進行", "15:00 お詫びと経緯説明（社長）", "15:10 原因と対策（品証部長）",
                              "15:25 質疑応答", "16:00 終了"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付PPTXの表題とフッターに「極秘」の区分表示",
)

# 088 週末の緊急連絡先（2名の携帯）→ コールセンター
add(88,
    charset="utf-8",
    sender=SAEKI, to=[CALL],
    subject="週末の緊急連絡先について",
    body=f"""根本様

佐伯です。今週末（10/24・25）の当社側の緊急連絡先です。
事故の申告（発煙・発火・けが）があった場合は、時間を問わずお電話ください。

　10/24（土）佐伯 真帆　080-4410-2275
　10/25（日）柏木 しおり　090-3387-1462

つながらない場合は、品質保証部の当番携帯 070-1190-8823 へお願いします。
佐伯""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="担当者2名の携帯番号：1〜4名分なので通す（警告は可）",
)

# 089 カード番号 2件の CSV → 決済代行（チャージバック照会への回答）
_p = people("089", 2)
_c1, _c2 = card_number(SEED + 6), card_number(SEED + 7)
add(89,
    charset="iso-2022-jp",
    sender=HAYASE, to=[PAY],
    subject="チャージバック照会への回答（2件）",
    body=f"""ペイコネクト 加盟店サポート ご担当者様

日の出産業 経理部の早瀬です。
10/13付でご照会のあったチャージバック2件について、回答をCSVでお送りします。
いずれも製品回収に伴う返金を10月上旬に実施済みのため、二重返金となる可能性があります。
ご確認をお願いいたします。
{SIG_HAYASE}""",
    attachments=[{"kind": "csv", "name": "chargeback_reply_1015.csv", "encoding": "cp932",
                  "rows": [["照会番号", "取引ID", "カード番号", "カード名義", "金額", "当社返金日", "返金方法"],
                           ["CB-88120", "TX-2412-33018", _c1, _p[0]["roma_up"], "12980", "2026/10/06", "売上取消"],
                           ["CB-88127", "TX-2501-04472", spaced(_c2, sep="-"), _p[1]["roma_up"], "14800", "2026/10/08", "売上取消"]]}],
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="CSV添付にクレジットカード番号2件（名義付き）",
)

# 090 外部2組織（販売店 To・リサイクル業者 Cc）
add(90,
    charset="shift_jis",
    sender=NONOMURA, to=[KANEDAI], cc=[ECO],
    subject="店頭回収品の引取り（かねだい物流センター）",
    body=f"""かねだい 金田様
（cc：エコリバース 水野様）

お世話になっております。日の出産業の野々村です。
各店で店頭回収した製品が、かねだい物流センター（春日部）に集約されたと伺いました。

エコリバースさんに直接引取りに伺っていただく形で進めたいと思います。
　・引取日：10月27日（火）13時〜
　・台数　：約320台（パレット8枚）
　・車両　：4トン車1台

センターの搬出口の指定や入構手続きがあれば、金田様から水野様へ直接ご連絡いただけますか。
{SIG_NONOMURA}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="販売店とリサイクル業者、外部2組織への通常の三者連絡",
)

# 091 本文中の「取扱注意でお願いします」（区分表示か単なる依頼か、判断が分かれる）
add(91,
    charset="iso-2022-jp",
    sender=MURAKAMI, to=[AOBA],
    subject="焼損品の回収について",
    body=f"""石黒様

村上です。10/22に引取りをお願いしている焼損品（INC-2026-019）について、お願いです。

本件は事故調査中のため、このメールの内容も含めて取扱注意でお願いします。
現品は証拠品として扱いますので、
　・梱包前に現状の写真を4方向から撮影
　・電源コードは切断せず、本体ごと梱包
　・大宮物流センターではなく、品質保証部（大宮ビル1F 搬入口）へ直送
としてください。

作業員の方にも、お客様宅で原因について話さないようお伝えください。
{SIG_MURAKAMI}""",
    expect="either",
    entities=[],
    detectors=["confidential_marking"],
    note="本文で「このメールの内容も取扱注意で」と依頼：区分表示とみるか単なる依頼とみるか分かれる",
)

# 092 英文：来訪の段取り（担当者の業務連絡先のみ）
add(92,
    charset="utf-8",
    sender=TOJO, to=[OEM],
    subject="Visit to Omiya plant on Oct 27",
    body=f"""Dear Kevin,

We are looking forward to seeing your team on October 27.

  10:00  Arrival at Omiya building (1-10-17 Sakuragi-cho, Omiya-ku, Saitama)
  10:15  Joint teardown of returned units (QA lab, 1F)
  13:00  Lunch
  14:00  Review of the 100% crimp inspection data
  16:30  Closing

Ms. Maho Saeki of our CS office will coordinate the day; she can be reached at
m-saeki@hinode-sangyo.co.jp or on the office line +81-48-641-3351.

Best regards,
{SIG_TOJO}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="来訪日程と社内担当者の業務用連絡先（1名）だけの英文連絡",
)

# 093 暗号化 ZIP（文書一式）→ 法律事務所
add(93,
    charset="shift_jis",
    sender=KIRYU, to=[SHIRAKAWA],
    subject="損害賠償請求関係資料の送付（暗号化ZIP）",
    body=f"""白川先生

桐生です。INC-2026-014 の被害者様代理人からの請求書と、当社の対応記録一式をお送りします。
ZIPファイルは暗号化しております。解凍パスワードは別途お電話でお伝えいたします。

内容：
　1. 請求書（代理人弁護士名義、10/19付）
　2. 当社対応記録（9/26〜10/19）
　3. 現品調査の写真報告書

ご確認のほど、よろしくお願いいたします。
{SIG_KIRYU}""",
    attachments=[{"kind": "zip", "name": "INC-2026-014_請求関係.zip", "password": "Shr@1019",
                  "files": [{"kind": "docx", "name": "当社対応記録.docx", "paragraphs": ["対応記録"] * 5},
                            {"kind": "pdf", "name": "請求書.pdf", "lines": ["請求書"] * 5}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード付きZIPで中身を検査できない",
)

# 094 消費生活センターからの照会への回答（相談者は匿名）
add(94,
    charset="iso-2022-jp",
    sender=SAEKI, to=["南里市消費生活センター <shohi-center@city.nanri.lg.jp>"],
    subject="Re: HCF-1200 回収に関する相談対応について",
    body=f"""南里市消費生活センター
相談員 ご担当者様

日の出産業株式会社 回収受付窓口の佐伯でございます。
お問い合わせいただいた点について、ご回答いたします。

1．製品を既に廃棄した場合
　　返金の対象となります。購入時期と購入店が分かる範囲でお申し出いただければ、
　　レシートがなくても個別に確認のうえ対応いたします。
2．譲り受けた製品の場合
　　現在お使いの方からのお申込みで回収・返金いたします（返金額は一律 9,980円）。
3．高齢で電話が難しい方の場合
　　センターの相談員様からの代理のお申込みも承ります。その際はご本人の同意をお取りください。

相談者様へのご案内に、ご活用いただけましたら幸いです。
{SIG_SAEKI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="自治体への回答。相談者の個人情報はない",
)

# 095 当社の問い合わせ窓口の一覧（部署の代表番号）→ EC モール
add(95,
    charset="utf-8",
    sender=OKOCHI, to=[SOYOKAZE],
    subject="お客様ご案内用の問い合わせ窓口一覧",
    body=f"""川口様

大河内です。モールのお客様窓口でご案内いただく際の、当社の問い合わせ先一覧です。

　内容　　　　　　　　　　窓口　　　　　　　　　　　電話　　　　　　受付時間
　回収の申込・キット　　　回収受付デスク　　　　　　0120-661-208　　9:00〜18:00（毎日）
　返金の時期・口座　　　　経理部 返金窓口　　　　　03-3241-7619　　平日 9:30〜17:00
　事故・けがの申告　　　　品質保証部 製品安全G　　 048-641-3320　　平日 9:00〜17:30
　販売店・法人のお客様　　営業部 量販チャネル課　　03-3241-7700　　平日 9:00〜17:30
　報道関係　　　　　　　　広報部　　　　　　　　　03-3241-7650　　平日 9:00〜17:30

モール側で受けたお問い合わせは、内容に応じて上記へおつなぎください。
{SIG_OKOCHI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="会社の部署・窓口の代表番号の一覧（事業者のリスト）",
)

# 096 個人2名（親と子、別のフリーメール）への連絡：2者なので通す
add(96,
    charset="iso-2022-jp",
    sender=SAEKI, to=["梶原 様 <kajiwara.t1948@yahoo.co.jp>"], cc=["梶原 様 <yusuke.kajiwara@gmail.com>"],
    subject="回収日時のご確認（日の出産業）",
    body=f"""梶原様

日の出産業 回収受付窓口の佐伯でございます。
息子様からお電話でお申込みをいただきました件、ご希望どおり手配いたしました。
ご確認のため、お二人にお送りしております。

　引取日時：10月31日（土）10時〜12時
　回収業者：青葉運輸株式会社（作業員1名がお伺いします）
　対象製品：HCF-1200　1台

当日は製品のみお渡しください。梱包は作業員がいたします。
ご都合が悪くなりましたら、0120-661-208 までご連絡ください。
{SIG_SAEKI}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="個人2名（親子）への連絡：外部は2者だけなので通す",
)

# 097 組戻し依頼 2件（口座 2名分）→ 銀行
_p = people("097", 2)
add(97,
    charset="shift_jis",
    sender=HAYASE, to=[MIDORI],
    subject="組戻し依頼（10/23振込分 2件）",
    body=f"""みどり銀行 藤枝様

お世話になっております。早瀬です。
10/23の返金振込のうち、当社の入力誤りで金額を誤った2件について、組戻しをお願いします。

　1. {_p[0]['bank']} {_p[0]['branch']} {_p[0]['acct_type']} {_p[0]['acct']}　{hankana(_p[0]['kana'])}　129,800円（正：12,980円）
　2. {_p[1]['bank']} {_p[1]['branch']} {_p[1]['acct_type']} {_p[1]['acct']}　{hankana(_p[1]['kana'])}　14,800円（二重振込）

組戻し依頼書は本日、大宮支店へ持参いたします。
{SIG_HAYASE}""",
    expect="pass",
    entities=["JP_BANK_ACCOUNT", "PERSON_NAME"],
    detectors=["personal_data"],
    note="2名分の口座：1〜4名分なので通す（警告は可）",
)

# 098 注文書（PDF：注文番号・品番・金額のみ）→ 部品メーカー
add(98,
    charset="iso-2022-jp",
    sender=NONOMURA, to=["佐藤 浩 様 <sato-h@kawasaki-denki.co.jp>"],
    subject="注文書 PO-2610-0457 送付（交換用電源コードASSY）",
    body=f"""川崎電機株式会社
営業部 佐藤様

いつもお世話になっております。日の出産業 ロジスティクス課の野々村です。
交換用電源コードASSYの注文書をお送りいたします。

　注文番号：PO-2610-0457
　品番　　：KD-PC0412（当社品番 HCF-PC-12R）
　数量　　：5,000本
　単価　　：1,180円
　納期　　：2026年11月20日
　納入先　：大宮物流センター

注文請書をご返送ください。
{SIG_NONOMURA}""",
    attachments=[{"kind": "pdf", "name": "PO-2610-0457.pdf", "title": "注文書 PO-2610-0457",
                  "lines": ["注文書", "川崎電機株式会社 御中", "注文番号 PO-2610-0457　発行日 2026年10月22日",
                            "日の出産業株式会社 家電事業部 ロジスティクス課", ""],
                  "table": [["行", "品番", "品名", "数量", "単価", "金額"],
                            ["1", "KD-PC0412", "電源コードASSY（HCF-PC-12R）", "5,000", "1,180", "5,900,000"],
                            ["", "", "消費税（10%）", "", "", "590,000"],
                            ["", "", "合計", "", "", "6,490,000"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="注文書（注文番号・品番・金額）だけの通常の取引",
)

# 099 店頭ポスター（多言語版）PDF と和英の免責文 → 販売店
add(99,
    charset="utf-8",
    sender=MIYASHITA, to=[LIFE],
    subject="店頭ポスター（多言語版）データ送付",
    body=f"""ライフデンキ 森様

お世話になっております。宮下です。
外国籍のお客様が多い店舗向けに、多言語版（日本語・英語・中国語・ベトナム語）の
店頭ポスターを作成しました。PDFをお送りしますので、店舗で印刷してご掲示ください。
{SIG_MIYASHITA}{DISCLAIMER_JA}{DISCLAIMER_EN}""",
    attachments=[{"kind": "pdf", "name": "recall_poster_multilingual.pdf",
                  "lines": ["セラミックファンヒーター回収のお知らせ", "Recall notice: ceramic fan heater HCF-1200",
                            "陶瓷暖风机召回通知", "Thông báo thu hồi máy sưởi gốm HCF-1200",
                            "回収受付デスク / Recall desk: 0120-661-208",
                            "https://www.hinode-sangyo.co.jp/recall/hcf1200/"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="告知ポスターの送付と和英の定型免責文（機密情報の語）",
)

# 100 経産省への月次報告（数値の集計のみの XLSX）
add(100,
    charset="shift_jis",
    sender=MURAKAMI, to=[METI],
    subject="自主回収の進捗報告（10月末時点）",
    body=f"""経済産業省 製品安全課 御中

日の出産業株式会社 品質保証部の村上でございます。
HCF-1200 の自主回収について、10月末時点の進捗を添付のとおりご報告いたします。

10月は新聞社告の掲載後に申込が大きく増え、回収率は44.8％となりました。
11月は製品登録のない購入者への販売店経由のご案内を進めます。
{SIG_MURAKAMI}""",
    attachments=[{"kind": "xlsx", "name": "回収進捗報告_202610.xlsx", "sheets": {
        "月別": [["HCF-1200 自主回収 進捗（2026年10月末）"], ["月", "申込", "回収完了", "累計回収率"],
                ["2026年9月", 11905, 8312, "17.1%"], ["2026年10月", 14200, 13470, "44.8%"]],
        "地域別": [["地域", "対象台数", "回収完了"], ["北海道・東北", 5120, 2210], ["関東", 21430, 10320],
                 ["中部", 7210, 3110], ["近畿", 8650, 3840], ["中国・四国", 2480, 980], ["九州・沖縄", 3730, 1322]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="行政への報告。集計数値だけで個人データはない",
)
