"""Blind corpus — area: musicschool (音楽教室・ダンス教室).

日の出産業株式会社 runs music and dance schools (日の出ミュージックスクール / 日の出ダンススタジオ):
pupils (many of them children) and their guardians, lesson schedules, recital programmes and
entry lists, tuition debits (口座振替), instrument rental, teachers' contracts and pay, grade
exams, pupils' health notes for recitals, photo/video vendors, concert halls.

Every person, pupil, guardian, teacher, phone number, address, account, ID number and every
organisation other than the ones named in BRIEF.md is invented; any resemblance is chance.
my_number() / card_number() seeds: start at SEED = 5201 and go up by one per call
(5201, 5202, …) in the order the numbers are generated below.
"""

from __future__ import annotations

import random

from build import card_number, my_number

R = random.Random(5201)
_SEED = [5201]


def _next_seed() -> int:
    s = _SEED[0]
    _SEED[0] += 1
    return s


def mynum() -> str:
    return my_number(_next_seed())


def card() -> str:
    return card_number(_next_seed())


def corp_no(base12: str) -> str:
    """法人番号 with its check digit in front."""
    d = [int(c) for c in base12]
    total = sum(d[12 - i] * (1 if i % 2 else 2) for i in range(1, 13))
    return str(9 - total % 9) + base12


_ZEN = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


SEI = [("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
       ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
       ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
       ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
       ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
       ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
       ("前田", "マエダ", "Maeda"), ("藤井", "フジイ", "Fujii"), ("岡田", "オカダ", "Okada"),
       ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
       ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
       ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("三浦", "ミウラ", "Miura"),
       ("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"), ("中川", "ナカガワ", "Nakagawa"),
       ("原田", "ハラダ", "Harada"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
       ("和田", "ワダ", "Wada"), ("石田", "イシダ", "Ishida"), ("上田", "ウエダ", "Ueda"),
       ("森田", "モリタ", "Morita"), ("小鳥遊", "タカナシ", "Takanashi"), ("四月一日", "ワタヌキ", "Watanuki"),
       ("東海林", "ショウジ", "Shoji"), ("薬袋", "ミナイ", "Minai"), ("五月女", "ソウトメ", "Sotome"),
       ("百目鬼", "ドウメキ", "Domeki"), ("九十九", "ツクモ", "Tsukumo"), ("栗花落", "ツユリ", "Tsuyuri"),
       ("御手洗", "ミタライ", "Mitarai"), ("月見里", "ヤマナシ", "Yamanashi"), ("鬼頭", "キトウ", "Kito"),
       ("我孫子", "アビコ", "Abiko"), ("神宮寺", "ジングウジ", "Jinguji"), ("一尺八寸", "カマツカ", "Kamatsuka"),
       ("南雲", "ナグモ", "Nagumo"), ("雲母", "キララ", "Kirara"), ("左右田", "ソウダ", "Soda")]

KIDS = [("結衣", "ユイ", "Yui"), ("陽菜", "ヒナ", "Hina"), ("蓮", "レン", "Ren"), ("湊", "ミナト", "Minato"),
        ("芽依", "メイ", "Mei"), ("葵", "アオイ", "Aoi"), ("凛", "リン", "Rin"), ("悠真", "ユウマ", "Yuma"),
        ("咲良", "サクラ", "Sakura"), ("心春", "コハル", "Koharu"), ("琴音", "コトネ", "Kotone"),
        ("奏太", "ソウタ", "Sota"), ("詩織", "シオリ", "Shiori"), ("響", "ヒビキ", "Hibiki"),
        ("律", "リツ", "Ritsu"), ("結菜", "ユイナ", "Yuina"), ("紬", "ツムギ", "Tsumugi"),
        ("陽翔", "ハルト", "Haruto"), ("美音", "ミオン", "Mion"), ("奏", "カナデ", "Kanade"),
        ("樹", "イツキ", "Itsuki"), ("莉子", "リコ", "Riko"), ("楓", "カエデ", "Kaede"),
        ("颯", "ハヤテ", "Hayate"), ("花音", "カノン", "Kanon"), ("一花", "イチカ", "Ichika"),
        ("大和", "ヤマト", "Yamato"), ("澪", "ミオ", "Mio"), ("朔", "サク", "Saku"), ("和奏", "ワカナ", "Wakana"),
        ("真央", "マオ", "Mao"), ("弦", "ゲン", "Gen"), ("詩音", "シオン", "Shion"), ("琉生", "ルイ", "Rui")]

ADULTS = [("美穂", "ミホ", "Miho"), ("智子", "トモコ", "Tomoko"), ("健一", "ケンイチ", "Kenichi"),
          ("大輔", "ダイスケ", "Daisuke"), ("由美子", "ユミコ", "Yumiko"), ("真理", "マリ", "Mari"),
          ("直樹", "ナオキ", "Naoki"), ("恵", "メグミ", "Megumi"), ("裕子", "ユウコ", "Yuko"),
          ("拓也", "タクヤ", "Takuya"), ("亜希", "アキ", "Aki"), ("浩二", "コウジ", "Koji"),
          ("沙織", "サオリ", "Saori"), ("敦子", "アツコ", "Atsuko"), ("隆", "タカシ", "Takashi"),
          ("千尋", "チヒロ", "Chihiro"), ("麻衣", "マイ", "Mai"), ("修", "オサム", "Osamu"),
          ("香織", "カオリ", "Kaori"), ("誠", "マコト", "Makoto"), ("久美子", "クミコ", "Kumiko"),
          ("達也", "タツヤ", "Tatsuya"), ("礼子", "レイコ", "Reiko"), ("聡", "サトシ", "Satoshi")]

ADDR = [("211-0004", "神奈川県川崎市中原区新丸子東"), ("211-0063", "神奈川県川崎市中原区小杉町"),
        ("213-0001", "神奈川県川崎市高津区溝口"), ("216-0006", "神奈川県川崎市宮前区宮前平"),
        ("223-0061", "神奈川県横浜市港北区日吉"), ("225-0002", "神奈川県横浜市青葉区美しが丘"),
        ("222-0033", "神奈川県横浜市港北区新横浜"), ("158-0082", "東京都世田谷区等々力"),
        ("145-0071", "東京都大田区田園調布"), ("152-0035", "東京都目黒区自由が丘"),
        ("154-0024", "東京都世田谷区三軒茶屋"), ("224-0032", "神奈川県横浜市都筑区茅ケ崎中央"),
        ("212-0013", "神奈川県川崎市幸区堀川町"), ("146-0082", "東京都大田区池上"),
        ("226-0025", "神奈川県横浜市緑区十日市場町"), ("214-0014", "神奈川県川崎市多摩区登戸")]
BLDG = ["サンハイツ", "メゾン桜", "グランパレス", "コーポ若葉", "パークホームズ", "ルミエール日吉", "レジデンス杉"]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp",
            "softbank.ne.jp", "hotmail.co.jp"]


def person(adult: bool = False, lo: int = 2011, hi: int = 2020, sei=None) -> dict:
    s = sei or R.choice(SEI)
    g = R.choice(ADULTS if adult else KIDS)
    y = R.randint(lo, hi)
    return {"sei": s[0], "seik": s[1], "seir": s[2], "mei": g[0], "meik": g[1], "meir": g[2],
            "y": y, "m": R.randint(1, 12), "d": R.randint(1, 28)}


def kids(n: int, lo: int = 2011, hi: int = 2020) -> list[dict]:
    out, seen = [], set()
    while len(out) < n:
        p = person(False, lo, hi)
        if (p["sei"], p["mei"]) in seen:
            continue
        seen.add((p["sei"], p["mei"]))
        out.append(p)
    return out


def adults(n: int, lo: int = 1960, hi: int = 1998) -> list[dict]:
    out, seen = [], set()
    while len(out) < n:
        p = person(True, lo, hi)
        if (p["sei"], p["mei"]) in seen:
            continue
        seen.add((p["sei"], p["mei"]))
        out.append(p)
    return out


def guardian(k: dict) -> dict:
    return person(True, 1975, 1992, sei=(k["sei"], k["seik"], k["seir"]))


def nm(p, sep="　"):
    return f"{p['sei']}{sep}{p['mei']}"


def kana(p, sep="　"):
    return f"{p['seik']}{sep}{p['meik']}"


def roma(p, upper=False):
    s = f"{p['meir']} {p['seir']}"
    return f"{p['seir'].upper()} {p['meir'].upper()}" if upper else s


def dob(p, fmt="iso"):
    y, m, d = p["y"], p["m"], p["d"]
    if fmt == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if fmt == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if fmt == "kanji":
        return f"{y}年{m}月{d}日"
    if fmt in ("wareki", "short"):
        if (y, m, d) >= (2019, 5, 1):
            era, e, n = "令和", "R", y - 2018
        elif (y, m, d) >= (1989, 1, 8):
            era, e, n = "平成", "H", y - 1988
        else:
            era, e, n = "昭和", "S", y - 1925
        if fmt == "short":
            return f"{e}{n}.{m}.{d}"
        return f"{era}{'元' if n == 1 else n}年{m}月{d}日"
    raise ValueError(fmt)


def grade(p):
    fy = p["y"] if p["m"] >= 4 else p["y"] - 1
    g = 2026 - fy - 6
    if g <= 0:
        return "年長" if g == 0 else "年中"
    if g <= 6:
        return f"小{g}"
    if g <= 9:
        return f"中{g - 6}"
    if g <= 12:
        return f"高{g - 9}"
    return "一般"


def age(p):
    return 2026 - p["y"] - (1 if p["m"] > 9 else 0)


def phone():
    return f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(0, 9999):04d}"


def addr(building: bool | None = None):
    z, a = R.choice(ADDR)
    s = f"{a}{R.randint(1, 5)}-{R.randint(1, 28)}-{R.randint(1, 18)}"
    if building or (building is None and R.random() < 0.35):
        s += f" {R.choice(BLDG)}{R.randint(1, 7)}0{R.randint(1, 9)}"
    return z, s


def mail_of(p, domain=None):
    domain = domain or R.choice(FREEMAIL)
    style = R.randrange(3)
    if style == 0:
        local = f"{p['meir'].lower()}.{p['seir'].lower()}{R.randint(1, 99)}"
    elif style == 1:
        local = f"{p['seir'].lower()}_{p['meir'][0].lower()}{R.randint(100, 999)}"
    else:
        local = f"{p['meir'].lower()}{p['y'] % 100:02d}{R.choice(['', 'mama', 'papa', 'piano'])}"
    return f"{local}@{domain}"


def acct():
    return f"{R.randint(0, 9999999):07d}"


PIECES = ["ブルグミュラー：アラベスク", "ショパン：子犬のワルツ", "バッハ：メヌエット ト長調",
          "ギロック：ワルツ・エチュード", "クレメンティ：ソナチネ Op.36-1 第1楽章",
          "ドビュッシー：アラベスク第1番", "モーツァルト：きらきら星変奏曲", "ベートーヴェン：エリーゼのために",
          "エステン：人形の夢と目覚め", "カバレフスキー：道化師のギャロップ", "ショパン：ノクターン第20番",
          "シューマン：トロイメライ", "ブルグミュラー：貴婦人の乗馬", "チャイコフスキー：「四季」より 6月 舟歌",
          "ハチャトゥリアン：「少年時代の画集」より", "ギロック：秋のスケッチ", "ランゲ：花の歌",
          "メンデルスゾーン：春の歌", "グリーグ：蝶々", "ショパン：幻想即興曲"]

# ---- staff (senders) ----
ST = {
    "saeki": ("佐伯 美和子", "saeki.miwako@hinode-sangyo.co.jp", "日の出ミュージックスクール 武蔵小杉校 校長"),
    "hasebe": ("長谷部 亮", "hasebe.ryo@hinode-sangyo.co.jp", "音楽教室事業部 教務課"),
    "miyake": ("三宅 紗英", "miyake.sae@hinode-sangyo.co.jp", "ダンス教室事業部 横浜スタジオ"),
    "otsuki": ("大槻 慎吾", "otsuki.shingo@hinode-sangyo.co.jp", "経理部 経理課"),
    "morishita": ("森下 加奈", "morishita.kana@hinode-sangyo.co.jp", "音楽教室事業部 発表会事務局"),
    "kiryu": ("桐生 隼人", "kiryu.hayato@hinode-sangyo.co.jp", "総務部 人事課"),
    "nonomura": ("野々村 彩", "nonomura.aya@hinode-sangyo.co.jp", "日の出ミュージックスクール 横浜校"),
    "usami": ("宇佐美 徹", "usami.toru@hinode-sangyo.co.jp", "音楽教室事業部 楽器レンタル課"),
    "todo": ("藤堂 玲奈", "todo.rena@hinode-sangyo.co.jp", "音楽教室事業部 コンクール・国際交流担当"),
    "hiiragi": ("柊 真一", "hiiragi.shinichi@hinode-sangyo.co.jp", "ダンス教室事業部 事業部長"),
    "kanzaki": ("神崎 由紀", "kanzaki.yuki@hinode-sangyo.co.jp", "音楽教室事業部 講師管理チーム"),
}


def frm(k):
    return f"{ST[k][0]} <{ST[k][1]}>"


