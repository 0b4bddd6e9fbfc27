"""Blind corpus: 日の出産業 travel desk and fleet (出張手配・団体旅行・査証・社用車・事故・駐車場・ETC・タクシー).

Written from bench/blind/BRIEF.md only.  Every person, number and address is invented.
"""

import random
import unicodedata

from build import card_number, my_number

# ---------------------------------------------------------------------------------------
# small helpers to build realistic (invented) people
# ---------------------------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("佐々木", "ササキ", "Sasaki"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("斎藤", "サイトウ", "Saito"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
    ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"), ("太田", "オオタ", "Ota"),
    ("三浦", "ミウラ", "Miura"), ("岡本", "オカモト", "Okamoto"), ("中川", "ナカガワ", "Nakagawa"),
    ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"),
    ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"), ("石田", "イシダ", "Ishida"),
    ("上田", "ウエダ", "Ueda"), ("森田", "モリタ", "Morita"), ("柴田", "シバタ", "Shibata"),
    ("酒井", "サカイ", "Sakai"), ("工藤", "クドウ", "Kudo"), ("宮本", "ミヤモト", "Miyamoto"),
    ("内田", "ウチダ", "Uchida"), ("安藤", "アンドウ", "Ando"), ("谷口", "タニグチ", "Taniguchi"),
    ("大野", "オオノ", "Ono"), ("丸山", "マルヤマ", "Maruyama"), ("河野", "コウノ", "Kono"),
    ("武田", "タケダ", "Takeda"), ("杉山", "スギヤマ", "Sugiyama"), ("大塚", "オオツカ", "Otsuka"),
    ("菅原", "スガワラ", "Sugawara"), ("千葉", "チバ", "Chiba"), ("野口", "ノグチ", "Noguchi"),
    ("菊地", "キクチ", "Kikuchi"), ("新井", "アライ", "Arai"), ("渡部", "ワタベ", "Watabe"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("四十物", "アイモノ", "Aimono"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("東海林", "ショウジ", "Shoji"),
    ("百目鬼", "ドウメキ", "Domeki"), ("御手洗", "ミタライ", "Mitarai"),
    ("仲宗根", "ナカソネ", "Nakasone"), ("比嘉", "ヒガ", "Higa"), ("我如古", "ガネコ", "Ganeko"),
    ("大日向", "オオヒナタ", "Ohinata"), ("砂川", "スナガワ", "Sunagawa"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("十河", "ソゴウ", "Sogo"), ("一戸", "イチノヘ", "Ichinohe"),
    ("六角", "ロッカク", "Rokkaku"), ("鬼頭", "キトウ", "Kito"), ("忽那", "クツナ", "Kutsuna"),
    ("薬袋", "ミナイ", "Minai"), ("九十九", "ツクモ", "Tsukumo"), ("日下部", "クサカベ", "Kusakabe"),
    ("弓削", "ユゲ", "Yuge"), ("纐纈", "コウケツ", "Koketsu"), ("猪瀬", "イノセ", "Inose"),
    ("宇佐美", "ウサミ", "Usami"), ("能登谷", "ノトヤ", "Notoya"), ("鰐淵", "ワニブチ", "Wanibuchi"),
]

GIVEN = [
    ("健太", "ケンタ", "Kenta", "M"), ("翔太", "ショウタ", "Shota", "M"), ("大輔", "ダイスケ", "Daisuke", "M"),
    ("拓也", "タクヤ", "Takuya", "M"), ("直樹", "ナオキ", "Naoki", "M"), ("誠", "マコト", "Makoto", "M"),
    ("浩二", "コウジ", "Koji", "M"), ("隆之", "タカユキ", "Takayuki", "M"), ("亮", "リョウ", "Ryo", "M"),
    ("悠真", "ユウマ", "Yuma", "M"), ("慎吾", "シンゴ", "Shingo", "M"), ("和也", "カズヤ", "Kazuya", "M"),
    ("剛", "ツヨシ", "Tsuyoshi", "M"), ("修平", "シュウヘイ", "Shuhei", "M"), ("陽介", "ヨウスケ", "Yosuke", "M"),
    ("哲也", "テツヤ", "Tetsuya", "M"), ("康弘", "ヤスヒロ", "Yasuhiro", "M"), ("一樹", "カズキ", "Kazuki", "M"),
    ("蓮", "レン", "Ren", "M"), ("優斗", "ユウト", "Yuto", "M"), ("清志", "キヨシ", "Kiyoshi", "M"),
    ("正人", "マサト", "Masato", "M"), ("智之", "トモユキ", "Tomoyuki", "M"), ("豊", "ユタカ", "Yutaka", "M"),
    ("美咲", "ミサキ", "Misaki", "F"), ("彩", "アヤ", "Aya", "F"), ("由美子", "ユミコ", "Yumiko", "F"),
    ("真由美", "マユミ", "Mayumi", "F"), ("恵", "メグミ", "Megumi", "F"), ("奈々", "ナナ", "Nana", "F"),
    ("千尋", "チヒロ", "Chihiro", "F"), ("結衣", "ユイ", "Yui", "F"), ("沙織", "サオリ", "Saori", "F"),
    ("陽子", "ヨウコ", "Yoko", "F"), ("智子", "トモコ", "Tomoko", "F"), ("麻衣", "マイ", "Mai", "F"),
    ("遥", "ハルカ", "Haruka", "F"), ("里奈", "リナ", "Rina", "F"), ("瑞穂", "ミズホ", "Mizuho", "F"),
    ("香織", "カオリ", "Kaori", "F"), ("紗希", "サキ", "Saki", "F"), ("典子", "ノリコ", "Noriko", "F"),
    ("佳奈", "カナ", "Kana", "F"), ("若菜", "ワカナ", "Wakana", "F"), ("詩織", "シオリ", "Shiori", "F"),
]

# (都道府県, 市区町村, 町域, 〒, romaji town, romaji city, romaji prefecture)
PLACES = [
    ("東京都", "大田区", "蒲田", "144-0052", "Kamata", "Ota-ku", "Tokyo"),
    ("東京都", "世田谷区", "経堂", "156-0052", "Kyodo", "Setagaya-ku", "Tokyo"),
    ("東京都", "江東区", "大島", "136-0072", "Ojima", "Koto-ku", "Tokyo"),
    ("東京都", "練馬区", "石神井町", "177-0041", "Shakujiimachi", "Nerima-ku", "Tokyo"),
    ("東京都", "杉並区", "阿佐谷南", "166-0004", "Asagayaminami", "Suginami-ku", "Tokyo"),
    ("東京都", "品川区", "戸越", "142-0041", "Togoshi", "Shinagawa-ku", "Tokyo"),
    ("東京都", "府中市", "白糸台", "183-0011", "Shiraitodai", "Fuchu-shi", "Tokyo"),
    ("東京都", "板橋区", "成増", "175-0094", "Narimasu", "Itabashi-ku", "Tokyo"),
    ("神奈川県", "横浜市港北区", "日吉本町", "223-0062", "Hiyoshihoncho", "Kohoku-ku, Yokohama-shi", "Kanagawa"),
    ("神奈川県", "川崎市中原区", "新丸子町", "211-0005", "Shinmarukomachi", "Nakahara-ku, Kawasaki-shi", "Kanagawa"),
    ("神奈川県", "相模原市南区", "相模大野", "252-0303", "Sagamiono", "Minami-ku, Sagamihara-shi", "Kanagawa"),
    ("神奈川県", "藤沢市", "鵠沼石上", "251-0025", "Kugenumaishigami", "Fujisawa-shi", "Kanagawa"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330-0061", "Tokiwa", "Urawa-ku, Saitama-shi", "Saitama"),
    ("埼玉県", "川口市", "芝新町", "333-0851", "Shibashinmachi", "Kawaguchi-shi", "Saitama"),
    ("埼玉県", "所沢市", "東町", "359-1124", "Higashicho", "Tokorozawa-shi", "Saitama"),
    ("千葉県", "船橋市", "前原西", "274-0825", "Maebaranishi", "Funabashi-shi", "Chiba"),
    ("千葉県", "市川市", "行徳駅前", "272-0133", "Gyotokuekimae", "Ichikawa-shi", "Chiba"),
    ("千葉県", "松戸市", "常盤平", "270-2261", "Tokiwadaira", "Matsudo-shi", "Chiba"),
    ("大阪府", "大阪市淀川区", "西中島", "532-0011", "Nishinakajima", "Yodogawa-ku, Osaka-shi", "Osaka"),
    ("大阪府", "吹田市", "江坂町", "564-0063", "Esakacho", "Suita-shi", "Osaka"),
    ("大阪府", "豊中市", "服部西町", "561-0858", "Hattorinishimachi", "Toyonaka-shi", "Osaka"),
    ("愛知県", "名古屋市千種区", "今池", "464-0850", "Imaike", "Chikusa-ku, Nagoya-shi", "Aichi"),
    ("愛知県", "岡崎市", "明大寺町", "444-0864", "Myodaijicho", "Okazaki-shi", "Aichi"),
    ("福岡県", "福岡市博多区", "博多駅南", "812-0016", "Hakataekiminami", "Hakata-ku, Fukuoka-shi", "Fukuoka"),
    ("宮城県", "仙台市青葉区", "上杉", "980-0011", "Kamisugi", "Aoba-ku, Sendai-shi", "Miyagi"),
    ("北海道", "札幌市豊平区", "平岸", "062-0932", "Hiragishi", "Toyohira-ku, Sapporo-shi", "Hokkaido"),
    ("静岡県", "浜松市中央区", "高林", "430-0907", "Takabayashi", "Chuo-ku, Hamamatsu-shi", "Shizuoka"),
    ("茨城県", "つくば市", "竹園", "305-0032", "Takezono", "Tsukuba-shi", "Ibaraki"),
    ("広島県", "広島市中区", "舟入町", "730-0844", "Funairimachi", "Naka-ku, Hiroshima-shi", "Hiroshima"),
    ("沖縄県", "那覇市", "首里石嶺町", "903-0804", "Shuriishiminecho", "Naha-shi", "Okinawa"),
    ("兵庫県", "西宮市", "甲子園口", "663-8113", "Koshienguchi", "Nishinomiya-shi", "Hyogo"),
    ("群馬県", "高崎市", "栄町", "370-0841", "Sakaecho", "Takasaki-shi", "Gunma"),
    ("愛知県", "名古屋市昭和区", "八事本町", "466-0825", "Yagotohoncho", "Showa-ku, Nagoya-shi", "Aichi"),
    ("愛知県", "春日井市", "鳥居松町", "486-0844", "Toriimatsucho", "Kasugai-shi", "Aichi"),
    ("愛知県", "一宮市", "本町", "491-0859", "Honmachi", "Ichinomiya-shi", "Aichi"),
    ("大阪府", "堺市北区", "中百舌鳥町", "591-8023", "Nakamozucho", "Kita-ku, Sakai-shi", "Osaka"),
    ("兵庫県", "尼崎市", "塚口本町", "661-0001", "Tsukaguchihonmachi", "Amagasaki-shi", "Hyogo"),
]

KANTO = ("東京都", "神奈川県", "埼玉県", "千葉県")
KANSAI = ("大阪府", "兵庫県")

BUILDINGS = ["メゾン若葉", "コーポ桜台", "パークハイツ", "グランドール", "サンライズ", "ハイツ緑ヶ丘",
             "レジデンス東", "ベルメゾン", "シャトー青山", "エスポワール", "アーバンコート", "第二清風荘",
             "フォレストヒルズ", "リバーサイド", "カーサ・ソレイユ", "ヴィラ白樺"]

_FW = str.maketrans("0123456789-/.:()ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                    "０１２３４５６７８９－／．：（）ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")
_FW_JIS = str.maketrans("0123456789-/.:()ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                        "０１２３４５６７８９−／．：（）ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def fw(s, jis=False):
    """Full-width digits/letters; jis=True uses U+2212 for the hyphen (ISO-2022-JP safe)."""
    return str(s).translate(_FW_JIS if jis else _FW)


_H = ("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
      "ァィゥェォッャュョー")
_HH = ("ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ"
       "ｧｨｩｪｫｯｬｭｮｰ")


def hankaku(kana):
    out = []
    for ch in unicodedata.normalize("NFD", kana):
        if ch == "\u3099":
            out.append("ﾞ")
        elif ch == "\u309a":
            out.append("ﾟ")
        elif ch in _H:
            out.append(_HH[_H.index(ch)])
        else:
            out.append(ch)
    return "".join(out)


def hira(kana):
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kana)


_KN = "〇一二三四五六七八九"


def kanji_num(n):
    if n < 10:
        return _KN[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else _KN[t]) + "十" + ("" if o == 0 else _KN[o])


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def era(y, m, d):
    if (y, m, d) >= (2019, 5, 1):
        return "令和", "R", y - 2018
    if (y, m, d) >= (1989, 1, 8):
        return "平成", "H", y - 1988
    return "昭和", "S", y - 1925


def dfmt(dt, style, jis=False):
    y, m, d = dt
    e, ea, ey = era(y, m, d)
    if style == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    if style == "slash":
        return f"{y}/{m}/{d}"
    if style == "slash0":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "kanji":
        return f"{y}年{m}月{d}日"
    if style == "wareki":
        return f"{e}{'元' if ey == 1 else ey}年{m}月{d}日"
    if style == "wareki_fw":
        return fw(f"{e}{ey}年{m}月{d}日", jis)
    if style == "short":          # S58.4.2
        return f"{ea}{ey}.{m}.{d}"
    if style == "short_fw":       # Ｓ５８．４．２
        return fw(f"{ea}{ey}.{m}.{d}", jis)
    if style == "eng":            # 2 Apr 1985
        return f"{d} {MONTHS[m-1]} {y}"
    if style == "eng_us":         # April 2, 1985
        return f"{MONTHS_LONG[m-1]} {d}, {y}"
    if style == "yy":             # 85/04/02
        return f"{y % 100:02d}/{m:02d}/{d:02d}"
    if style == "fw":             # １９８５年４月２日
        return fw(f"{y}年{m}月{d}日", jis)
    if style == "dmy":            # 02/04/1985
        return f"{d:02d}/{m:02d}/{y}"
    if style == "air":            # 02APR85
        return f"{d:02d}{MONTHS[m-1].upper()}{y % 100:02d}"
    if style == "dot":            # 1985.04.02
        return f"{y}.{m:02d}.{d:02d}"
    raise ValueError(style)


class P(dict):
    """One invented person; attribute access for brevity."""
    __getattr__ = dict.__getitem__


def people(seed, n, age=(1962, 2001), where=None):
    rng = random.Random(f"trv-people-{seed}")
    places = [pl for pl in PLACES if where is None or pl[0] in where]
    sn = rng.sample(SURNAMES, n)
    out = []
    for i in range(n):
        s = sn[i]
        g = rng.choice(GIVEN)
        pl = rng.choice(places)
        dob = (rng.randint(*age), rng.randint(1, 12), rng.randint(1, 28))
        c, b, go = rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 20)
        bld = rng.choice(BUILDINGS) if rng.random() < 0.55 else ""
        room = f"{rng.randint(1, 9)}0{rng.randint(1, 8)}" if bld else ""
        mob = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        pp = rng.choice(["TK", "TR", "TZ", "MZ", "TS", "TH", "MU", "RE", "TT"]) + f"{rng.randint(0, 9999999):07d}"
        area = {"東京都": "30", "神奈川県": "45", "埼玉県": "43", "千葉県": "44", "大阪府": "62",
                "愛知県": "53", "福岡県": "91", "宮城県": "22", "北海道": "10", "静岡県": "52",
                "茨城県": "40", "広島県": "73", "沖縄県": "97", "兵庫県": "63", "群馬県": "41"}[pl[0]]
        lic = area + f"{dob[0] % 100 + 18 if dob[0] % 100 + 18 < 100 else dob[0] % 100 - 82:02d}" + \
            f"{rng.randint(0, 999999):06d}" + str(rng.randint(0, 9)) + str(rng.choice([0, 0, 0, 1, 2]))
        out.append(P(
            sei=s[0], mei=g[0], sei_k=s[1], mei_k=g[1], sei_r=s[2], mei_r=g[2], sex=g[3],
            pref=pl[0], city=pl[1], town=pl[2], zip=pl[3], town_r=pl[4], city_r=pl[5], pref_r=pl[6],
            chome=c, ban=b, go=go, bld=bld, room=room, dob=dob, mobile=mob, passport=pp,
            license=lic, emp=f"{rng.choice(['H', 'HS', ''])}{rng.randint(10000, 29999)}",
            ana=f"{rng.randint(10, 49)}{rng.randint(0, 99999999):08d}",
            jal=f"{rng.randint(100000000, 499999999)}",
            pp_exp=(rng.randint(2027, 2035), rng.randint(1, 12), rng.randint(1, 28)),
            mail_local=f"{s[2].lower()}.{g[2].lower()}{rng.randint(1, 99)}",
        ))
    return out


def addr(p, style="std", jis=False):
    b = f" {p.bld}{p.room}" if p.bld else ""
    if style == "std":        # 東京都大田区蒲田3-12-5 メゾン若葉302
        return f"{p.pref}{p.city}{p.town}{p.chome}-{p.ban}-{p.go}{b}"
    if style == "zip":        # 〒144-0052 東京都大田区蒲田3-12-5
        return f"〒{p.zip} {p.pref}{p.city}{p.town}{p.chome}-{p.ban}-{p.go}{b}"
    if style == "nopref":     # 大田区蒲田3丁目12番5号
        return f"{p.city}{p.town}{p.chome}丁目{p.ban}番{p.go}号{b}"
    if style == "kanji":      # 東京都大田区蒲田三丁目十二番五号
        return f"{p.pref}{p.city}{p.town}{kanji_num(p.chome)}丁目{kanji_num(p.ban)}番{kanji_num(p.go)}号{b}"
    if style == "banchi":     # 大田区蒲田三丁目5番地
        return f"{p.city}{p.town}{kanji_num(p.chome)}丁目{p.ban}番地{b}"
    if style == "fw":         # 東京都大田区蒲田３－１２－５
        return f"{p.pref}{p.city}{p.town}{fw(f'{p.chome}-{p.ban}-{p.go}', jis)}{b}"
    if style == "romaji":     # 3-12-5 Kamata, Ota-ku, Tokyo 144-0052
        rm = f"#{p.room} " if p.room else ""
        return f"{rm}{p.chome}-{p.ban}-{p.go} {p.town_r}, {p.city_r}, {p.pref_r} {p.zip}"
    raise ValueError(style)


def corp_number(base12):
    """法人番号 with a valid leading check digit from 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        total += dgt * (1 if i % 2 == 0 else 2)
    return str(9 - total % 9) + base12


SIG_TRAVEL = """
--
日の出産業株式会社 総務部 総務課（トラベルデスク）
{name}
〒105-0014 東京都港区芝二丁目14番9号 日の出ビル6F
TEL 03-5442-7710（直通）　FAX 03-5442-7719
{mail}@hinode-sangyo.co.jp"""

SIG_FLEET = """
────────────────────
日の出産業株式会社
総務部 車両管理グループ　{name}
〒105-0014 東京都港区芝2-14-9
TEL:03-5442-7725 / 内線 2253
────────────────────"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
送信者にご連絡のうえ本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail."""


MESSAGES = []


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def pad(s, w):
    s = str(s)
    return s + " " * max(w - width(s), 1)


def table(rows, widths, sep=""):
    return "\n".join(sep.join(pad(c, w) for c, w in zip(r, widths)).rstrip() for r in rows)

# =======================================================================================
# 001-015
# =======================================================================================

_p = people(1, 2)
MESSAGES.append(dict(
    id="trv-001",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["旅路トラベル 法人営業部 西岡様 <nishioka@tabiji-travel.co.jp>"],
    subject="【手配依頼】シンガポール出張（5/19〜5/23）航空券・ホテル",
    charset="iso-2022-jp",
    body=f"""旅路トラベル株式会社
法人営業部 西岡様

いつも大変お世話になっております。
日の出産業の小野寺でございます。

下記2名のシンガポール出張について、航空券とホテルの手配をお願いいたします。
往路は5/19（火）羽田午前発、復路は5/23（土）夕方着を希望しております。

■出張者1
　氏名：{_p[0].sei} {_p[0].mei}（{_p[0].sei_r.upper()} {_p[0].mei_r.upper()}）
　性別：{"男性" if _p[0].sex == "M" else "女性"}
　生年月日：{dfmt(_p[0].dob, "kanji")}
　旅券番号：{_p[0].passport}（有効期限 {dfmt(_p[0].pp_exp, "slash")}）
　ANAマイレージ：{_p[0].ana}
　座席希望：通路側

■出張者2
　氏名：{_p[1].sei} {_p[1].mei}（{_p[1].sei_r.upper()} {_p[1].mei_r.upper()}）
　性別：{"男性" if _p[1].sex == "M" else "女性"}
　生年月日：{dfmt(_p[1].dob, "kanji")}
　旅券番号：{_p[1].passport}（有効期限 {dfmt(_p[1].pp_exp, "slash")}）
　ANAマイレージ：{_p[1].ana}
　座席希望：特になし

ホテルはマリーナ地区で、1泊 S$380 以内のビジネスホテルを2室（禁煙）でお願いします。
お見積りは総務部宛にお送りいただけますと幸いです。

よろしくお願いいたします。
{SIG_TRAVEL.format(name="小野寺 美咲", mail="onodera")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="two travellers' passport numbers and birth dates sent to a travel agency",
))

_p = people(2, 18)
_rows = [["No.", "氏名", "ローマ字（旅券表記）", "性別", "生年月日", "旅券番号", "旅券有効期限", "部署"]]
for i, p in enumerate(_p, 1):
    _rows.append([i, f"{p.sei}　{p.mei}", f"{p.sei_r.upper()} {p.mei_r.upper()}", "M" if p.sex == "M" else "F",
                  dfmt(p.dob, "slash0"), p.passport, dfmt(p.pp_exp, "slash0"),
                  random.Random(i).choice(["営業一課", "営業二課", "物流部", "経理部", "技術部"])])
MESSAGES.append(dict(
    id="trv-002",
    sender="三浦 理沙 <r-miura@hinode-sangyo.co.jp>",
    to=["星空ツアーズ 団体旅行課 <group@hoshizora-tours.jp>"],
    cc=["小野寺 美咲 <onodera@hinode-sangyo.co.jp>"],
    subject="社員旅行（台湾・台北3泊4日）参加者名簿の送付",
    charset="utf-8",
    body=f"""星空ツアーズ株式会社
団体旅行課 ご担当者様

お世話になっております。日の出産業 営業企画部の三浦です。
先日お見積りいただいた台北3泊4日の社員旅行につきまして、参加者が確定しましたので
名簿をお送りします（添付Excel、18名）。

航空券の発券に必要な旅券情報も記載しております。
有効期限が残り6か月を切っている者がいないか、念のためご確認いただけますでしょうか。

部屋割りは別途ご連絡します。

------------------------------
日の出産業株式会社 営業企画部
三浦 理沙（みうら りさ）
TEL 03-5442-7740
------------------------------
""",
    attachments=[dict(kind="xlsx", name="台北社員旅行_参加者名簿.xlsx",
                      sheets={"参加者": [["2025年度 社員旅行（台北） 参加者名簿"], []] + _rows,
                              "集計": [["区分", "人数"], ["男性", sum(1 for p in _p if p.sex == "M")],
                                     ["女性", sum(1 for p in _p if p.sex == "F")], ["合計", 18]]})],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="18-person tour manifest with passport numbers and birth dates in XLSX to a tour operator",
))

_p = people(3, 1)[0]
MESSAGES.append(dict(
    id="trv-003",
    sender="Naomi Goto <n.goto@hinode-sangyo.co.jp>",
    to=["ビザサポートセンター 申請受付 <uketsuke@visa-support-center.jp>"],
    subject="中国ビジネスビザ申請のお願い（弊社社員1名）",
    charset="cp932",
    body=f"""ビザサポートセンター
申請受付ご担当者様

はじめてご連絡いたします。日の出産業株式会社 海外事業部の後藤と申します。
弊社社員1名の中国（M査証・1次）申請代行をお願いしたく、ご連絡いたしました。

申請者情報を添付の申請書下書き（Word）にまとめております。
旅券原本は明日、弊社より簡易書留にて発送いたします。

招聘状は上海の取引先から本日PDFで届く予定です。届き次第転送いたします。
ご不明点があればお知らせください。

日の出産業株式会社 海外事業部
後藤 直美
TEL 03-5442-7781
""",
    attachments=[dict(kind="docx", name="査証申請書_下書き.docx",
                      paragraphs=["中華人民共和国査証申請書（下書き）", "申請者情報", ""],
                      tables=[[["項目", "内容"],
                               ["氏名（漢字）", f"{_p.sei}{_p.mei}"],
                               ["氏名（英字）", f"{_p.sei_r.upper()}, {_p.mei_r.upper()}"],
                               ["生年月日", dfmt(_p.dob, "wareki")],
                               ["旅券番号", _p.passport],
                               ["旅券発行日", "2021年6月14日"],
                               ["現住所", addr(_p, "zip")],
                               ["携帯電話", _p.mobile],
                               ["勤務先", "日の出産業株式会社 海外事業部"],
                               ["渡航目的", "取引先との商談（上海・蘇州）"],
                               ["滞在予定", "2025/6/9 〜 2025/6/14"]]])],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="visa application draft with one employee's passport number, DOB and home address to a visa agency",
))

_p = people(4, 8)
_rows = [["社員番号", "氏名", "フリガナ", "生年月日", "免許証番号", "免許の色", "住所", "使用車両"]]
_cars = ["品川 300 さ 12-07", "品川 300 さ 12-08", "品川 500 ふ 33-41", "品川 500 ふ 33-42",
         "練馬 300 ほ 8-15", "練馬 300 ほ 8-16", "横浜 330 ゆ 61-02", "横浜 330 ゆ 61-03"]
for p, car in zip(_p, _cars):
    _rows.append([p.emp, f"{p.sei} {p.mei}", f"{p.sei_k} {p.mei_k}", dfmt(p.dob, "short"), p.license,
                  random.Random(p.license).choice(["ゴールド", "ブルー", "ゴールド"]), addr(p, "std"), car])
MESSAGES.append(dict(
    id="trv-004",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["寿オートリース 営業部 <eigyo@kotobuki-lease.co.jp>"],
    subject="リース車両 運転者登録の件",
    charset="cp932",
    body=f"""寿オートリース株式会社
営業部 御中

いつもお世話になっております。
日の出産業 車両管理の玉置です。

4月からの新契約分（8台）について、運転者登録用の一覧をCSVでお送りいたします。
任意保険の運転者限定の設定にもお使いください。

何卒よろしくお願いいたします。
{SIG_FLEET.format(name="玉置 健太")}
""",
    attachments=[dict(kind="csv", name="運転者登録一覧_202504.csv", rows=_rows, encoding="cp932")],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="eight drivers' licence numbers, DOB and home addresses in a CP932 CSV to a lease company",
))

MESSAGES.append(dict(
    id="trv-005",
    sender="黒沢 忠 <kurosawa@hinode-sangyo.co.jp>",
    to=["常磐損保 自動車事故受付センター <jiko-uketsuke@tokiwa-sonpo.co.jp>"],
    subject="事故報告（証券番号 AP-0392281）社用車追突事故について",
    charset="iso-2022-jp",
    body="""常磐損害保険株式会社
自動車事故受付センター　ご担当者様

日の出産業株式会社 総務部の黒沢です。
昨日お電話でご報告した社用車の事故について、書面にて補足いたします。

・発生日時：令和7年3月11日（火）午後4時20分頃
・発生場所：埼玉県越谷市東越谷の県道交差点付近
・車両：越谷 400 た 27-19（リース車両）
・運転者：当社 物流部 猪瀬 豊（いのせ ゆたか）

信号待ちで停車中に後続車に追突されたものです。相手方はすでに警察へ届出済みです。

猪瀬は事故当日、越谷市内の整形外科を受診し「頸椎捻挫・腰部打撲（全治3週間）」との
診断を受けました。現在も週2回通院しており、診断書の写しは来週郵送いたします。
なお、本人は既往症として椎間板ヘルニアの治療歴があるとのことですので、申し添えます。

相手方保険会社の連絡先が分かり次第お知らせいたします。
よろしくお願いいたします。

日の出産業株式会社 総務部
黒沢 忠
TEL 03-5442-7728
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="accident report naming the employee driver with his diagnosis and medical history, to an insurer",
))

_p = people(6, 7, where=KANTO)
_plates = ["品川 330 み 4-28", "足立 500 せ 71-90", "多摩 300 ぬ 2-63", "横浜 500 る 11-80",
           "川崎 330 そ 90-01", "所沢 500 か 3-33", "品川 300 ゆ 15-72"]
_t = [["区画", "氏名", "所属", "車両番号", "車種", "携帯電話"], ["----", "--------", "--------", "----------------", "--------", "-------------"]]
for i, (p, pl) in enumerate(zip(_p, _plates)):
    _t.append([f"B1-{i + 12}", f"{p.sei} {p.mei}", random.Random(i + 60).choice(["営業一課", "物流部", "技術部", "経理部"]),
               pl, random.Random(pl).choice(["プリウス", "フィット", "ノート", "カローラ", "N-BOX"]), p.mobile])
MESSAGES.append(dict(
    id="trv-006",
    sender="大河内 拓也 <okochi@hinode-sangyo.co.jp>",
    to=["芝浦ビルマネジメント 管理事務所 <kanri@shibaura-bm.co.jp>"],
    subject="地下駐車場 利用許可証の発行申請（7名分）",
    charset="iso-2022-jp",
    body=f"""芝浦ビルマネジメント株式会社
管理事務所　御中

お世話になっております。6階テナントの日の出産業 総務課 大河内です。
地下駐車場の月極区画について、4月1日付で下記7名分の利用許可証の発行をお願いします。

{table(_t, [7, 14, 10, 18, 10, 14])}

緊急時（車両移動のお願い等）は上記携帯に直接ご連絡いただいて構いません。
許可証は総務課にてまとめて受け取ります。

日の出産業株式会社 総務部 総務課
大河内 拓也　内線2201
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven employees with plate numbers and mobile phones in a space-padded table to building management",
))

_p = people(7, 6)
_lines = []
for p in _p:
    n = card_number(700 + len(_lines))
    _lines.append(f"{p.sei} {p.mei}\t{'-'.join(n[i:i + 4] for i in range(0, 16, 4))}\t有効期限 {random.Random(n).randint(1, 12):02d}/{random.Random(n).randint(26, 29)}")
MESSAGES.append(dict(
    id="trv-007",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["寿オートリース 高野様 <takano@kotobuki-lease.co.jp>"],
    subject="ETCカード 車両紐付け変更のお願い",
    charset="iso-2022-jp",
    body=f"""寿オートリース株式会社
高野様

お世話になっております。日の出産業の玉置です。
営業車のETCカード（法人クレジット一体型）について、使用者の変更がありましたので
利用明細の部署振り分け用に、現時点の使用者とカード番号をお知らせします。

{chr(10).join(_lines)}

上記以外のカードは車両固定（使用者なし）のままです。
ご確認のほどよろしくお願いいたします。
{SIG_FLEET.format(name="玉置 健太")}
""",
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="six users with full credit-linked ETC card numbers, tab separated, to a lease company",
))

_p = people(8, 10, where=KANTO)
_lines = ["日付\t社員番号\t氏名\t乗車地\t降車地（自宅）\t金額"]
for i, p in enumerate(_p):
    _lines.append(f"3/{(i * 3) % 28 + 1}\t{p.emp}\t{p.sei}{p.mei}\t芝二丁目（本社前）\t{addr(p, 'nopref')}\t{random.Random(i).randint(3200, 14800):,}")
MESSAGES.append(dict(
    id="trv-008",
    sender="日の出産業 総務課 <soumu@hinode-sangyo.co.jp>",
    to=["光交通 法人チケット係 <ticket@hikari-kotsu.co.jp>"],
    subject="3月分 タクシーチケット利用明細の突合について",
    charset="utf-8",
    body=f"""光交通株式会社
法人チケットご担当者様

いつもお世話になっております。日の出産業 総務課です。
3月分のご請求明細と当社の利用記録に差異があるため、当社側の記録をお送りします。
深夜帰宅分（降車地は各自の自宅）のみ抜粋しています。

{chr(10).join(_lines)}

御社明細と照合のうえ、差異のある伝票番号をご教示いただけますと助かります。

日の出産業株式会社 総務部 総務課
TEL 03-5442-7700
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="ten employees' home addresses (taxi drop-off) with names and staff numbers, tab separated, to a taxi company",
))

_p = people(9, 12)
_tr = "\n".join(
    f"<tr><td>{i}</td><td>{p.sei} {p.mei}<br><small>{p.sei_k} {p.mei_k}</small></td>"
    f"<td>{'シングル' if i % 3 else 'ツイン（相部屋）'}</td><td>6/{12 + (i % 2)}</td><td>6/14</td><td>{p.mobile}</td></tr>"
    for i, p in enumerate(_p, 1))
MESSAGES.append(dict(
    id="trv-009",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会・団体予約 <group-rsv@sakura-hotel.jp>"],
    subject="6/12-14 販売店会議 宿泊者リスト（日の出産業）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>さくらホテル<br>団体予約ご担当 皆様</p>
<p>いつもお世話になっております。日の出産業の小野寺です。<br>
6/12〜14の販売店会議の宿泊者が確定しましたので、以下の通りお知らせいたします。<br>
当日の連絡用に各自の携帯番号も記載しております。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>宿泊者</th><th>部屋</th><th>IN</th><th>OUT</th><th>連絡先</th></tr>
{_tr}
</table>
<p>請求は一括で当社宛にてお願いいたします。</p>
<p>--<br>日の出産業株式会社 総務部 トラベルデスク<br>小野寺 美咲<br>TEL 03-5442-7710</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="rooming list of 12 guests with mobile numbers in an HTML-only table to the partner hotel",
))

MESSAGES.append(dict(
    id="trv-010",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["さくらホテル 予約センター <reservation@sakura-hoteI.jp>"],
    subject="Re: ご予約内容のご確認（予約番号 SK-55810293）",
    charset="iso-2022-jp",
    body="""さくらホテル 予約センター
ご担当者様

ご連絡ありがとうございます。日の出産業の小野寺です。
お問い合わせの件、宿泊者の連絡先は以下の通りです。

　宿泊者：鬼頭 正人 様（当社 技術部）
　携帯　：080-3318-2764

到着は21時頃の予定とのことです。引き続きよろしくお願いいたします。

小野寺

> 日の出産業株式会社
> 小野寺様
>
> このたびはさくらホテルをご利用いただき誠にありがとうございます。
> 予約番号 SK-55810293 につき、ご宿泊者様のご連絡先をお知らせください。
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="reply to sakura-hoteI.jp (capital I for l) — look-alike of the partner hotel's domain",
))

MESSAGES.append(dict(
    id="trv-011",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["青葉運輸 陸送課 <rikuso@aoba-unyu.jp>"],
    subject="社用車 陸送のお見積り依頼（大阪支店→本社）",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
陸送課 ご担当者様

いつもお世話になっております。日の出産業 車両管理の玉置です。

大阪支店で使用していた営業車2台を本社（港区芝）へ移管するため、
陸送のお見積りをお願いできますでしょうか。

　車両1：トヨタ プリウス（なにわ 300 ち 54-11）
　車両2：日産 ノート（なにわ 500 は 8-20）
　引取り：大阪府大阪市北区梅田の月極駐車場
　納車先：東京都港区芝 日の出ビル 地下駐車場
　希望時期：5月中旬

よろしくお願いいたします。
""" + SIG_FLEET.format(name="玉置 健太"),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain aoba-unyu.jp drops the co. of partner aoba-unyu.co.jp",
))

MESSAGES.append(dict(
    id="trv-012",
    sender="三浦 理沙 <r-miura@hinode-sangyo.co.jp>",
    to=["旅路トラベル 西岡様 <nishioka@tabiji-travel.co.jp>",
        "星空ツアーズ 団体旅行課 <group@hoshizora-tours.jp>",
        "巴トラベル 法人担当 <houjin@tomoe-travel.co.jp>"],
    subject="【見積依頼】2025年度 社員旅行（国内1泊2日・約80名）",
    charset="iso-2022-jp",
    body="""各位

いつもお世話になっております。日の出産業 営業企画部の三浦です。
2025年度の社員旅行について、下記条件でお見積りをお願いいたします。

　時期　：2025年10月下旬の金土（第1希望 10/24-25）
　人数　：約80名（確定は8月末）
　行先　：箱根・伊豆・軽井沢方面のいずれか
　内容　：貸切バス、温泉旅館1泊（宴会場つき）、2日目の昼食
　予算　：お一人様 35,000円前後

ご提案書は6月20日（金）までにお送りいただけますと幸いです。
ご不明点は三浦までお問い合わせください。

日の出産業株式会社 営業企画部
三浦 理沙　TEL 03-5442-7740
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="RFQ sent to three competing travel agencies visibly in To — should have been Bcc",
))

MESSAGES.append(dict(
    id="trv-013",
    sender="Naomi Goto <n.goto@hinode-sangyo.co.jp>",
    to=["旅路トラベル 海外手配課 <kaigai@tabiji-travel.co.jp>"],
    subject="ドイツ展示会出張 旅券コピー送付",
    charset="utf-8",
    body="""旅路トラベル株式会社
海外手配課 ご担当者様

お世話になっております。日の出産業 海外事業部の後藤です。
ハノーバー展示会出張（9名）の旅券コピーをZIPにまとめてお送りします。
パスワードは別メールにてお送りいたします。

ご確認よろしくお願いいたします。

後藤 直美
日の出産業株式会社 海外事業部
""",
    attachments=[dict(kind="zip", name="旅券コピー_ハノーバー.zip", password="Hnd#2025hv",
                      files=[dict(kind="xlsx", name="旅券情報一覧.xlsx",
                                  sheets={"一覧": [["氏名", "旅券番号", "生年月日"]] +
                                          [[f"{p.sei_r.upper()} {p.mei_r.upper()}", p.passport, dfmt(p.dob, "iso")]
                                           for p in people(13, 9)]}),
                             dict(kind="png", name="passport_01.png")])],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) of passport copies — cannot be inspected",
))

_p = people(14, 5, where=("愛知県",))
_inner = "\n".join(f"{p.sei}{p.mei}　{p.license}　{dfmt(p.dob, 'yy')}　{addr(p, 'fw')}" for p in _p)
MESSAGES.append(dict(
    id="trv-014",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["なぎさフリートサービス 柏木様 <kashiwagi@nagisa-fleet.co.jp>"],
    subject="FW: 名古屋営業所 運転者の追加",
    charset="cp932",
    body=f"""柏木様

お世話になっております。日の出産業の玉置です。
名古屋営業所から追加の運転者について連絡がありましたので、転送いたします。
5名とも、来月の安全運転講習の対象に含めていただけますでしょうか。

玉置

-------- Forwarded Message --------
件名: 名古屋営業所 運転者の追加
差出人: 纐纈 清志 <koketsu@hinode-sangyo.co.jp>
宛先: 玉置 健太 <tamaki-k@hinode-sangyo.co.jp>

玉置さん

名古屋の纐纈です。今期から営業車を運転する者が5名増えます。
免許証の写しは別途回します。取り急ぎ一覧です。

{_inner}

以上、よろしくお願いします。
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="forward of an internal mail listing five drivers' licence numbers, DOB and addresses to a fleet service",
))

MESSAGES.append(dict(
    id="trv-015",
    sender="大河内 拓也 <okochi@hinode-sangyo.co.jp>",
    to=["巴トラベル 法人担当 岩城様 <iwaki@tomoe-travel.co.jp>"],
    subject="出張手配業務委託の件 当社旅費規程の送付",
    charset="iso-2022-jp",
    body="""巴トラベル株式会社
法人担当 岩城様

お世話になっております。日の出産業の大河内です。
来期からの出張手配業務委託に向けて、当社の国内・海外旅費規程をお送りします。
航空券クラスや宿泊上限額の確認にお使いください。

よろしくお願いいたします。

日の出産業株式会社 総務部 総務課長
大河内 拓也
""",
    attachments=[dict(kind="xlsx", name="旅費規程_別表.xlsx", page_header="社外秘",
                      title="国内・海外出張旅費規程 別表",
                      sheets={"国内": [["職位", "宿泊上限（東京・大阪）", "宿泊上限（その他）", "日当", "新幹線"],
                                     ["役員", 22000, 18000, 4000, "グリーン車"],
                                     ["部長", 15000, 12000, 3000, "普通車指定席"],
                                     ["課長", 12000, 10500, 2500, "普通車指定席"],
                                     ["一般", 10500, 9500, 2000, "普通車指定席"]],
                              "海外": [["職位", "航空券", "宿泊上限（甲地）", "宿泊上限（乙地）", "日当（USD）"],
                                     ["役員", "ビジネス", 300, 250, 80],
                                     ["部長", "プレミアムエコノミー", 220, 180, 60],
                                     ["一般", "エコノミー", 180, 150, 50]]})],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="travel-rules workbook carries 社外秘 only in its print header, sent to an outside agency",
))

# =======================================================================================
# 016-030
# =======================================================================================

_d = people(16, 1)[0]
MESSAGES.append(dict(
    id="trv-016",
    sender="黒沢 忠 <kurosawa@hinode-sangyo.co.jp>",
    to=["東雲海上火災 損害サービス課 <songai@shinonome-kaijo.co.jp>"],
    subject="人身事故のご報告（事故受付番号 J25-004417）",
    charset="utf-8",
    body="""東雲海上火災保険株式会社
損害サービス課 御中

日の出産業株式会社 総務部の黒沢でございます。
先日ご連絡いたしました人身事故につきまして、社内の事故報告書をPDFでお送りします。
被害者の方の通院先と診断内容も記載しておりますので、ご対応をお願いいたします。

黒沢 忠（総務部 安全運転管理者）
TEL 03-5442-7728
""",
    attachments=[dict(kind="pdf", name="事故報告書_J25-004417.pdf", title="交通事故報告書",
                      lines=["交通事故報告書（社内様式第12号）", "",
                             "発生日時　2025年2月27日（木）8時05分頃",
                             "発生場所　千葉県船橋市本町の市道（横断歩道上）",
                             f"運転者　　{_d.sei} {_d.mei}（{_d.sei_k} {_d.mei_k}）　営業二課",
                             f"運転免許証番号　{_d.license}",
                             f"運転者住所　{addr(_d, 'zip')}",
                             "車両　　　船橋 300 め 40-66（リース車両）", "",
                             "事故概要：右折時に横断歩道を渡っていた歩行者と接触。",
                             "被害者　　東 千代子 様（78歳）船橋市在住",
                             "負傷内容　右大腿骨頸部骨折（船橋中央病院に入院、手術予定）",
                             "警察届出　船橋東警察署 受理番号 第2025-0381号", "",
                             "運転者の処分：社内規程により1か月の運転禁止とする。"],
                      page_footer="日の出産業株式会社 総務部")],
    expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="accident report PDF: driver's licence number and address, victim's fracture and hospitalisation",
))

_p = people(17, 6, age=(1958, 1975))
_titles = ["代表取締役社長", "専務取締役", "常務取締役", "取締役 営業本部長", "取締役 管理本部長", "執行役員"]
_csv = "\n".join(f"{t},{p.sei_r.upper()}/{p.mei_r.upper()} {'MR' if p.sex == 'M' else 'MS'},{dfmt(p.dob, 'slash')},{p.jal},{p.mail_local}@hinode-sangyo.co.jp"
                 for t, p in zip(_titles, _p))
MESSAGES.append(dict(
    id="trv-017",
    sender="日の出産業 秘書室 <hisho@hinode-sangyo.co.jp>",
    to=["剣航空 法人営業部 <corporate@tsurugi-air.co.jp>"],
    subject="役員 法人会員登録について",
    charset="cp932",
    body=f"""剣航空株式会社
法人営業部 ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 秘書室でございます。

法人会員プログラムへの役員登録につきまして、必要事項を下記の通りお知らせいたします。
（役職,搭乗者名,生年月日,マイレージ会員番号,メールアドレス）

{_csv}

登録完了のご連絡は秘書室宛にお願い申し上げます。

日の出産業株式会社 秘書室
TEL 03-5442-7001
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six executives' birth dates, mileage numbers and e-mails, comma separated, to an airline",
))

_p = people(18, 7)
_pl = "\n".join(f"{i}. {p.sei_r.upper()} {p.mei_r.upper()}  {'M' if p.sex == 'M' else 'F'}  DOB {dfmt(p.dob, 'eng')}  PPT {p.passport}  EXP {dfmt(p.pp_exp, 'eng')}"
                for i, p in enumerate(_p, 1))
MESSAGES.append(dict(
    id="trv-018",
    sender="Naomi Goto <n.goto@hinode-sangyo.co.jp>",
    to=["Formosa Incentive Tours <ops@formosa-incentive.com.tw>"],
    subject="Passenger details - Hinode Sangyo study tour (Kaohsiung, 14-17 Oct)",
    charset="utf-8",
    body=f"""Dear Ms. Lin,

Thank you for the revised itinerary. Please find below the passenger details for the
Kaohsiung plant visit. Names are as printed in the passports (SURNAME GIVEN NAME).

{_pl}

Passenger 4 will join from Osaka (KIX) and return separately on 18 Oct.
Could you please arrange the domestic transfer and confirm the hotel by Friday?

Best regards,

Naomi Goto
Overseas Business Dept., Hinode Sangyo Co., Ltd.
2-14-9 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel +81-3-5442-7781
{DISCLAIMER_EN}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="English mail: seven passengers in romaji capitals with passport numbers and DOB to an overseas agency",
))

_p = people(19, 1)[0]
_c = card_number(1901)
MESSAGES.append(dict(
    id="trv-019",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["ホテル楓グランデ 予約課 <yoyaku@grand-kaede-hotel.co.jp>"],
    subject="ご予約の保証について（4/8 1泊 日の出産業）",
    charset="iso-2022-jp",
    body=f"""ホテル楓グランデ
予約課 ご担当者様

お世話になっております。日の出産業の小野寺です。
4月8日（火）1泊でお願いしている予約（予約番号 K-240881）のギャランティについて、
当社法人カードでの保証をお願いいたします。

　宿泊者　　：{_p.sei}{_p.mei} 様
　カード番号：{_c[:4]} {_c[4:8]} {_c[8:12]} {_c[12:]}
　有効期限　：09/28
　名義　　　：HINODE SANGYO CO LTD

チェックイン時の精算は不要です。よろしくお願いいたします。

小野寺
""",
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="full corporate credit card number for a hotel guarantee in the body",
))

_p = people(20, 3, age=(1980, 1996))
_blk = "\n\n".join(f"""Applicant {i}
  Name (as in passport): {p.mei_r} {p.sei_r}
  Date of birth: {dfmt(p.dob, 'eng_us')}
  Passport No.: {p.passport}   Date of expiry: {dfmt(p.pp_exp, 'eng_us')}
  Designation: {['Senior Engineer', 'Engineer', 'Project Manager'][i - 1]}"""
                   for i, p in enumerate(_p, 1))
MESSAGES.append(dict(
    id="trv-020",
    sender="Tatsuya Mori <t.mori@hinode-sangyo.co.jp>",
    to=["Priya Raman <priya.raman@veda-techsolutions.in>"],
    subject="Request for business visa invitation letters (3 engineers, Pune)",
    charset="utf-8",
    body=f"""Dear Priya,

Thank you for hosting our commissioning team in Pune next month.
To apply for Indian business e-visas we need an invitation letter on your letterhead
for each of the following engineers:

{_blk}

Purpose: installation and commissioning of the conveyor control system at your
Chakan plant, 9-27 June 2025.

Could you kindly send signed PDFs by 23 May?

Kind regards,
Tatsuya Mori
Engineering Div., Hinode Sangyo Co., Ltd.
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="three engineers' passport numbers and DOB (given-name-first romaji) for invitation letters",
))

_p = people(21, 11)
_tab = [["No.", "性別", "生年月日", "国籍", "旅券番号", "有効期限", "搭乗区間"]]
for i, p in enumerate(_p, 1):
    _tab.append([i, "男" if p.sex == "M" else "女", dfmt(p.dob, "dot"), "日本", p.passport,
                 dfmt(p.pp_exp, "dot"), "NRT-BKK-NRT"])
MESSAGES.append(dict(
    id="trv-021",
    sender="三浦 理沙 <r-miura@hinode-sangyo.co.jp>",
    to=["星空ツアーズ 発券センター <hakken@hoshizora-tours.jp>"],
    subject="バンコク研修 APIS用データ（11名）",
    charset="cp932",
    body="""星空ツアーズ 発券センター 御中

日の出産業 営業企画部の三浦です。
航空会社への事前旅客情報（APIS）提出用のデータをPDFで送付します。
氏名は先日お送りした予約記録（PNR）の並び順と同じです。

ご確認よろしくお願いします。
三浦
""",
    attachments=[dict(kind="pdf", name="APIS_BKK研修.pdf",
                      lines=["バンコク研修 事前旅客情報（PNR並び順）", "出発 2025年7月6日 NRT 10:55", ""],
                      table=_tab)],
    expect="stop",
    entities=["DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="PDF list of 11 travellers without a name column: DOB and passport numbers per row",
))

_p = people(22, 5)
_tbl = [["氏名", "ふりがな", "住所", "免許証番号", "免許有効期限"]]
for p in _p:
    _tbl.append([f"{p.sei} {p.mei}", f"{hira(p.sei_k)} {hira(p.mei_k)}", addr(p, "kanji"), p.license,
                 f"令和{random.Random(p.license).randint(8, 11)}年{random.Random(p.sei).randint(1, 12)}月{random.Random(p.mei).randint(1, 28)}日まで有効"])
MESSAGES.append(dict(
    id="trv-022",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["なぎさフリートサービス 契約管理部 <keiyaku@nagisa-fleet.co.jp>"],
    subject="新規リース契約 運転者届の提出",
    charset="iso-2022-jp",
    body="""なぎさフリートサービス株式会社
契約管理部 御中

お世話になっております。日の出産業 車両管理の玉置です。
新規リース契約（契約番号 NF-2025-0144）に伴う運転者届をWordで提出いたします。
押印済みの原本は郵送いたします。

よろしくお願いいたします。
""" + SIG_FLEET.format(name="玉置 健太"),
    attachments=[dict(kind="docx", name="運転者届_NF-2025-0144.docx",
                      paragraphs=["運転者届", "なぎさフリートサービス株式会社 御中", "",
                                  "下記の者を契約車両の運転者として届け出ます。"],
                      tables=[_tbl], page_footer="日の出産業株式会社 総務部")],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="DOCX table of five drivers with kanji-numeral addresses and licence numbers to a lease company",
))

MESSAGES.append(dict(
    id="trv-023",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["寿オートリース 高野様 <takano@kotobuki-lease.co.jp>"],
    subject="Re: 運転者名簿のご提出について",
    charset="iso-2022-jp",
    body="""高野様

お世話になっております。玉置です。
ご依頼の運転者名簿（最新版）を添付いたします。
車検予定表のシートも同じファイルに入れております。

よろしくお願いいたします。

玉置

-----Original Message-----
From: 高野 <takano@kotobuki-lease.co.jp>
Sent: Monday, April 14, 2025 10:12 AM
Subject: 運転者名簿のご提出について

日の出産業 玉置様
年度更新のため、運転者名簿の最新版をご提出ください。
""",
    attachments=[dict(kind="corrupt", name="運転者名簿_2025.xlsx")],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached driver roster XLSX is damaged and cannot be read",
))

MESSAGES.append(dict(
    id="trv-024",
    sender="Naomi Goto <n.goto@hinode-sangyo.co.jp>",
    to=["行政書士法人光陽 国際業務部 <kokusai@koyo-gyosei.jp>"],
    subject="査証申請書類一式（暗号化PDF）",
    charset="utf-8",
    body="""行政書士法人光陽
国際業務部　ご担当者様

お世話になっております。日の出産業の後藤です。
ベトナム赴任者2名の査証申請書類一式をPDFにまとめました。
開封パスワードはお電話でお伝えします。

よろしくお願いいたします。

後藤 直美（海外事業部）
""",
    attachments=[dict(kind="pdf", name="査証申請書類_ベトナム赴任.pdf", password="koyo0612",
                      lines=["査証申請書類", "申請者1", "申請者2"])],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF of visa documents — cannot be inspected",
))

MESSAGES.append(dict(
    id="trv-025",
    sender="三浦 理沙 <r-miura@hinode-sangyo.co.jp>",
    to=["星空ツアーズ 団体旅行課 蓮見様 <hasumi@hoshizora-tours.jp>"],
    subject="社員旅行 食事・行程に関するご配慮のお願い",
    charset="iso-2022-jp",
    body="""星空ツアーズ株式会社
蓮見様

いつもお世話になっております。日の出産業の三浦です。
10月の社員旅行につき、参加者1名についてご配慮をお願いしたくご連絡しました。

技術部のアフマド・ハリス（Ahmad Haris）さんはイスラム教を信仰されており、
豚肉・アルコールを含む料理が召し上がれません。宴会・朝食ともにハラール対応の
お食事をご用意いただけますでしょうか。また、1日5回の礼拝の時間が必要とのことで、
旅館内で静かな小部屋をお借りできると助かります。

ご本人の了承を得てお伝えしております。難しい点があればご相談ください。

日の出産業株式会社 営業企画部
三浦 理沙
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's religion (Muslim, prayer times) in prose to a tour operator — 要配慮個人情報",
))

MESSAGES.append(dict(
    id="trv-026",
    sender="大河内 拓也 <okochi@hinode-sangyo.co.jp>",
    to=["寿オートリース 高野様 <takano@kotobuki-lease.co.jp>"],
    cc=["玉置 健太 <tamaki-k@hinode-sangyo.co.jp>"],
    subject="リース車両（品川 300 さ 12-07）の使用停止について",
    charset="cp932",
    body="""寿オートリース株式会社
高野様

いつもお世話になっております。日の出産業 総務課長の大河内です。
標記車両について、当面の間使用を停止いたしますのでご連絡いたします。

先週末、当該車両の使用者である営業一課の鰐淵豊が、私用で運転中に
酒気帯び運転で現行犯逮捕されました（現在は釈放され、在宅で捜査中とのことです）。
社内処分が決まるまで、同人の運転者登録を抹消していただけますでしょうか。

車両自体に損傷はありません。鍵は総務課で保管しております。
ご迷惑をおかけし申し訳ございません。

日の出産業株式会社 総務部 総務課
大河内 拓也
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="prose naming an employee arrested for drink-driving (criminal record) to a lease company",
))

_p = people(27, 14, where=KANTO)
_s1 = [["チケット番号", "利用日", "氏名", "所属", "携帯番号", "区間", "金額"]]
for i, p in enumerate(_p):
    _s1.append([f"HK-{884100 + i * 7}", f"2025/05/{(i * 2) % 30 + 1:02d}", f"{p.sei}{p.mei}",
                random.Random(i + 27).choice(["営業一課", "営業二課", "技術部", "物流部"]),
                fw(p.mobile) if i % 3 == 0 else p.mobile, "本社→" + p.city, random.Random(p.sei).randint(2800, 12600)])
MESSAGES.append(dict(
    id="trv-027",
    sender="日の出産業 総務課 <soumu@hinode-sangyo.co.jp>",
    to=["きくタクシー 法人営業 <houjin@kiku-taxi.jp>"],
    subject="タクシーチケット 利用者登録データ（5月分）",
    charset="utf-8",
    body="""きくタクシー株式会社
法人営業ご担当者様

お世話になっております。日の出産業 総務課です。
お問い合わせのあった、乗務員から利用者へ確認の電話をする際の連絡先を含めた
5月分の利用者データをお送りします（Excel、シート「5月」）。

よろしくお願いいたします。

日の出産業株式会社 総務課
""",
    attachments=[dict(kind="xlsx", name="タクシーチケット利用_2025年5月.xlsx",
                      sheets={"5月": _s1,
                              "部署別集計": [["所属", "件数"], ["営業一課", 5], ["営業二課", 3], ["技術部", 4], ["物流部", 2]],
                              "メモ": [["チケット冊子番号 HK-8841xx 台帳と照合済み"]]})],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX with 14 ticket users' names and mobile numbers (some full-width) to a taxi company",
))

_p = people(28, 9)
_etc = [["カード番号", "有効期限", "車両番号", "主使用者", "使用者携帯"]]
for i, p in enumerate(_p):
    _etc.append([card_number(2800 + i), f"20{27 + i % 3}/{(i % 12) + 1:02d}", f"品川 300 さ {20 + i}-0{i % 9 + 1}",
                 f"{p.sei} {p.mei}", p.mobile])
_drv = [["氏名", "フリガナ", "生年月日", "免許証番号"]] + [[f"{p.sei} {p.mei}", hankaku(f"{p.sei_k} {p.mei_k}"), dfmt(p.dob, "yy"), p.license] for p in _p]
MESSAGES.append(dict(
    id="trv-028",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["なぎさフリートサービス 柏木様 <kashiwagi@nagisa-fleet.co.jp>"],
    subject="フリート管理システム 初期データ",
    charset="cp932",
    body="""柏木様

お世話になっております。日の出産業の玉置です。
フリート管理システム導入に伴う初期データをZIPにまとめて送付します。
　・ETCカード一覧.csv
　・運転者一覧.csv

文字コードはShift_JISです。取込エラーがあればご連絡ください。
""" + SIG_FLEET.format(name="玉置 健太"),
    attachments=[dict(kind="zip", name="初期データ_日の出産業.zip",
                      files=[dict(kind="csv", name="ETCカード一覧.csv", rows=_etc, encoding="cp932"),
                             dict(kind="csv", name="運転者一覧.csv", rows=_drv, encoding="cp932")])],
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD", "PHONE_NUMBER", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="plain ZIP with ETC card numbers, users' mobiles, DOB and licence numbers of nine drivers",
))

_p = people(29, 6)
_inner_body = "各位\n\n来月の安全運転研修の受講者です。\n\n" + "\n".join(
    f"・{p.sei}{p.mei}（{p.sei_k}）　免許 {p.license}　{dfmt(p.dob, 'short_fw', True)}生" for p in _p) + \
    "\n\n以上\n安全運転管理者 黒沢"
MESSAGES.append(dict(
    id="trv-029",
    sender="黒沢 忠 <kurosawa@hinode-sangyo.co.jp>",
    to=["安全ドライブコンサルティング 研修事務局 <kenshu@anzen-drive-consulting.co.jp>"],
    subject="安全運転研修 受講者の件",
    charset="iso-2022-jp",
    body="""安全ドライブコンサルティング株式会社
研修事務局 ご担当者様

いつもお世話になっております。日の出産業の黒沢です。
受講者を社内に周知したメールをそのまま添付いたします。
運転記録証明書の取り寄せにもお使いください。

黒沢 忠
""",
    attachments=[dict(kind="eml", name="安全運転研修 受講者.eml",
                      message=dict(sender="黒沢 忠 <kurosawa@hinode-sangyo.co.jp>",
                                   to=["営業部各位 <eigyo-all@hinode-sangyo.co.jp>"],
                                   subject="【周知】安全運転研修 受講者", charset="iso-2022-jp",
                                   body=_inner_body))],
    expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="attached .eml with six drivers' licence numbers and birth dates (full-width 和暦) to a training firm",
))

MESSAGES.append(dict(
    id="trv-030",
    sender="三浦 理沙 <r-miura@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>",
        "やまびこ観光バス 配車センター <haisha@yamabiko-bus.co.jp>"],
    cc=["星空ツアーズ 蓮見様 <hasumi@hoshizora-tours.jp>"],
    subject="6/13 販売店会議 当日の進行と送迎について",
    charset="iso-2022-jp",
    body="""関係各位

いつもお世話になっております。日の出産業の三浦です。
6/13（金）販売店会議の当日進行について、関係の皆様へまとめてご連絡いたします。

　9:30　　さくらホテル正面玄関にバス2台到着（やまびこ観光バス様）
　10:00　 ホテル出発 → 工場見学（茨城県つくば市）
　12:30　 昼食（工場内食堂）
　15:00　 工場出発 → さくらホテル着 17:00頃
　18:30　 懇親会（2階 桜の間）

バスの駐車位置はホテル様から直接バス会社様へご指示いただけますと助かります。
行程全体の管理は星空ツアーズ様にお願いしております。

日の出産業株式会社 営業企画部
三浦 理沙（当日携帯 080-4421-7730）
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="hotel, bus company and tour operator — three external organisations visible to each other in To/Cc",
))

# =======================================================================================
# 031-045
# =======================================================================================

MESSAGES.append(dict(
    id="trv-031",
    sender="日の出産業 OB会事務局 <ob-kai@hinode-sangyo.co.jp>",
    to=["望月 博 <mochizuki.hiroshi1951@gmail.com>", "相良 敏子 <sagara-toshiko@yahoo.co.jp>",
        "Kazuo Tominaga <k.tominaga@icloud.com>", "柘植 実 <tsuge-minoru@outlook.jp>"],
    subject="OB会 秋の日帰り旅行（鎌倉）のご案内",
    charset="utf-8",
    body="""OB会の皆様

日頃より日の出産業OB会の活動にご協力いただき、ありがとうございます。
秋の日帰り旅行の行程が決まりましたので、ご案内いたします。

日時：2025年11月8日（土）
集合：JR大船駅 東口 9:30
行程：鶴岡八幡宮 → 昼食（小町通り） → 長谷寺 → 江ノ電で藤沢駅解散（16:00頃）
会費：6,000円（昼食代含む）

ご出欠は10月20日までに本メールへの返信でお知らせください。

日の出産業株式会社 総務部 OB会事務局
TEL 03-5442-7700
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four retirees on different free-mail services visible to each other in To — should be Bcc",
))

_p = people(32, 3)
MESSAGES.append(dict(
    id="trv-032",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["田所 健一 <tadokoro@hinode-sangyo.jp>"],
    subject="福岡出張 手配完了のお知らせ",
    charset="iso-2022-jp",
    body=f"""田所さん

トラベルデスクの小野寺です。福岡出張の手配が完了しました。

　5/27（火）JAL 313 羽田 7:30 → 福岡 9:25
　5/28（水）JAL 330 福岡 18:00 → 羽田 19:35
　宿泊：博多駅前のホテル（予約番号 7731-0452）

同行の方の当日連絡先です。

　{_p[0].sei} {_p[0].mei}　{_p[0].mobile}
　{_p[1].sei} {_p[1].mei}　{_p[1].mobile}
　{_p[2].sei} {_p[2].mei}　{_p[2].mobile}

よろしくお願いします。
小野寺
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="colleague addressed at hinode-sangyo.jp (co. dropped) — a look-alike of the own domain",
))

_p = people(33, 4)
_g = "\n".join(f"・{p.sei}{p.mei}様　到着予定 {18 + i}:00　{'禁煙' if i % 2 == 0 else '喫煙'}" for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="trv-033",
    sender="長谷部 亮介 <hasebe@hinode-sangyo.co.jp>",
    to=["さくらホテル大阪 フロント <front-osaka@sakura-hotels.jp>"],
    subject="7/2 宿泊予約（4名）",
    charset="cp932",
    body=f"""さくらホテル大阪
フロントご担当者様

いつもお世話になっております。
日の出産業 大阪支店の長谷部です。

7月2日（水）1泊で、下記4名のシングル4室の予約をお願いします。

{_g}

精算は法人後払い（日の出産業株式会社 大阪支店宛）でお願いします。

日の出産業株式会社 大阪支店 総務
長谷部 亮介
TEL 06-6305-2211
""",
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["lookalike_domain", "personal_data"],
    note="recipient domain sakura-hotels.jp adds an s to partner sakura-hotel.jp",
))

MESSAGES.append(dict(
    id="trv-034",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["青葉運輸 配車担当 <haisha@aoba-unyuu.co.jp>"],
    subject="Re: 陸送日程のご確認",
    charset="iso-2022-jp",
    body="""青葉運輸 配車ご担当者様

お世話になっております。日の出産業の玉置です。
5月16日（金）10時の引取りで問題ございません。
当日の立会いは当社の宇佐美が対応いたします（携帯 070-5512-0938）。

よろしくお願いいたします。
玉置
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="aoba-unyuu.co.jp adds a u to partner aoba-unyu.co.jp",
))

MESSAGES.append(dict(
    id="trv-035",
    sender="大河内 拓也 <okochi@hinode-sangyo.co.jp>",
    to=["ミライフリート総研 コンサルティング部 <consulting@mirai-fleet-soken.co.jp>"],
    subject="【社外秘】社用車コスト分析データのご共有",
    charset="utf-8",
    body="""ミライフリート総研
コンサルティング部 ご担当者様

お世話になっております。日の出産業の大河内です。
先日の打合せでご依頼のあった車両コストの集計です。

【社外秘】
　保有台数　　　：62台（うちリース54台、自社保有8台）
　年間リース料　：約7,480万円
　燃料費　　　　：約2,130万円（前年比 +6.2%）
　事故件数　　　：11件（うち人身2件）
　保険料　　　　：約1,050万円（次年度 8%増の見込み）

拠点別の内訳は次回お打合せの際にご説明します。
よろしくお願いいたします。

大河内
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="subject and body stamped 【社外秘】 going to an outside consultancy",
))

MESSAGES.append(dict(
    id="trv-036",
    sender="Naomi Goto <n.goto@hinode-sangyo.co.jp>",
    to=["Lotus Journeys Vietnam <corporate@lotus-journeys.vn>"],
    subject="Hinode Sangyo travel policy for your reference",
    charset="utf-8",
    body="""Dear Mr. Tran,

As discussed, please find attached our overseas travel policy (summary).
It sets out the hotel ceilings and ground-transport rules for our staff in Vietnam.

Best regards,
Naomi Goto
Hinode Sangyo Co., Ltd.
""",
    attachments=[dict(kind="pdf", name="Overseas_Travel_Policy_2025.pdf",
                      title="Overseas Travel Policy 2025",
                      lines=["Hinode Sangyo Co., Ltd. - Overseas Travel Policy (Summary)", "",
                             "1. Flights: economy class for flights under 6 hours.",
                             "2. Hotels: up to USD 150/night in Hanoi and Ho Chi Minh City.",
                             "3. Ground transport: company-arranged cars only after 21:00.",
                             "4. Per diem: USD 50 (staff), USD 60 (managers).",
                             "5. Emergencies: contact the Tokyo travel desk 24h line."],
                      page_footer="CONFIDENTIAL - Hinode Sangyo internal use only")],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF footer classification 'CONFIDENTIAL - internal use only' on a policy sent abroad",
))

_p = people(37, 9, where=KANSAI)
_lines = []
_r = random.Random(3737)
for i, p in enumerate(_p):
    nm = hankaku(f"{p.sei_k} {p.mei_k}") if i % 2 == 0 else f"{hira(p.sei_k)} {hira(p.mei_k)}"
    _em = _r.choice([f"06-{_r.randint(6300, 6999)}-{_r.randint(1000, 9999)}", f"072-{_r.randint(200, 299)}-{_r.randint(1000, 9999)}",
                     f"0798-{_r.randint(40, 79)}-{_r.randint(1000, 9999)}",
                     f"{_r.choice(['090', '080'])}-{_r.randint(1000, 9999)}-{_r.randint(1000, 9999)}"])
    _lines.append(f"{i + 1:>2} {pad(nm, 20)}{p.mobile}  緊急連絡先:{_r.choice(['妻', '母', '父'] if p.sex == 'M' else ['夫', '母', '父'])} {_em}")
MESSAGES.append(dict(
    id="trv-037",
    sender="長谷部 亮介 <hasebe@hinode-sangyo.co.jp>",
    to=["やまびこ観光バス 運行管理 <unkou@yamabiko-bus.co.jp>"],
    subject="9/20 日帰りバスツアー 乗車名簿",
    charset="cp932",
    body="""やまびこ観光バス株式会社
運行管理ご担当者様

お世話になっております。日の出産業 大阪支店の長谷部です。
9/20（土）の日帰りバスツアー（貸切1台）の乗車名簿をお送りします。
ドライバー様・ガイド様用に、本人携帯と緊急連絡先を記載しました。

""" + "\n".join(_lines) + """

集合は大阪支店前に7:45です。よろしくお願いします。

長谷部
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="nine passengers (half-width kana / hiragana names) with mobiles and emergency contacts to a bus company",
))

_p = people(38, 5)
MESSAGES.append(dict(
    id="trv-038",
    sender="三浦 理沙 <r-miura@hinode-sangyo.co.jp>",
    to=["ホテル楓グランデ 宴会課 <enkai@grand-kaede-hotel.co.jp>"],
    subject="役員懇親会 ご出席者について",
    charset="iso-2022-jp",
    body=f"""ホテル楓グランデ
宴会課 ご担当者様

いつもお世話になっております。日の出産業 営業企画部の三浦です。
来週の懇親会、当社からの出席者をお知らせします。

まず{_p[0].sei}部長（{_p[0].sei}{_p[0].mei}、{_p[0].dob[0]}年生まれ）が乾杯のご挨拶をいたします。
当日は直前まで外出しておりますので、何かあれば携帯（{_p[0].mobile}）までお願いします。
次に{_p[1].sei}{_p[1].mei}課長ですが、{_p[1].dob[0]}年{_p[1].dob[1]}月{_p[1].dob[2]}日がお誕生日で
当日がちょうど誕生日にあたるため、デザートのプレートにお名前を入れていただけますと幸いです
（連絡先 {_p[1].mobile}）。
受付は{_p[2].sei}{_p[2].mei}（{_p[2].mobile}）と{_p[3].sei}{_p[3].mei}（{_p[3].mobile}）の二名が担当し、
会計は{_p[4].sei}{_p[4].mei}（{_p[4].mobile}、メール {_p[4].mail_local}@hinode-sangyo.co.jp）が承ります。

以上5名、どうぞよろしくお願いいたします。
三浦
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five named staff with mobiles (and a birthday) written in prose, not a table, to a hotel",
))

MESSAGES.append(dict(
    id="trv-039",
    sender="日の出産業 人事部 海外赴任担当 <kaigai-fuin@hinode-sangyo.co.jp>",
    to=["高輪トラベルクリニック 予約窓口 <yoyaku@takanawa-travel-clinic.jp>"],
    subject="赴任前健診・予防接種のご相談（ジャカルタ赴任予定者）",
    charset="utf-8",
    body="""高輪トラベルクリニック
予約窓口 御中

いつもお世話になっております。日の出産業 人事部の海外赴任担当です。
8月にジャカルタへ赴任予定の社員について、予防接種と赴任前健診の予約をお願いします。

　氏名：能登谷 智之（ノトヤ トモユキ）　昭和52年9月3日生
　社員番号：HS20417

今春の定期健診で血圧 168/102 と高値で「高血圧症・要精密検査」、
HbA1c 7.4% で「2型糖尿病の疑い」と判定されています。
現地での服薬継続が可能か、事前に先生にご相談させていただけますでしょうか。
健診結果の写しは予約日にご本人が持参いたします。

日の出産業株式会社 人事部
TEL 03-5442-7060
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's health check results (hypertension, suspected diabetes) to a travel clinic",
))

MESSAGES.append(dict(
    id="trv-040",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["旅路トラベル 西岡様 <nishioka@tabiji-travel.co.jp>"],
    subject="札幌出張 外国籍社員の宿泊登録について",
    charset="cp932",
    body="""旅路トラベル株式会社
西岡様

お世話になっております。日の出産業の小野寺です。
来週の札幌出張のうち1名が外国籍社員のため、ホテルから本人確認書類の情報を
求められております。以下をホテルへお伝えいただけますでしょうか。

　氏名　　　　：グエン・ヴァン・ミン（NGUYEN VAN MINH）
　国籍　　　　：ベトナム
　在留カード番号：UH38420715EN
　在留期限　　：2027年3月31日
　生年月日　　：1994年7月22日

よろしくお願いいたします。
""" + SIG_TRAVEL.format(name="小野寺 美咲", mail="onodera"),
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a foreign employee's residence card number and DOB to a travel agency",
))

_p = people(41, 9)
_rows = [["Name", "Name (Kanji)", "Mileage No.", "E-mail", "Mobile"]]
for p in _p:
    _rows.append([f"{p.mei_r} {p.sei_r}", f"{p.sei}{p.mei}", p.ana, f"{p.mail_local}@hinode-sangyo.co.jp", p.mobile])
MESSAGES.append(dict(
    id="trv-041",
    sender="日の出産業 トラベルデスク <travel-desk@hinode-sangyo.co.jp>",
    to=["剣航空 法人営業部 <corporate@tsurugi-air.co.jp>"],
    subject="法人向け上級会員プログラム 対象者リスト",
    charset="iso-2022-jp",
    body="""剣航空株式会社
法人営業部 御中

いつもお世話になっております。日の出産業 トラベルデスクです。
法人向け上級会員プログラムの対象者（9名）をCSVでお送りします。
ステータス付与のご案内は、各自のメールアドレスへ直接お送りいただいて結構です。

よろしくお願いいたします。

日の出産業株式会社 総務部 トラベルデスク
TEL 03-5442-7710
""",
    attachments=[dict(kind="csv", name="elite_members_hinode.csv", rows=_rows, encoding="utf-8")],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="UTF-8 CSV of nine employees with mileage numbers, e-mails and mobiles to an airline",
))

_p = people(42, 6)
_lst = "\n".join(f"- {p.sei_r.upper()}, {p.mei_r} / {addr(p, 'romaji')} / licence no. {p.license}" for p in _p)
MESSAGES.append(dict(
    id="trv-042",
    sender="Tamaki Kenta <tamaki-k@hinode-sangyo.co.jp>",
    to=["Fleet Onboarding <onboarding@apexfleet-asia.com>"],
    subject="Driver registration - Hinode Sangyo (contract HS-APX-07)",
    charset="utf-8",
    body=f"""Hello,

Please register the following drivers under our new lease contract HS-APX-07.
Home addresses are required by your insurer for the named-driver policy.

{_lst}

Let me know if you also need scans of the licences.

Regards,
Kenta Tamaki
Fleet Management, General Affairs Dept.
Hinode Sangyo Co., Ltd.
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="six drivers with romaji home addresses and licence numbers to a foreign lease company",
))

_p = people(43, 3)
_inj = ["頸部挫傷（全治2週間）", "左手関節骨折（全治8週間・手術予定）", "顔面打撲・右膝挫創（全治10日）"]
_t = [["", "氏名", "年齢", "役割", "受傷内容", "受診先"]]
for i, (p, j) in enumerate(zip(_p, _inj)):
    _t.append([f"({i + 1})", f"{p.sei}{p.mei}", f"{2025 - p.dob[0]}歳", ["運転者", "助手席", "後部座席"][i], j,
               ["浜松医療センター", "浜松医療センター", "高林整形外科"][i]])
MESSAGES.append(dict(
    id="trv-043",
    sender="黒沢 忠 <kurosawa@hinode-sangyo.co.jp>",
    to=["東雲海上火災 損害サービス課 <songai@shinonome-kaijo.co.jp>"],
    subject="【続報】浜松営業所 社用車単独事故 受傷者の状況",
    charset="iso-2022-jp",
    body=f"""東雲海上火災保険株式会社
損害サービス課 ご担当者様

日の出産業の黒沢です。4月22日の浜松営業所の単独事故について、
乗車していた3名の受傷状況が判明しましたのでご報告いたします。

{table(_t, [5, 14, 7, 10, 38, 16])}

3名とも労災の申請も予定しております。人身傷害保険の請求手続きをご案内ください。

黒沢 忠
日の出産業株式会社 総務部 安全運転管理者
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="three injured occupants with diagnoses and hospitals, space-padded table, to an insurer",
))

_p = people(44, 15, where=KANSAI)
_rows = [["団体名：日の出産業株式会社 技術研修団（羽田→那覇 2025/08/21 JTA 052便）"],
         ["番号", "搭乗者氏名（カナ）", "性別", "生年月日", "年齢", "電話番号"]]
for i, p in enumerate(_p, 1):
    _rows.append([i, f"{p.sei_k}　{p.mei_k}", "男" if p.sex == "M" else "女", dfmt(p.dob, "yy"),
                  2025 - p.dob[0], p.mobile])
MESSAGES.append(dict(
    id="trv-044",
    sender="長谷部 亮介 <hasebe@hinode-sangyo.co.jp>",
    to=["巴トラベル 大阪支店 団体係 <osaka-dantai@tomoe-travel.co.jp>"],
    subject="沖縄技術研修 団体旅客名簿",
    charset="cp932",
    body="""巴トラベル 大阪支店
団体係 ご担当者様

お世話になっております。日の出産業 大阪支店の長谷部でございます。
沖縄研修の団体旅客名簿（15名）を添付いたします。
生年月日は西暦下2桁表記です（例：88/03/14）。

ご査収のほどよろしくお願いいたします。
""",
    attachments=[dict(kind="csv", name="団体旅客名簿_沖縄研修.csv", rows=_rows, encoding="utf-8-sig")],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="15-person group passenger list (katakana names, 2-digit-year DOB, phones) as UTF-8 CSV with BOM",
))

_p = people(45, 8, where=KANSAI)
_rows = [["駐車場利用許可 申請者一覧（大阪支店）"], [],
         ["許可証No", "社員番号", "氏名", "内線", "携帯", "登録番号", "車名", "色"]]
for i, p in enumerate(_p):
    _rows.append([f"P-{310 + i}", p.emp, f"{p.sei}　{p.mei}", f"{3100 + i * 3}", p.mobile,
                  f"なにわ 3{i}0 {'あいうえかきくけ'[i]} {10 + i * 7}-{20 + i}", random.Random(i + 45).choice(["アクア", "ヴォクシー", "セレナ", "デミオ", "ワゴンR"]),
                  random.Random(i + 99).choice(["白", "黒", "シルバー", "紺"])])
MESSAGES.append(dict(
    id="trv-045",
    sender="長谷部 亮介 <hasebe@hinode-sangyo.co.jp>",
    to=["淀川パーキング管理 受付 <uketsuke@yodogawa-parking.co.jp>"],
    subject="月極駐車場 許可証更新申請書（8名）",
    charset="cp932",
    body="""淀川パーキング管理株式会社
受付ご担当者様

平素はお世話になっております。
日の出産業 大阪支店の長谷部です。

月極駐車場の許可証更新申請書を添付します（Excel 97-2003形式）。
ご指定の様式が古い形式のため、xlsで作成しております。

よろしくお願いいたします。
長谷部
""",
    attachments=[dict(kind="xls", name="許可証更新申請_大阪支店.xls", sheets={"申請者": _rows})],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="legacy XLS with eight employees' names, mobiles and plate numbers to a parking operator",
))

# =======================================================================================
# 046-058
# =======================================================================================

_p = people(46, 7)
_lines = ["氏　名　　　　　　生年月日　　　　　　住　所", "―――――――――――――――――――――――――――――――――――――"]
for p in _p:
    nm = f"{p.sei}　{p.mei}"
    _lines.append(f"{nm}{'　' * max(9 - len(nm), 1)}{dfmt(p.dob, 'wareki_fw', True)}{'　' * 2}{addr(p, 'banchi' if p.ban % 2 else 'nopref')}")
MESSAGES.append(dict(
    id="trv-046",
    sender="三浦 理沙 <r-miura@hinode-sangyo.co.jp>",
    to=["湯けむり荘 予約係 <yoyaku@yukemuri-sou.jp>"],
    subject="永年勤続表彰旅行 ご宿泊者名簿",
    charset="iso-2022-jp",
    body="""湯けむり荘
予約係 御中

いつもお世話になっております。日の出産業の三浦と申します。
11月の永年勤続表彰旅行でお世話になる7名の宿泊者名簿をお送りいたします。
宿泊者名簿へのご記入が必要とのことでしたので、住所まで記載しております。

""" + "\n".join(_lines) + """

当日はどうぞよろしくお願い申し上げます。

日の出産業株式会社 営業企画部
三浦 理沙
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="seven guests with full-width 和暦 birth dates and addresses without prefecture, padded with 全角spaces",
))

_p = people(47, 5, age=(1965, 1985))
_ttl = ["課長", "係長", "主任", "部長", "課長代理"]
_blocks = []
for t, p in zip(_ttl, _p):
    _blocks.append(f"""【{p.sei}　{p.mei}　{t}】（{p.sei_k}　{p.mei_k}）
　生年月日　{dfmt(p.dob, 'wareki')}
　住所　　　{addr(p, 'kanji')}
　免許証番号　第{p.license}号""")
MESSAGES.append(dict(
    id="trv-047",
    sender="黒沢 忠 <kurosawa@hinode-sangyo.co.jp>",
    to=["安全運転推進協会 事業部 <jigyo@anzen-unten-kyokai.or.jp>"],
    subject="運転記録証明書の一括申請について",
    charset="iso-2022-jp",
    body="""一般社団法人安全運転推進協会
事業部 ご担当者様

日頃より大変お世話になっております。
日の出産業株式会社 安全運転管理者の黒沢でございます。

管理職の運転記録証明書（過去5年）の一括申請をお願いしたく、対象者の情報をお送りいたします。

""" + "\n\n".join(_blocks) + """

手数料は弊社よりお振込みいたします。
何卒よろしくお願い申し上げます。
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="one block per manager (titles, readings) with 和暦 DOB, kanji-numeral addresses and licence numbers",
))

_c = card_number(4801)
MESSAGES.append(dict(
    id="trv-048",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["ホシノカード 法人カードデスク <hojin-desk@hoshino-card.co.jp>"],
    subject="ETCカード紛失のご連絡（利用停止依頼）",
    charset="utf-8",
    body=f"""ホシノカード株式会社
法人カードデスク ご担当者様

お世話になっております。日の出産業株式会社 車両管理の玉置です。
本日、営業車に搭載していたETCカード1枚の紛失が判明しました。
至急、利用停止と再発行の手続きをお願いいたします。

　ETCカード番号：{_c}
　親カード　　　：日の出産業株式会社 法人カード
　最終利用日　　：2025年6月2日（首都高 芝浦IC）

警察への遺失届は提出済みです（受理番号 第2025-11842号）。
""" + SIG_FLEET.format(name="玉置 健太"),
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="full ETC card number (credit-linked, Luhn-valid) in a loss report to the card company",
))

_c = card_number(4902)
_p = people(49, 1)[0]
MESSAGES.append(dict(
    id="trv-049",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["Minatoya Ryokan <info@minatoya-ryokan.jp>"],
    subject="ご予約の件（6月20日 1泊 1名）",
    charset="iso-2022-jp",
    html=f"""<html><body>
<div>湊屋旅館 御中</div>
<div><br></div>
<div>お世話になっております。日の出産業の小野寺です。</div>
<div>お電話でご依頼いただいた、ご予約保証用のカード情報をお送りします。</div>
<div><br></div>
<table border="0" cellpadding="2">
<tr><td>ご宿泊者</td><td>{_p.sei} {_p.mei} 様（{_p.sei_k} {_p.mei_k}）</td></tr>
<tr><td>ご連絡先</td><td>{_p.mobile}</td></tr>
<tr><td>カード番号</td><td>{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}</td></tr>
<tr><td>有効期限</td><td>11/27</td></tr>
</table>
<div><br></div>
<div>よろしくお願いいたします。</div>
<div>小野寺 美咲（日の出産業 トラベルデスク）</div>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="HTML-only mail with a guest's mobile and a full card number for a ryokan guarantee",
))

MESSAGES.append(dict(
    id="trv-050",
    sender="黒沢 忠 <kurosawa@hinode-sangyo.co.jp>",
    to=["東雲海上火災 損害サービス課 <songai@shinonome-kaijo.co.jp>"],
    subject="事故受付番号 J25-004417 治療費お支払い先のご連絡",
    charset="cp932",
    body="""東雲海上火災保険株式会社
損害サービス課 ご担当者様

いつもお世話になっております。日の出産業の黒沢です。
2月の人身事故で受傷された被害者の方より、治療費・休業損害の振込先について
当社経由でご連絡がありましたので、お伝えいたします。

　被害者　：東 千代子 様（船橋市本町）
　ご状況　：右大腿骨頸部骨折で入院中、3月末退院予定、その後リハビリ通院
　振込先　：みどり銀行 船橋支店 普通 4471803
　口座名義：ヒガシ チヨコ

ご本人からは、直接のご連絡は娘様（携帯 090-6618-2270）宛にしてほしいとのことです。
よろしくお願いいたします。

黒沢
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="accident victim's fracture and hospitalisation plus her bank account, to the insurer",
))

_p = people(51, 12)
_slides = [["秋季研修旅行（金沢）班編成", "日程：2025年10月16日〜17日", "集合：東京駅 八重洲中央口 7:40"]]
for g in range(3):
    sl = [f"{g + 1}班（班長：{_p[g * 4].sei}）"]
    for p in _p[g * 4:g * 4 + 4]:
        sl.append(f"{p.sei}{p.mei}　{p.mobile}")
    _slides.append(sl)
MESSAGES.append(dict(
    id="trv-051",
    sender="三浦 理沙 <r-miura@hinode-sangyo.co.jp>",
    to=["北陸ネクストツーリスト 添乗課 <tenjo@hokuriku-next.co.jp>"],
    subject="研修旅行 班編成資料（添乗員様用）",
    charset="utf-8",
    body="""北陸ネクストツーリスト
添乗課 ご担当者様

お世話になっております。日の出産業の三浦です。
当日の点呼用に、班編成と各自の携帯番号をまとめた資料を添付します。
添乗員様にお渡しいただけますでしょうか。

三浦
""",
    attachments=[dict(kind="pptx", name="研修旅行_班編成.pptx", slides=_slides)],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PowerPoint with twelve participants' names and mobiles by group, to a tour conductor company",
))

MESSAGES.append(dict(
    id="trv-052",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["青葉運輸 請求担当 <seikyu@aoba.unyu.co.jp>"],
    subject="陸送費 請求書の宛名変更について",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
請求ご担当者様

いつもお世話になっております。日の出産業の玉置です。
5月分の陸送費（請求書番号 AU-25-05-0317）について、宛名を
「日の出産業株式会社 総務部 車両管理グループ」に変更して再発行をお願いできますでしょうか。

金額・明細は変更ございません。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_FLEET.format(name="玉置 健太"),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba.unyu.co.jp puts a dot where partner aoba-unyu.co.jp has a hyphen",
))

_p = people(53, 6)
_fwd = "\n".join(f"  {i}. {p.sei_r.upper()}/{p.mei_r.upper()} {'MR' if p.sex == 'M' else 'MS'}  生年月日 {dfmt(p.dob, 'air')}  航空券番号 131-24{random.Random(i + 53).randint(10000000, 99999999)}"
                 for i, p in enumerate(_p, 1))
MESSAGES.append(dict(
    id="trv-053",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["巴トラベル 法人担当 岩城様 <iwaki@tomoe-travel.co.jp>"],
    subject="FW: 【旅路トラベル】Eチケットお控え（シドニー出張 6名）",
    charset="utf-8",
    body=f"""岩城様

お世話になっております。日の出産業の小野寺です。
手配会社の切替えに伴い、前の旅行会社から届いた発券済みのEチケット控えを転送いたします。
復路の変更手配はこちらの情報をもとにお願いできますでしょうか。

小野寺

---------- 転送メッセージ ----------
差出人: 旅路トラベル 海外手配課 <kaigai@tabiji-travel.co.jp>
日付: 2025年7月1日 15:22
件名: 【旅路トラベル】Eチケットお控え（シドニー出張 6名）
宛先: 小野寺 美咲 <onodera@hinode-sangyo.co.jp>

日の出産業株式会社
小野寺様

シドニー出張6名様の航空券を発券いたしました。
予約番号（PNR）：8KQ2ZM

{_fwd}

旅路トラベル株式会社 海外手配課
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="forward (new text to the recipient) of another agency's e-ticket list: six travellers with DOB",
))

_p = people(54, 10)
_s = [["出張者一覧（2025年度上期 海外）", "", "", "", "", "", "作成：総務部"], [],
      ["社員番号", "氏名", "氏名（ローマ字）", "生年月日", "旅券番号", "旅券期限", "渡航先"]]
for p in _p:
    _s.append([p.emp, f"{p.sei}{p.mei}", f"{p.mei_r} {p.sei_r.upper()}", dfmt(p.dob, "short"), p.passport,
               dfmt(p.pp_exp, "short"), random.Random(p.emp).choice(["上海", "バンコク", "ハノイ", "デュッセルドルフ", "シカゴ"])])
MESSAGES.append(dict(
    id="trv-054",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["巴トラベル 法人担当 岩城様 <iwaki@tomoe-travel.co.jp>"],
    subject="上期 海外出張予定者の事前登録",
    charset="cp932",
    body="""岩城様

いつもお世話になっております。日の出産業の小野寺です。
上期に海外出張の予定がある社員の一覧をお送りします。
旅券情報は御社の手配システムへの事前登録にお使いください。
（生年月日・旅券期限は和暦略記です。例：S58.4.2）

よろしくお願いいたします。
小野寺
""",
    attachments=[dict(kind="xlsx", name="海外出張予定者_上期.xlsx",
                      sheets={"一覧": _s, "渡航先別": [["渡航先", "予定人数"], ["上海", 3], ["バンコク", 2], ["ハノイ", 2], ["その他", 3]]})],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="XLSX with a title row above the header: ten employees' 和暦-abbreviated DOB and passport numbers",
))

_p = people(55, 6)
_rows = [["氏名", "生年月日", "保険者番号", "被保険者証 記号", "番号", "既往歴・服薬（任意）"]]
_med = ["なし", "なし", "喘息（吸入薬を携行）", "なし", "花粉症", "なし"]
for p, m in zip(_p, _med):
    _rows.append([f"{p.sei} {p.mei}", dfmt(p.dob, "slash"), "06139873", f"{random.Random(p.sei).randint(10, 99)}",
                  f"{random.Random(p.mei).randint(100, 999)}", m])
MESSAGES.append(dict(
    id="trv-055",
    sender="三浦 理沙 <r-miura@hinode-sangyo.co.jp>",
    to=["北陸ネクストツーリスト 添乗課 <tenjo@hokuriku-next.co.jp>"],
    subject="研修旅行 緊急時対応用の参加者情報",
    charset="utf-8",
    body="""北陸ネクストツーリスト
添乗課 ご担当者様

お世話になっております。日の出産業の三浦です。
現地で急病などがあった場合の受診用に、参加者の健康保険証の情報を添乗員様に
お持ちいただきたく、一覧をお送りします。旅行終了後は破棄をお願いします。

三浦
""",
    attachments=[dict(kind="xlsx", name="緊急時対応_参加者情報.xlsx", sheets={"参加者": _rows})],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six participants' health-insurance card numbers, DOB and medical history (asthma) to a tour company",
))

_p = people(56, 1)[0]
MESSAGES.append(dict(
    id="trv-056",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["ひばりレンタカー 那覇空港店 <naha-airport@hibari-rentacar.co.jp>"],
    subject="レンタカー予約（7/9〜7/11 那覇空港店）",
    charset="iso-2022-jp",
    body=f"""ひばりレンタカー 那覇空港店 御中

お世話になっております。日の出産業の小野寺です。
下記の通りレンタカーの予約をお願いします。

　ご利用日時：7月9日（水）11:00 〜 7月11日（金）17:00
　車種クラス：コンパクト（禁煙車）
　運転者　　：{_p.sei}　{_p.mei}（{_p.sei_k}）
　免許証番号：{fw(_p.license, True)}
　連絡先　　：{fw(_p.mobile, True)}

法人契約（契約番号 HB-30922）でお願いいたします。
小野寺
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one driver's licence number in full-width digits for a rental car booking",
))

# ---- either ----------------------------------------------------------------------------

_p = people(57, 6)
_rl = "\n".join(f"{101 + i * 2}号室（{'ツイン' if i < 2 else 'シングル'}）　{p.sei} {p.mei} 様" for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="trv-057",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["さくらホテル 宿泊予約 <stay@sakura-hotel.jp>"],
    subject="Re: 6/3 ご宿泊 お部屋割りのご確認",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業の小野寺です。
ご提示いただいたお部屋に、以下の通り割り当てをお願いいたします。

{_rl}

チェックインは全員18時以降の予定です。よろしくお願いいたします。

小野寺
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="six guests' names with room numbers only — a list of people but with no contact data or identifiers",
))

