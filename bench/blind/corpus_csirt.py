"""Blind corpus, area "csirt": mail of 日の出産業's information-security team (HS-CSIRT).

Phishing reports, incident tickets, log excerpts, account lockouts, leaked-credential
notices, forensic vendors, the police cyber unit, reports to the Personal Information
Protection Commission (個人情報保護委員会), affected-customer lists, vulnerability reports
from outside researchers and security-training results by employee.

Every person, number, address and organisation (other than those named in BRIEF.md) is
invented; any resemblance to real people is accidental.  my_number() / card_number()
seeds start at 7001 and go up by one (7001, 7002, …) in the order they are drawn below.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

SEED = 7001
_next = [SEED]


def nseed() -> int:
    s = _next[0]
    _next[0] += 1
    return s


rng = random.Random(SEED)

INTERNAL = "hinode-sangyo.co.jp"
FREEMAIL = {"gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp", "au.com", "outlook.com",
            "ymobile.ne.jp", "i.softbank.jp"}

# -- invented people -----------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"),
    ("山田", "ヤマダ", "Yamada"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤原", "フジワラ", "Fujiwara"), ("岡田", "オカダ", "Okada"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("藤井", "フジイ", "Fujii"), ("岡本", "オカモト", "Okamoto"), ("松田", "マツダ", "Matsuda"),
    ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"),
    ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"),
    ("中野", "ナカノ", "Nakano"), ("上田", "ウエダ", "Ueda"), ("野口", "ノグチ", "Noguchi"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("五百旗頭", "イオキベ", "Iokibe"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("百目鬼", "ドウメキ", "Domeki"), ("薬袋", "ミナイ", "Minai"), ("九十九", "ツクモ", "Tsukumo"),
    ("四十物", "アイモノ", "Aimono"), ("栗花落", "ツユリ", "Tsuyuri"), ("東海林", "ショウジ", "Shoji"),
    ("鬼頭", "キトウ", "Kito"), ("比嘉", "ヒガ", "Higa"), ("外間", "ホカマ", "Hokama"),
    ("一寸木", "マツノギ", "Matsunogi"), ("釈迦郡", "シャカゴオリ", "Shakagori"),
    ("宇佐美", "ウサミ", "Usami"), ("有働", "ウドウ", "Udo"), ("saito", "サイトウ", "Saito"),
]
SURNAMES = [s for s in SURNAMES if s[0] != "saito"]
GIVEN = [
    ("太郎", "タロウ", "Taro"), ("花子", "ハナコ", "Hanako"), ("健太", "ケンタ", "Kenta"),
    ("美咲", "ミサキ", "Misaki"), ("翔太", "ショウタ", "Shota"), ("陽菜", "ヒナ", "Hina"),
    ("大輔", "ダイスケ", "Daisuke"), ("由美", "ユミ", "Yumi"), ("直樹", "ナオキ", "Naoki"),
    ("彩", "アヤ", "Aya"), ("誠", "マコト", "Makoto"), ("恵子", "ケイコ", "Keiko"),
    ("拓也", "タクヤ", "Takuya"), ("さくら", "サクラ", "Sakura"), ("浩二", "コウジ", "Koji"),
    ("真由美", "マユミ", "Mayumi"), ("和也", "カズヤ", "Kazuya"), ("千尋", "チヒロ", "Chihiro"),
    ("隆", "タカシ", "Takashi"), ("愛", "アイ", "Ai"), ("修", "オサム", "Osamu"),
    ("優子", "ユウコ", "Yuko"), ("蓮", "レン", "Ren"), ("結衣", "ユイ", "Yui"),
    ("剛", "ツヨシ", "Tsuyoshi"), ("奈々", "ナナ", "Nana"), ("聡", "サトシ", "Satoshi"),
    ("理恵", "リエ", "Rie"), ("悠斗", "ユウト", "Yuto"), ("香織", "カオリ", "Kaori"),
    ("康弘", "ヤスヒロ", "Yasuhiro"), ("智子", "トモコ", "Tomoko"), ("勇気", "ユウキ", "Yuki"),
    ("菜摘", "ナツミ", "Natsumi"), ("幸一", "コウイチ", "Koichi"), ("瑞穂", "ミズホ", "Mizuho"),
]
PLACES = [
    ("150-0002", "東京都", "渋谷区", "渋谷"), ("164-0001", "東京都", "中野区", "中野"),
    ("224-0032", "神奈川県", "横浜市都筑区", "茅ケ崎中央"),
    ("330-0846", "埼玉県", "さいたま市大宮区", "大門町"), ("260-0013", "千葉県", "千葉市中央区", "中央"),
    ("460-0008", "愛知県", "名古屋市中区", "栄"), ("530-0001", "大阪府", "大阪市北区", "梅田"),
    ("650-0021", "兵庫県", "神戸市中央区", "三宮町"), ("812-0011", "福岡県", "福岡市博多区", "博多駅前"),
    ("980-0021", "宮城県", "仙台市青葉区", "中央"), ("060-0042", "北海道", "札幌市中央区", "大通西"),
    ("730-0011", "広島県", "広島市中区", "基町"), ("420-0857", "静岡県", "静岡市葵区", "御幸町"),
    ("370-0849", "群馬県", "高崎市", "八島町"), ("900-0015", "沖縄県", "那覇市", "久茂地"),
    ("380-0823", "長野県", "長野市", "南千歳"), ("700-0024", "岡山県", "岡山市北区", "駅元町"),
    ("862-0950", "熊本県", "熊本市中央区", "水前寺"), ("950-0087", "新潟県", "新潟市中央区", "東大通"),
    ("920-0853", "石川県", "金沢市", "本町"), ("252-0231", "神奈川県", "相模原市中央区", "相模原"),
    ("305-0031", "茨城県", "つくば市", "吾妻"), ("790-0003", "愛媛県", "松山市", "三番町"),
    ("183-0022", "東京都", "府中市", "宮西町"), ("273-0005", "千葉県", "船橋市", "本町"),
    ("213-0001", "神奈川県", "川崎市高津区", "溝口"), ("590-0078", "大阪府", "堺市堺区", "南瓦町"),
]
DEPTS = ["営業一部", "営業二部", "経理部", "人事部", "総務部", "購買部", "物流管理部", "品質保証部",
         "情報システム部", "経営企画部", "法務部", "広報部", "製造管理部", "海外事業部"]
BUILDINGS = ["", "", "", " サンハイツ201", " グランメゾン305", " コーポ緑ヶ丘102",
             " パークサイド704", " ルミエール3F", "-1203", " 第二松風荘2号"]


class P(dict):
    __getattr__ = dict.__getitem__


def _romaji_mail(sur: str, giv: str, r: random.Random) -> str:
    s, g = sur.lower(), giv.lower()
    style = r.randrange(6)
    num = r.choice(["", str(r.randrange(1, 99)), str(r.randrange(1960, 2004))])
    return [f"{g}.{s}{num}", f"{s}_{g}{num}", f"{g[0]}{s}{num}", f"{s}{g}{num}",
            f"{g}-{s[:3]}{num}", f"{s}.{g[0]}{num}"][style]


def person(r: random.Random = rng, free: bool = True, born=(1948, 2003)) -> P:
    sur = r.choice(SURNAMES)
    giv = r.choice(GIVEN)
    dob = date(r.randrange(*born), 1, 1) + timedelta(days=r.randrange(365))
    place = r.choice(PLACES)
    domain = r.choice(sorted(FREEMAIL)) if free else INTERNAL
    mail = _romaji_mail(sur[2], giv[2], r) + "@" + domain
    mobile = f"0{r.choice('789')}0-{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}"
    block = f"{r.randrange(1, 9)}-{r.randrange(1, 30)}-{r.randrange(1, 25)}"
    addr = f"{place[1]}{place[2]}{place[3]}{block}{r.choice(BUILDINGS)}"
    return P(sur=sur[0], giv=giv[0], name=f"{sur[0]} {giv[0]}", kana=f"{sur[1]} {giv[1]}",
             romaji=f"{giv[2]} {sur[2]}", roma_up=f"{sur[2].upper()} {giv[2]}",
             dob=dob, mail=mail, mobile=mobile, zip=place[0], pref=place[1],
             addr=addr, landline=f"0{r.randrange(3, 99)}-{r.randrange(100, 999)}-{r.randrange(1000, 9999)}")


def employee(r: random.Random = rng) -> P:
    p = person(r, free=False, born=(1962, 2002))
    p["mail"] = f"{p.romaji.split()[1].lower()}.{p.romaji.split()[0].lower()}@{INTERNAL}"
    p["empno"] = f"{r.choice('ABCK')}{r.randrange(10000, 99999)}"
    p["dept"] = r.choice(DEPTS)
    p["ext"] = str(r.randrange(2000, 7999))
    p["uid"] = f"{p.romaji.split()[1].lower()[:6]}{p.romaji.split()[0][0].lower()}"
    return p


def people(n: int, **kw) -> list[P]:
    return [person(**kw) for _ in range(n)]


def employees(n: int) -> list[P]:
    return [employee() for _ in range(n)]


# -- formatting helpers ---------------------------------------------------------------

_FW = str.maketrans("0123456789-.:/()", "０１２３４５６７８９－．：／（）")


def fw(s: str) -> str:
    """Full-width digits and separators, as people type them in IME full-width mode."""
    return s.translate(_FW)


def ymd(d: date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wareki(d: date, style: str = "long") -> str:
    if d >= date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fwshort":
        return fw(f"{short}{y}.{d.month}.{d.day}").replace("H", "Ｈ").replace("S", "Ｓ")
    if style == "fw":
        return f"{era}{fw(str(y))}年{fw(str(d.month))}月{fw(str(d.day))}日"
    return f"{era}{y}年{d.month}月{d.day}日"


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def pad(rows: list[list], gap: int = 2, rule: str = "-", fill: str = " ") -> str:
    """Columns padded with spaces under a header and a rule line."""
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        cells = [str(c) + fill * ((widths[i] - _w(c)) // _w(fill)) for i, c in enumerate(r)]
        out.append((" " * gap).join(cells).rstrip())
        if k == 0 and rule:
            out.append((" " * gap).join(rule * w for w in widths))
    return "\n".join(out)


def tsv(rows: list[list]) -> str:
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def corp_number(body12: str) -> str:
    """法人番号: check digit + 12 digits."""
    digits = [int(c) for c in body12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + body12


# -- signatures and disclaimers -------------------------------------------------------

HQ = "〒105-0013 東京都港区浜松町3-18-6 日の出ビル8F"


def sig(name: str, mail: str, ext: str = "4417", style: int = 0, title: str = "") -> str:
    if style == 0:
        return (f"\n--\n日の出産業株式会社\n情報システム部 情報セキュリティ室（HS-CSIRT）\n"
                f"{title}{name}\n{HQ}\nTEL: 03-5401-7720（代表） 内線 {ext}\nMail: {mail}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社 HS-CSIRT\n{name}\n"
                f"TEL 03-5401-7731（CSIRT直通）\nE-mail {mail}\n━━━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n{name}（情報セキュリティ室／内線{ext}）\n"
    if style == 3:
        return (f"\n-- \n{name}\nInformation Security Office (HS-CSIRT)\nHinode Sangyo Co., Ltd.\n"
                f"3-18-6 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan\n"
                f"Tel: +81-3-5401-7731  {mail}\n")
    return (f"\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n 日の出産業（株） 情報セキュリティ室\n"
            f" {name}\n {HQ}\n 03-5401-7731 / {mail}\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n")


DISC_JA = ("\n本メール（添付ファイルを含む）には機密情報が含まれている場合があります。"
           "誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを破棄してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you have "
           "received it in error, please notify the sender and delete it; any use, copying or "
           "disclosure by others is prohibited.\n")

# the team
SAOTOME = ("早乙女 澪", "saotome.mio@hinode-sangyo.co.jp")
IWAKI = ("岩城 拓真", "iwaki.takuma@hinode-sangyo.co.jp")
HASEBE = ("長谷部 圭吾", "hasebe.keigo@hinode-sangyo.co.jp")
NAKASONE = ("仲宗根 航", "nakasone.wataru@hinode-sangyo.co.jp")
WAKASA = ("若狭 千尋", "wakasa.chihiro@hinode-sangyo.co.jp")
SHOJI = ("東海林 誠", "shoji.makoto@hinode-sangyo.co.jp")
CSIRT = ("日の出産業 CSIRT", "csirt@hinode-sangyo.co.jp")


def frm(who: tuple[str, str]) -> str:
    return f"{who[0]} <{who[1]}>"


# -- recipients → detectors that follow from the headers alone ------------------------


def _dom(a: str) -> str:
    a = a.strip()
    if "<" in a:
        a = a.split("<", 1)[1].rstrip(">")
    return a.rsplit("@", 1)[1].lower()


def _addr(a: str) -> str:
    a = a.strip()
    if "<" in a:
        a = a.split("<", 1)[1].rstrip(">")
    return a.lower()


def _internal(d: str) -> bool:
    return d == INTERNAL or d.endswith("." + INTERNAL)


def header_detectors(m: dict) -> list[str]:
    visible = [a for a in m.get("to", []) + m.get("cc", []) if not _internal(_dom(a))]
    every = visible + [a for a in m.get("bcc", []) if not _internal(_dom(a))]
    out = []
    if any(_dom(a) in FREEMAIL for a in every):
        out.append("freemail_recipient")
    domains = {_dom(a) for a in visible}
    parties = {(_addr(a) if _dom(a) in FREEMAIL else _dom(a)) for a in visible}
    if len(domains) >= 2:
        out.append("multiple_external_domains")
    if len(parties) >= 3:
        out.append("external_recipients_visible")
    return out


ORDER = ["personal_data", "external_recipients_visible", "multiple_external_domains",
         "lookalike_domain", "freemail_recipient", "confidential_marking",
         "unscannable_attachment"]

MESSAGES: list[dict] = []


def add(n: int, expect: str, entities: list[str], detectors: list[str], note: str,
        **m) -> None:
    m.setdefault("to", [])
    m.setdefault("cc", [])
    m.setdefault("bcc", [])
    dets = set(detectors) | set(header_detectors(m))
    if entities and [e for e in entities if e != "JP_CORPORATE_NUMBER"]:
        dets.add("personal_data")
    MESSAGES.append({"id": f"csirt-{n:03d}", "expect": expect, "entities": entities,
                     "detectors": [d for d in ORDER if d in dets], "note": note, **m})


# ======================================================================================
# 001–020
# ======================================================================================

_c = people(8)
_rows = [["会員ID", "氏名", "メールアドレス", "電話番号", "確認内容"]]
for i, p in enumerate(_c):
    _rows.append([f"M{rng.randrange(1000000, 9999999)}", p.name, p.mail, p.mobile,
                  rng.choice(["ポイント不正利用", "登録住所変更", "パスワード変更", "購入履歴閲覧"])])
add(1, "stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], [],
    "eight members' names, e-mails and phones pasted as a padded table to the forensic vendor",
    charset="iso-2022-jp", sender=frm(SAOTOME),
    to=["黒田 様 <kuroda.s@aozora-forensics.co.jp>"],
    subject="【ご共有】ECサイト不正ログイン 本人確認済み会員（第1弾）",
    body=f"""青空フォレンジック株式会社
