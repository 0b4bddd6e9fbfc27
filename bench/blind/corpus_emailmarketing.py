"""Blind corpus, area "emailmarketing": 日の出産業のメール・SMS配信代行／CRMサービス.

Mail of the delivery-operations, support, sales and data teams of 日の出産業 to its client
companies (subscriber CSV imports, bounce and unsubscribe lists, segment exports, test
sends, campaign reports, data processing agreements, support tickets with sample records),
to list-cleaning vendors and SMS gateways, and about opt-in proofs and spam complaints.

Every person, subscriber, phone number, e-mail address, postal address, date of birth,
ID number, card number and every client company in this file is invented; any likeness to
a real person or company is accidental.

my_number() / card_number() seeds start at SEED = 7801 and go up by one in order of use:
7801 card_number (message 022), 7802-7808 my_number (messages 023, 024, 078).
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

SEED = 7801
_seed = [SEED]


def _next_seed() -> int:
    s = _seed[0]
    _seed[0] += 1
    return s


def mynum() -> str:
    return my_number(_next_seed())


def card() -> str:
    return card_number(_next_seed())


R = random.Random(SEED)

# ---- people -------------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"), ("伊藤", "いとう", "Ito"), ("渡辺", "わたなべ", "Watanabe"),
    ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山口", "やまぐち", "Yamaguchi"),
    ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"),
    ("清水", "しみず", "Shimizu"), ("森", "もり", "Mori"), ("池田", "いけだ", "Ikeda"),
    ("橋本", "はしもと", "Hashimoto"), ("石川", "いしかわ", "Ishikawa"), ("前田", "まえだ", "Maeda"),
    ("藤田", "ふじた", "Fujita"), ("岡田", "おかだ", "Okada"), ("後藤", "ごとう", "Goto"),
    ("長谷川", "はせがわ", "Hasegawa"), ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"),
    ("坂本", "さかもと", "Sakamoto"), ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"),
    ("西村", "にしむら", "Nishimura"), ("福田", "ふくだ", "Fukuda"), ("三浦", "みうら", "Miura"),
    ("岡本", "おかもと", "Okamoto"), ("中川", "なかがわ", "Nakagawa"), ("原田", "はらだ", "Harada"),
    ("小野", "おの", "Ono"), ("竹内", "たけうち", "Takeuchi"), ("金子", "かねこ", "Kaneko"),
    ("和田", "わだ", "Wada"), ("石田", "いしだ", "Ishida"), ("上田", "うえだ", "Ueda"),
    ("柴田", "しばた", "Shibata"), ("大野", "おおの", "Ono"), ("野口", "のぐち", "Noguchi"),
    # rare ones
    ("勅使河原", "てしがわら", "Teshigawara"), ("東海林", "しょうじ", "Shoji"),
    ("小鳥遊", "たかなし", "Takanashi"), ("四月一日", "わたぬき", "Watanuki"),
    ("百目鬼", "どうめき", "Domeki"), ("薬袋", "みない", "Minai"), ("九十九", "つくも", "Tsukumo"),
    ("御手洗", "みたらい", "Mitarai"), ("五月女", "そうとめ", "Sotome"), ("月見里", "やまなし", "Yamanashi"),
    ("仲村渠", "なかんだかり", "Nakandakari"), ("我如古", "がねこ", "Ganeko"), ("鰐渕", "わにぶち", "Wanibuchi"),
    ("雲母", "きらら", "Kirara"), ("左右田", "そうだ", "Soda"), ("釜萢", "かまやち", "Kamayachi"),
]

GIVEN = [
    ("太郎", "たろう", "Taro", "男"), ("健一", "けんいち", "Kenichi", "男"), ("大輔", "だいすけ", "Daisuke", "男"),
    ("翔太", "しょうた", "Shota", "男"), ("拓也", "たくや", "Takuya", "男"), ("直樹", "なおき", "Naoki", "男"),
    ("誠", "まこと", "Makoto", "男"), ("浩二", "こうじ", "Koji", "男"), ("悠真", "ゆうま", "Yuma", "男"),
    ("蓮", "れん", "Ren", "男"), ("隆", "たかし", "Takashi", "男"), ("修", "おさむ", "Osamu", "男"),
    ("陽介", "ようすけ", "Yosuke", "男"), ("和也", "かずや", "Kazuya", "男"), ("哲也", "てつや", "Tetsuya", "男"),
    ("花子", "はなこ", "Hanako", "女"), ("美咲", "みさき", "Misaki", "女"), ("由美", "ゆみ", "Yumi", "女"),
    ("恵子", "けいこ", "Keiko", "女"), ("陽菜", "ひな", "Hina", "女"), ("結衣", "ゆい", "Yui", "女"),
    ("真由美", "まゆみ", "Mayumi", "女"), ("彩", "あや", "Aya", "女"), ("千尋", "ちひろ", "Chihiro", "女"),
    ("奈々", "なな", "Nana", "女"), ("智子", "ともこ", "Tomoko", "女"), ("さくら", "さくら", "Sakura", "女"),
    ("裕子", "ゆうこ", "Yuko", "女"), ("明美", "あけみ", "Akemi", "女"), ("沙織", "さおり", "Saori", "女"),
    ("舞", "まい", "Mai", "女"), ("芽衣", "めい", "Mei", "女"), ("琴音", "ことね", "Kotone", "女"),
]

PLACES = [
    ("160-0022", "東京都", "新宿区", "新宿"), ("154-0024", "東京都", "世田谷区", "三軒茶屋"),
    ("177-0041", "東京都", "練馬区", "石神井町"), ("135-0016", "東京都", "江東区", "東陽"),
    ("231-0023", "神奈川県", "横浜市中区", "山下町"), ("213-0001", "神奈川県", "川崎市高津区", "溝口"),
    ("330-0063", "埼玉県", "さいたま市浦和区", "高砂"), ("260-0013", "千葉県", "千葉市中央区", "中央"),
    ("530-0001", "大阪府", "大阪市北区", "梅田"), ("564-0027", "大阪府", "吹田市", "朝日町"),
    ("460-0008", "愛知県", "名古屋市中区", "栄"), ("060-0042", "北海道", "札幌市中央区", "大通西"),
    ("980-0811", "宮城県", "仙台市青葉区", "一番町"), ("812-0011", "福岡県", "福岡市博多区", "博多駅前"),
    ("730-0011", "広島県", "広島市中区", "基町"), ("650-0021", "兵庫県", "神戸市中央区", "三宮町"),
    ("900-0015", "沖縄県", "那覇市", "久茂地"), ("950-0087", "新潟県", "新潟市中央区", "東大通"),
    ("420-0857", "静岡県", "静岡市葵区", "御幸町"), ("862-0950", "熊本県", "熊本市中央区", "水前寺"),
    ("370-0841", "群馬県", "高崎市", "栄町"), ("310-0015", "茨城県", "水戸市", "宮町"),
    ("920-0853", "石川県", "金沢市", "本町"), ("700-0024", "岡山県", "岡山市北区", "駅元町"),
]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "au.com", "hotmail.co.jp", "i.softbank.jp"]


def _local(rng: random.Random, sur: str, giv: str) -> str:
    s, g = sur.lower(), giv.lower()
    pat = rng.randrange(7)
    if pat == 0:
        return f"{g}.{s}{rng.randint(1, 99)}"
    if pat == 1:
        return f"{s}_{g[0]}{rng.randint(70, 99)}"
    if pat == 2:
        return f"{g[:3]}{s[:4]}{rng.randint(100, 999)}"
    if pat == 3:
        return f"{s}.{g}"
    if pat == 4:
        return f"{g}-{rng.choice(['happy', 'sky', 'cafe', 'neko', 'sun', 'blue'])}{rng.randint(1, 9)}"
    if pat == 5:
        return f"{s[0]}{g}{rng.randint(1980, 2005)}"
    return f"{g}{s[:2]}.{rng.choice(['mail', 'box', 'home'])}"


def person(rng: random.Random = R, domain: str | None = None, born: tuple[int, int] = (1948, 2004)) -> dict:
    sur = rng.choice(SURNAMES)
    giv = rng.choice(GIVEN)
    place = rng.choice(PLACES)
    dob = date(rng.randint(*born), 1, 1) + timedelta(days=rng.randrange(365))
    mobile = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    area = rng.choice(["03", "06", "045", "052", "011", "092", "022", "075", "048", "043"])
    if len(area) == 2:
        land = f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    else:
        land = f"{area}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    banchi = f"{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 30)}"
    bldg = rng.choice(["", "", "", f" {rng.choice(['メゾン', 'コーポ', 'パークハイツ', 'グランシャリオ'])}{rng.randint(101, 905)}"])
    return {
        "sei": sur[0], "mei": giv[0], "name": f"{sur[0]} {giv[0]}", "name_nsp": f"{sur[0]}{giv[0]}",
        "kana": f"{sur[1]} {giv[1]}", "kata": f"{kata(sur[1])} {kata(giv[1])}",
        "romaji": f"{giv[2]} {sur[2]}", "ROMAJI": f"{sur[2].upper()} {giv[2]}",
        "gender": giv[3],
        "email": f"{_local(rng, sur[2], giv[2])}@{domain or rng.choice(FREEMAIL)}",
        "mobile": mobile, "tel": land,
        "zip": place[0], "pref": place[1], "city": place[2],
        "addr": f"{place[1]}{place[2]}{place[3]}{banchi}{bldg}",
        "dob": dob,
    }


def people(n: int, rng: random.Random = R, **kw) -> list[dict]:
    out, seen = [], set()
    while len(out) < n:
        p = person(rng, **kw)
        if p["email"] in seen or p["name"] in seen:
            continue
        seen.add(p["email"])
        seen.add(p["name"])
        out.append(p)
    return out


def kata(hira: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


_FW = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def fw(s: str) -> str:
    return s.translate(_FW)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fw":
        return fw(f"{era}{y}年{d.month}月{d.day}日").replace("年", "年")
    return f"{era}{y}年{d.month}月{d.day}日"


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def padded(rows: list[list[str]], gap: int = 2, rule: str = "-", zen: bool = False) -> str:
    ncol = max(len(r) for r in rows)
    widths = [max(dwidth(str(r[i])) for r in rows if i < len(r)) for i in range(ncol)]
    lines = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            fill = widths[i] - dwidth(c)
            if zen:
                cells.append(c + "　" * (fill // 2) + " " * (fill % 2))
            else:
                cells.append(c + " " * fill)
        lines.append((" " * gap).join(cells).rstrip())
        if k == 0:
            lines.append(rule * min(sum(widths) + gap * (ncol - 1), 96))
    return "\n".join(lines)


def tsv(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def csvtext(rows: list[list[str]]) -> str:
    return "\n".join(",".join(str(c) for c in r) for r in rows)


def stamp(rng: random.Random, month: int = 10, day0: int = 1, days: int = 20) -> str:
    return (f"2025/{month:02d}/{rng.randint(day0, day0 + days - 1):02d} "
            f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")


def ip(rng: random.Random) -> str:
    return f"{rng.choice([60, 114, 126, 153, 180, 202, 219])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"


def corp_number(base12: str) -> str:
    """法人番号: check digit + 12 digits (check = 9 - (Σ P_n·Q_n mod 9))."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


# ---- the sending side -----------------------------------------------------------------

HINODE_ADDR = "〒103-0023 東京都中央区日本橋本町3-9-12 日の出ビル6F"

STAFF = {
    "miyashita": ("宮下 彩乃", "配信運用部", "03-5205-7710"),
    "iwasaki": ("岩崎 徹", "カスタマーサクセス部", "03-5205-7720"),
    "kubota": ("久保田 恭平", "営業部", "03-5205-7730"),
    "chiba": ("千葉 里美", "情報セキュリティ室", "03-5205-7790"),
    "nonomura": ("野々村 健", "データ処理チーム", "03-5205-7715"),
    "okochi": ("大河内 美穂", "サポートセンター", "0120-478-105"),
    "horie": ("堀江 聡子", "経理部", "03-5205-7740"),
    "akabane": ("赤羽 航", "SMS事業部", "03-5205-7760"),
    "sakakibara": ("榊原 隼人", "技術部 配信基盤グループ", "03-5205-7770"),
    "ezaki": ("江崎 真理子", "営業部", "03-5205-7731"),
}


def sender(key: str) -> str:
    return f"{STAFF[key][0]} <{key}@hinode-sangyo.co.jp>"


def sig(key: str, style: int = 0) -> str:
    name, dept, tel = STAFF[key]
    mail = f"{key}@hinode-sangyo.co.jp"
    if style == 0:
        return (f"\n--\n日の出産業株式会社 {dept}\n{name}\n{HINODE_ADDR}\n"
                f"TEL {tel} / FAX 03-5205-7799\nMail {mail}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社\n{dept}　{name}\n"
                f"{HINODE_ADDR}\nTEL：{tel}\nE-mail：{mail}\nhttps://www.hinode-sangyo.co.jp/\n"
                "━━━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n{name}（{dept}）\n日の出産業株式会社　TEL {tel}\n"
    sur = name.split()[0]
    return (f"\n-----------------------------------\n{name} / {sur}\nHinode Sangyo Co., Ltd.\n"
            f"{dept}\nTel: +81-{tel[1:]}\nEmail: {mail}\n-----------------------------------\n")


DISCLAIMER_JA = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information and are "
                 "intended solely for the addressee. If you have received this e-mail in error, "
                 "please notify the sender and delete it.\n")

MESSAGES: list[dict] = []


def add(n: int, **m) -> None:
    assert n == len(MESSAGES) + 1, (n, len(MESSAGES))
    m.setdefault("cc", [])
    m.setdefault("bcc", [])
    m.setdefault("entities", [])
    m.setdefault("detectors", [])
    if m.get("charset") == "iso-2022-jp":  # what JIS mailers actually carry
        for k in ("subject", "body"):
            if m.get(k):
                m[k] = m[k].replace("～", "〜").replace("－", "−")
    m["id"] = f"emailmarketing-{n:03d}"
    MESSAGES.append(m)



def rng_for(n: int) -> random.Random:
    return random.Random(SEED * 1000 + n)


# ======================================================================================
# 001 — hard-bounce list pasted in the body (space-padded table) to a client
_r = rng_for(1)
_p = people(22, _r)
_rows = [["No", "メールアドレス", "種別", "最終発生日時", "応答"]]
for _i, _x in enumerate(_p, 1):
    _kind = _r.choice(["hard", "hard", "hard", "soft(5回)"])
    _code = "550 5.1.1" if _kind == "hard" else "452 4.2.2"
    _rows.append([str(_i), _x["email"], _kind, stamp(_r, 10, 1, 14), _code])
add(1, expect="stop", charset="cp932",
    sender=sender("miyashita"),
    to=["松永 由紀子 <matsunaga@hanamizuki-cosme.co.jp>"],
    cc=["miyashita-team@hinode-sangyo.co.jp"],
    subject="【花みずき様】10月前半 バウンスアドレス一覧のご報告",
    body=f"""花みずき化粧品株式会社
販促企画部 松永様

いつもお世話になっております。日の出産業の宮下です。

10/1～10/14 配信分で、エラー判定となったアドレスを下記にまとめました。
hard は次回配信から自動で停止対象になります。soft(5回)は連続5回の一時エラーです。
貴社会員DB側での無効化のご判断をお願いできますでしょうか。

{padded(_rows)}

以上22件です。ご不明点がございましたらお知らせください。
{sig("miyashita")}""",
    entities=["EMAIL_ADDRESS"], detectors=["personal_data"],
    note="22 subscribers' bounced addresses pasted in the body to a client: a list of people")