_rows = [["車両番号", "車名", "配置拠点", "ETCコーポレートカード番号", "有効期限"]]
for i, (pl, car, site) in enumerate([("品川 300 さ 12-07", "プリウス", "本社"), ("品川 300 さ 12-08", "プリウス", "本社"),
                                     ("練馬 300 ほ 8-15", "カローラ", "練馬倉庫"), ("横浜 330 ゆ 61-02", "ノート", "横浜営業所"),
                                     ("なにわ 300 ち 54-11", "フィット", "大阪支店"), ("なにわ 500 は 8-20", "ハイエース", "大阪支店")]):
    _rows.append([pl, car, site, card_number(5800 + i), "2027/03"])
MESSAGES.append(dict(
    id="trv-058",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["寿オートリース 高野様 <takano@kotobuki-lease.co.jp>"],
    subject="車両別 ETCコーポレートカード対応表",
    charset="cp932",
    body="""高野様

お世話になっております。玉置です。
ご依頼の車両とETCコーポレートカードの対応表をお送りします。
カードは車両固定で、特定の運転者には紐付いておりません。

玉置
""",
    attachments=[dict(kind="csv", name="ETC対応表.csv", rows=_rows, encoding="cp932")],
    expect="either",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="vehicle-bound ETC corporate card numbers (card-like 16 digits, no person) — card number or business data",
))

