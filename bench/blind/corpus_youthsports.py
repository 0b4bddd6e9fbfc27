"""youthsports — 日の出産業株式会社 スポーツ振興事業部 のメール.

ひのでFCジュニア（少年サッカースクール）と ひのでスイミングスクール（港北校・青葉台校）:
子どもの入会登録と保護者情報、練習中のけが、アレルギー・喘息、大会エントリー（生年月日つき）、
コーチの採用時確認、送迎バス会社、スポンサー企業とのやりとり。
my_number / card_number の seed は 4401 から。
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

# -- invented people -------------------------------------------------------------------

_SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("後藤", "ゴトウ", "Goto"), ("岡田", "オカダ", "Okada"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("三浦", "ミウラ", "Miura"),
    ("藤原", "フジワラ", "Fujiwara"), ("松田", "マツダ", "Matsuda"), ("原田", "ハラダ", "Harada"),
    ("小川", "オガワ", "Ogawa"), ("竹内", "タケウチ", "Takeuchi"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("薬袋", "ミナイ", "Minai"), ("五百旗頭", "イオキベ", "Iokibe"),
    ("百目鬼", "ドウメキ", "Domeki"), ("九十九", "ツクモ", "Tsukumo"), ("月見里", "ヤマナシ", "Yamanashi"),
    ("鰐淵", "ワニブチ", "Wanibuchi"), ("轟", "トドロキ", "Todoroki"), ("能登谷", "ノトヤ", "Notoya"),
    ("比嘉", "ヒガ", "Higa"), ("宇佐美", "ウサミ", "Usami"), ("大城", "オオシロ", "Oshiro"),
    ("真壁", "マカベ", "Makabe"), ("二階堂", "ニカイドウ", "Nikaido"), ("伊集院", "イジュウイン", "Ijuin"),
    ("相馬", "ソウマ", "Soma"), ("舟橋", "フナハシ", "Funahashi"), ("雲母", "キララ", "Kirara"),
    ("桐生", "キリュウ", "Kiryu"), ("柘植", "ツゲ", "Tsuge"), ("日下部", "クサカベ", "Kusakabe"),
]
_BOY = [
    ("蓮", "レン", "Ren"), ("陽翔", "ハルト", "Haruto"), ("湊", "ミナト", "Minato"), ("蒼", "アオイ", "Aoi"),
    ("樹", "イツキ", "Itsuki"), ("悠真", "ユウマ", "Yuma"), ("大和", "ヤマト", "Yamato"),
    ("颯太", "ソウタ", "Sota"), ("朝陽", "アサヒ", "Asahi"), ("律", "リツ", "Ritsu"),
    ("結翔", "ユイト", "Yuito"), ("奏太", "カナタ", "Kanata"), ("一颯", "イブキ", "Ibuki"),
    ("琉生", "ルイ", "Rui"), ("瑛太", "エイタ", "Eita"), ("航", "ワタル", "Wataru"),
    ("智也", "トモヤ", "Tomoya"), ("晴", "ハル", "Haru"), ("新", "アラタ", "Arata"), ("岳", "ガク", "Gaku"),
    ("壮真", "ソウマ", "Soma"), ("煌", "コウ", "Ko"), ("隼人", "ハヤト", "Hayato"), ("旭", "アサヒ", "Asahi"),
]
_GIRL = [
    ("陽葵", "ヒマリ", "Himari"), ("凛", "リン", "Rin"), ("結菜", "ユイナ", "Yuina"), ("紬", "ツムギ", "Tsumugi"),
    ("澪", "ミオ", "Mio"), ("芽依", "メイ", "Mei"), ("葵", "アオイ", "Aoi"), ("莉子", "リコ", "Riko"),
    ("咲良", "サクラ", "Sakura"), ("心春", "コハル", "Koharu"), ("柚希", "ユズキ", "Yuzuki"),
    ("美月", "ミヅキ", "Mizuki"), ("杏", "アン", "An"), ("彩葉", "イロハ", "Iroha"), ("詩", "ウタ", "Uta"),
    ("千尋", "チヒロ", "Chihiro"), ("日菜", "ヒナ", "Hina"), ("小春", "コハル", "Koharu"),
]
_MOTHER = [("真由美", "mayumi"), ("由香", "yuka"), ("恵", "megumi"), ("智子", "tomoko"), ("麻衣", "mai"),
           ("美穂", "miho"), ("裕子", "yuko"), ("彩", "aya"), ("久美子", "kumiko"), ("沙織", "saori"),
           ("千晶", "chiaki"), ("友美", "tomomi"), ("香織", "kaori"), ("理恵", "rie")]
_FATHER = [("健一", "kenichi"), ("直樹", "naoki"), ("大輔", "daisuke"), ("拓也", "takuya"), ("亮", "ryo"),
           ("剛", "tsuyoshi"), ("和也", "kazuya"), ("聡", "satoshi"), ("雅人", "masato"), ("祐介", "yusuke"),
           ("慎吾", "shingo"), ("浩二", "koji")]
_ADULT_M = [("健太", "ケンタ"), ("誠", "マコト"), ("卓也", "タクヤ"), ("修平", "シュウヘイ"), ("英樹", "ヒデキ"),
            ("貴之", "タカユキ"), ("俊介", "シュンスケ"), ("哲也", "テツヤ"), ("光太郎", "コウタロウ"),
            ("昌平", "ショウヘイ"), ("康弘", "ヤスヒロ"), ("陸", "リク")]
_ADULT_F = [("美咲", "ミサキ"), ("綾乃", "アヤノ"), ("奈々", "ナナ"), ("玲子", "レイコ"), ("瞳", "ヒトミ"),
            ("晴香", "ハルカ"), ("真琴", "マコト"), ("加奈子", "カナコ")]

# (〒, 都道府県+市区町村+町名, 丁目あり?, 学区の小学校)
_TOWNS = [
    ("223-0061", "神奈川県横浜市港北区日吉", True, "日吉台小"),
    ("223-0052", "神奈川県横浜市港北区綱島東", True, "綱島東小"),
    ("222-0011", "神奈川県横浜市港北区菊名", True, "菊名小"),
    ("223-0057", "神奈川県横浜市港北区新羽町", False, "新羽小"),
    ("224-0003", "神奈川県横浜市都筑区中川中央", True, "中川西小"),
    ("211-0063", "神奈川県川崎市中原区小杉町", True, "西丸子小"),
    ("212-0024", "神奈川県川崎市幸区塚越", True, "塚越小"),
    ("230-0051", "神奈川県横浜市鶴見区鶴見中央", True, "鶴見小"),
    ("225-0002", "神奈川県横浜市青葉区美しが丘", True, "美しが丘東小"),
    ("227-0062", "神奈川県横浜市青葉区青葉台", True, "青葉台第二小"),
    ("146-0082", "東京都大田区池上", True, "池上第三小"),
    ("226-0025", "神奈川県横浜市緑区十日市場町", False, "十日市場北小"),
    ("222-0032", "神奈川県横浜市港北区大豆戸町", False, "大綱小"),
]
_BLDG = ["ルミエール", "グランコート", "メゾン・ド・ソレイユ", "パークハウス", "コーポ若葉", "サンハイツ"]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp",
         "outlook.jp", "gmail.com", "yahoo.co.jp"]


def _grade(d: date) -> int:
    age = 2026 - d.year - (1 if (d.month, d.day) >= (4, 2) else 0)
    return age - 5


def grade_label(g: int) -> str:
    return f"小{g}" if g <= 6 else f"中{g - 6}"


def _tel(rng: random.Random) -> str:
    return f"{rng.choice(['090', '080', '070', '090', '080'])}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def _addr(rng: random.Random, town) -> str:
    zipc, city, chome, _ = town
    if chome:
        a = f"{city}{rng.randrange(1, 7)}丁目{rng.randrange(1, 30)}-{rng.randrange(1, 25)}"
    else:
        a = f"{city}{rng.randrange(100, 1800)}-{rng.randrange(1, 20)}"
    if rng.random() < 0.3:
        a += f" {rng.choice(_BLDG)}{rng.randrange(1, 6)}0{rng.randrange(1, 9)}"
    return a


def kids(seed: int, n: int, y0: int = 2014, y1: int = 2019, girls: float = 0.35):
    """n invented children, each with a guardian (deterministic from seed)."""
    rng = random.Random(f"youthsports-kids-{seed}")
    sei_pool = rng.sample(_SEI, n) if n <= len(_SEI) else [rng.choice(_SEI) for _ in range(n)]
    out = []
    for i in range(n):
        sei, sei_k, sei_r = sei_pool[i]
        girl = rng.random() < girls
        mei, mei_k, mei_r = rng.choice(_GIRL if girl else _BOY)
        start = date(y0, 4, 2)
        end = date(y1, 4, 1)
        dob = start + timedelta(days=rng.randrange((end - start).days))
        town = rng.choice(_TOWNS)
        mother = rng.random() < 0.7
        gname, groma = rng.choice(_MOTHER if mother else _FATHER)
        dom = rng.choice(_FREE)
        user = rng.choice([f"{groma}.{sei_r.lower()}", f"{sei_r.lower()}{groma}{rng.randrange(10, 99)}",
                           f"{groma}_{rng.randrange(1970, 1992)}", f"{sei_r.lower()[:4]}-{groma}",
                           f"{mei_r.lower()}mama{rng.randrange(1, 9)}" if mother else f"{groma}.{mei_r.lower()}"])
        out.append({
            "sei": sei, "mei": mei, "sei_k": sei_k, "mei_k": mei_k, "sei_r": sei_r, "mei_r": mei_r,
            "name": f"{sei} {mei}", "kana": f"{sei_k} {mei_k}", "roma": f"{mei_r} {sei_r.upper()}",
            "sex": "女" if girl else "男", "dob": dob, "grade": _grade(dob),
            "school": f"{town[3]}学校" if rng.random() < 0.5 else town[3],
            "g_name": f"{sei} {gname}", "g_roma": groma.capitalize(), "g_rel": "母" if mother else "父",
            "tel": _tel(rng), "mail": f"{user}@{dom}", "zip": town[0], "addr": _addr(rng, town),
        })
    return out


def adults(seed: int, n: int, y0: int = 1968, y1: int = 2002):
    rng = random.Random(f"youthsports-adults-{seed}")
    sei_pool = rng.sample(_SEI, n)
    out = []
    for i in range(n):
        sei, sei_k, sei_r = sei_pool[i]
        female = rng.random() < 0.3
        mei, mei_k = rng.choice(_ADULT_F if female else _ADULT_M)
        dob = date(y0, 1, 1) + timedelta(days=rng.randrange((date(y1, 12, 31) - date(y0, 1, 1)).days))
        town = rng.choice(_TOWNS)
        out.append({
            "sei": sei, "mei": mei, "name": f"{sei} {mei}", "kana": f"{sei_k} {mei_k}", "sei_r": sei_r,
            "sex": "女" if female else "男", "dob": dob, "tel": _tel(rng), "zip": town[0],
            "addr": _addr(rng, town),
            "mail": f"{sei_r.lower()}.{rng.randrange(100, 999)}@{rng.choice(_FREE)}",
        })
    return out


# -- formatting as people type it --------------------------------------------------------

_FW = str.maketrans("0123456789-/().:", "０１２３４５６７８９－／（）．：")


def fw(s: str) -> str:
    return s.translate(_FW)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, base, ab = "令和", 2018, "R"
    elif d >= date(1989, 1, 8):
        era, base, ab = "平成", 1988, "H"
    else:
        era, base, ab = "昭和", 1925, "S"
    y = d.year - base
    if style == "short":
        return f"{ab}{y}.{d.month}.{d.day}"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, width: int) -> str:
    return s + " " * max(width - _w(s), 1)


def zpad(s: str, width: int) -> str:
    """pad with full-width spaces, as people do in Outlook with a proportional font."""
    gap = max(width - _w(s), 2)
    return s + "　" * (gap // 2) + (" " if gap % 2 else "")


def corp_number(base12: str) -> str:
    """法人番号: check digit first (9 - Σ P_n Q_n mod 9)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- our people --------------------------------------------------------------------------

OSAKO = "大迫 航平 <k.osako@hinode-sangyo.co.jp>"
MIZUNO = "水野 さやか <s.mizuno@hinode-sangyo.co.jp>"
MOMIYAMA = "籾山 亮 <r.momiyama@hinode-sangyo.co.jp>"
SHOJI = "東海林 恵 <m.shoji@hinode-sangyo.co.jp>"
ONIZUKA = "鬼塚 健太 <k.onizuka@hinode-sangyo.co.jp>"
MUGURUMA = "六車 奈緒 <n.muguruma@hinode-sangyo.co.jp>"
ICHINOSE = "一ノ瀬 拓海 <t.ichinose@hinode-sangyo.co.jp>"
KOGURE = "Yuki Kogure <y.kogure@hinode-sangyo.co.jp>"
SHIOMI = "汐見 玲奈 <r.shiomi@hinode-sangyo.co.jp>"
FC_DESK = "ひのでFCジュニア事務局 <fc-junior@sports.hinode-sangyo.co.jp>"
SWIM_DESK = "ひのでスイミングスクール <swim-info@hinode-sangyo.co.jp>"

SIG_OSAKO = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 スポーツ振興事業部
ひのでFCジュニア 事務局　大迫 航平（おおさこ こうへい）
〒222-0033 神奈川県横浜市港北区新横浜2-15-8 日の出新横浜ビル7F
TEL 045-475-3180　FAX 045-475-3181
Mail k.osako@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_MIZUNO = """
--
ひのでスイミングスクール 港北校
主任インストラクター　水野 さやか
〒223-0052 横浜市港北区綱島東4-3-21
TEL 045-531-2208（受付 10:00〜21:00 / 月曜休館）
s.mizuno@hinode-sangyo.co.jp"""

SIG_MOMIYAMA = """
----------------------------------------
日の出産業株式会社
スポーツ振興事業部 企画課　籾山 亮
TEL: 045-475-3185 / 携帯: 080-4417-2093
〒222-0033 横浜市港北区新横浜2-15-8
https://www.hinode-sangyo.co.jp/sports/
----------------------------------------"""

SIG_SHOJI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 スポーツ振興事業部 総務担当
東海林 恵（しょうじ めぐみ）
TEL 045-475-3182（直通）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_ONIZUKA = """
ひのでFCジュニア ヘッドコーチ
鬼塚 健太（JFA公認B級）
日の出産業(株) スポーツ振興事業部"""

SIG_MUGURUMA = """
***************************************
日の出産業株式会社 スポーツ振興事業部
経理・庶務　六車 奈緒
TEL 045-475-3183 FAX 045-475-3181
***************************************"""

SIG_ICHINOSE = """
──────────────────
日の出産業株式会社 スポーツ振興事業部
大会・イベント担当　一ノ瀬 拓海
〒222-0033 横浜市港北区新横浜2-15-8 日の出新横浜ビル7F
TEL 045-475-3186 / 携帯 090-7720-3914
──────────────────"""

SIG_KOGURE = """
Best regards,

Yuki Kogure
International Programs, Sports Promotion Division
Hinode Sangyo Co., Ltd.
2-15-8 Shin-Yokohama, Kohoku-ku, Yokohama 222-0033, Japan
Tel: +81-45-475-3187"""

SIG_SHIOMI = """
―――――――――――――――
ひのでスイミングスクール 青葉台校
汐見 玲奈
TEL 045-988-6410
―――――――――――――――"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail."""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
# 001-025
# ---------------------------------------------------------------------------------------

_k = kids(1, 14, 2016, 2018)
_rows = "\n".join(
    f"{i + 1:<4} {pad(k['name'], 16)}{pad(k['kana'], 22)}{k['dob']:%Y/%m/%d}   {k['grade']}年"
    for i, k in enumerate(_k))
