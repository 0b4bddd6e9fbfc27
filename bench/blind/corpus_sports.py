"""Blind evaluation corpus, AREA = sports.

日の出産業株式会社 スポーツ事業部（ヒノデフィットネス、ひので湾岸マラソン運営事務局、
ファンクラブ「サンライズクラブ」）と実業団チーム（陸上競技部、女子バレーボール部
「日の出サンライズ」）のメール。人物・番号・住所はすべて架空。
"""

from __future__ import annotations

import random
import unicodedata
from types import SimpleNamespace

from build import card_number, my_number

D = "hinode-sangyo.co.jp"
MESSAGES: list[dict] = []


def add(**kw) -> None:
    MESSAGES.append(kw)


# -- small helpers -------------------------------------------------------------------------

def corp_number(seed: int) -> str:
    """13-digit 法人番号 with a valid check digit (first digit)."""
    rng = random.Random(f"corp-{seed}")
    body = [rng.randrange(10) for _ in range(12)]
    body[0] = rng.randrange(1, 10)
    total = 0
    for n in range(1, 13):
        p = body[12 - n]
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + "".join(map(str, body))


_Z = str.maketrans("0123456789-/.:()#", "０１２３４５６７８９－／．：（）＃")


def zen(s: str) -> str:
    return s.translate(_Z)


def wareki(dob: tuple[int, int, int], style: str = "kanji") -> str:
    y, m, d = dob
    if (y, m, d) < (1989, 1, 8):
        era, k, n = "昭和", "S", y - 1925
    elif (y, m, d) < (2019, 5, 1):
        era, k, n = "平成", "H", y - 1988
    else:
        era, k, n = "令和", "R", y - 2018
    if style == "kanji":
        return f"{era}{n}年{m}月{d}日"
    if style == "short":
        return f"{k}{n}.{m}.{d}"
    if style == "zen":
        return zen(f"{era}{n}年{m}月{d}日")
    if style == "zenshort":
        return zen(f"{k}{n}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    raise ValueError(style)


def ymd(dob: tuple[int, int, int], sep: str = "/") -> str:
    y, m, d = dob
    return f"{y}{sep}{m:02d}{sep}{d:02d}"


def age(dob: tuple[int, int, int], ref: tuple[int, int, int] = (2026, 4, 1)) -> int:
    return ref[0] - dob[0] - ((ref[1], ref[2]) < (dob[1], dob[2]))


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "FWA" else 1 for c in s)