# =======================================================================================
# 059-080  (must go)
# =======================================================================================

MESSAGES.append(dict(
    id="trv-059",
    sender="大河内 拓也 <okochi@hinode-sangyo.co.jp>",
    to=["巴トラベル 法人担当 岩城様 <iwaki@tomoe-travel.co.jp>"],
    subject="当社 指定航空会社・ホテル・レンタカー連絡先一覧",
    charset="iso-2022-jp",
    body="""巴トラベル株式会社
岩城様

お世話になっております。日の出産業の大河内です。
業務委託開始にあたり、当社が法人契約している各社の窓口を一覧にしました。
手配の際にご利用ください。

区分　　　会社名　　　　　　　　　窓口　　　　　　　電話　　　　　　法人コード
------------------------------------------------------------------------------
航空　　　剣航空　　　　　　　　　法人予約デスク　　03-6738-1100　　TA-HND-0042
航空　　　みなみ風エアライン　　　コーポレート窓口　0570-011-482　　MK-77310
ホテル　　さくらホテル（全館）　　団体・法人予約　　03-3580-2281　　SK-HINODE
ホテル　　ホテル楓グランデ　　　　予約課　　　　　　06-6344-5120　　KG-0918
ホテル　　湯けむり荘　　　　　　　予約係　　　　　　0460-85-3321　　（なし）
レンタカー ひばりレンタカー　　　　法人センター　　　0120-39-8821　　HB-30922
タクシー　光交通　　　　　　　　　法人チケット係　　03-3452-4100　　HK-8841

法人コードは予約時に必ずお伝えください。
日の出産業株式会社 総務部 総務課長　大河内 拓也
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="directory of airlines, hotels and rental-car desks: businesses, not people",
))

MESSAGES.append(dict(
    id="trv-060",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["川崎電機 総務部 飯塚様 <iizuka@kawasaki-denki.co.jp>"],
    subject="合同研修会の交通費精算基準（料金表）",
    charset="cp932",
    body="""川崎電機株式会社
総務部 飯塚様

お世話になっております。日の出産業の小野寺です。
合同研修会の参加者交通費について、当社で精算基準としている料金表をお送りします。
御社側の精算の参考になれば幸いです。

小野寺
""",
    attachments=[dict(kind="pdf", name="交通費精算基準_料金表.pdf",
                      lines=["合同研修会 交通費精算基準（2025年4月改定）", "新幹線は普通車指定席、航空機は普通席を上限とする。", ""],
                      table=[["区間", "新幹線（指定）", "航空（普通席）", "宿泊上限"],
                             ["東京－新大阪", "14,720円", "―", "10,500円"],
                             ["東京－名古屋", "11,300円", "―", "9,500円"],
                             ["東京－博多", "23,810円", "36,800円", "10,500円"],
                             ["東京－仙台", "11,410円", "―", "9,500円"],
                             ["東京－札幌", "―", "39,200円", "10,500円"],
                             ["新大阪－博多", "15,600円", "―", "10,500円"]])],
    expect="pass",
    entities=[],
    detectors=[],
    note="fare table PDF to a partner — prices only",
))

MESSAGES.append(dict(
    id="trv-061",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["ツバサシステム 営業部 村瀬様 <murase@tsubasa-system.jp>"],
    subject="ご来社時の行程（航空券・ホテル手配済み）",
    charset="iso-2022-jp",
    body="""ツバサシステム株式会社
営業部 村瀬様

お世話になっております。日の出産業 トラベルデスクの小野寺です。
来週の大阪工場ご視察について、弊社で手配した行程をお知らせいたします。

　6/10（火）ANA 021　羽田 8:00 → 伊丹 9:10　予約番号 4QT7XN
　　　　　　ホテル楓グランデ（大阪・梅田）確認番号 KG-5520918
　6/11（水）ANA 036　伊丹 19:00 → 羽田 20:10　予約番号 4QT7XN

搭乗券は羽田の自動チェックイン機で予約番号を入力して発行してください。
当日は弊社の担当が伊丹空港の到着口でお待ちしております。

日の出産業株式会社 総務部 トラベルデスク
小野寺 美咲　TEL 03-5442-7710
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="itinerary with flight numbers and booking codes only, to a partner",
))

