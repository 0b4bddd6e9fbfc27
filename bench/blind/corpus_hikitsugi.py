"""Blind corpus, area hikitsugi (担当者交代・異動・退職に伴う引継ぎ): mail that Hinode Sangyo staff
write when an account or a job changes hands: 異動・退職の挨拶と後任紹介 sent to customers and
partners (singly, in Bcc, or carelessly in To), 顧客情報・キーパーソン一覧・配送先・会員名簿 handed
to a successor, an agency or an outsourcing partner (CSV, XLSX, DOCX, PDF, PPTX, ZIP, pasted
tables, HTML tables, forwarded mails), 案件一覧 and 引継ぎ書 with or without a confidentiality
stamp, PPAP zips and broken files, personnel hand-overs to 社労士・税理士・旅行代理店・リース会社
carrying My Numbers, card numbers and ID documents, notes on customers' health, religion or
crime victimisation, look-alike recipient domains, replies with quoted lists, internal-only
hand-overs, and English mail to overseas partners.
"""

import random

from build import card_number, my_number

SEED = 71001

# -- invented people ----------------------------------------------------------------------
# Every name, number and address below is invented; combinations are drawn from fixed
# seeds so that the corpus renders identically on every run.

_SURNAMES = [
    ("佐々木", "ササキ", "Sasaki"), ("東海林", "ショウジ", "Shoji"), ("四十八願", "ヨイナラ", "Yoinara"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("百目鬼", "ドウメキ", "Domeki"), ("五百旗頭", "イオキベ", "Iokibe"),
    ("御手洗", "ミタライ", "Mitarai"), ("左右田", "ソウダ", "Soda"), ("一番ヶ瀬", "イチバンガセ", "Ichibangase"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("岩佐", "イワサ", "Iwasa"), ("長谷部", "ハセベ", "Hasebe"),
    ("宇津木", "ウツギ", "Utsugi"), ("蓬田", "ヨモギタ", "Yomogita"), ("及川", "オイカワ", "Oikawa"),
    ("茅野", "チノ", "Chino"), ("鬼頭", "キトウ", "Kito"), ("瀬戸口", "セトグチ", "Setoguchi"),
    ("桧山", "ヒヤマ", "Hiyama"), ("漆原", "ウルシバラ", "Urushibara"), ("奈良橋", "ナラハシ", "Narahashi"),
    ("楠本", "クスモト", "Kusumoto"), ("穂積", "ホヅミ", "Hozumi"), ("相楽", "サガラ", "Sagara"),
    ("真栄田", "マエダ", "Maeda"), ("比嘉", "ヒガ", "Higa"), ("阿久津", "アクツ", "Akutsu"),
    ("笹森", "ササモリ", "Sasamori"), ("井筒", "イヅツ", "Izutsu"), ("戸叶", "トガノウ", "Toganou"),
    ("栗栖", "クリス", "Kurisu"), ("猪狩", "イガリ", "Igari"), ("日下部", "クサカベ", "Kusakabe"),
    ("雨宮", "アメミヤ", "Amemiya"), ("鳴海", "ナルミ", "Narumi"), ("此川", "コノカワ", "Konokawa"),
    ("藤堂", "トウドウ", "Todo"), ("清水谷", "シミズダニ", "Shimizudani"), ("益子", "マシコ", "Mashiko"),
    ("安曇", "アズミ", "Azumi"), ("喜屋武", "キャン", "Kyan"), ("小此木", "オコノギ", "Okonogi"),
    ("大豆生田", "オオマメウダ", "Omameuda"), ("早乙女", "サオトメ", "Saotome"), ("南雲", "ナグモ", "Nagumo"),
    ("千々岩", "チヂイワ", "Chijiiwa"), ("舟橋", "フナハシ", "Funahashi"), ("葛城", "カツラギ", "Katsuragi"),
    ("田向", "タムカイ", "Tamukai"), ("寒河江", "サガエ", "Sagae"), ("吉良", "キラ", "Kira"),
    ("椎葉", "シイバ", "Shiiba"), ("若狭", "ワカサ", "Wakasa"), ("有働", "ウドウ", "Udo"),
    ("駒形", "コマガタ", "Komagata"), ("赤羽根", "アカバネ", "Akabane"), ("巽", "タツミ", "Tatsumi"),
    ("都築", "ツヅキ", "Tsuzuki"), ("沼尻", "ヌマジリ", "Numajiri"), ("仁科", "ニシナ", "Nishina"),
]
_GIVEN = [
    ("健太", "ケンタ", "Kenta"), ("美咲", "ミサキ", "Misaki"), ("翔平", "ショウヘイ", "Shohei"),
    ("千尋", "チヒロ", "Chihiro"), ("達彦", "タツヒコ", "Tatsuhiko"), ("さくら", "サクラ", "Sakura"),
    ("和子", "カズコ", "Kazuko"), ("勝", "マサル", "Masaru"), ("陽菜", "ヒナ", "Hina"),
    ("光太郎", "コウタロウ", "Kotaro"), ("文乃", "アヤノ", "Ayano"), ("隆之", "タカユキ", "Takayuki"),
    ("恵美子", "エミコ", "Emiko"), ("悠真", "ユウマ", "Yuma"), ("奈緒", "ナオ", "Nao"),
    ("清", "キヨシ", "Kiyoshi"), ("紗季", "サキ", "Saki"), ("大輔", "ダイスケ", "Daisuke"),
    ("富美", "フミ", "Fumi"), ("匠", "タクミ", "Takumi"), ("由紀子", "ユキコ", "Yukiko"),
    ("修", "オサム", "Osamu"), ("葵", "アオイ", "Aoi"), ("俊介", "シュンスケ", "Shunsuke"),
    ("珠代", "タマヨ", "Tamayo"), ("蓮", "レン", "Ren"), ("久美", "クミ", "Kumi"),
    ("義昭", "ヨシアキ", "Yoshiaki"), ("瑞穂", "ミズホ", "Mizuho"), ("直樹", "ナオキ", "Naoki"),
    ("トメ", "トメ", "Tome"), ("智也", "トモヤ", "Tomoya"), ("真由", "マユ", "Mayu"),
    ("源一郎", "ゲンイチロウ", "Genichiro"), ("莉子", "リコ", "Riko"), ("秀樹", "ヒデキ", "Hideki"),
]
_TOWNS = [
    ("東京都", "世田谷区桜新町", "154-0015", "03"), ("東京都", "練馬区石神井台", "177-0045", "03"),
    ("東京都", "八王子市元本郷町", "192-0051", "042"), ("神奈川県", "横浜市港北区日吉本町", "223-0062", "045"),
    ("神奈川県", "相模原市南区相模大野", "252-0303", "042"), ("埼玉県", "さいたま市浦和区岸町", "330-0064", "048"),
    ("埼玉県", "川越市新富町", "350-0043", "049"), ("千葉県", "船橋市本町", "273-0005", "047"),
    ("千葉県", "柏市明原", "277-0843", "04"), ("大阪府", "豊中市岡上の町", "560-0021", "06"),
    ("大阪府", "堺市堺区大町東", "590-0952", "072"), ("京都府", "京都市左京区下鴨松原町", "606-0807", "075"),
    ("兵庫県", "西宮市甲風園", "662-0832", "0798"), ("愛知県", "名古屋市昭和区御器所", "466-0051", "052"),
    ("愛知県", "岡崎市康生通西", "444-0052", "0564"), ("北海道", "札幌市中央区北三条西", "060-0003", "011"),
    ("宮城県", "仙台市青葉区上杉", "980-0011", "022"), ("福岡県", "福岡市早良区西新", "814-0002", "092"),
    ("広島県", "広島市中区大手町", "730-0051", "082"), ("長野県", "松本市深志", "390-0815", "0263"),
    ("静岡県", "浜松市中央区鍛冶町", "430-0933", "053"), ("新潟県", "新潟市中央区古町通", "951-8063", "025"),
    ("岡山県", "岡山市北区表町", "700-0822", "086"), ("熊本県", "熊本市中央区水前寺", "862-0950", "096"),
    ("沖縄県", "那覇市久茂地", "900-0015", "098"), ("茨城県", "つくば市吾妻", "305-0031", "029"),
]
_BUILDINGS = ["", "", "", "コーポ若葉102", "グランメゾン3F", "ハイツ松風205", "サンライズ西館401",
              "ドミール桜丘1001", "", "メゾン・ド・ソレイユ303", ""]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]
_BANKS = [("やまびこ銀行", "駅前支店"), ("さざなみ信用金庫", "本店営業部"), ("東西銀行", "新宿西口支店"),
          ("ひまわり銀行", "梅田支店"), ("あけぼの信用組合", "中央支店"), ("ゆうなぎ銀行", "博多支店")]
_COMPANIES = [
    ("株式会社みなせ工業", "minase-kogyo.co.jp"), ("有限会社ひばり製作所", "hibari-ss.co.jp"),
    ("株式会社丸九商事", "marukyu-shoji.co.jp"), ("東雲化成株式会社", "shinonome-kasei.co.jp"),
    ("株式会社アルテ住設", "arte-jyusetsu.co.jp"), ("株式会社かすみ食品", "kasumi-shokuhin.jp"),
    ("白鷺建設株式会社", "shirasagi-kensetsu.co.jp"), ("株式会社ネクスパ", "nexpa.co.jp"),
    ("双葉メディカル株式会社", "futaba-medical.co.jp"), ("株式会社オーロラ物産", "aurora-bussan.com"),
    ("早瀬精密株式会社", "hayase-seimitsu.co.jp"), ("株式会社ミライエ", "miraie-inc.jp"),
    ("株式会社こまち電設", "komachi-densetsu.co.jp"), ("北斗ケミカル株式会社", "hokuto-chem.co.jp"),
    ("株式会社つむぎ設計", "tsumugi-sekkei.jp"), ("株式会社青嵐テクノ", "seiran-techno.co.jp"),
]
_DEPTS = ["購買部", "資材課", "総務部", "営業企画部", "設備管理課", "品質保証部", "製造部", "経営企画室",
          "施設課", "調達グループ"]
_TITLES = ["課長", "係長", "主任", "部長", "", "", "マネージャー", "担当"]


def _digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _tel(rng, area):
    rest = 10 - len(area)
    if rest == 8:
        return f"{area}-{rng.randrange(3, 8)}{_digits(rng, 3)}-{_digits(rng, 4)}"
    if rest == 7:
        return f"{area}-{rng.randrange(2, 9)}{_digits(rng, 2)}-{_digits(rng, 4)}"
    if rest == 6:
        return f"{area}-{rng.randrange(2, 9)}{_digits(rng, 1)}-{_digits(rng, 4)}"
    return f"{area}-{rng.randrange(2, 9)}-{_digits(rng, 4)}"


def _people(tag, n, *, adult_from=1942, adult_to=2001):
    """n invented people (dicts), reproducible from tag."""
    rng = random.Random(f"{SEED}-hikitsugi-{tag}")
    out, used = [], set()
    while len(out) < n:
        s = rng.choice(_SURNAMES)
        g = rng.choice(_GIVEN)
        if (s[0], g[0]) in used:
            continue
        used.add((s[0], g[0]))
        pref, city, postal, area = rng.choice(_TOWNS)
        bld = rng.choice(_BUILDINGS)
        banchi = f"{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
        y = rng.randrange(adult_from, adult_to)
        m = rng.randrange(1, 13)
        d = rng.randrange(1, 29)
        co, dom = rng.choice(_COMPANIES)
        bank, branch = rng.choice(_BANKS)
        local = f"{g[2].lower()}.{s[2].lower()}{rng.randrange(10, 99)}"
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
            "roma": f"{g[2]} {s[2]}", "ROMA": f"{s[2].upper()} {g[2].upper()}",
            "mobile": f"0{rng.choice('987')}0-{rng.randrange(1, 10)}{_digits(rng, 3)}-{_digits(rng, 4)}",
            "tel": _tel(rng, area), "pref": pref, "postal": postal,
            "addr": f"{pref}{city}{banchi}" + (f" {bld}" if bld else ""),
            "addr_nopref": f"{city}{banchi}" + (f" {bld}" if bld else ""),
            "y": y, "m": m, "d": d, "dob": f"{y}/{m:02d}/{d:02d}",
            "mail": f"{local}@{rng.choice(_FREEMAIL)}",
            "company": co, "cdomain": dom, "dept": rng.choice(_DEPTS), "title": rng.choice(_TITLES),
            "bizmail": f"{s[2].lower()}.{g[2][0].lower()}@{dom}",
            "direct": _tel(rng, rng.choice(["03", "06", "052", "045", "011"])),
            "bank": bank, "branch": branch, "acct": f"{rng.randrange(1, 9)}{_digits(rng, 6)}",
            "license": f"{rng.choice(['30', '45', '46', '62', '54'])}{(y + 18) % 100:02d}{_digits(rng, 8)}",
            "passport": f"{rng.choice(['TK', 'TR', 'TZ', 'MU', 'TS'])}{_digits(rng, 7)}",
            "zairyu": f"{rng.choice('AEFHKLMNPRSTU')}{rng.choice('ABCDEFGH')}{_digits(rng, 8)}"
                      f"{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}",
            "pension": f"{rng.randrange(1000, 9999)}-{_digits(rng, 6)}",
            "hoken_kigo": f"{rng.randrange(10, 99)}{_digits(rng, 4)}", "hoken_no": str(rng.randrange(1, 400)),
            "cust": f"C{rng.randrange(100000, 999999)}",
            "sex": rng.choice("男女"),
        })
    return out


_ZEN = str.maketrans("0123456789-/()", "０１２３４５６７８９－／（）")


def _zen(s):
    """全角 digits and separators, as older Excel sheets and hand-typed mail have them."""
    return s.translate(_ZEN)


def _wareki(y, m, d, style="kanji"):
    if y >= 1989:
        era, k, short = "平成", y - 1988, "H"
    else:
        era, k, short = "昭和", y - 1925, "S"
    if style == "kanji":
        return f"{era}{'元' if k == 1 else k}年{m}月{d}日"
    if style == "zenkanji":
        return _zen(f"{era}{k}年{m}月{d}日")
    if style == "short":
        return f"{short}{k}.{m}.{d}"
    return _zen(f"{short}{k}.{m}.{d}").replace(".", "．").replace(short, chr(ord(short) + 0xFEE0))


def _pad(s, width):
    """Pad to a display width (full-width characters count two)."""
    w = sum(2 if ord(c) > 0x7F else 1 for c in s)
    return s + " " * max(width - w, 0)


def _corp(base12):
    """法人番号: check digit + 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for i, p in enumerate(reversed(digits), start=1):
        total += p * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


# -- signatures (people reuse theirs) ------------------------------------------------------
_ADDR = "〒103-0027 東京都中央区日本橋3-8-2 日の出ビル7F"

SIG_MORISHITA = f"""--
日の出産業株式会社 営業本部 営業一部
森下 健吾（Kengo Morishita）
{_ADDR}
TEL 03-6225-4410（代表） / FAX 03-6225-4419
morishita.kengo@hinode-sangyo.co.jp"""

SIG_ONODERA = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
住設営業部 営業二課　小野寺 真理子
〒103-0027 東京都中央区日本橋3-8-2
TEL：03-6225-4431　FAX：03-6225-4439
Mail：onodera.mariko@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_SHOJI = """==================================
日の出産業株式会社 管理本部 総務部 人事課
東海林 達也
TEL: 03-6225-4402 （内線 2215）
shoji.tatsuya@hinode-sangyo.co.jp
=================================="""

SIG_MIKUMO = """-----
日の出産業（株）経理部 三雲 沙織
〒103-0027 東京都中央区日本橋3-8-2 日の出ビル6F
TEL 03-6225-4405 / mikumo.saori@hinode-sangyo.co.jp"""

SIG_JONOUCHI = """---------------------------------------------
 日の出産業株式会社 情報システム部
 城之内 亮 / Ryo Jonouchi
 TEL 03-6225-4470  内線 3301
 jonouchi.ryo@hinode-sangyo.co.jp
---------------------------------------------"""

SIG_ASHIDA = """***********************************
日の出産業株式会社
カスタマーサポートセンター
芦田 まどか
フリーダイヤル 0120-418-225（平日9:00-18:00）
ashida.madoka@hinode-sangyo.co.jp
***********************************"""

SIG_ISURUGI = """--------------------------------------------
日の出産業株式会社　大阪支店　営業課
石動 浩一（いするぎ こういち）
〒530-0001 大阪府大阪市北区梅田2-5-10 梅田サウスビル9F
TEL 06-6345-7720　FAX 06-6345-7729
--------------------------------------------"""

SIG_NAKAMURA_EN = """Best regards,

Yui Nakamura
Overseas Sales Dept. | Hinode Sangyo Co., Ltd.
3-8-2 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel +81-3-6225-4460 | nakamura.yui@hinode-sangyo.co.jp"""

SIG_TSUKUI = """――――――――――――――――――――
日の出産業株式会社 購買部 資材調達課
津久井 慎一
TEL 03-6225-4450 ／ FAX 03-6225-4459
――――――――――――――――――――"""

SIG_YAGINUMA = """--
日の出産業(株) 物流管理部
八木沼 恵 / Megumi Yaginuma
〒136-0082 東京都江東区新木場2-11-3 新木場ロジセンター
TEL 03-5534-8810"""

DISCLAIMER_JA = """※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited."""


# -- the messages -------------------------------------------------------------------------


def _m001():
    ppl = _people("001", 12)
    equip = ["エコキュート 460L", "ガス給湯器 24号", "システムバス 1616", "IHクッキングヒーター",
             "浴室乾燥機", "食洗機 45cm", "エコキュート 370L", "トイレ一体型 SR5", "太陽光 5.2kW",
             "ガス給湯器 20号", "洗面化粧台 W750", "蓄電池 9.8kWh"]
    rows = [["顧客番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "設置機器", "設置年月"]]
    for i, p in enumerate(ppl):
        rows.append([p["cust"], p["name"], p["kana"], p["postal"], p["addr"], p["tel"],
                     equip[i], f"20{18 + i % 6}/{(i * 5) % 12 + 1:02d}"])
    return {
        "id": "hikitsugi-001",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["松葉住設サービス 大迫様 <osako@matsuba-jusetsu.co.jp>"],
        "cc": ["onodera.mariko@hinode-sangyo.co.jp"],
        "subject": "【引継ぎ】定期点検対象のお客様一覧（旧担当：小野寺）",
        "body": f"""株式会社松葉住設サービス
