"""Blind corpus: 日の出産業's home deliveries, installations and moving services.

Written from BRIEF.md alone.  Carriers (青葉運輸 and others), installation contractors,
moving companies, returns and gift vendors; 配送先リスト, 設置工事の予定, 再配達依頼,
転勤者の引越しリスト, 返品回収, 贈答品の発送 — and the ordinary mail of the same desks
(営業所一覧, 問い合わせ番号だけの一覧, 運賃表, エリア別ルート, 出荷数量レポート).
Every person, number and address below is invented.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

# -- invented people -----------------------------------------------------------------------

_SEI = [
    ("勅使河原", "てしがわら", "Teshigawara"), ("東海林", "しょうじ", "Shoji"),
    ("百目鬼", "どうめき", "Domeki"), ("小鳥遊", "たかなし", "Takanashi"),
    ("五百旗頭", "いおきべ", "Iokibe"), ("薬袋", "みない", "Minai"),
    ("九十九", "つくも", "Tsukumo"), ("鬼頭", "きとう", "Kito"), ("猪狩", "いかり", "Ikari"),
    ("御手洗", "みたらい", "Mitarai"), ("纐纈", "こうけつ", "Koketsu"),
    ("忽那", "くつな", "Kutsuna"), ("廿楽", "つづら", "Tsuzura"), ("鴇田", "ときた", "Tokita"),
    ("栗花落", "つゆり", "Tsuyuri"), ("左右田", "そうだ", "Soda"),
    ("四十物", "あいもの", "Aimono"), ("月見里", "やまなし", "Yamanashi"),
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("渡辺", "わたなべ", "Watanabe"), ("中村", "なかむら", "Nakamura"),
    ("小林", "こばやし", "Kobayashi"), ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"),
    ("山口", "やまぐち", "Yamaguchi"), ("松本", "まつもと", "Matsumoto"),
    ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"), ("林", "はやし", "Hayashi"),
    ("清水", "しみず", "Shimizu"), ("阿部", "あべ", "Abe"), ("池田", "いけだ", "Ikeda"),
    ("橋本", "はしもと", "Hashimoto"), ("石川", "いしかわ", "Ishikawa"),
    ("前田", "まえだ", "Maeda"), ("藤原", "ふじわら", "Fujiwara"), ("岡田", "おかだ", "Okada"),
    ("長谷川", "はせがわ", "Hasegawa"), ("村上", "むらかみ", "Murakami"),
    ("近藤", "こんどう", "Kondo"), ("坂本", "さかもと", "Sakamoto"), ("遠藤", "えんどう", "Endo"),
    ("青木", "あおき", "Aoki"), ("西村", "にしむら", "Nishimura"), ("福田", "ふくだ", "Fukuda"),
    ("三浦", "みうら", "Miura"), ("岡本", "おかもと", "Okamoto"), ("中川", "なかがわ", "Nakagawa"),
    ("原田", "はらだ", "Harada"), ("竹内", "たけうち", "Takeuchi"), ("金子", "かねこ", "Kaneko"),
    ("和田", "わだ", "Wada"), ("石田", "いしだ", "Ishida"), ("上田", "うえだ", "Ueda"),
    ("柴田", "しばた", "Shibata"), ("酒井", "さかい", "Sakai"), ("工藤", "くどう", "Kudo"),
    ("横山", "よこやま", "Yokoyama"), ("宮本", "みやもと", "Miyamoto"), ("内田", "うちだ", "Uchida"),
    ("安藤", "あんどう", "Ando"), ("谷口", "たにぐち", "Taniguchi"), ("丸山", "まるやま", "Maruyama"),
    ("今井", "いまい", "Imai"), ("河野", "こうの", "Kono"), ("平野", "ひらの", "Hirano"),
    ("大塚", "おおつか", "Otsuka"), ("千葉", "ちば", "Chiba"), ("久保", "くぼ", "Kubo"),
    ("岩崎", "いわさき", "Iwasaki"), ("野口", "のぐち", "Noguchi"), ("菅原", "すがわら", "Sugawara"),
    ("比嘉", "ひが", "Higa"), ("仲宗根", "なかそね", "Nakasone"), ("我那覇", "がなは", "Ganaha"),
    ("喜屋武", "きゃん", "Kyan"), ("漆原", "うるしばら", "Urushibara"), ("雑賀", "さいか", "Saika"),
    ("東風谷", "こちや", "Kochiya"), ("真栄城", "まえしろ", "Maeshiro"),
    ("鰐淵", "わにぶち", "Wanibuchi"), ("不破", "ふわ", "Fuwa"), ("神林", "かんばやし", "Kanbayashi"),
    ("舟橋", "ふなはし", "Funahashi"), ("雨宮", "あめみや", "Amemiya"), ("乙部", "おとべ", "Otobe"),
    ("生田目", "なばため", "Nabatame"), ("寒河江", "さがえ", "Sagae"), ("宇佐美", "うさみ", "Usami"),
    ("蛭子", "えびす", "Ebisu"), ("馬場", "ばば", "Baba"), ("桑原", "くわばら", "Kuwabara"),
]

_MEI = [
    ("翔太", "しょうた", "Shota"), ("陽菜", "ひな", "Hina"), ("健一", "けんいち", "Kenichi"),
    ("美咲", "みさき", "Misaki"), ("大輔", "だいすけ", "Daisuke"), ("恵子", "けいこ", "Keiko"),
    ("直樹", "なおき", "Naoki"), ("由美子", "ゆみこ", "Yumiko"), ("拓海", "たくみ", "Takumi"),
    ("結衣", "ゆい", "Yui"), ("浩二", "こうじ", "Koji"), ("千尋", "ちひろ", "Chihiro"),
    ("隆", "たかし", "Takashi"), ("文子", "ふみこ", "Fumiko"), ("蓮", "れん", "Ren"),
    ("葵", "あおい", "Aoi"), ("聡", "さとし", "Satoshi"), ("真由美", "まゆみ", "Mayumi"),
    ("和也", "かずや", "Kazuya"), ("早苗", "さなえ", "Sanae"), ("勝", "まさる", "Masaru"),
    ("綾乃", "あやの", "Ayano"), ("悠真", "ゆうま", "Yuma"), ("琴音", "ことね", "Kotone"),
    ("清", "きよし", "Kiyoshi"), ("智子", "ともこ", "Tomoko"), ("修", "おさむ", "Osamu"),
    ("芽衣", "めい", "Mei"), ("邦彦", "くにひこ", "Kunihiko"), ("紗希", "さき", "Saki"),
    ("哲也", "てつや", "Tetsuya"), ("光代", "みつよ", "Mitsuyo"), ("亮", "りょう", "Ryo"),
    ("久美子", "くみこ", "Kumiko"), ("伸介", "しんすけ", "Shinsuke"), ("瑞穂", "みずほ", "Mizuho"),
    ("武", "たけし", "Takeshi"), ("喜美江", "きみえ", "Kimie"), ("圭吾", "けいご", "Keigo"),
    ("風花", "ふうか", "Fuka"), ("義男", "よしお", "Yoshio"), ("杏奈", "あんな", "Anna"),
    ("昌平", "しょうへい", "Shohei"), ("佳代", "かよ", "Kayo"), ("惣一郎", "そういちろう", "Soichiro"),
    ("トメ", "とめ", "Tome"), ("湊", "みなと", "Minato"), ("凛", "りん", "Rin"),
]

# (prefecture, city, towns, postal prefix, landline format)
_AREAS = [
    ("東京都", "世田谷区", ["経堂", "用賀", "桜新町", "上北沢", "等々力"], "15", "03-{4}-{4}"),
    ("東京都", "練馬区", ["石神井町", "大泉学園町", "関町北", "豊玉南"], "17", "03-{4}-{4}"),
    ("東京都", "杉並区", ["阿佐谷北", "高円寺南", "荻窪", "久我山"], "16", "03-{4}-{4}"),
    ("東京都", "江戸川区", ["西葛西", "南小岩", "船堀", "瑞江"], "13", "03-{4}-{4}"),
    ("東京都", "八王子市", ["めじろ台", "南大沢", "散田町"], "19", "042-{3}-{4}"),
    ("神奈川県", "横浜市港北区", ["日吉本町", "綱島西", "大倉山"], "22", "045-{3}-{4}"),
    ("神奈川県", "川崎市中原区", ["小杉町", "新丸子東", "木月"], "21", "044-{3}-{4}"),
    ("神奈川県", "相模原市南区", ["相模大野", "東林間", "上鶴間本町"], "25", "042-{3}-{4}"),
    ("埼玉県", "さいたま市浦和区", ["岸町", "仲町", "常盤"], "33", "048-{3}-{4}"),
    ("埼玉県", "川口市", ["芝新町", "戸塚東", "西川口"], "33", "048-{3}-{4}"),
    ("千葉県", "船橋市", ["前原西", "習志野台", "夏見"], "27", "047-{3}-{4}"),
    ("千葉県", "松戸市", ["常盤平", "新松戸", "五香"], "27", "047-{3}-{4}"),
    ("大阪府", "大阪市淀川区", ["十三本町", "西中島", "三国本町"], "53", "06-{4}-{4}"),
    ("大阪府", "豊中市", ["緑丘", "東豊中町", "上野西"], "56", "06-{4}-{4}"),
    ("兵庫県", "西宮市", ["甲子園口", "今津曙町", "鳴尾町"], "66", "0798-{2}-{4}"),
    ("愛知県", "名古屋市千種区", ["覚王山通", "今池", "星が丘元町"], "46", "052-{3}-{4}"),
    ("福岡県", "福岡市早良区", ["西新", "藤崎", "原"], "81", "092-{3}-{4}"),
    ("宮城県", "仙台市青葉区", ["上杉", "八幡", "国見"], "98", "022-{3}-{4}"),
]

_BLDG = ["グランメゾン", "コーポ", "サンハイツ", "パークサイド", "メゾン・ド・", "レジデンス",
         "ハイム", "シャトー", "ヴィラ", "ライオンズ"]
_BLDG2 = ["経堂", "桜", "欅", "すみれ", "若葉", "白樺", "朝日", "緑風", "北斗", "青空"]


def _kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


_FW = str.maketrans("0123456789-./:()", "０１２３４５６７８９－．／：（）")


def _fw(s: str) -> str:
    """Full-width digits and separators, as some staff type them."""
    return s.translate(_FW)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _person(rng: random.Random, areas: list[int] | None = None) -> dict:
    sei = rng.choice(_SEI)
    mei = rng.choice(_MEI)
    pref, city, towns, zp, land = _AREAS[rng.choice(areas) if areas else rng.randrange(len(_AREAS))]
    town = rng.choice(towns)
    c, b, g = rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 22)
    bldg = ""
    if rng.random() < 0.45:
        bldg = f"{rng.choice(_BLDG)}{rng.choice(_BLDG2)}{rng.randint(1, 5)}0{rng.randint(1, 9)}"
    zipc = f"{zp}{rng.randint(0, 9)}-{_digits(rng, 4)}"
    parts = land.replace("{", "").replace("}", "").split("-")
    home = "-".join(p if i == 0 else _digits(rng, int(p)) for i, p in enumerate(parts))
    mobile = f"{rng.choice(['090', '080', '070'])}-{_digits(rng, 4)}-{_digits(rng, 4)}"
    dob = date(1949, 1, 1) + timedelta(days=rng.randrange(0, 365 * 53))
    roma = f"{mei[2].lower()}.{sei[2].lower()}"
    email = f"{roma}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'outlook.jp', 'ezweb.ne.jp'])}"
    return {
        "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "name2": f"{sei[0]}{mei[0]}",
        "kana": f"{_kata(sei[1])} {_kata(mei[1])}", "hira": f"{sei[1]} {mei[1]}",
        "roma": f"{mei[2]} {sei[2].upper()}", "pref": pref, "city": city, "town": town,
        "ban": f"{c}-{b}-{g}", "ban_kanji": f"{c}丁目{b}番{g}号", "bldg": bldg, "zip": zipc,
        "home": home, "mobile": mobile, "dob": dob, "email": email,
    }


def _people(seed: str, n: int, areas: list[int] | None = None) -> list[dict]:
    rng = random.Random(f"delivery-{seed}")
    out: list[dict] = []
    seen: set[str] = set()
    while len(out) < n:
        p = _person(rng, areas)
        if p["sei"] in seen:
            continue
        seen.add(p["sei"])
        out.append(p)
    return out


def _addr(p: dict, pref: bool = True, bldg: bool = True, kanji: bool = False) -> str:
    s = (p["pref"] if pref else "") + p["city"] + p["town"] + (p["ban_kanji"] if kanji else p["ban"])
    if bldg and p["bldg"]:
        s += " " + p["bldg"]
    return s


def _wareki(d: date) -> tuple[str, str, int]:
    if d >= date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    return "昭和", "S", d.year - 1925


_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _dob(d: date, style: str) -> str:
    era, e, y = _wareki(d)
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "wareki":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "wareki_fw":
        return _fw(f"{era}{y}年{d.month}月{d.day}日")
    if style == "short":
        return f"{e}{y}.{d.month}.{d.day}"
    if style == "short_fw":
        return _fw(f"{e}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ")
    if style == "en":
        return f"{d.day} {_MON[d.month - 1]} {d.year}"
    if style == "en_us":
        return f"{_MON[d.month - 1]}. {d.day}, {d.year}"
    raise ValueError(style)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, w: int) -> str:
    return s + " " * max(w - _width(s), 0)


def _cols(rows: list[list[str]], gap: int = 2, rule: str | None = "-") -> str:
    """Space-padded columns, the way a list is pasted from a fixed-width font."""
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        lines.append((" " * gap).join(_pad(c, widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and rule:
            lines.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(lines)


def _trk(rng: random.Random) -> str:
    return f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}"


def _corp_number(base12: str) -> str:
    """法人番号: check digit in front of a 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- our side ----------------------------------------------------------------------------

D = "hinode-sangyo.co.jp"

SIG_BUTSURYU = """\
──────────────────────
日の出産業株式会社 物流部 配送管理課
村井 智之（Tomoyuki Murai）
〒335-0031 埼玉県戸田市美女木東1-4-8 日の出産業 戸田物流センター
TEL 048-421-6630（代表） / FAX 048-421-6631
t-murai@hinode-sangyo.co.jp
──────────────────────"""

SIG_SETTI = """\
--
日の出産業株式会社
カスタマーサポート部 設置手配チーム
森永 さやか
TEL：03-5403-2237　内線 4127
Mail：s-morinaga@hinode-sangyo.co.jp
〒105-0013 東京都港区浜松町2-7-15 日の出ビル6F"""

SIG_SOMU = """\
***************************************
日の出産業株式会社 総務部 総務課（転勤・社宅担当）
岸本 隆之 Takayuki Kishimoto
〒105-0013 東京都港区浜松町2-7-15 日の出ビル4F
Tel: 03-5403-2200 / Mobile: 080-3391-0274
https://www.hinode-sangyo.co.jp/
***************************************"""

SIG_HENPIN = """\
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業（株） 通販事業部 返品センター
担当：江藤 まどか
TEL 048-421-6655 ／ 受付 9:00〜17:30（土日祝休）
henpin-center@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_GIFT = """\
-----------------------------------------
日の出産業株式会社 営業推進部 法人ギフト担当
稲垣 健太郎
〒105-0013 東京都港区浜松町2-7-15
直通 03-5403-2251 ／ k-inagaki@hinode-sangyo.co.jp
-----------------------------------------"""

SIG_OSAKA = """\
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 関西支店 物流課
葛城 直人
〒532-0011 大阪府大阪市淀川区西中島5-9-3 新大阪日の出ビル3F
TEL 06-6305-1180  FAX 06-6305-1181
━━━━━━━━━━━━━━━━━━━━━━━━"""

DISCLAIMER = """\
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者にご連絡のうえ、本メールを削除してください。無断での転載・複製を禁じます。"""

DISCLAIMER_EN = """\
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

MURAI = f"物流部 村井 智之 <t-murai@{D}>"
MORINAGA = f"森永 さやか <s-morinaga@{D}>"
KISHIMOTO = f"総務部 岸本 <t-kishimoto@{D}>"
ETO = f"返品センター 江藤 <henpin-center@{D}>"
INAGAKI = f"稲垣 健太郎 <k-inagaki@{D}>"
KATSURAGI = f"葛城 直人 <n-katsuragi@{D}>"

