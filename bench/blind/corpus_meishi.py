"""Blind evaluation corpus — area: meishi (名刺・社員名簿・連絡先).

Business cards and staff directories at 日の出産業: 名刺の発注を印刷会社へ, 社員の連絡先一覧,
組織図, 緊急連絡網, 社用携帯の貸与台帳, 取引先への担当者変更のお知らせ, 名刺管理サービスの導入.
The area's hard line is the one between staff *business* contacts (a single person's direct
line on a card, a department switchboard, a branch list) and lists of people or private
data (私用携帯, 自宅住所, 生年月日, 健康状態, 本人確認書類).

Everything here is invented: every person, company (apart from the fictional organisations
named in the brief), address, phone number, My Number, card number and document number.
It was written blind, from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md
only, without reading mailguard's code, rules, tests or any other corpus file.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 31401
_rng = random.Random(SEED)

# -- numbers from the helpers ---------------------------------------------------------------
_MN_K = [0]
_CC_K = [0]


def _mynum() -> str:
    v = my_number(SEED + _MN_K[0])
    _MN_K[0] += 1
    return v


def _card() -> str:
    v = card_number(SEED + _CC_K[0])
    _CC_K[0] += 1
    return v


def _corp_no(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    s = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(base12)))
    return str(9 - s % 9) + base12


def _mn_valid(d12: str) -> bool:
    body = [int(c) for c in d12[:11]]
    total = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        total += body[11 - n] * q
    r = total % 11
    return int(d12[11]) == (0 if r <= 1 else 11 - r)


_ZEN = str.maketrans("0123456789-.()/:SHR@", "０１２３４５６７８９－．（）／：ＳＨＲ＠")


def zen(s: object) -> str:
    return str(s).translate(_ZEN)


def _dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def table(rows: list[list[str]], sep: str = "  ", rule: str | None = "-", indent: str = "") -> str:
    """Columns padded by display width, a rule under the header (as pasted from Excel by hand)."""
    widths = [max(_dw(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            cells.append(c + " " * (widths[i] - _dw(c)))
        out.append((indent + sep.join(cells)).rstrip())
        if j == 0 and rule:
            out.append(indent + rule * (sum(widths) + len(sep) * (len(widths) - 1)))
    return "\n".join(out)


def tsv(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def html_table(rows: list[list[str]], border: int = 1) -> str:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return (f'<table border="{border}" cellpadding="4" cellspacing="0" '
            f'style="border-collapse:collapse;font-size:10pt"><tr>{head}</tr>{body}</table>')


# -- invented people ------------------------------------------------------------------------
_SURNAMES = [
    ("四月一日", "わたぬき", "Watanuki"), ("勅使河原", "てしがわら", "Teshigawara"),
    ("小鳥遊", "たかなし", "Takanashi"), ("五十嵐", "いがらし", "Igarashi"),
    ("百目鬼", "どうめき", "Domeki"), ("薬師寺", "やくしじ", "Yakushiji"),
    ("鬼頭", "きとう", "Kito"), ("相楽", "さがら", "Sagara"), ("御子柴", "みこしば", "Mikoshiba"),
    ("蓮見", "はすみ", "Hasumi"), ("砂川", "すながわ", "Sunagawa"), ("仲宗根", "なかそね", "Nakasone"),
    ("比嘉", "ひが", "Higa"), ("榎本", "えのもと", "Enomoto"), ("乙部", "おとべ", "Otobe"),
    ("苫米地", "とまべち", "Tomabechi"), ("祖父江", "そぶえ", "Sobue"), ("一戸", "いちのへ", "Ichinohe"),
    ("八重樫", "やえがし", "Yaegashi"), ("猪狩", "いかり", "Ikari"), ("栗栖", "くりす", "Kurisu"),
    ("宍戸", "ししど", "Shishido"), ("長谷部", "はせべ", "Hasebe"), ("瀬戸口", "せとぐち", "Setoguchi"),
    ("大角", "おおすみ", "Osumi"), ("阿久津", "あくつ", "Akutsu"), ("神保", "じんぼ", "Jimbo"),
    ("鷲尾", "わしお", "Washio"), ("雨宮", "あめみや", "Amemiya"), ("柘植", "つげ", "Tsuge"),
    ("椎名", "しいな", "Shiina"), ("三枝", "さえぐさ", "Saegusa"), ("丹羽", "にわ", "Niwa"),
    ("桧山", "ひやま", "Hiyama"), ("若狭", "わかさ", "Wakasa"), ("甲斐", "かい", "Kai"),
    ("都築", "つづき", "Tsuzuki"), ("生駒", "いこま", "Ikoma"), ("日下部", "くさかべ", "Kusakabe"),
    ("鳥海", "とりうみ", "Toriumi"), ("芹沢", "せりざわ", "Serizawa"), ("堀之内", "ほりのうち", "Horinouchi"),
    ("漆原", "うるしばら", "Urushibara"), ("立花", "たちばな", "Tachibana"), ("樋渡", "ひわたし", "Hiwatashi"),
    ("沖田", "おきた", "Okita"), ("田淵", "たぶち", "Tabuchi"), ("伊集院", "いじゅういん", "Ijuin"),
    ("楠", "くすのき", "Kusunoki"), ("木暮", "こぐれ", "Kogure"), ("菅野", "かんの", "Kanno"),
    ("奥寺", "おくでら", "Okudera"), ("赤羽", "あかばね", "Akabane"), ("水無瀬", "みなせ", "Minase"),
    ("有働", "うどう", "Udo"), ("能登", "のと", "Noto"), ("佐々木", "ささき", "Sasaki"),
    ("田中", "たなか", "Tanaka"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("渡辺", "わたなべ", "Watanabe"), ("伊藤", "いとう", "Ito"), ("中村", "なかむら", "Nakamura"),
    ("小林", "こばやし", "Kobayashi"), ("加藤", "かとう", "Kato"), ("山本", "やまもと", "Yamamoto"),
    ("吉田", "よしだ", "Yoshida"), ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"),
    ("木村", "きむら", "Kimura"), ("林", "はやし", "Hayashi"), ("清水", "しみず", "Shimizu"),
    ("森", "もり", "Mori"), ("池田", "いけだ", "Ikeda"), ("橋本", "はしもと", "Hashimoto"),
    ("石川", "いしかわ", "Ishikawa"), ("前田", "まえだ", "Maeda"), ("藤田", "ふじた", "Fujita"),
    ("岡田", "おかだ", "Okada"), ("後藤", "ごとう", "Goto"), ("長谷川", "はせがわ", "Hasegawa"),
    ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"), ("坂本", "さかもと", "Sakamoto"),
    ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"), ("藤井", "ふじい", "Fujii"),
    ("西村", "にしむら", "Nishimura"), ("福田", "ふくだ", "Fukuda"), ("太田", "おおた", "Ota"),
    ("三浦", "みうら", "Miura"), ("藤原", "ふじわら", "Fujiwara"), ("岡本", "おかもと", "Okamoto"),
    ("松田", "まつだ", "Matsuda"), ("中川", "なかがわ", "Nakagawa"), ("原田", "はらだ", "Harada"),
    ("小野", "おの", "Ono"), ("竹内", "たけうち", "Takeuchi"), ("宮城", "みやぎ", "Miyagi"),
    ("真田", "さなだ", "Sanada"), ("須磨", "すま", "Suma"), ("上総", "かずさ", "Kazusa"),
    ("目黒", "めぐろ", "Meguro"), ("安達", "あだち", "Adachi"), ("神崎", "かんざき", "Kanzaki"),
    ("桐谷", "きりたに", "Kiritani"), ("嵯峨", "さが", "Saga"), ("大庭", "おおば", "Oba"),
    ("久慈", "くじ", "Kuji"), ("羽鳥", "はとり", "Hatori"), ("蒔田", "まきた", "Makita"),
]
_GIVEN = [
    ("陽菜", "ひな", "Hina"), ("蓮", "れん", "Ren"), ("結衣", "ゆい", "Yui"), ("大翔", "ひろと", "Hiroto"),
    ("美咲", "みさき", "Misaki"), ("翔太", "しょうた", "Shota"), ("彩花", "あやか", "Ayaka"),
    ("拓海", "たくみ", "Takumi"), ("真央", "まお", "Mao"), ("健太", "けんた", "Kenta"),
    ("千尋", "ちひろ", "Chihiro"), ("航", "わたる", "Wataru"), ("紗希", "さき", "Saki"),
    ("悠真", "ゆうま", "Yuma"), ("奈々", "なな", "Nana"), ("隼人", "はやと", "Hayato"),
    ("由佳", "ゆか", "Yuka"), ("大輔", "だいすけ", "Daisuke"), ("早苗", "さなえ", "Sanae"),
    ("和也", "かずや", "Kazuya"), ("舞", "まい", "Mai"), ("亮", "りょう", "Ryo"),
    ("香織", "かおり", "Kaori"), ("哲也", "てつや", "Tetsuya"), ("恵", "めぐみ", "Megumi"),
    ("智之", "ともゆき", "Tomoyuki"), ("沙織", "さおり", "Saori"), ("慎一", "しんいち", "Shinichi"),
    ("綾乃", "あやの", "Ayano"), ("浩平", "こうへい", "Kohei"), ("里美", "さとみ", "Satomi"),
    ("圭介", "けいすけ", "Keisuke"), ("瑞穂", "みずほ", "Mizuho"), ("直樹", "なおき", "Naoki"),
    ("明日香", "あすか", "Asuka"), ("雄一", "ゆういち", "Yuichi"), ("理沙", "りさ", "Risa"),
    ("修", "おさむ", "Osamu"), ("友梨", "ゆり", "Yuri"), ("誠司", "せいじ", "Seiji"),
    ("凛", "りん", "Rin"), ("湊", "みなと", "Minato"), ("杏奈", "あんな", "Anna"),
    ("颯", "はやて", "Hayate"), ("琴音", "ことね", "Kotone"), ("陸斗", "りくと", "Rikuto"),
]
_PLACES = [
    # (都道府県, 市区町村, 町名, 郵便番号, 市外局番)
    ("東京都", "練馬区", "関町北", "177-0051", "03"), ("東京都", "世田谷区", "砧", "157-0073", "03"),
    ("東京都", "江戸川区", "西葛西", "134-0088", "03"), ("東京都", "府中市", "白糸台", "183-0011", "042"),
    ("東京都", "八王子市", "めじろ台", "193-0931", "042"), ("神奈川県", "横浜市港北区", "日吉本町", "223-0062", "045"),
    ("神奈川県", "川崎市中原区", "木月", "211-0025", "044"), ("神奈川県", "相模原市南区", "相模大野", "252-0303", "042"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330-0061", "048"), ("埼玉県", "川口市", "芝新町", "333-0851", "048"),
    ("埼玉県", "所沢市", "小手指町", "359-1141", "04"), ("千葉県", "船橋市", "前原西", "274-0825", "047"),
    ("千葉県", "市川市", "行徳駅前", "272-0133", "047"), ("千葉県", "松戸市", "常盤平", "270-2261", "047"),
    ("茨城県", "つくば市", "竹園", "305-0032", "029"), ("東京都", "杉並区", "阿佐谷南", "166-0004", "03"),
    ("東京都", "大田区", "久が原", "146-0085", "03"), ("神奈川県", "藤沢市", "鵠沼海岸", "251-0037", "0466"),
    ("千葉県", "柏市", "豊四季", "277-0861", "04"), ("埼玉県", "越谷市", "南越谷", "343-0845", "048"),
    ("東京都", "板橋区", "成増", "175-0094", "03"), ("神奈川県", "横浜市青葉区", "美しが丘", "225-0002", "045"),
]
_BLDG = ["", "", "", "メゾン若葉 203", "コーポ桜井 1F", "グランシャリオ 505号室", "サンハイツ東 302",
         "パークサイド杜 710", "レジデンス朝凪 408", "ハイム小春 B101"]
_DEPTS = ["営業一部", "営業二部", "営業三部", "物流管理部", "経理部", "総務部", "人事部",
          "情報システム部", "経営企画室", "購買部", "品質保証部", "大阪営業所", "名古屋営業所"]
_TITLES = ["", "", "", "主任", "係長", "課長代理", "課長", "担当部長"]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "au.com"]

_pairs = [(s, g) for s in _SURNAMES for g in _GIVEN]
_rng.shuffle(_pairs)
_used_sur: set[str] = set()


def _mobile(prefixes: tuple[str, ...] = ("090", "080", "070")) -> str:
    return f"{_rng.choice(prefixes)}-{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}"


def _landline(code: str) -> str:
    if code == "03":
        return f"03-{_rng.randint(3000, 5999)}-{_rng.randint(1000, 9999)}"
    if code == "04":
        return f"04-{_rng.randint(2900, 2999)}-{_rng.randint(1000, 9999)}"
    if code == "0466":
        return f"0466-{_rng.randint(20, 36)}-{_rng.randint(1000, 9999)}"
    return f"{code}-{_rng.randint(300, 799)}-{_rng.randint(1000, 9999)}"


def person() -> dict[str, str]:
    """One invented person (distinct surnames as long as the pool lasts)."""
    while True:
        (sei, sk, sr), (mei, mk, mr) = _pairs.pop()
        if sei not in _used_sur or len(_used_sur) > 100:
            break
    _used_sur.add(sei)
    pref, city, town, zipc, code = _rng.choice(_PLACES)
    bldg = _rng.choice(_BLDG)
    addr = f"{pref}{city}{town}{_rng.randint(1, 5)}-{_rng.randint(1, 30)}-{_rng.randint(1, 20)}"
    y = _rng.randint(1962, 2003)
    m = _rng.randint(1, 12)
    d = _rng.randint(1, 28)
    fm = _rng.choice(_FREEMAIL)
    p = {
        "sei": sei, "mei": mei, "name": f"{sei} {mei}", "kana": f"{sk} {mk}",
        "sr": sr, "mr": mr, "romaji": f"{mr} {sr}", "ROMAJI": f"{sr.upper()} {mr}",
        "mobile": _mobile(), "cmobile": _mobile(("080", "070")),
        "direct": f"03-6225-{_rng.randint(4110, 4398)}", "ext": str(_rng.randint(2100, 2799)),
        "email": f"{mr[0].lower()}.{sr.lower()}@hinode-sangyo.co.jp",
        "pmail": f"{mr.lower()}.{sr.lower()[:4]}{_rng.randint(10, 99)}@{fm}",
        "zip": zipc, "addr": addr + (" " + bldg if bldg else ""), "pref": pref,
        "home": _landline(code), "y": str(y), "m": str(m), "d": str(d),
        "dob": f"{y}/{m:02d}/{d:02d}", "empno": f"{_rng.choice('ABHK')}{_rng.randint(10000, 29999)}",
        "dept": _rng.choice(_DEPTS), "title": _rng.choice(_TITLES),
    }
    return p


def people(n: int) -> list[dict[str, str]]:
    return [person() for _ in range(n)]


def wareki(p: dict[str, str], style: int = 0) -> str:
    y, m, d = int(p["y"]), int(p["m"]), int(p["d"])
    if (y, m, d) >= (1989, 1, 8):
        era, ab, ey = "平成", "H", y - 1988
    else:
        era, ab, ey = "昭和", "S", y - 1925
    if style == 0:
        return f"{era}{ey}年{m}月{d}日"
    if style == 1:
        return f"{ab}{ey}.{m}.{d}"
    if style == 2:
        return zen(f"{ab}{ey}.{m}.{d}")
    return f"{era}{zen(ey)}年{zen(m)}月{zen(d)}日"


# -- senders and signatures (the sender's own contacts: never labelled) --------------------
CO_ADDR = "〒103-0027 東京都中央区日本橋2-11-8 日の出産業ビル7F"

KUROKAWA = "黒川 朋美 <t.kurokawa@hinode-sangyo.co.jp>"
SIG_KUROKAWA = f"""
――――――――――――――――――――――
日の出産業株式会社　総務部 総務課
黒川 朋美（くろかわ ともみ）
{CO_ADDR}
TEL 03-6225-4102 ／ FAX 03-6225-4190
Mail t.kurokawa@hinode-sangyo.co.jp
――――――――――――――――――――――"""

USAMI = "宇佐美 健吾 <k.usami@hinode-sangyo.co.jp>"
SIG_USAMI = """
--
日の出産業株式会社
総務部 課長　宇佐美 健吾
〒103-0027 東京都中央区日本橋2-11-8
TEL:03-6225-4105（直通）　携帯:080-4471-2036
E-mail:k.usami@hinode-sangyo.co.jp"""

TSUKUMO = "九十九 玲奈 <r.tsukumo@hinode-sangyo.co.jp>"
SIG_TSUKUMO = """
*************************************
日の出産業株式会社 人事部 人事課
九十九 玲奈 (Rena Tsukumo)
TEL 03-6225-4131  FAX 03-6225-4191
r.tsukumo@hinode-sangyo.co.jp
*************************************"""

SHOJI = "東海林 誠 <m.shoji@hinode-sangyo.co.jp>"
SIG_SHOJI = """
------------------------------------------------------------
日の出産業株式会社 情報システム部 インフラ課
東海林 誠 / Makoto Shoji
〒103-0027 東京都中央区日本橋2-11-8 日の出産業ビル6F
Tel: 03-6225-4160 (内線 2601)
------------------------------------------------------------"""

CHIHAYA = "千早 俊介 <s.chihaya@hinode-sangyo.co.jp>"
SIG_CHIHAYA = """
┏━━━━━━━━━━━━━━━━━━━━━━┓
　日の出産業株式会社　営業一部
　千早 俊介　Shunsuke Chihaya
　〒103-0027 東京都中央区日本橋2-11-8
　TEL 03-6225-4211　携帯 080-3390-5127
　s.chihaya@hinode-sangyo.co.jp
┗━━━━━━━━━━━━━━━━━━━━━━┛"""

NIKAIDO = "二階堂 美紀 <m.nikaido@hinode-sangyo.co.jp>"
SIG_NIKAIDO = """
===============================
日の出産業株式会社
営業二部 第一課 課長
二階堂 美紀
TEL 03-6225-4230 / 携帯 090-2214-7763
m.nikaido@hinode-sangyo.co.jp
==============================="""

MAKABE = "真壁 浩二 <k.makabe@hinode-sangyo.co.jp>"
SIG_MAKABE = """
―――――――――――――
日の出産業株式会社 経理部
真壁 浩二
TEL 03-6225-4150
k.makabe@hinode-sangyo.co.jp
―――――――――――――"""

ICHINOSE = "一ノ瀬 敦 <a.ichinose@hinode-sangyo.co.jp>"
SIG_ICHINOSE = """
--------------------------------
日の出産業株式会社 経営企画室
室長代理　一ノ瀬 敦
TEL 03-6225-4120
a.ichinose@hinode-sangyo.co.jp
--------------------------------"""

YAHAGI = "矢萩 亜希子 <a.yahagi@hinode-sangyo.co.jp>"
SIG_YAHAGI = f"""
■□■□■□■□■□■□■□■□■□■□
日の出産業株式会社 総務部 総務課
矢萩 亜希子（やはぎ あきこ）
{CO_ADDR}
TEL：03-6225-4103　FAX：03-6225-4190
MAIL：a.yahagi@hinode-sangyo.co.jp
■□■□■□■□■□■□■□■□■□■□"""

SHINOMIYA = "Takuma Shinomiya <t.shinomiya@hinode-sangyo.co.jp>"
SIG_SHINOMIYA = """
Best regards,

