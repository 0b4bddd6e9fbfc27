"""Blind corpus, area "kyujinkoukoku": recruiting through job boards and advertising agencies.

Mail of 日の出産業株式会社 (hinode-sangyo.co.jp) — 人事部 採用グループ, 新卒・中途採用担当, 労務,
経理, hiring managers and the 川越工場 — to 求人広告代理店, 求人サイト (job boards), 人材紹介会社
(referral agencies), 適性検査 vendors, 身元調査 (background check) firms, universities' キャリア
センター, the venue hotel, printers, a 社労士, a 行政書士, a clinic for 雇入時健康診断, a
就労支援センター, an overseas recruiter, applicants and 内定者 on free mail, and some internal
mail: applicant lists, screening and interview schedules, agency recommendations and fees,
offers (内定通知), onboarding paperwork, background checks.  Every person, company outside
the brief's list, address, phone number, e-mail address and identifier here is invented;
the messages and their labels were written blind, from BRIEF.md, build.py and the entity
and detector names of SPEC.md only, without reading mailguard's code.
"""

from __future__ import annotations

import datetime as _dt
import random as _random
import unicodedata as _ud

from build import card_number, my_number

SEED = 41801
AREA = "kyujinkoukoku"

# -- invented people -----------------------------------------------------------------------

_SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤原", "フジワラ", "Fujiwara"), ("岡田", "オカダ", "Okada"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("三浦", "ミウラ", "Miura"),
    ("藤井", "フジイ", "Fujii"), ("岡本", "オカモト", "Okamoto"), ("松田", "マツダ", "Matsuda"),
    ("中島", "ナカジマ", "Nakajima"), ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"),
    ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"), ("中野", "ナカノ", "Nakano"),
    ("野口", "ノグチ", "Noguchi"), ("菅原", "スガワラ", "Sugawara"), ("宮崎", "ミヤザキ", "Miyazaki"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("四十物", "アイモノ", "Aimono"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("東海林", "ショウジ", "Shoji"), ("百目鬼", "ドウメキ", "Domeki"),
    ("九十九", "ツクモ", "Tsukumo"), ("薬袋", "ミナイ", "Minai"), ("十文字", "ジュウモンジ", "Jumonji"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("一尺八寸", "カマツカ", "Kamatsuka"), ("瓜生", "ウリュウ", "Uryu"),
    ("左右田", "ソウダ", "Soda"), ("五十嵐", "イガラシ", "Igarashi"), ("御手洗", "ミタライ", "Mitarai"),
    ("雲母", "キララ", "Kirara"), ("鬼頭", "キトウ", "Kito"), ("毒島", "ブスジマ", "Busujima"),
    ("纐纈", "コウケツ", "Koketsu"), ("舎利弗", "トドロキ", "Todoroki"), ("比嘉", "ヒガ", "Higa"),
    ("金城", "キンジョウ", "Kinjo"), ("我妻", "ワガツマ", "Wagatsuma"), ("米谷", "マイヤ", "Maiya"),
]
_MEI_M = [
    ("翔太", "ショウタ", "Shota"), ("大輝", "ダイキ", "Daiki"), ("蓮", "レン", "Ren"),
    ("悠斗", "ユウト", "Yuto"), ("拓真", "タクマ", "Takuma"), ("健太", "ケンタ", "Kenta"),
    ("陽介", "ヨウスケ", "Yosuke"), ("亮平", "リョウヘイ", "Ryohei"), ("直樹", "ナオキ", "Naoki"),
    ("和也", "カズヤ", "Kazuya"), ("隼人", "ハヤト", "Hayato"), ("誠司", "セイジ", "Seiji"),
    ("湊", "ミナト", "Minato"), ("颯", "ハヤテ", "Hayate"), ("樹", "イツキ", "Itsuki"),
    ("慎吾", "シンゴ", "Shingo"), ("康平", "コウヘイ", "Kohei"), ("雄一郎", "ユウイチロウ", "Yuichiro"),
    ("智之", "トモユキ", "Tomoyuki"), ("晴臣", "ハルオミ", "Haruomi"),
]
_MEI_F = [
    ("美咲", "ミサキ", "Misaki"), ("彩花", "アヤカ", "Ayaka"), ("結衣", "ユイ", "Yui"),
    ("陽菜", "ヒナ", "Hina"), ("真由", "マユ", "Mayu"), ("沙織", "サオリ", "Saori"),
    ("千尋", "チヒロ", "Chihiro"), ("愛莉", "アイリ", "Airi"), ("楓", "カエデ", "Kaede"),
    ("菜々子", "ナナコ", "Nanako"), ("優子", "ユウコ", "Yuko"), ("麻衣", "マイ", "Mai"),
    ("遥", "ハルカ", "Haruka"), ("智子", "トモコ", "Tomoko"), ("恵理", "エリ", "Eri"),
    ("玲奈", "レイナ", "Reina"), ("紬", "ツムギ", "Tsumugi"), ("芽依", "メイ", "Mei"),
    ("志保", "シホ", "Shiho"), ("琴音", "コトネ", "Kotone"),
]
_PLACES = [
    ("東京都", "世田谷区", "桜新町", "154"), ("東京都", "練馬区", "石神井町", "177"),
    ("東京都", "江東区", "南砂", "136"), ("東京都", "杉並区", "阿佐谷南", "166"),
    ("東京都", "八王子市", "南大沢", "192"), ("神奈川県", "横浜市港北区", "日吉本町", "223"),
    ("神奈川県", "川崎市中原区", "木月", "211"), ("神奈川県", "相模原市南区", "相模大野", "252"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330"), ("埼玉県", "川越市", "新富町", "350"),
    ("埼玉県", "所沢市", "東町", "359"), ("千葉県", "船橋市", "本町", "273"),
    ("千葉県", "柏市", "あけぼの", "277"), ("千葉県", "市川市", "八幡", "272"),
    ("大阪府", "豊中市", "上野西", "560"), ("大阪府", "吹田市", "千里山東", "565"),
    ("兵庫県", "西宮市", "甲子園口", "663"), ("愛知県", "名古屋市千種区", "覚王山通", "464"),
    ("愛知県", "豊田市", "若宮町", "471"), ("福岡県", "福岡市早良区", "西新", "814"),
    ("宮城県", "仙台市青葉区", "八幡", "980"), ("北海道", "札幌市北区", "北二十四条西", "001"),
    ("静岡県", "浜松市中央区", "佐鳴台", "432"), ("広島県", "広島市安佐南区", "祇園", "731"),
    ("京都府", "京都市左京区", "北白川", "606"), ("茨城県", "つくば市", "竹園", "305"),
    ("新潟県", "新潟市中央区", "学校町通", "951"), ("岡山県", "岡山市北区", "奉還町", "700"),
    ("群馬県", "高崎市", "八島町", "370"), ("栃木県", "宇都宮市", "西原", "320"),
]
_BLDG = ["コーポ桜 ", "メゾン白樺 ", "グランシャリオ ", "サンハイツ ", "レジデンス和泉 ",
         "ハイム若葉 ", "パークサイド日吉 ", "アーバンコート ", ""]
_UNIV = [
    ("北稜大学", ["経済学部", "法学部", "理工学部", "文学部"]),
    ("東都工業大学", ["工学部 機械工学科", "工学部 電気電子工学科", "情報理工学部"]),
    ("関央大学", ["商学部", "社会学部", "総合政策学部"]),
    ("西都学院大学", ["経営学部", "国際文化学部"]),
    ("湘南国際大学", ["国際関係学部", "外国語学部"]),
    ("中部理科大学大学院", ["理工学研究科 修士2年", "農学研究科 修士2年"]),
    ("港北経済大学", ["経済学部", "経営学部"]),
    ("東北文理大学", ["理学部", "教育学部"]),
]
_FREE = ["gmail.com", "gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
         "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp", "gmail.com"]
_PREV = ["株式会社丸栄商事", "東邦精機株式会社", "株式会社ミナミ物流", "協和テクノ株式会社",
         "株式会社サンライズ販売", "大和化成工業株式会社", "株式会社ノースブリッジ",
         "三星電装株式会社", "株式会社あおぞらフーズ", "株式会社ケイエス情報"]

_TODAY = _dt.date(2026, 10, 1)


def _age(dob: _dt.date) -> int:
    return _TODAY.year - dob.year - ((_TODAY.month, _TODAY.day) < (dob.month, dob.day))


def _make_people(kind: str, n: int, salt: int) -> list[dict]:
    rng = _random.Random(SEED * 97 + salt)
    out: list[dict] = []
    seen: set[str] = set()
    while len(out) < n:
        sei = rng.choice(_SEI)
        male = rng.random() < 0.5
        mei = rng.choice(_MEI_M if male else _MEI_F)
        key = sei[0] + mei[0]
        if key in seen:
            continue
        seen.add(key)
        if kind == "grad":
            year = rng.choice([2002, 2003, 2004, 2004, 2004, 2005])
        else:
            year = rng.randint(1972, 1999)
        dob = _dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        pref, city, town, z3 = rng.choice(_PLACES)
        bldg = rng.choice(_BLDG)
        room = f"{rng.randint(1, 5)}0{rng.randint(1, 9)}" if bldg else ""
        banchi = f"{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
        local_style = rng.randrange(4)
        g, s = mei[2].lower(), sei[2].lower()
        local = [f"{g}.{s}{rng.randint(1, 99)}", f"{s}_{g[0]}{year % 100:02d}",
                 f"{g}{s[:3]}{rng.randint(100, 999)}", f"{s}.{g}.{rng.randint(1, 12)}{rng.randint(1, 28)}"][local_style]
        univ, facs = rng.choice(_UNIV)
        while kind == "grad" and year >= 2003 and "大学院" in univ:
            univ, facs = rng.choice(_UNIV)
        p = {
            "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}",
            "kana": f"{sei[1]} {mei[1]}", "romaji": f"{mei[2]} {sei[2]}",
            "ROMAJI": f"{sei[2].upper()} {mei[2]}", "male": male, "sex": "男" if male else "女",
            "dob": dob, "age": _age(dob),
            "tel": f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "mail": f"{local}@{rng.choice(_FREE)}",
            "zip": f"{z3}-{rng.randint(1, 9999):04d}",
            "addr": f"{pref}{city}{town}{banchi}" + (f" {bldg}{room}" if bldg else ""),
            "city": f"{pref}{city}",
            "univ": univ, "fac": rng.choice(facs),
            "prev": rng.choice(_PREV),
            "salary": rng.randrange(380, 780, 10),
        }
        out.append(p)
    return out


GRADS = _make_people("grad", 90, 1)
MIDS = _make_people("mid", 90, 2)

# -- formatting helpers --------------------------------------------------------------------

_FW = str.maketrans("0123456789-./:()", "０１２３４５６７８９－．／：（）")


def fw(s: str) -> str:
    """Full-width digits and separators, as some people type them."""
    return str(s).translate(_FW)


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fw":
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    if style == "fwshort":
        return fw(f"{short}{y}.{d.month}.{d.day}").replace("H", "Ｈ").replace("S", "Ｓ")
    raise ValueError(style)


def ymd(d: _dt.date, sep: str = "/") -> str:
    if sep == "年":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def _w(s: str) -> int:
    return sum(2 if _ud.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: object, width: int) -> str:
    s = str(s)
    return s + " " * max(width - _w(s), 1)


def zpad(s: object, width: int) -> str:
    """Pad with full-width spaces (width counted in full-width cells)."""
    s = str(s)
    cells = (_w(s) + 1) // 2
    return s + "　" * max(width - cells, 1)


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of the 12-digit base."""
    total = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base12), start=1))
    return str(9 - total % 9) + base12


_MYN = iter(range(1000))
_CARD = iter(range(1000))


def next_my_number() -> str:
    return my_number(SEED + next(_MYN))


def next_card() -> str:
    return card_number(SEED + next(_CARD))


# -- our people and their signatures -------------------------------------------------------

_HQ = "〒101-0047 東京都千代田区内神田2-14-5 日の出産業ビル6F"
_PLANT = "〒350-0833 埼玉県川越市芳野台3-1-9"

STAFF = {
    "saeki": ("佐伯 真理子", "Mariko Saeki", "saeki.mariko@hinode-sangyo.co.jp", "人事部 採用グループ", "03-5298-4431"),
    "hojo": ("北条 拓海", "Takumi Hojo", "t-hojo@hinode-sangyo.co.jp", "人事部 採用グループ（中途採用）", "03-5298-4432"),
    "mitsumori": ("三森 彩", "Aya Mitsumori", "mitsumori.aya@hinode-sangyo.co.jp", "人事部 新卒採用チーム", "03-5298-4435"),
    "okochi": ("大河内 誠", "Makoto Okochi", "okochi@hinode-sangyo.co.jp", "人事部長", "03-5298-4430"),
    "isurugi": ("石動 健", "Ken Isurugi", "isurugi.ken@hinode-sangyo.co.jp", "総務部 労務課", "03-5298-4452"),
    "hatano": ("波多野 修", "Osamu Hatano", "hatano.osamu@hinode-sangyo.co.jp", "営業本部 第二営業部 部長", "03-5298-4611"),
    "negoro": ("根来 聡", "Satoshi Negoro", "negoro.s@hinode-sangyo.co.jp", "情報システム部", "03-5298-4480"),
    "usami": ("宇佐美 恵", "Megumi Usami", "usami.megumi@hinode-sangyo.co.jp", "経理部 経理課", "03-5298-4470"),
    "azumi": ("安曇 亮", "Ryo Azumi", "azumi.ryo@mail.hinode-sangyo.co.jp", "川越工場 製造課 課長", "049-225-7810"),
    "kanzaki": ("神崎 ゆかり", "Yukari Kanzaki", "kanzaki.yukari@hinode-sangyo.co.jp", "人事部 採用グループ", "03-5298-4433"),
    "recruit": ("日の出産業 採用担当", "Hinode Sangyo Recruiting", "recruit@hinode-sangyo.co.jp", "人事部 採用グループ", "03-5298-4431"),
}


def frm(key: str, en: bool = False) -> str:
    name, ename, addr, _, _ = STAFF[key]
    return f"{ename if en else name} <{addr}>"


def sig(key: str, style: int = 0) -> str:
    name, ename, addr, dept, tel = STAFF[key]
    plant = key == "azumi"
    where = _PLANT if plant else _HQ
    if style == 0:
        return (f"\n--\n日の出産業株式会社\n{dept}\n{name}\n{where}\n"
                f"TEL {tel}  FAX 03-5298-4490\nMail {addr}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社　{dept}\n　{name}\n"
                f"　{where}\n　TEL：{tel}（直通）\n　E-mail：{addr}\n━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n日の出産業（株）{dept}　{name}\n内線 {tel[-4:]} / {addr}\n"
    if style == 3:
        return (f"\n=============================\n {name.replace(' ', '')}\n 日の出産業株式会社 {dept}\n"
                f" {where}\n TEL:{tel}\n=============================\n")
    if style == 4:  # English
        return (f"\n--\n{ename}\n{'HR Department, Recruiting' if not plant else 'Kawagoe Plant'}\n"
                f"Hinode Sangyo Co., Ltd.\n2-14-5 Uchikanda, Chiyoda-ku, Tokyo 101-0047, Japan\n"
                f"Tel: +81-{tel[1:]}\n{addr}\n")
    raise ValueError(style)


DISCLAIMER_JA = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information intended "
                 "solely for the addressee. If you have received it in error, please notify the "
                 "sender and delete it.\n")

MESSAGES: list[dict] = []


_JIS_FIX = str.maketrans({"～": "〜", "－": "−"})


def add(n: int, **kw) -> None:
    kw["id"] = f"{AREA}-{n:03d}"
    if kw.get("charset") == "iso-2022-jp":  # what a JIS mailer sends for these two characters
        for key in ("subject", "body", "html"):
            if kw.get(key):
                kw[key] = kw[key].translate(_JIS_FIX)
    MESSAGES.append(kw)


# ==========================================================================================
# 001-020
# ==========================================================================================

_rows = MIDS[0:7]
_jobs = ["製造オペレーター", "製造オペレーター", "品質検査スタッフ", "フォークリフト作業",
         "製造オペレーター", "設備保全", "品質検査スタッフ"]
_days = ["2026/09/02", "2026/09/03", "2026/09/05", "2026/09/08", "2026/09/08", "2026/09/11", "2026/09/14"]
add(1,
    sender=frm("kanzaki"), to=["柳 貴之 <yanagi.t@toa-kyujin.co.jp>"],
    subject="【照合のお願い】9月掲載分（川越工場 製造スタッフ）経由の応募者について",
    charset="iso-2022-jp",
    body=(
        "株式会社東亜求人広告社\n柳様\n\nいつも大変お世話になっております。\n日の出産業の神崎でございます。\n\n"
        "9月掲載分の求人広告（川越工場 製造スタッフ）について、効果測定のため\n"
        "弊社窓口で受け付けた応募者を下記にまとめました。\n"
        "御社の応募受付データ（電話受付分）と突き合わせていただき、\n"
        "重複・漏れがないかご確認いただけますでしょうか。\n\n"
        + pad("受付日", 12) + pad("氏名", 16) + pad("年齢", 6) + pad("電話番号", 16) + "応募職種\n"
        + "-" * 68 + "\n"
        + "".join(pad(d, 12) + pad(p["name"], 16) + pad(p["age"], 6) + pad(p["tel"], 16) + j + "\n"
                  for d, p, j in zip(_days, _rows, _jobs))
        + "-" * 68 + "\n計7名\n\n"
        "御社側で電話受付された方の件数が合わない場合は、お手数ですが\n受付日と職種だけでも結構ですのでお知らせください。\n\n"
        "引き続きよろしくお願いいたします。\n" + sig("kanzaki", 0)),
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="7 applicants (name, age, phone) in a space-padded list to an external ad agency")

_p = MIDS[40]
add(2,
    sender=frm("hojo"), to=[f"{_p['name']} <{_p['mail']}>"],
    subject="一次面接日程のご案内（日の出産業株式会社）",
    charset="iso-2022-jp",
    body=(
        f"{_p['name']} 様\n\nこの度は弊社の中途採用（生産管理職）にご応募いただき、誠にありがとうございます。\n"
        "日の出産業株式会社 人事部の北条でございます。\n\n"
        "書類選考の結果、ぜひ一次面接にお越しいただきたく、ご連絡いたしました。\n"
        "下記の日程でご都合はいかがでしょうか。\n\n"
        "　日時：10月14日（水）14:00～15:00\n"
        "　場所：弊社本社 6階 第3会議室\n"
        "　　　　東京都千代田区内神田2-14-5 日の出産業ビル（JR神田駅 西口より徒歩5分）\n"
        "　面接官：生産管理部 部長、人事部 採用担当\n"
        "　持ち物：筆記用具（履歴書・職務経歴書はご提出済みのため不要です）\n\n"
        "ご都合が合わない場合は、10月13日～16日の間で候補日をいくつかお知らせください。\n"
        "当日は1階受付にて「人事部 北条」をお呼び出しください。\n\n"
        "何卒よろしくお願いいたします。\n" + sig("hojo", 1)),
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="interview invitation to one applicant on free mail; only the company's own address and contacts")

_p = MIDS[17]
add(3,
    sender=frm("hojo"), to=["竹内 健二 <takeuchi.k@next-agent.co.jp>"],
    subject=f"二次面接結果のご連絡（経理職／{_p['sei']}様）",
    charset="utf-8",
    body=(
        "株式会社ネクストエージェント\n竹内様\n\nお世話になっております。日の出産業の北条です。\n\n"
        f"先日二次面接をお受けいただいた {_p['name']} 様（{_p['age']}歳、現職：{_p['prev']}）について、\n"
        "結果のご連絡と、一点ご相談がございます。\n\n"
        "結果は「通過」とし、最終面接（役員面接）にお進みいただきたいと考えております。\n\n"
        "ご相談の件ですが、面接の中でご本人から、前職在籍中に適応障害の診断を受け、\n"
        "2024年に約4か月休職されていたとのお話がありました。現在は通院も終了し、\n"
        "主治医からも就労に支障はないと言われているとのことです。\n"
        "もちろん選考の判断材料にはしておりませんが、入社後の配属先（月次決算の繁忙期がある部署）\n"
        "の業務負荷についてご本人が不安に感じていらっしゃらないか、\n"
        "竹内様から差し支えない範囲で確認していただけますと幸いです。\n\n"
        "最終面接の候補日は 10/21（水）午後、10/23（金）午前 です。\n\nよろしくお願いいたします。\n"
        + sig("hojo", 2)),
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named candidate's medical history (適応障害・休職) sent to a referral agency: 要配慮個人情報")

add(4,
    sender=frm("mitsumori"), to=["真鍋 様 <manabe@ad-frontier.co.jp>"],
    cc=[frm("kanzaki")],
    subject="求人広告原稿（法人営業職）修正のお願い",
    charset="shift_jis",
    body=(
        "株式会社アドフロンティア\n真鍋様\n\nいつもお世話になっております。\n日の出産業 人事部の三森です。\n\n"
        "先日いただいた求人広告原稿（初稿）を社内で確認しましたので、修正点をお送りします。\n\n"
        "１．キャッチコピー\n"
        "　「100年先の“あたりまえ”をつくる」→「暮らしの“あたりまえ”を、支える側へ。」に差し替え\n"
        "２．給与\n"
        "　月給26万円～38万円 → 月給27万円～38万円（経験・能力を考慮のうえ決定）\n"
        "　※固定残業代は含みません、の一文を追加してください。\n"
        "３．勤務地\n"
        "　「東京本社」のみ → 「東京本社・大阪支店（希望考慮）」\n"
        "４．休日休暇\n"
        "　年間休日125日（2026年度実績）に更新\n"
        "５．写真\n"
        "　2枚目の社員写真は本人の掲載同意が取れていないため、差し替えをお願いします。\n"
        "　代替の写真は明日までに三森からお送りします。\n\n"
        "掲載開始（11/2）に間に合うよう、10/16（金）までに第二稿をいただけますと助かります。\n"
        "よろしくお願いいたします。\n" + sig("mitsumori", 3)),
    expect="pass", entities=[], detectors=[],
    note="ad copy corrections (salary range, work location); no personal data")

_st = GRADS[40:46]
add(5,
    sender=frm("recruit"), to=[f"{p['name']} 様 <{p['mail']}>" for p in _st],
    subject="【日の出産業】10/20(火) オンライン会社説明会のご案内",
    charset="iso-2022-jp",
    body=(
        "学生の皆様\n\nこの度は日の出産業株式会社の会社説明会にご予約いただき、ありがとうございます。\n"
        "採用担当でございます。\n\n当日の参加方法をご案内いたします。\n\n"
        "■日時　2026年10月20日（火）13:30～15:00（13:20より入室可）\n"
        "■形式　Zoom（カメラオン推奨、途中退出可）\n"
        "■URL　https://zoom.us/j/84310022917（ミーティングID：843 1002 2917／パスコード：hinode20）\n"
        "■内容　会社概要、職種紹介（生産技術・営業・管理部門）、若手社員座談会、質疑応答\n\n"
        "※服装は自由です。\n※事前質問は下記フォームより10/18（日）までにお寄せください。\n"
        "　https://forms.example-hinode.jp/setsumeikai\n\n当日お会いできることを楽しみにしております。\n"
        + sig("recruit", 0)),
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="six students' private addresses all in To: they see each other; should have been Bcc")

_sh1, _sh2, _sh3 = MIDS[7:12], MIDS[12:15], MIDS[15:17]


def _selrow(i, p, extra):
    return [i, p["name"], p["kana"], ymd(p["dob"]), p["tel"], p["mail"]] + extra


add(6,
    sender=frm("hojo"), to=["吉永 様 <yoshinaga@bridge-career.jp>"],
    subject="ご推薦者 選考状況一覧（9月末時点）",
    charset="utf-8",
    body=(
        "株式会社ブリッジキャリア\n吉永様\n\nいつもお世話になっております。日の出産業の北条です。\n\n"
        "御社からご推薦いただいている方々の選考状況を一覧にまとめましたので、添付にてお送りします。\n"
        "シートごとに選考段階を分けております（一次／二次／最終）。\n"
        "連絡先に誤りがあれば修正してご返送ください。\n\nよろしくお願いいたします。\n" + sig("hojo", 0)),
    attachments=[{
        "kind": "xlsx", "name": "選考状況一覧_ブリッジキャリア様_20260930.xlsx",
        "title": "選考状況一覧",
        "sheets": {
            "一次面接": [["ブリッジキャリア様ご推薦者 選考状況一覧（2026/09/30時点）"], [],
                      ["No", "氏名", "フリガナ", "生年月日", "電話番号", "メール", "一次面接日", "結果"]]
                     + [_selrow(i + 1, p, [f"2026/09/{10 + 2 * i:02d}", r])
                        for i, (p, r) in enumerate(zip(_sh1, ["通過", "見送り", "通過", "辞退", "保留"]))],
            "二次面接": [["二次面接 対象者"], [],
                      ["No", "氏名", "フリガナ", "生年月日", "電話番号", "メール", "二次面接日", "結果"]]
                     + [_selrow(i + 1, p, [f"2026/09/{22 + i}", r])
                        for i, (p, r) in enumerate(zip(_sh2, ["通過", "調整中", "見送り"]))],
            "最終面接": [["最終面接 対象者"], [],
                      ["No", "氏名", "フリガナ", "生年月日", "電話番号", "メール", "最終面接日", "備考"]]
                     + [_selrow(i + 1, p, [d, "役員面接"])
                        for i, (p, d) in enumerate(zip(_sh3, ["2026/10/06", "2026/10/08"]))],
        }}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX (3 sheets, title rows) of 10 candidates with DOB, phone, e-mail to a referral agency")

add(7,
    sender=frm("negoro"), to=["杉本 様 <sugimoto@tsubasa-system.jp>"], cc=[frm("saeki")],
    subject="秘密保持契約書（採用管理システム導入検討）のご送付",
    charset="iso-2022-jp",
    body=(
        "株式会社ツバサシステム\n営業部 杉本様\n\nいつもお世話になっております。\n日の出産業 情報システム部の根来です。\n\n"
        "採用管理システム（ATS）の導入検討にあたり、現行の応募者データの件数や項目構成を\n"
        "ご説明する前に、秘密保持契約を締結させていただきたく、弊社書式の案を添付いたします。\n\n"
        "法務確認済みの版ですが、第5条（秘密情報の返還・廃棄）と第8条（有効期間）について\n"
        "御社のご意見があれば修正履歴でお知らせください。\n"
        "締結後、デモ環境でのデータ移行テスト（ダミーデータ）の日程をご相談させてください。\n\n"
        "よろしくお願いいたします。\n" + sig("negoro", 0)),
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_案_ツバサシステム様.docx",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、"
            "甲の採用管理システム導入の検討（以下「本目的」という。）に関し、相互に開示する秘密情報の取扱いについて、"
            "次のとおり契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、本目的のために開示者が受領者に開示した技術上又は営業上の情報であって、"
            "開示の際に秘密である旨を明示したものをいう。",
            "第2条（秘密保持）受領者は、秘密情報を善良なる管理者の注意をもって管理し、開示者の事前の書面による承諾なく第三者に開示しない。",
            "第3条（個人情報）甲が乙に個人情報の取扱いを委託する場合は、別途委託契約を締結する。",
            "第5条（返還・廃棄）本契約終了時又は開示者の請求があったときは、受領者は秘密情報を速やかに返還又は廃棄する。",
            "第8条（有効期間）本契約の有効期間は締結日から1年間とする。",
            "甲：東京都千代田区内神田2-14-5　日の出産業株式会社　代表取締役",
            "乙：　　　　　　　　　　　　　株式会社ツバサシステム　代表取締役",
        ]}],
    expect="pass", entities=[], detectors=[],
    note="NDA draft sent to a partner before an ATS evaluation: mail about an NDA, no marking, no personal data")

add(8,
    sender=frm("negoro"), to=["杉本 様 <sugimoto@tsubasa-sytem.jp>"],
    subject="Re: 採用管理システム トライアル環境の件",
    charset="iso-2022-jp",
    body=(
        "杉本様\n\nお世話になっております。日の出産業の根来です。\n\n"
        "トライアル環境のご用意ありがとうございます。\n"
        "面接官用の閲覧権限アカウントを2つ追加でお願いできますでしょうか。\n"
        "（利用者の登録は管理画面から弊社で行います）\n\n"
        "また、SSO（SAML）連携の設定手順書があればご共有ください。\n"
        "弊社のIdPは Microsoft Entra ID です。\n\n"
        "お手数ですがよろしくお願いいたします。\n" + sig("negoro", 2)),
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain tsubasa-sytem.jp is a typo of partner tsubasa-system.jp (dropped letter)")

_p = MIDS[20]
_mn = next_my_number()
add(9,
    sender=frm("isurugi"), to=["佐藤社会保険労務士事務所 <office@sato-sr.jp>"],
    subject="【10月入社】資格取得届の作成依頼（1名）",
    charset="shift_jis",
    body=(
        "佐藤社会保険労務士事務所\n佐藤先生\n\nいつもお世話になっております。\n日の出産業 総務部 労務課の石動です。\n\n"
        "10月1日付で中途入社した社員1名について、健康保険・厚生年金保険の\n"
        "被保険者資格取得届と雇用保険の手続きをお願いいたします。\n\n"
        "【対象者】\n"
        f"　氏名　　　：{_p['name']}（{_p['kana']}）\n"
        f"　性別　　　：{_p['sex']}\n"
        f"　生年月日　：{wareki(_p['dob'])}\n"
        f"　住所　　　：〒{_p['zip']} {_p['addr']}\n"
        f"　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}\n"
        f"　基礎年金番号：{4100 + _p['age']}-{(int(_mn[3:9]) % 900000) + 100000}\n"
        "　資格取得日：2026年10月1日\n"
        "　報酬月額　：340,000円（通勤手当 12,400円を含む）\n"
        "　雇用形態　：正社員（週40時間）\n\n"
        "扶養家族はおりません。前職の雇用保険被保険者証は郵送いたします。\n"
        "よろしくお願いいたします。\n" + sig("isurugi", 0)),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="new hire's マイナンバー and 基礎年金番号 sent to the outside 社労士 office")

_q = MIDS[24:29]
add(10,
    sender=frm("hojo"), to=["竹内 健二 <takeuchi.k@next-agent.co.jp>"],
    subject="Re: 【ご推薦】生産技術職 候補者5名のご紹介",
    charset="iso-2022-jp",
    body=(
        "竹内様\n\nお世話になっております。日の出産業の北条です。\n"
        "早速5名もご推薦いただき、ありがとうございます。\n\n"
        "工場側（製造部）とも確認し、No.1、No.3、No.5 の方について\n"
        "一次面接（オンライン・45分）をお願いしたいと思います。\n"
        "候補日は 10/13（火）10時・15時、10/15（木）13時 です。\n\n"
        "No.2、No.4 の方は、今回は経験分野が求人とずれているため見送りとさせてください。\n"
        "今後、品質保証職の募集を開始した際には改めてご相談させていただくかもしれません。\n\n"
        "よろしくお願いいたします。\n\n北条\n\n"
        "2026年9月28日(月) 10:12 竹内 健二 <takeuchi.k@next-agent.co.jp>:\n"
        "> 日の出産業株式会社\n> 北条様\n>\n> いつもお世話になっております。ネクストエージェントの竹内です。\n"
        "> 生産技術職（川越工場）の求人につきまして、下記5名をご推薦いたします。\n>\n"
        + "".join(f"> No.{i + 1}  {p['name']}（{p['age']}歳） 現職：{p['prev']}  連絡先：{p['tel']}\n"
                  for i, p in enumerate(_q))
        + ">\n> 詳細な職務経歴書はエージェントポータルにアップロード済みです。\n> ご検討のほどよろしくお願いいたします。\n"),
    expect="pass", entities=[], detectors=[],
    note="the five candidates appear only in the quoted agency mail; new text holds no personal data")

_g = GRADS[0:12]
add(11,
    sender=frm("mitsumori"), to=["さくらホテル 宴会予約 小田切様 <banquet@sakura-hotel.jp>"],
    subject="10/24 会社説明会 受付名簿の送付",
    charset="shift_jis",
    body=(
        "さくらホテル\n宴会予約ご担当 小田切様\n\nお世話になっております。日の出産業の三森です。\n\n"
        "10月24日（土）「鳳凰の間」で開催する会社説明会について、\n"
        "受付でのチェック用に参加予定者の名簿をお送りします（CSV）。\n"
        "当日は受付台を2台ご用意いただき、名簿に沿ってご案内をお願いできればと存じます。\n\n"
        "人数は現時点で12名、最終確定は前日17時にご連絡いたします。\n\nよろしくお願いいたします。\n"
        + sig("mitsumori", 1)),
    attachments=[{
        "kind": "csv", "name": "説明会受付名簿_1024.csv", "encoding": "cp932",
        "rows": [["受付No", "氏名", "フリガナ", "大学名", "学部", "携帯電話"]]
        + [[f"A{i + 1:02d}", p["name"], p["kana"], p["univ"], p["fac"], p["tel"]] for i, p in enumerate(_g)]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="CSV (CP932) of 12 students with phone numbers sent to the venue hotel")

_z = MIDS[29:37]
add(12,
    sender=frm("kanzaki"), to=["柳 貴之 <yanagi.t@toa-kyujin.co.jp>"],
    subject="応募者データ（9月分）送付の件",
    charset="utf-8",
    body=(
        "株式会社東亜求人広告社\n柳様\n\nお世話になっております。日の出産業の神崎です。\n\n"
        "先日ご依頼のあった9月分の応募者データを、パスワード付きZIPでお送りします。\n"
        "パスワードは別メールにてお送りいたします。\n\n"
        "効果測定（媒体別の応募単価・面接移行率）の集計にのみご利用いただき、\n"
        "集計後は削除をお願いいたします。\n\nよろしくお願いいたします。\n" + sig("kanzaki", 3)),
    attachments=[{
        "kind": "zip", "name": "applicants_202609.zip", "password": "Hn#2026-0930",
        "files": [{"kind": "xlsx", "name": "応募者一覧_202609.xlsx",
                   "sheets": {"9月": [["応募日", "氏名", "年齢", "電話", "メール", "媒体"]]
                              + [[f"2026/09/{3 * i + 2:02d}", p["name"], p["age"], p["tel"], p["mail"],
                                  ["東亜求人", "キャリアポート", "自社HP"][i % 3]] for i, p in enumerate(_z)]}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password ZIP (PPAP) of an applicant list to an ad agency: contents cannot be inspected")

_corp = corp_number("010401163552")
add(13,
    sender=frm("usami"), to=["ブリッジキャリア 経理ご担当 <keiri@bridge-career.jp>"], cc=[frm("hojo")],
    subject="ご請求書受領のご連絡（BC-2026-0917）",
    charset="iso-2022-jp",
    body=(
        "株式会社ブリッジキャリア\n経理ご担当者様\n\nいつもお世話になっております。\n日の出産業株式会社 経理部の宇佐美でございます。\n\n"
        "下記ご請求書を受領いたしましたので、ご連絡申し上げます。\n\n"
        "　請求書番号　　：BC-2026-0917\n"
        f"　登録番号　　　：T{_corp}\n"
        "　件名　　　　　：人材紹介手数料（2026年9月1日入社 1名分）\n"
        "　ご請求金額　　：2,310,000円（うち消費税 210,000円）\n"
        "　お支払予定日　：2026年10月30日（金）\n"
        "　お支払方法　　：ご指定口座（みどり銀行 丸の内支店）へのお振込\n\n"
        "なお、弊社の支払サイトは月末締め翌月末払いとなっておりますので、\n"
        "今後のご請求も同様にお願いいたします。\n\nどうぞよろしくお願いいたします。\n" + sig("usami", 0)),
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=["personal_data"],
    note="invoice acknowledgement to an agency: invoice number and the agency's T-number only")

_p = MIDS[21]
add(14,
    sender=frm("isurugi"), to=["桜ヶ丘クリニック 健診センター <kenshin@sakuragaoka-cl.jp>"],
    subject="雇入時健康診断の結果についてご相談（10月入社者）",
    charset="shift_jis",
    body=(
        "桜ヶ丘クリニック 健診センター\n宮田先生\n\nいつもお世話になっております。\n日の出産業 労務課の石動です。\n\n"
        "先日受診した10月入社者の雇入時健康診断の結果について、ご意見を伺いたくご連絡しました。\n\n"
        f"　受診者：{_p['name']}（{ymd(_p['dob'], '年')}生、{_p['age']}歳）\n"
        "　配属予定：川越工場 製造課（2交替勤務あり）\n"
        "　所見：空腹時血糖 152mg/dL、HbA1c 7.4％（要精密検査）\n\n"
        "ご本人からは、2型糖尿病で3年前から内服治療中との申告がありました。\n"
        "夜勤を含む交替勤務に就かせることについて、就業上の配慮が必要かどうか、\n"
        "産業医としてのご意見をいただけますでしょうか。\n\n"
        "よろしくお願いいたします。\n" + sig("isurugi", 2)),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one new hire's health check results and diabetes diagnosis to an outside clinic: 要配慮個人情報")

_br = [("本社", "東京都千代田区内神田2-14-5", "03-5298-4400", "法人営業 2名"),
       ("大阪支店", "大阪府大阪市中央区備後町3-6-2 備後町センタービル8F", "06-6233-1170", "法人営業 1名"),
       ("名古屋営業所", "愛知県名古屋市中村区名駅南1-17-29", "052-581-3304", "法人営業 1名"),
       ("川越工場", "埼玉県川越市芳野台3-1-9", "049-225-7800", "製造スタッフ 5名"),
       ("北関東物流センター", "栃木県小山市梁2410-7", "0285-49-2231", "倉庫管理 2名"),
       ("福岡営業所", "福岡県福岡市博多区博多駅東2-9-1", "092-474-6650", "ルート営業 1名")]
add(15,
    sender=frm("kanzaki"), to=["柳 貴之 <yanagi.t@toa-kyujin.co.jp>"],
    subject="11月掲載 求人広告の勤務地欄について",
    charset="iso-2022-jp",
    body=(
        "柳様\n\nお世話になっております。日の出産業の神崎です。\n\n"
        "11月掲載の求人広告（複数拠点募集）の勤務地欄に記載する拠点情報をお送りします。\n"
        "問い合わせ先は各拠点の代表番号でお願いします（応募受付は本社採用窓口に一本化）。\n\n"
        + pad("拠点名", 20) + pad("所在地", 52) + pad("代表電話", 14) + "募集\n" + "-" * 100 + "\n"
        + "".join(pad(a, 20) + pad(b, 52) + pad(c, 14) + d + "\n" for a, b, c, d in _br)
        + "\n応募受付：日の出産業株式会社 人事部 採用グループ（03-5298-4431／recruit@hinode-sangyo.co.jp）\n\n"
        "よろしくお願いいたします。\n" + sig("kanzaki", 0)),
    expect="pass", entities=[], detectors=[],
    note="list of the company's own branches with switchboard numbers: business list, not people")

_h = GRADS[12:18]
_hfac = ["経済学部", "法学部", "理工学部", "文学部", "経済学部", "理工学部"]
add(16,
    sender=frm("mitsumori"), to=["北稜大学 キャリアセンター 石原様 <career@hokuryo-u.ac.jp>"],
    subject="2027年3月卒業予定者 内定状況のご報告",
    charset="iso-2022-jp",
    body=(
        "北稜大学 キャリアセンター\n石原様\n\nいつも大変お世話になっております。\n日の出産業株式会社 人事部の三森でございます。\n\n"
        "先日ご依頼いただきました、貴学学生の内定状況についてご報告いたします。\n"
        "10月1日の内定式には下記6名の皆さんにご出席いただきました。\n"
        "今後の内定者フォローの際の連絡先も併せて記載しております。\n\n"
        + "".join(f"・{f}　{p['name']} さん（{p['mail']}／{p['tel']}）\n" for f, p in zip(_hfac, _h))
        + "\n引き続き、来年度の学内説明会でもお世話になれますと幸いです。\n"
        "どうぞよろしくお願いいたします。\n" + sig("mitsumori", 1)),
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="bullet list of 6 内定者 with private e-mail and phone sent to a university")

add(17,
    sender=frm("mitsumori"), to=["小田切 様 <banquet@sakura-hotel.jp>"],
    subject="10/24 説明会当日の弊社連絡先",
    charset="utf-8",
    body=(
        "さくらホテル 小田切様\n\nお世話になっております。日の出産業の三森です。\n"
        "10/24の会社説明会当日、会場で何かございましたら下記担当までご連絡ください。\n\n"
        "　責任者　　三森 彩（人事部）　　携帯 ０８０－４４１７－２０９３\n"
        "　受付担当　神崎 ゆかり（人事部）　携帯 ０９０－６６３０－１８５２\n"
        "　機材担当　根来 聡（情報システム部）　携帯 ０７０－２２８１－５５４６\n\n"
        "搬入は当日8:30、撤収は17:00を予定しております。\nよろしくお願いいたします。\n" + sig("mitsumori", 2)),
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three staff members' mobile numbers as on-site contacts: under five people, may be warned")

add(18,
    sender=frm("okochi"), to=["真鍋 様 <manabe@ad-frontier.co.jp>"], cc=[frm("mitsumori")],
    subject="【社外秘】2027年度 採用計画（案）と広告出稿のご相談",
    charset="iso-2022-jp",
    body=(
        "取扱区分：社外秘\n\n株式会社アドフロンティア\n真鍋様\n\nいつもお世話になっております。日の出産業の大河内です。\n\n"
        "来期の出稿計画のご相談にあたり、2027年度の採用計画（案）を共有いたします。\n"
        "取締役会前の案ですので、御社内でも関係者限りでのお取り扱いをお願いします。\n\n"
        "　新卒採用：25名（技術職15、営業職7、管理部門3）\n"
        "　中途採用：18名（うち川越工場 製造・保全 10名）\n"
        "　採用関連予算：7,800万円（うち求人広告 3,100万円、人材紹介 3,900万円）\n"
        "　新規：大阪支店の立ち上げ人員 4名（2027年7月）\n\n"
        "広告比率を高めて紹介手数料を抑えたい考えです。媒体ミックスのご提案を\n"
        "11月中旬までにいただけますでしょうか。\n\nよろしくお願いいたします。\n" + sig("okochi", 0)),
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="mail classified 社外秘 (subject and 取扱区分 line) sent to an ad agency")

add(19,
    sender=frm("hojo"),
    to=["竹内 様 <takeuchi.k@next-agent.co.jp>", "吉永 様 <yoshinaga@bridge-career.jp>",
        "グローバルタレント 採用支援チーム <info@global-talent.co.jp>",
        "キャリアシフト 法人担当 <ca-team@career-shift.jp>"],
    subject="【求人票更新】法人営業（第二営業部）募集条件変更のお知らせ",
    charset="utf-8",
    body=(
        "人材紹介会社 ご担当者各位\n\nいつも大変お世話になっております。\n日の出産業株式会社 人事部の北条です。\n\n"
        "現在ご依頼中の「法人営業（第二営業部）」の求人票を下記のとおり更新しました。\n\n"
        "　・想定年収：500～700万円 → 520～750万円\n"
        "　・必須要件：法人営業経験3年以上 → 2年以上\n"
        "　・歓迎要件：「生産財・部材メーカーでの営業経験」を追加\n"
        "　・選考フロー：面接3回 → 2回（一次：部長＋人事、最終：役員）\n\n"
        "更新後の求人票は各社のポータルにも本日中に反映いたします。\n"
        "引き続きご推薦のほどよろしくお願いいたします。\n" + sig("hojo", 0)),
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four competing referral agencies in To can see each other: should have been Bcc")

add(20,
    sender=frm("hojo", en=True), to=["Claire Donovan <claire.donovan@brightpath-rec.com>"],
    subject="Job description: Senior Process Engineer (Kawagoe Plant)",
    charset="utf-8",
    body=(
        "Dear Claire,\n\nThank you for the call yesterday. As promised, here is the outline of the role.\n\n"
        "Position: Senior Process Engineer, Kawagoe Plant (Saitama)\n"
        "Reports to: Manager, Production Engineering\n"
        "Responsibilities: line layout and automation projects, yield improvement, supplier audits\n"
        "Requirements: 5+ years in process engineering (injection moulding or pressing), "
        "business-level English; Japanese JLPT N2 preferred but not required\n"
        "Salary range: JPY 7.0-9.5 million per year, plus housing support for the first two years\n"
        "Visa: we sponsor the Engineer/Specialist in Humanities/International Services visa\n"
        "Start date: April 2027 or earlier\n\n"
        "Our standard fee agreement (30% of first-year base salary, 3-month guarantee) applies. "
        "Please send CVs through your portal rather than by e-mail.\n\n"
        "Best regards,\n" + sig("hojo", 4) + DISCLAIMER_EN),
    expect="pass", entities=[], detectors=[],
    note="English job description to an overseas recruiter, with the standard disclaimer")


# ==========================================================================================
# 021-040
# ==========================================================================================

_a = MIDS[37:45]
add(21,
    sender=frm("hojo"), to=["キャリアポート クライアントサポート <client-support@careerport.jp>"],
    subject="重複応募の確認のお願い（求人ID: CP-558120）",
    charset="utf-8",
    html=(
        "<html><body style=\"font-family:'Meiryo',sans-serif;font-size:14px\">"
        "<p>株式会社キャリアポート<br>クライアントサポート ご担当者様</p>"
        "<p>いつもお世話になっております。日の出産業株式会社 人事部の北条です。</p>"
        "<p>求人ID CP-558120（生産管理）にて、下記の方々が弊社ホームページからも応募されている可能性があります。"
        "御社経由の応募として課金対象になるか、ご確認をお願いいたします。</p>"
        "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">"
        "<tr style=\"background:#dde8f5\"><th>応募ID</th><th>氏名</th><th>生年月日</th><th>メールアドレス</th><th>応募日</th></tr>"
        + "".join(f"<tr><td>CP{780311 + 17 * i}</td><td>{p['name']}</td><td>{ymd(p['dob'], '年')}</td>"
                  f"<td>{p['mail']}</td><td>2026/09/{4 + 3 * i:02d}</td></tr>" for i, p in enumerate(_a))
        + "</table>"
        "<p>弊社HPからの応募日時のログも必要でしたらお送りします。<br>よろしくお願いいたします。</p>"
        "<p>--<br>日の出産業株式会社 人事部 採用グループ（中途採用）<br>北条 拓海<br>"
        "TEL 03-5298-4432 / t-hojo@hinode-sangyo.co.jp</p></body></html>"),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="HTML-only mail with a table of 8 applicants (DOB, private e-mail) to a job board")

_i = MIDS[23:33]
add(22,
    sender=frm("hojo"), to=[frm("hatano")], cc=[frm("azumi"), frm("saeki")],
    subject="今週の書類選考対象者（10名）",
    charset="iso-2022-jp",
    body=(
        "波多野部長、安曇課長\n\nお疲れさまです。北条です。\n"
        "今週届いた応募者10名分です。書類は採用管理システムにも上げていますが、\n"
        "一覧で見たいとのことでしたので貼り付けます。金曜までに○×をお願いします。\n\n"
        "氏名\t年齢\t現職\t現年収(万)\t電話\tメール\n"
        + "".join(f"{p['name']}\t{p['age']}\t{p['prev']}\t{p['salary']}\t{p['tel']}\t{p['mail']}\n" for p in _i)
        + "\n以上、よろしくお願いします。\n北条\n"),
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=[],
    note="tab-separated list of 10 applicants, but every recipient is internal (incl. mail. subdomain)")

_cc = next_card()
add(23,
    sender=frm("kanzaki"), to=["浜田 様 <hamada@careerport.jp>"],
    subject="オプション掲載（スカウト500通）のお支払いについて",
    charset="shift_jis",
    body=(
        "株式会社キャリアポート\n浜田様\n\nお世話になっております。日の出産業の神崎です。\n\n"
        "先日お申込みしたオプション掲載（スカウト500通／税込165,000円）の決済ですが、\n"
        "管理画面のカード登録がエラーになってしまうため、恐れ入りますが御社側で\n"
        "ご登録いただけますでしょうか。\n\n"
        f"　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}\n"
        "　有効期限　：08/29\n"
        "　名義　　　：HINODE SANGYO CO LTD\n\n"
        "セキュリティコードはお電話でお伝えします。\nお手数をおかけしますが、よろしくお願いいたします。\n"
        + sig("kanzaki", 2)),
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a full credit card number sent by mail to a job board")

_t = GRADS[36:40]
add(24,
    sender=frm("mitsumori"), to=["小椋 様 <ogura@talent-assess.jp>"],
    subject="追加受検者4名分の受検ID発行のお願い",
    charset="utf-8",
    body=(
        "株式会社タレントアセス\n小椋様\n\nお世話になっております。日の出産業の三森です。\n\n"
        "Web適性検査（SPI型・性格検査つき）について、追加で4名分の受検IDを発行いただけますでしょうか。\n"
        "受検案内は御社システムから直接送信していただく形でお願いします。\n\n"
        + "".join(f"{i + 1}. {p['name']}（{p['kana']}）　{p['mail']}\n" for i, p in enumerate(_t))
        + "\n受検期限は10月25日（日）23:59でお願いします。\n\nよろしくお願いいたします。\n" + sig("mitsumori", 0)),
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="four candidates' names and e-mail addresses to the test vendor: under five people")

_n = GRADS[18:26]
add(25,
    sender=frm("mitsumori"), to=["野々村 様 <nonomura@nishiki-insatsu.co.jp>"],
    subject="内定式 招待状の宛名印刷のお願い",
    charset="iso-2022-jp",
    body=(
        "錦印刷株式会社\n営業部 野々村様\n\nいつもお世話になっております。日の出産業の三森です。\n\n"
        "先日ご相談した内定式の招待状（封筒の宛名印字）について、\n"
        "宛名データをWordの表にしてお送りします。8名分です。\n"
        "封筒は長形3号・ロゴ入りでお願いします。10月9日の発送に間に合えば幸いです。\n\n"
        "よろしくお願いいたします。\n" + sig("mitsumori", 3)),
    attachments=[{
        "kind": "docx", "name": "宛名リスト_内定式招待状.docx",
        "paragraphs": ["2027年度 内定式 招待状 宛名リスト", "（敬称は「様」で印字してください）"],
        "tables": [[["No", "郵便番号", "住所", "氏名"]]
                   + [[str(i + 1), f"〒{p['zip']}", p["addr"], p["name"]] for i, p in enumerate(_n)]]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="DOCX table of 8 内定者' home addresses sent to a printer")

_p = MIDS[45]
add(26,
    sender=frm("hojo"), to=["波多野 修 <hatano.osamu@hinode-sanngyo.co.jp>"],
    subject="FW: 【ご推薦】法人営業職 候補者のご紹介",
    charset="iso-2022-jp",
    body=(
        "波多野部長\n\nお疲れさまです。北条です。\nネクストエージェントから推薦が来ました。ご確認ください。\n\n"
        "-----Original Message-----\nFrom: 竹内 健二 <takeuchi.k@next-agent.co.jp>\nSent: Tuesday, September 29, 2026 11:40 AM\n"
        "To: 北条 拓海 <t-hojo@hinode-sangyo.co.jp>\nSubject: 【ご推薦】法人営業職 候補者のご紹介\n\n"
        "北条様\n\nお世話になっております。法人営業職に下記の方をご推薦いたします。\n\n"
        f"氏名：{_p['name']}（{_p['kana']}）\n生年月日：{ymd(_p['dob'], '年')}（{_p['age']}歳）\n"
        f"現職：{_p['prev']} 営業部（在籍4年）\n現年収：{_p['salary']}万円\n"
        f"連絡先：{_p['tel']}／{_p['mail']}\n\n"
        "生産財の法人営業で新規開拓の実績が豊富な方です。ご検討よろしくお願いいたします。\n"),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="internal forward mistyped to hinode-sanngyo.co.jp (look-alike of the own domain) with a candidate's details")

_p = MIDS[46]
add(27,
    sender=frm("hojo"), to=["大森 様 <omori@omori-consulting.jp>"],
    subject="10/16 最終面接 ご同席のお願い（候補者資料）",
    charset="utf-8",
    body=(
        "大森人事コンサルティング\n大森様\n\nお世話になっております。日の出産業の北条です。\n\n"
        "10月16日（金）15時からの最終面接（生産管理課長候補）にご同席いただく件、\n"
        "候補者の履歴書をPDFでお送りします。評価シートは当日お渡しします。\n\n"
        "面接終了後、30分ほど評価のすり合わせのお時間をいただけますと幸いです。\n\n"
        "よろしくお願いいたします。\n" + sig("hojo", 1)),
    attachments=[{
        "kind": "pdf", "name": "履歴書_最終面接_1016.pdf", "title": "履歴書",
        "lines": ["履　歴　書", "",
                  f"氏名　{_p['name']}（{_p['kana']}）",
                  f"生年月日　{wareki(_p['dob'])}生（満{_p['age']}歳）",
                  f"現住所　〒{_p['zip']} {_p['addr']}",
                  f"電話　{_p['tel']}",
                  "", "学歴・職歴",
                  f"{_p['dob'].year + 22}年3月　{_p['univ']} 卒業",
                  f"{_p['dob'].year + 22}年4月　{_p['prev']} 入社　生産管理部",
                  "2019年4月　同社 生産管理部 係長",
                  "現在に至る", "", "資格　第一種衛生管理者、QC検定2級"]}],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one candidate's résumé to an outside interviewer: a single person's record, may be warned")

_p = MIDS[47]
add(28,
    sender=frm("saeki"), to=["今泉 様 <imaizumi@minato-shuro.or.jp>"],
    subject=f"障害者雇用枠 面接結果と受入れ準備について（{_p['sei']}様）",
    charset="utf-8",
    body=(
        "湊就労支援センター\n支援員 今泉様\n\nいつもお世話になっております。日の出産業の佐伯です。\n\n"
        f"先日ご紹介いただいた {_p['name']} 様の面接結果ですが、ぜひ採用させていただきたく、\n"
        "11月1日入社の方向で準備を進めております。\n\n"
        "面接時に伺った内容を、受入れ部署（総務部）と共有するにあたり整理しました。\n"
        "誤りがないかご確認いただけますでしょうか。\n\n"
        "　・精神障害者保健福祉手帳 2級（双極性障害）\n"
        "　・月1回の通院（平日午後）あり → 通院日は半日休暇で対応\n"
        "　・疲れが出やすいため、当面は1日6時間勤務から開始\n"
        "　・電話応対は負担が大きいとのことで、メール中心の業務に配置\n\n"
        "定着支援の面談は月1回、センターでお願いできればと考えております。\n"
        "よろしくお願いいたします。\n" + sig("saeki", 0)),
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named candidate's disability certificate and diagnosis sent to a support center: 要配慮個人情報")

add(29,
    sender=frm("mitsumori"), to=["小田切 様 <banquet@sakura-hotel.jp>"],
    subject="11/21 内定者懇親会 ご予約内容の確認",
    charset="iso-2022-jp",
    body=(
        "さくらホテル 宴会予約\n小田切様\n\nお世話になっております。日の出産業の三森です。\n"
        "11月21日（土）の内定者懇親会について、ご予約内容を確認させてください。\n\n"
        "　会場：3階「桔梗の間」 18:00～20:30（準備 17:00～）\n"
        "　人数：内定者25名＋社員15名＝40名（前後する場合は11/18までにご連絡）\n"
        "　形式：立食ブッフェ（お一人様 6,500円・飲み放題込み）\n"
        "　機材：プロジェクター、マイク2本、演台\n"
        "　お支払：請求書払い（宛名：日の出産業株式会社 人事部）\n\n"
        "アレルギー対応が必要な方がいるかは、内定者に確認のうえ改めてご連絡します。\n"
        "よろしくお願いいたします。\n" + sig("mitsumori", 2)),
    expect="pass", entities=[], detectors=[],
    note="venue booking details for a party; no personal data")

_p = GRADS[46]
add(30,
    sender=frm("mitsumori"), to=[f"{_p['name']} 様 <{_p['mail']}>"],
    subject="【日の出産業】内定通知書の送付について",
    charset="iso-2022-jp",
    body=(
        f"{_p['name']} 様\n\n日の出産業株式会社 人事部の三森です。\n"
        "先日の最終面接ではありがとうございました。\n\n"
        "選考の結果、内定となりましたのでご連絡いたします。おめでとうございます。\n"
        "内定通知書と労働条件通知書をPDFで添付しております。\n"
        "ファイルを開く際のパスワードは、別途SMSでお送りいたします。\n\n"
        "内定承諾書の原本は郵送いたしますので、11月6日（金）までにご返送ください。\n"
        "ご不明な点があれば、お気軽にお問い合わせください。\n" + sig("mitsumori", 1)),
    attachments=[{
        "kind": "pdf", "name": "内定通知書_労働条件通知書.pdf", "password": "Rk8-1106",
        "lines": ["内定通知書", f"{_p['name']} 様", "貴殿を2027年4月1日付で採用することを内定いたしました。",
                  "労働条件通知書", "基本給 月額 255,000円", "勤務地 本社または川越工場"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected PDF (offer letter) to a student's free-mail address: cannot be inspected")

_c = GRADS[26:36]
add(31,
    sender=frm("mitsumori"), to=["小椋 様 <ogura@talent-assess.jp>"], cc=[frm("kanzaki")],
    subject="適性検査 受検者登録（第3クール 10名）",
    charset="shift_jis",
    body=(
        "タレントアセス 小椋様\n\nお世話になっております。日の出産業の三森です。\n"
        "第3クールの受検者10名分を下記に貼り付けます（CSV形式）。\n"
        "管理画面の一括登録がうまくいかなかったため、御社で取り込みをお願いできますでしょうか。\n\n"
        "氏名,フリガナ,生年月日,メールアドレス,受検区分\n"
        + "".join(f"{p['name']},{p['kana']},{ymd(p['dob'])},{p['mail']},{'能力+性格' if i % 3 else '性格のみ'}\n"
                  for i, p in enumerate(_c))
        + "\n受検期限：11月8日（日）\nよろしくお願いいたします。\n" + sig("mitsumori", 2)),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="comma-separated list of 10 candidates with DOB and e-mail in the body to the test vendor")

_o = MIDS[51:57]
add(32,
    sender=frm("hojo"), to=["浜田 様 <hamada@careerport.jp>"],
    subject="RE: 【キャリアポート】スカウト返信者のご連絡",
    charset="utf-8",
    body=(
        "浜田様\n\nお世話になっております。日の出産業の北条です。\n"
        "スカウト返信者のご連絡ありがとうございます。\n"
        "いずれも書類を拝見したうえで、今週中に弊社から面談のご案内を差し上げます。\n\n"
        "反応率が想定より良いので、来月も同じ文面で500通の配信をお願いするかもしれません。\n"
        "改めてご相談させてください。\n\n北条\n\n"
        "-----Original Message-----\n"
        "From: 浜田 <hamada@careerport.jp>\nSent: Wednesday, September 30, 2026 6:02 PM\n"
        "To: t-hojo@hinode-sangyo.co.jp\nSubject: 【キャリアポート】スカウト返信者のご連絡\n\n"
        "日の出産業株式会社 北条様\n\nいつもお世話になっております。キャリアポートの浜田です。\n"
        "9月配信分のスカウトに、以下6名の方から「興味あり」の返信がありました。\n\n"
        + "".join(f"{p['name']}　{p['age']}歳　{p['tel']}　{p['mail']}\n" for p in _o)
        + "\nご対応のほどよろしくお願いいたします。\n"),
    expect="pass", entities=[], detectors=[],
    note="the six candidates are only in the quoted mail (Original Message) of the job board itself")

add(33,
    sender=frm("hojo"), to=["林 様 <hayashi@gyosei-yamato.jp>"],
    subject="在留資格変更許可申請のご依頼（2027年1月入社予定者）",
    charset="utf-8",
    body=(
        "行政書士法人やまと国際\n林様\n\nお世話になっております。日の出産業の北条です。\n\n"
        "先日ご相談した外国籍の内定者について、在留資格変更（留学→技術・人文知識・国際業務）の\n"
        "申請をお願いしたく、本人情報をお送りします。\n\n"
        "　氏名（旅券記載）：LE THI HOA\n"
        "　生年月日　　　　：1999年3月14日\n"
        "　旅券番号　　　　：C8217364（有効期限 2031年5月20日）\n"
        "　在留カード番号　：UH48271935EA\n"
        "　現在の在留資格　：留学（在留期限 2027年3月31日）\n"
        "　最終学歴　　　　：中部理科大学大学院 理工学研究科 修士課程（2026年9月修了）\n"
        "　職務内容　　　　：生産技術（設備設計・海外拠点との技術調整）\n"
        "　予定年収　　　　：4,560,000円\n\n"
        "雇用契約書・会社の登記事項証明書等は別途郵送いたします。\nよろしくお願いいたします。\n"
        + sig("hojo", 0)),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="passport and residence card numbers of a foreign hire sent to an outside 行政書士")

add(34,
    sender=frm("kanzaki"), to=["真鍋 様 <manabe@ad-frontier.co.jp>"],
    subject="媒体別 応募実績（4～9月）の送付",
    charset="utf-8",
    body=(
        "真鍋様\n\nお世話になっております。日の出産業の神崎です。\n"
        "来期のご提案の参考に、上期の媒体別実績をCSVでお送りします。\n"
        "個人の情報は含めず、件数のみの集計です。\n\nよろしくお願いいたします。\n" + sig("kanzaki", 2)),
    attachments=[{
        "kind": "csv", "name": "媒体別実績_2026上期.csv", "encoding": "utf-8",
        "rows": [["媒体", "掲載期間", "PV", "応募数", "書類通過", "面接", "内定", "応募単価(円)"],
                 ["東亜求人広告（紙面+Web）", "4/6-5/31", "18420", "64", "31", "22", "3", "21875"],
                 ["キャリアポート", "4/1-9/30", "52310", "141", "58", "37", "6", "12765"],
                 ["アドフロンティア（Indeed運用）", "6/1-9/30", "30877", "97", "40", "25", "4", "16495"],
                 ["自社採用サイト", "通年", "12044", "38", "20", "15", "3", "-"],
                 ["合同説明会（10社合同）", "7/12", "-", "22", "10", "6", "1", "36364"]]}],
    expect="pass", entities=[], detectors=[],
    note="aggregate recruiting statistics per medium (UTF-8 CSV); no people")

_f = MIDS[50:56]
add(35,
    sender=frm("hojo"), to=["大森 様 <omori@omori-consulting.jp>"],
    subject="最終面接（10/20・10/22）候補者一覧",
    charset="iso-2022-jp",
    body=(
        "大森様\n\nいつもお世話になっております。日の出産業の北条です。\n"
        "来週の最終面接の候補者一覧をPDFでお送りします。\n"
        "現年収・希望年収は条件提示の目安として記載しております。\n\nよろしくお願いいたします。\n"
        + sig("hojo", 2)),
    attachments=[{
        "kind": "pdf", "name": "最終面接候補者一覧_1020_1022.pdf", "title": "最終面接 候補者一覧",
        "lines": ["最終面接 候補者一覧（10/20・10/22）", ""],
        "table": [["日時", "氏名", "年齢", "現職", "現年収", "希望年収", "電話"]]
        + [[d, p["name"], str(p["age"]), p["prev"], f"{p['salary']}万", f"{p['salary'] + 50}万", p["tel"]]
           for d, p in zip(["10/20 10:00", "10/20 13:00", "10/20 15:00", "10/22 10:00", "10/22 13:00", "10/22 15:00"], _f)]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="PDF table of 6 candidates with salary and phone to an outside interviewer")

_nf = GRADS[60:65]
add(36,
    sender=frm("kanzaki"), to=["野々村 様 <nonomura@nishiki-insatsu.co.jp>"],
    subject="内定者研修用 名札の印刷（5名分）",
    charset="iso-2022-jp",
    body=(
        "野々村様\n\nお世話になっております。日の出産業の神崎です。\n"
        "11月の内定者研修で使う名札の追加印刷をお願いします。前回と同じデザインで5名分です。\n\n"
        + "".join(f"　{p['name']}（{p['kana']}）　{p['univ']}\n" for p in _nf)
        + "\n納品は11/10までに本社人事部宛でお願いします。\n" + sig("kanzaki", 0)),
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="five 内定者' names, kana and university only, for name badges: a list of people without contact data")

_v = MIDS[57:60]
add(37,
    sender=frm("recruit"), to=[f"{p['name']} 様 <{p['mail']}>" for p in _v],
    subject="【日の出産業】グループ面接のご案内（10月19日）",
    charset="iso-2022-jp",
    body=(
        "皆様\n\nこの度は弊社の品質保証スタッフ募集にご応募いただき、ありがとうございます。\n"
        "次回選考（グループ面接）のご案内です。\n\n"
        "日時：10月19日（月）10:00～11:30\n場所：川越工場 管理棟2階 大会議室（埼玉県川越市芳野台3-1-9）\n"
        "持ち物：筆記用具、上履き（工場見学があります）\n\n"
        "ご出欠を10月14日までにご返信ください。\n" + sig("recruit", 3)),
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three applicants' private addresses in To: each can see the others'")

add(38,
    sender=frm("kanzaki"), to=["柳 貴之 <yanagi.t@toa-kyujin.co.jp>"], cc=["浜田 様 <hamada@careerport.jp>"],
    subject="10/27 三者お打合せの件（紙面・Web掲載の連携）",
    charset="shift_jis",
    body=(
        "東亜求人広告社 柳様\nキャリアポート 浜田様\n（CCにて失礼いたします）\n\n"
        "お世話になっております。日の出産業の神崎です。\n"
        "先日ご相談した、紙面広告とWeb掲載の連動企画について、三者でお打合せをさせてください。\n\n"
        "　日時：10月27日（火）15:00～16:00\n　場所：弊社本社 6階 第2会議室（オンライン併用）\n"
        "　議題：掲載時期の調整、応募導線（QRコード）の統一、効果測定の方法\n\n"
        "ご都合が悪い場合はお知らせください。\nよろしくお願いいたします。\n" + sig("kanzaki", 1)),
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="a normal three-way meeting mail: two external organisations in To/Cc")

add(39,
    sender=frm("okochi"), to=["柳 貴之 <yanagi.t@toa-kyujin.co.jp>"],
    subject="来期の予算配分資料",
    charset="iso-2022-jp",
    body=(
        "柳様\n\nいつもお世話になっております。大河内です。\n"
        "先日お話しした来期の予算配分の資料をお送りします。\n"
        "ご提案の前提としてご参照ください。\n\nよろしくお願いいたします。\n" + sig("okochi", 2)),
    attachments=[{
        "kind": "xlsx", "name": "2027年度_採用予算配分.xlsx", "page_header": "社外秘",
        "title": "2027年度 採用予算配分",
        "sheets": {
            "サマリ": [["【社外秘】2027年度 採用予算配分（案）"], ["作成：人事部 2026/09/25"], [],
                    ["区分", "予算(千円)", "前年比"], ["求人広告", 31000, "112%"], ["人材紹介", 39000, "88%"],
                    ["説明会・イベント", 5200, "104%"], ["適性検査・その他", 2800, "100%"]],
            "媒体別": [["媒体別内訳"], [], ["媒体", "予算(千円)", "想定応募数"],
                    ["東亜求人広告", 12000, 180], ["キャリアポート", 11000, 260], ["Indeed運用", 8000, 210]],
        }}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="XLSX stamped 社外秘 (page header and title row) sent to an ad agency")

_mig = MIDS[60:80]
add(40,
    sender=frm("negoro"), to=["杉本 様 <sugimoto@tsubasa-system.jp>"], cc=[frm("hojo")],
    subject="データ移行テスト用ファイルの送付",
    charset="utf-8",
    body=(
        "杉本様\n\nお世話になっております。日の出産業の根来です。\n\n"
        "データ移行テスト用に、現行の応募者管理表から20件抜き出したCSVをZIPでお送りします。\n"
        "文字コードはUTF-8、項目は現行システムの出力そのままです。\n"
        "取り込み結果の項目マッピングをご確認いただけますと幸いです。\n\nよろしくお願いいたします。\n"
        + sig("negoro", 3)),
    attachments=[{
        "kind": "zip", "name": "migration_test_20260930.zip",
        "files": [{"kind": "csv", "name": "applicants_export.csv", "encoding": "utf-8",
                   "rows": [["applicant_id", "name", "name_kana", "birth_date", "zip", "address", "tel", "email", "status"]]
                   + [[f"H26-{1040 + i}", p["name"], p["kana"], ymd(p["dob"], "-"), p["zip"], p["addr"], p["tel"],
                       p["mail"], ["書類選考中", "一次面接", "不合格", "内定"][i % 4]] for i, p in enumerate(_mig)]},
                  {"kind": "txt", "name": "readme.txt", "text": "現行システム（2019年版）からの出力。改行コードCRLF。\n"}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="real applicant records (20 rows, UTF-8 CSV in a plain ZIP) sent to the ATS vendor for a test")


# ==========================================================================================
# 041-060
# ==========================================================================================

_p = MIDS[61]
add(41,
    sender=frm("hojo"), to=[f"{_p['name']} 様 <{_p['ROMAJI'].split()[0].lower()}{_p['dob'].year % 100}@yahoo.co.jp>"],
    subject="採用内定のご連絡（日の出産業株式会社）",
    charset="iso-2022-jp",
    body=(
        f"{_p['name']} 様\n\n日の出産業株式会社 人事部の北条でございます。\n"
        "先日は最終面接にお越しいただき、誠にありがとうございました。\n\n"
        "慎重に選考いたしました結果、ぜひ当社にお迎えしたく、採用内定とさせていただきました。\n"
        "主な条件は以下のとおりです（詳細は別途郵送する労働条件通知書をご確認ください）。\n\n"
        "　職種：生産管理（課長代理）\n　勤務地：川越工場\n"
        "　年収：7,200,000円（月額給与 450,000円×12か月＋賞与 年2回）\n"
        "　入社日：2027年1月5日（応相談）\n　試用期間：3か月（条件変更なし）\n\n"
        "ご承諾いただける場合は、10月23日（金）までにご返信いただけますと幸いです。\n"
        "ご不明な点がありましたら、北条までお電話でもお気軽にどうぞ。\n" + sig("hojo", 0)),
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="offer mail to the applicant's own free-mail address; only their own terms")

_p = MIDS[62]
_bc_report = {
    "sender": "リサーチ東海 調査部 船越 <funakoshi@research-tokai.co.jp>",
    "to": ["佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>"],
    "subject": "【調査報告】採用前調査の結果について（ご依頼番号 RT-26-0412）",
    "charset": "iso-2022-jp",
    "body": (
        "日の出産業株式会社 人事部 佐伯様\n\nお世話になっております。リサーチ東海の船越です。\n"
        "ご依頼いただいた採用前調査の結果をご報告いたします。\n\n"
        f"対象者：{_p['name']}（{ymd(_p['dob'], '年')}生）\n"
        "経歴照会：申告どおり（前職2社の在籍期間に相違なし）\n"
        "反社会的勢力との関係：該当情報なし\n"
        "報道・公開情報：2019年6月、傷害容疑で逮捕された旨の地方紙記事あり（その後不起訴処分）\n\n"
        "詳細は別紙報告書（郵送）をご確認ください。\n"),
}
add(42,
    sender=frm("saeki"), to=["白川 先生 <shirakawa@shirakawa-law.jp>"], cc=[frm("okochi")],
    subject="FW: 【調査報告】採用前調査の結果について（内定取消の可否のご相談）",
    charset="iso-2022-jp",
    body=(
        "白川法律事務所\n白川先生\n\nいつもお世話になっております。日の出産業の佐伯です。\n\n"
        "中途採用の内定者について、採用前調査の結果、過去の逮捕歴（不起訴）が判明しました。\n"
        f"対象者は {_p['name']} 氏（{_p['age']}歳、11月入社予定）で、調査会社の報告メールを添付いたします。\n\n"
        "本人は面接時に賞罰なしと申告しておりましたが、不起訴の場合は申告義務がないとも考えられ、\n"
        "内定取消が可能かどうか、また本人へどのように確認すべきか、ご見解を伺えますでしょうか。\n\n"
        "お忙しいところ恐縮ですが、よろしくお願いいたします。\n" + sig("saeki", 1)),
    attachments=[{"kind": "eml", "name": "調査報告_RT-26-0412.eml", "message": _bc_report}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named candidate's arrest record (body and forwarded report) sent to the partner law firm")

_mn5 = [(p, next_my_number()) for p in MIDS[80:85]]
add(43,
    sender=frm("isurugi"), to=[frm("usami")], cc=["給与計算チーム <payroll@hinode-sangyo.co.jp>"],
    subject="10月・11月入社者の個人番号（給与システム登録用）",
    charset="utf-8",
    body=(
        "宇佐美さん\n\nお疲れさまです。労務の石動です。\n"
        "10月・11月入社者5名の個人番号を給与システムに登録するため、一覧を添付します。\n"
        "登録が済んだらファイルは削除してください（共有フォルダには置かないでください）。\n\n石動\n"),
    attachments=[{
        "kind": "xlsx", "name": "個人番号_新入社員_202610-11.xlsx",
        "sheets": {"個人番号": [["社員番号", "氏名", "生年月日", "個人番号", "入社日"]]
                   + [[f"E{26100 + i}", p["name"], ymd(p["dob"]), n, "2026/10/01" if i < 3 else "2026/11/01"]
                      for i, (p, n) in enumerate(_mn5)]}}],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"], detectors=[],
    note="My Numbers of five new hires, but sent only to internal colleagues")

_b = MIDS[80:85]
_styles = ["short", "kanji", "short", "fwshort", "kanji"]
add(44,
    sender=frm("isurugi"), to=["佐藤社会保険労務士事務所 <office@sato-sr.jp>"],
    subject="11月入社予定者5名の情報（雇用保険・社保手続き準備）",
    charset="shift_jis",
    body=(
        "佐藤先生\n\nいつもお世話になっております。日の出産業の石動です。\n"
        "11月1日入社予定の中途採用者5名について、事前に情報をお送りします。\n"
        "個人番号と年金番号は入社日に本人から回収後、別途お渡しします。\n\n"
        + "".join(
            f"■{i + 1}人目\n氏名：{p['name']}（{p['kana']}）\n生年月日：{wareki(p['dob'], s)}\n"
            f"住所：〒{p['zip']} {p['addr']}\n電話：{p['tel']}\n前職：{p['prev']}\n\n"
            for i, (p, s) in enumerate(zip(_b, _styles)))
        + "以上です。よろしくお願いいたします。\n" + sig("isurugi", 3)),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five new hires' records, one block each (和暦 DOB, address, phone), to the outside 社労士")

_e = MIDS[63:68]
add(45,
    sender=frm("hojo", en=True), to=["Claire Donovan <claire.donovan@brightpath-rec.com>"],
    subject="Re: Shortlist - Senior Process Engineer",
    charset="utf-8",
    body=(
        "Hi Claire,\n\nThank you for the shortlist. Our plant manager would like to meet candidates 2 and 4 "
        "first. Could you check their availability for a 60-minute video interview on 20 or 21 October "
        "(9:00-11:00 JST)?\n\nFor the other three we will come back to you after the first round.\n\n"
        "Best regards,\nTakumi\n\n"
        "On Thu, 1 Oct 2026 at 17:45, Claire Donovan <claire.donovan@brightpath-rec.com> wrote:\n"
        "> Dear Takumi,\n>\n> Please find below our shortlist for the Senior Process Engineer role.\n>\n"
        + "".join(f"> {i + 1}. {p['romaji']} - {p['age']} y/o - {p['mail']} - +81 {p['tel'][1:]}\n"
                  for i, p in enumerate(_e))
        + ">\n> Full CVs are on the portal.\n>\n> Kind regards,\n> Claire\n"),
    expect="pass", entities=[], detectors=[],
    note="English reply; the five candidates are only in the quoted text (On ... wrote:)")

add(46,
    sender=frm("mitsumori"), to=["宿泊予約係 <reserve@sakura-hotel.co.jp>"],
    subject="内定者研修（11/20～21）客室のご予約",
    charset="iso-2022-jp",
    body=(
        "さくらホテル 宿泊予約ご担当者様\n\nいつもお世話になっております。日の出産業の三森です。\n"
        "11月20日（金）～21日（土）の内定者研修に伴い、客室の仮予約をお願いいたします。\n\n"
        "　シングル 18室、ツイン 4室（1泊朝食付き）\n　チェックイン 17:00頃（団体で到着）\n"
        "　ご請求先：日の出産業株式会社 人事部\n\n"
        "宿泊者名簿は11月13日までにお送りします。\nよろしくお願いいたします。\n" + sig("mitsumori", 0)),
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="sakura-hotel.co.jp is a look-alike of partner sakura-hotel.jp (added co.)")

add(47,
    sender=frm("saeki"), to=["グローバルタレント 法人営業 松永様 <matsunaga@global-talent.co.jp>"],
    subject="人材紹介基本契約書（案）へのコメント",
    charset="iso-2022-jp",
    body=(
        "グローバルタレント株式会社\n松永様\n\nお世話になっております。日の出産業の佐伯です。\n"
        "人材紹介基本契約書（案）について、弊社法務からのコメントを反映した版をお送りします。\n\n"
        "主な変更点：\n"
        "　・第6条（紹介手数料）理論年収の35％ → 30％\n"
        "　・第8条（返金）入社後1か月以内の退職 80％、3か月以内 50％、6か月以内 20％ に変更\n"
        "　・第11条（秘密保持）「候補者の個人情報の取扱い」を独立した条項に\n\n"
        "ご確認のうえ、問題なければ押印手続きに進ませてください。\n" + sig("saeki", 0)),
    attachments=[{
        "kind": "docx", "name": "人材紹介基本契約書_日の出産業_修正案.docx",
        "paragraphs": [
            "人材紹介基本契約書",
            "日の出産業株式会社（以下「甲」）とグローバルタレント株式会社（以下「乙」）は、乙が甲に対して行う"
            "有料職業紹介について、以下のとおり契約を締結する。",
            "第6条（紹介手数料）甲は、乙の紹介により採用した者の理論年収の30％を紹介手数料として乙に支払う。",
            "第8条（返金）採用者が入社後1か月以内に退職した場合は80％、3か月以内は50％、6か月以内は20％を返金する。",
            "第11条（秘密保持）甲及び乙は、本契約の履行により知り得た相手方の秘密情報を第三者に開示してはならない。",
            "第12条（個人情報）乙が甲に提供する候補者の個人情報は、候補者本人の同意を得たものに限る。",
        ]}],
    expect="pass", entities=[], detectors=[],
    note="referral agency contract draft (fees, refunds, confidentiality clause): business mail")

_s = GRADS[65:71]
add(48,
    sender=frm("mitsumori"), to=["小田切 様 <banquet@sakura-hotel.jp>"],
    subject="内定者研修 宿泊者名簿（第1便）",
    charset="iso-2022-jp",
    body=(
        "小田切様\n\nお世話になっております。日の出産業の三森です。\n"
        "内定者研修の宿泊者名簿のうち、先に確定した6名分をお送りします。\n"
        "（残りは11/13までにお送りします）\n\n"
        + zpad("氏名", 8) + zpad("性別", 3) + zpad("生年月日", 9) + "携帯電話\n"
        + "－" * 30 + "\n"
        + "".join(zpad(p["name"].replace(" ", "　"), 8) + zpad(p["sex"], 3) + zpad(wareki(p["dob"], "fw"), 9)
                  + fw(p["tel"]) + "\n" for p in _s)
        + "\nよろしくお願いいたします。\n" + sig("mitsumori", 2)),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="rooming list of 6 内定者 (full-width digits, 和暦 DOB, mobile) to the hotel")

_p = MIDS[85]
add(49,
    sender=frm("azumi"), to=["坂口 様 <sakaguchi@aoba-unyu.co.jp>"],
    subject="ドライバー職 内定者の安全運転研修 申込み",
    charset="shift_jis",
    body=(
        "青葉運輸株式会社\n安全管理課 坂口様\n\nいつもお世話になっております。日の出産業 川越工場の安曇です。\n\n"
        "構内物流の強化で採用した中型ドライバーの内定者1名について、\n"
        "御社の安全運転研修（11月期）に申込みをお願いいたします。\n\n"
        f"　氏名：{_p['name']}\n　生年月日：{wareki(_p['dob'], 'short')}\n"
        "　運転免許証番号：第309804512720号\n"
        "　免許の種類：中型・大特・フォークリフト講習修了\n"
        "　免許有効期限：2029年12月8日\n\n"
        "運転記録証明書は本人が取得済みで、研修初日に持参させます。\n"
        "よろしくお願いいたします。\n" + sig("azumi", 0)),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="a 内定者's driver's licence number sent to a partner (identity document number)")

add(50,
    sender=frm("hojo"), to=["竹内 健二 <takeuchi.k@next-agent.co.jp>"],
    subject="面接フィードバックのお願いについて",
    charset="utf-8",
    body=(
        "竹内様\n\nお世話になっております。日の出産業の北条です。\n\n"
        "候補者様への面接フィードバックについて、詳しい内容を求められる件、承知しました。\n"
        "ただ、面接評価シートそのものや評価基準は社内の機密として扱っているため、\n"
        "お渡しすることはできません。代わりに、合否の理由を2～3行で口頭またはメールでお伝えする形で\n"
        "いかがでしょうか。\n\n"
        "今後は面接後3営業日以内にご連絡するよう徹底いたします。\n\nよろしくお願いいたします。\n"
        + sig("hojo", 0) + DISCLAIMER_JA),
    expect="pass", entities=[], detectors=[],
    note="the word 機密 used in a sentence, plus the standard disclaimer; no marking, no personal data")

add(51,
    sender=frm("kanzaki"), to=["真鍋 様 <manabe@ad-frontier.co.jp>"],
    subject="原稿入稿シート（12月掲載分）",
    charset="shift_jis",
    body=(
        "真鍋様\n\nお世話になっております。神崎です。\n12月掲載分の入稿シートをお送りします。\n"
        "前回同様、写真は別途ギガファイル便でお送りします。\n\nよろしくお願いいたします。\n" + sig("kanzaki", 2)),
    attachments=[{"kind": "corrupt", "name": "原稿入稿シート_12月掲載.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected")

_j = MIDS[68:74]
add(52,
    sender=frm("hojo", en=True), to=["Claire Donovan <claire.donovan@brightpath-rec.com>"],
    subject="Guest list for the Engineering Hiring Day (24 Oct) at your Tokyo office",
    charset="utf-8",
    body=(
        "Dear Claire,\n\nThank you again for hosting our Engineering Hiring Day at your Tokyo office. "
        "Your building management asked for the visitor list in advance, so here are the six candidates "
        "who confirmed:\n\n"
        + "".join(f"- {p['ROMAJI']}, {p['mail']}, mobile {p['tel']}\n" for p in _j)
        + "\nFrom our side, Mr. Hatano (Sales) and I will attend. Please let me know if the building needs "
        "ID numbers as well; I would rather give those at the reception desk.\n\n"
        "Best regards,\n" + sig("hojo", 4)),
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="English mail listing six candidates (romaji names, e-mail, mobile) to an outside recruiter")

_hcorp = corp_number("011001078452")
add(53,
    sender=frm("mitsumori"), to=["北稜大学 キャリアセンター 石原様 <career@hokuryo-u.ac.jp>"],
    subject="2028年3月卒業予定者向け 求人票のご送付",
    charset="iso-2022-jp",
    body=(
        "北稜大学 キャリアセンター\n石原様\n\nいつもお世話になっております。日の出産業の三森です。\n"
        "2028年3月卒業予定者向けの求人票を添付にてお送りします。\n"
        "学内の求人検索システムへの掲載をお願いできますでしょうか。\n\nよろしくお願いいたします。\n"
        + sig("mitsumori", 1)),
    attachments=[{
        "kind": "docx", "name": "求人票_日の出産業_2028卒.docx", "title": "求人票",
        "paragraphs": ["求　人　票（2028年3月卒業予定者）", "事業所名：日の出産業株式会社",
                       f"法人番号：{_hcorp}", "所在地：東京都千代田区内神田2-14-5", "代表電話：03-5298-4400",
                       "担当：人事部 採用グループ 三森（03-5298-4435）"],
        "tables": [[["職種", "募集人数", "初任給", "勤務地"],
                    ["生産技術", "8名", "学部卒 255,000円／修士了 270,000円", "川越工場"],
                    ["法人営業", "5名", "学部卒 255,000円", "本社・大阪支店"],
                    ["管理部門", "2名", "学部卒 255,000円", "本社"]]]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=["personal_data"],
    note="job posting (DOCX) for a university with the company's 法人番号 and its own contacts")

_p = GRADS[71]
add(54,
    sender=frm("mitsumori"), to=["小田切 様 <banquet@sakura-hotel.jp>"],
    subject="内定者研修のお食事について（個別対応のお願い）",
    charset="utf-8",
    body=(
        "小田切様\n\nお世話になっております。日の出産業の三森です。\n"
        "内定者研修（11/20～21）のお食事について、個別にご対応をお願いしたい方がいらっしゃいます。\n\n"
        f"内定者の {_p['name']} 様はイスラム教を信仰されており、\n"
        "・豚肉・アルコールを含まないお食事（可能であればハラール対応）\n"
        "・1日数回のお祈りのため、研修会場の近くに小部屋を1室（日中のみ）\n"
        "をご用意いただけますでしょうか。\n\n"
        "ご本人には、ホテル側にこの内容をお伝えすることの了承をいただいております。\n"
        "追加料金が発生する場合はお知らせください。\n" + sig("mitsumori", 3)),
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named 内定者's religion sent to the hotel: 信条 (要配慮個人情報), even with consent")

_p = MIDS[74]
add(55,
    sender=frm("recruit"), to=[f"{_p['name']} 様 <{_p['mail'].split('@')[0]}@yahoo.co.jp>"],
    subject="選考結果のご連絡",
    charset="shift_jis",
    body=(
        f"{_p['name']} 様\n\nこの度は、日の出産業株式会社の中途採用にご応募いただき、誠にありがとうございました。\n\n"
        "慎重に選考を進めてまいりましたが、誠に残念ながら、今回はご期待に添いかねる結果となりました。\n"
        "ご応募書類につきましては、弊社にて責任をもって破棄いたします。\n\n"
        "末筆ながら、今後のご活躍を心よりお祈り申し上げます。\n\n"
        "日の出産業株式会社 人事部 採用担当\n"),
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="rejection letter to one applicant on free mail")

_x = MIDS[86:90] + MIDS[30:35]
add(56,
    sender=frm("kanzaki"), to=["真鍋 様 <manabe@ad-frontier.co.jp>"],
    subject="旧システムの応募者台帳（2025年度分）",
    charset="shift_jis",
    body=(
        "真鍋様\n\nお世話になっております。神崎です。\n"
        "昨年度との比較のため、旧システムから出力した応募者台帳（xls）をお送りします。\n"
        "古い形式で申し訳ありませんが、媒体列で集計していただければと思います。\n\nよろしくお願いいたします。\n"
        + sig("kanzaki", 0)),
    attachments=[{
        "kind": "xls", "name": "応募者台帳_2025.xls",
        "sheets": {"台帳": [["受付番号", "応募日", "氏名", "年齢", "住所", "電話", "媒体", "結果"]]
                   + [[f"R7-{301 + i}", f"2025/{(i % 9) + 4}/{(i * 3) % 27 + 1}", p["name"], p["age"] - 1,
                       p["addr"], p["tel"], ["紙面", "Web", "紹介"][i % 3], ["不採用", "辞退", "採用"][i % 3]]
                      for i, p in enumerate(_x)]}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="legacy XLS applicant register (9 people with address and phone) to an ad agency")

_venues = [("札幌", "ホテル北光 札幌駅前", "北海道札幌市北区北七条西4-3", "011-727-3311", "11/9"),
           ("仙台", "仙台センタービル 貸会議室", "宮城県仙台市青葉区中央2-2-10", "022-262-5501", "11/10"),
           ("大阪", "弊社 大阪支店 会議室", "大阪府大阪市中央区備後町3-6-2", "06-6233-1170", "11/12"),
           ("福岡", "博多シティ会議センター", "福岡県福岡市博多区博多駅前3-25-21", "092-441-1900", "11/13")]
_vt = "".join(f"{c}（{d}）　{n}　{a}　TEL {t}\n" for c, n, a, t, d in _venues)
add(57,
    sender=frm("hojo"), to=["竹内 健二 <takeuchi.k@next-agent.co.jp>"],
    subject="地方面接会の会場一覧",
    charset="utf-8",
    body=("竹内様\n\nお世話になっております。北条です。\n地方面接会の会場が確定しましたので共有します。\n\n"
          + _vt + "\n候補者様へのご案内にご利用ください。\n" + sig("hojo", 2)),
    html=("<html><body><p>竹内様</p><p>お世話になっております。北条です。<br>地方面接会の会場が確定しましたので共有します。</p>"
          "<table border=\"1\" cellpadding=\"3\"><tr><th>都市</th><th>日程</th><th>会場</th><th>所在地</th><th>電話</th></tr>"
          + "".join(f"<tr><td>{c}</td><td>{d}</td><td>{n}</td><td>{a}</td><td>{t}</td></tr>" for c, n, a, t, d in _venues)
          + "</table><p>候補者様へのご案内にご利用ください。</p><p>日の出産業株式会社 人事部 北条 拓海<br>"
          "TEL 03-5298-4432</p></body></html>"),
    expect="pass", entities=[], detectors=[],
    note="list of interview venues (hotels, meeting rooms) with switchboards: businesses, not people")

add(58,
    sender=frm("okochi"),
    to=["柳 貴之 <yanagi.t@toa-kyujin.co.jp>", "真鍋 様 <manabe@ad-frontier.co.jp>",
        "広告プラス 営業部 <sales@koukoku-plus.co.jp>"],
    subject="【お見積依頼】2027年度 中途採用広告の運用について",
    charset="iso-2022-jp",
    body=(
        "各位\n\nいつもお世話になっております。日の出産業株式会社 人事部長の大河内です。\n\n"
        "2027年度の中途採用広告の運用について、お見積りとご提案をお願いしたくご連絡いたしました。\n"
        "　・対象職種：製造・保全（川越工場）、法人営業、生産管理\n　・期間：2027年4月～2028年3月\n"
        "　・想定予算：年間3,000万円前後\n　・提出期限：11月13日（金）\n\n"
        "ご提案内容を比較のうえ、12月中に発注先を決定いたします。\nよろしくお願いいたします。\n"
        + sig("okochi", 0)),
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="request for quotation to three competing ad agencies, all in To: should have been Bcc")

_d = MIDS[75:80] + [MIDS[1]]
add(59,
    sender=frm("hojo"), to=["吉永 様 <yoshinaga@bridge-career.jp>"],
    subject="Re: 推薦者の重複確認について",
    charset="iso-2022-jp",
    body=(
        "吉永様\n\nご回答ありがとうございます。\n"
        "あわせて、弊社へ直接応募された方との重複がないか、下記6名についても確認いただけますか。\n"
        "（いずれも9月中に自社HP経由で応募があった方です）\n\n"
        "氏名\t生年月日\t電話\n"
        + "".join(f"{p['name']}\t{ymd(p['dob'])}\t{p['tel']}\n" for p in _d)
        + "\nよろしくお願いいたします。\n北条\n\n"
        "> 北条様\n> お世話になっております。ブリッジキャリアの吉永です。\n"
        "> ご質問の件、弊社からの推薦と御社への直接応募が重複した場合は、\n"
        "> 先に応募があった経路を優先する取り決めになっております。\n> よろしくお願いいたします。\n"),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="reply whose new text adds a tab-separated list of 6 applicants with DOB and phone")

_p = MIDS[88]
add(60,
    sender=frm("azumi"), to=[frm("isurugi")], cc=[frm("saeki")],
    subject="11月入社の保全担当者の配属について",
    charset="iso-2022-jp",
    body=(
        "石動さん\n\nお疲れさまです。川越工場の安曇です。\n"
        f"11月入社予定の {_p['name']} さんですが、面接時に椎間板ヘルニアの手術歴があると聞いています。\n"
        "重量物の運搬がある保全班ではなく、設備監視の班に配属したいと考えていますが、\n"
        "産業医面談の予定を組んでもらえますか。\n\n安曇\n"),
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="medical history of a new hire, but between internal addresses (mail. subdomain is internal)")


# ==========================================================================================
# 061-080
# ==========================================================================================

_p = MIDS[89]
add(61,
    sender=frm("isurugi"), to=["桜ヶ丘クリニック 健診予約 <yoyaku@sakuragaoka-cl.jp>"],
    subject="雇入時健康診断の予約（11月入社者1名）",
    charset="shift_jis",
    body=(
        "桜ヶ丘クリニック 健診予約ご担当者様\n\nいつもお世話になっております。日の出産業 労務課の石動です。\n"
        "11月入社者1名の雇入時健康診断の予約をお願いいたします。\n\n"
        f"　受診者氏名：{_p['name']}（{_p['kana']}）\n"
        f"　生年月日　：{wareki(_p['dob'], 'kanji')}\n"
        "　健康保険証：日の出産業健康保険組合　保険者番号 06130427　記号 81　番号 3306\n"
        "　希望日　　：11月4日（水）午前、または11月6日（金）午前\n"
        "　コース　　：雇入時健診（法定項目）＋血液検査追加\n\n"
        "費用は従来どおり弊社へのご請求でお願いいたします。\n" + sig("isurugi", 1)),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    note="health insurance card 保険者番号・記号・番号 of a new hire sent to a clinic")

_two = MIDS[52:54]
add(62,
    sender=frm("hojo"), to=["大森 様 <omori@omori-consulting.jp>"],
    subject="10/27 一次面接（オンライン）の割り当て",
    charset="iso-2022-jp",
    body=(
        "大森様\n\nお世話になっております。北条です。\n"
        "10月27日（火）のオンライン一次面接、大森様には下記2名をお願いできればと思います。\n"
        "接続トラブルの際は候補者に直接お電話いただいて構いません。\n\n"
        f"　10:00～10:45　{_two[0]['name']} 様　{_two[0]['tel']}\n"
        f"　11:00～11:45　{_two[1]['name']} 様　{_two[1]['tel']}\n\n"
        "Zoomのリンクは前日にお送りします。\nよろしくお願いいたします。\n" + sig("hojo", 2)),
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two candidates' names and phones to an outside interviewer: under five people")

_anon = MIDS[5:13]
add(63,
    sender=frm("hojo"), to=["キャリアポート クライアントサポート <client-support@careerport.jp>"],
    subject="不審な応募の調査依頼（求人ID: CP-558120）",
    charset="shift_jis",
    body=(
        "キャリアポート クライアントサポート ご担当者様\n\nお世話になっております。日の出産業の北条です。\n\n"
        "求人ID CP-558120 に、短時間で似た内容の応募が続けて届いております。\n"
        "氏名欄がいずれも空欄のため、応募IDと連絡先のみの一覧（CSV）をお送りします。\n"
        "同一人物または自動投稿の可能性がないか、ご調査いただけますでしょうか。\n\n"
        "該当の応募は課金対象外としていただけると助かります。\n" + sig("hojo", 0)),
    attachments=[{
        "kind": "csv", "name": "suspicious_applications.csv", "encoding": "cp932",
        "rows": [["応募ID", "応募日時", "年齢", "電話番号", "メールアドレス"]]
        + [[f"CP{790100 + 7 * i}", f"2026/09/29 02:{11 + i * 3:02d}", p["age"], p["tel"], p["mail"]]
           for i, p in enumerate(_anon)]}],
    expect="stop", entities=["PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="CSV (CP932) of 8 applicants without a name column, each row with phone and e-mail, to a job board")

add(64,
    sender=frm("hojo"), to=["大森 様 <omori@omori-consulting.jp>"],
    subject="面接評価基準書（2026年度改訂版）の送付",
    charset="utf-8",
    body=(
        "大森様\n\nお世話になっております。北条です。\n"
        "来月から面接官をお願いするにあたり、弊社の面接評価基準書（改訂版）をお送りします。\n"
        "評価項目と配点の考え方を事前にご確認いただけますと幸いです。\n\nよろしくお願いいたします。\n"
        + sig("hojo", 0)),
    attachments=[{
        "kind": "docx", "name": "面接評価基準書_2026改訂.docx", "page_header": "取扱注意",
        "title": "面接評価基準書",
        "paragraphs": ["【取扱注意】面接評価基準書（2026年度改訂版）", "日の出産業株式会社 人事部",
                       "1. 評価項目：主体性、論理的思考、協調性、専門性、当社志向度",
                       "2. 配点：各5段階、専門性のみ2倍で換算",
                       "3. 合格ライン：一次 18点以上、最終 22点以上（役員判断で例外あり）",
                       "4. 禁止質問：本籍・出生地、家族の職業、宗教、支持政党、愛読書 等"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="DOCX stamped 取扱注意 (header and title) sent to an outside interviewer")

add(65,
    sender=frm("kanzaki"), to=["真鍋 様 <manabe@ad-frontier.co.jp>"],
    subject="12月掲載分の素材一式",
    charset="utf-8",
    body=(
        "真鍋様\n\nお世話になっております。神崎です。\n"
        "12月掲載分の写真素材（3点）と原稿テキストをZIPにまとめてお送りします。\n"
        "写真の社員はいずれも掲載同意を取得済みです。\n\nよろしくお願いいたします。\n" + sig("kanzaki", 1)),
    attachments=[{
        "kind": "zip", "name": "素材_12月掲載.zip",
        "files": [{"kind": "png", "name": "photo_factory.png"}, {"kind": "png", "name": "photo_office.png"},
                  {"kind": "png", "name": "photo_team.png"},
                  {"kind": "docx", "name": "原稿テキスト_12月.docx",
                   "paragraphs": ["キャッチ：暮らしの“あたりまえ”を、支える側へ。",
                                  "仕事内容：工場設備の保全・点検、改善提案",
                                  "給与：月給25万円～35万円", "休日：年間休日125日、土日祝休み"]}]}],
    expect="pass", entities=[], detectors=[],
    note="plain ZIP of ad photos and ad copy; no personal data")

_p = MIDS[54]
add(66,
    sender=frm("hojo"), to=["大森 様 <omori@omori-consulting.jp>"],
    subject=f"面接評価シート（{_p['sei']}様・一次面接分）",
    charset="iso-2022-jp",
    body=(
        "大森様\n\nお世話になっております。北条です。\n"
        "最終面接の前に、一次面接の評価シートをお送りします。\n"
        "面接メモ欄に配慮事項を記載していますので、ご確認ください。\n\nよろしくお願いいたします。\n"
        + sig("hojo", 3)),
    attachments=[{
        "kind": "docx", "name": f"面接評価シート_{_p['sei']}.docx",
        "paragraphs": ["面接評価シート（一次面接）"],
        "tables": [[["項目", "内容"], ["氏名", _p["name"]], ["生年月日", ymd(_p["dob"], "年")],
                    ["応募職種", "生産管理"], ["評価", "主体性4／論理4／協調5／専門3／志向4"],
                    ["面接メモ", "前職では品質トラブルの再発防止を主導。本人より、てんかんの持病があり服薬で発作は"
                              "5年以上ないとの申告あり。夜間の単独作業は避けたいとの希望。"],
                    ["面接官", "生産管理部 部長"]]]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="DOCX interview sheet with one candidate's chronic illness (てんかん) sent outside")

add(67,
    sender=frm("kanzaki"), to=["浜田 様 <hamada@careerport.jp>"],
    subject="Re: オプション掲載のお支払いについて",
    charset="shift_jis",
    body=(
        "浜田様\n\nお世話になっております。神崎です。\n"
        "管理画面から再度カード登録を行ったところ、正常に決済できました。\n\n"
        "　決済日：2026/10/02\n　金額　：165,000円（税込）\n　カード：VISA ****-****-****-4021\n"
        "　受付番号：CPO-20261002-0871\n\n"
        "先日は番号をメールでお送りしてしまい失礼いたしました。\n"
        "念のため、該当メールは御社側でも削除いただけますと幸いです。\n" + sig("kanzaki", 2)),
    expect="pass", entities=[], detectors=[],
    note="masked card number (last four digits) and a receipt number only")

_k = MIDS[0:10]
add(68,
    sender=frm("kanzaki"), to=["コールアシスト 運用チーム <ops@call-assist.co.jp>"],
    subject="面接前日リマインドコール対象者（10/13実施分）",
    charset="shift_jis",
    body=(
        "コールアシスト株式会社\n運用チーム ご担当者様\n\nいつもお世話になっております。日の出産業の神崎です。\n"
        "10月14日面接分の前日リマインドコール対象者をお送りします。\n"
        "10月13日 17時～19時の間に架電をお願いします（スクリプトは前回と同じです）。\n\n"
        + "".join(f"{i + 1:02d} / {p['kana']}　様 / {p['tel']} / 面接 {9 + i % 8}:{'00' if i % 2 else '30'}\n"
                  for i, p in enumerate(_k))
        + "\n不通の場合はSMSでの案内をお願いします。\n" + sig("kanzaki", 0)),
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="10 applicants (katakana names, phone numbers) sent to a call-center contractor")

add(69,
    sender=frm("saeki"), to=["白川 先生 <shirakawa@shirakawa-iaw.jp>"],
    subject="内定取消に関するご相談（一般論）",
    charset="iso-2022-jp",
    body=(
        "白川法律事務所\n白川先生\n\nいつもお世話になっております。日の出産業の佐伯です。\n\n"
        "業績見通しの下方修正を受け、来春入社予定の新卒内定者について、\n"
        "入社時期の延期または配属先の変更を検討せざるを得ない状況です。\n"
        "内定取消は避けたいと考えておりますが、\n"
        "　1. 入社時期を延期する場合の法的な留意点\n　2. 延期期間中の補償の要否と目安\n"
        "　3. 内定者への説明の順序\nについて、来週どこかでご相談のお時間をいただけますでしょうか。\n\n"
        "よろしくお願いいたします。\n" + sig("saeki", 0)),
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="shirakawa-iaw.jp imitates partner shirakawa-law.jp (l → i homoglyph)")

_bcc = GRADS[47:55]
add(70,
    sender=frm("recruit"), to=[frm("recruit")], bcc=[p["mail"] for p in _bcc],
    subject="【重要】10/20 会社説明会の開始時刻変更のお知らせ",
    charset="iso-2022-jp",
    body=(
        "説明会にご予約の皆様\n\n日の出産業株式会社 採用担当です。\n"
        "10月20日（火）のオンライン会社説明会について、開始時刻を下記のとおり変更いたします。\n\n"
        "　変更前：13:30～15:00\n　変更後：14:00～15:30\n\n"
        "参加URLに変更はございません。ご迷惑をおかけし申し訳ございません。\n"
        "※本メールはBCCにて一斉送信しております。\n" + sig("recruit", 0)),
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="announcement to 8 students correctly sent in Bcc; free-mail recipients")

_cand5 = MIDS[30:35]
_inner = (
    "From: 北条 拓海\nSent: Monday, October 5, 2026 9:12 AM\nTo: 波多野 修\n"
    "Subject: 法人営業 一次面接の候補者（5名）\n\n波多野部長\n\n一次面接に進める5名です。\n\n"
    + "".join(f"{p['name']}（{p['age']}）　{p['prev']}　{p['tel']}　{p['mail']}\n" for p in _cand5)
    + "\n北条\n")
add(71,
    sender=frm("hatano"), to=["大森 様 <omori@omori-consulting.jp>"],
    subject="FW: 法人営業 一次面接の候補者（5名）",
    charset="utf-8",
    body=(
        "大森さん\n\nお世話になっております。波多野です。\n"
        "来週の面接、私の代わりに入っていただく件、候補者はこの5名です。\n"
        "日程は北条から別途連絡させます。\n\n波多野\n\n"
        "________________________________\n" + _inner),
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="forward (new text to the recipient) of an internal list of 5 candidates to an outside consultant")

_p = GRADS[55]
add(72,
    sender=frm("isurugi"), to=[f"{_p['name']} 様 <{_p['romaji'].split()[0].lower()}.{_p['romaji'].split()[1].lower()}2027@gmail.com>"],
    subject="入社手続き書類のご案内",
    charset="utf-8",
    body=(
        f"{_p['name']} 様\n\n日の出産業株式会社 総務部 労務課の石動です。\n"
        "2027年4月のご入社に向けて、入社手続きに必要な書類をご案内します。\n\n"
        "【ご提出いただくもの】2027年2月末まで\n"
        "　1. 入社誓約書（同封）\n　2. 身元保証書（同封）\n"
        "　3. 給与振込口座届（同封）\n"
        "　4. マイナンバーの確認書類（マイナンバーカードの写し、または通知カード＋身分証明書の写し）\n"
        "　5. 卒業証明書（3月に発行されたもの）\n\n"
        "マイナンバーの書類は、メールでは送らず、同封の専用封筒（簡易書留）でご返送ください。\n"
        "ご不明点は労務課（03-5298-4452）までお問い合わせください。\n" + sig("isurugi", 0)),
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="onboarding instructions that mention マイナンバー but carry no number; one free-mail recipient")

_sr = MIDS[10:15]
_sr_rows = [(p, next_my_number(), f"{4200 + i * 37}-{310022 + i * 4517}") for i, p in enumerate(_sr)]
add(73,
    sender=frm("isurugi"), to=["佐藤社会保険労務士事務所 <office@sato-sr.jp>"],
    subject="12月入社者5名 資格取得届用データ",
    charset="iso-2022-jp",
    body=(
        "佐藤先生\n\nお世話になっております。石動です。\n"
        "12月1日入社の5名分の資格取得届用データをExcelでお送りします。\n"
        "「入社者一覧」と「扶養家族」の2シートです。\n\nよろしくお願いいたします。\n" + sig("isurugi", 2)),
    attachments=[{
        "kind": "xlsx", "name": "資格取得届_202612入社.xlsx",
        "sheets": {
            "入社者一覧": [["2026年12月1日 入社者一覧（日の出産業株式会社）"], [],
                      ["No", "氏名", "フリガナ", "生年月日", "住所", "個人番号", "基礎年金番号", "報酬月額"]]
                     + [[i + 1, p["name"], p["kana"], wareki(p["dob"]), f"〒{p['zip']} {p['addr']}", n, pen,
                         p["salary"] * 1000 // 14] for i, (p, n, pen) in enumerate(_sr_rows)],
            "扶養家族": [["被扶養者（該当者のみ）"], [], ["社員No", "続柄", "氏名", "生年月日"],
                     [2, "妻", f"{_sr[1]['sei']} 早苗", "1990/06/14"], [4, "長男", f"{_sr[3]['sei']} 陽太", "2019/02/27"]],
        }}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="XLSX (2 sheets, title rows) with My Numbers and pension numbers of 5 new hires to the 社労士")

_p = MIDS[55]
add(74,
    sender=frm("saeki"), to=["船越 様 <funakoshi@research-tokai.co.jp>"],
    subject="採用前調査のご依頼（1名）",
    charset="shift_jis",
    body=(
        "株式会社リサーチ東海\n調査部 船越様\n\nいつもお世話になっております。日の出産業の佐伯です。\n"
        "管理職候補1名について、経歴確認（前職在籍確認）をお願いいたします。\n"
        "ご本人からは調査実施の同意書を取得済みです（写しは郵送します）。\n\n"
        f"　対象者：{_p['name']}（{_p['kana']}）\n　生年月日：{ymd(_p['dob'], '年')}\n"
        f"　現住所：{_p['addr']}\n　申告職歴：{_p['prev']}（2014年4月～現在）\n\n"
        "調査範囲は前回と同じく在籍期間・役職の確認のみでお願いします。\n"
        "11月6日までにご報告いただけますと幸いです。\n" + sig("saeki", 3)),
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="one person's details for a consented employment check: a single record, may be warned")

_r3 = MIDS[56:59]
add(75,
    sender=frm("hojo"), to=["大森 様 <omori@omori-consulting.jp>"],
    subject="最終面接の候補者書類（3名分）",
    charset="iso-2022-jp",
    body=(
        "大森様\n\nお世話になっております。北条です。\n"
        "来週の最終面接の候補者3名分の履歴書・職務経歴書をお送りします。\n"
        "ZIPのパスワードは、この後のメールでお知らせします。\n\nよろしくお願いいたします。\n" + sig("hojo", 2)),
    attachments=[{
        "kind": "zip", "name": "最終面接_候補者書類.zip", "password": "omori1020!",
        "files": [{"kind": "pdf", "name": f"履歴書_{i + 1}.pdf",
                   "lines": ["履歴書", f"氏名 {p['name']}", f"生年月日 {ymd(p['dob'], '年')}", f"電話 {p['tel']}"]}
                  for i, p in enumerate(_r3)]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password ZIP of résumés: the attachment cannot be inspected")

_p = MIDS[57]
add(76,
    sender=frm("hojo"), to=[frm("hatano")],
    subject="FW: 【ネクストエージェント】法人営業職 追加推薦",
    charset="iso-2022-jp",
    body=(
        "波多野部長\n\n追加推薦です。書類OKなら面接日程を調整します。\n北条\n\n"
        "---------- Forwarded message ---------\n差出人: 竹内 健二 <takeuchi.k@next-agent.co.jp>\n"
        "送信日時: 2026年10月6日(火) 16:20\n件名: 【ネクストエージェント】法人営業職 追加推薦\n\n"
        f"氏名：{_p['name']}\n生年月日：{ymd(_p['dob'])}\n電話：{_p['tel']}\nメール：{_p['mail']}\n"
        f"現職：{_p['prev']}\n年収：{_p['salary']}万円\n"),
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=[],
    note="agency recommendation forwarded to an internal manager only")

_u = GRADS[72:81]
add(77,
    sender=frm("mitsumori"), to=["北稜大学 キャリアセンター 石原様 <career@hokuryo-u.ac.jp>"],
    subject="学内説明会（10/8）参加者リストのご送付",
    charset="utf-8",
    body=(
        "石原様\n\nお世話になっております。日の出産業の三森です。\n"
        "10月8日の学内説明会では大変お世話になりました。\n"
        "ご依頼のあった参加者リストをPDFでお送りします（出席確認用）。\n\nよろしくお願いいたします。\n"
        + sig("mitsumori", 0)),
    attachments=[{
        "kind": "pdf", "name": "学内説明会_参加者リスト_1008.pdf", "title": "学内説明会 参加者リスト",
        "lines": ["北稜大学 学内企業説明会（2026/10/08）日の出産業株式会社ブース 参加者", ""],
        "table": [["No", "学籍番号", "氏名", "学部", "メールアドレス"]]
        + [[str(i + 1), f"23{['E', 'L', 'S', 'B'][i % 4]}{4011 + 13 * i}", p["name"],
            ["経済学部", "法学部", "理工学部", "文学部"][i % 4], p["mail"]] for i, p in enumerate(_u)]}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="PDF table of 9 students with student ID and private e-mail sent to the university")

add(78,
    sender=frm("mitsumori"), to=["野々村 様 <nonomura@nishiki-insatsu.co.jp>"],
    subject="2028卒向け 採用パンフレット お見積りのお願い",
    charset="iso-2022-jp",
    body=(
        "錦印刷株式会社\n野々村様\n\nいつもお世話になっております。日の出産業の三森です。\n"
        "2028年卒向けの採用パンフレットについて、お見積りをお願いいたします。\n\n"
        "　仕様：A4 中綴じ 16ページ フルカラー（表紙 マットコート180kg、本文 135kg）\n"
        "　部数：2,000部／3,000部の2パターン\n　納期：2027年2月中旬\n"
        "　その他：撮影（社員インタビュー4名分）込みの場合と、写真支給の場合\n\n"
        "昨年度のパンフレット（品番 HS-2027-RP）をベースに、ページ構成を一部見直す予定です。\n"
        "よろしくお願いいたします。\n" + sig("mitsumori", 3)),
    expect="pass", entities=[], detectors=[],
    note="request for a printing quote; product code only")

_p = MIDS[70]
_he, _him = ("He", "him") if _p["male"] else ("She", "her")
add(79,
    sender=frm("hojo", en=True), to=["Claire Donovan <claire.donovan@brightpath-rec.com>"],
    subject="Hiring Day on 24 Oct - accessibility for one candidate",
    charset="utf-8",
    body=(
        "Dear Claire,\n\nOne more request for the Hiring Day. "
        f"{_p['romaji']}, who is on the confirmed list, uses a wheelchair following a spinal cord injury "
        "and has a physical disability certificate (grade 1). Could you confirm that:\n\n"
        "- the entrance and the interview room on the 12th floor are step-free,\n"
        "- an accessible restroom is available on that floor,\n"
        f"- a parking space close to the entrance can be reserved for {_him}.\n\n"
        f"{_he} has agreed that we share this with you for the arrangements.\n\n"
        "Many thanks,\n" + sig("hojo", 4)),
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="English mail disclosing a named candidate's disability to an outside recruiter: 要配慮個人情報")

_three = MIDS[14:17]
add(80,
    sender=frm("hojo"), to=["吉永 様 <yoshinaga@bridge-career.jp>"],
    subject="書類選考結果（10/5 ご推薦分）",
    charset="utf-8",
    body=(
        "吉永様\n\nお世話になっております。北条です。\n10月5日にご推薦いただいた3名の書類選考結果です。\n\n"
        f"　{_three[0]['name']} 様：通過（一次面接の日程調整をお願いします）\n"
        f"　{_three[1]['name']} 様：見送り（マネジメント経験の点で要件に届かず）\n"
        f"　{_three[2]['name']} 様：通過\n\n"
        "よろしくお願いいたします。\n" + sig("hojo", 2)),
    expect="pass", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="screening results of three of the agency's own candidates: under five people")


# ==========================================================================================
# 081-100
# ==========================================================================================

_bk = MIDS[40:46]
_banks = [("ゆうちょ銀行", "〇一八"), ("三和信用金庫", "本店"), ("みどり銀行", "浦和支店"),
          ("北海中央銀行", "札幌駅前支店"), ("みどり銀行", "横浜西口支店"), ("あすか銀行", "豊中支店")]
add(81,
    sender=frm("usami"), to=["村瀬 様 <murase@midori-ginko.co.jp>"],
    subject="総合振込（書面扱い）の振込明細　面接交通費分",
    charset="shift_jis",
    body=(
        "みどり銀行 神田支店 法人営業課\n村瀬様\n\nいつもお世話になっております。日の出産業 経理部の宇佐美です。\n"
        "お電話でご相談したとおり、インターネットバンキングの障害のため、\n"
        "本日分の総合振込を書面扱いでお願いしたく、振込明細をお送りします。\n"
        "（依頼書の原本は本日中に窓口へ持参いたします）\n\n"
        "内容：遠方からの最終面接者の交通費精算（6件）\n\n"
        + pad("受取人", 20) + pad("金融機関・支店", 30) + pad("種別", 6) + pad("口座番号", 10) + "金額\n"
        + "-" * 80 + "\n"
        + "".join(pad(p["kana"], 20) + pad(f"{b} {br}", 30) + pad("普通", 6)
                  + pad(f"{(int(p['tel'][-4:]) * 1291 + 1000000) % 9000000 + 1000000}", 10)
                  + f"{[28400, 31200, 9800, 45600, 12300, 27700][i]:,}円\n"
                  for i, (p, (b, br)) in enumerate(zip(_bk, _banks)))
        + "-" * 80 + "\n合計 155,000円\n\nよろしくお願いいたします。\n" + sig("usami", 0)),
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="six candidates' personal bank accounts (kana names, account numbers) sent to the bank by mail")

add(82,
    sender=frm("mitsumori"), to=["小田切 様 <banquet@sakura-hotel.jp>"], cc=["平良 様 <taira@kitaguni-foods.co.jp>"],
    subject="内定者懇親会 お料理の持ち込み企画について",
    charset="iso-2022-jp",
    body=(
        "さくらホテル 小田切様\n北国フーズ 平良様\n\nお世話になっております。日の出産業の三森です。\n"
        "11/21の内定者懇親会で、北国フーズ様の新商品（北海道産チーズの試食コーナー）を\n"
        "設けたいと考えております。持ち込みの可否と、搬入時間・保冷設備について\n"
        "お二方で直接ご調整いただけますでしょうか。\n\n"
        "試食は30名分程度、テーブル1台を想定しています。\nよろしくお願いいたします。\n" + sig("mitsumori", 2)),
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc coordinating an event: normal three-way mail")

_vv = GRADS[81:86]
add(83,
    sender=frm("mitsumori"), to=[f"{_vv[0]['name']} さん <{_vv[0]['mail']}>"],
    cc=[f"{p['name']} さん <{p['mail']}>" for p in _vv[1:]],
    subject="内定者懇親会（11/21）のご案内【要返信】",
    charset="utf-8",
    body=(
        "内定者の皆さん\n\nこんにちは。日の出産業 人事部の三森です。\n"
        "11月21日（土）に内定者懇親会を開催します。同期や先輩社員と交流できる場ですので、ぜひご参加ください。\n\n"
        "　日時：11月21日（土）18:00～20:30\n　会場：さくらホテル 3階「桔梗の間」\n"
        "　服装：自由（スーツでなくて構いません）\n　交通費：全額支給（領収書をお持ちください）\n\n"
        "出欠を11月10日までに、このメールへの返信でお知らせください。\n"
        "食物アレルギーがある方は、三森まで個別にご連絡ください。\n" + sig("mitsumori", 1)),
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="five 内定者' private addresses in To/Cc: all visible to each other")

add(84,
    sender=frm("saeki", en=True), to=["Claire Donovan <claire.donovan@brightpath-rec.com>"],
    subject="Fee terms and candidate data handling",
    charset="utf-8",
    body=(
        "Dear Claire,\n\nThank you for sending the revised terms of business. Two comments from our side:\n\n"
        "1. Replacement guarantee: we would like 90 days instead of 60, as our probation period is three months.\n"
        "2. Candidate data: please keep sharing CVs only through your portal. We treat all candidate "
        "information as confidential and our policy does not allow CVs to be sent as e-mail attachments.\n\n"
        "Apart from that we are happy to sign. Our legal team will send the signed copy by DocuSign.\n\n"
        "Kind regards,\n" + sig("saeki", 4) + DISCLAIMER_EN),
    expect="pass", entities=[], detectors=[],
    note="English mail about fee terms; 'confidential' only in a sentence and in the disclaimer")

add(85,
    sender=frm("mitsumori"), to=["野々村 様 <nonomura@nishiki-insatu.co.jp>"],
    subject="Re: 会社案内（採用版）初校のご確認",
    charset="iso-2022-jp",
    body=(
        "野々村様\n\nお世話になっております。三森です。\n初校ありがとうございました。以下、修正をお願いします。\n\n"
        "　P.3　社長メッセージの写真を差し替え（データは明日お送りします）\n"
        "　P.7　「売上高 412億円」→「売上高 418億円（2026年3月期）」\n"
        "　P.12　福利厚生の一覧に「資格取得支援制度」を追加\n\n"
        "再校は10月16日頃にいただけますと助かります。\n" + sig("mitsumori", 2)),
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp: a dropped letter in partner nishiki-insatsu.co.jp")

_t6 = MIDS[18:24]
add(86,
    sender=frm("hojo"), to=["竹内 健二 <takeuchi.k@next-agent.co.jp>"],
    subject="一次面接の日程確定（6名）",
    charset="iso-2022-jp",
    body=(
        "竹内様\n\nお世話になっております。北条です。\n一次面接の日程が確定しましたのでご連絡します。\n"
        "当日の緊急連絡用に、弊社で把握している連絡先も記載しています。相違があればご指摘ください。\n\n"
        + "".join(f"【{d}】{p['name']} 様／携帯：{p['tel']}／メール：{p['mail']}\n"
                  for d, p in zip(["10/13 10:00", "10/13 13:00", "10/13 15:00", "10/15 10:00",
                                   "10/15 13:00", "10/15 15:00"], _t6))
        + "\n会場は本社6階 受付でお名前をお伝えいただくようご案内ください。\n" + sig("hojo", 0)),
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="six candidates with mobile and e-mail, one per line, to a referral agency")

add(87,
    sender=frm("saeki"), to=[frm("okochi")],
    subject="内定者の評価資料（パスワード付き）",
    charset="iso-2022-jp",
    body=(
        "大河内部長\n\nお疲れさまです。佐伯です。\n明日の役員説明用に、内定者の評価資料をまとめました。\n"
        "パスワードはいつものものです。\n\n佐伯\n"),
    attachments=[{
        "kind": "zip", "name": "内定者評価資料.zip", "password": "hinode-hr-2026",
        "files": [{"kind": "xlsx", "name": "内定者評価一覧.xlsx",
                   "sheets": {"一覧": [["氏名", "大学", "評価"]] + [[p["name"], p["univ"], "A"] for p in GRADS[0:6]]}}]}],
    expect="pass", entities=[], detectors=[],
    note="password ZIP sent to an internal colleague only")

_p = MIDS[48]
add(88,
    sender=frm("hojo"), to=["吉永 様 <yoshinaga@bridge-career.jp>"],
    subject=f"{_p['sei']}様の勤務地・連絡方法についてのご配慮の件",
    charset="utf-8",
    body=(
        "吉永様\n\nお世話になっております。北条です。\n\n"
        f"先日の面接で {_p['name']} 様から、以前ストーカー被害に遭い、現在も警察に相談中のため\n"
        "転居先の住所を社内でも限られた人にしか知らせたくない、とのお話がありました。\n"
        "入社後は、社内名簿への住所掲載の除外と、社外向け名刺・ウェブサイトへの氏名非掲載で対応する予定です。\n\n"
        "ご本人の不安が大きいようですので、御社からも、弊社としてこうした対応が可能である旨を\n"
        "お伝えいただけますでしょうか。\n\nよろしくお願いいたします。\n" + sig("hojo", 1)),
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named candidate having been a crime victim (stalking) sent to an agency: 要配慮個人情報")

add(89,
    sender=frm("kanzaki"), to=["浜田 様 <hamada@careerport.jp>"],
    subject="2027年1月から3月の掲載プラン お見積りのお願い",
    charset="shift_jis",
    body=(
        "キャリアポート 浜田様\n\nいつもお世話になっております。日の出産業の神崎です。\n"
        "2027年1月～3月の掲載について、以下の条件でお見積りをお願いいたします。\n\n"
        "　・プラン：スタンダード（4週）×3職種、またはプレミアム（12週）×1職種＋スタンダード×2職種\n"
        "　・職種：設備保全（川越）、生産管理（川越）、法人営業（東京）\n"
        "　・オプション：スカウト月300通、特集ページ（ものづくり企業特集）への掲載\n\n"
        "年度末で予算の締めがありますので、12月4日までにいただけますと幸いです。\n" + sig("kanzaki", 3)),
    expect="pass", entities=[], detectors=[],
    note="request for a job board quotation; no personal data")

add(90,
    sender=frm("okochi", en=True), to=["Claire Donovan <claire.donovan@brightpath-rec.com>"],
    subject="Hiring plan FY2027 - engineering roles",
    charset="utf-8",
    body=(
        "Dear Claire,\n\nAhead of our quarterly review, I attach our hiring plan for engineering roles in FY2027. "
        "It includes the headcount by site and the budget we have set aside for agency fees.\n\n"
        "Best regards,\n" + sig("okochi", 4)),
    attachments=[{
        "kind": "pdf", "name": "Hiring_Plan_FY2027_Engineering.pdf", "title": "Hiring Plan FY2027",
        "page_header": "CONFIDENTIAL", "page_footer": "Confidential - Hinode Sangyo Co., Ltd. - Do not distribute",
        "lines": ["Hiring Plan FY2027 - Engineering", "",
                  "Kawagoe Plant: process engineers 4, maintenance engineers 3",
                  "Osaka branch (new): application engineer 1",
                  "Agency fee budget: JPY 39 million (referral), JPY 31 million (advertising)",
                  "Target time-to-hire: 75 days"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PDF marked CONFIDENTIAL in header and footer sent to an overseas recruiter")

_hc = GRADS[56:62]
_find = [("異常なし", "特記事項なし"), ("要再検査", "肝機能 ALT 68 U/L"), ("異常なし", "特記事項なし"),
         ("要精密検査", "心電図 不完全右脚ブロック"), ("要治療", "高血圧 162/98 mmHg、服薬開始予定"),
         ("経過観察", "既往歴：気管支喘息（吸入薬で通院中）")]
add(91,
    sender=frm("isurugi"), to=["桜ヶ丘クリニック 宮田先生 <kenshin@sakuragaoka-cl.jp>"],
    subject="内定者健診の結果一覧（産業医ご確認用）",
    charset="utf-8",
    body=(
        "宮田先生\n\nお世話になっております。労務課の石動です。\n"
        "外部機関で受診した内定者6名の健康診断結果を一覧にしました。\n"
        "入社前の就業判定をお願いできますでしょうか。\n\nよろしくお願いいたします。\n" + sig("isurugi", 0)),
    attachments=[{
        "kind": "xlsx", "name": "内定者健診結果_2027入社.xlsx",
        "sheets": {
            "結果一覧": [["2027年4月入社予定者 健康診断結果一覧"], [],
                     ["No", "氏名", "生年月日", "受診日", "判定", "所見"]]
                    + [[i + 1, p["name"], ymd(p["dob"]), "2026/09/" + str(10 + i), j, f]
                       for i, (p, (j, f)) in enumerate(zip(_hc, _find))],
            "判定基準": [["判定区分"], ["異常なし", "就業可"], ["要再検査", "3か月以内に再検査"],
                     ["要精密検査", "医療機関受診"], ["要治療", "治療継続を条件に就業可"]],
        }}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="XLSX of 6 内定者' health check findings (list and 要配慮個人情報) sent to a clinic")

_p = MIDS[53]
add(92,
    sender=frm("hojo"), to=["大森 様 <omori@omori-consulting.jp>"],
    subject="10/27 一次面接 1名日程変更のお知らせ",
    charset="iso-2022-jp",
    body=(
        "大森様\n\nお世話になっております。北条です。\n"
        f"10/27 11:00 から予定していた {_p['name']} 様ですが、インフルエンザと診断されたとのことで、\n"
        "11/2（月）11:00 に変更させていただきました。\n"
        "大森様のご都合はいかがでしょうか。\n\nよろしくお願いいたします。\n" + sig("hojo", 2)),
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named candidate's influenza diagnosis as the reason for a reschedule: a passing illness, judged either way")

add(93,
    sender=frm("mitsumori"), to=["北稜大学 キャリアセンター 石原様 <career@hokuryo-u.ac.jp>"],
    subject="学内合同企業説明会（12月）出展のお申込み",
    charset="iso-2022-jp",
    body=(
        "北稜大学 キャリアセンター\n石原様\n\nいつもお世話になっております。日の出産業の三森です。\n"
        "12月10日（木）の学内合同企業説明会に出展を申し込みます。\n\n"
        "　出展者：人事部 2名、若手社員（貴学OB）2名\n　必要備品：長机2台、椅子6脚、電源1口\n"
        "　配布物：会社案内パンフレット 150部\n\n"
        "ブースで使用する説明資料を添付いたします。掲示の可否などご確認いただけますと幸いです。\n" + sig("mitsumori", 0)),
    attachments=[{
        "kind": "pptx", "name": "日の出産業_会社説明資料_2028卒.pptx", "title": "会社説明資料",
        "slides": [["日の出産業株式会社 会社説明", "暮らしの“あたりまえ”を、支える側へ。"],
                   ["事業紹介", "産業用部材の製造・販売", "国内3拠点・海外2拠点", "売上高 418億円（2026年3月期）"],
                   ["募集職種", "生産技術／法人営業／管理部門", "初任給 学部卒 255,000円"],
                   ["選考フロー", "エントリー → 適性検査 → 面接2回 → 内定"]]}],
    expect="pass", entities=[], detectors=[],
    note="event application with a PPTX company presentation; no personal data")

_home = MIDS[76:88]
add(94,
    sender=frm("kanzaki"), to=["神崎 ゆかり <kanzaki.yukari.home@gmail.com>"],
    subject="週末作業用",
    charset="utf-8",
    body="自宅で面接日程を組むため転送。\n",
    attachments=[{
        "kind": "csv", "name": "応募者一覧_週末作業.csv", "encoding": "utf-8",
        "rows": [["氏名", "年齢", "住所", "電話", "メール", "希望職種"]]
        + [[p["name"], p["age"], p["addr"], p["tel"], p["mail"], ["保全", "製造", "生産管理"][i % 3]]
           for i, p in enumerate(_home)]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="an employee sends a 12-row applicant CSV to her own gmail address: external free mail")

add(95,
    sender=frm("hojo"), to=["大森 様 <omori@omori-consulting.jp>"],
    subject="面接評価のまとめ（10月分）",
    charset="iso-2022-jp",
    body=(
        "大森様\n\nお世話になっております。北条です。\n10月に実施した面接の評価まとめをお送りします。\n"
        "月末の振り返りミーティングでご意見をいただければと思います。\n\nよろしくお願いいたします。\n" + sig("hojo", 0)),
    attachments=[{"kind": "corrupt", "name": "面接評価まとめ_202610.docx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached DOCX is corrupt and cannot be inspected")

_ann = {
    "sender": "キャリアポート お知らせ <info@careerport.jp>",
    "to": ["t-hojo@hinode-sangyo.co.jp"],
    "subject": "【キャリアポート】2027年1月 料金改定のお知らせ",
    "charset": "utf-8",
    "body": ("キャリアポートをご利用の皆様\n\n平素より格別のご高配を賜り、厚く御礼申し上げます。\n"
             "2027年1月掲載分より、下記のとおり料金を改定いたします。\n"
             "・スタンダード（4週）：300,000円 → 330,000円\n・プレミアム（12週）：800,000円 → 860,000円\n"
             "・スカウトオプション：据え置き\n\nお問い合わせ：キャリアポート カスタマーサポート 0120-558-120（平日10時～18時）\n"),
}
add(96,
    sender=frm("kanzaki"), to=["柳 貴之 <yanagi.t@toa-kyujin.co.jp>"],
    subject="FW: 【キャリアポート】2027年1月 料金改定のお知らせ",
    charset="utf-8",
    body=(
        "柳様\n\nお世話になっております。神崎です。\n"
        "キャリアポートから料金改定の案内が届きました（下記転送）。\n"
        "来期の媒体ミックスのご提案に反映いただけますでしょうか。\n\n神崎\n\n"
        "-------- Forwarded Message --------\n件名: " + _ann["subject"] + "\n差出人: info@careerport.jp\n\n"
        + _ann["body"]),
    expect="pass", entities=[], detectors=[],
    note="forward of a job board's price announcement: business content, no people")

_p = MIDS[71]
add(97,
    sender=frm("hojo"), to=["竹内 健二 <takeuchi.k@next-agent.co.jp>"],
    subject="ご推薦者の在留資格の確認について",
    charset="shift_jis",
    body=(
        "竹内様\n\nお世話になっております。北条です。\n"
        "ご推薦いただいた LIN YU-TING 様について、ご本人から在留カードの写しをいただきましたが、\n"
        "御社の登録情報と在留期限が異なっているようです。下記でご確認いただけますか。\n\n"
        "　在留カード番号：EK70315582TA\n　在留資格：技術・人文知識・国際業務\n"
        "　在留期間満了日：2027年8月19日（御社登録では 2026年8月19日）\n\n"
        "就労可能な範囲は問題ないと理解していますが、念のため確認をお願いします。\n" + sig("hojo", 2)),
    expect="stop", entities=["PERSON_NAME", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="a candidate's residence card number sent to a referral agency")

add(98,
    sender=frm("hojo"), to=["吉永 様 <yoshinaga@bridge-career.jp>"],
    subject="Re: 面接当日のご配慮のお願い",
    charset="iso-2022-jp",
    body=(
        "吉永様\n\nご連絡ありがとうございます。承知いたしました。\n"
        "当日は面接官にもその旨を伝え、途中で休憩を挟めるよう時間に余裕をもって設定します。\n"
        "会場は1階の応接室に変更しますので、ご本人にお伝えください。\n\n北条\n\n"
        "-----Original Message-----\nFrom: 吉永 <yoshinaga@bridge-career.jp>\n"
        "Sent: Thursday, October 8, 2026 10:31 AM\nTo: 北条 拓海\nSubject: 面接当日のご配慮のお願い\n\n"
        f"北条様\n\n10/14に面接予定の {MIDS[49]['name']} 様ですが、\n"
        "パニック障害の持病があり、長時間の面接や狭い部屋だと症状が出ることがあるそうです。\n"
        "可能な範囲でご配慮いただけますと幸いです。\n\n吉永\n"),
    expect="pass", entities=[], detectors=[],
    note="the candidate's condition is only in the quoted mail from the agency; the new text adds nothing sensitive")

_four = MIDS[64:68]
add(99,
    sender=frm("hojo"), to=["グローバルタレント 松永様 <matsunaga@global-talent.co.jp>"],
    subject="面談希望者4名のご連絡",
    charset="utf-8",
    body=(
        "松永様\n\nお世話になっております。北条です。\n"
        "弊社の採用サイトから、海外営業職に興味があるとご連絡をいただいた方が4名いらっしゃいます。\n"
        "いずれもご本人の了承を得たうえで、御社のキャリア面談をご案内いただきたくお送りします。\n\n"
        + "".join(f"＜{i + 1}＞\nName: {p['ROMAJI']}（{p['kana']}）\nDOB: {ymd(p['dob'], '.')}\n"
                  f"Email: {p['mail']}\nTel: {p['tel']}\n\n" for i, p in enumerate(_four))
        + "面談の結果、弊社への推薦が可能な方がいればご連絡ください。\n" + sig("hojo", 0)),
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four people's records in blocks (romaji names, DOB, e-mail, phone): under the five-person line, warn")

add(100,
    sender=frm("okochi"), to=["柳 貴之 <yanagi.t@toa-kyujin.co.jp>"],
    subject="年末のご挨拶と来期のお打合せについて",
    charset="iso-2022-jp",
    body=(
        "株式会社東亜求人広告社\n柳様\n\n師走の候、ますますご清栄のこととお慶び申し上げます。\n"
        "日の出産業の大河内でございます。\n\n"
        "本年は新卒・中途ともに多くの応募につなげていただき、誠にありがとうございました。\n"
        "特に川越工場の製造スタッフ募集では、応募単価を前年より2割下げることができました。\n\n"
        "来期の運用について、1月第2週にお打合せのお時間をいただけますでしょうか。\n"
        "候補日：1月12日（火）14時、1月14日（木）10時\n\n"
        "来年も変わらぬお引き立てのほど、よろしくお願い申し上げます。\n" + sig("okochi", 1) + DISCLAIMER_JA),
    expect="pass", entities=[], detectors=[],
    note="year-end greeting and meeting request with the standard confidentiality disclaimer")