黒田様

いつもお世話になっております。日の出産業 情報セキュリティ室の早乙女です。

昨日のお打ち合わせでご依頼のありました、不正ログインが確認された会員のうち
ご本人と連絡が取れた方の一覧を下記に貼り付けます。アクセスログとの突合にお使いください。

{pad(_rows)}

※残り約40件は本人確認が取れ次第、順次お送りします。
※会員IDは当社EC基盤の内部IDです。
""" + sig(*SAOTOME))

add(2, "pass", [], [],
    "internal all-staff phishing alert with defanged URLs; no external recipient",
    charset="cp932", sender=frm(CSIRT),
    to=["全社員 <all-staff@hinode-sangyo.co.jp>"],
    subject="【注意喚起】「経費精算システム更新」を装った不審メールについて",
    body="""各位

情報セキュリティ室（HS-CSIRT）です。
本日9時頃より、当社の経費精算システムを装った不審メールが複数の社員に届いています。

■件名の例
　・【重要】経費精算システムのアカウント更新のお願い
　・[HS-Keihi] パスワード有効期限のお知らせ

■差出人の例（表示名は「日の出産業 経理部」）
　keihi-support[@]hinode-sangyo-keihi[.]com
　noreply[@]hlnode-sangyo[.]net

■本文中のURL（絶対にアクセスしないでください）
　hxxps://hinode-keihi-login[.]com/auth/
　hxxps://sso-hinode[.]top/owa/

■お願い
　1. 上記のメールは開かずに、Outlookの「フィッシング報告」ボタンで報告してください。
　2. すでにURLを開いた、IDやパスワードを入力した方は、すぐに内線4400（CSIRT当番）へ。
　3. 個人のスマートフォンに転送しないでください。

入力してしまった場合でも、早く連絡いただければ被害は最小限に抑えられます。
ためらわずにご連絡ください。

情報セキュリティ室（HS-CSIRT）
内線 4400 ／ csirt@hinode-sangyo.co.jp
""")

_e = employees(30)
_csv = [["社員番号", "氏名", "所属", "メールアドレス", "開封", "URLクリック", "ID入力", "報告"]]
for p in _e:
    click = rng.random() < 0.3
    _csv.append([p.empno, p.name, p.dept, p.mail, rng.choice(["○", "○", "×"]),
                 "○" if click else "×", "○" if click and rng.random() < 0.4 else "×",
                 rng.choice(["○", "×", "×"])])
add(3, "stop", ["PERSON_NAME", "EMAIL_ADDRESS"], [],
    "per-employee phishing-drill results (30 named staff with e-mails) sent to the training vendor",
    charset="iso-2022-jp", sender=frm(WAKASA),
    to=["まなびセキュリティ 研修事業部 <kensyu@manabi-sec.co.jp>"],
    subject="標的型メール訓練（第2回）結果データ送付の件",
    body="""まなびセキュリティ株式会社
研修事業部 ご担当者様

お世話になっております。日の出産業の若狭です。

先日実施した標的型メール訓練（第2回）の結果を添付いたします。
個人別の開封・クリック・入力・報告の有無をまとめておりますので、
次回のフォローアップ研修の対象者選定にご利用ください。

よろしくお願いいたします。
""" + sig(*WAKASA, ext="4421"),
    attachments=[{"kind": "csv", "name": "訓練結果_第2回_個人別.csv", "rows": _csv}])

_dept = [["集計期間", "2025年10月6日〜10月17日", "", "", ""],
         ["部署", "送信数", "開封率", "クリック率", "報告率"]]
for d in DEPTS:
    n = rng.randrange(12, 60)
    _dept.append([d, n, f"{rng.randrange(40, 90)}%", f"{rng.randrange(3, 30)}%", f"{rng.randrange(10, 70)}%"])
add(4, "pass", [], [],
    "department-level drill statistics only, no individual; to the training vendor",
    charset="utf-8", sender=frm(WAKASA),
    to=["松岡 様 <matsuoka@manabi-sec.co.jp>"],
    subject="Re: 訓練結果の部署別集計",
    body="""松岡様

お世話になっております。若狭です。
ご依頼の部署別集計をお送りします（個人が特定できる項目は外してあります）。
経理部のクリック率が前回より上がっているため、次回研修では請求書を装う
パターンを重点的に扱っていただけると助かります。

> 次回研修の構成を検討したいので、部署ごとの傾向が分かる資料が
> あればご共有いただけますでしょうか。

よろしくお願いいたします。
""" + sig(*WAKASA, ext="4421", style=2),
    attachments=[{"kind": "xlsx", "name": "drill2_dept_summary.xlsx",
                  "sheets": {"部署別": _dept, "メモ": [["備考"], ["報告率は報告ボタン利用者の割合"]]}}])

_lk = employees(6)
_lines = [["ユーザーID", "氏名", "メール", "ロック時刻", "失敗回数", "接続元IP"]]
for p in _lk:
    _lines.append([p.uid, p.name, p.mail, f"10/21 0{rng.randrange(1, 6)}:{rng.randrange(10, 59)}",
                   rng.randrange(5, 40), f"185.{rng.randrange(10, 250)}.{rng.randrange(0, 255)}.{rng.randrange(1, 254)}"])
add(5, "stop", ["PERSON_NAME", "EMAIL_ADDRESS"], [],
    "six locked-out employees' names and e-mails as a tab-separated list to the AD outsourcer",
    charset="cp932", sender=frm(NAKASONE),
    to=["ツバサシステム 運用センター <ops-center@tsubasa-system.jp>"],
    cc=["csirt@hinode-sangyo.co.jp"],
    subject="[INC-2025-1187] 深夜帯アカウントロックアウト多発について（調査依頼）",
    body=f"""ツバサシステム 運用センター御中

日の出産業 CSIRTの仲宗根です。
本日未明、下記6アカウントで短時間に連続したロックアウトが発生しました。
いずれも海外IPからのパスワードスプレーと思われます。
AD側のセキュリティログ（4740/4625）の抽出をお願いできますでしょうか。

{tsv(_lines)}

ロック解除は本人確認後にこちらで実施しますので、解除は不要です。
""" + sig(*NAKASONE, ext="4433", style=1))

_u = employee()
add(6, "pass", ["PERSON_NAME", "EMAIL_ADDRESS"], [],
    "one employee's name and account to the AD outsourcer for an unlock: single person, may warn",
    charset="iso-2022-jp", sender=frm(NAKASONE),
    to=["ops-center@tsubasa-system.jp"],
    subject="アカウントロック解除のお願い（1件）",
    body=f"""ツバサシステム 運用センター
ご担当者様

お世話になっております。日の出産業の仲宗根です。
下記アカウントのロック解除をお願いいたします。本人確認は当方で済んでいます。

　対象：{_u.name}（{_u.dept}）
　アカウント：{_u.mail}
　原因：パスワード変更後の旧パスワードによる自動再試行（スマートフォンのメールアプリ）

解除後、本人に連絡しますので完了のご連絡だけいただけますと幸いです。
チケット番号：REQ-2025-30412
""" + sig(*NAKASONE, ext="4433", style=2))

_leak = employees(12)
_fwd = "\n".join(f"  {i+1:>2}. {p.mail:<42} pass: {p.uid[:2]}******{rng.randrange(10, 99)}  source: combo-list #{rng.randrange(100, 999)}"
                 for i, p in enumerate(_leak))
add(7, "stop", ["EMAIL_ADDRESS"], [],
    "forward of a threat-intel notice listing twelve employees' leaked e-mail addresses, to a partner",
    charset="utf-8", sender=frm(HASEBE),
    to=["ツバサシステム 情報セキュリティ課 <sec-team@tsubasa-system.jp>"],
    subject="FW: [ShadowWatch Alert] Credential exposure detected for hinode-sangyo.co.jp",
    body=f"""ツバサシステム 情報セキュリティ課 御中

日の出産業 長谷部です。
脅威インテリジェンス契約先から下記の通知がありました。
貴社で運用いただいているVPN装置の認証ログに、該当アカウントでの成功ログインがないか
ご確認をお願いいたします。

-----Forwarded Message-----
From: ShadowWatch Intelligence <alerts@shadowwatch-intel.com>
Sent: Tuesday, October 21, 2025 6:12 AM
To: csirt@hinode-sangyo.co.jp
Subject: [ShadowWatch Alert] Credential exposure detected for hinode-sangyo.co.jp

Dear customer,

Our monitoring identified {len(_leak)} credentials associated with your domain in a
combo list traded on a closed forum (first seen 2025-10-19).

{_fwd}

Passwords are partially masked. We recommend forcing a reset and checking for
successful authentications since 2025-10-01.

ShadowWatch Intelligence – Customer Success
""" + sig(*HASEBE, ext="4419"))

add(8, "pass", [], [],
    "thank-you reply to a researcher on free mail; their report is only quoted",
    charset="iso-2022-jp", sender=frm(SAOTOME),
    to=["Ryo Kashiwagi <r.kashiwagi.sec@gmail.com>"],
    subject="Re: 御社採用サイトの脆弱性について",
    body="""柏木様

日の出産業株式会社 情報セキュリティ室の早乙女と申します。
このたびは当社採用サイトの脆弱性についてご報告いただき、誠にありがとうございます。

ご指摘の事象は当方でも再現を確認し、現在、委託先と修正対応を進めております。
修正完了の見込みは11月上旬です。完了しましたら改めてご連絡いたします。
修正が完了するまでは、本件の公表をお控えいただけますと幸いです。

取り急ぎ、受領のご連絡まで。

> 日の出産業株式会社 ご担当者様
>
> 御社の採用サイト（/entry/confirm）で、応募IDのパラメータを書き換えると
> 他の応募者の確認画面が表示されるように見えます。
> 実際の応募者情報は閲覧直後に画面を閉じ、保存はしていません。
> 再現手順を下記に記します。
>   1. 自分で応募して確認画面を開く
>   2. URL末尾のidを1つ減らす
>
> 柏木
""" + sig(*SAOTOME))

_v = person()
add(9, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], [],
    "one employee's identity and the fact they were the victim of a fraud crime, sent to the police",
    charset="cp932", sender=frm(IWAKI),
    to=["県警察本部 サイバー犯罪対策課 <soudan@cyber-taisaku.pref-police.lg.jp>"],
    subject="ビジネスメール詐欺被害に関するご相談（日の出産業株式会社）",
    body=f"""県警察本部 サイバー犯罪対策課
ご担当者様

日の出産業株式会社 情報セキュリティ室の岩城でございます。
先日お電話でご相談いたしました、取引先を装ったメールによる詐欺被害の件で、
被害に遭った当社社員の情報をお送りいたします。被害届の提出に際し、
本人を同行させる予定です。

【被害者】
　氏名　　：{_v.name}（{_v.kana}）
　生年月日：{wareki(_v.dob)}
　住所　　：〒{_v.zip} {_v.addr}
　連絡先　：{_v.mobile}
　所属　　：経理部 支払グループ

【被害の概要】
　10月14日、取引先の担当者を名乗るメールで振込先口座の変更を依頼され、
　本人が社内承認を経て約480万円を指定口座へ送金しました。
　後日、取引先への確認で詐欺と判明しています。

ご確認のほど、よろしくお願い申し上げます。
""" + sig(*IWAKI, ext="4410", title="室長　"))

add(10, "pass", [], [],
    "meeting arrangement with a police cyber unit officer; no personal data",
    charset="iso-2022-jp", sender=frm(IWAKI),
    to=["宮下 警部補 <miyashita.k@cyber-taisaku.pref-police.lg.jp>"],
    subject="Re: 10/28 ご来社の件",
    body="""宮下様

日の出産業の岩城です。ご連絡ありがとうございます。
10月28日（火）14:00、当社本社8階の第3会議室にてお待ちしております。
受付で「情報セキュリティ室 岩城」をお呼び出しください。

当日は当社から、私と法務部の担当者の2名で対応いたします。
ログの保全状況についてご説明できるよう、資料を準備しておきます。

-----Original Message-----
差出人: 宮下 警部補
送信日時: 2025年10月22日 17:40
件名: 10/28 ご来社の件

日の出産業株式会社　岩城様
先日はご相談ありがとうございました。
28日の午後にお伺いしたいのですが、ご都合はいかがでしょうか。
""" + sig(*IWAKI, ext="4410", style=2))

_t = people(10)
_tbl = [["No.", "氏名", "フリガナ", "住所", "電話番号", "漏えいした項目"]]
for i, p in enumerate(_t, 1):
    _tbl.append([str(i), p.name, p.kana, p.addr, p.landline if i % 3 else p.mobile,
                 rng.choice(["氏名・住所・電話", "氏名・電話・購入履歴", "氏名・住所・電話・メール"])])
add(11, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], [],
    "draft PPC breach report with a ten-person affected list in a DOCX table, to the outside law firm",
    charset="utf-8", sender=frm(SHOJI),
    to=["白川法律事務所 弁護士 浅野先生 <asano@shirakawa-law.jp>"],
    cc=["houmu@hinode-sangyo.co.jp"],
    subject="個人情報保護委員会への報告（確報）案のご確認のお願い",
    body="""浅野先生

いつも大変お世話になっております。日の出産業 情報セキュリティ室の東海林です。

個人情報保護委員会への確報の案を作成しましたので、ご確認をお願いいたします。
別紙として、現時点で漏えいが確定している方の一覧を付けております。
委員会への提出時に別紙まで必要かどうかも含め、ご助言いただけますと幸いです。

提出期限は11月13日と理解しております。
""" + sig(*SHOJI, ext="4425"),
    attachments=[{"kind": "docx", "name": "漏えい等報告_確報案_v3.docx",
                  "title": "漏えい等報告（確報）案",
                  "paragraphs": ["個人データの漏えい等事案に関する報告（確報）案",
                                 "1. 概要：当社ECサイトの会員管理画面に対する不正アクセス",
                                 "2. 漏えい等が発生し、又は発生したおそれがある個人データの項目：氏名、住所、電話番号、メールアドレス、購入履歴",
                                 "3. 本人の数：3,214名（うち漏えい確定分は別紙のとおり）",
                                 "別紙　漏えい確定者一覧"],
                  "tables": [_tbl]}])

add(12, "pass", [], [],
    "PPC report draft with counts and categories only, to the partner law firm",
    charset="iso-2022-jp", sender=frm(SHOJI),
    to=["asano@shirakawa-law.jp"],
    subject="速報の記載内容について（件数のみ版）",
    body="""浅野先生

東海林です。先ほどはお電話ありがとうございました。
ご指摘のとおり、速報には本人の一覧は付けず、件数と項目のみの記載とします。
修正版の要点を以下に記載しますので、問題なければ本日中に提出いたします。

　・発覚日：令和7年10月17日
　・報告対象：要配慮個人情報は含まれない／不正の目的によるおそれあり（規則第7条第3号）
　・本人の数：約3,200名（精査中）
　・項目：氏名、住所、電話番号、メールアドレス、購入履歴
　・クレジットカード情報：決済代行会社に委託しており、当社では保持していません
　・二次被害：現時点で確認されていません