Takuma Shinomiya
Overseas Sales Dept. III | Hinode Sangyo Co., Ltd.
2-11-8 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-6225-4250 | t.shinomiya@hinode-sangyo.co.jp"""

JONOUCHI = "城之内 葵 <a.jonouchi@hinode-sangyo.co.jp>"
SIG_JONOUCHI = """
-- 
日の出産業（株） 情報システム部 業務システム課
城之内 葵
内線 2614 ／ 外線 03-6225-4164
a.jonouchi@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを破棄してください。
無断での転載・複製・転送を禁じます。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail. Any
unauthorised use, disclosure or copying is prohibited."""

# partner and outside contacts (business contacts: not labelled)
NISHIKI = "錦印刷株式会社 松任谷様 <matsutoya@nishiki-insatsu.co.jp>"
NISHIKI2 = "小野寺 様 <onodera@nishiki-insatsu.co.jp>"
MEISHIBOX = "羽生田 様 <hanyuda@meishibox.jp>"
HOKUTO = "北斗モバイル 片桐様 <katagiri@hokuto-mobile.co.jp>"

MESSAGES: list[dict] = []


def add(expect: str, entities: list[str], detectors: list[str], note: str, **kw: object) -> None:
    n = len(MESSAGES) + 1
    MESSAGES.append({"id": f"meishi-{n:03d}", **kw, "expect": expect, "entities": entities,
                     "detectors": detectors, "note": note})


# =========================================================================================
# 名刺の発注（印刷会社へ）
# =========================================================================================

_p = people(8)
_rows = [["氏名", "ふりがな", "所属", "役職", "直通TEL", "携帯", "E-mail"]]
for _x in _p:
    _rows.append([_x["name"], _x["kana"], _x["dept"], _x["title"] or "－", _x["direct"],
                  _x["cmobile"], _x["email"]])
_rows = [[c.replace("－", "-") for c in r] for r in _rows]
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "8 new hires' card data (name, direct line, mobile, e-mail) pasted as a padded table to the printer: a list of people",
    sender=KUROKAWA, to=[NISHIKI], cc=[YAHAGI], charset="iso-2022-jp",
    subject="新入社員 名刺作成のお願い（8名分）",
    body=f"""錦印刷株式会社
営業部 松任谷様

いつも大変お世話になっております。
日の出産業 総務部の黒川でございます。

4月1日付入社の新入社員8名分の名刺作成をお願いいたします。
デザインは昨年度と同じ「標準様式B（両面・裏面英字）」、各100枚でお願いします。

{table(_rows)}

※携帯は会社貸与の番号です。
※役職「-」の者は役職欄を空けてください。

納品は3月27日（金）までに本社7F総務部宛でお願いできますと幸いです。
校正はPDFで私宛にお送りください。

よろしくお願いいたします。
{SIG_KUROKAWA}""")

_q = person()
add("pass", [], [],
    "reply approving a proof; the one person's card data is only in the quoted text the printer sent",
    sender=YAHAGI, to=[NISHIKI2], charset="cp932",
    subject=f"Re: 【校正】名刺 {_q['sei']}様分のご確認",
    body=f"""小野寺様

お世話になっております。日の出産業の矢萩です。
校正ありがとうございました。

内容確認いたしました。所属の表記も含め問題ございませんので、
このまま100枚で印刷を進めてください。

以上、よろしくお願いいたします。
{SIG_YAHAGI}

> 日の出産業株式会社
> 矢萩様
>
> いつもお世話になっております。錦印刷の小野寺です。
> ご依頼の名刺の校正をお送りします。下記の文字情報でお間違いないかご確認ください。
>
>   {_q['dept']}
>   {_q['name']}（{_q['romaji']}）
>   TEL {_q['direct']}  携帯 {_q['cmobile']}
>   {_q['email']}
>
> ご確認のほど、よろしくお願いいたします。
> 錦印刷株式会社 制作部 小野寺
""")

_p = people(12)
_sheet = [["名刺作成依頼書（2026年4月 異動・昇格分）"], [], ["依頼日", "2026/03/18", "依頼部署", "総務部"], [],
          ["No", "社員番号", "氏名", "氏名（ローマ字）", "所属", "役職", "直通", "携帯", "メール", "枚数"]]
for _i, _x in enumerate(_p, 1):
    _sheet.append([_i, _x["empno"], _x["name"], _x["ROMAJI"], _x["dept"], _x["title"], _x["direct"],
                   _x["cmobile"], _x["email"], _rng.choice([100, 100, 200])])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "order form XLSX (title row, 3 sheets) with 12 employees' names, direct lines, mobiles and e-mails to the printer",
    sender=YAHAGI, to=[NISHIKI2], cc=[KUROKAWA], charset="utf-8",
    subject="名刺作成依頼書の送付（4月異動分）",
    body=f"""錦印刷株式会社
制作部 小野寺様

お世話になっております。日の出産業 総務部の矢萩でございます。

4月1日付の異動・昇格に伴う名刺の作成依頼書をお送りします。
「依頼一覧」シートに12名分を記入しております。記入例シートは前回いただいたものです。

お手数ですが、校正を3月24日（火）までにいただけますでしょうか。

何卒よろしくお願いいたします。
{SIG_YAHAGI}""",
    attachments=[{"kind": "xlsx", "name": "名刺作成依頼書_202604.xlsx", "title": "名刺作成依頼書",
                  "sheets": {"依頼一覧": _sheet,
                             "記入例": [["項目", "記入例"], ["氏名", "日の出 太郎"], ["氏名（ローマ字）", "HINODE Taro"],
                                      ["所属", "営業一部"], ["直通", "03-6225-XXXX"]],
                             "部数集計": [["部署", "人数", "枚数"], ["営業一部", 3, 300], ["物流管理部", 2, 200],
                                      ["その他", 7, 900]]}}])

add("pass", [], [],
    "order of department cards by quantity only: department names, the switchboard and department FAX numbers — no people",
    sender=USAMI, to=["はなまる印刷 ご担当者様 <order@hanamaru-print.co.jp>"], charset="iso-2022-jp",
    subject="部署共通名刺の見積・発注について",
    body=f"""株式会社はなまる印刷
ご担当者様

はじめてご連絡いたします。日の出産業株式会社 総務部の宇佐美と申します。
展示会・受付用の「部署共通名刺」（個人名なし）の作成をお願いしたく、ご連絡しました。

  部署名            代表TEL          FAX             枚数
  ---------------------------------------------------------
  営業本部          03-6225-4100     03-6225-4199    500
  物流管理部        03-6225-4300     03-6225-4399    300
  品質保証部        03-6225-4320     03-6225-4398    200
  大阪営業所        06-6312-8800     06-6312-8801    300

片面カラー・マット紙を想定しております。
単価と納期の目安をお知らせいただけますと幸いです。
{SIG_USAMI}""")

_p = people(5)
_lines = "\n".join(f"  {i}. {x['name']}（{x['ROMAJI']}）　{x['dept']} {x['title'] or ''}".rstrip()
                   for i, x in enumerate(_p, 1))
add("either", ["PERSON_NAME"], [],
    "5 staff names with romaji and titles for event cards, but the contact lines are the shared booth number and address: a list of people or just card text?",
    sender=YAHAGI, to=[NISHIKI], charset="iso-2022-jp",
    subject="展示会応援者の名刺（5名）",
    body=f"""松任谷様

お世話になっております。日の出産業の矢萩です。
5月の「物流テック展」に応援で入る社員の名刺を急ぎでお願いできますでしょうか。

{_lines}

連絡先は全員共通で、
  TEL：03-6225-4100（代表）
  Mail：expo2026@hinode-sangyo.co.jp
としてください（個人の番号は載せません）。各50枚です。

よろしくお願いいたします。
{SIG_YAHAGI}""")

# =========================================================================================
# 緊急連絡網
# =========================================================================================

_p = people(8)
_to = [f"{x['name']} <{x['pmail']}>" for x in _p[1:7]]
_chain = []
for _i, _x in enumerate(_p, 1):
    _chain.append(f"{_i}. {_x['name']}\n   携帯 {_x['mobile']}　自宅 {_x['home']}")
_chain_txt = "\n     ↓\n".join(_chain)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data", "freemail_recipient", "external_recipients_visible", "multiple_external_domains"],
    "emergency call chain with 8 people's private mobiles and home phones, sent to six private free-mail addresses all visible in To",
    sender=NIKAIDO, to=_to, charset="iso-2022-jp",
    subject="【営業二部】台風・地震時の連絡網（自宅保存用）",
    body=f"""皆さん

お疲れさまです。二階堂です。
会社のメールが見られない時のために、連絡網を個人アドレスにもお送りします。
各自スマホ等に保存しておいてください。

震度5弱以上の地震、または台風で交通機関が止まった場合は、
上から順に電話で安否と出社可否を回してください。
最後の人は私（二階堂）まで折り返しをお願いします。

{_chain_txt}

不通の場合は次の人へ飛ばしてOKです。
{SIG_NIKAIDO}""")

_p = people(14)
_sheet = [["総務部 緊急連絡先一覧（2026年4月1日現在）"], ["氏名", "私用携帯", "自宅電話", "〒", "自宅住所", "家族連絡先（続柄）"]]
for _x in _p:
    _sheet.append([_x["name"], _x["mobile"], _x["home"], _x["zip"], _x["addr"],
                   f"{_mobile()}（{_rng.choice(['妻', '夫', '母', '父', '姉'])}）"])
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], [],
    "full private emergency list (home addresses, private mobiles, family) but every recipient is internal",
    sender=USAMI, to=["総務部全員 <soumu-all@hinode-sangyo.co.jp>"], cc=["k.oba@hinode-sangyo.co.jp"],
    charset="iso-2022-jp", subject="緊急連絡先一覧の更新（4月）",
    body=f"""総務部各位

