"""Blind evaluation corpus — area: mimamori (見守りサービス).

The mail of 日の出産業株式会社's watch-over service for older people living alone
(「ひので見守りネット」): sensor alerts and no-response visits, emergency contacts,
key-holding, families far away, local welfare commissioners (民生委員), the social welfare
council and the city, hospitals after a fall, care managers, meal-delivery partners, and
the ordinary device-installation, billing, HR and dealer mail around it.

Every person, number, address and organisation named here (other than the fixed
partner domains of BRIEF.md) is invented; any likeness to a real one is chance.
My Numbers and card numbers come from build.my_number / build.card_number.

Written blind, from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only.
"""

from __future__ import annotations

import datetime
import random
import unicodedata

from build import card_number, my_number

SEED = 19801
rng = random.Random(SEED)

DOM = "hinode-sangyo.co.jp"

# -- small writing helpers ---------------------------------------------------------------


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in str(s))


def pad(s, n: int) -> str:
    s = str(s)
    return s + " " * max(0, n - _w(s))


def grid(rows, gap: int = 2, rule: str = "-", indent: str = "") -> str:
    """Columns padded with spaces under a header and a rule, as people paste them."""
    ncol = max(len(r) for r in rows)
    rows = [list(r) + [""] * (ncol - len(r)) for r in rows]
    widths = [max(_w(r[i]) for r in rows) for i in range(ncol)]
    out = []
    for j, r in enumerate(rows):
        out.append(indent + (" " * gap).join(pad(c, widths[i]) for i, c in enumerate(r)).rstrip())
        if j == 0 and rule:
            out.append(indent + rule * (sum(widths) + gap * (ncol - 1)))
    return "\n".join(out)