MESSAGES.append({
    "id": "youthsports-001", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OSAKO, "to": ["U-10春季リーグ 大会事務局 <u10-entry@minato-shonen-fa.or.jp>"],
    "subject": "【エントリー】U-10春季リーグ ひのでFCジュニア 選手登録",
    "body": f"""横浜みなと少年サッカー連盟
U-10春季リーグ 大会事務局　御中

いつもお世話になっております。
ひのでFCジュニアの大迫です。

標記大会のエントリーにつきまして、下記のとおり選手登録をお送りいたします。
協会の登録番号がまだ発行されていない子が2名おりますので、届き次第追ってご連絡します。

チーム名：ひのでFCジュニア U-10
代表者　：鬼塚 健太（ヘッドコーチ）

No.  氏名            フリガナ              生年月日     学年
-----------------------------------------------------------------
{_rows}

以上14名です。ご確認のほどよろしくお願いいたします。
{SIG_OSAKO}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"], "detectors": ["personal_data"],
    "note": "14 children's names and dates of birth in a space-padded body table to the tournament office",
})

_k = kids(2, 9, 2013, 2019)
_rows = [["No", "氏名", "ふりがな", "生年月日", "学年", "クラス", "食物アレルギー", "喘息", "既往症・服薬", "保険証 記号-番号", "保護者携帯"]]
_allergy = ["なし", "卵（加熱可）", "なし", "そば・落花生（エピペン所持）", "なし", "乳", "なし", "甲殻類", "なし"]
_asthma = ["", "", "小児喘息（吸入薬持参）", "", "", "", "運動誘発性", "", ""]
_med = ["", "", "", "", "熱性けいれん既往", "", "", "", "ADHD（服薬：朝1回）"]
for i, k in enumerate(_k):
    _rows.append([i + 1, k["name"], k["kana"], k["dob"].strftime("%Y/%m/%d"), grade_label(k["grade"]),
                  "選手コース" if i % 3 else "育成", _allergy[i], _asthma[i], _med[i],
                  f"{31120000 + i * 137:08d}-{(i * 7) % 90 + 1}", k["tel"]])
MESSAGES.append({
    "id": "youthsports-002", "expect": "pass", "charset": "utf-8",
    "sender": MIZUNO, "to": [SHOJI], "cc": ["汐見 玲奈 <r.shiomi@mail.hinode-sangyo.co.jp>"],
    "subject": "夏季強化合宿（8/6-8/8）健康調査票の集計です",
    "body": f"""東海林さん

お疲れさまです、水野です。
夏季強化合宿の健康調査票、回収分（9名）を一覧にしました。
アレルギー・喘息・服薬の欄は合宿中の引率者向けに抜き出しています。
保険証の記号番号は、現地で受診になった場合に備えて控えています。

※社内限りでお願いします。ホテルへは人数と除去食の種類だけ伝えます。

汐見さんもCcに入れてます。青葉台校の分は来週まとまるそうです。
{SIG_MIZUNO}""",
    "attachments": [{"kind": "xlsx", "name": "2026夏合宿_健康調査票集計.xlsx",
                     "sheets": {"港北校": [["2026年度 夏季強化合宿 健康調査票 集計（港北校）"], []] + _rows}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE", "PHONE_NUMBER"],
    "detectors": [],
    "note": "health survey of camp children, but every recipient is internal (incl. mail. subdomain)",
})

_k = kids(3, 20, 2012, 2018, girls=0.5)
_events = ["50m自由形", "50m背泳ぎ", "50m平泳ぎ", "50mバタフライ", "100m個人メドレー", "25m自由形"]
_r = random.Random("ys-003")
_csv = [["選手登録番号", "氏名", "カナ", "性別", "生年月日", "学年", "所属", "種目", "エントリータイム"]]
for i, k in enumerate(_k):
    _csv.append([f"14-{_r.randrange(100000, 999999)}", k["name"], k["kana"], k["sex"],
                 k["dob"].strftime("%Y%m%d"), grade_label(k["grade"]), "ひのでSS港北",
                 _r.choice(_events), f"{_r.randrange(0, 2)}:{_r.randrange(10, 59):02d}.{_r.randrange(0, 99):02d}"])
MESSAGES.append({
    "id": "youthsports-003", "expect": "stop", "charset": "shift_jis",
    "sender": MIZUNO, "to": ["潮騒地区水泳連盟 記録会係 <kirokukai@shiosai-suiren.or.jp>"],
    "subject": "第41回 潮騒地区ジュニア記録会 エントリーファイル送付（ひのでSS港北）",
    "body": f"""潮騒地区水泳連盟
記録会係 ご担当者様

お世話になっております。ひのでスイミングスクール港北校の水野です。
第41回ジュニア記録会のエントリーファイルを添付にてお送りします。
指定フォーマット（CSV）で作成しております。

・エントリー人数：20名
・エントリー料：1種目 1,200円 × 20 = 24,000円（本日振込済み）

不備がございましたらご連絡ください。
{SIG_MIZUNO}""",
    "attachments": [{"kind": "csv", "name": "entry_hinodeSS_kohoku.csv", "encoding": "cp932", "rows": _csv}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"], "detectors": ["personal_data"],
    "note": "CP932 CSV of 20 swimmers with dates of birth to the swimming federation",
})

_k1 = kids(4, 26, 2014, 2018)
_k2 = kids(5, 22, 2013, 2017)
_stops = ["新横浜駅 北口", "綱島駅 東口", "日吉駅 バスロータリー", "センター北駅"]
_notes = ["", "", "", "乗り物酔い（酔い止め持参）", "", "食物アレルギー：ピーナッツ", "", "", "喘息（吸入器携帯）",
          "", "", "", "", "てんかん既往・服薬あり", "", "", "", "", "", "", "", "", "", "", "", ""]


def _bus(ks, start):
    rows = [["No", "氏名", "ふりがな", "学年", "保護者", "緊急連絡先", "乗車地", "備考（持病・アレルギー等）"]]
    for i, k in enumerate(ks):
        rows.append([start + i, k["name"], k["kana"], grade_label(k["grade"]), k["g_name"], k["tel"],
                     _stops[i % 4], _notes[(i + start) % len(_notes)]])
    return rows


MESSAGES.append({
    "id": "youthsports-004", "expect": "stop", "charset": "utf-8",
    "sender": ICHINOSE, "to": ["青葉運輸 観光バス事業部 宍戸様 <shishido@aoba-unyu.co.jp>"],
    "subject": "RE: 8/6 山中湖合宿 貸切バス2台の件（乗車名簿送付）",
    "body": f"""青葉運輸株式会社
観光バス事業部　宍戸様

いつもお世話になっております。日の出産業の一ノ瀬です。
先日はお見積りありがとうございました。2台でお願いいたします。

乗務員の方にもお渡しいただけるよう、乗車名簿を添付します。
車内で体調不良が出た場合に備えて、緊急連絡先と持病・アレルギーの備考欄も入れてあります。
乗車地は4か所、集合は6:40です。

引き続きよろしくお願いいたします。
{SIG_ICHINOSE}""",
    "attachments": [{"kind": "xlsx", "name": "乗車名簿_山中湖合宿_0806.xlsx",
                     "sheets": {"1号車": [["2026 夏季合宿（山中湖）乗車名簿　1号車"], []] + _bus(_k1, 1),
                                "2号車": [["2026 夏季合宿（山中湖）乗車名簿　2号車"], []] + _bus(_k2, 27),
                                "引率": [["役割", "氏名", "携帯"], ["団長", "鬼塚 健太", "090-5521-0846"],
                                       ["1号車", "一ノ瀬 拓海", "090-7720-3914"], ["2号車", "大迫 航平", "080-3307-1152"]]}}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX bus roster of 48 children with guardians' phones and medical notes to the (partner) bus company",
})

_k = kids(6, 1, 2015, 2016)[0]
MESSAGES.append({
    "id": "youthsports-005", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SHOJI, "to": ["横浜保険サービス 事故受付 <jiko@yokohama-hoken-service.co.jp>"],
    "subject": "スポーツ傷害保険 事故報告（ひのでFCジュニア 練習中の負傷）",
    "body": f"""横浜保険サービス株式会社
事故受付ご担当者様

お世話になっております。日の出産業 スポーツ振興事業部の東海林でございます。
弊社スクールの練習中に下記の事故が発生しましたので、ご報告いたします。

■被保険者
　氏名　　：{_k['name']}（{_k['kana']}）
　生年月日：{wareki(_k['dob'])}
　住所　　：〒{_k['zip']} {_k['addr']}
　保護者　：{_k['g_name']}（{_k['g_rel']}）　連絡先 {_k['tel']}

■事故状況
　日時：2026年5月16日（土）10時20分頃
　場所：新羽町グラウンド（ひのでFCジュニア U-11練習中）
　内容：ゲーム形式の練習中、相手選手と接触して転倒し右手をつきました。
　　　　同日 綱島整形外科クリニックを受診。

■診断名
　右橈骨遠位端骨折（全治6週間の見込み）。ギプス固定、通院中。

請求書類一式のご送付をお願いできますでしょうか。
{SIG_SHOJI}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one child's injury diagnosis (fracture) with DOB and address to the insurance agent: medical info",
})

MESSAGES.append({
    "id": "youthsports-006", "expect": "pass", "charset": "iso-2022-jp",
    "sender": ONIZUKA, "to": ["宍戸 様 <shishido@aoba-unyu.co.jp>"],
    "subject": "Re: 5/24 練習試合 送迎バス 配車時間",
    "body": f"""青葉運輸 宍戸様

お世話になっております、ひのでFCの鬼塚です。
配車時間の件、承知しました。新横浜の集合を7:30に変更します。

当日の現地責任者は私になります。何かあれば下記携帯までお電話ください。
　鬼塚 090-5521-0846

帰りは15:30出発予定ですが、試合が延びた場合は30分前にご連絡します。
よろしくお願いします。

> 宍戸です。当日は運転手の都合で7:45着となりますがよろしいでしょうか。
> 営業所 046-221-7730
{SIG_ONIZUKA}""",
    "entities": [], "detectors": [],
    "note": "operational reply to the partner bus company; only the coach's own business mobile",
})

_k = kids(7, 1, 2016, 2017)[0]
MESSAGES.append({
    "id": "youthsports-007", "expect": "stop", "charset": "shift_jis",
    "sender": ICHINOSE, "to": ["さくらホテル 宴会・団体担当 <group@sakura-hotel.jp>"],
    "subject": "8/6-8 ひのでFCジュニア合宿 お食事のアレルギー対応について",
    "body": f"""さくらホテル
団体予約ご担当　久保田様

いつもお世話になっております。日の出産業の一ノ瀬です。
8月の合宿（48名＋引率4名）のお食事について、1名アレルギー対応をお願いしたくご連絡しました。

　対象：{_k['name']}（{_k['kana']}）　小学{_k['grade']}年 {'女子' if _k['sex'] == '女' else '男子'}
　内容：鶏卵・乳製品の食物アレルギー。医師の診断があり、過去にアナフィラキシーを
　　　　起こしたことがあります。エピペンを本人が携帯しています。
　お願い：全食（朝・昼・夕、計7食）除去食でご対応いただけますでしょうか。
　　　　　調理場でのコンタミについても気をつけていただけると助かります。

保護者の方からは、献立表を事前にいただけるとありがたいとのことでした。
ご検討よろしくお願いいたします。
{SIG_ICHINOSE}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one named child's diagnosed food allergy / anaphylaxis history to the hotel: health info",
})

_c = adults(8, 1, 1978, 1990)[0]
MESSAGES.append({
    "id": "youthsports-008", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MUGURUMA, "to": ["柏木税理士事務所 山路様 <yamaji@kashiwagi-tax.jp>"],
    "subject": "外部コーチ謝金 支払調書用の情報（1名追加）",
    "body": f"""柏木税理士事務所
山路様

いつもお世話になっております。日の出産業の六車です。
先日お送りした外部コーチの一覧に漏れがありました。申し訳ありません。
下記1名を追加でお願いいたします。

　氏名　　：{_c['name']}（{_c['kana']}）
　住所　　：〒{_c['zip']} {_c['addr']}
　生年月日：{_c['dob']:%Y年%m月%d日}
　個人番号：{my_number(4401)}
　支払額　：2026年1月〜12月　計 384,000円（源泉徴収税額 39,206円）

区分は「報酬・料金」でお願いします。
よろしくお願いいたします。
{SIG_MUGURUMA}""",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a coach's My Number with address and DOB in the body to the tax accountant",
})

MESSAGES.append({
    "id": "youthsports-009", "expect": "pass", "charset": "utf-8",
    "sender": MOMIYAMA, "to": ["北国フーズ 広報部 三枝様 <saegusa@kitaguni-foods.co.jp>"],
    "subject": "ひのでカップ 協賛バナーの入稿サイズについて",
    "body": f"""北国フーズ株式会社
広報部　三枝様

いつもお世話になっております。日の出産業の籾山でございます。
ひのでカップ（9/21開催）の協賛バナーについて、入稿サイズをお知らせします。

・ピッチサイド横断幕：W5,400 × H900mm（ターポリン）
・大会パンフレット裏表紙：A4 天地297×左右210mm、塗り足し各3mm
・Web告知バナー：1200×628px（PNG/JPG）

データは8月29日（金）までにいただけますと助かります。
御社ロゴの最新版（2026年リニューアル版）をご使用いただければと存じます。

ご不明点がございましたら、お気軽にお問い合わせください。
{SIG_MOMIYAMA}""",
    "entities": [], "detectors": [],
    "note": "ordinary sponsor mail; only the sender's signature (mobile, address)",
})

_k = kids(10, 5, 2015, 2018)
MESSAGES.append({
    "id": "youthsports-010", "expect": "stop", "charset": "utf-8",
    "sender": FC_DESK, "to": [k["mail"] for k in _k],
    "subject": "【ひのでFC U-9】本日の練習は中止です（雨天）",
    "body": """U-9保護者の皆さま

ひのでFCジュニア事務局です。
本日6/14（土）の練習は、グラウンド状態不良のため中止といたします。
振替は6/21（土）9:00〜11:00 新羽町グラウンドを予定しています。

ご不明点は事務局までご連絡ください。
ひのでFCジュニア事務局　045-475-3180""",
    "entities": [], "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "five guardians' private addresses visible to each other in To (should have been Bcc)",
})

MESSAGES.append({
    "id": "youthsports-011", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OSAKO, "to": ["鬼塚 健太 <k.onizuka@hinode-sangyou.co.jp>"],
    "subject": "来週のトレーニングメニュー（U-11/U-12）",
    "body": """鬼塚さん

お疲れさまです。大迫です。
来週のメニュー案です。コート割りだけ確認お願いします。

6/17（水）U-11　ロンド 4対2 → ポゼッション 6対6＋フリーマン
6/18（木）U-12　ビルドアップ（GK含む）→ 8人制ゲーム
6/20（土）合同　TRM vs 鶴見キッカーズ（10:00〜 新羽町）

ビブスは事務所に20枚追加で届いています。
大迫""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "meant for a colleague but addressed to hinode-sangyou.co.jp (letter added): look-alike of the own domain",
})

MESSAGES.append({
    "id": "youthsports-012", "expect": "pass", "charset": "shift_jis",
    "sender": SHOJI, "to": ["さくらホテル 営業部 <sales@sakura-hotel.jp>"],
    "subject": "保護者説明会の会場（会議室）予約のお願い",
    "body": f"""さくらホテル 営業部 ご担当者様

いつも大変お世話になっております。
日の出産業株式会社 スポーツ振興事業部の東海林でございます。

来年度のスクール保護者説明会の会場として、下記の日程で会議室をお借りしたく
空き状況をご確認いただけますでしょうか。

　日時：2026年3月7日（土）13:00〜16:00（準備含む）
　人数：約80名（スクール形式）
　備品：プロジェクター、マイク2本、受付用長机2台

お見積りもあわせていただけますと幸いです。
何卒よろしくお願いいたします。
{SIG_SHOJI}
{DISC_JA}""",
    "entities": [], "detectors": [],
    "note": "room booking with the standard confidentiality disclaimer at the end: not a marking",
})

