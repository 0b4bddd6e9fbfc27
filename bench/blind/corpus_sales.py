# -*- coding: utf-8 -*-
"""Blind corpus: 営業・マーケティング (sales and marketing) of 日の出産業.

Every person, number and address below is invented.
"""
import random
import datetime

from build import my_number, card_number

# --------------------------------------------------------------------------
# small helpers to invent people
# --------------------------------------------------------------------------
SEI = [
    ("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
    ("田中", "タナカ", "tanaka"), ("伊藤", "イトウ", "ito"), ("渡辺", "ワタナベ", "watanabe"),
    ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"), ("加藤", "カトウ", "kato"),
    ("吉田", "ヨシダ", "yoshida"), ("山本", "ヤマモト", "yamamoto"), ("松本", "マツモト", "matsumoto"),
    ("井上", "イノウエ", "inoue"), ("木村", "キムラ", "kimura"), ("林", "ハヤシ", "hayashi"),
    ("清水", "シミズ", "shimizu"), ("森", "モリ", "mori"), ("池田", "イケダ", "ikeda"),
    ("橋本", "ハシモト", "hashimoto"), ("石川", "イシカワ", "ishikawa"), ("東海林", "ショウジ", "shoji"),
    ("勅使河原", "テシガワラ", "teshigawara"), ("百目鬼", "ドウメキ", "domeki"),
    ("我妻", "ワガツマ", "wagatsuma"), ("御手洗", "ミタライ", "mitarai"), ("一ノ瀬", "イチノセ", "ichinose"),
    ("薬師寺", "ヤクシジ", "yakushiji"), ("宍戸", "シシド", "shishido"), ("漆原", "ウルシバラ", "urushibara"),
    ("栗栖", "クリス", "kurisu"), ("鬼頭", "キトウ", "kito"), ("五十嵐", "イガラシ", "igarashi"),
    ("長谷川", "ハセガワ", "hasegawa"), ("小鳥遊", "タカナシ", "takanashi"), ("四十物", "アイモノ", "aimono"),
    ("十河", "ソゴウ", "sogo"), ("仁科", "ニシナ", "nishina"), ("檜山", "ヒヤマ", "hiyama"),
    ("千葉", "チバ", "chiba"), ("蛭田", "ヒルタ", "hiruta"), ("日下部", "クサカベ", "kusakabe"),
    ("忽那", "クツナ", "kutsuna"), ("皆川", "ミナガワ", "minagawa"), ("真壁", "マカベ", "makabe"),
    ("相馬", "ソウマ", "soma"), ("能登", "ノト", "noto"), ("波多野", "ハタノ", "hatano"),
    ("大河内", "オオコウチ", "okochi"), ("三船", "ミフネ", "mifune"), ("阿久津", "アクツ", "akutsu"),
    ("岩切", "イワキリ", "iwakiri"), ("甲斐", "カイ", "kai"), ("比嘉", "ヒガ", "higa"),
    ("武藤", "ムトウ", "muto"), ("平良", "タイラ", "taira"), ("桑原", "クワバラ", "kuwabara"),
]
MEI = [
    ("花子", "ハナコ", "hanako", "女"), ("太郎", "タロウ", "taro", "男"), ("美咲", "ミサキ", "misaki", "女"),
    ("翔太", "ショウタ", "shota", "男"), ("陽菜", "ヒナ", "hina", "女"), ("大輔", "ダイスケ", "daisuke", "男"),
    ("由美子", "ユミコ", "yumiko", "女"), ("健一", "ケンイチ", "kenichi", "男"), ("真理", "マリ", "mari", "女"),
    ("拓也", "タクヤ", "takuya", "男"), ("恵", "メグミ", "megumi", "女"), ("和夫", "カズオ", "kazuo", "男"),
    ("さくら", "サクラ", "sakura", "女"), ("浩二", "コウジ", "koji", "男"), ("千尋", "チヒロ", "chihiro", "女"),
    ("隆", "タカシ", "takashi", "男"), ("綾乃", "アヤノ", "ayano", "女"), ("修", "オサム", "osamu", "男"),
    ("雅美", "マサミ", "masami", "女"), ("悠斗", "ユウト", "yuto", "男"), ("智子", "トモコ", "tomoko", "女"),
    ("誠", "マコト", "makoto", "男"), ("麻衣", "マイ", "mai", "女"), ("俊介", "シュンスケ", "shunsuke", "男"),
    ("光代", "ミツヨ", "mitsuyo", "女"), ("勝利", "カツトシ", "katsutoshi", "男"), ("琴音", "コトネ", "kotone", "女"),
    ("秀樹", "ヒデキ", "hideki", "男"), ("久美", "クミ", "kumi", "女"), ("蓮", "レン", "ren", "男"),
    ("芳江", "ヨシエ", "yoshie", "女"), ("正和", "マサカズ", "masakazu", "男"), ("結衣", "ユイ", "yui", "女"),
    ("康弘", "ヤスヒロ", "yasuhiro", "男"), ("友梨", "ユリ", "yuri", "女"), ("剛", "ツヨシ", "tsuyoshi", "男"),
]
# zip, prefecture, city, town, area code of the landline
ADDR = [
    ("060-0042", "北海道", "札幌市中央区", "大通西", "011"),
    ("980-0811", "宮城県", "仙台市青葉区", "一番町", "022"),
    ("330-0063", "埼玉県", "さいたま市浦和区", "高砂", "048"),
    ("260-0013", "千葉県", "千葉市中央区", "中央", "043"),
    ("160-0022", "東京都", "新宿区", "新宿", "03"),
    ("154-0004", "東京都", "世田谷区", "太子堂", "03"),
    ("180-0004", "東京都", "武蔵野市", "吉祥寺本町", "0422"),
    ("192-0081", "東京都", "八王子市", "横山町", "042"),
    ("220-0004", "神奈川県", "横浜市西区", "北幸", "045"),
    ("251-0025", "神奈川県", "藤沢市", "鵠沼石上", "0466"),
    ("420-0852", "静岡県", "静岡市葵区", "紺屋町", "054"),
    ("460-0008", "愛知県", "名古屋市中区", "栄", "052"),
    ("530-0001", "大阪府", "大阪市北区", "梅田", "06"),
    ("564-0062", "大阪府", "吹田市", "垂水町", "06"),
    ("650-0021", "兵庫県", "神戸市中央区", "三宮町", "078"),
    ("700-0901", "岡山県", "岡山市北区", "本町", "086"),
    ("730-0031", "広島県", "広島市中区", "紙屋町", "082"),
    ("810-0001", "福岡県", "福岡市中央区", "天神", "092"),
    ("890-0053", "鹿児島県", "鹿児島市", "中央町", "099"),
    ("950-0087", "新潟県", "新潟市中央区", "東大通", "025"),
    ("370-0841", "群馬県", "高崎市", "栄町", "027"),
    ("310-0015", "茨城県", "水戸市", "宮町", "029"),
    ("900-0015", "沖縄県", "那覇市", "久茂地", "098"),
    ("920-0853", "石川県", "金沢市", "本町", "076"),
    ("321-0953", "栃木県", "宇都宮市", "東宿郷", "028"),
    ("440-0888", "愛知県", "豊橋市", "駅前大通", "0532"),
]
BLDG = ["", "", "", "", "コーポ桜", "メゾン青葉", "グランハイツ", "サンライズ", "パークサイド",
        "ハイツ若葉", "レジデンス栄", "エステート東", "ヴィラ緑ヶ丘"]
FREE = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
        "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp", "au.com", "nifty.com"]


def people(seed, n, born=(1945, 2001)):
    """n invented private persons, reproducible from seed."""
    rnd = random.Random(seed)
    out, used = [], set()
    while len(out) < n:
        s = rnd.choice(SEI)
        m = rnd.choice(MEI)
        if (s[0], m[0]) in used:
            continue
        used.add((s[0], m[0]))
        a = rnd.choice(ADDR)
        bl = rnd.choice(BLDG)
        room = "%d0%d" % (rnd.randint(1, 8), rnd.randint(1, 9)) if bl else ""
        banchi = "%d-%d-%d" % (rnd.randint(1, 6), rnd.randint(1, 28), rnd.randint(1, 20))
        dob = datetime.date(rnd.randint(*born), rnd.randint(1, 12), rnd.randint(1, 28))
        mob = "0%d0-%04d-%04d" % (rnd.choice([9, 8, 7]), rnd.randint(1000, 9999), rnd.randint(0, 9999))
        ac = a[4]
        rest = 10 - len(ac)
        mid = 4 if rest == 8 else (3 if rest == 7 else 2)
        tel = "%s-%0*d-%04d" % (ac, mid, rnd.randint(10 ** (mid - 1) * 2, 10 ** mid - 1), rnd.randint(0, 9999))
        pat = rnd.randint(0, 4)
        local = [
            "%s.%s" % (m[2], s[2]),
            "%s%s%02d" % (s[2], m[2][0], rnd.randint(1, 99)),
            "%s_%s%d" % (m[2], s[2][:3], rnd.randint(60, 99)),
            "%s-%s" % (s[2], m[2]),
            "%s%d" % (m[2], rnd.randint(100, 999)),
        ][pat]
        out.append(dict(
            sei=s[0], mei=m[0], name=s[0] + " " + m[0], name2=s[0] + m[0],
            kana=s[1] + " " + m[1], ksei=s[1], kmei=m[1],
            romaji="%s %s" % (m[2].capitalize(), s[2].capitalize()),
            gender=m[3], zip=a[0], pref=a[1], city=a[2], town=a[3], banchi=banchi,
            bldg=(bl + " " + room) if bl else "",
            addr=a[1] + a[2] + a[3] + banchi + ((" " + bl + room) if bl else ""),
            dob=dob, mobile=mob, tel=tel,
            email="%s@%s" % (local, rnd.choice(FREE)),
        ))
    return out


ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")
ZEN_J = str.maketrans("0123456789-", "０１２３４５６７８９−")   # safe for ISO-2022-JP


def zen(s, jis=False):
    """full-width digits (and hyphen); jis=True uses U+2212 which ISO-2022-JP can carry"""
    return s.translate(ZEN_J if jis else ZEN)


def wareki(d, style="kanji"):
    if d >= datetime.date(2019, 5, 1):
        era, k, y0 = "令和", "R", 2018
    elif d >= datetime.date(1989, 1, 8):
        era, k, y0 = "平成", "H", 1988
    else:
        era, k, y0 = "昭和", "S", 1925
    y = d.year - y0
    if style == "kanji":
        return "%s%d年%d月%d日" % (era, y, d.month, d.day)
    if style == "short":
        return "%s%d.%d.%d" % (k, y, d.month, d.day)
    if style == "zen":
        return zen("%s%d.%d.%d" % (k, y, d.month, d.day)).replace(".", "．").replace(k, chr(ord(k) + 0xFEE0))
    if style == "era2":
        return "%s%02d/%02d/%02d" % (era, y, d.month, d.day)
    raise ValueError(style)


def pad(s, w):
    """pad to display width w (full-width chars count 2)"""
    width = sum(2 if ord(c) > 0x2E7F else 1 for c in s)
    return s + " " * max(0, w - width)


def spaced_table(header, rows, widths, rule="-"):
    lines = ["".join(pad(h, w) for h, w in zip(header, widths)).rstrip()]
    lines.append(rule * (sum(widths) - 2))
    for r in rows:
        lines.append("".join(pad(str(c), w) for c, w in zip(r, widths)).rstrip())
    return "\n".join(lines)


# --------------------------------------------------------------------------
# senders (sales and marketing of 日の出産業)
# --------------------------------------------------------------------------
YAMAGUCHI = "山口 健太 <yamaguchi.k@hinode-sangyo.co.jp>"
ONODERA = "小野寺 彩 <onodera.a@hinode-sangyo.co.jp>"
HASEBE = "長谷部 誠 <hasebe-m@hinode-sangyo.co.jp>"
MORISAKI = "Kenji Morisaki <k-morisaki@hinode-sangyo.co.jp>"
NISHIKAWA = "西川 真由美 <nishikawa.m@hinode-sangyo.co.jp>"
HORI = "堀 拓海 <hori.t@hinode-sangyo.co.jp>"
MIURA = "三浦 里奈 <miura-rina@hinode-sangyo.co.jp>"
OKUBO = "大久保 剛 <okubo@hinode-sangyo.co.jp>"
FUJIEDA = "藤枝 玲奈 <fujieda.r@hinode-sangyo.co.jp>"
KURODA = "黒田 慎吾 <s-kuroda@hinode-sangyo.co.jp>"

SIG_YAMAGUCHI = """
--------------------------------------------------
日の出産業株式会社 営業本部 第一営業部 第一課
山口 健太（やまぐち けんた）
〒103-0027 東京都中央区日本橋2-7-1 日の出ビル5F
TEL 03-5201-7700（代表） / 03-5201-7714（直通）
Mail yamaguchi.k@hinode-sangyo.co.jp
--------------------------------------------------"""
SIG_ONODERA = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
マーケティング部 販促グループ
小野寺 彩
〒103-0027 東京都中央区日本橋2-7-1
TEL：03-5201-7731　FAX：03-5201-7790
━━━━━━━━━━━━━━━━━━━━━━━━"""
SIG_HASEBE = """
--
日の出産業株式会社 営業企画課
長谷部 誠
TEL 03-5201-7720 / hasebe-m@hinode-sangyo.co.jp"""
SIG_MORISAKI = """
--
Kenji Morisaki
Overseas Sales Section, Hinode Sangyo Co., Ltd.
2-7-1 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7745"""
SIG_NISHIKAWA = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社　大阪支店　営業課
西川　真由美
〒530-0011 大阪市北区大深町3-1 グランフロント北館9F
TEL 06-6372-4410　FAX 06-6372-4419
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""
SIG_HORI = """
------------------------------
日の出産業(株) 名古屋営業所
堀 拓海
TEL 052-229-3350
------------------------------"""
SIG_MIURA = """
***************************************
日の出産業株式会社 マーケティング部
三浦 里奈
〒103-0027 東京都中央区日本橋2-7-1
TEL 03-5201-7732
***************************************"""
SIG_OKUBO = """
────────────────────
日の出産業株式会社
営業推進部 部長　大久保 剛
TEL 03-5201-7701
────────────────────"""
SIG_FUJIEDA = """
--
日の出産業株式会社 営業本部 営業管理課
藤枝 玲奈　内線 7756
03-5201-7756"""
SIG_KURODA = """
_________________________________
日の出産業株式会社 第二営業部
黒田 慎吾 / Shingo Kuroda
TEL 03-5201-7762  携帯 070-3381-0254
_________________________________"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除していただきますようお願いいたします。"""
DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Any unauthorised copying or distribution is prohibited."""

MESSAGES = []

COMPANIES = [
    ("東海機工株式会社", "tokai-kiko.co.jp", "052"), ("株式会社ミナト商事", "minato-shoji.co.jp", "03"),
    ("北斗精密工業株式会社", "hokuto-seimitsu.co.jp", "011"), ("有限会社丸山製作所", "maruyama-ss.jp", "048"),
    ("株式会社あさひ物流", "asahi-butsuryu.co.jp", "06"), ("信州テクノ株式会社", "shinshu-techno.co.jp", "026"),
    ("株式会社ベイサイド設計", "bayside-sekkei.jp", "045"), ("瀬戸内化成株式会社", "setouchi-kasei.co.jp", "082"),
    ("株式会社カネヨシ", "kaneyoshi.co.jp", "092"), ("関西エンジニアリング株式会社", "kansai-eng.co.jp", "06"),
    ("株式会社若葉フードサービス", "wakaba-fs.co.jp", "03"), ("三河電装株式会社", "mikawa-denso.co.jp", "0564"),
    ("株式会社グリーンリーフ", "greenleaf-inc.jp", "03"), ("常磐メディカル株式会社", "joban-medical.co.jp", "029"),
    ("株式会社イワセ建材", "iwase-kenzai.co.jp", "022"), ("南海トレーディング株式会社", "nankai-trading.co.jp", "078"),
    ("株式会社オオタ電子", "ohta-denshi.co.jp", "0276"), ("株式会社新星ソリューションズ", "shinsei-sol.jp", "03"),
]
TITLES = ["部長", "課長", "主任", "係長", "", "", "マネージャー", "担当", "取締役", "リーダー"]
DEPTS = ["購買部", "総務部", "設備管理課", "製造部", "情報システム部", "営業企画部", "生産技術課", "品質保証部", "経営企画室"]


def biz_people(seed, n):
    """n invented business persons at invented companies, with their work contacts."""
    rnd = random.Random(seed)
    ps = people(seed + 7000, n)
    out = []
    for p in ps:
        c = rnd.choice(COMPANIES)
        ac = c[2]
        rest = 10 - len(ac)
        mid = 4 if rest == 8 else (3 if rest == 7 else 2)
        direct = "%s-%0*d-%04d" % (ac, mid, rnd.randint(10 ** (mid - 1) * 2, 10 ** mid - 1), rnd.randint(0, 9999))
        local = rnd.choice(["{s}", "{s}.{g}", "{g0}-{s}", "{s}{g0}"]).format(
            s=[x for x in SEI if x[0] == p["sei"]][0][2], g=[x for x in MEI if x[0] == p["mei"]][0][2],
            g0=[x for x in MEI if x[0] == p["mei"]][0][2][0])
        out.append(dict(p, company=c[0], domain=c[1], dept=rnd.choice(DEPTS), title=rnd.choice(TITLES),
                        direct=direct, work_email="%s@%s" % (local, c[1])))
    return out


def corp_number(base12):
    """法人番号 with a valid leading check digit for the 12-digit base."""
    digits = [int(c) for c in base12]
    s = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 else 2
        s += p * q
    return str(9 - s % 9) + base12


# ==========================================================================
# sales-001 … sales-015
# ==========================================================================
_p = people(101, 12)
MESSAGES.append(dict(
    id="sales-001",
    sender=ONODERA,
    to=["錦印刷 制作部 宮坂様 <miyasaka@nishiki-insatsu.co.jp>"],
    subject="秋の感謝祭DM 宛名データ（第1便）",
    charset="iso-2022-jp",
    body="""錦印刷株式会社