お疲れさまです。宇佐美です。
4月の異動を反映した緊急連絡先一覧を添付します。
個人情報ですので、社外への転送・私物PCへの保存はしないでください。
修正があれば今週中に私まで連絡ください。
{SIG_USAMI}""",
    attachments=[{"kind": "xlsx", "name": "緊急連絡先_総務部_202604.xlsx", "sheets": {"総務部": _sheet}}])

# =========================================================================================
# 社用携帯の貸与台帳
# =========================================================================================

_p = people(16)
_models = ["iPhone SE (第3世代)", "iPhone 13", "AQUOS sense8", "Galaxy A54", "iPhone 15"]
_sheet = [["社用携帯電話 貸与台帳（2026年3月末現在）"], [],
          ["管理No", "社員番号", "氏名", "所属", "電話番号", "機種", "IMEI", "貸与日"]]
for _i, _x in enumerate(_p, 1):
    _sheet.append([f"HM-{_i:03d}", _x["empno"], _x["name"], _x["dept"], _x["cmobile"],
                   _rng.choice(_models), "35" + "".join(str(_rng.randrange(10)) for _ in range(13)),
                   f"20{_rng.randint(21, 25)}/{_rng.randint(1, 12):02d}/01"])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "company phone loan ledger: 16 employees with name, employee no. and assigned mobile number sent to the carrier's agent",
    sender=SHOJI, to=[HOKUTO], charset="utf-8",
    subject="機種変更対象の確認用 貸与台帳の送付",
    body=f"""株式会社北斗モバイルソリューションズ
片桐様

いつもお世話になっております。日の出産業の東海林です。

先日お打ち合わせした機種変更の件、対象端末の確認用に
弊社の貸与台帳（抜粋）を添付いたします。
2021〜2022年貸与分が今回の入替対象です。

ご確認のうえ、お見積りをいただけますと助かります。
{SIG_SHOJI}""",
    attachments=[{"kind": "xlsx", "name": "貸与台帳_抜粋.xlsx", "sheets": {"台帳": _sheet}}])

_p = people(10)
_rows = [["社員番号", "部署コード", "端末電話番号", "会社メール", "貸与日"]]
for _x in _p:
    _rows.append([_x["empno"], f"D{_rng.randint(100, 480)}", _x["cmobile"], _x["email"],
                  f"2025/{_rng.randint(4, 12)}/{_rng.randint(1, 28)}"])
add("stop", ["PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "CSV for MDM enrolment without a name column: 10 rows of employee no., mobile number and personal work e-mail sent to the SI partner",
    sender=JONOUCHI, to=["有馬 様 <y.arima@tsubasa-system.jp>"], charset="cp932",
    subject="MDM登録用データ（第2陣 10台）",
    body=f"""ツバサシステム
有馬様

お世話になっております。日の出産業 情シスの城之内です。

MDM一括登録用のCSVをお送りします（第2陣、10台分）。
フォーマットは前回と同じで、氏名列は不要とのことでしたので外しています。

登録完了後、端末ごとの登録結果をご連絡いただけますでしょうか。
{SIG_JONOUCHI}""",
    attachments=[{"kind": "csv", "name": "mdm_enroll_02.csv", "encoding": "cp932", "rows": _rows}])

add("pass", [], [],
    "quote request for replacement phones by model and count only",
    sender=SHOJI, to=[HOKUTO], charset="iso-2022-jp",
    subject="社用携帯 入替の見積依頼",
    body=f"""片桐様

お世話になっております。東海林です。
先日の件、台数が確定しましたので見積をお願いします。

・iPhone 16e 128GB　　　24台（新規貸与用 4台含む）
・AQUOS wish4　　　　　　8台（倉庫・物流管理部用）
・旧端末の下取り・データ消去証明　32台分

納期は6月中旬までを希望します。
料金プランは現行の法人かけ放題プランのままで結構です。
{SIG_SHOJI}""")

# =========================================================================================
# 取引先への担当者変更のお知らせ
# =========================================================================================

_s = person()
_clients = ["丸越商事 営業部 鴻池様 <konoike@marukoshi-shoji.co.jp>",
            "山吹化成 購買課 須藤様 <m.sudo@yamabuki-kasei.co.jp>",
            "大鷹工業 資材部 仁科様 <nishina@otaka-kogyo.co.jp>",
            "みなと物産 久米様 <kume.t@minato-bussan.co.jp>",
            "白鷺建設 調達グループ 宇野様 <uno@shirasagi-kensetsu.co.jp>",
            "常盤製作所 購買部 吉岡様 <yoshioka@tokiwa-ss.co.jp>"]
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["external_recipients_visible", "multiple_external_domains"],
    "change-of-representative notice sent to six client companies all in To: each sees the others (should be Bcc)",
    sender=CHIHAYA, to=_clients, charset="iso-2022-jp",
    subject="営業担当者変更のお知らせ",
    body=f"""お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 営業一部の千早でございます。

このたび弊社4月1日付の人事異動により、貴社の営業担当を下記の者に交代させていただくことになりました。

　後任：営業一部　{_s['name']}（{_s['kana']}）
　　　　直通 {_s['direct']}／携帯 {_s['cmobile']}
　　　　{_s['email']}

在任中のご厚情に心より御礼申し上げますとともに、
後任の{_s['sei']}にも変わらぬご愛顧を賜りますようお願い申し上げます。
近日中に{_s['sei']}と共にご挨拶に伺います。

略儀ながらメールにてご案内申し上げます。
{SIG_CHIHAYA}""")

add("pass", [], [],
    "new representative introduces himself to one client; his predecessor is named without any data; contacts are the sender's own signature",
    sender=CHIHAYA, to=["北国フーズ 南様 <a.minami@kitaguni-foods.co.jp>"], charset="iso-2022-jp",
    subject="ご挨拶（担当交代のご連絡）",
    body=f"""北国フーズ株式会社
商品部 南様

突然のご連絡失礼いたします。
日の出産業 営業一部の千早と申します。

4月より、前任の鬼頭に代わりまして貴社を担当させていただくことになりました。
鬼頭からは十分に引継ぎを受けておりますが、至らぬ点がございましたら何なりとお申し付けください。

来週のどこかでご挨拶に伺えればと存じます。ご都合のよい日時をいくつかお知らせいただけますでしょうか。

今後ともどうぞよろしくお願いいたします。
{SIG_CHIHAYA}""")

_s = person()
_bcc = ["konoike@marukoshi-shoji.co.jp", "m.sudo@yamabuki-kasei.co.jp", "nishina@otaka-kogyo.co.jp",
        "kume.t@minato-bussan.co.jp", "uno@shirasagi-kensetsu.co.jp", "yoshioka@tokiwa-ss.co.jp",
        "t.hirose@minatogawa-gomu.co.jp", "purchase@kaiho-denso.co.jp", "ishimaru@toyoda-kikai.jp",
        "h.kanaya@seiran-pack.co.jp", "sales@noguchi-seiko.com", "matsunaga@hokuyo-trading.co.jp"]
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
    "the same kind of notice done right: clients in Bcc, To is the sender; one successor's business contact",
    sender=NIKAIDO, to=[NIKAIDO], bcc=_bcc, charset="utf-8",
    subject="【日の出産業】担当者変更のご案内",
    body=f"""お取引先様各位
（本メールはBCCにて一斉送信しております）

いつも大変お世話になっております。
日の出産業株式会社 営業二部の二階堂でございます。

2026年4月1日より、貴社ご担当を下記のとおり変更させていただきます。

■新担当
　{_s['name']}
　TEL：{_s['direct']}
　携帯：{_s['cmobile']}
　E-mail：{_s['email']}

■旧担当
　二階堂（引き続き課長として営業二部に在籍いたします）

引継ぎには万全を期してまいります。今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。
{SIG_NIKAIDO}""")

_f = person()
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "change notice to one client that names the predecessor's illness and surgery: health information of an identifiable person",
    sender=NIKAIDO, to=["川崎電機 岩佐様 <iwasa@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
    subject="担当変更のご連絡",
    body=f"""川崎電機株式会社
購買部 岩佐様

いつもお世話になっております。日の出産業の二階堂です。

急なご連絡となり申し訳ございません。
貴社担当の{_f['name']}ですが、腰椎椎間板ヘルニアの手術を受けることになり、
術後のリハビリも含めて3か月ほど休職いたします。
本人からも岩佐様によろしくお伝えくださいとのことでした。

その間は私、二階堂が直接担当させていただきます。
来週の定例はこれまでどおり木曜14時で伺います。

ご迷惑をおかけしますが、何卒よろしくお願いいたします。
{SIG_NIKAIDO}""")

_s = person()
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
    "predecessor left 'for personal reasons' (nothing sensitive); one successor's business phone and e-mail to one client",
    sender=CHIHAYA, to=["山吹化成 須藤様 <m.sudo@yamabuki-kasei.co.jp>"], cc=[_s["email"]], charset="cp932",
    subject="弊社担当者交代のお知らせ",
    body=f"""山吹化成株式会社 購買課
須藤 様

いつもお世話になっております。日の出産業の千早です。

貴社を担当しておりました榎本が、一身上の都合により3月末をもって退職することとなりました。
在任中は大変お世話になりました。

4月からは、{_s['name']}が担当いたします（本メールCCに入れております）。
　直通：{_s['direct']}
　メール：{_s['email']}

後日あらためて{_s['sei']}とご挨拶に伺います。
今後ともよろしくお願いいたします。
{SIG_CHIHAYA}""")

# =========================================================================================
# 名刺管理サービスの導入
# =========================================================================================

_companies = [("丸越商事株式会社", "〒530-0001 大阪府大阪市北区梅田1-9-20"), ("山吹化成株式会社", "〒330-0854 埼玉県さいたま市大宮区桜木町2-3-5"),
              ("大鷹工業株式会社", "〒460-0008 愛知県名古屋市中区栄3-14-7"), ("みなと物産株式会社", "〒231-0023 神奈川県横浜市中区山下町22-1"),
              ("白鷺建設株式会社", "〒670-0012 兵庫県姫路市本町68-2"), ("常盤製作所株式会社", "〒390-0811 長野県松本市中央2-6-11"),
              ("湊川ゴム工業株式会社", "〒652-0041 兵庫県神戸市兵庫区湊川町4-2-9"), ("海宝電装株式会社", "〒812-0011 福岡県福岡市博多区博多駅前3-7-1")]
_rows = [["会社名", "部署", "役職", "氏名", "TEL", "携帯", "E-mail", "住所", "交換日"]]
for _i in range(18):
    _x = person()
    _c, _a = _companies[_i % len(_companies)]
    _dom = {"丸越商事株式会社": "marukoshi-shoji.co.jp", "山吹化成株式会社": "yamabuki-kasei.co.jp",
            "大鷹工業株式会社": "otaka-kogyo.co.jp", "みなと物産株式会社": "minato-bussan.co.jp",
            "白鷺建設株式会社": "shirasagi-kensetsu.co.jp", "常盤製作所株式会社": "tokiwa-ss.co.jp",
            "湊川ゴム工業株式会社": "minatogawa-gomu.co.jp", "海宝電装株式会社": "kaiho-denso.co.jp"}[_c]
    _rows.append([_c, _rng.choice(["営業部", "購買部", "資材課", "総務部", "技術部"]), _rng.choice(["", "主任", "課長", "部長"]),
                  _x["name"], _landline("06" if "大阪" in _a else "03"), _x["mobile"],
                  f"{_x['sr'].lower()}.{_x['mr'][0].lower()}@{_dom}", _a, f"2025/{_rng.randint(1, 12)}/{_rng.randint(1, 28)}"])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"], ["personal_data"],
    "export of 18 exchanged business cards (other companies' staff: names, mobiles, e-mails, addresses) sent to the card-service vendor for migration",
    sender=JONOUCHI, to=["メイシボックス サポート <support@meishibox.jp>"], cc=[SHOJI], charset="utf-8",
    subject="[移行] 旧名刺管理ソフトからのエクスポートデータ（営業一部分）",
    body=f"""株式会社メイシボックス
導入サポートご担当者様

お世話になっております。日の出産業 情報システム部の城之内です。

旧ソフトからエクスポートした名刺データ（営業一部・試験移行分）を添付します。
文字コードはUTF-8、1行目がヘッダです。
取込みテストの結果を確認させていただければと思います。

よろしくお願いします。
{SIG_JONOUCHI}""",
    attachments=[{"kind": "csv", "name": "meishi_export_eigyo1.csv", "encoding": "utf-8", "rows": _rows}])

_p = people(22)
_sheet = [["利用者登録シート（日の出産業株式会社）"], ["※ 太枠内をご記入ください"], [],
          ["No.", "氏名", "フリガナ", "メールアドレス（ログインID）", "部署", "役職", "権限"]]
for _i, _x in enumerate(_p, 1):
    _sheet.append([_i, _x["name"], _x["kana"], _x["email"], _x["dept"], _x["title"],
                   "管理者" if _i <= 2 else "一般"])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
    "user-registration sheet with 22 employees' names and work e-mail addresses to the card-service vendor: still a list of people",
    sender=JONOUCHI, to=[MEISHIBOX], charset="iso-2022-jp",
    subject="利用者登録シートの送付",
    body=f"""羽生田様

お世話になっております。日の出産業の城之内です。
本番環境の利用者登録シートを記入しましたのでお送りします。

初期は営業本部を中心に22名で開始し、管理者は私と東海林の2名です。
アカウント発行のタイミングが決まりましたらご連絡ください。
{SIG_JONOUCHI}""",
    attachments=[{"kind": "xlsx", "name": "利用者登録シート_日の出産業.xlsx",
                  "sheets": {"利用者": _sheet, "記入方法": [["権限", "説明"], ["管理者", "全名刺の閲覧・設定変更"],
                                                          ["一般", "自分と共有された名刺の閲覧"]]}}])

_p = people(9)
_rows = [["氏名", "会社", "携帯", "メール"]] + [[x["name"], "（取引先）", x["mobile"], x["pmail"]] for x in _p]
add("stop", [], ["unscannable_attachment"],
    "password-protected ZIP (PPAP) of card data sent to the vendor: contents cannot be inspected",
    sender=JONOUCHI, to=[MEISHIBOX], charset="iso-2022-jp",
    subject="名刺データ（営業本部分）送付",
    body=f"""羽生田様

お世話になっております。城之内です。
営業本部分の名刺データをお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールにてお送りします。
{SIG_JONOUCHI}""",
    attachments=[{"kind": "zip", "name": "名刺データ_営業本部.zip", "password": "Mb#2026-0415",
                  "files": [{"kind": "csv", "name": "meishi_eigyo.csv", "rows": _rows}]}])

add("pass", [], [],
    "separate mail with the ZIP password only: no personal data, no attachment",
    sender=JONOUCHI, to=[MEISHIBOX], charset="iso-2022-jp",
    subject="パスワードのご連絡",
    body=f"""羽生田様

