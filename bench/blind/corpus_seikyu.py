"""Blind evaluation corpus — AREA: seikyu (請求・債権回収, consumer customers).

Billing and collections mail of 日の出産業株式会社 (経理部 債権管理課 / お客様請求センター):
請求書の発行, 口座振替の不能通知, 未払い顧客への督促, 回収代行会社（サービサー）・弁護士への委託,
分割払いの相談.  Every person, number, address, company outside the brief's list and
every domain not named in the brief is invented.  Written blind, from BRIEF.md, build.py
and SPEC.md only (no look at mailguard's code, rules, tests or other corpus files).
"""

from __future__ import annotations

import itertools
import random
import unicodedata

from build import card_number, my_number

SEED = 38401
rng = random.Random(SEED)

_card_k = itertools.count()
_myno_k = itertools.count()


def next_card() -> str:
    return card_number(SEED + next(_card_k))


def next_my_number() -> str:
    return my_number(SEED + next(_myno_k))


def corp_number(base12: str) -> str:
    """法人番号: check digit (first digit) from the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# ---------------------------------------------------------------- invented people ------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"), ("佐々木", "ササキ", "Sasaki"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("斎藤", "サイトウ", "Saito"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤原", "フジワラ", "Fujiwara"), ("後藤", "ゴトウ", "Goto"),
    ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("藤井", "フジイ", "Fujii"),
    ("岡本", "オカモト", "Okamoto"), ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"),
    ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
    ("和田", "ワダ", "Wada"), ("石田", "イシダ", "Ishida"), ("上田", "ウエダ", "Ueda"),
    ("柴田", "シバタ", "Shibata"), ("酒井", "サカイ", "Sakai"), ("工藤", "クドウ", "Kudo"),
    ("横山", "ヨコヤマ", "Yokoyama"), ("宮本", "ミヤモト", "Miyamoto"), ("内田", "ウチダ", "Uchida"),
    ("安藤", "アンドウ", "Ando"), ("谷口", "タニグチ", "Taniguchi"), ("丸山", "マルヤマ", "Maruyama"),
    ("今井", "イマイ", "Imai"), ("河野", "コウノ", "Kono"), ("小川", "オガワ", "Ogawa"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("東海林", "ショウジ", "Shoji"),
    ("五十嵐", "イガラシ", "Igarashi"), ("御手洗", "ミタライ", "Mitarai"),
    ("百目鬼", "ドウメキ", "Domeki"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("九十九", "ツクモ", "Tsukumo"), ("仲宗根", "ナカソネ", "Nakasone"), ("比嘉", "ヒガ", "Higa"),
    ("我如古", "ガネコ", "Ganeko"), ("四十物", "アイモノ", "Aimono"), ("鬼頭", "キトウ", "Kito"),
    ("真壁", "マカベ", "Makabe"), ("栗栖", "クリス", "Kurisu"), ("左右田", "ソウダ", "Soda"),
]
MALE = [
    ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("健一", "ケンイチ", "Kenichi"),
    ("誠", "マコト", "Makoto"), ("拓也", "タクヤ", "Takuya"), ("直樹", "ナオキ", "Naoki"),
    ("博", "ヒロシ", "Hiroshi"), ("隆", "タカシ", "Takashi"), ("和也", "カズヤ", "Kazuya"),
    ("悠斗", "ユウト", "Yuto"), ("蓮", "レン", "Ren"), ("勝利", "カツトシ", "Katsutoshi"),
    ("正雄", "マサオ", "Masao"), ("茂", "シゲル", "Shigeru"), ("浩二", "コウジ", "Koji"),
    ("雄一郎", "ユウイチロウ", "Yuichiro"), ("剛", "ツヨシ", "Tsuyoshi"), ("亮介", "リョウスケ", "Ryosuke"),
    ("昭彦", "アキヒコ", "Akihiko"), ("功", "イサオ", "Isao"),
]
FEMALE = [
    ("陽子", "ヨウコ", "Yoko"), ("美咲", "ミサキ", "Misaki"), ("恵", "メグミ", "Megumi"),
    ("由美", "ユミ", "Yumi"), ("さくら", "サクラ", "Sakura"), ("真由美", "マユミ", "Mayumi"),
    ("裕子", "ユウコ", "Yuko"), ("千尋", "チヒロ", "Chihiro"), ("愛", "アイ", "Ai"),
    ("智子", "トモコ", "Tomoko"), ("結衣", "ユイ", "Yui"), ("久美子", "クミコ", "Kumiko"),
    ("静香", "シズカ", "Shizuka"), ("綾乃", "アヤノ", "Ayano"), ("ふみ", "フミ", "Fumi"),
    ("トメ", "トメ", "Tome"), ("明美", "アケミ", "Akemi"), ("奈々", "ナナ", "Nana"),
]
# (都道府県, 市区町村, 町域, 〒, 市外局番)
PLACES = [
    ("東京都", "世田谷区", "桜新町", "154-0015", "03"), ("東京都", "練馬区", "石神井台", "177-0045", "03"),
    ("東京都", "八王子市", "長房町", "193-0824", "042"),
    ("神奈川県", "横浜市港北区", "日吉本町", "223-0062", "045"),
    ("神奈川県", "相模原市南区", "上鶴間", "252-0302", "042"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330-0061", "048"), ("埼玉県", "川越市", "新富町", "350-0043", "049"),
    ("千葉県", "船橋市", "前原西", "274-0825", "047"), ("千葉県", "柏市", "豊四季", "277-0861", "04"),
    ("大阪府", "豊中市", "緑丘", "560-0002", "06"), ("大阪府", "堺市北区", "中百舌鳥町", "591-8023", "072"),
    ("愛知県", "名古屋市千種区", "覚王山通", "464-0841", "052"), ("愛知県", "岡崎市", "羽根町", "444-0813", "0564"),
    ("福岡県", "福岡市早良区", "西新", "814-0002", "092"), ("北海道", "札幌市北区", "北二十四条西", "001-0024", "011"),
    ("宮城県", "仙台市青葉区", "上杉", "980-0011", "022"), ("兵庫県", "西宮市", "甲子園口", "663-8113", "0798"),
    ("京都府", "京都市左京区", "下鴨松ノ木町", "606-0802", "075"), ("静岡県", "浜松市中央区", "佐鳴台", "432-8021", "053"),
    ("広島県", "広島市安佐南区", "祇園", "731-0138", "082"), ("茨城県", "つくば市", "竹園", "305-0032", "029"),
    ("新潟県", "新潟市中央区", "関屋", "951-8141", "025"), ("沖縄県", "那覇市", "首里石嶺町", "903-0804", "098"),
    ("長野県", "松本市", "島内", "390-0851", "0263"), ("岡山県", "倉敷市", "中庄", "701-0112", "086"),
    ("熊本県", "熊本市東区", "健軍", "862-0911", "096"),
]
BUILDINGS = ["コーポ桜", "グランメゾン", "ハイツ若葉", "サンライズ", "レジデンス翠", "メゾン・ド・ソレイユ",
             "パークヒルズ", "第二ひまわり荘", "リバーサイド", "アーバンコート"]
BANKS = [("みどり銀行", ["本店営業部", "新宿支店", "横浜駅前支店", "梅田支店", "浦和支店", "船橋支店"]),
         ("東都銀行", ["日本橋支店", "池袋支店", "吉祥寺支店"]),
         ("北斗信用金庫", ["本店", "中央支店", "西町支店"]),
         ("ひまわり銀行", ["天神支店", "博多駅前支店"]),
         ("なぎさ信用組合", ["本店", "港支店"])]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
            "softbank.ne.jp", "hotmail.co.jp", "au.com", "i.softbank.jp"]

_used_names: set[str] = set()


def person(female: bool | None = None, old: bool = False) -> dict:
    while True:
        sur = rng.choice(SURNAMES)
        fem = rng.random() < 0.5 if female is None else female
        giv = rng.choice(FEMALE if fem else MALE)
        if sur[0] + giv[0] not in _used_names:
            _used_names.add(sur[0] + giv[0])
            break
    pref, city, town, zipc, area = rng.choice(PLACES)
    chome, ban, go = rng.randint(1, 5), rng.randint(1, 28), rng.randint(1, 22)
    if rng.random() < 0.45:
        bld = f" {rng.choice(BUILDINGS)}{rng.randint(1, 6)}0{rng.randint(1, 9)}号室"
    else:
        bld = ""
    y = rng.randint(1936, 1960) if old else rng.randint(1948, 2001)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    mob = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    k = 6 - len(area)
    local = f"{area}-{rng.randint(2 * 10 ** (k - 1), 10 ** k - 1)}-{rng.randint(1000, 9999)}"
    bank, branches = rng.choice(BANKS)
    user = (sur[2].lower() + rng.choice(["", ".", "_", ""]) + giv[2].lower()[: rng.randint(1, len(giv[2]))]
            + str(rng.randint(1, 99)) * rng.randint(0, 1))
    return {
        "sei": sur[0], "mei": giv[0], "sei_kana": sur[1], "mei_kana": giv[1],
        "name": f"{sur[0]} {giv[0]}", "kana": f"{sur[1]} {giv[1]}", "roma": f"{giv[2]} {sur[2]}",
        "female": fem, "pref": pref, "city": city, "town": town, "zip": zipc,
        "addr": f"{pref}{city}{town}{chome}-{ban}-{go}{bld}",
        "addr_k": f"{pref}{city}{town}{chome}丁目{ban}番{go}号{bld}",
        "y": y, "m": m, "d": d, "mobile": mob, "tel": local,
        "bank": bank, "branch": rng.choice(branches), "acct": f"{rng.randint(0, 9999999):07d}",
        "email": f"{user}@{rng.choice(FREEMAIL)}",
        "cust": f"HS{rng.randint(10, 25):02d}{rng.randint(0, 999999):06d}",
        "amount": rng.randrange(3, 160) * 1000 + rng.choice([0, 280, 500, 740, 980, 1320 % 1000]),
        "months": rng.randint(1, 7),
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


_ZEN = str.maketrans("0123456789-/.()", "０１２３４５６７８９－／．（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def yen(n: int) -> str:
    return f"{n:,}"


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (1989, 1, 8):
        era, short, ey = "平成", "H", y - 1988
    elif (y, m, d) >= (1926, 12, 25):
        era, short, ey = "昭和", "S", y - 1925
    else:
        era, short, ey = "大正", "T", y - 1911
    if y >= 2019 and (y, m) >= (2019, 5):
        era, short, ey = "令和", "R", y - 2018
    if style == "kanji":
        return f"{era}{ey}年{m}月{d}日"
    if style == "zen":
        return zen(f"{era}{ey}年{m}月{d}日").replace("年", "年")
    if style == "short":
        return f"{short}{ey}.{m}.{d}"
    if style == "zshort":
        return zen(f"{short}{ey}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    raise ValueError(style)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - width(s), 0)


def table_text(rows: list[list[str]], rule: str = "-", sep: str = "  ") -> str:
    ws = [max(width(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = [sep.join(pad(str(c), ws[i]) for i, c in enumerate(rows[0])).rstrip()]
    out.append(rule * ((sum(ws) + width(sep) * (len(ws) - 1)) // width(rule)))
    for r in rows[1:]:
        out.append(sep.join(pad(str(c), ws[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


# ---------------------------------------------------------------- our side -------------

D = "hinode-sangyo.co.jp"
NAKAMURA = f"中村 沙織 <s.nakamura@{D}>"
ONODERA = f"小野寺 聡 <onodera.satoshi@{D}>"
ISHII = f"石井 由紀 <y-ishii@{D}>"
KITAMURA = f"北村健太 <k.kitamura@{D}>"
FUJISAKI = f"藤崎 玲奈 <fujisaki.r@{D}>"
SAKAGUCHI = f"坂口 亘 <sakaguchi@{D}>"
HASEBE = f"長谷部 誠 <hasebe.makoto@{D}>"
BILLING = f"日の出産業 お客様請求センター <seikyu-center@{D}>"

SIG_NAKAMURA = """
──────────────────────────
日の出産業株式会社 経理部 債権管理課
中村 沙織（Saori Nakamura）
〒103-0027 東京都中央区日本橋2-7-1 日の出ビル5F
TEL 03-5201-7731（直通） / FAX 03-5201-7739
s.nakamura@hinode-sangyo.co.jp
──────────────────────────"""
SIG_ONODERA = """
--
日の出産業(株) 債権管理課
小野寺 聡
TEL:03-5201-7734  携帯:080-3312-5590
"""
SIG_ISHII = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 お客様請求センター
石井 由紀
フリーダイヤル 0120-381-227（平日9:00～18:00）
〒330-0854 埼玉県さいたま市大宮区桜木町1-10-3 大宮センタービル8階
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""
SIG_KITAMURA = """
-------------------------------------
北村 健太 / Kenta Kitamura
日の出産業株式会社 経理部 請求グループ
Tel 03-5201-7720  Fax 03-5201-7739
-------------------------------------"""
SIG_FUJISAKI = """
======================================
日の出産業株式会社 法務部
藤崎 玲奈
〒103-0027 東京都中央区日本橋2-7-1
TEL 03-5201-7810
======================================"""
SIG_SAKAGUCHI = """
__
坂口 亘 (Wataru Sakaguchi)
日の出産業株式会社 情報システム部 基幹システムG
内線 4471 / 03-5201-7471"""
SIG_HASEBE = """
──
日の出産業株式会社
経理部 債権管理課 課長　長谷部 誠
TEL 03-5201-7730"""
SIG_CENTER = """
────────────────────────────
日の出産業株式会社 お客様請求センター
フリーダイヤル：0120-381-227
受付時間：平日 9:00～18:00（土日祝・年末年始を除く）
※本メールは送信専用ではございません。ご返信いただけます。
────────────────────────────"""
DISCLAIMER_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを破棄してください。"""
DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""

