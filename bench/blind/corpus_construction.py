"""Blind corpus: 日の出産業 建設・不動産事業 (construction sites and rental property).

Written from BRIEF.md alone.  Work-site rosters, safety/training records, accident
reports, subcontractor lists, tenant applications, rent transfer lists, neighbourhood
notices, land owner lists, drawings, estimates, contracts, look-alike partner domains,
reply threads and forwards.  Every person, number and address is invented.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from build import card_number, my_number

# -- invented people ---------------------------------------------------------------------

SEI = [
    ("鬼頭", "きとう", "Kito"), ("四十物", "あいもの", "Aimono"),
    ("勅使河原", "てしがわら", "Teshigawara"), ("百目鬼", "どうめき", "Domeki"),
    ("東海林", "しょうじ", "Shoji"), ("薬師寺", "やくしじ", "Yakushiji"),
    ("轟", "とどろき", "Todoroki"), ("仲宗根", "なかそね", "Nakasone"),
    ("与那覇", "よなは", "Yonaha"), ("阿久津", "あくつ", "Akutsu"),
    ("猪狩", "いがり", "Igari"), ("鰐淵", "わにぶち", "Wanibuchi"),
    ("蛭田", "ひるた", "Hiruta"), ("沓掛", "くつかけ", "Kutsukake"),
    ("保坂", "ほさか", "Hosaka"), ("佐藤", "さとう", "Sato"),
    ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"), ("渡辺", "わたなべ", "Watanabe"),
    ("伊藤", "いとう", "Ito"), ("中村", "なかむら", "Nakamura"),
    ("小林", "こばやし", "Kobayashi"), ("加藤", "かとう", "Kato"),
    ("吉田", "よしだ", "Yoshida"), ("山口", "やまぐち", "Yamaguchi"),
    ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"),
    ("木村", "きむら", "Kimura"), ("清水", "しみず", "Shimizu"),
    ("森", "もり", "Mori"), ("池田", "いけだ", "Ikeda"),
    ("橋本", "はしもと", "Hashimoto"), ("石川", "いしかわ", "Ishikawa"),
    ("前田", "まえだ", "Maeda"), ("藤田", "ふじた", "Fujita"),
    ("後藤", "ごとう", "Goto"), ("岡田", "おかだ", "Okada"),
    ("長谷川", "はせがわ", "Hasegawa"), ("村上", "むらかみ", "Murakami"),
    ("近藤", "こんどう", "Kondo"), ("坂本", "さかもと", "Sakamoto"),
    ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"),
    ("福田", "ふくだ", "Fukuda"), ("太田", "おおた", "Ota"),
    ("三浦", "みうら", "Miura"), ("藤原", "ふじわら", "Fujiwara"),
    ("岡本", "おかもと", "Okamoto"), ("松田", "まつだ", "Matsuda"),
    ("中川", "なかがわ", "Nakagawa"), ("原田", "はらだ", "Harada"),
    ("小野", "おの", "Ono"), ("竹内", "たけうち", "Takeuchi"),
    ("金子", "かねこ", "Kaneko"), ("和田", "わだ", "Wada"),
    ("中山", "なかやま", "Nakayama"), ("石井", "いしい", "Ishii"),
    ("上田", "うえだ", "Ueda"), ("森田", "もりた", "Morita"),
    ("柴田", "しばた", "Shibata"), ("酒井", "さかい", "Sakai"),
    ("工藤", "くどう", "Kudo"), ("横山", "よこやま", "Yokoyama"),
    ("宮崎", "みやざき", "Miyazaki"), ("内田", "うちだ", "Uchida"),
    ("高木", "たかぎ", "Takagi"), ("安藤", "あんどう", "Ando"),
    ("谷口", "たにぐち", "Taniguchi"), ("大野", "おおの", "Ono"),
    ("丸山", "まるやま", "Maruyama"), ("今井", "いまい", "Imai"),
    ("河野", "こうの", "Kono"), ("菅原", "すがわら", "Sugawara"),
    ("雲母", "きら", "Kira"), ("廿日出", "はつかで", "Hatsukade"),
    ("釘宮", "くぎみや", "Kugimiya"), ("粟野", "あわの", "Awano"),
    ("芥川", "あくたがわ", "Akutagawa"), ("瓜生", "うりゅう", "Uryu"),
    ("砂押", "すなおし", "Sunaoshi"), ("柘植", "つげ", "Tsuge"),
    ("樋渡", "ひわたし", "Hiwatashi"), ("真壁", "まかべ", "Makabe"),
    ("比留間", "ひるま", "Hiruma"), ("五味", "ごみ", "Gomi"),
    ("御子柴", "みこしば", "Mikoshiba"), ("九鬼", "くき", "Kuki"),
]
MEI_M = [
    ("達也", "たつや", "Tatsuya"), ("大輔", "だいすけ", "Daisuke"),
    ("翔太", "しょうた", "Shota"), ("浩二", "こうじ", "Koji"), ("誠", "まこと", "Makoto"),
    ("勝利", "かつとし", "Katsutoshi"), ("隆之", "たかゆき", "Takayuki"),
    ("剛", "つよし", "Tsuyoshi"), ("和也", "かずや", "Kazuya"), ("拓海", "たくみ", "Takumi"),
    ("良平", "りょうへい", "Ryohei"), ("茂", "しげる", "Shigeru"),
    ("正人", "まさと", "Masato"), ("秀樹", "ひでき", "Hideki"), ("竜二", "りゅうじ", "Ryuji"),
    ("英明", "ひであき", "Hideaki"), ("光男", "みつお", "Mitsuo"), ("悠斗", "ゆうと", "Yuto"),
    ("亮介", "りょうすけ", "Ryosuke"), ("哲也", "てつや", "Tetsuya"),
    ("義雄", "よしお", "Yoshio"), ("健一", "けんいち", "Kenichi"), ("直樹", "なおき", "Naoki"),
    ("洋平", "ようへい", "Yohei"), ("伸也", "しんや", "Shinya"),
    ("昌弘", "まさひろ", "Masahiro"), ("信吾", "しんご", "Shingo"), ("勇気", "ゆうき", "Yuki"),
    ("宏", "ひろし", "Hiroshi"), ("貴之", "たかゆき", "Takayuki"), ("文太", "ぶんた", "Bunta"),
    ("蓮", "れん", "Ren"), ("大和", "やまと", "Yamato"), ("武志", "たけし", "Takeshi"),
]
MEI_F = [
    ("美緒", "みお", "Mio"), ("沙織", "さおり", "Saori"), ("里奈", "りな", "Rina"),
    ("由美子", "ゆみこ", "Yumiko"), ("恵", "めぐみ", "Megumi"), ("真由美", "まゆみ", "Mayumi"),
    ("千尋", "ちひろ", "Chihiro"), ("香織", "かおり", "Kaori"), ("陽子", "ようこ", "Yoko"),
    ("菜々子", "ななこ", "Nanako"), ("京子", "きょうこ", "Kyoko"), ("彩", "あや", "Aya"),
    ("瞳", "ひとみ", "Hitomi"), ("佳代", "かよ", "Kayo"), ("智子", "ともこ", "Tomoko"),
]

TOWNS = [
    ("埼玉県", "さいたま市見沼区", "大和田町", "337-0053"),
    ("埼玉県", "川口市", "芝新町", "333-0851"),
    ("埼玉県", "越谷市", "蒲生寿町", "343-0836"),
    ("埼玉県", "上尾市", "原市", "362-0021"),
    ("東京都", "足立区", "西新井本町", "123-0843"),
    ("東京都", "北区", "赤羽西", "115-0055"),
    ("東京都", "板橋区", "成増", "175-0094"),
    ("千葉県", "松戸市", "常盤平", "270-2261"),
    ("埼玉県", "草加市", "谷塚町", "340-0028"),
    ("茨城県", "古河市", "東本町", "306-0012"),
    ("東京都", "練馬区", "石神井台", "177-0045"),
    ("埼玉県", "春日部市", "粕壁東", "344-0067"),
    ("埼玉県", "戸田市", "新曽南", "335-0026"),
    ("埼玉県", "蕨市", "塚越", "335-0002"),
    ("栃木県", "小山市", "城東", "323-0807"),
    ("群馬県", "館林市", "本町", "374-0024"),
    ("東京都", "江戸川区", "南小岩", "133-0056"),
    ("埼玉県", "熊谷市", "石原", "360-0816"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330-0061"),
    ("埼玉県", "久喜市", "本町", "346-0003"),
]
BUILDINGS = ["コーポ桜", "ハイツ松風", "メゾン若葉", "グリーンヒル", "サンパレス", "レオ荘",
             "プラザ東", "ヴィラ緑町"]
SHOKUSHU = ["鉄筋工", "型枠大工", "とび工", "土工", "電工", "配管工", "左官", "重機オペ",
            "溶接工", "内装工", "塗装工", "解体工", "ダクト工", "防水工"]
BANKS = [("みどり銀行", ["大宮支店", "浦和支店", "川口駅前支店", "越谷支店", "本店営業部"]),
         ("武蔵野中央銀行", ["上尾支店", "与野支店", "春日部支店"]),
         ("北関東信用金庫", ["草加支店", "蕨支店", "熊谷東支店"]),
         ("東都りそな銀行", ["赤羽支店", "成増支店", "西新井支店"]),
         ("さきたま信用組合", ["本所", "岩槻支店"])]

_ZEN = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_ZEN.update({ord("/"): "／", ord("."): "．", ord(":"): "：", ord("("): "（", ord(")"): "）",
             ord(" "): "　"})


def zen(s: str, iso: bool = False) -> str:
    """Full-width digits; the hyphen as ISO-2022-JP (−) or CP932/UTF-8 (－) writers type it."""
    t = dict(_ZEN)
    t[ord("-")] = "−" if iso else "－"
    return s.translate(t)


_KATA_FULL = ("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロ"
              "ワヲンァィゥェォッャュョー　")
_KATA_HALF = ("ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛ"
              "ﾜｦﾝｧｨｩｪｫｯｬｭｮｰ ")


def kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def hankaku(s: str) -> str:
    out = []
    for c in kata(s):
        if c in "ガギグゲゴザジズゼゾダヂヅデドバビブベボ":
            out.append(_KATA_HALF[_KATA_FULL.index(chr(ord(c) - 1))] + "ﾞ")
        elif c in "パピプペポ":
            out.append(_KATA_HALF[_KATA_FULL.index(chr(ord(c) - 2))] + "ﾟ")
        elif c in _KATA_FULL:
            out.append(_KATA_HALF[_KATA_FULL.index(c)])
        else:
            out.append(c)
    return "".join(out)


def era(d: date) -> tuple[str, str, int]:
    t = (d.year, d.month, d.day)
    if t >= (2019, 5, 1):
        return "令和", "R", d.year - 2018
    if t >= (1989, 1, 8):
        return "平成", "H", d.year - 1988
    return "昭和", "S", d.year - 1925


def fd(d: date, style: str, iso: bool = False) -> str:
    """Write a date the many ways Japanese forms do."""
    y, m, dd = d.year, d.month, d.day
    en, ab, ey = era(d)
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "slash":
        return f"{y}/{m:02d}/{dd:02d}"
    if style == "slash_nz":
        return f"{y}/{m}/{dd}"
    if style == "kanji":
        return f"{y}年{m}月{dd}日"
    if style == "wa":
        return f"{en}{'元' if ey == 1 else ey}年{m}月{dd}日"
    if style == "wa_ab":
        return f"{ab}{ey}.{m}.{dd}"
    if style == "wa_ab0":
        return f"{ab}{ey:02d}.{m:02d}.{dd:02d}"
    if style == "wa_zen":
        return zen(f"{ab}{ey}.{m}.{dd}", iso)
    if style == "wa_kzen":
        return zen(f"{en}{ey}年{m}月{dd}日", iso)
    if style == "dot":
        return f"{y}.{m:02d}.{dd:02d}"
    if style == "compact":
        return f"{y}{m:02d}{dd:02d}"
    if style == "wa_slash":
        return f"{ab}{ey}/{m:02d}/{dd:02d}"
    if style == "en":
        return d.strftime("%d %b %Y")
    if style == "us":
        return d.strftime("%b %d, %Y")
    raise ValueError(style)


def mobile(rng: random.Random) -> str:
    return f"{rng.choice(['090', '080', '070', '090', '080'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def landline(rng: random.Random, pref: str) -> str:
    if pref == "東京都":
        return f"03-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    area = {"埼玉県": rng.choice(["048", "049"]), "千葉県": "047", "茨城県": "0280",
            "栃木県": "0285", "群馬県": "0276"}.get(pref, "048")
    if len(area) == 4:
        return f"{area}-{rng.randint(20, 99)}-{rng.randint(1000, 9999)}"
    return f"{area}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"


def person(rng: random.Random, female: float = 0.08, ymin: int = 1960, ymax: int = 2004,
           taken: set[str] | None = None) -> dict:
    taken = taken if taken is not None else set()
    while True:
        s = rng.choice(SEI)
        if s[0] not in taken:
            break
    taken.add(s[0])
    fem = rng.random() < female
    g = rng.choice(MEI_F if fem else MEI_M)
    y, m, d = rng.randint(ymin, ymax), rng.randint(1, 12), rng.randint(1, 28)
    if y == 1989 and m == 1:
        m = 2
    if y == 2019 and m == 4:
        m = 6
    pref, city, town, zipc = rng.choice(TOWNS)
    c, b, gg = rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 22)
    bldg = rng.choice(BUILDINGS) + f" {rng.randint(1, 3)}0{rng.randint(1, 8)}" if rng.random() < 0.35 else ""
    rel = rng.choice(["妻", "妻", "母", "父", "兄", "姉", "夫"] if not fem else ["夫", "母", "父", "姉"])
    rel_given = rng.choice(MEI_F if rel in ("妻", "母", "姉") else MEI_M)[0]
    bank, branches = rng.choice(BANKS)
    return dict(
        sei=s[0], sei_k=s[1], sei_r=s[2], mei=g[0], mei_k=g[1], mei_r=g[2], female=fem,
        name=f"{s[0]} {g[0]}", name_nosp=f"{s[0]}{g[0]}", kana=f"{s[1]} {g[1]}",
        kata=f"{kata(s[1])} {kata(g[1])}", romaji=f"{g[2]} {s[2].upper()}",
        dob=date(y, m, d), age=2026 - y - (1 if (m, d) > (10, 1) else 0),
        blood=rng.choice(["A", "A", "A", "O", "O", "B", "B", "AB"]),
        rh=rng.choice(["+", "+", "+", "+", "+", "+", "+", "-"]),
        mobile=mobile(rng), pref=pref, zip=zipc,
        addr=f"{pref}{city}{town}{c}-{b}-{gg}" + (f" {bldg}" if bldg else ""),
        addr_k=f"{pref}{city}{town}{c}丁目{b}番{gg}号" + (f" {bldg}号室" if bldg else ""),
        addr_short=f"{city}{town}{c}-{b}-{gg}",
        home=landline(rng, pref),
        emg_rel=rel, emg_name=f"{s[0]} {rel_given}", emg_tel=mobile(rng) if rng.random() < 0.7 else landline(rng, pref),
        kenshin=date(2026, rng.randint(1, 8), rng.randint(1, 28)),
        job=rng.choice(SHOKUSHU), years=rng.randint(1, 30),
        bank=bank, branch=rng.choice(branches), acct=f"{rng.randint(0, 9999999):07d}",
        acct_kind=rng.choice(["普通", "普通", "普通", "当座"]),
        bp_sys=rng.randint(100, 165), bp_dia=rng.randint(58, 104),
        email=f"{s[2].lower()}.{g[2].lower()}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'outlook.jp'])}",
    )


def crew(seed: str, n: int, **kw) -> list[dict]:
    rng = random.Random(f"construction-{seed}")
    taken: set[str] = set()
    return [person(rng, taken=taken, **kw) for _ in range(n)]


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - width(s), 0)


def grid(rows: list[list[str]], gap: str = "  ", rule: str | None = "-") -> str:
    """A space-padded table as people paste it (header, a rule, rows)."""
    ws = [max(width(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = [gap.join(pad(str(c), ws[i]) for i, c in enumerate(rows[0])).rstrip()]
    if rule:
        lines.append(gap.join(rule * ws[i] for i in range(len(ws))))
    for r in rows[1:]:
        lines.append(gap.join(pad(str(c), ws[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(lines)


def corp_number(base12: str) -> str:
    """A 13-digit 法人番号 whose leading check digit is valid."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- signatures --------------------------------------------------------------------------

HQ = "〒330-0854 埼玉県さいたま市大宮区桜木町4-218 日の出ビル"

SIG_IWASA = f"""――――――――――――――――――――
日の出産業株式会社 建設事業部 工事二課
現場代理人　岩佐 健吾
{HQ}
TEL 048-641-7720（代表）／携帯 080-4471-2093
――――――――――――――――――――"""

SIG_DOMON = f"""--
日の出産業株式会社
建設事業部 安全衛生管理室
土門 達也 (Domon Tatsuya)
{HQ}
TEL: 048-641-7725  FAX: 048-641-7729
Mail: t.domon@hinode-sangyo.co.jp"""

SIG_SAKUMA = """*******************************
日の出産業(株) 建設事業部 工務課
佐久間 美緒
TEL 048-641-7721 / FAX 048-641-7729
*******************************"""

SIG_KIRYU = """────────────────────
日の出産業株式会社　不動産事業部
賃貸管理課　桐生 沙織（きりゅう さおり）
〒330-0854 さいたま市大宮区桜木町4-218
TEL 048-641-7740　FAX 048-641-7749
────────────────────"""

SIG_MUNAKATA = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 不動産事業部 開発企画課
宗像 亮 / Ryo Munakata
TEL 048-641-7745  携帯 090-6023-1187
r.munakata@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_HIGA = """日の出産業株式会社
不動産事業部 管理業務課
比嘉 里奈
TEL：048-641-7742"""

SIG_SARU = """-----------------------------------------
 日の出産業株式会社 建設事業部 積算課
 猿渡 勝（さるわたり まさる）
 TEL 048-641-7723 / FAX 048-641-7729
 https://www.hinode-sangyo.co.jp/
-----------------------------------------"""