_p = people(62, 8)
_q = "\n".join(f"> {p.sei} {p.mei}　{p.mobile}　{'シングル' if i % 2 else 'ツイン'}" for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="trv-062",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["さくらホテル 団体予約 <group-rsv@sakura-hotel.jp>"],
    subject="Re: 6/12 宿泊者リストのご確認",
    charset="iso-2022-jp",
    body=f"""さくらホテル 団体予約ご担当様

ご確認ありがとうございます。リストの内容で相違ございません。
引き続きよろしくお願いいたします。

小野寺

2025年6月2日 14:05 さくらホテル 団体予約 <group-rsv@sakura-hotel.jp>:
> 日の出産業株式会社
> 小野寺様
>
> いつもご利用ありがとうございます。
> 頂戴した宿泊者リストを下記の通り登録いたしました。お間違いないかご確認ください。
>
{_q}
>
> さくらホテル 団体予約
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="short reply; the rooming list is only quoted from the hotel's own mail",
))

_p = people(63, 7)
_q = "\n".join(f"{p.sei}{p.mei}\t{p.license}\t{dfmt(p.dob, 'slash')}" for p in _p)
MESSAGES.append(dict(
    id="trv-063",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["寿オートリース 高野様 <takano@kotobuki-lease.co.jp>"],
    subject="RE: 運転者登録内容のご確認",
    charset="cp932",
    body=f"""高野様

ご確認いただきありがとうございます。
登録内容に誤りはございません。このまま進めてください。

玉置

-----Original Message-----
From: 高野 <takano@kotobuki-lease.co.jp>
Sent: Wednesday, April 23, 2025 4:48 PM
To: 玉置 健太 <tamaki-k@hinode-sangyo.co.jp>
Subject: 運転者登録内容のご確認

日の出産業 玉置様

寿オートリースの高野です。
ご提出いただいた運転者を以下の内容で登録しました。ご確認ください。

{_q}

寿オートリース株式会社 営業部 高野
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply; the driver list with licence numbers sits only under -----Original Message-----",
))