制作部 宮坂様

いつもお世話になっております。日の出産業の小野寺です。

先日お打ち合わせした秋の感謝祭DMの宛名データ、第1便をお送りします。
システムから出力したものをそのまま貼り付けていますので、
レイアウト崩れがあればご連絡ください。

""" + spaced_table(["氏名", "郵便番号", "住所", "電話番号"],
                   [[p["name"], p["zip"], p["addr"], p["tel"]] for p in _p],
                   [16, 11, 60, 14]) + """

第2便（関西エリア分）は来週火曜までにお送りする予定です。
宛名面の書体は前回と同じく「游明朝」でお願いいたします。

よろしくお願いいたします。
""" + SIG_ONODERA,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DM address list of 12 customers as a space-padded table in the body to the printer",
))

_p = people(102, 30)
MESSAGES.append(dict(
    id="sales-002",
    sender=MIURA,
    to=["東都メール発送センター 受付 <uketsuke@toto-hassou.co.jp>"],
    subject="【発送依頼】冬季カタログ送付リスト",
    charset="cp932",
    body="""東都メール発送センター
ご担当者様

お世話になっております。日の出産業 マーケティング部の三浦です。

冬季カタログの封入・発送をお願いしたく、送付先リストを添付いたします。
（CSV、Shift_JIS、30件）

・発送物：冬季総合カタログ＋返信用はがき
・発送予定日：11月18日（火）
・料金別納でお願いします

件数が少ないので今回はメール便で問題ございません。
ご確認のほどよろしくお願いいたします。
""" + SIG_MIURA,
    attachments=[dict(kind="csv", name="カタログ送付先_冬季.csv", encoding="cp932",
                      rows=[["顧客番号", "氏名", "フリガナ", "郵便番号", "住所1", "住所2", "電話番号"]] +
                      [["C%06d" % (204310 + i * 37), p["name"], p["kana"], p["zip"],
                        p["pref"] + p["city"] + p["town"] + p["banchi"], p["bldg"], p["tel"]]
                       for i, p in enumerate(_p)])],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV (CP932) of 30 customers' names, addresses and phones to a mailing house",
))

_p1, _p2 = people(103, 10), people(104, 8)
MESSAGES.append(dict(
    id="sales-003",
    sender=YAMAGUCHI,
    to=["nishiki-eigyo@nishiki-insatsu.co.jp"],
    cc=["onodera.a@hinode-sangyo.co.jp"],
    subject="年末ご挨拶状の宛名リストについて",
    charset="utf-8",
    body="""錦印刷 営業部 ご担当者様

お世話になっております。日の出産業の山口です。
年末のご挨拶状（はがき）の宛名リストを Excel でお送りします。
関東分と関西分でシートを分けておりますので、印刷時はどちらも対象としてください。

敬称は「様」で統一をお願いします。

山口""" + SIG_YAMAGUCHI,
    attachments=[dict(kind="xlsx", name="挨拶状宛名リスト.xlsx", sheets={
        "関東": [["2025年 年末ご挨拶状 宛名リスト（関東）"], [],
                 ["No.", "お名前", "〒", "都道府県", "市区町村・番地", "建物名"]] +
                [[i + 1, p["name"], p["zip"], p["pref"], p["city"] + p["town"] + p["banchi"], p["bldg"]]
                 for i, p in enumerate(_p1)],
        "関西": [["2025年 年末ご挨拶状 宛名リスト（関西）"], [],
                 ["No.", "お名前", "〒", "都道府県", "市区町村・番地", "建物名"]] +
                [[i + 1, p["name"], p["zip"], p["pref"], p["city"] + p["town"] + p["banchi"], p["bldg"]]
                 for i, p in enumerate(_p2)],
    })],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX with two sheets (title row above the header) of 18 names and addresses to the printer",
))

_b = biz_people(105, 9)
MESSAGES.append(dict(
    id="sales-004",
    sender=HASEBE,
    to=["ツバサシステム 杉浦様 <sugiura@tsubasa-system.jp>"],
    subject="共催セミナー お申込み状況（11/5時点）",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>ツバサシステム株式会社<br>杉浦様</p>
<p>いつもお世話になっております。日の出産業の長谷部です。</p>
<p>共催セミナー「工場DXはじめの一歩」の11/5時点のお申込み者を下記に共有いたします。<br>
当日の受付名簿はこちらをベースに作成いたします。</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde7f3"><th>#</th><th>会社名</th><th>部署</th><th>氏名</th><th>メールアドレス</th><th>電話番号</th></tr>
""" + "\n".join(
        "<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
        % (i + 1, b["company"], b["dept"], b["name"], b["work_email"], b["direct"]) for i, b in enumerate(_b)) + """
</table>
<p>まだ定員（30名）まで余裕がございますので、御社のメルマガでも再告知いただけますと幸いです。</p>
<p>--<br>日の出産業株式会社 営業企画課<br>長谷部 誠<br>TEL 03-5201-7720</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail: table of 9 seminar registrants with e-mail and phone to the co-host",
))

_b = biz_people(106, 22)
MESSAGES.append(dict(
    id="sales-005",
    sender=HASEBE,
    to=["川崎電機 販売推進部 相原様 <aihara@kawasaki-denki.co.jp>"],
    subject="Re: 合同ウェビナー申込者リストのご共有",
    charset="iso-2022-jp",
    body="""相原様

お世話になっております。長谷部です。
ご依頼のありました合同ウェビナーの申込者リストを添付いたします。
（フォームからのエクスポートをそのまま CSV にしています）

御社からのご案内経由の方も含まれておりますので、
重複チェックの際にご利用ください。

以上、よろしくお願いいたします。
""" + SIG_HASEBE,
    attachments=[dict(kind="csv", name="webinar_applicants_1120.csv", encoding="utf-8-sig",
                      rows=[["No", "申込日時", "会社名", "役職", "お名前", "E-mail", "参加形態"]] +
                      [[i + 1, "2025/10/%02d %02d:%02d" % (3 + i, 9 + i % 9, (i * 7) % 60), b["company"],
                        b["title"] or "-", b["name"], b["work_email"], ["オンライン", "会場"][i % 3 == 0]]
                       for i, b in enumerate(_b)])],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 22 webinar applicants (names, e-mails) to the co-hosting partner",
))

_p = people(107, 10)
MESSAGES.append(dict(
    id="sales-006",
    sender=MIURA,
    to=["青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"],
    subject="プレゼントキャンペーン賞品の配送について",
    charset="cp932",
    body="""青葉運輸株式会社 法人営業ご担当様

平素より大変お世話になっております。
日の出産業マーケティング部の三浦でございます。

「春のありがとうキャンペーン」の当選者さまへの賞品配送をお願いいたします。
配送先は以下のとおりです（Excelからコピーしたためタブ区切りになっています）。

当選者\t〒\t住所\t電話\t賞品
""" + "\n".join("%s\t%s\t%s\t%s\t%s" % (p["name"], p["zip"], p["addr"], p["mobile"],
                                       ["A賞 電気ケトル", "B賞 ギフトカード", "C賞 タオルセット"][i % 3])
                for i, p in enumerate(_p)) + """

お届け希望日は特にございませんが、月内着でお願いできれば幸いです。
集荷は弊社倉庫（江東区新木場）からとなります。
""" + SIG_MIURA,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="10 campaign winners (name, address, mobile) tab-separated in the body to the shipping company",
))

_p = people(108, 4)
MESSAGES.append(dict(
    id="sales-007",
    sender=NISHIKAWA,
    to=["%s <%s>" % (p["name"], p["email"]) for p in _p],
    subject="新製品体験会のご案内（大阪会場）",
    charset="iso-2022-jp",
    body="""お客様各位

平素は日の出産業製品をご愛用いただき、誠にありがとうございます。
大阪支店の西川でございます。

このたび、新しい加湿空気清浄機「ヒノデピュア HP-700」の体験会を
下記のとおり開催することとなりました。
以前アンケートで「体験会があれば参加したい」とご回答いただいた皆さまに
ご案内をお送りしております。

　日時：12月6日（土）13:00〜16:00
　会場：グランフロント大阪 北館 ナレッジキャピタル 会議室C
　参加費：無料（お土産付き）

ご参加いただける場合は、このメールにご返信ください。
皆さまのお越しを心よりお待ちしております。
""" + SIG_NISHIKAWA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="invitation to four private customers on free mail, all in To: they can see each other (should be Bcc)",
))

MESSAGES.append(dict(
    id="sales-008",
    sender=HORI,
    to=["川崎電機 中部営業所 鳥居様 <torii@kawasaki-denki.co.jp>"],
    subject="東海エリア 取扱販売店一覧",
    charset="iso-2022-jp",
    body="""鳥居様

いつもお世話になっております。名古屋営業所の堀です。
先日ご依頼いただいた、東海エリアで弊社製品を取り扱っている販売店の一覧です。
店頭デモ機の配置検討にお使いください。

■愛知県
・でんきのマルハチ 栄本店　　名古屋市中区栄3-15-22　TEL 052-261-4480
・ホームセンターいぶき 豊橋店　豊橋市駅前大通2-8　TEL 0532-52-7011
・カメダ電器 岡崎店　　　　　岡崎市康生通西1-4-3　TEL 0564-21-3390
・でんきのマルハチ 一宮店　　一宮市本町4-11-9　TEL 0586-73-2208

■岐阜県
・ホームセンターいぶき 岐阜北店　岐阜市長良福光2591　TEL 058-233-6104
・ミツワ電化センター　　　　　大垣市郭町1-62　TEL 0584-78-1553

■三重県
・カメダ電器 四日市店　　四日市市諏訪栄町7-34　TEL 059-353-8820
・スズカデンキ 本店　　　鈴鹿市神戸2-9-15　TEL 059-382-0617

■静岡県（西部）
・ライフでんき浜松 　　浜松市中央区鍛冶町100-1　TEL 053-452-9931
・ホームセンターいぶき 磐田店　磐田市中泉1-5-3　TEL 0538-32-4075

営業時間・定休日は各店舗で異なりますので、訪問前にご確認ください。
""" + SIG_HORI,
    expect="pass",
    entities=[],
    detectors=[],
    note="directory of 10 dealer shops with shop addresses and phones: businesses, not people",
))

_t = corp_number("010401088123")
MESSAGES.append(dict(
    id="sales-009",
    sender=KURODA,
    to=["北国フーズ 調達部 村瀬様 <murase@kitaguni-foods.co.jp>"],
    subject="お見積書送付の件（業務用真空包装機）",
    charset="utf-8",
    body="""北国フーズ株式会社
調達部 村瀬様

お世話になっております。日の出産業の黒田です。
先日ご相談いただきました業務用真空包装機の御見積書を PDF にてお送りします。

見積番号：HQ-2025-11-0482
有効期限：発行日より30日

ご不明点がございましたらお気軽にお問い合わせください。
何卒ご検討のほど、よろしくお願い申し上げます。
""" + SIG_KURODA,
    attachments=[dict(kind="pdf", name="御見積書_HQ-2025-11-0482.pdf", title="御見積書",
                      lines=["御見積書", "", "北国フーズ株式会社 御中", "",
                             "見積番号 HQ-2025-11-0482　　発行日 2025年11月4日",
                             "日の出産業株式会社　登録番号 T" + _t,
                             "〒103-0027 東京都中央区日本橋2-7-1　TEL 03-5201-7700", "",
                             "下記のとおり御見積申し上げます。", ""],
                      table=[["品番", "品名", "数量", "単価", "金額"],
                             ["VP-450N", "業務用真空包装機 450mm", "2", "1,280,000", "2,560,000"],
                             ["VP-OPT-G2", "ガス置換ユニット", "2", "186,000", "372,000"],
                             ["VB-2030-1K", "真空袋 200x300 (1000枚)", "10", "8,400", "84,000"],
                             ["SV-INST", "設置・試運転費", "1", "65,000", "65,000"],
                             ["", "", "", "小計", "3,081,000"],
                             ["", "", "", "消費税(10%)", "308,100"],
                             ["", "", "", "合計", "3,389,100"]])],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="quote PDF with product codes, quote number and the company's own T-number: ordinary business mail",
))

MESSAGES.append(dict(
    id="sales-010",
    sender=YAMAGUCHI,
    to=["川崎電機 技術部 大西様 <onishi.t@kawasaki-denki.co.jp>",
        "ツバサシステム 開発二課 福永様 <fukunaga@tsubasa-system.jp>"],
    cc=["hasebe-m@hinode-sangyo.co.jp"],
    subject="三社打合せ日程のご相談（制御盤リプレース案件）",
    charset="cp932",
    body="""川崎電機 大西様
ツバサシステム 福永様

お世話になっております。日の出産業の山口です。
制御盤リプレース案件について、三社で仕様のすり合わせを行いたく、
下記候補日でご都合をお聞かせいただけますでしょうか。

　候補1：11月12日（水）14:00〜15:30
　候補2：11月13日（木）10:00〜11:30
　候補3：11月17日（月）15:00〜16:30

場所は弊社日本橋本社の会議室、またはTeamsでの参加も可能です。
議題（案）
　1. 現行盤の入出力点数の確認
　2. 通信仕様（Modbus/TCP）の確認
　3. 工程とマイルストーン

お手数ですが、ご返信をお願いいたします。
""" + SIG_YAMAGUCHI,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="ordinary three-way meeting mail: two partner organisations in To, which is allowed",
))

MESSAGES.append(dict(
    id="sales-011",
    sender=KURODA,
    to=["川崎電機 資材課 浅見様 <asami@kawasaki-denki-co.jp>"],
    subject="【再送】御見積書（改訂版）の送付",
    charset="utf-8",
    body="""川崎電機株式会社
資材課 浅見様

お世話になっております。日の出産業の黒田です。
先ほどお送りした御見積書に単価の誤りがございましたので、改訂版を再送いたします。
（誤：VP-450N 1,208,000円 → 正：1,280,000円）

ご迷惑をおかけし申し訳ございません。
旧版は破棄していただけますと幸いです。
""" + SIG_KURODA,
    attachments=[dict(kind="pdf", name="御見積書_改訂版.pdf",
                      lines=["御見積書（改訂版）", "川崎電機株式会社 御中", "見積番号 HQ-2025-10-0399-R1"],
                      table=[["品番", "品名", "数量", "単価"],
                             ["VP-450N", "業務用真空包装機", "1", "1,280,000"],
                             ["SV-INST", "設置・試運転費", "1", "65,000"]])],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="look-alike of partner kawasaki-denki.co.jp: a hyphen instead of the dot (kawasaki-denki-co.jp)",
))

MESSAGES.append(dict(
    id="sales-012",
    sender=OKUBO,
    to=["北国フーズ 経営企画室 今泉様 <imaizumi@kitaguni-foods.co.jp>"],
    subject="来期の取引条件についてのご提案",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社
経営企画室 今泉様

いつも格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業の大久保でございます。

先日の面談でお話しいたしました来期の取引条件につきまして、
弊社としての提案内容を資料にまとめましたのでお送りいたします。
数量コミットに応じた段階値引きの案を3パターンご用意しております。

ご検討のうえ、ご意見をお聞かせいただけますと幸いです。
""" + SIG_OKUBO,
    attachments=[dict(kind="pdf", name="来期取引条件ご提案.pdf", page_header="社外秘",
                      lines=["北国フーズ株式会社 様", "来期お取引条件のご提案", "", "1. 前提",
                             "　・年間発注数量 見込み 1,200台（前期比 112%）",
                             "2. 値引き案",
                             "　A案：年間1,000台コミットで標準価格より 6%",
                             "　B案：年間1,200台コミットで標準価格より 8%",
                             "　C案：年間1,500台コミットで標準価格より 11%＋保守費用半額",
                             "3. 支払条件　月末締め翌月末払い（現行どおり）"])],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached PDF carries 社外秘 only in its page header; the mail text has no marking",
))

_p = people(113, 40)
MESSAGES.append(dict(
    id="sales-013",
    sender=ONODERA,
    to=["錦印刷 データ入稿窓口 <nyuko@nishiki-insatsu.co.jp>"],
    subject="会員向けDM 宛名データ入稿",
    charset="cp932",
    body="""錦印刷株式会社　データ入稿ご担当者様

お世話になっております。日の出産業の小野寺です。
会員向けDM（12月号）の宛名データを入稿いたします。

個人情報を含むため、ZIPにパスワードを設定しております。
パスワードは別途メールにてお送りいたします。

・ファイル：member_dm_202512.zip
・件数：40件
・納期：11月28日（金）発送

よろしくお願いいたします。
""" + SIG_ONODERA,
    attachments=[dict(kind="zip", name="member_dm_202512.zip", password="Hn#2512dm",
                      files=[dict(kind="csv", name="member_dm_202512.csv", encoding="cp932",
                                  rows=[["会員番号", "氏名", "郵便番号", "住所", "電話番号"]] +
                                  [["M%05d" % (31000 + i), p["name"], p["zip"], p["addr"], p["tel"]]
                                   for i, p in enumerate(_p)])])],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) of the DM address list: the attachment cannot be inspected",
))