def sig(k, style=0):
    name, mail, dept = ST[k]
    if style == 0:
        return (f"\n--\n日の出産業株式会社\n{dept}\n{name}\n"
                f"〒211-0063 神奈川県川崎市中原区小杉町2-276-1 日の出ビル5F\n"
                f"TEL 044-712-3300（代）/ FAX 044-712-3301\nMail: {mail}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━━━\n 日の出産業株式会社　{dept}\n {name}\n"
                f" TEL：045-441-2280　内線 215\n E-mail：{mail}\n━━━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n{dept}　{name.split()[0]}\n"
    if style == 3:
        surname = name.split()[0]
        return (f"\n*************************************\n{dept}\n{name}\n日の出産業株式会社\n"
                f"〒220-0011 横浜市西区高島2-14-9 ヨコハマSビル3F\nTel. 045-441-2280\n"
                f"*************************************\n")
    raise ValueError(style)


def sig_en(k, given, family, title):
    return (f"\nBest regards,\n\n{given} {family}\n{title}\nHinode Sangyo Co., Ltd. — Music & Dance Schools\n"
            f"2-276-1 Kosugi-machi, Nakahara-ku, Kawasaki, Kanagawa 211-0063, Japan\n"
            f"Tel +81-44-712-3300 | {ST[k][1]}\n")


DISC_JP = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISC_JP2 = ("\n------------------------------------------------------------\n"
            "このメールは、宛先に記載された方のみを対象としています。本メールに含まれる情報の"
            "全部または一部を無断で複製・転送・開示することを禁じます。\n"
            "------------------------------------------------------------\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information intended solely "
           "for the addressee. If you are not the intended recipient, please notify the sender and "
           "delete this e-mail.\n")

M: list[dict] = []


def add(expect, entities, detectors, note, **kw):
    M.append({"expect": expect, "entities": list(entities), "detectors": list(detectors),
              "note": note, **kw})


# =====================================================================================
# STOP — lists of people, ID numbers, sensitive data
# =====================================================================================

# m01 — recital entry list (XLSX) to the photo studio
_k = kids(14, 2012, 2020)
_rows = [["第18回 日の出ミュージックスクール ピアノ発表会　出演者一覧（撮影・編集用）"], [],
         ["出演順", "氏名", "ふりがな", "学年", "生年月日", "保護者氏名", "保護者携帯", "曲目"]]
for i, k in enumerate(_k, 1):
    g = guardian(k)
    _rows.append([i, nm(k), hira(kana(k)), grade(k), dob(k, "slash"), nm(g), phone(), R.choice(PIECES)])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "14 pupils' rows (birth date, guardian mobile) in an XLSX to an external photo studio",
    charset="iso-2022-jp", sender=frm("morishita"),
    to=["フォトスタジオ響 片桐様 <katagiri@photo-hibiki.co.jp>"], cc=[ST["saeki"][1]],
    subject="第18回ピアノ発表会　出演者一覧の送付（撮影用）",
    body=("フォトスタジオ響\n片桐様\n\nいつもお世話になっております。日の出産業 発表会事務局の森下です。\n\n"
          "11月23日（月・祝）の第18回ピアノ発表会につきまして、出演順の一覧をお送りいたします。\n"
          "個人写真の撮影タイミングの確認にお使いください。\n"
          "保護者の方への写真購入のご案内はこれまで通り当日会場でお願いいたします。\n\n"
          "リハーサル開始は9:30、本番は13:00開演の予定です。\nどうぞよろしくお願いいたします。\n" + sig("morishita")),
    attachments=[{"kind": "xlsx", "name": "第18回発表会_出演者一覧.xlsx",
                  "sheets": {"出演者": _rows,
                             "撮影メモ": [["区分", "内容"], ["集合写真", "第1部終了後 ステージ上"],
                                      ["個人写真", "各自の演奏中（フラッシュ禁止）"], ["講師演奏", "撮影不要"]]}}])

# m02 — DVD delivery addresses, space-padded in the body, to the video company
_rows = []
for i in range(7):
    g = person(True, 1974, 1991)
    z, a = addr()
    _rows.append((f"{i + 1:>2}", nm(g, " "), f"〒{z}", a, phone(), str(R.choice([1, 1, 2, 1, 3]))))
_tbl = "No  保護者氏名      郵便番号   住所                                              電話番号        枚数\n"
_tbl += "--  --------------  ---------  ------------------------------------------------  --------------  ----\n"
for r in _rows:
    _tbl += f"{r[0]}  {r[1]:<12}  {r[2]}  {r[3]:<36}  {r[4]}  {r[5]:>4}\n"
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "seven guardians' names, home addresses and phones pasted as a table to an external video firm",
    charset="cp932", sender=frm("nonomura"), to=["kirameki-order@kirameki-video.com"],
    subject="発表会DVD 郵送分の送付先リスト",
    body=("株式会社きらめき映像\nご注文受付ご担当者様\n\n日の出ミュージックスクール横浜校の野々村でございます。\n"
          "先日の「横浜校 夏のおさらい会」のDVDにつきまして、当日お渡しできなかったご家庭分の\n"
          "郵送をお願いしたく、送付先を下記にまとめました。\n\n" + _tbl +
          "\n送料は弊社請求でお願いいたします（注文番号 KV-2026-0831）。\n" + sig("nonomura", 1)))

# m03 — 口座振替 request CSV to the partner bank
_csv = [["顧客番号", "引落日", "金融機関コード", "金融機関名", "支店名", "預金種目", "口座番号", "口座名義（カナ）", "引落金額"]]
_banks = [("0158", "みどり銀行"), ("0158", "みどり銀行"), ("9900", "ゆうちょ銀行"), ("1361", "横浜中央信用金庫"),
          ("0158", "みどり銀行")]
_branches = ["溝の口支店", "武蔵小杉支店", "日吉支店", "本店営業部", "青葉台支店", "新横浜支店"]
for i in range(12):
    g = person(True, 1975, 1990)
    code, bank = R.choice(_banks)
    _csv.append([f"HM{R.randint(10000, 99999)}", "2026/10/27", code, bank, R.choice(_branches), "普通", acct(),
                 f"{g['seik']} {g['meik']}", R.choice([8800, 9900, 13200, 11000, 15400, 7700])])
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "direct-debit file: twelve guardians' bank accounts and names to the (external) partner bank",
    charset="utf-8", sender=frm("otsuki"), to=["口座振替センター <furikae-center@midori-ginko.co.jp>"],
    subject="10月分 月謝口座振替データ（追加分）の送付",
    body=("みどり銀行 口座振替センター 御中\n\nいつも大変お世話になっております。\n日の出産業 経理部の大槻です。\n\n"
          "10月27日引落分のうち、伝送締切後に追加となった12件をCSVにてお送りします。\n"
          "委託者コード：0047-2281\n合計件数：12件\n\n"
          "お手数ですが、受領のご連絡をいただけますと幸いです。\n" + sig("otsuki")),
    attachments=[{"kind": "csv", "name": "furikae_202610_add.csv", "rows": _csv}])

# m04 — 支払調書: teachers' My Numbers to the tax accountant
_t = adults(6, 1968, 1995)
_rows = [["令和8年分 報酬、料金、契約金及び賞金の支払調書 作成用データ"], [],
         ["講師名", "フリガナ", "住所", "個人番号", "区分", "支払金額", "源泉徴収税額"]]
for p in _t:
    z, a = addr()
    pay = R.randint(60, 190) * 10000
    _rows.append([nm(p), kana(p), f"〒{z} {a}", mynum(), "講師報酬", pay, int(pay * 0.1021)])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], ["personal_data"],
    "six contract teachers' My Numbers and addresses in an XLSX to an outside tax office",
    charset="iso-2022-jp", sender=frm("otsuki"),
    to=["工藤税理士事務所 工藤先生 <kudo@kudo-zeirishi.jp>"], cc=["otsuki.shingo@hinode-sangyo.co.jp"],
    subject="支払調書作成用データ（業務委託講師分）",
    body=("工藤先生\n\nお世話になっております。日の出産業の大槻です。\n"
          "支払調書の作成に必要な業務委託講師6名分のデータを添付いたします。\n"
          "昨年から1名増えております（ダンス教室の新任講師）。\nご確認のほどよろしくお願いいたします。\n" + sig("otsuki", 2)),
    attachments=[{"kind": "xlsx", "name": "支払調書データ_講師.xlsx", "sheets": {"R8講師": _rows}}])

# m05 — one teacher's My Number in a reply
_p = person(True, 1988, 1993, sei=("東海林", "ショウジ", "Shoji"))
_mn = mynum()
add("stop", ["PERSON_NAME", "JP_MY_NUMBER"], ["personal_data"],
    "a teacher's 個人番号 written into a reply to the outside tax office",
    charset="cp932", sender=frm("kanzaki"), to=["kudo-office@kudo-zeirishi.jp"],
    subject="Re: 個人番号未提出の講師について",
    body=(f"工藤税理士事務所　ご担当者様\n\nお世話になっております、神崎です。\n"
          f"ご連絡いただいた未提出の1名ですが、本人から番号カードの写しが届きました。\n\n"
          f"　講師名：{nm(_p)}（ヴァイオリン科）\n　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}\n\n"
          "写しの原本は当社で保管しております。\nこれで全員分が揃ったかと思います。\n"
          "\n> 業務委託講師のうち、1名分の個人番号がまだ届いておりません。\n> ご確認をお願いできますでしょうか。\n"
          "> 工藤税理士事務所 事務担当 矢吹\n" + sig("kanzaki", 0)))

# m06 — FW: a guardian's card number to the payment company
_g = person(True, 1980, 1989)
_c = card()
add("stop", ["PERSON_NAME", "CREDIT_CARD"], ["personal_data"],
    "forward of a guardian's mail carrying her full card number to an external payment company",
    charset="utf-8", sender=frm("nonomura"), to=["support@rakupay.co.jp"],
    subject="FW: 月謝のカード払いについて",
    body=("らくペイ決済 サポートご担当者様\n\n日の出ミュージックスクール横浜校の野々村です。\n"
          "保護者の方から下記のとおりカード情報がメールで届いてしまいました。\n"
          "管理画面からの登録でエラーになるため、代理で登録いただくことは可能でしょうか。\n\n"
          "---------- Forwarded message ----------\n"
          f"From: {nm(_g, ' ')} <{mail_of(_g, 'gmail.com')}>\n"
          "Subject: 月謝のカード払いについて\n\n"
          "横浜校 受付の皆さま\nいつもありがとうございます。来月から月謝をカード払いにしたいです。\n"
          f"カード番号：{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}\n有効期限：09/29\n"
          f"名義：{_g['meir'].upper()} {_g['seir'].upper()}\n"
          "よろしくお願いいたします。\n" + sig("nonomura", 2)))

# m07 — health notes for the recital to an outside nurse service
_k = kids(3, 2013, 2019)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "three named pupils' conditions (asthma, epilepsy, anaphylaxis) sent to an external nurse agency",
    charset="iso-2022-jp", sender=frm("morishita"), to=["派遣受付 <haken@nurse-support.jp>"],
    subject="11/23 発表会 看護師派遣の件（配慮が必要な出演者）",
    body=("ナースサポート東京\n派遣受付ご担当者様\n\nお世話になっております。日の出産業 発表会事務局の森下です。\n"
          "11月23日の発表会で待機いただく看護師の方へ、事前に共有しておきたい出演者をお知らせします。\n\n"
          f"・{nm(_k[0])}さん（{grade(_k[0])}）　気管支喘息。吸入薬を保護者が持参。\n"
          f"・{nm(_k[1])}さん（{grade(_k[1])}）　てんかんの持病あり。発作時は横向きに寝かせ時間を計測、主治医の指示書あり。\n"
          f"・{nm(_k[2])}さん（{grade(_k[2])}）　ピーナッツでアナフィラキシー既往。エピペン携帯。\n\n"
          "いずれも保護者の方から「当日の看護師さんには伝えてほしい」とのご希望をいただいています。\n"
          "控室は2階の和室を救護室としてご用意します。\n" + sig("morishita", 1)))

# m08 — ASD note for one pupil to an outside choreographer on free mail
_k = person(False, 2016, 2018)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
    "one named pupil's developmental disorder diagnosis sent to a freelance choreographer's gmail",
    charset="utf-8", sender=frm("miyake"), to=["aiko.choreo.works@gmail.com"],
    subject="キッズクラス振付の件（配慮事項）",
    body=("愛子先生\n\nお疲れさまです、三宅です。\n来週からのキッズクラスの振付、よろしくお願いします。\n\n"
          f"一点だけ事前にお伝えさせてください。{nm(_k, '')}ちゃん（{grade(_k)}）は自閉スペクトラム症の診断を受けていて、\n"
          "大きな音や急な予定変更が苦手です。お母さまからは、立ち位置を固定して、\n"
          "曲が始まる前に一声かけてもらえると落ち着いて踊れると伺っています。\n\n"
          "レッスン後に少し時間をいただければ、詳しくお話しします。\n\n三宅\n"))

# m09 — five guardians visible in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "five guardians' private addresses in To: every family sees the others' addresses",
    charset="iso-2022-jp", sender=frm("saeki"),
    to=["yui.mama0812@gmail.com", "k_tanaka_1983@yahoo.co.jp", "hibiki.papa@icloud.com",
        "sakura-koharu@docomo.ne.jp", "m.ishikawa77@outlook.jp"],
    subject="【武蔵小杉校】リハーサル時間変更のお知らせ",
    body=("保護者の皆さま\n\nいつも大変お世話になっております。武蔵小杉校の佐伯です。\n"
          "11月15日（日）の通しリハーサルですが、会場側の都合により開始時刻が変更となりました。\n\n"
          "　変更前　10:00〜12:00\n　変更後　13:30〜15:30\n\n"
          "ご不便をおかけしますが、ご協力をお願いいたします。\n" + sig("saeki", 0)))

# m10 — three halls in To for a quote
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three competing concert halls in one To: line for a quote request",
    charset="cp932", sender=frm("morishita"),
    to=["青空文化ホール 予約係 <yoyaku@aozora-hall.or.jp>", "kanade-hall 予約担当 <booking@kanade-hall.jp>",
        "港南音楽堂 <info@konan-ongakudo.jp>"],
    subject="2027年3月 発表会会場のお見積りのお願い",
    body=("各ホール ご担当者様\n\n突然のご連絡失礼いたします。日の出産業株式会社 音楽教室事業部の森下と申します。\n"
          "2027年3月の土日いずれか1日、小ホール（300席前後）の終日利用を検討しております。\n\n"
          "・利用目的：ピアノ・声楽の発表会（出演約60名）\n・必要設備：フルコンサートグランド、調律、控室2部屋\n"
          "・利用時間：9:00〜19:00\n\n概算のお見積りと空き状況をお知らせいただけますでしょうか。\n" + sig("morishita", 0)))

# m11 — look-alike of the own domain, a teacher's pay and account
_p = person(True, 1990, 1996, sei=("栗花落", "ツユリ", "Tsuyuri"))
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["lookalike_domain", "personal_data"],
    "meant for 経理 but sent to hinode-sangyou.co.jp (extra letter), with a teacher's bank account",
    charset="utf-8", sender=frm("kanzaki"), to=["大槻 慎吾 <otsuki.shingo@hinode-sangyou.co.jp>"],
    subject="新任講師の報酬振込先",
    body=(f"大槻さん\n\nお疲れさまです。神崎です。\n10月から入った講師の振込先です。月末支払分から反映をお願いします。\n\n"
          f"　講師名　　{nm(_p)}（フルート）\n　振込先　　みどり銀行 溝の口支店　普通　{acct()}\n"
          f"　口座名義　{kana(_p, ' ')}\n　報酬単価　1レッスン（30分）2,800円\n\nよろしくお願いします。\n"))

# m12 — look-alike of the printing partner
add("stop", [], ["lookalike_domain"],
    "programme proof to nishiki-insatu.co.jp, a dropped letter of partner nishiki-insatsu.co.jp",
    charset="iso-2022-jp", sender=frm("morishita"), to=["錦印刷 営業部 水無瀬様 <minase@nishiki-insatu.co.jp>"],
    subject="Re: 発表会プログラム 初校の件",
    body=("錦印刷\n水無瀬様\n\nお世話になっております。森下です。\n初校ありがとうございました。修正点は以下の3点です。\n\n"
          "１．表紙の回数「第１７回」→「第１８回」\n２．２ページ目 開演時刻 13:30 → 13:00\n"
          "３．裏表紙の協賛欄にトニカ楽器様のロゴを追加\n\n再校は11月6日（金）までにいただけると助かります。\n" + sig("morishita", 2)))