# 002 — monthly campaign report, aggregate only
add(2, expect="pass", charset="iso-2022-jp",
    sender=sender("iwasaki"),
    to=["松永 由紀子 <matsunaga@hanamizuki-cosme.co.jp>", "ohashi@hanamizuki-cosme.co.jp"],
    subject="9月度 メール配信レポート（花みずき化粧品様）",
    body="""松永様、大橋様

お世話になっております。日の出産業 カスタマーサクセス部の岩崎でございます。
9月度の配信実績をご報告いたします。

■ 全体
　配信数　　　　 148,220通
　到達率　　　　　98.7％
　開封率　　　　　21.4％（前月比 +1.2pt）
　クリック率　　　 3.9％
　配信停止　　　　　 312件（0.21％）

■ キャンペーン別
　9/05　秋の新色先行案内　　　開封 24.8％　CTR 5.2％
　9/12　会員限定ポイント2倍　 開封 22.1％　CTR 4.4％
　9/26　敏感肌ライン再入荷　　開封 17.3％　CTR 2.1％

敏感肌ラインは件名のA/Bテストで「再入荷」を冒頭に置いたB案が+2.3pt でした。
10月は同じ型で配信時刻（12時台 / 20時台）の比較をご提案いたします。

詳細版は管理画面の「レポート＞月次」からダウンロードいただけます。
何卒よろしくお願い申し上げます。
""" + sig("iwasaki", 1) + DISCLAIMER_JA,
    note="aggregate campaign statistics to a client; standard disclaimer only")

# 003 — unsubscribe list as CP932 CSV
_r = rng_for(3)
_p = people(38, _r)
_rows = [["会員番号", "氏名", "メールアドレス", "停止日", "停止経路"]]
for _x in _p:
    _rows.append([f"M{_r.randint(1000000, 9999999)}", _x["name"], _x["email"],
                  f"2025/10/{_r.randint(1, 31):02d}", _r.choice(["メール内リンク", "マイページ", "List-Unsubscribe", "問い合わせ"])])
