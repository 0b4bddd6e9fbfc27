"""culture — ひのでカルチャー（日の出産業株式会社 カルチャースクール事業部）のメール 100 通。

日の出産業のカルチャースクール事業（ブランド名「ひのでカルチャー」：青山・横浜・大宮・梅田の
各教室と、百貨店・新聞社との提携講座）で、企画課・提携営業課・教室受付・講師管理・経理・
総務・情報システム・作品展担当が社外（と社内）に出すメール。書道・料理・ダンス・語学・
シニアヨガの講座、講師の業務委託契約と報酬、受講生の申込と体験レッスン、会場
（さくらホテル・貸しスタジオ・公民館）の利用、受講生作品展（錦印刷の図録、青葉運輸の搬送、
額装）、丸菱百貨店・東邦新聞社・関東日報などとの提携を扱う。

止めるべきもの（五名以上の名簿・名前の列のない名簿、マイナンバー・カード番号・本人確認書類や
社会保険の番号、一人分でも要配慮個人情報、社外の三者以上が互いに見える宛先、類似ドメイン、
添付だけにある秘密区分の表示、暗号化・破損した添付）と、通すべきもの（教室・店舗・宿の一覧、
一〜四名の連絡先、免責文、NDA の相談、引用文の中の名簿、社内だけの宛先、二社宛て、Bcc の
一斉案内）を混ぜてある。

登場する人物・氏名・電話番号・住所・メールアドレス・口座・各種番号、パートナー以外の会社と
ドメインはすべて架空であり、乱数（random.Random(11001)）または作者の創作による。
マイナンバーとカード番号は build.py の my_number() / card_number() で、種 11001 から
一回ごとに一つずつ増やして作った。メッセージは書いた順に並べたあと同じ乱数で並べ替え、
culture-001 … culture-100 の id を振っている。
"""

from __future__ import annotations

import itertools
import random
import unicodedata

from build import card_number, my_number

SEED = 11001
rng = random.Random(SEED)
_seeds = itertools.count(SEED)


def new_my_number() -> str:
    return my_number(next(_seeds))


def new_card() -> str:
    return card_number(next(_seeds))


# -- text helpers ---------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-()/.:,SHRT", "０１２３４５６７８９－（）／．：，ＳＨＲＴ")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * (w - width(s))