先ほどお送りした「名刺データ_営業本部.zip」のパスワードをお知らせします。

　Mb#2026-0415

ご確認のほどよろしくお願いします。
{SIG_JONOUCHI}""")

# =========================================================================================
# 組織図
# =========================================================================================

_p = people(10)
_lines = ["日の出産業株式会社 組織図（2026年4月1日付）", "",
          f"代表取締役社長　{_p[0]['name']}",
          f"├ 経営企画室　室長 {_p[1]['name']}",
          f"├ 管理本部　本部長 {_p[2]['name']}",
          f"│　├ 総務部　部長 {_p[3]['name']}",
          f"│　├ 人事部　部長 {_p[4]['name']}",
          f"│　└ 経理部　部長 {_p[5]['name']}",
          f"├ 営業本部　本部長 {_p[6]['name']}",
          f"│　├ 営業一部　部長 {_p[7]['name']}",
          f"│　└ 営業二部　部長 {_p[8]['name']}",
          f"└ 物流本部　本部長 {_p[9]['name']}", "",
          "※ 本資料は4月1日の組織改正を反映したものです。"]
add("stop", ["PERSON_NAME"], ["confidential_marking"],
    "org chart PDF stamped 社外秘 in every page header, sent to an outside consultant",
    sender=ICHINOSE, to=["KSパートナーズ 大江様 <oe@ks-partners.jp>"], charset="utf-8",
    subject="新組織図のご送付",
    body=f"""株式会社KSパートナーズ
大江様

いつもお世話になっております。日の出産業 経営企画室の一ノ瀬です。

先日のワークショップでご依頼いただいた、4月1日付の新組織図をお送りします。
各本部の部長クラスまで記載しております。

ご不明点があればお知らせください。
{SIG_ICHINOSE}""",
    attachments=[{"kind": "pdf", "name": "組織図_20260401.pdf", "title": "組織図 2026年4月",
                  "page_header": "社外秘", "page_footer": "日の出産業株式会社 経営企画室", "lines": _lines}])

add("pass", [], [],
    "says the internal org chart is 社外秘 and cannot be sent, and points to the public one: a mention, not a marking",
    sender=ICHINOSE, to=["KSパートナーズ 大江様 <oe@ks-partners.jp>"], charset="iso-2022-jp",
    subject="Re: 組織図のご依頼について",
    body=f"""大江様

お世話になっております。一ノ瀬です。

ご依頼の組織図ですが、社内用の詳細版は社外秘扱いとなっておりお渡しできかねます。
恐れ入りますが、弊社ウェブサイト「会社概要」に掲載している公開版の組織図をご参照ください。
　https://www.hinode-sangyo.co.jp/company/organization/

部レベルの構成は公開版と同じですので、ワークショップの準備には足りるかと存じます。
{SIG_ICHINOSE}""")

_p = people(9)
_sheet = [["共同プロジェクト 日の出産業側 組織（部課長）"], [], ["本部", "部署", "役職", "氏名"]]
for _x, (_h, _d, _t) in zip(_p, [("営業本部", "", "本部長"), ("営業本部", "営業一部", "部長"), ("営業本部", "営業一部", "課長"),
                                 ("営業本部", "営業二部", "部長"), ("物流本部", "", "本部長"), ("物流本部", "物流管理部", "部長"),
                                 ("物流本部", "物流管理部", "課長"), ("管理本部", "購買部", "部長"), ("管理本部", "品質保証部", "部長")]):
    _sheet.append([_h, _d, _t, _x["name"]])
add("either", ["PERSON_NAME"], [],
    "org chart of 9 managers (name and title only, no contact data) shared with a partner for a joint project: people's attributes or public-facing business info?",
    sender=ICHINOSE, to=["川崎電機 岩佐様 <iwasa@kawasaki-denki.co.jp>"], charset="utf-8",
    subject="共同プロジェクト体制（弊社組織）",
    body=f"""岩佐様

お世話になっております。日の出産業の一ノ瀬です。
キックオフ資料用に、弊社側の関係部署と部課長の一覧をお送りします。
連絡窓口は引き続き私が務めます。
{SIG_ICHINOSE}""",
    attachments=[{"kind": "xlsx", "name": "日の出産業_関係部署.xlsx", "sheets": {"組織": _sheet}}])

# =========================================================================================
# 本人確認書類・カード番号
# =========================================================================================

_ceo = person()
_lic = f"30{_rng.randint(10, 19)}{_rng.randint(100000, 999999)}{_rng.randint(10, 99)}"
add("stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "the representative director's driver's licence number, date of birth and home address typed into a mail to the phone agent",
    sender=SHOJI, to=[HOKUTO], charset="iso-2022-jp",
    subject="法人契約 名義変更の申込書について",
    body=f"""片桐様

お世話になっております。東海林です。
名義変更の申込書ですが、代表者の本人確認書類のコピーを郵送する時間がないため、
記載事項を下記にてお送りします。申込書への転記をお願いできますでしょうか。

　代表者氏名：{_ceo['name']}（{_ceo['kana']}）
　生年月日　：{wareki(_ceo)}
　住所　　　：{_ceo['addr']}
　運転免許証番号：第{_lic}号
　有効期限　：令和10年{_rng.randint(1, 12)}月{_rng.randint(1, 28)}日まで

原本確認が必要でしたら、来社時にご提示いたします。
{SIG_SHOJI}""")

_cn = _card()
_cn_fmt = " ".join(_cn[i:i + 4] for i in range(0, 16, 4))
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "corporate card number, expiry and holder's name written in a mail to a printer because the web form failed",
    sender=KUROKAWA, to=["はなまる印刷 受注センター <order@hanamaru-print.co.jp>"], charset="iso-2022-jp",
    subject="Web注文の決済エラーについて（注文番号 HP-260318-0772）",
    body=f"""はなまる印刷 受注センター御中

お世話になっております。日の出産業の黒川です。
本日Webから名刺を注文したところ、決済画面でエラーとなりました（注文番号 HP-260318-0772）。
お急ぎでお願いしたいため、カード情報を以下にお送りします。決済処理をお願いできますでしょうか。

　カード番号：{_cn_fmt}
　有効期限：09/29
　名義：TOMOMI KUROKAWA
　（法人カード・日の出産業株式会社）

お手数をおかけしますが、よろしくお願いいたします。
{SIG_KUROKAWA}""")

# =========================================================================================
# 見た目が似たドメイン
# =========================================================================================

add("stop", [], ["lookalike_domain"],
    "proof approval sent to nishiki-insatu.co.jp — the partner printer is nishiki-insatsu.co.jp (letter dropped)",
    sender=YAHAGI, to=["松任谷様 <matsutoya@nishiki-insatu.co.jp>"], charset="iso-2022-jp",
    subject="Re: 名刺校正（営業二部 3名分）",
    body=f"""松任谷様

お世話になっております。矢萩です。
営業二部3名分の校正、確認いたしました。すべてこのままで結構です。
納品は来週水曜で大丈夫です。

引き続きよろしくお願いいたします。
{SIG_YAHAGI}""")

_q = person()
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["lookalike_domain"],
    "one person's card order (fine by itself) sent to nishiki-insatsu.jp, the partner's domain with co. dropped",
    sender=KUROKAWA, to=["onodera@nishiki-insatsu.jp"], charset="cp932",
    subject="名刺追加発注（1名）",
    body=f"""錦印刷 小野寺様

お世話になっております。日の出産業の黒川です。
中途入社の社員1名分、名刺の追加をお願いします。

　所属：{_q['dept']}
　氏名：{_q['name']}（{_q['ROMAJI']}）
　直通：{_q['direct']}
　携帯：{_q['cmobile']}
　Mail：{_q['email']}

いつもの様式で100枚、お願いいたします。
{SIG_KUROKAWA}""")

_p = people(7)
_rows = [["氏名", "内線", "社用携帯", "私用携帯（緊急時のみ）"]] + [[x["name"], x["ext"], x["cmobile"], x["mobile"]] for x in _p]
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "team contact list with private mobiles sent to 'a colleague' at hinode-sangyo.com — the own domain under another TLD",
    sender=NIKAIDO, to=["堀之内 さん <y.horinouchi@hinode-sangyo.com>"], charset="iso-2022-jp",
    subject="チーム連絡先",
    body=f"""堀之内さん

お疲れさまです。二階堂です。
異動初日でバタバタしていると思うので、うちの課の連絡先をまとめて送ります。

{table(_rows, sep=" | ", rule="=")}

私用携帯は夜間・休日の緊急時だけでお願いします。
{SIG_NIKAIDO}""")

_s = person()
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["lookalike_domain"],
    "change-of-representative notice to kawasaki-denkl.co.jp (l for i) instead of partner kawasaki-denki.co.jp",
    sender=CHIHAYA, to=["岩佐 様 <iwasa@kawasaki-denkl.co.jp>"], charset="iso-2022-jp",
    subject="担当者変更のご挨拶",
    body=f"""川崎電機株式会社
岩佐様

平素より大変お世話になっております。日の出産業の千早です。
4月より貴社の窓口を{_s['name']}に引き継ぐこととなりました。

　{_s['name']}　直通：{_s['direct']}　Mail：{_s['email']}

今月中に二人でご挨拶に伺えればと存じます。
今後ともよろしくお願いいたします。
{SIG_CHIHAYA}""")

add("stop", [], ["lookalike_domain"],
    "meeting request to tsubasa-sytem.jp — partner is tsubasa-system.jp (letter dropped)",
    sender=JONOUCHI, to=["有馬様 <y.arima@tsubasa-sytem.jp>"], charset="utf-8",
    subject="名刺管理サービスとSSO連携の打合せ日程",
    body=f"""有馬様

お世話になっております。城之内です。
名刺管理サービス（メイシボックス）とのSSO連携について、一度お打合せさせてください。

候補日：
　4/21（火）10:00〜11:00
　4/22（水）15:00〜16:00
　4/24（金）13:30〜14:30

Teamsで30分〜1時間程度を想定しています。
{SIG_JONOUCHI}""")

_p = people(12)
_rows = [["部署", "氏名", "内線", "社用携帯"]] + [[x["dept"], x["name"], x["ext"], x["cmobile"]] for x in _p]
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "extension and company-mobile list of 12 staff sent to xn--hinode-sngyo-49j.co.jp, a homoglyph (Cyrillic а) of the own domain",
    sender=SHOJI, to=["m.hatori@xn--hinode-sngyo-49j.co.jp"], charset="utf-8",
    subject="内線表（最新版）",
    body=f"""羽鳥さん

東海林です。依頼のあった内線表、最新版を貼っておきます。

{tsv(_rows)}

以上です。
{SIG_SHOJI}""")

_p = people(3)
_lines = "\n".join(f"　・{x['name']}（{x['dept']}）　携帯 {x['cmobile']}" for x in _p)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "three attendees' names and mobiles to sakura-hotel.co.jp — the partner hotel is sakura-hotel.jp (another TLD)",
    sender=YAHAGI, to=["さくらホテル 宴会予約係 <banquet@sakura-hotel.co.jp>"], charset="iso-2022-jp",
    subject="5/15 名刺交換会 当日の担当者について",
    body=f"""さくらホテル 宴会予約係 御中

いつもお世話になっております。日の出産業の矢萩です。
5月15日（金）の名刺交換会（鳳凰の間）につきまして、当日の弊社担当は下記3名です。

{_lines}

搬入は15時から、受付開始は17時半を予定しております。
よろしくお願いいたします。
{SIG_YAHAGI}""")

# =========================================================================================
# マイナンバー
# =========================================================================================

_p = people(6)
_rows = [["社員番号", "氏名", "カナ", "生年月日", "個人番号", "所属", "役職", "直通", "携帯", "メール"]]
for _x in _p:
    _rows.append([_x["empno"], _x["name"], _x["kana"], _x["dob"], _mynum(), _x["dept"], _x["title"],
                  _x["direct"], _x["cmobile"], _x["email"]])
add("stop", ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "card order CSV exported straight from the HR master: it still carries the 個人番号 and birth dates of 6 new hires",
    sender=KUROKAWA, to=[NISHIKI2], charset="cp932",
    subject="中途入社者 名刺データ",
    body=f"""小野寺様

お世話になっております。黒川です。
5月入社の中途採用者6名分、人事システムから出力したデータをそのままお送りします。
名刺に使うのは氏名・所属・役職・直通・携帯・メールのみです。

いつもの様式でお願いいたします。
{SIG_KUROKAWA}""",
    attachments=[{"kind": "csv", "name": "jinji_export_0501.csv", "encoding": "cp932", "rows": _rows}])

_q = person()
_mnq = _mynum()
add("stop", ["PERSON_NAME", "JP_MY_NUMBER"], ["personal_data"],
    "one new hire's My Number typed into the body of a mail to the outside labour-law office",
    sender=TSUKUMO, to=["野々村社労士事務所 野々村先生 <nonomura@nonomura-sr.jp>"], charset="iso-2022-jp",
    subject="入社手続き（1名）の件",
    body=f"""野々村先生

いつもお世話になっております。日の出産業 人事部の九十九です。
4月16日付で中途入社した社員1名の資格取得手続きをお願いいたします。

　氏名：{_q['name']}（{_q['kana']}）
　個人番号：{_mnq[:4]} {_mnq[4:8]} {_mnq[8:]}
　入社日：2026年4月16日

扶養家族はおりません。
必要書類の原本は本日レターパックで発送いたします。
{SIG_TSUKUMO}""")

# =========================================================================================
# 要配慮個人情報
# =========================================================================================

_p = people(4)
_notes = ["I型糖尿病（昼食前にインスリン注射あり）", "そばアレルギー（アナフィラキシー既往）", "特になし", "心臓ペースメーカー使用"]
_rows = [["氏名", "携帯（当日連絡用）", "健康上の配慮事項"]] + [[x["name"], x["mobile"], n] for x, n in zip(_p, _notes)]
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "only four participants, but their health conditions (diabetes, allergy history, pacemaker) go to a travel agency",
    sender=KUROKAWA, to=["旅路トラベル 法人営業 高梨様 <takanashi@tabiji-travel.co.jp>"], charset="cp932",
    subject="視察旅行（6/4〜5） 参加者情報",
    body=f"""旅路トラベル株式会社
高梨様

お世話になっております。日の出産業の黒川です。
6月の北陸視察、弊社からの参加者4名の情報をお送りします。
食事・移動でご配慮いただきたい点がありますので、右欄をご確認ください。

