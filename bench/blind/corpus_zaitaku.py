"""Blind evaluation corpus, area "zaitaku" (在宅勤務 / remote work): mail that Hinode Sangyo's
総務・情報システム・人事・経理・健康推進 staff send about remote work — shipping PCs, monitors,
chairs and headsets to employees' homes through couriers, home-office and communication
allowances (payroll outsourcer, tax accountant, bank), VPN / MDM / device accounts with the
IT vendor, workplace ergonomics and health checks for remote staff (clinic, occupational
health centre, EAP, insurer), and the ordinary mail around them; written blind from
BRIEF.md (and the names in SPEC.md), without reading mailguard's code or other corpora.
"""

import random

from build import card_number, my_number

SEED = 54401

# -- invented people ---------------------------------------------------------------------
# Every name, address, phone number and date below is made up.

_SURNAMES = [
    ("相葉", "あいば", "Aiba"), ("五十嵐", "いがらし", "Igarashi"), ("勅使河原", "てしがわら", "Teshigawara"),
    ("四十物", "あいもの", "Aimono"), ("小鳥遊", "たかなし", "Takanashi"), ("東海林", "しょうじ", "Shoji"),
    ("薬師寺", "やくしじ", "Yakushiji"), ("五百旗頭", "いおきべ", "Iokibe"), ("鬼塚", "おにづか", "Onizuka"),
    ("雲母", "きら", "Kira"), ("月見里", "やまなし", "Yamanashi"), ("九十九", "つくも", "Tsukumo"),
    ("大河内", "おおこうち", "Okochi"), ("宍戸", "ししど", "Shishido"), ("比嘉", "ひが", "Higa"),
    ("我那覇", "がなは", "Ganaha"), ("新垣", "あらかき", "Arakaki"), ("蓮見", "はすみ", "Hasumi"),
    ("飯嶋", "いいじま", "Iijima"), ("篠塚", "しのづか", "Shinozuka"), ("御手洗", "みたらい", "Mitarai"),
    ("漆原", "うるしばら", "Urushibara"), ("柊", "ひいらぎ", "Hiiragi"), ("栗栖", "くりす", "Kurisu"),
    ("真壁", "まかべ", "Makabe"), ("三ツ矢", "みつや", "Mitsuya"), ("百瀬", "ももせ", "Momose"),
    ("長谷部", "はせべ", "Hasebe"), ("槙野", "まきの", "Makino"), ("乙部", "おとべ", "Otobe"),
    ("羽生", "はにゅう", "Hanyu"), ("仁科", "にしな", "Nishina"), ("熊谷", "くまがい", "Kumagai"),
    ("千葉", "ちば", "Chiba"), ("宇佐美", "うさみ", "Usami"), ("今泉", "いまいずみ", "Imaizumi"),
    ("小野寺", "おのでら", "Onodera"), ("桐生", "きりゅう", "Kiryu"), ("設楽", "したら", "Shitara"),
    ("土屋", "つちや", "Tsuchiya"), ("藤代", "ふじしろ", "Fujishiro"), ("瀬戸口", "せとぐち", "Setoguchi"),
    ("嘉数", "かかず", "Kakazu"), ("日比野", "ひびの", "Hibino"), ("鍋島", "なべしま", "Nabeshima"),
    ("安齋", "あんざい", "Anzai"), ("廣瀬", "ひろせ", "Hirose"), ("髙橋", "たかはし", "Takahashi"),
    ("渡邉", "わたなべ", "Watanabe"), ("吉田", "よしだ", "Yoshida"), ("中村", "なかむら", "Nakamura"),
    ("小林", "こばやし", "Kobayashi"), ("加藤", "かとう", "Kato"), ("山口", "やまぐち", "Yamaguchi"),
    ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"),
    ("清水", "しみず", "Shimizu"), ("森", "もり", "Mori"), ("阿部", "あべ", "Abe"),
]

_GIVEN = [
    ("陽菜", "ひな", "Hina"), ("蓮", "れん", "Ren"), ("湊", "みなと", "Minato"), ("結衣", "ゆい", "Yui"),
    ("大翔", "ひろと", "Hiroto"), ("美咲", "みさき", "Misaki"), ("悠真", "ゆうま", "Yuma"),
    ("葵", "あおい", "Aoi"), ("颯太", "そうた", "Sota"), ("凛", "りん", "Rin"),
    ("健一", "けんいち", "Kenichi"), ("由美子", "ゆみこ", "Yumiko"), ("誠", "まこと", "Makoto"),
    ("直樹", "なおき", "Naoki"), ("恵", "めぐみ", "Megumi"), ("裕子", "ゆうこ", "Yuko"),
    ("和也", "かずや", "Kazuya"), ("千尋", "ちひろ", "Chihiro"), ("修", "おさむ", "Osamu"),
    ("智子", "ともこ", "Tomoko"), ("雄一郎", "ゆういちろう", "Yuichiro"), ("真理", "まり", "Mari"),
    ("拓海", "たくみ", "Takumi"), ("彩花", "あやか", "Ayaka"), ("翔", "しょう", "Sho"),
    ("朋美", "ともみ", "Tomomi"), ("啓介", "けいすけ", "Keisuke"), ("香織", "かおり", "Kaori"),
    ("隆", "たかし", "Takashi"), ("奈々", "なな", "Nana"), ("亮", "りょう", "Ryo"),
    ("沙織", "さおり", "Saori"), ("康弘", "やすひろ", "Yasuhiro"), ("舞", "まい", "Mai"),
    ("浩二", "こうじ", "Koji"), ("瞳", "ひとみ", "Hitomi"), ("俊介", "しゅんすけ", "Shunsuke"),
    ("達也", "たつや", "Tatsuya"), ("早苗", "さなえ", "Sanae"), ("伸治", "しんじ", "Shinji"),
    ("優花", "ゆうか", "Yuka"), ("大輔", "だいすけ", "Daisuke"), ("里奈", "りな", "Rina"),
    ("秀樹", "ひでき", "Hideki"), ("絵美", "えみ", "Emi"), ("幸太郎", "こうたろう", "Kotaro"),
    ("紗希", "さき", "Saki"), ("信也", "しんや", "Shinya"), ("明日香", "あすか", "Asuka"),
]

# (都道府県, 市区町村, 町域, 〒, romaji town, romaji city)
_TOWNS = [
    ("東京都", "世田谷区", "桜新町", "154-0015", "Sakurashinmachi", "Setagaya-ku, Tokyo"),
    ("東京都", "練馬区", "石神井台", "177-0045", "Shakujiidai", "Nerima-ku, Tokyo"),
    ("東京都", "江戸川区", "西葛西", "134-0088", "Nishikasai", "Edogawa-ku, Tokyo"),
    ("東京都", "杉並区", "阿佐谷南", "166-0004", "Asagaya-minami", "Suginami-ku, Tokyo"),
    ("東京都", "府中市", "白糸台", "183-0011", "Shiraitodai", "Fuchu-shi, Tokyo"),
    ("東京都", "八王子市", "みなみ野", "192-0916", "Minamino", "Hachioji-shi, Tokyo"),
    ("東京都", "調布市", "国領町", "182-0022", "Kokuryocho", "Chofu-shi, Tokyo"),
    ("神奈川県", "横浜市港北区", "日吉本町", "223-0062", "Hiyoshihoncho", "Kohoku-ku, Yokohama"),
    ("神奈川県", "川崎市中原区", "新丸子町", "211-0005", "Shinmarukocho", "Nakahara-ku, Kawasaki"),
    ("神奈川県", "相模原市南区", "相模大野", "252-0303", "Sagamiono", "Minami-ku, Sagamihara"),
    ("神奈川県", "藤沢市", "辻堂元町", "251-0043", "Tsujidomotomachi", "Fujisawa-shi, Kanagawa"),
    ("神奈川県", "横浜市青葉区", "あざみ野", "225-0011", "Azamino", "Aoba-ku, Yokohama"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330-0061", "Tokiwa", "Urawa-ku, Saitama"),
    ("埼玉県", "川口市", "芝中田", "333-0848", "Shibanakata", "Kawaguchi-shi, Saitama"),
    ("埼玉県", "所沢市", "小手指町", "359-1141", "Kotesashicho", "Tokorozawa-shi, Saitama"),
    ("埼玉県", "越谷市", "南越谷", "343-0845", "Minamikoshigaya", "Koshigaya-shi, Saitama"),
    ("千葉県", "船橋市", "前原西", "274-0825", "Maebaranishi", "Funabashi-shi, Chiba"),
    ("千葉県", "柏市", "豊四季", "277-0861", "Toyoshiki", "Kashiwa-shi, Chiba"),
    ("千葉県", "浦安市", "美浜", "279-0011", "Mihama", "Urayasu-shi, Chiba"),
    ("千葉県", "千葉市美浜区", "打瀬", "261-0013", "Utase", "Mihama-ku, Chiba"),
    ("茨城県", "つくば市", "竹園", "305-0032", "Takezono", "Tsukuba-shi, Ibaraki"),
    ("栃木県", "宇都宮市", "駒生町", "320-0066", "Komanyucho", "Utsunomiya-shi, Tochigi"),
    ("群馬県", "高崎市", "江木町", "370-0046", "Egimachi", "Takasaki-shi, Gunma"),
    ("大阪府", "吹田市", "江坂町", "564-0063", "Esakacho", "Suita-shi, Osaka"),
    ("大阪府", "豊中市", "上野西", "560-0012", "Uenonishi", "Toyonaka-shi, Osaka"),
    ("兵庫県", "西宮市", "甲子園口", "663-8113", "Koshienguchi", "Nishinomiya-shi, Hyogo"),
    ("京都府", "京都市左京区", "北白川", "606-8267", "Kitashirakawa", "Sakyo-ku, Kyoto"),
    ("愛知県", "名古屋市千種区", "覚王山通", "464-0841", "Kakuozandori", "Chikusa-ku, Nagoya"),
    ("愛知県", "岡崎市", "康生通", "444-0059", "Koseidori", "Okazaki-shi, Aichi"),
    ("静岡県", "浜松市中央区", "佐鳴台", "432-8021", "Sanarudai", "Chuo-ku, Hamamatsu"),
    ("福岡県", "福岡市早良区", "西新", "814-0002", "Nishijin", "Sawara-ku, Fukuoka"),
    ("福岡県", "北九州市小倉北区", "黄金", "802-0071", "Kogane", "Kokurakita-ku, Kitakyushu"),
    ("宮城県", "仙台市太白区", "長町", "982-0011", "Nagamachi", "Taihaku-ku, Sendai"),
    ("北海道", "札幌市豊平区", "平岸", "062-0932", "Hiragishi", "Toyohira-ku, Sapporo"),
    ("広島県", "広島市西区", "己斐本町", "733-0003", "Koihonmachi", "Nishi-ku, Hiroshima"),
    ("新潟県", "新潟市中央区", "関屋", "951-8141", "Sekiya", "Chuo-ku, Niigata"),
    ("長野県", "松本市", "蟻ケ崎", "390-0861", "Arigasaki", "Matsumoto-shi, Nagano"),
    ("沖縄県", "那覇市", "首里石嶺町", "903-0804", "Shuri-ishiminecho", "Naha-shi, Okinawa"),
    ("岡山県", "岡山市北区", "奉還町", "700-0026", "Hokancho", "Kita-ku, Okayama"),
    ("石川県", "金沢市", "有松", "921-8161", "Arimatsu", "Kanazawa-shi, Ishikawa"),
]

_BLDG = ["", "", "", "", "ハイツ緑ヶ丘", "コーポ若葉", "パークサイド結", "ラフィーネ", "シャトレ",
         "グリーンヒルズ", "メゾン・ド・ソレイユ", "レジデンス桜"]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]
_DEPTS = ["営業一部", "営業二部", "経理部", "人事部", "総務部", "購買部", "品質保証部", "開発部",
          "物流管理部", "マーケティング部", "カスタマーサポート部", "経営企画部"]


def _people(key, n):
    """n invented people, reproducible from SEED and key."""
    rng = random.Random(f"{SEED}-people-{key}")
    out, used = [], set()
    while len(out) < n:
        s, g = rng.choice(_SURNAMES), rng.choice(_GIVEN)
        if (s[0], g[0]) in used:
            continue
        used.add((s[0], g[0]))
        t = rng.choice(_TOWNS)
        chome, ban, go = rng.randint(1, 5), rng.randint(1, 28), rng.randint(1, 19)
        bldg = rng.choice(_BLDG)
        room = f"{rng.randint(1, 6)}0{rng.randint(1, 8)}" if bldg else ""
        mob = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        y = rng.randint(1962, 2002)
        dob = (y, rng.randint(1, 12), rng.randint(1, 28))
        tag = rng.randint(1, 99)
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
            "kata": _kata(f"{s[1]} {g[1]}"), "romaji": f"{g[2]} {s[2]}",
            "ROMAJI": f"{s[2].upper()} {g[2]}",
            "pref": t[0], "city": t[1], "town": t[2], "zip": t[3], "chome": chome, "ban": ban,
            "go": go, "bldg": bldg, "room": room, "town_r": t[4], "city_r": t[5],
            "tel": mob,
            "mail": f"{g[2].lower()}.{s[2].lower()}{tag}@{rng.choice(_FREE)}",
            "work": f"{g[2].lower()}.{s[2].lower()}@hinode-sangyo.co.jp",
            "dob": dob, "emp": f"{rng.randint(10, 25)}{rng.randint(100, 999)}",
            "dept": rng.choice(_DEPTS),
        })
    return out


def _kata(s):
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def addr(p, style=0):
    """The person's home address in one of several ways people write it."""
    b = f" {p['bldg']}{p['room']}" if p["bldg"] else ""
    if style == 0:
        return f"{p['pref']}{p['city']}{p['town']}{p['chome']}-{p['ban']}-{p['go']}{b}"
    if style == 1:
        return f"{p['pref']}{p['city']}{p['town']}{p['chome']}丁目{p['ban']}番{p['go']}号{b}"
    if style == 2:  # without the prefecture
        return f"{p['city']}{p['town']}{p['chome']}-{p['ban']}-{p['go']}{b}"
    if style == 3:  # full width digits
        return zen(f"{p['pref']}{p['city']}{p['town']}{p['chome']}-{p['ban']}-{p['go']}") + b
    if style == 4:  # romaji
        r = f", {p['bldg'] and 'Room ' + p['room']}" if p["bldg"] else ""
        return f"{p['chome']}-{p['ban']}-{p['go']} {p['town_r']}{r}, {p['city_r']} {p['zip']}"
    raise ValueError(style)


def zen(s):
    """ASCII digits and hyphens to full width (０９０－１２３４…)."""
    return s.translate(str.maketrans("0123456789-.", "０１２３４５６７８９－．"))


def wareki(d, style=0):
    y, m, dd = d
    if y >= 1989 and (y, m, dd) >= (1989, 1, 8):
        era, e, ey = "平成", "H", y - 1988
    else:
        era, e, ey = "昭和", "S", y - 1925
    if style == 0:
        return f"{era}{ey}年{m}月{dd}日"
    if style == 1:
        return f"{e}{ey}.{m}.{dd}"
    if style == 2:
        return zen(f"{era}{ey}年{m}月{dd}日")
    return f"{e}{ey:02d}/{m:02d}/{dd:02d}"


def ymd(d, sep="/"):
    return f"{d[0]}{sep}{d[1]:02d}{sep}{d[2]:02d}"


def hw(s):
    """Katakana to half-width (as in 全銀 transfer files)."""
    return "".join(_HW.get(c, c) for c in s)


_HW = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー ",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ ")) | {
    k: v for k, v in zip("ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポ",
                         ["ｶﾞ", "ｷﾞ", "ｸﾞ", "ｹﾞ", "ｺﾞ", "ｻﾞ", "ｼﾞ", "ｽﾞ", "ｾﾞ", "ｿﾞ", "ﾀﾞ", "ﾁﾞ", "ﾂﾞ",
                          "ﾃﾞ", "ﾄﾞ", "ﾊﾞ", "ﾋﾞ", "ﾌﾞ", "ﾍﾞ", "ﾎﾞ", "ﾊﾟ", "ﾋﾟ", "ﾌﾟ", "ﾍﾟ", "ﾎﾟ"])}