AOBA = "青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"
AOBA_TOTSUKA = "溝口 様 <mizoguchi@aoba-unyu.co.jp>"
HIGASHI = "ひがし設備工業 工事課 <koji@higashi-setsubi.co.jp>"
SAKAKI = "さかき引越センター 法人営業 <hojin@sakaki-hikkoshi.co.jp>"
MINATO = "みなとロジサービス 回収受付 <kaishu@minato-logi.jp>"
HOKUTO = "北斗物流 東京支店 <tokyo@hokuto-butsuryu.co.jp>"
KITAGUNI = "北国フーズ ギフト受注 <gift@kitaguni-foods.co.jp>"
TAKASAGO = "高砂電工 施工管理 <sekou@takasago-denko.co.jp>"

MESSAGES: list[dict] = []


def _m(**kw) -> None:
    MESSAGES.append(kw)


# =========================================================================================
# MUST STOP — lists of people
# =========================================================================================

# 1. space-padded 配送先リスト in the body, to the partner carrier
_p = _people("aoba-weekly", 7, [0, 1, 2, 3])
_rng = random.Random("aoba-weekly-slots")
_rows = [["お届け先", "住所", "電話", "時間帯", "個口"]]
for _x in _p:
    _rows.append([_x["name"], _addr(_x), _x["mobile"] if _rng.random() < .6 else _x["home"],
                  _rng.choice(["午前中", "14-16時", "16-18時", "18-20時", "19-21時"]),
                  str(_rng.randint(1, 3))])
_m(id="delivery-aoba-weekly-list", expect="stop", sender=MURAI, to=[AOBA],
   cc=[f"配送管理課 <haiso-kanri@{D}>"],
   subject="【ご依頼】6/14(土) 大型家具 個人宅配送分のご手配",
   body=f"""青葉運輸株式会社
配車センター ご担当者様

いつも大変お世話になっております。日の出産業の村井です。

6/14(土)着の大型家具（2名作業）個人宅配送分、下記7件のご手配をお願いいたします。
搬入経路の事前確認が必要なお宅は表の下に記載しています。

{_cols(_rows)}

※階段上げ2件（{_p[1]['sei']}様・{_p[4]['sei']}様）は追加料金のお見積りを別途お願いします。
※不在時は当課（048-421-6630）までご連絡ください。

何卒よろしくお願いいたします。

{SIG_BUTSURYU}
""",
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="7 customers' home addresses and phones in padded columns to the carrier")

# 2. tab-separated installation appointments, addresses without prefecture, to a contractor
_p = _people("higashi-aircon", 6, [0, 2, 4])
_rng = random.Random("higashi-aircon-b")
_lines = ["受付No\tお客様\t設置先\t連絡先\t工事日\t機種"]
for _i, _x in enumerate(_p):
    _lines.append(f"AC-{25061 + _i * 7}\t{_x['name']}\t{_addr(_x, pref=False)}\t{_x['mobile']}\t"
                  f"6/{_rng.randint(16, 28)} {_rng.choice(['AM', 'PM'])}\tHN-{_rng.choice(['22', '28', '40'])}SX")
_m(id="delivery-aircon-install-tsv", expect="stop", sender=MORINAGA, to=[HIGASHI],
   subject="エアコン標準設置工事 6月後半分 工事予約のお願い",
   body="ひがし設備工業株式会社\n工事課 御中\n\nお世話になっております。日の出産業 設置手配チームの森永です。\n"
        "6月後半の標準設置工事について、お客様と日程調整済みの6件をお送りします。\n"
        "（Excelからそのまま貼り付けていますので、ずれて見えたらすみません）\n\n"
        + "\n".join(_lines) +
        "\n\n室外機の置き場所が2階ベランダのお宅が2件あります。前日までに作業員さまから"
        "お客様へ到着時間のお電話をお願いします。\n\n" + SIG_SETTI + "\n",
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="6 installation appointments with home address (no prefecture) and mobile, TSV in body")

# 3. re-delivery requests as 「・」 bullets, names in running text
_p = _people("redeliv-bullets", 5, [5, 6])
_rng = random.Random("redeliv-bullets-b")
_b = []
for _x in _p:
    _b.append(f"・{_x['sei']}様（{_addr(_x, pref=False, bldg=True)}）不在票{_digits(_rng, 4)}-{_digits(_rng, 4)}-{_digits(_rng, 4)}、"
              f"{_rng.choice(['明日', '6/12', '6/13'])}の{_rng.choice(['19-21時', '午前中', '18-20時'])}希望、"
              f"携帯{_x['mobile']}")
_m(id="delivery-redelivery-bullets", expect="stop", sender=f"CS 吉永 <m-yoshinaga@{D}>",
   to=[AOBA_TOTSUKA],
   subject="再配達のお願い（港北・中原エリア 5件）",
   body="青葉運輸 戸塚営業所\n溝口様\n\nお世話になります。日の出産業カスタマーサポートの吉永です。\n"
        "お客様から弊社窓口に再配達のご依頼が入りましたので、お手数ですが以下ご対応ください。\n\n"
        + "\n".join(_b) +
        "\n\n" + _p[2]["sei"] + "様は宅配ボックス不可のマンションとのことです。\n"
        "以上、よろしくお願いいたします。\n\n吉永 美穂\n日の出産業株式会社 カスタマーサポート部\n03-5403-2230\n",
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="5 customers' re-delivery requests with addresses and mobiles in bullets to carrier")

# 4. gift shipment, one record per block, to the partner food company
_p = _people("ochugen-blocks", 8)
_rng = random.Random("ochugen-blocks-b")
_blk = []
for _i, _x in enumerate(_p, 1):
    _blk.append(f"【お届け先{_i}】\n〒{_x['zip']}\n{_addr(_x, kanji=_i % 2 == 0)}\n{_x['name']} 様\n"
                f"TEL {_x['home'] if _i % 3 else _x['mobile']}\n商品：{_rng.choice(['KF-301 十勝チーズ詰合せ', 'KF-118 鮭といくらの親子セット', 'KF-520 メロンゼリー12個入'])}")
_m(id="delivery-ochugen-gift-blocks", expect="stop", sender=INAGAKI, to=[KITAGUNI],
   subject="お中元 直送分（役員個人宛）発送依頼",
   body="北国フーズ株式会社\nギフト受注センター ご担当者様\n\n平素は格別のお引き立てを賜り、厚く御礼申し上げます。\n"
        "日の出産業 営業推進部の稲垣でございます。\n\n先日お見積りいただいたお中元のうち、"
        "ご自宅への直送分8件をご依頼申し上げます。のし：御中元／名入れ：日の出産業株式会社 代表取締役 日野 宗一\n"
        "お届け日は7/8以降でお願いいたします。\n\n" + "\n\n".join(_blk) +
        "\n\nご請求は従来どおり本社経理部宛でお願いいたします。\n\n" + SIG_GIFT + "\n",
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="8 gift recipients' home addresses and phones, one block per person, to a partner")

# 5. employees' relocation list as an HTML table, HTML-only mail
_p = _people("tenkin-html", 6)
_rng = random.Random("tenkin-html-b")
_tr = []
for _x in _p:
    _dst = random.Random(_x["name"]).choice(_AREAS)
    _tr.append(f"<tr><td>{_x['name']}</td><td>{_addr(_x)}</td><td>{_dst[0]}{_dst[1]}{_dst[2][0]}{_rng.randint(1,5)}-{_rng.randint(1,20)}-{_rng.randint(1,15)} 社宅{_rng.randint(1,4)}0{_rng.randint(1,8)}</td>"
               f"<td>{_x['mobile']}</td><td>{_rng.randint(1, 5)}名</td><td>{_rng.choice(['3/28', '3/29', '3/30', '4/1'])}</td></tr>")
_m(id="delivery-tenkin-html-table", expect="stop", sender=KISHIMOTO, to=[SAKAKI],
   subject="4月定期異動に伴う引越し手配（第1陣 6名）",
   html="""<html><body style="font-family:'Meiryo UI'">
<p>さかき引越センター株式会社<br>法人営業部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 総務部の岸本です。<br>
4月1日付の定期異動に伴う転勤者の引越しにつきまして、第1陣6名分のお見積りと日程仮押さえをお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>現住所</th><th>転居先</th><th>携帯</th><th>家族</th><th>搬出希望</th></tr>
""" + "\n".join(_tr) + """
</table>
<p>梱包資材は3/20頃までに各自宅へお届けいただけますと助かります。<br>
ご不明点は岸本までお問い合わせください。</p>
<p>日の出産業株式会社 総務部 総務課<br>岸本 隆之<br>TEL 03-5403-2200</p>
</body></html>""",
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="6 employees' current and new home addresses and mobiles in an HTML table to a mover")