{table(_rows, sep="　")}

宿泊は全員シングルでお願いします。
{SIG_KUROKAWA}""")

_q = person()
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "braille business card request that tells the printer the new employee has a visual disability: disability of an identifiable person",
    sender=YAHAGI, to=[NISHIKI], charset="iso-2022-jp",
    subject="点字入り名刺のご相談",
    body=f"""松任谷様

お世話になっております。日の出産業の矢萩です。

5月に障害者雇用枠で入社する{_q['name']}さんは視覚障害（全盲）があり、
ご本人の希望で点字入りの名刺を作りたいと考えています。
御社で点字加工は対応可能でしょうか。

表面の文字情報は通常の様式と同じ、裏面に氏名と会社名の点字を想定しています。
対応可能でしたら、お見積りをお願いいたします。
{SIG_YAHAGI}""")

_q = person()
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "asks the phone agent to suspend a line because the named employee is on leave for depression: mental health of one person",
    sender=SHOJI, to=[HOKUTO], charset="iso-2022-jp",
    subject="回線一時休止のお願い",
    body=f"""片桐様

お世話になっております。東海林です。
下記回線の一時休止手続きをお願いできますでしょうか。

　回線番号：{_q['cmobile']}
　使用者：{_q['dept']} {_q['name']}

使用者がうつ病で4月から半年ほど休職に入るため、その間は利用停止としたいです。
端末はこちらで回収済みです。
{SIG_SHOJI}""")

_q = person()
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "lost-phone report says the named employee was robbed on the street and filed a police report: crime victim",
    sender=SHOJI, to=["北斗モバイル サポート <support@hokuto-mobile.co.jp>"], cc=[USAMI], charset="utf-8",
    subject="【至急】社用携帯 盗難による回線停止依頼",
    body=f"""北斗モバイルソリューションズ サポートご担当者様

日の出産業の東海林です。至急の回線停止をお願いします。

　回線番号：{_q['cmobile']}
　使用者：{_q['name']}（{_q['dept']}）

昨夜、{_q['sei']}が帰宅途中に路上でひったくりの被害に遭い、
社用携帯を含む鞄を奪われました。本人にけがはありません。
今朝、最寄りの警察署に被害届を提出済みです（受理番号は後ほど共有します）。

遠隔ロックと回線停止、代替機の手配をお願いいたします。
{SIG_SHOJI}""")

_q = person()
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "banquet order names an employee as Muslim (halal, no alcohol): religion of an identifiable person",
    sender=YAHAGI, to=["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"], charset="iso-2022-jp",
    subject="名刺交換会 料理のご相談",
    body=f"""さくらホテル 宴会予約係 御中

お世話になっております。日の出産業の矢萩です。
5/15の名刺交換会のお料理について1点ご相談です。

弊社参加者のうち、海外事業部のアフマド・ラーマン（Ahmad Rahman）はイスラム教徒のため、
ハラール対応のお料理とノンアルコールの飲み物をご用意いただけますでしょうか。
また、豚肉・アルコールを使った料理とは別の皿でお出しいただけると助かります。

追加料金が発生する場合はお知らせください。
{SIG_YAHAGI}""")

_f = person()
_s = person()
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "tells a client the former representative was arrested for drunk driving: criminal record / arrest of an identifiable person",
    sender=NIKAIDO, to=["みなと物産 久米様 <kume.t@minato-bussan.co.jp>"], charset="iso-2022-jp",
    subject="担当者変更について（お詫び）",
    body=f"""みなと物産株式会社
久米様

いつもお世話になっております。日の出産業の二階堂です。

先週来、担当の{_f['name']}と連絡が取れずご迷惑をおかけしております。
お恥ずかしい話ですが、{_f['sei']}は先週末に酒気帯び運転で逮捕され、現在社内で処分を検討しております。
久米様には率直にお伝えすべきと考え、ご連絡いたしました。

本日より担当は{_s['name']}に変更いたします。
　直通 {_s['direct']}　携帯 {_s['cmobile']}　{_s['email']}

ご迷惑をおかけし、誠に申し訳ございません。
{SIG_NIKAIDO}""")

# =========================================================================================
# To/Cc に複数の社外
# =========================================================================================

add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "request for quotation sent to three competing card-service vendors, all in To",
    sender=JONOUCHI, to=["メイシボックス 羽生田様 <hanyuda@meishibox.jp>",
                         "ビズカードナビ 営業部 <sales@bizcard-navi.com>",
                         "コネクト名刺 ご担当者様 <info@connect-meishi.co.jp>"], charset="iso-2022-jp",
    subject="名刺管理サービス 見積依頼",
    body=f"""各社ご担当者様

日の出産業株式会社 情報システム部の城之内と申します。
名刺管理サービスの導入を検討しており、お見積りをお願いしたくご連絡いたしました。

【前提】
・利用者数：初年度 60名、3年後 150名程度
・既存データ：約12,000枚（旧ソフトからCSV移行）
・SSO（Entra ID）連携必須
・SFA（ツバサシステム社構築）とのAPI連携希望

4月末までにご回答いただけますと幸いです。
{SIG_JONOUCHI}""")

add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "competitive quote request to the partner printer with two rival printers in Cc: three organisations see each other",
    sender=USAMI, to=[NISHIKI], cc=["はなまる印刷 <order@hanamaru-print.co.jp>", "東雲プリント 営業 <eigyo@shinonome-print.jp>"],
    charset="cp932", subject="令和8年度 名刺印刷 単価見積のお願い",
    body=f"""印刷会社各位

いつもお世話になっております。日の出産業 総務部の宇佐美です。
令和8年度の名刺印刷について、単価の見積をお願いいたします。

　・片面モノクロ　100枚／箱
　・両面カラー（裏面英字）　100枚／箱
　・年間想定：約450箱
　・納期：校了後3営業日以内

見積書は5月15日までにお送りください。
{SIG_USAMI}""")

add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "English mail about trade-show cards to three overseas companies at once, all visible in To",
    sender=SHINOMIYA, to=["Priya Raman <priya.raman@lionprint.com.sg>",
                          "Jonas Becker <j.becker@druckhaus-becker.de>",
                          "Emily Carter <ecarter@cardcraft-usa.com>"], charset="utf-8",
    subject="Business cards for Logistics Expo Singapore",
    body=f"""Dear all,

Thank you for your proposals last week. As discussed, we will need bilingual
(English / Japanese) business cards for our booth team at Logistics Expo Singapore.

- Quantity: 8 designs x 200 cards
- Delivery: to the venue by 2 June
- Artwork: we will send final PDFs by 12 May

Could you each confirm your unit price and the latest date you can accept the artwork?
{SIG_SHINOMIYA}
{DISCLAIMER_EN}""")

# =========================================================================================
# 機密表示
# =========================================================================================

_p = people(9)
_sheet = [["【部外秘】営業本部 連絡先一覧"], [], ["氏名", "所属", "社用携帯", "メール", "勤務地"]]
for _x in _p:
    _sheet.append([_x["name"], _x["dept"], _x["cmobile"], _x["email"], _rng.choice(["本社", "大阪", "名古屋"])])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["confidential_marking", "personal_data"],
    "contact list marked 部外秘 (title row and page header) with 9 people's mobiles and e-mails sent to a staffing agency",
    sender=NIKAIDO, to=["スタッフブリッジ 鮎川様 <ayukawa@staff-bridge.co.jp>"], charset="utf-8",
    subject="派遣スタッフ様向け 連絡先一覧",
    body=f"""スタッフブリッジ株式会社
鮎川様

お世話になっております。日の出産業の二階堂です。
来月から来ていただくスタッフの方向けに、営業本部の連絡先一覧をお送りします。
初日にお渡しいただけますと助かります。
{SIG_NIKAIDO}""",
    attachments=[{"kind": "xlsx", "name": "営業本部_連絡先一覧.xlsx", "page_header": "部外秘",
                  "sheets": {"連絡先": _sheet}}])

add("stop", [], ["confidential_marking"],
    "subject and body carry 【社外秘】 as a classification of the reorganisation notice itself",
    sender=ICHINOSE, to=["青葉運輸 星野様 <k.hoshino@aoba-unyu.co.jp>"], charset="iso-2022-jp",
    subject="【社外秘】物流本部 組織変更のお知らせ（7月1日付）",
    body=f"""青葉運輸株式会社
星野様

【社外秘】

いつもお世話になっております。日の出産業 経営企画室の一ノ瀬です。
正式発表前ですが、取引への影響が大きいため先行してお知らせいたします。

7月1日付で物流本部を再編し、以下のとおりとなります。
　・物流管理部 → 「ロジスティクス企画部」と「配送管理部」に分割
　・川口倉庫の配車業務を本社配送管理部に集約
　・配送依頼の窓口メールアドレスを logi@hinode-sangyo.co.jp に統一

社内発表（6月10日予定）までは御社内限りでのお取扱いをお願いいたします。
{SIG_ICHINOSE}""")

add("stop", [], ["confidential_marking"],
    "brand guideline DOCX for the design office stamped 社外秘 / Confidential in header and footer",
    sender=USAMI, to=["スタジオ奏 梓川様 <azusagawa@studio-kanade.jp>"], charset="utf-8",
    subject="名刺リニューアル 参考資料",
    body=f"""スタジオ奏
梓川様

お世話になっております。日の出産業の宇佐美です。
名刺リニューアルのデザイン検討用に、弊社のブランドガイドラインをお送りします。
ロゴのアイソレーションと指定色は3章をご参照ください。
{SIG_USAMI}""",
    attachments=[{"kind": "docx", "name": "ブランドガイドライン_v3.docx", "page_header": "社外秘",
                  "page_footer": "Confidential - Hinode Sangyo Co., Ltd.",
                  "paragraphs": ["日の出産業 ブランドガイドライン 第3版", "1. 目的", "本ガイドラインは、当社ロゴ・コーポレートカラーの使用方法を定める。",
                                 "2. ロゴ", "ロゴの周囲にはロゴ高さの1/2以上の余白を確保する。",
                                 "3. コーポレートカラー", "日の出オレンジ：DIC 156 / CMYK 0-60-100-0"]}])

add("stop", [], ["confidential_marking"],
    "slide deck whose title slide is stamped 極秘 (card changeover plan before a merger is announced) sent to the printer",
    sender=ICHINOSE, to=[NISHIKI], cc=[USAMI], charset="iso-2022-jp",
    subject="10月の名刺一斉切替について（ご相談）",
    body=f"""松任谷様

お世話になっております。日の出産業 経営企画室の一ノ瀬です。
10月に社名・ロゴの変更を伴う名刺の一斉切替を予定しており、スケジュール案をお送りします。
対外発表前のため、取扱いにご注意ください。
{SIG_ICHINOSE}""",
    attachments=[{"kind": "pptx", "name": "名刺切替スケジュール案.pptx",
                  "slides": [["【極秘】名刺一斉切替スケジュール案", "2026年10月1日 新社名移行に伴う対応", "経営企画室"],
                             ["対象", "全社員 約420名", "部署共通名刺 12種"],
                             ["スケジュール", "8月：デザイン確定", "9月前半：データ入稿・校正", "9月末：各部署へ納品"]]}])

# =========================================================================================
# 開けない添付
# =========================================================================================

add("stop", [], ["unscannable_attachment"],
    "order form XLSX is corrupt and cannot be read",
    sender=YAHAGI, to=[NISHIKI2], charset="iso-2022-jp",
    subject="名刺発注書（5月分）",
    body=f"""小野寺様

お世話になっております。矢萩です。
5月分の名刺発注書を添付いたします。ご確認をお願いいたします。
{SIG_YAHAGI}""",
    attachments=[{"kind": "corrupt", "name": "名刺発注書_202605.xlsx"}])

_p = people(8)
add("stop", [], ["unscannable_attachment"],
    "org chart as a password-protected PDF: cannot be inspected",
    sender=ICHINOSE, to=["KSパートナーズ 大江様 <oe@ks-partners.jp>"], charset="utf-8",
    subject="組織図（詳細版）送付",
    body=f"""大江様

お世話になっております。一ノ瀬です。
社内決裁が下りましたので、詳細版の組織図をお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。
{SIG_ICHINOSE}""",
    attachments=[{"kind": "pdf", "name": "組織図_詳細版.pdf", "password": "ks2026hinode",
                  "lines": ["組織図（詳細版）"] + [f"{x['dept']} {x['title']} {x['name']} 内線{x['ext']}" for x in _p]}])

# =========================================================================================
# 転送・添付の形いろいろ（名簿が社外へ）
# =========================================================================================

_p = people(8)
_fw = "\n".join(f"{i:>2}  {x['name']:<8}  {x['mobile']}  （{x['pref']}在住）" for i, x in enumerate(_p, 1))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "forward (new text to the recipient) of an internal call chain with 8 private mobiles to the building security company",
    sender=USAMI, to=["ひなた警備保障 本社営業所 <honsha@hinata-keibi.co.jp>"], charset="iso-2022-jp",
    subject="FW: 【緊急連絡網】本社ビル 夜間・休日対応",
    body=f"""ひなた警備保障 ご担当者様

お世話になっております。日の出産業の宇佐美です。
夜間の機械警備発報時の連絡先として、社内の連絡網を転送いたします。
上から順にご連絡ください。

-------- Forwarded Message --------
件名: 【緊急連絡網】本社ビル 夜間・休日対応
差出人: 宇佐美 健吾 <k.usami@hinode-sangyo.co.jp>
宛先: honsha-kanri@hinode-sangyo.co.jp

本社ビル管理当番の連絡順です（私用携帯）。

{_fw}

当番表は毎月総務から配信します。
{SIG_USAMI}""")

_p = people(15)
_inner_rows = [["部署", "氏名", "内線", "社用携帯", "メール"]] + [[x["dept"], x["name"], x["ext"], x["cmobile"], x["email"]] for x in _p]
_inner = {"sender": SHOJI, "to": ["全社員 <all@hinode-sangyo.co.jp>"], "charset": "iso-2022-jp",
          "subject": "【全社】内線・社用携帯一覧（2026年4月版）",
          "body": f"""全社員各位

情報システム部の東海林です。
4月の異動を反映した内線・社用携帯一覧です。

{table(_inner_rows)}
{SIG_SHOJI}"""}
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "internal all-staff mail with a 15-person extension / company-mobile list forwarded as an attached .eml to the SI partner's help desk",
    sender=JONOUCHI, to=["ツバサシステム ヘルプデスク <helpdesk@tsubasa-system.jp>"], charset="utf-8",
    subject="FW: 【全社】内線・社用携帯一覧（2026年4月版）",
    body=f"""ツバサシステム ヘルプデスク ご担当者様