以上、よろしくお願いいたします。
""" + sig(*SHOJI, ext="4425", style=2) + DISC_JA)

_pr = people(50)
_prow = [["お詫び状 発送先リスト（第1便）", "", "", ""], ["郵便番号", "住所", "氏名", "敬称"]]
for p in _pr:
    _prow.append([p.zip, p.addr, p.name, "様"])
add(13, "stop", ["PERSON_NAME", "JP_ADDRESS"], [],
    "fifty affected customers' names and postal addresses (XLSX) sent to the printer for apology letters",
    charset="cp932", sender="広報部 竹中 瞳 <takenaka.hitomi@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 野々村様 <nonomura@nishiki-insatsu.co.jp>"],
    cc=["saotome.mio@hinode-sangyo.co.jp"],
    subject="お詫び状 宛名印字データ（第1便）",
    body="""錦印刷株式会社
野々村様

いつもお世話になっております。日の出産業 広報部の竹中です。
先日お見積りいただいたお詫び状の宛名印字データ（第1便・50件）をお送りします。
封筒は長3、窓なしでお願いいたします。投函は10月30日を予定しています。

第2便以降は、情報セキュリティ室で対象者の確定が済み次第お送りします。

--
日の出産業株式会社 広報部
竹中 瞳
TEL 03-5401-7745
""",
    attachments=[{"kind": "xlsx", "name": "owabi_atena_01.xlsx",
                  "sheets": {"宛名": _prow}}])

_to = [f"{p.name} <{p.mail}>" for p in people(5)]
add(14, "stop", [], [],
    "apology mail to five affected customers on free mail, all in To: everyone sees everyone's address",
    charset="iso-2022-jp", sender=frm(CSIRT),
    to=_to,
    subject="【日の出産業】不正アクセスによるお客様情報流出のお詫び",
    body="""お客様各位

日の出産業株式会社でございます。
このたび、当社ECサイトへの第三者による不正アクセスにより、お客様の氏名・住所・
電話番号・メールアドレスが流出した可能性があることが判明いたしました。
お客様には多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。

現時点で、流出した情報が悪用されたという報告は受けておりませんが、
当社を名乗る不審な電話やメールにはご注意ください。

専用窓口：0120-461-207（平日9:00〜18:00）

日の出産業株式会社
""")

_bcc = [p.mail for p in people(7)]
add(15, "pass", [], [],
    "same apology sent properly: customers in Bcc, To is the company's own address",
    charset="iso-2022-jp", sender=frm(CSIRT),
    to=["日の出産業 お客様窓口 <support@hinode-sangyo.co.jp>"],
    bcc=_bcc,
    subject="【日の出産業】お客様情報流出に関するお詫びとお願い",
    body="""お客様各位

平素より日の出産業のECサイトをご利用いただき、誠にありがとうございます。

10月17日に公表いたしました不正アクセス事案につきまして、お客様の情報が
含まれている可能性があることが判明いたしました。心よりお詫び申し上げます。

念のため、当社ECサイトのパスワードを変更していただきますようお願いいたします。
他のサイトで同じパスワードをお使いの場合は、そちらの変更もご検討ください。

本件に関するお問い合わせ：0120-461-207（平日9:00〜18:00）
※本メールは送信専用アドレスから配信しています。

日の出産業株式会社
""")

add(16, "stop", [], ["lookalike_domain"],
    "status update to tsubasa-sytem.jp, a typo of the partner tsubasa-system.jp",
    charset="utf-8", sender=frm(NAKASONE),
    to=["ops-center@tsubasa-sytem.jp"],
    subject="[INC-2025-1187] 続報：対象アカウントのパスワードリセット完了",
    body="""ツバサシステム 運用センター御中

仲宗根です。INC-2025-1187の続報です。
対象6アカウントのパスワードリセットとMFA再登録が完了しました。
念のため、今週いっぱいはAD側のロックアウトアラートを即時通知設定にしていただけますか。

ログ抽出の結果は、共有フォルダ（\\\\fs01\\csirt\\INC-2025-1187）に格納をお願いします。
""" + sig(*NAKASONE, ext="4433", style=2))

add(17, "stop", [], ["lookalike_domain"],
    "vulnerability details sent to kawasaki-denki.com, a TLD swap of the partner kawasaki-denki.co.jp",
    charset="iso-2022-jp", sender=frm(HASEBE),
    to=["川崎電機 品質保証部 PSIRT <psirt@kawasaki-denki.com>"],
    subject="貴社製ネットワークカメラのファームウェアに関する脆弱性情報",
    body="""川崎電機株式会社
品質保証部 PSIRT ご担当者様

いつもお世話になっております。日の出産業 情報セキュリティ室の長谷部です。

当社工場に設置している貴社製ネットワークカメラ（KD-NC300、FW 2.4.1）について、
外部の研究者から、管理画面の認証を回避できる可能性があるとの報告を受けました。
当社の検証環境でも、特定のURLに直接アクセスすると設定画面が表示されることを
確認しております。

詳細な再現手順は、貴社指定の方法でお渡ししたいと考えております。
受付窓口と今後の進め方をご教示いただけますでしょうか。
""" + sig(*HASEBE, ext="4419"))

add(18, "stop", [], ["lookalike_domain"],
    "reply to a CEO-fraud phish at hinode-sangyo.co (the own domain with .jp dropped)",
    charset="cp932", sender="経理部 笹本 由香 <sasamoto.yuka@hinode-sangyo.co.jp>",
    to=["社長 大峰 <omine.president@hinode-sangyo.co>"],
    subject="Re: 至急のお願い",
    body="""大峰社長

経理部の笹本です。ご連絡ありがとうございます。
ご指示の件、承知いたしました。
ただ、本日の振込は15時締めのため、口座情報を14時までにいただけますでしょうか。
また、金額が大きいため、部長の承認も必要となります。その点ご了承ください。

> 笹本さん
> 極秘で進めている買収案件があり、本日中に手付金の振込が必要です。
> 他の社員には口外しないでください。詳細は追って連絡します。
> 大峰

笹本
""")

add(19, "stop", [], ["confidential_marking"],
    "incident report PDF stamped 社外秘 in its header sent to a partner",
    charset="iso-2022-jp", sender=frm(IWAKI),
    to=["青葉運輸 情報システム部 <johosys@aoba-unyu.co.jp>"],
    subject="出荷管理システム連携サーバへの不正アクセスについて（第1報）",
    body="""青葉運輸株式会社
情報システム部 御中

日の出産業の岩城でございます。
貴社と連携している出荷管理システムの中継サーバにつき、不正アクセスの痕跡を
確認しましたので、第1報をお送りいたします。貴社側の接続アカウントの
パスワード変更をお願いできますでしょうか。

詳細は添付の報告書をご覧ください。
""" + sig(*IWAKI, ext="4410"),
    attachments=[{"kind": "pdf", "name": "インシデント報告書_第1報.pdf",
                  "page_header": "社外秘", "title": "インシデント報告書（第1報）",
                  "lines": ["インシデント報告書（第1報）", "作成：日の出産業株式会社 HS-CSIRT",
                            "1. 事象：出荷管理連携サーバ（shp-gw02）に外部から不正ログイン",
                            "2. 検知日時：2025年10月20日 03:14（EDRアラート）",
                            "3. 影響：連携用アカウント hs-aoba-link の認証情報が窃取された可能性",
                            "4. 対応：サーバのネットワーク隔離、アカウント無効化、ログ保全",
                            "5. 貴社へのお願い：連携アカウントのパスワード変更、貴社側ログの確認"]}])

add(20, "pass", [], [],
    "社外秘 incident report to internal executives only",
    charset="utf-8", sender=frm(IWAKI),
    to=["役員各位 <yakuin@hinode-sangyo.co.jp>"],
    cc=["keiei-kikaku@hinode-sangyo.co.jp"],
    subject="【社外秘】出荷管理連携サーバ不正アクセス 経営報告（10/22時点）",
    body="""役員各位

情報セキュリティ室の岩城です。
標記の件、10月22日時点の状況をご報告します。

【社外秘】
1. 被害範囲：連携サーバ1台。顧客情報を保持するDBへの到達は現時点で確認されていません。
2. 原因：VPN装置の既知の脆弱性（CVE-2025-1xxxx）の未適用。
3. 取引先影響：青葉運輸様に第1報済み。
4. 公表：現時点では不要と判断（法務部と協議済み）。
5. 費用：フォレンジック調査費 見積 680万円（稟議申請中）。

明日の経営会議で10分ほどお時間をいただきます。
""" + sig(*IWAKI, ext="4410", style=2))

# ======================================================================================
# 021–040
# ======================================================================================

add(21, "stop", [], ["unscannable_attachment"],
    "password-protected ZIP of server logs sent to the forensic vendor (PPAP): cannot be inspected",
    charset="iso-2022-jp", sender=frm(HASEBE),
    to=["青空フォレンジック 黒田様 <kuroda.s@aozora-forensics.co.jp>"],
    subject="【INC-2025-1203】保全ログの送付",
    body="""黒田様

お世話になっております。日の出産業の長谷部です。
shp-gw02 から保全したイベントログ・Webサーバログ一式を添付にてお送りします。
パスワードは別メールにてお知らせします。

ファイル数：14（合計 38MB、展開後）
ハッシュ値一覧は zip 内の hash.txt をご参照ください。
""" + sig(*HASEBE, ext="4419", style=1),
    attachments=[{"kind": "zip", "name": "INC-2025-1203_logs.zip", "password": "Aoz#1203-hs",
                  "files": [{"kind": "txt", "name": "hash.txt",
                             "text": "security.evtx  sha256 9f2c...e1\naccess_log.1  sha256 03ab...77\n"},
                            {"kind": "txt", "name": "access_log.1",
                             "text": "203.0.113.45 - - [20/Oct/2025:03:14:07 +0900] \"POST /api/link HTTP/1.1\" 200 512\n" * 40}]}])

add(22, "pass", [], [],
    "the separate password mail for the ZIP; no attachment and no personal data",
    charset="iso-2022-jp", sender=frm(HASEBE),
    to=["kuroda.s@aozora-forensics.co.jp"],
    subject="【INC-2025-1203】保全ログの送付（パスワード）",
    body="""黒田様

長谷部です。先ほどお送りしたファイルのパスワードです。

　Aoz#1203-hs

受領されましたら、ご一報いただけますと幸いです。
次回からは貴社のファイル受け渡しサービスを使わせていただきます。
""" + sig(*HASEBE, ext="4419", style=2))

add(23, "stop", [], ["unscannable_attachment"],
    "damaged PDF attached to a mail to the forensic vendor: the guard cannot read it",
    charset="utf-8", sender=frm(SAOTOME),
    to=["クロガネセキュリティ 解析チーム <dfir@kurogane-sec.jp>"],
    subject="メモリダンプ解析 事前情報シート",
    body="""クロガネセキュリティ株式会社
解析チーム 御中

日の出産業 情報セキュリティ室の早乙女です。
メモリダンプ解析のご依頼にあたり、事前情報シートを添付します。
端末は経理部の1台（HS-NB-0417、Windows 11）で、ダンプはWinPmemで取得済みです。

ダンプ本体は明日、宅配便で暗号化USBにてお送りします。
""" + sig(*SAOTOME),
    attachments=[{"kind": "corrupt", "name": "事前情報シート_HS-NB-0417.pdf"}])

_mn = [(person(), my_number(nseed())) for _ in range(3)]
_sample = "\n".join(f"{p.name},{p.kana},{ymd(p.dob)},{n},{p.addr}" for p, n in _mn)
add(24, "stop", ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"], [],
    "three rows of a leaked payroll file with My Numbers pasted for the forensic vendor",
    charset="cp932", sender=frm(SAOTOME),
    to=["kuroda.s@aozora-forensics.co.jp"],
    subject="流出ファイルの中身（先頭3行）",
    body=f"""黒田様

早乙女です。
攻撃者のリークサイトに掲載されたファイル（kyuyo_2024.csv）の中身を確認したところ、
当社の給与計算用データと一致しました。先頭3行を貼り付けます。

{_sample}

列構成：氏名, フリガナ, 生年月日, 個人番号, 住所（全18列のうち先頭5列）
全体で1,126行あり、当社の全従業員分と思われます。
""" + sig(*SAOTOME, style=2))

_cc = card_number(nseed())
_cp = person()
add(25, "stop", ["PERSON_NAME", "CREDIT_CARD"], [],
    "a customer's full card number sent to the card issuer's fraud desk",
    charset="iso-2022-jp", sender=frm(WAKASA),
    to=["ほしカード 不正利用対策室 <fraud-desk@hoshi-card.co.jp>"],
    subject="加盟店 日の出産業：不正利用の疑いがあるカードについて",
    body=f"""ほしカード株式会社
不正利用対策室 ご担当者様

加盟店番号 88210457 日の出産業株式会社の若狭と申します。
当社ECサイトで、下記カードによる短時間の連続購入（11件）を検知しました。
カード会員様ご本人からも「身に覚えがない」とのお問い合わせをいただいております。

　カード番号：{_cc}
　名義：{_cp.roma_up.upper()}
　会員氏名：{_cp.name} 様
　取引日時：2025/10/19 02:11〜02:26

チャージバックの手続きについてご教示ください。
""" + sig(*WAKASA, ext="4421"))

_r = people(5)
_rec = "\n".join(f"{i}) {p.name} / {p.mail} / {p.mobile} / 応募職種：{rng.choice(['営業職', '総合職', '物流スタッフ', '事務職'])}"
                 for i, p in enumerate(_r, 1))
add(26, "stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], [],
    "five applicants' records pasted back to a researcher on gmail to confirm what he saw",
    charset="iso-2022-jp", sender=frm(SAOTOME),
    to=["r.kashiwagi.sec@gmail.com"],
    subject="Re: Re: 御社採用サイトの脆弱性について",
    body=f"""柏木様

早乙女です。追加のご確認ありがとうございます。
アクセスログから、柏木様の検証時に表示された可能性がある応募者は
以下の5名と特定しました。念のため、このいずれかの画面をご覧になったか、
ご記憶の範囲でお知らせいただけますか。

{_rec}

お手数をおかけしますが、よろしくお願いいたします。
""" + sig(*SAOTOME, style=2))

add(27, "pass", [], [],
    "English CVE coordination with a security company's researcher; no personal data",
    charset="utf-8", sender=frm(HASEBE),
    to=["Elena Varga <elena.varga@redlantern-sec.com>"],
    subject="Re: Coordinated disclosure - Hinode supplier portal (RL-2025-044)",
    body="""Dear Ms. Varga,

Thank you again for your detailed report on the supplier portal.

We have deployed a fix for the IDOR issue in the order-history endpoint on
October 24 (release 3.8.2). Our vendor has also added server-side ownership
checks to the two related endpoints you mentioned.

We are fine with your proposed publication date of November 21, and we have
requested a CVE through JPCERT/CC. Please let us know if you would like us to
review your advisory draft before publication.

Best regards,