# -- our own people and their signatures (sender signatures are not labelled) --------------

_HQ = "〒103-0027 東京都中央区日本橋三丁目8番2号 日の出ビル7階"

SOUMU = "佐伯 美緒 <saeki.mio@hinode-sangyo.co.jp>"
SIG_SOUMU = f"""--
日の出産業株式会社 総務部 総務課
佐伯 美緒（さえき みお）
{_HQ}
TEL 03-5201-7730（代表） / 内線 2214
saeki.mio@hinode-sangyo.co.jp"""

FAC = "楠木 遼 <kusunoki.ryo@hinode-sangyo.co.jp>"
SIG_FAC = f"""━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 ファシリティ課　楠木 遼
{_HQ}
TEL：03-5201-7741　FAX：03-5201-7799
Mail：kusunoki.ryo@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

IT = "久我 慎一 <kuga.shinichi@hinode-sangyo.co.jp>"
SIG_IT = """----------------------------------------
日の出産業株式会社 情報システム部
インフラグループ 久我 慎一
TEL 03-5201-7760 / 携帯 080-3321-6405（業務用）
kuga.shinichi@hinode-sangyo.co.jp
----------------------------------------"""
SIG_IT_EN = """--
Shinichi Kuga
IT Infrastructure Group, Hinode Sangyo Co., Ltd.
Nihonbashi 3-8-2, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7760"""

HD = "門脇 拓実 <kadowaki.takumi@hinode-sangyo.co.jp>"
SIG_HD = """――――――――――――――――
日の出産業株式会社
情報システム部 ヘルプデスク
門脇 拓実
内線 2390 / 03-5201-7762
――――――――――――――――"""

JINJI = "二階堂 彩 <nikaido.aya@hinode-sangyo.co.jp>"
SIG_JINJI = f"""==============================
日の出産業株式会社 人事部 労務課
二階堂 彩 Aya Nikaido
{_HQ}
TEL 03-5201-7720 FAX 03-5201-7729
==============================="""

KEIRI = "本庄 健太 <honjo.kenta@hinode-sangyo.co.jp>"
SIG_KEIRI = """--------------------------------------
日の出産業株式会社 経理部 経理課
本庄 健太
TEL: 03-5201-7750 / FAX: 03-5201-7759
E-mail: honjo.kenta@hinode-sangyo.co.jp
--------------------------------------"""

HOKEN = "葛西 由紀 <kasai.yuki@hinode-sangyo.co.jp>"
SIG_HOKEN = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 人事部 健康推進室
保健師　葛西 由紀
TEL 03-5201-7725（直通）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

TELE = "テレワーク推進事務局 <telework@hinode-sangyo.co.jp>"
SIG_TELE = """――
日の出産業株式会社 テレワーク推進事務局（総務部内）
事務局長 能登 雅彦 / 担当 日置 千夏
TEL 03-5201-7735　telework@hinode-sangyo.co.jp"""

DISC_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""
DISC_EN = """This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received this e-mail in error, please notify the sender and delete it.
Any unauthorised use, disclosure or copying is prohibited."""


# -- messages ------------------------------------------------------------------------------

MESSAGES = []
M = MESSAGES.append

# 001 ----------------------------------------------------------------------------------
_p = _people(1, 8)
_rows = "\n".join(
    f"{i + 1:>2}  {p['name']:<7}　{p['zip']}  {addr(p, 0):<40}  {p['tel']}" for i, p in enumerate(_p))
M({
    "id": "zaitaku-001", "charset": "iso-2022-jp",
    "sender": SOUMU, "to": ["三上 様 <mikami@aoba-unyu.co.jp>"],
    "cc": ["楠木 遼 <kusunoki.ryo@hinode-sangyo.co.jp>"],
    "subject": "【ご依頼】在宅勤務用PC 個別配送先リスト（第2便）",
    "body": f"""青葉運輸株式会社
法人営業部 三上様

いつもお世話になっております。日の出産業の佐伯です。

先日ご相談しました在宅勤務者向けノートPCの個別配送につきまして、
第2便の配送先を下記のとおりお送りいたします。
荷物は1名あたり1箱（100サイズ、精密機器扱い）、4月21日(火)午前の集荷を希望いたします。
時間帯指定はすべて「19時～21時」でお願いできますでしょうか。

No  氏名        〒          住所                                      電話
--------------------------------------------------------------------------------------------
{_rows}

不在の場合は持ち戻りのうえ、ご本人へ再配達のご連絡をお願いいたします。
ご不明点がございましたらご連絡ください。

{SIG_SOUMU}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list of 8 employees' home addresses and mobile numbers to the courier, padded columns in the body",
})

# 002 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-002", "charset": "iso-2022-jp",
    "sender": SOUMU, "to": ["青葉運輸 法人センター <houjin-center@aoba-unyu.co.jp>"],
    "subject": "集荷のお願い（4/24 本社7F 在宅勤務用機材 32個口）",
    "body": f"""青葉運輸株式会社 法人センター御中

お世話になっております。日の出産業株式会社 総務部の佐伯でございます。
下記のとおり集荷をお願いいたします。

　集荷日時　：2026年4月24日(金) 14:00～16:00
　集荷場所　：本社 日の出ビル7階 総務部倉庫（1階通用口よりお入りください）
　個口数　　：32個口（モニター 24、チェア梱包 8）
　お客様コード：HN-30418
　伝票　　　：発払い・法人契約伝票 32枚は当方で記入済みです

台車のご用意がない場合はこちらでお貸しします。
何卒よろしくお願いいたします。

{SIG_SOUMU}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "pickup request for the office (company address, customer code), no personal data",
})

# 003 ----------------------------------------------------------------------------------
_p = _people(3, 12)
_sheet = [["リモートアクセス（VPN）アカウント発行申請　2026年5月利用開始分"], [],
          ["No", "社員番号", "氏名", "フリガナ", "所属", "社用メール", "携帯番号（SMS認証用）", "利用開始日"]]
for i, p in enumerate(_p):
    _sheet.append([i + 1, p["emp"], p["name"], p["kata"], p["dept"], p["work"], p["tel"], "2026/05/07"])
M({
    "id": "zaitaku-003", "charset": "utf-8",
    "sender": IT, "to": ["岸本 亜希子 <kishimoto@tsubasa-system.jp>"],
    "subject": "VPNアカウント発行申請（5月分 12名）",
    "body": f"""ツバサシステム株式会社
岸本様

お世話になっております。日の出産業 情報システム部の久我です。

5月7日から在宅勤務を開始する社員12名分のVPNアカウント発行をお願いします。
申請シートを添付しますので、いつものとおり多要素認証（SMS）の設定まで
ご対応いただけますと幸いです。発行完了のご連絡は私宛にお願いします。

{SIG_IT}
""",
    "attachments": [{
        "kind": "xlsx", "name": "VPN申請_202605.xlsx", "title": "VPNアカウント発行申請",
        "sheets": {"申請一覧": _sheet,
                   "記入要領": [["項目", "説明"], ["携帯番号", "SMSワンタイムパスワードの送信先"],
                               ["利用開始日", "営業日を指定"]]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "xlsx (title row above header, two sheets) with 12 employees' names, e-mails and mobile numbers to the IT vendor",
})

# 004 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-004", "charset": "cp932",
    "sender": IT, "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    "subject": "Re: 【作業通知】VPN装置ファームウェア更新（5/16 深夜）",
    "body": f"""ツバサシステム サポートデスク
藤堂様

ご連絡ありがとうございます。日の出産業の久我です。
5/16(土) 23:00～5/17(日) 3:00 の作業で承知いたしました。
社内には本日中に全社掲示板で告知いたします。

1点だけ確認させてください。作業中、SSL-VPN だけでなく IPsec の拠点間接続も
切断されますでしょうか。大阪・福岡の倉庫が土曜夜も稼働しているため、影響の有無を
事前に把握しておきたく存じます。

よろしくお願いいたします。

{SIG_IT}

> 日の出産業株式会社
> 情報システム部 久我様
>
> いつもお世話になっております。ツバサシステム サポートデスクの藤堂です。
> 下記日程にて VPN 装置（HX-5200）のファームウェア更新を実施いたします。
>
> 　日時：2026年5月16日(土) 23:00 ～ 5月17日(日) 3:00
> 　影響：作業中、リモートアクセスVPNがご利用いただけません
> 　対象バージョン：9.4.2 → 9.4.5（脆弱性対応）
>
> ご不明点はサポートデスクまでお問い合わせください。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply to the IT vendor about a maintenance window, quoted notice, no personal data",
})

# 005 ----------------------------------------------------------------------------------
_p = _people(5, 1)[0]
_mn = my_number(SEED + 1)
M({
    "id": "zaitaku-005", "charset": "iso-2022-jp",
    "sender": JINJI, "to": ["給与アシスト 中尾様 <nakao@kyuyo-assist.co.jp>"],
    "subject": "5月入社者の給与登録（在宅勤務手当あり）",
    "body": f"""株式会社給与アシスト
給与計算チーム 中尾様

いつも大変お世話になっております。日の出産業 人事部の二階堂です。

5月1日付の中途入社者1名について、給与マスタへの登録をお願いいたします。
当人はフルリモート勤務のため、通勤手当はなく在宅勤務手当（月額5,000円）を支給します。

　氏名　　　：{_p['name']}（{_p['kata']}）
　生年月日　：{wareki(_p['dob'])}
　社員番号　：{_p['emp']}
　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　基本給　　：月額 312,000円
　在宅勤務手当：月額 5,000円（課税）
　扶養　　　：なし

扶養控除等申告書の原本は本日郵送いたしました。
よろしくお願いいたします。

{SIG_JINJI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a new hire's My Number (spaced 4-4-4) with name and birth date to the payroll outsourcer",
})

# 006 ----------------------------------------------------------------------------------
_p = _people(6, 1)[0]
M({
    "id": "zaitaku-006", "charset": "iso-2022-jp",
    "sender": FAC, "to": ["沢渡 様 <sawatari@comfort-seat.co.jp>"],
    "subject": "昇降デスク・チェアの自宅納品について（至急）",
    "body": f"""コンフォートシート株式会社
法人営業部 沢渡様

お世話になっております。日の出産業 総務部の楠木です。

先日お見積りいただいた電動昇降デスク（CS-ED140）とワークチェア（CS-ERGO7）を
1セット、社員の自宅へ直接納品いただけないでしょうか。

当該社員は腰椎椎間板ヘルニアの診断を受けて通院中で、産業医から
「座位は連続45分まで、立位作業を併用すること」との意見が出ております。
そのため通常の支給品ではなく、今回は特別に昇降デスクを手配することになりました。

　お届け先：〒{_p['zip']} {addr(_p, 1)}
　お名前　：{_p['name']} 様
　ご連絡先：{_p['tel']}
　希望日　：5月中旬以降の平日（組立設置込み）

請求書は通常どおり総務部宛でお願いいたします。

{SIG_FAC}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one employee's diagnosis (disc herniation) with name and home address to the furniture vendor: sensitive data",
})

# 007 ----------------------------------------------------------------------------------
_p = _people(7, 9)
M({
    "id": "zaitaku-007", "charset": "iso-2022-jp",
    "sender": SOUMU, "to": ["三上 様 <mikami@aoba-unyu.co.jp>"],
    "subject": "配送先リスト（第3便）送付の件",
    "body": f"""青葉運輸株式会社
三上様

お世話になっております。日の出産業の佐伯です。
第3便の配送先リストを添付いたします。
社内規程によりパスワード付きZIPでお送りしております。
解凍パスワードは別メールにてお知らせいたします。

{SIG_SOUMU}
""",
    "attachments": [{
        "kind": "zip", "name": "配送先リスト_0428.zip", "password": "Hn#0428aoba",
        "files": [{"kind": "xlsx", "name": "配送先リスト_0428.xlsx",
                   "sheets": {"第3便": [["氏名", "郵便番号", "住所", "電話"]] +
                              [[p["name"], p["zip"], addr(p, 0), p["tel"]] for p in _p]}}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to the courier: the attachment cannot be inspected",
})

# 008 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-008", "charset": "iso-2022-jp",
    "sender": SOUMU, "to": ["三上 様 <mikami@aoba-unyu.co.jp>"],
    "subject": "【パスワード】配送先リスト（第3便）送付の件",
    "body": f"""三上様

先ほどお送りしたファイルの解凍パスワードをお知らせいたします。

　Hn#0428aoba

ご確認のほどよろしくお願いいたします。

佐伯
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the separate password mail: no attachment, no personal data",
})

# 009 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-009", "charset": "utf-8",
    "sender": IT, "to": ["キッティングセンター <kitting@tsubasa-systen.jp>"],
    "subject": "キッティング作業日程の調整（6月入社者分）",
    "body": f"""ツバサシステム株式会社
キッティングセンター ご担当者様

お世話になっております。日の出産業の久我です。

6月入社者向けノートPC（20台）のキッティング日程について、
下記のいずれかでお願いできますでしょうか。

　候補1：5月25日(月)～27日(水)
　候補2：6月1日(月)～3日(水)

マスターイメージは前回（Win11 24H2 / 社内標準 v3.2）から変更ありません。
Intune 登録用の CSV は別途お送りします。

{SIG_IT}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain tsubasa-systen.jp is a one-letter typo of the partner tsubasa-system.jp",
})

# 010 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-010", "charset": "cp932",
    "sender": JINJI, "to": ["水野 先生 <mizuno@mizuno-sr.jp>"],
    "subject": "在宅勤務手当の支給状況（2025年度集計）",
    "body": f"""水野社会保険労務士事務所
水野 先生

いつもお世話になっております。日の出産業の二階堂です。
先日のご面談でご依頼いただいた、在宅勤務手当の支給状況を集計しましたのでお送りします。

部門　　　　　　　対象者数　月額手当　年間支給総額
――――――――――――――――――――――――――――――
営業部門　　　　　　 142名　 3,000円　 4,812,000円
管理部門　　　　　　　88名　 5,000円　 5,090,000円
開発部門　　　　　　　61名　 5,000円　 3,540,000円
物流・倉庫　　　　　　 9名　 3,000円　　 297,000円
――――――――――――――――――――――――――――――
合計　　　　　　　　 300名　　　　　　13,739,000円

※年度途中の入退社・勤務形態変更により月数は一致しません。
来期の規程改定（手当の一律化）について、次回ご相談させてください。

{SIG_JINJI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "department-level statistics of the allowance, no individual",
})

# 011 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-011", "charset": "iso-2022-jp",
    "sender": JINJI, "to": ["水野 先生 <mizuno@mizuno-sr.jp>"],
    "subject": "テレワーク規程 改定案のご確認のお願い",
    "body": f"""水野先生

お世話になっております。日の出産業の二階堂です。
テレワーク勤務規程の改定案（第3稿）を添付いたします。
第7条（在宅勤務手当）と第12条（費用負担）を中心にご確認いただけますと幸いです。
来週中にコメントを頂戴できれば、6月の労使協議に間に合います。

{SIG_JINJI}
""",
    "attachments": [{
        "kind": "pdf", "name": "テレワーク勤務規程_改定案_第3稿.pdf",
        "title": "テレワーク勤務規程 改定案", "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 人事部　社外秘・取扱注意",
        "lines": ["テレワーク勤務規程（改定案 第3稿）", "",
                  "第1条（目的）本規程は、就業規則第48条に基づき、テレワーク勤務に関する事項を定める。",
                  "第7条（在宅勤務手当）会社は、在宅勤務を月10日以上行う者に対し、月額4,000円を支給する。",
                  "第12条（費用負担）通信回線の初期工事費は会社が負担する。",
                  "第15条（安全衛生）テレワーク勤務者は、会社の定める作業環境チェックリストにより自宅の作業環境を確認する。"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF stamped 社外秘 in its page header and footer, sent to the outside labour consultant",
})

# 012 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-012", "charset": "utf-8",
    "sender": FAC, "to": ["沢渡 様 <sawatari@comfort-seat.co.jp>"],
    "subject": "秘密保持契約書（ドラフト）のご確認",
    "body": f"""コンフォートシート株式会社
沢渡様

お世話になっております。日の出産業の楠木です。

ご提案いただいた「在宅ワーク環境診断サービス」の試行にあたり、弊社法務より
秘密保持契約（NDA）の締結が必要との指示がありましたので、弊社ひな形のドラフトをお送りします。
第3条の秘密情報の範囲に、診断時に知り得た社員宅の情報を含める形にしております。

修正のご希望があれば、変更履歴付きでお戻しください。
締結後に試行対象者のご案内をいたします。

{SIG_FAC}
""",
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_コンフォートシート様_draft.docx",
        "title": "秘密保持契約書",
        "paragraphs": ["秘密保持契約書",
                       "日の出産業株式会社（以下「甲」という。）とコンフォートシート株式会社（以下「乙」という。）は、"
                       "在宅ワーク環境診断サービスの試行（以下「本件」という。）に関し、次のとおり契約を締結する。",
                       "第1条（目的）本契約は、本件に関して相互に開示される秘密情報の取扱いを定める。",
                       "第3条（秘密情報）本契約において秘密情報とは、本件に関し開示された技術上・営業上の情報及び"
                       "乙が診断のため訪問した甲の従業員の住居に関する情報をいう。",
                       "第5条（返還・廃棄）乙は、本件終了後、秘密情報を速やかに返還又は廃棄する。",
                       "第9条（有効期間）本契約の有効期間は締結日から2年間とする。",
                       "甲：東京都中央区日本橋三丁目8番2号 日の出産業株式会社 代表取締役 ＿＿＿＿",
                       "乙：＿＿＿＿＿＿＿＿ コンフォートシート株式会社 代表取締役 ＿＿＿＿"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with the draft contract: mentions 秘密情報 but carries no marking and no personal data",
})

# 013 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-013", "charset": "iso-2022-jp",
    "sender": TELE,
    "to": ["岸本 様 <kishimoto@tsubasa-system.jp>", "三上 様 <mikami@aoba-unyu.co.jp>",
           "沢渡 様 <sawatari@comfort-seat.co.jp>", "辻 様 <tsuji@hoshizora-lease.co.jp>"],
    "cc": ["佐伯 美緒 <saeki.mio@hinode-sangyo.co.jp>", IT],
    "subject": "在宅勤務環境整備プロジェクト キックオフ会議のご案内",
    "body": f"""関係各社 ご担当者様

いつもお世話になっております。日の出産業 テレワーク推進事務局でございます。

今年度の在宅勤務環境整備プロジェクト（PC・周辺機器の個別配送、チェア貸与、
リース機器の回収）につきまして、関係各社様合同のキックオフ会議を下記のとおり開催いたします。

　日時：2026年5月12日(火) 15:00～16:30
　場所：日の出ビル7階 大会議室（オンライン参加可：Teams）
　議題：全体スケジュール、各社の役割分担、配送・回収フロー、問い合わせ窓口

ご出席者のお名前を5月8日までにご返信ください。

{SIG_TELE}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four external vendors see each other in To: should have been Bcc (or separate mails)",
})