日の出産業の城之内です。
問い合わせ受付時の本人確認用に、社内配信した一覧を添付で転送します。
{SIG_JONOUCHI}""",
    attachments=[{"kind": "eml", "name": "内線・社用携帯一覧.eml", "message": _inner}])

_p = people(10)
_co = ["丸越商事株式会社", "山吹化成株式会社", "大鷹工業株式会社", "みなと物産株式会社", "白鷺建設株式会社",
       "常盤製作所株式会社", "湊川ゴム工業株式会社", "海宝電装株式会社", "北国フーズ株式会社", "川崎電機株式会社"]
_rows = [["郵便番号", "住所", "会社名", "部署・役職", "氏名"]]
for _x, _c in zip(_p, _co):
    _rows.append([_x["zip"], _x["addr"], _c, f"{_rng.choice(['営業部', '購買部', '総務部'])} {_rng.choice(['部長', '課長', ''])}".strip(),
                  f"{_x['name']} 様"])
add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "HTML-only mail with a table of 10 client contacts (name, postal code, address) for New Year card addressing",
    sender=KUROKAWA, to=[NISHIKI], charset="utf-8",
    subject="年賀状 宛名印刷リスト（第1弾）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif">
<p>錦印刷株式会社<br>松任谷様</p>
<p>いつもお世話になっております。日の出産業の黒川です。<br>
年賀状の宛名印刷リスト（役員送付分・第1弾）をお送りします。</p>
{html_table(_rows)}
<p>第2弾は12月5日頃にお送りする予定です。</p>
<p>――――――――――<br>日の出産業株式会社 総務部 黒川 朋美<br>TEL 03-6225-4102</p>
</body></html>""")

_p = people(6)
_roles = ["プロジェクト責任者", "PM", "物流設計", "物流設計", "システム連携", "現場立上げ"]
_tbl = [["役割", "氏名", "所属", "携帯", "メール"]] + [[r, x["name"], x["dept"], x["cmobile"], x["email"]] for r, x in zip(_roles, _p)]
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "project staffing DOCX table with 6 members' mobiles and e-mails sent to the partner",
    sender=CHIHAYA, to=["川崎電機 岩佐様 <iwasa@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
    subject="倉庫自動化プロジェクト 体制表の送付",
    body=f"""岩佐様

お世話になっております。千早です。
来週のキックオフに向けて、弊社側の体制表をお送りします。
緊急時は各メンバーの携帯まで直接ご連絡いただいて構いません。
{SIG_CHIHAYA}""",
    attachments=[{"kind": "docx", "name": "体制表_日の出産業.docx", "title": "体制表",
                  "paragraphs": ["倉庫自動化プロジェクト 体制表（日の出産業株式会社）", "2026年4月20日版"],
                  "tables": [_tbl]}])

_p = people(6)
_sheet = [["回線番号", "使用者", "所属", "返却日", "理由"]] + [[x["cmobile"], x["name"], x["dept"], "2026/03/31",
                                                              _rng.choice(["退職", "退職", "異動（貸与不要）"])] for x in _p]
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "legacy XLS of 6 returned phones with the users' names and numbers sent to the phone agent",
    sender=SHOJI, to=[HOKUTO], charset="cp932",
    subject="解約・返却端末一覧（3月分）",
    body=f"""片桐様

お世話になっております。東海林です。
3月末で返却された端末の一覧です（古い管理表のためxls形式ですみません）。
解約とデータ消去の手配をお願いします。
{SIG_SHOJI}""",
    attachments=[{"kind": "xls", "name": "返却端末一覧_202603.xls", "sheets": {"3月": _sheet}}])

_p = people(7)
_csv = [["氏名", "ふりがな", "役職", "携帯", "メール"]] + [[x["name"], x["kana"], x["title"], x["cmobile"], x["email"]] for x in _p]
_txt = "\n".join(f"{x['name']}：英字表記 {x['ROMAJI']}" for x in _p)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "plain (unencrypted) ZIP holding a CSV and a TXT with 7 people's card data sent to a printer",
    sender=YAHAGI, to=["東雲プリント 営業 <eigyo@shinonome-print.jp>"], charset="utf-8",
    subject="名刺データ入稿（名古屋営業所 7名）",
    body=f"""東雲プリント ご担当者様

お世話になっております。日の出産業の矢萩です。
名古屋営業所7名分の名刺データをZIPでお送りします（パスワードはかけていません）。
英字表記はテキストファイルの方をご確認ください。
{SIG_YAHAGI}""",
    attachments=[{"kind": "zip", "name": "nagoya_meishi.zip",
                  "files": [{"kind": "csv", "name": "nagoya.csv", "encoding": "utf-8", "rows": _csv},
                            {"kind": "txt", "name": "romaji.txt", "text": _txt}]}])

_p = people(12)
_txt = tsv([["社員番号", "氏名", "私用携帯", "私用メール", "家族連絡先"]] +
           [[x["empno"], x["name"], x["mobile"], x["pmail"], _mobile()] for x in _p])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "tab-separated TXT of 12 employees' private mobiles, private e-mails and family numbers for a safety-confirmation service",
    sender=USAMI, to=["安否コール 導入支援 <setup@anpi-call.jp>"], charset="iso-2022-jp",
    subject="安否確認システム 初期登録データ",
    body=f"""安否コール 導入支援ご担当者様

お世話になっております。日の出産業の宇佐美です。
試験導入する総務部・情報システム部12名の初期登録データをお送りします。
タブ区切りのテキストです。
{SIG_USAMI}""",
    attachments=[{"kind": "txt", "name": "anpi_init.txt", "encoding": "utf-8", "text": _txt}])

_p = people(5)
_blocks = "\n\n".join(
    f"【{i}】\n氏名：{x['name']}（{x['kana']}）\n所属：{x['dept']}\n役職：{x['title'] or 'なし'}\n"
    f"TEL：{x['direct']}\n携帯：{x['cmobile']}\nMail：{x['email']}" for i, x in enumerate(_p, 1))
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "five people's card data, one block per person, in the body to a printer",
    sender=KUROKAWA, to=["東雲プリント 営業 <eigyo@shinonome-print.jp>"], charset="cp932",
    subject="名刺のご注文（5名様分）",
    body=f"""東雲プリント ご担当者様

お世話になっております。日の出産業の黒川です。
下記5名分の名刺をお願いいたします。いずれも両面カラー100枚です。

{_blocks}

以上、よろしくお願いいたします。
{SIG_KUROKAWA}""")

_p = people(5)
_zen = "\n".join(f"{zen(i)}．{x['name']}　{zen(x['mobile'])}" for i, x in enumerate(_p, 1))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "five staff with full-width private mobile numbers sent to the office-move contractor",
    sender=USAMI, to=["ひかり引越センター 法人部 <houjin@hikari-hikkoshi.co.jp>"], charset="cp932",
    subject="本社移転作業 当日の連絡先",
    body=f"""ひかり引越センター 法人部 御中

お世話になっております。日の出産業の宇佐美です。
7月18日（土）・19日（日）の移転作業当日、弊社側の立会者は以下の５名です。
休日のため各自の携帯にご連絡ください。

{_zen}

集合は8時に旧ビル搬出口でお願いします。
{SIG_USAMI}""")

_p = people(8)
_rows = [["No", "氏名", "フリガナ", "生年月日", "加入口数"]]
for _i, _x in enumerate(_p, 1):
    _rows.append([str(_i), _x["name"], _x["kana"], wareki(_x, _i % 4), str(_rng.randint(1, 3))])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "group insurance enrolment list: 8 employees with 和暦 birth dates in mixed formats, to an insurance agency",
    sender=TSUKUMO, to=["こすも保険サービス 桐生様 <kiryu@kosumo-hoken.co.jp>"], charset="iso-2022-jp",
    subject="団体保険 新規加入者のご連絡",
    body=f"""こすも保険サービス
桐生様

お世話になっております。日の出産業 人事部の九十九です。
4月入社者のうち、団体保険の加入を希望した8名をお知らせします。

{table(_rows, sep='  ')}

加入申込書は本人署名のうえ、後日まとめて郵送いたします。
{SIG_TSUKUMO}""")

_p = people(6)
_rows = [["氏名", "生年月日", "保険者番号", "記号", "番号", "受診希望日"]]
for _x in _p:
    _rows.append([_x["name"], _x["dob"], "06139827", str(_rng.randint(1000, 9999)), str(_rng.randint(1, 480)),
                  f"6月{_rng.randint(2, 26)}日"])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], ["personal_data"],
    "health-check booking for 6 staff with their health-insurance card 記号・番号 and birth dates, sent as a PDF table to a clinic",
    sender=TSUKUMO, to=["よつば健診クリニック 予約センター <yoyaku@yotsuba-clinic.or.jp>"], charset="utf-8",
    subject="定期健康診断 予約申込（6名）",
    body=f"""よつば健診クリニック 予約センター 御中

いつもお世話になっております。日の出産業株式会社 人事部の九十九です。
定期健康診断の予約申込書（6名分）をPDFでお送りします。
保険証情報も記載しております。ご確認をお願いいたします。
{SIG_TSUKUMO}""",
    attachments=[{"kind": "pdf", "name": "健診予約申込書_日の出産業.pdf", "title": "健診予約申込書",
                  "lines": ["定期健康診断 予約申込書", "事業所名：日の出産業株式会社", ""], "table": _rows}])

_q = person()
_pp = f"T{_rng.choice('RSZK')}{_rng.randint(1000000, 9999999)}"
add("stop", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], ["personal_data"],
    "English card spelling backed up by pasting the employee's passport number and birth date to the printer",
    sender=YAHAGI, to=[NISHIKI2], charset="iso-2022-jp",
    subject="英文名刺の表記について",
    body=f"""小野寺様

お世話になっております。矢萩です。
海外出張用の英文名刺の件、氏名の綴りはパスポートの表記に合わせてください。
本人から届いたパスポート情報を貼っておきます。

　Surname / Given name：{_q['sr'].upper()} / {_q['mr'].upper()}
　Passport No.：{_pp}
　Date of birth：{int(_q['d']):02d} {['JAN','FEB','MAR','APR','MAY','JUN','JUL','AUG','SEP','OCT','NOV','DEC'][int(_q['m']) - 1]} {_q['y']}

肩書は「Assistant Manager, Logistics Planning Dept.」でお願いします。
{SIG_YAHAGI}""")

_rc = f"{_rng.choice(['AB', 'EH', 'UK', 'PM'])}{_rng.randint(10000000, 99999999)}{_rng.choice(['CD', 'FA', 'JE', 'RT'])}"
add("stop", ["PERSON_NAME", "JP_RESIDENCE_CARD"], ["personal_data"],
    "residence card number of a foreign employee pasted to the printer to confirm the spelling of her name",
    sender=YAHAGI, to=[NISHIKI2], charset="cp932",
    subject="名刺（海外事業部 グエン様）の表記",
    body=f"""小野寺様

いつもお世話になっております。日の出産業の矢萩です。
来月入社のグエンさんの名刺、氏名の表記は在留カードのとおりでお願いします。

　氏名：NGUYEN THI THU HA（グエン・ティ・トゥ・ハー）
　在留カード番号：{_rc}
　所属：海外事業部

カタカナ表記を併記する形でお願いいたします。
{SIG_YAHAGI}""")

_p = people(6)
_sheet = [["氏名", "生年月日", "基礎年金番号", "〒", "住所", "給与振込口座"]]
for _x in _p:
    _bank = f"{_rng.choice(['みどり銀行', 'ひまわり信用金庫', 'あおぞら台銀行'])} {_rng.choice(['日本橋', '浦和', '船橋', '川崎'])}支店 普通 {_rng.randint(1000000, 9999999)}"
    _sheet.append([_x["name"], wareki(_x, 0), f"{_rng.randint(1000, 9999)}-{_rng.randint(100000, 999999)}",
                   _x["zip"], _x["addr"], _bank])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS", "JP_BANK_ACCOUNT"], ["personal_data"],
    "six new hires' basic pension numbers, addresses and salary accounts sent to the labour-law office",
    sender=TSUKUMO, to=["野々村社労士事務所 <office@nonomura-sr.jp>"], charset="iso-2022-jp",
    subject="4月入社者 資格取得届用データ",
    body=f"""野々村社会保険労務士事務所 御中

お世話になっております。日の出産業 人事部の九十九です。
4月入社者6名の資格取得届用データを添付いたします。
ご確認のほど、よろしくお願いいたします。
{SIG_TSUKUMO}""",
    attachments=[{"kind": "xlsx", "name": "資格取得_202604.xlsx", "sheets": {"入社者": _sheet}}])

_p = people(6)
_ans = "\n".join(f"{x['name']}／{x['dept']}／{x['cmobile']}" for x in _p)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "reply whose quoted part is harmless but whose new text lists 6 people with mobile numbers",
    sender=CHIHAYA, to=["川崎電機 岩佐様 <iwasa@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
    subject="Re: 搬入立会いの件",
    body=f"""岩佐様

お世話になっております。千早です。
当日の立会者は以下6名です（氏名／所属／携帯）。

{_ans}

どうぞよろしくお願いいたします。
{SIG_CHIHAYA}

-----Original Message-----
From: 岩佐 <iwasa@kawasaki-denki.co.jp>
Sent: Monday, April 13, 2026 9:12 AM
To: 千早 俊介 <s.chihaya@hinode-sangyo.co.jp>
Subject: 搬入立会いの件

千早様

お世話になっております。川崎電機の岩佐です。
4/25の設備搬入につき、御社の立会者のお名前とご連絡先をお知らせいただけますでしょうか。
入館証の手配に使用いたします。

川崎電機株式会社 購買部 岩佐
""")

_cn = _card()
add("stop", ["CREDIT_CARD"], ["personal_data"],
    "corporate card number in full-width digits sent by mail because the vendor's billing form would not open",
    sender=MAKABE, to=["メイシボックス 請求担当 <billing@meishibox.jp>"], charset="cp932",
    subject="お支払い方法の登録について",
    body=f"""株式会社メイシボックス 請求ご担当者様

お世話になっております。日の出産業 経理部の真壁です。
お支払い方法登録フォームが社内環境から開けないため、カード情報をメールにてお送りします。

　カード番号：{zen(_cn[:4])}－{zen(_cn[4:8])}－{zen(_cn[8:12])}－{zen(_cn[12:])}
　有効期限：０３／２８
　セキュリティコード：別途お電話でお伝えします

登録完了しましたらご連絡ください。
{SIG_MAKABE}""")

