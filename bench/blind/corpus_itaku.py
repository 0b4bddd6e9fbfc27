"""Blind evaluation corpus — AREA = itaku (外注: 個人事業主・フリーランスへの業務委託).

日の出産業株式会社の経理部・購買部（外注管理課）・総務部法務課・制作部・情報システム部・
人事部・物流部が外部へ送るメール 100 通: 業務委託契約書の取り交わし、個人事業主・
フリーランスへの発注と支払、報酬の源泉徴収、「報酬、料金、契約金及び賞金の支払調書」の
作成と税理士法人への依頼、委託先（外注先）の登録情報・委託先マスタ、委託ドライバー、
常駐フリーランスの入館申請、エージェント経由の稼働管理など。

Everything here is invented: every person, company (apart from the organisation and the
partners named in BRIEF.md), address, phone number, bank account and identifier is
fictional. My Numbers come only from my_number(SEED + k) and card numbers only from
card_number(SEED + k), k = 0, 1, 2, …  Written blind, from BRIEF.md, build.py and
SPEC.md alone, without reading mailguard's code, rules, tests or the other corpora.
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata

from build import card_number, my_number

SEED = 38201
rng = random.Random(SEED)

# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------

_mn_k = 0
_card_k = 0


def next_mn() -> str:
    """The next check-digit-valid My Number: my_number(SEED + k), k = 0, 1, 2, …"""
    global _mn_k
    v = my_number(SEED + _mn_k)
    _mn_k += 1
    return v


def next_card() -> str:
    """The next Luhn-valid card number: card_number(SEED + k), k = 0, 1, 2, …"""
    global _card_k
    v = card_number(SEED + _card_k)
    _card_k += 1
    return v


def mn_fmt(n: str, sep: str = " ") -> str:
    return sep.join((n[0:4], n[4:8], n[8:12]))


def card_fmt(n: str, sep: str = "-") -> str:
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


_ZEN = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def corp_no(base12: str) -> str:
    """法人番号 / 登録番号の数字部分: check digit (9 - Σ Pn·Qn mod 9) + 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


def t_no() -> str:
    return "T" + corp_no("".join(str(rng.randrange(10)) for _ in range(12)))


_HW = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｱｲｳｴｵﾂﾔﾕﾖｰ"))


def hankana(s: str) -> str:
    """全角カナ → 全銀形式の半角カナ（小書きは大書きに、濁点は分ける）."""
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if ch == "\u3099":
            out.append("ﾞ")
        elif ch == "\u309a":
            out.append("ﾟ")
        elif ch in ("\u3000", " "):
            out.append(" ")
        else:
            out.append(_HW.get(ch, ch))
    return "".join(out)


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "kanji_zen":
        return zen(f"{era}{y}年{d.month}月{d.day}日")
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "short_zen":
        return {"H": "Ｈ", "S": "Ｓ"}[short] + zen(f"{y}.{d.month}.{d.day}")
    raise ValueError(style)


def seireki(d: _dt.date, style: str = "slash") -> str:
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def yen(n: int) -> str:
    return f"{n:,}"


def gensen(n: int) -> int:
    """報酬の源泉徴収税額（100万円以下の部分 10.21%、超える部分 20.42%）."""
    if n <= 1_000_000:
        return int(n * 0.1021)
    return 102_100 + int((n - 1_000_000) * 0.2042)


# -- fictional people -----------------------------------------------------------------

_SEI = [
    ("東海林", "ショウジ", "shoji"), ("勅使河原", "テシガワラ", "teshigawara"),
    ("小鳥遊", "タカナシ", "takanashi"), ("五十嵐", "イガラシ", "igarashi"),
    ("宇佐美", "ウサミ", "usami"), ("百瀬", "モモセ", "momose"), ("榎本", "エノモト", "enomoto"),
    ("及川", "オイカワ", "oikawa"), ("一ノ瀬", "イチノセ", "ichinose"), ("栗栖", "クリス", "kurisu"),
    ("比嘉", "ヒガ", "higa"), ("我如古", "ガネコ", "ganeko"), ("御手洗", "ミタライ", "mitarai"),
    ("服部", "ハットリ", "hattori"), ("相馬", "ソウマ", "soma"), ("真壁", "マカベ", "makabe"),
    ("早乙女", "サオトメ", "saotome"), ("野々村", "ノノムラ", "nonomura"), ("志賀", "シガ", "shiga"),
    ("三ツ矢", "ミツヤ", "mitsuya"), ("雨宮", "アメミヤ", "amemiya"), ("鬼塚", "オニヅカ", "onizuka"),
    ("芦田", "アシダ", "ashida"), ("桐谷", "キリタニ", "kiritani"), ("蓮見", "ハスミ", "hasumi"),
    ("日向", "ヒナタ", "hinata"), ("舟橋", "フナハシ", "funahashi"), ("鷲尾", "ワシオ", "washio"),
    ("漆原", "ウルシバラ", "urushibara"), ("九十九", "ツクモ", "tsukumo"), ("砂川", "スナガワ", "sunagawa"),
    ("神楽坂", "カグラザカ", "kagurazaka"), ("梶原", "カジワラ", "kajiwara"), ("湊", "ミナト", "minato"),
    ("仲宗根", "ナカソネ", "nakasone"), ("安達", "アダチ", "adachi"), ("久我", "クガ", "kuga"),
    ("菅野", "カンノ", "kanno"), ("若林", "ワカバヤシ", "wakabayashi"), ("古賀", "コガ", "koga"),
    ("赤羽", "アカバネ", "akabane"), ("杉浦", "スギウラ", "sugiura"), ("丹羽", "ニワ", "niwa"),
    ("柘植", "ツゲ", "tsuge"), ("綿貫", "ワタヌキ", "watanuki"), ("間宮", "マミヤ", "mamiya"),
    ("設楽", "シタラ", "shitara"), ("越智", "オチ", "ochi"), ("保科", "ホシナ", "hoshina"),
    ("能登", "ノト", "noto"), ("犬養", "イヌカイ", "inukai"), ("嶋田", "シマダ", "shimada"),
]

_MEI = [
    ("拓海", "タクミ", "takumi"), ("美咲", "ミサキ", "misaki"), ("健太", "ケンタ", "kenta"),
    ("彩花", "アヤカ", "ayaka"), ("直樹", "ナオキ", "naoki"), ("結衣", "ユイ", "yui"),
    ("翔太", "ショウタ", "shota"), ("真由美", "マユミ", "mayumi"), ("和也", "カズヤ", "kazuya"),
    ("千尋", "チヒロ", "chihiro"), ("大輔", "ダイスケ", "daisuke"), ("奈々", "ナナ", "nana"),
    ("悠人", "ユウト", "yuto"), ("沙織", "サオリ", "saori"), ("康介", "コウスケ", "kosuke"),
    ("恵理子", "エリコ", "eriko"), ("隼", "ハヤト", "hayato"), ("葵", "アオイ", "aoi"),
    ("誠", "マコト", "makoto"), ("理沙", "リサ", "risa"), ("崇", "タカシ", "takashi"),
    ("瑞穂", "ミズホ", "mizuho"), ("啓介", "ケイスケ", "keisuke"), ("早苗", "サナエ", "sanae"),
    ("慎吾", "シンゴ", "shingo"), ("麻衣", "マイ", "mai"), ("伸也", "シンヤ", "shinya"),
    ("朋美", "トモミ", "tomomi"), ("航", "ワタル", "wataru"), ("菜摘", "ナツミ", "natsumi"),
    ("秀明", "ヒデアキ", "hideaki"), ("かおり", "カオリ", "kaori"), ("陸", "リク", "riku"),
    ("志保", "シホ", "shiho"), ("修平", "シュウヘイ", "shuhei"), ("遥", "ハルカ", "haruka"),
]

_PLACES = [
    ("東京都世田谷区", "154", ["桜新町", "経堂", "上馬", "奥沢", "若林"]),
    ("東京都杉並区", "166", ["阿佐谷南", "高円寺北", "荻窪", "成田東"]),
    ("東京都練馬区", "176", ["豊玉北", "桜台", "旭丘", "小竹町"]),
    ("東京都大田区", "144", ["蒲田", "西糀谷", "南六郷"]),
    ("東京都国分寺市", "185", ["本町", "南町", "東元町"]),
    ("神奈川県川崎市中原区", "211", ["小杉町", "木月", "新丸子東"]),
    ("神奈川県横浜市港北区", "222", ["菊名", "大倉山", "篠原町"]),
    ("神奈川県藤沢市", "251", ["鵠沼海岸", "辻堂元町", "片瀬"]),
    ("埼玉県さいたま市浦和区", "330", ["岸町", "常盤", "高砂"]),
    ("埼玉県川口市", "332", ["栄町", "幸町", "本町"]),
    ("千葉県船橋市", "273", ["本町", "宮本", "夏見"]),
    ("千葉県柏市", "277", ["明原", "若葉町", "豊四季"]),
    ("大阪府吹田市", "564", ["江坂町", "豊津町", "垂水町"]),
    ("大阪府大阪市北区", "530", ["天神橋", "中崎西", "本庄東"]),
    ("京都府京都市左京区", "606", ["田中里ノ前町", "北白川西町", "下鴨松原町"]),
    ("兵庫県西宮市", "662", ["甲風園", "松原町", "今津曙町"]),
    ("愛知県名古屋市千種区", "464", ["今池", "覚王山通", "内山"]),
    ("福岡県福岡市中央区", "810", ["大名", "今泉", "薬院"]),
    ("北海道札幌市北区", "001", ["北二十四条西", "麻生町", "新琴似"]),
    ("宮城県仙台市青葉区", "980", ["一番町", "本町", "春日町"]),
    ("広島県広島市中区", "730", ["八丁堀", "幟町", "大手町"]),
    ("沖縄県那覇市", "900", ["久茂地", "泊", "松山"]),
    ("静岡県静岡市葵区", "420", ["鷹匠", "呉服町", "安東"]),
    ("長野県松本市", "390", ["中央", "深志", "大手"]),
]

_BANKS = [
    ("みどり銀行", ["渋谷支店", "新宿西口支店", "本店営業部", "吉祥寺支店"]),
    ("さつき銀行", ["池袋支店", "川崎支店", "本店"]),
    ("ひばり信用金庫", ["本店", "中野支店", "三鷹支店"]),
    ("東都中央銀行", ["日本橋支店", "横浜駅前支店", "大宮支店"]),
    ("なぎさ銀行", ["梅田支店", "難波支店", "神戸支店"]),
    ("かもめネット銀行", ["ヒマワリ支店", "アサガオ支店", "コスモス支店"]),
]

_FREE = ["gmail.com", "gmail.com", "gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp",
         "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]

_BUILDINGS = ["", "", "", "コーポ{0}101", "メゾン{0}203", "{0}ハイツ305", "グランシャリオ{0}402",
              "{0}レジデンス1104", "サンライズ{0}B-2"]
_BNAME = ["桜", "若葉", "ひかり", "緑風", "青空", "エトワール", "ソレイユ", "白樺"]

_used_names: set[str] = set()


class P:
    """One fictional person (a freelancer / 個人事業主)."""

    def __init__(self) -> None:
        while True:
            s, m = rng.choice(_SEI), rng.choice(_MEI)
            if s[0] + m[0] not in _used_names:
                _used_names.add(s[0] + m[0])
                break
        self.sei, self.sei_k, self.sei_r = s
        self.mei, self.mei_k, self.mei_r = m
        self.name = f"{self.sei} {self.mei}"
        self.name_nosp = self.sei + self.mei
        self.kana = f"{self.sei_k} {self.mei_k}"
        self.romaji = f"{self.mei_r.capitalize()} {self.sei_r.capitalize()}"
        self.kana_hw = hankana(self.kana)
        pref, zip3, towns = rng.choice(_PLACES)
        self.zip = f"{zip3}-{rng.randrange(10000):04d}"
        bld = rng.choice(_BUILDINGS)
        self.street = f"{rng.choice(towns)}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        self.building = bld.format(rng.choice(_BNAME)) if bld else ""
        self.pref_city = pref
        self.addr = f"{pref}{self.street}" + (f" {self.building}" if self.building else "")
        self.phone = f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(10000):04d}"
        dom = rng.choice(_FREE)
        style = rng.randrange(4)
        num = rng.randint(2, 98)
        local = [f"{self.mei_r}.{self.sei_r}{num}", f"{self.sei_r}{self.mei_r[0]}{num}",
                 f"{self.mei_r}_{self.sei_r}", f"{self.sei_r}.{self.mei_r}.{num}"][style]
        self.email = f"{local}@{dom}"
        bank, branches = rng.choice(_BANKS)
        self.bank, self.branch = bank, rng.choice(branches)
        self.acct_type = rng.choice(["普通"] * 7 + ["当座"])
        self.acct = f"{rng.randrange(10**6, 10**7)}"
        self.bank_line = f"{self.bank} {self.branch} {self.acct_type} {self.acct}"
        self.dob = _dt.date(rng.randint(1962, 2001), rng.randint(1, 12), rng.randint(1, 28))
        self.fee = rng.randrange(60, 900) * 1000
        self.tax = gensen(self.fee)
        self.code = f"G{rng.randrange(10000, 99999)}"


def people(n: int) -> list[P]:
    return [P() for _ in range(n)]


def pad(s: str, w: int) -> str:
    """Pad to display width w (full-width characters count 2)."""
    width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
    return s + " " * max(w - width, 0)


# -- senders and signatures -----------------------------------------------------------

CO_ADDR = "〒103-0007 東京都中央区日本橋浜町2-31-8 日の出産業ビル"


def sig(key: str) -> str:
    return SIGS[key]


SIGS = {
    "saeki": ("--\n日の出産業株式会社 経理部 経理課\n佐伯 美穂（Saeki Miho）\n" + CO_ADDR +
              "\nTEL 03-5641-2281（直通） FAX 03-5641-2290\nsaeki.miho@hinode-sangyo.co.jp"),
    "onodera": ("━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社\n経理部 主計グループ 小野寺 健\n"
                + CO_ADDR + "\nTEL：03-5641-2285 / 内線 3312\n━━━━━━━━━━━━━━━━━━━━"),
    "kurata": ("────────────────\n日の出産業株式会社 購買部 外注管理課\n倉田 俊介\n〒103-0007\n"
               "東京都中央区日本橋浜町2-31-8\nTEL 03-5641-2301 / 携帯 080-3920-1147\n"
               "kurata.shunsuke@hinode-sangyo.co.jp\n────────────────"),
    "miyasaka": ("==============================\n日の出産業株式会社\n総務部 法務課 課長\n宮坂 玲子\n"
                 + CO_ADDR + "\nTEL: 03-5641-2250\n=============================="),
    "chujo": ("*-*-*-*-*-*-*-*-*-*-*-*-*-*\n日の出産業株式会社 制作部 デザイン課\n中條 亜紀 / Aki Chujo\n"
              "TEL 03-5641-2420\nchujo@hinode-sangyo.co.jp\n*-*-*-*-*-*-*-*-*-*-*-*-*-*"),
    "kurosu": ("--\n日の出産業株式会社 情報システム部\n黒須 大地\n内線 2710 / 03-5641-2710\n"
               + CO_ADDR),
    "hasebe": ("------------------------------------------\n日の出産業株式会社 営業部 第二営業課\n"
               "長谷部 翔（はせべ しょう）\nTEL 03-5641-2333 携帯 090-4417-0962\n"
               "------------------------------------------"),
    "todo": ("■□■□■□■□■□■□■□■□\n日の出産業株式会社 人事部 労務課\n藤堂 さやか\n" + CO_ADDR +
             "\nTEL 03-5641-2266\n■□■□■□■□■□■□■□■□"),
    "nagumo": ("--\n日の出産業株式会社 物流部 配送管理課\n南雲 智之\n〒340-0822 埼玉県八潮市大瀬6-4-2 "
               "日の出産業 八潮物流センター\nTEL 048-990-3171"),
    "en_saeki": ("--\nMiho Saeki\nAccounting Dept., Hinode Sangyo Co., Ltd.\n2-31-8 Nihonbashi-Hamacho, "
                 "Chuo-ku, Tokyo 103-0007, Japan\nTel: +81-3-5641-2281"),
    "en_chujo": ("Best regards,\nAki Chujo\nDesign Section, Hinode Sangyo Co., Ltd.\n"
                 "+81-3-5641-2420 | chujo@hinode-sangyo.co.jp"),
}