# 014 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-014", "charset": "cp932",
    "sender": IT, "to": ["岸本 様 <kishimoto@tsubasa-system.jp>"],
    "cc": ["三上 様 <mikami@aoba-unyu.co.jp>", "佐伯 美緒 <saeki.mio@hinode-sangyo.co.jp>"],
    "subject": "キッティング後の出荷フロー打合せ（三者）",
    "body": f"""ツバサシステム 岸本様
（cc：青葉運輸 三上様）

お世話になっております。日の出産業の久我です。

キッティング完了品をツバサシステム様の厚木センターから直接お客様宅へ出荷する件、
三者で一度打合せをさせてください。候補日は以下です。

　・5/13(水) 10:00-11:00
　・5/14(木) 16:00-17:00

出荷データの受け渡し方法（ファイル連携 or 送り状システム）と、
集荷時間の締め（何時までにキッティング完了すれば当日出荷か）を決めたいと考えております。

{SIG_IT}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two partner organisations (IT vendor, courier) in To/Cc for a three-way meeting: normal",
})

# 015 ----------------------------------------------------------------------------------
_p = _people(15, 7)
_banks = [("0179", "みどり銀行"), ("0005", "三菱UFJ"), ("0009", "三井住友"), ("9900", "ゆうちょ")]
_rng = random.Random(f"{SEED}-15")
_csv = [["社員番号", "受取人名（カナ）", "銀行コード", "支店コード", "預金種目", "口座番号", "振込金額"]]
for p in _p:
    b = _rng.choice(_banks)
    _csv.append([p["emp"], hw(p["kata"]), b[0], f"{_rng.randint(1, 899):03d}", "1",
                 f"{_rng.randint(1000000, 9999999)}", "30000"])
M({
    "id": "zaitaku-015", "charset": "cp932",
    "sender": KEIRI, "to": ["みどり銀行 日本橋支店 法人営業課 <hojin-nihonbashi@midori-ginko.co.jp>"],
    "subject": "在宅勤務環境整備一時金 振込データの件",
    "body": f"""株式会社みどり銀行 日本橋支店
法人営業課 ご担当者様

平素より大変お世話になっております。日の出産業 経理部の本庄です。

在宅勤務環境整備一時金（1人30,000円）の振込について、
インターネットバンキングへの取込がエラーとなったため、振込データをCSVでお送りします。
お手数ですが、4月30日付で振込処理をお願いできますでしょうか。

件数：7件　合計：210,000円

{SIG_KEIRI}
""",
    "attachments": [{"kind": "csv", "name": "furikomi_20260430.csv", "encoding": "cp932", "rows": _csv}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of 7 employees' bank accounts (half-width kana names) mailed to the bank",
})

# 016 ----------------------------------------------------------------------------------
_p = _people(16, 10)
_rows = "\n".join(f"{p['emp']}\t{p['name']}\t〒{p['zip']}\t{addr(p, 0)}\t{p['tel']}" for p in _p)
M({
    "id": "zaitaku-016", "charset": "utf-8",
    "sender": HD, "to": ["佐伯 美緒 <saeki.mio@hinode-sangyo.co.jp>"],
    "cc": ["ITヘルプデスク <it-helpdesk@hinode-sangyo.co.jp>"],
    "subject": "モニター追加配送対象者（10名）",
    "body": f"""佐伯さん

おつかれさまです。ヘルプデスクの門脇です。
モニター追加支給の対象者10名分の配送先です。青葉運輸さんへの依頼をお願いします。
（社外に送るときは規程どおりパスワード付きでお願いします）

社員番号\t氏名\t郵便番号\t住所\t電話
{_rows}

{SIG_HD}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "list of 10 home addresses but every recipient is internal",
})

# 017 ----------------------------------------------------------------------------------
_p = _people(17, 1)[0]
M({
    "id": "zaitaku-017", "charset": "iso-2022-jp",
    "sender": HOKEN, "to": ["三友健康管理センター 産業医 <sangyoi@sanyu-kenko.or.jp>"],
    "subject": "在宅勤務者の面談のお願い",
    "body": f"""一般財団法人 三友健康管理センター
産業医 高見沢先生

いつもお世話になっております。日の出産業 健康推進室の葛西です。

フルリモート勤務の社員1名について、オンラインでの面談をお願いしたくご連絡いたしました。

　氏名　　：{_p['name']}（{_p['dept']}）
　生年月日：{ymd(_p['dob'])}
　状況　　：定期健康診断で血圧 172/104、要精密検査の判定。
　　　　　　本人によると在宅勤務開始後に体重が8kg増加し、不眠も続いているとのこと。
　　　　　　まだ精密検査は受診していません。

5月中旬の先生のご都合のよい日時をいくつかお知らせいただけますでしょうか。
本人の了承は得ております。

{SIG_HOKEN}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named employee's health check result and symptoms to the external occupational physician",
})

# 018 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-018", "charset": "utf-8",
    "sender": HOKEN, "to": ["三友健康管理センター 保健指導課 <hoken-shido@sanyu-kenko.or.jp>"],
    "subject": "VDT健診 受診状況（拠点別・4月末時点）",
    "body": f"""三友健康管理センター 保健指導課 御中

お世話になっております。日の出産業 健康推進室の葛西です。
在宅勤務者を含むVDT健診の受診状況を拠点別にまとめました。
次回の衛生委員会資料にも使いますので、気になる点があればご指摘ください。

| 拠点     | 対象者 | 受診済 | 受診率 | うち在宅勤務者の受診率 |
|----------|-------:|-------:|-------:|-----------------------:|
| 本社     |   412  |   371  |  90.0% |                  84.2% |
| 大阪支店 |   138  |   120  |  87.0% |                  80.5% |
| 福岡支店 |    64  |    61  |  95.3% |                  92.0% |
| 厚木倉庫 |    27  |    27  | 100.0% |                     -  |

在宅勤務者の受診率が低い傾向は昨年度と同じです。
郵送型の眼科検査キットの導入可否についてもご相談させてください。

{SIG_HOKEN}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate health-check statistics by site: no identifiable person",
})

# 019 ----------------------------------------------------------------------------------
_p = _people(19, 1)[0]
_cn = card_number(SEED + 11)
M({
    "id": "zaitaku-019", "charset": "iso-2022-jp",
    "sender": FAC, "to": ["デスク市場 法人窓口 <houjin@desk-ichiba.com>"],
    "subject": "ご注文 DI-2604-55817 のお支払い方法変更について",
    "body": f"""デスク市場 法人窓口 ご担当者様

お世話になります。日の出産業株式会社 総務部の楠木と申します。

弊社社員が在宅勤務用モニターアームを個人のクレジットカードで注文してしまいました。
会社の請求書払いに切り替えていただき、カード決済は取り消していただけますでしょうか。

　ご注文番号：DI-2604-55817
　ご注文者　：{_p['name']}
　決済カード：{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}（有効期限 09/28）
　商品　　　：モニターアーム MA-2 ×1（税込 12,980円）

請求書の宛先は下記署名のとおりです。お手数をおかけしますがよろしくお願いいたします。

{SIG_FAC}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "an employee's full credit card number in the body to an e-commerce vendor",
})

# 020 ----------------------------------------------------------------------------------
_p = _people(20, 1)[0]
M({
    "id": "zaitaku-020", "charset": "cp932",
    "sender": FAC, "to": ["沢渡 様 <sawatari@comfort-seat.co.jp>"],
    "subject": "Re: 貸与チェア 追加1脚の納品先",
    "body": f"""沢渡様

お世話になっております。楠木です。
追加の1脚（CS-ERGO7 ブラック）の納品先は下記でお願いいたします。

　{_p['name']} 様
　〒{_p['zip']}
　{addr(_p, 1)}
　TEL {_p['tel']}

平日18時以降か土曜午前であれば在宅とのことです。

{SIG_FAC}

-----Original Message-----
From: 沢渡 <sawatari@comfort-seat.co.jp>
Sent: Monday, April 20, 2026 11:02 AM
Subject: 貸与チェア 追加1脚の納品先

楠木様
追加分の在庫を確保いたしました。納品先をお知らせください。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one employee's delivery address to the vendor: one person's record may be warned, not held",
})

# 021 ----------------------------------------------------------------------------------
_p = _people(21, 6)
_blocks = "\n\n".join(
    f"■{i + 1}. {p['name']}（{p['dept']}）\n　〒{p['zip']}　{addr(p, 1)}\n　携帯：{p['tel']}"
    for i, p in enumerate(_p))
M({
    "id": "zaitaku-021", "charset": "iso-2022-jp",
    "sender": HD, "to": ["はやて急便 神田営業所 野々村様 <kanda-eigyo@hayate-express.co.jp>"],
    "subject": "FW: 【返却キット発送】対象者一覧",
    "body": f"""はやて急便 神田営業所
野々村様

お世話になっております。日の出産業 ヘルプデスクの門脇です。
返却キット（空箱＋着払伝票）の発送先です。社内の連絡をそのまま転送いたします。
明日の集荷分でお願いいたします。

門脇

-----Forwarded message-----
From: 人事部 労務課 二階堂 彩 <nikaido.aya@hinode-sangyo.co.jp>
Date: 2026年4月22日(水) 17:48
Subject: 【返却キット発送】対象者一覧
To: 門脇 拓実 <kadowaki.takumi@hinode-sangyo.co.jp>

門脇さん

5月末で退職・休職となる在宅勤務者6名です。貸与PCの返却キットを自宅へ送ってください。

{_blocks}

以上、よろしくお願いします。
二階堂
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward of an internal mail listing 6 employees' home addresses and mobiles to a courier: forwarded text counts",
})

# 022 ----------------------------------------------------------------------------------
_p = _people(22, 6)
_q = "\n".join(f"> {i + 1}  {p['name']} 様  {p['city']}  {p['tel']}  配達完了" if i % 3 else
               f"> {i + 1}  {p['name']} 様  {p['city']}  {p['tel']}  不在持戻り（4/23再配達予定）"
               for i, p in enumerate(_p))
M({
    "id": "zaitaku-022", "charset": "cp932",
    "sender": SOUMU, "to": ["三上 様 <mikami@aoba-unyu.co.jp>"],
    "subject": "Re: 第2便 配達状況のご報告",
    "body": f"""三上様

ご報告ありがとうございます。佐伯です。
不在分2件については、こちらからもご本人に連絡を入れておきます。
引き続きよろしくお願いいたします。

佐伯

2026年4月22日(水) 18:15 三上 <mikami@aoba-unyu.co.jp>:
> 日の出産業 佐伯様
>
> お世話になっております。青葉運輸の三上です。
> 第2便の配達状況をご報告いたします。
>
{_q}
>
> 以上、よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the list is only in quoted text from the courier's own mail; the new text has no personal data",
})

# 023 ----------------------------------------------------------------------------------
_p = _people(23, 9)
_rng = random.Random(f"{SEED}-23")
_tr = "\n".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>〒{p['zip']}<br>{addr(p, 0)}</td><td>{p['tel']}</td>"
    f"<td>{_rng.choice(['ノートPC', 'ノートPC＋モニター', 'モニター', 'ノートPC＋ドック'])}</td>"
    f"<td>5/{_rng.randint(11, 22)} {_rng.choice(['午前', '14-16時', '18-20時'])}</td></tr>"
    for i, p in enumerate(_p))
M({
    "id": "zaitaku-023", "charset": "utf-8",
    "sender": FAC, "to": ["イレーステック 回収受付 <kaishu@erase-tech.co.jp>"],
    "subject": "リース満了機器の宅配回収依頼（9件）",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>株式会社イレーステック<br>回収受付ご担当者様</p>
<p>いつもお世話になっております。日の出産業 総務部の楠木です。</p>
<p>リース満了に伴い、在宅勤務者の自宅から下記機器の回収とデータ消去をお願いいたします。<br>
消去証明書は機器ごとに発行をお願いします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>回収先住所</th><th>電話番号</th><th>機器</th><th>希望日時</th></tr>
{_tr}
</table>
<p>ご不明点がございましたらご連絡ください。</p>
<pre>{SIG_FAC}</pre>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of 9 employees' home addresses and phones for equipment pickup",
})

# 024 ----------------------------------------------------------------------------------
_sites = [("本社", "103-0027", "東京都中央区日本橋三丁目8番2号 日の出ビル7階", "03-5201-7730"),
          ("大阪支店", "530-0047", "大阪府大阪市北区西天満四丁目11番5号 西天満センタービル5階", "06-6315-2280"),
          ("名古屋営業所", "460-0003", "愛知県名古屋市中区錦二丁目14番9号 錦パークビル3階", "052-201-6618"),
          ("福岡支店", "812-0011", "福岡県福岡市博多区博多駅前三丁目6番1号", "092-472-3390"),
          ("厚木倉庫", "243-0021", "神奈川県厚木市岡田五丁目2番7号", "046-229-5104")]
