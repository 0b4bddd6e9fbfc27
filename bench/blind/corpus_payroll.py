"""Blind corpus: 日の出産業 人事部 労務・給与 (payroll / labour administration) with outsiders.

Written from bench/blind/BRIEF.md only.  ids pay-001 … pay-100.
"""

import random

from build import card_number, my_number

# ---------------------------------------------------------------------------------------
# invented people, built deterministically per message
# ---------------------------------------------------------------------------------------

_SEI = [
    ("佐伯", "さえき"), ("宇佐美", "うさみ"), ("東海林", "しょうじ"), ("五十嵐", "いがらし"),
    ("勅使河原", "てしがわら"), ("百目鬼", "どうめき"), ("四十物", "あいもの"), ("薬師寺", "やくしじ"),
    ("御子柴", "みこしば"), ("比嘉", "ひが"), ("仲宗根", "なかそね"), ("金城", "きんじょう"),
    ("及川", "おいかわ"), ("熊谷", "くまがい"), ("漆原", "うるしばら"), ("猪股", "いのまた"),
    ("一戸", "いちのへ"), ("九鬼", "くき"), ("朝比奈", "あさひな"), ("日下部", "くさかべ"),
    ("望月", "もちづき"), ("鈴木", "すずき"), ("田中", "たなか"), ("高橋", "たかはし"),
    ("渡辺", "わたなべ"), ("伊藤", "いとう"), ("中村", "なかむら"), ("小林", "こばやし"),
    ("加藤", "かとう"), ("吉田", "よしだ"), ("山口", "やまぐち"), ("松本", "まつもと"),
    ("井上", "いのうえ"), ("木村", "きむら"), ("清水", "しみず"), ("斎藤", "さいとう"),
    ("山崎", "やまざき"), ("池田", "いけだ"), ("橋本", "はしもと"), ("阿部", "あべ"),
    ("石川", "いしかわ"), ("前田", "まえだ"), ("藤田", "ふじた"), ("岡田", "おかだ"),
    ("後藤", "ごとう"), ("長谷川", "はせがわ"), ("村上", "むらかみ"), ("近藤", "こんどう"),
    ("坂本", "さかもと"), ("遠藤", "えんどう"), ("青木", "あおき"), ("西村", "にしむら"),
    ("福田", "ふくだ"), ("三浦", "みうら"), ("藤原", "ふじわら"), ("岡本", "おかもと"),
    ("中川", "なかがわ"), ("原田", "はらだ"), ("小野", "おの"), ("竹内", "たけうち"),
    ("金子", "かねこ"), ("和田", "わだ"), ("石田", "いしだ"), ("柴田", "しばた"),
    ("酒井", "さかい"), ("工藤", "くどう"), ("横山", "よこやま"), ("宮本", "みやもと"),
    ("内田", "うちだ"), ("安藤", "あんどう"), ("谷口", "たにぐち"), ("丸山", "まるやま"),
    ("今井", "いまい"), ("河野", "こうの"), ("武田", "たけだ"), ("杉山", "すぎやま"),
    ("増田", "ますだ"), ("平野", "ひらの"), ("千田", "ちだ"), ("久保", "くぼ"),
    ("小島", "こじま"), ("岩崎", "いわさき"), ("桜井", "さくらい"), ("野口", "のぐち"),
    ("木下", "きのした"), ("菊地", "きくち"), ("大西", "おおにし"), ("新井", "あらい"),
    ("菅原", "すがわら"), ("水野", "みずの"), ("島田", "しまだ"), ("古川", "ふるかわ"),
    ("鶴田", "つるた"), ("弓削", "ゆげ"), ("蛭田", "ひるた"), ("鬼塚", "おにつか"),
    ("樋渡", "ひわたし"), ("雫石", "しずくいし"), ("乙部", "おとべ"), ("外山", "とやま"),
    ("土師", "はじ"), ("栗栖", "くりす"), ("帯刀", "たてわき"), ("神蔵", "かみくら"),
    ("纐纈", "こうけつ"), ("我如古", "がねこ"), ("舎人", "とねり"), ("生田目", "なまため"),
]
_MEI_M = [
    ("翔太", "しょうた"), ("大輔", "だいすけ"), ("健一", "けんいち"), ("拓海", "たくみ"),
    ("誠", "まこと"), ("浩二", "こうじ"), ("隆之", "たかゆき"), ("亮介", "りょうすけ"),
    ("和也", "かずや"), ("正樹", "まさき"), ("悠斗", "ゆうと"), ("光男", "みつお"),
    ("秀樹", "ひでき"), ("達也", "たつや"), ("蓮", "れん"), ("陽介", "ようすけ"),
    ("慎吾", "しんご"), ("直人", "なおと"), ("哲郎", "てつろう"), ("聡", "さとし"),
    ("圭", "けい"), ("颯太", "そうた"), ("剛", "つよし"), ("勝彦", "かつひこ"),
    ("義明", "よしあき"), ("航", "わたる"), ("修平", "しゅうへい"), ("康弘", "やすひろ"),
]
_MEI_F = [
    ("美咲", "みさき"), ("由美子", "ゆみこ"), ("千尋", "ちひろ"), ("遥", "はるか"),
    ("恵理", "えり"), ("智恵", "ちえ"), ("結衣", "ゆい"), ("彩香", "あやか"),
    ("真由美", "まゆみ"), ("陽子", "ようこ"), ("奈々", "なな"), ("沙也加", "さやか"),
    ("里美", "さとみ"), ("明日香", "あすか"), ("裕子", "ゆうこ"), ("香織", "かおり"),
    ("瞳", "ひとみ"), ("愛", "あい"), ("久美子", "くみこ"), ("琴音", "ことね"),
    ("梨花", "りか"), ("詩織", "しおり"), ("紀子", "のりこ"), ("麻衣", "まい"),
    ("菜摘", "なつみ"), ("朋美", "ともみ"),
]
_KIDS = [
    ("陽翔", "はると", "M"), ("湊", "みなと", "M"), ("蒼", "あおい", "M"), ("樹", "いつき", "M"),
    ("結翔", "ゆいと", "M"), ("大和", "やまと", "M"), ("悠真", "ゆうま", "M"), ("朔", "さく", "M"),
    ("陽葵", "ひまり", "F"), ("凛", "りん", "F"), ("芽依", "めい", "F"), ("紬", "つむぎ", "F"),
    ("莉子", "りこ", "F"), ("咲良", "さくら", "F"), ("澪", "みお", "F"), ("葵", "あおい", "F"),
]
# (pref, city, town, zip, station, line, area code)
_PLACES = [
    ("埼玉県", "川口市", "栄町", "332-0017", "川口", "JR京浜東北線", "048"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330-0061", "浦和", "JR京浜東北線", "048"),
    ("埼玉県", "所沢市", "東町", "359-1124", "所沢", "西武池袋線", "04"),
    ("埼玉県", "狭山市", "入間川", "350-1305", "狭山市", "西武新宿線", "04"),
    ("埼玉県", "川越市", "新富町", "350-0043", "本川越", "西武新宿線", "049"),
    ("埼玉県", "越谷市", "南越谷", "343-0845", "南越谷", "JR武蔵野線", "048"),
    ("千葉県", "船橋市", "前原西", "274-0825", "津田沼", "JR総武線", "047"),
    ("千葉県", "市川市", "八幡", "272-0021", "本八幡", "都営新宿線", "047"),
    ("千葉県", "松戸市", "小金", "270-0014", "北小金", "JR常磐線", "047"),
    ("千葉県", "浦安市", "北栄", "279-0002", "浦安", "東京メトロ東西線", "047"),
    ("神奈川県", "横浜市港北区", "日吉本町", "223-0062", "日吉", "東急東横線", "045"),
    ("神奈川県", "川崎市中原区", "新丸子町", "211-0005", "新丸子", "東急東横線", "044"),
    ("神奈川県", "相模原市南区", "相模大野", "252-0303", "相模大野", "小田急線", "042"),
    ("神奈川県", "藤沢市", "鵠沼石上", "251-0025", "藤沢", "JR東海道線", "0466"),
    ("神奈川県", "横浜市青葉区", "美しが丘", "225-0002", "たまプラーザ", "東急田園都市線", "045"),
    ("東京都", "練馬区", "石神井町", "177-0041", "石神井公園", "西武池袋線", "03"),
    ("東京都", "江戸川区", "西葛西", "134-0088", "西葛西", "東京メトロ東西線", "03"),
    ("東京都", "世田谷区", "経堂", "156-0052", "経堂", "小田急線", "03"),
    ("東京都", "杉並区", "阿佐谷南", "166-0004", "阿佐ケ谷", "JR中央線", "03"),
    ("東京都", "板橋区", "常盤台", "174-0071", "ときわ台", "東武東上線", "03"),
    ("東京都", "足立区", "千住旭町", "120-0026", "北千住", "JR常磐線", "03"),
    ("東京都", "調布市", "布田", "182-0024", "調布", "京王線", "042"),
    ("東京都", "町田市", "原町田", "194-0013", "町田", "JR横浜線", "042"),
    ("東京都", "江東区", "大島", "136-0072", "大島", "都営新宿線", "03"),
    ("東京都", "北区", "赤羽西", "115-0055", "赤羽", "JR埼京線", "03"),
    ("東京都", "府中市", "宮西町", "183-0022", "府中", "京王線", "042"),
    ("茨城県", "取手市", "新町", "302-0004", "取手", "JR常磐線", "0297"),
    ("東京都", "品川区", "戸越", "142-0041", "戸越銀座", "東急池上線", "03"),
    ("東京都", "大田区", "蒲田", "144-0052", "蒲田", "JR京浜東北線", "03"),
    ("神奈川県", "大和市", "中央林間", "242-0007", "中央林間", "東急田園都市線", "046"),
    ("大阪府", "豊中市", "新千里東町", "560-0082", "千里中央", "北大阪急行", "06"),
    ("兵庫県", "西宮市", "甲子園口", "663-8113", "甲子園口", "JR神戸線", "0798"),
    ("大阪府", "吹田市", "江坂町", "564-0063", "江坂", "大阪メトロ御堂筋線", "06"),
    ("大阪府", "堺市北区", "中百舌鳥町", "591-8023", "中百舌鳥", "南海高野線", "072"),
]
_KANTO = [pl for pl in _PLACES if pl[0] not in ("大阪府", "兵庫県")]
_VIA = {"JR京浜東北線": "東京", "西武池袋線": "池袋", "西武新宿線": "高田馬場", "JR武蔵野線": "南浦和",
        "JR総武線": "錦糸町", "都営新宿線": "馬喰横山", "JR常磐線": "北千住", "東京メトロ東西線": "大手町",
        "東急東横線": "渋谷", "小田急線": "新宿", "JR東海道線": "東京", "東急田園都市線": "渋谷",
        "東武東上線": "池袋", "京王線": "新宿", "JR横浜線": "新横浜", "JR埼京線": "池袋", "東急池上線": "五反田",
        "JR中央線": "東京"}
_BLDG = ["", "", "", "", "コーポ栄 201", "グランメゾン 503", "サンハイツ 102", "レオパレス若葉 207",
         "パークサイド 1104", "メゾン・ド・ルミエール 302", "第二松風荘 5号室", "ライオンズマンション 808",
         "シティハウス 415", "ハイム緑 2F", "アーバンコート 1203"]
_BANKS = [("みどり銀行", ["日本橋支店", "川口支店", "浦和中央支店", "船橋支店", "横浜駅前支店"]),
          ("東都銀行", ["本店営業部", "池袋支店", "町田支店", "錦糸町支店"]),
          ("武蔵野中央信用金庫", ["所沢支店", "狭山支店", "本店"]),
          ("湾岸銀行", ["新浦安支店", "津田沼支店", "西葛西支店"]),
          ("三つ葉銀行", ["梅田支店", "千里中央支店", "蒲田支店", "調布支店"])]

_KANA_ROMA = {
    "きゃ": "kya", "きゅ": "kyu", "きょ": "kyo", "しゃ": "sha", "しゅ": "shu", "しょ": "sho",
    "ちゃ": "cha", "ちゅ": "chu", "ちょ": "cho", "にゃ": "nya", "にゅ": "nyu", "にょ": "nyo",
    "ひゃ": "hya", "ひゅ": "hyu", "ひょ": "hyo", "みゃ": "mya", "みゅ": "myu", "みょ": "myo",
    "りゃ": "rya", "りゅ": "ryu", "りょ": "ryo", "ぎゃ": "gya", "ぎゅ": "gyu", "ぎょ": "gyo",
    "じゃ": "ja", "じゅ": "ju", "じょ": "jo", "びゃ": "bya", "びゅ": "byu", "びょ": "byo",
    "あ": "a", "い": "i", "う": "u", "え": "e", "お": "o", "か": "ka", "き": "ki", "く": "ku",
    "け": "ke", "こ": "ko", "さ": "sa", "し": "shi", "す": "su", "せ": "se", "そ": "so",
    "た": "ta", "ち": "chi", "つ": "tsu", "て": "te", "と": "to", "な": "na", "に": "ni",
    "ぬ": "nu", "ね": "ne", "の": "no", "は": "ha", "ひ": "hi", "ふ": "fu", "へ": "he",
    "ほ": "ho", "ま": "ma", "み": "mi", "む": "mu", "め": "me", "も": "mo", "や": "ya",
    "ゆ": "yu", "よ": "yo", "ら": "ra", "り": "ri", "る": "ru", "れ": "re", "ろ": "ro",
    "わ": "wa", "を": "o", "ん": "n", "が": "ga", "ぎ": "gi", "ぐ": "gu", "げ": "ge", "ご": "go",
    "ざ": "za", "じ": "ji", "ず": "zu", "ぜ": "ze", "ぞ": "zo", "だ": "da", "ぢ": "ji",
    "づ": "zu", "で": "de", "ど": "do", "ば": "ba", "び": "bi", "ぶ": "bu", "べ": "be",
    "ぼ": "bo", "ぱ": "pa", "ぴ": "pi", "ぷ": "pu", "ぺ": "pe", "ぽ": "po",
}


def roma(kana: str) -> str:
    out, i = "", 0
    while i < len(kana):
        if kana[i] == "っ" and i + 1 < len(kana):
            nxt = _KANA_ROMA.get(kana[i + 1], "")
            out += nxt[:1]
            i += 1
            continue
        two = kana[i:i + 2]
        if two in _KANA_ROMA:
            out += _KANA_ROMA[two]
            i += 2
        else:
            out += _KANA_ROMA.get(kana[i], "")
            i += 1
    # long vowels as people write them in passports / romaji lists
    return out.replace("ou", "o").replace("uu", "u") if len(out) > 3 else out


def kata(hira: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


_HW = dict(zip("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー",
               "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ"))
_DAK = dict(zip("ガギグゲゴザジズゼゾダヂヅデドバビブベボ", "カキクケコサシスセソタチツテトハヒフヘホ"))
_HAN = dict(zip("パピプペポ", "ハヒフヘホ"))


def hwkana(hira: str) -> str:
    """half-width katakana as bank transfer files carry it (ﾔﾏﾀﾞ ﾀﾛｳ)."""
    out = []
    for c in kata(hira):
        if c in _DAK:
            out.append(_HW[_DAK[c]] + "ﾞ")
        elif c in _HAN:
            out.append(_HW[_HAN[c]] + "ﾟ")
        else:
            out.append(_HW.get(c, c))
    return "".join(out)


_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fw(s) -> str:
    return str(s).translate(_FW)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, k, a = "令和", y - 2018, "R"
    elif (y, m, d) >= (1989, 1, 8):
        era, k, a = "平成", y - 1988, "H"
    else:
        era, k, a = "昭和", y - 1925, "S"
    if style == "kanji":
        return f"{era}{'元' if k == 1 else k}年{m}月{d}日"
    if style == "abbr":
        return f"{a}{k}.{m}.{d}"
    if style == "abbr0":
        return f"{a}{k:02d}.{m:02d}.{d:02d}"
    if style == "fwabbr":  # Ｈ２．１１．３
        return (f"{a}{k}．{m}．{d}").translate(str.maketrans("0123456789SHR", "０１２３４５６７８９ＳＨＲ"))
    if style == "fwkanji":
        return fw(f"{era}{k}年{m}月{d}日")
    raise ValueError(style)


def seireki(y, m, d, style="slash"):
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "slash1":
        return f"{y}/{m}/{d}"
    if style == "kanji":
        return f"{y}年{m}月{d}日"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "dot":
        return f"{y}.{m}.{d}"
    if style == "us":
        return f"{m:02d}/{d:02d}/{y}"
    raise ValueError(style)


def people(seed, n, *, born=(1962, 2002), places=None):
    """n distinct invented employees for one message."""
    rng = random.Random(f"pay-people-{seed}")
    emp_pre, emp_lo, emp_hi = rng.choice([("", 1000, 9999), ("H", 10000, 29999), ("S", 100, 999),
                                          ("", 200000, 239999), ("HS-", 1000, 4999)])
    used, emps, out = set(), set(), []
    while len(out) < n:
        sei, sk = rng.choice(_SEI)
        female = rng.random() < 0.45
        mei, mk = rng.choice(_MEI_F if female else _MEI_M)
        if (sei, mei) in used:
            continue
        used.add((sei, mei))
        y = rng.randint(*born)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        pl = rng.choice(places if places else _KANTO)
        pref, city, town, zipc, st, line, area = pl
        bldg = rng.choice(_BLDG)
        chome, ban, go = rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 30)
        addr_num = rng.choice([f"{chome}-{ban}-{go}", f"{chome}丁目{ban}番{go}号", f"{chome}-{ban}-{go}"])
        mob = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        if len(area) == 2:
            tel = f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
        elif len(area) == 3:
            tel = f"{area}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
        else:
            tel = f"{area}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        emp = f"{emp_pre}{rng.randint(emp_lo, emp_hi)}"
        while emp in emps:
            emp = f"{emp_pre}{rng.randint(emp_lo, emp_hi)}"
        emps.add(emp)
        bank, branches = rng.choice(_BANKS)
        out.append(dict(
            sei=sei, mei=mei, name=f"{sei} {mei}", name_ns=f"{sei}{mei}",
            sei_k=sk, mei_k=mk, kana=f"{kata(sk)} {kata(mk)}", hira=f"{sk} {mk}",
            hw=f"{hwkana(sk)} {hwkana(mk)}",
            roma=f"{roma(sk).upper()} {roma(mk).capitalize()}",
            roma_first=f"{roma(mk).capitalize()} {roma(sk).capitalize()}",
            female=female, sex="女" if female else "男",
            y=y, m=m, d=d, age=2025 - y - (1 if (m, d) > (4, 1) else 0),
            pref=pref, city=city, town=town, zip=zipc,
            addr=f"{pref}{city}{town}{addr_num}" + (f" {bldg}" if bldg else ""),
            addr_nopref=f"{city}{town}{addr_num}" + (f" {bldg}" if bldg else ""),
            station=st, line=line, mobile=mob, tel=tel,
            emp=emp,
            bank=bank, branch=rng.choice(branches), acct=f"{rng.randint(1000000, 9999999)}",
            acct_type="普通" if rng.random() < 0.93 else "貯蓄",
            pension=f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}",
            kigo=f"{rng.randint(100, 999)}", bango=f"{rng.randint(1, 4999)}",
            rng=rng,
        ))
    return out