def padz(s: str, w: int) -> str:
    n = w - width(s)
    return s + "\u3000" * (n // 2) + " " * (n % 2)


def columns(rows, gap: int = 2, rule: str = "-", zenkaku: bool = False) -> str:
    rows = [[str(c) for c in r] for r in rows]
    ws = [max(width(r[i]) for r in rows) for i in range(len(rows[0]))]
    p = padz if zenkaku else pad
    out = []
    for k, r in enumerate(rows):
        out.append((" " * gap).join(p(c, ws[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and rule:
            out.append(rule * (sum(ws) + gap * (len(ws) - 1)))
    return "\n".join(out)


def tsv(rows) -> str:
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def html_table(rows, border: int = 1) -> str:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return (f'<table border="{border}" cellpadding="4" cellspacing="0">'
            f"<tr>{head}</tr>{body}</table>")


def kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def wareki(d, style: str = "kanji") -> str:
    y, m, dd = d
    if (y, m, dd) >= (1989, 1, 8):
        era, ab, base = "平成", "H", 1988
    elif (y, m, dd) >= (1926, 12, 25):
        era, ab, base = "昭和", "S", 1925
    else:
        era, ab, base = "大正", "T", 1911
    n = y - base
    if style == "kanji":
        return f"{era}{'元' if n == 1 else n}年{m}月{dd}日"
    if style == "short":
        return f"{ab}{n}.{m}.{dd}"
    if style == "zen":
        return zen(f"{ab}{n}.{m}.{dd}")
    if style == "zenkanji":
        return zen(f"{era}{n}年{m}月{dd}日")
    raise ValueError(style)


def seireki(d, style: str = "slash") -> str:
    y, m, dd = d
    if style == "slash":
        return f"{y}/{m:02d}/{dd:02d}"
    if style == "kanji":
        return f"{y}年{m}月{dd}日"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "en":
        months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                  "Nov", "Dec"]
        return f"{dd} {months[m - 1]} {y}"
    raise ValueError(style)


def corporate_number(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- invented people ----------------------------------------------------------------

SURNAMES = [
    ("佐藤", "さとう", "sato"), ("鈴木", "すずき", "suzuki"), ("高橋", "たかはし", "takahashi"),
    ("渡辺", "わたなべ", "watanabe"), ("伊藤", "いとう", "ito"), ("中村", "なかむら", "nakamura"),
    ("小林", "こばやし", "kobayashi"), ("加藤", "かとう", "kato"), ("吉田", "よしだ", "yoshida"),
    ("山口", "やまぐち", "yamaguchi"), ("松本", "まつもと", "matsumoto"), ("井上", "いのうえ", "inoue"),
    ("木村", "きむら", "kimura"), ("清水", "しみず", "shimizu"), ("森", "もり", "mori"),
    ("池田", "いけだ", "ikeda"), ("橋本", "はしもと", "hashimoto"), ("石川", "いしかわ", "ishikawa"),
    ("前田", "まえだ", "maeda"), ("藤井", "ふじい", "fujii"), ("岡田", "おかだ", "okada"),
    ("長谷川", "はせがわ", "hasegawa"), ("村上", "むらかみ", "murakami"), ("近藤", "こんどう", "kondo"),
    ("坂本", "さかもと", "sakamoto"), ("遠藤", "えんどう", "endo"), ("青木", "あおき", "aoki"),
    ("西村", "にしむら", "nishimura"), ("福田", "ふくだ", "fukuda"), ("太田", "おおた", "ota"),
    ("三浦", "みうら", "miura"), ("岩崎", "いわさき", "iwasaki"), ("野口", "のぐち", "noguchi"),
    ("勅使河原", "てしがわら", "teshigawara"), ("四十物", "あいもの", "aimono"),
    ("小鳥遊", "たかなし", "takanashi"), ("東海林", "しょうじ", "shoji"),
    ("五百旗頭", "いおきべ", "iokibe"), ("御手洗", "みたらい", "mitarai"),
    ("百目鬼", "どうめき", "domeki"), ("我妻", "わがつま", "wagatsuma"),
    ("日下部", "くさかべ", "kusakabe"), ("仁科", "にしな", "nishina"), ("比嘉", "ひが", "higa"),
    ("鬼頭", "きとう", "kito"), ("柘植", "つげ", "tsuge"), ("真壁", "まかべ", "makabe"),
    ("村主", "すぐり", "suguri"), ("左右田", "そうだ", "soda"), ("一尺八寸", "かまつか", "kamatsuka"),
    ("神子島", "かごしま", "kagoshima"), ("宇佐美", "うさみ", "usami"), ("鳥飼", "とりかい", "torikai"),
    ("砂川", "すながわ", "sunagawa"), ("雲母", "きら", "kira"), ("蓬田", "よもぎだ", "yomogida"),
    ("栗花落", "つゆり", "tsuyuri"), ("八月一日", "ほずみ", "hozumi"), ("猪股", "いのまた", "inomata"),
    ("久我", "くが", "kuga"), ("漆原", "うるしばら", "urushibara"), ("及川", "おいかわ", "oikawa"),
    ("舟橋", "ふなはし", "funahashi"), ("霜月", "しもつき", "shimotsuki"), ("瀬尾", "せお", "seo"),
]

GIVEN_F_OLD = [
    ("和子", "かずこ", "kazuko"), ("節子", "せつこ", "setsuko"), ("美智子", "みちこ", "michiko"),
    ("千代", "ちよ", "chiyo"), ("悦子", "えつこ", "etsuko"), ("幸江", "さちえ", "sachie"),
    ("紀子", "のりこ", "noriko"), ("孝子", "たかこ", "takako"), ("トメ", "とめ", "tome"),
    ("静江", "しずえ", "shizue"), ("久美子", "くみこ", "kumiko"), ("洋子", "ようこ", "yoko"),
    ("澄子", "すみこ", "sumiko"), ("弘美", "ひろみ", "hiromi"), ("フミ", "ふみ", "fumi"),
    ("喜代美", "きよみ", "kiyomi"), ("登美子", "とみこ", "tomiko"), ("靖子", "やすこ", "yasuko"),
]
GIVEN_M_OLD = [
    ("正夫", "まさお", "masao"), ("勝", "まさる", "masaru"), ("弘", "ひろし", "hiroshi"),
    ("敏夫", "としお", "toshio"), ("昭二", "しょうじ", "shoji"), ("清", "きよし", "kiyoshi"),
    ("茂", "しげる", "shigeru"), ("武志", "たけし", "takeshi"), ("義男", "よしお", "yoshio"),
    ("功", "いさお", "isao"), ("博之", "ひろゆき", "hiroyuki"), ("徹", "とおる", "toru"),
    ("辰雄", "たつお", "tatsuo"), ("幸三", "こうぞう", "kozo"),
]
GIVEN_F_NEW = [
    ("恵理", "えり", "eri"), ("陽菜", "ひな", "hina"), ("玲奈", "れな", "rena"),
    ("静香", "しずか", "shizuka"), ("葵", "あおい", "aoi"), ("百合", "ゆり", "yuri"),
    ("美咲", "みさき", "misaki"), ("真由", "まゆ", "mayu"), ("沙織", "さおり", "saori"),
    ("千尋", "ちひろ", "chihiro"), ("彩花", "あやか", "ayaka"), ("麻衣", "まい", "mai"),
    ("結衣", "ゆい", "yui"), ("香織", "かおり", "kaori"), ("瑞穂", "みずほ", "mizuho"),
]
GIVEN_M_NEW = [
    ("翔太", "しょうた", "shota"), ("蓮", "れん", "ren"), ("健一", "けんいち", "kenichi"),
    ("雅人", "まさと", "masato"), ("直樹", "なおき", "naoki"), ("大輔", "だいすけ", "daisuke"),
    ("拓也", "たくや", "takuya"), ("悠斗", "ゆうと", "yuto"), ("亮介", "りょうすけ", "ryosuke"),
    ("慎吾", "しんご", "shingo"), ("隆", "たかし", "takashi"),
]

# prefecture, city/ward, town, first 3 digits of the postal code, area code
AREAS = [
    ("東京都", "世田谷区", "経堂", "156", "03"), ("東京都", "杉並区", "阿佐谷南", "166", "03"),
    ("東京都", "練馬区", "石神井町", "177", "03"), ("東京都", "目黒区", "自由が丘", "152", "03"),
    ("東京都", "港区", "白金台", "108", "03"), ("東京都", "武蔵野市", "吉祥寺本町", "180", "0422"),
    ("東京都", "調布市", "深大寺元町", "182", "042"), ("神奈川県", "横浜市青葉区", "美しが丘", "225", "045"),
    ("神奈川県", "横浜市港北区", "日吉本町", "223", "045"), ("神奈川県", "川崎市中原区", "小杉町", "211", "044"),
    ("神奈川県", "鎌倉市", "由比ガ浜", "248", "0467"), ("神奈川県", "藤沢市", "鵠沼海岸", "251", "0466"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330", "048"), ("埼玉県", "さいたま市大宮区", "大門町", "330", "048"),
    ("埼玉県", "川越市", "連雀町", "350", "049"), ("千葉県", "船橋市", "本町", "273", "047"),
    ("千葉県", "市川市", "八幡", "272", "047"), ("大阪府", "豊中市", "上野東", "560", "06"),
    ("大阪府", "大阪市北区", "天神橋", "530", "06"), ("大阪府", "吹田市", "千里山西", "565", "06"),
    ("兵庫県", "西宮市", "甲子園口", "663", "0798"), ("兵庫県", "芦屋市", "松ノ内町", "659", "0797"),
    ("京都府", "京都市左京区", "下鴨本町", "606", "075"), ("愛知県", "名古屋市千種区", "覚王山通", "464", "052"),
]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]

BANKS = [("みどり銀行", ["渋谷支店", "青山支店", "横浜駅前支店", "大宮支店", "梅田支店", "成城支店"]),
         ("東都信用金庫", ["経堂支店", "吉祥寺支店", "練馬支店"]),
         ("関東中央銀行", ["本店営業部", "浦和支店", "川崎支店", "船橋支店"]),
         ("なにわ協和銀行", ["豊中支店", "天満支店", "西宮北口支店"])]

_used_names: set[str] = set()


def _tel(area: str) -> str:
    if len(area) == 2:
        return f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    if len(area) == 3:
        return f"{area}-{rng.randint(200, 989)}-{rng.randint(1000, 9999)}"
    return f"{area}-{rng.randint(20, 89)}-{rng.randint(1000, 9999)}"


class Person:
    def __init__(self, kind: str = "senior", sex: str | None = None):
        sex = sex or rng.choice("FFM")  # culture-school students are mostly women
        while True:
            sur = rng.choice(SURNAMES)
            if kind == "senior":
                giv = rng.choice(GIVEN_F_OLD if sex == "F" else GIVEN_M_OLD)
            else:
                giv = rng.choice(GIVEN_F_NEW if sex == "F" else GIVEN_M_NEW)
            if sur[0] + giv[0] not in _used_names:
                _used_names.add(sur[0] + giv[0])
                break
        self.sex = sex
        self.sei, self.sei_kana, self.sei_ro = sur
        self.mei, self.mei_kana, self.mei_ro = giv
        self.name = f"{self.sei} {self.mei}"
        self.name_nospace = self.sei + self.mei
        self.kana = f"{self.sei_kana} {self.mei_kana}"
        self.katakana = kata(self.kana)
        self.romaji = f"{self.mei_ro.capitalize()} {self.sei_ro.capitalize()}"
        self.romaji_jp = f"{self.sei_ro.upper()} {self.mei_ro.capitalize()}"
        if kind == "senior":
            y = rng.randint(1938, 1959)
        elif kind == "instructor":
            y = rng.randint(1956, 1992)
        else:
            y = rng.randint(1962, 2001)
        self.dob = (y, rng.randint(1, 12), rng.randint(1, 28))
        self.age = 2025 - y - (1 if self.dob[1] > 6 else 0)
        a = rng.choice(AREAS)
        self.pref, self.city, self.town = a[0], a[1], a[2]
        self.zip = f"{a[3]}-{rng.randint(1, 9999):04d}"
        bldg = rng.choice(["", "", "", f" グランメゾン{self.town[:2]}{rng.randint(2, 9)}0{rng.randint(1, 8)}",
                           f"-{rng.randint(101, 808)}", f" {rng.choice(['コーポ', 'ハイツ', 'パレス'])}"
                           f"{rng.choice(['さくら', '緑', 'ひかり', '翠'])}{rng.randint(1, 3)}0{rng.randint(1, 6)}号室"])
        self.street = f"{self.town}{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}{bldg}"
        self.addr = f"{self.pref}{self.city}{self.street}"
        self.city_only = f"{self.pref}{self.city}"
        self.tel = _tel(a[4])
        self.mobile = f"{rng.choice(['090', '080', '090', '070', '080'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        local = rng.choice([f"{self.mei_ro}.{self.sei_ro}", f"{self.sei_ro}{self.mei_ro[0]}",
                            f"{self.mei_ro}{rng.randint(10, 99)}", f"{self.sei_ro}-{self.mei_ro}",
                            f"{self.mei_ro[0]}{self.sei_ro}{y % 100:02d}"])
        self.email = f"{local}@{rng.choice(FREEMAIL)}"
        bank, branches = rng.choice(BANKS)
        self.bank = bank
        self.branch = rng.choice(branches)
        self.account = f"{rng.randint(1000000, 9999999)}"
        self.account_kind = rng.choice(["普通", "普通", "普通", "当座"])

    def phone(self) -> str:
        return self.mobile if rng.random() < 0.6 else self.tel


def people(n: int, kind: str = "senior", sex: str | None = None) -> list[Person]:
    return [Person(kind, sex) for _ in range(n)]


def fee(lo: int, hi: int, step: int = 500) -> int:
    return rng.randrange(lo, hi + 1, step)


# -- the sending side -----------------------------------------------------------------

D = "hinode-sangyo.co.jp"
CD = "culture.hinode-sangyo.co.jp"

HQ_ADDR = "〒150-0002 東京都渋谷区渋谷2-24-3 日の出ビル7F"

SIG = {
    "takanashi": ("高梨 美穂 <takanashi.m@hinode-sangyo.co.jp>",
                  "--\n日の出産業株式会社 カルチャースクール事業部 企画課\n高梨 美穂（Takanashi Miho）\n"
                  f"{HQ_ADDR}\nTEL 03-5468-2210（直通） FAX 03-5468-2219\ntakanashi.m@hinode-sangyo.co.jp"),
    "okochi": ("大河内 誠 <okochi@hinode-sangyo.co.jp>",
               "━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社\nカルチャースクール事業部 提携営業課 課長\n"
               f"大河内 誠\n{HQ_ADDR}\nTEL：03-5468-2214　携帯：080-4471-2093\n"
               "━━━━━━━━━━━━━━━━━━━━"),
    "kiryu": ("桐生 早苗 <s-kiryu@culture.hinode-sangyo.co.jp>",
              "***********************************\nひのでカルチャー 青山教室 受付\n桐生 早苗\n"
              "〒107-0062 東京都港区南青山3-5-1 青山ヒルサイド2F\nTEL 03-3402-7781（受付 10:00〜19:00）\n"
              "運営：日の出産業株式会社\n***********************************"),
    "nakasone": ("仲宗根 亮 <nakasone.ryo@hinode-sangyo.co.jp>",
                 "----------------------------------\n日の出産業株式会社 カルチャースクール事業部\n"
                 "講師管理担当　仲宗根 亮（なかそね りょう）\nTEL 03-5468-2217\n"
                 "nakasone.ryo@hinode-sangyo.co.jp\n----------------------------------"),
    "miyaji": ("宮路 佳代 <miyaji.kayo@hinode-sangyo.co.jp>",
               "日の出産業株式会社 経理部 事業会計課\n宮路 佳代\n"
               f"{HQ_ADDR}\nTEL 03-5468-2101 / 内線 3318"),
    "chihaya": ("千早 隼人 <h.chihaya@hinode-sangyo.co.jp>",
                "==========================\n日の出産業株式会社 情報システム部\n千早 隼人\n"
                "TEL 03-5468-2150 内線 4402\n=========================="),
    "higuchi": ("樋口 奈津子 <higuchi-n@hinode-sangyo.co.jp>",
                "日の出産業株式会社 総務部 人事労務課\n樋口 奈津子\n"
                f"{HQ_ADDR}\nTEL：03-5468-2120"),
    "saotome": ("早乙女 拓海 <saotome.t@culture.hinode-sangyo.co.jp>",
                "――――――――――――――――\nひのでカルチャー 受講生作品展 事務局\n早乙女 拓海\n"
                "日の出産業株式会社 カルチャースクール事業部\nTEL 03-5468-2216 / 090-2218-6604（会期中）\n"
                "――――――――――――――――"),
    "niwa": ("丹羽 由紀 <niwa.yuki@culture.hinode-sangyo.co.jp>",
             "………………………………………\nひのでカルチャー 横浜教室 教室長\n丹羽 由紀\n"
             "〒220-0011 神奈川県横浜市西区高島2-10-8 ハーバーテラス3F\nTEL 045-451-6620\n"
             "………………………………………"),
    "brooks": ("Daniel Brooks <d.brooks@hinode-sangyo.co.jp>",
               "Daniel Brooks\nLanguage Programme Coordinator\nHinode Culture School (Hinode Sangyo Co., Ltd.)\n"
               "2-24-3 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan\nTel +81-3-5468-2218"),
    "omiya": ("久住 千晶 <kusumi.c@culture.hinode-sangyo.co.jp>",
              "ひのでカルチャー大宮教室\n久住 千晶（くすみ ちあき）\n"
              "〒330-0846 埼玉県さいたま市大宮区大門町1-18 大宮ソニアビル5F\nTEL 048-641-3350"),
    "umeda": ("東條 健吾 <tojo.kengo@culture.hinode-sangyo.co.jp>",
              "////////////////////////////////\nひのでカルチャー 梅田教室\n東條 健吾\n"
              "〒530-0001 大阪府大阪市北区梅田1-3-9 梅田センタービル8F\nTEL 06-6343-1125\n"
              "////////////////////////////////"),
}


def frm(key: str) -> str:
    return SIG[key][0]


def sig(key: str) -> str:
    return SIG[key][1]


DISC_JA = ("本メールおよび添付ファイルには機密情報が含まれている場合があります。"
           "誤って受信された場合は、お手数ですが送信者までご連絡のうえ、削除してくださいますようお願いいたします。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete this "
           "e-mail. Any unauthorised copying or disclosure is prohibited.")

# external organisations (partners from the brief, the others invented)
MARUBISHI = "marubishi-dept.co.jp"      # 丸菱百貨店（提携講座・カルチャーサロン）
TOHO = "toho-shimbun.co.jp"             # 東邦新聞社（読者限定講座）
KANTO = "kanto-nippo.jp"                # 関東日報
SAKURA = "sakura-hotel.jp"              # さくらホテル（会場）
NISHIKI = "nishiki-insatsu.co.jp"       # 錦印刷（パンフ・図録）
AOBA = "aoba-unyu.co.jp"                # 青葉運輸（作品搬送）
MIDORI = "midori-ginko.co.jp"           # みどり銀行（講師報酬の振込）
TSUBASA = "tsubasa-system.jp"           # ツバサシステム（受講申込システム）
KITAGUNI = "kitaguni-foods.co.jp"       # 北国フーズ（料理講座の食材）
SHIRAKAWA = "shirakawa-law.jp"          # 白川法律事務所
KAWASAKI = "kawasaki-denki.co.jp"       # 川崎電機（教室の音響機器）
TODO = "todo-kaikei.jp"                 # 藤堂会計事務所
SONPO = "akebono-sonpo.co.jp"           # あけぼの損害保険
PAYWAVE = "paywave.co.jp"               # ペイウェーブ（決済代行）
YOGA = "senior-yoga.or.jp"              # 日本シニアヨガ協会
STUDIO = "studio-rhythm.jp"             # スタジオ・リズム（貸しスタジオ）
HITSU = "hitsushodo.co.jp"              # 筆匠堂（書道用品）
GAKUSO = "gakuso-kobo.jp"               # 額装工房あかね
LINGUA = "linguabridge.com"             # Lingua Bridge（外国人講師の派遣）
TOTO_U = "toto-u.ac.jp"                 # 東都大学（公開講座）
SHAROUSHI = "sr-kimura.jp"              # 木村社会保険労務士事務所

_M: list[dict] = []


def add(**kw) -> None:
    kw.setdefault("charset", "iso-2022-jp")
    _M.append(kw)


# ======================================================================================
# must stop
# ======================================================================================

# S1 — yoga roster, space-padded columns, to the instructor's private gmail
_ps = people(8, "senior")
_rows = [["No", "氏名", "ふりがな", "電話", "生年月日"]]
for _i, _p in enumerate(_ps, 1):
    _rows.append([_i, _p.name, _p.kana, _p.phone(), wareki(_p.dob)])
add(sender=frm("niwa"), to=["内海 玲子 <reiko.utsumi.yoga@gmail.com>"],
    subject="【横浜教室】はじめてのシニアヨガ（木曜10:30）受講者名簿",
    body=f"""内海先生

いつもお世話になっております。ひのでカルチャー横浜教室の丹羽です。

10月開講の「はじめてのシニアヨガ（木曜10:30〜11:45）」の受講者が確定しましたので、
名簿をお送りいたします。初回は出欠の確認をお願いできますと助かります。
ご高齢の方が多いため、緊急連絡先として電話番号も載せております。

{columns(_rows)}

初回（10/2）はマットの貸し出しがございますので、受付で台数を調整いたします。
ご不明な点がございましたらお知らせください。

{sig("niwa")}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data", "freemail_recipient"],
    note="8 students' names, phones and birth dates (和暦) in padded columns to an instructor's gmail")

# S2 — health questionnaire, tab-separated, to the yoga association instructor
_ps = people(6, "senior")
_ill = ["高血圧（服薬中）", "右膝 人工関節置換術（2022年）", "腰椎すべり症", "2型糖尿病",
        "骨粗しょう症・圧迫骨折の既往", "不整脈（経過観察）", "緑内障", "脳梗塞後 軽い左半身まひ"]
_rows = [["氏名", "年齢", "既往歴・持病", "主治医の運動許可", "備考"]]
for _p in _ps:
    _rows.append([_p.name, f"{_p.age}歳", rng.choice(_ill), rng.choice(["あり", "あり", "確認中"]),
                  rng.choice(["", "床に座る動作は避けたい", "椅子ヨガ希望", "", "血圧計持参"])])
add(sender=frm("omiya"), to=[f"篠原 晴美 <h.shinohara@{YOGA}>"],
    subject="大宮教室 チェアヨガ講座 事前問診票のまとめ",
    body=f"""日本シニアヨガ協会
篠原 晴美 先生

お世話になっております。ひのでカルチャー大宮教室の久住でございます。
先日ご依頼のありました、受講予定者の事前問診票の内容をまとめました。
（Excel から貼り付けたため、タブ区切りになっております）

{tsv(_rows)}

ポーズの強度の調整にお役立てください。
問診票の原本は教室で保管しております。

{sig("omiya")}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="medical history of 6 named students (要配慮個人情報) to an external instructor")

# S3 — one student's heart condition in running text, to the instructor's iCloud
_p = Person("senior", "F")
add(sender=frm("kiryu"), to=["葛西 先生 <kasai.dance.studio@icloud.com>"],
    subject="Re: 社交ダンス入門 11月のクラスについて",
    body=f"""葛西先生

いつもご指導ありがとうございます。青山教室受付の桐生です。

11月からのクラスについて一点ご相談です。
水曜クラスの{_p.name}様（{_p.age}歳）ですが、先月心筋梗塞で入院され、
現在はペースメーカーを入れて通院中とのことです。ご本人は復帰を強く希望されており、
主治医からは「激しいステップは控えること」と言われているそうです。

ワルツのゆっくりした練習中心であれば参加可能か、先生のご判断をいただけますでしょうか。
ご家族からは、念のためレッスン中はAED の場所を確認しておいてほしいとのご要望もありました。

よろしくお願いいたします。

{sig("kiryu")}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="one named student's heart attack and pacemaker (要配慮) in running text to a private address")

# S4 — one instructor's My Number to the tax accountant
_p = Person("instructor", "F")
_mn = new_my_number()
add(sender=frm("miyaji"), to=[f"藤堂会計事務所 佐久間様 <sakuma@{TODO}>"],
    subject="講師報酬 支払調書作成の件（追加1名）",
    body=f"""藤堂会計事務所
佐久間様

いつもお世話になっております。日の出産業 経理部の宮路です。

先日お送りした支払調書対象者の一覧に、1名漏れがございました。
大変申し訳ございませんが、下記の方を追加してご作成いただけますでしょうか。

　講座名　　：かな書道（水曜・木曜）
　氏名　　　：{_p.name}（{_p.katakana}）
　住所　　　：〒{_p.zip} {_p.addr}
　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　支払金額　：{fee(600000, 1400000, 1000):,}円（源泉徴収税額は別紙のとおり）

本人確認書類の写しは郵送にて別途お送りいたします。

{sig("miyaji")}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="an instructor's マイナンバー and address to an external accounting office")

# S5 — instructor fee transfer list as CSV (CP932) to the bank
_ps = people(9, "instructor")
_rows = [["支払日", "銀行名", "支店名", "預金種目", "口座番号", "受取人名（カナ）", "金額", "摘要"]]
for _p in _ps:
    _rows.append(["2025/10/24", _p.bank, _p.branch, _p.account_kind, _p.account,
                  _p.katakana.replace(" ", "　"), fee(38000, 265000, 100), "9月分講師料"])
add(sender=frm("miyaji"), to=[f"みどり銀行 渋谷支店 法人営業 <hojin-shibuya@{MIDORI}>"],
    subject="総合振込依頼（10/24実行分・講師報酬）",
    body=f"""みどり銀行 渋谷支店
法人営業ご担当者様

いつも大変お世話になっております。
日の出産業株式会社 経理部の宮路でございます。

インターネットバンキングの障害により本日登録ができないため、
10月24日実行分の総合振込データを添付にてお送りいたします。
お手数ですが、窓口にてご登録をお願いできますでしょうか。

　振込件数：{len(_ps)}件
　依頼人　：日の出産業株式会社 カルチャースクール事業部

{sig("miyaji")}
""",
    attachments=[{"kind": "csv", "name": "総合振込_20251024_講師料.csv", "encoding": "cp932",
                  "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="9 instructors' bank accounts in a CP932 CSV to the bank (a list of people, external)")

# S6 — a student's card number to the payment agent
_p = Person("adult", "F")
_cc = new_card()
add(sender=frm("kiryu"), to=[f"ペイウェーブ カスタマーサポート <support@{PAYWAVE}>"],
    subject="手動オーソリのお願い（ひのでカルチャー青山教室）",
    body=f"""ペイウェーブ株式会社
カスタマーサポート ご担当者様

お世話になっております。ひのでカルチャー青山教室の桐生です。
加盟店ID：HC-20417

決済端末が通信エラーとなり、窓口で受講料のカード決済ができませんでした。
お客様より電話で決済のご了承をいただいておりますので、手動オーソリをお願いいたします。

　会員氏名：{_p.name} 様
　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限：{rng.randint(1, 12):02d}/{rng.randint(27, 30)}
　金額：39,600円（フラワーアレンジメント 後期6回分）
　支払回数：1回

処理が完了しましたら承認番号をご返信ください。

{sig("kiryu")}
""",
    charset="cp932",
    expect="stop", entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a student's full credit-card number in the body to an external payment agent")

# S7 — three instructors on three free-mail domains, all in To
add(sender=frm("nakasone"),
    to=["村主 先生 <suguri.calligraphy@yahoo.co.jp>", "柘植 冬馬 <toma.tsuge@outlook.jp>",
        "比嘉 かおり <kaori.higa.cook@gmail.com>"],
    subject="【ご連絡】11/15（土）青山教室 全館停電に伴う休講について",
    body=f"""講師の先生方

いつもお世話になっております。講師管理担当の仲宗根です。

ビルの電気設備点検のため、11月15日（土）は青山教室が終日停電となります。
恐れ入りますが、当日の講座はすべて休講とし、振替日を下記のとおりとさせてください。

　・村主先生「楷書・行書 基礎」　　→ 11/22（土）13:00〜
　・柘植先生「男の料理 入門」　　　→ 11/29（土）10:30〜
　・比嘉先生「沖縄家庭料理」　　　　→ 11/29（土）14:00〜

受講生への連絡は教室から行います。ご都合が悪い場合はお知らせください。

{sig("nakasone")}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private persons (three external parties) visible to each other in To: should be Bcc")

# S8 — look-alike of the partner hotel: .co.jp instead of .jp
add(sender=frm("saotome"), to=["さくらホテル 宴会営業 <banquet@sakura-hotel.co.jp>"],
    subject="受講生作品展 会場（桜の間）仮押さえのお願い",
    body=f"""さくらホテル
宴会営業部 ご担当者様

いつもお世話になっております。ひのでカルチャー作品展事務局の早乙女です。

来年の受講生作品展につきまして、昨年と同じく「桜の間」を仮押さえいただけますでしょうか。

　日程：2026年3月19日（木）搬入 ／ 20日（金）〜22日（日）展示 ／ 22日 17時より搬出
　用途：書道・水彩・写真・手工芸の作品展示（約240点）
　その他：展示パネル（前回同様 60枚）、受付用長机 2台

お見積りは前回の条件をベースにご提示いただけますと幸いです。

{sig("saotome")}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="sakura-hotel.co.jp is a TLD look-alike of the partner sakura-hotel.jp")

# S9 — 社外秘 only in the PDF page header
add(sender=frm("okochi"), to=[f"丸菱百貨店 営業企画部 三好様 <miyoshi.k@{MARUBISHI}>"],
    subject="カルチャーサロン共同運営のご提案資料",
    body=f"""丸菱百貨店 営業企画部
三好様

いつも大変お世話になっております。日の出産業の大河内です。
先日はお時間をいただき、誠にありがとうございました。

お打ち合わせでお話ししました、本館8階カルチャーサロンの共同運営につきまして、
弊社案を資料にまとめましたのでお送りいたします。ご査収のほどお願い申し上げます。
来週の定例でご意見を伺えれば幸いです。

{sig("okochi")}
""",
    attachments=[{"kind": "pdf", "name": "丸菱カルチャーサロン_共同運営案_v3.pdf",
                  "title": "丸菱カルチャーサロン 共同運営案",
                  "page_header": "社外秘",
                  "lines": ["丸菱カルチャーサロン 共同運営案（第3版）", "",
                            "1. 目的：本館8階の集客強化と、ひのでカルチャー会員の相互送客",
                            "2. 講座数：初年度 42講座（書道・料理・ヨガ・語学・フラワー）",
                            "3. 収益配分：受講料の 18％ を賃料相当額として丸菱様へ（現行 22％）",
                            "4. 当社の講師原価率：受講料の 45〜52％（講座別の内訳は別紙）",
                            "5. 損益分岐：月間受講者 1,350名",
                            "6. 競合（他社カルチャー）との条件比較：別紙2"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the attached proposal PDF is stamped 社外秘 in its page header; the body is plain")

# S10 — password ZIP of the newspaper readers' course winners
_ps = people(12, "adult")
add(sender=frm("okochi"), to=[f"東邦新聞社 事業局 読者サービス部 <dokusha@{TOHO}>"],
    subject="読者限定「万年筆で書く美文字講座」当選者リストの送付",
    body=f"""東邦新聞社 事業局 読者サービス部
ご担当者様

お世話になっております。日の出産業 提携営業課の大河内です。

標記講座の当選者リストを、パスワード付きZIPにてお送りいたします。
パスワードは別途メールにてお知らせいたします。

当選通知はがきの発送は貴社にてお願いできますでしょうか。

{sig("okochi")}
""",
    attachments=[{"kind": "zip", "name": "当選者リスト_美文字講座.zip", "password": "Bimoji#2025",
                  "files": [{"kind": "xlsx", "name": "当選者リスト.xlsx",
                             "sheets": {"当選者": [["氏名", "郵便番号", "住所", "電話"]] +
                                        [[p.name, p.zip, p.addr, p.tel] for p in _ps]}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external newspaper: it cannot be inspected")

# S11 — corrupt XLSX to the printer
add(sender=frm("saotome"), to=[f"錦印刷 制作部 森下様 <morishita@{NISHIKI}>"],
    subject="作品展図録 掲載データ（最終版）",
    body=f"""錦印刷株式会社 制作部
森下様

いつもお世話になっております。作品展事務局の早乙女です。

図録の掲載データ（作品名・出品者・サイズ）の最終版をお送りします。
前回から差し替えは12点です。差し替え箇所は黄色で塗ってあります。

入稿スケジュールは予定どおり今週金曜でお願いいたします。

{sig("saotome")}
""",
    attachments=[{"kind": "corrupt", "name": "図録掲載データ_最終.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be read")

# S12 — trial-lesson applicants without a name column
_rows = [["受付No", "電話番号", "メールアドレス", "希望講座", "希望日"]]
_courses = ["ボールペン字", "はじめてのフラダンス", "韓国語 入門", "やさしいチェアヨガ", "季節の和菓子"]
for _k in range(7):
    _p = Person(rng.choice(["senior", "adult"]))
    _rows.append([f"T-{1081 + _k * 3}", _p.mobile, _p.email, rng.choice(_courses),
                  rng.choice(["10/18", "10/19", "10/25"])])
add(sender=frm("okochi"), to=[f"丸菱百貨店 池袋店 催事担当 <ikebukuro-saiji@{MARUBISHI}>"],
    subject="店頭体験レッスン お申込み状況（10/14時点）",
    body=f"""丸菱百貨店 池袋店
催事ご担当 各位

お世話になっております。日の出産業の大河内です。
「秋のカルチャー体験フェア」の WEB 申込み分を共有いたします。
氏名は省略し、受付番号と連絡先のみ記載しております。
当日の受付で受付番号をお伝えいただく流れです。

{columns(_rows, gap=3)}

満席に近いのはボールペン字とチェアヨガです。椅子の追加をご検討いただけますと幸いです。

{sig("okochi")}
""",
    expect="stop", entities=["PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="7 applicants' phones and e-mails with no name column: still a list of people, external")

# S13 — HTML-only table of trial applicants to the dance studio
_ps = people(6, "adult")
_tr = [["お名前", "年齢", "電話", "メール", "経験"]]
for _p in _ps:
    _tr.append([_p.name, f"{_p.age}", _p.mobile, _p.email, rng.choice(["なし", "1年", "学生時代に少し", "なし"])])
add(sender=frm("kiryu"), to=[f"スタジオ・リズム 受付 <info@{STUDIO}>"],
    subject="11/3 ジャズダンス体験 参加者のご連絡",
    html=f"""<html><body>
<p>スタジオ・リズム<br>ご担当者様</p>
<p>いつもスタジオをお借りしております、ひのでカルチャー青山教室の桐生です。<br>
11月3日（月・祝）14:00〜の「大人のジャズダンス 体験レッスン」の参加者は以下の6名です。<br>
入館時に受付でお名前を確認していただけますようお願いいたします。</p>
{html_table(_tr)}
<p>講師の青柳先生は13:30に入られます。よろしくお願いいたします。</p>
<p>ひのでカルチャー 青山教室 受付<br>桐生 早苗<br>TEL 03-3402-7781</p>
</body></html>""",
    charset="utf-8",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 6 trial-lesson participants' contacts to an external studio")

# S14 — XLSX with a title row, several sheets, to the calligraphy supplier
_ps = people(12)
_sheet = [["2025年度 後期 書道通信講座 受講者一覧（教材発送用）"], [],
          ["No", "氏名", "郵便番号", "住所", "電話番号", "コース"]]
for _i, _p in enumerate(_ps, 1):
    _sheet.append([_i, _p.name, _p.zip, _p.addr, _p.tel, rng.choice(["楷書", "行書", "かな", "実用"])])
add(sender=frm("takanashi"), to=[f"筆匠堂 通販部 <tsuhan@{HITSU}>"],
    subject="後期通信講座 教材セットの直送について",
    body=f"""株式会社筆匠堂
通販部 ご担当者様

いつもお世話になっております。日の出産業 カルチャースクール事業部の高梨です。

後期の通信講座の教材セット（半紙・墨液・手本）につきまして、
今回は受講者様へ直送をお願いしたく、発送先一覧を添付いたします。
「発送スケジュール」シートに希望着日をまとめております。

{sig("takanashi")}
""",
    attachments=[{"kind": "xlsx", "name": "通信講座_教材発送先_2025後期.xlsx",
                  "sheets": {"発送先": _sheet,
                             "発送スケジュール": [["コース", "セット内容", "希望着日"],
                                            ["楷書", "Aセット", "10/10"], ["行書", "Aセット", "10/10"],
                                            ["かな", "Bセット", "10/14"], ["実用", "Cセット", "10/14"]]}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX with 12 students' names, addresses and phones (title row above the header) to a supplier")

# S15 — DOCX table: accident-insurance enrolment of cooking students
_ps = people(10, rng.choice(["senior", "adult"]))
_tbl = [["氏名", "フリガナ", "生年月日", "住所"]]
for _p in _ps:
    _tbl.append([_p.name, _p.katakana, seireki(_p.dob, "kanji"), _p.addr])
add(sender=frm("higuchi"), to=[f"あけぼの損害保険 団体営業部 <dantai-eigyo@{SONPO}>"],
    subject="受講生傷害保険 加入者名簿（料理講座 10月開講分）",
    body=f"""あけぼの損害保険株式会社
団体営業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の樋口です。

料理講座（10月開講分）の受講生傷害保険の加入者名簿をお送りいたします。
補償開始日は10月1日でお願いいたします。

{sig("higuchi")}
""",
    attachments=[{"kind": "docx", "name": "傷害保険加入者名簿_料理講座_202510.docx",
                  "title": "受講生傷害保険 加入者名簿",
                  "paragraphs": ["受講生傷害保険 加入者名簿", "契約者：日の出産業株式会社",
                                 "対象：ひのでカルチャー 料理講座（青山・横浜）10月開講分"],
                  "tables": [_tbl]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of 10 students' names, birth dates and addresses to an insurer")

# S16 — English: placement list to the teacher agency
_ps = people(5, "adult")
_lines = "\n".join(f"  {i}. {p.romaji:<20} {p.email:<32} {p.mobile}   level: {rng.choice(['A1', 'A2', 'B1', 'B1+'])}"
                   for i, p in enumerate(_ps, 1))
add(sender=frm("brooks"), to=[f"Sarah Whitfield <s.whitfield@{LINGUA}>"],
    subject="Placement list - Business English (Thu evening, Aoyama)",
    body=f"""Hi Sarah,

Thanks for arranging Mr. Okafor for the Thursday evening class. Here are the five
students who have signed up so far, with their placement levels from last week's test.
Could you pass this on to him so he can contact them about the first session?

{_lines}

The first lesson is on 9 October, 19:00-20:30, room 3 at the Aoyama school.

Best regards,

{sig("brooks")}
""",
    charset="utf-8",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="English mail listing 5 students' names, e-mails and mobiles to an external agency")

# S17 — forward of a student's mail with a driving-licence number, to the system vendor
_p = Person("senior", "M")
_dl = f"{rng.randint(30, 65)}{rng.randint(10, 99)}{rng.randint(10000000, 99999999)}"
add(sender=frm("chihaya"), to=[f"ツバサシステム サポートデスク <support@{TSUBASA}>"],
    subject="FW: シニア割引の年齢確認でエラーになります",
    body=f"""ツバサシステム サポートデスク 御中

日の出産業 情報システム部の千早です。
受講申込システムで、シニア割引の年齢確認がエラーになるとの問い合わせがありました。
お客様からのメールを転送しますので、入力内容から原因をご確認いただけますか。
（チケット番号：TSB-2025-08812）

-------- 転送メッセージ --------
差出人: {_p.name} <{_p.email}>
件名: シニア割引の年齢確認でエラーになります
宛先: info@culture.hinode-sangyo.co.jp

ひのでカルチャー様

WEB で「水墨画 入門」を申し込もうとしましたが、シニア割引の本人確認で
「入力内容が確認できません」と出て先に進めません。入力した内容は次のとおりです。

　氏名：{_p.name}
　生年月日：{wareki(_p.dob)}
　運転免許証番号：{_dl}
　住所：{_p.addr}

何度やっても同じです。どうすればよいでしょうか。

{_p.name}
--------------------------------

{sig("chihaya")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "JP_ADDRESS", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forwarded customer mail (new text to the vendor) carrying a driving-licence number")

# S18 — residence card of a foreign instructor, to the law firm
_rc = f"{rng.choice(['AB', 'EH', 'KL', 'UC'])}{rng.randint(10000000, 99999999)}{rng.choice(['CD', 'FA', 'JQ'])}"
add(sender=frm("nakasone"), to=[f"白川法律事務所 弁護士 真田様 <sanada@{SHIRAKAWA}>"],
    subject="中国語講師との業務委託契約（在留資格の確認）",
    body=f"""白川法律事務所
弁護士 真田 様

いつもお世話になっております。日の出産業の仲宗根です。

来期から中国語講座をお願いする予定の講師について、業務委託契約の締結前に
在留資格上の問題がないかご確認をお願いしたく、ご連絡いたしました。

　氏名：王 麗華（ワン リーホア）
　生年月日：{seireki((1986, 4, 17), "kanji")}
　国籍：中国
　在留資格：家族滞在（資格外活動許可あり、週28時間以内）
　在留カード番号：{_rc}
　在留期間満了日：2027年2月3日

週2コマ（計3時間）の講座を予定しております。契約書案は先週お送りしたものです。

{sig("nakasone")}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a foreign instructor's 在留カード number and birth date to an external law firm")

# S19 — passport numbers of a visiting lecturer, to the hotel
_pp = f"{rng.choice(['12', '53', '55'])}{rng.randint(1000000, 9999999)}"
add(sender=frm("brooks"), to=[f"Sakura Hotel Reservations <reservations@{SAKURA}>"],
    subject="Pre-registration for guest lecturer (arrival 12 Nov)",
    body=f"""Dear Reservations team,

I am writing on behalf of Hinode Culture School regarding booking no. SKH-884201.
Our guest lecturer for the English calligraphy workshop will arrive on 12 November.
As requested, here are his details for the foreign guest registration:

  Name:            Mr. Oliver James PENROSE
  Nationality:     British
  Date of birth:   {seireki((1971, 8, 23), "en")}
  Passport number: {_pp}
  Home address:    14 Larkspur Road, Harrogate HG2 7QJ, United Kingdom

Please charge the room to our company account as usual.

Kind regards,

{sig("brooks")}
""",
    charset="utf-8",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="a named guest lecturer's passport number and date of birth to the hotel")

# S20 — pension and health-insurance numbers of a new part-timer, to the labour consultant
_p = Person("adult", "F")
_bp = f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
add(sender=frm("higuchi"), to=[f"木村社会保険労務士事務所 <office@{SHAROUSHI}>"],
    subject="【資格取得届】大宮教室 受付パート 1名",
    body=f"""木村社会保険労務士事務所
木村先生

お世話になっております。日の出産業 総務部の樋口です。
大宮教室の受付パートで、社会保険の加入要件を満たした方が1名おりますので、
資格取得届の作成をお願いいたします。

■対象者
　氏名　　　　　{_p.name}（{_p.katakana}）
　生年月日　　　{wareki(_p.dob, "short")}
　住所　　　　　{_p.zip}　{_p.addr}
　基礎年金番号　{_bp}
　前職の健康保険証　記号 {rng.randint(100, 9999)}　番号 {rng.randint(1, 999)}（協会けんぽ、9/30 資格喪失）
　資格取得日　　2025年10月1日
　報酬月額　　　{fee(118000, 162000, 1000):,}円

よろしくお願いいたします。

{sig("higuchi")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="基礎年金番号 and 健康保険証 記号番号 of one employee to an external 社労士")

# S21 — dance-class injury claim: diagnosis + health-insurance number of one student
_p = Person("adult", "F")
add(sender=frm("kiryu"), to=[f"あけぼの損害保険 事故受付センター <jiko-uketsuke@{SONPO}>"],
    subject="受講生傷害保険 事故報告（証券番号 GS-7720-0153）",
    body=f"""あけぼの損害保険株式会社
事故受付センター ご担当者様

お世話になっております。ひのでカルチャー青山教室の桐生です。
受講中の事故が発生しましたので、ご報告いたします。

【事故発生日時】2025年10月8日（水）19:40頃
【講座名】　　　ヒップホップ・ビギナー
【被保険者】　　{_p.name}様（{seireki(_p.dob)}生）
【連絡先】　　　{_p.mobile}
【状況】　　　　ターンの練習中に着地を誤り、右足首をひねって転倒
【診断】　　　　右腓骨遠位端骨折（全治約8週間、広尾中央病院 整形外科）
【健康保険証】　記号 {rng.randint(10, 99)}{rng.randint(100, 999)}　番号 {rng.randint(1, 99)}（組合管掌）

診断書の写しは後日郵送いたします。請求書類のご案内をお願いいたします。

{sig("kiryu")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one student's fracture diagnosis and 健康保険証 number to an insurer")

# S22 — look-alike of our own domain (a dropped letter), plain internal report
add(sender=frm("umeda"), to=["高梨 美穂 <takanashi.m@hinode-sanyo.co.jp>"],
    subject="梅田教室 9月度 運営報告",
    body=f"""高梨さん

お疲れさまです。梅田教室の東條です。
9月度の運営報告です。

・在籍者数　　　1,284名（前月比 +37）
・新規入会　　　62名（うち体験から 41名）
・退会　　　　　25名
・体験レッスン　88件（成約率 46.6%）
・教室稼働率　　71%（土曜午前は満室）

10月は天満の公民館での出張講座が始まります。詳細は週次で共有します。

{sig("umeda")}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="hinode-sanyo.co.jp drops a letter of the company's own domain")

# S23 — homoglyph (IDN) look-alike of the system vendor
add(sender=frm("chihaya"), to=["ツバサシステム 開発部 <dev-team@xn--tsubsa-system-z1k.jp>"],
    subject="受講申込システム 改修依頼（振替予約の上限設定）",
    body=f"""ツバサシステム株式会社
開発部 ご担当者様

お世話になっております。日の出産業 情報システム部の千早です。

受講申込システムの改修についてご相談です。
現在、振替予約は1講座あたり無制限に取れてしまうため、以下の設定を追加したいと考えています。

1. 月あたりの振替予約の上限（講座ごとに 0〜4 回で設定）
2. 振替先の教室を限定するフラグ
3. 管理画面での上限超過アラート

概算のお見積りと工期をご提示いただけますでしょうか。

{sig("chihaya")}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="the recipient domain is tsubasa-system.jp spelt with a Cyrillic а (punycode): homoglyph look-alike")

# S24 — the printer's domain with a letter dropped
add(sender=frm("takanashi"), to=["錦印刷 営業部 片桐様 <katagiri@nishiki-insatu.co.jp>"],
    subject="2026年春期 講座案内パンフレット 初校戻し",
    body=f"""錦印刷株式会社
営業部 片桐様

お世話になっております。日の出産業の高梨です。
春期パンフレットの初校、拝受いたしました。修正点は以下のとおりです。

p.4　「はじめての韓国語」の曜日：火曜 → 水曜
p.7　料理講座の材料費：1,650円 → 1,800円
p.12 教室地図：大宮教室の住所を新住所に差し替え
p.16 裏表紙の QR コードのリンク先を春期特設ページへ

再校は来週火曜までにお願いできますでしょうか。

{sig("takanashi")}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops an 's' from the partner nishiki-insatsu.co.jp")

# S25 — the bank's domain without "co."
add(sender=frm("miyaji"), to=["みどり銀行 渋谷支店 <shibuya-branch@midori-ginko.jp>"],
    subject="振込手数料の優遇条件について",
    body=f"""みどり銀行 渋谷支店
ご担当者様

いつもお世話になっております。日の出産業 経理部の宮路です。

講師報酬の振込件数が月120件を超える見込みとなりましたので、
法人向け振込手数料の優遇条件について、改めてご案内いただけますでしょうか。
現在の契約は「ビジネスダイレクト スタンダード」です。

来月の定例訪問の際にご説明いただけましたら幸いです。

{sig("miyaji")}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="midori-ginko.jp drops the 'co.' of the partner midori-ginko.co.jp")

# S26 — 【部外秘】 classification in the body, forwarded to the newspaper
add(sender=frm("okochi"), to=[f"東邦新聞社 事業局 平賀様 <hiraga@{TOHO}>"],
    subject="FW: 来期 提携講座の収支見込み",
    body=f"""平賀様

お世話になっております。大河内です。
先日お話しした来期の数字、社内向けの資料ですが参考までに転送いたします。

-------- Forwarded Message --------
From: 高梨 美穂 <takanashi.m@hinode-sangyo.co.jp>
To: okochi@hinode-sangyo.co.jp
Subject: 来期 提携講座の収支見込み

【部外秘】カルチャースクール事業部内限り

大河内さん

来期の東邦新聞 提携講座の収支見込みです。

　講座数　　　　　　24講座（今期 18）
　受講料収入　　　　8,640万円
　新聞社への送客手数料　受講料の 12％（交渉目標 10％）
　講師料　　　　　　3,980万円
　営業利益見込み　　　860万円

手数料率は先方には交渉前なので出さないでください。

高梨
-----------------------------------

{sig("okochi")}
""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="a forwarded internal memo classified 【部外秘】 sent to an external newspaper")

# S27 — XLSX with a CONFIDENTIAL page header
add(sender=frm("okochi"), to=[f"丸菱百貨店 経理部 <keiri@{MARUBISHI}>"],
    subject="上期 カルチャーサロン売上 精算資料",
    body=f"""丸菱百貨店 経理部
ご担当者様

お世話になっております。日の出産業 提携営業課の大河内です。
上期（4〜9月）の売上精算資料をお送りいたします。ご確認のほどお願いいたします。

{sig("okochi")}
""",
    attachments=[{"kind": "xlsx", "name": "上期精算_丸菱カルチャーサロン.xlsx",
                  "page_header": "CONFIDENTIAL",
                  "sheets": {"精算": [["上期 カルチャーサロン 売上精算"], [],
                                    ["月", "受講料売上", "丸菱様取り分", "当社取り分"],
                                    ["4月", 4820000, 1060400, 3759600],
                                    ["5月", 5110000, 1124200, 3985800],
                                    ["6月", 4670000, 1027400, 3642600],
                                    ["7月", 5390000, 1185800, 4204200],
                                    ["8月", 3880000, 853600, 3026400],
                                    ["9月", 5020000, 1104400, 3915600]],
                             "講座別原価": [["講座", "講師料率", "材料費率"],
                                       ["書道", 0.48, 0.03], ["料理", 0.41, 0.22],
                                       ["ヨガ", 0.52, 0.0], ["語学", 0.50, 0.02]]}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the XLSX carries a CONFIDENTIAL print header (and internal cost ratios) to a partner")

# S28 — DOCX with 取扱注意 in its header, to an instructor's gmail
add(sender=frm("nakasone"), to=["勅使河原 静 <shizuka.teshigawara@gmail.com>"],
    subject="業務委託契約書（案）のご確認のお願い",
    body=f"""勅使河原先生

いつもお世話になっております。日の出産業の仲宗根です。
来期の業務委託契約書（案）をお送りいたします。
内容をご確認いただき、ご不明点があればお知らせください。

{sig("nakasone")}
""",
    attachments=[{"kind": "docx", "name": "業務委託契約書_案_勅使河原先生.docx",
                  "page_header": "取扱注意（社内検討用）",
                  "paragraphs": ["業務委託契約書（案）",
                                 "日の出産業株式会社（以下「甲」）と勅使河原 静（以下「乙」）は、次のとおり契約する。",
                                 "第1条（委託業務）甲は乙に対し、華道講座の企画及び指導を委託する。",
                                 "第2条（報酬）1コマあたり 12,000円 とする。",
                                 "【社内メモ】他の華道講師は 1コマ 9,500円。乙が上げ交渉してきた場合は 13,000円まで可。",
                                 "第3条（契約期間）2026年4月1日から2027年3月31日まで。"]}],
    expect="stop", entities=[], detectors=["confidential_marking", "freemail_recipient"],
    note="the attached contract draft is stamped 取扱注意 in its header (with internal notes)")

# S29 — PPTX with 極秘 in the footer, to the other newspaper
add(sender=frm("takanashi"), to=[f"関東日報 文化事業部 <bunka-jigyo@{KANTO}>"],
    subject="シニア向け講座 共同企画のたたき台",
    body=f"""関東日報 文化事業部
ご担当者様

お世話になっております。日の出産業の高梨です。
先日お話しした、シニア向け講座の共同企画について、たたき台をお送りします。
次回のお打ち合わせで議論させてください。

{sig("takanashi")}
""",
    attachments=[{"kind": "pptx", "name": "シニア講座共同企画_たたき台.pptx",
                  "page_footer": "極秘　日の出産業株式会社",
                  "slides": [["シニア向け講座 共同企画（案）", "関東日報 × ひのでカルチャー", "2025年10月"],
                             ["狙い", "65歳以上の購読者の囲い込み", "平日昼の教室稼働率の向上"],
                             ["講座案", "新聞で学ぶ書道", "はじめてのスマホ写真", "椅子でできるヨガ"],
                             ["条件", "受講料の 10％ を送客手数料", "紙面告知 月2回"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the PPTX deck's footer carries 極秘 on every slide; sent to an external newspaper")

# S30 — three external organisations in To/Cc
add(sender=frm("saotome"),
    to=[f"丸菱百貨店 三好様 <miyoshi.k@{MARUBISHI}>", f"東邦新聞社 平賀様 <hiraga@{TOHO}>"],
    cc=[f"錦印刷 森下様 <morishita@{NISHIKI}>"],
    subject="春の受講生作品展（丸菱本館）第1回 打ち合わせのご案内",
    body=f"""関係各位

お世話になっております。ひのでカルチャー作品展事務局の早乙女です。

来春、丸菱百貨店 本館7階催事場にて開催予定の受講生作品展につきまして、
第1回の打ち合わせを下記のとおり開催いたします。

　日時：10月21日（火）15:00〜16:30
　場所：丸菱百貨店 本館 9階 会議室C
　議題：会期・展示レイアウト、東邦新聞の後援と告知、図録の仕様

ご出席のほどよろしくお願いいたします。

{sig("saotome")}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations see each other in To/Cc")

# S31 — five students in To (class cancellation)
_ps = people(5)
add(sender=frm("omiya"), to=[f"{p.name} <{p.email}>" for p in _ps],
    subject="【休講のお知らせ】10/16（木）水彩画 入門",
    body=f"""水彩画 入門（木曜13:00）受講生の皆さま

ひのでカルチャー大宮教室の久住です。
講師の仁科先生が体調を崩されたため、10月16日（木）の講座は休講とさせていただきます。
振替日は11月13日（木）13:00〜を予定しております。

ご迷惑をおかけし申し訳ございません。

{sig("omiya")}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="five private students (five external parties) visible to each other in To: should be Bcc")

# S32 — three private instructors, all on gmail.com, in To
add(sender=frm("umeda"),
    to=["瀬尾 先生 <seo.flamenco@gmail.com>", "舟橋 先生 <funahashi.koto@gmail.com>",
        "霜月 先生 <shimotsuki.tea@gmail.com>"],
    subject="梅田教室 年末年始の休館日について",
    body=f"""先生方

いつもありがとうございます。梅田教室の東條です。

年末年始の休館日は12月28日（日）〜1月4日（日）です。
1月5日（月）から通常どおり開講いたします。
冬期の振替講座の日程は、改めて個別にご相談させてください。

{sig("umeda")}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private persons (three parties, one free-mail domain) visible to each other in To")

# S33 — one record per block: artwork pick-up addresses for the carrier
_ps = people(7)
_blocks = "\n\n".join(
    f"【{i}】{p.name} 様\n　〒{p.zip}　{p.addr}\n　TEL {p.tel}\n　作品：{rng.choice(['書（半切）', '水彩（F6）', '油彩（F10）', '切り絵（額装済）', '陶芸（花器）'])}　{rng.randint(1, 3)}点"
    for i, p in enumerate(_ps, 1))
add(sender=frm("saotome"), to=[f"青葉運輸 美術品輸送課 <bijutsu@{AOBA}>"],
    subject="作品集荷先のご連絡（作品展 搬入分）",
    body=f"""青葉運輸株式会社
美術品輸送課 ご担当者様

お世話になっております。ひのでカルチャー作品展事務局の早乙女です。
ご自宅での集荷を希望された受講生の集荷先をお知らせいたします。
3月16日（月）〜17日（火）の集荷でお願いいたします。

{_blocks}

集荷時間のご連絡は、各ご自宅へ直接お電話いただけますと幸いです。

{sig("saotome")}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="7 students' home addresses and phones, one record per block, to the carrier")

# S34 — UTF-8 CSV of winners to the newspaper
_ps = people(10, "adult")
_rows = [["応募番号", "氏名", "ふりがな", "郵便番号", "住所", "電話番号", "年齢"]]
for _i, _p in enumerate(_ps):
    _rows.append([f"A{2040 + _i * 7}", _p.name, _p.kana, _p.zip, _p.addr, _p.phone(), _p.age])
add(sender=frm("okochi"), to=[f"東邦新聞社 読者サービス部 <dokusha@{TOHO}>"],
    subject="Re: 読者限定 パン教室 抽選結果",
    body=f"""読者サービス部 ご担当者様

お世話になっております。大河内です。
「読者限定・週末のパン教室」の抽選結果（当選 10名）を CSV でお送りします。
補欠の方は別途ご連絡いたします。

> 抽選結果は CSV でいただけますと助かります。
> 文字コードは UTF-8 でお願いします。

承知いたしました。UTF-8 で作成しております。

{sig("okochi")}
""",
    attachments=[{"kind": "csv", "name": "pan_tousen_202511.csv", "encoding": "utf-8",
                  "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 10 winners with addresses and phones to the newspaper")

# S35 — plain ZIP (xlsx + csv) of the student master, to the system vendor
_ps = people(15, rng.choice(["senior", "adult"]))
_master = [["会員番号", "氏名", "カナ", "生年月日", "電話", "メール", "入会日"]]
for _i, _p in enumerate(_ps):
    _master.append([f"HC{300120 + _i * 13}", _p.name, _p.katakana, seireki(_p.dob, "iso"),
                    _p.phone(), _p.email, f"20{rng.randint(15, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"])
_hist = [["会員番号", "講座コード", "期", "出席率"]] + [
    [r[0], f"C{rng.randint(100, 480)}", "2025前期", f"{rng.randint(50, 100)}%"] for r in _master[1:]]
add(sender=frm("chihaya"), to=[f"ツバサシステム 移行チーム <migration@{TSUBASA}>"],
    subject="新会員システム 移行リハーサル用データ",
    body=f"""ツバサシステム 移行チーム各位

お世話になっております。日の出産業の千早です。
移行リハーサル用に、会員マスタの抜粋と受講履歴を ZIP にまとめてお送りします。
（本番データから抽出した 15件です。文字化けがないかご確認ください）

{sig("chihaya")}
""",
    attachments=[{"kind": "zip", "name": "migration_rehearsal_0930.zip",
                  "files": [{"kind": "xlsx", "name": "member_master.xlsx",
                             "sheets": {"member": _master}},
                            {"kind": "csv", "name": "attendance.csv", "encoding": "utf-8",
                             "rows": _hist}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP holding an XLSX of 15 real-looking member records to the system vendor")

# S36 — forwarded mail as an attachment (eml): a student's hearing impairment
_p = Person("senior", "F")
add(sender=frm("kiryu"), to=["青柳 先生 <aoyagi.ryo@outlook.jp>"],
    subject="FW: 受講についてのお願い",
    body=f"""青柳先生

お世話になっております。青山教室の桐生です。
来月からジャズダンスに入会される方から、受講についてのご相談がありましたので、
ご本人のメールを添付で転送いたします。ご配慮いただけますと幸いです。

{sig("kiryu")}
""",
    attachments=[{"kind": "eml", "name": "受講についてのお願い.eml",
                  "message": {"sender": f"{_p.name} <{_p.email}>",
                              "to": ["info@culture.hinode-sangyo.co.jp"],
                              "subject": "受講についてのお願い", "charset": "iso-2022-jp",
                              "body": f"""ひのでカルチャー 青山教室 御中

11月からジャズダンス（火曜）に入会予定の{_p.name}と申します。
私は両耳に感音性難聴があり、身体障害者手帳（4級）を持っています。
補聴器をつけていますが、音楽が大きいと先生の声が聞き取りにくいため、
できれば前のほうで、身振りで合図をいただけるとありがたいです。

連絡は電話よりもメールかショートメール（{_p.mobile}）でお願いいたします。

{_p.name}
"""}}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="attached forwarded mail reveals a named student's disability (要配慮) to a private address")

# S37 — a former instructor's arrest in running text, to the department store
add(sender=frm("okochi"), to=[f"丸菱百貨店 営業企画部 三好様 <miyoshi.k@{MARUBISHI}>"],
    subject="「男の燻製教室」中止のご報告",
    body=f"""三好様

お世話になっております。大河内です。
お電話でもお伝えしましたが、改めてメールでご報告いたします。

丸菱カルチャーサロンで11月から予定しておりました「男の燻製教室」は、
講師の鳥飼 康平氏（52）が先週、酒気帯び運転による人身事故で逮捕されたため、
中止とさせていただきます。報道はまだ出ておりませんが、起訴の可能性があると聞いております。

すでに申込済みの 14名には、弊社より返金のご案内をいたします。
代替講座として「燻製とクラフトビールの楽しみ方」（別講師）をご提案予定です。

ご迷惑をおかけし、誠に申し訳ございません。

{sig("okochi")}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named instructor's arrest (犯罪の経歴・逮捕) in running text to a partner")

# S38 — a student's religion, to the external instructor
_p = Person("adult", "F")
add(sender=frm("niwa"), to=[f"写生会講師 漆原様 <urushibara@atelier-kon.jp>"],
    subject="Re: 11月の野外写生会（鶴岡八幡宮）の件",
    body=f"""漆原先生

お世話になっております。横浜教室の丹羽です。

11月の野外写生会（鶴岡八幡宮）ですが、受講生の{_p.name}さんから
「キリスト教（福音派）の信仰上、神社の境内での活動は控えたい」とのご相談がありました。
当日は由比ガ浜の海岸で別途スケッチしていただく形でよろしいでしょうか。
合流は昼食の時間（12:00 鎌倉駅西口）でとお伝えしております。

> 写生会の場所は例年どおり八幡宮でよろしいですか。
> 参加人数が決まったら教えてください。

参加は現在 11名です。

{sig("niwa")}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named student's religion (信条) in the new text to an external instructor")

# S39 — a student who was a crime victim, to the hotel venue
_p = Person("senior", "F")
add(sender=frm("saotome"), to=[f"さくらホテル 宿泊・宴会営業 小野寺様 <onodera@{SAKURA}>"],
    subject="作品展 会期中のお願い（受講生の送迎について）",
    body=f"""さくらホテル
小野寺様

いつもお世話になっております。作品展事務局の早乙女です。
会期中のことで一つご相談がございます。

出品者の{_p.name}様（{_p.age}歳）が、先月ご自宅近くでひったくりの被害に遭われ、
肩を脱臼されたうえ、現在も夜道を一人で歩くことに強い不安をお持ちです。
最終日の懇親会（18時〜）の帰りに、ホテルのタクシー乗り場までスタッフの方に
付き添っていただくことは可能でしょうか。ご本人もご家族も了承済みです。

ご検討のほどよろしくお願いいたします。

{sig("saotome")}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named student who was a crime victim (and her injury) told to the hotel")

# S40 — full-width digits and 和暦: member list for hotel benefits
_ps = people(6)
_rows = [["会員番号", "氏名", "ＴＥＬ", "生年月日"]]
for _i, _p in enumerate(_ps):
    _rows.append([zen(f"{80211 + _i * 31}"), _p.name, zen(_p.phone()), wareki(_p.dob, "zen")])
add(sender=frm("takanashi"), to=[f"さくらホテル 会員サービス <members@{SAKURA}>"],
    subject="ひのでカルチャー 優待会員登録のお願い（第２回分）",
    body=f"""さくらホテル
会員サービスご担当者様

いつも大変お世話になっております。
日の出産業 カルチャースクール事業部の高梨でございます。

提携優待（レストラン１０％割引）の会員登録、第２回分をお送りいたします。

{columns(_rows, zenkaku=True, rule="―")}

登録完了後、会員カードを教室あてにお送りいただけますと幸いです。

{sig("takanashi")}
""",
    charset="cp932",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="6 members with full-width phones and 和暦 birth dates (Ｓ２３．５．７) to the hotel")

# S41 — exactly five people as 「・」 bullets with mobiles, to the studio
_ps = people(5, "adult")
_b = "\n".join(f"・{p.name}（{p.kana}）　{p.mobile}" for p in _ps)
add(sender=frm("umeda"), to=[f"スタジオ・リズム 大阪店 <osaka@{STUDIO}>"],
    subject="K-POPダンス 発表会リハの参加メンバー",
    body=f"""スタジオ・リズム大阪店 ご担当者様

お世話になっております。ひのでカルチャー梅田教室の東條です。
12/7（日）の発表会リハーサルでBスタジオをお借りする件、参加メンバーは以下の5名です。
当日、講師が遅れる場合はメンバーに直接ご連絡いただいて構いません。

{_b}

よろしくお願いいたします。

{sig("umeda")}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five students' names and mobiles as 「・」 bullets: a list of people to an external studio")

# S42 — PDF table of entrants with addresses for the framer
_ps = people(8)
_tbl = [["No", "出品者", "住所", "電話", "作品サイズ"]]
for _i, _p in enumerate(_ps, 1):
    _tbl.append([_i, _p.name, _p.addr, _p.tel, rng.choice(["半切", "全紙", "色紙", "F4", "F8"])])
add(sender=frm("saotome"), to=[f"額装工房あかね <order@{GAKUSO}>"],
    subject="額装のご依頼（作品展 出品者 8名分）",
    body=f"""額装工房あかね
ご担当者様

お世話になっております。ひのでカルチャー作品展事務局の早乙女です。
作品展後、額装した作品を各出品者のご自宅へ直接お届けいただく件、
一覧を PDF でお送りいたします。

{sig("saotome")}
""",
    attachments=[{"kind": "pdf", "name": "額装依頼一覧.pdf", "title": "額装依頼一覧",
                  "lines": ["額装依頼一覧（ひのでカルチャー 受講生作品展）", ""], "table": _tbl}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of 8 entrants' home addresses and phones to an external framer")

# S43 — legacy XLS of instructors' private data to a newspaper
_ps = people(8, "instructor")
_rows = [["講師名", "担当講座", "自宅住所", "携帯", "生年月日"]]
for _p in _ps:
    _rows.append([_p.name, rng.choice(["書道", "水墨画", "フラダンス", "韓国語", "パン作り", "太極拳", "俳句"]),
                  _p.addr, _p.mobile, wareki(_p.dob, "short")])
add(sender=frm("takanashi"), to=[f"関東日報 生活部 記者 及川様 <oikawa.j@{KANTO}>"],
    subject="特集「街のカルチャー講師」取材候補の先生方",
    body=f"""関東日報 生活部
及川様

お世話になっております。日の出産業の高梨です。
特集記事の取材候補として、講師歴の長い先生方の一覧をお送りします。
ご自宅での取材をご希望の場合に備え、住所と携帯も入れております。

{sig("takanashi")}
""",
    attachments=[{"kind": "xls", "name": "取材候補講師一覧.xls", "sheets": {"講師": _rows}}],
    charset="cp932",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="legacy XLS of 8 instructors' home addresses, mobiles and birth dates to a newspaper")

# S44 — password-protected PDF contract to the instructor's yahoo
add(sender=frm("nakasone"), to=["左右田 眞弓 <mayumi_soda@yahoo.co.jp>"],
    subject="業務委託契約書（押印済）のご送付",
    body=f"""左右田先生

いつもお世話になっております。日の出産業の仲宗根です。
弊社押印済みの業務委託契約書を PDF でお送りします。
パスワードは先生の講師番号（6桁）です。

{sig("nakasone")}
""",
    attachments=[{"kind": "pdf", "name": "業務委託契約書_左右田様.pdf", "password": "204417",
                  "lines": ["業務委託契約書", "委託者：日の出産業株式会社", "受託者：左右田 眞弓",
                            "報酬：1コマ 10,500円（税別）"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
    note="encrypted (password) PDF attachment cannot be inspected")

# S45 — reply: the quote is harmless, the new text adds a six-row list
_ps = people(6)
_new = "\n".join(f"{p.name}\t{p.tel}\t{p.zip} {p.addr}" for p in _ps)
add(sender=frm("okochi"), to=[f"丸菱百貨店 外商部 石動様 <isurugi@{MARUBISHI}>"],
    subject="Re: 外商顧客向け 書道特別講座のご招待",
    body=f"""石動様

お世話になっております。大河内です。
ご招待状の発送先について、当社の書道講座の上級者で
ご招待をご希望の方を以下にまとめました（6名）。招待状の発送をお願いできますか。

{_new}

よろしくお願いいたします。

{sig("okochi")}

-----Original Message-----
From: 石動 圭介 <isurugi@{MARUBISHI}>
Sent: Monday, October 6, 2025 11:02 AM
To: 大河内 誠 <okochi@hinode-sangyo.co.jp>
Subject: 外商顧客向け 書道特別講座のご招待

大河内様

外商のお得意様向けに書道の特別講座を企画しております。
ひのでカルチャー様の受講生で、ご招待したい方がいらっしゃればお知らせください。
招待状は当方から発送いたします。

石動
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="the quoted original is harmless, but the new text above it lists 6 students with addresses")

# S46 — a partner and two private instructors in To
add(sender=frm("takanashi"),
    to=[f"丸菱百貨店 三好様 <miyoshi.k@{MARUBISHI}>", "砂川 先生 <sunagawa.hula@gmail.com>",
        "雲母 先生 <kira_ikebana@yahoo.co.jp>"],
    subject="丸菱カルチャーサロン 冬期講座の日程確定",
    body=f"""三好様、砂川先生、雲母先生

お世話になっております。日の出産業の高梨です。
丸菱カルチャーサロンの冬期講座の日程が確定しましたので、お知らせいたします。

　フラダンス（砂川先生）　　1/10・1/24・2/7・2/21（土）10:30〜12:00
　いけばな（雲母先生）　　　1/14・1/28・2/11・2/25（水）13:30〜15:00

募集開始は11月15日、丸菱様の館内ポスターと弊社サイトで告知いたします。

{sig("takanashi")}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="a partner plus two private persons: three external parties see each other in To")

# S47 — English: passport numbers of exhibiting students for an overseas show
_ps = people(6)
_rows = [["Name", "Date of birth", "Passport No.", "Expiry"]]
for _p in _ps:
    _rows.append([_p.romaji_jp, seireki(_p.dob, "en"),
                  f"T{rng.choice('KRZS')}{rng.randint(1000000, 9999999)}", f"20{rng.randint(27, 34)}-{rng.randint(1, 12):02d}"])
add(sender=frm("brooks"), to=["Ms. Lin Yu-ting <yuting.lin@hsinyi-gallery.com.tw>"],
    subject="Taipei calligraphy exchange - participants' travel details",
    body=f"""Dear Ms. Lin,

Thank you for hosting our students at the Japan-Taiwan calligraphy exchange in January.
For the group visa-waiver check and the hotel, here are the six participants:

{columns(_rows, gap=3)}

Our staff member Mr. Saotome will accompany the group. Please let me know if you need
anything else.

Best regards,

{sig("brooks")}
""",
    charset="utf-8",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="six students' passport numbers and dates of birth to an overseas gallery")

# S48 — XLSX of My Numbers for the payment records
_ps = people(6, "instructor")
_sheet = [["令和7年分 報酬、料金、契約金及び賞金の支払調書 作成用データ"],
          ["氏名", "個人番号", "住所", "支払金額", "源泉徴収税額"]]
for _p in _ps:
    _amt = fee(300000, 1800000, 1000)
    _sheet.append([_p.name, new_my_number(), _p.addr, _amt, int(_amt * 0.1021)])
add(sender=frm("miyaji"), to=[f"藤堂会計事務所 佐久間様 <sakuma@{TODO}>"],
    subject="支払調書データ（カルチャー講師 6名分）",
    body=f"""佐久間様

お世話になっております。日の出産業 経理部の宮路です。
今年分の講師報酬の支払調書作成用データをお送りいたします。
昨年と同じ様式です。どうぞよろしくお願いいたします。

{sig("miyaji")}
""",
    attachments=[{"kind": "xlsx", "name": "支払調書データ_R7_講師.xlsx",
                  "sheets": {"講師": _sheet}}],
    expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX of six instructors' マイナンバー and addresses to the accounting office")

# S49 — CSV of declined card payments with card numbers
_ps = people(3, "adult")
_rows = [["取引日", "会員名", "カード番号", "金額", "エラーコード"]]
for _p in _ps:
    _rows.append([f"2025/09/{rng.randint(10, 28)}", _p.name, new_card(), fee(8800, 42900, 100),
                  rng.choice(["G12", "G30", "G54"])])
add(sender=frm("miyaji"), to=[f"ペイウェーブ 加盟店サポート <merchant@{PAYWAVE}>"],
    subject="9月分 決済エラーの再処理について",
    body=f"""ペイウェーブ株式会社
加盟店サポート ご担当者様

お世話になっております。日の出産業（ひのでカルチャー）経理部の宮路です。
9月の受講料決済でエラーとなった3件について、再処理の可否をご確認ください。
対象の取引を CSV にまとめています。

{sig("miyaji")}
""",
    attachments=[{"kind": "csv", "name": "決済エラー_202509.csv", "rows": _rows}],
    charset="cp932",
    expect="stop", entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="CSV with three full credit-card numbers to the payment agent")

# S50 — corrupt DOCX to the newspaper
add(sender=frm("takanashi"), to=[f"関東日報 生活部 及川様 <oikawa.j@{KANTO}>"],
    subject="講師プロフィール原稿（特集用）",
    body=f"""及川様

お世話になっております。高梨です。
特集用の講師プロフィール原稿をお送りします。
文字数は各200字程度に揃えております。ご確認ください。

{sig("takanashi")}
""",
    attachments=[{"kind": "corrupt", "name": "講師プロフィール原稿.docx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the DOCX attachment is corrupt and cannot be inspected")

# S51 — HTML-only mail with a 社外秘 stamp
add(sender=frm("okochi"), to=[f"東邦新聞社 事業局 平賀様 <hiraga@{TOHO}>"],
    subject="提携条件の改定案",
    html=f"""<html><body>
<p style="color:#c00;font-weight:bold;border:2px solid #c00;display:inline-block;padding:2px 8px">社外秘</p>
<p>東邦新聞社 事業局<br>平賀様</p>
<p>お世話になっております。日の出産業の大河内です。<br>
来期の提携条件の改定案を以下にまとめました。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>項目</th><th>現行</th><th>改定案</th></tr>
<tr><td>送客手数料</td><td>受講料の12％</td><td>受講料の10％</td></tr>
<tr><td>紙面告知</td><td>月1回</td><td>月2回（うち1回はカラー）</td></tr>
<tr><td>読者割引</td><td>入会金無料</td><td>入会金無料＋初月受講料10％引</td></tr>
</table>
<p>ご検討のほどよろしくお願いいたします。</p>
<p>日の出産業株式会社 提携営業課<br>大河内 誠<br>TEL 03-5468-2214</p>
</body></html>""",
    charset="utf-8",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="HTML-only mail stamped 社外秘 at the top, to an external newspaper")

# S52 — 【機密】 in the subject, to the food partner
add(sender=frm("takanashi"), to=[f"北国フーズ 商品開発部 <kaihatsu@{KITAGUNI}>"],
    subject="【機密】新講座「北海道の郷土料理」レシピ開発スケジュール",
    body=f"""北国フーズ株式会社
商品開発部 ご担当者様

お世話になっております。日の出産業の高梨です。
共同開発中の新講座について、スケジュール案をお送りします。

　11月　試作（ちゃんちゃん焼き、いももち、三平汁）
　12月　講師による試食会・原価確定
　 1月　パンフレット掲載、先行予約開始
　 4月　開講（青山・横浜・梅田）

発表前の企画ですので、社内のご関係者のみでのご共有をお願いいたします。

{sig("takanashi")}
""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the subject carries the classification 【機密】 on mail to an external partner")

# S53 — four named students' disabilities, to the hotel
_ps = people(4)
_needs = ["車椅子を使用（段差のない動線が必要）", "視覚障害（白杖）・誘導が必要", "人工透析のため15時に退出",
          "てんかんの持病あり・発作時の対応手順を共有済み"]
_b = "\n".join(f"　{p.name} 様：{n}" for p, n in zip(_ps, _needs))
add(sender=frm("saotome"), to=[f"さくらホテル 宴会サービス <banquet-service@{SAKURA}>"],
    subject="作品展 授賞式当日のご配慮のお願い",
    body=f"""さくらホテル
宴会サービス ご担当者様

いつもお世話になっております。作品展事務局の早乙女です。
3月22日（日）の授賞式で、以下の受賞者の方々へのご配慮をお願いしたく存じます。

{_b}

会場入口のスロープと、受付近くのお席の確保をお願いできますでしょうか。

{sig("saotome")}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="four named people's disabilities / illnesses (要配慮) to the hotel: sensitive even below five")

# S54 — one block per person with age and address, no phone, to the department store
_ps = people(6)
_blocks = "\n".join(
    f"■{p.name}（{p.age}歳）\n　住所：{p.addr}\n　希望：{rng.choice(['書道', 'フラワー', '料理', 'ヨガ'])}・{rng.choice(['平日午前', '平日午後', '土曜'])}\n"
    for p in _ps)
add(sender=frm("okochi"), to=[f"丸菱百貨店 友の会事務局 <tomonokai@{MARUBISHI}>"],
    subject="友の会会員様の体験レッスン参加者（DM送付用）",
    body=f"""丸菱百貨店 友の会事務局
ご担当者様

お世話になっております。日の出産業の大河内です。
先週末の体験レッスンに参加された友の会会員様のうち、
次回講座のご案内（DM）を希望された方をお知らせいたします。

{_blocks}
DM の発送は貴社にてお願いいたします。

{sig("okochi")}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="6 people's names, ages and home addresses (blocks, no phone) to the department store")

# S55 — the carrier's domain with a hyphen for the dot
add(sender=frm("saotome"), to=["青葉運輸 美術品輸送課 <bijutsu@aoba-unyu-co.jp>"],
    subject="作品展 搬出日の車両手配について",
    body=f"""青葉運輸株式会社
美術品輸送課 ご担当者様

お世話になっております。作品展事務局の早乙女です。
搬出日（3月22日）の車両について、2トン車2台、17:30 会場着でお願いできますでしょうか。
作品は約240点、うち額装品が180点ほどです。梱包資材のご用意もお願いいたします。

{sig("saotome")}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="aoba-unyu-co.jp puts a hyphen for the dot of the partner aoba-unyu.co.jp")


# ======================================================================================
# must go
# ======================================================================================

# P1 — course timetable with instructors' names only, to the department store
_rows = [["講座", "講師", "曜日・時間", "教室", "定員"],
         ["かな書道", "四十物 華翠", "水 10:30-12:00", "サロンA", "12"],
         ["季節の和菓子", "八月一日 はる", "木 13:30-15:30", "キッチン", "10"],
         ["やさしいチェアヨガ", "篠原 晴美", "金 10:00-11:00", "サロンB", "15"],
         ["はじめての韓国語", "朴 ソヨン", "火 18:30-20:00", "サロンA", "14"],
         ["大人のバレエ", "漆原 りさ", "土 11:00-12:15", "スタジオ", "16"],
         ["ボールペン字", "神子島 玄", "月 14:00-15:30", "サロンA", "12"]]
add(sender=frm("takanashi"), to=[f"丸菱百貨店 営業企画部 三好様 <miyoshi.k@{MARUBISHI}>"],
    subject="冬期 カルチャーサロン 時間割（館内ポスター用）",
    body=f"""三好様

お世話になっております。日の出産業の高梨です。
館内ポスター用の冬期時間割をお送りします。講師名は雅号・芸名の表記です。

{columns(_rows)}

受講料は前回と同じ表記でお願いいたします。

{sig("takanashi")}
""",
    expect="pass", entities=[], detectors=[],
    note="timetable with instructors' (stage) names only: no personal data beyond names")

# P2 — classroom (business) addresses and phones for a newspaper ad
add(sender=frm("takanashi"), to=[f"東邦新聞社 広告局 <koukoku@{TOHO}>"],
    subject="広告原稿：ひのでカルチャー 教室所在地",
    body=f"""東邦新聞社 広告局
ご担当者様

お世話になっております。日の出産業の高梨です。
11月8日掲載の広告の教室所在地欄は、以下でお願いいたします。

　青山教室　〒107-0062 東京都港区南青山3-5-1 青山ヒルサイド2F　TEL 03-3402-7781
　横浜教室　〒220-0011 神奈川県横浜市西区高島2-10-8 ハーバーテラス3F　TEL 045-451-6620
　大宮教室　〒330-0846 埼玉県さいたま市大宮区大門町1-18 大宮ソニアビル5F　TEL 048-641-3350
　梅田教室　〒530-0001 大阪府大阪市北区梅田1-3-9 梅田センタービル8F　TEL 06-6343-1125
　丸菱カルチャーサロン（丸菱百貨店本館8F）　TEL 03-3971-5520（代表）

受付時間：10:00〜19:00（日曜・祝日は17:00まで）

{sig("takanashi")}
""",
    expect="pass", entities=[], detectors=[],
    note="addresses and phones of the company's own classrooms: a list of businesses, not people")

# P3 — internal only: full yoga health list between classrooms
_ps = people(7)
_rows = [["氏名", "電話", "既往歴", "注意点"]]
for _p in _ps:
    _rows.append([_p.name, _p.phone(), rng.choice(_ill), rng.choice(["前屈禁止", "椅子使用", "強度低め", "特になし"])])
add(sender=frm("omiya"), to=["丹羽 由紀 <niwa.yuki@culture.hinode-sangyo.co.jp>"],
    cc=["高梨 美穂 <takanashi.m@hinode-sangyo.co.jp>"],
    subject="チェアヨガ 大宮→横浜 振替受講者の申し送り",
    body=f"""丹羽さん

お疲れさまです。大宮の久住です。
大宮のチェアヨガが改装で1か月お休みになるため、横浜の木曜クラスに振替で参加される方の申し送りです。
問診票の内容も入れています。講師の先生には口頭でお伝えください。

{columns(_rows)}

よろしくお願いします。
久住
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=[],
    note="health list of 7 students, but every recipient is internal (subdomain included)")

# P4 — internal only: My Numbers to the payroll team
_ps = people(5, "instructor")
_sheet = [["氏名", "個人番号", "住所"]] + [[p.name, new_my_number(), p.addr] for p in _ps]
add(sender=frm("nakasone"), to=["宮路 佳代 <miyaji.kayo@hinode-sangyo.co.jp>"],
    subject="新任講師 5名 個人番号の提出",
    body=f"""宮路さん

お疲れさまです。仲宗根です。
10月から契約した講師5名分の個人番号を取りまとめました。
本人確認書類のコピーは社内便でお送りします。ファイルは確認後に削除してください。

仲宗根
""",
    attachments=[{"kind": "xlsx", "name": "新任講師_個人番号.xlsx", "sheets": {"個人番号": _sheet}}],
    expect="pass", entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"], detectors=[],
    note="My Numbers of five instructors, sent only to an internal colleague")

# P5 — reply; the applicants' list is only in the quoted original
_ps = people(7, "adult")
_q = "\n".join(f"> {p.name}　{p.mobile}　{p.email}" for p in _ps)
add(sender=frm("kiryu"), to=[f"丸菱百貨店 池袋店 催事担当 <ikebukuro-saiji@{MARUBISHI}>"],
    subject="Re: 店頭申込分の体験レッスン参加者",
    body=f"""丸菱百貨店 池袋店
催事ご担当者様

お世話になっております。青山教室の桐生です。
店頭でお申込みいただいた7名様、当日の受付名簿に反映いたしました。
ありがとうございました。

{sig("kiryu")}

> ひのでカルチャー 桐生様
>
> 店頭で体験レッスンにお申込みいただいたお客様をお知らせします。
>
{_q}
>
> 当日はよろしくお願いいたします。
> 丸菱百貨店 池袋店 催事担当 芦田
""",
    expect="pass", entities=[], detectors=[],
    note="the list of 7 people is only in the '>' quote of the partner's own mail")

# P6 — confirmation to one applicant on free mail, with the standard disclaimer
add(sender=frm("niwa"), to=["松永 里沙 <risa.matsunaga.88@gmail.com>"],
    subject="体験レッスンのご予約を承りました（横浜教室）",
    body=f"""松永 里沙 様

このたびは、ひのでカルチャー横浜教室の体験レッスンにお申込みいただき、
誠にありがとうございます。以下の内容でご予約を承りました。

　講座名：はじめてのフラワーアレンジメント
　日時　：10月22日（水）13:30〜15:00
　場所　：横浜教室 3F アトリエ
　持ち物：花ばさみ（お持ちでない方は貸出あり）、持ち帰り用の袋
　体験料：1,650円（花材費込み）

当日は10分前までに受付へお越しください。

{sig("niwa")}

{DISC_JA}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="ordinary booking confirmation to one private recipient; the disclaimer is not a marking")

# P7 — mail about the NDA with the system vendor, NDA draft attached
add(sender=frm("chihaya"), to=[f"ツバサシステム 営業部 野々宮様 <nonomiya@{TSUBASA}>"],
    subject="秘密保持契約書（案）の修正について",
    body=f"""ツバサシステム株式会社
営業部 野々宮様

お世話になっております。日の出産業 情報システム部の千早です。

新会員システムの開発着手前に締結する秘密保持契約書（NDA）について、
弊社法務の修正案を添付いたします。主な修正点は以下の3点です。

1. 第2条「秘密情報」の定義に、会員の個人情報を明記
2. 第6条 秘密保持期間を契約終了後3年 → 5年に変更
3. 第9条 再委託時の事前承諾を追加

機密保持の範囲について、御社のご意見をいただければ幸いです。

{sig("chihaya")}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_日の出修正.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」）とツバサシステム株式会社（以下「乙」）は、"
                                 "甲の会員管理システム開発に関し、次のとおり秘密保持契約を締結する。",
                                 "第2条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して"
                                 "開示した技術上又は営業上の情報、及び甲の会員の個人情報をいう。",
                                 "第6条（有効期間）本契約の終了後5年間、前条の義務は存続する。",
                                 "第9条（再委託）乙は、甲の事前の書面による承諾なく、秘密情報を第三者に開示してはならない。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA; the words 秘密情報/機密保持 in clauses are not a classification stamp")

# P8 — three attendees with phones, to the hotel
_ps = people(3, "instructor")
add(sender=frm("saotome"), to=[f"さくらホテル 小野寺様 <onodera@{SAKURA}>"],
    subject="審査員控室のご利用者について",
    body=f"""小野寺様

お世話になっております。作品展事務局の早乙女です。
3月20日の審査で控室（松の間）をご利用になる審査員の先生は次の3名です。
当日、到着の遅れなどがあった場合はフロントから直接ご連絡ください。

　{_ps[0].name} 先生（書道）　携帯 {_ps[0].mobile}
　{_ps[1].name} 先生（水彩）　携帯 {_ps[1].mobile}
　{_ps[2].name} 先生（写真）　携帯 {_ps[2].mobile}

昼食は仕出し弁当3つをお願いいたします。

{sig("saotome")}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three people's names and mobiles to the hotel: under five, may be warned")

# P9 — two external organisations in To/Cc
add(sender=frm("okochi"), to=[f"丸菱百貨店 三好様 <miyoshi.k@{MARUBISHI}>"],
    cc=[f"東邦新聞社 平賀様 <hiraga@{TOHO}>"],
    subject="新春 書き初め大会（丸菱×東邦新聞×ひのでカルチャー）の役割分担",
    body=f"""三好様
（cc：東邦新聞社 平賀様）

お世話になっております。日の出産業の大河内です。
先日の三者打ち合わせの内容を踏まえ、役割分担を整理しました。

　丸菱百貨店様　　：会場（本館屋上）、当日の運営スタッフ 4名
　東邦新聞社様　　：紙面での告知・参加者募集、入賞作品の紙面掲載
　ひのでカルチャー：審査員（講師 3名）、用具の手配、受付

参加募集は12月1日開始です。修正点があればご指摘ください。

{sig("okochi")}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal three-way meeting mail")

# P10 — price list
add(sender=frm("takanashi"), to=[f"関東日報 広告営業部 <ad-sales@{KANTO}>"],
    subject="折込チラシ用 受講料一覧",
    charset="cp932",
    body=f"""関東日報 広告営業部
ご担当者様

お世話になっております。日の出産業の高梨です。
折込チラシに掲載する受講料一覧です（税込）。

　入会金　　　　　　　　　　　　 5,500円（読者特典で無料）
　書道（月2回）　　　　　　　　　 7,150円／月
　料理（月1回・材料費込）　　　　 5,280円／回
　シニアヨガ（月3回）　　　　　　 6,600円／月
　韓国語・英会話（月4回）　　　　 9,900円／月
　社交ダンス（月4回）　　　　　　 8,800円／月
　体験レッスン　　　　　　　　　 1,100円〜1,650円

商品コード（チラシ申込番号）：HC-OR-2511-04

{sig("takanashi")}
""",
    expect="pass", entities=[], detectors=[],
    note="a price list with an order code: ordinary business mail")

# P11 — invoice with the company's own T-number and company bank account
_cn = corporate_number("011001038216")
add(sender=frm("miyaji"), to=[f"丸菱百貨店 経理部 <keiri@{MARUBISHI}>"],
    subject="ご請求書送付のご案内（9月分 講師派遣料）",
    body=f"""丸菱百貨店 経理部
ご担当者様

平素より大変お世話になっております。日の出産業 経理部の宮路です。
9月分の講師派遣料のご請求書を添付にてお送りいたします。

　請求書番号：INV-2509-0418
　ご請求金額：1,386,000円（税込）
　お支払期限：2025年10月31日
　適格請求書発行事業者登録番号：T{_cn}
　お振込先：みどり銀行 渋谷支店 当座 0712455 ニチノデサンギョウ（カ

よろしくお願いいたします。

{sig("miyaji")}
""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2509-0418.pdf",
                  "lines": ["請求書", "丸菱百貨店株式会社 御中", "請求書番号 INV-2509-0418",
                            f"登録番号 T{_cn}", "講師派遣料（9月分） 1,260,000円", "消費税 126,000円",
                            "合計 1,386,000円"]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with the company's own T-number and company bank account: no personal data")

# P12 — Bcc announcement to many students
_ps = people(18)
add(sender=frm("kiryu"), to=["青山教室 受付 <aoyama@culture.hinode-sangyo.co.jp>"],
    bcc=[p.email for p in _ps],
    subject="【ひのでカルチャー】冬期講座 先行予約のご案内",
    body=f"""ひのでカルチャー青山教室をご利用の皆さま

いつもご受講いただき、ありがとうございます。
在籍中の皆さまへ、冬期講座の先行予約のご案内をお送りします。

　先行予約期間：11月1日（土）〜11月9日（日）
　お申込み方法：WEB マイページ、または教室受付
　特典：入会金不要の講座を2講座まで追加受講可

一般募集は11月10日からです。

※本メールは送信専用アドレスではありません。ご返信いただけます。

{sig("kiryu")}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="announcement to 18 students with all of them in Bcc (correct use)")

# P13 — one instructor's public profile for the brochure
add(sender=frm("takanashi"), to=[f"錦印刷 制作部 森下様 <morishita@{NISHIKI}>"],
    subject="パンフ p.9 講師紹介 差し替え原稿",
    body=f"""森下様

お世話になっております。高梨です。
パンフ p.9 の講師紹介、以下の原稿に差し替えをお願いいたします。

――――
一尺八寸 蘭舟（かまつか らんしゅう）
書家。日展会友。幼少より祖父に師事し、大学卒業後に中国・杭州に留学。
現在は都内で書道教室を主宰するほか、企業ロゴの題字も手がける。
「筆の持ち方から、一緒に楽しみましょう」
――――

顔写真は前回のものをそのままご使用ください。

{sig("takanashi")}
""",
    expect="pass", entities=[], detectors=[],
    note="a published instructor profile (name and career, no contact data) for the brochure")

# P14 — English: contract renewal to one instructor on free mail, with a disclaimer
add(sender=frm("brooks"), to=["Megan O'Rourke <megan.orourke.tokyo@gmail.com>"],
    subject="Your teaching contract for 2026",
    charset="utf-8",
    body=f"""Hi Megan,

Thank you for another great term with the Saturday conversation class. The students
loved the Halloween session!

We would like to renew your contract for April 2026 - March 2027 on the same terms
(4 lessons a month, JPY 7,500 per lesson). I will send the paperwork next week; could
you let me know by 31 October whether you would like to continue?

Best,
Daniel

{sig("brooks")}

{DISC_EN}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="contract talk with one private instructor; 'confidential' only in the standard disclaimer")

# P15 — one instructor's account details to the bank (a single record)
_p = Person("instructor", "F")
add(sender=frm("miyaji"), to=[f"みどり銀行 渋谷支店 法人営業 <hojin-shibuya@{MIDORI}>"],
    subject="組戻し依頼（講師報酬 1件）",
    body=f"""みどり銀行 渋谷支店
法人営業ご担当者様

お世話になっております。日の出産業 経理部の宮路です。
10月10日実行の総合振込のうち1件、口座番号の誤りにより入金不能の連絡がございました。
組戻しと、正しい口座への再振込をお願いいたします。

　受取人：{_p.katakana}
　誤）{_p.bank} {_p.branch} {_p.account_kind} {int(_p.account) + 90:07d}
　正）{_p.bank} {_p.branch} {_p.account_kind} {_p.account}
　金額：{fee(40000, 150000, 100):,}円

必要書類がございましたらお知らせください。

{sig("miyaji")}
""",
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="one instructor's bank account to the bank: a single person's record, may be warned")

# P16 — department-store branches (businesses) hosting courses
_rows = [["店舗", "会場", "電話（代表）", "住所"],
         ["丸菱百貨店 本館", "8F カルチャーサロン", "03-3971-5520", "東京都豊島区南池袋1-28-2"],
         ["丸菱百貨店 横浜店", "7F 催事場", "045-312-1180", "横浜市西区南幸1-5-1"],
         ["丸菱百貨店 大宮店", "6F 文化教室", "048-643-2201", "さいたま市大宮区桜木町1-6-2"],
         ["丸菱百貨店 梅田店", "9F カルチャールーム", "06-6345-0070", "大阪市北区角田町8-7"],
         ["丸菱百貨店 京都店", "5F 特設会場", "075-221-8150", "京都市下京区四条通寺町東入2-1"]]
add(sender=frm("okochi"), to=[f"東邦新聞社 事業局 平賀様 <hiraga@{TOHO}>"],
    subject="巡回講座「はじめての水引」会場一覧",
    body=f"""平賀様

お世話になっております。大河内です。
巡回講座の会場一覧です。紙面の「お問い合わせ先」には各店の代表番号を記載ください。

{tsv(_rows)}

{sig("okochi")}
""",
    expect="pass", entities=[], detectors=[],
    note="a list of department-store branches with switchboard numbers: businesses, not people")

# P17 — the word 社外秘 only mentioned; public brochure attached
add(sender=frm("okochi"), to=[f"関東日報 文化事業部 <bunka-jigyo@{KANTO}>"],
    subject="Re: 受講者数の資料について",
    body=f"""関東日報 文化事業部
ご担当者様

お世話になっております。大河内です。
お問い合わせいただいた教室別の受講者数の詳細は社外秘の扱いとなっており、
申し訳ございませんがお出しできません。
代わりに、公開している会社案内（カルチャースクール事業の概要）を添付いたします。
総受講者数（約 1万2千名）はこちらに記載がございます。

{sig("okochi")}
""",
    attachments=[{"kind": "pdf", "name": "ひのでカルチャー_事業概要_2025.pdf",
                  "lines": ["ひのでカルチャー 事業概要 2025", "教室数：4教室＋提携サロン5か所",
                            "講座数：約 480講座", "受講者数：約 12,000名", "講師数：約 310名"]}],
    expect="pass", entities=[], detectors=[],
    note="社外秘 is only mentioned in running text (declining to send data); the attachment is public")

# P18 — internal mail with a 社外秘 stamp
add(sender=frm("takanashi"),
    to=["大河内 誠 <okochi@hinode-sangyo.co.jp>", "東條 健吾 <tojo.kengo@culture.hinode-sangyo.co.jp>"],
    subject="【社外秘】来期 講師料単価の改定案",
    body=f"""【社外秘】

大河内さん、東條さん

お疲れさまです。高梨です。
来期の講師料単価の改定案です。部長会議前に目を通しておいてください。

　書道・華道・茶道　　　　1コマ 9,500円 → 10,000円
　料理（材料費別）　　　　1コマ 11,000円 → 11,500円
　ヨガ・ダンス　　　　　　1コマ 8,000円 → 8,500円
　語学（ネイティブ講師）　1コマ 7,500円 → 据え置き

高梨
""",
    expect="pass", entities=[], detectors=[],
    note="社外秘 stamp, but every recipient is internal")

# P19 — exhibition captions: names and work titles only, for the printed catalogue
_ps = people(14)
_rows = [["作品番号", "作品名", "出品者", "部門"]]
_titles = ["春暁", "無心", "花鳥風月", "海の記憶", "雨上がりの路地", "一期一会", "白梅", "遠い山なみ",
           "母の台所", "朝の市場", "風", "秋声", "冬の窓辺", "鯉"]
for _i, (_p, _t) in enumerate(zip(_ps, _titles), 1):
    _rows.append([f"{_i:03d}", _t, _p.name, rng.choice(["書", "水彩", "写真", "切り絵"])])
add(sender=frm("saotome"), to=[f"錦印刷 制作部 森下様 <morishita@{NISHIKI}>"],
    subject="作品展 キャプション原稿（書・水彩 第1弾）",
    body=f"""森下様

お世話になっております。早乙女です。
会場キャプションの原稿（第1弾 14点）をお送りします。
図録と同じ表記です。出品者名は全員の掲載同意を得ております。

{columns(_rows)}

{sig("saotome")}
""",
    expect="pass", entities=[], detectors=[],
    note="published exhibition captions: names with work titles only, no contact or identifying data")

# P20 — tracking number to one applicant on yahoo
add(sender=frm("takanashi"), to=["宇佐美 様 <usami_kyoko55@yahoo.co.jp>"],
    subject="通信講座 教材発送のお知らせ",
    body=f"""宇佐美 様

ひのでカルチャー通信講座をお申込みいただき、ありがとうございます。
本日、教材セット（ペン字 実用コース）を発送いたしました。

　配送業者：青葉運輸
　お問い合わせ番号：4418-2290-6637
　お届け予定：10月17日（金）午前中

届きましたら、同封の「はじめにお読みください」をご確認ください。

{sig("takanashi")}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a tracking number to one private customer")

# P21 — reply to an instructor; her bank details are only under -----Original Message-----
_p = Person("instructor", "F")
add(sender=frm("nakasone"), to=[f"{_p.name} <{_p.email}>"],
    subject="RE: 振込口座の変更について",
    body=f"""{_p.sei}先生

ご連絡ありがとうございます。仲宗根です。
新しい口座は11月支払分（10月稼働分）から反映いたします。
念のため、反映後の初回のお振込みをご確認いただけますと幸いです。

{sig("nakasone")}

-----Original Message-----
From: {_p.name} <{_p.email}>
Sent: Tuesday, October 14, 2025 9:12 PM
To: nakasone.ryo@hinode-sangyo.co.jp
Subject: 振込口座の変更について

仲宗根様

いつもお世話になっております。{_p.name}です。
講師料の振込口座を以下に変更していただけますでしょうか。

{_p.bank} {_p.branch}　{_p.account_kind}　{_p.account}
名義：{_p.katakana}

よろしくお願いいたします。
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="the bank details are only in the quoted original from the recipient herself")

# P22 — ingredient order with product codes
add(sender=frm("niwa"), to=[f"北国フーズ 受注センター <juchu@{KITAGUNI}>"],
    subject="【発注】横浜教室 料理講座 11月第1週分",
    charset="cp932",
    body=f"""北国フーズ株式会社
受注センター 御中

いつもお世話になっております。ひのでカルチャー横浜教室の丹羽です。
11月第1週分の食材を発注いたします。

品番　　　　品名　　　　　　　　　数量　納品日
KF-2031　　秋鮭切身（80g）　　　　 36　11/4
KF-1187　　男爵いも（2kg）　　　　　4　11/4
KF-5520　　北海道バター（450g）　　 3　11/4
KF-3302　　生クリーム（1L）　　　　 2　11/6
KF-0915　　十勝小豆（1kg）　　　　　2　11/6

発注番号：YK-2511-01
納品先：横浜教室 キッチンスタジオ（3F 搬入口）

{sig("niwa")}
""",
    expect="pass", entities=[], detectors=[],
    note="an order with product codes and an order number")

# P23 — tracking numbers of artworks (no personal data)
add(sender=frm("saotome"), to=[f"青葉運輸 美術品輸送課 <bijutsu@{AOBA}>"],
    subject="Re: 作品返送の送り状番号",
    body=f"""青葉運輸 美術品輸送課
ご担当者様

お世話になっております。早乙女です。
作品返送分の送り状番号、確かに受領いたしました。
下記3件が「調査中」のままですので、ご確認いただけますでしょうか。

　送り状番号 5521-0098-3314（作品番号 047）
　送り状番号 5521-0098-3352（作品番号 112）
　送り状番号 5521-0098-3390（作品番号 188）

{sig("saotome")}
""",
    expect="pass", entities=[], detectors=[],
    note="tracking numbers and artwork numbers only")

# P24 — HTML-only course newsletter table to the newspaper
add(sender=frm("takanashi"), to=[f"東邦新聞社 読者サービス部 <dokusha@{TOHO}>"],
    subject="読者限定講座 12月のラインナップ",
    html=f"""<html><body>
<p>東邦新聞社 読者サービス部 御中</p>
<p>いつもお世話になっております。日の出産業の高梨です。<br>
12月の読者限定講座のラインナップをお送りします。紙面掲載をお願いいたします。</p>
{html_table([["講座", "講師", "日時", "会場", "受講料"],
             ["お正月の寄せ植え", "蓬田 みのり", "12/13（土）10:30", "青山教室", "3,800円"],
             ["万年筆で書く年賀状", "神子島 玄", "12/14（日）13:00", "横浜教室", "2,200円"],
             ["おせちの基本三品", "八月一日 はる", "12/20（土）11:00", "梅田教室", "4,950円"],
             ["ゆったり冬のヨガ", "篠原 晴美", "12/21（日）10:00", "大宮教室", "1,650円"]])}
<p>お申込み先：ひのでカルチャー 読者専用ダイヤル 0120-48-2210</p>
<p>日の出産業株式会社 カルチャースクール事業部 企画課<br>高梨 美穂</p>
</body></html>""",
    charset="utf-8",
    expect="pass", entities=[], detectors=[],
    note="HTML table of courses with instructors' names only and a company free-dial number")

# P25 — two students' mobiles to the dance instructor
_ps = people(2, "adult")
add(sender=frm("umeda"), to=["瀬尾 先生 <seo.flamenco@gmail.com>"],
    subject="発表会の衣装合わせの件",
    body=f"""瀬尾先生

お疲れさまです。梅田教室の東條です。
衣装合わせの日程調整で、先生から直接ご連絡いただきたいとのことでした。

　{_ps[0].name}さん　{_ps[0].mobile}
　{_ps[1].name}さん　{_ps[1].mobile}

お二人とも平日の夜なら電話に出られるそうです。

{sig("umeda")}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="two students' names and mobiles to one instructor: under five people")

# P26 — four students with phones to the yoga instructor
_ps = people(4)
_rows = [["氏名", "電話", "振替元"]] + [[p.name, p.tel, rng.choice(["月曜", "水曜", "金曜"])] for p in _ps]
add(sender=frm("omiya"), to=[f"篠原 晴美 <h.shinohara@{YOGA}>"],
    subject="11/7 振替参加の方（4名）",
    body=f"""篠原先生

お世話になっております。大宮教室の久住です。
11月7日（金）のクラスに、他曜日から振替で参加される方が4名いらっしゃいます。

{columns(_rows, rule="=")}

マットは教室で用意いたします。

{sig("omiya")}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four students' names and phones: under the five-person threshold, may be warned")

# P27 — CSV course catalogue
add(sender=frm("takanashi"), to=[f"関東日報 デジタル編集部 <digital@{KANTO}>"],
    subject="講座データ（WEB 掲載用 CSV）",
    body=f"""関東日報 デジタル編集部
ご担当者様

お世話になっております。日の出産業の高梨です。
WEB の「まなびガイド」掲載用に、講座データを CSV でお送りします。

{sig("takanashi")}
""",
    attachments=[{"kind": "csv", "name": "hinode_courses_2026spring.csv", "encoding": "utf-8",
                  "rows": [["course_code", "title", "school", "weekday", "time", "fee_jpy", "capacity"],
                           ["C101", "楷書 基礎", "青山", "水", "10:30", 7150, 12],
                           ["C214", "季節の和菓子", "横浜", "木", "13:30", 5280, 10],
                           ["C330", "チェアヨガ", "大宮", "金", "10:00", 6600, 15],
                           ["C402", "はじめての韓国語", "梅田", "火", "18:30", 9900, 14],
                           ["C455", "社交ダンス入門", "青山", "土", "15:00", 8800, 20],
                           ["C471", "パステル画", "横浜", "月", "14:00", 6050, 12]]}],
    expect="pass", entities=[], detectors=[],
    note="CSV catalogue of courses: no people")

# P28 — XLSX of venue bookings to the hotel
add(sender=frm("saotome"), to=[f"さくらホテル 宴会営業 <banquet@{SAKURA}>"],
    subject="2026年 会場利用予定（ご予約のお願い）",
    body=f"""さくらホテル 宴会営業部
ご担当者様

お世話になっております。作品展事務局の早乙女です。
来年の会場利用予定を一覧にしました。仮予約をお願いいたします。

{sig("saotome")}
""",
    attachments=[{"kind": "xlsx", "name": "2026_会場利用予定.xlsx",
                  "sheets": {"予定": [["2026年 ひのでカルチャー 会場利用予定"],
                                    ["催事", "会場", "日程", "時間", "人数", "備考"],
                                    ["受講生作品展", "桜の間", "3/19-3/22", "9:00-18:00", 800, "展示パネル60枚"],
                                    ["講師総会", "藤の間", "4/18", "13:00-17:00", 120, "懇親会あり"],
                                    ["夏の料理フェス", "宴会場B", "7/26", "10:00-16:00", 200, "調理台持込"],
                                    ["ダンス発表会", "大宴会場", "11/23", "12:00-18:00", 350, "音響・照明"]],
                             "見積条件": [["項目", "単価"], ["展示パネル", 1800], ["長机", 800],
                                      ["プロジェクター", 15000]]}}],
    expect="pass", entities=[], detectors=[],
    note="XLSX of venue bookings and prices: no people")

# P29 — English lesson plan to the teacher agency
add(sender=frm("brooks"), to=[f"Sarah Whitfield <s.whitfield@{LINGUA}>"],
    subject="Lesson plan template for the spring term",
    charset="utf-8",
    body=f"""Hi Sarah,

Attached is the lesson plan template we would like all conversation teachers to use
from April. The main changes:

- a 5-minute warm-up on a news topic (we provide the articles)
- level descriptors aligned with CEFR A2-B1
- a short written review every fourth lesson

Could you share it with your teachers before the briefing on 20 March?

Thanks,
Daniel

{sig("brooks")}

{DISC_EN}
""",
    attachments=[{"kind": "docx", "name": "lesson_plan_template_2026.docx",
                  "paragraphs": ["Lesson plan template (Hinode Culture School)",
                                 "1. Warm-up (5 min): news topic", "2. Target language (15 min)",
                                 "3. Pair practice (40 min)", "4. Review (10 min)"]}],
    expect="pass", entities=[], detectors=[],
    note="English lesson-plan mail with a disclaimer: ordinary business")

# P30 — aggregated statistics, no individuals
add(sender=frm("okochi"), to=[f"丸菱百貨店 営業企画部 三好様 <miyoshi.k@{MARUBISHI}>"],
    subject="カルチャーサロン 受講者属性の集計（上期）",
    body=f"""三好様

お世話になっております。大河内です。
ご依頼の受講者属性の集計です。個人が特定できない集計値のみとしております。

年代別（延べ 2,148名）
　〜39歳　　　 188名（ 8.8%）
　40〜59歳　　 596名（27.7%）
　60〜69歳　　 721名（33.6%）
　70歳〜　　　 643名（29.9%）

居住地別
　豊島区 31% ／ 練馬区 18% ／ 板橋区 12% ／ 埼玉県 21% ／ その他 18%

丸菱カード会員比率：64%

{sig("okochi")}
""",
    expect="pass", entities=[], detectors=[],
    note="aggregated statistics only: no person can be identified")

# P31 — one instructor candidate's contact and career, forwarded to the store
_p = Person("instructor", "F")
add(sender=frm("okochi"), to=[f"丸菱百貨店 営業企画部 三好様 <miyoshi.k@{MARUBISHI}>"],
    subject="和菓子講座 講師候補のご紹介",
    body=f"""三好様

お世話になっております。大河内です。
丸菱カルチャーサロンの和菓子講座について、講師候補の方をご紹介いたします。
ご本人から、百貨店様に連絡先をお伝えすることの了承をいただいております。

　氏名：{_p.name}（{_p.kana}）
　携帯：{_p.mobile}
　メール：{_p.email}
　経歴：京都の老舗和菓子店で12年勤務後独立。2019年より自宅で和菓子教室を主宰。

一度、面談の機会をいただけますと幸いです。

{sig("okochi")}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one candidate's contact details with her consent: a single person, may be warned")

# P32 — internal only: a password ZIP between colleagues
add(sender=frm("chihaya"), to=["千早 隼人 <h.chihaya@hinode-sangyo.co.jp>",
                               "久住 千晶 <kusumi.c@culture.hinode-sangyo.co.jp>"],
    subject="大宮教室 会員データのバックアップ（暗号化済み）",
    body="""久住さん

千早です。大宮教室の端末入替に伴い、ローカルにあった会員データを暗号化ZIPにしました。
パスワードは社内チャットでお送りします。新端末での確認が済んだら削除してください。

千早
""",
    attachments=[{"kind": "zip", "name": "omiya_backup_1020.zip", "password": "Om1ya!Back",
                  "files": [{"kind": "csv", "name": "members.csv",
                             "rows": [["会員番号", "氏名", "電話"]] +
                                     [[f"HC3{rng.randint(10000, 99999)}", p.name, p.tel] for p in people(6)]}]}],
    expect="pass", entities=[], detectors=[],
    note="encrypted ZIP, but every recipient is internal")

# P33 — internal only: forward of a card problem with the card number
_p = Person("adult", "M")
_cc = new_card()
add(sender=frm("kiryu"), to=["宮路 佳代 <miyaji.kayo@hinode-sangyo.co.jp>"],
    subject="FW: 受講料の二重引き落とし",
    body=f"""宮路さん

お疲れさまです。青山教室の桐生です。
会員様から二重引き落としのお問い合わせです。経理で明細をご確認いただけますか。

---------- Forwarded message ---------
From: {_p.name} <{_p.email}>
Subject: 受講料の二重引き落とし

9月の受講料（太極拳）が、カード明細に2回計上されています。
カード番号 {_cc}、9/3 と 9/4 に各8,800円です。確認をお願いします。
{_p.name}
""",
    expect="pass", entities=["PERSON_NAME", "CREDIT_CARD", "EMAIL_ADDRESS"], detectors=[],
    note="a customer's card number forwarded to an internal colleague only")

# P34 — the student's own registration data sent back to her
_p = Person("senior", "F")
add(sender=frm("omiya"), to=[f"{_p.name} <{_p.email}>"],
    subject="ご入会手続き完了のお知らせ（ひのでカルチャー大宮教室）",
    body=f"""{_p.name} 様

このたびは、ひのでカルチャー大宮教室にご入会いただき、誠にありがとうございます。
ご登録内容は以下のとおりです。誤りがございましたら教室までお知らせください。

　会員番号：HC{rng.randint(300000, 399999)}
　お名前　：{_p.name}（{_p.kana}）
　ご住所　：〒{_p.zip} {_p.addr}
　お電話　：{_p.tel}
　受講講座：水彩画 入門（木曜13:00）

会員証は初回の受講時に受付でお渡しいたします。

{sig("omiya")}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="one person's own registration details sent back to her: a single record, may be warned")

# P35 — two organisations: university and printer
add(sender=frm("takanashi"), to=[f"東都大学 社会連携センター 公開講座係 <kokai-koza@{TOTO_U}>"],
    cc=[f"錦印刷 営業部 片桐様 <katagiri@{NISHIKI}>"],
    subject="公開講座「源氏物語を読む」チラシの入稿スケジュール",
    body=f"""東都大学 社会連携センター 公開講座係 御中
（cc：錦印刷 片桐様）

お世話になっております。日の出産業の高梨です。
共催の公開講座チラシについて、入稿スケジュールを共有いたします。

　10/24　大学様より講師プロフィール・写真のご提供
　10/28　錦印刷様 初校
　11/ 4　三者校正（大学様・弊社）
　11/10　校了・印刷（A4 両面 5,000部）

ご都合の悪い日程があればお知らせください。

{sig("takanashi")}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: normal coordination mail")

# P36 — English reply; the student list is only under "On ... wrote:"
_ps = people(6, "adult")
_q = "\n".join(f"> - {p.romaji}, {p.email}, {p.mobile}" for p in _ps)
add(sender=frm("brooks"), to=[f"Sarah Whitfield <s.whitfield@{LINGUA}>"],
    subject="Re: Students for the Saturday trial class",
    charset="utf-8",
    body=f"""Hi Sarah,

Thanks - all six are confirmed in our system. Room 2 is booked from 10:00.

Best,
Daniel

On Thu, 16 Oct 2025 at 17:41, Sarah Whitfield <s.whitfield@{LINGUA}> wrote:
> Hi Daniel,
>
> These are the people who signed up for the trial class through our website:
>
{_q}
>
> Could you check they are registered on your side?
> Sarah
""",
    expect="pass", entities=[], detectors=[],
    note="the six-person list is only in the quoted text of the recipient's own mail")

# P37 — general health caution in ad copy, nobody identified
add(sender=frm("takanashi"), to=[f"東邦新聞社 広告局 <koukoku@{TOHO}>"],
    subject="シニアヨガ 広告原稿の注意書き",
    body=f"""東邦新聞社 広告局
ご担当者様

お世話になっております。高梨です。
シニアヨガの広告原稿に、以下の注意書きを追加してください。

「持病のある方、通院中の方、妊娠中の方は、事前に医師にご相談のうえお申込みください。
　高血圧・心臓疾患・腰痛などで運動制限のある方は、椅子を使ったクラスをおすすめします。」

文字サイズは本文より一段小さくて構いません。

{sig("takanashi")}
""",
    expect="pass", entities=[], detectors=[],
    note="health words in general ad copy, tied to no person")

# P38 — press release of three prize winners
_ps = people(3)
add(sender=frm("saotome"), to=[f"東邦新聞社 文化部 <bunka@{TOHO}>"],
    subject="【プレスリリース】第18回 ひのでカルチャー受講生作品展 入賞者決定",
    body=f"""東邦新聞社 文化部 御中

お世話になっております。作品展事務局の早乙女です。
第18回受講生作品展の入賞者が決定しましたので、お知らせいたします。
（ご本人の氏名・年齢・居住市の掲載について同意をいただいております）

　大賞　　　{_ps[0].name}（{_ps[0].age}）{_ps[0].city}　書「無心」
　東邦新聞社賞　{_ps[1].name}（{_ps[1].age}）{_ps[1].city}　水彩「朝の市場」
　奨励賞　　{_ps[2].name}（{_ps[2].age}）{_ps[2].city}　写真「雨上がりの路地」

授賞式：3月22日（日）14時　さくらホテル 桜の間

{sig("saotome")}
""",
    expect="pass", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="press release naming three consenting winners with age and city: under five people")

# P39 — a list of inns (businesses) for the sketching trip
_rows = [["宿名", "所在地", "電話", "1泊2食（税込）"],
         ["旅館 花みずき", "長野県北佐久郡軽井沢町旧軽井沢1-4", "0267-42-3310", "18,700円"],
         ["ホテル 浅間の杜", "長野県北佐久郡軽井沢町長倉2140", "0267-45-8800", "21,450円"],
         ["山荘 こもれび", "長野県北佐久郡軽井沢町発地1388", "0267-48-1122", "15,400円"],
         ["ペンション 雲場", "長野県北佐久郡軽井沢町軽井沢1323-7", "0267-42-0905", "13,200円"],
         ["御宿 かえで亭", "長野県北佐久郡軽井沢町追分596", "0267-46-2270", "24,200円"]]
add(sender=frm("niwa"), to=[f"あおぞら旅行 団体営業部 <dantai@aozora-travel.co.jp>"],
    subject="軽井沢スケッチ旅行 宿泊候補",
    body=f"""あおぞら旅行 団体営業部
ご担当者様

お世話になっております。ひのでカルチャー横浜教室の丹羽です。
5月の軽井沢スケッチ旅行（20名程度）の宿泊候補です。空室状況をご確認いただけますか。

{columns(_rows)}

{sig("niwa")}
""",
    expect="pass", entities=[], detectors=[],
    note="a list of inns with their business phones and addresses: businesses, not people")

# P40 — internal only: instructors' bank list CSV to accounting
_ps = people(11, "instructor")
_rows = [["講師名", "銀行", "支店", "種別", "口座番号", "金額"]]
for _p in _ps:
    _rows.append([_p.name, _p.bank, _p.branch, _p.account_kind, _p.account, fee(20000, 180000, 100)])
add(sender=frm("nakasone"), to=["宮路 佳代 <miyaji.kayo@hinode-sangyo.co.jp>"],
    cc=["経理部 支払担当 <shiharai@hinode-sangyo.co.jp>"],
    subject="10月支払分 講師料一覧（横浜・大宮）",
    body="""宮路さん
（cc：支払担当）

お疲れさまです。仲宗根です。
10月支払分の講師料一覧（横浜・大宮分）です。梅田分は明日お送りします。

仲宗根
""",
    attachments=[{"kind": "csv", "name": "講師料_202510_横浜大宮.csv", "rows": _rows}],
    charset="cp932",
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=[],
    note="11 instructors' bank accounts, sent only to internal colleagues")

# P41 — a short reminder to one student on a carrier address
add(sender=frm("kiryu"), to=["tome.aimono.1947@docomo.ne.jp"],
    subject="明日の体験レッスン",
    body="""四十物様
ひのでカルチャー青山教室です。
明日10/19(日)13時から「はじめての大正琴」体験レッスンです。
楽器は教室でご用意します。お気をつけてお越しください。
青山教室 03-3402-7781
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a short reminder to one private person on a carrier address")

# P42 — vendor registration form for a new venue: the company's 法人番号
_cn2 = corporate_number("011001038216")
add(sender=frm("higuchi"), to=[f"青空市 生涯学習課 <shogai-gakushu@city.aozora.lg.jp>"],
    subject="公民館 出張講座の業者登録書類の提出",
    body=f"""青空市 生涯学習課
ご担当者様

お世話になっております。日の出産業株式会社 総務部の樋口です。
公民館での出張講座に関する業者登録について、必要事項を記入した登録票をお送りいたします。

　商号　　　　：日の出産業株式会社
　法人番号　　：{_cn2}
　代表者　　　：代表取締役社長 日野 正臣
　本社所在地　：東京都渋谷区渋谷2-24-3 日の出ビル
　担当窓口　　：カルチャースクール事業部 TEL 03-5468-2210

押印した原本は本日郵送いたしました。

{sig("higuchi")}
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="the company's own 法人番号 and office contacts on a registration form: no personal data")


# ======================================================================================
# either
# ======================================================================================

# E1 — food allergies of three named students, to the cooking instructor
_ps = people(3, "adult")
_al = ["卵（加熱済みも不可）", "えび・かに", "そば（アナフィラキシーの経験あり）"]
add(sender=frm("niwa"), to=[f"八月一日 はる <haru@kitchen-hozumi.jp>"],
    subject="11月の料理講座 アレルギーのある受講生",
    body=f"""八月一日先生

お世話になっております。横浜教室の丹羽です。
11月の「秋の和食おもてなし」で、食物アレルギーの申告があった受講生は次の3名です。

　{_ps[0].name}さん：{_al[0]}
　{_ps[1].name}さん：{_al[1]}
　{_ps[2].name}さん：{_al[2]}

代替食材のご準備をお願いできますでしょうか。

{sig("niwa")}
""",
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="food allergies of three named students: health data to some officers, catering info to others")

# E2 — vague "体調不良" of one student to the instructor
_p = Person("senior", "M")
add(sender=frm("umeda"), to=["舟橋 先生 <funahashi.koto@gmail.com>"],
    subject="休会のご連絡（火曜クラス）",
    body=f"""舟橋先生

お疲れさまです。梅田教室の東條です。
火曜クラスの{_p.name}さんが、体調不良のため12月から3か月ほど休会されるそうです。
しばらく通院が続くとのことでした。復帰の際はまたご連絡いたします。

{sig("umeda")}
""",
    expect="either", entities=["PERSON_NAME"], detectors=["freemail_recipient"],
    note="one named student's unspecified 体調不良・通院: borderline as medical information")

# E3 — names and courses only (no contact data) for visitor passes
_ps = people(6)
_b = "\n".join(f"　{i}. {p.name}（{rng.choice(['書道', '水彩画', '写真'])}講座）" for i, p in enumerate(_ps, 1))
add(sender=frm("saotome"), to=[f"さくらホテル フロント <front@{SAKURA}>"],
    subject="作品展 搬入日の入館者（受講生ボランティア）",
    body=f"""さくらホテル フロント ご担当者様

お世話になっております。作品展事務局の早乙女です。
3月19日（木）の搬入日に、作業を手伝う受講生ボランティアが入館いたします。
入館証の発行をお願いいたします。

{_b}

9時に従業員通用口に集合します。

{sig("saotome")}
""",
    expect="either", entities=["PERSON_NAME"], detectors=[],
    note="six names with only their course: a list of people, but no contact or identifying data")


# -- ids ------------------------------------------------------------------------------

rng.shuffle(_M)
MESSAGES = []
for _n, _m in enumerate(_M, 1):
    MESSAGES.append({"id": f"culture-{_n:03d}", **_m})