_txt = "\n".join(f"・{s[0]}　〒{s[1]} {s[2]}　代表 {s[3]}" for s in _sites)
_tr = "".join(f"<tr><td>{s[0]}</td><td>〒{s[1]} {s[2]}</td><td>{s[3]}</td></tr>" for s in _sites)
M({
    "id": "zaitaku-024", "charset": "utf-8",
    "sender": IT, "to": ["岸本 様 <kishimoto@tsubasa-system.jp>"],
    "subject": "拠点配送先一覧（共用PC・予備機）",
    "body": f"""岸本様

お世話になっております。久我です。
在宅勤務者の予備機・共用PCは各拠点の総務宛に配送いただきたく、拠点一覧をお送りします。

{_txt}

受取担当は各拠点の総務担当（代表電話経由）です。

{SIG_IT}
""",
    "html": f"""<html><body><p>岸本様</p><p>お世話になっております。久我です。<br>
在宅勤務者の予備機・共用PCは各拠点の総務宛に配送いただきたく、拠点一覧をお送りします。</p>
<table border="1"><tr><th>拠点</th><th>住所</th><th>代表電話</th></tr>{_tr}</table>
<p>受取担当は各拠点の総務担当（代表電話経由）です。</p><pre>{SIG_IT}</pre></body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of the company's own sites with office addresses and switchboards: businesses, not people",
})

# 025 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-025", "charset": "utf-8",
    "sender": SOUMU, "to": ["法人レンタル窓口 <biz@wifi-rent.jp>"],
    "subject": "モバイルWi-Fiルーター法人レンタル 利用者登録",
    "body": f"""ワイファイレンタル株式会社
法人レンタル窓口 ご担当者様

お世話になっております。日の出産業株式会社 総務部の佐伯です。
先日お申込みしたモバイルルーター1台について、利用者登録に必要な情報をお送りします。
外国籍社員のため、在留カードでの本人確認が必要とのご案内をいただいております。

　利用者氏名：NGUYEN THI HONG NHUNG（グエン ティ ホン ニュン）
　生年月日　：1996年8月14日
　在留カード番号：UH47281935EA（在留期限 2028年3月31日）
　配送先　　：〒183-0011 東京都府中市白糸台2-19-4 コーポ若葉203
　利用期間　：2026年5月1日～2026年10月31日

在留カードの画像が必要な場合は、別途ご指示ください。

{SIG_SOUMU}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a foreign employee's residence card number with name, birth date and home address to a rental vendor",
})

# 026 ----------------------------------------------------------------------------------
_p = _people(26, 1)[0]
M({
    "id": "zaitaku-026", "charset": "iso-2022-jp",
    "sender": SOUMU, "to": ["青葉運輸 八王子営業所 <hachioji@aoba-unyu.co.jp>"],
    "subject": "営業所止め荷物の受取人確認について",
    "body": f"""青葉運輸株式会社 八王子営業所 御中

お世話になっております。日の出産業 総務部の佐伯です。
伝票番号 4127-3390-5816 のお荷物（ノートPC）を営業所止めで発送しております。
受取時の本人確認について、ご本人から運転免許証で確認いただくよう伺いましたので、
念のため事前に情報をお伝えいたします。

　受取人：{_p['name']}
　運転免許証番号：第 3019 2204 7713 号
　受取予定：4月25日(土) 午前

ご本人は免許証を持参いたしますので、よろしくお願いいたします。

{SIG_SOUMU}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "an employee's driver's licence number sent to the courier's depot for pickup ID check",
})

# 027 ----------------------------------------------------------------------------------
_p = _people(27, 15)
_rng = random.Random(f"{SEED}-27")
_sheet = [["在宅勤務環境アンケート（記名式）回答一覧　回答期間 2026/3/2～3/13"], [],
          ["回答ID", "氏名", "所属", "社用メール", "携帯電話", "作業場所", "机", "椅子", "回線(Mbps)", "週あたり在宅日数"]]
for i, p in enumerate(_p):
    _sheet.append([f"R{301 + i}", p["name"], p["dept"], p["work"], p["tel"],
                   _rng.choice(["個室", "リビング", "寝室の一角", "ダイニング"]),
                   _rng.choice(["専用デスク", "ダイニングテーブル", "ローテーブル"]),
                   _rng.choice(["ワークチェア", "ダイニングチェア", "座椅子"]),
                   _rng.choice([12, 45, 80, 150, 320, 600]), _rng.randint(1, 5)])
M({
    "id": "zaitaku-027", "charset": "utf-8",
    "sender": TELE, "to": ["早乙女 様 <saotome@kaiteki-work.jp>"],
    "subject": "アンケート回答データ送付（分析ご依頼の件）",
    "body": f"""株式会社快適ワーク研究所
早乙女様

お世話になっております。日の出産業 テレワーク推進事務局の日置です。
3月に実施した在宅勤務環境アンケートの回答データをお送りします。
追加ヒアリングの対象者選定もお願いしたいため、記名・連絡先付きのままにしております。
シート「回答」をご覧ください。

{SIG_TELE}
""",
    "attachments": [{
        "kind": "xlsx", "name": "在宅勤務環境アンケート_回答一覧.xlsx",
        "sheets": {"回答": _sheet, "設問": [["No", "設問"], [1, "主な作業場所"], [2, "机"], [3, "椅子"],
                                           [4, "回線速度"], [5, "在宅日数"]]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "named survey responses of 15 employees with e-mails and mobiles to an outside consultant",
})

# 028 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-028", "charset": "utf-8",
    "sender": TELE, "to": ["早乙女 様 <saotome@kaiteki-work.jp>"],
    "subject": "Re: 集計版のご送付",
    "body": f"""早乙女様

お世話になっております。日置です。
ご依頼の集計版を添付します。個人が特定できないよう、部署も5名未満は「その他」にまとめています。

{SIG_TELE}

> 日置様
> 先日はありがとうございました。報告書用に集計版もいただけますでしょうか。
> 早乙女
""",
    "attachments": [{
        "kind": "xlsx", "name": "アンケート集計_部署別.xlsx",
        "sheets": {"作業場所": [["在宅勤務環境アンケート 集計（n=284）"], ["作業場所", "人数", "割合"],
                                ["個室", 98, "34.5%"], ["リビング", 87, "30.6%"], ["寝室の一角", 61, "21.5%"],
                                ["ダイニング", 38, "13.4%"]],
                   "椅子": [["椅子", "人数", "割合"], ["ワークチェア", 131, "46.1%"],
                           ["ダイニングチェア", 118, "41.5%"], ["座椅子", 35, "12.3%"]]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "anonymised aggregate survey results: no people's records",
})

# 029 ----------------------------------------------------------------------------------
_p = _people(29, 1)[0]
M({
    "id": "zaitaku-029", "charset": "iso-2022-jp",
    "sender": HOKEN, "to": ["こころEAP カウンセリング窓口 <counsel@kokoro-eap.jp>"],
    "subject": "カウンセリングのご依頼（在宅勤務者 1名）",
    "body": f"""こころEAP株式会社
カウンセリング窓口 ご担当者様

お世話になっております。日の出産業 健康推進室の葛西です。
下記社員について、オンラインカウンセリングの枠を確保いただけますでしょうか。

氏名：{_p['name']}
社員番号：{_p['emp']}
連絡先（本人携帯）：{_p['tel']}

昨年秋からフルリモートになって以降、孤立感が強く、3月に心療内科で
適応障害と診断されています。現在は短時間勤務で、主治医からカウンセリング併用を勧められています。
本人の同意は取得済みです。ご連絡は本人携帯に直接お願いします。

{SIG_HOKEN}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's mental health diagnosis (適応障害) to the external EAP provider",
})

# 030 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-030", "charset": "cp932",
    "sender": JINJI, "to": ["こころEAP 営業部 <sales@kokoro-eap.jp>"],
    "subject": "EAP契約更新と利用実績について",
    "body": f"""こころEAP株式会社 営業部
谷口様

お世話になっております。日の出産業 人事部の二階堂です。
来期のEAP契約更新について、社内稟議を進めております。
稟議資料に添付するため、2025年度の利用実績（件数ベース）をご提供いただけますでしょうか。

　・相談件数（電話／オンライン／対面の別）
　・在宅勤務者からの相談の割合
　・相談テーマ別の件数（個人が特定されない粒度で結構です）

契約書の守秘義務条項は現行どおりで問題ございません。

{SIG_JINJI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contract renewal with the EAP vendor asking for anonymous usage counts",
})

# 031 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-031", "charset": "iso-2022-jp",
    "sender": HOKEN, "to": ["みなと健診クリニック 予約係 <yoyaku@minato-clinic.jp>"],
    "subject": "二次健診対象者の結果票送付",
    "body": f"""みなと健診クリニック 予約係 御中

お世話になっております。日の出産業 健康推進室の葛西です。
二次健診のご予約に先立ち、対象者の一次健診結果票をお送りします。
ファイルにはパスワードを設定しております。パスワードはお電話でお伝えします。

{SIG_HOKEN}
""",
    "attachments": [{
        "kind": "pdf", "name": "一次健診結果_二次対象者.pdf", "password": "mnt2026kasai",
        "lines": ["二次健診対象者 一次健診結果", "氏名 判定 所見"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF to a clinic: the attachment cannot be inspected",
})

# 032 ----------------------------------------------------------------------------------
_p = _people(32, 1)[0]
M({
    "id": "zaitaku-032", "charset": "iso-2022-jp",
    "sender": FAC, "to": ["三上 様 <mikami@aoba-unyu.jp>"],
    "subject": "再配達先の変更のお願い（伝票 3902-1184-7765）",
    "body": f"""青葉運輸株式会社
三上様

お世話になっております。日の出産業の楠木です。
伝票番号 3902-1184-7765 のお荷物について、ご本人の転居により配達先の変更をお願いします。

　新住所：〒{_p['zip']} {addr(_p, 0)}
　受取人：{_p['name']} 様（{_p['tel']}）

お手数をおかけしますが、よろしくお願いいたします。

{SIG_FAC}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "aoba-unyu.jp drops the co. of the partner aoba-unyu.co.jp: look-alike (the one address alone would pass)",
})

# 033 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-033", "charset": "utf-8",
    "sender": HD, "to": ["shunsuke.hibino.77@gmail.com"],
    "subject": "貸与PC発送のお知らせ（日の出産業 情報システム部）",
    "body": f"""日比野 俊介 様

日の出産業 情報システム部ヘルプデスクの門脇です。
入社前のため、ご登録いただいた個人メールアドレス宛にご連絡しております。

貸与PCを本日発送しました。
　配送業者：青葉運輸　伝票番号：6105-2273-9948
　お届け予定：5月1日(金) 午前中

初回ログイン手順は同梱の「はじめにお読みください」をご覧ください。
初期パスワードはSMSでお送りします。メールでお伝えすることはありません。

ご不明な点はヘルプデスク（03-5201-7762）までお電話ください。

{SIG_HD}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "shipping notice with a tracking number to one new hire's free-mail address: a single freemail recipient",
})

# 034 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-034", "charset": "iso-2022-jp",
    "sender": HD,
    "to": ["yumiko_hasumi@yahoo.co.jp", "t.kakazu1984@gmail.com", "nana.momose@icloud.com",
           "k-otobe@docomo.ne.jp", "r.nabeshima@outlook.jp"],
    "subject": "【ご返却のお願い】貸与PC・周辺機器",
    "body": f"""退職予定の皆様

日の出産業 情報システム部ヘルプデスクです。
最終出社日以降のご連絡のため、ご登録の個人アドレス宛にお送りしています。

貸与PC・ACアダプタ・モニター・ヘッドセットを、5月15日(金)までに
同封の返却キットでご返送ください（着払伝票は記入済みです）。

返却前に個人データが残っていないかご確認ください。
不明点はヘルプデスク 03-5201-7762 まで。

{SIG_HD}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "five former employees' private addresses all visible to each other in To: should have been Bcc",
})

# 035 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-035", "charset": "iso-2022-jp",
    "sender": HD, "to": ["ITヘルプデスク <it-helpdesk@hinode-sangyo.co.jp>"],
    "bcc": ["akira.okochi@gmail.com", "mai_shitara@yahoo.co.jp", "kurisu.s@icloud.com",
            "ren-tsukumo@ezweb.ne.jp", "h.anzai.1990@gmail.com", "y.kira@outlook.jp"],
    "subject": "【入社前のご案内】在宅勤務用機材の受取について",
    "body": f"""5月入社予定の皆様

（本メールはBCCでお送りしています）

日の出産業 情報システム部ヘルプデスクです。
入社日までに、ご自宅へノートPC・モニター・ヘッドセットをお届けします。
お届け日時はSMSでお知らせしますので、受取可能な日時をご返信ください。

受取後は同梱のチェックシートで内容物をご確認のうえ、
入社初日9:00からのオンラインセットアップ会にご参加ください。

{SIG_HD}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "new hires' private addresses correctly in Bcc, To is internal: recipients cannot see each other",
})

# 036 ----------------------------------------------------------------------------------
_p = _people(36, 6)
_rng = random.Random(f"{SEED}-36")
_tbl = [["No", "氏名", "住所", "電話番号", "回線種別", "回線契約者", "補助月額"]]
for i, p in enumerate(_p):
    _tbl.append([str(i + 1), p["name"], f"〒{p['zip']} {addr(p, 1)}", p["tel"],
                 _rng.choice(["光回線", "ホームルーター", "CATV"]), _rng.choice(["本人", "配偶者", "親"]),
                 _rng.choice(["3,000円", "4,500円"])])
M({
    "id": "zaitaku-036", "charset": "cp932",
    "sender": JINJI, "to": ["給与アシスト 中尾様 <nakao@kyuyo-assist.co.jp>"],
    "subject": "通信費補助 新規申請者（4月分）",
    "body": f"""給与アシスト 中尾様

お世話になっております。二階堂です。
4月分の通信費補助の新規申請者一覧（Word）を添付します。
5月給与から支給開始でお願いいたします。

{SIG_JINJI}
""",
    "attachments": [{
        "kind": "docx", "name": "通信費補助申請者一覧_202604.docx",
        "paragraphs": ["通信費補助 新規申請者一覧（2026年4月受付分）", "人事部労務課 作成", ""],
        "tables": [_tbl],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of 6 employees with home addresses and phones to the payroll outsourcer",
})

# 037 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-037", "charset": "utf-8",
    "sender": IT, "to": ["岸本 様 <kishimoto@tsubasa-system.jp>"],
    "subject": "在宅勤務者向け 初期設定手順書（レビューのお願い）",
    "body": f"""岸本様

お世話になっております。久我です。
在宅勤務者が自宅で貸与PCを初期設定する際の手順書を作成しました。
VPN接続と多要素認証の章に誤りがないか、技術的な観点でレビューいただけますでしょうか。

{SIG_IT}
""",
    "attachments": [{
        "kind": "docx", "name": "在宅勤務PC初期設定手順書_v0.9.docx", "title": "在宅勤務PC初期設定手順書",
        "page_footer": "日の出産業株式会社 情報システム部 v0.9",
        "paragraphs": ["在宅勤務PC 初期設定手順書 v0.9", "1. 同梱物の確認（PC本体、ACアダプタ、LANアダプタ、はじめにお読みください）",
                       "2. 電源を入れ、Wi-Fi（自宅のSSID）に接続します。",
                       "3. 会社のメールアドレスでサインインし、SMSで届くコードを入力します。",
                       "4. タスクバーのVPNアイコンから「日の出産業 RA」を選び接続します。",
                       "5. 接続できない場合はヘルプデスク（内線2390 / 03-5201-7762）へ。"],
        "tables": [[["症状", "対処"], ["VPNがタイムアウトする", "自宅ルーターのIPv6設定を確認"],
                    ["SMSが届かない", "ヘルプデスクで認証方法を変更"]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "setup manual for review by the IT vendor: no personal data, no marking",
})

# 038 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-038", "charset": "utf-8",
    "sender": IT, "to": ["SecureLink Support <support@securelink.com>"],
    "subject": "Case #88213 - VPN gateway configuration for review",
    "body": f"""Hello SecureLink Support team,

As requested in case #88213, please find attached our current remote-access gateway
configuration (address pools, split-tunnel routes and group policies).
We would appreciate your recommendation on reducing the reconnect time for home users.