_p = people(114, 8)
MESSAGES.append(dict(
    id="sales-014",
    sender=ONODERA,
    to=["錦印刷 制作部 宮坂様 <miyasaka@nishiki-insatsu.co.jp>"],
    subject="Re: 宛名校正のご確認（秋の感謝祭DM）",
    charset="iso-2022-jp",
    body="""宮坂様

ご確認ありがとうございます。小野寺です。
ご指摘の2件、いずれも社内の顧客マスタ側の表記が正しいので、
校正紙の表記のまま進めていただいて問題ございません。
このまま印刷工程に進めてください。

引き続きよろしくお願いいたします。

小野寺

> 小野寺様
>
> お世話になっております。錦印刷の宮坂です。
> 宛名校正のうち、下記の方の住所表記について確認させてください。
> 旧字体・番地の表記ゆれがありました。
>
""" + "\n".join("> %s　%s　%s" % (p["name"], p["zip"], p["addr"]) for p in _p) + """
>
> 上記、システム上の表記のままでよろしいでしょうか。
> 錦印刷株式会社 制作部 宮坂
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply to the printer: the 8-person address list is only in the quoted text the printer itself sent",
))

_b = biz_people(115, 6)
MESSAGES.append(dict(
    id="sales-015",
    sender=MORISAKI,
    to=["Daniel Ortega <d.ortega@pacifica-distrib.com>"],
    subject="Leads from FOOMA Japan booth - Latin America",
    charset="utf-8",
    body="""Hi Daniel,

Thanks for stopping by our booth at FOOMA last week. As promised, here are the visitors
who asked for a follow-up on the export models. They are Japanese companies with plants
in Mexico and Brazil, so your team is best placed to contact their local offices.

""" + "\n".join("%d) %s (%s), %s, %s - email: %s / tel: +81-%s"
                % (i + 1, b["romaji"], b["name"], b["title"] or "Staff", b["company"], b["work_email"],
                   b["direct"][1:]) for i, b in enumerate(_b)) + """

Could you let me know by the end of the month which of them you have reached?

Best regards,
Kenji
""" + SIG_MORISAKI,
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="English mail to an overseas distributor with six trade-show leads (name, e-mail, phone)",
))

# ==========================================================================
# sales-016 … sales-030
# ==========================================================================
MESSAGES.append(dict(
    id="sales-016",
    sender=MORISAKI,
    to=["Mr. Somchai Wattana <somchai@siam-kitchenpro.co.th>"],
    subject="2026 price list and new product codes",
    charset="utf-8",
    body="""Dear Mr. Wattana,

I hope this finds you well. Please find below our distributor price list for 2026,
effective from 1 January. Prices are FOB Yokohama in USD.

  Code          Description                          MOQ    Unit price
  -----------   ----------------------------------   ----   ----------
  VP-450N-EX    Vacuum packer 450 mm, 220V/50Hz         1     USD 8,450
  VP-600W-EX    Vacuum packer 600 mm twin chamber       1    USD 12,900
  VP-OPT-G2     Gas flush unit                          1     USD 1,240
  VB-2030-1K    Vacuum bag 200x300 (1,000 pcs)         20        USD 58
  VB-3040-1K    Vacuum bag 300x400 (1,000 pcs)         20        USD 86
  SP-HTR-45     Heater wire spare kit                  10        USD 42

Your PO 4500017731 (6 x VP-450N-EX) will still be invoiced at the 2025 price.
New codes (-EX suffix) replace the old -E models; old codes remain orderable until March.

Kind regards,
Kenji Morisaki
""" + SIG_MORISAKI + "\n" + DISCLAIMER_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English price list with product codes and a PO number plus the standard disclaimer",
))

MESSAGES.append(dict(
    id="sales-017",
    sender=FUJIEDA,
    to=["山口 健太 <yamaguchi.k@hinode-sangyo.jp>"],
    cc=["hasebe-m@hinode-sangyo.co.jp"],
    subject="10月 営業実績速報（第一営業部）",
    charset="iso-2022-jp",
    body="""山口さん

お疲れさまです。営業管理の藤枝です。
10月の営業実績速報をお送りします。部内展開の前に数字のご確認をお願いします。

　受注額　　　 4億1,820万円（予算比 96.3％）
　売上額　　　 3億8,050万円（予算比 101.2％）
　粗利率　　　 27.4％（前月比 −0.6pt）
　新規顧客数　 14社

北国フーズ向け大型案件（2.1億）は11月計上にずれ込みました。
詳細は明日の部会でご説明します。

藤枝
""" + SIG_FUJIEDA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="meant for a colleague but addressed to hinode-sangyo.jp: a TLD look-alike of the own domain",
))

_p = people(118, 15)
MESSAGES.append(dict(
    id="sales-018",
    sender=HASEBE,
    to=["ミライ解析 データ分析チーム <analytics@mirai-kaiseki.co.jp>"],
    subject="購買データのご提供（離反分析PoC用）",
    charset="cp932",
    body="""ミライ解析株式会社
データ分析チーム御中

お世話になっております。日の出産業の長谷部です。
離反分析PoC用のサンプルデータをお送りします。
氏名は除外しておりますので、会員ID単位で分析をお願いいたします。

不足項目がございましたらご連絡ください。
""" + SIG_HASEBE,
    attachments=[dict(kind="csv", name="sample_purchase.csv", encoding="cp932",
                      rows=[["会員ID", "メールアドレス", "携帯電話", "最終購入日", "累計購入額", "購入回数"]] +
                      [["HM%07d" % (1000213 + i * 911), p["email"], p["mobile"],
                        "2025/%02d/%02d" % (1 + i % 10, 3 + i), "{:,}".format(12800 + i * 5730), 1 + i % 7]
                       for i, p in enumerate(_p)])],
    expect="stop",
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="15 customers' e-mail and mobile numbers without a name column, CSV to an analytics vendor",
))

MESSAGES.append(dict(
    id="sales-019",
    sender=OKUBO,
    to=["ほしぞらテック 事業開発部 森下様 <morishita@hoshizora-tech.co.jp>"],
    cc=["白川法律事務所 石黒先生 <ishiguro@shirakawa-law.jp>"],
    subject="秘密保持契約書（案）へのコメント",
    charset="utf-8",
    body="""ほしぞらテック株式会社
森下様

お世話になっております。日の出産業の大久保です。
先日ご送付いただいた秘密保持契約書（案）について、弊社顧問の白川法律事務所
石黒先生にも確認いただき、以下の点をご相談させてください。

1. 第2条（秘密情報の定義）
   口頭で開示した情報について「開示後30日以内に書面で特定したもの」とする案で
   いかがでしょうか。
2. 第5条（有効期間）
   契約期間3年、終了後の秘密保持義務は2年間存続、としたいと考えております。
3. 第9条（管轄）
   東京地方裁判所を第一審の専属的合意管轄裁判所とさせてください。

修正履歴付きのWordファイルは石黒先生から別途お送りいたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_OKUBO,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="discussion about an NDA with a prospective partner and our law firm in Cc: two external organisations",
))

_b = biz_people(120, 5)
MESSAGES.append(dict(
    id="sales-020",
    sender=HASEBE,
    to=["%s %s様 <%s>" % (b["company"], b["sei"], b["work_email"]) for b in _b],
    subject="「工場DXはじめの一歩」セミナーご参加の御礼",
    charset="iso-2022-jp",
    body="""ご参加者各位

先日は弊社セミナー「工場DXはじめの一歩」にご参加いただき、誠にありがとうございました。
日の出産業 営業企画課の長谷部でございます。

当日の講演資料は下記URLよりダウンロードいただけます（12月末まで公開）。
　https://www.hinode-sangyo.co.jp/seminar/dx2025/download

また、個別相談会（無料・60分）も承っております。
ご希望の方は本メールへのご返信にてお知らせください。

今後ともどうぞよろしくお願い申し上げます。
""" + SIG_HASEBE,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="thank-you mail to five attendees of five different companies, all addresses visible in To",
))

MESSAGES.append(dict(
    id="sales-021",
    sender=FUJIEDA,
    to=["mizuki.t0412@gmail.com"],
    subject="ご注文の商品を発送いたしました（注文番号：HN-20251107-00318）",
    charset="cp932",
    body="""この度は日の出産業オンラインストアをご利用いただき、誠にありがとうございます。

ご注文の商品を本日発送いたしました。

■ご注文番号：HN-20251107-00318
■商品：加湿空気清浄機 ヒノデピュア HP-700（ホワイト） ×1
　　　　交換用フィルター HPF-70 ×2
■配送業者：青葉運輸
■お問い合わせ伝票番号：4521-8830-1176

配送状況は青葉運輸のWebサイトで伝票番号を入力してご確認いただけます。
https://www.aoba-unyu.co.jp/tracking/

商品到着まで今しばらくお待ちくださいませ。

日の出産業オンラインストア　お客様窓口
TEL 0120-41-7700（平日 9:00〜17:00）
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="shipping notice to one free-mail customer with order and tracking numbers only",
))

MESSAGES.append(dict(
    id="sales-022",
    sender=KURODA,
    to=["さくらホテル 宴会営業部 川端様 <kawabata@sakura-hotel.jp>"],
    subject="客室向け空調リニューアルのご提案資料",
    charset="utf-8",
    body="""さくらホテル株式会社
宴会営業部 川端様

いつもお世話になっております。日の出産業の黒田です。
先週お伺いした際にお話しした客室空調のリニューアルについて、
ご提案資料をお送りいたします。

ご不明点があればお気軽にお問い合わせください。
来週、施設部の皆様へのご説明の場をいただけますと幸いです。
""" + SIG_KURODA,
    attachments=[dict(kind="pptx", name="さくらホテル様_空調リニューアルご提案.pptx", slides=[
        ["さくらホテル様 客室空調リニューアルのご提案", "社外秘", "2025年11月　日の出産業株式会社"],
        ["現状の課題", "築25年・既設機器の老朽化", "夏季ピーク時のクレーム（月平均12件）", "電力費の上昇"],
        ["ご提案内容", "高効率パッケージエアコン HAC-3200 へ更新（全186室）", "客室ごとの遠隔監視",
         "工事は閑散期（1月〜2月）に分割施工"],
        ["概算費用と効果", "概算費用：1億2,400万円（税別）", "電力費削減見込み：年間1,850万円", "投資回収：約6.7年"],
        ["特別条件（貴社限定）", "導入費用の15%値引き", "5年間の保守費用を無償"],
    ])],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="proposal deck (PPTX) stamped 社外秘 on its title slide, sent to a partner",
))

_c = card_number(23)
MESSAGES.append(dict(
    id="sales-023",
    sender=FUJIEDA,
    to=["ペイライン株式会社 加盟店サポート <support@payline.co.jp>"],
    subject="売上処理エラーの再処理依頼（加盟店ID: HS-00417）",
    charset="iso-2022-jp",
    body="""ペイライン株式会社 加盟店サポートご担当者様

いつもお世話になっております。
日の出産業（加盟店ID: HS-00417）の藤枝と申します。

11月5日の電話注文分で、オーソリは取れているものの売上確定がエラーになっている
取引が1件ございます。お客様にお電話で確認し、カード情報は下記のとおりで
間違いないとのことでしたので、再処理をお願いできますでしょうか。

　お客様名：%s 様
　カード番号：%s
　有効期限：08/28
　金額：48,400円（税込）
　受付番号：TEL-251105-027

処理結果をご連絡いただけますと助かります。
よろしくお願いいたします。
""" % ("漆原 光代", " ".join(_c[i:i + 4] for i in range(0, 16, 4))) + SIG_FUJIEDA,
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a customer's full credit card number (with name and expiry) in the body to a payment processor",
))

_p = people(124, 25)
MESSAGES.append(dict(
    id="sales-024",
    sender=NISHIKAWA,
    to=["大阪支店 営業課 <osaka-eigyo@hinode-sangyo.co.jp>"],
    cc=["okubo@hinode-sangyo.co.jp"],
    subject="【大阪】体験会 申込者リスト（最新）",
    charset="iso-2022-jp",
    body="""大阪支店 営業課の皆さん

お疲れさまです。西川です。
12/6 体験会の申込者リスト（最新版）を添付します。
前日に各担当からリマインドのお電話をお願いします。

担当割り振りは右端の列に入れています。
""" + SIG_NISHIKAWA,
    attachments=[dict(kind="csv", name="体験会申込者_1206.csv", encoding="cp932",
                      rows=[["受付No", "氏名", "ふりがな", "電話", "住所", "同伴者数", "担当"]] +
                      [[i + 1, p["name"], p["kana"], p["mobile"], p["addr"], i % 3,
                        ["西川", "岩切", "比嘉", "甲斐"][i % 4]] for i, p in enumerate(_p)])],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="25-person applicant list, but every recipient is internal (hinode-sangyo.co.jp)",
))

MESSAGES.append(dict(
    id="sales-025",
    sender=HORI,
    to=["ミツワ電化センター 店長 小西様 <konishi@mitsuwa-denka.co.jp>"],
    subject="顧客名簿の件",
    charset="cp932",
    body="""小西様

お世話になっております。日の出産業名古屋営業所の堀です。
先日お話しした、御店で弊社製品をご購入いただいたお客様の名簿をお送りします。
点検のご案内ハガキを出される際にご利用ください。

よろしくお願いします。
""" + SIG_HORI,
    attachments=[dict(kind="corrupt", name="顧客名簿_ミツワ様.xlsx")],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="customer list as an XLSX that is corrupt: the attachment cannot be inspected",
))

MESSAGES.append(dict(
    id="sales-026",
    sender=YAMAGUCHI,
    to=["株式会社イワセ建材 総務部 <soumu@iwase-kenzai.co.jp>"],
    subject="弊社営業拠点一覧の送付",
    charset="utf-8",
    body="""株式会社イワセ建材
総務部 ご担当者様

お世話になっております。日の出産業の山口です。
お取引開始にあたりご依頼いただいた、弊社の営業拠点一覧をお送りします。
各拠点の代表番号・所在地・担当エリアを記載しております。

ご不明点がございましたらお気軽にご連絡ください。
""" + SIG_YAMAGUCHI,
    attachments=[dict(kind="xlsx", name="日の出産業_営業拠点一覧.xlsx", sheets={"拠点一覧": [
        ["拠点名", "郵便番号", "所在地", "代表電話", "FAX", "担当エリア"],
        ["本社（東京）", "103-0027", "東京都中央区日本橋2-7-1 日の出ビル", "03-5201-7700", "03-5201-7790", "関東・甲信越"],
        ["札幌営業所", "060-0001", "北海道札幌市中央区北一条西4-2-2", "011-231-5520", "011-231-5529", "北海道"],
        ["仙台営業所", "980-0021", "宮城県仙台市青葉区中央1-6-35", "022-266-3110", "022-266-3119", "東北"],
        ["名古屋営業所", "460-0003", "愛知県名古屋市中区錦2-4-3", "052-229-3350", "052-229-3359", "東海・北陸"],
        ["大阪支店", "530-0011", "大阪府大阪市北区大深町3-1", "06-6372-4410", "06-6372-4419", "近畿"],
        ["広島営業所", "730-0011", "広島県広島市中区基町11-10", "082-511-2040", "082-511-2049", "中国・四国"],
        ["福岡営業所", "812-0011", "福岡県福岡市博多区博多駅前2-1-1", "092-441-7810", "092-441-7819", "九州・沖縄"],
    ]})],
    expect="pass",
    entities=[],
    detectors=[],
    note="XLSX of the company's own branch offices (addresses, switchboards): businesses, not people",
))

MESSAGES.append(dict(
    id="sales-027",
    sender=YAMAGUCHI,
    to=["川崎電機 大西様 <onishi.t@kawasaki-denki.com>"],
    subject="明日の打合せ資料（制御盤リプレース）",
    charset="iso-2022-jp",
    body="""大西様

お世話になっております。日の出産業の山口です。
明日14時からの打合せ資料を添付いたします。
当日は印刷したものもお持ちいたします。

よろしくお願いいたします。
""" + SIG_YAMAGUCHI,
    attachments=[dict(kind="docx", name="打合せ資料_制御盤リプレース.docx",
                      paragraphs=["制御盤リプレース　打合せ資料", "1. 現行盤 I/O 点数：DI 128 / DO 96 / AI 24",
                                  "2. 通信仕様：Modbus/TCP", "3. 工程（案）：2026年2月 詳細設計、4月 製作、6月 据付"])],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="look-alike of partner kawasaki-denki.co.jp with another TLD (kawasaki-denki.com)",
))

_p = people(128, 14)
MESSAGES.append(dict(
    id="sales-028",
    sender=MIURA,
    to=["はやてエクスプレス 法人窓口 <b2b@hayate-express.co.jp>"],
    subject="キャンペーン賞品配送リストの送付",
    charset="utf-8",
    body="""はやてエクスプレス株式会社
法人窓口ご担当者様

お世話になっております。日の出産業 マーケティング部の三浦です。
SNSフォローキャンペーンの賞品配送先リストを添付いたします（14件）。

配送ラベルの作成をお願いできますでしょうか。
出荷は11月20日を予定しております。
""" + SIG_MIURA,
    attachments=[dict(kind="xlsx", name="賞品配送リスト.xlsx", title="SNSキャンペーン 賞品配送",
                      sheets={"配送先": [["当選No", "お名前", "郵便番号", "ご住所", "電話番号", "賞品コード"]] +
                              [["W-%03d" % (i + 1), p["name"], p["zip"], p["addr"], p["mobile"],
                                ["PZ-KTL01", "PZ-GFT05", "PZ-TWL03"][i % 3]] for i, p in enumerate(_p)],
                              "賞品マスタ": [["賞品コード", "賞品名", "サイズ"],
                                         ["PZ-KTL01", "電気ケトル", "60"], ["PZ-GFT05", "ギフトカード", "ネコポス"],
                                         ["PZ-TWL03", "今治タオルセット", "60"]]})],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX of 14 campaign winners with addresses and phones to a shipping company",
))

MESSAGES.append(dict(
    id="sales-029",
    sender=KURODA,
    to=["青葉運輸 配車センター 水野様 <mizuno@aoba-unyu.co.jp>",
        "北国フーズ 物流課 岡部様 <okabe@kitaguni-foods.co.jp>"],
    subject="真空包装機 納品日程の件（北国フーズ様 石狩工場）",
    charset="iso-2022-jp",
    body="""青葉運輸 水野様
北国フーズ 岡部様

お世話になっております。日の出産業の黒田です。
北国フーズ様 石狩工場への真空包装機納品について、日程を下記で確定させてください。

　出荷：11月25日（火）弊社新木場倉庫
　納品：11月27日（木）午前中　北国フーズ様 石狩工場 第2搬入口
　車両：4tユニック車 1台
　注文番号：PO-KF-2511-0093 / 当社受注番号 SO-2025-12207

搬入時のフォークリフト手配は北国フーズ様にてお願いできますでしょうか。
ご確認よろしくお願いいたします。
""" + SIG_KURODA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="delivery coordination with the carrier and the customer: two external organisations, allowed",
))

MESSAGES.append(dict(
    id="sales-030",
    sender=HASEBE,
    to=["川崎電機 大西様 <onishi.t@kawasaki-denki.co.jp>",
        "ツバサシステム 福永様 <fukunaga@tsubasa-system.jp>",
        "青葉運輸 水野様 <mizuno@aoba-unyu.co.jp>"],
    subject="キックオフミーティングのご案内（スマート倉庫実証）",
    charset="cp932",
    body="""各位

お世話になっております。日の出産業の長谷部です。
スマート倉庫実証プロジェクトのキックオフを下記のとおり開催いたします。

日時：11月21日（金）13:30〜15:00
場所：日の出産業 本社 8階 大会議室（Teams併用）
議題：
　・プロジェクト体制と役割分担
　・全体スケジュール
　・各社の作業範囲

ご出席者のお名前を11月18日までにご返信ください。
""" + SIG_HASEBE,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations in To can see each other: should have used Bcc or separate mails",
))

# ==========================================================================
# sales-031 … sales-045
# ==========================================================================
_b = biz_people(131, 11)
MESSAGES.append(dict(
    id="sales-031",
    sender=HASEBE,
    to=["ツバサシステム 杉浦様 <sugiura@tsubasa-system.jp>"],
    subject="RE: 【共催セミナー】最終申込者一覧",
    charset="utf-8",
    body="""杉浦様

最終リストの共有ありがとうございます。長谷部です。
当日の受付はこちらのリストで対応いたします。
名札は弊社で用意いたしますので、御社でのご準備は不要です。

当日はよろしくお願いいたします。

長谷部

-----Original Message-----
From: 杉浦 直人 <sugiura@tsubasa-system.jp>
Sent: Monday, November 17, 2025 6:42 PM
To: 長谷部 誠 <hasebe-m@hinode-sangyo.co.jp>
Subject: 【共催セミナー】最終申込者一覧

日の出産業 長谷部様

お世話になっております。ツバサシステムの杉浦です。
申込締切を過ぎましたので、最終の申込者一覧をお送りします。

""" + "\n".join("%2d. %s / %s %s / %s / %s" % (i + 1, b["name"], b["company"], b["dept"], b["work_email"], b["direct"])
                for i, b in enumerate(_b)) + """

以上11名です。よろしくお願いいたします。
杉浦
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply whose only list (11 registrants) is under -----Original Message-----, sent by the recipient",
))

