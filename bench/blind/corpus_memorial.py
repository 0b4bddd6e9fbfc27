"""Blind corpus — AREA: memorial.

日の出産業株式会社 霊園・寺院サポート事業部 (cemetery management for temples): 檀家・墓地使用者
名簿, 法要の日程と会食・送迎の手配, 永代供養・生前契約, 石材店・仏具店・花屋とのやり取り,
ご遺族 (施主) の連絡先, 年間管理料の請求・口座振替・カード決済, 宗派・改宗のメモ, 改葬・
無縁墳墓の手続き, 寺院事務代行 (社会保険・支払調書).

100 messages, ids memorial-001 … memorial-100.  My Number / card seeds start at 2001.
Every person, number and address is invented.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

# ---------------------------------------------------------------------------------------
# small helpers (data only; every message below is written by hand)
# ---------------------------------------------------------------------------------------

_SEI = [
    ("勅使河原", "テシガワラ", "Teshigawara"), ("四十物", "アイモノ", "Aimono"),
    ("東海林", "ショウジ", "Shoji"), ("佐々木", "ササキ", "Sasaki"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("鈴木", "スズキ", "Suzuki"), ("宇佐美", "ウサミ", "Usami"), ("廿楽", "ツヅラ", "Tsuzura"),
    ("大庭", "オオバ", "Oba"), ("雲母", "キララ", "Kirara"), ("栗林", "クリバヤシ", "Kuribayashi"),
    ("比嘉", "ヒガ", "Higa"), ("鰐淵", "ワニブチ", "Wanibuchi"), ("藤ヶ谷", "フジガヤ", "Fujigaya"),
    ("一色", "イッシキ", "Isshiki"), ("間宮", "マミヤ", "Mamiya"), ("渡会", "ワタライ", "Watarai"),
    ("柘植", "ツゲ", "Tsuge"), ("百目鬼", "ドウメキ", "Domeki"), ("真壁", "マカベ", "Makabe"),
    ("井手", "イデ", "Ide"), ("春日", "カスガ", "Kasuga"), ("金子", "カネコ", "Kaneko"),
    ("野々村", "ノノムラ", "Nonomura"), ("八木橋", "ヤギハシ", "Yagihashi"),
    ("長谷部", "ハセベ", "Hasebe"), ("岩舘", "イワダテ", "Iwadate"), ("茅野", "チノ", "Chino"),
    ("菅生", "スゴウ", "Sugo"), ("蓮沼", "ハスヌマ", "Hasunuma"), ("水落", "ミズオチ", "Mizuochi"),
    ("瀬戸口", "セトグチ", "Setoguchi"), ("古閑", "コガ", "Koga"), ("安藤", "アンドウ", "Ando"),
    ("沼尻", "ヌマジリ", "Numajiri"), ("仁科", "ニシナ", "Nishina"), ("丹羽", "ニワ", "Niwa"),
    ("戸叶", "トカノ", "Tokano"), ("関口", "セキグチ", "Sekiguchi"), ("根岸", "ネギシ", "Negishi"),
    ("小此木", "オコノギ", "Okonogi"), ("新井", "アライ", "Arai"), ("醍醐", "ダイゴ", "Daigo"),
    ("樋渡", "ヒワタシ", "Hiwatashi"), ("久保寺", "クボデラ", "Kubodera"),
]
_MEI = [
    ("正一", "ショウイチ", "Shoichi"), ("和夫", "カズオ", "Kazuo"), ("健二", "ケンジ", "Kenji"),
    ("隆", "タカシ", "Takashi"), ("博之", "ヒロユキ", "Hiroyuki"), ("茂", "シゲル", "Shigeru"),
    ("義明", "ヨシアキ", "Yoshiaki"), ("大輔", "ダイスケ", "Daisuke"), ("誠", "マコト", "Makoto"),
    ("勝利", "カツトシ", "Katsutoshi"), ("俊介", "シュンスケ", "Shunsuke"),
    ("清", "キヨシ", "Kiyoshi"), ("昭雄", "アキオ", "Akio"), ("修平", "シュウヘイ", "Shuhei"),
    ("光男", "ミツオ", "Mitsuo"), ("哲也", "テツヤ", "Tetsuya"), ("和子", "カズコ", "Kazuko"),
    ("幸子", "サチコ", "Sachiko"), ("恵美子", "エミコ", "Emiko"), ("典子", "ノリコ", "Noriko"),
    ("久美子", "クミコ", "Kumiko"), ("由美", "ユミ", "Yumi"), ("千代", "チヨ", "Chiyo"),
    ("節子", "セツコ", "Setsuko"), ("美智子", "ミチコ", "Michiko"), ("京子", "キョウコ", "Kyoko"),
    ("玲子", "レイコ", "Reiko"), ("房江", "フサエ", "Fusae"), ("真理", "マリ", "Mari"),
    ("智恵", "チエ", "Chie"), ("文子", "フミコ", "Fumiko"), ("陽子", "ヨウコ", "Yoko"),
]
# (都道府県, 市区町村, 町名, 郵便番号の頭, 市外局番, 局番の桁数)
_AREAS = [
    ("埼玉県", "川越市", ["霞ケ関北", "的場", "今成", "小仙波町", "笠幡"], "350-11", "049", 3),
    ("埼玉県", "所沢市", ["東狭山ケ丘", "小手指町", "北野新町", "若狭"], "359-11", "04", 4),
    ("埼玉県", "さいたま市浦和区", ["岸町", "常盤", "瀬ケ崎", "北浦和"], "330-00", "048", 3),
    ("東京都", "練馬区", ["石神井台", "関町北", "大泉学園町", "貫井"], "177-00", "03", 4),
    ("東京都", "八王子市", ["打越町", "長房町", "元八王子町", "散田町"], "193-08", "042", 3),
    ("埼玉県", "飯能市", ["双柳", "川寺", "岩沢", "前ケ貫"], "357-00", "042", 3),
    ("神奈川県", "相模原市緑区", ["橋本台", "大島", "二本松", "下九沢"], "252-01", "042", 3),
    ("埼玉県", "入間市", ["豊岡", "仏子", "宮寺", "野田"], "358-00", "04", 4),
    ("群馬県", "高崎市", ["上並榎町", "貝沢町", "飯塚町", "倉賀野町"], "370-00", "027", 3),
    ("千葉県", "柏市", ["豊四季", "増尾台", "松ケ崎", "花野井"], "277-08", "04", 4),
]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "outlook.jp",
         "softbank.ne.jp"]
_BRANCHES = [("大宮支店", "211"), ("川越支店", "305"), ("所沢中央支店", "318"), ("浦和支店", "204"),
             ("入間支店", "322"), ("飯能支店", "331"), ("八王子駅前支店", "412")]


def _people(n: int, seed: str) -> list[dict]:
    rng = random.Random(f"memorial-people-{seed}")
    out: list[dict] = []
    used: set[str] = set()
    while len(out) < n:
        sei = rng.choice(_SEI)
        mei = rng.choice(_MEI)
        if sei[0] in used:
            continue
        used.add(sei[0])
        pref, city, towns, zp, ac, loc = rng.choice(_AREAS)
        town = rng.choice(towns)
        banchi = f"{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
        if loc == 4:
            home = f"{ac}-{rng.randint(2900, 7199)}-{rng.randint(1000, 9999)}"
        else:
            home = f"{ac}-{rng.randint(220, 989)}-{rng.randint(1000, 9999)}"
        mobile = f"0{rng.choice('987')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        y = rng.randint(1934, 1984)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        br = rng.choice(_BRANCHES)
        style = rng.randrange(3)
        local = [f"{mei[2].lower()}.{sei[2].lower()}",
                 f"{sei[2].lower()}{rng.randint(10, 99)}",
                 f"{mei[2][0].lower()}{sei[2].lower()}-{y % 100:02d}"][style]
        out.append({
            "sex": "M" if _MEI.index(mei) < 16 else "F",
            "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}",
            "kana": f"{sei[1]} {mei[1]}", "romaji": f"{mei[2]} {sei[2]}",
            "romaji_up": f"{sei[2].upper()} {mei[2].upper()}",
            "zip": f"{zp}{rng.randint(0, 99):02d}", "pref": pref, "city": city,
            "addr": f"{pref}{city}{town}{banchi}", "addr_nopref": f"{city}{town}{banchi}",
            "home": home, "mobile": mobile,
            "email": f"{local}@{rng.choice(_FREE)}",
            "y": y, "m": m, "d": d,
            "bank_branch": br[0], "bank_code": br[1], "acct": f"{rng.randint(1000000, 9999999)}",
            "kukaku": f"{rng.choice('ABCDEF')}-{rng.randint(1, 24):02d}-{rng.randint(1, 48):02d}",
            "fee": rng.choice([6600, 8800, 11000, 13200, 16500]),
        })
    return out


_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _fw(s: str) -> str:
    return s.translate(_FW)


def _wareki(p: dict, style: int = 0) -> str:
    y, m, d = p["y"], p["m"], p["d"]
    era, ey, ab = ("平成", y - 1988, "H") if y >= 1989 else ("昭和", y - 1925, "S")
    if style == 0:
        return f"{era}{ey}年{m}月{d}日"
    if style == 1:
        return f"{ab}{ey}.{m}.{d}"
    if style == 2:
        return _fw(f"{era}{ey}年{m}月{d}日").replace("年", "年")
    if style == 3:
        return f"{y}/{m:02d}/{d:02d}"
    return f"{y}年{m}月{d}日"


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "FW" else 1 for c in s)


def _pad(rows: list[list], sep: str = "  ", rule: str = "-", fw: bool = False) -> str:
    """A table padded with spaces, as people paste it from a spreadsheet."""
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            gap = widths[i] - _w(c)
            cells.append(c + ("　" * (gap // 2) + " " * (gap % 2) if fw else " " * gap))
        lines.append(sep.join(cells).rstrip())
        if k == 0 and rule:
            step = _w(rule)
            lines.append(sep.join(rule * (wd // step) for wd in widths))
    return "\n".join(lines)


def _corp(base12: str) -> str:
    """法人番号: check digit + 12 digits (国税庁 方式)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def _license(seed: int) -> str:
    """運転免許証番号 12 桁 (公安委員会 2 桁 + 年 2 桁 + 連番 6 桁 + CD + 再交付)."""
    rng = random.Random(f"memorial-license-{seed}")
    ten = [4, 3] + [rng.randrange(10) for _ in range(2)] + [rng.randrange(10) for _ in range(6)]
    s = sum(d * w for d, w in zip(ten, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
    r = s % 11
    cd = 0 if r <= 1 else 11 - r
    cd = cd % 10
    return "".join(map(str, ten)) + str(cd) + "0"


# ---------------------------------------------------------------------------------------
# senders and their signatures
# ---------------------------------------------------------------------------------------

_OFFICE = "〒330-0854 埼玉県さいたま市大宮区桜木町2-7-14 日の出大宮ビル5F"

S_UKAI = "鵜飼 亮 <ukai.ryo@hinode-sangyo.co.jp>"
S_ONODERA = "小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>"
S_KODA = "国府田 さやか <koda.sayaka@hinode-sangyo.co.jp>"
S_CHIHAYA = "千早 祐一 <chihaya.yuichi@hinode-sangyo.co.jp>"
S_MASHIBA = "真柴 由紀 <mashiba.yuki@hinode-sangyo.co.jp>"
S_TAJIMA = "田島 恵介 <tajima.keisuke@hinode-sangyo.co.jp>"
S_MITSUYA = "Ken Mitsuya <mitsuya.ken@hinode-sangyo.co.jp>"
S_KURAMAE = "蔵前 修 <kuramae.osamu@hinode-sangyo.co.jp>"
S_SHIMAZU = "嶋津 和子 <shimazu.kazuko@reien.hinode-sangyo.co.jp>"
S_HANYU = "羽生 千尋 <hanyu.chihiro@hinode-sangyo.co.jp>"

SIG_UKAI = f"""
----------------------------------------
日の出産業株式会社
霊園・寺院サポート事業部 管理課
鵜飼 亮（うかい りょう）
{_OFFICE}
TEL 048-645-3310 / FAX 048-645-3311
Mail ukai.ryo@hinode-sangyo.co.jp
----------------------------------------"""

SIG_ONODERA = f"""
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 霊園・寺院サポート事業部
管理課 課長　小野寺 真弓
{_OFFICE}
TEL：048-645-3310（代表）　直通：048-645-3318
━━━━━━━━━━━━━━━━━━━━"""

SIG_KODA = """
--
日の出産業（株）霊園・寺院サポート事業部 経理グループ
国府田 さやか
TEL 048-645-3325（経理直通） FAX 048-645-3311
koda.sayaka@hinode-sangyo.co.jp"""

SIG_CHIHAYA = f"""
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社
霊園・寺院サポート事業部　法要サポート担当
千早 祐一
{_OFFICE}
TEL 048-645-3330　携帯 080-2215-7731
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_MASHIBA = """
------------------------------
日の出産業株式会社
霊園・寺院サポート事業部 永代供養・生前契約窓口
真柴 由紀
TEL 0120-448-190（フリーダイヤル）/ 048-645-3340
mashiba.yuki@hinode-sangyo.co.jp
------------------------------"""

SIG_TAJIMA = f"""
_______________________________
日の出産業株式会社
霊園・寺院サポート事業部 営業課
田島 恵介 Keisuke Tajima
{_OFFICE}
TEL 048-645-3310  携帯 090-6612-0384
_______________________________"""

SIG_MITSUYA = """
--
Ken Mitsuya (三ツ矢 健)
IT Systems, Cemetery & Temple Support Division
Hinode Sangyo Co., Ltd.
2-7-14 Sakuragi-cho, Omiya-ku, Saitama 330-0854, Japan
Tel +81-48-645-3350"""

SIG_MITSUYA_JA = """
--
日の出産業株式会社 霊園・寺院サポート事業部 情報システム担当
三ツ矢 健
TEL 048-645-3350 / 内線 5350"""

SIG_KURAMAE = """
――――――――――――――
日の出産業株式会社
霊園・寺院サポート事業部 事業部長
蔵前 修
TEL 048-645-3301
――――――――――――――"""

SIG_SHIMAZU = """
-- 
日の出 武蔵野霊園 管理事務所
嶋津 和子
〒358-0035 埼玉県入間市仏子1180-3
TEL 04-2931-6620 / FAX 04-2931-6621
（受付 9:00〜17:00 水曜定休）"""

SIG_HANYU = f"""
------------------------------------
日の出産業株式会社 霊園・寺院サポート事業部
寺院事務代行グループ　羽生 千尋
{_OFFICE}
TEL 048-645-3360
------------------------------------"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

_M: list[dict] = []


def _add(**kw) -> None:
    _M.append(kw)

# =======================================================================================
# STOP — lists of five or more people
# =======================================================================================

# S01 — 檀家名簿 (body, ASCII-padded table) to a stonemason
_p = _people(6, "s01")
_add(
    sender=S_UKAI, to=["石田 隆之 <t.ishida@ishida-sekizai.co.jp>"], charset="iso-2022-jp",
    subject="慈光寺墓所 春彼岸前清掃のご案内 送付先（6件）",
    body=f"""石田石材店
石田 様

いつもお世話になっております。日の出産業の鵜飼です。
先日お電話でご相談しました、慈光寺墓所の清掃サービスのご案内の送付先をお送りします。
ご案内状は御社名義で発送いただけるとのことでしたので、下記の皆様宛にお願いいたします。

{_pad([["区画", "使用者", "郵便番号", "住所", "電話"]] + [[p["kukaku"], p["name"], p["zip"], p["addr"], p["home"]] for p in _p])}

発送は3月10日頃を目安にしていただけると助かります。
清掃の申込みは当社の管理事務所でも受け付けますので、ご案内文に併記をお願いします。

よろしくお願いいたします。
{SIG_UKAI}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six cemetery users' names, addresses and phones in a padded body table to a stonemason",
)

# S02 — 口座振替 依頼データ CSV (CP932) to the partner bank
_p = _people(12, "s02")
_add(
    sender=S_KODA, to=["みどり銀行 収納サービス課 <shuno-service@midori-ginko.co.jp>"],
    charset="shift_jis",
    subject="【口座振替】5月27日振替分 依頼データ送付の件（日の出産業）",
    body=f"""みどり銀行 収納サービス課
ご担当者様

いつも大変お世話になっております。
日の出産業 霊園・寺院サポート事業部 経理の国府田でございます。

伝送システムのメンテナンスで今月分の送信ができないとのご連絡をいただきましたので、
ご指示のとおり、年間管理料の口座振替依頼データをCSVにて添付いたします。

　委託者コード：3150042871
　振替日　　　：5月27日
　件数／金額　：12件／{sum(p["fee"] for p in _p):,}円

内容にご不明点があればご連絡ください。
何卒よろしくお願い申し上げます。
{SIG_KODA}""",
    attachments=[{
        "kind": "csv", "name": "furikae_irai_0527.csv", "encoding": "cp932",
        "rows": [["顧客番号", "預金者名（カナ）", "金融機関コード", "支店コード", "支店名", "預金種目",
                  "口座番号", "振替金額", "区画"]]
        + [[f"RK{24100 + i * 7}", p["kana"], "0598", p["bank_code"], p["bank_branch"], "1",
            p["acct"], p["fee"], p["kukaku"]] for i, p in enumerate(_p)],
    }],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="direct-debit file of 12 account holders (kana name + account) sent by mail to the bank",
)

# S03 — 未納者一覧 XLSX (several sheets, title row) to the law firm
_p = _people(7, "s03")
_add(
    sender=S_ONODERA, to=["白川法律事務所 柚木先生 <yuki@shirakawa-law.jp>"],
    cc=["鵜飼 亮 <ukai.ryo@hinode-sangyo.co.jp>"], charset="utf-8",
    subject="長期未納区画の件（資料送付）",
    body=f"""白川法律事務所
柚木 先生

お世話になっております。日の出産業の小野寺です。
先日ご相談いたしました年間管理料の長期未納区画について、一覧をお送りします。

・シート「未納一覧」：3年以上未納の7区画（使用者、最終判明住所、電話）
・シート「督促履歴」：これまでの文書督促・電話の記録
・シート「集計」：霊園別の件数

墓地使用規則第18条に基づく使用権取消しの手続きを進められるか、
ご見解をいただけますと幸いです。次回打合せは来週木曜14時で承知しております。
{SIG_ONODERA}""",
    attachments=[{
        "kind": "xlsx", "name": "長期未納区画一覧_2025年3月末.xlsx",
        "sheets": {
            "未納一覧": [["年間管理料 3年以上未納者一覧（2025年3月末現在）"], [],
                         ["区画", "使用者氏名", "フリガナ", "最終判明住所", "電話", "未納年数", "未納額"]]
            + [[p["kukaku"], p["name"], p["kana"], p["addr"], p["mobile"] if i % 2 else p["home"],
                3 + i % 4, p["fee"] * (3 + i % 4)] for i, p in enumerate(_p)],
            "督促履歴": [["区画", "日付", "方法", "結果"]]
            + [[p["kukaku"], f"2024/{3 + i}/1{i}", "督促状（普通郵便）" if i % 2 else "電話",
                "宛所不明で返送" if i % 3 == 0 else "応答なし"] for i, p in enumerate(_p)],
            "集計": [["霊園", "未納区画数"], ["慈光寺墓苑", 3], ["日の出 武蔵野霊園", 4]],
        },
    }],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX list of seven defaulting plot users with addresses and phones to an external lawyer",
)

# S04 — 法要会食の予約 (TSV in the body) to the partner hotel
_p = _people(6, "s04")
_rows = "\n".join(
    f"{d}\t{p['name']}\t{p['mobile']}\t{k}\t{n}名\t{c}"
    for p, d, k, n, c in zip(_p, ["6/7(土)", "6/7(土)", "6/8(日)", "6/14(土)", "6/15(日)", "6/21(土)"],
                             ["一周忌", "三回忌", "七回忌", "納骨", "十三回忌", "一周忌"],
                             [14, 8, 22, 6, 11, 17],
                             ["松", "竹", "松", "お弁当", "竹", "松"]))
_add(
    sender=S_CHIHAYA, to=["さくらホテル 宴会予約 <enkai@sakura-hotel.jp>"], charset="iso-2022-jp",
    subject="6月 法要後会食（お斎）のご予約 6件",
    body=f"""さくらホテル 宴会予約ご担当 様

いつもお世話になっております。日の出産業 法要サポートの千早です。
6月分のお斎のご予約をまとめてお送りします。
Excelから貼り付けていますので、列がずれていたらすみません。

日付\t施主\t携帯\t法要\t人数\tお料理
{_rows}

当日の連絡は施主様の携帯に直接お願いして構いません。
陰膳が必要な件は追ってご連絡いたします。
{SIG_CHIHAYA}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six bereaved families' names and mobiles tab-separated in the body to a hotel",
)

# S05 — 永代供養 契約者一覧 DOCX to a temple
_p = _people(8, "s05")
_add(
    sender=S_MASHIBA, to=["瑞雲寺 寺務所 <jimusho@zuiunji.or.jp>"], charset="utf-8",
    subject="やすらぎ廟 令和6年度 契約者一覧のご送付",
    body=f"""瑞雲寺 寺務所 御中

平素より大変お世話になっております。
日の出産業 永代供養窓口の真柴でございます。

ご依頼いただいておりました「やすらぎ廟」令和6年度のご契約者一覧を
Word形式にて添付いたします。過去帳への記載、春の合同供養のご準備にお役立てください。

なお、合祀予定年はご契約時の十三回忌・三十三回忌の区分によるものです。
ご確認のほど、よろしくお願い申し上げます。
{SIG_MASHIBA}""",
    attachments=[{
        "kind": "docx", "name": "やすらぎ廟_契約者一覧_R6.docx",
        "title": "やすらぎ廟 契約者一覧",
        "paragraphs": ["瑞雲寺 永代供養墓「やすらぎ廟」", "令和6年度 ご契約者一覧", "（令和7年3月31日現在）"],
        "tables": [[["契約番号", "ご契約者", "生年月日", "ご住所", "契約日", "合祀予定"]]
                   + [[f"YR-06-{31 + i:03d}", p["name"], _wareki(p, 0), p["addr"],
                       f"令和6年{4 + i}月{3 + 2 * i}日", "十三回忌後" if i % 3 else "三十三回忌後"]
                      for i, p in enumerate(_p)]],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of eight perpetual-memorial contract holders with birth dates and addresses",
)

# S06 — 無縁墳墓の調査 PDF table to an administrative scrivener
_p = _people(9, "s06")
_add(
    sender=S_ONODERA, to=["ひだまり行政書士事務所 <info@hidamari-gyosei.jp>"], charset="shift_jis",
    subject="無縁墳墓等改葬の調査対象一覧（PDF）",
    body=f"""ひだまり行政書士事務所
宮之原 先生

お世話になっております。日の出産業の小野寺です。
武蔵野霊園の無縁墳墓等改葬について、調査対象9区画の一覧をPDFでお送りします。
名義人の最終判明住所・電話は当社台帳からの転記で、不通のものも含みます。

官報公告と立札の文案はこちらで作成中です。戸籍の追跡をお願いできる範囲について、
お見積りをいただけますでしょうか。
{SIG_ONODERA}""",
    attachments=[{
        "kind": "pdf", "name": "muen_chosa_taisho.pdf", "title": "無縁墳墓等 調査対象一覧",
        "lines": ["日の出 武蔵野霊園　無縁墳墓等 調査対象一覧", "作成：管理課　2025年4月", ""],
        "table": [["区画", "名義人", "最終判明住所", "電話（不通含む）", "最終入金"]]
        + [[p["kukaku"], p["name"], p["addr"], p["home"], f"{2009 + i}年"] for i, p in enumerate(_p)],
    }],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of nine plot holders' names, addresses and phones to an outside scrivener",
)

# S07 — 合同供養祭 報告 PPTX with a slide of contacts
_p = _people(6, "s07")
_add(
    sender=S_CHIHAYA, to=["慈光寺 副住職 大谷様 <fukujushoku@jikoji.or.jp>"], charset="iso-2022-jp",
    subject="秋季合同供養祭 実施報告（スライド）",
    body=f"""慈光寺
大谷 副住職様

先日の秋季合同供養祭では大変お世話になりました。
総代会でご報告いただく用のスライドを作成しましたので添付いたします。
3枚目に、当日お手伝いいただいた遺族代表・世話人の方の連絡先を入れております。
来年のお声がけにお使いください。

{SIG_CHIHAYA}""",
    attachments=[{
        "kind": "pptx", "name": "合同供養祭_実施報告.pptx",
        "slides": [
            ["令和6年 秋季合同供養祭 実施報告", "日時：10月20日（日）10:30〜", "会場：慈光寺 本堂・墓苑",
             "導師：慈光寺住職"],
            ["参列状況", "参列 142名（前年比 +18名）", "塔婆申込 96本", "お斎 88名"],
            ["遺族代表・世話人 連絡先"]
            + [f"{p['name']} 様　{p['mobile']}　{p['email']}" for p in _p],
        ],
    }],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a PPTX slide listing six bereaved family representatives with phone and e-mail",
)

# S08 — ZIP of UTF-8 CSVs for the system migration (NDA mentioned, still a list)
_p = _people(10, "s08")
_add(
    sender=S_MITSUYA, to=["ツバサシステム 導入支援 岡部様 <okabe@tsubasa-system.jp>"],
    charset="utf-8",
    subject="霊園管理システム移行：使用者マスタ サンプルデータ",
    body=f"""ツバサシステム株式会社
岡部 様

お世話になっております。日の出産業 情報システム担当の三ツ矢です。
秘密保持契約の締結が完了しましたので、移行テスト用のデータをお送りします。

 - shiyousha_master.csv：使用者マスタ（先頭10件のみ抜粋）
 - kukaku_master.csv：区画マスタ

文字コードはUTF-8（BOMなし）です。生年月日は西暦、電話はハイフン付きで統一しています。
取込みで弾かれる項目があれば教えてください。
{SIG_MITSUYA_JA}""",
    attachments=[{
        "kind": "zip", "name": "ikou_test_0412.zip",
        "files": [
            {"kind": "csv", "name": "shiyousha_master.csv", "encoding": "utf-8",
             "rows": [["shiyousha_id", "shimei", "kana", "yubin", "jusho", "tel", "mail", "seinengappi"]]
             + [[f"U{30211 + i}", p["name"], p["kana"], p["zip"], p["addr"], p["mobile"], p["email"],
                 _wareki(p, 3)] for i, p in enumerate(_p)]},
            {"kind": "csv", "name": "kukaku_master.csv", "encoding": "utf-8",
             "rows": [["kukaku_id", "reien", "menseki_m2", "kanri_ryo"],
                      ["A-01-01", "武蔵野", 3.0, 8800], ["A-01-02", "武蔵野", 3.0, 8800],
                      ["B-03-11", "慈光寺", 4.5, 13200]]},
        ],
    }],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="ZIP with a CSV of ten cemetery users' full records to a vendor; an NDA does not lift the policy",
)

# S09 — HTML-only mail: 棚経 訪問予定 to the assistant priest's gmail
_p = _people(7, "s09")
_trs = "\n".join(
    f"<tr><td>{t}</td><td>{p['name']} 様</td><td>{p['addr']}</td><td>{p['home']}</td></tr>"
    for t, p in zip(["8:30", "9:10", "9:50", "10:30", "11:10", "13:00", "13:40"], _p))
_add(
    sender=S_HANYU, to=["Shoei Otani <shoei.otani.jk@gmail.com>"], charset="utf-8",
    subject="8/13 棚経 訪問予定表",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif">
<p>大谷 副住職様</p>
<p>お疲れさまです。寺院事務代行の羽生です。<br>
8月13日の棚経の訪問予定表をお送りします。スマホで見やすいように表にしました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#eee"><th>時刻</th><th>お宅</th><th>住所</th><th>電話</th></tr>
{_trs}
</table>
<p>移動は車で、駐車場がないお宅は手前のコインパーキングをご利用ください。</p>
<p>--<br>日の出産業株式会社 寺院事務代行グループ 羽生 千尋<br>TEL 048-645-3360</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="HTML-only table of seven households (name, address, phone) to a private gmail address",
)

# S10 — attached mail (message/rfc822) carrying the 総代 連絡網 to the printer
_p = _people(8, "s10")
_renraku = "\n".join(f"{a}地区　{p['name']}　{p['home']}　{p['addr']}"
                     for a, p in zip(["上", "上", "中", "中", "下", "下", "新町", "新町"], _p))
_add(
    sender=S_HANYU, to=["錦印刷 営業部 米倉様 <yonekura@nishiki-insatsu.co.jp>"], charset="iso-2022-jp",
    subject="檀家総代 連絡網の冊子化（元データ添付）",
    body=f"""錦印刷株式会社
米倉 様

いつもお世話になっております。日の出産業の羽生です。
慈光寺様から、檀家総代会の連絡網を小冊子（A6・8頁程度）にしたいとのご相談がありました。
元データは慈光寺様からいただいたメールをそのまま添付しますので、
組版のイメージとお見積りをお願いできますでしょうか。

部数は30部、納期は6月末希望とのことです。
{SIG_HANYU}""",
    attachments=[{
        "kind": "eml", "name": "総代連絡網の件.eml",
        "message": {
            "sender": "慈光寺 寺務所 <jimu@jikoji.or.jp>",
            "to": ["羽生 千尋 <hanyu.chihiro@hinode-sangyo.co.jp>"], "charset": "iso-2022-jp",
            "subject": "総代連絡網の件",
            "body": f"""羽生様

いつもお世話になります。慈光寺の寺務の者です。
総代さんの連絡網です。冊子にしていただけると助かります。

{_renraku}

よろしくお願いします。
慈光寺 寺務所""",
        },
    }],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="an attached mail holding eight committee members' phones and addresses, sent to the printer",
)

# S11 — inline forward of the temple's 納骨予定 to a stonemason
_p = _people(6, "s11")
_fwd = "\n".join(
    f"{i + 1}. 故 {q['sei']}{k}（{r}）　施主：{p['name']} 様　{p['mobile']}　{p['addr_nopref']}"
    for i, (p, q, k, r) in enumerate(zip(_p, _people(6, "s11-dead"),
                                          [" 清", " 房江", " 光男", " 千代", " 昭雄", " 節子"],
                                          ["5/10", "5/10", "5/17", "5/17", "5/24", "5/31"])))
_add(
    sender=S_UKAI, to=["丸岡石材工業 工事課 <koji@maruoka-stone.co.jp>"], charset="shift_jis",
    subject="FW: 合同墓 5月納骨予定の件",
    body=f"""丸岡石材工業 工事課 御中

お世話になっております。日の出産業の鵜飼です。
宝泉院様から下記の連絡がありましたので転送します。
合同墓の納骨口の開閉をお願いする日程です。施主様への当日の時間連絡は御社からお願いします。

-----Original Message-----
From: 宝泉院 寺務 <jimu@hosenin-temple.jp>
Sent: Monday, April 21, 2025 10:12 AM
To: 鵜飼 亮 <ukai.ryo@hinode-sangyo.co.jp>
Subject: 合同墓 5月納骨予定の件

鵜飼様
5月の合同墓への納骨予定です。石屋さんの手配をお願いします。

{_fwd}

宝泉院
{SIG_UKAI}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="forward (new text to the stonemason) of six chief mourners' mobiles and addresses",
)

# S12 — CSV without a name column to the florist
_p = _people(9, "s12")
_add(
    sender=S_TAJIMA, to=["花の蒼風 <order@soufu-flower.jp>"], charset="utf-8",
    subject="お彼岸 献花サービスDM 送付リスト",
    body=f"""花の蒼風
店長 様

お世話になっております。日の出産業の田島です。
秋彼岸の献花サービスのDMについて、送付先リストを添付します。
（昨年ご利用のあった区画のみです）

はがき・メールの両方でご案内いただく想定で、メールアドレスがある方はメール優先でお願いします。
{SIG_TAJIMA}""",
    attachments=[{
        "kind": "csv", "name": "higan_dm_list.csv", "encoding": "cp932",
        "rows": [["区画番号", "郵便番号", "住所", "電話", "メール", "前年注文"]]
        + [[p["kukaku"], p["zip"], p["addr"], p["mobile"], p["email"] if i % 3 else "",
            "仏花一対" if i % 2 else "季節の花束"] for i, p in enumerate(_p)],
    }],
    expect="stop", entities=["JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="nine households' address/phone/e-mail rows without a name column, CP932 CSV to a florist",
)

# S13 — full-width padded table of one family's members to a funeral hall
_p = _people(5, "s13")
_rel = ["施主（長男）", "妻", "長女", "次男", "故人の妹"]
_add(
    sender=S_CHIHAYA, to=["葬祭会館あおい 法要係 <hoyo@aoi-sousai.co.jp>"], charset="iso-2022-jp",
    subject="四十九日法要 ご遺族連絡先の件",
    body=f"""葬祭会館あおい　法要係　御中

お世話になっております。日の出産業の千早です。
先日ご葬儀をお手伝いされた件の四十九日法要につき、当日連絡がつくご遺族の連絡先を
いただきましたので共有いたします（施主様了承済み）。

{_pad([["お名前", "続柄", "携帯電話"]] + [[nm, r, _fw(p["mobile"])] for nm, p, r in zip(["茅野 和夫", "茅野 京子", "鰐淵 由美", "茅野 修平", "蓮沼 房江"], _p, _rel)], sep="　", rule="－", fw=True)}

納骨は慈光寺墓苑にて13時からの予定です。
{SIG_CHIHAYA}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people's names and full-width mobile numbers in a full-width padded table",
)

# S14 — one record per block: 生前契約 申込者 to a temple
_p = _people(5, "s14")
_blocks = "\n\n".join(
    f"■{i + 1}　{p['name']}（{p['kana']}）様\n　生年月日：{_wareki(p, i % 3)}\n　住所：〒{p['zip']} {p['addr']}\n　電話：{p['home']}"
    for i, p in enumerate(_p))
_add(
    sender=S_MASHIBA, to=["宝泉院 <info@hosenin-temple.jp>"], charset="iso-2022-jp",
    subject="生前契約お申込み（4月受付分）のご報告",
    body=f"""宝泉院 ご住職様

平素よりお世話になっております。日の出産業の真柴です。
4月に当社窓口で受け付けました樹木葬区画の生前契約お申込みをご報告いたします。

{_blocks}

いずれも使用料は入金済みです。ご面談の日程は各申込者様へ当社から調整いたします。
{SIG_MASHIBA}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five applicants, one block each with birth date, address and phone, to a temple",
)

# S15 — 「・」 bullets: 施餓鬼 塔婆 申込 to a temple
_p = _people(7, "s15")
_b = "\n".join(f"・{p['sei']} 様（{p['mobile']}）　塔婆{n}本　{'郵送希望' if n > 2 else '当日受取'}"
               for p, n in zip(_p, [2, 1, 3, 2, 4, 1, 2]))
_add(
    sender=S_HANYU, to=["常楽寺 寺務所 <jimusho@joraku-ji.jp>"], charset="shift_jis",
    subject="施餓鬼会 塔婆申込（電話受付分）",
    body=f"""常楽寺 寺務所 様

いつもお世話になっております。羽生です。
施餓鬼会の塔婆申込のうち、当社のコールセンターで受けた分をお送りします。

{_b}

書き方（戒名・施主名）は申込書のFAXを後ほどお送りします。
折り返しが必要な方には上記の携帯にお電話ください。
{SIG_HANYU}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven surnames with mobile numbers as bullets to a temple office",
)

# S16 — legacy XLS to the convenience-store payment agent
_p = _people(10, "s16")
_add(
    sender=S_KODA, to=["コンビニ収納センター 受付 <uketsuke@conveni-shuno.co.jp>"], charset="utf-8",
    subject="払込票発行依頼（年間管理料・口座振替不能分）",
    body=f"""コンビニ収納センター
受付ご担当者様

お世話になっております。日の出産業の国府田です。
口座振替ができなかった方の払込票発行をお願いいたします。
旧フォーマット（xls）でのご指定でしたので、そのまま添付します。

支払期限は6月30日でお願いします。
{SIG_KODA}""",
    attachments=[{
        "kind": "xls", "name": "haraikomi_irai_202506.xls",
        "sheets": {"依頼": [["顧客番号", "氏名", "郵便番号", "住所", "請求額", "期限"]]
                   + [[f"RK{25010 + i}", p["name"], p["zip"], p["addr"], p["fee"], "2025/06/30"]
                      for i, p in enumerate(_p)]},
    }],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="legacy XLS of ten debtors' names and addresses to a payment agent",
)

# S17 — UTF-8 CSV of billing addresses to the partner printer
_p = _people(15, "s17")
_add(
    sender=S_KODA, to=["錦印刷 データ入稿窓口 <nyuko@nishiki-insatsu.co.jp>"], charset="iso-2022-jp",
    subject="年間管理料請求書　宛名データ入稿（15件）",
    body=f"""錦印刷　データ入稿ご担当様

お世話になります。日の出産業 経理の国府田です。
年間管理料請求書（圧着はがき）の宛名データを入稿します。
今回はテスト印刷として15件のみです。本番分は来週お送りします。

文字コード：UTF-8、区切り：カンマ
{SIG_KODA}""",
    attachments=[{
        "kind": "csv", "name": "seikyu_atena_test.csv", "encoding": "utf-8",
        "rows": [["氏名", "郵便番号", "住所1", "住所2", "区画", "請求額"]]
        + [[p["name"], p["zip"], p["pref"] + p["city"], p["addr"].split(p["city"], 1)[1], p["kukaku"],
            p["fee"]] for p in _p],
    }],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="UTF-8 CSV of fifteen billing names and addresses to the partner printer",
)

# S18 — TSV attachment with an allergy column to the caterer
_p = _people(6, "s18")
_tsv = "氏名\t電話\t人数\t備考\n" + "\n".join(
    f"{p['name']}\t{p['mobile']}\t{n}\t{b}" for p, n, b in zip(
        _p, [4, 2, 5, 3, 6, 2], ["", "本人 そばアレルギー", "", "子1名 卵アレルギー（重度）", "", "刻み食希望（嚥下障害あり）"]))
_add(
    sender=S_CHIHAYA, to=["北国フーズ 仕出し受付 <shidashi@kitaguni-foods.co.jp>"], charset="utf-8",
    subject="7/6 合同法要 仕出し弁当のご注文（申込者一覧）",
    body=f"""北国フーズ株式会社
仕出しご担当 様

いつもありがとうございます。日の出産業の千早です。
7月6日 武蔵野霊園 合同法要のお弁当のご注文です。
申込者一覧をタブ区切りのテキストで添付します。備考欄のアレルギー等にご対応をお願いします。

お届け：11:30 霊園管理棟
{SIG_CHIHAYA}""",
    attachments=[{"kind": "txt", "name": "goudou_hoyo_0706.tsv", "encoding": "utf-8", "text": _tsv}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="TSV of six applicants with phones, plus allergies/dysphagia (health data) tied to rows",
)

# S19 — ZIP (XLSX + padded TXT) for bulk 改葬許可 to a city office
_p = _people(6, "s19")
_dead = _people(6, "s19-dead")
_add(
    sender=S_ONODERA, to=["南山市 市民課 戸籍・埋火葬担当 <shimin@city.minamiyama.lg.jp>"],
    charset="utf-8",
    subject="改葬許可申請（6件）の事前確認のお願い",
    body=f"""南山市役所 市民課
戸籍・埋火葬ご担当 様

お世話になっております。墓地管理者の委託を受けております日の出産業の小野寺です。
旧共同墓地の整理に伴う改葬許可申請6件について、申請前に内容をご確認いただきたく、
申請者一覧と改葬対象一覧をZIPにまとめてお送りします。

原本（申請書・埋葬証明・受入証明）は来週窓口へ持参いたします。
{SIG_ONODERA}""",
    attachments=[{
        "kind": "zip", "name": "kaiso_shinsei_6ken.zip",
        "files": [
            {"kind": "xlsx", "name": "申請者一覧.xlsx",
             "sheets": {"申請者": [["改葬許可申請 申請者一覧"], ["No", "申請者", "住所", "電話", "故人との続柄"]]
                        + [[i + 1, p["name"], p["addr"], p["home"], r] for i, (p, r) in
                           enumerate(zip(_p, [("長男" if p["sex"] == "M" else "長女") if i % 3 == 0 else ("甥" if p["sex"] == "M" else "妻") if i % 3 == 1 else "孫" for i, p in enumerate(_p)]))]}},
            {"kind": "txt", "name": "改葬対象一覧.txt", "encoding": "cp932",
             "text": _pad([["No", "死亡者", "死亡年", "改葬先", "申請者"]]
                          + [[i + 1, p["sei"] + " " + q["mei"], f"{1962 + 4 * i}年", "慈光寺墓苑 合同墓", p["name"]]
                             for i, (p, q) in enumerate(zip(_p, _dead))])},
        ],
    }],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP with an XLSX of six applicants (address, phone) and a padded text list, to a city office",
)

# =======================================================================================
# STOP — My Number, card numbers, ID documents
# =======================================================================================

# S20 — 支払調書 作成用 My Numbers of three visiting priests (body) to the tax office
_p = _people(3, "s20")
_mn = [my_number(2001), my_number(2002), my_number(2003)]
_add(
    sender=S_KODA, to=["岩崎会計事務所 <kanda@iwasaki-tax.jp>"], charset="shift_jis",
    subject="報酬の支払調書作成用データ（出張読経分）",
    body=f"""岩崎会計事務所
神田 様

いつもお世話になっております。日の出産業の国府田です。
法要サポートで出張読経をお願いしている僧侶の先生方（個人）について、
令和6年分の報酬・料金等の支払調書の作成をお願いいたします。

1) {_p[0]['name']}　{_p[0]['addr']}
   個人番号：{_mn[0]}　支払金額：486,000円（源泉徴収 49,620円）
2) {_p[1]['name']}　{_p[1]['addr']}
   個人番号：{_mn[1][:4]} {_mn[1][4:8]} {_mn[1][8:]}　支払金額：312,000円（源泉徴収 31,855円）
3) {_p[2]['name']}　{_p[2]['addr']}
   個人番号：{_fw(_mn[2])}　支払金額：158,000円（源泉徴収 16,131円）

番号確認書類の写しは社内で保管しております。
{SIG_KODA}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="three individuals' My Numbers (plain, spaced, full-width) with names and addresses to a tax firm",
)

# S21 — credit card taken over the phone, passed to the payment agent
_p = _people(1, "s21")[0]
_cn = card_number(2001)
_add(
    sender=S_MASHIBA, to=["ペイフロー決済 加盟店サポート <support@payflow-kessai.co.jp>"],
    charset="iso-2022-jp",
    subject="手動売上処理のお願い（加盟店ID HN-20571）",
    body=f"""ペイフロー決済　加盟店サポート　御中

お世話になっております。日の出産業（加盟店ID HN-20571）の真柴です。
お電話でお申込みいただいた永代供養料について、端末が故障中のため手動での売上処理をお願いいたします。

　カード番号：{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}
　有効期限　：09/28
　名義　　　：{_p['romaji_up']}
　金額　　　：550,000円（一括）
　ご連絡先　：{_p['mobile']}

処理完了後、売上票の控えをお送りいただけますと幸いです。
{SIG_MASHIBA}""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a customer's full card number, expiry and name sent by mail to the payment agent",
)

# S22 — 墓地承継: new holder's driving licence number to the temple
_p = _people(1, "s22")[0]
_lic = _license(2001)
_add(
    sender=S_UKAI, to=["慈光寺 寺務所 <jimu@jikoji.or.jp>"], charset="utf-8",
    subject="墓地使用権承継届（C-08-14区画）のご確認",
    body=f"""慈光寺 寺務所 御中

いつもお世話になっております。日の出産業の鵜飼です。
C-08-14区画の使用権承継について、承継者様の本人確認が済みましたのでご報告します。
ご住職の承認印をいただきたく、内容のご確認をお願いいたします。

【承継者】
　氏名　　：{_p['name']}（{_p['kana']}）
　生年月日：{_wareki(_p, 0)}
　住所　　：{_p['addr']}
　本人確認：運転免許証　第{_lic}号（有効期限 令和9年{_p['m']}月{_p['d']}日）

【前使用者】父（令和6年11月ご逝去）

承継届の原本は次回お伺いの際にお持ちします。
{SIG_UKAI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a successor's driving licence number, birth date and address to a temple",
)

# S23 — 在留カード number to the law firm (foreign-resident plot user)
_add(
    sender=S_TAJIMA, to=["白川法律事務所 <info@shirakawa-law.jp>"], charset="utf-8",
    subject="墓地使用契約書（外国籍の方）のリーガルチェック依頼",
    body=f"""白川法律事務所 御中

お世話になっております。日の出産業 営業課の田島です。
武蔵野霊園の区画をご契約予定の方が外国籍で、契約書の一部条項について確認をお願いしたく存じます。
特に、承継者がいない場合の合祀条項と、帰国された場合の連絡先の定めについてご意見をください。

契約予定者：グエン・ティ・ホア 様
住所：埼玉県川口市芝新町14-6 サンハイツ芝203
在留カード番号：UH48271935KA（在留期限 2027年8月）
契約区画：D-11-03（樹木葬）

ドラフトは追ってお送りします。
{SIG_TAJIMA}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a residence card number with name and address to an external law firm",
)

# S24 — passport number in English to a US funeral home (分骨 to the US)
_add(
    sender=S_MITSUYA, to=["Linda Cho <lcho@pacificmemorialhome.com>"], charset="utf-8",
    subject="Shipment of cremated remains - identification of the receiving family member",
    body=f"""Dear Ms. Cho,

Thank you for your help with the transfer of a portion of the remains (bunkotsu) of the late
Mrs. Setsuko Ide from our cemetery in Saitama to your facility in Torrance.

As requested for the customs paperwork, here are the details of the receiving family member:

  Name:            Daisuke Ide
  Date of birth:   August 14, 1971
  Passport (Japan): TR8462019, expires 2031-02-10
  Address (US):    2218 Del Amo Blvd, Apt 4, Torrance, CA 90501

The urn will be hand-carried by Mr. Ide on NH006 on June 3. Our certificate of cremation and
the burial permit copy will follow by courier.

Best regards,
{SIG_MITSUYA}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="a family member's passport number and date of birth in English mail to a foreign company",
)

# S25 — 寺院事務員の資格取得届: 基礎年金番号 and 健康保険証 to the labour consultant
_p = _people(2, "s25")
_add(
    sender=S_HANYU, to=["坂巻社労士事務所 <office@sakamaki-sr.jp>"], charset="shift_jis",
    subject="【瑞雲寺様】寺務員2名 資格取得届の件",
    body=f"""坂巻社労士事務所
坂巻 先生

お世話になっております。寺院事務代行の羽生です。
瑞雲寺様で5月1日付で寺務員を2名採用されましたので、社会保険の資格取得届をお願いいたします。

①{_p[0]['name']}（{_p[0]['kana']}）
　生年月日：{_wareki(_p[0], 1)}
　住所：{_p[0]['addr']}
　基礎年金番号：4519-638207
　月額報酬：220,000円

②{_p[1]['name']}（{_p[1]['kana']}）
　生年月日：{_wareki(_p[1], 1)}
　住所：{_p[1]['addr']}
　基礎年金番号：2106-417785
　被扶養者：配偶者あり（現在の健康保険証　記号 71250418　番号 36）
　月額報酬：185,000円

扶養の異動届が必要かどうかもあわせてご確認ください。
{SIG_HANYU}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER",
                             "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="two employees' basic pension numbers and a health insurance card number to a labour consultant",
)

# S26 — My Number of an individual landowner in a PDF (不動産の使用料等の支払調書)
_p = _people(1, "s26")[0]
_add(
    sender=S_KODA, to=["岩崎会計事務所 神田様 <kanda@iwasaki-tax.jp>"], charset="iso-2022-jp",
    subject="地代の支払調書（個人地主様分）",
    body=f"""岩崎会計事務所
神田様

お世話になっております。国府田です。
武蔵野霊園の第2駐車場の地代について、地主様（個人）の支払調書用の情報をPDFでお送りします。
番号は地主様からいただいた通知カードの写しから転記しています。
{SIG_KODA}""",
    attachments=[{
        "kind": "pdf", "name": "chidai_shiharai_R6.pdf",
        "lines": ["不動産の使用料等の支払調書 作成用メモ（令和6年分）", "",
                  f"支払を受ける者　氏名：{_p['name']}",
                  f"　　　　　　　　住所：{_p['addr']}",
                  f"　　　　　　　　個人番号：{my_number(2004)}",
                  "物件：埼玉県入間市仏子1182-1（駐車場用地 612㎡）",
                  "支払金額：1,440,000円（月額120,000円×12）"],
    }],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a landowner's My Number inside a PDF attachment to a tax firm",
)

# S27 — forwarding a family's mail containing their card number to the temple's terminal
_p = _people(1, "s27")[0]
_cn = card_number(2002)
_add(
    sender=S_HANYU, to=["瑞雲寺 寺務所 <jimusho@zuiunji.or.jp>"], charset="utf-8",
    subject="転送: 護持会費のカード払いについて",
    body=f"""瑞雲寺 寺務所 様

羽生です。当社の問合せ窓口に下記のメールが届きました。
カード払いは寺務所の端末でお願いしているため、転送します。ご対応をお願いします。

---------- Forwarded message ---------
From: {_p['name']} <{_p['email']}>
Date: 2025年5月8日(木) 21:47
Subject: 護持会費のカード払いについて
To: <info@hinode-sangyo.co.jp>

いつもお世話になります。{_p['name']}です。
今年の護持会費と年間管理料をカードで払いたいので、下記でお願いします。
カード番号　{_cn[:4]}　{_cn[4:8]}　{_cn[8:12]}　{_cn[12:]}
有効期限　11/27
電話　{_p['mobile']}
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forward of a family's mail with a full card number, new text to the temple",
)

# =======================================================================================
# STOP — 要配慮個人情報 of one person or in a list
# =======================================================================================

# S28 — 改宗 (religion) of one family to a stonemason
_add(
    sender=S_UKAI, to=["匠石材 見積担当 <mitsumori@takumi-ishi.jp>"], charset="iso-2022-jp",
    subject="B-12-05区画 墓石建替えのお見積り依頼",
    body="""匠石材
見積ご担当 様

お世話になっております。日の出産業の鵜飼です。
武蔵野霊園B-12-05区画の使用者、間宮 昭雄 様より墓石建替えのご相談がありました。

ご一家は昨年、浄土宗からカトリックに改宗されたとのことで、
・和型の竿石を撤去し、洋型（横型）に建替え
・正面は「南無阿弥陀仏」をやめて十字架と "MAMIYA" の彫刻
・既存の戒名の彫刻がある墓誌は撤去
をご希望です。

間宮様の携帯（090-7742-1835）に直接ご連絡いただき、現地確認の日程を調整してください。
{sig}""".format(sig=SIG_UKAI),
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named family's change of religion (要配慮: religion) with a phone number to a stonemason",
)

# S29 — 施主 hospitalised (medical) to the hotel
_add(
    sender=S_CHIHAYA, to=["さくらホテル 宴会予約 <enkai@sakura-hotel.jp>"], charset="shift_jis",
    subject="6/14 栗林家 一周忌お斎の延期について",
    body=f"""さくらホテル 宴会予約ご担当 様

いつもお世話になっております。日の出産業の千早です。
6月14日（土）12時でご予約の栗林家の一周忌お斎ですが、延期とさせてください。

施主の栗林 正一 様が先週脳梗塞で倒れられ、現在も入院中とのことです。
右半身に麻痺が残る可能性があるため、次回は車椅子でお入りいただけるお部屋でお願いすることになりそうです。
日程が決まりましたらご長男の栗林 大輔 様（080-5527-3190）からご連絡が入ります。

キャンセル料の扱いについてご配慮いただけますと幸いです。
{SIG_CHIHAYA}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named chief mourner's stroke and hospitalisation (medical) sent to a hotel",
)

# S30 — disability of one attendee to the bus company
_add(
    sender=S_CHIHAYA, to=["青葉運輸 貸切バス営業所 <kashikiri@aoba-unyu.co.jp>"], charset="utf-8",
    subject="9/21 合同供養祭 送迎バス 乗降補助のお願い",
    body=f"""青葉運輸株式会社
貸切バス営業所 御中

お世話になっております。日の出産業の千早です。
9月21日の合同供養祭（大宮駅西口⇔武蔵野霊園）の送迎バスについて追加のお願いです。

参列者の八木橋 房江 様（身体障害者手帳1級・車椅子をご利用）が乗車されます。
リフト付き車両の手配と、乗降時の補助をお願いできますでしょうか。
付き添いのご家族（八木橋 様 携帯 070-3318-6624）が同乗されます。

往路 9:40 大宮駅西口 発 / 復路 14:30 霊園 発
{SIG_CHIHAYA}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named attendee's disability certificate grade sent to a bus company",
)

# S31 — criminal record of one plot user to the law firm
_add(
    sender=S_ONODERA, to=["白川法律事務所 柚木先生 <yuki@shirakawa-law.jp>"], charset="iso-2022-jp",
    subject="E-04-22区画 未納の件（ご相談）",
    body=f"""柚木先生

お世話になっております。小野寺です。
先日の一覧とは別に、個別にご相談したい区画がございます。

E-04-22区画の使用者、鰐淵 勝利 氏（最終住所：埼玉県所沢市若狭3-15-8）ですが、
ご親族からの連絡で、一昨年に詐欺罪で実刑判決を受け、現在服役中であることが分かりました。
管理料は4年分未納で、ご親族は承継を希望されていません。

服役中の使用者に対する督促・使用権取消しの進め方についてご助言をお願いします。
{SIG_ONODERA}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named plot user's conviction and imprisonment (criminal record) sent to a law firm",
)

# S32 — crime victim to the temple's priest
_add(
    sender=S_KURAMAE, to=["瑞雲寺 ご住職 <jushoku@zuiunji.or.jp>"], charset="utf-8",
    subject="墓じまいを装った詐欺について（ご報告）",
    body=f"""瑞雲寺
ご住職様

いつも大変お世話になっております。日の出産業の蔵前でございます。
取り急ぎご報告とお願いがございます。

檀家の沼尻 千代 様（84歳、A-02-07区画）が、「瑞雲寺の指定業者」を名乗る者から
墓じまい費用の前払いとして120万円をだまし取られ、先週、入間警察署に被害届を出されました。
ご本人はたいへん気落ちされており、ご住職からお声がけいただけますと幸いです。

同様の電話が他の檀家様にもかかっている可能性があるため、寺報での注意喚起もご検討ください。
{SIG_KURAMAE}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named parishioner who was the victim of a fraud (crime victim) reported to a temple",
)

# S33 — a list with a 宗派 column (XLSX) to the printer
_p = _people(12, "s33")
_sect = ["浄土真宗本願寺派", "日蓮宗", "曹洞宗", "カトリック", "無宗教", "真言宗智山派",
         "浄土宗", "天台宗", "日本基督教団", "創価学会", "臨済宗妙心寺派", "神道"]
_add(
    sender=S_TAJIMA, to=["錦印刷 米倉様 <yonekura@nishiki-insatsu.co.jp>"], charset="shift_jis",
    subject="合同慰霊祭ご案内状 宛名データ（宗派別に文面差替え）",
    body=f"""錦印刷
米倉様

お世話になっております。田島です。
さくら台メモリアルパーク（宗教不問）の合同慰霊祭のご案内です。
宗派によって文面（「ご供養」「追悼」「偲ぶ会」）を差し替えたいので、宗派列で振り分けをお願いします。
宛名データを添付します。
{SIG_TAJIMA}""",
    attachments=[{
        "kind": "xlsx", "name": "ireisai_atena.xlsx",
        "sheets": {"宛名": [["合同慰霊祭 ご案内状 宛名一覧"], ["氏名", "郵便番号", "住所", "宗派", "文面"]]
                   + [[p["name"], p["zip"], p["addr"], s,
                       "B" if s in ("カトリック", "日本基督教団") else "C" if s in ("無宗教", "神道") else "A"]
                      for p, s in zip(_p, _sect)],
                   "文面": [["区分", "文面"], ["A", "ご供養"], ["B", "追悼"], ["C", "偲ぶ会"]]},
    }],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="twelve people's addresses with each person's religion in a column, XLSX to a printer",
)

# S34 — English: a member's conversion, to an overseas temple
_add(
    sender=S_MITSUYA, to=["Rev. Alan Kaneshiro <office@kohala-buddhist.org>"], charset="utf-8",
    subject="Memorial service for the late Mr. Yagihashi - family's request",
    body=f"""Dear Rev. Kaneshiro,

Thank you for agreeing to hold the 13th-year memorial for the late Mr. Mitsuo Yagihashi, whose
ashes were partly interred at your temple in 2013.

I should let you know beforehand that his daughter, Mrs. Emiko Yagihashi-Brown, who will attend
from Hilo, has since become a Jehovah's Witness. She asked that she not be expected to offer
incense or chant, and she would prefer to be contacted at emiko.ybrown@gmail.com rather than by
phone.

Her brother from Japan will act as the chief mourner.

Kind regards,
{SIG_MITSUYA}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a named living person's religious affiliation and her e-mail sent to an overseas temple",
)

# S35 — terminal illness of a pre-need applicant to the temple
_add(
    sender=S_MASHIBA, to=["宝泉院 <info@hosenin-temple.jp>"], charset="iso-2022-jp",
    subject="樹木葬 生前契約のお申込み（急ぎのご相談）",
    body=f"""宝泉院 ご住職様

お世話になっております。真柴です。
本日、樹木葬区画の生前契約をお申込みの仁科 和子 様（昭和14年生まれ）ですが、
膵臓がんの末期で余命数か月と告げられており、ホスピスに入所されるご予定とのことです。

ご本人がご住職と一度お話しされたいとご希望ですので、早めに面談の機会をいただけないでしょうか。
ご連絡先：仁科様のご長女 仁科 恵美子 様　090-2287-6504
{SIG_MASHIBA}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named applicant's terminal cancer diagnosis sent to a temple",
)

# =======================================================================================
# STOP — three or more external parties visible to each other
# =======================================================================================

# S36 — 相見積 to three stonemasons in To
_add(
    sender=S_UKAI,
    to=["石田石材店 <t.ishida@ishida-sekizai.co.jp>", "丸岡石材工業 <koji@maruoka-stone.co.jp>",
        "匠石材 <mitsumori@takumi-ishi.jp>"],
    charset="iso-2022-jp",
    subject="【見積依頼】武蔵野霊園 F区 外柵新設工事（12区画）",
    body=f"""各位

いつもお世話になっております。日の出産業 管理課の鵜飼です。
武蔵野霊園F区の新規造成に伴う外柵工事について、お見積りをお願いいたします。

・対象：F-01-01〜F-01-12（各 3.0㎡）
・仕様：御影石（G623相当）、高さ300mm、階段1段
・工期：2025年9月〜10月
・提出期限：7月11日（金）

図面と仕様書は別途お渡しします。現地説明会は7月2日10時、管理棟前集合です。
{SIG_UKAI}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing stonemasons in To can see each other; should have been Bcc",
)

# S37 — four relatives (private gmail addresses) in To
_add(
    sender=S_CHIHAYA,
    to=["hasunuma.takashi@gmail.com", "m.hasunuma1962@gmail.com", "kyoko.tsuge.h@gmail.com",
        "hasunuma.shunsuke@gmail.com"],
    charset="utf-8",
    subject="故 蓮沼文子様 七回忌法要のご案内",
    body=f"""蓮沼家 ご親族の皆様

突然のご連絡失礼いたします。日の出産業 法要サポートの千早と申します。
施主の蓮沼 隆 様のご依頼により、七回忌法要のご案内をお送りいたします。

日時：令和7年10月12日（日）11時より
場所：慈光寺 本堂（法要後、墓前にてお参り）
お斎：さくらホテル 2階「桔梗」

ご出欠を9月末までにこのメールへご返信いただけますと幸いです。
{SIG_CHIHAYA}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="four private persons' addresses visible to each other in To (four external parties)",
)

# S38 — temple + stonemason in To, the family (yahoo) in Cc
_add(
    sender=S_UKAI,
    to=["慈光寺 寺務所 <jimu@jikoji.or.jp>", "石田石材店 <t.ishida@ishida-sekizai.co.jp>"],
    cc=["長谷部 様 <hasebe_k55@yahoo.co.jp>"],
    charset="shift_jis",
    subject="D-03-09区画 開眼供養・納骨の段取り",
    body=f"""慈光寺様、石田石材店様
（Cc：施主 長谷部様）

お世話になっております。日の出産業の鵜飼です。
D-03-09区画の新しい墓石が完成しましたので、開眼供養と納骨の段取りを共有いたします。

5月25日（日）
 10:00 石田石材店様 現地にて最終清掃・納骨口の開口
 10:30 施主様ご一家 到着
 11:00 ご住職による開眼供養・納骨
 11:40 終了予定

雨天の場合は本堂で読経の後、小雨であれば墓前に移動します。
{SIG_UKAI}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="temple, stonemason and a private family address visible in To/Cc: three external parties",
)

# S39 — five vendors in To for the memorial festival
_add(
    sender=S_CHIHAYA,
    to=["北国フーズ <shidashi@kitaguni-foods.co.jp>", "さくらホテル <enkai@sakura-hotel.jp>",
        "青葉運輸 <kashikiri@aoba-unyu.co.jp>", "錦印刷 <yonekura@nishiki-insatsu.co.jp>",
        "花の蒼風 <order@soufu-flower.jp>"],
    charset="iso-2022-jp",
    subject="秋季合同供養祭　協力業者様 打合せのご案内",
    body=f"""協力業者の皆様

いつも大変お世話になっております。日の出産業の千早です。
今年の秋季合同供養祭（9月21日）に向けて、全体打合せを下記のとおり行います。

日時：8月28日（木）14:00〜15:30
場所：日の出大宮ビル5F 会議室B（オンライン参加可）

各社様の担当範囲（仕出し・会食・送迎・印刷物・献花）と当日のタイムテーブルを確認します。
ご出席者のお名前を8月22日までにお知らせください。
{SIG_CHIHAYA}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five external companies in To can see each other",
)

# =======================================================================================
# STOP — look-alike recipient domains
# =======================================================================================

# S40 — dropped "co." of our own domain
_add(
    sender=S_SHIMAZU, to=["小野寺 真弓 <onodera.mayumi@hinode-sangyo.jp>"], charset="iso-2022-jp",
    subject="武蔵野霊園 4月度 月次報告",
    body=f"""小野寺課長

お疲れさまです。武蔵野霊園の嶋津です。
4月度の月次報告です。

・来園者数（受付記帳）　1,284名
・新規契約　3区画（一般墓1、樹木葬2）
・返還　1区画
・管理料入金　212件
・苦情・要望　駐車場の白線が薄い（2件）

水道の凍結対策の件は来月まとめてご相談します。
{SIG_SHIMAZU}""",
    expect="stop", entities=[],
    detectors=["lookalike_domain"],
    note="meant for a colleague but addressed to hinode-sangyo.jp (dropped co.): look-alike of our domain",
)

# S41 — a letter added to the partner bank's domain
_add(
    sender=S_KODA, to=["みどり銀行 収納サービス課 <shuno-service@midori-ginkou.co.jp>"],
    charset="shift_jis",
    subject="預金口座振替依頼書（用紙）追加送付のお願い",
    body=f"""みどり銀行 収納サービス課 御中

いつもお世話になっております。日の出産業の国府田です。
口座振替依頼書（3枚複写・当社専用様式）の在庫が少なくなってまいりましたので、
300部の追加送付をお願いできますでしょうか。

送付先：{_OFFICE} 日の出産業（株）経理グループ 宛
{SIG_KODA}""",
    expect="stop", entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp: a letter added to the partner bank's domain",
)

# S42 — a letter dropped from the partner printer's domain
_add(
    sender=S_TAJIMA, to=["米倉様 <yonekura@nishiki-insatu.co.jp>"], charset="utf-8",
    subject="Re: 合同慰霊祭ご案内状 初校",
    body=f"""米倉様

初校ありがとうございました。田島です。
以下3点の修正をお願いします。

1. 表面の日付「9月21日（土）」→「9月21日（日）」
2. 裏面の地図、霊園入口の位置を北側に
3. 問合せ先の電話番号を 048-645-3330 に

再校は来週水曜までにいただけると助かります。
{SIG_TAJIMA}""",
    expect="stop", entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp: a letter dropped from the partner printer's domain",
)

# S43 — partner law firm under another TLD
_add(
    sender=S_ONODERA, to=["柚木先生 <yuki@shirakawa-law.com>"], charset="iso-2022-jp",
    subject="次回打合せの日程について",
    body=f"""柚木先生

お世話になっております。日の出産業の小野寺です。
次回の打合せですが、5月22日（木）14時から、当社会議室でいかがでしょうか。
ご都合が悪ければ、21日午前・23日午後も調整可能です。

議題：使用規則改定案、長期未納区画への対応方針
{SIG_ONODERA}""",
    expect="stop", entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-law.com instead of the partner's shirakawa-law.jp (TLD swap)",
)

# S44 — homoglyph of our own domain, carrying one person's contact
_add(
    sender=S_UKAI, to=["嶋津 和子 <shimazu.kazuko@hinode-sangy0.co.jp>"], charset="utf-8",
    subject="承継手続き中の方の来園予定",
    body=f"""嶋津さん

お疲れさまです。鵜飼です。
A-09-17区画の承継手続き中の蓮沼 修平 様が、土曜の午前に書類を持って来園されます。
念のため携帯をお伝えしておきます：080-4471-9263

印鑑証明が未提出なので、その場でお預かりをお願いします。
{SIG_UKAI}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangy0.co.jp (zero for o): homoglyph of the internal domain",
)

# S45 — swapped letters in the system vendor's domain
_add(
    sender=S_MITSUYA, to=["ツバサシステム サポート <support@tsubasa-sytsem.jp>"], charset="utf-8",
    subject="【不具合】管理料請求画面でエラー（E-4102）",
    body=f"""ツバサシステム サポートご担当者様

日の出産業の三ツ矢です。
本日9時頃から、霊園管理システムの「管理料請求」画面で一括作成を実行すると
エラーコード E-4102 が表示され処理が止まります。

・バージョン：3.8.2
・発生端末：全端末（5台）
・再起動後も再現

至急ご確認をお願いします。
{SIG_MITSUYA_JA}""",
    expect="stop", entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-sytsem.jp: swapped letters of the partner vendor's domain",
)

# S46 — hyphen for a dot in the transport partner's domain
_add(
    sender=S_CHIHAYA, to=["青葉運輸 配車係 <haisha@aoba-unyu-co.jp>"], charset="iso-2022-jp",
    subject="送迎バス 配車時刻の変更",
    body=f"""青葉運輸 配車係 様

お世話になっております。日の出産業の千早です。
6月15日の送迎バスですが、法要の開始が30分繰り下がりましたので、
大宮駅西口の出発を 9:40 → 10:10 に変更をお願いします。帰りは変更ありません。
{SIG_CHIHAYA}""",
    expect="stop", entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu-co.jp: a hyphen for the dot of the partner's aoba-unyu.co.jp",
)

# =======================================================================================
# STOP — confidentiality markings
# =======================================================================================

# S47 — 社外秘 stamp in the body
_add(
    sender=S_KURAMAE, to=["慈光寺 ご住職 <jushoku@jikoji.or.jp>"], charset="iso-2022-jp",
    subject="年間管理料の改定について（当社検討資料）",
    body=f"""慈光寺
ご住職様

いつもお世話になっております。蔵前でございます。
先日お話しした年間管理料の改定について、社内の検討資料をそのまま貼り付けます。
お目通しいただき、総代会に諮る前にご意見をいただけますと幸いです。

==================================================
【社外秘】
年間管理料 改定案（2026年度〜）
作成：霊園・寺院サポート事業部　2025/05/12
==================================================
1. 現行：一般墓 8,800円／樹木葬 6,600円
2. 改定案：一般墓 11,000円（+25%）／樹木葬 7,700円
3. 理由：人件費・水道料金・植栽管理費の上昇
4. 収支影響：年 +3,120千円（収納率92%想定）
5. 檀家様への告知：2025年10月 寺報・個別通知
==================================================
{SIG_KURAMAE}""",
    expect="stop", entities=[],
    detectors=["confidential_marking"],
    note="a document stamped 【社外秘】 pasted into mail to a temple",
)

# S48 — XLSX with a 社外秘 header
_add(
    sender=S_TAJIMA, to=["丸岡石材工業 営業部 <eigyo@maruoka-stone.co.jp>"], charset="shift_jis",
    subject="F区 区画販売計画（ご参考）",
    body=f"""丸岡石材工業
営業部 御中

お世話になっております。田島です。
F区の販売計画表をお送りします。石材の発注計画の参考にしてください。
{SIG_TAJIMA}""",
    attachments=[{
        "kind": "xlsx", "name": "F区_販売計画_v3.xlsx", "page_header": "社外秘",
        "sheets": {"計画": [["【社外秘】F区 区画販売計画 2025-2027"], [],
                            ["期", "販売区画数", "想定単価", "売上見込", "石材発注"],
                            ["2025下期", 12, 780000, 9360000, "9月"], ["2026上期", 18, 780000, 14040000, "3月"],
                            ["2026下期", 18, 820000, 14760000, "9月"], ["2027上期", 12, 820000, 9840000, "3月"]],
                   "前提": [["項目", "値"], ["区画総数", 60], ["値引上限", "5%"]]},
    }],
    expect="stop", entities=[],
    detectors=["confidential_marking"],
    note="spreadsheet marked 社外秘 in its page header and title row sent to a stonemason",
)

# S49 — DOCX with 部外秘 header
_add(
    sender=S_ONODERA, to=["白川法律事務所 <info@shirakawa-law.jp>"], charset="utf-8",
    subject="墓地使用規則 改定案（部内検討版）",
    body=f"""白川法律事務所 御中

お世話になっております。小野寺です。
墓地使用規則の改定案（部内検討版）を添付します。
第18条（使用権の取消し）と第22条（無縁墳墓の改葬）の条文についてご確認ください。
{SIG_ONODERA}""",
    attachments=[{
        "kind": "docx", "name": "墓地使用規則_改定案_部内検討.docx", "page_header": "部外秘",
        "paragraphs": ["部外秘", "日の出 武蔵野霊園 墓地使用規則（改定案）",
                       "第18条（使用権の取消し）使用者が年間管理料を3年以上滞納し、催告に応じないときは…",
                       "第22条（無縁墳墓の改葬）墓地、埋葬等に関する法律施行規則第3条に基づき…"],
    }],
    expect="stop", entities=[],
    detectors=["confidential_marking"],
    note="a DOCX stamped 部外秘 in header and first line sent to a law firm",
)

# S50 — PDF with a Confidential footer, English
_add(
    sender=S_MITSUYA, to=["Mark Ellison <mark.ellison@everrest-memorial.com>"], charset="utf-8",
    subject="Our requirements for the online memorial module",
    body=f"""Hi Mark,

Following our call, attached is our internal requirements document for the online memorial
(virtual grave visit) module. Please review sections 3 and 4 before our next meeting.

Thanks,
{SIG_MITSUYA}""",
    attachments=[{
        "kind": "pdf", "name": "online_memorial_requirements.pdf", "page_footer": "CONFIDENTIAL - Internal Use Only",
        "lines": ["Online Memorial Module - Requirements (v0.7)", "", "1. Scope",
                  "2. Users: plot holders, family members, temple staff", "3. Streaming of services",
                  "4. Pricing model: 1,100 JPY / month per plot"],
    }],
    expect="stop", entities=[],
    detectors=["confidential_marking"],
    note="a PDF whose footer reads CONFIDENTIAL - Internal Use Only sent to a foreign vendor",
)

# S51 — 取扱注意 in the subject and as a classification line
_add(
    sender=S_KURAMAE, to=["ツバサシステム 営業 安斎様 <anzai@tsubasa-system.jp>"], charset="iso-2022-jp",
    subject="【取扱注意】次年度の契約条件について",
    body=f"""ツバサシステム株式会社
安斎 様

お世話になっております。日の出産業の蔵前です。

区分：取扱注意
次年度の保守契約について、当社の条件を以下にまとめます。
・保守料：現行 月額 180,000円 → 150,000円を希望
・解約率の改善がない場合、2026年3月での他社切替を検討
・他社見積：月額 128,000円（参考）

ご検討のほどお願いいたします。
{SIG_KURAMAE}""",
    expect="stop", entities=[],
    detectors=["confidential_marking"],
    note="mail classified 取扱注意 (subject and classification line) to a vendor",
)

# S52 — PPTX with a 極秘 footer
_add(
    sender=S_KURAMAE, to=["常楽寺 ご住職 <jushoku@joraku-ji.jp>"], charset="utf-8",
    subject="納骨堂 新設計画のご説明資料",
    body=f"""常楽寺
ご住職様

先日はお時間をいただきありがとうございました。蔵前です。
納骨堂新設計画のご説明資料をお送りいたします。
役員会でのご検討にお使いください。
{SIG_KURAMAE}""",
    attachments=[{
        "kind": "pptx", "name": "納骨堂新設計画.pptx", "page_footer": "極秘",
        "slides": [["常楽寺様 納骨堂新設計画（案）", "極秘", "日の出産業株式会社"],
                   ["概要", "自動搬送式 1,200基", "総事業費 4.8億円", "開業 2027年春"],
                   ["収支", "販売単価 85万円", "回収期間 9年"]],
    }],
    expect="stop", entities=[],
    detectors=["confidential_marking"],
    note="PPTX stamped 極秘 on every slide sent to a temple",
)

# =======================================================================================
# STOP — attachments that cannot be read
# =======================================================================================

# S53 — password ZIP (PPAP) to the printer
_p = _people(8, "s53")
_add(
    sender=S_KODA, to=["錦印刷 データ入稿窓口 <nyuko@nishiki-insatsu.co.jp>"], charset="shift_jis",
    subject="年間管理料請求書 宛名データ（本番）",
    body=f"""錦印刷 データ入稿ご担当様

お世話になります。国府田です。
本番の宛名データ（2,140件）をお送りします。
セキュリティのためパスワード付きZIPにしております。パスワードは別メールにてお送りします。
{SIG_KODA}""",
    attachments=[{
        "kind": "zip", "name": "seikyu_atena_honban.zip", "password": "Hinode#0613",
        "files": [{"kind": "csv", "name": "seikyu_atena_honban.csv", "encoding": "utf-8",
                   "rows": [["氏名", "郵便番号", "住所", "請求額"]]
                   + [[p["name"], p["zip"], p["addr"], p["fee"]] for p in _p]}],
    }],
    expect="stop", entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) cannot be inspected",
)

# S54 — password-protected PDF to a family's gmail
_add(
    sender=S_KODA, to=["一色 様 <isshiki.noriko.58@gmail.com>"], charset="utf-8",
    subject="年間管理料 お支払い明細の送付",
    body=f"""一色 典子 様

いつもお世話になっております。日の出産業 経理の国府田です。
お問い合わせいただいた過去5年分の年間管理料のお支払い明細をPDFでお送りします。
パスワードはお電話でお伝えした番号（ご契約番号の下4桁）です。
{SIG_KODA}""",
    attachments=[{
        "kind": "pdf", "name": "shiharai_meisai_isshiki.pdf", "password": "7731",
        "lines": ["年間管理料 お支払い明細", "一色 典子 様", "2020年 8,800円 口座振替", "2021年 8,800円 口座振替"],
    }],
    expect="stop", entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="an encrypted PDF cannot be inspected (one free-mail recipient as well)",
)

# S55 — corrupt XLSX to the bank
_add(
    sender=S_KODA, to=["みどり銀行 収納サービス課 <shuno-service@midori-ginko.co.jp>"], charset="iso-2022-jp",
    subject="振替結果データの照合表",
    body=f"""みどり銀行 収納サービス課 御中

お世話になっております。国府田です。
4月振替分の結果データと当社入金データの照合表をお送りします。
差異3件について、ご確認をお願いできますでしょうか。
{SIG_KODA}""",
    attachments=[{"kind": "corrupt", "name": "shogo_202504.xlsx"}],
    expect="stop", entities=[],
    detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be read",
)

# S57 — space-padded text table as a .txt attachment to a funeral hall
_p = _people(7, "s57")
_add(
    sender=S_CHIHAYA, to=["葬祭会館あおい 法要係 <hoyo@aoi-sousai.co.jp>"], charset="shift_jis",
    subject="7月 お盆合同法要 予約者リスト",
    body=f"""葬祭会館あおい 法要係 様

いつもお世話になっております。千早です。
7月のお盆合同法要（会館ホール）の予約者リストをテキストで添付します。
受付名簿の作成にお使いください。
{SIG_CHIHAYA}""",
    attachments=[{
        "kind": "txt", "name": "obon_yoyaku.txt", "encoding": "cp932",
        "text": "お盆合同法要 予約者リスト（7/13・7/14）\n\n"
        + _pad([["日", "施主", "電話", "住所", "人数"]]
               + [["7/13" if i < 4 else "7/14", p["name"], p["home"], p["addr"], 2 + i % 4]
                  for i, p in enumerate(_p)]) + "\n",
    }],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a padded text table of seven families with phones and addresses as a .txt attachment",
)

# =======================================================================================
# PASS — ordinary business mail
# =======================================================================================

# P01 — work schedule to one stonemason; only signatures
_add(
    sender=S_UKAI, to=["石田 隆之 <t.ishida@ishida-sekizai.co.jp>"], charset="iso-2022-jp",
    subject="B区 外柵補修の工事日程",
    body=f"""石田様

いつもお世話になっております。鵜飼です。
B-07区の外柵補修ですが、4月18日（金）9時からでお願いできますでしょうか。
当日は管理事務所の嶋津が立ち会います。車両は管理棟裏の搬入口からお入りください。

同じ日に、散水栓の移設で川崎電機の設備担当 野口様が入られます。
作業の順番は現地で直接ご調整ください（野口様：TEL 049-233-7812 / 携帯 080-1193-2245）。

雨天の場合は翌週月曜に順延でお願いします。
{SIG_UKAI}""",
    expect="pass", entities=[], detectors=[],
    note="routine work schedule to one stonemason with one partner employee's business contact",
)

# P02 — one family's contact to a stonemason (one person, may warn)
_add(
    sender=S_UKAI, to=["匠石材 工事担当 <koji@takumi-ishi.jp>"], charset="shift_jis",
    subject="C-02-11区画 墓誌追加彫刻の件",
    body=f"""匠石材 工事ご担当様

お世話になっております。鵜飼です。
C-02-11区画で、墓誌への追加彫刻（1名分）のご依頼がありました。
文字原稿は施主様から直接お渡しいただくことになっています。

施主：水落 博之 様　携帯 090-3384-2706
（平日は18時以降がつながりやすいそうです）

納骨が6月8日ですので、それまでに仕上げをお願いします。
{SIG_UKAI}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one chief mourner's name and mobile to a stonemason: one person's record, may be warned",
)

# P03 — notice with the standard disclaimer
_add(
    sender=S_SHIMAZU, to=["慈光寺 寺務所 <jimu@jikoji.or.jp>"], charset="iso-2022-jp",
    subject="お盆期間中の管理事務所 開所時間のお知らせ",
    body=f"""慈光寺 寺務所 御中

いつもお世話になっております。武蔵野霊園 管理事務所の嶋津です。
お盆期間中（8月11日〜16日）は、管理事務所を下記のとおり開所いたします。

　8:00〜18:00（期間中は水曜も開所）
　手桶・ほうきの貸出しあり、生花の販売は花の蒼風さんの臨時売店にて

檀家の皆様からお問い合わせがありましたら、ご案内いただけますと幸いです。
{SIG_SHIMAZU}
{DISCLAIMER_JA}""",
    expect="pass", entities=[], detectors=[],
    note="ordinary notice ending with the standard confidentiality disclaimer",
)

# P04 — about an NDA
_add(
    sender=S_MITSUYA, to=["ツバサシステム 法務 <legal@tsubasa-system.jp>"], charset="utf-8",
    subject="秘密保持契約書（霊園管理システム移行）ドラフトへのコメント",
    body=f"""ツバサシステム株式会社
法務ご担当者様

お世話になっております。日の出産業の三ツ矢です。
秘密保持契約書のドラフトを拝見しました。当社法務と確認のうえ、以下2点をご相談させてください。

1. 第2条（秘密情報の定義）：口頭で開示した情報も、30日以内に書面で特定すれば対象とする
2. 第7条（有効期間）：契約終了後の秘密保持義務を3年→5年に

個人情報の取扱いについては別途「個人情報の取扱いに関する覚書」を締結したいと考えています。
修正版をお送りいただければ、押印手続きに進みます。
{SIG_MITSUYA_JA}""",
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA (秘密保持契約); no marking, no data",
)

# P05 — reply; the list is only in the quoted text
_p = _people(6, "p05")
_q = "\n".join(f"> {p['name']}　{p['home']}　{p['kukaku']}" for p in _p)
_add(
    sender=S_UKAI, to=["慈光寺 寺務所 <jimu@jikoji.or.jp>"], charset="iso-2022-jp",
    subject="Re: 管理料未納の檀家さんについて",
    body=f"""慈光寺 寺務所 様

承知いたしました。
下記6件の方には、来週中に当社から管理料のご案内を郵送いたします。
お電話でのご案内はお寺様からとのことですので、当社からは控えます。

鵜飼
{SIG_UKAI}

> 鵜飼様
> いつもお世話になっております。
> 管理料が2年分入っていない檀家さんです。ご案内をお願いします。
>
{_q}
>
> 慈光寺 寺務所
""",
    expect="pass", entities=[], detectors=[],
    note="the six-person list is only in '>' quoted text from the recipient; new text carries none",
)

# P06 — reply under -----Original Message----- with phones in the quote
_p = _people(5, "p06")
_q = "\n".join(f"{p['kukaku']}　{p['name']}様　{p['mobile']}　文字彫刻" for p in _p)
_add(
    sender=S_UKAI, to=["丸岡石材工業 工事課 <koji@maruoka-stone.co.jp>"], charset="shift_jis",
    subject="RE: 6月の彫刻工事予定",
    body=f"""丸岡石材工業 工事課 様

ご連絡ありがとうございます。
6月の予定、当方では問題ありません。管理事務所にも共有しておきます。
納骨日が決まっている方を優先で進めていただけると助かります。

鵜飼

-----Original Message-----
From: 丸岡石材工業 工事課 <koji@maruoka-stone.co.jp>
Sent: Tuesday, May 20, 2025 4:31 PM
To: ukai.ryo@hinode-sangyo.co.jp
Subject: 6月の彫刻工事予定

日の出産業 鵜飼様
6月の彫刻工事予定です。

{_q}

丸岡石材工業 工事課
""",
    expect="pass", entities=[], detectors=[],
    note="the five phone numbers are the recipient's own text quoted under Original Message",
)

# P07 — English reply; list of e-mails only in the "On … wrote:" quote
_p = _people(5, "p07")
_q = "\n".join(f"> - {p['romaji']} <{p['email']}>" for p in _p)
_add(
    sender=S_MITSUYA, to=["Mark Ellison <mark.ellison@everrest-memorial.com>"], charset="utf-8",
    subject="Re: Beta testers for the online memorial app",
    body=f"""Hi Mark,

Thanks, that works for us. Please send the TestFlight invitations directly; we have already told
the families to expect them. We'll collect feedback by the end of June.

Best,
Ken

On Thu, May 15, 2025 at 9:02 AM Mark Ellison <mark.ellison@everrest-memorial.com> wrote:
> Ken,
> As agreed, here are the beta testers you gave us on the call. Can you confirm?
>
{_q}
>
> Mark
{SIG_MITSUYA}""",
    expect="pass", entities=[], detectors=[],
    note="the e-mail list is only in the quoted part of the recipient's own message",
)

# P08 — list of partner stonemason shops (businesses)
_shops = [
    ["石田石材店", "埼玉県川越市笠幡4012-2", "049-231-5560", "8:30-17:30", "水"],
    ["丸岡石材工業 本社", "埼玉県入間市宮寺2281", "04-2934-1180", "8:00-17:00", "日"],
    ["丸岡石材工業 所沢展示場", "埼玉県所沢市北野新町2-9-1", "04-2947-2210", "10:00-17:00", "水"],
    ["匠石材", "東京都八王子市元八王子町3-1904", "042-661-3318", "9:00-18:00", "火"],
    ["藤原石材 飯能店", "埼玉県飯能市双柳1-22", "042-973-0615", "9:00-17:00", "木"],
    ["大宮メモリアルストーン", "埼玉県さいたま市大宮区大門町3-88", "048-641-7725", "10:00-18:00", "水"],
    ["高崎石匠", "群馬県高崎市倉賀野町4611", "027-346-0091", "8:30-17:00", "日"],
    ["柏御影堂", "千葉県柏市松ケ崎1320", "04-7131-8862", "9:00-17:30", "水"],
]
_add(
    sender=S_TAJIMA, to=["葬祭会館あおい 営業 <eigyo@aoi-sousai.co.jp>"], charset="iso-2022-jp",
    subject="提携石材店一覧（お客様ご紹介用）",
    body=f"""葬祭会館あおい 営業ご担当 様

お世話になっております。日の出産業の田島です。
お客様から墓石のご相談があった際にご紹介いただける提携石材店の一覧です。

{_pad([["店名", "所在地", "電話", "営業時間", "定休"]] + _shops)}

いずれの店舗でも当社霊園の区画図をお渡しできます。
{SIG_TAJIMA}""",
    expect="pass", entities=[], detectors=[],
    note="a list of businesses (stonemason shops with addresses and switchboards), not people",
)

# P09 — our cemeteries (XLSX) to a portal site
_add(
    sender=S_TAJIMA, to=["お墓ナビ 掲載担当 <keisai@ohaka-navi.jp>"], charset="utf-8",
    subject="掲載情報の更新（管理霊園一覧）",
    body=f"""お墓ナビ 掲載ご担当者様

いつもお世話になっております。日の出産業の田島です。
当社管理霊園の掲載情報を更新したく、一覧をExcelでお送りします。
変更点は黄色のセル（開園時間と駐車台数）です。
{SIG_TAJIMA}""",
    attachments=[{
        "kind": "xlsx", "name": "kanri_reien_ichiran_2025.xlsx",
        "sheets": {"霊園一覧": [["日の出産業 管理霊園一覧（2025年6月）"],
                               ["霊園名", "所在地", "管理事務所電話", "開園時間", "駐車台数", "宗旨宗派"],
                               ["日の出 武蔵野霊園", "埼玉県入間市仏子1180-3", "04-2931-6620", "8:30-17:00", 120, "不問"],
                               ["慈光寺墓苑", "埼玉県川越市今成2-31-6", "049-222-4108", "9:00-16:30", 30, "曹洞宗（檀家）"],
                               ["瑞雲寺 やすらぎ廟", "埼玉県入間市宮寺3410", "04-2934-7051", "9:00-16:00", 25, "不問"],
                               ["さくら台メモリアルパーク", "東京都八王子市散田町5-17", "042-668-2250", "8:30-17:30", 80, "不問"],
                               ["常楽寺霊苑", "埼玉県飯能市川寺812", "042-972-6634", "9:00-16:00", 15, "真言宗智山派（檀家）"],
                               ["宝泉院 樹木葬 杜の庭", "神奈川県相模原市緑区大島2201", "042-761-5094", "9:00-16:00", 40, "不問"]],
                   "更新履歴": [["日付", "内容"], ["2025/06/02", "開園時間・駐車台数の更新"]]},
    }],
    expect="pass", entities=[], detectors=[],
    note="a list of cemeteries (businesses) with office phones; 宗派 belongs to temples, not people",
)

# P10 — partner temples with their sect (organisations, not people)
_add(
    sender=S_TAJIMA, to=["錦印刷 米倉様 <yonekura@nishiki-insatsu.co.jp>"], charset="shift_jis",
    subject="パンフレット裏面　提携寺院一覧の原稿",
    body=f"""錦印刷
米倉様

お世話になっております。田島です。
永代供養パンフレット裏面の「提携寺院一覧」の原稿です。

・慈光寺（曹洞宗）　埼玉県川越市今成2-31-6　TEL 049-222-4108
・瑞雲寺（浄土宗）　埼玉県入間市宮寺3410　TEL 04-2934-7051
・常楽寺（真言宗智山派）　埼玉県飯能市川寺812　TEL 042-972-6634
・宝泉院（臨済宗建長寺派）　神奈川県相模原市緑区大島2201　TEL 042-761-5094
・妙覚寺（日蓮宗）　東京都練馬区関町北4-8-21　TEL 03-3929-5170

寺院名の書体は前回と同じでお願いします。
{SIG_TAJIMA}""",
    expect="pass", entities=[], detectors=[],
    note="temples' sects and switchboards are data about organisations, not people",
)

# P11 — three attendees with phones to the hotel (fewer than five)
_add(
    sender=S_CHIHAYA, to=["さくらホテル 宴会予約 <enkai@sakura-hotel.jp>"], charset="iso-2022-jp",
    subject="6/21 一周忌お斎　ご出席の変更",
    body=f"""さくらホテル 宴会予約ご担当 様

お世話になっております。千早です。
6月21日 古閑家のお斎ですが、人数が17名→20名に変わります。
追加の3名様は別便で到着されるため、念のため連絡先をお伝えします。

　古閑 真理 様　080-6613-2047
　古閑 修平 様　090-4120-8836
　井手 典子 様　070-2281-5519

お席は施主様のテーブルにお願いします。
{SIG_CHIHAYA}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three people's names and phones to a hotel: under five records, may be warned",
)

# P12 — four burial bookings to a stonemason (four records)
_p = _people(4, "p12")
_add(
    sender=S_UKAI, to=["丸岡石材工業 工事課 <koji@maruoka-stone.co.jp>"], charset="utf-8",
    subject="6月 納骨口開閉の手配（4件）",
    body=f"""丸岡石材工業 工事課 御中

お世話になっております。鵜飼です。6月の納骨口開閉の手配をお願いします。

{chr(10).join(f"{d}　{p['kukaku']}　施主 {p['name']} 様　{p['mobile']}　{p['addr']}" for d, p in zip(["6/7 10:00", "6/8 13:00", "6/14 11:00", "6/28 10:30"], _p))}

いずれも住職の読経あり、開始15分前までに開口をお願いします。
{SIG_UKAI}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="four chief mourners' records to a stonemason: up to four people, may be warned",
)

# =======================================================================================
# PASS — internal-only mail, whatever it carries
# =======================================================================================

# P13 — full parishioner list to a colleague (internal)
_p = _people(14, "p13")
_add(
    sender=S_HANYU, to=["国府田 さやか <koda.sayaka@hinode-sangyo.co.jp>"], charset="shift_jis",
    subject="慈光寺 檀家名簿（護持会費請求用）",
    body=f"""国府田さん

お疲れさまです。羽生です。
慈光寺様の護持会費の請求書作成用に、檀家名簿の最新版をCSVで添付します。
今年度の転居分（3件）は反映済みです。
{SIG_HANYU}""",
    attachments=[{
        "kind": "csv", "name": "jikoji_danka_meibo.csv", "encoding": "cp932",
        "rows": [["檀家番号", "世帯主", "郵便番号", "住所", "電話", "護持会費"]]
        + [[f"JK-{101 + i}", p["name"], p["zip"], p["addr"], p["home"], 12000] for i, p in enumerate(_p)],
    }],
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="internal-only recipients: a full list is allowed inside the company",
)

# P14 — My Number of a priest to accounting (internal)
_add(
    sender=S_CHIHAYA, to=["国府田 さやか <koda.sayaka@hinode-sangyo.co.jp>"],
    cc=["経理グループ <keiri@hinode-sangyo.co.jp>"], charset="iso-2022-jp",
    subject="新規の出張僧侶の先生 個人番号の件",
    body=f"""国府田さん

千早です。4月から法要をお願いしている先生の個人番号です。
通知カードのコピーは社内便で送りました。

　氏名：春日 義明
　個人番号：{my_number(2005)}

支払調書の対象者リストへの追加をお願いします。
{SIG_CHIHAYA}""",
    expect="pass", entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=[],
    note="a My Number sent only to internal addresses",
)

# P15 — 社外秘 document internally
_add(
    sender=S_KURAMAE,
    to=["小野寺 真弓 <onodera.mayumi@hinode-sangyo.co.jp>", "田島 恵介 <tajima.keisuke@hinode-sangyo.co.jp>"],
    cc=["経営企画部 <keiki@hinode-sangyo.co.jp>"], charset="utf-8",
    subject="【社外秘】事業部 中期計画 たたき台",
    body=f"""小野寺さん、田島さん

蔵前です。中期計画のたたき台を共有します。社外秘扱いでお願いします。

【社外秘】
・2027年度 売上目標 18.5億円（うち永代供養・樹木葬 6.2億円）
・寺院向け事務代行 契約寺院数 40→65
・納骨堂 新設 1件（常楽寺様）

来週の部会で議論します。
{SIG_KURAMAE}""",
    attachments=[{"kind": "xlsx", "name": "中期計画_たたき台.xlsx", "page_header": "社外秘",
                  "sheets": {"計画": [["年度", "売上(百万円)"], [2025, 1420], [2026, 1610], [2027, 1850]]}}],
    expect="pass", entities=[], detectors=[],
    note="社外秘 stamp, but every recipient is internal",
)

# P16 — health information on the internal subdomain
_add(
    sender=S_CHIHAYA, to=["嶋津 和子 <shimazu.kazuko@reien.hinode-sangyo.co.jp>"], charset="iso-2022-jp",
    subject="6/14 栗林家の法要 延期になりました",
    body=f"""嶋津さん

お疲れさまです。千早です。
6/14の栗林家の一周忌は延期です。施主の栗林 正一 様が脳梗塞で入院されたそうです。
墓前の準備（テント・椅子）は取り消しでお願いします。
次回は車椅子でのお参りになりそうなので、スロープ側の通路を確認しておいてください。
{SIG_CHIHAYA}""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="medical information, but the recipient is on an internal subdomain",
)

# P17 — card number shared internally
_add(
    sender=S_MASHIBA,
    to=["国府田 さやか <koda.sayaka@hinode-sangyo.co.jp>", "経理グループ <keiri@hinode-sangyo.co.jp>",
        "鵜飼 亮 <ukai.ryo@hinode-sangyo.co.jp>"],
    charset="utf-8",
    subject="カード決済の手動処理（端末故障）",
    body=f"""経理グループ各位

真柴です。端末故障のため、電話で受けたカード決済を手動処理してください。

　名義：DOMEKI TETSUYA
　カード番号：{card_number(2003)}
　有効期限：04/29
　金額：385,000円（樹木葬 使用料）

処理後、このメールは削除をお願いします。
{SIG_MASHIBA}""",
    expect="pass", entities=["PERSON_NAME", "CREDIT_CARD"], detectors=[],
    note="a card number but only internal recipients",
)

# =======================================================================================
# PASS — two external organisations; one free-mail recipient
# =======================================================================================

# P18 — two partner organisations in To/Cc
_add(
    sender=S_CHIHAYA, to=["錦印刷 米倉様 <yonekura@nishiki-insatsu.co.jp>"],
    cc=["さくらホテル 宴会予約 <enkai@sakura-hotel.jp>"], charset="iso-2022-jp",
    subject="合同供養祭 会場案内図の件",
    body=f"""錦印刷 米倉様
（Cc：さくらホテル 宴会予約ご担当様）

お世話になっております。千早です。
合同供養祭のしおりに、さくらホテル様の会場（2階 鳳凰の間）の案内図を載せたいと思います。
ホテル様から元データをいただけるとのことでしたので、米倉様へ直接お送りいただけますでしょうか。

入稿締切は8月20日です。
{SIG_CHIHAYA}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two partner organisations (printer and hotel) in To/Cc: a normal three-way mail",
)

# P19 — temple and stonemason (two organisations)
_add(
    sender=S_UKAI, to=["慈光寺 寺務所 <jimu@jikoji.or.jp>"], cc=["石田石材店 <t.ishida@ishida-sekizai.co.jp>"],
    charset="shift_jis",
    subject="墓苑内 通路舗装工事の打合せ",
    body=f"""慈光寺 寺務所 様
（Cc：石田石材店 石田様）

お世話になっております。鵜飼です。
墓苑内の通路舗装工事について、三者で打合せをお願いしたく存じます。

候補日：6月3日（火）10時／6月5日（木）14時
場所：慈光寺 客殿

工事中の参拝者の動線と、お盆前の完了可否を確認したいと考えています。
{SIG_UKAI}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc",
)

# P20 — one family on yahoo: scheduling
_add(
    sender=S_CHIHAYA, to=["蓮沼 隆 様 <hasunuma.takashi@yahoo.co.jp>"], charset="iso-2022-jp",
    subject="Re: 七回忌の日程について",
    body=f"""蓮沼 隆 様

ご返信ありがとうございます。日の出産業の千早です。
10月12日（日）11時で慈光寺様のご住職のご都合も確認が取れました。
お斎はさくらホテルで20名様、お料理は「松」で仮押さえしております。

ご親族へのご案内は、このあと当社からお送りしてよろしいでしょうか。
{SIG_CHIHAYA}

> 千早様
> 日程は10月12日でお願いします。人数は20名くらいになりそうです。
> 蓮沼""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one private person on free mail, ordinary scheduling",
)

# P21 — one family on gmail: confirming their own contract details
_add(
    sender=S_MASHIBA, to=["戸叶 様 <tokano.kazuo@gmail.com>"], charset="utf-8",
    subject="樹木葬 ご契約内容のご確認",
    body=f"""戸叶 和夫 様

このたびは「杜の庭」樹木葬をご契約いただき、誠にありがとうございます。
ご契約内容をご確認ください。

　ご契約者：戸叶 和夫 様
　ご住所：〒252-0135 神奈川県相模原市緑区大島1-14-9
　区画：杜の庭 K-03（2名用）
　使用料：770,000円（お振込済み）

相違がございましたらお知らせください。
{SIG_MASHIBA}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["freemail_recipient", "personal_data"],
    note="one customer's own contract details back to him on free mail: one person, may warn",
)

# P22 — our bank account for a transfer (business account) to a family
_add(
    sender=S_KODA, to=["沼尻 様 <numajiri.f@docomo.ne.jp>"], charset="shift_jis",
    subject="年間管理料のお振込先について",
    body=f"""沼尻 様

お電話ありがとうございました。日の出産業 経理の国府田です。
年間管理料のお振込先は下記のとおりです。

　みどり銀行 大宮支店（211）
　普通預金 1185402
　口座名義 ニチノデサンギヨウ（カ

お振込人名の前に区画番号（A-02-07）をご入力ください。
{SIG_KODA}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="the company's own bank account to one carrier-mail recipient; not personal data",
)

# P23 — Bcc to many families (not visible)
_add(
    sender=S_CHIHAYA, to=["法要サポート <hoyo-support@hinode-sangyo.co.jp>"],
    bcc=["kasuga.y72@gmail.com", "s.makabe@yahoo.co.jp", "chino-family@icloud.com",
         "iwadate.kenji@outlook.jp", "n.negishi@ezweb.ne.jp", "okonogi.reiko@gmail.com",
         "daigo1958@yahoo.co.jp", "hiwatashi.m@softbank.ne.jp", "kubodera.fumiko@gmail.com",
         "sekiguchi.shige@docomo.ne.jp", "arai-k@icloud.com", "setoguchi.h@gmail.com"],
    charset="iso-2022-jp",
    subject="【ご案内】秋季合同供養祭のお知らせ",
    body=f"""ご遺族の皆様

日頃より日の出 武蔵野霊園をご利用いただき、誠にありがとうございます。
本年も秋季合同供養祭を下記のとおり執り行います。

日時：9月21日（日）10:30〜
場所：武蔵野霊園 合同供養塔前（雨天時 管理棟ホール）
送迎：大宮駅西口 9:40発（要予約）

ご参列の際は、このメールへのご返信またはお電話（048-645-3330）でお申し込みください。
※本メールは一斉送信のため、BCCでお送りしております。
{SIG_CHIHAYA}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="twelve private recipients are all in Bcc, so nobody sees the others",
)

# =======================================================================================
# PASS — statistics, prices, codes, business contacts
# =======================================================================================

# P24 — collection rate statistics to a temple
_add(
    sender=S_KODA, to=["慈光寺 寺務所 <jimu@jikoji.or.jp>"], charset="iso-2022-jp",
    subject="令和6年度 年間管理料 収納状況のご報告",
    body=f"""慈光寺 寺務所 御中

いつもお世話になっております。日の出産業 経理の国府田です。
令和6年度の年間管理料の収納状況をご報告いたします。

{_pad([["区分", "対象区画", "収納済", "未納", "収納率"],
       ["口座振替", "318", "309", "9", "97.2%"],
       ["払込票", "96", "81", "15", "84.4%"],
       ["窓口・振込", "27", "25", "2", "92.6%"],
       ["合計", "441", "415", "26", "94.1%"]])}

前年度（92.8%）から1.3ポイント改善しました。
{SIG_KODA}""",
    expect="pass", entities=[], detectors=[],
    note="aggregate statistics with no individual people",
)

# P25 — price list of perpetual memorial plans
_add(
    sender=S_MASHIBA, to=["エンディングサポート協会 事務局 <jimukyoku@ending-support.or.jp>"], charset="utf-8",
    subject="永代供養プラン 料金表（2025年度版）",
    body=f"""エンディングサポート協会
事務局 御中

いつもお世話になっております。日の出産業の真柴です。
相談会でお配りいただく永代供養プランの料金表です。

■合祀墓「やすらぎ廟」　1霊 165,000円（納骨料・彫刻料込）
■個別安置（十三回忌まで）　1霊 385,000円 ／ 2霊 550,000円
■樹木葬「杜の庭」　1名用 440,000円 ／ 2名用 770,000円
■年間管理料　不要（永代供養料に含む）
※価格はすべて税込です。プランコード：YR-01／YR-13／MT-1／MT-2

パンフレット50部を別便でお送りしました。
{SIG_MASHIBA}""",
    expect="pass", entities=[], detectors=[],
    note="a price list with plan codes",
)

# P26 — invoice with our T-number (corporate number)
_add(
    sender=S_KODA, to=["宝泉院 会計 <kaikei@hosenin-temple.jp>"], charset="shift_jis",
    subject="請求書送付のご案内（請求番号 HS-2505-0142）",
    body=f"""宝泉院 会計ご担当 様

いつもお世話になっております。日の出産業 経理の国府田です。
5月分の寺院事務代行業務の請求書をお送りします。

　請求番号：HS-2505-0142
　請求金額：132,000円（うち消費税 12,000円）
　お支払期限：6月30日
　登録番号：T{_corp("011001048266")}

お振込先：みどり銀行 大宮支店 普通 1185402 ニチノデサンギヨウ（カ
{SIG_KODA}""",
    attachments=[{
        "kind": "pdf", "name": "seikyusho_HS-2505-0142.pdf",
        "lines": ["請求書", "宝泉院 御中", "請求番号 HS-2505-0142", "寺院事務代行業務（5月分） 120,000円",
                  "消費税（10%） 12,000円", "合計 132,000円", f"日の出産業株式会社 登録番号 T{_corp('011001048266')}"],
    }],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="an invoice with an invoice number, our T-number and company bank account",
)

# P27 — mention of 社外秘 without a marking
_add(
    sender=S_TAJIMA, to=["丸岡石材工業 営業部 <eigyo@maruoka-stone.co.jp>"], charset="iso-2022-jp",
    subject="Re: F区 区画価格の根拠について",
    body=f"""丸岡石材工業 営業部 様

お問い合わせありがとうございます。田島です。
区画価格の算定に使っている原価表は社外秘の扱いのため、資料としてはお出しできません。
申し訳ありません。概略だけお伝えしますと、造成費と永代使用料の相場を踏まえ、
1㎡あたり26万円前後を目安にしています。

詳しくは次回お打合せの際に口頭でご説明いたします。
{SIG_TAJIMA}""",
    expect="pass", entities=[], detectors=[],
    note="mentions that a table is 社外秘 but carries no marked document",
)

# P28 — religion-neutral FAQ (no person)
_add(
    sender=S_TAJIMA, to=["お墓ナビ 編集部 <henshu@ohaka-navi.jp>"], charset="utf-8",
    subject="よくある質問（宗旨宗派について）の原稿",
    body=f"""お墓ナビ 編集部 御中

お世話になっております。田島です。
霊園紹介ページの「よくある質問」の原稿をお送りします。

Q. 宗旨・宗派に決まりはありますか？
A. 武蔵野霊園・さくら台メモリアルパークは宗教宗派不問です。仏式・神式・キリスト教式・
   無宗教のいずれでもご利用いただけます。寺院墓地（慈光寺墓苑・常楽寺霊苑）は、
   檀家としてのご加入が必要です。

Q. 法要の手配はできますか？
A. 各宗派の僧侶・神職・牧師のご紹介が可能です（お布施の目安もご案内します）。
{SIG_TAJIMA}""",
    expect="pass", entities=[], detectors=[],
    note="general text about religions, not tied to any person",
)

# P29 — tracking numbers for a stone delivery
_add(
    sender=S_UKAI, to=["青葉運輸 配車係 <haisha@aoba-unyu.co.jp>"], charset="iso-2022-jp",
    subject="墓石配送の追跡番号について",
    body=f"""青葉運輸 配車係 様

お世話になっております。鵜飼です。
先週発送いただいた墓石3基の配送状況を確認したく、追跡番号をお送りします。

　AY-4402-8817-3（竿石・上台）
　AY-4402-8818-1（中台・芝台）
　AY-4402-8819-0（墓誌）

霊園での荷受けは管理事務所（04-2931-6620）で対応します。
{SIG_UKAI}""",
    expect="pass", entities=[], detectors=[],
    note="tracking numbers and a business phone only",
)

# P30 — stone model codes and plot numbers
_add(
    sender=S_UKAI, to=["匠石材 見積担当 <mitsumori@takumi-ishi.jp>"], charset="shift_jis",
    subject="発注：洋型墓石 3基",
    body=f"""匠石材 見積ご担当 様

お世話になっております。鵜飼です。
先日のお見積り（見積番号 TK-25-0388）のとおり、下記を発注いたします。

　1) 型番 YW-800G（洋型・G654）　F-01-03区画　1基
　2) 型番 YW-800G（洋型・G654）　F-01-04区画　1基
　3) 型番 WK-600B（和型・黒御影）　F-01-07区画　1基

発注書（注文番号 HS-PO-25117）は郵送いたします。納期は8月末でお願いします。
{SIG_UKAI}""",
    expect="pass", entities=[], detectors=[],
    note="an order with product codes, plot numbers and order numbers",
)

# P31 — English mail to a foreign vendor
_add(
    sender=S_MITSUYA, to=["Mark Ellison <mark.ellison@everrest-memorial.com>"], charset="utf-8",
    subject="Demo of the plot map module - next Tuesday",
    body=f"""Hi Mark,

Thanks for the proposal. Our division head would like to see a live demo of the plot map module
before we decide on the pilot. Would Tuesday, June 10, 9:00 JST (Monday 5:00 pm PDT) work for you?

We are particularly interested in:
 - importing our existing plot layout (about 4,800 plots, CAD files)
 - Japanese vertical text on grave markers in the 3D view
 - integration with our billing system (Tsubasa System)

Best regards,
{SIG_MITSUYA}""",
    expect="pass", entities=[], detectors=[],
    note="ordinary English business mail to one foreign vendor",
)

# P32 — a temple priest's business contact passed to a stonemason
_add(
    sender=S_UKAI, to=["石田石材店 <t.ishida@ishida-sekizai.co.jp>"], charset="iso-2022-jp",
    subject="慈光寺様 山門前の石段補修のご相談",
    body=f"""石田様

お世話になっております。鵜飼です。
慈光寺様から、山門前の石段補修のご相談がありました。
直接ご住職とお話しいただくのが早いと思いますので、ご連絡先をお伝えします。

　慈光寺 住職　大谷 真澄 様
　寺務所 049-222-4108（平日 9時〜16時）

当社の管理範囲外の工事ですので、お見積りは慈光寺様宛でお願いします。
{SIG_UKAI}""",
    expect="pass", entities=[], detectors=[],
    note="one business contact (a temple's priest and the temple office phone)",
)

# P33 — forward of a partner's price notice (business only)
_add(
    sender=S_CHIHAYA, to=["慈光寺 寺務所 <jimu@jikoji.or.jp>"], charset="shift_jis",
    subject="FW: 仕出し料金改定のお知らせ",
    body=f"""慈光寺 寺務所 様

千早です。北国フーズさんから料金改定のお知らせが届きましたので転送します。
お寺様で直接ご注文の分にも適用されるそうです。

-------- 転送メッセージ --------
差出人: 北国フーズ 仕出し受付 <shidashi@kitaguni-foods.co.jp>
送信日時: 2025年5月30日 10:05
宛先: chihaya.yuichi@hinode-sangyo.co.jp
件名: 仕出し料金改定のお知らせ

お取引先各位
原材料費の高騰により、7月1日ご注文分より下記のとおり改定させていただきます。
　法要膳「松」 5,400円 → 5,940円
　法要膳「竹」 4,320円 → 4,752円
　お子様膳 2,160円（据置）
北国フーズ株式会社 仕出し事業部 TEL 048-652-7710
""",
    expect="pass", entities=[], detectors=[],
    note="a forward of a supplier's price notice: business content only",
)

# P34 — PDF flyer to the printer
_add(
    sender=S_CHIHAYA, to=["錦印刷 米倉様 <yonekura@nishiki-insatsu.co.jp>"], charset="utf-8",
    subject="合同供養祭 チラシ原稿（PDF）",
    body=f"""米倉様

お世話になっております。千早です。
合同供養祭のチラシ原稿をPDFでお送りします。A4片面カラー、500部でお見積りをお願いします。
{SIG_CHIHAYA}""",
    attachments=[{
        "kind": "pdf", "name": "kuyosai_chirashi.pdf",
        "lines": ["秋季合同供養祭のご案内", "9月21日（日）10:30〜 日の出 武蔵野霊園 合同供養塔前",
                  "導師：慈光寺 ご住職", "参加無料・塔婆供養 1本 3,000円",
                  "お問い合わせ：日の出産業 法要サポート 048-645-3330"],
    }],
    expect="pass", entities=[], detectors=[],
    note="a flyer with event details and a business phone, no personal data",
)

# P35 — XLSX of available plots
_add(
    sender=S_TAJIMA, to=["石田石材店 <t.ishida@ishida-sekizai.co.jp>"], charset="iso-2022-jp",
    subject="武蔵野霊園 空き区画一覧（6月）",
    body=f"""石田様

お世話になっております。田島です。
お客様ご紹介用の空き区画一覧（6月時点）をお送りします。
{SIG_TAJIMA}""",
    attachments=[{
        "kind": "xlsx", "name": "akikukaku_202506.xlsx",
        "sheets": {"空き区画": [["武蔵野霊園 空き区画一覧（2025年6月1日現在）"],
                                ["区画", "面積(㎡)", "永代使用料", "年間管理料", "日当たり"],
                                ["C-10-02", 3.0, 780000, 8800, "良"], ["C-10-05", 3.0, 780000, 8800, "良"],
                                ["D-02-18", 4.5, 1150000, 13200, "普通"], ["E-07-01", 2.0, 520000, 6600, "良"],
                                ["E-07-02", 2.0, 520000, 6600, "良"], ["F-01-09", 3.0, 820000, 8800, "良"]]},
    }],
    expect="pass", entities=[], detectors=[],
    note="plot availability and prices, no people",
)

# P36 — blank contract template (DOCX) to the law firm
_add(
    sender=S_ONODERA, to=["白川法律事務所 柚木先生 <yuki@shirakawa-law.jp>"], charset="utf-8",
    subject="永代供養契約書 ひな形の確認依頼",
    body=f"""柚木先生

お世話になっております。小野寺です。
永代供養契約書のひな形を改訂しました。特に第9条（合祀の時期）と第12条（中途解約と返金）を
ご確認いただけますでしょうか。
{SIG_ONODERA}""",
    attachments=[{
        "kind": "docx", "name": "永代供養契約書_ひな形_v4.docx",
        "paragraphs": ["永代供養契約書", "契約者（以下「甲」という）氏名：＿＿＿＿＿＿＿＿　住所：＿＿＿＿＿＿＿＿＿＿",
                       "第9条（合祀の時期）個別安置期間満了後、乙は遺骨を合祀墓に合祀する。",
                       "第12条（中途解約）甲は、合祀前に限り本契約を解約できる。"],
        "tables": [[["プラン", "期間", "料金"], ["個別安置", "十三回忌まで", "385,000円"],
                    ["合祀", "—", "165,000円"]]],
    }],
    expect="pass", entities=[], detectors=[],
    note="a blank contract template with placeholders, no personal data, no marking",
)

# P37 — photos of the grave to a family (one free-mail recipient)
_add(
    sender=S_SHIMAZU, to=["瀬戸口 様 <setoguchi.h@gmail.com>"], charset="iso-2022-jp",
    subject="墓所清掃完了のご報告（写真添付）",
    body=f"""瀬戸口 様

いつもご利用いただきありがとうございます。武蔵野霊園 管理事務所の嶋津です。
ご依頼いただいた墓所清掃が完了しましたので、作業前後の写真をお送りします。
献花は白菊と竜胆でお供えいたしました。
{SIG_SHIMAZU}""",
    attachments=[{"kind": "zip", "name": "seiso_photos.zip",
                  "files": [{"kind": "png", "name": "before.png"}, {"kind": "png", "name": "after.png"}]}],
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="grave-cleaning photos to one customer on free mail",
)

# P38 — one applicant's record incl. birth date to a temple
_add(
    sender=S_MASHIBA, to=["宝泉院 <info@hosenin-temple.jp>"], charset="shift_jis",
    subject="樹木葬 生前契約 面談のお願い（1件）",
    body=f"""宝泉院 ご住職様

お世話になっております。真柴です。
樹木葬区画の生前契約について、面談のご調整をお願いいたします。

　お申込者：樋渡 美智子 様（ヒワタシ ミチコ）
　生年月日：昭和２２年９月１８日
　ご連絡先：042-764-3390
　ご希望日：6月中の平日午後

お申込書の写しは面談当日にお持ちします。
{SIG_MASHIBA}""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one applicant's name, birth date and phone: a single person's record, may warn",
)

# P39 — aggregate figures to the bank with the English disclaimer
_add(
    sender=S_KODA, to=["みどり銀行 法人営業部 <hojin@midori-ginko.co.jp>"], charset="utf-8",
    subject="口座振替の件数推移（ご参考）",
    body=f"""みどり銀行 法人営業部
ご担当者様

お世話になっております。日の出産業 経理の国府田です。
手数料改定のご相談にあたり、口座振替の件数推移をお送りします。

　2022年度　2,011件　振替不能率 3.9%
　2023年度　2,084件　振替不能率 3.6%
　2024年度　2,140件　振替不能率 3.1%

来年度は樹木葬の契約増で2,300件程度を見込んでおります。
{SIG_KODA}
{DISCLAIMER_EN}""",
    expect="pass", entities=[], detectors=[],
    note="aggregate figures to the partner bank with the standard English disclaimer",
)

# P40 — English: discussion of a mutual NDA
_add(
    sender=S_MITSUYA, to=["Mark Ellison <mark.ellison@everrest-memorial.com>"], charset="utf-8",
    subject="Mutual NDA before the pilot",
    body=f"""Hi Mark,

Before we share any sample data from our plot register for the pilot, our legal team asks that we
sign a mutual non-disclosure agreement. Could you send your standard NDA template? We would like
Japanese law to govern and Saitama District Court as the venue; otherwise we're flexible.

Once the NDA is signed we will also need a short data processing addendum, since the register
contains information about individual plot holders.

Thanks,
{SIG_MITSUYA}""",
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA in English; no data shared",
)

# P41 — reply; the sensitive detail is only in the quoted 差出人/送信日時 block
_add(
    sender=S_MASHIBA, to=["宝泉院 <info@hosenin-temple.jp>"], charset="iso-2022-jp",
    subject="RE: 仁科様の面談について",
    body=f"""宝泉院 ご住職様

ご連絡ありがとうございます。真柴です。
6月4日（水）14時で承知いたしました。当日は私も同席いたします。
ご家族には当社からお伝えしておきます。
{SIG_MASHIBA}

差出人: 宝泉院 <info@hosenin-temple.jp>
送信日時: 2025年5月28日 15:20
宛先: 真柴 由紀 <mashiba.yuki@hinode-sangyo.co.jp>
件名: 仁科様の面談について

真柴様
仁科様の件、ご病状を伺い心を痛めております。ホスピスに入られる前に、
6月4日の14時にお会いできればと思います。
宝泉院
""",
    expect="pass", entities=[], detectors=[],
    note="health detail appears only in the recipient's own quoted mail; the new text adds nothing",
)

# =======================================================================================
# EITHER — honest grey zone
# =======================================================================================

# E1 — 施主 names with posthumous names, no contact details
_p = _people(8, "e1")
_kaimyo = ["釋浄光", "慈雲妙恵信女", "清岳道光居士", "釋尼妙華", "光雲院誠心居士", "妙法蓮華大姉", "静山道寿信士", "華月院慈照大姉"]
_add(
    sender=S_CHIHAYA, to=["錦印刷 米倉様 <yonekura@nishiki-insatsu.co.jp>"], charset="shift_jis",
    subject="合同供養祭 しおり（回向名簿ページ）の原稿",
    body=f"""米倉様

お世話になっております。千早です。
しおり4頁目の回向名簿の原稿です。施主様から掲載の了承をいただいた分のみです。

{_pad([["戒名", "回忌", "施主"]] + [[k, r, p["name"]] for k, r, p in zip(_kaimyo, ["一周忌", "三回忌", "七回忌", "一周忌", "十三回忌", "三回忌", "七回忌", "十七回忌"], _p)], sep="　")}

縦書きでお願いします。
{SIG_CHIHAYA}""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="eight chief mourners' names with the deceased's posthumous names only: a list or just names?",
)

# E2 — the deceased's illness, with the chief mourner's contact
_add(
    sender=S_CHIHAYA, to=["さくらホテル 宴会予約 <enkai@sakura-hotel.jp>"], charset="utf-8",
    subject="7/5 鈴木家 四十九日お斎の件（ご配慮のお願い）",
    body=f"""さくらホテル 宴会予約ご担当 様

お世話になっております。千早です。
7月5日 鈴木家のお斎について、ひとつご配慮のお願いです。
故人様は長く腎臓病で透析を続けておられ、ご遺族はその話題に触れられたくないとのことです。
献杯のご挨拶の司会原稿からは闘病の件は外してください。

当日の連絡先：施主 鈴木 恵美子 様　090-6651-2038
{SIG_CHIHAYA}""",
    expect="either", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="medical history of a deceased person (outside APPI) next to a living mourner's contact",
)

# E3 — names with plot numbers and grave condition, no contact details
_p = _people(6, "e3")
_add(
    sender=S_UKAI, to=["匠石材 見積担当 <mitsumori@takumi-ishi.jp>"], charset="iso-2022-jp",
    subject="墓石クリーニング 見積対象（6区画）",
    body=f"""匠石材 見積ご担当 様

お世話になっております。鵜飼です。
管理料と一緒にクリーニングをお申込みいただいた6区画です。お見積りをお願いします。

{chr(10).join(f"・{p['kukaku']}　{p['sei']}家　{s}" for p, s in zip(_p, ["苔・水垢多め", "目地の劣化", "花立て破損", "普通", "竿石に黒ずみ", "普通"]))}

現地はいつでもご覧いただけます。
{SIG_UKAI}""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="six family names with plot numbers and grave condition, no contact data: borderline list",
)

# ---------------------------------------------------------------------------------------
# ids: a fixed shuffle so that the labels are not in blocks
# ---------------------------------------------------------------------------------------

_order = list(range(len(_M)))
random.Random("memorial-order-2001").shuffle(_order)
MESSAGES: list[dict] = []
for _n, _i in enumerate(_order, 1):
    MESSAGES.append({"id": f"memorial-{_n:03d}", **_M[_i]})

assert len(MESSAGES) == 100, len(MESSAGES)