DISC_JA = ("※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete it.")

FROM = {
    "saeki": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
    "onodera": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
    "kurata": "倉田 俊介 <kurata.shunsuke@hinode-sangyo.co.jp>",
    "miyasaka": "宮坂 玲子 <miyasaka.reiko@hinode-sangyo.co.jp>",
    "chujo": "中條 亜紀 <chujo@hinode-sangyo.co.jp>",
    "kurosu": "黒須 大地 <d.kurosu@hinode-sangyo.co.jp>",
    "hasebe": "長谷部 翔 <hasebe.sho@hinode-sangyo.co.jp>",
    "todo": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
    "nagumo": "南雲 智之 <nagumo@mail.hinode-sangyo.co.jp>",
    "en_saeki": "Miho Saeki <saeki.miho@hinode-sangyo.co.jp>",
}

# external parties used below (fictional apart from the partners of BRIEF.md)
KANADE = "税理士法人かなで 会計部 二階堂様 <nikaido@kanade-tax.jp>"
KANADE2 = "税理士法人かなで 吉良様 <kira@kanade-tax.jp>"
YUIMARU = "ゆいまーる社労士事務所 <info@yuimaru-sr.jp>"
AGENT = "フリーボード株式会社 営業部 大槻様 <otsuki@freeboard-agent.jp>"
AGENT2 = "株式会社テックリンクス 稼働管理 <kadou@techlinks.co.jp>"

MESSAGES: list[dict] = []


def add(**kw) -> None:
    MESSAGES.append(kw)


# ======================================================================================
# 001-020
# ======================================================================================

# 001 — 支払調書作成用データ (CSV, CP932) with My Numbers to the tax firm
_ps = people(12)
_rows = [["支払先コード", "氏名", "フリガナ", "郵便番号", "住所", "個人番号", "区分", "細目",
          "支払金額", "源泉徴収税額"]]
for _p in _ps:
    _fee = _p.fee * rng.randint(4, 12)
    _rows.append([_p.code, _p.name, _p.kana, _p.zip, _p.addr, next_mn(), "報酬",
                  rng.choice(["デザイン料", "原稿料", "翻訳料", "講演料", "システム開発報酬"]),
                  _fee, gensen(_fee)])