def kid(rng, parent_y):
    name, k, sex = rng.choice(_KIDS)
    y = min(2024, parent_y + rng.randint(26, 40))
    return dict(mei=name, kana=kata(k), sex=sex, y=y, m=rng.randint(1, 12), d=rng.randint(1, 28))


def corp_number(base12: str) -> str:
    """法人番号: check digit + 12 digits (法人番号の指定等に関する省令 第2条)."""
    digits = [int(c) for c in base12]
    total = sum(d * (1 if n % 2 else 2) for n, d in enumerate(reversed(digits), start=1))
    return str(9 - total % 9) + base12


def pad(s, w):
    """pad to a display width (full-width characters count 2)."""
    width = sum(2 if ord(c) > 0x2000 and not (0xFF61 <= ord(c) <= 0xFF9F) else 1 for c in str(s))
    return str(s) + " " * max(0, w - width)


# ---------------------------------------------------------------------------------------
# signatures
# ---------------------------------------------------------------------------------------

SIG_MORISHITA = """--
日の出産業株式会社 人事部 労務課
森下 千夏（もりした ちなつ）
〒103-0027 東京都中央区日本橋2-11-5 日の出ビル7F
TEL 03-3271-4800（代表）／ 内線 2417
morishita@hinode-sangyo.co.jp"""

SIG_KASAI = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 給与グループ　葛西 亮
TEL：03-3271-4812　FAX：03-3271-4899
Mail：kasai@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_MIYOSHI = """日の出産業株式会社
人事部 労務課長　三好 英明
〒103-0027 東京都中央区日本橋2-11-5
TEL 03-3271-4800 / miyoshi@hinode-sangyo.co.jp"""

SIG_AZUMA = """------------------------------
日の出産業(株) 人事部 給与G
東 沙織 (Saori Azuma)
直通 03-3271-4813
------------------------------"""

SIG_KATAGIRI = """//////////////////////////////
日の出産業株式会社 人事部 勤怠管理チーム
片桐 祐介
TEL 03-3271-4815
//////////////////////////////"""

SIG_NONOMURA = """日の出産業株式会社 埼玉工場 総務課（安全衛生担当）
野々村 剛
〒350-1331 埼玉県狭山市新狭山1-9-2
TEL 04-2953-7711 FAX 04-2953-7719"""

SIG_YOSHIMI = """*****************************
日の出産業株式会社 人事部 福利厚生担当
吉見 麻衣
TEL 03-3271-4819
*****************************"""

SIG_KASHIWAGI = """柏木 俊介
日の出産業株式会社 人事部長
TEL 03-3271-4801"""

SIG_OTSUKA_OSAKA = """日の出産業株式会社 大阪支店 総務課
大塚 彩
〒530-0001 大阪府大阪市北区梅田3-4-18 梅田センタービル12F
TEL 06-6341-2250"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
# pay-001 … pay-012
# ---------------------------------------------------------------------------------------

_p = people(1, 7, born=(1976, 2000))
_reasons = ["定年", "自己都合", "自己都合", "契約期間満了", "自己都合", "定年", "会社都合（事業所閉鎖）"]
_p[0].update(y=1965, m=9, d=13)
_p[5].update(y=1966, m=2, d=21)
_rows = "\n".join(
    pad(p["emp"], 9) + pad(p["name"], 16) + pad(wareki(p["y"], p["m"], p["d"], "abbr"), 12)
    + pad(f"{min(2024, p['y'] + 18 + p['rng'].randint(4, 14))}/{p['rng'].choice(['04/01', '04/01', '10/01', '07/16'])}", 12)
    + pad("2026/03/31" if i < 5 else "2026/03/20", 12) + r
    for i, (p, r) in enumerate(zip(_p, _reasons)))
MESSAGES.append(dict(
    id="pay-001",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["大槻 様 <otsuki@kitamura-sr.jp>"], cc=["kasai@hinode-sangyo.co.jp"],
    subject="3月末退職予定者の件（資格喪失手続きのご依頼）",
    charset="iso-2022-jp",
    body=f"""北村社会保険労務士事務所
大槻様

いつもお世話になっております。日の出産業の森下です。

3月末で退職予定の社員が確定しましたので、社会保険・雇用保険の資格喪失手続きの
準備をお願いいたします。離職票が必要な者には本人希望を確認済みです（※印）。

社員番号 氏名            生年月日    入社日      退職日      事由
-------------------------------------------------------------------------------
{_rows}

※離職票希望：上から2人目、3人目、7人目
定年の2名は継続雇用を希望しなかったため、そのまま退職となります。

賃金台帳は月末締め後、3営業日以内にお送りします。
ご不明点があればご連絡ください。

{SIG_MORISHITA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="7 leavers with name and date of birth (和暦 S58.4.2 style) in a space-padded table to the 社労士",
))

_p = people(2, 8, born=(1965, 1997))
_sheet = [["令和7年分 扶養控除等（異動）申告書 入力データ（日の出産業株式会社 本社分）"], [],
          ["社員番号", "氏名", "フリガナ", "個人番号", "生年月日", "住所", "配偶者氏名", "配偶者個人番号",
           "扶養親族", "続柄", "扶養親族 生年月日"]]
for i, p in enumerate(_p):
    rng = p["rng"]
    spouse = rng.choice(_MEI_F if not p["female"] else _MEI_M)[0] if i % 3 != 2 else ""
    dep = rng.choice(["大和", "紬", "凛", "湊", "光江", "正"]) if i % 2 == 0 else ""
    _sheet.append([p["emp"], p["name"], p["kana"], my_number(200 + i), seireki(p["y"], p["m"], p["d"]), p["addr"],
                   f"{p['sei']} {spouse}" if spouse else "", my_number(300 + i) if spouse else "",
                   f"{p['sei']} {dep}" if dep else "", ("長男" if dep in ("大和", "湊") else "長女" if dep in ("紬", "凛") else "母" if dep == "光江" else "父") if dep else "",
                   seireki(p["y"] + 30 if dep in ("大和", "紬", "凛", "湊") else p["y"] - 28, 6, 12) if dep else ""])
MESSAGES.append(dict(
    id="pay-002",
    sender="葛西 亮 <kasai@hinode-sangyo.co.jp>",
    to=["ペイロール・ワン 年調チーム <nencho@payroll-one.co.jp>"], cc=["石黒 様 <ishiguro@payroll-one.co.jp>"],
    subject="【日の出産業】年末調整 扶養控除申告データ（本社分・第1便）",
    charset="utf-8",
    body=f"""株式会社ペイロール・ワン
年末調整ご担当者様
（cc：石黒様）

お世話になっております。日の出産業 給与グループの葛西です。

本社分の扶養控除等申告書の入力データ（第1便、8名分）をお送りします。
マイナンバーは配偶者分も含め入力済みです。残りの工場分は来週前半にお送りする予定です。

・扶養控除シート：8名
・保険料控除シート：生命保険料控除の対象者のみ

ご確認のほどよろしくお願いいたします。

{SIG_KASAI}""",
    attachments=[dict(kind="xlsx", name="R7年調_扶養控除_本社_第1便.xlsx", sheets={
        "扶養控除": _sheet,
        "保険料控除": [["社員番号", "氏名", "一般生命（新）", "介護医療", "個人年金（新）"]]
        + [[p["emp"], p["name"], p["rng"].choice([48000, 60000, 84000, 120000]), p["rng"].choice([0, 24000, 36000]),
            p["rng"].choice([0, 0, 96000])] for p in _p[:5]],
    })],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="year-end adjustment XLSX with 8 employees' and spouses' My Numbers, addresses and birth dates to the payroll outsourcer",
))

_p = people(3, 12)
_rows = [["社員番号", "住所", "最寄駅", "利用路線", "経路", "1ヶ月定期", "6ヶ月定期", "適用開始"]]
for p in _p:
    r = p["rng"]
    one = r.choice([6820, 9450, 11660, 13040, 15590, 18760, 21230])
    _rows.append([p["emp"], p["addr"], p["station"] + "駅", p["line"],
                  f"{p['station']}→{_VIA.get(p['line'], '東京')}→日本橋" if _VIA.get(p['line']) != p['station'] else f"{p['station']}→日本橋",
                  one, int(one * 5.4), "2025/10/01"])
MESSAGES.append(dict(
    id="pay-003",
    sender="葛西 亮 <kasai@hinode-sangyo.co.jp>",
    to=["石黒 様 <ishiguro@payroll-one.co.jp>"],
    subject="10月支給分 通勤手当変更データ",
    charset="cp932",
    body=f"""石黒様

お世話になっております。日の出産業の葛西です。
10月支給分から通勤手当が変わる社員の一覧をCSVでお送りします（12件）。
転居・経路変更によるもので、金額は6ヶ月定期を基準に支給します。

取り込みの際、社員番号で既存データと突き合わせてください。
よろしくお願いします。

{SIG_KASAI}""",
    attachments=[dict(kind="csv", name="tsukin_henko_202510.csv", rows=_rows, encoding="cp932")],
    expect="stop",
    entities=["JP_ADDRESS"],
    detectors=["personal_data"],
    note="commuting-allowance CSV: 12 rows of employee number + home address + station, no name column, to the outsourcer",
))

