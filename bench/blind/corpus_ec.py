"""Blind corpus: 日の出産業 通販事業部 (EC) and 物流 — ids ec-001 … ec-100.

Written from bench/blind/BRIEF.md and SPEC.md only.  Every person, address, phone
number, account and order below is invented.
"""

import random

from build import card_number, my_number

# ---------------------------------------------------------------------------------------
# invented people
# ---------------------------------------------------------------------------------------

SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("林", "ハヤシ", "Hayashi"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
    ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("岡本", "オカモト", "Okamoto"),
    ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"),
    ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
    ("和田", "ワダ", "Wada"), ("中野", "ナカノ", "Nakano"), ("野口", "ノグチ", "Noguchi"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("東海林", "ショウジ", "Shoji"),
    ("百目鬼", "ドウメキ", "Domeki"), ("九十九", "ツクモ", "Tsukumo"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("五十嵐", "イガラシ", "Igarashi"),
    ("御手洗", "ミタライ", "Mitarai"), ("漆原", "ウルシバラ", "Urushibara"),
    ("鬼頭", "キトウ", "Kito"), ("雲雀", "ヒバリ", "Hibari"), ("栗栖", "クリス", "Kurisu"),
    ("飛鳥井", "アスカイ", "Asukai"), ("蓬田", "ヨモギダ", "Yomogida"), ("猪狩", "イガリ", "Igari"),
    ("仲宗根", "ナカソネ", "Nakasone"), ("比嘉", "ヒガ", "Higa"), ("宇佐美", "ウサミ", "Usami"),
    ("舟橋", "フナハシ", "Funahashi"), ("桐谷", "キリタニ", "Kiritani"), ("今泉", "イマイズミ", "Imaizumi"),
]

MEI = [
    ("太郎", "タロウ", "Taro", "M"), ("健一", "ケンイチ", "Kenichi", "M"), ("翔太", "ショウタ", "Shota", "M"),
    ("大輔", "ダイスケ", "Daisuke", "M"), ("誠", "マコト", "Makoto", "M"), ("浩二", "コウジ", "Koji", "M"),
    ("拓海", "タクミ", "Takumi", "M"), ("隆", "タカシ", "Takashi", "M"), ("修", "オサム", "Osamu", "M"),
    ("和也", "カズヤ", "Kazuya", "M"), ("亮介", "リョウスケ", "Ryosuke", "M"), ("悠真", "ユウマ", "Yuma", "M"),
    ("正樹", "マサキ", "Masaki", "M"), ("博", "ヒロシ", "Hiroshi", "M"), ("蓮", "レン", "Ren", "M"),
    ("哲也", "テツヤ", "Tetsuya", "M"), ("雄一郎", "ユウイチロウ", "Yuichiro", "M"), ("光", "ヒカル", "Hikaru", "M"),
    ("勝利", "カツトシ", "Katsutoshi", "M"), ("慎吾", "シンゴ", "Shingo", "M"), ("忠", "タダシ", "Tadashi", "M"),
    ("花子", "ハナコ", "Hanako", "F"), ("美咲", "ミサキ", "Misaki", "F"), ("陽子", "ヨウコ", "Yoko", "F"),
    ("由美", "ユミ", "Yumi", "F"), ("恵", "メグミ", "Megumi", "F"), ("彩", "アヤ", "Aya", "F"),
    ("真由美", "マユミ", "Mayumi", "F"), ("千尋", "チヒロ", "Chihiro", "F"), ("結衣", "ユイ", "Yui", "F"),
    ("さくら", "サクラ", "Sakura", "F"), ("智子", "トモコ", "Tomoko", "F"), ("久美子", "クミコ", "Kumiko", "F"),
    ("愛", "アイ", "Ai", "F"), ("奈々", "ナナ", "Nana", "F"), ("裕子", "ユウコ", "Yuko", "F"),
    ("明日香", "アスカ", "Asuka", "F"), ("沙織", "サオリ", "Saori", "F"), ("節子", "セツコ", "Setsuko", "F"),
    ("芳江", "ヨシエ", "Yoshie", "F"), ("琴音", "コトネ", "Kotone", "F"), ("麻衣", "マイ", "Mai", "F"),
    ("瑞穂", "ミズホ", "Mizuho", "F"), ("紀子", "ノリコ", "Noriko", "F"),
]

# (postal code, prefecture, city, town, area code)
ADDR = [
    ("060-0042", "北海道", "札幌市中央区", "大通西", "011"),
    ("040-0011", "北海道", "函館市", "本町", "0138"),
    ("020-0021", "岩手県", "盛岡市", "中央通", "019"),
    ("980-0811", "宮城県", "仙台市青葉区", "一番町", "022"),
    ("990-0039", "山形県", "山形市", "香澄町", "023"),
    ("963-8004", "福島県", "郡山市", "中町", "024"),
    ("310-0015", "茨城県", "水戸市", "宮町", "029"),
    ("320-0806", "栃木県", "宇都宮市", "中央", "028"),
    ("371-0023", "群馬県", "前橋市", "本町", "027"),
    ("330-0063", "埼玉県", "さいたま市浦和区", "高砂", "048"),
    ("359-1123", "埼玉県", "所沢市", "日吉町", "04"),
    ("332-0012", "埼玉県", "川口市", "本町", "048"),
    ("260-0013", "千葉県", "千葉市中央区", "中央", "043"),
    ("273-0005", "千葉県", "船橋市", "本町", "047"),
    ("279-0012", "千葉県", "浦安市", "入船", "047"),
    ("160-0022", "東京都", "新宿区", "新宿", "03"),
    ("113-0033", "東京都", "文京区", "本郷", "03"),
    ("135-0016", "東京都", "江東区", "東陽", "03"),
    ("156-0043", "東京都", "世田谷区", "松原", "03"),
    ("167-0051", "東京都", "杉並区", "荻窪", "03"),
    ("185-0012", "東京都", "国分寺市", "本町", "042"),
    ("192-0083", "東京都", "八王子市", "旭町", "042"),
    ("220-0004", "神奈川県", "横浜市西区", "北幸", "045"),
    ("213-0001", "神奈川県", "川崎市高津区", "溝口", "044"),
    ("251-0052", "神奈川県", "藤沢市", "藤沢", "0466"),
    ("950-0087", "新潟県", "新潟市中央区", "東大通", "025"),
    ("920-0853", "石川県", "金沢市", "本町", "076"),
    ("400-0031", "山梨県", "甲府市", "丸の内", "055"),
    ("390-0811", "長野県", "松本市", "中央", "0263"),
    ("420-0852", "静岡県", "静岡市葵区", "紺屋町", "054"),
    ("430-0933", "静岡県", "浜松市中央区", "鍛冶町", "053"),
    ("460-0008", "愛知県", "名古屋市中区", "栄", "052"),
    ("444-0043", "愛知県", "岡崎市", "唐沢町", "0564"),
    ("514-0009", "三重県", "津市", "羽所町", "059"),
    ("520-0044", "滋賀県", "大津市", "京町", "077"),
    ("604-8005", "京都府", "京都市中京区", "恵比須町", "075"),
    ("530-0001", "大阪府", "大阪市北区", "梅田", "06"),
    ("560-0021", "大阪府", "豊中市", "本町", "06"),
    ("590-0028", "大阪府", "堺市堺区", "三国ヶ丘御幸通", "072"),
    ("650-0021", "兵庫県", "神戸市中央区", "三宮町", "078"),
    ("630-8215", "奈良県", "奈良市", "東向中町", "0742"),
    ("700-0901", "岡山県", "岡山市北区", "本町", "086"),
    ("730-0011", "広島県", "広島市中区", "基町", "082"),
    ("760-0019", "香川県", "高松市", "サンポート", "087"),
    ("790-0004", "愛媛県", "松山市", "大街道", "089"),
    ("810-0001", "福岡県", "福岡市中央区", "天神", "092"),
    ("860-0806", "熊本県", "熊本市中央区", "花畑町", "096"),
    ("890-0053", "鹿児島県", "鹿児島市", "中央町", "099"),
    ("900-0015", "沖縄県", "那覇市", "久茂地", "098"),
]

BUILDINGS = ["", "", "", "", "", "コーポ若葉", "メゾン緑ヶ丘", "サンハイツ", "グランシャリオ",
             "パークサイド北", "ハイム桜", "レジデンス東", "ヴィラ白樺", "第二松風荘", "アーバン本町"]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp", "au.com", "nifty.com"]

BANKS = [("三菱UFJ銀行", ["新宿中央支店", "梅田支店", "横浜支店", "上野支店"]),
         ("三井住友銀行", ["渋谷支店", "難波支店", "名古屋支店", "千葉支店"]),
         ("りそな銀行", ["池袋支店", "京橋支店", "浦和支店"]),
         ("みずほ銀行", ["日本橋支店", "札幌支店", "神戸支店"]),
         ("横浜銀行", ["本店営業部", "藤沢支店"]),
         ("千葉銀行", ["船橋支店", "浦安支店"]),
         ("静岡銀行", ["浜松営業部", "草薙支店"]),
         ("福岡銀行", ["天神町支店", "博多駅前支店"]),
         ("京都中央信用金庫", ["四条支店", "西院支店"]),
         ("城南信用金庫", ["蒲田支店", "荏原支店"])]


def people(seed, n):
    """n invented people, deterministic per seed."""
    rng = random.Random(f"ec-people-{seed}")
    out, used = [], set()
    while len(out) < n:
        s = rng.choice(SEI)
        m = rng.choice(MEI)
        if (s[0], m[0]) in used:
            continue
        used.add((s[0], m[0]))
        a = rng.choice(ADDR)
        banchi = f"{rng.randint(1, 9)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
        if rng.random() < 0.25:
            banchi = f"{rng.randint(1, 1800)}-{rng.randint(1, 40)}"
        bld = rng.choice(BUILDINGS)
        if bld:
            bld = f"{bld}{rng.randint(1, 6)}0{rng.randint(1, 8)}"
        if rng.random() < 0.8:
            tel = f"{rng.choice(['090', '080', '070', '090', '080'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        else:
            ac = a[4]
            rest = 10 - len(ac)
            local = rest - 4
            tel = f"{ac}-{rng.randint(10 ** (local - 1) if local > 1 else 2, 10 ** local - 1)}-{rng.randint(1000, 9999)}"
        mob = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        style = rng.randrange(4)
        local_part = [f"{m[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}",
                      f"{s[2].lower()}_{m[2][0].lower()}{rng.randint(60, 99)}",
                      f"{m[2].lower()}{rng.randint(1000, 9999)}",
                      f"{s[2][:3].lower()}{m[2][:3].lower()}.{rng.choice(['hana', 'neko', 'sora', 'umi', 'kaze', 'tama'])}"][style]
        mail = f"{local_part}@{rng.choice(FREEMAIL)}"
        y = rng.randint(1948, 2003)
        mo = rng.randint(1, 12)
        d = rng.randint(1, 28)
        bank, branches = rng.choice(BANKS)
        out.append(dict(
            sei=s[0], mei=m[0], sei_k=s[1], mei_k=m[1], sei_r=s[2], mei_r=m[2], sex=m[3],
            zip=a[0], pref=a[1], city=a[2], town=a[3], banchi=banchi, bld=bld,
            tel=tel, mob=mob, mail=mail, y=y, mo=mo, d=d,
            bank=bank, branch=rng.choice(branches), acct=f"{rng.randint(0, 9999999):07d}",
            acct_type=rng.choice(["普通", "普通", "普通", "当座"]),
        ))
    return out


def name(p, sp=" "):
    return f"{p['sei']}{sp}{p['mei']}"


def kana(p, sp=" "):
    return f"{p['sei_k']}{sp}{p['mei_k']}"


HANKAKU = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ"))
DAKU = dict(zip("ガギグゲゴザジズゼゾダヂヅデドバビブベボ", "カキクケコサシスセソタチツテトハヒフヘホ"))
HANDAKU = dict(zip("パピプペポ", "ハヒフヘホ"))


def hankaku(s):
    out = []
    for ch in s:
        if ch in DAKU:
            out.append(HANKAKU[DAKU[ch]] + "ﾞ")
        elif ch in HANDAKU:
            out.append(HANKAKU[HANDAKU[ch]] + "ﾟ")
        elif ch == "ヴ":
            out.append("ｳﾞ")
        elif ch in HANKAKU:
            out.append(HANKAKU[ch])
        elif ch == "　":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def zen(s, minus="－"):
    """digits and '-' to full width (minus: '－' for CP932/UTF-8 mail, '−' for ISO-2022-JP)."""
    table = {str(i): chr(0xFF10 + i) for i in range(10)}
    table["-"] = minus
    return "".join(table.get(c, c) for c in s)


def addr(p, bld=True, sp=""):
    a = f"{p['pref']}{sp}{p['city']}{p['town']}{p['banchi']}"
    if bld and p["bld"]:
        a += f" {p['bld']}"
    return a


def wareki(y, mo, d, style="kanji"):
    if (y, mo, d) >= (2019, 5, 1):
        era, k, ey = "令和", "R", y - 2018
    elif (y, mo, d) >= (1989, 1, 8):
        era, k, ey = "平成", "H", y - 1988
    else:
        era, k, ey = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{ey}年{mo}月{d}日"
    if style == "dot":
        return f"{k}{ey}.{mo}.{d}"
    if style == "zen":
        return zen(f"{k}{ey}.{mo}.{d}").replace(".", "．").replace(k, chr(ord(k) + 0xFEE0))
    raise ValueError(style)


def corp_number(base12):
    """法人番号 with its check digit in front (13 digits)."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


def pad(s, width):
    """pad to a display width (full-width chars count 2)."""
    w = sum(2 if ord(c) > 0xFF and not (0xFF61 <= ord(c) <= 0xFF9F) else 1 for c in s)
    return s + " " * max(width - w, 0)


def order_no(rng, style):
    if style == "hs":
        return f"HS-250{rng.randint(4, 6)}{rng.randint(1, 28):02d}-{rng.randint(1, 1999):04d}"
    if style == "num":
        return f"{rng.randint(10 ** 9, 10 ** 10 - 1)}"
    if style == "mall":
        return f"irodori-{rng.randint(100000, 999999)}-{rng.randint(1000, 9999)}"
    raise ValueError(style)


def tracking(rng):
    return f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


SKUS = [("HS-KT-0102", "南部鉄器 急須 0.6L"), ("HS-TW-2210", "今治タオル バスタオル 2枚組"),
        ("HS-FD-5531", "北国フーズ 鮭とば 200g"), ("HS-FD-5540", "いくら醤油漬け 250g（冷凍）"),
        ("HS-ZK-0871", "信楽焼 マグカップ"), ("HS-BD-3302", "羽毛掛け布団 シングル"),
        ("HS-KD-7710", "電気ケトル 1.0L ホワイト"), ("HS-KD-7722", "コードレス掃除機 KX-9"),
        ("HS-GF-0015", "季節のギフトセット 5,000円"), ("HS-GF-0030", "季節のギフトセット 10,000円"),
        ("HS-FN-4410", "天然木ローテーブル 90cm"), ("HS-FN-4452", "組立式ワードローブ"),
        ("HS-CS-1201", "化粧水 しっとり 150ml"), ("HS-FD-5612", "有機栽培 緑茶ティーバッグ 50P")]

SIG_LOGI = """
――――――――――――――――――――――
日の出産業株式会社 物流部 物流課
〒332-0035 埼玉県川口市西青木5-12-3 川口物流センター
TEL 048-255-7800  FAX 048-255-7801
――――――――――――――――――――――"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES = []


# ---------------------------------------------------------------------------------------
# ec-001 … ec-020
# ---------------------------------------------------------------------------------------

def _m001():
    rng = random.Random("m001")
    rows = [["受注番号", "出荷日", "お届け先氏名", "お届け先郵便番号", "お届け先住所1", "お届け先住所2",
             "お届け先電話番号", "品番", "数量", "配達指定日", "時間帯", "代引金額"]]
    for p in people(1, 32):
        sku = rng.choice(SKUS)
        rows.append([order_no(rng, "hs"), "2025/06/12", name(p), p["zip"],
                     f"{p['pref']}{p['city']}{p['town']}{p['banchi']}", p["bld"], p["tel"],
                     sku[0], rng.randint(1, 3), rng.choice(["", "", "2025/06/14", "2025/06/15"]),
                     rng.choice(["", "午前中", "14-16", "18-20", "19-21"]),
                     rng.choice([0, 0, 0, 3980, 5500, 12800])])
    return dict(
        id="ec-001",
        sender="木下 涼 <kinoshita.r@hinode-sangyo.co.jp>",
        to=["青葉運輸 東京ベース 出荷受付 <shukka-tokyo@aoba-unyu.co.jp>"],
        subject="【出荷依頼】6/12 午後便 通販出荷データ（32件）",
        charset="cp932",
        body="""青葉運輸株式会社 東京ベース
出荷受付ご担当者様

いつもお世話になっております。日の出産業 物流課の木下です。

本日6/12 午後便の通販出荷データを添付いたします。
件数は32件、うち代引きが7件です。
集荷は通常どおり15:30でお願いいたします。

不明点がございましたらご連絡ください。
""" + SIG_LOGI + """
木下 涼（きのした りょう）
""",
        attachments=[{"kind": "csv", "name": "shukka_20250612_pm.csv", "rows": rows, "encoding": "cp932"}],
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="32 ship-to records (name, address, phone) in a CP932 CSV to the carrier",
    )


MESSAGES.append(_m001())


def _m002():
    rng = random.Random("m002")
    rows = []
    for i, p in enumerate(people(2, 18)):
        rows.append([f"{20250613000 + i * 7 + rng.randint(0, 6)}", "0", "2025/06/13", "",
                     rng.choice(["0812", "1416", "1820", ""]), p["tel"], p["zip"].replace("-", ""),
                     f"{p['pref']}{p['city']}{p['town']}{p['banchi']}", p["bld"], name(p, ""), "様",
                     "048-255-7800", "3320035", "埼玉県川口市西青木5-12-3", "日の出産業株式会社 通販事業部",
                     rng.choice(SKUS)[1]])
    return dict(
        id="ec-002",
        sender="物流課 小宮山 <komiyama@hinode-sangyo.co.jp>",
        to=["aoba-b2@aoba-unyu.co.jp"],
        subject="送り状発行データ 6/13分",
        charset="iso-2022-jp",
        body="""青葉運輸
送り状発行センター 御中

お疲れさまです。日の出産業の小宮山です。
6/13出荷分の送り状発行データをお送りします（18件）。
いつもの取込レイアウト（ヘッダなし）です。

発行後、伝票番号入りのデータを返送いただけますと助かります。
よろしくお願いします。

小宮山 / 日の出産業 物流課 048-255-7800
""",
        attachments=[{"kind": "csv", "name": "okurijo_0613.csv", "rows": rows, "encoding": "utf-8-sig"}],
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="label-printing CSV without header row: 18 consignees' name/address/phone to the carrier",
    )


MESSAGES.append(_m002())


def _m003():
    rng = random.Random("m003")
    lines = []
    for _ in range(8):
        lines.append(f"  {order_no(rng, 'hs')}    {tracking(rng)}    {rng.choice(['6/9', '6/10', '6/10', '6/11'])}発送")
    return dict(
        id="ec-003",
        sender="安西 美紀 <anzai.miki@hinode-sangyo.co.jp>",
        to=["青葉運輸 お客様相談室 <soudan@aoba-unyu.co.jp>"],
        subject="配達状況確認のお願い（8件）",
        charset="iso-2022-jp",
        body="""青葉運輸株式会社
お客様相談室 ご担当者様

いつも大変お世話になっております。
日の出産業 通販事業部の安西でございます。

下記8件につきまして、追跡画面上「輸送中」のまま3日以上更新がございません。
お手数ですが現在の状況をご確認いただけますでしょうか。

  受注番号           お問い合わせ番号     発送日
  ----------------------------------------------------
""" + "\n".join(lines) + """

お客様からのお問い合わせが入っているものもございますので、
本日中にご回答いただけますと幸いです。

何卒よろしくお願い申し上げます。

日の出産業株式会社 通販事業部 カスタマー対応課
安西 美紀
TEL 03-5577-2140（通販事業部代表）
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="order numbers and tracking numbers only, no customer data: must go",
    )


MESSAGES.append(_m003())


def _m004():
    ps = people(4, 9)
    rng = random.Random("m004")
    main = [["返金振込依頼一覧（2025年5月締め分）"], [],
            ["No", "返品受付番号", "注文番号", "返金額", "金融機関名", "支店名", "預金種目", "口座番号", "口座名義（カナ）", "連絡先"]]
    total = 0
    for i, p in enumerate(ps, 1):
        amt = rng.choice([2980, 3480, 5500, 8800, 12800, 15400, 4290])
        total += amt
        main.append([i, f"RT-2505-{rng.randint(100, 999)}", order_no(rng, "hs"), amt, p["bank"], p["branch"],
                     p["acct_type"], p["acct"], kana(p), p["tel"]])
    summary = [["集計"], ["件数", len(ps)], ["返金合計", total], ["振込予定日", "2025/06/10"],
               ["振込手数料", "当社負担"]]
    return dict(
        id="ec-004",
        sender="経理連携担当 長尾 <nagao.t@hinode-sangyo.co.jp>",
        to=["みどり銀行 法人営業部 牧野様 <makino.k@midori-ginko.co.jp>"],
        subject="総合振込 代行入力のお願い（返金分9件）",
        charset="cp932",
        body="""みどり銀行 法人営業部
牧野様

いつも大変お世話になっております。日の出産業の長尾です。

先日お電話でご相談した件、当社側のEB端末の不具合が解消しないため、
5月締めの返品返金分（9件）の総合振込を代行でご入力いただけますでしょうか。
明細をExcelにまとめましたので添付いたします。

振込指定日は6/10でお願いできれば幸いです。
依頼書の原本は本日中に郵送いたします。

日の出産業株式会社 通販事業部 業務課
長尾 拓也
〒104-0032 東京都中央区八丁堀3-18-6 日の出ビル5F
TEL 03-5577-2140
""",
        attachments=[{"kind": "xlsx", "name": "返金振込依頼_202505.xlsx",
                      "sheets": {"振込依頼一覧": main, "集計": summary}}],
        expect="stop",
        entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="refund list: 9 customers' bank accounts and phones in an XLSX to the bank",
    )


MESSAGES.append(_m004())


def _m005():
    ps = people(5, 7)
    rng = random.Random("m005")
    lines = ["注文番号\t会員ID\t氏名\tメールアドレス\t電話番号\tエラーコード\t金額"]
    for p in ps:
        lines.append("\t".join([order_no(rng, "num"), f"M{rng.randint(100000, 999999)}", name(p), p["mail"],
                                p["tel"], rng.choice(["G12", "G30", "G55", "G12", "C03"]),
                                f"{rng.choice([3980, 6820, 11000, 2750, 19800]):,}"]))
    return dict(
        id="ec-005",
        sender="EC決済担当 今井 <imai.s@hinode-sangyo.co.jp>",
        to=["ペイゲート・ジャパン サポート <support@paygate-japan.co.jp>"],
        subject="オーソリNGの原因確認のお願い（6/18 バッチ分）",
        charset="utf-8",
        body="""ペイゲート・ジャパン株式会社
テクニカルサポート ご担当者様

お世話になっております。日の出産業 通販事業部の今井です。
加盟店ID：HS0042781

6/18の継続課金バッチで下記の7件がオーソリNGになりました。
G12が多いのですが、お客様からは「カードは有効」との連絡が来ています。
貴社側で原因を確認いただけますでしょうか。

""" + "\n".join(lines) + """

お手数をおかけしますが、よろしくお願いいたします。

--
日の出産業株式会社 通販事業部 EC運営課
今井 咲
03-5577-2143
""",
        expect="stop",
        entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="payment-failure list: 7 customers' names, e-mails and phones tab-separated in the body to the PSP",
    )


MESSAGES.append(_m005())


def _m006():
    p = people(6, 1)[0]
    cn = card_number(606)
    return dict(
        id="ec-006",
        sender="チャージバック対応 園田 <sonoda@hinode-sangyo.co.jp>",
        to=["ミライカード 加盟店サポート <chargeback@mirai-card.co.jp>"],
        subject="チャージバック照会への回答（照会番号 CB-2506-00871）",
        charset="iso-2022-jp",
        body=f"""ミライカード株式会社
加盟店サポートデスク 御中

平素より大変お世話になっております。
日の出産業株式会社 通販事業部の園田でございます。

6月20日付でいただきましたチャージバック照会（CB-2506-00871）につき、
下記のとおり回答いたします。

■対象取引
　カード番号　　：{cn[:4]} {cn[4:8]} {cn[8:12]} {cn[12:]}
　会員名（カード記載）：{p['mei_r'].upper()} {p['sei_r'].upper()}
　利用日　　　　：2025年5月2日
　利用金額　　　：38,500円
　注文番号　　　：HS-250502-0318

■配送実績
　配送先　　　　：〒{p['zip']} {addr(p)}
　　　　　　　　　{name(p)} 様
　配達完了　　　：2025年5月4日 11:42（青葉運輸 お問い合わせ番号 4471-2290-6135）
　受領方法　　　：対面受け取り（受領サインあり）

上記のとおり、注文者ご本人の住所へ対面で配達が完了しております。
配達完了の記録（画面コピー）は別途FAXにてお送りいたします。

ご確認のほど、よろしくお願い申し上げます。

日の出産業株式会社 通販事業部 業務課
園田 恭平
TEL 03-5577-2140 / FAX 03-5577-2149
""",
        expect="stop",
        entities=["CREDIT_CARD", "PERSON_NAME", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="chargeback reply carrying one full card number (plus the cardholder's address) to the acquirer",
    )


MESSAGES.append(_m006())


def _m007():
    ps = people(7, 10)
    head = pad("No", 4) + pad("当選者", 16) + pad("〒", 10) + pad("住所", 52) + "電話"
    lines = [head, "-" * 100]
    for i, p in enumerate(ps, 1):
        lines.append(pad(str(i), 4) + pad(name(p, "　"), 16) + pad(p["zip"], 10) + pad(addr(p, sp=""), 52) + p["tel"].replace("-", "−"))
    return dict(
        id="ec-007",
        sender="販促 北条 <hojo.m@hinode-sangyo.co.jp>",
        to=["錦印刷 営業部 川端様 <kawabata@nishiki-insatsu.co.jp>"],
        subject="レビューキャンペーン当選者　賞品発送ラベルの件",
        charset="iso-2022-jp",
        body="""錦印刷株式会社
川端様

お世話になっております。日の出産業の北条です。
先日ご相談した「春のレビュー投稿キャンペーン」賞品発送用ラベルの印字、
当選者が確定しましたので一覧をお送りします。

""" + "\n".join(lines) + """

ラベルは宛名＋「日の出通販 レビューキャンペーン事務局」の差出人でお願いします。
6月第3週の発送を予定しています。

日の出産業株式会社 通販事業部 販促課
北条 真琴（ほうじょう まこと）
TEL 03-5577-2145
""",
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="10 campaign winners with addresses and phones in a space-padded table to the printer",
    )


MESSAGES.append(_m007())


def _m008():
    ps = people(8, 6)
    to = [f"{name(p)}様 <{p['mail']}>" for p in ps]
    return dict(
        id="ec-008",
        sender="日の出通販 キャンペーン事務局 <campaign@hinode-sangyo.co.jp>",
        to=to,
        subject="【日の出通販】サマーギフトキャンペーン ご当選のお知らせ",
        charset="utf-8",
        body="""当選者の皆様

このたびは「日の出通販 サマーギフトキャンペーン」にご応募いただき、
誠にありがとうございました。
厳正なる抽選の結果、皆様がご当選されましたのでお知らせいたします。

賞品「北国フーズ 海の幸詰め合わせ」は7月中旬までに、
ご登録のお届け先へ発送いたします。
お届け先に変更がある場合は、7月5日までに本メールへご返信ください。

今後とも日の出通販をよろしくお願いいたします。

日の出通販 キャンペーン事務局
（日の出産業株式会社 通販事業部）
受付時間 平日10:00〜17:00
""",
        expect="stop",
        entities=[],
        detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        note="six private winners addressed openly in To: they see each other's addresses (should be Bcc)",
    )


MESSAGES.append(_m008())


def _m009():
    ps = people(9, 14)
    to = [p["mail"] for p in ps]
    return dict(
        id="ec-009",
        sender="日の出通販 <news@hinode-sangyo.co.jp>",
        to=to,
        subject="日の出通販だより 7月号 ― 夏の新商品と送料無料キャンペーン",
        charset="iso-2022-jp",
        body="""━━━━━━━━━━━━━━━━━━━━━━━━
　日の出通販だより　2025年7月号
━━━━━━━━━━━━━━━━━━━━━━━━

いつも日の出通販をご利用いただき、ありがとうございます。

■ 今月の新商品
　・今治タオル バスタオル 2枚組（ミントグリーン）
　・有機栽培 緑茶ティーバッグ 50P
　・北国フーズ 鮭とば 200g

■ 送料無料キャンペーン
　7月1日〜7月15日、5,000円以上のご注文で送料無料！

■ お盆期間の発送について
　8月13日〜16日のご注文は、8月17日以降の順次発送となります。

配信停止をご希望の方は、本メールにご返信ください。

日の出通販（日の出産業株式会社 通販事業部）
https://shop.hinode-sangyo.co.jp/
""",
        expect="stop",
        entities=[],
        detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        note="newsletter with 14 private customers in To: everyone sees every address",
    )


MESSAGES.append(_m009())


def _m010():
    ps = people(10, 22)
    return dict(
        id="ec-010",
        sender="日の出通販 <news@hinode-sangyo.co.jp>",
        to=["日の出通販 <news@hinode-sangyo.co.jp>"],
        bcc=[p["mail"] for p in ps],
        subject="【日の出通販】お盆期間の営業と発送スケジュールのご案内",
        charset="utf-8",
        body="""日の出通販をご利用のお客様へ

平素より日の出通販をご愛顧いただき、誠にありがとうございます。
お盆期間の営業および発送スケジュールについてご案内いたします。

　・8月12日（火）15時までのご注文 … 通常どおり発送
　・8月13日（水）〜8月16日（土） … 休業（ご注文は受け付けます）
　・8月17日（日）以降 … 順次発送

期間中はお問い合わせへの回答にお時間をいただく場合がございます。
何卒ご了承くださいますようお願い申し上げます。

日の出通販 カスタマーセンター
""",
        expect="pass",
        entities=[],
        detectors=["freemail_recipient"],
        note="customer notice correctly sent with all private recipients in Bcc: must go",
    )


MESSAGES.append(_m010())


def _m011():
    rng = random.Random("m011")
    buyers = [
        ("Chen Yi-Ling", "No. 88, Sec. 2, Zhongshan N. Rd., Zhongshan Dist., Taipei 104, Taiwan", "+886-912-338-471", "yiling.chen88@gmail.com"),
        ("Michael Brandt", "4417 Larchmont Ave, Portland, OR 97202, USA", "+1-503-555-0164", "mbrandt.pdx@outlook.com"),
        ("Nguyen Thi Hoa", "12 Ly Thuong Kiet, Hoan Kiem, Hanoi, Vietnam", "+84-90-441-2287", "hoa.nguyen.ht@yahoo.com"),
        ("Sophie Laurent", "27 Rue des Carmes, 69002 Lyon, France", "+33-6-42-18-77-05", "sophie.laurent.ly@gmail.com"),
        ("Kim Min-jun", "201-1503, 45 Banpo-daero, Seocho-gu, Seoul 06578, Korea", "+82-10-5582-1930", "minjun.kim@naver.com"),
        ("Tan Wei Ming", "Blk 312 Clementi Ave 4, #08-221, Singapore 120312", "+65-9127-4408", "tanweiming@gmail.com"),
        ("Olivia Hartley", "9 Kembla St, Wollongong NSW 2500, Australia", "+61-412-883-109", "o.hartley@bigpond.com"),
        ("Lucas Ferreira", "Rua Augusta 1508, ap. 72, Sao Paulo SP 01304-001, Brazil", "+55-11-98812-4470", "lucas.ferreira.sp@gmail.com"),
    ]
    rows = [["EMS Manifest – Hinode Sangyo Co., Ltd. – 15 Jul 2025"], [],
            ["Ref", "Consignee", "Address", "Phone", "E-mail", "Contents", "Value (JPY)", "Weight (kg)"]]
    for b in buyers:
        rows.append([f"HSX-{rng.randint(10000, 99999)}", b[0], b[1], b[2], b[3],
                     rng.choice(["Cast iron teapot", "Ceramic mug x2", "Cotton towels", "Green tea"]),
                     rng.choice([4800, 7600, 12800, 3300]), round(rng.uniform(0.6, 3.2), 1)])
    return dict(
        id="ec-011",
        sender="Keiko Morishita <morishita.k@hinode-sangyo.co.jp>",
        to=["Pacific Bridge Logistics – Export Desk <export@pbl-logistics.com>"],
        subject="Export manifest for pickup on 15 July (8 parcels)",
        charset="utf-8",
        body="""Dear Export Desk,

Please find attached the manifest for the 8 overseas parcels to be collected
from our Kawaguchi warehouse on 15 July (Tue), after 2 pm.

All parcels are packed and labelled. Customs invoices are in the boxes.
Could you confirm the pickup slot by tomorrow noon?

Best regards,

Keiko Morishita
Overseas E-commerce, Hinode Sangyo Co., Ltd.
5-12-3 Nishi-Aoki, Kawaguchi, Saitama 332-0035, Japan
Tel: +81-48-255-7800
""",
        attachments=[{"kind": "xlsx", "name": "EMS_manifest_0715.xlsx", "sheets": {"Manifest": rows}}],
        expect="stop",
        entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        detectors=["personal_data"],
        note="export manifest: 8 overseas buyers (romaji names, addresses, phones, e-mails) to a forwarder",
    )


MESSAGES.append(_m011())


def _m012():
    ps = people(12, 4)
    blocks = []
    for p in ps:
        blocks.append(f"・{kana(p)} 様　{zen(p['tel'], '−')}　（{p['sex'] == 'F' and '女性' or '男性'}の声、{['午前', '夕方以降', '平日昼', '土日'][len(blocks)]}希望）")
    return dict(
        id="ec-012",
        sender="CS 入江 <irie@hinode-sangyo.co.jp>",
        to=["コールブリッジ 日の出産業窓口 <hinode-desk@callbridge.co.jp>"],
        subject="折り返し対応のお願い（留守電4件）",
        charset="iso-2022-jp",
        body="""コールブリッジ 日の出窓口ご担当様

お疲れ様です。日の出産業 CSの入江です。
昨夜の留守番電話に残っていた4件、本日中に折り返しをお願いします。
お名前は音声からの聞き取りのためカナのみです。

""" + "\n".join(blocks) + """

いずれも「注文したのに確認メールが来ない」とのことでした。
注文検索で見つからない場合は、当方へエスカレーションしてください。

入江（日の出産業 通販事業部 CS）
""",
        expect="pass",
        entities=["PERSON_NAME", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="four callers (katakana names + phones) to the call-center contractor: under five people, may warn",
    )


MESSAGES.append(_m012())


def _m013():
    return dict(
        id="ec-013",
        sender="物流課 大場 <ooba@hinode-sangyo.co.jp>",
        to=["青葉運輸 川口営業所 <kawaguchi@aoba-unyu.co.jp>"],
        subject="伝票の受取人名 訂正のお願い 4471-3308-2916",
        charset="cp932",
        body="""青葉運輸 川口営業所 御中

いつもお世話になっております。日の出産業 物流課の大場です。

本日集荷いただいた下記1件、送り状の受取人名に誤りがありました。
システムの半角カナのまま印字されております。

　お問い合わせ番号：4471-3308-2916
　誤）ﾔﾏﾀﾞ ﾀﾛｳ 様
　正）ﾔﾏﾀﾞ ﾀｶｵ 様（山田 隆夫 様）
　お届け先TEL：０８０－３３９１－６６０４

住所は正しいので、そのまま配達いただいて問題ございません。
ドライバーさんへの申し送りだけお願いできますでしょうか。

大場
日の出産業 物流課　048-255-7800
""",
        expect="pass",
        entities=["PERSON_NAME", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="one consignee's corrected half-width kana name and phone with a tracking number: single person",
    )


MESSAGES.append(_m013())


def _m014():
    return dict(
        id="ec-014",
        sender="日の出通販 カスタマーセンター 岩佐 <support@hinode-sangyo.co.jp>",
        to=["<tomo.kuribayashi77@gmail.com>"],
        subject="Re: 返品の持ち込み先について",
        charset="iso-2022-jp",
        body="""栗林様

日の出通販カスタマーセンターの岩佐でございます。
お問い合わせいただきありがとうございます。

返品商品はお近くの下記営業所・取扱店からも着払いでお送りいただけます。
（青葉運輸の着払い伝票をご利用ください）

【青葉運輸 営業所】
　川口営業所　　埼玉県川口市領家2-8-1　　　　　　TEL 048-223-5101
　浦和営業所　　さいたま市南区根岸4-17-9　　　TEL 048-861-3320
　戸田営業所　　埼玉県戸田市美女木6-3-12　　　TEL 048-421-9087

【取扱店（まちかどステーション）】
　まちかどステーション 西川口駅前店　川口市並木2-1-5　　TEL 048-250-1186
　まちかどステーション 蕨東口店　　　蕨市中央1-22-3　　 TEL 048-431-0772

返品受付番号（RT-2506-447）を伝票の品名欄にご記入ください。

ご不明点がございましたら、お気軽にお問い合わせください。

日の出通販 カスタマーセンター
岩佐 百合
フリーダイヤル 0120-46-2140（平日10:00〜17:00）
""",
        expect="pass",
        entities=[],
        detectors=["freemail_recipient"],
        note="list of carrier depots and drop-off shops (businesses) to one private customer",
    )


MESSAGES.append(_m014())


def _m015():
    sizes = ["60", "80", "100", "120", "140", "160"]
    zones = ["南東北", "関東", "信越", "北陸", "中部", "関西", "中国", "四国", "九州", "北海道", "沖縄"]
    rng = random.Random("m015")

    def table(base):
        rows = [["発地", base, "", "", "", "", ""], ["着地＼サイズ"] + sizes]
        for z in zones:
            b = rng.randint(720, 1300)
            rows.append([z] + [b + i * rng.randint(200, 260) for i in range(len(sizes))])
        return rows
    return dict(
        id="ec-015",
        sender="物流課 課長 白石 <shiraishi.y@hinode-sangyo.co.jp>",
        to=["青葉運輸 法人営業 大谷様 <otani.h@aoba-unyu.co.jp>"],
        cc=["物流課 木下 <kinoshita.r@hinode-sangyo.co.jp>"],
        subject="Re: 2025年度下期 運賃改定のご提示について",
        charset="cp932",
        body="""青葉運輸株式会社
法人営業部 大谷様

いつもお世話になっております。日の出産業 物流課の白石です。
下期運賃表のご提示ありがとうございました。

社内で確認し、当社想定の数量で試算した表を添付いたします。
関西・九州向けの140/160サイズについて、もう一段のご配慮をいただけないか
ご検討いただけますでしょうか（黄色セルが当社希望額です）。

来週どこかで30分ほどお打合せの時間をいただけますと幸いです。

白石 洋平
日の出産業株式会社 物流部 物流課 課長
TEL 048-255-7800
""",
        attachments=[{"kind": "xlsx", "name": "運賃表_2025下期_当社案.xlsx",
                      "sheets": {"関東発": table("川口"), "関西発": table("東大阪"),
                                 "前提条件": [["項目", "内容"], ["月間想定個数", 18000],
                                           ["燃料サーチャージ", "別途"], ["適用開始", "2025/10/01"]]}}],
        expect="pass",
        entities=[],
        detectors=[],
        note="carrier rate table (size × zone) back to the carrier: no personal data",
    )


MESSAGES.append(_m015())


def _m016():
    return dict(
        id="ec-016",
        sender="日の出通販 カスタマーセンター <support@hinode-sangyo.co.jp>",
        to=["菅生 由紀子 <sugou-yk@yahoo.co.jp>"],
        subject="Re: 注文した商品がまだ届きません（注文番号 HS-250618-0772）",
        charset="utf-8",
        body="""菅生 由紀子 様

日の出通販カスタマーセンターの宮地でございます。
このたびはお届けが遅れ、ご迷惑をおかけしており誠に申し訳ございません。

確認いたしましたところ、ご注文の「羽毛掛け布団 シングル」は
メーカーからの入荷が遅れており、6月27日（金）の発送予定となっております。
発送後、お問い合わせ番号をメールでお知らせいたします。

お急ぎの場合はキャンセルも承りますので、お申し付けください。

日の出通販 カスタマーセンター
宮地 晃
0120-46-2140（平日10:00〜17:00）

-----
> 6月18日に注文した布団がまだ届きません。いつ届きますか？
> 注文番号 HS-250618-0772
> 〒273-0005 千葉県船橋市本町6-14-2 ハイム桜203
> 菅生 由紀子
> 電話 080-4412-9036
""",
        expect="pass",
        entities=[],
        detectors=["freemail_recipient"],
        note="reply to one customer; her address and phone appear only in the quoted text",
    )


MESSAGES.append(_m016())


def _m017():
    p = people(17, 1)[0]
    return dict(
        id="ec-017",
        sender="物流課 小宮山 <komiyama@hinode-sangyo.co.jp>",
        to=["青葉運輸 大型配送センター <ogata@aoba-unyu.jp>"],
        subject="大型家具 2名配送の手配（6/21指定）",
        charset="iso-2022-jp",
        body=f"""青葉運輸 大型配送センター 御中

いつもお世話になっております。日の出産業の小宮山です。
下記1件、2名体制での配送と組立をお願いいたします。

　品名　　：組立式ワードローブ（HS-FN-4452）×1
　お届け先：〒{p['zip']} {addr(p)}
　お名前　：{name(p)} 様
　電話　　：{p['tel']}
　日時指定：6月21日（土）午前中
　備考　　：エレベーターなし3階、旧品の引取りなし

見積もりは前回と同額で問題ございません。
よろしくお願いいたします。

小宮山 / 日の出産業 物流課
048-255-7800
""",
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["lookalike_domain", "personal_data"],
        note="carrier partner domain with dropped co. (aoba-unyu.jp): look-alike, carrying one customer's address",
    )


MESSAGES.append(_m017())


def _m018():
    rng = random.Random("m018")
    trk = "\n".join(f"　{tracking(rng)}" for _ in range(6))
    return dict(
        id="ec-018",
        sender="物流課 大場 <ooba@hinode-sangyo.co.jp>",
        to=["集荷センター <shuka@aobaunyu.co.jp>"],
        subject="追加集荷のお願い（本日17時）",
        charset="cp932",
        body=f"""青葉運輸 集荷センター ご担当者様

お世話になっております。日の出産業 物流課の大場です。
本日、通常便の後に追加で6個口の集荷をお願いできますでしょうか。
17時頃でお願いできれば助かります。

発行済みの伝票番号は以下のとおりです。
{trk}

集荷場所：川口物流センター 第2出荷口（いつもの場所です）

よろしくお願いいたします。

大場
日の出産業株式会社 物流課 TEL 048-255-7800
""",
        expect="stop",
        entities=[],
        detectors=["lookalike_domain"],
        note="recipient domain aobaunyu.co.jp drops the partner's hyphen: look-alike (content itself harmless)",
    )


MESSAGES.append(_m018())


def _m019():
    return dict(
        id="ec-019",
        sender="白石 洋平 <shiraishi.y@hinode-sangyo.co.jp>",
        to=["大谷 宏 <otani.h@aoba-unyu.co.jp>"],
        cc=["森永 恵 <morinaga.m@aoba-unuy.co.jp>"],
        subject="7〜9月 出荷物量の見込みについて",
        charset="iso-2022-jp",
        body="""青葉運輸株式会社
大谷様
（CC：森永様）

お世話になっております。日の出産業 物流課の白石です。

7〜9月の出荷物量見込みをお知らせします。
　7月：約19,500個（前年比108%）
　8月：約23,000個（お中元・お盆需要）
　9月：約17,800個

8月上旬は1日あたり最大1,300個程度を想定しております。
車両・人員の手配についてご相談させてください。

白石
日の出産業株式会社 物流部 物流課
048-255-7800
""",
        expect="stop",
        entities=[],
        detectors=["lookalike_domain", "multiple_external_domains"],
        note="Cc goes to aoba-unuy.co.jp (letters swapped) next to the real partner: look-alike",
    )


MESSAGES.append(_m019())


def _m020():
    ps = people(20, 15)
    rng = random.Random("m020")
    table = [["出荷No", "棚番", "品番", "数量", "お届け先", "住所", "TEL"]]
    for i, p in enumerate(ps, 1):
        sku = rng.choice(SKUS)
        table.append([f"P{250701000 + i}", f"{rng.choice('ABCD')}-{rng.randint(1, 24):02d}-{rng.randint(1, 5)}",
                      sku[0], rng.randint(1, 2), name(p), f"〒{p['zip']} {addr(p, bld=False)}", p["tel"]])
    return dict(
        id="ec-020",
        sender="物流課 真壁 <makabe@hinode-sangyo.co.jp>",
        to=["ソウコリンク 川越センター <kawagoe-center@sokolink.co.jp>"],
        subject="7/1 ピッキングリスト（外部倉庫在庫分）",
        charset="utf-8",
        body="""ソウコリンク 川越センター
ご担当者様

お疲れさまです。日の出産業 物流課の真壁です。
本日7/1分のうち、川越センター在庫分のピッキングリストをPDFでお送りします。
15件、すべて宅配便（青葉運輸）での出荷です。

同梱の納品書は後ほど別便でお送りします。
よろしくお願いいたします。

真壁（日の出産業 物流課）
""",
        attachments=[{"kind": "pdf", "name": "picking_0701_kawagoe.pdf",
                      "lines": ["ピッキングリスト 2025/07/01", "出荷元：ソウコリンク川越センター（日の出産業 預託在庫）", ""],
                      "table": table, "page_footer": "1 / 1"}],
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="PDF picking list with 15 ship-to names, addresses and phones to the 3PL",
    )


MESSAGES.append(_m020())


# ---------------------------------------------------------------------------------------
# ec-021 … ec-040
# ---------------------------------------------------------------------------------------

def _m021():
    rng = random.Random("m021")
    table = [["棚番", "品番", "品名", "ロット", "数量", "出荷バッチ"]]
    for _ in range(22):
        sku = rng.choice(SKUS)
        table.append([f"{rng.choice('ABCDE')}-{rng.randint(1, 30):02d}-{rng.randint(1, 6)}", sku[0], sku[1],
                      f"L{rng.randint(2504, 2506)}{rng.randint(10, 99)}", rng.randint(1, 40),
                      rng.choice(["AM1", "AM2", "PM1"])])
    return dict(
        id="ec-021",
        sender="物流課 真壁 <makabe@hinode-sangyo.co.jp>",
        to=["ソウコリンク 川越センター <kawagoe-center@sokolink.co.jp>"],
        subject="7/2 トータルピッキング表（品番別集計）",
        charset="iso-2022-jp",
        body="""ソウコリンク 川越センター ご担当者様

お疲れさまです。日の出産業の真壁です。
明日7/2のトータルピッキング表（品番別・棚番順）を添付します。
お届け先別の仕分けは、いつもどおり出荷指示データで行ってください。

AM1バッチは10時までに出荷口へお願いします。

真壁
""",
        attachments=[{"kind": "pdf", "name": "total_picking_0702.pdf",
                      "lines": ["トータルピッキング表 2025/07/02", "荷主：日の出産業株式会社", ""],
                      "table": table}],
        expect="pass",
        entities=[],
        detectors=[],
        note="PDF picking list by SKU and shelf location only, no consignees: must go",
    )


MESSAGES.append(_m021())


def _m022():
    rng = random.Random("m022")

    def csv_rows(seed, n, header):
        rows = [header]
        for p in people(seed, n):
            sku = rng.choice(SKUS)
            rows.append([order_no(rng, "mall" if "モール" in header[0] else "hs"), name(p), kana(p), p["zip"],
                         addr(p), p["tel"], sku[0], rng.randint(1, 2)])
        return rows
    files = [
        {"kind": "csv", "name": "01_自社サイト.csv", "encoding": "cp932",
         "rows": csv_rows(221, 9, ["注文番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "商品コード", "数量"])},
        {"kind": "csv", "name": "02_いろどりモール.csv", "encoding": "cp932",
         "rows": csv_rows(222, 7, ["モール注文番号", "送付先氏名", "送付先カナ", "送付先郵便番号", "送付先住所", "送付先電話", "SKU", "個数"])},
        {"kind": "csv", "name": "03_カタログ通販.csv", "encoding": "cp932",
         "rows": csv_rows(223, 6, ["受付番号", "お名前", "カナ", "〒", "ご住所", "TEL", "品番", "数"])},
    ]
    return dict(
        id="ec-022",
        sender="物流課 真壁 <makabe@hinode-sangyo.co.jp>",
        to=["ソウコリンク 出荷管理 <shukka-kanri@sokolink.co.jp>"],
        subject="【7/3出荷】チャネル別出荷指示データ",
        charset="cp932",
        body="""ソウコリンク株式会社 出荷管理ご担当者様

お世話になっております。日の出産業 物流課の真壁です。

7/3出荷分の出荷指示データを、チャネル別CSV 3本をZIPにまとめてお送りします。
　01_自社サイト　　 9件
　02_いろどりモール 7件
　03_カタログ通販　 6件

いろどりモール分は同梱チラシ不要です。
よろしくお願いいたします。

日の出産業株式会社 物流部 物流課
真壁 誠司
TEL 048-255-7800
""",
        attachments=[{"kind": "zip", "name": "shukka_0703.zip", "files": files}],
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="ZIP of three CSVs with 22 consignees' names, addresses and phones to the 3PL",
    )


MESSAGES.append(_m022())


def _m023():
    rows = [["返品受付番号", "氏名", "住所", "電話", "返品理由"]]
    rng = random.Random("m023")
    for p in people(23, 12):
        rows.append([f"RT-2505-{rng.randint(100, 999)}", name(p), addr(p), p["tel"], rng.choice(["サイズ違い", "破損", "イメージ違い"])])
    return dict(
        id="ec-023",
        sender="物流課 大場 <ooba@hinode-sangyo.co.jp>",
        to=["ソウコリンク 返品センター <henpin@sokolink.co.jp>"],
        subject="5月分 返品入荷予定一覧",
        charset="iso-2022-jp",
        body="""ソウコリンク 返品センター ご担当者様

いつもお世話になっております。日の出産業 物流課の大場です。
5月分の返品入荷予定一覧をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせします。

よろしくお願いいたします。

大場 / 日の出産業 物流課
""",
        attachments=[{"kind": "zip", "name": "返品入荷予定_202505.zip", "password": "Hn2505#rt",
                      "files": [{"kind": "csv", "name": "返品入荷予定_202505.csv", "rows": rows, "encoding": "cp932"}]}],
        expect="stop",
        entities=[],
        detectors=["unscannable_attachment"],
        note="password-protected ZIP (PPAP) cannot be inspected",
    )


MESSAGES.append(_m023())


def _m024():
    return dict(
        id="ec-024",
        sender="物流課 木下 <kinoshita.r@hinode-sangyo.co.jp>",
        to=["青葉運輸 法人営業 大谷様 <otani.h@aoba-unyu.co.jp>"],
        subject="5月 出荷実績データ送付",
        charset="utf-8",
        body="""青葉運輸 大谷様

お世話になっております。日の出産業の木下です。
請求照合用に、5月の出荷実績データをお送りします。
差異があった伝票には色を付けてあります。

ご確認をお願いいたします。

木下 涼
日の出産業株式会社 物流課 048-255-7800
""",
        attachments=[{"kind": "corrupt", "name": "出荷実績_2025年5月.xlsx"}],
        expect="stop",
        entities=[],
        detectors=["unscannable_attachment"],
        note="the attached XLSX is damaged and cannot be read",
    )


MESSAGES.append(_m024())


def _m025():
    return dict(
        id="ec-025",
        sender="物流課 大場 <ooba@hinode-sangyo.co.jp>",
        to=["青葉運輸 川口営業所 <kawaguchi@aoba-unyu.co.jp>"],
        subject="7月の集荷時間変更のお願い",
        charset="cp932",
        body="""青葉運輸株式会社 川口営業所
ご担当者様

いつもお世話になっております。
日の出産業 物流課の大場でございます。

7月1日より、当センターの出荷締め時刻を14:00から14:30に変更いたします。
それに伴い、午後の定期集荷を15:30から16:00へ変更いただけますでしょうか。

また、7月19日（土）は棚卸のため出荷がございません。
当日の集荷はお休みでお願いいたします。

ご対応可否をご返信いただけますと幸いです。
よろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 物流部 物流課
大場 健吾
〒332-0035 埼玉県川口市西青木5-12-3
TEL 048-255-7800 / FAX 048-255-7801
━━━━━━━━━━━━━━━━━━━━
【ご注意】
本メールおよび添付ファイルには、機密情報が含まれている可能性があります。
本メールの宛先以外の方が受信された場合は、恐れ入りますが送信者までご連絡のうえ、
直ちに削除してください。無断での複製・転送・開示を禁じます。
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender immediately and delete this e-mail.
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="ordinary pickup-time change with the standard confidentiality disclaimer: must go",
    )


MESSAGES.append(_m025())


def _m026():
    kpi = [["通販事業 月次KPIレポート 2025年6月"], [],
           ["チャネル", "売上（千円）", "前年比", "受注件数", "客単価", "CVR", "返品率"],
           ["自社サイト", 48210, "112%", 9120, 5286, "2.4%", "1.8%"],
           ["いろどりモール", 31870, "104%", 6430, 4956, "3.1%", "2.2%"],
           ["カタログ通販", 12450, "91%", 1870, 6658, "-", "1.1%"],
           ["法人ギフト", 8920, "125%", 310, 28774, "-", "0.4%"]]
    cost = [["物流費内訳"], ["項目", "金額（千円）", "売上比"], ["運賃", 9870, "9.8%"],
            ["倉庫保管", 2310, "2.3%"], ["梱包資材", 1120, "1.1%"], ["3PL作業費", 2980, "3.0%"]]
    return dict(
        id="ec-026",
        sender="通販事業部 企画 瀬尾 <seo.a@hinode-sangyo.co.jp>",
        to=["ブライトパス・コンサルティング 三好様 <miyoshi@brightpath-consulting.co.jp>"],
        subject="6月分 月次データのご送付",
        charset="iso-2022-jp",
        body="""ブライトパス・コンサルティング
三好様

お世話になっております。日の出産業 通販事業部の瀬尾です。
来週の定例に向けて、6月分の月次データをお送りします。
物流費の内訳シートも追加しましたので、あわせてご覧ください。

瀬尾 彩乃
日の出産業株式会社 通販事業部 企画課
""",
        attachments=[{"kind": "xlsx", "name": "月次KPI_202506.xlsx",
                      "sheets": {"KPI": kpi, "物流費": cost}, "page_header": "社外秘"}],
        expect="stop",
        entities=[],
        detectors=["confidential_marking"],
        note="XLSX print header stamped 社外秘 (only in the attachment) going to an outside consultant",
    )


MESSAGES.append(_m026())


def _m027():
    rows = [["顧客ID", "氏名", "カナ", "メール", "電話", "郵便番号", "住所", "最終購入日"]]
    rng = random.Random("m027")
    for p in people(27, 40):
        rows.append([f"C{rng.randint(1000000, 9999999)}", name(p), kana(p), p["mail"], p["tel"], p["zip"], addr(p),
                     f"2025-0{rng.randint(1, 6)}-{rng.randint(1, 28):02d}"])
    return dict(
        id="ec-027",
        sender="EC運営課 今井 <imai.s@hinode-sangyo.co.jp>",
        to=["物流課 木下 <kinoshita.r@hinode-sangyo.co.jp>", "物流課 真壁 <makabe@hinode-sangyo.co.jp>"],
        cc=["CS 入江 <irie@hinode-sangyo.co.jp>"],
        subject="住所不備の疑いがある顧客一覧（要確認）",
        charset="utf-8",
        body="""物流課 木下さん、真壁さん

お疲れさまです。EC運営の今井です。
住所チェックツールで「番地不足・建物名なし」の疑いが出た会員40名分を抽出しました。
出荷前に止めるかどうか、物流課側で判断をお願いできますか。

CSは電話確認が必要なものがあれば入江さんに回してください。

今井
""",
        attachments=[{"kind": "csv", "name": "住所不備疑い_40名.csv", "rows": rows, "encoding": "utf-8-sig"}],
        expect="pass",
        entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
        detectors=[],
        note="40-customer list, but every recipient is internal: must go",
    )


MESSAGES.append(_m027())


def _m028():
    ps = people(28, 6)
    rng = random.Random("m028")
    quoted = []
    for p in ps:
        quoted.append(f"> {tracking(rng)}  {name(p)}様  {addr(p, bld=False)}  {p['tel']}  不在持戻り{rng.randint(2, 3)}回")
    return dict(
        id="ec-028",
        sender="物流課 大場 <ooba@hinode-sangyo.co.jp>",
        to=["青葉運輸 川口営業所 佐久間様 <sakuma@aoba-unyu.co.jp>"],
        subject="Re: 保管期限間近の荷物について（6件）",
        charset="iso-2022-jp",
        body="""佐久間様

お世話になっております。日の出産業の大場です。
ご連絡ありがとうございます。

6件とも、当社からお客様へメールで再配達依頼をお願いしております。
保管期限（7日）を過ぎたものは、そのまま当社川口センターへ返送してください。
返送分の運賃は通常どおり月末請求で問題ございません。

よろしくお願いいたします。
大場

2025/06/24 10:12、佐久間 <sakuma@aoba-unyu.co.jp> のメッセージ:
> 日の出産業 物流課 大場様
>
> いつもお世話になっております。青葉運輸川口営業所の佐久間です。
> 下記6件、保管期限が近づいております。ご対応をお願いいたします。
>
""" + "\n".join(quoted) + """
>
> 青葉運輸株式会社 川口営業所 佐久間
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="the six consignees appear only in the carrier's own quoted mail: nothing new leaves",
    )


MESSAGES.append(_m028())


def _m029():
    ps = people(29, 7)
    rng = random.Random("m029")
    lines = []
    for p in ps:
        lines.append(f"{order_no(rng, 'hs')}／{name(p)}／{addr(p)}／{p['tel']}／{rng.choice(['初期不良', '誤配送', 'サイズ交換', '破損'])}")
    return dict(
        id="ec-029",
        sender="物流課 木下 <kinoshita.r@hinode-sangyo.co.jp>",
        to=["ソウコリンク 返品センター 石黒様 <ishiguro@sokolink.co.jp>"],
        subject="FW: 交換品の発送と返品回収（7件）",
        charset="cp932",
        body="""石黒様

お世話になっております。日の出産業の木下です。
CSから下記の依頼が来ましたので転送します。
交換品の発送と、旧品の回収伝票の手配をお願いできますでしょうか。

木下

-------- 転送メッセージ --------
差出人: 入江 <irie@hinode-sangyo.co.jp>
送信日時: 2025年6月25日 9:41
宛先: 木下 <kinoshita.r@hinode-sangyo.co.jp>
件名: 交換品の発送と返品回収（7件）

木下さん

交換対応7件です。交換品の発送と旧品回収をお願いします。

""" + "\n".join(lines) + """

入江
""",
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="forward of an internal mail: 7 customers' addresses and phones are new to the 3PL",
    )


MESSAGES.append(_m029())


def _m030():
    ps = people(30, 6)
    rng = random.Random("m030")
    trs = []
    for p in ps:
        cn = card_number(3000 + len(trs))
        trs.append(f"<tr><td>CB-2506-{rng.randint(1000, 9999)}</td><td>{cn[:4]}-****-****-{cn[-4:]}</td>"
                   f"<td>{name(p)}</td><td>{p['mail']}</td><td>{addr(p)}</td>"
                   f"<td style=\"text-align:right\">{rng.choice([9800, 15400, 38500, 22000, 6600]):,}</td>"
                   f"<td>{rng.choice(['配達完了（対面）', '配達完了（置き配）', '配達完了（宅配BOX）'])}</td></tr>")
    html = """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>ミライカード株式会社<br>加盟店サポートデスク 御中</p>
<p>いつもお世話になっております。日の出産業 通販事業部の園田です。<br>
6月度にご連絡いただいたチャージバック6件につき、配送実績を一覧にいたしました。<br>
いずれもご登録住所への配達完了を確認済みです。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>照会番号</th><th>カード番号</th><th>注文者</th><th>メールアドレス</th><th>配送先</th><th>金額</th><th>配達状況</th></tr>
""" + "\n".join(trs) + """
</table>
<p>反証資料が必要なものがございましたらお知らせください。</p>
<p>--<br>日の出産業株式会社 通販事業部 業務課<br>園田 恭平<br>TEL 03-5577-2140</p>
</body></html>"""
    return dict(
        id="ec-030",
        sender="園田 恭平 <sonoda@hinode-sangyo.co.jp>",
        to=["<chargeback@mirai-card.co.jp>"],
        subject="6月度チャージバック 配送実績一覧",
        charset="utf-8",
        html=html,
        expect="stop",
        entities=["PERSON_NAME", "EMAIL_ADDRESS", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="HTML-only table of 6 chargeback customers (names, e-mails, addresses; cards masked) to the acquirer",
    )


MESSAGES.append(_m030())


def _m031():
    return dict(
        id="ec-031",
        sender="園田 恭平 <sonoda@hinode-sangyo.co.jp>",
        to=["ミライカード 加盟店サポート <chargeback@mirai-card.co.jp>"],
        subject="Re: チャージバック照会 CB-2507-00112",
        charset="iso-2022-jp",
        body="""ミライカード株式会社 加盟店サポートデスク御中

お世話になっております。日の出産業の園田です。
照会番号 CB-2507-00112 について、当社の取引記録は以下のとおりです。

　カード番号（下4桁）：****-****-****-4821
　承認番号　　　　　：0638127
　注文番号　　　　　：HS-250611-0904
　売上日　　　　　　：2025/06/11　　金額：12,800円
　出荷日　　　　　　：2025/06/12
　お問い合わせ番号　：4471-5526-0813（6/13 配達完了）

配達完了の確認画面を添付の上、反証として提出いたします。
よろしくお願いいたします。

園田
日の出産業株式会社 通販事業部 業務課 03-5577-2140
""",
        attachments=[{"kind": "png", "name": "配達完了_4471-5526-0813.png"}],
        expect="pass",
        entities=[],
        detectors=[],
        note="one chargeback with only the masked last four digits, order and tracking numbers",
    )


MESSAGES.append(_m031())


def _m032():
    return dict(
        id="ec-032",
        sender="白石 洋平 <shiraishi.y@hinode-sangyo.co.jp>",
        to=["青葉運輸 大谷様 <otani.h@aoba-unyu.co.jp>",
            "北国フーズ 物流担当 市川様 <ichikawa@kitaguni-foods.co.jp>"],
        cc=["ソウコリンク 川越センター長 堀様 <hori@sokolink.co.jp>",
            "物流課 木下 <kinoshita.r@hinode-sangyo.co.jp>"],
        subject="年末繁忙期の冷凍品出荷に関する打合せ（11/6）",
        charset="iso-2022-jp",
        body="""関係各位

いつもお世話になっております。日の出産業 物流課の白石です。

年末の冷凍ギフト出荷について、3社合同でお打合せの場を設けたく、
下記のとおりご案内いたします。

　日時：11月6日（木）14:00〜15:30
　場所：日の出産業 川口物流センター 2F会議室（Web参加も可）
　議題：
　　1. 北国フーズ様からの入荷スケジュール（12/1〜12/20）
　　2. ソウコリンク様 冷凍庫の保管枠
　　3. 青葉運輸様 クール便の集荷枠と締め時刻

ご都合が悪い場合はお知らせください。

白石 洋平
日の出産業株式会社 物流部 物流課 課長
TEL 048-255-7800
""",
        expect="stop",
        entities=[],
        detectors=["external_recipients_visible", "multiple_external_domains"],
        note="three external organisations (carrier, supplier, 3PL) see each other in To/Cc",
    )


MESSAGES.append(_m032())


def _m033():
    return dict(
        id="ec-033",
        sender="白石 洋平 <shiraishi.y@hinode-sangyo.co.jp>",
        to=["大谷 宏 <otani.h@aoba-unyu.co.jp>"],
        cc=["市川 聡 <ichikawa@kitaguni-foods.co.jp>"],
        subject="クール便 直送スキームのご相談",
        charset="cp932",
        body="""青葉運輸 大谷様
（CC：北国フーズ 市川様）

お世話になっております。日の出産業の白石です。

先日お話しした、北国フーズ様の工場から当社のお客様へ直接クール便で
お届けするスキームについて、一度3者でお話しできればと存じます。

候補日：
　・7月8日（火）10:00〜11:00
　・7月9日（水）15:00〜16:00
　・7月10日（木）13:00〜14:00

オンライン（Teams）を想定しております。
ご都合のよい日時をお知らせいただけますでしょうか。

白石 洋平
日の出産業株式会社 物流部 物流課
048-255-7800
""",
        expect="pass",
        entities=[],
        detectors=["multiple_external_domains"],
        note="ordinary meeting mail with two external organisations in To/Cc: must go",
    )


MESSAGES.append(_m033())


def _m034():
    ps = people(34, 5)
    main = ps[0]
    return dict(
        id="ec-034",
        sender="日の出通販 カスタマーセンター <support@hinode-sangyo.co.jp>",
        to=[f"{name(main)} <{main['mail']}>"],
        cc=[f"{name(p)} <{p['mail']}>" for p in ps[1:]],
        subject="Re: 商品の色違いについて（注文番号 HS-250622-0117）",
        charset="utf-8",
        body=f"""{name(main)} 様

日の出通販カスタマーセンターの岩佐でございます。
このたびはご迷惑をおかけし、誠に申し訳ございません。

ご注文の「今治タオル バスタオル 2枚組」につきまして、
ご指定のミントグリーンではなくアイボリーをお送りしてしまいました。
本日、正しいお色の商品を発送いたしましたので、明後日にはお届けの予定です。
お手元の商品は、同梱の着払い伝票でご返送ください。

重ねてお詫び申し上げます。

日の出通販 カスタマーセンター
岩佐 百合
""",
        expect="stop",
        entities=[],
        detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        note="reply to one customer with four other customers' addresses mistakenly in Cc (five private persons)",
    )


MESSAGES.append(_m034())


def _m035():
    shops = [
        ("西川口駅前店", "埼玉県川口市並木2-1-5", "048-250-1186", "7:00-23:00"),
        ("蕨東口店", "埼玉県蕨市中央1-22-3", "048-431-0772", "24時間"),
        ("浦和高砂店", "埼玉県さいたま市浦和区高砂3-4-18", "048-822-5540", "7:00-24:00"),
        ("赤羽一番街店", "東京都北区赤羽1-19-7", "03-3901-2285", "24時間"),
        ("王子駅北口店", "東京都北区王子1-10-2", "03-3912-6614", "6:00-24:00"),
        ("戸田公園店", "埼玉県戸田市本町4-6-21", "048-441-3098", "24時間"),
        ("草加松原店", "埼玉県草加市松原2-3-1", "048-941-7725", "7:00-23:00"),
        ("越谷レイクタウン前店", "埼玉県越谷市レイクタウン8-2-1", "048-990-4413", "24時間"),
        ("川越クレアモール店", "埼玉県川越市新富町2-6-3", "049-222-8091", "7:00-24:00"),
        ("所沢プロペ通り店", "埼玉県所沢市日吉町10-5", "04-2922-3376", "24時間"),
        ("大宮東口店", "埼玉県さいたま市大宮区宮町1-38", "048-641-2209", "24時間"),
        ("春日部駅西口店", "埼玉県春日部市中央1-1-9", "048-763-5580", "6:00-24:00"),
    ]
    lines = ["店舗名,住所,電話番号,営業時間,受取可能サイズ"]
    for s in shops:
        lines.append(f"まちかどステーション {s[0]},{s[1]},{s[2]},{s[3]},{'120' if '24' in s[3] else '100'}サイズまで")
    return dict(
        id="ec-035",
        sender="EC運営課 今井 <imai.s@hinode-sangyo.co.jp>",
        to=["まちかどステーション 本部 店舗開発部 <tenpo@machikado-st.co.jp>"],
        subject="店頭受取サービス 対象店舗リストのご確認",
        charset="utf-8",
        body="""まちかどステーション株式会社
店舗開発部 ご担当者様

お世話になっております。日の出産業 EC運営課の今井です。
8月開始予定の「店頭受取サービス」について、当社サイトに掲載する
対象店舗リストを作成しました。店名・住所・営業時間に誤りがないか
ご確認いただけますでしょうか。

""" + "\n".join(lines) + """

掲載は7月25日を予定しております。
お手数ですが7月18日までにご返信いただけますと幸いです。

今井 咲
日の出産業株式会社 通販事業部 EC運営課
TEL 03-5577-2143
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="directory of 12 convenience-store pickup points (businesses), not people",
    )


MESSAGES.append(_m035())


def _m036():
    return dict(
        id="ec-036",
        sender="品質管理 野々村 <nonomura@hinode-sangyo.co.jp>",
        to=["北国フーズ 品質保証部 <qa@kitaguni-foods.co.jp>"],
        subject="【至急】いくら醤油漬け お客様の健康被害申出について",
        charset="iso-2022-jp",
        body="""北国フーズ株式会社
品質保証部 ご担当者様

日の出産業 通販事業部 品質管理の野々村です。
至急ご確認いただきたい件があり、ご連絡いたします。

当社通販でご購入のお客様より、健康被害の申し出がありました。

　お客様　　：舟橋 千尋 様（40代女性）
　ご購入商品：いくら醤油漬け 250g（冷凍） ロット L250611
　お申し出　：6月21日の夕食後に全身のじんましんと呼吸困難があり、救急搬送。
　　　　　　　アナフィラキシーと診断され、2日間入院されたとのこと。
　　　　　　　ご本人は以前から甲殻類アレルギーの既往があり、
　　　　　　　「原材料に記載のないえびエキスが入っていたのではないか」とのお申し出です。

同ロットの原材料・製造ラインの共用状況について、
本日中に一次回答をいただけますでしょうか。
現品はお客様宅で冷凍保管いただいており、明日回収予定です。

野々村 透
日の出産業株式会社 通販事業部 品質管理担当
TEL 03-5577-2147
""",
        expect="stop",
        entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="one named customer's diagnosis, hospitalisation and allergy history (要配慮個人情報) to the supplier",
    )


MESSAGES.append(_m036())


def _m037():
    ps = people(37, 5)
    rng = random.Random("m037")
    items = []
    for p in ps:
        items.append(f"・{tracking(rng)}　{name(p)}様　{zen(p['zip'])}　{addr(p)}　℡{p['tel']}")
    return dict(
        id="ec-037",
        sender="物流課 大場 <ooba@hinode-sangyo.co.jp>",
        to=["青葉運輸 浦和営業所 <urawa@aoba-unyu.co.jp>"],
        subject="再配達のお願い（5件・お客様から当社へ連絡あり）",
        charset="cp932",
        body="""青葉運輸 浦和営業所 御中

いつもお世話になっております。日の出産業 物流課の大場です。
下記5件、お客様から当社へ「不在票が入っていない」とのご連絡がありました。
本日の夜間帯（19-21時）で再配達をお願いできますでしょうか。

""" + "\n".join(items) + """

お手数ですが、よろしくお願いいたします。

大場 健吾
日の出産業 物流課　TEL 048-255-7800
""",
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="exactly five consignees with addresses and phones as bullets to the carrier",
    )


MESSAGES.append(_m037())


def _m038():
    ps = people(38, 4)
    blocks = []
    rng = random.Random("m038")
    for i, p in enumerate(ps, 1):
        blocks.append(f"（{i}）{tracking(rng)}\n　　{name(p)}様／{addr(p)}\n　　{p['tel']}／{rng.choice(['明日 午前中', '明日 14-16時', '本日 19-21時', '明後日 18-20時'])}")
    return dict(
        id="ec-038",
        sender="物流課 小宮山 <komiyama@hinode-sangyo.co.jp>",
        to=["青葉運輸 船橋営業所 <funabashi@aoba-unyu.co.jp>"],
        subject="再配達依頼 4件",
        charset="iso-2022-jp",
        body="""船橋営業所 ご担当者様

お疲れさまです。日の出産業の小宮山です。
お客様からカスタマーセンター経由で再配達のご希望をいただいています。

""" + "\n\n".join(blocks) + """

ご対応よろしくお願いいたします。
小宮山（日の出産業 物流課 048-255-7800）
""",
        expect="pass",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="four redelivery requests (name, address, phone) to the carrier: below five people, may warn",
    )


MESSAGES.append(_m038())


def _m039():
    rng = random.Random("m039")
    lines = ["会員番号\t氏名\t郵便番号\t住所1\t住所2\t生年月日\t性別\t会員ランク"]
    for p in people(39, 30):
        p["mo"] = 8
        lines.append("\t".join([f"{rng.randint(10000000, 99999999)}", name(p, "　"), p["zip"],
                                f"{p['pref']}{p['city']}{p['town']}{p['banchi']}", p["bld"],
                                f"{p['y']}/{p['mo']:02d}/{p['d']:02d}", "女" if p["sex"] == "F" else "男",
                                rng.choice(["ゴールド", "シルバー", "レギュラー", "レギュラー"])]))
    return dict(
        id="ec-039",
        sender="販促 北条 <hojo.m@hinode-sangyo.co.jp>",
        to=["錦印刷 DM制作 川端様 <kawabata@nishiki-insatsu.co.jp>"],
        subject="誕生月DM（8月） 宛名データ",
        charset="cp932",
        body="""川端様

お世話になっております。日の出産業 販促課の北条です。
8月誕生月のお客様向けバースデーDMの宛名データをお送りします。
タブ区切り、Shift_JISです（30件）。

ランク別にクーポン面の絵柄を変えてください（ゴールド／シルバー／レギュラー）。
生年月日の列は宛名面には印字しないでください。

北条 真琴
日の出産業株式会社 通販事業部 販促課　03-5577-2145
""",
        attachments=[{"kind": "txt", "name": "birthday_dm_08.tsv", "text": "\n".join(lines), "encoding": "cp932"}],
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
        detectors=["personal_data"],
        note="TSV in CP932: 30 members' names, addresses and dates of birth to the DM printer",
    )


MESSAGES.append(_m039())


def _m040():
    rng = random.Random("m040")
    rows = [["代引き未回収一覧（2025年6月末）"],
            ["伝票番号", "注文番号", "お届け先", "電話", "住所", "代引金額", "状況"]]
    for p in people(40, 11):
        rows.append([tracking(rng), order_no(rng, "hs"), name(p), p["tel"], addr(p),
                     rng.choice([3980, 5500, 12800, 7480]), rng.choice(["受取拒否", "保管期限切れ", "宛所不明"])])
    return dict(
        id="ec-040",
        sender="物流課 木下 <kinoshita.r@hinode-sangyo.co.jp>",
        to=["経理部 売掛金担当 <urikake@hinode-sangyo.co.jp>"],
        cc=["通販事業部 業務課 長尾 <nagao.t@hinode-sangyo.co.jp>"],
        subject="6月末 代引き未回収分の一覧",
        charset="iso-2022-jp",
        body="""経理部 売掛金ご担当者様

物流課の木下です。
6月末時点の代引き未回収（受取拒否・保管期限切れ等）の一覧を送ります。
古いExcel形式のままですみません。

督促の要否は業務課の長尾さんと調整をお願いします。

木下
""",
        attachments=[{"kind": "xls", "name": "代引未回収_202506.xls", "sheets": {"未回収": rows}}],
        expect="pass",
        entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        detectors=[],
        note="legacy XLS with 11 customers, sent only to internal colleagues: must go",
    )


MESSAGES.append(_m040())


# ---------------------------------------------------------------------------------------
# ec-041 … ec-060
# ---------------------------------------------------------------------------------------

def _m041():
    rng = random.Random("m041")
    table = [["No", "氏名", "住所", "電話番号", "注文日", "未入金額", "督促状況"]]
    for i, p in enumerate(people(41, 6), 1):
        table.append([str(i), name(p), f"〒{p['zip']} {addr(p)}", p["tel"],
                      f"2025年{rng.randint(1, 3)}月{rng.randint(1, 28)}日", f"{rng.choice([48400, 62700, 35200, 88000, 51700]):,}円",
                      rng.choice(["督促3回・応答なし", "督促2回・支払約束不履行", "督促3回・宛所不明で返戻"])])
    return dict(
        id="ec-041",
        sender="業務課 長尾 <nagao.t@hinode-sangyo.co.jp>",
        to=["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
        cc=["白川法律事務所 事務局 <office@shirakawa-law.jp>"],
        subject="後払い未入金案件（6件）の法的対応のご相談",
        charset="utf-8",
        body="""白川法律事務所
白川先生

いつも大変お世話になっております。日の出産業 通販事業部 業務課の長尾です。

先日ご相談した後払い決済の長期未入金について、
社内督促で回収できなかった6件の一覧をWordにまとめました。
内容証明郵便の送付から、少額訴訟の要否までご意見をいただけますと幸いです。

ご多忙のところ恐縮ですが、よろしくお願いいたします。

長尾 拓也
日の出産業株式会社 通販事業部 業務課
〒104-0032 東京都中央区八丁堀3-18-6 日の出ビル5F
TEL 03-5577-2140
""",
        attachments=[{"kind": "docx", "name": "後払い未入金案件一覧.docx",
                      "paragraphs": ["後払い未入金案件一覧（2025年6月30日現在）", "日の出産業株式会社 通販事業部 業務課",
                                     "下表の6件は、社内督促（電話・書面）にて回収に至らなかった案件です。"],
                      "tables": [table]}],
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="DOCX table of 6 delinquent customers with addresses and phones to the outside law firm",
    )


MESSAGES.append(_m041())


def _m042():
    rows = [["日の出産業 家電カテゴリ 卸価格表（2025年8月改定）"], [],
            ["品番", "品名", "JANコード", "希望小売価格", "卸価格", "掛率", "最小ロット"]]
    items = [("HS-KD-7710", "電気ケトル 1.0L ホワイト", "4589012345671", 4980, 3237),
             ("HS-KD-7711", "電気ケトル 1.0L ブラック", "4589012345688", 4980, 3237),
             ("HS-KD-7722", "コードレス掃除機 KX-9", "4589012345701", 19800, 12870),
             ("HS-KD-7730", "ハンディファン 充電式", "4589012345725", 2980, 1788),
             ("HS-KD-7741", "加湿器 スチーム式 2.5L", "4589012345749", 8800, 5720),
             ("HS-KD-7752", "トースター 2枚焼き", "4589012345763", 6580, 4277)]
    for it in items:
        rows.append([it[0], it[1], it[2], it[3], it[4], f"{it[4] / it[3]:.0%}", 12])
    return dict(
        id="ec-042",
        sender="商品部 桐生 <kiryu@hinode-sangyo.co.jp>",
        to=["川崎電機 購買部 村瀬様 <murase@kawasaki-denki.co.jp>"],
        subject="8月改定 卸価格表の送付",
        charset="iso-2022-jp",
        body="""川崎電機株式会社 購買部
村瀬様

いつもお世話になっております。日の出産業 商品部の桐生です。
8月1日受注分から適用の卸価格表をお送りいたします。
原材料費の高騰により、一部商品の掛率を見直しております。

ご不明な点がございましたらお気軽にお問い合わせください。

桐生 健太郎
日の出産業株式会社 商品部
TEL 03-5577-2130
""",
        attachments=[{"kind": "xlsx", "name": "卸価格表_202508.xlsx", "sheets": {"家電": rows}}],
        expect="pass",
        entities=[],
        detectors=[],
        note="price list with JAN codes and product numbers: must go",
    )


MESSAGES.append(_m042())


def _m043():
    tnum = "T" + corp_number("010401088821")
    return dict(
        id="ec-043",
        sender="商品部 仕入担当 宇野 <uno.k@hinode-sangyo.co.jp>",
        to=["北国フーズ 受注センター <juchu@kitaguni-foods.co.jp>"],
        subject="発注書 PO-2507-0193（鮭とば・いくら）",
        charset="cp932",
        body=f"""北国フーズ株式会社
受注センター 御中

いつもお世話になっております。日の出産業 商品部の宇野です。
下記のとおり発注いたします。

━━━━━━━━━━━━━━━━━━━━━━━
　発注番号：PO-2507-0193
　発注日　：2025年7月4日
　納品先　：日の出産業 川口物流センター（〒332-0035 埼玉県川口市西青木5-12-3）
　納品日　：2025年7月11日（金）AM必着

　品番　　　　品名　　　　　　　　　　　　数量　　単価　　　金額
　HS-FD-5531　鮭とば 200g　　　　　　　　 480　　　820　　393,600
　HS-FD-5540　いくら醤油漬け 250g（冷凍）　240　　2,150　　516,000
　　　　　　　　　　　　　　　　　　　　　　　　　小計　　909,600
　　　　　　　　　　　　　　　　　　　　　消費税（8%）　　 72,768
　　　　　　　　　　　　　　　　　　　　　　　　　合計　　982,368
━━━━━━━━━━━━━━━━━━━━━━━

請求書は当社登録番号（{tnum}）宛でお願いいたします。

宇野 佳奈
日の出産業株式会社 商品部
TEL 03-5577-2131 / FAX 03-5577-2139
""",
        expect="pass",
        entities=["JP_CORPORATE_NUMBER"],
        detectors=[],
        note="purchase order with the company's own invoice registration number (T-number): business data, must go",
    )


MESSAGES.append(_m043())


def _m044():
    ps = people(44, 6)
    rng = random.Random("m044")
    blocks = []
    for p in ps:
        q = people(4400 + len(blocks), 1)[0]
        blocks.append(f"""【お届け先変更】 お問い合わせ番号 {tracking(rng)}
　変更前：{addr(p)}
　変更後：〒{q['zip']} {q['pref']}{q['city']}{q['town']}{q['banchi']}
　お名前：{name(p)} 様（{kana(p)}）
　連絡先：{p['tel']}""")
    return dict(
        id="ec-044",
        sender="物流課 小宮山 <komiyama@hinode-sangyo.co.jp>",
        to=["青葉運輸 転送受付 <tenso@aoba-unyu.co.jp>"],
        subject="輸送中荷物のお届け先変更（6件）",
        charset="iso-2022-jp",
        body="""青葉運輸 転送受付ご担当者様

お世話になっております。日の出産業 物流課の小宮山です。
お客様からの依頼で、輸送中の荷物のお届け先変更をお願いします。
転送料金は当社請求でお願いいたします。

""" + "\n\n".join(blocks) + """

以上6件です。よろしくお願いいたします。

小宮山
日の出産業 物流課 048-255-7800
""",
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="six one-record-per-block address changes (name, kana, old/new address, phone) to the carrier",
    )


MESSAGES.append(_m044())


def _m045():
    rng = random.Random("m045")
    head = pad("注文番号", 18) + pad("電話番号", 16) + pad("〒", 10) + "住所"
    lines = [head, "=" * 90]
    for p in people(45, 12):
        lines.append(pad(order_no(rng, "hs"), 18) + pad(p["tel"], 16) + pad(p["zip"], 10) + addr(p))
    return dict(
        id="ec-045",
        sender="CS企画 柚木 <yuki.n@hinode-sangyo.co.jp>",
        to=["ボイスリサーチ 調査部 <chosa@voice-research.co.jp>"],
        subject="購入後アンケート（電話調査）対象リスト",
        charset="iso-2022-jp",
        body="""ボイスリサーチ株式会社
調査部 ご担当者様

お世話になっております。日の出産業 CS企画の柚木です。
来週から実施いただく購入後アンケート（電話調査）の対象リストです。
お名前は出さない前提でとのことでしたので、番号と住所のみにしています。

""" + "\n".join(lines) + """

架電は平日10時〜19時の範囲でお願いいたします。

柚木 菜摘
日の出産業株式会社 通販事業部 CS企画
""",
        expect="stop",
        entities=["PHONE_NUMBER", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="12 customers' phones and home addresses without a name column, space-padded, to a survey firm",
    )


MESSAGES.append(_m045())


def _m046():
    rng = random.Random("m046")
    rows = [["email", "rank", "last_order"]]
    for p in people(46, 45):
        rows.append([p["mail"], rng.choice(["G", "S", "R", "R"]), f"2025-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}"])
    return dict(
        id="ec-046",
        sender="EC運営課 佐伯 <saeki@hinode-sangyo.co.jp>",
        to=["メールキャスト 配信サポート <support@mailcast.jp>"],
        subject="テスト配信用リストのアップロードがエラーになります",
        charset="utf-8",
        body="""メールキャスト 配信サポートご担当者様

いつもお世話になっております。日の出産業 EC運営課の佐伯です。
管理画面から配信リストをアップロードすると「形式エラー（行3）」と表示されます。
該当のCSVを添付しますので、どこが問題か見ていただけますか。

アカウントID：hinode-ec-01

佐伯 亮
日の出産業株式会社 通販事業部 EC運営課
""",
        attachments=[{"kind": "csv", "name": "list_upload_0708.csv", "rows": rows, "encoding": "utf-8"}],
        expect="stop",
        entities=["EMAIL_ADDRESS"],
        detectors=["personal_data"],
        note="CSV of 45 customers' private e-mail addresses (no names) to the mailing vendor's support",
    )


MESSAGES.append(_m046())


def _m047():
    html = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>日の出通販だより 8月号</title></head>
<body style="margin:0;background:#f6f3ee">
<table width="600" align="center" style="background:#fff;font-family:sans-serif">
<tr><td style="padding:20px;font-size:22px;color:#c4511f">日の出通販だより 8月号</td></tr>
<tr><td style="padding:0 20px">{%name%} 様<br>いつも日の出通販をご利用いただきありがとうございます。</td></tr>
<tr><td style="padding:20px"><b>夏のギフトセール</b><br>季節のギフトセット 5,000円 → 4,500円（8/1〜8/10）</td></tr>
<tr><td style="padding:20px;font-size:12px;color:#888">配信停止は<a href="{%unsubscribe_url%}">こちら</a><br>
日の出産業株式会社 通販事業部 〒104-0032 東京都中央区八丁堀3-18-6</td></tr>
</table></body></html>"""
    return dict(
        id="ec-047",
        sender="EC運営課 佐伯 <saeki@hinode-sangyo.co.jp>",
        to=["メールキャスト 制作チーム 大須賀様 <osuga@mailcast.jp>"],
        subject="8月号メルマガ 原稿（HTML）入稿",
        charset="iso-2022-jp",
        body="""大須賀様

お世話になっております。日の出産業の佐伯です。
8月号メルマガのHTML原稿を入稿いたします。
差し込み項目は {%name%} と {%unsubscribe_url%} の2つです。

7/30 10:00 配信予約でお願いします。
テスト配信は当課の共有アドレス（ec-test@hinode-sangyo.co.jp）宛にお願いいたします。

佐伯
""",
        attachments=[{"kind": "html", "name": "newsletter_2025_08.html", "html": html}],
        expect="pass",
        entities=[],
        detectors=[],
        note="newsletter template with merge placeholders only, no recipient data",
    )


MESSAGES.append(_m047())


def _m048():
    rng = random.Random("m048")
    lines = ["伝票番号,お届け先,電話,住所,品名"]
    for p in people(48, 8):
        lines.append(f"{tracking(rng)},{name(p)},{p['tel']},{addr(p)},{rng.choice(SKUS)[1]}")
    return dict(
        id="ec-048",
        sender="物流課 真壁 <makabe@hinode-sangyo.co.jp>",
        to=["通販事業部 CS 入江 <irie@hinode-sangyo.co.jp>", "CS 岩佐 <iwasa.y@hinode-sangyou.co.jp>"],
        subject="誤出荷の可能性がある8件",
        charset="cp932",
        body="""入江さん、岩佐さん

物流課の真壁です。
昨日の午後便で、同梱物の入れ違いが発生した可能性がある8件です。
お客様から連絡があった場合は物流課に回してください。

""" + "\n".join(lines) + """

真壁
""",
        expect="stop",
        entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        detectors=["lookalike_domain", "personal_data"],
        note="internal mail, but one Cc is hinode-sangyou.co.jp (look-alike of the own domain) and carries 8 customers",
    )


MESSAGES.append(_m048())


def _m049():
    return dict(
        id="ec-049",
        sender="商品部 宇野 <uno.k@hinode-sangyo.co.jp>",
        to=["北国フーズ 営業部 市川様 <ichikawa@kitaguni-foods.jp>"],
        subject="鮭とば 新パッケージの規格書について",
        charset="iso-2022-jp",
        body="""北国フーズ株式会社
営業部 市川様

お世話になっております。日の出産業 商品部の宇野です。

9月から切り替わる鮭とばの新パッケージについて、
規格書（原材料・アレルゲン・栄養成分）の最新版をいただけますでしょうか。
通販サイトの商品ページを8月中に差し替える予定です。

あわせて、JANコードが変わるかどうかもお知らせください。

宇野 佳奈
日の出産業株式会社 商品部
TEL 03-5577-2131
""",
        expect="stop",
        entities=[],
        detectors=["lookalike_domain"],
        note="supplier domain with the co. dropped (kitaguni-foods.jp instead of kitaguni-foods.co.jp)",
    )


MESSAGES.append(_m049())


def _m050():
    return dict(
        id="ec-050",
        sender="物流課 木下 <kinoshita.r@hinode-sangyo.co.jp>",
        to=["青葉運輸 江東センター 配車係 <haisha@koto-center.aoba-unyu.co.jp>"],
        subject="7/22 チャーター便（川口→有明）の配車確認",
        charset="utf-8",
        body="""青葉運輸 江東センター
配車係 ご担当者様

お世話になっております。日の出産業 物流課の木下です。
7/22（火）のチャーター便について確認させてください。

　車両：4t ウイング車 1台
　積込：8:30 日の出産業 川口物流センター 第1バース
　納品：11:00 有明 展示会場 搬入口C（ギフトショー出展用什器・サンプル）
　荷量：パレット6枚＋カゴ台車2台

当日の立会いは当課の木下（携帯 080-2291-7460）が担当します。
よろしくお願いいたします。

木下 涼
日の出産業株式会社 物流課
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="recipient is a genuine subdomain of the partner's domain; only the sender's own work mobile",
    )


MESSAGES.append(_m050())


def _m051():
    return dict(
        id="ec-051",
        sender="Keiko Morishita <morishita.k@hinode-sangyo.co.jp>",
        to=["Daniel Okafor <dan.okafor.home@gmail.com>"],
        subject="Re: Where is my order? (HSX-40781)",
        charset="utf-8",
        body="""Dear Mr. Okafor,

Thank you for your patience. Your order HSX-40781 (cast iron teapot, 0.6 L)
left our warehouse on 2 July and was handed over to EMS the same day.

Tracking number: EJ 318 442 907 JP
You can follow it on the Japan Post website. Delivery to the UK usually
takes 5-8 business days; customs clearance may add a few days.

If it has not arrived by 18 July, please let us know and we will open an
inquiry with the postal service.

Kind regards,
Keiko Morishita
Hinode Online Store – Overseas Customer Service
Hinode Sangyo Co., Ltd.

On Fri, 4 Jul 2025 at 21:16, Daniel Okafor <dan.okafor.home@gmail.com> wrote:
> Hello, I ordered a teapot two weeks ago and have not received any
> shipping information. My address is 14 Cranbrook Road, Bristol BS6 7BS,
> United Kingdom, phone +44 7700 918 442.
> Order HSX-40781.
> Daniel Okafor
""",
        expect="pass",
        entities=[],
        detectors=["freemail_recipient"],
        note="English reply to one overseas buyer; his address and phone only in the quoted text",
    )


MESSAGES.append(_m051())


def _m052():
    return dict(
        id="ec-052",
        sender="海外通販担当 森下 <morishita.k@hinode-sangyo.co.jp>",
        to=["Pacific Bridge Logistics 通関チーム <customs@pbl-logistics.com>"],
        subject="Re: 高額品の輸出通関に必要な情報（HSX-40822）",
        charset="utf-8",
        body="""Pacific Bridge Logistics
通関チーム ご担当者様

お世話になっております。日の出産業の森下です。
ご依頼のあった、受取人（日本国籍・シンガポール在住）の本人確認情報をお送りします。

　受取人氏名：勅使河原 瑞穂（TESHIGAWARA MIZUHO）
　生年月日　：1987年11月23日
　旅券番号　：TZ8830417
　旅券有効期限：2031年3月9日
　現住所　　：Blk 22 Holland Close, #14-08, Singapore 270022
　電話　　　：+65-8391-2074

商品は南部鉄器の茶器セット（申告額 JPY 286,000）です。
インボイスは昨日お送りしたものから変更ございません。

森下 恵子
日の出産業株式会社 通販事業部 海外EC担当
TEL 048-255-7800
""",
        expect="stop",
        entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="a customer's passport number and date of birth sent to the forwarder",
    )


MESSAGES.append(_m052())


def _m053():
    p = people(53, 1)[0]
    return dict(
        id="ec-053",
        sender="業務課 園田 <sonoda@hinode-sangyo.co.jp>",
        to=["青葉運輸 世田谷営業所 所長 <setagaya@aoba-unyu.co.jp>"],
        subject="高額品の配達時 本人確認のお願い（HS-250709-0027）",
        charset="iso-2022-jp",
        body=f"""青葉運輸 世田谷営業所
所長様

お世話になっております。日の出産業 通販事業部の園田です。

本日出荷する高額品（腕時計・税込286,000円）1件について、
不正注文の疑いがあるため、配達時に運転免許証での本人確認をお願いいたします。
ご注文時にご提出いただいた免許証の情報は以下のとおりです。

　お問い合わせ番号：4471-8802-3315
　お届け先　　　　：〒{p['zip']} {addr(p)}
　氏名　　　　　　：{name(p)}
　運転免許証番号　：第 3015 0442 7391 号
　有効期限　　　　：令和9年8月17日まで

券面の番号・氏名が一致しない場合はお渡しせず、持ち戻りでお願いします。

園田 恭平
日の出産業株式会社 通販事業部 業務課
TEL 03-5577-2140
""",
        expect="stop",
        entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="one customer's driver's licence number and address sent to the carrier for ID check",
    )


MESSAGES.append(_m053())


def _m054():
    p = people(54, 1)[0]
    cn = card_number(5454)
    return dict(
        id="ec-054",
        sender="園田 恭平 <sonoda@hinode-sangyo.co.jp>",
        to=["経理部 入金管理 <nyukin@hinode-sangyo.co.jp>"],
        subject="チャージバック確定分（返金処理の依頼）",
        charset="cp932",
        body=f"""経理部 入金管理ご担当者様

業務課の園田です。
下記1件、反証が認められずチャージバックが確定しました。
カード会社からの相殺処理が7月末入金分で行われますので、売上の取消処理をお願いします。

　注文番号　：HS-250502-0318
　カード番号：{cn}
　会員名　　：{p['mei_r'].upper()} {p['sei_r'].upper()}（{name(p)}様）
　金額　　　：38,500円

園田
""",
        expect="pass",
        entities=["CREDIT_CARD", "PERSON_NAME"],
        detectors=[],
        note="a full card number, but sent only to the internal accounting team: must go",
    )


MESSAGES.append(_m054())


def _m055():
    ps = people(55, 6)
    rng = random.Random("m055")
    slides = [["サマーギフトキャンペーン 当選者インタビュー企画", "実施：2025年8月", "日の出産業株式会社 通販事業部 販促課"]]
    for i, p in enumerate(ps, 1):
        age = 2025 - p["y"]
        slides.append([f"当選者 {i}：{name(p)} 様",
                       f"{age}歳・{p['pref']}{p['city']}在住",
                       f"電話：{p['tel']}",
                       f"メール：{p['mail']}",
                       f"取材希望日：8月{rng.randint(4, 29)}日 {rng.choice(['午前', '午後'])}"])
    slides.append(["今後の進め方", "取材日程の確定（8/1まで）", "撮影・記事化（ほしぞら広告様）", "サイト掲載（9月上旬）"])
    return dict(
        id="ec-055",
        sender="販促課 北条 <hojo.m@hinode-sangyo.co.jp>",
        to=["ほしぞら広告 制作部 遠山様 <toyama@hoshizora-ad.co.jp>"],
        subject="当選者インタビュー企画 資料",
        charset="utf-8",
        body="""ほしぞら広告
遠山様

お世話になっております。日の出産業 販促課の北条です。
当選者インタビュー企画の資料をお送りします。
取材にご協力いただける6名の方の連絡先も入れておりますので、
日程調整のご連絡を直接お願いできますでしょうか。

北条
""",
        attachments=[{"kind": "pptx", "name": "当選者インタビュー企画.pptx", "slides": slides}],
        expect="stop",
        entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        detectors=["personal_data"],
        note="PPTX slides with 6 winners' names, ages, phones and e-mails to the ad agency",
    )


MESSAGES.append(_m055())


def _m056():
    ps = people(56, 15)
    lines = []
    for p in ps:
        lines.append(f"　{p['pref']}　{p['sei_r'][0]}.{p['mei_r'][0]} 様")
    return dict(
        id="ec-056",
        sender="販促課 北条 <hojo.m@hinode-sangyo.co.jp>",
        to=["スタジオはこぶね 小田切様 <odagiri@studio-hakobune.jp>"],
        subject="当選者発表ページの原稿",
        charset="iso-2022-jp",
        body="""小田切様

お世話になっております。日の出産業の北条です。
サマーギフトキャンペーンの当選者発表ページの原稿をお送りします。
例年どおり、都道府県とイニシャルのみの掲載です。

――ここから――
サマーギフトキャンペーン 当選者発表

たくさんのご応募ありがとうございました。
厳正なる抽選の結果、以下の15名様がご当選されました。（敬称略・順不同）

""" + "\n".join(lines) + """

賞品は7月中旬より順次発送いたします。
――ここまで――

8/1（金）午前中の公開でお願いします。

北条
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="winners published as prefecture + initials only: not identifiable, must go",
    )


MESSAGES.append(_m056())


def _m057():
    ps = people(57, 7)
    rng = random.Random("m057")
    trs = "\n".join(
        f"<tr><td>{tracking(rng)}</td><td>{name(p)}</td><td>{p['zip']}</td><td>{addr(p)}</td><td>{p['tel']}</td>"
        f"<td>{rng.choice(['宛所尋ね当たらず', '転居先不明', '部屋番号なし'])}</td></tr>" for p in ps)
    html = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-size:13px">
青葉運輸 川口営業所<br>佐久間様<br><br>
お世話になっております。日の出産業 物流課の小宮山です。<br>
昨日「宛所不明」で戻ってきた7件について、お客様へ確認した正しい情報は以下のとおりです。<br>
(住所欄は確認後の正しい住所です)<br><br>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>伝票番号</th><th>お届け先</th><th>〒</th><th>住所</th><th>電話</th><th>戻り理由</th></tr></thead>
<tbody>
{trs}
</tbody></table>
<br>本日再発送いたしますので、よろしくお願いいたします。<br><br>
小宮山<br>日の出産業株式会社 物流課 048-255-7800
</div></body></html>"""
    return dict(
        id="ec-057",
        sender="小宮山 <komiyama@hinode-sangyo.co.jp>",
        to=["佐久間 <sakuma@aoba-unyu.co.jp>"],
        subject="宛所不明返送分 7件の再発送",
        charset="utf-8",
        html=html,
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="HTML-only mail with a table of 7 consignees (name, address, phone) to the carrier",
    )


MESSAGES.append(_m057())


def _m058():
    tnum = "T" + corp_number("010401088821")
    return dict(
        id="ec-058",
        sender="経理部 請求担当 矢吹 <yabuki@hinode-sangyo.co.jp>",
        to=["青葉運輸 経理部 <keiri@aoba-unyu.co.jp>"],
        subject="請求書送付（倉庫スペース転貸料 2025年6月分）",
        charset="cp932",
        body=f"""青葉運輸株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理部の矢吹でございます。
2025年6月分の倉庫スペース転貸料の請求書をお送りいたします。

　請求書番号：HS-INV-2506-0418
　ご請求金額：330,000円（うち消費税 30,000円）
　お支払期限：2025年7月31日
　お振込先　：みどり銀行 本店営業部 普通 1234567
　　　　　　　口座名義 ヒノデサンギヨウ（カ
　適格請求書発行事業者登録番号：{tnum}

ご査収のほど、よろしくお願いいたします。

日の出産業株式会社 経理部
矢吹 洋子
TEL 03-5577-2100
""",
        attachments=[{"kind": "pdf", "name": "請求書_HS-INV-2506-0418.pdf",
                      "lines": ["請求書", "青葉運輸株式会社 御中", "請求書番号 HS-INV-2506-0418",
                                "件名：川口物流センター 倉庫スペース転貸料（2025年6月分）",
                                "ご請求金額 330,000円（税込）", f"登録番号 {tnum}",
                                "振込先 みどり銀行 本店営業部 普通 1234567 ヒノデサンギヨウ（カ",
                                "日の出産業株式会社 〒104-0032 東京都中央区八丁堀3-18-6"]}],
        expect="pass",
        entities=["JP_CORPORATE_NUMBER"],
        detectors=[],
        note="invoice with the company's T-number and company bank account: business data, must go",
    )


MESSAGES.append(_m058())


def _m059():
    return dict(
        id="ec-059",
        sender="白石 洋平 <shiraishi.y@hinode-sangyo.co.jp>",
        to=["青葉運輸 法人営業 大谷様 <otani.h@aoba-unyu.co.jp>"],
        subject="【社外秘】2026年度 物流コスト削減計画（案）",
        charset="iso-2022-jp",
        body="""大谷様

お世話になっております。日の出産業の白石です。
来週の打合せに先立ち、当社の物流コスト削減計画（案）の抜粋をお送りします。

━━━━━━━━━━━━━━━━━━━━━
【社外秘】取扱注意　2026年度 物流コスト削減計画（案）
━━━━━━━━━━━━━━━━━━━━━
1. 目標：売上高物流費比率 9.8% → 8.5%
2. 施策
　(1) 西日本向け出荷を関西拠点（新設）へ移管し、平均運賃を12%削減
　(2) 宅配便の契約運賃見直し（複数社相見積もり）
　(3) 梱包資材の標準化（箱サイズ14種→8種）
3. スケジュール：2026年4月 関西拠点稼働、7月 運賃改定
━━━━━━━━━━━━━━━━━━━━━

(2) の相見積もりは社内でもまだ確定していない話ですので、お取り扱いにご注意ください。

白石
""",
        expect="stop",
        entities=[],
        detectors=["confidential_marking"],
        note="mail stamped 【社外秘】 in the subject and body going to the carrier",
    )


MESSAGES.append(_m059())


def _m060():
    return dict(
        id="ec-060",
        sender="法務担当 黒須 <kurosu@hinode-sangyo.co.jp>",
        to=["ツバサシステム 営業部 新田様 <nitta@tsubasa-system.jp>"],
        subject="秘密保持契約書（ドラフト）のご確認のお願い",
        charset="utf-8",
        body="""ツバサシステム株式会社
営業部 新田様

お世話になっております。日の出産業 総務部法務担当の黒須です。

ECサイトリニューアルのご提案に先立ち、秘密保持契約を締結させていただきたく、
当社ひな形のドラフトをお送りいたします。
第3条（秘密情報の範囲）と第8条（有効期間）について、貴社のご意見をいただけますと幸いです。

ご確認のほど、よろしくお願いいたします。

黒須 達也
日の出産業株式会社 総務部 法務担当
TEL 03-5577-2105
""",
        attachments=[{"kind": "docx", "name": "秘密保持契約書_ドラフト_v1.docx",
                      "paragraphs": [
                          "秘密保持契約書（案）",
                          "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
                          "ECサイトリニューアルの検討（以下「本目的」という。）に関し、以下のとおり秘密保持契約を締結する。",
                          "第1条（目的）本契約は、本目的のために相互に開示される秘密情報の取扱いを定める。",
                          "第3条（秘密情報の範囲）秘密情報とは、開示者が秘密である旨を明示して開示した技術上・営業上の情報をいう。"
                          "ただし、公知の情報、受領者が独自に開発した情報はこの限りでない。",
                          "第5条（目的外使用の禁止）受領者は、秘密情報を本目的以外に使用してはならない。",
                          "第8条（有効期間）本契約の有効期間は締結日から2年間とする。",
                          "以上",
                      ],
                      "title": "秘密保持契約書（案）"}],
        expect="pass",
        entities=[],
        detectors=[],
        note="mail about an NDA with the NDA draft attached; no confidentiality stamp on the document",
    )


MESSAGES.append(_m060())


# ---------------------------------------------------------------------------------------
# ec-061 … ec-080
# ---------------------------------------------------------------------------------------

def _m061():
    return dict(
        id="ec-061",
        sender="EC運営課 今井 <imai.s@hinode-sangyo.co.jp>",
        to=["いろどりモール 出店者サポート 吉永様 <yoshinaga@irodori-mall.jp>"],
        subject="Re: 購入者データ提供のご依頼について",
        charset="iso-2022-jp",
        body="""いろどりモール株式会社
出店者サポート 吉永様

お世話になっております。日の出産業 EC運営課の今井です。

ご依頼いただいた「モール外での購入者データ（氏名・住所・購入履歴）」の共同分析の件、
社内で検討いたしましたが、個人情報保護および当社の機密保持規程の観点から、
個人を特定できる形でのデータ提供はお受けできないとの結論になりました。

都道府県別・年代別に集計した統計データでしたらご提供可能ですので、
必要な集計項目をお知らせいただけますでしょうか。

何卒ご理解のほどよろしくお願いいたします。

今井 咲
日の出産業株式会社 通販事業部 EC運営課
TEL 03-5577-2143
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="mentions 機密保持 and 個人情報 in prose, declines to share data: nothing sensitive, must go",
    )


MESSAGES.append(_m061())


def _m062():
    rng = random.Random("m062")
    rows = []
    for p in people(62, 20):
        nm = hankaku(kana(p))
        rows.append(f"{rng.randint(10 ** 9, 10 ** 10 - 1)}{pad(nm, 20)}{p['zip'].replace('-', '')} "
                    f"{pad(hankaku(p['pref'] + p['city'] + p['town'] + p['banchi']), 40)}"
                    f"{p['tel'].replace('-', ''):<12}{rng.randint(1, 3):>3}{rng.choice([60, 80, 100, 120]):>4}")
    return dict(
        id="ec-062",
        sender="物流課 大場 <ooba@hinode-sangyo.co.jp>",
        to=["青葉運輸 システム課 <system@aoba-unyu.co.jp>"],
        subject="取込エラーの件（固定長ファイル）",
        charset="cp932",
        body="""青葉運輸 システム課 ご担当者様

日の出産業 物流課の大場です。
本日AMの出荷データを送信したところ、貴社側で取込エラーとなったと連絡を受けました。
ファイル添付が社内規程でできないため、該当部分を本文に貼り付けます。
（固定長、1行 = 1件、文字コードSJIS）

""" + "\n".join(rows) + """

桁ずれしている行があれば教えてください。

大場 健吾
日の出産業 物流課 048-255-7800
""",
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="fixed-width export pasted into the body: 20 half-width kana names, addresses, phones without a header",
    )


MESSAGES.append(_m062())


def _m063():
    rng = random.Random("m063")
    members = [["会員ID", "氏名", "フリガナ", "生年月日", "性別", "メールアドレス", "電話番号", "入会日"]]
    for p in people(63, 25):
        members.append([f"HM{rng.randint(100000, 999999)}", name(p), kana(p),
                        f"{p['y']}-{p['mo']:02d}-{p['d']:02d}", "F" if p["sex"] == "F" else "M",
                        p["mail"], p["tel"], f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    return dict(
        id="ec-063",
        sender="情報システム 坂巻 <sakamaki@hinode-sangyo.co.jp>",
        to=["ツバサシステム 開発部 新田様 <nitta@tsubasa-system.jp>"],
        cc=["EC運営課 今井 <imai.s@hinode-sangyo.co.jp>"],
        subject="会員データ移行 サンプルデータの送付",
        charset="utf-8",
        body="""ツバサシステム株式会社
新田様

お世話になっております。日の出産業 情報システムの坂巻です。
新ECサイトへの会員データ移行テスト用に、サンプルデータをお送りします。
「説明」シートに項目定義、「会員マスタ」シートに実データ25件、
「コード表」に性別・ランクのコードを記載しています。

文字化けや桁あふれの検証に使ってください。

坂巻 亮太
日の出産業株式会社 情報システム部
""",
        attachments=[{"kind": "xlsx", "name": "会員移行サンプル_v2.xlsx",
                      "sheets": {"説明": [["項目", "型", "備考"], ["会員ID", "文字列(8)", "HM+6桁"],
                                        ["氏名", "文字列(40)", "姓名の間は半角スペース"],
                                        ["生年月日", "日付", "YYYY-MM-DD"]],
                                 "会員マスタ": members,
                                 "コード表": [["区分", "コード", "名称"], ["性別", "F", "女性"], ["性別", "M", "男性"],
                                           ["ランク", "G", "ゴールド"], ["ランク", "S", "シルバー"]]}}],
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="XLSX with 3 sheets; the second holds 25 real member records sent to the system vendor",
    )


MESSAGES.append(_m063())


def _m064():
    rng = random.Random("m064")

    def stock(n):
        rows = [["品番", "品名", "ロケーション", "在庫数", "引当数", "有効在庫"]]
        for sku in rng.sample(SKUS, n):
            s = rng.randint(20, 900)
            a = rng.randint(0, s // 3)
            rows.append([sku[0], sku[1], f"{rng.choice('ABCD')}-{rng.randint(1, 30):02d}", s, a, s - a])
        return rows
    return dict(
        id="ec-064",
        sender="物流課 真壁 <makabe@hinode-sangyo.co.jp>",
        to=["ソウコリンク 在庫管理 <zaiko@sokolink.co.jp>"],
        subject="月末在庫照合（6月末）",
        charset="cp932",
        body="""ソウコリンク 在庫管理ご担当者様

お世話になっております。日の出産業 物流課の真壁です。
6月末の在庫照合表を送ります。拠点ごとにシートを分けています。
差異がある品番は、7/4までにロケーション確認の結果をお知らせください。

真壁
""",
        attachments=[{"kind": "xlsx", "name": "在庫照合_202506末.xlsx",
                      "sheets": {"川越センター": stock(8), "川口センター": stock(10), "差異一覧": [["品番", "当社在庫", "貴社在庫", "差異"], ["HS-TW-2210", 412, 410, -2], ["HS-ZK-0871", 96, 97, 1]]}}],
        expect="pass",
        entities=[],
        detectors=[],
        note="multi-sheet XLSX of stock by SKU and location: no personal data",
    )


MESSAGES.append(_m064())


def _m065():
    p = people(65, 1)[0]
    return dict(
        id="ec-065",
        sender="CS 入江 <irie@hinode-sangyo.co.jp>",
        to=["青葉運輸 お客様相談室 <soudan@aoba-unyu.co.jp>"],
        cc=["北国フーズ 品質保証部 <qa@kitaguni-foods.co.jp>", f"{name(p)} <{p['mail']}>"],
        subject="冷凍品が解けた状態で届いた件（4471-6630-1258）",
        charset="iso-2022-jp",
        body=f"""関係各位

日の出産業 カスタマーセンターの入江です。
本日、下記のお客様より「冷凍のいくらが解けた状態で届いた」とのご連絡をいただきました。

　お問い合わせ番号：4471-6630-1258
　お届け先　　　　：{name(p)} 様　{addr(p)}
　お届け日　　　　：7月3日（木）14時頃
　商品　　　　　　：いくら醤油漬け 250g（冷凍）×2

青葉運輸様には輸送中の温度管理記録の確認を、
北国フーズ様には代替品の手配をお願いできますでしょうか。
{p['sei']}様には、本日中に代替品の発送日をご連絡いたします。

入江 雅人
日の出産業株式会社 通販事業部 カスタマーセンター
""",
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS"],
        detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient", "personal_data"],
        note="carrier, supplier and a private customer all in To/Cc (three external parties visible)",
    )


MESSAGES.append(_m065())


def _m066():
    return dict(
        id="ec-066",
        sender="日の出通販 カスタマーセンター 宮地 <support@hinode-sangyo.co.jp>",
        to=["<hibari.setsuko-0412@docomo.ne.jp>"],
        subject="ご注文内容の確認のお願い（HS-250707-0533）",
        charset="utf-8",
        body="""雲雀 節子 様

日の出通販カスタマーセンターの宮地でございます。
このたびはご注文いただき、誠にありがとうございます。

ご登録のお電話番号が「080-6127-33」と桁が足りない状態になっており、
配送業者からのご連絡ができない状況です。
お手数ですが、正しいお電話番号を本メールにご返信いただけますでしょうか。

ご返信を確認次第、発送の手配をいたします。

日の出通販 カスタマーセンター
宮地 晃
0120-46-2140（平日10:00〜17:00）
""",
        expect="pass",
        entities=[],
        detectors=["freemail_recipient"],
        note="asks one private customer to correct her truncated phone number: one person, no complete data",
    )


MESSAGES.append(_m066())


def _m067():
    rng = random.Random("m067")
    items = []
    for p in people(67, 6):
        items.append(f"・{order_no(rng, 'hs')}　{name(p)}様　<{p['mail']}>　{rng.choice(['3Dセキュア認証失敗', '有効期限切れ', '限度額超過', '3Dセキュア認証失敗'])}")
    inner = dict(
        sender="ECシステム通知 <ec-system@hinode-sangyo.co.jp>",
        to=["EC運営課 <ec-unei@hinode-sangyo.co.jp>"],
        subject="[決済エラー通知] 7/7 再決済が必要な注文 6件",
        charset="iso-2022-jp",
        body="""本メールはECシステムからの自動通知です。

以下の注文は決済が完了していません。再決済の案内が必要です。

""" + "\n".join(items) + """

-- 
日の出産業 ECシステム（自動送信）
""",
    )
    return dict(
        id="ec-067",
        sender="EC決済担当 今井 <imai.s@hinode-sangyo.co.jp>",
        to=["ペイゲート・ジャパン 加盟店窓口 <kameiten@paygate-japan.co.jp>"],
        subject="決済失敗分の再決済リンク送付について",
        charset="cp932",
        body="""ペイゲート・ジャパン株式会社
加盟店窓口 ご担当者様

お世話になっております。日の出産業の今井です。
先週の決済失敗分について、貴社の「再決済リンク送付サービス」を利用したく存じます。
対象のお客様は、当社システムの通知メールを添付しますのでそちらをご参照ください。

送付文面は標準テンプレートで構いません。
よろしくお願いいたします。

今井 咲
日の出産業株式会社 通販事業部 EC運営課
""",
        attachments=[{"kind": "eml", "name": "決済エラー通知_0707.eml", "message": inner}],
        expect="stop",
        entities=["PERSON_NAME", "EMAIL_ADDRESS"],
        detectors=["personal_data"],
        note="attached system mail (.eml) lists six customers' names and private e-mails, sent to the payment provider",
    )


MESSAGES.append(_m067())


def _m068():
    return dict(
        id="ec-068",
        sender="EC決済担当 今井 <imai.s@hinode-sangyo.co.jp>",
        to=["ペイゲート・ジャパン 営業部 <sales@paygate-japan.co.jp>"],
        subject="6月度 決済エラー率についてのご相談",
        charset="utf-8",
        body="""ペイゲート・ジャパン株式会社
営業部 ご担当者様

お世話になっております。日の出産業 EC運営課の今井です。
6月度の決済エラーの状況を共有します。

　総決済件数　　　：18,442件
　エラー件数　　　：   612件（3.3%）
　　うち 3Dセキュア認証失敗：341件
　　　　 有効期限切れ　　　：128件
　　　　 限度額超過　　　　： 97件
　　　　 その他　　　　　　： 46件

3Dセキュア2.0への移行後、認証失敗率が前月の1.1%から倍増しています。
フリクションレス判定の条件について、一度ご説明いただけますでしょうか。

今井
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="aggregate payment-failure statistics only",
    )


MESSAGES.append(_m068())


def _m069():
    ps = people(69, 30)
    rows = [["楓建設株式会社 様　お中元ギフト送付先リスト（2025年）"], [],
            ["No", "お届け先氏名", "郵便番号", "住所", "電話番号", "商品", "のし名入れ"]]
    rng = random.Random("m069")
    for i, p in enumerate(ps, 1):
        rows.append([i, name(p), p["zip"], addr(p), p["tel"], rng.choice(["HS-GF-0015", "HS-GF-0030"]), "楓建設株式会社 代表取締役 楓 正道"])
    return dict(
        id="ec-069",
        sender="法人ギフト担当 宍戸 <shishido@hinode-sangyo.co.jp>",
        to=["錦印刷 川端様 <kawabata@nishiki-insatsu.co.jp>"],
        subject="法人ギフト（楓建設様）挨拶状・宛名ラベル印刷のお願い",
        charset="iso-2022-jp",
        body="""錦印刷株式会社
川端様

いつもお世話になっております。日の出産業 法人ギフト担当の宍戸です。

楓建設様のお中元ギフト30件について、挨拶状と宛名ラベルの印刷をお願いいたします。
送付先リストは先方からいただいたものをそのまま添付しております。
挨拶状の文面は昨年と同じで、日付のみ「令和七年盛夏」に変更してください。

7月10日の発送に間に合うよう、7月8日納品でお願いできますでしょうか。

宍戸 亜美
日の出産業株式会社 通販事業部 法人ギフト担当
TEL 03-5577-2148
""",
        attachments=[{"kind": "xlsx", "name": "楓建設様_お中元送付先.xlsx", "sheets": {"送付先": rows}}],
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="30 gift recipients' names, home addresses and phones in an XLSX to the printer",
    )


MESSAGES.append(_m069())


def _m070():
    ps = people(70, 12)
    quoted = []
    for p in ps:
        quoted.append(f"{name(p)}　〒{p['zip']}　{addr(p)}　TEL {p['tel']}")
    return dict(
        id="ec-070",
        sender="法人ギフト担当 宍戸 <shishido@hinode-sangyo.co.jp>",
        to=["楓建設 総務部 楓様 <kaede.m@kaede-kensetsu.co.jp>"],
        subject="RE: お中元の送付先リストです",
        charset="cp932",
        body="""楓建設株式会社
総務部 楓様

いつもお世話になっております。日の出産業の宍戸でございます。
送付先リスト（12件）を確かに受領いたしました。

7月10日（木）発送、7月11日〜12日のお届けで手配いたします。
発送完了後、お問い合わせ番号の一覧をお送りいたします。

引き続きよろしくお願いいたします。

宍戸 亜美
日の出産業株式会社 通販事業部 法人ギフト担当
TEL 03-5577-2148

-----Original Message-----
From: 楓 正道 <kaede.m@kaede-kensetsu.co.jp>
Sent: Wednesday, July 2, 2025 4:18 PM
To: 宍戸 <shishido@hinode-sangyo.co.jp>
Subject: お中元の送付先リストです

日の出産業 宍戸様

今年もお中元の手配をお願いします。送付先は以下の12件です。
商品はすべて5,000円のセットでお願いします。

""" + "\n".join(quoted) + """

楓建設株式会社 総務部 楓
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="the 12 gift recipients are only in the customer's own quoted mail (-----Original Message-----)",
    )


MESSAGES.append(_m070())


def _m071():
    ps = people(71, 8)
    rng = random.Random("m071")
    head = pad("会員番号", 10) + pad("お名前", 16) + pad("生年月日", 20) + pad("ランク", 10) + "ご住所"
    lines = [head, "―" * 45]
    for p in ps:
        p["y"] = rng.randint(1933, 1950)  # 長寿祝い: members aged 75 and over
        lines.append(pad(str(rng.randint(1000000, 9999999)), 10) + pad(name(p), 16)
                     + pad(wareki(p["y"], p["mo"], p["d"]), 20) + pad(rng.choice(["ゴールド", "プラチナ"]), 10)
                     + f"〒{p['zip']} {addr(p)}")
    return dict(
        id="ec-071",
        sender="販促課 北条 <hojo.m@hinode-sangyo.co.jp>",
        to=["ポスタルダイレクト 営業部 <eigyo@postal-direct.co.jp>"],
        subject="長寿祝いDM 対象者（テスト発送分）",
        charset="utf-8",
        body="""ポスタルダイレクト株式会社
営業部 ご担当者様

お世話になっております。日の出産業 販促課の北条です。
今年度から始める「長寿祝いDM」のテスト発送分、8名の対象者をお知らせします。
本番データは来月からSFTPでお送りする予定です。

""" + "\n".join(lines) + """

封筒は和紙調のものでお願いいたします。

北条 真琴
日の出産業株式会社 通販事業部 販促課
""",
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="8 members with 和暦 dates of birth and addresses in a padded table to the DM vendor",
    )


MESSAGES.append(_m071())


def _m072():
    p = people(72, 1)[0]
    return dict(
        id="ec-072",
        sender="CS 岩佐 <iwasa.y@hinode-sangyo.co.jp>",
        to=["青葉運輸 所沢営業所 <tokorozawa@aoba-unyu.co.jp>"],
        subject="配達時のお願い（車いすご利用のお客様）",
        charset="iso-2022-jp",
        body=f"""青葉運輸 所沢営業所 ご担当者様

いつもお世話になっております。日の出産業 カスタマーセンターの岩佐です。

下記のお客様への配達について、ご配慮をお願いしたくご連絡いたしました。

　お名前　：{name(p)} 様
　ご住所　：{addr(p)}
　お電話　：{p['tel']}
　お問い合わせ番号：4471-9015-2274（7月9日 午前中指定）

お客様は脊髄損傷により車いすを使用されており（身体障害者手帳1級とのことです）、
玄関までお出になるのにお時間がかかります。
インターホン後、2〜3分お待ちいただけますようドライバーさんへお伝えください。
また、荷物は玄関内の台の上に置いていただけると助かるとのことです。

よろしくお願いいたします。

岩佐 百合
日の出産業株式会社 通販事業部 カスタマーセンター
""",
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="one named customer's disability (脊髄損傷, 身体障害者手帳1級) with address to the carrier",
    )


MESSAGES.append(_m072())


def _m073():
    p = people(73, 1)[0]
    return dict(
        id="ec-073",
        sender="CS 岩佐 <iwasa.y@hinode-sangyo.co.jp>",
        to=["青葉運輸 藤沢営業所 <fujisawa@aoba-unyu.co.jp>"],
        subject="置き配指定のお願い（4471-2207-5839）",
        charset="iso-2022-jp",
        body=f"""青葉運輸 藤沢営業所 ご担当者様

お世話になっております。日の出産業 カスタマーセンターの岩佐です。
以下1件、お客様のご希望により置き配でのお届けをお願いいたします。

　お問い合わせ番号：4471-2207-5839
　お届け先：{name(p)} 様
　住所　　：{addr(p)}
　電話　　：{p['tel']}
　置き場所：玄関脇の物置の中（鍵なし）

何かございましたらご連絡ください。

岩佐
""",
        expect="pass",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="one consignee's name, address and phone for a safe-place delivery: single person, may warn",
    )


MESSAGES.append(_m073())


def _m074():
    rng = random.Random("m074")
    buyers = [
        ("Emily", "Carter", "US", "+1-617-555-0143"), ("Lin", "Jia-Hui", "TW", "+886-933-201-448"),
        ("Marco", "Bianchi", "IT", "+39-347-220-8815"), ("Hannah", "Weber", "DE", "+49-151-2274-0391"),
        ("Siti", "Rahmawati", "ID", "+62-812-8830-2104"), ("James", "O'Neill", "IE", "+353-87-441-2290"),
        ("Priya", "Raman", "IN", "+91-98450-11827"), ("Chloe", "Martin", "CA", "+1-604-555-0178"),
        ("Wong", "Ka-Ho", "HK", "+852-9137-2260"), ("Ana", "Kovac", "HR", "+385-91-552-0473"),
        ("Ethan", "Nguyen", "AU", "+61-421-330-982"), ("Sara", "Lindqvist", "SE", "+46-70-318-2266"),
        ("Park", "Ji-woo", "KR", "+82-10-7710-4428"), ("Lucas", "Moreau", "FR", "+33-6-71-22-48-30"),
        ("Maria", "Santos", "PH", "+63-917-552-0914"),
    ]
    rows = [["order_id", "first_name", "last_name", "email", "country", "phone", "items", "total_jpy"]]
    for fn, ln, c, ph in buyers:
        em = f"{fn.lower()}.{ln.lower().replace(chr(39), '')}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'])}"
        rows.append([f"HSX-{rng.randint(40000, 49999)}", fn, ln, em, c, ph, rng.randint(1, 4), rng.choice([5800, 9200, 14600, 23800])])
    return dict(
        id="ec-074",
        sender="Keiko Morishita <morishita.k@hinode-sangyo.co.jp>",
        to=["Sakura Export Market – Partner Success <partners@sakuraexport-market.com>"],
        subject="Q2 buyer list for the loyalty coupon campaign",
        charset="utf-8",
        body="""Hi Rachel,

As discussed on our call, attached is the list of our Q2 overseas buyers
who agreed to receive marketing e-mails. Please load them into the
"Hinode VIP" segment so they receive the 10% loyalty coupon next month.

15 buyers in total; phone numbers are included for the SMS reminder.

Thanks!
Keiko

--
Keiko Morishita
Overseas E-commerce, Hinode Sangyo Co., Ltd.
""",
        attachments=[{"kind": "csv", "name": "q2_buyers_overseas.csv", "rows": rows, "encoding": "utf-8"}],
        expect="stop",
        entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="CSV of 15 overseas buyers (romaji names, e-mails, phones) to a marketplace partner",
    )


MESSAGES.append(_m074())


def _m075():
    return dict(
        id="ec-075",
        sender="Keiko Morishita <morishita.k@hinode-sangyo.co.jp>",
        to=["Pacific Bridge Logistics - Sales <sales@pbl-logistics.com>"],
        subject="Request for quotation: consolidated air freight to Taiwan and Hong Kong",
        charset="iso-2022-jp",
        body="""Dear Sales Team,

We are considering consolidated air shipments for our online store orders
to Taiwan and Hong Kong from September. Could you quote for the following?

  Lane            Frequency     Avg. weight   HS code (main)
  NRT -> TPE      2x / week     85 kg         7323.91 (cast iron kitchenware)
  NRT -> HKG      1x / week     40 kg         6302.60 (cotton terry towels)
                                              0902.10 (green tea)

Incoterms: DAP. Last-mile delivery by your local partner.
Please include fuel surcharge and customs clearance fees.

We would appreciate your quotation by 25 July.

Best regards,
Keiko Morishita
Overseas E-commerce, Hinode Sangyo Co., Ltd.
Tel: +81-48-255-7800
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="English request for quotation with lanes and HS codes: must go",
    )


MESSAGES.append(_m075())


def _m076():
    ps = people(76, 2)
    lines = [f"　{i}. {name(p)}様　{addr(p)}　{p['tel']}" for i, p in enumerate(ps, 1)]
    return dict(
        id="ec-076",
        sender="物流課 小宮山 <komiyama@hinode-sangyo.co.jp>",
        to=["青葉運輸 ルート配送課 <route@aoba-unyu-co.jp>"],
        subject="ルート便への追加（2件）",
        charset="cp932",
        body="""ルート配送課 ご担当者様

お疲れさまです。日の出産業 物流課の小宮山です。
明日の城南ルート便に、下記2件を追加で積み込みたいのですが可能でしょうか。

""" + "\n".join(lines) + """

いずれも家具（組立済み）で、2名での搬入をお願いします。

小宮山 / 日の出産業 物流課 048-255-7800
""",
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["lookalike_domain", "personal_data"],
        note="aoba-unyu-co.jp: a hyphen where the partner's domain has a dot — look-alike, with two customers",
    )


MESSAGES.append(_m076())


def _m077():
    return dict(
        id="ec-077",
        sender="販促課 北条 <hojo.m@hinode-sangyo.co.jp>",
        to=["錦印刷 川端様 <kawabata@nishiki-insatsu.com>"],
        subject="秋カタログ 表紙デザイン 修正指示",
        charset="iso-2022-jp",
        body="""川端様

お世話になっております。日の出産業 販促課の北条です。
秋カタログの表紙デザイン（初校）について、修正指示をPDFでお送りします。

主な修正点：
　・ロゴを左上から中央上に移動
　・「送料無料」の帯を赤から朱色（DIC 156）に変更
　・裏表紙のフリーダイヤル表記を最新のもの（0120-46-2140）に

再校は7月16日までにいただけますと助かります。

北条
""",
        attachments=[{"kind": "pdf", "name": "秋カタログ表紙_修正指示.pdf",
                      "lines": ["秋カタログ 2025 表紙 修正指示（初校）", "1. ロゴ位置：中央上", "2. 帯色：DIC 156",
                                "3. 裏表紙 フリーダイヤル 0120-46-2140"]}],
        expect="stop",
        entities=[],
        detectors=["lookalike_domain"],
        note="nishiki-insatsu.com instead of the printer's nishiki-insatsu.co.jp (TLD swap): look-alike",
    )


MESSAGES.append(_m077())


def _m078():
    return dict(
        id="ec-078",
        sender="物流課 木下 <kinoshita.r@hinode-sangyo.co.jp>",
        to=["青葉運輸 事故受付 <jiko@aoba-unyu.co.jp>"],
        subject="破損事故のご報告（4471-3390-6627）",
        charset="utf-8",
        body="""青葉運輸 事故受付ご担当者様

お世話になっております。日の出産業 物流課の木下です。
下記1件、お客様より破損のご連絡がありましたのでご報告いたします。

　お問い合わせ番号：4471-3390-6627
　発送日：7月1日　お届け日：7月2日
　品名：信楽焼 マグカップ（HS-ZK-0871）×2
　状況：外箱に凹みあり、内容品2点とも割れ

お客様（佐野様）から送っていただいた写真を添付します。
損害額は商品代 7,040円（税込）です。
事故証明の発行をお願いいたします。

木下 涼
日の出産業株式会社 物流課 048-255-7800
""",
        attachments=[{"kind": "png", "name": "破損写真_01.png"}],
        expect="pass",
        entities=[],
        detectors=[],
        note="damage claim for one parcel: tracking number, product code, a surname only",
    )


MESSAGES.append(_m078())


def _m079():
    rng = random.Random("m079")
    table = [["事故No", "お問い合わせ番号", "荷受人", "住所", "電話番号", "品名", "損害額"]]
    for i, p in enumerate(people(79, 5), 1):
        table.append([f"J-2506-{i:02d}", tracking(rng), name(p), addr(p), p["tel"], rng.choice(SKUS)[1],
                      f"{rng.choice([7040, 12800, 19800, 4980]):,}円"])
    return dict(
        id="ec-079",
        sender="物流課 木下 <kinoshita.r@hinode-sangyo.co.jp>",
        to=["東和損害保険 企業保険金サービス課 <kigyo-claim@towa-sonpo.co.jp>"],
        subject="運送保険 保険金請求（6月分 5件）",
        charset="cp932",
        body="""東和損害保険株式会社
企業保険金サービス課 ご担当者様

いつもお世話になっております。
日の出産業株式会社 物流課の木下でございます。

証券番号 TW-CG-2024-118830 の運送保険につき、
6月に発生した輸送中の破損事故5件の保険金を請求いたします。
事故明細をPDFにまとめましたのでご確認ください。

写真・事故証明書は別便でお送りいたします。

木下 涼
日の出産業株式会社 物流部 物流課
〒332-0035 埼玉県川口市西青木5-12-3
TEL 048-255-7800
""",
        attachments=[{"kind": "pdf", "name": "保険金請求明細_202506.pdf",
                      "lines": ["運送保険 保険金請求明細", "契約者：日の出産業株式会社", "証券番号：TW-CG-2024-118830", ""],
                      "table": table}],
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="PDF with 5 consignees' names, addresses and phones to the insurer",
    )


MESSAGES.append(_m079())


def _m080():
    rows = [["納品先コード", "納品先名", "郵便番号", "住所", "電話番号", "受付時間", "車両制限"],
            ["K01", "日の出産業 川口物流センター", "332-0035", "埼玉県川口市西青木5-12-3", "048-255-7800", "8:30-16:00", "10t可"],
            ["K02", "ソウコリンク 川越センター（日の出産業預託）", "350-0833", "埼玉県川越市芳野台2-8-45", "049-225-6610", "9:00-15:00", "4tまで"],
            ["W01", "日の出産業 東大阪デポ", "578-0921", "大阪府東大阪市水走3-6-22", "072-960-1250", "9:00-16:00", "10t可"],
            ["W02", "青葉運輸 関西ベース（クロスドック）", "566-0052", "大阪府摂津市鳥飼本町5-1-3", "072-653-4417", "24時間", "大型可"],
            ["F01", "ソウコリンク 福岡冷凍センター", "811-0104", "福岡県糟屋郡新宮町的野801-2", "092-962-3380", "8:00-14:00", "冷凍車のみ"]]
    return dict(
        id="ec-080",
        sender="商品部 宇野 <uno.k@hinode-sangyo.co.jp>",
        to=["北国フーズ 物流担当 市川様 <ichikawa@kitaguni-foods.co.jp>"],
        subject="納品先一覧（下期改訂版）",
        charset="iso-2022-jp",
        body="""北国フーズ株式会社
市川様

お世話になっております。日の出産業 商品部の宇野です。
10月から福岡の冷凍センターが加わるため、納品先一覧を改訂しました。
受付時間・車両制限もあわせてご確認ください。

宇野
""",
        attachments=[{"kind": "csv", "name": "納品先一覧_2025下期.csv", "rows": rows, "encoding": "cp932"}],
        expect="pass",
        entities=[],
        detectors=[],
        note="directory of warehouses and depots (businesses) with addresses and phones",
    )


MESSAGES.append(_m080())


# ---------------------------------------------------------------------------------------
# ec-081 … ec-100
# ---------------------------------------------------------------------------------------

def _m081():
    rows = []
    for p in people(81, 15):
        rows.append([p["tel"].replace("-", ""), p["zip"], p["pref"], f"{p['city']}{p['town']}{p['banchi']}", p["bld"]])
    return dict(
        id="ec-081",
        sender="物流課 真壁 <makabe@hinode-sangyo.co.jp>",
        to=["青葉運輸 法人営業 大谷様 <otani.h@aoba-unyu.co.jp>"],
        subject="翌日配達エリアの判定依頼",
        charset="cp932",
        body="""大谷様

お世話になっております。日の出産業の真壁です。
「翌日配達可否」の判定ツールで判定できなかったお届け先が15件あります。
CSVにしましたので、翌日配達が可能か判定をお願いできますか。
（列：電話、郵便番号、都道府県、住所、建物名）

真壁
""",
        attachments=[{"kind": "csv", "name": "area_check.csv", "rows": rows, "encoding": "cp932"}],
        expect="stop",
        entities=["PHONE_NUMBER", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="header-less CP932 CSV of 15 customers' phones and home addresses (no names) to the carrier",
    )


MESSAGES.append(_m081())


def _m082():
    return dict(
        id="ec-082",
        sender="物流課 課長 白石 <shiraishi.y@hinode-sangyo.co.jp>",
        to=["ソウコリンク 営業部 堀様 <hori@sokolink.co.jp>"],
        subject="出荷作業手順書（改訂案）の件",
        charset="utf-8",
        body="""ソウコリンク株式会社
堀様

お世話になっております。日の出産業 物流課の白石です。
年末繁忙期に向けて、貴社川越センターでの出荷作業手順書を改訂しました。
ダブルチェックの工程を追加しておりますので、現場の皆様にもご確認いただけますでしょうか。

白石
""",
        attachments=[{"kind": "docx", "name": "出荷作業手順書_v3.docx",
                      "page_header": "部外秘",
                      "paragraphs": ["出荷作業手順書 第3版", "1. 出荷指示データの取込（毎日 9:00 / 13:00）",
                                     "2. トータルピッキング → 種まき仕分け", "3. 検品：バーコード照合 + 目視ダブルチェック（新設）",
                                     "4. 梱包：箱サイズ8種から選定、緩衝材の基準", "5. 送り状貼付・出荷口への搬送",
                                     "6. 異常時の連絡先：日の出産業 物流課（048-255-7800）"],
                      "title": "出荷作業手順書"}],
        expect="stop",
        entities=[],
        detectors=["confidential_marking"],
        note="DOCX whose page header is stamped 部外秘, sent to the 3PL",
    )


MESSAGES.append(_m082())


def _m083():
    rng = random.Random("m083")
    rows = [["問合せID", "受付日", "氏名", "メール", "電話", "カテゴリ"]]
    for p in people(83, 30):
        rows.append([f"Q{rng.randint(100000, 999999)}", f"2025/07/{rng.randint(1, 9):02d}", name(p), p["mail"], p["tel"],
                     rng.choice(["配送遅延", "返品", "商品不良", "支払方法", "会員登録"])])
    return dict(
        id="ec-083",
        sender="CS 入江 <irie@hinode-sangyo.co.jp>",
        to=["CSチーム <cs-team@mail.hinode-sangyo.co.jp>"],
        subject="未対応問合せの振り分け（7/9）",
        charset="utf-8",
        body="""CSチームの皆さん

おはようございます。入江です。
昨日までの未対応問合せ30件を担当別に振り分けたいので、一覧を添付します。
カテゴリ列を見て、自分の担当分に名前を入れてください。

入江
""",
        attachments=[{"kind": "csv", "name": "未対応問合せ_0709.csv", "rows": rows, "encoding": "utf-8-sig"}],
        expect="pass",
        entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        detectors=[],
        note="30-customer list to an internal mail subdomain (mail.hinode-sangyo.co.jp): must go",
    )


MESSAGES.append(_m083())


def _m084():
    return dict(
        id="ec-084",
        sender="Keiko Morishita <morishita.k@hinode-sangyo.co.jp>",
        to=["Pacific Bridge Logistics – Account Management <accounts@pbl-logistics.com>"],
        subject="Volume forecast H2 2025",
        charset="utf-8",
        body="""Dear Account Management team,

Ahead of our contract review, please find our H2 2025 export volume
forecast attached. Figures are per month and per destination.

Let me know if you need any breakdown by parcel size.

Best regards,
Keiko Morishita
Hinode Sangyo Co., Ltd.
""",
        attachments=[{"kind": "pdf", "name": "H2_2025_export_forecast.pdf",
                      "lines": ["Hinode Sangyo – Overseas E-commerce", "Export volume forecast, H2 2025", ""],
                      "table": [["Destination", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
                                ["Taiwan", "420", "460", "430", "510", "690", "820"],
                                ["Hong Kong", "210", "230", "220", "260", "350", "410"],
                                ["USA", "180", "170", "190", "240", "380", "460"],
                                ["EU", "90", "80", "95", "120", "210", "260"]],
                      "page_footer": "INTERNAL ONLY – Hinode Sangyo Co., Ltd."}],
        expect="stop",
        entities=[],
        detectors=["confidential_marking"],
        note="attached PDF carries an INTERNAL ONLY footer on every page, sent to the forwarder",
    )


MESSAGES.append(_m084())


def _m085():
    return dict(
        id="ec-085",
        sender="Keiko Morishita <morishita.k@hinode-sangyo.co.jp>",
        to=["Pacific Bridge Logistics Export Desk <export@pbl-logistics.com>"],
        subject="Pickup schedule for August (Obon holidays)",
        charset="iso-2022-jp",
        body="""Dear Export Desk,

Please note our pickup schedule for August:

  - 1 Aug to 8 Aug:   normal (Tue / Fri, after 2 pm)
  - 12 Aug (Tue):     last pickup before the holidays
  - 13 Aug - 16 Aug:  warehouse closed (Obon)
  - 19 Aug (Tue):     pickups resume

Parcels ordered during the holidays will be shipped from 19 August.
Please confirm at your convenience.

Best regards,
Keiko Morishita
Overseas E-commerce, Hinode Sangyo Co., Ltd.
Tel: +81-48-255-7800
""" + DISCLAIMER_EN,
        expect="pass",
        entities=[],
        detectors=[],
        note="schedule mail with the standard English confidentiality disclaimer: must go",
    )


MESSAGES.append(_m085())


def _m086():
    rng = random.Random("m086")
    lines = ["モール注文番号,受注日,SKU,数量,状態"]
    for _ in range(14):
        lines.append(f"{order_no(rng, 'mall')},2025/07/0{rng.randint(1, 7)},{rng.choice(SKUS)[0]},{rng.randint(1, 3)},"
                     f"{rng.choice(['出荷待ち', '出荷待ち', '在庫引当エラー'])}")
    return dict(
        id="ec-086",
        sender="EC運営課 佐伯 <saeki@hinode-sangyo.co.jp>",
        to=["いろどりモール 出店者サポート <seller-support@irodori-mall.jp>"],
        subject="受注連携APIで「在庫引当エラー」が出る注文について",
        charset="cp932",
        body="""いろどりモール 出店者サポートご担当者様

お世話になっております。店舗ID：hinode-shop の佐伯です。
7/1以降、受注連携APIで一部の注文が「在庫引当エラー」となり、当社システムへ取り込めません。
該当の注文番号とSKUを下記に記載します（抜粋14件）。

""" + "\n".join(lines) + """

在庫はいずれも十分にあり、SKUの紐付けも変更しておりません。
原因の調査をお願いできますでしょうか。

佐伯 亮
日の出産業株式会社 通販事業部 EC運営課
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="marketplace order numbers, SKUs and quantities only, no buyer data",
    )


MESSAGES.append(_m086())


def _m087():
    return dict(
        id="ec-087",
        sender="物流課 木下 <kinoshita.r@hinode-sangyo.co.jp>",
        to=["青葉運輸関東 配車センター 高見様 <takami@aoba-unyu-kanto.co.jp>"],
        subject="8月の臨時便の件（青葉運輸 大谷様よりご紹介）",
        charset="utf-8",
        body="""青葉運輸関東株式会社
配車センター 高見様

はじめてご連絡いたします。日の出産業 物流課の木下と申します。
青葉運輸の大谷様より、8月の臨時便は関東の配車を担当されている
高見様へ直接ご相談するようにとご紹介いただきました。

8月1日〜8日の平日、川口物流センター発・関東一円向けに
2t車2台の臨時便をお願いしたく存じます。
お見積りをいただけますでしょうか。

木下 涼
日の出産業株式会社 物流部 物流課
TEL 048-255-7800
""",
        expect="either",
        entities=[],
        detectors=["lookalike_domain"],
        note="aoba-unyu-kanto.co.jp may be the partner's genuine group company or a look-alike: honest judges differ",
    )


MESSAGES.append(_m087())


def _m088():
    ps = people(88, 3)
    return dict(
        id="ec-088",
        sender="日の出通販 レビュー事務局 <review@hinode-sangyo.co.jp>",
        to=[f"{p['mail']}" for p in ps],
        subject="【日の出通販】ベストレビュー賞 受賞のお知らせ",
        charset="iso-2022-jp",
        body="""お客様各位

日の出通販をご利用いただき、ありがとうございます。
このたび、6月に投稿いただいた商品レビューが「ベストレビュー賞」に選ばれました。
おめでとうございます。

副賞として、1,000円分のポイントを7月15日までに付与いたします。
受賞レビューは7月下旬に当サイトの特集ページでご紹介させていただきます
（ニックネームでの掲載となります）。

今後とも日の出通販をよろしくお願いいたします。

日の出通販 レビュー事務局
""",
        expect="stop",
        entities=[],
        detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        note="three private customers openly in To (three external parties see each other)",
    )


MESSAGES.append(_m088())


def _m089():
    p = people(89, 1)[0]
    return dict(
        id="ec-089",
        sender="CS 入江 <irie@hinode-sangyo.co.jp>",
        to=[f"{name(p)} 様 <{p['mail']}>"],
        cc=["青葉運輸 川口営業所 佐久間様 <sakuma@aoba-unyu.co.jp>"],
        subject="再配達のお日にちについて（4471-7720-1046）",
        charset="utf-8",
        body=f"""{name(p)} 様
（CC：青葉運輸 川口営業所 佐久間様）

日の出通販カスタマーセンターの入江でございます。
お荷物がお届けできず、ご不便をおかけしております。

{p['sei']}様よりご希望いただきました下記の内容で、再配達を青葉運輸様へお願いいたしました。

　お届け先：{addr(p)}
　ご希望日時：7月12日（土）18時〜20時
　ご連絡先：{p['tel']}

佐久間様、お手数ですがご対応のほどよろしくお願いいたします。

日の出通販 カスタマーセンター
入江 雅人
""",
        expect="pass",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["freemail_recipient", "multiple_external_domains", "personal_data"],
        note="one customer and the carrier in To/Cc (two external parties) about her own redelivery",
    )


MESSAGES.append(_m089())


def _m090():
    rng = random.Random("m090")
    lines = ["受取店舗\t予約番号\tお名前\t電話番号\t受取予定日"]
    for p in people(90, 7):
        lines.append(f"{rng.choice(['西川口駅前店', '蕨東口店', '赤羽一番街店'])}\tPU-{rng.randint(10000, 99999)}\t{name(p)}\t{p['tel']}\t7/{rng.randint(14, 20)}")
    return dict(
        id="ec-090",
        sender="EC運営課 今井 <imai.s@hinode-sangyo.co.jp>",
        to=["まちかどステーション 運営管理部 <unei@machikado-st.co.jp>"],
        subject="店頭受取サービス 試行期間の予約者一覧",
        charset="cp932",
        body="""まちかどステーション株式会社
運営管理部 ご担当者様

お世話になっております。日の出産業 EC運営課の今井です。
店頭受取サービスの試行期間（7/14〜7/20）の予約者一覧をお送りします。
店舗スタッフの方が受け渡し時にお名前と電話番号で照合できるよう、
各店舗への共有をお願いいたします。

""" + "\n".join(lines) + """

今井 咲
日の出産業株式会社 通販事業部 EC運営課
""",
        expect="stop",
        entities=["PERSON_NAME", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="7 pickup reservations with customer names and phones, tab-separated, to the store chain",
    )


MESSAGES.append(_m090())


def _m091():
    rng = random.Random("m091")
    head = "注文番号　　　　JANコード　　　　品番　　　　　数量"
    lines = [head]
    for _ in range(10):
        sku = rng.choice(SKUS[6:8] + SKUS[:2])
        lines.append(f"{rng.randint(10 ** 11, 10 ** 12 - 1)}　　45890123{rng.randint(10000, 99999)}　　{sku[0]}　　{rng.randint(6, 48)}")
    return dict(
        id="ec-091",
        sender="商品部 桐生 <kiryu@hinode-sangyo.co.jp>",
        to=["川崎電機 受注センター <juchu@kawasaki-denki.co.jp>"],
        subject="Re: 7月分 発注の納期回答のお願い",
        charset="iso-2022-jp",
        body="""川崎電機株式会社
受注センター ご担当者様

お世話になっております。日の出産業 商品部の桐生です。
下記の発注分について、納期回答をお願いできますでしょうか。
（注文番号は当社購買システムの12桁番号です）

""" + "\n".join(lines) + """

8月のセールに向けて、7月25日までの入荷を希望しております。

桐生 健太郎
日の出産業株式会社 商品部　TEL 03-5577-2130
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="12-digit purchase order numbers and 13-digit JAN codes: numbers that are not personal data",
    )


MESSAGES.append(_m091())


def _m092():
    rng = random.Random("m092")
    prefs = ["東京都", "神奈川県", "埼玉県", "千葉県", "大阪府", "愛知県", "福岡県", "宮城県"]
    lines = ["No. | 伝票番号      | 届け先（支店）        | 個数"]
    for i in range(1, 26):
        lines.append(f"{i:>3} | {rng.randint(10 ** 11, 10 ** 12 - 1)} | 楓建設 {rng.choice(prefs)}内 現場事務所 | {rng.randint(1, 4)}")
    return dict(
        id="ec-092",
        sender="法人ギフト担当 宍戸 <shishido@hinode-sangyo.co.jp>",
        to=["楓建設 総務部 楓様 <kaede.m@kaede-kensetsu.co.jp>"],
        subject="暑中見舞い品 発送完了のご連絡（25か所）",
        charset="utf-8",
        body="""楓建設株式会社
総務部 楓様

いつもお世話になっております。日の出産業の宍戸です。
ご依頼の暑中見舞い品（各現場事務所宛て 25か所）の発送が完了しました。
伝票番号は以下のとおりです。青葉運輸のサイトで配送状況をご確認いただけます。

""" + "\n".join(lines) + """

ご不明点がございましたらお知らせください。

宍戸 亜美
日の出産業株式会社 通販事業部 法人ギフト担当
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="25 twelve-digit tracking numbers to the customer's site offices (businesses): must go",
    )


MESSAGES.append(_m092())


def _m093():
    p = people(93, 1)[0]
    mn = my_number(9393)
    return dict(
        id="ec-093",
        sender="経理部 税務担当 押尾 <oshio@hinode-sangyo.co.jp>",
        to=["大原税理士事務所 大原先生 <ohara@ohara-tax.jp>"],
        subject="懸賞賞金の支払調書作成について",
        charset="iso-2022-jp",
        body=f"""大原税理士事務所
大原先生

いつもお世話になっております。日の出産業 経理部の押尾です。
通販の周年記念キャンペーンで賞金100万円の当選者が出ました。
広告宣伝のための賞金として、50万円を超える部分の源泉徴収と
「広告等の賞金の支払調書」の提出が必要と理解しておりますが、
手続きに誤りがないかご確認いただきたく存じます。

当選者から提出いただいた情報は以下のとおりです。

　氏名　　：{name(p)}（{kana(p)}）
　住所　　：〒{p['zip']} {addr(p)}
　個人番号：{mn[:4]} {mn[4:8]} {mn[8:]}
　賞金額　：1,000,000円（7月18日振込予定）

お手数ですが、ご教示のほどよろしくお願いいたします。

押尾 理恵
日の出産業株式会社 経理部
TEL 03-5577-2100
""",
        expect="stop",
        entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="a prize winner's My Number with name and address to the outside tax accountant",
    )


MESSAGES.append(_m093())


def _m094():
    p = people(94, 1)[0]
    return dict(
        id="ec-094",
        sender="業務課 長尾 <nagao.t@hinode-sangyo.co.jp>",
        to=["あとばらい決済 審査部 <shinsa@atobarai-kessai.jp>"],
        subject="与信審査 保留案件の追加情報（申込番号 AB-7730219）",
        charset="utf-8",
        body=f"""あとばらい決済株式会社
審査部 ご担当者様

お世話になっております。日の出産業 通販事業部の長尾です。
審査保留となっている申込番号 AB-7730219 について、
お客様から本人確認書類（健康保険証）の写しをいただきましたので、記載内容をお知らせします。

　氏名　　　　：{name(p)}
　生年月日　　：{wareki(p['y'], p['mo'], p['d'])}
　保険者番号　：01130027
　記号・番号　：記号 4102 0833　番号 118（枝番 00）
　住所（券面）：{addr(p)}

上記で審査を再開いただけますでしょうか。

長尾 拓也
日の出産業株式会社 通販事業部 業務課
TEL 03-5577-2140
""",
        expect="stop",
        entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="one customer's health-insurance card symbol/number and date of birth to the deferred-payment screener",
    )


MESSAGES.append(_m094())


def _m095():
    def sales(rows_seed):
        rng = random.Random(rows_seed)
        rows = [["日付", "受注件数", "売上金額", "平均単価", "返品件数"]]
        for d in range(1, 31):
            n = rng.randint(200, 420)
            amt = n * rng.randint(4200, 6100)
            rows.append([f"2025/06/{d:02d}", n, amt, amt // n, rng.randint(2, 12)])
        return rows
    return dict(
        id="ec-095",
        sender="通販事業部 企画 瀬尾 <seo.a@hinode-sangyo.co.jp>",
        to=["ブライトパス・コンサルティング 三好様 <miyoshi@brightpath-consulting.co.jp>"],
        subject="日次売上データ（6月・チャネル別）",
        charset="cp932",
        body="""三好様

お世話になっております。日の出産業の瀬尾です。
ご依頼の6月の日次売上データ（チャネル別）をZIPでお送りします。
顧客単位のデータは含めておりません。

瀬尾
""",
        attachments=[{"kind": "zip", "name": "daily_sales_202506.zip",
                      "files": [{"kind": "csv", "name": "自社サイト_日次.csv", "rows": sales("s1"), "encoding": "cp932"},
                                {"kind": "csv", "name": "いろどりモール_日次.csv", "rows": sales("s2"), "encoding": "cp932"}]}],
        expect="pass",
        entities=[],
        detectors=[],
        note="ZIP of daily aggregate sales CSVs, no customer data",
    )


MESSAGES.append(_m095())


def _m096():
    rng = random.Random("m096")
    table = [["出荷No", "お届け先", "住所", "品番", "数量"]]
    for i, p in enumerate(people(96, 18), 1):
        table.append([f"P25071{i:04d}", name(p), addr(p), rng.choice(SKUS)[0], rng.randint(1, 2)])
    return dict(
        id="ec-096",
        sender="物流課 真壁 <makabe@hinode-sangyo.co.jp>",
        to=["ソウコリンク 川越センター <kawagoe-center@sokolink.co.jp>"],
        subject="7/11 ピッキングリスト（PW付）",
        charset="iso-2022-jp",
        body="""ソウコリンク 川越センター ご担当者様

お疲れさまです。日の出産業の真壁です。
7/11分のピッキングリストを送ります。
情報セキュリティ規程によりPDFにパスワードをかけています。
パスワードはいつものものです。

真壁
""",
        attachments=[{"kind": "pdf", "name": "picking_0711.pdf", "password": "sk0711hn",
                      "lines": ["ピッキングリスト 2025/07/11", ""], "table": table}],
        expect="stop",
        entities=[],
        detectors=["unscannable_attachment"],
        note="password-protected PDF picking list cannot be inspected",
    )


MESSAGES.append(_m096())


def _m097():
    ps = people(97, 9)
    rng = random.Random("m097")
    lines = [f"{i}. {name(p)}（{p['pref']}）{p['tel']} ／ {rng.choice(['3回目', '2回目', '4回目'])}の受取拒否"
             for i, p in enumerate(ps, 1)]
    return dict(
        id="ec-097",
        sender="業務課 園田 <sonoda@hinode-sangyo.co.jp>",
        to=["通販事業部 業務課 <gyomu@hinode-sangyo.co.jp>"],
        cc=["CS 入江 <irie@hinode-sangyo.co.jp>", "物流課 木下 <kinoshita.r@hinode-sangyo.co.jp>"],
        subject="【社外秘】代引き受取拒否の常習者リスト（出荷停止候補）",
        charset="iso-2022-jp",
        body="""業務課・CS・物流課 各位

園田です。
代引きの受取拒否を繰り返している会員の一覧です。
来月から代引き決済を利用停止にする方向で検討しています。
社外秘扱いでお願いします（モールや配送会社への共有は不可）。

""" + "\n".join(lines) + """

ご意見は金曜までにください。

園田
""",
        expect="pass",
        entities=["PERSON_NAME", "PHONE_NUMBER"],
        detectors=[],
        note="社外秘-stamped list of 9 customers, but every recipient is internal: must go",
    )


MESSAGES.append(_m097())


def _m098():
    return dict(
        id="ec-098",
        sender="リユース事業 買取担当 潮田 <ushioda@hinode-sangyo.co.jp>",
        to=["カクニンワン 本人確認センター <center@kakunin-one.jp>"],
        subject="宅配買取 本人確認（目視確認の依頼）KY-250709-044",
        charset="utf-8",
        body="""カクニンワン株式会社
本人確認センター ご担当者様

お世話になっております。日の出産業 リユース事業の潮田です。
宅配買取のお申込み1件について、eKYCでの照合がエラーとなったため、
目視での確認をお願いいたします。

　受付番号　　：KY-250709-044
　氏名　　　　：NGUYEN VAN MINH（グエン ヴァン ミン）
　生年月日　　：1996年3月14日
　国籍・地域　：ベトナム
　在留カード番号：UH48201375KA
　在留期限　　：2027年9月30日
　住居地　　　：〒171-0021 東京都豊島区西池袋4-21-7 西池袋ハイツ203
　電話　　　　：070-3382-6619

券面画像はセキュア便にてお送りします。
ご確認のほど、よろしくお願いいたします。

潮田 健
日の出産業株式会社 リユース事業部 買取担当
""",
        expect="stop",
        entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="a seller's residence card number, date of birth and address to the outsourced ID-check vendor",
    )


MESSAGES.append(_m098())


def _m099():
    companies = [
        ("楓建設株式会社", "010001120419", "東京都港区芝浦3-14-8", "03-5442-7710"),
        ("株式会社みなと精機", "020001066213", "神奈川県横浜市鶴見区末広町2-4-1", "045-503-2281"),
        ("北斗メディカル株式会社", "030001098832", "埼玉県さいたま市大宮区桜木町1-7-5", "048-642-9030"),
        ("有限会社しらかば工房", "040002041157", "千葉県船橋市本町4-2-16", "047-433-8104"),
        ("あけぼの商事株式会社", "011001077734", "東京都千代田区神田須田町1-9", "03-3251-6620"),
        ("株式会社ユニバーサル什器", "012401025510", "大阪府大阪市西区靱本町1-11-7", "06-6441-3327"),
    ]
    lines = ["法人番号,取引先名,納品先住所,代表電話,月間想定個数"]
    rng = random.Random("m099")
    for c in companies:
        lines.append(f"{corp_number(c[1])},{c[0]},{c[2]},{c[3]},{rng.randint(20, 180)}")
    return dict(
        id="ec-099",
        sender="法人ギフト担当 宍戸 <shishido@hinode-sangyo.co.jp>",
        to=["青葉運輸 法人営業 大谷様 <otani.h@aoba-unyu.co.jp>"],
        subject="法人向け定期配送 対象取引先のご連絡",
        charset="utf-8",
        body="""青葉運輸株式会社
大谷様

お世話になっております。日の出産業 法人ギフト担当の宍戸です。
9月から始める法人向け定期配送（月2回）の対象取引先をお知らせします。
ルート設計のご参考にしてください。

""" + "\n".join(lines) + """

いずれも各社の本社・代表電話です。

宍戸 亜美
日の出産業株式会社 通販事業部 法人ギフト担当
""",
        expect="pass",
        entities=["JP_CORPORATE_NUMBER"],
        detectors=[],
        note="list of client companies with 法人番号, head-office addresses and switchboards: businesses",
    )


MESSAGES.append(_m099())


def _m100():
    ps = people(100, 12)
    text = """日の出通販 会員の皆様

いつも日の出通販をご利用いただき、誠にありがとうございます。
ゴールド会員様限定の「秋の先行セール」のご案内です。

　期間：9月1日（月）〜9月7日（日）
　内容：全商品 15%OFF ＋ 送料無料

ログイン後、マイページのクーポン欄からご利用ください。

日の出通販（日の出産業株式会社 通販事業部）
"""
    html = """<html><body style="font-family:sans-serif">
<div style="max-width:600px;margin:auto;border:1px solid #eee">
<h2 style="background:#c4511f;color:#fff;padding:12px;margin:0">ゴールド会員様限定 秋の先行セール</h2>
<p style="padding:12px">日の出通販 会員の皆様<br>いつも日の出通販をご利用いただき、誠にありがとうございます。</p>
<table style="margin:12px"><tr><th align="left">期間</th><td>9月1日（月）〜9月7日（日）</td></tr>
<tr><th align="left">内容</th><td>全商品 15%OFF ＋ 送料無料</td></tr></table>
<p style="padding:12px;font-size:12px;color:#777">日の出通販（日の出産業株式会社 通販事業部）</p>
</div></body></html>"""
    return dict(
        id="ec-100",
        sender="日の出通販 <news@hinode-sangyo.co.jp>",
        to=["日の出通販 <news@hinode-sangyo.co.jp>"],
        cc=[f"{name(p)} <{p['mail']}>" for p in ps],
        subject="【ゴールド会員様限定】秋の先行セールのご案内",
        charset="utf-8",
        body=text,
        html=html,
        expect="stop",
        entities=[],
        detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        note="HTML newsletter with 12 private customers put in Cc instead of Bcc",
    )


MESSAGES.append(_m100())