_p = people(64, 6)
_q = "\n".join(f"> {p.sei_r.upper()} {p.mei_r.upper()} / PPT {p.passport} / DOB {dfmt(p.dob, 'eng')}" for p in _p)
MESSAGES.append(dict(
    id="trv-064",
    sender="Naomi Goto <n.goto@hinode-sangyo.co.jp>",
    to=["Ms. Lin Yu-ting <ops@formosa-incentive.com.tw>"],
    subject="Re: Passenger details received - please confirm",
    charset="utf-8",
    body=f"""Dear Ms. Lin,

Confirmed, all six records are correct. Thank you for the quick turnaround.
We look forward to the final vouchers.

Best regards,
Naomi

On Tue, 9 Sep 2025 at 11:02, Lin Yu-ting <ops@formosa-incentive.com.tw> wrote:
> Dear Ms. Goto,
>
> We have entered the following passengers into our system:
>
{_q}
>
> Please confirm at your earliest convenience.
> Lin
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply; passport list only quoted under 'On … wrote:'",
))

_p = people(65, 12)
_rows = "\n".join(f"{p.emp},{p.sei} {p.mei},{p.license},{dfmt(p.dob, 'short')},{addr(p, 'std')}" for p in _p)
MESSAGES.append(dict(
    id="trv-065",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["黒沢 忠 <kurosawa@hinode-sangyo.co.jp>"],
    cc=["大河内 拓也 <okochi@hinode-sangyo.co.jp>"],
    subject="運転者台帳（本社分）最新版",
    charset="cp932",
    body=f"""黒沢さん

本社分の運転者台帳を更新しました。安全運転管理者の点検用にお使いください。
（社員番号,氏名,免許証番号,生年月日,住所）

{_rows}

免許の更新期限が近い者は別途本人に連絡済みです。
玉置
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=[],
    note="full driver register with licence numbers, but all recipients are internal",
))