# m13 — look-alike of the hotel partner (other TLD)
add("stop", [], ["lookalike_domain"],
    "summer-camp room request to sakura-hotel.co.jp instead of partner sakura-hotel.jp",
    charset="cp932", sender=frm("hiiragi"), to=["宴会・団体予約 <group@sakura-hotel.co.jp>"],
    subject="ダンス合宿（8/6〜8/8）客室・練習場のご相談",
    body=("さくらホテル 団体予約ご担当者様\n\nいつもお世話になっております。日の出産業 ダンス教室事業部の柊です。\n"
          "今年もジュニアクラスの夏合宿をお願いしたく、ご連絡いたしました。\n\n"
          "　日程　　2026年8月6日（木）〜8日（土）2泊3日\n　人数　　生徒28名、講師4名、保護者スタッフ2名\n"
          "　客室　　和室6名部屋×5、ツイン×3\n　宴会場　鏡付きの練習場として終日2日間\n\n"
          "昨年と同様の条件でお見積りいただけますと幸いです。\n" + sig("hiiragi", 3)))

# m14 — 社外秘 pay-scale document to an outside consultant
add("stop", [], ["confidential_marking"],
    "DOCX stamped 社外秘 in its header (teacher pay-scale revision) sent to an outside HR consultant",
    charset="utf-8", sender=frm("kiryu"), to=["jinji-partners 担当 真壁様 <makabe@jinji-partners.co.jp>"],
    subject="講師報酬テーブル改定案のご相談",
    body=("真壁様\n\nいつもお世話になっております。日の出産業 人事課の桐生です。\n"
          "先日お話しした講師報酬テーブルの改定案をお送りします。\n"
          "経験年数・指導グレードごとの単価設計について、ご意見をいただけますでしょうか。\n\n"
          "打合せは来週水曜の15時で調整させてください。\n" + sig("kiryu")),
    attachments=[{"kind": "docx", "name": "講師報酬テーブル改定案_v3.docx", "page_header": "社外秘",
                  "title": "講師報酬テーブル改定案",
                  "paragraphs": ["講師報酬テーブル改定案（2027年4月適用）", "1. 改定の目的",
                                 "講師の定着率向上と、指導グレード取得へのインセンティブ付与。",
                                 "2. 単価表（30分レッスン1コマあたり）"],
                  "tables": [[["区分", "現行", "改定案"], ["A（指導グレード3級以上）", "3,200円", "3,500円"],
                              ["B（同4級）", "2,800円", "3,000円"], ["C（同5級以下・新任）", "2,400円", "2,600円"]]]}])

# m15 — password ZIP of the entry list to a hall
add("stop", [], ["unscannable_attachment"],
    "entry list sent as a password-protected ZIP (PPAP) to the hall: contents cannot be inspected",
    charset="iso-2022-jp", sender=frm("morishita"), to=["舞台管理 <butai@aozora-hall.or.jp>"],
    subject="発表会 進行表・出演者名簿（パスワード付）",
    body=("青空文化ホール 舞台管理ご担当者様\n\nお世話になっております。日の出産業の森下です。\n"
          "進行表と出演者名簿をパスワード付きZIPでお送りします。\nパスワードは別メールにてお送りいたします。\n\n"
          "何卒よろしくお願いいたします。\n" + sig("morishita")),
    attachments=[{"kind": "zip", "name": "happyokai_1123.zip", "password": "Hnd#1123",
                  "files": [{"kind": "xlsx", "name": "進行表.xlsx",
                             "sheets": {"進行": [["時刻", "内容"], ["13:00", "開演"], ["14:20", "休憩"]]}},
                            {"kind": "csv", "name": "出演者名簿.csv",
                             "rows": [["出演順", "氏名"]] + [[i, nm(k)] for i, k in enumerate(kids(10), 1)]}]}])

# m16 — corrupt XLSX to the photo studio
add("stop", [], ["unscannable_attachment"],
    "the XLSX attached for the photo studio is damaged and cannot be read",
    charset="utf-8", sender=frm("nonomura"), to=["order@photo-hibiki.co.jp"],
    subject="集合写真 注文取りまとめ表",
    body=("フォトスタジオ響 ご担当者様\n\nお世話になっております。横浜校の野々村です。\n"
          "集合写真の注文取りまとめ表を添付いたします。\n開けない場合はご連絡ください。\n" + sig("nonomura", 1)),
    attachments=[{"kind": "corrupt", "name": "集合写真注文_横浜校.xlsx"}])

# m17 — passports for an overseas competition, to a travel agency
_tr = [person(False, 2009, 2012), person(False, 2010, 2013)]
_tr.append(guardian(_tr[0]))
_lines = []
for p in _tr:
    _lines.append(f"{roma(p, True):<22} {dob(p, 'slash')}   {R.choice(['TK', 'TR', 'TZ', 'MU'])}{R.randint(1000000, 9999999)}"
                  f"   {R.randint(2028, 2035)}/{R.randint(1, 12):02d}/{R.randint(1, 28):02d}")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], ["personal_data"],
    "passport numbers of two pupils and a guardian sent to the travel agency",
    charset="cp932", sender=frm("todo"), to=["ほしぞらトラベル 海外団体課 <kaigai-dantai@hoshizora-travel.co.jp>"],
    subject="ウィーン国際ユースピアノコンクール渡航 航空券発券用情報",
    body=("ほしぞらトラベル　海外団体課　ご担当者様\n\nお世話になっております。日の出産業 コンクール担当の藤堂です。\n"
          "3月のウィーン渡航の発券に必要な情報をお送りします（旅券記載どおりのローマ字です）。\n\n"
          "NAME (PASSPORT)          DATE OF BIRTH  PASSPORT NO.  EXPIRY\n" + "\n".join(_lines) +
          "\n\n3人目は1人目の生徒の保護者で、引率を兼ねます。\n座席は3名並びでお願いできれば幸いです。\n" + sig("todo", 0)))

# m18 — a foreign teacher's residence card to the 社労士
add("stop", ["PERSON_NAME", "JP_RESIDENCE_CARD"], ["personal_data"],
    "a foreign teacher's 在留カード number sent to the outside labour consultant",
    charset="iso-2022-jp", sender=frm("kiryu"), to=["森川社会保険労務士事務所 <office@morikawa-sr.jp>"],
    subject="外国籍講師の雇用契約・外国人雇用状況届出について",
    body=(f"森川先生\n\nいつもお世話になっております。人事課の桐生です。\n"
          f"11月1日付で英語リトミック講師として雇用する方の届出をお願いしたく、情報をお送りします。\n\n"
          f"　氏名　　　　　　GARCIA LOPEZ, Isabel\n　在留カード番号　{R.choice(['AB', 'EF', 'UH'])}{R.randint(10000000, 99999999)}{R.choice(['CD', 'FG', 'JK'])}\n"
          f"　在留資格　　　　技術・人文知識・国際業務\n　在留期間満了日　2028年9月30日\n\n"
          "カードの表裏のコピーは郵送いたします。\n" + sig("kiryu", 2)))

# m19 — a new teacher's basic pension number to the 社労士
_p = person(True, 1994, 1999, sei=("百目鬼", "ドウメキ", "Domeki"))
_z, _a = addr(True)
add("stop", ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "new teacher's 基礎年金番号, birth date and address for enrolment, to the outside 社労士",
    charset="utf-8", sender=frm("kiryu"), to=["森川事務所 坂巻様 <sakamaki@morikawa-sr.jp>"],
    subject="資格取得届（新規採用 1名）",
    body=("坂巻様\n\nお世話になっております。桐生です。\n10月16日入社の常勤講師1名について、社会保険の資格取得届をお願いします。\n\n"
          f"【氏名】{nm(_p)}（{kana(_p)}）\n【生年月日】{dob(_p, 'wareki')}\n"
          f"【基礎年金番号】{R.randint(1000, 9999)}-{R.randint(100000, 999999)}\n【住所】〒{_z} {_a}\n"
          "【標準報酬月額の見込】240,000円\n\n扶養家族はいません。\n" + sig("kiryu", 0)))

# m20 — health-insurance card numbers of camp participants to the partner hotel
_k = kids(6, 2012, 2016)
_rows = [["氏名", "学年", "保険者番号", "記号", "番号", "緊急連絡先"]]
for k in _k:
    _rows.append([nm(k), grade(k), f"{R.choice(['06', '01', '31', '67'])}{R.randint(130000, 149999)}",
                  str(R.randint(1000, 99999)), str(R.randint(1, 999)), phone()])
add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "PHONE_NUMBER"], ["personal_data"],
    "six camp pupils' health-insurance card symbols/numbers and emergency phones to the hotel",
    charset="cp932", sender=frm("hiiragi"), to=["さくらホテル フロント <front@sakura-hotel.jp>"],
    subject="合宿参加者の保険証情報（急病時の受診用）",
    body=("さくらホテル フロント ご担当者様\n\n先日はありがとうございました。日の出産業の柊です。\n"
          "夜間に急病人が出た場合に備え、近隣病院の受診用として、6名分の保険証情報をお預けします。\n"
          "（残りの参加者は保険証を本人が持参します）\n\n" + sig("hiiragi", 1)),
    attachments=[{"kind": "pdf", "name": "合宿_保険証情報.pdf", "title": "合宿参加者 保険証情報",
                  "lines": ["ダンス夏合宿 2026　保険証情報（6名）", ""], "table": _rows}])

# m21 — a driver-teacher's licence number to the insurer
_p = person(True, 1975, 1982, sei=("鬼頭", "キトウ", "Kito"))
add("stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH"], ["personal_data"],
    "a teacher's driving-licence number and birth date to the outside insurer",
    charset="iso-2022-jp", sender=frm("hiiragi"), to=["ひかり損保 代理店 <dairiten@hikari-sonpo.co.jp>"],
    subject="送迎車両 運転者限定特約の追加",
    body=(f"ひかり損害保険 ご担当者様\n\nお世話になっております。日の出産業 ダンス教室事業部の柊です。\n"
          f"送迎用ワゴン（品川 500 あ 12-34）の運転者に1名追加をお願いします。\n\n"
          f"運転者：{nm(_p)}\n生年月日：{dob(_p, 'short')}\n"
          f"運転免許証番号：第{R.randint(30, 31)}{R.randint(1000000000, 9999999999)}号（ゴールド）\n\n"
          "追加保険料が発生する場合はご連絡ください。\n" + sig("hiiragi", 0)))

# m22 — grade-exam applications to the exam association (CSV)
_k = kids(8, 2010, 2018)
_csv = [["教室コード", "受験者氏名", "フリガナ", "生年月日", "受験級", "受験科目", "指導講師"]]
for k in _k:
    _csv.append(["H-0214", nm(k, " "), kana(k, " "), dob(k, "iso"), R.choice(["10級", "9級", "8級", "7級", "6級"]),
                 R.choice(["ピアノ演奏", "ピアノ演奏・聴音", "エレクトーン演奏"]), R.choice(["佐伯", "南雲", "雲母"])])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "eight pupils' names and dates of birth in the grade-exam application CSV to the association",
    charset="utf-8", sender=frm("hasebe"), to=["受験受付 <uketsuke@zen-on-grade.or.jp>"],
    subject="12月期グレード試験 団体申込（日の出ミュージックスクール）",
    body=("全日本音楽グレード協会　受験受付係　御中\n\n平素よりお世話になっております。\n"
          "12月期グレード試験の団体申込データを添付にてお送りいたします。\n"
          "受験料は11月10日までに指定口座へお振込みいたします。\n" + sig("hasebe")),
    attachments=[{"kind": "csv", "name": "grade_202612_H0214.csv", "rows": _csv, "encoding": "utf-8"}])

# m23 — rental contracts (renters) to the rental partner
_rows = [["契約番号", "契約者氏名", "郵便番号", "住所", "電話", "楽器", "開始日"]]
for i in range(6):
    g = person(True, 1976, 1990)
    z, a = addr()
    _rows.append([f"RT-{R.randint(20000, 29999)}", nm(g, " "), z, a, phone(),
                  R.choice(["バイオリン 1/4", "バイオリン 1/2", "チェロ 3/4", "フルート", "クラリネット", "電子ピアノ"]),
                  f"2026/{R.randint(4, 9)}/1"])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "six renters' names, addresses and phones in a CSV to the instrument supplier",
    charset="cp932", sender=frm("usami"), to=["トニカ楽器 レンタル管理 <rental@tonika-gakki.co.jp>"],
    subject="上期 レンタル契約者一覧（メンテナンス訪問用）",
    body=("トニカ楽器株式会社　レンタル管理ご担当　様\n\nお世話になっております。楽器レンタル課の宇佐美です。\n"
          "上期に新規でレンタルを開始したご家庭の一覧です。\n定期メンテナンスの訪問日程調整にご利用ください。\n" + sig("usami", 1)),
    attachments=[{"kind": "csv", "name": "rental_2026H1.csv", "rows": _rows}])

# m24 — arrears list (marked 取扱注意) to the collection agency
_rows = [["月謝滞納者一覧（2026年9月末時点）"], ["保護者氏名", "電話", "住所", "生徒名", "滞納月数", "滞納額"]]
for i in range(9):
    k = person(False)
    g = guardian(k)
    z, a = addr()
    n = R.randint(2, 6)
    _rows.append([nm(g), phone(), f"〒{z} {a}", k["mei"], n, n * R.choice([8800, 11000, 13200])])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data", "confidential_marking"],
    "nine defaulting guardians with phones and addresses, workbook headed 取扱注意, to a collection agency",
    charset="utf-8", sender=frm("otsuki"), to=["アーク債権サービス 受託課 <jutaku@ark-saiken.co.jp>"],
    subject="督促業務委託 対象者リスト",
    body=("株式会社アーク債権サービス\n受託課 ご担当者様\n\n日の出産業 経理部の大槻でございます。\n"
          "契約に基づき、10月分から督促業務をお願いする対象者の一覧を送付いたします。\n"
          "対象9件、合計金額は添付をご参照ください。\n" + sig("otsuki", 0)),
    attachments=[{"kind": "xlsx", "name": "滞納者一覧_202609.xlsx", "page_header": "取扱注意",
                  "sheets": {"一覧": _rows}}])

# m25 — FW of a guardian's mail about the child's leukaemia, to a teacher on yahoo
_k = person(False, 2014, 2016)
_g = guardian(_k)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
    "forward of a mother's mail about her child's leukaemia treatment to a freelance teacher's yahoo address",
    charset="iso-2022-jp", sender=frm("saeki"), to=["violin_kurosawa@yahoo.co.jp"],
    subject="転送：しばらくお休みします",
    body=("黒澤先生\n\nお疲れさまです。佐伯です。\n先生の担当の" + _k["mei"] + "ちゃんのお母さまから下記の連絡がありました。\n"
          "振替の扱いについて、来週ご相談させてください。\n\n"
          "-------- 転送メッセージ --------\n"
          f"差出人: {nm(_g, ' ')}\n件名: しばらくお休みします\n\n"
          "佐伯先生\nいつもお世話になっております。\n"
          f"{nm(_k, '')}が先週の検査で急性リンパ性白血病と診断され、\n"
          "来週から半年ほど入院して抗がん剤治療を受けることになりました。\n"
          "レッスンは休会させていただきたく、黒澤先生にもよろしくお伝えください。\n"))

