"""Blind corpus — area: juken (受験・入試).

The admissions office (入試センター) of the private school group run by 日の出産業株式会社
教育事業本部 (日の出学園中学校・高等学校): applicants and their scores, interview notes,
requests for exam accommodations with disability or medical certificates, scholarship
applicants' family income, cram schools (塾), test-centre vendors, guardians (保護者).

Every person, address, phone number, account, card number, My Number and other identifier
in this file is invented; any resemblance to real people or organisations is accidental.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

SEED = 13601
rng = random.Random(SEED)

_n = [SEED]


def next_my_number() -> str:
    v = my_number(_n[0])
    _n[0] += 1
    return v


def next_card() -> str:
    v = card_number(_n[0])
    _n[0] += 1
    return v


# -- people ---------------------------------------------------------------------------

SURNAMES = [
    ("佐伯", "さえき", "Saeki"), ("宮古", "みやこ", "Miyako"), ("石動", "いするぎ", "Isurugi"),
    ("勅使河原", "てしがわら", "Teshigawara"), ("五百旗頭", "いおきべ", "Iokibe"),
    ("小鳥遊", "たかなし", "Takanashi"), ("東海林", "しょうじ", "Shoji"),
    ("百目鬼", "どうめき", "Domeki"), ("薬師寺", "やくしじ", "Yakushiji"),
    ("十文字", "じゅうもんじ", "Jumonji"), ("九十九", "つくも", "Tsukumo"),
    ("大河内", "おおこうち", "Okochi"), ("長谷部", "はせべ", "Hasebe"), ("真壁", "まかべ", "Makabe"),
    ("桐生", "きりゅう", "Kiryu"), ("早乙女", "さおとめ", "Saotome"), ("鬼頭", "きとう", "Kito"),
    ("柘植", "つげ", "Tsuge"), ("巽", "たつみ", "Tatsumi"), ("有働", "うどう", "Udo"),
    ("諏訪", "すわ", "Suwa"), ("芹沢", "せりざわ", "Serizawa"), ("相良", "さがら", "Sagara"),
    ("蓮見", "はすみ", "Hasumi"), ("鷲尾", "わしお", "Washio"), ("熊谷", "くまがい", "Kumagai"),
    ("吉岡", "よしおか", "Yoshioka"), ("中村", "なかむら", "Nakamura"), ("田中", "たなか", "Tanaka"),
    ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"), ("渡辺", "わたなべ", "Watanabe"),
    ("伊藤", "いとう", "Ito"), ("小林", "こばやし", "Kobayashi"), ("加藤", "かとう", "Kato"),
    ("山口", "やまぐち", "Yamaguchi"), ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"),
    ("木村", "きむら", "Kimura"), ("清水", "しみず", "Shimizu"), ("森田", "もりた", "Morita"),
    ("藤井", "ふじい", "Fujii"), ("岡田", "おかだ", "Okada"), ("後藤", "ごとう", "Goto"),
    ("山際", "やまぎわ", "Yamagiwa"), ("日比野", "ひびの", "Hibino"), ("越智", "おち", "Ochi"),
    ("砂川", "すながわ", "Sunagawa"), ("仲宗根", "なかそね", "Nakasone"), ("比嘉", "ひが", "Higa"),
    ("宍戸", "ししど", "Shishido"), ("四方田", "よもだ", "Yomoda"), ("雲雀", "ひばり", "Hibari"),
    ("舘野", "たての", "Tateno"), ("生駒", "いこま", "Ikoma"), ("浅葉", "あさば", "Asaba"),
]
BOYS = [
    ("陽翔", "はると", "Haruto"), ("蒼", "あおい", "Aoi"), ("湊", "みなと", "Minato"),
    ("悠真", "ゆうま", "Yuma"), ("大和", "やまと", "Yamato"), ("蓮", "れん", "Ren"),
    ("颯太", "そうた", "Sota"), ("律", "りつ", "Ritsu"), ("朝陽", "あさひ", "Asahi"),
    ("樹", "いつき", "Itsuki"), ("創", "はじめ", "Hajime"), ("航大", "こうだい", "Kodai"),
    ("翔太", "しょうた", "Shota"), ("陽向", "ひなた", "Hinata"), ("新", "あらた", "Arata"),
    ("奏太", "かなた", "Kanata"), ("煌", "こう", "Ko"), ("丈瑠", "たける", "Takeru"),
]
GIRLS = [
    ("結菜", "ゆいな", "Yuina"), ("芽依", "めい", "Mei"), ("陽葵", "ひまり", "Himari"),
    ("凛", "りん", "Rin"), ("紬", "つむぎ", "Tsumugi"), ("咲良", "さくら", "Sakura"),
    ("心春", "こはる", "Koharu"), ("澪", "みお", "Mio"), ("葵", "あおい", "Aoi"),
    ("美月", "みづき", "Mizuki"), ("杏", "あん", "An"), ("詩", "うた", "Uta"),
    ("花音", "かのん", "Kanon"), ("莉子", "りこ", "Riko"), ("千尋", "ちひろ", "Chihiro"),
    ("萌々香", "ももか", "Momoka"), ("小晴", "こはる", "Koharu"),
]
MEN = [
    ("健一", "けんいち", "Kenichi"), ("大輔", "だいすけ", "Daisuke"), ("拓也", "たくや", "Takuya"),
    ("直樹", "なおき", "Naoki"), ("隆之", "たかゆき", "Takayuki"), ("聡", "さとし", "Satoshi"),
    ("和也", "かずや", "Kazuya"), ("修平", "しゅうへい", "Shuhei"), ("浩二", "こうじ", "Koji"),
    ("剛", "つよし", "Tsuyoshi"),
]
WOMEN = [
    ("由美", "ゆみ", "Yumi"), ("恵子", "けいこ", "Keiko"), ("香織", "かおり", "Kaori"),
    ("麻衣", "まい", "Mai"), ("智子", "ともこ", "Tomoko"), ("真由美", "まゆみ", "Mayumi"),
    ("理恵", "りえ", "Rie"), ("綾", "あや", "Aya"), ("沙織", "さおり", "Saori"),
    ("久美子", "くみこ", "Kumiko"),
]

TOWNS = [
    ("186-0002", "東京都国立市東", "042"), ("185-0012", "東京都国分寺市本町", "042"),
    ("190-0022", "東京都立川市錦町", "042"), ("183-0022", "東京都府中市宮西町", "042"),
    ("182-0021", "東京都調布市調布ケ丘", "042"), ("194-0013", "東京都町田市原町田", "042"),
    ("167-0051", "東京都杉並区荻窪", "03"), ("177-0041", "東京都練馬区石神井町", "03"),
    ("156-0052", "東京都世田谷区経堂", "03"), ("152-0023", "東京都目黒区八雲", "03"),
    ("180-0004", "東京都武蔵野市吉祥寺本町", "0422"), ("181-0013", "東京都三鷹市下連雀", "0422"),
    ("211-0063", "神奈川県川崎市中原区小杉町", "044"), ("213-0001", "神奈川県川崎市高津区溝口", "044"),
    ("224-0003", "神奈川県横浜市都筑区中川中央", "045"), ("252-0303", "神奈川県相模原市南区相模大野", "042"),
    ("336-0017", "埼玉県さいたま市南区南浦和", "048"), ("359-1111", "埼玉県所沢市緑町", "04"),
    ("272-0034", "千葉県市川市市川", "047"), ("206-0033", "東京都多摩市落合", "042"),
]
BUILDINGS = ["", "", "", "", "パークハイツ", "グランメゾン", "コーポ緑風", "ライオンズ", "サンライズ"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]


def kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


_used: set[str] = set()


def _pick_surname():
    for _ in range(200):
        s = rng.choice(SURNAMES)
        if s[0] not in _used:
            _used.add(s[0])
            return s
    _used.clear()
    return rng.choice(SURNAMES)


def new_batch() -> None:
    """Surnames are unique within one message; start afresh for the next."""
    _used.clear()


def rand_date(a: date, b: date) -> date:
    return a + timedelta(days=rng.randrange((b - a).days + 1))


def kid(level: str = "chu", sex: str | None = None) -> dict:
    s = _pick_surname()
    sex = sex or rng.choice("MF")
    g = rng.choice(BOYS if sex == "M" else GIRLS)
    if level == "chu":
        dob = rand_date(date(2014, 4, 2), date(2015, 4, 1))
    elif level == "kou":
        dob = rand_date(date(2011, 4, 2), date(2012, 4, 1))
    else:
        dob = rand_date(date(2018, 4, 2), date(2020, 4, 1))
    return person(s, g, sex, dob)


def adult(sex: str | None = None, surname=None) -> dict:
    s = surname or _pick_surname()
    sex = sex or rng.choice("MF")
    g = rng.choice(MEN if sex == "M" else WOMEN)
    dob = rand_date(date(1972, 1, 1), date(1988, 12, 31))
    return person(s, g, sex, dob)


def person(s, g, sex, dob) -> dict:
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name_nospace": s[0] + g[0],
        "kana": f"{s[1]} {g[1]}", "kata": kata(f"{s[1]} {g[1]}"),
        "romaji": f"{g[2]} {s[2].upper()}", "sei_r": s[2], "mei_r": g[2], "sex": sex,
        "dob": dob, "s_tuple": s,
    }


def guardian_of(k: dict, sex: str | None = None) -> dict:
    return adult(sex, surname=k["s_tuple"])


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def address() -> tuple[str, str, str]:
    """(〒, address, area code)."""
    z, town, area = rng.choice(TOWNS)
    a = f"{town}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
    b = rng.choice(BUILDINGS)
    if b:
        a += f" {b}{rng.randint(1, 9)}0{rng.randint(1, 9)}"
    return z, a, area


def home_tel(area: str) -> str:
    if len(area) == 2:
        return f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    if len(area) == 3:
        return f"{area}-{rng.randint(300, 999)}-{rng.randint(1000, 9999)}"
    return f"{area}-{rng.randint(20, 79)}-{rng.randint(1000, 9999)}"


def freemail(p: dict, dom: str | None = None) -> str:
    dom = dom or rng.choice(FREEMAIL)
    style = rng.randrange(4)
    if style == 0:
        local = f"{p['sei_r'].lower()}.{p['mei_r'].lower()}{rng.randint(1, 99)}"
    elif style == 1:
        local = f"{p['mei_r'].lower()}_{p['sei_r'].lower()[:3]}{rng.randint(70, 99)}"
    elif style == 2:
        local = f"{p['sei_r'].lower()}-family{rng.randint(1, 9)}"
    else:
        local = f"{p['mei_r'][0].lower()}{p['sei_r'].lower()}{rng.randint(100, 999)}"
    return f"{local}@{dom}"


_ZEN = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{era}{y}年{d.month}月{d.day}日").replace("．", "")
    if style == "zenshort":
        return zen(f"{short}{y}.{d.month}.{d.day}").replace(short, chr(ord(short) + 0xFEE0))
    return f"{era}{y}年{d.month}月{d.day}日"


def seireki(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, w: int) -> str:
    s = str(s)
    return s + " " * max(w - width(s), 0)


def columns(header: list[str], rows: list[list], gap: int = 2, rule: str = "-") -> str:
    allrows = [header] + [[str(c) for c in r] for r in rows]
    ws = [max(width(str(r[i])) for r in allrows) for i in range(len(header))]
    out = ["".join(pad(h, ws[i] + gap) for i, h in enumerate(header)).rstrip()]
    out.append((" " * gap).join(rule * ws[i] for i in range(len(header))))
    for r in allrows[1:]:
        out.append("".join(pad(c, ws[i] + gap) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


def bank_account() -> tuple[str, str]:
    branch = rng.choice(["国立支店", "立川支店", "府中支店", "吉祥寺支店", "武蔵小杉支店",
                         "荻窪支店", "町田支店", "浦和支店", "本店営業部"])
    return branch, f"{rng.randint(1000000, 9999999)}"


# -- the office -----------------------------------------------------------------------

SCHOOL = "日の出学園中学校・高等学校"
ADDR = "〒186-0004 東京都国立市中2-17-3"
TEL = "042-576-3310"

STAFF = {
    "takane": ("高嶺 真理子", "takane.mariko", "入試センター 主任", "214"),
    "sasaki": ("佐々木 航", "sasaki.wataru", "入試広報室", "221"),
    "ashida": ("芦田 恵", "ashida.megumi", "奨学金・就学支援担当", "236"),
    "kuga": ("久我 誠一", "kuga.seiichi", "入試センター長", "210"),
    "nonomura": ("野々村 彩", "nonomura.aya", "保健室（受験上の配慮担当）", "258"),
    "hiyama": ("檜山 修", "hiyama.osamu", "総務課（入試会場担当）", "240"),
    "maruoka": ("丸岡 由佳", "maruoka.yuka", "経理課", "305"),
    "park": ("Ellen Park", "park.ellen", "International Admissions", "227"),
    "kirishima": ("霧島 悠", "kirishima.yu", "入試センター", "216"),
}


def sender(key: str) -> str:
    name, local, _, _ = STAFF[key]
    return f"{name} <{local}@hinode-sangyo.co.jp>"


def sig(key: str, style: int = 0) -> str:
    name, local, dept, ext = STAFF[key]
    mail = f"{local}@hinode-sangyo.co.jp"
    if style == 0:
        return (f"━━━━━━━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社 教育事業本部\n{SCHOOL}\n"
                f"{dept}　{name}\n{ADDR}\nTEL {TEL}（代表）内線{ext}　FAX 042-576-3319\n"
                f"E-mail: {mail}\n━━━━━━━━━━━━━━━━━━━━━━━━━━")
    if style == 1:
        return f"--\n{SCHOOL} {dept}\n{name}\nTEL {TEL}（内線 {ext}）"
    if style == 2:
        return (f"Best regards,\n\n{STAFF[key][0] if key == 'park' else name}\n{dept}\n"
                f"Hinode Gakuen Junior & Senior High School (Hinode Sangyo Co., Ltd.)\n"
                f"2-17-3 Naka, Kunitachi, Tokyo 186-0004, Japan\nTel +81-42-576-3310\n{mail}")
    return (f"＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n　{SCHOOL}\n　{dept}\n　{name}\n"
            f"　{ADDR}\n　TEL：{TEL}\n　https://www.hinode-sangyo.co.jp/gakuen/\n"
            "＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊")


DISC_JA = ("※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete this "
           "e-mail.")

MESSAGES: list[dict] = []


def add(**m) -> None:
    new_batch()
    m = {"id": f"juken-{len(MESSAGES) + 1:03d}", **m}
    m.setdefault("charset", "utf-8")
    m.setdefault("cc", [])
    m.setdefault("bcc", [])
    m.setdefault("attachments", [])
    MESSAGES.append(m)


# =====================================================================================
# 001-025
# =====================================================================================

# 001 stop — results of one cram school's pupils, space-padded columns in the body
_rows = []
for i, campus in enumerate(["二子玉川", "国立", "国立", "立川", "吉祥寺", "二子玉川", "府中"]):
    k = kid("chu")
    score = rng.randint(198, 341)
    _rows.append([str(1000 + rng.randint(10, 380)), k["name"], k["kana"], campus + "校",
                  str(score), "合格" if score >= 252 else "不合格"])
_rows.sort(key=lambda r: r[0])
add(
    expect="stop",
    sender=sender("sasaki"),
    to=["清陵ゼミナール 進学指導部 長谷部様 <hasebe.k@seiryo-zemi.co.jp>"],
    subject="第1回入試 貴塾ご在籍生の結果について（ご報告）",
    charset="iso-2022-jp",
    body=f"""清陵ゼミナール
進学指導部 長谷部 様

いつもお世話になっております。
日の出学園 入試広報室の佐々木です。

ご依頼いただいておりました、2月1日実施 第1回入試における貴塾ご在籍生の
結果を下記のとおりお知らせいたします。
（出願時に「塾への結果提供」に同意された方のみ掲載しております）

{columns(["受験番号", "氏名", "ふりがな", "校舎", "4科計", "結果"], _rows)}

※4科計は400点満点、合格最低点は252点でした。
※繰上げ合格の連絡は2月6日以降、保護者様へ直接いたします。

引き続きよろしくお願いいたします。

{sig("sasaki", 1)}
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="Seven applicants' names with exam numbers, scores and pass/fail sent to a cram school: a list of people.",
)

# 002 pass — internal only: accommodation requests with diagnoses, tab-separated
_rows = []
for reason, req in [("1型糖尿病", "血糖測定・補食の許可"), ("注意欠如・多動症（ADHD）", "別室・時間延長1.3倍"),
                    ("弱視（身体障害者手帳4級）", "拡大問題（B4→A3）"), ("感音性難聴", "リスニング時の座席前方指定"),
                    ("起立性調節障害", "保健室受験"), ("右手首骨折（1月上旬）", "マーク式解答の代筆")]:
    k = kid(rng.choice(["chu", "kou"]))
    _rows.append(f"{rng.randint(1001, 3420)}\t{k['name']}\t{reason}\t{req}\t診断書受領済")