Best regards,
{SIG_IT_EN}
""",
    "attachments": [{
        "kind": "xlsx", "name": "RA_gateway_config_2026Q2.xlsx", "page_header": "部外秘",
        "sheets": {"Pools": [["日の出産業 リモートアクセス設定表　【部外秘】"], [],
                             ["Group", "Address pool", "DNS", "Split tunnel"],
                             ["RA-Staff", "10.88.0.0/20", "10.10.1.53", "yes"],
                             ["RA-Admin", "10.88.16.0/24", "10.10.1.53", "no"],
                             ["RA-Vendor", "10.88.32.0/26", "10.10.1.54", "yes"]],
                   "Routes": [["Destination", "Via"], ["10.10.0.0/16", "tunnel"], ["172.20.0.0/16", "tunnel"]]},
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "spreadsheet classified 部外秘 (title row and page header) sent to a foreign VPN vendor",
})

# 039 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-039", "charset": "utf-8",
    "sender": IT, "to": ["Emily Carter <emily.carter@securelink.com>"],
    "subject": "Re: License renewal quote - Hinode Sangyo (600 users)",
    "body": f"""Dear Emily,

Thank you for the renewal quote. Before we proceed, could you confirm two points?

1. Whether the 600-user tier can be increased mid-term by 50 users at the same unit price.
2. Whether the always-on VPN client is included, or licensed separately.

Our fiscal year closes on 31 March, so we would like to issue the PO by 10 June.

Kind regards,
{SIG_IT_EN}

{DISC_EN}

On Tue, 19 May 2026 at 09:12, Emily Carter <emily.carter@securelink.com> wrote:
> Dear Mr. Kuga,
> Please find our renewal quote Q-2026-0417 for 600 users attached in our earlier mail.
> Best, Emily
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "licence renewal question in English with the standard confidentiality disclaimer: ordinary mail",
})

# 040 ----------------------------------------------------------------------------------
_p = _people(40, 6)
_csv = [["name", "postal_code", "address", "phone", "email", "item"]]
for p in _p:
    _csv.append([p["ROMAJI"], p["zip"], addr(p, 4), p["tel"], p["mail"], "USB-C dock GD-940"])