# m26 — a teacher's arrest, to the partner law firm
_p = person(True, 1980, 1988, sei=("神宮寺", "ジングウジ", "Jinguji"))
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named teacher's arrest for drink-driving reported to the (external) law firm",
    charset="cp932", sender=frm("kiryu"), to=["白川法律事務所 堀先生 <hori@shirakawa-law.jp>"],
    cc=["hiiragi.shinichi@hinode-sangyo.co.jp"],
    subject="【ご相談】講師の逮捕報道について",
    body=(f"堀先生\n\nいつもお世話になっております。日の出産業 人事課の桐生です。\n"
          f"急ぎご相談させてください。ダンス講師（業務委託）の{nm(_p)}氏（{2026 - _p['y']}歳）が、\n"
          "昨夜、酒気帯び運転の疑いで神奈川県警に逮捕されたと本人の家族から連絡がありました。\n"
          "地元紙のウェブ版にも実名で出ています。\n\n"
          "・契約解除の可否と手順\n・保護者への説明の範囲\n・担当クラス（小学生24名）の代講手配時の説明\n\n"
          "について、本日中にお電話でご助言いただけますでしょうか。\n" + sig("kiryu", 0)))

# m27 — a pupil who was a victim of covert filming, to the hall
_k = person(False, 2011, 2013)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "names a pupil as victim of covert filming (crime victim) to the external hall",
    charset="utf-8", sender=frm("morishita"), to=["青空文化ホール 管理課 <kanri@aozora-hall.or.jp>"],
    subject="10/12 利用時の件　防犯カメラ映像の保全のお願い",
    body=("青空文化ホール 管理課 御中\n\n日の出産業の森下です。お電話の件、改めてメールでお送りいたします。\n\n"
          f"10月12日（月・祝）の発表会当日、出演者の{nm(_k)}さん（{grade(_k)}）が、1階女子更衣室付近で\n"
          "見知らぬ男性にスマートフォンで盗撮される被害に遭いました。\n"
          "保護者が昨日、中原警察署に被害届を提出しております。\n\n"
          "警察から照会が行くと思いますので、14:00〜15:30の1階ロビー・廊下のカメラ映像の保全をお願いいたします。\n" + sig("morishita", 3)))

# m28 — a pupil's religion (halal meals, prayer) to the caterer
_k = person(False, 2012, 2015, sei=("左右田", "ソウダ", "Soda"))
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named pupil's religion (Muslim, prayer times) sent to the external caterer",
    charset="iso-2022-jp", sender=frm("morishita"), to=["北国フーズ ケータリング部 <catering@kitaguni-foods.co.jp>"],
    subject="発表会当日のお弁当　追加のお願い",
    body=("北国フーズ株式会社　ケータリング部　ご担当者様\n\nいつもありがとうございます。森下です。\n"
          "出演者・スタッフ弁当の件で1点追加のお願いです。\n\n"
          f"出演者の{nm(_k)}さんのご家庭はイスラム教を信仰されており、ハラール対応のお弁当を1食ご用意いただけますでしょうか。\n"
          "また、お祈りの時間に控室を少しお借りしたいとのことで、配膳時間を12:30から12:50にずらしていただけると助かります。\n\n"
          "合計：出演者弁当 42食（うちハラール1食）、スタッフ弁当 15食\n" + sig("morishita", 2)))

# m29 — HTML-only table of dancers' contacts to a festival organiser
_k = kids(8, 2011, 2017)
_tr = ""
for i, k in enumerate(_k, 1):
    g = guardian(k)
    _tr += (f"<tr><td>{i}</td><td>{nm(k, ' ')}</td><td>{age(k)}歳</td><td>{nm(g, ' ')}</td>"
            f"<td>{phone()}</td><td>{mail_of(g)}</td></tr>\n")
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "HTML-only mail: table of eight child dancers with guardians' phones and e-mails to a festival organiser",
    charset="utf-8", sender=frm("miyake"), to=["かながわダンスフェス実行委員会 <entry@dance-fes-kanagawa.jp>"],
    subject="キッズ部門 出演者エントリー（日の出ダンススタジオ横浜）",
    html=("<html><body><p>かながわダンスフェス実行委員会<br>エントリーご担当者様</p>"
          "<p>お世話になっております。日の出ダンススタジオ横浜の三宅です。<br>"
          "キッズ部門（HIPHOP）の出演者一覧をお送りします。当日の緊急連絡先として保護者の連絡先も記載しています。</p>"
          "<table border=\"1\" cellpadding=\"4\"><tr><th>No</th><th>出演者</th><th>年齢</th><th>保護者</th>"
          "<th>緊急連絡先</th><th>メール</th></tr>\n" + _tr + "</table>"
          "<p>チーム名：HINODE JUNIOR CREW<br>楽曲：オリジナルMIX（3分20秒）</p>"
          "<p>日の出産業株式会社 ダンス教室事業部<br>三宅 紗英<br>TEL 045-441-2280</p></body></html>"))

# m30 — DOCX entry roster for a dance competition (和暦 DOB, addresses)
_k = kids(6, 2009, 2014)
_tab = [["No.", "氏名", "ふりがな", "生年月日", "住所"]]
for i, k in enumerate(_k, 1):
    z, a = addr()
    _tab.append([str(i), nm(k), hira(kana(k)), dob(k, "wareki"), f"〒{z} {a}"])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "DOCX roster of six dancers with 和暦 birth dates and home addresses to the competition body",
    charset="cp932", sender=frm("hiiragi"), to=["全日本ストリートダンス選手権 事務局 <jimukyoku@street-dance-cs.or.jp>"],
    subject="関東予選 団体エントリー書類の提出",
    body=("全日本ストリートダンス選手権 事務局 御中\n\nお世話になっております。\n日の出ダンススタジオ（日の出産業株式会社）の柊でございます。\n"
          "関東予選 中高生部門の団体エントリー書類を提出いたします。\n出場料は本日振込済みです。\n\nご査収のほどよろしくお願いいたします。\n" + sig("hiiragi", 0)),
    attachments=[{"kind": "docx", "name": "エントリーシート_HINODE.docx", "title": "団体エントリーシート",
                  "paragraphs": ["全日本ストリートダンス選手権 関東予選　団体エントリーシート", "団体名：HINODE DANCE UNIT",
                                 "代表者：日の出産業株式会社 ダンス教室事業部 柊 真一", "メンバー"],
                  "tables": [_tab]}])

# m31 — PDF of emergency contacts to the hall's stage manager
_k = kids(10, 2012, 2020)
_tab = [["出演順", "出演者", "学年", "保護者", "緊急連絡先"]]
for i, k in enumerate(_k, 1):
    _tab.append([str(i), nm(k, " "), grade(k), nm(guardian(k), " "), phone()])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "PDF of ten performers with guardians' mobile numbers to the hall's stage manager",
    charset="iso-2022-jp", sender=frm("saeki"), to=["かなでホール 舞台担当 戸叶様 <tokanou@kanade-hall.jp>"],
    subject="第1部 出演者・緊急連絡先一覧",
    body=("かなでホール\n戸叶様\n\nお世話になっております。武蔵小杉校の佐伯です。\n"
          "ご依頼のあった第1部の出演者と緊急連絡先の一覧をPDFでお送りします。\n"
          "舞台袖での呼び出し用にお使いください。\n" + sig("saeki", 1)),
    attachments=[{"kind": "pdf", "name": "第1部_緊急連絡先.pdf", "title": "第1部 出演者 緊急連絡先",
                  "lines": ["第18回ピアノ発表会　第1部　出演者・緊急連絡先", "（本番当日 舞台袖保管）", ""],
                  "table": _tab}])

# m32 — PPTX of teacher profiles with birth dates and mobiles to the marketing agency
_t = adults(5, 1970, 1996)
_slides = [["講師紹介ページ リニューアル素材", "日の出ミュージックスクール 武蔵小杉校", "2026年11月"]]
for p in _t:
    _slides.append([f"{nm(p)} 先生", f"担当：{R.choice(['ピアノ', 'ヴァイオリン', '声楽', 'フルート', 'リトミック'])}",
                    f"生年月日：{dob(p, 'kanji')}", f"携帯：{phone()}",
                    f"経歴：{R.choice(['東邦音楽大学', '洗足学園音楽大学', '国立音楽大学', '昭和音楽大学'])} 卒業",
                    "撮影希望：平日午前"])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "PPTX with five teachers' birth dates and private mobiles sent to the outside web agency",
    charset="utf-8", sender=frm("saeki"), to=["ハーモニー企画 制作部 <seisaku@harmony-kikaku.co.jp>"],
    subject="講師紹介ページ用 素材送付",
    body=("ハーモニー企画 制作部 ご担当者様\n\nお世話になっております。佐伯です。\n"
          "講師紹介ページの素材をまとめました。撮影日程の調整は、各講師に直接ご連絡いただいて構いません。\n"
          "写真は来週まとめてお送りします。\n" + sig("saeki", 0)),
    attachments=[{"kind": "pptx", "name": "講師紹介_素材.pptx", "slides": _slides}])

# m33 — plain ZIP with a CSV of guardians to the newsletter delivery service
_rows = [["会員番号", "保護者氏名", "メールアドレス", "携帯電話", "所属校"]]
for i in range(15):
    g = person(True, 1976, 1992)
    _rows.append([f"M{R.randint(100000, 999999)}", nm(g, " "), mail_of(g), phone(),
                  R.choice(["武蔵小杉校", "横浜校", "溝の口校", "日吉校"])])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "unencrypted ZIP holding a CSV of fifteen guardians' e-mails and mobiles, to a mail-delivery vendor",
    charset="cp932", sender=frm("hasebe"), to=["配信プロ サポート <support@haishin-pro.jp>"],
    subject="会報メール 配信リスト（11月号）",
    body=("配信プロ サポートご担当者様\n\n日の出産業の長谷部です。\n"
          "11月号会報の配信リストをZIPでお送りします。前回同様に取込みをお願いいたします。\n" + sig("hasebe", 2)),
    attachments=[{"kind": "zip", "name": "list_202611.zip",
                  "files": [{"kind": "csv", "name": "haishin_202611.csv", "rows": _rows}]}])

# m34 — attached internal mail (eml) with absent pupils' phones, sent to a substitute-teacher agency
_k = kids(6, 2013, 2019)
_inner = "今週、佐伯先生がお休みのため振替が必要な生徒です。\n\n"
for k in _k:
    _inner += f"{nm(k, ' ')}（{grade(k)}）保護者携帯 {phone()}　希望：{R.choice(['火曜16時', '水曜17時', '土曜10時', 'どこでも可'])}\n"
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "an internal mail with six pupils and guardians' mobiles attached (.eml) and sent on to an outside agency",
    charset="utf-8", sender=frm("hasebe"), to=["代講ネット 手配窓口 <tehai@daiko-koushi.jp>"],
    subject="代講手配のお願い（武蔵小杉校 11/9〜11/14）",
    body=("代講ネット 手配窓口 ご担当者様\n\nお世話になっております。日の出産業の長谷部です。\n"
          "担当講師の急な休みにより、代講をお願いしたく存じます。\n対象の生徒は添付のメールのとおりです。\n"
          "保護者への日程連絡は代講の先生から直接していただいて構いません。\n" + sig("hasebe")),
    attachments=[{"kind": "eml", "name": "振替対象の生徒.eml",
                  "message": {"charset": "utf-8", "sender": frm("saeki"), "to": [ST["hasebe"][1]],
                              "subject": "振替対象の生徒（11/9〜11/14）", "body": _inner + "\n佐伯\n"}}])

# m35 — adult pupils' 和暦 DOB and addresses to the insurer
_a = adults(7, 1950, 1990)
_body = "No.　氏名　　　　　　生年月日　　　　　　住所\n"
for i, p in enumerate(_a, 1):
    z, a = addr(False)
    _body += f"{zen(str(i))}．　{nm(p)}　　{dob(p, 'wareki')}　　{a}\n"
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "seven adult pupils' names, 和暦 birth dates and addresses for event insurance, to the insurer",
    charset="iso-2022-jp", sender=frm("nonomura"), to=["ひかり損害保険 横浜支店 <yokohama@hikari-sonpo.co.jp>"],
    subject="大人のピアノ交流会（バス旅行）傷害保険 加入者名簿",
    body=("ひかり損害保険株式会社　横浜支店　御中\n\nお世話になっております。日の出ミュージックスクール横浜校の野々村です。\n"
          "12月5日の「大人のピアノ交流会」（日帰りバス旅行）の国内旅行傷害保険につきまして、\n加入者名簿をお送りします。\n\n"
          + _body + "\n保険料は当社にてまとめてお支払いいたします。\n" + sig("nonomura", 3)))

# m36 — English: workshop participants list to an overseas guest teacher
_k = kids(6, 2010, 2014)
_lst = ""
for k in _k:
    g = guardian(k)
    _lst += f"- {roma(k)}, age {age(k)} — parent: {roma(g)}, {mail_of(g)}, +81 {phone()[1:]}\n"
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "six child participants with parents' e-mails and phones sent to a guest teacher abroad",
    charset="utf-8", sender=frm("miyake"), to=["Mia Rodriguez <mia@brightmove-dance.com>"],
    subject="Jazz workshop Nov 21 - participant list",
    body=("Hi Mia,\n\nThank you again for agreeing to teach the jazz workshop at our Yokohama studio!\n"
          "As you asked, here is the list of the kids who signed up for the advanced class,\n"
          "with their parents' contacts in case you want to send the warm-up video directly.\n\n" + _lst +
          "\nThe studio is booked from 1 pm to 5 pm. Our staff will pick you up at Yokohama Station.\n"
          + sig_en("miyake", "Sae", "Miyake", "Dance School Division, Yokohama Studio")))

# m37 — legacy XLS of teachers to a recruiting agency
_t = adults(8, 1972, 1998)
_rows = [["講師名", "生年月日", "住所", "携帯", "専門", "在籍年数"]]
for p in _t:
    z, a = addr()
    _rows.append([nm(p), dob(p, "slash"), a, phone(), R.choice(["ピアノ", "声楽", "サックス", "ドラム", "ギター", "バレエ"]),
                  R.randint(1, 15)])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "legacy XLS roster of eight teachers (birth dates, home addresses, mobiles) to a recruiting agency",
    charset="cp932", sender=frm("kanzaki"), to=["ミュージックキャリア 法人営業 <hojin@music-career.jp>"],
    subject="講師の補充についてのご相談（現講師の一覧）",
    body=("ミュージックキャリア　法人営業ご担当者様\n\nお世話になっております。日の出産業の神崎です。\n"
          "来年度の講師補充について、現在の在籍講師の構成をお伝えしたく一覧をお送りします。\n"
          "不足している専門分野のご提案をいただければ幸いです。\n" + sig("kanzaki", 1)),
    attachments=[{"kind": "xls", "name": "講師一覧.xls", "sheets": {"講師": _rows}}])