> We would like to publish our advisory 90 days after the initial report,
> i.e. on 2025-11-21, unless you need more time.
""" + sig("Keigo Hasebe", HASEBE[1], style=3) + DISC_EN)

_ov = employees(15)
_ovrows = [["upn", "display_name", "last_success_login_utc", "src_ip", "country", "mfa"]]
for p in _ov:
    _ovrows.append([p.mail, p.romaji, f"2025-10-{rng.randrange(10, 21)}T{rng.randrange(0, 23):02d}:{rng.randrange(0, 59):02d}:00Z",
                    f"{rng.choice([45, 91, 103, 185, 194])}.{rng.randrange(1, 255)}.{rng.randrange(1, 255)}.{rng.randrange(1, 255)}",
                    rng.choice(["NL", "SG", "US", "RU", "VN", "BR"]), rng.choice(["none", "sms", "none"])])
add(28, "stop", ["PERSON_NAME", "EMAIL_ADDRESS"], [],
    "CSV of fifteen compromised staff accounts (names, e-mails) to an overseas forensic firm",
    charset="utf-8", sender=frm(HASEBE),
    to=["Daniel Hayes <d.hayes@northgate-dfir.com>"],
    cc=["ir-japan@northgate-dfir.com"],
    subject="Hinode Sangyo – compromised M365 accounts for scoping",
    body="""Hi Daniel,

As discussed on today's call, please find attached the list of Microsoft 365
accounts with successful sign-ins from unexpected countries between Oct 10
and Oct 20. We would appreciate it if your team could check the unified audit
log for mailbox rules and OAuth consents on these accounts first.

Let me know if you need the raw sign-in logs as well.

Thanks,
""" + sig("Keigo Hasebe", HASEBE[1], style=3),
    attachments=[{"kind": "csv", "name": "compromised_accounts_1020.csv", "encoding": "utf-8",
                  "rows": _ovrows}])

add(29, "pass", [], [],
    "English mail about the SOW and NDA with an overseas vendor, with the standard disclaimer",
    charset="utf-8", sender=frm(IWAKI),
    to=["Daniel Hayes <d.hayes@northgate-dfir.com>"],
    subject="SOW and mutual NDA – comments from our legal team",
    body="""Dear Daniel,

Thank you for sending the draft Statement of Work and the mutual NDA.

Our legal team has two comments:
  1. Section 4.2 (Confidentiality): we would like the obligations to survive
     for five years after termination instead of three.
  2. Section 7 (Data handling): please add that all evidence is returned or
     securely destroyed within 30 days after the final report, with a
     certificate of destruction.

Apart from that, the scope (M365 tenant review, two endpoints, one Linux
server) and the fixed fee of USD 48,000 are acceptable. Once the documents are
updated we will sign via DocuSign.

Kind regards,
Takuma Iwaki
Head of Information Security Office, Hinode Sangyo Co., Ltd.
""" + DISC_EN)

_h = employee()
add(30, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "names an employee and his mental-health leave (diagnosis) to the forensic vendor",
    charset="iso-2022-jp", sender=frm(SAOTOME),
    to=["dfir@kurogane-sec.jp"],
    subject="Re: 関係者ヒアリングの日程について",
    body=f"""クロガネセキュリティ 解析チーム
小池様

早乙女です。ヒアリング対象者の件、ご連絡が遅くなり申し訳ありません。

端末の使用者である{_h.dept}の{_h.name}さんですが、9月末から適応障害の診断で
休職中のため、ご本人へのヒアリングは産業医の許可が出るまで難しい状況です。
代わりに、上長の課長と、端末を引き継いだ担当者の2名でお願いできますでしょうか。

候補日：10月29日（水）午後、10月30日（木）午前

> ヒアリングは端末の主たる使用者の方を含めて、
> 3名程度でお願いできればと思います。
""" + sig(*SAOTOME, style=2))

_x = person()
add(31, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], [],
    "tells a partner that a named former employee (with birth date) was arrested: criminal record of an identifiable person",
    charset="cp932", sender=frm(IWAKI),
    to=["川崎電機 総務部 リスク管理課 <risk@kawasaki-denki.co.jp>"],
    subject="元当社社員による貴社図面データの持ち出しについて",
    body=f"""川崎電機株式会社
総務部 リスク管理課 御中

日の出産業株式会社 情報セキュリティ室の岩城でございます。
大変申し上げにくいご報告となります。

当社の元社員 {_x.name}（{wareki(_x.dob, 'short')}生、2025年8月退職）が、在職中に
貴社からお預かりしていた設計図面データを私物のクラウドストレージへ持ち出していたことが判明し、
本人は10月16日、不正競争防止法違反の容疑で県警に逮捕されました。

持ち出された図面の一覧と、当社での調査結果は、改めて対面でご説明させてください。
ご迷惑をおかけし、誠に申し訳ございません。
""" + sig(*IWAKI, ext="4410", title="室長　"))

add(32, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "same arrest discussed among legal, HR and CSIRT: all recipients internal",
    charset="cp932", sender=frm(IWAKI),
    to=["法務部 松浦 <matsuura.ryo@hinode-sangyo.co.jp>", "人事部 菅野 <kanno.emi@hinode-sangyo.co.jp>"],
    subject="Re: 元社員の逮捕報道への対応",
    body=f"""松浦さん、菅野さん

岩城です。{_x.name}さんの件、県警からは起訴の判断は11月中旬になると聞いています。
報道が出た場合の問い合わせ窓口は広報部に一本化し、取引先への説明は
川崎電機様を最優先に、私と法務部で伺います。

人事部では、在職中の貸与PCの返却記録と、退職時の誓約書の写しを
明日までにご用意いただけますか。
""")

add(33, "stop", [], [],
    "kick-off invitation with forensic vendor, IT outsourcer and partner in To and the law firm in Cc: four external parties see each other",
    charset="iso-2022-jp", sender=frm(IWAKI),
    to=["kuroda.s@aozora-forensics.co.jp", "sec-team@tsubasa-system.jp", "psirt@kawasaki-denki.co.jp"],
    cc=["asano@shirakawa-law.jp", "csirt@hinode-sangyo.co.jp"],
    subject="【ご案内】INC-2025-1203 関係者合同ミーティング（10/27）",
    body="""関係者各位

日の出産業の岩城です。
INC-2025-1203について、関係各社で情報を揃えるため、合同ミーティングを開催します。

日時：10月27日（月）10:00〜11:30
場所：オンライン（Teams。招待は別途お送りします）
議題：
　1. 事象の経緯と現状（日の出産業）
　2. 調査の進捗（青空フォレンジック様）
　3. 連携システムの影響確認（ツバサシステム様、川崎電機様）
　4. 対外公表と法的対応（白川法律事務所様）

ご多忙のところ恐縮ですが、ご出席をお願いいたします。
""" + sig(*IWAKI, ext="4410"))

add(34, "pass", [], [],
    "a normal three-way mail: forensic vendor and IT outsourcer (two external organisations)",
    charset="utf-8", sender=frm(HASEBE),
    to=["kuroda.s@aozora-forensics.co.jp"],
    cc=["sec-team@tsubasa-system.jp"],
    subject="shp-gw02 のディスクイメージ受け渡し方法",
    body="""青空フォレンジック 黒田様
（cc: ツバサシステム 情報セキュリティ課様）

長谷部です。
shp-gw02 のディスクイメージ取得はツバサシステム様に実施いただき、
10月25日（土）午前に貴社へ直接お持ちいただく段取りにしました。

　・形式：E01（分割 2GB）
　・媒体：暗号化HDD（鍵は当日、長谷部から電話でお伝えします）
　・受領書：貴社の書式でお願いします

ツバサシステム様、当日の作業者のお名前だけ事前にお知らせください。
""" + sig(*HASEBE, ext="4419", style=2))

_bk = people(9)
_bklines = "\n".join(f"  - {p.name}  {p.mail}  {p.mobile}  (leaked: name, e-mail, phone, DOB {ymd(p.dob)})" for p in _bk)
add(35, "stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"], [],
    "attached (forwarded) notice lists nine customers' contact data and birth dates, sent to the bank",
    charset="iso-2022-jp", sender=frm(WAKASA),
    to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    subject="FW: 当社会員情報の流出に関する外部からの通知",
    body="""みどり銀行 法人営業部 御中

日の出産業の若狭です。
当社の会員のうち、貴行の口座振替をご利用の方の情報が外部に流出した可能性があるとの
通知を受けました。口座振替の不正な申込みにご注意いただきたく、原文を添付いたします。

ご確認のほど、よろしくお願いいたします。
""" + sig(*WAKASA, ext="4421"),
    attachments=[{"kind": "eml", "name": "外部からの通知.eml", "message": {
        "charset": "utf-8", "sender": "Security Researcher <leakwatch.jp@protonmail.com>",
        "to": ["csirt@hinode-sangyo.co.jp"], "subject": "Your customer data is being sold",
        "body": f"""Hello Hinode Sangyo security team,

I found a post on a dark-web market offering "Hinode Sangyo EC members 3k rows".
The seller published the following sample as proof:

{_bklines}

I have not purchased anything. Please take the appropriate action.
"""}}])

_q = employees(6)
_quoted = "\n".join(f"> {p.name}　{p.mail}" for p in _q)
add(36, "pass", [], [],
    "reply to the vendor: the list of six users is only in the quoted text",
    charset="iso-2022-jp", sender=frm(NAKASONE),
    to=["kuroda.s@aozora-forensics.co.jp"],
    subject="Re: 受信ルール改ざんが確認されたメールボックス",
    body=f"""黒田様

仲宗根です。ご報告ありがとうございます。
6名とも、本日中に受信ルールの削除とセッションの無効化を実施します。
完了しましたらこちらのスレッドでご連絡します。

黒田様 wrote:
> 日の出産業 仲宗根様
>
> 監査ログの確認の結果、下記6つのメールボックスで外部転送ルールが
> 作成されていることを確認しました。
>
{_quoted}
>
> ルール作成元IPはいずれも 45.137.xx.xx 帯です。
""" + sig(*NAKASONE, ext="4433", style=2))

_n = employees(5)
_newlist = "\n".join(f"{p.name}（{p.dept}）　携帯 {p.mobile}" for p in _n)
add(37, "stop", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "reply whose new text adds five employees' mobile numbers for the vendor's interviews",
    charset="utf-8", sender=frm(NAKASONE),
    to=["kuroda.s@aozora-forensics.co.jp"],
    subject="Re: Re: 受信ルール改ざんが確認されたメールボックス",
    body=f"""黒田様

仲宗根です。ヒアリングは電話で直接実施いただいて構いません。
各人の携帯番号をお知らせします。事前に本人には伝えてあります。

{_newlist}

よろしくお願いいたします。

-----Original Message-----
From: 黒田 聡史 <kuroda.s@aozora-forensics.co.jp>
Sent: Thursday, October 23, 2025 11:02 AM
Subject: RE: Re: 受信ルール改ざんが確認されたメールボックス

仲宗根様
対応ありがとうございます。ルール作成の経緯を確認するため、
該当の方に簡単なヒアリングをさせていただけますか。
""" + sig(*NAKASONE, ext="4433", style=2))

add(38, "pass", [], [],
    "indicators of compromise (IPs, domains, hashes) shared with an industry ISAC; no people",
    charset="utf-8", sender=frm(HASEBE),
    to=["製造業ISAC 情報共有窓口 <share@seizo-isac.or.jp>"],
    subject="[TLP:GREEN] 経費精算を装うフィッシングキャンペーンのIOC共有",
    body="""製造業ISAC 情報共有窓口 御中

会員企業の日の出産業 長谷部です。
当社で10月第3週に観測したフィッシングキャンペーンのIOCを共有します。
TLP:GREEN（会員間での共有可）でお願いします。

種別      値                                          備考
--------  ------------------------------------------  ----------------------
domain    hinode-keihi-login[.]com                    2025-10-18 登録
domain    sso-hinode[.]top                            AiTM型、Evilginx系
ipv4      185.220.101[.]47                            認証情報送信先
ipv4      45.137.21[.]9                               受信ルール作成元
sha256    5e3b0c44298fc1c149afbf4c8996fb92427ae41e... 添付HTML（請求書.html）
url       hxxps://sso-hinode[.]top/owa/?login=         フィッシングページ

件名の傾向：「経費精算システム」「パスワード有効期限」
""" + sig(*HASEBE, ext="4419"))

_pl = employees(7)
_proxy = "\n".join(
    f"2025-10-20T0{rng.randrange(1, 9)}:{rng.randrange(10, 59)}:{rng.randrange(10, 59)}+09:00 10.12.{rng.randrange(1, 40)}.{rng.randrange(2, 250)} {p.uid} CONNECT sso-hinode.top:443 ALLOWED"
    for p in _pl)
add(39, "either", [], [],
    "proxy log lines with seven internal account IDs (romaji fragments) and IPs, no names or contacts: pseudonymous or a list of people?",
    charset="utf-8", sender=frm(NAKASONE),
    to=["kuroda.s@aozora-forensics.co.jp"],
    subject="プロキシログ抜粋（フィッシングサイトへの接続）",
    body=f"""黒田様

仲宗根です。フィッシングサイト（sso-hinode.top）への接続が記録されていた
プロキシログを抜粋してお送りします。ユーザーIDは当社AD上のsAMAccountNameです。

{_proxy}

7件とも、その後に認証情報の入力があったかは現在確認中です。
""" + sig(*NAKASONE, ext="4433", style=2))

_sp = employees(8)
_auth = "\n".join(
    f"{ymd(date(2025, 10, 21))} 0{rng.randrange(2, 5)}:{rng.randrange(10, 59)}:{rng.randrange(10, 59)}  FAILURE  user={p.mail}  src={rng.choice(['185.220.101.47', '185.220.101.52', '91.92.240.12'])}  reason=50126"
    for p in _sp)
add(40, "stop", ["EMAIL_ADDRESS"], [],
    "sign-in log excerpt with eight employees' e-mail addresses sent to the IT outsourcer",
    charset="iso-2022-jp", sender=frm(NAKASONE),
    to=["sec-team@tsubasa-system.jp"],
    subject="パスワードスプレー攻撃のサインインログ（Entra ID）",
    body=f"""ツバサシステム 情報セキュリティ課 御中

仲宗根です。Entra IDのサインインログから、パスワードスプレーと思われる
失敗ログを抽出しました（エラーコード50126：資格情報不正）。

{_auth}

同一IPからの試行を条件付きアクセスでブロックする設定をご提案いただけますか。
""" + sig(*NAKASONE, ext="4433"))

# ======================================================================================
# 041–060
# ======================================================================================

_il = employees(9)
_ilog = "\n".join(f"{p.mail:<40} {rng.choice(['185.220.101.47', '91.92.240.12'])}  {rng.randrange(3, 25)} attempts  locked={rng.choice(['yes', 'no'])}"
                  for p in _il)
add(41, "pass", ["EMAIL_ADDRESS"], [],
    "the same kind of sign-in log with nine e-mail addresses, but only to the internal CSIRT list",
    charset="cp932", sender=frm(NAKASONE),
    to=["HS-CSIRT メンバー <csirt-members@hinode-sangyo.co.jp>"],
    subject="[共有] 10/22 夜間のスプレー攻撃 対象アカウント",
    body=f"""CSIRTメンバー各位

