# -*- coding: utf-8 -*-
"""Blind corpus, area "shareholders": 日の出産業 総務部 株式課 / IR室.

株主総会の招集・議決権行使, 株主名簿管理人（信託銀行）とのやり取り, 株主優待の発送, 配当金の振込先,
単元未満株の買取, 相続による名義書換, 役員の選任・報酬, IR説明会, アナリスト・機関投資家, 証券会社.
Written from BRIEF.md alone.  Every person, number and address is invented.
"""

from __future__ import annotations

import datetime as _dt
import random as _random
import unicodedata as _ud

from build import card_number, my_number

D = "hinode-sangyo.co.jp"

# -- senders and their signatures ---------------------------------------------------------

_STAFF = {
    "sasaki": ("佐々木 美穂", "Miho Sasaki", "総務部 株式課", "sasaki.miho", "03-5201-7731"),
    "okochi": ("大河内 隆", "Takashi Okochi", "総務部 株式課 課長", "okochi.takashi", "03-5201-7730"),
    "usami": ("宇佐美 翔太", "Shota Usami", "総務部 株式課", "usami.shota", "03-5201-7733"),
    "shoji": ("東海林 健一", "Kenichi Shoji", "総務部 部長", "shoji.kenichi", "03-5201-7700"),
    "morinaga": ("森永 恵里香", "Erika Morinaga", "経営企画部 IR室", "morinaga.erika", "03-5201-7760"),
    "ichinose": ("一ノ瀬 航", "Wataru Ichinose", "経営企画部 IR室 室長", "ichinose.wataru", "03-5201-7761"),
    "hazama": ("狭間 由紀", "Yuki Hazama", "総務部 株式課", "hazama.yuki", "03-5201-7734"),
}


def frm(key: str) -> str:
    name, _r, _dept, local, _tel = _STAFF[key]
    return f"{name} <{local}@{D}>"


def addr(key: str) -> str:
    return f"{_STAFF[key][3]}@{D}"


def sig(key: str, style: int = 0) -> str:
    name, romaji, dept, local, tel = _STAFF[key]
    if style == 0:
        return (f"\n――――――――――――――――――――――\n日の出産業株式会社 {dept}\n{name}（{romaji}）\n"
                f"〒103-0027 東京都中央区日本橋二丁目14番9号 日の出ビル6F\n"
                f"TEL {tel}（直通）／FAX 03-5201-7739\nE-mail: {local}@{D}\n"
                f"――――――――――――――――――――――\n")
    if style == 1:
        return (f"\n--\n{name}\n日の出産業(株) {dept}\nTel: {tel}  Mail: {local}@{D}\n")
    if style == 2:
        return (f"\n*********************************\n 日の出産業株式会社\n {dept}  {name}\n"
                f" 〒103-0027 東京都中央区日本橋2-14-9\n 代表 03-5201-7700 / 直通 {tel}\n"
                f"*********************************\n")
    if style == 3:
        return (f"\nBest regards,\n\n{romaji}\n{'Investor Relations' if 'IR' in dept else 'Shareholder Services'}, "
                f"Hinode Sangyo Co., Ltd.\n2-14-9 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan\n"
                f"Tel: +81-{tel[1:]}\n{local}@{D}\n")
    return f"\n{dept} {name}（内線 {tel[-4:]}）\n"


DISCLAIMER_JA = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを破棄していただきますようお願いいたします。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information. If you "
                 "are not the intended recipient, please notify the sender and delete this e-mail.\n")

# -- invented people ----------------------------------------------------------------------