_p = people(66, 16)
_rows = [["氏名", "英字", "生年月日", "旅券番号", "有効期限"]] + [
    [f"{p.sei}{p.mei}", f"{p.sei_r.upper()} {p.mei_r.upper()}", dfmt(p.dob, "iso"), p.passport, dfmt(p.pp_exp, "iso")] for p in _p]
MESSAGES.append(dict(
    id="trv-066",
    sender="三浦 理沙 <r-miura@hinode-sangyo.co.jp>",
    to=["小野寺 美咲 <onodera@hinode-sangyo.co.jp>", "台北旅行幹事 <taipei-kanji@mail.hinode-sangyo.co.jp>"],
    subject="台北社員旅行 参加者名簿（旅券情報入り）社内確認用",
    charset="utf-8",
    body="""小野寺さん、幹事の皆さん

旅行会社へ出す前の確認用に、旅券情報入りの名簿を共有します。
綴りと有効期限に誤りがないか、各部署でご本人に確認をお願いします。
確認が終わったら私から星空ツアーズさんへ送ります。

三浦
""",
    attachments=[dict(kind="xlsx", name="台北_参加者名簿_確認用.xlsx", sheets={"名簿": _rows})],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=[],
    note="passport manifest shared only within hinode-sangyo.co.jp and its mail. subdomain",
))

_p43 = people(43, 3)
MESSAGES.append(dict(
    id="trv-067",
    sender="黒沢 忠 <kurosawa@hinode-sangyo.co.jp>",
    to=["安全衛生委員会 <anzen-eisei@hinode-sangyo.co.jp>"],
    cc=["人事部 労務課 <roumu@hinode-sangyo.co.jp>"],
    subject="【報告】4/22 浜松営業所 社用車事故（受傷者3名）",
    charset="iso-2022-jp",
    body=f"""安全衛生委員会 各位

4月22日に浜松営業所で発生した社用車の単独事故について報告します。

・運転者　{_p43[0].sei} {_p43[0].mei}（営業二課）：頸部挫傷、全治2週間
・同乗者　{_p43[1].sei} {_p43[1].mei}（営業二課）：左手関節骨折、手術予定、全治8週間
・同乗者　{_p43[2].sei} {_p43[2].mei}（業務課）：顔面打撲・右膝挫創、全治10日

3名とも労災申請の手続きを人事部で進めています。
原因は雨天時の速度超過と見られ、営業所で再発防止策を検討中です。

総務部 安全運転管理者　黒沢
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="injury details of three employees, but sent only to internal committees",
))

_p = people(68, 1)[0]
MESSAGES.append(dict(
    id="trv-068",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["旅路トラベル 国内手配 <kokunai@tabiji-travel.co.jp>"],
    subject="仙台出張 新幹線・ホテル手配のお願い",
    charset="utf-8",
    body=f"""旅路トラベル 国内手配ご担当者様

お世話になっております。日の出産業の小野寺です。
下記1名の仙台出張の手配をお願いします。

出張者：{_p.sei} {_p.mei}（{_p.sei_k} {_p.mei_k}）様
生年月日：{dfmt(_p.dob, 'slash')}（JRの割引適用確認用）
携帯：{_p.mobile}
日程：7/3 東京 8:40発 はやぶさ → 仙台、7/4 仙台 17:30発 → 東京
ホテル：仙台駅東口周辺、1泊 10,500円以内

よろしくお願いいたします。
小野寺
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one traveller's name, DOB and mobile to a travel agency — a single person's record",
))