_p = people(4, 8)
_lines = "\n".join(f"・{p['name']}（{p['emp']}）　{p['addr_nopref']}　{p['line']} {p['station']}駅" for p in _p)
MESSAGES.append(dict(
    id="pay-004",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["葛西 亮 <kasai@hinode-sangyo.co.jp>"], cc=["東 沙織 <azuma@hinode-sangyo.co.jp>"],
    subject="RE: 9月の住所変更届（通勤手当に影響ある人）",
    charset="iso-2022-jp",
    body=f"""葛西さん

9月に住所変更届が出た人のうち、通勤経路が変わる人を抜き出しました。
定期代の計算をお願いします。

{_lines}

上から3人目は転居日が9/28なので、10月から新経路でOKです。
東さん、ペイロール・ワンに送るときは社員番号だけのCSVにしてください。

森下""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="internal only: 8 employees' new addresses and stations between HR colleagues",
))

MESSAGES.append(dict(
    id="pay-005",
    sender="吉見 麻衣 <yoshimi@hinode-sangyo.co.jp>",
    to=["関東機械工業健康保険組合 適用課 <tekiyo@kantokikai-kenpo.or.jp>"],
    subject="産前産後休業取得者申出書の送付について（日の出産業）",
    charset="iso-2022-jp",
    body=f"""関東機械工業健康保険組合
適用課 ご担当者様

いつも大変お世話になっております。
日の出産業株式会社 人事部の吉見でございます。

下記の者が産前産後休業を取得いたしますので、申出書の内容を事前にお知らせいたします。
原本は本日付で郵送いたしました。

　被保険者氏名　　　：漆原 奈々（ウルシバラ ナナ）
　生年月日　　　　　：平成4年7月19日
　健康保険証　　　　：記号 4071　番号 1386
　基礎年金番号　　　：4417−603958
　出産予定日　　　　：令和7年12月3日
　産前休業開始日　　：令和7年10月23日
　所属　　　　　　　：経理部 経理課

産後休業終了後は、引き続き育児休業を取得する予定です。
育児休業の申出書は改めてお送りいたします。

何卒よろしくお願い申し上げます。

{SIG_YOSHIMI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="maternity-leave notice for one employee with 健康保険証 記号・番号 and 基礎年金番号 to the health insurance society",
))

MESSAGES.append(dict(
    id="pay-006",
    sender="野々村 剛 <nonomura@hinode-sangyo.co.jp>",
    to=["北村社会保険労務士事務所 大槻様 <otsuki@kitamura-sr.jp>"],
    cc=["miyoshi@hinode-sangyo.co.jp"],
    subject="労災（休業）発生のご報告と様式第8号のご相談",
    charset="cp932",
    body=f"""大槻様

いつもお世話になっております。埼玉工場総務の野々村です。
昨日、工場内で休業を伴う労災が発生しましたので取り急ぎご報告いたします。

■被災者
　氏名：我如古 拓海（がねこ たくみ）　製造二課　入社４年目
　生年月日：1998年11月6日（26歳）
　住所：埼玉県狭山市入間川3丁目18番9号 サンハイツ102

■発生状況
　10月14日 15時20分頃、第2ラインでパレットを移動中、フォークリフトの爪と
　パレットの間に左手を挟まれたもの。

■傷病名・医療機関
　狭山中央病院 整形外科にて「左橈骨遠位端骨折、左第4指挫創」と診断。
　ギプス固定、全治約8週間の見込み。医師の指示により当面休業となります。

休業4日以上となるため、死傷病報告も必要かと思います。
様式第8号の記載方法と、事業主証明欄の書き方をご教示いただけますでしょうか。

{SIG_NONOMURA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="work-injury report: one named worker with diagnosis (骨折) = medical information, to the 社労士",
))

_p = people(7, 6, born=(1968, 1996))
_findings = ["血圧高値（要経過観察）", "所見なし", "肝機能異常（要再検査）", "睡眠障害の訴えあり（前回面談）",
             "脂質異常（治療中）", "所見なし"]
_trs = "\n".join(
    f"<tr><td>{p['name']}</td><td>{p['rng'].choice(['製造一課', '物流課', '営業二部', '設計課', '品質保証課'])}</td>"
    f"<td>{p['age']}</td><td>{h}</td><td>{f}</td></tr>"
    for p, h, f in zip(_p, ["96:30", "88:15", "102:45", "81:00", "84:20", "90:10"], _findings))
MESSAGES.append(dict(
    id="pay-007",
    sender="三好 英明 <miyoshi@hinode-sangyo.co.jp>",
    to=["鷲尾 先生 <washio@sanno-naika.jp>"],
    subject="9月度 長時間労働者の面接指導対象者について",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>日本橋さんのう内科クリニック<br>鷲尾先生</p>
<p>いつも産業医業務でお世話になっております。日の出産業 労務課の三好です。</p>
<p>9月度の時間外・休日労働が月80時間を超えた社員は下記6名でした。<br>
いずれも本人から面接指導の申出がありましたので、10月の訪問日にご対応をお願いできますでしょうか。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>氏名</th><th>所属</th><th>年齢</th><th>時間外+休日</th><th>直近健診・前回面談</th></tr>
{_trs}
</table>
<p>面談時間は1人30分を想定しております。<br>よろしくお願いいたします。</p>
<p>日の出産業株式会社 人事部 労務課長 三好 英明<br>TEL 03-3271-4800</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only table: 6 named employees with overtime hours and health-check findings to the occupational physician",
))

_p = people(8, 11, born=(1970, 2000))
_tab = [["令和7年度 定期昇給 反映一覧（10月支給分から）"], [""],
        ["社員番号", "氏名", "等級", "現 基本給", "改定後 基本給", "差額", "適用"]]
for p in _p:
    r = p["rng"]
    g = r.choice(["J2", "J3", "S1", "S2", "S3", "M1"])
    base = {"J2": 228000, "J3": 246000, "S1": 268000, "S2": 291000, "S3": 318000, "M1": 365000}[g] + r.randint(0, 9) * 1000
    inc = r.choice([3500, 4200, 5000, 6100, 7800])
    _tab.append([p["emp"], p["name"], g, f"{base:,}", f"{base + inc:,}", f"+{inc:,}", "10月"])
MESSAGES.append(dict(
    id="pay-008",
    sender="東 沙織 <azuma@hinode-sangyo.co.jp>",
    to=["ishiguro@payroll-one.co.jp"],
    subject="定期昇給の反映依頼（10月支給分）",
    charset="iso-2022-jp",
    body=f"""ペイロール・ワン
石黒様

お世話になっております、日の出産業の東です。
10月支給分から反映いただく昇給者一覧をPDFでお送りします。
今回は遡及なしです。

よろしくお願いいたします。

{SIG_AZUMA}""",
    attachments=[dict(kind="pdf", name="定期昇給反映一覧_202510.pdf", table=_tab,
                      lines=["日の出産業株式会社 人事部 給与グループ", "作成日：2025年9月22日"])],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="PDF table of 11 named employees with grade and base salary (salary revision) to the payroll outsourcer",
))

_p = people(9, 5, born=(1978, 1994))
_blocks = []
for i, p in enumerate(_p):
    r = p["rng"]
    kids = [kid(r, p["y"]) for _ in range(1 + i % 3)]
    seen = set()
    kids = [k for k in kids if not (k["mei"] in seen or seen.add(k["mei"]))]
    lines = [f"【{i + 1}】{p['name']}（{p['emp']}）"]
    if i % 2 == 0:
        lines.append(f"　配偶者：{p['sei']} {r.choice(_MEI_M if p['female'] else _MEI_F)[0]}（{'収入なし' if i != 2 else 'パート年収98万円'}）")
    for k in kids:
        lines.append(f"　子：{p['sei']} {k['mei']}（{k['kana']}）　{wareki(k['y'], k['m'], k['d'], 'abbr')}生")
    lines.append(f"　事由：{r.choice(['出生', '転籍に伴う新規申請', '配偶者の退職', '出生', '養子縁組'])}")
    _blocks.append("\n".join(lines))
MESSAGES.append(dict(
    id="pay-009",
    sender="葛西 亮 <kasai@hinode-sangyo.co.jp>",
    to=["石黒 様 <ishiguro@payroll-one.co.jp>"],
    subject="家族手当 新規・変更者（11月支給分）",
    charset="utf-8",
    body=f"""石黒様

いつもありがとうございます。日の出産業の葛西です。

11月支給分から家族手当を新規支給・変更する社員です。
子は1人につき月1万円、配偶者は月8千円で設定をお願いします。

{chr(10).join(_blocks)}

証明書類（住民票・戸籍謄本）は当社で保管しています。
以上、よろしくお願いします。

{SIG_KASAI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="family allowance: one block per employee (5) with children's names and birth dates, to the outsourcer",
))

MESSAGES.append(dict(
    id="pay-010",
    sender="東 沙織 <azuma@hinode-sangyo.co.jp>",
    to=["今泉 様 <imaizumi@tanabe-tax.jp>"],
    subject="法定調書合計表 作成用資料の送付",
    charset="iso-2022-jp",
    body=f"""田辺税理士法人
今泉様

お世話になっております。日の出産業の東です。

法定調書合計表の作成用資料（源泉徴収簿、退職所得の源泉徴収票、報酬支払調書の元データ）を
まとめてお送りいたします。

ファイルはパスワード付きZIPにしております。
パスワードは別メールにてお送りいたします。

ご査収のほどよろしくお願いいたします。

{SIG_AZUMA}""",
    attachments=[dict(kind="zip", name="法定調書資料_R7.zip", password="Hinode#2026tax",
                      files=[dict(kind="xlsx", name="源泉徴収簿_R7.xlsx",
                                  sheets={"集計": [["区分", "人数", "支払金額"], ["給与", 412, 2381554000]]}),
                             dict(kind="txt", name="readme.txt", text="退職所得分は別シートです。")])],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) of tax documents to the tax accountant: contents cannot be inspected",
))

MESSAGES.append(dict(
    id="pay-011",
    sender="三好 英明 <miyoshi@hinode-sangyo.co.jp>",
    to=["北村 先生 <kitamura@kitamura-sr.jp>", "石黒 様 <ishiguro@payroll-one.co.jp>"],
    cc=["kasai@hinode-sangyo.co.jp"],
    subject="年末調整キックオフ打合せの日程調整",
    charset="utf-8",
    body=f"""北村先生
ペイロール・ワン 石黒様

お世話になっております。日の出産業の三好です。
今年も年末調整の時期が近づいてまいりましたので、三者でのキックオフ打合せをお願いできればと存じます。

候補日（いずれも1時間程度、当社会議室またはTeams）
　1. 10月20日（月）14:00〜
　2. 10月22日（水）10:00〜
　3. 10月24日（金）16:00〜

議題
　・今年の申告書回収スケジュール（電子申請の対象範囲拡大）
　・定額減税の精算に関する昨年の振り返り
　・工場分の紙申告の取扱い

ご都合のよい日を返信いただけますと幸いです。

{SIG_MIYOSHI}
{DISCLAIMER_JA}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="three-way scheduling mail: two external organisations in To, no personal data, standard disclaimer",
))

_p = people(12, 5, born=(1966, 1990))
_lines = "\n".join(
    f"{p['emp']},{p['name']},{seireki(p['y'], p['m'], p['d'], 'slash1')},{p['addr']},{p['rng'].choice(['主任', '係長', '一般', '課長代理'])},{p['rng'].randint(24, 41) * 10000}"
    for p in _p)
MESSAGES.append(dict(
    id="pay-012",
    sender="柏木 俊介 <kashiwagi@hinode-sangyo.co.jp>",
    to=["青葉運輸 人事課 平塚様 <hiratsuka@aoba-unyu.co.jp>"],
    subject="11月1日付 在籍出向者の情報（給与負担金算定用）",
    charset="cp932",
    body=f"""青葉運輸株式会社
人事課 平塚様

いつもお世話になっております。日の出産業の柏木でございます。

先般合意いたしました在籍出向について、11月1日付で出向する5名の情報をお送りします。
給与は当社から支給し、出向負担金として月次でご請求させていただく形となります。

社員番号,氏名,生年月日,現住所,職位,基本給
{_lines}

健康保険・厚生年金は当社で継続加入、労災保険は貴社でのご加入となります。
出向契約書の最終版は来週お持ちいたします。

{SIG_KASHIWAGI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="5 seconded employees with birth dates, home addresses and salaries as comma-separated lines to a partner",
))

# ---------------------------------------------------------------------------------------
# pay-013 … pay-025
# ---------------------------------------------------------------------------------------

_p = people(13, 8)
_anom = ["出勤打刻なし（退勤のみ）", "退勤打刻が翌日9:02", "二重打刻（8:31/8:31）", "出勤打刻なし（退勤のみ）",
         "打刻時刻が00:00で記録", "ICカード読取エラー3回", "退勤打刻なし", "出勤打刻が前日扱い"]
_rows = "\n".join(f"{p['emp']}\t{p['name']}\t2025/09/{p['rng'].randint(1, 30):02d}\t日本橋本社 2F-ゲートB\t{a}"
                  for p, a in zip(_p, _anom))
MESSAGES.append(dict(
    id="pay-013",
    sender="片桐 祐介 <katagiri@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    subject="【問合せ】勤怠打刻の異常記録について（お客様番号 HS-20417）",
    charset="cp932",
    body=f"""ツバサシステム株式会社
サポートデスク御中

いつもお世話になっております。日の出産業の片桐です。
9月分の勤怠締め処理で、下記の打刻異常が多発しておりました。
いずれも本社2Fゲート（端末ID：TR-2B）経由のもので、本人は通常どおり打刻したと申告しています。
端末側かサーバ側の不具合がないか、ログの確認をお願いできますでしょうか。

社員番号\t氏名\t日付\t端末\t異常内容
{_rows}

お手数ですが、10月3日の締めまでにご回答いただけると助かります。

{SIG_KATAGIRI}""",
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="tab-separated attendance anomalies naming 8 employees (number, name, date, record) to the system vendor",
))

MESSAGES.append(dict(
    id="pay-014",
    sender="柏木 俊介 <kashiwagi@hinode-sangyo.co.jp>",
    to=["川崎電機 購買部 熊田様 <kumada@kawasaki-denki.co.jp>"],
    subject="当社組織変更および担当者変更のご案内",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
購買部 熊田様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業の柏木でございます。

10月1日付の当社組織変更に伴い、貴社をご担当する部署および担当者が変わります。
詳細は添付の資料をご覧いただけますと幸いです。

引き続きご愛顧のほど、よろしくお願い申し上げます。

{SIG_KASHIWAGI}""",
    attachments=[dict(kind="docx", name="組織変更のご案内_20251001.docx", page_header="社外秘",
                      title="2025年10月1日付 組織変更・人事異動",
                      paragraphs=["2025年10月1日付 組織変更・人事異動について", "",
                                  "営業本部を第一営業部・第二営業部に分割し、電機業界のお客様は第二営業部が担当いたします。",
                                  "主な人事異動は以下のとおりです。"],
                      tables=[[["氏名", "新所属・役職", "旧所属・役職"],
                               ["日下部 康弘", "第二営業部 部長", "営業本部 副本部長"],
                               ["御子柴 香織", "第二営業部 課長", "営業本部 営業二課 課長代理"],
                               ["仲宗根 悠斗", "第二営業部 主任", "営業本部 営業二課"],
                               ["小松 哲郎", "第一営業部 部長", "営業本部 営業一課 課長"],
                               ["雫石 里美", "営業企画室 室長", "経営企画部 課長"]]])],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="transfer announcement to a client: names and titles only, but the DOCX carries a 社外秘 page header",
))

MESSAGES.append(dict(
    id="pay-015",
    sender="葛西 亮 <kasai@hinode-sangyo.co.jp>",
    to=["みどり銀行 日本橋支店 松永様 <matsunaga@midori-ginko.jp>"],
    subject="給与振込先変更（1件）のご連絡",
    charset="utf-8",
    body=f"""みどり銀行 日本橋支店
法人営業課 松永様

いつもお世話になっております。日の出産業の葛西です。
給与振込の振込先変更が1件ございましたので、次回25日支給分からの反映をお願いいたします。

　社員番号：20814
　氏名　　：帯刀 菜摘（タテワキ ナツミ）
　変更後　：みどり銀行 浦和中央支店　普通　3927165
　口座名義：ﾀﾃﾜｷ ﾅﾂﾐ

変更前口座（東都銀行 池袋支店）への振込は今月分で終了です。

{SIG_KASAI}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="one employee's bank account to midori-ginko.jp: the partner is midori-ginko.co.jp (dropped co.) = look-alike",
))

MESSAGES.append(dict(
    id="pay-016",
    sender="三好 英明 <miyoshi@hinode-sangyo.co.jp>",
    to=["大槻 様 <otsuki@kitamura-sr.jp>", "石黒 様 <ishiguro@payroll-one.co.jp>",
        "ツバサシステム 導入チーム 村瀬様 <murase@tsubasa-system.jp>"],
    cc=["katagiri@hinode-sangyo.co.jp"],
    subject="勤怠・給与システム連携 移行判定会議（11/6）のご案内",
    charset="iso-2022-jp",
    body=f"""関係者各位

お世話になっております。日の出産業の三好です。
勤怠システム（ツバサシステム社）と給与計算（ペイロール・ワン社）のデータ連携について、
移行判定会議を下記のとおり開催いたします。

　日時：11月6日（木）15:00〜16:30
　場所：日の出産業 本社7F 第3会議室（Teams併用）
　議題：並行稼働2か月分の差異確認／36協定アラート設定／社労士確認事項

資料は前日までに共有フォルダへ格納いたします。
ご出席の可否をご返信ください。

{SIG_MIYOSHI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations can see each other in To (社労士, outsourcer, vendor): should have been Bcc",
))

_fw = """-------- Forwarded Message --------
件名: 休職のご相談
日付: 2025年10月2日 8:47
差出人: 四十物 蓮 <aimono.ren@hinode-sangyo.co.jp>
宛先: 森下 千夏 <morishita@hinode-sangyo.co.jp>

森下さん

おはようございます。物流課の四十物です。
先週受診したメンタルクリニックで「適応障害」と診断され、
医師から2か月程度の休養が必要と言われました。診断書は本日郵送します。

傷病手当金の手続きについて教えていただけますでしょうか。
保険証は 記号 4071 番号 2209 です。

よろしくお願いいたします。
四十物"""
MESSAGES.append(dict(
    id="pay-017",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["大槻 様 <otsuki@kitamura-sr.jp>"],
    subject="Fw: 休職のご相談",
    charset="utf-8",
    body=f"""大槻さん

お世話になっております。森下です。
下記、社員から休職の相談がありました。傷病手当金の申請書（事業主記入欄）の作成をお願いできますか。
休職開始は10/6の予定です。

{_fw}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="forward (new text to the recipient) of an employee's mail naming his diagnosis 適応障害 and insurance card number",
))

_p = people(18, 5, places=[pl for pl in _PLACES if pl[0] in ("埼玉県", "千葉県", "神奈川県")])
_rows = "\n".join(
    f"{i + 1}. 宛名番号 {p['rng'].randint(10000000, 99999999)}　{p['name']}　{wareki(p['y'], p['m'], p['d'], 'kanji')}生\n"
    f"   {p['addr']}\n   退職日 R7.9.30　未徴収税額 {p['rng'].randint(3, 9) * 10200:,}円（一括徴収済）"
    for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="pay-018",
    sender="東 沙織 <azuma@hinode-sangyo.co.jp>",
    to=["南青葉市 市民税課 特別徴収係 <shiminzei@city.minamiaoba.lg.jp>"],
    subject="給与支払報告・特別徴収に係る給与所得者異動届出書（日の出産業）",
    charset="iso-2022-jp",
    body=f"""南青葉市役所 市民税課 特別徴収係 御中

いつもお世話になっております。
特別徴収義務者指定番号 000184392 日の出産業株式会社 人事部の東でございます。

9月末退職者5名につきまして、異動届出書の内容を先行してお知らせいたします。
届出書の原本はeLTAXにて本日送信済みです。

{_rows}

ご確認のほどよろしくお願いいたします。

{SIG_AZUMA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="resident-tax change notice for 5 leavers (birth dates, addresses) to a city office",
))

_p = people(19, 6, born=(1975, 2001))
_res = [("要再検査", "尿中馬尿酸 高値"), ("異常なし", ""), ("要精密検査", "肝機能（AST/ALT）上昇"),
        ("要経過観察", "貧血傾向"), ("要再検査", "白血球数 低値"), ("異常なし", "")]
MESSAGES.append(dict(
    id="pay-019",
    sender="野々村 剛 <nonomura@hinode-sangyo.co.jp>",
    to=["坂東 様 <bando@staffbridge.co.jp>"],
    subject="有機溶剤健診の結果（派遣スタッフ分）",
    charset="cp932",
    body=f"""スタッフブリッジ株式会社
坂東様

お世話になっております。日の出産業 埼玉工場の野々村です。
9月に当工場で実施した有機溶剤等健康診断の結果のうち、貴社派遣スタッフ分を添付いたします。
要再検査・要精密の方には受診勧奨をお願いいたします。

{SIG_NONOMURA}""",
    attachments=[dict(kind="xlsx", name="有機溶剤健診結果_派遣スタッフ_2025年9月.xlsx",
                      sheets={"結果": [["2025年9月 有機溶剤等健康診断 結果（スタッフブリッジ社 派遣スタッフ）"],
                                       ["No", "スタッフ名", "生年月日", "配属ライン", "判定", "所見"]]
                              + [[i + 1, p["name"], seireki(p["y"], p["m"], p["d"]), p["rng"].choice(["塗装A", "塗装B", "洗浄"]), j, f]
                                 for i, (p, (j, f)) in enumerate(zip(_p, _res))]})],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health-check results of 6 named temp workers (medical findings) in an XLSX to the temp agency",
))

_p = people(20, 6, born=(1963, 1975))
_blocks = "\n\n".join(
    f"◆ {p['name']}（{p['kana']}）\n"
    f"　生年月日：{wareki(p['y'], p['m'], p['d'], 'kanji')}（{p['age']}歳）\n"
    f"　住所：〒{p['zip']} {p['addr']}\n"
    f"　自宅：{p['tel']}　携帯：{p['mobile']}\n"
    f"　現職：{p['rng'].choice(['生産管理', '経理', '営業', '品質保証', '購買'])}（勤続{p['rng'].randint(18, 35)}年）　希望：{p['rng'].choice(['同業種の管理職', '地元での事務職', '未定（面談で相談したい）', '技術職継続'])}"
    for p in _p)
MESSAGES.append(dict(
    id="pay-020",
    sender="柏木 俊介 <kashiwagi@hinode-sangyo.co.jp>",
    to=["キャリアネクスト 宇佐美様 <usami@career-next.co.jp>"],
    subject="再就職支援プログラム 対象者のご連絡",
    charset="iso-2022-jp",
    body=f"""キャリアネクスト株式会社
宇佐美様

お世話になっております。日の出産業の柏木です。
先日ご契約いただいた再就職支援プログラムについて、早期退職に応募した対象者6名の情報をお送りします。
初回面談の日程調整は、貴社から本人へ直接ご連絡いただいて構いません（本人同意取得済み）。

{_blocks}

どうぞよろしくお願いいたします。

{SIG_KASHIWAGI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 early-retirement candidates, one block each with birth date, home address and phones, to an outplacement firm",
))

MESSAGES.append(dict(
    id="pay-021",
    sender="葛西 亮 <kasai@hinode-sangyo.co.jp>",
    to=["nencho@payroll-one.co.jp"],
    subject="Re: 【確認依頼】配偶者マイナンバー不備（社員番号20377）",
    charset="cp932",
    body=f"""ペイロール・ワン 年調チーム様

ご指摘ありがとうございます。本人に確認しました。
配偶者の個人番号の転記ミスでした。正しくは下記のとおりです。

　社員：朝比奈 誠（20377）
　配偶者：朝比奈 紀子
　個人番号：{fw(my_number(21)[:4])} {fw(my_number(21)[4:8])} {fw(my_number(21)[8:])}

お手数ですが修正をお願いします。

葛西

> 社員番号20377 朝比奈様の配偶者の個人番号がチェックデジットエラーとなっております。
> ご確認をお願いいたします。""",
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="spouse's My Number in full-width digits in the new text of a reply to the outsourcer",
))

MESSAGES.append(dict(
    id="pay-022",
    sender="東 沙織 <azuma@hinode-sangyo.co.jp>",
    to=["田辺税理士法人 今泉様 <imaizumi@tanabe-tax.jp>"],
    subject="源泉徴収簿（10月分まで）",
    charset="utf-8",
    body=f"""今泉様

お世話になっております。日の出産業の東です。
ご依頼の源泉徴収簿（10月分まで）をお送りします。
先月のものと同じ形式です。

よろしくお願いいたします。

{SIG_AZUMA}""",
    attachments=[dict(kind="corrupt", name="源泉徴収簿_202510.xlsx")],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is damaged and cannot be inspected",
))

_p = people(23, 10, born=(1962, 2001))
_sheet = [["令和7年 算定基礎届 作成データ", "", "", "", "", "", ""],
          ["整理番号", "氏名", "生年月日", "基礎年金番号", "4月報酬", "5月報酬", "6月報酬", "従前標準報酬"]]
for i, p in enumerate(_p):
    r = p["rng"]
    base = r.randint(22, 52) * 10000
    _sheet.append([i + 101, p["name"], wareki(p["y"], p["m"], p["d"], "abbr0"), p["pension"],
                   base + r.randint(0, 40000), base + r.randint(0, 40000), base + r.randint(0, 40000),
                   f"{(base // 10000 + 1) * 10}千円"])
MESSAGES.append(dict(
    id="pay-023",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["大槻 様 <otsuki@kitamura-sr.jp>"],
    subject="算定基礎届　大阪支店分データ",
    charset="iso-2022-jp",
    body=f"""大槻様

お世話になっております。森下です。
大阪支店分（10名）の算定基礎届データをお送りします。
旧形式のExcel（.xls）しか出力できないとのことで、支店から届いたものをそのまま添付しています。

本社分と同様に電子申請をお願いいたします。

{SIG_MORISHITA}""",
    attachments=[dict(kind="xls", name="santei_osaka_R7.xls", sheets={"算定": _sheet})],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="legacy XLS with 10 employees' basic pension numbers, birth dates and wages to the 社労士",
))

_q = "\n".join(f"> {i + 101}  {p['name']}  {p['pension']}  {wareki(p['y'], p['m'], p['d'], 'abbr0')}" for i, p in enumerate(_p[:6]))
MESSAGES.append(dict(
    id="pay-024",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["大槻 様 <otsuki@kitamura-sr.jp>"],
    subject="Re: 算定基礎届 大阪支店分 基礎年金番号の確認",
    charset="iso-2022-jp",
    body=f"""大槻様

ご確認ありがとうございます。
ご指摘の6名分、支店に照会したところ、いずれもお送りした番号で正しいとのことでした。
そのまま申請を進めていただけますでしょうか。

森下

2025年7月3日(木) 11:12 大槻 <otsuki@kitamura-sr.jp>:
> 森下様
>
> お世話になっております。北村事務所の大槻です。
> 大阪支店分のうち、下記6名は年金機構の記録と照合が取れませんでした。
> 番号のご確認をお願いできますでしょうか。
>
{_q}
>
> 北村社会保険労務士事務所　大槻""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply whose only personal data is the list quoted from the 社労士's own mail (> lines)",
))

MESSAGES.append(dict(
    id="pay-025",
    sender="Saori Azuma <azuma@hinode-sangyo.co.jp>",
    to=["Global Payroll Team <gp-apac@atlaspayroll.com>"],
    subject="Shadow payroll set-up for three assignees (Japan inbound)",
    charset="utf-8",
    body=f"""Dear Global Payroll Team,

Please find below the details of the three assignees who joined Hinode Sangyo in Tokyo on
1 October under the intra-group mobility programme, for the set-up of the shadow payroll.

1) Lucas FERREIRA
   Date of birth: 14 March 1987
   Passport: Brazil, FX482913
   Residence card: UH48213907EA
   Monthly base (JPY): 720,000

2) Anna KOWALCZYK
   Date of birth: 02/09/1991
   Passport: Poland, EZ7730158
   Residence card: RK90321644GA
   Monthly base (JPY): 610,000

3) Nguyen Thi HOA
   Date of birth: 1994-06-28
   Passport: Viet Nam, C5928174
   Residence card: PN31770825VB
   Monthly base (JPY): 455,000

Home-country social security certificates will follow by courier.
Kind regards,

Saori Azuma
Payroll Group, HR Department
Hinode Sangyo Co., Ltd.  Tel +81-3-3271-4813
{DISCLAIMER_EN}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="English mail with three assignees' passport and residence-card numbers to a global payroll vendor",
))