add(3, expect="stop", charset="iso-2022-jp",
    sender=sender("nonomura"),
    to=["志村 様 <shimura@marutaka-dept.co.jp>"],
    subject="配信停止者リスト（10月分）送付",
    body="""マルタカ百貨店 EC推進室
志村様

お世話になっております。日の出産業 データ処理チームの野々村です。
10月分の配信停止者リストを添付いたします（38件）。
基幹側の会員マスタへの反映をお願いいたします。

よろしくお願いいたします。
""" + sig("nonomura", 2),
    attachments=[{"kind": "csv", "name": "unsubscribe_202510_marutaka.csv", "rows": _rows}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="CSV of 38 unsubscribed members (name, e-mail) to a client")

# 004 — test send done, addresses are the recipients' own
add(4, expect="pass", charset="iso-2022-jp",
    sender=sender("miyashita"),
    to=["shimura@marutaka-dept.co.jp", "堤 様 <tsutsumi@marutaka-dept.co.jp>"],
    subject="Re: 歳末ギフト早期受付 テスト配信のお願い",
    body="""志村様、堤様

お世話になっております。宮下です。
ご依頼のテスト配信を、本日15:10に以下2アドレスへ実施いたしました。

　・shimura@marutaka-dept.co.jp
　・tsutsumi@marutaka-dept.co.jp

PC（Outlook）/ スマホ（Gmailアプリ）での表示を当方でも確認済みです。
差し込みの「{会員ランク}」はテスト用に「ゴールド」固定で出しております。
問題なければ、12/1(月) 10:00 の本番予約を確定いたします。

> 差出人: 志村
> テスト配信を志村と堤の2名宛にお願いできますか。
> 本番は12/1の午前中を希望します。
""" + sig("miyashita", 2),
    note="test-send confirmation listing only the recipients' own work addresses; quoted request")

# 005 — import error rows, tab separated
_r = rng_for(5)
_p = people(7, _r)
_errs = ["メール形式不正（@が2つ）", "電話番号桁数不足", "重複（会員ID既存）", "全角英数混在",
         "メール形式不正（ドメインなし）", "生年月日不正", "改行コード混入"]
_rows = [["行", "氏名", "メールアドレス", "電話番号", "エラー内容"]]
for _i, _x in enumerate(_p):
    _mail = _x["email"]
    if _i == 0:
        _mail = _mail.replace("@", "@@")
    if _i == 4:
        _mail = _mail.split("@")[0] + "@"
    _tel = _x["mobile"][:-2] if _i == 1 else _x["mobile"]
    _rows.append([str(_r.randint(20, 4800)), _x["name"], _mail, _tel, _errs[_i]])
_rows[1:] = sorted(_rows[1:], key=lambda r: int(r[0]))
add(5, expect="stop", charset="utf-8",
    sender=sender("okochi"),
    to=["北原 様 <kitahara@kitaguni-foods.co.jp>"],
    subject="[サポート#20251104-0217] 会員CSV取込エラーについて",
    body=f"""北国フーズ株式会社 通販事業部
北原様

いつもご利用ありがとうございます。日の出産業サポートセンターの大河内でございます。

11/4 09:32 にアップロードいただいた「members_1104.csv」（4,812行）のうち、
下記7行が取込エラーとなりました。その他の4,805行は正常に取り込まれております。

{tsv(_rows)}

お手数ですが、該当行を修正のうえ再アップロードをお願いいたします。
（エラー行のみのCSVでも追加取込が可能です）
{sig("okochi", 1)}""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="seven subscribers' rows (name, e-mail, phone) quoted as import errors to a partner client")

# 006 — support ticket with ONE sample record
_r = rng_for(6)
_x = person(_r)
add(6, expect="pass", charset="cp932",
    sender=sender("okochi"),
    to=["kitahara@kitaguni-foods.co.jp"],
    subject="[サポート#20251107-0044] 配信停止後もメールが届くとの件",
    body=f"""北原様

お世話になっております。サポートセンターの大河内です。
お問い合わせの件、配信ログを確認いたしました。

　対象会員：{_x['name']} 様
　メール　：{_x['email']}
　電話　　：{_x['mobile']}
　停止受付：2025/11/02 21:14（マイページより）

11/3 の配信は 11/1 に予約・確定済みだったため、停止前のリストで送信されておりました。
11/5 以降の配信からは除外されていることを確認済みです。
会員様へのご説明文の例を添付の代わりに下記に記載しますので、必要でしたらご利用ください。

「配信停止のお手続き前に送信予約されていたメールが届いてしまいました。
　大変失礼いたしました。以降のお知らせは停止されております。」
{sig("okochi")}""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one subscriber's record in a support reply to the client: 1 person, may be warned")

# 007 — segment export, XLSX with title row, several sheets
_r = rng_for(7)
_p = people(60, _r, born=(1950, 1998))
_hdr = ["会員番号", "氏名", "フリガナ", "メールアドレス", "生年月日", "会員ランク", "最終宿泊日"]
_rows = [["さくらホテル 冬季スパプラン 配信対象者（抽出日 2025/11/10）"], [], _hdr]
for _x in _p:
    _rows.append([f"SH-{_r.randint(100000, 999999)}", _x["name"], _x["kata"], _x["email"],
                  ymd(_x["dob"], "-"), _r.choice(["レギュラー", "シルバー", "ゴールド", "プラチナ"]),
                  f"2025/{_r.randint(1, 10):02d}/{_r.randint(1, 28):02d}"])
add(7, expect="stop", charset="iso-2022-jp",
    sender=sender("nonomura"),
    to=["浅見 様 <asami@sakura-hotel.jp>"],
    subject="冬季スパプラン セグメント抽出結果",
    body="""さくらホテル マーケティング部
浅見様

お世話になっております。日の出産業の野々村です。
ご指定条件（過去12か月に宿泊・40歳以上・メール許諾あり）で抽出した結果を添付します。

　抽出条件シート：条件と件数
　対象者シート　：60名分の明細

内容をご確認いただき、OKでしたら配信予約に進めます。
""" + sig("nonomura", 0),
    attachments=[{"kind": "xlsx", "name": "spa_winter_segment.xlsx", "sheets": {
        "抽出条件": [["項目", "値"], ["宿泊実績", "2024/11～2025/10"], ["年齢", "40歳以上"],
                   ["メール許諾", "あり"], ["件数", "60"]],
        "対象者": _rows}}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="segment export of 60 hotel members with e-mail and date of birth to the client")

# 008 — PPAP: encrypted ZIP with the segment
_r = rng_for(8)
_p = people(40, _r)
add(8, expect="stop", charset="iso-2022-jp",
    sender=sender("nonomura"),
    to=["asami@sakura-hotel.jp"],
    subject="【再送】冬季スパプラン 対象者リスト（パスワード付）",
    body="""浅見様

野々村です。社内ルールにより、対象者リストをパスワード付ZIPで再送いたします。
パスワードは別メールにてお送りします。

よろしくお願いいたします。
""" + sig("nonomura", 2),
    attachments=[{"kind": "zip", "name": "spa_winter_segment.zip", "password": "Sk8#wint3r",
                  "files": [{"kind": "csv", "name": "segment.csv",
                             "rows": [["氏名", "メール"]] + [[x["name"], x["email"]] for x in _p]}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP to a client: the guard cannot inspect it")

# 009 — the password mail (no attachment)
add(9, expect="pass", charset="iso-2022-jp",
    sender=sender("nonomura"),
    to=["asami@sakura-hotel.jp"],
    subject="【パスワード】冬季スパプラン 対象者リスト",
    body="""浅見様

先ほどお送りしたファイルのパスワードです。

　Sk8#wint3r

※ 2026年1月より、当社はパスワード付ZIPの送付を廃止し、
　 ファイル共有サービス（ダウンロード期限7日）に切り替える予定です。
　 詳細は別途ご案内いたします。
""" + sig("nonomura", 2),
    note="password notice for an earlier ZIP: no personal data, no attachment")

# 010 — list cleaning vendor gets a plain ZIP with a UTF-8 CSV
_r = rng_for(10)
_p = people(150, _r)
_rows = [["email", "registered_at", "last_open"]]
for _x in _p:
    _rows.append([_x["email"], f"20{_r.randint(15, 24)}-{_r.randint(1, 12):02d}-{_r.randint(1, 28):02d}",
                  _r.choice(["", "2025-08-14", "2025-03-02", "2024-12-19", "2025-10-01"])])
add(10, expect="stop", charset="utf-8",
    sender=sender("nonomura"),
    to=["根本 様 <nemoto@clearlist.co.jp>"],
    cc=["kubota@hinode-sangyo.co.jp"],
    subject="リストクリーニング（トライアル）データ送付の件",
    body="""株式会社クリアリスト
根本様

お世話になっております。日の出産業の野々村です。
先日お打合せしたトライアルの件、サンプルデータ150件を添付いたします。
（12か月以上未開封のアドレスを中心に抽出しています）

判定項目は「存在確認」「ロールアカウント」「スパムトラップ疑い」の3点でお願いします。
結果は同じ列構成にフラグ列を足した形でご返送いただけますと助かります。
""" + sig("nonomura", 0),
    attachments=[{"kind": "zip", "name": "trial_sample_150.zip",
                  "files": [{"kind": "csv", "name": "trial_sample_150.csv", "encoding": "utf-8", "rows": _rows}]}],
    entities=["EMAIL_ADDRESS"], detectors=["personal_data"],
    note="150 subscribers' e-mail addresses sent in a plain ZIP to an outside list-cleaning vendor")

# 011 — list-cleaning results, aggregate only
add(11, expect="pass", charset="cp932",
    sender=sender("iwasaki"),
    to=["大橋 様 <ohashi@hanamizuki-cosme.co.jp>"],
    subject="休眠会員リスト クリーニング結果のご報告",
    body="""花みずき化粧品株式会社
大橋様

お世話になっております。岩崎です。
先月ご承認いただいた休眠会員（24か月以上未開封）のクリーニング結果をご報告します。

　対象件数　　　　　12,480件
　存在しない　　　　　 832件（6.7%）
　ロールアカウント　　 115件（info@, support@ 等）
　トラップ疑い　　　　　 9件
　有効　　　　　　　11,524件

無効・トラップ疑いの956件は配信対象から除外済みです（会員データ自体は残しています）。
Gmail / Yahoo! の送信者ガイドライン上、苦情率0.3%未満の維持が必須のため、
有効分についても再許諾メール（1回のみ）の送付をご提案いたします。

ご検討のほど、よろしくお願いいたします。
""" + sig("iwasaki", 1),
    note="aggregate counts of a list-cleaning run, no individual records")

# 012 — SMS undelivered numbers, full-width, to a partner client
_r = rng_for(12)
_lines = []
for _i in range(12):
    _num = fw(f"0{_r.choice('789')}0-{_r.randint(1000, 9999)}-{_r.randint(1000, 9999)}")
    _lines.append(f"{fw(str(_i + 1)).rjust(2, '　')}．{_num}　　{fw(stamp(_r, 11, 3, 3))}　　{_r.choice(['圏外・電源OFF（期限切れ）', '番号不在', '受信拒否設定', 'キャリアエラー'])}")
add(12, expect="stop", charset="iso-2022-jp",
    sender=sender("akabane"),
    to=["木島 様 <kijima@aoba-unyu.co.jp>"],
    subject="配達予定SMS 不達番号のご連絡（11/3～11/5送信分）",
    body="""青葉運輸株式会社
お客様サービス部　木島様

いつも大変お世話になっております。
日の出産業 SMS事業部の赤羽でございます。

11/3～11/5 送信分のうち、72時間の再送を経ても不達となった番号は以下のとおりです。
受取人様への別経路（お電話・不在票）でのご連絡をご検討ください。

""" + "\n".join(_lines) + """

以上１２件
""" + sig("akabane", 1),
    entities=["PHONE_NUMBER"], detectors=["personal_data"],
    note="12 recipients' mobile numbers (full-width) listed to a partner: a list of people")

# 013 — SMS template proof with a tracking number
add(13, expect="pass", charset="utf-8",
    sender=sender("akabane"),
    to=["kijima@aoba-unyu.co.jp"],
    cc=["akabane@hinode-sangyo.co.jp"],
    subject="配達予定通知SMS 文面校正（第2版）",
    body="""木島様

赤羽です。ご指摘いただいた2点を反映した第2版をお送りします。

【文面（全角70字以内）】
青葉運輸です。{受取人名}様宛のお荷物を{配達日}{時間帯}にお届け予定です。変更は→ {短縮URL}

・「様」の前の差し込みは全角10字で切り詰めます
・短縮URLは aoba-unyu.co.jp 配下のリダイレクトに変更しました
・テスト送信時の伝票番号は 4417-2290-3385（テスト用伝票）を使用しています

送信元表示は「AOBA-UNYU」（英数11字）で申請済みです。
文面確定のご連絡をいただけましたら、11/20 から本番切替いたします。
""" + sig("akabane", 2),
    note="SMS template with placeholders and a test tracking number: no personal data")

# 014 — clinic: one patient excluded, with the diagnosis
_r = rng_for(14)
_x = person(_r)
add(14, expect="stop", charset="iso-2022-jp",
    sender=sender("okochi"),
    to=["川端 様 <kawabata@kobayashi-hifuka.jp>"],
    subject="配信除外のご依頼について（確認）",
    body=f"""こばやし皮膚科クリニック
事務長　川端様

お世話になっております。日の出産業サポートセンターの大河内です。
お電話でご依頼いただいた配信除外の件、以下の内容で設定してよろしいでしょうか。

　患者様氏名：{_x['name']}（{_x['kana']}）
　メール　　：{_x['email']}
　理由　　　：アトピー性皮膚炎で通院中。治療内容に関する案内（保湿剤・生物学的製剤）を
　　　　　　　ご家族に見られたくないため、今後の全配信を停止希望とのこと

除外設定は本日中に完了予定です。
ご確認のほどよろしくお願いいたします。
{sig("okochi", 0)}""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named patient's diagnosis (medical history) sent to the clinic client: sensitive data of one person")

# 015 — reply, the patient details only in quoted text
_r = rng_for(15)
_x = person(_r)
add(15, expect="pass", charset="iso-2022-jp",
    sender=sender("okochi"),
    to=["kawabata@kobayashi-hifuka.jp"],
    subject="Re: 配信停止の件（患者様より）",
    body=f"""川端様

大河内です。ご連絡ありがとうございます。
除外設定を 11/12 16:40 に完了いたしました。次回（11/15）配信から対象外となります。

-----Original Message-----
From: 川端 <kawabata@kobayashi-hifuka.jp>
Sent: Wednesday, November 12, 2025 2:05 PM
To: okochi@hinode-sangyo.co.jp
Subject: 配信停止の件（患者様より）

日の出産業 大河内様

以下の患者様から配信停止の申し出がありました。除外をお願いします。
　{_x['name']}様　{_x['email']}
　尋常性乾癬で通院中、治療案内のメールが不要とのことです。

こばやし皮膚科クリニック　川端
""" + sig("okochi", 2),
    note="the patient's data appear only in the quoted original from the client; new text has none")

# 016 — temple: 年忌法要 DM list with 宗派 (religion)
_r = rng_for(16)
_p = people(8, _r, born=(1940, 1975))
_rows = [["施主名", "〒", "住所", "電話", "故人", "宗派", "回忌"]]
_kaimyo = ["釋浄雲", "慈光院清月大姉", "釋尼妙信", "真覚院釋道雄", "釋尼恵照", "遍照院光誉", "釋宗閑", "妙蓮院法潤"]
for _i, _x in enumerate(_p):
    _rows.append([_x["name"], _x["zip"], _x["addr"], _x["tel"], _kaimyo[_i],
                  _r.choice(["浄土真宗本願寺派", "浄土真宗本願寺派", "浄土宗"]), _r.choice(["三回忌", "七回忌", "十三回忌", "十七回忌"])])
add(16, expect="stop", charset="cp932",
    sender=sender("miyashita"),
    to=["浄光寺 寺務所 <jimusho@jokoji.or.jp>"],
    subject="年忌法要ご案内 メール不達・宛先不明分の一覧",
    body="""浄光寺 寺務所
吉岡様

いつもお世話になっております。日の出産業の宮下でございます。
12月の年忌法要ご案内（メール＋ハガキ併送）のうち、メール不達かつハガキが
宛所尋ねなしで戻った8件を一覧にしました。ご住所・お電話の確認をお願いいたします。

""" + padded(_rows, zen=False) + """

確認後の修正データは管理画面からアップロードいただくか、本メールにご返信ください。
""" + sig("miyashita", 1),
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="8 temple members' names, addresses, phones with their sect (religion): list plus sensitive data")

# 017 — maintenance notice with four client companies visible in To
add(17, expect="stop", charset="iso-2022-jp",
    sender=sender("sakakibara"),
    to=["matsunaga@hanamizuki-cosme.co.jp", "shimura@marutaka-dept.co.jp",
        "kitahara@kitaguni-foods.co.jp", "asami@sakura-hotel.jp", "toda@shinonome-sports.jp"],
    subject="【日の出産業】配信基盤メンテナンスのお知らせ（11/22 深夜）",
    body="""お客様各位

平素は日の出産業のメール配信サービスをご利用いただき、誠にありがとうございます。
下記の日程で配信基盤のメンテナンスを実施いたします。

　日時：2025年11月22日（土）01:00～05:00
　影響：上記時間帯の配信予約は05:00以降に順次送信されます
　　　　管理画面へのログインができません
　内容：MTAのバージョンアップ、DKIM鍵（2048bit）のローテーション

ご不便をおかけいたしますが、ご理解のほどよろしくお願い申し上げます。
""" + sig("sakakibara", 0),
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five client companies' contacts can see each other in To: should have been Bcc")

# 018 — the same kind of notice, correctly in Bcc
add(18, expect="pass", charset="iso-2022-jp",
    sender=sender("sakakibara"),
    to=["notice@hinode-sangyo.co.jp"],
    bcc=["matsunaga@hanamizuki-cosme.co.jp", "shimura@marutaka-dept.co.jp",
         "kitahara@kitaguni-foods.co.jp", "asami@sakura-hotel.jp", "hayase@minatomachi-fudosan.co.jp",
         "kuwabara@kawasaki-denki.co.jp"],
    subject="【日の出産業】送信ドメイン認証（DMARC）設定のお願い",
    body="""お客様各位
（本メールはBCCにてお送りしております）

平素より格別のお引き立てをいただき、厚く御礼申し上げます。

Gmail・Yahoo!メールの送信者ガイドライン強化に伴い、2026年2月以降、
DMARCレコード未設定の送信ドメインからの配信が迷惑メール判定されやすくなります。
未設定のお客様は、下記手順書に沿ってDNSへのレコード追加をお願いいたします。

　手順書：https://support.hinode-sangyo.co.jp/dmarc-setup
　推奨値：v=DMARC1; p=none; rua=mailto:dmarc@（貴社ドメイン）

設定代行（無償）もお受けしております。ご希望の際は担当営業までご連絡ください。
""" + sig("sakakibara", 1),
    note="notice to many clients with all external addresses in Bcc; nothing personal")

# 019 — campaign report to a look-alike of a partner domain (dropped 's')
add(19, expect="stop", charset="cp932",
    sender=sender("iwasaki"),
    to=["北原 様 <kitahara@kitaguni-food.co.jp>"],
    subject="お歳暮カタログ配信 結果速報",
    body="""北国フーズ株式会社
北原様

お世話になっております。岩崎です。
昨日配信のお歳暮カタログ（第1弾）の24時間速報です。

　配信 86,400通 / 開封 19.8% / クリック 4.6% / CV 312件
　売上貢献（計測タグ） 4,218,600円

第2弾は開封者のみに「早割締切」訴求で送る形をおすすめします。
""" + sig("iwasaki", 2),
    entities=[], detectors=["lookalike_domain"],
    note="recipient domain kitaguni-food.co.jp is a look-alike of partner kitaguni-foods.co.jp")

# 020 — DOCX stamped 社外秘 to the system partner
add(20, expect="stop", charset="iso-2022-jp",
    sender=sender("sakakibara"),
    to=["森下 様 <morishita@tsubasa-system.jp>"],
    subject="配信基盤リプレイス 現行構成資料の送付",
    body="""ツバサシステム株式会社
森下様

お世話になっております。日の出産業の榊原です。
来週の要件定義に先立ち、現行構成の資料をお送りします。
MTAの台数、IPプール、バウンス処理の流れをまとめています。

ご確認のほどよろしくお願いいたします。
""" + sig("sakakibara", 0),
    attachments=[{"kind": "docx", "name": "現行配信基盤構成_v3.docx", "title": "現行配信基盤構成",
                  "page_header": "社外秘　日の出産業株式会社 技術部",
                  "paragraphs": ["現行配信基盤 構成概要（2025年10月時点）",
                                 "1. MTA：Postfix 6台（送信専用）、IPプール 3系統（取引系／販促系／SMS連携）",
                                 "2. バウンス処理：VERP方式で受信し、5分毎にDBへ反映",
                                 "3. 課題：ピーク時（12月）のキュー滞留、IPレピュテーションの系統間干渉"],
                  "tables": [[["系統", "IP数", "日次上限", "用途"], ["A", "8", "400万通", "取引メール"],
                              ["B", "16", "900万通", "販促"], ["C", "2", "20万通", "SMS連携通知"]]]}],
    entities=[], detectors=["confidential_marking"],
    note="attached document carries a 社外秘 header stamp and goes to an external partner")

# 021 — NDA / DPA talk with the law firm partner
add(21, expect="pass", charset="iso-2022-jp",
    sender=sender("chiba"),
    to=["白川 先生 <shirakawa@shirakawa-law.jp>"],
    cc=["kubota@hinode-sangyo.co.jp"],
    subject="秘密保持契約書（クリアリスト社）ドラフトのご確認依頼",
    body="""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 情報セキュリティ室の千葉です。

リストクリーニング業者（株式会社クリアリスト）との秘密保持契約書について、
先方ドラフトを添付いたします。特に以下3点についてご意見をいただけますでしょうか。

　1. 第2条「機密情報」の定義に、委託する個人データが含まれるか曖昧な点
　2. 第7条の返還・廃棄義務に、廃棄証明書の提出が入っていない点
　3. 再委託の可否（先方は海外クラウドの利用を想定）

個人データの取扱いについては、別途「個人データ取扱いに関する覚書」を締結する予定です。
11/28（金）までにご返信いただけますと幸いです。
""" + sig("chiba", 0),
    attachments=[{"kind": "docx", "name": "秘密保持契約書_クリアリスト_先方案.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）と株式会社クリアリスト（以下「乙」という。）は、"
                                 "甲が乙に委託するリストクリーニング業務に関し、次のとおり秘密保持契約を締結する。",
                                 "第1条（目的）本契約は、前記業務の遂行のために開示される機密情報の取扱いを定める。",
                                 "第2条（機密情報）本契約において機密情報とは、甲が乙に開示する技術上又は営業上の情報をいう。",
                                 "第7条（返還）乙は、本契約終了時、甲の指示に従い機密情報を返還又は廃棄する。"]}],
    note="discussion of an NDA draft with the law firm: mentions 機密情報 but carries no marking or personal data")

# 022 — forward of a subscriber's reply that contains a full card number
_r = rng_for(22)
_x = person(_r)
_cn = card()
_cn_fmt = " ".join(_cn[i:i + 4] for i in range(0, 16, 4))
add(22, expect="stop", charset="cp932",
    sender=sender("okochi"),
    to=["堤 様 <tsutsumi@marutaka-dept.co.jp>"],
    subject="FW: Re: 【マルタカ】歳末ギフト早期受付のご案内",
    body=f"""堤様

お世話になっております。サポートセンターの大河内です。
配信メールへの返信として、会員様から下記のメールが届いておりました。
ご注文に関するお問い合わせのため、貴社窓口へ転送いたします。

---------- Forwarded message ---------
From: {_x['name']} <{_x['email']}>
Date: 2025年11月28日(金) 22:41
Subject: Re: 【マルタカ】歳末ギフト早期受付のご案内
To: <info-mail@marutaka-dept.co.jp>

ギフトを申し込みたいのですが、サイトでカードが通りません。
こちらでお願いできますか。
カード番号 {_cn_fmt}
有効期限 08/28
名義 {_x['ROMAJI'].upper()}
{_x['name']}
""" + sig("okochi", 2),
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "CREDIT_CARD"], detectors=["personal_data"],
    note="forward of a member's mail containing a full credit card number to the client")

# 023 — a client's CSV contained a My Number column; one row quoted back
_r = rng_for(23)
_x = person(_r)
_mn = mynum()
add(23, expect="stop", charset="utf-8",
    sender=sender("okochi"),
    to=["早瀬 様 <hayase@minatomachi-fudosan.co.jp>"],
    subject="[サポート#20251118-0102] 入居者CSVの列構成について",
    body=f"""湊町不動産株式会社
賃貸管理部　早瀬様

お世話になっております。日の出産業サポートセンターの大河内です。

11/18 にアップロードいただいた「nyukyosha_list.csv」ですが、
H列に個人番号（マイナンバー）と思われる12桁の数字が入っておりました。
当サービスでは個人番号を保管できないため、取込を停止し、ファイルは削除済みです。

例）2行目
　氏名：{_x['name']}
　住所：〒{_x['zip']} {_x['addr']}
　H列：{_mn}

お手数ですが、H列を削除したファイルで再度アップロードをお願いいたします。
""" + sig("okochi", 1),
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="a tenant's My Number (with name and address) quoted back to the client as an example")

# 024 — internal escalation of the same incident (internal only)
_r = rng_for(24)
_p = people(5, _r)
_rows = [["行", "氏名", "メール", "H列(個人番号)"]]
for _i, _x in enumerate(_p, 2):
    _rows.append([str(_i), _x["name"], _x["email"], mynum()])
add(24, expect="pass", charset="utf-8",
    sender=sender("okochi"),
    to=["chiba@hinode-sangyo.co.jp"],
    cc=["sakakibara@hinode-sangyo.co.jp", "security@hinode-sangyo.co.jp"],
    subject="【報告】顧客アップロードCSVに個人番号列が混入（湊町不動産様）",
    body=f"""千葉さん

サポートの大河内です。インシデント報告です。
湊町不動産様の入居者CSV（2,140行）に個人番号列が混入していました。

・取込は自動チェックで停止（DBには未登録）
・アップロード原本はS3から削除済み（11/18 15:02）
・先方には列削除のうえ再アップロードを依頼済み

自動チェックが検知した先頭5行を念のため貼ります（確認後このメールは削除します）。

{padded(_rows)}

チェックの閾値の件、明日の定例で相談させてください。
大河内
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "JP_MY_NUMBER"], detectors=[],
    note="My Numbers of five people, but every recipient is internal (hinode-sangyo.co.jp)")

# 025 — health insurance society: member list with 記号・番号
_r = rng_for(25)
_p = people(15, _r, born=(1960, 2005))
_rows = [["ひまわり健康保険組合　被扶養者資格確認のお知らせ　配信対象（抜粋）"],
         ["保険者番号", "記号", "番号", "枝番", "氏名", "生年月日", "メールアドレス"]]
for _x in _p:
    _rows.append(["06139482", str(_r.randint(1000, 9999)), str(_r.randint(1, 999)),
                  f"{_r.randint(0, 3):02d}", _x["name"], ymd(_x["dob"]), _x["email"]])
add(25, expect="stop", charset="iso-2022-jp",
    sender=sender("nonomura"),
    to=["三好 様 <miyoshi@himawari-kenpo.or.jp>"],
    subject="被扶養者資格確認メール 配信対象の照合結果",
    body="""ひまわり健康保険組合
保健事業課　三好様

お世話になっております。日の出産業の野々村でございます。
配信対象の照合をいたしましたところ、添付の15名がメールアドレス重複（家族で同一アドレス）
となっておりました。どの方を代表として送るか、ご指示をいただけますでしょうか。
""" + sig("nonomura", 0),
    attachments=[{"kind": "xlsx", "name": "照合結果_重複15名.xlsx",
                  "sheets": {"重複一覧": _rows, "メモ": [["同一アドレスは1通に集約する仕様です"]]}}],
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="15 insured members with health-insurance 記号・番号, birth dates and e-mails to the client")

# 026 — health check results per member, one record per block
_r = rng_for(26)
_p = people(6, _r, born=(1962, 1985))
_blocks = []
for _x in _p:
    _bmi = round(_r.uniform(25.2, 31.8), 1)
    _blocks.append(f"""■ {_x['name']}（{_x['kata']}）
　メール：{_x['email']}
　健診日：2025/{_r.randint(5, 9)}/{_r.randint(1, 28)}
　BMI {_bmi}／腹囲 {_r.randint(86, 104)}cm／HbA1c {round(_r.uniform(5.6, 6.9), 1)}%／血圧 {_r.randint(132, 158)}/{_r.randint(84, 99)}
　判定：{_r.choice(['積極的支援', '積極的支援', '動機付け支援'])}""")
add(26, expect="stop", charset="iso-2022-jp",
    sender=sender("miyashita"),
    to=["miyoshi@himawari-kenpo.or.jp"],
    subject="特定保健指導ご案内メール 差し込みデータ確認のお願い",
    body="""三好様

お世話になっております。宮下です。
特定保健指導のご案内メールは健診結果の数値を本文に差し込む仕様のため、
受領データのうち先頭6名分を差し込み後のイメージで確認いただけますでしょうか。

""" + "\n\n".join(_blocks) + """

数値の小数点以下の桁数、判定区分の表記に問題がなければ、全件で作成いたします。
""" + sig("miyashita", 0),
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="six members' health-check results (BMI, HbA1c, 判定) with names and e-mails: sensitive list")

# 027 — aggregate results for the same client
add(27, expect="pass", charset="utf-8",
    sender=sender("iwasaki"),
    to=["miyoshi@himawari-kenpo.or.jp"],
    subject="健診受診勧奨メール 効果測定（年代別）",
    body="""三好様

岩崎です。健診受診勧奨メール（10月配信）の年代別結果です。

年代      配信数   開封率   予約ページ遷移
------------------------------------------
20代      3,102    18.2%     2.1%
30代      5,876    22.9%     3.4%
40代      7,455    27.6%     5.8%
50代      6,218    31.0%     7.2%
60代以上  2,940    35.4%     6.1%

40代以上は件名に「締切」を入れた回の反応が高いので、12月の再勧奨は締切訴求でいかがでしょうか。
""" + sig("iwasaki", 2),
    note="age-band aggregate figures only")

# 028 — age verification proof with a driving licence number
_r = rng_for(28)
_x = person(_r, born=(1975, 2000))
_dl = f"{_r.choice(['30', '45', '62'])}{_r.randint(10, 24)}{_r.randint(100000, 999999)}{_r.randint(0, 9)}0"
add(28, expect="stop", charset="cp932",
    sender=sender("okochi"),
    to=["平野 様 <hirano@matsuba-shuzo.co.jp>"],
    subject="年齢確認済み会員の同意記録について（ご照会の件）",
    body=f"""松葉酒造株式会社
EC担当　平野様

お世話になっております。日の出産業サポートセンターの大河内でございます。
ご照会のあった会員様の年齢確認・メール受信同意の記録は以下のとおりです。

　氏名　　　　　：{_x['name']}
　生年月日　　　：{wareki(_x['dob'])}
　確認書類　　　：運転免許証
　免許証番号　　：{_dl}
　同意日時　　　：2025/06/14 20:31:07（会員登録フォーム）
　同意文言　　　：「松葉酒造からの新酒・イベント情報をメールで受け取る」にチェック

消費者の方からのお問い合わせへの回答にご利用ください。
{sig("okochi", 0)}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="a member's driving-licence number and date of birth (age check) sent to the client")

# 029 — SMS sender-ID registration with a residence card number
_r = rng_for(29)
_rc = f"{_r.choice(['AB', 'UH', 'PK'])}{_r.randint(10000000, 99999999)}{_r.choice(['CD', 'EF', 'JA'])}"
add(29, expect="stop", charset="iso-2022-jp",
    sender=sender("akabane"),
    to=["斎木 様 <saiki@sora-tel.jp>"],
    subject="送信元ID（共通番号）登録申請：株式会社ルミナス食品 代表者確認書類",
    body=f"""株式会社ソラテル
斎木様

いつもお世話になっております。日の出産業 SMS事業部の赤羽でございます。
新規クライアント「株式会社ルミナス食品」の送信元ID登録について、
代表者の本人確認情報を下記のとおりお送りします。

　代表者氏名　：グエン・ヴァン・ミン（NGUYEN VAN MINH）
　生年月日　　：1984年7月19日
　国籍・地域　：ベトナム
　在留カード番号：{_rc}
　在留期間満了日：2028年3月31日
　住所　　　　：神奈川県横浜市鶴見区豊岡町{_r.randint(1, 40)}-{_r.randint(1, 20)}

法人の登記事項証明書は別途郵送いたします。
""" + sig("akabane", 0),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"], detectors=["personal_data"],
    note="a client representative's residence card number, birth date and home address to the SMS gateway")

# 030 — English KYC mail with a passport number
_r = rng_for(30)
_pp = f"T{_r.choice('KRZ')}{_r.randint(1000000, 9999999)}"
add(30, expect="stop", charset="utf-8",
    sender=sender("kubota"),
    to=["Emily Carter <ecarter@brightpost.com>"],
    subject="Re: Dedicated IP onboarding - KYC for Hinode Sangyo",
    body=f"""Hi Emily,

Thanks for the quick turnaround. Below are the details of our authorised signatory
for the dedicated IP pool, as requested by your compliance team.

  Full name:        Kyohei KUBOTA
  Date of birth:    11 March 1979
  Nationality:      Japan
  Passport number:  {_pp}
  Date of expiry:   02 Sep 2031
  Position:         General Manager, Sales Division

Our certificate of registration (English translation) follows by courier.
Please let me know if anything else is needed to activate the pool before 1 December.

Best regards,
""" + sig("kubota", 3) + DISCLAIMER_EN,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="a person's passport number and date of birth sent to a foreign vendor")

# 031 — English IP warm-up plan, no personal data
add(31, expect="pass", charset="utf-8",
    sender=sender("sakakibara"),
    to=["Emily Carter <ecarter@brightpost.com>"],
    cc=["kubota@hinode-sangyo.co.jp"],
    subject="IP warm-up schedule for pool HS-B (draft)",
    body="""Hi Emily,

Please find our proposed warm-up schedule for the new dedicated pool (4 IPs).
We will start with our most engaged segment (opened within 30 days) only.

  Day   Volume/IP/day   Target ISPs
  ----  --------------  --------------------------
  1-2        2,000      Gmail, Yahoo! JAPAN
  3-4        5,000      + Outlook, docomo
  5-7       12,000      + au, SoftBank
  8-10      30,000      all
  11-14     60,000      all, incl. 90-day openers

We'd pause any step if the bounce rate exceeds 2% or complaints exceed 0.08%.
Could you confirm that your postmaster tools dashboard will be shared with us?

Thanks,
Hayato
""" + sig("sakakibara", 3) + DISCLAIMER_EN,
    note="English technical mail to a foreign vendor with volumes only; standard disclaimer")

# 032 — corporate pension fund: error rows with 基礎年金番号
_r = rng_for(32)
_p = people(6, _r, born=(1958, 1990))
_rows = [["No", "加入者番号", "氏名", "基礎年金番号", "メールアドレス", "エラー"]]
for _i, _x in enumerate(_p, 1):
    _rows.append([str(_i), f"K{_r.randint(100000, 999999)}", _x["name"],
                  f"{_r.randint(1000, 9999)}-{_r.randint(100000, 999999)}", _x["email"],
                  _r.choice(["アドレス不正", "キー重複", "アドレス不正"])])
add(32, expect="stop", charset="cp932",
    sender=sender("okochi"),
    to=["田所 様 <tadokoro@sakuragaoka-kikin.or.jp>"],
    subject="加入者向けお知らせメール 取込エラー行のご連絡",
    body="""桜ケ丘企業年金基金 事務局
田所様

お世話になっております。日の出産業サポートセンターの大河内です。
加入者データの取込で、エラーとなった行を下記にお送りします。
（取込キーに基礎年金番号をご指定いただいていたため、その列も記載しています）

""" + csvtext(_rows) + """

なお、取込キーは基礎年金番号ではなく加入者番号へのご変更をおすすめいたします。
""" + sig("okochi", 2),
    entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="six plan members' basic pension numbers with names and e-mails (comma list) to the client")

# 033 — corrupt XLSX attached to a report
add(33, expect="stop", charset="iso-2022-jp",
    sender=sender("iwasaki"),
    to=["matsunaga@hanamizuki-cosme.co.jp"],
    subject="10月度 詳細レポート（Excel）",
    body="""松永様

岩崎です。10月度の詳細レポート（キャンペーン別・時間帯別）を添付いたします。
ファイルが開けない場合はお知らせください。
""" + sig("iwasaki", 2),
    attachments=[{"kind": "corrupt", "name": "report_202510_detail.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached workbook is damaged and cannot be inspected")

# 034 — password-protected PDF report
add(34, expect="stop", charset="cp932",
    sender=sender("iwasaki"),
    to=["桑原 様 <kuwabara@kawasaki-denki.co.jp>"],
    subject="社内報メール配信 上期レポート（PDF）",
    body="""川崎電機株式会社
広報部　桑原様

いつもお世話になっております。日の出産業の岩崎でございます。
社内報メールの上期レポートをPDFでお送りします。
開封パスワードは、以前お伝えした貴社共通のものです。
""" + sig("iwasaki", 0),
    attachments=[{"kind": "pdf", "name": "社内報配信_上期レポート.pdf", "password": "kd2025h1",
                  "title": "社内報配信 上期レポート",
                  "lines": ["社内報メール 上期レポート（2025年4月～9月）", "配信回数 26回 / 平均開封率 58.2%"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF: the guard cannot read it")

# 035 — ISP feedback-loop complaints forwarded to the client
_r = rng_for(35)
_p = people(6, _r)
_lines = "\n".join(f"  {stamp(_r, 11, 1, 10)}  {x['email']:<34} campaign=SS-2511-0{_r.randint(1, 4)}" for x in _p)
add(35, expect="stop", charset="utf-8",
    sender=sender("miyashita"),
    to=["戸田 様 <toda@shinonome-sports.jp>"],
    subject="迷惑メール申告（FBL）受信のご報告と対策のご相談",
    body=f"""東雲スポーツクラブ
会員サービス課　戸田様

お世話になっております。日の出産業の宮下です。
11月上旬の配信について、プロバイダのフィードバックループ経由で
迷惑メール申告が6件ありました。申告者は自動で配信停止済みです。

{_lines}

申告率は0.02%で基準内ですが、いずれも「休会中会員」でした。
休会中の方を販促配信から外す設定をご検討いただけますでしょうか。
""" + sig("miyashita", 1),
    entities=["EMAIL_ADDRESS"], detectors=["personal_data"],
    note="six complainants' e-mail addresses from FBL reports sent to the client: a list of people")

# 036 — reply to one private person's complaint (free mail)
add(36, expect="pass", charset="iso-2022-jp",
    sender=sender("okochi"),
    to=["k.tsukumo1987@yahoo.co.jp"],
    subject="Re: 登録した覚えのないメールが届く",
    body="""九十九 様

このたびはご不快な思いをおかけし、誠に申し訳ございません。
日の出産業株式会社 メール配信サポートセンターの大河内と申します。

お問い合わせのメールは、当社がメール配信を受託している
「東雲スポーツクラブ」様からのお知らせでございました。
本日、お客様のメールアドレスを同クラブの配信対象から停止いたしました。

ご登録の経緯（体験レッスン申込時の同意など）につきましては、
東雲スポーツクラブ様より直接ご説明させていただきます。

> いきなりスポーツクラブからメールが来るようになりました。
> 登録した覚えはありません。止めてください。
""" + sig("okochi", 1),
    entities=[], detectors=["freemail_recipient"],
    note="apology to one private person at free mail; only their own address is involved")

# 037 — opt-in proofs for 8 complainants to a complaint-handling association
_r = rng_for(37)
_p = people(8, _r)
_rows = [["メールアドレス", "登録日時", "登録元IP", "登録フォーム", "確認メール"]]
for _x in _p:
    _rows.append([_x["email"], stamp(_r, _r.randint(1, 9), 1, 28), ip(_r),
                  _r.choice(["/campaign/trial", "/member/entry", "/lp/autumn"]), "ダブルオプトイン済"])
add(37, expect="stop", charset="cp932",
    sender=sender("chiba"),
    to=["相談窓口 <soudan@mail-tekisei.or.jp>"],
    subject="ご照会（受付番号 MT-2025-1187）への回答：同意取得記録",
    body=f"""一般財団法人 日本メール適正化協会
相談窓口ご担当者様

日の出産業株式会社 情報セキュリティ室の千葉でございます。
ご照会いただいた8件の申告について、受託先（東雲スポーツクラブ様）の配信における
同意取得記録を下記のとおりご報告いたします。

{padded(_rows)}

いずれも確認メールのリンククリックにより登録が完了しております。
表示義務事項（送信者名・配信停止方法）は全配信の末尾に記載しております。
""" + sig("chiba", 0),
    entities=["EMAIL_ADDRESS"], detectors=["personal_data"],
    note="opt-in records (address, time, IP) of eight people sent to an outside association")

# 038 — opt-in proof for a single address
_r = rng_for(38)
_x = person(_r)
add(38, expect="pass", charset="iso-2022-jp",
    sender=sender("chiba"),
    to=["soudan@mail-tekisei.or.jp"],
    subject="ご照会（受付番号 MT-2025-1203）への回答",
    body=f"""日本メール適正化協会
相談窓口ご担当者様

日の出産業の千葉でございます。ご照会の1件について回答いたします。

　対象アドレス：{_x['email']}
　登録日時　　：2024/12/03 07:48:51
　登録元IP　　：{ip(_r)}
　登録経路　　：北国フーズ様 通販サイト 購入完了画面のメルマガ購読チェック（初期値オフ）
　配信停止　　：2025/11/19 受付・反映済み

以上、ご確認のほどよろしくお願いいたします。
""" + sig("chiba", 2),
    entities=["EMAIL_ADDRESS"], detectors=["personal_data"],
    note="opt-in proof of one address: a single person's record, may be warned")

# 039 — HTML-only table of prize winners to the printer for shipping
_r = rng_for(39)
_p = people(9, _r)
_tr = "\n".join(f"<tr><td>{i}</td><td>{x['name']}</td><td>〒{x['zip']}</td><td>{x['addr']}</td>"
                f"<td>{x['mobile']}</td><td>{_r.choice(['A賞 ギフトセット', 'B賞 ミニボトル'])}</td></tr>"
                for i, x in enumerate(_p, 1))
add(39, expect="stop", charset="utf-8",
    sender=sender("ezaki"),
    to=["黒田 様 <kuroda@nishiki-insatsu.co.jp>"],
    subject="メルマガ読者プレゼント 当選者発送リスト",
    html=f"""<html><body style="font-family:sans-serif">
<p>錦印刷株式会社<br>黒田様</p>
<p>いつもお世話になっております。日の出産業の江崎です。<br>
花みずき化粧品様メルマガ読者プレゼントの当選者リストです。<br>
同梱の挨拶状の印刷と発送をお願いいたします（12/5 着指定）。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>氏名</th><th>郵便番号</th><th>住所</th><th>電話</th><th>賞品</th></tr>
{_tr}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 営業部<br>江崎 真理子<br>TEL 03-5205-7731</p>
</body></html>""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only table of nine winners' names, addresses and phones sent to the printer")

# 040 — print/DM order, order numbers only
add(40, expect="pass", charset="cp932",
    sender=sender("ezaki"),
    to=["kuroda@nishiki-insatsu.co.jp"],
    subject="Re: 挨拶状 印刷お見積り（No.NI-251104-07）",
    body="""黒田様

江崎です。お見積りありがとうございます。以下で発注いたします。

　見積番号：NI-251104-07
　品名　　：挨拶状（A6・両面カラー・マットコート）
　数量　　：1,200部
　単価　　：18.5円（税別）
　納期　　：11/28（金）弊社着
　発注番号：HS-PO-2025-0932

校正は PDF で1回お願いします。請求書は月末締めでまとめてください。

> 江崎様
> お見積りを添付いたします。1,000部以上で単価を下げております。
> 錦印刷 黒田
""" + sig("ezaki", 2),
    note="print order with quotation and order numbers; quoted reply")

# 041 — DOCX table of inquiry history for several members
_r = rng_for(41)
_p = people(7, _r)
_tbl = [["受付日", "会員氏名", "電話番号", "メールアドレス", "内容", "対応"]]
_topics = ["退会手続きの方法", "休会中なのにメールが届く", "パスワード再設定メールが来ない",
           "クーポンが使えない", "メールの文字化け", "配信頻度を減らしたい", "住所変更"]
for _i, _x in enumerate(_p):
    _tbl.append([f"11/{_r.randint(1, 20)}", _x["name"], _x["mobile"], _x["email"], _topics[_i],
                 _r.choice(["回答済", "クラブへ転送", "回答済", "対応中"])])
add(41, expect="stop", charset="iso-2022-jp",
    sender=sender("okochi"),
    to=["toda@shinonome-sports.jp"],
    cc=["iwasaki@hinode-sangyo.co.jp"],
    subject="11月 問い合わせ対応履歴（会員様から当社窓口へ）",
    body="""戸田様

お世話になっております。サポートセンターの大河内です。
当社窓口に直接届いた会員様からのお問い合わせ（11/1～11/20）の対応履歴を添付します。
「クラブへ転送」の2件は、貴社からのご回答をお願いいたします。
""" + sig("okochi", 2),
    attachments=[{"kind": "docx", "name": "問い合わせ対応履歴_2511.docx",
                  "paragraphs": ["東雲スポーツクラブ様　会員問い合わせ対応履歴（2025年11月1日～20日）",
                                 "作成：日の出産業株式会社 サポートセンター"],
                  "tables": [_tbl]}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="DOCX table with seven members' names, phones and e-mails sent to the client")

# 042 — PPTX review with a slide of top responders
_r = rng_for(42)
_p = people(5, _r, born=(1975, 2000))
add(42, expect="stop", charset="utf-8",
    sender=sender("iwasaki"),
    to=["matsunaga@hanamizuki-cosme.co.jp", "ohashi@hanamizuki-cosme.co.jp"],
    subject="上期振り返り資料（定例用）",
    body="""松永様、大橋様

岩崎です。明日の定例でご説明する上期振り返り資料をお送りします。
p.4 に、上期にクリック・購入が最も多かった会員様を参考として載せています。
アンバサダー施策の候補選定にご活用ください。
""" + sig("iwasaki", 2),
    attachments=[{"kind": "pptx", "name": "花みずき様_上期振り返り.pptx", "title": "上期振り返り",
                  "slides": [["2025年 上期 メール施策振り返り", "花みずき化粧品株式会社 様", "日の出産業株式会社"],
                             ["全体サマリ", "配信数 88.1万通", "平均開封率 21.0%", "メール経由売上 1.42億円"],
                             ["改善施策", "件名A/Bテスト 12回", "配信時刻最適化", "休眠掘り起こし"],
                             ["反応上位会員（上期）"] + [f"{x['name']}　{x['email']}　購入{_r.randint(6, 19)}回"
                                                    for x in _p],
                             ["下期のご提案", "アンバサダープログラム", "LINE連携"]]}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="a slide lists five members by name and e-mail with purchase counts, sent to the client")

# 043 — PPTX sales proposal to a prospect
add(43, expect="pass", charset="iso-2022-jp",
    sender=sender("kubota"),
    to=["中西 様 <nakanishi@kotobukido.co.jp>"],
    subject="メール配信サービスのご提案資料",
    body="""株式会社ことぶき堂
販売促進部　中西様

先日はお時間をいただき、誠にありがとうございました。
日の出産業の久保田でございます。
お打合せでお話しした内容をもとに、ご提案資料をお送りいたします。

　・現行ツールからの移行スケジュール（約6週間）
　・月10万通プランと30万通プランの比較
　・SMS併用時の到達率改善事例（通販・食品業界）

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + sig("kubota", 1),
    attachments=[{"kind": "pptx", "name": "ご提案_ことぶき堂様.pptx",
                  "slides": [["メール配信サービス ご提案", "株式会社ことぶき堂 様"],
                             ["プラン比較", "スタンダード：月10万通 45,000円", "プロ：月30万通 98,000円",
                              "SMSオプション：1通 8円～"],
                             ["移行スケジュール", "1-2週：ドメイン認証設定", "3-4週：テンプレート移行",
                              "5-6週：並行配信・切替"]]}],
    note="sales proposal with prices and a schedule; nothing personal")

# 044 — PDF table of unsubscribe requests to the law firm
_r = rng_for(44)
_p = people(10, _r)
_tbl = [["No", "氏名", "メールアドレス", "停止申請日", "停止反映日", "経路"]]
for _i, _x in enumerate(_p, 1):
    _tbl.append([str(_i), _x["name"], _x["email"], f"2025/09/{_r.randint(1, 15):02d}",
                 f"2025/09/{_r.randint(16, 30):02d}", _r.choice(["リンク", "返信", "電話"])])
add(44, expect="stop", charset="iso-2022-jp",
    sender=sender("chiba"),
    to=["shirakawa@shirakawa-law.jp"],
    subject="特定電子メール法に関するご相談（停止反映の遅延）",
    body="""白川先生

お世話になっております。千葉です。
先日お電話でご相談した、配信停止の反映遅延（9月）の件です。
反映まで最長2週間かかってしまった10件の一覧をPDFでお送りします。
法令上の「遅滞なく」に照らしたリスクと、会員様への説明方針についてご助言をお願いします。
""" + sig("chiba", 2),
    attachments=[{"kind": "pdf", "name": "停止反映遅延_対象一覧.pdf", "title": "停止反映遅延 対象一覧",
                  "lines": ["配信停止 反映遅延 対象一覧（2025年9月）", "日の出産業株式会社 情報セキュリティ室", ""],
                  "table": _tbl}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="PDF with ten subscribers' names and e-mails sent to the outside law firm")

# 045 — client's list mail attached as .eml, forwarded to the cleaning vendor
_r = rng_for(45)
_p = people(12, _r)
_inner = {
    "charset": "iso-2022-jp",
    "sender": "北原 <kitahara@kitaguni-foods.co.jp>",
    "to": ["nonomura@hinode-sangyo.co.jp"],
    "subject": "休眠顧客リスト（確認用）",
    "body": "野々村様\n\n北国フーズの北原です。電話でお話しした休眠顧客の一部です。\n\n"
            + "\n".join(f"{x['name']}　{x['email']}　{x['tel']}" for x in _p)
            + "\n\n全件はアップロード機能で送ります。\n北原",
}
add(45, expect="stop", charset="iso-2022-jp",
    sender=sender("nonomura"),
    to=["nemoto@clearlist.co.jp"],
    subject="FW: 休眠顧客リスト（確認用）",
    body="""根本様

野々村です。北国フーズ様の休眠顧客について、クライアントから届いたメールを
そのまま添付します。本契約前の事前見積り用に、件数感と形式をご確認ください。
""" + sig("nonomura", 2),
    attachments=[{"kind": "eml", "name": "休眠顧客リスト（確認用）.eml", "message": _inner}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="attached client mail with twelve customers' names, e-mails and phones forwarded to a vendor")

# 046 — legacy XLS extracted from the old system, 和暦 birth dates
_r = rng_for(46)
_p = people(25, _r, born=(1940, 1995))
_rows = [["会員ID", "氏名", "カナ", "住所", "電話", "生年月日", "入会"]]
for _x in _p:
    _rows.append([str(_r.randint(10000, 99999)), _x["name_nsp"], _x["kata"], _x["addr"], _x["tel"],
                  wareki(_x["dob"], "short"), f"H{_r.randint(10, 30)}"])
add(46, expect="stop", charset="cp932",
    sender=sender("sakakibara"),
    to=["morishita@tsubasa-system.jp"],
    subject="旧会員システム 移行テスト用データ",
    body="""森下様

榊原です。移行テストの件、旧会員システムからそのまま抽出したデータを添付します。
（Excel 97-2003形式でしか出力できないため .xls です）
生年月日が和暦の略記（S58.4.2 など）になっている点、変換仕様のご検討をお願いします。
""" + sig("sakakibara", 2),
    attachments=[{"kind": "xls", "name": "kaiin_export_old.xls", "sheets": {"kaiin": _rows}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="25 real members (name, address, phone, 和暦 birth date) in a legacy XLS to the system vendor")

# 047 — winners' notice with five private addresses visible in To
add(47, expect="stop", charset="iso-2022-jp",
    sender=sender("ezaki"),
    to=["yuki.watanuki22@gmail.com", "haru_soda85@yahoo.co.jp", "m-kirara@icloud.com",
        "tomo.ikeda@outlook.jp", "sakura-sun3@docomo.ne.jp"],
    subject="【花みずき化粧品】新作モニター当選のお知らせ",
    body="""モニターにご応募いただいた皆様

このたびは「花みずき 敏感肌ライン」新作モニターにご応募いただき、
誠にありがとうございました。厳正な抽選の結果、ご当選されましたのでお知らせいたします。

商品は12月上旬に、ご応募時のご住所へお届けします。
使用後アンケートのURLは、商品に同梱のカードに記載しております。

花みずき化粧品 モニター事務局（運営：日の出産業株式会社）
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="five private persons' addresses visible to each other in To: should have been Bcc")

# 048 — employment-support client: segment with disability certificate grades
_r = rng_for(48)
_p = people(9, _r, born=(1980, 2003))
_rows = [["利用者ID", "氏名", "メール", "手帳種別", "等級", "案内コース"]]
for _x in _p:
    _t = _r.choice(["精神障害者保健福祉手帳", "身体障害者手帳", "療育手帳"])
    _g = {"精神障害者保健福祉手帳": _r.choice(["2級", "3級"]), "身体障害者手帳": _r.choice(["3級", "4級", "6級"]),
          "療育手帳": _r.choice(["B1", "B2"])}[_t]
    _rows.append([f"AS{_r.randint(1000, 9999)}", _x["name"], _x["email"], _t, _g,
                  _r.choice(["PCスキル", "事務補助", "軽作業"])])
add(48, expect="stop", charset="utf-8",
    sender=sender("miyashita"),
    to=["片桐 様 <katagiri@asunaro-shuro.jp>"],
    subject="合同面接会のご案内メール 配信対象の確認",
    body=f"""就労移行支援事業所あすなろ
所長　片桐様

お世話になっております。日の出産業の宮下です。
12月の合同面接会のご案内について、ご指定の条件で対象者を抽出しました。
コース別に本文を出し分けますので、対象に誤りがないかご確認ください。

{tsv(_rows)}

問題なければ 11/26 に配信いたします。
""" + sig("miyashita", 2),
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="nine service users' names and e-mails with disability certificate types and grades")

# 049 — one subscriber who is a stalking victim
_r = rng_for(49)
_x = person(_r, born=(1988, 2000))
add(49, expect="stop", charset="iso-2022-jp",
    sender=sender("okochi"),
    to=["toda@shinonome-sports.jp"],
    subject="会員様の登録情報の取扱いについて（至急ご相談）",
    body=f"""戸田様

サポートセンターの大河内です。至急ご相談させてください。

本日、会員の {_x['name']} 様（{_x['email']}）から当社窓口にお電話があり、
元交際相手からのストーカー被害で警察に相談中であり、加害者が同じクラブの会員のため、
紹介キャンペーンのメール（「ご友人からのご紹介」差し込み）で所属店舗を知られるのが怖い、
とのことでした。

当社側では本日付で同会員様を全配信から除外しました。
紹介キャンペーンの仕組み自体の見直しについて、明日お電話でご相談できますでしょうか。
""" + sig("okochi", 0),
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named member having been a crime (stalking) victim, sent to the client: sensitive data of one person")

# 050 — one member says she is being hospitalised (either)
_r = rng_for(50)
_x = person(_r, born=(1950, 1970))
add(50, expect="either", charset="cp932",
    sender=sender("okochi"),
    to=["shimura@marutaka-dept.co.jp"],
    subject="会員様からの配信一時停止のご依頼",
    body=f"""志村様

サポートセンターの大河内です。会員様から下記のご依頼がありました。

　会員様：{_x['name']} 様
　メール：{_x['email']}
　内容　：「来月から入院することになったので、しばらくメールを止めてほしい。
　　　　　　退院したらまた自分で再開します」

当社では配信を一時停止に設定いたしました（会員ステータスは変更していません）。
外商ご担当からのご連絡も控えていただくのがよろしいかと存じます。
""" + sig("okochi", 2),
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="one member's name and e-mail with the fact of an upcoming hospitalisation: health data or not is arguable")

# 051 — list of sub-processors (companies) with corporate numbers
add(51, expect="pass", charset="iso-2022-jp",
    sender=sender("chiba"),
    to=["hayase@minatomachi-fudosan.co.jp"],
    subject="個人データ取扱いに関する覚書 別紙2（再委託先一覧）",
    body=f"""早瀬様

お世話になっております。日の出産業の千葉です。
覚書のご締結にあたり、別紙2「再委託先一覧」をお送りします。
いずれも当社と個人データ取扱いに関する契約を締結済みです。

委託先名称                   法人番号          所在地        委託内容
--------------------------------------------------------------------------------
株式会社ソラテル             {corp_number("011001087412")}    東京都港区    SMS送信
株式会社クリアリスト         {corp_number("010401152093")}    東京都千代田区 アドレス有効性確認
ツバサシステム株式会社       {corp_number("020001066731")}    横浜市西区    システム保守
錦印刷株式会社               {corp_number("012001031558")}    東京都新宿区  DM印刷・発送

変更が生じた場合は、30日前までに書面でご通知いたします。
""" + sig("chiba", 0),
    entities=["JP_CORPORATE_NUMBER"],
    note="a table of sub-processor companies with their corporate numbers: businesses, not people")

# 052 — look-alike with a homoglyph (l for i)
add(52, expect="stop", charset="iso-2022-jp",
    sender=sender("miyashita"),
    to=["桑原 様 <kuwabara@kawasakl-denki.co.jp>"],
    subject="社内報メール 12月の配信スケジュール",
    body="""川崎電機株式会社
広報部　桑原様

宮下です。12月の社内報メールの配信スケジュール案です。

　12/ 2（火）08:30　社長メッセージ
　12/ 9（火）08:30　年末年始の勤務体制
　12/16（火）08:30　安全衛生だより
　12/23（火）08:30　年末のご挨拶

原稿は各回の3営業日前までにいただけますと助かります。
""" + sig("miyashita", 2),
    entities=[], detectors=["lookalike_domain"],
    note="kawasakl-denki.co.jp (l for i) is a homoglyph look-alike of partner kawasaki-denki.co.jp")

# 053 — colleague's address mistyped: digit zero look-alike of the own domain, with a bounce list
_r = rng_for(53)
_p = people(30, _r)
add(53, expect="stop", charset="utf-8",
    sender=sender("nonomura"),
    to=["miyashita@hinode-sangy0.co.jp"],
    subject="東雲様 10月バウンス（hard）抽出",
    body="""宮下さん

野々村です。東雲スポーツクラブ様の10月 hard バウンス分、抽出しました。
明日のご報告に使ってください。

""" + "\n".join(x["email"] for x in _p) + """

以上30件
""",
    entities=["EMAIL_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague, but hinode-sangy0.co.jp is a look-alike domain; carries 30 addresses")

# 054 — hyphen for a dot: nishiki-insatsu-co.jp
add(54, expect="stop", charset="cp932",
    sender=sender("ezaki"),
    to=["kuroda@nishiki-insatsu-co.jp"],
    subject="挨拶状 入稿データ送付",
    body="""黒田様

江崎です。挨拶状の入稿データをお送りします。
トンボ付きPDF（塗り足し3mm）です。色校正は不要です。

　発注番号：HS-PO-2025-0932
　納品先　：弊社 営業部（6F）
""" + sig("ezaki", 2),
    attachments=[{"kind": "pdf", "name": "aisatsu_A6_nyuko.pdf",
                  "lines": ["ご愛顧への感謝を込めて", "花みずき化粧品 メルマガ読者プレゼント ご当選おめでとうございます"]}],
    entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatsu-co.jp replaces the dot with a hyphen: look-alike of the partner's domain")

# 055 — winners by initials and prefecture (either)
_r = rng_for(55)
_p = people(10, _r)
_list = "\n".join(f"　{x['pref']}　{x['romaji'].split()[1][0]}.{x['romaji'].split()[0][0]} 様" for x in _p)
add(55, expect="either", charset="iso-2022-jp",
    sender=sender("ezaki"),
    to=["matsunaga@hanamizuki-cosme.co.jp"],
    subject="当選者発表ページ 掲載文言（案）",
    body=f"""松永様

江崎です。メルマガ読者プレゼントの当選者発表ページの文言案です。
慣例どおり、都道府県とイニシャルのみの掲載としています。

――――――――――――――――
A賞 ギフトセット 当選者（敬称略順不同）
{_list}
――――――――――――――――

掲載は12/8（月）を予定しています。ご確認をお願いいたします。
""" + sig("ezaki", 2),
    entities=[], detectors=[],
    note="ten winners as prefecture + initials only: weakly identifying, a privacy officer could go either way")

# 056 — swapped letters: shirakwaa-law.jp
add(56, expect="stop", charset="iso-2022-jp",
    sender=sender("chiba"),
    to=["白川 先生 <shirakawa@shirakwaa-law.jp>"],
    subject="Re: 覚書ひな形の修正版",
    body="""白川先生

千葉です。修正版ありがとうございました。
第5条（安全管理措置）の「委託先の監督」の文言を当社の運用に合わせて
一部調整したく、来週どこかで30分ほどお時間をいただけますでしょうか。

　候補：12/2（火）14時～、12/3（水）10時～、12/4（木）16時～
""" + sig("chiba", 2),
    entities=[], detectors=["lookalike_domain"],
    note="shirakwaa-law.jp swaps two letters of the partner law firm's domain")

# 057 — 【取扱注意】 classification in the subject
add(57, expect="stop", charset="iso-2022-jp",
    sender=sender("iwasaki"),
    to=["shimura@marutaka-dept.co.jp", "tsutsumi@marutaka-dept.co.jp"],
    subject="【取扱注意】外商顧客向け 年始特別招待会 セグメント設計書",
    body="""志村様、堤様

岩崎です。年始特別招待会のセグメント設計書（案）をお送りします。

【区分】取扱注意（関係者限り）

1. 対象
　・外商カード保有かつ年間購買300万円以上
　・過去2年に催事来場あり
2. 除外
　・喪中申告あり、配信停止、宛先不明
3. 想定件数
　・約1,800名（うち初招待 約220名）
4. 配信
　・12/10 招待状メール → 12/17 未開封者へ再送 → 12/24 SMSリマインド

数値は11月末時点の集計です。
""" + sig("iwasaki", 2),
    entities=[], detectors=["confidential_marking"],
    note="the mail is classified 【取扱注意】 in subject and body and goes to the client")

# 058 — English spreadsheet with a Confidential page header
add(58, expect="stop", charset="utf-8",
    sender=sender("sakakibara"),
    to=["ecarter@brightpost.com"],
    subject="Deliverability data by ISP - Q3",
    body="""Hi Emily,

As discussed on our call, attached is our Q3 deliverability breakdown by receiving ISP,
so your team can compare it with the reputation data on your side.
Inbox placement for docomo and au dropped in September; we suspect the shared IP range.

Regards,
Hayato
""" + sig("sakakibara", 3),
    attachments=[{"kind": "xlsx", "name": "Q3_deliverability_by_ISP.xlsx",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo / Brightpost only",
                  "title": "Q3 deliverability",
                  "sheets": {"Summary": [["ISP", "Sent", "Delivered", "Inbox %", "Complaint %"],
                                         ["Gmail", 3120400, 3098112, 92.4, 0.04],
                                         ["Yahoo! JAPAN", 2410870, 2389015, 88.1, 0.07],
                                         ["docomo", 640210, 601903, 71.5, 0.02],
                                         ["au", 512330, 488120, 69.8, 0.03]],
                             "Notes": [["Inbox % from seed-list tests (200 seeds per ISP)"]]}}],
    entities=[], detectors=["confidential_marking"],
    note="the workbook's page header marks it CONFIDENTIAL; sent to a foreign vendor")

# 059 — PPTX with 極秘 marking to the system partner
add(59, expect="stop", charset="cp932",
    sender=sender("kubota"),
    to=["morishita@tsubasa-system.jp"],
    cc=["sakakibara@hinode-sangyo.co.jp"],
    subject="来期 料金体系見直し（案）について",
    body="""森下様

久保田です。来期の料金体系の見直し案をお送りします。
システム側の課金ロジック改修の見積りに必要な範囲でご参照ください。
""" + sig("kubota", 2),
    attachments=[{"kind": "pptx", "name": "料金体系見直し案_2026.pptx", "title": "料金体系見直し案",
                  "page_footer": "【極秘】 日の出産業株式会社 経営企画",
                  "slides": [["【極秘】2026年度 料金体系見直し案", "経営会議 付議資料"],
                             ["改定方針", "従量課金の階段を5段階→3段階へ", "SMSは1通8円→9円",
                              "大口（月500万通超）は個別見積"],
                             ["システム改修範囲", "請求計算バッチ", "管理画面の料金シミュレータ"]]}],
    entities=[], detectors=["confidential_marking"],
    note="slides stamped 【極秘】 (title and footer) sent to an external partner")

# 060 — incident report PDF with 部外秘 footer to a client
add(60, expect="stop", charset="iso-2022-jp",
    sender=sender("sakakibara"),
    to=["matsunaga@hanamizuki-cosme.co.jp"],
    cc=["iwasaki@hinode-sangyo.co.jp"],
    subject="11/14 配信遅延に関するご報告書",
    body="""松永様

日の出産業 技術部の榊原でございます。
11/14 に発生した配信遅延について、報告書をお送りいたします。
ご迷惑をおかけし、誠に申し訳ございませんでした。
""" + sig("sakakibara", 0),
    attachments=[{"kind": "pdf", "name": "障害報告書_20251114.pdf", "title": "障害報告書",
                  "page_footer": "部外秘",
                  "lines": ["障害報告書（配信遅延）", "",
                            "発生日時：2025年11月14日 19:02～21:40",
                            "影響：花みずき化粧品様 19:00予約配信（約9.8万通）が最大2時間38分遅延",
                            "原因：キュー監視の閾値設定誤りによりワーカーの自動増設が行われなかった",
                            "対策：閾値の見直し、増設処理の手動発動手順の整備（11/18 完了）"]}],
    entities=[], detectors=["confidential_marking"],
    note="the report carries a 部外秘 page footer and goes to the client")

# 061 — the word 社外秘 mentioned, not a marking
add(61, expect="pass", charset="iso-2022-jp",
    sender=sender("kubota"),
    to=["nakanishi@kotobukido.co.jp"],
    subject="Re: セキュリティチェックシートのご依頼",
    body="""中西様

久保田です。セキュリティチェックシートのご依頼ありがとうございます。
ご記入のうえ返送いたします（12/5目処）。

なお、ご依頼のうち「ネットワーク構成図」は当社規程で社外秘扱いとなっており、
原本をお渡しできません。代わりに、公開用の概要図とISMS認証の登録証写しをお送りします。
詳細の確認が必要でしたら、秘密保持契約の締結後に画面共有でご説明いたします。

> お手数ですが、添付のチェックシートのご記入と、
> ネットワーク構成図のご提供をお願いできますでしょうか。
""" + sig("kubota", 2),
    attachments=[{"kind": "png", "name": "network_overview_public.png"}],
    note="mentions that a diagram is 社外秘 and cannot be sent; the mail itself is not marked")

# 062 — three external organisations in Cc
add(62, expect="stop", charset="iso-2022-jp",
    sender=sender("kubota"),
    to=["kitahara@kitaguni-foods.co.jp"],
    cc=["nemoto@clearlist.co.jp", "saiki@sora-tel.jp", "iwasaki@hinode-sangyo.co.jp"],
    subject="休眠顧客掘り起こし施策 キックオフのご案内",
    body="""北国フーズ株式会社　北原様
（cc：株式会社クリアリスト 根本様、株式会社ソラテル 斎木様）

お世話になっております。日の出産業の久保田です。
休眠顧客掘り起こし施策（リストクリーニング→メール→SMS）のキックオフを
下記で開催いたします。

　日時：12/3（水）15:00～16:00
　場所：オンライン（Teams、招待は別送）
　議題：スケジュール、データ受け渡し方法、役割分担

どうぞよろしくお願いいたします。
""" + sig("kubota", 0),
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three different external companies can see each other in To/Cc")

# 063 — two external organisations: a normal three-way meeting mail
add(63, expect="pass", charset="cp932",
    sender=sender("sakakibara"),
    to=["kuwabara@kawasaki-denki.co.jp"],
    cc=["morishita@tsubasa-system.jp"],
    subject="社内報配信 SSO連携の打合せ日程",
    body="""川崎電機株式会社　桑原様
ツバサシステム株式会社　森下様

お世話になっております。日の出産業の榊原です。
社内報配信の管理画面へのSSO（SAML）連携について、三社で打合せをお願いします。

　候補1：12/8（月）10:00～11:00
　候補2：12/9（火）15:00～16:00

川崎電機様側のIdP設定情報（メタデータXML）は当日画面共有で確認させてください。
""" + sig("sakakibara", 2),
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: an ordinary three-way meeting mail")

# 064 — five complaint records, one per block
_r = rng_for(64)
_p = people(5, _r)
_blocks = []
for _i, _x in enumerate(_p, 1):
    _blocks.append(f"""【{_i}】受付 11/{_r.randint(10, 20)} {_r.randint(9, 19)}:{_r.randint(10, 59)}
お名前：{_x['name']}
電話：{_x['tel'] if _i % 2 else _x['mobile']}
メール：{_x['email']}
内容：{['毎日メールが来て多すぎる', 'カニの写真が大きすぎてスマホで読めない', '停止したのに届いた', '件名が紛らわしい（当選と誤解した）', '亡くなった父宛にまだ届く'][_i - 1]}""")
add(64, expect="stop", charset="utf-8",
    sender=sender("okochi"),
    to=["kitahara@kitaguni-foods.co.jp"],
    subject="お歳暮キャンペーン 当社窓口へのご意見（5件）",
    body="""北原様

サポートセンターの大河内です。
お歳暮キャンペーン配信に関して当社窓口へ寄せられたご意見を共有します。
いずれも配信停止または頻度変更の対応は完了しています。

""" + "\n\n".join(_blocks) + """

配信頻度については、次回定例で週2回上限のご提案をさせてください。
""" + sig("okochi", 2),
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="five complainants' names, phones and e-mails, one record per block, sent to the client")

# 065 — bullet list of monitor-panel phones to the SMS gateway
_r = rng_for(65)
_p = people(6, _r)
_bul = "\n".join(f"・{x['name']}（{x['kana']}）　{fw(x['mobile']) if i % 2 else x['mobile']}　{_r.choice(['docomo', 'au', 'SoftBank', '楽天'])}"
                 for i, x in enumerate(_p))
add(65, expect="stop", charset="iso-2022-jp",
    sender=sender("akabane"),
    to=["support@sora-tel.jp"],
    subject="キャリア別表示確認 テスト送信先の登録依頼",
    body=f"""株式会社ソラテル　サポートご担当者様

日の出産業 SMS事業部の赤羽です。
長文SMS（660字）のキャリア別表示確認のため、下記のモニター端末をテスト送信先として
登録いただけますでしょうか（モニターは当社の一般モニター会員様です）。

{_bul}

登録期間は12/1～12/12でお願いします。
""" + sig("akabane", 2),
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six private monitors' names and mobile numbers as a bullet list to the SMS gateway")

# 066 — three of the client's own staff as test phones
add(66, expect="pass", charset="iso-2022-jp",
    sender=sender("akabane"),
    to=["support@sora-tel.jp"],
    subject="青葉運輸様 テスト送信先（3件）",
    body="""ソラテル サポートご担当者様

赤羽です。青葉運輸様の本番切替前テストの送信先です。

・木島 様（お客様サービス部）　080-4471-2093
・今泉 様（お客様サービス部）　090-3318-7625
・赤羽（当社）　　　　　　　　070-1204-5586

12/1 15:00 以降に1通ずつ送信をお願いします。
""" + sig("akabane", 2),
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three test phones of named staff: under five people, may be warned")

# 067 — English, CSV of unsubscribes with romaji names
_r = rng_for(67)
_p = people(12, _r)
_rows = [["first_name", "last_name", "email", "unsubscribed_at", "reason"]]
for _x in _p:
    _g, _s = _x["romaji"].split()
    _rows.append([_g, _s, _x["email"], f"2025-11-{_r.randint(1, 20):02d}T{_r.randint(0, 23):02d}:{_r.randint(0, 59):02d}:00+09:00",
                  _r.choice(["too_frequent", "not_relevant", "never_signed_up", ""])])
add(67, expect="stop", charset="utf-8",
    sender=sender("iwasaki"),
    to=["Daniel Reyes <dreyes@lumen-apparel.com>"],
    subject="Japan list - November unsubscribes",
    body="""Hi Daniel,

Attached are the November unsubscribes from the Japanese newsletter list (12 records),
in the same column layout as your US suppression file, so you can merge them into the
global suppression list before the holiday campaign.

Note: "never_signed_up" came from two addresses that were imported from the pop-up store
sign-up sheet. We'd suggest double opt-in for any future offline sign-ups.

Best,
Toru
""" + sig("iwasaki", 3) + DISCLAIMER_EN,
    attachments=[{"kind": "csv", "name": "jp_unsubscribes_2025-11.csv", "encoding": "utf-8", "rows": _rows}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="12 unsubscribed subscribers (romaji names, e-mail) in a CSV to a foreign client")

# 068 — UTF-8 CSV for migration with 和暦 birth dates
_r = rng_for(68)
_p = people(18, _r, born=(1945, 2000))
_rows = [["顧客コード", "氏名", "生年月日", "携帯", "メール"]]
for _i, _x in enumerate(_p):
    _rows.append([f"C{_r.randint(100000, 999999)}", _x["name"],
                  wareki(_x["dob"], "kanji" if _i % 3 else "fw"), _x["mobile"].replace("-", ""), _x["email"]])
add(68, expect="stop", charset="utf-8",
    sender=sender("nonomura"),
    to=["morishita@tsubasa-system.jp"],
    subject="Re: 生年月日の変換仕様について",
    body="""森下様

野々村です。生年月日の変換仕様の件、実データで表記ゆれを確認いただくのが早いと思い、
湊町不動産様の顧客データから18件を抜き出しました（UTF-8のCSVです）。
「昭和５８年」のような全角混じりも含まれています。

> 和暦・西暦が混在しているとのことですが、具体的なパターンを
> いくつかいただけますか。
""" + sig("nonomura", 2),
    attachments=[{"kind": "csv", "name": "dob_samples.csv", "encoding": "utf-8", "rows": _rows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="18 real customers' names, 和暦 birth dates, mobiles and e-mails in a CSV to the vendor")

# 069 — plain ZIP with trade-show visitor data (XLSX + DOCX)
_r = rng_for(69)
_p = people(20, _r, born=(1965, 1998))
_cos = ["東邦メカトロ", "はやて工業", "みなみ製作所", "北斗エンジニアリング", "大和テック", "さざなみ電子"]
_rows = [["展示会来場者（11/12-14 産業オートメーション展）"], ["会社名", "氏名", "役職", "メール", "携帯"]]
for _x in _p:
    _co = _r.choice(_cos)
    _rows.append([_co, _x["name"], _r.choice(["課長", "主任", "部長", "担当"]),
                  _x["email"].split("@")[0] + "@" + {"東邦メカトロ": "toho-mecha.co.jp", "はやて工業": "hayate-kogyo.co.jp",
                                                     "みなみ製作所": "minami-ss.co.jp", "北斗エンジニアリング": "hokuto-eng.jp",
                                                     "大和テック": "yamato-tec.co.jp", "さざなみ電子": "sazanami-denshi.co.jp"}[_co],
                  _x["mobile"]])
add(69, expect="stop", charset="iso-2022-jp",
    sender=sender("nonomura"),
    to=["kuwabara@kawasaki-denki.co.jp"],
    subject="展示会来場者データ 取込結果とサンキューメール文面",
    body="""桑原様

野々村です。展示会来場者データの名寄せ・取込が完了しました。
取込結果（Excel）とサンキューメールの文面案（Word）をZIPにまとめてお送りします。
""" + sig("nonomura", 2),
    attachments=[{"kind": "zip", "name": "expo_followup.zip", "files": [
        {"kind": "xlsx", "name": "来場者_取込結果.xlsx", "sheets": {"取込済": _rows, "除外": [["理由", "件数"], ["名刺のみ・メール無", "7"]]}},
        {"kind": "docx", "name": "サンキューメール文面案.docx",
         "paragraphs": ["{会社名} {氏名} 様", "先日は川崎電機ブースにお立ち寄りいただき、誠にありがとうございました。",
                        "ご覧いただいた製品の資料を以下よりダウンロードいただけます。"]}]}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="ZIP holding an XLSX of 20 visitors (name, e-mail, mobile) sent to the client")

# 070 — forward of a colleague's mail with undeliverable addresses
_r = rng_for(70)
_p = people(8, _r)
add(70, expect="stop", charset="cp932",
    sender=sender("iwasaki"),
    to=["hayase@minatomachi-fudosan.co.jp"],
    subject="転送: 入居者向けお知らせ 到達不能アドレス",
    body="""早瀬様

岩崎です。社内で共有された一覧を転送いたします。
入居者様の連絡先更新にご利用ください。

-------- 転送メッセージ --------
差出人: 野々村 健 <nonomura@hinode-sangyo.co.jp>
宛先: 岩崎 徹 <iwasaki@hinode-sangyo.co.jp>
件名: 入居者向けお知らせ 到達不能アドレス

岩崎さん
湊町不動産様の「更新手続きのご案内」で到達不能だった入居者です。

""" + "\n".join(f"{x['name']} / {x['email']} / 550 User unknown" for x in _p) + """

野々村
""" + sig("iwasaki", 2),
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="a forward (new text to the client) of eight tenants' names and dead addresses")

# 071 — reply: quoted request plus a NEW list in the reply
_r = rng_for(71)
_p = people(6, _r)
_rows = [["氏名", "メールアドレス", "停止理由（任意回答）"]]
for _x in _p:
    _rows.append([_x["name"], _x["email"], _r.choice(["配信が多い", "興味がなくなった", "（回答なし）", "他のアドレスで受信中"])])
add(71, expect="stop", charset="iso-2022-jp",
    sender=sender("iwasaki"),
    to=["tsutsumi@marutaka-dept.co.jp"],
    subject="Re: 歳末ギフト配信後の停止者について",
    body=f"""堤様

岩崎です。お問い合わせの件、歳末ギフト配信（11/28）の翌日以降に
停止された方は6名でした。停止理由アンケートの回答と合わせてお送りします。

{padded(_rows, zen=True)}

通常回の停止数（平均4名）と比べて大きな増加ではありません。

> 岩崎様
> 歳末ギフトの配信後に配信停止が増えていないか気になっています。
> 停止された方の内訳を教えていただけますか。
> マルタカ百貨店 堤
""" + sig("iwasaki", 2),
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="the reply's own new text lists six unsubscribed members (name, e-mail); only the request is quoted")

# 072 — clinic patients segmented by treatment (XLSX)
_r = rng_for(72)
_p = people(14, _r, born=(1970, 2004))
_rows = [["患者ID", "氏名", "生年月日", "メール", "直近の施術・治療", "最終来院"]]
for _x in _p:
    _rows.append([f"P{_r.randint(10000, 99999)}", _x["name"], ymd(_x["dob"]), _x["email"],
                  _r.choice(["ニキビ治療（内服）", "AGA治療", "酒さ治療", "ケミカルピーリング", "尋常性乾癬 外用療法", "シミ取りレーザー"]),
                  f"2025/{_r.randint(4, 10):02d}/{_r.randint(1, 28):02d}"])
add(72, expect="stop", charset="cp932",
    sender=sender("nonomura"),
    to=["kawabata@kobayashi-hifuka.jp"],
    subject="再来院リマインドメール 対象者（施術別）",
    body="""川端様

野々村です。再来院リマインド（最終来院から3か月以上）の対象者を施術別に抽出しました。
施術ごとに本文を出し分ける想定です。対象をご確認ください。
""" + sig("nonomura", 2),
    attachments=[{"kind": "xlsx", "name": "リマインド対象_施術別.xlsx",
                  "sheets": {"対象者": _rows, "文面パターン": [["施術", "文面ID"], ["ニキビ治療", "T01"], ["AGA治療", "T02"]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="14 patients with birth dates, e-mails and their treatments (medical data) sent to the clinic")

# 073 — a freelance designer on free mail gets real subscriber rows
_r = rng_for(73)
_p = people(10, _r)
_rows = [["name", "email", "pref", "address"]]
for _x in _p:
    _rows.append([_x["name"], _x["email"], _x["pref"], _x["addr"]])
add(73, expect="stop", charset="utf-8",
    sender=sender("miyashita"),
    to=["篠宮 さん <shinomiya.design@gmail.com>"],
    subject="差し込みプレビュー用データ",
    body=f"""篠宮さん

宮下です。HTMLテンプレートの差し込み崩れ確認用に、長い住所や旧字の名前が入った
実データを10件お送りします。確認が終わったら削除をお願いします。

{csvtext(_rows)}

納品は12/5でお願いします。
宮下
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "JP_ADDRESS"], detectors=["personal_data", "freemail_recipient"],
    note="ten real subscribers' names, e-mails and addresses sent to a contractor's free-mail address")

# 074 — corrupt ZIP
add(74, expect="stop", charset="iso-2022-jp",
    sender=sender("miyashita"),
    to=["asami@sakura-hotel.jp"],
    subject="年末年始メルマガ 画像一式",
    body="""浅見様

宮下です。年末年始メルマガ用のバナー画像一式をZIPでお送りします。
差し替えがあればお知らせください。
""" + sig("miyashita", 2),
    attachments=[{"kind": "corrupt", "name": "newyear_banners.zip"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the ZIP is damaged and cannot be opened or inspected")

# 075 — English mail with an AES-encrypted ZIP
_r = rng_for(75)
_p = people(30, _r)
add(75, expect="stop", charset="utf-8",
    sender=sender("iwasaki"),
    to=["dreyes@lumen-apparel.com"],
    subject="Pop-up store sign-ups (encrypted)",
    body="""Hi Daniel,

Here are the sign-ups collected at the Omotesando pop-up store last weekend,
as an encrypted ZIP. I'll send the password by SMS to your mobile.

Best,
Toru
""" + sig("iwasaki", 3),
    attachments=[{"kind": "zip", "name": "popup_signups.zip", "password": "Lumen-Omote-1122",
                  "files": [{"kind": "csv", "name": "signups.csv", "encoding": "utf-8",
                             "rows": [["name", "email"]] + [[x["romaji"], x["email"]] for x in _p]}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="encrypted ZIP to a foreign client: cannot be inspected")

# 076 — three private persons visible to each other
add(76, expect="stop", charset="cp932",
    sender=sender("okochi"),
    to=["ren.domeki@gmail.com"],
    cc=["ayaminai_88@yahoo.co.jp", "chihiro.s@icloud.com"],
    subject="Re: メルマガ購読者向けセミナーの開催日について",
    body="""皆様

お問い合わせいただきありがとうございます。
日の出産業 サポートセンターの大河内です。

ご質問の多かった「北国フーズ 冬の食卓セミナー」の日程は、12/13（土）14:00～です。
お申し込みは、メルマガ末尾のリンクからお願いいたします。
""" + sig("okochi", 1),
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private persons (each a party) see each other's addresses in To/Cc")

# 077 — payment log with a MASKED card number
add(77, expect="pass", charset="utf-8",
    sender=sender("sakakibara"),
    to=["morishita@tsubasa-system.jp"],
    subject="決済連携Webhook エラーログ（マスク済）",
    body="""森下様

榊原です。メール内ワンクリック決済のWebhookで、11/27 に5件のタイムアウトがありました。
ログ（カード番号はゲートウェイ側でマスク済み）を貼ります。

2025-11-27T21:14:03+09:00 order=MT-88410231 card=4***-****-****-0421 status=timeout 30012ms
2025-11-27T21:14:09+09:00 order=MT-88410244 card=5***-****-****-7730 status=timeout 30004ms
2025-11-27T21:15:41+09:00 order=MT-88410302 card=3***-****-****-1186 status=timeout 30021ms
2025-11-27T21:16:02+09:00 order=MT-88410317 card=4***-****-****-5902 status=timeout 30009ms
2025-11-27T21:16:55+09:00 order=MT-88410355 card=4***-****-****-2248 status=timeout 30017ms

ゲートウェイ側のレイテンシ増加と思われますが、リトライ設計の見直しをお願いできますか。
""" + sig("sakakibara", 2),
    note="log lines with masked card numbers and order numbers only: nothing identifying")

# 078 — a freelance copywriter's My Number sent to the tax accountant
_r = rng_for(78)
_x = person(_r, born=(1980, 1995))
add(78, expect="stop", charset="iso-2022-jp",
    sender=sender("horie"),
    to=["田辺 様 <tanabe@tanabe-tax.jp>"],
    subject="支払調書作成の件（外注ライター1名分）",
    body=f"""税理士法人田辺会計
田辺様

いつもお世話になっております。日の出産業 経理部の堀江です。
メルマガ原稿を外注しているライターの方の支払調書について、
ご本人から提供を受けた情報をお送りします。

　氏名　　：{_x['name']}（{_x['kana']}）
　住所　　：{_x['addr']}
　個人番号：{mynum()}
　支払額　：年間 1,284,000円（源泉徴収税額 131,090円）

ご確認のほどよろしくお願いいたします。
""" + sig("horie", 0),
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="a contractor's My Number with name and address sent to the outside tax accountant")

# 079 — internal only: birthday segment workbook
_r = rng_for(79)
_p = people(45, _r, born=(1960, 2003))
_sheets = {}
for _mth in (12, 1, 2):
    _rows = [[f"誕生月 {_mth}月 クーポン対象"], ["氏名", "生年月日", "メール", "携帯"]]
    for _x in _p[(_mth % 3) * 15:(_mth % 3) * 15 + 15]:
        _d = _x["dob"].replace(month=_mth, day=min(_x["dob"].day, 28))
        _rows.append([_x["name"], ymd(_d), _x["email"], _x["mobile"]])
    _sheets[f"{_mth}月"] = _rows
add(79, expect="pass", charset="iso-2022-jp",
    sender=sender("nonomura"),
    to=["miyashita@hinode-sangyo.co.jp"],
    cc=["ops@mail.hinode-sangyo.co.jp"],
    subject="花みずき様 誕生月クーポン 12～2月対象（社内確認用）",
    body="""宮下さん

野々村です。花みずき様の誕生月クーポン、12～2月分の対象を月別シートで作りました。
件数の妥当性だけ見てもらえれば、先方には件数のみ報告します。
""",
    attachments=[{"kind": "xlsx", "name": "birthday_coupon_12-2.xlsx", "sheets": _sheets}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="a list of 45 members, but every recipient is internal (incl. a hinode-sangyo subdomain)")

# 080 — five client staff registered as test recipients (either)
add(80, expect="either", charset="cp932",
    sender=sender("miyashita"),
    to=["kuwabara@kawasaki-denki.co.jp"],
    subject="社内報メール テスト受信者の登録内容のご確認",
    body="""桑原様

宮下です。テスト受信者として登録した5名様の内容をご確認ください。
（テスト配信は毎回この5名様宛に送信されます）

　氏名　　　　部署　　　　　メールアドレス　　　　　　　　携帯（SMSテスト用）
　桑原 雅人　　広報部　　　　kuwabara@kawasaki-denki.co.jp　090-2281-4407
　遠山 咲　　　広報部　　　　toyama@kawasaki-denki.co.jp　 080-6153-0928
　仁科 克也　　人事部　　　　nishina@kawasaki-denki.co.jp　070-3390-1174
　大庭 由香里　総務部　　　　oba@kawasaki-denki.co.jp　　　090-7742-6631
　梶 宏之　　　情報システム部　kaji@kawasaki-denki.co.jp　　080-1905-3386
""" + sig("miyashita", 2),
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five of the client's own staff (work e-mail, mobile) sent back to that client: business contacts, borderline")

# 081 — invoice with the company's registration (T-) number
add(81, expect="pass", charset="iso-2022-jp",
    sender=sender("horie"),
    to=["経理部 <keiri@hanamizuki-cosme.co.jp>"],
    cc=["matsunaga@hanamizuki-cosme.co.jp"],
    subject="【日の出産業】2025年11月分 ご請求書送付のご案内",
    body=f"""花みずき化粧品株式会社
経理部 ご担当者様

平素より大変お世話になっております。日の出産業株式会社 経理部の堀江でございます。
2025年11月分のご請求書をお送りいたします。

　請求書番号：INV-2025-11-0412
　ご請求金額：932,250円（税込）
　お支払期限：2025年12月31日

当社の適格請求書発行事業者登録番号は T{corp_number("010001143920")} です。
""" + sig("horie", 1),
    attachments=[{"kind": "pdf", "name": "請求書_INV-2025-11-0412.pdf", "title": "請求書",
                  "lines": ["請求書", "花みずき化粧品株式会社 御中", "請求書番号 INV-2025-11-0412",
                            f"登録番号 T{corp_number('010001143920')}",
                            "振込先：みどり銀行 日本橋支店 普通 1234567 ヒノデサンギヨウ（カ"],
                  "table": [["品目", "数量", "単価", "金額"], ["メール配信（従量）", "931,000通", "0.9", "837,900"],
                            ["SMS送信", "1,200通", "8", "9,600"], ["消費税(10%)", "", "", "84,750"]]}],
    entities=["JP_CORPORATE_NUMBER"],
    note="invoice with the company's T-number and company bank account: business data only")

# 082 — price list workbook to a prospect
add(82, expect="pass", charset="cp932",
    sender=sender("ezaki"),
    to=["nakanishi@kotobukido.co.jp"],
    subject="お見積りと料金表の送付",
    body="""中西様

いつもお世話になっております。日の出産業の江崎でございます。
ご依頼のお見積りと、標準料金表（Excel）をお送りいたします。
年間契約の場合、初期費用（50,000円）を無償とさせていただきます。
""" + sig("ezaki", 1),
    attachments=[{"kind": "xlsx", "name": "料金表_2026.xlsx", "title": "標準料金表",
                  "sheets": {"メール": [["日の出産業 メール配信サービス 標準料金表（税別）"], [],
                                       ["月間通数", "月額", "超過単価"], ["～10万通", "45,000", "0.6"],
                                       ["～30万通", "98,000", "0.45"], ["～100万通", "240,000", "0.3"]],
                             "SMS": [["区分", "単価"], ["国内SMS（70字）", "8円"], ["長文SMS（660字）", "24円"]],
                             "お見積り": [["No.Q-2025-1188"], ["プロプラン 12か月", "1,176,000"], ["SMSオプション", "従量"]]}}],
    note="price list and quotation: no personal data")

# 083 — data processing addendum (DPA) draft
add(83, expect="pass", charset="iso-2022-jp",
    sender=sender("chiba"),
    to=["kitahara@kitaguni-foods.co.jp"],
    cc=["kubota@hinode-sangyo.co.jp"],
    subject="個人データの取扱いに関する覚書（案）のご送付",
    body="""北国フーズ株式会社
北原様

お世話になっております。日の出産業 情報セキュリティ室の千葉でございます。
先日のお打合せを受け、「個人データの取扱いに関する覚書（案）」をお送りいたします。
貴社法務部門でのご確認をお願いいたします。

主な変更点：
・第4条：再委託先の事前通知（30日前）を追加
・第6条：漏えい等発生時の報告期限を「速やかに（遅くとも72時間以内）」に修正
・第9条：契約終了後のデータ消去と消去証明書の発行を明記

秘密保持に関する条項は、既存の基本契約第12条を準用する形としております。
""" + sig("chiba", 0),
    attachments=[{"kind": "docx", "name": "個人データ取扱覚書_案_v2.docx",
                  "paragraphs": ["個人データの取扱いに関する覚書（案）",
                                 "北国フーズ株式会社（以下「甲」）と日の出産業株式会社（以下「乙」）は、甲が乙に委託する"
                                 "メール配信業務に伴う個人データの取扱いについて、以下のとおり合意する。",
                                 "第4条（再委託）乙は、再委託先を追加する場合、30日前までに甲に書面で通知する。",
                                 "第6条（事故時の対応）乙は、個人データの漏えい等が発生したときは、速やかに（遅くとも72時間以内に）甲に報告する。",
                                 "第9条（返還・消去）乙は、本契約終了後30日以内に個人データを消去し、消去証明書を甲に交付する。"]}],
    note="DPA draft with clauses only; talks about 秘密保持 but carries no marking or personal data")

# 084 — internal only: full bounce list to a colleague
_r = rng_for(84)
_p = people(50, _r)
add(84, expect="pass", charset="utf-8",
    sender=sender("nonomura"),
    to=["iwasaki@hinode-sangyo.co.jp"],
    subject="北国フーズ様 11月 hardバウンス50件（社内）",
    body="""岩崎さん

11月分の hard バウンス、50件です。報告は件数と傾向だけにしてください。
（docomo.ne.jp の旧アドレスがまとまって落ちています）

""" + tsv([["email", "code", "date"]] + [[x["email"], "5.1.1", f"11/{_r.randint(1, 28)}"] for x in _p]) + """

野々村
""",
    entities=["EMAIL_ADDRESS"], detectors=[],
    note="50 bounced addresses, but the only recipient is internal")

# 085 — internal only: a 社外秘 document among colleagues
add(85, expect="pass", charset="iso-2022-jp",
    sender=sender("kubota"),
    to=["ezaki@hinode-sangyo.co.jp", "iwasaki@hinode-sangyo.co.jp"],
    subject="【社外秘】来期 重点顧客と目標",
    body="""江崎さん、岩崎さん

久保田です。来期の重点顧客と目標の案です。社外秘のため取扱いにご注意ください。
金曜の営業会議で議論します。
""",
    attachments=[{"kind": "docx", "name": "来期重点顧客.docx", "page_header": "社外秘",
                  "paragraphs": ["2026年度 重点顧客と売上目標（案）"],
                  "tables": [[["顧客", "今期見込", "来期目標"], ["マルタカ百貨店", "2,400万円", "3,000万円"],
                              ["花みずき化粧品", "1,250万円", "1,500万円"], ["北国フーズ", "980万円", "1,400万円"]]]}],
    note="a 社外秘-marked document, but all recipients are internal")

# 086 — client's shops (business list) to the SMS gateway
add(86, expect="pass", charset="cp932",
    sender=sender("akabane"),
    to=["support@sora-tel.jp"],
    subject="北国フーズ様 店舗別送信元表記の申請",
    body="""ソラテル サポートご担当者様

赤羽です。北国フーズ様の直営店からの来店予約リマインドについて、
店舗ごとに送信元表記（発信番号）を分けたく、以下で申請いたします。

店舗名　　　　　　　住所　　　　　　　　　　　　　　　　代表電話
札幌大通店　　　　　札幌市中央区大通西4-1-2 大通ビル1F　011-231-5580
仙台一番町店　　　　仙台市青葉区一番町3-7-1　　　　　　022-262-4419
東京日本橋店　　　　東京都中央区日本橋室町1-5-3　　　　03-3270-8812
名古屋栄店　　　　　名古屋市中区栄3-4-10　　　　　　　 052-251-3307
福岡天神店　　　　　福岡市中央区天神2-11-1　　　　　　 092-711-6024

返信先は各店舗の代表電話とします。
""" + sig("akabane", 2),
    note="a list of shops with business addresses and switchboards: businesses, not people")

# 087 — hotel properties for the newsletter footer
add(87, expect="pass", charset="utf-8",
    sender=sender("miyashita"),
    to=["asami@sakura-hotel.jp"],
    subject="メルマガフッター 施設一覧の表記確認",
    html="""<html><body>
<p>浅見様</p>
<p>宮下です。メルマガのフッターに掲載する施設一覧の表記をご確認ください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>施設名</th><th>所在地</th><th>予約センター</th></tr>
<tr><td>さくらホテル 京都駅前</td><td>京都市下京区東塩小路町8-3</td><td>075-342-7700</td></tr>
<tr><td>さくらホテル 金沢</td><td>石川県金沢市本町2-15-1</td><td>076-224-7700</td></tr>
<tr><td>さくらホテル 博多</td><td>福岡市博多区博多駅前4-2-5</td><td>092-475-7700</td></tr>
<tr><td>さくらリゾート 那覇</td><td>沖縄県那覇市久茂地1-9-20</td><td>098-866-7700</td></tr>
</table>
<p>営業時間の表記（10:00～19:00）も併記してよろしいでしょうか。</p>
<p>日の出産業株式会社 配信運用部 宮下 彩乃</p>
</body></html>""",
    note="HTML-only list of hotel properties with their booking numbers: businesses only")

# 088 — HTML newsletter proof with merge fields
add(88, expect="pass", charset="utf-8",
    sender=sender("miyashita"),
    to=["kitahara@kitaguni-foods.co.jp"],
    subject="【校正】12月号メルマガ HTML初校",
    body="""北原様

宮下です。12月号メルマガのHTML初校です（テキスト版も同封しています）。
{{氏名}} {{ポイント残高}} は配信時に差し込まれます。

━━━━━━━━━━━━━━━━
{{氏名}} 様
いつも北国フーズをご利用いただきありがとうございます。
現在のポイント残高：{{ポイント残高}} pt
冬の海鮮鍋セット 早割は12/10まで！
━━━━━━━━━━━━━━━━
""",
    html="""<html><body style="margin:0">
<table width="600" align="center"><tr><td>
<p>{{氏名}} 様</p>
<p>いつも北国フーズをご利用いただきありがとうございます。<br>
現在のポイント残高：<b>{{ポイント残高}}</b> pt</p>
<p><a href="https://www.kitaguni-foods.co.jp/nabe?utm_source=mail">冬の海鮮鍋セット 早割は12/10まで！</a></p>
<p style="font-size:11px">配信停止は<a href="https://mail.hinode-sangyo.co.jp/u/{{配信ID}}">こちら</a></p>
</td></tr></table></body></html>""",
    note="newsletter proof with merge placeholders only")

# 089 — segment definition without any records
add(89, expect="pass", charset="iso-2022-jp",
    sender=sender("iwasaki"),
    to=["shimura@marutaka-dept.co.jp"],
    subject="福袋予約 セグメント条件のご提案",
    body="""志村様

岩崎です。福袋予約のご案内について、セグメント条件を以下でご提案します。

・セグメントA：30～40代女性、東京都・神奈川県在住、直近1年に婦人服購入あり（約14,200名）
・セグメントB：50代以上、外商カード未保有、食品催事の来場履歴あり（約9,800名）
・セグメントC：全会員のうち直近90日の開封者（約61,000名）

A・Bは専用クリエイティブ、Cは共通版で考えております。
除外：配信停止、宛先不明、喪中申告あり。
""" + sig("iwasaki", 2),
    note="segment criteria and counts only, no individual")

# 090 — aggregate CSV by prefecture
add(90, expect="pass", charset="cp932",
    sender=sender("iwasaki"),
    to=["kuwabara@kawasaki-denki.co.jp"],
    subject="社内報メール 事業所別 開封率（CSV）",
    body="""桑原様

岩崎です。ご依頼の事業所（都道府県）別の開封率をCSVでお送りします。
工場系の事業所はPC非保有の方が多いため、SMS併用のご検討をおすすめします。
""" + sig("iwasaki", 2),
    attachments=[{"kind": "csv", "name": "open_rate_by_site.csv",
                  "rows": [["事業所", "都道府県", "配信数", "開封数", "開封率"],
                           ["本社", "東京都", "1840", "1402", "76.2%"],
                           ["川崎工場", "神奈川県", "2210", "862", "39.0%"],
                           ["浜松工場", "静岡県", "1530", "551", "36.0%"],
                           ["大阪支社", "大阪府", "420", "307", "73.1%"],
                           ["九州工場", "熊本県", "980", "323", "33.0%"]]}],
    note="aggregate open rates per site: no personal data")

# 091 — screenshot and instructions
add(91, expect="pass", charset="iso-2022-jp",
    sender=sender("okochi"),
    to=["hirano@matsuba-shuzo.co.jp"],
    subject="Re: 予約配信の取り消し方法",
    body="""平野様

サポートセンターの大河内です。
予約配信の取り消しは、管理画面の「配信一覧」から行えます（画面キャプチャを添付）。

　1. 配信一覧で対象の配信の「…」をクリック
　2. 「予約を取り消す」を選択
　3. 確認画面で「取り消す」をクリック

配信開始の5分前を過ぎると取り消せませんのでご注意ください。

> 明日の予約配信を取り消したいのですが、どこから操作できますか。
""" + sig("okochi", 1),
    attachments=[{"kind": "png", "name": "cancel_schedule.png"}],
    note="support how-to with a screenshot: nothing personal")

# 092 — plain ZIP of HTML templates
add(92, expect="pass", charset="utf-8",
    sender=sender("miyashita"),
    to=["matsunaga@hanamizuki-cosme.co.jp"],
    subject="レスポンシブ テンプレート一式（ZIP）",
    body="""松永様

宮下です。新しいレスポンシブテンプレート一式をZIPでお送りします。
中身は HTML 3種（1カラム／2カラム／商品グリッド）と説明書（txt）です。
""" + sig("miyashita", 2),
    attachments=[{"kind": "zip", "name": "templates_v2.zip", "files": [
        {"kind": "html", "name": "one_column.html", "html": "<html><body><h1>{{見出し}}</h1><p>{{本文}}</p></body></html>"},
        {"kind": "html", "name": "two_column.html", "html": "<html><body><table><tr><td>{{左}}</td><td>{{右}}</td></tr></table></body></html>"},
        {"kind": "html", "name": "grid.html", "html": "<html><body><div class='grid'>{{商品1}}{{商品2}}{{商品3}}</div></body></html>"},
        {"kind": "txt", "name": "README.txt", "text": "テンプレートの使い方\n1. {{ }} の部分を差し替えてください。\n2. 画像は横600px以下で。"}]}],
    note="unencrypted ZIP of HTML templates and a readme: nothing personal")

# 093 — approved newsletter mail attached as .eml, sent on to the client's colleague
add(93, expect="pass", charset="iso-2022-jp",
    sender=sender("miyashita"),
    to=["hirano@matsuba-shuzo.co.jp"],
    subject="FW: 新酒案内メール 最終稿（承認済）",
    body="""平野様

宮下です。ご上長の承認済みの最終稿メールを添付でお送りします。
蔵元ブログへの転載用にお使いください。
""" + sig("miyashita", 2),
    attachments=[{"kind": "eml", "name": "新酒案内_最終稿.eml", "message": {
        "charset": "iso-2022-jp", "sender": "宮下 彩乃 <miyashita@hinode-sangyo.co.jp>",
        "to": ["hirano@matsuba-shuzo.co.jp"], "subject": "新酒案内メール 最終稿",
        "body": "【松葉酒造】今年も新酒の季節がやってまいりました\n\n"
                "しぼりたて生原酒「松葉 初しぼり」を12月15日より蔵元直売所とオンラインで販売いたします。\n"
                "720ml 1,980円（税込）／1.8L 3,740円（税込）\n\n"
                "※20歳未満の方への酒類の販売はいたしません。"}}],
    note="forwarded newsletter text as an attached mail: no personal data")

# 094 — internal subdomain: segment rows between teams
_r = rng_for(94)
_p = people(20, _r)
add(94, expect="pass", charset="cp932",
    sender=sender("nonomura"),
    to=["qa-team@mail.hinode-sangyo.co.jp"],
    subject="差し込み検証用 実データ20件（社内QA）",
    body="""QAチーム各位

野々村です。文字化け検証（旧字・外字・長い住所）用に、実データから20件を抽出しました。
検証環境のみで使用し、検証後は削除してください。

""" + padded([["氏名", "メール", "住所"]] + [[x["name"], x["email"], x["addr"]] for x in _p]) + """
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "JP_ADDRESS"], detectors=[],
    note="20 subscriber rows, but sent only to an internal subdomain (mail.hinode-sangyo.co.jp)")

# 095 — three seminar attendees with phones to the venue
add(95, expect="pass", charset="iso-2022-jp",
    sender=sender("kubota"),
    to=["宴会予約 <banquet@sakura-hotel.jp>"],
    subject="12/10 メールマーケティング勉強会 会場利用の件（登壇者）",
    body="""さくらホテル 宴会予約ご担当者様

日の出産業の久保田です。12/10 の勉強会（鳳凰の間）の件で、
当日控室をご利用になる登壇者3名をお知らせします。到着時はフロントでお名前をお伝えします。

　・御手洗 和也 様（株式会社ツバサシステム）　携帯 090-5512-3074
　・雲母 千尋 様（フリーランス講師）　　　　　携帯 080-2290-6615
　・久保田 恭平（当社）

控室のお茶の用意（3名分）もお願いいたします。
""" + sig("kubota", 2),
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two speakers' names and mobiles to the venue: a short list of people, may be warned")

# 096 — one client staff member's birthday registered for a test
add(96, expect="pass", charset="utf-8",
    sender=sender("miyashita"),
    to=["ohashi@hanamizuki-cosme.co.jp"],
    subject="誕生月メール テスト受信の設定について",
    body="""大橋様

宮下です。誕生月メールのテスト受信用に、ご提供いただいた情報で
テスト会員を1件登録しました。

　氏名：五月女 琴音
　生年月日：1992年12月4日
　メール：sotome.k@hanamizuki-cosme.co.jp

12/1 の誕生月メール配信時に、この方にテストとして届きます。
確認後はテスト会員を削除いたします。
""" + sig("miyashita", 2),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="one client employee's name, work e-mail and birth date for a test: one person, may be warned")

# 097 — English SPF/DKIM setup mail with disclaimer
add(97, expect="pass", charset="utf-8",
    sender=sender("sakakibara"),
    to=["Daniel Reyes <dreyes@lumen-apparel.com>"],
    subject="DNS records for jp.lumen-apparel.com",
    body="""Hi Daniel,

To send the Japanese newsletter from jp.lumen-apparel.com, please ask your DNS admin
to add the following records:

  TXT  jp.lumen-apparel.com          "v=spf1 include:_spf.hinode-sangyo.co.jp -all"
  CNAME hs1._domainkey.jp.lumen-apparel.com  hs1.dkim.hinode-sangyo.co.jp
  TXT  _dmarc.jp.lumen-apparel.com   "v=DMARC1; p=quarantine; rua=mailto:dmarc@lumen-apparel.com"

Once they are live we'll verify alignment and send you a test.

Kind regards,
Hayato Sakakibara
""" + sig("sakakibara", 3) + DISCLAIMER_EN,
    note="technical DNS instructions to a foreign client with the standard disclaimer")

# 098 — DM shipment with tracking numbers
add(98, expect="pass", charset="cp932",
    sender=sender("ezaki"),
    to=["kijima@aoba-unyu.co.jp"],
    subject="Re: 挨拶状 集荷のご依頼",
    body="""木島様

江崎です。集荷ありがとうございました。控えの伝票番号をお送りします。

　2250-1184-3307（錦印刷 → 花みずき化粧品 本社　2箱）
　2250-1184-3318（錦印刷 → 日の出産業 営業部　1箱）

お届け予定は 12/4（木）午前とのこと、承知しました。

> 江崎様
> 本日15時に錦印刷様で集荷いたしました。伝票番号は別途お知らせします。
""" + sig("ezaki", 2),
    note="tracking numbers of business shipments between companies")

# 099 — reply; the client's bounce list appears only as quoted text
_r = rng_for(99)
_p = people(9, _r)
add(99, expect="pass", charset="iso-2022-jp",
    sender=sender("miyashita"),
    to=["asami@sakura-hotel.jp"],
    subject="Re: 宿泊予約確認メールの不達について",
    body="""浅見様

宮下です。ご連絡ありがとうございます。
いただいた9件はいずれもドメイン側の受信拒否（迷惑メールフィルタ）でした。
宿泊予約確認メールは取引系IPから再送し、全件到達を確認しております。

> 宮下様
> 以下のお客様から「予約確認メールが届かない」とフロントに連絡がありました。
""" + "\n".join(f"> {x['name']}　{x['email']}" for x in _p) + """
> 至急確認をお願いします。
> さくらホテル 浅見
""" + sig("miyashita", 2),
    note="the nine guests' addresses are only in the quoted text the client sent; new text has none")

# 100 — one private person asks for data deletion (free mail)
add(100, expect="pass", charset="iso-2022-jp",
    sender=sender("chiba"),
    to=["mei.wanibuchi@outlook.jp"],
    subject="個人データ削除のご請求について（完了のご報告）",
    body="""鰐渕 様

日の出産業株式会社 情報セキュリティ室の千葉でございます。
11月20日にいただいた個人データ削除のご請求について、
当社が配信を受託している3社（花みずき化粧品・北国フーズ・さくらホテル）の
配信用データから、お客様のメールアドレスを削除いたしましたのでご報告いたします。

各社の会員データそのものの削除は、各社へのご請求が必要となります。
各社のお問い合わせ窓口は当社ウェブサイトの「受託先一覧」に掲載しております。

このたびはご迷惑をおかけし、誠に申し訳ございませんでした。
""" + sig("chiba", 1),
    entities=[], detectors=["freemail_recipient"],
    note="reply to one private person at free mail about their own data; nothing of others")