_p = people(132, 6, born=(1938, 1965))
MESSAGES.append(dict(
    id="sales-032",
    sender=OKUBO,
    to=["さくらホテル 宴会営業部 川端様 <kawabata@sakura-hotel.jp>"],
    subject="特別ご招待のお客様について（12/12 感謝の夕べ）",
    charset="iso-2022-jp",
    body="""川端様

いつもお世話になっております。日の出産業の大久保です。
12月12日「感謝の夕べ」でお誕生日のお祝いをご用意いただく件、
対象のお客様は以下の6名様です。
当日ご連絡が必要な場合は携帯にお願いいたします。

""" + "\n".join("・%s様（%s生）　携帯 %s" % (p["name"], wareki(p["dob"], "kanji"), p["mobile"]) for p in _p) + """

ケーキのプレートには「Happy Birthday ○○様」とお名前を入れてください。
ご面倒をおかけしますが、どうぞよろしくお願いいたします。
""" + SIG_OKUBO,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six VIP customers with 和暦 birth dates and mobiles as bullets to the hotel",
))

MESSAGES.append(dict(
    id="sales-033",
    sender=NISHIKAWA,
    to=["さくらホテル 大阪 宿泊予約課 <osaka-yoyaku@sakura-hotel.jp>"],
    subject="ご来場者の配慮事項について（12/6 体験会）",
    charset="utf-8",
    body="""さくらホテル大阪
宿泊予約課 ご担当者様

お世話になっております。日の出産業 大阪支店の西川です。
12月6日の体験会にご参加のお客様について、事前にお伝えしたいことがございます。

ご参加予定の百目鬼 芳江様（携帯 080-6621-3047）は、脳性麻痺による身体障害（1級）があり、
車いすでご来場されます。介助の方が1名同行されます。
会場までの段差のない動線と、多目的トイレに近いお席のご用意をお願いできますでしょうか。
また、ご宿泊のお部屋もバリアフリールームを希望されています。

ご対応可否をご返信いただけますと幸いです。
""" + SIG_NISHIKAWA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named customer's disability (要配慮個人情報) in prose to the hotel",
))

_p = people(134, 3)
MESSAGES.append(dict(
    id="sales-034",
    sender=YAMAGUCHI,
    to=["さくらホテル フロント 宮崎様 <front@sakura-hotel.jp>"],
    subject="ご招待客3名様の宿泊手配",
    charset="cp932",
    body="""さくらホテル フロント 宮崎様

いつもお世話になっております。日の出産業の山口です。
来週の新製品発表会にお招きしているお客様3名の宿泊をお願いいたします。

　11/20（木）チェックイン、11/21（金）チェックアウト　シングル禁煙　3室
""" + "\n".join("　%s 様　携帯 %s" % (p["name"], zen(p["mobile"])) for p in _p) + """

ご請求は弊社宛て（いつもの法人契約 No.SK-4471）でお願いします。
到着が遅くなる場合はお客様から直接ご連絡が入るかと存じます。
""" + SIG_YAMAGUCHI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three guests' names and mobiles to the hotel: fewer than five people, may be warned",
))

MESSAGES.append(dict(
    id="sales-035",
    sender=KURODA,
    to=["浅見様 <asami@kawasaki-denki.jp>"],
    subject="注文書受領のご連絡（PO-KD-2511-0217）",
    charset="iso-2022-jp",
    body="""川崎電機株式会社 資材課
浅見様

お世話になっております。日の出産業の黒田です。
本日、注文書（PO-KD-2511-0217）を確かに受領いたしました。
納期は12月10日（水）を予定しております。

注文請書は本日中に郵送いたします。
引き続きよろしくお願いいたします。
""" + SIG_KURODA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="look-alike of partner kawasaki-denki.co.jp with the co. dropped (kawasaki-denki.jp)",
))

MESSAGES.append(dict(
    id="sales-036",
    sender=HORI,
    to=["スズカデンキ 仕入担当 中西様 <nakanishi@suzuka-denki.jp>"],
    subject="2026年度 卸価格表の送付",
    charset="utf-8",
    body="""スズカデンキ株式会社
仕入ご担当 中西様

お世話になっております。日の出産業名古屋営業所の堀です。
2026年度（4月出荷分から）の卸価格表をお送りいたします。
空調・季節家電・業務用の3シートに分けております。

主な改定点：
・HP-700 シリーズは据え置き
・業務用真空包装機は原材料高騰により平均3.5%の改定
・フィルター類は一部値下げ

ご確認のほどよろしくお願いいたします。
""" + SIG_HORI,
    attachments=[dict(kind="xlsx", name="2026卸価格表_スズカデンキ様.xlsx", sheets={
        "空調": [["品番", "品名", "希望小売価格", "卸価格", "掛率"],
                 ["HAC-2200", "ルームエアコン 6畳", 89800, 58370, "65%"],
                 ["HAC-2800", "ルームエアコン 10畳", 128000, 83200, "65%"],
                 ["HAC-3200", "ルームエアコン 14畳", 168000, 109200, "65%"]],
        "季節家電": [["品番", "品名", "希望小売価格", "卸価格", "掛率"],
                     ["HP-700", "加湿空気清浄機", 54800, 36990, "67.5%"],
                     ["HPF-70", "交換用フィルター", 4400, 2860, "65%"],
                     ["HF-30D", "DCリビング扇風機", 19800, 12870, "65%"]],
        "業務用": [["品番", "品名", "標準価格", "卸価格", "備考"],
                   ["VP-450N", "業務用真空包装機 450mm", 1280000, 896000, "改定"],
                   ["VP-600W", "業務用真空包装機 600mmツイン", 1980000, 1386000, "改定"]],
    })],
    expect="pass",
    entities=[],
    detectors=[],
    note="wholesale price list XLSX with product codes to a dealer: ordinary business mail",
))

_p = people(137, 7)
MESSAGES.append(dict(
    id="sales-037",
    sender=OKUBO,
    to=["錦印刷 宮坂様 <miyasaka@nishiki-insatsu.co.jp>"],
    subject="年賀状 宛名追加分（役員個人宛）",
    charset="cp932",
    body="""宮坂様

お世話になっております。大久保です。
年賀状の宛名について、役員が個人的にお付き合いのある方の分を追加でお願いします。
一覧にするほどの件数ではないので、本文に記載します。

""" + "\n\n".join("【%d】\n氏名：%s 様\n〒%s\n%s%s%s%s\n%s" % (
        i + 1, p["name"], p["zip"], p["pref"], p["city"], p["town"], zen(p["banchi"]), p["bldg"])
        for i, p in enumerate(_p)) + """

以上7件です。差出人は「日の出産業株式会社 代表取締役 朝倉 宏」でお願いします。
""" + SIG_OKUBO,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="seven private addresses as one-record-per-block text to the printer",
))

MESSAGES.append(dict(
    id="sales-038",
    sender=KURODA,
    to=["北国フーズ 調達部 村瀬様 <murase@kitaguni-foods.co.jp>"],
    subject="Re: 原価構成資料のご依頼について",
    charset="iso-2022-jp",
    body="""村瀬様

お世話になっております。日の出産業の黒田です。
原価構成の資料をご依頼いただいた件、社内で確認いたしました。

申し訳ございませんが、製品別の原価内訳は弊社の社内規程上「社外秘」の扱いとなっており、
社外へのご提供はいたしかねます。
代わりに、値上げ要因（樹脂材料・物流費・為替）ごとの影響度を
概算でまとめた説明資料であればお出しできますので、来週お持ちいたします。

何卒ご理解のほどよろしくお願いいたします。

> 黒田様
> 値上げの根拠として、原価構成がわかる資料をいただけませんでしょうか。
> 北国フーズ 村瀬
""" + SIG_KURODA,
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions that cost data is 社外秘 and cannot be shared: a mere mention, not a marking",
))

_p = people(139, 12)
_cities = {"北海道": "Sapporo", "宮城県": "Sendai", "埼玉県": "Saitama", "千葉県": "Chiba", "東京都": "Tokyo",
           "神奈川県": "Yokohama", "静岡県": "Shizuoka", "愛知県": "Nagoya", "大阪府": "Osaka", "兵庫県": "Kobe",
           "岡山県": "Okayama", "広島県": "Hiroshima", "福岡県": "Fukuoka", "鹿児島県": "Kagoshima",
           "新潟県": "Niigata", "群馬県": "Takasaki", "茨城県": "Mito", "沖縄県": "Naha", "石川県": "Kanazawa",
           "栃木県": "Utsunomiya"}
MESSAGES.append(dict(
    id="sales-039",
    sender=MORISAKI,
    to=["Grace Lim <grace.lim@lionbay-trading.com.sg>"],
    subject="Warranty registrations - HP-700 units shipped to Singapore",
    charset="utf-8",
    body="""Hi Grace,

As discussed on our call, attached are the warranty registrations we received in Japan
for HP-700 units that the owners have since taken to Singapore (mostly relocations).
Please load them into your service system so your technicians can honour the warranty.

Let me know if any serial numbers do not match your records.

Cheers,
Kenji
""" + SIG_MORISAKI,
    attachments=[dict(kind="csv", name="warranty_registrations_SG.csv", encoding="utf-8",
                      rows=[["Serial", "Owner", "Email", "Mobile", "Purchase date", "Registered city (JP)"]] +
                      [["HP7-%07d" % (2407731 + i * 53), p["romaji"], p["email"], "+81-" + p["mobile"][1:],
                        "2024-%02d-%02d" % (1 + i % 12, 5 + i), _cities.get(p["pref"], "Tokyo")]
                       for i, p in enumerate(_p)])],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of 12 owners (romaji names, e-mails, mobiles) to an overseas distributor",
))

MESSAGES.append(dict(
    id="sales-040",
    sender=MIURA,
    to=["アドプラネット 営業局 松浦様 <matsuura@adplanet.co.jp>"],
    subject="来期プロモーション戦略（叩き台）",
    charset="iso-2022-jp",
    body="""アドプラネット株式会社
営業局 松浦様

お世話になっております。日の出産業の三浦です。
来期のプロモーション戦略の叩き台をお送りします。
来週の定例で、この内容をベースにメディアプランのご提案をいただけますと幸いです。

よろしくお願いいたします。
""" + SIG_MIURA,
    attachments=[dict(kind="docx", name="FY2026_プロモーション戦略_叩き台.docx", page_header="取扱注意",
                      paragraphs=["FY2026 プロモーション戦略（叩き台）", "1. 重点商品：HP-700 後継機（2026年9月発売予定）",
                                  "2. 年間予算：2億4,000万円（前年比 118%）",
                                  "3. 方針：TVCMを縮小し、SNS・動画広告へ 40% を再配分",
                                  "4. 競合対策：A社新製品の発売（2026年春）に先行して値引き施策"],
                      tables=[[["四半期", "施策", "予算（百万円）"], ["Q1", "新生活キャンペーン", "48"],
                               ["Q2", "夏の省エネ訴求", "52"], ["Q3", "新製品ローンチ", "96"], ["Q4", "年末商戦", "44"]]])],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX marked 取扱注意 only in its page header, sent to an ad agency",
))