add(
    id="itaku-001",
    sender=FROM["saeki"],
    to=[KANADE],
    cc=["小野寺 健 <k-onodera@hinode-sangyo.co.jp>"],
    subject="【日の出産業】支払調書作成用データ送付の件（令和7年分）",
    charset="iso-2022-jp",
    body=f"""税理士法人かなで
二階堂様

いつも大変お世話になっております。
日の出産業の佐伯でございます。

標記の件、令和7年分「報酬、料金、契約金及び賞金の支払調書」の作成用データを
添付にてお送りいたします。対象は個人の外注先12名分です。

・支払金額は源泉徴収前の金額（消費税抜き）です
・個人番号は12月末時点で回収済みのもののみ入力しております

提出期限が1月31日のため、1月20日頃までにドラフトをいただけますと幸いです。
ご不明点がございましたらご連絡ください。

{sig("saeki")}
""",
    attachments=[{"kind": "csv", "name": "支払調書データ_R7.csv", "encoding": "cp932", "rows": _rows}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="支払調書用CSV: 個人外注先12名の氏名・住所・個人番号を外部の税理士法人へ",
)

# 002 — 業務委託契約書（案） to a freelancer on gmail: ordinary
add(
    id="itaku-002",
    sender=FROM["kurata"],
    to=["蓮見 奈々 <nana.hasumi.design@gmail.com>"],
    subject="業務委託契約書（案）のご確認のお願い",
    charset="iso-2022-jp",
    body=f"""蓮見 奈々 様

お世話になっております。日の出産業 購買部の倉田です。
先日はお打合せのお時間をいただき、ありがとうございました。

ご相談しておりましたパンフレット制作の件、業務委託契約書の案を添付いたします。
主な条件は以下のとおりです。

  委託業務　：会社案内パンフレット（A4・12P）のデザイン
  契約期間　：契約締結日〜2026年3月31日
  委託料　　：660,000円（税込）※源泉徴収のうえお支払いします
  支払条件　：月末締め翌月末払い（検収後）

第9条（秘密保持）と第12条（知的財産権の帰属）は当社標準の文言ですが、
ご懸念があれば遠慮なくお知らせください。

内容にご異存がなければ、電子契約サービスから署名依頼をお送りします。
よろしくお願いいたします。

{sig("kurata")}
""",
    attachments=[{"kind": "docx", "name": "業務委託契約書（案）_蓮見様.docx",
                  "title": "業務委託契約書（案）",
                  "paragraphs": [
                      "業務委託契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）と蓮見奈々（以下「乙」という。）は、"
                      "次のとおり業務委託契約を締結する。",
                      "第1条（委託業務）甲は乙に対し、別紙仕様書に定める業務を委託し、乙はこれを受託する。",
                      "第5条（委託料）委託料は金660,000円（消費税込）とし、甲は所得税法の定めにより"
                      "源泉徴収を行ったうえで乙の指定口座に振り込む。",
                      "第9条（秘密保持）乙は本契約に関して知り得た甲の技術上・営業上の情報を第三者に"
                      "開示してはならない。",
                      "第12条（知的財産権）成果物の著作権は、委託料の支払完了をもって甲に移転する。",
                      "（以下略）"]}],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="契約書案の送付、相手はフリーランス1名(gmail)。個人データなし",
)

# 003 — FW of a freelancer's own mail with her My Number to the tax firm
_p = people(1)[0]
_n = next_mn()
add(
    id="itaku-003",
    sender=FROM["onodera"],
    to=[KANADE2],
    subject=f"FW: マイナンバーのご連絡（{_p.sei}）",
    charset="utf-8",
    body=f"""吉良様

お世話になっております。日の出産業 小野寺です。
昨年分の支払調書で個人番号が空欄になっていた{_p.sei}様から回答がありましたので、
下記転送いたします。修正版への反映をお願いできますでしょうか。

{sig("onodera")}

-------- Forwarded Message --------
件名: マイナンバーのご連絡
日付: 2026/01/14 21:07
差出人: {_p.name} <{_p.email}>
宛先: k-onodera@hinode-sangyo.co.jp

日の出産業株式会社
小野寺様

いつもお世話になっております。イラスト制作の{_p.name}です。
ご依頼いただいたマイナンバーをお送りします。

氏名：{_p.name}（{_p.kana}）
住所：〒{_p.zip} {_p.addr}
個人番号：{mn_fmt(_n)}

通知カードしか手元になく、身元確認書類は運転免許証の写しを郵送いたします。
よろしくお願いいたします。
""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="フリーランス1名の個人番号を含むメールを税理士法人へ転送（転送は新しい本文）",
)

# 004 — asking a freelancer for the My Number through the upload form: no number
add(
    id="itaku-004",
    sender=FROM["saeki"],
    to=["榎本様 <enomoto.k.works@icloud.com>"],
    subject="【ご依頼】個人番号（マイナンバー）ご提出のお願い",
    charset="iso-2022-jp",
    body=f"""榎本 康介 様

いつもお世話になっております。
日の出産業株式会社 経理部の佐伯でございます。

税務署へ提出する「報酬、料金、契約金及び賞金の支払調書」に記載するため、
個人番号（マイナンバー）のご提出をお願いしております。

お手数ですが、下記の専用フォームからご登録ください。
  https://mynumber.hinode-sangyo.co.jp/form/entry
  （受付番号：MN-2025-0471）

■ご注意
・番号をこのメールへの返信に書かないでください（メールでは受け付けておりません）
・番号確認書類（個人番号カードの裏面等）と身元確認書類の画像が必要です
・ご提供いただいた番号は、支払調書作成事務以外には利用しません

ご不明な点は経理部（03-5641-2281）までお問い合わせください。

{sig("saeki")}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="マイナンバー提出の依頼文だけで番号はない。フリーランス1名宛て",
)

# 005 — notice to freelancers with every address in To
add(
    id="itaku-005",
    sender=FROM["saeki"],
    to=["早乙女 千尋 <chihiro.saotome55@gmail.com>",
        "志賀 隼 <shiga_hayato@yahoo.co.jp>",
        "mamiya.aoi@outlook.jp",
        "鷲尾 瑞穂 <washio.m.37@gmail.com>",
        "久我 航 <kuga-wataru@icloud.com>"],
    subject="年末のご請求書提出期限と支払調書の送付について",
    charset="iso-2022-jp",
    body=f"""外注パートナーの皆さま

いつもお世話になっております。日の出産業 経理部の佐伯です。

年末年始の休業に伴い、12月分のご請求書は12月19日（金）必着でお願いいたします。
また、本年分の支払調書（写し）は1月中旬にPDFでお送りする予定です。

インボイス登録番号に変更のある方は、別途お知らせください。
引き続きよろしくお願いいたします。

{sig("saeki")}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="個人の外注先5名のアドレスがToで互いに見える（Bccにすべき）",
)

# 006 — the same kind of notice done right: Bcc
add(
    id="itaku-006",
    sender=FROM["onodera"],
    to=["小野寺 健 <k-onodera@hinode-sangyo.co.jp>"],
    bcc=["tsukumo.saori@gmail.com", "ochi-design@yahoo.co.jp", "niwa.makoto.88@gmail.com",
         "funahashi_k@outlook.jp", "riku.momose@icloud.com", "kagurazaka.studio@gmail.com"],
    subject="［日の出産業］支払日変更のお知らせ（1月分）",
    charset="utf-8",
    body=f"""※本メールは外注先の皆さまにBccでお送りしています。

いつもお世話になっております。日の出産業 経理部 小野寺です。

1月末日が金融機関休業日のため、1月分の委託料のお支払いは
2月2日（月）となります。ご了承のほどよろしくお願いいたします。

なお、お支払額は源泉徴収税額（10.21%）を差し引いた金額となります。
支払明細は従来どおり、支払日の3営業日前までにお送りします。

{sig("onodera")}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="外注先への一斉連絡をBccで送っている。本文に個人データなし",
)

# 007 — look-alike of the partner bank (letter added); content harmless
add(
    id="itaku-007",
    sender=FROM["onodera"],
    to=["みどり銀行 法人営業部 大河内様 <okochi@midori-ginkou.co.jp>"],
    subject="総合振込の手数料について",
    charset="iso-2022-jp",
    body=f"""みどり銀行
法人営業部 大河内様

いつもお世話になっております。日の出産業の小野寺です。

外注先への総合振込（月2回・約80件）について、他行宛て振込手数料の
見直しのご提案をいただき、ありがとうございました。
社内で検討のうえ、来月から新プランへの切替をお願いしたいと考えております。
申込書の様式をお送りいただけますでしょうか。

{sig("onodera")}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="宛先ドメイン midori-ginkou.co.jp は取引銀行 midori-ginko.co.jp の類似ドメイン",
)

# 008 — 外注単価表 marked 社外秘 to an agency
add(
    id="itaku-008",
    sender=FROM["kurata"],
    to=[AGENT],
    subject="次期案件の単価感について",
    charset="iso-2022-jp",
    body=f"""フリーボード株式会社
大槻様

お世話になっております。日の出産業の倉田です。

来期のシステム保守要員のご提案にあたり、弊社の外注単価テーブルを
参考までにお送りします。スキルランク別の上限額ですので、
この範囲でご提案いただけますと助かります。

{sig("kurata")}
""",
    attachments=[{"kind": "xlsx", "name": "外注単価テーブル_2026.xlsx", "title": "外注単価テーブル",
                  "page_header": "社外秘",
                  "sheets": {"単価表": [
                      ["【社外秘】外注単価テーブル（2026年度）", "", "", ""],
                      ["", "", "", ""],
                      ["区分", "スキルランク", "月額上限（円）", "備考"],
                      ["PM", "S", 1300000, "要事前承認"],
                      ["PM", "A", 1050000, ""],
                      ["SE", "A", 900000, ""],
                      ["SE", "B", 780000, ""],
                      ["PG", "B", 650000, ""],
                      ["PG", "C", 520000, "経験3年未満"],
                      ["デザイナー", "A", 700000, ""]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付の単価表に「社外秘」の表示（ヘッダ・表題）があり、社外のエージェントへ",
)

# 009 — PPAP: password ZIP of the 支払調書 data
add(
    id="itaku-009",
    sender=FROM["saeki"],
    to=[KANADE],
    subject="支払調書（修正分）の送付",
    charset="iso-2022-jp",
    body=f"""二階堂様

お世話になっております。日の出産業 佐伯です。
先日ご指摘いただいた3件の修正分を反映したファイルをお送りします。
パスワードは別メールにてお知らせいたします。

{sig("saeki")}
""",
    attachments=[{"kind": "zip", "name": "shiharaichosho_R7_rev2.zip", "password": "Hn8#kq2Zw",
                  "files": [{"kind": "xlsx", "name": "支払調書_修正分.xlsx",
                             "sheets": {"修正": [["氏名", "支払金額"], ["（別紙）", 0]]}}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード付きZIP（PPAP）で中身を検査できない",
)

# 010 — the password mail that follows: no attachment, no personal data
add(
    id="itaku-010",
    sender=FROM["saeki"],
    to=[KANADE],
    subject="Re: 支払調書（修正分）の送付［パスワード］",
    charset="iso-2022-jp",
    body=f"""二階堂様

先ほどお送りしたファイルのパスワードです。

  Hn8#kq2Zw

お手数をおかけしますが、よろしくお願いいたします。

佐伯
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="パスワードを知らせるだけのメール。添付も個人データもない",
)

# 011 — HTML-only table of 委託ドライバー with licence numbers to the carrier partner
_ps = people(6)
_trs = "\n".join(
    f"<tr><td>{i + 1}</td><td>{p.name}</td><td>{p.phone}</td>"
    f"<td>{rng.randint(1, 9)}{rng.randrange(10**9, 10**10)}{rng.randint(0, 9)}</td>"
    f"<td>{rng.choice(['軽貨物（黒ナンバー）', '2t', '軽貨物'])}</td></tr>"
    for i, p in enumerate(_ps))
add(
    id="itaku-011",
    sender=FROM["nagumo"],
    to=["青葉運輸 配車センター 谷口様 <haisha@aoba-unyu.co.jp>"],
    subject="年末繁忙期の応援ドライバー登録のお願い",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>青葉運輸株式会社<br>配車センター 谷口様</p>
<p>いつもお世話になっております。日の出産業 八潮物流センターの南雲です。</p>
<p>12月の繁忙期に貴社の構内へ入場する、弊社委託（個人事業主）のドライバー6名の情報をお送りします。
構内入場証の発行をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>携帯電話</th><th>運転免許証番号</th><th>車両</th></tr>
{_trs}
</table>
<p>入場期間：12月8日〜12月30日</p>
<p>--<br>日の出産業株式会社 物流部 配送管理課<br>南雲 智之<br>TEL 048-990-3171</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="委託ドライバー6名の氏名・携帯・運転免許証番号をHTML表で社外へ",
)

# 012 — thanks for the invoice; confirms the freelancer's own invoice registration number
_t = t_no()
add(
    id="itaku-012",
    sender=FROM["onodera"],
    to=["スタジオ・ミツヤ 三ツ矢様 <studio.mitsuya@gmail.com>"],
    subject="Re: 11月分ご請求書の件",
    charset="iso-2022-jp",
    body=f"""三ツ矢様

お世話になっております。日の出産業 経理部 小野寺です。
11月分のご請求書、確かに受領いたしました。

適格請求書発行事業者の登録番号（{_t}）も国税庁の公表サイトで確認できましたので、
今回から適格請求書として処理いたします。

  請求書番号：SM-2025-118
  ご請求額　：242,000円（うち消費税 22,000円）
  源泉徴収額：22,462円
  お支払予定：12月26日

{sig("onodera")}

> 日の出産業株式会社
> 経理部 小野寺様
>
> 11月分の請求書をお送りします。
> 今月から登録番号を記載しております。ご確認ください。
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=["freemail_recipient"],
    note="請求書受領の返信。相手自身のインボイス登録番号と金額だけ",
)

# 013 — 在留カード details of one foreign freelancer to an administrative scrivener
_p = people(1)[0]
add(
    id="itaku-013",
    sender=FROM["kurata"],
    to=["行政書士 しらとり事務所 白鳥様 <shiratori@shiratori-gyosei.jp>"],
    subject="外国籍フリーランスとの業務委託可否のご相談",
    charset="utf-8",
    body=f"""しらとり行政書士事務所
白鳥先生

お世話になっております。日の出産業 購買部の倉田です。
先日お電話でご相談した件、対象者の在留カードの記載内容をお送りします。
個人事業主として業務委託契約を結んで問題ないか、ご確認いただけますでしょうか。

  氏名　　　　：NGUYEN THI LAN（グエン・ティ・ラン）
  生年月日　　：1994年7月19日
  国籍・地域　：ベトナム
  在留資格　　：技術・人文知識・国際業務
  在留期間　　：5年（満了日 2029年4月11日）
  在留カード番号：UH{rng.randrange(10**7, 10**8)}HK
  就労制限の有無：在留資格に基づく就労活動のみ可

副業としての受託になるため、資格外活動に当たらないかが気になっております。
よろしくお願いいたします。

{sig("kurata")}
""",
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="外国籍の委託先1名の在留カード番号・生年月日を外部の行政書士へ",
)

# 014 — 委託先マスタ with My Numbers, but only to internal colleagues
_ps = people(9)
_lines = "\n".join(f"{p.code}\t{p.name}\t{mn_fmt(next_mn(), '-')}\t{p.bank_line}" for p in _ps)
add(
    id="itaku-014",
    sender=FROM["saeki"],
    to=["小野寺 健 <k-onodera@hinode-sangyo.co.jp>", "経理部 共有 <keiri@hinode-sangyo.co.jp>"],
    subject="委託先マスタ 個人番号登録済み一覧（社内確認用）",
    charset="cp932",
    body=f"""小野寺さん

個人番号の回収が済んだ委託先の一覧です（本日時点 9名）。
マスタへの登録内容と突合をお願いします。差異があれば私まで。

コード\t氏名\t個人番号\t振込先
{_lines}

佐伯
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="個人番号入りの一覧だが宛先はすべて社内（hinode-sangyo.co.jp）",
)

# 015 — five payees described in running text with their new addresses
_ps = people(5)
_moves = "".join(
    f"{'まず' if i == 0 else 'また、' if i < 4 else '最後に'}{p.name}さんは{rng.choice(['10月', '11月', '9月'])}に"
    f"「{p.addr}」へ転居されています。"
    for i, p in enumerate(_ps))
add(
    id="itaku-015",
    sender=FROM["onodera"],
    to=[KANADE2],
    subject="支払調書の住所変更について",
    charset="iso-2022-jp",
    body=f"""吉良様

いつもお世話になっております。日の出産業の小野寺です。
支払調書のドラフトを確認したところ、住所が古いままの方が何名かいらっしゃいました。
{_moves}
いずれも本人から届出があり、当社の委託先マスタは更新済みです。

支払調書の住所は支払確定日現在（12月31日）のものでよかったと思いますので、
上記の新住所での作成をお願いいたします。

{sig("onodera")}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="5名の氏名と新住所を文章の中に並べて税理士法人へ（表ではない名簿）",
)

# 016 — three-way meeting: agency and client company, two external organisations
add(
    id="itaku-016",
    sender=FROM["hasebe"],
    to=["川崎電機 情報システム部 村井様 <murai@kawasaki-denki.co.jp>"],
    cc=[AGENT, "倉田 俊介 <kurata.shunsuke@hinode-sangyo.co.jp>"],
    subject="保守体制変更に関する三者打合せの日程調整",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社 村井様
（cc：フリーボード株式会社 大槻様）

いつもお世話になっております。日の出産業の長谷部です。

来年度の保守体制（一部をフリーランス技術者への委託に切替）について、
三者でのお打合せをお願いしたく、候補日をお送りします。

  ① 12月10日（水）14:00〜15:00
  ② 12月11日（木）10:00〜11:00
  ③ 12月12日（金）16:00〜17:00

場所は弊社本社 5F 会議室、またはTeamsでも構いません。
ご都合をお知らせください。

{sig("hasebe")}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="外部2組織（顧客・エージェント）との通常の日程調整",
)

# 017 — a freelancer's diagnosis told to the client to explain a delay
_p = people(1)[0]
add(
    id="itaku-017",
    sender=FROM["chujo"],
    to=["川崎電機 広報部 氷室様 <himuro@kawasaki-denki.co.jp>"],
    subject="カタログ改訂版の納期について（お詫び）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
広報部 氷室様

いつもお世話になっております。日の出産業 制作部の中條です。

カタログ改訂版の納期について、お詫びとご相談がございます。
レイアウトを担当している外部デザイナーの{_p.name}さんが、先週「適応障害」との
診断を受け、医師の指示で1か月ほど休養することになりました。

後任は社内デザイナーで対応いたしますが、初校の提出が12月19日頃になる見込みです。
ご迷惑をおかけし誠に申し訳ございません。

{sig("chujo")}
""",
    expect="stop",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data"],
    note="氏名の分かる委託デザイナーの診断名（要配慮個人情報）を顧客へ",
)

# 018 — the same situation written without the diagnosis or the name
add(
    id="itaku-018",
    sender=FROM["chujo"],
    to=["北国フーズ 販促課 三宅様 <miyake@kitaguni-foods.co.jp>"],
    subject="POP制作スケジュール変更のご連絡",
    charset="utf-8",
    body=f"""北国フーズ株式会社
販促課 三宅様

お世話になっております。日の出産業の中條です。

冬季キャンペーンのPOP制作ですが、担当の外部スタッフの都合により、
一部を社内のデザイナーに引き継ぐことになりました。
スケジュールへの影響はなく、初校は予定どおり12月5日にお送りします。

引き続きよろしくお願いいたします。

{sig("chujo")}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="担当交代の連絡。個人を特定する情報も健康情報もない",
)

# 019 — 委託先マスタ (XLSX, several sheets, title row) to the system vendor for migration
_ps = people(8)
_sheet = [["委託先マスタ（移行用抽出 2025/11/28）", "", "", "", "", "", "", ""],
          ["", "", "", "", "", "", "", ""],
          ["委託先コード", "氏名", "屋号", "住所", "電話番号", "メールアドレス", "振込先", "インボイス"]]
for _p in _ps:
    _sheet.append([_p.code, _p.name, rng.choice(["", f"{_p.sei}デザイン室", f"{_p.mei_r.upper()} WORKS", ""]),
                   f"〒{_p.zip} {_p.addr}", _p.phone, _p.email, _p.bank_line,
                   rng.choice(["登録済", "未登録", "登録済"])])
add(
    id="itaku-019",
    sender=FROM["kurosu"],
    to=["ツバサシステム 導入支援 保坂様 <hosaka@tsubasa-system.jp>"],
    subject="委託先管理システム移行：本番データ（個人委託先分）",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
保坂様

お世話になっております。日の出産業 情報システム部の黒須です。
移行リハーサル用に、本番の委託先マスタのうち個人委託先分を抽出しました。
シート「委託先一覧」が対象データ、「項目定義」「変更履歴」は参考です。

よろしくお願いいたします。

{sig("kurosu")}
""",
    attachments=[{"kind": "xlsx", "name": "vendor_master_individual_20251128.xlsx",
                  "sheets": {
                      "項目定義": [["項目", "型", "必須"], ["委託先コード", "文字(6)", "○"],
                                 ["氏名", "文字(40)", "○"], ["住所", "文字(120)", "○"]],
                      "委託先一覧": _sheet,
                      "変更履歴": [["日付", "内容"], ["2025/11/28", "初版抽出"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="個人委託先8名の住所・電話・メール・口座（XLSX、表題行つき、複数シート）をベンダーへ",
)

# 020 — field specification for the same system: masked samples only
add(
    id="itaku-020",
    sender=FROM["kurosu"],
    to=["保坂様 <hosaka@tsubasa-system.jp>"],
    cc=["ツバサシステム 開発部 <dev-hinode@tsubasa-system.jp>"],
    subject="Re: 委託先マスタ 項目定義の確認",
    charset="utf-8",
    body=f"""保坂様

黒須です。ご質問いただいた項目について回答します。

1. 個人番号：委託先マスタには持たず、別の「番号管理」テーブルで暗号化保存とします。
   画面表示は下4桁のみ（例：**** **** 1234 の形式）。
2. 振込先：金融機関コード(4)・支店コード(3)・種目(1)・口座番号(7)・名義カナ(30)。
3. インボイス登録番号：T＋13桁。法人・個人どちらも同じ項目に格納します。
4. 生年月日：保持しません。

サンプルデータはすべてダミー値（例：山田 太郎 / 000-0000 / 0000000）で作成してください。

黒須

> 個人番号と口座の持ち方について、ご方針を確認させてください。
> また、テスト用サンプルの作り方についてもご指示いただけますと幸いです。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="項目定義の説明とダミー値の例だけ。実在の個人データなし（宛先は同じパートナー1社）",
)

# ======================================================================================
# 021-040
# ======================================================================================

# 021 — failed transfers: rows of individuals' accounts, no name column
_rows = []
for _i in range(6):
    _p = P()
    _rows.append(f"{_p.code}\t{_p.bank}\t{_p.branch}\t{_p.acct_type}\t{_p.acct}\t{yen(_p.fee - gensen(_p.fee))}")
add(
    id="itaku-021",
    sender=FROM["onodera"],
    to=["みどり銀行 日本橋支店 法人係 <hojin-nihonbashi@midori-ginko.co.jp>"],
    subject="11/25実行分 総合振込の不能分について照会",
    charset="cp932",
    body="""みどり銀行 日本橋支店
法人係 ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部の小野寺です。

11月25日実行の総合振込（外注費）のうち、下記6件が「振込不能」で返却されました。
不能理由（口座なし・名義相違等）を個別にお知らせいただけますでしょうか。

委託先CD\t金融機関\t支店\t種目\t口座番号\t振込金額
""" + "\n".join(_rows) + f"""

お手数をおかけしますが、よろしくお願いいたします。

{sig("onodera")}
""",
    expect="stop",
    entities=["JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="個人委託先6名分の口座番号の行（氏名列なし、タブ区切り）を銀行へ",
)

# 022 — list of businesses (subcontractor companies) with corporate numbers
_cos = [("株式会社アークライン", "03-3351-"), ("合同会社ソラノ企画", "045-226-"),
        ("有限会社まるやま製版", "048-861-"), ("株式会社ベイフロント映像", "03-5762-"),
        ("株式会社ことのは翻訳センター", "06-6374-"), ("一般社団法人みらい技能協会", "022-714-")]
_lines = "\n".join(
    f"{i + 1}. {c}（法人番号 {corp_no(''.join(str(rng.randrange(10)) for _ in range(12)))}）"
    f" 代表 {ph}{rng.randrange(1000, 10000)}"
    for i, (c, ph) in enumerate(_cos))
add(
    id="itaku-022",
    sender=FROM["kurata"],
    to=["川崎電機 調達部 取引先管理グループ <torihiki@kawasaki-denki.co.jp>"],
    subject="再委託先の届出（2026年度 年間保守契約）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
調達部 取引先管理グループ 御中

いつもお世話になっております。日の出産業 購買部 外注管理課の倉田です。

年間保守契約 第14条（再委託）に基づき、2026年度に再委託を予定している
協力会社をお届けいたします。

{_lines}

いずれも当社にて反社会的勢力チェック・秘密保持契約の締結を完了しております。
所定の届出書（押印版）は別途郵送いたします。

{sig("kurata")}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="再委託先の会社一覧（法人番号・代表電話）。人の名簿ではない",
)

# 023 — company card number sent to a freelancer for purchases
_c = next_card()
add(
    id="itaku-023",
    sender=FROM["chujo"],
    to=["一ノ瀬さん <ichinose.graphic@gmail.com>"],
    subject="素材購入の件",
    charset="utf-8",
    body=f"""一ノ瀬さん

お疲れさまです、中條です。
例のストックフォトですが、立替だと精算が面倒なので
部のカードで直接購入してしまってください。

カード番号：{card_fmt(_c, ' ')}
有効期限：09/28
名義：AKI CHUJO
セキュリティコード：後で電話で伝えます

購入したら領収書PDFだけ転送お願いします。

中條
""",
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data", "freemail_recipient"],
    note="クレジットカード番号をフリーランスのgmailへ",
)

# 024 — reply to the tax firm: their list is only quoted
_ps = people(5)
_q = "\n".join(f"> {i + 1}) {p.name}様　支払金額 {yen(p.fee * 6)}円　源泉税額 {yen(gensen(p.fee * 6) - rng.randint(1, 9) * 100)}円（計算誤り）"
               for i, p in enumerate(_ps))
add(
    id="itaku-024",
    sender=FROM["saeki"],
    to=[KANADE],
    subject="Re: 源泉徴収税額の不一致について",
    charset="iso-2022-jp",
    body=f"""二階堂様

ご指摘ありがとうございます。佐伯です。
5件とも、端数処理を誤っていたことを確認しました。
1月の支払時に差額を調整し、調整後の金額で支払調書を作成いただければと思います。

取り急ぎ御礼まで。

佐伯

-----Original Message-----
From: 二階堂 <nikaido@kanade-tax.jp>
Sent: Thursday, January 8, 2026 10:12 AM
To: 佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>
Subject: 源泉徴収税額の不一致について

日の出産業株式会社 佐伯様

いただいたデータを検算したところ、下記の方で源泉徴収税額が
10.21%で計算した額と一致しませんでした。
{_q}
ご確認のほどお願いいたします。

税理士法人かなで 二階堂
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="5名の一覧は返信で引用された相手自身の文面だけ。新しい本文に個人データなし",
)

# 025 — a forward of the tax firm's list to the law firm: new text to its recipient
_ps = people(5)
_lst = "\n".join(f"・{p.name}（{p.pref_city}{p.street}）：{yen(p.fee * 12)}円、"
                 f"{rng.choice(['週5日常駐・時間管理あり', '当社PCのみで作業', '勤怠を当社システムで打刻', '当社社員と同じシフト', '業務指示を当社課長が直接実施'])}"
                 for p in _ps)
add(
    id="itaku-025",
    sender=FROM["miyasaka"],
    to=["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="FW: 給与該当性のご指摘（外注費）",
    charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。日の出産業 法務課の宮坂です。
顧問税理士から、下記の外注先について「実態は雇用（給与）ではないか」との指摘を受けました。
偽装請負・労働者性のリスクについてご意見を伺えますでしょうか。

{sig("miyasaka")}

---------- Forwarded message ----------
From: 吉良 <kira@kanade-tax.jp>
Date: 2026年1月9日(金) 15:40
Subject: 給与該当性のご指摘（外注費）
To: 宮坂 玲子 <miyasaka.reiko@hinode-sangyo.co.jp>

宮坂様

外注費の内訳を拝見したところ、次の5名は勤務実態から給与として
源泉徴収（甲欄）・社会保険の対象となる可能性があります。

{_lst}

税務調査で指摘を受けた場合、過年度分の源泉所得税の追徴となりますのでご注意ください。

税理士法人かなで 吉良
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="5名の氏名・住所・報酬額を含む税理士のメールを法律事務所へ転送（転送は新しい本文）",
)

# 026 — explaining the withholding calculation to a freelancer
add(
    id="itaku-026",
    sender=FROM["onodera"],
    to=["犬養 様 <inukai_translation@yahoo.co.jp>"],
    subject="Re: お振込額が請求額と違う件",
    charset="iso-2022-jp",
    body=f"""犬養様

お問い合わせありがとうございます。日の出産業 経理部の小野寺です。
10月分のお振込額について、ご説明いたします。

  ご請求額（税込）　　　330,000円
  うち消費税　　　　　　 30,000円
  源泉徴収税額　　　　　 30,630円（300,000円 × 10.21%）
  振込手数料（当社負担）　　 0円
  ───────────────
  お振込額　　　　　　　299,370円

翻訳料は所得税法第204条の「原稿料等」に当たるため、報酬から源泉徴収を行っております。
請求書で消費税額が明確に区分されているため、税抜金額に対して計算しています。
徴収した税額は翌月10日までに当社から税務署へ納付しております。

ご不明点がございましたらお気軽にお問い合わせください。

{sig("onodera")}
{DISC_JA}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="源泉徴収額の説明（金額だけ）。フリーランス1名宛て、免責文つき",
)

# 027 — one contractor becomes an employee: pension number etc. to the labour consultant
_p = people(1)[0]
add(
    id="itaku-027",
    sender=FROM["todo"],
    to=[YUIMARU],
    subject="業務委託から雇用への切替（1名）資格取得手続きのお願い",
    charset="iso-2022-jp",
    body=f"""ゆいまーる社労士事務所
ご担当者様

いつもお世話になっております。日の出産業 人事部の藤堂です。

これまで業務委託でお願いしていた方を、1月1日付で正社員として雇用することになりました。
社会保険・雇用保険の資格取得手続きをお願いいたします。

  氏名　　　　：{_p.name}（{_p.kana}）
  生年月日　　：{wareki(_p.dob)}
  住所　　　　：〒{_p.zip} {_p.addr}
  基礎年金番号：{rng.randrange(1000, 10000)}-{rng.randrange(100000, 1000000)}
  雇用保険　　：加入歴なし（本人申告）
  月額給与　　：380,000円

業務委託契約は12月31日で合意解約済みです。
よろしくお願いいたします。

{sig("todo")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="1名分だが基礎年金番号を含む（社外の社労士事務所へ）",
)

# 028 — look-alike of the organisation's own domain (hyphen for a dot)
add(
    id="itaku-028",
    sender=FROM["kurata"],
    to=["佐伯 美穂 <saeki.miho@hinode-sangyo-co.jp>"],
    subject="外注費 予算消化状況（11月末）",
    charset="iso-2022-jp",
    body=f"""佐伯さん

お疲れさまです。倉田です。
11月末時点の外注費の予算消化状況をまとめました。

  部門　　　　　予算　　　　実績　　　　消化率
  制作部　　　 24,000千円　 19,480千円　 81.2%
  情報システム 36,000千円　 31,920千円　 88.7%
  物流部　　　 58,000千円　 49,300千円　 85.0%
  営業部　　　  6,000千円　  2,150千円　 35.8%

情シスが年度末に超過しそうなので、補正の相談をさせてください。

倉田
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="宛先 hinode-sangyo-co.jp は自社ドメインの類似（ドットがハイフン）で社外",
)

# 029 — 支払調書 list with My Numbers to an internal subdomain
_ps = people(6)
_lines = "\n".join(f"{pad(p.name, 14)}{mn_fmt(next_mn(), '')}  {yen(p.fee * 10):>11}" for p in _ps)
add(
    id="itaku-029",
    sender=FROM["saeki"],
    to=["内部監査室 <audit@mail.hinode-sangyo.co.jp>"],
    subject="支払調書の提出済み控え（監査資料）",
    charset="iso-2022-jp",
    body=f"""内部監査室 御中

経理部の佐伯です。
ご依頼のあった支払調書の提出済み控えのうち、個人分の抜粋です。
（法定調書合計表と件数一致を確認済み）

氏名          個人番号          支払金額
------------------------------------------
{_lines}

社外への持ち出しはご遠慮ください。

佐伯
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=[],
    note="個人番号つき一覧だが宛先は社内サブドメイン mail.hinode-sangyo.co.jp のみ",
)

# 030 — PDF table of 支払調書一覧 with My Numbers to the tax firm
_ps = people(6)
_tab = [["No", "支払を受ける者 氏名", "住所", "個人番号", "区分", "支払金額", "源泉徴収税額"]]
for _i, _p in enumerate(_ps):
    _fee = _p.fee * rng.randint(3, 10)
    _tab.append([_i + 1, _p.name, _p.addr, next_mn(), "報酬", yen(_fee), yen(gensen(_fee))])
add(
    id="itaku-030",
    sender=FROM["saeki"],
    to=[KANADE2],
    subject="支払調書 一覧（最終版）",
    charset="utf-8",
    body=f"""吉良様

お世話になっております。日の出産業の佐伯です。
修正を反映した支払調書の一覧（最終版）をPDFでお送りします。
こちらの内容でe-Taxでの提出をお願いいたします。

{sig("saeki")}
""",
    attachments=[{"kind": "pdf", "name": "支払調書一覧_最終版.pdf",
                  "title": "報酬、料金、契約金及び賞金の支払調書 一覧",
                  "lines": ["報酬、料金、契約金及び賞金の支払調書 一覧（令和7年分）",
                            "支払者：日の出産業株式会社", ""],
                  "table": _tab}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="PDFの表に6名の氏名・住所・個人番号",
)

# 031 — the payee's own copy of his 支払調書 (no My Number), to him
_p = people(1)[0]
_fee = _p.fee * 9
add(
    id="itaku-031",
    sender=FROM["saeki"],
    to=[f"{_p.name} <{_p.email}>"],
    subject="支払調書（写し）送付のご案内",
    charset="iso-2022-jp",
    body=f"""{_p.name} 様

いつもお世話になっております。日の出産業 経理部の佐伯です。
確定申告の参考資料として、令和7年分の支払調書（写し）をお送りいたします。
なお、写しには個人番号を記載しておりません。

{sig("saeki")}
""",
    attachments=[{"kind": "pdf", "name": "支払調書写し_R7.pdf",
                  "lines": ["令和7年分 報酬、料金、契約金及び賞金の支払調書（写し）", "",
                            f"支払を受ける者　住所：{_p.addr}",
                            f"　　　　　　　　氏名：{_p.name}",
                            "区分：報酬　細目：デザイン料",
                            f"支払金額：{yen(_fee)}円　源泉徴収税額：{yen(gensen(_fee))}円", "",
                            "支払者：日の出産業株式会社　東京都中央区日本橋浜町2-31-8"]}],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="本人に本人1名分の支払調書写し（個人番号なし）",
)

# 032 — one driver's health insurance card numbers to an insurance agency
_p = people(1)[0]
add(
    id="itaku-032",
    sender=FROM["nagumo"],
    to=["東和保険サービス 法人課 <hojin@towa-hoken-svc.co.jp>"],
    subject="委託ドライバー 傷害保険の加入手続き",
    charset="cp932",
    body=f"""東和保険サービス株式会社
法人課 ご担当者様

いつもお世話になっております。日の出産業 配送管理課の南雲です。
12月から委託契約を開始するドライバー1名について、団体傷害保険への追加加入をお願いします。

【被保険者】
氏名：{_p.name}（{_p.kana}）
生年月日：{wareki(_p.dob, 'short')}
住所：{_p.addr}
本人確認書類：国民健康保険被保険者証　記号 {zen(str(rng.randrange(10, 99)))}－{zen(str(rng.randrange(100, 999)))}　番号 {zen(str(rng.randrange(1000, 99999)))}

補償開始日は12月1日でお願いいたします。

{sig("nagumo")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="1名分だが健康保険証の記号・番号を含む",
)

# 033 — DOCX table: five freelancers for the client's building pass
_ps = people(5)
_tab = [["No.", "氏名", "フリガナ", "生年月日", "携帯電話", "所属"]]
for _i, _p in enumerate(_ps):
    _tab.append([str(_i + 1), _p.name, _p.kana, seireki(_p.dob, "kanji"), _p.phone, "個人（業務委託）"])
add(
    id="itaku-033",
    sender=FROM["hasebe"],
    to=["川崎電機 総務部 施設管理 <shisetsu@kawasaki-denki.co.jp>"],
    subject="入館申請書の提出（1月〜3月 常駐作業者）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
総務部 施設管理ご担当者様

いつもお世話になっております。日の出産業の長谷部です。
1月からの基幹システム更改作業で、貴社川崎事業所に常駐する作業者の
入館申請書を提出いたします。

作業者はいずれも弊社と業務委託契約を締結している技術者です。
入館証の発行をお願いいたします。

{sig("hasebe")}
""",
    attachments=[{"kind": "docx", "name": "入館申請書_日の出産業_202601.docx",
                  "paragraphs": ["入館申請書", "申請会社：日の出産業株式会社",
                                 "入館期間：2026年1月5日〜2026年3月31日", "作業場所：川崎事業所 B棟3F"],
                  "tables": [_tab]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCXの表に5名の氏名・生年月日・携帯",
)

# 034 — three event staff with their mobiles to the hotel: short list, may be warned
_ps = people(3)
add(
    id="itaku-034",
    sender=FROM["hasebe"],
    to=["さくらホテル 宴会予約 森本様 <banquet@sakura-hotel.jp>"],
    subject="12/18 新製品発表会 当日スタッフについて",
    charset="iso-2022-jp",
    body=f"""さくらホテル
宴会予約ご担当 森本様

お世話になっております。日の出産業の長谷部です。
12月18日の新製品発表会、当日の外部スタッフ（司会・撮影）は以下の3名です。
搬入口からの入館と控室のご用意をお願いいたします。

　司会　　　{_ps[0].name}　{_ps[0].phone}
　撮影　　　{_ps[1].name}　{_ps[1].phone}
　撮影補助　{_ps[2].name}　{_ps[2].phone}

当日の集合は13:00、控室は「楓の間」と伺っております。

{sig("hasebe")}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="外部スタッフ3名の氏名と携帯（4名以下の短いリスト、警告どまり）",
)

# 035 — briefing invitation with four sole proprietors and an agency in To/Cc
add(
    id="itaku-035",
    sender=FROM["kurata"],
    to=["フリーボード株式会社 大槻様 <otsuki@freeboard-agent.jp>"],
    cc=["漆原 慎吾 <urushibara.s@gmail.com>", "office@kiritani-sekkei.jp",
        "比嘉 遥 <haruka.higa.works@icloud.com>", "sunagawa-ws@ezweb.ne.jp"],
    subject="【ご案内】フリーランス取引適正化法に伴う取引条件説明会",
    charset="iso-2022-jp",
    body=f"""関係各位

いつもお世話になっております。日の出産業 購買部の倉田です。

フリーランス・事業者間取引適正化等法の施行に伴い、当社の発注書式と
取引条件明示の方法を変更します。説明会を下記のとおり開催しますので、
ご参加いただけますと幸いです。

　日時：12月16日（火）18:30〜19:30
　方法：オンライン（Zoom）※URLは前日にお送りします
　内容：発注書の記載事項、支払期日（60日以内）、変更・取消時の手続き

出欠を12月10日までにご返信ください。

{sig("kurata")}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="エージェントと個人事業主4名（別々の外部当事者5者）がTo/Ccで互いに見える",
)

# 036 — English mail to a foreign translator about withholding and the treaty form
add(
    id="itaku-036",
    sender=FROM["en_saeki"],
    to=["Lena Hartmann <lena.hartmann@lingua-werk.de>"],
    subject="Withholding tax on your translation fees / tax treaty form",
    charset="utf-8",
    body=f"""Dear Ms. Hartmann,

Thank you for the German version of our product manual, which we received last week.

Under Japanese tax law, fees paid to a non-resident for translation work are subject to
20.42% withholding tax. Under the Japan–Germany tax treaty you can claim relief from this,
but we need the "Application Form for Income Tax Convention" (Form 3) signed by you and
a certificate of residence issued by your local tax office before the payment date.

I attach a blank copy of the form with our part already filled in. Please return the
signed original by post; a scan by e-mail is fine for our first check.

Invoice: LW-2025-044, EUR 3,850.00, scheduled payment date 20 January 2026.

{sig("en_saeki")}

{DISC_EN}
""",
    attachments=[{"kind": "pdf", "name": "Form3_blank_HinodeSangyo.pdf",
                  "lines": ["Application Form for Income Tax Convention (Form 3)",
                            "Payer: Hinode Sangyo Co., Ltd., 2-31-8 Nihonbashi-Hamacho, Chuo-ku, Tokyo",
                            "Recipient: (to be completed by the recipient)",
                            "Type of income: Royalties / fees for translation"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="非居住者への源泉徴収と租税条約届出書の案内。空欄の様式と請求番号のみ",
)

# 037 — the same contractor's passport details, to the tax firm
add(
    id="itaku-037",
    sender=FROM["en_saeki"],
    to=[KANADE2],
    subject="租税条約届出書（ドイツ在住の翻訳者）の記載内容確認",
    charset="utf-8",
    body=f"""吉良様

お世話になっております。日の出産業の佐伯です。
ドイツ在住の翻訳者について、租税条約に関する届出書の記載内容をご確認いただけますか。
本人から届いた情報は以下のとおりです。

  Name: Lena HARTMANN
  Date of birth: 1987-03-22
  Address: Weidenallee 17, 20357 Hamburg, Germany
  Passport No.: C{''.join(rng.choice('FGHJKLMNPRTVWXYZ0123456789') for _ in range(8))}
  Tax ID (Steuer-ID): 47 {rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}

居住者証明書は年明けに届く予定とのことです。

{sig("saeki")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="外国人委託先1名の旅券番号・生年月日を税理士法人へ",
)

# 038 — corrupt XLSX to the tax firm
add(
    id="itaku-038",
    sender=FROM["onodera"],
    to=[KANADE],
    subject="12月分 外注費支払明細",
    charset="iso-2022-jp",
    body=f"""二階堂様

お世話になっております。日の出産業 小野寺です。
12月分の外注費支払明細をお送りします。月次監査の際にご確認ください。

{sig("onodera")}
""",
    attachments=[{"kind": "corrupt", "name": "外注費支払明細_202512.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="添付XLSXが壊れていて検査できない",
)

# 039 — NDA for a freelancer: mail about an NDA
add(
    id="itaku-039",
    sender=FROM["miyasaka"],
    to=["及川 崇 様 <oikawa.takashi@outlook.jp>"],
    subject="秘密保持契約書のご締結のお願い",
    charset="iso-2022-jp",
    body=f"""及川 崇 様

はじめまして。日の出産業株式会社 総務部法務課の宮坂と申します。
購買部の倉田よりご紹介いただきました。

正式なお見積りの前に、当社の製品情報を開示させていただくため、
秘密保持契約（NDA）のご締結をお願いしております。
当社ひな形を添付しますので、ご確認ください。

・秘密情報の範囲：開示時に「秘密」と明示した情報および口頭で開示し書面で特定した情報
・有効期間：締結日から3年間（終了後2年間は秘密保持義務が存続）
・個人事業主の方は、屋号欄は空欄のままで結構です

修正のご希望があれば、変更履歴を付けてご返送ください。

{sig("miyasaka")}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書（ひな形）.docx",
                  "paragraphs": ["秘密保持契約書",
                                 "日の出産業株式会社（以下「甲」という。）と＿＿＿＿（以下「乙」という。）は、"
                                 "甲乙間の取引の検討に関し、次のとおり秘密保持契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、開示の際に秘密である旨を明示した"
                                 "技術上又は営業上の情報をいう。",
                                 "第2条（秘密保持義務）乙は秘密情報を厳重に管理し、甲の書面による承諾なく第三者に"
                                 "開示又は漏えいしてはならない。"]}],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="NDA締結の依頼（秘密保持の話題で、機密表示ではない）",
)

# 040 — screening result with an arrest record to the law firm
_p = people(1)[0]
add(
    id="itaku-040",
    sender=FROM["miyasaka"],
    to=["白川法律事務所 <shirakawa@shirakawa-law.jp>"],
    subject="新規委託先の反社チェック結果についてのご相談",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。日の出産業の宮坂です。

新規に業務委託契約を予定している個人事業主について、調査会社の反社チェックで
次の記録が出てまいりました。

　対象者　：{_p.name}（{wareki(_p.dob)}生）
　屋号　　：{_p.sei}工務
　調査結果：2019年に傷害容疑で逮捕（不起訴）との新聞報道あり。反社会的勢力との関係は確認されず。

不起訴であり、反社会的勢力には該当しないと考えておりますが、
契約締結の可否および表明保証条項の運用について、ご意見をいただけますと幸いです。

{sig("miyasaka")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定個人の逮捕歴（要配慮個人情報）を含む相談を外部の法律事務所へ",
)

# ======================================================================================
# 041-060
# ======================================================================================

# 041 — asking the law firm to review training slides on the freelance act: no personal data
add(
    id="itaku-041",
    sender=FROM["miyasaka"],
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["倉田 俊介 <kurata.shunsuke@hinode-sangyo.co.jp>"],
    subject="社内研修資料（フリーランス法・偽装請負）のご確認依頼",
    charset="utf-8",
    body=f"""白川先生

いつもお世話になっております。日の出産業の宮坂です。
来月、発注部門向けに実施する研修の資料を作成しました。
法的な誤りがないか、お手すきの際にご確認いただけますでしょうか。

特に気になっているのは次の2点です。
1. スライド4：「指揮命令をしない」の具体例の書き方
2. スライド6：支払期日の起算日（受領日から60日）の説明

ご多忙のところ恐縮ですが、12月12日頃までにコメントをいただけますと幸いです。

{sig("miyasaka")}
""",
    attachments=[{"kind": "pptx", "name": "研修_外注取引の基本_v3.pptx", "title": "外注取引の基本",
                  "slides": [
                      ["外注取引の基本（2026年版）", "購買部・法務課", "対象：発注権限のある管理職・担当者"],
                      ["業務委託と雇用の違い", "成果物・役務の提供に対して報酬を支払う",
                       "時間・場所・方法の指示は原則しない"],
                      ["取引条件の明示", "発注時に書面または電磁的方法で明示",
                       "給付内容・報酬額・支払期日・受領日"],
                      ["偽装請負にならないために", "作業者への直接の指揮命令はしない",
                       "勤怠管理をしない・当社の就業規則を適用しない"],
                      ["源泉徴収", "デザイン料・原稿料・講演料などは10.21%",
                       "100万円を超える部分は20.42%"],
                      ["支払期日", "給付を受領した日から60日以内のできる限り短い期間内"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="研修スライドのレビュー依頼。制度の説明だけで個人データも機密表示もない",
)

# 042 — look-alike of the law firm (.co.jp instead of .jp)
add(
    id="itaku-042",
    sender=FROM["miyasaka"],
    to=["白川先生 <shirakawa@shirakawa-law.co.jp>"],
    subject="業務委託基本契約書（改定案）のレビューのお願い",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。日の出産業の宮坂です。
フリーランス法対応で業務委託基本契約書を改定しました。
改定案（変更履歴付き）を添付いたしますので、ご確認をお願いいたします。

主な変更点
　・第4条　取引条件の明示方法（電磁的方法を追加）
　・第7条　支払期日を「受領日から60日以内」に変更
　・第15条　中途解約時の30日前予告を追加
　・第18条　ハラスメント相談窓口の記載を追加

{sig("miyasaka")}
""",
    attachments=[{"kind": "docx", "name": "業務委託基本契約書_改定案_変更履歴付.docx",
                  "paragraphs": ["業務委託基本契約書（改定案）",
                                 "第7条（支払期日）甲は、乙から給付を受領した日から起算して60日以内に委託料を支払う。",
                                 "第15条（中途解約）甲が本契約を中途解約する場合、30日前までに予告する。"]}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="宛先 shirakawa-law.co.jp はパートナー shirakawa-law.jp の類似（TLD違い）",
)

# 043 — legacy XLS 源泉徴収簿 of ten freelancers to the tax firm
_ps = people(10)
_rows = [["源泉徴収簿（報酬・料金）令和7年12月", "", "", "", "", ""],
         ["支払先", "住所", "支払日", "支払金額", "源泉徴収税額", "差引支払額"]]
for _p in _ps:
    _rows.append([_p.name, _p.addr, "2025/12/26", _p.fee, _p.tax, _p.fee - _p.tax])
add(
    id="itaku-043",
    sender=FROM["onodera"],
    to=[KANADE2],
    subject="12月分 源泉所得税の納付額確認",
    charset="cp932",
    body=f"""吉良様

お世話になっております。日の出産業の小野寺です。
1月10日納付分の源泉所得税（報酬・料金等）の内訳を送付します。
古い会計ソフトからの出力のため .xls 形式になっております。ご容赦ください。

合計：10件　源泉徴収税額の合計は納付書と一致しております。

{sig("onodera")}
""",
    attachments=[{"kind": "xls", "name": "gensen_202512.xls", "sheets": {"源泉徴収簿": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="旧形式XLSに10名の氏名・住所・報酬額",
)

# 044 — six sole proprietors' business accounts (屋号 + holder's kana name): a grey zone
_ps = people(6)
_yago = ["アトリエ", "デザイン工房", "写真事務所", "翻訳室", "企画", "ラボ"]
_yago_k = ["アトリエ", "デザインコウボウ", "シャシンジムショ", "ホンヤクシツ", "キカク", "ラボ"]
_lines = "\n".join(
    f"{p.code}  {p.sei}{_yago[i]}  {p.bank} {p.branch} {p.acct_type} {p.acct}  "
    f"名義:{hankana(p.sei_k + _yago_k[i])} {hankana(p.kana)}"
    for i, p in enumerate(_ps))
add(
    id="itaku-044",
    sender=FROM["onodera"],
    to=["みどり銀行 日本橋支店 法人係 <hojin-nihonbashi@midori-ginko.co.jp>"],
    subject="総合振込 振込先マスタ追加分の件",
    charset="utf-8",
    body=f"""みどり銀行 日本橋支店
法人係 ご担当者様

お世話になっております。日の出産業 経理部の小野寺です。
法人IBの総合振込で、下記の振込先を追加登録したところ
「受取人名が口座名義と一致しない可能性があります」と警告が出ました。
いずれも個人事業主の事業用口座です。名義の表記に問題がないかご確認いただけますか。

{_lines}

よろしくお願いいたします。

{sig("onodera")}
""",
    expect="either",
    entities=["JP_BANK_ACCOUNT", "PERSON_NAME"],
    detectors=["personal_data"],
    note="個人事業主6名の事業用口座（屋号＋本人名義）。事業者の取引情報とも個人の名簿とも言える",
)

# 045 — plain ZIP with a UTF-8 CSV of registered freelancers + a readme, to the vendor
_ps = people(7)
_rows = [["vendor_id", "name", "name_kana", "zip", "address", "tel", "email", "registered_on"]]
for _p in _ps:
    _rows.append([_p.code, _p.name, _p.kana, _p.zip, _p.addr, _p.phone, _p.email,
                  f"20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
add(
    id="itaku-045",
    sender=FROM["kurosu"],
    to=["ツバサシステム 保坂様 <hosaka@tsubasa-system.jp>"],
    subject="不具合再現用データ（委託先登録画面）",
    charset="utf-8",
    body=f"""保坂様

黒須です。
委託先登録画面で住所の建物名が欠落する件、本番で発生したレコードを
そのまま抜き出しました（7件）。再現確認にお使いください。
zipの中に readme を入れてあります。

{sig("kurosu")}
""",
    attachments=[{"kind": "zip", "name": "repro_vendor_address.zip", "files": [
        {"kind": "csv", "name": "vendor_rows.csv", "encoding": "utf-8", "rows": _rows},
        {"kind": "txt", "name": "readme.txt",
         "text": "address 列の建物名（全角スペース以降）が保存時に欠落する。\n発生日: 11/20〜11/27\n"}]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP内のCSVに本番の委託先7名の住所・電話・メール",
)

# 046 — order documents in a plain ZIP to a design company: ordinary
add(
    id="itaku-046",
    sender=FROM["chujo"],
    to=["有限会社アトリエノード 制作進行 <shinko@atelier-node.co.jp>"],
    subject="【発注】展示会パネル制作一式（発注番号 HS-PO-25-1187）",
    charset="iso-2022-jp",
    body=f"""有限会社アトリエノード
制作進行ご担当者様

いつもお世話になっております。日の出産業 制作部の中條です。
展示会パネル制作の発注書と仕様書をお送りします（zipで2ファイル）。

　発注番号：HS-PO-25-1187
　品名　　：展示会用パネル（W900×H1800）6枚、デザイン・出力・施工
　金額　　：418,000円（税込）
　納期　　：2026年2月6日（金）
　支払期日：納品受領日から起算して45日以内（月末締め翌月末払い）

受領のご返信をいただけますと幸いです。

{sig("chujo")}
""",
    attachments=[{"kind": "zip", "name": "HS-PO-25-1187.zip", "files": [
        {"kind": "pdf", "name": "発注書_HS-PO-25-1187.pdf",
         "lines": ["発 注 書", "発注番号 HS-PO-25-1187", "有限会社アトリエノード 御中",
                   "品名：展示会用パネル 6枚", "金額：418,000円（税込）", "納期：2026年2月6日",
                   "日の出産業株式会社 制作部"]},
        {"kind": "docx", "name": "仕様書_展示会パネル.docx",
         "paragraphs": ["仕様書", "サイズ：W900×H1800、アルミ複合板", "データ入稿：AI形式、CMYK"]}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="発注書と仕様書のZIP（暗号化なし）。発注番号・金額だけ",
)

# 047 — a forwarded mail attached as .eml carrying a driver list, to the insurance agency
_ps = people(5)
_inner = "\n".join(
    f"{i + 1}　{p.name}　{wareki(p.dob, 'kanji_zen')}生　免許証番号 {zen(str(rng.randint(1, 9)) + str(rng.randrange(10**9, 10**10)) + str(rng.randint(0, 9)))}"
    for i, p in enumerate(_ps))
add(
    id="itaku-047",
    sender=FROM["nagumo"],
    to=["東和保険サービス 法人課 <hojin@towa-hoken-svc.co.jp>"],
    subject="FW: 来月からの委託ドライバー（5名）",
    charset="iso-2022-jp",
    body=f"""東和保険サービス
法人課 ご担当者様

お世話になっております。南雲です。
来月から稼働する委託ドライバーの一覧が現場から届きましたので、
元のメールを添付でお送りします。自動車保険の運転者範囲への追加をお願いします。

{sig("nagumo")}
""",
    attachments=[{"kind": "eml", "name": "来月からの委託ドライバー.eml", "message": {
        "sender": "八潮センター 配車係 <yashio-haisha@hinode-sangyo.co.jp>",
        "to": ["南雲 智之 <nagumo@mail.hinode-sangyo.co.jp>"],
        "subject": "来月からの委託ドライバー（5名）",
        "charset": "iso-2022-jp",
        "body": f"南雲さん\n\n来月から稼働予定の委託ドライバーです。保険の手配をお願いします。\n\n{_inner}\n\n配車係 田辺\n"}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="添付した転送メール(.eml)に5名の氏名・和暦生年月日・免許証番号（全角）",
)

# 048 — acceptance notice to a freelancer on a carrier address
add(
    id="itaku-048",
    sender=FROM["chujo"],
    to=["nonomura-photo@docomo.ne.jp"],
    subject="検収完了のご連絡（商品撮影 11月分）",
    charset="iso-2022-jp",
    body=f"""野々村様

お世話になっております。日の出産業の中條です。
11月分の商品撮影（42カット）、本日検収が完了しました。
ご請求書は月末までにお送りください。12月26日にお支払いいたします。

素敵な写真をありがとうございました。
来月も同じ構成でお願いする予定です。

中條
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="フリーランス1名（携帯キャリアのアドレス）への検収連絡",
)

# 049 — one freelancer's My Number in full-width digits, with a 和暦 birth date
_p = people(1)[0]
_n = next_mn()
add(
    id="itaku-049",
    sender=FROM["saeki"],
    to=[KANADE],
    subject="支払調書 追加1件（12月契約分）",
    charset="iso-2022-jp",
    body=f"""二階堂様

お世話になっております。佐伯です。
12月に単発で講演をお願いした方の分が漏れておりました。追加をお願いいたします。

氏名　　：{_p.name}
生年月日：{wareki(_p.dob, 'kanji_zen')}
住所　　：{_p.addr}
個人番号：{zen(mn_fmt(_n, '－'))}
区分　　：報酬（講演料）
支払金額：２２０，０００円　源泉徴収税額：２２，４６２円

{sig("saeki")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="1名分の個人番号（全角数字）と和暦の生年月日を税理士法人へ",
)

# 050 — 委託先評価シート stamped 取扱注意 (PDF header) to the agency
add(
    id="itaku-050",
    sender=FROM["kurata"],
    to=["株式会社テックリンクス 営業 森岡様 <morioka@techlinks.co.jp>"],
    subject="上期の委託先評価結果のご共有",
    charset="utf-8",
    body=f"""株式会社テックリンクス
森岡様

お世話になっております。日の出産業の倉田です。
上期のパートナー評価がまとまりましたので、貴社分の評価シートを共有します。
下期の体制についてご相談させてください。

{sig("kurata")}
""",
    attachments=[{"kind": "pdf", "name": "委託先評価シート_テックリンクス_2025上期.pdf",
                  "page_header": "取扱注意", "title": "委託先評価シート",
                  "lines": ["委託先評価シート（2025年度上期）", "委託先：株式会社テックリンクス", "",
                            "品質：B（不具合の後工程流出 3件）", "納期：A（遅延なし）",
                            "コミュニケーション：B", "単価妥当性：C（市場相場比 +12%）",
                            "総合評価：B　継続（単価見直しを条件とする）"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付PDFに「取扱注意」の表示があり、社外へ",
)

# 051 — mentions 社外秘 in running text only
add(
    id="itaku-051",
    sender=FROM["kurata"],
    to=["桐谷さん <kiritani.design.office@gmail.com>"],
    subject="Re: お見積りの前提について",
    charset="iso-2022-jp",
    body=f"""桐谷さん

ご質問ありがとうございます。倉田です。
当社の外注単価表は社外秘の扱いのため、申し訳ないのですがお渡しできません。
目安としては、同規模のWebバナー制作で1点あたり1.5万〜3万円程度でお願いしています。
この前提でお見積りをいただければ、社内で調整いたします。

倉田

> 単価の基準表のようなものがあれば、いただけますと助かります。
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="「社外秘」は本文中で触れただけで、文書への表示ではない",
)

# 052 — CONFIDENTIAL on the slides of an outsourcing plan, to a consulting firm
add(
    id="itaku-052",
    sender=FROM["kurata"],
    to=["Mitsuru Akagi <akagi@northbridge-consulting.com>"],
    subject="外注ポートフォリオ見直しの資料",
    charset="utf-8",
    body=f"""赤城様

お世話になっております。日の出産業の倉田です。
明日のワークショップで使う資料をお送りします。事前にお目通しください。

{sig("kurata")}
""",
    attachments=[{"kind": "pptx", "name": "Outsourcing_Portfolio_Review_FY26.pptx",
                  "page_footer": "CONFIDENTIAL - Hinode Sangyo internal use only",
                  "slides": [
                      ["外注ポートフォリオ見直し FY26", "購買部 外注管理課"],
                      ["現状", "外注先 312（うち個人 186）", "外注費 年間 21.4億円"],
                      ["課題", "個人委託への依存（情シス保守の6割）", "単価の部門間格差"],
                      ["方針案", "エージェント経由への集約", "主要個人委託先との準委任化"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付スライドのフッタに CONFIDENTIAL / internal use only の表示",
)

# 053 — English mail to an overseas development company, with the standard disclaimer
add(
    id="itaku-053",
    sender=FROM["kurosu"],
    to=["Kevin Lin <kevin.lin@bluepeak-dev.com.tw>"],
    subject="PO HS-PO-25-1203: mobile app maintenance (Jan-Mar 2026)",
    charset="utf-8",
    body=f"""Dear Kevin,

Thank you for your quotation Q-2025-311. We are pleased to place the order below.

  PO number:   HS-PO-25-1203
  Scope:       Maintenance of the delivery driver app (iOS/Android), Jan-Mar 2026
  Amount:      USD 18,600 (fixed), invoiced monthly USD 6,200
  Payment:     within 45 days of our acceptance, by bank transfer

As your company is a corporation in Taiwan, no Japanese withholding tax applies to these
service fees under our tax advisor's opinion. Please send your invoice to
ap@hinode-sangyo.co.jp with the PO number.

Best regards,
Daichi Kurosu
IT Department, Hinode Sangyo Co., Ltd.
+81-3-5641-2710

{DISC_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="海外開発会社への発注。PO番号と金額、標準の英文免責文だけ",
)

# 054 — 総合振込 data (fixed width, half-width kana holder names) to the bank: eight payees
_ps = people(8)
_fw = "\n".join(
    f"{rng.randrange(1, 10):04d} {rng.randrange(1, 999):03d} {'1' if p.acct_type == '普通' else '2'} {p.acct} "
    f"{hankana(p.kana):<24}{p.fee - p.tax:>10}"
    for p in _ps)
_html_rows = "".join(
    f"<tr><td>{hankana(p.kana)}</td><td>{p.bank}</td><td>{p.branch}</td><td>{p.acct_type}</td>"
    f"<td>{p.acct}</td><td align=right>{yen(p.fee - p.tax)}</td></tr>" for p in _ps)
add(
    id="itaku-054",
    sender=FROM["onodera"],
    to=["みどり銀行 EBサポートデスク <eb-support@midori-ginko.co.jp>"],
    subject="総合振込ファイルの取込エラーについて（至急）",
    charset="utf-8",
    body=f"""みどり銀行 EBサポートデスク御中

日の出産業株式会社 経理部の小野寺です（契約者番号 88-104522）。
本日分の総合振込ファイルを取り込むと「データレコード不正」となります。
エラーになった明細部分を貼り付けますので、原因を教えてください。

{_fw}

本日15時までに振込を実行する必要があり、至急ご回答をお願いいたします。

{sig("onodera")}
""",
    html=f"""<html><body><p>みどり銀行 EBサポートデスク御中</p>
<p>日の出産業株式会社 経理部の小野寺です（契約者番号 88-104522）。<br>
本日分の総合振込ファイルを取り込むと「データレコード不正」となります。エラーになった明細は以下です。</p>
<table border=1><tr><th>受取人名</th><th>銀行</th><th>支店</th><th>種目</th><th>口座番号</th><th>金額</th></tr>
{_html_rows}</table>
<p>本日15時までに振込を実行する必要があり、至急ご回答をお願いいたします。</p></body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="外注先8名の半角カナ名義と口座番号（固定長テキストとHTML表）を銀行へ",
)

# 055 — the bank again, an application matter: nothing personal
add(
    id="itaku-055",
    sender=FROM["onodera"],
    to=["みどり銀行 法人営業部 大河内様 <okochi@midori-ginko.co.jp>"],
    subject="Re: 振込手数料プラン変更の申込書",
    charset="iso-2022-jp",
    body=f"""大河内様

お世話になっております。日の出産業の小野寺です。
申込書をお送りいただきありがとうございました。
社内の決裁が下りましたので、押印のうえ本日郵送いたします。
切替は2月実行分からでお願いいたします。

{sig("onodera")}

> 日の出産業株式会社 小野寺様
> 先日お話しした振込手数料プランの申込書を添付いたします。
> ご記入・ご捺印のうえご返送ください。
> みどり銀行 法人営業部 大河内
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="取引銀行（正しいドメイン）との手続きのやり取り",
)

# 056 — look-alike of the system vendor (letters swapped)
add(
    id="itaku-056",
    sender=FROM["kurosu"],
    to=["保坂様 <hosaka@tusbasa-system.jp>"],
    subject="移行リハーサルの日程について",
    charset="utf-8",
    body=f"""保坂様

黒須です。
移行リハーサル第2回の日程ですが、1月17日（土）9:00開始でお願いできますか。
当日は弊社側で本番環境のバックアップを取得してから作業に入ります。
VPNアカウントは前回のものを引き続きご利用ください。

黒須
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="宛先 tusbasa-system.jp はパートナー tsubasa-system.jp の類似（文字の入替）",
)

# 057 — one record per block, five freelancers, to the tax firm
_ps = people(5)
_blocks = "\n".join(
    f"【{i + 1}】\n　氏名：{p.name}（{p.kana}）\n　住所：〒{p.zip} {p.addr}\n　電話：{p.phone}\n"
    f"　口座：{p.bank_line}\n　登録番号：{'なし（免税事業者）' if i % 2 else t_no()}\n"
    for i, p in enumerate(_ps))
add(
    id="itaku-057",
    sender=FROM["onodera"],
    to=[KANADE2],
    subject="新規委託先の登録内容（インボイス確認のお願い）",
    charset="iso-2022-jp",
    body=f"""吉良様

お世話になっております。日の出産業 小野寺です。
下期に新規登録した個人の委託先について、インボイス対応の区分が正しいか
ご確認いただけますでしょうか。登録票の内容を転記します。

{_blocks}
免税事業者の方への支払の仕入税額控除（経過措置80%）の処理についても
あわせてご教示いただけますと幸いです。

{sig("onodera")}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT", "JP_CORPORATE_NUMBER"],
    detectors=["personal_data"],
    note="1人1ブロックの形で5名の住所・電話・口座（と登録番号）を税理士法人へ",
)

# 058 — one new freelancer's registration details to the tax firm: one person
_p = people(1)[0]
add(
    id="itaku-058",
    sender=FROM["saeki"],
    to=[KANADE],
    subject="源泉徴収の要否についてご相談",
    charset="iso-2022-jp",
    body=f"""二階堂様

お世話になっております。佐伯です。
新たに委託する方の業務内容について、源泉徴収の対象になるかご相談させてください。

　氏名：{_p.name}
　住所：{_p.addr}
　業務：社内システムの操作マニュアル作成（Word／PowerPoint、約120ページ）
　報酬：1式 450,000円（税抜）

マニュアル作成が「原稿料」に当たるのか、役務の提供として対象外なのか判断に迷っております。
お手数ですがご見解をお聞かせください。

{sig("saeki")}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="委託先1名の氏名・住所と報酬額（1名分、識別番号なし）",
)

# 059 — project team roster with 「・」 bullets, six freelance engineers, to the client
_ps = people(6)
_roles = ["PM", "リードエンジニア", "インフラ", "アプリ", "アプリ", "テスト"]
_lst = "\n".join(f"・{_roles[i]}：{p.name}（{p.email} ／ {p.phone}）" for i, p in enumerate(_ps))
add(
    id="itaku-059",
    sender=FROM["hasebe"],
    to=["川崎電機 情報システム部 村井様 <murai@kawasaki-denki.co.jp>"],
    subject="保守チーム体制表（1月〜）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
村井様

お世話になっております。日の出産業の長谷部です。
1月からの保守チームの体制をお知らせします。
緊急時は各担当に直接ご連絡いただいて構いません。

{_lst}

いずれも弊社の業務委託契約メンバーです。
窓口は引き続き私（長谷部）が務めます。

{sig("hasebe")}
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="委託技術者6名の氏名・個人メール・携帯を「・」箇条書きで顧客へ",
)

# 060 — four people only: may be warned, must go
_ps = people(4)
_lst = "\n".join(f"{p.name}\t{_r}\t{p.phone}" for p, _r in zip(_ps, ["現場責任者", "電気", "電気", "空調"]))
add(
    id="itaku-060",
    sender=FROM["hasebe"],
    to=["さくらホテル 施設課 <shisetsu@sakura-hotel.jp>"],
    subject="1/20 宴会場照明工事の作業員名簿",
    charset="utf-8",
    body=f"""さくらホテル 施設課 ご担当者様

日の出産業の長谷部です。
1月20日の宴会場照明入替工事、当日の作業員（協力業者の一人親方）は以下の4名です。

氏名\t担当\t携帯
{_lst}

作業時間は22:00〜翌5:00、通用口からの入館でお願いいたします。

{sig("hasebe")}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="作業員4名の氏名と携帯（5名未満の名簿、警告どまり）",
)

# ======================================================================================
# 061-080
# ======================================================================================

# 061 — a contractor's disability told to the venue
_p = people(1)[0]
add(
    id="itaku-061",
    sender=FROM["hasebe"],
    to=["さくらホテル 宴会予約 森本様 <banquet@sakura-hotel.jp>"],
    subject="Re: 12/18 新製品発表会 当日スタッフについて（追加のお願い）",
    charset="iso-2022-jp",
    body=f"""森本様

お世話になっております。長谷部です。
追加でお願いがございます。

当日の受付を担当する委託スタッフの{_p.name}さんは、身体障害者手帳（1級）をお持ちで
車いすを使用されています。搬入口からのスロープ利用と、控室・受付付近の
多目的トイレの場所を事前に確認させていただけますでしょうか。

本人からは「介助は不要」と伺っております。

{sig("hasebe")}

> 長谷部様
> 当日スタッフの件、承知いたしました。控室は「楓の間」をご用意しております。
> さくらホテル 森本
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="氏名の分かる委託スタッフの障害（身体障害者手帳）を社外へ",
)

# 062 — venue booking for the freelancer briefing: attendance counts only
add(
    id="itaku-062",
    sender=FROM["kurata"],
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="会議室のご予約（2/6 協力会社説明会）",
    charset="utf-8",
    body=f"""さくらホテル 宴会予約ご担当者様

日の出産業株式会社 購買部の倉田と申します。
下記のとおり会議室の予約をお願いいたします。

  日時　　：2026年2月6日（金）13:30〜17:00（設営13:00〜）
  人数　　：約60名（協力会社・個人事業主の方）
  レイアウト：スクール形式、プロジェクター・マイク2本
  飲み物　：ペットボトルのお茶 60本

見積書は当社の上記宛先にお送りください。

{sig("kurata")}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="会議室予約。人数と設備だけ",
)

# 063 — catering order naming a freelancer's religion
_p = people(1)[0]
add(
    id="itaku-063",
    sender=FROM["kurata"],
    to=["北国フーズ 法人ケータリング <catering@kitaguni-foods.co.jp>"],
    subject="2/6 お弁当の注文（アレルギー・宗教対応あり）",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
法人ケータリングご担当者様

いつもありがとうございます。日の出産業の倉田です。
2月6日の説明会のお弁当を注文いたします。

・幕の内弁当　57個
・特別対応　　3個
　　{_p.name}様：イスラム教徒のため、豚肉・アルコール不使用（ハラール認証品）
　　そば・えびアレルギーの方 1名、ベジタリアンの方 1名

お届けは11:45、会場はさくらホテル 2F「桜の間」です。

{sig("kurata")}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="氏名と信仰（宗教）を結びつけて社外へ（要配慮個人情報）",
)

# 064 — the same order without names
add(
    id="itaku-064",
    sender=FROM["kurata"],
    to=["北国フーズ 法人ケータリング <catering@kitaguni-foods.co.jp>"],
    subject="Re: 2/6 お弁当の注文",
    charset="iso-2022-jp",
    body=f"""ご担当者様

倉田です。先ほどの注文の訂正です。
特別対応の3個は、お名前のラベルではなく番号（特1〜特3）で区別していただけますか。

　特1：ハラール対応
　特2：そば・えび不使用
　特3：ベジタリアン

当日は受付で各自にお渡しします。よろしくお願いいたします。

倉田
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="食事の特別対応を番号だけで指定。個人と結びつかない",
)

# 065 — 宛名データ for mailing the 支払調書 copies, 40 payees, to the print shop
_ps = people(40)
_rows = [["郵便番号", "住所1", "住所2", "氏名", "敬称", "管理番号"]]
for _p in _ps:
    _rows.append([_p.zip, f"{_p.pref_city}{_p.street}", _p.building, _p.name, "様", _p.code])
add(
    id="itaku-065",
    sender=FROM["saeki"],
    to=["錦印刷 DM事業部 <dm@nishiki-insatsu.co.jp>"],
    subject="支払調書（写し）封入発送 宛名データ",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
DM事業部 ご担当者様

お世話になっております。日の出産業 経理部の佐伯です。
支払調書（写し）の封入・発送の宛名データをお送りします。全40件です。
圧着はがきではなく、窓あき封筒（長3）でお願いいたします。
発送予定日は1月16日です。

{sig("saeki")}
""",
    attachments=[{"kind": "csv", "name": "atena_shiharaichosho_R7.csv", "encoding": "cp932", "rows": _rows}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="40名の宛名（氏名・住所）CSVを印刷会社へ",
)

# 066 — the print shop again: envelope specification only
add(
    id="itaku-066",
    sender=FROM["saeki"],
    to=["錦印刷 DM事業部 坂口様 <sakaguchi@nishiki-insatsu.co.jp>"],
    subject="Re: 封筒の仕様確認",
    charset="iso-2022-jp",
    body=f"""坂口様

佐伯です。ご確認ありがとうございます。
封筒は以下の仕様でお願いいたします。

　・長3 窓あき（グラシン窓）、クラフト85g
　・表面：「親展」「支払調書在中」の朱色刷り
　・裏面：弊社住所・ロゴ（前回データ流用）
　・数量：50枚（予備10枚を含む）

お見積り（No. NS-Q-2512-088）の金額で発注いたします。

佐伯

> 佐伯様
> 封筒の表記と数量についてご確認ください。
> 錦印刷 坂口
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="封筒の仕様。「親展」は封筒への印字の指定で、機密表示ではない",
)

# 067 — look-alike of the print shop (homoglyph l for i) with a few address samples
_ps = people(3)
_smp = "\n".join(f"{p.zip}　{p.addr}　{p.name} 様" for p in _ps)
add(
    id="itaku-067",
    sender=FROM["saeki"],
    to=["錦印刷 坂口様 <sakaguchi@nishiki-lnsatsu.co.jp>"],
    subject="宛名の長い住所の折り返しについて",
    charset="utf-8",
    body=f"""坂口様

佐伯です。宛名ラベルの件で確認です。
住所が長い方は、建物名で2行目に折り返していただけますか。
例えば次のような方です。

{_smp}

よろしくお願いいたします。

佐伯
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="宛先 nishiki-lnsatsu.co.jp は錦印刷 nishiki-insatsu.co.jp の類似（i→l）",
)

# 068 — payment notice to the freelancer himself, with his own account
_p = people(1)[0]
_fee = 385_000
add(
    id="itaku-068",
    sender=FROM["onodera"],
    to=[f"{_p.sei}様 <{_p.sei_r}.{_p.mei_r}.works@yahoo.co.jp>"],
    subject="支払通知書（2025年12月分）",
    charset="iso-2022-jp",
    body=f"""{_p.name} 様

いつもお世話になっております。日の出産業 経理部の小野寺です。
12月分の委託料について、下記のとおりお支払いいたします。

　■支払日　　　2025年12月26日
　■委託料（税抜）　350,000円
　■消費税　　　　 35,000円
　■源泉徴収税額　 35,735円
　■お振込額　　　349,265円
　■振込先　　　　{_p.bank_line}

振込先に変更がある場合は、12月19日までにご連絡ください。

{sig("onodera")}
""",
    expect="pass",
    entities=["JP_BANK_ACCOUNT"],
    detectors=["personal_data", "freemail_recipient"],
    note="本人宛ての支払通知。本人1名の振込先口座だけ",
)

# 069 — 【極秘】 in the subject and on the document, to an outside consultant
add(
    id="itaku-069",
    sender=FROM["kurata"],
    to=["赤城 様 <akagi@northbridge-consulting.com>"],
    subject="【極秘】外注費削減計画（経営会議資料 v0.9）",
    charset="iso-2022-jp",
    body=f"""赤城様

倉田です。
経営会議に上程予定の外注費削減計画のドラフトです。
取扱いには十分ご注意ください。
ご意見は木曜までにいただけますと助かります。

{sig("kurata")}
""",
    attachments=[{"kind": "docx", "name": "外注費削減計画_v0.9.docx", "page_header": "極秘",
                  "paragraphs": ["外注費削減計画（案）", "1. 目的：外注費を3年で15%削減する",
                                 "2. 施策：個人委託186件のうち60件を契約終了または社員化",
                                 "3. 影響：制作部・情報システム部の体制変更"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="件名と添付文書ヘッダに「極秘」の表示、社外のコンサルタントへ",
)

# 070 — the same kind of document, internal recipients only
add(
    id="itaku-070",
    sender=FROM["kurata"],
    to=["購買部 部長 <kobai-bucho@hinode-sangyo.co.jp>", "経営企画部 <keikaku@hinode-sangyo.co.jp>"],
    subject="【極秘】外注費削減計画 v1.0（経営会議用）",
    charset="iso-2022-jp",
    body="""部長、経営企画部各位

外注費削減計画の最終版です。コンサルの指摘を反映しています。
経営会議まで社外・部外への展開はしないでください。

倉田
""",
    attachments=[{"kind": "docx", "name": "外注費削減計画_v1.0.docx", "page_header": "極秘",
                  "paragraphs": ["外注費削減計画", "個人委託186件のうち52件を契約終了または社員化"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="極秘表示の文書だが宛先はすべて社内",
)

# 071 — quotation request with three agencies visible to each other in To
add(
    id="itaku-071",
    sender=FROM["kurosu"],
    to=["フリーボード株式会社 大槻様 <otsuki@freeboard-agent.jp>",
        "株式会社テックリンクス 森岡様 <morioka@techlinks.co.jp>",
        "株式会社ワークスパイス 営業部 <sales@workspice.co.jp>"],
    subject="【見積依頼】Java保守エンジニア 2名（4月〜）",
    charset="utf-8",
    body=f"""各社ご担当者様

お世話になっております。日の出産業 情報システム部の黒須です。
4月からの保守要員について、お見積り・ご提案をお願いいたします。

  ・人数：2名（リーダー1、メンバー1）
  ・スキル：Java（Spring Boot）、PostgreSQL、AWS運用経験
  ・期間：2026年4月〜2027年3月（準委任）
  ・勤務：リモート中心、月2回程度本社出社
  ・回答期限：1月23日（金）

ご提案いただく方のスキルシートには、氏名ではなくイニシャルを記載してください。

{sig("kurosu")}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="競合するエージェント3社がToで互いに見える（Bccにすべき）",
)

# 072 — two external organisations and internal Cc: a normal three-way mail
add(
    id="itaku-072",
    sender=FROM["kurosu"],
    to=["株式会社テックリンクス 森岡様 <morioka@techlinks.co.jp>"],
    cc=["ツバサシステム 保坂様 <hosaka@tsubasa-system.jp>", "長谷部 翔 <hasebe.sho@hinode-sangyo.co.jp>"],
    subject="委託先管理システムの保守引継ぎについて",
    charset="utf-8",
    body=f"""森岡様
（cc：ツバサシステム 保坂様）

日の出産業の黒須です。
4月から委託先管理システムの保守を貴社にお願いするにあたり、
現行ベンダーのツバサシステム様からの引継ぎ打合せを設定させてください。

候補：1月27日（火）午後／1月29日（木）午前
資料：運用手順書、障害対応履歴（直近1年）、構成図

ご都合をお知らせください。

{sig("kurosu")}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="外部2社との引継ぎ調整（2組織なので可）",
)

# 073 — 部外秘 work manual for a freelancer
add(
    id="itaku-073",
    sender=FROM["chujo"],
    to=["雨宮さん <amemiya.yuto.design@gmail.com>"],
    subject="入稿ルールの手順書です",
    charset="utf-8",
    body=f"""雨宮さん

お疲れさまです。中條です。
来週からお願いするカタログ案件の入稿ルールをまとめた手順書を送ります。
社内向けの資料をそのまま送っていますが、必要な部分だけ見てください。

中條
""",
    attachments=[{"kind": "docx", "name": "制作部_入稿手順書_v5.docx", "page_header": "部外秘",
                  "title": "入稿手順書",
                  "paragraphs": ["制作部 入稿手順書（部外秘）", "1. ファイル命名規則：案件番号_媒体_版数",
                                 "2. 色校正は必ず本紙で行う", "3. 錦印刷への入稿は専用ストレージ経由"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking", "freemail_recipient"],
    note="添付文書に「部外秘」の表示、社外のフリーランス（gmail）へ",
)

# 074 — password-protected PDF of the payee's 支払調書 to the payee
_p = people(1)[0]
add(
    id="itaku-074",
    sender=FROM["saeki"],
    to=[f"{_p.name} <{_p.email}>"],
    subject="支払調書（写し）の送付",
    charset="iso-2022-jp",
    body=f"""{_p.name} 様

お世話になっております。日の出産業 経理部の佐伯です。
令和7年分の支払調書（写し）をお送りします。
PDFにはパスワードを設定しております。パスワードは、ご登録の電話番号の下4桁です。

{sig("saeki")}
""",
    attachments=[{"kind": "pdf", "name": "支払調書写し_R7_{0}.pdf".format(_p.code), "password": _p.phone[-4:],
                  "lines": ["令和7年分 報酬、料金、契約金及び賞金の支払調書（写し）",
                            f"氏名：{_p.name}", f"住所：{_p.addr}"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="パスワード保護されたPDFで中身を検査できない",
)

# 075 — the replacement for PPAP: a download link, nothing attached
add(
    id="itaku-075",
    sender=FROM["saeki"],
    to=["芦田 様 <ashida.naoki.office@gmail.com>"],
    subject="支払調書（写し）ダウンロードのご案内",
    charset="iso-2022-jp",
    body=f"""芦田 様

いつもお世話になっております。日の出産業 経理部の佐伯です。

当社では、パスワード付きファイルのメール送付（いわゆるPPAP）を廃止いたしました。
令和7年分の支払調書（写し）は、下記の共有リンクからダウンロードしてください。

　URL　　：https://share.hinode-sangyo.co.jp/s/7QxP2mVd
　有効期限：2026年2月13日
　※ログインにはご登録のメールアドレス宛てに届くワンタイムコードが必要です。

{sig("saeki")}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="共有リンクの案内だけ。添付なし、個人データなし",
)

# 076 — corrupt DOCX contract sent to a freelancer
add(
    id="itaku-076",
    sender=FROM["kurata"],
    to=["東海林様 <shoji.kazuya@icloud.com>"],
    subject="業務委託契約書（締結版）の送付",
    charset="iso-2022-jp",
    body=f"""東海林 様

お世話になっております。日の出産業の倉田です。
双方の署名が完了した業務委託契約書をお送りします。控えとして保管してください。

{sig("kurata")}
""",
    attachments=[{"kind": "corrupt", "name": "業務委託契約書_締結版_東海林様.docx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="添付DOCXが壊れていて検査できない",
)

# 077 — a freelancer's mail with the My Number attached as .eml, forwarded to the tax firm
_p = people(1)[0]
_n = next_mn()
add(
    id="itaku-077",
    sender=FROM["onodera"],
    to=[KANADE2],
    subject="個人番号の件（添付のとおり）",
    charset="utf-8",
    body=f"""吉良様

小野寺です。先日お話しした未回収の1名から、番号の連絡がありました。
本人からのメールをそのまま添付します。

{sig("onodera")}
""",
    attachments=[{"kind": "eml", "name": "Re_個人番号ご提出のお願い.eml", "message": {
        "sender": f"{_p.name} <{_p.email}>",
        "to": ["小野寺 健 <k-onodera@hinode-sangyo.co.jp>"],
        "subject": "Re: 個人番号ご提出のお願い",
        "charset": "utf-8",
        "body": (f"小野寺様\n\n遅くなりすみません。{_p.name}です。\n"
                 f"フォームがうまく開けなかったので、メールで失礼します。\n\n"
                 f"マイナンバー {_n}\n\nよろしくお願いします。\n")}}],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="添付した.emlの中に委託先1名の個人番号",
)

# 078 — blank vendor registration form with placeholders only
add(
    id="itaku-078",
    sender=FROM["kurata"],
    to=["hoshina.works@outlook.jp"],
    subject="取引先登録のお願い（登録票の送付）",
    charset="iso-2022-jp",
    body=f"""保科 様

はじめてご連絡いたします。日の出産業株式会社 購買部の倉田と申します。
このたびはお取引をお引き受けいただき、ありがとうございます。

お支払いのため、添付の「取引先登録票」にご記入のうえご返送ください。
マイナンバーは登録票には記入せず、後日お送りする専用フォームからご提出ください。

{sig("kurata")}
""",
    attachments=[{"kind": "xlsx", "name": "取引先登録票（個人事業主用）.xlsx",
                  "sheets": {"登録票": [
                      ["取引先登録票（個人事業主用）", ""],
                      ["項目", "記入欄"],
                      ["氏名", ""], ["フリガナ", ""], ["屋号", ""], ["住所", "〒"],
                      ["電話番号", ""], ["メールアドレス", ""],
                      ["振込先（金融機関・支店・種目・口座番号）", ""],
                      ["口座名義（カナ）", ""], ["インボイス登録番号", "T"]],
                      "記入例": [["項目", "記入例"], ["氏名", "日出 太郎"], ["屋号", "日出デザイン"],
                               ["電話番号", "000-0000-0000"], ["振込先", "〇〇銀行 〇〇支店 普通 0000000"]]}}],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="空欄の登録票とダミーの記入例だけ。個人データなし",
)

# 079 — rows pasted from Excel without a header, to the agency
_ps = people(7)
_rows = "\n".join(f"{p.name}\t{p.kana}\t{p.phone}\t{p.email}\t{rng.choice(['稼働中', '稼働中', '待機', '1月末終了'])}"
                  for p in _ps)
add(
    id="itaku-079",
    sender=FROM["kurosu"],
    to=["株式会社テックリンクス 稼働管理 <kadou@techlinks.co.jp>"],
    subject="Re: 稼働者リストの突合",
    charset="utf-8",
    body=f"""テックリンクス 稼働管理ご担当者様

黒須です。
こちらで把握している貴社経由の稼働者です（当社の管理表からコピーしています）。
連絡先が貴社の登録と違う方がいれば教えてください。

{_rows}

よろしくお願いします。
黒須

> 年度末の契約更新に向けて、貴社側で把握されている稼働者の一覧を
> いただけますでしょうか。
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="見出しなしでExcelから貼った7名の氏名・携帯・個人メール",
)

# 080 — monthly hours of three engineers to the agency: a short list
_ps = people(3)
add(
    id="itaku-080",
    sender=FROM["kurosu"],
    to=["フリーボード株式会社 大槻様 <otsuki@freeboard-agent.jp>"],
    subject="12月度 稼働時間の確定",
    charset="iso-2022-jp",
    body=f"""大槻様

お世話になっております。黒須です。
12月度の稼働時間を確定しましたのでお知らせします。

　{_ps[0].name} 様　162.5h（精算幅内）
　{_ps[1].name} 様　178.0h（超過 -）
　{_ps[2].name} 様　131.0h（控除 9.0h）

ご請求書は1月7日までにお願いいたします。

{sig("kurosu")}
""",
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="エージェント経由の技術者3名の稼働時間。5名未満で連絡先もない",
)

# ======================================================================================
# 081-100
# ======================================================================================

# 081 — a resident freelancer's health check result passed to the agency
_p = people(1)[0]
add(
    id="itaku-081",
    sender=FROM["kurosu"],
    to=["フリーボード株式会社 大槻様 <otsuki@freeboard-agent.jp>"],
    subject="常駐者の健康状態について（ご相談）",
    charset="iso-2022-jp",
    body=f"""大槻様

お世話になっております。日の出産業の黒須です。
貴社経由で常駐いただいている{_p.name}さんの件でご相談です。

先日ご本人から、受診した健康診断で「血圧 172/104、要精密検査」「心電図異常（要再検査）」と
判定されたと伺いました。夜間の障害対応当番を続けてよいか心配しております。

業務委託の方の健康管理は貴社とご本人の判断と理解しておりますが、
当番から外す等の調整について、貴社のご意向をお聞かせください。

{sig("kurosu")}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="氏名の分かる常駐フリーランスの健康診断結果（要配慮個人情報）をエージェントへ",
)

# 082 — an injury report for compensation: a privacy officer could judge either way
_p = people(1)[0]
add(
    id="itaku-082",
    sender=FROM["nagumo"],
    to=["東和保険サービス 事故受付 <jiko@towa-hoken-svc.co.jp>"],
    subject="委託ドライバーの荷役中事故のご報告",
    charset="iso-2022-jp",
    body=f"""東和保険サービス
事故受付ご担当者様

日の出産業 配送管理課の南雲です。
団体傷害保険の対象となる委託ドライバーの事故についてご報告します。

　被保険者：{_p.name}（証券番号 TW-GA-2025-00318 の被保険者）
　発生日時：12月3日 9:40頃
　場所　　：八潮物流センター 2番ホーム
　状況　　：荷下ろし中にカゴ台車と接触し転倒、右手首を負傷
　受診　　：同日 近隣の整形外科を受診、全治約4週間の見込み

請求に必要な書類をご案内ください。

{sig("nagumo")}
""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="保険請求のための負傷報告（けがと受診）。診療情報として要配慮とも、通常の事故報告とも言える",
)

# 083 — a freelancer having been a crime victim, told to the client
_p = people(1)[0]
add(
    id="itaku-083",
    sender=FROM["hasebe"],
    to=["川崎電機 情報セキュリティ室 <security@kawasaki-denki.co.jp>"],
    subject="【ご報告】貸与PCの盗難について",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
情報セキュリティ室 ご担当者様

日の出産業の長谷部でございます。
貴社案件に従事している弊社委託先の{_p.name}氏が、12月9日夜、帰宅途中に
ひったくりの被害に遭い、貴社からの貸与PC（資産番号 KD-NB-4471）を含む鞄を奪われました。
本人は軽傷で、同日中に川口警察署へ被害届を提出しております（受理番号は確認中）。

PCはBitLockerで暗号化されており、VPN証明書は本日失効手続き済みです。
詳細な経緯書は明日中に提出いたします。誠に申し訳ございません。

{sig("hasebe")}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の委託先が犯罪被害に遭った事実（要配慮個人情報）を顧客へ",
)

# 084 — the same kind of incident report without a crime or a person
add(
    id="itaku-084",
    sender=FROM["hasebe"],
    to=["川崎電機 情報セキュリティ室 <security@kawasaki-denki.co.jp>"],
    subject="貸与PC 故障による交換のお願い",
    charset="utf-8",
    body=f"""川崎電機株式会社
情報セキュリティ室 ご担当者様

日の出産業の長谷部です。
弊社の委託作業者に貸与いただいているPC（資産番号 KD-NB-4502）が起動しなくなりました。
SSD故障の可能性が高いため、交換機の手配をお願いできますでしょうか。
故障機は明日、川崎事業所の情報システム窓口へ返却いたします。

{sig("hasebe")}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="PC故障の連絡。資産番号だけで個人データなし",
)

# 085 — three payees' My Numbers, comma-separated, to the tax firm
_ps = people(3)
_lines = "\n".join(f"{p.code},{p.name},{next_mn()}" for p in _ps)
add(
    id="itaku-085",
    sender=FROM["saeki"],
    to=[KANADE],
    subject="個人番号 未記載3件の補完",
    charset="utf-8",
    body=f"""二階堂様

佐伯です。ドラフトで個人番号が空欄だった3件、回収できましたので送ります。

{_lines}

これで全件そろいました。よろしくお願いいたします。

{sig("saeki")}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="3名分だが個人番号を含む（件数によらず止めるべき）",
)

# 086 — the tax firm about deadlines: mentions 個人番号 handling, no numbers
add(
    id="itaku-086",
    sender=FROM["saeki"],
    to=[KANADE],
    cc=["小野寺 健 <k-onodera@hinode-sangyo.co.jp>"],
    subject="法定調書の提出スケジュール確認",
    charset="iso-2022-jp",
    body=f"""二階堂様

いつもお世話になっております。日の出産業の佐伯です。
今期の法定調書の進め方について、以下で認識が合っているかご確認ください。

1. 支払調書（報酬・料金）：1月20日 ドラフト確認 → 1月28日 e-Tax提出
2. 個人番号：当社の番号管理システムから貴法人の専用アップロード領域へ登録（メール送付はしない）
3. 法定調書合計表：件数・金額は1月23日に確定
4. 支払調書の写しを受取人へ送付：1月16日（印刷会社経由）

提出枚数が100枚以上となるため、今年も光ディスク等ではなくe-Taxでの提出となります。

{sig("saeki")}
{DISC_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="スケジュール確認。個人番号の扱いに触れるだけで番号はない",
)

# 087 — look-alike of the carrier partner (dropped "co.") with two drivers' mobiles
_ps = people(2)
add(
    id="itaku-087",
    sender=FROM["nagumo"],
    to=["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
    subject="12/12 追加便の担当ドライバー",
    charset="iso-2022-jp",
    body=f"""青葉運輸 配車センター御中

南雲です。12日の追加便は弊社委託の以下2名が担当します。
到着が遅れる場合は直接ご連絡ください。

　1便（8:00）：{_ps[0].name}　{zen(_ps[0].phone)}
　2便（13:00）：{_ps[1].name}　{zen(_ps[1].phone)}

南雲
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="宛先 aoba-unyu.jp はパートナー aoba-unyu.co.jp の類似（co. 抜け）",
)

# 088 — the carrier at its real domain, one driver's work contact
add(
    id="itaku-088",
    sender=FROM["nagumo"],
    to=["青葉運輸 配車センター 谷口様 <haisha@aoba-unyu.co.jp>"],
    subject="Re: 明日のチャーター便",
    charset="iso-2022-jp",
    body=f"""谷口様

南雲です。明日のチャーター便、承知しました。
当方の積込責任者は配送管理課の田辺（048-990-3175）です。
8:30までに2番ホームへ着車をお願いします。

南雲

> 南雲様
> 明日のチャーター便（4t・1台）手配完了しました。
> 青葉運輸 谷口
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="パートナーとの通常の配車連絡。社員1名の業務連絡先だけ",
)

# 089 — look-alike of the client (.com instead of .co.jp) with two resident engineers
_ps = people(2)
add(
    id="itaku-089",
    sender=FROM["hasebe"],
    to=["村井様 <murai@kawasaki-denki.com>"],
    subject="常駐メンバー変更のご連絡",
    charset="utf-8",
    body=f"""村井様

お世話になっております。日の出産業の長谷部です。
2月から常駐メンバーを1名入れ替えます。

　退任：{_ps[0].name}（1月末まで）
　着任：{_ps[1].name}（2月2日から） 連絡先 {_ps[1].email}

入館証の切替をお願いいたします。

{sig("hasebe")}
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="宛先 kawasaki-denki.com はパートナー kawasaki-denki.co.jp の類似（TLD違い）",
)

# 090 — the client at its real domain: thanks for renewal
add(
    id="itaku-090",
    sender=FROM["hasebe"],
    to=["川崎電機 情報システム部 村井様 <murai@kawasaki-denki.co.jp>"],
    subject="保守契約更新の御礼",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
情報システム部 村井様

いつも大変お世話になっております。日の出産業の長谷部です。
このたびは2026年度の保守契約をご更新いただき、誠にありがとうございます。
契約書（2部）に押印のうえ、本日発送いたしました。1部をご返送ください。

なお、契約書第14条に基づく再委託先の届出は、先日お送りした内容から変更ございません。
引き続きよろしくお願い申し上げます。

{sig("hasebe")}
{DISC_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="契約更新の御礼。免責文つきの通常メール",
)

# 091 — survey list with IDs, e-mails and phones only (no names), to a research firm
_rows = [["id", "email", "tel", "職種", "取引年数"]]
for _i in range(9):
    _p = P()
    _rows.append([f"R{_i + 1:03d}", _p.email, _p.phone,
                  rng.choice(["デザイン", "撮影", "翻訳", "開発", "ライター", "配送"]), rng.randint(1, 12)])
add(
    id="itaku-091",
    sender=FROM["kurata"],
    to=["株式会社リサーチアイ 調査部 <survey@research-eye.co.jp>"],
    subject="取引満足度アンケート 配信リスト",
    charset="utf-8",
    body=f"""株式会社リサーチアイ
調査部 ご担当者様

日の出産業の倉田です。
協力者（個人事業主）向け取引満足度アンケートの配信リストを添付します。
まずは試行として9名分です。本番は約180名になります。

{sig("kurata")}
""",
    attachments=[{"kind": "csv", "name": "survey_list_pilot.csv", "encoding": "utf-8", "rows": _rows}],
    expect="stop",
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="氏名列のないCSVだが9名分の個人メール・携帯の名簿",
)

# 092 — the research firm: questionnaire design, no personal data
add(
    id="itaku-092",
    sender=FROM["kurata"],
    to=["株式会社リサーチアイ 調査部 <survey@research-eye.co.jp>"],
    subject="Re: アンケート設問案",
    charset="utf-8",
    body=f"""ご担当者様

倉田です。設問案ありがとうございました。修正点をお送りします。

Q3「支払サイトへの満足度」は、5段階ではなく4段階（中間なし）にしてください。
Q7「発注時の条件明示」は、選択肢に「口頭のみ」を追加してください。
Q12 自由記述は任意回答に変更をお願いします。

回答者の特定につながる項目（氏名・屋号）は設けない方針です。

倉田

> 設問案（v2）を添付いたします。ご確認ください。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="アンケート設問の修正指示。個人データなし",
)

# 093 — rate revision notice, HTML + text, with six freelancers visible in To
add(
    id="itaku-093",
    sender=FROM["chujo"],
    to=["鬼塚 悠人 <onizuka.yuto@gmail.com>", "杉浦 麻衣 <mai.sugiura.illust@gmail.com>",
        "tsuge-photo@gmail.com", "綿貫 伸也 <watanuki-s@yahoo.co.jp>",
        "hinata.kaori@icloud.com", "古賀 陸 <koga.riku.design@outlook.jp>"],
    subject="【制作部】4月以降の委託単価改定のお知らせ",
    charset="utf-8",
    body="""パートナーデザイナー・フォトグラファーの皆さま

いつもありがとうございます。日の出産業 制作部の中條です。
4月発注分から、委託単価を下記のとおり改定いたします（平均 +6%）。

・バナー制作　　1点 18,000円 → 19,000円
・商品撮影　　　1カット 3,000円 → 3,200円
・カタログ組版　1P 12,000円 → 12,800円

ご不明点は個別にご連絡ください。
""",
    html="""<html><body><p>パートナーデザイナー・フォトグラファーの皆さま</p>
<p>いつもありがとうございます。日の出産業 制作部の中條です。<br>
4月発注分から、委託単価を下記のとおり改定いたします（平均 +6%）。</p>
<ul><li>バナー制作　1点 18,000円 → 19,000円</li><li>商品撮影　1カット 3,000円 → 3,200円</li>
<li>カタログ組版　1P 12,000円 → 12,800円</li></ul>
<p>ご不明点は個別にご連絡ください。</p></body></html>""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="個人の委託先6名のアドレスがToで互いに見える",
)

# 094 — one freelancer's new rate, internal Cc
add(
    id="itaku-094",
    sender=FROM["chujo"],
    to=["丹羽 誠 <niwa.makoto.88@gmail.com>"],
    cc=["倉田 俊介 <kurata.shunsuke@hinode-sangyo.co.jp>"],
    subject="来期のご契約条件について",
    charset="iso-2022-jp",
    body=f"""丹羽さん

いつもありがとうございます。中條です。
来期（4月〜）のご契約条件について、社内で承認が取れましたのでお知らせします。

　月額固定：420,000円（税抜）→ 450,000円（税抜）
　稼働目安：月100時間（超過分は別途精算）
　契約期間：1年（自動更新なし）

契約書は購買部の倉田から電子契約でお送りします。

中條
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="フリーランス1名への契約条件の連絡（社内Cc）",
)

# 095 — one freelancer's driving licence and birth date to a rental car company
_p = people(1)[0]
add(
    id="itaku-095",
    sender=FROM["nagumo"],
    to=["ひかりレンタカー 法人デスク <hojin@hikari-rentacar.co.jp>"],
    subject="法人契約でのレンタル予約（運転者登録）",
    charset="cp932",
    body=f"""ひかりレンタカー 法人デスク御中

法人契約番号 HR-0082113 の日の出産業です。
下記のとおりハイエース1台の予約と、運転者の追加登録をお願いします。

貸出：12月20日 8:00 八潮店　返却：12月21日 18:00 八潮店
運転者：{_p.name}（弊社委託ドライバー）
　生年月日　{seireki(_p.dob, 'kanji')}
　免許証番号　第{rng.randint(1, 9)}{rng.randrange(10**9, 10**10)}{rng.randint(0, 9)}号
　免許の色　ゴールド

{sig("nagumo")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="1名分だが運転免許証番号を含む",
)

# 096 — screening results with an arrest record, internal only
_ps = people(4)
add(
    id="itaku-096",
    sender=FROM["miyasaka"],
    to=["倉田 俊介 <kurata.shunsuke@hinode-sangyo.co.jp>"],
    cc=["法務課 <homu@hinode-sangyo.co.jp>"],
    subject="新規委託先 反社チェック結果（4件）",
    charset="iso-2022-jp",
    body=f"""倉田さん

法務課の宮坂です。ご依頼の4件の反社チェック結果です。

1. {_ps[0].name}　該当なし
2. {_ps[1].name}　該当なし
3. {_ps[2].name}　2019年 傷害容疑で逮捕（不起訴）の報道あり。反社との関係は確認されず。顧問弁護士に相談中
4. {_ps[3].name}　該当なし

3番の方は、弁護士の見解が出るまで契約締結を保留してください。
この結果は社外に出さないようお願いします。

宮坂
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="逮捕歴を含むが宛先はすべて社内",
)

# 097 — new text above the quote adds a five-person list
_ps = people(5)
_tbl = "\n".join(f"{pad(p.name, 16)}{pad(p.pref_city, 24)}{wareki(p.dob, 'short')}" for p in _ps)
add(
    id="itaku-097",
    sender=FROM["todo"],
    to=["ゆいまーる社労士事務所 喜屋武様 <kyan@yuimaru-sr.jp>"],
    subject="Re: 労働者性の判断について",
    charset="iso-2022-jp",
    body=f"""喜屋武先生

ご回答ありがとうございます。藤堂です。
ご指摘の「週30時間以上・当社の指示で稼働」に該当しそうな委託者を洗い出しました。
以下の5名について、社会保険の適用可否をご判断いただけますか。

氏名            居住地                  生年月日
--------------------------------------------------------------
{_tbl}

各人の契約書・稼働実績は別途お送りします。

藤堂

-----Original Message-----
From: 喜屋武 <kyan@yuimaru-sr.jp>
Sent: Monday, December 8, 2025 4:02 PM
Subject: 労働者性の判断について

藤堂様
業務委託の方でも、実態として指揮命令下で週30時間以上働いている場合は、
労働者と判断される可能性があります。該当しそうな方がいれば個別に検討いたします。
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="返信の新しい本文に5名の氏名・居住地・生年月日（引用部分ではない）",
)

# 098 — terms-of-trade notice to the agency (order number, due date): ordinary
add(
    id="itaku-098",
    sender=FROM["kurata"],
    to=["株式会社ワークスパイス 営業部 <sales@workspice.co.jp>"],
    subject="発注内容の明示（注文番号 HS-PO-26-0042）",
    charset="iso-2022-jp",
    body=f"""株式会社ワークスパイス 営業部 御中

日の出産業 購買部の倉田です。
特定受託事業者に係る取引の適正化等に関する法律 第3条に基づき、
発注内容を以下のとおり明示いたします。

　注文番号　　：HS-PO-26-0042
　給付の内容　：物流倉庫WMSの帳票改修（帳票12種）
　報酬の額　　：1,430,000円（税込）
　給付受領期日：2026年3月13日
　給付受領場所：当社情報システム部（電子納品）
　検査完了期日：2026年3月24日
　支払期日　　：2026年4月30日
　支払方法　　：銀行振込（振込手数料は当社負担）

{sig("kurata")}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="取引条件の明示。注文番号と金額・期日だけ",
)

# 099 — a freelancer is sent the contact list of six other freelancers
_ps = people(6)
_csv_lines = "\n".join(f"{p.name},{p.phone},{p.email},{p.pref_city}" for p in _ps)
add(
    id="itaku-099",
    sender=FROM["chujo"],
    to=["宇佐美さん <usami.shiho.works@yahoo.co.jp>"],
    subject="撮影チームの連絡先",
    charset="utf-8",
    body=f"""宇佐美さん

中條です。来月の撮影ロケ、ディレクションをお願いしてありがとうございます。
チームのメンバーの連絡先を送りますので、直接やり取りしてください。

氏名,電話,メール,在住
{_csv_lines}

前日の集合時間は追って連絡します。

中條
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="フリーランス（yahoo.co.jp）に他の委託先6名の連絡先（カンマ区切り）",
)

# 100 — English reply: the contractor's bank details appear only in the quote
add(
    id="itaku-100",
    sender=FROM["en_saeki"],
    to=["Lena Hartmann <lena.hartmann@lingua-werk.de>"],
    subject="Re: Updated bank details",
    charset="utf-8",
    body=f"""Dear Lena,

Thank you. We have updated our records, and the payment for invoice LW-2025-044
(EUR 3,850.00) was sent today to the new account. It should arrive within 2-3 business days.

Kind regards,
Miho Saeki
Accounting Dept., Hinode Sangyo Co., Ltd.

On Tue, Jan 13, 2026 at 9:12 AM Lena Hartmann <lena.hartmann@lingua-werk.de> wrote:
> Dear Ms. Saeki,
>
> please note that my bank has changed. The new details are:
> Account holder: Lena Hartmann
> IBAN: DE{rng.randrange(10, 99)} 2005 0550 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(10, 99)}
> BIC: HASPDEHHXXX
>
> Best regards, Lena
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="相手自身の口座情報は \"wrote:\" 以下の引用部分だけ。新しい本文は支払済みの連絡",
)