M({
    "id": "zaitaku-040", "charset": "utf-8",
    "sender": IT, "to": ["GlobalDesk Orders <orders@globaldesk.com>"],
    "subject": "PO 4500-2231: drop-ship addresses for docking stations",
    "body": f"""Hello GlobalDesk team,

Please find attached the drop-ship list for PO 4500-2231 (6 x USB-C dock GD-940).
Each unit should be delivered directly to the employee's home in Japan.
The phone numbers and e-mail addresses are for your courier's delivery notifications.

Thanks,
{SIG_IT_EN}
""",
    "attachments": [{"kind": "csv", "name": "dropship_PO4500-2231.csv", "encoding": "utf-8", "rows": _csv}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV with 6 employees' romanised home addresses, mobiles and private e-mails to a foreign vendor",
})

# 041 ----------------------------------------------------------------------------------
_p = _people(41, 5)
_rng = random.Random(f"{SEED}-41")
_rows = "\n".join(f"{p['name']:<8}  {p['dept']:<10}  HS-NB-{_rng.randint(2000, 2999)}  "
                  f"SN:5CG{_rng.randint(1000000, 9999999)}" for p in _p)
M({
    "id": "zaitaku-041", "charset": "cp932",
    "sender": FAC, "to": ["辻 様 <tsuji@hoshizora-lease.co.jp>"],
    "subject": "資産台帳の照合（使用者不明5台）",
    "body": f"""星空リース株式会社
契約管理部 辻様

お世話になっております。日の出産業の楠木です。
ご指摘いただいた台帳不一致の5台について、社内で使用者を確認しました。
いずれも在宅勤務者が自宅で使用中です。

使用者      所属          資産番号       シリアル
---------------------------------------------------------
{_rows}

台帳の使用部署欄の更新をお願いいたします。

{SIG_FAC}
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "five employees' names with department and assigned asset: employee records without contact data, judgement call",
})

# 042 ----------------------------------------------------------------------------------
_rng = random.Random(f"{SEED}-42")
_rows = "\n".join(f"{i + 1:>2}. HS-NB-{1800 + i * 7}  SN:5CG{_rng.randint(1000000, 9999999)}  "
                  f"{_rng.choice(['EliteBook 640 G9', 'EliteBook 640 G9', 'ProBook 450 G8'])}" for i in range(20))
M({
    "id": "zaitaku-042", "charset": "iso-2022-jp",
    "sender": FAC, "to": ["辻 様 <tsuji@hoshizora-lease.co.jp>"],
    "subject": "リース満了返却機器一覧（契約番号 HL-2021-0693）",
    "body": f"""辻様

お世話になっております。楠木です。
契約番号 HL-2021-0693 の満了に伴い、下記20台を6月5日に一括返却いたします。
在宅勤務者からの回収は完了し、現在本社倉庫に保管しております。

{_rows}

データ消去は弊社にて実施済み（消去ツールのログを別途お送りします）。

{SIG_FAC}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "asset and serial numbers of 20 laptops with no names: not people's data",
})

# 043 ----------------------------------------------------------------------------------
_p = _people(43, 5)
_items = "\n".join(f"・{p['name']}（{p['kana']}）／{p['tel']}／〒{p['zip']} {addr(p, 2)}" for p in _p)
M({
    "id": "zaitaku-043", "charset": "iso-2022-jp",
    "sender": HD, "to": ["ネクスモバイル 法人営業 <hojin@nexmobile.co.jp>"],
    "subject": "業務用スマートフォン 直送先（追加5台）",
    "body": f"""ネクスモバイル株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業 情報システム部の門脇です。
追加発注分5台は、在宅勤務者の自宅へ直送をお願いいたします。
（電話番号はご本人の私用携帯です。配送連絡用にお使いください）

{_items}

開通手続きは弊社で行いますので、SIMは挿入せず同梱でお願いします。

{SIG_HD}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "bullet list of 5 employees with private mobiles and home addresses to the carrier",
})

# 044 ----------------------------------------------------------------------------------
_p = _people(44, 3)
_lines = "\n".join(f"　{i + 1}）{p['name']}　{p['dept']}　{p['work']}　{p['tel']}" for i, p in enumerate(_p))
M({
    "id": "zaitaku-044", "charset": "iso-2022-jp",
    "sender": HOKEN, "to": ["東都工科大学 人間工学研究室 <ergo-lab@tohto-tech.ac.jp>"],
    "subject": "在宅VDT作業セミナー 参加者のご連絡",
    "body": f"""東都工科大学 人間工学研究室
結城先生

お世話になっております。日の出産業 健康推進室の葛西です。
6月3日の「在宅VDT作業と姿勢」セミナーに、弊社から下記3名が参加いたします。
当日、接続トラブルがあった際のご連絡先も併記しております。

{_lines}

どうぞよろしくお願いいたします。

{SIG_HOKEN}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three seminar attendees with e-mails and phones: under five people, may be warned",
})

# 045 ----------------------------------------------------------------------------------
_p = _people(45, 1)[0]
M({
    "id": "zaitaku-045", "charset": "utf-8",
    "sender": HD, "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    "subject": "スクリーンリーダー導入のご相談（在宅勤務者1名）",
    "body": f"""ツバサシステム サポートデスク 御中

お世話になっております。日の出産業 ヘルプデスクの門脇です。

在宅勤務の社員 {_p['name']}（{_p['dept']}、社員番号 {_p['emp']}）は身体障害者手帳2級（視覚障害）を
お持ちで、画面拡大とスクリーンリーダーが必要です。
貸与PCへの NVDA 導入と、VPN クライアントの読み上げ対応可否をご確認いただけますか。

ご本人とのリモート作業の日程は、私から調整いたします。

{SIG_HD}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's disability (visual impairment, certificate grade) to the IT vendor",
})

# 046 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-046", "charset": "utf-8",
    "sender": HD, "to": ["岸本 様 <kishimoto@tsubasa-system.jp>"],
    "subject": "アクセシビリティ支援ソフトのお見積り依頼",
    "body": f"""岸本様

お世話になっております。門脇です。
在宅勤務環境のアクセシビリティ向上のため、下記のお見積りをお願いできますでしょうか。

　1. 画面拡大ソフト（法人ライセンス）　5ライセンス
　2. スクリーンリーダー導入支援（リモート作業）　1式
　3. 大型モニター 27インチ　5台

納期は7月末希望です。

{SIG_HD}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "quote request for accessibility software with no person named",
})

# 047 ----------------------------------------------------------------------------------
_p = _people(47, 1)[0]
M({
    "id": "zaitaku-047", "charset": "cp932",
    "sender": HOKEN, "to": ["みなと健診クリニック 予約係 <yoyaku@minato-clinic.jp>"],
    "subject": "定期健康診断の予約（自宅近隣受診希望者）",
    "body": f"""みなと健診クリニック 予約係 御中

お世話になっております。日の出産業 健康推進室の葛西です。
フルリモート勤務のため、ご自宅近くの貴院での受診を希望している社員の予約をお願いします。

　受診者　　：{_p['name']}（{_p['kata']}）
　生年月日　：{wareki(_p['dob'], 1)}
　保険者番号：06139482
　記号・番号：記号 2710　番号 31558
　コース　　：法定健診＋VDT検査
　希望日　　：6月9日(火) または 6月11日(木) 午前

費用は弊社への請求でお願いいたします。

{SIG_HOKEN}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "an employee's health insurance card symbol and number with birth date to a clinic",
})

# 048 ----------------------------------------------------------------------------------
_p = _people(48, 20)
_csv = [["お届け先名", "お届け先郵便番号", "お届け先住所1", "お届け先住所2", "お届け先電話番号", "品名", "配達時間帯"]]
_rng = random.Random(f"{SEED}-48")
for p in _p:
    _csv.append([p["name"], p["zip"].replace("-", ""), f"{p['pref']}{p['city']}{p['town']}",
                 f"{p['chome']}-{p['ban']}-{p['go']} {p['bldg']}{p['room']}".strip(), p["tel"].replace("-", ""),
                 "精密機器（PC）", _rng.choice(["0812", "1416", "1820", "1921"])])
M({
    "id": "zaitaku-048", "charset": "utf-8",
    "sender": SOUMU, "to": ["青葉運輸 法人センター <houjin-center@aoba-unyu.co.jp>"],
    "subject": "発送データ（5/20出荷分 20件）",
    "body": f"""青葉運輸 法人センター
ご担当者様

お世話になっております。日の出産業 総務部の佐伯です。
5/20出荷分の発送データ（送り状発行システム取込形式）をZIPでお送りします。
取込後、伝票番号の返送をお願いいたします。

{SIG_SOUMU}
""",
    "attachments": [{
        "kind": "zip", "name": "hassou_20260520.zip",
        "files": [{"kind": "csv", "name": "hassou_20260520.csv", "encoding": "utf-8", "rows": _csv},
                  {"kind": "txt", "name": "readme.txt", "text": "取込レイアウト：法人B2形式 ver.3\n件数：20件\n"}],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "plain ZIP holding a CSV of 20 employees' home addresses and phones for the courier's label system",
})

# 049 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-049", "charset": "iso-2022-jp",
    "sender": FAC, "to": ["沢渡 様 <sawatari@comfort-seat.co.jp>"],
    "subject": "組立説明書とチェック表の件",
    "body": f"""沢渡様

お世話になっております。楠木です。
社員向けに配布する組立説明書（簡易版）と設置後チェック表を作りましたので、
内容に誤りがないかご確認ください。ZIPでまとめてお送りします。

{SIG_FAC}
""",
    "attachments": [{
        "kind": "zip", "name": "チェア組立資料.zip",
        "files": [{"kind": "pdf", "name": "組立説明書_簡易版.pdf",
                   "lines": ["CS-ERGO7 組立説明書（簡易版）", "1. 脚にキャスターを差し込みます。",
                             "2. ガスシリンダーを脚の中央に差し込みます。", "3. 座面を載せ、体重をかけて固定します。",
                             "4. 背もたれをボルト4本で固定します（六角レンチ同梱）。"]},
                  {"kind": "xlsx", "name": "設置後チェック表.xlsx",
                   "sheets": {"チェック": [["項目", "確認"], ["座面の高さ：足裏が床につく", ""],
                                          ["肘掛け：机と同じ高さ", ""], ["背もたれ：腰のカーブに合う", ""]]}},
                  {"kind": "png", "name": "完成図.png"}],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ZIP of an assembly guide, checklist and picture: no personal data",
})

# 050 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-050", "charset": "iso-2022-jp",
    "sender": SOUMU, "to": ["三上 様 <mikami@aoba-unyu.co.jp>"],
    "subject": "Re: 配送先一覧（修正版）",
    "body": f"""三上様

ご指摘ありがとうございました。住所不備を修正した一覧をお送りします。
お手数ですが差し替えをお願いいたします。

佐伯

> 佐伯様
> いただいた一覧のうち3件で番地が不足しているようです。ご確認をお願いします。
> 三上
""",
    "attachments": [{"kind": "corrupt", "name": "配送先一覧_修正版.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the corrected list is a corrupt XLSX that cannot be opened or inspected",
})

# 051 ----------------------------------------------------------------------------------
_p = _people(51, 7)
_rows = "\n".join(f"{p['emp']}, {p['name']}, {p['zip']}, {addr(p, 0)}, {p['tel']}" for p in _p)
M({
    "id": "zaitaku-051", "charset": "cp932",
    "sender": JINJI, "to": ["総務部 <soumu@hinode-sangyou.co.jp>"],
    "subject": "在宅勤務者 住所一覧（緊急連絡用・更新版）",
    "body": f"""総務部 各位

人事部の二階堂です。
在宅勤務者の住所一覧（緊急連絡用）を更新しましたので共有します。
災害時の安否確認で使用しますので、総務部共有フォルダの台帳も差し替えをお願いします。

社員番号, 氏名, 郵便番号, 住所, 携帯
{_rows}

{SIG_JINJI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for the internal 総務部 but typed hinode-sangyou.co.jp (extra u): look-alike of our own domain, carrying 7 home addresses",
})

# 052 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-052", "charset": "utf-8",
    "sender": SOUMU, "to": ["岸本 様 <kishimoto@tsubasa-system.jp>"],
    "subject": "FW: 集荷完了のお知らせ（厚木センター 5/20）",
    "body": f"""岸本様

お世話になっております。佐伯です。
青葉運輸さんから集荷完了の連絡がありましたので、元のメールを添付で転送します。
個数は32個口で、キッティング完了報告の台数と一致しております。

{SIG_SOUMU}
""",
    "attachments": [{
        "kind": "eml", "name": "集荷完了のお知らせ.eml",
        "message": {
            "charset": "iso-2022-jp", "sender": "青葉運輸 法人センター <houjin-center@aoba-unyu.co.jp>",
            "to": [SOUMU], "subject": "集荷完了のお知らせ（厚木センター 5/20）",
            "body": """日の出産業株式会社 総務部 佐伯様

いつもご利用ありがとうございます。青葉運輸 法人センターです。
本日、下記のとおり集荷が完了いたしました。

　集荷先：ツバサシステム株式会社 厚木キッティングセンター
　個口数：32個口
　伝票番号：4127-3390-5823 ～ 4127-3390-5854（連番）
　お届け予定：5月21日(木)～22日(金)

青葉運輸株式会社 法人センター
TEL 0120-48-1192""",
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "courier's pickup notice attached as .eml: tracking number range and vendor site only",
})

# 053 ----------------------------------------------------------------------------------
_p = _people(53, 7)
_rows = "\n".join(f"{p['name']}\n  {p['zip']} {addr(p, 0)}\n  TEL {p['tel']}" for p in _p)
M({
    "id": "zaitaku-053", "charset": "iso-2022-jp",
    "sender": FAC, "to": ["はやて急便 神田営業所 野々村様 <kanda-eigyo@hayate-express.co.jp>"],
    "subject": "フットレスト配送の件（社内依頼メール添付）",
    "body": f"""野々村様

お世話になっております。日の出産業の楠木です。
フットレスト7個の配送先は、添付の社内依頼メールに記載のとおりです。
お手数ですが、こちらから送り状を作成いただけますでしょうか。

{SIG_FAC}
""",
    "attachments": [{
        "kind": "eml", "name": "フットレスト配送依頼.eml",
        "message": {
            "charset": "iso-2022-jp", "sender": HOKEN, "to": [FAC],
            "subject": "フットレスト配送依頼（在宅勤務者7名）",
            "body": f"""楠木さん

健康推進室の葛西です。作業環境チェックで「足が床に届かない」と回答した7名に
フットレストを送っていただけますか。配送先は以下です。

{_rows}

よろしくお願いします。
葛西""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "attached internal mail (.eml) lists 7 employees' home addresses and phones, sent to a courier",
})

# 054 ----------------------------------------------------------------------------------
_p = _people(54, 3)
_sheet = [["在宅勤務手当 源泉徴収確認対象者（2025年分）"], ["社員番号", "氏名", "生年月日", "個人番号", "在宅勤務手当 年額", "備考"]]
for i, p in enumerate(_p):
    _sheet.append([p["emp"], p["name"], ymd(p["dob"], "-"), my_number(SEED + 2 + i),
                   [60000, 48000, 36000][i], ["年途中入社", "", "年途中で在宅勤務開始"][i]])
M({
    "id": "zaitaku-054", "charset": "utf-8",
    "sender": KEIRI, "to": ["山吹税理士法人 大槻様 <otsuki@yamabuki-tax.jp>"],
    "subject": "年末調整の再計算対象者（在宅勤務手当）",
    "body": f"""山吹税理士法人
大槻様

お世話になっております。日の出産業 経理部の本庄です。
在宅勤務手当の課税区分誤りにより、年末調整の再計算が必要な3名の情報を添付します。
法定調書の訂正にも必要とのことでしたので、個人番号も記載しております。

{SIG_KEIRI}
""",
    "attachments": [{"kind": "xlsx", "name": "再計算対象者_2025.xlsx",
                     "sheets": {"対象者": _sheet}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three employees' My Numbers in an XLSX to the tax accountant: any My Number stops",
})

# 055 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-055", "charset": "iso-2022-jp",
    "sender": KEIRI, "to": ["山吹税理士法人 大槻様 <otsuki@yamabuki-tax.jp>"],
    "subject": "在宅勤務手当の課税区分についてご相談",
    "body": f"""大槻様

お世話になっております。本庄です。
在宅勤務手当の取扱いについて、ご見解をいただけますでしょうか。

現在、在宅勤務者に月額4,000円を定額で支給しており、給与として課税しています。
来期から、通信費・電気料金の業務使用分を実費精算する方式に切り替えた場合、
国税庁FAQの算式（業務日数÷月日数×1/2）で計算した額を非課税とできるか、
また精算の根拠資料としてどこまで保存が必要かを確認したいと考えております。

来週のお打合せでご相談できれば幸いです。

{SIG_KEIRI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a tax question about the allowance with no individual's data",
})

# 056 ----------------------------------------------------------------------------------
_p = _people(56, 1)[0]
M({
    "id": "zaitaku-056", "charset": "utf-8",
    "sender": HOKEN, "to": ["東都工科大学 結城先生 <yuki.h@tohto-tech.ac.jp>"],
    "subject": "自宅作業環境の個別評価のお願い",
    "body": f"""結城先生

お世話になっております。日の出産業 健康推進室の葛西です。
先日ご相談した個別評価について、対象者が決まりましたのでご連絡します。

対象者は{_p['dept']}の{_p['name']}さん（{2026 - _p['dob'][0]}歳）です。
昨年12月に整形外科で頸肩腕症候群と診断され、現在も月2回通院しています。
在宅勤務の作業姿勢が一因と考えられるため、ビデオ通話で自宅の机・椅子・モニター配置を
見ていただき、改善案をいただけますと幸いです。

本人の同意書は取得済みです。日程候補は追ってお送りします。

{SIG_HOKEN}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's diagnosis and treatment to an outside university researcher",
})

# 057 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-057", "charset": "utf-8",
    "sender": HOKEN, "to": ["東都工科大学 人間工学研究室 <ergo-lab@tohto-tech.ac.jp>"],
    "subject": "セミナー資料（社内向け補足スライド）",
    "body": f"""結城先生

先日はご講演ありがとうございました。
社内向けに補足スライドを作成しましたので、先生のご説明と齟齬がないかご確認いただけますか。
引用元として先生のお名前を記載してもよろしいでしょうか。

{SIG_HOKEN}
""",
    "attachments": [{
        "kind": "pptx", "name": "在宅VDT作業のポイント.pptx", "page_footer": "日の出産業 健康推進室",
        "slides": [["在宅VDT作業のポイント", "1時間に1回は立ち上がる", "画面の上端は目の高さかやや下",
                    "肘は90度以上、手首はまっすぐ"],
                   ["よくある誤り", "ノートPCを直接見下ろす", "ダイニングチェアで長時間作業", "照明が画面に映り込む"],
                   ["会社の支援", "モニター・チェアの貸与", "作業環境セルフチェック（年2回）", "保健師への相談窓口"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "PPTX of general ergonomics advice: no personal data",
})

# 058 ----------------------------------------------------------------------------------
_p = _people(58, 6)
M({
    "id": "zaitaku-058", "charset": "utf-8",
    "sender": TELE, "to": ["早乙女 様 <saotome@kaiteki-work.jp>"],
    "subject": "訪問診断パイロット 対象者資料",
    "body": f"""早乙女様

お世話になっております。日置です。
自宅訪問診断パイロットの対象者資料をお送りします。
訪問日程のご調整は、資料記載の携帯番号へ直接ご連絡いただいて構いません。

{SIG_TELE}
""",
    "attachments": [{
        "kind": "pptx", "name": "訪問診断パイロット_対象者.pptx",
        "slides": [["訪問診断パイロット（2026年6月）", "対象：在宅勤務週4日以上の社員6名", "期間：6/8～6/26"],
                   ["対象者一覧"] + [f"{p['name']}　{addr(p, 0)}　{p['tel']}" for p in _p],
                   ["診断項目", "作業スペースの広さ・照明", "机・椅子の高さ", "回線・電源の安全"]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PPTX slide listing 6 employees' home addresses and mobiles for home visits by the consultant",
})

# 059 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-059", "charset": "iso-2022-jp",
    "sender": SOUMU,
    "to": ["青葉運輸 法人営業 <sales@aoba-unyu.co.jp>", "はやて急便 法人営業 <corp@hayate-express.co.jp>",
           "やまびこ物流 営業部 <sales@yamabiko-butsuryu.co.jp>"],
    "subject": "【お見積り依頼】在宅勤務者向け機材の個別配送（年間契約）",
    "body": f"""各社 ご担当者様

お世話になっております。日の出産業株式会社 総務部の佐伯でございます。
来年度の在宅勤務者向け機材配送について、相見積りをお願いしたくご連絡いたしました。

　・想定件数：年間 約1,200個口（100サイズ中心、精密機器）
　・発送元：本社（東京都中央区）、ツバサシステム厚木センター
　・配送先：全国の社員宅（約85%が関東）
　・返却キット（着払）の同梱：年間 約300件

5月29日(金)までにお見積りをご提出いただけますと幸いです。

{SIG_SOUMU}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "competitive quote request with three rival couriers visible to each other in To",
})

# 060 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-060", "charset": "cp932",
    "sender": SOUMU, "to": ["やまびこ物流 営業部 <sales@yamabiko-butsuryu.co.jp>"],
    "subject": "Re: お見積りの件（運賃表）",
    "body": f"""やまびこ物流株式会社
営業部 竹之内様

お見積りありがとうございました。佐伯です。
いただいた運賃表を社内比較用に以下のとおり整理しました。相違があればご指摘ください。

サイズ　　関東　　　中部・関西　九州・北海道　精密機器割増
------　 -------　 ----------　-----------　------------
 60　　　　780円　　　 920円　　　1,340円　　　＋150円
 80　　　　990円　　 1,130円　　　1,560円　　　＋150円
100　　　1,210円　　 1,370円　　　1,820円　　　＋200円
120　　　1,480円　　 1,650円　　　2,140円　　　＋200円

※税別、年間1,000個口以上の契約単価

{SIG_SOUMU}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a courier's rate table: prices, no personal data",
})

# 061 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-061", "charset": "iso-2022-jp",
    "sender": IT, "to": ["藤堂 様 <todo.k@tsubasa-system.jp>"],
    "cc": ["能登 雅彦 <noto.masahiko@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】VPN不審ログイン 調査状況の共有",
    "body": f"""■機密区分：社外秘（ツバサシステム様 限定開示）

藤堂様

お世話になっております。久我です。
5/9未明に検知したVPNへの不審ログイン試行について、弊社側の調査状況を共有します。

　・試行元IP：海外3か国・計41アドレス
　・対象アカウント：退職者アカウント2件（無効化済み）への試行が大半
　・成功ログイン：なし（多要素認証で遮断）
　・暫定対処：国外IPからの接続を5/10 9:00に遮断

装置側ログの保全と、ジオブロック設定の恒久化についてご提案をお願いします。

{SIG_IT}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "mail classified 社外秘 in the subject and a classification line, sent to the vendor",
})

# 062 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-062", "charset": "utf-8",
    "sender": TELE, "to": ["早乙女 様 <saotome@kaiteki-work.jp>"],
    "subject": "ガイド案「在宅勤務時の機密書類の取扱い」へのコメント",
    "body": f"""早乙女様

お世話になっております。日置です。
ご提案いただいたガイド案「在宅勤務時の機密書類の取扱い」を拝読しました。コメントです。

1. 「社外秘・極秘の書類は持ち帰らない」の一文は冒頭に移動してください。
2. シュレッダーの貸与は弊社では行っていないため、「溶解処理ボックスへの郵送」に置き換えをお願いします。
3. 家族との共用PCの禁止について、理由を一言添えると伝わりやすいと思います。
4. イラストの机の上の書類に「機密」のスタンプが描かれていますが、これはそのままで結構です。

修正版は5月末までにいただければ、6月の社内研修で配布します。

{SIG_TELE}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "comments on a guide about handling confidential papers: the words are the topic, not a marking",
})

# 063 ----------------------------------------------------------------------------------
_p = _people(63, 10)
_rows = "\n".join(f"{p['name']}\t{p['kata']}\t{wareki(p['dob'], 3)}\t{p['tel']}\t{p['dept']}" for p in _p)
M({
    "id": "zaitaku-063", "charset": "cp932",
    "sender": HOKEN, "to": ["みなと健診クリニック 予約係 <yoyaku@minato-clinic.jp>"],
    "subject": "6月 定期健診の予約者リスト（10名）",
    "body": f"""みなと健診クリニック 予約係 御中

お世話になっております。日の出産業 健康推進室の葛西です。
6月の定期健診（法定項目＋VDT）の受診希望者10名です。
各人の希望日は本人から直接お電話するよう案内しておりますので、
予約枠の確保をお願いいたします。

氏名\tフリガナ\t生年月日\t連絡先\t所属
{_rows}

{SIG_HOKEN}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of 10 employees with 和暦 birth dates and mobiles to a clinic",
})

# 064 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-064", "charset": "iso-2022-jp",
    "sender": HOKEN, "to": ["みなと健診クリニック 予約係 <yoyaku@minato-clinic.jp>"],
    "cc": ["kotaro.usami@gmail.com", "chihiro-imaizumi@yahoo.co.jp"],
    "subject": "健診日程の確定について",
    "body": f"""みなと健診クリニック 予約係 御中
（cc：受診者ご本人様）

お世話になっております。日の出産業 健康推進室の葛西です。
ご本人との調整がつきましたので、下記で確定をお願いします。

　宇佐美様：6月9日(火) 9:00
　今泉様　：6月11日(木) 9:30

当日の持ち物等はクリニック様からご本人へ直接ご案内いただけますと幸いです。
ご本人にもCCでお送りしております。

{SIG_HOKEN}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "clinic plus two employees' private addresses in To/Cc: three external parties see each other",
})

# 065 ----------------------------------------------------------------------------------
_p = _people(65, 4)
_find = [("脂質異常（LDL 196）", "要医療"), ("HbA1c 7.1 糖尿病の疑い", "要精密検査"),
         ("心電図 心房細動", "要精密検査"), ("高血圧（164/98）、服薬中", "要経過観察")]
_sheet = [["二次健診 対象者（在宅勤務者）"], ["氏名", "生年月日", "所属", "所見", "判定"]]
for p, f in zip(_p, _find):
    _sheet.append([p["name"], wareki(p["dob"]), p["dept"], f[0], f[1]])
M({
    "id": "zaitaku-065", "charset": "utf-8",
    "sender": HOKEN, "to": ["三友健康管理センター 保健指導課 <hoken-shido@sanyu-kenko.or.jp>"],
    "subject": "二次健診の受診勧奨（在宅勤務者4名）",
    "body": f"""三友健康管理センター 保健指導課 御中

お世話になっております。葛西です。
在宅勤務者のうち、二次健診が未受診の4名について、貴センターからの受診勧奨をお願いします。
対象者と所見を添付のとおりまとめました。

{SIG_HOKEN}
""",
    "attachments": [{"kind": "xlsx", "name": "二次健診_未受診者.xlsx", "sheets": {"未受診者": _sheet}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "only four people, but each row holds health check findings: sensitive data stops even under five",
})

# 066 ----------------------------------------------------------------------------------
_p = _people(66, 20)
_rng = random.Random(f"{SEED}-66")
_csv = [["社員番号", "氏名", "生年月日", "BMI", "血圧", "判定", "所見"]]
for p in _p:
    j = _rng.choice(["A", "A", "B", "C", "D"])
    _csv.append([p["emp"], p["name"], ymd(p["dob"]), f"{_rng.uniform(18, 31):.1f}",
                 f"{_rng.randint(105, 170)}/{_rng.randint(62, 104)}", j,
                 {"A": "異常なし", "B": "軽度異常", "C": "要経過観察（脂質）", "D": "要精密検査（血糖）"}[j]])
M({
    "id": "zaitaku-066", "charset": "utf-8",
    "sender": HOKEN, "to": ["産業保健スタッフ <sangyo-hoken@hinode-sangyo.co.jp>"],
    "cc": ["高見沢 医師 <takamizawa@mail.hinode-sangyo.co.jp>"],
    "subject": "在宅勤務者 健診結果一覧（4月受診分）",
    "body": f"""産業保健スタッフ各位

健康推進室の葛西です。在宅勤務者の4月受診分の健診結果一覧です。
D判定の方には今週中に受診勧奨の連絡をします。
（社内限定。社外への転送はしないでください）

{SIG_HOKEN}
""",
    "attachments": [{"kind": "csv", "name": "健診結果_在宅_202604.csv", "encoding": "utf-8", "rows": _csv}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "health check results of 20 people, but To and Cc are all internal (incl. the mail. subdomain)",
})

# 067 ----------------------------------------------------------------------------------
_p = _people(67, 6)
_rows = "\n".join(f"（{zen(str(i + 1))}）{p['name']}　〒{zen(p['zip'])}　{addr(p, 3)}　ＴＥＬ：{zen(p['tel'])}"
                  for i, p in enumerate(_p))
M({
    "id": "zaitaku-067", "charset": "iso-2022-jp",
    "sender": HD, "to": ["オトテック 法人受注センター <order@oto-tech.co.jp>"],
    "subject": "ヘッドセット直送のお願い（注文番号 OT-77120）",
    "body": f"""株式会社オトテック
法人受注センター 御中

お世話になっております。日の出産業 ヘルプデスクの門脇です。
注文番号 ＯＴ－７７１２０ のノイズキャンセリングヘッドセット６台は、
下記の社員宅へ１台ずつ直送をお願いいたします。

{_rows}

納品書は本社総務部宛にお送りください。

{SIG_HD}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6 employees' home addresses and phones written in full-width digits to a headset vendor",
})

# 068 ----------------------------------------------------------------------------------
_sites = ["本社 総務部", "大阪支店 総務課", "名古屋営業所", "福岡支店 総務課", "厚木倉庫", "仙台出張所",
          "札幌出張所", "広島出張所", "横浜営業所", "さいたま営業所", "千葉営業所", "京都出張所"]
_rows = "\n".join(f"  {s:<12} 4127-3391-{6100 + i * 13:04d}  {2 + i % 3}個口" for i, s in enumerate(_sites))
M({
    "id": "zaitaku-068", "charset": "iso-2022-jp",
    "sender": SOUMU, "to": ["三上 様 <mikami@aoba-unyu.co.jp>"],
    "subject": "予備機発送分の伝票番号一覧",
    "body": f"""三上様

お世話になっております。佐伯です。
本日発送した予備機（各拠点宛）の伝票番号を一覧にしました。
配達完了の報告は一覧の順でいただけますと助かります。

  拠点         伝票番号        個口
{_rows}

{SIG_SOUMU}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tracking numbers for shipments to the company's own sites: no people",
})

# 069 ----------------------------------------------------------------------------------
_p = _people(69, 5)
_new = "\n".join(f"{i + 1}. {p['name']} 様 → 〒{p['zip']} {addr(p, 1)}（{p['tel']}）" for i, p in enumerate(_p))
_old = "\n".join(f"> {i + 1}. {p['name']} 様　{p['city']}{p['town']}（番地なし）" for i, p in enumerate(_p))
M({
    "id": "zaitaku-069", "charset": "iso-2022-jp",
    "sender": SOUMU, "to": ["三上 様 <mikami@aoba-unyu.co.jp>"],
    "subject": "Re: 住所不備のお荷物（5件）",
    "body": f"""三上様

お世話になっております。佐伯です。
ご本人たちに確認が取れましたので、正しい住所をお送りします。

{_new}

お手数ですが、本日中の再配達手配をお願いいたします。

佐伯

> 佐伯様
>
> 青葉運輸の三上です。下記5件、番地不足で配達できずに営業所保管となっております。
>
{_old}
>
> 正しいご住所をお知らせください。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a reply whose new text gives 5 people's full addresses and phones; only the quoted part was the courier's",
})

# 070 ----------------------------------------------------------------------------------
_p = _people(70, 8)
_q = "\n".join(f"{p['name']}　ID: ra-{p['romaji'].split()[1].lower()}{i + 3}　{p['work']}　初期PW通知: SMS送付済"
               for i, p in enumerate(_p))
M({
    "id": "zaitaku-070", "charset": "utf-8",
    "sender": IT, "to": ["岸本 様 <kishimoto@tsubasa-system.jp>"],
    "subject": "RE: VPNアカウント発行完了のご報告",
    "body": f"""岸本様

迅速なご対応ありがとうございました。久我です。
社内で全件接続確認が取れました。本件はこれで完了とさせてください。

{SIG_IT}

-----Original Message-----
From: 岸本 亜希子 <kishimoto@tsubasa-system.jp>
Sent: Thursday, May 7, 2026 4:41 PM
To: 久我 慎一 <kuga.shinichi@hinode-sangyo.co.jp>
Subject: VPNアカウント発行完了のご報告

日の出産業 久我様

お世話になっております。ツバサシステムの岸本です。
ご依頼の8名分のアカウント発行が完了しました。

{_q}

ご確認をお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the account list is quoted under -----Original Message----- from the vendor's own mail; new text is a thank-you",
})

# 071 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-071", "charset": "cp932",
    "sender": IT, "to": ["岸本 様 <kishimoto@tsubasa-system.co.jp>"],
    "subject": "ドッキングステーション追加見積のお願い",
    "body": f"""ツバサシステム株式会社
岸本様

お世話になっております。久我です。
在宅勤務者向けにドッキングステーションを追加で30台検討しております。
前回と同型（USB-C、100W給電）でのお見積りをお願いできますでしょうか。
納品先は本社総務部で結構です。

{SIG_IT}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-system.co.jp is not the partner's domain (tsubasa-system.jp): a co. added",
})

# 072 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-072", "charset": "utf-8",
    "sender": HOKEN, "to": ["三友健康管理センター 産業医 <sangyoi@sanyu-kenko.or.jp>"],
    "subject": "面談記録の送付",
    "body": f"""高見沢先生

お世話になっております。葛西です。
先日の在宅勤務者面談の記録をPDFでお送りします。ご確認のうえ、所見欄へのご記入をお願いします。

{SIG_HOKEN}
""",
    "attachments": [{"kind": "corrupt", "name": "面談記録_0512.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a corrupt PDF that cannot be inspected",
})

# 073 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-073", "charset": "iso-2022-jp",
    "sender": JINJI, "to": ["tatsuya_setoguchi@yahoo.co.jp"],
    "subject": "在宅勤務手当の申請方法について",
    "body": f"""瀬戸口 達也 様

人事部 労務課の二階堂です。
休職中のため、ご登録いただいている個人アドレスへご連絡しております。

復職後の在宅勤務手当は、勤怠システムの「在宅勤務申請」から月ごとに申請いただく形です。
復職初月は紙の申請書でも受け付けますので、必要であればお知らせください。
ご不明な点は労務課（03-5201-7720）までお電話ください。

{SIG_JINJI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "procedural answer to one employee at a private address: single freemail recipient, no data",
})

# 074 ----------------------------------------------------------------------------------
_p = _people(74, 1)[0]
M({
    "id": "zaitaku-074", "charset": "iso-2022-jp",
    "sender": JINJI, "to": ["常盤損害保険 保険金請求受付 <claims@tokiwa-sonpo.co.jp>"],
    "subject": "傷害保険 事故報告（在宅勤務中の負傷）",
    "body": f"""常盤損害保険株式会社
保険金請求受付 ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の二階堂です。
団体傷害保険（証券番号 TK-5508213）の被保険者について、事故のご報告をいたします。

【被保険者】{_p['name']}（{_p['kata']}）　生年月日 {wareki(_p['dob'], 0)}
【事故日時】2026年5月11日 14時頃
【事故状況】在宅勤務中、自宅の階段で足を滑らせ転倒
【傷病名】　右橈骨遠位端骨折（{_p['city']}内の整形外科にて診断、全治2か月）
【休業】　　5月12日より休業中

請求書類一式のご送付をお願いいたします。

{SIG_JINJI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's injury diagnosis with birth date to the insurer: medical information",
})