# ---------------------------------------------------------------- partners -------------
LAW = "shirakawa-law.jp"          # 白川法律事務所 (partner)
BANK = "midori-ginko.co.jp"       # みどり銀行 (partner)
PRINT = "nishiki-insatsu.co.jp"   # 錦印刷 (partner)
SYS = "tsubasa-system.jp"         # ツバサシステム (partner)
UNYU = "aoba-unyu.co.jp"          # 青葉運輸 (partner)
SRV = "minato-saiken.co.jp"       # みなと債権回収株式会社 (invented servicer)
SRV2 = "frontier-servicer.co.jp"  # フロンティア債権回収 (invented)
SRV3 = "nihonbashi-credit.co.jp"  # 日本橋クレジットサービス (invented)
PAY = "paygate-japan.com"         # 決済代行 ペイゲート・ジャパン (invented)
HOSHO = "hikari-shinpan.co.jp"    # 保証会社 ひかり信販 (invented)

MESSAGES: list[dict] = []


def msg(n: int, *, sender: str, to: list[str], subject: str, expect: str, entities: list[str],
        detectors: list[str], note: str, body: str | None = None, html: str | None = None,
        cc: list[str] | None = None, bcc: list[str] | None = None, charset: str = "iso-2022-jp",
        attachments: list[dict] | None = None) -> None:
    m = {"id": f"seikyu-{n:03d}", "sender": sender, "to": to, "cc": cc or [], "bcc": bcc or [],
         "subject": subject, "charset": charset, "expect": expect, "entities": entities,
         "detectors": detectors, "note": note, "attachments": attachments or []}
    if body is not None:
        m["body"] = body
    if html is not None:
        m["html"] = html
    MESSAGES.append(m)


# ======================================================================= 001-020 ========

# 001 — 振替不能者の再請求書（払込票）を錦印刷へ: padded columns in the body
_p = people(7)
_rows = [["顧客番号", "氏名", "〒", "住所", "再請求額"]]
for p in _p:
    _rows.append([p["cust"], p["name"], p["zip"], p["addr"], yen(p["amount"]) + "円"])