_p = people(69, 3)
MESSAGES.append(dict(
    id="trv-069",
    sender="長谷部 亮介 <hasebe@hinode-sangyo.co.jp>",
    to=["ホテル楓グランデ 予約課 <yoyaku@grand-kaede-hotel.co.jp>"],
    subject="8/5 宿泊 3名の到着について",
    charset="iso-2022-jp",
    body=f"""ホテル楓グランデ 予約課 御中

お世話になっております。日の出産業 大阪支店の長谷部です。
8/5ご予約の3名ですが、到着が22時を過ぎる見込みです。
遅れる場合は各自から直接ご連絡いたしますが、念のため携帯番号をお知らせします。

　{_p[0].sei}様　{_p[0].mobile}
　{_p[1].sei}様　{_p[1].mobile}
　{_p[2].sei}様　{_p[2].mobile}

よろしくお願いいたします。
長谷部
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three guests' mobiles for a late arrival — under five people",
))

_p = people(70, 4)
_t = "\n".join(f"{i}) {p.sei}　{p.mei}　TEL {p.mobile}" for i, p in enumerate(_p, 1))
MESSAGES.append(dict(
    id="trv-070",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["青葉運輸 陸送課 <rikuso@aoba-unyu.co.jp>"],
    subject="陸送当日の立会者について",
    charset="cp932",
    body=f"""青葉運輸株式会社
陸送課 ご担当者様

いつもお世話になっております。日の出産業の玉置です。
6/18の陸送（4台）について、各拠点の立会者は以下の通りです。

{_t}

1)が本社、2)が練馬倉庫、3)4)が横浜営業所です。
よろしくお願いいたします。
""" + SIG_FLEET.format(name="玉置 健太"),
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four on-site contacts with phone numbers to the partner carrier — under the five-person threshold",
))

MESSAGES.append(dict(
    id="trv-071",
    sender="大河内 拓也 <okochi@hinode-sangyo.co.jp>",
    to=["巴トラベル 法人担当 岩城様 <iwaki@tomoe-travel.co.jp>"],
    subject="出張手配業務委託契約および秘密保持契約の締結について",
    charset="iso-2022-jp",
    body="""巴トラベル株式会社
岩城様

お世話になっております。日の出産業の大河内です。
業務委託契約書と秘密保持契約書（NDA）のドラフトについて、当社法務の確認が終わりました。

主な修正点は次の2点です。
　1. 秘密保持契約 第3条（秘密情報の定義）に、出張者の旅券情報等の個人情報を明記
　2. 契約終了時の秘密情報の返還・廃棄の期限を「30日以内」に変更

機密保持の対象範囲について御社のご意見があれば、来週の打合せでお聞かせください。
修正版は来週月曜にお送りします。

日の出産業株式会社 総務部 総務課長
大河内 拓也
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA (秘密保持契約 / 機密保持) — a mention, not a marking",
))

MESSAGES.append(dict(
    id="trv-072",
    sender="三浦 理沙 <r-miura@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="9/26 会議室ご予約（60名・スクール形式）",
    charset="utf-8",
    body="""さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業 営業企画部の三浦です。
9月26日（金）の会議室について、以下の内容で仮予約をお願いいたします。

・時間：13:00〜17:30（設営 12:00〜）
・人数：60名（スクール形式）
・機材：プロジェクター2台、ワイヤレスマイク3本
・休憩時のコーヒー：15:00に60名分

お見積りをいただけましたら本予約に切り替えます。

日の出産業株式会社 営業企画部
三浦 理沙
TEL 03-5442-7740
===============================================
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
送信者にご連絡のうえ本メールを削除してください。無断での複製・転送を禁じます。
This e-mail and any attachments may contain confidential information.
If you are not the intended recipient, please notify the sender and delete it.
===============================================
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary booking with a standard Japanese/English confidentiality disclaimer",
))

MESSAGES.append(dict(
    id="trv-073",
    sender="三浦 理沙 <r-miura@hinode-sangyo.co.jp>",
    to=["星空ツアーズ 蓮見様 <hasumi@hoshizora-tours.jp>", "やまびこ観光バス 配車センター <haisha@yamabiko-bus.co.jp>"],
    subject="10/24 社員旅行 バス2台の配車時刻",
    charset="iso-2022-jp",
    body="""星空ツアーズ 蓮見様
やまびこ観光バス 配車ご担当者様

お世話になっております。日の出産業の三浦です。
社員旅行当日のバス配車について、両社で認識を合わせたくまとめてご連絡いたします。

　本社前（港区芝）　　7:30 配車、7:45 出発（1号車・2号車）
　海老名SA　　　　　9:00 トイレ休憩 20分
　箱根湯本　　　　　10:30 到着

行程の変更は星空ツアーズ様経由でご連絡いたします。
よろしくお願いいたします。

三浦
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations (tour operator and bus company) in To — a normal three-way mail",
))

MESSAGES.append(dict(
    id="trv-074",
    sender="日の出産業 人事部 採用担当 <saiyo@hinode-sangyo.co.jp>",
    to=["神谷 葵様 <aoi.kamiya.0219@gmail.com>"],
    subject="最終面接のご案内（交通・宿泊のご手配）",
    charset="utf-8",
    body="""神谷 葵様

日の出産業株式会社 人事部 採用担当でございます。
最終面接にあたり、弊社で往復の交通と宿泊を手配いたしましたのでご案内します。

■往路　7月14日（月）JAL 904　那覇 10:15 → 羽田 12:45（予約番号 5GH2RP）
■宿泊　7月14日（月）さくらホテル 浜松町（確認番号 SK-77013）
■復路　7月15日（火）JAL 919　羽田 17:30 → 那覇 20:20（予約番号 5GH2RP）

面接は7月15日（火）10:00より、本社6階にて行います。
当日のご案内は追ってお送りいたします。

日の出産業株式会社 人事部 採用担当
TEL 03-5442-7060
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one candidate on gmail with her own itinerary and booking codes",
))

MESSAGES.append(dict(
    id="trv-075",
    sender="大河内 拓也 <okochi@hinode-sangyo.co.jp>",
    to=["川崎電機 総務部 飯塚様 <iizuka@kawasaki-denki.co.jp>"],
    subject="ご来社時の駐車場のご案内",
    charset="cp932",
    body="""川崎電機株式会社
総務部 飯塚様

お世話になっております。日の出産業の大河内です。
来週のご来社の際、弊社ビルの来客用駐車場が工事で使えないため、
近隣のコインパーキングをご案内いたします。

・パークワン芝2丁目　　　港区芝2-13-4　　　24時間 最大2,200円　TEL 03-3451-0987
・芝公園パーキング　　　港区芝公園1-8-2　 30分 330円　　　　　TEL 03-3432-5561
・ベイサイドパーク芝浦　港区芝浦1-3-12　　平日最大1,800円　　 TEL 03-5419-2240

駐車料金は当社で精算いたしますので、領収書をお持ちください。

大河内
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of nearby car parks with addresses and phones — businesses, not people",
))

_rows = [["伝票番号", "利用日", "部署コード", "乗車", "降車", "金額", "備考"]]
_r = random.Random(76)
for i in range(22):
    _rows.append([f"HK-{885200 + i}", f"2025/06/{_r.randint(1, 30):02d}", _r.choice(["S11", "S12", "T20", "L31", "K40"]),
                  "港区芝", _r.choice(["品川駅", "羽田空港", "東京駅", "浜松町駅", "新橋駅", "大手町"]),
                  _r.randint(900, 8200), _r.choice(["", "", "深夜", "迎車"])])
MESSAGES.append(dict(
    id="trv-076",
    sender="日の出産業 総務課 <soumu@hinode-sangyo.co.jp>",
    to=["光交通 法人チケット係 <ticket@hikari-kotsu.co.jp>"],
    subject="6月分 タクシーチケット 照合結果",
    charset="utf-8",
    body="""光交通株式会社
法人チケットご担当者様

お世話になっております。日の出産業 総務課です。
6月分の照合が終わりましたので、伝票単位の一覧をお送りします。
差異はHK-885207（金額相違）の1件のみでした。ご確認をお願いします。

日の出産業 総務課
""",
    attachments=[dict(kind="xlsx", name="チケット照合_2025年6月.xlsx", sheets={"照合": _rows})],
    expect="pass",
    entities=[],
    detectors=[],
    note="taxi ticket log by voucher number and department code — no people's data",
))

_r = random.Random(77)
_lines = "\n".join(f"　{pl}　{car}　**** **** **** {_r.randint(1000, 9999)}" for pl, car in
                   [("品川 300 さ 12-07", "プリウス"), ("品川 300 さ 12-08", "プリウス"), ("練馬 300 ほ 8-15", "カローラ"),
                    ("練馬 300 ほ 8-16", "カローラ"), ("横浜 330 ゆ 61-02", "ノート"), ("横浜 330 ゆ 61-03", "ノート"),
                    ("なにわ 300 ち 54-11", "フィット")])
MESSAGES.append(dict(
    id="trv-077",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["寿オートリース 高野様 <takano@kotobuki-lease.co.jp>"],
    subject="ETCカード 搭載状況のご報告",
    charset="iso-2022-jp",
    body=f"""高野様

お世話になっております。日の出産業の玉置です。
各車両へのETCカード搭載状況を確認しました（カード番号は下4桁のみ記載）。

{_lines}

すべて搭載済みで、有効期限切れのカードはありませんでした。
""" + SIG_FLEET.format(name="玉置 健太"),
    expect="pass",
    entities=[],
    detectors=[],
    note="ETC cards by plate number with masked card numbers (last four digits only)",
))

MESSAGES.append(dict(
    id="trv-078",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["寿オートリース 事故受付 <jiko@kotobuki-lease.co.jp>"],
    subject="物損事故のご報告（練馬 300 ほ 8-15）",
    charset="iso-2022-jp",
    body="""寿オートリース株式会社
事故受付ご担当者様

日の出産業の玉置です。リース車両の物損事故についてご報告いたします。

　日時：2025年5月9日（金）14時頃
　場所：練馬倉庫 構内（東京都練馬区）
　車両：練馬 300 ほ 8-15（カローラ）
　状況：バック駐車時に構内の支柱に接触。リアバンパー右側に擦り傷・凹み。
　負傷者：なし（単独・物損のみ）
　運転者：物流部 渡部 隆之（携帯 080-2716-4403）

修理工場の手配をお願いいたします。車両は自走可能です。
""" + SIG_FLEET.format(name="玉置 健太"),
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="property-damage-only accident, no injuries; one driver's name and mobile",
))

MESSAGES.append(dict(
    id="trv-079",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["巴トラベル 法人担当 岩城様 <iwaki@tomoe-travel.co.jp>"],
    subject="海外出張者向け 注意事項（案内文のご相談）",
    charset="cp932",
    body="""岩城様

お世話になっております。日の出産業の小野寺です。
御社からEチケットと一緒に出張者へ送っていただく注意事項の文面案です。
ご意見があればお知らせください。

――――――――――――――――――――――
【海外出張の注意事項】
1. 機密書類やノートPCは機内持ち込みとし、預け荷物に入れないこと。
2. 空港・ホテルの公衆Wi-Fiで社外秘のファイルを開かないこと。
3. 紛失・盗難時は24時間以内にトラベルデスク（03-5442-7710）へ連絡すること。
4. 現地での移動は会社指定のハイヤーまたはタクシーを利用すること。
――――――――――――――――――――――

小野寺
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="travel advice that merely mentions 機密書類 / 社外秘 — not a marking of this mail",
))

MESSAGES.append(dict(
    id="trv-080",
    sender="日の出産業 トラベルデスク <travel-desk@hinode-sangyo.co.jp>",
    to=["北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>"],
    subject="共同展示会（札幌）周辺の宿泊施設一覧",
    charset="utf-8",
    html="""<html><body>
<p>北国フーズ株式会社<br>総務部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 トラベルデスクです。<br>
共同出展する札幌の展示会について、会場周辺で団体予約ができるホテルをまとめました。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>ホテル</th><th>住所</th><th>電話</th><th>団体料金（1泊）</th></tr>
<tr><td>さくらホテル札幌</td><td>札幌市中央区北4条西5-1</td><td>011-231-8800</td><td>12,800円</td></tr>
<tr><td>ホテル楓グランデ札幌</td><td>札幌市中央区南1条西7-12</td><td>011-272-4411</td><td>11,500円</td></tr>
<tr><td>すすきのセントラルイン</td><td>札幌市中央区南5条西3-8</td><td>011-512-0707</td><td>8,900円</td></tr>
<tr><td>札幌コンベンションホテル</td><td>札幌市白石区東札幌6条1-1-2</td><td>011-824-3300</td><td>10,200円</td></tr>
<tr><td>ホテル大通ステーション</td><td>札幌市中央区大通西4-2</td><td>011-207-1188</td><td>9,600円</td></tr>
</table>
<p>ご不明点はトラベルデスク（03-5442-7710）までどうぞ。</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML table of hotels with addresses and phones — businesses, not people",
))

# =======================================================================================
# 081-100  (must go)
# =======================================================================================

_r = random.Random(81)
_lines = "\n".join(f"・確認番号 KG-{5520900 + i * 13}　{_r.choice(['シングル', 'シングル', 'ダブル', 'ツイン'])}　6/10 IN - 6/11 OUT　朝食{'付' if _r.random() < 0.6 else 'なし'}"
                   for i in range(8))
MESSAGES.append(dict(
    id="trv-081",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["ホテル楓グランデ 予約課 <yoyaku@grand-kaede-hotel.co.jp>"],
    subject="6/10 ご予約8室 朝食の有無の変更",
    charset="utf-8",
    body=f"""ホテル楓グランデ 予約課
ご担当者様

お世話になっております。日の出産業の小野寺です。
6/10ご予約分について、朝食の有無を以下の通り変更いただけますでしょうか。

{_lines}

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_TRAVEL.format(name="小野寺 美咲", mail="onodera"),
    expect="pass",
    entities=[],
    detectors=[],
    note="eight rooms by confirmation number and room type — no names or personal data",
))

MESSAGES.append(dict(
    id="trv-082",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["なぎさフリートサービス 柏木様 <kashiwagi@nagisa-fleet.co.jp>"],
    subject="保有車両一覧（リース満了日入り）",
    charset="cp932",
    body="""柏木様

いつもお世話になっております。日の出産業の玉置です。
入替計画のご提案用に、現在の保有車両一覧をお送りします。
満了が近い車両から順にご提案いただけますと助かります。

玉置
""",
    attachments=[dict(kind="xlsx", name="保有車両一覧_2025.xlsx",
                      sheets={"車両": [["登録番号", "車名", "型式", "初度登録", "リース満了", "走行距離(km)", "配置"],
                                     ["品川 300 さ 12-07", "プリウス", "6AA-MXWH60", "2021/04", "2026/03", 68420, "本社"],
                                     ["品川 300 さ 12-08", "プリウス", "6AA-MXWH60", "2021/04", "2026/03", 71105, "本社"],
                                     ["練馬 300 ほ 8-15", "カローラ", "6AA-ZWE211", "2022/10", "2027/09", 40210, "練馬倉庫"],
                                     ["横浜 330 ゆ 61-02", "ノート", "6AA-E13", "2023/01", "2027/12", 28890, "横浜営業所"],
                                     ["なにわ 300 ち 54-11", "フィット", "6AA-GR3", "2020/07", "2025/06", 92310, "大阪支店"],
                                     ["なにわ 500 は 8-20", "ハイエース", "3DF-GDH201V", "2019/11", "2025/10", 118400, "大阪支店"]],
                              "凡例": [["リース満了が1年以内の車両は黄色で表示"]]})],
    expect="pass",
    entities=[],
    detectors=[],
    note="vehicle list (plates, models, lease end dates) — company assets, no people",
))

MESSAGES.append(dict(
    id="trv-083",
    sender="三浦 理沙 <r-miura@hinode-sangyo.co.jp>",
    to=["川崎電機 総務部 飯塚様 <iizuka@kawasaki-denki.co.jp>"],
    subject="合同展示会（那覇）レンタカー法人料金のご参考",
    charset="utf-8",
    body="""飯塚様

お世話になっております。日の出産業の三浦です。
那覇の合同展示会の移動手段について、当社契約のレンタカー料金をお知らせします。
御社も同じ法人料金でご利用いただけるとのことでした。

クラス          車種例              24時間    延長1時間   免責補償
--------------  ------------------  --------  ----------  --------
コンパクト      ヤリス・ノート       6,380円     1,100円    1,650円
ミドル          カローラ・シエンタ   9,130円     1,650円    1,650円
ワゴン（8人）   ノア・セレナ        15,400円     2,200円    2,200円
EV              リーフ・bZ4X        13,200円     2,200円    2,200円

予約は ひばりレンタカー 那覇空港店（098-859-1100）に「日の出産業の合同展示会」
とお伝えください。

三浦
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="rental-car rate table to a partner — prices only",
))

MESSAGES.append(dict(
    id="trv-084",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["青葉運輸 陸送課 <rikuso@aoba-unyu.co.jp>", "川崎電機 物流課 <butsuryu@kawasaki-denki.co.jp>"],
    subject="共同配送用車両の打合せ日程（6/24 14時）",
    charset="iso-2022-jp",
    body="""青葉運輸 陸送課 ご担当者様
川崎電機 物流課 ご担当者様

お世話になっております。日の出産業 車両管理の玉置です。
共同配送用車両の件、三社の打合せを以下の日程で設定させていただきました。

　日時：6月24日（火）14:00〜15:30
　場所：日の出産業 本社6階 第2会議室（港区芝2-14-9）
　議題：車両の共同利用ルール、保険の付保方法、費用分担

ご都合が悪い場合はお知らせください。
""" + SIG_FLEET.format(name="玉置 健太"),
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="meeting mail to two partner organisations in To — normal three-way meeting",
))