仲宗根です。昨夜のスプレー攻撃の対象アカウントです。明朝の当番の方は
ロックされたアカウントの本人確認と解除をお願いします。

{_ilog}

※ 外部（ツバサシステム様）への共有は、件数と送信元IPのみにしてください。
""")

_tr = {}
for d in ["営業一部", "経理部", "購買部"]:
    rows = [[f"情報セキュリティ研修 理解度テスト結果（{d}）", "", "", "", ""],
            ["社員番号", "氏名", "メールアドレス", "得点", "合否"]]
    for p in employees(rng.randrange(4, 7)):
        sc = rng.randrange(40, 100)
        rows.append([p.empno, p.name, p.mail, sc, "合格" if sc >= 70 else "再受講"])
    _tr[d] = rows
add(42, "stop", ["PERSON_NAME", "EMAIL_ADDRESS"], [],
    "per-employee test scores (three department sheets, well over five people) to the e-learning vendor",
    charset="iso-2022-jp", sender=frm(WAKASA),
    to=["eラーニング運営事務局 <support@manabi-sec.co.jp>"],
    subject="理解度テスト結果の取込みについて（再受講者の登録依頼）",
    body="""eラーニング運営事務局 御中

日の出産業の若狭です。
今期の情報セキュリティ研修の理解度テスト結果を部署別シートにまとめました。
「再受講」となっている方を、来月の再受講コースに登録していただけますでしょうか。

残りの部署分は来週お送りします。
""" + sig(*WAKASA, ext="4421", style=4),
    attachments=[{"kind": "xlsx", "name": "理解度テスト結果_上期.xlsx", "sheets": _tr}])

add(43, "pass", [], [],
    "scheduling a security seminar with the training vendor",
    charset="utf-8", sender=frm(WAKASA),
    to=["松岡 様 <matsuoka@manabi-sec.co.jp>"],
    subject="管理職向けセキュリティ研修の日程候補",
    body="""松岡様

お世話になっております。若狭です。
管理職向け研修（ランサムウェア初動対応編）の日程候補をお送りします。

・11月18日（火）15:00〜17:00
・11月20日（木）10:00〜12:00
・11月26日（水）13:30〜15:30

会場は本社8階の大会議室（最大60名）です。プロジェクターとマイクは当社で用意します。
受講予定は約45名です。講師の方の人数が決まりましたら、入館手続きのため
お知らせください。

よろしくお願いいたします。
""" + sig(*WAKASA, ext="4421", style=2))

_pp = person()
add(44, "stop", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], [],
    "an employee's passport number (leaked in a phishing incident) sent to the travel agency",
    charset="iso-2022-jp", sender=frm(SHOJI),
    to=["たびプラザ 法人デスク <hojin-desk@tabi-plaza.co.jp>"],
    subject="出張者の旅券情報流出に伴うご相談",
    body=f"""たびプラザ 法人デスク 御中

日の出産業の東海林です。いつも出張手配でお世話になっております。

当社社員がフィッシングメールにより、出張申請システムに登録していた
旅券の画像を窃取された可能性があります。来月のシンガポール出張の
航空券は、旅券の再発行に伴い情報の変更が必要になるかもしれません。

　氏名（ローマ字）：{_pp.roma_up.upper()}
　旅券番号：T{rng.choice('KRZ')}{rng.randrange(1000000, 9999999)}
　生年月日：{ymd(_pp.dob)}
　予約番号：HSG-7781203

再発行後の変更手続きと、キャンセル料の有無についてご教示ください。
""" + sig(*SHOJI, ext="4425"))

_dl = person()
add(45, "stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE", "JP_ADDRESS"], [],
    "an employee's driver's licence number and address (copy on a stolen laptop) sent to the police",
    charset="cp932", sender=frm(IWAKI),
    to=["宮下 警部補 <miyashita.k@cyber-taisaku.pref-police.lg.jp>"],
    subject="Re: 盗難PCに保存されていた情報について",
    body=f"""宮下様

岩城です。お問い合わせの件、回答いたします。

盗難に遭った業務用ノートPC（資産番号 HS-NB-0588）には、社用車の使用申請のため
営業担当1名の運転免許証の写しが保存されていたことが分かりました。

　氏名：{_dl.name}
　免許証番号：第{rng.randrange(10, 99)}{rng.randrange(1000000000, 9999999999)}号
　住所（免許証記載）：{_dl.addr}

本人には、免許証の悪用に注意するよう伝えております。
PCのディスクはBitLockerで暗号化済みです。

> 盗難PCの中に、個人の身分証明書等の画像が保存されていなかったか
> ご確認いただけますか。
""" + sig(*IWAKI, ext="4410", style=2))

_rc = person()
add(46, "stop", ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"], [],
    "a foreign contractor's residence-card number found in leaked data, sent to the staffing agency",
    charset="utf-8", sender=frm(SHOJI),
    to=["グローブスタッフ 管理部 <kanri@globe-staff.co.jp>"],
    subject="派遣スタッフの在留カード情報の流出可能性について",
    body=f"""グローブスタッフ株式会社
管理部 御中

日の出産業 情報セキュリティ室の東海林です。
当社の共有フォルダへの不正アクセスの調査で、貴社から派遣いただいている
スタッフの方の在留カードの写し（入館証発行時にお預かりしたもの）が
閲覧された可能性があることが分かりました。

　氏名：NGUYEN VAN {rng.choice(['MINH', 'TUAN', 'HUNG'])}
　在留カード番号：{rng.choice(['AB', 'CD', 'EF'])}{rng.randrange(10000000, 99999999)}{rng.choice(['FG', 'JK', 'ST'])}
　生年月日：{rng.randrange(1990, 2000)}年{rng.randrange(1, 12)}月{rng.randrange(1, 28)}日

ご本人への説明について、貴社と相談させていただけますでしょうか。
""" + sig(*SHOJI, ext="4425", style=1))

_pn = [person() for _ in range(2)]
_pnl = "\n".join(
    f"　{i}. {p.name}　基礎年金番号 {rng.randrange(1000, 9999)}-{rng.randrange(100000, 999999)}　"
    f"健康保険証 記号{rng.randrange(100, 9999)} 番号{rng.randrange(1, 999)}"
    for i, p in enumerate(_pn, 1))
add(47, "stop", ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE"], [],
    "two employees' pension and health-insurance numbers from a leaked HR file, sent to the vendor",
    charset="iso-2022-jp", sender=frm(SAOTOME),
    to=["kuroda.s@aozora-forensics.co.jp"],
    subject="社会保険関係ファイルの流出有無の確認依頼",
    body=f"""黒田様

早乙女です。人事部の共有フォルダにあった「社保_資格取得_2024.xlsx」について、
攻撃者のリークサイトに掲載されたデータに同じ値が含まれていないか、
照合をお願いできますでしょうか。照合用に2名分の値をお知らせします。

{_pnl}

一致した場合は、全件（約90名分）の照合をお願いすることになります。
""" + sig(*SAOTOME, style=2))

add(48, "pass", [], [],
    "incident ticket update with host names, hashes and ticket numbers only",
    charset="cp932", sender=frm(NAKASONE),
    to=["sec-team@tsubasa-system.jp"],
    subject="[INC-2025-1203] 更新：EDR隔離端末の復旧手順",
    body="""ツバサシステム 情報セキュリティ課 御中

仲宗根です。INC-2025-1203 の更新です。

■ステータス：封じ込め完了 → 復旧フェーズ
■隔離中の端末（3台）
　HS-NB-0417　経理部　　　再イメージ済み、EDR再導入待ち
　HS-DT-1120　物流管理部　検体提出済み（sha256: 8d7f...a02c）
　shp-gw02　　サーバ　　　ディスクイメージ取得済み、再構築予定

■お願い
　・shp-gw02 の再構築はOSから。バックアップからの復元は10/15以前のものを使用
　・VPN装置（FW 9.1R18 → 9.1R18.2）の適用を10/26 夜間に

チケット：REQ-2025-30588（再構築）、REQ-2025-30589（VPN）
""" + sig(*NAKASONE, ext="4433", style=2))

_hc = people(7)
_trs = "\n".join(f"<tr><td>{p.name}</td><td>{p.kana}</td><td>{p.landline if i % 2 else p.mobile}</td>"
                 f"<td>〒{p.zip} {p.addr}</td><td>{rng.choice(['再送希望', '電話希望', '不在'])}</td></tr>"
                 for i, p in enumerate(_hc))
add(49, "stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], [],
    "HTML-only mail with a table of seven affected customers' phones and addresses to the call-center outsourcer",
    charset="utf-8", sender=frm(WAKASA),
    to=["ひかりコンタクト SV 島田様 <shimada@hikari-contact.co.jp>"],
    subject="折り返し対応が必要なお客様（10/24分）",
    html=f"""<html><body>
<p>ひかりコンタクト株式会社<br>島田様</p>
<p>お世話になっております。日の出産業の若狭です。<br>
本日、情報流出の件でお問い合わせがあり、折り返しが必要なお客様の一覧です。<br>
明日午前中の架電をお願いいたします。</p>
<table border="1" cellpadding="3">
<tr><th>氏名</th><th>フリガナ</th><th>電話番号</th><th>住所</th><th>備考</th></tr>
{_trs}
</table>
<p>よろしくお願いいたします。<br>--<br>日の出産業株式会社 情報セキュリティ室 若狭 千尋</p>
</body></html>""")

add(50, "pass", [], [],
    "HTML-only mail with the call-center FAQ script for the breach; no customer data",
    charset="utf-8", sender=frm(WAKASA),
    to=["shimada@hikari-contact.co.jp"],
    subject="お問い合わせ対応スクリプト v2（情報流出の件）",
    html="""<html><body>
<p>島田様</p>
<p>若狭です。対応スクリプトを更新しましたので共有します。変更箇所は<b>太字</b>です。</p>
<table border="1" cellpadding="4">
<tr><th>想定質問</th><th>回答</th></tr>
<tr><td>自分の情報は流出したのか</td><td>会員IDまたはご登録の電話番号で確認し、対象の場合は書面でご案内済みとお伝えください。</td></tr>
<tr><td>クレジットカードは大丈夫か</td><td><b>当社ではカード番号を保持していないため、流出していません。</b></td></tr>
<tr><td>補償はあるのか</td><td>対象のお客様には500円分のクーポンを送付します（11月上旬）。</td></tr>
<tr><td>不審な電話があった</td><td>内容を記録し、SV経由で当社窓口（内線4421）へエスカレーションしてください。</td></tr>
</table>
<p>以上です。</p>
</body></html>""")

add(51, "stop", [], ["confidential_marking"],
    "mail stamped 【取扱注意】 in subject and body sent to a partner",
    charset="iso-2022-jp", sender=frm(IWAKI),
    to=["johosys@aoba-unyu.co.jp"],
    subject="【取扱注意】インシデント報告（第2報）",
    body="""青葉運輸株式会社
情報システム部 御中

日の出産業の岩城でございます。第2報をお送りします。

━━━━━━━━━━━━━━━━━━
　取扱注意　（貴社内の関係者限り）
━━━━━━━━━━━━━━━━━━
1. 原因：VPN装置の脆弱性を悪用した侵入。攻撃者は連携サーバに Cobalt Strike
   のビーコンを設置していました。
2. 貴社への影響：連携アカウント hs-aoba-link による貴社APIへのアクセスは、
   10月18日〜20日に計212回。うち出荷予定データの取得が37回。
3. 当社の対応：連携アカウントの無効化、サーバ再構築中。
4. 今後：再接続は、貴社による新しい認証情報の発行後とさせてください。
""" + sig(*IWAKI, ext="4410"))

add(52, "pass", [], [],
    "asks a training vendor for a course on handling 社外秘 documents: the word is only mentioned",
    charset="cp932", sender=frm(WAKASA),
    to=["matsuoka@manabi-sec.co.jp"],
    subject="研修テーマのご相談（社外秘情報の取扱い・誤送信防止）",
    body="""松岡様

若狭です。来期の全社研修について、テーマのご相談です。

今年度、社外秘の資料をメールで誤送信する事案が3件あったため、
「社外秘・機密区分の付け方」と「誤送信防止（宛先確認、Bcc、添付ファイル）」を
中心にした30分程度のeラーニングを作れないかと考えています。

他社事例（匿名で構いません）を交えていただけると、受講者にも伝わりやすいと思います。
お見積りと構成案をいただけますでしょうか。
""" + sig(*WAKASA, ext="4421", style=2))

add(53, "pass", [], [],
    "ordinary mail to a partner with the standard confidentiality disclaimer",
    charset="iso-2022-jp", sender=frm(HASEBE),
    to=["psirt@kawasaki-denki.co.jp"],
    subject="Re: KD-NC300 脆弱性の修正版ファームウェアについて",
    body="""川崎電機株式会社 PSIRT
森本様

長谷部です。修正版ファームウェア（2.4.3）のご提供、ありがとうございます。
当社の検証環境で適用し、報告のあった認証回避が再現しないことを確認しました。
工場の本番機（計42台）には、11月の定期保守日に適用いたします。

公表日（11月5日）まで、当社からの外部への言及は控えます。
""" + sig(*HASEBE, ext="4419") + DISC_JA)

add(54, "stop", [], ["confidential_marking"],
    "debrief slides with a Confidential footer stamp sent to a partner",
    charset="utf-8", sender=frm(IWAKI),
    to=["北国フーズ 情報システム課 <it@kitaguni-foods.co.jp>"],
    subject="受発注EDI停止の件 ご説明資料",
    body="""北国フーズ株式会社
情報システム課 御中

日の出産業の岩城です。
先日の受発注EDI停止（10月20日〜22日）に関するご説明資料をお送りします。
ご不明点があれば、来週の定例でご説明いたします。
""" + sig(*IWAKI, ext="4410"),
    attachments=[{"kind": "pptx", "name": "EDI停止_ご説明資料.pptx",
                  "page_footer": "Confidential - Hinode Sangyo",
                  "slides": [["受発注EDI停止についてのご説明", "2025年10月", "日の出産業株式会社"],
                             ["経緯", "10/20 03:14 連携サーバで不正アクセス検知", "10/20 04:00 EDIを予防的に停止",
                              "10/22 18:00 代替サーバで再開"],
                             ["貴社への影響", "発注データの遅延：約1,800件", "データの漏えい：確認されていません"],
                             ["再発防止策", "VPN装置の更新", "連携サーバの多要素認証化", "EDR監視の24時間化"]]}])

_vic = people(6)
_vt = [["No.", "氏名", "生年月日", "住所", "被害額（円）", "被害の内容"]]
for i, p in enumerate(_vic, 1):
    _vt.append([str(i), p.name, wareki(p.dob), p.addr, f"{rng.randrange(3, 80) * 10000:,}",
                rng.choice(["ネットバンキング不正送金", "フィッシングサイトでカード情報詐取", "ギフトカード詐欺"])])
add(55, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"], [],
    "DOCX list of six named employees who were crime victims (birth dates, addresses, losses) sent to the police",
    charset="iso-2022-jp", sender=frm(IWAKI),
    to=["miyashita.k@cyber-taisaku.pref-police.lg.jp"],
    subject="被害者一覧の送付（社内SNS乗っ取りに伴う詐欺被害）",
    body="""宮下様