SIG_CHIBA = """==================================
Hinode Sangyo Co., Ltd.
Construction Div. / Design Office
Yosuke CHIBA  千葉 陽介
4-218 Sakuragicho, Omiya-ku, Saitama 330-0854, Japan
Tel +81-48-641-7727
=================================="""

SIG_ANZAI = """日の出産業㈱　建設事業部　業務課
安西 由紀
TEL 048-641-7722（直通）"""

SIG_ANZAI_ISO = """日の出産業(株)　建設事業部　業務課
安西 由紀
TEL 048-641-7722（直通）"""

DISCLAIMER = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
送信者にご連絡のうえ、本メールを削除していただきますようお願いいたします。
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail."""

IWASA = "岩佐 健吾 <k.iwasa@hinode-sangyo.co.jp>"
DOMON = "土門 達也 <t.domon@hinode-sangyo.co.jp>"
SAKUMA = "佐久間 美緒 <m.sakuma@hinode-sangyo.co.jp>"
KIRYU = "桐生 沙織 <s.kiryu@hinode-sangyo.co.jp>"
MUNAKATA = "宗像 亮 <r.munakata@hinode-sangyo.co.jp>"
HIGA = "比嘉 里奈 <r.higa@hinode-sangyo.co.jp>"
SARU = "猿渡 勝 <m.saruwatari@hinode-sangyo.co.jp>"
CHIBA = "Yosuke Chiba <y.chiba@hinode-sangyo.co.jp>"
ANZAI = "安西 由紀 <y.anzai@hinode-sangyo.co.jp>"

OWADA = "大和田建設 宮下様 <miyashita@owada-kensetsu.co.jp>"
SANKO = "三光工務店 北条様 <hojo.k@sanko-koumuten.co.jp>"
TOKIWA = "常盤組 芹沢 <serizawa@tokiwa-gumi.co.jp>"

MESSAGES: list[dict] = []
add = MESSAGES.append

# ======================================================================================
# con-001  roster, space-padded, to the general contractor
# ======================================================================================
_c = crew("001", 8)
add(dict(
    id="con-001",
    sender=IWASA,
    to=[OWADA], cc=["k.iwasa@hinode-sangyo.co.jp"],
    subject="【大和田町共同住宅】作業員名簿（10/5新規入場分）の送付",
    charset="iso-2022-jp",
    body=f"""大和田建設株式会社
安全環境部 宮下様

いつも大変お世話になっております。
日の出産業の岩佐です。

10月5日（月）から新規入場予定の作業員名簿をお送りします。
グリーンサイトへの登録は昨日までに済ませております。

{grid([["No", "氏名", "生年月日", "血液型", "健診日", "緊急連絡先"]] + [[str(i + 1), p["name"], fd(p["dob"], "slash"), p["blood"], fd(p["kenshin"], "slash"), p["emg_tel"]] for i, p in enumerate(_c)])}

新規入場者教育は当日8:00から詰所でお願いできれば幸いです。
不足の書類があればご指摘ください。

{SIG_IWASA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8-worker roster (DOB, blood type, emergency phone) space-padded in the body to the general contractor",
))