# m38 — full-width digits, one record per block: bus pick-up at pupils' homes
_blk = ""
for i in range(5):
    k = person(False, 2013, 2018)
    g = guardian(k)
    z, a = addr(False)
    _blk += (f"【{zen(str(i + 1))}】{nm(k)}（{grade(k)}）\n　保護者：{nm(g)}\n"
             f"　住所：〒{zen(z)}　{zen(a)}\n　電話：{zen(phone())}\n　乗車予定：{zen(f'{R.randint(7, 8)}:{R.choice([10, 25, 40, 55])}')}\n\n")
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "five pupils' home addresses and guardians' phones (full-width digits) to the bus company",
    charset="iso-2022-jp", sender=frm("hiiragi"), to=["青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>"],
    subject="合宿送迎　自宅前乗車の5名について",
    body=("青葉運輸株式会社　貸切バス課　ご担当者様\n\nお世話になっております。柊です。\n"
          "8月6日の合宿送迎で、集合場所ではなく自宅前での乗車を希望されているご家庭が5件あります。\n"
          "ルートのご検討をお願いいたします。\n\n" + _blk + "以上です。よろしくお願いいたします。\n" + sig("hiiragi", 2)))

# m39 — tab-separated pupils' contacts to the system partner for migration
_lines = "会員番号\t氏名\tメール\t電話\n"
for i in range(9):
    k = person(False, 2008, 2013)
    _lines += f"{R.randint(200000, 299999)}\t{nm(k, ' ')}\t{mail_of(k, R.choice(['docomo.ne.jp', 'ezweb.ne.jp', 'softbank.ne.jp', 'icloud.com']))}\t{phone()}\n"
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "nine pupils' mobile e-mails and phones pasted tab-separated to the (external) system partner",
    charset="cp932", sender=frm("hasebe"), to=["ツバサシステム 導入支援 <donyu@tsubasa-system.jp>"],
    subject="Re: 移行テストでエラーになった会員データ",
    body=("ツバサシステム 導入支援チーム 御中\n\n長谷部です。ご指摘のエラー9件、元データを貼り付けます。\n"
          "キャリアメールのドメインが原因ではないかと思っていますが、ご確認ください。\n\n" + _lines +
          "\n> 移行テストの結果、会員データのうち9件がメールアドレスの形式エラーとなりました。\n"
          "> 該当データをご提供いただけますでしょうか。\n" + sig("hasebe", 2)))

# m40 — 「・」bullets: six teachers' bank accounts to the payroll outsourcer
_t = adults(6, 1970, 1997)
_b = ""
for p in _t:
    _b += (f"・{nm(p, ' ')}　{R.choice(['みどり銀行', '横浜中央信用金庫', 'さくら台銀行'])} "
           f"{R.choice(['溝の口支店', '日吉支店', '本店', '元住吉支店'])} 普通 {acct()}\n")
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "six teachers' bank accounts as a bullet list to the outside payroll service",
    charset="utf-8", sender=frm("otsuki"), to=["給与代行センター 担当 <tantou@kyuyo-daiko.co.jp>"],
    subject="振込口座の変更（講師6名）",
    body=("給与代行センター ご担当者様\n\nお世話になっております。日の出産業 経理部 大槻です。\n"
          "11月支給分から振込先が変わる講師をお知らせします。\n\n" + _b +
          "\n変更届の原本は後日郵送します。\n" + sig("otsuki", 1)))

# m41 — PDF headed Confidential to an outside agency
add("stop", [], ["confidential_marking"],
    "contract draft whose PDF carries a CONFIDENTIAL page header, sent outside",
    charset="utf-8", sender=frm("kanzaki"), to=["Ensemble Agent 契約担当 <keiyaku@ensemble-agent.jp>"],
    subject="派遣講師 業務委託契約書（ドラフト）",
    body=("アンサンブル・エージェント\n契約ご担当者様\n\n日の出産業の神崎です。\n"
          "来春から派遣いただく講師との業務委託契約書のドラフトをお送りします。\n"
          "第8条（再委託）と第12条（レッスン中の事故）についてご確認ください。\n" + sig("kanzaki", 0)),
    attachments=[{"kind": "pdf", "name": "業務委託契約書_draft.pdf", "page_header": "CONFIDENTIAL",
                  "title": "業務委託契約書（ドラフト）",
                  "lines": ["業務委託契約書（案）", "", "第1条（目的）本契約は、乙が甲の運営する音楽教室において",
                            "レッスン業務を行うことについて定める。", "第8条（再委託）乙は甲の書面による承諾なく再委託してはならない。",
                            "第12条（事故）レッスン中の事故について甲は施設賠償責任保険を付保する。"]}])

# m42 — 【部外秘】 internal memo with the instrument supplier in Cc
add("stop", [], ["confidential_marking"],
    "【部外秘】 memo on closing a school, with an outside supplier mistakenly in Cc",
    charset="iso-2022-jp", sender=frm("hasebe"),
    to=["saeki.miwako@hinode-sangyo.co.jp", "nonomura.aya@hinode-sangyo.co.jp"],
    cc=["トニカ楽器 宮下 <miyashita@tonika-gakki.co.jp>"],
    subject="【部外秘】日吉校の閉校・統合スケジュール（案）",
    body=("各位\n\n【部外秘】\n\n教務課 長谷部です。\n日吉校を2027年3月末で閉校し、武蔵小杉校へ統合する方向で検討中です。\n"
          "保護者への告知は1月を予定していますので、それまでは口外しないようお願いします。\n\n"
          "・11月　講師への個別説明\n・12月　在籍生徒の振替先の確認\n・1月　保護者説明会\n・3月　レンタルピアノの引き上げ\n\n以上\n"))

# m43 — four photo/video vendors in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "bid request with four competing photo/video vendors visible to each other in To",
    charset="cp932", sender=frm("morishita"),
    to=["order@photo-hibiki.co.jp", "kirameki-order@kirameki-video.com", "info@studio-lumina.jp",
        "sales@harenohi-photo.co.jp"],
    subject="2027年度 発表会撮影業務 見積依頼",
    body=("撮影会社 各位\n\nお世話になっております。日の出産業 発表会事務局の森下です。\n"
          "2027年度（年4回）の発表会の写真撮影・映像収録につきまして、お見積りをお願いいたします。\n\n"
          "・各回出演者 約60〜80名\n・写真：個人＋集合、ネット販売\n・映像：全編収録、Blu-ray/配信\n\n"
          "12月11日（金）までにご提出ください。\n" + sig("morishita", 0)))

# m44 — three guardians visible (To + Cc)
add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "three families' private addresses visible in To and Cc for a lesson cancellation",
    charset="utf-8", sender=frm("nonomura"),
    to=["rin.hasegawa21@gmail.com"], cc=["tsumugi_okamoto@gmail.com", "kanon-mama@yahoo.co.jp"],
    subject="土曜アンサンブルクラス 休講のお知らせ",
    body=("保護者の皆さま\n\n横浜校の野々村です。\n11月14日（土）のアンサンブルクラスは、講師の体調不良のため休講とさせていただきます。\n"
          "振替日は11月28日（土）同時刻を予定しております。ご都合が悪い場合はお知らせください。\n\n横浜校 野々村\n"))

# m45 — look-alike of the own domain (dropped co.)
add("stop", [], ["lookalike_domain"],
    "schedule meant for a colleague sent to hinode-sangyo.jp (dropped co.)",
    charset="iso-2022-jp", sender=frm("saeki"), to=["hasebe.ryo@hinode-sangyo.jp"],
    subject="Re: 12月のレッスン枠",
    body=("長谷部さん\n\n佐伯です。12月の枠、以下で確定させてください。\n\n"
          "　月　14:00-20:00　ピアノ（南雲）\n　水　15:00-19:00　ヴァイオリン（雲母）\n"
          "　金　16:00-21:00　ピアノ（佐伯）\n　土　 9:00-17:00　リトミック・ソルフェージュ\n\n"
          "> 12月の講師枠を確定したいので、武蔵小杉校の分を送ってください。\n> 長谷部\n"))

# m46 — look-alike of the partner bank
add("stop", [], ["lookalike_domain"],
    "debit totals sent to midori-ginkou.co.jp, a letter-added look-alike of partner midori-ginko.co.jp",
    charset="cp932", sender=frm("otsuki"), to=["furikae-center@midori-ginkou.co.jp"],
    subject="11月分 口座振替 依頼件数のご連絡",
    body=("みどり銀行 口座振替センター ご担当者様\n\n日の出産業 経理部の大槻です。\n"
          "11月27日引落分の件数・金額をお知らせします。データは明日伝送いたします。\n\n"
          "　件数　　　1,284件\n　金額合計　14,962,300円\n　委託者コード　0047-2281\n\nよろしくお願いいたします。\n" + sig("otsuki", 2)))

# m47 — look-alike of the transport partner
add("stop", [], ["lookalike_domain"],
    "bus booking to aoba-unyu.jp, a dropped-co. look-alike of partner aoba-unyu.co.jp",
    charset="utf-8", sender=frm("nonomura"), to=["kashikiri@aoba-unyu.jp"],
    subject="12/5 貸切バス 予約確認",
    body=("青葉運輸 貸切バス課 ご担当者様\n\n横浜校の野々村です。12月5日の貸切バスについて確認させてください。\n\n"
          "・中型バス1台（27名）\n・横浜校前 8:30発 → 箱根 → 18:00 横浜校前着\n・乗客 24名（生徒20名・講師4名）\n\n"
          "見積書番号 AB-26-1187 の内容で確定いたします。\n" + sig("nonomura", 1)))

# m48 — password-protected PDF to a guardian on gmail
add("stop", [], ["unscannable_attachment", "freemail_recipient"],
    "password-protected PDF statement to a guardian's gmail: the attachment cannot be inspected",
    charset="iso-2022-jp", sender=frm("otsuki"), to=["miho.kaneko55@gmail.com"],
    subject="月謝ご請求明細（2026年10月分）",
    body=("金子様\n\nいつも日の出ミュージックスクールをご利用いただきありがとうございます。\n"
          "10月分のご請求明細をお送りします。PDFを開く際のパスワードは、会員番号の下6桁です。\n" + sig("otsuki", 0)),
    attachments=[{"kind": "pdf", "name": "seikyu_202610.pdf", "password": "482913",
                  "lines": ["ご請求明細 2026年10月分", "月謝 13,200円", "教材費 1,650円", "合計 14,850円"]}])

# m49 — corrupt DOCX to a teacher on gmail
add("stop", [], ["unscannable_attachment", "freemail_recipient"],
    "contract DOCX to a teacher's gmail arrives damaged and unreadable",
    charset="utf-8", sender=frm("kanzaki"), to=["ritsuko.piano@gmail.com"],
    subject="業務委託契約書（2027年度）のご確認",
    body=("律子先生\n\nお世話になっております。講師管理の神崎です。\n"
          "2027年度の業務委託契約書をお送りします。内容をご確認いただき、署名・押印のうえご返送ください。\n\n神崎\n"),
    attachments=[{"kind": "corrupt", "name": "契約書_2027.docx"}])

# m50 — teachers' health-check results to the 社労士
_t = adults(5, 1965, 1995)
_tbl = "氏名　　　　　受診日　　　判定　　所見\n"
_find = ["C 要再検査　血圧 162/98、高血圧症で通院中", "B 要経過観察　肝機能 γ-GTP 高値", "D 要精密検査　心電図異常（不整脈）",
         "C 要再検査　空腹時血糖 132、糖尿病疑い", "A 異常なし"]
for p, f in zip(_t, _find):
    _tbl += f"{nm(p)}　　10/{R.randint(1, 28)}　　{f}\n"
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "five teachers' health-check findings (hypertension, arrhythmia…) sent to the outside labour consultant",
    charset="cp932", sender=frm("kiryu"), to=["森川社会保険労務士事務所 坂巻様 <sakamaki@morikawa-sr.jp>"],
    subject="常勤講師 定期健康診断の結果（就業判定のご相談）",
    body=("坂巻様\n\nお世話になっております。桐生です。\n常勤講師の定期健診結果のうち、就業上の配慮が必要か判断に迷う方の一覧です。\n"
          "産業医面談の要否についてご意見をいただけますか。\n\n" + _tbl + sig("kiryu", 0)))

# m51 — a pupil's injury and diagnosis to the insurer
_k = person(False, 2014, 2017)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"], ["personal_data"],
    "accident claim: one named pupil's diagnosis (fracture) and birth date to the insurer",
    charset="iso-2022-jp", sender=frm("miyake"), to=["ひかり損保 事故受付 <jiko@hikari-sonpo.co.jp>"],
    subject="施設賠償責任保険　事故報告（レッスン中の転倒）",
    body=("ひかり損害保険　事故受付ご担当者様\n\n証券番号 HS-26-004417 の契約者、日の出産業株式会社の三宅です。\n"
          "レッスン中の事故についてご報告いたします。\n\n"
          f"■被害者　　{nm(_k)}（{dob(_k, 'kanji')}生、{grade(_k)}）\n"
          "■発生日時　2026年10月24日（土）11:20頃\n■場所　　　日の出ダンススタジオ横浜 Aスタジオ\n"
          "■状況　　　ジャンプの着地時にバランスを崩し転倒、右手をついた\n"
          "■診断　　　右橈骨遠位端骨折（全治8週間）、横浜みなと整形外科にて診断書あり\n\n"
          "必要書類をお知らせください。\n" + sig("miyake", 1)))

# m52 — a hearing-impaired pupil's accommodation request to the exam association
_k = person(False, 2012, 2015, sei=("薬袋", "ミナイ", "Minai"))
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named pupil's hearing disability (手帳の等級) sent to the exam association",
    charset="utf-8", sender=frm("hasebe"), to=["受験受付 <uketsuke@zen-on-grade.or.jp>"],
    subject="受験時の配慮申請について（12月期）",
    body=("全日本音楽グレード協会　受験受付係　御中\n\nお世話になっております。日の出ミュージックスクールの長谷部です。\n"
          f"12月期に8級を受験する{nm(_k)}さんについて、受験時の配慮をお願いしたくご連絡しました。\n\n"
          "ご本人は両耳に感音性難聴があり、身体障害者手帳（聴覚障害4級）をお持ちです。補聴器を使用しています。\n"
          "聴音の試験では、スピーカーに近い席と、口頭指示の筆記での補足をお願いできますでしょうか。\n\n"
          "申請書の様式があればお送りください。\n" + sig("hasebe", 0)))