日の出産業の岩城です。
社内SNSの乗っ取りアカウントから送られたメッセージにより、金銭被害に遭った社員の
一覧を添付いたします。各人とも被害届の提出に同意しています。

提出の日程は、ご都合のよい日をお知らせください。
""" + sig(*IWAKI, ext="4410", style=2),
    attachments=[{"kind": "docx", "name": "被害者一覧_20251024.docx",
                  "paragraphs": ["社内SNS乗っ取りに伴う詐欺被害　被害者一覧", "日の出産業株式会社 情報セキュリティ室"],
                  "tables": [_vt]}])

add(56, "pass", [], [],
    "thank-you note to the police with a case number; no personal data",
    charset="iso-2022-jp", sender=frm(IWAKI),
    to=["miyashita.k@cyber-taisaku.pref-police.lg.jp"],
    subject="本日はありがとうございました",
    body="""宮下様

本日はお忙しいところご来社いただき、ありがとうございました。
受理番号（第2025-3417号）は社内の記録に控えました。

追加でご依頼のあった以下の資料は、準備ができ次第ご連絡します。
　・VPN装置の接続ログ（10/1〜10/20）
　・攻撃者が使用した外部IPアドレスの一覧
　・被害端末のディスクイメージ（フォレンジック業者から直接お渡し）

引き続きよろしくお願いいたします。
""" + sig(*IWAKI, ext="4410", style=2))

_zc = people(12)
_zrows = [["会員番号", "氏名", "フリガナ", "電話番号", "メールアドレス", "架電結果"]]
for p in _zc:
    _zrows.append([f"{rng.randrange(10000000, 99999999)}", p.name, p.kana, p.mobile, p.mail, ""])
add(57, "stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
    "unencrypted ZIP (CSV + XLSX) of twelve affected members' contact data sent to the call-center outsourcer",
    charset="cp932", sender=frm(WAKASA),
    to=["shimada@hikari-contact.co.jp"],
    cc=["sv-team@hikari-contact.co.jp"],
    subject="架電リスト（優先対応分）",
    body="""島田様

若狭です。優先的に架電をお願いしたいお客様のリストをお送りします。
CSVとExcelの内容は同じです（システム取込み用と確認用）。
架電結果の欄にご記入のうえ、金曜までにご返送ください。
""" + sig(*WAKASA, ext="4421", style=2),
    attachments=[{"kind": "zip", "name": "kaden_list_priority.zip",
                  "files": [{"kind": "csv", "name": "kaden_list.csv", "rows": _zrows},
                            {"kind": "xlsx", "name": "kaden_list.xlsx", "sheets": {"架電": _zrows}}]}])

_mf = employees(5)
_blocks = "\n\n".join(f"【{i}】\n氏名：{p.name}（{p.kana}）\n所属：{p.dept}\nメール：{p.mail}\n携帯：{p.mobile}"
                      for i, p in enumerate(_mf, 1))
add(58, "stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], [],
    "one-record-per-block list of five employees (e-mail, mobile) sent to the IT outsourcer for MFA reset",
    charset="iso-2022-jp", sender=frm(NAKASONE),
    to=["ops-center@tsubasa-system.jp"],
    subject="MFA再登録の対応依頼（5名）",
    body=f"""ツバサシステム 運用センター御中

仲宗根です。認証情報の流出が確認された下記5名について、
MFA（認証アプリ）の登録リセットをお願いします。
再登録時の本人確認のため、SMSの送信先として携帯番号も記載しています。

{_blocks}

以上5名、本日17時までに対応いただけますと助かります。
""" + sig(*NAKASONE, ext="4433"))

_bl = people(6)
_bul = "\n".join(f"・{p.name} 様（{p.mobile}）… {rng.choice(['不審なSMSが届いた', '当社を名乗る電話があった', 'クーポンの案内が届かない', '退会を希望'])}"
                 for p in _bl)
add(59, "stop", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "「・」 bullet list of six customers with phone numbers sent to the outsourcer",
    charset="utf-8", sender=frm(WAKASA),
    to=["sv-team@hikari-contact.co.jp"],
    subject="二次被害の申告があったお客様",
    body=f"""ひかりコンタクト SVチーム各位

若狭です。当社窓口に直接ご連絡のあったお客様です。
貴社の対応履歴にも登録をお願いします。

{_bul}

「当社を名乗る電話」の件は、日時と番号を聞き取れたら記録してください。
""" + sig(*WAKASA, ext="4421", style=2))

_at = people(3)
_atl = "\n".join(f"・{p.name}（{['情報セキュリティ室', '情報システム部', '法務部'][i]}）　{p.mobile}" for i, p in enumerate(_at))
add(60, "pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "three kick-off attendees with their mobile numbers to the forensic vendor: under five people, may warn",
    charset="cp932", sender=frm(HASEBE),
    to=["dfir@kurogane-sec.jp"],
    subject="キックオフ出席者と緊急連絡先",
    body=f"""クロガネセキュリティ 小池様

長谷部です。明日のキックオフの当社出席者です。
夜間・休日の緊急連絡は、以下の携帯へお願いします。

{_atl}

会場は本社8階 第2会議室です。受付で「長谷部」をお呼び出しください。
""" + sig(*HASEBE, ext="4419", style=2))

# ======================================================================================
# 061–080
# ======================================================================================

_br = [["拠点名", "住所", "代表電話", "回線", "状態"],
       ["札幌営業所", "北海道札幌市中央区北三条西4-1-7 日の出札幌ビル5F", "011-231-4470", "閉域網A", "断"],
       ["仙台営業所", "宮城県仙台市青葉区一番町2-8-15", "022-266-1902", "閉域網A", "断"],
       ["北関東物流センター", "群馬県高崎市倉賀野町4511-2", "027-346-8810", "閉域網B", "正常"],
       ["名古屋支店", "愛知県名古屋市中村区名駅4-24-8", "052-581-3366", "閉域網A", "断"],
       ["大阪支店", "大阪府大阪市中央区本町3-5-7 本町センタービル9F", "06-6261-0145", "閉域網A", "断"],
       ["広島営業所", "広島県広島市中区紙屋町1-3-2", "082-247-5521", "閉域網B", "正常"],
       ["福岡支店", "福岡県福岡市博多区博多駅前2-19-24", "092-471-6630", "閉域網A", "断"],
       ["那覇出張所", "沖縄県那覇市久茂地3-21-1", "098-861-0773", "インターネットVPN", "正常"]]
add(61, "pass", [], [],
    "list of the company's branches with switchboard numbers and office addresses: business data, not people",
    charset="iso-2022-jp", sender=frm(NAKASONE),
    to=["ops-center@tsubasa-system.jp"],
    subject="【至急】拠点間VPN断の影響範囲",
    body=f"""ツバサシステム 運用センター御中

仲宗根です。VPN装置の緊急パッチ適用後、閉域網Aの拠点で通信断が発生しています。
影響拠点を下記にまとめました。現地への連絡は各拠点の代表電話にお願いします。

{pad(_br)}

閉域網Bとインターネット VPN の拠点は正常です。切り戻し判断は30分後に行います。
""" + sig(*NAKASONE, ext="4433", style=1))

_fwc = people(5)
_fwl = "\n".join(f"{fw(str(i))}．{p.name}（{p.kana}）　{wareki(p.dob, 'fw')}生　ＴＥＬ {fw(p.mobile)}"
                 for i, p in enumerate(_fwc, 1))
add(62, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], [],
    "five customers with 和暦 birth dates and full-width phone numbers sent to the outsourcer",
    charset="cp932", sender=frm(WAKASA),
    to=["shimada@hikari-contact.co.jp"],
    subject="本人確認が取れなかったお客様（５名）",
    body=f"""島田様

若狭です。
下記５名のお客様は、架電時に生年月日での本人確認が取れなかったとのことで、
当社登録の生年月日をお知らせします。再架電の際の本人確認にご利用ください。

{_fwl}

ご本人確認後は、必ず本メールを削除してください。
""" + sig(*WAKASA, ext="4421", style=4))

_hr = [["社員番号", "氏名", "氏名カナ", "生年月日", "性別", "住所", "入社日"]]
for p in employees(10):
    _hr.append([p.empno, p.name, p.kana, wareki(p.dob, "short"), rng.choice(["男", "女"]),
                p.addr, f"H{rng.randrange(10, 31)}.4.1"])
add(63, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], [],
    "legacy XLS sample of the HR master (ten employees, 和暦 birth dates, addresses) sent to the forensic vendor",
    charset="iso-2022-jp", sender=frm(SAOTOME),
    to=["kuroda.s@aozora-forensics.co.jp"],
    subject="人事マスタの照合用サンプル",
    body="""黒田様

早乙女です。リークサイトのデータとの照合用に、人事マスタから10名分を抽出しました。
形式はリークされたファイルと同じ旧Excel形式（.xls）に合わせています。
""" + sig(*SAOTOME, style=2),
    attachments=[{"kind": "xls", "name": "jinji_master_sample.xls", "sheets": {"master": _hr}}])

add(64, "stop", [], [],
    "leaked-credential warning sent to four partners' security contacts, all visible in To",
    charset="utf-8", sender=frm(HASEBE),
    to=["psirt@kawasaki-denki.co.jp", "johosys@aoba-unyu.co.jp", "it@kitaguni-foods.co.jp",
        "system@nishiki-insatsu.co.jp"],
    subject="【注意喚起】当社を装ったフィッシングメールについて",
    body="""お取引先各位

日の出産業 情報セキュリティ室の長谷部です。
当社社員のメールアカウントが一部不正利用され、当社を装った請求書送付メールが
お取引先様に送信されていることを確認しました。

　・件名：「【日の出産業】10月分ご請求書送付のご案内」
　・添付：請求書_202510.html（開くとログイン画面が表示されます）

該当のメールを受信された場合は、添付を開かずに削除してください。
ご迷惑をおかけし、誠に申し訳ございません。
""" + sig(*HASEBE, ext="4419"))

add(65, "pass", [], [],
    "the same warning sent to one partner only",
    charset="iso-2022-jp", sender=frm(HASEBE),
    to=["北国フーズ 情報システム課 <it@kitaguni-foods.co.jp>"],
    subject="当社を装ったフィッシングメールのご注意",
    body="""北国フーズ株式会社
情報システム課 御中

日の出産業の長谷部です。
貴社の購買部の方宛てに、当社社員を装った請求書メールが送られていたことが
当社のログで確認されました（10月21日 14:02、2通）。

添付のHTMLファイルを開いてIDを入力された方がいないか、ご確認をお願いします。
入力されていた場合は、当該アカウントのパスワード変更をお勧めします。
""" + sig(*HASEBE, ext="4419", style=2))

add(66, "stop", [], ["lookalike_domain"],
    "mail to midori-ginkou.co.jp, a one-letter look-alike of the partner bank midori-ginko.co.jp",
    charset="cp932", sender=frm(WAKASA),
    to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginkou.co.jp>"],
    subject="振込先変更依頼メールについての照会",
    body="""みどり銀行 法人営業部 御中

日の出産業の若狭です。いつもお世話になっております。

当社経理部宛てに、貴行を名乗って「振込先口座の変更」を求めるメールが届いています。
貴行からの正式なご連絡かどうか、ご確認いただけますでしょうか。

　受信日時：10月23日 9:41
　差出人表示：みどり銀行 法人営業部
　本文の口座：みどり銀行 新宿支店 普通 (末尾 -2271)

正式なものでない場合、当社から注意喚起を出したいと考えております。
""" + sig(*WAKASA, ext="4421"))

add(67, "stop", [], ["lookalike_domain"],
    "mail to shirakawa-1aw.jp (digit 1 for the letter l), a homoglyph of the partner law firm",
    charset="iso-2022-jp", sender=frm(SHOJI),
    to=["浅野先生 <asano@shirakawa-1aw.jp>"],
    subject="公表文案のご確認",
    body="""浅野先生

東海林です。お世話になっております。
本日夕方にホームページへ掲載予定の公表文案をお送りします。
法的な観点で問題がないか、15時までにご確認いただけますと幸いです。

　タイトル：当社ECサイトへの不正アクセスに関するお知らせ（第2報）
　主な変更点：対象件数の確定（3,214件）、クーポン送付の記載を追加

よろしくお願いいたします。
""" + sig(*SHOJI, ext="4425", style=2))

add(68, "stop", [], ["lookalike_domain"],
    "sent to soc@hinode-sangyo-co.jp: a hyphen in place of the dot in the own domain",
    charset="utf-8", sender=frm(NAKASONE),
    to=["SOC <soc@hinode-sangyo-co.jp>"],
    subject="EDRアラート抑止ルールの追加依頼",
    body="""SOC担当各位

仲宗根です。
フォレンジック業者の調査ツール（KAPE、Velociraptor）が EDR で検知されるため、
下記の端末に限り、11月7日まで検知を抑止するルールを追加してください。

　HS-NB-0417 / HS-DT-1120 / shp-gw02

ハッシュ値は別途チケット（REQ-2025-30601）に記載しています。
""" + sig(*NAKASONE, ext="4433", style=2))

add(69, "stop", [], ["lookalike_domain"],
    "sent to nishiki-insatsu.jp: the partner's domain with co. dropped",
    charset="iso-2022-jp", sender="広報部 竹中 瞳 <takenaka.hitomi@hinode-sangyo.co.jp>",
    to=["野々村様 <nonomura@nishiki-insatsu.jp>"],
    subject="お詫び状 文面の最終版",
    body="""錦印刷株式会社
野々村様

日の出産業 広報部の竹中です。
お詫び状の文面の最終版です。差し込みは宛名のみで、本文は全員共通です。
校正刷りを明日中にPDFでいただけますでしょうか。

--
日の出産業株式会社 広報部　竹中 瞳
""")

_sub = employees(6)
_subl = "\n".join(f"{p.name}\t{p.mail}\t{p.dept}" for p in _sub)
add(70, "pass", ["PERSON_NAME", "EMAIL_ADDRESS"], [],
    "list of six employees sent to the SOC at mail.hinode-sangyo.co.jp, an internal subdomain",
    charset="cp932", sender=frm(NAKASONE),
    to=["SOC当番 <soc@mail.hinode-sangyo.co.jp>"],
    subject="監視強化対象アカウント（10/24〜）",
    body=f"""SOC当番各位

仲宗根です。今週末まで、下記6名のサインインを監視強化対象としてください。
海外IPからの成功サインインがあった場合は、時間帯を問わず当番携帯へ。

{_subl}
""")

_fr = employees(5)
_frt = [["アカウント", "氏名", "流出したデータ", "確認日"]]
for p in _fr:
    _frt.append([p.mail, p.name, rng.choice(["受信メール（約1,200通）", "OneDrive内ファイル", "連絡先"]), "2025/10/22"])
add(71, "stop", ["PERSON_NAME", "EMAIL_ADDRESS"], [],
    "forensic report PDF with a table of five employees' accounts forwarded to a partner",
    charset="iso-2022-jp", sender=frm(IWAKI),
    to=["it@kitaguni-foods.co.jp"],
    subject="FW: 【青空フォレンジック】調査報告書（速報版）",
    body="""北国フーズ 情報システム課 御中