MESSAGES.append({
    "id": "youthsports-013", "expect": "stop", "charset": "utf-8",
    "sender": MOMIYAMA, "to": ["グロースパートナーズ 藤堂様 <todo@growth-partners.co.jp>"],
    "subject": "コーチ評価・報酬制度（案）のご確認",
    "body": f"""グロースパートナーズ株式会社
藤堂様

お世話になっております。日の出産業の籾山です。
先日の打合せを踏まえて、コーチ評価・報酬制度の案を修正しました。
特に等級ごとの時給レンジと、保護者アンケートの反映方法についてご意見をいただけますと幸いです。

次回の打合せ（7/3）までにお目通しいただければと思います。
{SIG_MOMIYAMA}""",
    "attachments": [{"kind": "docx", "name": "コーチ評価報酬制度_案_v3.docx", "page_header": "社外秘",
                     "title": "コーチ評価・報酬制度（案）",
                     "paragraphs": ["コーチ評価・報酬制度（案）v3", "1. 目的", "指導品質の向上と定着率の改善を目的とする。",
                                    "2. 等級", "S1〜S4の4等級とし、JFAライセンスと経験年数で初期格付けを行う。",
                                    "3. 時給レンジ（案）"],
                     "tables": [[["等級", "要件", "時給"], ["S1", "D級・経験1年未満", "1,250円"],
                                 ["S2", "C級・経験2年以上", "1,600円"], ["S3", "B級・経験5年以上", "2,100円"],
                                 ["S4", "A級以上", "2,800円"]]]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "DOCX stamped 社外秘 in its page header sent to an outside consultant",
})

MESSAGES.append({
    "id": "youthsports-014", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SWIM_DESK, "to": ["ツバサシステム 導入支援 <support-kaiin@tsubasa-system.jp>"],
    "subject": "会員管理システム移行用データ（港北校・青葉台校）",
    "body": """ツバサシステム株式会社
導入支援チーム　ご担当者様

お世話になっております。ひのでスイミングスクールです。
新会員管理システムへの移行用に、現行システムから出力した会員データを送付いたします。
ファイルはパスワード付きZIPにしております。パスワードは別途お送りいたします。

・kaiin_kohoku.xlsx（港北校 612名）
・kaiin_aobadai.xlsx（青葉台校 438名）

取込結果のご報告をお待ちしております。

ひのでスイミングスクール 事務局
TEL 045-531-2208""",
    "attachments": [{"kind": "zip", "name": "kaiin_data_20260601.zip", "password": "Hn#swim0601",
                     "files": [{"kind": "xlsx", "name": "kaiin_kohoku.xlsx",
                                "sheets": {"会員": [["会員番号", "氏名", "生年月日", "電話"]] +
                                           [[f"K{1000 + i}", k["name"], k["dob"].isoformat(), k["tel"]]
                                            for i, k in enumerate(kids(14, 30))]}}]}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) of member data: cannot be inspected",
})

MESSAGES.append({
    "id": "youthsports-015", "expect": "pass", "charset": "utf-8",
    "sender": MOMIYAMA, "to": ["ツバサシステム 営業部 桑原様 <kuwabara@tsubasa-system.jp>"],
    "subject": "Re: 保護者向けアプリ開発 秘密保持契約書（ドラフト）について",
    "body": f"""ツバサシステム株式会社
桑原様

お世話になっております。日の出産業の籾山です。
秘密保持契約書のドラフトをお送りいただきありがとうございました。
法務と確認し、以下2点の修正をお願いできればと思います。

1. 第2条（秘密情報の定義）：口頭で開示した情報について「開示後30日以内に書面で特定したもの」
   とする条件を削除していただけないでしょうか。
2. 第8条（有効期間）：契約終了後の存続期間を3年→5年に変更をお願いします。

会員の個人情報の取扱いについては、別途、業務委託契約の中で定める方向で考えております。
ご確認のほどよろしくお願いいたします。
{SIG_MOMIYAMA}""",
    "entities": [], "detectors": [],
    "note": "mail about an NDA (秘密保持契約) and its clauses: talking about confidentiality is not a marking",
})

_c = adults(16, 1, 1985, 1995)[0]
MESSAGES.append({
    "id": "youthsports-016", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SHOJI, "to": ["白川法律事務所 大槻先生 <otsuki@shirakawa-law.jp>"],
    "subject": "ご相談：コーチ採用候補者の前歴について",
    "body": f"""白川法律事務所
大槻先生

いつもお世話になっております。日の出産業の東海林です。
コーチ採用の件で、ご相談させていただきたくご連絡いたしました。

現在、サッカースクールの非常勤コーチとして採用を検討している
{_c['name']}氏（{_c['dob']:%Y年%m月%d日}生）について、面接時の本人申告により、
2019年に傷害罪で罰金刑（略式命令）を受けていたことが分かりました。
相手は成人で、飲酒の上の口論が原因とのことです。

子どもを預かる事業として、
　・この前歴を理由に不採用とすることに法的な問題はないか
　・採用する場合、保護者への説明義務があるか
についてご意見をいただけますでしょうか。

お忙しいところ恐縮ですが、よろしくお願いいたします。
{SIG_SHOJI}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named candidate's criminal record sent to outside counsel: 要配慮個人情報 of one person",
})

_k = kids(17, 8, 2014, 2019, girls=0.5)
_levels = ["10級→9級", "9級→8級", "8級→7級", "12級→11級", "7級→6級", "11級→10級", "9級→8級", "6級→5級"]
_res = ["合格", "合格", "不合格", "合格", "合格", "合格", "不合格", "合格"]
_tr = "\n".join(
    f"<tr><td>{k['name']}</td><td>{k['kana']}</td><td>{k['dob']:%Y/%m/%d}</td><td>{_levels[i]}</td>"
    f"<td>{_res[i]}</td><td>{k['mail']}</td></tr>" for i, k in enumerate(_k))
MESSAGES.append({
    "id": "youthsports-017", "expect": "stop", "charset": "utf-8",
    "sender": SHIOMI, "to": ["ブルーラグーン 運営事務所 <office@blue-lagoon-pool.co.jp>"],
    "subject": "6月 進級テスト結果（土曜10時クラス）",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>ブルーラグーン 運営事務所<br>ご担当者様</p>
<p>いつもプールをお借りしありがとうございます。ひのでスイミングスクール青葉台校の汐見です。<br>
6月の進級テスト（土曜10時クラス）の結果をお送りします。<br>
進級カードの発行と、保護者様への結果メール配信をお願いいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde8f5"><th>氏名</th><th>フリガナ</th><th>生年月日</th><th>級</th><th>結果</th><th>保護者メール</th></tr>
{_tr}
</table>
<p>よろしくお願いいたします。</p>
<p>―――――――――――――――<br>ひのでスイミングスクール 青葉台校<br>汐見 玲奈<br>TEL 045-988-6410</p>
</body></html>""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of 8 swimmers (DOB, guardians' e-mail) to the pool operator",
})

_k = kids(18, 1, 2015, 2017)[0]
MESSAGES.append({
    "id": "youthsports-018", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OSAKO, "to": [f"{_k['g_name']} <{_k['mail']}>"],
    "subject": "Re: 合宿の食事について（ご相談）",
    "body": f"""{_k['sei']}様

ひのでFCジュニア事務局の大迫です。
ご連絡ありがとうございます。内容承知いたしました。
引率コーチ全員とホテル側の担当者に、責任をもって共有いたします。
当日の朝、集合時にお薬をお預かりする形でよろしいでしょうか。

何かございましたら、いつでもご連絡ください。
大迫

> ひのでFCジュニア 大迫様
> いつもお世話になっております。U-10の{_k['name']}の{_k['g_rel']}です。
> 合宿の件でご相談です。{_k['mei']}は小麦とキウイのアレルギーがあり、
> かかりつけの小児科でアナフィラキシーの既往ありと診断されています。
> エピペンを持たせますので、引率の方に使い方を知っておいていただけますか。
> {_k['g_name']}　{_k['tel']}
{SIG_OSAKO}""",
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "reply to one guardian; the child's allergy details are only in the '>' quote the recipient wrote",
})

_k = kids(19, 6, 2013, 2017)
_tsv = "\n".join(
    "\t".join([k["name"], k["zip"], k["addr"], k["tel"], ["130", "140", "150", "S", "M"][i % 5], str(7 + i)])
    for i, k in enumerate(_k))
MESSAGES.append({
    "id": "youthsports-019", "expect": "stop", "charset": "utf-8",
    "sender": OSAKO, "to": ["キックオフウェア 受注センター <order@kickoff-wear.co.jp>"],
    "subject": "追加ユニフォーム 個別配送分のお届け先",
    "body": f"""キックオフウェア株式会社
受注センター　ご担当者様

お世話になっております。ひのでFCジュニアの大迫です。
注文番号 KW-260611-0387 の追加ユニフォームですが、今回は各家庭への個別配送でお願いします。
お届け先をエクセルから貼り付けます（氏名／〒／住所／電話／サイズ／背番号）。

{_tsv}

お手数ですがよろしくお願いいたします。
{SIG_OSAKO}""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "tab-separated delivery list of 6 families (names, home addresses, phones) pasted in the body",
})

_k = kids(20, 6, 2014, 2016)
_orig = "\n".join(f"{i + 1}. {k['name']}（{k['dob']:%Y.%m.%d}）{grade_label(k['grade'])} {k['school']}"
                  for i, k in enumerate(_k))
MESSAGES.append({
    "id": "youthsports-020", "expect": "pass", "charset": "shift_jis",
    "sender": ICHINOSE, "to": ["大会事務局 平賀様 <hiraga@minato-shonen-fa.or.jp>"],
    "subject": "RE: 【確認依頼】選手証の記載内容について",
    "body": f"""平賀様

お世話になっております。一ノ瀬です。
ご送付いただいた選手証の記載内容、受領しました。
本日中にチーム内で確認し、誤りがあれば明日までにご連絡いたします。

取り急ぎ受領のご連絡まで。
一ノ瀬

-----Original Message-----
From: 平賀 <hiraga@minato-shonen-fa.or.jp>
Sent: Tuesday, June 9, 2026 4:12 PM
To: 一ノ瀬 拓海 <t.ichinose@hinode-sangyo.co.jp>
Subject: 【確認依頼】選手証の記載内容について

ひのでFCジュニア 一ノ瀬様

選手証の発行にあたり、以下の記載内容をご確認ください。
{_orig}

横浜みなと少年サッカー連盟 大会事務局 平賀
{SIG_ICHINOSE}""",
    "entities": [], "detectors": [],
    "note": "the 6-player list is only in the quoted original the recipient sent; new text is a receipt",
})

_k = kids(21, 25, 2013, 2019)
_tab = [["No.", "氏名", "フリガナ", "生年月日", "性別", "住所"]]
for i, k in enumerate(_k):
    _tab.append([str(i + 1), k["name"], k["kana"], wareki(k["dob"], "short"), k["sex"], k["addr"]])
MESSAGES.append({
    "id": "youthsports-021", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SHOJI, "to": ["スポーツ安全共済会 加入受付 <kanyu@sports-anzen.or.jp>"],
    "subject": "2026年度 スポーツ傷害保険 加入者名簿（追加25名）",
    "body": f"""スポーツ安全共済会
加入受付ご担当者様

お世話になっております。日の出産業（ひのでFCジュニア）の東海林です。
2026年度の追加加入者25名分の名簿をPDFでお送りします。
団体番号：K-0457-2231
掛金は本日付で指定口座へ振り込みました。

ご確認をお願いいたします。
{SIG_SHOJI}""",
    "attachments": [{"kind": "pdf", "name": "加入者名簿_追加分_202606.pdf", "title": "加入者名簿（追加）",
                     "lines": ["2026年度 スポーツ傷害保険 加入者名簿（追加分）", "団体名：ひのでFCジュニア　団体番号 K-0457-2231", ""],
                     "table": _tab}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "PDF table of 25 insured children with 和暦 DOB and addresses to the insurer",
})

_k = kids(22, 7, 2012, 2014)
_q = "\n".join(f"> {k['roma']:<22} DOB {k['dob']:%d/%m/%Y}   #{10 + i}" for i, k in enumerate(_k))
MESSAGES.append({
    "id": "youthsports-022", "expect": "pass", "charset": "utf-8",
    "sender": KOGURE, "to": ["Javier Molina <jmolina@costa-azul-fc.com>"],
    "subject": "Re: Exchange visit - squad list and match schedule",
    "body": f"""Dear Javier,

Thank you for the squad list. Our coaches will use it to plan the mixed-team games.
Regarding the schedule, could we move the friendly on 4 August from 10:00 to 17:00?
Temperatures in Yokohama are above 33 degrees around noon in August.

We will send our hotel and bus arrangements next week.
{SIG_KOGURE}

On Mon, 8 Jun 2026 at 18:40, Javier Molina <jmolina@costa-azul-fc.com> wrote:
> Dear Yuki,
> Please find below the U-13 players travelling to Japan:
{_q}
> Kind regards,
> Javier""",
    "entities": [], "detectors": [],
    "note": "English reply; the 7 players with DOB are only in the 'wrote:' quote from the recipient",
})

_k = kids(23, 8, 2012, 2014)
_r = random.Random("ys-023")
_pp = [["No.", "氏名（ローマ字）", "氏名", "生年月日", "性別", "旅券番号", "有効期限"]]
for i, k in enumerate(_k):
    _pp.append([str(i + 1), k["roma"], k["name"], k["dob"].strftime("%Y/%m/%d"), "M" if k["sex"] == "男" else "F",
                f"{_r.choice(['TK', 'TR', 'TS', 'MZ'])}{_r.randrange(1000000, 9999999)}",
                f"20{_r.randrange(29, 32)}/{_r.randrange(1, 13):02d}/{_r.randrange(1, 28):02d}"])
MESSAGES.append({
    "id": "youthsports-023", "expect": "stop", "charset": "iso-2022-jp",
    "sender": KOGURE, "to": ["そらトラベル 団体旅行課 <dantai@sora-travel.co.jp>"],
    "subject": "バレンシア遠征（U-13）航空券手配用 参加者情報",
    "body": """そらトラベル株式会社
団体旅行課　ご担当者様

お世話になっております。日の出産業 国際交流担当の木暮です。
12月のバレンシア遠征の航空券手配に必要な参加者情報（選手8名分）を添付いたします。
旅券の写しは保護者から回収中のため、番号のみ先にお送りします。
引率3名分は別途お送りします。

よろしくお願いいたします。

木暮 ユキ
日の出産業株式会社 スポーツ振興事業部 国際交流担当
TEL 045-475-3187""",
    "attachments": [{"kind": "docx", "name": "バレンシア遠征_参加者情報.docx", "title": "参加者情報",
                     "paragraphs": ["2026年12月 バレンシア遠征（U-13）参加者情報", "選手"], "tables": [_pp]}],
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], "detectors": ["personal_data"],
    "note": "DOCX table with 8 children's passport numbers and DOB to the travel agency",
})

_schools = [
    ("港北校", "〒223-0052 横浜市港北区綱島東4-3-21", "045-531-2208", "25m×7コース・幼児用プール"),
    ("青葉台校", "〒227-0062 横浜市青葉区青葉台2-9-14 青葉台スポーツプラザ3F", "045-988-6410", "25m×6コース"),
    ("センター北校（2026年10月開校）", "〒224-0003 横浜市都筑区中川中央1-31-2", "045-912-7780", "25m×8コース・採暖室"),
    ("FCジュニア 新羽町グラウンド", "〒223-0057 横浜市港北区新羽町1542", "045-475-3180（事務局）", "人工芝 8人制2面"),
    ("FCジュニア 小杉フットサルコート", "〒211-0063 川崎市中原区小杉町3-264", "044-733-5102", "屋内 フットサル1面"),
]
_lst = "\n\n".join(f"■{n}\n　{a}\n　TEL {t}\n　設備：{f}" for n, a, t, f in _schools)
MESSAGES.append({
    "id": "youthsports-024", "expect": "pass", "charset": "iso-2022-jp",
    "sender": MOMIYAMA, "to": ["錦印刷 営業部 溝口様 <mizoguchi@nishiki-insatsu.co.jp>"],
    "subject": "2026秋 スクール案内パンフレット 校舎一覧の原稿",
    "body": f"""錦印刷株式会社
営業部　溝口様

お世話になっております。日の出産業の籾山です。
秋のスクール案内パンフレット、P.14「校舎・グラウンド一覧」の原稿をお送りします。

{_lst}

地図は前回のデータを流用で、センター北校のみ新規でお願いします。
初校は7月10日頃を希望しています。
{SIG_MOMIYAMA}""",
    "entities": [], "detectors": [],
    "note": "list of the school's own facilities (addresses, phone numbers of sites): businesses, not people",
})

_k = kids(25, 6, 2012, 2014)
_slides = [["2026年度 ひのでFCジュニア 活動報告", "北国フーズ株式会社 様", "日の出産業株式会社 スポーツ振興事業部"],
           ["会員数の推移", "2024年度 212名 → 2025年度 248名 → 2026年度 271名", "U-8〜U-12 の5カテゴリー"],
           ["主な戦績", "横浜みなとリーグ U-12 準優勝", "ひのでカップ U-10 優勝"],
           ["県トレセン 選抜メンバー紹介"] + [f"{k['name']}（{grade_label(k['grade'])}・{k['school']}）{k['dob']:%Y年%m月%d日}生"
                                      for k in _k],
           ["来年度に向けて", "女子カテゴリーの新設", "北国フーズ様冠大会の継続開催"]]
MESSAGES.append({
    "id": "youthsports-025", "expect": "stop", "charset": "utf-8",
    "sender": MOMIYAMA, "to": ["北国フーズ 広報部 三枝様 <saegusa@kitaguni-foods.co.jp>"],
    "subject": "2026年度 活動報告書（スポンサー様向け）",
    "body": f"""三枝様

いつもご支援いただきありがとうございます。日の出産業の籾山です。
2026年度前期の活動報告をまとめましたので、お送りいたします。
今年はトレセンに6名が選ばれましたので、スライドでご紹介しております。

社内でご共有いただけますと幸いです。
{SIG_MOMIYAMA}""",
    "attachments": [{"kind": "pptx", "name": "活動報告_2026前期_北国フーズ様.pptx", "slides": _slides}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"], "detectors": ["personal_data"],
    "note": "PPTX slide listing 6 children with school and date of birth sent to a sponsor",
})

# ---------------------------------------------------------------------------------------
# 026-050
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "youthsports-026", "expect": "pass", "charset": "iso-2022-jp",
    "sender": ICHINOSE, "to": ["大会本部 平賀様 <hiraga@minato-shonen-fa.or.jp>"],
    "subject": "ひのでカップ 救護体制（近隣の救急病院一覧）",
    "body": f"""平賀様

お世話になっております。一ノ瀬です。
ひのでカップ当日の救護体制について、会場周辺の救急対応医療機関を一覧にしました。
本部テントに掲示する予定です。

・横浜港北総合病院　　　　横浜市港北区新羽町1980　　　　045-541-3300（24時間）
・新横浜中央クリニック　　横浜市港北区新横浜3-7-2　　　　045-472-1188（土日 9-17時）
・綱島整形外科クリニック　横浜市港北区綱島西2-11-5　　　045-540-8821（土 9-13時）
・北部こども急病センター　横浜市都筑区中川中央1-40-3　　045-911-0099（夜間・休日）

救護担当として看護師1名（日の出産業 産業保健室より派遣）が常駐します。
AEDは本部テントとクラブハウス入口の2か所です。
{SIG_ICHINOSE}""",
    "entities": [], "detectors": [],
    "note": "list of hospitals with addresses and phone numbers: institutions, not people",
})

_k = kids(27, 30, 2013, 2020)
_csv = [["会員番号", "氏名", "カナ", "生年月日", "性別", "保護者氏名", "電話番号", "メールアドレス", "郵便番号", "住所"]]
for i, k in enumerate(_k):
    _csv.append([f"FC{26000 + i * 3}", k["name"], k["kana"], k["dob"].isoformat(), k["sex"], k["g_name"],
                 k["tel"], k["mail"], k["zip"], k["addr"]])
_cls = [["2026年度 クラス在籍一覧（FCジュニア）"], [], ["会員番号", "氏名", "クラス", "曜日", "入会日"]]
for i, k in enumerate(_k):
    _cls.append([f"FC{26000 + i * 3}", k["name"], f"U-{min(12, max(7, k['grade'] + 6))}",
                 ["火", "水", "木", "土"][i % 4], f"202{i % 6}/04/0{1 + i % 9}"])
MESSAGES.append({
    "id": "youthsports-027", "expect": "stop", "charset": "utf-8",
    "sender": OSAKO, "to": ["ツバサシステム 導入支援 桑原様 <kuwabara@tsubasa-system.jp>"],
    "subject": "FCジュニア会員データ（テスト取込用）",
    "body": f"""桑原様

お世話になっております。大迫です。
保護者向けアプリのテスト取込用に、FCジュニアの会員データを一部（30名分）お送りします。
CSVはUTF-8、BOMなしで出力しています。クラス在籍はExcelのままです。

本番データは契約締結後にお渡しする予定です。
{SIG_OSAKO}""",
    "attachments": [{"kind": "zip", "name": "fc_member_test_30.zip",
                     "files": [{"kind": "csv", "name": "members.csv", "encoding": "utf-8", "rows": _csv},
                               {"kind": "xlsx", "name": "class_roster.xlsx", "sheets": {"在籍": _cls}}]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "plain ZIP with a UTF-8 CSV and an XLSX of 30 members' contact data to the system vendor",
})

_c = adults(28, 3, 1980, 2000)
MESSAGES.append({
    "id": "youthsports-028", "expect": "pass", "charset": "shift_jis",
    "sender": ONIZUKA, "to": ["指導者講習会 事務局 <koshukai@yokohama-fa-coach.or.jp>"],
    "subject": "C級コーチ リフレッシュ研修 申込（ひのでFCジュニア 3名）",
    "body": f"""指導者講習会 事務局 御中

お世話になっております。ひのでFCジュニアの鬼塚です。
7月12日のC級リフレッシュ研修に、下記3名の参加を申し込みます。

1) {_c[0]['name']}　携帯 {_c[0]['tel']}　{_c[0]['mail']}
2) {_c[1]['name']}　携帯 {_c[1]['tel']}　{_c[1]['mail']}
3) {_c[2]['name']}　携帯 {_c[2]['tel']}　{_c[2]['mail']}

受講料（3名分 9,900円）は当日現金でお支払いします。
よろしくお願いいたします。
{SIG_ONIZUKA}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "three coaches' contacts for a course sign-up: under five people, may be warned",
})

_c = adults(29, 7, 1975, 2003)
_inner = "\n".join(f"{c['name']:　<6}　{c['tel']}　{c['mail']}" for c in _c)
MESSAGES.append({
    "id": "youthsports-029", "expect": "stop", "charset": "iso-2022-jp",
    "sender": ICHINOSE, "to": ["港北キッズカップ 大会本部 <honbu@kohoku-kidscup.jp>"],
    "subject": "当日の指導者連絡先（ひのでFCジュニア）",
    "body": f"""港北キッズカップ大会本部 御中

お世話になっております。ひのでFCジュニアの一ノ瀬です。
当日ベンチ入りする指導者の連絡先は、添付のメール（ヘッドコーチからの社内連絡）のとおりです。
転記するとミスが出そうなので、そのまま添付させていただきます。

よろしくお願いいたします。
{SIG_ICHINOSE}""",
    "attachments": [{"kind": "eml", "name": "指導者連絡先.eml", "message": {
        "charset": "iso-2022-jp", "sender": ONIZUKA, "to": [ICHINOSE],
        "subject": "キッズカップ 指導者の連絡先",
        "body": f"""一ノ瀬さん

キッズカップ当日の指導者の携帯とメールです。本部に出すならこれで。

{_inner}

鬼塚"""}}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "attached mail (message/rfc822) listing 7 coaches' mobiles and private e-mails, sent outside",
})

_k = kids(30, 6, 2016, 2021)
_fw = "\n".join(
    f"[{i + 1}] お子さま：{k['name']}（{k['kana']}）／{k['dob']:%Y年%m月%d日}生\n"
    f"    保護者：{k['g_name']}　TEL：{k['tel']}　Mail：{k['mail']}\n"
    f"    希望日：{['6/20(土)', '6/27(土)', '7/4(土)'][i % 3]}"
    for i, k in enumerate(_k))
MESSAGES.append({
    "id": "youthsports-030", "expect": "stop", "charset": "utf-8",
    "sender": OSAKO, "to": ["ひなたスポーツ 川崎教室 <kawasaki@hinata-sports.co.jp>"],
    "subject": "FW: 【Webフォーム】無料体験会 申込通知（川崎エリア）",
    "body": f"""ひなたスポーツ 川崎教室 ご担当者様

いつもお世話になっております。ひのでFCジュニアの大迫です。
弊社サイトから、御社担当の川崎教室での体験申込が入っておりましたので転送いたします。
各ご家庭へのご連絡をお願いできますでしょうか。

---------- Forwarded message ----------
From: Webフォーム <webform@hinode-sangyo.co.jp>
Date: 2026年6月12日(金) 8:02
Subject: 【Webフォーム】無料体験会 申込通知（川崎エリア）
To: fc-junior@sports.hinode-sangyo.co.jp

以下の内容で申込がありました（6件）。

{_fw}
{SIG_OSAKO}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "forwarded (FW:) web-form notification with 6 applicants' contacts: forwarded text counts",
})

_k = kids(31, 4, 2012, 2015, girls=0.6)
MESSAGES.append({
    "id": "youthsports-031", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SHIOMI, "to": ["潮騒地区水泳連盟 記録会係 <kirokukai@shiosai-suiren.or.jp>"],
    "subject": "長水路記録会 個人種目エントリー（ひのでSS青葉台 4名）",
    "body": f"""記録会係 ご担当者様

お世話になっております。ひのでスイミングスクール青葉台校の汐見です。
8月の長水路記録会、青葉台校からは下記4名でエントリーいたします。

{_k[0]['name']}　{wareki(_k[0]['dob'])}生　女子100m背泳ぎ
{_k[1]['name']}　{wareki(_k[1]['dob'])}生　200m個人メドレー
{_k[2]['name']}　{wareki(_k[2]['dob'])}生　50m自由形
{_k[3]['name']}　{wareki(_k[3]['dob'])}生　100m平泳ぎ

よろしくお願いいたします。
{SIG_SHIOMI}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"], "detectors": ["personal_data"],
    "note": "four swimmers with dates of birth: under the five-person threshold",
})

_k = kids(32, 1, 2014, 2016)[0]
_card = card_number(4401)
MESSAGES.append({
    "id": "youthsports-032", "expect": "stop", "charset": "utf-8",
    "sender": MUGURUMA, "to": ["スマートペイ カスタマーサポート <support@smartpay-service.jp>"],
    "subject": "加盟店ID HN-20931 決済エラー分の手動売上について",
    "body": f"""スマートペイ株式会社
カスタマーサポート ご担当者様

お世話になっております。加盟店ID HN-20931 日の出産業（ひのでFCジュニア）の六車です。
夏季合宿費のオンライン決済で、1件「3Dセキュア認証エラー」となったお客様がいらっしゃいます。
保護者の方からお電話でカード情報をいただきましたので、手動売上での処理をお願いできますでしょうか。

　カード名義：{_k['g_name']}
　カード番号：{_card[:4]} {_card[4:8]} {_card[8:12]} {_card[12:]}
　有効期限　：09/29
　金額　　　：48,600円（合宿費・バス代込み）
　参加者　　：{_k['name']}

よろしくお願いいたします。
{SIG_MUGURUMA}""",
    "entities": ["CREDIT_CARD", "PERSON_NAME"], "detectors": ["personal_data"],
    "note": "a guardian's full credit card number in the body to the payment provider",
})

MESSAGES.append({
    "id": "youthsports-033", "expect": "pass", "charset": "shift_jis",
    "sender": ICHINOSE, "to": ["宍戸様 <shishido@aoba-unyu.co.jp>", "さくらホテル 久保田様 <kubota@sakura-hotel.jp>"],
    "subject": "8/6 合宿 到着時刻と荷物の搬入について（3者確認）",
    "body": f"""青葉運輸 宍戸様
さくらホテル 久保田様

お世話になっております。日の出産業の一ノ瀬です。
8/6の到着について、お二方に同じ内容をお送りします。

・ホテル到着：11:15予定（談合坂SAで1回休憩）
・バスはホテル正面ではなく、第2駐車場（搬入口側）に停車でよいか久保田様にご確認させてください。
・荷物（52個＋ボール袋6）は搬入口から2F大広間へ運びます。台車を2台お借りできると助かります。

帰りは8/8 14:00 ホテル発です。
{SIG_ICHINOSE}""",
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "three-way logistics mail with two partner organisations in To: normal",
})

_c = adults(34, 2, 1975, 1995)
_r = random.Random("ys-034")
MESSAGES.append({
    "id": "youthsports-034", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SHOJI, "to": ["常盤損保 横浜支店 法人営業課 <hojin-yokohama@tokiwa-sonpo.co.jp>"],
    "subject": "社用車（ハイエース）運転者の追加登録",
    "body": f"""常盤損害保険株式会社
横浜支店 法人営業課 御中

お世話になっております。日の出産業 スポーツ振興事業部の東海林です。
証券番号 JA-7741-0928 の社用車（遠征用ハイエース）について、運転者を2名追加したく存じます。

1. {_c[0]['name']}（{_c[0]['kana']}）
   生年月日：{wareki(_c[0]['dob'])}
   運転免許証番号：第{_r.randrange(10, 99)}{_r.randrange(10 ** 9, 10 ** 10)}号（ゴールド）
2. {_c[1]['name']}（{_c[1]['kana']}）
   生年月日：{wareki(_c[1]['dob'])}
   運転免許証番号：第{_r.randrange(10, 99)}{_r.randrange(10 ** 9, 10 ** 10)}号（ブルー）

免許証の写しが必要でしたらお知らせください。
{SIG_SHOJI}""",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"], "detectors": ["personal_data"],
    "note": "two coaches' driver's licence numbers to the insurer: identity document numbers",
})

_k = kids(35, 1, 2018, 2020)[0]
MESSAGES.append({
    "id": "youthsports-035", "expect": "pass", "charset": "iso-2022-jp",
    "sender": MIZUNO, "to": [_k["mail"]],
    "subject": "振替レッスンのご案内",
    "body": f"""{_k['sei']}様

いつもありがとうございます。ひのでスイミングスクール港北校の水野です。
お休みされた6/18（木）分の振替ですが、下記のクラスに空きがございます。

・6/25（木）16:00〜17:00　ペンギンクラス
・6/27（土）11:00〜12:00　ペンギンクラス

ご希望の日時をこちらのメールにご返信いただくか、受付までお電話ください。
{SIG_MIZUNO}""",
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "ordinary reply to one guardian on free mail",
})

_r = random.Random("ys-036")
MESSAGES.append({
    "id": "youthsports-036", "expect": "stop", "charset": "utf-8",
    "sender": SHOJI, "to": ["黒川行政書士事務所 <info@kurokawa-gyosei.jp>"],
    "subject": "在留期間更新申請のご依頼（ブラジル国籍コーチ）",
    "body": f"""黒川行政書士事務所
黒川先生

お世話になっております。日の出産業の東海林です。
弊社で技術指導員として雇用しているコーチの在留期間更新をお願いしたく、
必要事項をお送りいたします。

　氏名：SOUZA RAFAEL HENRIQUE（ソウザ ラファエル エンリケ）
　国籍：ブラジル
　生年月日：1991年3月14日
　住居地：〒223-0061 神奈川県横浜市港北区日吉本町4丁目8-12 サンハイツ日吉302
　在留カード番号：{_r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{_r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{_r.randrange(10 ** 7, 10 ** 8)}{_r.choice('ABCDEFGHJK')}{_r.choice('ABCDEFGHJK')}
　在留資格：技術・人文知識・国際業務
　在留期間満了日：2026年9月30日

雇用契約書と源泉徴収票の写しは郵送いたします。
{SIG_SHOJI}""",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "a coach's residence card number with DOB and address to an outside 行政書士",
})

MESSAGES.append({
    "id": "youthsports-037", "expect": "pass", "charset": "utf-8",
    "sender": SHOJI, "to": ["スポーツ安全共済会 団体窓口 <dantai@sports-anzen.or.jp>"],
    "subject": "2025年度 事故発生状況のご報告（ひのでFCジュニア・ひのでSS）",
    "body": f"""スポーツ安全共済会 団体窓口 ご担当者様

お世話になっております。日の出産業の東海林です。
更新手続きに際し、2025年度の事故発生状況を集計しましたのでご報告いたします。

              サッカー   水泳    計
捻挫・打撲        14       2     16
骨折               3       0      3
脱臼               1       0      1
熱中症             2       0      2
擦過傷・切創       5       4      9
その他             1       3      4
-----------------------------------
計                26       9     35
（会員数：サッカー 248名、水泳 1,050名）

前年度比で熱中症が3件→2件に減少しました。暑熱対策（WBGT計測・練習中止基準）の効果と考えています。
{SIG_SHOJI}""",
    "entities": [], "detectors": [],
    "note": "aggregate injury statistics with no individual: not personal data",
})

_c = adults(38, 3, 1982, 1999)
_r = random.Random("ys-038")
_lines = "\n".join(
    f"・{c['name']}（{c['kana']}）　生年月日 {c['dob']:%Y/%m/%d}　基礎年金番号 {_r.randrange(1000, 9999)}-{_r.randrange(100000, 999999)}"
    for c in _c)
MESSAGES.append({
    "id": "youthsports-038", "expect": "stop", "charset": "shift_jis",
    "sender": SHOJI, "to": ["藤波社会保険労務士事務所 <office@sr-fujinami.jp>"],
    "subject": "社会保険 資格取得手続きのお願い（コーチ3名 7/1付）",
    "body": f"""藤波社会保険労務士事務所
藤波先生

お世話になっております。日の出産業の東海林です。
週の所定労働時間が30時間を超えることになったコーチ3名について、
7月1日付での社会保険資格取得手続きをお願いいたします。

{_lines}

標準報酬の算定に必要な給与見込み額は、別途Excelでお送りします。
{SIG_SHOJI}""",
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], "detectors": ["personal_data"],
    "note": "basic pension numbers of three coaches to the labour consultant",
})

_k = kids(39, 1, 2014, 2016)[0]
MESSAGES.append({
    "id": "youthsports-039", "expect": "stop", "charset": "iso-2022-jp",
    "sender": ONIZUKA, "to": ["綱島整形外科クリニック 受付 <uketsuke@tsunashima-seikei.jp>"],
    "subject": "6/13受診 {0} さんの保険証情報について".format(_k["sei"]),
    "body": f"""綱島整形外科クリニック 受付ご担当者様

6/13（土）に練習中のけがで受診させていただいた、ひのでFCジュニアの鬼塚です。
当日は保険証をお持ちできず自費でのお会計となりましたが、
保護者の方から保険証の情報をいただきましたのでお知らせします。

　患者氏名：{_k['name']}（{_k['kana']}）
　生年月日：{_k['dob']:%Y年%m月%d日}
　保険者番号：06140927
　記号：2310　番号：48817　枝番：03
　（被保険者：{_k['g_name']}）

診断いただいた左鎖骨骨折の件、来週の再診には保護者の方が同行されます。
差額の返金手続きについてご教示いただけますと幸いです。
{SIG_ONIZUKA}""",
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a child's health insurance card symbol/number and diagnosis sent to a clinic",
})

MESSAGES.append({
    "id": "youthsports-040", "expect": "pass", "charset": "iso-2022-jp",
    "sender": MOMIYAMA, "to": ["みどり銀行 法人営業部 篠原様 <shinohara@midori-ginko.co.jp>"],
    "subject": "ひのでスイミングスクール 会員数の推移（協賛更新のご参考）",
    "body": f"""みどり銀行 法人営業部
篠原様

いつもお世話になっております。日の出産業の籾山です。
先日お問い合わせいただいた会員数の推移をお送りします。

【年度末会員数】
　　　　　　 2023　 2024　 2025　 2026(6月末)
幼児　　　　  188　  204　  231　  240
小学生　　　  512　  548　  571　  586
中学生　　　   96　  101　  118　  121
成人　　　　   70　   77　   82　   85
合計　　　　  866　  930　1,002　1,032

小学生の約4割が週2回以上通っています。退会率は年7.8％（前年8.9％）です。
協賛更新のご検討材料にしていただければ幸いです。
{SIG_MOMIYAMA}""",
    "entities": [], "detectors": [],
    "note": "membership statistics by age group: no individual",
})

_k = kids(41, 1, 2017, 2019)[0]
MESSAGES.append({
    "id": "youthsports-041", "expect": "stop", "charset": "utf-8",
    "sender": MIZUNO, "to": ["アクアコーチング 派遣担当 <haken@aqua-coach.co.jp>"],
    "subject": "土曜11時クラス 担当インストラクターへの申し送り",
    "body": f"""アクアコーチング株式会社
派遣担当　ご担当者様

お世話になっております。ひのでSS港北校の水野です。
7月から土曜11時のクラスをご担当いただく南雲コーチへ、下記の申し送りをお願いします。

■{_k['name']}くん（{_k['kana']}）カエルクラス
　・気管支喘息の持病あり（かかりつけ：港北こどもクリニック）
　・発作止めの吸入薬（メプチン）をプールサイドの青いポーチに置いています
　・咳が続くときはすぐに水から上げ、受付に連絡してください
　・保護者は基本的にギャラリーにいらっしゃいます

ほかの子は特に申し送りはありません。よろしくお願いいたします。
{SIG_MIZUNO}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named child's asthma and medication passed to an external staffing company",
})

_k = kids(42, 1, 2016, 2018)[0]
MESSAGES.append({
    "id": "youthsports-042", "expect": "either", "charset": "iso-2022-jp",
    "sender": MIZUNO, "to": [f"{_k['g_name']} 様 <{_k['mail']}>"],
    "subject": "本日のレッスン中の様子について",
    "body": f"""{_k['g_name']}様

ひのでスイミングスクール港北校の水野です。
本日17時のレッスン中、{_k['mei']}さんに喘息の発作のような咳込みがあり、
お預かりしている吸入薬を使って15分ほど休ませました。その後は落ち着いています。
お迎えの際にお話しできなかったため、念のためメールでご報告いたします。

かかりつけの先生にもご相談いただき、次回のレッスンで気をつけることがあれば教えてください。
{SIG_MIZUNO}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["freemail_recipient", "personal_data"],
    "note": "a child's asthma episode told to that child's own guardian on free mail: health data, but to the data subject's parent",
})

_k = kids(43, 1, 2016, 2018)[0]
MESSAGES.append({
    "id": "youthsports-043", "expect": "stop", "charset": "shift_jis",
    "sender": ONIZUKA, "to": ["キッズモーターラボ 榊原先生 <sakakibara@kids-motor-lab.jp>"],
    "subject": "ご相談：練習での声かけについて",
    "body": f"""キッズモーターラボ
榊原先生

先日の指導者研修ではありがとうございました。ひのでFCジュニアの鬼塚です。
研修後にご相談した件で、改めてメールさせていただきます。

U-9の{_k['name']}くん（{grade_label(_k['grade'])}）について、保護者の方から
自閉スペクトラム症（ASD）の診断を受けていると伺っています。
急なメニュー変更や大きな声の指示でパニックになることがあり、
先週はゲーム中に座り込んでしまいました。

・練習の流れを事前にホワイトボードで見せる
・指示は短く、一つずつ
といった工夫はしていますが、ほかに有効な方法があればご助言いただけないでしょうか。
{SIG_ONIZUKA}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one named child's developmental disorder diagnosis to an outside specialist: disability info",
})

_t = "T" + corp_number("020104558731")
MESSAGES.append({
    "id": "youthsports-044", "expect": "pass", "charset": "utf-8",
    "sender": MUGURUMA, "to": ["川崎電機 総務部 宣伝課 <senden@kawasaki-denki.co.jp>"],
    "subject": "【請求書送付】ひのでカップ2026 協賛金（INV-2026-0712）",
    "body": f"""川崎電機株式会社
総務部 宣伝課 御中

いつもお世話になっております。日の出産業の六車です。
ひのでカップ2026の協賛金につきまして、請求書をお送りいたします。

　請求書番号：INV-2026-0712
　件名　　　：ひのでカップ2026 ゴールドスポンサー協賛金
　金額　　　：550,000円（税込、うち消費税 50,000円）
　お支払期限：2026年8月31日
　お振込先　：みどり銀行 新横浜支店 当座 0048211 ヒノデサンギヨウ（カ
　登録番号　：{_t}

原本は本日郵送いたしました。
{SIG_MUGURUMA}""",
    "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "invoice with the company's registration (T) number and company bank account: no person",
})

_k = kids(45, 1, 2014, 2016)[0]
MESSAGES.append({
    "id": "youthsports-045", "expect": "stop", "charset": "iso-2022-jp",
    "sender": ICHINOSE, "to": ["北国フーズ 仕出し事業部 <shidashi@kitaguni-foods.co.jp>"],
    "subject": "ひのでカップ 選手弁当（9/21）特別食のお願い",
    "body": f"""北国フーズ株式会社
仕出し事業部 ご担当者様

いつもありがとうございます。日の出産業の一ノ瀬です。
9/21 ひのでカップの選手弁当（120食）のうち、1食を特別対応でお願いできますでしょうか。

　対象：{_k['name']}さん（ひのでFCジュニア {grade_label(_k['grade'])}）
　理由：ご家庭がイスラム教を信仰されており、ハラールの食事が必要です。
　　　　豚肉・豚由来の成分（ラード、ゼラチン等）、みりん・料理酒などのアルコールは不可。
　　　　鶏肉・牛肉もハラール認証品でなければ避けたいとのことです。

難しければ魚と野菜中心のメニューでも結構です。
{SIG_ICHINOSE}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named child's family religion (Islam) sent to the caterer: creed is 要配慮",
})

MESSAGES.append({
    "id": "youthsports-046", "expect": "pass", "charset": "shift_jis",
    "sender": MIZUNO, "to": ["菊名小学校PTA 広報委員会 <kouhou@kikuna-sho-pta.jp>"],
    "subject": "夏休み短期水泳教室のご案内（PTAだより掲載用）",
    "body": f"""菊名小学校PTA 広報委員会 御中

いつもお世話になっております。ひのでスイミングスクール港北校の水野です。
PTAだより7月号へのご掲載、ありがとうございます。掲載用の原稿をお送りします。

――――――――――――――――
夏休み短期水泳教室（4日間）
　A日程：7/22〜7/25　B日程：7/29〜8/1　C日程：8/19〜8/22
　時間　：①10:00〜11:00　②13:00〜14:00
　対象　：年長〜小学6年生
　料金　：会員外 8,800円（税込）／兄弟割 2人目 7,700円
　　　　　※菊名小の児童は「PTAだよりを見た」で500円引き
　申込　：港北校受付 または Webフォーム
――――――――――――――――

ご不明な点がございましたらご連絡ください。
{SIG_MIZUNO}""",
    "entities": [], "detectors": [],
    "note": "price list / course announcement for a PTA newsletter",
})

_k = kids(47, 1, 2013, 2015, girls=1.0)[0]
MESSAGES.append({
    "id": "youthsports-047", "expect": "stop", "charset": "utf-8",
    "sender": SHOJI, "to": ["白川法律事務所 大槻先生 <otsuki@shirakawa-law.jp>"],
    "subject": "【至急ご相談】港北校 更衣室での盗撮事案について",
    "body": f"""大槻先生

お世話になっております。東海林です。お電話でお伝えした件の詳細です。

6月14日（日）、港北校の女子更衣室で盗撮目的とみられる小型カメラが見つかりました。
港北警察署に届け出ており、被害を受けた可能性が高いのは、その時間帯に更衣室を利用していた
選手コースの{_k['name']}さん（{grade_label(_k['grade'])}）です。
保護者の{_k['g_name']}様は被害届の提出を検討されています。

・施設管理者としての責任の範囲
・他の保護者への説明の仕方（被害児童が特定されない形で）
についてご相談させてください。明日午前中にお電話を差し上げてもよろしいでしょうか。
{SIG_SHOJI}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "names a child who was a likely crime victim: 要配慮 even though sent to the company's counsel",
})

MESSAGES.append({
    "id": "youthsports-048", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OSAKO, "to": ["キックオフウェア 受注センター <order@kickoff-wear.co.jp>"],
    "subject": "Re: 【出荷のご案内】ご注文番号 KW-260611-0387",
    "body": f"""キックオフウェア 受注センター ご担当者様

出荷のご連絡ありがとうございます。
送り状番号 4812-3344-9901（ヤマト運輸）で追跡できました。明日午前着とのこと、承知しました。

追加で以下もお願いできますでしょうか。
　品番 KW-GK2204（GKグローブ ジュニア 6号）× 4
　品番 KW-BB110（ビブス 蛍光イエロー 10枚組）× 2

請求は前回と同じく月末締めでお願いします。
{SIG_OSAKO}""",
    "entities": [], "detectors": [],
    "note": "order number, tracking number and product codes: ordinary business mail",
})

MESSAGES.append({
    "id": "youthsports-049", "expect": "stop", "charset": "iso-2022-jp",
    "sender": ICHINOSE,
    "to": ["FC鶴見キッズ 代表 <daihyo@fc-tsurumi-kids.jp>", "港北SC 事務局 <jimukyoku@kohoku-sc.jp>",
           "青葉ジュニアFC <info@aoba-junior-fc.com>"],
    "subject": "7/19 U-11 交流戦（4チーム）の組合せ",
    "body": f"""各チーム ご担当者様

お世話になっております。ひのでFCジュニアの一ノ瀬です。
7/19（日）の U-11 交流戦の組合せが決まりましたのでお知らせします。

会場：新羽町グラウンド（人工芝 8人制2面）
 9:00　ひので vs 鶴見キッズ（A）　港北SC vs 青葉ジュニア（B）
 9:40　ひので vs 港北SC（A）　　　鶴見キッズ vs 青葉ジュニア（B）
10:20　ひので vs 青葉ジュニア（A）　鶴見キッズ vs 港北SC（B）

駐車場は各チーム3台までです。審判は自チーム以外の試合で1名ずつお願いします。
{SIG_ICHINOSE}""",
    "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three outside clubs in To can see each other's addresses: should have been Bcc",
})

MESSAGES.append({
    "id": "youthsports-050", "expect": "pass", "charset": "shift_jis",
    "sender": OSAKO, "to": ["港北SC 事務局 宇野様 <uno@kohoku-sc.jp>"],
    "subject": "Re: 合同練習の参加者名簿について",
    "body": f"""港北SC 宇野様

お世話になっております。ひのでFCジュニアの大迫です。
合同練習の参加者名簿の件ですが、弊社では会員名簿を社外秘扱いとしており、
規程上、社外へのお渡しができないことになっております。申し訳ございません。

人数だけお伝えしますと、当日はU-10が18名、U-11が15名の予定です。
保険は各チームで加入済みのものでお願いできればと思います。

よろしくお願いいたします。
{SIG_OSAKO}""",
    "entities": [], "detectors": [],
    "note": "mentions that rosters are treated as 社外秘, but the mail itself carries no marking or data",
})

# ---------------------------------------------------------------------------------------
# 051-075
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "youthsports-051", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MOMIYAMA,
    "to": ["北国フーズ 三枝様 <saegusa@kitaguni-foods.co.jp>", "みどり銀行 篠原様 <shinohara@midori-ginko.co.jp>",
           "川崎電機 宣伝課 <senden@kawasaki-denki.co.jp>"],
    "subject": "ひのでカップ2026 ご協賛の御礼と当日のご案内",
    "body": f"""協賛各社 ご担当者様

平素より格別のご高配を賜り、誠にありがとうございます。
日の出産業株式会社 スポーツ振興事業部の籾山でございます。

このたびは「ひのでカップ2026」にご協賛いただき、心より御礼申し上げます。
当日（9/21）は10:30から開会式を予定しており、各社様にはプレゼンターとして
優勝・準優勝チームへのメダル授与をお願いしたく存じます。

来賓受付は本部テント横です。駐車券を同封のうえ、別途郵送いたします。
{SIG_MOMIYAMA}""",
    "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three sponsor companies in To can see each other: three external organisations, should be Bcc",
})

_k = kids(52, 34, 2013, 2019)
MESSAGES.append({
    "id": "youthsports-052", "expect": "pass", "charset": "iso-2022-jp",
    "sender": FC_DESK, "to": [FC_DESK], "bcc": [k["mail"] for k in _k],
    "subject": "【ひのでFCジュニア】夏季休講期間とグラウンド変更のお知らせ",
    "body": """保護者の皆さま

いつもひのでFCジュニアの活動にご理解・ご協力いただきありがとうございます。
夏季の休講期間と、9月からの練習グラウンド変更についてお知らせいたします。

■夏季休講：8月10日（月）〜8月16日（日）
■9月からの火曜クラス：新羽町グラウンド → 小杉フットサルコート
　（新羽町グラウンドの人工芝張替え工事のため、11月末まで）

ご不明点は事務局までお問い合わせください。
※このメールは送信専用アドレスではありません。返信でのお問い合わせも可能です。

ひのでFCジュニア事務局（日の出産業株式会社 スポーツ振興事業部）
TEL 045-475-3180（平日 10:00〜18:00）""",
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "announcement to 34 guardians correctly sent in Bcc (To is the school's own address)",
})

_k = kids(53, 4, 2014, 2016)
MESSAGES.append({
    "id": "youthsports-053", "expect": "stop", "charset": "utf-8",
    "sender": ONIZUKA, "to": ["日吉台小学校 体育主任 <taiiku@hiyoshidai-sho.ed.jp>"],
    "cc": [k["mail"] for k in _k],
    "subject": "日吉台小 校庭での合同練習（7/11）について",
    "body": f"""日吉台小学校 体育主任 高梨先生

お世話になっております。ひのでFCジュニアの鬼塚です。
7/11（土）の校庭での合同練習について、ご許可いただきありがとうございました。

当日の車出しにご協力いただける保護者の皆さまにもCcでお送りしています。
・集合 8:30 正門前（車は校内に入れず、近隣のコインパーキングをご利用ください）
・終了 11:30 予定、片付けまで含めて12:00退出

保護者の皆さま、配車の割り振りは別途LINEでお送りします。
{SIG_ONIZUKA}""",
    "entities": [], "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "a school plus four guardians' private addresses visible in To/Cc: five external parties",
})

MESSAGES.append({
    "id": "youthsports-054", "expect": "pass", "charset": "utf-8",
    "sender": KOGURE, "to": ["Megan O'Reilly <megan@sunshine-football-camp.com>"],
    "subject": "Inquiry: Summer camp 2027 for a Japanese youth group",
    "body": f"""Dear Ms O'Reilly,

My name is Yuki Kogure and I am in charge of international programs at Hinode Sangyo,
which runs a youth football school in Yokohama (about 270 players aged 6-12).

We are considering sending a group of 16 players (U-12) and 3 coaches to your camp on the
Gold Coast in late July 2027. Could you let us know:

 - available weeks and the daily programme
 - the price per player (full board) and for coaches
 - whether you accept groups who need an interpreter on the pitch

Our contact at the Japan side is myself; please feel free to call me at the number below.
{SIG_KOGURE}
{DISC_EN}""",
    "entities": [], "detectors": [],
    "note": "English inquiry to one overseas contact with signature and standard disclaimer",
})

MESSAGES.append({
    "id": "youthsports-055", "expect": "stop", "charset": "iso-2022-jp",
    "sender": ICHINOSE, "to": ["宍戸様 <shishido@aoba-unyu.jp>"],
    "subject": "10/12 遠征 貸切バスのお見積り依頼",
    "body": f"""青葉運輸 宍戸様

いつもお世話になっております。日の出産業の一ノ瀬です。
10/12（月・祝）のU-12遠征について、大型バス1台のお見積りをお願いします。

　行程：新横浜 7:00発 → 静岡県 御殿場市 時之栖 → 新横浜 18:30着
　人数：選手22名＋引率4名
　荷物：トランク下にボールバッグ・クーラーボックス

先日と同じく、乗務員さんは1名で問題ありません。
{SIG_ICHINOSE}""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "recipient domain aoba-unyu.jp drops the 'co.' of the partner aoba-unyu.co.jp: look-alike",
})

MESSAGES.append({
    "id": "youthsports-056", "expect": "pass", "charset": "utf-8",
    "sender": MOMIYAMA, "to": ["スポーツ振興事業部 部長 <sports-bucho@hinode-sangyo.co.jp>"],
    "cc": [MUGURUMA],
    "subject": "【社外秘】来期スポンサー料金テーブル（案）",
    "body": f"""部長

お疲れさまです。籾山です。
来期のスポンサー料金テーブル案を作成しました。社外秘でお願いします。
ゴールド枠を55万→66万に改定する案と、据え置きで特典を減らす案の2案です。
金曜の部会でご判断いただければと思います。
{SIG_MOMIYAMA}""",
    "attachments": [{"kind": "xlsx", "name": "sponsor_price_2027_draft.xlsx", "page_header": "社外秘",
                     "sheets": {"A案": [["区分", "現行", "改定案"], ["ゴールド", 550000, 660000],
                                       ["シルバー", 330000, 385000], ["ブロンズ", 110000, 132000]],
                                "B案": [["区分", "料金", "削減する特典"], ["ゴールド", 550000, "横断幕 2枚→1枚"],
                                       ["シルバー", 330000, "パンフ広告 1/2→1/4"]]}}],
    "entities": [], "detectors": [],
    "note": "社外秘 marking, but the mail goes only to internal recipients",
})

MESSAGES.append({
    "id": "youthsports-057", "expect": "stop", "charset": "shift_jis",
    "sender": MUGURUMA, "to": ["みどり銀行 新横浜支店 法人窓口 <shinyokohama@midori-glnko.co.jp>"],
    "subject": "口座振替 依頼書の送付について",
    "body": f"""みどり銀行 新横浜支店
法人窓口 ご担当者様

いつもお世話になっております。日の出産業の六車です。
スクール月謝の口座振替につきまして、8月分の依頼データの送付日程をご確認させてください。
例月どおり、引落日の10営業日前（7/13）までの送付で問題ないでしょうか。

また、新しいデータ伝送サービスへの切替時期についても、ご教示いただけますと幸いです。
{SIG_MUGURUMA}""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "midori-glnko.co.jp uses 'l' for 'i': homoglyph look-alike of the partner bank",
})

MESSAGES.append({
    "id": "youthsports-058", "expect": "pass", "charset": "iso-2022-jp",
    "sender": MUGURUMA, "to": ["経理部 給与担当 <kyuyo@hinode-sangyo.co.jp>"],
    "subject": "外部コーチ 支払調書データ（2026年分）",
    "body": """給与担当各位

スポーツ振興事業部の六車です。
外部コーチ23名分の支払調書データ（マイナンバー含む）をパスワード付きZIPでお送りします。
パスワードは社内チャットでお伝えします。

六車""",
    "attachments": [{"kind": "zip", "name": "shiharai_chosho_2026.zip", "password": "Kz!2026coach",
                     "files": [{"kind": "xlsx", "name": "shiharai.xlsx",
                                "sheets": {"調書": [["氏名", "個人番号", "支払額"]] +
                                           [[c["name"], my_number(4460 + i), 120000 + i * 8000]
                                            for i, c in enumerate(adults(58, 8))]}}]}],
    "entities": [], "detectors": [],
    "note": "encrypted ZIP with My Numbers, but the only recipient is internal",
})

MESSAGES.append({
    "id": "youthsports-059", "expect": "stop", "charset": "utf-8",
    "sender": ICHINOSE, "to": ["さくらホテル 久保田様 <kubota@sakura-hotel.co.jp>"],
    "subject": "Re: 合宿 部屋割りの件",
    "body": f"""久保田様

お世話になっております。一ノ瀬です。
部屋割りの件、ご提案いただいた形で問題ございません。

・選手：和室 8名×6部屋
・引率：洋室シングル 4部屋（うち1部屋は救護用として1F希望）
・ミーティング用：2F大広間 8/6 19:30〜21:00

チェックインは代表者（一ノ瀬）がまとめて行います。
{SIG_ICHINOSE}""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "sakura-hotel.co.jp is another TLD of the partner sakura-hotel.jp: look-alike",
})

_c = adults(60, 2, 1980, 1998)
MESSAGES.append({
    "id": "youthsports-060", "expect": "pass", "charset": "shift_jis",
    "sender": ONIZUKA, "to": ["時之栖スポーツセンター 予約係 <yoyaku@tokinosu-sports.co.jp>"],
    "subject": "10/12 グラウンド利用 当日の責任者について",
    "body": f"""時之栖スポーツセンター 予約係 ご担当者様

お世話になっております。ひのでFCジュニアの鬼塚です。
10/12のグラウンド利用について、当日の責任者と副責任者をお知らせします。

　責任者　：{_c[0]['name']}（{_c[0]['kana']}）　携帯 {_c[0]['tel']}
　副責任者：{_c[1]['name']}（{_c[1]['kana']}）　携帯 {_c[1]['tel']}

9:00受付にお伺いします。よろしくお願いいたします。
{SIG_ONIZUKA}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "two staff members' names and mobiles to a venue: under five people",
})

MESSAGES.append({
    "id": "youthsports-061", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MOMIYAMA, "to": ["錦印刷 溝口様 <mizoguchi@nishiki-insatsu.co.jp>"],
    "cc": ["一ノ瀬 拓海 <t.ichinose@hinode-sangyo-co.jp>"],
    "subject": "ひのでカップ パンフレット 校正戻し",
    "body": f"""溝口様

お世話になっております。籾山です。
パンフレット初校の修正点です。

・P.2 大会概要：開会式 10:00 → 10:30
・P.5 組合せ表：Bブロック「港北SC」→「港北サッカークラブ」
・裏表紙：協賛社ロゴの並び順を 川崎電機 → みどり銀行 → 北国フーズ に

大会担当の一ノ瀬もCcに入れております。
{SIG_MOMIYAMA}""",
    "entities": [], "detectors": ["lookalike_domain", "multiple_external_domains"],
    "note": "Cc to hinode-sangyo-co.jp (hyphen for the dot): look-alike of the own domain",
})

_k = kids(62, 1, 2014, 2015)[0]
MESSAGES.append({
    "id": "youthsports-062", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OSAKO, "to": ["FC鶴見キッズ 代表 伊吹様 <daihyo@fc-tsurumi-kids.jp>"],
    "subject": "移籍選手の登録抹消について",
    "body": f"""FC鶴見キッズ 伊吹様

お世話になっております。ひのでFCジュニアの大迫です。
7月から貴チームへ移籍される選手について、当方での登録抹消手続きが完了しました。

　選手名：{_k['name']}（{_k['kana']}）
　生年月日：{_k['dob']:%Y年%m月%d日}
　JFA登録番号：{random.Random('ys-062').randrange(10 ** 9, 10 ** 10)}
　抹消日：2026年6月30日

貴チームでの新規登録をお進めください。
{_k['mei']}くんのご活躍を期待しております。
{SIG_OSAKO}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"], "detectors": ["personal_data"],
    "note": "one player's name and DOB for a club transfer: a single person's record",
})

MESSAGES.append({
    "id": "youthsports-063", "expect": "stop", "charset": "utf-8",
    "sender": ICHINOSE, "to": ["北国フーズ 仕出し事業部 <shidashi@kitaguni-fods.co.jp>"],
    "subject": "ひのでカップ 選手弁当 発注数の確定",
    "body": f"""北国フーズ 仕出し事業部 ご担当者様

お世話になっております。日の出産業の一ノ瀬です。
9/21 ひのでカップの弁当の発注数が確定しましたのでご連絡します。

　選手用（から揚げ弁当）：118食
　選手用（特別食）：2食
　スタッフ・審判用（幕の内）：26食
　お茶（500ml）：150本

お届けは11:30に本部テントまでお願いします。
{SIG_ICHINOSE}""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "kitaguni-fods.co.jp drops a letter of the partner kitaguni-foods.co.jp: look-alike",
})

_html = """<html><body>
<h2 style="color:#e8590c">ひのでFCジュニア 通信 Vol.18</h2>
<p>北国フーズ株式会社 広報部 三枝様</p>
<p>いつもご支援ありがとうございます。6月の活動をお知らせします。</p>
<table border="1" cellpadding="4">
<tr><th>日付</th><th>大会</th><th>カテゴリ</th><th>結果</th></tr>
<tr><td>6/7</td><td>横浜みなとリーグ 第5節</td><td>U-12</td><td>ひので 3-1 港北SC</td></tr>
<tr><td>6/14</td><td>横浜みなとリーグ 第6節</td><td>U-12</td><td>ひので 0-0 FC鶴見キッズ</td></tr>
<tr><td>6/21</td><td>北国フーズ杯 U-10</td><td>U-10</td><td>準優勝</td></tr>
</table>
<p>北国フーズ杯では、御社の皆さまに表彰式にご参加いただきありがとうございました。</p>
<p>日の出産業株式会社 スポーツ振興事業部 企画課 籾山</p>
</body></html>"""
MESSAGES.append({
    "id": "youthsports-064", "expect": "pass", "charset": "utf-8",
    "sender": MOMIYAMA, "to": ["北国フーズ 広報部 三枝様 <saegusa@kitaguni-foods.co.jp>"],
    "subject": "ひのでFCジュニア通信 Vol.18（6月の活動報告）",
    "body": """北国フーズ株式会社 広報部 三枝様

いつもご支援ありがとうございます。6月の活動をお知らせします。
6/7 横浜みなとリーグ 第5節 U-12 ひので 3-1 港北SC
6/14 横浜みなとリーグ 第6節 U-12 ひので 0-0 FC鶴見キッズ
6/21 北国フーズ杯 U-10 準優勝

日の出産業株式会社 スポーツ振興事業部 企画課 籾山""",
    "html": _html,
    "entities": [], "detectors": [],
    "note": "multipart text+HTML newsletter with match results: team names only",
})

MESSAGES.append({
    "id": "youthsports-065", "expect": "stop", "charset": "shift_jis",
    "sender": MOMIYAMA, "to": ["錦印刷 溝口様 <mizoguchi@nishiki-insatsu.co.jp>"],
    "subject": "来年度パンフ 料金ページの元データ",
    "body": f"""溝口様

お世話になっております。籾山です。
来年度パンフレットの料金ページ用に、元データのExcelをお送りします。
レイアウトは今年度と同じでお願いします。シート「比較」は参考までです。
{SIG_MOMIYAMA}""",
    "attachments": [{"kind": "xlsx", "name": "2027_月謝改定案.xlsx", "page_header": "部外秘",
                     "title": "2027年度 月謝改定案（部外秘）",
                     "sheets": {"月謝": [["2027年度 月謝改定案"], [], ["コース", "週1回", "週2回", "週3回"],
                                       ["FCジュニア", 7700, 12100, 15400], ["スイミング 幼児", 7150, 11000, ""],
                                       ["スイミング 小学生", 7700, 11550, 14300], ["選手コース", "", "", 19800]],
                                "比較": [["コース", "2026", "2027", "改定率"], ["FCジュニア 週1", 7150, 7700, "7.7%"],
                                       ["スイミング 小学生 週1", 7150, 7700, "7.7%"]]}}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "XLSX with a 部外秘 page header (and title) sent to the printer before the price change is public",
})

MESSAGES.append({
    "id": "youthsports-066", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OSAKO, "to": ["港北区 地域振興課 スポーツ係 <kohoku-sports@city.minato-yokohama.lg.jp>"],
    "subject": "10月〜12月 新羽町スポーツ広場 利用申請",
    "body": f"""港北区 地域振興課 スポーツ係 ご担当者様

いつもお世話になっております。ひのでFCジュニア（登録団体番号 K-218）の大迫です。
10月〜12月の新羽町スポーツ広場の利用について、下記のとおり申請いたします。

　曜日　時間　　　　　面　　　内容
　火　　16:00-18:00　 A面　　 U-9/U-10 練習
　木　　16:00-18:00　 A面　　 U-11/U-12 練習
　土　　 9:00-12:00　 A・B面　全カテゴリー練習
　日　　 9:00-15:00　 A・B面　公式戦（月2回程度）

利用者数は1回あたり40〜60名です。申請書の原本は窓口へ持参いたします。
{SIG_OSAKO}""",
    "entities": [], "detectors": [],
    "note": "facility booking with a schedule table: no personal data",
})

MESSAGES.append({
    "id": "youthsports-067", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MOMIYAMA, "to": ["ブルーウェーブ広告 営業局 仙波様 <semba@bluewave-ad.co.jp>"],
    "subject": "【社外秘】ネーミングライツ交渉状況（共有）",
    "body": f"""【社外秘】取扱注意
―――――――――――――――――

ブルーウェーブ広告 仙波様

お世話になっております。籾山です。
新羽町グラウンドのネーミングライツについて、現状を共有いたします。

・川崎電機様：年額 480万円・5年で内諾（正式回答は8月末）
・別の1社：年額 520万円の提示あり、ただし3年契約希望

弊社としては川崎電機様で進めたい意向です。次回の打合せで条件面のご相談をさせてください。
{SIG_MOMIYAMA}""",
    "entities": [], "detectors": ["confidential_marking"],
    "note": "subject and body stamped 【社外秘】取扱注意, sent to an outside ad agency",
})

MESSAGES.append({
    "id": "youthsports-068", "expect": "pass", "charset": "utf-8",
    "sender": ICHINOSE, "to": ["青葉ジュニアFC 監督 根岸様 <negishi@aoba-junior-fc.com>"],
    "subject": "ひのでカップ2026 大会要項と参加申込書",
    "body": f"""青葉ジュニアFC 根岸様

お世話になっております。日の出産業の一ノ瀬です。
ひのでカップ2026の大会要項と参加申込書をお送りします。
参加申込は8/20（木）締切です。選手名簿は当日の受付でご提出いただければ結構です。
{SIG_ICHINOSE}""",
    "attachments": [{"kind": "pdf", "name": "ひのでカップ2026_大会要項.pdf", "title": "ひのでカップ2026 大会要項",
                     "lines": ["ひのでカップ2026 大会要項", "", "1. 主催　日の出産業株式会社 スポーツ振興事業部",
                               "2. 協賛　川崎電機株式会社、みどり銀行、北国フーズ株式会社",
                               "3. 日時　2026年9月21日（月・祝）9:00〜16:00",
                               "4. 会場　新羽町グラウンド（人工芝 8人制2面）",
                               "5. 参加資格　U-10（2016年4月2日以降に生まれた者）",
                               "6. 参加費　1チーム 8,000円", "7. 競技規則　JFA8人制サッカー競技規則に準ずる",
                               "8. 問合せ　大会事務局 045-475-3186"]}],
    "entities": [], "detectors": [],
    "note": "tournament rules PDF to one club: no personal data (an eligibility date is not a DOB)",
})

MESSAGES.append({
    "id": "youthsports-069", "expect": "stop", "charset": "utf-8",
    "sender": KOGURE, "to": ["Javier Molina <jmolina@costa-azul-fc.com>"],
    "subject": "Exchange programme 2026 - cost sharing proposal",
    "body": f"""Dear Javier,

As discussed on our call, please find attached our proposal for sharing the costs of the
exchange programme (your U-13 visit to Yokohama in August, our visit to Valencia in December).

The figures are still under internal review, so please treat them carefully.
I would be grateful for your comments by 30 June.
{SIG_KOGURE}""",
    "attachments": [{"kind": "pdf", "name": "Exchange2026_cost_sharing.pdf", "page_footer": "CONFIDENTIAL",
                     "page_header": "Hinode Sangyo - Confidential",
                     "lines": ["Exchange Programme 2026 - Cost Sharing Proposal", "",
                               "1. Accommodation in Yokohama (host): Hinode Sangyo bears 100%",
                               "2. Flights: each club bears its own",
                               "3. Local transport: host club", "4. Sponsor contribution: JPY 1,800,000 (Kawasaki Denki)",
                               "5. Budget ceiling per visiting player: JPY 96,000"]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "PDF stamped Confidential in header and footer sent to an overseas club",
})

MESSAGES.append({
    "id": "youthsports-070", "expect": "pass", "charset": "shift_jis",
    "sender": MIZUNO, "to": ["ゴールスポーツ 法人営業 <hojin@goal-sports.co.jp>"],
    "subject": "備品発注（港北校）",
    "body": f"""ゴールスポーツ株式会社 法人営業 ご担当者様

いつもお世話になっております。ひのでSS港北校の水野です。
添付のとおり備品を発注いたします。納品は8/3までにお願いできますでしょうか。
{SIG_MIZUNO}""",
    "attachments": [{"kind": "xlsx", "name": "発注書_港北校_202607.xlsx",
                     "sheets": {"発注書": [["発注書　ひのでスイミングスクール港北校"], ["発注日", "2026/07/06"], [],
                                        ["品番", "品名", "数量", "単価", "金額"],
                                        ["AQ-KB45", "キックボード ジュニア", 30, 1180, 35400],
                                        ["AQ-PB12", "プルブイ", 20, 980, 19600],
                                        ["AQ-NDL8", "ヌードル（8色アソート）", 2, 4400, 8800],
                                        ["AQ-RING6", "ダイブリング 6個セット", 5, 1650, 8250],
                                        ["", "", "", "合計", 72050]]}}],
    "entities": [], "detectors": [],
    "note": "equipment purchase order with product codes and prices",
})

MESSAGES.append({
    "id": "youthsports-071", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MOMIYAMA, "to": ["アーク設計 宮内様 <miyauchi@arc-sekkei.co.jp>"],
    "subject": "クラブハウス改修 基本計画（社内検討資料）",
    "body": f"""アーク設計株式会社
宮内様

お世話になっております。籾山です。
クラブハウス改修の社内検討資料をお送りします。予算の欄は社内限りの想定値ですので、
お取扱いにご注意ください。ご意見をいただけますと幸いです。
{SIG_MOMIYAMA}""",
    "attachments": [{"kind": "pptx", "name": "クラブハウス改修_基本計画.pptx", "page_footer": "取扱注意",
                     "slides": [["クラブハウス改修 基本計画", "日の出産業株式会社 スポーツ振興事業部", "2026年7月"],
                                ["現状の課題", "更衣室が狭く、保護者の待機スペースがない", "雨天時の屋内練習場所がない"],
                                ["改修案", "1F：更衣室拡張・シャワー4基", "2F：保護者ラウンジ・ミーティングルーム"],
                                ["概算予算", "A案 8,200万円", "B案 6,100万円（2F増床なし）"]]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "PPTX with a 取扱注意 footer on every slide sent to a design office",
})

MESSAGES.append({
    "id": "youthsports-072", "expect": "pass", "charset": "utf-8",
    "sender": MOMIYAMA, "to": ["ハーバー製薬 宣伝部 <senden@harbor-seiyaku.co.jp>"],
    "subject": "ひのでカップ2026 協賛のご提案",
    "body": f"""ハーバー製薬株式会社
宣伝部 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 スポーツ振興事業部の籾山と申します。
弊社が主催する少年サッカー大会「ひのでカップ」への協賛について、ご提案資料をお送りいたします。
ご興味をお持ちいただけましたら、一度ご説明に伺えれば幸いです。
{SIG_MOMIYAMA}""",
    "attachments": [{"kind": "docx", "name": "ひのでカップ2026_協賛のご提案.docx",
                     "paragraphs": ["ひのでカップ2026 協賛のご提案", "大会概要：U-10 32チーム・約400名が参加",
                                    "来場者：保護者を含め延べ1,500名", "協賛プラン"],
                     "tables": [[["プラン", "協賛金", "主な特典"], ["ゴールド", "55万円", "冠表記・横断幕2枚・表彰式プレゼンター"],
                                 ["シルバー", "33万円", "横断幕1枚・パンフ1/2ページ"], ["ブロンズ", "11万円", "パンフ1/4ページ"]]]}],
    "entities": [], "detectors": [],
    "note": "sponsorship proposal DOCX: prices and aggregate audience figures only",
})

MESSAGES.append({
    "id": "youthsports-073", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SHOJI, "to": ["横浜保険サービス 事故受付 <jiko@yokohama-hoken-service.co.jp>"],
    "subject": "事故報告書（6/13 綱島グラウンド）送付",
    "body": f"""横浜保険サービス 事故受付 ご担当者様

お世話になっております。日の出産業の東海林です。
6/13に発生した事故の報告書をPDFでお送りします。
個人情報を含むため、PDFにパスワードを設定しております。パスワードはお電話でお伝えします。
{SIG_SHOJI}""",
    "attachments": [{"kind": "pdf", "name": "事故報告書_20260613.pdf", "password": "0613hinode",
                     "lines": ["事故報告書", "発生日時：2026年6月13日 9:45", "負傷者：（省略）", "診断名：左鎖骨骨折"]}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF accident report: the attachment cannot be inspected",
})

_k = kids(74, 8, 2014, 2016)
_cap = "\n".join(f"{['前列', '前列', '前列', '前列', '後列', '後列', '後列', '後列'][i]}{['左', '左から2', '右から2', '右'][i % 4]}：{k['name']}（{grade_label(k['grade'])}）"
                 for i, k in enumerate(_k))
MESSAGES.append({
    "id": "youthsports-074", "expect": "either", "charset": "iso-2022-jp",
    "sender": OSAKO, "to": ["錦印刷 溝口様 <mizoguchi@nishiki-insatsu.co.jp>"],
    "subject": "会報 秋号 P.3 集合写真のキャプション",
    "body": f"""溝口様

お世話になっております。大迫です。
会報秋号 P.3 の集合写真（U-11 北国フーズ杯 優勝）のキャプションです。
掲載については全員の保護者から同意をもらっています。

{_cap}

写真データは別途ギガファイル便でお送りします。
{SIG_OSAKO}""",
    "entities": ["PERSON_NAME"], "detectors": ["personal_data"],
    "note": "eight children's names with only their grade, for a published newsletter caption with consent",
})

MESSAGES.append({
    "id": "youthsports-075", "expect": "stop", "charset": "shift_jis",
    "sender": ICHINOSE, "to": ["大会事務局 平賀様 <hiraga@minato-shonen-fa.or.jp>"],
    "subject": "U-12 秋季リーグ エントリーシート",
    "body": f"""平賀様

お世話になっております。一ノ瀬です。
U-12秋季リーグのエントリーシートをお送りします。
ご確認をお願いいたします。
{SIG_ICHINOSE}""",
    "attachments": [{"kind": "corrupt", "name": "U12_autumn_entry_hinode.xlsx"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be read",
})

# ---------------------------------------------------------------------------------------
# 076-100
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "youthsports-076", "expect": "pass", "charset": "iso-2022-jp",
    "sender": ICHINOSE, "to": ["青葉運輸 運行管理 <unko@aoba-unyu.co.jp>"],
    "subject": "9月 スクール送迎バス 運行表（停留所・時刻）",
    "body": f"""青葉運輸株式会社 運行管理ご担当者様

お世話になっております。日の出産業の一ノ瀬です。
9月の送迎バス運行表をお送りします。8月からの変更点は「センター北駅」の追加のみです。

【火・木コース】
　停留所　　　　　　　　　　往路　　復路
　新横浜駅 北口（ロータリー）15:20　 18:40
　綱島駅 東口（ファミマ前）　15:35　 18:25
　日吉駅 バスロータリー　　　15:45　 18:15
　センター北駅（あいたい広場）15:55　18:05
　新羽町グラウンド　　　　　 16:05　 18:00（発）

【土曜コース】
　上記の時刻から −6時間10分（9:10新横浜発）

運転手さんの交代がある場合は、前日までにご連絡ください。
{SIG_ICHINOSE}""",
    "entities": [], "detectors": [],
    "note": "bus timetable with stop locations: places, not people",
})

_k = kids(77, 7, 2015, 2019)
_stop = ["綱島駅東口", "綱島駅東口", "日吉駅", "日吉駅", "センター北駅", "新横浜駅北口", "新横浜駅北口"]
_rows = "\n".join(f"{zpad(k['name'], 14)}{zpad(k['g_name'] + '（' + k['g_rel'] + '）', 20)}{zpad(fw(k['tel']), 28)}{_stop[i]}"
                  for i, k in enumerate(_k))
MESSAGES.append({
    "id": "youthsports-077", "expect": "stop", "charset": "shift_jis",
    "sender": OSAKO, "to": ["風観光バス 配車センター <haisha@kaze-kanko-bus.co.jp>"],
    "subject": "臨時送迎（7/20）ご利用者と連絡先",
    "body": f"""風観光バス株式会社
配車センター　ご担当者様

お世話になっております。ひのでFCジュニアの大迫です。
7/20（月・祝）の臨時送迎の利用者をお知らせします。
お迎えが遅れた場合に運転手さんから直接保護者へ連絡していただけるよう、
保護者の携帯番号も記載しています。

氏名　　　　　保護者　　　　　　　携帯　　　　　　　　　　　乗降場所
――――――――――――――――――――――――――――――――――――――――
{_rows}

よろしくお願いいたします。
{SIG_OSAKO}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "7 children with guardians' full-width mobile numbers in a full-width-padded body table",
})

MESSAGES.append({
    "id": "youthsports-078", "expect": "pass", "charset": "utf-8",
    "sender": SHOJI, "to": ["トラストチェック・リサーチ 法人窓口 <houjin@trustcheck-research.co.jp>"],
    "subject": "子ども向け事業の指導者採用時の確認サービスについて（お問い合わせ）",
    "body": f"""トラストチェック・リサーチ株式会社
法人窓口 ご担当者様

はじめてご連絡いたします。日の出産業株式会社 スポーツ振興事業部の東海林と申します。
当社ではサッカー・水泳スクールのコーチを年間20名ほど採用しております。

いわゆる日本版DBS（こども性暴力防止法）の施行を見据え、採用時の確認体制を整えたいと考えており、
御社のサービスについて以下を教えていただけますでしょうか。

1. 本人同意の取得方法と、確認できる範囲（公開情報・報道等）
2. 1件あたりの費用と所要日数
3. 結果の報告形式と、当社側での保管に関する推奨事項

個人情報の取扱いに関する御社の規程も拝見できれば幸いです。
{SIG_SHOJI}""",
    "entities": [], "detectors": [],
    "note": "inquiry about background-check services in general: no individual's data",
})

_k = kids(79, 9, 2016, 2021)
_r = random.Random("ys-079")
_lines = "\n".join(f"{_r.randrange(100000, 999999)},{k['dob']:%Y-%m-%d},{k['sex']},{k['tel'].replace('-', '')},{k['mail']}"
                   for k in _k)
MESSAGES.append({
    "id": "youthsports-079", "expect": "stop", "charset": "utf-8",
    "sender": SWIM_DESK, "to": ["抽選ナビ サポート <support@chusen-navi.jp>"],
    "subject": "センター北校 プレオープン無料体験 抽選対象データ",
    "body": """抽選ナビ サポートご担当者様

いつもお世話になっております。ひのでスイミングスクールです。
センター北校プレオープン無料体験の応募のうち、システムに取り込めなかった9件を
貼り付けます。お手数ですが手動で抽選対象に追加していただけますでしょうか。
（受付番号,生年月日,性別,電話,メール）

""" + _lines + """

当選通知は7/15に一斉送信でお願いします。

ひのでスイミングスクール 事務局
TEL 045-531-2208""",
    "entities": ["DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "9 applicants' DOB, phone and e-mail as comma rows without a name column",
})

MESSAGES.append({
    "id": "youthsports-080", "expect": "pass", "charset": "iso-2022-jp",
    "sender": ICHINOSE, "to": ["さくらホテル 久保田様 <kubota@sakura-hotel.jp>"],
    "subject": "秋合宿のご相談（アレルギー対応食の可否）",
    "body": f"""久保田様

お世話になっております。日の出産業の一ノ瀬です。
11月の秋合宿（選手36名）について、事前にご相談させてください。

今回はアレルギー対応が必要なお子さんが3名ほどいる見込みです（卵・小麦・甲殻類）。
個別の内容は参加者が確定してからお伝えしますが、
・除去食の対応が可能な食材の範囲
・献立表を事前にいただけるか
の2点だけ先に教えていただけますでしょうか。
{SIG_ICHINOSE}""",
    "entities": [], "detectors": [],
    "note": "asks the hotel about allergy meals in general; no child is identified",
})

_k = kids(81, 6, 2014, 2015)
_blocks = "\n\n".join(
    f"【{i + 1}】{k['name']}（{k['kana']}）\n"
    f"　生年月日：{fw(wareki(k['dob'], 'short'))}　所属：ひのでFCジュニア U-12\n"
    f"　住所：〒{k['zip']} {k['addr']}\n"
    f"　保護者：{k['g_name']}　連絡先：{k['tel']}"
    for i, k in enumerate(_k))
MESSAGES.append({
    "id": "youthsports-081", "expect": "stop", "charset": "utf-8",
    "sender": ONIZUKA, "to": ["神奈川県トレセン 事務局 <jimukyoku@kanagawa-tracen.or.jp>"],
    "subject": "地区トレセン合格者の登録情報（ひのでFCジュニア）",
    "body": f"""神奈川県トレセン 事務局 御中

お世話になっております。ひのでFCジュニアの鬼塚です。
先日の地区トレセン選考会で合格した6名の登録情報をお送りします。

{_blocks}

よろしくお願いいたします。
{SIG_ONIZUKA}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "six children as one-record-per-block (full-width 和暦 DOB, address, guardian phone)",
})

_c = adults(82, 6, 1970, 2000)
_q = "\n".join(f"{c['name']}　〒{c['zip']} {c['addr']}　報酬額 {96000 + i * 24000:,}円" for i, c in enumerate(_c))
MESSAGES.append({
    "id": "youthsports-082", "expect": "pass", "charset": "iso-2022-jp",
    "sender": MUGURUMA, "to": ["柏木税理士事務所 山路様 <yamaji@kashiwagi-tax.jp>"],
    "subject": "RE: 支払調書の控えについて",
    "body": f"""山路様

お世話になっております。六車です。
控えの送付、ありがとうございました。内容を確認し、相違ございませんでした。
原本の提出もどうぞよろしくお願いいたします。

六車

差出人: 山路 <yamaji@kashiwagi-tax.jp>
送信日時: 2027年1月22日 14:05
宛先: 六車 奈緒 <n.muguruma@hinode-sangyo.co.jp>
件名: 支払調書の控えについて

日の出産業 六車様

支払調書を作成しましたので、控えの内容をご確認ください。
{_q}

柏木税理士事務所 山路
{SIG_MUGURUMA}""",
    "entities": [], "detectors": [],
    "note": "the six payees' addresses are only in the quoted original (差出人/送信日時) written by the recipient",
})

_c = adults(83, 6, 1972, 2003)
_bul = "\n".join(f"・{c['name']}（{['監督', 'コーチ', 'コーチ', 'GKコーチ', 'トレーナー', 'マネージャー'][i]}）　{c['tel']}"
                 for i, c in enumerate(_c))
MESSAGES.append({
    "id": "youthsports-083", "expect": "stop", "charset": "shift_jis",
    "sender": ICHINOSE, "to": ["湘南ジュニアフェスタ 運営本部 <unei@shonan-jrfesta.jp>"],
    "subject": "【提出】帯同スタッフ 緊急連絡先",
    "body": f"""湘南ジュニアフェスタ 運営本部 御中

お世話になっております。ひのでFCジュニアの一ノ瀬です。
帯同スタッフの緊急連絡先を提出いたします。

{_bul}

当日は監督の携帯が第一連絡先です。
{SIG_ICHINOSE}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "bulleted list of six staff members' personal mobiles to an event organiser",
})

MESSAGES.append({
    "id": "youthsports-084", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SHOJI, "to": ["笠原 悠斗 <yuto.kasahara.fc@gmail.com>"],
    "subject": "面接日程のご案内（ひのでFCジュニア コーチ職）",
    "body": f"""笠原 悠斗 様

このたびは、ひのでFCジュニアのコーチ職にご応募いただき、誠にありがとうございます。
日の出産業株式会社 スポーツ振興事業部の東海林です。

書類選考の結果、面接にお越しいただきたくご連絡いたしました。
下記の候補からご都合のよい日時をお知らせください。

　・7月8日（水）18:30〜
　・7月10日（金）18:30〜
　・7月11日（土）13:00〜（実技あり、運動できる服装でお越しください）

会場：日の出新横浜ビル7F（新横浜駅 北口より徒歩6分）
{SIG_SHOJI}""",
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "interview invitation to one applicant on gmail; only their name as salutation",
})

_k = kids(85, 12, 2013, 2019)
_r = random.Random("ys-085")
_xls = [["口座振替依頼データ（2026年8月分）"], ["会員番号", "口座名義（カナ）", "支店番号", "科目", "口座番号", "金額", "会員氏名"]]
for i, k in enumerate(_k):
    _xls.append([f"S{40100 + i * 7}", f"{k['sei_k']} {random.Random(i).choice(['マユミ', 'ケンイチ', 'ユカ', 'ナオキ', 'メグミ', 'ダイスケ'])}",
                 f"{_r.randrange(100, 999)}", "普通", f"{_r.randrange(1000000, 9999999)}", 7700 + (i % 3) * 4400, k["name"]])
MESSAGES.append({
    "id": "youthsports-085", "expect": "stop", "charset": "shift_jis",
    "sender": MUGURUMA, "to": ["みどり銀行 新横浜支店 法人窓口 <shinyokohama@midori-ginko.co.jp>"],
    "subject": "新規口座振替分（8月引落）のデータ送付",
    "body": f"""みどり銀行 新横浜支店
法人窓口 ご担当者様

いつもお世話になっております。日の出産業の六車です。
伝送システムの切替前のため、8月引落分の新規12件はExcel（xls形式）でお送りします。
委託者コード：4471-0082

ご確認のほどよろしくお願いいたします。
{SIG_MUGURUMA}""",
    "attachments": [{"kind": "xls", "name": "kouza_furikae_202608_shinki.xls", "sheets": {"依頼データ": _xls}}],
    "entities": ["JP_BANK_ACCOUNT", "PERSON_NAME"], "detectors": ["personal_data"],
    "note": "legacy XLS with 12 guardians' bank account numbers sent to the (partner) bank",
})

MESSAGES.append({
    "id": "youthsports-086", "expect": "pass", "charset": "utf-8",
    "sender": MOMIYAMA, "to": ["川崎電機 宣伝課 五味様 <gomi@kawasaki-denki.co.jp>"],
    "cc": ["ブルーウェーブ広告 仙波様 <semba@bluewave-ad.co.jp>"],
    "subject": "グラウンド看板デザインの打合せ日程",
    "body": f"""川崎電機株式会社 五味様
（Cc：ブルーウェーブ広告 仙波様）

お世話になっております。日の出産業の籾山です。
新羽町グラウンドの看板デザインについて、3社で打合せの場を設けたく存じます。

候補日：7/14（火）14:00〜／7/15（水）10:00〜／7/16（木）16:00〜
場所　：弊社 新横浜オフィス 7F会議室（オンライン参加も可）

ご都合をお聞かせください。
{SIG_MOMIYAMA}""",
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "meeting request to a sponsor with its ad agency in Cc: two external organisations",
})

_c = adults(87, 6, 1968, 1999)
_mn = [["外部コーチ 謝金 支払調書用データ（2026年分）"], [],
       ["No", "氏名", "フリガナ", "住所", "個人番号", "支払金額", "源泉徴収税額"]]
for i, c in enumerate(_c):
    pay = 180000 + i * 36000
    _mn.append([i + 1, c["name"], c["kana"], f"〒{c['zip']} {c['addr']}", my_number(4402 + i), pay, int(pay * 0.1021)])
MESSAGES.append({
    "id": "youthsports-087", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MUGURUMA, "to": ["柏木税理士事務所 山路様 <yamaji@kashiwagi-tax.jp>"],
    "subject": "支払調書作成用データ（外部コーチ6名）",
    "body": f"""山路様

お世話になっております。日の出産業の六車です。
2026年分の支払調書作成用データをお送りします。
本年は外部コーチ6名分です。個人番号は本人確認済みです。
{SIG_MUGURUMA}""",
    "attachments": [{"kind": "xlsx", "name": "支払調書データ_2026.xlsx", "sheets": {"外部コーチ": _mn,
                     "メモ": [["備考"], ["No.4 は10月で契約終了"]]}}],
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "XLSX with six coaches' My Numbers and addresses to the tax accountant",
})

MESSAGES.append({
    "id": "youthsports-088", "expect": "pass", "charset": "shift_jis",
    "sender": OSAKO, "to": ["港北SC 事務局 宇野様 <uno@kohoku-sc.jp>"],
    "subject": "Re: 指定ユニフォームの取扱店",
    "body": f"""宇野様

お世話になっております。大迫です。
お問い合わせの件、弊社スクールの指定ユニフォームを扱っている店舗は以下のとおりです。

　ゴールスポーツ 新横浜店　　横浜市港北区新横浜2-5-14　　　045-471-6620
　ゴールスポーツ 港北NT店　　横浜市都筑区中川中央1-25-1　　045-914-3381
　フットボールショップ蹴人　　川崎市中原区新丸子町733　　　044-411-0192
　キックオフウェア 直販サイト　https://shop.kickoff-wear.co.jp/

港北SCさんでも同じメーカーのものをご検討中とのこと、店舗には話を通しておきます。
{SIG_OSAKO}""",
    "entities": [], "detectors": [],
    "note": "list of shops with addresses and phone numbers: businesses, not people",
})

_c = adults(89, 1, 1985, 1996)[0]
MESSAGES.append({
    "id": "youthsports-089", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SHOJI, "to": ["スポーツスタッフィング 派遣営業部 <eigyo@sports-staffing.co.jp>"],
    "subject": "派遣コーチの健康診断結果について（ご相談）",
    "body": f"""スポーツスタッフィング株式会社
派遣営業部 ご担当者様

お世話になっております。日の出産業の東海林です。
御社から派遣いただいている{_c['name']}さんについてご相談です。

先月の定期健康診断の結果を当社でも共有いただいた際、
　・血圧 168/102（要精密検査）
　・心電図 ST変化あり（要再検査）
との所見がありました。夏場の屋外指導は負担が大きいと考えており、
再検査の結果が出るまで屋内のスイミング補助に配置を変えたいと思っています。

ご本人へのご説明の仕方も含め、御社のご意見を伺えますでしょうか。
{SIG_SHOJI}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named coach's health check findings sent to the staffing agency",
})

MESSAGES.append({
    "id": "youthsports-090", "expect": "pass", "charset": "utf-8",
    "sender": MIZUNO, "to": ["港北タイムス 編集部 <henshu@kohoku-times.co.jp>"],
    "subject": "潮騒地区ジュニア記録会 チーム別結果（掲載用）",
    "body": f"""港北タイムス 編集部 御中

いつもお世話になっております。ひのでスイミングスクール港北校の水野です。
先日の潮騒地区ジュニア記録会のチーム別結果をお送りします。
地域面でご紹介いただけましたら幸いです。

　順位　チーム名　　　　　　　　　　総合得点　優勝種目数
　1　　ひのでSS港北　　　　　　　　 412　　　 9
　2　　マリンスポーツクラブ日吉　　 388　　　 7
　3　　ひのでSS青葉台　　　　　　　 301　　　 4
　4　　つなしまスイミング　　　　　 276　　　 3
　5　　都筑アクアクラブ　　　　　　 240　　　 2

参加：14チーム・412名。大会新記録は3つ出ました（いずれも女子の種目）。
{SIG_MIZUNO}""",
    "entities": [], "detectors": [],
    "note": "team ranking statistics for the local paper: no individuals",
})

_k = kids(91, 12, 2012, 2017, girls=0.5)
_r = random.Random("ys-091")
_txt = "潮騒地区ジュニア記録会　ひのでSS港北　個人記録\r\n\r\n" + \
    f"{pad('氏名', 16)}{pad('学年', 6)}{pad('生年月日', 12)}{pad('種目', 18)}記録\n" + "-" * 64 + "\n" + \
    "\n".join(f"{pad(k['name'], 16)}{pad(grade_label(k['grade']), 6)}{pad(k['dob'].strftime('%Y.%m.%d'), 12)}"
              f"{pad(_r.choice(['50m自由形', '50m背泳ぎ', '100m平泳ぎ', '50mバタフライ']), 18)}"
              f"{_r.randrange(0, 2)}:{_r.randrange(10, 59):02d}.{_r.randrange(0, 99):02d}" for k in _k)
MESSAGES.append({
    "id": "youthsports-091", "expect": "stop", "charset": "shift_jis",
    "sender": MIZUNO, "to": ["港北タイムス 編集部 <henshu@kohoku-times.co.jp>"],
    "subject": "Re: 個人の記録も掲載したい件",
    "body": f"""港北タイムス 編集部 御中

水野です。個人記録も、というお話でしたので、港北校の分をテキストでお送りします。
記録会のシステムから出したそのままのデータです。掲載されるお子さんは、こちらで保護者の了承を取ります。
{SIG_MIZUNO}""",
    "attachments": [{"kind": "txt", "name": "kohoku_kojin_kiroku.txt", "encoding": "cp932", "text": _txt}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"], "detectors": ["personal_data"],
    "note": "text attachment of 12 swimmers with dates of birth sent to a newspaper",
})

_k = kids(92, 10, 2016, 2018)
_t = "\n".join(f"{k['name']}\t{k['kana']}\t{k['dob']:%Y/%m/%d}\t{grade_label(k['grade'])}" for k in _k)
MESSAGES.append({
    "id": "youthsports-092", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OSAKO, "to": [ONIZUKA], "cc": [FC_DESK],
    "subject": "FW: U-10 北国フーズ杯 登録選手（最終）",
    "body": f"""鬼塚さん

大会事務局に出した最終版です。念のため転送します。
背番号は前回から変更なしです。

大迫

-------- 転送メッセージ --------
件名: U-10 北国フーズ杯 登録選手（最終）
日付: 2026/06/05 21:14
差出人: 大迫 航平 <k.osako@hinode-sangyo.co.jp>

{_t}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"], "detectors": [],
    "note": "forward of a 10-player list with DOB, but all recipients are internal",
})

_k = kids(93, 40, 2013, 2020)
_csv = [["会員番号", "保護者氏名", "お子さま氏名", "クラス", "メールアドレス", "配信グループ"]]
for i, k in enumerate(_k):
    _csv.append([f"S{30200 + i}", k["g_name"], k["name"], ["ペンギン", "カエル", "イルカ", "選手"][i % 4],
                 k["mail"], "港北校"])
MESSAGES.append({
    "id": "youthsports-093", "expect": "stop", "charset": "utf-8",
    "sender": SWIM_DESK, "to": ["れんらくも 導入サポート <onboarding@renrakumo.jp>"],
    "subject": "一斉メール配信サービス 初期登録用アドレス一覧",
    "body": """れんらくも 導入サポートご担当者様

お世話になっております。ひのでスイミングスクールです。
初期登録用の保護者アドレス一覧（港北校 40件）を添付します。
UTF-8のCSVで作成しました。青葉台校は来週お送りします。

ひのでスイミングスクール 事務局
TEL 045-531-2208""",
    "attachments": [{"kind": "csv", "name": "renrakumo_import_kohoku.csv", "encoding": "utf-8", "rows": _csv}],
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "UTF-8 CSV of 40 guardians' names and private e-mail addresses to a mailing vendor",
})

_k = kids(94, 4, 2014, 2018)
_off = "\n".join(f"{['会長', '副会長', '会計', '書記'][i]}　{k['g_name']}（{k['sei']} {k['mei']}の{k['g_rel']}）　{k['tel']}　{k['mail']}"
                 for i, k in enumerate(_k))
MESSAGES.append({
    "id": "youthsports-094", "expect": "pass", "charset": "shift_jis",
    "sender": OSAKO, "to": ["港北SC 事務局 宇野様 <uno@kohoku-sc.jp>"],
    "subject": "合同保護者会の件 当方役員の連絡先",
    "body": f"""宇野様

お世話になっております。大迫です。
合同保護者会の準備について、当方の保護者会役員から直接ご連絡させていただく形にしたいと思います。
役員4名の了承を得ていますので、連絡先をお伝えします。

{_off}

どうぞよろしくお願いいたします。
{SIG_OSAKO}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "four guardians' contacts shared with consent: under five people, may be warned",
})

_k = kids(95, 1, 2013, 2015)[0]
MESSAGES.append({
    "id": "youthsports-095", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MIZUNO, "to": ["港北こどもクリニック 院長 <incho@kohoku-kodomo-clinic.jp>"],
    "subject": "選手コース参加の可否についてのご相談",
    "body": f"""港北こどもクリニック
院長先生

いつもお世話になっております。ひのでスイミングスクール港北校の水野です。
保護者の方のご了解を得て、ご相談させていただきます。

　氏名：{_k['name']}（{_k['kana']}）
　生年月日：{wareki(_k['dob'])}
　学校の心臓検診で「QT延長症候群の疑い」と指摘があり、現在経過観察中とのことです。

本人は9月からの選手コース（週4回・1回2時間）を希望しています。
水泳の強度について、スクールとして気をつけるべき点や制限があれば、
診断書または指示書の形でいただけますでしょうか。
{SIG_MIZUNO}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one child's suspected heart condition with DOB sent to an outside clinic",
})

MESSAGES.append({
    "id": "youthsports-096", "expect": "either", "charset": "iso-2022-jp",
    "sender": ONIZUKA, "to": ["FC鶴見キッズ 伊吹様 <daihyo@fc-tsurumi-kids.jp>"],
    "subject": "7/19 交流戦 審判の件",
    "body": f"""伊吹様

お世話になっております。鬼塚です。
7/19の交流戦ですが、当方から審判に出す予定だった猿渡コーチが、
腰を痛めて（椎間板ヘルニアとのことです）しばらく走れなくなってしまいました。
代わりに大迫が入りますので、よろしくお願いいたします。

鬼塚""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "passing mention of a named coach's diagnosis to a partner club: arguably 病歴, arguably trivial",
})

MESSAGES.append({
    "id": "youthsports-097", "expect": "stop", "charset": "utf-8",
    "sender": MOMIYAMA, "to": ["グロースパートナーズ 藤堂様 <todo@growth-partners.co.jp>"],
    "subject": "7/3 打合せ議事録",
    "body": f"""藤堂様

先日はありがとうございました。籾山です。
7/3の打合せの議事録をお送りします。修正がございましたらお知らせください。
{SIG_MOMIYAMA}""",
    "attachments": [{"kind": "corrupt", "name": "議事録_20260703.docx"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the DOCX minutes are corrupt: the attachment cannot be inspected",
})

MESSAGES.append({
    "id": "youthsports-098", "expect": "stop", "charset": "shift_jis",
    "sender": OSAKO, "to": ["スタジオひかり 撮影部 <satsuei@studio-hikari.jp>"],
    "subject": "卒団アルバム用 写真と名簿データ",
    "body": f"""スタジオひかり 撮影部 ご担当者様

お世話になっております。ひのでFCジュニアの大迫です。
卒団アルバム用の写真データと、個人ページ用の名簿（氏名・ふりがな・誕生日・背番号）を
まとめてお送りします。ZIPにはパスワードを設定しています。
パスワードは後ほど別メールでお送りします。
{SIG_OSAKO}""",
    "attachments": [{"kind": "zip", "name": "sotsudan_album_2026.zip", "password": "album2026!",
                     "files": [{"kind": "png", "name": "team_photo_01.png"},
                               {"kind": "csv", "name": "meibo.csv", "encoding": "cp932",
                                "rows": [["氏名", "ふりがな", "誕生日", "背番号"]] +
                                        [[k["name"], k["kana"], k["dob"].strftime("%m/%d"), 2 + i]
                                         for i, k in enumerate(kids(98, 18, 2013, 2015))]}]}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) of photos and a roster: cannot be inspected",
})

_k = kids(99, 6, 2014, 2015)
_alg = ["none", "peanuts (carries EpiPen)", "none", "asthma - inhaler", "none", "shellfish"]
_eng = "\n".join(f"{i + 1}. {k['roma']:<22} DOB: {k['dob']:%d %b %Y}   Emergency: {k['g_roma']} {k['sei_r']} ({'mother' if k['g_rel'] == '母' else 'father'}) +81-{k['tel'][1:]}   Medical: {_alg[i]}"
                 for i, k in enumerate(_k))
MESSAGES.append({
    "id": "youthsports-099", "expect": "stop", "charset": "utf-8",
    "sender": KOGURE, "to": ["Megan O'Reilly <megan@sunshine-football-camp.com>"],
    "subject": "Registration details - Hinode FC Junior (first 6 players)",
    "body": f"""Dear Megan,

Thank you for confirming our places for the July camp.
Here are the registration details for the first six players. The remaining ten will follow
once we have collected the consent forms.

{_eng}

Please let me know if you need anything else for the insurance.
{SIG_KOGURE}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English roster of six children with DOB, guardians' phones and medical conditions to a camp abroad",
})

_k = kids(100, 1, 2016, 2018)[0]
MESSAGES.append({
    "id": "youthsports-100", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "ひのでFCジュニア 鬼塚 <k.onizuka@sports.hinode-sangyo.co.jp>",
    "to": [SHOJI], "cc": ["スポーツ振興事業部 部長 <sports-bucho@mail.hinode-sangyo.co.jp>"],
    "subject": "【事故報告】6/20 U-9練習中の負傷",
    "body": f"""東海林さん
（Cc：部長）

お疲れさまです。鬼塚です。本日の練習中の事故について報告します。

　負傷者：{_k['name']}（{grade_label(_k['grade'])}、{_k['dob']:%Y/%m/%d}生）
　保護者：{_k['g_name']}　{_k['tel']}
　状況　：10:40頃、ヘディング練習中に味方と頭部が接触。意識消失なし、吐き気なし。
　対応　：保護者に連絡のうえ、北部こども急病センターを受診。
　診断　：頭部打撲・脳震盪の疑い。CT異常なし。1週間の運動禁止。

保険の手続きをお願いします。復帰は医師の許可後とし、段階的に進めます。
{SIG_ONIZUKA}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "injury report with diagnosis, sent only to internal addresses (sports./mail. subdomains)",
})