_p = people(7)
_bul = "\n".join(f"・{x['name']}（{x['kana']}）　{x['mobile']}　{x['pmail']}" for x in _p)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "7 prospective hires' private mobiles and free-mail addresses as 「・」 bullets to a training company",
    sender=TSUKUMO, to=["まなび研修 運営事務局 <jimukyoku@manabi-kenshu.co.jp>"], charset="utf-8",
    subject="内定者研修（3/9〜10）参加者名簿",
    body=f"""まなび研修株式会社
運営事務局 御中

お世話になっております。日の出産業 人事部の九十九です。
内定者研修の参加者（7名）をお知らせします。
事前課題の送付は、下記の個人アドレス宛にお願いいたします。

{_bul}

当日はよろしくお願いいたします。
{SIG_TSUKUMO}""")

_p = people(5)
_rows = [["学部・学年", "氏名", "携帯", "メール"]] + [[_rng.choice(["経済学部3年", "工学部3年", "商学部4年", "理工学研究科M1"]),
                                                     x["name"], x["mobile"], f"{x['mr'].lower()}{_rng.randint(100, 999)}@st.seiryo-u.ac.jp"] for x in _p]
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "list of 5 interns (students' mobiles and e-mails) with card-making details sent back to the university career centre",
    sender=TSUKUMO, to=["清陵大学 キャリアセンター <career@seiryo-u.ac.jp>"], charset="iso-2022-jp",
    subject="夏季インターンシップ 受入学生の確認",
    body=f"""清陵大学 キャリアセンター ご担当者様

お世話になっております。日の出産業 人事部の九十九です。
夏季インターンシップの受入学生5名について、下記の内容で確定とさせてください。
期間中は学生用の名刺（所属：日の出産業 インターン）をお渡しします。

{table(_rows, sep='   ')}

相違があればお知らせください。
{SIG_TSUKUMO}""")

# the third "either": phone lines without users
_lines = [_mobile(("080", "070")) for _ in range(8)]
_body = "\n".join(f"  {i}) {n}　契約番号 HK-{_rng.randint(100000, 999999)}" for i, n in enumerate(_lines, 1))
add("either", ["PHONE_NUMBER"], [],
    "8 company-owned mobile numbers to be cancelled, with contract numbers but no users: asset list of lines or people's numbers?",
    sender=SHOJI, to=[HOKUTO], charset="iso-2022-jp",
    subject="回線解約のお願い（8回線）",
    body=f"""片桐様

お世話になっております。東海林です。
下記8回線の解約をお願いします。端末は本日発送しました。

{_body}

解約月の日割り有無についても教えてください。
{SIG_SHOJI}""")

# =========================================================================================
# 送ってよいもの（must go）
# =========================================================================================

_p = people(11)
_sheet = [["管理No", "氏名", "所属", "電話番号", "機種", "状態"]] + [
    [f"HM-{i + 40:03d}", x["name"], x["dept"], x["cmobile"], _rng.choice(["iPhone 13", "AQUOS sense8"]),
     _rng.choice(["貸与中", "貸与中", "修理中"])] for i, x in enumerate(_p)]
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "phone loan ledger sent only to internal colleagues in IT",
    sender=USAMI, to=[SHOJI], cc=[JONOUCHI], charset="iso-2022-jp",
    subject="貸与台帳（総務管理分）の共有",
    body=f"""東海林さん

お疲れさまです。宇佐美です。
総務で管理していた分の貸与台帳を共有します。
情シス側の台帳と突き合わせて、差異があれば教えてください。
{SIG_USAMI}""",
    attachments=[{"kind": "xlsx", "name": "貸与台帳_総務管理分.xlsx", "sheets": {"総務管理分": _sheet}}])

_p = people(9)
_rows = [["社員番号", "氏名", "カナ", "所属", "役職", "メール", "携帯", "自宅住所"]] + [
    [x["empno"], x["name"], x["kana"].replace(" ", "　"), x["dept"], x["title"], x["email"], x["cmobile"], x["addr"]] for x in _p]
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"], [],
    "staff master CSV with home addresses sent to the Osaka office on mail.hinode-sangyo.co.jp: an internal subdomain",
    sender=JONOUCHI, to=["大阪営業所 総務担当 <osaka-soumu@mail.hinode-sangyo.co.jp>"], charset="utf-8",
    subject="社員マスタ（大阪営業所分）の確認依頼",
    body=f"""大阪営業所 総務ご担当

情報システム部の城之内です。
名刺管理サービスのアカウント作成前に、大阪営業所分の社員マスタを確認してください。
誤りがあれば該当セルを黄色にして返送をお願いします。
{SIG_JONOUCHI}""",
    attachments=[{"kind": "csv", "name": "master_osaka.csv", "encoding": "utf-8", "rows": _rows}])

add("pass", [], [],
    "review of a confidentiality agreement (秘密保持契約) with the card-service vendor, sent to the outside law firm: about an NDA, no data",
    sender=JONOUCHI, to=["白川法律事務所 海老名先生 <n.ebina@shirakawa-law.jp>"], cc=[ICHINOSE], charset="iso-2022-jp",
    subject="秘密保持契約書（メイシボックス社）のレビュー依頼",
    body=f"""白川法律事務所
海老名先生

いつもお世話になっております。日の出産業 情報システム部の城之内です。

名刺管理サービス導入にあたり、ベンダー（株式会社メイシボックス）から秘密保持契約書の案が届きました。
以下の点を中心にご確認いただけますでしょうか。

1. 第2条「秘密情報」の定義に、名刺に記載された個人情報が含まれるか
2. 第7条の再委託（クラウド事業者）に関する事前承諾の要否
3. 契約終了時のデータ消去と消去証明の提出義務

契約書案は先生の共有フォルダにアップロード済みです。
4月末の締結を目指しております。
{SIG_JONOUCHI}""")

add("pass", [], [],
    "delivery-date confirmation to the printer ending in the standard Japanese disclaimer (機密情報が含まれている場合があります)",
    sender=YAHAGI, to=[NISHIKI], charset="iso-2022-jp",
    subject="名刺 納品日のご確認",
    body=f"""松任谷様

お世話になっております。日の出産業の矢萩です。
先週お願いした営業二部分（6箱）の納品日ですが、25日（水）午前で変わりないでしょうか。
当日は7階の総務部受付にお届けください。
{SIG_YAHAGI}
{DISCLAIMER_JA}""")

_p = people(3)
_txt = "\n".join(f"　{x['name']}　{x['dept']}　当日連絡先：{x['cmobile']}" for x in _p)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three staff with their company mobiles for the hotel's room list: fewer than five people (may be warned)",
    sender=KUROKAWA, to=["さくらホテル フロント予約 <reserve@sakura-hotel.jp>"], charset="cp932",
    subject="5/15 宿泊者のご連絡（日の出産業）",
    body=f"""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業の黒川です。
5月15日（金）1泊、名刺交換会の運営スタッフ3名の宿泊をお願いします。

{_txt}

チェックインは22時頃になる見込みです。
{SIG_KUROKAWA}""")

_a = person()
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
    "trial request naming one colleague as the trial administrator with his business phone and e-mail",
    sender=JONOUCHI, to=[MEISHIBOX], charset="utf-8",
    subject="トライアル環境の申込み",
    body=f"""羽生田様

お世話になっております。日の出産業の城之内です。
先日ご案内いただいた30日間トライアルを申し込みたく存じます。

管理者アカウントは下記の者でお願いします。
　{_a['dept']}　{_a['name']}
　TEL {_a['direct']}／{_a['email']}

スキャナアプリはiOS版を使用予定です。
{SIG_JONOUCHI}""")

_l = person()
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
    "English mail introducing one new liaison with his business phone and e-mail to a known overseas customer",
    sender=SHINOMIYA, to=["Daniel Brooks <d.brooks@northridge-supply.com>"], charset="utf-8",
    subject="New point of contact from April",
    body=f"""Dear Daniel,

I hope this finds you well.

From 1 April, my colleague {_l['romaji']} will take over the day-to-day handling
of your account, while I stay involved for pricing matters.

  {_l['romaji']}, Overseas Sales Dept. III
  Direct: +81-{_l['direct'][1:]}
  Email: {_l['email']}

He will send you his business card details for your CRM next week.
{SIG_SHINOMIYA}""")

add("pass", [], [],
    "New Year card printing order with design and quantities only",
    sender=KUROKAWA, to=[NISHIKI], charset="iso-2022-jp",
    subject="令和9年 年賀状印刷のご依頼",
    body=f"""松任谷様

いつもお世話になっております。日の出産業の黒川です。
今年も年賀状の印刷をお願いいたします。

・デザイン：カタログ No.K-118（干支・金箔押し）
・社名・住所：昨年版と同じ
・枚数：役員用 300枚、部署用 1,200枚
・宛名印刷：役員用のみ（リストは別途お送りします）
・納期：12月12日（金）

お見積りをいただけますでしょうか。
{SIG_KUROKAWA}""")

_p = people(6)
_q = "\n".join(f"> {i}. {x['name']}　{x['mobile']}" for i, x in enumerate(_p, 1))
add("pass", [], [],
    "reply to the security company; the call chain appears only as quoted text ('>') they sent back; new text names one person without data",
    sender=USAMI, to=["ひなた警備保障 本社営業所 <honsha@hinata-keibi.co.jp>"], charset="iso-2022-jp",
    subject="Re: 緊急連絡先の登録内容確認",
    body=f"""ひなた警備保障 ご担当者様

お世話になっております。宇佐美です。
ご確認ありがとうございます。登録内容は下記のとおりで相違ありません。
なお、3番目の{_p[2]['sei']}は6月から大阪勤務となるため、その時点で差し替えをお願いします（別途ご連絡します）。
{SIG_USAMI}

2026年4月20日(月) 10:41 ひなた警備保障 本社営業所 <honsha@hinata-keibi.co.jp>:
> 日の出産業株式会社 宇佐美様
>
> 機械警備発報時の連絡先として、以下の内容で登録いたしました。
{_q}
>
> 相違がございましたらご連絡ください。
""")

_q = person()
add("pass", [], ["freemail_recipient"],
    "card-text check sent to a mid-career hire at his private gmail before he joins: only his own name, no list",
    sender=YAHAGI, to=[f"{_q['name']} 様 <{_q['mr'].lower()}.{_q['sr'].lower()}.jp@gmail.com>"], charset="utf-8",
    subject="名刺表記のご確認（ご入社前のご案内）",
    body=f"""{_q['name']} 様

日の出産業株式会社 総務部の矢萩でございます。
5月1日のご入社に向けて、名刺を準備しております。
氏名の英字表記を「{_q['ROMAJI']}」で作成してよろしいでしょうか。
旧字体などのご希望があれば、あわせてお知らせください。

入社当日に名刺をお渡しいたします。
{SIG_YAHAGI}""")

add("pass", [], ["freemail_recipient"],
    "event information to one freelance designer on a free-mail address",
    sender=USAMI, to=["Kanae Morioka <kanae.morioka.design@icloud.com>"], charset="iso-2022-jp",
    subject="名刺交換会のご案内",
    body=f"""森岡様

ご無沙汰しております。日の出産業の宇佐美です。
昨年は名刺リニューアルで大変お世話になりました。

5月15日（金）18時より、さくらホテルにて取引先様との名刺交換会を開催いたします。
お時間が合えば、ぜひお越しください。
ご出欠は5月8日までにこのメールへのご返信でお知らせいただけますと幸いです。
{SIG_USAMI}""")

_rows = [["会社名", "代表電話", "受付時間"], ["丸越商事株式会社", "06-6345-2100", "9:00-17:30"],
         ["山吹化成株式会社", "048-641-3300", "8:30-17:00"], ["大鷹工業株式会社", "052-251-7710", "9:00-18:00"],
         ["みなと物産株式会社", "045-662-0081", "9:00-17:00"], ["白鷺建設株式会社", "079-224-5561", "8:00-17:00"],
         ["常盤製作所株式会社", "0263-35-1120", "8:30-17:15"]]
add("pass", [], [],
    "companies' switchboard numbers and hours for a phone-answering service: a list of businesses, not people",
    sender=USAMI, to=["テレサポート24 導入担当 <intro@telesupport24.jp>"], charset="cp932",
    subject="電話代行 取次先リスト",
    body=f"""テレサポート24
導入ご担当者様

お世話になっております。日の出産業の宇佐美です。
取引先からの電話で、折り返し先として伝えていただく各社代表番号の一覧です。

{table(_rows, sep='　', rule='―')}

担当者個人の番号はお伝えしない運用でお願いいたします。
{SIG_USAMI}""")

_rows = [["拠点", "〒", "住所", "TEL", "FAX"],
         ["本社", "103-0027", "東京都中央区日本橋2-11-8 日の出産業ビル", "03-6225-4100", "03-6225-4199"],
         ["大阪営業所", "530-0047", "大阪府大阪市北区西天満4-3-25 梅田プレイス9F", "06-6312-8800", "06-6312-8801"],
         ["名古屋営業所", "460-0003", "愛知県名古屋市中区錦1-18-22 錦センタービル5F", "052-211-6600", "052-211-6601"],
         ["川口物流センター", "333-0833", "埼玉県川口市西青木5-12-3", "048-250-7711", "048-250-7712"],
         ["福岡出張所", "812-0013", "福岡県福岡市博多区博多駅東2-6-1 九勧ビル3F", "092-433-5150", "092-433-5151"]]
add("pass", [], [],
    "branch list (addresses, switchboards) for the back of the new business card: company contacts, not people",
    sender=YAHAGI, to=[NISHIKI2], charset="utf-8",
    subject="新デザイン名刺 裏面の拠点一覧",
    body=f"""小野寺様

お世話になっております。矢萩です。
新デザイン名刺の裏面に載せる拠点一覧をお送りします。

{tsv(_rows)}

福岡出張所は今回から追加です。レイアウトが詰まるようでしたらFAXは省略して構いません。
{SIG_YAHAGI}""")

_t = _corp_no("010401093518")
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "acknowledges the printer's invoice: invoice number, amount and the printer's registration number (T-number), no personal data",
    sender=MAKABE, to=["錦印刷 経理部 <keiri@nishiki-insatsu.co.jp>"], charset="iso-2022-jp",
    subject="請求書受領のご連絡（NI-2026-0412）",
    body=f"""錦印刷株式会社 経理部 御中

お世話になっております。日の出産業 経理部の真壁です。
下記請求書を受領いたしました。

　請求書番号：NI-2026-0412
　ご請求金額：148,500円（税込）
　登録番号：T{_t}
　お支払予定日：5月29日（金）

いつもどおり御社指定口座へお振込みいたします。
{SIG_MAKABE}""")