# ---------------------------------------------------------------------------------------
# pay-026 … pay-040
# ---------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="pay-026",
    sender="葛西 亮 <kasai@hinode-sangyo.co.jp>",
    to=["松永 様 <matsunaga@midori-ginko.co.jp>"],
    subject="10月25日 給与総合振込の依頼内容（事前連絡）",
    charset="cp932",
    body=f"""みどり銀行 日本橋支店
法人営業課 松永様

いつも大変お世話になっております。日の出産業の葛西です。
10月分給与の総合振込データを本日、法人インターネットバンキングより送信いたしました。
内容は下記のとおりです。

　依頼番号　　　：FK-2025-1025-001
　振込指定日　　：2025年10月24日（金）※25日が土曜日のため前営業日
　件数　　　　　：418件
　合計金額　　　：117,582,340円
　引落口座　　　：日本橋支店 当座 0184402（日の出産業株式会社）

承認は本日17時までに完了予定です。
念のためご確認のほど、よろしくお願いいたします。

{SIG_KASAI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="payroll transfer request with only totals, a request number and the company's own account",
))

_p = people(27, 7, born=(1962, 1970))
_inner_rows = "\n".join(
    f"{p['name']}\t{p['rng'].choice(['生産管理部', '経理部', '第一営業部', '品質保証部', '物流部'])}\t{wareki(p['y'], p['m'], p['d'], 'abbr')}\t{p['mobile']}"
    for p in _p)
MESSAGES.append(dict(
    id="pay-027",
    sender="柏木 俊介 <kashiwagi@hinode-sangyo.co.jp>",
    to=["宇佐美様 <usami@career-next.co.jp>"],
    subject="転送：早期退職制度 第2次応募者",
    charset="utf-8",
    body=f"""宇佐美様

お世話になっております。柏木です。
第2次募集の応募者が確定しました。社内で回覧したメールをそのまま添付しますので、
前回同様、説明会のご案内をお願いいたします。

柏木""",
    attachments=[dict(kind="eml", name="早期退職 第2次応募者確定.eml", message=dict(
        sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
        to=["柏木 俊介 <kashiwagi@hinode-sangyo.co.jp>"], cc=["miyoshi@hinode-sangyo.co.jp"],
        subject="早期退職 第2次応募者確定",
        charset="iso-2022-jp",
        body=f"""柏木部長

第2次の応募締切（10/10）時点の応募者は7名でした。
本人連絡先は私用携帯です。

氏名\t所属\t生年月日\t携帯
{_inner_rows}

森下""",
    ))],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="an internal mail attached as .eml with 7 named applicants, birth dates and private mobiles, sent to an outplacement firm",
))

_ido = [("小松 哲郎", "第一営業部 部長", "営業本部 営業一課 課長"), ("日下部 康弘", "第二営業部 部長", "営業本部 副本部長"),
        ("御子柴 香織", "第二営業部 課長", "営業本部 営業二課 課長代理"), ("雫石 里美", "営業企画室 室長", "経営企画部 課長"),
        ("土師 圭", "大阪支店 支店長", "大阪支店 副支店長"), ("鶴田 浩二", "埼玉工場 製造一課 課長", "埼玉工場 製造二課 課長"),
        ("九鬼 恵理", "人事部 人事課 課長", "人事部 労務課 課長代理"), ("及川 直人", "情報システム部 部長", "情報システム部 次長"),
        ("乙部 和也", "経理部 主計課 課長", "経理部 主計課 課長代理"), ("弓削 朋美", "総務部 総務課 係長", "総務部 総務課"),
        ("蛭田 修平", "物流部 部長", "物流部 次長"), ("栗栖 千尋", "品質保証部 課長", "品質保証部 係長"),
        ("神蔵 隆之", "第一営業部 課長", "大阪支店 営業課 課長"), ("樋渡 美咲", "経営企画部 係長", "第二営業部 主任"),
        ("外山 勝彦", "顧問", "取締役 生産本部長")]
MESSAGES.append(dict(
    id="pay-028",
    sender="人事部 <jinji@hinode-sangyo.co.jp>",
    to=["全社員 <all-staff@hinode-sangyo.co.jp>"],
    subject="【人事異動】2025年10月1日付 人事異動のお知らせ",
    charset="iso-2022-jp",
    body="""社員各位

2025年10月1日付で下記のとおり人事異動を発令しますので、お知らせします。

""" + "\n".join(f"{pad(n, 14)}{pad(new, 30)}（旧：{old}）" for n, new, old in _ido) + """

以上

人事部""",
    expect="pass",
    entities=[],
    detectors=[],
    note="internal announcement of 15 transfers (names and titles) to the all-staff list",
))

MESSAGES.append(dict(
    id="pay-029",
    sender="小松 哲郎 <komatsu@hinode-sangyo.co.jp>",
    to=["熊田様 <kumada@kawasaki-denki.co.jp>"],
    subject="担当変更のご挨拶（日の出産業 第一営業部）",
    charset="iso-2022-jp",
    body="""川崎電機株式会社
購買部 熊田様

いつも大変お世話になっております。日の出産業の小松でございます。

さて、10月1日付の人事異動により、私は第一営業部 部長を拝命いたしました。
貴社のご担当は、引き続き下記の者が務めさせていただきます。

　主担当：神蔵 隆之（第一営業部 課長）
　　　　　TEL 03-3271-4731　kamikura@hinode-sangyo.co.jp
　副担当：樋口 ゆかり（第一営業部 主任）
　　　　　TEL 03-3271-4735　higuchi@hinode-sangyo.co.jp

改めて神蔵よりご挨拶に伺います。
今後とも変わらぬご愛顧を賜りますよう、よろしくお願い申し上げます。

日の出産業株式会社 第一営業部 部長
小松 哲郎
TEL 03-3271-4730""",
    expect="pass",
    entities=[],
    detectors=[],
    note="personnel change letter to a client: two staff with business phone and mail only",
))

_p = people(30, 9, born=(1972, 1999))
MESSAGES.append(dict(
    id="pay-030",
    sender="葛西 亮 <kasai@hinode-sangyo.co.jp>",
    to=["kasai@hinode-sangyo.com"],
    subject="冬季賞与 査定反映版（自宅作業用）",
    charset="cp932",
    body="""自分宛て。
週末に確認する分。物流部の9名のみ。
""",
    attachments=[dict(kind="xlsx", name="冬季賞与_物流部_査定反映.xlsx", sheets={
        "物流部": [["2025年冬季賞与 支給額（査定反映）", "", "", "", ""],
                  ["社員番号", "氏名", "評価", "支給月数", "支給額"]]
        + [[p["emp"], p["name"], p["rng"].choice(["S", "A", "A", "B", "B", "C"]), p["rng"].choice([2.1, 2.3, 2.5, 2.6]),
            p["rng"].randint(52, 110) * 10000] for p in _p]})],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["lookalike_domain", "personal_data"],
    note="bonus list of 9 named employees sent to hinode-sangyo.com (TLD swap of the own domain)",
))

MESSAGES.append(dict(
    id="pay-031",
    sender="柏木 俊介 <kashiwagi@hinode-sangyo.co.jp>",
    to=["宇佐美様 <usami@career-next.co.jp>"], cc=["legal@hinode-sangyo.co.jp"],
    subject="Re: 秘密保持契約書（案）のご確認",
    charset="utf-8",
    body=f"""宇佐美様

お世話になっております。日の出産業の柏木です。
秘密保持契約書（案）を拝受しました。当社法務とも確認し、以下2点のみご相談させてください。

1. 第2条（機密情報の定義）：口頭で開示した情報について、開示後30日以内に書面で特定する旨を追記したい
2. 第8条（返還・廃棄）：対象者の個人情報については、プログラム終了後に廃棄証明書をご提出いただきたい

上記以外は貴社案のとおりで問題ございません。
修正版をお送りいただけましたら、押印の手続きに入ります。

柏木

> 柏木様
> 再就職支援業務委託に先立ち、秘密保持契約書（案）をお送りします。
> ご確認のほどよろしくお願いいたします。
> キャリアネクスト株式会社 宇佐美""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA (機密情報 as a contract term, not a marking), no personal data",
))