# m53 — performers' allergy list (XLSX) to the caterer
_k = kids(12, 2011, 2019)
_al = ["なし", "卵", "小麦", "そば（アナフィラキシー既往）", "乳", "なし", "えび・かに", "ピーナッツ（エピペン所持）", "なし", "キウイ", "大豆", "なし"]
_rows = [["出演者弁当　アレルギー対応表"], ["No", "氏名", "学年", "アレルギー", "備考"]]
for i, (k, a) in enumerate(zip(_k, _al), 1):
    _rows.append([i, nm(k), grade(k), a, "除去食" if a != "なし" else ""])
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "twelve named pupils with food allergies / anaphylaxis history in an XLSX to the caterer",
    charset="cp932", sender=frm("morishita"), to=["北国フーズ 受注係 <juchu@kitaguni-foods.co.jp>"],
    subject="発表会 出演者弁当のアレルギー対応について",
    body=("北国フーズ　受注係　ご担当者様\n\nお世話になっております。日の出産業 発表会事務局の森下です。\n"
          "出演者弁当のうち、アレルギー対応が必要な子がいますので一覧をお送りします。\n"
          "除去食が難しいものがあれば早めにご連絡ください。\n" + sig("morishita", 2)),
    attachments=[{"kind": "xlsx", "name": "アレルギー対応表.xlsx", "sheets": {"出演者": _rows}}])

# m54 — reply thread: new text adds a list of make-up lessons to a freelance teacher on outlook.jp
_k = kids(5, 2012, 2019)
_new = ""
for k in _k:
    _new += f"　{nm(k)}（{grade(k)}）　母 {phone()}\n"
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "new text of a reply lists five pupils with mothers' mobiles for an outside teacher's outlook.jp address",
    charset="iso-2022-jp", sender=frm("saeki"), to=["nagumo.sayaka@outlook.jp"],
    subject="Re: 振替レッスンの件",
    body=("南雲先生\n\nご快諾ありがとうございます！助かります。\n振替をお願いしたい5名と、保護者の連絡先です。\n"
          "日時は先生から直接ご連絡いただけますか。\n\n" + _new +
          "\n佐伯\n\n-----Original Message-----\n差出人: 南雲 さやか\n送信日時: 2026年11月2日 21:14\n件名: Re: 振替レッスンの件\n\n"
          "佐伯先生\n来週の火曜と木曜の夕方なら空いています。5名くらいまでなら大丈夫です。\n南雲\n"))

# m55 — homoglyph look-alike of the own domain
add("stop", [], ["lookalike_domain"],
    "reply to hinode-sangy0.co.jp (zero for o): a homoglyph of the company's own domain",
    charset="utf-8", sender=frm("nonomura"), to=["佐伯 美和子 <saeki.miwako@hinode-sangy0.co.jp>"],
    subject="Re: 月謝改定のお知らせ文（案）",
    body=("佐伯校長\n\n野々村です。お知らせ文の案、拝見しました。\n"
          "「諸物価高騰のため」の一文は、「講師の処遇改善と設備更新のため」に変えた方が伝わりやすいと思います。\n"
          "改定額の表は、コース別に並べ替えておきました。\n\n"
          "　ピアノ 30分×3回　 9,900円 → 10,450円\n　ピアノ 45分×3回　13,200円 → 13,970円\n"
          "　バレエ 週1回　　　 8,800円 →  9,350円\n\n野々村\n"))

# =====================================================================================
# PASS — ordinary mail of the schools
# =====================================================================================

# p01 — programme proof (names + pieces only) to the printing partner
_k = kids(16, 2011, 2020)
_tab = [["出演順", "出演者", "曲目"]] + [[str(i), nm(k), R.choice(PIECES)] for i, k in enumerate(_k, 1)]
add("pass", [], [],
    "programme copy: pupils' names with the pieces they play, no other data, to the printing partner",
    charset="iso-2022-jp", sender=frm("morishita"), to=["錦印刷 営業部 水無瀬様 <minase@nishiki-insatsu.co.jp>"],
    subject="第18回ピアノ発表会 プログラム原稿",
    body=("錦印刷株式会社\n営業部 水無瀬様\n\nいつもお世話になっております。日の出産業 発表会事務局の森下です。\n"
          "プログラムの原稿（第1部）をお送りします。第2部は来週お送りします。\n"
          "体裁は昨年と同じB5二つ折り、300部でお願いいたします。\n" + sig("morishita")),
    attachments=[{"kind": "docx", "name": "プログラム原稿_第1部.docx",
                  "paragraphs": ["第18回 日の出ミュージックスクール ピアノ発表会", "2026年11月23日（月・祝）13:00開演　青空文化ホール 小ホール",
                                 "第1部"], "tables": [_tab]}])

# p02 — hall booking confirmation
add("pass", [], [],
    "booking confirmation with a reservation number and fees: ordinary business mail to the hall",
    charset="cp932", sender=frm("morishita"), to=["青空文化ホール 予約係 <yoyaku@aozora-hall.or.jp>"],
    subject="Re: 小ホール利用承認のお知らせ（受付番号 AZ-2026-1123-04）",
    body=("青空文化ホール 予約係 ご担当者様\n\n利用承認書、確かに受領いたしました。ありがとうございます。\n\n"
          "受付番号：AZ-2026-1123-04\n利用日：2026年11月23日（月・祝）9:00〜19:00\n"
          "利用料：小ホール 全日 88,000円、ピアノ使用料 16,500円、調律 22,000円（いずれも税込）\n\n"
          "利用料は11月9日までに振込みいたします。\n打合せは11月2日（月）14時にお伺いします。\n\n"
          "> 受付番号 AZ-2026-1123-04 にて利用を承認しましたのでお知らせします。\n"
          "> 利用料は利用日の2週間前までにお支払いください。\n" + sig("morishita", 0)))

# p03 — invoice query with the vendor's registration (T) number
_tno = "T" + corp_no("020111045871")
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "invoice query quoting the vendor's 適格請求書 registration number (a company number, not a person)",
    charset="utf-8", sender=frm("otsuki"), to=["経理部 <keiri@photo-hibiki.co.jp>"],
    subject="請求書番号 PH-26-0918 の登録番号について",
    body=("株式会社フォトスタジオ響　経理部　御中\n\nお世話になっております。日の出産業 経理部の大槻です。\n"
          "9月30日付の請求書（請求書番号 PH-26-0918、発表会撮影費 242,000円）について確認させてください。\n"
          f"記載の登録番号「{_tno}」で国税庁の公表サイトを検索したところ、\n"
          "登録上の名称が「有限会社フォトスタジオ響」となっておりました。\n組織変更に伴うものでしたら、そのままで問題ございません。\n"
          "念のためご確認いただけますと幸いです。\n" + sig("otsuki")))

# p04 — internal: full guardian list CSV between staff
_rows = [["生徒氏名", "保護者氏名", "住所", "携帯", "メール"]]
for i in range(20):
    k = person(False)
    g = guardian(k)
    z, a = addr()
    _rows.append([nm(k, " "), nm(g, " "), f"〒{z} {a}", phone(), mail_of(g)])
add("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
    "guardian roster with addresses, phones and e-mails, but every recipient is internal",
    charset="cp932", sender=frm("nonomura"), to=["saeki.miwako@hinode-sangyo.co.jp"],
    cc=["hasebe.ryo@hinode-sangyo.co.jp"],
    subject="横浜校 在籍者名簿（10月末）",
    body=("佐伯校長\n（cc：長谷部さん）\n\n野々村です。10月末時点の在籍者名簿をお送りします。\n"
          "年末の会報発送の宛名にお使いください。\n\n野々村\n"),
    attachments=[{"kind": "csv", "name": "zaiseki_yokohama_202610.csv", "rows": _rows}])

# p05 — internal: teachers' My Numbers to accounting
_t = adults(5, 1970, 1996)
_rows = [["講師名", "個人番号", "確認書類"]] + [[nm(p), mynum(), R.choice(["個人番号カード", "通知カード＋免許証"])] for p in _t]
add("pass", ["PERSON_NAME", "JP_MY_NUMBER"], [],
    "teachers' My Numbers between 講師管理 and 経理: all recipients internal",
    charset="iso-2022-jp", sender=frm("kanzaki"), to=["大槻 慎吾 <otsuki.shingo@hinode-sangyo.co.jp>"],
    subject="新任講師の個人番号（5名分）",
    body=("大槻さん\n\n講師管理の神崎です。今期から業務委託になった講師5名の個人番号です。\n"
          "本人確認書類は確認済みです。ファイルは確認後に削除をお願いします。\n\n神崎\n"),
    attachments=[{"kind": "xlsx", "name": "個人番号_新任講師.xlsx", "sheets": {"Sheet1": _rows}}])

# p06 — internal: 社外秘 pay-scale draft
add("pass", [], [],
    "社外秘-stamped draft circulated among internal staff only",
    charset="utf-8", sender=frm("kiryu"), to=["hiiragi.shinichi@hinode-sangyo.co.jp", "kanzaki.yuki@hinode-sangyo.co.jp"],
    subject="【社外秘】講師報酬テーブル改定案 v3",
    body=("柊部長、神崎さん\n\n人事課の桐生です。改定案v3です。B区分の単価を200円上げた版にしています。\n"
          "金曜の会議までにコメントをください。\n\n桐生\n"),
    attachments=[{"kind": "docx", "name": "講師報酬テーブル改定案_v3.docx", "page_header": "社外秘",
                  "paragraphs": ["講師報酬テーブル改定案（2027年4月適用）", "A区分 3,500円 / B区分 3,000円 / C区分 2,600円"]}])

# p07 — reply to one guardian about a make-up lesson
add("pass", [], ["freemail_recipient"],
    "a make-up lesson reply to one guardian's gmail, with her question quoted",
    charset="iso-2022-jp", sender=frm("nonomura"), to=["tsumugi_okamoto@gmail.com"],
    subject="Re: 振替レッスンのお願い",
    body=("岡本様\n\nご連絡ありがとうございます。横浜校の野々村です。\n"
          "11月18日（水）16:30からの枠で振替を承りました。担当は同じく雲母先生です。\n"
          "当日は通常どおり受付でお名前をお伝えください。\n\n"
          "On 2026/11/10 20:41, 岡本 wrote:\n> いつもお世話になっております。\n"
          "> 14日は学校行事のため、振替をお願いできますでしょうか。\n> 平日の夕方だと助かります。\n" + sig("nonomura", 2)))

# p08 — exam result to one guardian
add("pass", [], ["freemail_recipient"],
    "telling one family their own child's exam result; no identifiers or contact data",
    charset="cp932", sender=frm("hasebe"), to=["watanuki.home@yahoo.co.jp"],
    subject="グレード試験の結果について",
    body=("四月一日様\n\nいつも日の出ミュージックスクールをご利用いただきありがとうございます。\n"
          "先日受験された琴音さんのピアノグレード7級の結果が届きました。\n"
          "見事合格です！演奏の講評では「曲の表情づけが豊か」と高い評価をいただいています。\n\n"
          "合格証は次回のレッスン時にお渡しします。\n次は6級に向けて、雲母先生と一緒に準備していきましょう。\n" + sig("hasebe", 3)))

# p09 — reply to the hall; the guardians' list is only in the quoted part
_q = ""
for k in kids(6):
    _q += f"> {nm(k, ' ')}　保護者 {phone()}\n"
add("pass", [], [],
    "reply whose only personal data is in the quoted text of the hall's own mail",
    charset="utf-8", sender=frm("saeki"), to=["かなでホール 戸叶様 <tokanou@kanade-hall.jp>"],
    subject="Re: 第1部 緊急連絡先の確認",
    body=("戸叶様\n\nご確認ありがとうございます。記載のとおりで間違いございません。\n"
          "当日は受付に控えを置いておきます。\n\n佐伯\n\n"
          "-----Original Message-----\nFrom: 戸叶 <tokanou@kanade-hall.jp>\nSent: Tuesday, November 17, 2026 10:02 AM\n"
          "Subject: 第1部 緊急連絡先の確認\n\n> 佐伯様\n> お送りいただいた一覧のうち、次の方々の連絡先を確認させてください。\n" + _q))

# p10 — three-way meeting: hall + video vendor
add("pass", [], ["multiple_external_domains"],
    "meeting mail with two external organisations (hall and video firm): a normal three-way mail",
    charset="iso-2022-jp", sender=frm("morishita"),
    to=["青空文化ホール 舞台管理 <butai@aozora-hall.or.jp>"], cc=["きらめき映像 沖田様 <okita@kirameki-video.com>"],
    subject="11/23 発表会 舞台・収録 打合せの件",
    body=("青空文化ホール 舞台管理ご担当者様\nきらめき映像 沖田様\n\nお世話になっております。日の出産業の森下です。\n"
          "発表会の収録について、三者で打合せの場を設けさせてください。\n\n"
          "　日時案：11月10日（火）10:00〜11:00　または　11月11日（水）15:00〜16:00\n"
          "　場所：青空文化ホール 2階 会議室\n　議題：カメラ位置、客席の撮影禁止エリア、電源の取り回し\n\n"
          "ご都合をお知らせください。\n" + sig("morishita", 0)))

# p11 — list of the company's schools (business addresses) for a flyer
add("pass", [], [],
    "list of the company's own school branches with their addresses and phones: businesses, not people",
    charset="cp932", sender=frm("hasebe"), to=["錦印刷 デザイン室 <design@nishiki-insatsu.co.jp>"],
    subject="春の体験レッスン チラシ 校舎一覧の差し替え",
    body=("錦印刷 デザイン室 御中\n\n長谷部です。チラシ裏面の校舎一覧を下記に差し替えてください。\n\n"
          "校舎名　　　　　　　　所在地　　　　　　　　　　　　　　　　　　電話\n"
          "-------------------- ------------------------------------------ -------------\n"
          "武蔵小杉校　　　　　　川崎市中原区小杉町2-276-1 日の出ビル3F　　044-712-3310\n"
          "横浜校　　　　　　　　横浜市西区高島2-14-9 ヨコハマSビル3F　　　045-441-2280\n"
          "溝の口校　　　　　　　川崎市高津区溝口1-8-2 NKビル2F　　　　　　044-811-0520\n"
          "日吉校　　　　　　　　横浜市港北区日吉2-1-15 2F　　　　　　　　 045-562-7731\n"
          "ダンススタジオ横浜　　横浜市西区高島2-14-9 ヨコハマSビル B1F　　045-441-2290\n\n"
          "日吉校は来春の掲載を見合わせる可能性があります。確定次第ご連絡します。\n" + sig("hasebe", 2)))

# p12 — candidate halls (businesses) to the event agency
add("pass", [], [],
    "comparison of candidate concert halls with their switchboards: a list of venues, not people",
    charset="utf-8", sender=frm("morishita"), to=["ハーモニー企画 イベント部 <event@harmony-kikaku.co.jp>"],
    subject="2027年春 合同発表会 会場候補",
    body=("ハーモニー企画 イベント部 御中\n\n森下です。合同発表会の会場候補を整理しました。\n\n"
          "・青空文化ホール 小ホール（302席）　代表 044-700-1180　全日 88,000円\n"
          "・かなでホール（350席）　代表 045-620-3300　全日 121,000円\n"
          "・港南音楽堂（280席）　代表 045-830-2210　全日 77,000円\n"
          "・桜ヶ丘市民文化センター 大ホール（800席）　代表 042-371-5500　全日 165,000円\n\n"
          "いずれもスタインウェイD-274あり。御社の手配可能な日程と合わせてご提案いただけますか。\n" + sig("morishita", 1)))