大迫様

いつもお世話になっております。日の出産業の小野寺です。

先日お電話でご相談いたしました件、4月以降の定期点検業務を御社に
お引き受けいただけることとなり、誠にありがとうございます。
私が担当しておりました東京西エリアのお客様一覧をお送りいたします。

・対象：{len(ppl)}件（設置後5年以内のお客様）
・添付：点検対象顧客一覧_202404.csv（Excelで開けます）

点検のご案内状は弊社から発送済みですので、日程調整のお電話から
ご対応いただけますと幸いです。

よろしくお願いいたします。

{SIG_ONODERA}
""",
        "attachments": [{"kind": "csv", "name": "点検対象顧客一覧_202404.csv", "encoding": "cp932",
                         "rows": rows}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "12 private customers (name, kana, address, phone) in a CP932 CSV handed to an outside service agency",
    }


def _m002():
    return {
        "id": "hikitsugi-002",
        "charset": "iso-2022-jp",
        "sender": "森下 健吾 <morishita.kengo@hinode-sangyo.co.jp>",
        "to": ["小林 浩二様 <kobayashi.koji@kawasaki-denki.co.jp>"],
        "cc": ["津田 亮太 <tsuda.ryota@hinode-sangyo.co.jp>"],
        "subject": "担当者変更のご挨拶（日の出産業 森下）",
        "body": f"""川崎電機株式会社
調達本部 小林様

いつも大変お世話になっております。
日の出産業の森下でございます。

私事で恐縮ですが、このたび4月1日付で名古屋支店へ異動することとなりました。
在任中は格別のご高配を賜り、心より御礼申し上げます。

後任は同じ営業一部の津田（本メールCCに入っております）が務めさせていただきます。
3月中に一度、津田とともにご挨拶に伺いたく存じますので、
ご都合のよい日時を2、3候補いただけますと幸いです。

今後とも変わらぬご指導ご鞭撻を賜りますよう、よろしくお願い申し上げます。

{SIG_MORISHITA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "transfer greeting to one partner contact; successor named only, internal cc",
    }


def _m003():
    return {
        "id": "hikitsugi-003",
        "charset": "cp932",
        "sender": "石動 浩一 <isurugi.koichi@hinode-sangyo.co.jp>",
        "to": ["kusumoto@minase-kogyo.co.jp", "購買部 御中 <kobai@hibari-ss.co.jp>",
               "akutsu.t@marukyu-shoji.co.jp", "settsu@shinonome-kasei.co.jp"],
        "subject": "大阪支店 担当者交代のお知らせ",
        "body": f"""お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 大阪支店の石動でございます。

さて、私こと
このたび3月31日付をもちまして本社営業企画部へ異動となりました。
大阪在任中の皆様からのご厚情に深く感謝申し上げます。

4月1日以降の御社ご担当は、下記の者が引き継がせていただきます。

　　後任：大阪支店 営業課　瀬尾 拓海（せお たくみ）

略儀ながらメールにてご挨拶申し上げます。
引き続きご愛顧のほど、よろしくお願い申し上げます。

{SIG_ISURUGI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "transfer notice to four customer companies all in To: recipients see each other, should be Bcc",
    }


def _m004():
    ppl = _people("004", 15)
    notes = ["点検時は午前希望", "ご主人様不在時は奥様対応", "支払は口座振替", "駐車場なし・近隣Pへ",
             "", "2世帯住宅", "犬あり（インターホン注意）", "", "リフォーム検討中（浴室）", "",
             "紹介元：南雲様", "", "夜間連絡不可", "", "年1回の点検案内のみ"]
    sheet = [["東京西エリア 顧客一覧（小野寺→津田 引継ぎ用）", "", "", "", "", "", "", ""],
             ["顧客番号", "氏名", "カナ", "電話", "携帯", "住所", "生年月日", "備考"]]
    for p, n in zip(ppl, notes):
        sheet.append([p["cust"], p["name"], p["kana"], p["tel"], p["mobile"], p["addr"], p["dob"], n])
    hist = [["日付", "顧客番号", "内容", "対応者"]]
    for i, p in enumerate(ppl[:8]):
        hist.append([f"2024/0{1 + i % 3}/{10 + i}", p["cust"], ["見積提出", "点検", "故障受付", "請求書再発行"][i % 4],
                     "小野寺"])
    return {
        "id": "hikitsugi-004",
        "charset": "utf-8",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["津田 亮太 <tsuda.ryota@hinode-sangyo.co.jp>"],
        "cc": ["営業二課 課長 岩佐 <iwasa.noboru@hinode-sangyo.co.jp>"],
        "subject": "引継ぎ資料（東京西エリア顧客）",
        "body": f"""津田さん

お疲れさまです。小野寺です。
来週からの引継ぎ用に、担当顧客の一覧と直近の対応履歴をまとめました。
備考欄に訪問時の注意点を書いてあるので、初回訪問前に目を通してください。

金曜の15時から30分ほど、読み合わせの時間をもらえると助かります。

{SIG_ONODERA}
""",
        "attachments": [{"kind": "xlsx", "name": "東京西エリア顧客一覧_引継ぎ.xlsx",
                         "sheets": {"顧客一覧": sheet, "対応履歴": hist}}],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "full customer list but every recipient is internal",
    }


def _m005():
    return {
        "id": "hikitsugi-005",
        "charset": "utf-8",
        "sender": "八木沼 恵 <yaginuma.megumi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター 浜口様 <hamaguchi@aoba-unyuu.co.jp>"],
        "subject": "配車ご依頼窓口変更のご連絡",
        "body": f"""青葉運輸株式会社
配車センター 浜口様

お世話になっております。日の出産業 物流管理部の八木沼です。

5月の組織変更に伴い、新木場ロジセンター発の配車ご依頼窓口が
私から同部の早乙女に変わります。
5月7日（火）以降のご依頼・ご連絡は早乙女宛にお願いいたします。

なお、月末締めの運賃明細の送付先は従来どおり経理部で変更ございません。

ご不明点があれば、私までお気軽にお問い合わせください。

{SIG_YAGINUMA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain aoba-unyuu.co.jp is a one-letter-added look-alike of partner aoba-unyu.co.jp",
    }


def _m006():
    p = _people("006", 1, adult_from=1961, adult_to=1965)[0]
    mn = my_number(SEED + 1)
    return {
        "id": "hikitsugi-006",
        "charset": "utf-8",
        "sender": "東海林 達也 <shoji.tatsuya@hinode-sangyo.co.jp>",
        "to": ["星野社会保険労務士事務所 高見沢様 <takamizawa@hoshino-sr.jp>"],
        "subject": "担当交代のご挨拶と退職者の資格喪失手続きについて",
        "body": f"""星野社会保険労務士事務所
高見沢 様

いつもお世話になっております。
日の出産業 人事課の東海林でございます。

人事課の前任・寒河江が4月より経理部へ異動となり、
社会保険関係の窓口は本日より私が担当いたします。
どうぞよろしくお願いいたします。

早速で恐縮ですが、寒河江から引き継いだ案件のうち、
3月末で定年退職した社員の資格喪失届の作成をお願いいたします。

　氏名　　　　：{p["name"]}（{p["kana"]}）
　生年月日　　：{_wareki(p["y"], p["m"], p["d"])}
　基礎年金番号：{p["pension"]}
　個人番号　　：{mn[:4]} {mn[4:8]} {mn[8:]}
　退職日　　　：2024年3月31日（資格喪失日 4月1日）

健康保険証は回収済みで、本日レターパックで発送しております。

{SIG_SHOJI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "retiree's My Number and basic pension number in the body to an outside labour consultant",
    }


def _m007():
    return {
        "id": "hikitsugi-007",
        "charset": "iso-2022-jp",
        "sender": "津久井 慎一 <tsukui.shinichi@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 営業部 千々岩様 <chijiiwa@kitaguni-foods.co.jp>"],
        "subject": "Re: 店舗別ご担当者一覧の送付（担当交代のため）",
        "body": f"""千々岩様

お世話になっております。日の出産業の津久井です。
ご丁寧に一覧をお送りいただきありがとうございます。
後任の相楽にも共有し、来月からの発注連絡はこちらの皆様宛に行うようにいたします。

引き続きよろしくお願いいたします。

{SIG_TSUKUI}

> 日の出産業株式会社 津久井様
>
> いつもお世話になっております。北国フーズの千々岩です。
> 弊社側も4月から各店舗の発注担当が替わりましたので、一覧をお送りします。
>
> 店舗        担当者        携帯
> ---------------------------------------------
> 札幌北口店  猪狩 陽菜     090-4418-2273
> 旭川店      蓬田 修       080-3321-9056
> 函館港店    笹森 奈緒     070-5582-1140
> 帯広店      鳴海 大輔     090-7709-3385
> 釧路店      舟橋 紗季     080-1264-7731
> 小樽店      若狭 勝       090-2287-6604
>
> よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person list is only in the quoted text of the partner's own mail; new text has no personal data",
    }


def _m008():
    return {
        "id": "hikitsugi-008",
        "charset": "utf-8",
        "sender": "城之内 亮 <jonouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 保守サポート 安曇様 <azumi@tsubasa-system.jp>"],
        "subject": "基幹システム保守の引継ぎ書をお送りします",
        "body": f"""株式会社ツバサシステム
安曇様

お世話になっております。日の出産業 情報システム部の城之内です。

弊社側の保守窓口が6月より鬼頭から私に替わるにあたり、
これまでの運用内容を引継ぎ書にまとめましたので共有いたします。
御社側の新ご担当の方にもご展開いただけますと幸いです。

主な内容：
 1. サーバ構成とバックアップ運用
 2. 夜間バッチ一覧と障害時の連絡フロー
 3. 未完了の改修案件（受注管理画面の改修 ほか2件）

{SIG_JONOUCHI}
""",
        "attachments": [{"kind": "docx", "name": "基幹システム保守_引継ぎ書_v1.2.docx",
                         "page_header": "社外秘",
                         "title": "基幹システム保守 引継ぎ書",
                         "paragraphs": ["基幹システム保守 引継ぎ書", "日の出産業株式会社 情報システム部",
                                        "1. サーバ構成", "本番DBサーバ2台（Active/Standby）、APサーバ3台。",
                                        "2. 夜間バッチ", "受注締め処理 23:30、在庫引当 01:00、会計連携 03:00。",
                                        "3. 障害時連絡", "一次連絡は情報システム部代表番号、二次はツバサシステム様保守窓口。"],
                         "tables": [[["サーバ名", "役割", "OS", "保守期限"],
                                     ["HS-DB01", "本番DB（Active）", "RHEL 8", "2027/03"],
                                     ["HS-DB02", "本番DB（Standby）", "RHEL 8", "2027/03"],
                                     ["HS-AP01", "受注AP", "RHEL 8", "2026/09"],
                                     ["HS-AP02", "在庫AP", "RHEL 8", "2026/09"]]]}],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "hand-over document stamped 社外秘 in its page header goes to an external partner",
    }


def _m009():
    return {
        "id": "hikitsugi-009",
        "charset": "iso-2022-jp",
        "sender": "三雲 沙織 <mikumo.saori@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 栗栖様 <kurisu@nishiki-insatsu.co.jp>"],
        "subject": "請求書発行業務の引継ぎ資料",
        "body": f"""錦印刷株式会社
栗栖様

お世話になっております。日の出産業 経理部の三雲です。
請求書の印刷・封入業務の弊社担当が替わるため、引継ぎ資料一式をお送りします。
添付ファイルはパスワード付きZIPです。パスワードは別メールにてお知らせします。

ご確認のほどよろしくお願いいたします。

{SIG_MIKUMO}
""",
        "attachments": [{"kind": "zip", "name": "引継ぎ資料一式_20240415.zip", "password": "Hn0415#kr",
                         "files": [{"kind": "xlsx", "name": "印刷仕様一覧.xlsx",
                                    "sheets": {"仕様": [["帳票", "用紙", "部数"], ["請求書", "A4 3枚複写", "1200"]]}},
                                   {"kind": "docx", "name": "作業手順書.docx",
                                    "paragraphs": ["毎月25日締め、翌月3営業日までに発送。"]}]}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to a partner: its contents cannot be inspected",
    }