def zgrid(rows) -> str:
    """Columns padded with full-width spaces (the way some people align in Outlook)."""
    ncol = max(len(r) for r in rows)
    widths = [max(_w(r[i]) for r in rows) for i in range(ncol)]
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            gapw = widths[i] - _w(c)
            cells.append(c + "　" * (gapw // 2) + " " * (gapw % 2))
        out.append("　".join(cells).rstrip())
    return "\n".join(out)


_ZEN = str.maketrans("0123456789-()/.:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                     "０１２３４５６７８９－（）／．：ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def wareki(d: datetime.date, style: str = "kanji") -> str:
    if d >= datetime.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    elif d < datetime.date(1926, 12, 25):
        era, short, y = "大正", "T", d.year - 1911
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "zen":
        return zen(f"{era}{y}年{d.month}月{d.day}日")
    if style == "S":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "S0":
        return f"{short}{y:02d}.{d.month:02d}.{d.day:02d}"
    if style == "zenS":
        return zen(f"{short}{y}.{d.month}.{d.day}")
    raise ValueError(style)


def mn_ok(digits: str) -> bool:
    """Would these 12 digits pass the My Number check digit? (used to avoid it)"""
    body = [int(c) for c in digits[:11]]
    total = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        total += body[11 - n] * q
    r = total % 11
    return int(digits[11]) == (0 if r <= 1 else 11 - r)


def corp_number(base12: str) -> str:
    """A 13-digit 法人番号 with a valid leading check digit."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def tracking() -> str:
    while True:
        t = "".join(str(rng.randrange(10)) for _ in range(12))
        if t[0] != "0" and not mn_ok(t):
            return t


# -- invented people ---------------------------------------------------------------------

SEI = [("梅津", "ウメツ"), ("小野寺", "オノデラ"), ("鰐部", "ワニベ"), ("百目鬼", "ドウメキ"),
       ("蓮沼", "ハスヌマ"), ("五百旗頭", "イオキベ"), ("勅使河原", "テシガワラ"),
       ("鳥海", "トリウミ"), ("仙波", "センバ"), ("佐伯", "サエキ"), ("常盤", "トキワ"),
       ("早乙女", "サオトメ"), ("牛腸", "ゴチョウ"), ("剣持", "ケンモチ"), ("宍戸", "シシド"),
       ("柿沼", "カキヌマ"), ("長谷部", "ハセベ"), ("小田切", "オダギリ"), ("鳩山", "ハトヤマ"),
       ("設楽", "シタラ"), ("印南", "インナミ"), ("舟橋", "フナハシ"), ("春日", "カスガ"),
       ("久米", "クメ"), ("雨宮", "アメミヤ"), ("馬淵", "マブチ"), ("苅谷", "カリヤ"),
       ("樋口", "ヒグチ"), ("古閑", "コガ"), ("浅見", "アサミ"), ("芹沢", "セリザワ"),
       ("飯塚", "イイヅカ"), ("新井", "アライ"), ("関根", "セキネ"), ("須賀", "スガ"),
       ("根岸", "ネギシ"), ("大沢", "オオサワ"), ("栗原", "クリハラ"), ("福田", "フクダ"),
       ("岡部", "オカベ"), ("小峰", "コミネ"), ("神保", "ジンボ"), ("森田", "モリタ"),
       ("堀口", "ホリグチ"), ("金子", "カネコ"), ("野口", "ノグチ"), ("倉持", "クラモチ"),
       ("宇田川", "ウダガワ"), ("若林", "ワカバヤシ"), ("増田", "マスダ"), ("島村", "シマムラ"),
       ("吉野", "ヨシノ"), ("千葉", "チバ"), ("相馬", "ソウマ"), ("石黒", "イシグロ"),
       ("内山", "ウチヤマ"), ("間宮", "マミヤ"), ("矢作", "ヤハギ"), ("江口", "エグチ"),
       ("菅又", "スガマタ"), ("土屋", "ツチヤ"), ("細谷", "ホソヤ"), ("安西", "アンザイ")]
MEI_F = [("トミ", "トミ"), ("ハル", "ハル"), ("静子", "シズコ"), ("文子", "フミコ"),
         ("和子", "カズコ"), ("千代", "チヨ"), ("房江", "フサエ"), ("喜美子", "キミコ"),
         ("節子", "セツコ"), ("フサ", "フサ"), ("キヨ", "キヨ"), ("貞子", "サダコ"),
         ("久子", "ヒサコ"), ("美代子", "ミヨコ"), ("澄江", "スミエ"), ("タカ", "タカ"),
         ("昌子", "マサコ"), ("八重", "ヤエ"), ("光枝", "ミツエ"), ("キク", "キク"),
         ("とし子", "トシコ"), ("ヨシ", "ヨシ"), ("道子", "ミチコ"), ("絹江", "キヌエ")]
MEI_M = [("清", "キヨシ"), ("茂", "シゲル"), ("勇", "イサム"), ("正男", "マサオ"), ("武", "タケシ"),
         ("実", "ミノル"), ("昭", "アキラ"), ("弘", "ヒロシ"), ("與一", "ヨイチ"),
         ("源蔵", "ゲンゾウ"), ("忠雄", "タダオ"), ("稔", "ミノル"), ("修", "オサム"),
         ("義男", "ヨシオ"), ("富士夫", "フジオ"), ("孝", "タカシ"), ("庄吉", "ショウキチ"),
         ("辰夫", "タツオ")]
MEI_Y = [("健一", "ケンイチ", "M"), ("直美", "ナオミ", "F"), ("裕子", "ユウコ", "F"), ("浩", "ヒロシ", "M"),
         ("真由美", "マユミ", "F"), ("聡", "サトシ", "M"), ("恵", "メグミ", "F"), ("大輔", "ダイスケ", "M"),
         ("典子", "ノリコ", "F"), ("誠", "マコト", "M"), ("美穂", "ミホ", "F"), ("隆", "タカシ", "M"),
         ("久美子", "クミコ", "F"), ("哲也", "テツヤ", "M"), ("明美", "アケミ", "F"), ("雅人", "マサト", "M")]

TOWNS = [("埼玉県若葉市", ["本町", "緑が丘", "東台", "栄町", "川向", "上ノ原", "新田", "柳原"]),
         ("埼玉県さいたま市見沼区", ["堀之内", "南中野", "東宮下"]),
         ("埼玉県さいたま市南区", ["曲本", "大谷口", "辻"]),
         ("埼玉県上尾市", ["柏座", "原市", "緑丘"]),
         ("埼玉県川口市", ["芝新町", "安行領家", "戸塚"])]
CHILD_TOWNS = ["東京都世田谷区桜新町", "神奈川県横浜市青葉区美しが丘", "大阪府吹田市山田東",
               "千葉県船橋市前原西", "東京都八王子市めじろ台", "愛知県名古屋市昭和区御器所",
               "宮城県仙台市青葉区上杉", "福岡県福岡市南区高宮"]


def contact(sei):
    """An emergency contact of a subscriber whose surname is ``sei``: (name, relation)."""
    m = rng.choice(MEI_Y)
    if rng.random() < 0.6:   # same surname: a son, an unmarried daughter, a son's wife
        rel = rng.choice(["長男", "次男"] if m[2] == "M" else ["長女", "次女", "長男の妻"])
        return f"{sei[0]} {m[0]}", rel
    s2 = rng.choice(SEI)      # another surname: a married daughter, a nephew or niece
    rel = rng.choice(["甥"] if m[2] == "M" else ["長女", "次女", "姪"])
    return f"{s2[0]} {m[0]}", rel

_used: set[str] = set()


def _name(pool_sei=SEI, pool_mei=None, avoid=_used):
    while True:
        s = rng.choice(pool_sei)
        m = rng.choice(pool_mei)
        key = s[0] + m[0]
        if key not in avoid:
            avoid.add(key)
            return s, m


def landline() -> str:
    return f"048-{rng.randint(700, 799)}-{rng.randint(0, 9999):04d}"


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"


def address(city_only: bool = False):
    pref_city, towns = rng.choice(TOWNS[:1] * 3 + TOWNS[1:])
    town = rng.choice(towns)
    if rng.random() < 0.5:
        rest = f"{town}{rng.randint(1, 5)}丁目{rng.randint(1, 28)}-{rng.randint(1, 20)}"
    else:
        rest = f"{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 18)}"
    if rng.random() < 0.25:
        rest += f" {rng.choice(['コーポ', 'ハイツ', 'メゾン'])}{rng.choice(['若葉', '緑', 'ひかり', 'さくら'])} {rng.randint(1, 3)}0{rng.randint(1, 6)}"
    zipc = f"{rng.randint(330, 369)}-{rng.randint(0, 9999):04d}"
    return zipc, pref_city, rest


def elder(sex: str | None = None):
    sex = sex or rng.choice("FFM")
    s, m = _name(pool_mei=MEI_F if sex == "F" else MEI_M)
    born = datetime.date(rng.randint(1930, 1948), rng.randint(1, 12), rng.randint(1, 28))
    zipc, pc, rest = address()
    c_name, c_rel = contact(s)
    return {"sei": s[0], "mei": m[0], "kana": f"{s[1]} {m[1]}", "name": f"{s[0]} {m[0]}",
            "sex": sex, "born": born, "age": 2025 - born.year, "zip": zipc, "pc": pc,
            "rest": rest, "addr": pc + rest, "tel": landline(),
            "c_name": c_name, "c_rel": c_rel, "c_tel": mobile(),
            "cust": f"M-{rng.randint(200000, 219999)}"}


def elders(n: int, **kw):
    return [elder(**kw) for _ in range(n)]


# -- the people who write ----------------------------------------------------------------

STAFF = {
    "morimoto": ("森本 彩", "Aya Morimoto", "見守りセンター 主任", "morimoto.aya", "048-887-5520"),
    "kawaguchi": ("川口 健太", "Kenta Kawaguchi", "営業推進課", "kawaguchi.kenta", "048-887-5531"),
    "iwabuchi": ("岩渕 拓海", "Takumi Iwabuchi", "駆けつけサポート課", "iwabuchi.takumi", "048-887-5524"),
    "onishi": ("大西 真理子", "Mariko Onishi", "業務管理課（料金・請求）", "onishi.mariko", "048-887-5540"),
    "nagao": ("長尾 亮", "Ryo Nagao", "情報システム部 見守りシステム担当", "nagao.ryo", "048-887-5560"),
    "sasaki": ("佐々木 悠", "Yu Sasaki", "販売店支援グループ", "sasaki.yu", "048-887-5535"),
    "hirata": ("平田 恵美", "Emi Hirata", "人事総務部 労務課", "hirata.emi", "048-887-5501"),
    "shoji": ("東海林 誠", "Makoto Shoji", "見守りセンター長", "shoji.makoto", "048-887-5510"),
    "miyashita": ("宮下 さくら", "Sakura Miyashita", "カスタマーサポート課", "miyashita.sakura", "048-887-5522"),
    "yanagida": ("柳田 浩二", "Koji Yanagida", "見守りサービス事業部長", "yanagida.koji", "048-887-5500"),
    "otsuki": ("大槻 翔", "Sho Otsuki", "調達・品質管理課", "otsuki.sho", "048-887-5570"),
}


def frm(key: str) -> str:
    return f"{STAFF[key][0]} <{STAFF[key][3]}@{DOM}>"


def addr_of(key: str) -> str:
    return f"{STAFF[key][3]}@{DOM}"


def sig(key: str, style: int = 0) -> str:
    ja, en, dept, local, tel = STAFF[key]
    if style == 0:
        return (f"--\n日の出産業株式会社 見守りサービス事業部\n{dept}\n{ja}\n"
                f"〒336-0017 埼玉県さいたま市南区南浦和3-41-8 日の出南浦和ビル4F\n"
                f"TEL {tel} / FAX 048-887-5599\n{local}@{DOM}")
    if style == 1:
        return ("━━━━━━━━━━━━━━━━━━━━━━━━\n 日の出産業株式会社\n"
                f" 見守りサービス事業部 {dept}\n {ja}\n TEL：{tel}（直通）\n"
                f" E-mail：{local}@{DOM}\n ひので見守りネット https://www.{DOM}/mimamori/\n"
                "━━━━━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        return (f"Best regards,\n\n{en}\n{dept.split('（')[0]}, Hinode Sangyo Co., Ltd.\n"
                f"3-41-8 Minami-Urawa, Minami-ku, Saitama 336-0017, Japan\n"
                f"Tel: +81-48-887-{tel[-4:]}\n{local}@{DOM}")
    if style == 3:
        return f"日の出産業 {dept.split('（')[0]} {ja.split()[0]}（内線{tel[-4:]}）"
    if style == 4:
        return (f"*************************************\n日の出産業株式会社\n{dept}　{ja}\n"
                f"〒336-0017 さいたま市南区南浦和3-41-8\nTEL:{tel}　FAX:048-887-5599\n"
                "*************************************")
    raise ValueError(style)


DISC_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを破棄してください。")
DISC_JA2 = ("【ご注意】このメールおよび添付ファイルは、宛先として指定された方のみを対象としています。"
            "万一、誤って受信された場合は、直ちに削除いただき、送信者へお知らせください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete it.")

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# ======================================================================================
# 001-025
# ======================================================================================

# 001 — key-holding ledger (22 people) to the contracted security company
_k = elders(22)
_rows = [["預かり鍵台帳（2025年10月31日現在）"], [],
         ["No", "鍵管理番号", "契約者名", "フリガナ", "住所", "電話", "緊急連絡先", "続柄",
          "緊急連絡先電話", "保管場所"]]
for i, p in enumerate(_k, 1):
    _rows.append([i, f"K-{2300 + i * 7:05d}", p["name"], p["kana"], p["addr"], p["tel"],
                  p["c_name"], p["c_rel"], p["c_tel"], rng.choice(["浦和南キー庫", "大宮キー庫"])])
add(id="mimamori-001", sender=frm("morimoto"),
    to=["カケル警備保障 指令センター <center@kakeru-keibi.co.jp>"],
    cc=["荒木 様 <araki@kakeru-keibi.co.jp>", addr_of("shoji")],
    subject="【鍵預かり】10月末時点 預かり鍵台帳の送付",
    charset="iso-2022-jp",
    body=f"""カケル警備保障株式会社
指令センター ご担当者様
（cc：荒木様）

いつもお世話になっております。日の出産業 見守りセンターの森本です。

10月末時点の預かり鍵台帳を添付にてお送りします。
今月は新規預かりが3件、返却が1件ございました（変更履歴シートをご参照ください）。
駆けつけ時の鍵持ち出しの際は、これまでどおり台帳の鍵管理番号でご照合ください。

ご確認のほど、よろしくお願いいたします。

{sig("morimoto", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "預かり鍵台帳_2025年10月末.xlsx",
                  "sheets": {"台帳": _rows,
                             "変更履歴": [["日付", "鍵管理番号", "区分", "備考"],
                                      ["2025/10/03", "K-02307", "新規", "玄関・勝手口の2本"],
                                      ["2025/10/17", "K-02314", "新規", ""],
                                      ["2025/10/22", "K-02321", "新規", "オートロック鍵含む"],
                                      ["2025/10/29", "K-02196", "返却", "解約のため"]]}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX ledger of 22 key-holding subscribers with addresses, phones and emergency contacts to an external security company")

# 002 — dealer asks for wholesale prices: a price list with product codes
add(id="mimamori-002", sender=frm("sasaki"),
    to=["山根電化 山根 様 <yamane@yamane-denka.co.jp>"],
    subject="Re: 新型人感センサーの卸価格について",
    charset="cp932",
    body=f"""山根電化
山根 様

お世話になっております。日の出産業の佐々木です。
お問い合わせの件、12月1日受注分からの卸価格は下記のとおりです。

{grid([["品番", "品名", "標準価格", "卸価格"],
       ["HS-310", "人感センサー（電池式）", "6,800円", "4,420円"],
       ["HS-310W", "人感センサー（防滴・浴室用）", "8,200円", "5,330円"],
       ["DS-120", "ドア開閉センサー", "4,500円", "2,925円"],
       ["GW-500", "LTEゲートウェイ", "19,800円", "12,870円"],
       ["PB-02", "緊急通報ペンダント", "7,600円", "4,940円"],
       ["KB-01", "キーボックス（壁付け）", "9,900円", "6,435円"]])}

※価格はすべて税抜です。
※GW-500は旧型GW-300との混在設置が可能です（ファームウェア2.4以降）。

ご不明点がございましたらお気軽にお問い合わせください。

{sig("sasaki", 4)}

> 日の出産業 佐々木様
>
> いつもお世話になっております。
> 来月から新しい人感センサーが出ると聞きました。
> 店頭用に価格を知りたいので、一覧をいただけますか。
>
> 山根電化　山根
""",
    expect="pass", entities=[], detectors=[],
    note="price list with product codes to one dealer; no personal data")

# 003 — fall, hospital transport and diagnosis, told to the son on gmail
add(id="mimamori-003", sender=frm("iwabuchi"),
    to=["梅津 健一 様 <kenichi.umetsu71@gmail.com>"],
    subject="【ひので見守りネット】お母様の救急搬送について",
    charset="utf-8",
    body=f"""梅津 健一 様

日の出産業 見守りサービスの岩渕でございます。
先ほどはお電話にて失礼いたしました。改めて経過をご報告いたします。

本日 午前7時42分、お母様（梅津 トミ様）宅の人感センサーが12時間以上反応なしとなったため、
7時58分に弊社スタッフが預かり鍵にて入室いたしました。
台所で倒れていらっしゃるのを発見し、意識はございましたが立ち上がれないご様子でしたので、
直ちに119番通報し、あおい総合病院へ搬送されました。

病院の先生からは「右大腿骨頸部骨折」との診断で、明後日に手術の予定と伺っております。
脱水も少しあるとのことで、現在は点滴を受けておられます。

入院の手続きにつきましては、病院の地域医療連携室（048-700-1188）へご連絡いただけますでしょうか。
ご自宅は施錠し、鍵は弊社で引き続きお預かりしております。

ご心配のことと存じますが、何かございましたらいつでもご連絡ください。

{sig("iwabuchi", 1)}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="diagnosis (hip fracture) of a named subscriber sent to a family member's free-mail address")

# 004 — no-response visit, everything fine, father in the garden
add(id="mimamori-004", sender=frm("miyashita"),
    to=["onodera.naomi@yahoo.co.jp"],
    subject="本日の駆けつけ対応のご報告",
    charset="iso-2022-jp",
    body=f"""小野寺 直美 様

いつも「ひので見守りネット」をご利用いただき、ありがとうございます。
日の出産業 カスタマーサポートの宮下です。

本日14時すぎ、お父様宅の玄関ドアセンサーが8時間以上作動しなかったため、
ご自宅へお電話いたしましたが応答がなく、規定により駆けつけを行いました。

スタッフが伺ったところ、お父様はお庭で草取りをされていて、
電話の音に気づかなかったとのことでした。お変わりなくお元気でいらっしゃいます。
念のため、子機を縁側に置いていただくようお願いしてまいりました。

今回の駆けつけは月2回までの無料対応の範囲内ですので、料金は発生いたしません。

引き続きどうぞよろしくお願いいたします。

{sig("miyashita", 3)}
ひので見守りネット お客様窓口 0120-41-5520（9:00〜18:00）
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="visit report to one family member on free mail; no health data, nothing beyond a salutation name")

# 005 — subscribers of one district shared with the social welfare council
_p5 = elders(8)
add(id="mimamori-005", sender=frm("shoji"),
    to=["若葉市社会福祉協議会 野村 様 <nomura@wakaba-shakyo.or.jp>"],
    subject="見守り対象者の情報共有（冬期見回り計画用）",
    charset="cp932",
    body=f"""若葉市社会福祉協議会
地域福祉係 野村 様

お世話になっております。日の出産業 見守りセンターの東海林です。
先日の連絡会でご依頼のありました、社協の見回り対象エリアで弊社サービスをご利用中の方のうち、
情報共有にご同意をいただいた方の一覧をお送りします。

{grid([["氏名", "年齢", "住所", "電話", "緊急連絡先"]] +
       [[p["name"], f'{p["age"]}歳', p["addr"], p["tel"], f'{p["c_name"]}（{p["c_rel"]}）{p["c_tel"]}'] for p in _p5])}

冬期の見回り計画の参考にしていただければ幸いです。
よろしくお願いいたします。

{sig("shoji", 0)}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="padded table of 8 subscribers with addresses, phones and emergency contacts to the social welfare council (consent does not change the policy)")

# 006 — internal: visit route CSV for the in-house rush team
_p6 = elders(30)
add(id="mimamori-006", sender=frm("nagao"),
    to=[f"見守りセンター <mimamori-center@{DOM}>", f"駆けつけチーム <kaketsuke@{DOM}>"],
    subject="駆けつけルート表（11/5更新）",
    charset="utf-8",
    body=f"""センター・駆けつけチームの皆さん

お疲れさまです。情シスの長尾です。
システム移行にともない、駆けつけルート表をCSVで出力しました。
タブレットへの取り込みは明朝8時までに各自お願いします。

{sig("nagao", 3)}
""",
    attachments=[{"kind": "csv", "name": "kaketsuke_route_1105.csv", "encoding": "utf-8",
                  "rows": [["顧客番号", "氏名", "フリガナ", "郵便番号", "住所", "電話", "鍵預かり", "エリア"]] +
                          [[p["cust"], p["name"], p["kana"], p["zip"], p["addr"], p["tel"],
                            rng.choice(["有", "無"]), rng.choice(["A1", "A2", "B1", "C3"])] for p in _p6]}],
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="30-person CSV, but every recipient is internal")

# 007 — firmware test results to a look-alike of tsubasa-system.jp
add(id="mimamori-007", sender=frm("nagao"),
    to=["ツバサシステム 藤本様 <fujimoto@tsubasa-system.co.jp>"],
    subject="GW-500 ファームウェア 2.4.1 の検証結果",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
藤本様

お世話になっております。日の出産業の長尾です。
ご提供いただいた GW-500 ファームウェア 2.4.1 の検証が完了しましたのでご報告します。

・LTE再接続時間：平均 38秒（2.3.9比 ▲22秒）
・人感センサー HS-310 のイベント取りこぼし：0件 / 72時間
・ドアセンサー DS-120 の電池残量通知：閾値 15% で正常に発報
・既知の不具合 #1182（時刻ずれ）は解消を確認

1点のみ、停電復旧後の初回ハートビートが最大4分遅れる事象を確認しています。
ログは社内の検証サーバーに置いてありますので、次回定例で画面共有いたします。

以上、よろしくお願いいたします。

{sig("nagao", 0)}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain tsubasa-system.co.jp is a look-alike (co. added) of partner tsubasa-system.jp")

# 008 — PPAP zip of contract scans to a dealer
add(id="mimamori-008", sender=frm("sasaki"),
    to=["でんきのホクト 北斗様 <hokuto@hokuto-denki.jp>"],
    subject="11月分 契約書類（控え）の送付",
    charset="cp932",
    body=f"""でんきのホクト
北斗 様

いつもお世話になっております。日の出産業 販売店支援の佐々木です。

11月前半に御店経由でお申し込みいただいた見守りサービスの契約書類（控え）を
ZIPファイルにまとめてお送りします。
解凍用のパスワードは別メールにてお送りいたします。

ご査収のほど、よろしくお願いいたします。

{sig("sasaki", 0)}
""",
    attachments=[{"kind": "zip", "name": "契約書類_11月分.zip", "password": "Hk#2025-1107",
                  "files": [{"kind": "pdf", "name": "契約書_M-204433.pdf",
                             "lines": ["ひので見守りネット ご利用契約書", "契約者：設楽 ヨシ", "住所：埼玉県若葉市上ノ原2-11-4"]},
                            {"kind": "pdf", "name": "契約書_M-204438.pdf",
                             "lines": ["ひので見守りネット ご利用契約書", "契約者：印南 庄吉"]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external dealer cannot be inspected")

# 009 — the password mail that follows
add(id="mimamori-009", sender=frm("sasaki"),
    to=["でんきのホクト 北斗様 <hokuto@hokuto-denki.jp>"],
    subject="【パスワード】11月分 契約書類（控え）の送付",
    charset="cp932",
    body=f"""北斗 様

先ほどお送りした「契約書類_11月分.zip」の解凍パスワードをお知らせします。

　パスワード：Hk#2025-1107

よろしくお願いいたします。

日の出産業 佐々木
""",
    expect="pass", entities=[], detectors=[],
    note="password follow-up mail: no personal data, no attachment")

# 010 — hospital after transport: insurance number, DOB and medical history
_b10 = datetime.date(1934, 11, 3)
add(id="mimamori-010", sender=frm("shoji"),
    to=["あおい総合病院 地域医療連携室 <renkei@aoi-hp.or.jp>"],
    subject="【ご連絡】本日搬送の 鰐部 ハル 様について（ひので見守りネット）",
    charset="utf-8",
    body=f"""あおい総合病院
地域医療連携室 御中

お世話になります。日の出産業 見守りセンターの東海林と申します。
本日10時20分ごろ救急搬送されました、弊社サービス利用者の方について、
救急隊の方から連携室へ情報提供するよう伺いましたので、お送りいたします。

氏名　　　：鰐部 ハル（ワニベ ハル）様
生年月日　：{wareki(_b10)}
後期高齢者医療被保険者証：保険者番号 39112034　被保険者番号 20457781
既往歴　　：心房細動（ワーファリン服用中）、高血圧症、白内障術後
かかりつけ：わかば内科クリニック
緊急連絡先：長女 鰐部 恵 様　080-3391-6620（平日日中はお勤め先のため留守電になることがあります）

お薬手帳はご自宅の冷蔵庫横の引き出しにあるとのことで、ご家族が本日夕方にお持ちになる予定です。
どうぞよろしくお願いいたします。

{sig("shoji", 0)}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="health insurance number plus medical history of a named person sent to a hospital")

# 011 — family briefing invitation, five free-mail addresses visible in To
add(id="mimamori-011", sender=frm("miyashita"),
    to=["hasunuma.kazuya@gmail.com", "m-kuroiwa@yahoo.co.jp", "tokiwa.yuko@icloud.com",
        "aki-s.0612@docomo.ne.jp", "inami_t@outlook.jp"],
    subject="ご家族向け 見守りアプリ説明会のご案内",
    charset="iso-2022-jp",
    body=f"""ご家族の皆さま

いつも「ひので見守りネット」をご利用いただき、誠にありがとうございます。
日の出産業 カスタマーサポートの宮下です。

12月から、離れてお住まいのご家族がスマートフォンで見守り状況を確認できる
「ひので見守りアプリ」の提供を開始いたします。
つきましては、下記のとおり説明会を開催いたします。

　日時：12月7日（日）14:00〜15:30
　会場：若葉市東台公民館 2階 会議室
　　　　（オンライン参加も可能です。URLは前日にお送りします）
　持ち物：スマートフォン

ご参加いただける方は、12月3日までに本メールにご返信ください。

{sig("miyashita", 1)}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="five private persons on free mail can all see each other in To: should have been Bcc")

# 012 — year-end notice to families, correctly in Bcc
add(id="mimamori-012", sender=frm("miyashita"),
    to=[f"ひので見守りネット サポート <mimamori-support@{DOM}>"],
    bcc=["hasunuma.kazuya@gmail.com", "m-kuroiwa@yahoo.co.jp", "tokiwa.yuko@icloud.com",
         "aki-s.0612@docomo.ne.jp", "inami_t@outlook.jp", "k.setsuko.fam@ezweb.ne.jp",
         "ryo-amemiya@softbank.ne.jp"],
    subject="【ひので見守りネット】年末年始の見守りセンター体制について",
    charset="utf-8",
    body=f"""ご家族の皆さま

平素より「ひので見守りネット」をご利用いただき、ありがとうございます。
年末年始の体制についてお知らせいたします。

■ 見守りセンター（24時間監視・駆けつけ）
　通常どおり、年中無休で対応いたします。

■ お客様窓口（ご契約内容・料金のお問い合わせ）
　12月29日（月）〜1月4日（日）はお休みをいただきます。
　期間中のお問い合わせは、1月5日（月）以降に順次回答いたします。

■ 機器の交換・電池交換訪問
　12月26日（金）までにご依頼いただいた分は年内に伺います。

※本メールは、ご登録いただいているご家族の方へBCCでお送りしています。

日の出産業株式会社 ひので見守りネット お客様窓口
0120-41-5520（9:00〜18:00／土日祝を除く）
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="notice to families sent with Bcc (To is internal): nobody can see the others")

# 013 — dealer incentive plan stamped 社外秘 in the DOCX header
add(id="mimamori-013", sender=frm("kawaguchi"),
    to=["ライフサポート西村 西村社長 <nishimura@nishimura-ls.co.jp>"],
    subject="来年度インセンティブ改定案（ご参考）",
    charset="utf-8",
    body=f"""株式会社ライフサポート西村
西村 社長

いつも大変お世話になっております。日の出産業 営業推進の川口です。

先日お話しした、来年度の販売店インセンティブの改定案をお送りします。
まだ社内で正式決定前の資料ですので、ご参考程度にご覧いただければと思います。
ご意見があれば来週の訪問時にお聞かせください。

{sig("kawaguchi", 1)}
""",
    attachments=[{"kind": "docx", "name": "2026年度_販売店インセンティブ改定案.docx",
                  "page_header": "社外秘", "title": "2026年度 販売店インセンティブ改定案",
                  "paragraphs": ["2026年度 販売店インセンティブ改定案（第2版）",
                                 "1. 新規契約1件あたりの手数料を 6,000円 → 7,500円 に引き上げ",
                                 "2. 継続率95%以上の販売店に四半期ボーナス（契約数×300円）",
                                 "3. GW-300 から GW-500 への入替工事費は全額当社負担",
                                 "4. 実施時期：2026年4月1日受注分から"],
                  "tables": [[["区分", "現行", "改定案"], ["新規手数料", "6,000円", "7,500円"],
                              ["継続ボーナス", "なし", "契約数×300円／四半期"]]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="DOCX attachment carries a 社外秘 stamp in its page header and goes to a dealer")

# 014 — mail about an NDA with the law firm (mention, not a marking)
add(id="mimamori-014", sender=frm("shoji"),
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=[addr_of("yanagida")],
    subject="鍵預かり業務委託契約および秘密保持契約書（案）のご確認のお願い",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川 先生

いつもお世話になっております。日の出産業 見守りセンターの東海林でございます。

カケル警備保障株式会社への鍵預かり・駆けつけ業務の委託にあたり、
業務委託契約書と秘密保持契約書の案を作成いたしました。
特に次の点についてご意見をいただけますと幸いです。

1. 機密情報の定義に、利用者の個人情報と鍵そのものを含める書き方で足りるか
2. 委託先が再委託する場合の事前承諾の手続き
3. 契約終了時の鍵・台帳の返還と、データ消去の証明方法

ご多忙のところ恐縮ですが、12月10日ごろまでにご確認いただけますと助かります。

{sig("shoji", 0)}

{DISC_JA}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_カケル警備保障.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という）とカケル警備保障株式会社（以下「乙」という）は、"
                                 "甲が乙に委託する鍵預かり及び駆けつけ業務に関し、次のとおり契約を締結する。",
                                 "第1条（機密情報の定義）本契約において機密情報とは、甲が乙に開示する一切の情報のうち、"
                                 "甲の利用者の個人情報、預託された鍵及び鍵の保管場所に関する情報をいう。",
                                 "第2条（目的外使用の禁止）乙は機密情報を本業務の遂行以外の目的に使用してはならない。",
                                 "第3条（返還・消去）本契約が終了したときは、乙は機密情報を甲の指示に従い返還又は消去する。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail and draft about an NDA: the words 機密/秘密保持 are its subject, not a classification stamp; standard disclaimer")

# 015 — My Numbers of a new part-time visitor and his spouse to the labour consultant
_mn1, _mn2 = my_number(SEED + 1), my_number(SEED + 2)
add(id="mimamori-015", sender=frm("hirata"),
    to=["田辺社会保険労務士事務所 田辺様 <tanabe@tanabe-sr.jp>"],
    subject="新規採用者（駆けつけ員）扶養控除等申告書の件",
    charset="iso-2022-jp",
    body=f"""田辺社会保険労務士事務所
田辺 様

お世話になっております。日の出産業 人事総務部の平田です。

11月16日付で採用した駆けつけ員1名について、扶養控除等申告書の内容をお送りします。
原本は本日発送いたしましたが、先に手続きを進めていただけるよう記載内容を転記します。

【本人】
　氏名：蓮見 大地（ハスミ ダイチ）
　生年月日：平成2年5月19日
　住所：埼玉県さいたま市見沼区東宮下2-17-5
　個人番号：{_mn1[:4]} {_mn1[4:8]} {_mn1[8:]}

【控除対象配偶者】
　氏名：蓮見 由佳（ハスミ ユカ）
　生年月日：平成4年8月2日
　個人番号：{_mn2}

よろしくお願いいたします。

{sig("hirata", 0)}
""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="two My Numbers (employee and spouse) in the body to an outside labour consultant")

# 016 — card number taken over the phone, passed to the payment agent
_cc1 = card_number(SEED + 1)
add(id="mimamori-016", sender=frm("onishi"),
    to=["ペイネクスト 加盟店サポート <support@paynext.co.jp>"],
    subject="カード決済 登録依頼（ひので見守りネット 顧客番号 M-204817）",
    charset="cp932",
    body=f"""株式会社ペイネクスト
加盟店サポートデスク ご担当者様

いつもお世話になっております。
日の出産業株式会社（加盟店ID：HN-00412）業務管理課の大西です。

利用料金の支払方法を口座振替からクレジットカードへ変更したいとのご依頼を、
ご契約者のご長男 仁科 聡 様からお電話でいただきました。
カード情報は下記のとおりです。登録のお手続きをお願いいたします。

　顧客番号　：M-204817（ご契約者：仁科 キク 様）
　カード番号：{_cc1[:4]} {_cc1[4:8]} {_cc1[8:12]} {_cc1[12:]}
　有効期限　：08/28
　名義　　　：SATOSHI NISHINA

登録完了のご連絡をいただけましたら、12月請求分から切り替えます。

{sig("onishi", 4)}
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a customer's credit card number written in the body to an external payment agent")

# 017 — invoice to a dealer: T-number and the company's own bank account
_t17 = corp_number("031100072915")
add(id="mimamori-017", sender=frm("onishi"),
    to=["山根電化 経理ご担当者様 <keiri@yamane-denka.co.jp>"],
    subject="10月分 ご請求書送付のご案内（請求番号 HS-2510-0342）",
    charset="iso-2022-jp",
    body=f"""有限会社山根電化
経理ご担当者様

いつもお世話になっております。日の出産業 業務管理課の大西です。
10月分のご請求書をPDFにてお送りいたします。

　請求番号：HS-2510-0342
　ご請求金額：186,252円（税込）
　お支払期日：2025年11月30日
　お振込先：みどり銀行 本店営業部 普通 1203348 ﾆﾁﾉﾃﾞｻﾝｷﾞｮｳ(ｶ
　適格請求書発行事業者登録番号：T{_t17}

ご不明な点がございましたら、大西までお問い合わせください。

{sig("onishi", 0)}
""",
    attachments=[{"kind": "pdf", "name": "請求書_HS-2510-0342.pdf", "title": "請求書",
                  "lines": ["請求書", "有限会社山根電化 御中", "請求番号 HS-2510-0342   発行日 2025年10月31日",
                            f"日の出産業株式会社  登録番号 T{_t17}", ""],
                  "table": [["品番", "品名", "数量", "単価", "金額"],
                            ["GW-500", "LTEゲートウェイ", "6", "12,870", "77,220"],
                            ["HS-310", "人感センサー（電池式）", "14", "4,420", "61,880"],
                            ["DS-120", "ドア開閉センサー", "9", "2,925", "26,325"],
                            ["", "小計", "", "", "165,425"], ["", "消費税（10%）", "", "", "16,542"],
                            ["", "送料", "", "", "4,285"], ["", "合計", "", "", "186,252"]]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with product codes, the company's T-number and its own bank account: business data only")

# 018 — address data for a mailing, 120 subscribers, to the printing partner
_p18 = elders(120)
add(id="mimamori-018", sender=frm("kawaguchi"),
    to=["錦印刷 営業部 中西様 <nakanishi@nishiki-insatsu.co.jp>"],
    subject="料金改定のお知らせ 宛名データ（11/20発送分）",
    charset="utf-8",
    body=f"""錦印刷株式会社
営業部 中西様

お世話になっております。日の出産業の川口です。
料金改定のお知らせ（圧着ハガキ）の宛名データをお送りします。
全120件、顧客番号順に並べてあります。前回と同じレイアウトでの印字をお願いします。

校正は11月14日（金）午前中にいただけますと助かります。

川口
{sig("kawaguchi", 3)}
""",
    attachments=[{"kind": "xlsx", "name": "宛名データ_料金改定通知_1120.xlsx",
                  "sheets": {"宛名": [["顧客番号", "郵便番号", "住所1", "住所2", "氏名", "敬称"]] +
                                     [[p["cust"], p["zip"], p["pc"], p["rest"], p["name"], "様"] for p in _p18]}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="XLSX of 120 subscribers' names and home addresses to an outside printer")

# 019 — proof of the leaflet; data goes by the transfer service instead
add(id="mimamori-019", sender=frm("kawaguchi"),
    to=["錦印刷 営業部 中西様 <nakanishi@nishiki-insatsu.co.jp>"],
    subject="Re: 料金改定のお知らせ 校正2回目",
    charset="cp932",
    body=f"""中西様

お世話になっております。川口です。
校正2回目、確認しました。修正点は添付PDFに赤字で入れています。
　・裏面のお問い合わせ先の受付時間「9:00〜17:00」→「9:00〜18:00」
　・QRコードの下の余白を3mm広げてください

なお、宛名データの差し替え分は、本日 御社のファイル受け渡しサービスへ
アップロードしましたので、そちらからお取りください。

{sig("kawaguchi", 0)}
""",
    attachments=[{"kind": "pdf", "name": "料金改定のお知らせ_校正2_赤字.pdf",
                  "lines": ["ひので見守りネット 料金改定のお知らせ",
                            "2026年4月ご利用分より、月額基本料金を改定いたします。",
                            "ベーシックプラン 2,980円 → 3,280円（税込）",
                            "駆けつけ付きプラン 4,480円 → 4,780円（税込）",
                            "お問い合わせ：ひので見守りネット お客様窓口 0120-41-5520（9:00〜18:00）",
                            "日の出産業株式会社 〒336-0017 埼玉県さいたま市南区南浦和3-41-8"]}],
    expect="pass", entities=[], detectors=[],
    note="leaflet proof with the company's own call-center number and office address; the data went by another channel")

# 020 — care manager told of a subscriber's dementia progressing
add(id="mimamori-020", sender=frm("morimoto"),
    to=["居宅介護支援事業所ひだまり 吉岡様 <yoshioka@hidamari-care.jp>"],
    subject="百目鬼様のご様子について",
    charset="iso-2022-jp",
    body=f"""居宅介護支援事業所ひだまり
介護支援専門員 吉岡 様

いつもお世話になっております。ひので見守りネットの森本です。

百目鬼キヨ様のことでご相談です。
ここ2週間ほど、夜中（1時〜4時ごろ）にトイレのセンサーが一晩に6〜8回反応しており、
以前の倍以上になっています。
先週の定期訪問の際も、同じご質問を何度も繰り返されるご様子があり、
主治医の先生から伺っているアルツハイマー型認知症が進んでいるのではと心配しております。
ガスの消し忘れも一度あったと、ご近所の方からお聞きしました。

ショートステイや訪問回数の見直しなど、次回のサービス担当者会議でご相談できればと思います。

{sig("morimoto", 0)}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="diagnosis (dementia) and health observations of one named subscriber in running text to an external care manager")

# 021 — reply to the care manager: the health details are only in the quoted text
add(id="mimamori-021", sender=frm("morimoto"),
    to=["居宅介護支援事業所ひだまり 吉岡様 <yoshioka@hidamari-care.jp>"],
    subject="Re: 百目鬼様のご様子について",
    charset="cp932",
    body="""吉岡様

ご返信ありがとうございます。承知いたしました。
来週火曜の定期訪問の際に、ガスの元栓の確認をスタッフの手順に加えておきます。
担当者会議は12月2日14時、ご自宅で了解です。

森本

> 森本様
>
> ご連絡ありがとうございます。
> 先日の往診で主治医からも認知症の進行の指摘があり、お薬が増量になりました。
> 夜間の頻尿は、膀胱炎の疑いもあるので来週検査予定です。
> 担当者会議は12月2日（火）14時、ご自宅でいかがでしょうか。
>
> ひだまり 吉岡
>
>> 百目鬼キヨ様のことでご相談です。
>> ここ2週間ほど、夜中（1時〜4時ごろ）にトイレのセンサーが一晩に6〜8回反応しており、
>> 以前の倍以上になっています。
""",
    expect="pass", entities=[], detectors=[],
    note="the sensitive details are only in '>' quoted text the recipient already has; new text is scheduling")

# 022 — forward of the care manager's mail (heart failure) to the security company
add(id="mimamori-022", sender=frm("iwabuchi"),
    to=["カケル警備保障 指令センター <center@kakeru-keibi.co.jp>"],
    subject="FW: 【ひだまり】蓮沼様 退院後のご様子",
    charset="utf-8",
    body=f"""カケル警備保障 指令センター 御中

お疲れさまです。日の出産業の岩渕です。
下記、ケアマネさんからいただいた情報です。駆けつけ時の参考にしてください。
特に、酸素のチューブに足を取られての転倒にご注意ください。

{sig("iwabuchi", 3)}

-----Original Message-----
From: 吉岡 <yoshioka@hidamari-care.jp>
Sent: Tuesday, November 11, 2025 5:02 PM
To: 岩渕 拓海 <iwabuchi.takumi@{DOM}>
Subject: 【ひだまり】蓮沼様 退院後のご様子

岩渕様

お世話になっております。ひだまりの吉岡です。
蓮沼正男様（若葉市緑が丘3-8-12）が11月8日に退院されました。
心不全の増悪での入院で、退院後は在宅酸素（安静時1L/分）を使用されています。
少し歩くと息切れがあり、夜間は起座呼吸になることもあるそうです。
むくみが強くなったら受診の目安とのことです。

見守りの際にお気づきの点があればご連絡ください。
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forward is new text to its recipient: heart-failure details and address of a named subscriber go to the security company")

# 023 — monthly figures to a colleague, but the domain uses a zero for the o
add(id="mimamori-023", sender=frm("morimoto"),
    to=["岩渕 拓海 <iwabuchi.takumi@hinode-sangy0.co.jp>"],
    cc=[addr_of("shoji")],
    subject="10月 アラート・駆けつけ件数（速報）",
    charset="iso-2022-jp",
    body=f"""岩渕さん
（cc：センター長）

お疲れさまです。森本です。
10月の速報値です。定例の資料に使ってください。

{grid([["区分", "9月", "10月", "前月比"],
       ["無反応アラート", "412", "389", "-23"],
       ["緊急ボタン", "57", "71", "+14"],
       ["電話確認で解決", "301", "276", "-25"],
       ["駆けつけ実施", "96", "104", "+8"],
       ["救急要請", "11", "14", "+3"]])}

緊急ボタンの増加は、新規契約者の誤押下が中心です（説明資料を見直し中）。

森本
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain hinode-sangy0.co.jp is a homoglyph look-alike of the company's own domain")

# 024 — English mail to the Swedish sensor maker about certification
add(id="mimamori-024", sender=frm("otsuki"),
    to=["Erik Lindqvist <erik.lindqvist@nordsense.se>"],
    subject="LTE-M module: TELEC/JATE certification schedule",
    charset="utf-8",
    body=f"""Dear Erik,

Thank you for the updated datasheet of the NS-M2 LTE-M module.

For the Japanese market we need both TELEC (radio) and JATE (terminal) certification
before we can ship the GW-600 gateway to our dealers. Our test lab can start on
January 19 if we receive five engineering samples by January 9.

Could you confirm:
  1. the final antenna gain figures (we have 2.1 dBi in rev. C, 1.8 dBi in rev. D),
  2. whether the firmware NS-2.0.7 is the one to be certified,
  3. the HS code you will use on the commercial invoice.

Our logistics contact for the samples is Aoba Unyu (aoba-unyu.co.jp); I will share the
delivery address once the samples are ready to ship.

{sig("otsuki", 2)}

{DISC_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="English business mail to a foreign supplier; only the sender's signature")

# 025 — English mail: subscriber records to the overseas cloud vendor for debugging
_p25 = elders(12)
add(id="mimamori-025", sender=frm("nagao"),
    to=["CareLink Global Support <dev-support@carelink-global.com>"],
    subject="Ticket #CL-77310: duplicate alerts - affected subscriber records",
    charset="utf-8",
    body=f"""Hello CareLink support team,

Following up on ticket #CL-77310 (duplicate "no activity" alerts after the 3.8 upgrade).
Attached are the 12 affected subscriber records exported from our CRM so your team can
match them against your event store and reproduce the issue.

The duplicates always arrive 60-65 seconds apart and only for gateways on firmware 2.3.x.

Please let us know if you need the raw MQTT logs as well.

{sig("nagao", 2)}
""",
    attachments=[{"kind": "csv", "name": "affected_subscribers_CL-77310.csv", "encoding": "utf-8",
                  "rows": [["subscriber_id", "name", "name_kana", "address", "phone", "gateway_serial", "last_dup_alert"]] +
                          [[p["cust"], p["name"], p["kana"], p["addr"], p["tel"],
                            f"GW5-{rng.randint(100000, 999999)}", f"2025-11-{rng.randint(1, 10):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"]
                           for i, p in enumerate(_p25)]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="CSV with 12 subscribers' names, home addresses and phones to a foreign vendor")

# ======================================================================================
# 026-050
# ======================================================================================

# 026 — event log with device ids only, to the platform vendor
_log = ["timestamp\tdevice_id\tsensor\tevent\trssi"]
_t = datetime.datetime(2025, 11, 4, 6, 0)
for i in range(18):
    _t += datetime.timedelta(minutes=rng.randint(1, 40), seconds=rng.randint(0, 59))
    _log.append(f"{_t:%Y-%m-%d %H:%M:%S}\tGW5-{rng.choice(['004412', '004413', '007781'])}\t"
                f"{rng.choice(['HS-310', 'DS-120', 'HS-310W'])}\t{rng.choice(['E101', 'E101', 'E204', 'E310'])}\t-{rng.randint(61, 97)}")
add(id="mimamori-026", sender=frm("nagao"),
    to=["ツバサシステム 藤本様 <fujimoto@tsubasa-system.jp>"],
    subject="アラート重複の件 ログ抜粋（端末IDのみ）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム
藤本様

お世話になっております。長尾です。
アラート重複の件、11/4早朝のログを抜粋しました（冒頭のみ本文に貼ります。全体は添付）。
個人を特定できる項目は削除し、端末IDのみにしています。

{chr(10).join(_log[:7])}

E204 が60秒間隔で2回出ているのが重複の発生箇所です。
ご確認をお願いします。

長尾
""",
    attachments=[{"kind": "txt", "name": "alert_log_20251104.txt", "text": "\n".join(_log)}],
    expect="pass", entities=[], detectors=[],
    note="device event log with gateway serials and event codes only: looks like a list, holds no person's data")

# 027 — a welfare commissioner on yahoo is told a subscriber started dialysis
add(id="mimamori-027", sender=frm("morimoto"),
    to=["関口 民生委員 <sekiguchi_m1955@yahoo.co.jp>"],
    subject="東台2丁目の五百旗頭さんの件",
    charset="cp932",
    body=f"""関口様

いつも地域の見守りにご協力いただき、ありがとうございます。
ひので見守りネットの森本です。

先日お問い合わせのあった東台2丁目の五百旗頭 実さんですが、
先月から腎臓の具合が悪く、週3回（火・木・土）人工透析に通われるようになりました。
そのため、火木土の日中はご不在で、センサーの反応がなくても心配はございません。
送迎の車が来ない日などにお気づきの点があれば、私までご連絡いただけますと助かります。

今後ともよろしくお願いいたします。

{sig("morimoto", 3)}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="health information (dialysis, kidney disease) of a named subscriber to a commissioner's private free-mail address")

# 028 — meeting date for a welfare commissioner on gmail
add(id="mimamori-028", sender=frm("shoji"),
    to=["tatsuo.kurihara.minsei@gmail.com"],
    subject="12月 地区見守り連絡会の日程について",
    charset="iso-2022-jp",
    body=f"""栗原 様

いつもお世話になっております。日の出産業 見守りセンターの東海林です。

12月の地区見守り連絡会の日程が決まりましたのでご連絡いたします。

　日時：12月11日（木）10:00〜11:30
　場所：若葉市東台公民館 1階 和室
　　　　若葉市東台3-2-1（駐車場あり）
　議題：冬期の見回り、年末年始の連絡体制、アプリ導入のご説明

当日は社会福祉協議会の野村様、地域包括支援センターの方もご出席予定です。
ご都合が悪い場合はお知らせください。

{sig("shoji", 0)}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="meeting invitation to one commissioner on free mail; the public hall's address is not personal data")

# 029 — the same kind of meeting, three external parties visible in To
add(id="mimamori-029", sender=frm("shoji"),
    to=["野村 様 <nomura@wakaba-shakyo.or.jp>",
        "東部地域包括支援センター <houkatsu-higashi@city.wakaba.lg.jp>",
        "関口 民生委員 <sekiguchi_m1955@yahoo.co.jp>"],
    subject="見守りネットワーク連絡会（第3回）開催のご案内",
    charset="utf-8",
    body=f"""関係者各位

いつもお世話になっております。日の出産業 見守りセンターの東海林です。
第3回 見守りネットワーク連絡会を下記のとおり開催いたします。

1. 日時　2026年1月22日（木）13:30〜15:00
2. 場所　若葉市役所 本庁舎5階 第2会議室
3. 議題　(1) 上期の駆けつけ実績の報告
　　　　 (2) 緊急時の鍵の取扱いについて
　　　　 (3) 民生委員の皆さまとの情報共有の範囲について

資料は当日配布いたします。ご出欠を1月15日までにお知らせください。

{sig("shoji", 1)}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three external parties (council, city, a private commissioner) see each other in To")

# 030 — three-way meeting with two partners
add(id="mimamori-030", sender=frm("nagao"),
    to=["川崎電機 佐藤様 <sato.h@kawasaki-denki.co.jp>"],
    cc=["ツバサシステム 藤本様 <fujimoto@tsubasa-system.jp>"],
    subject="センサー連携仕様 三者打合せの件",
    charset="cp932",
    body=f"""川崎電機 佐藤様
（cc：ツバサシステム 藤本様）

お世話になっております。日の出産業の長尾です。
HS-310 の新イベント（長時間在室）をプラットフォームに連携する件で、
三社での打合せをお願いできればと思います。

候補日：11/19（水）15時〜、11/20（木）10時〜、11/21（金）13時〜
場所　：弊社 南浦和ビル 4F 会議室（Teams併用）

議題案：
　・イベントコード E410 の定義と送信間隔
　・ゲートウェイ側のバッファリング（最大件数）
　・試験スケジュール

ご都合のよい日時をお知らせください。

{sig("nagao", 0)}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc: a normal three-way meeting mail")

# 031 — corrupt PDF report to a dealer
add(id="mimamori-031", sender=frm("sasaki"),
    to=["株式会社アイケア 工事課 <koji@i-care-net.jp>"],
    subject="設置完了報告書（11月前半分）",
    charset="utf-8",
    body=f"""株式会社アイケア
工事課 ご担当者様

お世話になっております。日の出産業の佐々木です。
11月前半分の設置完了報告書をお送りします。
工事費のご請求は、この報告書の件数でお願いいたします。

{sig("sasaki", 0)}
""",
    attachments=[{"kind": "corrupt", "name": "設置完了報告書_2025-11前半.pdf"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt and cannot be inspected")

# 032 — dealer shops (business addresses) for delivery routing
_shops = [["店舗コード", "店舗名", "住所", "電話"],
          ["D-0102", "山根電化 本店", "埼玉県若葉市本町2-4-1", "048-711-2030"],
          ["D-0103", "山根電化 緑が丘店", "埼玉県若葉市緑が丘1-19-3", "048-712-4410"],
          ["D-0120", "でんきのホクト 上尾店", "埼玉県上尾市柏座3-8-22", "048-770-1155"],
          ["D-0121", "でんきのホクト 原市店", "埼玉県上尾市原市1-2-9", "048-721-3380"],
          ["D-0140", "ライフサポート西村", "埼玉県さいたま市南区辻5-6-11", "048-838-2201"],
          ["D-0151", "みなみ住設 川口営業所", "埼玉県川口市芝新町4-1-7", "048-266-9080"],
          ["D-0152", "みなみ住設 戸塚営業所", "埼玉県川口市戸塚2-15-30", "048-294-7612"],
          ["D-0166", "アイケア 見沼センター", "埼玉県さいたま市見沼区堀之内1-3-5", "048-683-4002"],
          ["D-0170", "でんかのマツイ", "埼玉県若葉市栄町4-1-18", "048-715-0098"],
          ["D-0171", "くらしの電器イトウ", "埼玉県若葉市川向2-7-2", "048-716-3321"],
          ["D-0180", "ホームケア大谷口", "埼玉県さいたま市南区大谷口6-2-14", "048-885-7765"],
          ["D-0191", "さくら住宅設備", "埼玉県上尾市緑丘3-5-1", "048-775-6120"]]
add(id="mimamori-032", sender=frm("sasaki"),
    to=["青葉運輸 配送センター <haisou@aoba-unyu.co.jp>"],
    subject="販売店向け 端末配送先一覧（12月定期便）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
配送センター ご担当者様

いつもお世話になっております。日の出産業 販売店支援の佐々木です。
12月の定期便（毎週火曜）の配送先店舗一覧をお送りします。
11月から D-0170、D-0171 の2店舗が追加になっています。

{grid(_shops)}

受取時間はいずれも10時〜17時です。よろしくお願いいたします。

{sig("sasaki", 4)}
""",
    expect="pass", entities=[], detectors=[],
    note="list of dealer shops with shop addresses and switchboards: businesses, not people")

# 033 — weekly visit log (7 visits, one with a suspected stroke) to the security company
_p33 = elders(7)
_acts = ["電話不通のため訪問、在宅・異常なし", "玄関先で転倒、打撲のみ。ご家族へ連絡",
         "意識もうろう、脳梗塞の疑いで救急要請（あおい総合病院）", "誤報（ペンダント誤押下）",
         "入浴中で応答なし。異常なし", "室温34℃、熱中症の疑いで水分補給・経過観察",
         "外出中。夕方帰宅を確認"]
_rows33 = [["日時", "契約者", "住所", "発報種別", "対応内容"]]
for i, p in enumerate(_p33):
    _rows33.append([f"11/{3 + i} {rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}", p["name"] + "様", p["addr"],
                    rng.choice(["無反応", "緊急ボタン", "無反応"]), _acts[i]])
add(id="mimamori-033", sender=frm("iwabuchi"),
    to=["荒木 様 <araki@kakeru-keibi.co.jp>"],
    subject="週次 駆けつけ対応記録（11/3〜11/9）",
    charset="cp932",
    body=f"""カケル警備保障
荒木様

お疲れさまです。日の出産業 駆けつけサポート課の岩渕です。
先週分の駆けつけ対応記録を共有します。御社出動分と弊社出動分をまとめています。

{grid(_rows33)}

11/5 の件は、ご家族から到着時刻について問い合わせがありました。
次回の定例で出動までの経過を確認させてください。

{sig("iwabuchi", 0)}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="7 subscribers' names and addresses with incident details, one a suspected stroke, to an external company")

# 034 — internal: the same kind of incident, reported to the center head
add(id="mimamori-034", sender=frm("iwabuchi"),
    to=[f"東海林 センター長 <shoji.makoto@{DOM}>"],
    cc=[f"見守りセンター <mimamori-center@{DOM}>"],
    subject="【報告】11/8 駆けつけ 勅使河原様 救急搬送",
    charset="utf-8",
    body=f"""センター長

岩渕です。11/8 の救急搬送についてご報告します。

対象：勅使河原 辰夫 様（87）　若葉市柳原3-14-2
経過：
　06:12 人感センサー無反応アラート（12時間）
　06:15 電話確認 → 不通
　06:31 岩渕 現着、鍵にて入室。寝室で倒れているところを発見
　06:33 119番通報（呼びかけに反応が鈍く、右半身に麻痺あり）
　06:52 あおい総合病院へ搬送。脳梗塞との診断、そのまま入院
　07:40 長男様へ連絡済み

所見：前日夜の服薬カレンダーは手つかずでした（降圧剤の飲み忘れの可能性）。

以上です。

岩渕
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=[],
    note="a named subscriber's stroke and address, but every recipient is internal")

# 035 — HTML-only mail to the city: six emergency cases with names
_p35 = elders(6)
_cases = ["転倒・左手首骨折", "低血糖による意識障害", "肺炎（発熱39度）", "転倒・頭部打撲",
          "心筋梗塞の疑い", "脱水症"]
_tr = "".join(f"<tr><td>10/{rng.randint(1, 31)}</td><td>{p['name']}</td><td>{p['age']}</td>"
              f"<td>{p['addr']}</td><td>{_cases[i]}</td><td>あおい総合病院</td></tr>"
              for i, p in enumerate(_p35))
add(id="mimamori-035", sender=frm("shoji"),
    to=["若葉市 高齢福祉課 <koreifukushi@city.wakaba.lg.jp>"],
    subject="緊急通報システム事業 10月分 救急搬送事案のご報告",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>若葉市 福祉部 高齢福祉課<br>緊急通報システム担当 御中</p>
<p>いつもお世話になっております。日の出産業 見守りセンターの東海林です。<br>
委託仕様書第8条に基づき、10月分の救急搬送事案をご報告いたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>受付日</th><th>氏名</th><th>年齢</th><th>住所</th><th>事案概要</th><th>搬送先</th></tr>
{_tr}
</table>
<p>いずれもご家族への連絡は完了しております。</p>
<p>--<br>日の出産業株式会社 見守りセンター長 東海林 誠<br>TEL 048-887-5510</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only table of 6 named subscribers with addresses and diagnoses to the city")

# 036 — HTML-only monthly statistics to the city: counts per district
add(id="mimamori-036", sender=frm("shoji"),
    to=["若葉市 高齢福祉課 <koreifukushi@city.wakaba.lg.jp>"],
    subject="緊急通報システム事業 10月分 実績報告",
    charset="iso-2022-jp",
    html="""<html><body>
<p>若葉市 高齢福祉課 御中</p>
<p>お世話になっております。日の出産業の東海林です。10月分の実績をご報告いたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>地区</th><th>設置台数</th><th>無反応アラート</th><th>緊急ボタン</th><th>駆けつけ</th><th>救急要請</th></tr>
<tr><td>本町</td><td>84</td><td>61</td><td>12</td><td>17</td><td>2</td></tr>
<tr><td>緑が丘</td><td>112</td><td>88</td><td>15</td><td>21</td><td>3</td></tr>
<tr><td>東台</td><td>67</td><td>49</td><td>9</td><td>12</td><td>1</td></tr>
<tr><td>栄町</td><td>53</td><td>40</td><td>6</td><td>9</td><td>0</td></tr>
<tr><td>川向・上ノ原</td><td>71</td><td>58</td><td>11</td><td>14</td><td>2</td></tr>
<tr><td>合計</td><td>387</td><td>296</td><td>53</td><td>73</td><td>8</td></tr>
</table>
<p>救急搬送事案の個別報告は、別途所定の様式にて提出いたします。</p>
<p>日の出産業株式会社 見守りセンター 東海林</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="HTML table of counts per district: statistics, no person")

# 037 — family proxy's driver's licence number to the locksmith
add(id="mimamori-037", sender=frm("morimoto"),
    to=["カギの松田 受付 <order@kagi-matsuda.com>"],
    subject="合鍵作製のご依頼（ご家族 代理人確認済み）",
    charset="iso-2022-jp",
    body=f"""カギの松田 御中

お世話になっております。ひので見守りネットの森本です。
鍵預かり用の合鍵作製をお願いいたします。
今回はご本人が入院中のため、ご長男が代理人として来店されます。
御社の規定により、代理人の本人確認情報を事前にお送りします。

　対象住所：埼玉県若葉市新田2丁目6-9（鳥海 フサ 様 宅）
　代理人　：鳥海 浩 様（長男）
　運転免許証番号：401807263514
　　　　　　（埼玉県公安委員会、令和9年6月24日まで有効）
　来店予定：11月15日（土）午前

作製本数は玄関用2本です。よろしくお願いいたします。

{sig("morimoto", 0)}
""",
    expect="stop", entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a family member's driver's licence number to an external locksmith")

# 038 — key box installation at one subscriber's house
add(id="mimamori-038", sender=frm("morimoto"),
    to=["カギの松田 受付 <order@kagi-matsuda.com>"],
    subject="キーボックス設置工事のお願い（若葉市栄町 仙波様宅）",
    charset="cp932",
    body=f"""カギの松田 御中

いつもお世話になっております。ひので見守りネットの森本です。
下記のとおり、キーボックス（KB-01）の設置工事をお願いいたします。

　設置先：仙波 絹江 様
　住所　：埼玉県若葉市栄町1-22-7
　ご連絡先：048-715-3906（ご本人）
　立会い：次女 仙波 明美 様 090-6617-2284
　希望日：11月18日（火）〜20日（木）の午後

玄関脇の外壁がタイル張りのため、アンカーの種類をご確認ください。

{sig("morimoto", 3)}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one subscriber's address and phone plus one family contact for an installation: two people, may be warned")

# 039 — password-protected PDF list to a dealer
add(id="mimamori-039", sender=frm("sasaki"),
    to=["みなみ住設 川口営業所 <kawaguchi-eigyo@minami-jyusetsu.co.jp>"],
    subject="御社経由のご契約者一覧（機器入替対象）",
    charset="utf-8",
    body=f"""みなみ住設株式会社
川口営業所 ご担当者様

お世話になっております。日の出産業の佐々木です。
GW-300 から GW-500 への入替対象となる、御社経由のご契約者一覧をお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。

{sig("sasaki", 1)}
""",
    attachments=[{"kind": "pdf", "name": "ご契約者一覧_入替対象_みなみ住設様.pdf", "password": "mj1125",
                  "lines": ["GW-300 入替対象 ご契約者一覧（みなみ住設様経由）"],
                  "table": [["顧客番号", "氏名", "住所", "電話"]] +
                           [[p["cust"], p["name"], p["addr"], p["tel"]] for p in elders(9)]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="encrypted PDF to an external dealer cannot be inspected")

# 040 — shipment notice with 12-digit tracking numbers (not My Numbers)
_ship = [["出荷番号", "納品先", "品番", "数量", "送り状番号"]]
for i in range(10):
    _ship.append([f"SH-25111{i:02d}", rng.choice(["上尾店", "原市店"]),
                  rng.choice(["GW-500", "HS-310", "DS-120", "PB-02"]), str(rng.randint(2, 12)), tracking()])
add(id="mimamori-040", sender=frm("sasaki"),
    to=["でんきのホクト 北斗様 <hokuto@hokuto-denki.jp>"],
    subject="端末出荷のご案内（11/12出荷分）",
    charset="iso-2022-jp",
    body=f"""でんきのホクト
北斗 様

お世話になっております。日の出産業の佐々木です。
本日、下記のとおり出荷いたしました。青葉運輸にて明日午前着の予定です。

{grid(_ship)}

送り状番号で青葉運輸のサイトから配送状況をご確認いただけます。
受領後、数量に相違がございましたらご連絡ください。

{sig("sasaki", 4)}
""",
    expect="pass", entities=[], detectors=[],
    note="shipment list with product codes and 12-digit tracking numbers (which fail the My Number check): no personal data")

# 041 — unlabelled bullets: six people not yet reached during a typhoon
_p41 = elders(6)
_lines41 = "\n".join(f"・{p['name']}　{p['age']}　{p['pc'].replace('埼玉県', '')}{p['rest']}　{p['tel']}"
                     for p in _p41)
add(id="mimamori-041", sender=frm("miyashita"),
    to=["若葉市社会福祉協議会 野村様 <nomura@wakaba-shakyo.or.jp>"],
    subject="台風接近時 安否確認が取れていない方",
    charset="iso-2022-jp",
    body=f"""野村様

お世話になっております。ひので見守りネットの宮下です。
台風の接近にともない利用者様へ安否確認のお電話をしておりますが、
18時現在、次の方々と連絡が取れておりません。

{_lines41}

弊社スタッフも順次伺っておりますが、道路の冠水で時間がかかっております。
お近くの民生委員の方にお声がけいただけますと大変助かります。

宮下
{sig("miyashita", 3)}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six people's names, ages, addresses and phones as unlabelled bullets to an external council")

# 042 — one new subscriber with three emergency contacts (four people)
add(id="mimamori-042", sender=frm("iwabuchi"),
    to=["カケル警備保障 指令センター <center@kakeru-keibi.co.jp>"],
    subject="新規契約 佐伯様 緊急連絡先のご登録",
    charset="utf-8",
    body=f"""カケル警備保障 指令センター 御中

お疲れさまです。日の出産業の岩渕です。
11/20 開始の新規契約1件について、駆けつけ用の情報をお送りします。

■ご契約者
　佐伯 八重 様　埼玉県上尾市原市2-9-16　048-721-5573

■緊急連絡先
　1. 長女　佐伯 典子 様　090-2238-4471（川越市在住、平日18時以降）
　2. 長男　佐伯 隆 様　080-5512-0096（大阪在住）
　3. ご近所　矢作 様（向かいのお宅）　048-721-5590

鍵は玄関用1本を預かり済みです（鍵管理番号 K-02335）。

岩渕
{sig("iwabuchi", 3)}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one subscriber and three emergency contacts: four people's details, under the list threshold (may be warned)")

# 043 — three new contracts as blocks: seven people with a date of birth each subscriber
_p43 = elders(3)
_blocks = []
for i, p in enumerate(_p43, 1):
    extra = ""
    if i != 2:
        n2, r2 = contact((p["sei"],))
        extra = f"\n　緊急連絡先2：{n2} 様（{r2}）{mobile()}"
    _blocks.append(f"【{i}】{p['cust']}\n　契約者：{p['name']} 様（{p['kana']}）\n"
                   f"　生年月日：{wareki(p['born'], 'S')}\n　住所：〒{p['zip']} {p['addr']}\n"
                   f"　電話：{p['tel']}\n　緊急連絡先1：{p['c_name']} 様（{p['c_rel']}）{p['c_tel']}{extra}")
add(id="mimamori-043", sender=frm("iwabuchi"),
    to=["カケル警備保障 指令センター <center@kakeru-keibi.co.jp>"],
    cc=["荒木 様 <araki@kakeru-keibi.co.jp>"],
    subject="新規契約3件 登録依頼（11月第2週）",
    charset="cp932",
    body=f"""カケル警備保障 指令センター 御中

お疲れさまです。岩渕です。
11月第2週の新規契約3件について、登録をお願いします。

{chr(10).join(_blocks)}

いずれも11/17 0時から監視開始です。

{sig("iwabuchi", 0)}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three subscriber blocks with 和暦 birthdates plus their emergency contacts: more than five people's records to an outside company")

# 044 — dealer meeting deck with a Confidential footer
add(id="mimamori-044", sender=frm("kawaguchi"),
    to=["でんきのホクト 北斗様 <hokuto@hokuto-denki.jp>"],
    subject="販売店会議の資料（事前送付）",
    charset="iso-2022-jp",
    body=f"""北斗様

お世話になっております。川口です。
12/5の販売店会議の資料を、先行してお送りします。
当日はこの資料に沿ってご説明いたします。

{sig("kawaguchi", 0)}
""",
    attachments=[{"kind": "pptx", "name": "販売店会議資料_2025下期.pptx",
                  "page_footer": "Confidential — 日の出産業株式会社 社外秘",
                  "slides": [["2025年度下期 販売店会議", "日の出産業株式会社 見守りサービス事業部"],
                             ["上期の振り返り", "新規契約 1,284件（計画比 107%）", "解約率 0.9%／月"],
                             ["下期の重点施策", "GW-500 への入替促進", "見守りアプリの提案", "配食サービスとのセット販売"],
                             ["販売店手数料の見直し（予定）", "2026年4月から新体系へ", "詳細は個別にご説明します"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PPTX deck stamped 'Confidential / 社外秘' on every slide, sent to a dealer")

# 045 — venue layout to the hotel, no marking
add(id="mimamori-045", sender=frm("kawaguchi"),
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="12/5 販売店会議 会場レイアウトのご相談",
    charset="utf-8",
    body=f"""さくらホテル
宴会予約ご担当 小池様

お世話になっております。日の出産業の川口です。
12月5日（金）の販売店会議について、会場レイアウト案をお送りします。

・人数：42名（販売店36名、弊社6名）
・スクール形式、前方にスクリーン1面とデモ機展示用の長机2台
・懇親会（18:00〜）は同フロアの「桜の間」で立食を予定

会議資料は当日こちらで配布しますので、印刷は不要です。
お見積りをいただけますと幸いです。

{sig("kawaguchi", 1)}
""",
    attachments=[{"kind": "pptx", "name": "会場レイアウト案_1205.pptx",
                  "slides": [["会場レイアウト案（鳳凰の間）", "スクール形式 42席", "前方：スクリーン・演台",
                              "後方：デモ機展示（長机2台）", "受付：入口右手"],
                             ["タイムテーブル", "13:00 受付", "13:30 開会", "17:00 閉会", "18:00 懇親会（桜の間）"]]}],
    expect="pass", entities=[], detectors=[],
    note="venue arrangements to the partner hotel; no personal data, no marking")

# 046 — direct-debit totals to a look-alike of the partner bank's domain
add(id="mimamori-046", sender=frm("onishi"),
    to=["みどり銀行 口座振替センター <furikae@midori-ginkou.co.jp>"],
    subject="口座振替データ（12月引落分）送付予定のご連絡",
    charset="cp932",
    body=f"""みどり銀行
口座振替センター ご担当者様

いつもお世話になっております。
日の出産業株式会社（委託者コード 0041277）業務管理課の大西です。

12月引落分の口座振替データにつきまして、下記のとおり伝送を予定しております。

　引落日　　：2025年12月26日
　伝送予定日：2025年12月16日
　件数　　　：3,412件
　金額合計　：12,684,960円

前月より件数が48件増えております。
伝送後、受付結果のご連絡をお願いいたします。

{sig("onishi", 0)}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain midori-ginkou.co.jp is a look-alike (letter added) of partner midori-ginko.co.jp")

# 047 — failed direct debits: nine people with bank accounts to a collection agency
_p47 = elders(9)
_banks = [("みどり銀行", "若葉支店"), ("埼玉中央信用金庫", "上尾支店"), ("ゆうちょ銀行", "〇一八店"),
          ("みどり銀行", "南浦和支店"), ("東都銀行", "川口支店")]
add(id="mimamori-047", sender=frm("onishi"),
    to=["東和クレジットサービス 回収業務部 <kaishu@towa-cs.co.jp>"],
    subject="口座振替不能分 督促業務のご依頼（10月分）",
    charset="utf-8",
    body=f"""東和クレジットサービス株式会社
回収業務部 ご担当者様

お世話になっております。日の出産業 業務管理課の大西です。
10月分の口座振替不能先について、督促業務をお願いいたします。
対象一覧をCSVにて添付いたします（9件）。

ご高齢の方が多いため、お電話は平日10時〜16時の間でお願いいたします。

{sig("onishi", 0)}
""",
    attachments=[{"kind": "csv", "name": "振替不能_202510.csv", "encoding": "cp932",
                  "rows": [["顧客番号", "氏名", "電話番号", "金融機関", "支店", "種別", "口座番号", "未収額"]] +
                          [[p["cust"], p["name"], p["tel"], *rng.choice(_banks), "普通",
                            f"{rng.randint(1000000, 9999999)}", rng.choice(["3,280", "4,780", "9,560"])] for p in _p47]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="CSV of nine customers with phones and personal bank accounts to an outside collection agency")

# 048 — the real bank: changing the originator code, company account only
add(id="mimamori-048", sender=frm("onishi"),
    to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    subject="口座振替サービス 委託者コード変更の手続きについて",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 業務管理課の大西です。

4月の組織変更にともない、見守りサービスの口座振替の入金口座を変更したく、
委託者コードの変更手続きについてご教示いただけますでしょうか。

　現在：本店営業部 普通 1203348
　変更後：南浦和支店 当座 0088120（名義：日の出産業株式会社）

必要書類と、切替に要する期間（伝送テストの要否を含む）をお知らせください。

{sig("onishi", 4)}
""",
    expect="pass", entities=[], detectors=[],
    note="the company's own bank accounts to the real partner bank: business data, correct domain")

# 049 — social insurance enrolment: basic pension numbers of two new hires
add(id="mimamori-049", sender=frm("hirata"),
    to=["田辺社会保険労務士事務所 <tanabe@tanabe-sr.jp>"],
    subject="社会保険 資格取得届（11/16入社 2名）",
    charset="utf-8",
    body=f"""田辺社会保険労務士事務所
田辺 様

お世話になっております。平田です。
11月16日入社の2名について、資格取得届の作成をお願いいたします。

1) 蓮見 大地（ハスミ ダイチ）
　 生年月日：1990年5月19日
　 基礎年金番号：4103-628157
　 住所：埼玉県さいたま市見沼区東宮下2-17-5
　 報酬月額：238,000円

2) 久米 美穂（クメ ミホ）
　 生年月日：1987年1月30日
　 基礎年金番号：2201-774093
　 住所：埼玉県川口市安行領家1-4-21
　 報酬月額：214,000円

よろしくお願いいたします。

{sig("hirata", 1)}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="basic pension numbers of two employees to an external labour consultant")

# 050 — a daughter on iCloud told her mother seems more forgetful
add(id="mimamori-050", sender=frm("miyashita"),
    to=["kasuga.kumiko@icloud.com"],
    subject="お母様のご様子について（ひので見守りネット）",
    charset="iso-2022-jp",
    body=f"""春日 久美子 様

いつもお世話になっております。ひので見守りネットの宮下です。

本日、定期の安否確認でお母様（春日 静子様）とお電話でお話ししました。
お元気そうなお声でしたが、同じお話を何度かされることがあり、
以前より少し物忘れが増えたようにお見受けしました。
ご心配をおかけするようで恐縮ですが、一度かかりつけの先生にご相談されてはいかがでしょうか。

センサーの反応は普段どおりで、夜間もよくお休みになれているようです。

{sig("miyashita", 1)}
""",
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["freemail_recipient", "personal_data"],
    note="a lay observation of forgetfulness (no diagnosis) about a named mother, to her daughter: health data or not is arguable")

# ======================================================================================
# 051-075
# ======================================================================================

# 051 — defect survey: one sheet of serials, one sheet of 15 installation addresses
_p51 = elders(15)
_ser51 = [f"HS3-{rng.randint(2400000, 2499999)}" for _ in _p51]
add(id="mimamori-051", sender=frm("nagao"),
    to=["川崎電機 品質保証部 佐藤様 <sato.h@kawasaki-denki.co.jp>"],
    subject="HS-310 誤検知の件 対象端末と設置状況",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
品質保証部 佐藤様

お世話になっております。日の出産業の長尾です。
HS-310 の誤検知（無人時の在室判定）の件、対象15台の一覧をお送りします。
設置環境を確認いただけるよう、設置先のシートも付けています。
現地調査の際は、事前に各お宅へお電話してから伺ってください。

{sig("nagao", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "HS-310誤検知_対象一覧.xlsx",
                  "sheets": {"対象端末": [["HS-310 誤検知 対象端末（11/10時点）"], [],
                                      ["シリアル", "ロット", "FW", "初回発生日", "発生回数"]] +
                                     [[s, f"L24{rng.randint(10, 52)}", "1.0.8", f"2025/10/{rng.randint(1, 31):02d}",
                                       rng.randint(2, 19)] for s in _ser51],
                             "設置先": [["シリアル", "設置先氏名", "住所", "電話", "設置場所", "設置日"]] +
                                    [[_ser51[i], p["name"], p["addr"], p["tel"],
                                      rng.choice(["居間", "寝室", "廊下", "台所"]),
                                      f"2025/{rng.randint(4, 9)}/{rng.randint(1, 28)}"] for i, p in enumerate(_p51)]}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="second sheet of the XLSX holds 15 subscribers' names, home addresses and phones, sent to the sensor maker")

# 052 — the follow-up: serials, lots and symptoms only
add(id="mimamori-052", sender=frm("nagao"),
    to=["川崎電機 品質保証部 佐藤様 <sato.h@kawasaki-denki.co.jp>"],
    subject="Re: HS-310 誤検知の件 返送品リスト",
    charset="cp932",
    body=f"""佐藤様

お世話になっております。長尾です。
現地で交換した8台を本日返送しました。返送品のリストを添付します。
今回は調査用に端末情報のみとしています。

{sig("nagao", 3)}
""",
    attachments=[{"kind": "xlsx", "name": "返送品リスト_1114.xlsx", "title": "HS-310 返送品リスト",
                  "sheets": {"返送品": [["HS-310 返送品リスト（2025/11/14 発送、青葉運輸 送り状 " + tracking() + "）"],
                                     ["No", "シリアル", "ロット", "FW", "症状", "交換日"]] +
                                    [[i + 1, _ser51[i], f"L24{rng.randint(10, 52)}", "1.0.8",
                                      rng.choice(["無人時に在室判定", "感度低下", "電池消耗が早い"]),
                                      f"2025/11/{rng.randint(11, 13)}"] for i in range(8)]}}],
    expect="pass", entities=[], detectors=[],
    note="XLSX with a title row: device serials, lots and symptoms, no people")

# 053 — data migration: a plain ZIP of the subscriber master to the platform vendor
_p53 = elders(40)
add(id="mimamori-053", sender=frm("nagao"),
    to=["ツバサシステム 移行チーム <migration@tsubasa-system.jp>"],
    subject="【移行リハーサル】利用者マスタ・機器マスタ一式",
    charset="utf-8",
    body=f"""ツバサシステム 移行チームの皆さま

お世話になっております。日の出産業の長尾です。
移行リハーサル用のデータ一式を ZIP でお送りします（パスワードなし）。
本番と同じ項目で、利用者40件分を抽出しています。

　・利用者マスタ.csv（UTF-8）
　・機器マスタ.csv

取込結果のエラー一覧を 11/21 までにいただけますと助かります。

{sig("nagao", 0)}
""",
    attachments=[{"kind": "zip", "name": "migration_rehearsal_1114.zip",
                  "files": [{"kind": "csv", "name": "利用者マスタ.csv", "encoding": "utf-8",
                             "rows": [["利用者ID", "氏名", "カナ", "生年月日", "郵便番号", "住所", "電話", "緊急連絡先氏名", "緊急連絡先電話"]] +
                                     [[p["cust"], p["name"], p["kana"], p["born"].isoformat(), p["zip"], p["addr"],
                                       p["tel"], p["c_name"], p["c_tel"]] for p in _p53]},
                            {"kind": "csv", "name": "機器マスタ.csv", "encoding": "utf-8",
                             "rows": [["利用者ID", "GW", "センサー数", "ペンダント"]] +
                                     [[p["cust"], f"GW5-{rng.randint(100000, 999999)}", rng.randint(2, 5),
                                       rng.choice(["有", "無"])] for p in _p53]}]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="unencrypted ZIP with a 40-person subscriber master (DOB, address, phone) to an outside vendor")

# 054 — internal: the same kind of extract, inside the company
_p54 = elders(25)
add(id="mimamori-054", sender=frm("nagao"),
    to=[f"システム課 <sys-team@{DOM}>"],
    subject="移行データ 差分確認用（社内）",
    charset="iso-2022-jp",
    body="""システム課各位

長尾です。移行リハーサルの差分確認用に、緊急連絡先付きの抽出を置きます。
共有フォルダが重いのでメールで送ります。確認後は削除してください。

長尾
""",
    attachments=[{"kind": "zip", "name": "diff_check_1114.zip",
                  "files": [{"kind": "xlsx", "name": "緊急連絡先_抽出.xlsx",
                             "sheets": {"抽出": [["利用者ID", "氏名", "住所", "電話", "緊急連絡先", "続柄", "連絡先電話"]] +
                                                [[p["cust"], p["name"], p["addr"], p["tel"], p["c_name"], p["c_rel"],
                                                  p["c_tel"]] for p in _p54]}}]}],
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="25-person extract in a ZIP, but the only recipient is internal")

# 055 — forwarded e-mail (as attachment): a daughter describes her mother's Parkinson's
_fw55 = {"sender": "鳩山 美穂 <miho.hatoyama.0303@gmail.com>",
         "to": [f"ひので見守りネット <mimamori-support@{DOM}>"],
         "subject": "母の見守り機器について", "charset": "iso-2022-jp",
         "body": """ひので見守りネット ご担当者様

いつもお世話になっております。若葉市栄町でお世話になっている鳩山澄江の娘です。

母（84歳）はパーキンソン病で手の震えが強くなってきており、
首から下げているペンダントの小さなボタンが押しにくいと申しております。
先日も転んだときにボタンが押せず、しばらく床に座り込んでいたそうです。

ボタンの大きいタイプや、声で通報できる機器があれば交換をお願いしたいです。
私の携帯 090-7731-4026 までご連絡ください。

鳩山 美穂
"""}
add(id="mimamori-055", sender=frm("miyashita"),
    to=["山根電化 山根様 <yamane@yamane-denka.co.jp>"],
    subject="FW: 母の見守り機器について（鳩山様）",
    charset="cp932",
    body=f"""山根電化
山根 様

お世話になっております。ひので見守りネットの宮下です。
御店でご契約いただいた鳩山様のご家族から、添付のご相談がありました。
PB-02 から大型ボタンの PB-02L への交換をお願いできますでしょうか。
日程は娘様と直接ご調整いただいて構いません。

{sig("miyashita", 0)}
""",
    attachments=[{"kind": "eml", "name": "母の見守り機器について.eml", "message": _fw55}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forwarded mail attached: a named subscriber's Parkinson's disease and her daughter's phone, to a dealer")

# 056 — reply to a dealer; the customer list is only in the quoted text
_p56 = elders(6)
_q56 = "\n".join(f"> {p['cust']}  {p['name']}様  {p['addr']}  {p['tel']}" for p in _p56)
add(id="mimamori-056", sender=frm("sasaki"),
    to=["山根電化 山根様 <yamane@yamane-denka.co.jp>"],
    subject="Re: 設置完了のご報告（11/10〜11/12）",
    charset="utf-8",
    body=f"""山根様

設置完了のご報告ありがとうございます。
6件とも、システム上でゲートウェイの稼働とセンサーの初回通信を確認できました。
工事費は11月締めでご請求ください。

佐々木

2025年11月12日(水) 17:41 山根 <yamane@yamane-denka.co.jp>:
> 日の出産業 佐々木様
>
> お世話になっております。山根電化の山根です。
> 下記6件の設置が完了しましたのでご報告します。
>
{_q56}
>
> よろしくお願いします。
""",
    expect="pass", entities=[], detectors=[],
    note="the six customer rows are only in '>' quoted text from the recipient's own mail")

# 057 — reply whose new text adds five people to re-visit; the quote is Outlook-style
_p57 = elders(5)
_new57 = "\n".join(f"{i}. {p['name']} 様　{p['addr']}　TEL {p['tel']}" for i, p in enumerate(_p57, 1))
add(id="mimamori-057", sender=frm("miyashita"),
    to=["荒木 様 <araki@kakeru-keibi.co.jp>"],
    subject="RE: 電池交換訪問の件",
    charset="iso-2022-jp",
    body=f"""荒木様

お世話になっております。宮下です。
ご連絡ありがとうございます。不在で交換できなかった方の再訪問をお願いします。

{_new57}

いずれも事前にお電話のうえ、午前中に伺っていただけると助かります。

宮下

差出人: 荒木 <araki@kakeru-keibi.co.jp>
送信日時: 2025年11月13日 9:12
宛先: 宮下 さくら <miyashita.sakura@{DOM}>
件名: 電池交換訪問の件

宮下様

今週の電池交換訪問、42件中37件完了しました。
不在だった5件は再訪問の日程をご指示ください。

カケル警備保障 荒木
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="the new text (above the quoted header) lists five people with addresses and phones")

# 058 — one new subscriber for the meal-delivery partner
add(id="mimamori-058", sender=frm("kawaguchi"),
    to=["北国フーズ 配食センター <haishoku@kitaguni-foods.co.jp>"],
    subject="見守り＋配食セット 新規お申込み（1件）",
    charset="cp932",
    body=f"""北国フーズ株式会社
配食センター ご担当者様

お世話になっております。日の出産業の川口です。
見守り＋配食セットの新規お申込みが1件ありましたのでご連絡します。

　お名前：浅見 忠雄 様
　お届け先：埼玉県若葉市上ノ原4-2-15
　電話：048-718-2249
　開始日：12月1日（月）昼食から、月〜金
　備考：インターホンが鳴りにくいため、ドアを2回ノックしてください。
　　　　不在時は玄関脇の保冷ボックスへ。

お届け時にご様子の変化があれば、見守りセンター（048-887-5520）へご一報ください。

{sig("kawaguchi", 0)}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one customer's delivery address and phone to the meal partner: a single person, no health data (may be warned)")

# 059 — two subscribers' therapeutic diets (diabetes, CKD) to the meal partner
add(id="mimamori-059", sender=frm("kawaguchi"),
    to=["北国フーズ 配食センター <haishoku@kitaguni-foods.co.jp>"],
    subject="治療食への切替のお願い（2件）",
    charset="utf-8",
    body=f"""北国フーズ 配食センター 御中

お世話になっております。川口です。
ご家族からのご依頼で、12月からお食事の内容を切り替えたい方が2名いらっしゃいます。

1件目　舟橋 節子 様（若葉市東台1-7-3）
　糖尿病のため、1食あたり500kcal以下のカロリー調整食をご希望です。
　インスリン注射をされているので、お届け時刻は11時半を厳守でお願いします。

2件目　雨宮 稔 様（上尾市柏座2-20-8）
　慢性腎臓病（透析前）のため、減塩・たんぱく質制限食に変更をお願いします。
　主治医の指示書のコピーは郵送いたします。

ご対応可能か、ご確認をお願いいたします。

{sig("kawaguchi", 1)}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="diabetes and chronic kidney disease of two named subscribers in running text to a partner")

# 060 — review meeting: two family members and the care manager all in To
add(id="mimamori-060", sender=frm("morimoto"),
    to=["常盤 雅人 様 <masato.tokiwa@gmail.com>", "常盤 明美 様 <akemi-t.0521@docomo.ne.jp>",
        "居宅介護支援事業所ひだまり 吉岡様 <yoshioka@hidamari-care.jp>"],
    subject="見守りプラン見直し面談の日程（常盤様）",
    charset="iso-2022-jp",
    body=f"""常盤 雅人 様、常盤 明美 様
ひだまり 吉岡 様

いつもお世話になっております。ひので見守りネットの森本です。
お父様の見守りプラン見直しの面談について、日程の候補をお送りします。

　(1) 11月26日（水）14:00〜
　(2) 11月28日（金）10:00〜
　(3) 11月29日（土）13:00〜

場所はご実家でお願いできればと思います（所要1時間ほど）。
ご都合のよい日を、皆さまからお知らせいただけますでしょうか。

{sig("morimoto", 0)}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two private persons and a care office (three external parties) see each other's addresses in To")

# 061 — internal only: a 社外秘 pricing policy
add(id="mimamori-061", sender=frm("yanagida"),
    to=[f"見守り事業部 課長会 <mimamori-managers@{DOM}>"],
    cc=[addr_of("shoji"), addr_of("kawaguchi")],
    subject="【社外秘】来期 見守りサービス料金改定の方針",
    charset="cp932",
    body="""課長各位

柳田です。
来期の料金改定の方針をまとめました。添付のとおりです。
取締役会の承認前ですので、取扱いには十分注意してください（社外秘）。
販売店への説明は2月以降とします。それまでは口外しないようお願いします。

柳田
""",
    attachments=[{"kind": "docx", "name": "料金改定方針_2026.docx", "page_header": "社外秘",
                  "paragraphs": ["2026年度 料金改定の方針（案）",
                                 "1. ベーシックプランを月額300円値上げ",
                                 "2. 駆けつけ付きプランの駆けつけ無料回数を月2回→月3回に拡充",
                                 "3. 既存契約者には6か月の据え置き期間を設ける"]}],
    expect="pass", entities=[], detectors=[],
    note="社外秘 document, but all recipients are internal")

# 062 — 極秘 incident report to the law firm, with the subscriber's diagnoses
add(id="mimamori-062", sender=frm("shoji"),
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=[addr_of("yanagida")],
    subject="駆けつけ遅延事案 経緯報告書の送付",
    charset="utf-8",
    body=f"""白川先生

お世話になっております。東海林です。
先日お電話でご相談した駆けつけ遅延の件、経緯報告書をお送りします。
ご家族からの申し入れへの回答方針について、ご助言をいただけますと幸いです。

{sig("shoji", 0)}
""",
    attachments=[{"kind": "pdf", "name": "経緯報告書_駆けつけ遅延_20251030.pdf",
                  "page_header": "極秘", "title": "駆けつけ遅延事案 経緯報告書",
                  "lines": ["駆けつけ遅延事案 経緯報告書",
                            "作成：日の出産業株式会社 見守りセンター 2025年11月4日",
                            "1. 対象　早乙女 千代 様（86歳） 埼玉県若葉市川向1丁目5-3",
                            "2. 経過　10/30 02:14 無反応アラート発報、委託先への出動指示が システム障害により 5時間遅延",
                            "　　　　 07:26 現着。寝室で倒れているのを発見、救急搬送",
                            "3. 診断　脱水症および低体温症、左大腿部打撲。あおい総合病院に入院中（11/4現在）",
                            "4. 原因　夜間バッチとアラート連携キューの競合（詳細は別紙）",
                            "5. ご家族（長男様）より、補償についての申し入れあり"]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "confidential_marking"],
    note="PDF stamped 極秘 in its page header, also carrying a named subscriber's diagnoses, to an outside law firm")

# 063 — demo units for a dealer, ordinary mail ending with the standard disclaimer
add(id="mimamori-063", sender=frm("sasaki"),
    to=["でんきのホクト 北斗様 <hokuto@hokuto-denki.jp>"],
    subject="店頭デモ機の貸出について",
    charset="iso-2022-jp",
    body=f"""でんきのホクト
北斗 様

いつもお世話になっております。日の出産業の佐々木です。
ご依頼のありました店頭デモ機の貸出について、下記のとおり手配いたしました。

　・GW-500（デモ用SIM入り）×1
　・HS-310 ×2、DS-120 ×1、PB-02 ×1
　・デモ用タブレット（見守りアプリ表示用）×1
　貸出期間：11/20〜2/27
　発送：11/18 青葉運輸にて

デモ用のアカウントは店舗用のものをご利用ください（IDはタブレットに設定済み）。

{sig("sasaki", 0)}

{DISC_JA}
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary dealer mail; the standard confidentiality disclaimer at the end is not a marking")

# 064 — full-width digits: five families' new emergency contacts
_p64 = elders(5)
_blk64 = []
for i, p in enumerate(_p64, 1):
    n2, r2 = contact((p["sei"],))
    _blk64.append(f"{zen(str(i))}．契約番号 {zen(p['cust'])}　{p['name']} 様\n"
                  f"　　旧）{p['c_name']} 様（{p['c_rel']}）{zen(p['c_tel'])}\n"
                  f"　　新）{n2} 様（{r2}）{zen(mobile())}")
add(id="mimamori-064", sender=frm("miyashita"),
    to=["カケル警備保障 指令センター <center@kakeru-keibi.co.jp>"],
    subject="緊急連絡先の変更（５件）",
    charset="cp932",
    body=f"""カケル警備保障 指令センター 御中

お世話になっております。ひので見守りネットの宮下です。
緊急連絡先の変更が５件ありましたので、登録の更新をお願いいたします。

{chr(10).join(_blk64)}

本日１７時以降の出動から新しい連絡先でお願いします。

宮下
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five subscribers with old and new emergency contacts, phones in full-width digits: well over five people")

# 065 — one contact change, full-width phone
add(id="mimamori-065", sender=frm("miyashita"),
    to=["カケル警備保障 指令センター <center@kakeru-keibi.co.jp>"],
    subject="緊急連絡先の変更（１件）",
    charset="iso-2022-jp",
    body=f"""指令センター 御中

お世話になっております。宮下です。
契約番号 Ｍ−２０６６１８ 柿沼 様の緊急連絡先が変わりました。

　新）ご長男　柿沼 哲也 様　{zen("080-4471-2093").replace("－", "−")}

お手数ですが更新をお願いします。

宮下
{sig("miyashita", 3)}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one person's new phone number (full-width digits): a single record, may be warned")

# 066 — 米寿・白寿 gift list: kana names and 和暦 birthdates, tab-separated
_p66 = elders(9)
_tsv66 = ["カナ氏名\t生年月日\t郵便番号\t住所"] + [
    f"{p['kana']}\t{wareki(datetime.date(rng.choice([1937, 1926]), p['born'].month, p['born'].day), 'S0')}\t{p['zip']}\t{p['addr']}"
    for p in _p66]
add(id="mimamori-066", sender=frm("kawaguchi"),
    to=["北国フーズ ギフト担当 <gift@kitaguni-foods.co.jp>"],
    subject="米寿・白寿のお祝い品 発送先リスト",
    charset="utf-8",
    body=f"""北国フーズ ギフトご担当者様

お世話になっております。日の出産業の川口です。
今年度、米寿・白寿を迎えられるご利用者様へのお祝い品（紅白まんじゅう）の発送先です。
Excelから貼り付けていますので、タブ区切りになっています。

{chr(10).join(_tsv66)}

お届けはそれぞれのお誕生日の前週でお願いします。のしは「祝 米寿」「祝 白寿」で。

川口
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="nine people's kana names, 和暦 birthdates and home addresses (tab-separated) to a partner")

# 067 — internal birthday-call list, but an external dealer slipped into Cc
_p67 = elders(11)
add(id="mimamori-067", sender=frm("morimoto"),
    to=[f"センタースタッフ <center-staff@{DOM}>"],
    cc=[addr_of("sasaki"), "山根電化 山根様 <yamane@yamane-denka.co.jp>"],
    subject="12月 お誕生日コール対象者",
    charset="iso-2022-jp",
    body=f"""センターの皆さん

お疲れさまです。森本です。
12月のお誕生日コール対象者です。当日の午前中にお電話をお願いします。

{grid([["氏名", "生年月日", "電話"]] + [[p["name"], wareki(p["born"].replace(month=12), "kanji"), p["tel"]] for p in _p67])}

よろしくお願いします。

森本
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="internal list of 11 people with birthdates and phones, but an external dealer is in Cc")

# 068 — residence card of a foreign recruit to the administrative scrivener
add(id="mimamori-068", sender=frm("hirata"),
    to=["やまと行政書士事務所 大和先生 <yamato@yamato-gyosei.jp>"],
    subject="在留資格変更申請の件（グエン・ヴァン・ナム さん）",
    charset="utf-8",
    body=f"""やまと行政書士事務所
大和 先生

お世話になっております。日の出産業 人事総務部の平田です。
来年2月から駆けつけ員として採用予定の方について、在留資格変更の申請をお願いしたく、
必要事項をお送りします。

　氏名：NGUYEN VAN NAM（グエン・ヴァン・ナム）
　生年月日：1996年3月14日
　国籍：ベトナム
　在留カード番号：UH48213577FA
　現在の在留資格：留学（2026年3月31日まで）
　住所：埼玉県川口市戸塚5-3-1 グリーンハイツ201

雇用契約書の写しは来週お送りします。よろしくお願いいたします。

{sig("hirata", 0)}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a residence card number of one person to an external scrivener")

# 069 — forward of a son's English mail with his passport number, to the locksmith
add(id="mimamori-069", sender=frm("morimoto"),
    to=["カギの松田 受付 <order@kagi-matsuda.com>"],
    subject="FW: Key for my mother's house",
    charset="iso-2022-jp",
    body=f"""カギの松田 御中

いつもお世話になっております。ひので見守りネットの森本です。
シンガポール在住のご長男様が一時帰国の際に鍵を受け取られます。
運転免許証をお持ちでないため、旅券で本人確認をお願いします。
下記メールをご参照ください。

森本

---------- Forwarded message ---------
From: Takashi Ichiki <t.ichiki.sg@gmail.com>
Date: Thu, Nov 13, 2025 at 9:40 PM
Subject: Key for my mother's house
To: <mimamori-support@{DOM}>

Dear Ms. Morimoto,

Thank you for taking care of my mother, Ichiki Fusae.
I will be in Japan from November 22 and would like to collect the spare key
for her house at the locksmith.

For the identity check:
  Name: ICHIKI TAKASHI
  Date of birth: 1968-07-02
  Japanese passport No.: TR4839201 (expires 2031-05-18)

Best regards,
Takashi Ichiki
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a forward is new text: a family member's passport number and birthdate go to the locksmith")

# 070 — English monthly report to a son abroad, nothing sensitive
add(id="mimamori-070", sender=frm("miyashita"),
    to=["Ken Tokuda <ken.tokuda.london@gmail.com>"],
    subject="Monthly watch report for your mother (October)",
    charset="utf-8",
    body=f"""Dear Mr. Tokuda,

Thank you for using Hinode Mimamori Net.
Here is the summary for October.

  - Sensors: daily activity as usual, every day of the month
  - Alerts: none
  - Regular phone call: October 14 (she said she enjoyed the autumn festival)
  - Battery check: pendant battery replaced on October 22

Your mother's monthly fee will be charged to the registered account on November 27.

If you would like to receive this report in Japanese as well, just reply to this e-mail.

{sig("miyashita", 2)}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="English activity summary to one family member on free mail; no health data, no identifiers")

# 071 — delivery of devices to five homes, to a look-alike of aoba-unyu.co.jp
_p71 = elders(5)
add(id="mimamori-071", sender=frm("sasaki"),
    to=["青葉運輸 配送センター <haisou@aoba-unyu.jp>"],
    subject="見守り端末 個人宅配送のお願い（11/19着）",
    charset="cp932",
    body=f"""青葉運輸 配送センター 御中

お世話になっております。日の出産業の佐々木です。
下記5件、個人宅への端末配送をお願いします。いずれも時間指定は午前中です。

{grid([["お届け先", "住所", "電話", "荷物"]] + [[p["name"] + " 様", p["addr"], p["tel"], "GW-500セット"] for p in _p71])}

ご高齢の方ですので、インターホンの後、少しお待ちいただけると助かります。

{sig("sasaki", 4)}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "lookalike_domain"],
    note="five households' names, addresses and phones, to aoba-unyu.jp: a look-alike (co. dropped) of the partner")

# 072 — the real carrier: two households
add(id="mimamori-072", sender=frm("sasaki"),
    to=["青葉運輸 配送センター <haisou@aoba-unyu.co.jp>"],
    subject="見守り端末 個人宅配送（2件）",
    charset="iso-2022-jp",
    body=f"""青葉運輸 配送センター 御中

いつもお世話になっております。佐々木です。
個人宅への配送を2件お願いいたします。

・芹沢 道子 様　〒349-0133 埼玉県若葉市柳原2-3-11　048-719-0246
・古閑 孝 様　〒362-0012 埼玉県上尾市柏座4-16-2　048-773-5128

どちらも11/21（金）14〜16時指定でお願いします。

{sig("sasaki", 3)}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two delivery addresses to the real partner carrier: under the list threshold (may be warned)")

# 073 — meal-link figures to a look-alike of kitaguni-foods.co.jp
add(id="mimamori-073", sender=frm("kawaguchi"),
    to=["北国フーズ 営業部 <eigyo@kitaguni-food.co.jp>"],
    subject="見守り＋配食セット 10月の連携実績",
    charset="utf-8",
    body=f"""北国フーズ 営業部 御中

お世話になっております。日の出産業の川口です。
10月の見守り＋配食セットの連携実績をお送りします。

　セット契約数：218件（前月 +9）
　配食時の異変連絡：14件（うち駆けつけ 6件）
　配食停止の連絡漏れ：2件

配食停止の連絡漏れについて、連絡フローの見直しを次回の定例でご相談させてください。

{sig("kawaguchi", 0)}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain kitaguni-food.co.jp drops a letter from partner kitaguni-foods.co.jp")

# 074 — the real meal partner: year-end delivery schedule
add(id="mimamori-074", sender=frm("kawaguchi"),
    to=["北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>"],
    subject="年末年始の配食休止日と見守り対応",
    charset="cp932",
    body=f"""北国フーズ 営業部 御中

お世話になっております。川口です。
年末年始の配食休止日について、見守り側の対応を次のように考えています。

　配食休止：12/30（火）〜1/3（土）
　この期間は、配食時の安否確認がなくなるため、
　見守りセンターから午前中に電話での安否確認を行います。

休止日に変更があれば、12/15までにお知らせいただけますと助かります。

{sig("kawaguchi", 4)}
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary scheduling mail to the real partner domain")

# 075 — corrupt XLSX to the city
add(id="mimamori-075", sender=frm("shoji"),
    to=["若葉市 高齢福祉課 <koreifukushi@city.wakaba.lg.jp>"],
    subject="緊急通報システム事業 補助金請求明細（10月分）",
    charset="iso-2022-jp",
    body=f"""若葉市 高齢福祉課 御中

お世話になっております。日の出産業の東海林です。
10月分の補助金請求明細をお送りします。
請求書の原本は本日郵送いたしました。

{sig("shoji", 0)}
""",
    attachments=[{"kind": "corrupt", "name": "補助金請求明細_202510.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected")

# ======================================================================================
# 076-100
# ======================================================================================

# 076 — installation photo to a dealer
add(id="mimamori-076", sender=frm("iwabuchi"),
    to=["ライフサポート西村 工事担当 <koji@nishimura-ls.co.jp>"],
    subject="ゲートウェイ設置位置の写真",
    charset="utf-8",
    body=f"""ライフサポート西村 工事ご担当者様

お疲れさまです。日の出産業の岩渕です。
先日ご相談のあった、鉄筋マンションでの GW-500 の設置位置について、
電波が安定した例の写真をお送りします（玄関の靴箱上、外壁側の窓から1m以内）。
アンテナは縦向きにしてください。

{sig("iwabuchi", 0)}
""",
    attachments=[{"kind": "png", "name": "設置写真_玄関靴箱上.png"}],
    expect="pass", entities=[], detectors=[],
    note="a photo of a device installation to a dealer; no personal data")

# 077 — disaster support list (8 people, with physical conditions) as a DOCX table to the city
_p77 = elders(8)
_cond = ["両下肢機能障害・車いす", "在宅酸素療法中", "要介護3・認知症", "視覚障害（弱視）",
         "人工透析（火木土）", "要介護2・脳梗塞後遺症で左片麻痺", "難聴・補聴器使用", "心臓ペースメーカー"]
add(id="mimamori-077", sender=frm("shoji"),
    to=["若葉市 地域福祉課 防災担当 <chiiki-fukushi@city.wakaba.lg.jp>"],
    subject="避難行動要支援者名簿との照合結果（本町地区）",
    charset="cp932",
    body=f"""若葉市 地域福祉課 御中

お世話になっております。日の出産業の東海林です。
ご依頼のありました避難行動要支援者名簿との照合結果をお送りします。
弊社の利用者のうち、名簿に未登録の方が8名いらっしゃいました。
身体の状況は、弊社契約時のヒアリング内容です。

{sig("shoji", 4)}
""",
    attachments=[{"kind": "docx", "name": "照合結果_本町地区.docx",
                  "paragraphs": ["避難行動要支援者名簿 未登録者（本町地区）", "日の出産業株式会社 見守りセンター 2025年11月"],
                  "tables": [[["No", "氏名", "年齢", "住所", "電話", "身体の状況"]] +
                             [[str(i + 1), p["name"], str(p["age"]), p["addr"], p["tel"], _cond[i]]
                              for i, p in enumerate(_p77)]]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX table of 8 named people with addresses, phones and disabilities or illnesses, to the city")

# 078 — minutes of the liaison meeting: organisations and attendees only
add(id="mimamori-078", sender=frm("shoji"),
    to=["若葉市社会福祉協議会 野村様 <nomura@wakaba-shakyo.or.jp>"],
    subject="第2回 見守りネットワーク連絡会 議事録（案）",
    charset="utf-8",
    body=f"""野村様

お世話になっております。東海林です。
先日の連絡会の議事録（案）をお送りします。
修正がございましたら、11/28までにお知らせください。

{sig("shoji", 3)}
""",
    attachments=[{"kind": "docx", "name": "第2回連絡会_議事録案.docx",
                  "paragraphs": ["第2回 見守りネットワーク連絡会 議事録（案）",
                                 "日時：2025年11月13日（木）13:30〜15:00　場所：若葉市役所 本庁舎5階",
                                 "議題1：上期の駆けつけ実績（日の出産業より報告。無反応アラート 1,742件、駆けつけ 431件）",
                                 "議題2：鍵の取扱い。民生委員による鍵の保管は行わない方針を確認。",
                                 "議題3：情報共有の範囲。本人同意書の様式を社協で作成する。",
                                 "次回：2026年1月22日（木）"],
                  "tables": [[["出席者", "所属"], ["野村", "若葉市社会福祉協議会"], ["関口", "民生委員（東台地区）"],
                              ["栗原", "民生委員（緑が丘地区）"], ["東海林", "日の出産業 見守りセンター"]]]}],
    expect="pass", entities=[], detectors=[],
    note="minutes with attendees' names and affiliations only: no personal data about anyone")

# 079 — convenience-store payment slips: 40 customers' names and addresses
_p79 = elders(40)
add(id="mimamori-079", sender=frm("onishi"),
    to=["決済プラザ 収納代行センター <shuno@kessai-plaza.co.jp>"],
    subject="コンビニ払込票 発行データ（12月請求分）",
    charset="iso-2022-jp",
    body=f"""株式会社決済プラザ
収納代行センター ご担当者様

お世話になっております。日の出産業 業務管理課の大西です。
12月請求分のコンビニ払込票の発行データ（40件）を添付いたします。
発送は12月5日でお願いいたします。

{sig("onishi", 1)}
""",
    attachments=[{"kind": "csv", "name": "haraikomi_202512.csv", "encoding": "utf-8",
                  "rows": [["顧客番号", "氏名", "郵便番号", "住所", "請求金額", "支払期限"]] +
                          [[p["cust"], p["name"], p["zip"], p["addr"], rng.choice(["3280", "4780", "9840"]), "2025/12/25"]
                           for p in _p79]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="CSV with 40 customers' names and home addresses to an outside payment agent")

# 080 — dealer commission statement: contract ids and amounts only
add(id="mimamori-080", sender=frm("onishi"),
    to=["でんきのホクト 経理 <keiri@hokuto-denki.jp>"],
    subject="10月分 販売手数料明細のご送付",
    charset="cp932",
    body=f"""でんきのホクト 経理ご担当者様

いつもお世話になっております。日の出産業の大西です。
10月分の販売手数料明細をお送りします。11/25にお振込みいたします。

{sig("onishi", 0)}
""",
    attachments=[{"kind": "csv", "name": "手数料明細_202510_D0120-D0121.csv", "encoding": "cp932",
                  "rows": [["店舗コード", "契約番号", "プラン", "契約日", "手数料"]] +
                          [[rng.choice(["D-0120", "D-0121"]), f"M-{rng.randint(204000, 205999)}",
                            rng.choice(["ベーシック", "駆けつけ付き"]), f"2025/10/{rng.randint(1, 31):02d}", "6000"]
                           for _ in range(17)] + [["合計", "", "", "", "102000"]]}],
    expect="pass", entities=[], detectors=[],
    note="commission CSV of contract numbers, plans and amounts per shop: no names or contact data")

# 081 — emergency information to a hospital: religion (no transfusion) and cancer history
add(id="mimamori-081", sender=frm("morimoto"),
    to=["あおい総合病院 救急外来 <kyukyu@aoi-hp.or.jp>"],
    subject="救急医療情報のご提供（牛腸 義男 様）",
    charset="iso-2022-jp",
    body=f"""あおい総合病院 救急外来 御中

ひので見守りネットの森本です。
先ほど救急搬送された牛腸 義男 様（ゴチョウ ヨシオ、S7.10.21生）について、
弊社でお預かりしている救急医療情報をお知らせします。

・宗教上の理由により、輸血は希望されないとのことです（ご本人の意思表示カードあり）。
・既往歴：前立腺がん（H30 手術）、2型糖尿病
・服薬：メトホルミン、アムロジピン
・ご家族：次男様が本日中に来院予定

何卒よろしくお願いいたします。

{sig("morimoto", 0)}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="religious belief and medical history of a named person (和暦 S7.10.21) to a hospital")

# 082 — a subscriber was a victim of a phone scam: told to the security company
add(id="mimamori-082", sender=frm("miyashita"),
    to=["荒木 様 <araki@kakeru-keibi.co.jp>"],
    subject="剣持様宅への訪問時のお願い",
    charset="utf-8",
    body=f"""荒木様

お世話になっております。宮下です。
若葉市本町の剣持 ミツ 様のお宅へ伺う際のお願いです。

剣持様は先月、息子を名乗る電話によるいわゆるオレオレ詐欺の被害に遭われ、
現金200万円をだまし取られて警察に被害届を出されています。
それ以来、知らない人の訪問にとても敏感になっておられます。

訪問の際は必ず事前にお電話をし、玄関では社員証を見せて、
「ひので見守りネットの依頼で来ました」とお伝えいただけますでしょうか。

よろしくお願いします。

宮下
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="having been a crime victim is 要配慮個人情報: tied to a named subscriber in running text to an outside company")

# 083 — anti-fraud leaflet text to the printer: general, no person
add(id="mimamori-083", sender=frm("kawaguchi"),
    to=["錦印刷 営業部 中西様 <nakanishi@nishiki-insatsu.co.jp>"],
    subject="見守り通信 冬号 原稿（特殊詐欺の記事）",
    charset="cp932",
    body=f"""中西様

お世話になっております。川口です。
見守り通信 冬号の2面の原稿です。レイアウトは秋号と同じでお願いします。

――――――――――――――――――
【特殊詐欺にご注意ください】
「息子だけど、会社のお金をなくした」「市役所ですが、医療費の還付があります」
こんな電話は詐欺です。一度電話を切って、ご家族や警察相談専用電話（#9110）へ。
ひので見守りネットのスタッフが、お金やキャッシュカードを預かることは絶対にありません。
不安なときは、見守りペンダントのボタンを押してご相談ください。
――――――――――――――――――

写真は、警察署との合同啓発イベントのもの（添付なし、前回入稿分）を使ってください。

{sig("kawaguchi", 3)}
""",
    expect="pass", entities=[], detectors=[],
    note="general anti-fraud article with public phone numbers: no person's data")

# 084 — installation note: a subscriber's visual disability (手帳1級)
add(id="mimamori-084", sender=frm("sasaki"),
    to=["ライフサポート西村 工事担当 <koji@nishimura-ls.co.jp>"],
    subject="音声ガイド付き端末の設置（宍戸様）",
    charset="iso-2022-jp",
    body=f"""ライフサポート西村 工事ご担当者様

お世話になっております。日の出産業の佐々木です。
下記の方の設置をお願いします。

　宍戸 修 様　埼玉県さいたま市南区曲本4-9-23

宍戸様は身体障害者手帳1級（視覚障害）をお持ちで、全盲でいらっしゃいます。
音声ガイド付きの PB-02V をお持ちいただき、ボタンの位置を手で触って確認しながら
ご説明いただけますでしょうか。盲導犬がいますので、驚かせないようお願いします。

{sig("sasaki", 0)}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="disability (visual impairment, certificate grade 1) of a named subscriber to a dealer")

# 085 — installation schedule for one subscriber
add(id="mimamori-085", sender=frm("sasaki"),
    to=["みなみ住設 川口営業所 <kawaguchi-eigyo@minami-jyusetsu.co.jp>"],
    subject="設置日程のご連絡（11/25 戸塚）",
    charset="utf-8",
    body=f"""みなみ住設 川口営業所 御中

お世話になっております。佐々木です。
設置日程が決まりましたのでご連絡します。

日時：11月25日（火）16:30〜
場所：埼玉県川口市戸塚3-12-8　間宮 キク 様宅
立会い：長女 間宮 恵 様（日中はお仕事のため、16時以降のご在宅です）
　　　　連絡先 080-2290-6134

機器：GW-500、HS-310×2、DS-120×1

よろしくお願いします。

{sig("sasaki", 1)}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one subscriber's address and her daughter's phone for an installation: two people, may be warned")

# 086 — "hard of hearing" of one named subscriber to a dealer
add(id="mimamori-086", sender=frm("sasaki"),
    to=["株式会社アイケア 工事課 <koji@i-care-net.jp>"],
    subject="電池交換訪問のお願い（小峰様）",
    charset="cp932",
    body=f"""アイケア 工事課 御中

お世話になっております。佐々木です。
ペンダントの電池交換をお願いします。

　小峰 源蔵 様　埼玉県さいたま市見沼区南中野2-5-17

小峰様はやや耳が遠くていらっしゃるので、インターホンは長めに鳴らし、
お返事がなければ勝手口側の窓を軽くノックしてください。

{sig("sasaki", 3)}
""",
    expect="either", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="'hard of hearing' of one named person: an everyday remark or a health/disability detail? arguable")

# 087 — campaign notice to five dealers, all in To
_dealers = ["山根電化 山根様 <yamane@yamane-denka.co.jp>", "でんきのホクト 北斗様 <hokuto@hokuto-denki.jp>",
            "ライフサポート西村 西村様 <nishimura@nishimura-ls.co.jp>",
            "みなみ住設 <kawaguchi-eigyo@minami-jyusetsu.co.jp>", "アイケア 営業部 <eigyo@i-care-net.jp>"]
add(id="mimamori-087", sender=frm("kawaguchi"),
    to=_dealers,
    subject="【販売店各位】冬の見守り応援キャンペーンのご案内",
    charset="cp932",
    body=f"""販売店各位

いつも大変お世話になっております。日の出産業 営業推進の川口です。
12月1日から「冬の見守り応援キャンペーン」を実施いたします。

・期間：2025年12月1日〜2026年2月28日
・内容：新規ご契約で初月無料＋人感センサー1台追加無料
・販促物：チラシ・のぼりを11月26日に各店へ発送します

ご不明点は川口までお問い合わせください。

{sig("kawaguchi", 0)}
""",
    html="""<html><body>
<p>販売店各位</p>
<p>いつも大変お世話になっております。日の出産業 営業推進の川口です。<br>
12月1日から<b>「冬の見守り応援キャンペーン」</b>を実施いたします。</p>
<ul><li>期間：2025年12月1日〜2026年2月28日</li>
<li>内容：新規ご契約で初月無料＋人感センサー1台追加無料</li>
<li>販促物：チラシ・のぼりを11月26日に各店へ発送します</li></ul>
<p>ご不明点は川口までお問い合わせください。</p>
<p>日の出産業株式会社 見守りサービス事業部 営業推進課 川口 健太<br>TEL 048-887-5531</p>
</body></html>""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five dealer companies can see each other in To: should have been Bcc")

# 088 — order cut-off notice to dealers, properly in Bcc
add(id="mimamori-088", sender=frm("kawaguchi"),
    to=[addr_of("kawaguchi")],
    bcc=["yamane@yamane-denka.co.jp", "hokuto@hokuto-denki.jp", "nishimura@nishimura-ls.co.jp",
         "kawaguchi-eigyo@minami-jyusetsu.co.jp", "eigyo@i-care-net.jp", "info@denka-matsui.jp"],
    subject="【販売店各位】年末年始の受注締切について",
    charset="iso-2022-jp",
    body="""販売店各位
（BCCにて一斉送信しております）

いつもお世話になっております。日の出産業の川口です。
年末年始の受注締切についてご案内いたします。

　年内出荷分の受注締切：12月19日（金）15時
　年始の出荷開始　　　：1月6日（火）

締切後のご注文は、1月6日以降の出荷となります。
ご理解のほど、よろしくお願いいたします。

日の出産業株式会社 営業推進課 川口
""",
    expect="pass", entities=[], detectors=[],
    note="dealers addressed in Bcc, To is the sender himself: nobody sees the others")

# 089 — accident list for the insurer (legacy XLS): six people with injuries
_p89 = elders(6)
_inj = ["右手首骨折", "頭部打撲・3針縫合", "左肋骨骨折", "顔面打撲", "腰椎圧迫骨折", "右膝挫傷"]
add(id="mimamori-089", sender=frm("shoji"),
    to=["東海あんしん損保 保険金サービス課 <claim@anshin-sonpo.co.jp>"],
    subject="賠償責任保険 上期 事故報告一覧",
    charset="utf-8",
    body=f"""東海あんしん損害保険株式会社
保険金サービス課 御中

お世話になっております。日の出産業 見守りセンターの東海林です。
上期の事故報告一覧（駆けつけ時の事故・利用者の負傷を含む）をお送りします。
年次の更改手続きの資料としてお使いください。

{sig("shoji", 0)}
""",
    attachments=[{"kind": "xls", "name": "事故報告一覧_2025上期.xls",
                  "sheets": {"上期": [["事故日", "契約者", "年齢", "住所", "事故内容", "負傷"]] +
                                    [[f"2025/{rng.randint(4, 9)}/{rng.randint(1, 28)}", p["name"], p["age"], p["addr"],
                                      rng.choice(["駆けつけ到着前の転倒", "浴室での転倒", "階段からの転落", "夜間トイレでの転倒"]),
                                      _inj[i]] for i, p in enumerate(_p89)]}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="legacy XLS with six named people, addresses and injuries to an insurer")

# 090 — one property-damage claim, no injury
add(id="mimamori-090", sender=frm("iwabuchi"),
    to=["東海あんしん損保 保険金サービス課 <claim@anshin-sonpo.co.jp>"],
    subject="事故受付 AS-25-10873 の件（玄関錠の破損）",
    charset="cp932",
    body=f"""東海あんしん損保 保険金サービス課 御中

お世話になっております。日の出産業の岩渕です。
事故受付番号 AS-25-10873 の件、追加のご報告です。

11/6 の駆けつけの際、預かり鍵が合わず、やむを得ず玄関錠を破壊して入室しました。
ご本人は居間でテレビをご覧になっていて、けが等はございませんでした。

　お宅：馬淵 孝 様　埼玉県若葉市新田3-1-24
　損害：玄関錠（シリンダー）交換 一式　見積 38,500円（カギの松田）

見積書は郵送いたします。

{sig("iwabuchi", 0)}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="one person's name and address for a property-damage claim, explicitly no injury: a single record")

# 091 — outage report with a colleague in Cc on the wrong TLD
add(id="mimamori-091", sender=frm("nagao"),
    to=[f"見守りセンター <mimamori-center@{DOM}>"],
    cc=["川口 健太 <kawaguchi.kenta@hinode-sangyo.jp>"],
    subject="【障害報告】11/15 GW-300 通信断（復旧済み）",
    charset="iso-2022-jp",
    body="""見守りセンター各位
（cc：営業推進 川口さん）

情シス長尾です。本日の障害について報告します。

発生：11/15 03:10〜04:55
影響：GW-300（旧型）約640台でハートビート途絶、無反応アラートの誤発報 212件
原因：通信キャリア側の 3G 帯メンテナンス（事前告知の見落とし）
対応：誤発報分は電話確認で全件クローズ済み。駆けつけは発生せず。
今後：GW-500 への入替を前倒し。販売店への案内文は川口さんから。

以上
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="Cc goes to hinode-sangyo.jp, a TLD-swap look-alike of the company's own domain")

# 092 — internal subdomain: key list for the in-house team
_p92 = elders(25)
add(id="mimamori-092", sender=frm("morimoto"),
    to=["駆けつけチーム <kaketsuke-team@mimamori.hinode-sangyo.co.jp>"],
    cc=[addr_of("shoji")],
    subject="鍵預かり先一覧（社内用・11月）",
    charset="utf-8",
    body="""駆けつけチームの皆さん

森本です。11月の鍵預かり先一覧です。
キー庫の番号と照合して、差異があれば私まで。

森本
""",
    attachments=[{"kind": "xlsx", "name": "鍵預かり先一覧_社内_11月.xlsx",
                  "sheets": {"一覧": [["鍵預かり先一覧（社内用）2025年11月"],
                                    ["鍵番号", "氏名", "住所", "電話", "緊急連絡先", "電話（緊急）"]] +
                                   [[f"K-{rng.randint(2000, 2399):05d}", p["name"], p["addr"], p["tel"], p["c_name"], p["c_tel"]]
                                    for p in _p92]}}],
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="25-person key list, but sent to an internal subdomain and an internal Cc only")

# 093 — subsidy application by proxy: My Number in full-width digits to the city
_mn3 = my_number(SEED + 3)
add(id="mimamori-093", sender=frm("miyashita"),
    to=["若葉市 高齢福祉課 <koreifukushi@city.wakaba.lg.jp>"],
    subject="緊急通報装置 設置費助成 代理申請（相馬様）",
    charset="cp932",
    body=f"""若葉市 高齢福祉課 御中

お世話になっております。ひので見守りネットの宮下です。
緊急通報装置設置費助成について、ご本人の委任により代理申請いたします。
申請書の記載事項を下記にお送りします。原本は窓口へ持参いたします。

　申請者　　相馬 ヨシ
　生年月日　昭和１３年２月２７日
　住所　　　若葉市緑が丘４丁目１８－６
　個人番号　{zen(_mn3[:4])} {zen(_mn3[4:8])} {zen(_mn3[8:])}
　世帯　　　単身

ご確認のほど、よろしくお願いいたします。

宮下
""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a My Number written in full-width digits, with 和暦 birthdate and address, to the city")

# 094 — procedure question to the city, no personal data
add(id="mimamori-094", sender=frm("miyashita"),
    to=["若葉市 高齢福祉課 <koreifukushi@city.wakaba.lg.jp>"],
    subject="設置費助成の代理申請について（お問い合わせ）",
    charset="iso-2022-jp",
    body=f"""若葉市 高齢福祉課 御中

いつもお世話になっております。ひので見守りネットの宮下です。
緊急通報装置設置費助成の代理申請について、2点教えてください。

1. 委任状は市の様式でなければなりませんか。弊社の様式でも受け付けていただけますか。
2. 個人番号の記載が必要な場合、メールではなく窓口での提出でよろしいでしょうか。

お手数ですが、ご教示のほどよろしくお願いいたします。

{sig("miyashita", 0)}
""",
    expect="pass", entities=[], detectors=[],
    note="a procedural question to the city; mentions 個人番号 as a topic, carries none")

# 095 — monthly report ZIP (no password) with a 30-person XLSX and a summary DOCX
_p95 = elders(30)
add(id="mimamori-095", sender=frm("shoji"),
    to=["若葉市 高齢福祉課 <koreifukushi@city.wakaba.lg.jp>"],
    subject="10月 月次報告一式",
    charset="utf-8",
    body=f"""若葉市 高齢福祉課 御中

お世話になっております。東海林です。
10月の月次報告一式をZIPでお送りします。
利用者別の稼働状況は、今月から様式が変わっております。

{sig("shoji", 1)}
""",
    attachments=[{"kind": "zip", "name": "10月月次報告.zip",
                  "files": [{"kind": "xlsx", "name": "月次報告/利用者別稼働状況_202510.xlsx",
                             "sheets": {"稼働状況": [["利用者別稼働状況（2025年10月）"], [],
                                                 ["受給者番号", "氏名", "住所", "電話", "アラート", "駆けつけ", "通話"]] +
                                                [[f"W-{rng.randint(10000, 19999)}", p["name"], p["addr"], p["tel"],
                                                  rng.randint(0, 6), rng.randint(0, 2), rng.randint(1, 5)] for p in _p95],
                                        "集計": [["項目", "件数"], ["設置台数", 387], ["アラート", 349], ["駆けつけ", 73]]}},
                            {"kind": "docx", "name": "月次報告/概要.docx",
                             "paragraphs": ["10月 月次報告 概要", "設置台数 387台（前月比 +6）", "救急要請 8件"]}]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="ZIP (no password) holding an XLSX with 30 named users' addresses and phones, to the city")

# 096 — interview schedule for one applicant on gmail
add(id="mimamori-096", sender=frm("hirata"),
    to=["内山 様 <uchiyama.daichi.job@gmail.com>"],
    subject="【日の出産業】駆けつけスタッフ 面接日程のご案内",
    charset="iso-2022-jp",
    body=f"""内山 様

このたびは、日の出産業株式会社 見守りサービス事業部の
駆けつけスタッフ（夜間）の募集にご応募いただき、ありがとうございます。

書類選考の結果、面接にお越しいただきたくご連絡いたしました。

　日時：11月21日（金）10:00〜11:00
　場所：弊社 南浦和ビル 4F 受付にて「人事 平田」をお呼びください
　持ち物：筆記用具、普通自動車運転免許証（ご提示のみ）

ご都合が悪い場合は、本メールにご返信ください。

{sig("hirata", 0)}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="interview invitation to one applicant on free mail; only mentions bringing a licence, carries no number")

# 097 — a dispatched worker's health check result to the staffing agency
add(id="mimamori-097", sender=frm("hirata"),
    to=["スマイル人材 派遣営業部 <haken@smile-jinzai.co.jp>"],
    subject="派遣スタッフ 小田切様の夜勤について",
    charset="cp932",
    body=f"""スマイル人材株式会社
派遣営業部 ご担当者様

お世話になっております。日の出産業 人事総務部の平田です。

当社で駆けつけ業務に従事いただいている小田切 誠 様ですが、
先月の定期健康診断で血圧が172/104と高く「要精密検査」の判定となり、
ご本人からも時々めまいがあると伺っております。

夜勤を続けていただいてよいか判断がつかないため、御社から主治医の意見を
確認いただけますでしょうか。それまでの間は日勤のみのシフトといたします。

{sig("hirata", 4)}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="health check result (blood pressure, referral) of a named worker to the staffing agency")

# 098 — newly single residents: five names with town districts only
add(id="mimamori-098", sender=frm("shoji"),
    to=["若葉市社会福祉協議会 野村様 <nomura@wakaba-shakyo.or.jp>"],
    subject="新たに一人暮らしになられた方（ご参考）",
    charset="utf-8",
    body=f"""野村様

お世話になっております。東海林です。
この秋、配偶者を亡くされるなどで新たにお一人暮らしになられた弊社利用者の方です。
ご本人から、社協の見守り訪問を受けたいとのお話がありました（氏名と町名のみ記載します）。

・柿沼 タカ さん（本町1丁目）
・根岸 清 さん（緑が丘2丁目）
・島村 文子 さん（東台）
・須賀 與一 さん（栄町）
・安西 ハル さん（川向）

詳しいご住所・お電話は、訪問のご予定が決まりましたらお伝えします。

{sig("shoji", 3)}
""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="five names with only a town district and 'living alone': a list of people, or too thin to be records? arguable")

# 099 — forward of a family member's mail with a new card number to the payment agent
_cc2 = card_number(SEED + 2)
add(id="mimamori-099", sender=frm("onishi"),
    to=["ペイネクスト 加盟店サポート <support@paynext.co.jp>"],
    subject="FW: クレジットカード変更のお願い（長谷部）",
    charset="utf-8",
    body=f"""ペイネクスト 加盟店サポートデスク御中

お世話になっております。日の出産業（加盟店ID：HN-00412）の大西です。
下記のとおり、ご契約者のご家族からカード変更のご依頼がありました。
登録の変更をお願いいたします。

大西

-------- 転送メッセージ --------
件名: クレジットカード変更のお願い（長谷部）
日付: Fri, 14 Nov 2025 20:18:44 +0900
差出人: 長谷部 由美子 <yumiko.hasebe@outlook.jp>
宛先: mimamori-support@{DOM}

ひので見守りネット御中

父 長谷部 稔（顧客番号 M-209377）の利用料を払っているカードが
期限切れになったので、新しいカードに変えてください。

{_cc2[:4]}-{_cc2[4:8]}-{_cc2[8:12]}-{_cc2[12:]}
有効期限 2030年3月
名義 YUMIKO HASEBE

よろしくお願いします。
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="a forwarded family mail carrying a card number (hyphenated) goes to the payment agent: the forward counts")

# 100 — new dealer contact: only one business contact and signatures
add(id="mimamori-100", sender=frm("sasaki"),
    to=["株式会社アイケア 営業部 三好様 <miyoshi@i-care-net.jp>"],
    subject="Re: 担当者変更のご連絡",
    charset="cp932",
    body=f"""株式会社アイケア
営業部 三好 様

ご丁寧にご連絡いただき、ありがとうございます。日の出産業の佐々木です。
12月から三好様がご担当とのこと、承知いたしました。
社内の販売店台帳も、下記のとおり更新いたしました。

　株式会社アイケア 営業部 三好 様
　TEL 048-683-4002（代表）／携帯 080-6605-1170
　miyoshi@i-care-net.jp

今後ともどうぞよろしくお願いいたします。
近いうちにご挨拶に伺わせてください。

{sig("sasaki", 1)}

-----Original Message-----
From: 三好 <miyoshi@i-care-net.jp>
Sent: Friday, November 14, 2025 11:03 AM
To: 佐々木 悠 <sasaki.yu@{DOM}>
Subject: 担当者変更のご連絡

日の出産業 佐々木様

いつもお世話になっております。
12月1日より、前任の井上に代わり三好が御社を担当させていただきます。

株式会社アイケア 営業部 三好 隼
""",
    expect="pass", entities=[], detectors=[],
    note="the recipient's own business contact details echoed back, plus signatures: no one else's personal data")