# 075 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-075", "charset": "utf-8",
    "sender": JINJI, "to": ["常盤損害保険 法人営業 <corp-sales@tokiwa-sonpo.co.jp>"],
    "cc": ["能登 雅彦 <noto.masahiko@hinode-sangyo.co.jp>"],
    "subject": "在宅勤務者向け補償の追加検討について",
    "body": f"""常盤損害保険株式会社
法人営業部 浅香様

お世話になっております。二階堂です。
先日ご提案いただいた「テレワーク補償特約」について、下記の条件で見積りをお願いします。

　・対象：在宅勤務制度の利用者 約300名（人数のみの包括契約）
　・補償：在宅勤務中の傷害、貸与機器の破損・盗難
　・免責：1事故あたり1万円
　・始期：2026年10月1日

被保険者名簿は不要の方式と伺っておりますが、念のためご確認ください。

{SIG_JINJI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "insurance quote based on headcount only: no personal data",
})

# 076 ----------------------------------------------------------------------------------
_p = _people(76, 1)[0]
M({
    "id": "zaitaku-076", "charset": "cp932",
    "sender": JINJI, "to": ["水野 先生 <mizuno@mizuno-sr.jp>"],
    "subject": "月額変更届の作成依頼（通勤手当廃止による）",
    "body": f"""水野先生

お世話になっております。二階堂です。
フルリモートへの切替で通勤手当（月額28,460円）が廃止となった社員1名について、
3か月経過後の随時改定に該当するか確認のうえ、月額変更届の作成をお願いします。

　氏名：{_p['name']}
　生年月日：{wareki(_p['dob'], 2)}
　基礎年金番号：{zen('4127-508396')}
　被保険者整理番号：1184
　変動月：2026年2月（2月～4月の報酬月額は別添の賃金台帳のとおり）

{SIG_JINJI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an employee's basic pension number (full-width) with name and birth date to the labour consultant",
})

# 077 ----------------------------------------------------------------------------------
_p = _people(77, 1)[0]
M({
    "id": "zaitaku-077", "charset": "utf-8",
    "sender": HD, "to": ["TabiSIM Corporate <corporate@tabisim.com>"],
    "subject": "海外データSIM 法人申込（利用者情報）",
    "body": f"""TabiSIM 法人窓口 御中

お世話になっております。日の出産業 情報システム部の門脇です。
海外滞在中にリモート勤務を行う社員1名分のデータSIMを申し込みます。
ご案内に従い、旅券情報を記載します。

　利用者（旅券記載どおり）：{_p['ROMAJI'].upper()}
　生年月日：{ymd(_p['dob'])}
　旅券番号：TZ8305174
　渡航先：ポルトガル（リスボン）
　利用期間：2026/06/15～2026/08/31

請求は法人契約（契約番号 TSC-30771）でお願いします。

{SIG_HD}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "an employee's passport number with name and birth date to a SIM vendor",
})

# 078 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-078", "charset": "utf-8",
    "sender": IT, "to": ["藤堂 様 <todo.k@tsubasa-system.jp>"],
    "cc": ["SecureLink Support <support@securelink.com>"],
    "subject": "VPN gateway cut-over plan / VPN装置切替計画",
    "body": f"""Todo-san, SecureLink team,

(English below / 日本語は下)

藤堂様
新VPN装置への切替は 6/20(土) 22:00 開始で確定とさせてください。
切り戻し判断は 6/21(日) 1:00 とします。SecureLink 側のリモート支援も手配済みです。

SecureLink team,
We have confirmed the cut-over to the new gateway on 20 June, 22:00 JST, with a
roll-back decision point at 01:00 JST. Please keep an engineer on standby for the window.
Tsubasa System (our integrator, in To) will run the on-site work.

{SIG_IT_EN}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations (integrator and VPN vendor) on a bilingual cut-over mail: normal three-way mail",
})

# 079 ----------------------------------------------------------------------------------
_p = _people(79, 30)
_rng = random.Random(f"{SEED}-79")
_csv = [["display_name", "user_principal_name", "phone_number", "platform", "ownership", "group"]]
for p in _p:
    _csv.append([p["name"], p["work"], p["tel"], _rng.choice(["iOS", "Android"]), "corporate",
                 f"Remote-{p['dept']}"])
M({
    "id": "zaitaku-079", "charset": "utf-8",
    "sender": IT, "to": ["MDMクラウド 導入支援 <onboarding@mdm-cloud.jp>"],
    "subject": "ユーザー一括登録用CSV（第1陣30名）",
    "body": f"""MDMクラウド株式会社
導入支援チーム 御中

お世話になっております。日の出産業の久我です。
在宅勤務者の業務用スマートフォン登録のため、第1陣30名分のユーザーCSVをお送りします。
一括登録後、招待SMSの送信をお願いいたします。

{SIG_IT}
""",
    "attachments": [{"kind": "csv", "name": "mdm_users_batch1.csv", "encoding": "utf-8", "rows": _csv}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CSV of 30 employees' names, e-mail addresses and phone numbers to the MDM vendor",
})

# 080 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-080", "charset": "iso-2022-jp",
    "sender": IT, "to": ["MDMクラウド 導入支援 <onboarding@mdm-cloud.jp>"],
    "subject": "Re: 登録状況のご報告",
    "body": f"""導入支援チーム 御中

ご報告ありがとうございます。久我です。
登録状況、承知いたしました。こちらでも管理画面で以下を確認しております。

　登録済み端末：286台（iOS 171 / Android 115）
　OS更新未適用：23台
　30日以上未接続：9台

未接続の9台は社内で個別に連絡します。
OS更新の強制適用は6月の第2週からでお願いします。
管理画面からエクスポートしたサマリー（HTML）も念のため添付します。

{SIG_IT}
""",
    "attachments": [{
        "kind": "html", "name": "mdm_summary_20260601.html",
        "html": """<html><head><meta charset="utf-8"><title>Device summary</title></head><body>
<h2>デバイス概要 - 日の出産業（2026-06-01）</h2>
<table border="1"><tr><th>区分</th><th>台数</th></tr>
<tr><td>iOS</td><td>171</td></tr><tr><td>Android</td><td>115</td></tr>
<tr><td>OS更新未適用</td><td>23</td></tr><tr><td>30日以上未接続</td><td>9</td></tr>
<tr><td>コンプライアンス違反</td><td>4</td></tr></table></body></html>""",
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "device counts from the MDM console, also as an exported HTML summary: statistics, no people",
})

# 081 ----------------------------------------------------------------------------------
_p = _people(81, 9)
_rng = random.Random(f"{SEED}-81")
_rows = [["社員番号", "氏名", "住所", "旧通勤手当(月額)", "切替日", "在宅勤務手当(月額)"]]
for p in _p:
    _rows.append([p["emp"], p["name"], f"{p['zip']} {addr(p, 0)}", _rng.choice([12400, 18930, 21600, 9870, 33260]),
                  "2026/06/01", 4000])
M({
    "id": "zaitaku-081", "charset": "cp932",
    "sender": JINJI, "to": ["給与アシスト 中尾様 <nakao@kyuyo-assist.co.jp>"],
    "subject": "通勤手当→在宅勤務手当 切替対象者（6月支給分）",
    "body": f"""中尾様

いつもお世話になっております。日の出産業の二階堂です。
6月1日付で勤務形態がフルリモートに変わる9名の一覧です（旧形式のExcelで失礼します）。
通勤手当の支給停止と在宅勤務手当の支給開始をお願いいたします。
定期券の払戻し分は別途精算いたします。

{SIG_JINJI}
""",
    "attachments": [{"kind": "xls", "name": "手当切替_202606.xls", "sheets": {"切替対象": _rows}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "legacy XLS listing 9 employees with home addresses and allowance amounts to the payroll outsourcer",
})

# 082 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-082", "charset": "iso-2022-jp",
    "sender": FAC, "to": ["辻 様 <tsuji@hoshizora-lease.co.jp>"],
    "subject": "Re: リース契約更新のご案内（HL-2023-1127）",
    "body": f"""辻様

いつもお世話になっております。日の出産業の楠木です。
ご案内いただいた契約 HL-2023-1127（ノートPC 120台）の更新について、
再リース（1年）で社内決裁が下りましたので、更新手続きをお願いいたします。
再リース料は月額 186,000円（税別）と認識しておりますが、相違ございませんでしょうか。

なお、同契約の機器のうち在宅勤務者が使用中の18台は、回収せずそのまま継続利用いたします。

{SIG_FAC}

{DISC_JA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "lease renewal with the standard Japanese confidentiality disclaimer: ordinary mail",
})

# 083 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-083", "charset": "utf-8",
    "sender": IT, "to": ["監査パートナーズ 石動様 <isurugi@kansa-partners.jp>"],
    "subject": "在宅勤務セキュリティ点検 指摘事項への回答書",
    "body": f"""監査パートナーズ株式会社
石動様

お世話になっております。日の出産業 情報システム部の久我です。
先月の在宅勤務セキュリティ点検でいただいた指摘事項について、回答書をお送りします。
期限までに対応できない項目は、代替策と完了予定日を記載しております。

{SIG_IT}
""",
    "attachments": [{
        "kind": "docx", "name": "在宅勤務セキュリティ点検_回答書.docx",
        "page_header": "取扱注意", "title": "在宅勤務セキュリティ点検 指摘事項回答書",
        "paragraphs": ["【取扱注意】在宅勤務セキュリティ点検 指摘事項に対する回答書", "2026年5月 日の出産業株式会社 情報システム部"],
        "tables": [[["No", "指摘事項", "対応", "完了予定"],
                    ["1", "VPN未接続時に社内ファイルをローカル保存できる", "DLPポリシー適用", "2026/07"],
                    ["2", "退職者アカウントの無効化が最大5営業日遅延", "人事システム連携で即日化", "2026/06"],
                    ["3", "私物ルーターのファームウェア未更新", "注意喚起と点検ツール配布", "2026/08"]]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX stamped 取扱注意 in its header and title line, sent to the outside auditor",
})

# 084 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-084", "charset": "cp932",
    "sender": KEIRI, "to": ["ツバサシステム 経理部 請求担当 <seikyu@tsubasa-system.jp>"],
    "subject": "請求書再発行のお願い（INV-2604-0318）",
    "body": f"""ツバサシステム株式会社
経理部 請求ご担当者様

お世話になっております。日の出産業 経理部の本庄です。
4月分のキッティング作業費の請求書（INV-2604-0318、税込 1,452,000円）について、
適格請求書の記載事項に不足がありましたので、再発行をお願いできますでしょうか。

　・登録番号：T5010401087531（御社）の記載が漏れております
　・税率ごとの消費税額の記載をお願いします

再発行分は5月末支払いに間に合うよう、5月22日までにご送付いただけますと幸いです。

{SIG_KEIRI}
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice reissue request quoting the vendor's own T-number (a company's number, not a person's)",
})

# 085 ----------------------------------------------------------------------------------
_p = _people(85, 8)
_rng = random.Random(f"{SEED}-85")
_csv = [["社員番号", "氏名", "所属", "私用メール", "私用携帯", "緊急連絡先（続柄）", "緊急連絡先電話"]]
for p in _p:
    _csv.append([p["emp"], p["name"], p["dept"], p["mail"], p["tel"], _rng.choice(["配偶者", "父", "母", "兄", "姉"]),
                 f"0{_rng.choice('789')}0-{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}"])
M({
    "id": "zaitaku-085", "charset": "utf-8",
    "sender": SOUMU, "to": ["安否確認サービス サポート <support@anpi-kakunin.jp>"],
    "subject": "登録データの取込エラーについて",
    "body": f"""安否確認サービス サポートご担当者様

お世話になっております。日の出産業 総務部の佐伯です。
在宅勤務者の追加登録でCSV取込がエラーになります（エラーコード E-204）。
エラーとなった8件分のファイルを添付しますので、原因をご確認いただけますでしょうか。

{SIG_SOUMU}
""",
    "attachments": [{"kind": "csv", "name": "anpi_import_err.csv", "encoding": "utf-8", "rows": _csv}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "8 employees' private e-mails, mobiles and emergency contacts sent to a SaaS support desk",
})

# 086 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-086", "charset": "iso-2022-jp",
    "sender": SOUMU, "to": ["安否確認サービス サポート <support@anpi-kakunin.jp>"],
    "subject": "登録項目の仕様について",
    "body": f"""サポートご担当者様

お世話になっております。佐伯です。
仕様について2点教えてください。

1. 緊急連絡先（家族）の登録項目は、任意項目として非表示にできますか。
2. 在宅勤務者の「現在地」を登録させる機能は、位置情報を取得せずに運用できますか。

社内の個人情報保護委員会で確認が必要なため、仕様書の該当ページもお知らせいただけると助かります。

{SIG_SOUMU}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a product specification question: no data",
})

# 087 ----------------------------------------------------------------------------------
_p = _people(87, 5)
_rows = "\n".join(f"　・{p['name']}（{p['dept']}）　第1希望 6/{16 + i}　第2希望 6/{23 + i}" for i, p in enumerate(_p))
M({
    "id": "zaitaku-087", "charset": "iso-2022-jp",
    "sender": HOKEN, "to": ["みなと健診クリニック 予約係 <yoyaku@minato-clinic.jp>"],
    "subject": "健診の仮予約（5名）",
    "body": f"""みなと健診クリニック 予約係 御中

お世話になっております。葛西です。
下記5名の仮予約をお願いします。いずれも午前の枠で結構です。

{_rows}

受診者の詳細は確定後にお送りします。

{SIG_HOKEN}
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "five names with department and preferred dates only (no contact data, no results): borderline list",
})