def _m010():
    rows = [["川崎電機様向け 進行中案件一覧（2024年4月1日時点）", "", "", "", "", "", ""],
            ["案件番号", "案件名", "納入先", "見積金額（税抜）", "ステータス", "納期", "当社担当（旧→新）"],
            ["HS-24-0112", "第2工場 配電盤更新", "川崎電機 相模原工場", 18400000, "受注済", "2024/06/30", "森下→津田"],
            ["HS-24-0127", "制御盤筐体 追加ロット", "川崎電機 本社", 4250000, "見積提出済", "2024/05/15", "森下→津田"],
            ["HS-24-0135", "ケーブルトレイ改修", "川崎電機 川崎事業所", 2980000, "仕様確認中", "未定", "森下→津田"],
            ["HS-23-0988", "UPS保守契約更新", "川崎電機 本社", 1320000, "契約書回付中", "2024/04/30", "森下→津田"],
            ["HS-24-0141", "試験設備用架台", "川崎電機 相模原工場", 760000, "引合い", "未定", "森下→津田"]]
    return {
        "id": "hikitsugi-010",
        "charset": "iso-2022-jp",
        "sender": "森下 健吾 <morishita.kengo@hinode-sangyo.co.jp>",
        "to": ["小林 浩二様 <kobayashi.koji@kawasaki-denki.co.jp>"],
        "cc": ["tsuda.ryota@hinode-sangyo.co.jp"],
        "subject": "進行中案件一覧（担当交代に伴う確認のお願い）",
        "body": f"""小林様

お世話になっております。日の出産業の森下です。
先日お伝えしました担当交代の件で、現在進行中の案件を一覧にいたしました。
認識に相違がないかご確認いただけますでしょうか。
特にHS-24-0135の仕様確認は、津田が引き継いで進めさせていただきます。

{SIG_MORISHITA}
""",
        "attachments": [{"kind": "xlsx", "name": "進行中案件一覧_川崎電機様.xlsx",
                         "sheets": {"案件一覧": rows}}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "project list (numbers, amounts, staff names only) to a partner: business data, no personal records",
    }


def _m011():
    ppl = _people("011", 8)
    trs = "\n".join(
        f"<tr><td>{p['company']}</td><td>{p['dept']}</td><td>{p['name']}</td>"
        f"<td>{p['direct']}</td><td>{p['mobile']}</td><td>{p['bizmail']}</td></tr>" for p in ppl)
    html = f"""<html><head><meta charset="utf-8"></head><body>
<p>コールネットサポート株式会社<br>加賀谷様</p>
<p>お世話になっております。日の出産業 カスタマーサポートセンターの芦田です。</p>
<p>法人窓口の一次受付を5月より御社に移管するにあたり、<br>
弊社の主要法人顧客のご担当者様一覧を下記にまとめました。<br>
折り返しのご連絡先としてご利用ください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>会社名</th><th>部署</th><th>ご担当者</th><th>直通</th><th>携帯</th><th>メール</th></tr>
{trs}
</table>
<p>※担当者変更があった場合は、随時こちらからご連絡いたします。</p>
<p>日の出産業株式会社 カスタマーサポートセンター<br>芦田 まどか<br>
フリーダイヤル 0120-418-225</p>
</body></html>"""
    return {
        "id": "hikitsugi-011",
        "charset": "utf-8",
        "sender": "芦田 まどか <ashida.madoka@hinode-sangyo.co.jp>",
        "to": ["kagaya@callnet-support.co.jp"],
        "subject": "法人窓口移管：主要顧客ご担当者一覧",
        "html": html,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of 8 customer contacts (name, direct line, mobile, e-mail) to a new outsourcing firm",
    }


def _m012():
    p = _people("012", 1, adult_from=1936, adult_to=1944)[0]
    fam = _people("012f", 1, adult_from=1966, adult_to=1972)[0]
    return {
        "id": "hikitsugi-012",
        "charset": "cp932",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["ひだまり訪問介護 ケアマネージャー 楠本様 <kusumoto.c@hidamari-care.jp>"],
        "subject": "住宅改修（手すり設置）のご依頼者様について／担当変更",
        "body": f"""ひだまり訪問介護
楠本様

いつもお世話になっております。日の出産業の小野寺です。
4月から弊社の担当が津田に替わりますので、進行中の住宅改修の件を共有いたします。

■ご依頼者様
　{p["name"]} 様（{p["y"]}年生まれ）
　{p["addr"]}
　TEL {p["tel"]}
　ご家族連絡先：長女 {fam["name"]} 様 {fam["mobile"]}

■状況
　要介護2。昨年アルツハイマー型認知症の診断を受けられ、
　夜間にトイレへ向かう際の転倒が2回あったとのことです。
　廊下とトイレ内の手すり、玄関の段差解消の見積を提出済みで、
　介護保険の住宅改修費の申請書類を御社でご準備いただいている段階です。

着工日程は津田から改めてご連絡いたします。

{SIG_ONODERA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named customer's dementia diagnosis and care level (要配慮個人情報) sent to an outside care agency",
    }


def _m013():
    return {
        "id": "hikitsugi-013",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["宇津木様 <utsugi.fumi52@yahoo.co.jp>"],
        "subject": "退職のご挨拶",
        "body": f"""宇津木様

ご無沙汰しております。日の出産業の小野寺です。
いつも点検の際には温かいお茶を出していただき、ありがとうございました。

私事で恐縮ですが、3月末をもちまして退職することとなりました。
宇津木様には入社以来十年近くお世話になり、感謝の気持ちでいっぱいです。

今後の点検やご相談は、後任の津田が承ります。
お電話は従来どおりフリーダイヤル（0120-418-225）へお願いいたします。

季節の変わり目ですので、どうぞご自愛ください。

日の出産業株式会社 住設営業部
小野寺 真理子
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "farewell to one private customer on free mail; no personal data",
    }


def _m014():
    return {
        "id": "hikitsugi-014",
        "charset": "utf-8",
        "sender": "城之内 亮 <jonouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["川崎電機 情報システム課 奈良橋様 <narahashi@kawasaki-denki.co.jp>"],
        "cc": ["ツバサシステム 安曇様 <azumi@tsubasa-system.jp>", "kito.shinya@hinode-sangyo.co.jp"],
        "subject": "EDI接続の引継ぎ打合せ日程のご相談",
        "body": f"""川崎電機株式会社 奈良橋様
（CC：ツバサシステム 安曇様、弊社 鬼頭）

お世話になっております。日の出産業の城之内です。

弊社側のEDI担当が鬼頭から私に替わるにあたり、
三社で接続仕様と障害時の連絡経路を確認する打合せを持てればと考えております。

候補日：
　5/20（月）14:00-15:00
　5/22（水）10:00-11:00
　5/23（木）16:00-17:00
形式：Teams（URLは確定後にお送りします）

ご都合をお知らせいただけますと幸いです。

{SIG_JONOUCHI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way meeting mail: two external organisations in To/Cc",
    }


def _m015():
    ppl = _people("015", 10)
    slots = ["午前中", "14-16時", "16-18時", "18-20時", "指定なし", "午前中", "19-21時", "14-16時",
             "指定なし", "午前中"]
    lines = ["お届け先名\t郵便番号\t住所\t電話番号\t配達時間帯"]
    for p, s in zip(ppl, slots):
        lines.append(f"{p['name']} 様\t〒{p['postal']}\t{p['addr']}\t{p['tel']}\t{s}")
    table = "\n".join(lines)
    return {
        "id": "hikitsugi-015",
        "charset": "cp932",
        "sender": "八木沼 恵 <yaginuma.megumi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 宅配課 南雲様 <nagumo@aoba-unyu.co.jp>"],
        "subject": "再配達対応中のお届け先（担当替わりのため）",
        "body": f"""南雲様

お疲れ様です。日の出産業の八木沼です。
御社のご担当が4月から南雲様に替わられたと伺いましたので、
前任の方と調整中だった再配達・日時指定のお届け先をお送りします。
（エクセルから貼り付けていますので見づらかったらすみません）

{table}

以上10件、今週中の配達をお願いできますでしょうか。

{SIG_YAGINUMA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "10 private delivery addressees (name, address, phone) pasted tab-separated into the body to a carrier",
    }


def _m016():
    return {
        "id": "hikitsugi-016",
        "charset": "utf-8",
        "sender": "Yui Nakamura <nakamura.yui@hinode-sangyo.co.jp>",
        "to": ["Daniel Tan <daniel.tan@lumina-trading.com.sg>"],
        "cc": ["ebara.taichi@hinode-sangyo.co.jp"],
        "subject": "Change of account manager from 1 April",
        "body": f"""Dear Daniel,

I hope this finds you well.

I am writing to let you know that I will be moving to our Europe desk at the end of
March. From 1 April, my colleague Taichi Ebara (in copy) will take over as your account
manager for all orders, quotations and shipping arrangements.

Taichi has been working with me on the Lumina account since last autumn, so he is
already familiar with the open orders (PO 24-0318 and PO 24-0325) and the revised
price list we agreed in February. He will contact you next week to arrange a short
online call.

Thank you very much for your support over the past four years. It has been a pleasure
working with you and your team.

{SIG_NAKAMURA_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English successor introduction to one overseas customer; PO numbers only",
    }


def _m017():
    cn = card_number(SEED + 2)
    return {
        "id": "hikitsugi-017",
        "charset": "iso-2022-jp",
        "sender": "三雲 沙織 <mikumo.saori@hinode-sangyo.co.jp>",
        "to": ["旅プラザ 法人営業部 有働様 <udo@tabi-plaza.co.jp>"],
        "subject": "出張手配のお支払いカード変更について（経理担当交代）",
        "body": f"""株式会社旅プラザ
法人営業部 有働様

いつもお世話になっております。日の出産業 経理部の三雲です。
4月より出張手配の精算窓口が前任の寒河江から私に替わりました。

あわせて、5月ご利用分からの決済カードを下記に切り替えていただきたく
ご連絡いたしました。

　カード番号：{cn[:4]}-{cn[4:8]}-{cn[8:12]}-{cn[12:]}
　有効期限　：09/28
　名義　　　：HINODE SANGYO / SAORI MIKUMO

旧カード（末尾 4471）は4月末で解約予定です。
お手数ですが、ご登録変更後にご一報いただけますと幸いです。

{SIG_MIKUMO}
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "full credit card number with expiry and holder name in the body to a travel agency",
    }


def _m018():
    return {
        "id": "hikitsugi-018",
        "charset": "utf-8",
        "sender": "芦田 まどか <ashida.madoka@hinode-sangyo.co.jp>",
        "to": ["漆原 様 <urushibara.k1957@gmail.com>", "ayano.tamukai@icloud.com",
               "比嘉 様 <higa-t.0821@docomo.ne.jp>"],
        "subject": "サポート窓口担当変更のお知らせ",
        "body": f"""漆原様、田向様、比嘉様

いつも日の出産業の製品をご愛用いただきありがとうございます。
カスタマーサポートセンターの芦田です。

これまで私が個別にご連絡を差し上げておりましたが、
6月より担当が同センターの日下部に替わります。
修理の進捗などは引き続き日下部からご連絡いたしますので、
今後ともよろしくお願いいたします。

{SIG_ASHIDA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "three private customers on free mail put together in To: each sees the others' addresses",
    }


def _m019():
    ppl = _people("019", 5, adult_from=1968, adult_to=1996)
    rows = [["社員番号", "氏名", "フリガナ", "生年月日", "個人番号", "扶養人数", "備考"]]
    for i, p in enumerate(ppl):
        rows.append([f"H{20145 + i * 37}", p["name"], p["kana"], p["dob"], my_number(SEED + 3 + i),
                     str(i % 3), ["", "配偶者控除", "", "16歳未満1名", ""][i]])
    return {
        "id": "hikitsugi-019",
        "charset": "utf-8",
        "sender": "寒河江 千尋 <sagae.chihiro@hinode-sangyo.co.jp>",
        "to": ["東海林 達也 <shoji.tatsuya@hinode-sangyo.co.jp>"],
        "subject": "【引継ぎ】年末調整 未処理分（個人番号あり・取扱注意）",
        "body": """東海林さん

お疲れさまです。寒河江です。
異動前に片付けきれなかった年末調整の再計算対象5名分を引き継ぎます。
個人番号が入っていますので、作業後は共有フォルダの所定の場所に保存して、
ローカルからは削除してください。

・中途入社2名は前職の源泉徴収票待ち
・残り3名は扶養控除等申告書の修正待ち

よろしくお願いします。
寒河江
""",
        "attachments": [{"kind": "csv", "name": "年調再計算対象_5名.csv", "encoding": "utf-8",
                         "rows": rows}],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "My Numbers of five employees, but sent between two internal addresses only",
    }


def _m020():
    ppl = _people("020", 7)
    head = f"{_pad('会社名', 24)}{_pad('ご担当', 14)}{_pad('携帯', 16)}メール"
    lines = [head, "-" * 80]
    for p in ppl:
        lines.append(f"{_pad(p['company'], 24)}{_pad(p['name'], 14)}{_pad(p['mobile'], 16)}{p['bizmail']}")
    fwd_table = "\n".join(lines)
    return {
        "id": "hikitsugi-020",
        "charset": "iso-2022-jp",
        "sender": "森下 健吾 <morishita.kengo@hinode-sangyo.co.jp>",
        "to": ["寿販売 営業推進部 駒形様 <komagata@kotobuki-hanbai.co.jp>"],
        "subject": "FW: 担当顧客の引継ぎ（東日本エリア）",
        "body": f"""駒形様

お世話になっております。日の出産業の森下です。
来期から東日本エリアの一部を御社に代理店としてご担当いただく件、
社内の引継ぎメールをそのまま転送いたします。
下記のキーマンの方々へは、御社からご挨拶いただければと思います。

-------- Forwarded Message --------
Subject: 担当顧客の引継ぎ（東日本エリア）
Date: Mon, 18 Mar 2024 09:12:44 +0900
From: 森下 健吾 <morishita.kengo@hinode-sangyo.co.jp>
To: 営業一部 <eigyo1@hinode-sangyo.co.jp>

営業一部の皆さん

東日本エリアのうち、下記7社は4月から寿販売さんに代理店として
入っていただきます。各社のキーマンは以下のとおりです。

{fwd_table}

いずれも年2回の定期訪問をしています。よろしくお願いします。

{SIG_MORISHITA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward of an internal mail: its padded table of 7 customer contacts (mobile, e-mail) is new text to the agency",
    }


def _m021():
    ppl = _people("021", 6)
    switch = ["03-3871-2200", "048-652-7100", "045-471-3380", "03-5640-1155", "0564-22-8100",
              "052-882-4060"]
    lines = ["No. 得意先名 / 部署 / ご担当者（役職） / 代表電話"]
    for i, (p, sw) in enumerate(zip(ppl, switch), 1):
        t = p["title"] or "ご担当"
        lines.append(f"{i}. {p['company']} / {p['dept']} / {p['name']}（{t}） / {sw}")
    return {
        "id": "hikitsugi-021",
        "charset": "iso-2022-jp",
        "sender": "森下 健吾 <morishita.kengo@hinode-sangyo.co.jp>",
        "to": ["花村商事 営業部 仁科様 <nishina@hanamura-shoji.co.jp>"],
        "subject": "代理店ご担当分の得意先リスト",
        "body": f"""花村商事株式会社
仁科様

お世話になっております。日の出産業の森下です。
4月から御社にご担当いただく得意先6社と、先方の窓口の方をお知らせします。
ご挨拶の際は代表電話から各ご担当者様をお呼び出しください。

""" + "\n".join(lines) + f"""

各社には、代理店変更のご案内状を弊社から先週発送済みです。

{SIG_MORISHITA}
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "six customer contacts named with title and company switchboard only: a list of people or of businesses is arguable",
    }


def _m022():
    return {
        "id": "hikitsugi-022",
        "charset": "utf-8",
        "sender": "津田 亮太 <tsuda.ryota@hinode-sangyo.co.jp>",
        "to": ["小林 浩二様 <kobayashi.koji@kawasaki-denki.jp>"],
        "cc": ["morishita.kengo@hinode-sangyo.co.jp"],
        "subject": "【ご挨拶】4月より御社を担当いたします津田です",
        "body": """川崎電機株式会社
調達本部 小林様

はじめてご連絡いたします。
日の出産業 営業一部の津田 亮太と申します。

前任の森下より、4月1日付で御社の担当を引き継ぎました。
森下から引き継いだ進行中案件の一覧をPDFでお送りしますので、
お手すきの際にご確認いただけますと幸いです。

まだ至らぬ点も多いかと存じますが、精一杯努めてまいります。
何卒よろしくお願い申し上げます。

--
日の出産業株式会社 営業本部 営業一部
津田 亮太
TEL 03-6225-4410（代表）
tsuda.ryota@hinode-sangyo.co.jp
""",
        "attachments": [{"kind": "pdf", "name": "進行中案件一覧_20240401.pdf",
                         "title": "進行中案件一覧",
                         "lines": ["川崎電機株式会社 御中", "進行中案件一覧（2024年4月1日）", ""],
                         "table": [["案件番号", "案件名", "金額(税抜)", "状況"],
                                   ["HS-24-0112", "第2工場 配電盤更新", "18,400,000", "受注済"],
                                   ["HS-24-0127", "制御盤筐体 追加ロット", "4,250,000", "見積提出済"],
                                   ["HS-24-0135", "ケーブルトレイ改修", "2,980,000", "仕様確認中"]]}],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denki.jp drops the co. of partner kawasaki-denki.co.jp: look-alike recipient domain",
    }


def _m023():
    ppl = _people("023", 2, adult_from=1975, adult_to=1995)
    blocks = []
    for i, p in enumerate(ppl, 1):
        blocks.append(f"""【{i}】{p['name']}（{p['kana']}）
　　生年月日：{_wareki(p['y'], p['m'], p['d'])}
　　運転免許証番号：第{p['license']}号
　　免許の色：{'ゴールド' if i == 1 else 'ブルー'}　有効期限：令和{7 + i}年{p['m']}月{p['d']}日""")
    return {
        "id": "hikitsugi-023",
        "charset": "cp932",
        "sender": "津久井 慎一 <tsukui.shinichi@hinode-sangyo.co.jp>",
        "to": ["みなとオートリース 車両管理課 <sharyo@minato-autolease.co.jp>"],
        "subject": "社用車（品川500 そ 12-34）使用者変更届",
        "body": f"""みなとオートリース株式会社
車両管理課 ご担当者様

お世話になっております。日の出産業 購買部の津久井です。
営業担当の交代に伴い、下記リース車両の使用者を変更いたします。
任意保険の運転者登録もあわせてお願いいたします。

対象車両：品川500 そ 12-34（契約番号 ML-2021-08841）
変更日　：2024年4月1日

■新使用者
{chr(10).join(blocks)}

旧使用者（森下）の登録は3月31日で抹消をお願いします。

{SIG_TSUKUI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "two drivers' licence numbers with dates of birth sent to a leasing company",
    }


def _m024():
    ppl = _people("024", 9)
    rows = [["会員ID", "氏名", "メールアドレス", "電話番号", "住所", "最終購入日"]]
    for i, p in enumerate(ppl):
        rows.append([f"M{58010 + i * 13}", p["name"], p["mail"], p["mobile"], p["addr"],
                     f"2024-0{1 + i % 3}-{10 + i:02d}"])
    return {
        "id": "hikitsugi-024",
        "charset": "utf-8",
        "sender": "芦田 まどか <ashida.madoka@hinode-sangyo.co.jp>",
        "to": ["大阪CS 瀬尾 <seo.takumi@osaka.hinode-sangyo.co.jp>",
               "cs-osaka@osaka.hinode-sangyo.co.jp"],
        "subject": "関西エリア会員 フォロー対象の引継ぎ",
        "body": f"""大阪CSの皆さん

お疲れさまです。本社CSの芦田です。
関西エリアの会員フォローを4月から大阪CSで持っていただく件、
現在フォロー中の会員リストを添付します（UTF-8のCSVです）。

よろしくお願いします。

{SIG_ASHIDA}
""",
        "attachments": [{"kind": "csv", "name": "kansai_follow_members.csv", "encoding": "utf-8",
                         "rows": rows}],
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "member list to an internal subdomain (osaka.hinode-sangyo.co.jp): all recipients internal",
    }


def _m025():
    return {
        "id": "hikitsugi-025",
        "charset": "iso-2022-jp",
        "sender": "東海林 達也 <shoji.tatsuya@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会セールス 都築様 <tsuzuki@sakura-hotel.jp>"],
        "subject": "新入社員研修（会場）の担当変更と契約条件について",
        "body": f"""【社外秘】

さくらホテル
宴会セールス 都築様

いつもお世話になっております。日の出産業 人事課の東海林です。
新入社員研修の会場手配は、本年度から前任の寒河江に代わり私が担当いたします。

寒河江から引き継いだ内容を整理しましたので、ご確認をお願いいたします。

　・日程：2024年4月3日（水）～5日（金）　3日間
　・会場：鳳凰の間（スクール形式 60名）
　・ご請求予定額：1,860,000円（税別）
　　※昨年度比 ▲8％ の特別条件でご提示いただいた金額です
　・昼食：幕の内弁当 60食×3日
　・社内の研修予算上限：2,000,000円

予算上限の件は社内限りの情報ですので、お取り扱いにご注意ください。

{SIG_SHOJI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail stamped 【社外秘】 at its head sent to an external hotel",
    }


def _m026():
    return {
        "id": "hikitsugi-026",
        "charset": "cp932",
        "sender": "石動 浩一 <isurugi.koichi@hinode-sangyo.co.jp>",
        "to": ["花村商事 大阪営業所 戸叶様 <toganou@hanamura-shoji.co.jp>"],
        "subject": "関西 得意先引継ぎ一覧の件",
        "body": f"""戸叶様

お世話になっております。日の出産業の石動です。
昨日お話しした関西の得意先引継ぎ一覧を添付いたします。
開けない場合はご連絡ください。

{SIG_ISURUGI}
""",
        "attachments": [{"kind": "corrupt", "name": "関西得意先引継ぎ一覧.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached workbook is corrupt and cannot be inspected",
    }


def _m027():
    hinode = _corp("010401088251")
    kawa = _corp("020001047732")
    return {
        "id": "hikitsugi-027",
        "charset": "utf-8",
        "sender": "森下 健吾 <morishita.kengo@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 日下部先生 <kusakabe@shirakawa-law.jp>"],
        "subject": "川崎電機様との秘密保持契約（窓口変更の覚書）ドラフト",
        "body": f"""白川法律事務所
日下部先生

いつもお世話になっております。日の出産業の森下です。

川崎電機様との秘密保持契約について、担当窓口の変更を覚書で定めたいと考えております。
現行契約の第7条（連絡窓口）を差し替える形でドラフトを作成しましたので、
内容に問題がないかご確認いただけますでしょうか。

なお、秘密情報の範囲や有効期間は現行契約から変更しない想定です。

{SIG_MORISHITA}
""",
        "attachments": [{"kind": "docx", "name": "覚書_秘密保持契約窓口変更_draft.docx",
                         "title": "覚書（ドラフト）",
                         "paragraphs": [
                             "覚書（ドラフト）",
                             f"日の出産業株式会社（法人番号 {hinode}、以下「甲」という。）と川崎電機株式会社"
                             f"（法人番号 {kawa}、以下「乙」という。）は、2021年10月1日付秘密保持契約"
                             "（以下「原契約」という。）に関し、次のとおり合意する。",
                             "第1条 原契約第7条に定める甲の連絡窓口を、営業本部 営業一部長に変更する。",
                             "第2条 本覚書に定めのない事項は、原契約の定めに従う。",
                             "2024年4月1日"]}],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "mail about an NDA with a draft memorandum carrying two corporate numbers; no personal data, no marking",
    }


def _m028():
    return {
        "id": "hikitsugi-028",
        "charset": "iso-2022-jp",
        "sender": "岩佐 昇 <iwasa.noboru@hinode-sangyo.co.jp>",
        "to": ["早瀬精密 資材部 穂積様 <hozumi@hayase-seimitsu.co.jp>"],
        "subject": "弊社担当者の件につきまして",
        "body": """早瀬精密株式会社
資材部 穂積様

平素より大変お世話になっております。
日の出産業 住設営業部 営業二課の岩佐でございます。

御社をご担当しておりました弊社営業の長谷部 光太郎につきまして、
ご心配をおかけしております。
先週報道のありました件で、長谷部は私生活上の傷害事件により逮捕されており、
現在は出社しておりません。処分は社内で検討中です。

御社ご担当は本日より私、岩佐が直接務めさせていただきます。
長谷部が承っておりましたお見積り2件は、今週中に私から改めてご提出いたします。

多大なるご迷惑をおかけし、誠に申し訳ございません。

--
日の出産業株式会社 住設営業部 営業二課 課長
岩佐 昇
TEL 03-6225-4431
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named former account manager's arrest (犯罪に関する要配慮個人情報) told to a customer",
    }


def _m029():
    ppl = _people("029", 12)
    hobby = ["ゴルフ（HC18）", "日本酒", "釣り", "マラソン", "", "ワイン", "囲碁", "", "野球観戦（広島）",
             "", "登山", "ラーメン"]
    key = [["得意先キーパーソン一覧（2024年度版）", "", "", "", "", "", "", ""],
           ["作成：営業一部 森下　更新日：2024/03/22", "", "", "", "", "", "", ""],
           ["得意先", "部署", "役職", "氏名", "携帯", "メール", "誕生日", "メモ"]]
    for p, h in zip(ppl, hobby):
        key.append([p["company"], p["dept"], p["title"], p["name"], p["mobile"], p["bizmail"],
                    f"{p['m']}月{p['d']}日", h])
    gift = [["得意先", "氏名", "お中元", "お歳暮"]]
    for p in ppl[:7]:
        gift.append([p["company"], p["name"], "済", "済"])
    return {
        "id": "hikitsugi-029",
        "charset": "utf-8",
        "sender": "森下 健吾 <morishita.kengo@hinode-sangyo.co.jp>",
        "to": ["寿販売 営業推進部 駒形様 <komagata@kotobuki-hanbai.co.jp>"],
        "subject": "キーパーソン一覧（代理店ご担当分）",
        "body": f"""駒形様

お世話になっております。日の出産業の森下です。
昨日の打合せでお話ししたキーパーソン一覧をお送りします。
誕生日と趣味の欄は、私が個人的に聞いていたものも含まれますので参考程度にしてください。

{SIG_MORISHITA}
""",
        "attachments": [{"kind": "xlsx", "name": "キーパーソン一覧_2024.xlsx", "title": "得意先キーパーソン一覧",
                         "sheets": {"キーパーソン": key, "贈答履歴": gift}}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "XLSX of 12 customer key persons (mobile, e-mail, birthday, hobbies) sent to a sales agency",
    }


def _m030():
    jobs = [("N-2404-01", "会社案内パンフレット改訂", "A4 16P", "5,000部", "4/26", "校正2回目"),
            ("N-2404-02", "展示会チラシ", "A4 両面", "3,000部", "5/10", "デザイン確定"),
            ("N-2404-03", "製品カタログ 2024", "A4 48P", "8,000部", "6/14", "原稿待ち"),
            ("N-2404-04", "封筒（長3・角2）", "-", "各10,000", "5/31", "見積承認済"),
            ("N-2404-05", "株主通信 春号", "A4 8P", "2,200部", "6/05", "企画中")]
    head = f"{_pad('管理No', 11)}{_pad('品名', 28)}{_pad('仕様', 10)}{_pad('数量', 10)}{_pad('納期', 7)}状況"
    lines = [head, "=" * 78]
    for j in jobs:
        lines.append(f"{_pad(j[0], 11)}{_pad(j[1], 28)}{_pad(j[2], 10)}{_pad(j[3], 10)}{_pad(j[4], 7)}{j[5]}")
    return {
        "id": "hikitsugi-030",
        "charset": "cp932",
        "sender": "相楽 蓮 <sagara.ren@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 栗栖様 <kurisu@nishiki-insatsu.co.jp>"],
        "subject": "印刷物の発注窓口変更と進行中案件",
        "body": "錦印刷株式会社\n栗栖様\n\nお世話になっております。\n"
                "4月より津久井に代わり、販促物の発注窓口を担当いたします日の出産業 購買部の相楽です。\n"
                "津久井から引き継いだ進行中の案件は以下のとおりと認識しております。\n\n"
                + "\n".join(lines) + """

相違がございましたらご指摘ください。
今後ともよろしくお願いいたします。

日の出産業株式会社 購買部 資材調達課
相楽 蓮（さがら れん）
TEL 03-6225-4452
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "padded table of print jobs (no people) to a partner printer",
    }


def _m031():
    return {
        "id": "hikitsugi-031",
        "charset": "iso-2022-jp",
        "sender": "津久井 慎一 <tsukui.shinichi@hinode-sangyo.co.jp>",
        "to": ["川崎電機 営業部 <eigyo@kawasaki-denki.co.jp>", "北国フーズ 千々岩様 <chijiiwa@kitaguni-foods.co.jp>",
               "錦印刷 栗栖様 <kurisu@nishiki-insatsu.co.jp>"],
        "cc": ["相楽 蓮 <sagara.ren@hinode-sangyo.co.jp>"],
        "subject": "購買窓口変更のご挨拶",
        "body": f"""お取引先各位

いつも大変お世話になっております。
日の出産業 購買部の津久井でございます。

このたび4月1日付の人事異動により、私は物流管理部へ異動することとなりました。
購買部における御社の窓口は、同じ資材調達課の相楽（CC）が引き継ぎます。

これまでのご協力に心より感謝申し上げますとともに、
今後とも変わらぬお引き立てを賜りますようお願い申し上げます。

{SIG_TSUKUI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external partner organisations in To can see each other; should have been Bcc",
    }


def _m032():
    return {
        "id": "hikitsugi-032",
        "charset": "iso-2022-jp",
        "sender": "石動 浩一 <isurugi.koichi@hinode-sangyo.co.jp>",
        "to": ["石動 浩一 <isurugi.koichi@hinode-sangyo.co.jp>"],
        "bcc": ["kusumoto@minase-kogyo.co.jp", "kobai@hibari-ss.co.jp", "akutsu.t@marukyu-shoji.co.jp",
                "settsu@shinonome-kasei.co.jp", "oikawa@arte-jyusetsu.co.jp", "shiiba@komachi-densetsu.co.jp"],
        "subject": "【ご挨拶】大阪支店 担当者交代のお知らせ",
        "body": f"""お取引先各位

※本メールは一斉送信のため、BCCにて失礼いたします。

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 大阪支店の石動でございます。

私こと、3月31日付で本社営業企画部へ異動いたします。
4月1日以降は、大阪支店 営業課の瀬尾が御社を担当させていただきます。

在任中のご厚情に深く感謝申し上げますとともに、
引き続きご愛顧賜りますようお願い申し上げます。

{SIG_ISURUGI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "transfer notice to six customers correctly sent in Bcc (To: self)",
    }


def _m033():
    ppl = _people("033", 6, adult_from=1945, adult_to=1985)
    plans = ["延長保証10年（エコキュート）", "延長保証8年（システムバス）", "延長保証10年（太陽光）",
             "延長保証5年（食洗機）", "延長保証10年（蓄電池）", "延長保証8年（給湯器）"]
    blocks = []
    for p, plan in zip(ppl, plans):
        blocks.append(f"""◆{p['name']}　様（{p['kana']}）
　生年月日：{_wareki(p['y'], p['m'], p['d'], 'zenkanji')}
　ご住所　：〒{_zen(p['postal'])}　{p['addr']}
　電話　　：{_zen(p['tel'])}
　ご加入　：{plan}""")
    return {
        "id": "hikitsugi-033",
        "charset": "cp932",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["あんしん保証サービス 登録センター <touroku@anshin-hosho.co.jp>"],
        "subject": "延長保証 未登録分の送付（担当変更前の最終分）",
        "body": "あんしん保証サービス株式会社\n登録センター　ご担当者様\n\n"
                "いつもお世話になっております。日の出産業の小野寺です。\n"
                "私の担当期間中に受付した延長保証のうち、登録が済んでいない6件をお送りします。\n"
                "4月以降の申込は後任の津田から送付いたします。\n\n"
                + "\n\n".join(blocks) + f"""

お手数ですが、登録完了後に保証書番号をご返信ください。

{SIG_ONODERA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six private customers, one block each, with 和暦 dates of birth and full-width phones, to a warranty company",
    }


def _m034():
    ppl = _people("034", 3, adult_from=1970, adult_to=1998)
    rows = [["従業員番号", "氏名", "生年月日", "住所", "個人番号", "入社日"]]
    for i, p in enumerate(ppl):
        rows.append([f"{30412 + i * 5}", p["name"], p["dob"], p["addr"], my_number(SEED + 8 + i),
                     f"2024/04/0{1 + i}"])
    return {
        "id": "hikitsugi-034",
        "charset": "utf-8",
        "sender": "東海林 達也 <shoji.tatsuya@hinode-sangyo.co.jp>",
        "to": ["ペイロールパートナーズ 導入支援 栗栖様 <kurisu.h@payroll-partners.jp>"],
        "subject": "給与計算委託の切替：4月入社者の情報",
        "body": f"""ペイロールパートナーズ株式会社
栗栖様

お世話になっております。日の出産業 人事課の東海林です。
旧委託先からの引継ぎデータとは別に、4月入社の3名分をお送りします。
ZIPにまとめておりますのでご確認ください。

{SIG_SHOJI}
""",
        "attachments": [{"kind": "zip", "name": "4月入社者_3名.zip",
                         "files": [{"kind": "csv", "name": "nyusha_202404.csv", "encoding": "cp932",
                                    "rows": rows}]}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV inside a plain ZIP carries three new hires' My Numbers to a payroll outsourcer",
    }


def _m035():
    ppl = _people("035", 3)
    lines = "\n".join(f"　{p['company']}　{p['dept']}　{p['name']} 様　携帯 {p['mobile']}" for p in ppl)
    return {
        "id": "hikitsugi-035",
        "charset": "utf-8",
        "sender": "八木沼 恵 <yaginuma.megumi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 南雲様 <nagumo@aoba-unyu.co.jp>"],
        "subject": "4/18 搬入立会いの件（先方ご担当の連絡先）",
        "body": f"""南雲様

お世話になっております。日の出産業の八木沼です。
4/18（木）の大型機器搬入ですが、当日は私の後任の早乙女が立ち会います。
現地で先方のご担当と連絡が取れない場合に備え、連絡先を共有します。

{lines}

当日8:30に正門前集合でお願いいたします。

{SIG_YAGINUMA}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three on-site contacts with mobiles to a carrier: fewer than five people, may be warned",
    }


def _m036():
    return {
        "id": "hikitsugi-036",
        "charset": "utf-8",
        "sender": "東海林 達也 <shoji.tatsuya@hinode-sangyo.co.jp>",
        "to": ["星野社会保険労務士事務所 高見沢様 <takamizawa@hoshino-sr.jp>"],
        "subject": "休職者の傷病手当金申請（前任からの引継ぎ案件）",
        "body": f"""高見沢様

お世話になっております。日の出産業の東海林です。
寒河江から引き継いだ案件の2件目です。

物流管理部の社員 蓬田 智也（社員番号 H20871）が、
1月15日から休職しております。主治医の診断書ではうつ病（抑うつ状態）とされており、
当面3か月の療養が必要とのことです。
傷病手当金の第1回申請（1/15～2/29分）の書類作成をお願いいたします。

医師の意見書と出勤簿の写しは、来週郵送いたします。

{SIG_SHOJI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's depression diagnosis and sick leave sent to an outside labour consultant",
    }


def _m037():
    ppl = _people("037", 6)
    rows = "\n".join(f"{p['name']}\t{p['dept']}\t内線 {2100 + i * 7}\t{p['mobile']}" for i, p in enumerate(ppl))
    return {
        "id": "hikitsugi-037",
        "charset": "cp932",
        "sender": "津田 亮太 <tsuda.ryota@hinode-sangyo.co.jp>",
        "to": ["みなせ工業 総務部 楠本様 <kusumoto@minase-kogyo.co.jp>"],
        "subject": "RE: 工場ご担当者様の連絡先",
        "body": f"""楠本様

お世話になっております。日の出産業の津田です。
ご連絡先一覧をありがとうございます。確かに受領いたしました。
来週の工場訪問時に、各ご担当者様へ改めてご挨拶させていただきます。

引き続きよろしくお願いいたします。

--
日の出産業株式会社 営業一部
津田 亮太

-----Original Message-----
From: 楠本 <kusumoto@minase-kogyo.co.jp>
Sent: Tuesday, April 9, 2024 5:41 PM
To: tsuda.ryota@hinode-sangyo.co.jp
Subject: 工場ご担当者様の連絡先

日の出産業 津田様

担当交代のご挨拶ありがとうございました。
工場側の窓口を一覧にしましたので、ご活用ください。

{rows}

みなせ工業株式会社 総務部 楠本
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the list of six customer staff is only in the quoted original (Outlook style) sent by the recipient",
    }


def _m038():
    return {
        "id": "hikitsugi-038",
        "charset": "iso-2022-jp",
        "sender": "三雲 沙織 <mikumo.saori@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 日本橋支店 法人営業課 舟橋様 <funahashi@midori-ginkou.co.jp>"],
        "subject": "Re: 弊行担当者変更のお知らせ",
        "body": f"""みどり銀行 日本橋支店
舟橋様

お世話になっております。日の出産業 経理部の三雲です。
ご担当変更のご連絡をありがとうございました。
前任の及川様には大変お世話になりました。よろしくお伝えください。

早速ですが、来月の手形書換の件でご相談させていただきたく、
4月第2週のどこかでご来社いただけますでしょうか。

{SIG_MIKUMO}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginkou.co.jp adds a letter to partner bank midori-ginko.co.jp: look-alike",
    }


def _m039():
    ppl = _people("039", 12)
    table = [["No", "氏名", "住所", "電話", "契約日", "商品"]]
    prods = ["浄水器 S-200", "浄水器 S-300", "軟水器 W-10", "カートリッジ定期便"]
    for i, p in enumerate(ppl, 1):
        table.append([str(i), p["name"], p["addr"], p["tel"], f"2023/{(i % 12) + 1:02d}/{(i * 2) % 27 + 1:02d}",
                      prods[i % 4]])
    return {
        "id": "hikitsugi-039",
        "charset": "utf-8",
        "sender": "芦田 まどか <ashida.madoka@hinode-sangyo.co.jp>",
        "to": ["あおぞら訪問サービス 桧山様 <hiyama@aozora-houmon.co.jp>"],
        "subject": "カートリッジ交換訪問の対象顧客（4月分から）",
        "body": f"""あおぞら訪問サービス株式会社
桧山様

お世話になっております。日の出産業 CSセンターの芦田です。
浄水器カートリッジの交換訪問を4月分から御社へお願いする件で、
対象のお客様の顧客台帳（PDF）をお送りします。

{SIG_ASHIDA}
""",
        "attachments": [{"kind": "pdf", "name": "顧客台帳_交換訪問対象.pdf", "title": "顧客台帳",
                         "lines": ["カートリッジ交換訪問 対象顧客台帳", "日の出産業株式会社 CSセンター", ""],
                         "table": table}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of 12 private customers (name, address, phone) to a visiting-service contractor",
    }


def _m040():
    return {
        "id": "hikitsugi-040",
        "charset": "utf-8",
        "sender": "城之内 亮 <jonouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 安曇様 <azumi@tsubasa-system.jp>"],
        "subject": "保守体制移行計画（説明資料）",
        "body": f"""安曇様

お世話になっております。城之内です。
明日の定例で使う保守体制移行計画の資料をお送りします。
スケジュール案は前回いただいたご意見を反映済みです。

{SIG_JONOUCHI}
""",
        "attachments": [{"kind": "pptx", "name": "保守体制移行計画_0515.pptx", "title": "保守体制移行計画",
                         "slides": [["保守体制移行計画", "日の出産業 情報システム部", "2024年5月15日"],
                                    ["移行スケジュール", "5月：引継ぎ書レビュー", "6月：並行運用（鬼頭・城之内）",
                                     "7月：城之内へ完全移行"],
                                    ["未完了案件", "受注管理画面の改修（7月リリース）", "帳票サーバ更改（9月）",
                                     "EDI接続先追加（川崎電機様）"],
                                    ["連絡体制", "一次窓口：情報システム部代表", "障害時：ツバサシステム様 保守窓口"]]}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX transition plan (schedule, project names) to a partner; no people's data, no marking",
    }


def _m041():
    trainees = [("NGUYEN VAN KHOA", "ベトナム", "1999/02/14", "AB48120937HT", "2025/08/20"),
                ("TRAN THI MAI", "ベトナム", "2000/11/03", "EH20719465LK", "2025/03/11"),
                ("SANTOS MARK ANTHONY", "フィリピン", "1997/06/27", "LK83051172AE", "2026/01/09")]
    lines = "\n".join(f"・{n}（{c}）　生年月日 {b}　在留カード番号 {z}　在留期限 {e}"
                      for n, c, b, z, e in trainees)
    return {
        "id": "hikitsugi-041",
        "charset": "utf-8",
        "sender": "八木沼 恵 <yaginuma.megumi@hinode-sangyo.co.jp>",
        "to": ["みのり登録支援協同組合 支援担当 鬼頭様 <kito@minori-shien.or.jp>"],
        "subject": "特定技能スタッフの支援担当変更に伴う情報共有",
        "body": f"""みのり登録支援協同組合
鬼頭様

いつもお世話になっております。日の出産業 物流管理部の八木沼です。
御社のご担当が鬼頭様に替わられたとのことで、
新木場ロジセンターで就労中の特定技能スタッフ3名の情報をお送りします。

{lines}

在留期限の近いTRANさんの更新申請について、来月打合せをお願いできればと思います。

{SIG_YAGINUMA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "residence card numbers of three foreign staff in bullets to a registered support organisation",
    }


def _m042():
    return {
        "id": "hikitsugi-042",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 慎也 <kito.shinya@hinode-sangyo.co.jp>",
        "to": ["城之内 亮 <jonouchi.ryo@hinode-sangyo.co.jp>"],
        "cc": ["情報システム部 <is-all@hinode-sangyo.co.jp>"],
        "subject": "引継ぎ書（基幹システム運用）最終版",
        "body": """城之内さん

お疲れさまです。鬼頭です。
引継ぎ書の最終版を添付します。ツバサシステムさんに出す版は
社内の連絡先や契約金額を削ってから渡してください（これは社外秘のままです）。

鬼頭
""",
        "attachments": [{"kind": "docx", "name": "引継ぎ書_基幹システム運用_最終版.docx",
                         "page_header": "社外秘　情報システム部",
                         "paragraphs": ["基幹システム運用 引継ぎ書（最終版）",
                                        "1. 保守契約：ツバサシステム様 年額 14,400,000円（税別）、2025年3月更新。",
                                        "2. 障害時のエスカレーション：夜間は鬼頭→城之内→部長。",
                                        "3. 管理者アカウントはパスワード管理台帳を参照（本書には記載しない）。"],
                         "tables": [[["項目", "頻度", "担当"], ["バックアップ確認", "毎日", "城之内"],
                                     ["ログ監査", "毎週", "城之内"], ["DR訓練", "年1回", "部全体"]]]}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "document stamped 社外秘 but sent only inside the company",
    }


def _m043():
    return {
        "id": "hikitsugi-043",
        "charset": "utf-8",
        "sender": "Yui Nakamura <nakamura.yui@hinode-sangyo.co.jp>",
        "to": ["Daniel Tan <daniel.tan@lumina-trading.com.sg>"],
        "cc": ["ebara.taichi@hinode-sangyo.co.jp"],
        "subject": "Account transition plan - Lumina Trading",
        "body": f"""Dear Daniel,

As promised on our call, please find attached the transition plan for your account.
It covers the hand-over schedule between Taichi and me, the open orders and the
pricing framework for FY2024.

Please let us know if anything is missing.

{SIG_NAKAMURA_EN}
""",
        "attachments": [{"kind": "pdf", "name": "Lumina_account_transition_plan.pdf",
                         "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                         "page_footer": "Confidential / Do not distribute",
                         "title": "Account transition plan",
                         "lines": ["Account transition plan: Lumina Trading Pte. Ltd.",
                                   "1. Schedule: joint calls in March, full hand-over on 1 April.",
                                   "2. Open orders: PO 24-0318 (USD 84,200), PO 24-0325 (USD 41,750).",
                                   "3. FY2024 pricing: list price less 12%, volume rebate 3% over USD 1M.",
                                   "4. Internal floor price: list less 18% (approval of the director required)."]}],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF carries a CONFIDENTIAL page header and footer and goes to an overseas customer",
    }


def _m044():
    return {
        "id": "hikitsugi-044",
        "charset": "iso-2022-jp",
        "sender": "津久井 慎一 <tsukui.shinichi@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 千々岩様 <chijiiwa@kitaguni-foods.co.jp>"],
        "subject": "社員食堂 食材発注業務の引継ぎ書（パスワード別送）",
        "body": f"""千々岩様

お世話になっております。日の出産業の津久井です。
社員食堂の食材発注業務について、引継ぎ書をPDFでお送りします。
PDFにはパスワードを設定しております。パスワードは相楽から別途お電話でお伝えします。

{SIG_TSUKUI}
""",
        "attachments": [{"kind": "pdf", "name": "食堂発注業務_引継ぎ書.pdf", "password": "kitaguni2024",
                         "lines": ["社員食堂 食材発注業務 引継ぎ書", "発注締切：毎週水曜 12:00",
                                   "検品：新木場ロジセンター 1F 食堂搬入口"]}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to a partner cannot be inspected",
    }


def _m045():
    sites = [("株式会社みなせ工業 相模原工場", "010501023456", "神奈川県相模原市中央区田名3305-2", "042-761-3300"),
             ("有限会社ひばり製作所 本社工場", "030002048811", "埼玉県川口市領家4-12-8", "048-222-5170"),
             ("株式会社丸九商事 物流センター", "011001095532", "千葉県市川市塩浜2-18-1", "047-397-2041"),
             ("東雲化成株式会社 鹿島事業所", "050001037714", "茨城県神栖市東深芝12-4", "0299-93-6610"),
             ("株式会社こまち電設 資材置場", "040001062259", "千葉県柏市十余二337-9", "04-7132-8820"),
             ("北斗ケミカル株式会社 東京営業所", "010401177406", "東京都江東区東陽5-30-13", "03-5632-1190")]
    rows = [["納品先名", "法人番号", "所在地", "代表電話", "受入時間"]]
    for name, base, addr, tel in sites:
        rows.append([name, _corp(base), addr, tel, "8:30-16:30"])
    return {
        "id": "hikitsugi-045",
        "charset": "cp932",
        "sender": "八木沼 恵 <yaginuma.megumi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 南雲様 <nagumo@aoba-unyu.co.jp>"],
        "subject": "定期便の納品先一覧（担当交代後の確認用）",
        "body": f"""南雲様

お世話になっております。日の出産業の八木沼です。
定期便の納品先一覧をCSVでお送りします。
法人番号は御社の請求システム登録用とのことでしたので列を追加しています。

{SIG_YAGINUMA}
""",
        "attachments": [{"kind": "csv", "name": "納品先一覧_定期便.csv", "encoding": "cp932", "rows": rows}],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "list of business delivery sites with corporate numbers and switchboards: businesses, not people",
    }


def _m046():
    ppl = _people("046", 8)
    lines = "\n".join(f"{p['name']}, {p['kana']}, {p['mobile']}, {p['mail']}, {p['addr']}" for p in ppl)
    inner = {
        "charset": "utf-8",
        "sender": "瀬戸口 大輔 <setoguchi.daisuke@hinode-sangyo.co.jp>",
        "to": ["小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>"],
        "subject": "ショールーム来場者（見込み客）の引継ぎ",
        "body": f"""小野寺さん

退職前の最後の引継ぎです。3月のショールームフェアで名刺・アンケートをもらった
見込み客8名です。いずれもキッチンのリフォーム検討中で、見積希望ありです。

氏名, フリガナ, 携帯, メール, 住所
{lines}

よろしくお願いします。
瀬戸口
""",
    }
    return {
        "id": "hikitsugi-046",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["アルテ住設 リフォーム事業部 及川様 <oikawa@arte-jyusetsu.co.jp>"],
        "subject": "見込み客のご紹介（退職者からの引継ぎ分）",
        "body": f"""株式会社アルテ住設
及川様

お世話になっております。日の出産業の小野寺です。
先月退職した瀬戸口から引き継いだ見込み客の件です。
施工は御社にお願いすることになりますので、瀬戸口からのメールをそのまま添付します。
ご訪問の日程調整をお願いできますでしょうか。

{SIG_ONODERA}
""",
        "attachments": [{"kind": "eml", "name": "ショールーム来場者の引継ぎ.eml", "message": inner}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "attached mail (message/rfc822) holds 8 prospects' mobiles, e-mails and addresses, sent to a contractor",
    }


def _m047():
    ppl = _people("047", 14)
    rows = [["顧客名", "電話", "メール", "住所", "担当メモ"]]
    for i, p in enumerate(ppl):
        rows.append([p["name"], p["tel"], p["mail"], p["addr"], ["要フォロー", "", "見積中", "", "紹介あり"][i % 5]])
    return {
        "id": "hikitsugi-047",
        "charset": "utf-8",
        "sender": "瀬戸口 大輔 <setoguchi.daisuke@hinode-sangyo.co.jp>",
        "to": ["setoguchi.d0918@gmail.com"],
        "subject": "自宅作業用",
        "body": """引継ぎ書、週末に家で仕上げる用。
顧客一覧（最新）
""",
        "attachments": [{"kind": "xlsx", "name": "担当顧客一覧_最新.xlsx",
                         "sheets": {"一覧": rows}}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "departing employee sends a 14-customer list to his own free-mail address",
    }


def _m048():
    return {
        "id": "hikitsugi-048",
        "charset": "cp932",
        "sender": "東海林 達也 <shoji.tatsuya@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会セールス 都築様 <tsuzuki@sakura-hotel.jp>"],
        "subject": "人事課長交代のご挨拶（挨拶状を添付いたします）",
        "body": f"""さくらホテル
都築様

いつも大変お世話になっております。日の出産業 人事課の東海林です。

弊社人事課長の長谷川が4月1日付で関西支社長に転任し、
後任として大阪支店より吉良が着任いたしました。
正式な挨拶状をPDFにて添付いたしますので、ご査収くださいますようお願いいたします。

今後とも変わらぬお付き合いのほど、よろしくお願い申し上げます。

{SIG_SHOJI}
""",
        "attachments": [{"kind": "pdf", "name": "人事異動のご挨拶.pdf", "title": "ご挨拶",
                         "lines": ["謹啓　春暖の候 貴社ますますご清栄のこととお慶び申し上げます。",
                                   "さて このたび弊社人事課長 長谷川 は関西支社長に転任いたしました",
                                   "後任には 吉良 が着任いたしましたので ご通知申し上げます",
                                   "在任中のご厚誼に深謝いたしますとともに 今後とも倍旧のお引き立てを賜りますよう",
                                   "お願い申し上げます", "謹白",
                                   "令和六年四月一日", "日の出産業株式会社"]}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "formal greeting letter (PDF) naming the old and new managers, to one partner",
    }


def _m049():
    return {
        "id": "hikitsugi-049",
        "charset": "iso-2022-jp",
        "sender": "東海林 達也 <shoji.tatsuya@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 千々岩様 <chijiiwa@kitaguni-foods.co.jp>",
               "さくらホテル 都築様 <tsuzuki@sakura-hotel.jp>",
               "日本橋三丁目町会 雨宮様 <amemiya.kiyoshi1949@gmail.com>"],
        "subject": "夏祭り協賛の窓口変更について",
        "body": f"""関係者各位

いつもお世話になっております。日の出産業 総務部の東海林です。
毎年ご一緒している日本橋三丁目夏祭りの協賛について、
弊社窓口が前任の寒河江から私に替わりましたのでお知らせいたします。

打合せは例年どおり6月上旬に町会事務所でと伺っております。
日程が決まりましたらご連絡ください。

{SIG_SHOJI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "two external companies and a private person on gmail all in To: three parties see each other",
    }


def _m050():
    return {
        "id": "hikitsugi-050",
        "charset": "utf-8",
        "sender": "東海林 達也 <shoji.tatsuya@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会セールス 都築様 <tsuzuki@sakura-hotel.jp>"],
        "subject": "研修昼食の個別対応について（引継ぎ事項）",
        "body": f"""都築様

お世話になっております。日の出産業の東海林です。
寒河江からの引継ぎメモに、研修昼食の個別対応の記載がありましたので共有します。

新入社員のうち、アフマド・ハキム（ソフトウェア開発課配属予定）は
イスラム教を信仰しており、豚肉・アルコールを含む食材は召し上がれません。
また、もう一名の菅原 美咲はご実家が浄土真宗の寺院で、本人も僧籍をお持ちのため、
研修2日目夕方に法務で早退されます。

お手数ですが、ハラール対応のお弁当を3日分1食ずつご手配いただけますでしょうか。

{SIG_SHOJI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "two named new hires' religion (要配慮個人情報: 信条) written to an external hotel",
    }


def _m051():
    return {
        "id": "hikitsugi-051",
        "charset": "iso-2022-jp",
        "sender": "岩佐 昇 <iwasa.noboru@hinode-sangyo.co.jp>",
        "to": ["双葉メディカル 施設課 赤羽根様 <akabane@futaba-medical.co.jp>"],
        "subject": "担当変更のお知らせ",
        "body": """双葉メディカル株式会社
施設課 赤羽根様

いつもお世話になっております。日の出産業 営業二課の岩佐です。

御社を担当しておりました小野寺ですが、体調を崩してしばらく療養することとなり、
急なことで大変申し訳ございませんが、本日より津田が担当を引き継ぎます。
進行中の空調更新のお見積りは、津田より今週中にご連絡いたします。

ご迷惑をおかけしますが、何卒よろしくお願いいたします。

--
日の出産業株式会社 住設営業部 営業二課
岩佐 昇
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "says a named colleague is off sick (体調を崩し療養) without any diagnosis: health data or not is arguable",
    }


def _m052():
    ppl = _people("052", 4, adult_from=1940, adult_to=1960)
    lines = "\n".join(f"・{p['name']} 様　〒{p['postal']} {p['addr']}" for p in ppl)
    return {
        "id": "hikitsugi-052",
        "charset": "cp932",
        "sender": "相楽 蓮 <sagara.ren@hinode-sangyo.co.jp>",
        "to": ["錦印刷 栗栖様 <kurisu@nishiki-insatsu.co.jp>"],
        "subject": "挨拶状 宛名印字の追加（4件）",
        "body": f"""栗栖様

お世話になっております。日の出産業の相楽です。
先日ご依頼した異動挨拶状について、個人宛の追加が4件ございました。
OB・顧問の方々で、宛名印字をお願いできますでしょうか。

{lines}

お手数をおかけしますが、よろしくお願いいたします。

日の出産業株式会社 購買部 資材調達課
相楽 蓮
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four individuals' names and home addresses for envelope printing: under five people, may be warned",
    }


def _m053():
    return {
        "id": "hikitsugi-053",
        "charset": "utf-8",
        "sender": "Taichi Ebara <ebara.taichi@hinode-sangyo.co.jp>",
        "to": ["Daniel Tan <daniel.tan@lumina-trading.com.sg>"],
        "subject": "Re: Our warehouse contacts",
        "body": """Hi Daniel,

Thanks a lot - very helpful. I have saved the contacts and will copy Mr Lim on the
shipping notices from next month.

Kind regards,
Taichi

--
Taichi Ebara | Overseas Sales Dept. | Hinode Sangyo Co., Ltd.
Tel +81-3-6225-4461

On Wed, 3 Apr 2024 at 11:02, Daniel Tan <daniel.tan@lumina-trading.com.sg> wrote:
> Dear Taichi,
>
> Welcome aboard! Since you are taking over from Yui, here are the people at our
> warehouse you may need to reach:
>
> Name            | Role                | Mobile           | E-mail
> ----------------+---------------------+------------------+-----------------------------
> Lim Wei Jie     | Warehouse manager   | +65 9123 4478    | weijie.lim@lumina-trading.com.sg
> Priya Raman     | Inbound supervisor  | +65 8456 2210    | priya.r@lumina-trading.com.sg
> Ahmad Firdaus   | Customs clearance   | +65 9780 3321    | a.firdaus@lumina-trading.com.sg
> Chen Mei Ling   | Inventory control   | +65 8112 9034    | meiling.chen@lumina-trading.com.sg
> Rajesh Kumar    | Night shift lead    | +65 9345 6617    | rajesh.k@lumina-trading.com.sg
>
> Best,
> Daniel
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "five-person contact table appears only in the quoted mail of the recipient (On ... wrote:)",
    }


def _m054():
    ppl = _people("054", 3, adult_from=1968, adult_to=1994)
    lines = "\n".join(f"{p['ROMA']},{p['name']},{p['dob']},{p['passport']},20{29 + i}/{p['m']:02d}/{p['d']:02d}"
                      for i, p in enumerate(ppl))
    return {
        "id": "hikitsugi-054",
        "charset": "iso-2022-jp",
        "sender": "三雲 沙織 <mikumo.saori@hinode-sangyo.co.jp>",
        "to": ["旅プラザ 海外出張デスク 有働様 <udo@tabi-plaza.co.jp>"],
        "subject": "シンガポール出張（5/13-16）手配の引継ぎ",
        "body": f"""有働様

お世話になっております。日の出産業 経理部の三雲です。
海外営業部の出張手配は、前任の寒河江から私が引き継ぎました。
ご依頼中のシンガポール出張について、渡航者3名の旅券情報をお送りします。

氏名(ローマ字),氏名,生年月日,旅券番号,有効期限
{lines}

航空券は往復ともANA便でお願いいたします。

{SIG_MIKUMO}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "three travellers' passport numbers (comma-separated in the body) to a travel agency",
    }


def _m055():
    ppl = _people("055", 11)
    trs = "".join(f"<tr><td>{p['name']}</td><td>{p['kana']}</td><td>{p['tel']}</td><td>{p['addr']}</td>"
                  f"<td>{['A', 'B', 'B', 'C'][i % 4]}</td></tr>\n" for i, p in enumerate(ppl))
    return {
        "id": "hikitsugi-055",
        "charset": "utf-8",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["営業二課 <eigyo2@hinode-sangyo.co.jp>"],
        "subject": "【共有】休職期間中の担当顧客振り分け",
        "html": f"""<html><body style="font-family:'Meiryo UI',sans-serif">
<p>営業二課の皆さん</p>
<p>お疲れさまです。小野寺です。<br>
明日から当面お休みをいただくため、担当顧客を下記のとおり振り分けさせてください。<br>
ランクAの方は津田さん、B・Cは課内で分担をお願いします。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>氏名</th><th>カナ</th><th>電話</th><th>住所</th><th>ランク</th></tr></thead>
<tbody>
{trs}</tbody></table>
<p>ご迷惑をおかけしますが、よろしくお願いします。</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "HTML table of 11 customers sent to an internal group address only",
    }


def _m056():
    ppl = _people("056", 8)
    head = f"{_pad('氏名', 16)}{_pad('電話', 16)}{_pad('生年月日', 12)}住所"
    lines = [head, "-" * 72]
    for p in ppl:
        lines.append(f"{_pad(p['name'], 16)}{_pad(p['tel'], 16)}{_pad(p['dob'], 12)}{p['addr']}")
    return {
        "id": "hikitsugi-056",
        "charset": "utf-8",
        "sender": "瀬戸口 大輔 <setoguchi.daisuke@hinode-sangyo.co.jp>",
        "to": ["津田 亮太 <tsuda.ryota@hinode-sangyou.co.jp>"],
        "subject": "リフォーム見積中のお客様（引継ぎ）",
        "body": "津田さん\n\nお疲れさまです、瀬戸口です。\n"
                "最終出社前に、見積を出して返事待ちのお客様をまとめておきます。\n"
                "月末までに電話フォローしてもらえると助かります。\n\n"
                + "\n".join(lines) + "\n\n瀬戸口\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague but addressed to hinode-sangyou.co.jp (look-alike of the own domain) with an 8-customer list",
    }


def _m057():
    return {
        "id": "hikitsugi-057",
        "charset": "iso-2022-jp",
        "sender": "森下 健吾 <morishita.kengo@hinode-sangyo.co.jp>",
        "to": ["川崎電機 法務部 茅野様 <chino@kawasaki-denki.co.jp>"],
        "cc": ["白川法律事務所 日下部先生 <kusakabe@shirakawa-law.jp>", "tsuda.ryota@hinode-sangyo.co.jp"],
        "subject": "取引基本契約の更新手続き（担当交代のご連絡を兼ねて）",
        "body": f"""川崎電機株式会社 法務部
茅野様

（CC：白川法律事務所 日下部先生、弊社 津田）

いつもお世話になっております。日の出産業の森下です。
取引基本契約の更新手続きにつきまして、4月以降は津田が窓口となります。
契約書案の法的なご確認は引き続き日下部先生にお願いしております。

更新後の契約書案は4月第1週にお送りする予定です。
何卒よろしくお願いいたします。

{SIG_MORISHITA}

{DISCLAIMER_JA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (partner and law firm) in To/Cc, standard disclaimer only",
    }


def _m058():
    rows = [["【極秘】代理店向け 値引条件・粗利一覧", "", "", "", ""],
            ["", "", "", "", ""],
            ["得意先", "標準値引率", "特別値引率", "粗利率（目安）", "備考"],
            ["株式会社みなせ工業", "8%", "12%", "18.5%", "年間契約"],
            ["有限会社ひばり製作所", "5%", "7%", "22.0%", ""],
            ["株式会社丸九商事", "8%", "10%", "19.2%", "競合あり（東邦系）"],
            ["東雲化成株式会社", "10%", "15%", "14.8%", "役員案件"],
            ["株式会社こまち電設", "5%", "5%", "24.1%", ""]]
    return {
        "id": "hikitsugi-058",
        "charset": "cp932",
        "sender": "石動 浩一 <isurugi.koichi@hinode-sangyo.co.jp>",
        "to": ["花村商事 戸叶様 <toganou@hanamura-shoji.co.jp>"],
        "subject": "値引条件一覧（引継ぎ用）",
        "body": f"""戸叶様

お世話になっております。石動です。
関西の得意先を御社にお引き継ぎいただくにあたり、これまでの値引条件の一覧です。
今度は開けると思います。

{SIG_ISURUGI}
""",
        "attachments": [{"kind": "xlsx", "name": "値引条件一覧_関西.xlsx", "page_header": "極秘",
                         "sheets": {"値引条件": rows}}],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "workbook titled 【極秘】 with a 極秘 page header sent to an external agency",
    }


def _m059():
    rows = [["得意先", "2021年度", "2022年度", "2023年度", "前年比"],
            ["株式会社みなせ工業", 42150000, 45800000, 51200000, "111.8%"],
            ["有限会社ひばり製作所", 8800000, 9120000, 8650000, "94.8%"],
            ["株式会社丸九商事", 23400000, 22900000, 25100000, "109.6%"],
            ["東雲化成株式会社", 61000000, 58300000, 63750000, "109.3%"],
            ["株式会社こまち電設", 5400000, 6100000, 7020000, "115.1%"],
            ["合計", 140750000, 142220000, 155720000, "109.5%"]]
    return {
        "id": "hikitsugi-059",
        "charset": "shift_jis",
        "sender": "石動 浩一 <isurugi.koichi@hinode-sangyo.co.jp>",
        "to": ["花村商事 戸叶様 <toganou@hanamura-shoji.co.jp>"],
        "subject": "関西得意先の売上推移（旧形式のExcelです）",
        "body": f"""戸叶様

お世話になっております。日の出産業の石動です。
引継ぎ対象5社の過去3年の売上推移をお送りします。
社内の古いシステムから出したため .xls 形式になっております。

{SIG_ISURUGI}
""",
        "attachments": [{"kind": "xls", "name": "売上推移_関西5社.xls", "sheets": {"売上推移": rows}}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS of sales per customer company: business figures, no people, no marking",
    }


def _m060():
    return {
        "id": "hikitsugi-060",
        "charset": "iso-2022-jp",
        "sender": "三雲 沙織 <mikumo.saori@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 栗栖様 <kurisu@nishiki-insatsu.co.jp>"],
        "subject": "【パスワード】請求書発行業務の引継ぎ資料",
        "body": f"""栗栖様

先ほどお送りした「引継ぎ資料一式_20240415.zip」のパスワードをお知らせします。

　Hn0415#kr

解凍できない場合はお知らせください。

{SIG_MIKUMO}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password notice of a PPAP mail: no attachment, no personal data",
    }


def _m061():
    return {
        "id": "hikitsugi-061",
        "charset": "utf-8",
        "sender": "鬼頭 慎也 <kito.shinya@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 安曇様 <azumi@tsubasa-system.jp>"],
        "subject": "監視サーバ移設の引継ぎ資料",
        "body": """安曇様

お世話になっております。日の出産業の鬼頭です。
私の異動前の最後の資料になります。監視サーバ移設の手順書と
管理アカウントの一覧をZIPにまとめました。
アカウント一覧のPDFは開封パスワードを設定しています（パスワードは城之内から別途）。

--
日の出産業株式会社 情報システム部
鬼頭 慎也
""",
        "attachments": [{"kind": "zip", "name": "監視サーバ移設_引継ぎ.zip",
                         "files": [{"kind": "docx", "name": "移設手順書.docx",
                                    "paragraphs": ["監視サーバ移設手順", "1. 現行サーバの監視停止",
                                                   "2. 設定ファイルの退避", "3. 新サーバでのエージェント再登録"]},
                                   {"kind": "pdf", "name": "管理アカウント一覧.pdf", "password": "Tsb-0611",
                                    "lines": ["管理アカウント一覧", "zabbix-admin / 監視サーバ",
                                              "backup-op / バックアップサーバ"]}]}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a plain ZIP holding a password-protected PDF: that PDF cannot be inspected",
    }


def _m062():
    ppl = _people("062", 9)
    plans = ["浄水器レンタル S", "浄水器レンタル M", "カートリッジ定期便", "浄水器レンタル S",
             "軟水器レンタル", "カートリッジ定期便", "浄水器レンタル M", "浄水器レンタル S", "軟水器レンタル"]
    rows = [["customer_id", "tel", "address", "birth_date", "plan", "status"]]
    for p, pl in zip(ppl, plans):
        rows.append([p["cust"], p["mobile"], p["addr"], f"{p['y']}-{p['m']:02d}-{p['d']:02d}", pl, "解約検討"])
    return {
        "id": "hikitsugi-062",
        "charset": "utf-8",
        "sender": "芦田 まどか <ashida.madoka@hinode-sangyo.co.jp>",
        "to": ["コールネットサポート 加賀谷様 <kagaya@callnet-support.co.jp>"],
        "subject": "解約引き止めコールの対象（4月分）",
        "body": f"""加賀谷様

お世話になっております。日の出産業CSセンターの芦田です。
解約引き止めのアウトバウンドを4月から御社にお願いする件、対象リストをお送りします。
お名前は弊社システムの都合で出力されませんが、顧客IDでご照会ください。
（誕生月の特典をご案内いただく想定で生年月日を入れています）

{SIG_ASHIDA}
""",
        "attachments": [{"kind": "csv", "name": "retention_call_202404.csv", "encoding": "utf-8", "rows": rows}],
        "expect": "stop",
        "entities": ["PHONE_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "nine customer rows without names (ID, mobile, address, date of birth) to an outsourced call centre",
    }


def _m063():
    return {
        "id": "hikitsugi-063",
        "charset": "iso-2022-jp",
        "sender": "相楽 蓮 <sagara.ren@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 千々岩様 <chijiiwa@kitaguni-foods.co.jp>"],
        "subject": "Re: 引継ぎ書のご共有について",
        "body": """千々岩様

お世話になっております。日の出産業の相楽です。
津久井の引継ぎ書をご覧になりたいとのことでしたが、
社内向けに作成したもので社外秘扱いとなっており、そのままお送りすることができません。
申し訳ございません。御社に関係する要点を以下にまとめましたのでご確認ください。

1. 発注締切は毎週水曜12時（変更なし）
2. 4月から食材の検品場所が新木場ロジセンター1Fに変わります
3. 月次の請求書は経理部 三雲宛にお送りください
4. 年度の単価見直しは5月に打合せをお願いしたいです

よろしくお願いいたします。

日の出産業株式会社 購買部 資材調達課
相楽 蓮
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 社外秘 is only mentioned (explaining why a document cannot be sent); no marking, no data",
    }


def _m064():
    p = _people("064", 1)[0]
    cn = card_number(SEED + 11)
    return {
        "id": "hikitsugi-064",
        "charset": "utf-8",
        "sender": "日下部 奈緒 <kusakabe.nao@hinode-sangyo.co.jp>",
        "to": ["ペイゲートサービス 加盟店サポート <support@paygate-service.jp>"],
        "subject": "継続課金会員のカード情報変更（担当変更前の未処理分）",
        "body": f"""ペイゲートサービス株式会社
加盟店サポート ご担当者様

いつもお世話になっております。
日の出産業（加盟店ID: HS-00871）CSセンターの日下部です。
前任の芦田から引き継いだ未処理案件のうち、1件の登録カード変更をお願いいたします。
お客様から電話で承ったもので、管理画面からの変更がエラーとなるためご依頼いたします。

　会員ID　　：{p["cust"]}
　ご契約者　：{p["name"]} 様
　電話　　　：{p["mobile"]}
　新カード番号：{cn}
　有効期限　：11/27

お手数ですが、変更完了後にご連絡ください。

日の出産業株式会社 カスタマーサポートセンター
日下部 奈緒
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a customer's full card number with expiry and phone, typed into the body to a payment provider",
    }


def _m065():
    return {
        "id": "hikitsugi-065",
        "charset": "utf-8",
        "sender": "Yui Nakamura <nakamura.yui@hinode-sangyo.co.jp>",
        "to": ["Daniel Tan <daniel.tan@lumina-trading.com.sg>", "Somchai Prasert <somchai@siam-mechatronics.co.th>",
               "Minh Pham <minh.pham@saigon-components.vn>", "Grace Reyes <g.reyes@manila-industrial.ph>"],
        "subject": "New account manager for ASEAN distributors",
        "body": f"""Dear partners,

I would like to inform you that, as of 1 April, I will move to our Europe desk.
Your new account manager will be Mr Taichi Ebara, who has supported me on ASEAN
business since last year. He will contact each of you individually next week.

Our distributor conference in Bangkok (23-24 May) will go ahead as planned.

Thank you for your kind cooperation over the years.

{SIG_NAKAMURA_EN}

{DISCLAIMER_EN}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four overseas distributors of four organisations in To: they can see each other's addresses",
    }


def _m066():
    p = _people("066", 1)[0]
    return {
        "id": "hikitsugi-066",
        "charset": "cp932",
        "sender": "城之内 亮 <jonouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 安曇様 <azumi@tsubasa-system.jp>"],
        "subject": "双葉メディカル様 設備監視の現地窓口",
        "body": f"""安曇様

お世話になっております。城之内です。
双葉メディカル様の設備監視端末の入替えについて、鬼頭から引き継ぎました。
現地での作業立会いは、先方施設課の下記の方にお願いしています。

　双葉メディカル株式会社 施設課
　{p["name"]} 様
　直通 {p["direct"]}／携帯 {p["mobile"]}
　{p["bizmail"].split("@")[0]}@futaba-medical.co.jp

作業日が決まりましたら、直接ご連絡いただいて構いません。

{SIG_JONOUCHI}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one customer contact's business details passed to a partner: a single person, may be warned",
    }


def _m067():
    return {
        "id": "hikitsugi-067",
        "charset": "iso-2022-jp",
        "sender": "八木沼 恵 <yaginuma.megumi@hinode-sangyo.co.jp>",
        "to": ["スタッフブリッジ 営業担当 若狭様 <wakasa@staff-bridge.co.jp>"],
        "subject": "派遣スタッフの就業上の配慮事項（担当交代に伴う共有）",
        "body": f"""スタッフブリッジ株式会社
若狭様

お世話になっております。日の出産業 物流管理部の八木沼です。
御社のご担当が若狭様に替わられたと伺いましたので、
新木場ロジセンターで就業中のスタッフについて、前任の方と共有していた配慮事項をお伝えします。

・巽 恵美子さん（検品担当）
　聴覚障害があり（身体障害者手帳4級と伺っています）、
　構内放送が聞き取りにくいため、避難訓練時は個別に声掛けをしています。
・仁科 匠さん（梱包担当）
　てんかんの持病があり、フォークリフト作業からは外しています。

契約更新の際も同様の配慮をお願いできればと思います。

{SIG_YAGINUMA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "two named temp staff's disability and epilepsy (要配慮個人情報) written to the staffing agency",
    }


def _m068():
    staff = [("NGUYEN VAN KHOA", "ベトナム", "1999/02/14", "AB48120937HT", "2025/08/20", "C4418201"),
             ("TRAN THI MAI", "ベトナム", "2000/11/03", "EH20719465LK", "2025/03/11", "C7730129"),
             ("SANTOS MARK ANTHONY", "フィリピン", "1997/06/27", "LK83051172AE", "2026/01/09", "P2218840A"),
             ("WANG XIAOMEI", "中国", "1995/09/30", "MN55018823FG", "2027/04/01", "EJ6619023"),
             ("AHMAD HAKIM", "マレーシア", "2001/01/22", "RS10442761BC", "2029/03/31", "A55209981")]
    rows = [["外国籍社員 在留期限管理表", "", "", "", "", ""],
            ["氏名", "国籍", "生年月日", "在留カード番号", "在留期限", "旅券番号"]] + [list(s) for s in staff]
    return {
        "id": "hikitsugi-068",
        "charset": "utf-8",
        "sender": "寒河江 千尋 <sagae.chihiro@hinode-sangyo.co.jp>",
        "to": ["東海林 達也 <shoji.tatsuya@hinode-sangyo.co.jp>"],
        "cc": ["八木沼 恵 <yaginuma.megumi@hinode-sangyo.co.jp>"],
        "subject": "在留期限管理表の引継ぎ",
        "body": """東海林さん（cc 八木沼さん）

寒河江です。在留期限の管理表を引き継ぎます。
期限の3か月前に本人と登録支援機関へ連絡する運用です。
TRANさんが最初の更新対象になります。

寒河江
""",
        "attachments": [{"kind": "xlsx", "name": "在留期限管理表.xlsx", "sheets": {"管理表": rows}}],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
        "detectors": [],
        "note": "residence card and passport numbers of five staff, but between internal addresses only",
    }


def _m069():
    ppl = _people("069", 4)
    tbl = [["得意先", "ご担当", "役職", "携帯", "メモ"]]
    for p, m in zip(ppl, ["決裁者", "実務窓口", "技術窓口", "経理（支払条件）"]):
        tbl.append([p["company"], p["name"], p["title"] or "-", p["mobile"], m])
    return {
        "id": "hikitsugi-069",
        "charset": "iso-2022-jp",
        "sender": "石動 浩一 <isurugi.koichi@hinode-sangyo.co.jp>",
        "to": ["花村商事 戸叶様 <toganou@hanamura-shoji.co.jp>"],
        "subject": "みなせ工業様 引継ぎメモ",
        "body": f"""戸叶様

お世話になっております。石動です。
来週同行いただくみなせ工業様の訪問に向けて、引継ぎメモをWordでお送りします。
先方のご担当4名の役割と連絡先を表にしています。

{SIG_ISURUGI}
""",
        "attachments": [{"kind": "docx", "name": "引継ぎメモ_みなせ工業様.docx",
                         "paragraphs": ["みなせ工業様 引継ぎメモ",
                                        "取引開始：2016年。主力は制御盤筐体と配電部材。",
                                        "年2回（5月・11月）の定期訪問。決裁は部長決裁まで。"],
                         "tables": [tbl]}],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of four customer contacts with mobiles to an agency: under five people, may be warned",
    }


def _m070():
    return {
        "id": "hikitsugi-070",
        "charset": "utf-8",
        "sender": "城之内 亮 <jonouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 保守窓口 <hoshu@tsubasa-sytem.jp>"],
        "subject": "保守窓口の担当者登録変更のお願い",
        "body": f"""ツバサシステム株式会社
保守窓口 ご担当者様

お世話になっております。日の出産業 情報システム部の城之内です。
保守契約（契約番号 TS-MNT-2019-0042）の弊社側登録担当者を、
6月1日付で鬼頭から城之内へ変更をお願いいたします。

障害連絡の受付先メールアドレスも、is-hoshu@hinode-sangyo.co.jp に変更いただけますと幸いです。

{SIG_JONOUCHI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp drops a letter from partner tsubasa-system.jp",
    }


def _m071():
    rows = [["案件番号", "案件名", "顧客企業", "契約金額", "受注日", "リリース予定", "当社PM"],
            ["HS-DEV-2401", "受注管理画面改修", "（社内）", "6,800,000", "2024-01-22", "2024-07-15", "城之内"],
            ["HS-DEV-2402", "帳票サーバ更改", "（社内）", "12,300,000", "2024-02-09", "2024-09-30", "城之内"],
            ["HS-DEV-2403", "EDI接続先追加", "川崎電機株式会社", "2,450,000", "2024-03-01", "2024-06-28", "城之内"],
            ["HS-DEV-2404", "在庫アラート機能", "（社内）", "1,900,000", "2024-03-18", "2024-08-09", "鬼頭→城之内"]]
    return {
        "id": "hikitsugi-071",
        "charset": "utf-8",
        "sender": "城之内 亮 <jonouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 安曇様 <azumi@tsubasa-system.jp>"],
        "subject": "開発案件一覧（CSV）",
        "body": f"""安曇様

城之内です。打合せで話に出た開発案件の一覧をCSVでお送りします。
PMが鬼頭になっている分も、今後は私が窓口です。

{SIG_JONOUCHI}
""",
        "attachments": [{"kind": "csv", "name": "dev_projects_2024.csv", "encoding": "utf-8", "rows": rows}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CSV of development projects (numbers, amounts, PM names) to a partner: no personal records",
    }


def _m072():
    return {
        "id": "hikitsugi-072",
        "charset": "cp932",
        "sender": "森下 健吾 <morishita.kengo@hinode-sangyo.co.jp>",
        "to": ["花村商事 営業部 仁科様 <nishina@hanamura-shoji.co.jp>"],
        "subject": "代理店様向け 引継ぎ説明会資料",
        "body": f"""仁科様

お世話になっております。日の出産業の森下です。
来週の引継ぎ説明会で使用する資料を先にお送りします。
事前にお目通しいただけますと、当日の質疑に時間を使えるかと思います。

{SIG_MORISHITA}
""",
        "attachments": [{"kind": "pptx", "name": "代理店引継ぎ説明会_0410.pptx",
                         "page_footer": "取扱注意　日の出産業株式会社",
                         "slides": [["代理店引継ぎ説明会", "2024年4月10日", "日の出産業株式会社 営業一部"],
                                    ["引継ぎ対象", "東日本エリア 得意先7社", "年間売上 約3.1億円"],
                                    ["競合状況", "丸九商事様：東邦系が価格攻勢", "東雲化成様：来期に相見積の可能性"],
                                    ["今後の進め方", "4月：同行訪問", "5月：単独訪問へ移行", "6月：四半期レビュー"]]}],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "every slide carries a 取扱注意 footer; the deck goes to an external agency",
    }


def _m073():
    p = _people("073", 1, adult_from=1962, adult_to=1966)[0]
    return {
        "id": "hikitsugi-073",
        "charset": "utf-8",
        "sender": "東海林 達也 <shoji.tatsuya@hinode-sangyo.co.jp>",
        "to": ["関東機械工業健康保険組合 適用課 <tekiyo@kanto-kikai-kenpo.or.jp>"],
        "subject": "任意継続被保険者資格取得申出書の送付について（事業所記号 0731）",
        "body": f"""関東機械工業健康保険組合
適用課 ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事課の東海林でございます（前任 寒河江より担当を引き継ぎました）。

3月末で退職した下記の者より任意継続の申出がありましたので、
申出書を本日郵送いたしました。到着前に内容をお知らせいたします。

　被保険者氏名：{p["name"]}
　生年月日　　：{_wareki(p["y"], p["m"], p["d"], "short")}
　保険証　記号：{p["hoken_kigo"]}　番号：{p["hoken_no"]}
　住所　　　　：〒{p["postal"]} {p["addr"]}
　資格喪失日　：令和6年4月1日

何卒よろしくお願いいたします。

{SIG_SHOJI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a retiree's health insurance card symbol and number with birth date and address to an outside insurer",
    }


def _m074():
    return {
        "id": "hikitsugi-074",
        "charset": "iso-2022-jp",
        "sender": "東海林 達也 <shoji.tatsuya@hinode-sangyo.co.jp>",
        "to": ["瀬戸口 大輔 <setoguchi.d0918@icloud.com>"],
        "subject": "退職後の書類送付について",
        "body": f"""瀬戸口さん

お疲れさまでした。人事課の東海林です。
退職手続きに関する書類の送付予定をお知らせします。

・離職票：ハローワークでの手続き完了後、4月中旬にご自宅へ郵送
・源泉徴収票：4月末までに郵送
・年金手帳：入社時にお預かりしていないため送付はありません

住所変更がある場合は、このメールにご返信ください。

{SIG_SHOJI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "note to a former employee's private address about documents to come; no personal data in it",
    }


def _m075():
    ppl = _people("075", 7)
    lines = "\n".join(f"{p['name']}／{p['mobile']}／{p['addr']}" for p in ppl)
    return {
        "id": "hikitsugi-075",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["寿販売 駒形様 <komagata@kotobuki-hanbai.co.jp>"],
        "subject": "Re: 引継ぎ対象のお客様のご連絡先",
        "body": f"""駒形様

お世話になっております。小野寺です。
ご依頼の件、引継ぎ対象のお客様7名のご連絡先です（氏名／携帯／ご住所）。

{lines}

いずれも昨年ショールームにご来場の方です。よろしくお願いいたします。

小野寺

> 日の出産業 小野寺様
>
> お世話になっております。寿販売の駒形です。
> 先日の打合せでお話のあった、弊社で引き継ぐお客様のご連絡先を
> お送りいただけますでしょうか。
>
> 寿販売株式会社 営業推進部 駒形
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "reply whose new text (above the quote) lists seven customers with mobiles and addresses",
    }


def _m076():
    return {
        "id": "hikitsugi-076",
        "charset": "iso-2022-jp",
        "sender": "東海林 達也 <shoji.tatsuya@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 都築様 <tsuzuki@sakura-hotel.jp>"],
        "subject": "宴会契約の引継ぎ書（Word）",
        "body": f"""都築様

お世話になっております。東海林です。
寒河江が作成していた宴会契約の引継ぎ書をお送りします。
御社側のご記入欄がございますので、ご確認をお願いいたします。

{SIG_SHOJI}
""",
        "attachments": [{"kind": "corrupt", "name": "宴会契約_引継ぎ書.docx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached DOCX is corrupt and cannot be inspected",
    }


def _m077():
    return {
        "id": "hikitsugi-077",
        "charset": "utf-8",
        "sender": "芦田 まどか <ashida.madoka@hinode-sangyo.co.jp>",
        "to": ["コールネットサポート 加賀谷様 <kagaya@callnet-support.co.jp>"],
        "subject": "委託業務の窓口変更と定例会のご案内",
        "body": f"""コールネットサポート株式会社
加賀谷様

平素より大変お世話になっております。
日の出産業 カスタマーサポートセンターの芦田でございます。

このたび社内の体制変更により、6月1日から御社への委託業務の窓口が
同センターの日下部に替わることとなりました。
これまでのご協力に、心より感謝申し上げます。

日下部とは5月中に並行して対応し、引継ぎ漏れのないよう進めてまいります。
なお、月次の定例会は以下の日程で予定しております。

　5月21日（火）15:00～16:00　御社会議室（日下部同席）
　6月18日（火）15:00～16:00　オンライン（日下部主催）

KPIの報告様式と請求書の送付先に変更はございません。
引き続きよろしくお願い申し上げます。

{SIG_ASHIDA}

{DISCLAIMER_JA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary hand-over notice to a partner with the standard confidentiality disclaimer (not a marking)",
    }


def _m078():
    ppl = _people("078", 15, adult_from=1930, adult_to=1954)
    head = "お名前　　　　　　生年月日　　　　　電話番号　　　　　ご住所"
    lines = [head, "－" * 40]
    for p in ppl:
        nm = p["name"].replace(" ", "　")
        nm = nm + "　" * max(0, 9 - len(nm))
        dob = _wareki(p["y"], p["m"], p["d"], "zenshort")
        dob = dob + "　" * max(1, 10 - len(dob))
        lines.append(f"{nm}{dob}{_zen(p['tel'])}　{p['addr']}")
    return {
        "id": "hikitsugi-078",
        "charset": "cp932",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["ことほぎギフト 法人窓口 <hojin@kotohogi-gift.co.jp>"],
        "subject": "長寿お祝い品の発送先（昨年度担当分の引継ぎ）",
        "body": "ことほぎギフト株式会社\n法人窓口 ご担当者様\n\n"
                "いつもお世話になっております。日の出産業 住設営業部の小野寺です。\n"
                "毎年お願いしている、長くお付き合いのあるお客様への長寿お祝い品の件です。\n"
                "今年度から担当が津田に替わるため、私の担当分の発送先をまとめてお送りします。\n\n"
                + "\n".join(lines) + f"""

品物は例年どおり「紅白こんぶ茶セット」でお願いします。
のし書きは「祝 長寿　日の出産業」です。

{SIG_ONODERA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "15 elderly customers padded with full-width spaces: 和暦 birth dates, full-width phones, addresses, to a gift vendor",
    }


def _m079():
    p = _people("079", 1, adult_from=1938, adult_to=1945)[0]
    return {
        "id": "hikitsugi-079",
        "charset": "cp932",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["寿販売 駒形様 <komagata@kotobuki-hanbai.co.jp>"],
        "subject": "引継ぎ顧客のうち、ご対応に注意が必要な方",
        "body": f"""駒形様

お世話になっております。小野寺です。
お引継ぎするお客様のうち、お一人だけご対応に注意が必要な方がいらっしゃるので、
別途お知らせします。

　{p["name"]} 様（{p["addr"]}）

昨年、息子を名乗る電話による特殊詐欺の被害に遭われ、数百万円を失われたそうです。
それ以来、知らない番号からのお電話には一切出られず、
ご家族からも電話での営業はやめてほしいとのご要望をいただいています。
ご訪問の際は、事前にはがきでお知らせいただくようお願いいたします。

小野寺
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer having been a fraud victim (犯罪被害の事実) told to an agency",
    }


def _m080():
    return {
        "id": "hikitsugi-080",
        "charset": "iso-2022-jp",
        "sender": "三雲 沙織 <mikumo.saori@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 日本橋支店 舟橋様 <funahashi@midori-ginko.co.jp>"],
        "cc": ["かえで税理士法人 椎葉先生 <shiiba@kaede-tax.jp>"],
        "subject": "口座振替依頼書の提出について（経理担当交代）",
        "body": f"""みどり銀行 日本橋支店
舟橋様

（CC：かえで税理士法人 椎葉先生）

お世話になっております。日の出産業 経理部の三雲です。
4月から寒河江に代わり、資金関係の窓口を担当いたします。

法人税等の口座振替依頼書につきまして、下記口座での手続きをお願いいたします。
　みどり銀行 日本橋支店　当座 0048213　名義 日の出産業株式会社
書類は椎葉先生の事務所から直接ご送付いただく段取りです。

{SIG_MIKUMO}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "bank and tax accountant (two organisations) in To/Cc; only the company's own account number",
    }


def _m081():
    return {
        "id": "hikitsugi-081",
        "charset": "utf-8",
        "sender": "津田 亮太 <tsuda.ryota@hinode-sangyo.co.jp>",
        "to": ["小林 浩二様 <kobayashi.koji@xn--kawasaki-dnki-53k.co.jp>"],
        "subject": "Re: 配電盤更新工事の工程表",
        "body": """小林様

お世話になっております。日の出産業の津田です。
工程表のご送付ありがとうございます。
森下から引き継いだ際の工程と比べ、据付日が1週間後ろ倒しになっている点を確認いたしました。
搬入車両の手配を調整し、改めてご連絡いたします。

--
日の出産業株式会社 営業本部 営業一部
津田 亮太
TEL 03-6225-4410（代表）
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "IDN domain (Cyrillic е in kawasaki-dеnki) is a homoglyph of partner kawasaki-denki.co.jp",
    }


def _m082():
    p = _people("082", 1, adult_from=1980, adult_to=1990)[0]
    mn = my_number(SEED + 12)
    return {
        "id": "hikitsugi-082",
        "charset": "shift_jis",
        "sender": "三雲 沙織 <mikumo.saori@hinode-sangyo.co.jp>",
        "to": ["かえで税理士法人 椎葉先生 <shiiba@kaede-tax.jp>"],
        "subject": "中途退職者の源泉徴収票（再発行分）",
        "body": f"""椎葉先生

いつもお世話になっております。日の出産業 経理部の三雲です。
前任から引き継いだ件で、2月に中途退職した社員の源泉徴収票の再発行をお願いいたします。
本人から転職先に提出する分とのことです。

【受給者】{p["name"]}
【住所】{p["addr"]}
【個人番号】{mn}
【支払金額】3,412,500円
【源泉徴収税額】98,300円
【退職年月日】令和6年2月29日

お手数をおかけいたしますが、よろしくお願いいたします。

{SIG_MIKUMO}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a former employee's My Number and address in the body to an outside tax accountant",
    }


def _m083():
    return {
        "id": "hikitsugi-083",
        "charset": "iso-2022-jp",
        "sender": "八木沼 恵 <yaginuma.megumi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 南雲様 <nagumo@aoba-unyu.co.jp>"],
        "subject": "弊社拠点一覧（集荷先の窓口変更を反映）",
        "body": f"""南雲様

お世話になっております。日の出産業の八木沼です。
4月の組織変更で各拠点の出荷窓口が変わりましたので、拠点一覧を更新しました。
集荷のご連絡は各拠点の代表番号へお願いいたします。

■本社（東京）
　〒103-0027 東京都中央区日本橋3-8-2 日の出ビル7F　TEL 03-6225-4410
■新木場ロジセンター
　〒136-0082 東京都江東区新木場2-11-3　TEL 03-5534-8810
■大阪支店
　〒530-0001 大阪府大阪市北区梅田2-5-10 梅田サウスビル9F　TEL 06-6345-7720
■名古屋支店
　〒450-0002 愛知県名古屋市中村区名駅4-22-6 名駅フロントビル5F　TEL 052-571-3380
■福岡営業所
　〒812-0011 福岡県福岡市博多区博多駅前2-9-14　TEL 092-473-6610

{SIG_YAGINUMA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's own branches with office addresses and switchboards: businesses, not people",
    }


def _m084():
    ppl = _people("084", 10)
    sheet = [["関西エリア 顧客名簿", "", "", "", "", ""],
             ["No", "氏名", "フリガナ", "電話", "メール", "住所"]]
    for i, p in enumerate(ppl, 1):
        sheet.append([i, p["name"], p["kana"], p["mobile"], p["mail"], p["addr"]])
    return {
        "id": "hikitsugi-084",
        "charset": "cp932",
        "sender": "石動 浩一 <isurugi.koichi@hinode-sangyo.co.jp>",
        "to": ["花村商事 戸叶様 <toganou@hanamura-shoji.co.jp>"],
        "subject": "関西エリア 引継ぎ資料一式",
        "body": f"""戸叶様

お世話になっております。石動です。
関西エリアの個人のお客様の引継ぎ資料を一式ZIPにまとめました。
・顧客名簿（Excel）
・引継ぎ書（Word）
ご査収ください。

{SIG_ISURUGI}
""",
        "attachments": [{"kind": "zip", "name": "関西エリア引継ぎ一式.zip",
                         "files": [{"kind": "xlsx", "name": "顧客名簿_関西.xlsx", "sheets": {"名簿": sheet}},
                                   {"kind": "docx", "name": "引継ぎ書_関西.docx",
                                    "paragraphs": ["関西エリア 引継ぎ書", "定期点検は春・秋の年2回。",
                                                   "請求は日の出産業から直接行う。"]}]}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "unencrypted ZIP holding an XLSX roster of 10 private customers, sent to an agency",
    }


def _m085():
    ppl = _people("085", 20)
    rows = [["氏名", "電話", "住所"]] + [[p["name"], p["tel"], p["addr"]] for p in ppl]
    return {
        "id": "hikitsugi-085",
        "charset": "utf-8",
        "sender": "瀬戸口 大輔 <setoguchi.daisuke@hinode-sangyo.co.jp>",
        "to": ["小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>"],
        "cc": ["岩佐 昇 <iwasa.noboru@hinode-sangyo.co.jp>"],
        "subject": "顧客データ（パスワード付き）",
        "body": """小野寺さん

引継ぎ用の顧客データです。社内ルールどおりパスワード付きにしています。
パスワードは口頭でお伝えします。

瀬戸口
""",
        "attachments": [{"kind": "zip", "name": "customer_data.zip", "password": "Setoguchi-0329",
                         "files": [{"kind": "csv", "name": "customers.csv", "encoding": "cp932", "rows": rows}]}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "encrypted ZIP, but every recipient is internal",
    }


def _m086():
    return {
        "id": "hikitsugi-086",
        "charset": "utf-8",
        "sender": "東海林 達也 <shoji.tatsuya@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 都築様 <tsuzuki@sakura-hotel.jp>"],
        "cc": ["北国フーズ 千々岩様 <chijiiwa@kitaguni-foods.co.jp>"],
        "bcc": ["yamabiko-bus@yamabiko-kanko.co.jp", "info@hanamori-florist.jp", "sales@oto-sound.co.jp"],
        "subject": "創立50周年パーティー 準備窓口の変更",
        "body": f"""さくらホテル 都築様
北国フーズ 千々岩様

（送迎バス・装花・音響の各社様にはBCCでお送りしております）

いつもお世話になっております。日の出産業 総務部の東海林です。
10月の創立50周年パーティーの準備窓口を、寒河江から私に引き継ぎました。
会場（さくらホテル様）とケータリング（北国フーズ様）の打合せは
引き続き3社合同で行いたく、6月第1週で日程を調整させてください。

{SIG_SHOJI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc; the other three vendors correctly in Bcc",
    }


def _m087():
    return {
        "id": "hikitsugi-087",
        "charset": "iso-2022-jp",
        "sender": "森下 健吾 <morishita.kengo@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 営業部 千々岩様 <chijiiwa@kitaguni-foods.co.jp>"],
        "subject": "新体制のご案内（組織図を添付します）",
        "body": f"""千々岩様

お世話になっております。日の出産業の森下です。
4月からの営業本部の新体制について、組織図を画像でお送りします。
御社のご担当は引き続き営業一部で、私の後任として津田が窓口になります。

{SIG_MORISHITA}
""",
        "attachments": [{"kind": "png", "name": "営業本部_組織図_2024.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "organisation chart image and successor name to a partner; nothing to hold",
    }


def _m088():
    return {
        "id": "hikitsugi-088",
        "charset": "utf-8",
        "sender": "Yui Nakamura <nakamura.yui@hinode-sangyo.co.jp>",
        "to": ["Lukas Becker <l.becker@rheintal-technik.de>"],
        "subject": "[Internal Only] Handover notes - EU distributor accounts",
        "body": f"""Classification: Internal Only

Lukas,

Ahead of my start on the Europe desk, here are my notes on the three EU distributor
accounts I am inheriting from Mr Kira:

- Rheintal Technik: renewal due in September; they are pushing for a 5% rebate.
  Our floor is 3%. Do not go lower without the director's approval.
- Nordvik Components: payment delays twice last year; keep them on prepayment.
- Alvar Industrial: evaluating a Chinese competitor; prepare a counter-offer.

Let me know if anything here is out of date.

{SIG_NAKAMURA_EN}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail classified Internal Only (subject and first line) sent to an external distributor",
    }


def _m089():
    ppl = _people("089", 6)
    lines = []
    for p in ppl:
        local = p["bizmail"].split("@")[0]
        lines.append(f"{_pad(p['name'], 14)}{_pad(p['dept'], 14)}{_pad(p['direct'], 15)}{local}@kawasaki-denki.co.jp")
    return {
        "id": "hikitsugi-089",
        "charset": "utf-8",
        "sender": "津田 亮太 <tsuda.ryota@hinode-sangyo.co.jp>",
        "to": ["小林 浩二様 <kobayashi.koji@kawasaki-denki.co.jp>"],
        "subject": "御社ご担当者様一覧の確認のお願い",
        "body": "小林様\n\nお世話になっております。日の出産業の津田です。\n"
                "森下から引き継いだ御社のご担当者様の一覧です。\n"
                "異動された方や連絡先の変わった方がいらっしゃいましたら、ご教示いただけますでしょうか。\n\n"
                + "\n".join(lines) + """

お手数をおかけしますが、よろしくお願いいたします。

--
日の出産業株式会社 営業一部
津田 亮太
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six contacts of the recipient's own company sent back to it for checking: a list, but the recipient's own staff",
    }


def _m090():
    ppl = _people("090", 6, adult_from=1960, adult_to=1990)
    rows = [["取引先コード", "屋号", "代表者氏名", "電話", "住所", "振込先銀行", "支店", "種別", "口座番号", "口座名義"]]
    trades = ["内装", "電気工事", "設備", "左官", "クロス", "タイル"]
    for i, (p, t) in enumerate(zip(ppl, trades)):
        rows.append([f"V{7310 + i * 3}", f"{p['sei']}{t}", p["name"], p["mobile"], p["addr"], p["bank"],
                     p["branch"], "普通", p["acct"], p["kana"].replace(" ", "　")])
    return {
        "id": "hikitsugi-090",
        "charset": "cp932",
        "sender": "三雲 沙織 <mikumo.saori@hinode-sangyo.co.jp>",
        "to": ["かえで税理士法人 記帳代行チーム <kicho@kaede-tax.jp>"],
        "subject": "外注先（個人事業主）の支払先マスタ",
        "body": f"""かえで税理士法人
記帳代行チーム ご担当者様

お世話になっております。日の出産業 経理部の三雲です。
外注費の振込データ作成を4月から御社にお願いするにあたり、
前任が管理していた個人事業主の支払先マスタをお送りします。
（CSV・Shift_JISです）

{SIG_MIKUMO}
""",
        "attachments": [{"kind": "csv", "name": "支払先マスタ_個人事業主.csv", "encoding": "cp932", "rows": rows}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "six sole traders' names, mobiles, home addresses and bank accounts in a CSV to an outside accountant",
    }


def _m091():
    ppl = _people("091", 6)
    lines = "\n".join(f"　{i}．{p['name']} 様　{p['addr']}　{p['tel']}" for i, p in enumerate(ppl, 1))
    return {
        "id": "hikitsugi-091",
        "charset": "iso-2022-jp",
        "sender": "早乙女 健太 <saotome.kenta@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 宅配課 南雲様 <nagumo@aoba-unyu.co.jp>"],
        "subject": "RE: 持ち戻り分のご報告",
        "body": f"""南雲様

お世話になっております。日の出産業 物流管理部の早乙女です。
4月から八木沼に代わり配送窓口を担当しております。
ご報告ありがとうございます。6件とも、こちらからお客様へ連絡のうえ
再配達日をご指定いたします。今しばらくお待ちください。

早乙女

差出人: 南雲 <nagumo@aoba-unyu.co.jp>
送信日時: 2024年4月12日 18:05
宛先: 八木沼 恵 <yaginuma.megumi@hinode-sangyo.co.jp>
CC: saotome.kenta@hinode-sangyo.co.jp
件名: 持ち戻り分のご報告

日の出産業 八木沼様

お世話になっております。青葉運輸の南雲です。
本日配達分のうち、ご不在で持ち戻りとなったお届け先は以下の6件です。

{lines}

ご確認をお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six addressees appear only in the quoted mail (差出人/送信日時 header) the carrier itself sent",
    }


def _m092():
    return {
        "id": "hikitsugi-092",
        "charset": "cp932",
        "sender": "岩佐 昇 <iwasa.noboru@hinode-sangyo.co.jp>",
        "to": ["白鷺建設 工事部 所長 葛城様 <katsuragi@shirasagi-kensetsu.co.jp>"],
        "subject": "現場担当の交代について（5月以降）",
        "body": """白鷺建設株式会社
工事部 葛城所長

お世話になっております。日の出産業の岩佐です。
新社屋の設備納入現場の弊社担当を、5月から瀬尾 拓海に交代いたします。

一点ご配慮をお願いしたいことがございます。
瀬尾は今年の定期健康診断で高血圧と不整脈の所見があり、
現在通院治療中のため、産業医から当面高所作業を控えるよう指示が出ております。
足場上での立会いが必要な際は、別の者を手配いたします。

ご不便をおかけしますが、よろしくお願いいたします。

--
日の出産業株式会社 住設営業部 営業二課
岩佐 昇
TEL 03-6225-4431
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "the successor's health-check findings and treatment (要配慮個人情報) told to a construction company",
    }


def _m093():
    corps = ["010401088391", "020001047865", "011001095871", "050001037302", "040001062553", "010401177228"]
    ppl = _people("093", 6)
    lines = ["| 得意先 | 法人番号 | 担当者 | 携帯 | メール |", "|---|---|---|---|---|"]
    for p, c in zip(ppl, corps):
        lines.append(f"| {p['company']} | {_corp(c)} | {p['name']} | {p['mobile']} | {p['bizmail']} |")
    return {
        "id": "hikitsugi-093",
        "charset": "utf-8",
        "sender": "森下 健吾 <morishita.kengo@hinode-sangyo.co.jp>",
        "to": ["津田 亮太 <tsuda.ryota@hinode-sangyo.co.jp>", "営業一部 <eigyo1@hinode-sangyo.co.jp>"],
        "subject": "【引継ぎ】得意先マスタ（与信登録用）",
        "body": "津田さん\n\n森下です。与信管理システムに登録し直すため、得意先6社の情報を貼っておきます。\n"
                "（Notionからコピーしたので表が崩れていたらすみません）\n\n"
                + "\n".join(lines) + f"""

{SIG_MORISHITA}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "markdown table of customer contacts and corporate numbers sent only to internal addresses",
    }


def _m094():
    ppl = _people("094", 10)
    rows = [["name", "email", "phone", "prefecture", "city_address", "model", "purchase_date"]]
    models = ["LW-300", "LW-300", "LW-500", "LW-300", "LW-500", "LW-700", "LW-300", "LW-500", "LW-700", "LW-300"]
    for p, m in zip(ppl, models):
        rows.append([p["roma"], p["mail"], p["mobile"], p["pref"], p["addr_nopref"], m,
                     f"2023-{p['m']:02d}-{p['d']:02d}"])
    return {
        "id": "hikitsugi-094",
        "charset": "utf-8",
        "sender": "Taichi Ebara <ebara.taichi@hinode-sangyo.co.jp>",
        "to": ["Sophie Laurent <sophie.laurent@lumina-japan.com>"],
        "subject": "Handover of LW-series end users to Lumina Japan",
        "body": """Dear Sophie,

Congratulations on the opening of Lumina Japan.

As agreed, after-sales support for the LW-series water purifiers will move from
Hinode Sangyo to your new Japan office on 1 July. Attached is the list of end users
who registered their purchase with us and have an open service contract.

Please treat it with care and let me know once it has been loaded into your CRM.

Kind regards,
Taichi Ebara
Overseas Sales Dept. | Hinode Sangyo Co., Ltd.
""",
        "attachments": [{"kind": "csv", "name": "customer_contacts.csv", "encoding": "utf-8", "rows": rows}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "English mail with a UTF-8 CSV of 10 end users (romaji names, e-mail, mobile, address) to a foreign firm",
    }


def _m095():
    ppl = _people("095", 2)
    a, b = ppl
    return {
        "id": "hikitsugi-095",
        "charset": "shift_jis",
        "sender": "早乙女 健太 <saotome.kenta@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 宅配課 南雲様 <nagumo@aoba-unyu.co.jp>"],
        "subject": "再配達のお願い（2件）",
        "body": f"""南雲様

お世話になっております。日の出産業の早乙女です。
持ち戻り分のうち2件、お客様と連絡がつきましたので再配達をお願いします。

① {a["name"]} 様
　{a["addr"]}　TEL {a["tel"]}
　4/16（火）18-20時希望
② {b["name"]} 様
　{b["addr"]}　TEL {b["mobile"]}
　4/17（水）午前中希望

残り4件は引き続き連絡中です。

早乙女
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two delivery addressees to the carrier: under five people, may be warned",
    }


def _m096():
    ppl = _people("096", 2, adult_from=1996, adult_to=2002)
    tbl = [["氏名", "フリガナ", "生年月日", "基礎年金番号", "雇用保険被保険者番号", "入社日"]]
    for i, p in enumerate(ppl):
        tbl.append([p["name"], p["kana"], _wareki(p["y"], p["m"], p["d"]), p["pension"],
                    f"5012-{630418 + i * 77}-{i + 3}", "令和6年4月1日"])
    return {
        "id": "hikitsugi-096",
        "charset": "iso-2022-jp",
        "sender": "東海林 達也 <shoji.tatsuya@hinode-sangyo.co.jp>",
        "to": ["星野社会保険労務士事務所 高見沢様 <takamizawa@hoshino-sr.jp>"],
        "subject": "新卒入社2名の資格取得手続き依頼（Word）",
        "body": f"""高見沢様

お世話になっております。東海林です。
寒河江から引き継いだ最後の案件です。4月入社の新卒2名の資格取得手続きをお願いいたします。
依頼書をWordでお送りします。

{SIG_SHOJI}
""",
        "attachments": [{"kind": "docx", "name": "資格取得手続き依頼書_202404.docx",
                         "paragraphs": ["社会保険・雇用保険 資格取得手続き依頼書", "日の出産業株式会社 人事課",
                                        "下記2名の資格取得手続きを依頼します。"],
                         "tables": [tbl]}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table with two new hires' basic pension numbers and birth dates to an outside labour consultant",
    }


def _m097():
    ppl = _people("097", 3)
    return {
        "id": "hikitsugi-097",
        "charset": "utf-8",
        "sender": "石動 浩一 <isurugi.koichi@hinode-sangyo.co.jp>",
        "to": ["花村商事 戸叶様 <toganou@hanamura-shoji.co.jp>"],
        "subject": "同行訪問の事前資料（丸九商事様）",
        "body": f"""戸叶様

お世話になっております。石動です。
来週の丸九商事様への同行訪問の事前資料です。
3枚目に先方のキーマン3名の連絡先を載せています。

{SIG_ISURUGI}
""",
        "attachments": [{"kind": "pptx", "name": "丸九商事様_同行訪問資料.pptx",
                         "slides": [["丸九商事様 同行訪問", "2024年4月24日（水）14:00", "日の出産業 石動／花村商事 戸叶様"],
                                    ["取引概要", "主要品目：配電部材・ケーブル", "2023年度売上：25,100千円"],
                                    ["先方キーマン"] + [f"{p['name']}（{p['dept']}{p['title']}）携帯 {p['mobile']}"
                                                       for p in ppl],
                                    ["当日の議題", "代理店変更のご説明", "下期の見積条件"]]}],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PPTX slide with three customer contacts' mobiles: under five people, may be warned",
    }


def _m098():
    return {
        "id": "hikitsugi-098",
        "charset": "iso-2022-jp",
        "sender": "津久井 慎一 <tsukui.shinichi@hinode-sangyo.co.jp>",
        "to": ["錦印刷 代表取締役 奈良橋様 <narahashi.s@nishiki-insatsu.co.jp>"],
        "subject": "退職のご挨拶",
        "body": f"""錦印刷株式会社
代表取締役 奈良橋 様

拝啓　陽春の候、貴社ますますご清栄のこととお慶び申し上げます。

私こと、日の出産業株式会社を4月30日をもちまして定年退職することとなりました。
購買部に在籍した二十二年間、奈良橋様をはじめ錦印刷の皆様には、
急な納期や度重なる仕様変更にも快くご対応いただき、本当にお世話になりました。
特に創業記念誌の制作では、深夜まで色校正にお付き合いいただいたことを今でも覚えております。

購買部での後任は相楽が務めます。まだ若輩ではございますが、
どうか私同様にご指導いただけますと幸いです。

末筆ながら、貴社のますますのご発展と皆様のご健勝を心よりお祈り申し上げます。

敬具

{SIG_TSUKUI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "retirement greeting to one partner executive, successor named only",
    }


def _m099():
    return {
        "id": "hikitsugi-099",
        "charset": "utf-8",
        "sender": "岩佐 昇 <iwasa.noboru@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 日下部先生 <kusakabe@shirakawa-law.com>"],
        "subject": "早瀬精密様との納期遅延の件（担当交代後の経緯）",
        "body": """日下部先生

お世話になっております。日の出産業の岩佐です。
早瀬精密様との納期遅延の件、前任から私が引き継ぎました。
これまでの経緯を時系列でまとめます。

・1月18日　先方より遅延損害金の請求書（1,250,000円）受領
・2月2日　弊社より部材供給元の事情による不可抗力である旨を回答
・3月5日　先方より再度の請求、4月末を期限とする旨の通知

取引基本契約の第14条（不可抗力）の適用可否についてご見解をいただけますでしょうか。

--
日の出産業株式会社 住設営業部 営業二課
岩佐 昇
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-law.com swaps the TLD of partner law firm shirakawa-law.jp",
    }


def _m100():
    ppl = _people("100", 4, adult_from=1955, adult_to=1975)
    arrivals = ["10/18 15:00", "10/18 16:30", "10/18 17:00", "10/19 09:00"]
    text_rows = "\n".join(f"- {p['company']} {p['name']} 様 / 携帯 {p['mobile']} / チェックイン {t}"
                          for p, t in zip(ppl, arrivals))
    html_rows = "".join(f"<tr><td>{p['company']}</td><td>{p['name']} 様</td><td>{p['mobile']}</td><td>{t}</td></tr>"
                        for p, t in zip(ppl, arrivals))
    intro = ("都築様\n\nお世話になっております。日の出産業の東海林です。\n"
             "50周年パーティーにご招待するお取引先のうち、ご宿泊の4名様の情報です。\n"
             "お部屋はいずれもシングル禁煙でお願いします。\n\n")
    return {
        "id": "hikitsugi-100",
        "charset": "utf-8",
        "sender": "東海林 達也 <shoji.tatsuya@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
        "cc": ["さくらホテル 都築様 <tsuzuki@sakura-hotel.jp>"],
        "subject": "10/18 ご招待客の宿泊手配（4名）",
        "body": intro + text_rows + f"\n\n{SIG_SHOJI}\n",
        "html": f"""<html><body>
<p>都築様</p>
<p>お世話になっております。日の出産業の東海林です。<br>
50周年パーティーにご招待するお取引先のうち、ご宿泊の4名様の情報です。<br>
お部屋はいずれもシングル禁煙でお願いします。</p>
<table border="1"><tr><th>会社</th><th>お名前</th><th>携帯</th><th>チェックイン</th></tr>
{html_rows}</table>
<pre>{SIG_SHOJI}</pre>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four guests with mobiles to a partner hotel (text and HTML alternatives): under five people, may be warned",
    }


MESSAGES = [
    _m001(),
    _m002(),
    _m003(),
    _m004(),
    _m005(),
    _m006(),
    _m007(),
    _m008(),
    _m009(),
    _m010(),
    _m011(),
    _m012(),
    _m013(),
    _m014(),
    _m015(),
    _m016(),
    _m017(),
    _m018(),
    _m019(),
    _m020(),
    _m021(),
    _m022(),
    _m023(),
    _m024(),
    _m025(),
    _m026(),
    _m027(),
    _m028(),
    _m029(),
    _m030(),
    _m031(),
    _m032(),
    _m033(),
    _m034(),
    _m035(),
    _m036(),
    _m037(),
    _m038(),
    _m039(),
    _m040(),
    _m041(),
    _m042(),
    _m043(),
    _m044(),
    _m045(),
    _m046(),
    _m047(),
    _m048(),
    _m049(),
    _m050(),
    _m051(),
    _m052(),
    _m053(),
    _m054(),
    _m055(),
    _m056(),
    _m057(),
    _m058(),
    _m059(),
    _m060(),
    _m061(),
    _m062(),
    _m063(),
    _m064(),
    _m065(),
    _m066(),
    _m067(),
    _m068(),
    _m069(),
    _m070(),
    _m071(),
    _m072(),
    _m073(),
    _m074(),
    _m075(),
    _m076(),
    _m077(),
    _m078(),
    _m079(),
    _m080(),
    _m081(),
    _m082(),
    _m083(),
    _m084(),
    _m085(),
    _m086(),
    _m087(),
    _m088(),
    _m089(),
    _m090(),
    _m091(),
    _m092(),
    _m093(),
    _m094(),
    _m095(),
    _m096(),
    _m097(),
    _m098(),
    _m099(),
    _m100(),
]