# p13 — mail about an NDA with the system partner
add("pass", [], [],
    "mail about signing an NDA (秘密保持契約) with the system partner; no marking, no data",
    charset="iso-2022-jp", sender=frm("hasebe"), to=["ツバサシステム 営業部 <eigyo@tsubasa-system.jp>"],
    subject="秘密保持契約書の締結について",
    body=("株式会社ツバサシステム 営業部 ご担当者様\n\nお世話になっております。日の出産業の長谷部です。\n"
          "生徒管理システムの移行プロジェクト開始にあたり、秘密保持契約書（NDA）を締結させていただきたく存じます。\n"
          "弊社ひな形をベースに、第5条（秘密情報の範囲）に会員データを含める形で修正しております。\n"
          "法務確認後、電子契約で回付いたしますので、ご担当者様のお名前とメールアドレスをお知らせください。\n" + sig("hasebe") + DISC_JP))

# p14 — ordinary mail with the standard disclaimer
add("pass", [], [],
    "ordinary stage-equipment mail ending in the standard confidentiality disclaimer",
    charset="cp932", sender=frm("miyake"), to=["ステージワークス 照明部 <shomei@stageworks.co.jp>"],
    subject="ダンス発表会 照明プラン 最終版",
    body=("株式会社ステージワークス 照明部 御中\n\n三宅です。照明プランの最終版、確認しました。\n"
          "ナンバー12（ジャズ）のみ、曲頭のピンスポットを2灯にしていただけますか。\n"
          "その他は送っていただいた案で問題ありません。\n\n"
          "仕込みは12月19日（土）8:00〜、場当たりは13:00からでお願いします。\n" + sig("miyake", 1) + DISC_JP2))

# p15 — three teachers' contact for a seminar (≤4 people)
_t = adults(3, 1975, 1995)
_b = "".join(f"{i}. {nm(p)}　{phone()}\n" for i, p in enumerate(_t, 1))
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three teachers' names and mobiles for a seminar registration: under five people (may warn)",
    charset="utf-8", sender=frm("kanzaki"), to=["ピアノ指導者協会 研修係 <kenshu@piano-shidosha.or.jp>"],
    subject="12/6 指導者セミナー 参加申込（3名）",
    body=("ピアノ指導者協会　研修係　御中\n\n日の出ミュージックスクールの神崎です。\n"
          "12月6日の指導者セミナーに、弊社から下記3名が参加いたします。当日の連絡先も記載します。\n\n" + _b +
          "\n参加費 3名分 19,800円は請求書払いでお願いいたします。\n" + sig("kanzaki", 0)))

# p16 — piano tuning schedule (rooms) to the instrument supplier
add("pass", [], [],
    "piano tuning schedule by room: no personal data",
    charset="iso-2022-jp", sender=frm("saeki"), to=["トニカ楽器 調律課 <chouritsu@tonika-gakki.co.jp>"],
    subject="冬季 調律日程のご相談（武蔵小杉校）",
    body=("トニカ楽器　調律課　御中\n\n武蔵小杉校の佐伯です。冬季の定期調律をお願いします。\n\n"
          "　部屋　　　　機種　　　　　　　　希望日\n"
          "　第1教室　　グランド C3X　　　　12/1（火）午前\n"
          "　第2教室　　グランド G2　　　　 12/1（火）午後\n"
          "　第3教室　　アップライト U3H　　12/3（木）午前\n"
          "　ホール　　 グランド C7　　　　 12/3（木）午後\n\n"
          "第2教室のG2は中音域の1本の弦の雑音が気になるので、併せて見ていただけると助かります。\n" + sig("saeki", 2)))

# p17 — English: travel arrangements for an overseas adjudicator
add("pass", [], [],
    "English mail to a foreign adjudicator about her own itinerary (flight, hotel): ordinary",
    charset="utf-8", sender=frm("todo"), to=["Prof. Katarina Weiss <k.weiss@mdw-musik.at>"],
    subject="Your visit to Tokyo - itinerary",
    body=("Dear Professor Weiss,\n\nThank you very much for accepting our invitation to adjudicate the Hinode Youth Piano Festival.\n"
          "Please find your itinerary below.\n\n"
          "  Feb 18  OS 51  Vienna 13:45 -> Tokyo Haneda 09:30 (+1)\n"
          "  Feb 19  Pick-up at Haneda arrivals (our staff will hold a sign)\n"
          "  Feb 19-23  Sakura Hotel Kawasaki, confirmation no. SKH-88213\n"
          "  Feb 21  Festival day, Aozora Culture Hall\n  Feb 23  NH 203  Haneda 11:15 -> Vienna\n\n"
          "Your honorarium will be transferred in EUR after the festival, as agreed.\n"
          + sig_en("todo", "Rena", "Todo", "Competitions & International Relations") + DISC_EN))

# p18 — fee table to a prospective parent
add("pass", [], ["freemail_recipient"],
    "course fees sent to a prospective parent's yahoo address: a price list",
    charset="cp932", sender=frm("nonomura"), to=["shiori_mama_1986@yahoo.co.jp"],
    subject="体験レッスンのご案内と月謝について",
    body=("この度はお問い合わせいただきありがとうございます。日の出ミュージックスクール横浜校の野々村です。\n\n"
          "ご質問いただいた月謝は以下のとおりです（税込）。\n\n"
          "・ピアノ（個人）30分×月3回　9,900円\n・ピアノ（個人）45分×月3回　13,200円\n"
          "・リトミック（グループ）50分×月3回　7,700円\n・入会金　11,000円（体験当日のご入会で半額）\n・施設維持費　月550円\n\n"
          "体験レッスンは毎週土曜10:00〜12:00に承っております。ご都合のよい日をお知らせください。\n" + sig("nonomura", 3)))

# p19 — one renter's details to the rental partner
_g = person(True, 1980, 1988, sei=("五月女", "ソウトメ", "Sotome"))
_z, _a = addr(True)
add("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "one renter's name, address and phone for a repair pick-up: a single person's record (may warn)",
    charset="iso-2022-jp", sender=frm("usami"), to=["トニカ楽器 修理受付 <shuri@tonika-gakki.co.jp>"],
    subject="レンタルチェロ 引取修理のお願い（契約番号 RT-21847）",
    body=("トニカ楽器 修理受付 ご担当者様\n\n楽器レンタル課の宇佐美です。\nレンタル中のチェロ（3/4）の駒が倒れてしまったとのことで、ご自宅への引取をお願いします。\n\n"
          f"契約番号：RT-21847\n契約者：{nm(_g)} 様\n住所：〒{_z} {_a}\n連絡先：{phone()}（平日18時以降）\n\n"
          "代替楽器の貸出もお願いできますでしょうか。\n" + sig("usami", 0)))

# p20 — tracking number to a guardian
add("pass", [], ["freemail_recipient"],
    "shipping notice with a tracking number to one guardian's icloud address",
    charset="utf-8", sender=frm("usami"), to=["ishida.family@icloud.com"],
    subject="レンタルヴァイオリン発送のお知らせ",
    body=("石田様\n\nお待たせいたしました。サイズ交換のヴァイオリン（1/2）を本日発送いたしました。\n\n"
          "　配送：青葉運輸\n　お問い合わせ番号：4418-2290-7731\n　お届け予定：11月12日（木）午前中\n\n"
          "お手元の1/4サイズは、同梱の返送用伝票で着払いにてお送りください。\n" + sig("usami", 1)))

# p21 — internal: pupils' health notes for the recital
_k = kids(4, 2013, 2019)
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "pupils' health notes shared among recital staff: all recipients internal",
    charset="cp932", sender=frm("morishita"),
    to=["saeki.miwako@hinode-sangyo.co.jp", "nonomura.aya@hinode-sangyo.co.jp", "hasebe.ryo@hinode-sangyo.co.jp"],
    subject="発表会当日 配慮が必要な出演者（スタッフ限り）",
    body=("スタッフ各位\n\n森下です。当日、舞台袖と控室で気にかけていただきたい出演者です。\n\n"
          f"■{nm(_k[0])}（{grade(_k[0])}）… 1型糖尿病。本番前に血糖測定、補食あり\n"
          f"■{nm(_k[1])}（{grade(_k[1])}）… 喘息。吸入器は母が客席で保管\n"
          f"■{nm(_k[2])}（{grade(_k[2])}）… ADHDの診断あり。待ち時間が長いと不安定に、袖での待機は直前のみ\n"
          f"■{nm(_k[3])}（{grade(_k[3])}）… 先月 手首を骨折、今回は左手のみの曲に変更\n\n外部の方には共有しないでください。\n森下\n"))

# p22 — fee talk with one teacher candidate on gmail
add("pass", [], ["freemail_recipient"],
    "contract terms discussed with one teacher candidate at her gmail: no identifiers",
    charset="iso-2022-jp", sender=frm("kanzaki"), to=["kaede.flute.0722@gmail.com"],
    subject="Re: 講師募集への応募について",
    body=("楓様\n\nこの度はご応募ありがとうございました。講師管理の神崎です。\n"
          "面談でお話しした条件を改めてお送りします。\n\n"
          "・契約形態：業務委託（1年更新）\n・報酬：30分レッスン 1コマ 2,600円（初年度）\n"
          "・担当：溝の口校 火・木 15:00〜20:00\n・交通費：月15,000円まで実費\n\n"
          "ご承諾いただけましたら、契約書類をお送りします。\n\n"
          "> 条件面について、書面でいただくことは可能でしょうか。\n" + sig("kanzaki", 1)))

# p23 — lesson timetable to an outside (freelance) teacher
add("pass", [], [],
    "lesson timetable with teachers' surnames by slot: no personal data",
    charset="utf-8", sender=frm("hasebe"), to=["info@studio-kanon.jp"],
    subject="1月からの溝の口校 時間割（ご担当枠）",
    body=("スタジオ花音 加納先生\n\n長谷部です。1月からの溝の口校の時間割が固まりました。\n\n"
          "曜日\t時間\t\t教室\t担当\n火\t15:00-18:00\t第1\t加納\n火\t18:00-20:00\t第1\t南雲\n"
          "木\t15:00-20:00\t第2\t加納\n土\t10:00-13:00\t第1\t雲母\n\n"
          "年明け最初のレッスンは1月6日（火）です。どうぞよろしくお願いいたします。\n" + sig("hasebe", 2)))

# p24 — ordinary use of the word 機密 to the photo studio
add("pass", [], [],
    "mentions 機密保持 in running text about photo data handling: not a marking",
    charset="cp932", sender=frm("morishita"), to=["フォトスタジオ響 片桐様 <katagiri@photo-hibiki.co.jp>"],
    subject="撮影データの受け渡し方法について",
    body=("片桐様\n\nお世話になっております。森下です。\n"
          "撮影データの受け渡しですが、昨年の機密保持契約に沿って、USBメモリでの郵送ではなく、\n"
          "御社の販売サイトへの直接アップロードのみとしていただけますでしょうか。\n"
          "販売期間終了後のデータ削除証明も、例年どおりお願いいたします。\n" + sig("morishita", 2)))

# p25 — announcement to guardians in Bcc
add("pass", [], ["freemail_recipient"],
    "announcement to many guardians correctly placed in Bcc (To is the school itself)",
    charset="iso-2022-jp", sender=frm("saeki"), to=["musashikosugi@hinode-sangyo.co.jp"],
    bcc=["yui.mama0812@gmail.com", "k_tanaka_1983@yahoo.co.jp", "hibiki.papa@icloud.com",
         "sakura-koharu@docomo.ne.jp", "m.ishikawa77@outlook.jp", "kanon-mama@yahoo.co.jp"],
    subject="【武蔵小杉校】年末年始の休講日について",
    body=("保護者の皆さま\n\nいつもありがとうございます。武蔵小杉校の佐伯です。\n"
          "年末年始の休講期間をお知らせいたします。\n\n　休講：2026年12月28日（月）〜2027年1月5日（火）\n"
          "　レッスン再開：1月6日（水）\n\n※このメールはBCCで一斉送信しております。\n" + sig("saeki", 0)))

# p26 — technical rider
add("pass", [], [],
    "stage technical rider (equipment list) to the stage company",
    charset="utf-8", sender=frm("miyake"), to=["ステージワークス 音響部 <onkyo@stageworks.co.jp>"],
    subject="12/20 ダンス発表会 音響仕込み表",
    body=("ステージワークス 音響部 御中\n\n三宅です。音響の仕込み表を送ります。\n\n"
          "・メインSP：ハウス常設\n・モニター：ステージ前 2台、袖 2台\n・再生：PC（Q-LAB）＋予備CDJ\n"
          "・ワイヤレスマイク：ハンド 2本（MC用）\n・インカム：4系統（舞台監督、照明、音響、袖）\n\n"
          "音源データは12月15日までにクラウドで共有します。\n" + sig("miyake", 2)))

# p27 — bouquet order
add("pass", [], [],
    "flower order with an order number: ordinary purchasing",
    charset="cp932", sender=frm("morishita"), to=["花工房リリィ <order@hana-lily.jp>"],
    subject="ご注文 No.HL-11207 花束の追加",
    body=("花工房リリィ ご担当者様\n\n注文番号 HL-11207 の件で追加をお願いします。\n\n"
          "・講師用花束（3,300円）5束 → 7束に変更\n・ロビー装花（スタンド）1基 追加\n\n"
          "納品は11月23日（月・祝）11:00、青空文化ホール楽屋口へお願いします。\n" + sig("morishita", 0)))

# p28 — four pupils and guardians' phones to the hall (≤4 people)
_k = kids(4, 2011, 2015)
_b = ""
for k in _k:
    _b += f"{nm(k, ' ')} / 保護者 {nm(guardian(k), ' ')} / {phone()}\n"
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "four ensemble members with guardians' phones for a rehearsal pass: under five people (may warn)",
    charset="iso-2022-jp", sender=frm("saeki"), to=["港南音楽堂 <info@konan-ongakudo.jp>"],
    subject="11/3 リハーサル室利用 入館者の連絡",
    body=("港南音楽堂 ご担当者様\n\n武蔵小杉校の佐伯です。11月3日のリハーサル室利用について、\n"
          "ピアノ四重奏の生徒4名が先に入館します。講師は15分遅れて合流します。\n\n" + _b +
          "\n予約番号 KO-1103-2 です。よろしくお願いいたします。\n" + sig("saeki", 1)))

# p29 — English reply; the personal data is only in the quoted mail
_q = ""
for k in kids(5, 2010, 2014):
    _q += f"> - {roma(k)}, {mail_of(guardian(k))}\n"