_p = people(141, 15)
MESSAGES.append(dict(
    id="sales-041",
    sender=NISHIKAWA,
    to=["大阪支店 営業課 <osaka-eigyo@hinode-sangyo.co.jp>"],
    bcc=[p["email"] for p in _p],
    subject="【日の出産業】年末年始の営業日のお知らせ",
    charset="utf-8",
    body="""お客様各位

平素より日の出産業製品をご愛顧いただき、誠にありがとうございます。
年末年始の営業日についてご案内いたします。

　休業期間：2025年12月27日（土）〜2026年1月4日（日）
　修理受付：休業期間中もWebフォームにて受け付けております
　　https://www.hinode-sangyo.co.jp/support/repair

休業期間中にいただいたお問い合わせは、1月5日（月）以降、順次ご回答いたします。
ご不便をおかけしますが、何卒ご了承くださいますようお願い申し上げます。

日の出産業株式会社 大阪支店
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="announcement to 15 private customers correctly placed in Bcc (To is internal)",
))

MESSAGES.append(dict(
    id="sales-042",
    sender=KURODA,
    to=["北国フーズ 調達部 村瀬様 <murase@kitaguni-fodos.co.jp>"],
    subject="納品日程のご確認",
    charset="cp932",
    body="""北国フーズ株式会社
調達部 村瀬様

お世話になっております。日の出産業の黒田です。
石狩工場への納品は11月27日（木）午前で手配が完了いたしました。
当日は弊社技術員2名が立ち会い、据付・試運転まで実施いたします。

受注番号：SO-2025-12207
""" + SIG_KURODA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="look-alike of partner kitaguni-foods.co.jp with two letters swapped (kitaguni-fodos.co.jp)",
))

MESSAGES.append(dict(
    id="sales-043",
    sender=YAMAGUCHI,
    to=["ツバサシステム 福永様 <fukunaga@tsubasa-system.jp>"],
    subject="常磐メディカル様 ご担当者のご紹介",
    charset="iso-2022-jp",
    body="""福永様

お世話になっております。日の出産業の山口です。
先日お話しした、生産管理システムの更新をご検討中の常磐メディカル様について、
先方のご了承をいただきましたのでご担当者をご紹介いたします。

　常磐メディカル株式会社 設備管理課 課長
　鬼頭 正和 様
　TEL 029-305-6621（直通） / 携帯 090-4418-2273
　Mail kito.m@joban-medical.co.jp

来週中に福永様から直接ご連絡いただけますでしょうか。
その際は私もCCに入れていただけますと助かります。
""" + SIG_YAMAGUCHI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="introduces one customer contact (business card details of one person) to a partner",
))

_p = people(144, 6)
_fwd = dict(
    sender="カメダ電器 岡崎店 杉本 <sugimoto@kameda-denki.co.jp>",
    to=["堀 拓海 <hori.t@hinode-sangyo.co.jp>"],
    subject="HP-700 お問い合わせのお客様",
    charset="iso-2022-jp",
    body="""日の出産業 堀様

いつもお世話になっております。カメダ電器岡崎店の杉本です。
店頭でHP-700についてメーカーから説明を聞きたいというお客様が6名いらっしゃいました。
ご連絡先をお伝えしますので、フォローをお願いできますでしょうか。

""" + "\n".join("%s様　%s　%s" % (p["name"], p["mobile"], p["email"]) for p in _p) + """

よろしくお願いします。
カメダ電器 岡崎店 杉本
""")
MESSAGES.append(dict(
    id="sales-044",
    sender=HORI,
    to=["ツバサシステム CRM導入チーム <crm-support@tsubasa-system.jp>"],
    subject="FW: HP-700 お問い合わせのお客様",
    charset="utf-8",
    body="""ツバサシステム CRM導入チーム ご担当者様

お世話になっております。日の出産業名古屋営業所の堀です。
販売店から届いた見込み客の情報を転送します。
CRMの見込み客データとして登録をお願いいたします。

堀
""" + SIG_HORI,
    attachments=[dict(kind="eml", name="HP-700 お問い合わせのお客様.eml", message=_fwd)],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forwards (as an attached .eml) a dealer's mail listing six prospects' mobiles and e-mails to another company",
))

MESSAGES.append(dict(
    id="sales-045",
    sender=FUJIEDA,
    to=["株式会社若葉フードサービス 店舗運営部 <tenpo@wakaba-fs.co.jp>"],
    subject="各店舗への出荷状況のご連絡",
    charset="cp932",
    body="""株式会社若葉フードサービス
店舗運営部 ご担当者様

いつもお世話になっております。日の出産業 営業管理課の藤枝です。
ご注文いただいた業務用真空包装機 VP-450N の各店舗への出荷状況をお知らせします。
（ご注文番号：WF-PO-25-1187）

店舗名　　　　　　　　　出荷日　　配送会社　　伝票番号
-------------------------------------------------------------
若葉亭 渋谷店　　　　　　11/10　　青葉運輸　　4521-8830-2011
若葉亭 新宿西口店　　　　11/10　　青葉運輸　　4521-8830-2012
若葉亭 池袋東口店　　　　11/10　　青葉運輸　　4521-8830-2013
若葉亭 上野店　　　　　　11/11　　青葉運輸　　4521-8830-2014
若葉亭 品川港南店　　　　11/11　　青葉運輸　　4521-8830-2015
わかば食堂 川崎店　　　　11/11　　青葉運輸　　4521-8830-2016
わかば食堂 横浜西口店　　11/12　　はやて　　　7730-1182-5540
わかば食堂 大宮店　　　　11/12　　はやて　　　7730-1182-5541
わかば食堂 船橋店　　　　11/12　　はやて　　　7730-1182-5542
若葉亭 立川店　　　　　　11/13　　青葉運輸　　4521-8830-2017
若葉亭 町田店　　　　　　11/13　　青葉運輸　　4521-8830-2018
若葉亭 柏店　　　　　　　11/13　　はやて　　　7730-1182-5543

各店舗には到着前日に配送会社から連絡が入ります。
""" + SIG_FUJIEDA,
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers for 12 restaurant branches (business destinations) and an order number",
))

# ==========================================================================
# sales-046 … sales-060
# ==========================================================================
MESSAGES.append(dict(
    id="sales-046",
    sender=KURODA,
    to=["三河電装 購買部 神谷様 <kamiya@mikawa-denso.co.jp>"],
    subject="御見積書送付の件（パスワード付PDF）",
    charset="iso-2022-jp",
    body="""三河電装株式会社
購買部 神谷様

いつもお世話になっております。日の出産業の黒田です。
ご依頼いただきました組立ライン向け空調設備の御見積書をお送りいたします。
弊社規定により、PDFにはパスワードを設定しております。
パスワードは別メールにてお知らせいたします。

ご査収のほど、よろしくお願い申し上げます。
""" + SIG_KURODA,
    attachments=[dict(kind="pdf", name="御見積書_HQ-2025-11-0511.pdf", password="mk0511",
                      lines=["御見積書", "三河電装株式会社 御中", "見積番号 HQ-2025-11-0511"],
                      table=[["品番", "品名", "数量", "金額"], ["HAC-PK80", "パッケージエアコン 8馬力", "6", "7,920,000"]])],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="quote as a password-protected PDF: the attachment cannot be inspected",
))

MESSAGES.append(dict(
    id="sales-047",
    sender=HORI,
    to=["でんきのマルハチ 栄本店 服部様 <hattori@maruhachi-denki.co.jp>"],
    subject="修理品お届けの件（蛭田様）",
    charset="utf-8",
    body="""でんきのマルハチ 栄本店
服部様

お世話になっております。日の出産業名古屋営業所の堀です。
お預かりしていた蛭田 和夫様（名古屋市中区、TEL 052-263-4718）の空気清浄機の修理が完了しました。

ご本人様から、先月脳梗塞で倒れられて現在も左半身に麻痺が残っており、
店頭まで取りに伺うのが難しいとのお電話をいただいております。
お手数ですが、御店からご自宅への配達をお願いできませんでしょうか。
ご家族の方が平日の午後であればご在宅とのことです。

修理伝票番号：RP-N-251104-033
""" + SIG_HORI,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer's recent stroke and paralysis (medical history) in prose to a dealer",
))

MESSAGES.append(dict(
    id="sales-048",
    sender=MORISAKI,
    to=["Markus Brandt <m.brandt@nordkuehl-gmbh.de>"],
    subject="Re: Mutual NDA before sharing the VP-600W drawings",
    charset="utf-8",
    body="""Dear Markus,

Thank you for your quick reply. We agree that a mutual non-disclosure agreement should be
in place before we share the VP-600W chamber drawings and your sealing specifications.

A few points from our side on your draft:

1. Term: we propose three (3) years, with confidentiality obligations surviving for
   two (2) years after termination.
2. Governing law: we would prefer Japanese law with the Tokyo District Court, but could
   accept arbitration under the ICC Rules in Singapore as a neutral compromise.
3. Residuals clause: we ask to delete Section 7 (residual knowledge), as our legal counsel
   considers it too broad.

If these are acceptable, our counsel at Shirakawa Law Office will send a clean version
for signature next week.

Best regards,
Kenji Morisaki

> Dear Kenji,
> please find attached our standard mutual NDA. Happy to discuss any changes.
> Markus
""" + SIG_MORISAKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="English discussion of NDA terms with an overseas partner: mail about an NDA, no marking",
))

_p = people(149, 7)
MESSAGES.append(dict(
    id="sales-049",
    sender=MIURA,
    to=["リサーチワン 調査設計部 中条様 <nakajo@research-one.co.jp>"],
    subject="ユーザーインタビュー対象者のご連絡",
    charset="cp932",
    body="""リサーチワン株式会社
調査設計部 中条様

お世話になっております。日の出産業 マーケティング部の三浦です。
HP-700 ユーザーインタビューの対象者が確定しましたので、一覧をWordでお送りします。
日程調整のご連絡は御社から直接お願いいたします。
（ご本人には、調査会社から連絡が入る旨お伝え済みです）

謝礼（QUOカード5,000円分）の発送も併せてお願いいたします。
""" + SIG_MIURA,
    attachments=[dict(kind="docx", name="インタビュー対象者一覧.docx",
                      paragraphs=["HP-700 ユーザーインタビュー 対象者一覧", "実施期間：2025年12月1日〜12日（オンライン60分）"],
                      tables=[[["No", "氏名", "年代", "電話番号", "メールアドレス", "購入店舗"]] +
                              [[str(i + 1), p["name"], "%d代" % ((2025 - p["dob"].year) // 10 * 10), p["mobile"],
                                p["email"], ["でんきのマルハチ", "オンラインストア", "カメダ電器"][i % 3]]
                               for i, p in enumerate(_p)]])],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of seven interviewees with phones and e-mails to a research firm",
))

MESSAGES.append(dict(
    id="sales-050",
    sender=NISHIKAWA,
    to=["ri.nakagawa1987@gmail.com"],
    subject="Re: HP-700の実機を見られるお店について",
    charset="utf-8",
    html="""<html><body>
<p>中川様</p>
<p>お問い合わせいただきありがとうございます。日の出産業 大阪支店の西川でございます。</p>
<p>吹田市周辺で HP-700 の展示機をご覧いただける販売店は以下のとおりです。</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>店舗名</th><th>住所</th><th>電話番号</th><th>営業時間</th></tr>
<tr><td>でんきのマルハチ 江坂店</td><td>大阪府吹田市豊津町9-40</td><td>06-6385-2210</td><td>10:00-20:00</td></tr>
<tr><td>ホームセンターいぶき 千里店</td><td>大阪府吹田市津雲台1-1-30</td><td>06-6872-4410</td><td>9:30-21:00</td></tr>
<tr><td>カメダ電器 茨木店</td><td>大阪府茨木市永代町4-12</td><td>072-627-3318</td><td>10:00-19:30</td></tr>
<tr><td>ライフでんき 新大阪店</td><td>大阪府大阪市淀川区西中島5-6-9</td><td>06-6304-7762</td><td>10:00-20:00</td></tr>
</table>
<p>展示状況は日によって変わることがございますので、お出かけ前に店舗へご確認ください。</p>
<p>日の出産業株式会社 大阪支店 営業課<br>西川 真由美<br>TEL 06-6372-4410</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="HTML table of four shops (businesses) sent to one free-mail customer who asked",
))

MESSAGES.append(dict(
    id="sales-051",
    sender=ONODERA,
    to=["錦印刷 制作部 宮坂様 <miyasaka@nishiki-insatu.co.jp>"],
    subject="冬のDM デザイン校正（第2稿）",
    charset="iso-2022-jp",
    body="""宮坂様

お世話になっております。日の出産業の小野寺です。
冬のDMデザイン第2稿について、修正点をお送りします。

・表面：キャッチコピー「冬の乾燥に、ヒノデピュア。」の文字をもう一回り大きく
・中面：価格表記を税込表示に統一（54,800円（税込））
・裏面：QRコードの遷移先を https://www.hinode-sangyo.co.jp/hp700/ に変更

第3稿は11月14日（金）までにいただけますと助かります。
""" + SIG_ONODERA,
    attachments=[dict(kind="png", name="校正指示_表面.png")],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="look-alike of partner nishiki-insatsu.co.jp with one letter dropped (nishiki-insatu.co.jp)",
))

_b = biz_people(152, 10)
MESSAGES.append(dict(
    id="sales-052",
    sender=HASEBE,
    to=["ウェブクラフト 制作チーム <team@webcraft-studio.jp>"],
    subject="セミナー参加者向けマイページ作成用データ",
    charset="utf-8",
    body="""ウェブクラフト 制作チーム 御中

お世話になっております。日の出産業の長谷部です。
セミナー参加者向けマイページのアカウント発行用データをお送りします。
フォームの確認画面をそのまま保存したHTMLになります。

アカウント発行後、ログインURLのご案内は弊社から送りますので、
発行完了のご連絡だけお願いいたします。
""" + SIG_HASEBE,
    attachments=[dict(kind="html", name="applicants_export.html", html="""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>申込データ エクスポート</title></head>
<body><h2>申込データ（確定分）</h2>
<table border="1">
<thead><tr><th>受付番号</th><th>会社名</th><th>ご担当者</th><th>メール</th><th>電話</th><th>ご住所（資料送付先）</th></tr></thead>
<tbody>
""" + "\n".join("<tr><td>SM-%04d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>〒%s %s</td></tr>"
                % (812 + i, b["company"], b["name"], b["work_email"], b["mobile"], b["zip"], b["addr"])
                for i, b in enumerate(_b)) + """
</tbody></table></body></html>""")],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="HTML file attachment: table of ten applicants with e-mails, mobiles and addresses to a web agency",
))

MESSAGES.append(dict(
    id="sales-053",
    sender=FUJIEDA,
    to=["株式会社カネヨシ 経理部 <keiri@kaneyoshi.co.jp>"],
    subject="ご注文内容の確認（注文番号 KY-251112-04）",
    charset="iso-2022-jp",
    body="""株式会社カネヨシ
経理部 ご担当者様

いつもお世話になっております。日の出産業 営業管理課の藤枝でございます。
下記ご注文につきまして、ご請求先の確認をさせていただきたくご連絡いたしました。

　ご注文番号：KY-251112-04
　当社受注番号：SO-2025-12388
　品番：HPF-70（交換用フィルター）×48、HPF-70S（脱臭フィルター）×24
　納品先：株式会社カネヨシ 福岡物流センター

ご請求書は従来どおり本社経理部宛てでよろしいでしょうか。
お手数ですがご返信をお願いいたします。
""" + SIG_FUJIEDA + "\n" + DISCLAIMER_JA,
    expect="pass",
    entities=[],
    detectors=[],
    note="order confirmation with order numbers and product codes plus the standard Japanese disclaimer",
))

MESSAGES.append(dict(
    id="sales-054",
    sender=KURODA,
    to=["みどりリース 審査部 <shinsa@midori-lease.co.jp>"],
    subject="リース審査のお願い（個人事業主様）",
    charset="iso-2022-jp",
    body="""みどりリース株式会社
審査部 ご担当者様

いつもお世話になっております。日の出産業の黒田です。
業務用真空包装機 VP-450N のリース契約について、審査をお願いいたします。
お申込者は個人事業主の方ですので、ご本人確認書類の情報を記載いたします。

　お申込者：%s（%s）
　生年月日：%s
　ご住所：〒%s %s
　屋号：%s
　本人確認書類：運転免許証　番号 %s（有効期限 2028年5月2日）

リース期間は60か月、物件価格は1,280,000円（税別）です。
ご審査のほど、よろしくお願いいたします。
""" % ("宍戸 勝利", "シシド カツトシ", "昭和51年9月14日", "950-0087", "新潟県新潟市中央区東大通2-4-11",
        "手打ちそば しし堂", "4508 1937 2264") + SIG_KURODA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="one applicant's driver's licence number with birth date and address to a leasing company",
))

MESSAGES.append(dict(
    id="sales-055",
    sender=OKUBO,
    to=["営業本部 部長会 <eigyo-bucho@mail.hinode-sangyo.co.jp>"],
    cc=["keiei-kikaku@hinode-sangyo.co.jp"],
    subject="【社外秘】FY2026 営業方針（案）",
    charset="utf-8",
    body="""部長各位

お疲れさまです。大久保です。
FY2026 営業方針（案）を共有します。
12/3 の部長会で議論しますので、事前にお目通しください。

社外への持ち出し・転送はご遠慮ください。
""" + SIG_OKUBO,
    attachments=[dict(kind="pptx", name="FY2026営業方針_案.pptx", page_footer="社外秘", slides=[
        ["FY2026 営業方針（案）", "営業推進部"],
        ["基本方針", "業務用機器の売上比率を 35% → 45% へ", "主要代理店の選別と集約"],
        ["重点顧客", "北国フーズ：年間1,500台コミットを目指す", "さくらホテル：客室空調の全館更新"],
        ["組織", "第二営業部を業務用機器専任に改組", "海外営業課に2名増員"],
    ])],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 plan sent only to internal addresses (a subdomain of hinode-sangyo.co.jp counts as internal)",
))

MESSAGES.append(dict(
    id="sales-056",
    sender=HORI,
    to=["ライフでんき浜松 仕入部 加茂様 <kamo@life-denki.co.jp>"],
    subject="特別条件の価格表について",
    charset="cp932",
    body="""ライフでんき浜松
仕入部 加茂様

いつもお世話になっております。日の出産業 名古屋営業所の堀です。
先日の商談でお約束した、御社向けの特別条件価格表をお送りします。
年末商戦期間（11/20〜12/31）の出荷分に適用いたします。

よろしくお願いいたします。
""" + SIG_HORI,
    attachments=[dict(kind="xlsx", name="特別価格表_ライフでんき様.xlsx", page_header="部外秘",
                      sheets={"特別価格": [["年末商戦 特別価格表（ライフでんき浜松様）"],
                                       ["品番", "品名", "通常卸価格", "特別価格", "適用上限数"],
                                       ["HP-700", "加湿空気清浄機", 36990, 33290, 120],
                                       ["HP-700B", "加湿空気清浄機 ブラック", 36990, 33290, 60],
                                       ["HF-30D", "DCリビング扇風機", 12870, 10900, 40],
                                       ["HPF-70", "交換用フィルター", 2860, 2600, 300]]})],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="XLSX price table with 部外秘 only in its print header, sent to a dealer",
))

MESSAGES.append(dict(
    id="sales-057",
    sender=YAMAGUCHI,
    to=["東海林 雅美 様 <masami.shoji@yahoo.co.jp>", "東海林 康弘 様 <y-shoji1962@icloud.com>"],
    subject="ご自宅の空調更新 お見積りのご送付",
    charset="utf-8",
    body="""東海林様

先日はご自宅にお伺いさせていただき、ありがとうございました。
日の出産業の山口でございます。
ご夫婦おふたりにお送りしてほしいとのことでしたので、お二方宛てにお送りしております。

リビングと寝室2部屋のエアコン更新のお見積りを添付いたします。
工事は1日で完了する見込みです。

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_YAMAGUCHI,
    attachments=[dict(kind="pdf", name="お見積書_東海林様邸.pdf",
                      lines=["お見積書", "東海林様", "見積番号 HQ-2025-11-0530"],
                      table=[["品番", "品名", "数量", "金額"],
                             ["HAC-2800", "ルームエアコン 10畳", "1", "128,000"],
                             ["HAC-2200", "ルームエアコン 6畳", "2", "179,600"],
                             ["INST-STD", "標準取付工事", "3", "66,000"]])],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="a married couple on two free-mail addresses at their request: two private parties, not three",
))

_p = people(158, 9)
MESSAGES.append(dict(
    id="sales-058",
    sender=NISHIKAWA,
    to=["さくらホテル大阪 宴会担当 北条様 <hojo@sakura-hotel.jp>"],
    subject="RE: 体験会 お食事の人数確定について",
    charset="iso-2022-jp",
    body="""北条様

ご連絡ありがとうございます。西川です。
人数は9名様で確定とさせてください。
お弁当は前回と同じ「松花堂弁当（2,800円）」でお願いいたします。

西川

差出人: 北条 琴音 <hojo@sakura-hotel.jp>
送信日時: 2025年11月18日 17:05
宛先: 西川 真由美 <nishikawa.m@hinode-sangyo.co.jp>
件名: 体験会 お食事の人数確定について

日の出産業 西川様

お世話になっております。さくらホテル大阪の北条です。
お食事付きのプランでお申込みいただいている方を、当ホテルの予約システムから
抽出いたしました。こちらの9名様で確定でよろしいでしょうか。

""" + "\n".join("　%s 様　%s　%s" % (p["name"], p["kana"], p["mobile"]) for p in _p) + """

アレルギー等のご要望がある場合は、11/28までにお知らせください。
さくらホテル大阪 宴会担当 北条
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply to the hotel: the nine-person list is only in the quoted mail (差出人/送信日時) the hotel sent",
))

_p = people(159, 16)
MESSAGES.append(dict(
    id="sales-059",
    sender=ONODERA,
    to=["錦印刷 データ入稿窓口 <nyuko@nishiki-insatsu.co.jp>"],
    subject="会員証 再発行分データ",
    charset="utf-8",
    body="""錦印刷 データ入稿ご担当者様

お世話になっております。日の出産業の小野寺です。
会員証の再発行分（16名）のデータをZIPにまとめてお送りします。
中身はCSV（宛名用）とテキスト（印字仕様）です。

発送は12月第1週でお願いします。
""" + SIG_ONODERA,
    attachments=[dict(kind="zip", name="会員証再発行_202511.zip", files=[
        dict(kind="csv", name="reissue_list.csv", encoding="utf-8",
             rows=[["member_no", "name", "kana", "zip", "address", "birth"]] +
             [["HM%07d" % (1100031 + i * 17), p["name"], p["kana"], p["zip"], p["addr"], p["dob"].isoformat()]
              for i, p in enumerate(_p)]),
        dict(kind="txt", name="印字仕様.txt", encoding="utf-8",
             text="会員証 印字仕様\n表面：会員番号・氏名（漢字）\n裏面：有効期限 2027/03/31\nカード色：ゴールド\n"),
    ])],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="plain ZIP holding a CSV of 16 members with addresses and birth dates, sent to the printer",
))