岩城です。
フォレンジック業者からの速報版報告書を転送いたします。
貴社とのやり取りがあった当社社員のメールボックスが閲覧されていたため、
貴社でもフィッシング等の二次被害にご注意ください。

---------- Forwarded message ---------
From: 黒田 聡史 <kuroda.s@aozora-forensics.co.jp>
Date: 2025年10月24日(金) 18:20
Subject: 【青空フォレンジック】調査報告書（速報版）

日の出産業株式会社 岩城様
速報版の報告書を添付いたします。最終版は11月第2週の予定です。
""" + sig(*IWAKI, ext="4410", style=2),
    attachments=[{"kind": "pdf", "name": "調査報告書_速報版.pdf", "title": "調査報告書（速報版）",
                  "lines": ["調査報告書（速報版）", "青空フォレンジック株式会社",
                            "攻撃者が閲覧したメールボックス：", ""],
                  "table": _frt}])

add(72, "pass", [], [],
    "forwards a vendor's general security advisory to a partner; no personal data",
    charset="utf-8", sender=frm(HASEBE),
    to=["sec-team@tsubasa-system.jp"],
    subject="FW: 【アドバイザリ】SSL-VPN製品の認証回避の脆弱性（CVE-2025-2xxxx）",
    body="""ツバサシステム 情報セキュリティ課 御中

長谷部です。ご参考まで、契約先のセキュリティベンダーからのアドバイザリを転送します。
当社拠点のVPN装置も該当バージョンですので、適用計画をご相談させてください。

-------- Forwarded Message --------
Subject: 【アドバイザリ】SSL-VPN製品の認証回避の脆弱性（CVE-2025-2xxxx）
From: クロガネセキュリティ Threat Intel <ti-advisory@kurogane-sec.jp>

■概要
複数のSSL-VPN製品で、細工したリクエストにより認証を回避される脆弱性が公開されました。
すでに悪用が確認されています（CVSS 9.8）。

■対象
FW 9.1R17 以前、22.7R2.3 以前

■対策
修正版の適用、または暫定対策としてWeb管理画面の外部公開停止。
""" + sig(*HASEBE, ext="4419", style=2))

_cc2 = card_number(nseed())
_cp2 = employee()
add(73, "stop", ["PERSON_NAME", "CREDIT_CARD"], [],
    "forwards (as an attached mail) an employee's report containing his full card number to the card issuer",
    charset="iso-2022-jp", sender=frm(WAKASA),
    to=["fraud-desk@hoshi-card.co.jp"],
    subject="フィッシングサイトでカード情報を入力した社員について",
    body="""ほしカード株式会社
不正利用対策室 御中

日の出産業の若狭です。
当社社員が、当社を装ったフィッシングサイトで法人カードの情報を入力してしまいました。
本人からの報告メールを添付しますので、カードの利用停止と再発行をお願いいたします。
""" + sig(*WAKASA, ext="4421"),
    attachments=[{"kind": "eml", "name": "報告_カード情報入力.eml", "message": {
        "charset": "iso-2022-jp", "sender": f"{_cp2.name} <{_cp2.mail}>",
        "to": ["csirt@hinode-sangyo.co.jp"], "subject": "カード情報を入力してしまいました",
        "body": f"""CSIRT御中

{_cp2.dept}の{_cp2.name}です。
先ほど「出張旅費の精算に法人カードの再登録が必要」というメールのリンクから、
法人カードの情報を入力してしまいました。

カード番号：{_cp2.sur}名義 {_cc2}
有効期限：08/28

申し訳ありません。どうすればよいでしょうか。
"""}}])

add(74, "pass", [], [],
    "internal reply to an employee who reported a phish",
    charset="cp932", sender=frm(CSIRT),
    to=["経理部 笹本 由香 <sasamoto.yuka@hinode-sangyo.co.jp>"],
    subject="Re: [フィッシング報告] 社長を名乗るメール",
    body="""笹本さん

CSIRTです。ご報告ありがとうございました。
ご推察のとおり、社長を装った詐欺メール（ビジネスメール詐欺）です。
差出人のドメインが hinode-sangyo.co となっており、当社のドメインではありません。

すでに返信されたとのことですが、口座情報などは送っていないため、
被害はありません。今後、同じ差出人から連絡があっても応じずに、
CSIRTへ転送してください。受信拒否の設定はこちらで行いました。

> 先ほど社長からのメールに返信してしまったのですが、
> よく見るとアドレスが少し違う気がします。
""")

add(75, "pass", [], [],
    "phishing sample (attached .eml, no personal data) sent to a security vendor for analysis",
    charset="utf-8", sender=frm(HASEBE),
    to=["ti-advisory@kurogane-sec.jp"],
    subject="検体提出：経費精算を装うフィッシングメール",
    body="""クロガネセキュリティ Threat Intel 御中

長谷部です。契約に基づく検体提出です。
添付のメールは当社社員が受信したフィッシングメールの原本（ヘッダ付き）です。
リンク先のキットの特定と、同種キャンペーンの観測状況を教えてください。
""" + sig(*HASEBE, ext="4419", style=2),
    attachments=[{"kind": "eml", "name": "phish_sample_1021.eml", "message": {
        "charset": "utf-8", "sender": "日の出産業 経理部 <keihi-support@hinode-keihi-login.com>",
        "to": ["all-staff@hinode-sangyo.co.jp"],
        "subject": "【重要】経費精算システムのアカウント更新のお願い",
        "html": """<html><body><p>日の出産業 社員各位</p>
<p>経費精算システムの更新に伴い、10月24日までにアカウントの再認証が必要です。</p>
<p><a href="https://sso-hinode.top/owa/">こちらから再認証してください</a></p>
<p>期限を過ぎるとアカウントが停止されます。</p><p>経理部</p></body></html>"""}}])

_vs = people(6)
_vsl = "\n".join(f"| {1000 + i} | {p.name} | {p.mail} | {ymd(p.dob)} |" for i, p in enumerate(_vs))
add(76, "stop", ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"], [],
    "forwards a researcher's report whose PoC output holds six applicants' records to the development contractor",
    charset="utf-8", sender=frm(SAOTOME),
    to=["ツバサシステム 開発部 <dev-recruit@tsubasa-system.jp>"],
    subject="FW: 脆弱性報告（採用サイト /api/applicant）",
    body=f"""ツバサシステム 開発部 御中

早乙女です。採用サイトについて外部の方から脆弱性の報告がありました。
至急、修正のご検討をお願いします。以下、報告の原文です。

-----Original Message-----
From: m.ozawa.researcher@gmail.com
Sent: 2025年10月25日 22:13
Subject: 脆弱性報告（採用サイト /api/applicant）

日の出産業 ご担当者様

/api/applicant?id= に認可チェックがなく、任意の応募者情報が取得できます。
連番で6件取得した結果を証拠として記載します（これ以上は取得していません）。

| id   | name | email | birth |
{_vsl}

小沢
""" + sig(*SAOTOME))

add(77, "pass", [], [],
    "forwards the PoC steps without any sample records to the development contractor",
    charset="iso-2022-jp", sender=frm(SAOTOME),
    to=["dev-recruit@tsubasa-system.jp"],
    subject="FW: 脆弱性報告（採用サイト /entry/confirm）",
    body="""ツバサシステム 開発部 御中

早乙女です。別件で、採用サイトの確認画面にも報告がありました。
報告者の記載した応募者情報は削除し、再現手順のみ転送します。

---------- 転送メッセージ ----------
件名: 御社採用サイトの脆弱性について

再現手順：
  1. 自分で応募して確認画面（/entry/confirm?id=xxxxx）を開く
  2. id の値を1つ減らす
  3. 他の応募者の確認画面が表示される

想定原因：セッションと応募IDの紐付けを確認していない（IDOR）
""" + sig(*SAOTOME, style=2))

_rs = person()
add(78, "pass", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], [],
    "gives the contractor one researcher's contact details: a single person, may warn",
    charset="cp932", sender=frm(SAOTOME),
    to=["dev-recruit@tsubasa-system.jp"],
    subject="報告者の連絡先（修正確認の依頼用）",
    body=f"""ツバサシステム 開発部 御中

早乙女です。
修正後の確認を報告者にお願いすることになりましたので、連絡先をお伝えします。
報告者ご本人の了承済みです。連絡の際は当社CSIRTをCcに入れてください。

　お名前：{_rs.name} 様
　メール：{_rs.mail}
　電話　：{_rs.mobile}（平日19時以降希望）
""" + sig(*SAOTOME, style=2))

add(79, "stop", [], ["unscannable_attachment"],
    "password-protected PDF of the breach report sent to the law firm: cannot be inspected",
    charset="iso-2022-jp", sender=frm(SHOJI),
    to=["asano@shirakawa-law.jp"],
    subject="確報（提出版）の控え",
    body="""浅野先生

東海林です。本日、個人情報保護委員会へ確報を提出いたしました。
提出版の控えをパスワード付きPDFでお送りします。パスワードはお電話でお伝えします。
""" + sig(*SHOJI, ext="4425"),
    attachments=[{"kind": "pdf", "name": "確報_提出版_控え.pdf", "password": "shirakawa1113",
                  "lines": ["個人データの漏えい等事案に関する報告（確報）", "日の出産業株式会社",
                            "本人の数：3,214名"]}])

add(80, "pass", [], [],
    "plain (unencrypted) ZIP of IOC text files sent to the ISAC; nothing about people",
    charset="utf-8", sender=frm(HASEBE),
    to=["share@seizo-isac.or.jp"],
    subject="[TLP:GREEN] IOC一式（STIX/CSV）",
    body="""製造業ISAC 御中

長谷部です。先日共有したIOCを機械可読形式でお送りします。
zipにパスワードはかけていません。
""" + sig(*HASEBE, ext="4419", style=2),
    attachments=[{"kind": "zip", "name": "ioc_hinode_202510.zip", "files": [
        {"kind": "csv", "name": "ioc.csv", "encoding": "utf-8",
         "rows": [["type", "value", "first_seen", "comment"],
                  ["domain", "hinode-keihi-login.com", "2025-10-18", "phishing"],
                  ["domain", "sso-hinode.top", "2025-10-19", "AiTM"],
                  ["ipv4", "185.220.101.47", "2025-10-20", "credential post"],
                  ["ipv4", "45.137.21.9", "2025-10-21", "mailbox rule"]]},
        {"kind": "txt", "name": "README.txt",
         "text": "TLP:GREEN\nSource: Hinode Sangyo HS-CSIRT\nContact: csirt@hinode-sangyo.co.jp\n"}]}])

# ======================================================================================
# 081–100
# ======================================================================================

add(81, "stop", [], ["unscannable_attachment"],
    "the impact-list workbook sent to a partner is damaged and cannot be opened or inspected",
    charset="cp932", sender=frm(NAKASONE),
    to=["johosys@aoba-unyu.co.jp"],
    subject="影響範囲一覧（出荷予定データ）",
    body="""青葉運輸株式会社
情報システム部 御中

日の出産業の仲宗根です。
攻撃者が取得した可能性のある出荷予定データの一覧（伝票番号ベース）を添付します。
貴社側のAPIログとの突合にお使いください。
""" + sig(*NAKASONE, ext="4433", style=2),
    attachments=[{"kind": "corrupt", "name": "影響範囲一覧_shipping.xlsx"}])

add(82, "pass", [], [],
    "screenshot (image only) of a phishing page sent to the takedown vendor",
    charset="iso-2022-jp", sender=frm(HASEBE),
    to=["テイクダウン受付 <takedown@kurogane-sec.jp>"],
    subject="テイクダウン依頼：sso-hinode[.]top",
    body="""クロガネセキュリティ テイクダウン受付 御中

長谷部です。下記フィッシングサイトのテイクダウンをお願いします。

　URL：hxxps://sso-hinode[.]top/owa/
　レジストラ：（WHOIS上はプライバシー保護）
　ホスティング：AS-xxxxx（オランダ）
　初回観測：2025-10-19 22:40 JST

当社のログイン画面を模倣したページのスクリーンショットを添付します。
""" + sig(*HASEBE, ext="4419"),
    attachments=[{"kind": "png", "name": "sso-hinode_top_20251019.png"}])

_ppc = {"表紙": [["漏えい等報告 別紙", "日の出産業株式会社", "令和7年11月13日"],
                 ["本人の数", "3,214", ""]]}
for k, title in enumerate(["会員（個人）", "会員（法人担当者）"]):
    rows = [["氏名", "郵便番号", "住所", "電話番号", "メールアドレス"]]
    for p in people(8 if k == 0 else 5):
        rows.append([p.name, p.zip, p.addr, p.landline, p.mail])
    _ppc[title] = rows
add(83, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
    "workbook of affected persons (thirteen records over two sheets) sent to the PPC by e-mail",
    charset="iso-2022-jp", sender=frm(SHOJI),
    to=["個人情報保護委員会 事務局 <roei-houkoku@kojinjoho-iinkai.go.jp>"],
    subject="【日の出産業株式会社】漏えい等報告 別紙の送付について（受付番号 R7-11-0823）",
    body="""個人情報保護委員会事務局 御中

日の出産業株式会社 情報セキュリティ室の東海林でございます。
先日提出いたしました漏えい等報告（受付番号 R7-11-0823）に関し、
お電話でご指示のありました別紙（本人の内訳）をお送りいたします。
現時点で連絡先が確認できた方の一部を抜粋しております。

何卒よろしくお願い申し上げます。
""" + sig(*SHOJI, ext="4425"),
    attachments=[{"kind": "xlsx", "name": "別紙_本人内訳.xlsx", "title": "漏えい等報告 別紙",
                  "sheets": _ppc}])

add(84, "pass", [], [],
    "question to the PPC about report deadlines; no personal data",
    charset="utf-8", sender=frm(SHOJI),
    to=["roei-houkoku@kojinjoho-iinkai.go.jp"],
    subject="確報の提出期限についてのお問い合わせ",
    body="""個人情報保護委員会事務局 御中

日の出産業株式会社の東海林と申します。
10月20日に速報を提出した件（受付番号 R7-11-0823）について、お伺いいたします。

不正の目的によるおそれがある漏えい等のため、確報は60日以内と理解しておりますが、
調査の途中で本人の数が増えた場合、確報の提出後に追完する形でよいでしょうか。
それとも、確報の提出自体を待つべきでしょうか。

ご教示いただけますと幸いです。
""" + sig(*SHOJI, ext="4425", style=2))

_rd = [["氏名", "所属", "メールアドレス", "クリック回数（年間）", "受講期限"]]
for p in employees(7):
    _rd.append([p.name, p.dept, p.mail, f"{rng.randrange(2, 5)}回", "12月19日"])
add(85, "stop", ["PERSON_NAME", "EMAIL_ADDRESS"], [],
    "DOCX table of seven named employees who repeatedly clicked drill mails, sent to the training vendor",
    charset="iso-2022-jp", sender=frm(WAKASA),
    to=["support@manabi-sec.co.jp"],
    cc=["matsuoka@manabi-sec.co.jp"],
    subject="個別フォローアップ研修 対象者のご連絡",
    body="""まなびセキュリティ株式会社