# ======================================================================================
# con-002  reply quoting the roster with '>' — new text carries nothing
# ======================================================================================
add(dict(
    id="con-002",
    sender=IWASA,
    to=[OWADA], cc=[],
    subject="Re: 【大和田町共同住宅】作業員名簿（10/5新規入場分）の送付",
    charset="iso-2022-jp",
    body=f"""宮下様

ご確認ありがとうございます。
ご指摘の2名分（No.4、No.8）、健康診断個人票の写しが漏れておりました。
本人から受け取り次第、名簿とあわせて本日中に改めてお送りします。

取り急ぎご返信まで。
岩佐

> 日の出産業 岩佐様
>
> 名簿受領しました。No.4とNo.8の方、健診個人票の写しが添付されていません。
> ご確認をお願いします。
>
> -- 宮下
>
> > {grid([["No", "氏名", "生年月日", "血液型", "健診日", "緊急連絡先"]] + [[str(i + 1), p["name"], fd(p["dob"], "slash"), p["blood"], fd(p["kenshin"], "slash"), p["emg_tel"]] for i, p in enumerate(_c)]).replace(chr(10), chr(10) + "> > ")}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply to the contractor: the roster appears only in '>' quoted text; the new text has no personal data",
))

# ======================================================================================
# con-003  XLSX roster with title row, two sheets, 和暦, blood pressure (health results)
# ======================================================================================
_c = crew("003", 11, ymin=1958, ymax=1999)
_rows = [["（仮称）川口市本町三丁目店舗併用住宅新築工事　作業員名簿", "", "", "", "", "", "", "", ""],
         ["提出日", "令和8年10月2日", "", "", "", "", "", "", ""],
         ["番号", "ふりがな", "氏名", "生年月日", "現住所", "職種", "血圧(最高)", "血圧(最低)", "健康診断日"]]
for i, p in enumerate(_c):
    _rows.append([i + 1, p["kana"], p["name"], fd(p["dob"], "wa"), p["addr"], p["job"], p["bp_sys"], p["bp_dia"], fd(p["kenshin"], "wa")])
_lic = [["番号", "氏名", "資格・免許", "取得年月日"]]
for i, p in enumerate(_c):
    _lic.append([i + 1, p["name"], random.Random(i).choice(["玉掛け技能講習", "足場の組立て等作業主任者", "フォークリフト運転技能講習", "職長・安全衛生責任者教育", "小型移動式クレーン"]), fd(date(2010 + i, (i % 12) + 1, 10), "wa_ab")])
add(dict(
    id="con-003",
    sender=SAKUMA,
    to=[SANKO], cc=[],
    subject="作業員名簿（川口本町三丁目）提出",
    charset="cp932",
    body=f"""株式会社三光工務店
工務部　北条様

お世話になっております。日の出産業 工務課の佐久間でございます。

標記現場の作業員名簿（弊社および二次協力会社分 計11名）を添付にてお送りいたします。
資格・免許の写しは別シートにまとめております。

ご査収のほど、よろしくお願い申し上げます。

{SIG_SAKUMA}
""",
    attachments=[{"kind": "xlsx", "name": "作業員名簿_川口本町三丁目_20261002.xlsx",
                  "sheets": {"作業員名簿": _rows, "資格・免許": _lic}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX roster of 11 with addresses, 和暦 birth dates and blood-pressure readings (health results) to the contractor",
))

# ======================================================================================
# con-004  tab-separated, no name column
# ======================================================================================
_c = crew("004", 9)
add(dict(
    id="con-004",
    sender=DOMON,
    to=[TOKIWA], cc=[],
    subject="越谷倉庫増築　入場者データ（ID順）",
    charset="utf-8",
    body="芹沢さん\n\nお疲れさまです、日の出の土門です。\n"
         "入退場システムに取り込む分、ID順で貼り付けます。氏名はカード発行時に別途紐付けとのことでしたので省いています。\n\n"
         "作業員ID\t生年月日\t血液型\t健診受診日\t緊急時連絡先\t続柄\n"
         + "\n".join(f"HN-{2610 + i:05d}\t{fd(p['dob'], 'iso')}\t{p['blood']}{p['rh']}\t{fd(p['kenshin'], 'iso')}\t{p['emg_tel']}\t{p['emg_rel']}" for i, p in enumerate(_c))
         + f"\n\n取り込みエラーが出たら連絡ください。\n\n{SIG_DOMON}\n",
    expect="stop",
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="9 worker records (DOB, blood type, emergency phone) tab-separated with no name column, to the contractor",
))

# ======================================================================================
# con-005  one block per person, 昭和/平成 abbreviations
# ======================================================================================
_c = crew("005", 6, ymin=1962, ymax=2001)
_blocks = []
for p in _c:
    _blocks.append(f"""■{p['name']}（{p['kana']}）
　生年月日：{fd(p['dob'], 'wa_ab')}（{p['age']}歳）　血液型：{p['blood']}型
　住所：〒{p['zip']} {p['addr']}
　携帯：{p['mobile']}
　緊急連絡先：{p['emg_name']}（{p['emg_rel']}）{p['emg_tel']}""")
add(dict(
    id="con-005",
    sender=IWASA,
    to=["常盤組 安全課 <anzen@tokiwa-gumi.co.jp>"], cc=[TOKIWA],
    subject="新規入場者の事前登録（鉄筋工6名）",
    charset="iso-2022-jp",
    body="株式会社常盤組 安全課 御中\n\nいつもお世話になっております。日の出産業の岩佐でございます。\n"
         "来週から鉄筋工事に入る6名の事前登録をお願いいたします。\n\n"
         + "\n\n".join(_blocks)
         + f"\n\n以上6名です。送り出し教育は弊社で実施済みです。\n\n{SIG_IWASA}\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one block per worker (6): S58.4.2-style DOB, address, mobile, emergency contact, to the contractor",
))

# ======================================================================================
# con-006  site photos with captions
# ======================================================================================
add(dict(
    id="con-006",
    sender=IWASA,
    to=[OWADA], cc=[],
    subject="工事写真（基礎配筋検査・10/8）",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。岩佐です。
本日の基礎配筋検査の写真を3枚お送りします。

写真1：A通り 基礎梁主筋 D25 かぶり厚さ確認（スペーサー70mm）
写真2：X3-Y2 柱脚部 差筋 定着長さ計測
写真3：検査状況（設計監理 小林設計事務所様立会い）

全体の写真台帳は週末にまとめて提出します。

{SIG_IWASA}
""",
    attachments=[{"kind": "png", "name": "IMG_3021_A通り配筋.png"},
                 {"kind": "png", "name": "IMG_3027_柱脚差筋.png"},
                 {"kind": "png", "name": "IMG_3035_検査状況.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="site photos with technical captions to the contractor: no personal data",
))

# ======================================================================================
# con-007  accident report in prose, one injured worker
# ======================================================================================
add(dict(
    id="con-007",
    sender=DOMON,
    to=[OWADA], cc=["岩佐 健吾 <k.iwasa@hinode-sangyo.co.jp>"],
    subject="【第一報】10/14 大和田町現場 挟まれ災害について",
    charset="iso-2022-jp",
    body=f"""大和田建設株式会社
安全環境部 宮下様

日の出産業 安全衛生管理室の土門です。
本日発生した災害の第一報をご報告いたします。

発生日時：10月14日（水）10時40分頃
場所：3階スラブ 型枠解体エリア
被災者：弊社二次協力会社 九鬼工業所属 型枠大工 釘宮 文太さん（47歳）
状況：解体したせき板を荷揚げする際、左手を資材と手すりの間に挟まれたもの。
負傷：搬送先の見沼中央病院で「左手中指末節骨骨折」と診断、全治約4週間の見込み。
　　　本人は以前から糖尿病で通院中とのことで、傷の治りを確認しながら経過観察になるそうです。

休業の要否は明日の再診後にご報告します。
再発防止策は明後日の災害防止協議会までにまとめます。

{SIG_DOMON}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="accident first report: a named worker's fracture diagnosis and diabetes, one person, to the contractor (要配慮)",
))

# ======================================================================================
# con-008  accident report DOCX to the insurer
# ======================================================================================
_v = crew("008", 1, ymin=1968, ymax=1975)[0]
add(dict(
    id="con-008",
    sender=DOMON,
    to=["東海損害保険 事故受付センター 木嶋様 <jiko-uketsuke@tokai-sonpo.co.jp>"], cc=[],
    subject="労災上乗せ保険　事故報告書の提出（証券番号 TK-88120347）",
    charset="cp932",
    body=f"""東海損害保険株式会社
事故受付センター　木嶋様

いつもお世話になっております。
日の出産業株式会社 安全衛生管理室の土門でございます。

先日お電話でご連絡いたしました現場事故につき、事故報告書を添付いたします。
診断書の写しは原本到着後に郵送いたします。

証券番号：TK-88120347（建設工事 労災上乗せ保険）
受付番号：0926-55813

ご不明点がございましたらご連絡ください。

{SIG_DOMON}
""",
    attachments=[{"kind": "docx", "name": "事故報告書_20260926_上尾原市小.docx",
                  "title": "事故報告書",
                  "paragraphs": ["事故報告書", "令和8年9月28日", "日の出産業株式会社 安全衛生管理室",
                                 "1. 事故の概要",
                                 "9月26日 14時15分頃、上尾市立原市小学校体育館改修工事の現場において、"
                                 "足場（高さ約3.2m）から昇降中に足を踏み外し転落した。",
                                 "2. 被災者の状況",
                                 "3. 再発防止対策", "昇降設備の手すり増設、朝礼時の三点支持の再徹底。"],
                  "tables": [[["項目", "内容"],
                              ["被災者氏名", f"{_v['name']}（{_v['kana']}）"],
                              ["生年月日", fd(_v["dob"], "wa")],
                              ["住所", _v["addr_k"]],
                              ["所属", "日の出産業株式会社 建設事業部（とび工）"],
                              ["傷病名", "腰椎圧迫骨折（第1腰椎）、右手関節捻挫"],
                              ["医療機関", "上尾中央第二病院 整形外科（入院 約3週間の見込み）"],
                              ["既往歴", "高血圧症（服薬中）、平成30年 椎間板ヘルニア手術"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX accident report: injured worker's name, DOB, address, diagnosis and medical history, to the insurer",
))

# ======================================================================================
# con-009  subcontractor list — businesses, not people
# ======================================================================================
_subs = [["協力会社名", "職種", "所在地", "代表電話", "建設業許可"],
         ["九鬼工業株式会社", "型枠", "埼玉県川口市領家3-14-2", "048-222-3180", "埼玉県知事(般-5)第41827号"],
         ["吉沢鳶工業株式会社", "とび・土工", "埼玉県さいたま市岩槻区本町2-8-11", "048-756-0442", "埼玉県知事(特-4)第33015号"],
         ["丸山設備工業株式会社", "管工事", "東京都北区赤羽北1-22-6", "03-3907-5521", "東京都知事(般-6)第120988号"],
         ["川崎電機株式会社", "電気", "埼玉県戸田市美女木4-3-9", "048-421-7700", "国土交通大臣(特-3)第24410号"],
         ["有限会社金森塗装", "塗装", "埼玉県蕨市錦町5-1-30", "048-441-2259", "埼玉県知事(般-2)第60731号"],
         ["泉左官工業", "左官", "埼玉県上尾市原市中1-4-17", "048-721-0938", "埼玉県知事(般-3)第52206号"]]
add(dict(
    id="con-009",
    sender=SAKUMA,
    to=[SANKO], cc=[],
    subject="施工体制台帳用 協力会社一覧",
    charset="iso-2022-jp",
    body=f"""北条様

お世話になっております、日の出産業の佐久間です。
施工体制台帳の作成用に、弊社の協力会社一覧をお送りします。

{grid(_subs, gap="　")}

各社の再下請負通知書は今週中に回収して提出いたします。

{SIG_SAKUMA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of subcontractor companies (switchboards, offices, licence numbers): businesses, not people",
))

# ======================================================================================
# con-010  tenant application PDF with driver's licence number
# ======================================================================================
_a, _g = crew("010", 2, ymin=1960, ymax=1998)
add(dict(
    id="con-010",
    sender=KIRYU,
    to=["ひかり家賃保証 審査部 <shinsa@hikari-hosho.co.jp>"], cc=[],
    subject="保証審査依頼：サンライズ大宮桜木 305号室",
    charset="utf-8",
    body=f"""ひかり家賃保証株式会社
審査部 ご担当者様

お世話になっております。日の出産業 不動産事業部の桐生です。
下記物件の入居申込がございましたので、保証審査をお願いいたします。
申込書（本人確認書類の記載を含む）をPDFで添付しております。

物件：サンライズ大宮桜木 305号室（1LDK）
賃料：82,000円　共益費：5,000円
入居希望日：2026年11月1日

審査結果はメールでご連絡いただけますと幸いです。

{SIG_KIRYU}
""",
    attachments=[{"kind": "pdf", "name": "入居申込書_305_" + _a["sei"] + ".pdf",
                  "lines": ["入居申込書", "物件名：サンライズ大宮桜木 305号室",
                            "【申込者】",
                            f"氏名：{_a['name']}（{_a['kata']}）",
                            f"生年月日：{fd(_a['dob'], 'kanji')}",
                            f"現住所：〒{_a['zip']} {_a['addr']}",
                            f"携帯電話：{_a['mobile']}",
                            "勤務先：株式会社ミナミ精工 営業部（勤続6年）　年収：約480万円",
                            "本人確認書類：運転免許証　番号 第430512874630号",
                            "【連帯保証人】",
                            f"氏名：{_g['name']}（続柄：{'父' if not _g['female'] else '母'}）",
                            f"生年月日：{fd(_g['dob'], 'kanji')}",
                            f"住所：{_g['addr']}",
                            f"電話：{_g['home']}"]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="move-in application PDF: applicant with driver's licence number plus guarantor, to the rent guarantor company",
))

# ======================================================================================
# con-011  rent transfer list CSV (CP932, 半角カナ) to the bank
# ======================================================================================
_c = crew("011", 12, ymin=1950, ymax=2002, female=0.4)
_rows = [["部屋番号", "契約者名（カナ）", "金融機関", "支店", "種目", "口座番号", "引落金額"]]
for i, p in enumerate(_c):
    _rows.append([f"{(i // 4) + 1}0{(i % 4) + 1}", hankaku(p["kata"]), p["bank"], p["branch"],
                  p["acct_kind"], p["acct"], str(68000 + (i % 4) * 3000)])
add(dict(
    id="con-011",
    sender=HIGA,
    to=["みどり銀行 法人営業部 収納サービス係 <shuno@midori-ginko.co.jp>"], cc=[],
    subject="11月分 家賃口座振替データの送付（日の出ハイツ与野）",
    charset="cp932",
    body=f"""みどり銀行 法人営業部
収納サービス係 御中

平素より大変お世話になっております。
日の出産業株式会社 不動産事業部の比嘉でございます。

日の出ハイツ与野の11月分家賃の口座振替データ（12件）をお送りいたします。
振替日は11月27日でお願いいたします。
前月から口座変更があった方は、２０２号室・３０４号室の２件です。

何卒よろしくお願いいたします。

{SIG_HIGA}
""",
    attachments=[{"kind": "csv", "name": "振替依頼_与野_202611.csv", "rows": _rows, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="CSV of 12 tenants' bank accounts (half-width kana names) for rent direct debit, to the bank",
))

# ======================================================================================
# con-012  neighbourhood notice distribution list, comma-separated, to the printer
# ======================================================================================
_c = crew("012", 15, ymin=1940, ymax=1990, female=0.35)
_lines = []
for i, p in enumerate(_c):
    _lines.append(f"{i + 1},{p['name']},{p['zip']},{p['addr']}")
add(dict(
    id="con-012",
    sender=IWASA,
    to=["錦印刷 営業部 有村様 <arimura@nishiki-insatsu.co.jp>"], cc=[],
    subject="近隣あいさつ状 宛名印刷のお願い（15件）",
    charset="iso-2022-jp",
    body="""錦印刷株式会社
営業部 有村様

いつもお世話になっております。日の出産業の岩佐です。
先日お願いした工事着工のごあいさつ状ですが、宛名面の印刷もお願いできますでしょうか。
配布先の一覧を下に貼ります（No,氏名,郵便番号,住所）。

""" + "\n".join(_lines) + f"""

封筒は長3・窓なしで、差出人は弊社現場事務所でお願いします。
納期は10/20（火）必着で間に合えば助かります。

{SIG_IWASA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="15 neighbouring residents' names and home addresses, comma-separated in the body, to the printer",
))

# ======================================================================================
# con-013  the notice text itself to the printer — no residents
# ======================================================================================
add(dict(
    id="con-013",
    sender=IWASA,
    to=["錦印刷 営業部 有村様 <arimura@nishiki-insatsu.co.jp>"], cc=[],
    subject="近隣あいさつ状 原稿（大和田町共同住宅）",
    charset="iso-2022-jp",
    body=f"""有村様

お世話になっております。日の出産業の岩佐です。
ごあいさつ状の原稿をお送りします。A4片面・モノクロで200部お願いします。

―――――――― 原稿ここから ――――――――
近隣の皆様へ

工事着工のごあいさつ

拝啓 時下ますますご清栄のこととお慶び申し上げます。
このたび、さいたま市見沼区大和田町二丁目地内におきまして、
（仮称）大和田町共同住宅新築工事を着工する運びとなりました。

工期：令和8年11月2日 〜 令和9年9月30日（予定）
作業時間：午前8時〜午後6時（日曜・祝日は休工）

工事期間中は騒音・振動等でご迷惑をおかけいたしますが、
安全第一に努めてまいりますので、何卒ご理解とご協力を賜りますようお願い申し上げます。

敬具

施工：日の出産業株式会社
現場事務所　TEL 048-688-3321（現場代理人 岩佐）
―――――――― 原稿ここまで ――――――――

校正を一度見せていただけますと助かります。

{SIG_IWASA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the text of a neighbourhood notice to the printer: only the site office's business contact",
))

# ======================================================================================
# con-014  land owner list XLSX to the surveyor
# ======================================================================================
_c = crew("014", 9, ymin=1936, ymax=1975, female=0.3)
_rows = [["見沼区大和田町二丁目 開発区域 地権者一覧（境界立会い調整用）"],
         [],
         ["地番", "地目", "地積(㎡)", "所有者", "所有者住所", "連絡先", "立会い希望日", "備考"]]
for i, p in enumerate(_c):
    _rows.append([f"大和田町二丁目{412 + i * 3}番{1 + i % 3}", random.Random(i).choice(["宅地", "畑", "雑種地"]),
                  round(180.5 + i * 37.25, 2), p["name"], p["addr"], p["home"] if i % 2 else p["mobile"],
                  f"11/{7 + i}", "相続登記未了" if i == 4 else ""])
add(dict(
    id="con-014",
    sender=MUNAKATA,
    to=["中野測量設計 調査課 <chosa@nakano-sokuryo.co.jp>"], cc=[],
    subject="境界確定測量　地権者一覧の件",
    charset="utf-8",
    body=f"""中野測量設計株式会社
調査課 ご担当者様

お世話になっております。日の出産業の宗像です。
大和田町二丁目の境界確定測量について、隣接地も含めた地権者一覧をお送りします。
立会い日程の調整はこちらでご本人に確認済みの希望日を入れています。

{SIG_MUNAKATA}
""",
    attachments=[{"kind": "xlsx", "name": "地権者一覧_大和田町二丁目.xlsx",
                  "sheets": {"地権者": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX list of 9 land owners with home addresses and phone numbers, to the surveyor",
))

# ======================================================================================
# con-015  drawings PDF stamped 社外秘 only in the page header
# ======================================================================================
add(dict(
    id="con-015",
    sender=CHIBA,
    to=["川崎電機 設備設計課 藤森様 <fujimori@kawasaki-denki.co.jp>"], cc=[],
    subject="大和田町共同住宅　電気設備 基本図の送付",
    charset="iso-2022-jp",
    body="""川崎電機株式会社
設備設計課 藤森様

いつもお世話になっております。日の出産業 設計室の千葉です。
先日の打合せでお話しした電気設備の基本図を送付いたします。
幹線ルートとEPSの位置を中心にご検討をお願いします。

・E-01 電灯幹線系統図
・E-02 1階平面図（分電盤・EPS位置）
・E-03 受変電設備 配置図

ご質問は来週の定例でも結構です。

日の出産業株式会社 建設事業部 設計室
千葉 陽介
TEL 048-641-7727
""",
    attachments=[{"kind": "pdf", "name": "E-01_03_電気設備基本図.pdf",
                  "page_header": "社外秘",
                  "page_footer": "日の出産業株式会社 設計室　2026.10.09 rev.B",
                  "lines": ["（仮称）大和田町共同住宅新築工事", "電気設備 基本図",
                            "E-01 電灯幹線系統図　S=1/100", "E-02 1階平面図　S=1/100",
                            "E-03 受変電設備配置図　S=1/50",
                            "引込：高圧 6.6kV 1回線　キュービクル 300kVA",
                            "幹線：CV 60sq-3C ×2系統　EPS 各階"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="ordinary cover mail, but the attached drawing PDF carries a 社外秘 stamp in its page header",
))

# ======================================================================================
# con-016  drawings without any marking to a subcontractor
# ======================================================================================
add(dict(
    id="con-016",
    sender=CHIBA,
    to=["丸山設備工業 工事部 <koji@maruyama-setsubi.co.jp>"], cc=[],
    subject="衛生設備図　改訂版（rev.C）",
    charset="cp932",
    body="""丸山設備工業㈱　工事部　御中

お世話になっております。日の出産業 設計室の千葉です。
衛生設備図を改訂しましたので差し替えをお願いします。

【改訂内容】
　① P-04 3階PS内 給水立管の径変更（25A→32A）
　② P-07 屋上 受水槽基礎寸法の修正
　③ P-09 凡例の追記

現場への持ち込みは次回から本版でお願いいたします。

日の出産業株式会社 建設事業部 設計室
千葉 陽介　TEL 048-641-7727
""",
    attachments=[{"kind": "pdf", "name": "P-01_09_衛生設備図_revC.pdf",
                  "page_footer": "日の出産業株式会社 設計室　rev.C",
                  "lines": ["衛生設備図 rev.C", "P-01 特記仕様書", "P-04 3階平面図", "P-07 屋上平面図",
                            "P-09 凡例・機器表", "受水槽 FRP 10m3　加圧給水ポンプユニット 2台"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="revised drawings to a subcontractor, no confidentiality marking, no personal data",
))

# ======================================================================================
# con-017  look-alike: kawasaki-denki.jp (the co. dropped)
# ======================================================================================
add(dict(
    id="con-017",
    sender=SARU,
    to=["川崎電機 営業部 大曽根様 <osone@kawasaki-denki.jp>"], cc=[],
    subject="見積依頼：上尾原市小体育館 照明LED化",
    charset="cp932",
    body=f"""川崎電機株式会社
営業部　大曽根様

いつもお世話になっております。日の出産業 積算課の猿渡です。
標記工事につきまして、下記の通りお見積りをお願いいたします。

　件名　：上尾市立原市小学校体育館改修工事（電気設備）
　内容　：水銀灯 400W ×24灯 → LED高天井照明への更新、調光盤更新
　図面　：別途、設計室より送付いたします
　提出期限：10月23日（金）

現地調査をご希望の場合は日程をご相談ください。

{SIG_SARU}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="estimate request to kawasaki-denki.jp — the partner is kawasaki-denki.co.jp (co. dropped)",
))

# ======================================================================================
# con-018  look-alike: aoba-unnyu.co.jp (letter added)
# ======================================================================================
add(dict(
    id="con-018",
    sender=SAKUMA,
    to=["青葉運輸 配車センター <haisha@aoba-unnyu.co.jp>"], cc=[],
    subject="資材搬入の配車依頼（10/19・10/20）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 配車センター御中

お世話になっております。日の出産業 工務課の佐久間です。
大和田町現場への資材搬入につき、下記の通り配車をお願いいたします。

10/19（月）8:30着　4tユニック 1台　鉄筋D13〜D25 約6.2t
10/20（火）8:00着　10t平ボディ 1台　型枠合板・端太角

搬入口は現場北側（市道側）です。誘導員を配置します。

{SIG_SAKUMA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="dispatch request to aoba-unnyu.co.jp — a letter added to the partner domain aoba-unyu.co.jp",
))

# ======================================================================================
# con-019  the real aoba-unyu.co.jp, with slip and tracking numbers
# ======================================================================================
add(dict(
    id="con-019",
    sender=SAKUMA,
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"], cc=[],
    subject="Re: 配送完了のご連絡（伝票番号 4410-2287-3096 ほか）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
配車センター ご担当者様

配送完了のご連絡ありがとうございました。
下記3件、現場で受領を確認しました。

  伝票番号          品名                    数量
  4410-2287-3096    アンカーボルト M16      120本
  4410-2287-3107    デッキプレート EZ50     38枚
  4410-2287-3118    セパレーター 300型      2,000本

次回は10/26（月）の発注分（注文番号 PO-26-10388）で、改めて依頼いたします。

{SIG_SAKUMA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="confirmation to the real partner aoba-unyu.co.jp with slip numbers, product names and an order number",
))

# ======================================================================================
# con-020  five subcontractors visible in To
# ======================================================================================
add(dict(
    id="con-020",
    sender=DOMON,
    to=["九鬼工業 <info@kuki-kogyo.co.jp>", "吉沢鳶工業 <anzen@yoshizawa-tobi.co.jp>",
        "丸山設備工業 <koji@maruyama-setsubi.co.jp>", "金森塗装 <kanamori@kanamori-tosou.jp>",
        "泉左官工業 <izumi.sakan@izumi-sakan.jp>"],
    cc=["岩佐 健吾 <k.iwasa@hinode-sangyo.co.jp>"],
    subject="【ご案内】令和8年度 秋の安全大会（11/7）",
    charset="utf-8",
    body=f"""協力会社各位

いつも大変お世話になっております。
日の出産業 安全衛生管理室の土門です。

恒例の秋の安全大会を下記の通り開催いたします。
各社、職長以上の方のご出席をお願いいたします。

日時：2026年11月7日（土）13:30〜16:00（受付13:00〜）
会場：大宮ソニックシティ 小ホール
内容：・年間災害発生状況の報告
　　　・墜落・転落災害防止の講話（講師：埼玉建設労災防止協会 様）
　　　・無災害表彰
出欠：10月30日（金）までに本メールへ返信でお知らせください。

{SIG_DOMON}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five subcontractor companies openly in To (should have been Bcc)",
))

# ======================================================================================
# con-021  the same kind of notice, subcontractors in Bcc
# ======================================================================================
add(dict(
    id="con-021",
    sender=DOMON,
    to=["土門 達也 <t.domon@hinode-sangyo.co.jp>"], cc=[],
    bcc=["info@kuki-kogyo.co.jp", "anzen@yoshizawa-tobi.co.jp", "koji@maruyama-setsubi.co.jp",
         "kanamori@kanamori-tosou.jp", "soumu@hayase-kiso.co.jp", "office@tachibana-kaitai.co.jp"],
    subject="年末年始の現場閉所と安全パトロール日程について",
    charset="utf-8",
    body=f"""協力会社 各位
（本メールはBCCにて一斉送信しております）

平素より格別のご協力を賜り、厚く御礼申し上げます。
年末年始の現場閉所期間と、年内の安全パトロール日程をお知らせします。

■ 閉所期間　2026年12月29日（火）〜 2027年1月5日（火）
■ 閉所前点検　12月28日（月）15時〜　各現場で実施
■ 安全パトロール
　　12/3（木）大和田町共同住宅
　　12/10（木）川口本町三丁目
　　12/17（木）越谷倉庫増築

閉所中の緊急連絡は、各現場の掲示板に記載の当番者までお願いします。

{SIG_DOMON}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="notice to six subcontractors correctly sent in Bcc; no personal data",
))

# ======================================================================================
# con-022  PPAP: password ZIP of the roster
# ======================================================================================
_c = crew("022", 10)
add(dict(
    id="con-022",
    sender=SAKUMA,
    to=[SANKO], cc=[],
    subject="安全書類一式（グリーンファイル）の提出",
    charset="cp932",
    body=f"""株式会社三光工務店
北条様

お世話になっております。日の出産業の佐久間です。

川口本町三丁目現場の安全書類一式（作業員名簿・持込機械届・火気使用願）を
ZIPにまとめて添付いたします。
解凍パスワードは別メールにてお送りいたします。

よろしくお願いいたします。

{SIG_SAKUMA}
""",
    attachments=[{"kind": "zip", "name": "安全書類_川口本町三丁目.zip", "password": "Hnd#2610kw",
                  "files": [{"kind": "xlsx", "name": "作業員名簿.xlsx",
                             "sheets": {"名簿": [["氏名", "生年月日", "住所", "緊急連絡先"]] +
                                        [[p["name"], fd(p["dob"], "slash"), p["addr"], p["emg_tel"]] for p in _c]}},
                            {"kind": "txt", "name": "持込機械届.txt", "text": "バックホウ 0.25m3 1台\n高所作業車 10m 1台\n"}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) of the safety documents: cannot be inspected",
))

# ======================================================================================
# con-023  corrupt roster attachment
# ======================================================================================
add(dict(
    id="con-023",
    sender=IWASA,
    to=[TOKIWA], cc=[],
    subject="再送：作業員名簿（越谷倉庫増築）",
    charset="utf-8",
    body=f"""芹沢様

お世話になっております。日の出産業の岩佐です。
先ほどお送りした名簿が開けないとのことでしたので、保存し直して再送します。
それでも開けない場合はお手数ですがご連絡ください。

{SIG_IWASA}
""",
    attachments=[{"kind": "corrupt", "name": "作業員名簿_越谷倉庫_1016.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the roster attachment is a damaged XLSX that cannot be read",
))

# ======================================================================================
# con-024  forward (FW:) of an internal roster mail to the contractor
# ======================================================================================
_c = crew("024", 7, ymin=1965, ymax=2003)
_items = "\n".join(f"・{p['name']}（{p['job']}）　{fd(p['dob'], 'wa_zen', iso=True)}生　携帯 {zen(p['mobile'], iso=True)}" for p in _c)
add(dict(
    id="con-024",
    sender=IWASA,
    to=[OWADA], cc=[],
    subject="FW: 来週の応援メンバー（川口→大和田町）",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております、岩佐です。
来週から川口現場より応援に入るメンバーです。社内のメールをそのまま転送します。
入場登録をお願いします。

-------- Forwarded Message --------
件名: 来週の応援メンバー（川口→大和田町）
日付: 2026/10/15 17:42
差出人: 佐久間 美緒 <m.sakuma@hinode-sangyo.co.jp>
宛先: 岩佐 健吾 <k.iwasa@hinode-sangyo.co.jp>

岩佐さん

来週10/19〜の応援、以下7名で確定です。

{_items}

よろしくお願いします。
佐久間
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forward of an internal mail: 7 workers with full-width 和暦 birth dates and mobiles go to the contractor",
))

# ======================================================================================
# con-025  forward as an attached mail: internal accident report
# ======================================================================================
add(dict(
    id="con-025",
    sender=DOMON,
    to=["常盤組 安全課 <anzen@tokiwa-gumi.co.jp>"], cc=[],
    subject="転送：越谷倉庫 熱中症疑いの件（社内報告）",
    charset="utf-8",
    body=f"""常盤組 安全課 御中

日の出産業の土門です。
昨日の件、社内向けの報告メールを添付で転送します。
経過については追ってご連絡します。

{SIG_DOMON}
""",
    attachments=[{"kind": "eml", "name": "越谷倉庫_熱中症疑い_社内報告.eml",
                  "message": dict(
                      sender="岩佐 健吾 <k.iwasa@hinode-sangyo.co.jp>",
                      to=["土門 達也 <t.domon@hinode-sangyo.co.jp>"],
                      subject="越谷倉庫 熱中症疑いの件",
                      charset="iso-2022-jp",
                      body="""土門さん

本日14時頃、屋根防水の作業中に体調不良者が出ました。

氏名：阿久津 竜二（防水工、協力会社 早瀬基礎工業）
年齢：52歳
症状：めまい・嘔吐、救急搬送。越谷中央病院で「熱中症（II度）」の診断、点滴後に帰宅。
本人の申告では高血圧の薬を服用中、前夜の睡眠は4時間ほどとのこと。

明日は休ませて、あさって本人と面談してから復帰を判断します。

岩佐
""")}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward (attached .eml) of an internal report: a named worker's heat-stroke diagnosis and medication, to the contractor",
))

# ======================================================================================
# con-026  HTML-only safety training record table
# ======================================================================================
_c = crew("026", 10, ymin=1970, ymax=2004)
_tr = "\n".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['kana']}</td><td>{fd(p['dob'], 'slash_nz')}</td>"
    f"<td>{p['job']}</td><td>2026/9/{5 + i % 3}</td><td>HN-TR-26{i + 101:04d}</td></tr>" for i, p in enumerate(_c))
add(dict(
    id="con-026",
    sender=ANZAI,
    to=[OWADA], cc=[],
    subject="送り出し教育 受講記録（9月実施分）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>大和田建設株式会社<br>安全環境部 宮下様</p>
<p>いつもお世話になっております。日の出産業 業務課の安西です。<br>
9月に実施した送り出し教育の受講記録をお送りします。</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde8f5"><th>No</th><th>氏名</th><th>ふりがな</th><th>生年月日</th><th>職種</th><th>受講日</th><th>修了番号</th></tr>
{_tr}
</table>
<p>講師：土門 達也（職長・安全衛生責任者教育 講師資格）<br>
使用テキスト：建設業労働災害防止協会「新規入場者教育テキスト」</p>
<p>--<br>日の出産業株式会社 建設事業部 業務課<br>安西 由紀　TEL 048-641-7722</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="HTML-only mail: a table of 10 workers with birth dates and training records, to the contractor",
))

# ======================================================================================
# con-027  DOCX list of special-training graduates with addresses, to the training body
# ======================================================================================
_c = crew("027", 6, ymin=1975, ymax=2004)
add(dict(
    id="con-027",
    sender=ANZAI,
    to=["埼玉建設技能教習センター 受付 <uketsuke@saitama-ginou.or.jp>"], cc=[],
    subject="フルハーネス特別教育 受講申込（６名）",
    charset="cp932",
    body=f"""埼玉建設技能教習センター
受付ご担当者様

お世話になっております。日の出産業株式会社 業務課の安西です。
11月12日（木）開催の「フルハーネス型墜落制止用器具 特別教育」に、
弊社より６名の受講を申し込みます。受講者名簿を添付しますのでご確認ください。

受講料（@12,100円×６名）は請求書到着後にお振込みいたします。

{SIG_ANZAI}
""",
    attachments=[{"kind": "docx", "name": "受講者名簿_フルハーネス_1112.docx",
                  "paragraphs": ["受講者名簿", "講習名：フルハーネス型墜落制止用器具 特別教育（11月12日）",
                                 "事業所名：日の出産業株式会社　建設事業部"],
                  "tables": [[["No", "氏名", "フリガナ", "生年月日", "住所"]] +
                             [[str(i + 1), p["name"], p["kata"], fd(p["dob"], "wa"), f"〒{p['zip']} {p['addr_k']}"] for i, p in enumerate(_c)]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of 6 trainees with 和暦 DOB and home addresses, to the training centre",
))

# ======================================================================================
# con-028  health-check findings for three workers
# ======================================================================================
add(dict(
    id="con-028",
    sender=DOMON,
    to=[OWADA], cc=[],
    subject="健康診断 有所見者の就業上の措置について",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております。土門です。
先月の定期健康診断で所見のあった弊社作業員について、産業医の意見を踏まえた
就業上の措置をご報告します。高所作業の配置で配慮をお願いできればと思います。

  1. 東海林 信吾（型枠大工）  血圧 176/104 要精密検査 → 精密検査まで高所作業を控える
  2. 比留間 大和（鉄筋工）    空腹時血糖 168 要治療 → 通常勤務（残業制限）
  3. 真壁 正人（土工）        心電図 要経過観察 → 通常勤務

いずれも本人の了解を得ております。よろしくお願いいたします。

{SIG_DOMON}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health-check results of three named workers (要配慮) to the contractor",
))

# ======================================================================================
# con-029  chronic illness in prose, one worker
# ======================================================================================
add(dict(
    id="con-029",
    sender=IWASA,
    to=[SANKO], cc=[],
    subject="作業員の配置換えのご相談",
    charset="iso-2022-jp",
    body=f"""北条様

いつもお世話になっております。日の出産業の岩佐です。
一点ご相談です。

弊社のとび工の雲母（きら）さんですが、先週ご本人から、てんかんの持病があり
最近薬を変えたばかりで少し不安がある、との申し出がありました。
念のため主治医の意見が出るまでの間、足場の組立て作業からは外して、
地上での資材整理と誘導に回したいと考えております。

人員が一人減る分は、来週から吉沢鳶工業さんに1名追加をお願いしています。
工程への影響はない見込みです。

ご了承いただけますでしょうか。

{SIG_IWASA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="prose: a named worker's epilepsy and medication (要配慮), one person, to the contractor",
))

# ======================================================================================
# con-030  XLSX list of tenants and guarantors to the management company
# ======================================================================================
_t = crew("030t", 8, ymin=1955, ymax=2003, female=0.45)
_g = crew("030g", 8, ymin=1945, ymax=1980, female=0.4)
_rows = [["メゾン・ド・ソレイユ浦和　入居者・連帯保証人一覧（2026年10月1日現在）"],
         ["号室", "入居者氏名", "生年月日", "携帯電話", "連帯保証人", "保証人続柄", "保証人住所", "保証人電話"]]
for i, (t, g) in enumerate(zip(_t, _g)):
    _rows.append([f"{(i // 3) + 1}0{(i % 3) + 1}", t["name"], fd(t["dob"], "slash"), t["mobile"],
                  g["name"], random.Random(i).choice(["父", "母", "兄", "叔父", "姉"]), g["addr"], g["home"]])
add(dict(
    id="con-030",
    sender=KIRYU,
    to=["みなと管理 浦和営業所 <urawa@minato-kanri.co.jp>"], cc=[],
    subject="管理委託切替に伴う入居者情報の引継ぎ",
    charset="utf-8",
    body=f"""株式会社みなと管理
浦和営業所 ご担当者様

お世話になっております。日の出産業 不動産事業部の桐生です。
11月からの管理委託切替に伴い、メゾン・ド・ソレイユ浦和の入居者情報を添付にてお渡しします。
賃貸借契約書の原本は来週の引継ぎ会でお持ちします。

{SIG_KIRYU}
""",
    attachments=[{"kind": "xlsx", "name": "入居者一覧_ソレイユ浦和.xlsx",
                  "sheets": {"入居者": _rows,
                             "設備": [["号室", "エアコン", "給湯器"], ["101", "2019年製", "2021年交換"], ["102", "2022年製", "2015年製"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX of 8 tenants (DOB, mobile) with their guarantors' addresses and phones, to the management company",
))

# ======================================================================================
# con-031  internal only: the full roster between colleagues
# ======================================================================================
_c = crew("031", 12)
add(dict(
    id="con-031",
    sender=SAKUMA,
    to=["岩佐 健吾 <k.iwasa@hinode-sangyo.co.jp>", "土門 達也 <t.domon@hinode-sangyo.co.jp>"],
    cc=["koumu-ka@hinode-sangyo.co.jp"],
    subject="【社内】大和田町 作業員名簿 最新版（10/16時点）",
    charset="utf-8",
    body="岩佐さん、土門さん\n\n大和田町の作業員名簿、最新版です。グリーンサイト提出前の社内確認用です。\n"
         "緊急連絡先が未記入だった2名分も埋めました。\n\n"
         + grid([["氏名", "カナ", "生年月日", "年齢", "血液型", "住所", "携帯", "緊急連絡先"]] +
                [[p["name"], p["kata"], fd(p["dob"], "kanji"), str(p["age"]), p["blood"], p["addr"], p["mobile"],
                  f"{p['emg_rel']} {p['emg_tel']}"] for p in _c], gap=" | ", rule=None)
         + f"\n\n問題なければ明日宮下さんに送ります。\n\n{SIG_SAKUMA}\n",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="full roster of 12 with addresses and phones, but every recipient is internal",
))

# ======================================================================================
# con-032  direct-debit registration for six tenants, 「・」 bullets
# ======================================================================================
_c = crew("032", 6, ymin=1950, ymax=2000, female=0.5)
_items = "\n".join(
    f"・{p['sei']}{p['mei']}様（{kata(p['sei_k'])}{kata(p['mei_k'])}）：{p['bank']} {p['branch']} {p['acct_kind']} {zen(p['acct'])}"
    for p in _c)
add(dict(
    id="con-032",
    sender=HIGA,
    to=["ニコット収納サービス 登録係 <touroku@nicot-shuno.co.jp>"], cc=[],
    subject="口座振替 新規登録分（日の出ハイツ与野・６件）",
    charset="cp932",
    body=f"""ニコット収納サービス株式会社
登録係　ご担当者様

いつもお世話になっております。
日の出産業 不動産事業部 管理業務課の比嘉です。

１２月引落分から口座振替を開始する入居者６名の口座情報をお知らせします。
預金口座振替依頼書の原本は本日、簡易書留で発送いたしました。

{_items}

登録完了のご連絡をいただけますと幸いです。

{SIG_HIGA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six tenants' bank accounts (full-width digits) in 「・」 bullets, to the payment collection agent",
))

# ======================================================================================
# con-033  foreign applicant with a residence card number (one person)
# ======================================================================================
add(dict(
    id="con-033",
    sender=KIRYU,
    to=["ひかり家賃保証 審査部 <shinsa@hikari-hosho.co.jp>"], cc=[],
    subject="審査依頼（外国籍の方）：日の出ハイツ与野 203",
    charset="utf-8",
    body=f"""ひかり家賃保証株式会社 審査部 御中

いつもお世話になっております。日の出産業の桐生です。
外国籍の方の申込です。外国人向けプランでの審査をお願いします。

  物件　　　：日の出ハイツ与野 203号室（1K／賃料 61,000円）
  申込者　　：NGUYEN VAN THANH（グエン・ヴァン・タイン）様
  生年月日　：1997年8月14日
  携帯　　　：080-5527-6140
  在留カード：番号 UH48210937EA　在留資格「技術・人文知識・国際業務」
  　　　　　　在留期間満了日 2028年3月31日
  勤務先　　：株式会社ツバサシステム（SE／勤続2年）
  緊急連絡先：勤務先の上長 吉村様（人事部）

在留カードの写しは本人同意のうえ、別途FAXします。

{SIG_KIRYU}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="one applicant's residence-card number (identity document) with DOB and mobile, to the guarantor company",
))

# ======================================================================================
# con-034  technical interns: passports and residence cards in XLSX
# ======================================================================================
_vn = [("TRAN VAN MINH", "C4821097", "UH20817745EA", date(1999, 3, 12), "ベトナム"),
       ("LE QUANG HUY", "C3390214", "UH20817751EA", date(2000, 11, 2), "ベトナム"),
       ("PHAM DUC ANH", "C5012877", "UH20817768EA", date(1998, 6, 25), "ベトナム"),
       ("DELA CRUZ JOHN MARK", "P6029381A", "PF55102986FA", date(1996, 1, 30), "フィリピン"),
       ("SANTOS RENATO", "P4418820B", "PF55103011FA", date(1997, 9, 9), "フィリピン"),
       ("BUDI SANTOSO", "B2290371", "RK71820044GA", date(2001, 4, 17), "インドネシア")]
add(dict(
    id="con-034",
    sender=ANZAI,
    to=["国際技能協同組合 監理課 <kanri@kokusai-ginou.or.jp>"], cc=[],
    subject="技能実習生 在留期間更新の書類（6名分）",
    charset="iso-2022-jp",
    body=f"""国際技能協同組合
監理課 ご担当者様

いつもお世話になっております。日の出産業 業務課の安西です。
来年1月に在留期限を迎える実習生6名の更新手続き用の一覧をお送りします。
パスポートと在留カードの写しは来週の巡回時にお渡しします。

{SIG_ANZAI_ISO}
""",
    attachments=[{"kind": "xlsx", "name": "実習生一覧_更新.xlsx",
                  "sheets": {"一覧": [["氏名(ローマ字)", "国籍", "生年月日", "旅券番号", "在留カード番号", "職種", "配属現場"]] +
                             [[n, c, d.strftime("%Y/%m/%d"), pp, rc, "型枠施工" if i < 3 else "鉄筋施工", "大和田町共同住宅"]
                              for i, (n, pp, rc, d, c) in enumerate(_vn)]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="XLSX of 6 technical interns with passport and residence-card numbers, to the supervising organisation",
))

# ======================================================================================
# con-035  PDF roster in the 全建統一様式 style with insurance numbers
# ======================================================================================
_c = crew("035", 7, ymin=1963, ymax=2002)
_tbl = [["No", "氏名", "生年月日", "職種", "健康保険(記号・番号)", "基礎年金番号", "雇用保険"]]
for i, p in enumerate(_c):
    r = random.Random(f"ins35{i}")
    _tbl.append([str(i + 1), p["name"], fd(p["dob"], "wa_ab0"), p["job"],
                 f"協会けんぽ {r.randint(10000000, 49999999)}・{r.randint(1, 250)}",
                 f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}", f"下4桁 {r.randint(1000, 9999)}"])
add(dict(
    id="con-035",
    sender=SAKUMA,
    to=[SANKO], cc=[],
    subject="作業員名簿（様式第5号）差替え版",
    charset="cp932",
    body=f"""北条様

お世話になっております。佐久間です。
社会保険欄が空欄だった件、記入して差し替えました。PDFで添付いたします。
（元請様の指定様式に合わせて記号・番号まで記入しています）

お手数ですが差し替えをお願いいたします。

{SIG_SAKUMA}
""",
    attachments=[{"kind": "pdf", "name": "作業員名簿_様式5_差替.pdf",
                  "lines": ["全建統一様式第5号　作業員名簿", "事業所名：日の出産業株式会社　現場：川口本町三丁目",
                            "作成日：令和8年10月9日"],
                  "table": _tbl}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="PDF roster of 7 with health-insurance symbol/number and basic pension numbers, to the contractor",
))

# ======================================================================================
# con-036  emergency contact network, full-width digits, contractor + security company
# ======================================================================================
_c = crew("036", 7, ymin=1965, ymax=1995)
_roles = ["現場代理人", "工事主任", "職長（型枠）", "職長（鉄筋）", "職長（とび）", "安全当番A", "安全当番B"]
_lines = "\n".join(f"{pad(r, 14)}　{pad(p['name'], 12)}　携帯 {zen(p['mobile'], iso=True)}　自宅 {zen(p['home'], iso=True)}" for r, p in zip(_roles, _c))
add(dict(
    id="con-036",
    sender=DOMON,
    to=[OWADA], cc=["あんしん警備保障 大宮営業所 <omiya@anshin-keibi.co.jp>"],
    subject="夜間・休日 緊急連絡網（大和田町）",
    charset="iso-2022-jp",
    body=f"""大和田建設 宮下様
あんしん警備保障 大宮営業所 御中

お世話になっております。日の出産業の土門です。
夜間・休日に現場で異常があった場合の弊社側の連絡網です。
上から順に、つながるまでお電話ください（私用の携帯・自宅の番号も載せています）。

{_lines}

警備会社様の巡回は、平日19時・23時・3時、休日は6時間ごとでお願いしております。

{SIG_DOMON}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "multiple_external_domains"],
    note="7 staff with private mobiles and home phones (full-width digits) as an emergency call tree, to two external companies",
))

# ======================================================================================
# con-037  two-company meeting mail
# ======================================================================================
add(dict(
    id="con-037",
    sender=IWASA,
    to=[OWADA], cc=["小林設計事務所 小林様 <kobayashi@kobayashi-sekkei.jp>"],
    subject="第12回 工程会議のご案内（10/22）",
    charset="iso-2022-jp",
    body=f"""大和田建設 宮下様
小林設計事務所 小林様

お世話になっております。日の出産業の岩佐です。
第12回工程会議を下記のとおり開催いたします。

日時：10月22日（木）14:00〜15:30
場所：大和田町現場事務所 2階会議室
議題：
  1. 躯体工程（4階立上り）の進捗
  2. サッシ・金物の承認図 回答状況
  3. 外構計画の変更（駐輪場位置）
  4. 11月の近隣説明について

駐車場は2台分確保しています。

{SIG_IWASA}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="an ordinary meeting mail to two external organisations (contractor and architect)",
))

# ======================================================================================
# con-038  neighbourhood briefing attendees with phones and complaints
# ======================================================================================
_c = crew("038", 9, ymin=1938, ymax=1992, female=0.45)
_att = []
for i, p in enumerate(_c):
    issue = ["工事車両の路上待機をやめてほしい", "朝7時台の騒音", "粉じんで洗濯物が干せない", "家屋調査を希望",
             "日照への影響を心配", "通学路の安全", "特になし（説明に納得）", "ブロック塀のひび割れ", "電波障害の有無"][i]
    _att.append(f"{i + 1}) {p['name']} 様　{p['addr_short']}　TEL {p['home'] if i % 3 else p['mobile']}\n   ご意見：{issue}")
add(dict(
    id="con-038",
    sender=IWASA,
    to=["小林設計事務所 小林様 <kobayashi@kobayashi-sekkei.jp>"], cc=[],
    subject="近隣説明会（10/17）出席者とご意見のまとめ",
    charset="utf-8",
    body="小林様\n\nお世話になっております。岩佐です。\n"
         "10/17の近隣説明会の記録です。個別にご回答が必要な方もいるので、設計側でもご確認ください。\n\n"
         + "\n".join(_att)
         + f"\n\n家屋調査の希望者には来週中に日程調整の連絡を入れます。\n\n{SIG_IWASA}\n",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="9 residents with addresses, phone numbers and their complaints, to the architect",
))

# ======================================================================================
# con-039  payments to sole-proprietor craftsmen: bank accounts, tab-separated
# ======================================================================================
_c = crew("039", 6, ymin=1960, ymax=1992)
add(dict(
    id="con-039",
    sender=HIGA,
    to=["あおい会計サービス 給与計算チーム <payroll@aoi-kaikei.co.jp>"], cc=[],
    subject="10月分 一人親方 支払データ",
    charset="cp932",
    body="あおい会計サービス　ご担当者様\n\n日の出産業の比嘉です。10月分の一人親方への支払データです。\n"
         "振込日は11/10でお願いします（手数料は当方負担）。\n\n"
         "氏名\t職種\t銀行\t支店\t種別\t口座番号\t名義\t支払額\n"
         + "\n".join(f"{p['name']}\t{p['job']}\t{p['bank']}\t{p['branch']}\t{p['acct_kind']}\t{p['acct']}\t{hankaku(p['kata'])}\t{(320 + i * 41) * 1000:,}"
                     for i, p in enumerate(_c))
         + f"\n\n請求書の原本は月末にまとめて送ります。\n\n{SIG_HIGA}\n",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six craftsmen's bank accounts tab-separated in the body, to the outsourced payroll company",
))

# ======================================================================================
# con-040  special accident insurance: My Numbers of five sole proprietors
# ======================================================================================
_c = crew("040", 5, ymin=1958, ymax=1990)
_blk = "\n".join(
    f"({i + 1}) {p['name']}　{fd(p['dob'], 'wa')}生\n    住所 {p['addr_k']}\n    個人番号 {my_number(4000 + i)[:4]} {my_number(4000 + i)[4:8]} {my_number(4000 + i)[8:]}"
    for i, p in enumerate(_c))
add(dict(
    id="con-040",
    sender=ANZAI,
    to=["埼玉建設労務事務組合 <jimu@saiken-roumu.or.jp>"], cc=[],
    subject="労災保険 特別加入（一人親方）申請者5名",
    charset="iso-2022-jp",
    body=f"""埼玉建設労務事務組合 御中

いつもお世話になっております。日の出産業の安西です。
弊社現場に出入りしている一人親方5名の特別加入の申請をお願いします。
申請書に記載する情報を下記にまとめました。

{_blk}

加入希望日はいずれも11月1日です。給付基礎日額は本人と相談のうえ別途ご連絡します。

{SIG_ANZAI_ISO}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="five craftsmen with 和暦 DOB, addresses and My Numbers (spaced 4-4-4), to the labour insurance association",
))

# ======================================================================================
# con-041  one worker's My Number to the tax accountant
# ======================================================================================
_p = crew("041", 1, ymin=1966, ymax=1980)[0]
_mn = my_number(4101)
add(dict(
    id="con-041",
    sender=HIGA,
    to=["藤本税理士事務所 藤本先生 <fujimoto@fujimoto-zeirishi.jp>"], cc=[],
    subject="支払調書の件（個人番号の追加）",
    charset="utf-8",
    body=f"""藤本先生

いつもお世話になっております。日の出産業の比嘉です。
先日ご指摘いただいた、報酬の支払調書で個人番号が未収集だった1名分です。
本人から番号確認書類の提示を受けましたのでお知らせします。

　氏名：{_p['name']}（{_p['kata']}）
　住所：{_p['addr']}
　個人番号：{_mn}
　支払金額：1,860,000円（源泉徴収税額 189,924円）

他の方の分はすでにお渡し済みです。ご確認よろしくお願いいたします。

{SIG_HIGA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="one payee's My Number with name and address in the body, to the outside tax accountant",
))

# ======================================================================================
# con-042  a tenant's card number passed to the payment agent
# ======================================================================================
_cc = card_number(4201)
add(dict(
    id="con-042",
    sender=KIRYU,
    to=["ペイクロス 加盟店サポート <support@paycross.jp>"], cc=[],
    subject="家賃カード決済　登録エラーの件",
    charset="cp932",
    body=f"""ペイクロス株式会社
加盟店サポート　ご担当者様

お世話になっております。加盟店番号 HNS-00418、日の出産業の桐生です。

入居者の方の家賃カード払い登録が、管理画面でエラーになってしまいます。
ご本人からお電話で伺った内容をお送りしますので、登録をお願いできますか。

　契約者：猪狩 沙織様（サンライズ大宮桜木 ２０１号室）
　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限：０９／２９
　毎月の決済額：７９，０００円

よろしくお願いいたします。

{SIG_KIRYU}
""",
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a tenant's credit card number in the body, to the payment agent",
))

# ======================================================================================
# con-043  own-domain look-alike in Cc (hinode-sangyou.co.jp)
# ======================================================================================
add(dict(
    id="con-043",
    sender=SARU,
    to=["岩佐 健吾 <k.iwasa@hinode-sangyo.co.jp>"], cc=["佐久間 美緒 <m.sakuma@hinode-sangyou.co.jp>"],
    subject="大和田町 追加工事の概算（外構変更分）",
    charset="utf-8",
    body=f"""岩佐さん
（cc 佐久間さん）

外構変更分の概算です。駐輪場の移設と植栽の縮小で、差し引き以下の通りです。

  駐輪場移設（屋根付き 40台）      +2,380,000
  植栽縮小（中木12本→6本）          -  410,000
  インターロッキング追加 85㎡        +  935,000
  ---------------------------------------------
  合計（税抜）                      +2,905,000

粗利率は当初見積と同じ18%で見ています。
宮下さんへの提示額は明日の朝までに決めましょう。

{SIG_SARU}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="internal cost figures, but a colleague in Cc is at hinode-sangyou.co.jp — a look-alike of the own domain",
))

# ======================================================================================
# con-044  partner look-alike with l for i (kawasaki-denkl.co.jp)
# ======================================================================================
add(dict(
    id="con-044",
    sender=IWASA,
    to=["川崎電機 工事課 三宅様 <miyake@kawasaki-denkl.co.jp>"], cc=[],
    subject="仮設電気の増設について",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
工事課 三宅様

お世話になっております。日の出産業の岩佐です。
大和田町現場の仮設電気について、11月からの内装工事に向けて増設をお願いしたく連絡しました。

・各階に仮設分電盤（動力・電灯）を1面ずつ追加（3F〜5F）
・仮設照明 LED投光器 20台追加
・タワークレーン解体後の仮設幹線の盛替え

現地確認を10/27（火）午後でお願いできますでしょうか。

{SIG_IWASA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="mail to kawasaki-denkl.co.jp — the partner kawasaki-denki.co.jp with l for i",
))

# ======================================================================================
# con-045  partner look-alike: another TLD (aoba-unyu.com)
# ======================================================================================
add(dict(
    id="con-045",
    sender=SAKUMA,
    to=["aoba-unyu 営業 <eigyo@aoba-unyu.com>"], cc=[],
    subject="１１月の定期便　ご契約内容の確認",
    charset="cp932",
    body=f"""青葉運輸株式会社
営業ご担当者様

いつもお世話になっております。日の出産業 工務課の佐久間です。
来月の資材定期便について、下記の内容で継続をお願いします。

　・運行日　　：毎週月・木（祝日は翌営業日）
　・車両　　　：４ｔユニック
　・運賃　　　：１運行 ３８，５００円（税別）
　・積込場所　：弊社 上尾資材センター

契約書の更新版をご送付いただけますと助かります。

{SIG_SAKUMA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="mail to aoba-unyu.com — the partner aoba-unyu.co.jp under another TLD",
))

# ======================================================================================
# con-046  the mail itself is stamped 【社外秘】
# ======================================================================================
add(dict(
    id="con-046",
    sender=SARU,
    to=["九鬼工業 九鬼社長 <kuki@kuki-kogyo.co.jp>"], cc=[],
    subject="【社外秘】川口本町三丁目 型枠工事 実行予算の件",
    charset="iso-2022-jp",
    body=f"""【社外秘】

九鬼社長

お世話になっております。日の出産業 積算課の猿渡です。
先日ご相談の型枠工事の件、弊社の実行予算の枠を共有します。
この数字を前提に、再見積をお願いできればと思います。

  元請契約（型枠工事分）    38,600,000円
  弊社実行予算              33,200,000円
  うち貴社発注予定          29,800,000円（当初見積 32,450,000円）

元請様との契約金額は外部に出していない数字ですので、貴社内のみでのご確認とさせてください。

{SIG_SARU}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail carries a 【社外秘】 stamp in subject and body, sent to a subcontractor",
))

# ======================================================================================
# con-047  DOCX with a 部外秘 page header to the architect
# ======================================================================================
add(dict(
    id="con-047",
    sender=CHIBA,
    to=["小林設計事務所 小林様 <kobayashi@kobayashi-sekkei.jp>"], cc=[],
    subject="施工計画書（躯体工事編）ドラフトのご確認",
    charset="utf-8",
    body=f"""小林様

お世話になっております。日の出産業 設計室の千葉です。
躯体工事編の施工計画書ドラフトを添付いたします。
コンクリート打設計画と養生方法を中心にご意見をいただけますと幸いです。

{SIG_CHIBA}
""",
    attachments=[{"kind": "docx", "name": "施工計画書_躯体工事編_draft2.docx",
                  "page_header": "部外秘",
                  "page_footer": "日の出産業株式会社",
                  "title": "施工計画書（躯体工事編）",
                  "paragraphs": ["施工計画書（躯体工事編）", "1. 工事概要",
                                 "構造：RC造 地上5階　延床面積 3,420㎡",
                                 "2. コンクリート打設計画",
                                 "1回の打設量は最大 180m3 とし、ポンプ車2台で打設する。",
                                 "3. 養生", "打設後5日間は散水養生とし、気温5℃以下の日は保温養生を行う。"],
                  "tables": [[["工区", "打設予定日", "数量(m3)"], ["1F立上り", "2026/11/10", "142"], ["2F床", "2026/11/24", "176"]]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="construction plan DOCX whose page header is stamped 部外秘, to the outside architect",
))

# ======================================================================================
# con-048  XLSX breakdown stamped 取扱注意 in the print header
# ======================================================================================
add(dict(
    id="con-048",
    sender=SARU,
    to=["早瀬基礎工業 見積担当 <mitsumori@hayase-kiso.co.jp>"], cc=[],
    subject="越谷倉庫増築 杭工事 見積条件の送付",
    charset="iso-2022-jp",
    body=f"""早瀬基礎工業株式会社
見積ご担当者様

お世話になっております。日の出産業 積算課の猿渡です。
杭工事の見積条件と数量表を添付いたします。
11月6日（金）までにご提出いただけますと助かります。

{SIG_SARU}
""",
    attachments=[{"kind": "xlsx", "name": "杭工事_数量表_越谷倉庫.xlsx",
                  "page_header": "取扱注意",
                  "sheets": {"数量表": [["越谷レイクタウン第二倉庫増築工事　杭工事 数量表"],
                                       ["名称", "仕様", "数量", "単位", "元請単価(参考)"],
                                       ["既製コンクリート杭", "PHC-A φ500 L=24m", 46, "本", 412000],
                                       ["杭頭処理", "", 46, "箇所", 18500],
                                       ["試験杭", "載荷試験共", 1, "式", 1650000]],
                             "条件": [["見積条件"], ["施工期間：2027年1月〜2月"], ["残土処分：別途"]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="quantity sheet XLSX carries a 取扱注意 print header, sent to a subcontractor",
))

# ======================================================================================
# con-049  plain ZIP: CSV roster + drawing
# ======================================================================================
_c = crew("049", 7, ymin=1968, ymax=2003)
add(dict(
    id="con-049",
    sender=IWASA,
    to=["橘解体工業 事務所 <office@tachibana-kaitai.co.jp>"], cc=[],
    subject="既存倉庫解体　入場者と仮設計画の共有",
    charset="utf-8",
    body=f"""橘解体工業 ご担当者様

お世話になっております。日の出産業の岩佐です。
越谷倉庫の既存部解体に合わせて、弊社側の常駐メンバーと仮設計画図をZIPでお送りします。
解体中は両社の作業員が混在しますので、朝礼でお互いの顔合わせをお願いします。

{SIG_IWASA}
""",
    attachments=[{"kind": "zip", "name": "越谷倉庫_解体調整資料.zip",
                  "files": [{"kind": "csv", "name": "常駐メンバー.csv", "encoding": "utf-8",
                             "rows": [["name", "kana", "birth", "tel", "blood"]] +
                                     [[p["name"], p["kana"], fd(p["dob"], "dot"), p["mobile"], p["blood"]] for p in _c]},
                            {"kind": "pdf", "name": "仮設計画図.pdf",
                             "lines": ["越谷倉庫 仮設計画図", "仮囲い H=3.0m 万能鋼板", "ゲート 2箇所（東側・南側）",
                                       "散水設備 解体中常時"]}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="unencrypted ZIP holding a CSV of 7 staff (birth dates, mobiles, blood type) and a drawing, to the demolition subcontractor",
))

# ======================================================================================
# con-050  ZIP with a DOCX stamped 極秘, to the law firm
# ======================================================================================
add(dict(
    id="con-050",
    sender=MUNAKATA,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"], cc=[],
    subject="用地取得交渉の方針についてご相談",
    charset="cp932",
    body=f"""白川先生

いつも大変お世話になっております。日の出産業の宗像です。
大和田町二丁目の開発用地について、交渉方針の資料をまとめましたので
ZIPでお送りいたします。来週のご相談の際にご意見をいただければ幸いです。

{SIG_MUNAKATA}
""",
    attachments=[{"kind": "zip", "name": "大和田町用地_交渉方針.zip",
                  "files": [{"kind": "docx", "name": "交渉方針メモ.docx", "page_header": "極秘",
                             "paragraphs": ["大和田町二丁目 開発用地 取得交渉方針",
                                            "1. 取得目標：区域内 9筆（約3,200㎡）のうち8筆を来年3月までに取得",
                                            "2. 提示上限：坪単価 52万円（路線価比 1.35倍）",
                                            "3. 代替地の提示：見沼区内の当社保有地2区画",
                                            "4. 収用手続きは想定しない"]},
                            {"kind": "png", "name": "区域図.png"}]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="ZIP containing a DOCX whose page header is stamped 極秘, to the outside law firm",
))

# ======================================================================================
# con-051  legacy XLS roster
# ======================================================================================
_c = crew("051", 9, ymin=1955, ymax=2000)
add(dict(
    id="con-051",
    sender=SAKUMA,
    to=["上尾市 教育総務課 施設係 <shisetsu@city.ageo-minami.lg.jp>"], cc=[],
    subject="原市小学校体育館改修工事　入場者名簿の提出",
    charset="iso-2022-jp",
    body=f"""上尾市教育委員会 教育総務課
施設係 ご担当者様

お世話になっております。日の出産業株式会社 工務課の佐久間です。
学校敷地内への入場者について、学校側の管理用に名簿の提出を求められましたので、
指定のExcel様式（xls）で提出いたします。

入場期間：11月2日〜2月26日（授業日は8:15〜17:00）

{SIG_SAKUMA}
""",
    attachments=[{"kind": "xls", "name": "入場者名簿(様式2).xls",
                  "sheets": {"様式2": [["工事名", "上尾市立原市小学校体育館改修工事"], [],
                                      ["No", "氏名", "年齢", "生年月日", "住所", "所属"]] +
                             [[i + 1, p["name"], p["age"], fd(p["dob"], "wa_ab"), p["addr"], "日の出産業" if i < 4 else "吉沢鳶工業"]
                              for i, p in enumerate(_c)]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="legacy .xls list of 9 site entrants with ages, 和暦 DOB and home addresses, to the city's school office",
))

# ======================================================================================
# con-052  HTML-only condominium owners' roster
# ======================================================================================
_c = crew("052", 16, ymin=1940, ymax=1990, female=0.4)
_tr = "\n".join(
    f"<tr><td>{(i // 4) + 1}0{(i % 4) + 1}</td><td>{p['name']}</td><td>{p['home'] if i % 2 else p['mobile']}</td>"
    f"<td>{p['email'] if i % 3 else ''}</td><td>{'居住' if i % 5 else '賃貸中（不在）'}</td></tr>" for i, p in enumerate(_c))
add(dict(
    id="con-052",
    sender=MUNAKATA,
    to=["大規模修繕コンサル 杉浦様 <sugiura@renove-partners.co.jp>"], cc=[],
    subject="グランシエル与野　区分所有者の連絡先一覧",
    charset="utf-8",
    html=f"""<html><head><meta charset="utf-8"></head><body>
<div>杉浦様</div>
<div><br></div>
<div>お世話になっております。日の出産業の宗像です。</div>
<div>大規模修繕のアンケート配布用に、管理組合からお預かりした区分所有者の連絡先を共有します。</div>
<div><br></div>
<table style="border:1px solid #999;border-collapse:collapse;font-size:13px">
<thead><tr><th>部屋</th><th>区分所有者</th><th>電話</th><th>メール</th><th>居住状況</th></tr></thead>
<tbody>
{_tr}
</tbody></table>
<div><br></div>
<div>アンケートの回収は11月末までを想定しています。</div>
<div>--<br>日の出産業株式会社 不動産事業部 開発企画課<br>宗像 亮</div>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail: table of 16 condominium owners with phones and private e-mail addresses, to a consultant",
))

# ======================================================================================
# con-053  English mail: foreign workers with passport numbers
# ======================================================================================
_ph = [("REYES, Mark Anthony", date(1994, 2, 17), "P7738201B", "+63 917 552 3018"),
       ("BAUTISTA, Jerome", date(1991, 10, 5), "P6620194A", "+63 918 204 7716"),
       ("VILLANUEVA, Carlo", date(1997, 7, 23), "P8014452C", "+63 927 880 1345"),
       ("GARCIA, Noel", date(1989, 12, 1), "P5503378A", "+63 905 331 6629"),
       ("MENDOZA, Arnel", date(1995, 4, 28), "P7120936B", "+63 919 467 0082")]
add(dict(
    id="con-053",
    sender=CHIBA,
    to=["Ms. Grace Lim <grace.lim@pacific-manpower.com.ph>"], cc=[],
    subject="Candidates for the Saitama site - visa documents",
    charset="utf-8",
    body="""Dear Ms. Lim,

Thank you for sending the short list. We would like to proceed with the following five
welders for the specified skilled worker (construction) visa. Could you please confirm the
details below before we file the Certificate of Eligibility applications?

""" + "\n".join(f"{i + 1}. {n}  DOB {fd(d, 'en')}  Passport No. {pp}  Mobile {tel}" for i, (n, d, pp, tel) in enumerate(_ph)) + f"""

Please let us know if any passport expires before March 2028.

Best regards,

{SIG_CHIBA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="English mail listing 5 candidates with birth dates, passport numbers and mobiles, to an overseas agency",
))

# ======================================================================================
# con-054  a reply whose NEW text carries a corrected roster (the quote is old)
# ======================================================================================
_c = crew("054", 5, ymin=1970, ymax=2002)
add(dict(
    id="con-054",
    sender=IWASA,
    to=[TOKIWA], cc=[],
    subject="Re: 作業員名簿の不備について",
    charset="iso-2022-jp",
    body=f"""芹沢様

ご指摘ありがとうございます。修正した5名分を下に貼ります。
（生年月日の誤記と、緊急連絡先の未記入を直しました）

{grid([["氏名", "生年月日", "緊急連絡先", "続柄"]] + [[p["name"], fd(p["dob"], "wa_ab"), p["emg_tel"], p["emg_rel"]] for p in _c], rule="=")}

お手数をおかけしました。

岩佐

-----Original Message-----
From: 芹沢 <serizawa@tokiwa-gumi.co.jp>
Sent: Thursday, October 15, 2026 9:12 AM
To: 岩佐 健吾 <k.iwasa@hinode-sangyo.co.jp>
Subject: 作業員名簿の不備について

岩佐様

昨日いただいた名簿ですが、5名分で生年月日が和暦と西暦で混在していたり、
緊急連絡先が空欄だったりします。修正をお願いします。

常盤組 芹沢
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="reply: the quoted part is harmless, but the NEW text pastes a corrected 5-person roster",
))

# ======================================================================================
# con-055  roster to a sole-proprietor foreman on gmail
# ======================================================================================
_c = crew("055", 6, ymin=1972, ymax=2003)
add(dict(
    id="con-055",
    sender=SAKUMA,
    to=["仲宗根 竜二 <nakasone.ryuji.1977@gmail.com>"], cc=[],
    subject="仲宗根さんのチーム分　名簿の確認をお願いします",
    charset="cp932",
    body="仲宗根さん\n\nお疲れさまです。日の出産業の佐久間です。\n"
         "来月から入っていただく仲宗根さんのチームの名簿、元請提出前に内容確認をお願いします。\n"
         "間違いがあれば赤字で返信ください。\n\n"
         + "\n".join(f"{i + 1}．{p['name']}　{fd(p['dob'], 'wa_zen')}生　{p['blood']}型\n　　住所：{p['addr']}\n　　緊急：{p['emg_name']}（{p['emg_rel']}）{p['emg_tel']}"
                     for i, p in enumerate(_c))
         + f"\n\nよろしくお願いします。\n\n{SIG_SAKUMA}\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="6-person roster (full-width 和暦 DOB, addresses, emergency contacts) to a craftsman's gmail address",
))

# ======================================================================================
# con-056  EITHER: partner companies' site managers and their mobiles
# ======================================================================================
_c = crew("056", 8, ymin=1965, ymax=1990)
_cos = ["九鬼工業", "吉沢鳶工業", "丸山設備工業", "川崎電機", "金森塗装", "泉左官工業", "早瀬基礎工業", "橘解体工業"]
add(dict(
    id="con-056",
    sender=DOMON,
    to=[OWADA], cc=[],
    subject="協力会社 職長連絡先一覧（大和田町）",
    charset="iso-2022-jp",
    body="宮下様\n\nお世話になっております。土門です。\n"
         "大和田町に入っている協力会社の職長さんの連絡先です。現場内の連絡用にお使いください。\n\n"
         + "\n".join(f"  {pad(co, 14)} 職長 {pad(p['name'], 12)} {p['mobile']}" for co, p in zip(_cos, _c))
         + f"\n\n{SIG_DOMON}\n",
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 partner-company foremen with mobiles: business contacts, yet a list of people's numbers — could be judged either way",
))

# ======================================================================================
# con-057  workers who missed the health check, to the clinic
# ======================================================================================
_c = crew("057", 5, ymin=1960, ymax=2001)
add(dict(
    id="con-057",
    sender=DOMON,
    to=["さくらぎ健診クリニック 予約係 <yoyaku@sakuragi-clinic.or.jp>"], cc=[],
    subject="定期健康診断　未受診者の追加予約",
    charset="utf-8",
    body="さくらぎ健診クリニック 予約係 御中\n\n日の出産業株式会社の土門です。\n"
         "9月の巡回健診を受けられなかった5名について、施設健診の予約をお願いします。\n"
         "受診コースは前回同様「一般健診（35歳・40歳以上は生活習慣病予防健診）」です。\n\n"
         + "\n".join(f"- {p['name']} ({p['kana']}) / {fd(p['dob'], 'wa')} / 建設事業部 {p['job']}" for p in _c)
         + f"\n\n希望日は11月の平日午前です。候補日をいただけますと助かります。\n\n{SIG_DOMON}\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="5 employees with kana names and 和暦 birth dates, to the health-check clinic",
))

# ======================================================================================
# con-058  a neighbour injured by a falling board, to the insurer
# ======================================================================================
_v = crew("058", 1, ymin=1948, ymax=1958, female=1.0)[0]
add(dict(
    id="con-058",
    sender=DOMON,
    to=["東海損害保険 賠償責任保険 担当 <baisho@tokai-sonpo.co.jp>"], cc=[],
    subject="第三者賠償の事故報告（川口本町三丁目）",
    charset="cp932",
    body=f"""東海損害保険株式会社
賠償責任保険ご担当者様

いつもお世話になっております。日の出産業の土門です。
請負業者賠償責任保険（証券番号 BS-7730129）の事故報告です。

■発生日時：2026年10月12日（月）15:20頃
■場所：川口市本町三丁目 現場北側の歩道
■概要：足場上部から養生用の合板（約1.8kg）が強風で落下し、通行中の近隣住民の方に当たりました。
■被害者：{_v['name']}様（{_v['age']}歳）
　住所：{_v['addr']}
　電話：{_v['home']}
■負傷：川口中央病院にて「頸椎捻挫・右肩打撲」と診断。通院加療約３週間の見込み。
　ご本人によると、以前から骨粗しょう症の治療中とのことです。

ご本人へは弊社工事部長がお見舞いに伺っております。今後の対応をご相談させてください。

{SIG_DOMON}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an injured neighbour's name, address, phone, diagnosis and medical history, to the insurer",
))

# ======================================================================================
# con-059  English PDF with a CONFIDENTIAL footer
# ======================================================================================
add(dict(
    id="con-059",
    sender=CHIBA,
    to=["Dr. Hendrik Vos <h.vos@vos-structural.nl>"], cc=[],
    subject="Base isolation review - Owada-cho residential project",
    charset="utf-8",
    body=f"""Dear Dr. Vos,

Thank you for agreeing to review the base isolation concept for our Owada-cho project.
Attached is the design summary (12 pages). The key questions are listed in section 4.

We would appreciate your comments by 20 November.

Kind regards,

{SIG_CHIBA}
""",
    attachments=[{"kind": "pdf", "name": "Owada_BaseIsolation_Summary_rev1.pdf",
                  "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                  "lines": ["Owada-cho Residential Project (RC, 5 stories)", "Base Isolation Design Summary rev.1",
                            "1. Seismic hazard: Level 2 PGV 50 cm/s", "2. Isolators: LRB x 18, NRB x 6",
                            "3. Target period: 3.6 s", "4. Questions for the reviewer"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="design summary PDF marked CONFIDENTIAL in its page footer, to a foreign consultant",
))

# ======================================================================================
# con-060  UTF-8-BOM CSV with romaji headers
# ======================================================================================
_c = crew("060", 10, ymin=1968, ymax=2004)
add(dict(
    id="con-060",
    sender=DOMON,
    to=["ツバサシステム 導入支援 <support@tsubasa-system.jp>"], cc=[],
    subject="入退場管理システム　初期データの取込依頼",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業 安全衛生管理室の土門です。
顔認証入退場システムの初期登録用データをCSVでお送りします。
指定のフォーマット（UTF-8 BOM付き）で作成しています。

{SIG_DOMON}
""",
    attachments=[{"kind": "csv", "name": "import_workers_owada.csv", "encoding": "utf-8-sig",
                  "rows": [["NAME", "NAME_KANA", "BIRTH", "TEL", "BLOOD", "SITE"]] +
                          [[p["name"], p["kata"], fd(p["dob"], "compact"), p["mobile"].replace("-", ""), p["blood"], "OWADA"] for p in _c]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV (romaji headers, compact dates, undashed phones) of 10 workers, to the system vendor",
))

# ======================================================================================
# con-061  password-protected PDF contract
# ======================================================================================
add(dict(
    id="con-061",
    sender=SARU,
    to=["株式会社ベイサイド物流 総務部 <soumu@bayside-butsuryu.co.jp>"], cc=[],
    subject="工事請負契約書（越谷倉庫増築）のご確認",
    charset="iso-2022-jp",
    body=f"""株式会社ベイサイド物流
総務部 ご担当者様

平素は格別のお引き立てを賜り、誠にありがとうございます。
日の出産業 積算課の猿渡でございます。

越谷レイクタウン第二倉庫増築工事の請負契約書（案）をお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別途お電話でお伝えいたします。

ご確認のほど、よろしくお願い申し上げます。

{SIG_SARU}
""",
    attachments=[{"kind": "pdf", "name": "工事請負契約書_案_越谷倉庫.pdf", "password": "bayside2611",
                  "lines": ["工事請負契約書（案）", "発注者：株式会社ベイサイド物流", "請負者：日の出産業株式会社",
                            "請負代金額：金 487,300,000円（税込）", "工期：2027年1月12日〜2027年8月31日"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF contract: cannot be inspected",
))

# ======================================================================================
# con-062  tenants for the fire-equipment inspection, pipe-separated
# ======================================================================================
_c = crew("062", 10, ymin=1950, ymax=2004, female=0.45)
add(dict(
    id="con-062",
    sender=KIRYU,
    to=["東日本防災設備 点検課 <tenken@higashinihon-bousai.co.jp>"], cc=[],
    subject="消防設備点検（11/14）　入居者連絡先の送付",
    charset="cp932",
    body="東日本防災設備株式会社\n点検課　ご担当者様\n\nお世話になっております。日の出産業の桐生です。\n"
         "サンライズ大宮桜木の消防設備点検（室内の感知器点検）について、\n"
         "当日不在の方への再訪調整をお願いしたく、入居者の連絡先をお送りします。\n\n"
         "号室｜契約者｜電話番号｜当日の在宅\n"
         "――――――――――――――――――――――――\n"
         + "\n".join(f"{(i // 5) + 1}0{(i % 5) + 1}｜{p['name']}｜{p['mobile']}｜{['在宅', '午前のみ', '不在（鍵預かり不可）', '午後のみ', '在宅'][i % 5]}" for i, p in enumerate(_c))
         + f"\n\n不在の方には直接お電話で再訪日を決めていただいて構いません。\n\n{SIG_KIRYU}\n",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="10 tenants' names and mobile numbers in a ｜-separated list, to the inspection contractor",
))

# ======================================================================================
# con-063  three tenants' move-out inspections (below the list threshold)
# ======================================================================================
_c = crew("063", 3, ymin=1975, ymax=2003, female=0.5)
add(dict(
    id="con-063",
    sender=KIRYU,
    to=["リペアワークス 工事受付 <uketsuke@repair-works.jp>"], cc=[],
    subject="退去立会いの日程（11月前半・3件）",
    charset="iso-2022-jp",
    body=f"""リペアワークス 工事受付 御中

お世話になっております。日の出産業 賃貸管理課の桐生です。
11月前半の退去立会いが3件決まりましたので、原状回復の見積で同行をお願いします。

 11/3（火）10:00  日の出ハイツ与野 102  {_c[0]['name']}様  {_c[0]['mobile']}
 11/7（土）13:30  サンライズ大宮桜木 404  {_c[1]['name']}様  {_c[1]['mobile']}
 11/12（木）16:00 メゾン・ド・ソレイユ浦和 201  {_c[2]['name']}様  {_c[2]['mobile']}

当日遅れる場合は入居者の方に直接ご連絡ください。

{SIG_KIRYU}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="only three tenants' names and phones for move-out appointments: under the five-person list threshold",
))

# ======================================================================================
# con-064  rent arrears list with guarantors, to the guarantor company
# ======================================================================================
_t = crew("064t", 6, ymin=1960, ymax=2000, female=0.4)
_g = crew("064g", 6, ymin=1940, ymax=1975, female=0.5)
_rows = [["号室", "契約者", "滞納月数", "滞納額", "契約者携帯", "連帯保証人", "保証人住所", "保証人電話"]]
for i, (t, g) in enumerate(zip(_t, _g)):
    _rows.append([f"{i + 2}0{(i % 3) + 1}", t["name"], str(1 + i % 3), f"{(1 + i % 3) * 71000:,}", t["mobile"], g["name"], g["addr"], g["home"]])
add(dict(
    id="con-064",
    sender=HIGA,
    to=["ひかり家賃保証 債権管理部 <saiken@hikari-hosho.co.jp>"], cc=[],
    subject="代位弁済請求（10月分・6件）",
    charset="utf-8",
    body="ひかり家賃保証株式会社\n債権管理部 御中\n\nいつもお世話になっております。日の出産業の比嘉です。\n"
         "10月分家賃の未入金について、下記6件の代位弁済をご請求いたします。\n\n"
         + grid(_rows, gap=" / ", rule=None)
         + f"\n\n各契約者への督促経過は別紙でお送りします。\n\n{SIG_HIGA}\n",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="6 tenants in arrears with mobiles, plus their guarantors' addresses and phones, to the guarantor company",
))

# ======================================================================================
# con-065  an applicant's arrest record in prose
# ======================================================================================
add(dict(
    id="con-065",
    sender=MUNAKATA,
    to=["オーナー代理 向井様 <mukai@mukai-estate.co.jp>"], cc=[],
    subject="Re: 店舗区画（1F-B）の入居審査について",
    charset="iso-2022-jp",
    body=f"""向井様

お世話になっております。宗像です。
1F-B区画に飲食店での出店を希望されている件、審査の途中経過をご報告します。

申込者の廿日出 武志さん（代表者個人で契約予定）について、保証会社の審査過程で、
3年前に傷害事件で逮捕・罰金刑を受けた経歴があることが分かりました。
本人も面談で事実を認めており、現在は問題なく営業しているとのことです。

保証会社は条件付き（保証料増額）で承認の見込みですが、
オーナー様のご判断を仰ぎたく、ご連絡いたしました。

{SIG_MUNAKATA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="prose: a named applicant's arrest and conviction record (要配慮), to the owner's agent",
))

# ======================================================================================
# con-066  an applicant's disability, to the renovation designer
# ======================================================================================
add(dict(
    id="con-066",
    sender=KIRYU,
    to=["バリアフリー設計室 ひだまり 岡部様 <okabe@hidamari-design.jp>"], cc=[],
    subject="ソレイユ浦和 102号室　改修プランのご相談",
    charset="cp932",
    body=f"""ひだまり設計室
岡部様

いつもお世話になっております。日の出産業の桐生です。
102号室に入居予定の御子柴 京子様の件でご相談です。

御子柴様は脊髄損傷で車椅子を使用されており、身体障害者手帳（１級）をお持ちです。
入居に合わせて、以下の改修をオーナー負担で行う方向で調整しています。

　・玄関段差の解消（スロープ設置）
　・浴室の手すり設置とシャワーチェア対応
　・トイレの引き戸化

ご本人立会いでの現地確認を、来週の平日午後でお願いできますでしょうか。

{SIG_KIRYU}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named tenant's spinal injury, wheelchair use and disability certificate (要配慮), to the designer",
))

# ======================================================================================
# con-067  estimate PDF with the company's T-number and bank account
# ======================================================================================
_cn = corp_number("030001048217")
add(dict(
    id="con-067",
    sender=SARU,
    to=["株式会社ベイサイド物流 施設部 <shisetsu@bayside-butsuryu.co.jp>"], cc=[],
    subject="御見積書の送付（倉庫屋根 防水改修）",
    charset="utf-8",
    body=f"""株式会社ベイサイド物流
施設部 ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
ご依頼いただいた倉庫屋根の防水改修工事につき、御見積書をお送りいたします。

見積番号：HS-E-2610-0471
金額：11,858,000円（税込）
有効期限：発行日より60日

ご検討のほど、よろしくお願い申し上げます。

{SIG_SARU}
""",
    attachments=[{"kind": "pdf", "name": "御見積書_HS-E-2610-0471.pdf",
                  "lines": ["御見積書", "株式会社ベイサイド物流 御中", "見積番号 HS-E-2610-0471　発行日 2026年10月19日",
                            "日の出産業株式会社　登録番号 T" + _cn,
                            "〒330-0854 埼玉県さいたま市大宮区桜木町4-218　TEL 048-641-7720",
                            "振込先：みどり銀行 大宮支店 当座 0081274 ヒノデサンギヨウ（カ",
                            "合計金額 11,858,000円（うち消費税 1,078,000円）"],
                  "table": [["品名", "数量", "単位", "単価", "金額"],
                            ["既存防水撤去", "1,420", "㎡", "1,800", "2,556,000"],
                            ["塩ビシート防水 機械固定", "1,420", "㎡", "5,200", "7,384,000"],
                            ["笠木・ドレン改修", "1", "式", "840,000", "840,000"]]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="estimate PDF with the company's own registration (T) number and company bank account: business data",
))

# ======================================================================================
# con-068  contract draft DOCX to the client
# ======================================================================================
add(dict(
    id="con-068",
    sender=SARU,
    to=["医療法人 見沼会 事務局 <jimukyoku@minuma-kai.or.jp>"], cc=[],
    subject="駐車場整備工事　請負契約書（案）の送付",
    charset="iso-2022-jp",
    body=f"""医療法人見沼会
事務局 ご担当者様

いつもお世話になっております。日の出産業の猿渡でございます。
先日ご発注の内示をいただいた駐車場整備工事につき、工事請負契約書（案）をお送りいたします。
約款は民間（七会）連合協定の工事請負契約約款を使用しております。

内容をご確認のうえ、修正点があればお知らせください。

{SIG_SARU}
""",
    attachments=[{"kind": "docx", "name": "工事請負契約書(案)_見沼会駐車場.docx",
                  "paragraphs": ["工事請負契約書（案）",
                                 "発注者 医療法人見沼会（以下「甲」という。）と請負者 日の出産業株式会社（以下「乙」という。）とは、"
                                 "次の工事について請負契約を締結する。",
                                 "1. 工事名　見沼会病院 第二駐車場整備工事",
                                 "2. 工事場所　さいたま市見沼区東大宮五丁目地内",
                                 "3. 工期　着手 2026年12月1日　完成 2027年3月15日",
                                 "4. 請負代金額　金 38,940,000円（うち消費税額 3,540,000円）",
                                 "5. 支払方法　契約時 30%、完成引渡し時 70%"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="draft construction contract (company parties, amounts, site) to the client: business document",
))

# ======================================================================================
# con-069  talk about an NDA
# ======================================================================================
add(dict(
    id="con-069",
    sender=MUNAKATA,
    to=["株式会社ライフデザイン開発 用地部 三枝様 <saegusa@lifedesign-dev.co.jp>"], cc=[],
    subject="秘密保持契約の締結について",
    charset="cp932",
    body=f"""株式会社ライフデザイン開発
用地部　三枝様

お世話になっております。日の出産業の宗像です。

先日お話しした共同開発の検討にあたり、まずは秘密保持契約（NDA）を締結させていただければと存じます。
弊社ひな形では、以下の点を定めております。

　・機密情報の範囲（開示時に秘密である旨を明示したもの）
　・目的外利用の禁止、第三者への開示禁止
　・有効期間：締結日から２年間
　・契約終了時の返還・廃棄

御社のひな形をご希望の場合は、そちらをベースにしても構いません。
法務のご担当者様と調整のうえ、ご連絡いただけますと幸いです。

{SIG_MUNAKATA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about concluding an NDA: talks of 機密情報 but carries no marking and no personal data",
))

# ======================================================================================
# con-070  reply quoting a roster under -----Original Message-----
# ======================================================================================
_c = crew("070", 8)
_q = grid([["氏名", "生年月日", "血液型", "携帯"]] + [[p["name"], fd(p["dob"], "kanji"), p["blood"], p["mobile"]] for p in _c])
add(dict(
    id="con-070",
    sender=SAKUMA,
    to=["三光工務店 北条 <hojo.k@sanko-koumuten.co.jp>"], cc=[],
    subject="RE: 【川口本町三丁目】11月入場予定者",
    charset="utf-8",
    body=f"""北条様

ご連絡ありがとうございます。
11月入場予定の8名、新規入場者教育の日程（11/2 8:00〜）承知しました。
当日は弊社職長が引率します。

佐久間

-----Original Message-----
From: 北条 和也 <hojo.k@sanko-koumuten.co.jp>
Sent: Monday, October 19, 2026 6:05 PM
To: 佐久間 美緒 <m.sakuma@hinode-sangyo.co.jp>
Subject: RE: 【川口本町三丁目】11月入場予定者

佐久間様

名簿ありがとうございます。以下8名、11/2朝に新規入場者教育を行います。

{_q}

三光工務店 北条
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply to the contractor; the 8-person roster is only in the quoted original message",
))

# ======================================================================================
# con-071  internal accident report (all recipients internal)
# ======================================================================================
_v = crew("071", 1, ymin=1975, ymax=1990)[0]
add(dict(
    id="con-071",
    sender=DOMON,
    to=["建設事業部 部長 <kensetsu-bucho@hinode-sangyo.co.jp>", "総務部 労務課 <roumu@hinode-sangyo.co.jp>"],
    cc=["岩佐 健吾 <k.iwasa@hinode-sangyo.co.jp>"],
    subject="【社内報告】10/14 挟まれ災害 続報（休業あり）",
    charset="iso-2022-jp",
    body=f"""部長、労務課各位

10/14の挟まれ災害の続報です（社内限り）。

被災者：{_v['name']}（{_v['kana']}）
生年月日：{fd(_v['dob'], 'wa')}
診断：左手中指末節骨骨折、全治4週間。本日の再診で休業2週間の指示。
持病：糖尿病（通院中）のため、創部の経過観察が必要とのこと。
緊急連絡先：{_v['emg_name']}（{_v['emg_rel']}）{_v['emg_tel']}

労働者死傷病報告は労務課で作成をお願いします。必要な情報は上記のとおりです。

{SIG_DOMON}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=[],
    note="injury and illness details of a named worker, but every recipient is internal",
))

# ======================================================================================
# con-072  one business contact to the neighbourhood association chief on free mail
# ======================================================================================
add(dict(
    id="con-072",
    sender=IWASA,
    to=["大和田町二丁目自治会 会長 <owada2.jichikai@yahoo.co.jp>"], cc=[],
    subject="現場担当者交代のお知らせ",
    charset="cp932",
    body=f"""大和田町二丁目自治会
会長様

いつも工事へのご理解をいただき、ありがとうございます。
日の出産業株式会社の岩佐でございます。

11月より、現場の近隣対応窓口を弊社の工事主任 砂押が担当いたします。
ご意見・ご要望は今後、下記までお寄せください。

　日の出産業株式会社　大和田町現場事務所
　工事主任　砂押 亮介
　現場事務所　048-688-3321（平日 8:00〜18:00）
　携帯（業務用）　080-4471-2115

私も引き続き現場におりますので、何かございましたらお声がけください。

{SIG_IWASA}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one staff member's business contact to the neighbourhood association chief on yahoo.co.jp",
))

# ======================================================================================
# con-073  four attendees with mobiles (below the threshold)
# ======================================================================================
_c = crew("073", 4, ymin=1965, ymax=1992)
add(dict(
    id="con-073",
    sender=DOMON,
    to=["大和田建設 安全環境部 <anzen-kankyo@owada-kensetsu.co.jp>"], cc=[],
    subject="Re: 協力会社安全大会（11/13）出席者のご連絡",
    charset="iso-2022-jp",
    body="大和田建設 安全環境部 御中\n\nお世話になっております。日の出産業の土門です。\n"
         "11/13の安全大会、弊社からは以下4名が出席します。\n\n"
         + "\n".join(f"  {p['name']}（{r}）  携帯 {p['mobile']}" for p, r in zip(_c, ["工事課長", "現場代理人", "職長", "職長"]))
         + f"\n\n当日の受付でのご連絡用に携帯番号を添えました。\n\n{SIG_DOMON}\n",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four attendees with mobile numbers: a short list below the five-person threshold (may warn)",
))

# ======================================================================================
# con-074  material order with product codes and order numbers
# ======================================================================================
add(dict(
    id="con-074",
    sender=SAKUMA,
    to=["関東建材センター 受注課 <juchu@kanto-kenzai.co.jp>"], cc=[],
    subject="注文書 PO-26-10412（大和田町現場）",
    charset="utf-8",
    body=f"""関東建材センター 受注課 御中

いつもお世話になっております。日の出産業 工務課の佐久間です。
下記のとおり注文いたします。

注文番号：PO-26-10412
納品日：2026年10月28日（水）午前
納品先：（仮称）大和田町共同住宅新築工事 現場
　　　　さいたま市見沼区大和田町2-1180 ほか（現場事務所 048-688-3321）

品番            品名                         数量
KZ-ALC-100-600  ALCパネル 厚100×幅600        84枚
SK-FB-0922      フラットバー 9×22 L=4000     60本
TM-PB-1212      プラスターボード 12.5mm      220枚
NK-CK-3000      コーキング変成シリコン        48本

請求は月末締めでお願いします。

{SIG_SAKUMA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="purchase order with product codes, quantities, order number and the site office address",
))

# ======================================================================================
# con-075  unit price list to a subcontractor
# ======================================================================================
add(dict(
    id="con-075",
    sender=SARU,
    to=["金森塗装 金森社長 <kanamori@kanamori-tosou.jp>"], cc=[],
    subject="２０２７年度　塗装工事 単価表（案）",
    charset="cp932",
    body=f"""金森社長

いつもお世話になっております。日の出産業 積算課の猿渡です。
来年度の塗装工事の単価表（案）をお送りします。ご意見があればお知らせください。

　工種　　　　　　　　　　　　単位　　単価（円）
　外壁 吹付タイル（下地調整共）　㎡　　　２，４５０
　外壁 シリコン塗装 ３回塗り　　㎡　　　２，１８０
　鉄部 錆止め＋ＳＯＰ　　　　　㎡　　　１，６２０
　内壁 ＥＰ塗装　　　　　　　　㎡　　　　　９８０
　高圧洗浄　　　　　　　　　　㎡　　　　　２８０

材料費の値上がり分は、前年比＋４％で反映しています。

{SIG_SARU}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="unit price list (full-width figures) to a subcontractor: no personal data",
))

# ======================================================================================
# con-076  ordinary mail with the standard disclaimer
# ======================================================================================
add(dict(
    id="con-076",
    sender=IWASA,
    to=[TOKIWA], cc=[],
    subject="越谷倉庫　11月の工程について",
    charset="iso-2022-jp",
    body=f"""芹沢様

お世話になっております。日の出産業の岩佐です。
11月の工程について、鉄骨建方が2日前倒しできそうです。

・鉄骨建方：11/9（月）〜11/18（水）→ 11/5（木）〜11/16（月）
・デッキ敷込み：11/17〜
・屋根折板：11/24〜

レッカーの手配は弊社で変更済みです。
ご確認のほどお願いいたします。

{SIG_IWASA}
{DISCLAIMER}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="schedule mail with the standard confidentiality disclaimer at the end: not a marking",
))

# ======================================================================================
# con-077  mentions 社外秘 as a word; the attached overview is unmarked
# ======================================================================================
add(dict(
    id="con-077",
    sender=MUNAKATA,
    to=["埼玉中央不動産鑑定 鑑定部 <kantei@saitama-kantei.co.jp>"], cc=[],
    subject="Re: 大和田町プロジェクトの資料について",
    charset="utf-8",
    body=f"""鑑定部 ご担当者様

お世話になっております。日の出産業の宗像です。
ご依頼の事業計画書ですが、詳細版は社外秘の扱いとなっており、
社外にお出しできるのは概要版のみとなります。申し訳ございません。

概要版（PDF）を添付いたしますので、こちらでご確認いただけますでしょうか。
不足がございましたら、来社いただいての閲覧で対応させていただきます。

{SIG_MUNAKATA}
""",
    attachments=[{"kind": "pdf", "name": "大和田町プロジェクト_概要版.pdf",
                  "lines": ["（仮称）大和田町共同住宅 事業概要", "敷地面積：1,520㎡　延床面積：3,420㎡",
                            "用途：共同住宅（48戸）", "竣工予定：2027年9月", "想定賃料：1LDK 8.2万円〜"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="the word 社外秘 only explains why the detailed plan is withheld; the attached overview carries no marking",
))

# ======================================================================================
# con-078  list of properties (buildings, not people)
# ======================================================================================
add(dict(
    id="con-078",
    sender=KIRYU,
    to=["かけはし不動産 大宮店 <omiya@kakehashi-chukai.jp>"], cc=[],
    subject="空室一覧（11月募集分）",
    charset="cp932",
    body=f"""かけはし不動産 大宮店　御中

お世話になっております。日の出産業の桐生です。
11月募集分の空室一覧です。客付けのほどよろしくお願いいたします。

物件名,号室,所在地,間取り,面積,賃料,管理費,敷金/礼金
サンライズ大宮桜木,305,さいたま市大宮区桜木町2-41-6,1LDK,40.2㎡,82000,5000,1/1
サンライズ大宮桜木,502,さいたま市大宮区桜木町2-41-6,2LDK,55.8㎡,108000,6000,1/1
日の出ハイツ与野,203,さいたま市中央区本町東3-8-15,1K,24.6㎡,61000,3000,0/1
メゾン・ド・ソレイユ浦和,102,さいたま市浦和区常盤6-12-3,1DK,30.1㎡,72000,4000,1/0

内見は管理事務所（048-641-7740）で鍵をお受け取りください。
広告料は賃料の1ヶ月分です。

{SIG_KIRYU}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="vacancy list of buildings (addresses, rents) to a letting agent: properties, not people",
))

# ======================================================================================
# con-079  one tenant's moving details to the removal company
# ======================================================================================
_p = crew("079", 1, ymin=1985, ymax=2000)[0]
add(dict(
    id="con-079",
    sender=KIRYU,
    to=["キリン引越センター 大宮営業所 <omiya@kirin-hikkoshi.co.jp>"], cc=[],
    subject="法人提携プラン　お引越しのご依頼（1件）",
    charset="iso-2022-jp",
    body=f"""キリン引越センター 大宮営業所 御中

いつもお世話になっております。日の出産業 賃貸管理課の桐生です。
提携プランでのお引越しのご依頼です。お見積りの連絡をご本人へお願いします。

  お客様：{_p['name']}様
  電話　：{_p['mobile']}
  旧居　：{_p['addr']}
  新居　：さいたま市大宮区桜木町2-41-6 サンライズ大宮桜木 305号室
  希望日：11月1日（日）午前

提携割引（基本料金20%引き）の適用をお願いいたします。

{SIG_KIRYU}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one customer's name, phone and addresses to the removal company: a single person's contact (may warn)",
))

# ======================================================================================
# con-080  site photos in a plain ZIP with a caption file
# ======================================================================================
add(dict(
    id="con-080",
    sender=IWASA,
    to=["小林設計事務所 小林様 <kobayashi@kobayashi-sekkei.jp>"], cc=[],
    subject="監理者検査用 写真（4F躯体）",
    charset="utf-8",
    body=f"""小林様

お世話になっております。岩佐です。
4階躯体の写真をZIPでお送りします。キャプションは同梱のテキストにまとめました。

{SIG_IWASA}
""",
    attachments=[{"kind": "zip", "name": "4F躯体写真_1021.zip",
                  "files": [{"kind": "png", "name": "01_4F_梁配筋.png"},
                            {"kind": "png", "name": "02_4F_スラブ配筋.png"},
                            {"kind": "png", "name": "03_4F_設備スリーブ.png"},
                            {"kind": "txt", "name": "キャプション.txt", "encoding": "cp932",
                             "text": "01 4F G1梁 主筋 4-D25 あばら筋 D13@150\n02 4F スラブ 上端筋 D13@200 ダブル\n03 4F 設備スリーブ 径100 補強筋確認\n"}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="ZIP of site photos and a caption text file to the architect: no personal data",
))

# ======================================================================================
# con-081  schedule XLSX to a subcontractor
# ======================================================================================
add(dict(
    id="con-081",
    sender=IWASA,
    to=["吉沢鳶工業 工事部 <koji@yoshizawa-tobi.co.jp>"], cc=[],
    subject="大和田町　11月 週間工程表",
    charset="iso-2022-jp",
    body=f"""吉沢鳶工業 工事部 御中

お世話になっております。日の出産業の岩佐です。
11月の週間工程表を添付します。足場盛替えの日程をご確認ください。

特に11/9週は外部足場の6段目以降の組立てと、タワークレーン解体が重なります。
人員の手配をお願いします。

{SIG_IWASA}
""",
    attachments=[{"kind": "xlsx", "name": "週間工程表_大和田町_11月.xlsx",
                  "sheets": {"11月": [["（仮称）大和田町共同住宅新築工事　週間工程表（11月）"],
                                     ["週", "躯体", "仮設", "設備", "備考"],
                                     ["11/2-11/7", "5F立上り配筋・型枠", "外部足場 5段目", "スリーブ入れ", "11/3 祝日休工"],
                                     ["11/9-11/14", "5F打設（11/12）", "足場 6〜8段目、タワクレ解体", "-", "大型車両 11/13"],
                                     ["11/16-11/21", "PH躯体", "荷揚げ構台 撤去", "屋上配管", ""],
                                     ["11/23-11/28", "型枠解体", "外部足場 メッシュシート張替", "EPS幹線", "11/23 祝日休工"]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="weekly schedule XLSX to a subcontractor: no personal data, no marking",
))

# ======================================================================================
# con-082  one craftsman on a carrier address
# ======================================================================================
add(dict(
    id="con-082",
    sender=IWASA,
    to=["与那覇さん <yonaha-sakan@docomo.ne.jp>"], cc=[],
    subject="左官工事の日程変更",
    charset="cp932",
    body="""与那覇さん

お疲れさまです。日の出の岩佐です。
雨で外構の土間打ちが延びたので、左官の入りを変更させてください。

　変更前：１０月２６日（月）〜２８日（水）
　変更後：１０月２９日（木）〜３１日（土）

土曜日は８時〜１７時で作業可能です。ご都合いかがでしょうか。
返信かお電話（080-4471-2093）でお知らせください。

岩佐
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="schedule change to one craftsman's carrier (docomo.ne.jp) address; only the sender's own mobile",
))

# ======================================================================================
# con-083  English mail to a foreign equipment supplier
# ======================================================================================
add(dict(
    id="con-083",
    sender=CHIBA,
    to=["Mr. Jonas Berg <jonas.berg@nordlift-cranes.se>"], cc=[],
    subject="RFQ: tower crane rental for Owada-cho site (PO ref. HS-26-0388)",
    charset="utf-8",
    body=f"""Dear Mr. Berg,

Thank you for your presentation last week. Following our discussion, we would like to
request a quotation for the rental of a luffing-jib tower crane.

  Model:        NL-180 (or equivalent), max. load 8 t
  Jib length:   40 m
  Hook height:  approx. 32 m
  Period:       January to June 2027 (6 months)
  Site:         Owada-cho, Minuma-ku, Saitama City, Japan
  Our ref.:     HS-26-0388

Please include transport, erection and dismantling, and the operator training for our
Japanese operators. We would appreciate your quotation by 13 November.

Best regards,

{SIG_CHIBA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English request for quotation to a foreign supplier: technical data and reference numbers only",
))

# ======================================================================================
# con-084  road-use application to the city
# ======================================================================================
add(dict(
    id="con-084",
    sender=SAKUMA,
    to=["さいたま市見沼区役所 くらし応援室 <kurashi-minuma@city.saitama-minuma.lg.jp>"], cc=[],
    subject="道路占用許可申請（足場・仮囲い）の事前相談",
    charset="iso-2022-jp",
    body=f"""見沼区役所 くらし応援室
道路管理ご担当者様

お世話になっております。日の出産業株式会社 工務課の佐久間と申します。
大和田町二丁目の共同住宅新築工事に伴い、市道への仮囲い・足場のはみ出しについて
道路占用許可の申請を予定しております。申請前に事前相談をお願いできますでしょうか。

  場所　：見沼区大和田町2丁目 市道（幅員6.0m）東側
  占用物：仮囲い（H=3.0m、延長32m）、外部足場（はね出し0.6m）
  期間　：2026年11月2日〜2027年8月31日
  歩行者通路：有効幅1.5mを確保（誘導員配置）

平面図と断面図を添付いたします。

{SIG_SAKUMA}
""",
    attachments=[{"kind": "pdf", "name": "道路占用_平面図_断面図.pdf",
                  "lines": ["道路占用 計画平面図 S=1/200", "仮囲い H=3.0m 万能鋼板 L=32.0m",
                            "歩行者通路 W=1.5m カラーコーン・コーンバー", "断面図 S=1/50"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="road-use pre-consultation with the ward office: business content and drawings only",
))

# ======================================================================================
# con-085  internal rent transfer list (accounting, internal only)
# ======================================================================================
_c = crew("085", 9, ymin=1955, ymax=2001, female=0.45)
add(dict(
    id="con-085",
    sender=HIGA,
    to=["経理部 出納係 <suitou@hinode-sangyo.co.jp>"], cc=["桐生 沙織 <s.kiryu@hinode-sangyo.co.jp>"],
    subject="敷金返還の振込依頼（10月退去分・9件）",
    charset="cp932",
    body="経理部 出納係 御中\n\n管理業務課の比嘉です。10月退去者の敷金返還分、振込をお願いします。\n\n"
         + "\n".join(f"{i + 1:>2}  {pad(p['name'], 12)}  {p['bank']} {p['branch']}  {p['acct_kind']} {p['acct']}  {hankaku(p['kata'])}  {(40000 + i * 6500):>7,}円"
                     for i, p in enumerate(_c))
         + f"\n\n精算書は共有フォルダ（不動産/精算/2026-10）に置いてあります。\n\n{SIG_HIGA}\n",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="nine former tenants' bank accounts for deposit refunds, but sent only to internal accounting",
))

# ======================================================================================
# con-086  the bank about the company's own loan and account
# ======================================================================================
add(dict(
    id="con-086",
    sender=HIGA,
    to=["みどり銀行 大宮支店 法人融資課 今泉様 <imaizumi@midori-ginko.co.jp>"], cc=[],
    subject="プロジェクト融資の実行日について",
    charset="utf-8",
    body=f"""みどり銀行 大宮支店
法人融資課 今泉様

いつも大変お世話になっております。日の出産業の比嘉です。
大和田町共同住宅のプロジェクト融資について、実行日と入金口座をご確認させてください。

  融資実行日：2026年11月30日（月）
  金額：420,000,000円
  入金口座：貴行 大宮支店 当座 0081274（日の出産業株式会社）
  返済用口座：同 普通 1520336（日の出産業株式会社 不動産事業部）

金銭消費貸借契約書の押印は、11月25日に弊社で対応いたします。

{SIG_HIGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the company's own accounts and a loan to its bank: business data, no personal data",
))

# ======================================================================================
# con-087  invoice PDF with the T-number
# ======================================================================================
_cn = corp_number("030001048217")
add(dict(
    id="con-087",
    sender=HIGA,
    to=["株式会社ライフデザイン開発 経理部 <keiri@lifedesign-dev.co.jp>"], cc=[],
    subject="請求書送付のご案内（請求番号 INV-2610-0092）",
    charset="iso-2022-jp",
    body=f"""株式会社ライフデザイン開発
経理部 ご担当者様

いつもお世話になっております。日の出産業株式会社 管理業務課の比嘉です。
10月分の請求書をお送りいたします。

  請求番号：INV-2610-0092
  ご請求金額：3,267,000円（税込）
  お支払期日：2026年11月30日
  登録番号：T{_cn}

ご確認のほど、よろしくお願いいたします。

{SIG_HIGA}
""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2610-0092.pdf",
                  "lines": ["請求書", "株式会社ライフデザイン開発 御中", "請求番号 INV-2610-0092　請求日 2026/10/31",
                            "日の出産業株式会社　登録番号 T" + _cn,
                            "お振込先：みどり銀行 大宮支店 当座 0081274 ヒノデサンギヨウ（カ"],
                  "table": [["摘要", "金額"], ["賃貸管理業務委託料（10月分）", "1,850,000"],
                            ["修繕工事立替分（サンライズ大宮桜木）", "1,120,000"], ["消費税（10%）", "297,000"]]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice with the company's qualified-invoice (T) registration number and company bank account",
))

# ======================================================================================
# con-088  branch and office list (businesses)
# ======================================================================================
add(dict(
    id="con-088",
    sender=ANZAI,
    to=["ニコット収納サービス 営業部 <eigyo@nicot-shuno.co.jp>"], cc=[],
    subject="弊社 事業所一覧（請求書送付先のご確認）",
    charset="cp932",
    body=f"""ニコット収納サービス株式会社
営業部　ご担当者様

お世話になっております。日の出産業の安西です。
請求書の送付先確認のご依頼をいただきましたので、弊社の事業所一覧をお送りします。

■本社（建設事業部・不動産事業部）
　〒330-0854 埼玉県さいたま市大宮区桜木町4-218 日の出ビル　TEL 048-641-7720
■上尾資材センター
　〒362-0021 埼玉県上尾市原市2930-1　TEL 048-721-5508
■浦和営業所（賃貸管理）
　〒330-0061 埼玉県さいたま市浦和区常盤6-12-3 1F　TEL 048-833-2271
■越谷営業所
　〒343-0836 埼玉県越谷市蒲生寿町18-7　TEL 048-985-4410

請求書は本社 経理部宛にお送りください。

{SIG_ANZAI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the company's own offices with addresses and switchboards: businesses, not people",
))

# ======================================================================================
# con-089  applicant + guarantor (two people), no ID numbers
# ======================================================================================
_a, _g = crew("089", 2, ymin=1950, ymax=2001)
add(dict(
    id="con-089",
    sender=KIRYU,
    to=["ひかり家賃保証 審査部 <shinsa@hikari-hosho.co.jp>"], cc=[],
    subject="追加情報：日の出ハイツ与野 104 審査の件",
    charset="utf-8",
    body=f"""ひかり家賃保証 審査部 御中

お世話になっております、桐生です。
先ほどお電話でご依頼のあった追加情報です。

【申込者】{_a['name']}（{_a['kana']}）
　生年月日 {fd(_a['dob'], 'slash')}／携帯 {_a['mobile']}
　現住所 {_a['addr']}
【緊急連絡先 兼 連帯保証人】{_g['name']}
　生年月日 {fd(_g['dob'], 'slash')}／自宅 {_g['home']}
　住所 {_g['addr']}

どうぞよろしくお願いいたします。

{SIG_KIRYU}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="two people's records (applicant and guarantor) without ID numbers: under the list threshold (may warn)",
))

# ======================================================================================
# con-090  reply under "On … wrote:" quoting the accident report
# ======================================================================================
add(dict(
    id="con-090",
    sender=DOMON,
    to=[OWADA], cc=[],
    subject="Re: 【第一報】10/14 大和田町現場 挟まれ災害について",
    charset="iso-2022-jp",
    body=f"""宮下様

承知しました。再発防止策の書式は、御社の「災害報告書（様式安-7）」で作成します。
明後日の協議会には、安全当番の職長も同席させます。

土門

On Wed, Oct 14, 2026 at 5:48 PM 宮下 <miyashita@owada-kensetsu.co.jp> wrote:
  土門様

  第一報ありがとうございます。
  被災者の釘宮 文太さん（47歳）、左手中指末節骨骨折・全治4週間、
  糖尿病で通院中とのこと承知しました。
  再発防止策は弊社様式でご提出ください。

  大和田建設 安全環境部 宮下
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply whose only personal/medical content is inside the quoted \"On … wrote:\" block the contractor wrote",
))

# ======================================================================================
# con-091  forward of a supplier's price notice (nothing personal)
# ======================================================================================
add(dict(
    id="con-091",
    sender=SARU,
    to=["九鬼工業 九鬼社長 <kuki@kuki-kogyo.co.jp>"], cc=[],
    subject="FW: 型枠用合板 価格改定のお知らせ",
    charset="cp932",
    body=f"""九鬼社長

お世話になっております。猿渡です。
仕入先から合板の値上げ案内が来ましたので、参考までに転送します。
来期の単価協議の材料にしてください。

---------- 転送メッセージ ----------
差出人: 関東建材センター 営業部 <eigyo@kanto-kenzai.co.jp>
日付: 2026年10月16日 11:02
件名: 型枠用合板 価格改定のお知らせ
宛先: <m.saruwatari@hinode-sangyo.co.jp>

お取引先各位

平素は格別のご高配を賜り厚く御礼申し上げます。
原材料および輸送費の高騰により、12月1日出荷分より下記のとおり価格を改定させていただきます。

　コンパネ 12mm 900×1800　　　1,480円 → 1,640円／枚
　塗装合板 12mm 900×1800　　　1,920円 → 2,110円／枚
　桟木 24×48×4000　　　　　　　　 310円 →　 345円／本

何卒ご理解賜りますようお願い申し上げます。

関東建材センター株式会社 営業部
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="forward of a supplier's price-change notice: forwarded text, but nothing personal or marked in it",
))

# ======================================================================================
# con-092  meeting minutes with attendee names only
# ======================================================================================
add(dict(
    id="con-092",
    sender=IWASA,
    to=[SANKO], cc=[],
    subject="議事録：第8回 定例会議（川口本町三丁目）",
    charset="utf-8",
    body=f"""北条様

お世話になっております。岩佐です。
昨日の定例会議の議事録です。ご確認ください。

■日時　2026年10月20日（火）10:00〜11:20
■出席　三光工務店：北条様、長尾様
　　　　日の出産業：岩佐、佐久間
　　　　丸山設備工業：丸山様
■決定事項
　1. 2階床スラブ打設を10/28に確定（予備日10/30）
　2. 設備スリーブ図の最終版を10/23までに丸山設備工業様より提出
　3. 店舗部分のシャッター仕様は施主確認待ち（次回持ち越し）
■次回　10月27日（火）10:00〜

{SIG_IWASA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="minutes listing attendees by company and surname only: names with no other personal data",
))

# ======================================================================================
# con-093  NDA draft DOCX (no marking)
# ======================================================================================
add(dict(
    id="con-093",
    sender=MUNAKATA,
    to=["株式会社ライフデザイン開発 法務部 <houmu@lifedesign-dev.co.jp>"], cc=[],
    subject="秘密保持契約書（案）のご送付",
    charset="iso-2022-jp",
    body=f"""株式会社ライフデザイン開発
法務部 ご担当者様

お世話になっております。日の出産業の宗像です。
用地部の三枝様とお話ししておりました秘密保持契約書の弊社案をお送りいたします。
修正のご要望は変更履歴でお知らせいただけますと幸いです。

{SIG_MUNAKATA}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書(案)_ライフデザイン開発.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "株式会社ライフデザイン開発（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
                                 "さいたま市見沼区における共同開発の検討（以下「本目的」という。）に関し、次のとおり契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、開示当事者が相手方に開示する技術上又は営業上の情報であって、"
                                 "開示の際に秘密である旨を明示したものをいう。",
                                 "第2条（秘密保持）受領当事者は、秘密情報を本目的以外に使用せず、第三者に開示してはならない。",
                                 "第5条（有効期間）本契約の有効期間は、締結日から2年間とする。"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="draft NDA DOCX: defines 秘密情報 but is not itself stamped; no personal data",
))

# ======================================================================================
# con-094  a genuinely different company whose name shares a word with a partner
# ======================================================================================
add(dict(
    id="con-094",
    sender=SARU,
    to=["青葉建設 工事部 村井様 <murai@aoba-kensetsu.co.jp>"], cc=[],
    subject="JV協定書の件（上尾市 公共工事）",
    charset="utf-8",
    body=f"""青葉建設株式会社
工事部 村井様

お世話になっております。日の出産業 積算課の猿渡です。
上尾市の入札案件について、共同企業体（JV）の結成に向けた協定書案を検討しております。

  案件：上尾市立原市中学校 校舎耐震改修工事
  出資比率（案）：日の出産業 60% ／ 青葉建設 40%
  代表者：日の出産業株式会社
  入札予定日：2026年12月8日

詳細は来週の打合せでご相談させてください。

{SIG_SARU}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aoba-kensetsu.co.jp is a different construction firm, not a look-alike of aoba-unyu.co.jp",
))

# ======================================================================================
# con-095  My Numbers, internal only
# ======================================================================================
_c = crew("095", 6, ymin=1958, ymax=1990)
add(dict(
    id="con-095",
    sender=ANZAI,
    to=["経理部 <keiri@hinode-sangyo.co.jp>"], cc=[],
    subject="【個人番号】一人親方 支払調書用（6名）",
    charset="utf-8",
    body="経理部 ご担当者様\n\n業務課の安西です。支払調書作成用に、一人親方6名の個人番号を回収しましたので共有します。\n"
         "番号確認・身元確認は済んでいます。\n\n"
         + "\n".join(f"{p['name']}\t{p['addr']}\t{my_number(9500 + i)}" for i, p in enumerate(_c))
         + "\n\n原本の写しは総務の金庫に保管しています。\n\n安西\n",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=[],
    note="six My Numbers with names and addresses, but sent only to the internal accounting department",
))

# ======================================================================================
# con-096  EITHER: award list (names + companies) to the printer
# ======================================================================================
_c = crew("096", 8, ymin=1960, ymax=1990)
_cos = ["九鬼工業", "吉沢鳶工業", "丸山設備工業", "川崎電機", "金森塗装", "泉左官工業", "早瀬基礎工業", "日の出産業"]
add(dict(
    id="con-096",
    sender=DOMON,
    to=["錦印刷 営業部 有村様 <arimura@nishiki-insatsu.co.jp>"], cc=[],
    subject="安全大会 表彰状の印刷（8名分）",
    charset="utf-8",
    body=f"""有村様

いつもお世話になっております。日の出産業の土門です。
11/7の安全大会で授与する表彰状の印刷をお願いします。
受賞者の一覧をPDFで添付しました。賞状用紙は前回と同じものでお願いします。

{SIG_DOMON}
""",
    attachments=[{"kind": "pdf", "name": "表彰者一覧_2026秋.pdf",
                  "lines": ["令和8年度 秋の安全大会 表彰者一覧"],
                  "table": [["賞", "会社名", "氏名", "無災害年数"]] +
                           [[("優良職長賞" if i < 3 else "無災害賞"), co, p["name"], f"{5 + i * 2}年"] for i, (co, p) in enumerate(zip(_cos, _c))]}],
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="8 award winners with their employers and years without accident: people's names with light attributes — borderline",
))

# ======================================================================================
# con-097  residents in Bcc on free mail (correct use)
# ======================================================================================
add(dict(
    id="con-097",
    sender=IWASA,
    to=["大和田町現場事務所 <owada-genba@hinode-sangyo.co.jp>"], cc=[],
    bcc=["m.kutsukake55@yahoo.co.jp", "hiruta-family@gmail.com", "yoshie.awano@icloud.com",
         "tsuge.shigeru@ezweb.ne.jp", "kira-kazuko@outlook.jp"],
    subject="【工事のお知らせ】11/12（木）コンクリート打設に伴う車両通行について",
    charset="iso-2022-jp",
    body="""近隣の皆様
（メール配信をご希望いただいた方へ、BCCでお送りしております）

いつも工事へのご理解とご協力をいただき、誠にありがとうございます。
11月12日（木）7:30〜16:00頃まで、5階床のコンクリート打設を行います。
当日はミキサー車の出入りが多くなりますので、市道東側に誘導員を4名配置いたします。

ご迷惑をおかけしますが、よろしくお願いいたします。

日の出産業株式会社　大和田町現場事務所
TEL 048-688-3321（平日 8:00〜18:00）
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="notice to residents on free-mail addresses, correctly in Bcc; no personal data in the text",
))

# ======================================================================================
# con-098  reply quoting a tenant list under 差出人:/送信日時:
# ======================================================================================
_c = crew("098", 7, ymin=1950, ymax=2000, female=0.4)
add(dict(
    id="con-098",
    sender=KIRYU,
    to=["東日本防災設備 点検課 <tenken@higashinihon-bousai.co.jp>"], cc=[],
    subject="RE: 消防設備点検（11/14）　再訪日のご連絡",
    charset="utf-8",
    body="点検課 ご担当者様\n\nご連絡ありがとうございます。再訪日、承知いたしました。\n"
         "当日は管理事務所で鍵の貸し出しにも対応いたします。\n\n桐生\n\n"
         "差出人: 東日本防災設備 点検課 <tenken@higashinihon-bousai.co.jp>\n"
         "送信日時: 2026年10月21日 16:47\n"
         "宛先: 桐生 沙織 <s.kiryu@hinode-sangyo.co.jp>\n"
         "件名: 消防設備点検（11/14）　再訪日のご連絡\n\n"
         "桐生様\n\n不在だった下記の方と再訪日を調整しました。\n\n"
         + "\n".join(f"{(i // 4) + 1}0{(i % 4) + 1}号室 {p['name']}様（{p['mobile']}）→ 11/{18 + i % 3} {['午前', '午後'][i % 2]}" for i, p in enumerate(_c))
         + "\n\n東日本防災設備 点検課\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply whose tenant list (7 names and phones) is only in the quoted message under 差出人:/送信日時:",
))

# ======================================================================================
# con-099  delivery arrangements with the real partner, staff contact only
# ======================================================================================
add(dict(
    id="con-099",
    sender=SAKUMA,
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"], cc=[],
    subject="11/5 鉄骨搬入の件（越谷倉庫）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 配車センター 御中

お世話になっております。日の出産業の佐久間です。
11/5（木）の鉄骨搬入の件、当日の現場側の窓口をお知らせします。

  搬入場所：越谷市蒲生寿町18-7 越谷倉庫 東ゲート
  到着時刻：7:45（トレーラー2台、10分間隔）
  現場窓口：工事主任 釘宮（現場事務所 048-985-4412）

ドライバーの方には、到着10分前に現場事務所へお電話いただくようお伝えください。
受注番号：AU-2611-0087

{SIG_SAKUMA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="delivery arrangements with the real aoba-unyu.co.jp: site address, staff surname and site-office phone only",
))

# ======================================================================================
# con-100  competitive-bid documents to the city with the corporate number
# ======================================================================================
add(dict(
    id="con-100",
    sender=ANZAI,
    to=["上尾市 契約検査課 <keiyaku@city.ageo-minami.lg.jp>"], cc=[],
    subject="入札参加資格審査申請書類の提出について",
    charset="iso-2022-jp",
    body=f"""上尾市 契約検査課 御中

いつもお世話になっております。日の出産業株式会社 業務課の安西でございます。
令和9・10年度 建設工事入札参加資格の申請書類を提出いたします。

  商号：日の出産業株式会社
  法人番号：{corp_number('030001048217')}
  建設業許可：埼玉県知事（特-5）第28841号
  経営事項審査 総合評定値：建築一式 912点／土木一式 845点
  所在地：さいたま市大宮区桜木町4-218

添付書類は窓口へ持参のうえ、原本を提出いたします。

{SIG_ANZAI_ISO}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="bid qualification application to the city with the company's corporate number and licence: business data",
))