msg(1, sender=NAKAMURA, to=[f"ohashi@{PRINT}"], subject="5月分 口座振替不能分 払込票印刷のお願い",
    body=f"""錦印刷株式会社
大橋様

いつもお世話になっております。日の出産業の中村です。

5月27日振替分のうち、残高不足等で振替できなかったお客様へ
コンビニ払込票付きの再請求書を発送したく、印刷をお願いいたします。
宛先は下記7件です（前回と同じレイアウトでお願いします）。

{table_text(_rows)}

払込期限は6月20日で印字をお願いします。
6月10日（火）発送できれば助かります。

よろしくお願いいたします。
{SIG_NAKAMURA}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="7 customers' names and home addresses to an external printer: a list of people")

# 002 — みどり銀行へ振替結果データの受領日確認: plain business mail
msg(2, sender=KITAMURA, to=[f"furikae-center@{BANK}"], cc=[f"s.nakamura@{D}"],
    subject="振替結果データ（6月27日振替分）の返却予定日について",
    body="""みどり銀行 口座振替センター
ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 経理部の北村でございます。

6月27日振替分の結果データにつきまして、返却予定日を確認させてください。
6月は27日が金曜日のため、通常どおり翌営業日（6月30日）午後の返却との
理解でよろしいでしょうか。

また、7月より委託者コード（0003841）の請求データ件数が約1,200件増える見込みです。
持込期限（振替日の5営業日前）に変更がないかも併せてご教示いただけますと幸いです。

お手数をおかけしますが、よろしくお願い申し上げます。
""" + SIG_KITAMURA,
    expect="pass", entities=[], detectors=[],
    note="routine mail to a partner bank about schedules and a company code; no personal data")

# 003 — サービサーへの委託明細 XLSX（表紙 + 明細、タイトル行つき）
_p = people(9)
_detail = [["回収委託明細（2025年6月 第2回委託分）"], [],
           ["No", "顧客番号", "契約者氏名", "フリガナ", "生年月日", "郵便番号", "住所", "自宅電話",
            "携帯電話", "滞納額", "滞納月数", "最終入金日"]]
for i, p in enumerate(_p, 1):
    _detail.append([i, p["cust"], p["name"], p["kana"], f"{p['y']}/{p['m']:02d}/{p['d']:02d}",
                    p["zip"], p["addr"], p["tel"] if rng.random() < 0.6 else "", p["mobile"],
                    p["amount"], p["months"], f"2024/{rng.randint(8, 12)}/{rng.randint(1, 28)}"])
msg(3, sender=ONODERA, to=[f"okabe@{SRV}"], charset="utf-8",
    subject="【日の出産業】6月第2回 回収委託分の明細送付",
    body=f"""みなと債権回収株式会社
岡部様

お世話になっております。日の出産業 債権管理課の小野寺です。

6月第2回委託分の明細をお送りします。
今回は9件、委託元本合計は明細シートの末尾をご確認ください。
受託のご連絡をいただけましたら、当社からの督促は停止いたします。

添付：回収委託明細_202506_2.xlsx
{SIG_ONODERA}""",
    attachments=[{"kind": "xlsx", "name": "回収委託明細_202506_2.xlsx",
                  "sheets": {"表紙": [["回収業務委託 明細書"], ["委託元", "日の出産業株式会社"],
                                      ["委託先", "みなと債権回収株式会社"], ["件数", 9]],
                             "委託明細": _detail}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX with 9 debtors (name, kana, DOB, address, phones) handed to a servicer")

# 004 — 分割払いのご相談への回答（お客様本人・gmail）
_c = person(female=True)
msg(4, sender=ISHII, to=[_c["email"]], charset="iso-2022-jp",
    subject="Re: 支払いについての相談",
    body=f"""{_c['name']} 様

日の出産業 お客様請求センターの石井でございます。
このたびはご連絡をいただき、誠にありがとうございます。

ご相談いただきました未払い分（3か月分、合計 {yen(_c['amount'])}円）につきまして、
社内で検討いたしました結果、下記のとおり分割でのお支払いを承りました。

　・お支払回数：6回
　・初回：7月10日まで　{yen(_c['amount'] - (_c['amount'] // 6) * 5)}円
　・2回目以降：毎月10日　{yen(_c['amount'] // 6)}円

お支払いは、これまでどおりご登録口座からの振替となります。
ご都合が悪くなった場合は、お早めに上記フリーダイヤルへご相談ください。

今後ともよろしくお願い申し上げます。
{SIG_ISHII}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="reply to one customer on free mail about her own instalment plan; no list, no sensitive data")

# 005 — PPAP: パスワード付きZIPで督促対象者を送付
_p = people(14)
msg(5, sender=ONODERA, to=[f"okabe@{SRV}"], cc=[f"hasebe.makoto@{D}"],
    subject="督促対象者リスト（6/15時点）送付",
    body="""岡部様

お世話になっております。小野寺です。
6/15時点の督促対象者リストをお送りします。
ファイルにはパスワードを設定しておりますので、別途メールにてお知らせいたします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_ONODERA,
    attachments=[{"kind": "zip", "name": "tokusoku_20250615.zip", "password": "Mn#0615hs",
                  "files": [{"kind": "csv", "name": "督促対象者_0615.csv",
                             "rows": [["顧客番号", "氏名", "電話", "住所", "残高"]]
                             + [[p["cust"], p["name"], p["mobile"], p["addr"], p["amount"]] for p in _p]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP to an external servicer: the attachment cannot be inspected")

# 006 — 続けて送るパスワードだけのメール
msg(6, sender=ONODERA, to=[f"okabe@{SRV}"], subject="パスワードのお知らせ",
    body="""岡部様

先ほどお送りした「督促対象者リスト（6/15時点）送付」の添付ファイルの
パスワードをお知らせします。

　Mn#0615hs

よろしくお願いいたします。
小野寺
""",
    expect="pass", entities=[], detectors=[],
    note="the separate password mail: no personal data, one external recipient")

# 007 — 督促メールを5名の顧客にTo一斉送信（Bccにすべきところ）
_p = people(5)
msg(7, sender=BILLING, to=[p["email"] for p in _p], charset="iso-2022-jp",
    subject="【重要】ご利用料金のお支払いについて（再送）",
    body="""お客様各位

平素は日の出産業のウォーターサーバーをご利用いただき、誠にありがとうございます。

5月分ご利用料金につきまして、6月10日の期限を過ぎても
お支払いの確認ができておりません。
お手元の払込票にて、6月30日までにお支払いくださいますようお願い申し上げます。

なお、本メールと行き違いでお支払いいただいている場合は、
失礼をご容赦ください。
""" + SIG_CENTER,
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="dunning mail with five private customers in To: they all see each other; should have been Bcc")

# 008 — 決済代行へ再オーソリ依頼: カード番号1件
_c = person()
_card = next_card()
msg(8, sender=KITAMURA, to=[f"support@{PAY}"], charset="utf-8",
    subject="継続課金 与信エラー分の再オーソリ依頼（1件）",
    body=f"""株式会社ペイゲート・ジャパン
加盟店サポート ご担当者様

いつもお世話になっております。日の出産業の北村です。
加盟店ID：HS-0041
6月度継続課金で与信NG（エラーコード G12）となった下記1件について、
お客様から「限度額を引き上げたので再度決済してほしい」とのご連絡がありました。
管理画面から再実行できなかったため、手動での再オーソリをお願いできますでしょうか。

会員名　：{_c['kana'].replace(' ', '　')}（{_c['name']}）
カード番号：{_card[:4]} {_card[4:8]} {_card[8:12]} {_card[12:]}
有効期限：{rng.randint(1, 12):02d}/{rng.randint(26, 30)}
金額　　：{yen(_c['amount'])}円（税込）

お手数ですが、結果をご返信ください。
{SIG_KITAMURA}""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a customer's full card number sent to a payment processor by mail")

# 009 — 社内のみ: 法務へ延滞者一覧（タブ区切り貼り付け）
_p = people(12)
_tsv = "顧客番号\t氏名\t電話番号\t住所\t滞納額\t督促回数\n" + "\n".join(
    f"{p['cust']}\t{p['name']}\t{p['mobile']}\t{p['addr']}\t{p['amount']}\t{rng.randint(2, 6)}" for p in _p)
msg(9, sender=NAKAMURA, to=[f"fujisaki.r@{D}"], cc=[f"hasebe.makoto@{D}"],
    subject="法的措置検討対象（90日超延滞）の一覧",
    body=f"""藤崎さん

お疲れさまです。中村です。
先日の打合せでお話しした、90日超延滞で法的措置を検討したい12件です。
Excelからそのまま貼り付けています。

{_tsv}

白川先生にお送りする前に、対象を絞っていただけると助かります。
よろしくお願いします。

中村""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=[],
    note="12 debtors' records, but every recipient is internal")

# 010 — 弁護士事務所ドメインの打ち間違い（shirakawa-1aw.jp）
_c = person()
msg(10, sender=FUJISAKI, to=[f"kinoshita@shirakawa-1aw.jp"],
    subject="支払督促申立ての件（{0}様）".format(_c["sei"]),
    body=f"""白川法律事務所
木下先生

いつも大変お世話になっております。日の出産業 法務部の藤崎でございます。

先日ご相談いたしました案件につき、支払督促の申立てをお願いしたく存じます。

　債務者　：{_c['name']}（{_c['kana']}）
　住所　　：〒{_c['zip']} {_c['addr_k']}
　電話　　：{_c['mobile']}
　債権額　：{yen(_c['amount'] * 3)}円（レンタル料 {_c['months'] + 6}か月分および違約金）

契約書の写しと督促経過の記録は、追って郵送いたします。
何卒よろしくお願い申し上げます。
{SIG_FUJISAKI}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="recipient domain shirakawa-1aw.jp imitates the partner law firm shirakawa-law.jp")

# 011 — 正しい弁護士ドメインへ2件の案件概要（少数なので送ってよい）
_a, _b = people(2)
msg(11, sender=FUJISAKI, to=[f"kinoshita@{LAW}"], charset="utf-8",
    subject="受任通知送付先の確認（2件）",
    body=f"""木下先生

いつもお世話になっております。藤崎です。
来週発送予定の受任通知について、送付先を念のためお送りします。

1) {_a['name']} 様
   〒{_a['zip']} {_a['addr']}
   生年月日 {_a['y']}年{_a['m']}月{_a['d']}日／TEL {_a['mobile']}

2) {_b['name']} 様
   〒{_b['zip']} {_b['addr']}
   生年月日 {_b['y']}年{_b['m']}月{_b['d']}日／TEL {_b['tel']}

いずれも住民票上の住所と一致していることを確認済みです。
よろしくお願いいたします。

藤崎
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two debtors' records to the firm's correct domain: under the five-person threshold (may warn)")

# 012 — 入院中のお客様（病名あり）の督促停止をサービサーへ依頼
_c = person(old=True)
msg(12, sender=ONODERA, to=[f"okabe@{SRV}"],
    subject="督促一時停止のお願い（委託No.2025-0412）",
    body=f"""岡部様

お世話になっております。日の出産業の小野寺です。

委託No.2025-0412 の {_c['name']} 様（{_c['y']}年生）について、ご家族（長男様）から
「5月に脳梗塞で倒れ、現在も右半身麻痺でリハビリ病院に入院中。本人は電話に出られない」
とのご連絡がありました。

退院の目処が立つ8月末までは、本人携帯（{_c['mobile']}）への架電と
自宅への訪問は控えていただけますでしょうか。
連絡はご長男様経由でお願いしたいとのことです。

ご対応のほど、よろしくお願いいたします。
{SIG_ONODERA}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one identifiable customer's medical condition (stroke, hospitalised) sent to a servicer")

# 013 — 錦印刷と封筒・発送スケジュールの打合せ
msg(13, sender=KITAMURA, to=[f"ohashi@{PRINT}"], charset="cp932",
    subject="7月度 請求書の用紙・封筒仕様について",
    body="""錦印刷株式会社 営業部
大橋様

いつもお世話になっております。日の出産業 北村です。
7月度の請求書発行から、以下の点を変更させてください。

１．圧着ハガキ（V型）→ 窓付き封筒（長3・グラシン窓）へ変更
２．同封物：「Web明細切替のご案内」チラシ（A4三つ折り）を追加
３．発行部数：約38,400通（前月比＋1,100通）
４．データ入稿：7月3日（木）17時まで
５．差出日：7月7日（月）、料金別納（後納）

見積書（No.N-25-0611）の単価で問題ございません。
ご不明点があればお電話ください。
""" + SIG_KITAMURA,
    expect="pass", entities=[], detectors=[],
    note="print-job specification for invoices: quantities, dates, quote number; no personal data")

# 014 — みどり銀行へ新規口座振替データ（CSV, CP932）
_p = people(8)
_csv = [["顧客番号", "銀行名", "支店名", "預金種目", "口座番号", "預金者名（カナ）", "引落金額", "新規コード"]]
for p in _p:
    _csv.append([p["cust"], p["bank"], p["branch"], "普通", p["acct"],
                 p["kana"].replace(" ", " "), p["amount"] // 10 if p["amount"] > 20000 else p["amount"], 1])
msg(14, sender=KITAMURA, to=[f"furikae-center@{BANK}"], charset="iso-2022-jp",
    subject="7月振替分 新規登録データの送付",
    body="""みどり銀行 口座振替センター御中

お世話になっております。日の出産業の北村です。
7月27日振替分の新規登録8件のデータを添付いたします。
（今月は伝送システムの障害のため、メールでの送付となります旨、
　お電話で佐野様にご了承いただいております。）

受領のご確認をお願いいたします。
""" + SIG_KITAMURA,
    attachments=[{"kind": "csv", "name": "shinki_furikae_202507.csv", "encoding": "cp932", "rows": _csv}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="CSV with 8 customers' bank accounts and account-holder names sent to the bank by mail")

# 015 — HTMLのみ: 督促状宛名データを表で錦印刷へ
_p = people(6)
_tr = "\n".join(
    f"<tr><td>{i}</td><td>〒{p['zip']}</td><td>{p['addr_k']}</td><td>{p['name']} 様</td>"
    f"<td style='text-align:right'>{yen(p['amount'])}</td></tr>" for i, p in enumerate(_p, 1))
msg(15, sender=NAKAMURA, to=[f"ohashi@{PRINT}"], charset="utf-8",
    subject="催告書（第2回）差込データ",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>錦印刷 大橋様</p>
<p>お世話になっております。中村です。<br>
第2回催告書（赤封筒）の差込データをお送りします。今回は6件です。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>郵便番号</th><th>住所</th><th>宛名</th><th>請求額(円)</th></tr>
{_tr}
</table>
<p>発送は簡易書留でお願いいたします。</p>
<p>日の出産業株式会社 経理部 債権管理課<br>中村 沙織<br>TEL 03-5201-7731</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="HTML-only mail whose table lists six debtors' names and addresses, to a printer")

# 016 — HTMLのみ: お客様1名へWeb明細切替の案内
_c = person()
msg(16, sender=BILLING, to=[_c["email"].split("@")[0] + "@icloud.com"], charset="utf-8",
    subject="【日の出産業】Web明細サービス開始のお知らせ",
    html=f"""<html><body>
<div style="max-width:600px;margin:auto;font-family:sans-serif">
<h2 style="color:#c60">Web明細サービスを開始しました</h2>
<p>{_c['sei']} 様</p>
<p>いつも日の出産業をご利用いただき、ありがとうございます。<br>
2025年8月ご請求分より、ご利用明細をWebでご確認いただけるようになりました。
紙の請求書の発行を停止すると、毎月の発行手数料（110円）が無料になります。</p>
<p><a href="https://mypage.hinode-sangyo.co.jp/">マイページにログイン</a></p>
<p style="font-size:small;color:#666">お問い合わせ：お客様請求センター 0120-381-227（平日9時～18時）</p>
</div></body></html>""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="service notice to a single customer on a free-mail address; only the salutation name")

# 017 — みどり銀行ドメインの打ち間違い（midori-ginkou.co.jp）
msg(17, sender=KITAMURA, to=["sano.k@midori-ginkou.co.jp"],
    subject="振替不能コードの確認",
    body="""みどり銀行 口座振替センター
佐野様

お世話になっております。日の出産業の北村です。

6月振替結果データの中に、振替不能事由コード「8」が3件含まれておりました。
当社の仕様書では「8：委託者都合」となっておりますが、
当社から停止依頼は出しておりません。
どのようなケースでこのコードが付与されるのか、ご教示いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_KITAMURA,
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp has one letter more than the partner bank's midori-ginko.co.jp")

# 018 — 弁護士＋サービサーの2者との打合せ調整
msg(18, sender=HASEBE, to=[f"kinoshita@{LAW}"], cc=[f"okabe@{SRV}", f"onodera.satoshi@{D}"],
    subject="委託範囲の切り分けに関する打合せ（7/9候補）",
    body="""白川法律事務所 木下先生
みなと債権回収 岡部様

いつもお世話になっております。日の出産業の長谷部です。

延滞180日超の案件について、サービサー様での回収と
先生への法的手続き依頼の切り分けルールを一度整理したく、
三者でお打合せの時間をいただけないでしょうか。

候補：7月9日（水）15:00～16:00 ／ 7月11日（金）10:00～11:00
場所：当社 日本橋本社 5階会議室（Web参加も可）

ご都合をお知らせいただけますと幸いです。
""" + SIG_HASEBE,
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="ordinary three-way meeting mail: only two external organisations in To/Cc")

# 019 — サービサー3社に相見積依頼をToで一斉送信
msg(19, sender=HASEBE, to=[f"okabe@{SRV}", f"eigyo@{SRV2}", f"t-mori@{SRV3}"],
    subject="回収業務委託に関するお見積りのお願い",
    body="""各位

突然のご連絡失礼いたします。日の出産業株式会社 債権管理課の長谷部でございます。

当社では、個人のお客様向けレンタル料金の延滞債権（月間約300件、平均残高4.2万円）
の回収業務について、2025年10月からの委託先を検討しております。
つきましては、下記条件でのお見積りをお願いできますでしょうか。

・対象：延滞60日超の個人債権
・業務範囲：文書督促・架電督促・所在調査
・成功報酬率、および着手金の有無
・ご提出期限：7月18日（金）

お忙しいところ恐縮ですが、よろしくお願い申し上げます。
""" + SIG_HASEBE,
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing external servicers in To can see each other: should have been Bcc")

# 020 — 弁護士からの一覧を引用して返信（新しい本文に個人データなし）
_p = people(8)
_quoted = "\n".join(f"> {i}. {p['name']}　{p['addr']}　{yen(p['amount'])}円"
                    for i, p in enumerate(_p, 1))
msg(20, sender=FUJISAKI, to=[f"kinoshita@{LAW}"], charset="utf-8",
    subject="Re: 受任通知 発送済みのご報告",
    body=f"""木下先生

ご報告ありがとうございます。
8件とも発送済みとのこと、承知いたしました。
当社側の督促は本日付で停止し、以降のお問い合わせは先生の事務所へ
ご案内するよう、コールセンターにも周知いたします。

藤崎

2025年6月24日(火) 16:05 木下 遼 <kinoshita@shirakawa-law.jp>:
> 日の出産業株式会社
> 藤崎様
>
> いつもお世話になっております。白川法律事務所の木下です。
> 本日、下記8名に受任通知を特定記録郵便で発送いたしました。
>
{_quoted}
>
> 以上、ご報告まで。
""",
    expect="pass", entities=[], detectors=[],
    note="the eight-person list appears only in '>' quoted text the law firm itself sent")

# ======================================================================= 021-045 ========

# 021 — 弁護士からのメールをサービサーへ転送（転送は新しい本文として数える）
_p = people(6)
_lines = "\n".join(f"・{p['name']}（{p['cust']}）　{p['addr']}　携帯 {p['mobile']}" for p in _p)
msg(21, sender=ONODERA, to=[f"okabe@{SRV}"], charset="iso-2022-jp",
    subject="FW: 受任見送り案件について",
    body=f"""岡部様

お世話になっております。小野寺です。
白川先生の事務所から、法的手続きは費用倒れになるため受任を見送りたい、
との連絡がありました。下記6件は引き続き御社での回収をお願いできますでしょうか。

-----Original Message-----
From: 木下 遼 <kinoshita@shirakawa-law.jp>
Sent: Monday, June 30, 2025 11:42 AM
To: 小野寺 聡 <onodera.satoshi@hinode-sangyo.co.jp>
Subject: 受任見送り案件について

小野寺様

ご依頼いただいた案件のうち、以下の6件は残高が少額のため、
支払督促を行っても費用倒れとなる可能性が高く、受任を見送らせてください。

{_lines}

よろしくお願いいたします。
白川法律事務所 弁護士 木下 遼
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="forward of the law firm's mail to a different outside party: the six-debtor list is new to the servicer")

# 022 — DOCXの表で法的措置対象者5名（ちょうど5名）
_p = people(5)
_t = [["No.", "氏名", "住所", "電話番号", "請求元本", "遅延損害金"]]
for i, p in enumerate(_p, 1):
    _t.append([str(i), p["name"], p["addr_k"], p["tel"], yen(p["amount"] * 2), yen(p["amount"] // 7)])
msg(22, sender=FUJISAKI, to=[f"shirakawa@{LAW}"], cc=[f"kinoshita@{LAW}"], charset="utf-8",
    subject="少額訴訟のご依頼（5件）",
    body="""白川先生
木下先生

いつもお世話になっております。日の出産業 法務部の藤崎です。

少額訴訟でのご対応をお願いしたい5件について、依頼書を添付いたします。
契約書・請求書控え等の証拠資料は、本日レターパックで発送いたしました。

ご確認のほど、よろしくお願い申し上げます。
""" + SIG_FUJISAKI + DISCLAIMER_JA,
    attachments=[{"kind": "docx", "name": "少額訴訟依頼書_20250702.docx",
                  "title": "少額訴訟依頼書",
                  "paragraphs": ["少額訴訟依頼書", "2025年7月2日", "白川法律事務所 御中",
                                 "日の出産業株式会社 法務部", "下記債務者について、少額訴訟手続きによる請求をご依頼いたします。"],
                  "tables": [_t]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="DOCX table with five debtors' names, addresses and phones to an outside law firm (five = a list)")

# 023 — 4名だけの照会（しきい値未満）
_p = people(4)
_b = "\n".join(f"・{p['name']} 様　{p['pref']}{p['city']}在住　TEL {p['mobile']}　残高 {yen(p['amount'])}円"
               for p in _p)
msg(23, sender=FUJISAKI, to=[f"kinoshita@{LAW}"],
    subject="時効中断の要否について（4件）",
    body=f"""木下先生

お世話になっております。藤崎です。
最終入金から4年半が経過している下記4件について、
時効の完成猶予・更新のために何らかの手続きが必要かご相談させてください。

{_b}

いずれも2021年初頭に最終入金があり、その後は書面督促のみです。
お手すきの際にご意見をいただけますと幸いです。
""" + SIG_FUJISAKI,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four debtors' records to the partner law firm: under five people (may warn)")

# 024 — 運転免許証番号（分割契約の本人確認）を保証会社へ
_c = person()
_lic = f"{rng.choice(['30', '45', '55', '62'])}{_c['y'] % 100 + 18:02d}{rng.randint(0, 999999):06d}{rng.randint(0, 9)}{rng.randint(0, 2)}"
msg(24, sender=ISHII, to=[f"shinsa@{HOSHO}"], charset="utf-8",
    subject="分割払い保証 審査依頼（受付番号 B-25-0781）",
    body=f"""ひかり信販株式会社 審査部 御中

いつもお世話になっております。日の出産業 お客様請求センターの石井です。
下記のお客様について、未払い残高の分割払い（12回）に係る保証審査をお願いいたします。

■申込者
　氏名　　：{_c['name']}（{_c['kana']}）
　生年月日：{wareki(_c['y'], _c['m'], _c['d'])}
　住所　　：{_c['addr_k']}
　電話　　：{_c['mobile']}
■本人確認書類
　運転免許証　番号 {_lic}（有効期限 2027年{_c['m']}月{_c['d']}日）
■分割対象額：{yen(_c['amount'] * 2)}円

免許証の画像は、貴社ポータルにアップロード済みです。
よろしくお願いいたします。
{SIG_ISHII}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a customer's driver's licence number (identity document) sent to an outside guarantor")

# 025 — お客様1名への請求書再発行（免責文つき）
_c = person()
msg(25, sender=ISHII, to=[_c["email"].split("@")[0] + "@yahoo.co.jp"], charset="iso-2022-jp",
    subject="請求書再発行のご案内（請求書番号 INV-2506-118204）",
    body=f"""{_c['name']} 様

日の出産業 お客様請求センターでございます。
お問い合わせいただきました5月ご利用分の請求書を再発行いたしました。

　請求書番号：INV-2506-118204
　ご請求金額：4,378円（税込）
　お支払期限：2025年7月10日

本日、ご登録のご住所あてに郵送いたしましたので、2～3日でお手元に届く予定です。
なお、再発行分の手数料はいただきません。
{SIG_CENTER}
{DISCLAIMER_JA}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="invoice re-issue to one customer: an invoice number and the standard disclaimer only")

# 026 — 「社外秘」ヘッダー付きの回収実績XLSX（個人データなし）
_months = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05"]
_stats = [["【社外秘】延滞債権 回収実績サマリー"], [],
          ["月", "新規延滞件数", "回収件数", "回収額(円)", "回収率", "償却件数"]]
for mth in _months:
    a = rng.randint(250, 340)
    b = rng.randint(150, a)
    _stats.append([mth, a, b, b * rng.randint(28000, 45000), f"{b / a:.1%}", rng.randint(5, 20)])
msg(26, sender=HASEBE, to=[f"shirakawa@{LAW}"], charset="utf-8",
    subject="顧問打合せ資料（回収実績）",
    body="""白川先生

いつもお世話になっております。長谷部です。
来週の顧問打合せに先立ち、直近5か月の回収実績をお送りします。
貸倒償却の基準見直しについてご意見を伺えればと存じます。
""" + SIG_HASEBE,
    attachments=[{"kind": "xlsx", "name": "回収実績サマリー_2025H1.xlsx", "page_header": "社外秘",
                  "sheets": {"サマリー": _stats}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="spreadsheet stamped 社外秘 (header and title) sent outside, even to the company's lawyer")

# 027 — サービサーとの秘密保持契約書の文言調整（NDAの話題）
msg(27, sender=FUJISAKI, to=[f"legal@{SRV2}"],
    subject="秘密保持契約書（案）へのコメント",
    body="""フロンティア債権回収株式会社
法務ご担当 平井様

お世話になっております。日の出産業 法務部の藤崎です。

先日お送りいただいた秘密保持契約書（案）について、当社のコメントを申し上げます。

・第2条（秘密情報の定義）：口頭で開示した情報も、開示後30日以内に書面で特定した場合は
　秘密情報に含めていただきたい。
・第5条（返還・廃棄）：委託終了時の個人情報の廃棄について、廃棄証明書の提出を追記願います。
・第9条（有効期間）：契約終了後も3年間存続、で問題ございません。

修正版をWordの変更履歴付きでお送りいただけますでしょうか。
""" + SIG_FUJISAKI,
    expect="pass", entities=[], detectors=[],
    note="mail about a non-disclosure agreement: mentions 秘密 but carries no marking and no data")

# 028 — みどり銀行へ破損したXLSX
msg(28, sender=KITAMURA, to=[f"sano.k@{BANK}"],
    subject="振替停止依頼書の送付",
    body="""佐野様

いつもお世話になっております。日の出産業の北村です。
解約済みのお客様分について、振替停止依頼書（Excel）を添付いたします。
7月振替分から停止をお願いいたします。
""" + SIG_KITAMURA,
    attachments=[{"kind": "corrupt", "name": "振替停止依頼_202507.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be inspected")

# 029 — 分割払い申込書の転記にマイナンバーが含まれている
_c = person()
_mn = next_my_number()
msg(29, sender=ISHII, to=[f"shinsa@{HOSHO}"], charset="cp932",
    subject="分割申込書 転記内容（受付番号 B-25-0803）",
    body=f"""ひかり信販 審査部
ご担当者様

お世話になっております。日の出産業の石井です。
郵送で届いた分割払い申込書の記載内容を転記いたします。
（原本はスキャンが不鮮明なため、テキストでお送りします）

申込者氏名：{_c['name']}
フリガナ　：{_c['kana']}
生年月日　：{_c['y']}年{_c['m']}月{_c['d']}日
現住所　　：〒{_c['zip']} {_c['addr']}
電話番号　：{_c['mobile']}
勤務先　　：株式会社ミヤコ物流（パート）
年収　　　：約180万円
本人確認　：個人番号カード（個人番号 {_mn[:4]} {_mn[4:8]} {_mn[8:]}）

※お客様が申込書の「本人確認書類」欄に個人番号を記入されていました。
よろしくお願いいたします。
{SIG_ISHII}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a customer's My Number (個人番号) transcribed into a mail to an outside guarantor")

# 030 — みどり銀行へ支店別の振替不能件数（集計のみ）
_br = [["支店", "振替件数", "不能件数", "うち残高不足", "うち取引なし"]]
for b in ["本店営業部", "新宿支店", "横浜駅前支店", "梅田支店", "浦和支店", "船橋支店", "仙台支店"]:
    n = rng.randint(800, 4200)
    f = rng.randint(20, 120)
    _br.append([b, f"{n:,}", str(f), str(f - rng.randint(2, 15)), str(rng.randint(0, 4))])
msg(30, sender=KITAMURA, to=[f"sano.k@{BANK}"], cc=[f"hasebe.makoto@{D}"],
    subject="支店別 振替不能率のご報告（5月）",
    body=f"""佐野様

お世話になっております。北村です。
先日お話のあった支店別の振替不能状況を集計しましたので、共有いたします。

{table_text(_br)}

浦和支店・船橋支店は「取引なし（口座解約）」が他店より多いため、
口座振替依頼書の受付時の確認方法についてご相談できればと思います。
""" + SIG_KITAMURA,
    expect="pass", entities=[], detectors=[],
    note="counts per bank branch: a list of branches, not of people")

# 031 — PDFの表で督促状発送リスト10件を錦印刷へ
_p = people(10)
_pt = [["No", "顧客番号", "氏名", "郵便番号", "住所", "請求額"]]
for i, p in enumerate(_p, 1):
    _pt.append([str(i), p["cust"], p["name"], p["zip"], p["addr"], yen(p["amount"])])
msg(31, sender=NAKAMURA, to=[f"ohashi@{PRINT}", f"dtp@{PRINT}"],
    subject="督促状（第1回）発送リスト 7月分",
    body="""大橋様、DTPご担当者様

お世話になっております。中村です。
7月分の督促状（第1回）発送リストをPDFでお送りします。
宛名ラベルの作成をお願いいたします。
""" + SIG_NAKAMURA,
    attachments=[{"kind": "pdf", "name": "tokusoku_list_202507.pdf", "title": "督促状発送リスト",
                  "page_footer": "社外秘　日の出産業株式会社 経理部",
                  "lines": ["督促状（第1回）発送リスト　2025年7月", "日の出産業株式会社 経理部 債権管理課", ""],
                  "table": _pt}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data", "confidential_marking"],
    note="PDF table with ten customers' names and addresses to the printer; every page footed 社外秘")

# 032 — お支払い可能な窓口の一覧（事業者の一覧）をお客様へ
_c = person()
msg(32, sender=ISHII, to=[_c["email"].split("@")[0] + "@gmail.com"],
    subject="Re: 払込票でのお支払い場所について",
    body=f"""{_c['sei']} 様

お問い合わせありがとうございます。お客様請求センターの石井です。
お手元の払込票は、以下の窓口でお支払いいただけます。

【コンビニエンスストア】
　セブン-イレブン／ローソン／ファミリーマート／ミニストップ／デイリーヤマザキ
【金融機関】
　みどり銀行 本支店（窓口のみ、ATM不可）
　ゆうちょ銀行・郵便局（払込票裏面の払込取扱票をご利用ください）
【スマホ決済】
　払込票のバーコードを読み取るタイプの決済アプリ各種

お近くの みどり銀行 の店舗は以下です。
　新宿支店　　 東京都新宿区西新宿1-22-5　03-3341-0201
　池袋東口支店 東京都豊島区南池袋1-19-8　03-3981-4410

ご不明な点がございましたら、お気軽にお問い合わせください。
{SIG_ISHII}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="list of shops and bank branches (businesses, not people) to one customer")

# 033 — 錦印刷ドメインの1文字抜け（nishiki-insatu.co.jp）に宛名データ
_p = people(6)
_rows = [["宛名データ 2025年7月 再請求分"], ["郵便番号", "住所1", "住所2", "氏名", "敬称"]]
for p in _p:
    a = p["addr"].split(" ")
    _rows.append([p["zip"], a[0], a[1] if len(a) > 1 else "", p["name"], "様"])
msg(33, sender=NAKAMURA, to=["ohashi@nishiki-insatu.co.jp"], charset="utf-8",
    subject="再請求分 宛名データ（7月）",
    body="""大橋様

お世話になっております。中村です。
7月の再請求分の宛名データを添付します。
差込レイアウトは前回と同じでお願いいたします。

中村
""",
    attachments=[{"kind": "xlsx", "name": "atena_202507.xlsx", "sheets": {"宛名": _rows}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="nishiki-insatu.co.jp drops an 's' from the printer's nishiki-insatsu.co.jp; carries six addresses")

# 034 — 二重引き落としのお詫びを3名のお客様にCcで
_p = people(3)
msg(34, sender=ISHII, to=[_p[0]["email"]], cc=[_p[1]["email"], _p[2]["email"]],
    subject="【お詫び】6月分ご利用料金の二重引き落としについて",
    body="""お客様各位

日の出産業 お客様請求センターでございます。

6月27日の口座振替におきまして、当社システムの不具合により
一部のお客様のご利用料金を二重に引き落としてしまいました。
多大なるご迷惑をおかけしましたことを、深くお詫び申し上げます。

二重に引き落とした金額は、7月4日（金）にご登録口座へ返金いたします。
返金手数料は当社にて負担いたします。

今後このようなことのないよう、チェック体制を強化してまいります。
""" + SIG_ISHII,
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="apology sent to three private customers in To/Cc: each sees the others' addresses")

# 035 — 社内（サブドメイン）: カード返金対象のカード番号一覧
_p = people(6)
_l = "\n".join(f"{p['cust']}  {p['name']:<8}  {next_card()}  {yen(p['amount'] // 10)}円" for p in _p)
msg(35, sender=KITAMURA, to=[f"keiri-shiharai@mail.{D}"], cc=[f"y-ishii@{D}"],
    subject="カード返金処理 対象一覧（二重請求分）",
    body=f"""支払担当各位

北村です。カード決済で二重請求となった6件の返金処理をお願いします。
決済代行の管理画面で取消ができない分のため、カード会社経由での返金になります。

{_l}

処理後、石井さんにご連絡ください。""",
    expect="pass", entities=["PERSON_NAME", "CREDIT_CARD"], detectors=[],
    note="card numbers of six customers, but the recipients are internal (mail. subdomain)")

# 036 — 債務者の逮捕報道（前科・逮捕は要配慮個人情報）
_c = person(female=False)
msg(36, sender=FUJISAKI, to=[f"kinoshita@{LAW}"], charset="utf-8",
    subject="【ご相談】債務者が逮捕された場合の対応",
    body=f"""木下先生

お世話になっております。藤崎です。

現在ご依頼中の{_c['name']}氏（{_c['city']}在住、請求額{yen(_c['amount'] * 4)}円）について、
本日の地方紙の報道で、6月28日に窃盗の容疑で逮捕されたことがわかりました。
勾留中と思われるため、訴状の送達先や今後の進め方についてご相談させてください。

報道記事のURLは追ってお送りします。
""" + SIG_FUJISAKI,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="arrest of a named debtor (criminal record category) sent outside, even though to the company's lawyer")

# 037 — English: overseas dunning platform, no personal data
msg(37, sender=SAKAGUCHI, to=["solutions@billflow-global.com"], charset="utf-8",
    subject="Dunning e-mail API – questions before the pilot",
    body="""Hi Megan,

Thanks for the demo last Thursday. Before we sign up for the pilot, our billing team has a few
questions about the dunning e-mail API:

1. Can the reminder schedule be set per customer segment (e.g. day 5 / day 15 / day 30)?
2. Do you support ISO-2022-JP or only UTF-8 for Japanese templates?
3. Is the data hosted in Japan, or can we choose the Tokyo region?
4. What is the rate limit for the /v2/reminders endpoint?

We'd like to start with about 2,000 accounts in September.

Best regards,
Wataru Sakaguchi
IT Department, Hinode Sangyo Co., Ltd.
""" + DISCLAIMER_EN,
    expect="pass", entities=[], detectors=[],
    note="English technical questions to a foreign vendor; disclaimer only, no personal data")

# 038 — English: 5 failed payments "for debugging" to the vendor
_p = people(5)
_rows = "\n".join(f"{p['cust']},{p['roma']},{p['email']},{p['amount']},card_declined" for p in _p)
msg(38, sender=SAKAGUCHI, to=["megan.clarke@billflow-global.com"], charset="utf-8",
    subject="RE: Pilot – sample records that failed",
    body=f"""Hi Megan,

As requested, here are the five records from yesterday's test batch that did not receive a
reminder. I copied them straight from our billing DB so you can trace them in your logs.

customer_id,name,email,balance_jpy,reason
{_rows}

Let me know if you need the full payload.

Wataru
""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="five real customers' names and e-mail addresses pasted as CSV to a foreign vendor")

# 039 — 氏名列のない一覧（顧客番号・電話・住所）をサービサーへ
_p = people(9)
_t = [["顧客番号", "電話番号", "住所", "滞納額", "最終架電日"]]
for p in _p:
    _t.append([p["cust"], p["mobile"] if rng.random() < 0.7 else p["tel"], p["addr"], yen(p["amount"]),
               f"6/{rng.randint(1, 30)}"])
msg(39, sender=ONODERA, to=[f"callcenter@{SRV}"],
    subject="架電不通先の所在調査依頼",
    body=f"""みなと債権回収 コールセンター
ご担当者様

小野寺です。いつもありがとうございます。
6月中に5回以上架電しても不通だった9件について、所在調査をお願いいたします。

{table_text(_t, rule="－", sep="　")}

よろしくお願いいたします。
""" + SIG_ONODERA,
    expect="stop", entities=["PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="nine customers' phones and home addresses without a name column: still a list of people")

# 040 — 錦印刷へ当社の適格請求書発行事業者登録番号を回答
_tno = "T" + corp_number("010401088431")
msg(40, sender=KITAMURA, to=[f"keiri@{PRINT}"], charset="cp932",
    subject="Re: 登録番号のご確認のお願い",
    body=f"""錦印刷株式会社 経理部 御中

お世話になっております。日の出産業 経理部の北村です。
お問い合わせいただきました当社の適格請求書発行事業者登録番号は、以下のとおりです。

　日の出産業株式会社
　登録番号：{_tno}
　登録年月日：2023年10月1日

なお、6月分のご請求書（No.NI-2506-044）は受領済みで、7月31日にお振込み予定です。
よろしくお願いいたします。
""" + SIG_KITAMURA,
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=["personal_data"],
    note="the company's own T-number (corporate number) and an invoice number: business data only")

# 041 — 1件ずつのブロック形式で5名（所在不明者）
_p = people(5)
_blocks = "\n\n".join(
    f"【{i}】{p['name']}（{p['kana']}）\n　旧住所：{p['addr_k']}\n　連絡先：{p['mobile']}\n"
    f"　生年月日：{wareki(p['y'], p['m'], p['d'], 'short')}\n　残高：{yen(p['amount'])}円"
    for i, p in enumerate(_p, 1))
msg(41, sender=ONODERA, to=[f"okabe@{SRV}"], charset="iso-2022-jp",
    subject="転居先不明（宛所に尋ねあたりません）返戻分",
    body=f"""岡部様

お疲れさまです。小野寺です。
先月発送した督促状のうち、「あて所に尋ねあたりません」で戻ってきた5件です。
住民票の取得を含めて所在調査をお願いできますでしょうか。

{_blocks}

以上5件、よろしくお願いいたします。
""" + SIG_ONODERA,
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="five debtors, one block each (name, address, mobile, 和暦 DOB), to a servicer")

# 042 — お客様への返信（引用部分に本人の住所・電話）
_c = person()
msg(42, sender=ISHII, to=[_c["email"].split("@")[0] + "@docomo.ne.jp"], charset="iso-2022-jp",
    subject="Re: 引っ越しと支払いについて",
    body=f"""{_c['sei']}様

お客様請求センターの石井でございます。
ご連絡ありがとうございます。ご住所の変更を承りました。
8月分からの請求書は新しいご住所へお送りいたします。

また、7月分のお支払いが引っ越しの関係で遅れるとのこと、承知いたしました。
7月31日までにお支払いいただければ、延滞扱いにはなりませんのでご安心ください。

{SIG_ISHII}

-----Original Message-----
差出人: {_c['name']} <{_c['email'].split('@')[0]}@docomo.ne.jp>
送信日時: 2025年7月2日 21:14
宛先: seikyu-center@hinode-sangyo.co.jp
件名: 引っ越しと支払いについて

7月12日に下記に引っ越します。
新住所：〒{_c['zip']} {_c['addr']}
電話：{_c['mobile']}
引っ越し費用で今月の支払いが少し遅れそうです。すみません。
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="reply to one customer; her address and phone appear only in her own quoted mail")

# 043 — 在留カード番号（外国籍のお客様の分割契約）を保証会社へ
_rc = f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXY')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXY')}{rng.randint(10000000, 99999999)}{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}"
msg(43, sender=ISHII, to=[f"shinsa@{HOSHO}"], charset="utf-8",
    subject="分割保証 審査依頼（受付番号 B-25-0812）外国籍のお客様",
    body=f"""ひかり信販 審査部 ご担当者様

お世話になっております。日の出産業の石井です。
外国籍のお客様の分割保証審査をお願いいたします。

氏名：NGUYEN VAN THANH（グエン・ヴァン・タイン）
国籍：ベトナム
生年月日：1994年8月17日
住所：埼玉県川口市芝新町14-6 芝ハイツ202
電話：080-4471-2093
在留カード番号：{_rc}
在留資格：技術・人文知識・国際業務（在留期間満了日 2027年3月5日）
分割対象額：86,240円（10回）

よろしくお願いいたします。
{SIG_ISHII}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a residence card number (identity document) of one customer sent outside")

# 044 — サービサーとの委託契約の事務連絡
msg(44, sender=HASEBE, to=[f"okabe@{SRV}"],
    subject="業務委託契約の更新手続きについて",
    body="""岡部様

いつもお世話になっております。長谷部です。

現行の債権回収業務委託契約（2023年10月1日締結）が9月末で満了となりますので、
更新手続きについてご連絡いたします。

・成功報酬率：現行どおり回収額の25％（着手金なし）
・月次報告：毎月5営業日目までにExcelで提出（様式は現行どおり）
・契約書：当社フォーマットで2部作成し、8月中旬に郵送いたします

変更希望の条項がございましたら、7月末までにお知らせください。
""" + SIG_HASEBE,
    expect="pass", entities=[], detectors=[],
    note="contract renewal logistics with the servicer; no personal data")

# 045 — 旧形式XLSで延滞顧客一覧（第2のサービサーへ）
_p = people(11)
_x = [["延滞顧客一覧", "", "", "", "", "作成日", "2025/07/01"],
      ["顧客コード", "氏名", "性別", "生年月日", "電話", "住所", "延滞額"]]
for p in _p:
    _x.append([p["cust"], p["name"], "女" if p["female"] else "男", f"{p['y']}-{p['m']:02d}-{p['d']:02d}",
               p["tel"], p["addr"], p["amount"]])
msg(45, sender=ONODERA, to=[f"eigyo@{SRV2}"], charset="cp932",
    subject="トライアル委託分の一覧",
    body="""フロンティア債権回収株式会社
平井様

お世話になっております。日の出産業の小野寺でございます。
先日お話ししたトライアル委託（11件）の一覧をお送りいたします。
古いシステムからの出力のため .xls 形式となっております。ご了承ください。
""" + SIG_ONODERA,
    attachments=[{"kind": "xls", "name": "entai_ichiran.xls", "sheets": {"延滞一覧": _x}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="legacy XLS with 11 debtors (name, sex, DOB, phone, address) to an outside servicer")

# ======================================================================= 046-070 ========

# 046 — パスワード付きPDFの催告書をお客様へ（outlook.jp）
_c = person()
msg(46, sender=ISHII, to=[_c["email"].split("@")[0] + "@outlook.jp"], charset="utf-8",
    subject="【日の出産業】ご請求内容のご確認（催告書）",
    body=f"""{_c['name']} 様

日の出産業 お客様請求センターでございます。
未払いとなっているご利用料金について、催告書をPDFにてお送りいたします。
PDFを開く際のパスワードは、ご登録のお電話番号の下4桁です。

内容をご確認のうえ、期日までにお支払いくださいますようお願い申し上げます。
{SIG_CENTER}""",
    attachments=[{"kind": "pdf", "name": "saikokusho_HS_0703.pdf", "password": _c["mobile"][-4:],
                  "lines": ["催告書", f"{_c['name']} 様", f"未払金額 {yen(_c['amount'])}円",
                            "2025年7月18日までにお支払いください。"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected PDF cannot be inspected; sent to a customer's free-mail address")

# 047 — お客様の苦情への返信（引用に口座情報）
_c = person()
_addr = _c["email"].split("@")[0] + "@gmail.com"
msg(47, sender=ISHII, to=[_addr], charset="utf-8",
    subject="Re: 引き落とし口座を変更したのに旧口座から落ちた",
    body=f"""{_c['sei']} 様

ご不便をおかけし、誠に申し訳ございません。お客様請求センターの石井でございます。

確認いたしましたところ、変更のお手続き書類の到着が締め日（前月20日）の後であったため、
7月分までは旧口座からのお引き落としとなっておりました。
8月分からは新しい口座でのお引き落としとなります。
ご案内が不十分であったこと、重ねてお詫び申し上げます。

{SIG_ISHII}

2025年7月3日(木) 8:40 {_c['name']} <{_addr}>:
> 6月に口座変更の書類を出したのに、今月も前の口座から引き落とされました。
> 前の口座（{_c['bank']} {_c['branch']} 普通 {_c['acct']}）はもう給料が入らないので困ります。
> 新しい口座は ひまわり銀行 天神支店 普通 {rng.randint(1000000, 9999999)} です。
> どうなっているのか説明してください。
> {_c['mobile']}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="customer's own bank accounts appear only in her quoted mail; new text is an apology")

# 048 — 社内宛のつもりがハイフン誤り（hinode-sangyo-co.jp）
_p = people(7)
_l = "\n".join(f"{p['cust']}, {p['name']}, {p['mobile']}, {yen(p['amount'])}円, 督促{rng.randint(2, 4)}回目"
               for p in _p)
msg(48, sender=NAKAMURA, to=["onodera.satoshi@hinode-sangyo-co.jp"],
    subject="今週の架電リスト",
    body=f"""小野寺さん

中村です。今週の架電リスト（7件）です。
水曜の午後にまとめてかけてもらえると助かります。

{_l}

よろしくお願いします。""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyo-co.jp (hyphen for the dot) imitates the company's own domain; seven debtors")

# 049 — 暗号化なしZIP（UTF-8 CSV）で振替不能者を錦印刷へ
_p = people(13)
_rows = [["customer_no", "name", "zip", "address", "tel", "amount", "reason"]]
for p in _p:
    _rows.append([p["cust"], p["name"], p["zip"], p["addr"], p["tel"], p["amount"],
                  rng.choice(["資金不足", "預金取引なし", "預金者の都合による振替停止", "資金不足"])])
msg(49, sender=KITAMURA, to=[f"dtp@{PRINT}"], charset="utf-8",
    subject="払込票付き再請求書データ（7月）",
    body="""錦印刷 DTPご担当者様

日の出産業の北村です。
7月の払込票付き再請求書のデータをZIPでお送りします（CSV、UTF-8）。
「reason」列は印字不要です。

よろしくお願いいたします。
""" + SIG_KITAMURA,
    attachments=[{"kind": "zip", "name": "saiseikyu_202507.zip",
                  "files": [{"kind": "csv", "name": "saiseikyu_202507.csv", "encoding": "utf-8",
                             "rows": _rows}]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="ZIP (not encrypted) holding a CSV of 13 customers with addresses and phones, to a printer")

# 050 — 口座振替を取り扱う金融機関の一覧をお客様へ
_c = person()
msg(50, sender=ISHII, to=[_c["email"].split("@")[0] + "@gmail.com"], charset="iso-2022-jp",
    subject="口座振替がご利用いただける金融機関について",
    body=f"""{_c['sei']} 様

お問い合わせありがとうございます。
当社の口座振替は、以下の金融機関でご利用いただけます。

　・みどり銀行（全店）
　・東都銀行（全店）
　・北斗信用金庫（本店・中央支店・西町支店）
　・ゆうちょ銀行
　・なぎさ信用組合（本店のみ）

上記以外の金融機関をご希望の場合は、クレジットカード払いまたは
払込票でのお支払いをご検討ください。

口座振替依頼書は、本日郵送いたしました。
{SIG_ISHII}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a list of banks, not of people, to one customer")

# 051 — 健康保険証の記号・番号（本人確認）を保証会社へ
_c = person(female=True)
msg(51, sender=ISHII, to=[f"shinsa@{HOSHO}"], charset="cp932",
    subject="審査書類の補足（受付番号 B-25-0827）",
    body=f"""ひかり信販 審査部 ご担当者様

お世話になっております。日の出産業の石井です。
先日お送りした審査依頼について、本人確認書類が保険証に変更となりましたので補足いたします。

　申込者：{_c['name']}（{_c['kana']}）
　生年月日：{wareki(_c['y'], _c['m'], _c['d'], 'kanji')}
　健康保険証：全国健康保険協会　記号 {rng.randint(10000000, 99999999)}　番号 {rng.randint(1, 120)}
　　　　　　　保険者番号 0113{rng.randint(1000, 9999)}
　住所：{_c['addr']}

お手数をおかけしますが、よろしくお願いいたします。
{SIG_ISHII}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a customer's health insurance card symbol and number sent to an outside guarantor")

# 052 — 生活保護受給中のお客様（either）
_c = person(old=True)
msg(52, sender=ONODERA, to=[f"okabe@{SRV}"],
    subject="委託No.2025-0533 の取扱いについて",
    body=f"""岡部様

お世話になっております。小野寺です。
委託No.2025-0533 の{_c['name']}様について、ご本人から
「4月から生活保護を受けている。担当ケースワーカーにも相談している」
との連絡が当社に入りました。

保護費からの返済は難しいとのことですので、当面は月1回の文書による案内のみとし、
架電は停止していただけますでしょうか（ご本人携帯：{_c['mobile']}）。
償却の要否は当社で判断いたします。
""" + SIG_ONODERA,
    expect="either", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one customer's welfare (生活保護) status: very sensitive but not an APPI 要配慮 category; judgement call")

# 053 — システム移行テストに本番データ（複数シートXLSX）をツバサシステムへ
_p = people(8)
_kh = [["顧客マスタ抽出（移行テスト用）"], ["顧客番号", "氏名", "カナ", "郵便番号", "住所", "電話", "メール"]]
_ko = [["口座情報"], ["顧客番号", "銀行", "支店", "種目", "口座番号", "名義"]]
_sk = [["請求残高"], ["顧客番号", "請求月", "金額", "状態"]]
for p in _p:
    _kh.append([p["cust"], p["name"], p["kana"], p["zip"], p["addr"], p["tel"], p["email"]])
    _ko.append([p["cust"], p["bank"], p["branch"], "普通", p["acct"], p["kana"]])
    _sk.append([p["cust"], "2025-06", p["amount"], rng.choice(["未入金", "振替不能", "督促中"])])
msg(53, sender=SAKAGUCHI, to=[f"pm-hinode@{SYS}"], cc=[f"k.kitamura@{D}"], charset="utf-8",
    subject="移行リハーサル用データの件",
    body="""ツバサシステム 高野様

坂口です。お世話になっております。
請求システム移行リハーサル用のデータを添付します。
テストデータでは再現しない不具合があったため、今回は本番から8件抜き出しています。
リハーサル終了後は削除をお願いします。
""" + SIG_SAKAGUCHI,
    attachments=[{"kind": "xlsx", "name": "migration_rehearsal_0704.xlsx", "page_header": "取扱注意（本番データ）",
                  "sheets": {"顧客": _kh, "口座": _ko, "残高": _sk}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data", "confidential_marking"],
    note="eight real customers (contacts, bank accounts) sent to the vendor as test data; sheets marked 取扱注意")

# 054 — ツバサシステムへ不具合報告（請求書番号のみ）
msg(54, sender=SAKAGUCHI, to=[f"support@{SYS}"], charset="utf-8",
    subject="【不具合】請求書PDFの消費税額が1円ずれる",
    body="""ツバサシステム サポートご担当者様

日の出産業 情報システム部の坂口です。
請求システム（Ver.4.2.1）で、以下の不具合が発生しています。

現象：税率混在（8%・10%）の請求書で、PDFの消費税額が画面表示より1円少ない
発生件数：7月発行分で23件
例：INV-2507-120331 / INV-2507-120388 / INV-2507-121004
再現手順：
  1. 軽減税率品目を含む請求を作成
  2. 請求書一括発行でPDFを出力
  3. 明細画面の税額と比較

端数処理の設定は「切り捨て」です。
ログ（app_20250704.log）はサポートポータルにアップロード済みです。
""" + SIG_SAKAGUCHI,
    expect="pass", entities=[], detectors=[],
    note="bug report with invoice numbers and counts only")

# 055 — 備考欄に病名等のある督促保留リスト（5名）
_p = people(5, old=True)
_notes = ["入院中（がん治療）", "うつ病で休職中と本人申告", "人工透析のため週3回通院", "認知症・家族対応",
          "身体障害者手帳1級"]
_t = [["顧客番号", "氏名", "電話", "保留理由", "保留期限"]]
for p, n in zip(_p, _notes):
    _t.append([p["cust"], p["name"], p["tel"], n, f"2025/{rng.randint(8, 12)}/末"])
msg(55, sender=NAKAMURA, to=[f"okabe@{SRV}"], cc=[f"onodera.satoshi@{D}"], charset="utf-8",
    subject="督促保留先一覧（7月更新）",
    body=f"""岡部様

中村です。督促を一時保留している先の一覧を更新しました。
下記の方には、保留期限まで架電・訪問をしないようお願いいたします。

{table_text(_t)}

変更があればまたご連絡します。
""" + SIG_NAKAMURA,
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="five customers with illness and disability notes: a list of people with 要配慮個人情報")

# 056 — 社内稟議: 病気療養中のお客様の債権放棄
_c = person()
msg(56, sender=HASEBE, to=[f"keiri-bucho@{D}"], cc=[f"fujisaki.r@{D}"],
    subject="【稟議】債権放棄の承認依頼（{0}様）".format(_c["sei"]),
    body=f"""部長

長谷部です。下記債権の放棄について承認をお願いします。

・顧客：{_c['name']}（{_c['cust']}）
・住所：{_c['addr']}
・残高：{yen(_c['amount'])}円
・理由：ご本人がALS（筋萎縮性側索硬化症）で在宅療養中、ご家族から
　今後の支払いは困難との申し出あり。診断書の写しを受領済み。
・回収見込み：なし。訴訟費用が残高を上回る。

法務部（藤崎さん）にも確認済みです。
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=[],
    note="a customer's diagnosis, but the approval request stays inside the company")

# 057 — 基礎年金番号を社会福祉協議会へ
_c = person(old=True)
msg(57, sender=ONODERA, to=["soudan@minamikawa-shakyo.or.jp"], charset="iso-2022-jp",
    subject="生活福祉資金のご相談について（当社顧客）",
    body=f"""南川市社会福祉協議会
生活支援課 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 債権管理課の小野寺と申します。

当社のお客様である{_c['name']}様（{wareki(_c['y'], _c['m'], _c['d'])}生）から、
滞納分の支払いについて貴協議会に相談したいとのお申し出があり、
ご本人の了承を得て、ご相談に必要とされた情報をお送りします。

　住所：{_c['addr_k']}
　電話：{_c['tel']}
　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　年金受給額：月額 約9万円（偶数月15日支給）
　当社への滞納額：{yen(_c['amount'])}円

ご本人からも後日お電話が入るとのことです。
よろしくお願い申し上げます。
{SIG_ONODERA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a customer's basic pension number sent to an outside welfare body")

# 058 — お客様（au）からの振替日変更希望への返信
_c = person()
msg(58, sender=ISHII, to=[_c["email"].split("@")[0] + "@ezweb.ne.jp"], charset="iso-2022-jp",
    subject="Re: 引き落とし日の変更はできますか",
    body=f"""{_c['sei']}様

お問い合わせありがとうございます。日の出産業の石井でございます。

申し訳ございませんが、口座振替日は毎月27日（金融機関休業日の場合は翌営業日）で
固定となっており、お客様ごとに変更することができません。

お給料日との関係でご不便な場合は、クレジットカード払いへの変更も可能です。
変更をご希望の際は、マイページの「お支払い方法の変更」からお手続きください。

{SIG_ISHII}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="ordinary answer to one customer on a carrier mail address")

# 059 — 振替日変更のお知らせ: 4名のお客様をCcに並べてしまった
_p = people(4)
msg(59, sender=BILLING, to=[f"seikyu-center@{D}"], cc=[p["email"] for p in _p], charset="iso-2022-jp",
    subject="口座振替日変更のお知らせ",
    body="""お客様各位

いつも日の出産業をご利用いただきありがとうございます。

2025年10月ご請求分より、口座振替日を毎月27日から毎月26日に変更いたします。
（金融機関休業日の場合は翌営業日）
ご登録口座の残高を前日までにご確認くださいますようお願いいたします。

ご不明な点は、お客様請求センターまでお問い合わせください。
""" + SIG_CENTER,
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four private customers in Cc can see each other's addresses: should have been Bcc")

# 060 — 同じ案内を正しくBccで送ったもの
_p = people(9)
msg(60, sender=BILLING, to=[f"seikyu-center@{D}"], bcc=[p["email"] for p in _p], charset="utf-8",
    subject="口座振替日変更のお知らせ（再送）",
    body="""お客様各位

いつも日の出産業をご利用いただきありがとうございます。
先日お送りしたご案内に誤りがございましたので、再送いたします。

【正】2025年10月ご請求分より、口座振替日を毎月26日に変更いたします。

お手数をおかけし申し訳ございません。
""" + SIG_CENTER,
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="customers in Bcc only, To is the team's own address: nobody sees another's address")

# 061 — お客様がメールに書いてきたカード番号を決済代行へ転送
_c = person()
_card = next_card()
_cmail = _c["email"].split("@")[0] + "@yahoo.co.jp"
msg(61, sender=KITAMURA, to=[f"support@{PAY}"], charset="iso-2022-jp",
    subject="FW: カード変更のお願い",
    body=f"""ペイゲート・ジャパン サポート様

北村です。お客様から下記のメールが届きました。
会員ID HSM-{rng.randint(100000, 999999)} のカード情報の差し替えをお願いできますでしょうか。

---------- Forwarded message ---------
From: {_c['name']} <{_cmail}>
Date: 2025年7月5日(土) 22:31
Subject: カード変更のお願い
To: <seikyu-center@hinode-sangyo.co.jp>

カードを新しくしたので、こちらで引き落としをお願いします。
{zen(_card[:4])}－{zen(_card[4:8])}－{zen(_card[8:12])}－{zen(_card[12:])}
有効期限　{zen(f'{rng.randint(1, 12):02d}')}／{zen(str(rng.randint(28, 31)))}
{_c['name']}
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="forward of a customer's mail with her full card number (full-width digits) to a processor")

# 062 — そのお客様への返信（カード番号は引用部分のみ）
msg(62, sender=ISHII, to=[_cmail], charset="iso-2022-jp",
    subject="Re: カード変更のお願い",
    body=f"""{_c['sei']} 様

日の出産業 お客様請求センターの石井でございます。
カード変更のご連絡をいただき、ありがとうございます。

恐れ入りますが、セキュリティ保護のため、カード番号はメールでお送りいただかないよう
お願いしております。お手数ですが、マイページの「お支払い方法の変更」から
新しいカードをご登録ください。
いただいたメールは、当センターで削除いたしました。

{SIG_ISHII}

-----Original Message-----
From: {_c['name']} <{_cmail}>
Sent: Saturday, July 5, 2025 10:31 PM
To: seikyu-center@hinode-sangyo.co.jp
Subject: カード変更のお願い

カードを新しくしたので、こちらで引き落としをお願いします。
{zen(_card[:4])}－{zen(_card[4:8])}－{zen(_card[8:12])}－{zen(_card[12:])}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="the card number sits only in the customer's own quoted mail, returned to her")

# 063 — ツバサシステムの綴り違い（tsubasa-sytem.jp）に送信エラーの顧客CSV
_p = people(6)
msg(63, sender=SAKAGUCHI, to=["support@tsubasa-sytem.jp"], charset="utf-8",
    subject="請求メール送信エラーの調査依頼",
    body="""ツバサシステム サポートご担当者様

日の出産業の坂口です。
7月の請求案内メールのうち、下記のお客様宛てが「550 5.1.1」で戻ってきています。
アドレス自体は正しいとお客様に確認済みのため、送信側の問題がないか調査をお願いします。

対象一覧を添付します。
""" + SIG_SAKAGUCHI,
    attachments=[{"kind": "csv", "name": "bounce_202507.csv", "encoding": "utf-8",
                  "rows": [["顧客番号", "氏名", "メールアドレス", "エラー"]]
                  + [[p["cust"], p["name"], p["email"], "550 5.1.1"] for p in _p]}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="tsubasa-sytem.jp drops an 's' from the partner tsubasa-system.jp; CSV of six customers")

# 064 — 錦印刷へ返戻郵便の確認（追跡番号のみ）
_tracks = "\n".join(f"　{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
                    for _ in range(6))
msg(64, sender=NAKAMURA, to=[f"ohashi@{PRINT}"],
    subject="簡易書留の配達状況について",
    body=f"""大橋様

中村です。いつもありがとうございます。
7月3日差出の簡易書留（催告書）のうち、下記6通が追跡サービスで
「保管期間経過のため返送」となっていました。
返戻分が御社に届きましたら、当社へまとめてご返送いただけますでしょうか。

お問い合わせ番号：
{_tracks}

差出総数は248通、うち配達完了242通です。
よろしくお願いします。
""" + SIG_NAKAMURA,
    expect="pass", entities=[], detectors=[],
    note="postal tracking numbers and counts only: no person is identified")

# 065 — 「取扱注意」ヘッダーの内容証明ドラフトPDF（1名）を弁護士へ
_c = person()
msg(65, sender=FUJISAKI, to=[f"kinoshita@{LAW}"], charset="utf-8",
    subject="内容証明郵便（案）のご確認",
    body="""木下先生

お世話になっております。藤崎です。
内容証明郵便の文案を作成しましたので、ご確認いただけますでしょうか。
特に期限の利益喪失の記載についてご意見をいただけますと幸いです。
""" + SIG_FUJISAKI,
    attachments=[{"kind": "pdf", "name": "naiyoshomei_draft.pdf", "page_header": "取扱注意",
                  "lines": ["通知書（案）", "", f"〒{_c['zip']}", _c["addr_k"], f"{_c['name']} 殿", "",
                            "当社は貴殿に対し、ウォーターサーバーレンタル契約に基づく",
                            f"未払料金 金{yen(_c['amount'] * 2)}円の支払いを求めます。",
                            "本書到達後7日以内にお支払いなき場合は、法的措置をとります。",
                            "", "日の出産業株式会社 代表取締役 日野 昇"]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["confidential_marking", "personal_data"],
    note="PDF stamped 取扱注意 in its page header, sent outside (also one debtor's address)")

# 066 — 弁護士からの一覧を社内へ転送（社内のみ）
_p = people(7)
_l = "\n".join(f"{p['name']}様　{p['addr']}　（和解金額 {yen(p['amount'])}円・{rng.randint(3, 12)}回払い）"
               for p in _p)
msg(66, sender=FUJISAKI, to=[f"hasebe.makoto@{D}", f"s.nakamura@{D}"],
    subject="FW: 和解成立のご報告（7名）",
    body=f"""長谷部さん、中村さん

白川法律事務所から和解成立の報告が来ましたので転送します。
入金予定を債権管理システムに登録してください。

-----Original Message-----
From: 木下 遼 <kinoshita@shirakawa-law.jp>
Subject: 和解成立のご報告（7名）

下記7名と和解が成立しましたのでご報告します。

{_l}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=[],
    note="forward of a seven-person list, but only to internal recipients")

# 067 — DOCX（表なし、1人1段落）の差込データを錦印刷へ
_p = people(6)
_paras = ["督促状 差込用データ（第3回・最終通知）", ""]
for p in _p:
    _paras += [f"〒{p['zip']}", p["addr_k"], f"{p['name']} 様", f"ご請求額：{yen(p['amount'])}円",
               f"お客様番号：{p['cust']}", "────────"]
msg(67, sender=NAKAMURA, to=[f"dtp@{PRINT}"], charset="utf-8",
    subject="最終通知 差込データ（Word）",
    body="""DTPご担当者様

日の出産業の中村です。
最終通知の差込データです。今回はシステムから出せなかったので、
Wordで1件ずつ作っています。お手数ですが流し込みをお願いします。

中村
""",
    attachments=[{"kind": "docx", "name": "最終通知_差込.docx", "paragraphs": _paras}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="Word file with six debtors' address blocks (no table) sent to the printer")

# 068 — サービサーへ新規委託1件（1名のみ）
_c = person()
msg(68, sender=ONODERA, to=[f"okabe@{SRV}"], charset="iso-2022-jp",
    subject="追加委託（1件）のお願い",
    body=f"""岡部様

小野寺です。月中ですが、1件追加で委託をお願いします。

　顧客番号：{_c['cust']}
　氏名　　：{_c['name']}
　住所　　：{_c['addr']}
　電話　　：{_c['mobile']}
　残高　　：{yen(_c['amount'])}円（{_c['months'] + 2}か月滞納）

本人とは6月中旬から連絡が取れていません。
よろしくお願いします。
""" + SIG_ONODERA,
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one debtor's contact record to the contracted servicer: one person, may warn")

# 069 — 弁護士事務所のホモグリフIDN（キリル文字の а）
msg(69, sender=FUJISAKI, to=["kinoshita@xn--shirkawa-law-09j.jp"],
    subject="期日の件",
    body="""木下先生

お世話になっております。藤崎です。
7月22日の口頭弁論期日について、当社からは私が傍聴で同席いたします。
当日は10時15分に裁判所1階ロビーでお待ちしております。
""" + SIG_FUJISAKI,
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="IDN domain shirаkawa-law.jp (Cyrillic а) imitates the partner law firm's domain")

# 070 — 青葉運輸へ機器引取（3件）
_p = people(3)
_l = "\n\n".join(f"({i}) {p['name']} 様\n    {p['addr']}\n    TEL {p['mobile']}\n    機種：HS-WS{rng.randint(200, 400)}"
                 for i, p in enumerate(_p, 1))
msg(70, sender=NAKAMURA, to=[f"haisou@{UNYU}"],
    subject="レンタル機器の引取り依頼（3件）",
    body=f"""青葉運輸株式会社 配送センター
ご担当者様

いつもお世話になっております。日の出産業の中村です。
契約解除となったお客様宅のウォーターサーバーの引取りをお願いします。

{_l}

いずれもお客様には日時調整のお電話が入る旨お伝え済みです。
""" + SIG_NAKAMURA,
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three customers' addresses for equipment pick-up: fewer than five people")

# ======================================================================= 071-100 ========

# 071 — 青葉運輸へ機器引取6件（テキスト＋HTMLの表）
_p = people(6)
_txt = "\n".join(f"{i}. {p['name']} / {p['zip']} {p['addr']} / {p['mobile']}" for i, p in enumerate(_p, 1))
_tr = "".join(f"<tr><td>{i}</td><td>{p['name']}</td><td>{p['zip']}</td><td>{p['addr']}</td><td>{p['mobile']}</td></tr>"
              for i, p in enumerate(_p, 1))
_intro = "青葉運輸 配送センター ご担当者様\n\n日の出産業の中村です。\n強制解約となったお客様宅からの機器引取り6件をお願いします。\n"
msg(71, sender=NAKAMURA, to=[f"haisou@{UNYU}"], cc=[f"k-taguchi@{UNYU}"], charset="utf-8",
    subject="機器引取り依頼（強制解約分 6件）",
    body=_intro + "\n" + _txt + "\n\n引取り後、機器は川口倉庫へ返送してください。\n" + SIG_NAKAMURA,
    html=f"""<html><body><p>青葉運輸 配送センター ご担当者様</p><p>日の出産業の中村です。<br>
強制解約となったお客様宅からの機器引取り6件をお願いします。</p>
<table border=1><tr><th>#</th><th>氏名</th><th>〒</th><th>住所</th><th>携帯</th></tr>{_tr}</table>
<p>引取り後、機器は川口倉庫へ返送してください。</p></body></html>""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six customers' names, addresses and mobiles to the carrier (text and HTML table)")

# 072 — さくらホテルへ研修会場の予約（業務連絡）
msg(72, sender=HASEBE, to=[f"banquet@sakura-hotel.jp"],
    subject="会議室ご予約の件（9月12日 日の出産業）",
    body="""さくらホテル 宴会予約係 御中

いつもお世話になっております。日の出産業株式会社の長谷部でございます。
下記の通り会議室の予約をお願いいたします。

　日時：2025年9月12日（金）13:00～17:30
　人数：24名（スクール形式）
　用途：債権管理実務研修（外部講師1名）
　備品：プロジェクター、マイク2本、ホワイトボード
　飲食：15時にコーヒーブレイク

見積書は経理部 北村宛てにお送りください。
""" + SIG_HASEBE,
    expect="pass", entities=[], detectors=[],
    note="room booking with the partner hotel; no personal data")

# 073 — 架電結果を文章で報告（名前が本文中に散在、5名）
_p = [person(), person(female=False), person(), person(), person()]
_a, _b, _c2, _d, _e = _p
msg(73, sender=ONODERA, to=[f"okabe@{SRV}"], charset="utf-8",
    subject="架電結果の共有（7/8）",
    body=f"""岡部様

小野寺です。昨日の当社からの架電結果を共有します。

{_a['name']}様は{_a['mobile']}でつながり、7/15に全額振込むとのことでした。
{_b['name']}様は不在で、ご家族（奥様）から本人は単身赴任中と聞いたので、
赴任先の携帯{_b['mobile']}に改めてかけていただけますか。
{_c2['name']}様（{_c2['addr']}）は電話が使われておらず、現住所の確認が必要です。
{_d['name']}様は「請求額に納得がいかない」とのことで、{_d['tel']}に折り返しを約束しています。
{_e['name']}様は分割希望で、月5,000円なら払えるとのことでした（携帯 {_e['mobile']}）。

以上、よろしくお願いします。
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="five debtors named in running prose, each with a phone or address: a list of people")

# 074 — みどり銀行＋ツバサシステム（2社）へ全銀フォーマットの確認
msg(74, sender=SAKAGUCHI, to=[f"sano.k@{BANK}", f"pm-hinode@{SYS}"], cc=[f"k.kitamura@{D}"],
    charset="utf-8",
    subject="口座振替データ 全銀フォーマット（ヘッダーレコード）の確認",
    body="""みどり銀行 佐野様
ツバサシステム 高野様

日の出産業 情報システム部の坂口です。
新請求システムから出力する口座振替請求データについて、確認させてください。

・ヘッダーレコードの「委託者名」はカナ40桁、左詰め・残りスペースで問題ないか
・「引落日」はMMDD形式（4桁）でよいか
・トレーラーレコードの合計金額が12桁を超える可能性はないか（現状は最大でも9桁）

7月中に一度、テストファイルの受け渡しをお願いできればと思います。
""" + SIG_SAKAGUCHI,
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="format questions to two external organisations (bank and vendor): a normal three-way mail")

# 075 — 分割払い契約者一覧（タブ区切り、和暦の全角生年月日）を保証会社へ
_p = people(8)
_tsv = "契約番号\t氏名\tフリガナ\t生年月日\t電話\t分割回数\t残債\n" + "\n".join(
    f"BK-{rng.randint(10000, 99999)}\t{p['name']}\t{p['kana']}\t{wareki(p['y'], p['m'], p['d'], 'zen')}\t"
    f"{zen(p['mobile'])}\t{rng.choice([6, 10, 12, 24])}\t{p['amount']}" for p in _p)
msg(75, sender=ISHII, to=[f"hosho-kanri@{HOSHO}"], charset="cp932",
    subject="保証対象契約 月次報告（6月末）",
    body=f"""ひかり信販株式会社 保証管理課 御中

お世話になっております。日の出産業の石井です。
6月末時点の保証対象契約（分割払い中）の一覧です。
システムからの出力をそのまま貼り付けております。

{_tsv}

ご確認をお願いいたします。
{SIG_ISHII}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="eight instalment customers with 和暦 DOB and full-width phones, tab-separated, to a guarantor")

# 076 — さくらホテルへ研修参加者4名（社員）の連絡先
_p = people(4)
_l = "\n".join(f"　{p['name']}（{p['kana']}）　携帯 {p['mobile']}" for p in _p)
msg(76, sender=HASEBE, to=[f"banquet@sakura-hotel.jp"],
    subject="Re: 会議室ご予約の件（当日連絡先）",
    body=f"""さくらホテル 宴会予約係 ご担当者様

長谷部です。ご確認ありがとうございます。
当日の設営立会い・連絡担当は下記4名です。何かあればいずれかにご連絡ください。

{_l}

よろしくお願いいたします。
""" + SIG_HASEBE,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four staff members' mobiles for an event: fewer than five people")

# 077 — さくらホテルへ宿泊者名簿（社員6名、生年月日・住所つき）
_p = people(6)
_t = [["氏名", "生年月日", "住所", "携帯電話", "泊数"]]
for p in _p:
    _t.append([p["name"], f"{p['y']}.{p['m']}.{p['d']}", p["addr"], p["mobile"], "1"])
msg(77, sender=HASEBE, to=[f"front@sakura-hotel.jp"], charset="utf-8",
    subject="研修前泊の宿泊者名簿",
    body="""さくらホテル フロント ご担当者様

日の出産業の長谷部です。9月11日（木）に前泊する地方拠点の社員6名の名簿をお送りします。
事前チェックイン用にご利用ください。
""" + SIG_HASEBE,
    attachments=[{"kind": "xlsx", "name": "宿泊者名簿_0911.xlsx",
                  "sheets": {"名簿": [["宿泊者名簿　2025年9月11日チェックイン"], []] + _t}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six employees' DOB, home address and mobile sent to a hotel: a list of people")

# 078 — 消費生活センターからの照会への回答（お客様1名）
_c = person()
msg(78, sender=ISHII, to=["shohi-center@city.minamikawa.lg.jp"], charset="iso-2022-jp",
    subject="ご照会の件（受付番号 R7-0412）への回答",
    body=f"""南川市消費生活センター
相談員 吉岡様

お世話になっております。日の出産業 お客様請求センターの石井でございます。
ご照会いただきました{_c['name']}様の件について、ご回答申し上げます。

・契約日：2023年4月18日（ウォーターサーバー 2年契約）
・ご住所：{_c['addr']}
・未払い：2025年3月分～6月分（4か月、合計 {yen(_c['amount'])}円）
・解約金：契約期間内のため 9,900円

ご本人のご事情を伺い、分割でのお支払いにも応じる用意がございます。
ご本人へのお伝え方について、ご助言をいただければ幸いです。
{SIG_ISHII}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="answer about one customer to the consumer centre that asked: one person, no sensitive data")

# 079 — 消費生活センターへ（認知症の診断を含む）
_c = person(old=True, female=True)
msg(79, sender=ISHII, to=["shohi-center@city.minamikawa.lg.jp"], charset="utf-8",
    subject="ご照会の件（受付番号 R7-0488）",
    body=f"""南川市消費生活センター 吉岡様

お世話になっております。日の出産業の石井です。
{_c['name']}様（{_c['y']}年生、{_c['city']}{_c['town']}在住）の件につき、
ご長女様から「母は昨年アルツハイマー型認知症と診断されており、契約内容を理解していなかった」
との申し出と、主治医の診断書の写しをいただきました。

当社としては、契約の取消しおよび未払い残高 {yen(_c['amount'])}円 の請求取下げで
対応する方向で検討しております。
""" + SIG_ISHII,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="an identifiable customer's dementia diagnosis (medical, 要配慮) sent outside")

# 080 — 錦印刷: 督促状テンプレート校正（見本の架空宛名のみ）
msg(80, sender=NAKAMURA, to=[f"ohashi@{PRINT}"], charset="utf-8",
    subject="督促状テンプレート 校正戻し",
    body="""大橋様

中村です。督促状テンプレートの校正、ありがとうございました。
赤字を入れたPDFを添付します。主な修正点は以下のとおりです。

・1行目の「ご請求」の前に「大切な」を追加
・問合せ先のフリーダイヤルを 0120-381-227 に差し替え
・宛名欄は見本のままで結構です

再校はPDFでお送りください。
""" + SIG_NAKAMURA,
    attachments=[{"kind": "pdf", "name": "tokusoku_template_kosei2.pdf",
                  "lines": ["【見本】督促状", "〒000-0000", "（住所）○○県○○市○○町0-0-0",
                            "（宛名）日の出 太郎 様", "", "大切なご請求についてのお知らせ",
                            "ご利用料金 ○○,○○○円 のお支払いが確認できておりません。",
                            "お問合せ：日の出産業 お客様請求センター 0120-381-227"]}],
    expect="pass", entities=[], detectors=[],
    note="template proof with a placeholder addressee: no real person's data")

# 081 — 破損PDF（銀行からの振替結果）をサービサーへ転送
msg(81, sender=ONODERA, to=[f"okabe@{SRV}"],
    subject="振替結果（6月分）の写し",
    body="""岡部様

小野寺です。ご依頼の6月分振替結果の写しを添付します。
委託中のお客様で、6月に振替できた方の確認にお使いください。
""" + SIG_ONODERA,
    attachments=[{"kind": "corrupt", "name": "furikae_kekka_202506.pdf"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt and cannot be inspected")

# 082 — 情報システム部宛の顧客マスタ（CSV）に外部SEがCc
_p = people(10)
_rows = [["cust_no", "name", "kana", "zip", "address", "tel", "mail", "pay_method"]]
for p in _p:
    _rows.append([p["cust"], p["name"], p["kana"], p["zip"], p["addr"], p["tel"], p["email"],
                  rng.choice(["口座振替", "カード", "払込票"])])
msg(82, sender=KITAMURA, to=[f"sakaguchi@{D}"], cc=[f"takano@{SYS}"], charset="utf-8",
    subject="名寄せ不具合の対象データ",
    body="""坂口さん（cc: 高野さん）

北村です。名寄せで同一人物が別顧客になっている疑いのある10件を抽出しました。
原因調査をお願いします。
""",
    attachments=[{"kind": "csv", "name": "nayose_check.csv", "encoding": "utf-8", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="mostly internal, but the vendor's engineer in Cc is external: ten customer records leave")

# 083 — 全角数字・カナ氏名の一覧（7名）
_p = people(7)
_l = "\n".join(f"{zen(str(i))}．{p['kana'].replace(' ', '　')}　{zen(p['mobile'])}　{zen(yen(p['amount']))}円"
               for i, p in enumerate(_p, 1))
msg(83, sender=NAKAMURA, to=[f"callcenter@{SRV}"], charset="cp932",
    subject="再架電のお願い",
    body=f"""コールセンター ご担当者様

中村です。
お約束の日に入金がなかった下記７名に再架電をお願いします。

{_l}

よろしくお願いします。
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="seven kana names with full-width mobile numbers to a servicer's call centre")

# 084 — 未払い時の流れ（FAQ）をお客様へ
_c = person()
msg(84, sender=ISHII, to=[_c["email"].split("@")[0] + "@icloud.com"],
    subject="Re: 支払いが遅れるとどうなりますか",
    body=f"""{_c['sei']} 様

お問い合わせありがとうございます。石井でございます。
お支払いが遅れた場合の一般的な流れは以下のとおりです。

1. 振替日の翌月上旬：払込票付きの再請求書をお送りします
2. 期限後2週間：お電話・SMSでご案内します
3. 期限後2か月：督促状（書面）をお送りします
4. 期限後3か月：サービスを停止し、債権回収会社に業務を委託する場合があります

お支払いが難しい場合は、分割でのお支払いのご相談も承っております。
お早めにご連絡ください。
{SIG_ISHII}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="general explanation of the dunning process to one customer")

# 085 — 銀行の振替不能通知メール（添付eml、6名）を錦印刷へ転送
_p = people(6)
_inner = "\n".join(f"{p['kana']:<16} {rng.choice(BANKS[0][1])} 普通 {p['acct']}  {p['amount']}円  1:資金不足"
                   for p in _p)
msg(85, sender=KITAMURA, to=[f"dtp@{PRINT}"], charset="iso-2022-jp",
    subject="FW: 口座振替不能のお知らせ",
    body="""錦印刷 DTPご担当者様

北村です。銀行から届いた振替不能の通知を添付メールのまま転送します。
この6名分の再請求書（払込票付き）の作成をお願いします。
住所はいつものマスタ（6/30版）で照合してください。
""",
    attachments=[{"kind": "eml", "name": "振替不能のお知らせ.eml",
                  "message": {"sender": f"みどり銀行 口座振替センター <furikae-center@{BANK}>",
                              "to": [f"k.kitamura@{D}"], "charset": "iso-2022-jp",
                              "subject": "口座振替不能のお知らせ（7月27日振替分）",
                              "body": "日の出産業株式会社 御中\n\n7月27日振替分のうち、下記が振替不能となりました。\n\n"
                                      + _inner + "\n\nみどり銀行 口座振替センター"}}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="attached bank mail with six customers' account numbers and names, forwarded to a printer")

# 086 — 件数のみの振替結果通知（添付eml）をツバサシステムへ
msg(86, sender=SAKAGUCHI, to=[f"support@{SYS}"], charset="utf-8",
    subject="振替結果取込エラー（件数不一致）",
    body="""ツバサシステム サポートご担当者様

坂口です。7月27日振替分の結果データ取込で、件数不一致のエラーが出ています。
銀行からの通知メールを添付しますので、取込件数と比較していただけますか。
（システム上の取込件数：38,391件）
""" + SIG_SAKAGUCHI,
    attachments=[{"kind": "eml", "name": "振替結果通知_0727.eml",
                  "message": {"sender": f"みどり銀行 口座振替センター <furikae-center@{BANK}>",
                              "to": [f"k.kitamura@{D}"], "charset": "iso-2022-jp",
                              "subject": "口座振替結果のお知らせ（7月27日振替分）",
                              "body": "日の出産業株式会社 御中\n\n委託者コード 0003841\n請求件数 38,402件\n"
                                      "振替済件数 37,716件\n振替不能件数 686件\n振替済金額 165,203,480円\n\n"
                                      "結果データは伝送にてお送りしております。\nみどり銀行 口座振替センター"}}],
    expect="pass", entities=[], detectors=[],
    note="attached bank notice holds only totals and a company code")

# 087 — 特殊詐欺の被害に遭ったお客様（犯罪被害は要配慮）
_c = person(old=True)
msg(87, sender=ONODERA, to=[f"okabe@{SRV}"],
    subject="委託No.2025-0601 督促停止のお願い",
    body=f"""岡部様

小野寺です。委託No.2025-0601 の{_c['name']}様（{_c['addr']}）について、
ご本人から「5月に還付金詐欺の被害に遭い、老後の資金をほぼ失った。
警察（{_c['city']}の警察署）に被害届を出している」との連絡がありました。

被害の状況を踏まえ、8月末まで督促を停止し、その後分割での回収をご相談する方針です。
それまで架電は控えてください。
""" + SIG_ONODERA,
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="an identifiable customer who was a crime victim (要配慮) reported to a servicer")

# 088 — サービサーへ月次の年齢別（延滞期間別）集計
msg(88, sender=HASEBE, to=[f"okabe@{SRV}"], charset="cp932",
    subject="7月 委託状況の集計",
    body=f"""岡部様

長谷部です。7月末時点の委託状況を延滞期間別に集計しました。

{table_text([["延滞期間", "件数", "残高合計(円)", "前月比"],
             ["61～90日", "118", "4,203,440", "+12"],
             ["91～180日", "203", "9,880,120", "-7"],
             ["181～365日", "96", "5,511,900", "+3"],
             ["1年超", "41", "3,104,000", "±0"]])}

91～180日の層の回収率が前年より落ちていますので、次回の定例でご相談させてください。
""" + SIG_HASEBE,
    expect="pass", entities=[], detectors=[],
    note="aggregate counts by delinquency age; no person")

# 089 — 本文先頭に「極秘」区分の債権譲渡検討（個人データなし）
msg(89, sender=HASEBE, to=[f"t-mori@{SRV3}"], charset="iso-2022-jp",
    subject="債権譲渡のご相談",
    body="""■機密区分：極秘■

日本橋クレジットサービス株式会社
森様

先日はありがとうございました。日の出産業の長谷部です。

当社で保有する1年超延滞の個人向け債権（約1,400件、元本約6,300万円）について、
年度内のバルクセールを検討しております。
譲渡価格の目安（簿価に対する掛目）と、デューデリジェンスに必要な資料の範囲を
ご教示いただけますでしょうか。

本件は社内でも一部の者のみで検討しておりますので、お取扱いにご留意ください。
""" + SIG_HASEBE,
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="mail classified 極秘 at its top, sent to an outside company")

# 090 — 弁護士報酬の請求書受領（免責文の「機密」のみ）
msg(90, sender=KITAMURA, to=[f"jimu@{LAW}"], charset="iso-2022-jp",
    subject="Re: 6月分 ご請求書送付の件",
    body="""白川法律事務所
事務局 ご担当者様

お世話になっております。日の出産業 経理部の北村です。
6月分のご請求書（請求No.SL-2506-019、金額 330,000円）を受領いたしました。
7月末日に、ご指定の口座へお振込みいたします。

今後ともよろしくお願いいたします。
""" + SIG_KITAMURA + DISCLAIMER_JA,
    expect="pass", entities=[], detectors=[],
    note="accounts-payable reply with the standard disclaimer: '機密' only in the disclaimer")

# 091 — 青葉運輸のTLD違い（aoba-unyu.com）に2名の引取り先
_p = people(2)
msg(91, sender=NAKAMURA, to=["haisou@aoba-unyu.com"],
    subject="追加の引取り依頼（2件）",
    body=f"""青葉運輸 配送センター ご担当者様

中村です。追加で2件、引取りをお願いします。

・{_p[0]['name']} 様　{_p[0]['addr']}　{_p[0]['mobile']}
・{_p[1]['name']} 様　{_p[1]['addr']}　{_p[1]['tel']}

よろしくお願いします。
""" + SIG_NAKAMURA,
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="aoba-unyu.com swaps the partner carrier's .co.jp for .com")

# 092 — サービサーの月次報告（7名）を引用して返信
_p = people(7)
_q = "\n".join(f"{p['cust']}　{p['name']}　入金 {yen(p['amount'] // 3)}円　残 {yen(p['amount'] - p['amount'] // 3)}円"
               for p in _p)
msg(92, sender=ONODERA, to=[f"okabe@{SRV}"], charset="utf-8",
    subject="RE: 7月回収報告",
    body=f"""岡部様

ご報告ありがとうございます。内容確認しました。
入金分は当社システムに反映済みです。
8月もよろしくお願いいたします。

小野寺

-----Original Message-----
From: 岡部 隆之 <okabe@minato-saiken.co.jp>
Sent: Tuesday, August 5, 2025 9:12 AM
To: 小野寺 聡 <onodera.satoshi@hinode-sangyo.co.jp>
Subject: 7月回収報告

小野寺様

7月の回収実績をご報告いたします。

{_q}

みなと債権回収株式会社 岡部
""",
    expect="pass", entities=[], detectors=[],
    note="the seven-person report is the servicer's own text, quoted back under Original Message")

# 093 — 決済エラー5件のカード番号CSVを決済代行へ
_p = people(5)
_rows = [["会員ID", "カード名義", "カード番号", "有効期限", "金額", "エラー"]]
for p in _p:
    _rows.append([f"HSM-{rng.randint(100000, 999999)}", p["roma"].upper(), next_card(),
                  f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}", p["amount"] // 10, rng.choice(["G12", "G30", "G54"])])
msg(93, sender=KITAMURA, to=[f"support@{PAY}"], charset="utf-8",
    subject="継続課金エラー5件の原因調査",
    body="""ペイゲート・ジャパン サポートご担当者様

北村です。7月度の継続課金で、カード会社に問い合わせても原因がわからないエラーが5件あります。
該当データをCSVで添付しますので、調査をお願いします。
""" + SIG_KITAMURA,
    attachments=[{"kind": "csv", "name": "card_error_202507.csv", "encoding": "cp932", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    note="CSV with five customers' full card numbers and holder names, to a processor")

# 094 — お客様（softbank）へ口座振替依頼書送付の案内
_c = person()
msg(94, sender=ISHII, to=[_c["email"].split("@")[0] + "@softbank.ne.jp"], charset="iso-2022-jp",
    subject="口座振替依頼書をお送りしました",
    body=f"""{_c['sei']} 様

日の出産業 お客様請求センターでございます。
お申し出いただきました口座振替依頼書を、本日郵送いたしました。

ご記入・お届け印のご捺印のうえ、同封の返信用封筒でご返送ください。
金融機関での登録に1～2か月かかるため、それまでは払込票でのお支払いとなります。
{SIG_CENTER}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one customer on a carrier address; a routine notice")

# 095 — 海外転居したお客様の旅券番号をサービサーへ（所在調査）
_c = person()
_pp = f"T{rng.choice('KRZ')}{rng.randint(1000000, 9999999)}"
msg(95, sender=ONODERA, to=[f"chosa@{SRV}"], charset="utf-8",
    subject="所在調査依頼（海外転出の可能性）",
    body=f"""みなと債権回収 調査部 ご担当者様

小野寺です。以下のお客様について、海外転出の可能性があるため調査をお願いします。

氏名：{_c['name']}（{_c['roma'].upper()}）
生年月日：{_c['y']}/{_c['m']}/{_c['d']}
最終住所：{_c['addr']}
旅券番号：{_pp}（契約時の本人確認書類の控えより）
残高：{yen(_c['amount'])}円

ご家族の話では、今春からフィリピンで就労しているとのことです。
""" + SIG_ONODERA,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="a customer's passport number sent to an outside servicer")

# 096 — 債務者4名＋連帯保証人2名（either）
_p = people(4)
_g = people(2)
msg(96, sender=FUJISAKI, to=[f"kinoshita@{LAW}"], charset="iso-2022-jp",
    subject="連帯保証人への請求について",
    body=f"""木下先生

お世話になっております。藤崎です。
下記の案件について、連帯保証人への請求の可否をご相談させてください。

(1) {_p[0]['name']}（{_p[0]['addr']}）
    連帯保証人：{_g[0]['name']}（{_g[0]['addr']}／{_g[0]['tel']}）
(2) {_p[1]['name']}（{_p[1]['addr']}）
    連帯保証人：{_g[1]['name']}（{_g[1]['addr']}／{_g[1]['mobile']}）
(3) {_p[2]['name']}（{_p[2]['addr']}）　保証人なし
(4) {_p[3]['name']}（{_p[3]['addr']}）　保証人なし

2020年4月以前の契約のため、極度額の定めはございません。
""" + SIG_FUJISAKI,
    expect="either", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four case records but six people in them (two guarantors): around the five-person line")

# 097 — 分割払い合意書（DOCX）をお客様本人へ
_c = person()
_cm = _c["email"].split("@")[0] + "@gmail.com"
msg(97, sender=ISHII, to=[_cm], charset="utf-8",
    subject="分割払いに関する合意書の送付",
    body=f"""{_c['name']} 様

お客様請求センターの石井でございます。
先日お電話でお話しした分割払いの合意書をお送りします。
内容をご確認のうえ、署名してご返送いただくか、このメールへの返信でご同意をお知らせください。
{SIG_ISHII}""",
    attachments=[{"kind": "docx", "name": "分割払い合意書.docx",
                  "paragraphs": ["分割払いに関する合意書", f"甲：日の出産業株式会社", f"乙：{_c['name']}",
                                 f"乙の住所：{_c['addr_k']}",
                                 f"乙は甲に対し、未払料金 金{yen(_c['amount'])}円を、2025年8月より毎月末日限り、"
                                 f"金{yen(_c['amount'] // 8)}円ずつ8回に分割して支払う。",
                                 "乙が支払いを2回以上怠ったときは、期限の利益を失う。"]}],
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["freemail_recipient", "personal_data"],
    note="an agreement holding the customer's own name and address, sent to that customer alone")

# 098 — 合意書5通（1人1ファイル）をZIPで弁護士へ
_p = people(5)
_files = []
for i, p in enumerate(_p, 1):
    _files.append({"kind": "docx", "name": f"goisho_{i:02d}_{p['sei_kana']}.docx",
                   "paragraphs": ["分割払いに関する合意書", f"乙：{p['name']}", f"住所：{p['addr_k']}",
                                  f"電話：{p['mobile']}", f"未払料金 金{yen(p['amount'])}円を{rng.choice([6, 10, 12])}回に分割して支払う。"]})
msg(98, sender=FUJISAKI, to=[f"kinoshita@{LAW}"], charset="utf-8",
    subject="合意書のリーガルチェックのお願い（5通）",
    body="""木下先生

藤崎です。先月お客様と取り交わした分割払い合意書5通のリーガルチェックをお願いします。
今後の雛形を固めたいので、文言の不備をご指摘いただけると助かります。
ZIPにまとめてお送りします（パスワードはかけていません）。
""" + SIG_FUJISAKI,
    attachments=[{"kind": "zip", "name": "goisho_5tsu.zip", "files": _files}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="ZIP of five agreements, one customer each: together five people's records leave the company")

# 099 — お客様1名へ請求書PDF（読めるPDF、本人の宛名のみ）
_c = person()
msg(99, sender=ISHII, to=[_c["email"].split("@")[0] + "@yahoo.co.jp"], charset="iso-2022-jp",
    subject="7月分ご請求書（PDF）のお届け",
    body=f"""{_c['sei']} 様

いつもご利用ありがとうございます。
ご依頼のありました7月分ご請求書をPDFでお送りいたします。
{SIG_CENTER}""",
    attachments=[{"kind": "pdf", "name": "invoice_INV-2507-130877.pdf",
                  "lines": ["ご請求書", f"{_c['name']} 様", "請求書番号 INV-2507-130877",
                            "ご請求金額 4,378円（うち消費税 398円）", "お支払期限 2025年8月12日",
                            "日の出産業株式会社 登録番号 T" + corp_number("010401088431")]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=["freemail_recipient", "personal_data"],
    note="one customer's own invoice (salutation name, the company's T-number) sent to that customer")

# 100 — サービサー2社と弁護士をTo/Ccに並べた引継ぎ連絡（3つの外部組織）
_c = person()
msg(100, sender=HASEBE, to=[f"okabe@{SRV}", f"eigyo@{SRV2}"], cc=[f"kinoshita@{LAW}"], charset="utf-8",
    subject="委託先変更に伴う案件引継ぎについて",
    body=f"""みなと債権回収 岡部様
フロンティア債権回収 平井様
（cc：白川法律事務所 木下先生）

日の出産業の長谷部です。
10月1日付で、延滞180日超の案件の委託先をフロンティア債権回収様に変更いたします。
引継ぎの段取りについて、三者で確認させてください。

引継ぎ対象の例：{_c['name']}様（{_c['cust']}、残高 {yen(_c['amount'])}円）は、
現在みなと債権回収様で和解交渉中のため、交渉経過を書面で引き継いでください。

9月中旬に打合せを設定させていただきます。
""" + SIG_HASEBE,
    expect="stop", entities=["PERSON_NAME"],
    detectors=["external_recipients_visible", "multiple_external_domains", "personal_data"],
    note="three external organisations (two servicers and a law firm) can see each other in To/Cc")