MESSAGES.append(dict(
    id="sales-060",
    sender=KURODA,
    to=["みどり建設 工務部 片桐様 <katagiri@midori-kensetsu.co.jp>"],
    subject="新社屋 空調設備のお見積り依頼について",
    charset="cp932",
    body="""みどり建設株式会社
工務部 片桐様

はじめてご連絡いたします。日の出産業 第二営業部の黒田と申します。
北国フーズ様よりご紹介いただき、新社屋の空調設備について
お見積りのご依頼をいただけると伺いました。

図面をお送りいただけましたら、1週間ほどでお見積りをお出しいたします。
一度ご挨拶に伺えればと存じますが、ご都合はいかがでしょうか。
""" + SIG_KURODA,
    expect="pass",
    entities=[],
    detectors=[],
    note="first mail to an unrelated construction company (midori-kensetsu.co.jp); not a look-alike of midori-ginko.co.jp",
))

# ==========================================================================
# sales-061 … sales-075
# ==========================================================================
_p = people(161, 8, born=(1930, 1950))
MESSAGES.append(dict(
    id="sales-061",
    sender=MIURA,
    to=["東都メール発送センター 業務課 森田様 <morita@toto-hassou.co.jp>"],
    subject="敬老の日ギフト 対象者リスト（追加）",
    charset="iso-2022-jp",
    body="""東都メール発送センター
業務課 森田様

お世話になっております。日の出産業の三浦です。
敬老の日ギフト（長寿のお祝いカード同封）の追加対象者をお送りします。
お祝いカードの年齢印字に使いますので、生年月日も記載しています。

""" + "\n".join("%s　%s　%s　%s" % (pad(p["name"], 14), pad(wareki(p["dob"], "zen"), 16), "〒" + zen(p["zip"], jis=True),
                                   p["pref"] + p["city"] + p["town"] + zen(p["banchi"], jis=True)) for p in _p) + """

上記8名、既存の発送分と同じ仕様でお願いいたします。
""" + SIG_MIURA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="eight elderly customers with full-width 和暦 birth dates (Ｓ２０．…) and addresses, no header, to a mailing house",
))

_p = people(162, 9)
MESSAGES.append(dict(
    id="sales-062",
    sender=HORI,
    to=["ホクト設備サービス 保守課 <hoshu@hokuto-setsubi.co.jp>"],
    subject="定期点検対象のお客様一覧（旧システム出力）",
    charset="utf-8",
    body="""ホクト設備サービス 保守課 御中

お世話になっております。日の出産業 名古屋営業所の堀です。
来月の定期点検の対象となるお客様一覧をお送りします。
古い販売管理システムからの出力のため、xls形式となっております。

訪問日程の調整は御社から直接お客様にご連絡ください。
""" + SIG_HORI,
    attachments=[dict(kind="xls", name="tenken_taisho.xls", sheets={"Sheet1":
                      [["顧客CD", "顧客名", "TEL", "設置先住所", "機種", "設置日"]] +
                      [["K%05d" % (7720 + i * 13), p["name"], p["tel"], p["addr"], ["HAC-2800", "HAC-3200", "HP-700"][i % 3],
                        "H%d.%d.%d" % (25 + i % 5, 1 + i, 10 + i)] for i, p in enumerate(_p)]})],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="legacy XLS of nine customers (name, phone, installation address) to a maintenance contractor",
))

MESSAGES.append(dict(
    id="sales-063",
    sender=YAMAGUCHI,
    to=["川崎電機 技術部 大西様 <onishi.t@kawasaki-denki.co.jp>"],
    subject="11/12 打合せ議事録",
    charset="iso-2022-jp",
    body="""大西様

お世話になっております。日の出産業の山口です。
11月12日の打合せ議事録をお送りします。修正点がございましたらご指摘ください。

＜日時＞2025年11月12日（水）14:00〜15:30
＜場所＞日の出産業 本社 5階 会議室B
＜出席者＞
　川崎電機：大西様、浅見様、忽那様
　ツバサシステム：福永様（Teams）
　日の出産業：山口、長谷部、黒田

＜決定事項＞
　1. 通信仕様は Modbus/TCP で確定
　2. I/O点数は現行＋20%の余裕を持たせる
　3. 次回は12月3日（水）に詳細設計レビュー

＜宿題＞
　・川崎電機様：現行盤の配線図（最新版）のご提供
　・日の出産業：概算工程表の作成（11/26まで）
""" + SIG_YAMAGUCHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="meeting minutes naming attendees only (no contact data or other attributes)",
))

MESSAGES.append(dict(
    id="sales-064",
    sender=HASEBE,
    to=["ツバサシステム 杉浦様 <sugiura@tsubasa-sytsem.jp>"],
    subject="共催セミナー 当日の進行表",
    charset="cp932",
    body="""杉浦様

お世話になっております。日の出産業の長谷部です。
共催セミナー当日の進行表をお送りします。

13:00　開場・受付
13:30　開会挨拶（弊社 大久保）
13:40　基調講演「中小製造業のDX」
14:40　休憩
14:50　事例紹介（御社 福永様）
15:40　質疑応答
16:00　閉会・個別相談会

ご確認のほどよろしくお願いいたします。
""" + SIG_HASEBE,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="look-alike of partner tsubasa-system.jp with letters swapped (tsubasa-sytsem.jp)",
))

MESSAGES.append(dict(
    id="sales-065",
    sender=KURODA,
    to=["株式会社若葉フードサービス 購買部 三枝様 <saegusa@wakaba-fs.co.jp>"],
    subject="セントラルキッチン向け 包装ライン省人化のご提案",
    charset="utf-8",
    body="""株式会社若葉フードサービス
購買部 三枝様

いつもお世話になっております。日の出産業の黒田です。
先日ご相談いただいたセントラルキッチンの包装ライン省人化について、
ご提案資料をお送りいたします。

導入事例と概算費用を記載しておりますので、社内でのご検討にお役立てください。
来週の水曜日にご説明に伺えますと幸いです。
""" + SIG_KURODA,
    attachments=[dict(kind="pptx", name="包装ライン省人化ご提案_若葉フードサービス様.pptx", slides=[
        ["包装ライン省人化のご提案", "株式会社若葉フードサービス様", "日の出産業株式会社 第二営業部"],
        ["現状", "包装工程の作業者 6名／シフト", "繁忙期の残業が月40時間"],
        ["ご提案", "自動真空包装ライン VP-AUTO 2 ライン導入", "計量・ラベル印字の自動化"],
        ["導入事例", "A社（惣菜製造）：作業者 6名 → 2名", "B社（食肉加工）：生産性 1.8倍"],
        ["概算費用", "機器一式 3,850万円（税別）", "据付・教育 220万円"],
    ])],
    expect="pass",
    entities=[],
    detectors=[],
    note="proposal deck PPTX without any confidentiality marking to a customer",
))

_b = biz_people(166, 8)
MESSAGES.append(dict(
    id="sales-066",
    sender=HASEBE,
    to=["カードリンク 名刺データ化サービス <order@cardlink.co.jp>"],
    subject="名刺データの登録依頼（展示会分・8枚）",
    charset="iso-2022-jp",
    body="""カードリンク株式会社
名刺データ化サービス ご担当者様

いつもお世話になっております。日の出産業の長谷部です。
展示会でいただいた名刺のうち、スキャンが読み取れなかった8枚分を
手入力でExcelにまとめました。こちらのデータを弊社アカウントに登録してください。
""" + SIG_HASEBE,
    attachments=[dict(kind="xlsx", name="名刺手入力分.xlsx", sheets={"名刺": [
        ["会社名", "部署", "役職", "氏名", "フリガナ", "電話（直通）", "携帯", "E-mail"]] +
        [[b["company"], b["dept"], b["title"], b["name"], b["kana"], b["direct"], b["mobile"], b["work_email"]]
         for b in _b]})],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX of eight business cards (names, direct lines, mobiles, e-mails) to a card-digitising vendor",
))

MESSAGES.append(dict(
    id="sales-067",
    sender=FUJIEDA,
    to=["ミツワ電化センター 発注担当 <hacchu@mitsuwa-denka.co.jp>"],
    subject="受注内容のご確認（11月第3週分）",
    charset="cp932",
    body="""ミツワ電化センター 発注ご担当者様

お世話になっております。日の出産業 営業管理課の藤枝です。
11月第3週にいただいたご注文の受注内容をお送りします。
相違がございましたら11/21（金）までにご連絡ください。

御社発注番号,当社受注番号,品番,数量,出荷予定日
MW-25-3301,SO-2025-12401,HP-700,12,11/25
MW-25-3301,SO-2025-12401,HPF-70,40,11/25
MW-25-3302,SO-2025-12402,HP-700B,6,11/25
MW-25-3305,SO-2025-12405,HF-30D,10,11/26
MW-25-3305,SO-2025-12405,HAC-2200,4,11/27
MW-25-3306,SO-2025-12406,HAC-2800,3,11/27
MW-25-3306,SO-2025-12406,HAC-3200,2,11/27
MW-25-3309,SO-2025-12410,HPF-70S,24,11/26
MW-25-3311,SO-2025-12413,HP-700,8,11/28
MW-25-3311,SO-2025-12413,HK-12S,15,11/28

以上10明細です。
""" + SIG_FUJIEDA,
    expect="pass",
    entities=[],
    detectors=[],
    note="comma-separated order lines (order numbers, product codes, quantities) to a dealer: no people",
))

MESSAGES.append(dict(
    id="sales-068",
    sender=MORISAKI,
    to=["Somchai Wattana <somchai@siam-kitchenpro.co.th>",
        "Grace Lim <grace.lim@lionbay-trading.com.sg>",
        "Daniel Ortega <d.ortega@pacifica-distrib.com>",
        "Nguyen Thi Lan <lan.nguyen@saigon-eqp.vn>"],
    subject="Price revision notice for 2026 - all distributors",
    charset="utf-8",
    body="""Dear Partners,

Thank you for your continued support of Hinode Sangyo products.

We are writing to inform you that, due to higher resin and logistics costs, our export
prices for commercial vacuum packers will be revised by an average of 3.5% for orders
placed on or after 1 January 2026. Orders confirmed by 31 December 2025 will be invoiced
at the current prices.

Your individual price lists will follow from your account manager next week.

Best regards,
Kenji Morisaki
""" + SIG_MORISAKI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four overseas distributors (competitors of each other) all visible in To: should have been Bcc",
))

MESSAGES.append(dict(
    id="sales-069",
    sender=OKUBO,
    to=["川崎電機 営業本部 本間様 <homma@kawasaki-denki.co.jp>"],
    subject="【社外秘】来期販売計画の共有",
    charset="iso-2022-jp",
    body="""本間様

いつもお世話になっております。日の出産業の大久保です。
来期の共同販売計画の前提として、弊社の販売計画数値を共有いたします。

　業務用空調　　　4,200台（前期比 108％）
　業務用真空包装機　1,650台（前期比 121％）
　加湿空気清浄機　 38,000台（前期比 96％）

新製品 HP-900 は 2026年9月発売予定で、初年度 12,000台を計画しております。
発売時期は社内でもまだ限られたメンバーのみの情報ですので、お取り扱いにご注意ください。
""" + SIG_OKUBO,
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="subject stamped 【社外秘】 on a mail to an external partner",
))

MESSAGES.append(dict(
    id="sales-070",
    sender=HASEBE,
    to=["takumi.igarashi@outlook.jp"],
    subject="展示会ご来場の御礼（日の出産業）",
    charset="utf-8",
    body="""五十嵐 拓海 様

先日は「住まいと暮らしの快適フェア2025」の弊社ブースにお立ち寄りいただき、
誠にありがとうございました。日の出産業の長谷部でございます。

ブースでご質問いただいた HP-700 のフィルター交換時期については、
標準的なご使用で約2年が目安となります。カタログのPDFをお送りいたしますので、
ご検討の参考にしていただけますと幸いです。

今後ともよろしくお願いいたします。
""" + SIG_HASEBE,
    attachments=[dict(kind="pdf", name="HP-700_カタログ.pdf",
                      lines=["ヒノデピュア HP-700", "加湿空気清浄機", "適用床面積：空気清浄 〜31畳 / 加湿 〜18畳",
                             "希望小売価格 54,800円（税込）"])],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="thank-you mail with a catalogue to one private visitor on free mail",
))

_p = people(171, 11)
MESSAGES.append(dict(
    id="sales-071",
    sender=MIURA,
    to=["青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"],
    subject="賞品配送 追加分（PDF）",
    charset="cp932",
    body="""青葉運輸 法人営業ご担当様

お世話になっております。日の出産業の三浦です。
先日お願いした賞品配送の追加分（11件）です。
今回は社内のシステムからPDFでしか出力できなかったため、PDFでお送りします。

お手数ですがよろしくお願いいたします。
""" + SIG_MIURA,
    attachments=[dict(kind="pdf", name="配送追加分.pdf",
                      lines=["春のありがとうキャンペーン　配送追加分", "出力日 2025/11/12", ""],
                      table=[[p["name"], p["zip"], p["addr"], p["mobile"], "B賞"] for p in _p])],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of 11 winners without a header row (names, addresses, mobiles) to the shipping company",
))

_t = corp_number("010401088123")
MESSAGES.append(dict(
    id="sales-072",
    sender=FUJIEDA,
    to=["株式会社カネヨシ 経理部 <keiri@kaneyoshi.co.jp>"],
    subject="11月分 ご請求書の送付",
    charset="iso-2022-jp",
    body="""株式会社カネヨシ
経理部 ご担当者様

いつもお世話になっております。日の出産業 営業管理課の藤枝です。
11月分のご請求書をお送りいたします。

　請求書番号：INV-2511-0877
　ご請求金額：1,364,000円（税込）
　お支払期日：2025年12月31日

【お振込先】
　みどり銀行 日本橋支店　当座　0483312
　口座名義：ヒノデサンギョウ（カ

適格請求書発行事業者登録番号：T""" + _t + """

ご査収のほどよろしくお願いいたします。
""" + SIG_FUJIEDA,
    attachments=[dict(kind="pdf", name="請求書_INV-2511-0877.pdf",
                      lines=["請求書", "株式会社カネヨシ 御中", "請求書番号 INV-2511-0877",
                             "登録番号 T" + _t, "振込先 みどり銀行 日本橋支店 当座 0483312 ヒノデサンギョウ（カ"],
                      table=[["品番", "数量", "金額"], ["HPF-70", "48", "137,280"], ["HPF-70S", "24", "102,960"],
                             ["VP-450N", "1", "1,000,000"]])],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice with the company's own bank account and T-number: business data, not personal",
))

MESSAGES.append(dict(
    id="sales-073",
    sender=MIURA,
    to=["青葉運輸 法人営業 <hojin@aoba-unyu.com>"],
    subject="12月の出荷予定のご連絡",
    charset="utf-8",
    body="""青葉運輸株式会社 法人営業ご担当様

いつもお世話になっております。日の出産業の三浦です。
12月の出荷予定をお知らせします。繁忙期のため、車両の確保をお願いいたします。

　12/1〜12/5　　 4tウイング車 2台/日
　12/8〜12/19　　4tウイング車 3台/日
　12/22〜12/26　 4tウイング車 2台/日

出荷元はいずれも新木場倉庫です。
""" + SIG_MIURA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="look-alike of partner aoba-unyu.co.jp with another TLD (aoba-unyu.com)",
))

_p = people(174, 5, born=(1995, 2003))
MESSAGES.append(dict(
    id="sales-074",
    sender=ONODERA,
    to=["錦印刷 営業部 <nishiki-eigyo@nishiki-insatsu.co.jp>"],
    subject="名刺印刷のお願い（新入社員5名）",
    charset="iso-2022-jp",
    body="""錦印刷 営業部 ご担当者様

お世話になっております。日の出産業の小野寺です。
12月1日付で営業部に配属となる中途入社の5名分の名刺印刷をお願いいたします。
デザインは既存の営業部テンプレート（両面・英字裏面あり）でお願いします。

""" + "\n".join("%s（%s）／営業本部 第一営業部／携帯 %s／%s@hinode-sangyo.co.jp" % (
        p["name"], p["romaji"], p["mobile"], p["romaji"].split()[1].lower() + "." + p["romaji"].split()[0][0].lower())
        for p in _p) + """

各100枚、11月28日までの納品をお願いいたします。
""" + SIG_ONODERA,
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five new employees' business-card data (company mobiles and work e-mails) to the printer: a list of five, but card data meant to be handed out",
))

MESSAGES.append(dict(
    id="sales-075",
    sender=KURODA,
    to=["さくらホテル 施設部 河合様 <kawai@sakura-hotel.jp>"],
    subject="空調更新工事の工程表（案）",
    charset="cp932",
    body="""さくらホテル株式会社
施設部 河合様

お世話になっております。日の出産業の黒田です。
客室空調更新工事の工程表（案）をPDFでお送りいたします。
各フロアの施工日をご確認いただき、客室の販売停止日程をご検討ください。

よろしくお願いいたします。
""" + SIG_KURODA,
    attachments=[dict(kind="pdf", name="工程表_案_さくらホテル様.pdf", page_footer="CONFIDENTIAL",
                      lines=["さくらホテル様 客室空調更新工事 工程表（案）", "工期：2026年1月13日〜2月27日", ""],
                      table=[["フロア", "室数", "施工期間", "備考"], ["3F", "24", "1/13-1/17", ""],
                             ["4F", "24", "1/19-1/23", ""], ["5F", "24", "1/26-1/30", ""],
                             ["6F", "24", "2/2-2/6", ""], ["7F", "30", "2/9-2/13", "スイート含む"],
                             ["8F", "30", "2/16-2/20", ""], ["9F", "30", "2/23-2/27", "予備日含む"]])],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached PDF carries CONFIDENTIAL only in its page footer; the mail itself has no marking",
))