MESSAGES.append(dict(
    id="pay-032",
    sender="三好 英明 <miyoshi@hinode-sangyo.co.jp>",
    to=["ペイロール・ワン 営業部 江口様 <eguchi@payroll-one.co.jp>"],
    subject="年末調整オプションのお見積りについて",
    charset="iso-2022-jp",
    body=f"""江口様

お世話になっております。日の出産業の三好です。
先日いただいた料金表について確認させてください。

　品目コード　　サービス名　　　　　　　　　単価（税抜）
　------------------------------------------------------------
　YA-101　　　　年末調整基本（1名あたり）　　1,200円
　YA-120　　　　電子申告書回収オプション　　　　400円
　YA-150　　　　源泉徴収票 印刷・封入　　　　　180円
　YA-155　　　　源泉徴収票 Web配信　　　　　　　60円
　YA-300　　　　給与支払報告書 eLTAX提出　　30,000円／回

当社は対象が約420名ですので、YA-101・120・155・300 の組み合わせで
お見積書（見積番号を付番のうえ）をお願いできますでしょうか。
なお、前年の注文番号は PO-24-0871 でした。

{SIG_MIYOSHI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="price list with product codes and a purchase order number: no personal data",
))

MESSAGES.append(dict(
    id="pay-033",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["日本橋さんのう内科クリニック 鷲尾先生 <washio@sanno-naika.jp>"],
    subject="二次検査のご相談（製造部社員1名）",
    charset="utf-8",
    body=f"""鷲尾先生

いつもお世話になっております。日の出産業の森下です。

定期健康診断で要精密となった社員について、二次検査をどちらで受けるべきか本人が迷っているため、
先生にご相談させてください。

　氏名：比嘉 航（ひが わたる）　昭和51年2月9日生
　所属：埼玉工場 製造一課
　所見：心電図 完全右脚ブロック、HbA1c 7.4%（要医療）
　既往：2019年に2型糖尿病の診断、現在は通院中断

次回ご訪問時に15分ほど面談のお時間をいただけますと幸いです。

{SIG_MORISHITA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one employee's health-check findings and medical history (糖尿病) to an external clinic",
))

MESSAGES.append(dict(
    id="pay-034",
    sender="吉見 麻衣 <yoshimi@hinode-sangyo.co.jp>",
    to=["tekiyo@kantokikai-kenpo.or.jp"],
    subject="任意継続被保険者制度について（問い合わせ）",
    charset="cp932",
    body=f"""関東機械工業健康保険組合
適用課 ご担当者様

お世話になっております。日の出産業株式会社 人事部の吉見です。
退職予定者への案内資料を作成するにあたり、任意継続について2点お伺いします。

1. 令和8年度の標準報酬月額の上限（任意継続用）は、いつ頃確定しますか。
2. 保険料の前納（6か月・12か月）の申込期限は、資格取得月によって変わりますか。

貴組合ホームページの「任意継続のしおり」（2025年4月版）も拝見しておりますが、
念のため確認させていただければと存じます。

{SIG_YOSHIMI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="general question to the health insurance society, no person named",
))

_p = people(35, 6, born=(1968, 2000), places=[pl for pl in _PLACES if pl[0] == "埼玉県"])
_tbl = "\n".join(
    pad(p["name"], 14) + pad(fw(p["rng"].randint(100000000000, 999999999999)), 26)
    + pad(f"{p['rng'].choice(['所沢', '川越', '大宮'])} {p['rng'].randint(300, 599)} {p['rng'].choice('あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆらりるれろわ')} {p['rng'].randint(10, 99)}-{p['rng'].randint(10, 99)}", 24)
    + p["rng"].choice(["対人無制限／対物無制限", "対人無制限／対物2000万", "対人無制限／対物無制限"])
    for p in _p)
MESSAGES.append(dict(
    id="pay-035",
    sender="野々村 剛 <nonomura@hinode-sangyo.co.jp>",
    to=["東海損害保険 法人営業課 矢島様 <yajima@tokai-sonpo.co.jp>"],
    subject="マイカー通勤許可者の任意保険加入状況の確認依頼",
    charset="iso-2022-jp",
    body=f"""東海損害保険株式会社
法人営業課 矢島様

お世話になっております。日の出産業 埼玉工場の野々村です。
今年度マイカー通勤を許可した社員のうち、貴社で任意保険に加入している者について、
契約が有効かどうかのご確認をお願いできますでしょうか。

氏名　　　　　運転免許証番号　　　　　　登録番号　　　　　　　　補償内容
────────────────────────────────────────
{_tbl}

免許証の写しは当工場で保管しております。

{SIG_NONOMURA}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="6 commuters' driving licence numbers (full-width) in a padded table to an insurer",
))

MESSAGES.append(dict(
    id="pay-036",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["舎人 颯太 様 <sota.toneri.0412@gmail.com>"],
    subject="【日の出産業】入社手続きのご案内",
    charset="utf-8",
    body=f"""舎人 颯太 様

この度は当社への入社をご承諾いただき、誠にありがとうございます。
人事部の森下です。4月1日の入社に向けて、以下の書類をご準備ください。

　1. 雇用契約書（署名のうえ返送）
　2. 給与振込口座届
　3. 扶養控除等申告書
　4. マイナンバー確認書類（通知カードのみでは不可。マイナンバーカードの写し等）
　5. 年金手帳または基礎年金番号通知書の写し

書類は同封の返信用封筒で、3月14日（金）必着でご返送ください。
マイナンバーなどの書類は、メールでは送らないようお願いいたします。

ご不明な点は、お気軽にお問い合わせください。

{SIG_MORISHITA}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="onboarding instructions to one new hire on Gmail: mentions マイナンバー but carries no number",
))

MESSAGES.append(dict(
    id="pay-037",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["大槻 様 <otsuki@kitamura-sr.jp>"],
    subject="労働保険 年度更新用 事業所一覧",
    charset="iso-2022-jp",
    body=f"""大槻様

いつもお世話になっております。森下です。
年度更新（継続事業の一括）の対象事業所一覧をお送りします。昨年からの変更は大阪支店の移転のみです。

事業所名　　　　所在地　　　　　　　　　　　　　　　　　　　　　電話番号　　　　　労働者数
本社　　　　　　東京都中央区日本橋2-11-5 日の出ビル7F　　　　　03-3271-4800　　　 186
埼玉工場　　　　埼玉県狭山市新狭山1-9-2　　　　　　　　　　　　04-2953-7711　　　 154
大阪支店　　　　大阪府大阪市北区梅田3-4-18 梅田センタービル12F　06-6341-2250　　　  47
名古屋営業所　　愛知県名古屋市中村区名駅4-26-13　　　　　　　　052-581-3390　　　  19
物流センター　　千葉県市川市二俣新町18-2　　　　　　　　　　　047-328-6620　　　  22

労働保険番号は昨年と同じです。よろしくお願いします。

{SIG_MORISHITA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of the company's own establishments with addresses and switchboards: businesses, not people",
))

_p = people(38, 5, born=(1975, 1995))
_reasons = ["通院（人工透析）", "不妊治療（通院）", "子の看護", "通院（がん術後の定期検査）", "家族の介護（通院付添）"]
_rows = "\n".join(f"{p['name']}\t{p['emp']}\t{p['rng'].randint(8, 26)}日\t{r}\t{p['rng'].choice(['時間単位年休', '特別休暇（両立支援）', '時間単位年休'])}"
                  for p, r in zip(_p, _reasons))
MESSAGES.append(dict(
    id="pay-038",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["大槻 様 <otsuki@kitamura-sr.jp>"],
    subject="両立支援等助成金の申請準備（休暇取得実績）",
    charset="cp932",
    body=f"""大槻様

お世話になっております。森下です。
両立支援等助成金の申請に向けて、上期の休暇取得実績を抜き出しました。
対象になりそうな社員と取得日数です（4月〜9月）。

氏名\t社員番号\t取得日数\t理由\t区分
{_rows}

どの区分で申請できるか、ご意見をいただけますと助かります。

{SIG_MORISHITA}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="tab-separated leave records of 5 named employees with medical reasons (人工透析, がん) to the 社労士",
))

MESSAGES.append(dict(
    id="pay-039",
    sender="片桐 祐介 <katagiri@hinode-sangyo.co.jp>",
    to=["北村 先生 <kitamura@kitamura-sr.jp>"],
    subject="36協定見直しの基礎資料（部署別 時間外労働の状況）",
    charset="utf-8",
    body=f"""北村先生

お世話になっております。日の出産業 勤怠管理チームの片桐です。
来年度の36協定見直しに向けて、上期の部署別の時間外労働の状況をまとめました。

部署            人数   平均(月)   最大(月)   45h超の延べ人数   特別条項発動
--------------------------------------------------------------------------
製造一課         62    28.4h      71.5h        14                 6
製造二課         58    31.0h      78.0h        19                 9
物流課           22    35.2h      84.5h        11                 7
第一営業部       31    18.6h      52.0h         3                 1
第二営業部       27    21.3h      60.5h         5                 2
設計課           15    39.8h      92.0h        12                 8
本社管理部門     48    12.1h      41.0h         0                 0

設計課が突出しているため、特別条項の上限を下げるべきか、ご相談させてください。

{SIG_KATAGIRI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregated overtime statistics by department: no individuals",
))

MESSAGES.append(dict(
    id="pay-040",
    sender="柏木 俊介 <kashiwagi@hinode-sangyo.co.jp>",
    to=["白川先生 <shirakawa@shirakawa-law.com>"],
    subject="社員の逮捕に関するご相談（至急）",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の柏木です。
急ぎご相談させてください。

当社物流部の社員 鬼塚 大輔（おにつか だいすけ、38歳、物流センター勤務）が、
昨夜、酒気帯び運転の疑いで千葉県警に逮捕されたと家族から連絡がありました。
業務外・私有車での事案とのことです。

本人は勾留中で、少なくとも数日は出勤できない見込みです。
・無断欠勤扱いとしてよいか
・就業規則上の懲戒（諭旨解雇まで含む）を検討する時期
・社内外への説明の範囲
についてご助言をいただけますでしょうか。

明日午前中にお電話させていただいてもよろしいでしょうか。

{SIG_KASHIWAGI}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="arrest of a named employee (criminal record) sent to shirakawa-law.com, a TLD look-alike of the partner shirakawa-law.jp",
))

# ---------------------------------------------------------------------------------------
# pay-041 … pay-055
# ---------------------------------------------------------------------------------------

_p = people(41, 6)
MESSAGES.append(dict(
    id="pay-041",
    sender="東 沙織 <azuma@hinode-sangyo.co.jp>",
    to=["年調受付 <nencho-box@mail.hinode-sangyo.co.jp>"], cc=["kasai@hinode-sangyo.co.jp"],
    subject="中途入社者6名の個人番号（年調用・社内保管）",
    charset="iso-2022-jp",
    body="""年調受付BOX 各位

今年の中途入社者6名分の個人番号を、年調用の保管フォルダに入れる前に共有します。
取り込み後、このメールは削除してください。

東""",
    attachments=[dict(kind="csv", name="中途入社者_個人番号.csv", encoding="utf-8-sig",
                      rows=[["社員番号", "氏名", "生年月日", "個人番号", "入社日"]]
                      + [[p["emp"], p["name"], seireki(p["y"], p["m"], p["d"], "iso"), my_number(410 + i), f"2025-{4 + i}-01"]
                         for i, p in enumerate(_p)])],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=[],
    note="My Numbers of 6 employees, but sent only to an internal subdomain mailbox (mail.hinode-sangyo.co.jp)",
))

MESSAGES.append(dict(
    id="pay-042",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["大槻 様 <otsuki@kitamura-sr.jp>"],
    subject="外国人雇用状況届出（雇入れ）1件",
    charset="cp932",
    body=f"""大槻様

お世話になっております。森下です。
11月1日付で雇い入れる外国籍社員について、外国人雇用状況の届出（雇用保険取得と同時）をお願いします。

　氏名（ローマ字）：PHAM VAN DUC
　生年月日：1996年8月23日
　国籍：ベトナム
　在留資格：技術・人文知識・国際業務
　在留期間満了日：2028年6月14日
　在留カード番号：TR52840193HA
　資格外活動許可：なし
　配属：埼玉工場 設計課

在留カードの表裏コピーは郵送いたします。

{SIG_MORISHITA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="one foreign employee's residence card number to the 社労士 (identity document)",
))

MESSAGES.append(dict(
    id="pay-043",
    sender="吉見 麻衣 <yoshimi@hinode-sangyo.co.jp>",
    to=["takeshi.kuki1958@yahoo.co.jp", "m-ichinohe@gmail.com", "hiruta.kazuya@docomo.ne.jp",
        "kyoko_wada_55@outlook.jp", "ozaki.tadashi@icloud.com"],
    subject="【日の出会】令和7年度 OB・OG懇親会のご案内",
    charset="utf-8",
    body=f"""日の出会 会員の皆様

ご無沙汰しております。日の出産業 人事部 福利厚生担当の吉見です。
今年度の OB・OG 懇親会を下記のとおり開催いたします。

　日時：11月29日（土）12:00〜14:30
　会場：さくらホテル日本橋 2F「桜の間」
　会費：5,000円（当日受付にて）

ご出欠を11月14日（金）までに、このメールへの返信でお知らせください。
皆様にお会いできるのを楽しみにしております。

{SIG_YOSHIMI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="five retirees' private addresses visible to each other in To: should have been Bcc",
))

_p = people(44, 2, born=(1980, 1999))
MESSAGES.append(dict(
    id="pay-044",
    sender="野々村 剛 <nonomura@hinode-sangyo.co.jp>",
    to=["矢島様 <yajima@tokai-sonpo.co.jp>"],
    subject="労災上乗せ保険 事故報告書の送付",
    charset="iso-2022-jp",
    body=f"""東海損害保険株式会社
矢島様

お世話になっております。日の出産業 埼玉工場の野々村です。
先日お電話でご連絡した洗浄工程での事故について、事故報告書を添付いたします。
労災上乗せ保険（証券番号 TK-7712-40391）でのご対応をお願いいたします。

{SIG_NONOMURA}""",
    attachments=[dict(kind="docx", name="事故報告書_20251017_洗浄工程.docx", title="事故報告書",
                      paragraphs=["事故報告書", "発生日時：2025年10月17日 10時40分頃", "発生場所：埼玉工場 第3棟 洗浄工程",
                                  "発生状況：アルカリ洗浄液の配管継手が外れ、作業中の2名に薬液がかかった。",
                                  "被災者の状況は下表のとおり。いずれも狭山中央病院に救急搬送された。"],
                      tables=[[["被災者氏名", "生年月日", "雇入年月日", "傷病名", "休業見込"],
                               [_p[0]["name"], wareki(_p[0]["y"], _p[0]["m"], _p[0]["d"], "kanji"), "平成30年4月1日",
                                "右前腕 化学熱傷（Ⅱ度）", "約3週間"],
                               [_p[1]["name"], wareki(_p[1]["y"], _p[1]["m"], _p[1]["d"], "kanji"), "令和4年10月1日",
                                "両眼 角膜化学損傷", "約10日"]]])],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX accident report: two named workers with birth dates and injury diagnoses, to an insurer",
))

MESSAGES.append(dict(
    id="pay-045",
    sender="三好 英明 <miyoshi@hinode-sangyo.co.jp>",
    to=["北村社会保険労務士事務所 経理 <keiri@kitamura-sr.jp>"],
    subject="Re: 9月分 顧問料のご請求書について",
    charset="utf-8",
    body=f"""北村社会保険労務士事務所
経理ご担当者様

お世話になっております。日の出産業の三好です。
9月分のご請求書、確かに受領いたしました。

　請求書番号：KSR-2509-0142
　登録番号　：T{corp_number('010001198347')}
　ご請求金額：275,000円（税込）
　内訳　　　：顧問料 165,000円／算定基礎届 電子申請 55,000円／助成金相談 55,000円

10月末日に、貴事務所ご指定の口座（みどり銀行 神田支店 普通 1042876 キタムラシヤカイホケンロウムシジムシヨ）へ
お振込みいたします。

{SIG_MIYOSHI}""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice acknowledgement: an invoice number, the firm's T-number and its business bank account, no individual",
))

_p = people(46, 5, born=(1962, 1990))
_q = "\n".join(f"・{p['name']}（{wareki(p['y'], p['m'], p['d'], 'abbr')}）基礎年金番号 {p['pension']}" for p in _p[:4])
MESSAGES.append(dict(
    id="pay-046",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["大槻 様 <otsuki@kitamura-sr.jp>"],
    subject="Re: 資格取得届 基礎年金番号の件",
    charset="cp932",
    body=f"""大槻様

お世話になっております。森下です。
お問い合わせの件、残り1名分がわかりましたのでお知らせします。

　{_p[4]['name']}（{wareki(_p[4]['y'], _p[4]['m'], _p[4]['d'], 'abbr')}）　基礎年金番号 {_p[4]['pension']}

本人が年金手帳を紛失していたため、ねんきんネットで確認してもらいました。
他の4名は先日お送りしたとおりで変更ありません。

森下

-----Original Message-----
From: 大槻 <otsuki@kitamura-sr.jp>
Sent: Tuesday, April 8, 2025 4:02 PM
To: 森下 千夏 <morishita@hinode-sangyo.co.jp>
Subject: 資格取得届 基礎年金番号の件

森下様

4月入社の資格取得届、下記4名は番号を確認できました。

{_q}

残り1名分の基礎年金番号のご連絡をお待ちしております。
北村社会保険労務士事務所 大槻""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="reply: the quoted part is already theirs, but the new text adds one employee's basic pension number",
))

_p = people(47, 3, born=(1978, 1992))
_deps = []
for p in _p:
    r = p["rng"]
    k = kid(r, p["y"])
    _deps.append((p, k, r.randint(1000, 4999), r.choice(["出生", "出生", "配偶者の就職により削除"])))
_txt = "\n".join(
    f"{i + 1}) 被保険者：{p['name']}（記号 4071 番号 {no}）\n   被扶養者：{p['sei']} {k['mei']}（{k['kana']}）{wareki(k['y'], k['m'], k['d'], 'kanji')}生　事由：{why}"
    for i, (p, k, no, why) in enumerate(_deps))
_html_rows = "".join(
    f"<tr><td>{p['name']}</td><td>4071</td><td>{no}</td><td>{p['sei']} {k['mei']}</td><td>{wareki(k['y'], k['m'], k['d'], 'kanji')}</td><td>{why}</td></tr>"
    for p, k, no, why in _deps)
MESSAGES.append(dict(
    id="pay-047",
    sender="吉見 麻衣 <yoshimi@hinode-sangyo.co.jp>",
    to=["関東機械工業健康保険組合 適用課 <tekiyo@kantokikai-kenpo.or.jp>"],
    subject="被扶養者（異動）届 3件の送付",
    charset="iso-2022-jp",
    body=f"""関東機械工業健康保険組合 適用課 御中

お世話になっております。日の出産業 人事部の吉見です。
被扶養者（異動）届 3件の内容をお送りいたします。原本は本日発送いたしました。

{_txt}

よろしくお願いいたします。
{SIG_YOSHIMI}""",
    html=f"""<html><body>
<p>関東機械工業健康保険組合 適用課 御中</p>
<p>お世話になっております。日の出産業 人事部の吉見です。<br>被扶養者（異動）届 3件の内容をお送りいたします。原本は本日発送いたしました。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>被保険者</th><th>記号</th><th>番号</th><th>被扶養者</th><th>生年月日</th><th>事由</th></tr>
{_html_rows}
</table>
<p>よろしくお願いいたします。</p>
<pre>{SIG_YOSHIMI}</pre>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="text+HTML mail: three insured employees' health insurance card 記号・番号 and children's birth dates",
))

MESSAGES.append(dict(
    id="pay-048",
    sender="葛西 亮 <kasai@hinode-sangyo.co.jp>",
    to=["石黒 様 <ishiguro@payroll-one.co.jp>"],
    subject="通勤手当 個別修正1件（社員番号 10452）",
    charset="cp932",
    body=f"""石黒様

お世話になっております。葛西です。
先日お送りした10月分の通勤手当データのうち、1件だけ修正をお願いします。

　社員番号：10452　纐纈 恵理
　住所：東京都府中市宮西町4-7-11
　経路：京王線 府中 → 新宿 → 東京メトロ丸ノ内線 → 東京 → 日本橋（徒歩）
　6ヶ月定期：78,640円 → 81,220円（経路変更のため）

差額は11月支給分で精算いただければ結構です。

{SIG_KASAI}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one employee's home address and route to the outsourcer: a single record, may warn but must go",
))

_p = people(49, 6, born=(1986, 1996))
_bul = []
for p in _p:
    k = kid(p["rng"], p["y"])
    k["y"] = 2024 if k["y"] < 2023 else k["y"]
    _bul.append(f"・{p['name']}（{p['rng'].choice(['経理部', '第二営業部', '設計課', '品質保証部', '総務課', '人事課'])}）"
                f"　子：{k['mei']}（{'男' if k['sex'] == 'M' else '女'}）{seireki(k['y'], k['m'], k['d'], 'dot')}生　復帰予定 2026年{p['rng'].choice([4, 4, 5, 6])}月")
MESSAGES.append(dict(
    id="pay-049",
    sender="吉見 麻衣 <yoshimi@hinode-sangyo.co.jp>",
    to=["キッズガーデン保育 入園担当 <nyuen@kidsgarden-hoiku.co.jp>"],
    subject="共同利用枠（2026年4月入園）の利用希望者について",
    charset="utf-8",
    body=f"""キッズガーデン保育株式会社
入園ご担当者様

いつもお世話になっております。日の出産業 福利厚生担当の吉見です。
企業主導型保育所の共同利用契約に基づき、2026年4月からの利用を希望する社員をお知らせします。

{chr(10).join(_bul)}

見学のご案内は、各社員に直接お送りいただいて問題ございません。
よろしくお願いいたします。

{SIG_YOSHIMI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="bullet list of 6 employees returning from childcare leave with their children's names and birth dates, to a nursery operator",
))

MESSAGES.append(dict(
    id="pay-050",
    sender="柏木 俊介 <kashiwagi@hinode-sangyo.co.jp>",
    to=["役員各位 <officers@hinode-sangyo.co.jp>"], cc=["miyoshi@hinode-sangyo.co.jp"],
    subject="【社外秘】冬季賞与 原資案（経営会議資料）",
    charset="iso-2022-jp",
    body="""役員各位

【社外秘】

来週の経営会議でご審議いただく冬季賞与の原資案をお送りします。

　案A：平均2.4か月（前年比 +0.1）　原資 約6億1,800万円
　案B：平均2.3か月（前年同水準）　　原資 約5億9,200万円

業績連動部分の算定根拠は添付資料のとおりです（会議後に回収いたします）。

人事部長 柏木""",
    attachments=[dict(kind="pdf", name="冬季賞与原資案.pdf", page_header="社外秘",
                      lines=["2025年度 冬季賞与 原資案", "", "営業利益見込：42.6億円（前年比 +8.1%）",
                             "業績連動係数：1.04"],
                      table=[["案", "平均月数", "原資（百万円）", "前年比"], ["A", "2.4", "618", "+4.4%"], ["B", "2.3", "592", "±0"]])],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 bonus budget, but all recipients are internal",
))

MESSAGES.append(dict(
    id="pay-051",
    sender="片桐 祐介 <katagiri@hinode-sangyo.co.jp>",
    to=["スタッフブリッジ 坂東様 <bando@staffbridge.co.jp>"],
    subject="派遣契約の更新について（品質保証部）",
    charset="cp932",
    body=f"""スタッフブリッジ株式会社
坂東様

いつもお世話になっております。日の出産業の片桐です。
品質保証部でご就業いただいている 栗栖 様 の派遣契約について、
次回（2026年1月1日〜3月31日）も同条件で更新をお願いしたく、ご連絡いたしました。

　就業場所：埼玉工場 品質保証部 検査課
　業務内容：受入検査・検査成績書の作成
　就業時間：8:30〜17:15（休憩60分）
　派遣料金：時間単価 2,350円（変更なし）

抵触日は2027年3月31日と認識しております。
個別契約書をお送りいただけますと幸いです。

{SIG_KATAGIRI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="temp-contract renewal naming one temp worker with only job conditions: ordinary business",
))

_p = people(52, 1, born=(1982, 1988))[0]
MESSAGES.append(dict(
    id="pay-052",
    sender="葛西 亮 <kasai@hinode-sangyo.co.jp>",
    to=["石黒 様 <ishiguro@payroll-one.co.jp>"],
    subject="障害者控除・家族手当加算の設定依頼",
    charset="cp932",
    body=f"""石黒様

お世話になっております。日の出産業の葛西です。
社員から扶養親族の異動申告がありましたので、12月支給分からの設定をお願いします。

　社員：{_p['name']}（{_p['emp']}）
　扶養親族：{_p['sei']} 結翔（長男）　平成30年5月27日生
　内容：療育手帳（A判定）の交付を受けたため、同居特別障害者に該当
　　　　→ 年末調整で障害者控除（同居特別障害者 75万円）
　　　　→ 家族手当の障害児加算（月額 5,000円）

手帳の写しは当社で確認済みです。

{SIG_KASAI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one employee's child with an intellectual-disability certificate (disability = 要配慮), to the outsourcer",
))

MESSAGES.append(dict(
    id="pay-053",
    sender="東 沙織 <azuma@hinode-sangyo.co.jp>",
    to=["錦印刷 データプリント課 <dataprint@nishiki-insatsu.co.jp>"],
    subject="源泉徴収票 発送分の追跡番号について",
    charset="utf-8",
    body=f"""錦印刷株式会社
データプリント課 御中

お世話になっております。日の出産業の東です。
退職者あて源泉徴収票の再発送分のうち、「宛所に尋ねあたりません」で戻ってきたものがありました。
下記の追跡番号について、発送日と差出控えをご確認いただけますでしょうか。

　1. 簡易書留 追跡番号 4712-0583-9926
　2. 簡易書留 追跡番号 4712-0583-9933
　3. 簡易書留 追跡番号 4712-0584-0012

いずれも貴社作業番号 NP-25-1184 で封入・発送いただいた分です。

{SIG_AZUMA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="registered-mail tracking numbers and a job number, no person",
))

_p = people(54, 6, born=(1960, 1999))
MESSAGES.append(dict(
    id="pay-054",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["大槻 様 <otsuki@kitamura-sr.jp>"],
    subject="9月退職者 資格喪失届一式",
    charset="iso-2022-jp",
    body=f"""大槻様

森下です。9月末退職者6名分の資格喪失届の元データと、保険証回収状況をZIPでお送りします。
2名分の保険証がまだ回収できておりませんので、回収不能届での処理をご検討ください。

{SIG_MORISHITA}""",
    attachments=[dict(kind="zip", name="喪失届_202509.zip", files=[
        dict(kind="xlsx", name="喪失届データ.xlsx", sheets={"喪失": [
            ["氏名", "フリガナ", "生年月日", "基礎年金番号", "保険証記号", "保険証番号", "喪失年月日", "喪失原因"]]
            + [[p["name"], p["kana"], seireki(p["y"], p["m"], p["d"], "slash1"), p["pension"], "4071", p["bango"], "2025/10/1", "退職"]
               for p in _p]}),
        dict(kind="pdf", name="保険証回収状況.pdf", lines=["保険証回収状況（2025年10月8日時点）"],
             table=[["氏名", "本人", "被扶養者", "備考"]]
             + [[p["name"], "回収済" if i not in (2, 5) else "未回収", "回収済" if i % 2 else "なし", ""] for i, p in enumerate(_p)])])],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="ZIP (not encrypted) with XLSX of 6 leavers' pension and insurance card numbers plus a PDF status list",
))

MESSAGES.append(dict(
    id="pay-055",
    sender="葛西 亮 <kasai@hinode-sangyo.co.jp>",
    to=["松永様 <matsunaga@midori-ginkou.co.jp>"],
    subject="退職金振込（2件）の指定日について",
    charset="cp932",
    body=f"""みどり銀行 日本橋支店
松永様

お世話になっております。葛西です。
退職金の振込2件について、先ほどお電話でお話しした内容をお送りします。

　1. 東海林 光男　みどり銀行 川口支店 普通 6120483　ｼﾖｳｼﾞ ﾐﾂｵ　金額 18,420,000円
　2. 百目鬼 陽子　東都銀行 町田支店 普通 2093751　ﾄﾞｳﾒｷ ﾖｳｺ　金額 6,975,300円

振込指定日は11月10日でお願いいたします。

{SIG_KASAI}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="two retirees' bank accounts sent to midori-ginkou.co.jp, a look-alike of the partner bank midori-ginko.co.jp",
))

# ---------------------------------------------------------------------------------------
# pay-056 … pay-070
# ---------------------------------------------------------------------------------------

_p = people(56, 6, born=(1972, 1996), places=[pl for pl in _PLACES if pl[0] in ("大阪府", "兵庫県")])
_rows = "\n".join(
    f"{i + 1}. {p['roma']}  (DOB {seireki(p['y'], p['m'], p['d'], 'us')})\n"
    f"   Current home: {p['addr']}\n"
    f"   Household: {p['rng'].choice(['single', 'spouse', 'spouse + 1 child', 'spouse + 2 children'])}  /  Move-in: {p['rng'].choice(['late Dec', 'early Jan', 'mid Jan'])}"
    for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="pay-056",
    sender="Aya Otsuka <otsuka@hinode-sangyo.co.jp>",
    to=["Meridian Relocation Japan <tokyo-desk@meridian-reloc.com>"],
    subject="Relocation support request - 6 transferees Osaka -> Tokyo (Jan 2026)",
    charset="utf-8",
    body=f"""Dear Tokyo Desk team,

Thank you for the proposal last week. We would like to go ahead with the standard relocation
package for the following six employees transferring from our Osaka branch to the Tokyo head
office on 5 January 2026. Their current home addresses are given for the move-out survey.

{_rows}

Please contact them through me for now; I will share their mobile numbers once they have agreed.

Best regards,
Aya Otsuka
General Affairs, Osaka Branch, Hinode Sangyo Co., Ltd.
Tel +81-6-6341-2250""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="English list: 6 transferees in romaji with birth dates and Japanese home addresses to a relocation firm",
))

MESSAGES.append(dict(
    id="pay-057",
    sender="東 沙織 <azuma@hinode-sangyo.co.jp>",
    to=["田辺 様 <tanabe@tanabe-tax.jp>"],
    subject="退職所得の受給に関する申告書の内容（役員退任分）",
    charset="iso-2022-jp",
    body=f"""田辺先生

お世話になっております。日の出産業の東です。
6月に退任した外山顧問（元取締役）の退職所得について、申告書の記載内容をテキストにまとめました。
源泉徴収税額の計算のご確認をお願いいたします。

{SIG_AZUMA}""",
    attachments=[dict(kind="txt", name="退職所得申告書_外山.txt", encoding="cp932", text=f"""退職所得の受給に関する申告書（記載内容）
氏名　　　：外山 勝彦（トヤマ カツヒコ）
個人番号　：{my_number(57)}
住所　　　：神奈川県鎌倉市由比ガ浜2丁目9番14号
生年月日　：昭和33年1月30日
勤続期間　：昭和55年4月1日〜令和7年6月25日（46年）
うち役員等勤続期間：平成24年6月〜令和7年6月（14年）
退職手当等の支払金額：62,400,000円
前年以前4年内の退職手当等：なし
""")],
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="an attached CP932 text file with one former director's My Number and address, to the tax accountant",
))

MESSAGES.append(dict(
    id="pay-058",
    sender="片桐 祐介 <katagiri@hinode-sangyo.co.jp>",
    to=["坂東 様 <bando@staffbridge.co.jp>"],
    subject="Re: 就業時間の調整のご相談（ラマダン期間）",
    charset="cp932",
    body=f"""坂東様

ご相談ありがとうございます。片桐です。
ご連絡いただいた件、現場と調整しました。

設計課に来ていただいている ハリム・アジズ さんについて、イスラム教の断食月（ラマダン）の期間中は、
　・勤務時間を 7:30〜16:15 に前倒し
　・金曜日は 12:00〜13:00 を礼拝のための休憩とし、その分を終業後に振替
とすることで問題ありません。礼拝場所として 2F 小会議室B を空けておきます。

就業条件明示の変更が必要であれば、書面をお送りください。

{SIG_KATAGIRI}

> 弊社スタッフの件で、宗教上の理由による就業時間の調整をお願いできないかご相談です。
> スタッフブリッジ 坂東""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="new text ties a named temp worker to his religion (イスラム教): 要配慮個人情報 of one person, external",
))

MESSAGES.append(dict(
    id="pay-059",
    sender="Saori Azuma <azuma@hinode-sangyo.co.jp>",
    to=["Global Payroll Team <gp-apac@atlaspayroll.com>"],
    subject="Japan payroll calendar FY2026 and year-end cut-off",
    charset="utf-8",
    body=f"""Hi team,

As requested, here is the Japan payroll calendar for FY2026 (April 2026 - March 2027).

  Pay day ............ 25th of each month (previous business day if it falls on a holiday)
  Input cut-off ...... 10th of each month, 18:00 JST
  Bonus pay days ..... 10 July 2026 and 10 December 2026
  Year-end adjustment  processed in the December salary; employee declarations due 14 Nov

Please note that 23-25 December is a blackout period for changes to the shadow payroll.
Reference: SOW #APAC-JP-0417, change request CR-2026-003.

Kind regards,
Saori Azuma
Payroll Group, HR Department, Hinode Sangyo Co., Ltd.
{DISCLAIMER_EN}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English calendar mail with contract references and the standard confidentiality disclaimer",
))

MESSAGES.append(dict(
    id="pay-060",
    sender="三好 英明 <miyoshi@hinode-sangyo.co.jp>",
    to=["HRコンパス 吉川様 <yoshikawa@hr-compass.co.jp>"],
    subject="評価制度見直し：昨年度の評価分布データ",
    charset="utf-8",
    body=f"""HRコンパス株式会社
吉川様

お世話になっております。日の出産業の三好です。
評価制度見直しプロジェクトの初回ワークショップに向けて、昨年度の評価分布をお送りします。
個人が特定されないよう、等級・部門単位の集計のみとしています。

等級  | S  | A  | B   | C  | D | 計
------+----+----+-----+----+---+----
M1-M2 |  4 | 11 |  19 |  3 | 0 |  37
S1-S3 |  9 | 38 |  96 | 14 | 2 | 159
J1-J3 |  6 | 29 | 112 | 21 | 4 | 172
------+----+----+-----+----+---+----
計    | 19 | 78 | 227 | 38 | 6 | 368

※製造部門の S 評価が少ない点は、ワークショップで議論させてください。

{SIG_MIYOSHI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregated appraisal distribution (counts only) to an HR consultancy",
))

_p = people(61, 7)
MESSAGES.append(dict(
    id="pay-061",
    sender="葛西 亮 <kasai@hinode-sangyo.co.jp>",
    to=["ishiguro@payroll-one.co.jp"],
    subject="住所変更者（10月受付分）",
    charset="cp932",
    body="""石黒様

10月受付分の住所変更者です。いつものレイアウト（ヘッダなし）で作っています。
住民税の通知先変更もあわせてお願いします。

葛西""",
    attachments=[dict(kind="csv", name="jusho_henko_10.csv", encoding="cp932",
                      rows=[[p["emp"], p["name"], p["kana"], p["zip"].replace("-", ""), p["addr"], p["tel"] if i % 3 else p["mobile"], "2025/10/" + f"{p['rng'].randint(1, 31):02d}"]
                            for i, p in enumerate(_p)])],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="header-less CP932 CSV of 7 employees' names, new home addresses and phones to the outsourcer",
))

MESSAGES.append(dict(
    id="pay-062",
    sender="三好 英明 <miyoshi@hinode-sangyo.co.jp>",
    to=["吉川様 <yoshikawa@hr-compass.co.jp>"],
    subject="ワークショップ資料：現行の組織体制",
    charset="iso-2022-jp",
    body=f"""吉川様

お世話になっております。三好です。
ワークショップ冒頭でご説明いただく際の参考に、現行の組織体制の資料をお送りします。
役職者のみ記載しています。

{SIG_MIYOSHI}""",
    attachments=[dict(kind="pptx", name="組織体制_2025年10月.pptx", page_footer="社外秘　日の出産業株式会社",
                      slides=[["日の出産業 組織体制（2025年10月1日現在）", "代表取締役社長　朝比奈 正樹", "取締役 管理本部長　一戸 隆之",
                               "取締役 営業本部長　日下部 康弘"],
                              ["管理本部", "人事部長　柏木 俊介", "労務課長　三好 英明", "経理部長　乙部 浩二", "総務部長　弓削 健一"],
                              ["営業本部", "第一営業部長　小松 哲郎", "第二営業部長　日下部 康弘（兼）", "大阪支店長　土師 圭"]])],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="org chart (names and titles only) in a PPTX whose footer is stamped 社外秘, to a consultancy",
))

MESSAGES.append(dict(
    id="pay-063",
    sender="及川 直人 <oikawa@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入チーム 村瀬様 <murase@tsubasa-system.jp>"],
    subject="ワークフロー承認経路の設定用 組織図",
    charset="iso-2022-jp",
    body="""村瀬様

お世話になっております。日の出産業 情報システム部の及川です。
勤怠ワークフローの承認経路の設定にあたり、管理本部の組織図をテキストでお送りします。
（承認者のアカウントは先日お送りしたIDのとおりです）

管理本部（本部長：一戸 隆之）
├─ 人事部（部長：柏木 俊介）
│　 ├─ 人事課（課長：九鬼 恵理）
│　 └─ 労務課（課長：三好 英明）
├─ 経理部（部長：乙部 浩二）
│　 └─ 主計課（課長：乙部 和也）
└─ 総務部（部長：弓削 健一）
　　 └─ 総務課（係長：弓削 朋美）

第一承認者は課長、第二承認者は部長、残業申請が月45時間を超える場合のみ本部長まで回す設定でお願いします。

--
日の出産業株式会社 情報システム部 及川 直人
TEL 03-3271-4760""",
    expect="pass",
    entities=[],
    detectors=[],
    note="organisation chart with names and titles only (no marking) to the system vendor",
))

MESSAGES.append(dict(
    id="pay-064",
    sender="三好 英明 <miyoshi@hinode-sangyo.co.jp>",
    to=["白川先生 <shirakawa@shirakawa-law.jp>"], cc=["北村先生 <kitamura@kitamura-sr.jp>"],
    subject="就業規則（懲戒規定）改定の打合せについて",
    charset="cp932",
    body=f"""白川先生
（cc：北村先生）

いつもお世話になっております。日の出産業の三好です。
懲戒規定の改定について、法務面を白川先生、労務手続面を北村先生にご確認いただきたく、
三者で打合せの機会をいただけますでしょうか。

　候補：11月12日（水）15時〜／11月14日（金）10時〜
　場所：白川法律事務所様 会議室（伺います）

改定案（第3版）は前日までにお送りいたします。

{SIG_MIYOSHI}
{DISCLAIMER_JA}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="meeting request to a law firm and a 社労士: two external organisations, no personal data",
))

MESSAGES.append(dict(
    id="pay-065",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["北村 先生 <kitamura@kitamura-sr.jp>", "大槻 様 <otsuki@kitamura-sr.jp>"],
    cc=["北村事務所 事務局 <jimu@kitamura-sr.jp>"],
    subject="キャリアアップ助成金の申請スケジュール",
    charset="utf-8",
    body=f"""北村先生、大槻様
（cc：事務局様）

お世話になっております。森下です。
キャリアアップ助成金（正社員化コース）の申請スケジュールを整理しました。

　10月31日　転換後6か月分の賃金支払完了
　11月10日　賃金台帳・出勤簿を貴事務所へ送付
　11月28日　支給申請（期限 12月30日）

対象者の情報は、確定後に別途お送りします。
よろしくお願いいたします。

{SIG_MORISHITA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="three addresses but all at the same 社労士 office (one external party), schedule only",
))

_bcc = ["kanae.oikawa.1960@yahoo.co.jp", "t-hasebe@gmail.com", "k.mizuno58@icloud.com", "yoshio-k@ezweb.ne.jp",
        "sakura.h.1962@outlook.jp", "nobu.ishida@softbank.ne.jp", "hiromi_m_1961@yahoo.co.jp", "eiji.kurisu@gmail.com"]
MESSAGES.append(dict(
    id="pay-066",
    sender="東 沙織 <azuma@hinode-sangyo.co.jp>",
    to=["東 沙織 <azuma@hinode-sangyo.co.jp>"], bcc=_bcc,
    subject="源泉徴収票の送付について（令和7年中に退職された皆様へ）",
    charset="iso-2022-jp",
    body=f"""令和7年中に退職された皆様

日の出産業株式会社 人事部 給与グループの東です。
在職中は大変お世話になりました。

令和7年分の源泉徴収票を、本日ご登録のご住所あてに簡易書留で発送いたしました。
転居などで届かない場合は、お手数ですが下記までご連絡ください。

なお、本メールは一斉送信のため、BCCでお送りしております。

日の出産業株式会社 人事部 給与グループ
TEL 03-3271-4813（平日 9:00〜17:30）""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="notice to 8 former employees on free mail, correctly in Bcc (To is the sender)",
))

MESSAGES.append(dict(
    id="pay-067",
    sender="吉見 麻衣 <yoshimi@hinode-sangyo.co.jp>",
    to=["日本DC管理 セミナー事務局 <seminar@nihon-dc-kanri.co.jp>"],
    subject="確定拠出年金 投資教育セミナー（11/18）参加者",
    charset="utf-8",
    body=f"""日本DC管理株式会社
セミナー事務局 御中

お世話になっております。日の出産業の吉見です。
11月18日の継続投資教育セミナー（オンライン）の参加者4名をお知らせします。
当日の接続トラブル時の連絡先として、携帯番号も記載しております。

　・猪股 正樹　　090-6618-2047
　・薬師寺 遥　　080-3352-7190
　・金城 修平　　070-2281-5536
　・雲井 沙也加　090-4127-8803

視聴URLは、参加者に直接お送りいただけますと幸いです。

{SIG_YOSHIMI}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four attendees with mobile numbers (under five people): may warn, must go",
))

_p = people(68, 15)
_txt = "\n".join(
    f"{p['emp']:<8}{pad(p['name'], 14)}{p['zip']}  {pad(p['addr'], 58)}{p['rng'].randint(180, 520) * 1000 + p['rng'].randint(0, 999):>9,}"
    for p in _p)
MESSAGES.append(dict(
    id="pay-068",
    sender="東 沙織 <azuma@hinode-sangyo.co.jp>",
    to=["錦印刷 データプリント課 <dataprint@nishiki-insatsu.co.jp>"],
    subject="11月分 給与明細 郵送分の印刷データ（作業番号 NP-25-1302）",
    charset="cp932",
    body=f"""錦印刷株式会社
データプリント課 御中

お世話になっております。日の出産業の東です。
休職中などで郵送が必要な社員の、11月分給与明細の印刷データをお送りします。
レイアウトは前回と同じ固定長テキストです（15件）。

圧着はがき形式で、11月21日発送にてお願いいたします。

{SIG_AZUMA}""",
    attachments=[dict(kind="txt", name="meisai_yuso_202511.txt", encoding="cp932", text=_txt)],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="fixed-width text attachment: 15 employees' names, home addresses and net pay to the printer",
))

MESSAGES.append(dict(
    id="pay-069",
    sender="片桐 祐介 <katagiri@hinode-sangyo.co.jp>",
    to=["坂東 様 <bando@staffbridge.co.jp>"],
    subject="年末年始の計画年休と派遣スタッフの皆様の就業日について",
    charset="iso-2022-jp",
    body=f"""坂東様

いつもお世話になっております。日の出産業の片桐です。
当社では年末年始に計画的付与による年次有給休暇を設定しており、工場は下記のとおり休業となります。

　休業期間：12月27日（土）〜1月5日（月）
　うち計画年休：12月29日、12月30日、1月5日

派遣スタッフの皆様は当社の計画年休の対象外のため、この期間は就業日なしとなります。
貴社側での有給休暇の取り扱いについて、スタッフの皆様へのご案内をお願いできますでしょうか。

{SIG_KATAGIRI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="policy mail about planned leave to a temp agency, nobody named",
))

_p = people(70, 6, born=(1985, 2001))
MESSAGES.append(dict(
    id="pay-070",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["ビジネス研修センター 受付 <uketsuke@biz-kenshu.co.jp>"],
    subject="新任主任研修（12/4・5）受講者の登録",
    charset="utf-8",
    body=f"""ビジネス研修センター
受付ご担当者様

お世話になっております。日の出産業の森下です。
12月4日・5日の新任主任研修に、下記6名を登録いたします。

""" + "\n".join(f"　{p['emp']}　{p['name']}（{p['kana']}）　{p['rng'].choice(['第一営業部', '設計課', '製造一課', '物流課', '経理部'])}" for p in _p) + f"""

請求書は人事部あてにお願いいたします。

{SIG_MORISHITA}""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="six trainees with employee numbers and departments only (no contact data): a list or just business registration",
))

# ---------------------------------------------------------------------------------------
# pay-071 … pay-085
# ---------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="pay-071",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["三好 英明 <miyoshi@hinode-sangyo.co.jp>", "片桐 祐介 <katagiri@hinode-sangyo.co.jp>"],
    subject="FW: 【取扱注意】是正勧告への対応方針（北村事務所より）",
    charset="utf-8",
    body="""三好課長、片桐さん

北村先生から是正勧告への対応方針が届きました。
取扱注意とのことなので、社内でもこの3人までにとどめてください。

---------- Forwarded message ---------
From: 北村 <kitamura@kitamura-sr.jp>
Date: 2025年10月21日(火) 18:05
Subject: 【取扱注意】是正勧告への対応方針
To: 森下 千夏 <morishita@hinode-sangyo.co.jp>

森下様

【取扱注意】

先日の臨検で指摘された3点について、対応方針をまとめました。
1. 埼玉工場の休憩時間の一斉付与（労基法34条）→ 労使協定の締結で対応
2. 設計課の月100時間超の時間外労働（36協定 特別条項違反）→ 業務配分の見直しと是正報告
3. 賃金台帳の記載不備（深夜労働時間数）→ 給与システム帳票の修正

是正報告の期限は11月20日です。
北村""",
    expect="pass",
    entities=[],
    detectors=[],
    note="forward of a 取扱注意 mail, but only to internal colleagues",
))

_p = people(72, 5, born=(1986, 1997))
_rows = [["氏名", "社員番号", "子の氏名", "子の生年月日", "育休開始日", "当初終了日", "延長後終了日", "延長事由"]]
for p in _p:
    k = kid(p["rng"], p["y"])
    km, kd = p["rng"].choice([10, 11]), max(k["d"], 2)
    start = f"2024/{km}/{kd}" if not p["female"] else f"2024/{12 if km == 10 else 1}/{kd}（産後休業後）".replace("2024/1/", "2025/1/")
    _rows.append([p["name"], p["emp"], f"{p['sei']} {k['mei']}", f"2024/{km}/{kd}", start,
                  f"2025/{km}/{kd - 1}", f"2026/{km - 6}/{kd - 1}", "保育所入所不承諾"])
MESSAGES.append(dict(
    id="pay-072",
    sender="吉見 麻衣 <yoshimi@hinode-sangyo.co.jp>",
    to=["大槻 様 <otsuki@kitamura-sr.jp>"],
    subject="育児休業の延長（1歳6か月まで）5名分",
    charset="iso-2022-jp",
    body=f"""大槻様

いつもお世話になっております。日の出産業の吉見です。
保育所に入所できなかったため、育児休業を1歳6か月まで延長する社員が5名おります。
育児休業給付金の延長申請をお願いいたします。一覧をCSVで添付します。

入所不承諾通知書の写しは、本日レターパックで発送しました。

{SIG_YOSHIMI}""",
    attachments=[dict(kind="csv", name="育休延長_5名.csv", rows=_rows, encoding="utf-8-sig")],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 5 employees on childcare leave with children's names and birth dates, to the 社労士",
))

MESSAGES.append(dict(
    id="pay-073",
    sender="葛西 亮 <kasai@hinode-sangyo.co.jp>",
    to=["松永 様 <matsunaga@midori-ginko.co.jp>"], cc=["石黒 様 <ishiguro@payroll-one.co.jp>"],
    subject="総合振込データ（全銀フォーマット）の仕様確認",
    charset="cp932",
    body=f"""みどり銀行 松永様
（cc：ペイロール・ワン 石黒様）

お世話になっております。日の出産業の葛西です。
来月からペイロール・ワン様の給与システムで振込データを作成するにあたり、
全銀フォーマット（120バイト固定長）の仕様を確認させてください。

1. ヘッダーレコードの「委託者コード」は、従来どおり 0018440200 でよいか
2. 文字コードは JIS8 と EBCDIC のどちらで受け付けていただけるか
3. テスト送信用のダミーデータは、下記のような1件で問題ないか

　2,0001,ﾐﾄﾞﾘｷﾞﾝｺｳ      ,001,ﾎﾝﾃﾝ          ,0000,1,0000001,ﾃｽﾄ ﾀﾛｳ,1,...

ご回答をお待ちしております。

{SIG_KASAI}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="file-format question to the bank with the outsourcer in Cc (two organisations); only a dummy test record",
))

MESSAGES.append(dict(
    id="pay-074",
    sender="片桐 祐介 <katagiri@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    subject="36協定アラートの閾値設定について（お客様番号 HS-20417）",
    charset="utf-8",
    body=f"""ツバサシステム サポートデスク御中

お世話になっております。日の出産業の片桐です。
36協定アラートの閾値設定画面について質問です（画面キャプチャを添付します）。

特別条項の「年6回」のカウントを、暦月ではなく当社の締め日（15日締め）基準で
判定させることは可能でしょうか。現状の設定だと月をまたぐ申請が二重にカウントされるようです。

バージョン：Tsubasa勤怠 Cloud 5.8.2
環境：本番テナント hinode-prod

{SIG_KATAGIRI}""",
    attachments=[dict(kind="png", name="alert_setting.png")],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="ordinary support question but sent to tsubasa-sytem.jp, a one-letter look-alike of the partner tsubasa-system.jp",
))

MESSAGES.append(dict(
    id="pay-075",
    sender="野々村 剛 <nonomura@hinode-sangyo.co.jp>",
    to=["大槻 様 <otsuki@kitamura-sr.jp>"],
    subject="Re: 休業補償給付の請求時期について",
    charset="iso-2022-jp",
    body=f"""大槻様

ご回答ありがとうございます。野々村です。
先日ご相談した件、病院から休業見込みが11月末まで延びるとの話がありました。
ご助言のとおり、休業補償給付は1か月ごとにまとめて請求する形で進めます。

10月分の賃金台帳と出勤簿の写しは、締め後の11月5日頃にお送りします。

{SIG_NONOMURA}

> 休業が長期になる場合は、1か月単位で請求いただくのが一般的です。
> 北村社会保険労務士事務所 大槻""",
    expect="pass",
    entities=[],
    detectors=[],
    note="follow-up about a work-injury claim with no name and no diagnosis",
))

MESSAGES.append(dict(
    id="pay-076",
    sender="三好 英明 <miyoshi@hinode-sangyo.co.jp>",
    to=["北村 先生 <kitamura@kitamura-sr.jp>"],
    subject="休職者3名の状況と復職判断のご相談",
    charset="cp932",
    body=f"""北村先生

お世話になっております。三好です。
現在休職中の3名について、状況をご報告し、復職手続きのご相談をさせてください。

まず製造二課の蛭田さんは、8月に腰椎椎間板ヘルニアの手術を受け、主治医からは12月から軽作業なら可との意見が出ています。
工場にはデスクワーク中心の職場がないため、どう扱うべきか悩んでおります。

経理部の朝比奈さんは、うつ病で2回目の休職中です。休職期間満了が来年1月15日に迫っており、
満了時に自然退職とすることの可否について、先生のお考えを伺いたいです。

品質保証部の鶴田さんは乳がんの治療（化学療法）中で、本人から短時間勤務での復職を希望する申出がありました。
治療と仕事の両立支援プランを作成したいと考えております。

来週、お時間をいただけますでしょうか。

{SIG_MIYOSHI}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="prose, no labels: three named employees with their diagnoses (ヘルニア, うつ病, 乳がん) to the 社労士",
))

_p = people(77, 8)
_rows = "\n".join(f"{p['kana']}\t{p['bank']}\t{p['branch']}\t{p['acct_type']}\t{p['acct']}\t{p['rng'].randint(480, 1450) * 1000:,}"
                  for p in _p)
MESSAGES.append(dict(
    id="pay-077",
    sender="葛西 亮 <kasai@hinode-sangyo.co.jp>",
    to=["松永 様 <matsunaga@midori-ginko.co.jp>"],
    subject="賞与振込 取込エラー分（8件）の個別振込のお願い",
    charset="iso-2022-jp",
    body=f"""松永様

お世話になっております。日の出産業の葛西です。
本日送信した賞与の総合振込データのうち、下記8件が取込エラーとなりました。
支給日に間に合わせるため、個別振込での対応をお願いできますでしょうか。

受取人名\t銀行\t支店\t科目\t口座番号\t金額
{_rows}

振込依頼書は、本日中に窓口へお持ちいたします。

{SIG_KASAI}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="tab-separated list of 8 payees (kana name, bank, branch, account number, amount) to the partner bank",
))

MESSAGES.append(dict(
    id="pay-078",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["ジョブリーフ 掲載担当 川端様 <kawabata@jobleaf.jp>"],
    subject="求人原稿の修正（経理スタッフ／日本橋本社）",
    charset="utf-8",
    body=f"""ジョブリーフ株式会社
川端様

お世話になっております。日の出産業の森下です。
来週から掲載予定の求人原稿について、下記のとおり修正をお願いします。

【職種】経理スタッフ（月次決算・給与計算補助）
【給与】月給 26万円〜38万円（経験・能力を考慮）／賞与年2回（前年実績 4.8か月）
【勤務地】東京都中央区日本橋2-11-5（各線「日本橋」駅 徒歩3分）
【勤務時間】9:00〜17:30（フレックスタイム制あり、コアタイム 10:00〜15:00）
【休日】完全週休2日制（土日祝）、年間休日125日
【応募先】人事部 採用担当（TEL 03-3271-4800／recruit@hinode-sangyo.co.jp）

原稿番号：JL-2025-118842
掲載開始：11月4日（火）

{SIG_MORISHITA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="job advertisement text with the company's own address and recruiting contact",
))

MESSAGES.append(dict(
    id="pay-079",
    sender="吉見 麻衣 <yoshimi@hinode-sangyo.co.jp>",
    to=["ふくりプラザ 法人サポート <houjin@fukuri-plaza.jp>"],
    subject="会員ID HS-3391207 のカード決済エラーについて",
    charset="utf-8",
    body=f"""ふくりプラザ 法人サポート御中

お世話になっております。日の出産業 福利厚生担当の吉見です。
当社社員から、宿泊補助メニューの予約時にカード決済がエラーになるとの申し出がありました。
本人の了承を得て、決済情報をお伝えします。調査をお願いできますでしょうか。

　会員ID：HS-3391207
　氏名：生田目 智恵（なまため ちえ）
　カード番号：{card_number(79)}
　有効期限：08/28
　エラー表示：「E-4021 ご利用のカードはお取り扱いできません」

{SIG_YOSHIMI}""",
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="an employee's credit card number in the body to a benefits provider",
))

MESSAGES.append(dict(
    id="pay-080",
    sender="吉見 麻衣 <yoshimi@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 小野寺様 <banquet@sakura-hotel.jp>"],
    subject="永年勤続表彰式（12/5）の席次と進行について",
    charset="iso-2022-jp",
    body=f"""さくらホテル
宴会予約 小野寺様

いつもお世話になっております。日の出産業の吉見です。
12月5日の永年勤続表彰式について、席次と進行を確定しましたのでお送りします。

■被表彰者（メインテーブル、向かって左から）
　勤続35年　神蔵 哲郎
　勤続30年　千田 由美子
　勤続30年　猪股 光男
　勤続25年　仲宗根 健一

■進行
　18:00 開会／社長挨拶
　18:10 表彰（記念品は会場後方のテーブルに事前に置かせてください）
　18:40 乾杯・会食
　20:00 閉会

参加人数は48名（うち役員6名）で変更ありません。
ご請求は見積番号 SK-E-25-0877 でお願いいたします。

{SIG_YOSHIMI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="banquet arrangements naming four honourees with years of service only",
))

_p = people(81, 3, born=(1955, 1964))
_blk = "\n".join(f"　{i + 1}) {p['name']} 様　〒{p['zip']} {p['addr']}" for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="pay-081",
    sender="東 沙織 <azuma@hinode-sangyo.co.jp>",
    to=["錦印刷 データプリント課 <dataprint@nishiki-insatu.co.jp>"],
    subject="源泉徴収票 再発送（3件）のお願い",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社 データプリント課御中

お世話になっております。日の出産業の東です。
先日、宛先不明で戻ってきた退職者あて源泉徴収票3件について、
ご本人から新住所の連絡がありましたので、再発送をお願いします。

{_blk}

封入物は前回と同じです（作業番号 NP-25-1184）。

{SIG_AZUMA}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="three retirees' home addresses sent to nishiki-insatu.co.jp: look-alike (insatu/insatsu) of the partner printer",
))

_p = people(82, 6, born=(1963, 1970))
_q = "\n".join(f"> {d}  {t}  {p['name']} 様（{p['mobile']}）" for p, d, t in
               zip(_p, ["11/11", "11/11", "11/12", "11/12", "11/13", "11/13"], ["10:00", "14:00", "10:00", "14:00", "10:00", "14:00"]))
MESSAGES.append(dict(
    id="pay-082",
    sender="柏木 俊介 <kashiwagi@hinode-sangyo.co.jp>",
    to=["宇佐美様 <usami@career-next.co.jp>"],
    subject="Re: 初回面談スケジュール（第2次応募者）",
    charset="utf-8",
    body=f"""宇佐美様

ありがとうございます。柏木です。
面談スケジュール、承知しました。当日は本社7Fの応接室2を3日間とも押さえております。
受付には私の名前でお申し付けください。

柏木

On Mon, Nov 3, 2025 at 5:41 PM 宇佐美 <usami@career-next.co.jp> wrote:
> 柏木様
>
> 第2次応募者の皆様との初回面談を、下記のとおり調整いたしました。
> いずれもご本人の携帯に確認済みです。
>
{_q}
>
> 会場のご手配をお願いできますでしょうか。
> キャリアネクスト 宇佐美""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply: the six names and mobiles are only in text quoted from the outplacement firm's own mail",
))

_p = people(83, 5, born=(1960, 1966))
_tbl = [["氏名", "生年月日", "基礎年金番号", "勤続年数", "退職日", "DC移換額（円）"]]
for p in _p:
    _tbl.append([p["name"], wareki(p["y"], p["m"], p["d"], "kanji"), p["pension"], f"{p['rng'].randint(20, 38)}年{p['rng'].randint(0, 11)}か月",
                 "令和7年9月30日", f"{p['rng'].randint(2800, 9800) * 1000 + p['rng'].randint(0, 999):,}"])
MESSAGES.append(dict(
    id="pay-083",
    sender="東 沙織 <azuma@hinode-sangyo.co.jp>",
    to=["日本DC管理 加入者サービス <kanyusha@nihon-dc-kanri.co.jp>"],
    subject="退職者の資産移換に関する事業主報告（5名）",
    charset="utf-8",
    body=f"""日本DC管理株式会社
加入者サービスご担当者様

いつもお世話になっております。日の出産業の東です。
9月末の早期退職者5名について、退職金制度からの移換額を記載した事業主報告書を添付いたします。

{SIG_AZUMA}""",
    attachments=[dict(kind="docx", name="事業主報告書_移換_202509.docx", title="事業主報告書",
                      paragraphs=["事業主報告書（退職金制度からの資産移換）", "事業主：日の出産業株式会社　規約番号：DC-0418-77",
                                  "下記の加入者について、退職に伴う資産移換額を報告します。"],
                      tables=[_tbl], page_footer="日の出産業株式会社 人事部")],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of 5 retirees with birth dates, basic pension numbers and amounts to the DC provider",
))

MESSAGES.append(dict(
    id="pay-084",
    sender="吉見 麻衣 <yoshimi@hinode-sangyo.co.jp>",
    to=["関東機械工業健康保険組合 保健事業課 <hoken@kantokikai-kenpo.or.jp>"],
    subject="特定保健指導の実施計画用 被保険者数（年齢階層別）",
    charset="iso-2022-jp",
    body=f"""関東機械工業健康保険組合
保健事業課 ご担当者様

お世話になっております。日の出産業の吉見です。
来年度の特定保健指導の実施計画用に、10月1日現在の被保険者数をお知らせします。

　年齢階層　　男性　　女性　　計
　40〜44歳　　 38　　 17　　 55
　45〜49歳　　 46　　 21　　 67
　50〜54歳　　 52　　 14　　 66
　55〜59歳　　 41　　 11　　 52
　60〜64歳　　 23　　　6　　 29
　65〜74歳　　　9　　　2　　 11

事業所別の内訳が必要でしたらお申し付けください。

{SIG_YOSHIMI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="head counts by age band only, no individual",
))

MESSAGES.append(dict(
    id="pay-085",
    sender="日下部 康弘 <kusakabe@hinode-sangyo.co.jp>",
    to=["熊田様 <kumada@kawasaki-denki.co.jp>"],
    subject="新ライン立上げ支援の人員体制について",
    charset="cp932",
    body="""川崎電機株式会社
購買部 熊田様

いつもお世話になっております。日の出産業の日下部です。
新ライン立上げ支援の人員体制について、一点お詫びとご相談がございます。

当初ご提案していた技術担当の佐伯と比嘉の2名ですが、いずれも体調を崩して現在休職中で、
復帰時期の見通しが立っておりません。
代わりに設計課の神蔵・一戸の2名で対応させていただきたく、ご了承いただけますでしょうか。

経歴書は改めてお送りいたします。

日の出産業株式会社 第二営業部 部長
日下部 康弘
TEL 03-3271-4740""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="tells a client that two named staff are on sick leave (体調不良, no diagnosis): health info or ordinary staffing news",
))

# ---------------------------------------------------------------------------------------
# pay-086 … pay-100
# ---------------------------------------------------------------------------------------

_ts_rows = "".join(
    f"<tr><td>{n}</td>" + "".join(f"<td>{h}</td>" for h in hs) + f"<td>{sum(float(x) for x in hs):.2f}</td></tr>"
    for n, hs in [("樋渡 奈々", ["7.75", "7.75", "8.50", "7.75", "7.75"]),
                  ("ハリム・アジズ", ["7.75", "7.75", "7.75", "7.75", "6.50"]),
                  ("栗栖 千尋", ["7.75", "9.00", "7.75", "7.75", "7.75"])])
MESSAGES.append(dict(
    id="pay-086",
    sender="片桐 祐介 <katagiri@hinode-sangyo.co.jp>",
    to=["スタッフブリッジ 勤怠受付 <kintai@staffbridge.co.jp>"],
    subject="派遣スタッフ 就業実績（10/27〜10/31）",
    charset="utf-8",
    body=f"""スタッフブリッジ株式会社
勤怠受付ご担当者様

お世話になっております。日の出産業の片桐です。
10/27〜10/31の派遣スタッフ3名の就業実績を添付します（当社承認済み）。
ご確認のうえ、請求書への反映をお願いいたします。

{SIG_KATAGIRI}""",
    attachments=[dict(kind="html", name="就業実績_20251027-1031.html", html=f"""<html><head><meta charset="utf-8"><title>就業実績</title></head>
<body><h3>派遣スタッフ就業実績（2025/10/27〜10/31）日の出産業株式会社 埼玉工場</h3>
<table border="1"><tr><th>スタッフ</th><th>10/27</th><th>10/28</th><th>10/29</th><th>10/30</th><th>10/31</th><th>計</th></tr>
{_ts_rows}
</table><p>承認者：片桐</p></body></html>""")],
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="weekly hours of three temp workers to their own agency (HTML attachment): under five people, no contact data",
))

MESSAGES.append(dict(
    id="pay-087",
    sender="片桐 祐介 <katagiri@hinode-sangyo.co.jp>",
    to=["坂東 様 <bando@staffbridge.co.jp>"],
    subject="台風接近時の出勤取扱いについて（派遣スタッフの皆様）",
    charset="iso-2022-jp",
    body=f"""坂東様

お世話になっております。日の出産業の片桐です。
明日は台風の接近が予想されるため、当社では以下の取扱いとします。
派遣スタッフの皆様にもご案内いただけますでしょうか。

・午前7時の時点で埼玉県南部に暴風警報が出ている場合、午前中は自宅待機
・西武新宿線が運転を見合わせている場合は、無理に出勤せず、当社現場責任者へ連絡
・当社都合の休業となった時間は、派遣料金のお取扱いを別途ご相談させてください

現場責任者：埼玉工場 製造一課 鶴田（TEL 04-2953-7721）

{SIG_KATAGIRI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="typhoon policy mail with a single business contact",
))

MESSAGES.append(dict(
    id="pay-088",
    sender="吉見 麻衣 <yoshimi@hinode-sangyo.co.jp>",
    to=["大槻 様 <otsuki@kitamura-sr.jp>", "関東機械工業健康保険組合 適用課 <tekiyo@kantokikai-kenpo.or.jp>"],
    cc=["百目鬼 瞳 <hitomi.domeki@gmail.com>"],
    subject="育児休業延長に伴う手続きについて（百目鬼さん）",
    charset="iso-2022-jp",
    body=f"""北村社会保険労務士事務所 大槻様
関東機械工業健康保険組合 適用課 ご担当者様
（cc：百目鬼さん）

お世話になっております。日の出産業の吉見です。
育児休業中の百目鬼さんが、2026年3月末まで休業を延長することになりました。

大槻様には育児休業給付の延長申請を、健保組合様には保険料免除期間の延長の手続きを、
それぞれお願いできますでしょうか。必要書類は本人から直接お送りいただく予定です。

百目鬼さん、書類の準備で不明な点があれば、大槻様に直接ご相談いただいて大丈夫です。

{SIG_YOSHIMI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="the 社労士, the health insurance society and an employee's private Gmail all see each other (three parties)",
))

MESSAGES.append(dict(
    id="pay-089",
    sender="大塚 彩 <otsuka@hinode-sangyo.co.jp>",
    to=["社宅サービス 入居受付 <nyukyo@shataku-service.co.jp>"],
    subject="借上社宅の入居申込（転勤者1名）",
    charset="utf-8",
    body=f"""株式会社社宅サービス
入居受付ご担当者様

お世話になっております。日の出産業 大阪支店 総務課の大塚です。
1月に東京本社へ転勤する社員1名について、借上社宅の物件探しをお願いします。

　社員名：九鬼 達也（くき たつや）
　家族構成：本人、配偶者、長女（小学3年）
　現住所：大阪府吹田市江坂町5-3-16 ハイム緑 2F
　連絡先：080-1016-8396
　希望エリア：東京メトロ日比谷線・東西線沿線、日本橋まで40分以内
　賃料上限：月18万円（管理費込）

内見は12月の土日を希望しています。

{SIG_OTSUKA_OSAKA}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one transferee's home address and mobile to a housing agent: a single record, may warn",
))

MESSAGES.append(dict(
    id="pay-090",
    sender="三好 英明 <miyoshi@hinode-sangyo.co.jp>",
    to=["スタッフブリッジ 営業部 坂東様 <bando@staffbridge.co.jp>"],
    subject="Re: 2026年度 派遣料金改定のお願い",
    charset="iso-2022-jp",
    body=f"""坂東様

お世話になっております。日の出産業の三好です。
料金改定のご案内、拝見しました。

　職種コード　職種　　　　　　　現行単価　→　改定後
　OP-01　　　製造オペレーター　　1,980円　→　2,060円
　QA-02　　　検査・品質管理　　　2,350円　→　2,440円
　OF-03　　　一般事務　　　　　　2,100円　→　2,180円

最低賃金の改定を踏まえたものと理解しておりますので、4月1日からの改定で了承いたします。
覚書を2部お送りいただけますでしょうか。

{SIG_MIYOSHI}

> 2026年4月1日以降の派遣料金について、別紙のとおり改定をお願いしたく…""",
    expect="pass",
    entities=[],
    detectors=[],
    note="price revision table with job codes",
))

MESSAGES.append(dict(
    id="pay-091",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["漆原 様 <k.urushibara.77@yahoo.co.jp>"],
    subject="退職証明書の送付について",
    charset="cp932",
    body=f"""漆原 様

ご無沙汰しております。日の出産業 人事部の森下です。
ご依頼のありました退職証明書をPDFでお送りいたします。
原本（押印済み）は本日ご自宅あてに郵送しましたので、あわせてご確認ください。

転職先でのご活躍をお祈りしております。

{SIG_MORISHITA}""",
    attachments=[dict(kind="corrupt", name="退職証明書_漆原様.pdf")],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="a damaged PDF that cannot be inspected, to a former employee's Yahoo address",
))

MESSAGES.append(dict(
    id="pay-092",
    sender="東 沙織 <azuma@hinode-sangyo.co.jp>",
    to=["ryo.ichinohe.works@gmail.com"],
    subject="Re: 源泉徴収票の再発行について",
    charset="utf-8",
    body=f"""一戸 亮介 様

ご連絡ありがとうございます。日の出産業 給与グループの東です。
令和7年分の源泉徴収票を再発行いたします。念のため、送付先を確認させてください。

　送付先：〒274-0825 千葉県船橋市前原西2-14-6 パークサイド 1104
　支払金額：3,864,200円（1月〜8月分）

上記でよろしければ、このメールにご返信ください。確認でき次第、簡易書留で発送いたします。

{SIG_AZUMA}

> 転居したため、前にお送りいただいた源泉徴収票が届いていないようです。
> 再発行をお願いできますでしょうか。一戸""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["freemail_recipient", "personal_data"],
    note="one former employee's own new address and pay total, sent to his own Gmail: one record, one free-mail recipient",
))

MESSAGES.append(dict(
    id="pay-093",
    sender="三好 英明 <miyoshi@hinode-sangyo.co.jp>",
    to=["北村 先生 <kitamura@kitamura-sr.jp>"],
    subject="給与規程改定案（第2版）のご確認",
    charset="iso-2022-jp",
    body=f"""北村先生

お世話になっております。三好です。
先日の打合せを踏まえ、給与規程の改定案（第2版）を作成しました。
主な変更は、家族手当の見直しと在宅勤務手当の新設です。ご確認をお願いいたします。

{SIG_MIYOSHI}""",
    attachments=[dict(kind="pdf", name="給与規程改定案_v2.pdf", page_header="取扱注意", page_footer="日の出産業株式会社 人事部",
                      lines=["給与規程 改定案（第2版） 2025年10月", "",
                             "第18条（家族手当）配偶者手当を廃止し、子1人につき月額15,000円に改める。",
                             "第18条の2（在宅勤務手当）在宅勤務日数が月10日以上の者に月額5,000円を支給する。",
                             "第22条（通勤手当）在宅勤務日数が月10日以上の者は実費精算とする。",
                             "附則 本改定は2026年4月1日から施行する。配偶者手当は2年間の経過措置を設ける。"])],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="draft pay rules with no personal data, but the PDF is stamped 取扱注意 in its page header",
))

MESSAGES.append(dict(
    id="pay-094",
    sender="三好 英明 <miyoshi@hinode-sangyo.co.jp>",
    to=["石黒 様 <ishiguro@payroll-one.co.jp>"],
    subject="Re: 賞与計算ロジックの確認",
    charset="iso-2022-jp",
    body=f"""石黒様

お世話になっております。三好です。
ご質問の件、評価係数は S=1.3／A=1.15／B=1.0／C=0.85／D=0.7 です。
評価基準書そのものは社外秘扱いのためお送りできませんが、計算に必要な係数は上記ですべてです。

支給額＝基本給×支給月数×評価係数×出勤率 で計算してください（1円未満切捨て）。

{SIG_MIYOSHI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions that a document is 社外秘 (not sent); the mail itself is not marked and carries no personal data",
))

MESSAGES.append(dict(
    id="pay-095",
    sender="Aya Otsuka <otsuka@hinode-sangyo.co.jp>",
    to=["Meridian Relocation Singapore <sg-desk@meridian-reloc.com>"],
    subject="Employment Pass / Dependant's Pass - Hinode Sangyo assignee family",
    charset="utf-8",
    body="""Dear Singapore desk,

Further to our call, please find below the passport details of our assignee and his family for
the Employment Pass and Dependant's Pass applications. The assignment starts on 1 February 2026.

Assignee:   CHIBA Takumi      DOB 1984-03-22   Passport TZ4418207 (exp. 2031-06-10)
Spouse:     CHIBA Asuka       DOB 1986-11-09   Passport TZ4418215 (exp. 2031-06-10)
Child:      CHIBA Minato      DOB 2015-07-30   Passport TR1193064 (exp. 2027-08-01)
Child:      CHIBA Himari      DOB 2019-01-17   Passport TR1193072 (exp. 2027-08-01)

Scanned copies of the passport data pages will be uploaded to your portal.

Best regards,
Aya Otsuka
General Affairs, Hinode Sangyo Co., Ltd.""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="passport numbers and birth dates of an assignee and his family (four people) to a relocation firm",
))

MESSAGES.append(dict(
    id="pay-096",
    sender="柏木 俊介 <kashiwagi@hinode-sangyo.co.jp>",
    to=["青葉運輸 人事課 平塚様 <hiratsuka@aoba-unyu.co.jp>"], cc=["miyoshi@hinode-sangyo.co.jp"],
    subject="出向契約に関する打合せ議事録（10/28）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
人事課 平塚様

先日はお時間をいただき、ありがとうございました。
10月28日の打合せの議事録をお送りします。

1. 出向者数：5名（11月1日付）、期間は原則2年
2. 給与負担：基本給・諸手当は当社支給、貴社より月額負担金を頂戴する（1名あたり月額一律）
3. 労働時間・休日：貴社の就業規則に従う。時間外手当は貴社で算定し、当社へ通知いただく
4. 労災保険：貴社の保険関係で適用
5. 評価：貴社の所属長が一次評価を行い、当社人事部が最終決定

修正点があれば11月7日までにお知らせください。

{SIG_KASHIWAGI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="secondment meeting minutes with a partner: counts and conditions only",
))

_p = people(97, 8, born=(2000, 2003))
_body_rows = "\n".join(
    pad(p["name"], 16) + pad(wareki(p["y"], p["m"], p["d"], "fwkanji"), 24) + "〒" + fw(p["zip"]) + "　" + p["addr"]
    for p in _p)
MESSAGES.append(dict(
    id="pay-097",
    sender="森下 千夏 <morishita@hinode-sangyo.co.jp>",
    to=["大槻 様 <otsuki@kitamura-sr.jp>"],
    subject="４月入社 新卒８名の資格取得届について",
    charset="cp932",
    body=f"""大槻様

いつもお世話になっております。森下です。
４月１日入社の新卒８名について、健康保険・厚生年金・雇用保険の資格取得届をお願いします。
報酬月額はいずれも２５０，０００円（通勤手当別）です。

氏名　　　　　　生年月日　　　　　　　　住所
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
{_body_rows}

マイナンバーは別途、書留でお送りします。

{SIG_MORISHITA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="8 new graduates with full-width 和暦 birth dates and home addresses in a padded table to the 社労士",
))

MESSAGES.append(dict(
    id="pay-098",
    sender="片桐 祐介 <katagiri@hinode-sangyo.co.jp>",
    to=["大槻 様 <otsuki@kitamura-sr.jp>"],
    subject="Re: 36協定届の新様式について",
    charset="utf-8",
    body=f"""大槻様

ご連絡ありがとうございます。片桐です。
新様式に合わせて、当社で使う入力用テンプレートを作ってみました（項目のみで、データは入っていません）。
列の過不足があればご指摘ください。

{SIG_KATAGIRI}

> 来年度分から新様式での届出となりますので、ご準備をお願いいたします。""",
    attachments=[dict(kind="xlsx", name="36協定_入力テンプレート.xlsx", sheets={
        "一般条項": [["業務の種類", "労働者数（満18歳以上）", "所定労働時間（1日）", "延長時間（1日）", "延長時間（1か月）", "延長時間（1年）"]],
        "特別条項": [["臨時的に限度時間を超える事由", "業務の種類", "労働者数", "延長時間（1か月）", "回数", "延長時間（1年）", "健康確保措置"]]})],
    expect="pass",
    entities=[],
    detectors=[],
    note="an empty XLSX template (column headers only)",
))

_p = people(99, 6, born=(1966, 1995))
_trs = "\n".join(
    f"<tr><td>{p['emp']}</td><td>{seireki(p['y'], p['m'], p['d'], 'slash')}</td><td>{p['sex']}</td>"
    f"<td>{p['rng'].choice(['設計課', '設計課', '製造二課', '物流課'])}</td><td>{h}</td><td>{r}</td></tr>"
    for p, h, r in zip(_p, ["112.5", "104.0", "98.5", "95.0", "91.5", "88.0"], ["2か月連続", "3か月連続", "初", "初", "2か月連続", "初"]))
MESSAGES.append(dict(
    id="pay-099",
    sender="三好 英明 <miyoshi@hinode-sangyo.co.jp>",
    to=["鷲尾 先生 <washio@sanno-naika.jp>"],
    subject="10月度 面接指導対象者（匿名化版）",
    charset="iso-2022-jp",
    html=f"""<html><body>
<p>鷲尾先生</p>
<p>お世話になっております。日の出産業の三好です。<br>
10月度の面接指導対象者です。先日のご指摘を受け、氏名は伏せて社員番号でお送りします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>社員番号</th><th>生年月日</th><th>性別</th><th>所属</th><th>時間外+休日(h)</th><th>80h超</th></tr>
{_trs}
</table>
<p>面談日程は後ほどご相談させてください。</p>
<p>日の出産業株式会社 人事部 労務課長 三好 英明</p>
</body></html>""",
    expect="stop",
    entities=["DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="'anonymised' HTML-only table: 6 rows of employee number, birth date, sex and overtime, no name column",
))

MESSAGES.append(dict(
    id="pay-100",
    sender="吉見 麻衣 <yoshimi@hinode-sangyo.co.jp>",
    to=["乙部 紀子 様 <noriko.otobe@icloud.com>"],
    subject="弔慰金および死亡退職金のお手続きについて",
    charset="utf-8",
    body=f"""乙部 紀子 様

このたびはご主人様のご逝去に際し、心よりお悔やみ申し上げます。
日の出産業 人事部の吉見でございます。

先日お電話でご説明いたしました各種お手続きについて、改めてご案内いたします。

　1. 弔慰金（会社規程による）：ご指定の口座へお振込みいたします
　2. 死亡退職金：受取人は規程により配偶者様となります
　3. 健康保険：埋葬料の請求（健保組合への申請は当社で代行いたします）
　4. 遺族年金：お近くの年金事務所でのお手続きとなります

必要書類の一覧と返信用封筒を本日郵送いたしました。
ご不明な点がございましたら、いつでもご連絡ください。

{SIG_YOSHIMI}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="condolence and procedure mail to one bereaved spouse on iCloud: one free-mail recipient, no identifiers",
))

# ---------------------------------------------------------------------------------------
# ISO-2022-JP has no FULLWIDTH HYPHEN-MINUS / TILDE: write them as a Japanese mail client would
# ---------------------------------------------------------------------------------------
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("body", "html", "subject"):
            if _m.get(_k):
                _m[_k] = _m[_k].replace("－", "−").replace("～", "〜")
