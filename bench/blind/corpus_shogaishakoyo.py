"""Blind corpus — area: shogaishakoyo (障害者雇用).

Mail of 日の出産業's 人事部 ダイバーシティ推進課 (障害者雇用担当), its special subsidiary
日の出ハートフル株式会社 (特例子会社, heartful.hinode-sangyo.co.jp, internal) and 総務部
(障害者雇用納付金 申告): hiring and supporting employees with disabilities together with
ハローワーク, 障害者職業センター (job coaches), 特別支援学校, 就労移行支援事業所,
障害者就業・生活支援センター, 社会保険労務士, partners and applicants' families.
Every person, number and address below is invented; My Numbers and card numbers come
from build.my_number / build.card_number.
"""

import datetime as _dt
import random as _random
import unicodedata as _ud

from build import card_number, my_number

SEED = 43601

_R = _random.Random(SEED)
_K = [0]


def _mn() -> str:
    _K[0] += 1
    return my_number(SEED + _K[0])


def _cn() -> str:
    _K[0] += 1
    return card_number(SEED + _K[0])


# -- internal domains ---------------------------------------------------------------------
D = "hinode-sangyo.co.jp"
HF = "heartful.hinode-sangyo.co.jp"   # 日の出ハートフル株式会社（特例子会社）, internal subdomain
CORP_NO = "4010401136652"             # 日の出産業 法人番号
HF_CORP_NO = "3020101084417"          # 日の出ハートフル 法人番号

_ZEN = str.maketrans("0123456789-()/.:, ", "０１２３４５６７８９－（）／．：，　")


def zen(s: str) -> str:
    return str(s).translate(_ZEN)


def _w(s: str) -> int:
    return sum(2 if _ud.east_asian_width(c) in "WF" else 1 for c in str(s))