# ==========================================================================
# sales-076 … sales-090
# ==========================================================================
_mn = my_number(76)
MESSAGES.append(dict(
    id="sales-076",
    sender=HASEBE,
    to=["川崎電機 経理部 支払担当 <shiharai@kawasaki-denki.co.jp>"],
    cc=["川崎電機 相原様 <aihara@kawasaki-denki.co.jp>"],
    subject="合同ウェビナー 講師謝礼のお支払い情報",
    charset="utf-8",
    body="""川崎電機株式会社
経理部 お支払いご担当者様

お世話になっております。日の出産業の長谷部です。
合同ウェビナーで基調講演をお願いした外部講師の方への謝礼は、
取り決めどおり御社からお支払いいただくことになっております。
源泉徴収と支払調書の作成に必要な情報を、講師ご本人から預かりましたのでお送りします。

　氏名：勅使河原 修（テシガワラ オサム）
　住所：〒180-0004 東京都武蔵野市吉祥寺本町3-22-9
　個人番号：%s %s %s
　謝礼額：110,000円（税込・源泉徴収前）
　振込先：みどり銀行 吉祥寺支店 普通 3318204 テシガワラ オサム

お手数ですが、お支払い後にご一報いただけますと幸いです。
""" % (_mn[:4], _mn[4:8], _mn[8:]) + SIG_HASEBE,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="an external speaker's My Number, address and bank account sent to a partner's accounting",
))

MESSAGES.append(dict(
    id="sales-077",
    sender=ONODERA,
    to=["川崎電機 販売推進部 相原様 <aihara@kawasaki-denki.co.jp>"],
    cc=["錦印刷 営業部 <nishiki-eigyo@nishiki-insatsu.co.jp>", "yamaguchi.k@hinode-sangyo.co.jp"],
    subject="共同カタログ 印刷費用の按分について",
    charset="cp932",
    body="""川崎電機 相原様
（cc：錦印刷 営業部 ご担当者様）

お世話になっております。日の出産業の小野寺です。
共同カタログ（A4・24ページ・5,000部）の印刷見積を錦印刷様からいただきましたので、
按分案と併せて共有いたします。

　印刷費総額：1,186,000円（税別）　錦印刷様 見積番号 NS-Q-25-1140
　按分（ページ数比）：川崎電機様 10ページ分／日の出産業 14ページ分
　　川崎電機様　494,167円
　　日の出産業　691,833円

錦印刷様には、請求書を2社に分けて発行いただけるか確認させてください。
""" + SIG_ONODERA,
    attachments=[dict(kind="xlsx", name="共同カタログ_印刷費按分.xlsx", sheets={"按分": [
        ["項目", "金額", "川崎電機", "日の出産業"], ["製版", 186000, 77500, 108500],
        ["印刷", 720000, 300000, 420000], ["製本", 180000, 75000, 105000], ["配送", 100000, 41667, 58333]]})],
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="cost split for a joint catalogue with a partner and the printer in Cc: two external organisations",
))

_p = people(178, 5)
MESSAGES.append(dict(
    id="sales-078",
    sender=YAMAGUCHI,
    to=["さくらホテル フロント 宮崎様 <front@sakura-hotel.jp>"],
    subject="Re: 発表会ご招待客の宿泊について",
    charset="iso-2022-jp",
    body="""宮崎様

ご連絡ありがとうございます。山口です。
ご招待客の人数が確定しましたので、下記5名様のお部屋をお願いいたします。
当日の到着時刻が遅い方もいらっしゃいますので、携帯番号も記載いたします。

""" + "\n".join("%d. %s 様（%s）　携帯：%s　到着予定 %s" % (
        i + 1, p["name"], p["kana"], p["mobile"], ["15:00", "17:30", "20:00", "16:00", "21:30"][i])
        for i, p in enumerate(_p)) + """

ご請求は法人契約 No.SK-4471 でお願いいたします。

山口

> 山口様
>
> いつもありがとうございます。さくらホテルの宮崎です。
> 11月20日のシングル禁煙のお部屋、5室まで確保可能です。
> ご宿泊者のお名前を頂戴できますでしょうか。
>
> さくらホテル フロント 宮崎
""" + SIG_YAMAGUCHI,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="reply whose new text (not the quote) lists five guests with kana and mobiles to the hotel",
))

MESSAGES.append(dict(
    id="sales-079",
    sender=HASEBE,
    to=["ツバサシステム マーケティング部 <marketing@tsubasa-system.jp>"],
    subject="共催セミナー 告知文と講師プロフィール",
    charset="utf-8",
    body="""ツバサシステム マーケティング部 御中

お世話になっております。日の出産業の長谷部です。
御社サイトの告知ページ用に、告知文と講師プロフィールをお送りします。

■告知文
中小製造業にとってのDXとは何か。現場のデータを「見える化」するところから始める、
無理のないDXの進め方を、導入事例を交えてご紹介します。

■講師プロフィール
日の出産業株式会社 営業推進部 部長　大久保 剛
1994年入社。空調機器の法人営業を経て、2018年より業務用機器事業の立ち上げを担当。
食品工場・物流倉庫のIoT化プロジェクトを多数手がける。

写真は別途、高解像度のものをお送りします。
""" + SIG_HASEBE,
    expect="pass",
    entities=[],
    detectors=[],
    note="announcement text with the speaker's public profile (one employee, no contact data)",
))

_p = people(180, 20)
MESSAGES.append(dict(
    id="sales-080",
    sender=MIURA,
    to=["ハコブネロジ 出荷管理 <shukka@hakobune-logi.co.jp>"],
    subject="サンプル発送リスト（モニター応募者20名）",
    charset="cp932",
    body="""ハコブネロジ株式会社
出荷管理ご担当者様

お世話になっております。日の出産業の三浦です。
モニターキャンペーンのサンプル（HPF-70 フィルター）発送先です。
管理画面からコピーしたのでタブ区切りになっています。

No\tお名前\t郵便番号\t住所\t電話番号
""" + "\n".join("%s\t%s\t%s\t%s\t%s" % (zen(str(i + 1)), p["name"], zen(p["zip"]), p["addr"], zen(p["mobile"]))
                for i, p in enumerate(_p)) + """

発送は11月25日にまとめてお願いします。
""" + SIG_MIURA,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="20 monitor applicants tab-separated with full-width zip codes and phones to a fulfilment company",
))

_p = people(181, 4)
MESSAGES.append(dict(
    id="sales-081",
    sender=NISHIKAWA,
    to=["さくらホテル大阪 宴会担当 北条様 <hojo@sakura-hotel.jp>"],
    subject="体験会 当日キャンセル待ちのお客様",
    charset="iso-2022-jp",
    body="""北条様

お世話になっております。西川です。
体験会で満席となった後にお問い合わせのあったお客様4名を、
キャンセル待ちとしてお伝えしておきます。
空きが出た場合は、お手数ですが順番にお電話いただけますでしょうか。

""" + "\n".join("（%d）%s 様　%s" % (i + 1, p["name"], p["mobile"]) for i, p in enumerate(_p)) + """

よろしくお願いいたします。
""" + SIG_NISHIKAWA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four waiting-list customers with mobiles to the hotel: under five people, may be warned",
))

MESSAGES.append(dict(
    id="sales-082",
    sender=YAMAGUCHI,
    to=["さくらホテル 宴会営業部 川端様 <kawabata@sakura-hotel.co.jp>"],
    subject="新製品発表会 会場レイアウトの件",
    charset="utf-8",
    body="""川端様

いつもお世話になっております。日の出産業の山口です。
新製品発表会の会場レイアウトについて、スクール形式80席でお願いいたします。
前方にデモ機展示用のテーブル（180cm×3台）もご用意ください。

搬入は前日18時以降でご調整いただけますと助かります。
""" + SIG_YAMAGUCHI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="look-alike of partner sakura-hotel.jp with a co. added (sakura-hotel.co.jp)",
))

MESSAGES.append(dict(
    id="sales-083",
    sender=KURODA,
    to=["ひかりクレジット 加盟店審査 <kameiten-shinsa@hikari-credit.co.jp>"],
    subject="分割払いお申込みの件（外国籍のお客様）",
    charset="iso-2022-jp",
    body="""ひかりクレジット株式会社
加盟店審査ご担当者様

いつもお世話になっております。加盟店 日の出産業の黒田です。
業務用冷蔵ショーケースの分割払い（36回）のお申込みについて、
お申込者が外国籍の方のため、在留カードの情報をお送りします。

　氏名：NGUYEN VAN MINH（グエン ヴァン ミン）
　国籍：ベトナム
　在留カード番号：UH48207315GA
　在留資格：経営・管理　在留期間満了日：2027年8月21日
　店舗：ベトナム料理 フォーミン（横浜市中区）

ご審査のほどよろしくお願いいたします。
""" + SIG_KURODA,
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="one customer's residence card number to a credit company (identity document number)",
))

MESSAGES.append(dict(
    id="sales-084",
    sender=OKUBO,
    to=["白川法律事務所 石黒先生 <ishiguro@shirakawa-law.jp>"],
    subject="秘密保持契約の締結前の情報開示について（ご相談）",
    charset="iso-2022-jp",
    body="""白川法律事務所
石黒先生

いつも大変お世話になっております。日の出産業の大久保です。
ほしぞらテック社との秘密保持契約について、一点ご相談させてください。

先方より、NDA締結前に「概要レベルの資料だけでも先に見たい」との要望がございます。
製品ロードマップの概要（発売時期を除いたもの）であれば開示しても差し支えないと
考えておりますが、締結前の開示にあたって注意すべき点があればご教示ください。

また、NDAの有効期間について、先方案の5年に対し当方は3年を希望しております。
業界の相場観などもお聞かせいただけますと幸いです。

お忙しいところ恐縮ですが、よろしくお願いいたします。
""" + SIG_OKUBO,
    expect="pass",
    entities=[],
    detectors=[],
    note="asking the company's law firm about an NDA: mail about confidentiality, no marking, no personal data",
))

MESSAGES.append(dict(
    id="sales-085",
    sender=KURODA,
    to=["株式会社若葉フードサービス 購買部 三枝様 <saegusa@wakaba-fs.co.jp>"],
    subject="Re: 提案書の再送のお願い",
    charset="utf-8",
    body="""三枝様

お世話になっております。日の出産業の黒田です。
先日の提案書が開けないとのこと、失礼いたしました。
改めて添付いたしますので、ご確認いただけますでしょうか。

それでも開けない場合は、次回お伺いの際に紙でお持ちいたします。
""" + SIG_KURODA,
    attachments=[dict(kind="corrupt", name="包装ライン省人化ご提案_v2.pptx")],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the resent proposal deck is a corrupt PPTX: the attachment cannot be inspected",
))

MESSAGES.append(dict(
    id="sales-086",
    sender=HORI,
    to=["北国フーズ 営業企画部 栗原様 <kurihara@kitaguni-foods.co.jp>"],
    subject="弊社正規代理店一覧（東海・北陸）",
    charset="iso-2022-jp",
    body="""栗原様

お世話になっております。日の出産業 名古屋営業所の堀です。
東海・北陸エリアで業務用真空包装機のメンテナンスを委託している正規代理店の一覧をお送りします。
各工場のお近くの代理店に直接ご依頼いただけます。
""" + SIG_HORI,
    attachments=[dict(kind="csv", name="正規代理店一覧_東海北陸.csv", encoding="cp932", rows=[
        ["代理店名", "所在地", "代表電話", "対応エリア", "受付時間"],
        ["株式会社中部厨機サービス", "愛知県名古屋市熱田区金山町1-5-4", "052-681-2201", "愛知・岐阜", "平日8:30-17:30"],
        ["三重フードテック株式会社", "三重県津市栄町2-311", "059-227-4450", "三重", "平日9:00-18:00"],
        ["静岡厨房設備株式会社", "静岡県静岡市駿河区南町10-3", "054-285-7713", "静岡", "平日9:00-17:00"],
        ["北陸パックシステム株式会社", "石川県金沢市広岡3-1-1", "076-222-8054", "石川・富山・福井", "平日8:30-17:30"],
        ["有限会社ひだ設備", "岐阜県高山市昭和町2-120", "0577-33-1829", "飛騨地域", "平日8:00-17:00"],
        ["浜松メンテナンス株式会社", "静岡県浜松市中央区砂山町325", "053-454-6602", "静岡西部", "平日9:00-18:00"],
    ])],
    expect="pass",
    entities=[],
    detectors=[],
    note="CSV directory of six authorised dealer companies (switchboards, office addresses): businesses",
))

MESSAGES.append(dict(
    id="sales-087",
    sender=NISHIKAWA,
    to=["皆川 恵 様 <megumi.minagawa@yahoo.co.jp>"],
    cc=["比嘉 修 様 <osamu_higa77@gmail.com>", "能登 さくら 様 <sakura-noto@docomo.ne.jp>"],
    subject="体験会アンケートのご協力ありがとうございました",
    charset="cp932",
    body="""皆川様、比嘉様、能登様

先日は体験会にご参加いただき、またアンケートにもご協力いただき、
誠にありがとうございました。日の出産業の西川です。

アンケート回答のお礼として、交換用フィルター（HPF-70）を
来週ご自宅宛てにお送りいたします。

今後ともヒノデピュアをよろしくお願いいたします。
""" + SIG_NISHIKAWA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private customers in To and Cc can see each other's addresses: should have been Bcc",
))

MESSAGES.append(dict(
    id="sales-088",
    sender=MORISAKI,
    to=["Nguyen Thi Lan <lan.nguyen@saigon-eqp.vn>"],
    subject="Shipment advice - PO SGE-2025-044",
    charset="utf-8",
    body="""Dear Ms. Lan,

We are pleased to advise that your order has been shipped.

  Your PO:          SGE-2025-044
  Our invoice:      HS-EX-25-0391
  Items:            VP-450N-EX x 4, VP-OPT-G2 x 4, VB-2030-1K x 40
  Vessel:           WAN HAI 311 V.S027
  B/L No.:          WHLC025B118462
  Container:        TEMU 483115-2 (20' DRY)
  ETD Yokohama:     18 Nov 2025
  ETA Ho Chi Minh:  27 Nov 2025

The original documents (B/L, invoice, packing list, certificate of origin) will be sent by
courier; DHL waybill 4411 8930 25.

Best regards,
Kenji Morisaki
""" + SIG_MORISAKI + "\n" + DISCLAIMER_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English shipment advice with PO, invoice, B/L, container and tracking numbers plus the disclaimer",
))

MESSAGES.append(dict(
    id="sales-089",
    sender=FUJIEDA,
    to=["大久保 剛 <okubo@hinode-sangy0.co.jp>"],
    subject="代理店別 粗利一覧（10月）",
    charset="iso-2022-jp",
    body="""大久保部長

お疲れさまです。藤枝です。
ご依頼の代理店別粗利一覧（10月）です。

　代理店　　　　　　　売上　　　　粗利率
　でんきのマルハチ　　 4,820万円　 22.1％
　カメダ電器　　　　　 3,310万円　 19.8％
　ライフでんき浜松　　 2,140万円　 24.5％
　スズカデンキ　　　　 1,270万円　 26.0％
　ミツワ電化センター　 　980万円　 27.3％

カメダ電器は年末商戦の特別条件の影響で粗利率が下がっています。

藤枝
""" + SIG_FUJIEDA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="internal figures addressed to hinode-sangy0.co.jp: the own domain with a zero for the o",
))

_b = [dict(name=n, kana=k, dept=d, mail=m, tel=t) for n, k, d, m, t in [
    ("大西 隆", "オオニシ タカシ", "技術部", "onishi.t@kawasaki-denki.co.jp", "044-211-3301"),
    ("浅見 千尋", "アサミ チヒロ", "資材課", "asami@kawasaki-denki.co.jp", "044-211-3347"),
    ("忽那 浩二", "クツナ コウジ", "技術部", "kutsuna@kawasaki-denki.co.jp", "044-211-3312"),
    ("真壁 結衣", "マカベ ユイ", "品質保証部", "makabe.y@kawasaki-denki.co.jp", "044-211-3390"),
    ("相馬 俊介", "ソウマ シュンスケ", "生産技術課", "soma-s@kawasaki-denki.co.jp", "044-211-3362"),
]]
MESSAGES.append(dict(
    id="sales-090",
    sender=YAMAGUCHI,
    to=["川崎電機 技術部 大西様 <onishi.t@kawasaki-denki.co.jp>"],
    subject="工場見学 ご来場者の登録内容のご確認",
    charset="utf-8",
    body="""大西様

お世話になっております。日の出産業の山口です。
12月3日の弊社つくば工場見学について、御社からご来場の皆様の入構証を作成いたします。
登録内容に誤りがないか、ご確認をお願いいたします。

氏名 / フリガナ / 部署 / メール / 電話
""" + "\n".join("%s / %s / %s / %s / %s" % (b["name"], b["kana"], b["dept"], b["mail"], b["tel"]) for b in _b) + """

当日は受付で入構証をお渡しします。
""" + SIG_YAMAGUCHI,
    expect="either",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five of the recipient company's own staff with their work e-mails and extensions sent back to that company for checking",
))

# ==========================================================================
# sales-091 … sales-105
# ==========================================================================
MESSAGES.append(dict(
    id="sales-091",
    sender=OKUBO,
    to=["さくらホテル 宴会営業部 川端様 <kawabata@sakura-hotel.jp>"],
    subject="12/12 感謝の夕べ お食事の個別対応について",
    charset="cp932",
    body="""川端様

いつもお世話になっております。日の出産業の大久保です。
12月12日の「感謝の夕べ」で、お食事に個別のご配慮をお願いしたいお客様がいらっしゃいます。

・我妻 正和 様（北国フーズ 相談役）
　糖尿病で治療中のため、糖質を控えたメニューをご用意ください。インスリン注射のため、
　食事の前に控室を少しお借りしたいとのことです。
・阿久津 友梨 様
　甲殻類アレルギー（エビ・カニ）
・波多野 剛 様
　宗教上の理由（イスラム教）により豚肉・アルコールを使用しない料理をお願いします。

ご本人様の了解は得ておりますが、スタッフの皆様への共有は必要な範囲にとどめていただけますと幸いです。
""" + SIG_OKUBO,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named guests' diabetes treatment and religion (要配慮個人情報) in prose to the hotel, only three people",
))