def _pad(s: str, n: int, fill: str = " ") -> str:
    gap = n - _w(s)
    if fill == "　":
        return s + "　" * (gap // 2) + " " * (gap % 2)
    return s + " " * gap


def grid(header: list[str], rows: list[list], fill: str = " ", rule: str = "-",
         gap: int = 2, indent: str = "") -> str:
    table = [list(map(str, header))] + [list(map(str, r)) for r in rows]
    widths = [max(_w(r[i]) for r in table) for i in range(len(header))]
    sep = " " * gap if fill == " " else "　"

    def line(r: list[str]) -> str:
        return indent + sep.join(_pad(c, widths[i], fill) for i, c in enumerate(r)).rstrip()

    total = sum(widths) + _w(sep) * (len(widths) - 1)
    rule_line = indent + rule * (total // _w(rule))
    return "\n".join([line(table[0]), rule_line] + [line(r) for r in table[1:]])


# -- invented people ------------------------------------------------------------------------

SURNAMES = [
    ("勅使河原", "テシガワラ", "Teshigawara"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("四月一日", "ワタヌキ", "Watanuki"), ("東海林", "ショウジ", "Shoji"),
    ("五十嵐", "イガラシ", "Igarashi"), ("百目鬼", "ドウメキ", "Domeki"),
    ("丹生", "ニウ", "Niu"), ("上遠野", "カドノ", "Kadono"), ("九十九", "ツクモ", "Tsukumo"),
    ("日下部", "クサカベ", "Kusakabe"), ("御手洗", "ミタライ", "Mitarai"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("渡邉", "ワタナベ", "Watanabe"),
    ("佐々木", "ササキ", "Sasaki"), ("鈴木", "スズキ", "Suzuki"), ("田中", "タナカ", "Tanaka"),
    ("伊藤", "イトウ", "Ito"), ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"),
    ("後藤", "ゴトウ", "Goto"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("三浦", "ミウラ", "Miura"),
    ("藤原", "フジワラ", "Fujiwara"), ("松田", "マツダ", "Matsuda"), ("原田", "ハラダ", "Harada"),
    ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
    ("和田", "ワダ", "Wada"), ("石田", "イシダ", "Ishida"), ("森田", "モリタ", "Morita"),
    ("柴田", "シバタ", "Shibata"), ("工藤", "クドウ", "Kudo"), ("横山", "ヨコヤマ", "Yokoyama"),
    ("宮本", "ミヤモト", "Miyamoto"), ("安藤", "アンドウ", "Ando"), ("谷口", "タニグチ", "Taniguchi"),
    ("丸山", "マルヤマ", "Maruyama"), ("河野", "コウノ", "Kono"), ("武田", "タケダ", "Takeda"),
    ("杉山", "スギヤマ", "Sugiyama"), ("千葉", "チバ", "Chiba"), ("久保", "クボ", "Kubo"),
    ("桜井", "サクライ", "Sakurai"), ("野口", "ノグチ", "Noguchi"), ("菊地", "キクチ", "Kikuchi"),
    ("菅原", "スガワラ", "Sugawara"), ("比嘉", "ヒガ", "Higa"), ("金城", "キンジョウ", "Kinjo"),
    ("喜屋武", "キャン", "Kyan"), ("仲宗根", "ナカソネ", "Nakasone"), ("鬼頭", "キトウ", "Kito"),
    ("猪熊", "イノクマ", "Inokuma"), ("一ノ瀬", "イチノセ", "Ichinose"),
    ("二階堂", "ニカイドウ", "Nikaido"), ("十河", "ソゴウ", "Sogo"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("纐纈", "コウケツ", "Koketsu"), ("祝", "ホウリ", "Hori"), ("蕨", "ワラビ", "Warabi"),
    ("瀬戸口", "セトグチ", "Setoguchi"), ("雲母", "キララ", "Kirara"), ("五味", "ゴミ", "Gomi"),
    ("八月一日", "ホヅミ", "Hozumi"), ("眞栄田", "マエダ", "Maeda"), ("宍戸", "シシド", "Shishido"),
    ("鮫島", "サメジマ", "Samejima"), ("蓬田", "ヨモギタ", "Yomogita"), ("及川", "オイカワ", "Oikawa"),
]

GIVEN = [
    ("大翔", "ヒロト", "Hiroto", "男"), ("蓮", "レン", "Ren", "男"), ("陽斗", "ハルト", "Haruto", "男"),
    ("湊", "ミナト", "Minato", "男"), ("颯太", "ソウタ", "Sota", "男"), ("悠真", "ユウマ", "Yuma", "男"),
    ("健太", "ケンタ", "Kenta", "男"), ("翔", "ショウ", "Sho", "男"), ("拓海", "タクミ", "Takumi", "男"),
    ("直樹", "ナオキ", "Naoki", "男"), ("誠", "マコト", "Makoto", "男"), ("隆之", "タカユキ", "Takayuki", "男"),
    ("和也", "カズヤ", "Kazuya", "男"), ("亮", "リョウ", "Ryo", "男"), ("達也", "タツヤ", "Tatsuya", "男"),
    ("修", "オサム", "Osamu", "男"), ("聡", "サトシ", "Satoshi", "男"), ("茂", "シゲル", "Shigeru", "男"),
    ("勇気", "ユウキ", "Yuki", "男"), ("慎之介", "シンノスケ", "Shinnosuke", "男"),
    ("虎太郎", "コタロウ", "Kotaro", "男"), ("一颯", "イブキ", "Ibuki", "男"), ("篤", "アツシ", "Atsushi", "男"),
    ("美咲", "ミサキ", "Misaki", "女"), ("陽菜", "ヒナ", "Hina", "女"), ("結衣", "ユイ", "Yui", "女"),
    ("葵", "アオイ", "Aoi", "女"), ("さくら", "サクラ", "Sakura", "女"), ("真由美", "マユミ", "Mayumi", "女"),
    ("恵子", "ケイコ", "Keiko", "女"), ("由紀", "ユキ", "Yuki", "女"), ("彩花", "アヤカ", "Ayaka", "女"),
    ("萌", "モエ", "Moe", "女"), ("千尋", "チヒロ", "Chihiro", "女"), ("瑞希", "ミズキ", "Mizuki", "女"),
    ("智子", "トモコ", "Tomoko", "女"), ("奈々", "ナナ", "Nana", "女"), ("優花", "ユウカ", "Yuka", "女"),
    ("里奈", "リナ", "Rina", "女"), ("沙織", "サオリ", "Saori", "女"), ("舞", "マイ", "Mai", "女"),
    ("玲奈", "レイナ", "Reina", "女"), ("杏", "アン", "An", "女"), ("楓", "カエデ", "Kaede", "女"),
    ("凛", "リン", "Rin", "女"), ("晴美", "ハルミ", "Harumi", "女"), ("芽衣", "メイ", "Mei", "女"),
    ("紬", "ツムギ", "Tsumugi", "女"), ("乃愛", "ノア", "Noa", "女"), ("志保", "シホ", "Shiho", "女"),
]

ZIP3 = {'江東区': '135', '世田谷区': '158', '練馬区': '177', '八王子市': '193', '横浜市港北区': '223', '川崎市中原区': '211', '藤沢市': '251', '相模原市南区': '252', '船橋市': '273', '柏市': '277', 'さいたま市浦和区': '330', '川越市': '350', '浜松市中央区': '433', '吹田市': '564', '名古屋市昭和区': '466', '福岡市早良区': '814', '札幌市豊平区': '062', '仙台市青葉区': '980', '西宮市': '663', '京都市左京区': '606', '広島市安佐南区': '731', 'つくば市': '305', '松本市': '390', '新潟市中央区': '951', '岡山市北区': '700', '熊本市中央区': '862', '前橋市': '371', '宇都宮市': '321', '那覇市': '902'}

PLACES = [
    ("東京都", "江東区", "豊洲"), ("東京都", "世田谷区", "等々力"), ("東京都", "練馬区", "石神井町"),
    ("東京都", "八王子市", "めじろ台"), ("神奈川県", "横浜市港北区", "日吉本町"),
    ("神奈川県", "川崎市中原区", "木月"), ("神奈川県", "藤沢市", "鵠沼海岸"),
    ("神奈川県", "相模原市南区", "相模大野"), ("千葉県", "船橋市", "前原西"),
    ("千葉県", "柏市", "豊四季"), ("埼玉県", "さいたま市浦和区", "常盤"), ("埼玉県", "川越市", "脇田本町"),
    ("静岡県", "浜松市中央区", "高林"), ("大阪府", "吹田市", "千里山西"), ("愛知県", "名古屋市昭和区", "八事本町"),
    ("福岡県", "福岡市早良区", "西新"), ("北海道", "札幌市豊平区", "月寒東"), ("宮城県", "仙台市青葉区", "上杉"),
    ("兵庫県", "西宮市", "甲子園口"), ("京都府", "京都市左京区", "下鴨中川原町"),
    ("広島県", "広島市安佐南区", "祇園"), ("茨城県", "つくば市", "竹園"), ("長野県", "松本市", "蟻ケ崎"),
    ("新潟県", "新潟市中央区", "関屋"), ("岡山県", "岡山市北区", "奉還町"), ("熊本県", "熊本市中央区", "水前寺"),
    ("群馬県", "前橋市", "大手町"), ("栃木県", "宇都宮市", "東宿郷"), ("沖縄県", "那覇市", "古島"),
]

BUILDINGS = ["", "", "", "", "コーポ若葉201", "メゾン・ド・ソレイユ305", "グランハイツ102",
             "サンライズマンション1104", "パークサイド南703", "ハイム緑風2-B", "レジデンス桜台405"]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp", "gmail.com", "yahoo.co.jp"]


def people(seed: str, n: int, years: tuple[int, int] = (1960, 2004), sex: str | None = None):
    rng = random.Random(f"sports-people-{seed}")
    out, used = [], set()
    while len(out) < n:
        s = rng.choice(SURNAMES)
        g = rng.choice(GIVEN)
        if sex and g[3] != sex:
            continue
        if (s[0], g[0]) in used or s[0] in {p.sei for p in out[-3:]}:
            continue
        used.add((s[0], g[0]))
        dob = (rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
        pref, city, town = rng.choice(PLACES)
        bld = rng.choice(BUILDINGS)
        street = f"{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
        local = rng.choice([f"{g[2].lower()}.{s[2].lower()}", f"{s[2].lower()}{g[2][0].lower()}",
                            f"{g[2].lower()}_{rng.randint(10, 99)}", f"{s[2].lower()}{rng.randint(1, 9999)}",
                            f"{g[2][:3].lower()}-{s[2].lower()}{rng.randint(1, 99)}"])
        out.append(SimpleNamespace(
            sei=s[0], mei=g[0], sei_kana=s[1], mei_kana=g[1], sei_r=s[2], mei_r=g[2], sex=g[3],
            name=f"{s[0]} {g[0]}", name2=f"{s[0]}　{g[0]}", kana=f"{s[1]} {g[1]}",
            roma=f"{g[2]} {s[2]}", ROMA=f"{s[2].upper()} {g[2].upper()}",
            dob=dob, zip=f"{ZIP3[city]}-{rng.randint(0, 9999):04d}",
            pref=pref, city=city, addr=f"{pref}{city}{town}{street}" + (f" {bld}" if bld else ""),
            addr_kanji=(f"{pref}{city}{town}{street.split('-')[0]}丁目{street.split('-')[1]}番"
                        f"{street.split('-')[2]}号" + (f"　{bld}" if bld else "")),
            tel=f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            home=rng.choice([f"03-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}",
                             f"06-{rng.randint(6000, 6999)}-{rng.randint(1000, 9999)}",
                             f"045-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                             f"044-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                             f"0466-{rng.randint(20, 89)}-{rng.randint(1000, 9999)}",
                             f"048-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                             f"092-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"]),
            mail=f"{local}@{rng.choice(FREEMAIL)}",
            passport=rng.choice(["TK", "TR", "MZ", "TZ", "RE", "TS"]) + f"{rng.randint(0, 9999999):07d}",
            license=f"{rng.choice(['30', '45', '46', '50', '62', '20'])}{rng.randint(0, 9999999999):010d}",
            pension=f"{rng.randint(1000, 9999)}-{rng.randint(0, 999999):06d}",
            rng=rng,
        ))
    return out


def block_of(seed: str):
    """A per-message RNG for odd values (numbers, times)."""
    return random.Random(f"sports-misc-{seed}")


# -- senders and signatures --------------------------------------------------------------------

KUROKI = f"黒木 亮介 <r.kuroki@{D}>"
SIG_KUROKI = f"""--
日の出産業株式会社 スポーツ事業部 陸上競技部
マネージャー 黒木 亮介（くろき りょうすけ）
〒231-0062 神奈川県横浜市中区桜木町1-101-1 日の出ビル8F
TEL 045-210-5531 / FAX 045-210-5539 / 携帯 080-4417-2093
r.kuroki@{D}"""

SAOTOME = f"早乙女 紗希 <s.saotome@{D}>"
SIG_SAOTOME = f"""━━━━━━━━━━━━━━━━━━━━━━
ヒノデフィットネス 港北ニュータウン店
店長　早乙女 紗希（Saki Saotome）
〒224-0003 横浜市都筑区中川中央1-31-2 ヒノデスクエア3F
TEL：045-910-2200（受付 10:00〜22:00）
日の出産業株式会社 スポーツ事業部 フィットネス事業課
━━━━━━━━━━━━━━━━━━━━━━"""

KUSUDA = f"楠田 恒一 <k.kusuda@{D}>"
SIG_KUSUDA = f"""
日の出産業株式会社
スポーツ事業部 企画課 課長
楠田 恒一
TEL: 03-5820-4411（代）  内線 3170
E-mail: k.kusuda@{D}"""

SAEGUSA = f"三枝 真琴 <m.saegusa@{D}>"
SIG_SAEGUSA = f"""==============================
ひので湾岸マラソン 運営事務局
（日の出産業株式会社 スポーツ事業部 大会運営グループ内）
担当：三枝 真琴
TEL 045-210-5560（平日 9:30-17:30）
MAIL m.saegusa@{D}
=============================="""

SAGARA = f"相楽 洋平 <y.sagara@{D}>"
SIG_SAGARA = f"""-----
日の出産業(株) 陸上競技部 コンディショニング担当
相楽 洋平（トレーナー／鍼灸師）
PHS 6621  TEL 045-210-5533"""

HAMAGUCHI = f"Naomi Hamaguchi <n.hamaguchi@{D}>"
SIG_HAMAGUCHI = f"""Naomi Hamaguchi（濱口 ナオミ）
International Affairs, Sports Division
Hinode Sangyo Co., Ltd.
1-101-1 Sakuragicho, Naka-ku, Yokohama 231-0062 JAPAN
Tel +81-45-210-5540 | n.hamaguchi@{D}"""

KAKEI = f"筧 美穂 <m.kakei@{D}>"
SIG_KAKEI = f"""＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出サンライズ 公式ファンクラブ「SUNRISE CLUB」事務局
筧（かけい）美穂
TEL 03-5820-4480（平日10時〜17時）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

USAMI = f"宇佐美 健 <k.usami@{D}>"
SIG_USAMI = f"""日の出産業株式会社 スポーツ事業部 総務グループ
宇佐美 健
〒101-0032 東京都千代田区岩本町2-4-9 日の出産業本社ビル
TEL 03-5820-4415  FAX 03-5820-4419"""

NOTO = f"能登 祐樹 <y.noto@{D}>"
SIG_NOTO = f"""――――――――――――――――
ひので湾岸マラソン ボランティアセンター
能登 祐樹（のと ゆうき）
volunteer@{D} / 045-210-5565
――――――――――――――――"""

KURISU = f"栗栖 彩 <a.kurisu@{D}>"
SIG_KURISU = f"""栗栖 彩（くるす あや）
日の出産業株式会社 スポーツ事業部
チーム運営課（合宿・遠征担当）
TEL 045-210-5537 / 携帯 090-6284-1175"""

ISSHIKI = f"一色 大吾 <d.isshiki@{D}>"
SIG_ISSHIKI = f"""___________________________________
日の出サンライズ（日の出産業 女子バレーボール部）
チームマネージャー 一色 大吾
〒222-0033 横浜市港北区新横浜3-7-18 ヒノデアリーナ内
TEL 045-475-0081 / d.isshiki@{D}
___________________________________"""

WAKASA = f"若狭 透 <t.wakasa@{D}>"
SIG_WAKASA = f"""若狭 透
日の出産業株式会社 経理部 スポーツ事業担当
TEL 03-5820-4402"""

DISCLAIMER_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it.
Any unauthorised use, disclosure or copying is strictly prohibited."""


# =============================================================================================
# 001-055: must stop
# =============================================================================================

# 001 — marathon entry data as a CP932 CSV to the timing company
_p = people("001", 32, years=(1955, 2007))
_r = block_of("001")
add(
    id="sports-001",
    sender=SAEGUSA,
    to=["計測センター 大庭様 <keisoku@timekeepers.jp>"],
    cc=[f"m.saegusa@{D}"],
    subject="【ひので湾岸マラソン2026】計測チップ割当用データ（第1次締切分）のご送付",
    charset="iso-2022-jp",
    body=f"""株式会社タイムキーパーズ
計測センター 大庭様

いつもお世話になっております。
ひので湾岸マラソン運営事務局の三枝でございます。

第1次締切（1月31日）までにエントリーのあったランナーのデータをお送りします。
ナンバーカード番号と計測チップの紐付けをお願いできますでしょうか。
ファイルはCSV（Shift_JIS）です。第2次締切分は2月20日頃にお送りする予定です。

不明点がございましたらご連絡ください。
どうぞよろしくお願いいたします。

{SIG_SAEGUSA}
""",
    attachments=[{
        "kind": "csv", "name": "entry_1st_20260131.csv", "encoding": "cp932",
        "rows": [["ナンバー", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "住所", "電話番号",
                  "メールアドレス", "種目"]] + [
            [f"{(10001 + i * 7)}", p.name, p.kana, p.sex, ymd(p.dob), p.zip, p.addr, p.tel, p.mail,
             _r.choice(["フル", "フル", "ハーフ", "10km"])] for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="32 runners' name/DOB/address/phone/e-mail in a CP932 CSV to an external timing vendor.",
)

# 002 — fitness members pasted as a space-padded table into the body, to a partner IT vendor
_p = people("002", 8, years=(1950, 2000))
add(
    id="sports-002",
    sender=SAOTOME,
    to=["ツバサシステム 導入支援 森岡様 <morioka@tsubasa-system.jp>"],
    subject="Re: 会員管理システム移行テストの件",
    body=f"""森岡様

お世話になっております。ヒノデフィットネスの早乙女です。
移行テストでエラーになった会員を下記に貼り付けます。
（本番データからそのまま抜き出しています。会員番号の頭に0が付くものが落ちている気がします）

{grid(["会員番号", "氏名", "生年月日", "電話番号", "コース"],
      [[f"0{4100 + i * 13:05d}", p.name, ymd(p.dob, "-"), p.tel, c]
       for i, (p, c) in enumerate(zip(_p, ["デイ", "フル", "ナイト", "フル", "スイム", "フル", "ホリデー", "デイ"]))])}

以上8名です。原因がわかりましたらご連絡ください。

{SIG_SAOTOME}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Eight real members (name, DOB, phone) pasted in a padded table to an external IT partner.",
)

# 003 — insurance enrolment roster XLSX with a title row and two sheets
_a = people("003a", 14, years=(1994, 2006))
_b = people("003b", 6, years=(1965, 1992))
add(
    id="sports-003",
    sender=USAMI,
    to=["ひかりスポーツ保険サービス 営業二課 御中 <eigyo2@hikari-sportsins.co.jp>"],
    subject="2026年度 スポーツ安全保険 団体加入者名簿の送付",
    body=f"""ひかりスポーツ保険サービス株式会社
営業二課 ご担当者様

平素より大変お世話になっております。
日の出産業スポーツ事業部総務の宇佐美でございます。

2026年度の団体傷害保険（陸上競技部）の加入者名簿をお送りいたします。
選手とスタッフでシートを分けております。
加入日は4月1日付でお願いいたします。

ご確認のほど、よろしくお願い申し上げます。

{SIG_USAMI}
""",
    attachments=[{
        "kind": "xlsx", "name": "2026加入者名簿_陸上競技部.xlsx",
        "sheets": {
            "選手": [["2026年度 団体傷害保険 加入者名簿（選手）"], ["作成日", "2026/03/12"], [],
                     ["No", "氏名", "フリガナ", "生年月日", "性別", "住所"]] + [
                [i + 1, p.name, p.kana, ymd(p.dob), p.sex, p.addr] for i, p in enumerate(_a)],
            "スタッフ": [["2026年度 団体傷害保険 加入者名簿（スタッフ）"], [],
                        ["No", "氏名", "フリガナ", "生年月日", "役職", "住所"]] + [
                [i + 1, p.name, p.kana, wareki(p.dob), r, p.addr]
                for i, (p, r) in enumerate(zip(_b, ["監督", "コーチ", "コーチ", "トレーナー", "主務", "栄養士"]))],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Insurance roster of 20 people (name, DOB, address) in a two-sheet XLSX to an insurance agency.",
)

# 004 — volunteer list, tab separated, to the city's sports section
_p = people("004", 9, years=(1958, 2005))
_roles = ["給水所A", "給水所A", "給水所B", "手荷物預かり", "手荷物預かり", "救護所補助", "コース誘導", "コース誘導", "ゴール整理"]
add(
    id="sports-004",
    sender=NOTO,
    to=["湾岸市 スポーツ振興課 <sports-shinko@city.wangan.lg.jp>"],
    subject="大会当日ボランティア（市民枠）配置案",
    body="湾岸市 市民局 スポーツ振興課 御中\n\n"
         "お世話になっております。ボランティアセンターの能登です。\n"
         "市民枠でご応募いただいた方の配置案をお送りします（Excelから貼り付けています）。\n"
         "市の広報で紹介いただく方を選んでいただければと思います。\n\n"
         "氏名\t携帯\tメール\t配置\n"
         + "\n".join(f"{p.name}\t{p.tel}\t{p.mail}\t{r}" for p, r in zip(_p, _roles))
         + f"\n\nご確認よろしくお願いいたします。\n\n{SIG_NOTO}\n",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="Nine volunteers' names, mobiles and private e-mails, tab separated in the body, to a city office.",
)

# 005 — rooming list with full-width padding to the partner hotel
_p = people("005", 12, years=(1996, 2007), sex="女")
add(
    id="sports-005",
    sender=KURISU,
    to=["さくらホテル 宿泊予約課 <yoyaku@sakura-hotel.jp>"],
    subject="【日の出産業 陸上競技部】8月 菅平合宿 ルーミングリスト",
    charset="cp932",
    body=f"""さくらホテル菅平
宿泊予約課 御中

いつも大変お世話になっております。
日の出産業 陸上競技部の栗栖でございます。
8/3（月）〜8/14（金）の夏季合宿につきまして、ルーミングリストをお送りします。
チェックイン時に各自の携帯にご連絡いただく場合がある、と伺いましたので番号も入れております。

{grid(["部屋", "氏名", "年齢", "携帯電話"],
      [[f"{301 + i // 2}号室", p.name2, f"{age(p.dob)}歳", zen(p.tel)] for i, p in enumerate(_p)],
      fill="　", rule="－")}

※女子長距離ブロックのみです。男子ブロックは別途お送りします。
何卒よろしくお願いいたします。

{SIG_KURISU}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Rooming list of 12 athletes with ages and full-width mobile numbers to the partner hotel.",
)

# 006 — passport list in a DOCX table to a travel agency (overseas camp)
_p = people("006", 9, years=(1993, 2005))
_r = block_of("006")
add(
    id="sports-006",
    sender=KURISU,
    to=["東西ツーリスト 法人営業部 杉浦様 <sugiura@tozai-tourist.co.jp>"],
    subject="ケニア・イテン高地合宿 航空券手配用 旅券情報",
    body=f"""東西ツーリスト株式会社
法人営業部 杉浦様

お世話になっております。日の出産業の栗栖です。
先日ご相談したケニア合宿（11/2〜11/30）の航空券手配について、
参加者の旅券情報をWordにまとめましたので添付いたします。
氏名はパスポート記載どおりのローマ字です。

ビザ（eTA）申請もあわせてお願いできれば幸いです。

{SIG_KURISU}
""",
    attachments=[{
        "kind": "docx", "name": "イテン合宿_旅券情報.docx",
        "paragraphs": ["ケニア・イテン高地合宿（2026年11月）参加者 旅券情報", "日の出産業株式会社 陸上競技部", ""],
        "tables": [[["No.", "SURNAME / GIVEN NAME", "性別", "生年月日", "旅券番号", "有効期限"]] + [
            [str(i + 1), p.ROMA, "M" if p.sex == "男" else "F", ymd(p.dob, "."), p.passport,
             f"20{_r.randint(28, 35)}.{_r.randint(1, 12):02d}.{_r.randint(1, 28):02d}"]
            for i, p in enumerate(_p)]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="Passport numbers and DOBs of nine athletes in a DOCX table to a travel agency.",
)

# 007 — one foreign player's residence card, running text, to an immigration lawyer
add(
    id="sports-007",
    sender=HAMAGUCHI,
    to=["あおい行政書士事務所 青井先生 <aoi@aoi-gyosei.jp>"],
    subject="在留期間更新許可申請（キプロティッチ選手）のご依頼",
    body=f"""あおい行政書士事務所
青井 先生

いつもお世話になっております。日の出産業スポーツ事業部の濱口です。

陸上競技部のダニエル・キプロティッチ・ムワンギ選手（ケニア国籍、1999年7月18日生）の
在留期間が2026年6月29日で満了となるため、更新申請をお願いしたく存じます。
在留カード番号は UH48120937KA、在留資格は「特定活動（告示6号）」です。

雇用契約書の写しと、昨年度の源泉徴収票は来週郵送いたします。
他に必要な書類があればお知らせください。

{SIG_HAMAGUCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="A residence card number of one named player in running text to an external lawyer.",
)

# 008 — one player's diagnosis, told in passing, to a sponsor
add(
    id="sports-008",
    sender=KUROKI,
    to=["ミナミ飲料 宣伝部 宮下様 <miyashita@minami-inryo.co.jp>"],
    subject="ニューイヤー駅伝 出場メンバーについて（ご報告）",
    body=f"""ミナミ飲料株式会社
宣伝部 宮下様

いつも陸上競技部へのご支援をありがとうございます。黒木です。

12月のCM撮影にご起用いただいている鬼頭 颯太ですが、
11月23日の練習中に右膝を痛め、翌日の検査で右膝前十字靱帯断裂と診断されました。
来週手術の予定で、復帰まで8〜10か月かかる見込みです。

大変申し訳ございませんが、撮影は別の選手でのご提案をさせていただけないでしょうか。
候補については改めてご相談させてください。

{SIG_KUROKI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named player's diagnosis and surgery (medical information) told in passing to a sponsor.",
)

# 009 — medical check results, no name column, rows tied to athlete IDs
_p = people("009", 18, years=(1995, 2006))
_r = block_of("009")
_find = ["異常なし", "異常なし", "異常なし", "洞性徐脈（スポーツ心臓）", "異常なし", "鉄欠乏性貧血 要治療",
         "異常なし", "QT延長疑い 要精査", "異常なし", "異常なし", "左足舟状骨 疲労骨折疑い", "異常なし",
         "異常なし", "低ヘモグロビン（Hb 10.8）", "異常なし", "異常なし", "無月経 婦人科受診推奨", "異常なし"]
add(
    id="sports-009",
    sender=SAGARA,
    to=["港北スポーツ整形外科クリニック 地域連携室 <renkei@kohoku-sportsclinic.jp>"],
    subject="春季メディカルチェック結果（陸上部）の共有",
    body=f"""港北スポーツ整形外科クリニック
地域連携室 御中

いつもお世話になっております。陸上競技部の相楽です。
先週実施したメディカルチェックの結果一覧をお送りします。
要精査・要治療の選手について、受診枠をご調整いただけますと助かります。
選手名は登録番号にしてあります（番号表は部内で保管しています）。

{SIG_SAGARA}
""",
    attachments=[{
        "kind": "xlsx", "name": "MC2026spring.xlsx",
        "sheets": {"結果": [["登録番号", "生年月日", "性別", "身長", "体重", "安静時心拍", "Hb", "所見"]] + [
            [f"HR-{2601 + i}", ymd(p.dob), p.sex, _r.randint(150, 184), _r.randint(40, 68),
             _r.randint(38, 62), round(_r.uniform(10.5, 15.8), 1), f] for i, (p, f) in enumerate(zip(_p, _find))]},
    }],
    expect="stop",
    entities=["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Health-check findings per athlete row (ID + DOB, no name column) to an external clinic.",
)

# 010 — one member's credit card number to the payment processor
_c = card_number(10)
add(
    id="sports-010",
    sender=SAOTOME,
    to=["ペイライン決済サポート <support@payline-kessai.jp>"],
    subject="返金処理のお願い（会費二重計上）",
    body=f"""ペイライン決済サポート ご担当者様

ヒノデフィットネス港北ニュータウン店の早乙女です。
3月分の月会費が二重に計上されてしまった会員様がいらっしゃいます。
1件分の返金（取消）処理をお願いできますでしょうか。

  会員名　　：猪熊 芽衣 様
  カード番号：{_c[:4]} {_c[4:8]} {_c[8:12]} {_c[12:]}
  有効期限　：09/29
  金額　　　：9,350円（税込）
  取引日　　：2026/03/01

お手数をおかけしますが、よろしくお願いいたします。

{SIG_SAOTOME}
""",
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="A member's full credit card number with name and expiry sent to an external processor.",
)

# 011 — fan club members as an HTML-only table to the partner carrier
_p = people("011", 11, years=(1950, 2008))
_rows = "".join(
    f"<tr><td>{1000 + i * 37}</td><td>{p.name}</td><td>〒{p.zip}</td><td>{p.addr}</td><td>{p.home}</td></tr>"
    for i, p in enumerate(_p))
add(
    id="sports-011",
    sender=KAKEI,
    to=["青葉運輸 法人営業所 <hojin@aoba-unyu.co.jp>"],
    subject="【SUNRISE CLUB】ゴールド会員 継続特典の発送先（追加分）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>青葉運輸株式会社 法人営業所 御中</p>
<p>いつもお世話になっております。SUNRISE CLUB事務局の筧です。<br>
継続特典（サイン入りタオル）の発送先に、以下11件を追加でお願いいたします。<br>
発送日は前回と同じく4/10でお願いします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#ffe7c2"><th>会員番号</th><th>お名前</th><th>郵便番号</th><th>ご住所</th><th>電話番号</th></tr>
{_rows}
</table>
<p>よろしくお願いいたします。</p>
<pre>{SIG_KAKEI}</pre>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 11 fan club members' names, addresses and phones to a carrier.",
)

# 012 — three sponsors visible to each other in To
add(
    id="sports-012",
    sender=KUSUDA,
    to=["ミナミ飲料 宮下様 <miyashita@minami-inryo.co.jp>",
        "フジタスポーツ 営業本部 大江様 <oe@fujita-sports.co.jp>",
        "川崎電機 広報部 安達様 <adachi@kawasaki-denki.co.jp>"],
    cc=[f"r.kuroki@{D}"],
    subject="2026年度 スポンサー連絡会 開催のご案内",
    charset="iso-2022-jp",
    body=f"""各位

平素より日の出産業陸上競技部へ格別のご支援を賜り、誠にありがとうございます。
下記のとおり、2026年度のスポンサー連絡会を開催いたします。

　日時：2026年4月22日（水）15:00〜16:30
　場所：日の出産業本社ビル 12階 大会議室
　内容：2025年度活動報告、2026年度 強化計画、ユニフォーム露出のご相談

ご出欠を4月10日までにご返信いただけますと幸いです。

{SIG_KUSUDA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Three sponsor companies put together in To: they see each other; should have been Bcc.",
)

# 013 — shift mail to four volunteers on free mail, all in To
add(
    id="sports-013",
    sender=NOTO,
    to=["tomoka.ishida88@gmail.com", "kaz_hoshino@yahoo.co.jp",
        "aki-run@icloud.com", "m.kuwabara.0711@docomo.ne.jp"],
    subject="【ボランティア】2/15 第3給水所 集合時間の変更",
    body=f"""第3給水所ボランティアの皆さま

ボランティアセンターの能登です。
コース変更にともない、第3給水所の集合時間が 7:30 → 7:00 に早まりました。
集合場所（湾岸公園 北口テント）は変わりません。

当日の連絡は、センター代表番号 045-210-5565 までお願いします。
寒くなりそうですので、防寒対策をしてお越しください。

{SIG_NOTO}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="Four private volunteers' free-mail addresses openly in To: each can see the others (should be Bcc).",
)

# 014 — partner hotel domain with the wrong TLD
add(
    id="sports-014",
    sender=KURISU,
    to=["さくらホテル 団体営業 <dantai@sakura-hotel.co.jp>"],
    subject="冬季合宿（宮崎）会議室の追加予約",
    body=f"""さくらホテル宮崎 団体営業ご担当者様

お世話になっております。日の出産業の栗栖です。
1/12〜1/20の冬季合宿で、ミーティング用の会議室を追加でお借りしたく存じます。

・日程：1/13、1/16、1/19 の各日 19:30〜21:00
・人数：28名（スクール形式）
・備品：プロジェクター、ホワイトボード

空き状況をご確認いただけますでしょうか。

{SIG_KURISU}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hotel.co.jp is a TLD look-alike of the partner sakura-hotel.jp.",
)

# 015 — internal mail mistyped to hinode-sangyou.co.jp carrying injury notes
_p = people("015", 6, years=(1997, 2005))
_inj = ["左ハムストリング肉離れ（Ⅱ度）", "右アキレス腱炎", "腰椎分離症", "右脛骨疲労骨折", "左足関節捻挫", "貧血（治療中）"]
add(
    id="sports-015",
    sender=SAGARA,
    to=["チームドクター 有馬先生 <k.arima@hinode-sangyou.co.jp>"],
    subject="今週の故障者リスト",
    body=f"""有馬先生

お疲れさまです。相楽です。今週時点の故障者です。

""" + "\n".join(f"■ {p.name}（{age(p.dob)}）… {x}" for p, x in zip(_p, _inj)) + f"""

木曜の回診でご確認いただければと思います。

{SIG_SAGARA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="Meant for the team doctor internally but sent to hinode-sangyou.co.jp (added letter); carries diagnoses.",
)


# 016 — 【社外秘】 in the subject and on the body, to a consulting firm
add(
    id="sports-016",
    sender=KUSUDA,
    to=["アスリートブリッジ・コンサルティング 西園寺様 <saionji@athletebridge.co.jp>"],
    subject="【社外秘】2026年度 陸上競技部 強化費予算（案）",
    body=f"""西園寺様

お世話になっております。楠田です。
先日の打合せでお話しした強化費の予算案です。ご意見をいただけますと幸いです。

━━━━━━━━━━━━━━━━━━━━━━━━━━
  社外秘　日の出産業株式会社 スポーツ事業部
━━━━━━━━━━━━━━━━━━━━━━━━━━
  費目                  2025実績     2026案
  ------------------------------------------
  合宿費（国内）         18,400千円   21,000千円
  合宿費（海外）          9,200千円   12,500千円
  外国人選手 関連費       14,800千円   15,200千円
  用具・シューズ           3,100千円    3,300千円
  メディカル・トレーナー   6,700千円    8,000千円
  大会遠征費              11,900千円   12,400千円
  ------------------------------------------
  合計                    64,100千円   72,400千円

役員会は4/15の予定です。それまでに一度お時間をいただけますでしょうか。

{SIG_KUSUDA}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="Budget marked 社外秘 in the subject and as a stamp on the table, sent to an outside consultant.",
)

# 017 — the confidentiality stamp is only inside the XLSX (header + title row)
add(
    id="sports-017",
    sender=KUSUDA,
    to=["博通エージェンシー スポーツ営業局 篠塚様 <shinozuka@hakutsu-ag.co.jp>"],
    subject="スポンサー露出メニュー 一覧",
    body=f"""篠塚様

いつもお世話になっております。
来季のスポンサー営業用に、露出メニューと現行条件をまとめた一覧をお送りします。
新規開拓先へのご提案の参考にしていただければと思います。

よろしくお願いいたします。
{SIG_KUSUDA}
""",
    attachments=[{
        "kind": "xlsx", "name": "露出メニュー_現行条件.xlsx",
        "page_header": "社外秘",
        "sheets": {
            "メニュー": [["【社外秘】スポンサー露出メニューと現行契約条件（2026年2月時点）"], [],
                        ["区分", "露出箇所", "現行スポンサー", "契約額（年・税別）", "契約期間", "更新交渉"],
                        ["オフィシャルトップ", "ユニフォーム胸", "ミナミ飲料", "48,000,000", "2024-2026", "済"],
                        ["オフィシャル", "ユニフォーム袖", "川崎電機", "18,000,000", "2025-2027", "—"],
                        ["サプライヤー", "シューズ・ウェア", "フジタスポーツ", "現物＋6,000,000", "2023-2026", "交渉中"],
                        ["サポート", "合宿バナー", "北国フーズ", "3,000,000", "2026", "未"],
                        ["サポート", "大会プログラム広告", "錦印刷", "1,200,000", "2026", "未"]],
            "値引き基準": [["社外秘"], ["契約年数", "値引率"], ["2年", "5%"], ["3年", "10%"], ["5年", "15%（役員決裁）"]],
        },
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="The mail looks ordinary; the XLSX carries a 社外秘 page header and title row (sponsor contract terms).",
)

# 018 — PPAP: password-protected ZIP of entry data
add(
    id="sports-018",
    sender=SAEGUSA,
    to=["計測センター <keisoku@timekeepers.jp>"],
    subject="第2次締切分 エントリーデータ（パスワード付き）",
    body=f"""タイムキーパーズ 計測センター 大庭様

お世話になっております。三枝です。
第2次締切分のエントリーデータをお送りします。
ZIPファイルのパスワードは、この後別メールにてお送りいたします。

{SIG_SAEGUSA}
""",
    attachments=[{
        "kind": "zip", "name": "entry_2nd_20260220.zip", "password": "Wangan#2026",
        "files": [{"kind": "csv", "name": "entry_2nd.csv", "encoding": "cp932",
                   "rows": [["ナンバー", "氏名", "電話番号"]] + [[f"{20001 + i}", p.name, p.tel]
                                                          for i, p in enumerate(people("018", 40))]}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="An AES password ZIP (PPAP) cannot be inspected; password to follow in a separate mail.",
)

# 019 — password-protected PDF to the insurer
add(
    id="sports-019",
    sender=USAMI,
    to=["あさひ損害保険 保険金サービス課 <hokenkin@asahi-sonpo.co.jp>"],
    subject="事故受付番号 A26-0318-442 関係書類のご提出",
    body=f"""あさひ損害保険株式会社
保険金サービス課 ご担当者様

お世話になっております。日の出産業の宇佐美です。
標記の件、ご依頼いただいた書類一式をPDFにてお送りいたします。
PDFを開くためのパスワードはお電話でお伝えいたします。

ご査収のほどよろしくお願いいたします。

{SIG_USAMI}
""",
    attachments=[{
        "kind": "pdf", "name": "A26-0318-442_提出書類.pdf", "password": "0318asahi",
        "lines": ["保険金請求書類一式", "事故受付番号 A26-0318-442", "（診断書・領収書写し・事故状況報告書）"],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="An encrypted PDF (claim documents) cannot be scanned before it leaves.",
)

# 020 — corrupt XLSX to the regional federation
add(
    id="sports-020",
    sender=KUROKI,
    to=["東日本実業団陸上競技連盟 事務局 <jimukyoku@higashi-jitsugyodan.or.jp>"],
    subject="2026年度 登録申請書（日の出産業）",
    body=f"""東日本実業団陸上競技連盟 事務局 御中

いつもお世話になっております。日の出産業陸上競技部の黒木です。
2026年度の競技者登録申請書を提出いたします。
新規登録4名、継続登録21名です。

ご確認のほどよろしくお願いいたします。

{SIG_KUROKI}
""",
    attachments=[{"kind": "corrupt", "name": "2026登録申請_日の出産業.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="The registration XLSX is corrupt and cannot be read by the scanner.",
)

# 021 — a school's student list, forwarded to the hotel
_p = people("021", 7, years=(2008, 2010))
_par = people("021p", 7, years=(1972, 1985))
_school_body = ("日の出産業 陸上競技部\n栗栖様\n\nお世話になっております。北斗高校陸上部の須藤です。\n"
                "合同練習会に参加する生徒と、緊急連絡先（保護者）をお知らせします。\n\n"
                + "\n".join(f"{i + 1}. {s.name}（{age(s.dob)}歳・{s.sex}）保護者 {p.sei} {p.mei} {p.tel}"
                            for i, (s, p) in enumerate(zip(_p, _par)))
                + "\n\nよろしくお願いいたします。\n\n北斗高等学校 陸上競技部 顧問 須藤 学\n")
add(
    id="sports-021",
    sender=KURISU,
    to=["さくらホテル 宿泊予約課 <yoyaku@sakura-hotel.jp>"],
    subject="FW: 合同練習会 参加生徒と緊急連絡先",
    body=f"""さくらホテル 宿泊予約課 御中

お世話になっております。栗栖です。
合同練習会で高校生7名が同宿します。学校からの連絡をそのまま転送しますので、
夜間の緊急時はこちらの保護者にご連絡いただけますでしょうか。

{SIG_KURISU}

-------- Forwarded Message --------
差出人: 須藤 学 <sudo.manabu@hokuto-hs.ed.jp>
送信日時: 2026年7月8日 16:42
宛先: 栗栖 彩 <a.kurisu@{D}>
件名: 合同練習会 参加生徒と緊急連絡先

{_school_body}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Forward (new text to the hotel) of a school's list of 7 minors with parents' names and mobiles.",
)

# 022 — My Numbers of referees for the 支払調書, to the tax accountant
_p = people("022", 6, years=(1955, 1985))
_r = block_of("022")
add(
    id="sports-022",
    sender=WAKASA,
    to=["みなと会計事務所 担当 葛西様 <kasai@minato-kaikei.jp>"],
    subject="報酬支払調書の作成依頼（大会審判員分）",
    charset="iso-2022-jp",
    body=f"""みなと会計事務所
葛西様

お世話になっております。日の出産業経理部の若狭です。
ひので湾岸マラソンの審判員謝金について、支払調書の作成をお願いいたします。
下記6名分です（個人番号は本人から提供を受けた番号カードの写しで確認済み）。

""" + "\n".join(
        f"({i + 1}) 氏名：{p.name}\n    住所：{p.addr_kanji}\n    個人番号：{my_number(2200 + i)}\n"
        f"    支払金額：{_r.choice([30000, 45000, 15000, 60000]):,}円（源泉徴収 {_r.choice([3063, 4594, 1531, 6126]):,}円）"
        for i, p in enumerate(_p)) + f"""

よろしくお願いいたします。
{SIG_WAKASA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="Six referees' My Numbers and addresses, one block each, to an outside accounting office.",
)

# 023 — one lecturer's My Number in running text, to the outsourced payroll desk
add(
    id="sports-023",
    sender=WAKASA,
    to=["BPOセンター 給与計算チーム <kyuyo-team@hinata-bpo.co.jp>"],
    subject="講師謝金 源泉処理の件（1件）",
    body=f"""ひなたBPO 給与計算チーム ご担当者様

経理部の若狭です。いつもありがとうございます。
3/20のランニング教室でゲスト講師をお願いした八月一日 凛さんの謝金について、
源泉徴収の処理をお願いします。ご本人の個人番号は{zen(my_number(23))}です。
金額は100,000円（税込）、支払日は4/25です。

以上、よろしくお願いいたします。
{SIG_WAKASA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="One person's My Number (full-width digits) in a sentence to an outside payroll vendor.",
)

# 024 — health insurance card data of an injured player, to the clinic
add(
    id="sports-024",
    sender=SAGARA,
    to=["港北スポーツ整形外科クリニック 受付 <uketsuke@kohoku-sportsclinic.jp>"],
    subject="受診予約のお願い（4/8 午前）",
    body=f"""港北スポーツ整形外科クリニック
受付ご担当者様

お世話になっております。日の出産業陸上部トレーナーの相楽です。
下記選手の受診予約をお願いいたします。初診です。

【氏名】　　　　丹生 虎太郎（ニウ コタロウ）
【生年月日】　　平成14年2月9日
【保険証】　　　健康保険 日の出産業健康保険組合
　　　　　　　　保険者番号 06139025　記号 ５１２　番号 ２０８７
【希望日時】　　4月8日（水）午前
【症状】　　　　左すね内側の痛み（2週間ほど前から）

当日は私が付き添います。よろしくお願いいたします。

{SIG_SAGARA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Health insurance card symbol/number and symptoms of a named player to an external clinic.",
)

# 025 — basic pension numbers of new players, to the 社労士 office
_p = people("025", 5, years=(2002, 2004))
add(
    id="sports-025",
    sender=USAMI,
    to=["社会保険労務士法人 さつき 手続担当 <tetsuzuki@satsuki-sr.jp>"],
    subject="4月入社 選手5名の資格取得届について",
    body=f"""社会保険労務士法人さつき
手続担当 ご担当者様

お世話になっております。日の出産業の宇佐美です。
4/1付で入社する陸上競技部の新人選手5名について、資格取得届の作成をお願いします。

""" + "\n".join(f"・{p.name}　{wareki(p.dob, 'short')}生　基礎年金番号 {p.pension}" for p in _p) + f"""

いずれも大学からの新卒で、扶養家族はおりません。
{SIG_USAMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="Basic pension numbers with names and DOBs of five new players to an external 社労士 office.",
)

# 026 — volunteer drivers' licence numbers, comma separated, to a rental car company
_p = people("026", 6, years=(1960, 1995))
_r = block_of("026")
add(
    id="sports-026",
    sender=NOTO,
    to=["ワンガンレンタカー 法人窓口 <hojin@wangan-rentacar.co.jp>"],
    subject="伴走車（先導車）の運転者登録",
    body="ワンガンレンタカー 法人窓口 御中\n\nお世話になっております。\n"
         "大会当日の先導車・伴走車6台の運転者について、事前登録をお願いします。\n"
         "（申込書のフォーマットに合わせてカンマ区切りにしています）\n\n"
         "氏名,生年月日,運転免許証番号,免許の色,車両\n"
         + "\n".join(f"{p.name},{ymd(p.dob)},{p.license},{_r.choice(['ゴールド', 'ブルー', 'ゴールド'])},{c}"
                     for p, c in zip(_p, ["先導1", "先導2", "伴走A", "伴走B", "収容車", "救護車"]))
         + f"\n\nよろしくお願いします。\n\n{SIG_NOTO}\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="Six drivers' licence numbers and DOBs as comma-separated lines in the body to a rental company.",
)

# 027 — a player's religion mentioned while ordering meals
add(
    id="sports-027",
    sender=KURISU,
    to=["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    subject="夏合宿 食事メニューのご相談",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
ケータリング事業部 ご担当者様

いつもお世話になっております。日の出産業の栗栖です。
8月の合宿のお食事について、1点ご配慮をお願いしたいことがございます。

今年から加入したハッサン・アブディ選手がイスラム教徒のため、豚肉・アルコールを
使わないメニュー（可能であればハラール対応のお肉）をご用意いただけますでしょうか。
ラマダン期間とは重ならない見込みです。

その他の人数・日程は先日お送りしたとおりです。
{SIG_KURISU}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named player's religion (要配慮: 信条) given in passing to an external caterer.",
)

# 028 — a player who was a stalking victim; a fan's arrest record — to the venue security firm
add(
    id="sports-028",
    sender=ISSHIKI,
    to=["セントラル警備保障 新横浜営業所 <shinyokohama@central-keibi.co.jp>"],
    subject="4/19 ホームゲーム 警備強化のお願い",
    body=f"""セントラル警備保障株式会社
新横浜営業所 ご担当者様

いつもお世話になっております。日の出サンライズの一色です。
4/19のホームゲームについて、追加の警備をお願いしたくご連絡しました。

当チームの二階堂 紬選手が昨年から特定のファンによるつきまといの被害を受けており、
2月に警察へ被害届を提出しています。相手の男性（40代、名前は御手洗と名乗っています）は
昨年11月にストーカー規制法違反で一度逮捕されたと警察から聞いています。

入場口と選手通路付近で特に注意していただけますでしょうか。
顔写真は当日、控室で警備責任者の方にお見せします。

{SIG_ISSHIKI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Names a player as a crime victim and a fan's arrest (要配慮) in running text to a security firm.",
)

# 029 — a volunteer applicant's disability, to the venue operator
add(
    id="sports-029",
    sender=NOTO,
    to=["みなとスポーツ振興財団 湾岸陸上競技場 管理事務所 <kanri@minato-sports.or.jp>"],
    subject="ボランティア受付ブースの設置場所について",
    body=f"""湾岸陸上競技場 管理事務所 御中

お世話になっております。ボランティアセンターの能登です。

当日、受付ブースを担当する瀬戸口 陽菜さんは車いすを使用されており、
身体障害者手帳（1種2級）をお持ちです。段差のないメインゲート側にブースを
設置させていただけないでしょうか。多目的トイレの位置も確認させてください。

お手数ですが、ご検討よろしくお願いいたします。
{SIG_NOTO}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named volunteer's disability and handicap certificate grade, sent to an external venue operator.",
)

# 030 — fan club members banned after police involvement, to the ticketing agency
_p = people("030", 5, years=(1965, 2000))
add(
    id="sports-030",
    sender=KAKEI,
    to=["チケットプラス 公演管理部 <kouen@ticketplus.co.jp>"],
    subject="販売停止対象者リストのご共有（SUNRISE CLUB）",
    body=f"""チケットプラス株式会社
公演管理部 御中

いつもお世話になっております。SUNRISE CLUB事務局の筧です。
昨シーズン中の迷惑行為により会員資格を停止した方々です。
先行販売・一般販売とも、以下の方のお申込みを受け付けないようお願いいたします。

  会員番号  氏名           電話番号        停止理由
  --------  -------------  --------------  ------------------------------
""" + "\n".join(f"  S{20318 + i * 211:07d}  {_pad(p.name, 13)}  {p.tel}   {r}" for i, (p, r) in enumerate(zip(_p, [
        "選手への暴言・つきまとい", "転売（警察に相談済み）", "会場内での暴行（逮捕）",
        "なりすまし入場", "SNSでの誹謗中傷"]))) + f"""

ご対応のほどよろしくお願いいたします。
{SIG_KAKEI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Five banned members with names, phones and reasons incl. an arrest, to a ticketing agency.",
)


# 031 — fitness members without a name column, UTF-8 CSV, to a marketing agency
_p = people("031", 10, years=(1948, 2003))
_r = block_of("031")
add(
    id="sports-031",
    sender=SAOTOME,
    to=["リーチワークス 分析チーム 桐生様 <kiryu@reachworks.jp>"],
    subject="退会予測モデル用のサンプルデータ",
    body=f"""桐生様

お世話になっております。ヒノデフィットネスの早乙女です。
ご依頼のあった退会予測用のサンプルです。
氏名は抜いてありますので、個人情報にはあたらないかと思いますがいかがでしょうか。
まずは10件で形式をご確認いただき、問題なければ全件（約3,800件）をお送りします。

{SIG_SAOTOME}
""",
    attachments=[{
        "kind": "csv", "name": "sample_members.csv", "encoding": "utf-8",
        "rows": [["member_id", "birth_date", "gender", "zip", "tel", "email", "plan", "joined", "visits_90d"]] + [
            [f"K{700120 + i * 9}", ymd(p.dob, "-"), "F" if p.sex == "女" else "M", p.zip, p.tel, p.mail,
             _r.choice(["FULL", "DAY", "NIGHT", "SWIM"]), f"20{_r.randint(15, 25)}-{_r.randint(1, 12):02d}-01",
             _r.randint(0, 60)] for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="Ten member rows without names but with DOB, phone and e-mail (still identifiable) to a marketing firm.",
)

# 032 — finishers, one record per block, to the partner printer for certificates
_p = people("032", 6, years=(1950, 2000))
_r = block_of("032")
add(
    id="sports-032",
    sender=SAEGUSA,
    to=["錦印刷 制作部 水谷様 <mizutani@nishiki-insatsu.co.jp>"],
    subject="完走証 再発行分（郵送）のお願い",
    charset="shift_jis",
    body=f"""錦印刷株式会社
制作部 水谷様

いつもお世話になっております。ひので湾岸マラソン事務局の三枝です。
完走証の再発行依頼が6件届きましたので、印刷と郵送をお願いいたします。

""" + "\n".join(f"""【{i + 1}】
　ナンバー：{zen(str(30000 + _r.randint(1, 9999)))}
　氏名　　：{p.name}　様
　記録　　：{_r.randint(2, 5)}時間{_r.randint(0, 59):02d}分{_r.randint(0, 59):02d}秒
　送付先　：〒{zen(p.zip)}　{p.addr_kanji}
　電話　　：{p.home}
""" for i, p in enumerate(_p)) + f"""
以上です。よろしくお願いいたします。

{SIG_SAEGUSA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Six finishers, one block each with home address and phone, to the partner printer.",
)

# 033 — bullet list of high-school coaches' personal mobiles, to the federation
add(
    id="sports-033",
    sender=KUROKI,
    to=["県陸上競技協会 普及委員会 <fukyu@kanagawa-rikkyo.or.jp>"],
    subject="中高生向け長距離クリニック 講師・引率者の連絡先",
    body=f"""県陸上競技協会 普及委員会 御中

お世話になっております。日の出産業陸上部の黒木です。
クリニック当日の引率の先生方の連絡先をまとめました。
雨天中止の場合は、前日17時までに各先生の携帯へ直接ご連絡をお願いします。

・北斗高校　　　須藤 学 先生　　　090-2231-7784　sudo.manabu.run@gmail.com
・湾岸中央中学　蓬田 晴美 先生　　080-5519-0342
・青嵐高校　　　猪熊 篤 先生　　　070-3318-9021（LINE可）
・みなと第二中学　東海林 千尋 先生　090-8840-1267
・城南学園高校　九十九 隆之 先生　080-6602-4418　tsukumo.t@yahoo.co.jp

（学校代表番号ではつながらない時間帯のため、先生方の了承を得て個人携帯を載せています）

{SIG_KUROKI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="Five teachers' personal mobiles (some private e-mails) as ・bullets to a federation.",
)

# 034 — camp participants with emergency contacts in a PDF table, to the bus company
_p = people("034", 16, years=(1996, 2006))
_fam = people("034f", 16, years=(1960, 1980))
add(
    id="sports-034",
    sender=KURISU,
    to=["湘南観光バス 配車センター <haisha@shonan-kankobus.co.jp>"],
    subject="貸切バス運行表・乗車名簿（8/3 菅平行き）",
    body=f"""湘南観光バス株式会社
配車センター ご担当者様

お世話になっております。日の出産業の栗栖です。
8/3の運行について、乗車名簿をPDFでお送りします。
事故等の際の緊急連絡先も記載しています。

{SIG_KURISU}
""",
    attachments=[{
        "kind": "pdf", "name": "乗車名簿_0803.pdf", "title": "乗車名簿",
        "lines": ["貸切バス 乗車名簿　2026年8月3日（月）横浜 → 菅平", "日の出産業株式会社 陸上競技部", ""],
        "table": [["No", "氏名", "性別", "携帯", "緊急連絡先（続柄）", "緊急連絡先 電話"]] + [
            [str(i + 1), p.name, p.sex, p.tel, f"{f.name}（{'父' if f.sex == '男' else '母'}）", f.home]
            for i, (p, f) in enumerate(zip(_p, _fam))],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF passenger list of 16 athletes with mobiles and family emergency contacts to a bus company.",
)

# 035 — DOCX with names and cardiac screening findings, to a university lab
_p = people("035", 7, years=(1998, 2005), sex="男")
add(
    id="sports-035",
    sender=SAGARA,
    to=["城南体育大学 スポーツ医学研究室 森下准教授 <morishita@jonan-taidai.ac.jp>"],
    subject="共同研究：心電図スクリーニング結果（要フォロー者）",
    body=f"""森下先生

お世話になっております。日の出産業陸上部の相楽です。
共同研究の件、心電図スクリーニングで要フォローとなった選手の一覧をWordでお送りします。
二次検査の日程調整をお願いできればと思います。

{SIG_SAGARA}
""",
    attachments=[{
        "kind": "docx", "name": "心電図要フォロー者一覧.docx",
        "paragraphs": ["心電図スクリーニング 要フォロー者一覧（2026年5月）", ""],
        "tables": [[["氏名", "年齢", "所見", "既往歴", "判定"]] + [
            [p.name, str(age(p.dob)), f, h, j] for p, f, h, j in zip(_p, [
                "完全右脚ブロック", "WPW型心電図", "二度房室ブロック（Wenckebach）", "心室性期外収縮 多発",
                "QT延長（QTc 468ms）", "T波陰転（V1-V3）", "洞性徐脈 38bpm"], [
                "なし", "動悸（高校時）", "なし", "なし", "失神1回（2023）", "家族歴：突然死（叔父）", "なし"], [
                "経過観察", "要精査", "要精査", "ホルター心電図", "要精査・運動制限検討", "心エコー", "経過観察"])]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Seven named players' ECG findings and medical history in a DOCX table to an outside university.",
)

# 036 — plain ZIP holding a CSV and an XLSX of fan club members, to a printer
_p = people("036", 25, years=(1950, 2010))
_r = block_of("036")
add(
    id="sports-036",
    sender=KAKEI,
    to=["ワークス印刷 DM担当 <dm@works-print.co.jp>"],
    subject="会報誌 春号 DM宛名データ",
    body=f"""ワークス印刷 DM担当 御中

SUNRISE CLUB事務局の筧です。
会報誌 春号の宛名データをZIPでお送りします。
CSVが宛名ラベル用、Excelは封入物の仕分け用です。

{SIG_KAKEI}
""",
    attachments=[{
        "kind": "zip", "name": "会報春号_宛名.zip",
        "files": [
            {"kind": "csv", "name": "atena.csv", "encoding": "cp932",
             "rows": [["会員番号", "郵便番号", "住所", "氏名"]] + [
                 [f"{50231 + i * 3}", p.zip, p.addr, f"{p.name} 様"] for i, p in enumerate(_p)]},
            {"kind": "xlsx", "name": "shiwake.xlsx",
             "sheets": {"仕分け": [["会員番号", "氏名", "ランク", "電話"]] + [
                 [f"{50231 + i * 3}", p.name, _r.choice(["ゴールド", "レギュラー", "キッズ"]), p.tel]
                 for i, p in enumerate(_p)]}},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Unencrypted ZIP with a CSV and XLSX of 25 fan club members' addresses and phones to a printer.",
)

# 037 — reply: quoted text is harmless, the new text lists five people with phones in prose
add(
    id="sports-037",
    sender=NOTO,
    to=["湾岸公園 管理事務所 小田切様 <odagiri@wangan-park.or.jp>"],
    subject="Re: 当日の鍵の受け渡しについて",
    body=f"""小田切様

ご連絡ありがとうございます。
当日、鍵の受け取りに伺う可能性があるのは、リーダーの宍戸 大翔さん（090-4471-2286）、
副リーダーの纐纈 葵さん（080-3390-6615）、それから早番の上遠野 健太さん（070-2281-0954）、
蓬田 沙織さん（090-7702-3318）、鮫島 和也さん（080-1146-7720）の5名です。
いずれかの者が伺いますので、お手数ですがよろしくお願いいたします。

能登

> 能登様
> お世話になっております。湾岸公園管理事務所の小田切です。
> 当日の倉庫の鍵は、6:30から管理事務所窓口でお渡しします。
> 受け取りに来られる方のお名前と連絡先を事前に教えていただけますか。
> 小田切

{SIG_NOTO}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="New reply text names five volunteers with their mobiles in running prose (no table) to a park office.",
)

# 038 — English mail to a player agent with passport number and DOB
add(
    id="sports-038",
    sender=HAMAGUCHI,
    to=["Peter Omondi <peter.omondi@pacificsportsmgmt.com>"],
    subject="Contract renewal - Joseph Kiptoo Chebet",
    body=f"""Dear Peter,

Thank you for your call yesterday. For the renewal contract and the COE application
we have filled in the following details for Joseph. Could you double-check them
against his new passport?

  Full name:       CHEBET Joseph Kiptoo
  Date of birth:   14 March 2001
  Nationality:     Kenya
  Passport No.:    AK0734519 (issued 2 Feb 2026, expires 1 Feb 2036)
  Annual salary:   JPY 6,000,000 + race bonuses

We would like to send the signed contract by 30 April.

Best regards,

{SIG_HAMAGUCHI}
{DISCLAIMER_EN}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="A named player's passport number and DOB in an English mail to an external agent.",
)

# 039 — school, federation and travel agency all visible in To/Cc
add(
    id="sports-039",
    sender=KURISU,
    to=["北斗高校 陸上部 須藤先生 <sudo.manabu@hokuto-hs.ed.jp>"],
    cc=["東日本実業団陸上競技連盟 普及担当 <fukyu@higashi-jitsugyodan.or.jp>",
        "東西ツーリスト 杉浦様 <sugiura@tozai-tourist.co.jp>",
        f"r.kuroki@{D}"],
    subject="合同合宿（3月・富津）の日程調整",
    body=f"""須藤先生
（cc：連盟 普及担当様、東西ツーリスト 杉浦様、弊社 黒木）

お世話になっております。日の出産業の栗栖です。
3月の合同合宿ですが、宿の都合で下記2案のいずれかとなりそうです。

　A案：3/24（火）〜3/27（金）
　B案：3/26（木）〜3/29（日）

学校行事とのご都合をお聞かせいただけますでしょうか。
連盟様には指導者派遣の可否を、杉浦様にはバスの仮押さえをお願いしております。

{SIG_KURISU}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Three external organisations (school, federation, travel agent) see each other in To/Cc.",
)

# 040 — partner carrier with the 'co.' dropped
add(
    id="sports-040",
    sender=ISSHIKI,
    to=["青葉運輸 新横浜センター <shinyokohama@aoba-unyu.jp>"],
    subject="遠征用具の集荷依頼（5/2 大阪）",
    charset="iso-2022-jp",
    body=f"""青葉運輸 新横浜センター 御中

いつもお世話になっております。日の出サンライズの一色です。
大阪遠征の用具（ボールケース3、救急箱1、ユニフォームケース2）の集荷をお願いします。

　集荷：5/1（金）15時　ヒノデアリーナ 搬入口
　届け先：大阪市中央体育館 搬入口（5/2 9時必着）

よろしくお願いいたします。
{SIG_ISSHIKI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu.jp drops the 'co.' of the partner aoba-unyu.co.jp.",
)

# 041 — partner IT vendor with 'rn' for 'm'
add(
    id="sports-041",
    sender=SAEGUSA,
    to=["ツバサシステム サポート <support@tsubasa-systern.jp>"],
    subject="エントリーシステム 定員到達時の自動締切について",
    body=f"""ツバサシステム サポートご担当者様

ひので湾岸マラソン事務局の三枝です。
エントリーシステムの設定についてご質問です。

10kmの部は定員2,000名ですが、定員到達時にキャンセル待ち受付に自動で
切り替えることは可能でしょうか。昨年は手動で切り替えたため、数十名の超過が出ました。

ご回答よろしくお願いいたします。
{SIG_SAEGUSA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-systern.jp uses 'rn' for 'm' — homoglyph look-alike of the partner tsubasa-system.jp.",
)

# 042 — partner printer with a hyphen in place of the dot
add(
    id="sports-042",
    sender=SAEGUSA,
    to=["錦印刷 営業 <eigyo@nishiki-insatsu-co.jp>"],
    subject="ナンバーカード 校正（2校）",
    body=f"""錦印刷 営業ご担当者様

お世話になっております。三枝です。
ナンバーカードの2校、確認いたしました。以下2点だけ修正をお願いします。

1. フルの部のカラーをDIC 156 → DIC 158 に
2. 裏面の緊急連絡先記入欄の罫線を0.25ptに

修正後の3校をPDFでいただけますと幸いです。
{SIG_SAEGUSA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-insatsu-co.jp replaces the dot with a hyphen: look-alike of nishiki-insatsu.co.jp.",
)

# 043 — DOCX with a 取扱注意 page header; the mail itself looks harmless
add(
    id="sports-043",
    sender=KUSUDA,
    to=["スポーツリンクス 代表 真鍋様 <manabe@sportslinks.jp>"],
    subject="来季体制についての資料",
    body=f"""真鍋様

お世話になっております。楠田です。
先日ご相談した来季の体制について、部内資料をお送りします。
移籍の打診先について、お考えをお聞かせいただければ幸いです。

{SIG_KUSUDA}
""",
    attachments=[{
        "kind": "docx", "name": "2027体制検討メモ.docx", "page_header": "取扱注意",
        "title": "2027年度 陸上競技部 体制検討メモ",
        "paragraphs": [
            "2027年度 陸上競技部 体制検討メモ（取扱注意）",
            "1. 基本方針：ニューイヤー駅伝 8位以内を目標とし、中距離ブロックを強化する。",
            "2. 外国人選手枠：現行2名を維持。1名は契約満了につき入替を検討。",
            "3. 監督人事：現監督の契約を1年延長し、後任候補を並行して探す。",
            "4. 予算：強化費を前年比 +8% で要求する。",
        ],
        "tables": [[["項目", "現状", "来季案"], ["登録選手数", "25", "27"], ["スタッフ", "6", "7"],
                    ["外国人選手", "2", "2"]]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="The DOCX carries a 取扱注意 page header and title; the covering mail does not say so.",
)

# 044 — PDF footer "Confidential - Internal Only", to an agency
add(
    id="sports-044",
    sender=KAKEI,
    to=["クリエイトワン 企画部 <kikaku@create-one.co.jp>"],
    subject="ファンクラブリニューアル 企画書（ご参考）",
    body=f"""クリエイトワン 企画部 御中

SUNRISE CLUB事務局の筧です。
来季のファンクラブリニューアルについて、社内で承認された企画書をお送りします。
これをベースにデザイン案のお見積りをお願いできますでしょうか。

{SIG_KAKEI}
""",
    attachments=[{
        "kind": "pdf", "name": "SUNRISE_CLUB_renewal_plan.pdf",
        "page_footer": "Confidential - Internal Only / 日の出産業株式会社",
        "lines": ["SUNRISE CLUB リニューアル企画書（2026年度）", "",
                  "1. 現状：会員数 8,412名（前年比 -6.2%）、継続率 71%",
                  "2. 課題：若年層の新規入会が減少、デジタル会員証への要望",
                  "3. 施策：年会費を 4,000円 → 3,500円、アプリ会員証、選手オンライントーク会",
                  "4. 収支計画：初年度 会費収入 31,500千円、システム費 9,800千円",
                  "5. スケジュール：6月 仕様確定、9月 先行募集、10月 開始"],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="Every page of the PDF carries a 'Confidential - Internal Only' footer; sent to an outside agency.",
)

# 045 — 【部外秘】 in the subject, players' salaries, to the partner law firm
_p = people("045", 6, years=(1994, 2003))
_r = block_of("045")
add(
    id="sports-045",
    sender=KUSUDA,
    to=["白川法律事務所 弁護士 白川様 <shirakawa@shirakawa-law.jp>"],
    subject="【部外秘】選手契約更改 条件一覧（ご確認のお願い）",
    body=f"""白川先生

いつもお世話になっております。日の出産業スポーツ事業部の楠田です。
来季の選手契約（嘱託契約）更改について、条件一覧をお送りします。
成果報酬条項の書きぶりについて、ご意見をいただけますでしょうか。

""" + grid(["選手", "契約区分", "基本報酬（年）", "成果報酬上限", "契約期間"],
           [[p.name, _r.choice(["嘱託A", "嘱託B", "プロ契約"]), f"{_r.randint(40, 120) * 100000:,}円",
             f"{_r.randint(5, 30) * 100000:,}円", _r.choice(["1年", "2年"])] for p in _p], rule="=") + f"""

よろしくお願いいたします。
{SIG_KUSUDA}
""",
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["confidential_marking", "personal_data"],
    note="【部外秘】 in the subject, plus six named players' pay terms, to the (external) partner law firm.",
)


# 046 — corrupt DOCX (visa papers) to the immigration lawyer
add(
    id="sports-046",
    sender=HAMAGUCHI,
    to=["あおい行政書士事務所 <info@aoi-gyosei.jp>"],
    subject="在留資格認定証明書交付申請 書類（新加入選手）",
    body=f"""あおい行政書士事務所 御中

お世話になっております。日の出産業の濱口です。
新加入予定の外国人選手の申請書類（ドラフト）をお送りします。
記入漏れがないかご確認いただけますと幸いです。

{SIG_HAMAGUCHI}
""",
    attachments=[{"kind": "corrupt", "name": "COE申請書_ドラフト.docx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="The DOCX attachment is corrupt, so it cannot be checked before leaving.",
)

# 047 — English mail, password ZIP, to the overseas camp host
add(
    id="sports-047",
    sender=HAMAGUCHI,
    to=["High Altitude Training Centre <bookings@iten-hatc.co.ke>"],
    subject="Hinode Sangyo AC - participant list for November camp",
    body=f"""Dear Ms. Jepkosgei,

Thank you for confirming our booking for 2-30 November.
Please find attached the participant list with dietary notes and emergency contacts.
The file is password-protected; I will send the password via WhatsApp.

Kind regards,

{SIG_HAMAGUCHI}
""",
    attachments=[{
        "kind": "zip", "name": "participants_Nov2026.zip", "password": "Iten2026!",
        "files": [{"kind": "xlsx", "name": "participants.xlsx",
                   "sheets": {"List": [["Name", "DOB", "Passport", "Mobile"]] + [
                       [p.roma, ymd(p.dob, "-"), p.passport, p.tel] for p in people("047", 9)]}}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="Password-protected ZIP (AES) to a foreign camp host: contents cannot be inspected.",
)

# 048 — the entry system's export mail attached as .eml, for bug investigation
_p = people("048", 10, years=(1960, 2005))
_inner = {
    "sender": f"noreply@entry.{D}",
    "to": [f"m.saegusa@{D}"],
    "subject": "[エントリーシステム] 本日の新規申込（10件）",
    "body": "本日の新規申込は以下のとおりです。\n\n"
            + "\n".join(f"申込ID:{88400 + i}  {p.name}  {p.kana}  {ymd(p.dob)}  {p.tel}  {p.mail}  〒{p.zip} {p.addr}"
                        for i, p in enumerate(_p))
            + "\n\n※このメールは送信専用です。\n",
}
add(
    id="sports-048",
    sender=SAEGUSA,
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="文字化けの件（通知メールを添付します）",
    body=f"""ツバサシステム サポートご担当者様

三枝です。昨日お電話でお話しした、通知メールのフリガナが一部文字化けする件です。
実際に届いたメールをそのまま添付しますので、ご確認をお願いいたします。

{SIG_SAEGUSA}
""",
    attachments=[{"kind": "eml", "name": "本日の新規申込.eml", "message": _inner}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="An attached .eml holds ten applicants' full records; attached mail is new content for the vendor.",
)

# 049 — legacy XLS of children's running class with guardians, to the insurer
_k = people("049k", 14, years=(2014, 2019))
_g = people("049g", 14, years=(1978, 1990))
add(
    id="sports-049",
    sender=USAMI,
    to=["あさひ損害保険 横浜支店 団体担当 <yokohama-dantai@asahi-sonpo.co.jp>"],
    subject="キッズランニング教室（春期）行事保険 加入者の件",
    body=f"""あさひ損害保険株式会社 横浜支店
団体ご担当 様

お世話になっております。日の出産業の宇佐美です。
キッズランニング教室（春期・全8回）の行事保険について、参加者名簿を添付します。
古いExcel形式で申し訳ありません。

{SIG_USAMI}
""",
    attachments=[{
        "kind": "xls", "name": "kids_spring_2026.xls",
        "sheets": {"参加者": [["No", "児童氏名", "ふりがな", "生年月日", "学年", "保護者氏名", "保護者連絡先"]] + [
            [i + 1, k.name, k.kana, wareki(k.dob), f"小{min(6, max(1, 2026 - k.dob[0] - 6))}",
             f"{k.sei} {g.mei}", g.tel] for i, (k, g) in enumerate(zip(_k, _g))]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Legacy XLS with 14 children (DOB in 和暦) and guardians' phones, to an insurer.",
)

# 050 — a member's heart condition, to a freelance trainer on Gmail
add(
    id="sports-050",
    sender=SAOTOME,
    to=["yamato.pt.fitness@gmail.com"],
    subject="パーソナル新規のお客様（4/12〜）",
    body=f"""大和さん

お疲れさまです。早乙女です。
4/12から担当をお願いしたい新規パーソナルのお客様についてです。

お名前は薬師寺 恵子様（68歳）です。
昨年ペースメーカーを入れていらっしゃって、主治医から心拍数130以下での運動を
指示されているそうです。高血圧の薬も服用中とのことでした。
初回はカウンセリング中心でお願いします。

よろしくお願いします。
{SIG_SAOTOME}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="A named member's pacemaker and medication (medical history) sent to a trainer's Gmail.",
)

# 051 — multipart text+HTML, foreign players' residence cards, to the immigration lawyer
_r = block_of("051")
_fp = [("ダニエル・キプロティッチ・ムワンギ", "ケニア"), ("ジョセフ・キプトー・チェベト", "ケニア"),
       ("ハッサン・アブディ", "エチオピア"), ("ルーカス・フェレイラ・ダ・シウバ", "ブラジル"),
       ("アナ・ベアトリス・コスタ", "ブラジル")]
_cards = [f"{_r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{_r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
          f"{_r.randint(0, 99999999):08d}{_r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{_r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
          for _ in _fp]
_exp = ["2026/06/29", "2026/09/14", "2027/03/31", "2026/11/02", "2027/01/20"]
add(
    id="sports-051",
    sender=HAMAGUCHI,
    to=["あおい行政書士事務所 青井先生 <aoi@aoi-gyosei.jp>"],
    subject="外国人選手 在留期限一覧（更新スケジュールのご相談）",
    body="青井先生\n\nお世話になっております。濱口です。\n外国人選手5名の在留期限を一覧にしました。\n\n"
         + "\n".join(f"{n}（{c}） 在留カード {k} 期限 {e}" for (n, c), k, e in zip(_fp, _cards, _exp))
         + f"\n\n更新の順番についてご相談させてください。\n\n{SIG_HAMAGUCHI}\n",
    html="<p>青井先生</p><p>お世話になっております。濱口です。<br>外国人選手5名の在留期限を一覧にしました。</p>"
         "<table border=1 cellspacing=0 cellpadding=3><tr><th>氏名</th><th>国籍</th><th>在留カード番号</th><th>在留期限</th></tr>"
         + "".join(f"<tr><td>{n}</td><td>{c}</td><td>{k}</td><td>{e}</td></tr>"
                   for (n, c), k, e in zip(_fp, _cards, _exp))
         + f"</table><p>更新の順番についてご相談させてください。</p><pre>{SIG_HAMAGUCHI}</pre>",
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="Five foreign players' residence card numbers (text + HTML table) to an external lawyer.",
)

# 052 — PPTX injury report naming players, to the title sponsor
add(
    id="sports-052",
    sender=ISSHIKI,
    to=["ミナミ飲料 宣伝部 宮下様 <miyashita@minami-inryo.co.jp>"],
    subject="前半戦 チーム状況のご報告資料",
    body=f"""宮下様

いつもご支援ありがとうございます。日の出サンライズの一色です。
先日の定例でお約束した前半戦のチーム状況報告資料をお送りします。
後半戦に向けた補強についても記載しております。

{SIG_ISSHIKI}
""",
    attachments=[{
        "kind": "pptx", "name": "前半戦報告_日の出サンライズ.pptx",
        "slides": [
            ["前半戦 チーム状況報告", "日の出サンライズ（日の出産業 女子バレーボール部）", "2026年1月"],
            ["戦績", "11勝7敗（リーグ5位）", "ホーム観客数 平均 2,140人"],
            ["故障者の状況", "No.3 一ノ瀬 楓：右肩腱板損傷、2月中旬復帰見込み",
             "No.7 十河 玲奈：左足関節捻挫（靱帯部分断裂）、リハビリ中",
             "No.12 比嘉 舞：腰椎椎間板ヘルニア、手術を検討",
             "No.15 金城 優花：脳震盪、復帰プロトコル進行中"],
            ["後半戦に向けて", "リベロの補強を検討", "メディカル体制の強化（トレーナー1名増員）"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PPTX slide names four players with their injuries/diagnoses; sent to a sponsor.",
)

# 053 — 休会 members with medical/pregnancy reasons, to the franchise HQ
_p = people("053", 7, years=(1960, 1996))
add(
    id="sports-053",
    sender=SAOTOME,
    to=["ボディライフ・ジャパン 加盟店支援部 <kameiten@bodylife-japan.co.jp>"],
    subject="3月 休会申請者の報告（港北NT店）",
    body=f"""ボディライフ・ジャパン 加盟店支援部 御中

港北ニュータウン店の早乙女です。
3月の休会申請者を報告いたします（本部フォーマットの項目に合わせています）。

""" + grid(["会員No", "氏名", "年齢", "休会期間", "理由"],
           [[f"KN-{3301 + i * 4}", p.name, str(age(p.dob)), per, why] for i, (p, per, why) in enumerate(zip(_p, [
               "4月〜6月", "4月〜9月", "4月", "4月〜5月", "4月〜7月", "4月〜6月", "4月〜8月"], [
               "妊娠・出産のため", "うつ病で療養中", "転勤", "乳がん手術・入院", "椎間板ヘルニア",
               "介護のため", "糖尿病の教育入院"]))], gap=3) + f"""

以上7名です。
{SIG_SAOTOME}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Seven named members with leave reasons including illnesses and pregnancy, to the franchise HQ.",
)

# 054 — four schools' teachers visible to each other
add(
    id="sports-054",
    sender=KUROKI,
    to=["須藤先生 <sudo.manabu@hokuto-hs.ed.jp>",
        "蓬田先生 <yomogita@wangan-chuo-jh.ed.jp>",
        "猪熊先生 <inokuma.a@seiran-hs.ed.jp>",
        "九十九先生 <tsukumo@jonan-gakuen.ed.jp>"],
    subject="長距離クリニック 雨天時の対応について",
    body=f"""先生方

お世話になっております。日の出産業陸上競技部の黒木です。
6/14（日）の長距離クリニックですが、雨天の場合は湾岸陸上競技場の
屋内走路に会場を変更して実施いたします（中止はいたしません）。

持ち物に室内用シューズを追加していただけますよう、生徒さんへのお声がけをお願いいたします。

{SIG_KUROKI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Four schools' teachers (four external organisations) visible to each other in To.",
)

# 055 — full-width digits table of fan event winners, to the event company
_p = people("055", 8, years=(1970, 2008))
add(
    id="sports-055",
    sender=KAKEI,
    to=["イベントプロ 運営部 <unei@eventpro.co.jp>"],
    subject="選手ふれあいイベント 当選者（８名）",
    charset="cp932",
    body=f"""イベントプロ株式会社
運営部 御中

お世話になっております。SUNRISE CLUB事務局の筧です。
５／２４の選手ふれあいイベントの当選者が決まりました。
当日の受付と、雨天時の連絡をお願いいたします。

""" + grid(["受付番号", "当選者", "ご連絡先", "同伴"],
           [[zen(f"{i + 1:03d}"), p.name2, zen(p.tel), "あり" if i % 3 == 0 else "なし"] for i, p in enumerate(_p)],
           fill="　", rule="＝") + f"""

よろしくお願いいたします。
{SIG_KAKEI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Eight winners' names and full-width phone numbers in a full-width-padded table to an event firm.",
)


# =============================================================================================
# 056-096, 100: must go
# =============================================================================================

# 056 — internal only: direct-debit failures with bank accounts, to accounting
_p = people("056", 12, years=(1950, 2000))
_r = block_of("056")
_banks = ["みどり銀行", "ゆうちょ銀行", "横浜湾岸信用金庫", "さくら台銀行", "みどり銀行", "東都銀行"]
add(
    id="sports-056",
    sender=SAOTOME,
    to=[f"経理部 若狭 <t.wakasa@{D}>"],
    cc=[f"fitness-honbu@{D}"],
    subject="3月分 口座振替不能者一覧（港北NT店）",
    body=f"""若狭さん

お疲れさまです。港北NT店の早乙女です。
3月分の口座振替で不能となった会員の一覧を添付します。
店頭での現金回収に切り替える予定です。

{SIG_SAOTOME}
""",
    attachments=[{
        "kind": "xlsx", "name": "振替不能_202603_港北NT.xlsx",
        "sheets": {"不能一覧": [["2026年3月 口座振替不能者一覧（港北NT店）"],
                              ["会員番号", "氏名", "電話", "金融機関", "支店", "種別", "口座番号", "不能理由"]] + [
            [f"KN-{2100 + i * 7}", p.name, p.tel, _r.choice(_banks), _r.choice(["本店", "港北支店", "日吉支店", "新横浜支店"]),
             "普通", f"{_r.randint(1000000, 9999999)}", _r.choice(["資金不足", "資金不足", "口座解約", "取引なし"])]
            for i, p in enumerate(_p)]},
    }],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="Member bank-account list, but every recipient is internal (hinode-sangyo.co.jp).",
)

# 057 — injury list to the team doctor on an internal subdomain
_p = people("057", 6, years=(1997, 2005))
add(
    id="sports-057",
    sender=SAGARA,
    to=[f"有馬 克己 <k.arima@clinic.{D}>"],
    subject="今週の故障者と回診のお願い",
    body=f"""有馬先生

お疲れさまです。相楽です。
今週の故障者です。木曜の回診でご確認をお願いします。

""" + "\n".join(f"{i + 1}) {p.name}　{x}　{y}" for i, (p, x, y) in enumerate(zip(_p, [
        "右大腿二頭筋 肉離れ", "足底腱膜炎", "右第2中足骨 疲労骨折", "鉄欠乏性貧血", "腸脛靱帯炎", "左足関節捻挫"], [
        "ジョグ再開", "治療継続", "免荷2週目", "鉄剤内服中", "ポイント練習回避", "テーピングで練習参加"]))) + f"""

{SIG_SAGARA}
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="Named players' diagnoses, but the only recipient is on an internal subdomain (clinic.hinode-sangyo.co.jp).",
)

# 058 — hotel list (businesses, not people) to the travel agency
add(
    id="sports-058",
    sender=KURISU,
    to=["東西ツーリスト 杉浦様 <sugiura@tozai-tourist.co.jp>"],
    subject="全日本実業団対抗 遠征時の宿泊候補",
    charset="cp932",
    body=f"""杉浦様

お世話になっております。栗栖です。
9月の全日本実業団（岐阜）で、競技場から近い宿の候補を挙げました。
例年の利用実績のあるところです。空き状況を確認いただけますか。

ホテル名                    所在地                          代表電話        競技場まで
--------------------------------------------------------------------------------------
ホテル長良川リバーサイド    岐阜県岐阜市長良福光2695-1       058-232-7711    車10分
ぎふ駅前イン                岐阜県岐阜市橋本町1-10-11        058-265-4400    車15分
グリーンパレス柳ケ瀬        岐阜県岐阜市日ノ出町2-12         058-262-3318    車12分
旅館 鵜飼荘                 岐阜県岐阜市湊町405              058-262-0908    車8分
ビジネスホテル金華          岐阜県岐阜市金宝町1-5-6          058-263-2251    車14分

人数は選手20名・スタッフ6名、9/18〜9/21の3泊です。

{SIG_KURISU}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="A list of hotels with their addresses and switchboards: businesses, not people.",
)

# 059 — partner schools with their main numbers, to the federation
add(
    id="sports-059",
    sender=KUROKI,
    to=["県陸上競技協会 普及委員会 <fukyu@kanagawa-rikkyo.or.jp>"],
    subject="巡回指導 対象校一覧（2026年度）",
    body=f"""普及委員会 御中

お世話になっております。黒木です。
今年度の巡回指導の対象校をまとめました。学校への連絡は代表番号経由でお願いします。

・県立北斗高等学校　　横浜市旭区南本宿町12-3　　045-351-2201　部員 34名
・湾岸市立中央中学校　湾岸市中央2-8-1　　　　　 045-770-3140　部員 21名
・私立青嵐高等学校　　川崎市高津区二子5-1-1　　 044-811-5500　部員 48名
・みなと市立第二中学校 みなと市港南4-22　　　　 045-842-0613　部員 17名
・城南学園高等学校　　横浜市港南区日野7-3-30　 045-833-9901　部員 29名

{SIG_KUROKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Schools with their addresses and main switchboards: a list of organisations, not people.",
)

# 060 — mail about the NDA with a sponsor candidate
add(
    id="sports-060",
    sender=KUSUDA,
    to=["アルファ通信 経営企画部 片桐様 <katagiri@alpha-tsushin.co.jp>"],
    subject="秘密保持契約書（案）へのコメント",
    charset="iso-2022-jp",
    body=f"""片桐様

お世話になっております。日の出産業スポーツ事業部の楠田です。
スポンサー契約のご検討に先立ち、秘密保持契約書（案）を拝見しました。
弊社法務からのコメントは以下の2点です。

1. 第2条（秘密情報の定義）：口頭で開示された情報は、開示後30日以内に書面で
   特定したものに限る、との一文を追加させていただきたい。
2. 第8条（有効期間）：契約終了後3年間 → 2年間としたい。

その他の条項は御社案のままで問題ございません。
修正版をお送りいただければ、押印の手続きを進めます。

{SIG_KUSUDA}
{DISCLAIMER_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Mail about an NDA (秘密保持契約) plus a standard disclaimer: no marking, nothing personal.",
)

# 061 — ordinary booking mail with the Japanese disclaimer
add(
    id="sports-061",
    sender=ISSHIKI,
    to=["湘南観光バス 配車センター <haisha@shonan-kankobus.co.jp>"],
    subject="5/16 アウェー戦 バス1台のお願い",
    charset="iso-2022-jp",
    body=f"""湘南観光バス株式会社
配車センター 御中

いつもお世話になっております。日の出サンライズの一色です。
下記のとおり貸切バスをお願いいたします。

　日　時：5月16日（土）7:00 ヒノデアリーナ発 → 10:30 静岡県草薙総合運動場体育館着
　復　路：同日 17:30 発
　人　数：選手16名、スタッフ7名（大型1台）
　荷　物：ボールケース、救急箱など トランク半分程度

お見積りをいただけますと幸いです。

{SIG_ISSHIKI}
{DISCLAIMER_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Ordinary bus booking; the 機密情報 wording is only the standard disclaimer.",
)

# 062 — three attendees with mobiles to the partner hotel
add(
    id="sports-062",
    sender=KUROKI,
    to=["さくらホテル 宿泊予約課 <yoyaku@sakura-hotel.jp>"],
    subject="下見の宿泊（3名）のお願い",
    body=f"""さくらホテル 宿泊予約課 御中

お世話になっております。日の出産業陸上部の黒木です。
夏合宿の下見で、6/5（金）に3名で1泊お願いしたく存じます。

　黒木 亮介（監督代理）　080-4417-2093
　小鳥遊 誠（コーチ）　　090-5528-0316
　栗栖 彩（運営）　　　　090-6284-1175

到着は20時頃になります。シングル3室でお願いします。

{SIG_KUROKI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Three staff with mobiles to a hotel: under five records, may warn but must go.",
)

# 063 — two external organisations: the hotel and the travel agency
add(
    id="sports-063",
    sender=KURISU,
    to=["さくらホテル 団体営業 <dantai@sakura-hotel.jp>"],
    cc=["東西ツーリスト 杉浦様 <sugiura@tozai-tourist.co.jp>", f"r.kuroki@{D}"],
    subject="菅平合宿 三者打合せの日程",
    body=f"""さくらホテル 団体営業ご担当者様
（cc：東西ツーリスト 杉浦様）

お世話になっております。日の出産業の栗栖です。
夏合宿の食事・輸送について、三者で一度お打合せできればと思います。
6/10（水）14時、6/11（木）10時のいずれかでご都合はいかがでしょうか。
オンライン（Teams）で30分程度を想定しております。

{SIG_KURISU}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="Two external organisations in To/Cc: a normal three-way meeting mail.",
)

# 064 — reply to one fan club member on free mail
add(
    id="sports-064",
    sender=KAKEI,
    to=["はやし みゆき <miyuki-h0203@yahoo.co.jp>"],
    subject="Re: 会員証が届きません",
    body=f"""はやし様

SUNRISE CLUB事務局の筧でございます。
このたびはご不便をおかけし、申し訳ございません。

お問い合わせの会員証につきまして、配送業者に確認いたしましたところ、
宛先不明で事務局に戻ってきておりました。
会員ページでご登録のご住所をご確認いただき、修正いただけましたら
すぐに再発送いたします。

引き続きSUNRISE CLUBをよろしくお願いいたします。

{SIG_KAKEI}

> はやしと申します。1月に入会しましたが、まだ会員証が届いておりません。
> 会員番号は S0031877 です。確認をお願いします。
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="Reply to one member's free-mail address about her own card; quoted text is hers.",
)

# 065 — the federation's official list only appears in the quoted part
_p = people("065", 6, years=(1955, 1980))
add(
    id="sports-065",
    sender=KUROKI,
    to=["東日本実業団陸上競技連盟 事務局 <jimukyoku@higashi-jitsugyodan.or.jp>"],
    subject="Re: 記録会 競技役員の配置について",
    body=f"""事務局 御中

ご連絡ありがとうございます。日の出産業の黒木です。
競技役員の配置、承知いたしました。当日は弊社から補助員を10名出します。
役員の皆さまの控室は本部棟2階の会議室をご用意しておきます。

{SIG_KUROKI}

> 日の出産業 黒木様
>
> 記録会の競技役員は以下のとおりです。
>
""" + "\n".join(f"> {r}：{p.name}（{p.tel}）" for r, p in zip(
        ["総務", "審判長（トラック）", "スターター", "周回記録", "写真判定", "招集所"], _p)) + """
>
> よろしくお願いいたします。
> 東日本実業団陸上競技連盟 事務局
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="The officials' phone list is only in the quoted text the recipient sent; the reply adds nothing personal.",
)

# 066 — corporate membership price list
add(
    id="sports-066",
    sender=SAOTOME,
    to=["川崎電機 人事部 福利厚生課 <fukuri@kawasaki-denki.co.jp>"],
    subject="法人会員プランのご案内（料金表）",
    html=f"""<div style="font-family:sans-serif">
<p>川崎電機株式会社<br>人事部 福利厚生課 御中</p>
<p>いつもお世話になっております。ヒノデフィットネスの早乙女です。<br>
先日お問い合わせいただいた法人会員プランの料金表をお送りします。</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>プラン</th><th>利用時間</th><th>月会費（税込）</th><th>法人割引後</th></tr>
<tr><td>法人フル</td><td>全営業時間</td><td>11,000円</td><td>8,800円</td></tr>
<tr><td>法人ナイト</td><td>平日18時以降・土日祝</td><td>7,700円</td><td>6,160円</td></tr>
<tr><td>法人スポット</td><td>都度利用（1回）</td><td>1,650円</td><td>1,320円</td></tr>
<tr><td>プール専用</td><td>全営業時間</td><td>6,600円</td><td>5,280円</td></tr>
</table>
<p>※入会金・事務手数料は法人プランでは無料です。<br>※10名以上のご利用で更に5%割引となります。</p>
<pre>{SIG_SAOTOME}</pre>
</div>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML price list to a partner company: no people, no marking.",
)

# 067 — uniform order with order numbers, product codes and tracking numbers
add(
    id="sports-067",
    sender=ISSHIKI,
    to=["フジタスポーツ チームオーダー課 <teamorder@fujita-sports.co.jp>"],
    subject="追加発注（注文番号 FS-2026-04418）と前回分の配送状況",
    body=f"""フジタスポーツ チームオーダー課 御中

いつもお世話になっております。日の出サンライズの一色です。
下記の追加発注をお願いいたします。

　注文番号：FS-2026-04418
　品番　　　　　　　　　　　色　　サイズ　数量
　VB-UF26H-01（ホーム上）　紺　　M　　　　2
　VB-UF26H-01（ホーム上）　紺　　L　　　　1
　VB-UP26-03（パンツ）　　　白　　M　　　　3
　KN-SPT-220（サポーター）　黒　　F　　　 10

また、前回分（FS-2026-03971）の配送状況を確認したところ、
青葉運輸の問い合わせ番号 4821-0937-5562 が「持戻り」となっていました。
再配達は4/9午前でお願いできますでしょうか。

{SIG_ISSHIKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Order number, product codes and a tracking number: business data, nothing personal.",
)

# 068 — volunteers correctly in Bcc, To is the sender's own address
add(
    id="sports-068",
    sender=NOTO,
    to=[f"volunteer@{D}"],
    bcc=["tomoka.ishida88@gmail.com", "kaz_hoshino@yahoo.co.jp", "aki-run@icloud.com",
         "m.kuwabara.0711@docomo.ne.jp", "satomi.k.0322@ezweb.ne.jp", "r.fukazawa@outlook.jp",
         "nakaji-runner@gmail.com", "yuuna.t@softbank.ne.jp", "hiro-mizu@yahoo.co.jp",
         "kenken.1979@gmail.com", "ayumi.hasu@icloud.com", "tetsu.o@hotmail.co.jp"],
    subject="【ボランティアの皆さまへ】事前説明会のご案内",
    body=f"""ボランティアの皆さま（Bccで一斉送信しています）

ひので湾岸マラソン ボランティアセンターの能登です。
事前説明会を下記のとおり開催します。

　日時：2月7日（土）10:00〜11:30
　会場：湾岸市民会館 3階 大会議室
　持ち物：筆記用具、受付でお渡ししたボランティアカード

ご欠席の場合は、このメールへの返信でお知らせください。

{SIG_NOTO}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="Twelve private volunteers addressed correctly in Bcc: nobody can see the others.",
)

# 069 — aggregate injury statistics, no individuals
add(
    id="sports-069",
    sender=SAGARA,
    to=["城南体育大学 スポーツ医学研究室 森下准教授 <morishita@jonan-taidai.ac.jp>"],
    subject="共同研究：2025年度 故障発生の集計",
    charset="cp932",
    body=f"""森下先生

お世話になっております。相楽です。
2025年度の故障発生状況を部位・種類別に集計しました（個人は特定できない形にしています）。

  部位          件数   主な内訳
  ------------  -----  -------------------------------
  足部・足関節    14   捻挫6、疲労骨折4、足底腱膜炎4
  下腿            11   シンスプリント7、肉離れ4
  膝              8    腸脛靱帯炎5、膝蓋腱炎3
  大腿            9    肉離れ9
  腰部            5    腰痛症4、分離症1
  ------------  -----
  合計            47   （登録選手25名、延べ）

月別では7〜8月の合宿期と、12月の駅伝直前に集中していました。
次回のミーティングで詳しくご相談させてください。

{SIG_SAGARA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Injury counts aggregated by body part: medical words but no identifiable person.",
)

# 070 — general heat-illness advice to the federation
add(
    id="sports-070",
    sender=SAGARA,
    to=["県陸上競技協会 医事委員会 <iji@kanagawa-rikkyo.or.jp>"],
    subject="夏季記録会の熱中症対策について（提案）",
    body=f"""医事委員会 御中

日の出産業陸上部トレーナーの相楽です。
7月の記録会の熱中症対策について、以下をご提案いたします。

・WBGT 28℃以上で 5000m のスタートを19時以降に変更
・招集所にミストファンと氷嚢を配置
・救護所に経口補水液を100本以上準備
・アイスバス（浸漬用）を最低2槽用意し、救護担当者に使用方法を事前共有

選手の体調不良が疑われる場合は、迷わず救護所に搬送する運用をお願いできればと思います。

{SIG_SAGARA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Generic heat-illness prevention measures; health vocabulary without any individual.",
)

# 071 — the word 社外秘 is only mentioned, the mail is not marked
add(
    id="sports-071",
    sender=KUSUDA,
    to=["ミナミ飲料 宣伝部 宮下様 <miyashita@minami-inryo.co.jp>"],
    subject="来季契約のお打合せについて",
    body=f"""宮下様

いつもお世話になっております。楠田です。
来季のスポンサー契約の件、4/22（水）15時に御社へ伺います。

なお、強化計画の詳細は弊社の社外秘資料にあたるため、メールではお送りせず、
当日紙でご覧いただく形とさせてください。お打合せ後に回収いたします。

当日はどうぞよろしくお願いいたします。

{SIG_KUSUDA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 is only mentioned (the document is withheld); the mail carries no marked content.",
)

# 072 — invoice for team entry fees with the company bank account and T-number
_cn = corp_number(72)
add(
    id="sports-072",
    sender=SAEGUSA,
    to=["北国フーズ 総務部 陸上部担当 <rikujo@kitaguni-foods.co.jp>"],
    subject="【請求書】ひので湾岸駅伝 チーム参加費",
    charset="cp932",
    body=f"""北国フーズ株式会社
総務部 陸上部ご担当者様

平素より大変お世話になっております。
ひので湾岸駅伝へのご参加、誠にありがとうございます。
チーム参加費を下記のとおりご請求申し上げます。

　請求番号：WE-2026-0117
　内容　　：ひので湾岸駅伝 実業団の部 参加費 2チーム
　金額　　：88,000円（税込、うち消費税 8,000円）
　お支払期限：2026年2月27日

　お振込先：みどり銀行 本店営業部 当座 0081234
　口座名義：ヒノデサンギヨウ（カ
　登録番号：T{_cn}

ご不明点がございましたら事務局までお問い合わせください。

{SIG_SAEGUSA}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="Invoice with the company's own bank account and T-number: business data, no personal data.",
)

# 073 — English mail to the overseas camp host about rooms
add(
    id="sports-073",
    sender=HAMAGUCHI,
    to=["High Altitude Training Centre <bookings@iten-hatc.co.ke>"],
    subject="Room allocation and meal times - November camp",
    body=f"""Dear Ms. Jepkosgei,

Thank you for the quick reply. Our final numbers for 2-30 November are:

  - 9 athletes (twin rooms x 4, single x 1)
  - 3 staff (single rooms x 3)
  - Breakfast at 8:30 after the morning run; dinner at 19:00
  - Access to the track on Tuesdays and Fridays, 9:00-11:00

Could you also arrange an airport transfer from Eldoret on 2 November (arriving 14:20)?

Best regards,

{SIG_HAMAGUCHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English logistics mail with room counts and times: no people's data.",
)

# 074 — participating company teams with their offices' numbers
add(
    id="sports-074",
    sender=SAEGUSA,
    to=["湾岸新聞社 運動部 <undo@wangan-shimbun.co.jp>"],
    subject="ひので湾岸駅伝 実業団の部 出場チーム一覧",
    body=f"""湾岸新聞社 運動部 御中

ひので湾岸駅伝 運営事務局の三枝です。
実業団の部の出場チームが確定しましたのでお知らせします。
取材のお申し込みは各チームの窓口（代表番号）へお願いいたします。

No,チーム名,所在地,窓口（代表）
1,日の出産業,横浜市中区,045-210-5531
2,川崎電機,川崎市幸区,044-520-1100
3,北国フーズ,札幌市中央区,011-231-4400
4,青葉運輸,仙台市宮城野区,022-298-7000
5,みどり銀行,東京都千代田区,03-3270-5511
6,湾岸ガス,湾岸市港町,045-770-8800

{SIG_SAEGUSA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Teams (companies) with city and switchboard: a business list, not people.",
)

# 075 — interview arrangement mentioning a player by name only
add(
    id="sports-075",
    sender=KUROKI,
    to=["月刊ランナーズライフ 編集部 高森様 <takamori@runnerslife.jp>"],
    subject="Re: 取材のお願い（東海林選手）",
    body=f"""高森様

お世話になっております。日の出産業陸上部の黒木です。
東海林の取材の件、本人も喜んでおりました。ありがとうございます。

候補日は 5/12（火）または 5/14（木）の 15:00〜16:00 です。
場所は弊社グラウンド（横浜市金沢区）のクラブハウスをご用意します。
撮影はトラックでの走りを10分ほどでお願いできればと思います。

当日のご連絡は私の携帯（署名欄）までお願いいたします。

{SIG_KUROKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="A player's name with no other data about him; the only phone is the sender's signature.",
)


# 076 — internal thread on a player's residence card, internal only
add(
    id="sports-076",
    sender=HAMAGUCHI,
    to=[f"人事部 外国籍社員担当 <gaikokuseki@{D}>"],
    cc=[f"r.kuroki@{D}"],
    subject="RE: ハッサン選手の在留カード更新（社内手続き）",
    body=f"""人事部 ご担当者様

濱口です。ハッサン選手の件、更新後の在留カードを確認しました。
社内システムの登録変更をお願いします。

　氏名：ハッサン・アブディ（HASSAN ABDI）
　新しい在留カード番号：EM30271846PQ
　在留期限：2029年3月31日
　在留資格：特定活動

原本のコピーは人事ファイルに綴じておきます。

{SIG_HAMAGUCHI}

-----Original Message-----
From: 人事部 外国籍社員担当
Sent: Monday, April 6, 2026 10:12 AM
To: Naomi Hamaguchi
Subject: ハッサン選手の在留カード更新（社内手続き）

濱口さん
更新が完了したら、新しいカードの番号と期限を教えてください。
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=[],
    note="A residence card number, but only internal recipients (人事部 and the team manager).",
)

# 077 — sponsorship amounts to the sponsor itself
add(
    id="sports-077",
    sender=KUSUDA,
    to=["川崎電機 広報部 安達様 <adachi@kawasaki-denki.co.jp>"],
    subject="2026年度 協賛内容の確認",
    body=f"""安達様

お世話になっております。日の出産業の楠田です。
先日合意いただいた2026年度の協賛内容を確認のためお送りします。

  1. 協賛金額：年額 18,000,000円（税別）
  2. 露出：ユニフォーム袖（左）、練習着背面、公式サイト バナー
  3. 選手派遣：年2回（社内イベント、地域ランニング教室）
  4. お支払：半期ごと（6月末・12月末）

差異がございましたらお知らせください。契約書を作成いたします。

{SIG_KUSUDA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Sponsorship amounts and terms sent to the sponsor: ordinary business mail.",
)

# 078 — two people's records (under five) for venue passes
add(
    id="sports-078",
    sender=ISSHIKI,
    to=["ヒノデアリーナ指定管理 みなとスポーツ振興財団 <arena@minato-sports.or.jp>"],
    subject="年間入館証の追加発行（2名）",
    body=f"""みなとスポーツ振興財団 アリーナ管理担当 御中

いつもお世話になっております。日の出サンライズの一色です。
4月から加入した2名の年間入館証の発行をお願いいたします。

　① 氏名：雲母 凛（キララ リン）　生年月日：2003年11月2日　区分：選手
　② 氏名：上遠野 篤（カドノ アツシ）　生年月日：1984年6月17日　区分：アシスタントコーチ

顔写真データは明日お持ちします。

{SIG_ISSHIKI}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="Two people's names and DOBs for building passes: under five records, may warn.",
)

# 079 — visa process question without identifiers
add(
    id="sports-079",
    sender=HAMAGUCHI,
    to=["あおい行政書士事務所 青井先生 <aoi@aoi-gyosei.jp>"],
    subject="ご質問：家族帯同の場合の手続き",
    body=f"""青井先生

お世話になっております。濱口です。
一般的な質問で恐縮ですが、教えていただけますでしょうか。

来季加入予定の選手（仮にA選手とします）が、配偶者と子ども1名を帯同したいと
希望しています。この場合、
  (1) 家族の在留資格は「特定活動」でよいのか、
  (2) 本人の申請と同時に出せるのか、
  (3) 必要な書類（婚姻証明の翻訳など）
について、概要だけでもご教示いただけますと幸いです。

正式に決まりましたら改めてご依頼いたします。

{SIG_HAMAGUCHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="A general visa question about an unnamed player: nothing identifiable.",
)

# 080 — shipping tracking numbers to the partner carrier
add(
    id="sports-080",
    sender=SAEGUSA,
    to=["青葉運輸 法人営業所 <hojin@aoba-unyu.co.jp>"],
    subject="大会資材 返送分の追跡番号",
    body=f"""青葉運輸 法人営業所 御中

お世話になっております。ひので湾岸マラソン事務局の三枝です。
大会後に返送した資材の追跡番号をお知らせします。
うち2件がまだ「輸送中」のままのため、ご確認をお願いできますか。

  4821-1102-3357　給水テーブル（折りたたみ）×20　配達済
  4821-1102-3368　コーン・バー一式　　　　　　　　 輸送中
  4821-1102-3379　救護テント×2　　　　　　　　　　 輸送中
  4821-1102-3380　計測マット　　　　　　　　　　　 配達済

{SIG_SAEGUSA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Tracking numbers of equipment shipments: no personal data.",
)

# 081 — HTML-only fan event schedule to a vendor
add(
    id="sports-081",
    sender=KAKEI,
    to=["イベントプロ 運営部 <unei@eventpro.co.jp>"],
    subject="ファン感謝デー タイムテーブル（確定版）",
    html=f"""<html><body>
<p>イベントプロ株式会社 運営部 御中</p>
<p>SUNRISE CLUB事務局の筧です。ファン感謝デーのタイムテーブルが確定しました。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<thead><tr><th>時間</th><th>内容</th><th>場所</th><th>備考</th></tr></thead>
<tbody>
<tr><td>10:00</td><td>開場・受付</td><td>アリーナ正面</td><td>会員証提示</td></tr>
<tr><td>10:30</td><td>オープニング・選手紹介</td><td>メインコート</td><td>MC入り</td></tr>
<tr><td>11:00</td><td>ふれあいバレー教室</td><td>サブコート</td><td>小学生対象・先着40名</td></tr>
<tr><td>12:30</td><td>サイン会</td><td>ロビー</td><td>整理券制</td></tr>
<tr><td>14:00</td><td>紅白戦</td><td>メインコート</td><td>—</td></tr>
<tr><td>15:30</td><td>終了</td><td>—</td><td>—</td></tr>
</tbody></table>
<p>設営は前日17時から可能です。</p>
<pre>{SIG_KAKEI}</pre>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML timetable for a fan event: no people's records.",
)

# 082 — cooperating shops along the course (businesses)
add(
    id="sports-082",
    sender=SAEGUSA,
    to=["湾岸市商店街連合会 事務局 <jimukyoku@wangan-shotengai.jp>"],
    subject="沿道協力店舗（トイレ開放）一覧の確認",
    body=f"""湾岸市商店街連合会 事務局 御中

いつもご協力ありがとうございます。事務局の三枝です。
大会当日にトイレを開放していただける店舗の一覧です。
店舗名・電話番号に誤りがないかご確認ください。

【5km地点付近】
　・ベーカリー麦の穂　湾岸市港町1-4-2　045-770-1123
　・ファミリーマート湾岸港町店　湾岸市港町2-1-8　045-770-4410
【15km地点付近】
　・喫茶ハーバー　湾岸市海岸通3-6　045-771-0087
　・湾岸信用金庫 海岸通支店（ATMコーナー横）　045-771-2200
【25km地点付近】
　・そば処 浜乃家　湾岸市新浜町5-12-1　045-772-3381
　・ドラッグストア ミナト新浜店　湾岸市新浜町6-2　045-772-9010

{SIG_SAEGUSA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Shops with their addresses and phones: a list of businesses, not people.",
)

# 083 — insurance roster to internal 総務 (one recipient on the mail subdomain)
_p = people("083", 15, years=(1990, 2006))
add(
    id="sports-083",
    sender=USAMI,
    to=[f"総務部 保険担当 <hoken@{D}>"],
    cc=[f"k.kusuda@mail.{D}"],
    subject="【社内】陸上競技部 保険加入者名簿（最終版）",
    body=f"""保険担当各位

宇佐美です。陸上競技部の2026年度加入者名簿の最終版です。
保険会社への提出は私から行いますので、社内控えとして保管をお願いします。

{SIG_USAMI}
""",
    attachments=[{
        "kind": "xlsx", "name": "加入者名簿_最終版_社内控.xlsx",
        "sheets": {"名簿": [["氏名", "生年月日", "住所", "区分"]] + [
            [p.name, wareki(p.dob, "short"), p.addr, "選手"] for p in _p]},
    }],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=[],
    note="A full roster, but To and Cc are internal (including the mail.hinode-sangyo.co.jp subdomain).",
)

# 084 — reply under -----Original Message-----; the diagnosis is only in the quoted mail
add(
    id="sports-084",
    sender=SAGARA,
    to=["港北スポーツ整形外科クリニック 受付 <uketsuke@kohoku-sportsclinic.jp>"],
    subject="RE: 丹生様 MRI検査結果と次回予約",
    charset="iso-2022-jp",
    body=f"""港北スポーツ整形外科クリニック
受付ご担当者様

ご連絡ありがとうございます。相楽です。
次回の予約、4/22（水）10:30で承知しました。当日も付き添います。

{SIG_SAGARA}

-----Original Message-----
From: 港北スポーツ整形外科クリニック 受付
Sent: Thursday, April 9, 2026 5:48 PM
To: 相楽 洋平
Subject: 丹生様 MRI検査結果と次回予約

相楽様
丹生 虎太郎様のMRIの結果、左脛骨内側に疲労骨折が認められました。
4週間の免荷ののち再検査といたします。
次回のご予約は4/22（水）10:30でお取りしています。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="The diagnosis is only in the clinic's own quoted mail; the new text confirms a time.",
)

# 085 — volunteer recruitment notice to a university career centre
add(
    id="sports-085",
    sender=NOTO,
    to=["湾岸大学 学生支援課 ボランティア窓口 <volunteer@wangan-u.ac.jp>"],
    subject="学生ボランティア募集のお願い（ひので湾岸マラソン）",
    body=f"""湾岸大学 学生支援課 御中

突然のご連絡失礼いたします。
ひので湾岸マラソン ボランティアセンターの能登と申します。

本年も学生ボランティアを募集しております。学内掲示とポータルへの
掲載をお願いできませんでしょうか。募集要項（PDF）は下記のとおりです。

　活動日：2026年2月15日（日）6:30〜14:00
　内容　：給水、手荷物預かり、ゴール後の誘導
　特典　：オリジナルウェア、昼食、ボランティア証明書
　応募　：大会公式サイトの応募フォームから（1/20締切）

{SIG_NOTO}
""",
    attachments=[{"kind": "pdf", "name": "学生ボランティア募集要項.pdf",
                  "lines": ["ひので湾岸マラソン2026 学生ボランティア募集要項", "",
                            "活動日：2026年2月15日（日）", "集合：湾岸公園 北口テント 6:30",
                            "募集人数：120名", "応募締切：2026年1月20日", "問合せ：ボランティアセンター 045-210-5565"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="Recruitment notice with a plain PDF: no personal data.",
)

# 086 — meeting minutes naming the federation's staff in their roles
add(
    id="sports-086",
    sender=KUROKI,
    to=["東日本実業団陸上競技連盟 事務局 <jimukyoku@higashi-jitsugyodan.or.jp>"],
    subject="議事メモ送付：3/18 加盟チーム代表者会議",
    charset="iso-2022-jp",
    body=f"""事務局 御中

お世話になっております。日の出産業の黒木です。
3/18の代表者会議の議事メモ（当社記録分）をお送りします。ご確認ください。

＜出席＞連盟：五十嵐 専務理事、及川 事務局長、宍戸 競技委員長
　　　　加盟チーム：14チーム代表
＜議題＞
1. 2026年度 記録会日程（案）… 承認。第3戦のみ会場調整中。
2. 外国人選手の区間起用ルール … 現行どおり（1区間のみ）。
3. 暑熱対策 … 7・8月のスタート時刻を19時以降とする方向で検討。
＜次回＞6月中旬（日程は事務局より連絡）

{SIG_KUROKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Minutes naming federation officials by role only: business contacts, no personal data.",
)

# 087 — one member's own data sent back to her on free mail
add(
    id="sports-087",
    sender=SAOTOME,
    to=["百目鬼 智子 <tomoko.domeki@icloud.com>"],
    subject="ご登録内容の確認（ヒノデフィットネス）",
    body=f"""百目鬼 智子 様

このたびはヒノデフィットネス港北ニュータウン店へご入会いただき、
誠にありがとうございます。店長の早乙女でございます。

ご登録内容は以下のとおりです。誤りがございましたらご返信ください。

　お名前　　：百目鬼 智子（ドウメキ トモコ）様
　生年月日　：昭和５６年１０月３日
　ご住所　　：〒224-0021 神奈川県横浜市都筑区北山田3-14-9
　お電話　　：080-2917-6635
　コース　　：デイ会員（平日 10:00〜17:00）

今後ともよろしくお願いいたします。

{SIG_SAOTOME}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="One member's own record sent back to her own free-mail address: one person, may warn.",
)

# 088 — race guidelines PDF to a running club
add(
    id="sports-088",
    sender=SAEGUSA,
    to=["湾岸ランナーズクラブ 代表 <info@wangan-runners.jp>"],
    subject="大会要項と団体エントリーのご案内",
    body=f"""湾岸ランナーズクラブ 御中

いつもご参加ありがとうございます。ひので湾岸マラソン事務局の三枝です。
本年の大会要項をお送りします。団体エントリーは12/1から受け付けます。

{SIG_SAEGUSA}
""",
    attachments=[{"kind": "pdf", "name": "2026大会要項.pdf", "title": "ひので湾岸マラソン2026 大会要項",
                  "lines": ["第8回 ひので湾岸マラソン 大会要項", "",
                            "主催：ひので湾岸マラソン実行委員会", "運営：日の出産業株式会社 スポーツ事業部",
                            "開催日：2026年2月15日（日）雨天決行", "", "種目・定員・参加料"],
                  "table": [["種目", "定員", "参加料", "制限時間"], ["フルマラソン", "8,000名", "13,000円", "6時間"],
                            ["ハーフマラソン", "5,000名", "8,000円", "3時間"], ["10km", "2,000名", "5,000円", "1時間30分"],
                            ["ファミリー2km", "500組", "3,000円", "—"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="Race guidelines PDF with a table of events and fees: no personal data.",
)

# 089 — plain ZIP with a course map PDF and a DOCX, to the city
add(
    id="sports-089",
    sender=SAEGUSA,
    to=["湾岸市 道路管理課 <doro-kanri@city.wangan.lg.jp>"],
    subject="道路使用許可 事前協議資料（コース図・交通規制計画）",
    body=f"""湾岸市 道路管理課 御中

お世話になっております。ひので湾岸マラソン運営事務局の三枝です。
事前協議用の資料一式をZIPでお送りします（パスワードはかけておりません）。

{SIG_SAEGUSA}
""",
    attachments=[{"kind": "zip", "name": "事前協議資料_2026.zip", "files": [
        {"kind": "pdf", "name": "コース図.pdf",
         "lines": ["コース図（フル）", "スタート：湾岸公園 → 港大橋 → 海岸通 → 新浜 → 折返し → フィニッシュ：湾岸陸上競技場",
                   "交通規制：8:30〜15:00（区間ごとに順次解除）"]},
        {"kind": "docx", "name": "交通規制計画.docx",
         "paragraphs": ["交通規制計画（案）", "規制区間ごとの解除予定時刻は別表のとおり。"],
         "tables": [[["区間", "規制開始", "解除予定"], ["湾岸公園〜港大橋", "8:30", "10:10"],
                     ["海岸通", "8:45", "12:20"], ["新浜〜折返し", "9:10", "14:30"]]]},
    ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="An unencrypted ZIP of course map and traffic plan: readable, nothing personal.",
)

# 090 — camp schedule DOCX to the hotel
add(
    id="sports-090",
    sender=KURISU,
    to=["さくらホテル 団体営業 <dantai@sakura-hotel.jp>"],
    subject="菅平合宿 日程表（食事時間の確認）",
    body=f"""さくらホテル 団体営業ご担当者様

お世話になっております。栗栖です。
合宿の日程表をお送りします。食事時間に無理がないかご確認ください。

{SIG_KURISU}
""",
    attachments=[{"kind": "docx", "name": "菅平合宿_日程表.docx",
                  "paragraphs": ["日の出産業 陸上競技部 夏季合宿 日程表（8/3〜8/14）"],
                  "tables": [[["時刻", "平日", "ポイント練習日（火・金）"],
                              ["5:45", "起床・朝練習（ジョグ）", "起床・朝練習"],
                              ["7:30", "朝食", "朝食"],
                              ["9:30", "補強", "移動（クロカンコース）"],
                              ["12:00", "昼食", "昼食（弁当）"],
                              ["16:00", "本練習", "ポイント練習"],
                              ["18:45", "夕食", "夕食"],
                              ["21:00", "ミーティング", "ミーティング"]]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="A DOCX timetable with no names: nothing to hold.",
)

# 091 — equipment inventory CSV to the maker
add(
    id="sports-091",
    sender=ISSHIKI,
    to=["フジタスポーツ チームオーダー課 <teamorder@fujita-sports.co.jp>"],
    subject="用具在庫と次回発注の目安",
    body=f"""フジタスポーツ チームオーダー課 御中

一色です。用具の在庫状況をCSVでお送りします。
次回発注の目安としてご確認いただければと思います。

{SIG_ISSHIKI}
""",
    attachments=[{"kind": "csv", "name": "stock_202604.csv", "encoding": "utf-8",
                  "rows": [["品番", "品名", "在庫", "発注点"],
                           ["VB-BALL-V200", "試合球", "18", "12"], ["VB-BALL-P100", "練習球", "42", "30"],
                           ["KN-SPT-220", "膝サポーター", "9", "10"], ["TP-38W", "テーピング38mm", "64", "48"],
                           ["TP-50E", "伸縮テープ50mm", "20", "24"], ["ICE-BAG-L", "アイスバッグL", "15", "10"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="Product inventory CSV: codes and quantities only.",
)

# 092 — English to the agent; passport copies are handed over in person, not sent
add(
    id="sports-092",
    sender=HAMAGUCHI,
    to=["Peter Omondi <peter.omondi@pacificsportsmgmt.com>"],
    subject="Re: Trial camp in Japan - next steps",
    body=f"""Dear Peter,

Thank you for introducing the two young runners. Our coaches were impressed by
their 10,000m times.

We would be happy to invite them to a two-week trial camp in August. For privacy
reasons, please do not send passport copies or medical records by e-mail; we will
collect them in person when our staff visit Nairobi on 12 June.

I attach nothing today; the draft invitation letter will follow next week.

Best regards,

{SIG_HAMAGUCHI}
{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Mentions passports and medical records only as things not to send; English disclaimer.",
)

# 093 — aggregate ticket sales by match
add(
    id="sports-093",
    sender=ISSHIKI,
    to=["チケットプラス 公演管理部 <kouen@ticketplus.co.jp>"],
    subject="ホームゲーム 販売実績の確認",
    charset="cp932",
    body=f"""チケットプラス株式会社
公演管理部 御中

一色です。先月までのホームゲームの販売実績を当方集計と突き合わせました。

日付	対戦	前売	当日	招待	合計
11/8	vs 東邦ヴィクトリー	1,812	240	150	2,202
11/22	vs 大阪ブレイズ	1,540	310	120	1,970
12/6	vs 仙台フェニックス	2,106	198	160	2,464
12/20	vs 名古屋ウインズ	1,655	275	100	2,030

12/6の当日券の数字が御社レポート（212）と14枚ずれています。ご確認ください。

{SIG_ISSHIKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Aggregate ticket numbers (tab separated): no people.",
)

# 094 — reply under "On … wrote:"; the agent's passport list is only quoted
_p = people("094", 5, years=(2004, 2007))
add(
    id="sports-094",
    sender=HAMAGUCHI,
    to=["Peter Omondi <peter.omondi@pacificsportsmgmt.com>"],
    subject="Re: Passport details for the trial camp invitations",
    body=f"""Dear Peter,

Thank you, received. We will prepare the invitation letters based on these details
and send them to you by 20 July.

Best regards,
Naomi

On Tue, 7 Jul 2026 at 09:14, Peter Omondi <peter.omondi@pacificsportsmgmt.com> wrote:
> Dear Naomi,
> As requested, here are the details of the five athletes for the invitation letters:
""" + "\n".join(f"> {i + 1}. {p.ROMA}, born {p.dob[2]} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][p.dob[1] - 1]} {p.dob[0]}, "
               f"passport AK{p.passport[2:]}" for i, p in enumerate(_p)) + """
> Kind regards,
> Peter
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Passport details appear only in the agent's own quoted mail; the reply adds nothing.",
)

# 095 — four staff with mobiles (under five) to the bus company
add(
    id="sports-095",
    sender=KURISU,
    to=["湘南観光バス 配車センター <haisha@shonan-kankobus.co.jp>"],
    subject="8/3 運行 当日の連絡先（スタッフ4名）",
    body=f"""湘南観光バス 配車センター 御中

栗栖です。8/3の運行について、当日の連絡先をお知らせします。
乗務員の方からはこちらの誰かにご連絡ください。

  役割          氏名          携帯
  ------------  ------------  -------------
  引率責任者    小鳥遊 誠     090-5528-0316
  運営          栗栖 彩       090-6284-1175
  トレーナー    相楽 洋平     080-7731-0428
  主務          及川 湊       070-4420-8813

{SIG_KURISU}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Four staff contacts for the day: below the five-record threshold, may warn.",
)

# 096 — internal forward of a My Number notice
add(
    id="sports-096",
    sender=WAKASA,
    to=[f"経理部 源泉担当 <gensen@{D}>"],
    subject="FW: 講師謝金の個人番号（八月一日様）",
    body=f"""源泉担当各位

若狭です。支払調書用に転送します。社内システムへの登録をお願いします。

-----Original Message-----
From: 栗栖 彩
Sent: Friday, March 20, 2026 6:02 PM
To: 若狭 透
Subject: 講師謝金の個人番号（八月一日様）

若狭さん
本日のゲスト講師、八月一日 凛さんの個人番号カードを確認しました。
　個人番号：{my_number(96)}
　住所：東京都世田谷区等々力4-12-7
謝金の手続きをお願いします。
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="A My Number forwarded between accounting staff: every recipient is internal.",
)


# =============================================================================================
# 097-099: a privacy officer could judge either way
# =============================================================================================

# 097 — published race results to a local newspaper
_p = people("097", 10, years=(1975, 2004), sex="女")
_r = block_of("097")
add(
    id="sports-097",
    sender=SAEGUSA,
    to=["湾岸新聞社 運動部 <undo@wangan-shimbun.co.jp>"],
    subject="ひので湾岸マラソン 女子フル 上位成績（速報）",
    body=f"""湾岸新聞社 運動部 御中

事務局の三枝です。女子フルマラソンの上位10名の成績です（公式サイト掲載済み）。

順位 氏名 年齢 居住地 記録
""" + "\n".join(f"{i + 1} {p.name} {age(p.dob, (2026, 2, 15))} {p.pref}{p.city} "
               f"2:{29 + i * 2 + _r.randint(0, 1)}:{_r.randint(0, 59):02d}" for i, p in enumerate(_p)) + f"""

{SIG_SAEGUSA}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="Ten runners' names, ages and home cities: already-published results; defensible either way.",
)

# 098 — public team roster with DOBs and hometowns to a magazine
_p = people("098", 12, years=(1996, 2006), sex="女")
_r = block_of("098")
add(
    id="sports-098",
    sender=ISSHIKI,
    to=["月刊バレーボールマガジン 編集部 <henshu@vb-magazine.jp>"],
    subject="選手名鑑用データ（日の出サンライズ）",
    body=f"""編集部 御中

日の出サンライズの一色です。選手名鑑用のデータをお送りします。
公式サイトのプロフィールと同じ内容です。

""" + grid(["背番号", "氏名", "ポジション", "生年月日", "身長", "出身地"],
           [[str(n), p.name, _r.choice(["OH", "MB", "S", "OP", "L"]), ymd(p.dob, "."),
             f"{_r.randint(160, 188)}cm", p.pref] for n, p in zip([1, 2, 3, 5, 7, 8, 10, 11, 12, 14, 15, 18], _p)]) + f"""

{SIG_ISSHIKI}
""",
    expect="either",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="Twelve players' DOBs etc., but it is the public profile already on the team site.",
)

# 099 — a vague health reason for a named player, to a sponsor
add(
    id="sports-099",
    sender=KUROKI,
    to=["フジタスポーツ 営業本部 大江様 <oe@fujita-sports.co.jp>"],
    subject="5/3 記録会 出場選手の変更",
    body=f"""大江様

お世話になっております。黒木です。
5/3の記録会ですが、新作シューズの着用をお願いしていた纐纈はコンディション不良のため
出場を見送ることになりました。代わりに五味が着用して出場いたします。

ご理解のほどよろしくお願いいたします。

{SIG_KUROKI}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="'コンディション不良' of a named player: vague, arguably health information, arguably not.",
)

# 100 — two private persons (a child's parents) on the same free-mail domain
add(
    id="sports-100",
    sender=USAMI,
    to=["鮫島 修 <osamu.samejima@gmail.com>", "鮫島 舞 <mai.samejima77@gmail.com>"],
    subject="キッズランニング教室 振替参加のご案内",
    body=f"""鮫島様（お父様・お母様）

いつもキッズランニング教室にご参加いただきありがとうございます。
日の出産業スポーツ事業部の宇佐美です。

4/18（土）が雨天中止となりましたので、振替日をご案内いたします。
　振替日：4/25（土）9:30〜11:00　湾岸陸上競技場 サブトラック
ご都合が合わない場合は、このメールにご返信ください。

{SIG_USAMI}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="Two private recipients of one family on one free-mail domain: fewer than three parties.",
)