# 088 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-088", "charset": "cp932",
    "sender": IT,
    "to": ["岸本 様 <kishimoto@tsubasa-system.jp>", "三上 様 <mikami@aoba-unyu.co.jp>"],
    "cc": ["川崎電機 法人営業 宮坂様 <miyasaka@kawasaki-denki.co.jp>"],
    "subject": "RE: 24インチモニターの納期遅延について",
    "body": f"""皆様

お世話になっております。日の出産業の久我です。
川崎電機様からの納期回答（6/12入荷）を受け、以下のとおり調整させてください。

・ツバサシステム様：6/12入荷分を6/15までに検品
・青葉運輸様：6/16集荷、6/17～18配達
・川崎電機様：入荷が遅れる場合は6/10までにご連絡ください

以上、よろしくお願いいたします。

{SIG_IT}

-----Original Message-----
From: 宮坂 <miyasaka@kawasaki-denki.co.jp>
Sent: Friday, May 29, 2026 10:20 AM
Subject: 24インチモニターの納期遅延について

久我様
ご注文の24インチモニター60台は、部材不足により6/12入荷となる見込みです。
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "reply-all puts three external organisations (IT vendor, courier, maker) in To/Cc together",
})

# 089 ----------------------------------------------------------------------------------
_p = _people(89, 2)
_lines = "\n".join(f"　{p['name']}　個人番号 {my_number(SEED + 5 + i)}　入社日 2026/06/01" for i, p in enumerate(_p))
M({
    "id": "zaitaku-089", "charset": "iso-2022-jp",
    "sender": JINJI, "to": ["給与担当 <kyuyo-tanto@hinode-sangyo.co.jp>"],
    "cc": ["人事部 <jinji@mail.hinode-sangyo.co.jp>"],
    "subject": "6月入社者の個人番号（給与システム登録用）",
    "body": f"""給与担当 各位

二階堂です。6月入社のフルリモート採用者2名の個人番号です。
本人確認書類の確認は済んでいます。給与システムへの登録後、このメールは削除してください。

{_lines}

{SIG_JINJI}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "My Numbers, but To and Cc are internal only (hinode-sangyo.co.jp and its mail. subdomain)",
})

# 090 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-090", "charset": "iso-2022-jp",
    "sender": KEIRI, "to": ["みどり銀行 日本橋支店 法人営業課 <hojin-nihonbashi@midori-glnko.co.jp>"],
    "subject": "総合振込の指定日変更について",
    "body": f"""株式会社みどり銀行 日本橋支店
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 経理部の本庄です。
6月分の在宅勤務手当を含む総合振込について、指定日を6月25日から6月24日に変更したく、
手続き方法をご教示いただけますでしょうか。

{SIG_KEIRI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-glnko.co.jp uses l for i: homoglyph look-alike of the partner bank midori-ginko.co.jp",
})

# 091 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-091", "charset": "cp932",
    "sender": KEIRI, "to": ["みどり銀行 日本橋支店 法人営業課 <hojin-nihonbashi@midori-ginko.co.jp>"],
    "subject": "総合振込 予約内容のご確認（6/24実行分）",
    "body": f"""みどり銀行 日本橋支店 法人営業課 御中

お世話になっております。本庄です。
6/24実行分の総合振込を予約しましたので、念のため概要をお知らせします。

　振込元口座：日本橋支店 当座 0051827（日の出産業株式会社）
　件数：312件
　合計金額：1,248,000円（在宅勤務手当 6月分）

資金は6/23までに当座へ入金いたします。

{SIG_KEIRI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the company's own account, count and total of a batch transfer: no individual's data",
})

# 092 ----------------------------------------------------------------------------------
_p = _people(92, 5)
_blocks = "\n".join(
    f"""【{i + 1}】
氏名：{p['name']}（{p['kata']}）
入社日：2026年7月1日　所属：{p['dept']}
会社アドレス：{p['work']}
配送先：〒{p['zip']} {addr(p, 1)}
連絡先：{p['tel']}
""" for i, p in enumerate(_p))
M({
    "id": "zaitaku-092", "charset": "utf-8",
    "sender": HD, "to": ["キッティングセンター <kitting@tsubasa-system.jp>"],
    "subject": "7月入社者 キッティング・直送依頼（5名）",
    "body": f"""ツバサシステム株式会社 キッティングセンター 御中

お世話になっております。日の出産業 ヘルプデスクの門脇です。
7月入社者5名分のキッティングと、ご自宅への直送をお願いいたします。
アカウントは事前作成済みです。初回サインインまで済ませた状態での出荷でお願いします。

{_blocks}
以上5名、6月26日（金）着でお願いします。

{SIG_HD}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one block per person for 5 new hires: home address, phone and e-mail to the IT vendor",
})

# 093 ----------------------------------------------------------------------------------
_p = _people(93, 4)
_rows = "\n".join(f"｜{p['name']}｜{p['zip']}｜{addr(p, 2)}｜{p['tel']}｜" for p in _p)
M({
    "id": "zaitaku-093", "charset": "utf-8",
    "sender": HD, "to": ["キッティングセンター <kitting@tsubasa-system.jp>"],
    "subject": "中途入社者 直送先（4名）",
    "body": f"""キッティングセンター 御中

門脇です。6月15日入社の中途4名分、直送先は以下のとおりです。

｜氏名｜〒｜住所｜電話｜
{_rows}

よろしくお願いします。

{SIG_HD}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four people's delivery addresses: under the five-person list threshold, may be warned",
})

# 094 ----------------------------------------------------------------------------------
_p = _people(94, 1)[0]
M({
    "id": "zaitaku-094", "charset": "iso-2022-jp",
    "sender": FAC, "to": ["辻 様 <tsuji@hoshizora-lease.co.jp>"],
    "subject": "使用中リースPCの一時保管について",
    "body": f"""辻様

お世話になっております。楠木です。
在宅勤務中の社員 {_p['name']}（資産番号 HS-NB-2417）が、乳がんの治療のため
6月から半年ほど休職することになりました。
その間、当該PCを弊社倉庫で保管したいのですが、リース契約上、
長期間使用しない場合の届出などは必要でしょうか。

{SIG_FAC}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's cancer treatment needlessly told to the leasing company",
})

# 095 ----------------------------------------------------------------------------------
_p = _people(95, 5)
_rows = "\n".join(f"  {p['name']}　{p['pref']}{p['city']}" for p in _p)
M({
    "id": "zaitaku-095", "charset": "cp932",
    "sender": SOUMU, "to": ["はやて急便 法人営業 <corp@hayate-express.co.jp>"],
    "subject": "配送エリアの確認（翌日配達可否）",
    "body": f"""はやて急便 法人営業 ご担当者様

お世話になっております。日の出産業の佐伯です。
下記5名宛の荷物を来週発送予定です。東京都中央区からの発送で翌日午前に届くエリアか、
市区町村単位でご確認いただけますでしょうか。

{_rows}

詳細な住所は発送時の送り状でお渡しします。

{SIG_SOUMU}
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five names with city only (no street, no phone): whether this is a list of people's addresses is a judgement call",
})

# 096 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-096", "charset": "utf-8",
    "sender": JINJI, "to": ["水野 先生 <mizuno@mizuno-sr.jp>"],
    "subject": "現行の在宅勤務手当支給規程（参考）",
    "body": f"""水野先生

お世話になっております。二階堂です。
比較のため、現行の在宅勤務手当支給規程（2022年4月施行版）をPDFでお送りします。
社内ポータルで全社員に公開しているものです。

{SIG_JINJI}
""",
    "attachments": [{
        "kind": "pdf", "name": "在宅勤務手当支給規程_2022.pdf", "title": "在宅勤務手当支給規程",
        "lines": ["在宅勤務手当支給規程（2022年4月1日施行）", "",
                  "第1条（目的）この規程は、在宅勤務に伴う費用の補助について定める。",
                  "第2条（対象）在宅勤務を月5日以上行った従業員を対象とする。",
                  "第3条（金額）月額3,000円とし、翌月の給与と併せて支給する。",
                  "第4条（改廃）この規程の改廃は、取締役会の決議による。"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a published internal regulation as PDF, no marking, no personal data",
})

# 097 ----------------------------------------------------------------------------------
_p = _people(97, 12)
_tbl = [["No", "氏名", "フリガナ", "生年月日", "連絡先", "受診日", "コース"]]
for i, p in enumerate(_p):
    _tbl.append([str(i + 1), p["name"], p["kata"], wareki(p["dob"], 1), p["tel"], f"6/{8 + i % 5}",
                 "法定＋VDT" if i % 3 else "法定＋VDT＋眼科"])
M({
    "id": "zaitaku-097", "charset": "iso-2022-jp",
    "sender": HOKEN, "to": ["みなと健診クリニック 予約係 <yoyaku@minato-clinic.jp>"],
    "subject": "受診者名簿（6/8～6/12分）",
    "body": f"""みなと健診クリニック 予約係 御中

お世話になっております。葛西です。
6/8～6/12に受診する12名の名簿をPDFでお送りします。
受付票の事前印刷にご利用ください。

{SIG_HOKEN}
""",
    "attachments": [{"kind": "pdf", "name": "受診者名簿_0608-0612.pdf", "title": "受診者名簿",
                     "lines": ["受診者名簿（日の出産業株式会社）", ""], "table": _tbl}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table of 12 employees with birth dates and phones to a clinic",
})

# 098 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-098", "charset": "utf-8",
    "sender": TELE, "to": ["ワークスタイルレンタル 法人営業 <biz@workstyle-rental.jp>"],
    "subject": "オフィス家具レンタルのご相談（担当者のご紹介）",
    "body": f"""株式会社ワークスタイルレンタル
法人営業部 ご担当者様

はじめてご連絡いたします。日の出産業株式会社 テレワーク推進事務局の日置と申します。
在宅勤務者向けのデスク・チェアのレンタルについてご相談したく、ご連絡いたしました。

本件の弊社窓口は以下のとおりです。
　・全体窓口：テレワーク推進事務局　日置（03-5201-7735）
　・契約・請求：総務部 ファシリティ課　楠木（03-5201-7741）
　・配送調整：総務部 総務課　佐伯（03-5201-7730 内線2214）

まずはサービス資料と、300名規模での概算をいただけますでしょうか。

{SIG_TELE}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "introduces the company's own contact persons with office numbers: business contacts, not personal data",
})

# 099 ----------------------------------------------------------------------------------
_p = _people(99, 5)
_rows = [["カード会員名", "カード番号", "所属", "変更内容"]]
for i, p in enumerate(_p):
    _rows.append([p["ROMAJI"].upper(), card_number(SEED + 12 + i), p["dept"], "月間限度額 30万円→10万円"])
M({
    "id": "zaitaku-099", "charset": "utf-8",
    "sender": KEIRI, "to": ["せいうんカード 法人サービスデスク <corp-desk@seiun-card.co.jp>"],
    "subject": "法人カード 利用限度額変更のお願い（5枚）",
    "body": f"""株式会社せいうんカード
法人サービスデスク 御中

お世話になっております。日の出産業株式会社 経理部の本庄です。
在宅勤務への移行で出張が減ったため、下記5枚の法人カードの月間限度額を変更したく、
対象カードの一覧（CSV）をお送りします。7月利用分から適用をお願いいたします。

{SIG_KEIRI}
""",
    "attachments": [{"kind": "csv", "name": "限度額変更_法人カード.csv", "encoding": "cp932", "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "CSV with 5 cardholders' names and full card numbers to the card company",
})

# 100 ----------------------------------------------------------------------------------
M({
    "id": "zaitaku-100", "charset": "iso-2022-jp",
    "sender": TELE, "to": ["岸本 様 <kishimoto@tsubasa-system.jp>"],
    "cc": ["久我 慎一 <kuga.shinichi@hinode-sangyo.co.jp>"],
    "subject": "在宅勤務環境整備プロジェクト 完了のご報告とお礼",
    "body": f"""ツバサシステム株式会社
岸本様

いつもお世話になっております。日の出産業 テレワーク推進事務局の能登でございます。
おかげさまで、今年度の在宅勤務環境整備プロジェクトが完了いたしました。

　・キッティング・配送完了：312台（うち再配達 14件）
　・初期不良による交換：3台
　・ヘルプデスク問い合わせ：412件（1台あたり1.3件）
　・利用者満足度：4.2／5.0（回答率 71%）

ご協力に心より御礼申し上げます。来年度も引き続きよろしくお願いいたします。

{SIG_TELE}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "project wrap-up with aggregate counts only",
})