eラーニング運営事務局 御中（cc: 松岡様）

若狭です。年間で複数回訓練メールのリンクをクリックした方を対象に、
個別フォローアップ研修（30分・オンライン）をお願いしたく、対象者一覧を添付します。
""" + sig(*WAKASA, ext="4421"),
    attachments=[{"kind": "docx", "name": "フォローアップ対象者.docx",
                  "paragraphs": ["個別フォローアップ研修 対象者一覧", "対象：年間クリック回数2回以上"],
                  "tables": [_rd], "page_footer": "日の出産業株式会社 情報セキュリティ室"}])

_it = [["社員番号", "氏名", "部署", "受講状況", "テスト"]]
for p in employees(9):
    _it.append([p.empno, p.name, p.dept, rng.choice(["完了", "完了", "未受講"]), rng.choice(["合格", "再受講", "-"])])
add(86, "pass", ["PERSON_NAME"], [],
    "per-employee training status sent only to HR (internal)",
    charset="cp932", sender=frm(WAKASA),
    to=["人事部 研修担当 <kenshu@hinode-sangyo.co.jp>"],
    subject="情報セキュリティ研修 未受講者の督促について",
    body=f"""人事部 研修担当 御中

若狭です。上期研修の受講状況のうち、督促が必要な方を含む抜粋です。
未受講の方への督促を、人事部名でお願いできますでしょうか。

{pad(_it, rule="=")}

締切は11月14日です。
""")

_hd = employee()
add(87, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "timeline sent to the forensic vendor names an employee and his health-check result (suspected heart disease)",
    charset="utf-8", sender=frm(SAOTOME),
    to=["dfir@kurogane-sec.jp"],
    subject="HS-NB-0417 使用状況の補足（タイムライン）",
    body=f"""小池様

早乙女です。端末の使用状況について、聞き取りの結果を補足します。

10/14 08:50　{_hd.name}さん出社、HS-NB-0417にログオン
10/14 11:30　{_hd.name}さん、人間ドックの結果で心疾患の疑いがあり再検査となったため早退
　　　　　　 （端末はロックせず、自席に置いたまま）
10/14 13:05　同端末から経費精算を装うメールのリンクへアクセス（プロキシログ）
10/14 13:07　認証情報の送信

この間、誰が端末を操作したのかが焦点になると考えています。
""" + sig(*SAOTOME, style=2))

_rl = employees(2)
add(88, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "CSV of two employees' religion-based meal requirements (from a leaked file) sent to the vendor",
    charset="iso-2022-jp", sender=frm(SAOTOME),
    to=["kuroda.s@aozora-forensics.co.jp"],
    subject="社員食堂ファイルの照合用データ",
    body="""黒田様

早乙女です。
流出が疑われる「食堂_配慮食申請.xlsx」について、照合用に2名分をCSVでお送りします。
宗教上の配慮に関する項目が含まれるため、要配慮個人情報として報告対象になるか
判断したいと考えております。
""" + sig(*SAOTOME, style=2),
    attachments=[{"kind": "csv", "name": "haishoku_check.csv",
                  "rows": [["社員番号", "氏名", "所属", "申請内容", "理由"],
                           [_rl[0].empno, _rl[0].name, _rl[0].dept, "豚肉・アルコール不使用", "イスラム教（ハラール）"],
                           [_rl[1].empno, _rl[1].name, _rl[1].dept, "肉類不使用", "宗教上の理由（ヒンドゥー教）"]]}])

_dz = employees(3)
_dzl = "\n".join(f"　{p.name}（{p.dept}）　身体障害者手帳 {rng.choice(['2級', '3級', '4級'])}　{rng.choice(['聴覚障害', '下肢機能障害', '内部障害'])}"
                 for p in _dz)
add(89, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "three named employees' disability grades (from the breached share) sent to the law firm",
    charset="cp932", sender=frm(SHOJI),
    to=["asano@shirakawa-law.jp"],
    subject="要配慮個人情報の該当性について（ご相談）",
    body=f"""浅野先生

東海林です。追加でご相談です。
閲覧された人事フォルダの中に、障害者雇用の管理表がありました。
記載は下記のような内容です（3名分を例示します）。

{_dzl}

この管理表が閲覧されていた場合、要配慮個人情報の漏えいとして
1名からでも報告対象になるという理解でよろしいでしょうか。
""" + sig(*SHOJI, ext="4425", style=2))

add(90, "pass", [], [],
    "general legal question about 要配慮個人情報 categories; no identifiable person",
    charset="iso-2022-jp", sender=frm(SHOJI),
    to=["asano@shirakawa-law.jp"],
    subject="Re: 要配慮個人情報の該当性について（ご回答のお礼）",
    body="""浅野先生

東海林です。早速のご回答ありがとうございました。

・病歴、障害、犯罪の経歴などの要配慮個人情報は、1名分でも報告対象となる
・社員食堂の配慮食申請のうち、宗教上の理由を記載したものは「信条」に該当し得る
・健康診断の結果そのものが含まれていなくても、受診の有無だけなら直ちには該当しない

以上の理解で、社内の判断基準を作成いたします。
案ができましたら、改めてご確認をお願いいたします。

> ご質問の件、結論から申し上げますと、要配慮個人情報が含まれる場合は
> 件数にかかわらず報告対象となります。
""" + sig(*SHOJI, ext="4425", style=2) + DISC_JA)

add(91, "pass", [], [],
    "mail about the NDA (秘密保持契約) with the forensic vendor",
    charset="cp932", sender=frm(IWAKI),
    to=["営業部 石黒様 <ishiguro@kurogane-sec.jp>"],
    subject="秘密保持契約書（案）へのコメント",
    body="""クロガネセキュリティ株式会社
営業部 石黒様

いつもお世話になっております。日の出産業の岩城です。
秘密保持契約書（案）につき、当社法務部からのコメントをお送りします。

・第2条（秘密情報の定義）：口頭で開示した情報も、開示後30日以内に書面で特定すれば
　秘密情報に含まれるよう修正をお願いします。
・第6条（返還・廃棄）：調査で取得したディスクイメージ等の証拠データも対象に含め、
　廃棄証明書の提出を義務としてください。
・第9条（有効期間）：契約終了後5年間としてください。

ご確認のうえ、修正版をいただけますと幸いです。
""" + sig(*IWAKI, ext="4410") + DISC_JA)

_tno = "T" + corp_number("020101084417")
add(92, "pass", ["JP_CORPORATE_NUMBER"], [],
    "purchase order / invoice talk with the vendor's registration (T-)number; a company's data, not a person's",
    charset="iso-2022-jp", sender="経理部 支払グループ 小宮 <komiya.sho@hinode-sangyo.co.jp>",
    to=["青空フォレンジック 経理ご担当 <keiri@aozora-forensics.co.jp>"],
    cc=["iwaki.takuma@hinode-sangyo.co.jp"],
    subject="ご請求書の記載事項について（注文番号 PO-2025-08812）",
    body=f"""青空フォレンジック株式会社
経理ご担当者様

日の出産業 経理部の小宮です。
10月30日付のご請求書（請求番号 AF-INV-20251030-07）を受領いたしました。

インボイス制度の登録番号の記載が「{_tno[:-2]}」と末尾が欠けているようですので、
正しい登録番号（{_tno}）で再発行をお願いできますでしょうか。

　注文番号：PO-2025-08812
　件名：インシデント調査支援（INC-2025-1203）
　金額：6,800,000円（税抜）
　お支払予定日：11月28日

--
日の出産業株式会社 経理部 支払グループ
小宮 翔　TEL 03-5401-7760
""")

add(93, "pass", [], [],
    "weekly CSIRT metrics to internal management; internal-only recipients",
    charset="utf-8", sender=frm(IWAKI),
    to=["情報システム部長 <is-bucho@hinode-sangyo.co.jp>"],
    cc=["csirt-members@hinode-sangyo.co.jp"],
    subject="[週報] HS-CSIRT 10/20〜10/26",
    body="""部長

今週のCSIRT週報です。

■件数
　フィッシング報告　　　　　142件（前週 61件）
　うち認証情報入力　　　　　　7件
　アカウントロックアウト　　 23件
　インシデントチケット起票　　4件（INC-2025-1187, 1203, 1204, 1209）

■主な対応
　・INC-2025-1203：封じ込め完了、復旧フェーズ。フォレンジック速報受領。
　・個人情報保護委員会へ速報提出（10/20）。確報は11/13予定。
　・外部研究者からの脆弱性報告2件（採用サイト）。修正中。

■来週
　・VPN装置の更新（10/26 夜間）
　・管理職向け研修の日程確定
""")

add(94, "pass", [], [],
    "English mail to a bug-bounty platform about a payout; no personal data",
    charset="utf-8", sender=frm(HASEBE),
    to=["Triage Team <triage@bugbounty-hub.com>"],
    subject="Re: Report #HB-58213 – bounty decision",
    body="""Hello Triage Team,

We have reviewed report #HB-58213 (IDOR on the supplier portal) and agree
with your severity assessment (High, CVSS 7.5).

We would like to award USD 2,500 to the researcher. Please process the payout
through the platform as usual and charge it to our prepaid balance
(program ID: hinode-sangyo-public).

The fix was released on October 24. The researcher is welcome to retest and
we will mark the report as resolved after confirmation.

Thanks,

On Mon, Oct 27, 2025 at 9:14 AM Triage Team <triage@bugbounty-hub.com> wrote:
> The researcher has confirmed the issue is reproducible on the production
> environment. Please let us know your bounty decision.
""" + sig("Keigo Hasebe", HASEBE[1], style=3))

_vip = people(6, born=(1955, 1975))
_viprows = "\n".join(f"{i}. {p.romaji:<22} {p.mobile:<15} {p.mail}" for i, p in enumerate(_vip, 1))
add(95, "stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
    "six executives' personal mobiles and private e-mail addresses sent to an overseas threat-intel vendor",
    charset="utf-8", sender=frm(HASEBE),
    to=["ShadowWatch Onboarding <onboarding@shadowwatch-intel.com>"],
    subject="VIP monitoring – executive list",
    body=f"""Hello,

As part of the VIP protection add-on, please monitor the following executives'
personal phone numbers and private e-mail addresses for exposure in breaches,
paste sites and dark-web markets.

{_viprows}

Alerts should go to csirt@hinode-sangyo.co.jp only, not to the executives
directly.

Best regards,
""" + sig("Keigo Hasebe", HASEBE[1], style=3))

add(96, "pass", [], [],
    "dark-web monitoring scope (domains, brands, IP ranges) to the vendor; no people",
    charset="utf-8", sender=frm(HASEBE),
    to=["onboarding@shadowwatch-intel.com"],
    subject="Monitoring scope – domains and keywords",
    body="""Hello,

Here is the monitoring scope for our subscription (contract SW-JP-2025-114):

Domains:
  - hinode-sangyo.co.jp
  - hinode-ec.jp
  - hinode-recruit.jp
Brand keywords:
  - 日の出産業 / Hinode Sangyo / HINODE-EC
Public IP ranges:
  - 203.0.113.0/26
  - 198.51.100.128/27
Typosquatting watch: yes (including homoglyphs and TLD variants)

Please confirm once the scope has been configured.

Regards,
Keigo Hasebe (HS-CSIRT)
""")

_oc = employees(6)
_ocl = "\n".join(f"{['月', '火', '水', '木', '金', '土日'][i]}　{p.name}　{p.mobile}" for i, p in enumerate(_oc))
_home = person()
add(97, "stop", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "the CSIRT on-call roster (six members' mobiles) sent to a member's personal free-mail address",
    charset="iso-2022-jp", sender=frm(NAKASONE),
    to=[f"{_home.name} <{_home.mail}>"],
    subject="来週のCSIRT当番表（自宅用）",
    body=f"""{_home.sur}さん

仲宗根です。在宅で待機と聞いたので、当番表を個人アドレスに送っておきます。
VPNが復旧するまでは、社用携帯の代わりにこちらで連絡を取り合いましょう。

{_ocl}

夜間の一次受けは当番、二次は岩城室長です。
""")

_self = person()
add(98, "pass", [], [],
    "an employee's own reset instructions sent to his personal address: one free-mail recipient, nobody else's data",
    charset="cp932", sender=frm(CSIRT),
    to=[_self.mail],
    subject="【日の出産業CSIRT】アカウント再設定の手順",
    body=f"""{_self.sur}様

日の出産業 CSIRTです。お電話ありがとうございました。
社用PCが使えない間の、アカウント再設定の手順をお送りします。

1. 私物のPCまたはスマートフォンで https://mysignins.hinode-sangyo.co.jp を開く
2. 先ほどお電話でお伝えした一時パスワードでサインイン
3. 新しいパスワード（14文字以上）を設定
4. Microsoft Authenticator を再登録

完了しましたら、CSIRT当番（03-5401-7731）までご連絡ください。
※このメールへの返信は不要です。
""")

_atk = [f"{w}@{d}" for w, d in [("hinode.keiri.support", "gmail.com"), ("sangyo-soumu2025", "outlook.com"),
                                ("h.omine.ceo", "gmail.com"), ("keihi-info-hs", "yahoo.co.jp"),
                                ("tanaka.hinode.jp", "proton.me")]]
add(99, "either", ["EMAIL_ADDRESS"], [],
    "five free-mail addresses used by the attackers, sent to the police: a list of people's e-mails, or attacker indicators?",
    charset="iso-2022-jp", sender=frm(IWAKI),
    to=["miyashita.k@cyber-taisaku.pref-police.lg.jp"],
    subject="攻撃者が使用したメールアドレスについて（追加資料）",
    body="""宮下様

日の出産業の岩城です。
ご依頼のありました、攻撃者が当社社員とのやり取りに使用したメールアドレスです。
いずれも当社の社員・役員の名前をかたったフリーメールアドレスです。

""" + "\n".join(f"　・{a}" for a in _atk) + """

各アドレスから受信したメールの原本（.msg）は、DVD-Rで別途お届けします。
""" + sig(*IWAKI, ext="4410", style=2))

_sc = employees(4)
add(100, "either", ["PERSON_NAME"], [],
    "four named employees whose stress-check records were viewed (no results quoted), sent to the vendor: health data or not?",
    charset="utf-8", sender=frm(SAOTOME),
    to=["kuroda.s@aozora-forensics.co.jp"],
    subject="健康管理システムへのアクセス有無の確認",
    body=f"""黒田様

早乙女です。乗っ取られた人事部アカウントの操作ログに、健康管理システムの
ストレスチェック結果画面の閲覧が4件記録されていました。
閲覧された画面の対象者は以下のとおりです（結果の内容は記載しません）。

　{_sc[0].name}（{_sc[0].dept}）
　{_sc[1].name}（{_sc[1].dept}）
　{_sc[2].name}（{_sc[2].dept}）
　{_sc[3].name}（{_sc[3].dept}）

画面の内容が攻撃者の端末に保存された形跡があるか、ご確認をお願いします。
""" + sig(*SAOTOME, style=2))