add("pass", [], [],
    "English reply whose participant list appears only in the quoted message from the recipient",
    charset="utf-8", sender=frm("miyake"), to=["Mia Rodriguez <mia@brightmove-dance.com>"],
    subject="Re: Jazz workshop - who should I send the video to?",
    body=("Hi Mia,\n\nYes, the list below is right. But please don't e-mail the parents directly -\n"
          "just send the warm-up video to me and I will forward it through our parent app.\n\nThanks!\nSae\n\n"
          "On Tue, Nov 10, 2026 at 9:12 PM Mia Rodriguez <mia@brightmove-dance.com> wrote:\n"
          "> Hi Sae, I have these parents' addresses from last year's class. Should I use them?\n" + _q))

# p30 — DVD order form template to the video vendor
add("pass", [], [],
    "blank DVD order form layout and prices: no personal data",
    charset="iso-2022-jp", sender=frm("morishita"), to=["きらめき映像 沖田様 <okita@kirameki-video.com>"],
    subject="DVD/Blu-ray 申込書の文面確認",
    body=("沖田様\n\n申込書の文面を確認しました。以下2点だけ修正をお願いします。\n\n"
          "１．価格：DVD 4,400円 → 4,400円（税込）と明記\n２．締切：12月4日（金）→ 12月7日（月）\n\n"
          "記入欄（お名前・お電話・受け取り校）の配置はこのままで結構です。\n" + sig("morishita", 2)),
    attachments=[{"kind": "pdf", "name": "申込書_修正指示.pdf",
                  "lines": ["第18回ピアノ発表会 DVD/Blu-ray お申込書", "DVD 4,400円（税込）　Blu-ray 5,500円（税込）",
                            "お名前：＿＿＿＿＿＿　お電話：＿＿＿＿＿＿", "受け取り校：武蔵小杉・横浜・溝の口・日吉"]}])

# p31 — timetable PDF to the hall
add("pass", [], [],
    "recital running order with times only, as PDF to the hall",
    charset="utf-8", sender=frm("morishita"), to=["butai@aozora-hall.or.jp"],
    subject="11/23 進行表（確定版）",
    body=("青空文化ホール 舞台管理ご担当者様\n\n進行表の確定版をお送りします。前回からの変更は休憩時間のみです。\n" + sig("morishita", 0)),
    attachments=[{"kind": "pdf", "name": "進行表_確定版.pdf", "title": "進行表",
                  "lines": ["第18回ピアノ発表会 進行表"],
                  "table": [["時刻", "内容", "備考"], ["9:00", "搬入・調律", ""], ["10:00", "リハーサル", "1人2分"],
                            ["12:15", "開場", ""], ["13:00", "第1部", "16名"], ["14:20", "休憩", "15分"],
                            ["14:35", "第2部", "18名"], ["16:10", "講師演奏", ""], ["16:40", "集合写真", ""],
                            ["17:30", "撤収完了", ""]]}])

# p32 — costume order by sizes
add("pass", [], [],
    "costume order as counts per size: no one's measurements",
    charset="cp932", sender=frm("miyake"), to=["ルミエール衣装工房 <shop@lumiere-costume.com>"],
    subject="発表会衣装 発注（HIPHOPキッズ）",
    body=("ルミエール衣装工房 ご担当者様\n\n三宅です。見本どおりのセットアップで発注します。\n\n"
          "　サイズ　120：3着　130：6着　140：8着　150：4着　S：2着\n　色：ブラック×ゴールドライン\n"
          "　合計：23着（単価 6,380円）\n\n12月10日納品でお願いします。\n" + sig("miyake", 3)))

# p33 — a teacher's own pay statement to her own gmail
_p = person(True, 1985, 1993, sei=("一尺八寸", "カマツカ", "Kamatsuka"))
add("pass", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data", "freemail_recipient"],
    "a teacher's own payment notice and account sent to her own gmail: one person (may warn)",
    charset="iso-2022-jp", sender=frm("otsuki"), to=["kamatsuka.violin@gmail.com"],
    subject="10月分 報酬のお支払いについて",
    body=(f"{nm(_p, ' ')} 先生\n\nいつもありがとうございます。日の出産業 経理部の大槻です。\n10月分の報酬をお知らせします。\n\n"
          f"　レッスン数　42コマ\n　報酬額　　　117,600円（源泉徴収税 12,006円）\n　振込額　　　105,594円\n"
          f"　振込先　　　みどり銀行 武蔵小杉支店 普通 {acct()}\n　振込日　　　11月10日\n\nご確認ください。\n" + sig("otsuki", 0)))

# p34 — exam venue booking with counts only
add("pass", [], [],
    "exam venue booking with applicant counts per grade: no individuals",
    charset="utf-8", sender=frm("hasebe"), to=["試験運営部 <unei@zen-on-grade.or.jp>"],
    subject="12月期 会場提供（武蔵小杉校）について",
    body=("全日本音楽グレード協会　試験運営部　御中\n\n日の出ミュージックスクールの長谷部です。\n"
          "12月期も武蔵小杉校を試験会場としてご提供いたします。受験者数は以下のとおりです。\n\n"
          "　10級 6名 / 9級 9名 / 8級 11名 / 7級 5名 / 6級 2名　計33名\n\n"
          "試験日：12月13日（日）9:30〜16:00、ホールと第1教室を控室として用意します。\n" + sig("hasebe", 1)))

# p35 — internal: a teacher's arrest, to internal HR/legal
_p = person(True, 1980, 1988, sei=("我孫子", "アビコ", "Abiko"))
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "a teacher's arrest discussed between internal departments only",
    charset="cp932", sender=frm("hiiragi"), to=["kiryu.hayato@hinode-sangyo.co.jp"],
    cc=["legal@hinode-sangyo.co.jp"],
    subject="至急：講師の件",
    body=(f"桐生さん、法務各位\n\n柊です。ダンス講師の{nm(_p)}さんが昨夜、傷害の疑いで逮捕されたと奥様から電話がありました。\n"
          "本人とはまだ連絡が取れていません。\n本日のレッスン（17時〜3クラス）は三宅さんが代講します。\n"
          "保護者への説明文案を午後に相談させてください。\n\n柊\n"))

# p36 — city cultural festival application (business contact only)
add("pass", [], [],
    "participation form for a city festival with the school's business contact",
    charset="iso-2022-jp", sender=frm("hiiragi"), to=["桜ヶ丘市 文化振興課 <bunka@city.sakuragaoka.lg.jp>"],
    subject="桜ヶ丘市民文化祭 ステージ発表 参加申込",
    body=("桜ヶ丘市 文化振興課 御中\n\n市民文化祭のステージ発表に参加を申し込みます。\n\n"
          "団体名：日の出ダンススタジオ（日の出産業株式会社）\n演目：キッズジャズ、HIPHOP（計2演目・各4分）\n"
          "出演人数：小学生 26名\n連絡担当：ダンス教室事業部 柊（045-441-2290）\n\n"
          "リハーサル日程が決まりましたらお知らせください。\n" + sig("hiiragi", 1)))

# p37 — FW of the hall's mail to the video vendor
add("pass", [], [],
    "forward of the hall's business mail (load-in rules, its staff contact) to the video firm",
    charset="utf-8", sender=frm("morishita"), to=["きらめき映像 沖田様 <okita@kirameki-video.com>"],
    subject="FW: 搬入・駐車について（青空文化ホール）",
    body=("沖田様\n\nホールから搬入の案内が来ましたので転送します。機材車は1台までとのことです。\n\n森下\n\n"
          "---------- Forwarded message ---------\nFrom: 青空文化ホール 舞台管理 <butai@aozora-hall.or.jp>\n"
          "Subject: 搬入・駐車について\n\n日の出産業 森下様\n\n"
          "搬入口は建物北側です。駐車は搬入車両1台まで、9:00〜18:00で承ります。\n"
          "当日の舞台担当は館山（直通 044-700-1185）です。\n\n公益財団法人 青空文化振興財団 青空文化ホール\n"))

# p38 — aggregated survey results to the agency
add("pass", [], [],
    "aggregated parent-survey percentages sent to the marketing agency",
    charset="cp932", sender=frm("hasebe"), to=["ハーモニー企画 マーケティング部 <mkt@harmony-kikaku.co.jp>"],
    subject="保護者アンケート集計結果（2026秋）",
    body=("ハーモニー企画 マーケティング部 御中\n\n長谷部です。秋の保護者アンケートの集計結果です（回答数 612／回収率 47.7%）。\n\n"
          "　レッスン内容に満足　　　　　 86.4%\n　振替制度が使いやすい　　　　 58.2%\n"
          "　発表会の回数はちょうどよい　 71.0%\n　月謝の水準は妥当　　　　　　 63.5%\n\n"
          "自由記述は属性を除いたテキストのみ別途お送りします。\n" + sig("hasebe", 0)))

# p39 — two guardians (both gmail) about duet practice
add("pass", [], ["freemail_recipient"],
    "two families (same free-mail domain) in To for a duet rehearsal: fewer than three parties",
    charset="iso-2022-jp", sender=frm("saeki"), to=["yui.mama0812@gmail.com", "hibiki.piano.family@gmail.com"],
    subject="連弾の合わせ練習について",
    body=("結衣ちゃんのお母さま、響くんのお母さま\n\nいつもありがとうございます。佐伯です。\n"
          "発表会の連弾、二人ともとても上手になってきました！\n本番前に一度、ホールと同じグランドピアノで合わせをしたいと思います。\n\n"
          "　候補：11月14日（土）16:00〜16:45　武蔵小杉校ホール\n\nご都合いかがでしょうか。\n佐伯\n"))

# p40 — internal subdomain: new pupils list
_rows = "氏名,生年月日,保護者携帯,コース\n"
for k in kids(7, 2016, 2021):
    _rows += f"{nm(k, ' ')},{dob(k, 'slash')},{phone()},{R.choice(['リトミック', 'ピアノ30分', 'バレエ入門'])}\n"
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], [],
    "new pupils' list sent to a school mailbox on an internal subdomain",
    charset="utf-8", sender=frm("hasebe"), to=["溝の口校 <mizonokuchi@music.hinode-sangyo.co.jp>"],
    subject="11月入会者（溝の口校）",
    body=("溝の口校 受付各位\n\n教務課の長谷部です。本部で受け付けた11月入会者です。クラス名簿への登録をお願いします。\n\n"
          + _rows + "\n長谷部\n"))

# p41 — hall rental request to the partner hotel
add("pass", [], [],
    "banquet-room booking for a workshop at the partner hotel: ordinary",
    charset="cp932", sender=frm("hiiragi"), to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="1/17 宴会場ご予約（ダンスワークショップ）",
    body=("さくらホテル 宴会予約ご担当者様\n\n日の出産業 ダンス教室事業部の柊です。\n"
          "1月17日（日）に下記のとおり宴会場をお借りしたくご連絡しました。\n\n"
          "　時間　10:00〜17:00（準備・撤収含む）\n　人数　約40名（生徒・講師）\n"
          "　希望　床がフローリングのお部屋、姿見があれば3台ほど\n　飲食　昼食弁当 40食（持込不可でしたら手配をお願いします）\n\n"
          "お見積りをお願いいたします。\n" + sig("hiiragi", 0)))

# p42 — repair update to a guardian on docomo
add("pass", [], ["freemail_recipient"],
    "repair status with a repair number to one guardian's carrier address",
    charset="iso-2022-jp", sender=frm("usami"), to=["haruto-mama@docomo.ne.jp"],
    subject="Re: 電子ピアノの修理について",
    body=("ご連絡ありがとうございます。楽器レンタル課の宇佐美です。\n\n"
          "修理受付番号 SR-26-0412 で承っております。基板交換のため、部品の入荷が11月20日頃の予定です。\n"
          "修理期間中の代替機は11月13日（金）にお届けします。\n\n"
          "> 鍵盤の一部が鳴らなくなってしまいました。修理はどのくらいかかりますか。\n" + sig("usami", 2)))

# =====================================================================================
# EITHER
# =====================================================================================

# e1 — programme with names AND school grades
_k = kids(18, 2011, 2020)
_tab = [["出演順", "氏名", "学年", "曲目"]] + [[str(i), nm(k), grade(k), R.choice(PIECES)] for i, k in enumerate(_k, 1)]
add("either", [], [],
    "printed programme lists 18 children with school grade: published anyway, but grade is an attribute",
    charset="utf-8", sender=frm("morishita"), to=["錦印刷 営業部 水無瀬様 <minase@nishiki-insatsu.co.jp>"],
    subject="プログラム原稿（第2部）",
    body=("水無瀬様\n\n森下です。第2部の原稿です。今年は保護者の要望で学年も載せることになりました。\n"
          "表組みは第1部と揃えてください。\n" + sig("morishita", 2)),
    attachments=[{"kind": "xlsx", "name": "プログラム_第2部.xlsx", "sheets": {"第2部": _tab}}])

# e2 — one teacher's allergy for the staff bento
_p = person(True, 1985, 1995, sei=("九十九", "ツクモ", "Tsukumo"))
add("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named teacher's food allergy told to the caterer: health data, but minimal and for her safety",
    charset="iso-2022-jp", sender=frm("morishita"), to=["北国フーズ 受注係 <juchu@kitaguni-foods.co.jp>"],
    subject="スタッフ弁当 1食変更のお願い",
    body=(f"北国フーズ 受注係 ご担当者様\n\n森下です。スタッフ弁当15食のうち1食、講師の{nm(_p)}先生分を\n"
          "甲殻類アレルギー対応に変更していただけますでしょうか。\n"
          "お弁当のふたに名前を書いていただけると取り違えがなく助かります。\n" + sig("morishita", 0)))

# e3 — photo order tally by guardian name (no contact data)
_g = adults(6, 1976, 1990)
_b = "".join(f"{nm(p, ' ')} 様　個人写真 {R.randint(1, 4)}枚　集合写真 {R.randint(0, 2)}枚　受取：{R.choice(['横浜校', '武蔵小杉校'])}\n" for p in _g)
add("either", ["PERSON_NAME"], ["personal_data"],
    "six guardians' names with their photo orders but no contact data: a list of people, or just an order sheet",
    charset="cp932", sender=frm("nonomura"), to=["order@photo-hibiki.co.jp"],
    subject="追加注文（紙申込分）",
    body=("フォトスタジオ響 ご担当者様\n\n横浜校の野々村です。ネット注文が難しいご家庭から紙で申込がありました。\n\n" + _b +
          "\n焼き増し分は各校へまとめて納品してください。\n" + sig("nonomura", 1)))

# =====================================================================================
# ids: shuffle once with the seed, then number
# =====================================================================================
_order = list(range(len(M)))
random.Random(5201).shuffle(_order)
MESSAGES: list[dict] = []
for _n, _i in enumerate(_order, 1):
    MESSAGES.append({"id": f"musicschool-{_n:03d}", **M[_i]})