def pad(header, rows, gap=2, rule="-", fullgap=False):
    """Columns padded with spaces under a header and a rule, as people paste them."""
    allr = [header] + rows
    widths = [max(_w(r[i]) for r in allr) for i in range(len(header))]
    sp = "　" if fullgap else " "
    def line(r):
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            fill = widths[i] - _w(c)
            if fullgap:
                cells.append(c + "　" * (fill // 2) + " " * (fill % 2))
            else:
                cells.append(c + " " * fill)
        return (sp * gap if fullgap else " " * gap).join(cells).rstrip()
    out = [line(header), rule * min(sum(widths) + gap * (len(widths) - 1), 78)]
    out += [line(r) for r in rows]
    return "\n".join(out)


def tsv(header, rows):
    return "\n".join("\t".join(str(c) for c in r) for r in ([header] if header else []) + rows)


def csvtext(header, rows):
    return "\n".join(",".join(str(c) for c in r) for r in ([header] if header else []) + rows)


def html_table(header, rows, border=1):
    th = "".join(f"<th>{h}</th>" for h in header)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in rows)
    return (f'<table border="{border}" cellpadding="4" cellspacing="0" '
            f'style="border-collapse:collapse;font-size:10pt">\n<tr style="background:#dde">{th}</tr>\n{trs}</table>')


# -- dates ----------------------------------------------------------------------------------
_ERAS = [(_dt.date(2019, 5, 1), "令和", "R"), (_dt.date(1989, 1, 8), "平成", "H"),
         (_dt.date(1926, 12, 25), "昭和", "S")]


def wareki(d: _dt.date, style: int = 0) -> str:
    for start, name, abbr in _ERAS:
        if d >= start:
            y = d.year - start.year + 1
            break
    if style == 0:
        return f"{name}{y}年{d.month}月{d.day}日"
    if style == 1:
        return f"{abbr}{y}.{d.month}.{d.day}"
    if style == 2:
        return zen(f"{abbr}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ")
    if style == 3:
        return f"{name}{zen(y)}年{zen(d.month)}月{zen(d.day)}日"
    return f"{name}{y}.{d.month:02d}.{d.day:02d}"


def ymd(d: _dt.date, style: int = 0) -> str:
    return [f"{d.year}/{d.month}/{d.day}", f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{d.year}年{d.month}月{d.day}日", f"{d.year}.{d.month:02d}.{d.day:02d}"][style]


def age(d: _dt.date) -> int:
    ref = _dt.date(2026, 4, 1)
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


# -- invented people --------------------------------------------------------------------------
_SURNAMES = [
    ("相葉", "あいば", "Aiba"), ("飯干", "いいぼし", "Iiboshi"), ("五十嵐", "いがらし", "Igarashi"),
    ("猪狩", "いがり", "Igari"), ("鵜飼", "うかい", "Ukai"), ("漆原", "うるしはら", "Urushihara"),
    ("大鋸", "おおが", "Ooga"), ("尾花", "おばな", "Obana"), ("垣内", "かきうち", "Kakiuchi"),
    ("風間", "かざま", "Kazama"), ("金子", "かねこ", "Kaneko"), ("鎌田", "かまた", "Kamata"),
    ("城之内", "じょうのうち", "Jonouchi"), ("久我", "くが", "Kuga"), ("九鬼", "くき", "Kuki"),
    ("小柳", "こやなぎ", "Koyanagi"), ("佐々", "さっさ", "Sassa"), ("猿渡", "さるわたり", "Saruwatari"),
    ("塩見", "しおみ", "Shiomi"), ("東海林", "しょうじ", "Shoji"), ("菅生", "すごう", "Sugo"),
    ("瀬賀", "せが", "Sega"), ("反町", "そりまち", "Sorimachi"), ("高萩", "たかはぎ", "Takahagi"),
    ("田所", "たどころ", "Tadokoro"), ("月岡", "つきおか", "Tsukioka"), ("津嘉山", "つかやま", "Tsukayama"),
    ("土門", "どもん", "Domon"), ("百目鬼", "どうめき", "Domeki"), ("中曽根", "なかそね", "Nakasone"),
    ("南雲", "なぐも", "Nagumo"), ("二階堂", "にかいどう", "Nikaido"), ("温水", "ぬくみず", "Nukumizu"),
    ("根岸", "ねぎし", "Negishi"), ("野々村", "ののむら", "Nonomura"), ("萩生田", "はぎうだ", "Hagiuda"),
    ("八田", "はった", "Hatta"), ("比嘉", "ひが", "Higa"), ("日向", "ひなた", "Hinata"),
    ("平良", "たいら", "Taira"), ("深見", "ふかみ", "Fukami"), ("古川", "ふるかわ", "Furukawa"),
    ("舛添", "ますぞえ", "Masuzoe"), ("間宮", "まみや", "Mamiya"), ("三橋", "みつはし", "Mitsuhashi"),
    ("宮代", "みやしろ", "Miyashiro"), ("武藤", "むとう", "Muto"), ("目黒", "めぐろ", "Meguro"),
    ("茂木", "もてぎ", "Motegi"), ("矢島", "やじま", "Yajima"), ("柳楽", "なぎら", "Nagira"),
    ("湯浅", "ゆあさ", "Yuasa"), ("養老", "ようろう", "Yoro"), ("吉住", "よしずみ", "Yoshizumi"),
    ("若狭", "わかさ", "Wakasa"), ("鷲尾", "わしお", "Washio"), ("綿貫", "わたぬき", "Watanuki"),
    ("安達", "あだち", "Adachi"), ("石動", "いするぎ", "Isurugi"), ("小鳥遊", "たかなし", "Takanashi"),
    ("勘解由小路", "かでのこうじ", "Kadenokoji"), ("四月一日", "わたぬき", "Watanuki"),
    ("一寸木", "ちょっき", "Chokki"), ("薬袋", "みない", "Minai"), ("忽那", "くつな", "Kutsuna"),
    ("栗林", "くりばやし", "Kuribayashi"), ("佐久間", "さくま", "Sakuma"), ("関口", "せきぐち", "Sekiguchi"),
    ("千田", "せんだ", "Senda"), ("高城", "たかぎ", "Takagi"), ("堤", "つつみ", "Tsutsumi"),
    ("寺門", "てらかど", "Terakado"), ("戸叶", "とかの", "Tokano"), ("仲宗根", "なかそね", "Nakasone"),
    ("錦織", "にしこり", "Nishikori"), ("布施", "ふせ", "Fuse"), ("堀内", "ほりうち", "Horiuchi"),
    ("前園", "まえぞの", "Maezono"), ("水越", "みずこし", "Mizukoshi"), ("村雨", "むらさめ", "Murasame"),
    ("森永", "もりなが", "Morinaga"), ("山路", "やまじ", "Yamaji"), ("由良", "ゆら", "Yura"),
]
_GIVEN_M = [("翔太", "しょうた", "Shota"), ("大輝", "だいき", "Daiki"), ("健斗", "けんと", "Kento"),
            ("拓真", "たくま", "Takuma"), ("颯", "はやて", "Hayate"), ("悠真", "ゆうま", "Yuma"),
            ("誠", "まこと", "Makoto"), ("隆之介", "りゅうのすけ", "Ryunosuke"), ("和也", "かずや", "Kazuya"),
            ("康平", "こうへい", "Kohei"), ("湊", "みなと", "Minato"), ("智樹", "ともき", "Tomoki"),
            ("剛", "つよし", "Tsuyoshi"), ("俊介", "しゅんすけ", "Shunsuke"), ("陽向", "ひなた", "Hinata"),
            ("一輝", "かずき", "Kazuki"), ("光太郎", "こうたろう", "Kotaro"), ("修", "おさむ", "Osamu"),
            ("正樹", "まさき", "Masaki"), ("蒼", "あおい", "Aoi"), ("仁", "じん", "Jin"),
            ("亮介", "りょうすけ", "Ryosuke"), ("勇気", "ゆうき", "Yuki"), ("周平", "しゅうへい", "Shuhei")]
_GIVEN_F = [("美咲", "みさき", "Misaki"), ("彩花", "あやか", "Ayaka"), ("結衣", "ゆい", "Yui"),
            ("千尋", "ちひろ", "Chihiro"), ("真由", "まゆ", "Mayu"), ("紗希", "さき", "Saki"),
            ("菜々子", "ななこ", "Nanako"), ("恵", "めぐみ", "Megumi"), ("理恵", "りえ", "Rie"),
            ("陽菜", "ひな", "Hina"), ("遥", "はるか", "Haruka"), ("梓", "あずさ", "Azusa"),
            ("芽衣", "めい", "Mei"), ("志保", "しほ", "Shiho"), ("朋子", "ともこ", "Tomoko"),
            ("日和", "ひより", "Hiyori"), ("さくら", "さくら", "Sakura"), ("詩織", "しおり", "Shiori"),
            ("小百合", "さゆり", "Sayuri"), ("杏奈", "あんな", "Anna"), ("楓", "かえで", "Kaede"),
            ("美穂子", "みほこ", "Mihoko"), ("瑞希", "みずき", "Mizuki"), ("奈緒", "なお", "Nao")]

_PLACES = [
    ("141-0031", "東京都", "品川区", "西五反田", "03"), ("140-0014", "東京都", "品川区", "大井", "03"),
    ("142-0053", "東京都", "品川区", "中延", "03"), ("144-0051", "東京都", "大田区", "西蒲田", "03"),
    ("146-0082", "東京都", "大田区", "池上", "03"), ("143-0023", "東京都", "大田区", "山王", "03"),
    ("152-0004", "東京都", "目黒区", "鷹番", "03"), ("153-0064", "東京都", "目黒区", "下目黒", "03"),
    ("158-0094", "東京都", "世田谷区", "玉川", "03"), ("154-0024", "東京都", "世田谷区", "三軒茶屋", "03"),
    ("210-0005", "神奈川県", "川崎市川崎区", "東田町", "044"), ("212-0016", "神奈川県", "川崎市幸区", "南幸町", "044"),
    ("211-0063", "神奈川県", "川崎市中原区", "小杉町", "044"), ("213-0001", "神奈川県", "川崎市高津区", "溝口", "044"),
    ("216-0033", "神奈川県", "川崎市宮前区", "宮崎", "044"), ("214-0014", "神奈川県", "川崎市多摩区", "登戸", "044"),
    ("223-0062", "神奈川県", "横浜市港北区", "日吉本町", "045"), ("230-0051", "神奈川県", "横浜市鶴見区", "鶴見中央", "045"),
    ("224-0003", "神奈川県", "横浜市都筑区", "中川中央", "045"), ("225-0002", "神奈川県", "横浜市青葉区", "美しが丘", "045"),
    ("222-0033", "神奈川県", "横浜市港北区", "新横浜", "045"), ("182-0021", "東京都", "調布市", "調布ケ丘", "042"),
    ("183-0022", "東京都", "府中市", "宮西町", "042"), ("206-0011", "東京都", "多摩市", "関戸", "042"),
]
_BLDG = ["コーポ若葉", "メゾン石川", "ハイツ桜台", "グリーンヒル", "パークサイド南", "サンライズ大井",
         "ヴィラ日吉", "シャトー蒲田", "ルミエール溝口", "レジデンス小杉"]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]

_DIS = [
    # (区分, 手帳, 等級候補, 障害名/診断名候補, 重度となる等級)
    ("身体", "身体障害者手帳", ["1級", "2級", "3級", "4級", "5級", "6級"],
     ["下肢機能障害", "上肢機能障害", "体幹機能障害", "聴覚障害", "視覚障害", "心臓機能障害（ペースメーカー）",
      "腎臓機能障害（人工透析）", "脳性まひ", "脊髄損傷（車椅子使用）", "言語機能障害"], {"1級", "2級"}),
    ("知的", "療育手帳", ["A", "B1", "B2"], ["知的障害（軽度）", "知的障害（中度）", "ダウン症候群", "知的障害・自閉スペクトラム症"], {"A"}),
    ("精神", "精神障害者保健福祉手帳", ["1級", "2級", "3級"],
     ["統合失調症", "双極性障害", "うつ病", "自閉スペクトラム症", "ADHD", "てんかん", "高次脳機能障害",
      "社交不安障害", "強迫性障害"], set()),
]

_HAIRYO = ["通院日（隔週水曜）の休暇取得", "耳栓・パーティション使用可", "指示は口頭＋メモで", "朝礼は筆談ボード併用",
           "車椅子動線確保・昇降デスク", "短時間勤務（週20時間）から開始", "昼休み後に15分の休憩追加",
           "満員電車回避のため時差出勤", "作業手順書に写真を添付", "急な予定変更は前日までに伝達",
           "透析日（月水金）は15時退勤", "画面読み上げソフト使用", "服薬時間（12時）の確保", "定期面談（月1回）"]


def _person(i: int) -> dict:
    r = _R
    sex = r.choice("MF")
    sei = r.choice(_SURNAMES)
    mei = r.choice(_GIVEN_M if sex == "M" else _GIVEN_F)
    dob = _dt.date(1962, 1, 1) + _dt.timedelta(days=r.randrange(0, 365 * 45))
    if r.random() < 0.15:  # students / young applicants
        dob = _dt.date(2006, 4, 2) + _dt.timedelta(days=r.randrange(0, 365 * 3))
    zipc, pref, city, town, area = r.choice(_PLACES)
    banchi = f"{r.randint(1, 5)}丁目{r.randint(1, 28)}番{r.randint(1, 22)}号" if r.random() < 0.5 else \
        f"{r.randint(1, 5)}-{r.randint(1, 28)}-{r.randint(1, 22)}"
    bldg = f" {r.choice(_BLDG)}{r.randint(1, 4)}0{r.randint(1, 8)}" if r.random() < 0.45 else ""
    pre = r.choice(["090", "080", "070"])
    mob = f"{pre}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    if area == "03":
        home = f"03-{r.randint(3100, 6999)}-{r.randint(1000, 9999)}"
    else:
        home = f"{area}-{r.randint(200, 999)}-{r.randint(1000, 9999)}"
    dom = r.choice(_FREE)
    local = r.choice([f"{mei[2].lower()}.{sei[2].lower()}", f"{sei[2].lower()}{r.randint(10, 99)}",
                      f"{mei[2].lower()}{dob.year % 100:02d}{dob.month:02d}", f"{sei[2][:3].lower()}-{mei[2].lower()}"])
    kind = r.choices(_DIS, weights=[4, 3, 5])[0]
    grade = r.choice(kind[2])
    diag = r.choice(kind[3])
    if kind[0] == "知的":
        diag = {"A": "知的障害（重度）", "B1": "知的障害（中度）"}.get(
            grade, r.choice(["知的障害（軽度）", "知的障害・自閉スペクトラム症", "ダウン症候群"]))
    return {
        "sei": sei[0], "mei": mei[0], "kana": f"{sei[1]} {mei[1]}",
        "kata": "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in f"{sei[1]} {mei[1]}"),
        "roma": f"{mei[2]} {sei[2]}", "ROMA": f"{sei[2].upper()} {mei[2]}",
        "name": f"{sei[0]} {mei[0]}", "name2": f"{sei[0]}{mei[0]}",
        "sex": "男" if sex == "M" else "女", "dob": dob, "age": age(dob),
        "zip": zipc, "pref": pref, "city": city, "addr": f"{pref}{city}{town}{banchi}{bldg}",
        "addr_nopref": f"{city}{town}{banchi}{bldg}",
        "mob": mob, "home": home, "mail": f"{local}@{dom}",
        "dkind": kind[0], "techo": kind[1], "grade": grade, "diag": diag,
        "severe": grade in kind[4], "hairyo": r.choice(_HAIRYO),
        "hired": max(_dt.date(2014, 4, 1) + _dt.timedelta(days=r.randrange(0, 365 * 11)),
                     _dt.date(dob.year + 18, 4, 1)),
        "hours": r.choice([20, 25, 30, 30, 35, 37.5, 40]),
        "techo_no": f"{r.choice(['第', ''])}{r.randint(100000, 999999)}{r.choice(['号', ''])}",
        "emp": f"{r.choice(['HF', 'H'])}{r.randint(1000, 9999)}",
        "bank": (r.choice(["みどり銀行", "横浜港北信用金庫", "ゆうちょ銀行", "東京湾岸銀行", "川崎中央信金"]),
                 r.choice(["本店", "蒲田支店", "溝口支店", "大井町支店", "日吉支店", "武蔵小杉支店"]),
                 f"{r.randint(1000000, 9999999)}"),
    }


_PEOPLE = [_person(i) for i in range(420)]
_NEXT = [0]


def take(n: int) -> list:
    out = _PEOPLE[_NEXT[0]:_NEXT[0] + n]
    _NEXT[0] += n
    return out


def one() -> dict:
    return take(1)[0]


def techo(p) -> str:
    return f"{p['techo']} {p['grade']}"


# -- disclaimers and signatures -----------------------------------------------------------------
DISC_JA = ("\n――――――――――――――――――――――――――\n"
           "本メールには機密情報が含まれている場合があります。誤って受信された場合は、\n"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n"
           "――――――――――――――――――――――――――\n")
DISC_EN = ("\n--\nThis e-mail and any attachments may contain confidential information. If you are not "
           "the intended recipient, please notify the sender and delete this e-mail.\n")


def sig(name, dept, mail, tel, fax=None, company="日の出産業株式会社",
        addr="〒141-0032 東京都品川区大崎二丁目9番4号 日の出ビル7F", mob=None, style=0):
    if style == 0:
        s = f"\n--------------------------------------------------\n{company}\n{dept}\n{name}\n{addr}\nTEL：{tel}"
        if fax:
            s += f"　FAX：{fax}"
        if mob:
            s += f"\n携帯：{mob}"
        s += f"\nE-mail：{mail}\n--------------------------------------------------\n"
        return s
    if style == 1:
        return (f"\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n　{company}　{dept}\n　{name}\n"
                f"　{addr}\n　TEL {tel}" + (f" / FAX {fax}" if fax else "") + f"\n　{mail}\n"
                "＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n")
    return f"\n{name}（{dept}）\n{company}　TEL {tel}\n"


HF_ADDR = "〒210-0858 神奈川県川崎市川崎区大川町7番15号"

SIG_KUWABARA = sig("桑原 真琴", "人事部 ダイバーシティ推進課 課長", f"kuwabara.makoto@{D}", "03-5437-2210",
                   fax="03-5437-2299")
SIG_KUBOTA = sig("久保田 奈央", "人事部 ダイバーシティ推進課（障害者雇用担当）", f"n-kubota@{D}", "03-5437-2213",
                 style=1)
SIG_NISHINA = sig("仁科 慎吾", "総務部 総務課", f"nishina.shingo@{D}", "03-5437-2105", fax="03-5437-2199")
SIG_TESHI = sig("勅使河原 明", "代表取締役社長", f"teshigawara.akira@{HF}", "044-201-7731", fax="044-201-7739",
                company="日の出ハートフル株式会社（日の出産業グループ 特例子会社）", addr=HF_ADDR)
SIG_AIMONO = sig("四十物 まどか", "業務課 生活支援員", f"aimono.madoka@{HF}", "044-201-7733",
                 company="日の出ハートフル株式会社", addr=HF_ADDR, style=1)
SIG_GOMI = sig("五味 悠人", "業務課 企業在籍型職場適応援助者（ジョブコーチ）", f"gomi.yuto@{HF}", "044-201-7735",
               company="日の出ハートフル株式会社", addr=HF_ADDR, mob="080-4417-2961")
SIG_SHISHIDO = sig("宍戸 美穂", "人事部 健康管理室 保健師", f"shishido.miho@{D}", "03-5437-2240", style=2)
SIG_YONEKURA = sig("米倉 千尋", "経理部 経理課", f"yonekura.chihiro@{D}", "03-5437-2150")
SIG_HIRUTA = sig("蛭田 大志", "人事部 採用グループ", f"hiruta.taishi@{D}", "03-5437-2220", style=1)
SIG_MAKABE = sig("真壁 ゆかり", "総務課", f"makabe.yukari@{HF}", "044-201-7732", company="日の出ハートフル株式会社",
                 addr=HF_ADDR, style=2)
SIG_DEGUCHI = sig("出口 隆之", "総務部 施設管理課", f"deguchi.t@{D}", "03-5437-2130")
SIG_SONODA_EN = ("\nBest regards,\n\nErika Sonoda\nGlobal HR / Diversity & Inclusion\nHinode Sangyo Co., Ltd.\n"
                 "2-9-4 Osaki, Shinagawa-ku, Tokyo 141-0032, Japan\nTel: +81-3-5437-2231\n"
                 f"sonoda.erika@{D}\n")

KUWABARA = f"桑原 真琴 <kuwabara.makoto@{D}>"
KUBOTA = f"久保田 奈央 <n-kubota@{D}>"
NISHINA = f"仁科 慎吾 <nishina.shingo@{D}>"
TESHI = f"勅使河原 明 <teshigawara.akira@{HF}>"
AIMONO = f"四十物 まどか <aimono.madoka@{HF}>"
GOMI = f"五味 悠人 <gomi.yuto@{HF}>"
SHISHIDO = f"宍戸 美穂 <shishido.miho@{D}>"
YONEKURA = f"米倉 千尋 <yonekura.chihiro@{D}>"
HIRUTA = f"蛭田 大志 <hiruta.taishi@{D}>"
MAKABE = f"真壁 ゆかり <makabe.yukari@{HF}>"
DEGUCHI = f"出口 隆之 <deguchi.t@{D}>"
SONODA = f"Erika Sonoda <sonoda.erika@{D}>"
YAKUWA = f"八鍬 航 <yakuwa.wataru@{D}>"

# -- external contacts (all invented) ----------------------------------------------------------
HW_SHINA = "ハローワーク品川 専門援助部門 水主 <kako.kyoko@hellowork-shinagawa.go.jp>"
HW_SHINA2 = "ハローワーク品川 雇用指導官 刈谷 <kariya.m@hellowork-shinagawa.go.jp>"
HW_KAWA = "ハローワーク川崎 障害者窓口 <shogai-madoguchi@hellowork-kawasaki.go.jp>"
JC_KITO = "鬼頭 亮 <kito.ryo@kanagawa-shokugyo-c.or.jp>"
JC_CENTER = "神奈川障害者職業センター <jc-desk@kanagawa-shokugyo-c.or.jp>"
STEP = "籾山 紗希 <momiyama@stepworks-osaki.jp>"
LINK = "設楽 拓海 <shitara.takumi@linkcareer.co.jp>"
HIDAMARI = "ひだまりワークス 木暮 <kogure@hidamari-works.or.jp>"
MIRAINO = "ミライノ蒲田 <info@miraino-kamata.com>"
AOZORA = "能登 一樹 <noto@aozora-nakapotsu.or.jp>"
SCH_SHINA = "雨宮 仁美 <amemiya-h@shinagawa-minami-sh.ed.jp>"
SCH_KAWA = "大和田 健 <owada-k@kawasakikita-sh.ed.jp>"
SR = "市川 有紀 <y.ichikawa@sr-ichikawa.jp>"
SR2 = "篠塚 <shinozuka@sr-ichikawa.jp>"
KIKOU = "雇用支援機構 神奈川支部 納付金担当 <nofukin@koyo-kikou-kanagawa.go.jp>"
ABILITY = "早乙女 理沙 <saotome@ability-bridge.co.jp>"
SANGYOI = "千葉 直樹 <chiba@sangyoi-partners.jp>"
# partners
BANK = "中筋 様 <nakasuji.k@midori-ginko.co.jp>"
LAW = "白川 尚人 <shirakawa@shirakawa-law.jp>"
TSUBASA = "兵藤 <hyodo@tsubasa-system.jp>"
HOTEL = "さくらホテル 宴会予約 浜口 <hamaguchi@sakura-hotel.jp>"
KITAGUNI = "北国フーズ 総務部 柴崎 <shibasaki@kitaguni-foods.co.jp>"
NISHIKI = "錦印刷 営業部 戸塚 <totsuka@nishiki-insatsu.co.jp>"
AOBA = "青葉運輸 営業課 国分 <kokubun@aoba-unyu.co.jp>"
KAWADEN = "川崎電機 人事部 丹羽 <niwa.h@kawasaki-denki.co.jp>"

MESSAGES = []


def add(**m):
    m["id"] = f"shogaishakoyo-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# ============================================================================================
# 001 — ロクイチ報告の補足：在籍障害者一覧 CSV をハローワークへ（stop 1,3）
_p = take(14)
_rows = []
for i, p in enumerate(_p):
    _rows.append([p["emp"], p["name"], p["kata"], p["sex"], ymd(p["dob"], 0), p["dkind"], techo(p),
                  "○" if p["severe"] else "", p["hours"], ymd(p["hired"], 1)])
add(
    sender=KUWABARA, to=[HW_SHINA2], cc=[KUBOTA],
    subject="障害者雇用状況報告書（6月1日現在）補足資料の送付",
    charset="iso-2022-jp",
    body=f"""ハローワーク品川
雇用指導官 刈谷様

いつもお世話になっております。
日の出産業の桑原でございます。

先日提出いたしました障害者雇用状況報告書につきまして、
お電話でご依頼のありました在籍障害者の内訳（本社・特例子会社分）を
CSVにまとめましたので送付いたします。

・対象：令和8年6月1日時点の在籍者
・週20時間以上30時間未満の短時間労働者も含めております
・重度の欄は○がダブルカウント対象です

ご確認のほど、よろしくお願いいたします。
{SIG_KUWABARA}""",
    attachments=[{"kind": "csv", "name": "在籍障害者内訳_20260601.csv", "encoding": "cp932",
                  "rows": [["社員番号", "氏名", "フリガナ", "性別", "生年月日", "障害区分", "手帳・等級", "重度",
                            "週所定労働時間", "雇入日"]] + _rows}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="14 employees with disability type and 手帳等級 in a CSV to Hello Work: list of people + 要配慮",
)

# 002 — 求人票の下書き（pass）
add(
    sender=HIRUTA, to=[HW_KAWA],
    subject="障害者専用求人（事務補助）求人票下書きのご確認のお願い",
    charset="cp932",
    body=f"""ハローワーク川崎
専門援助部門 ご担当者様

いつも大変お世話になっております。
日の出産業株式会社 人事部採用グループの蛭田です。

来月から募集を開始したい障害者専用求人（特例子会社 日の出ハートフルでの事務補助）について、
求人票の下書きを作成しました。添付のWordファイルをご確認いただき、
記載方法に不備がございましたらご指摘いただけますと幸いです。

主な内容は以下のとおりです。
　職種　　　：事務補助（データ入力・郵便物仕分け・名刺作成）
　就業場所　：神奈川県川崎市川崎区大川町7番15号（JR川崎駅からバス10分）
　就業時間　：9:30～16:30（休憩60分）※週20時間からの短時間勤務も相談可
　賃金　　　：時給1,220円～1,350円
　採用人数　：2名
　設備　　　：エレベーター、多目的トイレ、昇降デスクあり

職場見学は随時受け付けております。
よろしくお願いいたします。
{SIG_HIRUTA}{DISC_JA}""",
    attachments=[{"kind": "docx", "name": "求人票下書き_事務補助_ハートフル.docx",
                  "title": "求人票下書き", "paragraphs": [
                      "求人票（下書き）", "事業所名：日の出ハートフル株式会社", "職種：事務補助",
                      "仕事の内容：社内郵便の仕分け・配送、データ入力、名刺・封筒の印刷作業",
                      "必要な経験等：不問（パソコンの基本操作ができる方）",
                      "障害者に対する配慮に関する状況：エレベーター、多目的トイレ、休憩室あり。ジョブコーチ在籍。",
                      "選考方法：書類選考、面接（1回）、職場実習（3日間）"],
                  "tables": [[["項目", "内容"], ["就業時間", "9:30～16:30"], ["休日", "土日祝、年末年始"],
                              ["賃金", "時給1,220円～1,350円"], ["通勤手当", "実費支給（上限月3万円）"]]]}],
    expect="pass", entities=[], detectors=[],
    note="job posting draft to Hello Work: no person, standard disclaimer only",
)

# 003 — ジョブコーチ支援開始前の情報共有（1名・要配慮）（stop 3）
_p = one()
add(
    sender=GOMI, to=[JC_KITO],
    subject=f"ジョブコーチ支援（{_p['sei']}さん）開始前の情報共有",
    charset="iso-2022-jp",
    body=f"""神奈川障害者職業センター
鬼頭様

お世話になっております。日の出ハートフルの五味です。
来週から配置型ジョブコーチとしてご支援いただく件、ありがとうございます。
ご本人の了解を得ておりますので、事前に把握している情報をお送りします。

■対象者
　氏名：{_p['name']}（{_p['kana']}）　{_p['age']}歳・{_p['sex']}性
　手帳：精神障害者保健福祉手帳 2級
　診断名：統合失調症（20代前半に発症、現在は症状安定）
　服薬：朝・夕の2回。昼に眠気が出やすいとのこと
　通院：月2回、みなと心療内科クリニック（水曜午後）

■配属・業務
　業務課 メール室（郵便物の仕分け・社内便の配送）
　勤務：週4日・1日6時間（10:00～17:00）

■気になっている点
　・午後に作業スピードが落ち、ミスが増える
　・指示が複数重なると混乱する（口頭指示だけだと抜ける）
　・休憩中にひとりになれる場所を希望

初回は4日（火）10時にお越しいただければ、
ご本人と私とで業務の流れをご説明します。
{SIG_GOMI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named employee's diagnosis, 手帳等級 and medication sent to an external job coach: 要配慮",
)

# 004 — 特例子会社から本社への月次定着状況（社内のみ・pass）
_p = take(18)
_rows = [[p["emp"], p["name"], p["dkind"], p["grade"], r, n] for p, r, n in zip(_p,
         ["98%", "100%", "85%", "100%", "92%", "100%", "74%", "100%", "96%", "100%", "88%", "100%",
          "100%", "90%", "100%", "63%", "100%", "95%"],
         ["", "", "通院増・様子見", "", "", "", "体調不良で5日欠勤（主治医と面談予定）", "", "", "",
          "配置転換希望あり", "", "", "てんかん発作1回（業務中、救急要請なし）", "", "休職中（うつ症状）", "",
          ""])]
add(
    sender=TESHI, to=[KUWABARA], cc=[KUBOTA, AIMONO],
    subject="【月次】5月度 定着状況・勤怠まとめ（ハートフル）",
    charset="utf-8",
    body=f"""桑原さん

お疲れさまです。勅使河原です。
5月度の定着状況をまとめました。出勤率が80%を切っている2名については
来週の定例で個別に相談させてください。

{pad(["社員番号", "氏名", "区分", "等級", "出勤率", "メモ"], _rows)}

※休職中の1名は6/15に主治医の意見書が出る予定です。
※発作のあった方は、産業医面談を6/10に設定済み。

以上、よろしくお願いします。
{SIG_TESHI}""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="18 employees' disability and health notes, but special subsidiary → head office, all internal",
)

# 005 — 支援者会議の案内：外部3機関をToで（stop 4）
add(
    sender=KUBOTA, to=[HW_SHINA, STEP, AOZORA], cc=[JC_KITO, GOMI],
    subject="定着支援に関するケース会議開催のご案内（6/18）",
    charset="iso-2022-jp",
    body=f"""関係機関の皆さま

いつもお世話になっております。
日の出産業 人事部ダイバーシティ推進課の久保田です。

当社特例子会社にて勤務している社員1名（ご本人の同意取得済み）の
職場定着に向け、関係機関の皆さまとケース会議を開催したく、ご案内申し上げます。

　日時：6月18日（木）14:00～15:30
　場所：日の出ハートフル株式会社 2階会議室（川崎市川崎区大川町7番15号）
　出席：ご本人、ハローワーク品川様、ステップワークス大崎様、
　　　　障害者就業・生活支援センターあおぞら様、神奈川障害者職業センター様、当社

対象者の状況については、当日資料でご説明いたします。
ご都合の悪い場合は6/12までにご連絡ください。
{SIG_KUBOTA}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external organisations in To/Cc can see each other: should have been Bcc",
)

# 006 — 実習受入れの日程調整：学校＋ハローワーク（2組織・pass）
add(
    sender=AIMONO, to=[SCH_KAWA], cc=[HW_KAWA, GOMI],
    subject="Re: 2学期 現場実習の受入れについて",
    charset="cp932",
    body=f"""かわさき北特別支援学校
進路指導担当 大和田先生

お世話になっております。日の出ハートフルの四十物です。
2学期の現場実習の件、受入れ可能な期間をご連絡いたします。

　第1候補：10月6日（月）～10月17日（金）　2週間
　第2候補：10月20日（月）～10月31日（金）　2週間
　受入れ人数：最大3名（清掃・軽作業班 2名、事務班 1名）
　時間：9:30～15:00（初日のみ10:00集合）

生徒さんのお名前や配慮事項については、日程確定後に
学校所定の実習依頼書でお送りいただければ結構です。
ハローワーク川崎様にも、雇用前提の実習として情報共有のため cc しております。

どうぞよろしくお願いいたします。
{SIG_AIMONO}

> 日の出ハートフル株式会社
> 四十物様
>
> いつも本校の進路指導にご協力いただきありがとうございます。
> 2学期の現場実習について、今年度も受入れをご検討いただけないでしょうか。
> 高等部3年生の希望者が例年より多く、ご相談させていただければ幸いです。
>
> かわさき北特別支援学校 進路指導部 大和田
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="school + Hello Work (two external organisations) about internship dates; no student data",
)

# 007 — 雇用保険資格取得：マイナンバー入り XLSX を社労士へ（stop 2）
_p = take(3)
_sheet1 = [["雇用保険被保険者資格取得届 作成用データ（日の出ハートフル株式会社 7月1日入社分）"], [],
           ["No", "氏名", "フリガナ", "性別", "生年月日", "個人番号", "住所", "基礎年金番号", "週所定労働時間",
            "賃金（月額）"]]
for i, p in enumerate(_p, 1):
    _sheet1.append([i, p["name"], p["kata"], p["sex"], wareki(p["dob"], 0), _mn(),
                    f"〒{p['zip']} {p['addr']}",
                    f"{_R.randint(1000, 9999)}-{_R.randint(100000, 999999)}", p["hours"],
                    f"{_R.randint(150, 210) * 1000:,}"])
add(
    sender=MAKABE, to=[SR2], cc=[TESHI],
    subject="7/1入社 3名分 資格取得手続きのお願い",
    charset="utf-8",
    body=f"""社会保険労務士法人いちかわ事務所
篠塚様

いつもお世話になっております。
日の出ハートフル 総務の真壁です。

7月1日付で入社予定の3名について、雇用保険・社会保険の資格取得手続きを
お願いしたく、必要事項をExcelにまとめました。
個人番号カードの写しは別途郵送いたします（簡易書留）。

扶養家族の情報は2枚目のシートに入れてあります。
不足があればお知らせください。
{SIG_MAKABE}""",
    attachments=[{"kind": "xlsx", "name": "資格取得データ_0701入社.xlsx", "title": "資格取得データ",
                  "sheets": {"取得者": _sheet1,
                             "扶養": [["被保険者", "扶養者氏名", "続柄", "生年月日"],
                                      [_p[1]["name"], f"{_p[1]['sei']} 美和", "妻", wareki(_dt.date(1991, 8, 14), 0)]]}}],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="My Numbers and 基礎年金番号 of three new hires in an XLSX to the labour consultant",
)

# 008 — 宛先ドメインの打ち間違い（hinode-sangyou）：面接候補者の障害情報（stop 5,1,3）
_p = take(6)
_blocks = "\n".join(
    f"【{i}】{p['name']}（{p['age']}歳）\n　手帳：{techo(p)}／{p['diag']}\n　連絡先：{p['mob']}\n"
    f"　紹介元：{src}\n" for i, (p, src) in enumerate(zip(_p, ["ステップワークス大崎", "ハローワーク品川",
                                                            "リンクキャリア川崎", "ハローワーク川崎",
                                                            "アビリティブリッジ", "かわさき北特別支援学校"]), 1))
add(
    sender=KUBOTA, to=["桑原 真琴 <kuwabara.makoto@hinode-sangyou.co.jp>"],
    subject="来週の一次面接 候補者6名の情報",
    charset="iso-2022-jp",
    body=f"""桑原課長

お疲れさまです。久保田です。
来週の一次面接の候補者6名です。配慮事項は面接当日に本人へも確認します。

{_blocks}
面接官は課長と勅使河原社長でお願いできればと思います。
久保田""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but sent to hinode-sangyou.co.jp (letter added): six candidates with disabilities",
)

# 009 — 就労移行支援の候補者リストへの返信（引用のみ・pass）
_p = take(5)
_q = "\n".join(f"> {i}. {p['name']}さん（{p['age']}歳）{p['dkind']}・{p['diag']}　利用期間 {_R.randint(6, 22)}か月"
               for i, p in enumerate(_p, 1))
add(
    sender=AIMONO, to=[LINK],
    subject="Re: 実習候補者のご紹介（5名）",
    charset="cp932",
    body=f"""リンクキャリア川崎
設楽様

お世話になっております。日の出ハートフルの四十物です。
早速のご紹介、ありがとうございました。

社内で検討し、まずは5名の皆さんに職場見学にお越しいただきたいと考えております。
7月8日（水）・9日（木）のいずれかの午後でご調整いただけますでしょうか。
見学の所要時間は1時間程度です。

引き続きよろしくお願いいたします。

四十物

-----Original Message-----
From: 設楽 拓海 <shitara.takumi@linkcareer.co.jp>
Sent: Monday, June 29, 2026 11:02 AM
To: 四十物 まどか <aimono.madoka@{HF}>
Subject: 実習候補者のご紹介（5名）

> 日の出ハートフル株式会社　四十物様
>
> お世話になっております。リンクキャリア川崎の設楽です。
> 先日お伺いした事務補助の実習について、候補者をご紹介いたします。
> いずれもご本人の同意を得ております。
>
{_q}
>
> ご検討のほどよろしくお願いいたします。
""",
    expect="pass", entities=[], detectors=[],
    note="the candidate list is only quoted from the partner's own mail; new text has no personal data",
)

# 010 — 納付金申告データをパスワード付きZIPで（stop 7）
_p = take(9)
add(
    sender=NISHINA, to=[SR2],
    subject="令和8年度 障害者雇用納付金申告データ（暗号化）",
    charset="iso-2022-jp",
    body=f"""社会保険労務士法人いちかわ事務所
篠塚様

いつもお世話になっております。日の出産業 総務部の仁科です。

今年度の障害者雇用納付金申告（調整金申請）の作成用データを
パスワード付きZIPでお送りします。パスワードは別メールにてお知らせします。

内容：
　・月別 常用労働者数（本社・ハートフル）
　・対象障害者の月別在籍状況（重度・短時間の区分つき）
　・前年度申告書の控え

申告期限が5月15日ですので、4月末までに一度ドラフトを拝見できれば助かります。
{SIG_NISHINA}""",
    attachments=[{"kind": "zip", "name": "nofukin_R8_data.zip", "password": "Hn#2026nofu",
                  "files": [{"kind": "xlsx", "name": "対象障害者_月別在籍.xlsx",
                             "sheets": {"R8": [["氏名", "障害区分", "重度", "4月", "5月"]] +
                                        [[p["name"], p["dkind"], "重度" if p["severe"] else "", "○", "○"]
                                         for p in _p]}},
                            {"kind": "pdf", "name": "前年度申告書控.pdf", "lines": ["障害者雇用納付金申告書（控）"]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP to the labour consultant: contents cannot be inspected (PPAP)",
)

# 011 — 納付金申告：集計値のみ（pass, 法人番号）
_months = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
_rows = []
for m in _months:
    _rows.append([m, f"{_R.randint(1180, 1215):,}", str(_R.randint(19, 22)), str(_R.randint(5, 7)),
                  str(_R.randint(2, 4)), f"{_R.randint(300, 335) / 10:.1f}"])
add(
    sender=NISHINA, to=[SR], cc=[SR2, YONEKURA],
    subject="Re: 納付金申告 算定基礎の数値について",
    charset="utf-8",
    body=f"""市川先生

お世話になっております。仁科です。
ご質問いただいた算定基礎の数値（日の出産業本社＋特例子会社の合算）を下記にまとめます。
個人別の内訳は従前どおり社内で保管しており、必要であれば訪問時にご覧いただく形とさせてください。

事業主：日の出産業株式会社（法人番号 {CORP_NO}）
特例子会社：日の出ハートフル株式会社（法人番号 {HF_CORP_NO}）

{pad(["月", "常用労働者数", "障害者数", "うち重度", "うち短時間", "実雇用カウント"], _rows)}

法定雇用率2.5%に対し、年度平均で2.62%の見込みです。
調整金の振込先は前年と同じ口座（みどり銀行 大崎支店）で変更ありません。

よろしくお願いいたします。
{SIG_NISHINA}""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=["personal_data"],
    note="aggregate headcounts for the 納付金 filing with the companies' 法人番号; no individual",
)

# 012 — 【社外秘】特例子会社 中期計画をコンサルへ（stop 6）
add(
    sender=KUWABARA, to=["安斎 <anzai@universal-work.co.jp>"],
    subject="【社外秘】日の出ハートフル 中期事業計画（2027-2029）ご相談資料",
    charset="utf-8",
    body=f"""ユニバーサルワーク総研
安斎様

お世話になっております。日の出産業の桑原です。
先日のお打ち合わせでお話しした、特例子会社の中期計画（案）を添付します。
グループ適用の拡大と、農園型・サテライトオフィス型の検討状況を含めています。
来週のディスカッションの前にお目通しいただけますと幸いです。
{SIG_KUWABARA}""",
    attachments=[{"kind": "pptx", "name": "ハートフル中期計画_2027-2029_v3.pptx", "title": "中期事業計画（社外秘）",
                  "page_footer": "社外秘　日の出産業株式会社 人事部",
                  "slides": [["日の出ハートフル 中期事業計画 2027-2029", "社外秘", "人事部 ダイバーシティ推進課"],
                             ["現状", "在籍 47名（うち重度 12名）", "実雇用率 2.62%（法定 2.5%→2.7%）"],
                             ["課題", "精神障害のある社員の定着率", "業務の切り出し不足（本社部門）"],
                             ["施策案", "グループ適用（川崎工場を追加）", "サテライトオフィス開設（蒲田）",
                              "企業在籍型ジョブコーチ 2名増員"],
                             ["投資計画", "3年間で設備投資 4,800万円", "助成金活用見込み 1,200万円"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="plan stamped 社外秘 in the subject and on every slide, sent to an outside consultancy",
)

# 013 — 送迎バス会社へ HTML のみ：実習生・社員の乗車名簿（車椅子・介助）（stop 1,3）
_p = take(7)
_stops = ["川崎駅東口", "八丁畷駅", "川崎駅東口", "京急大師線 港町駅", "川崎駅東口", "鹿島田駅", "八丁畷駅"]
_need = ["車椅子（折りたたみ不可）・リフト使用", "", "歩行器使用、乗降時に介助", "", "てんかん既往あり・座席前方希望",
         "", "白杖使用、乗降時に声かけ"]
_rows = [[i, p["name"], p["kata"], s, n or "なし", p["mob"]] for i, (p, s, n) in enumerate(zip(_p, _stops, _need), 1)]
add(
    sender=DEGUCHI, to=[AOBA],
    subject="7月送迎便の乗車予定者名簿",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>青葉運輸株式会社<br>営業課 国分様</p>
<p>いつもお世話になっております。日の出産業 総務部施設管理課の出口です。</p>
<p>7月から運行いただく日の出ハートフル向け送迎便の乗車予定者をお送りします。
介助が必要な方がいらっしゃいますので、乗務員の方への共有をお願いいたします。</p>
{html_table(["No", "氏名", "フリガナ", "乗車場所", "配慮事項", "本人連絡先"], _rows)}
<p>運行開始は7月1日（水）です。車椅子の方の乗車は川崎駅東口の第2ロータリーを予定しています。</p>
<p>--<br>日の出産業株式会社 総務部 施設管理課<br>出口 隆之<br>TEL 03-5437-2130</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="HTML-only table of seven passengers with phones and disability/assistance needs to the bus partner",
)

# 014 — 応募者（gmail）への面接案内（pass, freemail）
_p = one()
add(
    sender=HIRUTA, to=[f"{_p['name']} <{_p['mail'].split('@')[0]}@gmail.com>"],
    subject="【日の出産業】一次面接日程のご案内",
    charset="iso-2022-jp",
    body=f"""{_p['name']} 様

この度は日の出産業株式会社の障害者採用（事務職）にご応募いただき、
誠にありがとうございます。人事部採用グループの蛭田でございます。

書類選考の結果、ぜひ一次面接にお越しいただきたくご連絡いたしました。

　日時：7月14日（火）10:30～11:30
　場所：東京都品川区大崎二丁目9番4号 日の出ビル7F 人事部受付
　持ち物：筆記用具
　※当日、手話通訳や筆談など面接時の配慮をご希望の場合は、事前にお知らせください。

ご都合が合わない場合は、候補日を2～3日ご返信ください。
当日お会いできることを楽しみにしております。
{SIG_HIRUTA}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="interview invitation to one applicant's own free-mail address; no data beyond a salutation",
)

# 015 — English: accommodation log to a US D&I consultant (stop 1,3)
_p = take(8)
_acc = ["Height-adjustable desk, wheelchair-accessible route", "Noise-cancelling headphones, quiet corner",
        "Written instructions + checklist", "Flexible start (10:00) due to medication",
        "Screen reader (NVDA), large monitor", "Sign-language interpreter for all-hands",
        "Bi-weekly clinic visit leave", "Shorter shift (5h) for the first 3 months"]
_dx = {"身体": "Physical", "知的": "Intellectual", "精神": "Mental health"}
add(
    sender=SONODA, to=["Rachel Whitford <rachel.whitford@inclusionpartners.com>"],
    subject="Accommodation log for the benchmarking study",
    charset="utf-8",
    body=f"""Hi Rachel,

Thanks for the call yesterday. As promised, attached is our accommodation log for the Japan
benchmarking study. It covers employees at our special subsidiary (Hinode Heartful) who asked
for accommodations in FY2025. The "Condition" column uses the wording from their certificates.

Please let me know if you need the data in a different format.
{SIG_SONODA_EN}{DISC_EN}""",
    attachments=[{"kind": "xlsx", "name": "accommodation_log_FY2025.xlsx",
                  "sheets": {"Log": [["Accommodation log FY2025 - Hinode Heartful"],
                                     ["Employee", "Category", "Certificate grade", "Condition", "Accommodation",
                                      "Start date"]] +
                             [[p["ROMA"], _dx[p["dkind"]], p["grade"], p["diag"], a, ymd(p["hired"], 1)]
                              for p, a in zip(_p, _acc)],
                             "Notes": [["Categories follow the Japanese certificate types."]]}}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="English mail: eight named employees with disability category and condition to a US consultant",
)

# 016 — 保健師からジョブコーチへ：健診事後措置（社内・pass）
_p = take(2)
add(
    sender=SHISHIDO, to=[GOMI], cc=[TESHI],
    subject="健診事後措置（2名）について",
    charset="cp932",
    body=f"""五味さん

お疲れさまです。健康管理室の宍戸です。
定期健診の結果で就業上の配慮が必要な方が2名いましたので共有します。

1) {_p[0]['name']}さん（{_p[0]['emp']}）
　 血圧 168/102、要精密。てんかんの服薬とも関係がありそうなので主治医受診を勧奨済み。
　 当面、脚立・高所作業は外してください。
2) {_p[1]['name']}さん（{_p[1]['emp']}）
　 HbA1c 8.9%、要治療。2型糖尿病で通院中断していたとのこと。
　 昼食後の低血糖症状に注意（飴を持たせています）。

どちらも本人には説明済みです。業務調整のご相談は随時どうぞ。
{SIG_SHISHIDO}""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="health-check results of two employees, but only between 健康管理室 and the subsidiary (internal)",
)

# 017 — 合同面接会会場の予約：法人カード番号（stop 2）
_card = _cn()
add(
    sender=HIRUTA, to=[HOTEL],
    subject="8/26 障害者合同面接会 会場ご予約（お支払い方法）",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約
浜口様

お世話になっております。日の出産業 人事部の蛭田です。
8月26日（水）の「桜の間」のご予約、ありがとうございます。
デポジットのお支払いはクレジットカードでお願いいたします。

　カード番号：{_card[:4]}-{_card[4:8]}-{_card[8:12]}-{_card[12:]}
　有効期限：09/28
　名義：HINODE SANGYO CO LTD / TAISHI HIRUTA

当日は車椅子の来場者が多いため、段差のない搬入口からの誘導と、
多目的トイレの位置表示をお願いできれば幸いです。
{SIG_HIRUTA}""",
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a full credit-card number with expiry in the body to the hotel partner",
)

# 018 — 特開金の申請：4名の障害・重度区分をハローワークへ（stop 3）
_p = take(4)
_lines = "\n".join(f"{p['name']},{wareki(p['dob'], 1)},{ymd(p['hired'], 0)},{p['dkind']}障害,{techo(p)},"
                   f"{'重度' if p['severe'] else '重度以外'},週{p['hours']}時間" for p in _p)
add(
    sender=KUBOTA, to=[HW_SHINA],
    subject="特定求職者雇用開発助成金（第2期）支給申請の対象者について",
    charset="cp932",
    body=f"""ハローワーク品川
専門援助部門　水主様

お世話になっております。日の出産業の久保田です。
特開金（発達障害者・難治性疾患患者雇用開発コース含む）の第2期支給申請にあたり、
対象者の確認をお願いしたく、下記のとおりお送りします。

氏名,生年月日,雇入日,障害区分,手帳,重度区分,所定労働時間
{_lines}

うち1名は紹介状の区分と手帳の等級が異なっておりますので、
申請書の記載方法をご教示いただけますでしょうか。
{SIG_KUBOTA}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="only four people, but each with disability type and 手帳等級 (要配慮) to Hello Work",
)

# 019 — 人材紹介会社との秘密保持契約（pass, NDA mention）
add(
    sender=KUWABARA, to=[ABILITY],
    subject="人材紹介基本契約・秘密保持契約書（案）の件",
    charset="iso-2022-jp",
    body=f"""アビリティブリッジ株式会社
早乙女様

いつもお世話になっております。日の出産業の桑原です。

障害者採用に関する人材紹介基本契約書と秘密保持契約書（NDA）の案を拝受しました。
法務とも確認し、下記2点のみ修正をお願いしたく存じます。

1. 秘密保持契約 第3条：機密情報の定義に「求職者の個人情報」を明記いただきたい
2. 基本契約 第9条：返金規定の期間を「3か月以内」から「6か月以内」へ

個人情報の取扱いについては、貴社のプライバシーポリシーに準じる形で問題ございません。
修正版をPDFでお送りいただければ、押印手続きに進めます。
{SIG_KUWABARA}""",
    attachments=[{"kind": "pdf", "name": "NDA_案_コメント付.pdf", "title": "秘密保持契約書（案）",
                  "lines": ["秘密保持契約書（案）", "", "日の出産業株式会社（以下「甲」）と アビリティブリッジ株式会社（以下「乙」）は、",
                            "人材紹介業務に関して開示される秘密情報の取扱いについて、以下のとおり合意する。",
                            "第1条（目的）", "第2条（秘密情報の定義）", "第3条（機密情報の範囲）　※甲コメント：求職者の個人情報を明記",
                            "第4条（目的外使用の禁止）", "第5条（有効期間）本契約の有効期間は締結日から3年間とする。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA with a recruitment agency; 機密/個人情報 only mentioned, no marking, no people",
)

# 020 — 安否確認システム導入：特例子会社社員の連絡先 CSV（stop 1）
_p = take(12)
add(
    sender=MAKABE, to=["導入サポート <support@anpi-connect.jp>"],
    subject="【アンピコネクト】初期登録用ユーザーデータの送付",
    charset="utf-8",
    body=f"""アンピコネクト 導入サポートご担当者様

お世話になっております。日の出ハートフル株式会社の真壁です。
安否確認サービスの初期登録用に、社員のユーザーデータ（CSV）をお送りします。
個人携帯と個人メールの登録を希望した社員のみ含めております。
取り込み後、テスト配信の日程をご相談させてください。
{SIG_MAKABE}""",
    attachments=[{"kind": "csv", "name": "users_import_heartful.csv", "encoding": "utf-8",
                  "rows": [["user_id", "last_name", "first_name", "kana", "mobile", "mail", "group"]] +
                          [[p["emp"], p["sei"], p["mei"], p["kata"], p["mob"], p["mail"],
                            _R.choice(["清掃班", "事務班", "メール室", "印刷班"])] for p in _p]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="twelve employees' private mobiles and e-mails in a CSV to a SaaS vendor: list of people",
)

# 021 — 就労移行支援事業所の一覧（事業所リスト・pass）
_biz = [["ステップワークス大崎", "東京都品川区大崎1-11-2 大崎ゲートビル4F", "03-6417-0281", "事務・IT"],
        ["リンクキャリア川崎", "神奈川県川崎市川崎区砂子2-4-10", "044-230-5561", "事務・軽作業"],
        ["ひだまりワークス", "神奈川県川崎市幸区中幸町3-29", "044-522-7740", "軽作業・清掃"],
        ["ミライノ蒲田", "東京都大田区蒲田5-37-1 蒲田駅前ビル6F", "03-5714-3398", "精神・発達障害専門"],
        ["ジョブステーション武蔵小杉", "神奈川県川崎市中原区新丸子東3-1200", "044-712-6650", "事務"],
        ["ワークポート鶴見", "神奈川県横浜市鶴見区豊岡町8-7", "045-582-1029", "製造・物流"]]
add(
    sender=AIMONO, to=[HW_KAWA],
    subject="連携先の就労移行支援事業所について（ご相談）",
    charset="iso-2022-jp",
    body=f"""ハローワーク川崎 障害者窓口 ご担当者様

お世話になっております。日の出ハートフルの四十物です。
現在、実習生の受け入れでご縁のある就労移行支援事業所は以下のとおりです。

{pad(["事業所名", "所在地", "電話", "特色"], _biz, fullgap=False)}

印刷・製本の作業経験がある利用者さんが多い事業所をご存じでしたら、
ご紹介いただけますと幸いです。
{SIG_AIMONO}""",
    expect="pass", entities=[], detectors=[],
    note="a list of support offices (businesses, office numbers), not of people",
)

# 022 — 給与振込口座の変更：銀行ドメイン打ち間違い（stop 5,1）
_p = take(6)
_blk = "\n\n".join(f"■{p['name']}（{p['kata']}）社員番号 {p['emp']}\n　新：{p['bank'][0]} {p['bank'][1]} 普通 {p['bank'][2]}"
                   f"\n　口座名義：{p['kata']}" for p in _p)
add(
    sender=MAKABE, to=["中筋 様 <nakasuji.k@midori-ginkou.co.jp>"],
    subject="7月支給分 給与振込口座の変更（6名）",
    charset="cp932",
    body=f"""みどり銀行 法人営業部
中筋様

いつもお世話になっております。日の出ハートフル総務の真壁です。
7月25日支給分より、下記6名の振込先口座が変更となります。
総合振込データの登録内容の修正をお願いいたします。

{_blk}

お手数をおかけしますが、よろしくお願いいたします。
{SIG_MAKABE}""",
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["lookalike_domain", "personal_data"],
    note="bank partner's domain misspelt (midori-ginkou.co.jp); six employees' bank accounts",
)

# 023 — 旧システムからの障害者雇用台帳（XLS）を社労士へ（stop 1,3）
_p = take(10)
add(
    sender=NISHINA, to=[SR], cc=[KUWABARA],
    subject="障害者雇用台帳（旧システム出力）の送付",
    charset="iso-2022-jp",
    body=f"""市川先生

いつもお世話になっております。仁科です。
前回ご依頼のあった、平成期からの在籍者を含む障害者雇用台帳を
旧人事システムから出力しました（古い形式の.xlsで失礼します）。

手帳の再認定日が過ぎている方が何名かいるようですので、
確認すべき書類についてご助言いただけますと幸いです。
{SIG_NISHINA}""",
    attachments=[{"kind": "xls", "name": "shogaisha_daicho_2026.xls",
                  "sheets": {"台帳": [["社員番号", "氏名", "生年月日", "障害種別", "手帳番号", "等級", "交付日",
                                       "再認定日", "雇入日"]] +
                             [[p["emp"], p["name2"], wareki(p["dob"], 4), p["diag"], p["techo_no"], p["grade"],
                               ymd(p["hired"], 0), ymd(p["hired"] + _dt.timedelta(days=730), 0), ymd(p["hired"], 3)]
                              for p in _p]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="legacy XLS register of ten employees with diagnoses and 手帳 numbers to the labour consultant",
)

# 024 — 機構のセミナー申込み：参加者3名（pass, warn）
add(
    sender=KUBOTA, to=["障害者雇用セミナー事務局 <seminar@koyo-kikou-kanagawa.go.jp>"],
    subject="「精神障害者の職場定着セミナー」参加申込み",
    charset="utf-8",
    body=f"""障害者雇用セミナー事務局 御中

下記のとおり参加を申し込みます。

事業所名：日の出産業株式会社（特例子会社 日の出ハートフル株式会社を含む）
参加日：9月10日（木）13:30～16:30

参加者
・久保田 奈央（人事部ダイバーシティ推進課）TEL 03-5437-2213　n-kubota@{D}
・五味 悠人（日の出ハートフル 業務課）TEL 044-201-7735　gomi.yuto@{HF}
・四十物 まどか（日の出ハートフル 業務課）TEL 044-201-7733　aimono.madoka@{HF}

車椅子席等の配慮は不要です。
よろしくお願いいたします。
{SIG_KUBOTA}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="three staff attendees with work phone and mail for a seminar: 1-4 people, may warn",
)

# 025 — 壊れた評価シート（stop 7）
add(
    sender=GOMI, to=[STEP],
    subject="実習評価シート（6/22-6/26分）",
    charset="cp932",
    body=f"""ステップワークス大崎
籾山様

お世話になっております。日の出ハートフルの五味です。
先週の実習（6/22～6/26）の評価シートを添付いたします。
全体としてはとても良い1週間でした。詳細はシートをご覧ください。
{SIG_GOMI}""",
    attachments=[{"kind": "corrupt", "name": "実習評価シート_0622-0626.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# 026 — 紹介会社の推薦文を職業センターへ転送（FW・1名・要配慮）（stop 3）
_p = one()
add(
    sender=KUWABARA, to=[JC_CENTER],
    subject=f"FW: 【ご推薦】{_p['sei']}様（事務職）",
    charset="iso-2022-jp",
    body=f"""神奈川障害者職業センター
ジョブコーチご担当者様

お世話になっております。日の出産業の桑原です。
8月入社予定の方について、紹介会社からの推薦状を転送いたします。
入社後のジョブコーチ支援のご相談をさせてください（ご本人同意済み）。

-------- Forwarded Message --------
From: 早乙女 理沙 <saotome@ability-bridge.co.jp>
Date: 2026/06/24 17:40
To: 桑原 真琴 <kuwabara.makoto@{D}>
Subject: 【ご推薦】{_p['sei']}様（事務職）

日の出産業株式会社　桑原様

アビリティブリッジの早乙女です。下記の方をご推薦いたします。

氏名：{_p['name']}（{_p['kata']}）
年齢：{_p['age']}歳
障害：高次脳機能障害（2021年 交通事故による脳外傷）、精神障害者保健福祉手帳3級
症状：記憶障害（短期記憶）、注意障害。メモの活用で業務遂行は可能
現在：月1回リハビリ通院（川崎リハビリテーション病院）
職歴：物流会社で在庫管理（事故前まで勤務）

前職での経験を活かせる事務職を希望されています。
何卒ご検討のほどよろしくお願いいたします。
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a forward is new text to its recipient: one named person's brain injury and 手帳等級 to the centre",
)

# 027 — 年末調整のマイナンバー一覧（社内のみ・pass）
_p = take(8)
add(
    sender=MAKABE, to=[NISHINA], cc=[f"経理部 給与担当 <kyuyo@{D}>"],
    subject="【ハートフル】年末調整用 個人番号一覧（新規取得分）",
    charset="utf-8",
    body=f"""仁科さん

お疲れさまです。ハートフル総務の真壁です。
今年度新たに個人番号を取得した8名分の一覧を、本社給与担当向けにお送りします。
確認後、このメールは削除をお願いします。
{SIG_MAKABE}""",
    attachments=[{"kind": "csv", "name": "mynumber_new_2026.csv", "encoding": "cp932",
                  "rows": [["社員番号", "氏名", "生年月日", "個人番号"]] +
                          [[p["emp"], p["name"], ymd(p["dob"], 1), _mn()] for p in _p]}],
    expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=[],
    note="eight My Numbers, but from the subsidiary to head-office payroll only (all internal)",
)

# 028 — 実習生の保護者3名をToで（stop 4）
_p = take(3)
_par = [f"{p['sei']} 様 <{p['mail']}>" for p in _p]
_par[0] = f"{_p[0]['sei']} 様 <{_p[0]['mail'].split('@')[0]}@gmail.com>"
_par[1] = f"{_p[1]['sei']} 様 <{_p[1]['mail'].split('@')[0]}@yahoo.co.jp>"
_par[2] = f"{_p[2]['sei']} 様 <{_p[2]['mail'].split('@')[0]}@docomo.ne.jp>"
add(
    sender=AIMONO, to=_par,
    subject="職場実習に関する保護者説明会のご案内",
    charset="iso-2022-jp",
    body=f"""保護者の皆さま

いつもお世話になっております。
日の出ハートフル株式会社の四十物と申します。

10月の職場実習に先立ち、保護者の皆さま向けの説明会を下記のとおり開催いたします。

　日時：9月26日（土）10:00～11:00
　場所：日の出ハートフル株式会社 2階 研修室
　内容：実習内容のご説明、職場見学、質疑応答

ご出欠を9月18日までにこのメールへの返信でお知らせください。
{SIG_AIMONO}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three parents (private persons) visible to each other in To: should have been Bcc",
)

# 029 — 二社との情報交換会（2組織・pass, 「機密」は言及のみ）
add(
    sender=KUWABARA, to=[KAWADEN, KITAGUNI], cc=[KUBOTA],
    subject="障害者雇用 情報交換会（第3回）のご案内",
    charset="utf-8",
    body=f"""川崎電機株式会社 人事部 丹羽様
北国フーズ株式会社 総務部 柴崎様

いつもお世話になっております。日の出産業の桑原です。
第3回の情報交換会を下記のとおり開催したく、ご案内いたします。

日時：10月2日（金）15:00～17:00
場所：日の出ハートフル株式会社（川崎市川崎区大川町7番15号）
テーマ：
　1. 2026年7月の法定雇用率引上げ（2.7%）への対応
　2. 精神障害のある社員の定着支援の工夫
　3. 職場見学（清掃班・印刷班）

各社の機密に関わる内容や個人が特定される事例はお控えいただき、
取組みの工夫を中心に共有できればと思います。
{SIG_KUWABARA}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two partner organisations in To for a meeting; 機密 only in passing",
)

# 030 — なかぽつへ個別支援計画（PDF・1名・要配慮）（stop 3）
_p = one()
add(
    sender=GOMI, to=[AOZORA],
    subject="個別支援計画（更新）の共有",
    charset="cp932",
    body=f"""障害者就業・生活支援センターあおぞら
能登様

いつもお世話になっております。日の出ハートフルの五味です。
{_p['sei']}さんの個別支援計画を更新しましたので、PDFで共有いたします。
生活面（服薬・睡眠リズム）のところは、センターでのフォローをお願いできれば助かります。
{SIG_GOMI}""",
    attachments=[{"kind": "pdf", "name": f"個別支援計画_{_p['sei']}_2026下期.pdf", "title": "個別支援計画",
                  "lines": ["個別支援計画（2026年度 下期）", "",
                            f"氏名：{_p['name']}　生年月日：{wareki(_p['dob'], 0)}　所属：業務課 印刷班",
                            "障害の状況：双極性障害（精神障害者保健福祉手帳 2級）",
                            "服薬：炭酸リチウム 1日2回。血中濃度検査のため3か月ごとに通院",
                            "", "目標：", "　1. 週5日・6時間勤務の継続（現在 週4日）",
                            "　2. 躁状態のサインに本人が気づき、支援者へ相談できる",
                            "支援内容：", "　・毎朝の体調チェックシート（5段階）",
                            "　・月1回の三者面談（本人・ジョブコーチ・センター）"]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="PDF support plan of one named employee (diagnosis, medication) to the support centre",
)

# 031 — 現場責任者の連絡先をジョブコーチへ（1名・pass）
add(
    sender=KUBOTA, to=[JC_KITO],
    subject="Re: 現場の窓口について",
    charset="iso-2022-jp",
    body=f"""鬼頭様

お世話になっております。久保田です。
7月からの支援期間中、現場の窓口は下記の者が担当いたします。
支援日の変更などは直接ご連絡いただいて構いません。

　日の出ハートフル株式会社 業務課 主任
　猿渡 恵（さるわたり めぐみ）
　携帯：080-3391-6027
　メール：saruwatari.megumi@{HF}

よろしくお願いいたします。
久保田

> 久保田様
> 支援期間中、現場で日々の様子を伺える方をご紹介いただけますでしょうか。
> 鬼頭
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="one staff member's contact details for the job coach: a single person's record, may warn",
)

# 032 — 【取扱注意】就業規則改定案を法律事務所へ（stop 6）
add(
    sender=KUWABARA, to=[LAW], cc=[KUBOTA],
    subject="就業規則（合理的配慮の手続）改定案のご確認依頼",
    charset="utf-8",
    body=f"""白川法律事務所
白川先生

いつも大変お世話になっております。日の出産業の桑原でございます。

合理的配慮の申出手続きを就業規則に明記する改定案を作成しました。
添付は取締役会前の検討資料のため、取扱注意扱いとさせていただいております。
第38条の2（申出・対話・記録）の書きぶりについて、特にご意見を頂戴できれば幸いです。
{SIG_KUWABARA}""",
    attachments=[{"kind": "docx", "name": "就業規則改定案_合理的配慮_v2.docx", "title": "就業規則改定案",
                  "page_header": "【取扱注意】取締役会付議前資料",
                  "paragraphs": ["就業規則 改定案（新旧対照）", "第38条の2（合理的配慮）",
                                 "1 会社は、障害のある従業員から申出があった場合、過重な負担にならない範囲で必要な措置を講ずる。",
                                 "2 会社は、前項の措置の内容について当該従業員と話し合い、その結果を記録する。",
                                 "3 申出を理由とする不利益な取扱いはしない。"],
                  "tables": [[["条", "現行", "改定案"], ["38条の2", "（新設）", "合理的配慮の申出手続き"],
                              ["52条", "相談窓口：人事部", "相談窓口：人事部及び外部窓口"]]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="DOCX stamped 【取扱注意】 in its page header, sent to the law firm",
)

# 033 — 実習評価（5名）DOCX を特別支援学校へ（stop 1,3）
_p = take(5)
_obs = ["聴覚過敏があり、機械音の大きい印刷室では集中が続かない。イヤーマフ着用で改善。",
        "自閉スペクトラム症の特性から手順の変更に不安が強い。前日予告で対応可能。",
        "左上肢のまひにより両手作業は難しいが、片手用治具で封入作業は標準の8割。",
        "てんかん発作なし。服薬の影響か午後に眠気。休憩の取り方を一緒に練習。",
        "知的障害（療育手帳B2）。数量の確認にカウンターを使えば誤りなし。"]
add(
    sender=GOMI, to=[SCH_SHINA], cc=[AIMONO],
    subject="現場実習（高等部3年・5名）評価票の送付",
    charset="iso-2022-jp",
    body=f"""品川みなみ特別支援学校
進路指導主事 雨宮先生

お世話になっております。日の出ハートフルの五味です。
6月の現場実習の評価票（5名分）をWordでお送りいたします。
いずれの生徒さんも最後まで意欲的に取り組んでくれました。
三者面談の際の資料としてご活用ください。
{SIG_GOMI}""",
    attachments=[{"kind": "docx", "name": "現場実習評価票_6月_高3.docx", "title": "現場実習評価票",
                  "paragraphs": ["現場実習 評価票（2026年6月8日～6月19日）", "実習先：日の出ハートフル株式会社 業務課"],
                  "tables": [[["生徒氏名", "生年月日", "作業内容", "評価（A～C）", "障害特性に関する所見"]] +
                             [[p["name"], ymd(p["dob"], 2), w, g, o] for p, w, g, o in
                              zip(_p, ["印刷・製本", "郵便仕分け", "封入・封緘", "清掃", "データ入力"],
                                  ["B", "A", "B", "B", "A"], _obs)]]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="DOCX table of five students with observations on their disabilities, to the school",
)

# 034 — 【社外秘】役員向け資料を社内配布（社内のみ・pass）
add(
    sender=KUWABARA, to=[f"役員各位 <yakuin@{D}>"], cc=[TESHI, KUBOTA],
    subject="【社外秘】法定雇用率2.7%対応方針（経営会議資料）",
    charset="cp932",
    body=f"""役員各位

人事部の桑原です。
7/7の経営会議で審議予定の資料を事前送付いたします。
社外秘資料につき、社外への転送はご遠慮ください。

論点：
　1. 2026年7月以降の不足見込み（最大9.5人分）
　2. 採用計画（精神・発達障害のある方の採用強化）
　3. グループ適用の拡大と特例子会社の人員体制
{SIG_KUWABARA}""",
    attachments=[{"kind": "pdf", "name": "経営会議資料_法定雇用率対応.pdf", "page_header": "社外秘",
                  "lines": ["法定雇用率2.7%への対応方針（案）", "", "1. 現状：実雇用率 2.62%",
                            "2. 不足見込み：2026年7月時点で 9.5 カウント",
                            "3. 対応：採用 12名（うち特例子会社 8名）、職域開拓、定着支援の強化"]}],
    expect="pass", entities=[], detectors=[],
    note="社外秘-marked board paper, but sent only to internal addresses",
)

# 035 — 外国籍社員の在留資格更新：在留カード・旅券番号（stop 2,3）
_p = one()
add(
    sender=MAKABE, to=["前野行政書士事務所 <info@gyosei-maeno.jp>"],
    subject="在留期間更新許可申請の件（当社社員）",
    charset="utf-8",
    body=f"""前野行政書士事務所
前野先生

お世話になっております。日の出ハートフル総務の真壁です。
先日ご相談した社員の在留期間更新について、必要事項をお送りします。

氏名：GURUNG Bikash（グルン ビカシュ）
国籍：ネパール
生年月日：1994年2月17日
在留カード番号：AB38176254CD
在留資格：技術・人文知識・国際業務（在留期限 2026年9月30日）
旅券番号：PA1882047
住所：神奈川県川崎市幸区南幸町2丁目11番3号 コーポ若葉203
勤務：日の出ハートフル株式会社 業務課（データ入力・翻訳補助）

なお、昨年の労災事故で右手指を負傷し、身体障害者手帳（上肢 4級）を取得しています。
勤務内容に変更はありませんが、申請書の記載に影響があるかご確認ください。
{SIG_MAKABE}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="residence-card and passport numbers of an employee, plus his 身体障害者手帳, to an outside scrivener",
)

# 036 — 焼き菓子の価格表（pass）
add(
    sender=TESHI, to=[KITAGUNI],
    subject="ハートフル焼き菓子 秋冬ギフトの価格表",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
総務部 柴崎様

いつもご愛顧いただきありがとうございます。日の出ハートフルの勅使河原です。
秋冬ギフトの価格表をお送りします。社内販売会用のご注文は10/20締めでお願いいたします。

{pad(["品番", "品名", "入数", "単価（税込）"],
     [["HF-C101", "米粉クッキー（プレーン）", "12枚", "980円"], ["HF-C102", "米粉クッキー（ほうじ茶）", "12枚", "980円"],
      ["HF-F210", "フィナンシェ詰合せ", "8個", "1,620円"], ["HF-G330", "ギフトBOX（大）", "24個", "3,240円"],
      ["HF-S015", "ラスク（バター）", "10袋", "1,080円"]])}

前回ご注文分（注文番号 HO-2026-0917、請求書番号 INV-26-0412）は10/5に出荷済みです。
追跡番号：4479-2013-6658（青葉運輸）
{SIG_TESHI}""",
    expect="pass", entities=[], detectors=[],
    note="price list, order, invoice and tracking numbers to a partner: ordinary business",
)

# 037 — 合同面接会の結果（9名・障害区分）を主催団体へ XLSX（stop 1,3）
_p = take(9)
_res = ["二次面接へ", "見送り", "二次面接へ", "職場実習へ", "見送り", "保留", "二次面接へ", "見送り", "職場実習へ"]
add(
    sender=HIRUTA, to=["雇用対策協会 面接会事務局 <mensetsukai@koyotaisaku-kanagawa.or.jp>"],
    subject="8/26 障害者合同面接会 面接結果報告（日の出産業ブース）",
    charset="cp932",
    body=f"""神奈川県雇用対策協会
面接会事務局 御中

お世話になっております。日の出産業株式会社 人事部の蛭田です。
8/26の合同面接会の面接結果を、所定の様式に記入して提出いたします。
ご確認のほどよろしくお願いいたします。
{SIG_HIRUTA}""",
    attachments=[{"kind": "xlsx", "name": "面接結果報告_日の出産業_0826.xlsx", "title": "面接結果報告",
                  "sheets": {"結果": [["障害者合同面接会 面接結果報告書", "", "", "", "事業所：日の出産業株式会社"], [],
                                      ["受付番号", "氏名", "年齢", "障害区分", "手帳等級", "紹介元ハローワーク", "結果"]] +
                             [[f"K-{_R.randint(100, 399)}", p["name"], p["age"], p["dkind"], p["grade"],
                               _R.choice(["川崎", "品川", "大田", "横浜南"]), r] for p, r in zip(_p, _res)],
                             "備考": [["職場実習は9月中旬を予定"]]}}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="nine applicants with disability type and grade in an XLSX to the fair organiser",
)

# 038 — 社内でパスワード付きZIP（社内のみ・pass）
add(
    sender=KUBOTA, to=[KUWABARA],
    subject="面談記録（上期分）",
    charset="iso-2022-jp",
    body="""課長

お疲れさまです。上期の定着面談記録をまとめました。
共有フォルダの権限設定が間に合わなかったので、暫定でZIPにしてお送りします。
パスワードは口頭でお伝えします。

久保田""",
    attachments=[{"kind": "zip", "name": "mendan_kiroku_2026H1.zip", "password": "kubota0707",
                  "files": [{"kind": "docx", "name": "面談記録_上期.docx", "paragraphs": ["面談記録"]}]}],
    expect="pass", entities=[], detectors=[],
    note="encrypted ZIP, but between two internal colleagues",
)

# 039 — 実習先への日程連絡：ドメインの s 抜け（stop 5）
add(
    sender=AIMONO, to=["北国フーズ 総務部 柴崎 <shibasaki@kitaguni-food.co.jp>"],
    subject="施設外就労（食品パック作業）の開始日について",
    charset="utf-8",
    body=f"""北国フーズ株式会社
総務部 柴崎様

お世話になっております。日の出ハートフルの四十物です。
川崎センターでの施設外就労につき、開始日を10月13日（火）とさせていただきたく存じます。

　作業時間：9:30～15:30
　人数：当社社員4名＋支援員1名
　持参物：白衣・帽子（当社で用意）、検便結果（9月末までに提出）

当日は8:50に通用口へお伺いします。
{SIG_AIMONO}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="partner domain misspelt (kitaguni-food.co.jp, s dropped); content itself harmless",
)

# 040 — English reply, attendees only in the quoted part (pass)
add(
    sender=SONODA, to=["Rachel Whitford <rachel.whitford@inclusionpartners.com>"],
    subject="Re: Workshop registration - Tokyo, Nov 12",
    charset="utf-8",
    body=f"""Hi Rachel,

Thank you, the list below is correct. One small change: our CFO will join the closing session
only (16:00-17:00). We will bring our own interpreter.

Looking forward to seeing you in November.
{SIG_SONODA_EN}
On Tue, Oct 6, 2026 at 9:14 AM Rachel Whitford <rachel.whitford@inclusionpartners.com> wrote:
> Dear Erika,
>
> We have registered the following participants from Hinode Sangyo:
>   1. Makoto Kuwabara, HR Diversity, kuwabara.makoto@{D}, +81-3-5437-2210
>   2. Nao Kubota, HR Diversity, n-kubota@{D}, +81-3-5437-2213
>   3. Akira Teshigawara, Hinode Heartful, teshigawara.akira@{HF}, +81-44-201-7731
>   4. Erika Sonoda, Global HR, sonoda.erika@{D}, +81-3-5437-2231
>   5. Hiroshi Kanzaki, CFO, kanzaki.h@{D}, +81-3-5437-2001
>
> Please confirm by Friday.
> Rachel
""",
    expect="pass", entities=[], detectors=[],
    note="English reply; the five-person list is only in the quoted text from the recipient",
)

# 041 — 助成金申請書類一式 ZIP（CSV＋PDF）を社労士へ（stop 1,3）
_p = take(6)
add(
    sender=NISHINA, to=[SR2],
    subject="障害者作業施設設置等助成金 申請書類一式",
    charset="cp932",
    body=f"""篠塚様

お世話になっております。仁科です。
印刷室の改修（昇降式作業台・拡大読書器の導入）に伴う助成金申請について、
書類一式をZIPにまとめました。対象となる障害者の一覧と見積書が入っています。
{SIG_NISHINA}""",
    attachments=[{"kind": "zip", "name": "助成金申請_作業施設_一式.zip",
                  "files": [{"kind": "csv", "name": "対象障害者一覧.csv", "encoding": "cp932",
                             "rows": [["氏名", "生年月日", "障害名", "手帳", "等級", "必要な設備"]] +
                                     [[p["name"], wareki(p["dob"], 1), d, "身体障害者手帳", g, e] for p, d, g, e in
                                      zip(_p, ["視覚障害（弱視）", "下肢機能障害", "体幹機能障害", "視覚障害（視野狭窄）",
                                               "脊髄損傷（車椅子使用）", "上肢機能障害"],
                                          ["2級", "3級", "1級", "4級", "1級", "5級"],
                                          ["拡大読書器", "昇降式作業台", "昇降式作業台", "拡大読書器", "昇降式作業台",
                                           "片手用裁断機"])]},
                            {"kind": "pdf", "name": "見積書_昇降式作業台.pdf",
                             "lines": ["御見積書", "昇降式作業台 4台　合計 1,386,000円（税込）", "株式会社ユニバーサル設備"]}]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="plain ZIP holding a CSV of six employees' disabilities and 手帳等級 to the labour consultant",
)

# 042 — 自家用車通勤の保険手続：運転免許証番号＋下肢障害（stop 2,3）
_p = one()
add(
    sender=MAKABE, to=["保険窓口かわさき 担当 遠山 <toyama@hoken-madoguchi-kawasaki.co.jp>"],
    subject="通勤用車両の保険手続き（社員1名分）",
    charset="iso-2022-jp",
    body=f"""保険窓口かわさき
遠山様

お世話になっております。日の出ハートフル総務の真壁です。
社員の自家用車通勤を許可するにあたり、会社指定の任意保険加入状況の確認をお願いします。

　氏名：{_p['name']}
　生年月日：{wareki(_p['dob'], 0)}
　運転免許証番号：第{_R.randint(30, 49)}{_R.randint(1000000000, 9999999999)}号
　免許の条件：AT車に限る・手動装置付に限る
　車両：トヨタ シエンタ（福祉車両・手動運転装置付）品川 500 さ 17-82

ご本人は下肢機能障害（身体障害者手帳2級）のため公共交通機関での通勤が難しく、
特例として自家用車通勤を認めるものです。
{SIG_MAKABE}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an employee's driving-licence number and physical disability (手帳2級) to an insurance agency",
)

# 043 — 件名に病名：業務中の発作を就労移行支援へ（stop 3）
_p = one()
add(
    sender=GOMI, to=[MIRAINO],
    subject=f"【至急】{_p['name']}さん 本日の業務中のてんかん発作について",
    charset="cp932",
    body=f"""ミライノ蒲田
葛城様

日の出ハートフルの五味です。
本日11時ごろ、{_p['sei']}さんが作業中に強直間代発作を起こしました（約2分）。
救急要請はせず、回復後にご家族へ引き渡しています。
最近服薬を忘れることがあったと本人が話していました。
定着支援の面談を前倒しでお願いできないでしょうか。

五味（携帯 080-4417-2961）""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's epileptic seizure and medication (subject and body) to the support office",
)

# 044 — 社内向け HTML のみ：シフト表（社内・pass）
_p = take(9)
_days = ["月", "火", "水", "木", "金"]
_rows = [[p["name"]] + [_R.choice(["早", "日", "日", "遅", "休"]) for _ in _days] for p in _p]
add(
    sender=AIMONO, to=[f"ハートフル業務課 <gyomu@{HF}>"],
    subject="来週（9/7～）清掃班シフト",
    charset="utf-8",
    html=f"""<html><body>
<p>業務課の皆さん</p>
<p>来週の清掃班シフトです。変更希望は金曜までに四十物まで。</p>
{html_table(["氏名"] + _days, _rows)}
<p>早＝8:00～14:00／日＝9:30～15:30／遅＝11:00～17:00</p>
<p>四十物</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="internal HTML shift table (names and shift codes only) to an internal list",
)

# 045 — English: CONFIDENTIAL benchmarking report draft (stop 6)
add(
    sender=SONODA, to=["Rachel Whitford <rachel.whitford@inclusionpartners.com>"],
    cc=[KUWABARA],
    subject="Draft disability inclusion report - for your review",
    charset="utf-8",
    body=f"""Hi Rachel,

Attached is the draft of our disability inclusion report for the board. The figures are
aggregated; no individual data is included. Could you review the benchmarking section
(pages 3-4) and tell us whether the comparison with US practice is fair?
{SIG_SONODA_EN}""",
    attachments=[{"kind": "docx", "name": "Disability_Inclusion_Report_DRAFT_v0.4.docx",
                  "title": "Disability Inclusion Report (draft)",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo internal use only",
                  "page_footer": "Confidential",
                  "paragraphs": ["Disability Inclusion Report FY2025 (Draft)",
                                 "1. Employment rate: 2.62% (statutory 2.5%, rising to 2.7% in July 2026)",
                                 "2. Retention after 1 year: 81% (mental health 68%)",
                                 "3. Special subsidiary: 47 employees, 6 job coaches"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="DOCX headed CONFIDENTIAL / internal use only, sent to an external consultant",
)

# 046 — 面接会の応援スタッフ 6名の携帯（・箇条書き）（stop 1）
_staff = [("蛭田 大志", "080-2284-5130"), ("久保田 奈央", "090-6672-0419"), ("五味 悠人", "080-4417-2961"),
          ("四十物 まどか", "070-3318-2740"), ("猿渡 恵", "080-3391-6027"), ("佐久間 健斗", "090-1127-8853")]
add(
    sender=HIRUTA, to=["雇用対策協会 面接会事務局 <mensetsukai@koyotaisaku-kanagawa.or.jp>"],
    subject="8/26 面接会 当日スタッフ登録（入館証発行用）",
    charset="utf-8",
    body=f"""面接会事務局 御中

日の出産業の蛭田です。当日ブースに入るスタッフを登録します。
当日の緊急連絡は各自の携帯にお願いします。

{chr(10).join(f'・{n}　携帯 {t}' for n, t in _staff)}

以上6名です。入館証は受付でまとめて受け取ります。
{SIG_HIRUTA}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six people's names with personal mobiles in bullets to an outside organiser: a list of people",
)

# 047 — レターパックで原本送付（追跡番号・pass）
add(
    sender=NISHINA, to=[HW_SHINA2],
    subject="障害者雇用状況報告書 原本の送付について",
    charset="iso-2022-jp",
    body=f"""ハローワーク品川
刈谷様

お世話になっております。日の出産業の仁科です。
ご指示いただいた報告書の原本（押印済み）を、本日レターパックプラスで発送いたしました。

　お問い合わせ番号：3621-5804-1173
　到着予定：7月9日（木）

届きましたら念のためご一報いただけますと幸いです。
{SIG_NISHINA}""",
    expect="pass", entities=[], detectors=[],
    note="dispatch notice with a tracking number; no personal data",
)

# 048 — 社内メール（2名の体調）を .eml で添付して就労移行支援へ（stop 3）
_p = take(2)
_inner = {"sender": GOMI, "to": [TESHI], "charset": "iso-2022-jp",
          "subject": "ミライノ出身の2名について",
          "body": f"""社長

五味です。ミライノ蒲田から来た2名の近況です。

{_p[0]['name']}さん：6月から中途覚醒が続き、朝の出勤が不安定。主治医に睡眠薬の調整を相談中。
{_p[1]['name']}さん：ASDの特性で、隣席の電話の声がつらいとのこと。席替えで対応予定。

ミライノの定着支援担当にも共有してよいか、本人たちに確認済みです。
五味"""}
add(
    sender=GOMI, to=[MIRAINO],
    subject="定着支援：2名の近況（社内メールを添付します）",
    charset="iso-2022-jp",
    body=f"""ミライノ蒲田
葛城様

お世話になっております。日の出ハートフルの五味です。
社内で共有した2名の近況メールをそのまま添付いたします。
次回の定着支援面談（7/15）の参考にしてください。
{SIG_GOMI}""",
    attachments=[{"kind": "eml", "name": "ミライノ出身の2名について.eml", "message": _inner}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="attached internal mail naming two employees with sleep disorder / ASD, sent to the support office",
)

# 049 — 面接官4名の直通電話（pass, warn）
add(
    sender=HIRUTA, to=[HW_SHINA],
    subject="ミニ面接会（9/3）面接担当者のご連絡",
    charset="cp932",
    body=f"""ハローワーク品川
専門援助部門 水主様

お世話になっております。日の出産業の蛭田です。
9/3のミニ面接会の面接担当者は以下の4名です。当日の連絡は直通電話へお願いします。

　桑原 真琴（人事部 課長）　　直通 03-5437-2210
　蛭田 大志（人事部 採用G）　 直通 03-5437-2220
　勅使河原 明（ハートフル社長）直通 044-201-7731
　五味 悠人（ハートフル JC）　直通 044-201-7735

求職者の方の配慮事項は、紹介状の範囲でお知らせいただければ十分です。
{SIG_HIRUTA}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four interviewers' direct lines: under five people's records, may warn",
)

# 050 — 社労士の問合せに返信：個人番号を本文に（stop 2）
_p = one()
_m = _mn()
add(
    sender=MAKABE, to=[SR2],
    subject="Re: 扶養異動届の件（個人番号のご確認）",
    charset="cp932",
    body=f"""篠塚様

お世話になっております。真壁です。
ご依頼の件、ご本人に確認しましたので下記のとおりお知らせします。

　被保険者：{_p['name']}（社員番号 {_p['emp']}）
　異動する扶養者：{_p['sei']} 陽斗（長男）　生年月日 {wareki(_dt.date(2008, 5, 21), 0)}
　長男の個人番号：{_m[:4]} {_m[4:8]} {_m[8:]}

高校卒業後の就職により、6月30日付で扶養から外れます。
よろしくお願いいたします。

真壁

差出人: 篠塚 <shinozuka@sr-ichikawa.jp>
送信日時: 2026年7月2日 9:48
宛先: 真壁 ゆかり <makabe.yukari@{HF}>
件名: 扶養異動届の件（個人番号のご確認）

真壁様
{_p['sei']}様の扶養異動届を作成しております。
ご長男の個人番号が未登録のため、お知らせいただけますでしょうか。
""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a dependant's My Number typed into the new text of a reply to the labour consultant",
)

# 051 — 就労移行支援事業所へ Bcc で一斉案内（pass）
add(
    sender=AIMONO, to=[f"四十物 まどか <aimono.madoka@{HF}>"],
    bcc=[STEP, LINK, HIDAMARI, MIRAINO, "ジョブステーション武蔵小杉 <info@jobstation-kosugi.jp>",
         "ワークポート鶴見 <tsurumi@workport-net.or.jp>"],
    subject="【ご案内】日の出ハートフル 秋の職場見学会（10/7・10/8）",
    charset="iso-2022-jp",
    body=f"""就労移行支援事業所 ご担当者様

（本メールはBCCにて一斉送信しております）

いつも大変お世話になっております。日の出ハートフル株式会社の四十物です。
今年も秋の職場見学会を開催いたします。利用者の皆さまとご一緒にぜひお越しください。

　日程：10月7日（水）・8日（木） 各日 13:30～15:00
　内容：会社説明、印刷班・清掃班・メール室の見学、先輩社員との座談会
　定員：各日 15名（支援員の方を含む）
　申込：9月30日までに、参加人数と配慮事項の有無をご返信ください

ご不明な点はお気軽にお問い合わせください。
{SIG_AIMONO}""",
    expect="pass", entities=[], detectors=[],
    note="announcement to six support offices correctly in Bcc; no personal data",
)

# 052 — 社長宛のつもりが hinode-sangyo.jp へ：面談記録（stop 5,3）
_p = one()
add(
    sender=TESHI, to=["桑原 真琴 <kuwabara.makoto@hinode-sangyo.jp>"],
    subject="面談記録（配置転換の希望について）",
    charset="utf-8",
    body=f"""桑原さん

勅使河原です。昨日の面談記録を添付します。
ご本人は清掃班から事務班への異動を強く希望していますが、
主治医からは「対人場面の多い業務は当面避けること」との意見が出ています。
{SIG_TESHI}""",
    attachments=[{"kind": "docx", "name": f"面談記録_{_p['sei']}_0708.docx",
                  "paragraphs": ["面談記録", f"対象者：{_p['name']}（{_p['emp']}）", "日時：7月8日 16:00～16:45",
                                 "同席：勅使河原、五味（ジョブコーチ）",
                                 "障害の状況：社交不安障害・うつ病（精神障害者保健福祉手帳3級）",
                                 "本人の希望：事務班への異動。清掃班での来客対応がつらい。",
                                 "主治医意見（6/30 受診）：対人場面の多い業務は当面避けること。",
                                 "対応：9月まで清掃班（来客対応なしの時間帯）で様子を見る。"]}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["lookalike_domain", "personal_data"],
    note="internal report sent to hinode-sangyo.jp (co. dropped): one employee's diagnosis and doctor's opinion",
)

# 053 — 合理的配慮申出書の様式（空欄）を共有（pass）
add(
    sender=KUBOTA, to=[STEP],
    subject="合理的配慮申出書の様式について",
    charset="utf-8",
    body=f"""ステップワークス大崎
籾山様

お世話になっております。日の出産業の久保田です。
先日お問い合わせいただいた、当社の合理的配慮申出書の様式（空欄）をお送りします。
入社前に利用者さんと一緒に記入の練習をしていただけると、入社後の面談がスムーズです。
記入例は個人情報を含むため、様式のみとさせてください。
{SIG_KUBOTA}""",
    attachments=[{"kind": "docx", "name": "合理的配慮申出書_様式.docx", "title": "合理的配慮申出書",
                  "paragraphs": ["合理的配慮申出書", "日の出産業株式会社 人事部長 殿", "",
                                 "私は、業務を行うにあたり、下記の配慮を申し出ます。"],
                  "tables": [[["項目", "記入欄"], ["氏名", ""], ["所属", ""], ["障害の状況（任意）", ""],
                              ["困っていること", ""], ["希望する配慮", ""], ["主治医・支援機関の意見（任意）", ""],
                              ["情報共有してよい範囲", "□上司　□同僚　□産業医　□支援機関"]]]}],
    expect="pass", entities=[], detectors=[],
    note="a blank form template: words like 障害 and 個人情報 but no person",
)

# 054 — 定着支援報告：卒業生5名の状況をタブ区切りで（stop 1,3）
_p = take(5)
_t = tsv(["氏名", "入社日", "出勤率(6月)", "体調・生活面", "面談日"],
         [[p["name"], ymd(p["hired"], 1), f"{_R.randint(70, 100)}%", c, f"7/{_R.randint(13, 24)}"] for p, c in
          zip(_p, ["安定", "不眠の訴え、睡眠薬増量", "体重減少（拒食傾向）主治医に相談中", "安定", "幻聴が再燃、通院頻度を週1に"])])
add(
    sender=GOMI, to=[HIDAMARI],
    subject="就労定着支援：6月の状況報告（ひだまり卒業生5名）",
    charset="cp932",
    body=f"""ひだまりワークス
木暮様

お世話になっております。日の出ハートフル五味です。
ひだまりワークスからご入社いただいた5名の6月の状況です（Excelから貼り付けています）。

{_t}

3人目と5人目の方は、次回面談で生活面のお話を伺っていただけると助かります。
{SIG_GOMI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="tab-separated list of five employees with symptoms and medication to the support office",
)

# 055 — 定着率の集計スライド（pass）
add(
    sender=KUWABARA, to=["研修企画 <kenshu@koyotaisaku-kanagawa.or.jp>"],
    subject="企業事例発表（11/19）のスライド",
    charset="iso-2022-jp",
    body=f"""神奈川県雇用対策協会
研修企画ご担当者様

お世話になっております。日の出産業の桑原です。
11/19の企業事例発表のスライドを送付します。数字はすべて集計値で、
個人が特定される記載は含めておりません。
{SIG_KUWABARA}""",
    attachments=[{"kind": "pptx", "name": "事例発表_日の出産業_1119.pptx",
                  "slides": [["日の出産業の障害者雇用", "特例子会社 日の出ハートフルの10年"],
                             ["在籍者の推移", "2016年 12名 → 2026年 47名", "精神障害のある社員：2名 → 19名"],
                             ["1年後定着率", "全体 81%", "精神 68%／知的 92%／身体 88%"],
                             ["定着の工夫", "毎朝の体調チェックシート", "企業在籍型ジョブコーチ6名",
                              "支援機関との三者面談"]]}],
    expect="pass", entities=[], detectors=[],
    note="aggregate statistics only in the slides; no person is identifiable",
)

# 056 — 労働条件通知書をパスワード付きPDFで（stop 7）
add(
    sender=KUBOTA, to=[LINK],
    subject="労働条件通知書（内定者様分）の送付",
    charset="utf-8",
    body=f"""リンクキャリア川崎
設楽様

お世話になっております。日の出産業の久保田です。
内定者様の労働条件通知書を、パスワード付きPDFでお送りします。
入社前面談でご本人と一緒にご確認いただけますと幸いです。
パスワードはお電話でお伝えいたします。
{SIG_KUBOTA}""",
    attachments=[{"kind": "pdf", "name": "労働条件通知書_0801入社.pdf", "password": "0801hinode",
                  "lines": ["労働条件通知書", "契約期間：期間の定めなし", "就業場所：日の出ハートフル株式会社"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF: the guard cannot read it",
)

# 057 — 採用決定の報告：外部機関を Cc に並べる（stop 4）
add(
    sender=HIRUTA, to=[HW_KAWA], cc=[SCH_KAWA, HIDAMARI, JC_CENTER],
    subject="採用決定のご報告（10月実習生）",
    charset="iso-2022-jp",
    body=f"""関係各位

お世話になっております。日の出産業の蛭田です。
10月に現場実習を行った方について、来年4月1日付での採用を決定しましたのでご報告いたします。
紹介状・求人の手続き、入社後のジョブコーチ支援につきましては、
各機関のご担当者様と個別にご相談させていただきます。

このたびのご支援に、心より御礼申し上げます。
{SIG_HIRUTA}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external organisations (To + Cc) visible to each other",
)

# 058 — 清掃業務委託の請求書（登録番号・会社口座）（pass）
add(
    sender=MAKABE, to=[KAWADEN],
    subject="9月分 清掃業務委託料のご請求",
    charset="cp932",
    body=f"""川崎電機株式会社
人事部 丹羽様

いつもお世話になっております。日の出ハートフル総務の真壁です。
9月分の清掃業務委託料の請求書をお送りします。

　請求書番号：HF-INV-2609-014
　ご請求金額：638,000円（税込）
　お支払期限：10月31日
　お振込先：みどり銀行 川崎支店 普通 3317205 ニチノデハートフル（カ
　登録番号：T{HF_CORP_NO}

よろしくお願いいたします。
{SIG_MAKABE}""",
    attachments=[{"kind": "pdf", "name": "請求書_HF-INV-2609-014.pdf",
                  "table": [["品目", "数量", "単価", "金額"], ["定期清掃（川崎工場 事務棟）", "1式", "580,000", "580,000"],
                            ["消費税（10%）", "", "", "58,000"], ["合計", "", "", "638,000"]],
                  "lines": ["請求書", "川崎電機株式会社 御中", f"日の出ハートフル株式会社　登録番号 T{HF_CORP_NO}"]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=["personal_data"],
    note="invoice with the subsidiary's T-number and company bank account: business data only",
)

# 059 — 障害年金の申請支援：基礎年金番号＋診断（stop 2,3）
_p = one()
add(
    sender=SHISHIDO, to=[SR],
    subject="障害年金の請求についてご相談（社員1名）",
    charset="iso-2022-jp",
    body=f"""社会保険労務士法人いちかわ事務所
市川先生

お世話になっております。日の出産業 健康管理室の宍戸です。
社員から障害年金の請求について相談があり、先生にお願いできないかと思いご連絡しました。
ご本人の了承は得ています。

　氏名：{_p['name']}（{_p['kana']}）
　生年月日：{wareki(_p['dob'], 2)}
　基礎年金番号：{_R.randint(1000, 9999)}-{_R.randint(100000, 999999)}
　傷病名：双極性感情障害
　初診日：平成29年10月（当時の勤務先近くの心療内科）
　現在の手帳：精神障害者保健福祉手帳 2級
　勤務状況：時短勤務（1日5時間）、月2～3日の欠勤あり

初診日の証明が取れるかどうかが心配とのことです。面談日程をご相談させてください。
{SIG_SHISHIDO}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one employee's 基礎年金番号 with diagnosis and 手帳等級 to the labour consultant",
)

# 060 — 嘱託産業医契約の更新（pass）
add(
    sender=SHISHIDO, to=[SANGYOI],
    subject="嘱託産業医契約の更新について",
    charset="utf-8",
    body=f"""産業医パートナーズ
千葉先生

いつも大変お世話になっております。日の出産業 健康管理室の宍戸です。
来年度の嘱託産業医契約について、下記の条件で更新をお願いできればと存じます。

・訪問：本社 月2回（第1・第3火曜）、日の出ハートフル 月1回（第2木曜）
・内容：衛生委員会出席、職場巡視、面接指導、復職判定
・報酬：月額 220,000円（税別）
・ストレスチェック実施者：継続してお願いいたします

個別の面談対象者の情報は、従来どおり訪問時に紙でお渡しします。
{SIG_SHISHIDO}""",
    expect="pass", entities=[], detectors=[],
    note="contract renewal with an occupational physician; no person's data",
)

# 061 — 法律事務所のつもりが shirakawa-law.com：配慮をめぐる申立て（stop 5,3）
_p = one()
add(
    sender=KUWABARA, to=["白川 尚人 <shirakawa@shirakawa-law.com>"],
    subject="ご相談：合理的配慮に関する社員からの申立て",
    charset="cp932",
    body=f"""白川先生

お世話になっております。日の出産業の桑原です。
至急ご相談したい案件がございます。

日の出ハートフルの社員 {_p['name']}（{_p['age']}歳）から、
「聴覚障害（身体障害者手帳3級）への配慮として求めた手話通訳の配置が
拒否された」として、労働局に紛争解決援助の申立てがなされました。

経緯：
　4月　本人より全体朝礼への手話通訳配置の申出
　5月　会社は筆談ボードとUDトーク（音声認識アプリ）で代替と回答
　6月　本人が労働局に申立て

来週どこかでお時間をいただけますでしょうか。
{SIG_KUWABARA}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["lookalike_domain", "personal_data"],
    note="law-firm partner's domain with another TLD (.com); one named employee's hearing disability",
)

# 062 — 送迎ルートの追加：新入社員1名の乗車地（pass, warn）
_p = one()
add(
    sender=DEGUCHI, to=[AOBA],
    subject="送迎便 乗車地の追加（10月～）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
営業課 国分様

お世話になっております。日の出産業の出口です。
10月1日から送迎便の乗車者が1名増えますので、乗車地の追加をお願いします。

　氏名：{_p['name']}
　乗車地：自宅前（{_p['addr']}）
　連絡先：{_p['mob']}
　乗車時刻の目安：8:05

ルートの変更で他の方の乗車時刻に影響が出る場合は、事前にご相談ください。
{SIG_DEGUCHI}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one person's address and mobile for a pick-up: a single record, may warn",
)

# 063 — 健診予約：8名の生年月日と保険証記号番号（全角の桁揃え）（stop 1,2）
_p = take(8)
_rows = [[p["name"], p["sex"], wareki(p["dob"], 3), f"記号 {zen(_R.randint(1000, 9999))}　番号 {zen(_R.randint(10, 999))}",
          _R.choice(["一般", "一般＋胃部"] + (["一般＋婦人科"] if p["sex"] == "女" else []))] for p in _p]
add(
    sender=SHISHIDO, to=["予約センター <yoyaku@kenshin-center-kawasaki.or.jp>"],
    subject="定期健康診断（日の出ハートフル 10月実施分）受診者名簿",
    charset="cp932",
    body=f"""川崎健診センター 予約センター御中

いつもお世話になっております。日の出産業 健康管理室の宍戸です。
10月20日（火）に巡回健診をお願いしている日の出ハートフルの受診者のうち、
追加の8名分をお送りします。健康保険証の記号・番号も記載しております。

{pad(["氏名", "性別", "生年月日", "健康保険証", "コース"], _rows, fullgap=True, rule="－")}

車椅子をご利用の方が1名いらっしゃるため、巡回車の昇降機のご手配をお願いいたします。
{SIG_SHISHIDO}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    note="eight employees with dates of birth and health-insurance card numbers, full-width padded columns",
)

# 064 — 【極秘】特例子会社の統合検討（stop 6）
add(
    sender=KUWABARA, to=[LAW],
    subject="【極秘】特例子会社の再編（グループ会社との統合）に関するご相談",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の桑原でございます。

極秘
本件は取締役会での検討段階の案件のため、社内でもごく一部の者のみで扱っております。

来年度、日の出ハートフルと、グループ会社である日の出ロジスティクスの障害者雇用部門を統合し、
特例子会社の認定を維持したまま事業を拡大する案を検討しております。
認定要件（親会社との人的関係・雇用管理能力）への影響と、
雇用契約の承継について論点を整理いただけますでしょうか。
{SIG_KUWABARA}""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="mail stamped 【極秘】 (subject and body) to the law firm",
)

# 065 — 健康管理室の社内リスト（XLSX・社内のみ・pass）
_p = take(11)
add(
    sender=SHISHIDO, to=[KUWABARA, TESHI],
    subject="就業上の配慮が必要な社員リスト（更新）",
    charset="utf-8",
    body="""桑原さん、勅使河原さん

健康管理室の宍戸です。就業上の配慮リストを更新しました。
1枚目が本社、2枚目がハートフルです。
産業医面談の予定も入れています。

宍戸""",
    attachments=[{"kind": "xlsx", "name": "就業配慮リスト_202607.xlsx",
                  "sheets": {"本社": [["就業上の配慮が必要な社員（本社）2026年7月"], ["氏名", "所属", "疾病・障害", "配慮内容", "次回面談"]] +
                             [[p["name"], _R.choice(["営業部", "経理部", "総務部", "製造部"]), p["diag"], p["hairyo"], "8/4"]
                              for p in _p[:4]],
                             "ハートフル": [["氏名", "班", "疾病・障害", "配慮内容", "次回面談"]] +
                             [[p["name"], _R.choice(["清掃班", "印刷班", "メール室"]), p["diag"], p["hairyo"], "8/13"]
                              for p in _p[4:]]}}],
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="eleven employees' conditions in an XLSX, but only to internal recipients",
)

# 066 — 納付金の調査：対象障害者一覧 PDF（12名）を機構へ（stop 1,3）
_p = take(12)
add(
    sender=NISHINA, to=[KIKOU],
    subject="調整金申請に係る調査（9/29）事前提出資料",
    charset="iso-2022-jp",
    body=f"""独立行政法人 雇用支援機構 神奈川支部
納付金担当 御中

お世話になっております。日の出産業株式会社 総務部の仁科です。
9月29日の調査に先立ち、ご指示のあった対象障害者一覧（3月分）をPDFでお送りします。
障害者手帳の写しは当日ご覧いただけるよう準備いたします。

事業主番号：14-3-0881-2
{SIG_NISHINA}""",
    attachments=[{"kind": "pdf", "name": "対象障害者一覧_R8年3月.pdf", "title": "対象障害者一覧",
                  "lines": ["対象障害者一覧（令和8年3月分）", "事業主：日の出産業株式会社（特例子会社を含む）", ""],
                  "table": [["No", "氏名", "生年月日", "障害の種類", "手帳等級", "重度", "短時間"]] +
                           [[i, p["name"], ymd(p["dob"], 1), p["dkind"], p["grade"], "○" if p["severe"] else "",
                             "○" if p["hours"] < 30 else ""] for i, p in enumerate(_p, 1)]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="PDF table of twelve employees with disability type and grade to the levy agency",
)

# 067 — 求人用の会社紹介一式（ZIP・個人情報なし）（pass）
add(
    sender=HIRUTA, to=[HW_SHINA],
    subject="障害者向け就職面接会 掲出資料一式",
    charset="cp932",
    body=f"""ハローワーク品川
専門援助部門 水主様

いつもお世話になっております。日の出産業の蛭田です。
面接会の企業紹介コーナー用の資料一式をZIPでお送りします。
（会社案内PDF、職場写真、求人票の写し）
写真に写っている社員には掲出の了解を得ております。
{SIG_HIRUTA}""",
    attachments=[{"kind": "zip", "name": "面接会掲出資料_日の出産業.zip",
                  "files": [{"kind": "pdf", "name": "会社案内_日の出ハートフル.pdf",
                             "lines": ["日の出ハートフル株式会社 会社案内", "設立：2016年4月", "事業：印刷・清掃・メール室・焼き菓子製造",
                                       "所在地：神奈川県川崎市川崎区大川町7番15号", "TEL：044-201-7730（代表）"]},
                            {"kind": "png", "name": "職場写真_印刷班.png"},
                            {"kind": "docx", "name": "求人票写し_事務補助.docx",
                             "paragraphs": ["求人票（写し）", "職種：事務補助", "賃金：時給1,220円～"]}]}],
    expect="pass", entities=[], detectors=[],
    note="plain ZIP of a brochure, a photo and a job posting: no personal data",
)

# 068 — 社員本人の私用アドレスへ合理的配慮の合意書（either）
_p = one()
add(
    sender=KUBOTA, to=[f"{_p['name']} <{_p['mail'].split('@')[0]}@icloud.com>"],
    subject="合理的配慮に関する合意書（控え）",
    charset="utf-8",
    body=f"""{_p['name']}さん

お疲れさまです。人事部の久保田です。
先日の面談でご希望のあった、ご自宅で確認できるよう私用アドレスへも送ってほしいとのことでしたので、
合意書の控えをお送りします。

　障害の状況：自閉スペクトラム症（精神障害者保健福祉手帳3級）
　合意した配慮：
　　・イヤーマフの着用と、パーティションで区切った席の使用
　　・業務指示はチャットで文字でも送ること
　　・月1回、ジョブコーチとの面談

内容に相違がありましたら、来週中にお知らせください。
{SIG_KUBOTA}""",
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["freemail_recipient", "personal_data"],
    note="an employee's own diagnosis sent to the employee's private address on request: the data subject is the recipient",
)

# 069 — 人事システム保守のつもりが tsubasa-sytem.jp：障害者区分つき取込データ（stop 5,1,3）
_p = take(7)
add(
    sender=YAKUWA, to=["兵藤 <hyodo@tsubasa-sytem.jp>"],
    subject="【障害者雇用管理オプション】テスト取込データ",
    charset="utf-8",
    body=f"""ツバサシステム
兵藤様

お世話になっております。日の出産業 情報システム部の八鍬です。
障害者雇用管理オプションの取込テスト用に、本番データから7件を抽出しました。
文字コードはUTF-8です。取込結果をご確認ください。

八鍬 航
日の出産業株式会社 情報システム部　TEL 03-5437-2180
""",
    attachments=[{"kind": "csv", "name": "import_test_7.csv", "encoding": "utf-8",
                  "rows": [["emp_no", "name", "name_kana", "birth", "disability_type", "certificate", "grade",
                            "severe_flag", "weekly_hours"]] +
                          [[p["emp"], p["name"], p["kata"], ymd(p["dob"], 1), p["diag"], p["techo"], p["grade"],
                            int(p["severe"]), p["hours"]] for p in _p]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="vendor domain misspelt (tsubasa-sytem.jp); real data of seven employees with diagnoses",
)

# 070 — なかぽつの名簿は引用部分のみ（差出人/送信日時 形式）（pass）
_p = take(6)
_q = "\n".join(f"　{p['name']}さん　{p['dkind']}　{p['mob']}" for p in _p)
add(
    sender=KUBOTA, to=[AOZORA],
    subject="RE: 職場見学の参加者について",
    charset="cp932",
    body=f"""能登様

お世話になっております。久保田です。
参加者のご連絡ありがとうございます。6名様、承知いたしました。
当日は正面玄関ではなく、通用口（東側）からお入りください。

久保田

差出人: 能登 一樹 <noto@aozora-nakapotsu.or.jp>
送信日時: 2026年9月24日 15:12
宛先: 久保田 奈央 <n-kubota@{D}>
件名: 職場見学の参加者について

久保田様

あおぞらの能登です。10/7の職場見学の参加者は以下の6名です。
当日連絡がつかない場合は各自の携帯にお願いします。

{_q}

能登
""",
    expect="pass", entities=[], detectors=[],
    note="the six-person list sits only in the quoted original (差出人/送信日時) from the recipient",
)

# 071 — 事例発表スライドに実名と診断名（stop 3）
_p = one()
add(
    sender=TESHI, to=["研修企画 <kenshu@koyotaisaku-kanagawa.or.jp>"],
    subject="Re: 事例発表スライド（差し替え版）",
    charset="utf-8",
    body=f"""研修企画ご担当者様

日の出ハートフルの勅使河原です。
スライドを差し替えました。4枚目に具体的な事例を1件追加しています。
ご本人からは発表の了解をもらっています。
{SIG_TESHI}""",
    attachments=[{"kind": "pptx", "name": "事例発表_ハートフル_差替.pptx",
                  "slides": [["日の出ハートフルの定着支援", "2026年11月19日"],
                             ["体調チェックシートの運用", "毎朝5段階で自己評価", "3以下が続いたらジョブコーチが声かけ"],
                             ["ジョブコーチの役割", "作業分解と手順書づくり", "支援機関との連絡"],
                             [f"事例：{_p['name']}さん（{_p['age']}歳）", "統合失調症（精神障害者保健福祉手帳2級）",
                              "入社1年目に幻聴が再燃し3か月休職", "主治医・あおぞらと連携して段階的に復職",
                              "現在は週5日・6時間勤務で印刷班リーダー"]]}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a slide naming an employee with schizophrenia and a leave history, sent to an outside organiser",
)

# 072 — ハートフル通信（text＋HTML）を取引先へ（pass）
add(
    sender=TESHI, to=[NISHIKI],
    subject="ハートフル通信 vol.22（秋号）",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
戸塚様

いつもお世話になっております。日の出ハートフルの勅使河原です。
ハートフル通信の秋号をお届けします。

・印刷班が名刺の受注1万箱を達成しました
・新しい昇降式作業台を導入しました（助成金を活用）
・秋の職場見学会を10月7日・8日に開催します

今後ともよろしくお願いいたします。
{SIG_TESHI}""",
    html=f"""<html><body style="font-family:sans-serif">
<h2 style="color:#c60">ハートフル通信 vol.22（秋号）</h2>
<p>錦印刷株式会社 戸塚様</p>
<p>いつもお世話になっております。日の出ハートフルの勅使河原です。ハートフル通信の秋号をお届けします。</p>
<ul><li>印刷班が名刺の受注1万箱を達成しました</li>
<li>新しい昇降式作業台を導入しました（助成金を活用）</li>
<li>秋の職場見学会を10月7日・8日に開催します</li></ul>
<p>日の出ハートフル株式会社　TEL 044-201-7730（代表）</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="newsletter (text + HTML) to one partner; no personal data",
)

# 073 — 壊れたPDF（stop 7）
add(
    sender=NISHINA, to=[HW_SHINA2],
    subject="Re: 雇入れ計画の実施状況報告",
    charset="utf-8",
    body=f"""刈谷様

お世話になっております。日の出産業の仁科です。
雇入れ計画の実施状況報告（上期）をPDFでお送りします。
ご確認をお願いいたします。
{SIG_NISHINA}
> 仁科様
> 上期の実施状況報告を10月15日までにご提出ください。
> ハローワーク品川 刈谷""",
    attachments=[{"kind": "corrupt", "name": "雇入れ計画実施状況報告_上期.pdf"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt: it cannot be inspected",
)

# 074 — ジョブコーチ養成研修の申込み：個人カード番号（stop 2）
_card = _cn()
add(
    sender=GOMI, to=["研修受付 <uketsuke@jobcoach-kenshu.jp>"],
    subject="企業在籍型職場適応援助者養成研修 受講申込み",
    charset="iso-2022-jp",
    body=f"""研修受付ご担当者様

下記のとおり受講を申し込みます。受講料は個人のクレジットカードで支払います。

受講者氏名：五味 悠人（ごみ ゆうと）
所属：日の出ハートフル株式会社 業務課
受講コース：企業在籍型 第4期（11月開講）
カード番号：{_card}
有効期限：03/29
カード名義：YUTO GOMI

よろしくお願いいたします。
五味 悠人""",
    expect="stop", entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    note="a personal credit-card number in the body to a training provider",
)

# 075 — バリアフリー改修の見積比較（XLS）（pass）
add(
    sender=DEGUCHI, to=["こころ建築 見積担当 <mitsumori@kokoro-kenchiku.co.jp>"],
    subject="ハートフル 1階トイレ改修 見積内容のご確認",
    charset="cp932",
    body=f"""こころ建築株式会社
見積ご担当者様

お世話になっております。日の出産業 施設管理課の出口です。
1階多目的トイレ改修の見積について、弊社で項目を整理した表をお送りします。
手すりの追加とオストメイト対応の可否をご確認ください。
{SIG_DEGUCHI}""",
    attachments=[{"kind": "xls", "name": "toilet_kaishu_hikaku.xls",
                  "sheets": {"比較": [["項目", "数量", "単価", "金額", "備考"],
                                      ["多目的トイレ本体", "1", "1,280,000", "1,280,000", ""],
                                      ["L型手すり", "2", "48,000", "96,000", "追加希望"],
                                      ["オストメイト対応流し", "1", "385,000", "385,000", "可否確認"],
                                      ["自動ドア（引戸）", "1", "620,000", "620,000", ""]]}}],
    expect="pass", entities=[], detectors=[],
    note="construction quotation table (legacy XLS); no personal data",
)

# 076 — 見学会の協賛：パートナー3社を To に（stop 4）
add(
    sender=TESHI, to=[AOBA, HOTEL, NISHIKI],
    subject="障害者雇用 職場見学会へのご協賛のお願い",
    charset="utf-8",
    body=f"""青葉運輸株式会社 国分様
さくらホテル 浜口様
錦印刷株式会社 戸塚様

いつもお世話になっております。日の出ハートフルの勅使河原です。

来年2月に川崎市内の企業と合同で「障害者雇用 職場見学会」を開催する予定です。
日頃お取引のある皆さまに、送迎・会場・印刷物の面でご協賛をお願いできないかと考え、
ご連絡いたしました。

詳細は別途ご説明に伺います。ご検討のほどよろしくお願いいたします。
{SIG_TESHI}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three partner organisations in To can see each other's addresses",
)

# 077 — 実習振り返り会：学校＋就労移行支援（2組織・pass）
add(
    sender=GOMI, to=[SCH_SHINA, STEP], cc=[AIMONO],
    subject="実習受入れ 振り返り会の日程",
    charset="iso-2022-jp",
    body=f"""品川みなみ特別支援学校 雨宮先生
ステップワークス大崎 籾山様

お世話になっております。日の出ハートフルの五味です。
今年度の実習受入れの振り返り会を、両機関合同で行えればと思います。

候補日：
　12月3日（木）15:00～
　12月8日（火）15:00～

個々の生徒さん・利用者さんの評価ではなく、受入れ体制の改善点を中心に意見交換できれば幸いです。
{SIG_GOMI}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations for a review meeting; no person's data",
)

# 078 — 特例子会社のサブドメインを打ち間違え（ハイフン）（stop 5）
add(
    sender=KUBOTA, to=[f"五味 悠人 <gomi.yuto@heartful-hinode-sangyo.co.jp>"],
    subject="ジョブコーチ会議の議題",
    charset="cp932",
    body="""五味さん

お疲れさまです。久保田です。
来週のジョブコーチ会議の議題案です。追加があれば教えてください。

1. 支援記録の様式統一
2. 支援機関との情報共有ルール（同意書の取り方）
3. 新任ジョブコーチの研修計画

久保田""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="heartful.hinode-sangyo.co.jp typed as heartful-hinode-sangyo.co.jp (hyphen for dot): an outside domain",
)

# 079 — 外部からの名簿を社内で転送（社内のみ・pass）
_p = take(7)
add(
    sender=KUBOTA, to=[GOMI, AIMONO],
    subject="FW: 10月実習 希望者名簿（ハローワーク川崎より）",
    charset="utf-8",
    body=f"""五味さん、四十物さん

ハローワーク川崎から実習希望者の名簿が届きましたので転送します。
配属案を金曜までにご検討ください。

---------- Forwarded message ---------
From: ハローワーク川崎 障害者窓口 <shogai-madoguchi@hellowork-kawasaki.go.jp>
Date: 2026年9月14日(月) 16:20
Subject: 10月実習 希望者名簿

{pad(["氏名", "年齢", "障害", "希望職種", "連絡先"], [[p["name"], p["age"], p["diag"], _R.choice(["事務", "清掃", "印刷"]), p["mob"]] for p in _p])}
""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], detectors=[],
    note="a forwarded list with diagnoses, but only to internal colleagues",
)

# 080 — 部外秘の職務評価表（11名）をコンサルへ（stop 1,3,6）
_p = take(11)
add(
    sender=KUWABARA, to=["安斎 <anzai@universal-work.co.jp>"],
    subject="職域開拓プロジェクト：現有社員の作業能力評価",
    charset="utf-8",
    body=f"""安斎様

お世話になっております。桑原です。
職域開拓の検討用に、ハートフル印刷班・メール室の社員の作業能力評価表をお送りします。
本社部門に切り出せる業務とのマッチングの参考にしてください。
{SIG_KUWABARA}""",
    attachments=[{"kind": "xlsx", "name": "作業能力評価_印刷班_メール室.xlsx", "page_header": "部外秘",
                  "sheets": {"評価": [["作業能力評価表（部外秘）"], [],
                                      ["氏名", "障害", "等級", "正確性", "速度", "持続力", "対人", "備考"]] +
                             [[p["name"], p["diag"], p["grade"], _R.randint(1, 5), _R.randint(1, 5), _R.randint(1, 5),
                               _R.randint(1, 5), _R.choice(["", "", "疲れやすい", "変化に弱い", "電話応対不可"])] for p in _p]}}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "confidential_marking"],
    note="XLSX marked 部外秘 listing eleven employees with diagnoses and ability scores, to a consultant",
)

# 081 — 匿名化した事例をハローワークへ（イニシャル・年代・部署）（either）
add(
    sender=GOMI, to=[HW_SHINA],
    subject="職場定着に関するご相談（匿名事例）",
    charset="iso-2022-jp",
    body=f"""ハローワーク品川
専門援助部門 水主様

お世話になっております。日の出ハートフルの五味です。
定着支援について助言をいただきたく、匿名の事例としてご相談します。

　対象：K.Tさん　30代前半・男性　メール室（3名の班）所属
　障害：精神障害者保健福祉手帳3級（うつ病）
　経過：入社8か月。7月以降、月曜の欠勤が続き、8月は4日欠勤
　本人の話：前の班長と合わず、異動後は改善したがまた不安定に

職場での声かけの頻度や、主治医との連携の進め方についてご意見を伺えれば幸いです。
{SIG_GOMI}""",
    expect="either", entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="initials + age band + a three-person team + diagnosis: anonymised, yet maybe identifiable to the agency",
)

# 082 — 保護者（1名・携帯キャリアメール）への返信（pass, freemail）
add(
    sender=AIMONO, to=["大鋸 様 <ooga-family@ezweb.ne.jp>"],
    subject="Re: 実習初日の持ち物について",
    charset="cp932",
    body=f"""大鋸様

日の出ハートフルの四十物です。お問い合わせありがとうございます。
初日の持ち物は、上履き・筆記用具・水筒のみで大丈夫です。作業着は当社で貸し出します。
お昼はお弁当をご持参いただくか、社内の売店もご利用いただけます。

当日は9:50に正面玄関でお待ちしております。

四十物

> 日の出ハートフル 四十物様
> 10月6日からお世話になる娘の件で、初日の持ち物を教えていただけますか。
> 大鋸
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="reply to one parent on a carrier address about what to bring; no personal data",
)

# 083 — 研修会場の受付名簿：参加者10名（カンマ区切り）（stop 1）
_p = take(10)
_orgs = ["川崎電機", "北国フーズ", "青葉運輸", "錦印刷", "日の出ハートフル", "京浜ケミカル", "川崎中央信金",
         "多摩川製作所", "日の出ハートフル", "港北メディカル"]
add(
    sender=GOMI, to=[HOTEL],
    subject="11/5 ジョブコーチ勉強会 受付名簿のご送付",
    charset="utf-8",
    body=f"""さくらホテル
浜口様

お世話になっております。日の出ハートフルの五味です。
11/5の「企業在籍型ジョブコーチ勉強会」（萩の間）の受付名簿をお送りします。
当日の受付でご本人確認にお使いください。遅刻の連絡が入るかもしれませんので、携帯も記載しています。

氏名,ふりがな,所属,携帯
{csvtext(None, [[p['name'], p['kana'], o, p['mob']] for p, o in zip(_p, _orgs)])}

昼食は10名分、うち1名はハラール対応でお願いします。
{SIG_GOMI}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="ten participants' names and personal mobiles (comma-separated) to the hotel partner",
)

# 084 — 人材紹介会社へ：氏名は伏せた求人要件（「機密」「個人情報」は言及のみ）（pass）
add(
    sender=HIRUTA, to=[ABILITY],
    subject="来期の採用計画（障害者採用）のご共有",
    charset="iso-2022-jp",
    body=f"""アビリティブリッジ株式会社
早乙女様

いつもお世話になっております。日の出産業の蛭田です。
来期の障害者採用の計画が固まりましたので、概要をご共有します。
（社内の機密保持の観点から、配属先の詳細と現有社員の個人情報は記載しておりません）

・採用予定：本社 4名、日の出ハートフル 8名
・職種：経理事務補助、社内ヘルプデスク、印刷・製本、清掃
・勤務：週20時間以上（短時間からのステップアップ可）
・選考：書類→面接→職場実習（3～5日）

精神・発達障害のある方のご紹介も歓迎しております。
{SIG_HIRUTA}""",
    expect="pass", entities=[], detectors=[],
    note="hiring plan to an agency; 機密 and 個人情報 appear only in passing",
)

# 085 — 復職判定のため主治医へ照会：保険証記号番号＋病名（stop 2,3）
_p = one()
add(
    sender=SHISHIDO, to=["みなと心療内科クリニック <info@minato-shinryo.jp>"],
    subject="主治医意見書（復職に関する照会）のお願い",
    charset="iso-2022-jp",
    body=f"""みなと心療内科クリニック
ご担当医 先生

突然のご連絡失礼いたします。日の出産業株式会社 健康管理室 保健師の宍戸と申します。
貴院に通院中の当社社員について、復職判定のための主治医意見書の作成をお願いしたく存じます。
ご本人の同意書（署名済み）は郵送いたします。

　氏名：{_p['name']}（{_p['kata']}）
　生年月日：{wareki(_p['dob'], 0)}
　健康保険証：記号 3318　番号 207
　休職開始：2026年4月6日（うつ病）
　現状：生活リズムは整ってきており、本人は11月からの復職を希望

当社の復職支援プログラム（試し出勤）の資料を同封いたします。
{SIG_SHISHIDO}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one employee's health-insurance card number and depression leave to a clinic",
)

# 086 — 特別支援学校の一覧（学校代表番号）をハローワークと機構へ（2組織・pass）
_sch = [["品川みなみ特別支援学校", "東京都品川区東大井4-12-3", "03-3761-2045", "高等部 職業学科"],
        ["かわさき北特別支援学校", "神奈川県川崎市多摩区宿河原2-7-1", "044-911-3380", "高等部 普通科"],
        ["大田ひかり特別支援学校", "東京都大田区南六郷1-22-8", "03-3737-6614", "高等部 就業技術科"],
        ["横浜つるみ特別支援学校", "神奈川県横浜市鶴見区上末吉3-9-5", "045-571-2290", "高等部 職業コース"]]
add(
    sender=AIMONO, to=[HW_SHINA, "雇用支援機構 神奈川支部 障害者業務課 <shogai@koyo-kikou-kanagawa.go.jp>"],
    subject="来年度 実習受入れ予定校のご報告",
    charset="cp932",
    body=f"""ハローワーク品川 水主様
雇用支援機構 神奈川支部 障害者業務課 ご担当者様

お世話になっております。日の出ハートフルの四十物です。
来年度に現場実習の受入れを予定している学校は以下のとおりです。

{pad(["学校名", "所在地", "代表電話", "学科"], _sch)}

各校とも年2回（6月・10月）の受入れを予定しています。
{SIG_AIMONO}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="list of schools (institutions, switchboards) to two external organisations",
)

# 087 — English: HRIS migration file with disability flags (stop 1,3)
_p = take(15)
add(
    sender=YAKUWA, to=["Migration Team <migration@peoplegrid.io>"],
    subject="HRIS migration - sample file for Japan (accommodation fields)",
    charset="utf-8",
    body="""Hello Migration Team,

As discussed on the kick-off call, please find attached a sample extract from our Japanese HR
system for mapping the "disability / accommodation" custom fields. It is a real extract of
15 records so that you can test the character encoding (UTF-8 with Japanese names).

Please confirm the field mapping by Friday.

Wataru Yakuwa
IT Department, Hinode Sangyo Co., Ltd.
Tel +81-3-5437-2180
""",
    attachments=[{"kind": "csv", "name": "jp_hris_sample_accommodation.csv", "encoding": "utf-8",
                  "rows": [["employee_id", "name_local", "name_roman", "date_of_birth", "disability_category",
                            "certificate_grade", "accommodation"]] +
                          [[p["emp"], p["name"], p["ROMA"], ymd(p["dob"], 1),
                            {"身体": "physical", "知的": "intellectual", "精神": "mental"}[p["dkind"]], p["grade"],
                            p["hairyo"]] for p in _p]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="English mail: real CSV of fifteen employees with disability category to an HRIS vendor",
)

# 088 — 社内で壊れたファイル（社内のみ・pass）
add(
    sender=TESHI, to=[KUWABARA],
    subject="Re: 来年度予算（ハートフル分）",
    charset="iso-2022-jp",
    body="""桑原さん

勅使河原です。予算表を添付します。
自宅PCで保存したら開けないかもしれないとのエラーが出ました。
開けなければ明日社内から送り直します。

勅使河原

> 勅使河原さん
> 来年度予算の一次案を今週中にください。
> 桑原""",
    attachments=[{"kind": "corrupt", "name": "予算案_ハートフル_2027.xlsx"}],
    expect="pass", entities=[], detectors=[],
    note="corrupt attachment, but sent between internal colleagues only",
)

# 089 — 実習協定書一式をパスワード付きZIPで学校へ（stop 7）
add(
    sender=AIMONO, to=[SCH_KAWA],
    subject="現場実習協定書・実習生個票（10月分）",
    charset="utf-8",
    body=f"""かわさき北特別支援学校
大和田先生

お世話になっております。日の出ハートフルの四十物です。
10月実習分の協定書と、ご記入いただいた実習生個票の控えを
パスワード付きZIPでお送りします。パスワードは学校代表電話経由でお伝えします。
{SIG_AIMONO}""",
    attachments=[{"kind": "zip", "name": "jisshu_10gatsu.zip", "password": "kawakita1006",
                  "files": [{"kind": "pdf", "name": "実習協定書.pdf", "lines": ["現場実習に関する協定書"]},
                            {"kind": "docx", "name": "実習生個票_控.docx", "paragraphs": ["実習生個票"]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password ZIP (PPAP) to the school: contents cannot be inspected",
)

# 090 — 返信で新たに5名の勤怠・体調を追記（引用あり）（stop 1,3）
_p = take(5)
_new = "\n".join(f"・{p['name']}さん：{s}" for p, s in zip(_p, [
    "9月は欠勤なし。服薬調整後、午前中の眠気が減った", "欠勤2日（通院）。パニック発作は出ていない",
    "遅刻3回。睡眠リズムが崩れ気味、主治医にも相談予定", "欠勤なし。聴覚過敏への対策でイヤーマフ継続",
    "欠勤5日。双極性障害の波あり、時短勤務に一時変更"]))
add(
    sender=GOMI, to=[STEP],
    subject="Re: Re: 9月の定着状況について",
    charset="cp932",
    body=f"""籾山様

お世話になっております。五味です。
ご質問の件、ステップワークス出身の5名の9月の状況を追記します。

{_new}

10月の面談は各自の都合を聞いて日程をお送りします。
五味

On 2026/10/02 10:15, 籾山 紗希 wrote:
> 五味様
> いつもありがとうございます。9月の皆さんの様子はいかがでしょうか。
> 勤怠と体調面で気になる点があれば教えてください。
>
>> 籾山様
>> 8月は特に大きな問題はありませんでした。9月分は月初にご報告します。
>> 五味
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="new text of a reply adds five named employees' attendance, symptoms and diagnoses",
)

# 091 — 全員返信：ハローワーク＋就労移行支援（2組織・pass）
add(
    sender=KUBOTA, to=[HW_SHINA, STEP],
    subject="Re: 見学会の御礼",
    charset="iso-2022-jp",
    body=f"""水主様、籾山様

日の出産業の久保田です。
こちらこそ、ご多忙のところお越しいただきありがとうございました。
いただいたご意見（作業手順書の写真化、休憩室の照明）は、さっそく改善に取り組みます。

引き続きよろしくお願いいたします。
{SIG_KUBOTA}
-----Original Message-----
From: 籾山 紗希 <momiyama@stepworks-osaki.jp>
Sent: Thursday, October 8, 2026 5:31 PM
To: 久保田 奈央; 水主 恭子
Subject: 見学会の御礼

本日はありがとうございました。利用者の皆さんも大変刺激を受けていました。
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="reply-all to two external organisations; thanks only",
)

# 092 — ホテルのドメインにホモグリフ（I と l）（stop 5）
add(
    sender=HIRUTA, to=["さくらホテル 宴会予約 浜口 <hamaguchi@sakura-hoteI.jp>"],
    subject="Re: 2月 職場見学会 会場仮押さえの件",
    charset="utf-8",
    body=f"""浜口様

日の出産業の蛭田です。
2月18日（水）「桜の間」の仮押さえ、ありがとうございます。
本予約に切り替えをお願いいたします。人数は80名、スクール形式、
車椅子スペースを前方に4席分確保いただけると助かります。
{SIG_HIRUTA}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="sakura-hotel.jp written with a capital I (sakura-hoteI.jp): homoglyph look-alike",
)

# 093 — Internal Only の設定表をシステムベンダーへ（stop 6）
add(
    sender=YAKUWA, to=[TSUBASA],
    subject="障害者雇用管理オプション 権限設定表",
    charset="cp932",
    body=f"""ツバサシステム
兵藤様

お世話になっております。日の出産業 情報システム部の八鍬です。
障害者雇用管理オプションのロール別権限設定表をお送りします。
（社内資料のため表紙の区分表示がそのままになっています）
設定作業のご日程をご相談させてください。

八鍬""",
    attachments=[{"kind": "xlsx", "name": "権限設定表_障害者雇用管理.xlsx", "page_header": "Internal Only / 社内限り",
                  "sheets": {"表紙": [["文書区分：Internal Only（社内限り）"], ["障害者雇用管理オプション 権限設定表"], ["版数 1.2"]],
                             "権限": [["ロール", "手帳情報", "配慮事項", "面談記録", "納付金集計"],
                                      ["人事部 障害者雇用担当", "参照・更新", "参照・更新", "参照・更新", "参照"],
                                      ["ハートフル ジョブコーチ", "参照不可", "参照", "参照・更新", "参照不可"],
                                      ["総務部 納付金担当", "参照", "参照不可", "参照不可", "参照・更新"],
                                      ["一般管理職", "参照不可", "参照（担当分）", "参照不可", "参照不可"]]}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="workbook classified 'Internal Only / 社内限り' on its cover and page header, sent to a vendor",
)

# 094 — 実習生4名の氏名と日程を学校へ（either）
_p = take(4)
add(
    sender=AIMONO, to=[SCH_SHINA],
    subject="10月現場実習 配属と日程",
    charset="iso-2022-jp",
    body=f"""品川みなみ特別支援学校
雨宮先生

お世話になっております。日の出ハートフルの四十物です。
10月の現場実習（高等部2年生）の配属と日程が決まりましたのでお知らせします。

{pad(["生徒氏名", "配属", "期間", "緊急連絡先（保護者）"],
     [[p["name"], b, "10/6～10/16", p["home"]] for p, b in zip(_p, ["印刷班", "清掃班", "メール室", "清掃班"])])}

初日は9:50に正面玄関へお越しください。引率の先生の入館証もご用意します。
{SIG_AIMONO}""",
    expect="either", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four students with parents' phones back to their own school: under five, but the special-needs school implies disability",
)

# 095 — English job posting to a job board (pass)
add(
    sender=SONODA, to=["Postings <post@enable-careers.com>"],
    subject="Job posting: Bilingual HR Assistant (disability employment track)",
    charset="utf-8",
    body=f"""Hello,

Please publish the following posting on your board from November 1 for four weeks.

Position: Bilingual HR Assistant (Japanese / English)
Company: Hinode Sangyo Co., Ltd. (Tokyo, Osaki)
Track: Disability employment (applicants holding a Japanese disability certificate)
Hours: 30-37.5 h/week, flexible start time; remote work 2 days a week
Salary: JPY 3.6M - 4.4M per year
Accommodations: screen readers, adjustable desks, quiet room, job coach support
Apply: via your platform; we will contact candidates within 5 business days.

Invoice to: Hinode Sangyo Co., Ltd., Accounts Payable (PO No. HS-PO-26-1183)
{SIG_SONODA_EN}{DISC_EN}""",
    expect="pass", entities=[], detectors=[],
    note="English job posting with a PO number and a disclaimer; no individual",
)

# 096 — 障害者の解雇届（契約満了5名）を全角数字・和暦で（stop 1,3）
_p = take(5)
_txt = "\n".join(f"{zen(i)}．{p['name']}（{wareki(p['dob'], 2)}生）　{p['dkind']}障害・{p['techo']}{zen(p['grade'])}"
                 f"　雇入{wareki(p['hired'], 3)}　離職予定 令和８年１２月３１日（契約期間満了）"
                 for i, p in enumerate(_p, 1))
add(
    sender=MAKABE, to=[HW_KAWA],
    subject="障害者解雇届の提出について（事前のご相談）",
    charset="cp932",
    body=f"""ハローワーク川崎
障害者窓口 ご担当者様

いつもお世話になっております。日の出ハートフル株式会社 総務の真壁です。
施設外就労先の業務縮小に伴い、下記５名の有期雇用契約を更新しない見込みとなりました。
障害者解雇届の提出に先立ち、再就職支援についてご相談させてください。

{_txt}

いずれも本人・ご家族・支援機関には説明を始めております。
{SIG_MAKABE}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="five named employees with 和暦 birth dates (full-width) and disability grades to Hello Work",
)

# 097 — 社内限り：個人番号つき XLSX（社外秘）を本社給与へ（社内のみ・pass）
_p = take(6)
add(
    sender=MAKABE, to=[f"経理部 給与担当 <kyuyo@{D}>"], cc=[NISHINA],
    subject="【社外秘】ハートフル 10月入社者 給与登録データ",
    charset="utf-8",
    body="""給与担当 各位

お疲れさまです。ハートフル総務の真壁です。
10月入社者6名の給与登録データです（社外秘・パスワードなし、社内便のため）。
障害者手帳の等級は、障害者控除の判定用に入れています。

真壁""",
    attachments=[{"kind": "xlsx", "name": "給与登録_10月入社_ハートフル.xlsx", "page_header": "社外秘",
                  "sheets": {"登録": [["氏名", "生年月日", "個人番号", "住所", "振込口座", "障害者控除（手帳）"]] +
                             [[p["name"], ymd(p["dob"], 2), _mn(), p["addr"], f"{p['bank'][0]} {p['bank'][1]} 普通 {p['bank'][2]}",
                               f"{techo(p)}（{'特別障害者' if p['severe'] else '障害者'}）"] for p in _p]}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="My Numbers, accounts and disability grades marked 社外秘, but to internal payroll only",
)

# 098 — 扶養控除等申告書（個人番号入り PDF）を税理士へ（stop 2）
_p = one()
add(
    sender=YONEKURA, to=["保坂税理士事務所 <office@zeirishi-hosaka.jp>"],
    subject="ハートフル役員の扶養控除等申告書について",
    charset="iso-2022-jp",
    body=f"""保坂税理士事務所
保坂先生

いつもお世話になっております。日の出産業 経理部の米倉です。
日の出ハートフルの役員1名について、扶養控除等申告書の記載内容をご確認いただきたく、
PDFにしてお送りします。源泉徴収税額の計算に影響があるかご教示ください。
{SIG_YONEKURA}""",
    attachments=[{"kind": "pdf", "name": "扶養控除等申告書_R9.pdf", "title": "給与所得者の扶養控除等（異動）申告書",
                  "lines": ["令和9年分 給与所得者の扶養控除等（異動）申告書",
                            "給与の支払者：日の出ハートフル株式会社",
                            f"氏名：{_p['name']}　生年月日：{wareki(_p['dob'], 0)}",
                            f"個人番号：{_mn()}", f"住所：{_p['addr']}",
                            f"控除対象配偶者：{_p['sei']} 智恵　個人番号：{_mn()}"]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="PDF tax form carrying two My Numbers, sent to an outside tax accountant",
)

# 099 — グループ適用の相談：集計値のみ（「個人情報」は言及のみ）（pass）
add(
    sender=KUWABARA, to=[KAWADEN],
    subject="Re: 関係会社特例（グループ算定）についての情報交換",
    charset="cp932",
    body=f"""丹羽様

お世話になっております。日の出産業の桑原です。
ご質問の件、当社の状況を数字でお答えします（個人情報に当たる内訳は控えます）。

　グループ算定の対象：日の出産業、日の出ハートフル、日の出ロジスティクス
　常用労働者数（合計）：1,206人
　障害者数（カウント）：31.5（うち特例子会社 24.0）
　実雇用率：2.61%

認定申請の際は、親会社の役員兼務と出向者の人数について労働局から細かく確認がありました。
ご参考になれば幸いです。
{SIG_KUWABARA}
> 桑原様
> 当社でも関係会社特例の適用を検討しております。差し支えない範囲で状況をお聞かせください。
> 川崎電機 丹羽""",
    expect="pass", entities=[], detectors=[],
    note="aggregate figures to a partner; 個人情報 only mentioned",
)

# 100 — 協力雇用主として保護観察所へ：前科と知的障害（1名）（stop 3）
_p = one()
add(
    sender=TESHI, to=["横浜保護観察所 就労支援担当 <shuro@hogo-yokohama.go.jp>"],
    subject="協力雇用主としての受入れ（面接結果）",
    charset="utf-8",
    body=f"""横浜保護観察所
就労支援ご担当 森永様

お世話になっております。日の出ハートフルの勅使河原です。
ご紹介いただいた方の面接を行いましたので、結果をご報告します。

　対象者：{_p['name']}さん（{_p['age']}歳）
　前歴：窃盗（令和6年 懲役1年2月・執行猶予3年）、現在保護観察中
　障害：軽度知的障害（療育手帳B2）、金銭管理に支援が必要
　面接結果：採用内定（清掃班、週30時間）

就労開始は11月16日を予定しています。
保護司の先生との連絡方法についてご相談させてください。
{SIG_TESHI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named person's criminal record and intellectual disability (both 要配慮) to the probation office",
)


# A JIS mailer writes the wave dash of JIS X 0208, not the Windows full-width tilde.
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _f in ("body", "html", "subject"):
            if _m.get(_f):
                _m[_f] = _m[_f].replace("～", "〜")

assert len(MESSAGES) == 100