add(
    expect="pass",
    sender=sender("nonomura"),
    to=["入試委員会 <nyushi-iinkai@hinode-sangyo.co.jp>"],
    cc=["久我 誠一 <kuga.seiichi@mail.hinode-sangyo.co.jp>"],
    subject="【要確認】受験上の配慮申請 一覧（12/10現在）",
    charset="cp932",
    body="""入試委員の皆様

保健室の野々村です。
12月10日時点の「受験上の配慮申請」を下記にまとめました。
委員会（12/14）で可否を決定しますので、事前にご確認ください。

受験番号\t氏名\t理由（診断名等）\t申請内容\t書類
""" + "\n".join(_rows) + f"""

・骨折の方は1月中に再診予定とのこと。状態により内容変更の可能性あり。
・会場業者への連絡は、決定後に氏名を伏せた形で総務から行います。

{sig("nonomura", 1)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="Diagnoses of six applicants, but every recipient is internal (incl. a subdomain): must go.",
)

# 003 stop — one applicant's diabetes in a sentence, to the test-centre vendor
_k = kid("chu", "M")
add(
    expect="stop",
    sender=sender("hiyama"),
    to=["会場サポート株式会社 運営部 蓮見様 <hasumi@kaijo-support.co.jp>"],
    subject="2/1 第1回入試 A-3教室の件",
    charset="iso-2022-jp",
    body=f"""会場サポート株式会社
蓮見様

お世話になっております。日の出学園 総務の檜山です。

2月1日の第1回入試につきまして、1点ご相談です。
受験番号1107の{_k['name']}さん（小学6年）が1型糖尿病のため、試験中の血糖測定と
補食（ブドウ糖タブレット）を認めることになりました。
A-3教室の最前列で受験予定ですので、担当の監督員の方に事前共有をお願いできますでしょうか。
低血糖の症状が出た場合は、保健室（内線258 野々村）へすぐにご連絡ください。

よろしくお願いいたします。

{sig("hiyama", 0)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="One named applicant's diagnosis (type 1 diabetes) in a sentence to an external vendor: 要配慮個人情報.",
)

# 004 pass — list of exam venues (businesses) to the bus partner
add(
    expect="pass",
    sender=sender("hiyama"),
    to=["青葉運輸 貸切営業課 <kashikiri@aoba-unyu.co.jp>"],
    subject="入試当日のシャトルバス運行について（会場一覧）",
    charset="utf-8",
    body=f"""青葉運輸株式会社
貸切営業課 御中

いつも大変お世話になっております。
日の出学園 総務課の檜山でございます。

来年2月の入学試験当日、最寄駅と各会場を結ぶシャトルバスの運行をお願いしたく、
会場の一覧をお送りいたします。

【第1会場】日の出学園 本校舎
　〒186-0004 東京都国立市中2-17-3　TEL 042-576-3310
【第2会場】立川グランドホール 5F
　〒190-0012 東京都立川市曙町2-38-1　TEL 042-527-6610
【第3会場】八王子駅前カンファレンスセンター
　〒192-0083 東京都八王子市旭町9-1　TEL 042-631-0448
【第4会場】さくらホテル 新宿 宴会場「椿」
　〒160-0023 東京都新宿区西新宿6-5-2　TEL 03-5321-7788
【第5会場】府中ビジネスプラザ
　〒183-0055 東京都府中市府中町1-14-1　TEL 042-336-5120

運行時間帯は 7:30〜9:00 および 15:30〜17:30 を想定しております。
台数・ルートのご提案とお見積りをいただけますと幸いです。

{sig("hiyama", 3)}
""",
    entities=[],
    detectors=[],
    note="A list of venues with addresses and switchboards (businesses, not people): must go.",
)

# 005 stop — web application export (CSV cp932) to the system vendor
_rows = [["出願番号", "受験番号", "志願者氏名", "志願者カナ", "生年月日", "郵便番号", "住所",
          "保護者氏名", "保護者電話", "保護者メール", "試験回"]]
for i in range(22):
    k = kid("chu")
    g = guardian_of(k)
    z, a, _ = address()
    _rows.append([f"W27-{58100 + i * 7 + rng.randint(0, 6)}", str(1101 + i), k["name"], k["kata"],
                  seireki(k["dob"]), z, a, g["name"], mobile(), freemail(g),
                  rng.choice(["第1回", "第2回", "第1回・第2回"])])
add(
    expect="stop",
    sender=sender("sasaki"),
    to=["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    subject="Re: 【Web出願】確認メール不達の件（チケット#58213）",
    charset="cp932",
    body=f"""ツバサシステム サポートデスク御中

お世話になっております。日の出学園の佐々木です。

チケット#58213の件、12月5日出願分の出願データを抽出しましたので添付いたします。
確認メールが届いていないと保護者様から連絡のあった方も含まれております。
ログとの突合をお願いできますでしょうか。

{sig("sasaki", 1)}

> 日の出学園 佐々木様
> お問い合わせありがとうございます。
> 調査のため、対象期間の出願データ（CSV）をご送付いただけますでしょうか。
> ツバサシステム サポートデスク 長尾
""",
    attachments=[{"kind": "csv", "name": "web_shutsugan_20261205.csv", "encoding": "cp932",
                  "rows": _rows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of 22 applicants with DOB, address, guardian phone and e-mail sent to a vendor.",
)

# 006 pass — NDA talk with a university professor who writes exam questions
add(
    expect="pass",
    sender=sender("kuga"),
    to=["青藍大学 教育学部 早乙女先生 <saotome@seiran-u.ac.jp>"],
    subject="入試問題作成のご委嘱と秘密保持契約について",
    charset="iso-2022-jp",
    body=f"""青藍大学 教育学部
早乙女 先生

平素より大変お世話になっております。
日の出学園 入試センターの久我でございます。

先日はお電話にて、2027年度 第2回入試（算数）の作問監修をお引き受けいただき、
誠にありがとうございました。

つきましては、委嘱にあたり当学園所定の秘密保持契約書を取り交わさせていただきたく、
案文を添付いたします。主な内容は以下のとおりです。

　・試験実施日までの問題内容の秘密保持
　・作問資料の保管方法（施錠保管、電子データは当学園貸与PCのみ）
　・契約期間（委嘱日から2027年3月31日まで）

ご確認のうえ、修正のご希望がございましたらお知らせください。
押印済みの原本は、次回ご来校の際にお持ちいただければ結構です。

何卒よろしくお願い申し上げます。

{sig("kuga", 0)}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_作問監修.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）と早乙女（以下「乙」という。）は、"
                                 "甲が実施する入学試験の問題作成に関し、次のとおり契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する入学試験問題、"
                                 "解答、採点基準その他一切の情報をいう。",
                                 "第2条（目的外使用の禁止）乙は、秘密情報を本件業務の目的以外に使用してはならない。",
                                 "第3条（期間）本契約の有効期間は、締結日から2027年3月31日までとする。",
                                 "以上"]}],
    entities=[],
    detectors=[],
    note="Mail about an NDA (秘密保持契約) with the draft attached; no marking, no personal data.",
)

# 007 stop — look-alike of the printing partner (letter dropped)
add(
    expect="stop",
    sender=sender("sasaki"),
    to=["錦印刷 営業部 真壁様 <makabe@nishiki-insatu.co.jp>"],
    subject="Re: 2027年度 学校案内パンフレット 再校のご送付",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
真壁様

お世話になっております。日の出学園の佐々木です。
再校ありがとうございました。赤字を入れたPDFをお送りします。

・P4 校長挨拶の写真差し替え（新データは別途ギガファイル便で）
・P12 入試日程表「第3回」の日付 2/4 → 2/5
・裏表紙 QRコードの遷移先URL修正

三校は1月8日頃にいただけますと助かります。

{sig("sasaki", 1)}
""",
    attachments=[{"kind": "pdf", "name": "gakkou_annai_2027_saikou_akaji.pdf",
                  "lines": ["2027 学校案内 再校 赤字", "P4 写真差し替え", "P12 第3回 2/4→2/5",
                            "裏表紙 QR 遷移先 https://www.hinode-sangyo.co.jp/gakuen/2027/"]}],
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp is a look-alike of the partner nishiki-insatsu.co.jp (letter dropped).",
)

# 008 stop — five cram schools visible to each other in To
add(
    expect="stop",
    sender=sender("sasaki"),
    to=["清陵ゼミナール <info@seiryo-zemi.co.jp>",
        "明星進学会 本部 <honbu@myojo-shingakukai.jp>",
        "ことば塾 <contact@kotoba-juku.com>",
        "北斗セミナール 教務 <kyomu@hokuto-seminar.co.jp>",
        "かえで個別指導 <office@kaede-kobetsu.jp>"],
    subject="【ご案内】2027年度 塾対象入試説明会（10月14日）",
    charset="iso-2022-jp",
    body=f"""塾関係者各位

拝啓 秋冷の候、貴塾におかれましてはますますご清祥のこととお慶び申し上げます。
平素より本学園の教育活動にご理解を賜り、厚く御礼申し上げます。

さて、下記のとおり塾の先生方を対象とした入試説明会を開催いたします。
ご多用中とは存じますが、ぜひご参加くださいますようご案内申し上げます。

　日時：2026年10月14日（水）14:00〜16:00（受付13:30〜）
　会場：日の出学園 本校舎 3階 大会議室
　内容：2027年度入試の変更点／昨年度入試結果／校内見学
　申込：10月7日までに本メールへご返信ください

敬具

{sig("sasaki", 3)}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Five cram schools (five external organisations) in To can see each other: should be Bcc.",
)

# 009 pass — reply to a guardian; the child's asthma is only in the quoted text
_k = kid("chu", "M")
_g = guardian_of(_k, "F")
add(
    expect="pass",
    sender=sender("nonomura"),
    to=[f"{_g['name']} <{freemail(_g, 'yahoo.co.jp')}>"],
    subject="Re: 受験当日の持ち物について",
    charset="iso-2022-jp",
    body=f"""{_g['sei']} 様

日の出学園 保健室の野々村でございます。
お問い合わせいただいた件、承知いたしました。

・持込み：可（試験中は机の右上に置いてください）
・当日は受付で受験票をご提示のうえ、「保健室連絡済み」とお伝えください。
・控室は本館1階、保健室の隣の教室をご用意しております。

ご不明な点がございましたら、お気軽にお問い合わせください。

{sig("nonomura", 1)}

----- Original Message -----
> 日の出学園 入試ご担当者様
> 2月1日に受験予定の{_k['name']}の母です。
> 息子は小児喘息があり、発作時のために吸入器を持たせたいのですが、
> 試験中に机の上に置いておくことは可能でしょうか。
> よろしくお願いいたします。
> {_g['name']}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="The child's asthma appears only in quoted text from the guardian; the new text adds nothing sensitive.",
)

# 010 stop — a medical certificate (PDF) for one applicant, to the vendor
_k = kid("chu", "M")
_z, _a, _ = address()
add(
    expect="stop",
    sender=sender("nonomura"),
    to=["会場サポート株式会社 蓮見様 <hasumi@kaijo-support.co.jp>"],
    cc=["檜山 修 <hiyama.osamu@hinode-sangyo.co.jp>"],
    subject="別室受験者の診断書（写）送付の件",
    charset="utf-8",
    body=f"""会場サポート株式会社
蓮見様

いつもお世話になっております。日の出学園 保健室の野々村です。

別室受験・試験時間延長（1.3倍）の対象となる受験生1名について、
主治医の診断書の写しをお送りします。
当日、別室（B-1）をご担当いただく監督員の方のみでご確認ください。

{sig("nonomura", 0)}
""",
    attachments=[{"kind": "pdf", "name": "shindansho_1143.pdf", "title": "診断書",
                  "lines": ["診　断　書", "",
                            f"氏名　　　{_k['name']}（{_k['kana']}）",
                            f"生年月日　{wareki(_k['dob'])}",
                            f"住所　　　〒{_z} {_a}", "",
                            "病名　　　注意欠如・多動症（ADHD）",
                            "上記の診断により、2026年4月より当院にて通院加療中である。",
                            "集中の持続が困難なため、試験においては別室での受験および",
                            "試験時間の延長が望ましいと判断する。", "",
                            "2026年11月20日",
                            "医療法人ひなた会　ひなたこどもクリニック",
                            "〒186-0003 東京都国立市富士見台1-8-12",
                            "医師　有働 俊彦"]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A doctor's certificate (ADHD diagnosis, name, DOB, address) of one applicant in a PDF to a vendor.",
)

# 011 stop — scholarship candidates with household income (XLSX, title row, two sheets)
_rows = [["2027年度 日の出学園 給付型奨学金 推薦候補者一覧（一次選考通過者）"], [],
         ["No", "受験番号", "生徒氏名", "フリガナ", "保護者氏名", "世帯人数", "世帯年収（円）",
          "住所", "電話", "備考"]]
for i in range(12):
    k = kid("kou")
    g = guardian_of(k)
    z, a, area = address()
    _rows.append([i + 1, 3000 + rng.randint(1, 450), k["name"], k["kata"], g["name"],
                  rng.randint(2, 6), rng.randrange(1800000, 5900000, 10000), f"〒{z} {a}",
                  home_tel(area) if rng.random() < 0.5 else mobile(),
                  rng.choice(["", "", "ひとり親", "兄弟在籍", "就学支援金 加算対象"])])
add(
    expect="stop",
    sender=sender("ashida"),
    to=["公益財団法人あおぞら育英会 事務局 <jimukyoku@aozora-ikueikai.or.jp>"],
    subject="推薦候補者一覧の送付（2027年度 給付型奨学金）",
    charset="cp932",
    body=f"""公益財団法人あおぞら育英会
事務局 御中

いつもお世話になっております。
日の出学園 奨学金担当の芦田でございます。

標記の件、本学園の一次選考を通過した12名の一覧をお送りいたします。
課税証明書の写しは、明日付で簡易書留にて発送いたします。

ご査収のほど、よろしくお願いいたします。

{sig("ashida", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "推薦候補者一覧_2027.xlsx",
                  "sheets": {"候補者一覧": _rows,
                             "集計": [["区分", "人数"], ["年収300万円未満", 5],
                                      ["300〜450万円", 4], ["450万円以上", 3], ["計", 12]]}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Twelve scholarship candidates with household income, address and phone in an XLSX to a foundation.",
)

# 012 pass — a price list / quotation
add(
    expect="pass",
    sender=sender("hiyama"),
    to=["全国学力模試センター 営業部 <eigyo@zenkoku-gakuryoku.co.jp>"],
    subject="会場模試（11月実施）お見積りの件",
    charset="iso-2022-jp",
    body=f"""全国学力模試センター
営業部 御中

お世話になっております。日の出学園 総務課の檜山です。
お見積書（No. Q-2026-0913）拝受いたしました。下記の内容で確認いたしました。

　項目                      単価        数量     金額
　------------------------  ----------  -------  -----------
　4科模試 問題・採点一式      4,200円     350名    1,470,000円
　成績帳票（個票）印刷        180円       350名       63,000円
　会場設営・撤収              120,000円   1式        120,000円
　監督員派遣（1名）           18,000円    6名        108,000円
　小計                                             1,761,000円

会場使用料は当学園負担となりますので、先日の差額分の調整をお願いいたします。
正式な発注書は来週月曜にお送りします。

{sig("hiyama", 1)}
""",
    entities=[],
    detectors=[],
    note="A quotation with unit prices and a quote number: ordinary business mail.",
)

# 013 stop — a guardian's My Number in the body
_k = kid("kou", "F")
_g = guardian_of(_k, "M")
_mn = next_my_number()
add(
    expect="stop",
    sender=sender("ashida"),
    to=["あおぞら育英会 審査課 柘植様 <tsuge@aozora-ikueikai.or.jp>"],
    subject="Re: 申請番号S-27-008 所得確認書類について",
    charset="iso-2022-jp",
    body=f"""あおぞら育英会 審査課
柘植様

お世話になっております。日の出学園の芦田です。

ご連絡いただいた申請番号S-27-008の件、保護者様から個人番号の届出をいただきましたので
お知らせいたします。（マイナンバーカードの写しは郵送いたします）

　生徒氏名　：{_k['name']}（高1）
　保護者氏名：{_g['name']}
　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}

以上、よろしくお願いいたします。

{sig("ashida", 1)}
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="A guardian's マイナンバー sent to an external foundation.",
)

# 014 stop — refund bank accounts of six families, tab-separated, to the partner bank
_lines = []
for i in range(6):
    k = kid("chu")
    g = guardian_of(k)
    br, acct = bank_account()
    _lines.append(f"{1100 + rng.randint(1, 300)}\t{g['kata'].replace(' ', '　')}\tみどり銀行\t{br}\t普通\t{acct}\t{rng.choice(['250,000', '250,000', '80,000'])}")
add(
    expect="stop",
    sender=sender("maruoka"),
    to=["みどり銀行 国立支店 法人営業課 <kunitachi-hojin@midori-ginko.co.jp>"],
    subject="入学辞退者への返還金 総合振込のお願い（2/20実行分）",
    charset="cp932",
    body=f"""みどり銀行 国立支店 法人営業課 御中

いつもお世話になっております。
日の出産業株式会社 教育事業本部 経理課の丸岡でございます。

入学辞退者への施設費返還分につき、下記6件の総合振込をお願いいたします。
振込指定日：2027年2月20日

受験番号\t受取人名義（カナ）\t金融機関\t支店\t種別\t口座番号\t金額
""" + "\n".join(_lines) + f"""

振込手数料は当方負担でお願いいたします。

{sig("maruoka", 0)}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="Six guardians' names and bank accounts (tab-separated) sent to a bank: a list of people.",
)

# 015 pass — internal judging material marked 社外秘
_rows = [["2027年度 第1回入試 判定資料（社外秘）"], ["受験番号", "氏名", "国語", "算数", "社会", "理科", "合計", "面接", "判定案"]]
for i in range(30):
    k = kid("chu")
    s = [rng.randint(40, 98), rng.randint(35, 100), rng.randint(25, 50), rng.randint(20, 50)]
    _rows.append([1001 + i, k["name"], *s, sum(s), rng.choice("ABBC"),
                  "合格" if sum(s) >= 252 else ("保留" if sum(s) >= 240 else "不合格")])
    if i % 10 == 9:
        new_batch()
add(
    expect="pass",
    sender=sender("kuga"),
    to=["入試委員会 <nyushi-iinkai@hinode-sangyo.co.jp>"],
    cc=["校長室 <kochoshitsu@hinode-sangyo.co.jp>"],
    subject="[社外秘] 第1回入試 判定会議資料",
    charset="iso-2022-jp",
    body=f"""委員各位

判定会議（2/1 18:30〜 第1会議室）の資料を添付します。
ボーダー付近（240〜251点）の9名は会議で個別に協議します。
資料は会議後に回収しますので、印刷物の持ち出しはご遠慮ください。

久我
""",
    attachments=[{"kind": "xlsx", "name": "hantei_dai1kai.xlsx", "page_header": "社外秘",
                  "sheets": {"判定": _rows}}],
    entities=["PERSON_NAME"],
    detectors=[],
    note="Marked 社外秘 and lists applicants' scores, but all recipients are internal: must go.",
)

# 016 stop — a guardian's card number pasted into a mail to the payment agent
_g = adult("M")
_card = next_card()
add(
    expect="stop",
    sender=sender("maruoka"),
    to=["ペイゲートジャパン 加盟店サポート <merchant-support@paygate-japan.co.jp>"],
    subject="受験料 二重決済の調査依頼（加盟店ID: HG-20418）",
    charset="utf-8",
    body=f"""ペイゲートジャパン株式会社
加盟店サポート ご担当者様

お世話になっております。日の出学園（加盟店ID: HG-20418）経理課の丸岡です。

保護者様より、Web出願の受験料（25,000円）が2回引き落とされているとの
お問い合わせがありました。調査をお願いいたします。

　カード名義：{_g['romaji'].upper()}
　カード番号：{_card[:4]}-{_card[4:8]}-{_card[8:12]}-{_card[12:]}
　決済日時　：2026/12/03 22:41 および 22:42
　金額　　　：25,000円 × 2件

二重計上であれば1件分の取消をお願いいたします。

{sig("maruoka", 1)}
""",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="A guardian's full credit card number in the body to an external payment agent.",
)

# 017 pass — one business contact (a cram-school teacher's mobile) to the hotel partner
add(
    expect="pass",
    sender=sender("sasaki"),
    to=["さくらホテル 新宿 宴会セールス 鷲尾様 <washio@sakura-hotel.jp>"],
    subject="10/14 塾対象説明会 機材搬入について",
    charset="iso-2022-jp",
    body=f"""さくらホテル 新宿
宴会セールス 鷲尾様

お世話になっております。日の出学園の佐々木です。

10月14日の説明会当日、共催の清陵ゼミナール 広報部の石動様が、
プロジェクター等の機材搬入のため12:30頃に先に伺います。
搬入口の場所を石動様に直接ご案内いただけますと助かります。

　清陵ゼミナール 広報部　石動 千尋 様
　携帯：080-4417-2935

当方は13:00に到着予定です。よろしくお願いいたします。

{sig("sasaki", 1)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="One partner person's business contact (name and mobile) to the hotel: may warn, must go.",
)

# 018 stop — five guardians in To (waiting list interviews)
_to = []
for dom in ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "gmail.com"]:
    g = adult()
    _to.append(f"{g['name']} <{freemail(g, dom)}>")
add(
    expect="stop",
    sender=sender("takane"),
    to=_to,
    subject="繰上げ合格候補者 面談日程のご案内",
    charset="iso-2022-jp",
    body=f"""保護者様

日の出学園 入試センターの高嶺でございます。
このたびは本学園を受験いただき、誠にありがとうございました。

繰上げ合格の候補となっている皆様を対象に、下記のとおり面談を実施いたします。

　日時：2月8日（日）10:00〜12:00 のうちご指定の時間
　場所：本館2階 入試センター
　持ち物：受験票、筆記用具

ご都合のよい時間帯を2月6日までに本メールへご返信ください。

{sig("takane", 0)}
""",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="Five guardians on free mail in To see each other's addresses (and waiting-list status): should be Bcc.",
)

# 019 stop — look-alike of the own domain (co. dropped), with an XLSX of interview scores
_rows = [["帰国生入試 面接評価 集計"], ["受験番号", "氏名", "英語面接", "日本語面接", "保護者面接", "総合", "コメント"]]
for i in range(6):
    k = kid("chu")
    _rows.append([f"K-{20 + i:03d}", k["name"], rng.choice("ABC"), rng.choice("ABC"),
                  rng.choice("AB"), rng.choice(["A", "B+", "B", "C"]),
                  rng.choice(["発話量多い", "語彙やや不足", "落ち着いて受け答え", "質問の意図を取り違え"])])
add(
    expect="stop",
    sender=sender("park"),
    to=["久我 誠一 <kuga.seiichi@hinode-sangyo.jp>"],
    subject="面接評価シート集計（帰国生入試）",
    charset="utf-8",
    body="""久我センター長

帰国生入試（12/5）の面接評価を集計しました。
3名の面接官の評価を総合欄にまとめています。
判定会議前にご確認いただけますでしょうか。

Ellen Park
International Admissions
""",
    attachments=[{"kind": "xlsx", "name": "kikokusei_mensetsu_hyoka.xlsx",
                  "sheets": {"集計": _rows}}],
    entities=["PERSON_NAME"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyo.jp is a look-alike of the own domain (co. dropped); carries six applicants' interview scores.",
)

# 020 pass — three-way mail: vendor and partner (two external organisations)
add(
    expect="pass",
    sender=sender("hiyama"),
    to=["会場サポート株式会社 蓮見様 <hasumi@kaijo-support.co.jp>",
        "川崎電機 システム営業部 砂川様 <sunagawa@kawasaki-denki.co.jp>"],
    cc=["高嶺 真理子 <takane.mariko@hinode-sangyo.co.jp>"],
    subject="英語リスニング放送設備の打合せ日程",
    charset="iso-2022-jp",
    body=f"""会場サポート株式会社 蓮見様
川崎電機株式会社 砂川様

お世話になっております。日の出学園 総務の檜山です。

第2回入試（英語選択）のリスニング放送について、3社で一度打合せをさせてください。
候補日は以下のとおりです。

　1. 1月13日（火）14:00〜
　2. 1月14日（水）10:00〜
　3. 1月15日（木）15:00〜

場所は本校舎の放送室です。各教室スピーカーの音量チェックも併せて行えればと思います。
ご都合をお知らせください。

{sig("hiyama", 1)}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="Two external organisations in To for a three-way meeting: normal, must go.",
)

# 021 stop — exam-question proof with a 極秘 page header, to the printing partner
add(
    expect="stop",
    sender=sender("takane"),
    to=["錦印刷 制作部 熊谷様 <kumagai@nishiki-insatsu.co.jp>"],
    subject="第1回 国語 初校 赤字戻し",
    charset="iso-2022-jp",
    body=f"""錦印刷 制作部
熊谷様

お世話になっております。高嶺です。
第1回 国語の初校、確認しました。赤字を入れたPDFを戻します。
再校は12月22日までにお願いいたします。

{sig("takane", 1)}
""",
    attachments=[{"kind": "pdf", "name": "kokugo_dai1kai_shokou_akaji.pdf",
                  "page_header": "極秘　2027年度 第1回入学試験 国語 問題冊子（初校）",
                  "page_footer": "取扱注意 — 試験終了まで開示禁止",
                  "lines": ["一　次の文章を読んで、後の問いに答えなさい。",
                            "（問題文 省略：p.2-5）",
                            "問一　傍線部①「それ」が指す内容を、本文中から十五字で抜き出しなさい。",
                            "　→ 赤字：「十五字」を「十五字以内」に修正",
                            "問二　空欄Ａに入る語として最も適切なものを次から選びなさい。",
                            "　→ 赤字：選択肢エの誤植「概然」→「蓋然」"]}],
    entities=[],
    detectors=["confidential_marking"],
    note="Attached PDF stamped 極秘 / 取扱注意 in header and footer goes out: a confidentiality marking.",
)

# 022 stop — PPAP: a password ZIP of the applicant roster
_rows = [["受験番号", "氏名", "試験室"]]
for i in range(30):
    k = kid("chu")
    _rows.append([2001 + i, k["name"], f"A-{1 + i // 10}"])
    if i % 10 == 9:
        new_batch()
add(
    expect="stop",
    sender=sender("hiyama"),
    to=["会場サポート株式会社 運営部 <unei@kaijo-support.co.jp>"],
    subject="第2回入試 受験者名簿（座席表作成用）",
    charset="iso-2022-jp",
    body=f"""会場サポート株式会社
運営部 御中

お世話になっております。日の出学園 総務の檜山です。

第2回入試の受験者名簿をお送りします。座席表・机上札の作成をお願いいたします。
ファイルはパスワード付きZIPです。パスワードは別メールにてお送りします。

{sig("hiyama", 0)}
""",
    attachments=[{"kind": "zip", "name": "dai2kai_meibo.zip", "password": "Hng#2027feb",
                  "files": [{"kind": "xlsx", "name": "dai2kai_meibo.xlsx",
                             "sheets": {"名簿": _rows}}]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="Password-protected ZIP (PPAP) cannot be inspected.",
)

# 023 pass — English mail to an overseas partner school, with the standard disclaimer
add(
    expect="pass",
    sender=sender("park"),
    to=["Margaret Doyle <m.doyle@westbrook-school.org>"],
    subject="Spring short-term exchange 2027 - schedule",
    charset="utf-8",
    body=f"""Dear Ms Doyle,

Thank you for your kind reply. We are delighted that Westbrook can host our group again
next spring.

Our tentative plan:
  - Arrival: Sunday 21 March 2027 (Vancouver, afternoon flight)
  - Classes: 22 March - 2 April
  - Departure: Saturday 3 April 2027
  - Group size: 14 students (Grade 10) and 2 teachers

Host-family matching forms will follow once the students are selected in January.
Could you let us know whether the homestay fee for 2027 has changed?

{sig("park", 2)}

{DISC_EN}
""",
    entities=[],
    detectors=[],
    note="Ordinary English mail to a foreign partner with the standard confidentiality disclaimer.",
)

# 024 stop — interview notes (DOCX) to an outside interviewer on free mail; one note is sensitive
_tab = [["受験番号", "氏名", "面接メモ", "評価"]]
_notes = ["志望理由明確。部活動（吹奏楽）への意欲高い。", "緊張気味だが誠実に回答。",
          "父親が昨年傷害事件で逮捕され係争中とのこと（本人談）。家庭状況に配慮が必要。",
          "通塾と両立し読書量多い。", "質問への回答が短い。保護者の主導が強い印象。",
          "海外生活経験を具体的に語れた。"]
for i, n in enumerate(_notes):
    k = kid("kou")
    _tab.append([3100 + i * 3, k["name"], n, rng.choice(["A", "B", "B", "C"])])
add(
    expect="stop",
    sender=sender("takane"),
    to=["鬼頭 正己 <kito.masami55@outlook.jp>"],
    subject="推薦入試 面接記録のご確認のお願い",
    charset="iso-2022-jp",
    body=f"""鬼頭先生

いつもお世話になっております。入試センターの高嶺です。
先日は推薦入試の面接にご協力いただき、ありがとうございました。

面接記録を清書しましたので、先生のメモと相違がないかご確認ください。
修正がなければ、そのまま判定資料として使用いたします。

{sig("takane", 1)}
""",
    attachments=[{"kind": "docx", "name": "suisen_mensetsu_kiroku.docx",
                  "paragraphs": ["推薦入試 面接記録（第2グループ）", "面接官：鬼頭・高嶺"],
                  "tables": [_tab]}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="Interview notes of six applicants, one mentioning a parent's arrest, to an outside interviewer on free mail.",
)

# 025 stop — emergency contacts with full-width digits, to the bus partner
_lines = []
for i in range(6):
    k = kid("chu")
    g = guardian_of(k)
    _lines.append(f"　1号車-{i + 1:02d}　{pad(k['name'], 14)}保護者：{pad(g['name'], 14)}{zen(mobile())}")
add(
    expect="stop",
    sender=sender("kirishima"),
    to=["青葉運輸 運行管理 <unkou@aoba-unyu.co.jp>"],
    subject="新入生オリエンテーション合宿 バス乗車者の緊急連絡先",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
運行管理ご担当者様

お世話になっております。日の出学園 入試センターの霧島です。

3月28日〜29日の新入生オリエンテーション合宿につき、
1号車に乗車する生徒の緊急連絡先（保護者携帯）をお送りします。
乗務員の方にも共有をお願いいたします。

""" + "\n".join(_lines) + f"""

引率責任者：霧島（当日携帯は別途お知らせします）

{sig("kirishima", 1)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Six pupils and guardians with mobile numbers in full-width digits, sent to the bus company.",
)


# =====================================================================================
# 026-050
# =====================================================================================

# 026 pass — internal: scholarship income CSV to accounting
_rows = [["申請番号", "生徒氏名", "保護者氏名", "世帯年収", "判定区分", "給付額（年額）", "住所"]]
for i in range(15):
    k = kid("kou")
    g = guardian_of(k)
    inc = rng.randrange(1500000, 6200000, 10000)
    _rows.append([f"S-27-{i + 1:03d}", k["name"], g["name"], inc,
                  "A" if inc < 2700000 else ("B" if inc < 4500000 else "C"),
                  {True: 360000, False: 180000}[inc < 2700000], address()[1]])
add(
    expect="pass",
    sender=sender("ashida"),
    to=["丸岡 由佳 <maruoka.yuka@hinode-sangyo.co.jp>"],
    cc=["経理課 <keiri@hinode-sangyo.co.jp>"],
    subject="奨学金給付額の確定データ（4月支給分）",
    charset="utf-8",
    body="""丸岡さん

お疲れさまです。芦田です。
4月支給分の奨学金給付額が確定しましたので、CSVを送ります。
支給は学費口座からの相殺ではなく、保護者口座への振込です（口座情報は別途共有フォルダ）。

よろしくお願いします。
芦田
""",
    attachments=[{"kind": "csv", "name": "kyufu_kakutei_202704.csv", "encoding": "utf-8",
                  "rows": _rows}],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="Scholarship list with income and addresses, but sent only to internal colleagues: must go.",
)

# 027 stop — 和暦 birth dates and mock-exam IDs, to the mock-exam company
_lines = []
for i in range(8):
    k = kid("chu")
    st = rng.choice(["short", "kanji", "short"])
    _lines.append(f"{1200 + rng.randint(1, 250)}／{k['kata']}／{wareki(k['dob'], st)}／ZG{rng.randint(100000, 999999)}／偏差値{rng.randint(42, 68)}")
add(
    expect="stop",
    sender=sender("kirishima"),
    to=["全国学力模試センター データ分析室 <data@zenkoku-gakuryoku.co.jp>"],
    subject="模試成績と入試結果の照合について（追加分）",
    charset="iso-2022-jp",
    body=f"""全国学力模試センター
データ分析室 ご担当者様

お世話になっております。日の出学園 入試センターの霧島です。

先日の照合作業で、模試受験者IDが一致しなかった8名分を手作業で抜き出しました。
受験番号／氏名（カナ）／生年月日／模試受験者ID／直近偏差値 の順です。

""" + "\n".join(_lines) + f"""

生年月日は出願書類の記載どおり（和暦）です。照合結果をお知らせください。

{sig("kirishima", 1)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="Eight applicants with kana names, 和暦 birth dates and mock-exam IDs sent to an external company.",
)

# 028 stop — a list without a name column: address, phone and DOB per exam number
_rows = []
for i in range(7):
    k = kid("chu")
    z, a, area = address()
    _rows.append([str(1300 + rng.randint(1, 120)), seireki(k["dob"], "."), "〒" + z, a,
                  home_tel(area)])
add(
    expect="stop",
    sender=sender("kirishima"),
    to=["はやて急便 法人サービス課 <houjin@hayate-express.co.jp>"],
    subject="受験票 再送分の配達依頼（7件）",
    charset="cp932",
    body=f"""はやて急便株式会社
法人サービス課 御中

いつもお世話になっております。日の出学園 入試センターの霧島です。

宛先不明で戻ってきた受験票7件を、本人確認付きの配達で再送したく、
配達先一覧をお送りします。宛名ラベルは当方で貼付済みです。
お届けの際、生年月日による本人確認をお願いいたします。

{columns(["受験番号", "生年月日", "郵便番号", "配達先住所", "連絡先電話"], _rows)}

集荷は明日15時でお願いいたします。

{sig("kirishima", 3)}
""",
    entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Seven people's addresses, phones and birth dates without a name column: still a list of people.",
)

# 029 pass — internal forward of a guardian's complaint (attached .eml) that mentions a diagnosis
_k = kid("chu", "F")
_g = guardian_of(_k, "F")
add(
    expect="pass",
    sender=sender("takane"),
    to=["教頭 鷲尾 <washio.kyoto@hinode-sangyo.co.jp>"],
    cc=["野々村 彩 <nonomura.aya@hinode-sangyo.co.jp>"],
    subject="FW: 別室受験の対応について（苦情）",
    charset="iso-2022-jp",
    body="""教頭先生

保護者様から下記（添付）のお申し出がありました。
当日の別室監督の対応に不満があったとのことです。
明日の朝、野々村さんと3人で対応方針を相談させてください。

高嶺
""",
    attachments=[{"kind": "eml", "name": "fw_kujo.eml", "message": {
        "sender": f"{_g['name']} <{freemail(_g, 'gmail.com')}>",
        "to": ["日の出学園 入試センター <nyushi@hinode-sangyo.co.jp>"],
        "subject": "別室受験の対応について",
        "charset": "utf-8",
        "body": f"""日の出学園 入試センター御中

2月2日に受験した{_k['name']}の母です。
娘は自閉スペクトラム症の診断を受けており、別室受験を認めていただきましたが、
試験中に監督の方が何度も大きな音を立てて出入りされ、集中できなかったと泣いて帰ってきました。
事前にお伝えしていた配慮が共有されていなかったのではないでしょうか。
ご説明をお願いいたします。

{_g['name']}
"""}}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="Forwarded guardian mail with a child's diagnosis, but only to internal colleagues: must go.",
)

# 030 stop — English mail to an overseas agency with romaji names, DOB and passport numbers
_lines = []
for i in range(5):
    k = kid("chu")
    _lines.append(f"{i + 1}. {k['romaji']:<22} DOB {k['dob'].strftime('%d %b %Y')}   Passport {rng.choice(['TR', 'TZ', 'MU', 'TK'])}{rng.randint(1000000, 9999999)}   Current school: {rng.choice(['Singapore Japanese School', 'Tanglin Trust', 'UWCSEA Dover', 'Nexus Intl'])}")
add(
    expect="stop",
    sender=sender("park"),
    to=["GlobalEd Bridge Admissions <admissions@globaled-bridge.com>"],
    subject="Returnee exam (Dec 5) - candidates via your office",
    charset="utf-8",
    body=f"""Dear GlobalEd Bridge team,

Thank you for coordinating the online returnee exam in Singapore.
Below are the five candidates who will sit the exam at your office on 5 December.
Please check their passports on the day against this list.

""" + "\n".join(_lines) + f"""

The exam papers will be sent by courier on 28 November.

{sig("park", 2)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="Five romaji-named applicants with birth dates and passport numbers to an overseas agency.",
)

# 031 pass — a list of cram-school branches (businesses) for a mailing, CSV
_rows = [["塾名", "校舎名", "郵便番号", "住所", "代表電話", "送付部数"]]
_juku = [("清陵ゼミナール", ["国立校", "立川校", "府中校", "吉祥寺校"]), ("明星進学会", ["国分寺校", "三鷹校", "調布校"]),
         ("北斗セミナール", ["八王子校", "多摩センター校", "町田校"]), ("かえで個別指導", ["国立東校", "谷保校"]),
         ("ことば塾", ["荻窪本校"]), ("サンライズアカデミー", ["立川北口校", "昭島校", "日野校"])]
for name, branches in _juku:
    for b in branches:
        z, town, area = rng.choice(TOWNS)
        _rows.append([name, b, z, f"{town}{rng.randint(1, 4)}-{rng.randint(1, 20)}-{rng.randint(1, 9)} {rng.choice(['駅前ビル', '第二ビル', 'センタービル'])}{rng.randint(2, 5)}F",
                      home_tel(area), rng.choice([30, 50, 50, 100])])
add(
    expect="pass",
    sender=sender("sasaki"),
    to=["錦印刷 発送センター <hassou@nishiki-insatsu.co.jp>"],
    subject="学校案内 塾向けDM 発送先リスト",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
発送センター 御中

お世話になっております。日の出学園 入試広報室の佐々木です。
学校案内の塾向けDM、発送先リストを添付いたします（{len(_rows) - 1}校舎）。
宛名は「教室長様」でお願いいたします。発送は9月25日着でお願いします。

{sig("sasaki", 1)}
""",
    attachments=[{"kind": "csv", "name": "dm_hassousaki_juku.csv", "encoding": "utf-8",
                  "rows": _rows}],
    entities=[],
    detectors=[],
    note="A list of cram-school branches with office addresses and switchboards: businesses, not people.",
)

# 032 stop — a foreign guardian's residence card number to an administrative scrivener
_g = adult("M")
_rc = f"{rng.choice(['UH', 'AB', 'EK', 'PL'])}{rng.randint(10000000, 99999999)}{rng.choice(['FA', 'CD', 'JR'])}"
add(
    expect="stop",
    sender=sender("kirishima"),
    to=["みなと行政書士事務所 <info@minato-gyosei.jp>"],
    subject="留学ビザ（家族滞在からの変更）ご相談の件",
    charset="utf-8",
    body=f"""みなと行政書士事務所
ご担当者様

初めてご連絡いたします。日の出学園 入試センターの霧島と申します。

4月入学予定の生徒の保護者（外国籍）について、在留資格の手続きをご相談したく、
保護者様の了承を得て情報をお送りします。

　保護者：グエン・ヴァン・ミン（NGUYEN VAN MINH）
　在留カード番号：{_rc}
　在留資格：技術・人文知識・国際業務（2028年6月まで）
　生徒：グエン・ティ・ラン（中学1年に入学予定）

一度お打合せの時間をいただけますでしょうか。

{sig("kirishima", 0)}
""",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="A guardian's 在留カード number sent to an outside office: an identity-document number.",
)

# 033 stop — HTML-only mail with a table of successful applicants and phones
_trs = []
for i in range(6):
    k = kid("chu")
    _trs.append(f"<tr><td>{1400 + rng.randint(1, 99)}</td><td>{k['name']}</td><td>{rng.choice(['特待A', '特待B', '一般'])}</td><td>{mobile()}</td></tr>")
add(
    expect="stop",
    sender=sender("sasaki"),
    to=["明星進学会 国分寺校 <kokubunji@myojo-shingakukai.jp>"],
    subject="第3回入試 合格者（貴塾生）ご連絡",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif">
<p>明星進学会 国分寺校<br>教室長 様</p>
<p>いつもお世話になっております。日の出学園 入試広報室の佐々木です。<br>
第3回入試の貴塾生の合格者をお知らせいたします。入学手続きのご案内は保護者様へ直接お電話いたしますので、
念のため連絡先に誤りがないかご確認いただけますでしょうか。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>受験番号</th><th>氏名</th><th>区分</th><th>保護者連絡先</th></tr>
{''.join(_trs)}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>{SCHOOL} 入試広報室<br>佐々木 航<br>TEL {TEL}</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only table of six successful applicants with guardian phone numbers to a cram school.",
)

# 034 pass — one guardian on free mail, general answer
_g = adult("F")
add(
    expect="pass",
    sender=sender("takane"),
    to=[f"{_g['name']} <{freemail(_g, 'icloud.com')}>"],
    subject="Re: 出願方法についての質問",
    charset="iso-2022-jp",
    body=f"""{_g['name']} 様

日の出学園 入試センターの高嶺でございます。
お問い合わせいただき、ありがとうございます。

出願はすべてWeb出願となります。手順は以下のとおりです。
　1. 本学園ホームページ「Web出願」からマイページを登録
　2. 志願者情報を入力し、受験料（25,000円）をお支払い
　3. 受験票をA4で印刷し、試験当日にご持参

複数回の同時出願の場合、2回目以降の受験料は10,000円となります。
出願期間は1月10日（土）〜1月29日（木）です。

{sig("takane", 0)}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="A general answer to one guardian on free mail: must go.",
)

# 035 stop — a pupil's health-insurance card numbers to a travel agent
_k = kid("chu", "M")
_g = guardian_of(_k, "M")
add(
    expect="stop",
    sender=sender("kirishima"),
    to=["旅の窓 教育旅行センター 吉岡様 <yoshioka@tabi-no-mado.co.jp>"],
    subject="オリエンテーション合宿 参加者の保険証情報（追加1名）",
    charset="iso-2022-jp",
    body=f"""旅の窓 教育旅行センター
吉岡様

お世話になっております。日の出学園の霧島です。
追加参加となった1名について、現地医療機関受診時に備えた保険証情報をお送りします。

　氏名：{_k['name']}（{_k['kata']}）
　生年月日：{wareki(_k['dob'])}
　被保険者：{_g['name']}（父）
　保険者番号：0113{rng.randint(1000, 9999)}
　記号：{rng.randint(10000000, 99999999)}　番号：{rng.randint(1, 99)}

以上、名簿への追記をお願いいたします。

{sig("kirishima", 1)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="A pupil's 健康保険証 記号・番号 sent to a travel agent.",
)

# 036 pass — announcement to guardians, properly in Bcc
_bcc = []
for dom in ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp", "outlook.jp"]:
    g = adult()
    _bcc.append(freemail(g, dom))
add(
    expect="pass",
    sender=sender("sasaki"),
    to=["日の出学園 入試広報室 <koho@hinode-sangyo.co.jp>"],
    bcc=_bcc,
    subject="【日の出学園】11/8 個別相談会 ご予約確定のお知らせ",
    charset="iso-2022-jp",
    body=f"""保護者の皆様

このたびは個別相談会にお申し込みいただき、誠にありがとうございます。
ご予約が確定いたしましたので、お知らせいたします。

　日時：11月8日（日）ご予約の時間
　場所：日の出学園 本校舎 1階 受付
　※上履きは不要です。駐車場はございませんので公共交通機関をご利用ください。

ご都合が悪くなった場合は、前日までにご連絡ください。

※本メールは送信専用アドレスではございません。ご質問は本メールへご返信ください。

{sig("sasaki", 3)}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="Guardians are in Bcc (correct); only our own address in To: must go.",
)

# 037 stop — proctors' driver's licence numbers to a staffing agency
_lines = []
for i in range(5):
    p = adult()
    p["dob"] = rand_date(date(1958, 1, 1), date(2004, 12, 31))
    _lines.append(f"{i + 1}) {p['name']}（{p['kata']}）　生年月日 {seireki(p['dob'], '-')}　運転免許証番号 {rng.choice(['30', '31', '45', '46'])}{rng.randint(1000000000, 9999999999)}")
add(
    expect="stop",
    sender=sender("hiyama"),
    to=["スタッフひろば 教育事業部 <kyoiku@staff-hiroba.co.jp>"],
    subject="試験監督スタッフの本人確認情報（入構証作成用）",
    charset="cp932",
    body=f"""スタッフひろば株式会社
教育事業部 ご担当者様

お世話になっております。日の出学園 総務課の檜山です。
入構証の作成にあたり、当方で直接登録した監督スタッフ5名の本人確認情報をお送りします。
（当日、受付で免許証の原本と照合します）

""" + "\n".join(_lines) + f"""

御社経由の方と合わせて入構証をご手配ください。

{sig("hiyama", 0)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="Five proctors' driver's licence numbers and birth dates sent to a staffing agency.",
)

# 038 either — exam numbers only (successful applicants) for the notice board
_nums = sorted(rng.sample(range(1001, 1420), 60))
add(
    expect="either",
    sender=sender("takane"),
    to=["錦印刷 制作部 熊谷様 <kumagai@nishiki-insatsu.co.jp>"],
    subject="合格発表 掲示用ボード 受験番号データ（第1回）",
    charset="iso-2022-jp",
    body=f"""錦印刷 制作部
熊谷様

お世話になっております。高嶺です。
2月2日朝掲示の合格発表ボード用に、合格者の受験番号を送ります。
（氏名は掲示しません。10列で配置をお願いします）

""" + "\n".join("  ".join(str(n) for n in _nums[i:i + 10]) for i in range(0, len(_nums), 10)) + f"""

出力は2月1日23時までに納品いただけますと助かります。

{sig("takane", 1)}
""",
    entities=[],
    detectors=[],
    note="Sixty exam numbers of successful applicants, no names or contacts: public-notice data, arguable either way.",
)

# 039 stop — two proctors' basic pension numbers, one record per block, to a labour consultant
_blocks = []
for i in range(2):
    p = adult()
    z, a, _ = address()
    _blocks.append(f"""■{i + 1}人目
　氏名　　　　　{p['name']}（{p['kana']}）
　生年月日　　　{wareki(p['dob'])}
　住所　　　　　〒{z} {a}
　基礎年金番号　{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　雇用期間　　　2027年1月24日〜2月5日（短期）""")
add(
    expect="stop",
    sender=sender("hiyama"),
    to=["星野社会保険労務士事務所 星野先生 <hoshino@hoshino-sr-office.jp>"],
    subject="入試期間の短期雇用者 2名の資格取得手続きについて",
    charset="iso-2022-jp",
    body=f"""星野社会保険労務士事務所
星野先生

いつもお世話になっております。日の出産業 教育事業本部 総務課の檜山です。

入試期間中の採点補助として直接雇用する2名について、
勤務時間が週20時間を超えるため資格取得の手続きをお願いしたく、情報をお送りします。

""" + "\n\n".join(_blocks) + f"""

雇用契約書の写しは明日お送りいたします。

{sig("hiyama", 0)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="Basic pension numbers (基礎年金番号) of two people sent to an outside labour consultant.",
)

# 040 pass — aggregate exam statistics to a cram school
add(
    expect="pass",
    sender=sender("sasaki"),
    to=["北斗セミナール 教務部 <kyomu@hokuto-seminar.co.jp>"],
    subject="2026年度入試結果（数値）のご送付",
    charset="iso-2022-jp",
    body=f"""北斗セミナール 教務部御中

いつもお世話になっております。日の出学園の佐々木です。
お問い合わせいただいた昨年度入試の結果（数値）をお送りします。

　回     募集  志願者  受験者  合格者  実質倍率  合格最低点  平均点（受験者）
　-----  ----  ------  ------  ------  --------  ----------  ----------------
　第1回  80    412     389     131     2.97      252/400     238.6
　第2回  40    598     447     98      4.56      268/400     241.2
　第3回  20    521     301     41      7.34      281/400     236.9
　帰国生 若干  46      44      19      2.32      —           —

個人の成績はお出しできませんので、ご了承ください。

{sig("sasaki", 1)}
""",
    entities=[],
    detectors=[],
    note="Aggregate statistics only, no person: must go.",
)

# 041 stop — a guardian's mail about epilepsy forwarded to the cram-school teacher
_k = kid("kou", "M")
_g = guardian_of(_k, "F")
add(
    expect="stop",
    sender=sender("takane"),
    to=["清陵ゼミナール 立川校 相良先生 <sagara@seiryo-zemi.co.jp>"],
    subject="転送: 面接試験当日について",
    charset="iso-2022-jp",
    body=f"""相良先生

お世話になっております。日の出学園の高嶺です。
保護者様から下記のご連絡をいただきました。塾でも同様のご相談を受けていらっしゃると
伺いましたので、念のため共有いたします。

---------- 転送メッセージ ----------
差出人: {_g['name']} <{freemail(_g)}>
日付: 2027年1月12日 21:04
件名: 面接試験当日について

日の出学園 入試センター 御中

推薦入試を受験する{_k['name']}の母です。
息子はてんかんの持病があり、服薬で発作は抑えられていますが、
強い緊張で発作が起きたことが過去に一度あります。
面接の待ち時間が長くなる場合、別室で待機させていただくことは可能でしょうか。

{_g['name']}
-----------------------------------

{sig("takane", 1)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A forward (new text to the recipient) of a guardian's mail naming a pupil's epilepsy, sent to a cram school.",
)

# 042 stop — religious accommodation for one named applicant, to the regional venue vendor
_k = kid("kou", "F")
add(
    expect="stop",
    sender=sender("park"),
    to=["エグザムロジ 大阪会場担当 <osaka@exam-logi.jp>"],
    subject="大阪会場（1/22）受験生の礼拝場所について",
    charset="utf-8",
    body=f"""エグザムロジ株式会社
大阪会場ご担当者様

お世話になっております。日の出学園 国際入試担当のパークです。

1月22日の大阪会場で受験する{_k['name']}さん（受験番号 O-3017）はイスラム教徒で、
昼休み（12:10〜13:00）に礼拝を行うため、小部屋を一室お借りしたいとのご相談がありました。
また、スカーフ着用のまま受験いたしますので、本人確認の際は女性スタッフの方に
ご対応いただけますと幸いです。

ご手配の可否をお知らせください。

{sig("park", 1)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="One named applicant's religion (要配慮個人情報) in a sentence to an external vendor.",
)

# 043 pass — reply under an Outlook header: the vendor's list is only in quoted text
_q = []
for i in range(6):
    k = kid("chu")
    _q.append(f"{2100 + i}  {pad(k['name'], 14)}{mobile()}  遅刻（電車遅延）")
add(
    expect="pass",
    sender=sender("hiyama"),
    to=["会場サポート株式会社 運営部 <unei@kaijo-support.co.jp>"],
    subject="RE: 【報告】第2回入試 遅刻者・保護者連絡の記録",
    charset="iso-2022-jp",
    body=f"""会場サポート株式会社
運営部 御中

ご報告ありがとうございました。内容確認いたしました。
遅延証明の回収分は、明日までに当方へお届けください。

{sig("hiyama", 1)}

-----Original Message-----
From: 会場サポート 運営部 <unei@kaijo-support.co.jp>
Sent: Tuesday, February 2, 2027 6:12 PM
To: 檜山 修 <hiyama.osamu@hinode-sangyo.co.jp>
Subject: 【報告】第2回入試 遅刻者・保護者連絡の記録

日の出学園 檜山様

本日の遅刻者と、受付で確認した保護者連絡先の記録です。
""" + "\n".join(_q) + """

以上です。
会場サポート株式会社 運営部
""",
    entities=[],
    detectors=[],
    note="The only list is quoted text from the vendor's own mail (under -----Original Message-----): must go.",
)

# 044 stop — a scholarship applicant who fled domestic violence (crime victim), to the foundation
_k = kid("kou", "F")
_g = guardian_of(_k, "F")
add(
    expect="stop",
    sender=sender("ashida"),
    to=["あおぞら育英会 審査課 柘植様 <tsuge@aozora-ikueikai.or.jp>"],
    subject="申請番号S-27-011 住所欄の取扱いについてご相談",
    charset="iso-2022-jp",
    body=f"""あおぞら育英会 審査課
柘植様

お世話になっております。日の出学園の芦田です。

申請番号S-27-011（生徒：{_k['name']}、保護者：{_g['name']}様）について、ご相談です。
ご家庭は父親からのDV被害により母子で避難中で、警察と支援措置の手続き中とのことです。
申請書の住所欄は避難先ではなく本学園住所での受付をお願いできませんでしょうか。
（課税証明書は旧住所の自治体から取り寄せ済みです）

ご検討のほど、よろしくお願いいたします。

{sig("ashida", 0)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Named family identified as victims of domestic violence (crime victim: 要配慮) to an external foundation.",
)

# 045 stop — judging criteria (DOCX with a 社外秘 header) sent to the law firm
add(
    expect="stop",
    sender=sender("kuga"),
    to=["白川法律事務所 弁護士 桐生先生 <kiryu@shirakawa-law.jp>"],
    subject="入試判定基準の開示請求対応について（ご相談）",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
桐生先生

平素より大変お世話になっております。日の出学園 入試センターの久我でございます。

先日お電話でご相談した、不合格者保護者からの判定基準の開示請求の件、
現行の判定基準を添付いたします。どこまで開示すべきか、ご意見を賜れますと幸いです。

{sig("kuga", 0)}
""",
    attachments=[{"kind": "docx", "name": "2027_hantei_kijun.docx", "page_header": "社外秘",
                  "title": "2027年度 入学試験 判定基準",
                  "paragraphs": ["2027年度 入学試験 判定基準", "1. 合否は4科合計点を基本とする。",
                                 "2. ボーダー±10点の受験者は、面接評価および出席状況を加味して判定する。",
                                 "3. 特待生は合計320点以上かつ各科目7割以上とする。",
                                 "4. 繰上げ合格は得点順とし、入学手続状況により随時決定する。"]}],
    entities=[],
    detectors=["confidential_marking"],
    note="The attached DOCX carries a 社外秘 header: a confidentiality marking going outside.",
)

# 046 pass — two cram schools in To (joint seminar), not three
add(
    expect="pass",
    sender=sender("sasaki"),
    to=["清陵ゼミナール 長谷部様 <hasebe.k@seiryo-zemi.co.jp>",
        "サンライズアカデミー 加藤様 <kato@sunrise-academy.jp>"],
    subject="合同入試相談会（11/22）の役割分担",
    charset="iso-2022-jp",
    body=f"""清陵ゼミナール 長谷部様
サンライズアカデミー 加藤様

お世話になっております。日の出学園の佐々木です。
11月22日の合同入試相談会、役割分担案をお送りします。

　・会場設営・受付：日の出学園
　・個別相談ブース：各塾2名ずつ
　・集客（チラシ配布）：各塾の教室掲示・保護者会で告知
　・アンケート集計：サンライズアカデミー様

修正があればご返信ください。

{sig("sasaki", 1)}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="Two external organisations in To (below three): must go.",
)

# 047 stop — a pupil's adjustment disorder (absences) discussed with a cram school
_k = kid("kou", "F")
add(
    expect="stop",
    sender=sender("takane"),
    to=["北斗セミナール 八王子校 真壁先生 <makabe@hokuto-seminar.co.jp>"],
    subject="Re: 調査書の欠席日数について",
    charset="iso-2022-jp",
    body=f"""真壁先生

お世話になっております。日の出学園の高嶺です。

お問い合わせの件ですが、{_k['name']}さんの調査書では中2の欠席日数が68日となっており、
出願時に提出された中学校の所見では「適応障害の診断により2学期は通院しながら
自宅学習」と記載されています。
本学園では欠席日数のみで不利に扱うことはありませんので、面接でご本人から
状況を伺う形になります。

{sig("takane", 1)}

> 日の出学園 高嶺先生
> 塾生の{_k['name']}が推薦で出願予定ですが、中2の欠席が多く、
> 影響があるかご相談させてください。
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="New text discloses a named pupil's diagnosis (適応障害) to a cram school.",
)

# 048 stop — XLSX with several sheets: rooms, and a roster with a title row and guardian phones
_rows = [["第1回入試 受験者名簿（会場：本校舎）"], ["作成日：2027/01/30"],
         ["受験番号", "氏名", "フリガナ", "性別", "試験室", "保護者携帯"]]
for i in range(40):
    k = kid("chu")
    _rows.append([1001 + i, k["name"], k["kata"], "男" if k["sex"] == "M" else "女",
                  f"{'ABCD'[i // 10]}-{i % 10 // 4 + 1}", mobile()])
    if i % 12 == 11:
        new_batch()
add(
    expect="stop",
    sender=sender("hiyama"),
    to=["会場サポート株式会社 蓮見様 <hasumi@kaijo-support.co.jp>"],
    subject="第1回 受験者名簿・試験室割（確定版）",
    charset="utf-8",
    body=f"""蓮見様

お世話になっております。檜山です。
第1回入試の受験者名簿と試験室割の確定版をお送りします。
「名簿」シートの保護者携帯は、欠席確認の電話連絡用です。

{sig("hiyama", 1)}
""",
    attachments=[{"kind": "xlsx", "name": "dai1kai_meibo_kakutei.xlsx",
                  "sheets": {"試験室": [["試験室", "定員", "監督"], ["A-1", 40, "会場サポート"],
                                     ["A-2", 40, "会場サポート"], ["B-1", 12, "日の出学園"]],
                             "名簿": _rows}}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX (second sheet, title rows above the header) with 40 applicants and guardian mobiles, to a vendor.",
)

# 049 pass — tracking numbers of pamphlet shipments to cram schools (businesses)
add(
    expect="pass",
    sender=sender("sasaki"),
    to=["かえで個別指導 本部 <office@kaede-kobetsu.jp>"],
    subject="学校案内 発送のご連絡（追跡番号）",
    charset="iso-2022-jp",
    body=f"""かえで個別指導 本部御中

いつもお世話になっております。日の出学園 入試広報室の佐々木です。
ご依頼の学校案内を各教室宛に本日発送いたしました。

　国立東校　50部　はやて急便 追跡番号 4412-8830-2157
　谷保校　　30部　はやて急便 追跡番号 4412-8830-2168
　本部　　　10部　はやて急便 追跡番号 4412-8830-2179

到着は明後日の午前中の予定です。

{sig("sasaki", 3)}
""",
    entities=[],
    detectors=[],
    note="Tracking numbers and business branches only: must go.",
)

# 050 stop — look-alike of the system partner (two letters swapped)
add(
    expect="stop",
    sender=sender("sasaki"),
    to=["ツバサシステム 導入支援 <dounyu@tsubasa-sysetm.jp>"],
    subject="Web出願 2027年度設定（入試回の追加）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム 導入支援ご担当者様

お世話になっております。日の出学園の佐々木です。
2027年度のWeb出願設定について、第4回（2/6）を追加したく、設定変更をお願いします。

　・出願期間：2/1 20:00 〜 2/5 23:59
　・受験料：25,000円（他回との併願割引あり）
　・試験科目：2科（国・算）

テスト環境での確認は12月中旬を希望します。

{sig("sasaki", 1)}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-sysetm.jp swaps two letters of the partner tsubasa-system.jp: look-alike.",
)


# =====================================================================================
# 051-075
# =====================================================================================

# 051 stop — PPTX report for a cram-school meeting listing scholarship entrants with scores
_slide = ["特待生合格者（第1回・第2回）"]
for i in range(7):
    k = kid("chu")
    _slide.append(f"{k['name']}（{rng.choice(['国立第三小', '立川南小', '府中緑小', '谷保小', '吉祥寺東小'])}）4科 {rng.randint(322, 371)}点 特待{rng.choice('AAB')}")
add(
    expect="stop",
    sender=sender("sasaki"),
    to=["サンライズアカデミー 塾長 加藤様 <kato@sunrise-academy.jp>"],
    subject="塾長会用資料（入試結果報告）",
    charset="utf-8",
    body=f"""加藤塾長

お世話になっております。日の出学園 入試広報室の佐々木です。
3月の塾長会でご報告する資料をお送りします。
貴塾のご意見をいただいてから最終版にしたいと思います。

{sig("sasaki", 1)}
""",
    attachments=[{"kind": "pptx", "name": "jukuchokai_2027_nyushi_kekka.pptx",
                  "title": "2027年度 入試結果報告",
                  "slides": [["2027年度 入試結果報告", "日の出学園 入試広報室", "2027年3月"],
                             ["志願者数の推移", "2025年度 1,402名", "2026年度 1,531名",
                              "2027年度 1,577名（前年比 +3.0%）"],
                             _slide,
                             ["2028年度に向けて", "第4回入試（2科）の新設", "帰国生入試のオンライン化"]]}],
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="A slide lists seven named applicants with primary school, score and scholarship rank, sent to a cram school.",
)

# 052 pass — internal mail with a password ZIP
add(
    expect="pass",
    sender=sender("ashida"),
    to=["久我 誠一 <kuga.seiichi@hinode-sangyo.co.jp>"],
    subject="奨学金 面接評価（暗号化ZIP）",
    charset="iso-2022-jp",
    body="""久我センター長

奨学金面接の評価表です。家庭状況の記述が多いため暗号化しています。
パスワードはTeamsでお送りしました。

芦田
""",
    attachments=[{"kind": "zip", "name": "shogakukin_mensetsu.zip", "password": "aoz0ra-27",
                  "files": [{"kind": "docx", "name": "mensetsu_hyoka.docx",
                             "paragraphs": ["奨学金 面接評価表", "（内容省略）"]}]}],
    entities=[],
    detectors=[],
    note="An encrypted ZIP, but the only recipient is internal: must go.",
)

# 053 stop — unencrypted ZIP with a UTF-8 CSV of applicants and a DOCX memo, to a consultant
_rows = [["受験番号", "氏名", "性別", "在籍小学校", "保護者メール", "電話", "住所", "流入経路"]]
for i in range(18):
    k = kid("chu")
    g = guardian_of(k)
    z, a, area = address()
    _rows.append([1500 + i, k["name"], "男" if k["sex"] == "M" else "女",
                  rng.choice(["国立第二小", "立川第五小", "府中第八小", "国分寺第四小", "私立桐朋小"]),
                  freemail(g), home_tel(area), f"{z} {a}",
                  rng.choice(["学校説明会", "塾紹介", "Web広告", "在校生紹介", "合同相談会"])])
add(
    expect="stop",
    sender=sender("sasaki"),
    to=["エデュコンサルト 分析チーム <analysis@edu-consult.jp>"],
    subject="広報効果分析用データ一式",
    charset="utf-8",
    body=f"""エデュコンサルト株式会社
分析チーム ご担当者様

お世話になっております。日の出学園の佐々木です。
広報効果分析に使うデータ一式をZIPでお送りします。
出願者リスト（CSV）と、こちらの問題意識をまとめたメモです。

{sig("sasaki", 1)}
""",
    attachments=[{"kind": "zip", "name": "kouhou_bunseki_data.zip",
                  "files": [{"kind": "csv", "name": "shutsugansha_2027.csv", "encoding": "utf-8",
                             "rows": _rows},
                            {"kind": "docx", "name": "memo.docx",
                             "paragraphs": ["分析の観点", "・流入経路別の出願率と歩留まり",
                                            "・地域別（市区町村）の志願者分布"]}]}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="A plain ZIP holding a CSV of 18 applicants with guardian e-mail, phone and address, sent to a consultant.",
)

# 054 pass — the blank accommodation-request form (DOCX) to a guardian
_g = adult("F")
add(
    expect="pass",
    sender=sender("nonomura"),
    to=[f"{_g['name']} <{freemail(_g, 'softbank.ne.jp')}>"],
    subject="受験上の配慮申請書（様式）のご送付",
    charset="iso-2022-jp",
    body=f"""{_g['sei']} 様

日の出学園 保健室の野々村でございます。
お電話でお問い合わせいただいた「受験上の配慮申請書」の様式をお送りいたします。

ご記入のうえ、医師の診断書または意見書を添えて、12月20日までに
郵送または窓口にてご提出ください。内容を確認のうえ、こちらからご連絡いたします。

{sig("nonomura", 0)}
""",
    attachments=[{"kind": "docx", "name": "hairyo_shinseisho_yoshiki.docx",
                  "title": "受験上の配慮申請書",
                  "paragraphs": ["受験上の配慮申請書", "日の出学園中学校・高等学校長 殿",
                                 "下記のとおり、受験上の配慮を申請します。"],
                  "tables": [[["志願者氏名", ""], ["受験番号（出願後）", ""], ["診断名・障害の状況", ""],
                              ["希望する配慮の内容", "□別室　□時間延長　□拡大問題　□座席指定　□その他（　　）"],
                              ["添付書類", "□診断書　□意見書　□障害者手帳の写し"],
                              ["保護者氏名・連絡先", ""]]]}],
    entities=[],
    detectors=["freemail_recipient"],
    note="A blank form with sensitive field labels but no one's data, to one guardian on free mail: must go.",
)

# 055 stop — forwarded vendor error report (attached .eml) with five applicants' contacts
_lines = []
for i in range(5):
    k = kid("chu")
    g = guardian_of(k)
    _lines.append(f"[ERR-{4410 + i}] {k['name']}  mail={freemail(g)}  tel={mobile()}  status=SMTP 550 (mailbox unavailable)")
add(
    expect="stop",
    sender=sender("sasaki"),
    to=["アプライクラウド 営業部 生駒様 <ikoma@apply-cloud.jp>"],
    subject="FW: 【障害報告】確認メール送信エラー（日の出学園様）",
    charset="utf-8",
    body=f"""アプライクラウド株式会社
生駒様

お世話になっております。日の出学園の佐々木です。
先日お話しした、現行システムで発生したエラー報告を転送します。
御社システムではこのようなケースをどう扱うか、ご教示ください。

{sig("sasaki", 1)}
""",
    attachments=[{"kind": "eml", "name": "shougai_houkoku.eml", "message": {
        "sender": "ツバサシステム サポートデスク <support@tsubasa-system.jp>",
        "to": ["佐々木 航 <sasaki.wataru@hinode-sangyo.co.jp>"],
        "subject": "【障害報告】確認メール送信エラー（日の出学園様）",
        "charset": "iso-2022-jp",
        "body": "日の出学園 佐々木様\n\n12/5 の確認メール送信で、以下5件がエラーとなりました。\n\n"
                + "\n".join(_lines) + "\n\n再送は保護者様のアドレス修正後に行います。\nツバサシステム サポートデスク\n"}}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="A forwarded mail (attached .eml) lists five applicants with guardians' e-mail and phone; a forward counts.",
)

# 056 pass — the admission guidelines (PDF) mention accommodations in general terms
add(
    expect="pass",
    sender=sender("sasaki"),
    to=["ことば塾 荻窪本校 <contact@kotoba-juku.com>"],
    subject="2027年度 生徒募集要項（確定版）のご送付",
    charset="iso-2022-jp",
    body=f"""ことば塾 荻窪本校 御中

いつもお世話になっております。日の出学園 入試広報室の佐々木です。
2027年度の生徒募集要項（確定版）をお送りいたします。
冊子は来週、教室宛にお送りします。

{sig("sasaki", 3)}
""",
    attachments=[{"kind": "pdf", "name": "2027_boshu_yoko.pdf", "title": "2027年度 生徒募集要項",
                  "lines": ["2027年度 日の出学園中学校 生徒募集要項",
                            "1. 募集人員　第1回 80名／第2回 40名／第3回 20名／帰国生 若干名",
                            "2. 出願方法　Web出願（1月10日〜）",
                            "3. 受験上の配慮",
                            "　障害や疾病等により受験上の配慮を必要とする場合は、12月20日までに",
                            "　配慮申請書に医師の診断書を添えて申請してください。",
                            "4. 個人情報の取扱い",
                            "　出願時にご提供いただいた個人情報は、入学試験の実施および入学手続",
                            "　以外の目的には使用しません。",
                            "5. 問合せ　入試センター 042-576-3310"]}],
    entities=[],
    detectors=[],
    note="Guidelines mention disability/illness and personal data only in general terms: must go.",
)

# 057 pass — legal consultation; a guardian is named without any other data
add(
    expect="pass",
    sender=sender("kuga"),
    to=["白川法律事務所 桐生先生 <kiryu@shirakawa-law.jp>"],
    subject="入学金返還請求の件（追加のご相談）",
    charset="iso-2022-jp",
    body=f"""桐生先生

お世話になっております。日の出学園の久我です。

先日ご相談した入学金の返還請求の件、相手方（保護者の日比野様）から再度書面が届きました。
主張は前回と同様で、「3月31日までの辞退であれば入学金も返還されるべき」というものです。
当学園の募集要項では入学金は返還しない旨を明記しております。

書面の写しは本日郵送いたしました。次回の打合せは来週水曜の午後でいかがでしょうか。

{sig("kuga", 1)}

{DISC_JA}
""",
    entities=[],
    detectors=[],
    note="Ordinary legal consultation; one surname with no other data, plus the standard disclaimer: must go.",
)

# 058 stop — a guardian, a cram school and the vendor all in To/Cc (three external parties)
_k = kid("chu", "F")
_g = guardian_of(_k, "M")
add(
    expect="stop",
    sender=sender("hiyama"),
    to=[f"{_g['name']} <{freemail(_g, 'gmail.com')}>"],
    cc=["清陵ゼミナール 国立校 相良先生 <sagara@seiryo-zemi.co.jp>",
        "会場サポート株式会社 蓮見様 <hasumi@kaijo-support.co.jp>"],
    subject="2/3 第3回入試 受付時間の変更について",
    charset="iso-2022-jp",
    body=f"""{_g['sei']} 様
（cc: 清陵ゼミナール 相良先生、会場サポート 蓮見様）

日の出学園 総務課の檜山でございます。

{_k['mei']}さんが当日、ご自宅から会場までの電車の運休の影響を受けられる件について、
受付開始を7:40に早め、北門からご入場いただけるよう手配いたしました。
北門では会場サポートの係員がご案内いたします。
塾の相良先生には、北門での付き添いまでご対応いただけると伺っております。

ご不明点がございましたらご連絡ください。

{sig("hiyama", 1)}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="A guardian, a cram school and a vendor (three external parties) can see each other in To/Cc.",
)

# 059 pass — ordinary reply to a cram school with a full signature
add(
    expect="pass",
    sender=sender("takane"),
    to=["明星進学会 三鷹校 諏訪様 <suwa@myojo-shingakukai.jp>"],
    subject="Re: 校舎見学のお願い",
    charset="cp932",
    body=f"""明星進学会 三鷹校
諏訪様

いつも大変お世話になっております。
日の出学園 入試センターの高嶺でございます。

校舎見学の件、承知いたしました。
11月12日（木）15:30に正門守衛室へお越しください。
私がご案内いたします（所要時間は1時間程度です）。

当日お目にかかれますことを楽しみにしております。

{sig("takane", 0)}

{DISC_JA}
""",
    entities=[],
    detectors=[],
    note="Business reply with the sender's full signature (〒, TEL) and the standard disclaimer: must go.",
)

# 060 pass — legacy XLS of participating schools (businesses) to the city
_rows = [["学校名", "所在地", "代表電話", "ブース番号", "参加人数"]]
for s_, a_, t_ in [("日の出学園中学校・高等学校", "国立市中2-17-3", "042-576-3310"),
                   ("瑞橋女子学院", "瑞橋市本町4-1-20", "042-588-1101"),
                   ("多摩みらい中学校", "多摩市落合6-3-1", "042-375-2240"),
                   ("武蔵野創志館", "武蔵野市境3-11-9", "0422-51-0075"),
                   ("立川明道学園", "立川市錦町5-2-14", "042-522-8460"),
                   ("国分寺聖陵中学校", "国分寺市本町1-6-2", "042-321-4419")]:
    _rows.append([s_, a_, t_, f"B-{rng.randint(1, 30):02d}", rng.randint(2, 4)])
add(
    expect="pass",
    sender=sender("sasaki"),
    to=["瑞橋市教育委員会 学務課 <gakumu@city.mizuhashi.lg.jp>"],
    subject="私立中学校合同説明会 参加校一覧（様式）の提出",
    charset="iso-2022-jp",
    body=f"""瑞橋市教育委員会 学務課 御中

お世話になっております。日の出学園の佐々木です。
幹事校として、合同説明会の参加校一覧を取りまとめましたので提出いたします。
（市の様式がxls形式のため、旧形式で保存しております）

{sig("sasaki", 1)}
""",
    attachments=[{"kind": "xls", "name": "goudou_setsumeikai_sankako.xls",
                  "sheets": {"参加校": _rows}}],
    entities=[],
    detectors=[],
    note="A list of schools with addresses and switchboards (organisations), legacy XLS: must go.",
)

# 061 pass — four interviewers' pick-up details to a taxi company (four people, not five)
_lines = []
for i in range(4):
    p = adult()
    z, a, _ = address()
    _lines.append(f"　{i + 1}. {p['name']} 様　迎車先：{a}　携帯：{mobile()}　迎車 7:{rng.choice(['05', '15', '20', '30'])}")
add(
    expect="pass",
    sender=sender("hiyama"),
    to=["日の丸交通 法人配車センター <haisha@hinomaru-kotsu.co.jp>"],
    subject="1/24 推薦入試 面接委員の送迎予約",
    charset="iso-2022-jp",
    body=f"""日の丸交通株式会社
法人配車センター 御中

いつもお世話になっております。日の出学園 総務課の檜山です。
1月24日（日）の推薦入試にお越しいただく外部面接委員の送迎をお願いします。
行先はいずれも日の出学園 正門です。

""" + "\n".join(_lines) + f"""

料金はチケット（法人契約番号 HS-0311）でお願いします。

{sig("hiyama", 1)}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Four people's pick-up addresses and mobiles (fewer than five records) to a taxi company: may warn, must go.",
)

# 062 stop — PDF table of sports-recommendation applicants with DOB and addresses
_tab = [["No", "氏名", "ふりがな", "生年月日", "住所", "種目", "自己ベスト"]]
for i in range(6):
    k = kid("kou")
    _tab.append([i + 1, k["name"], k["kana"], seireki(k["dob"]), address()[1],
                 rng.choice(["100m", "400m", "走幅跳", "1500m", "110mH"]),
                 rng.choice(["11\"21", "52\"87", "6m42", "4'08\"33", "15\"02"])])
add(
    expect="stop",
    sender=sender("kuga"),
    to=["南関東陸上競技協会 事務局 <jimukyoku@minami-kanto-rikujo.or.jp>"],
    subject="スポーツ推薦 出願者の競技実績照会",
    charset="utf-8",
    body=f"""南関東陸上競技協会
事務局 御中

平素よりお世話になっております。日の出学園 入試センターの久我です。
スポーツ推薦入試の出願者6名について、登録記録の照会をお願いいたします。
一覧をPDFで添付しております。

{sig("kuga", 0)}
""",
    attachments=[{"kind": "pdf", "name": "sports_suisen_shokai.pdf", "title": "競技実績照会",
                  "lines": ["2027年度 スポーツ推薦入試 出願者 競技実績照会", ""], "table": _tab}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PDF table of six applicants with birth dates and home addresses sent to a sports association.",
)

# 063 stop — returnee applicants, one record per block, to a cram school
_blocks = []
for i in range(5):
    k = kid("chu")
    g = guardian_of(k)
    _blocks.append(f"""【{i + 1}】{k['name']}（{k['kana']}）
  現地校：{rng.choice(['London', 'Düsseldorf', 'Bangkok', 'Los Angeles', 'Shanghai'])} / 帰国予定 2027年{rng.randint(1, 3)}月
  保護者：{g['name']}
  E-mail：{freemail(g)}
  TEL：{mobile()}""")
add(
    expect="stop",
    sender=sender("park"),
    to=["ことば塾 帰国生コース 雲雀先生 <hibari@kotoba-juku.com>"],
    subject="帰国生入試 オンライン面接の接続テスト対象者",
    charset="utf-8",
    body=f"""雲雀先生

お世話になっております。日の出学園 国際入試担当のパークです。
オンライン面接の接続テストを貴塾で代行いただける5名の情報です。
テストは12月1日〜3日の間で、各ご家庭と日程調整をお願いいたします。

""" + "\n\n".join(_blocks) + f"""

{sig("park", 1)}
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Five records as blocks (applicant, guardian, e-mail, phone) sent to a cram school.",
)

# 064 pass — the word 機密 used in a sentence about print security, no marking
add(
    expect="pass",
    sender=sender("takane"),
    to=["錦印刷 制作部 熊谷様 <kumagai@nishiki-insatsu.co.jp>"],
    subject="入試問題の印刷工程について（確認事項）",
    charset="iso-2022-jp",
    body=f"""熊谷様

お世話になっております。高嶺です。
今年度も入試問題の印刷をお願いするにあたり、機密保持の観点から以下をご確認ください。

　1. 作業は昨年同様、入退室管理のある専用室で行っていただく
　2. 刷り損じ・版下は裁断のうえ溶解処理し、処理証明をいただく
　3. 納品は1月28日、当方職員2名が御社で受領

昨年いただいた作業手順書に変更があれば、お知らせください。

{sig("takane", 1)}
""",
    entities=[],
    detectors=[],
    note="Mentions 機密保持 as a topic; no document is marked: must go.",
)

# 065 stop — comma-separated guardian e-mails for a bulk-mail vendor
_lines = []
for i in range(9):
    k = kid("chu")
    g = guardian_of(k)
    _lines.append(f"{1600 + i * 3},{g['name']},{freemail(g)}")
add(
    expect="stop",
    sender=sender("kirishima"),
    to=["バルクメールプロ 導入サポート <setup@bulkmail-pro.jp>"],
    subject="配信テスト用リストについて",
    charset="utf-8",
    body=f"""バルクメールプロ 導入サポート ご担当者様

お世話になっております。日の出学園の霧島です。
合格発表日の一斉連絡の配信テストに使うリストです。CSV形式で本文に貼り付けます。

受験番号,保護者氏名,メールアドレス
""" + "\n".join(_lines) + f"""

テスト配信は件名に「【テスト】」を付けてお願いします。

{sig("kirishima", 1)}
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="Nine guardians' names and e-mail addresses (comma-separated in the body) to a vendor.",
)

# 066 stop — bullets: waiting-list candidates with guardian phones, to a cram school
_lines = []
for i in range(6):
    k = kid("chu")
    _lines.append(f"・{1700 + rng.randint(1, 99)}　{k['name']} さん　（ご自宅 {home_tel(rng.choice(['042', '03', '044']))}）")
add(
    expect="stop",
    sender=sender("takane"),
    to=["かえで個別指導 国立東校 舘野様 <tateno@kaede-kobetsu.jp>"],
    subject="繰上げ合格の連絡先確認",
    charset="iso-2022-jp",
    body=f"""舘野様

お世話になっております。日の出学園の高嶺です。
繰上げ合格の候補となっている貴塾生のうち、ご自宅電話につながらない方がいます。
塾にご登録の連絡先と相違ないか、ご確認いただけますでしょうか。

""" + "\n".join(_lines) + f"""

本日18時までにご返信いただけますと助かります。

{sig("takane", 1)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Bulleted list of six waiting-list pupils with home phones, sent to a cram school.",
)

# 067 pass — hotel booking for three staff members (names only)
add(
    expect="pass",
    sender=sender("hiyama"),
    to=["さくらホテル 札幌 予約課 <reserve-sapporo@sakura-hotel.jp>"],
    subject="1/9〜1/10 宿泊予約（札幌会場入試）",
    charset="iso-2022-jp",
    body=f"""さくらホテル 札幌
予約課 御中

いつもお世話になっております。日の出学園 総務課の檜山です。
札幌会場入試に伴い、以下のとおり宿泊を予約させてください。

　チェックイン：2027年1月9日（土）／チェックアウト：1月10日（日）
　シングル3室（禁煙）：檜山 修、高嶺 真理子、霧島 悠
　会議室：1月10日 8:00〜17:00「すずらん」（既予約 No. SH-77120）

お支払いは法人請求書払いでお願いいたします。

{sig("hiyama", 0)}
""",
    entities=[],
    detectors=[],
    note="A hotel booking naming three staff members without other personal data: must go.",
)

# 068 stop — one pupil's pre-entry health check result to the school-doctor clinic
_k = kid("chu", "M")
add(
    expect="stop",
    sender=sender("nonomura"),
    to=["さくらがおかクリニック 院長 越智先生 <ochi@sakuragaoka-clinic.jp>"],
    subject="入学前健康診断 精密検査のご依頼（1名）",
    charset="iso-2022-jp",
    body=f"""さくらがおかクリニック
越智先生

いつも大変お世話になっております。日の出学園 保健室の野々村です。

3月の入学前健康診断で、下記の新入生に心電図所見がありました。
精密検査の受診先としてご紹介させていただけますでしょうか。

　氏名　　：{_k['name']}（{_k['kana']}）
　生年月日：{wareki(_k['dob'])}
　所見　　：心電図 WPW症候群の疑い（要精密検査）
　既往歴　：川崎病（3歳時）

保護者様には了承をいただいております。

{sig("nonomura", 1)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="One named pupil's health check findings and medical history sent to an external clinic.",
)

# 069 stop — a corrupt DOCX
add(
    expect="stop",
    sender=sender("takane"),
    to=["エデュコンサルト 面接研修担当 <training@edu-consult.jp>"],
    subject="面接官研修用の評価シート",
    charset="iso-2022-jp",
    body=f"""エデュコンサルト 面接研修ご担当者様

お世話になっております。日の出学園の高嶺です。
来週の面接官研修で使う評価シートの現行版をお送りします。
改善のご提案をいただけますと幸いです。

{sig("takane", 1)}
""",
    attachments=[{"kind": "corrupt", "name": "mensetsu_hyoka_sheet_v3.docx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="The attached DOCX is corrupt and cannot be inspected.",
)

# 070 pass — English reply; the romaji list with passports is only in the quoted text
_q = []
for i in range(5):
    k = kid("chu")
    _q.append(f"> {i + 1}. {k['romaji']}, born {k['dob'].strftime('%d/%m/%Y')}, passport TR{rng.randint(1000000, 9999999)}")
add(
    expect="pass",
    sender=sender("park"),
    to=["GlobalEd Bridge Admissions <admissions@globaled-bridge.com>"],
    subject="Re: Candidate list for the London sitting",
    charset="utf-8",
    body=f"""Dear Sophie,

Thank you - the list matches our records. The papers will leave Tokyo on 30 November
and should reach your London office by 3 December. Please keep them sealed until the
start of the exam.

{sig("park", 2)}

On Mon, 23 Nov 2026 at 10:14, Sophie Grant <admissions@globaled-bridge.com> wrote:
> Dear Ms Park,
> Please find below the candidates sitting the exam at our London office:
""" + "\n".join(_q) + """
> Kind regards,
> Sophie Grant
""",
    entities=[],
    detectors=[],
    note="The list with passports is quoted from the recipient's own mail (On ... wrote:); new text has none.",
)

# 071 stop — a corrupt PDF (scanned transcript) to the marking vendor
add(
    expect="stop",
    sender=sender("kirishima"),
    to=["採点ラボ 業務部 <gyomu@saiten-lab.co.jp>"],
    subject="マークシート読取エラー分のスキャン",
    charset="cp932",
    body=f"""採点ラボ株式会社 業務部 御中

お世話になっております。日の出学園の霧島です。
読取エラーとなった答案のスキャンデータをお送りします。
手入力での採点をお願いいたします。

{sig("kirishima", 1)}
""",
    attachments=[{"kind": "corrupt", "name": "yomitori_error_scan.pdf"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="The attached PDF is corrupt and cannot be inspected.",
)

# 072 stop — a password-protected PDF (scholarship decision) to a guardian
_g = adult("F")
add(
    expect="stop",
    sender=sender("ashida"),
    to=[f"{_g['name']} <{freemail(_g, 'ezweb.ne.jp')}>"],
    subject="【日の出学園】奨学金 審査結果のお知らせ",
    charset="iso-2022-jp",
    body=f"""{_g['sei']} 様

日の出学園 奨学金担当の芦田でございます。
奨学金の審査結果通知書をお送りいたします。
PDFにはパスワードを設定しております（出願時にご登録の電話番号下4桁）。

ご不明な点がございましたらお問い合わせください。

{sig("ashida", 0)}
""",
    attachments=[{"kind": "pdf", "name": "shinsa_kekka_tsuchi.pdf", "password": "4821",
                  "lines": ["奨学金 審査結果通知書", "（本文）"]}],
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="A password-protected PDF cannot be inspected; the recipient is on a carrier address.",
)

# 073 pass — a mail about data-protection rules that names data types but carries none
add(
    expect="pass",
    sender=sender("kirishima"),
    to=["採点ラボ 業務部 <gyomu@saiten-lab.co.jp>"],
    subject="委託業務における個人情報の取扱いについて",
    charset="iso-2022-jp",
    body=f"""採点ラボ株式会社 業務部 御中

お世話になっております。日の出学園の霧島です。
今年度の採点業務委託にあたり、個人情報の取扱いについて確認させてください。

　・答案には受験番号のみ記載し、氏名は記載しません
　・マイナンバー、健康情報等の要配慮個人情報は一切お渡ししません
　・再委託は禁止とし、作業場所は御社本社に限ります
　・業務終了後、電子データは30日以内に消去し、消去証明をご提出ください

覚書の改定案は、別途法務から送付いたします。

{sig("kirishima", 0)}
""",
    entities=[],
    detectors=[],
    note="Talks about マイナンバー and 要配慮個人情報 as topics; no one's data is included: must go.",
)

# 074 stop — aggregate score distribution, XLSX marked 部外秘
_rows = [["【部外秘】2027年度 第1〜3回入試 得点分布"], [],
         ["得点帯", "第1回", "第2回", "第3回"]]
for lo in range(360, 160, -20):
    _rows.append([f"{lo}〜{lo + 19}", rng.randint(3, 60), rng.randint(3, 70), rng.randint(2, 40)])
add(
    expect="stop",
    sender=sender("sasaki"),
    to=["多摩私塾協会 事務局 <jimukyoku@tama-shijuku.or.jp>"],
    subject="研修会資料（得点分布）",
    charset="iso-2022-jp",
    body=f"""多摩私塾協会 事務局御中

お世話になっております。日の出学園の佐々木です。
2月の研修会でご説明する得点分布の資料をお送りします。

{sig("sasaki", 1)}
""",
    attachments=[{"kind": "xlsx", "name": "tokuten_bunpu_2027.xlsx", "page_header": "部外秘",
                  "sheets": {"得点分布": _rows}}],
    entities=[],
    detectors=["confidential_marking"],
    note="The XLSX is marked 部外秘 (title cell and page header): a marking goes outside.",
)

# 075 stop — English deck with a 'Confidential - Internal Only' footer
add(
    expect="stop",
    sender=sender("park"),
    to=["Margaret Doyle <m.doyle@westbrook-school.org>"],
    subject="Exchange programme 2027 - our internal planning deck",
    charset="utf-8",
    body=f"""Dear Ms Doyle,

As promised, here is the planning deck we used in our internal meeting, so that you can
see how we select the participants and fund the programme.

{sig("park", 2)}
""",
    attachments=[{"kind": "pptx", "name": "exchange_2027_planning.pptx",
                  "page_footer": "Confidential - Internal Only",
                  "slides": [["Westbrook Exchange 2027", "Planning deck", "International Office"],
                             ["Selection", "GPA 3.5 or above", "Interview in English",
                              "Teacher recommendation"],
                             ["Budget", "School subsidy: JPY 120,000 per student",
                              "Family contribution: JPY 380,000"]]}],
    entities=[],
    detectors=["confidential_marking"],
    note="Every slide carries a 'Confidential - Internal Only' footer and goes to an outside school.",
)


# =====================================================================================
# 076-100
# =====================================================================================


def corporate_number(base12: str) -> str:
    """法人番号: check digit in front of a 12-digit base (mod 9, weights 1/2 from the right)."""
    total = sum(int(d) * (1 if n % 2 == 1 else 2)
                for n, d in enumerate(reversed(base12), start=1))
    return str(9 - total % 9) + base12


# 076 stop — look-alike of the own domain (hyphen for a dot)
add(
    expect="stop",
    sender=sender("kirishima"),
    to=["久我 誠一 <kuga.seiichi@hinode-sangyo-co.jp>"],
    subject="出願状況 速報（1/20 17時時点）",
    charset="iso-2022-jp",
    body="""久我センター長

1/20 17時時点の出願状況です。

　第1回　312名（前年同日比 +18）
　第2回　455名（+31）
　第3回　268名（−6）
　帰国生　41名（+4）

第3回の出足が鈍いので、明日の広報会議で塾向けの追加告知をご相談させてください。

霧島
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyo-co.jp replaces the dot of the own domain with a hyphen: look-alike.",
)

# 077 pass — internal: interview notes with family and health notes, subdomain recipients
_tab = []
for note in ["母親が精神疾患で入院中。本人がきょうだいの世話をしている。", "小4で白血病の治療歴あり、現在は寛解。",
             "特記事項なし。", "両親ともに外国籍（本人は日本生まれ）。", "吃音あり。本人の希望で面接時間を延長。"]:
    k = kid("kou")
    _tab.append(f"■{3200 + rng.randint(1, 99)} {k['name']}\n　{note}")
add(
    expect="pass",
    sender=sender("takane"),
    to=["推薦入試 面接担当 <suisen-mensetsu@gakuen.hinode-sangyo.co.jp>"],
    subject="推薦入試 面接時の申し送り事項（校内限り）",
    charset="cp932",
    body="""面接担当の先生方

明日の推薦入試面接に向けて、中学校からの申し送りを共有します。
面接での質問内容に配慮をお願いします。

""" + "\n".join(_tab) + """

入試センター 高嶺
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="Health and family notes on five applicants, but sent only to an internal subdomain list: must go.",
)

# 078 stop — a reply whose NEW text carries a five-row list; the cram school's question is quoted
_lines = []
for i in range(5):
    k = kid("chu")
    _lines.append(f"　{1800 + rng.randint(1, 180)}　{pad(k['name'], 12)}　保護者携帯 {mobile()}")
add(
    expect="stop",
    sender=sender("takane"),
    to=["サンライズアカデミー 立川北口校 浅葉先生 <asaba@sunrise-academy.jp>"],
    subject="Re: 追加合格の状況について",
    charset="iso-2022-jp",
    body=f"""浅葉先生

お世話になっております。日の出学園の高嶺です。
本日、貴塾生のうち下記5名に追加合格の連絡をいたしました。
まだ保護者様と連絡がついていない方もいらっしゃいますので、塾からもお声がけいただけますと助かります。

""" + "\n".join(_lines) + f"""

手続き締切は2月10日15時です。

{sig("takane", 1)}

> 日の出学園 高嶺先生
> いつもお世話になっております。
> 追加合格の連絡はもう始まっていますでしょうか。
> 塾生の保護者から問い合わせが多く、状況を教えていただけると助かります。
> サンライズアカデミー 浅葉
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="New text of a reply lists five pupils with guardian mobiles; the quoted part is harmless.",
)

# 079 stop — one applicant's low vision and disability certificate, to the printing partner
_k = kid("chu", "M")
add(
    expect="stop",
    sender=sender("nonomura"),
    to=["錦印刷 制作部 熊谷様 <kumagai@nishiki-insatsu.co.jp>"],
    subject="拡大問題冊子の作成依頼（第2回・1名分）",
    charset="iso-2022-jp",
    body=f"""錦印刷 制作部
熊谷様

お世話になっております。日の出学園 保健室の野々村です。

第2回入試で、受験番号2214の{_k['name']}さんが弱視（身体障害者手帳4級）のため、
拡大問題冊子（A4→A3、文字は22ポイント以上）を1部ご用意いただきたく存じます。
解答用紙も同じ倍率でお願いいたします。

納期は通常の問題冊子と同じ1月28日で差し支えございません。

{sig("nonomura", 1)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="One named applicant's visual disability (手帳4級) in a sentence to the printer: 要配慮個人情報.",
)

# 080 stop — dormitory entrants' food allergies to the catering partner
_lines = []
for i, (alg, note) in enumerate([("卵", "アナフィラキシー既往あり・エピペン所持"), ("小麦", "加工品も不可"),
                                   ("そば・落花生", "微量でも症状あり"), ("えび・かに", "加熱品も不可"),
                                   ("乳", "牛乳のみ不可、乳製品は少量可"), ("キウイ", "口腔アレルギー症候群")]):
    k = kid("kou")
    _lines.append(f"｜{pad(k['name'], 12)}｜{pad('高1' if i % 2 else '中1', 4)}｜{pad(alg, 12)}｜{note}")
add(
    expect="stop",
    sender=sender("nonomura"),
    to=["北国フーズ 給食事業部 宍戸様 <shishido@kitaguni-foods.co.jp>"],
    subject="4月入寮者の食物アレルギー対応について",
    charset="utf-8",
    body=f"""北国フーズ株式会社
給食事業部 宍戸様

いつもお世話になっております。日の出学園 保健室の野々村です。
4月から寮に入る新入生のうち、食物アレルギーのある6名の一覧です。
除去食のご準備をお願いいたします。

｜氏名　　　　｜学年｜原因食物　　｜備考
""" + "\n".join(_lines) + f"""

主治医の指示書の写しは、入寮日に寮監からお渡しします。

{sig("nonomura", 0)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Six named pupils' food allergies (health information) in a list to the catering partner.",
)

# 081 pass — an invoice with our corporate (T) number
_corp = corporate_number("301045678912")
add(
    expect="pass",
    sender=sender("maruoka"),
    to=["全国学力模試センター 経理部 <keiri@zenkoku-gakuryoku.co.jp>"],
    subject="請求書送付のご案内（会場使用料 11月分）",
    charset="iso-2022-jp",
    body=f"""全国学力模試センター
経理部 御中

いつもお世話になっております。日の出産業株式会社 経理課の丸岡でございます。
11月の会場模試に係る会場使用料の請求書をお送りいたします。

　請求書番号：INV-2026-1187
　登録番号　：T{_corp}
　金額　　　：330,000円（税込、うち消費税 30,000円）
　お支払期限：2026年12月31日
　振込先　　：みどり銀行 国立支店 普通 2087541 ヒノデサンギョウ（カ

ご査収のほど、よろしくお願いいたします。

{sig("maruoka", 0)}
""",
    attachments=[{"kind": "pdf", "name": "INV-2026-1187.pdf",
                  "lines": ["請求書", "全国学力模試センター 御中", "請求書番号 INV-2026-1187",
                            f"日の出産業株式会社　登録番号 T{_corp}",
                            "会場使用料（11/15 本校舎 12教室）　300,000円", "消費税（10%）　30,000円",
                            "合計　330,000円"]}],
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="Invoice with the company's T-number, invoice number and company bank account: business data, must go.",
)

# 082 stop — look-alike of the hotel partner (l → i)
add(
    expect="stop",
    sender=sender("hiyama"),
    to=["さくらホテル 博多 宴会予約 <banquet-hakata@sakura-hotei.jp>"],
    subject="福岡会場入試（1/17）会議室のご予約",
    charset="iso-2022-jp",
    body=f"""さくらホテル 博多
宴会予約ご担当者様

お世話になっております。日の出学園 総務課の檜山です。
昨年に続き、福岡会場入試の会場として会議室をお借りしたく、ご連絡いたしました。

　日時：2027年1月17日（日）7:30〜16:00
　人数：受験生 約35名、スタッフ 4名
　レイアウト：スクール形式、受験生控室として小会議室1室

空き状況とお見積りをお知らせください。

{sig("hiyama", 0)}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hotei.jp imitates the partner sakura-hotel.jp (l replaced by i).",
)

# 083 pass — internal: a 極秘 exam PDF among question writers
add(
    expect="pass",
    sender=sender("takane"),
    to=["作問委員（算数） <sakumon-sansu@hinode-sangyo.co.jp>"],
    subject="【極秘】第2回 算数 最終稿",
    charset="iso-2022-jp",
    body="""算数作問委員の先生方

第2回 算数の最終稿です。校内サーバ以外への保存はしないでください。
明日16時に最終読合せを行います。

高嶺
""",
    attachments=[{"kind": "pdf", "name": "sansu_dai2kai_final.pdf", "page_header": "極秘",
                  "lines": ["2027年度 第2回入学試験 算数", "1 次の計算をしなさい。",
                            "(1) 3.6 × 2 1/4 − 1.35 ÷ 0.09"]}],
    entities=[],
    detectors=[],
    note="Marked 極秘, but sent only to an internal list: must go.",
)

# 084 pass — scholarship rules with income thresholds, no person
add(
    expect="pass",
    sender=sender("ashida"),
    to=["清陵ゼミナール 進学指導部 長谷部様 <hasebe.k@seiryo-zemi.co.jp>"],
    subject="Re: 奨学金制度の家計基準について",
    charset="iso-2022-jp",
    body=f"""長谷部様

お世話になっております。日の出学園 奨学金担当の芦田です。
お問い合わせの家計基準は以下のとおりです（4人世帯の目安）。

　区分A：世帯年収 約270万円未満　→ 年額36万円 給付
　区分B：約270万〜450万円未満　 → 年額18万円 給付
　区分C：約450万〜590万円未満　 → 施設費の半額免除

判定は課税証明書の「課税標準額」等で行います。
個別のご家庭の状況については、保護者様から直接ご相談いただくようお伝えください。

{sig("ashida", 1)}
""",
    entities=[],
    detectors=[],
    note="Income thresholds of a scheme, not anyone's income: must go.",
)

# 085 stop — CSV (UTF-8) of separate-room applicants with diagnoses, to the regional vendor
_rows = [["受験番号", "氏名", "会場", "配慮内容", "理由"]]
for reason, req in [("ADHD", "別室・時間延長"), ("自閉スペクトラム症", "別室"), ("1型糖尿病", "補食許可"),
                    ("難聴（人工内耳）", "リスニング別室"), ("パニック障害", "別室・途中退室可"),
                    ("脳性麻痺（上肢）", "PC解答・時間延長")]:
    k = kid("chu")
    _rows.append([f"O-{3000 + rng.randint(1, 99)}", k["name"], "大阪会場", req, reason])
add(
    expect="stop",
    sender=sender("hiyama"),
    to=["エグザムロジ 大阪会場担当 <osaka@exam-logi.jp>"],
    subject="大阪会場 別室受験者リスト",
    charset="utf-8",
    body=f"""エグザムロジ株式会社
大阪会場ご担当者様

お世話になっております。日の出学園 総務の檜山です。
大阪会場の別室受験者リストを添付します。別室監督の方への事前説明にお使いください。

{sig("hiyama", 1)}
""",
    attachments=[{"kind": "csv", "name": "osaka_besshitsu.csv", "encoding": "utf-8", "rows": _rows}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="CSV rows tie six named applicants to diagnoses/disabilities, sent to an external vendor.",
)

# 086 either — reply to the guardian restating her own child's diagnosis
_k = kid("chu", "M")
_g = guardian_of(_k, "F")
add(
    expect="either",
    sender=sender("nonomura"),
    to=[f"{_g['name']} <{freemail(_g, 'gmail.com')}>"],
    subject="配慮申請の結果について",
    charset="iso-2022-jp",
    body=f"""{_g['sei']} 様

日の出学園 保健室の野々村でございます。
先日ご提出いただいた配慮申請について、入試委員会で審議いたしました。

{_k['name']}さんの自閉スペクトラム症の診断書の内容を踏まえ、
第1回・第2回入試ともに別室（本館1階 B-1教室）での受験を認めることといたしました。
試験時間の延長については、診断書に記載がないため見送りとなりました。

当日は8:00までに保健室へお越しください。

{sig("nonomura", 0)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="A child's diagnosis restated to the guardian who supplied it: sensitive to an outside address, yet the data subject's own parent.",
)

# 087 pass — uniform vendor, counts only
add(
    expect="pass",
    sender=sender("kirishima"),
    to=["光星ユニフォーム 学校営業部 <gakko@kousei-uniform.co.jp>"],
    subject="制服採寸会の日程と人数（2027年度入学生）",
    charset="cp932",
    body=f"""光星ユニフォーム株式会社
学校営業部 御中

お世話になっております。日の出学園 入試センターの霧島です。
2027年度入学生の制服採寸会について、下記のとおりお願いいたします。

　日時：2月14日（日）9:30〜15:00
　会場：本校舎 体育館
　人数：中学 男子 71名・女子 68名／高校 男子 22名・女子 25名（2/10時点の手続者数）

人数は最終的に2月12日に確定してご連絡いたします。

{sig("kirishima", 3)}
""",
    entities=[],
    detectors=[],
    note="Schedule and head-counts only: ordinary business mail.",
)

# 088 stop — look-alike of the partner bank (another TLD)
add(
    expect="stop",
    sender=sender("maruoka"),
    to=["みどり銀行 国立支店 法人営業課 <kunitachi-hojin@midori-ginko.com>"],
    subject="入学金 入金明細の照会",
    charset="iso-2022-jp",
    body=f"""みどり銀行 国立支店
法人営業課 御中

いつもお世話になっております。日の出産業 経理課の丸岡です。

入学金収納口座（普通 2087541）の2月3日〜5日の入金明細について、
振込依頼人名が「ニュウガクキン」とのみ表示されている3件があり、照会をお願いしたく存じます。
入金額はいずれも250,000円です。

{sig("maruoka", 1)}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginko.com is the partner bank's name under another TLD (.com for .co.jp): look-alike.",
)

# 089 pass — forward of a vendor's business mail (equipment and prices) to another partner
add(
    expect="pass",
    sender=sender("hiyama"),
    to=["川崎電機 システム営業部 砂川様 <sunagawa@kawasaki-denki.co.jp>"],
    subject="FW: 会場備品のご提案",
    charset="iso-2022-jp",
    body=f"""砂川様

お世話になっております。檜山です。
会場サポート社から下記の提案がありました。放送設備と重複していないか見ていただけますか。

---------- Forwarded message ----------
From: 会場サポート株式会社 営業部 <eigyo@kaijo-support.co.jp>
Date: 2026年12月2日 11:20
Subject: 会場備品のご提案

日の出学園 檜山様

ご依頼の備品について、下記でご提案いたします。
　・ワイヤレスマイク（4本）　　 1式 18,000円
　・教室用タイマー表示器　　　 12台 36,000円
　・受付用テント（3m×3m）　　　2張 24,000円
　・誘導看板（A1スタンド）　　 10台 15,000円
以上、ご検討ください。
会場サポート株式会社 営業部
""",
    entities=[],
    detectors=[],
    note="A forward counts as new text, but what is forwarded is a business price proposal: must go.",
)

# 090 stop — campus-visit children in katakana with full-width 和暦 DOB, to an insurer
_lines = []
for i in range(8):
    k = kid("sho" if i % 3 else "chu")
    if i % 3:
        k["dob"] = rand_date(date(2015, 4, 2), date(2017, 4, 1))
    _lines.append(f"{zen(str(i + 1)):>2}　{pad(k['kata'].replace(' ', '　'), 16)}　{wareki(k['dob'], 'zenshort')}")
add(
    expect="stop",
    sender=sender("sasaki"),
    to=["あんしん損保 代理店営業課 <dairiten@anshin-hoken.co.jp>"],
    subject="学校見学会（12/12）イベント保険 加入者名簿",
    charset="cp932",
    body=f"""あんしん損害保険株式会社
代理店営業課 御中

お世話になっております。日の出学園 入試広報室の佐々木です。
12月12日の学校見学会（実験教室）参加児童の名簿をお送りします。
傷害保険の加入手続きをお願いいたします。

No.　氏名（カナ）　　　　　　生年月日
""" + "\n".join(_lines) + f"""

{sig("sasaki", 1)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="Eight children in katakana with full-width 和暦 birth dates sent to an insurer.",
)

# 091 pass — reply to a guardian whose card number is only in the quoted text
_g = adult("M")
_card = next_card()
add(
    expect="pass",
    sender=sender("maruoka"),
    to=[f"{_g['name']} <{freemail(_g, 'yahoo.co.jp')}>"],
    subject="Re: 受験料の支払いができません",
    charset="iso-2022-jp",
    body=f"""{_g['sei']} 様

日の出学園 経理課の丸岡でございます。
ご不便をおかけし申し訳ございません。

カード番号はメールではお預かりできませんので、お手数ですが
マイページの「お支払い」から再度お手続きをお願いいたします。
エラーが続く場合は、コンビニ払いもご利用いただけます。

なお、今後はメールにカード番号を記載されないようお願い申し上げます。

{sig("maruoka", 1)}

> 何度やってもエラーになります。こちらのカードで決済をお願いできますか。
> カード番号 {_card}
> 有効期限 09/29
> {_g['name']}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="The card number appears only in the guardian's quoted text; the reply adds none: must go.",
)

# 092 stop — a confidential marking in the subject and body
add(
    expect="stop",
    sender=sender("hiyama"),
    to=["会場サポート株式会社 運営部 <unei@kaijo-support.co.jp>"],
    subject="[社外秘] 2027年度 入試実施要項（案）",
    charset="iso-2022-jp",
    body=f"""【社外秘】

会場サポート株式会社
運営部 御中

お世話になっております。日の出学園 総務課の檜山です。
2027年度入試の実施要項（案）を共有します。監督員マニュアル作成の参考にしてください。

　・集合：7:15 本校舎1階 会議室
　・問題冊子の受領：各教室責任者が8:10に入試本部で受領
　・試験開始：8:40（国語）／9:45（算数）／10:50（社会）／11:40（理科）
　・答案回収後、教室責任者が入試本部へ搬送

{sig("hiyama", 1)}
""",
    entities=[],
    detectors=["confidential_marking"],
    note="The mail is classified [社外秘] in the subject and at the top of the body, and goes to a vendor.",
)

# 093 pass — lunch-box order to the real catering partner, with an order number
add(
    expect="pass",
    sender=sender("hiyama"),
    to=["北国フーズ 法人受注センター <order@kitaguni-foods.co.jp>"],
    subject="2/1〜2/3 入試日 監督員用弁当のご注文",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
法人受注センター 御中

いつもお世話になっております。日の出学園 総務課の檜山です。
入試日の監督員用弁当を下記のとおり注文いたします（ご注文番号 KF-270201）。

　2月1日（月）幕の内弁当 48個／お茶 48本
　2月2日（火）幕の内弁当 36個／お茶 36本
　2月3日（水）幕の内弁当 30個／お茶 30本
　納品：各日11:30 本校舎 通用口

請求は月末締めでお願いいたします。

{sig("hiyama", 3)}
""",
    entities=[],
    detectors=[],
    note="An order with an order number to a partner; no personal data: must go.",
)

# 094 pass — two guardians of one family, both on the same free-mail domain
_k = kid("chu", "F")
_f = guardian_of(_k, "M")
_m = guardian_of(_k, "F")
add(
    expect="pass",
    sender=sender("takane"),
    to=[f"{_f['name']} <{freemail(_f, 'gmail.com')}>", f"{_m['name']} <{freemail(_m, 'gmail.com')}>"],
    subject="【日の出学園】入学手続きのご案内",
    charset="iso-2022-jp",
    body=f"""{_k['sei']} 様

このたびは合格おめでとうございます。日の出学園 入試センターの高嶺でございます。
お父様・お母様お二人へのご送付をご希望とのことで、お二人宛にお送りしております。

入学手続きは、合格者専用ページから2月10日15時までにお済ませください。
入学金（250,000円）のお振込み後、「手続完了」の画面が表示されれば完了です。

2月20日の入学説明会にて、制服採寸と教科書販売を行います。

{sig("takane", 0)}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="Two parents of one family in To (two private recipients, below three parties): must go.",
)

# 095 pass — a general enquiry to the city about support for pupils with disabilities
add(
    expect="pass",
    sender=sender("nonomura"),
    to=["瑞橋市教育委員会 教育支援課 <shien@city.mizuhashi.lg.jp>"],
    subject="私立学校における合理的配慮の事例について（ご相談）",
    charset="iso-2022-jp",
    body=f"""瑞橋市教育委員会 教育支援課 御中

お世話になっております。日の出学園 保健室の野々村と申します。

来年度、発達障害や身体障害のある生徒の受験・入学が複数見込まれており、
入学試験および入学後の合理的配慮について、市内公立校での事例を伺えればと考えております。
特に、試験時間延長の判断基準と、タブレット端末の使用可否について教えていただけますと幸いです。

一度、ご担当者様とお話しする機会をいただけますでしょうか。

{sig("nonomura", 0)}
""",
    entities=[],
    detectors=[],
    note="Disability discussed in general, tied to no identifiable person: must go.",
)

# 096 pass — interview timetable by application number only, to the foundation
_tab = [["時間", "申請番号", "面接室", "面接委員（財団）"]]
for i in range(8):
    _tab.append([f"{9 + (i * 25) // 60}:{(i * 25) % 60:02d}", f"S-27-{rng.randint(1, 30):03d}",
                 "第2会議室" if i % 2 else "第1会議室", rng.choice(["理事 大河内", "事務局長 柘植"])])
add(
    expect="pass",
    sender=sender("ashida"),
    to=["あおぞら育英会 審査課 柘植様 <tsuge@aozora-ikueikai.or.jp>"],
    subject="2/27 奨学金面接の時間割（案）",
    charset="utf-8",
    body=f"""柘植様

お世話になっております。日の出学園の芦田です。
2月27日の面接の時間割案をお送りします。申請番号のみで作成しております。
会議室は2室ご用意しました。

{sig("ashida", 1)}
""",
    attachments=[{"kind": "docx", "name": "mensetsu_jikanwari_0227.docx",
                  "paragraphs": ["奨学金 面接時間割（案）", "会場：日の出学園 本校舎2階"],
                  "tables": [_tab]}],
    entities=[],
    detectors=[],
    note="A timetable with application numbers only (no names, no contact data): must go.",
)

# 097 pass — internal: My Numbers of part-time proctors to HR
_rows = [["氏名", "フリガナ", "生年月日", "住所", "個人番号", "勤務日数"]]
for i in range(7):
    p = adult()
    p["dob"] = rand_date(date(1955, 1, 1), date(2004, 12, 31))
    _rows.append([p["name"], p["kata"], seireki(p["dob"]), address()[1], next_my_number(),
                  rng.randint(2, 6)])
add(
    expect="pass",
    sender=sender("hiyama"),
    to=["人事部 給与担当 <kyuyo@hinode-sangyo.co.jp>"],
    subject="入試監督アルバイト 源泉徴収用データ",
    charset="cp932",
    body="""給与担当 御中

教育事業本部 総務課の檜山です。
入試期間に直接雇用した監督アルバイト7名分のデータです。
個人番号は本人確認書類と照合済みです。支払調書の作成をお願いします。

檜山
""",
    attachments=[{"kind": "csv", "name": "kantoku_arubaito_2027.csv", "encoding": "cp932",
                  "rows": _rows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=[],
    note="My Numbers of seven people, but sent only to internal HR: must go.",
)

# 098 either — five cram-school teachers' direct contacts to the printer
_lines = []
for juku, dom in [("清陵ゼミナール 国立校", "seiryo-zemi.co.jp"), ("明星進学会 国分寺校", "myojo-shingakukai.jp"),
                  ("北斗セミナール 町田校", "hokuto-seminar.co.jp"), ("かえで個別指導 谷保校", "kaede-kobetsu.jp"),
                  ("ことば塾 荻窪本校", "kotoba-juku.com")]:
    p = adult()
    _lines.append(f"・{juku}　教室長 {p['name']} 先生　直通携帯 {mobile()}　{p['sei_r'].lower()}.{p['mei_r'][0].lower()}@{dom}")
add(
    expect="either",
    sender=sender("sasaki"),
    to=["錦印刷 営業部 真壁様 <makabe@nishiki-insatsu.co.jp>"],
    subject="塾向け招待状（宛名差込）の宛先",
    charset="iso-2022-jp",
    body=f"""真壁様

お世話になっております。佐々木です。
塾対象説明会の招待状、宛名差込分の宛先です。
招待状には教室長の先生のお名前を入れ、到着確認のためご連絡先も控えておいてください。

""" + "\n".join(_lines) + f"""

{sig("sasaki", 1)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="Five people's business contacts (direct mobiles and e-mail at their cram schools): list of people or business contacts, arguable.",
)

# 099 stop — My Numbers of proctors in an XLSX (title row, two sheets) to the labour consultant
_rows = [["2026年分 報酬・料金等の支払調書 作成用データ"], ["支払者：日の出産業株式会社"],
         ["No", "氏名", "住所", "個人番号", "区分", "支払金額", "源泉徴収税額"]]
for i in range(6):
    p = adult()
    pay = rng.randrange(30000, 180000, 1000)
    _rows.append([i + 1, p["name"], address()[1], next_my_number(), "入試問題作成・採点謝金", pay,
                  int(pay * 0.1021)])
add(
    expect="stop",
    sender=sender("maruoka"),
    to=["星野社会保険労務士事務所 <office@hoshino-sr-office.jp>"],
    subject="支払調書作成データ（作問・採点謝金分）",
    charset="utf-8",
    body=f"""星野社会保険労務士事務所 御中

いつもお世話になっております。日の出産業 経理課の丸岡です。
作問・採点謝金の支払調書作成用データをお送りします。
法定調書の提出代行をお願いいたします。

{sig("maruoka", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "shiharai_chosho_2026.xlsx",
                  "sheets": {"明細": _rows, "合計": [["件数", 6], ["備考", "個人番号は本人確認済み"]]}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="XLSX with six people's My Numbers and addresses sent to an outside office.",
)

# 100 pass — short reply; the cram school's pupil list is only in the quoted text
_q = []
for i in range(7):
    k = kid("chu")
    _q.append(f"> {pad(k['name'], 12)} {seireki(k['dob'])}  {rng.choice(['国立校', '立川校', '府中校'])}")
add(
    expect="pass",
    sender=sender("sasaki"),
    to=["清陵ゼミナール 進学指導部 長谷部様 <hasebe.k@seiryo-zemi.co.jp>"],
    subject="Re: 学校見学会 参加申込（清陵ゼミナール生）",
    charset="iso-2022-jp",
    body=f"""長谷部様

お世話になっております。日の出学園の佐々木です。
7名のお申込み、確かに承りました。当日は9:50に正門にお集まりください。

{sig("sasaki", 1)}

2026年11月30日(月) 16:02 清陵ゼミナール 長谷部 <hasebe.k@seiryo-zemi.co.jp>:
> 日の出学園 佐々木様
> 12/12の学校見学会に、当塾から下記7名が参加を希望しています。
""" + "\n".join(_q) + """
> よろしくお願いいたします。
""",
    entities=[],
    detectors=[],
    note="The pupil list with birth dates is quoted from the cram school's own mail; the new text has none.",
)

assert len(MESSAGES) == 100, len(MESSAGES)
assert [m["id"] for m in MESSAGES] == [f"juken-{i:03d}" for i in range(1, 101)]