# 6. returns pick-up list as a CP932 CSV attachment
_p = _people("henpin-csv", 12)
_rng = random.Random("henpin-csv-b")
_csv = [["受付番号", "注文番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "回収希望日", "理由"]]
for _i, _x in enumerate(_p):
    _csv.append([f"RT{2406100 + _i * 3}", f"HN-{_digits(_rng, 8)}", _x["name"], _x["kana"], _x["zip"],
                 _addr(_x), _x["home"] if _i % 2 else _x["mobile"], f"2025/06/{_rng.randint(10, 20)}",
                 _rng.choice(["サイズ違い", "初期不良", "イメージ違い", "誤配送"])])
_m(id="delivery-returns-csv", expect="stop", sender=ETO, to=[MINATO],
   subject="返品回収依頼データ 6/9受付分", charset="iso-2022-jp",
   body="みなとロジサービス株式会社\n回収受付ご担当者様\n\nいつもお世話になっております。\n"
        "日の出産業 返品センターの江藤です。\n\n6/9受付分の返品回収依頼データ（12件）を添付いたします。\n"
        "いつもの取込フォーマットです。回収完了後、実績データのご返送をお願いいたします。\n\n" + SIG_HENPIN + "\n",
   attachments=[{"kind": "csv", "name": "kaishu_20250609.csv", "encoding": "cp932", "rows": _csv}],
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="12 returning customers with addresses and phones in a CP932 CSV to the returns contractor")

# 7. XLSX with a title row and two sheets, installation schedule
_p = _people("takasago-xlsx", 10, [12, 13, 14])
_rng = random.Random("takasago-xlsx-b")
_sheet = [["2025年7月 食洗機・IH 設置工事予定表（関西）", "", "", "", "", ""], [],
          ["工事日", "時間", "お客様名", "設置住所", "電話", "品番"]]
for _x in _p:
    _sheet.append([f"7/{_rng.randint(1, 31)}", _rng.choice(["9:00-12:00", "13:00-15:00", "15:00-17:00"]),
                   _x["name2"], _addr(_x), _x["home"], _rng.choice(["DW-45H", "IH-3K60", "DW-60F"])])
_m(id="delivery-kansai-install-xlsx", expect="stop", sender=KATSURAGI, to=[TAKASAGO],
   subject="7月分 設置工事予定表の送付", charset="cp932",
   body="高砂電工株式会社\n施工管理ご担当 様\n\nお世話になっております。日の出産業 関西支店の葛城です。\n"
        "7月分の設置工事予定表をお送りします。シート「予定」をご確認のうえ、作業員の割当てをお願いします。\n"
        "「凡例」シートに記号の意味を記載しています。\n\nよろしくお願いいたします。\n\n" + SIG_OSAKA + "\n",
   attachments=[{"kind": "xlsx", "name": "設置工事予定_2025年7月_関西.xlsx",
                 "sheets": {"予定": _sheet,
                            "凡例": [["記号", "意味"], ["◎", "既設撤去あり"], ["△", "分岐水栓持込"],
                                     ["※", "駐車スペースなし"]]}}],
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="10 customers' installation addresses and phones in an XLSX with a title row")

# 8. DOCX table of transferees with family members' dates of birth (和暦)
_p = _people("tenkin-docx", 5)
_styles = ["wareki", "short", "wareki_fw", "kanji", "short_fw"]
_t = [["社員番号", "氏名", "生年月日", "現住所", "新任地", "同行家族"]]
for _i, _x in enumerate(_p):
    _t.append([f"H{10340 + _i * 17}", _x["name"], _dob(_x["dob"], _styles[_i]), _addr(_x, kanji=True),
               random.Random(_x["sei"]).choice(["札幌支店", "福岡営業所", "仙台支店", "名古屋支店"]),
               random.Random(_x["mei"]).choice(["配偶者・長男", "なし", "配偶者", "配偶者・長女・次女"])])
_m(id="delivery-tenkin-docx-dob", expect="stop", sender=KISHIMOTO,
   to=["グローバル・リロケーション 佐野様 <sano@global-relo.co.jp>"],
   subject="Re: 転勤者 引越し保険加入のための情報提供について",
   body="グローバル・リロケーション株式会社\n佐野様\n\nお世話になっております。日の出産業の岸本です。\n"
        "ご依頼のあった引越し動産保険の加入手続き用の情報を、Word の表にまとめて添付しました。\n"
        "生年月日は社内の記録どおり和暦のまま記載しています。ご確認ください。\n\n" + SIG_SOMU + "\n",
   attachments=[{"kind": "docx", "name": "転勤者一覧_保険手続用.docx",
                 "paragraphs": ["引越し動産保険 加入者情報", "日の出産業株式会社 総務部"],
                 "tables": [_t]}],
   entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
   note="5 employees with 和暦 dates of birth and home addresses in a DOCX table to a relocation firm")

# 9. PDF table of consignment notes (送り状控え)
_p = _people("okurijo-pdf", 8)
_rng = random.Random("okurijo-pdf-b")
_t = [["問合せ番号", "お届け先氏名", "郵便番号", "お届け先住所", "電話番号", "品名"]]
for _x in _p:
    _t.append([_trk(_rng), _x["name"], _x["zip"], _addr(_x, bldg=False), _x["home"],
               _rng.choice(["羽毛布団", "電気ケトル", "収納ラック", "空気清浄機"])])
_m(id="delivery-okurijo-pdf", expect="stop", sender=MURAI, to=[AOBA],
   subject="誤出荷の件：送り状控え（6/3出荷分）",
   body="青葉運輸株式会社 配車センター御中\n\nお世話になっております。日の出産業 村井です。\n"
        "お電話でお話しした6/3出荷分の取り違えの件、該当の送り状控え8件をPDFにしてお送りします。\n"
        "お手数ですが、荷物の所在確認をお願いいたします。\n\n" + SIG_BUTSURYU + "\n\n" + DISCLAIMER + "\n",
   attachments=[{"kind": "pdf", "name": "okurijo_hikae_0603.pdf", "title": "送り状控え",
                 "lines": ["送り状控え（6/3 戸田物流センター出荷分）", ""], "table": _t}],
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="8 consignees' names, addresses and phones in a PDF table; the disclaimer is not a marking")

# 10. ZIP (no password) of one CSV per area
_pa = _people("zip-area-a", 6, [8, 9])
_pb = _people("zip-area-b", 5, [10, 11])
_rng = random.Random("zip-area")


def _area_rows(ps: list[dict]) -> list[list[str]]:
    rows = [["No", "届け先", "住所", "TEL", "指定"]]
    for i, x in enumerate(ps, 1):
        rows.append([str(i), x["name"], _addr(x), x["mobile"], _rng.choice(["AM", "PM", "夜間", "指定なし"])])
    return rows


_m(id="delivery-area-zip", expect="stop", sender=MURAI, to=[HOKUTO],
   subject="埼玉・千葉エリア 来週分の配送データ",
   body="北斗物流株式会社 東京支店\n配車ご担当 様\n\nいつもお世話になっております。\n日の出産業 物流部の村井です。\n\n"
        "来週（6/16〜6/21）の埼玉・千葉エリア個人宅配送分をエリア別CSVにしてZIPでまとめました。\n"
        "（パスワードはかけていません）\n\nよろしくお願いします。\n\n" + SIG_BUTSURYU + "\n",
   attachments=[{"kind": "zip", "name": "haiso_0616-0621.zip", "files": [
       {"kind": "csv", "name": "saitama.csv", "encoding": "cp932", "rows": _area_rows(_pa)},
       {"kind": "csv", "name": "chiba.csv", "encoding": "cp932", "rows": _area_rows(_pb)},
       {"kind": "txt", "name": "readme.txt", "text": "指定：AM=午前中 PM=14-18時 夜間=18-21時"}]}],
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="11 delivery addresses and mobiles split over two CSVs inside an unencrypted ZIP")

# 11. forward (転送) of a colleague's internal mail carrying a recycling pick-up list
_p = _people("fw-recycle", 6, [0, 1, 4])
_rng = random.Random("fw-recycle-b")
_fl = []
for _x in _p:
    _fl.append(f"{_x['name']}様　{_addr(_x)}　{_x['home']}　{_rng.choice(['冷蔵庫', '洗濯機', 'テレビ', 'エアコン'])}1台")
_m(id="delivery-fw-recycle-list", expect="stop", sender=MORINAGA,
   to=["家電循環センター 回収課 <kaishu@kaden-junkan.co.jp>"],
   subject="FW: 買替え時の旧家電引取り（6月第3週）",
   body="家電循環センター株式会社\n回収課 ご担当者様\n\nお世話になっております。日の出産業の森永です。\n"
        "営業から回ってきた引取り依頼を転送いたします。リサイクル券は当日作業員さまにお渡しします。\n"
        "日程のご調整をよろしくお願いいたします。\n\n"
        "-------- 転送メッセージ --------\n"
        f"From: 営業二課 大西 <r-onishi@{D}>\nTo: 設置手配チーム <setti@{D}>\n"
        "Date: 2025/06/09 (月) 17:42\nSubject: 買替え時の旧家電引取り（6月第3週）\n\n"
        "設置手配チーム 各位\n\n新品納品時に旧製品の引取りを希望されているお客様です。手配お願いします。\n\n"
        + "\n".join(_fl) + "\n\n大西\n",
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="a forwarded internal mail: 6 customers' addresses and phones reach an external recycler")

# 12. full-width spaces and full-width digits
_p = _people("fw-digits", 6, [15])
_rng = random.Random("fw-digits-b")
_l = ["氏名　　　　　　電話番号　　　　　　　住所"]
for _x in _p:
    _l.append(_x["name2"] + "　" * ((16 - _width(_x["name2"])) // 2) + _fw(_x["mobile"]) + "　" + _fw(_addr(_x, pref=False)))
_m(id="delivery-nagoya-fullwidth", expect="stop", sender=f"名古屋営業所 堀 <y-hori@{D}>",
   to=["北斗物流 名古屋営業所 <nagoya@hokuto-butsuryu.co.jp>"],
   subject="千種区　土曜配送分の件",
   body="北斗物流株式会社\n名古屋営業所　配車ご担当者様\n\nいつもお世話になっております。\n"
        "日の出産業名古屋営業所の堀でございます。\n\n今週土曜日の千種区の個人宅配送分、下記６件になります。\n"
        "いずれもベッドフレーム（組立なし）、２名での搬入をお願いいたします。\n\n"
        + "\n".join(_l) +
        "\n\n以上です。何かございましたら堀（０５２－７３５－４４１０）までご連絡ください。\n\n"
        "日の出産業株式会社　名古屋営業所\n堀　佳祐\n",
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="6 names, full-width mobile numbers and addresses without prefecture, full-width spacing")

# 13. reply: the carrier's quoted text has tracking numbers only; the new text adds a list
_p = _people("reply-newlist", 5, [16])
_rng = random.Random("reply-newlist-b")
_trks = [_trk(_rng) for _ in _p]
_new = "\n".join(f"{t}　{x['name']}様　{x['mobile']}　（日中は {x['home']}）" for t, x in zip(_trks, _p))
_q = "\n".join(f"> {t}" for t in _trks)
_m(id="delivery-reply-adds-phones", expect="stop", sender=f"福岡営業所 鶴田 <a-tsuruta@{D}>",
   to=["青葉運輸 福岡営業所 <fukuoka@aoba-unyu.co.jp>"],
   subject="Re: 連絡先不明のお荷物について（早良区）",
   body="青葉運輸 福岡営業所\n中園様\n\nお世話になっております。日の出産業の鶴田です。\n"
        "ご照会の5件、受注データからお客様の連絡先を確認しましたのでお知らせします。\n\n"
        + _new +
        "\n\nいずれも早良区西新・藤崎エリアのお客様です。よろしくお願いいたします。\n\n"
        "鶴田 亜希子\n日の出産業株式会社 福岡営業所\nTEL 092-771-3306\n\n"
        "-----Original Message-----\nFrom: 中園 <nakazono@aoba-unyu.co.jp>\nSent: Tuesday, June 10, 2025 11:05 AM\n"
        f"To: a-tsuruta@{D}\nSubject: 連絡先不明のお荷物について（早良区）\n\n"
        "日の出産業 鶴田様\n\n下記お問い合わせ番号のお荷物、伝票の電話番号が不通のため配達できておりません。\n"
        "お客様のご連絡先をご教示いただけますでしょうか。\n\n" + _q + "\n\n青葉運輸 福岡営業所 中園\n",
   entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
   note="new text of a reply gives 5 customers' names and two phones each; quote holds only tracking numbers")

# 14. no name column: addresses and phones only
_p = _people("noname-list", 7, [6, 7])
_rng = random.Random("noname-list-b")
_l = []
for _i, _x in enumerate(_p, 1):
    _l.append(f"{_i:>2}. {_x['zip']} {_addr(_x)} / {_x['mobile']} / {_rng.choice(['午前', '午後', '夕方以降'])} / {_rng.randint(1, 4)}箱")
_m(id="delivery-noname-addresses", expect="stop", sender=MURAI,
   to=["つばめ軽急便 配車 <haisha@tsubame-kyubin.jp>"],
   subject="スポット便のお願い（川崎・相模原 7件）",
   body="つばめ軽急便 配車ご担当様\n\n初めてご依頼いたします。日の出産業 物流部の村井と申します。\n"
        "先日お電話でご相談したスポット配送、下記7件をお願いできますでしょうか。\n"
        "お名前は伝票に印字済みですので、住所と連絡先のみ記載します。\n\n" + "\n".join(_l) +
        "\n\n集荷は戸田物流センターに6/13 8:30でお願いします。\n\n" + SIG_BUTSURYU + "\n",
   entities=["JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="7 home addresses with mobiles without a name column: still a list of people")

# 15. English to a foreign partner: expatriates' relocation with English dates of birth
_p = _people("expat-en", 5, [0, 5, 8])
_l = []
for _x in _p:
    _l.append(f"- {_x['roma']} (DOB {_dob(_x['dob'], 'en')})\n  Current address (as registered): 〒{_x['zip']} {_addr(_x)}"
              f"\n  Mobile: +81 {_x['mobile'][1:]}")
_m(id="delivery-expat-english", expect="stop", sender=KISHIMOTO,
   to=["Grace Lim <grace.lim@pacificlink-logistics.com>"],
   subject="Household goods shipment - Singapore assignees (batch 2)",
   body="Dear Ms. Lim,\n\nThank you for your quotation last week. Please find below the details of the five\n"
        "employees who will relocate to our Singapore office in August. Your team asked for their dates\n"
        "of birth for the customs paperwork.\n\n" + "\n\n".join(_l) +
        "\n\nPacking surveys can be arranged any weekday after 10 July. Please contact each assignee\n"
        "directly to fix a date.\n\nBest regards,\n\nTakayuki Kishimoto\nGeneral Affairs Dept., Hinode Sangyo Co., Ltd.\n"
        "+81-3-5403-2200\n\n" + DISCLAIMER_EN + "\n",
   entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="English mail: 5 employees with romaji names, English dates of birth, home addresses, mobiles")

# 16. e-gift recipients with e-mail addresses, UTF-8 CSV
_p = _people("egift-csv", 9)
_csv = [["recipient_name", "recipient_kana", "email", "tel", "course", "message_card"]]
for _x in _p:
    _csv.append([_x["name"], _x["kana"], _x["email"], _x["mobile"],
                 random.Random(_x["email"]).choice(["Aコース 3,000円", "Bコース 5,000円"]), "創業70周年記念"])
_m(id="delivery-egift-recipients", expect="stop", sender=INAGAKI,
   to=["おもてなしギフト 法人窓口 <corp@omotenashi-gift.jp>"],
   subject="eギフト送付先データ（OB会 記念品）",
   body="おもてなしギフト株式会社\n法人窓口 ご担当者様\n\nお世話になっております。日の出産業の稲垣です。\n"
        "OB会記念品のeギフト送付先データを添付いたします（UTF-8 のCSVです）。\n"
        "送付は6/20（金）10時でご予約をお願いします。\n\n" + SIG_GIFT + "\n",
   attachments=[{"kind": "csv", "name": "egift_okurisaki.csv", "encoding": "utf-8", "rows": _csv}],
   entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="9 retirees' personal e-mail addresses and mobiles in a UTF-8 CSV to a gift vendor")

# 17. legacy XLS: recycling pick-up with recycle ticket numbers
_p = _people("recycle-xls", 7, [2, 3])
_rng = random.Random("recycle-xls-b")
_rows = [["リサイクル券番号", "排出者氏名", "排出者住所", "電話", "品目", "メーカー"]]
for _x in _p:
    _rows.append([f"{_digits(_rng, 13)}", _x["name"], _addr(_x, kanji=True), _x["home"],
                  _rng.choice(["冷蔵庫", "洗濯機", "エアコン", "液晶テレビ"]), _rng.choice(["川崎電機", "他社"])])
_m(id="delivery-recycle-xls", expect="stop", sender=ETO,
   to=["家電循環センター 管理課 <kanri@kaden-junkan.co.jp>"],
   subject="5月分 引取実績（家電リサイクル券控え）",
   body="家電循環センター 管理課 御中\n\nいつもお世話になっております。日の出産業 返品センター江藤です。\n"
        "5月分の引取実績を、いつものExcel（97-2003形式）でお送りします。\n"
        "券番号の照合をお願いいたします。\n\n" + SIG_HENPIN + "\n",
   attachments=[{"kind": "xls", "name": "hikitori_202505.xls", "sheets": {"5月": _rows}}],
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="7 households' names, addresses and phones in a legacy .xls to a recycler")

# 18. running prose: the next day's route explained customer by customer
_p = _people("prose-route", 5, [17])
_x0, _x1, _x2, _x3, _x4 = _p
_m(id="delivery-prose-route", expect="stop", sender=f"仙台支店 物流課 小野寺 <m-onodera@{D}>",
   to=["日進サービス 仙台センター <sendai@nisshin-service.jp>"],
   subject="明日の洗濯機設置ルートについて",
   body=f"""日進サービス株式会社
仙台センター 及川様

お世話になっております。日の出産業仙台支店の小野寺です。

明日の設置ルートですが、お客様のご都合で順番を入れ替えました。
最初は{_x0['name']}様（{_x0['city']}{_x0['town']}{_x0['ban']}）で、9時ちょうどにお願いします。お電話は{_x0['mobile']}です。
次に{_x1['sei']}様のお宅、{_addr(_x1, pref=False)}へ10時半頃。ご主人の携帯{_x1['mobile']}に30分前に一報ください。
昼をはさんで{_x2['name']}様、{_addr(_x2, pref=False)}（{_x2['home']}）、防水パンの交換もあります。
その後{_x3['name']}様（{_x3['city']}{_x3['town']}{_x3['ban']}、{_x3['mobile']}）、
最後が{_x4['name']}様で、{_addr(_x4, pref=False)}、{_x4['home']}です。{_x4['sei']}様は17時以降なら確実にご在宅とのことでした。

変更点は以上です。よろしくお願いいたします。

小野寺 誠
日の出産業株式会社 仙台支店 物流課
022-266-7105
""",
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="5 customers' addresses and phones in running prose, no table, no labels")

# 19. a mail attached as .eml carrying a returns list
_p = _people("eml-returns", 6, [9, 10, 11])
_rng = random.Random("eml-returns-b")
_l = "\n".join(f"{_x['name']}（{_x['kana']}）\n  {_x['zip']} {_addr(_x)}\n  {_x['home']}\n  注文 HN-{_digits(_rng, 8)}" for _x in _p)
_m(id="delivery-eml-attached-returns", expect="stop", sender=ETO, to=[MINATO],
   subject="回収漏れの件（元メールを添付します）",
   body="みなとロジサービス 回収受付ご担当者様\n\nお世話になっております。江藤です。\n"
        "先週お願いした回収のうち、未回収になっている分について社内で共有したメールを添付します。\n"
        "6件とも本日以降で再訪問をお願いできますでしょうか。\n\n" + SIG_HENPIN + "\n",
   attachments=[{"kind": "eml", "name": "未回収分.eml", "message": {
       "sender": f"返品センター 野々村 <k-nonomura@{D}>", "to": [f"henpin-center@{D}"],
       "subject": "未回収分（6/2〜6/6）", "body": "江藤さん\n\n先週分で回収できていないお客様です。\n\n" + _l + "\n\n野々村\n"}}],
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="an attached internal mail (.eml) holding 6 customers' records goes to an external contractor")

# 20. PPTX: complaint cases for a review meeting with the contractor
_p = _people("pptx-claims", 5)
_rng = random.Random("pptx-claims-b")
_slides = [["設置工事 品質振り返り 2025年5月", "日の出産業株式会社 カスタマーサポート部", "ひがし設備工業株式会社 様"]]
for _i, _x in enumerate(_p, 1):
    _slides.append([f"事例{_i}：{_rng.choice(['床の傷', '配管の水漏れ', '到着遅延', '室外機の設置位置'])}",
                    f"お客様：{_x['name']} 様", f"設置先：{_addr(_x)}", f"連絡先：{_x['mobile']}",
                    f"対応：{_rng.choice(['再訪問済み', '補修費負担で合意', '謝罪訪問予定'])}"])
_m(id="delivery-claims-pptx", expect="stop", sender=MORINAGA, to=[HIGASHI],
   cc=[f"設置手配チーム <setti@{D}>"],
   subject="6/18 定例会資料（クレーム事例）",
   body="ひがし設備工業 工事課\n皆様\n\nお世話になっております。森永です。\n"
        "6/18の定例会で使う資料を先にお送りします。5月のクレーム事例5件をまとめました。\n"
        "当日までに各事例の原因をご確認いただけますと幸いです。\n\n" + SIG_SETTI + "\n",
   attachments=[{"kind": "pptx", "name": "定例会_202506_クレーム事例.pptx", "slides": _slides}],
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="5 complaint cases, each with the customer's name, address and mobile, one slide each")

# 21. a Markdown-style pipe table pasted from the wiki: company-housing move-ins
_p = _people("shataku-pipe", 6)
_rng = random.Random("shataku-pipe-b")
_l = ["| 部屋 | 入居者 | 入居日 | 携帯 | 緊急連絡先 |", "|---|---|---|---|---|"]
for _x in _p:
    _fam = random.Random(_x["name"]).choice(_MEI)[0]
    _l.append(f"| {_rng.randint(1, 4)}0{_rng.randint(1, 6)} | {_x['name']} | 4/{_rng.randint(1, 6)} | {_x['mobile']} | "
              f"{_x['sei']} {_fam}（{_rng.choice(['妻', '父', '母', '夫'])}）{_x['home']} |")
_m(id="delivery-shataku-pipe-table", expect="stop", sender=KISHIMOTO,
   to=["ひかり住宅管理 賃貸管理課 <chintai@hikari-jk.co.jp>"],
   subject="日の出寮（船橋）4月入居者のご連絡",
   body="ひかり住宅管理株式会社\n賃貸管理課 御中\n\nいつもお世話になっております。\n"
        "4月に日の出寮（船橋市夏見）へ入居する社員6名をお知らせします。鍵のお渡しは各入居日の\n"
        "引越し業者到着前（9時）でお願いします。\n\n" + "\n".join(_l) +
        "\n\n社内Wikiの表をそのまま貼っていますので見づらかったらすみません。\n\n" + SIG_SOMU + "\n",
   entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
   note="6 employees' mobiles plus family emergency contacts in a pipe table to a housing manager")

# 22. one block per installation, keys and parking details
_p = _people("blocks-keys", 5, [5, 6, 7])
_rng = random.Random("blocks-keys-b")
_blk = []
for _i, _x in enumerate(_p, 1):
    _blk.append(f"■{_i}件目　{_rng.choice(['6/21(土)', '6/22(日)'])} {_rng.choice(['9:00', '11:00', '14:00', '16:00'])}\n"
                f"{_x['sei']}様邸\n{_addr(_x, pref=_i % 2 == 1)}\n"
                f"連絡先：{_fw(_x['mobile']) if _i % 2 else _x['mobile']}\n"
                f"{_rng.choice(['鍵は管理人室で受け取り', 'コインパーキング利用', '敷地内駐車可', 'オートロック、部屋番号呼出し'])}")
_m(id="delivery-install-blocks", expect="stop", sender=MORINAGA,
   to=["日進サービス 神奈川センター <kanagawa@nisshin-service.jp>"],
   subject="浴室乾燥機 取付 今週末5件",
   body="日進サービス 神奈川センター\n工事ご担当の皆様\n\nお世話になります。日の出産業 森永です。\n"
        "今週末の浴室乾燥機取付、下記のとおり確定しました。\n\n" + "\n\n".join(_blk) +
        "\n\n留守宅での作業はありません。よろしくお願いします。\n\n" + SIG_SETTI + "\n",
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="5 installation blocks with surname, address and (partly full-width) mobile")

# 23. refund bank accounts for returns, to a payment agent
_p = _people("refund-accounts", 6)
_rng = random.Random("refund-accounts-b")
_banks = [("みどり銀行", "浜松町支店"), ("関東中央信用金庫", "浦和支店"), ("ゆうちょ銀行", "〇一八店"),
          ("さくら野銀行", "船橋支店"), ("東海あおい銀行", "今池支店")]
_l = [["返品受付", "口座名義（カナ）", "金融機関", "支店", "種別", "口座番号", "返金額"]]
for _x in _p:
    _bk = _rng.choice(_banks)
    _l.append([f"RT{_digits(_rng, 7)}", _x["kana"].replace(" ", "　"), _bk[0], _bk[1], _rng.choice(["普通", "普通", "当座"]),
               _digits(_rng, 7), f"{_rng.randint(18, 320) * 100:,}円"])
_m(id="delivery-refund-accounts", expect="stop", sender=ETO,
   to=["ペイブリッジ 返金代行 <refund@paybridge.co.jp>"],
   subject="代引き返品分の返金振込依頼（6月第2週）",
   body="ペイブリッジ株式会社\n返金代行サービス ご担当者様\n\nいつもお世話になっております。日の出産業 返品センターの江藤です。\n"
        "代金引換でご購入後に返品されたお客様への返金、6件のお振込みをお願いいたします。\n\n"
        + _cols(_l, gap=1) + "\n\n振込手数料は弊社負担でお願いします。\n\n" + SIG_HENPIN + "\n",
   entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
   note="6 customers' bank accounts (kana holder names) for refunds to a payment agent")

# 24. English header CSV with romaji names to a new last-mile contractor
_p = _people("romaji-csv", 8, [0, 1, 2, 3])
_rng = random.Random("romaji-csv-b")
_csv = [["order_id", "name", "zip", "address", "tel", "time_slot"]]
for _x in _p:
    _csv.append([f"HN{_digits(_rng, 9)}", _x["roma"], _x["zip"],
                 _addr(_x), _x["mobile"].replace("-", ""),
                 _rng.choice(["08-12", "14-16", "16-18", "18-21"])])
_m(id="delivery-romaji-csv", expect="stop", sender=f"EC物流チーム 金城 <r-kinjo@{D}>",
   to=["Swift Last Mile 運行管理 <ops@swiftlastmile.jp>"],
   subject="Trial run 6/19 - delivery file",
   body="Swift Last Mile 運行管理ご担当者様\n\nお世話になっております。日の出産業 EC物流チームの金城です。\n"
        "6/19のトライアル配送データを貴社システムのフォーマット（UTF-8, ヘッダ英語）で作成しました。\n"
        "8件です。取込エラーがあればお知らせください。\n\n金城 梨沙\n日の出産業株式会社 EC事業部 EC物流チーム\n"
        "TEL 048-421-6672\n",
   attachments=[{"kind": "csv", "name": "trial_0619.csv", "encoding": "utf-8", "rows": _csv}],
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="8 romaji names, addresses and hyphenless mobiles in an English-header CSV")

# 25. DOCX: one paragraph per re-delivery record, no table
_p = _people("docx-paras", 6, [12, 13])
_rng = random.Random("docx-paras-b")
_paras = ["再配達依頼書", "日の出産業株式会社 関西支店 物流課 → 北斗物流株式会社 大阪支店", ""]
for _i, _x in enumerate(_p, 1):
    _paras.append(f"({_i}) {_x['name']}様　{_x['zip']}　{_addr(_x)}　TEL {_x['home']}　"
                  f"希望 {_rng.choice(['6/14 午前', '6/14 夜間', '6/15 14-16時'])}　伝票 {_trk(_rng)}")
_m(id="delivery-redelivery-docx", expect="stop", sender=KATSURAGI,
   to=["北斗物流 大阪支店 <osaka@hokuto-butsuryu.co.jp>"],
   subject="再配達依頼書（6/13）",
   body="北斗物流株式会社 大阪支店\nご担当者様\n\nお世話になっております。日の出産業 関西支店の葛城です。\n"
        "本日分の再配達依頼書をWordで添付します。6件です。\n\n" + SIG_OSAKA + "\n",
   attachments=[{"kind": "docx", "name": "再配達依頼書_0613.docx", "paragraphs": _paras}],
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="6 re-delivery records as DOCX paragraphs (no table)")

# 26. PDF work orders as plain lines, one record over several lines
_p = _people("pdf-lines", 5, [0, 3, 4])
_rng = random.Random("pdf-lines-b")
_lines = ["作業指示書（6月24日）", "発行：日の出産業株式会社 カスタマーサポート部 設置手配チーム", ""]
for _i, _x in enumerate(_p, 1):
    _lines += [f"[{_i}] {_rng.choice(['08:30', '10:30', '13:00', '15:00'])}  {_x['name']} 様",
               f"    {_x['zip']} {_addr(_x)}", f"    電話 {_x['mobile']}",
               f"    作業：{_rng.choice(['テレビ壁掛け', '食洗機設置', 'ドラム式洗濯機搬入', 'エアコン移設'])}", ""]
_m(id="delivery-workorder-pdf", expect="stop", sender=MORINAGA, to=[HIGASHI],
   subject="6/24 作業指示書", charset="iso-2022-jp",
   body="ひがし設備工業 工事課 御中\n\nお世話になっております。森永です。\n6/24分の作業指示書をPDFでお送りします。\n"
        "よろしくお願いいたします。\n\n" + SIG_SETTI + "\n",
   attachments=[{"kind": "pdf", "name": "sagyo_shiji_0624.pdf", "lines": _lines}],
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="5 work orders as PDF text lines, each with name, address and mobile")

# 27. XLSX of year-end gift addressees on three sheets, to the partner printer for labels
_sheets = {}
for _k, (_sh, _ar) in enumerate([("本社", [0, 1, 2, 5]), ("関西", [12, 13, 14]), ("九州・東北", [16, 17])]):
    _ps = _people(f"oseibo-{_k}", 5, _ar)
    _rows = [["2025年 お歳暮 宛名ラベル印刷用（" + _sh + "）"], ["郵便番号", "住所1", "住所2", "氏名", "敬称"]]
    for _x in _ps:
        _rows.append([_x["zip"], _x["pref"] + _x["city"] + _x["town"] + _x["ban"], _x["bldg"], _x["name"], "様"])
    _sheets[_sh] = _rows
_m(id="delivery-oseibo-labels-xlsx", expect="stop", sender=INAGAKI,
   to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
   subject="お歳暮 宛名ラベル印刷のお願い",
   body="錦印刷株式会社 営業部\n平田様\n\nいつもお世話になっております。日の出産業の稲垣です。\n"
        "お歳暮の宛名ラベル（A4 12面）の印刷をお願いしたく、データを添付いたします。\n"
        "拠点ごとにシートを分けています。11/20納品でお願いできますと幸いです。\n\n" + SIG_GIFT + "\n",
   attachments=[{"kind": "xlsx", "name": "お歳暮宛名_2025.xlsx", "sheets": _sheets}],
   entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
   note="15 private addressees (names and home addresses) over three sheets with title rows, to a partner printer")

# 28. employees' home addresses for laptop delivery, comma-separated in the body
_p = _people("pc-home", 8)
_l = ["社員番号,氏名,郵便番号,住所,電話"]
for _i, _x in enumerate(_p):
    _l.append(f"{20871 + _i * 13},{_x['name2']},{_x['zip']},{_addr(_x, bldg=True)},{_x['mobile']}")
_m(id="delivery-pc-home-csv-body", expect="stop", sender=f"情報システム部 藤堂 <k-todo@{D}>",
   to=["川崎電機 法人営業部 <hojin-eigyo@kawasaki-denki.co.jp>"],
   subject="在宅勤務者向けPCの直送先について",
   body="川崎電機株式会社\n法人営業部 桐島様\n\nお世話になっております。日の出産業 情報システム部の藤堂です。\n"
        "キッティング済みノートPCの直送先（社員自宅）8名分です。CSV形式で本文に貼り付けます。\n\n"
        + "\n".join(_l) + "\n\n配送は6/23以降、平日夜間指定でお願いします。\n\n藤堂 啓介\n"
        "日の出産業株式会社 情報システム部\n内線 3310 / 03-5403-2290\n",
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="8 employees' home addresses and mobiles, comma-separated in the body, to a partner")

# 29. contract drivers for a mall's loading-bay pass, dates of birth in Ｈ/Ｓ notation
_p = _people("driver-pass", 6)
_rng = random.Random("driver-pass-b")
_st = ["short_fw", "short", "wareki", "short_fw", "slash", "short"]
_l = []
for _i, _x in enumerate(_p):
    _l.append(f"{_x['name']}（{_x['hira']}）　生年月日 {_dob(_x['dob'], _st[_i])}　携帯 {_x['mobile']}　車両 {_rng.choice(['足立', '練馬', '大宮'])}400か{_rng.randint(10, 99)}-{_rng.randint(10, 99)}")
_m(id="delivery-driver-pass-dob", expect="stop", sender=MURAI,
   to=["ららみなと 防災センター <bosai@laraminato-mall.co.jp>"],
   subject="納品車両 入館証発行申請（7月分）",
   body="ららみなと 防災センター 御中\n\nお世話になっております。テナント「日の出インテリア」の物流担当、村井です。\n"
        "7月の納品で入館する委託ドライバーの入館証発行をお願いします。\n\n" + "\n".join(_l) +
        "\n\n申請書原本は別途郵送いたします。\n\n" + SIG_BUTSURYU + "\n",
   entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
   note="6 contract drivers with kana, dates of birth in Ｈ/S notations and mobiles to a mall")


# =========================================================================================
# MUST STOP — card, My Number, identity documents (one person is enough)
# =========================================================================================

_c = card_number(4101)
_m(id="delivery-card-switch-cod", expect="stop", sender=f"CS 吉永 <m-yoshinaga@{D}>",
   to=["ペイブリッジ カスタマー窓口 <support@paybridge.co.jp>"],
   subject="代引き→カード決済への切替（注文HN-30418872）",
   body=f"""ペイブリッジ株式会社 カスタマー窓口 ご担当者様

お世話になっております。日の出産業カスタマーサポートの吉永です。
お電話でお客様から承った内容で、代金引換からカード決済への切替をお願いいたします。

注文番号：HN-30418872
ご注文者：漆原 喜美江 様
カード番号：{_c[:4]} {_c[4:8]} {_c[8:12]} {_c[12:]}
有効期限：09/28
決済金額：48,180円（税込）

切替処理が完了しましたら、配送会社への代引き解除はこちらで行います。

吉永 美穂
日の出産業株式会社 カスタマーサポート部
03-5403-2230
""",
   entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
   note="a customer's full card number and expiry sent to a payment agent")

_m(id="delivery-rental-truck-license", expect="stop", sender=f"総務部 仁科 <h-nishina@{D}>",
   to=["ほしのレンタカー 戸田店 <toda@hoshino-rentacar.jp>"],
   subject="トラック予約（2tロング 6/28）運転者情報",
   body="ほしのレンタカー 戸田店 御中\n\nお世話になっております。日の出産業の仁科と申します。\n"
        "6/28(土)の2tロング予約（予約番号 TR-558102）の運転者情報をお送りします。\n\n"
        "運転者：鰐淵 昌平（わにぶち しょうへい）\n生年月日：昭和６１年１１月３日\n"
        "免許証番号：第 3051 2268 4790 号\n免許の種類：準中型（5t限定）\n連絡先：080-6620-1937\n\n"
        "当日は本人が免許証原本を持参いたします。\nよろしくお願いいたします。\n\n"
        "仁科 春香\n日の出産業株式会社 総務部 総務課\nTEL 03-5403-2203\n",
   entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
   note="one employee's driving licence number with date of birth to a rental company")

_mn1, _mn2 = my_number(7310), my_number(7311)
_m(id="delivery-relo-mynumber", expect="stop", sender=KISHIMOTO,
   to=["グローバル・リロケーション 手続代行 <tetsuzuki@global-relo.co.jp>"],
   subject="転入手続き代行の件（札幌赴任 東風谷）",
   body=f"""グローバル・リロケーション株式会社
手続代行チーム 御中

お世話になっております。日の出産業 総務部の岸本です。
7月に札幌支店へ赴任する東風谷の転入手続き代行について、ご依頼の情報をお送りします。

■本人
氏名：東風谷 伸介
個人番号：{_mn1[:4]}-{_mn1[4:8]}-{_mn1[8:]}
転入先：北海道札幌市中央区南十条西8丁目2-15 日の出社宅302

■配偶者
氏名：東風谷 綾乃
個人番号：{_mn2}

委任状は本人から直接郵送いたします。

{SIG_SOMU}
""",
   entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
   note="My Numbers of an employee and spouse with the new address, to a relocation agent")

_m(id="delivery-residence-card", expect="stop", sender=KISHIMOTO, to=[SAKAKI],
   subject="Re: 外国籍社員の賃貸契約・引越しについて",
   body="さかき引越センター 法人営業部\n坂下様\n\nお世話になっております。岸本です。\n"
        "管理会社から求められている入居者情報、本人の了承を得ましたのでお送りします。\n\n"
        "氏名：NGUYEN VAN KHOA（グエン ヴァン コア）\n国籍：ベトナム\n"
        "在留カード番号：UH38204715EA\n在留期間満了日：2027年10月14日\n"
        "勤務先：日の出産業株式会社 戸田物流センター\n\n"
        "引越し日は8/2で確定です。よろしくお願いします。\n\n" + SIG_SOMU + "\n\n"
        "> 岸本様\n> 先日の件、管理会社より在留カード番号の提出を求められております。\n> さかき引越センター 坂下\n",
   entities=["JP_RESIDENCE_CARD", "PERSON_NAME"], detectors=["personal_data"],
   note="a foreign employee's residence card number in the new text of a reply to a mover")

_m(id="delivery-passport-customs", expect="stop", sender=KISHIMOTO,
   to=["WorldMove Japan Export Desk <export@worldmove-japan.com>"],
   subject="Customs documents - sea shipment for Mr. Kutsuna (Los Angeles)",
   body="Dear Export Desk,\n\nFor the unaccompanied baggage declaration of our assignee to Los Angeles,\n"
        "please find the requested passport details:\n\n"
        "  Shipper: KUTSUNA Daisuke\n  Passport No.: TZ4471920\n  Date of expiry: 05 NOV 2031\n"
        "  Accompanying: KUTSUNA Mei (spouse), Passport No.: TS0938815\n\n"
        "The packing date remains 22 August. Kindly confirm receipt.\n\n"
        "Kind regards,\nTakayuki Kishimoto\nHinode Sangyo Co., Ltd. / General Affairs\n\n" + DISCLAIMER_EN + "\n",
   entities=["JP_PASSPORT", "PERSON_NAME"], detectors=["personal_data"],
   note="passport numbers of an employee and spouse to an international mover (English)")

_m(id="delivery-injury-insurance", expect="stop", sender=f"安全衛生 担当 芦田 <y-ashida@{D}>",
   to=["ときわ損保 法人事故受付 <jiko@tokiwa-sonpo.co.jp>"],
   subject="設置作業中の事故報告（証券番号 TK-88-204731）",
   body="ときわ損害保険株式会社\n法人事故受付センター 御中\n\nいつもお世話になっております。日の出産業 安全衛生担当の芦田です。\n"
        "6月11日、お客様宅での冷蔵庫搬入中に弊社社員が負傷いたしましたのでご報告します。\n\n"
        "負傷者：乙部 和也（設置手配チーム）\n傷病名：左足関節骨折（全治約8週間、6/12に観血的手術）\n"
        "健康保険証：記号 4710 番号 2285\n事故状況：階段で冷蔵庫を2名で搬入中、足を踏み外して転落\n\n"
        "病院の診断書は追ってお送りします。\n\n芦田 優子\n日の出産業株式会社 人事総務本部 安全衛生担当\nTEL 03-5403-2215\n",
   entities=["JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY", "PERSON_NAME"], detectors=["personal_data"],
   note="an employee's injury, surgery and health insurance card symbol/number to an insurer")


# =========================================================================================
# MUST STOP — 要配慮個人情報 tied to one person
# =========================================================================================

_m(id="delivery-wheelchair-install", expect="stop", sender=MORINAGA, to=[HIGASHI],
   subject="6/27 手すり・昇降便座の取付（御手洗様邸）",
   body="ひがし設備工業 工事課\n野田様\n\nお世話になっております。森永です。\n"
        "6/27(金) 13時からの取付工事について、事前に共有させてください。\n\n"
        "お客様の御手洗様（練馬区関町北3-18-6）は、脳梗塞の後遺症で右半身にまひがあり、"
        "身体障害者手帳2級をお持ちです。室内は車椅子で移動されています。\n"
        "作業中は廊下に資材を置かないようお願いします。玄関スロープの養生も必要です。\n\n"
        "ご家族（娘さん）が立ち会われます。\n\n" + SIG_SETTI + "\n",
   entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
   note="one customer's stroke after-effects and disability certificate with address, to the contractor")

_m(id="delivery-dementia-customer", expect="stop", sender=f"CS 吉永 <m-yoshinaga@{D}>",
   to=[AOBA_TOTSUKA],
   subject="お届け時のお願い（問合せ番号 6620-1184-3975）",
   body="青葉運輸 戸塚営業所\n溝口様\n\nいつもお世話になっております。日の出産業の吉永です。\n"
        "6620-1184-3975 のお荷物（お届け先：綱島西の九十九 トメ様）について、ご家族からご連絡がありました。\n"
        "ご本人は認知症と診断されていて、受け取ったことを忘れてしまうことがあるそうです。\n"
        "お届けは必ず同居の息子さん（九十九 修様）がいる土曜の午前にお願いし、"
        "ご本人のみのときは持ち戻りとしてください。\n\nご面倒をおかけしますが、よろしくお願いします。\n\n"
        "吉永 美穂\n日の出産業株式会社 カスタマーサポート部\n",
   entities=["SENSITIVE_CATEGORY", "PERSON_NAME"], detectors=["personal_data"],
   note="a named elderly customer's dementia diagnosis sent to the carrier")

_m(id="delivery-dialysis-redelivery", expect="stop", sender=f"CS 畑中 <t-hatanaka@{D}>",
   to=["北斗物流 東京支店 お客様係 <okyakusama@hokuto-butsuryu.co.jp>"],
   subject="Re: 再配達のご依頼について",
   body="北斗物流株式会社 東京支店\nお客様係 ご担当者様\n\nお世話になっております。日の出産業の畑中です。\n"
        "ご質問の件、お客様（猪狩 邦彦様）に確認しました。\n月・水・金は人工透析で終日病院にいらっしゃるため、"
        "火・木の午前中にお届けください。\n腎臓病で重い物が持てないとのことで、玄関内までの搬入をお願いします。\n\n"
        "畑中\n\n"
        "差出人: 北斗物流 東京支店 お客様係 <okyakusama@hokuto-butsuryu.co.jp>\n送信日時: 2025年6月10日 9:12\n"
        f"宛先: t-hatanaka@{D}\n件名: 再配達のご依頼について\n\n"
        "> 猪狩様宛のお荷物、3回ご不在でした。ご在宅の曜日を確認いただけますか。\n",
   entities=["SENSITIVE_CATEGORY", "PERSON_NAME"], detectors=["personal_data"],
   note="new text of a reply: a named customer's dialysis and kidney disease, to the carrier")

_m(id="delivery-halal-gift", expect="stop", sender=INAGAKI, to=[KITAGUNI],
   subject="ギフト商品の差し替えのお願い",
   body="北国フーズ株式会社 ギフト受注センター\n石狩様\n\nいつもお世話になっております。稲垣です。\n"
        "先日ご依頼したお中元のうち、受注番号 KG-250611-07（お届け先：Ahmad Rizal Bin Hassan 様、"
        "川口市芝新町の方）の商品差し替えをお願いいたします。\n"
        "同氏はイスラム教徒でいらっしゃるため、豚由来原料・アルコールを含まない商品"
        "（ハラール認証品があれば尚可）に変更いただけますでしょうか。\n\n" + SIG_GIFT + "\n",
   entities=["SENSITIVE_CATEGORY", "PERSON_NAME"], detectors=["personal_data"],
   note="a named gift recipient's religion sent to the gift vendor")

_m(id="delivery-installer-record", expect="stop", sender=f"CS部 課長 真栄城 <k-maeshiro@{D}>",
   to=["日進サービス 本社 業務部 <gyomu@nisshin-service.jp>"],
   subject="作業員の派遣についてのお願い",
   body="日進サービス株式会社\n業務部長 大友様\n\nいつも大変お世話になっております。日の出産業 カスタマーサポート部の真栄城です。\n"
        "申し上げにくいお話で恐縮ですが、貴社から派遣いただいている作業員の寒河江 哲也さんについて、"
        "昨年、住居侵入と窃盗で有罪判決（執行猶予付き）を受けていたとのお客様からの指摘がありました。\n"
        "事実関係をご確認のうえ、当面は弊社案件の個人宅作業から外していただけますでしょうか。\n\n"
        "一度お電話でご相談させてください。\n\n真栄城 和彦\n日の出産業株式会社 カスタマーサポート部 課長\n03-5403-2231\n",
   entities=["SENSITIVE_CATEGORY", "PERSON_NAME"], detectors=["personal_data"],
   note="a named installer's criminal conviction sent to his employer")

_m(id="delivery-dv-victim-move", expect="stop", sender=KISHIMOTO,
   to=["さかき引越センター 坂下様 <sakashita@sakaki-hikkoshi.co.jp>"],
   subject="6/30 単身引越し（新名 様）の取扱いについて",
   body="さかき引越センター\n坂下様\n\nお世話になっております。岸本です。\n"
        "6/30の単身引越し（社員 新名 早苗）の件で、特別なお願いがございます。\n"
        "本人は元配偶者からのDV被害で保護命令が出ており、警察にも相談中です。\n"
        "転居先（松戸市常盤平）の住所は見積書・作業票に記載せず、作業員の方にも当日口頭でお伝えいただけますか。\n"
        "問い合わせが来ても一切回答しないようお願いします。\n\n" + SIG_SOMU + "\n",
   entities=["SENSITIVE_CATEGORY", "PERSON_NAME"], detectors=["personal_data"],
   note="a named employee having been a domestic-violence victim, sent to a mover")

_m(id="delivery-sick-leave-move", expect="stop", sender=f"総務部 仁科 <h-nishina@{D}>",
   to=["さかき引越センター 法人営業 <hojin@sakaki-hikkoshi.co.jp>"],
   subject="Re: 実家への引越し見積（神林様）",
   body="さかき引越センター 法人営業部 御中\n\n先日はお見積りありがとうございました。日の出産業の仁科です。\n"
        "神林 圭吾さんの件、補足いたします。本人はうつ病のため7月から休職して実家で療養することになりました。\n"
        "ご本人への連絡は負担になるので、日程などのご連絡は奥様（090-4418-2276）にお願いいたします。\n"
        "費用は会社負担で、請求書は総務部宛でお願いします。\n\n仁科 春香\n日の出産業株式会社 総務部 総務課\n",
   entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
   note="a named employee's depression and sick leave in a mover's quote thread")


# =========================================================================================
# MUST STOP — recipients that can see each other, look-alike domains
# =========================================================================================

_m(id="delivery-three-contractors-to", expect="stop", sender=MORINAGA,
   to=[HIGASHI, "日進サービス 業務部 <gyomu@nisshin-service.jp>", TAKASAGO,
       "東和エアテック 工事部 <koji@towa-airtech.co.jp>"],
   subject="【ご案内】7月以降の設置工事 受付締切時刻の変更",
   body="設置協力会社 各位\n\nいつも大変お世話になっております。日の出産業 設置手配チームの森永です。\n"
        "7月1日受付分より、翌営業日工事の受付締切を17時から15時に変更いたします。\n"
        "あわせて、工事完了報告は当日20時までに協力会社ポータルへ登録をお願いいたします。\n\n"
        "ご不明点は森永までお問い合わせください。\n\n" + SIG_SETTI + "\n",
   entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
   note="four contractor companies in To see each other's addresses: should have been Bcc")

_m(id="delivery-apology-customers-to", expect="stop", sender=f"EC物流チーム 金城 <r-kinjo@{D}>",
   to=["tokita.kei77@gmail.com", "ayano_s_0312@yahoo.co.jp", "mhashimoto-home@icloud.com",
       "kyan.r@docomo.ne.jp", "fuwa.family@outlook.jp"],
   subject="【日の出ストア】お届け遅延のお詫び",
   body="お客様各位\n\n日の出ストアをご利用いただき、誠にありがとうございます。\n"
        "6月12日にご注文いただいた商品につきまして、物流センターの設備不具合によりお届けが2〜3日遅れる見込みです。\n"
        "ご迷惑をおかけし、誠に申し訳ございません。発送が完了しましたら改めてご連絡いたします。\n\n"
        "日の出ストア カスタマーセンター\n0120-41-2230（平日 9:00〜18:00）\n",
   entities=[], detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
   note="five private customers on free mail in To: each sees the others' addresses")

_m(id="delivery-aimitsu-movers", expect="stop", sender=KISHIMOTO,
   to=["さかき引越センター 法人営業 <hojin@sakaki-hikkoshi.co.jp>"],
   cc=["かもめ引越センター 法人課 <hojin@kamome-hikkoshi.co.jp>", "ひばり引越便 <corp@hibari-moving.jp>"],
   subject="2026年度 転勤引越し 年間契約の相見積りのお願い",
   body="引越し各社 ご担当者様\n\nお世話になっております。日の出産業 総務部の岸本です。\n"
        "2026年度の転勤に伴う引越しの年間契約について、相見積りをお願いしたくご連絡しました。\n"
        "想定件数：年間約120件（単身70・家族50）、主な区間：首都圏⇔関西・九州・北海道\n"
        "見積書の提出期限は7/31とさせていただきます。\n\n" + SIG_SOMU + "\n",
   entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
   note="three competing movers in To/Cc see each other: should have been Bcc")

_m(id="delivery-lookalike-aoba-jp", expect="stop", sender=MURAI,
   to=["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
   subject="6/20 引取便の追加",
   body="青葉運輸株式会社\n配車センター ご担当者様\n\nお世話になっております。日の出産業 村井です。\n"
        "6/20(金)の戸田物流センター引取便、1台追加をお願いできますでしょうか。\n"
        "パレット8枚、14時積込み希望です。\n\n" + SIG_BUTSURYU + "\n",
   entities=[], detectors=["lookalike_domain"],
   note="aoba-unyu.jp drops the co. of the partner carrier's aoba-unyu.co.jp")

_m(id="delivery-lookalike-kitaguni", expect="stop", sender=INAGAKI,
   to=["北国フーズ ギフト受注 <gift@kitaguni-fods.co.jp>"],
   subject="お中元 追加発注（法人宛 3件）",
   body="北国フーズ株式会社 ギフト受注センター御中\n\nお世話になっております。日の出産業の稲垣です。\n"
        "お中元の追加発注です。いずれも取引先の本社宛です。\n\n"
        "・KF-301 十勝チーズ詰合せ ×3\n・KF-118 鮭といくらの親子セット ×2\n\n"
        "請求は本社経理部宛でお願いします。\n\n" + SIG_GIFT + "\n",
   entities=[], detectors=["lookalike_domain"],
   note="kitaguni-fods.co.jp drops a letter of the partner's kitaguni-foods.co.jp")

_p = _people("lookalike-internal", 6, [8, 9, 10])
_l = "\n".join(f"{_x['name']}\t{_addr(_x, pref=False)}\t{_x['mobile']}" for _x in _p)
_m(id="delivery-lookalike-internal-list", expect="stop", sender=MURAI,
   to=[f"配送管理課 桑原 <y-kuwabara@hinode-sanygo.co.jp>"],
   subject="明日の持ち戻り分リスト",
   body="桑原さん\n\nおつかれさまです。村井です。\n明日の持ち戻り分（埼玉・千葉）です。再配達の電話かけをお願いします。\n\n"
        + _l + "\n\n村井\n",
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
   note="meant for a colleague but hinode-sanygo.co.jp swaps two letters: 6 customers' records leave")

_m(id="delivery-lookalike-bank", expect="stop", sender=f"経理部 桃井 <a-momoi@{D}>",
   to=["みどり銀行 法人営業部 <hojin@rnidori-ginko.co.jp>"],
   subject="運送会社向け支払の総合振込日程について",
   body="みどり銀行 法人営業部\n森下様\n\nいつもお世話になっております。日の出産業 経理部の桃井です。\n"
        "6月末の運送会社向け支払（総合振込）ですが、6/30が月末休日のため6/27に前倒しで実行したく存じます。\n"
        "受付期限をご教示いただけますでしょうか。\n\n桃井 亜紀\n日の出産業株式会社 経理部\n03-5403-2260\n",
   entities=[], detectors=["lookalike_domain"],
   note="rnidori-ginko.co.jp imitates the partner bank midori-ginko.co.jp with rn for m")


# =========================================================================================
# MUST STOP — confidentiality markings, unreadable attachments
# =========================================================================================

_rate = [["2025年10月改定 運賃表（案）", "", "", "", ""], ["サイズ", "関東", "中部・関西", "東北・九州", "北海道・沖縄"]]
for _s, _base in (("60", 780), ("80", 990), ("100", 1230), ("120", 1480), ("140", 1720), ("160", 1980)):
    _rate.append([_s, _base, _base + 110, _base + 240, _base + 520])
_m(id="delivery-marked-rate-xlsx", expect="stop", sender=f"物流部 部長 榊原 <s-sakakibara@{D}>",
   to=["青葉運輸 営業部 <eigyo@aoba-unyu.co.jp>"],
   subject="10月運賃改定のご提案に対する弊社案",
   body="青葉運輸株式会社\n営業部 大島様\n\nいつもお世話になっております。日の出産業 物流部の榊原でございます。\n"
        "先日ご提示いただいた運賃改定について、弊社としての対案を添付いたします。\n"
        "来週の打合せでご説明させてください。\n\n榊原 誠司\n日の出産業株式会社 物流部長\n",
   attachments=[{"kind": "xlsx", "name": "運賃改定_弊社案.xlsx", "page_header": "社外秘",
                 "sheets": {"運賃表": _rate}}],
   entities=[], detectors=["confidential_marking"],
   note="a rate proposal whose XLSX carries a 社外秘 page header")

_m(id="delivery-marked-route-body", expect="stop", sender=MURAI,
   to=["北斗物流 東京支店 <tokyo@hokuto-butsuryu.co.jp>"],
   subject="新ルート運用案（7月試行）",
   body="【取扱注意】本資料は関係者限りでお願いします\n\n北斗物流株式会社 東京支店\n配車ご担当者様\n\n"
        "お世話になっております。村井です。\n7月試行の新ルート運用案です。\n\n"
        "・Aルート：戸田 → 板橋 → 練馬 → 杉並（8:30発）\n・Bルート：戸田 → 川口 → さいたま市浦和区（9:00発）\n"
        "・Cルート：戸田 → 江戸川 → 船橋 → 松戸（8:45発）\n\n車両は各ルート2t車2台、繁忙日は1台増車を想定しています。\n\n"
        + SIG_BUTSURYU + "\n",
   entities=[], detectors=["confidential_marking"],
   note="a route plan stamped 【取扱注意】 at the top of the body")

_vol = [["Month", "Parcels", "Large items", "Installations", "Returns"]]
for _mo, _v in zip(["Jan", "Feb", "Mar", "Apr", "May"], [41200, 38750, 52310, 44980, 46120]):
    _vol.append([_mo, f"{_v:,}", f"{_v // 11:,}", f"{_v // 23:,}", f"{_v // 31:,}"])
_m(id="delivery-marked-volume-pdf", expect="stop", sender=KISHIMOTO,
   to=["Grace Lim <grace.lim@pacificlink-logistics.com>"],
   subject="Shipment volumes Jan-May for your proposal",
   body="Dear Ms. Lim,\n\nAs discussed, attached are our domestic shipment volumes for January to May,\n"
        "which you may use to size your proposal.\n\nBest regards,\nTakayuki Kishimoto\nHinode Sangyo Co., Ltd.\n",
   attachments=[{"kind": "pdf", "name": "volumes_2025_JanMay.pdf", "page_footer": "CONFIDENTIAL - Internal Use Only",
                 "lines": ["Hinode Sangyo - Domestic shipment volumes 2025", ""], "table": _vol}],
   entities=[], detectors=["confidential_marking"],
   note="a volume report whose PDF footer reads CONFIDENTIAL - Internal Use Only")

_p = _people("ppap-zip", 9)
_m(id="delivery-ppap-zip", expect="stop", sender=MURAI, to=[AOBA],
   subject="6/21 配送データ送付",
   body="青葉運輸株式会社 配車センター御中\n\nお世話になっております。村井です。\n"
        "6/21分の配送データをお送りします。パスワードは別メールにてお知らせいたします。\n\n" + SIG_BUTSURYU + "\n",
   attachments=[{"kind": "zip", "name": "haiso_0621.zip", "password": "Hn0621#toda", "files": [
       {"kind": "csv", "name": "haiso_0621.csv", "rows": [["氏名", "住所", "電話"]] +
        [[_x["name"], _addr(_x), _x["mobile"]] for _x in _p]}]}],
   entities=[], detectors=["unscannable_attachment"],
   note="password-protected ZIP (PPAP): content cannot be inspected; entities left empty as unreadable")

_m(id="delivery-encrypted-pdf", expect="stop", sender=KATSURAGI, to=[TAKASAGO],
   subject="8月分 工事予定（暗号化PDF）",
   body="高砂電工 施工管理ご担当様\n\nお世話になっております。葛城です。\n"
        "8月分の工事予定をお送りします。PDFを開くパスワードはいつものものです。\n\n" + SIG_OSAKA + "\n",
   attachments=[{"kind": "pdf", "name": "koji_yotei_202508.pdf", "password": "takasago2508",
                 "lines": ["8月 工事予定", "8/1 淀川区 食洗機 2件", "8/2 豊中市 IH 1件"]}],
   entities=[], detectors=["unscannable_attachment"],
   note="a password-protected PDF cannot be inspected")

_m(id="delivery-corrupt-xlsx", expect="stop", sender=ETO, to=[MINATO],
   subject="回収実績の照合用ファイル",
   body="みなとロジサービス 回収受付ご担当者様\n\nお世話になっております。江藤です。\n"
        "5月分回収実績の照合用ファイルを添付します。差異があればご指摘ください。\n\n" + SIG_HENPIN + "\n",
   attachments=[{"kind": "corrupt", "name": "kaishu_shogo_202505.xlsx"}],
   entities=[], detectors=["unscannable_attachment"],
   note="a corrupt XLSX that cannot be opened or inspected")


# =========================================================================================
# MUST GO — ordinary mail of the same desks
# =========================================================================================

_depots = [["拠点", "住所", "代表TEL", "出荷締め"],
           ["戸田物流センター", "埼玉県戸田市美女木東1-4-8", "048-421-6630", "15:00"],
           ["東京配送センター", "東京都江東区新木場2-11-5", "03-3522-8120", "14:30"],
           ["横浜デポ", "神奈川県横浜市鶴見区大黒町4-21", "045-504-3318", "14:00"],
           ["千葉デポ", "千葉県船橋市高瀬町28-6", "047-431-2207", "14:00"],
           ["関西物流センター", "大阪府大阪市住之江区南港東8-3-40", "06-6612-5580", "15:00"],
           ["名古屋デポ", "愛知県名古屋市港区潮見町37-19", "052-612-0431", "14:00"],
           ["福岡デポ", "福岡県福岡市東区箱崎ふ頭6-2-11", "092-641-7719", "13:30"],
           ["仙台デポ", "宮城県仙台市宮城野区扇町4-6-30", "022-258-3040", "13:30"],
           ["札幌デポ", "北海道札幌市東区東苗穂3条1-2-17", "011-781-6602", "13:00"]]
_m(id="delivery-pass-depot-list", expect="pass", sender=MURAI,
   to=["北斗物流 営業部 <eigyo@hokuto-butsuryu.co.jp>"],
   subject="弊社出荷拠点の一覧（集荷ルート検討用）",
   body="北斗物流株式会社\n営業部 米沢様\n\nお世話になっております。日の出産業 物流部の村井です。\n"
        "先日のお打合せでご依頼いただいた、弊社出荷拠点の一覧です。集荷ルートのご検討にお使いください。\n\n"
        + _cols(_depots) + "\n\n各拠点の入構ルールは別途お送りします。\n\n" + SIG_BUTSURYU + "\n",
   entities=[], detectors=[],
   note="a list of the company's own depots with addresses and switchboards: business, not people")

_rng = random.Random("pass-tracking-only")
_l = ["問合せ番号\t注文番号\t出荷日\tステータス"]
for _ in range(18):
    _l.append(f"{_trk(_rng)}\tHN-{_digits(_rng, 8)}\t6/{_rng.randint(2, 6)}\t{_rng.choice(['配達中', '持戻り', '保管中', '調査中'])}")
_m(id="delivery-pass-tracking-only", expect="pass", sender=f"EC物流チーム 金城 <r-kinjo@{D}>", to=[AOBA],
   subject="配達状況の確認依頼（18件）",
   body="青葉運輸 配車センター ご担当者様\n\nお世話になっております。日の出産業の金城です。\n"
        "追跡画面で1週間以上ステータスが変わっていないお荷物が18件あります。状況をご確認いただけますでしょうか。\n\n"
        + "\n".join(_l) + "\n\n金城 梨沙\n日の出産業株式会社 EC物流チーム\nTEL 048-421-6672\n",
   entities=[], detectors=[],
   note="tracking and order numbers only, no one's name or address")

_rt = [["宅配 運賃表（2025年度）"], [], ["サイズ", "重量", "関東", "信越・北陸・中部", "関西", "中国・四国", "九州", "北海道", "沖縄"]]
for _i, (_s, _w) in enumerate([("60", "2kg"), ("80", "5kg"), ("100", "10kg"), ("120", "15kg"), ("140", "20kg"), ("160", "25kg")]):
    _b = 740 + _i * 230
    _rt.append([_s, _w, _b, _b + 100, _b + 210, _b + 320, _b + 430, _b + 640, _b + 980])
_m(id="delivery-pass-rate-table", expect="pass", sender=f"物流部 部長 榊原 <s-sakakibara@{D}>",
   to=["つばめ軽急便 営業 <eigyo@tsubame-kyubin.jp>"],
   subject="現行の運賃水準について（ご参考）",
   body="つばめ軽急便株式会社\n営業ご担当 様\n\nお世話になっております。日の出産業の榊原です。\n"
        "お見積りのご参考として、現行の宅配運賃表（弊社設定の販売用）をお送りします。\n"
        "スポット便の料金体系もあわせてご提示いただけますと幸いです。\n\n榊原 誠司\n日の出産業株式会社 物流部長\n\n"
        + DISCLAIMER + "\n",
   attachments=[{"kind": "xlsx", "name": "運賃表_2025.xlsx", "sheets": {"運賃表": _rt}}],
   entities=[], detectors=[],
   note="a rate table with the standard disclaimer: the word 機密情報 in a disclaimer is not a marking")

_shops = [("日の出インテリア 新宿店", "東京都新宿区新宿3-22-11 B1F", "03-3354-7001", "7:00-8:30"),
          ("日の出インテリア 池袋店", "東京都豊島区南池袋1-25-6 4F", "03-3981-2280", "7:30-9:00"),
          ("日の出インテリア 吉祥寺店", "東京都武蔵野市吉祥寺本町1-11-3", "0422-21-6045", "8:00-9:30"),
          ("日の出インテリア 立川店", "東京都立川市曙町2-5-1 3F", "042-527-8813", "8:00-9:30"),
          ("日の出インテリア 町田店", "東京都町田市原町田6-2-9", "042-728-1196", "9:00-10:00"),
          ("アウトレット八王子", "東京都八王子市南大沢1-600", "042-670-3327", "9:00-10:30")]
_m(id="delivery-pass-route-shops-html", expect="pass", sender=MURAI, to=[HOKUTO],
   subject="西東京ルート 店舗納品の時間帯",
   html="<html><body><p>北斗物流 東京支店<br>配車ご担当者様</p><p>お世話になっております。村井です。<br>"
        "7月からお願いする西東京ルートの店舗納品先と受入時間です。</p>"
        "<table border=1 cellpadding=3><tr><th>順</th><th>納品先</th><th>住所</th><th>店舗TEL</th><th>受入時間</th></tr>"
        + "".join(f"<tr><td>{i}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for i, (a, b, c, d) in enumerate(_shops, 1))
        + "</table><p>裏口の搬入口をご利用ください。</p><p>日の出産業株式会社 物流部 配送管理課<br>村井 智之<br>048-421-6630</p></body></html>",
   entities=[], detectors=[],
   note="route plan whose stops are the company's shops: an HTML table of businesses")

_vol = [["拠点", "4月", "5月", "前年比"]]
for _d, _a, _b in [("戸田", 18230, 19110), ("東京", 12880, 13420), ("横浜", 8410, 8390), ("千葉", 6120, 6475),
                   ("関西", 14350, 15020), ("名古屋", 5210, 5380), ("福岡", 3980, 4105)]:
    _vol.append([_d, f"{_a:,}", f"{_b:,}", f"{_b / _a * 100 - 100:+.1f}%"])
_m(id="delivery-pass-volume-pdf", expect="pass", sender=MURAI, to=["青葉運輸 営業部 <eigyo@aoba-unyu.co.jp>"],
   subject="5月 出荷実績のご報告",
   body="青葉運輸株式会社 営業部\n大島様\n\nお世話になっております。村井です。\n"
        "5月の拠点別出荷実績をPDFでお送りします。6月はボーナス商戦で1割増を見込んでいます。\n\n" + SIG_BUTSURYU + "\n",
   attachments=[{"kind": "pdf", "name": "shukka_jisseki_202505.pdf", "lines": ["拠点別 出荷個数（2025年4-5月）", ""], "table": _vol}],
   entities=[], detectors=[],
   note="shipment volume report by depot, no marking, no people")

_x = _people("pass-one-redelivery", 1, [1])[0]
_m(id="delivery-pass-one-redelivery", expect="pass", sender=f"CS 吉永 <m-yoshinaga@{D}>", to=[AOBA],
   subject="再配達のお願い（1件）",
   body=f"青葉運輸 配車センター御中\n\nお世話になっております。日の出産業の吉永です。\n"
        f"お客様より再配達のご依頼をいただきました。\n\n問合せ番号：5108-2273-6604\nお届け先：{_x['name']} 様\n"
        f"住所：{_addr(_x)}\n電話：{_x['mobile']}\n希望：6/14(土) 18-20時\n\nよろしくお願いいたします。\n\n"
        "吉永 美穂\n日の出産業株式会社 カスタマーサポート部\n",
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="one customer's re-delivery details to the carrier: one record may be warned, not held")

_x = _people("pass-one-install", 1, [14])[0]
_m(id="delivery-pass-one-install", expect="pass", sender=KATSURAGI, to=[TAKASAGO],
   subject="追加工事 1件（7/9 西宮市）",
   body=f"高砂電工 施工管理ご担当様\n\nお世話になります。葛城です。追加で1件お願いします。\n\n"
        f"7/9(水) 13:00〜　IH-3K60 交換\n{_x['sei']}様　{_x['city']}{_x['town']}{_x['ban_kanji']}\n"
        f"TEL {_x['home']}\n\n200V工事済みのお宅です。\n\n" + SIG_OSAKA + "\n",
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="a single installation appointment: one person's record")

_p = _people("pass-three", 3, [12, 13])
_m(id="delivery-pass-three-customers", expect="pass", sender=KATSURAGI,
   to=["北斗物流 大阪支店 <osaka@hokuto-butsuryu.co.jp>"],
   subject="時間指定の変更（3件）",
   body="北斗物流 大阪支店 御中\n\nいつもお世話になっております。葛城です。\nお客様から時間指定の変更が3件ありました。\n\n"
        + "\n".join(f"・{_x['name']}様（{_x['home']}）→ {_t}" for _x, _t in zip(_p, ["午前中", "18-20時", "14-16時"]))
        + "\n\nよろしくお願いします。\n\n" + SIG_OSAKA + "\n",
   entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
   note="three customers' names and phones: under the five-record threshold")

_p = _people("pass-four-relo", 4)
_l = [["氏名", "現住所", "新住所（社宅）", "搬出日"]]
for _x, _d in zip(_p, ["9/27", "9/27", "9/28", "9/30"]):
    _l.append([_x["name"], _addr(_x, bldg=False), f"福岡市東区箱崎{random.Random(_x['sei']).randint(1, 7)}-3-8 日の出箱崎寮", _d])
_m(id="delivery-pass-four-relocations", expect="pass", sender=KISHIMOTO, to=[SAKAKI],
   subject="10月異動 福岡赴任4名の引越し",
   body="さかき引越センター 法人営業部\n坂下様\n\nお世話になっております。岸本です。\n10月異動で福岡へ赴任する4名の引越しをお願いします。\n\n"
        + _cols(_l) + "\n\nいずれも単身です。よろしくお願いします。\n\n" + SIG_SOMU + "\n",
   entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
   note="four employees' addresses to the mover: one to four records may be warned, not held")

_p = _people("pass-internal-big", 30)
_rng = random.Random("pass-internal-big-b")
_rows = [["6月第4週 配送予定（全件）"], ["お届け先", "住所", "電話", "日時"]]
for _x in _p:
    _rows.append([_x["name"], _addr(_x), _x["mobile"], f"6/{_rng.randint(23, 28)} {_rng.choice(['AM', 'PM'])}"])
_m(id="delivery-pass-internal-big-list", expect="pass", sender=MURAI,
   to=[f"配送管理課 <haiso-kanri@{D}>"], cc=[f"y-kuwabara@{D}"],
   subject="6月第4週 配送予定（全件）",
   body="配送管理課 各位\n\nおつかれさまです。村井です。\n来週の配送予定全件を添付します。電話連絡の割振りは明朝決めます。\n\n村井\n",
   attachments=[{"kind": "xlsx", "name": "配送予定_6月第4週.xlsx", "sheets": {"全件": _rows}}],
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
   note="30 customers' records, but every recipient is internal")

_p = _people("pass-internal-dob", 7)
_m(id="delivery-pass-internal-subdomain", expect="pass", sender=KISHIMOTO,
   to=[f"人事部 給与課 <kyuyo@mail.{D}>"],
   subject="転勤者 住所変更・扶養確認リスト",
   body="給与課 御中\n\n総務の岸本です。10月異動の転勤者の転居後住所と生年月日の一覧です。\n通勤手当・住宅手当の計算にお使いください。\n\n"
        + "\n".join(f"{_x['name']}　{_dob(_x['dob'], 'wareki')}　{_addr(_x)}" for _x in _p) + "\n\n岸本\n",
   entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=[],
   note="7 employees' dates of birth and addresses to an internal subdomain: all internal")

_m(id="delivery-pass-internal-sensitive", expect="pass", sender=MORINAGA,
   to=[f"設置手配チーム <setti@{D}>", f"CS 吉永 <m-yoshinaga@{D}>"],
   subject="御手洗様邸 工事の注意点（社内共有）",
   body="チームの皆さん\n\n森永です。6/27の御手洗様邸（練馬区関町北）について社内共有です。\n"
        "脳梗塞の後遺症で右半身にまひがあり、身体障害者手帳2級、室内は車椅子です。\n"
        "電話の際はゆっくりお話しください。娘さんの携帯 090-2281-7736 が第一連絡先です。\n\n森永\n",
   entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "PHONE_NUMBER"], detectors=[],
   note="a customer's disability shared among colleagues only: all internal")

_rng = random.Random("pass-quoted-list")
_q = "\n".join(f"> {_trk(_rng)}  {_x['name']}様  {_addr(_x)}  {_x['home']}" for _x in _people("pass-quoted-list", 6))
_m(id="delivery-pass-reply-quoted-list", expect="pass", sender=MURAI, to=[AOBA_TOTSUKA],
   subject="Re: 本日の持ち戻り（6件）",
   body="溝口様\n\nご連絡ありがとうございます。6件とも承知しました。\nお客様への連絡はこちらから行い、再配達日が決まり次第ご連絡します。\n\n村井\n\n"
        "2025年6月12日(木) 18:20 溝口 <mizoguchi@aoba-unyu.co.jp>:\n> 日の出産業 村井様\n>\n> 本日の持ち戻り分です。\n>\n"
        + _q + "\n>\n> 青葉運輸 戸塚営業所 溝口\n",
   entities=[], detectors=[],
   note="the list is only in the quoted text of the carrier's own mail; the new text carries nothing")

_p = _people("pass-original-message", 7, [16])
_m(id="delivery-pass-original-message", expect="pass", sender=f"福岡営業所 鶴田 <a-tsuruta@{D}>",
   to=["青葉運輸 福岡営業所 <fukuoka@aoba-unyu.co.jp>"],
   subject="RE: 住所不明返送分について",
   body="中園様\n\nいつもお世話になっております。鶴田です。\n7件、受注データと突き合わせて正しい住所で再出荷します。\n"
        "返送分は月曜の集荷時にお渡しいただければ結構です。\n\n鶴田\n\n-----Original Message-----\n"
        "From: 中園 <nakazono@aoba-unyu.co.jp>\nSent: Friday, June 13, 2025 4:47 PM\n"
        f"To: a-tsuruta@{D}\nSubject: 住所不明返送分について\n\n鶴田様\n\n住所不明で返送となったお荷物です。\n\n"
        + "\n".join(f"{_x['name']}　{_x['city']}{_x['town']}　{_x['mobile']}" for _x in _p) + "\n\n中園\n",
   entities=[], detectors=[],
   note="the 7-person list sits under -----Original Message----- (the carrier's own mail)")

_m(id="delivery-pass-nda", expect="pass", sender=f"物流部 部長 榊原 <s-sakakibara@{D}>",
   to=["Swift Last Mile 代表 <info@swiftlastmile.jp>"],
   subject="秘密保持契約書（案）のご確認のお願い",
   body="Swift Last Mile株式会社\n代表取締役 三好様\n\nお世話になっております。日の出産業の榊原です。\n"
        "本格稼働に先立ち、配送データの授受について秘密保持契約（NDA）を締結したく、弊社ひな形を添付いたします。\n"
        "第3条（機密情報の定義）と第7条（個人情報の取扱い）をご確認ください。修正のご希望は変更履歴でお願いいたします。\n\n"
        "榊原 誠司\n日の出産業株式会社 物流部長\nTEL 048-421-6630\n",
   attachments=[{"kind": "docx", "name": "秘密保持契約書_案.docx", "paragraphs": [
       "秘密保持契約書（案）", "日の出産業株式会社（以下「甲」という）とSwift Last Mile株式会社（以下「乙」という）は、次のとおり契約を締結する。",
       "第1条（目的）本契約は、甲乙間の配送業務委託の検討及び実施に際し開示される情報の取扱いを定める。",
       "第3条（機密情報の定義）本契約において機密情報とは、開示者が秘密である旨を明示して開示した情報をいう。",
       "第7条（個人情報）乙は、甲から預託された個人情報を委託業務の目的以外に利用してはならない。"]}],
   entities=[], detectors=[],
   note="mail about an NDA and its draft: 機密情報 as a defined term is not a marking")

_m(id="delivery-pass-disclaimer-schedule", expect="pass", sender=MURAI, to=[AOBA],
   subject="お盆期間の集荷スケジュール",
   body="青葉運輸 配車センター ご担当者様\n\nお世話になっております。村井です。\n"
        "お盆期間の集荷は以下でお願いします。\n\n8/9(土)〜8/11(月)：通常\n8/12(火)〜8/15(金)：午前1便のみ\n"
        "8/16(土)：休み\n\n" + SIG_BUTSURYU + "\n\n" + DISCLAIMER + "\n",
   entities=[], detectors=[],
   note="an ordinary schedule with the standard confidentiality disclaimer")

_m(id="delivery-pass-two-orgs-meeting", expect="pass", sender=MORINAGA,
   to=[HIGASHI], cc=["青葉運輸 営業部 大島様 <oshima@aoba-unyu.co.jp>"],
   subject="三者打合せの日程調整（大型家電の配送・設置一体化）",
   body="ひがし設備工業 野田様\n青葉運輸 大島様\n\nお世話になっております。日の出産業の森永です。\n"
        "大型家電の配送と設置を一便で行う運用について、三者で打合せをお願いしたく存じます。\n"
        "候補日：6/24(火)14時、6/25(水)10時、6/26(木)15時\n場所：弊社本社 6F 会議室B（浜松町）\n\n"
        "ご都合をお知らせください。\n\n" + SIG_SETTI + "\n",
   entities=[], detectors=["multiple_external_domains"],
   note="two external organisations in To/Cc for a three-way meeting")

_x = _people("pass-freemail-customer", 1, [0])[0]
_m(id="delivery-pass-freemail-confirm", expect="pass", sender=MORINAGA,
   to=[f"{_x['roma']} <{_x['email'].split('@')[0]}@gmail.com>"],
   subject="【日の出産業】エアコン設置工事日のご確認",
   body=f"{_x['name']} 様\n\nこのたびは日の出産業をご利用いただき、誠にありがとうございます。\n"
        f"エアコン設置工事の日程が確定しましたのでお知らせいたします。\n\n工事日：6月26日(木) 13:00〜15:00の間に到着\n"
        f"設置先：{_addr(_x)}\n作業会社：ひがし設備工業株式会社\n\n当日は室内機設置場所周辺の家具の移動にご協力ください。\n"
        "ご都合が悪くなった場合は、前日17時までにご連絡をお願いいたします。\n\n" + SIG_SETTI + "\n",
   entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["freemail_recipient", "personal_data"],
   note="one customer on gmail receives her own appointment and address: one free-mail recipient")

_m(id="delivery-pass-moving-price-list", expect="pass", sender=KISHIMOTO,
   to=["白鷺化成 総務部 篠原様 <shinohara@shirasagi-kasei.co.jp>"],
   subject="法人向け引越しプランの料金表",
   body="白鷺化成株式会社\n総務部 篠原様\n\nお世話になっております。日の出産業 総務部の岸本です。\n"
        "先日お問い合わせいただいた、弊社提携の法人向け引越しプランの料金です。\n\n"
        "単身パック（2t 1/2）　　　 同一県内 48,000円／300km以内 78,000円\n"
        "家族パック（2人）　　　　　同一県内 98,000円／300km以内 148,000円\n"
        "家族パック（3〜4人）　　　 同一県内 138,000円／300km以内 198,000円\n"
        "エアコン脱着　　　　　　　 1台 15,000円\n\n※税込、繁忙期（3/15〜4/10）は2割増\n\n" + SIG_SOMU + "\n",
   entities=[], detectors=[],
   note="a price list to a customer company's business contact")

_cn = _corp_number("418203775104")
_m(id="delivery-pass-invoice-tnumber", expect="pass", sender=f"経理部 桃井 <a-momoi@{D}>",
   to=["青葉運輸 経理課 <keiri@aoba-unyu.co.jp>"],
   subject="5月分ご請求書の登録番号について",
   body="青葉運輸株式会社 経理課 御中\n\nお世話になっております。日の出産業 経理部の桃井です。\n"
        f"5月分ご請求書（請求番号 AU-2505-01873、ご請求額 3,841,260円）を拝受しました。\n"
        f"記載の登録番号 T{_cn} が国税庁サイトの公表情報と一致することを確認いたしました。\n"
        "支払予定日は6/30です。\n\n桃井 亜紀\n日の出産業株式会社 経理部\n03-5403-2260\n",
   entities=["JP_CORPORATE_NUMBER"], detectors=[],
   note="an invoice number and the carrier's T-number: company data, not a person's")

_m(id="delivery-pass-client-contact", expect="pass", sender=KISHIMOTO,
   to=["さかき引越センター 法人営業 <hojin@sakaki-hikkoshi.co.jp>"],
   subject="白鷺化成様 事務所移転の見積依頼",
   body="さかき引越センター 法人営業部\n坂下様\n\nお世話になっております。岸本です。\n"
        "弊社のお取引先、白鷺化成株式会社様が事務所移転をご検討中で、貴社をご紹介しました。\n"
        "ご担当は以下の方です。直接ご連絡いただけますでしょうか。\n\n"
        "白鷺化成株式会社 総務部 課長 篠原 美帆 様\nTEL 03-6205-4418（代表）／ shinohara@shirasagi-kasei.co.jp\n"
        "移転元：東京都中央区日本橋小伝馬町12-5\n移転先：東京都千代田区岩本町3-8-1 6F\n\n" + SIG_SOMU + "\n",
   entities=[], detectors=[],
   note="a customer company's business contact and office addresses: business data")

_p = _people("pass-internal-drivers", 8)
_m(id="delivery-pass-internal-drivers", expect="pass", sender=MURAI, to=[f"総務部 仁科 <h-nishina@{D}>"],
   subject="委託ドライバー 入館証申請の控え",
   body="仁科さん\n\n村井です。ららみなとへの入館証申請、控えを共有します（社内保管用）。\n\n"
        + "\n".join(f"{_x['name']}　{_dob(_x['dob'], 'short')}　{_x['mobile']}" for _x in _p) + "\n\n村井\n",
   entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=[],
   note="8 drivers with dates of birth and mobiles, sent between colleagues only")

_w = [["拠点", "個建", "大型", "設置", "返品"]]
for _d, _v in [("戸田", 4512), ("東京", 3120), ("横浜", 2018), ("千葉", 1530), ("関西", 3577), ("名古屋", 1288), ("福岡", 990)]:
    _w.append([_d, f"{_v:,}", str(_v // 9), str(_v // 21), str(_v // 33)])
_m(id="delivery-pass-weekly-volume-body", expect="pass", sender=MURAI,
   to=["北斗物流 東京支店 <tokyo@hokuto-butsuryu.co.jp>"], cc=[f"haiso-kanri@{D}"],
   subject="週次 出荷数量（6/9〜6/14）",
   body="北斗物流 東京支店 御中\n\nお世話になっております。村井です。\n先週の拠点別出荷数量です。\n\n"
        + _cols(_w) + "\n\n来週は関西が2割増の見込みです。車両の手配をご検討ください。\n\n" + SIG_BUTSURYU + "\n",
   entities=[], detectors=[],
   note="a padded table of volumes per depot: looks like a list but holds no people")

_m(id="delivery-pass-gift-shops", expect="pass", sender=INAGAKI,
   to=["北国フーズ 営業企画 <kikaku@kitaguni-foods.co.jp>"],
   subject="お中元ギフトセンター 設置店舗一覧",
   body="北国フーズ株式会社 営業企画部\n石狩様\n\nお世話になっております。稲垣です。\n今年のギフトセンター設置店舗です。販促物の送付先としてお使いください。\n\n"
        "・日の出百貨店 本店 7F ギフトサロン　東京都中央区日本橋室町2-4-1　03-3241-5510\n"
        "・日の出百貨店 横浜店 8F　神奈川県横浜市西区南幸1-5-1　045-311-2208\n"
        "・日の出百貨店 大宮店 6F　埼玉県さいたま市大宮区大門町2-6　048-641-3390\n"
        "・日の出百貨店 柏店 5F　千葉県柏市柏1-1-20　04-7164-0671\n"
        "・日の出百貨店 梅田店 9F　大阪府大阪市北区角田町7-10　06-6361-4412\n"
        "・日の出百貨店 栄店 8F　愛知県名古屋市中区栄3-5-1　052-261-7755\n"
        "・日の出百貨店 天神店 7F　福岡県福岡市中央区天神2-1-1　092-721-0980\n\n" + SIG_GIFT + "\n",
   entities=[], detectors=[],
   note="a bullet list of shops with addresses and phones: businesses, not people")

_m(id="delivery-pass-depot-hours-html", expect="pass", sender=f"物流部 <butsuryu@{D}>",
   to=["つばめ軽急便 配車 <haisha@tsubame-kyubin.jp>"],
   subject="夏季休業期間中の各拠点受付時間",
   html="<html><body><p>協力会社 ご担当者様</p><p>夏季休業期間中の各拠点の受付時間をお知らせします。</p>"
        "<table border='1'><tr><th>拠点</th><th>8/12</th><th>8/13</th><th>8/14</th><th>8/15</th><th>問合せ先</th></tr>"
        "<tr><td>戸田物流センター</td><td>8-17</td><td>8-12</td><td>休</td><td>休</td><td>048-421-6630</td></tr>"
        "<tr><td>東京配送センター</td><td>8-17</td><td>8-17</td><td>8-12</td><td>休</td><td>03-3522-8120</td></tr>"
        "<tr><td>横浜デポ</td><td>9-16</td><td>休</td><td>休</td><td>休</td><td>045-504-3318</td></tr>"
        "<tr><td>千葉デポ</td><td>9-16</td><td>9-12</td><td>休</td><td>休</td><td>047-431-2207</td></tr>"
        "</table><p>日の出産業株式会社 物流部</p></body></html>",
   entities=[], detectors=[],
   note="HTML-only table of depot opening hours and switchboards")

_rng = random.Random("pass-city-csv")
_csv = [["問合せ番号", "出荷日", "配達先エリア", "サイズ", "状況"]]
for _ in range(25):
    _ar = _rng.choice(_AREAS)
    _csv.append([_trk(_rng).replace("-", ""), f"2025/06/{_rng.randint(1, 12):02d}", _ar[0] + _ar[1],
                 _rng.choice(["60", "80", "100", "140"]), _rng.choice(["配達完了", "配達完了", "持戻り", "調査中"])])
_m(id="delivery-pass-city-level-csv", expect="pass", sender=f"EC物流チーム 金城 <r-kinjo@{D}>",
   to=["Swift Last Mile 運行管理 <ops@swiftlastmile.jp>"],
   subject="トライアル期間の配達結果（集計用）",
   body="Swift Last Mile 運行管理ご担当者様\n\nお世話になっております。金城です。\n"
        "トライアル期間の配達結果を、お問い合わせ番号と市区町村単位のエリアのみで抽出しました。\n"
        "遅延率の集計にご利用ください。\n\n金城 梨沙\n日の出産業株式会社 EC物流チーム\n",
   attachments=[{"kind": "csv", "name": "trial_result.csv", "encoding": "utf-8", "rows": _csv}],
   entities=[], detectors=[],
   note="tracking numbers with city-level areas only: no person identifiable")

_m(id="delivery-pass-hotels", expect="pass", sender=KISHIMOTO,
   to=["さくらホテル 法人営業 <corporate@sakura-hotel.jp>"],
   subject="転勤者の仮住まい 法人契約レートのご相談",
   body="さくらホテル 法人営業部\n宮内様\n\nお世話になっております。日の出産業 総務部の岸本です。\n"
        "9〜10月の異動で、引越し完了までの仮住まいとして下記ホテルを利用したく、長期滞在の法人レートをご相談させてください。\n\n"
        "1) さくらホテル札幌大通　北海道札幌市中央区大通西5-11　011-222-4410　約10泊×3名\n"
        "2) さくらホテル仙台駅前　宮城県仙台市青葉区中央1-6-35　022-714-2288　約7泊×2名\n"
        "3) さくらホテル博多　福岡県福岡市博多区博多駅前3-2-8　092-483-3360　約14泊×4名\n"
        "4) さくらホテル名古屋栄　愛知県名古屋市中区錦3-15-2　052-955-1180　約7泊×1名\n\n"
        "宿泊者の氏名は確定後にお知らせします。\n\n" + SIG_SOMU + "\n",
   entities=[], detectors=[],
   note="a list of partner hotels with addresses and phones, no guests named")

_m(id="delivery-pass-internal-fw-complaint", expect="pass", sender=f"CS 吉永 <m-yoshinaga@{D}>",
   to=[f"CS部 課長 真栄城 <k-maeshiro@{D}>"],
   subject="FW: 配達員の対応について（お客様より）",
   body="真栄城課長\n\n吉永です。お客様から届いたメールを転送します。青葉運輸への申し入れをご検討ください。\n\n"
        "---------- Forwarded message ----------\nFrom: 我那覇 智子 <ganaha.t@ezweb.ne.jp>\nDate: 2025年6月11日(水) 21:03\n"
        "Subject: 配達員の対応について\n\n日の出産業 御中\n\n本日、冷蔵庫を配達していただきましたが、私は心臓ペースメーカーを"
        "入れており、重い物は持てないと事前にお伝えしていたのに、玄関先に置いて帰られました。\n"
        "住所：川口市戸塚東3-9-12　電話：048-296-5521\n\n我那覇\n",
   entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
   note="a customer's pacemaker mentioned in a complaint forwarded internally only")

_m(id="delivery-pass-reply-freemail-quote", expect="pass", sender=f"CS 畑中 <t-hatanaka@{D}>",
   to=["Ayano Kito <kito.ayano@yahoo.co.jp>"],
   subject="Re: 配送先住所の変更について",
   body="鬼頭様\n\nご連絡ありがとうございます。日の出産業カスタマーサポートの畑中でございます。\n"
        "お届け先の変更、承りました。6/18(水)の午前中に新しいご住所へお届けいたします。\n"
        "引き続きよろしくお願い申し上げます。\n\n畑中 達也\n日の出産業株式会社 カスタマーサポート部\n0120-41-2230\n\n"
        "2025年6月15日(日) 10:22 Ayano Kito <kito.ayano@yahoo.co.jp>:\n"
        "> 注文番号 HN-30522871 の届け先を、引越しのため下記に変更してください。\n"
        "> 〒213-0002 神奈川県川崎市高津区二子4-7-3 フォレスト二子201\n> 電話 080-7735-1024\n> 鬼頭 綾乃\n",
   entities=[], detectors=["freemail_recipient"],
   note="reply to a free-mail customer; her address appears only in her own quoted text")

_m(id="delivery-pass-nda-mention-dispose", expect="pass", sender=MURAI,
   to=["つばめ軽急便 配車 <haisha@tsubame-kyubin.jp>"],
   subject="トライアル終了のお礼と伝票控えの取扱い",
   body="つばめ軽急便 配車ご担当様\n\nトライアル配送へのご協力ありがとうございました。日の出産業の村井です。\n"
        "機密保持契約の定めに従い、お手元の伝票控え・配送リストは今月末までに破棄いただき、"
        "破棄証明書のご提出をお願いいたします。\n本契約の条件は来週ご提示いたします。\n\n" + SIG_BUTSURYU + "\n",
   entities=[], detectors=[],
   note="asks to destroy delivery slips under the NDA: a mention of 機密保持, not a marking")

_m(id="delivery-pass-route-driver-surnames", expect="pass", sender=MURAI, to=[AOBA],
   subject="6/16週 便割り",
   body="青葉運輸 配車センター御中\n\n村井です。来週の便割りです。\n\n"
        "1便（板橋・練馬）　担当：佐藤さん　8:30発\n2便（杉並・世田谷）　担当：百目鬼さん　8:45発\n"
        "3便（江戸川・船橋）　担当：加藤さん　9:00発\n4便（川口・浦和）　担当：乙部さん　9:00発\n"
        "5便（大型専用）　担当：比嘉さん・久保さん　8:00発\n\n引き続きよろしくお願いします。\n\n村井\n",
   entities=[], detectors=[],
   note="drivers' surnames with route numbers only: names carry no personal data")

_done = [["2025年5月 設置工事完了件数"], ["エリア", "エアコン", "食洗機", "IH", "洗濯機", "計"]]
for _a, _n in [("東京23区", (412, 88, 51, 130)), ("多摩", (118, 21, 12, 44)), ("神奈川", (260, 47, 30, 90)),
               ("埼玉", (198, 30, 18, 71)), ("千葉", (171, 25, 15, 66)), ("関西", (305, 71, 44, 102))]:
    _done.append([_a, *_n, sum(_n)])
_m(id="delivery-pass-install-counts", expect="pass", sender=MORINAGA,
   to=["ひがし設備工業 営業部 <eigyo@higashi-setsubi.co.jp>"],
   subject="5月 完了件数の共有",
   body="ひがし設備工業 営業部\n野田様\n\nお世話になっております。森永です。\n5月の設置工事完了件数をエリア別にまとめました。\n"
        "協力会社様全体の数字ですので、取扱いにはご配慮ください。\n\n" + SIG_SETTI + "\n",
   attachments=[{"kind": "xlsx", "name": "完了件数_202505.xlsx", "sheets": {"集計": _done}}],
   entities=[], detectors=[],
   note="counts by area in an XLSX; asking for care is not a marking")

_m(id="delivery-pass-english-rates", expect="pass", sender=KISHIMOTO,
   to=["Grace Lim <grace.lim@pacificlink-logistics.com>"],
   subject="Re: Door-to-door rates Tokyo - Singapore",
   body="Dear Ms. Lim,\n\nThank you for the revised rates. We accept SGD 4,850 per 20ft container door-to-door,\n"
        "including customs clearance at both ends, and SGD 180 per cubic metre for LCL.\n"
        "Please send the agreement for 2025-2026 to my attention.\n\nBest regards,\nTakayuki Kishimoto\n"
        "General Affairs Dept., Hinode Sangyo Co., Ltd.\nTel +81-3-5403-2200\n\n" + DISCLAIMER_EN + "\n\n"
        "On Thu, 12 Jun 2025 at 15:40, Grace Lim <grace.lim@pacificlink-logistics.com> wrote:\n"
        "> Dear Mr. Kishimoto, please find our revised rates attached.\n",
   entities=[], detectors=[],
   note="English rate negotiation with the standard disclaimer")

_corp = [("白鷺化成株式会社", "総務部 御中", "東京都千代田区岩本町3-8-1", "03-6205-4400"),
         ("株式会社東雲精機", "管理本部 御中", "神奈川県横浜市中区海岸通4-23", "045-201-8830"),
         ("有限会社まるや商店", "代表者様", "埼玉県川越市仲町5-2", "049-222-0315"),
         ("浪速テクノ株式会社", "総務課 御中", "大阪府大阪市中央区淡路町2-5-9", "06-6203-7714"),
         ("株式会社中部アグリ", "購買部 御中", "愛知県名古屋市中村区名駅4-6-23", "052-583-1102"),
         ("玄海マリン株式会社", "総務部 御中", "福岡県福岡市博多区築港本町6-1", "092-271-4408")]
_m(id="delivery-pass-gift-corporate", expect="pass", sender=INAGAKI, to=[KITAGUNI],
   subject="お中元 法人宛 発送依頼（6件）",
   body="北国フーズ ギフト受注センター御中\n\nいつもお世話になっております。稲垣です。\nお取引先（法人宛）への発送分です。\n\n"
        + "\n".join(f"{i}. {a} {b}\n   {c}　TEL {d}\n   KF-301 十勝チーズ詰合せ" for i, (a, b, c, d) in enumerate(_corp, 1))
        + "\n\nのし：御中元／日の出産業株式会社\n\n" + SIG_GIFT + "\n",
   entities=[], detectors=[],
   note="gift shipments to six companies' departments and switchboards: businesses, not people")

_x = _people("pass-one-relo", 1, [16])[0]
_m(id="delivery-pass-one-relocation", expect="pass", sender=f"総務部 仁科 <h-nishina@{D}>",
   to=["さかき引越センター 法人営業 <hojin@sakaki-hikkoshi.co.jp>"],
   subject="単身引越し 1件（7/19）",
   body=f"さかき引越センター 法人営業部 御中\n\nお世話になっております。日の出産業の仁科です。\n単身引越しを1件お願いします。\n\n"
        f"社員：{_x['name']}\n搬出：{_addr(_x)}\n搬入：東京都江東区新木場2丁目 日の出新木場寮\n日程：7/19(土) 午前\n"
        f"連絡先：{_x['mobile']}\n\n仁科 春香\n日の出産業株式会社 総務部\n",
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="one employee's move: a single record to the mover")

_rng = random.Random("pass-tracking-xlsx")
_rows = [["6月前半 出荷明細（問合せ番号別）"], ["問合せ番号", "出荷日", "重量kg", "サイズ", "着地コード", "運賃"]]
for _ in range(100):
    _rows.append([_trk(_rng), f"6/{_rng.randint(1, 15)}", round(_rng.uniform(0.5, 24.0), 1),
                  _rng.choice([60, 80, 100, 120, 140]), f"{_rng.randint(10, 99)}-{_rng.randint(100, 999)}-{_rng.randint(10, 99)}",
                  _rng.choice([880, 1110, 1340, 1580, 1820])])
_m(id="delivery-pass-tracking-xlsx", expect="pass", sender=f"経理部 桃井 <a-momoi@{D}>",
   to=["青葉運輸 経理課 <keiri@aoba-unyu.co.jp>"],
   subject="6月前半分 運賃明細の突合せ",
   body="青葉運輸 経理課 御中\n\nお世話になっております。桃井です。\n6月前半分の運賃明細を弊社出荷データと突き合わせました。\n"
        "差異のある行に色を付けていますので、ご確認をお願いします。\n\n桃井 亜紀\n日の出産業株式会社 経理部\n",
   attachments=[{"kind": "xlsx", "name": "運賃突合_6月前半.xlsx", "sheets": {"明細": _rows}}],
   entities=[], detectors=[],
   note="100 rows of tracking numbers, weights and fares: a long table without people")

_mn = my_number(9120)
_m(id="delivery-pass-internal-mynumber", expect="pass", sender=f"総務部 仁科 <h-nishina@{D}>",
   to=[f"人事部 給与課 <kyuyo@{D}>"],
   subject="転勤者 住民票異動に伴う個人番号の再提出",
   body=f"給与課 御中\n\n仁科です。札幌赴任の東風谷さんから、転入後の個人番号の確認書類が届きました。\n"
        f"番号に変更はありません：{_mn[:4]} {_mn[4:8]} {_mn[8:]}\n原本は金庫に保管しています。\n\n仁科\n",
   entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=[],
   note="a My Number between HR desks: every recipient is internal")

_m(id="delivery-pass-bcc-customers", expect="pass", sender=f"EC物流チーム 金城 <r-kinjo@{D}>",
   to=[f"日の出ストア <store@{D}>"],
   bcc=["koketsu.m@gmail.com", "tsuzura-home@yahoo.co.jp", "ebisu.kayo@icloud.com", "sagae_f@softbank.ne.jp",
        "n.amemiya@outlook.jp", "funahashi.s@gmail.com"],
   subject="【日の出ストア】お届け日変更のお知らせ",
   body="お客様各位\n\n日の出ストアをご利用いただきありがとうございます。\n"
        "台風の影響により、6月20日お届け予定の一部商品を6月22日のお届けに変更させていただきます。\n"
        "ご不便をおかけし申し訳ございません。\n\n日の出ストア カスタマーセンター 0120-41-2230\n",
   entities=[], detectors=["freemail_recipient"],
   note="customers in Bcc, the shop's own address in To: nobody sees the others")

_ctr = [["協力会社", "法人番号", "本社所在地", "代表電話", "対応エリア"]]
for _nm, _base, _ad, _tel, _ar in [
        ("ひがし設備工業株式会社", "301104557732", "東京都足立区舎人2-14-6", "03-3857-1120", "東京・埼玉"),
        ("日進サービス株式会社", "220016730418", "神奈川県横浜市港北区新横浜2-5-14", "045-471-3390", "神奈川・東北"),
        ("高砂電工株式会社", "512002819946", "兵庫県高砂市荒井町中町9-3", "079-442-6618", "関西"),
        ("東和エアテック株式会社", "184005223310", "千葉県千葉市美浜区中瀬1-3", "043-296-7021", "千葉")]:
    _ctr.append([_nm, _corp_number(_base), _ad, _tel, _ar])
_m(id="delivery-pass-contractor-corpnum", expect="pass", sender=MORINAGA,
   to=["ツバサシステム 開発部 <dev@tsubasa-system.jp>"],
   subject="協力会社ポータル 初期登録データ",
   body="ツバサシステム株式会社 開発部\n御中\n\nお世話になっております。日の出産業の森永です。\n"
        "協力会社ポータルに初期登録する会社情報です。法人番号で名寄せしてください。\n\n"
        + _cols(_ctr) + "\n\n" + SIG_SETTI + "\n",
   entities=["JP_CORPORATE_NUMBER"], detectors=[],
   note="contractor companies with their 法人番号: business data")

_m(id="delivery-pass-crew-names-only", expect="pass", sender=MORINAGA, to=[HIGASHI],
   subject="7/5 大型案件の作業員体制",
   body="ひがし設備工業 野田様\n\nお世話になっております。森永です。\n7/5のマンション一括設置（32戸）の体制、下記で承知しました。\n\n"
        "現場責任者：三上さん\n1班：葛西さん・保坂さん\n2班：宍戸さん・桐生さん\n3班：舘野さん・漆間さん\n\n"
        "駐車許可証は前日に管理人室で受け取ってください。\n\n" + SIG_SETTI + "\n",
   entities=[], detectors=[],
   note="the contractor's own crew by surname only: no personal data attached to the names")

_m(id="delivery-pass-yearend-pdf", expect="pass", sender=f"物流部 <butsuryu@{D}>",
   to=["青葉運輸 営業部 <eigyo@aoba-unyu.co.jp>"],
   subject="年末年始の出荷スケジュール（ご案内）",
   body="青葉運輸株式会社 営業部 御中\n\n平素より大変お世話になっております。\n年末年始の出荷スケジュールをPDFにてご案内いたします。\n\n"
        "日の出産業株式会社 物流部\n",
   attachments=[{"kind": "pdf", "name": "nenmatsu_schedule.pdf", "lines": [
       "年末年始 出荷スケジュール", "", "12/26(金) 通常出荷（最終の時間指定受付 15:00）", "12/27(土) 午前のみ出荷",
       "12/28(日)〜1/4(日) 出荷休止", "1/5(月) 通常出荷再開", "", "日の出産業株式会社 物流部"]}],
   entities=[], detectors=[],
   note="an ordinary holiday schedule PDF")

_q = "\n".join(f"> {_x['roma']}, {_x['mobile']}" for _x in _people("pass-en-quote", 6))
_m(id="delivery-pass-english-quoted", expect="pass", sender=KISHIMOTO,
   to=["Grace Lim <grace.lim@pacificlink-logistics.com>"],
   subject="Re: Survey schedule - batch 2",
   body="Dear Ms. Lim,\n\nThank you, the survey schedule works for us. I have informed all six assignees.\n\n"
        "Best regards,\nTakayuki Kishimoto\n\nOn Mon, 16 Jun 2025 at 10:02, Grace Lim <grace.lim@pacificlink-logistics.com> wrote:\n"
        "> Dear Mr. Kishimoto,\n> We have contacted the following assignees and fixed the pre-move surveys:\n"
        + _q + "\n> Kind regards, Grace\n",
   entities=[], detectors=[],
   note="the six names and mobiles are only in the partner's own quoted mail")


# =========================================================================================
# EITHER — a privacy officer could judge these either way
# =========================================================================================

_p = _people("either-driver-phones", 5)
_m(id="delivery-either-driver-company-phones", expect="either", sender=MURAI,
   to=["白鷺化成 総務部 篠原様 <shinohara@shirasagi-kasei.co.jp>"],
   subject="事務所移転当日の作業車両・担当者",
   body="白鷺化成株式会社 総務部\n篠原様\n\nお世話になっております。日の出産業 物流部の村井です。\n"
        "移転当日に伺う作業班の班長と、会社支給携帯の番号です。入館受付でお使いください。\n\n"
        + "\n".join(f"・{_x['name']}（{_r}）業務用携帯 {_x['mobile']}" for _x, _r in
                    zip(_p, ["総括", "1班", "2班", "3班", "車両誘導"]))
        + "\n\n" + SIG_BUTSURYU + "\n",
   entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
   note="five staff with company-issued phones: business contacts or a list of people")

_x = _people("either-backache", 1, [2])[0]
_m(id="delivery-either-backache", expect="either", sender=f"CS 畑中 <t-hatanaka@{D}>", to=[AOBA],
   subject="お届け時のお願い（問合せ番号 7731-0458-2296）",
   body=f"青葉運輸 配車センター御中\n\nお世話になっております。日の出産業の畑中です。\n"
        f"7731-0458-2296 のお荷物（{_x['sei']}様、{_x['city']}{_x['town']}）ですが、お客様がぎっくり腰で"
        "しばらく重い物を持てないそうです。お手数ですが室内の指定場所まで運び入れをお願いします。\n\n畑中\n",
   entities=["PERSON_NAME"], detectors=["personal_data"],
   note="a passing back strain of a named customer: minor health remark or 要配慮 information")

_p = _people("either-fw-back", 6, [5, 6])
_m(id="delivery-either-fw-carrier-own-list", expect="either", sender=MURAI, to=[AOBA_TOTSUKA],
   subject="FW: 持ち戻り一覧（6/10分）",
   body="溝口様\n\n村井です。昨日いただいた一覧を念のため転送します。このうち3件目と5件目は本日お客様と連絡がつきました。\n\n村井\n\n"
        "-------- 転送メッセージ --------\nFrom: 溝口 <mizoguchi@aoba-unyu.co.jp>\nDate: 2025/06/10 19:12\n"
        "Subject: 持ち戻り一覧（6/10分）\n\n"
        + "\n".join(f"{_x['name']}様　{_addr(_x)}　{_x['mobile']}" for _x in _p) + "\n\n溝口\n",
   entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
   note="forwards the carrier's own 6-person list back to the same person: nothing new to the recipient")