_b = biz_people(192, 7)
MESSAGES.append(dict(
    id="sales-092",
    sender=MORISAKI,
    to=["Daniel Ortega <d.ortega@pacifica-distrib.com>"],
    subject="Re: Leads from FOOMA Japan booth - Latin America",
    charset="utf-8",
    body="""Hi Daniel,

Great news, thank you! Good to hear that four of them have already asked for a quotation.
For the remaining three, I will ask their Tokyo headquarters to introduce you locally.

Talk soon,
Kenji

On Tue, Nov 18, 2025 at 9:14 AM Daniel Ortega <d.ortega@pacifica-distrib.com> wrote:
> Hi Kenji,
>
> Status of the leads you sent us:
>
""" + "\n".join("> - %s, %s (%s) - %s" % (b["romaji"], b["company"], b["work_email"],
                                          ["quotation requested", "meeting on Dec 2", "no answer yet"][i % 3])
                for i, b in enumerate(_b)) + """
>
> Daniel Ortega
> Pacifica Distribution S.A. de C.V.
""" + SIG_MORISAKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply: the seven-lead status list is only in the quoted text under \"On ... wrote:\"",
))

MESSAGES.append(dict(
    id="sales-093",
    sender=OKUBO,
    to=["ツバサシステム 代表取締役 桑原様 <kuwabara@tsubasa-system.jp>"],
    subject="資本業務提携に関するご提案",
    charset="iso-2022-jp",
    body="""＜極秘＞

ツバサシステム株式会社
代表取締役 桑原様

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業の大久保でございます。

先般、弊社社長の朝倉よりお話しさせていただいた件につき、
弊社としての具体的な提案内容を下記のとおりお伝えいたします。

１．弊社による貴社株式の取得（発行済株式の 15％、第三者割当増資）
２．工場IoT分野における共同製品開発および相互販売
３．取締役1名の派遣

本件は両社とも限られたメンバーのみで検討を進めております。
来週、改めて朝倉と共にご説明に伺いたく存じます。
""" + SIG_OKUBO,
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="proposal for a capital alliance stamped ＜極秘＞ at the top of the body, to a partner",
))

MESSAGES.append(dict(
    id="sales-094",
    sender=HASEBE,
    to=["たびまち観光 法人営業部 上原様 <uehara@tabimachi-kanko.co.jp>"],
    subject="全国代理店会議の会場候補について",
    charset="iso-2022-jp",
    body="""たびまち観光株式会社
法人営業部 上原様

お世話になっております。日の出産業の長谷部です。
来年5月の全国代理店会議（約120名・1泊2日）の会場について、
弊社で候補としているホテルは以下のとおりです。それぞれの空き状況とお見積りをお願いできますでしょうか。

１．さくらホテル東京ベイ
　　千葉県浦安市舞浜2-1-8　TEL 047-305-2811（代表）
２．さくらホテル大阪
　　大阪府大阪市北区梅田3-3-20　TEL 06-6345-1811（代表）
３．ホテル湖月苑
　　静岡県熱海市東海岸町9-10　TEL 0557-81-3355
４．グランドホテル名城
　　愛知県名古屋市中区三の丸1-4-1　TEL 052-211-6060

希望日程：2026年5月14日（木）〜15日（金）、または5月21日（木）〜22日（金）
""" + SIG_HASEBE,
    expect="pass",
    entities=[],
    detectors=[],
    note="list of four hotels with their switchboards and addresses to a travel agency: businesses",
))

MESSAGES.append(dict(
    id="sales-095",
    sender=HORI,
    to=["川崎電機 中部営業所 鳥居様 <torii@kawasaki-denkki.co.jp>"],
    subject="デモ機配置のご相談",
    charset="iso-2022-jp",
    body="""鳥居様

お世話になっております。名古屋営業所の堀です。
先日お送りした販売店一覧のうち、デモ機を置かせていただけそうな店舗を絞り込みました。

　・でんきのマルハチ 栄本店
　・カメダ電器 岡崎店
　・スズカデンキ 本店

来週、一緒に店舗を回っていただくことは可能でしょうか。
""" + SIG_HORI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="look-alike of partner kawasaki-denki.co.jp with a letter added (kawasaki-denkki.co.jp)",
))

MESSAGES.append(dict(
    id="sales-096",
    sender=KURODA,
    to=["テレコネクト 発信センター 宇野様 <uno@teleconnect.co.jp>"],
    subject="アウトバウンド架電リスト（食品工場・第1弾）",
    charset="iso-2022-jp",
    body="""テレコネクト株式会社
発信センター 宇野様

お世話になっております。日の出産業の黒田です。
業務用真空包装機のアポイント獲得キャンペーンの架電リスト第1弾です。
すべて企業の代表番号ですので、「設備ご担当部署」へのお取次ぎを依頼する
トークスクリプトでお願いいたします。

| No | 企業名                     | 所在地            | 代表電話       | 業種       |
|----|----------------------------|-------------------|----------------|------------|
| 1  | 株式会社丸勝水産           | 北海道釧路市      | 0154-22-3180   | 水産加工   |
| 2  | 十勝ミート株式会社         | 北海道帯広市      | 0155-24-6021   | 食肉加工   |
| 3  | 株式会社みちのく食品       | 岩手県盛岡市      | 019-652-1177   | 惣菜       |
| 4  | 房総フーズ株式会社         | 千葉県館山市      | 0470-22-4813   | 水産加工   |
| 5  | 株式会社甲州ハム           | 山梨県甲府市      | 055-233-0925   | 食肉加工   |
| 6  | 信濃デリカ株式会社         | 長野県松本市      | 0263-32-5540   | 惣菜       |
| 7  | 株式会社紀州うめ工房       | 和歌山県田辺市    | 0739-22-8016   | 漬物       |
| 8  | 讃岐めん業株式会社         | 香川県丸亀市      | 0877-23-1470   | 製麺       |
| 9  | 株式会社博多ミートセンター | 福岡県福岡市博多区 | 092-411-6293   | 食肉加工   |
| 10 | 薩摩黒豚フーズ株式会社     | 鹿児島県鹿屋市    | 0994-43-2058   | 食肉加工   |

結果は週次でご報告をお願いいたします。
""" + SIG_KURODA,
    expect="pass",
    entities=[],
    detectors=[],
    note="telemarketing list of ten companies with switchboard numbers only: businesses, not people",
))

_p = people(197, 14)
MESSAGES.append(dict(
    id="sales-097",
    sender=MIURA,
    to=["マーケティング部 <marketing@hinode-sangyo.co.jp>"],
    cc=["お客様窓口 <support@hinode-sangyo.co.jp>"],
    subject="【共有】SNSキャンペーン当選者一覧（発送前確認用）",
    charset="iso-2022-jp",
    body="""マーケ部の皆さん、お客様窓口の皆さん

お疲れさまです。三浦です。
SNSキャンペーンの当選者一覧です。発送前に、当選連絡への返信内容と住所に
相違がないか確認をお願いします。お問い合わせが来たときの照会用にもお使いください。

""" + spaced_table(["No", "氏名", "電話", "住所", "SNSアカウント"],
                   [[str(i + 1), p["name"], p["mobile"], p["addr"], "@" + p["email"].split("@")[0][:12]]
                    for i, p in enumerate(_p)], [5, 16, 15, 58, 16]) + """

確認完了したら、このメールに返信でお知らせください。
""" + SIG_MIURA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="14 winners with phones and addresses, but sent only to internal addresses",
))

_p = people(198, 12, born=(1955, 1999))
_g = {"男": "M", "女": "F"}
MESSAGES.append(dict(
    id="sales-098",
    sender=HASEBE,
    to=["北国フーズ マーケティング室 坂口様 <sakaguchi@kitaguni-foods.co.jp>"],
    subject="共同キャンペーン 対象会員データ（抽出結果）",
    charset="cp932",
    body="""北国フーズ株式会社
マーケティング室 坂口様

お世話になっております。日の出産業の長谷部です。
共同キャンペーンの対象となる会員の抽出結果をお送りします。
条件：過去1年以内に HP-700 を購入、かつ北海道・東北在住（今回はサンプル12件）

シート「会員」が抽出結果、シート「条件」が抽出条件です。
""" + SIG_HASEBE,
    attachments=[dict(kind="xlsx", name="共同キャンペーン_対象会員.xlsx", sheets={
        "会員": [["共同キャンペーン対象会員（抽出日 2025/11/14）"],
                 ["会員番号", "氏名", "性別", "生年月日", "メールアドレス", "都道府県"]] +
                [["HM%07d" % (1200007 + i * 29), p["name"], _g[p["gender"]], wareki(p["dob"], "short"), p["email"], p["pref"]]
                 for i, p in enumerate(_p)],
        "条件": [["項目", "条件"], ["購入商品", "HP-700 / HP-700B"], ["購入日", "2024/11/14以降"],
                 ["居住地", "北海道・東北"], ["メール配信", "許諾あり"]],
    })],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX (two sheets, title row) of 12 members with 和暦 birth dates (S58.4.2 style) and e-mails to a partner",
))

MESSAGES.append(dict(
    id="sales-099",
    sender=ONODERA,
    to=["株式会社グリーンリーフ 総務部 荻野様 <ogino@greenleaf-inc.jp>"],
    subject="法人様向け 冬の空気清浄機まとめ買いキャンペーンのご案内",
    charset="iso-2022-jp",
    body="""株式会社グリーンリーフ
総務部 荻野様

いつもお世話になっております。日の出産業の小野寺です。
法人のお客様向けに、冬の空気清浄機まとめ買いキャンペーンを実施しております。

　対象商品：ヒノデピュア HP-700（法人モデル HP-700C）
　特典：10台以上で 12％オフ、30台以上で 18％オフ＋交換フィルター1回分無料
　期間：2025年11月17日〜12月26日ご注文分
　詳細：https://www.hinode-sangyo.co.jp/biz/campaign/winter2025

オフィスの乾燥・感染症対策にぜひご検討ください。
お見積りはお気軽にご依頼ください。
""" + SIG_ONODERA,
    expect="pass",
    entities=[],
    detectors=[],
    note="campaign announcement to one corporate customer contact: ordinary sales mail",
))

_p = people(200, 5)
MESSAGES.append(dict(
    id="sales-100",
    sender=HORI,
    to=["ホクト設備サービス 保守課 <hoshu@hokuto-setsubi.co.jp>"],
    subject="転送: 修理待ちのお客様について",
    charset="iso-2022-jp",
    body="""ホクト設備サービス 保守課 御中

お世話になっております。日の出産業の堀です。
販売店から下記の連絡がありました。出張修理の手配をお願いできますでしょうか。

---------- 転送メッセージ ----------
差出人: スズカデンキ 本店 サービス係 <service@suzuka-denki.jp>
日付: 2025年11月17日(月) 10:22
件名: 修理待ちのお客様について
宛先: 堀 拓海 <hori.t@hinode-sangyo.co.jp>

堀様

いつもお世話になっております。スズカデンキの木下です。
エアコンの修理をお待ちいただいているお客様が5件たまっております。
メーカー様からの出張修理をお願いできませんでしょうか。

""" + "\n".join("%s様 %s %s（%s）" % (p["name"], p["tel"], p["pref"] + p["city"] + p["town"] + p["banchi"],
                                    ["HAC-2800 冷房不良", "HAC-2200 異音", "HAC-3200 水漏れ", "HAC-2800 エラーE5", "HAC-2200 リモコン不良"][i])
                for i, p in enumerate(_p)) + """

よろしくお願いいたします。
スズカデンキ 本店 木下
""" + SIG_HORI,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="forward (転送) of a dealer's mail listing five customers' phones and addresses to a third company",
))

MESSAGES.append(dict(
    id="sales-101",
    sender=OKUBO,
    to=["さくらホテル 宴会営業部 川端様 <kawabata@sakura-hotel.jp>",
        "北国フーズ 営業企画部 栗原様 <kurihara@kitaguni-foods.co.jp>"],
    cc=["miura-rina@hinode-sangyo.co.jp"],
    subject="感謝の夕べ 北海道フェアコーナーの件",
    charset="cp932",
    body="""さくらホテル 川端様
北国フーズ 栗原様

いつもお世話になっております。日の出産業の大久保です。
12月12日の「感謝の夕べ」にて、北国フーズ様のご協力で
北海道フェアのコーナーを設けることになりました。

つきましては、食材の搬入とホテル厨房での調理について、
お二方で直接お打ち合わせいただけますでしょうか。

　・搬入予定：12月12日（金）10:00　ホテル搬入口
　・提供予定：ホタテの浜焼き、ジンギスカン、道産チーズの盛り合わせ
　・想定人数：120名

弊社の窓口はマーケティング部の三浦が担当いたします（cc）。
""" + SIG_OKUBO,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="introduces two partners to each other (hotel and food supplier): two external organisations",
))

MESSAGES.append(dict(
    id="sales-102",
    sender=MORISAKI,
    to=["Grace Lim <grace.lim@lionbay-trading.com.sg>"],
    subject="Proposal: co-marketing at FHA Food & Beverage 2026",
    charset="utf-8",
    body="""Hi Grace,

As promised, attached is our proposal for a joint booth at FHA Food & Beverage 2026 in
Singapore. The deck covers booth size, demo units, cost sharing and the lead follow-up
process. Happy to adjust anything before you present it to your management.

Just to be clear, the lead-sharing section means each party keeps the leads it collects;
we would only exchange aggregate numbers after the show.

Cheers,
Kenji
""" + SIG_MORISAKI + "\n" + DISCLAIMER_EN,
    attachments=[dict(kind="pptx", name="FHA2026_joint_booth_proposal.pptx", slides=[
        ["FHA Food & Beverage 2026 - Joint Booth Proposal", "Hinode Sangyo x Lion Bay Trading"],
        ["Booth", "36 sqm corner booth, Hall 5", "Two live demo lines: VP-450N-EX and VP-600W-EX"],
        ["Cost sharing", "Space and construction: 60% Hinode / 40% Lion Bay", "Staff and travel: each party bears its own"],
        ["Lead follow-up", "Each party keeps the leads it collects", "Aggregate results shared within 30 days"],
        ["Timeline", "Dec 2025: decision", "Jan 2026: booth design", "Apr 2026: show"],
    ])],
    expect="pass",
    entities=[],
    detectors=[],
    note="English proposal deck without marking; 'confidential' appears only in the standard disclaimer",
))

MESSAGES.append(dict(
    id="sales-103",
    sender=HASEBE,
    to=["ツバサシステム マーケティング部 <marketing@tsubasa-system.jp>"],
    subject="パネルディスカッション登壇者のプロフィール",
    charset="iso-2022-jp",
    body="""ツバサシステム マーケティング部 御中

お世話になっております。日の出産業の長谷部です。
共催セミナー後半のパネルディスカッション登壇者5名のプロフィールをお送りします。
告知ページとパンフレットに掲載してください（ご本人の掲載了承済み）。

■勅使河原 修（てしがわら おさむ）
　ものづくり経営研究所 代表。元・大手電機メーカー生産技術部長。1961年生まれ、静岡県出身。
■一ノ瀬 麻衣（いちのせ まい）
　北国フーズ株式会社 石狩工場 工場長。2019年より同工場のIoT化を推進。
■薬師寺 悠斗（やくしじ ゆうと）
　株式会社新星ソリューションズ CTO。製造業向けSaaSの開発に従事。
■栗栖 久美（くりす くみ）
　中小企業診断士。東京都中小企業振興公社 専門相談員。
■福永 健一（ふくなが けんいち）
　ツバサシステム株式会社 開発二課 課長。

写真はそれぞれ別途お送りします。
""" + SIG_HASEBE,
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="public profiles of five panellists (career, one birth year) approved for publication: five people, but no contact data",
))

MESSAGES.append(dict(
    id="sales-104",
    sender=MIURA,
    to=["アドプラネット 営業局 松浦様 <matsuura@adplanet.co.jp>"],
    subject="体験会アンケート集計結果",
    charset="utf-8",
    body="""松浦様

お世話になっております。日の出産業の三浦です。
大阪・東京の体験会アンケート集計結果をお送りします（回答数 214件）。
来期のクリエイティブ検討にお役立てください。

【年代】20代 9% / 30代 24% / 40代 31% / 50代 22% / 60代以上 14%
【購入意向】ぜひ購入したい 28% / 検討したい 47% / わからない 18% / 購入しない 7%
【重視点（複数回答）】静音性 62% / 電気代 58% / デザイン 41% / フィルター価格 37%
【自由回答（抜粋）】
　・寝室で使うので音の静かさが一番大事
　・フィルター交換の目安がアプリで分かると嬉しい
　・ブラック以外の色も欲しい

個人が特定される情報は含めておりません。
""" + SIG_MIURA,
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregated survey results with anonymous comments: no individual's data",
))

MESSAGES.append(dict(
    id="sales-105",
    sender=KURODA,
    to=["みどり銀行 法人営業部 戸田様 <toda@hojin.midori-ginko.co.jp>"],
    subject="ベンダーファイナンスのスキームについて",
    charset="cp932",
    body="""みどり銀行
法人営業部 戸田様

いつもお世話になっております。日の出産業の黒田です。
先日ご相談した、業務用真空包装機のベンダーファイナンス（割賦販売）のスキームについて、
弊社側の要望を整理いたしました。

・対象：中小の食品加工事業者様向け、1件あたり 100万〜1,000万円
・期間：36〜60回
・与信審査は貴行にてご実施、弊社は販売・保守を担当
・販促資料に貴行のロゴを掲載させていただきたい

ご検討のほど、よろしくお願いいたします。
""" + SIG_KURODA,
    expect="pass",
    entities=[],
    detectors=[],
    note="mail to a subdomain of partner midori-ginko.co.jp (hojin.midori-ginko.co.jp): the partner's own domain, not a look-alike",
))