_SEI = [
    ("田中", "たなか", "Tanaka"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("渡辺", "わたなべ", "Watanabe"), ("伊藤", "いとう", "Ito"), ("山本", "やまもと", "Yamamoto"),
    ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"), ("加藤", "かとう", "Kato"),
    ("吉田", "よしだ", "Yoshida"), ("山口", "やまぐち", "Yamaguchi"), ("松本", "まつもと", "Matsumoto"),
    ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"), ("清水", "しみず", "Shimizu"),
    ("山崎", "やまざき", "Yamazaki"), ("池田", "いけだ", "Ikeda"), ("橋本", "はしもと", "Hashimoto"),
    ("阿部", "あべ", "Abe"), ("石川", "いしかわ", "Ishikawa"), ("前田", "まえだ", "Maeda"),
    ("藤田", "ふじた", "Fujita"), ("岡田", "おかだ", "Okada"), ("後藤", "ごとう", "Goto"),
    ("長谷川", "はせがわ", "Hasegawa"), ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"),
    ("坂本", "さかもと", "Sakamoto"), ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"),
    ("西村", "にしむら", "Nishimura"), ("福田", "ふくだ", "Fukuda"), ("太田", "おおた", "Ota"),
    ("三浦", "みうら", "Miura"), ("松田", "まつだ", "Matsuda"), ("原田", "はらだ", "Harada"),
    ("竹内", "たけうち", "Takeuchi"), ("金子", "かねこ", "Kaneko"), ("和田", "わだ", "Wada"),
    ("柴田", "しばた", "Shibata"), ("工藤", "くどう", "Kudo"), ("宮本", "みやもと", "Miyamoto"),
    ("内田", "うちだ", "Uchida"), ("安藤", "あんどう", "Ando"), ("丸山", "まるやま", "Maruyama"),
    ("今井", "いまい", "Imai"), ("河野", "こうの", "Kono"), ("久保", "くぼ", "Kubo"),
    ("勅使河原", "てしがわら", "Teshigawara"), ("小鳥遊", "たかなし", "Takanashi"),
    ("四月一日", "わたぬき", "Watanuki"), ("百目鬼", "どうめき", "Domeki"), ("鬼頭", "きとう", "Kito"),
    ("五十嵐", "いがらし", "Igarashi"), ("御手洗", "みたらい", "Mitarai"),
    ("一番ヶ瀬", "いちばがせ", "Ichibagase"), ("薬師寺", "やくしじ", "Yakushiji"),
    ("雲母", "きら", "Kira"), ("莇", "あざみ", "Azami"), ("廿日出", "はつかで", "Hatsukade"),
    ("東條", "とうじょう", "Tojo"), ("比嘉", "ひが", "Higa"), ("仲宗根", "なかそね", "Nakasone"),
    ("蛭子", "えびす", "Ebisu"), ("猪股", "いのまた", "Inomata"), ("帯刀", "たてわき", "Tatewaki"),
    ("保科", "ほしな", "Hoshina"), ("鶴見", "つるみ", "Tsurumi"), ("嘉納", "かのう", "Kano"),
]
_MEI = [
    ("浩二", "こうじ", "Koji"), ("健太", "けんた", "Kenta"), ("正樹", "まさき", "Masaki"),
    ("隆之", "たかゆき", "Takayuki"), ("誠", "まこと", "Makoto"), ("大輔", "だいすけ", "Daisuke"),
    ("博", "ひろし", "Hiroshi"), ("勝也", "かつや", "Katsuya"), ("和夫", "かずお", "Kazuo"),
    ("茂", "しげる", "Shigeru"), ("修", "おさむ", "Osamu"), ("哲也", "てつや", "Tetsuya"),
    ("悠真", "ゆうま", "Yuma"), ("義明", "よしあき", "Yoshiaki"), ("敏夫", "としお", "Toshio"),
    ("清", "きよし", "Kiyoshi"), ("昭一", "しょういち", "Shoichi"), ("光男", "みつお", "Mitsuo"),
    ("幸子", "さちこ", "Sachiko"), ("美智子", "みちこ", "Michiko"), ("恵子", "けいこ", "Keiko"),
    ("裕子", "ゆうこ", "Yuko"), ("直美", "なおみ", "Naomi"), ("陽子", "ようこ", "Yoko"),
    ("千尋", "ちひろ", "Chihiro"), ("真由美", "まゆみ", "Mayumi"), ("久美子", "くみこ", "Kumiko"),
    ("彩花", "あやか", "Ayaka"), ("友恵", "ともえ", "Tomoe"), ("和子", "かずこ", "Kazuko"),
    ("節子", "せつこ", "Setsuko"), ("富美江", "ふみえ", "Fumie"), ("貞夫", "さだお", "Sadao"),
    ("紀之", "のりゆき", "Noriyuki"), ("早苗", "さなえ", "Sanae"), ("瑞穂", "みずほ", "Mizuho"),
    ("伸介", "しんすけ", "Shinsuke"), ("玲奈", "れな", "Rena"), ("辰巳", "たつみ", "Tatsumi"),
    ("いづみ", "いづみ", "Izumi"), ("ミツ", "みつ", "Mitsu"), ("匠", "たくみ", "Takumi"),
]
# (prefecture, city, town, zip, area code)
_PLACES = [
    ("東京都", "練馬区", "石神井町", "177-0041", "03"), ("神奈川県", "横浜市港北区", "日吉本町", "223-0062", "045"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330-0061", "048"), ("千葉県", "船橋市", "前原西", "274-0825", "047"),
    ("大阪府", "豊中市", "上野東", "560-0012", "06"), ("兵庫県", "西宮市", "甲子園口", "663-8113", "0798"),
    ("愛知県", "名古屋市千種区", "覚王山通", "464-0841", "052"), ("福岡県", "福岡市中央区", "平尾", "810-0014", "092"),
    ("北海道", "札幌市北区", "北二十四条西", "001-0024", "011"), ("宮城県", "仙台市青葉区", "八幡", "980-0871", "022"),
    ("静岡県", "浜松市中央区", "佐鳴台", "432-8021", "053"), ("京都府", "京都市左京区", "下鴨松ノ木町", "606-0816", "075"),
    ("広島県", "広島市南区", "段原", "732-0814", "082"), ("新潟県", "新潟市中央区", "関屋", "951-8141", "025"),
    ("長野県", "松本市", "蟻ケ崎", "390-0861", "0263"), ("岡山県", "岡山市北区", "津島", "700-0086", "086"),
    ("熊本県", "熊本市中央区", "水前寺", "862-0950", "096"), ("茨城県", "つくば市", "竹園", "305-0032", "029"),
    ("奈良県", "奈良市", "学園北", "631-0036", "0742"), ("鹿児島県", "鹿児島市", "紫原", "890-0082", "099"),
    ("石川県", "金沢市", "長町", "920-0865", "076"), ("香川県", "高松市", "番町", "760-0017", "087"),
    ("岐阜県", "岐阜市", "長良", "502-0071", "058"), ("群馬県", "前橋市", "大手町", "371-0026", "027"),
    ("東京都", "杉並区", "阿佐谷南", "166-0004", "03"), ("東京都", "町田市", "玉川学園", "194-0041", "042"),
    ("神奈川県", "藤沢市", "鵠沼海岸", "251-0037", "0466"), ("沖縄県", "那覇市", "首里当蔵町", "903-0812", "098"),
]
_BLDG = ["", "", "", "", "コーポ若葉102", "グランシティ北棟805", "ハイツ桜203", "メゾン・ド・ソレイユ301",
         "パークハウス1204", "サンライズ長良2F", "レジデンス東1105"]
_BANKS = [("みどり銀行", "本店営業部"), ("みどり銀行", "大宮支店"), ("東和銀行", "梅田支店"),
          ("ひばり信用金庫", "本町支店"), ("北斗銀行", "札幌中央支店"), ("瀬戸内銀行", "岡山駅前支店"),
          ("南海銀行", "天文館支店"), ("はやぶさ銀行", "金沢支店")]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
             "softbank.ne.jp", "hotmail.co.jp"]


def kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fw(s: str) -> str:
    return str(s).translate(_FW)


def wareki(d: _dt.date, style: str = "kanji") -> str:
    eras = [("令和", "R", _dt.date(2019, 5, 1)), ("平成", "H", _dt.date(1989, 1, 8)),
            ("昭和", "S", _dt.date(1926, 12, 25)), ("大正", "T", _dt.date(1912, 7, 30))]
    for name, ab, start in eras:
        if d >= start:
            y = d.year - start.year + 1
            break
    if style == "kanji":
        return f"{name}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "fw":
        return fw(f"{name}{y}年{d.month}月{d.day}日")
    return f"{ab}{y}.{d.month}.{d.day}"


def person(seed: str, born: tuple[int, int] = (1932, 1992)) -> dict:
    r = _random.Random(f"shareholders-{seed}")
    s = r.choice(_SEI)
    m = r.choice(_MEI)
    pref, city, town, zipc, area = r.choice(_PLACES)
    a, b, c = r.randint(1, 6), r.randint(1, 28), r.randint(1, 22)
    bl = r.choice(_BLDG)
    if len(area) == 2:
        tel = f"{area}-{r.randint(3000, 6999)}-{r.randint(0, 9999):04d}"
    elif len(area) == 3:
        tel = f"{area}-{r.randint(200, 899)}-{r.randint(0, 9999):04d}"
    else:
        tel = f"{area}-{r.randint(10, 79)}-{r.randint(0, 9999):04d}"
    mobile = f"{r.choice(['090', '080', '070'])}-{r.randint(1000, 9999)}-{r.randint(0, 9999):04d}"
    dob = _dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
    bank, branch = r.choice(_BANKS)
    local = r.choice([f"{m[2].lower()}.{s[2].lower()}", f"{s[2].lower()}{r.randint(10, 99)}",
                      f"{m[2][0].lower()}{s[2].lower()}{dob.year % 100:02d}",
                      f"{s[2].lower()}-{m[2].lower()}"])
    return {
        "sei": s[0], "mei": m[0], "name": f"{s[0]} {m[0]}", "name_nosp": f"{s[0]}{m[0]}",
        "kana": kata(f"{s[1]} {m[1]}"), "hira": f"{s[1]} {m[1]}",
        "romaji": f"{m[2]} {s[2].upper()}", "romaji_jp": f"{s[2].upper()} {m[2]}",
        "zip": zipc, "pref": pref, "city": city, "town": town,
        "addr": f"{pref}{city}{town}{a}-{b}-{c}{(' ' + bl) if bl else ''}",
        "addr_k": f"{pref}{city}{town}{a}丁目{b}番{c}号{bl}",
        "addr_short": f"{pref}{city}",
        "tel": tel, "mobile": mobile, "dob": dob,
        "email": f"{local}@{r.choice(_FREEMAIL)}",
        "kno": f"{r.randint(0, 9)}{r.randint(0, 9999999):07d}",
        "shares": r.choice([100, 100, 200, 300, 500, 1000, 1200, 2000, 3500]) + r.choice([0, 0, 0, 37, 50, 85]),
        "bank": bank, "branch": branch, "acct": f"{r.randint(1000000, 9999999)}",
    }


def people(tag: str, n: int, born: tuple[int, int] = (1932, 1992)) -> list[dict]:
    return [person(f"{tag}-{i}", born) for i in range(n)]


def _w(s: str) -> int:
    return sum(2 if _ud.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, n: int, fill: str) -> str:
    gap = n - _w(s)
    if fill == "　":
        return s + "　" * (gap // 2) + " " * (gap % 2)
    return s + " " * gap


def padded(rows: list[list], fill: str = " ", sep: str = "  ", rule: str = "-") -> str:
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [(sep.join(_pad(c, widths[i], fill) for i, c in enumerate(r))).rstrip() for r in rows]
    total = sum(widths) + _w(sep) * (len(widths) - 1)
    ruler = rule * (total if _w(rule) == 1 else total // 2)
    return "\n".join([lines[0], ruler] + lines[1:])


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


def quote(text: str, mark: str = "> ") -> str:
    return "\n".join(mark + line if line else mark.rstrip() for line in text.strip("\n").split("\n"))


MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"shareholders-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)

# -- recurring external contacts ------------------------------------------------------------
TRUST = "大久保 早苗 <okubo.sanae@toho-shintaku.co.jp>"          # 東邦信託銀行 証券代行部（株主名簿管理人）
TRUST_INH = "河合 純 <kawai.jun@toho-shintaku.co.jp>"            # 同 相続手続センター
NISHIKI = "木下 雅人 <kinoshita.m@nishiki-insatsu.co.jp>"        # 錦印刷
KITAGUNI = "佐伯 亮 <saeki.ryo@kitaguni-foods.co.jp>"            # 北国フーズ（優待品）
AOBA = "堀内 <horiuchi@aoba-unyu.co.jp>"                          # 青葉運輸
SAKURA = "三上 <mikami.banquet@sakura-hotel.jp>"                  # さくらホテル 宴会営業
SHIRAKAWA = "白川 真一 <s.shirakawa@shirakawa-law.jp>"            # 白川法律事務所
ETO = "江藤 香織 <eto.kaori@shirakawa-law.jp>"
SEIWA = "村瀬 公彦 <murase.k@seiwa-audit.jp>"                     # 清和監査法人
IRB = "小野寺 <onodera@ir-bridge.co.jp>"                          # IR支援会社

# ------------------------------------------------------------------------------ 001
_p = people("001", 8)
_rows = [["株主番号", "氏名", "〒", "住所", "電話"]] + [
    [x["kno"], x["name"], x["zip"], x["addr"], x["tel"]] for x in _p]
add(
    sender=frm("sasaki"), to=[NISHIKI], cc=[addr("okochi")], charset="iso-2022-jp",
    subject="【株主優待】発送先（追加分）の差し込みのお願い",
    body=f"""錦印刷株式会社
営業部 木下様

いつもお世話になっております。日の出産業 株式課の佐々木です。

先日お送りした株主優待カタログの宛名データのうち、住所変更の反映が間に合わなかった
株主様の分を下記のとおりお送りします。第1便の宛名ラベルに追加で差し込みをお願いできますでしょうか。

{padded(_rows)}

以上8件です。カタログ本体の部数は変更ありません（12,480部のまま）。
ご不明点があればお電話ください。
{sig("sasaki")}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="8 shareholders' name/address/phone rows pasted as a padded table to the printer",
)

# ------------------------------------------------------------------------------ 002
add(
    sender=frm("okochi"), to=[NISHIKI], charset="iso-2022-jp",
    subject="第78回定時株主総会 招集通知の印刷発注について",
    body=f"""木下様

お世話になっております。日の出産業の大河内でございます。
標記の件、社内決裁が下りましたので、下記のとおり正式に発注いたします。

　品名　　　：第78回定時株主総会招集ご通知（A4・中綴じ・24頁・4色）
　部数　　　：12,400部（予備含む）
　同封物　　：議決権行使書 12,400枚／返信用封筒 12,400枚／事業報告書 12,400部
　入稿　　　：令和8年5月13日（水）最終原稿
　納品　　　：令和8年5月28日（木）午前中　東邦信託銀行 証券代行部 発送センター宛
　見積番号　：NS-2026-0418（税抜 2,184,000円）

色校は2回でお願いします。発注書の原本は本日郵送いたしました。
引き続きよろしくお願いいたします。
{sig("okochi", 2)}""",
    expect="pass", entities=[], detectors=[],
    note="ordinary print order: quantities, dates, quote number; no personal data",
)

# ------------------------------------------------------------------------------ 003
_p = people("003", 30)
_courses = ["A：北海道海鮮セット", "B：銘菓詰合せ", "C：寄付（フードバンク）", "A：北海道海鮮セット", "D：お米5kg"]
_csv = [["株主番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "優待コース"]] + [
    [x["kno"], x["name_nosp"], x["kana"], x["zip"], x["addr_k"], x["tel"], _courses[i % 5]]
    for i, x in enumerate(_p)]
add(
    sender=frm("hazama"), to=[KITAGUNI], charset="shift_jis",
    subject="株主優待品 発送データ（3月末基準・追加申込分）",
    body=f"""北国フーズ株式会社
ギフト事業部 佐伯様

いつもお世話になっております。日の出産業 株式課の狭間です。

3月末基準の株主優待について、はがきでの追加お申込み分（30件）の発送データを
CSVにてお送りします。前回と同じレイアウトです。
6月20日（土）着でのご手配をお願いいたします。

よろしくお願いいたします。
{sig("hazama", 1)}""",
    attachments=[{"kind": "csv", "name": "優待発送データ_追加分_0603.csv", "encoding": "cp932", "rows": _csv}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="CSV (cp932) of 30 shareholders with address and phone to the gift supplier",
)

# ------------------------------------------------------------------------------ 004
_p = people("004", 6)
_lines = ["株主番号\t氏名\t金融機関\t支店\t種目\t口座番号\t口座名義（カナ）"] + [
    f"{x['kno']}\t{x['name']}\t{x['bank']}\t{x['branch']}\t普通\t{x['acct']}\t{x['kana'].replace(' ', '　')}"
    for x in _p]
_nl = "\n"
add(
    sender=frm("usami"), to=[TRUST], charset="utf-8",
    subject="配当金振込指定書（受付分）の件",
    body=f"""東邦信託銀行 証券代行部
大久保様

お世話になっております。日の出産業 株式課の宇佐美です。

当社窓口に直接郵送されてきた配当金振込指定書のうち、6件分の内容を下記に転記しました。
原本は本日バイク便でお届けしますが、期末配当の支払事務に間に合わせたいため、
先行して登録いただけますと助かります。

{_nl.join(_lines)}

よろしくお願いいたします。
{sig("usami")}""",
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="six shareholders' names with their bank accounts, tab separated, to the transfer agent",
)

# ------------------------------------------------------------------------------ 005
_x = person("005")
add(
    sender=frm("sasaki"), to=[f"小鳥遊 昭一 <takanashi.s52@gmail.com>"], charset="iso-2022-jp",
    subject="Re: 株主優待品がまだ届きません",
    body=f"""小鳥遊 昭一 様

このたびはお問い合わせをいただき、誠にありがとうございます。
日の出産業株式会社 総務部 株式課の佐々木でございます。

本年の株主優待品は、6月下旬から7月上旬にかけて地域ごとに順次発送しております。
7月15日を過ぎてもお手元に届かない場合は、お手数ですが再度ご連絡くださいませ。
配送業者に確認のうえ、改めてご案内いたします。

今後とも変わらぬご支援を賜りますよう、お願い申し上げます。
{sig("sasaki", 2)}
{quote(f'''株式会社日の出産業 御中

毎年楽しみにしている優待の海産物セットがまだ届きません。
住所は昨年から変わっていません。

{_x['zip']}
{_x['addr_k']}
小鳥遊 昭一
電話 {_x['tel']}''')}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="reply to one shareholder on free mail; his own address and phone are only in the quoted text",
)

# ------------------------------------------------------------------------------ 006
_h = person("006-heir", (1958, 1975))
_mn = my_number(6001)
add(
    sender=frm("okochi"), to=[TRUST_INH], charset="iso-2022-jp",
    subject="FW: 父の株式の相続手続きについて（勅使河原）",
    body=f"""河合様

お世話になっております。日の出産業の大河内です。
相続手続き中の勅使河原様（被相続人：勅使河原 光男 様）について、相続人の方から
当社宛てに直接メールで個人番号のご連絡がありました。
手続き書類と照合いただきたく、そのまま転送いたします。

{sig("okochi", 1)}
-------- 転送メッセージ --------
差出人: 勅使河原 {_h['mei']} <teshigawara.k1966@yahoo.co.jp>
日時: 2026年4月22日 21:14
宛先: kabu@hinode-sangyo.co.jp
件名: 父の株式の相続手続きについて

日の出産業 株式ご担当者様

父（勅使河原 光男）が昨年12月に亡くなり、父名義の御社株式を私が相続することになりました。
信託銀行から届いた書類に個人番号の記入欄がありましたので、先にお知らせします。

相続人：勅使河原 {_h['mei']}
住所　：{_h['zip']} {_h['addr']}
電話　：{_h['mobile']}
個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}

よろしくお願いいたします。""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forward of an heir's mail carrying his My Number to the trust bank: a forward counts as new text",
)

# ------------------------------------------------------------------------------ 007
_p = people("007", 6)
_b = "\n".join(
    f"・株主番号 {x['kno']}／請求株数 {fw(str(int(x['kno'][-2:]) % 99 + 1))}株／〒{fw(x['zip'])} {x['addr']}／TEL {x['tel']}"
    for x in _p)
add(
    sender=frm("hazama"), to=[TRUST], cc=[addr("okochi")], charset="utf-8",
    subject="単元未満株式買取請求（特別口座）受付分のご連絡",
    body=f"""大久保様

いつも大変お世話になっております。日の出産業 株式課の狭間です。

特別口座で管理されている単元未満株式について、当社に電話で買取のご依頼があった方の
一覧です（いずれも請求書の送付をご希望）。請求書類一式の発送をお願いいたします。

{_b}

株主番号で照合いただければ氏名は不要とのことでしたので省略しております。
{sig("hazama")}""",
    expect="stop", entities=["JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six shareholder records (number, address, phone) as bullets with no name column",
)

# ------------------------------------------------------------------------------ 008
add(
    sender=frm("okochi"), to=[TRUST], cc=[NISHIKI], charset="iso-2022-jp",
    subject="招集通知 発送スケジュールのすり合わせ",
    body=f"""東邦信託銀行 大久保様
（CC）錦印刷 木下様

お世話になっております。日の出産業の大河内です。
第78回定時株主総会の招集通知につき、三者のスケジュールを下記のとおり整理しました。

　5月12日（火）　基準日株主データ確定・宛名データ作成（東邦信託銀行様）
　5月28日（木）　印刷物納品（錦印刷様 → 東邦信託銀行様 発送センター）
　6月 3日（水）　封入・発送（東邦信託銀行様）
　6月 3日（水）　電子提供措置開始（当社ウェブサイト）

納品時の荷姿やパレット数について、お二方で直接ご調整いただいて構いません。
修正があればご指摘ください。
{sig("okochi")}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="normal three-way mail: trust bank and printer, two external organisations",
)

# ------------------------------------------------------------------------------ 009
add(
    sender=frm("sasaki"), to=["木下 雅人 <kinoshita.m@nishiki-insatu.co.jp>"], charset="iso-2022-jp",
    subject="Re: 招集通知 3校のご送付",
    body=f"""木下様

お世話になっております。佐々木です。
3校ありがとうございました。赤字を入れたPDFをお戻しします。
主な修正は、P.7 の議案の番号ずれと、P.15 の会場案内図（最寄り駅の出口番号）です。
これで責了とさせてください。

{sig("sasaki", 1)}""",
    attachments=[{"kind": "pdf", "name": "招集通知_3校_赤字.pdf", "title": "招集通知 3校",
                  "lines": ["第78回定時株主総会招集ご通知（3校）", "",
                            "P.7 第3号議案 → 第4号議案に修正", "P.15 地下鉄日本橋駅 B6出口 → B9出口",
                            "以上、責了"]}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="printer's domain misspelt: nishiki-insatu.co.jp instead of nishiki-insatsu.co.jp",
)

# ------------------------------------------------------------------------------ 010
add(
    sender=frm("shoji"), to=[SHIRAKAWA], charset="iso-2022-jp",
    subject="社外取締役候補者の件（ご相談）",
    body=f"""白川先生

いつもお世話になっております。日の出産業の東海林です。

来期の社外取締役候補として指名委員会で検討中の鬼頭 達彦 氏（元 東和精工 常務）について、
調査会社に依頼していた経歴確認の結果が届きました。
報告書によれば、同氏は平成26年に業務上横領罪で有罪判決（懲役2年・執行猶予3年）を
受けた記録があるとのことです。本人からの申告はありませんでした。

このまま候補者とすることの可否と、仮に選任議案に上程する場合の開示の要否について、
来週中にご意見をいただけますでしょうか。
{sig("shoji", 2)}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named director candidate's criminal conviction (要配慮個人情報) sent to outside counsel",
)

_FIRMS = [("そらリサーチ", "sora-research.co.jp", "株式調査部"), ("みなと証券", "minato-sec.co.jp", "エクイティ調査部"),
          ("大和橋証券", "yamatobashi-sec.co.jp", "投資調査部"), ("あけぼのアセットマネジメント", "akebono-am.co.jp", "運用部"),
          ("常盤生命保険", "tokiwa-life.co.jp", "株式運用部"), ("北斗投信", "hokuto-toshin.co.jp", "日本株運用グループ"),
          ("丸の内キャピタル", "marunouchi-cap.jp", "リサーチ部"), ("Kestrel Asset Management", "kestrel-am.com", "Japan Equities")]


def analyst(seed: str, k: int) -> dict:
    x = person(f"an-{seed}", (1965, 1996))
    firm, dom, dept = _FIRMS[k % len(_FIRMS)]
    r = _random.Random(f"an-{seed}")
    x.update(firm=firm, dept=dept, biz_email=f"{x['romaji'].split()[0].lower()}.{x['romaji'].split()[1].lower()}@{dom}",
             direct=f"03-{r.randint(3200, 6899)}-{r.randint(0, 9999):04d}")
    return x


# ------------------------------------------------------------------------------ 011
_p = [analyst(f"011-{i}", i) for i in range(10)]
_tr = "\n".join(
    f"<tr><td>{i + 1}</td><td>{x['firm']}</td><td>{x['dept']}</td><td>{x['name']}</td>"
    f"<td>{x['biz_email']}</td><td>{x['direct']}</td><td>{'会場' if i % 3 else 'オンライン'}</td></tr>"
    for i, x in enumerate(_p))
add(
    sender=frm("morinaga"), to=[IRB], charset="utf-8",
    subject="決算説明会 参加登録者一覧（5/19現在）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>IRブリッジ<br>小野寺様</p>
<p>いつもお世話になっております。日の出産業 IR室の森永です。<br>
5月22日の決算説明会について、現時点の参加登録者を共有いたします。
受付名札と当日の配信URL送付にご利用ください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>No</th><th>会社名</th><th>部署</th><th>氏名</th><th>E-mail</th><th>電話</th><th>参加形態</th></tr>
{_tr}
</table>
<p>追加があれば都度お送りします。</p>
<p>--<br>日の出産業株式会社 経営企画部 IR室<br>森永 恵里香<br>TEL 03-5201-7760</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only mail: table of 10 analysts with their e-mail and direct lines to the IR agency",
)

# ------------------------------------------------------------------------------ 012
add(
    sender=frm("ichinose"),
    to=["西條 拓海 <takumi.saijo@sora-research.co.jp>", "Rina Hoshikawa <rina.hoshikawa@minato-sec.co.jp>",
        "竜崎 <ryuzaki.m@yamatobashi-sec.co.jp>"],
    charset="iso-2022-jp",
    subject="スモールミーティング開催のご案内（5月27日）",
    body=f"""アナリスト各位

平素より大変お世話になっております。日の出産業 IR室の一ノ瀬でございます。

2026年3月期決算を受けまして、担当アナリストの皆様を対象に、社長とのスモールミーティングを
下記のとおり開催いたします。

　日時：2026年5月27日（水）10:00～11:00
　場所：当社本社 12階 第1会議室（オンライン併用）
　内容：中期経営計画の進捗、株主還元方針について

ご出席の可否を5月22日までにご返信いただけますと幸いです。
{sig("ichinose")}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="analysts of three different securities firms visible to each other in To: should have been Bcc",
)

# ------------------------------------------------------------------------------ 013
_p = people("013", 40)
_sheet = [["第78期 基準日（2026年3月31日）株主名簿 抜粋（1,000株以上）"], [],
          ["株主番号", "氏名", "住所", "所有株式数", "議決権数"]] + [
    [x["kno"], x["name"], f"〒{x['zip']} {x['addr']}", x["shares"] * 10, x["shares"] // 10] for x in _p]
add(
    sender=frm("hazama"), to=[addr("shoji")], cc=[addr("okochi"), "keiri@hinode-sangyo.co.jp"], charset="utf-8",
    subject="基準日株主名簿（1,000株以上）のご送付",
    body=f"""東海林部長

お疲れさまです。狭間です。
東邦信託銀行から受領した基準日株主名簿のうち、1,000株以上の個人株主分を抽出しました。
株主総会の出席見込みの検討用です。社内限りでお願いします。

{sig("hazama", 4)}""",
    attachments=[{"kind": "xlsx", "name": "株主名簿_1000株以上_20260331.xlsx",
                  "sheets": {"1000株以上": _sheet}}],
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=[],
    note="full shareholder list, but every recipient is internal",
)

# ------------------------------------------------------------------------------ 014
add(
    sender=frm("usami"), to=[SAKURA], charset="iso-2022-jp",
    subject="株主総会当日の車椅子席・手話通訳の手配について",
    body=f"""さくらホテル 宴会営業部
三上様

いつもお世話になっております。日の出産業の宇佐美です。
6月26日の定時株主総会につきまして、事前にご連絡のあった株主様への配慮をお願いしたく、ご連絡いたしました。

　・比嘉 ミツ 様（株主番号 40251877）　車椅子をご利用。付き添いの方1名
　・猪股 貞夫 様（株主番号 11830264）　車椅子をご利用。会場入口からの誘導を希望
　・薬師寺 瑞穂 様（株主番号 73302145）　聴覚障害があり、手話通訳を希望

車椅子スペースは最前列の通路側に2台分、手話通訳者の立ち位置は壇上向かって右側で
ご用意いただけますでしょうか。通訳者は当社で手配済みです。
{sig("usami", 1)}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named shareholders' disabilities (要配慮個人情報) sent to the hotel, even though only three people",
)

# ------------------------------------------------------------------------------ 015
add(
    sender=frm("okochi"), to=[TRUST, NISHIKI], cc=[SHIRAKAWA, addr("shoji")], charset="iso-2022-jp",
    subject="第78回定時株主総会 準備キックオフ打合せの日程調整",
    body=f"""関係者各位

お世話になっております。日の出産業の大河内です。
本年の定時株主総会の準備に向け、キックオフの打合せを下記候補日で開催したく存じます。

　候補①　4月14日（火）14:00～15:30
　候補②　4月15日（水）10:00～11:30
　候補③　4月17日（金）15:00～16:30

議題：全体スケジュール、電子提供措置、招集通知の構成、当日の運営体制、想定問答の分担
場所：当社本社 12階 大会議室（Teams併用）

ご都合のよい日を今週中にお知らせください。
{sig("okochi")}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="trust bank, printer and law firm (three external organisations) see each other in To/Cc",
)

# ------------------------------------------------------------------------------ 016
add(
    sender=frm("usami"), to=["みどり銀行 法人営業部 戸川 <togawa.h@midori-ginko.co.jp>"], charset="iso-2022-jp",
    subject="期末配当金 支払資金の振替について",
    body=f"""みどり銀行 法人営業部
戸川様

いつもお世話になっております。日の出産業 株式課の宇佐美です。
期末配当金の支払資金につき、下記のとおり振替をお願いいたします。

　振替日　　：2026年6月26日（金）
　金額　　　：金 1,248,630,000円
　出金口座　：みどり銀行 本店営業部 当座 0482137（日の出産業株式会社）
　入金先　　：東邦信託銀行 本店 別段預金（配当金支払口）

依頼書は本日、経理部より押印済みのものを郵送しております。
{sig("usami", 2)}""",
    expect="pass", entities=[], detectors=[],
    note="company-to-bank dividend funding transfer; the account is the company's own",
)

# ------------------------------------------------------------------------------ 017
add(
    sender=frm("okochi"), to=[SEIWA], charset="iso-2022-jp",
    subject="想定問答（監査関連部分）のご確認のお願い",
    body=f"""清和監査法人
村瀬先生

お世話になっております。日の出産業の大河内です。
株主総会の想定問答のうち、会計監査人への質問が想定される部分を抜粋しました。
表現に誤りがないか、6月5日までにご確認いただけますでしょうか。

{sig("okochi", 1)}""",
    attachments=[{"kind": "pdf", "name": "想定問答_監査関連_v2.pdf", "title": "想定問答（監査関連）",
                  "page_header": "社外秘", "page_footer": "日の出産業株式会社 総務部",
                  "lines": ["第78回定時株主総会 想定問答（監査関連部分） v2", "",
                            "Q12. 会計監査人の再任理由は何か。",
                            "A. 監査役会において、独立性・専門性・品質管理体制を評価した結果…",
                            "Q13. 監査報酬が前期から増加した理由は。",
                            "A. 連結子会社の増加（2社）に伴う監査範囲の拡大によるもの…",
                            "Q14. KAM（監査上の主要な検討事項）の内容は。",
                            "A. 固定資産の減損に関する判断について…"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the PDF carries a 社外秘 stamp in its page header; the mail text itself is harmless",
)

# ------------------------------------------------------------------------------ 018
_p = people("018", 25)
add(
    sender=frm("hazama"), to=[TRUST], charset="iso-2022-jp",
    subject="所在不明株主リストの件",
    body=f"""大久保様

お世話になっております。狭間です。
5年以上通知が不着となっている株主様のリストを、社内で確認した結果を反映してお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールでお送りします。

{sig("hazama", 1)}""",
    attachments=[{"kind": "zip", "name": "所在不明株主_確認結果.zip", "password": "Hnd#2026kabu",
                  "files": [{"kind": "xlsx", "name": "所在不明株主_確認結果.xlsx",
                             "sheets": {"一覧": [["株主番号", "氏名", "最終住所", "株式数"]] + [
                                 [x["kno"], x["name"], x["addr"], x["shares"]] for x in _p]}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): the attachment cannot be inspected",
)

# ------------------------------------------------------------------------------ 019
_p = people("019", 6)
_q = "\n".join(f"{x['kno']}  {x['name']}  旧:{x['addr_short']}… → 新:{x['addr']}" for x in _p)
add(
    sender=frm("sasaki"), to=[TRUST], charset="utf-8",
    subject="RE: 【東邦信託】住所変更届 受付分のご報告（4月分）",
    body=f"""大久保様

ご連絡ありがとうございます。佐々木です。
4月受付分の6件、内容を確認しました。当社側の記録とも一致しておりますので、
このまま名簿へ反映していただいて問題ございません。

引き続きよろしくお願いいたします。
{sig("sasaki", 1)}
-----Original Message-----
From: 大久保 早苗 <okubo.sanae@toho-shintaku.co.jp>
Sent: Tuesday, May 12, 2026 4:02 PM
To: 佐々木 美穂 <sasaki.miho@hinode-sangyo.co.jp>
Subject: 【東邦信託】住所変更届 受付分のご報告（4月分）

日の出産業株式会社 佐々木様

いつもお世話になっております。東邦信託銀行 証券代行部の大久保です。
4月に当部で受け付けた住所変更届は以下の6件です。ご確認をお願いいたします。

{_q}

東邦信託銀行 証券代行部 大久保""",
    expect="pass", entities=[], detectors=[],
    note="the six-person list is only in the quoted original from the trust bank itself; the new text has none",
)

# ------------------------------------------------------------------------------ 020
_x = person("020")
_cc = card_number(20)
add(
    sender=frm("usami"), to=[KITAGUNI], charset="iso-2022-jp",
    subject="株主様ご優待価格での追加購入のお申込み（お電話受付）",
    body=f"""北国フーズ 佐伯様

お世話になっております。日の出産業の宇佐美です。
株主優待の「株主様特別価格での追加購入」について、ご高齢の株主様からお電話で
お申込みをいただきました。ウェブでのお手続きが難しいとのことでしたので、
お伺いした内容をお送りします。決済と発送のご手配をお願いできますでしょうか。

　お名前　　：{_x['name']} 様（株主番号 {_x['kno']}）
　お届け先　：〒{_x['zip']} {_x['addr_k']}
　お電話　　：{_x['tel']}
　商品　　　：北海道海鮮セット（株主価格 4,800円）× 2
　お支払　　：クレジットカード {_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}（有効期限 09/29）

{sig("usami", 1)}""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a shareholder's credit card number taken by phone and mailed to the supplier",
)

# ------------------------------------------------------------------------------ 021
add(
    sender=frm("okochi"), to=[IRB], charset="utf-8",
    subject="来年度 株主総会会場の候補について",
    body=f"""小野寺様

お世話になっております。大河内です。
来年度の総会会場について、当社で候補をリストアップしました。収容人数と費用感について
御社の過去事例からご意見をいただければ幸いです。

会場名                     所在地                          代表電話        収容（スクール形式）
------------------------------------------------------------------------------------------------
さくらホテル日本橋         東京都中央区日本橋室町1-8-3     03-3241-8800    420名
さくらホテル東京ベイ       東京都江東区有明3-5-11          03-5530-2211    600名
日本橋カンファレンス21     東京都中央区日本橋本町2-3-1     03-6225-4170    350名
ホテルグランシエル丸の内   東京都千代田区丸の内1-9-2       03-3211-5600    500名
八重洲ホールB              東京都中央区八重洲2-1-6         03-3273-0081    280名

例年の来場者は180名前後ですので、ややゆとりのある会場を想定しています。
{sig("okochi", 1)}""",
    expect="pass", entities=[], detectors=[],
    note="a list of venues with switchboard numbers and addresses: businesses, not people",
)

# ------------------------------------------------------------------------------ 022
_a = person("022-a", (1958, 1966))
_b = person("022-b", (1960, 1970))
add(
    sender=frm("shoji"), to=["吉野社会保険労務士事務所 <office@yoshino-sr.jp>"], charset="iso-2022-jp",
    subject="新任取締役2名の社会保険資格取得の件",
    body=f"""吉野先生

いつもお世話になっております。日の出産業 総務部の東海林です。
6月26日の株主総会で選任予定の新任取締役2名について、7月1日付で社会保険の資格取得手続きを
お願いしたく、必要事項をお送りします。

【1】{_a['name']}（{_a['kana']}）
　生年月日：{wareki(_a['dob'])}
　基礎年金番号：{_a['kno'][:4]}-{_a['acct'][:6]}
　前職の健康保険証：記号 {_a['tel'][-4:]}{_a['kno'][-4:]}　番号 {int(_a['acct'][-2:]) + 3}

【2】{_b['name']}（{_b['kana']}）
　生年月日：{wareki(_b['dob'])}
　基礎年金番号：{_b['kno'][:4]}-{_b['acct'][:6]}
　前職の健康保険証：記号 {_b['tel'][-4:]}{_b['kno'][-4:]}　番号 {int(_b['acct'][-2:]) + 11}

報酬月額は決まり次第ご連絡いたします。
{sig("shoji")}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="two incoming directors' 基礎年金番号 and health insurance symbol/number to the labour consultant",
)

# ------------------------------------------------------------------------------ 023
add(
    sender=frm("shoji"), to=["司法書士法人かんだ 倉持 <kuramochi@kanda-shiho.jp>"], charset="iso-2022-jp",
    subject="取締役就任登記（海外在住者）の必要書類について",
    body=f"""司法書士法人かんだ
倉持先生

お世話になっております。日の出産業の東海林です。
シンガポール在住の新任取締役候補 御手洗 玲奈 氏の就任登記について、
本人確認書類の情報を先にお送りします。サイン証明は現地大使館で取得予定です。

　氏名　　　：御手洗 玲奈（MITARAI RENA）
　生年月日　：1979年11月4日
　旅券番号　：TZ4729185（日本国旅券、有効期限 2031年8月）
　現住所　　：#12-05, 28 Orchard Boulevard, Singapore 248645

登記申請書の案ができましたらお知らせください。
{sig("shoji", 1)}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="a director candidate's passport number and date of birth sent to the judicial scrivener",
)

# ------------------------------------------------------------------------------ 024
add(
    sender=frm("ichinose"), to=[IRB], cc=[addr("morinaga")], charset="iso-2022-jp",
    subject="Re: 株主判明調査に関する秘密保持契約書（ドラフト）",
    body=f"""小野寺様

お世話になっております。一ノ瀬です。
秘密保持契約書のドラフトをありがとうございました。法務部の確認結果をお伝えします。

1. 第2条（秘密情報の定義）：口頭で開示した情報も、開示後14日以内に書面で特定すれば
   秘密情報に含める旨を追記いただきたい。
2. 第5条（目的外使用の禁止）：再委託先への開示は事前の書面承諾を要件としたい。
3. 第9条（有効期間）：契約終了後3年間は秘密保持義務が存続する、で問題ありません。

上記を反映いただければ、当社で押印手続きに進めます。
{sig("ichinose", 1)}
{DISCLAIMER_JA}""",
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA with the IR agency plus a standard disclaimer; no marking, no personal data",
)

# ------------------------------------------------------------------------------ 025
add(
    sender=frm("hazama"), to=[TRUST], charset="utf-8",
    subject="外国籍株主様の名義書換に伴う本人確認書類について",
    body=f"""東邦信託銀行 証券代行部
大久保様

お世話になっております。日の出産業の狭間です。
特別口座から証券口座への振替をご希望の株主様から、本人確認書類の写しが当社に届きました。
在留カードの記載内容を下記に控えましたので、照合をお願いできますでしょうか。

　氏名　　　　：NGUYEN VAN MINH（グエン ヴァン ミン）
　株主番号　　：30418862
　在留カード番号：UH52837416EA
　在留期間　　：2028年3月15日まで
　住居地　　　：埼玉県川口市芝新町7-12 サンハイツ芝201

写しの原本は本日簡易書留でお送りします。
{sig("hazama", 1)}""",
    expect="stop", entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_ADDRESS"], detectors=["personal_data"],
    note="a foreign shareholder's residence card number and address sent to the trust bank",
)

# ------------------------------------------------------------------------------ 026
add(
    sender=frm("okochi"), to=[SEIWA], charset="utf-8",
    subject="単元未満株式の買取実績（期中）のご提出",
    body=f"""村瀬先生

お世話になっております。大河内です。
期末監査のご依頼資料のうち、No.14「単元未満株式の買取・買増実績」をお送りします。
月次の件数・株式数・金額と、取次証券会社別の内訳の2シートです。

{sig("okochi", 1)}""",
    attachments=[{"kind": "xlsx", "name": "No14_単元未満株買取実績_FY2025.xlsx", "sheets": {
        "月次": [["単元未満株式 買取実績（2025年4月～2026年3月）"], [],
                ["月", "件数", "株式数", "買取金額（円）"],
                ["2025年4月", 41, 2103, 3487200], ["2025年5月", 38, 1980, 3310560],
                ["2025年6月", 57, 2841, 4829700], ["2025年7月", 29, 1422, 2445840],
                ["2025年8月", 33, 1611, 2722590], ["2025年9月", 48, 2377, 4088440],
                ["2025年10月", 36, 1790, 3132500], ["2025年11月", 31, 1506, 2665620],
                ["2025年12月", 62, 3055, 5499000], ["2026年1月", 27, 1318, 2385580],
                ["2026年2月", 30, 1467, 2699280], ["2026年3月", 44, 2196, 4106520],
                ["合計", 476, 23066, 41372830]],
        "証券会社別": [["取次証券会社", "件数", "株式数"], ["特別口座（東邦信託銀行）", 188, 9204],
                   ["みなと証券", 121, 5873], ["大和橋証券", 97, 4702], ["その他", 70, 3287]]}}],
    expect="pass", entities=[], detectors=[],
    note="aggregated monthly buy-back figures in a two-sheet XLSX: no individual shareholders",
)

# ------------------------------------------------------------------------------ 027
add(
    sender=frm("morinaga"), to=[IRB], charset="shift_jis",
    subject="株主判明調査の前提資料（所有者別分布）",
    body=f"""小野寺様

お世話になっております。IR室の森永です。
株主判明調査のお見積りの前提として、3月末時点の所有者別分布をお送りします。

所有者区分\t株主数（人）\t所有株式数（単元）\t割合（％）
政府・地方公共団体\t0\t0\t0.00
金融機関\t38\t182,410\t29.41
金融商品取引業者\t27\t14,882\t2.40
その他の法人\t312\t96,035\t15.48
外国法人等\t164\t131,207\t21.15
個人その他\t24,906\t195,770\t31.56
計\t25,447\t620,304\t100.00

外国法人等の実質株主の判明が主目的です。よろしくお願いいたします。
{sig("morinaga", 1)}""",
    expect="pass", entities=[], detectors=[],
    note="ownership distribution by category: aggregate statistics only",
)

# ------------------------------------------------------------------------------ 028
add(
    sender=frm("sasaki"),
    to=["保科 節子 <hoshina.setsuko@yahoo.co.jp>", "tsurumi-shigeru@ezweb.ne.jp",
        "嘉納 様 <kano.fumie1950@gmail.com>", "ebisu.tatsumi@icloud.com"],
    charset="iso-2022-jp",
    subject="株主様懇談会（6月13日）ご参加の御礼と当日のご案内",
    body=f"""株主の皆様

このたびは当社の株主様懇談会にお申込みいただき、誠にありがとうございます。
日の出産業株式会社 総務部 株式課でございます。

　日時：2026年6月13日（土）13:30開始（13:00受付開始）
　会場：日の出産業 本社ビル 1階 ホール
　内容：社長によるご説明、工場見学（希望者）、新製品の試食

当日は本メールをプリントしたもの、またはスマートフォンの画面を受付でご提示ください。
{sig("sasaki", 2)}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four private shareholders on free mail can see each other's addresses in To",
)

# ------------------------------------------------------------------------------ 029
_p = people("029", 7)
_rows = [["株主番号", "氏名（カナ）", "未受領額", "ご住所"]] + [
    [fw(x["kno"]), x["kana"].replace(" ", "　"), fw(f"{x['shares'] * 37:,}") + "円", x["addr_k"]] for x in _p]
add(
    sender=frm("usami"), to=[TRUST], charset="iso-2022-jp",
    subject="除斥期間が近い未受領配当金のご案内対象について",
    body=f"""大久保様

いつもお世話になっております。宇佐美です。
除斥期間（5年）満了が近い未受領配当金のうち、当社から個別にご案内を差し上げたい
株主様を抽出しました。ご案内文の送付と、現住所の確認をお願いいたします。

{padded(_rows, fill="　", sep="　", rule="－")}

合計７名です。よろしくお願いいたします。
{sig("usami")}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="seven shareholders (kana name, amount, address) in a full-width padded table with full-width digits",
)

# ------------------------------------------------------------------------------ 030
_x = person("030")
add(
    sender=frm("sasaki"), to=[TRUST], charset="iso-2022-jp",
    subject="住所変更のお申出（1件）",
    body=f"""大久保様

お世話になっております。佐々木です。
特別口座の株主様から、お電話で住所変更のお申出がありました。
変更届の用紙をお送りいただけますでしょうか。

　株主番号：{_x['kno']}
　お名前　：{_x['name']} 様
　新住所　：〒{_x['zip']} {_x['addr']}
　電話　　：{_x['mobile']}

よろしくお願いいたします。
{sig("sasaki", 4)}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one shareholder's address change to the transfer agent: a single record may be warned, not held",
)

# ------------------------------------------------------------------------------ 031
add(
    sender=frm("okochi"), to=["江藤 香織 <eto.kaori@shirakawa-law.co.jp>"], charset="iso-2022-jp",
    subject="総会シナリオ（議長用）のレビューのお願い",
    body=f"""江藤先生

いつもお世話になっております。日の出産業の大河内です。
本年の議長シナリオ（一括審議方式）の初稿をお送りします。
昨年からの変更点は、事前質問への回答パートを追加した点と、動議対応の文言です。
お手すきの際にご確認をお願いいたします。

{sig("okochi", 1)}""",
    attachments=[{"kind": "docx", "name": "議長シナリオ_初稿.docx", "title": "議長シナリオ",
                  "paragraphs": ["第78回定時株主総会 議長シナリオ（初稿）",
                                 "議長：ただいまから、日の出産業株式会社第78回定時株主総会を開会いたします。",
                                 "議長：本日の出席株主数および議決権数をご報告いたします。",
                                 "（事務局より報告）",
                                 "議長：それでは、報告事項および決議事項を一括して審議いたします。"]}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="law firm's domain with the wrong TLD: shirakawa-law.co.jp instead of shirakawa-law.jp",
)

# ------------------------------------------------------------------------------ 032
_officers = [("代表取締役社長", "日野 正樹"), ("専務取締役", "帯刀 和夫"), ("常務取締役", "雲母 紀之"),
             ("取締役", "莇 伸介"), ("取締役", "廿日出 早苗"), ("社外取締役", "仲宗根 久美子"),
             ("社外取締役", "Thomas Berglund")]
_rem = [["2026年度 役員報酬 個別支給案（取締役会付議前）"], [],
        ["役位", "氏名", "基本報酬（年額）", "業績連動（STI）", "株式報酬（RS）", "合計"]]
for _i, (_t, _n) in enumerate(_officers):
    _base = [62400000, 38400000, 31200000, 24000000, 22800000, 12000000, 12000000][_i]
    _sti = 0 if "社外" in _t else _base * (3 - _i // 3) // 10
    _rs = 0 if "社外" in _t else _base // 5
    _rem.append([_t, _n, _base, _sti, _rs, _base + _sti + _rs])
add(
    sender=frm("shoji"), to=[SHIRAKAWA], charset="utf-8",
    subject="役員報酬 個別支給案のリーガルチェック",
    body=f"""白川先生

お世話になっております。東海林です。
報酬委員会で審議中の役員報酬の個別支給案です。株主総会で決議済みの報酬枠（年額3億円以内、
うち社外取締役分3,000万円以内）との整合と、株式報酬の割当方法についてご確認ください。

{sig("shoji", 1)}""",
    attachments=[{"kind": "xlsx", "name": "役員報酬_個別案_2026.xlsx", "page_header": "極秘",
                  "title": "役員報酬 個別支給案", "sheets": {"個別案": _rem,
                  "報酬枠": [["区分", "決議枠", "支給案合計"], ["取締役（社外除く）", 270000000, None],
                          ["社外取締役", 30000000, 24000000]]}}],
    expect="stop", entities=["PERSON_NAME"], detectors=["confidential_marking", "personal_data"],
    note="XLSX stamped 極秘 in its header, with seven named directors' individual pay",
)

# ------------------------------------------------------------------------------ 033
add(
    sender=frm("ichinose"), to=["Oliver Brandt <oliver.brandt@kestrel-am.com>"], charset="utf-8",
    subject="Re: 1-on-1 meeting request - Hinode Sangyo",
    body=f"""Dear Mr. Brandt,

Thank you for your interest in Hinode Sangyo. We are pleased to confirm the meeting below.

  Date:     Thursday, June 4, 2026, 9:00-10:00 JST (Wednesday 8:00 pm EDT)
  Format:   Microsoft Teams (the link will follow from my colleague)
  Speakers: CFO and Head of IR

We would appreciate receiving your questions in advance, if any, by June 1.
For your reference, our latest results presentation is available on our IR website (ticker 7391).
{sig("ichinose", 3)}
{DISCLAIMER_EN}""",
    expect="pass", entities=[], detectors=[],
    note="English mail to one institutional investor with signature and standard disclaimer",
)

# ------------------------------------------------------------------------------ 034
add(
    sender=frm("okochi"), to=[SEIWA], charset="iso-2022-jp",
    subject="議決権行使の集計結果（確定値）",
    body=f"""村瀬先生

お世話になっております。大河内です。
総会終了後の臨時報告書作成に関連して、議決権行使の集計結果（確定値）をお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。

{sig("okochi", 1)}""",
    attachments=[{"kind": "pdf", "name": "議決権行使集計_確定.pdf", "password": "0626kessan",
                  "lines": ["第78回定時株主総会 議決権行使集計結果（確定）", "第1号議案 賛成 96.2%",
                            "第2号議案 賛成 88.7%"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF: cannot be inspected",
)

# ------------------------------------------------------------------------------ 035
add(
    sender=frm("sasaki"), to=[TRUST], charset="iso-2022-jp",
    subject="成年後見人からの届出について（百目鬼様）",
    body=f"""大久保様

お世話になっております。日の出産業の佐々木です。
株主の百目鬼 富美江 様（株主番号 52093318）について、ご家族からお電話がありました。
ご本人様はアルツハイマー型認知症と診断されて現在は施設に入所されており、
家庭裁判所で成年後見人が選任されたとのことです（後見人は長男の百目鬼 匠 様）。

今後の通知の送付先を後見人宛てに変更したいとのご意向ですので、
必要な届出書類（後見登記事項証明書など）を後見人様宛てにお送りいただけますでしょうか。
{sig("sasaki", 1)}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named shareholder's dementia diagnosis mentioned in passing: 要配慮個人情報 of one person",
)

# ------------------------------------------------------------------------------ 036
_x = person("036", (1940, 1950))
add(
    sender=frm("okochi"), to=[ETO], cc=[addr("shoji")], charset="iso-2022-jp",
    subject="株主様からの詐欺被害のご相談について",
    body=f"""江藤先生

お世話になっております。大河内です。
当社株主の{_x['name']}様（株主番号 {_x['kno']}、電話 {_x['tel']}）から、
「日の出産業の上場子会社の未公開株を買える」との勧誘を受けて300万円を振り込んでしまい、
警察に被害届を出した、とのご連絡がありました。
当社にそのような子会社はなく、当社の名前を騙った投資詐欺と思われます。

当社としての注意喚起の掲載と、株主様への対応方針についてご相談させてください。
{sig("okochi", 1)}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named shareholder who was the victim of a crime (要配慮個人情報) sent to outside counsel",
)

# ------------------------------------------------------------------------------ 037
_p = people("037", 3)
add(
    sender=frm("hazama"), to=["keiri@hinode-sangyo.co.jp"], cc=[addr("okochi")], charset="iso-2022-jp",
    subject="【社内】株主様の個人番号 届出状況（窓口受付分）",
    body=f"""経理部 ご担当者様

お疲れさまです。株式課の狭間です。
窓口で直接お預かりした個人番号の届出3件を共有します（支払調書の作成用）。
原本は金庫で保管しています。

""" + "\n".join(f"{x['name']}　{x['kno']}　{my_number(3700 + i)}" for i, x in enumerate(_p)) + f"""

{sig("hazama", 4)}""",
    expect="pass", entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=[],
    note="My Numbers of three shareholders, but only to internal recipients",
)

# ------------------------------------------------------------------------------ 038
_p = people("038", 6, (1935, 1965))
_tbl = [["順位", "株主名", "住所", "所有株式数（千株）", "持株比率（％）"],
        ["1", "日本マスタートラスト信託銀行（信託口）", "東京都港区赤坂1-8-1", "6,812", "10.98"],
        ["2", "日の出産業取引先持株会", "東京都中央区日本橋2-14-9", "3,105", "5.01"],
        ["3", f"{_p[0]['name']}", _p[0]["addr_k"], "2,480", "4.00"],
        ["4", "みどり銀行", "東京都千代田区大手町2-3-2", "2,200", "3.55"],
        ["5", f"{_p[1]['name']}", _p[1]["addr_k"], "1,954", "3.15"],
        ["6", f"{_p[2]['name']}", _p[2]["addr_k"], "1,430", "2.31"],
        ["7", "日の出産業従業員持株会", "東京都中央区日本橋2-14-9", "1,288", "2.08"],
        ["8", f"{_p[3]['name']}", _p[3]["addr_k"], "1,010", "1.63"],
        ["9", f"{_p[4]['name']}", _p[4]["addr_k"], "902", "1.45"],
        ["10", f"{_p[5]['name']}", _p[5]["addr_k"], "874", "1.41"]]
add(
    sender=frm("okochi"), to=[SEIWA], charset="utf-8",
    subject="大株主の状況（有報記載用）の元データ",
    body=f"""村瀬先生

お世話になっております。大河内です。
有価証券報告書「大株主の状況」の元データをお送りします。
個人株主の方は、有報では市区町村までの記載に丸めますが、照合用に名簿上の住所のままにしています。

{sig("okochi", 1)}""",
    attachments=[{"kind": "docx", "name": "大株主の状況_元データ.docx",
                  "paragraphs": ["大株主の状況（2026年3月31日現在）元データ", ""], "tables": [_tbl]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="DOCX table of top shareholders: six individuals with full home addresses among companies",
)

# ------------------------------------------------------------------------------ 039
add(
    sender=frm("sasaki"), to=[NISHIKI], charset="iso-2022-jp",
    subject="宛名データ（差替版）",
    body=f"""木下様

お世話になっております。佐々木です。
先ほどお送りした宛名データに誤りがありましたので、差替版をお送りします。
お手数ですが、前のファイルは破棄してください。

{sig("sasaki", 1)}""",
    attachments=[{"kind": "corrupt", "name": "宛名データ_差替版.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be inspected",
)

# ------------------------------------------------------------------------------ 040
add(
    sender=frm("hazama"), to=[KITAGUNI], charset="shift_jis",
    subject="Re: 2026年 株主優待品 商品コード・単価のご確認",
    body=f"""佐伯様

お世話になっております。狭間です。
お送りいただいた商品コードと単価、下記で確認いたしました。

コース, 商品コード, 商品名, 単価（税込）, 想定数量
A, KF-26-0311, 北海道海鮮セット（いくら・ほたて）, 3300, 6800
B, KF-26-0422, 銘菓詰合せ「北のしずく」, 2750, 3900
C, KF-26-0900, フードバンク寄付（1口）, 3000, 600
D, KF-26-0517, 北海道産ななつぼし 5kg, 3240, 1100

数量は6月10日に確定値をお送りします。発注書は別途経理から送付いたします。
{sig("hazama", 1)}
> 日の出産業 狭間様
> 本年の優待品の商品コード・単価をお送りします。ご確認ください。
> 北国フーズ ギフト事業部 佐伯""",
    expect="pass", entities=[], detectors=[],
    note="product codes, prices and quantities: ordinary business data",
)

# ------------------------------------------------------------------------------ 041
_p = people("041", 12)
_tbl = [["受付No", "株主番号", "氏名", "住所", "区分"]] + [
    [f"{i + 1:03d}", x["kno"], x["name"], x["addr"], "本人" if i % 4 else "代理人"] for i, x in enumerate(_p)]
add(
    sender=frm("okochi"), to=[ETO], charset="iso-2022-jp",
    subject="総会当日の受付記録（ご依頼分）",
    body=f"""江藤先生

お世話になっております。大河内です。
決議取消しの主張をされている株主様の件で、ご依頼のあった当日の受付記録（午前の部の
先頭12名分）をPDFにしました。代理人の委任状の写しは別途郵送します。

{sig("okochi", 1)}""",
    attachments=[{"kind": "pdf", "name": "受付記録_抜粋.pdf", "title": "受付記録",
                  "lines": ["第77回定時株主総会 受付記録（抜粋）", ""], "table": _tbl}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="PDF table of 12 attending shareholders with names and addresses sent to the law firm",
)

# ------------------------------------------------------------------------------ 042
_p = people("042", 9, (1936, 1960))
_csv = [["株主番号", "氏名", "電話番号", "議決権数", "前年行使", "備考"]] + [
    [x["kno"], x["name"], x["tel"] if i % 3 else x["mobile"], x["shares"] // 10 + 50,
     "未行使" if i % 2 else "書面", "日中不在多い" if i == 4 else ""] for i, x in enumerate(_p)]
add(
    sender=frm("ichinose"), to=["議決権行使促進チーム <team@proxy-solicit.co.jp>"], charset="utf-8",
    subject="電話による行使勧誘の対象株主データ",
    body=f"""プロキシ・ソリシット株式会社
ご担当者様

お世話になっております。日の出産業 IR室の一ノ瀬です。
契約に基づく議決権行使の電話勧誘について、対象となる大口個人株主様のデータをZIPでお送りします。
架電は6月15日～19日の10時～17時でお願いいたします。

{sig("ichinose", 1)}""",
    attachments=[{"kind": "zip", "name": "勧誘対象_20260612.zip",
                  "files": [{"kind": "csv", "name": "勧誘対象.csv", "encoding": "utf-8", "rows": _csv},
                            {"kind": "txt", "name": "架電スクリプト.txt",
                             "text": "お忙しいところ失礼いたします。日の出産業の株主総会の件でお電話いたしました…"}]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="plain ZIP holding a UTF-8 CSV of nine shareholders with phone numbers for the solicitation agent",
)

# ------------------------------------------------------------------------------ 043
_p = people("043", 5, (1958, 1972))
_tbl = [["候補者番号", "氏名", "生年月日", "自宅住所", "携帯電話", "所有株式数"]] + [
    [str(i + 1), x["name"], wareki(x["dob"]), x["addr_k"], x["mobile"], f"{x['shares'] * 10:,}株"]
    for i, x in enumerate(_p)]
add(
    sender=frm("sasaki"), to=[NISHIKI], charset="iso-2022-jp",
    subject="招集通知 原稿（第2号議案 取締役選任）",
    body=f"""木下様

お世話になっております。佐々木です。
招集通知の第2号議案（取締役5名選任）の原稿をお送りします。
略歴部分はレイアウト確定後に別途お送りしますので、まずは表の部分の組版をお願いします。

{sig("sasaki", 1)}""",
    attachments=[{"kind": "docx", "name": "第2号議案_原稿.docx",
                  "paragraphs": ["第2号議案 取締役5名選任の件",
                                 "取締役全員（5名）は本総会終結の時をもって任期満了となります。つきましては、取締役5名の選任をお願いするものであります。",
                                 "取締役候補者は次のとおりであります。"],
                  "tables": [_tbl]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="manuscript table of five candidates that also carries their home addresses and mobiles (internal working columns)",
)

# ------------------------------------------------------------------------------ 044
_p = people("044", 6, (1955, 1975))
_careers = ["1985年4月 当社入社\n2015年6月 取締役\n2021年6月 代表取締役社長（現任）",
            "1988年4月 みどり銀行入行\n2016年4月 当社入社\n2019年6月 取締役 経理財務本部長（現任）",
            "1990年4月 当社入社\n2020年6月 取締役 生産本部長（現任）",
            "1992年4月 東和精工入社\n2022年6月 当社取締役 営業本部長（現任）",
            "2003年10月 弁護士登録\n2020年6月 当社社外取締役（現任）",
            "1986年4月 経済産業省入省\n2023年6月 当社社外取締役（現任）"]
_tbl = [["候補者番号", "氏名（生年月日）", "略歴、地位、担当", "所有する当社の株式数"]] + [
    [str(i + 1), f"{x['name']}\n（{wareki(x['dob'])}生）", _careers[i], f"{x['shares'] * 20:,}株"]
    for i, x in enumerate(_p)]
add(
    sender=frm("sasaki"), to=[NISHIKI], charset="iso-2022-jp",
    subject="招集通知 第3号議案（取締役6名選任）原稿",
    body=f"""木下様

いつもお世話になっております。佐々木です。
第3号議案の候補者一覧の原稿をお送りします。昨年の招集通知と同じ体裁で組んでいただけますでしょうか。
重要な兼職の状況は次回お送りします。

{sig("sasaki", 1)}""",
    attachments=[{"kind": "docx", "name": "第3号議案_候補者一覧.docx",
                  "paragraphs": ["第3号議案 取締役6名選任の件", "取締役候補者は次のとおりであります。"],
                  "tables": [_tbl]}],
    expect="either", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="six director candidates with birth dates, but it is the convocation text that will be published anyway",
)

# ------------------------------------------------------------------------------ 045
_p = people("045", 16)
_csv = [["shareholder_no", "email", "consent_date", "channel"]] + [
    [x["kno"], x["email"], f"2026-0{4 + i % 2}-{10 + i:02d}", "web" if i % 3 else "postcard"]
    for i, x in enumerate(_p)]
add(
    sender=frm("usami"), to=["ツバサシステム 運用サポート <support-ir@tsubasa-system.jp>"], charset="utf-8",
    subject="電子メールによる招集通知の受領承諾者データ（差分）",
    body=f"""ツバサシステム株式会社
運用サポート ご担当者様

いつもお世話になっております。日の出産業の宇佐美です。
招集通知のメール配信について、4月～5月に承諾いただいた株主様の差分データ（16件）を送ります。
配信リストへの追加登録をお願いします。

{sig("usami", 1)}""",
    attachments=[{"kind": "csv", "name": "email_consent_diff_202605.csv", "encoding": "utf-8", "rows": _csv}],
    expect="stop", entities=["EMAIL_ADDRESS"], detectors=["personal_data"],
    note="16 shareholders' personal e-mail addresses keyed by shareholder number, no name column",
)

# ------------------------------------------------------------------------------ 046
add(
    sender=frm("sasaki"), to=[addr("sasaki")],
    bcc=["hoshina.setsuko@yahoo.co.jp", "tsurumi-shigeru@ezweb.ne.jp", "kano.fumie1950@gmail.com",
         "ebisu.tatsumi@icloud.com", "azami-family@outlook.jp", "higa.m0407@docomo.ne.jp"],
    charset="iso-2022-jp",
    subject="株主様懇談会 ご来場の御礼",
    body=f"""株主の皆様

先日は当社の株主様懇談会にご来場いただき、誠にありがとうございました。
当日いただいたご意見・ご質問は、経営陣にて共有させていただきました。
工場見学の際の写真を当社IRサイトに掲載しておりますので、よろしければご覧ください。

今後とも日の出産業をよろしくお願い申し上げます。
{sig("sasaki", 2)}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="thank-you mail to private shareholders correctly sent Bcc (To is the sender herself)",
)

# ------------------------------------------------------------------------------ 047
add(
    sender=frm("okochi"), to=["宇佐美 翔太 <usami.shota@hinode-sangyo.jp>"], cc=[addr("hazama")],
    charset="iso-2022-jp",
    subject="総会当日のタイムテーブル（最新版）",
    body=f"""宇佐美さん

お疲れさまです。大河内です。
総会当日のタイムテーブルを更新しました。受付開始を9:00に前倒ししています。

　 7:30　事務局集合（さくらホテル 2F 控室）
　 8:00　リハーサル
　 9:00　受付開始
　10:00　開会
　11:30　閉会（予定）　→ 撤収・議事録メモの作成

受付のシフト表は明日までに作って共有してください。
{sig("okochi", 4)}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="colleague addressed at hinode-sangyo.jp (dropped co.), a look-alike of the company's own domain",
)

# ------------------------------------------------------------------------------ 048
_p = [analyst(f"048-{i}", i + 2) for i in range(7)]
_log = [["2026年5月 IR面談記録"], [], ["日付", "会社名", "氏名", "E-mail", "直通電話", "主な質問"]] + [
    [f"5/{20 + i}", x["firm"], x["name"], x["biz_email"], x["direct"],
     ["値上げの浸透度", "設備投資計画", "配当性向の引上げ余地", "為替感応度", "新工場の稼働率", "在庫水準",
      "自己株式取得の方針"][i]] for i, x in enumerate(_p)]
add(
    sender=frm("morinaga"), to=["コーポレートアクセス 真柴 <mashiba.k@yamatobashi-sec.co.jp>"],
    charset="utf-8",
    subject="FW: 5月の面談記録",
    body=f"""真柴様

お世話になっております。IR室の森永です。
来月のカンファレンスの面談設定のご参考に、社内で共有していた5月の面談記録をお送りします。
重複して面談が入らないようご調整いただけますと幸いです。

{sig("morinaga", 1)}
---------- Forwarded message ---------
From: 一ノ瀬 航 <ichinose.wataru@hinode-sangyo.co.jp>
Date: 2026年6月1日(月) 9:12
Subject: 5月の面談記録
To: IR室 <ir@hinode-sangyo.co.jp>

5月分の面談記録を更新しました。ご確認ください。""",
    attachments=[{"kind": "xlsx", "name": "IR面談記録_202605.xlsx", "sheets": {
        "面談記録": _log,
        "集計": [["区分", "件数"], ["国内機関投資家", 4], ["海外機関投資家", 1], ["セルサイド", 2]]}}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="forwarded XLSX (two sheets, title row) with seven analysts' names, e-mails and direct lines",
)

# ------------------------------------------------------------------------------ 049
add(
    sender=frm("hazama"), to=[NISHIKI], charset="shift_jis",
    subject="同封チラシ「単元未満株式の買取・買増のご案内」の窓口一覧",
    body=f"""木下様

お世話になっております。狭間です。
招集通知に同封するチラシの裏面に掲載する、お問い合わせ窓口の一覧です。

・東邦信託銀行 証券代行部（特別口座の株主様）
　〒168-0063 東京都杉並区和泉2-8-4　フリーダイヤル 0120-782-031（平日9:00～17:00）
・みなと証券 コールセンター
　〒103-0022 東京都中央区日本橋室町3-2-1　0120-33-7140
・大和橋証券 お客様サポートセンター
　〒541-0041 大阪府大阪市中央区北浜1-5-6　0120-918-226
・日の出産業 総務部 株式課（ご不明点）
　〒103-0027 東京都中央区日本橋2-14-9　03-5201-7730

レイアウトは昨年と同じで結構です。
{sig("hazama", 1)}""",
    expect="pass", entities=[], detectors=[],
    note="contact points of banks and brokers: a list of businesses, not people",
)

# ------------------------------------------------------------------------------ 050
add(
    sender=frm("ichinose"),
    to=["Sarah Whitfield <swhitfield@harborview-capital.com>", "Oliver Brandt <oliver.brandt@kestrel-am.com>",
        "Jonas Lindqvist <jonas@lindqvist-partners.com>"],
    cc=[addr("morinaga")], charset="utf-8",
    subject="Hinode Sangyo - London roadshow, June 16-18",
    body=f"""Dear all,

Thank you for agreeing to meet us during our London roadshow. Please find the proposed slots below.

  June 16 (Tue) 10:00  Harborview Capital - your office
  June 16 (Tue) 14:30  Kestrel Asset Management - your office
  June 17 (Wed) 09:00  Lindqvist Partners - video call

Our CFO and I will attend. Please let me know by return if any slot does not work for you.
{sig("ichinose", 3)}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three investors from three firms visible to each other in To (should be separate mails or Bcc)",
)

# ------------------------------------------------------------------------------ 051
_p = people("051", 6)
_topics = ["優待品の到着日の確認", "配当金領収証の再発行", "単元未満株の買取方法",
           "相続手続きの窓口", "住所変更の方法", "株主総会の駐車場の有無"]
_blocks = "\n\n".join(
    f"■受付 5/{11 + i} {9 + i}:{15 + i * 7:02d}\n株主番号：{x['kno']}\nお名前：{x['name']}（{x['kana']}）様\n"
    f"ご連絡先：{x['tel'] if i % 2 else x['mobile']}\n内容：{_topics[i]}\n折返し：要"
    for i, x in enumerate(_p))
add(
    sender=frm("usami"), to=["コールプロサービス 株主窓口 <kabunushi-desk@callpro-service.co.jp>"],
    charset="utf-8",
    subject="折返し対応のお願い（5/11～5/16 受付分）",
    body=f"""コールプロサービス
株主窓口チーム ご担当者様

お世話になっております。日の出産業の宇佐美です。
先週当社で受け付けたお問い合わせのうち、折返しが必要な6件を転記します。
回答内容はFAQシートに沿ってご対応ください。

{_blocks}

以上、よろしくお願いいたします。
{sig("usami", 1)}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six shareholder call records written one block each, with names and phone numbers, to the call centre",
)

# ------------------------------------------------------------------------------ 052
add(
    sender=frm("morinaga"), to=[SAKURA], charset="iso-2022-jp",
    subject="IR説明会当日の緊急連絡先",
    body=f"""三上様

お世話になっております。日の出産業 IR室の森永です。
5月22日の個人投資家向け説明会当日、登壇者が会場入りする前後の緊急連絡先をお伝えします。

　代表取締役社長　日野 正樹　　　090-4418-2736
　取締役 経理財務本部長　帯刀 和夫　080-6621-0945
　IR室長　一ノ瀬 航　　　　　　　070-3390-5172

控室は11:30からの利用でお願いします。
{sig("morinaga", 1)}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three speakers' mobile numbers to the venue: fewer than five people, may be warned",
)

# ------------------------------------------------------------------------------ 053
add(
    sender=frm("ichinose"), to=[IRB], charset="iso-2022-jp",
    subject="【取扱注意】議決権行使状況 速報（6/19時点）",
    body=f"""小野寺様

お世話になっております。一ノ瀬です。
6月19日時点の議決権行使状況（速報）です。第3号議案の賛成率が想定を下回っていますので、
追加の働きかけ先についてご相談させてください。

　行使率（議決権ベース）：71.4％
　第1号議案（剰余金処分）　　賛成 98.1％
　第2号議案（定款一部変更）　賛成 95.6％
　第3号議案（取締役選任）　　社長の賛成率 79.2％（前年 91.5％）
　第4号議案（監査役選任）　　賛成 97.3％

{sig("ichinose", 1)}""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the subject carries the 取扱注意 classification stamp",
)

# ------------------------------------------------------------------------------ 054
add(
    sender=frm("sasaki"), to=[NISHIKI], charset="iso-2022-jp",
    subject="点字版 招集通知の作成依頼（1部）",
    body=f"""木下様

お世話になっております。佐々木です。
株主の四月一日 辰巳（わたぬき たつみ）様から、視覚に障害があり身体障害者手帳（1級）を
お持ちとのことで、点字版の招集通知をご希望との連絡がありました。
御社で点字版の作成と、ご本人様への直送をお願いできますでしょうか。

　送付先：〒920-0865 石川県金沢市長町2丁目7番14号
　　　　　四月一日 辰巳 様

費用は別途お見積りをお願いします。
{sig("sasaki", 1)}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named shareholder's visual disability and address sent to the printer",
)

# ------------------------------------------------------------------------------ 055
add(
    sender=frm("hazama"), to=["okochi.takashi@mail.hinode-sangyo.co.jp"], charset="iso-2022-jp",
    subject="株主名簿（全件）の保管用データ",
    body=f"""大河内課長

お疲れさまです。狭間です。
基準日株主名簿の全件データを、保管用にパスワード付きZIPにしました。
パスワードは口頭でお伝えします。

{sig("hazama", 4)}""",
    attachments=[{"kind": "zip", "name": "株主名簿_全件_20260331.zip", "password": "kabu0331!",
                  "files": [{"kind": "csv", "name": "meibo.csv", "encoding": "cp932",
                             "rows": [["株主番号", "氏名", "住所"]] + [
                                 [x["kno"], x["name"], x["addr"]] for x in people("055", 20)]}]}],
    expect="pass", entities=[], detectors=[],
    note="encrypted ZIP, but the recipient is on an internal subdomain",
)

# ------------------------------------------------------------------------------ 056
add(
    sender=frm("okochi"), to=["勅使河原 様 <teshigawara.k1966@yahoo.co.jp>"], cc=[TRUST_INH, ETO],
    charset="iso-2022-jp",
    subject="Re: 相続手続きの進め方について",
    body=f"""勅使河原 様

日の出産業の大河内でございます。ご連絡ありがとうございます。
相続のお手続きにつきましては、株主名簿管理人である東邦信託銀行の河合様にご対応いただきます。
また、ご兄弟間で遺産分割協議がまとまっていないとのことでしたので、当社顧問の
白川法律事務所 江藤先生にも本メールを共有しております。

今後は河合様から直接、必要書類のご案内を差し上げます。
{sig("okochi", 2)}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="a private heir, the trust bank and the law firm (three external parties) see each other in To/Cc",
)

# ------------------------------------------------------------------------------ 057
_h = person("057", (1955, 1970))
add(
    sender=frm("hazama"), to=[TRUST_INH], charset="iso-2022-jp",
    subject="相続人様の本人確認書類（運転免許証）の記載事項",
    body=f"""河合様

お世話になっております。狭間です。
相続による名義書換の件で、相続人様から運転免許証のコピーが当社に届きました。
記載事項を転記しますので、ご照合をお願いします。

　氏名：{_h['name']}
　生年月日：{wareki(_h['dob'], 'fw')}
　住所：{_h['addr_k']}
　免許証番号：第{fw(_h['kno'] + _h['acct'][:4])}号

コピーは本日、社内便ではなく郵送（簡易書留）でお送りします。
{sig("hazama", 1)}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="an heir's driving licence number (full-width digits) with birth date and address to the trust bank",
)

# ------------------------------------------------------------------------------ 058
add(
    sender=frm("morinaga"), to=["西條 拓海 <takumi.saijo@sora-research.co.jp>"], charset="iso-2022-jp",
    subject="Re: 決算説明会資料のご送付のお願い",
    body=f"""西條様

お世話になっております。日の出産業 IR室の森永です。
決算説明会の資料をお送りします。当社ウェブサイトに掲載しているものと同じ内容です。
なお、ご依頼のあった事業部別の月次データは社外秘の内部資料のため、お出しできません。
ご了承ください。

{sig("morinaga", 1)}
> 森永様
> 先日の説明会の資料をPDFでいただけますでしょうか。あわせて事業部別の月次の数字があれば…""",
    attachments=[{"kind": "pdf", "name": "2026年3月期_決算説明資料.pdf", "title": "決算説明資料",
                  "lines": ["日の出産業株式会社 2026年3月期 決算説明資料", "",
                            "売上高 1,842億円（前期比 +6.1%）", "営業利益 126億円（同 +9.4%）",
                            "年間配当 64円（前期 58円）", "中期経営計画の進捗"]}],
    expect="pass", entities=[], detectors=[],
    note="public results deck; 社外秘 is only mentioned in the text, not a marking on what is sent",
)

# ------------------------------------------------------------------------------ 059
_p = people("059", 9)
add(
    sender=frm("usami"), to=[TRUST], charset="shift_jis",
    subject="招集通知 返戻分（宛所不明）の一覧",
    body=f"""大久保様

お世話になっております。宇佐美です。
昨年の招集通知のうち、宛所不明で当社に返戻された9件の一覧をお送りします（旧形式のxlsです）。
居所調査の対象に加えていただけますでしょうか。

{sig("usami", 1)}""",
    attachments=[{"kind": "xls", "name": "返戻一覧_2025.xls", "sheets": {"返戻": [
        ["株主番号", "氏名", "送付先住所", "返戻理由", "返戻日"]] + [
        [x["kno"], x["name"], f"〒{x['zip']} {x['addr_k']}", ["宛所尋ねあたりません", "転居先不明", "受取拒否"][i % 3],
         f"2025/06/{10 + i}"] for i, x in enumerate(_p)]}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="legacy XLS of nine returned-mail shareholders with names and addresses",
)

# ------------------------------------------------------------------------------ 060
add(
    sender=frm("morinaga"), to=[IRB], charset="utf-8",
    subject="個人投資家向け説明会 当日の進行表",
    html="""<html><body>
<p>小野寺様</p>
<p>お世話になっております。森永です。<br>当日の進行表を以下にまとめました。ご確認ください。</p>
<table border="1" style="border-collapse:collapse">
<tr><th>時刻</th><th>内容</th><th>担当</th><th>備考</th></tr>
<tr><td>13:00</td><td>開場・受付</td><td>IRブリッジ様</td><td>資料袋を配布</td></tr>
<tr><td>13:30</td><td>開会挨拶</td><td>IR室長</td><td>5分</td></tr>
<tr><td>13:35</td><td>会社説明</td><td>代表取締役社長</td><td>40分・スライド32枚</td></tr>
<tr><td>14:15</td><td>質疑応答</td><td>社長・経理財務本部長</td><td>マイク2本</td></tr>
<tr><td>14:45</td><td>閉会・アンケート回収</td><td>IRブリッジ様</td><td></td></tr>
</table>
<p>日の出産業 IR室 森永</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="HTML-only mail with a schedule table: roles, no personal data",
)

# ------------------------------------------------------------------------------ 061
_p = people("061", 6, (1918, 1938))
_lines = "\n".join(f"{x['kno']},{x['name']},{wareki(x['dob'], 'abbr')},{x['zip']},{x['addr']}" for x in _p)
add(
    sender=frm("hazama"), to=[NISHIKI], charset="iso-2022-jp",
    subject="長寿のお祝いカード 宛名（本年対象者）",
    body=f"""木下様

お世話になっております。狭間です。
長期保有株主様のうち、88歳以上の方へお送りする長寿のお祝いカードの宛名です（本年分）。
毛筆風フォントでの宛名印字をお願いします。

株主番号,氏名,生年月日,郵便番号,住所
{_lines}

カードの図柄は先日の校正どおりで問題ありません。
{sig("hazama", 1)}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="comma-separated list of six elderly shareholders with 和暦 birth dates (T/S abbreviations) and addresses",
)

# ------------------------------------------------------------------------------ 062
_cn = corp_number("010401083529")
add(
    sender=frm("usami"), to=[TRUST], charset="iso-2022-jp",
    subject="支払調書作成に係る当社情報の確認",
    body=f"""大久保様

お世話になっております。宇佐美です。
配当金の支払調書作成に関して、当社情報の確認依頼をいただいた件、以下のとおりです。

　名称　　　　：日の出産業株式会社
　法人番号　　：{_cn}
　適格請求書発行事業者登録番号：T{_cn}
　本店所在地　：東京都中央区日本橋二丁目14番9号
　担当部署　　：総務部 株式課（TEL 03-5201-7730）

ご不明点があればご連絡ください。
{sig("usami", 1)}""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="the company's own corporate number and T-number: business data, not personal",
)

# ------------------------------------------------------------------------------ 063
_p = people("063", 5)
_rows = [["令和7年分 配当等の支払調書 作成用（窓口受付分）"], [],
         ["No", "株主番号", "氏名", "住所", "個人番号", "配当金額（円）"]] + [
    [i + 1, x["kno"], x["name"], x["addr"], my_number(6300 + i), x["shares"] * 64] for i, x in enumerate(_p)]
add(
    sender=frm("okochi"), to=["星野税理士法人 <info@hoshino-tax.jp>"], charset="utf-8",
    subject="支払調書の件（窓口受付分の個人番号）",
    body=f"""星野税理士法人 ご担当者様

お世話になっております。日の出産業の大河内です。
信託銀行を経由せず当社窓口で個人番号をお預かりした株主様5名分について、
支払調書の作成をお願いしたく、データをお送りします。

{sig("okochi", 1)}""",
    attachments=[{"kind": "xlsx", "name": "支払調書_窓口受付分.xlsx", "sheets": {"対象者": _rows}}],
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="XLSX with five shareholders' My Numbers and addresses to the tax accountant",
)

# ------------------------------------------------------------------------------ 064
_d = person("064-d", (1930, 1940))
_d["name"] = "一番ヶ瀬 貞夫"
_h = people("064-h", 3, (1958, 1972))
_blk = "\n\n".join(
    f"相続人{i + 1}：{x['name']}（{x['kana']}）\n　生年月日　{wareki(x['dob'], 'abbr')}\n　住所　　　{x['addr']}"
    + (f"\n　配当金振込先　{x['bank']} {x['branch']} 普通 {x['acct']}" if i == 0 else "")
    for i, x in enumerate(_h))
add(
    sender=frm("sasaki"), to=[TRUST_INH], charset="utf-8",
    subject="相続手続き（一番ヶ瀬様）の書類内容について",
    body=f"""河合様

お世話になっております。佐々木です。
被相続人 {_d['name']} 様（株主番号 {_d['kno']}、{wareki(_d['dob'])}生）の相続手続きについて、
遺産分割協議書の記載内容を転記いたします。株式は相続人1の方が全株を承継されます。

{_blk}

協議書原本は相続人様から直接御行へ送付されるとのことです。
{sig("sasaki", 1)}""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="one inheritance case: deceased plus three heirs (four people) to the trust bank: may be warned, not held",
)

# ------------------------------------------------------------------------------ 065
add(
    sender=frm("hazama"), to=[KITAGUNI], charset="iso-2022-jp",
    subject="海鮮セットの在庫と賞味期限について",
    body=f"""佐伯様

お世話になっております。狭間です。
A コース（北海道海鮮セット）のお申込みが想定より多く、現時点で7,150件となっています。
想定数量 6,800 に対して 350 件の上振れですが、在庫の確保は可能でしょうか。
また、冷凍品の賞味期限（製造日から何日か）もあわせて教えてください。

{sig("hazama", 4)}""",
    expect="pass", entities=[], detectors=[],
    note="stock and shelf-life question to the supplier; no personal data",
)

# ------------------------------------------------------------------------------ 066
add(
    sender=frm("morinaga"), to=[IRB], charset="utf-8",
    subject="中期経営計画説明会 スライド案（v3）",
    body=f"""小野寺様

お世話になっております。森永です。
説明会のスライド案 v3 をお送りします。デザインの調整をお願いします。
数値は取締役会決議後に最終化しますので、現時点ではダミーを含みます。

{sig("morinaga", 1)}""",
    attachments=[{"kind": "pptx", "name": "中計説明会_v3.pptx", "page_footer": "部外秘　日の出産業株式会社 IR室",
                  "slides": [["中期経営計画 2026-2028", "日の出産業株式会社", "2026年5月"],
                             ["数値目標", "売上高 2,100億円", "ROE 10%以上", "配当性向 40%"],
                             ["成長投資", "新工場（北九州）", "M&A 枠 300億円"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="each slide carries a 部外秘 footer; the mail body has no marking",
)

# ------------------------------------------------------------------------------ 067
add(
    sender=frm("sasaki"), to=["一番ヶ瀬 様 <ichibagase.n@outlook.jp>"], charset="iso-2022-jp",
    subject="Re: 相続手続きに必要な書類について",
    body=f"""一番ヶ瀬 様

お問い合わせいただき、ありがとうございます。日の出産業 株式課の佐々木でございます。
お父様名義の株式の相続手続きには、一般的に次の書類が必要となります。

　・株主名簿管理人所定の相続手続依頼書
　・被相続人の出生から死亡までの戸籍謄本（または法定相続情報一覧図）
　・相続人全員の戸籍謄本、印鑑登録証明書
　・遺産分割協議書（または遺言書）
　・手続きをされる方の本人確認書類（運転免許証、マイナンバーカード等）のコピー

書類のご請求は、東邦信託銀行 相続手続センター（0120-782-035）までお願いいたします。
{sig("sasaki", 2)}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="generic list of inheritance documents to one heir on free mail; names document types, no numbers",
)

# ------------------------------------------------------------------------------ 068
_p = people("068", 5, (1950, 1975))
_why = ["平成29年に恐喝未遂で逮捕歴あり", "過去に総会屋として活動、平成30年に会社法違反（利益供与要求）で有罪",
        "暴力団関係者との交友が報道されている", "令和2年に威力業務妨害で逮捕（不起訴）", "前回総会で議事を妨害し退場"]
_blk = "\n".join(f"{i + 1}. {x['name']}（{x['addr_short']}在住・株主番号 {x['kno']}）… {_why[i]}"
                 for i, x in enumerate(_p))
add(
    sender=frm("shoji"), to=["関東警備保障 警備計画課 <keikaku@kanto-keibi.co.jp>"], charset="iso-2022-jp",
    subject="株主総会当日の警備について（要注意株主）",
    body=f"""関東警備保障株式会社
警備計画課 ご担当者様

いつもお世話になっております。日の出産業 総務部の東海林です。
6月26日の株主総会当日の警備計画に関し、所轄警察署とも相談のうえ、来場が見込まれる
要注意株主の情報を共有いたします。受付付近の配置の参考にしてください。

{_blk}

顔写真は当日朝、事務局控室でお見せします。
{sig("shoji", 2)}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="five named shareholders with arrests and convictions (犯罪の経歴) sent to the security company",
)

# ------------------------------------------------------------------------------ 069
add(
    sender=frm("okochi"), to=[SHIRAKAWA], charset="iso-2022-jp",
    subject="臨時報告書（議決権行使結果）の記載案",
    body=f"""白川先生

お世話になっております。大河内です。
臨時報告書の記載案です。集計は出席株主分の一部を加算しない方法によっています。

決議事項　　　　　　　　　賛成数（個）　反対数（個）　棄権数（個）　賛成割合　結果
第1号議案 剰余金の処分　　　　508,116　　　　9,842　　　　　 312　　98.04％　可決
第2号議案 定款一部変更　　　　493,220　　　 24,730　　　　　 320　　95.17％　可決
第3号議案 取締役6名選任
　日野 正樹　　　　　　　　　411,057　　　107,011　　　　　 202　　79.31％　可決
　帯刀 和夫　　　　　　　　　498,876　　　 19,280　　　　　 114　　96.26％　可決

ご確認のほど、よろしくお願いいたします。
{sig("okochi", 1)}""",
    expect="pass", entities=[], detectors=[],
    note="voting result per resolution for a public filing; directors' names carry only aggregate votes",
)

# ------------------------------------------------------------------------------ 070
add(
    sender=frm("usami"), to=[SAKURA], charset="iso-2022-jp",
    subject="会場レイアウト変更のお願い（6/26 株主総会）",
    body=f"""三上様

お世話になっております。宇佐美です。
総会会場のレイアウトについて、次の点を変更させてください。

・客席をスクール形式 260席 → シアター形式 320席に変更
・後方に事務局席（長机3本）を追加
・受付を2か所（A・B）から3か所に増設
・クロークは不要

図面を更新されましたらお送りください。
{sig("usami", 1)}""",
    expect="pass", entities=[], detectors=[],
    note="venue layout change to the hotel; the right domain, no personal data",
)

# ------------------------------------------------------------------------------ 071
add(
    sender=frm("shoji"), to=[SEIWA], charset="iso-2022-jp",
    subject="役員の異動について（本日開示）",
    body=f"""村瀬先生

お世話になっております。東海林です。
本日15時に適時開示いたしました役員の異動について、ご参考までにお知らせします。

　新任取締役候補　　御手洗 玲奈（現 Hinode Asia Pte. Ltd. 社長）
　退任予定取締役　　莇 伸介（当社顧問に就任予定）
　新任監査役候補　　保科 紀之（現 当社内部監査室長）

開示資料は当社ウェブサイトの「IRニュース」に掲載しております。
{sig("shoji", 1)}""",
    expect="pass", entities=[], detectors=[],
    note="officer changes already disclosed publicly: names with positions only",
)

# ------------------------------------------------------------------------------ 072
add(
    sender=frm("usami"), to=[addr("okochi"), addr("hazama"), addr("sasaki")], charset="iso-2022-jp",
    subject="【社内】総会当日 ご配慮が必要な株主様",
    body=f"""各位

お疲れさまです。宇佐美です。
当日ご配慮が必要な株主様を共有します。受付で申し送りをお願いします。

・比嘉 ミツ 様　車椅子、付き添い1名
・猪股 貞夫 様　車椅子
・薬師寺 瑞穂 様　聴覚障害、手話通訳（通訳者は9:30に到着）
・帯刀 節子 様　心臓ペースメーカー使用のため、金属探知ゲートを迂回

{sig("usami", 4)}""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="health and disability of named shareholders, but sent only inside the company",
)

# ------------------------------------------------------------------------------ 073
_p = people("073", 12)
_txt = "株主番号\t電話番号\t希望時間帯\r\n" + "".join(
    f"{x['kno']}\t{x['tel'] if i % 2 else x['mobile']}\t{['午前', '午後', '夕方以降'][i % 3]}\n"
    for i, x in enumerate(_p))
add(
    sender=frm("hazama"), to=["コールプロサービス 株主窓口 <kabunushi-desk@callpro-service.co.jp>"],
    charset="iso-2022-jp",
    subject="優待未着 折返し先リスト",
    body=f"""ご担当者様

お世話になっております。日の出産業の狭間です。
優待品未着のお問い合わせで、留守番電話にメッセージが残っていた方の折返し先をテキストで送ります。
お名前は株主番号で照会してください。

{sig("hazama", 1)}""",
    attachments=[{"kind": "txt", "name": "折返し先_0708.txt", "encoding": "cp932", "text": _txt}],
    expect="stop", entities=["PHONE_NUMBER"], detectors=["personal_data"],
    note="text file (cp932) of 12 shareholders' phone numbers keyed by shareholder number, no names",
)

# ------------------------------------------------------------------------------ 074
add(
    sender=frm("okochi"), to=[SEIWA], cc=[SHIRAKAWA], charset="iso-2022-jp",
    subject="想定問答レビュー会議（三者）の日程",
    body=f"""村瀬先生、白川先生

お世話になっております。日の出産業の大河内です。
例年どおり、想定問答のレビュー会議を三者で行いたく、候補日をお送りします。

　6月9日（火）15:00～17:00
　6月10日（水）10:00～12:00

場所は当社 12階 大会議室です。ご都合をお知らせください。
{sig("okochi", 1)}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="auditor and law firm: two external organisations, a normal three-party meeting mail",
)

# ------------------------------------------------------------------------------ 075
_p = people("075", 14)
_rows = [["株主優待 発送指示書（冷凍便）"], ["出荷日：2026/06/22", "", "", "", "荷主：北国フーズ㈱"],
         ["お届け先氏名", "郵便番号", "住所", "電話番号", "品名", "個口"]] + [
    [x["name"] + " 様", x["zip"], x["addr"], x["tel"], "海鮮セット", 1] for x in _p]
add(
    sender=frm("usami"), to=[AOBA], cc=[KITAGUNI], charset="utf-8",
    subject="優待品（冷凍便）の発送指示データ",
    body=f"""青葉運輸 堀内様
（CC：北国フーズ 佐伯様）

お世話になっております。日の出産業の宇佐美です。
冷凍便で直送する分の発送指示データをZIPでお送りします。
6月22日集荷、翌日着でお願いいたします。

{sig("usami", 1)}""",
    attachments=[{"kind": "zip", "name": "発送指示_冷凍便_0622.zip",
                  "files": [{"kind": "xlsx", "name": "発送指示_冷凍便.xlsx", "sheets": {"発送指示": _rows}}]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "multiple_external_domains"],
    note="ZIP with an XLSX of 14 shareholders' delivery addresses and phones to the carrier",
)

# ------------------------------------------------------------------------------ 076
add(
    sender=frm("hazama"), to=[AOBA], charset="iso-2022-jp",
    subject="Re: 優待品 配達状況の確認",
    body=f"""堀内様

お世話になっております。狭間です。
配達状況の確認をお願いしたい伝票番号は以下の5件です（いずれも6月22日出荷分）。

  お問い合わせ番号     出荷日      個口  届け先地域
  ----------------------------------------------------
  4281-0937-5512       2026/06/22  1     北海道
  4281-0937-5529       2026/06/22  1     宮城県
  4281-0937-5536       2026/06/22  2     大阪府
  4281-0937-5543       2026/06/22  1     福岡県
  4281-0937-5550       2026/06/22  1     沖縄県

お手数ですがよろしくお願いいたします。
{sig("hazama", 1)}""",
    expect="pass", entities=[], detectors=[],
    note="tracking numbers with prefecture only: nothing identifies a person",
)

# ------------------------------------------------------------------------------ 077
_x = person("077")
_inner = {
    "sender": f"{_x['name']} <{_x['email']}>", "to": ["kabu@hinode-sangyo.co.jp"], "charset": "iso-2022-jp",
    "subject": "配当金の受取口座と個人番号の届出",
    "body": f"""日の出産業株式会社 株式ご担当様

いつもお世話になっております。株主の{_x['name']}です（株主番号 {_x['kno']}）。
配当金の受取方法を口座振込に変更したく、必要事項をお送りします。

住所：{_x['zip']} {_x['addr']}
振込先：{_x['bank']} {_x['branch']} 普通預金 {_x['acct']}
個人番号：{my_number(7700)}

手続きをよろしくお願いします。""",
}
add(
    sender=frm("sasaki"), to=[TRUST], charset="iso-2022-jp",
    subject="株主様からのメール（振込先・個人番号の届出）",
    body=f"""大久保様

お世話になっております。佐々木です。
株主様から当社の代表アドレスに、振込先と個人番号の届出がメールで届きました。
所定の様式での提出が必要かと存じますが、まずは原文を添付でお送りしますので、
ご対応方針をご教示ください。

{sig("sasaki", 1)}""",
    attachments=[{"kind": "eml", "name": "株主様からのメール.eml", "message": _inner}],
    expect="stop", entities=["JP_MY_NUMBER", "JP_BANK_ACCOUNT", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a shareholder's mail attached as .eml: My Number and bank account, forwarded to the trust bank",
)

# ------------------------------------------------------------------------------ 078
add(
    sender=frm("morinaga"), to=["Rina Hoshikawa <rina.hoshikawa@minato-sec.co.jp>"], charset="iso-2022-jp",
    subject="取材日程のご確認（6月2日）",
    body=f"""みなと証券 エクイティ調査部
星川様

お世話になっております。日の出産業 IR室の森永です。
取材のお申込みありがとうございます。下記にて承りました。

　日時：6月2日（火）16:00～17:00
　場所：当社本社 12階 応接室B
　対応：IR室長 一ノ瀬、経理部長

受付でお名前をお伝えいただければご案内いたします。
{sig("morinaga", 2)}""",
    expect="pass", entities=[], detectors=[],
    note="meeting confirmation to one analyst: ordinary IR mail",
)

# ------------------------------------------------------------------------------ 079
_nr = [("Michael", "HARTLEY", "14 Ferncliff Road, Epsom KT17 2JQ, UK", "+44 20 7946 0381"),
       ("Chen", "WEI-LING", "Flat 22B, 88 Kennedy Road, Hong Kong", "+852 2812 4471"),
       ("Anna", "KOVALENKO", "Holzmarktstr. 41, 10243 Berlin, Germany", "+49 30 2298 1146"),
       ("Rajesh", "IYER", "501 Palm Grove, Bandra West, Mumbai 400050, India", "+91 22 2640 7718"),
       ("Lucy", "TANAKA-MORRIS", "77 Beacon St, Apt 4, Boston MA 02108, USA", "+1 617 555 0148"),
       ("Sven", "AXELSSON", "Birger Jarlsgatan 12, 114 34 Stockholm, Sweden", "+46 8 611 2093")]
_lines = "\n".join(
    f"{i + 1}. {g} {f} | Holder No. {person('079-' + str(i))['kno']} | {a} | {t} | "
    f"{g.lower()}.{f.split('-')[0].lower()}@{['gmail.com', 'outlook.com', 'yahoo.com'][i % 3]}"
    for i, (g, f, a, t) in enumerate(_nr))
add(
    sender=frm("hazama"), to=["Global Shareholder Desk <globaldesk@toho-shintaku.co.jp>"], charset="utf-8",
    subject="Non-resident shareholders without a standing proxy",
    body=f"""Dear Global Shareholder Desk,

This is Yuki Hazama of Hinode Sangyo, Shareholder Services.
The following non-resident holders have not appointed a standing proxy (常任代理人) in Japan.
Could you send them the English notice on dividend payment options?

{_lines}

Many thanks for your help.
{sig("hazama", 3)}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="English list of six foreign shareholders (romaji names, overseas addresses, phones, e-mails)",
)

# ------------------------------------------------------------------------------ 080
_p = people("080", 3)
add(
    sender=frm("sasaki"), to=[NISHIKI], charset="iso-2022-jp",
    subject="優待カタログ 再送分（3件）",
    body=f"""木下様

お世話になっております。佐々木です。
転居により不着となっていた優待カタログのうち、新住所が判明した3件の再送をお願いします。
宛名をPDFにまとめました。

{sig("sasaki", 1)}""",
    attachments=[{"kind": "pdf", "name": "再送宛名_3件.pdf",
                  "lines": ["優待カタログ 再送宛名"],
                  "table": [["氏名（カナ）", "郵便番号", "住所", "電話"]] + [
                      [x["kana"], x["zip"], x["addr"], x["tel"]] for x in _p]}],
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three re-delivery addresses in a PDF to the printer: under five people, may be warned",
)

# ------------------------------------------------------------------------------ 081
add(
    sender=frm("usami"), to=["nakasone.k@softbank.ne.jp"], charset="iso-2022-jp",
    subject="Re: 100株未満の株式の売却について",
    body=f"""仲宗根 様

お問い合わせありがとうございます。日の出産業 株式課の宇佐美でございます。
100株未満の株式（単元未満株式）は市場で売却できませんが、当社に買取を請求していただけます。

　・証券会社の口座でお持ちの場合：お取引の証券会社にお申し出ください。
　・特別口座でお持ちの場合：東邦信託銀行 証券代行部（0120-782-031）へご請求ください。

買取価格は、請求が届いた日の東京証券取引所の終値となります。手数料は無料です。
{sig("usami", 2)}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="answer to one private shareholder on a carrier address; procedure only",
)

# ------------------------------------------------------------------------------ 082
add(
    sender=frm("okochi"), to=["アスクリサーチ 集計チーム <shukei@ask-research.co.jp>"], charset="utf-8",
    subject="総会来場者アンケートの集計依頼",
    body=f"""アスクリサーチ株式会社
集計チーム ご担当者様

お世話になっております。日の出産業の大河内です。
株主総会の来場者アンケート（回収 142枚）の原票スキャンを別途お送りします。
集計は例年どおりの設問で結構です。

1点だけ補足です。回答 No.087 の自由記述欄に、記名で
「莇 ミツ（株主番号 60381457）：心臓の持病があり、90分の着席は体にこたえる。休憩を設けてほしい」
とのご意見がありました。この方には当社から個別にお返事しますので、集計上は匿名扱いでお願いします。

{sig("okochi", 1)}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named respondent's heart condition quoted in passing to the survey vendor",
)

# ------------------------------------------------------------------------------ 083
_roles = ["代表取締役社長", "専務取締役", "常務取締役", "取締役", "常勤監査役", "社外監査役"]
_p = people("083", 6, (1950, 1972))
_tbl = padded([["役職", "氏名", "自宅住所", "携帯"]] + [
    [_roles[i], x["name"], x["addr"], x["mobile"]] for i, x in enumerate(_p)], fill="　", sep="　")
add(
    sender=frm("shoji"), to=["関東警備保障 警備計画課 <keikaku@kanto-keibi.co.jp>"], charset="iso-2022-jp",
    subject="総会当日 役員の送迎と緊急連絡先",
    body=f"""ご担当者様

お世話になっております。東海林です。
総会当日の役員の送迎（自宅→会場）と緊急時の連絡先です。送迎車の手配に使ってください。

{_tbl}

出発時刻は前日までにお知らせします。
{sig("shoji", 1)}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six officers' home addresses and mobiles in a full-width padded table to the security company",
)

# ------------------------------------------------------------------------------ 084
add(
    sender=frm("okochi"), to=[TRUST], charset="iso-2022-jp",
    subject="株式事務委託手数料の見積りについて",
    body=f"""大久保様

お世話になっております。大河内です。
来年度の株式事務委託手数料のお見積り、拝受しました。
基本手数料が前年比 4.5％の増額となっておりますが、株主数の増加（24,100名→25,447名）による
ものとの理解でよろしいでしょうか。電子提供関連の手数料（見積No. TS-26-0188）の内訳も
あわせてご教示ください。
{sig("okochi")}{DISCLAIMER_JA}""",
    expect="pass", entities=[], detectors=[],
    note="fee discussion with the transfer agent and the standard Japanese disclaimer",
)

# ------------------------------------------------------------------------------ 085
add(
    sender=frm("usami"), to=["ツバサシステム 運用サポート <support-ir@tsubasa-sytem.jp>"], charset="iso-2022-jp",
    subject="電子投票サイトの受付期限の設定変更",
    body=f"""ツバサシステム 運用サポート ご担当者様

お世話になっております。日の出産業の宇佐美です。
電子投票サイトの受付期限を、6月25日（木）17:30 から 18:00 に変更してください。
招集通知の記載もそれに合わせて修正済みです。

{sig("usami", 1)}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp: a letter dropped from the partner's domain tsubasa-system.jp",
)

# ------------------------------------------------------------------------------ 086
add(
    sender=frm("morinaga"), to=["Lingua Bridge 翻訳部 <jobs@lingua-bridge.co.jp>"], charset="utf-8",
    subject="翻訳依頼：海外投資家向けQ&A（英訳）",
    body=f"""リンガブリッジ 翻訳部 ご担当者様

お世話になっております。日の出産業 IR室の森永です。
海外ロードショー用のQ&A集の英訳をお願いします。約4,200字、納期は6月8日希望です。
用語は前回お渡しした用語集に合わせてください。

{sig("morinaga", 1)}""",
    attachments=[{"kind": "docx", "name": "Roadshow_QA_draft.docx", "page_footer": "CONFIDENTIAL - Internal Use Only",
                  "paragraphs": ["London Roadshow Q&A (draft)",
                                 "Q1. 値上げの浸透状況と下期の見通しは？",
                                 "A1. 主要製品の価格改定は概ね浸透しており…",
                                 "Q2. 政策保有株式の縮減計画は？",
                                 "A2. 2028年度末までに連結純資産の10%未満とする方針…"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="DOCX footer stamped CONFIDENTIAL - Internal Use Only, sent to a translation vendor",
)

# ------------------------------------------------------------------------------ 087
add(
    sender=frm("okochi"), to=[SEIWA], charset="iso-2022-jp",
    subject="FW: 【東邦信託銀行】2026年 株主総会関係事務日程のお知らせ",
    body=f"""村瀬先生

お世話になっております。大河内です。
信託銀行から事務日程の案内が届きましたので、ご参考までに転送します。
監査報告書の日付の検討にお使いください。

{sig("okochi", 1)}
-----Original Message-----
From: 東邦信託銀行 証券代行部 <daiko-info@toho-shintaku.co.jp>
Sent: Monday, March 16, 2026 10:00 AM
Subject: 【東邦信託銀行】2026年 株主総会関係事務日程のお知らせ

お取引先各位

3月決算会社様の株主総会関係事務日程をご案内いたします。
　基準日株主確定データのご提供　4月10日（金）以降
　招集通知の発送期限（総会日6月26日の場合）　6月11日（木）
　電子提供措置の開始期限　6月3日（水）
以上""",
    expect="pass", entities=[], detectors=[],
    note="forward of the trust bank's generic schedule notice: new text to the auditor but no personal data",
)

# ------------------------------------------------------------------------------ 088
add(
    sender=frm("hazama"), to=[TRUST], charset="iso-2022-jp",
    subject="名義書換請求書のスキャンデータ",
    body=f"""大久保様

お世話になっております。狭間です。
当社窓口で受け付けた名義書換請求書のスキャンデータをZIPにまとめてお送りします。
（ファイルが開けない場合はお知らせください）

{sig("hazama", 1)}""",
    attachments=[{"kind": "corrupt", "name": "名義書換請求書_scan.zip"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="corrupt ZIP attachment that cannot be opened or inspected",
)

# ------------------------------------------------------------------------------ 089
_p = people("089", 5, (1955, 1975))
_tbl = [["役職", "氏名", "フリガナ", "生年月日", "住所", "就任日"]] + [
    [["代表取締役社長", "専務取締役", "取締役", "常勤監査役", "社外取締役"][i], x["name"], x["kana"],
     x["dob"].strftime("%Y/%m/%d"), x["addr_k"], "2026/06/26"] for i, x in enumerate(_p)]
add(
    sender=frm("shoji"), to=["大和橋証券 引受審査部 <ipo-compliance@yamatobashi-sec.co.jp>"],
    charset="utf-8",
    subject="内部者登録（役員）情報の更新",
    body=f"""大和橋証券 引受審査部 ご担当者様

お世話になっております。日の出産業 総務部の東海林です。
総会後の役員体制に合わせて、内部者登録用の役員情報を更新しました。
御社の登録システムへの反映をお願いいたします。

{sig("shoji", 1)}""",
    attachments=[{"kind": "xlsx", "name": "内部者登録_役員_20260626.xlsx",
                  "sheets": {"役員": [["内部者登録 役員一覧（2026年6月26日現在）"], []] + _tbl,
                             "変更履歴": [["日付", "内容"], ["2026/06/26", "新任2名・退任2名"]]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="five officers' birth dates and home addresses in an XLSX to the underwriting broker",
)

# ------------------------------------------------------------------------------ 090
_p = [analyst(f"090-{i}", i) for i in range(6)]
_lst = "\n".join(f"　{x['firm']}　{x['name']} 様" for x in _p)
add(
    sender=frm("morinaga"), to=[SAKURA], charset="iso-2022-jp",
    subject="アナリスト向け工場見学会 送迎バス乗車名簿",
    body=f"""三上様

お世話になっております。森永です。
6月5日の見学会後の懇親会会場（さくらホテル）までの送迎バス乗車名簿です。
乗車時に確認いたしますので、フロントにも共有をお願いします。

{_lst}

以上6名です。
{sig("morinaga", 1)}""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="six analysts by name and firm only, no contact data: a list of people, or just a guest list?",
)

# ------------------------------------------------------------------------------ 091
add(
    sender=frm("hazama"), to=[KITAGUNI], charset="shift_jis",
    subject="優待お申込み状況（6/10確定）",
    body=f"""佐伯様

お世話になっております。狭間です。
株主優待のお申込み状況（6月10日締め）が確定しましたのでご連絡します。

　Aコース　7,162件
　Bコース　3,874件
　Cコース（寄付）　  611件
　Dコース　1,093件
　未申込（自動でBコース）　  — 件（本年より自動選択なし）
　合計　12,740件

地域別の内訳は発送データとあわせて来週お送りします。
{sig("hazama", 1)}""",
    expect="pass", entities=[], detectors=[],
    note="application counts by course: aggregate numbers",
)

# ------------------------------------------------------------------------------ 092
add(
    sender=frm("okochi"), to=[SEIWA], charset="iso-2022-jp",
    subject="Re: 発行済株式数・自己株式数のご確認",
    body=f"""村瀬先生

お世話になっております。大河内です。
ご照会の件、3月31日現在で以下のとおりです。

　発行済株式総数　　62,400,000株
　自己株式数　　　　　 369,582株（単元未満株式の買取 23,066株を含む）
　株主数　　　　　　　25,447名

自己株式の内訳は、別添の株式事務報告（信託銀行作成）と一致しております。
{sig("okochi", 1)}

> 大河内様
> 期末日現在の発行済株式数と自己株式数をご教示ください。
> 清和監査法人 村瀬""",
    expect="pass", entities=[], detectors=[],
    note="share counts answered to the auditor; company-level figures only",
)

# ------------------------------------------------------------------------------ 093
_p = [analyst(f"093-{i}", i + 1) for i in range(15)]
_lines = "\n".join(f"{x['firm']}\t{x['name']}\t{x['biz_email']}\t{x['direct']}" for x in _p)
add(
    sender=frm("morinaga"), to=["ir-team@ir.hinode-sangyo.co.jp"], cc=[addr("ichinose")], charset="utf-8",
    subject="決算説明会 参加者名簿（最終）",
    body=f"""IRチーム各位

お疲れさまです。森永です。
決算説明会の参加者名簿（最終）です。当日の名札作成とお礼メールに使います。

会社名\t氏名\tE-mail\t電話
{_lines}

{sig("morinaga", 4)}""",
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="15 analysts' contact list, but sent to an internal subdomain only",
)

# ------------------------------------------------------------------------------ 094
_p = people("094", 5)
_new = "\n".join(f"  {x['kno']}  {x['name']}  {x['mobile'] if i % 2 else x['tel']}" for i, x in enumerate(_p))
add(
    sender=frm("usami"), to=[TRUST], charset="iso-2022-jp",
    subject="Re: 配当金領収証の再発行依頼について",
    body=f"""大久保様

ご連絡ありがとうございます。宇佐美です。
再発行のご依頼、承知しました。あわせて、当社にも同様のお電話をいただいた株主様が
5名いらっしゃいますので、再発行の対象に加えてください。日中の連絡先も控えております。

{_new}

よろしくお願いいたします。
{sig("usami", 1)}

> 日の出産業 宇佐美様
> 配当金領収証の紛失による再発行依頼が当部に3件届いております。
> 株主番号 21004588、21187730、30245119 の3名です。
> 東邦信託銀行 大久保""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a reply whose new text adds five shareholders with phone numbers; only the quote is old",
)

# ------------------------------------------------------------------------------ 095
add(
    sender=frm("okochi"), to=[SHIRAKAWA], charset="iso-2022-jp",
    subject="Re: 当該株主の件（ご報告）",
    body=f"""白川先生

ご報告ありがとうございます。大河内です。
内容、承知いたしました。総会当日の対応は、先生のご助言どおり通常の株主様と同様に
受付を行い、議場内の警備のみ強化いたします。
警備会社との打合せ結果は改めてご報告します。

{sig("okochi", 1)}
差出人: 白川 真一 <s.shirakawa@shirakawa-law.jp>
送信日時: 2026年6月18日 18:42
宛先: 大河内 隆
件名: 当該株主の件（ご報告）

大河内様

ご照会の株主（帯刀 勝也 氏）について確認しました。
同氏は平成30年に会社法違反（利益供与要求）で有罪判決を受けていますが、
現に株主である以上、出席を拒むことはできません。

白川法律事務所 白川""",
    expect="pass", entities=[], detectors=[],
    note="criminal record appears only in the lawyer's own quoted mail; the new reply text has none",
)

# ------------------------------------------------------------------------------ 096
add(
    sender=frm("sasaki"), to=[TRUST], charset="iso-2022-jp",
    subject="御手洗様への今後のご連絡方法について",
    body=f"""大久保様

お世話になっております。佐々木です。
株主の御手洗 節子 様（株主番号 44170926）のご家族から、ご本人はご高齢で耳が遠くなり、
お電話でのやり取りが難しいとのお申出がありました。
今後、御行から確認のご連絡をされる際は、お電話ではなく書面でお願いできますでしょうか。

{sig("sasaki", 1)}""",
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="'hard of hearing with age' of a named shareholder: health information or just a contact preference?",
)

# ------------------------------------------------------------------------------ 097
add(
    sender=frm("usami"), to=[NISHIKI], cc=[AOBA], bcc=[KITAGUNI], charset="iso-2022-jp",
    subject="優待カタログと申込はがきの発送日程",
    body=f"""錦印刷 木下様
（CC）青葉運輸 堀内様

お世話になっております。日の出産業の宇佐美です。
優待カタログの発送日程を下記で確定させてください。

　5月29日（金）　カタログ・はがき納品（錦印刷様 → 青葉運輸様 川口センター）
　6月 1日（月）　発送開始（メール便）
　6月 5日（金）　発送完了

※優待品の手配元にもBCCで共有しております。
{sig("usami", 1)}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc; the third is correctly in Bcc",
)

# ------------------------------------------------------------------------------ 098
add(
    sender=frm("morinaga"), to=["竜崎 <ryuzaki.m@yamatobashi-sec.co.jp>"], charset="iso-2022-jp",
    subject="招集通知（電子提供措置事項）のご送付",
    body=f"""竜崎様

お世話になっております。日の出産業 IR室の森永です。
本日、当社ウェブサイトに掲載した招集通知のPDFをお送りします。
議案の概要は2ページ目にまとめております。

{sig("morinaga", 1)}""",
    attachments=[{"kind": "pdf", "name": "第78回定時株主総会招集ご通知.pdf", "title": "招集ご通知",
                  "lines": ["証券コード 7391", "2026年6月3日", "株主各位",
                            "東京都中央区日本橋二丁目14番9号", "日の出産業株式会社 代表取締役社長 日野 正樹",
                            "第78回定時株主総会招集ご通知", "日時 2026年6月26日（金曜日）午前10時",
                            "場所 東京都中央区日本橋室町1-8-3 さくらホテル日本橋 2階 鳳凰の間",
                            "決議事項 第1号議案 剰余金の処分の件 / 第2号議案 定款一部変更の件 / 第3号議案 取締役6名選任の件"]}],
    expect="pass", entities=[], detectors=[],
    note="the published convocation notice: company address and president's name only",
)

# ------------------------------------------------------------------------------ 099
add(
    sender=frm("hazama"), to=["佐々木 美穂 <sasaki.miho@hinode-sangoy.co.jp>"], charset="iso-2022-jp",
    subject="受付シフト表（案）",
    body=f"""佐々木さん

お疲れさまです。狭間です。
総会当日の受付シフト表（案）を作りました。

　受付A：狭間・宇佐美（9:00～10:00）
　受付B：佐々木・IR室 森永さん（9:00～10:00）
　受付C：総務部応援2名（9:30～10:00）

修正があれば教えてください。
{sig("hazama", 4)}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="colleague's address at hinode-sangoy.co.jp: swapped letters in the company's own domain",
)

# ------------------------------------------------------------------------------ 100
_pairs = [(person(f"100-d{i}", (1928, 1945)), person(f"100-h{i}", (1955, 1975))) for i in range(6)]
_blk = "\n".join(
    f"{i + 1}) 被相続人 {d['name']}（{d['kno']}）→ 相続人 {h['name']}（{wareki(h['dob'], 'abbr')}生）"
    f" {h['addr']}" for i, (d, h) in enumerate(_pairs))
add(
    sender=frm("sasaki"), to=[addr("okochi")], cc=["kabu@hinode-sangyo.co.jp"], charset="utf-8",
    subject="5月の相続名義書換 完了分",
    body=f"""大河内課長

お疲れさまです。佐々木です。
東邦信託銀行から、5月に相続による名義書換が完了した6件の報告がありました。
株主管理システムの備考欄を更新済みです。

{_blk}

{sig("sasaki", 4)}""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=[],
    note="six inheritance cases with heirs' birth dates and addresses, but internal recipients only",
)