_p = people(85, 11, where=KANTO)
_lines = "\n".join(f"{p.sei}{p.mei}（{p.emp}）　{addr(p, 'zip')}　{random.Random(p.emp).randint(4, 18) * 1000 + 380}円" for p in _p)
MESSAGES.append(dict(
    id="trv-085",
    sender="日の出産業 総務課 <soumu@hinode-sangyo.co.jp>",
    to=["経理部 精算担当 <seisan@hinode-sangyo.co.jp>"],
    subject="3月 深夜タクシー利用者一覧（自宅まで）",
    charset="cp932",
    body=f"""経理部 精算担当 各位

3月の深夜タクシー利用（自宅までの帰宅分）の一覧です。
金額の妥当性確認のため、降車地（自宅住所）も記載しています。

{_lines}

以上11件、部門別の按分をお願いします。
総務課
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="eleven employees' home addresses, but sent only to internal accounting",
))

_p = people(86, 9, where=KANTO)
_t = [["許可証", "氏名", "車両番号", "携帯"]] + [[f"No.{40 + i}", f"{p.sei} {p.mei}", f"品川 5{i}0 な {i + 11}-{i + 40}", p.mobile] for i, p in enumerate(_p)]
MESSAGES.append(dict(
    id="trv-086",
    sender="大河内 拓也 <okochi@hinode-sangyo.co.jp>",
    to=["総務課 <soumu@hinode-sangyo.co.jp>"],
    subject="地下駐車場 許可証交付者一覧（4月更新分）",
    charset="iso-2022-jp",
    body=f"""総務課の皆さん

4月更新分の駐車場許可証の交付者一覧です。
受け渡しの際は本人確認のうえ、受領欄にサインをもらってください。

{table(_t, [8, 14, 20, 14])}

大河内
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="parking permit holders with mobiles — internal-only distribution",
))

_p = people(87, 7)
_np = people(870, 1)[0]
_q = "\n".join(f"> {i}. {p.sei} {p.mei}　{p.mobile}" for i, p in enumerate(_p, 1))
MESSAGES.append(dict(
    id="trv-087",
    sender="三浦 理沙 <r-miura@hinode-sangyo.co.jp>",
    to=["北陸ネクストツーリスト 添乗課 <tenjo@hokuriku-next.co.jp>"],
    subject="Re: 研修旅行 点呼名簿のご確認",
    charset="utf-8",
    body=f"""添乗課 ご担当者様

ご確認ありがとうございます。1点だけ訂正があります。
5番の{_p[4].sei}さんの携帯番号は誤りで、正しくは {_np.mobile} です。
それ以外は名簿の通りで問題ございません。

三浦

----- 元のメッセージ -----
差出人: 北陸ネクストツーリスト 添乗課 <tenjo@hokuriku-next.co.jp>
送信日時: 2025年10月8日 9:41
件名: 研修旅行 点呼名簿のご確認

> 日の出産業 三浦様
> 点呼用の名簿を以下の通り作成しました。ご確認ください。
{_q}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="new text corrects one person's mobile; the seven-person list is only quoted",
))

MESSAGES.append(dict(
    id="trv-088",
    sender="Naomi Goto <n.goto@hinode-sangyo.co.jp>",
    to=["ビザサポートセンター 申請受付 <uketsuke@visa-support-center.jp>"],
    subject="インド業務ビザ 必要書類の確認",
    charset="iso-2022-jp",
    body="""ビザサポートセンター
申請受付ご担当者様

お世話になっております。日の出産業 海外事業部の後藤です。
6月にインドへ技術者3名を派遣する予定で、業務用e-Visaの必要書類を確認させてください。

　1. 旅券の顔写真ページのスキャン（残存有効期間6か月以上）
　2. 証明写真（白背景、JPEG）
　3. 現地企業からの招聘状
　4. 当社の派遣状（英文）

上記以外に必要なものがあればご教示ください。
申請者の情報は書類がそろい次第、ご指定の方法でお送りします。

後藤 直美
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="general question about visa documents — no applicant data yet",
))

MESSAGES.append(dict(
    id="trv-089",
    sender="長谷部 亮介 <hasebe@hinode-sangyo.co.jp>",
    to=["やまびこ観光バス 営業部 <eigyo@yamabiko-bus.co.jp>"],
    subject="Re: 貸切バス お見積り（9/20 大阪→淡路島）",
    charset="cp932",
    body="""やまびこ観光バス株式会社
営業部 ご担当者様

お見積りありがとうございます。中型1台（27席）でお願いいたします。
乗務員は前回と同じく御社の堀之内様と伺っており、安心しております。
ガイドは不要です。

　出発：9/20（土）7:45 日の出産業 大阪支店前（大阪市淀川区西中島）
　帰着：同日 18:30 予定
　お見積金額：132,000円（税込、高速・駐車場代込）

請求書は大阪支店総務宛にお送りください。
長谷部
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="bus charter confirmation: one driver named without any data about him, an office address",
))

MESSAGES.append(dict(
    id="trv-090",
    sender="玉置 健太 <tamaki-k@hinode-sangyo.co.jp>",
    to=["ロードアシスト24 受付センター <center@roadassist24.jp>"],
    subject="【至急】故障車のレッカー手配（契約番号 RA-771204）",
    charset="utf-8",
    body="""ロードアシスト24 受付センター 御中

日の出産業株式会社の玉置です。先ほどお電話した件、メールでも送ります。

・車両：横浜 330 ゆ 61-03（日産 ノート・白）
・場所：神奈川県相模原市南区 国道16号 上り線 古淵駅入口交差点付近のコンビニ駐車場
・症状：エンジン警告灯点灯後に停止、再始動不可
・現場の運転者：杉山 蓮（携帯 090-3371-6628）

搬送先はリース会社指定の整備工場（相模原市中央区）でお願いします。
""" + SIG_FLEET.format(name="玉置 健太"),
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="breakdown call-out with one driver's name and mobile",
))

MESSAGES.append(dict(
    id="trv-091",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["さくらホテル京都 予約係 <yoyaku@kyoto.sakura-hotel.jp>"],
    subject="11/6 ご予約（2名・禁煙ツイン）",
    charset="iso-2022-jp",
    body="""さくらホテル京都
予約係 ご担当者様

いつもお世話になっております。日の出産業 トラベルデスクの小野寺です。
11月6日（木）1泊、禁煙ツイン1室の予約をお願いいたします。

　ご宿泊：日下部様、弓削様（当社 技術部）
　ご到着：19時頃
　お支払い：法人後払い（法人コード SK-HINODE）

よろしくお願いいたします。
小野寺
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="booking at kyoto.sakura-hotel.jp — a subdomain of the partner hotel, not a look-alike",
))

MESSAGES.append(dict(
    id="trv-092",
    sender="Naomi Goto <n.goto@hinode-sangyo.co.jp>",
    to=["川崎電機 海外営業部 <kaigai@kawasaki-denki.co.jp>"],
    subject="ハノーバー展示会 共同出張の行程表",
    charset="utf-8",
    body="""川崎電機株式会社
海外営業部 ご担当者様

お世話になっております。日の出産業の後藤です。
ハノーバー展示会の共同出張について、行程表（Word）をお送りします。
フライトとホテルは両社同じ便・同じホテルで手配済みです。

後藤
""",
    attachments=[dict(kind="docx", name="行程表_ハノーバー.docx",
                      paragraphs=["ハノーバー展示会 共同出張 行程表", "2025年4月6日〜4月11日"],
                      tables=[[["日付", "行程", "便名・施設", "備考"],
                               ["4/6（日）", "羽田 → フランクフルト", "LH 717 11:10発", "機内泊なし"],
                               ["4/6（日）", "フランクフルト → ハノーバー", "ICE 1079", "ホテル着 21:00頃"],
                               ["4/7〜4/10", "展示会（ホール9）", "Hotel Kroepcke（確認番号 HK-31882）", "朝食付"],
                               ["4/11（金）", "ハノーバー → ミュンヘン → 羽田", "LH 2133 / LH 714", "4/12 羽田着"]]])],
    expect="pass",
    entities=[],
    detectors=[],
    note="itinerary DOCX with flight numbers and confirmation codes only",
))

_cn = corp_number("010401088812")
MESSAGES.append(dict(
    id="trv-093",
    sender="日の出産業 経理部 <keiri@hinode-sangyo.co.jp>",
    to=["旅路トラベル 経理課 <keiri@tabiji-travel.co.jp>"],
    subject="請求書の記載事項について（適格請求書）",
    charset="cp932",
    body=f"""旅路トラベル株式会社
経理課 ご担当者様

いつもお世話になっております。日の出産業 経理部です。
5月分ご請求書（請求番号 TJ-2505-1182）について、当社の登録情報に誤りがありましたので
次回から下記でご記載ください。

　宛名　　：日の出産業株式会社 御中
　法人番号：{_cn}
　所在地　：東京都港区芝二丁目14番9号

また、御社の適格請求書発行事業者の登録番号（T＋13桁）の記載もお願いいたします。

日の出産業株式会社 経理部
TEL 03-5442-7050
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="own company's 法人番号 and office address on an invoice query — business data",
))

MESSAGES.append(dict(
    id="trv-094",
    sender="Naomi Goto <n.goto@hinode-sangyo.co.jp>",
    to=["Lotus Journeys Vietnam <corporate@lotus-journeys.vn>", "Saigon Riverside Hotel <sales@saigon-riverside.com.vn>"],
    subject="Block booking for Hinode Sangyo dealer meeting, HCMC, 18-20 Nov",
    charset="utf-8",
    body=f"""Dear Mr. Tran and Ms. Pham,

Following our call, I am writing to both of you so that the hotel and the agency work
from the same figures.

- Room block: 25 superior rooms, 18-20 Nov (2 nights)
- Meeting room: 19 Nov, 09:00-17:00, classroom style for 40
- Airport transfers: arranged by Lotus Journeys (2 coaches)

Rooming list will follow from Lotus Journeys two weeks before arrival.

Best regards,
Naomi Goto
Hinode Sangyo Co., Ltd.
{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="agency and hotel (two external organisations) in To with an English confidentiality disclaimer",
))

MESSAGES.append(dict(
    id="trv-095",
    sender="日の出産業 トラベルデスク <travel-desk@hinode-sangyo.co.jp>",
    to=["巴トラベル 法人担当 岩城様 <iwaki@tomoe-travel.co.jp>"],
    subject="全国の指定ホテル一覧（CSV）",
    charset="utf-8",
    body="""岩城様

お世話になっております。日の出産業 トラベルデスクです。
当社の拠点ごとの指定ホテル一覧をCSVでお送りします。
出張手配の際はこちらを優先してください。

トラベルデスク
""",
    attachments=[dict(kind="csv", name="指定ホテル一覧.csv", encoding="utf-8-sig",
                      rows=[["拠点", "ホテル名", "住所", "電話", "法人料金"],
                            ["本社", "さくらホテル 浜松町", "東京都港区浜松町1-20-3", "03-3436-1201", 11800],
                            ["大阪支店", "ホテル楓グランデ", "大阪府大阪市北区梅田3-1-5", "06-6344-5120", 10500],
                            ["名古屋営業所", "名駅ビジネスイン", "愛知県名古屋市中村区名駅4-10-8", "052-586-3311", 9200],
                            ["福岡営業所", "博多ステーションホテル", "福岡県福岡市博多区博多駅前2-8-1", "092-411-7722", 9500],
                            ["仙台営業所", "青葉通りホテル", "宮城県仙台市青葉区中央2-3-6", "022-263-1181", 9000],
                            ["浜松営業所", "浜松アクトイン", "静岡県浜松市中央区板屋町101", "053-452-8800", 8800],
                            ["札幌出張所", "さくらホテル札幌", "北海道札幌市中央区北4条西5-1", "011-231-8800", 10200]])],
    expect="pass",
    entities=[],
    detectors=[],
    note="CSV of designated hotels with addresses and switchboards — businesses, not people",
))

MESSAGES.append(dict(
    id="trv-096",
    sender="黒沢 忠 <kurosawa@hinode-sangyo.co.jp>",
    to=["人事部 労務課 <roumu@hinode-sangyo.co.jp>"],
    subject="FW: 事故受付番号 J25-00392 猪瀬様の通院状況について",
    charset="utf-8",
    body="""労務課 各位

保険会社から猪瀬さんの通院状況について連絡がありましたので転送します。
労災の休業補償の手続きにご利用ください。

黒沢

---------- Forwarded message ---------
From: 常磐損保 自動車事故受付センター <jiko-uketsuke@tokiwa-sonpo.co.jp>
Date: 2025年4月2日(水) 11:15
Subject: 事故受付番号 J25-00392 猪瀬様の通院状況について
To: 黒沢 忠 <kurosawa@hinode-sangyo.co.jp>

日の出産業株式会社 黒沢様

猪瀬 豊様（昭和56年2月14日生）の通院状況につき、医療機関から次の報告を受けております。
・傷病名：頸椎捻挫、腰部打撲
・通院実日数：3月中 9日
・今後の見込み：4月末で症状固定の見込み

常磐損害保険株式会社 自動車事故受付センター
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="forward of an insurer's medical update on an employee — to internal recipients only",
))

_p = people(97, 6)
_q = "\n".join(f">   {p.sei} {p.mei}（{p.sei_k}）　{p.mobile}" for p in _p)
MESSAGES.append(dict(
    id="trv-097",
    sender="三浦 理沙 <r-miura@hinode-sangyo.co.jp>",
    to=["星空ツアーズ 蓮見様 <hasumi@hoshizora-tours.jp>"],
    cc=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="Re: 懇親会 幹事メンバーのご紹介",
    charset="iso-2022-jp",
    body=f"""蓮見様
（cc：さくらホテル 宴会予約ご担当者様）

ご連絡ありがとうございます。当日の集合時刻は17:30で承知しました。
ホテル様には、控室を17:00から使えるようお願いできますでしょうか。

三浦

> 三浦様
>
> 星空ツアーズの蓮見です。先日いただいた幹事メンバーを以下で承っております。
>
{_q}
>
> 当日は17:30にロビー集合でお願いします。
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="reply to two external organisations; the six-person contact list is only quoted",
))

MESSAGES.append(dict(
    id="trv-098",
    sender="日の出産業 トラベルデスク <travel-desk@hinode-sangyo.co.jp>",
    to=["北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>"],
    subject="札幌展示会 会場アクセス資料（ZIP）",
    charset="utf-8",
    body="""北国フーズ株式会社
総務部 ご担当者様

お世話になっております。日の出産業 トラベルデスクです。
展示会会場までのアクセス資料をZIPにまとめました（パスワードはありません）。
・アクセス地図（画像）
・新千歳空港からの交通機関 料金表（CSV）

よろしくお願いいたします。
""",
    attachments=[dict(kind="zip", name="札幌展示会_アクセス資料.zip",
                      files=[dict(kind="png", name="会場地図.png"),
                             dict(kind="csv", name="空港アクセス料金.csv", encoding="cp932",
                                  rows=[["手段", "区間", "所要時間", "料金"],
                                        ["JR快速エアポート", "新千歳空港→札幌", "約37分", "1,230円"],
                                        ["空港連絡バス", "新千歳空港→大通", "約70分", "1,300円"],
                                        ["タクシー（定額）", "新千歳空港→札幌市中心部", "約60分", "14,000円"]])])],
    expect="pass",
    entities=[],
    detectors=[],
    note="plain ZIP with a map image and a transport fare CSV",
))

_p = people(99, 4)
_lines = "\n".join(f"　{p.sei}{p.mei}　{c}号車 {s}" for p, c, s in zip(_p, [8, 8, 8, 8], ["12A", "12B", "12C", "13A"]))
MESSAGES.append(dict(
    id="trv-099",
    sender="小野寺 美咲 <onodera@hinode-sangyo.co.jp>",
    to=["旅路トラベル 国内手配 <kokunai@tabiji-travel.co.jp>"],
    subject="のぞみ 指定席の割当て（8/28 東京→新大阪）",
    charset="iso-2022-jp",
    body=f"""旅路トラベル 国内手配ご担当者様

お世話になっております。日の出産業の小野寺です。
8/28 のぞみ 215号の指定席4席は、以下の割当てで発券をお願いします。

{_lines}

乗車券・特急券は本社総務課へ宅配便でお送りください。
小野寺
""",
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="four travellers' names with seat numbers — under five people, no contact data",
))

MESSAGES.append(dict(
    id="trv-100",
    sender="大河内 拓也 <okochi@hinode-sangyo.co.jp>",
    to=["ミライフリート総研 コンサルティング部 <consulting@mirai-fleet-soken.co.jp>"],
    subject="次回打合せの資料について",
    charset="utf-8",
    body="""ミライフリート総研
コンサルティング部 ご担当者様

お世話になっております。日の出産業の大河内です。
次回の打合せ資料ですが、拠点別の車両コスト内訳は社内で社外秘扱いとなっているため、
メールではお送りせず、当日画面でお見せする形とさせてください。
本日は公開済みの会社概要と車両台数の推移のみお送りします。

　2021年度 54台 → 2022年度 57台 → 2023年度 60台 → 2024年度 62台

ご理解のほどよろしくお願いいたします。
大河内
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions that some data is 社外秘 and is withheld — a mention, not a marking",
))