add("pass", [], [],
    "delivery notice with a 12-digit parcel tracking number and an order number: not a My Number",
    sender=YAHAGI, to=["東雲プリント 営業 <eigyo@shinonome-print.jp>"], charset="iso-2022-jp",
    subject="Re: 名刺発送のご連絡",
    body=f"""東雲プリント ご担当者様

お世話になっております。矢萩です。
発送のご連絡ありがとうございます。

　ご注文番号：SP-0425-1187
　お問い合わせ伝票番号：4521-8836-0917

本日午後、無事に受領いたしました。
次回は7月頃に新入社員分をお願いする予定です。
{SIG_YAHAGI}""")

add("pass", [], [],
    "question about the printer's price list (unit prices, options)",
    sender=USAMI, to=["はなまる印刷 受注センター <order@hanamaru-print.co.jp>"], charset="utf-8",
    subject="価格表についての質問",
    body=f"""はなまる印刷 受注センター御中

お世話になっております。日の出産業の宇佐美です。
御社の法人向け価格表（2026年版）について教えてください。

1. 「片面モノクロ 100枚 1,650円」は1名分の単価でしょうか、1版あたりでしょうか。
2. 角丸加工（+330円）は両面カラーにも適用可能でしょうか。
3. 50箱以上の場合のボリュームディスカウントはありますか。

よろしくお願いいたします。
{SIG_USAMI}""")

_q = person()
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "lost (left on a train) phone: one employee's name and line number to the carrier's support, no sensitive detail",
    sender=SHOJI, to=["北斗モバイル サポート <support@hokuto-mobile.co.jp>"], charset="cp932",
    subject="社用携帯 紛失のご連絡",
    body=f"""北斗モバイル サポートご担当者様

日の出産業の東海林です。
社用携帯1台の紛失がありましたので、遠隔ロックをお願いします。

　回線番号：{_q['cmobile']}
　使用者：{_q['name']}
　状況：本日朝、通勤電車内に置き忘れ（鉄道会社に届出済み）

見つかり次第ご連絡します。
{SIG_SHOJI}""")

add("pass", [], [],
    "support question about a CSV import error message",
    sender=JONOUCHI, to=["メイシボックス サポート <support@meishibox.jp>"], charset="utf-8",
    subject="CSVインポート時のエラーについて",
    body=f"""メイシボックス サポートご担当者様

お世話になっております。日の出産業の城之内です。
管理画面からCSVをインポートすると、以下のエラーで止まってしまいます。

  ERROR E-2104: 列「会社名」の値が長すぎます（最大100文字）

該当行は見当たらないのですが、文字コード（Shift_JIS）の問題でしょうか。
対処方法を教えていただけますと助かります。
{SIG_JONOUCHI}""")

_p = people(4)
_txt = "\n".join(f"◆{x['name']}（{x['dept']}）\n　携帯：{x['cmobile']}　Mail：{x['email']}" for x in _p)
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "four project members' business mobiles and e-mails to the partner: under five people (may be warned)",
    sender=CHIHAYA, to=["青葉運輸 星野様 <k.hoshino@aoba-unyu.co.jp>"], charset="iso-2022-jp",
    subject="共同配送プロジェクト 弊社メンバー",
    body=f"""星野様

お世話になっております。千早です。
共同配送プロジェクトの弊社メンバー4名をご連絡します。

{_txt}

今後のご連絡はメンバー全員をCCに入れていただけますと助かります。
{SIG_CHIHAYA}""")

add("pass", [], [],
    "answers a vendor's security checklist: mentions マイナンバー and クレジットカード only as categories not handled",
    sender=JONOUCHI, to=[MEISHIBOX], charset="iso-2022-jp",
    subject="Re: 委託先チェックシートへのご回答",
    body=f"""羽生田様

お世話になっております。城之内です。
ご依頼の委託先チェックシートに回答いたします。

Q3 預託する個人情報の種類：取引先担当者の名刺記載情報（氏名・会社名・部署・役職・連絡先）
Q4 マイナンバー（個人番号）の預託：なし
Q5 クレジットカード番号の預託：なし
Q6 要配慮個人情報の預託：なし
Q7 預託件数（概算）：約12,000件

記入済みのシートは後ほど原本を郵送いたします。
{SIG_JONOUCHI}""")

_p = people(3)
_txt = "\n".join(f"{x['name']}　{x['mobile']}" for x in _p)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three organisers' private mobiles to the coach company for a staff trip: fewer than five people",
    sender=KUROKAWA, to=["ほしぞら観光バス 予約係 <yoyaku@hoshizora-bus.co.jp>"], charset="utf-8",
    subject="社員旅行 貸切バス 当日の連絡先",
    body=f"""ほしぞら観光バス 予約係様

お世話になっております。日の出産業の黒川です。
10月3日（土）の貸切バス2台の件、当日の幹事3名の連絡先をお知らせします。

{_txt}

集合は7時30分、東京駅八重洲口の貸切バス乗降場でお願いします。
{SIG_KUROKAWA}""")

add("pass", [], [],
    "HTML-only mail announcing the new sales organisation with department phone numbers (no personal data)",
    sender=CHIHAYA, to=["北国フーズ 南様 <a.minami@kitaguni-foods.co.jp>"], charset="utf-8",
    subject="新体制のご案内",
    html=f"""<html><body>
<p>北国フーズ株式会社<br>南様</p>
<p>平素より格別のご高配を賜り、誠にありがとうございます。<br>
4月1日より弊社営業本部の体制を下記のとおり改めましたので、ご案内申し上げます。</p>
{html_table([["部署", "担当エリア", "代表電話"], ["営業一部", "関東・甲信越", "03-6225-4210"],
             ["営業二部", "東北・北海道", "03-6225-4230"], ["営業三部（海外）", "アジア・欧米", "03-6225-4250"]])}
<p>ご担当者に変更はございません。引き続きよろしくお願い申し上げます。</p>
<p>日の出産業株式会社 営業一部 千早 俊介</p>
</body></html>""")

_q = person()
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
    "proof-correction PDF for one person's card sent back to the printer",
    sender=YAHAGI, to=[NISHIKI2], charset="iso-2022-jp",
    subject="校正戻し（1名分）",
    body=f"""小野寺様

お世話になっております。矢萩です。
{_q['sei']}分の校正、1点修正がありますので赤字を入れたPDFをお送りします。
（役職を「主任」→「係長」に変更）
{SIG_YAHAGI}""",
    attachments=[{"kind": "pdf", "name": f"校正戻し_{_q['sei']}.pdf",
                  "lines": ["【校正戻し】", f"{_q['dept']}　係長（←主任）", _q["name"], _q["ROMAJI"],
                            f"TEL {_q['direct']}　携帯 {_q['cmobile']}", _q["email"]]}])

add("pass", [], ["multiple_external_domains"],
    "normal three-way meeting mail: two external organisations in To",
    sender=JONOUCHI, to=["川崎電機 岩佐様 <iwasa@kawasaki-denki.co.jp>", "ツバサシステム 有馬様 <y.arima@tsubasa-system.jp>"],
    charset="iso-2022-jp", subject="名刺データ連携に関する三者打合せ",
    body=f"""川崎電機 岩佐様
ツバサシステム 有馬様

お世話になっております。日の出産業の城之内です。
名刺管理サービスとSFAの連携について、三者での打合せを以下で設定させてください。

　日時：4月28日（火）15:00〜16:00
　場所：弊社7F 第2会議室（Teams併用）
　議題：取引先マスタの名寄せルール、連携頻度

ご都合が悪い場合はお知らせください。
{SIG_JONOUCHI}""")

_b = person()
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "one colleague's company mobile given to building management as the weekend contact",
    sender=USAMI, to=["日本橋ビルマネジメント 管理室 <kanri@nihonbashi-bm.co.jp>"], charset="iso-2022-jp",
    subject="休日工事立会いの連絡先",
    body=f"""日本橋ビルマネジメント 管理室 御中

お世話になっております。日の出産業の宇佐美です。
6月6日（土）の7F空調工事の立会いは、総務部の{_b['name']}が担当いたします。
当日の連絡先：{_b['cmobile']}（会社携帯）

よろしくお願いいたします。
{SIG_USAMI}""")

_p = people(4)
_rows = [["氏名", "英字", "所属・役職", "直通", "携帯", "メール"]] + [
    [x["name"], x["ROMAJI"], f"{x['dept']} {x['title']}".strip(), x["direct"], x["cmobile"], x["email"]] for x in _p]
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "card order for four people: business contacts of fewer than five people (may be warned)",
    sender=KUROKAWA, to=[NISHIKI], charset="cp932",
    subject="名刺作成のお願い（4名）",
    body=f"""松任谷様

お世話になっております。日の出産業の黒川です。
昇格者4名分の名刺をお願いいたします（各100枚）。

{table(_rows, sep=' | ', rule='-')}

納品は来週中で結構です。
{SIG_KUROKAWA}""")

_p = people(8)
_lines = ["日の出産業株式会社 詳細組織図（2026年4月1日）", ""] + [f"{x['dept']}　{x['title'] or '担当'}　{x['name']}　内線{x['ext']}" for x in _p]
add("pass", ["PERSON_NAME"], [],
    "org chart stamped 社外秘 distributed to all staff: every recipient internal",
    sender=ICHINOSE, to=["全社員 <all@hinode-sangyo.co.jp>"], charset="iso-2022-jp",
    subject="【社外秘】4月1日付 組織図",
    body=f"""全社員各位

経営企画室の一ノ瀬です。
4月1日付の組織図を添付します。社外秘のため、取引先等への転送はご遠慮ください。
{SIG_ICHINOSE}""",
    attachments=[{"kind": "pdf", "name": "組織図_社内版.pdf", "page_header": "社外秘", "lines": _lines}])

_p = people(5)
_sheet = [["社員番号", "氏名", "個人番号", "扶養人数"]] + [[x["empno"], x["name"], _mynum(), _rng.randint(0, 3)] for x in _p]
add("pass", ["PERSON_NAME", "JP_MY_NUMBER"], [],
    "My Number list from HR to payroll: sensitive, but all recipients are internal",
    sender=TSUKUMO, to=[MAKABE], charset="utf-8",
    subject="4月入社者 個人番号（年末調整用）",
    body=f"""真壁さん

お疲れさまです。人事の九十九です。
4月入社者5名の個人番号を、年末調整システム登録用にお送りします。
登録後はファイルを削除してください。
{SIG_TSUKUMO}""",
    attachments=[{"kind": "xlsx", "name": "個人番号_4月入社.xlsx", "sheets": {"個人番号": _sheet}}])

_p = people(8)
_old = "\n".join(f"{x['name']}\t{x['email']}\t{x['dept']}" for x in _p)
_n = person()
add("pass", ["PERSON_NAME", "EMAIL_ADDRESS"], [],
    "adds one user; the earlier 8-user list sits under -----Original Message----- (quoted, already the vendor's)",
    sender=JONOUCHI, to=[MEISHIBOX], charset="cp932",
    subject="RE: 追加アカウント発行のお願い",
    body=f"""羽生田様

お世話になっております。城之内です。
先日の8名に加えて、1名追加でお願いできますでしょうか。

　{_n['name']}　{_n['email']}　{_n['dept']}

よろしくお願いいたします。
{SIG_JONOUCHI}

-----Original Message-----
差出人: 城之内 葵 <a.jonouchi@hinode-sangyo.co.jp>
送信日時: 2026年4月14日 16:02
宛先: 羽生田 様 <hanyuda@meishibox.jp>
件名: 追加アカウント発行のお願い

羽生田様

下記8名のアカウント発行をお願いします。

{_old}
""")

_qt = "\n".join(f"> - {n}, mobile +65 {_rng.randint(8000, 9899)} {_rng.randint(1000, 9999)}"
                for n in ["Tan Wei Ming", "Siti Nurhaliza Binte Osman", "Rajesh Kumar", "Chloe Lim"])
add("pass", [], [],
    "English reply; the partner's own attendee list appears only in the quoted 'On … wrote:' part",
    sender=SHINOMIYA, to=["Priya Raman <priya.raman@lionprint.com.sg>"], charset="utf-8",
    subject="Re: Booth visit on 3 June",
    body=f"""Hi Priya,

Thank you. We have noted your team and will prepare visitor badges for them.
From our side, I will attend with two colleagues from the logistics team.
{SIG_SHINOMIYA}
{DISCLAIMER_EN}

On Tue, 14 Apr 2026 at 10:02, Priya Raman <priya.raman@lionprint.com.sg> wrote:
> Dear Takuma,
>
> Our visitors on 3 June will be:
{_qt}
>
> Kind regards,
> Priya
""")

add("pass", [], [],
    "logo artwork (PNG) for the new card design sent to the printer",
    sender=YAHAGI, to=[NISHIKI2], charset="iso-2022-jp",
    subject="新ロゴデータの送付",
    body=f"""小野寺様

お世話になっております。矢萩です。
新デザイン名刺用のロゴデータ（PNG）をお送りします。
AI形式は容量が大きいため、ギガファイル便で別途お送りします。
{SIG_YAHAGI}""",
    attachments=[{"kind": "png", "name": "hinode_logo_2026.png"}])

add("pass", [], ["multiple_external_domains"],
    "the printer and the design office in To for a production meeting: two external organisations",
    sender=USAMI, to=[NISHIKI, "スタジオ奏 梓川様 <azusagawa@studio-kanade.jp>"], charset="cp932",
    subject="新名刺 入稿スケジュールの調整",
    body=f"""錦印刷 松任谷様
スタジオ奏 梓川様

お世話になっております。日の出産業の宇佐美です。
新デザイン名刺の入稿について、お二方で直接調整いただけますと助かります。

・デザイン確定：5月22日（金）
・入稿データ形式：PDF/X-4（梓川様→松任谷様）
・色校正：5月29日（金）

進め方にご不明点があれば私までご連絡ください。
{SIG_USAMI}""")

add("pass", [], [],
    "sends the printer a draft NDA covering card data: about an NDA; the document has no classification stamp",
    sender=USAMI, to=[NISHIKI], charset="utf-8",
    subject="秘密保持契約書（案）のご確認",
    body=f"""松任谷様

お世話になっております。日の出産業の宇佐美です。
名刺データのお取扱いについて、今年度から秘密保持契約を締結させていただきたく、案を添付いたします。
内容をご確認のうえ、修正のご希望があればお知らせください。
{SIG_USAMI}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）と錦印刷株式会社（以下「乙」という。）は、甲が乙に委託する名刺等の印刷業務に関し、以下のとおり契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する名刺記載事項その他一切の情報をいう。",
                                 "第2条（目的外使用の禁止）乙は、秘密情報を本業務の目的以外に使用してはならない。",
                                 "第3条（返還・消去）乙は、本業務完了後30日以内に秘密情報を消去するものとする。"]}])
