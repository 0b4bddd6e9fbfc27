"""Blind corpus, area: dojo — a martial-arts and children's sports dojo chain.

日の出産業株式会社 スポーツ事業部 runs 「ひので武道アカデミー」 (karate, judo, kendo and a
kids' gymnastics class) in several dojos: members including children and their guardians,
grading examinations (昇級・昇段審査), injuries in practice, tournament entries with
federations, sports insurance, monthly fees (月謝) collected by bank transfer.

Every person, number, address and organisation outside the brief is invented; all My
Numbers and card numbers come from the helpers in build.py.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import datetime as _dt
import random

from build import card_number, my_number

SEED = 15501
rng = random.Random(SEED)

_counter = SEED


def _next_n() -> int:
    global _counter
    n = _counter
    _counter += 1
    return n


def MN() -> str:
    return my_number(_next_n())


def CARD() -> str:
    return card_number(_next_n())


# -- invented people -----------------------------------------------------------------

SURNAMES = [
    ("佐々木", "ささき", "Sasaki"), ("高橋", "たかはし", "Takahashi"), ("四十物", "あいもの", "Aimono"),
    ("東海林", "しょうじ", "Shoji"), ("勅使河原", "てしがわら", "Teshigawara"),
    ("小鳥遊", "たかなし", "Takanashi"), ("五十嵐", "いがらし", "Igarashi"),
    ("薬師寺", "やくしじ", "Yakushiji"), ("鬼頭", "きとう", "Kito"), ("栗栖", "くりす", "Kurisu"),
    ("百目鬼", "どうめき", "Domeki"), ("久我", "くが", "Kuga"), ("戸叶", "とかの", "Tokano"),
    ("長谷部", "はせべ", "Hasebe"), ("宇佐美", "うさみ", "Usami"), ("上遠野", "かどの", "Kadono"),
    ("菅生", "すごう", "Sugo"), ("渡部", "わたなべ", "Watanabe"), ("中村", "なかむら", "Nakamura"),
    ("伊藤", "いとう", "Ito"), ("山口", "やまぐち", "Yamaguchi"), ("小林", "こばやし", "Kobayashi"),
    ("森本", "もりもと", "Morimoto"), ("安達", "あだち", "Adachi"), ("水野", "みずの", "Mizuno"),
    ("樋口", "ひぐち", "Higuchi"), ("大和田", "おおわだ", "Owada"), ("比嘉", "ひが", "Higa"),
    ("金城", "きんじょう", "Kinjo"), ("真壁", "まかべ", "Makabe"), ("一ノ瀬", "いちのせ", "Ichinose"),
    ("猪狩", "いがり", "Igari"), ("鮫島", "さめじま", "Samejima"), ("荻野", "おぎの", "Ogino"),
    ("千葉", "ちば", "Chiba"), ("藤枝", "ふじえだ", "Fujieda"), ("相馬", "そうま", "Soma"),
    ("堀之内", "ほりのうち", "Horinouchi"), ("柘植", "つげ", "Tsuge"), ("日比野", "ひびの", "Hibino"),
    ("来栖", "くるす", "Kurusu"), ("桑原", "くわばら", "Kuwabara"), ("丹羽", "にわ", "Niwa"),
    ("須藤", "すどう", "Sudo"), ("矢作", "やはぎ", "Yahagi"), ("梶", "かじ", "Kaji"),
]
BOYS = [("陽翔", "はると", "Haruto"), ("蒼", "あおい", "Aoi"), ("湊", "みなと", "Minato"),
        ("蓮", "れん", "Ren"), ("樹", "いつき", "Itsuki"), ("悠真", "ゆうま", "Yuma"),
        ("大和", "やまと", "Yamato"), ("颯太", "そうた", "Sota"), ("律", "りつ", "Ritsu"),
        ("暖", "だん", "Dan"), ("朝陽", "あさひ", "Asahi"), ("碧斗", "あおと", "Aoto"),
        ("虎太郎", "こたろう", "Kotaro"), ("健心", "けんしん", "Kenshin"), ("隼", "しゅん", "Shun")]
GIRLS = [("陽葵", "ひまり", "Himari"), ("凛", "りん", "Rin"), ("結菜", "ゆいな", "Yuina"),
         ("芽依", "めい", "Mei"), ("紬", "つむぎ", "Tsumugi"), ("咲良", "さくら", "Sakura"),
         ("心春", "こはる", "Koharu"), ("葵", "あおい", "Aoi"), ("澪", "みお", "Mio"),
         ("琴音", "ことね", "Kotone"), ("杏", "あん", "An"), ("美羽", "みう", "Miu"),
         ("千紘", "ちひろ", "Chihiro"), ("灯", "あかり", "Akari")]
ADULT_M = [("健一", "けんいち", "Kenichi"), ("浩二", "こうじ", "Koji"), ("誠", "まこと", "Makoto"),
           ("隆之", "たかゆき", "Takayuki"), ("崇", "たかし", "Takashi"), ("和也", "かずや", "Kazuya"),
           ("英樹", "ひでき", "Hideki"), ("俊介", "しゅんすけ", "Shunsuke"), ("正道", "まさみち", "Masamichi")]
ADULT_F = [("真理子", "まりこ", "Mariko"), ("直美", "なおみ", "Naomi"), ("由紀", "ゆき", "Yuki"),
           ("恵美", "えみ", "Emi"), ("智子", "ともこ", "Tomoko"), ("裕子", "ゆうこ", "Yuko"),
           ("亜希子", "あきこ", "Akiko"), ("香織", "かおり", "Kaori"), ("さおり", "さおり", "Saori")]

AREAS = [
    ("神奈川県横浜市港北区", ["日吉本町", "綱島西", "大倉山", "菊名", "高田東", "新吉田町"], "223"),
    ("神奈川県横浜市都筑区", ["中川", "茅ケ崎中央", "北山田"], "224"),
    ("埼玉県川口市", ["芝新町", "戸塚東", "本町", "幸町", "元郷"], "332"),
    ("埼玉県さいたま市南区", ["別所", "辻", "沼影"], "336"),
    ("千葉県船橋市", ["前原西", "本町", "習志野台", "二和東", "夏見"], "273"),
    ("東京都町田市", ["原町田", "成瀬が丘", "小山町", "鶴間"], "194"),
    ("東京都世田谷区", ["砧", "上野毛", "用賀"], "158"),
]
BUILDINGS = ["", "", "", "", " グランメゾン桜 305", " コーポ白樺 2F", " パークハイツ 1102",
             " サンライズ第二 204", " メゾン若葉 B-101"]


def _dob(lo: int, hi: int) -> _dt.date:
    start = _dt.date(lo, 1, 1).toordinal()
    end = _dt.date(hi, 12, 28).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


def grade(d: _dt.date, year: int = 2026) -> str:
    bsy = d.year if (d.month, d.day) >= (4, 2) else d.year - 1
    g = year - bsy - 6
    if g <= 0:
        return "年長" if g == 0 else "年中"
    if g <= 6:
        return f"小{g}"
    if g <= 9:
        return f"中{g - 6}"
    return f"高{g - 9}"


def person(kind: str = "child", used: set | None = None, sex: str | None = None) -> dict:
    """kind: child (born 2011-2019) or adult (born 1962-1995)."""
    used = used if used is not None else set()
    while True:
        s = rng.choice(SURNAMES)
        if s[0] not in used:
            break
    used.add(s[0])
    sex = sex or rng.choice("MF")
    if kind == "child":
        g = rng.choice(BOYS if sex == "M" else GIRLS)
        d = _dob(2011, 2019)
    else:
        g = rng.choice(ADULT_M if sex == "M" else ADULT_F)
        d = _dob(1962, 1995)
    return {"sei": s[0], "mei": g[0], "sei_k": s[1], "mei_k": g[1], "sei_r": s[2],
            "mei_r": g[2], "sex": sex, "dob": d,
            "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
            "kata": _kata(f"{s[1]} {g[1]}"), "romaji": f"{g[2]} {s[2].upper()}"}


def people(n: int, kind: str = "child", sex: str | None = None) -> list[dict]:
    used: set = set()
    return [person(kind, used, sex) for _ in range(n)]


def _kata(h: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in h)


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def landline(area: int | None = None) -> str:
    codes = ["045-5", "045-9", "048-2", "048-8", "047-4", "042-7", "03-3"]
    code = codes[area] if area is not None else rng.choice(codes)
    if code.startswith("03"):
        return f"03-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    return f"{code}{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def address(area: int | None = None, hyphen: bool | None = None) -> str:
    pc, towns, _ = AREAS[area if area is not None else rng.randrange(len(AREAS))]
    town = rng.choice(towns)
    a, b, c = rng.randint(1, 5), rng.randint(1, 28), rng.randint(1, 19)
    if hyphen if hyphen is not None else rng.random() < 0.6:
        tail = f"{a}-{b}-{c}"
    else:
        tail = f"{a}丁目{b}番{c}号"
    return f"{pc}{town}{tail}{rng.choice(BUILDINGS)}"


def postal(area: int | None = None) -> str:
    p = AREAS[area if area is not None else rng.randrange(len(AREAS))][2]
    return f"{p}-{rng.randint(0, 99):04d}"


def account() -> str:
    return f"{rng.randint(1000000, 9999999)}"


def seireki(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    ys = "元" if y == 1 else str(y)
    return f"{era}{ys}年{d.month}月{d.day}日"


_ZEN = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def pad(s: str, width: int) -> str:
    """Pad to a display width (full-width characters count 2)."""
    w = sum(2 if ord(c) > 0x2E7F else 1 for c in s)
    return s + " " * max(width - w, 0)


# -- the organisation ----------------------------------------------------------------

DOMAIN = "hinode-sangyo.co.jp"

MATSUOKA = "松岡 隆 <matsuoka@hinode-sangyo.co.jp>"
MURASE = "村瀬 千尋 <c-murase@hinode-sangyo.co.jp>"
OTSUKA = "大塚 美紀 <m-otsuka@hinode-sangyo.co.jp>"
KURODA = "黒田 剛志 <kuroda.tsuyoshi@hinode-sangyo.co.jp>"
KAWABATA = "川端 悠 <yu.kawabata@hinode-sangyo.co.jp>"
TODO = "藤堂 健 <todo.ken@hinode-sangyo.co.jp>"
ISHIGURO = "石黒 拓海 <t-ishiguro@hinode-sangyo.co.jp>"
HAMANO = "浜野 さやか <hamano@hinode-sangyo.co.jp>"
MIYOSHI = "三好 亜紀 <a-miyoshi@hinode-sangyo.co.jp>"
IWABUCHI = "岩渕 誠 <iwabuchi@hinode-sangyo.co.jp>"
SAIONJI = "西園寺 薫 <saionji@hinode-sangyo.co.jp>"
NONOMURA = "野々村 杏 <nonomura@hinode-sangyo.co.jp>"

HQ_ADDR = "〒222-0033 神奈川県横浜市港北区新横浜3-8-11 日の出ビル5F"

SIG_MATSUOKA = f"""
--------------------------------------------------
日の出産業株式会社 スポーツ事業部
ひので武道アカデミー 本部事務局 事務局長
松岡 隆（まつおか たかし）
{HQ_ADDR}
TEL 045-474-2210 / FAX 045-474-2211
matsuoka@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_MURASE = f"""
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
ひので武道アカデミー 会員管理課
村瀬 千尋 Chihiro Murase
日の出産業株式会社 スポーツ事業部
{HQ_ADDR}
TEL：045-474-2213（平日10:00〜18:00）
Mail：c-murase@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_OTSUKA = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 スポーツ事業部 経理担当
大塚 美紀
TEL 045-474-2215（直通）
m-otsuka@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_KURODA = """
―――――――――――――――――
ひので武道アカデミー 港北道場 道場長
空手道 師範 黒田 剛志
〒223-0062 神奈川県横浜市港北区日吉本町1-22-5 日の出日吉ビル2F
道場TEL 045-564-3380
―――――――――――――――――"""

SIG_KAWABATA = f"""
--
川端 悠（Yu Kawabata）
日の出産業株式会社 スポーツ事業部 安全管理・保険担当
{HQ_ADDR}
TEL 045-474-2218  携帯 080-3921-5570
"""

SIG_TODO = f"""
==============================
ひので武道アカデミー 大会・審査担当
藤堂 健 (Ken Todo)
日の出産業株式会社 スポーツ事業部
{HQ_ADDR}
TEL 045-474-2219
==============================="""

SIG_ISHIGURO = """
--
石黒 拓海 / Takumi Ishiguro
日の出産業株式会社 情報システム部
内線 2307 / 045-474-2307
"""

SIG_HAMANO = f"""
******************************
日の出産業株式会社 スポーツ事業部 総務
浜野 さやか
{HQ_ADDR}
TEL 045-474-2212 FAX 045-474-2211
******************************"""

SIG_MIYOSHI = """
ひので武道アカデミー 川口道場
指導員 三好 亜紀
〒332-0034 埼玉県川口市並木2-5-14 日の出川口ビル1F
TEL 048-253-7710（道場・稽古時間中は出られないことがあります）"""

SIG_IWABUCHI = """
----
ひので武道アカデミー 船橋道場 道場長（柔道 五段）
岩渕 誠
〒273-0005 千葉県船橋市本町4-31-2 日の出船橋ビル3F
TEL 047-432-6651"""

SIG_SAIONJI = f"""
_______________________________________
西園寺 薫  Kaoru Saionji
日の出産業株式会社 スポーツ事業部 営業企画課
{HQ_ADDR}
TEL 045-474-2220 / saionji@hinode-sangyo.co.jp
_______________________________________"""

SIG_NONOMURA = """
ひので武道アカデミー キッズ体操クラス（町田道場）
コーチ 野々村 杏
〒194-0013 東京都町田市原町田6-9-1 日の出町田ビル4F
TEL 042-728-4402"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# ======================================================================================
# 001 stop — 昇級審査の受審者名簿, spaces-padded columns in the body, to a federation
_p = people(8)
_dojos = ["港北", "港北", "川口", "港北", "船橋", "川口", "町田", "港北"]
_kyu = ["8級", "7級", "7級", "6級", "5級", "5級", "4級", "3級"]
_rows = "\n".join(
    f"{i + 1:>2}  {pad(p['name'], 14)}{pad(p['kana'], 22)}{seireki(p['dob'])}  {pad(_dojos[i], 6)}{pad(_kyu[i], 6)}"
    for i, p in enumerate(_p))
add(
    expect="stop",
    sender=TODO,
    to=["関東少年空手道連盟 審査部 <shinsa@kanto-shonen-karate.or.jp>"],
    subject="【ひので武道アカデミー】10月度 昇級審査 受審者名簿の送付",
    charset="iso-2022-jp",
    body=f"""関東少年空手道連盟 審査部
ご担当者様

いつもお世話になっております。
ひので武道アカデミーの藤堂です。

10月19日（日）実施の少年部昇級審査につきまして、当会の受審者名簿をお送りいたします。
審査料は受審者数分を10月10日までにお振込みいたします。

No  氏名          ふりがな              生年月日    道場  現級
--------------------------------------------------------------------------
{_rows}

※町田道場の1名は帯の色が一段飛ぶため、事前に黒田師範より確認書を提出予定です。

ご確認のほど、よろしくお願いいたします。
{SIG_TODO}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="8 children's names with dates of birth in padded columns to an external federation: a list of people",
)

# 002 pass — 月謝口座振替の結果CSV, all recipients internal
_p = people(14, "adult")
_rows = [["会員番号", "保護者氏名（カナ）", "金融機関", "支店", "種目", "口座番号", "振替額", "結果"]]
for i, p in enumerate(_p):
    _rows.append([f"KH-{2023 + i % 3}-{rng.randint(100, 999):04d}", p["kata"], "みどり銀行",
                  rng.choice(["日吉支店", "綱島支店", "川口駅前支店", "船橋支店"]), "普通", account(),
                  rng.choice(["8800", "9900", "12100", "8800"]),
                  "振替済" if i not in (3, 11) else "資金不足"])
add(
    expect="pass",
    sender=OTSUKA,
    to=[MURASE],
    cc=[KURODA, IWABUCHI],
    subject="9月分 月謝口座振替結果（不能2件あり）",
    charset="cp932",
    body=f"""村瀬さん
（cc：黒田道場長、岩渕道場長）

お疲れさまです。経理の大塚です。
9月27日振替分の結果データが銀行から戻りましたので共有します。
資金不足で不能となった方が2件あります（CSVの「結果」列をご確認ください）。
再振替は10月27日に合わせて行いますので、道場で保護者の方にお声がけいただけると助かります。

不能分の現金でのお支払いを受けた場合は、領収書控えを本部に回してください。
{SIG_OTSUKA}""",
    attachments=[{"kind": "csv", "name": "furikae_kekka_202609.csv", "encoding": "cp932", "rows": _rows}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="guardians' bank accounts in a CSV, but every recipient is internal",
)

# 003 stop — look-alike of the partner bank (letter added)
add(
    expect="stop",
    sender=OTSUKA,
    to=["みどり銀行 法人営業部 <shuno@midori-ginkou.co.jp>"],
    subject="Re: 口座振替の引落日変更について",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
収納サービス担当 御中

いつも大変お世話になっております。日の出産業の大塚でございます。

先日お電話でご相談いたしました、月謝の口座振替日の件です。
来年1月分より、引落日を毎月27日から毎月6日へ変更したく存じます。
委託者コード（0038-2214）に変更はございません。

つきましては、変更届の様式と、データ伝送の締切日の一覧をお送りいただけますでしょうか。
年末年始の締切についても併せてご教示いただけますと幸いです。

何卒よろしくお願い申し上げます。
{SIG_OTSUKA}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp is a look-alike (letter added) of the partner bank midori-ginko.co.jp",
)

# 004 pass — ordinary question about a tournament's rules, one external organisation
add(
    expect="pass",
    sender=IWABUCHI,
    to=["全国柔道振興会 大会事務局 <taikai@judo-shinkokai.or.jp>"],
    subject="第12回全国少年柔道錬成大会 要項についての質問",
    charset="iso-2022-jp",
    body=f"""全国柔道振興会 大会事務局 御中

いつもお世話になっております。
ひので武道アカデミー船橋道場の岩渕でございます。

第12回全国少年柔道錬成大会の要項を拝見し、2点確認させてください。

1. 小学4年生の部の体重区分について、計量は前日計量のみでしょうか、当日計量もございますか。
2. 団体戦は、同一法人の別道場の選手で混成チームを組むことは可能でしょうか。
   （当会は船橋・港北・川口の3道場がございます）

申込締切が11月7日と伺っておりますので、お手数ですが早めにご回答いただけますと幸いです。
よろしくお願いいたします。
{SIG_IWABUCHI}""",
    entities=[],
    detectors=[],
    note="ordinary question to one federation, no personal data",
)

# 005 stop — one child's injury, diagnosis and 和暦 birthday (full-width) to the sports insurer
_c = person("child", sex="M")
add(
    expect="stop",
    sender=KAWABATA,
    to=["スポーツあんしん共済会 事故受付センター <jiko@sports-anshin.or.jp>"],
    subject="傷害事故発生のご報告（団体番号 SA-447021）",
    charset="cp932",
    body=f"""スポーツあんしん共済会
事故受付センター ご担当者様

お世話になっております。ひので武道アカデミー（日の出産業株式会社）の川端です。
本日、稽古中に下記の事故が発生しましたのでご報告いたします。

■団体番号　　　ＳＡ－４４７０２１
■被保険者氏名　{_c['name']}（{_c['kana']}）
■生年月日　　　{zen(wareki(_c['dob']))}
■事故日時　　　令和８年９月１４日（月）１８時２０分ごろ
■事故場所　　　港北道場（横浜市港北区日吉本町）
■事故状況　　　組手稽古中、相手の前蹴りを受けた際に転倒し左肩を床に強打
■傷病名　　　　左鎖骨骨折（全治約６週間の見込み）
■受診先　　　　日吉中央整形外科クリニック

保護者の方には請求書類一式を郵送する旨ご説明済みです。
追加で必要な書類がございましたらご指示ください。
{SIG_KAWABATA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one identifiable child's diagnosis (要配慮個人情報) with birth date, sent to an external insurer",
)

# 006 pass — HTML newsletter to guardians, all of them in Bcc
add(
    expect="pass",
    sender=HAMANO,
    to=["ひので武道アカデミー 本部事務局 <hamano@hinode-sangyo.co.jp>"],
    bcc=["m.takanashi.1984@gmail.com", "kito-family@yahoo.co.jp", "sugo.naomi@icloud.com",
         "haru-mama0715@docomo.ne.jp", "r.yahagi@outlook.jp", "kadono_h@ezweb.ne.jp"],
    subject="【ひので武道アカデミー】道場だより 10月号",
    charset="utf-8",
    html="""<html><body style="font-family:sans-serif">
<p>保護者の皆さま</p>
<p>いつもひので武道アカデミーの活動にご理解とご協力をいただき、ありがとうございます。<br>
10月の道場だよりをお届けします。</p>
<h3>10月の主な行事</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>日付</th><th>行事</th><th>会場</th></tr>
<tr><td>10/5（日）</td><td>秋季合同稽古</td><td>港北道場</td></tr>
<tr><td>10/19（日）</td><td>少年部 昇級審査</td><td>横浜市港北スポーツセンター</td></tr>
<tr><td>10/26（日）</td><td>キッズ体操 発表会</td><td>町田道場</td></tr>
</table>
<h3>月謝口座振替日のお知らせ</h3>
<p>10月分の月謝は <b>10月27日（月）</b> にご指定の口座から振替となります。前日までに残高のご確認をお願いいたします。</p>
<h3>熱中症・けが予防について</h3>
<p>まだ暑い日が続きます。水筒は必ずお持たせください。体調のすぐれない日は無理をせずお休みください。</p>
<p>※本メールは送信専用アドレスから一斉送信（BCC）しております。</p>
<p>ひので武道アカデミー 本部事務局<br>TEL 045-474-2212（平日10:00〜18:00）</p>
</body></html>""",
    entities=[],
    detectors=["freemail_recipient"],
    note="newsletter; the guardians' free-mail addresses are all in Bcc, no personal data",
)

# 007 stop — tournament entry XLSX with two sheets and a title row, 和暦 short birthdays
_boys, _girls = people(7, sex="M"), people(6, sex="F")


def _entry_sheet(title: str, ps: list[dict]) -> list[list]:
    rows: list[list] = [[title], [], ["No", "選手氏名", "フリガナ", "生年月日", "学年", "体重(kg)", "階級", "保護者緊急連絡先"]]
    for i, p in enumerate(ps, 1):
        w = round(rng.uniform(24, 52), 1)
        rows.append([i, p["name"], p["kata"], wareki(p["dob"], "short"), grade(p["dob"]), w,
                     f"{int(w // 5 * 5 + 5)}kg以下", mobile()])
    return rows


add(
    expect="stop",
    sender=IWABUCHI,
    to=["全国柔道振興会 大会事務局 <taikai@judo-shinkokai.or.jp>"],
    cc=[TODO],
    subject="【エントリー】第12回全国少年柔道錬成大会 ひので武道アカデミー船橋道場",
    charset="iso-2022-jp",
    body=f"""全国柔道振興会 大会事務局 御中

お世話になっております。ひので武道アカデミー船橋道場の岩渕です。
先日はご回答ありがとうございました。

第12回全国少年柔道錬成大会へのエントリー表を添付にてお送りいたします。
男子7名・女子6名、計13名です。シートを男女で分けております。
参加費は請求書到着後にお振込みいたします。

ご査収のほどよろしくお願いいたします。
{SIG_IWABUCHI}""",
    attachments=[{"kind": "xlsx", "name": "entry_funabashi_12th.xlsx",
                  "sheets": {"男子": _entry_sheet("第12回全国少年柔道錬成大会 エントリー表（男子）", _boys),
                             "女子": _entry_sheet("第12回全国少年柔道錬成大会 エントリー表（女子）", _girls)}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="13 athletes with birth dates and guardians' phones in an XLSX to a federation",
)

# 008 pass — talk about an NDA with the system partner
add(
    expect="pass",
    sender=ISHIGURO,
    to=["ツバサシステム 営業部 武井様 <takei@tsubasa-system.jp>"],
    subject="Re: 会員管理システム更改に伴う秘密保持契約書（案）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
営業部 武井様

お世話になっております。日の出産業 情報システム部の石黒です。

秘密保持契約書（案）をお送りいただきありがとうございました。
法務と確認し、以下の点について修正をお願いしたく存じます。

・第2条（機密情報の定義）：口頭で開示した情報も、開示後30日以内に書面で特定すれば
  機密情報に含まれる旨を追記いただきたい
・第7条（有効期間）：契約終了後の秘密保持義務の存続期間を3年から5年へ
・第9条：再委託先にも同等の義務を課す旨の明記

会員の個人情報をお預けする前提の契約となりますので、別途、個人情報の取扱いに関する
覚書も締結させていただく予定です。ひな形は当社から来週お送りします。

よろしくお願いいたします。
{SIG_ISHIGURO}
{DISC_JA}""",
    entities=[],
    detectors=[],
    note="mail about an NDA (機密保持契約) with a partner and the standard disclaimer: no marking, no data",
)

# 009 stop — five guardians on free mail all in To
add(
    expect="stop",
    sender=MIYOSHI,
    to=["m.takanashi.1984@gmail.com", "kito-family@yahoo.co.jp", "sugo.naomi@icloud.com",
        "haru-mama0715@docomo.ne.jp", "r.yahagi@outlook.jp"],
    subject="【川口道場】昇級審査の集合時間について",
    charset="iso-2022-jp",
    body=f"""保護者の皆さま

いつもお世話になっております。川口道場の三好です。
10月19日（日）の昇級審査の集合時間が決まりましたのでお知らせします。

・集合　8時40分　横浜市港北スポーツセンター 正面入口
・持ち物　道着、帯、水筒、上履き袋、審査料の領収書（受付で確認します）
・保護者の方は2階観覧席からご覧いただけます

ご不明な点がございましたら、このメールにご返信ください。
{SIG_MIYOSHI}""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="five private guardians can see each other's addresses in To: should have been Bcc",
)

# 010 stop — sports insurance enrolment CSV (CP932), katakana names, address, phone
_p = people(22)
_rows = [["団体番号", "SA-447021"], ["加入区分", "C（子ども・スポーツ活動）"], [],
         ["No", "フリガナ", "性別", "生年月日", "郵便番号", "住所", "電話番号", "加入口数"]]
for i, p in enumerate(_p, 1):
    ar = rng.randrange(len(AREAS))
    _rows.append([i, p["kata"], "男" if p["sex"] == "M" else "女", seireki(p["dob"], "-"),
                  postal(ar), address(ar), rng.choice([mobile(), landline(ar)]), 1])
add(
    expect="stop",
    sender=KAWABATA,
    to=["スポーツあんしん共済会 加入受付 <kanyu@sports-anshin.or.jp>"],
    subject="令和8年度 追加加入者名簿の送付（SA-447021）",
    charset="cp932",
    body=f"""スポーツあんしん共済会 加入受付ご担当者様

お世話になっております。日の出産業株式会社 スポーツ事業部の川端です。
9月入会者の追加加入分（22名）の名簿をCSVにてお送りします。
掛金は本日付でお振込みいたしました（振込名義：ヒノデサンギヨウ（カ））。

加入証の発行までに不備があればご連絡ください。
{SIG_KAWABATA}""",
    attachments=[{"kind": "csv", "name": "追加加入者名簿_202609.csv", "encoding": "cp932", "rows": _rows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="22 members' kana names, birth dates, addresses and phones in a CP932 CSV to the insurer",
)

# 011 pass — reply; the federation's own list is only quoted with ">"
_p = people(6)
_quoted = "\n".join(f"> {p['name']}（{grade(p['dob'])}）　生年月日 {seireki(p['dob'], '.')}　会員番号 KSK-{rng.randint(10000, 99999)}"
                    for p in _p)
add(
    expect="pass",
    sender=TODO,
    to=["関東少年空手道連盟 登録係 <toroku@kanto-shonen-karate.or.jp>"],
    subject="Re: 登録内容の確認のお願い（ひので武道アカデミー）",
    charset="iso-2022-jp",
    body=f"""関東少年空手道連盟 登録係
小野寺様

ご連絡ありがとうございます。藤堂です。
下記6名の登録内容、当会の台帳と照合しすべて相違ございませんでした。
このまま登録を進めていただけますようお願いいたします。
{SIG_TODO}

2026年9月22日 15:04 関東少年空手道連盟 登録係 <toroku@kanto-shonen-karate.or.jp>:
> ひので武道アカデミー
> 藤堂様
>
> いつもお世話になっております。連盟登録係の小野寺です。
> 今年度の新規登録のうち、以下の6名について生年月日の記載が申込書と
> 振込票で食い違っておりましたので、正しい内容をご確認ください。
>
{_quoted}
>
> よろしくお願いいたします。""",
    entities=[],
    detectors=[],
    note="the six records appear only in the quoted text of the federation's own mail; new text has none",
)

# 012 stop — 【社外秘】 stamped document in the body, to an outside labour consultant
add(
    expect="stop",
    sender=MATSUOKA,
    to=["中川社会保険労務士事務所 中川先生 <nakagawa@sr-nakagawa.jp>"],
    subject="指導員報酬規程の改定案について（ご相談）",
    charset="iso-2022-jp",
    body=f"""中川社会保険労務士事務所
中川先生

いつもお世話になっております。日の出産業の松岡です。
来年度からの指導員報酬の見直しについて、改定案を下記にまとめました。
業務委託と雇用の区分の観点からご意見をいただけますでしょうか。

┌──────────────────────────┐
│【社外秘】取扱区分：社外秘　管理番号 SP-2026-114 │
└──────────────────────────┘
ひので武道アカデミー 指導員報酬規程（改定案）

第3条（基本謝金）
　1コマ（60分）あたりの謝金を、師範 6,000円、指導員 4,000円、補助員 2,000円とする。
第4条（審査・大会手当）
　審査員として出務した場合、1日あたり8,000円を支給する。
第5条（交通費）
　実費を支給する。ただし1日あたり2,000円を上限とする。
第8条（契約形態）
　週20時間以上勤務する指導員については、雇用契約への切替を検討する。

以上、ご検討のほどよろしくお願いいたします。
{SIG_MATSUOKA}""",
    entities=[],
    detectors=["confidential_marking"],
    note="the document in the body is stamped 【社外秘】 and goes to an outside consultant",
)

# 013 pass — four referees' names and mobiles to a federation (fewer than five)
_r = people(4, "adult")
_ref = "\n".join(f"　{i}. {p['name']}（{['空手道四段', '空手道三段', '空手道五段', '空手道三段'][i - 1]}）　携帯 {mobile()}"
                 for i, p in enumerate(_r, 1))
add(
    expect="pass",
    sender=TODO,
    to=["関東少年空手道連盟 審判委員会 <shinpan@kanto-shonen-karate.or.jp>"],
    subject="秋季大会 審判員派遣のご連絡",
    charset="utf-8",
    body=f"""関東少年空手道連盟 審判委員会 御中

お世話になっております。ひので武道アカデミーの藤堂です。
11月3日の秋季大会に当会から派遣する審判員4名をご連絡します。
当日の連絡は各自の携帯へお願いいたします。

{_ref}

昼食は各自で用意いたします。よろしくお願いいたします。
{SIG_TODO}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four people's names and mobiles: under the five-person list threshold, may be warned",
)

# 014 stop — password ZIP (PPAP) of the member master to the system vendor
_p = people(10)
add(
    expect="stop",
    sender=ISHIGURO,
    to=["ツバサシステム 導入チーム <donyu@tsubasa-system.jp>"],
    subject="移行用会員データ送付の件",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
導入チーム ご担当者様

お世話になっております。日の出産業 情報システム部の石黒です。
新システムへの移行テスト用に、会員マスタの抽出データをお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールにてお送りします。

テスト完了後は速やかに削除をお願いいたします。
{SIG_ISHIGURO}""",
    attachments=[{"kind": "zip", "name": "member_master_20260920.zip", "password": "Hnd#2026test",
                  "files": [{"kind": "csv", "name": "member_master.csv", "encoding": "utf-8",
                             "rows": [["会員番号", "氏名", "生年月日", "電話"]] +
                             [[f"KH-{rng.randint(1000, 9999)}", p["name"], seireki(p["dob"]), mobile()] for p in _p]}]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP cannot be inspected",
)

# 015 pass — list of our own dojos (businesses) for a flyer
add(
    expect="pass",
    sender=SAIONJI,
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="秋の体験会チラシ 道場一覧の原稿",
    charset="cp932",
    body=f"""錦印刷株式会社 営業部
ご担当 片桐様

お世話になっております。日の出産業の西園寺です。
体験会チラシ裏面に掲載する道場一覧の原稿をお送りします。

道場名          住所                                          電話            種目
----------------------------------------------------------------------------------------
港北道場        横浜市港北区日吉本町1-22-5 日の出日吉ビル2F   045-564-3380    空手・柔道
川口道場        川口市並木2-5-14 日の出川口ビル1F             048-253-7710    空手・剣道
船橋道場        船橋市本町4-31-2 日の出船橋ビル3F             047-432-6651    柔道・空手
町田道場        町田市原町田6-9-1 日の出町田ビル4F            042-728-4402    空手・キッズ体操
大宮道場(準備中) さいたま市大宮区桜木町2-180                   開設準備室 048-640-3021  空手

※大宮道場は「2027年春オープン予定」と小さく入れてください。
初校は10月3日ごろいただけると助かります。
{SIG_SAIONJI}""",
    entities=[],
    detectors=[],
    note="list of the organisation's own dojos (business addresses and phones), not people",
)

# 016 stop — allergy list of children for the camp caterer, HTML-only table
_p = people(9)
_allergy = [("卵", "じんましん"), ("小麦", "軽度"), ("そば", "アナフィラキシー既往・エピペン携帯"),
            ("えび・かに", "口腔内のかゆみ"), ("乳", "加工品も不可"), ("落花生", "エピペン携帯"),
            ("キウイ", "軽度"), ("卵・乳", "医師の指示で除去食"), ("さば", "じんましん")]
_trs = "\n".join(f"<tr><td>{i}</td><td>{p['name']}</td><td>{grade(p['dob'])}</td><td>{a}</td><td>{s}</td></tr>"
                 for i, (p, (a, s)) in enumerate(zip(_p, _allergy), 1))
add(
    expect="stop",
    sender=NONOMURA,
    to=["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
    subject="夏季合宿 お弁当のアレルギー対応のお願い",
    charset="utf-8",
    html=f"""<html><body>
<p>北国フーズ株式会社<br>給食事業部 ご担当者様</p>
<p>お世話になっております。ひので武道アカデミーの野々村です。<br>
8月の合宿（3日間・昼食6食分）のお弁当について、アレルギー対応が必要な児童の一覧をお送りします。
個別にラベルを貼っていただけますようお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>No</th><th>氏名</th><th>学年</th><th>アレルゲン</th><th>症状・備考</th></tr>
{_trs}
</table>
<p>ご不明な点は野々村（042-728-4402）までお問い合わせください。</p>
</body></html>""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="nine named children with allergies and anaphylaxis history (health data) to an external caterer",
)

# 017 pass — internal injury report with diagnosis
_c = person("child", sex="F")
add(
    expect="pass",
    sender=MIYOSHI,
    to=[KAWABATA],
    cc=[MATSUOKA],
    subject="【事故報告】川口道場 9/18 稽古中の負傷",
    charset="iso-2022-jp",
    body=f"""川端さん
（cc 松岡事務局長）

お疲れさまです。川口道場の三好です。
本日の稽古中の負傷について、社内報告を上げます。

負傷者：{_c['name']}（{grade(_c['dob'])}、生年月日 {wareki(_c['dob'])}）
状況：受け身の練習中に右手をついてしまい、手首の痛みを訴えたため稽古を中止
受診：川口市立医療センター 整形外科
診断：右橈骨遠位端骨折、ギプス固定4週間
保護者対応：お母様に道場で経緯を説明し、保険請求の流れをお伝え済み

保険会社への事故報告はお任せしてよろしいでしょうか。
{SIG_MIYOSHI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="a child's diagnosis, but the mail stays inside hinode-sangyo.co.jp",
)

# 018 stop — three external instructors' My Numbers to the outside tax accountant
_ins = people(3, "adult")
_blocks = "\n\n".join(f"""【{i}】
氏名　　　：{p['name']}（{p['kana']}）
住所　　　：{address()}
個人番号　：{MN()}
年間支払額：{rng.choice(['384,000', '512,000', '268,000'])}円（源泉徴収税額 別記）"""
                      for i, p in enumerate(_ins, 1))
add(
    expect="stop",
    sender=OTSUKA,
    to=["大原税理士事務所 <office@ohara-tax.jp>"],
    subject="報酬の支払調書作成用データ（外部指導員3名分）",
    charset="iso-2022-jp",
    body=f"""大原税理士事務所
大原先生

お世話になっております。日の出産業の大塚です。
今年分の「報酬、料金、契約金及び賞金の支払調書」作成に必要な、外部指導員3名分の情報をお送りします。

{_blocks}

本人確認書類の写しは郵送いたします。
{SIG_OTSUKA}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="three people's My Numbers (個人番号) to an outside office",
)

# 019 pass — two external organisations in To/Cc: an ordinary three-way mail
add(
    expect="pass",
    sender=TODO,
    to=["横浜市港北スポーツセンター 施設係 <shisetsu@kohoku-sports.city-yokohama.jp>"],
    cc=["関東少年空手道連盟 事務局 <jimukyoku@kanto-shonen-karate.or.jp>"],
    subject="10/19 昇級審査 会場使用の打合せ日程",
    charset="iso-2022-jp",
    body=f"""横浜市港北スポーツセンター 施設係 御中
（cc：関東少年空手道連盟 事務局様）

お世話になっております。ひので武道アカデミーの藤堂です。
10月19日の昇級審査の会場設営について、三者で打合せをお願いできればと存じます。

候補日：
　・9月29日（火）14:00〜
　・9月30日（水）10:00〜
　・10月2日（金）15:00〜

場所はスポーツセンター会議室を想定しております。
マットの枚数、観覧席の開放範囲、駐車台数について確認させていただきたく存じます。

ご都合をお知らせください。
{SIG_TODO}""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc for a meeting: allowed",
)

# 020 stop — look-alike of the partner bus company (co. dropped)
add(
    expect="stop",
    sender=IWABUCHI,
    to=["青葉運輸 貸切バス予約センター <kashikiri@aoba-unyu.jp>"],
    subject="貸切バス予約（11/14 全国少年柔道錬成大会）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
貸切バス予約センター 御中

いつもお世話になっております。ひので武道アカデミー船橋道場の岩渕です。
下記の通り貸切バスの予約をお願いいたします。

・日程：11月14日（土）日帰り
・行程：船橋道場 6:30発 → 日本武道館（千代田区北の丸公園）→ 18:30 船橋道場着
・人数：選手13名、引率4名、保護者12名 計29名
・車種：中型バス1台（荷物室に防具袋30個程度）

お見積りをいただけますでしょうか。
{SIG_IWABUCHI}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu.jp drops the co. of the partner aoba-unyu.co.jp",
)

# 021 stop — tab-separated list without any name column
_p = people(7)
_lines = "\n".join(f"KH-{rng.randint(10000, 99999)}\t{seireki(p['dob'], '-')}\t{mobile()}\t{address(rng.randrange(2), True)}"
                   for p in _p)
add(
    expect="stop",
    sender=MURASE,
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="データ移行 エラー行の確認依頼",
    charset="utf-8",
    body=f"""ツバサシステム サポートご担当者様

お世話になっております。日の出産業 ひので武道アカデミー会員管理課の村瀬です。
移行テストで取込エラーになった行を貼り付けます（エラーログの行番号 214〜220 です）。
住所の番地表記が原因かと思うのですが、どの項目で弾かれているか見ていただけますか。

会員番号	生年月日	電話	住所
{_lines}

よろしくお願いいたします。
{SIG_MURASE}""",
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="seven members' birth dates, phones and addresses, no name column, to an external vendor",
)

# 022 pass — fee table for a partner's employee-benefit plan
add(
    expect="pass",
    sender=SAIONJI,
    to=["川崎電機 人事部 福利厚生課 <fukuri@kawasaki-denki.co.jp>"],
    subject="福利厚生メニュー 2027年度 月謝料金表",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
人事部 福利厚生課 御中

平素より大変お世話になっております。日の出産業 営業企画課の西園寺です。
2027年度の福利厚生メニュー掲載用の料金表をお送りいたします。

　コース　　　　　　　　　　　 通常月謝　　 法人会員価格
　――――――――――――――――――――――――――――――――
　キッズ空手（年中〜小2）　　　 8,800円　　　7,480円
　少年空手（小3〜中3）　　　　　9,900円　　　8,415円
　少年柔道　　　　　　　　　　　9,900円　　　8,415円
　キッズ体操　　　　　　　　　　8,250円　　　7,010円
　一般部（高校生以上）　　　　 12,100円　　 10,285円
　入会金　　　　　　　　　　　 11,000円　　　　 0円
　――――――――――――――――――――――――――――――――
　※税込。スポーツ保険料（年800円）は別途。

ご不明点がございましたらお知らせください。
{SIG_SAIONJI}""",
    entities=[],
    detectors=[],
    note="price list to a partner",
)

# 023 stop — rooming list in a DOCX table for the camp hotel
_p = people(14)
_tbl = [["部屋", "氏名", "性別", "学年", "保護者緊急連絡先"]]
for i, p in enumerate(sorted(_p, key=lambda x: x["sex"])):
    _tbl.append([f"{301 + i // 4}", p["name"], "男" if p["sex"] == "M" else "女", grade(p["dob"]), mobile()])
add(
    expect="stop",
    sender=KURODA,
    to=["さくらホテル 団体予約 <dantai@sakura-hotel.jp>"],
    subject="港北道場 夏合宿 部屋割り表",
    charset="iso-2022-jp",
    body=f"""さくらホテル 団体予約ご担当 松井様

お世話になっております。港北道場の黒田です。
8月の合宿の部屋割り表をお送りします。夜間に体調不良の子が出た場合に備え、
フロントで保護者の連絡先を把握しておいていただけると安心です。

引率者の部屋（305号室）は従来通りでお願いします。
{SIG_KURODA}""",
    attachments=[{"kind": "docx", "name": "部屋割り表_港北道場夏合宿.docx",
                  "paragraphs": ["港北道場 夏合宿 部屋割り表", "宿泊：8月7日〜8月9日（2泊）"],
                  "tables": [_tbl]}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="14 children with guardians' phones in a DOCX table to a hotel",
)

# 024 pass — reply to one guardian; her contact details are only in the quoted original
_g = person("adult", sex="F")
add(
    expect="pass",
    sender=MURASE,
    to=[f"{_g['name']} <{_g['mei_r'].lower()}.{_g['sei_r'].lower()}77@gmail.com>"],
    subject="RE: 住所変更のお届け",
    charset="iso-2022-jp",
    body=f"""{_g['sei']}様

ご連絡ありがとうございます。会員管理課の村瀬です。
住所変更の件、承りました。10月分の道場だよりから新しいご住所へお送りいたします。
引き続きよろしくお願いいたします。
{SIG_MURASE}

-----Original Message-----
From: {_g['name']} <{_g['mei_r'].lower()}.{_g['sei_r'].lower()}77@gmail.com>
Sent: Tuesday, September 15, 2026 9:12 PM
To: c-murase@hinode-sangyo.co.jp
Subject: 住所変更のお届け

ひので武道アカデミー 会員管理ご担当様

港北道場に通っております{_g['sei']}の母です。
引っ越しのため、住所と電話番号が変わりましたのでお知らせします。

新住所：〒{postal(0)} {address(0)}
電話：{mobile()}

よろしくお願いします。""",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one guardian; her address and phone are only in the quoted original",
)

# 025 stop — one child's asthma mentioned in a sentence to the hotel
_c = person("child", sex="M")
add(
    expect="stop",
    sender=KURODA,
    to=["さくらホテル 団体予約 <dantai@sakura-hotel.jp>"],
    subject="Re: 港北道場 夏合宿 部屋割り表",
    charset="iso-2022-jp",
    body=f"""さくらホテル 松井様

お世話になっております。黒田です。
一点お伝えし忘れておりました。参加者のうち{grade(_c['dob'])}の{_c['name']}くんは気管支喘息の持病があり、
発作時の吸入薬を持参します。ほこりで発作が出やすいとのことで、できれば302号室を
禁煙・空気清浄機付きのお部屋にしていただけますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。
{SIG_KURODA}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named child's chronic illness (要配慮個人情報) in a sentence to an external hotel",
)

# 026 pass — English mail to a foreign dojo about a seminar
add(
    expect="pass",
    sender=KURODA,
    to=["Budo Lyon - Secretariat <contact@budo-lyon.fr>"],
    subject="Karate seminar in Yokohama - schedule proposal",
    charset="utf-8",
    body=f"""Dear Mr. Girard,

Thank you for your kind reply and for your interest in visiting our dojo next spring.

We would be happy to host your group for a three-day seminar. Our proposal:

  Day 1 (Sat)  10:00-12:00  Kihon and kata (Kohoku dojo)
               14:00-16:00  Kumite drills with our senior students
  Day 2 (Sun)  09:30-12:00  Joint practice with the Kawaguchi dojo
  Day 3 (Mon)  10:00-11:30  Grading observation and closing ceremony

The seminar fee is JPY 15,000 per participant, including a training certificate.
Please let us know the approximate number of participants by the end of November so
that we can reserve the hall.

Best regards,

Tsuyoshi Kuroda
Head Instructor, Kohoku Dojo
Hinode Budo Academy (Hinode Sangyo Co., Ltd.)
1-22-5 Hiyoshi-honcho, Kohoku-ku, Yokohama 223-0062, Japan
Tel +81-45-564-3380
{DISC_EN}""",
    entities=[],
    detectors=[],
    note="ordinary English mail to a foreign partner with the standard disclaimer",
)

# 027 stop — romaji list with passport numbers for an overseas open tournament
_p = people(6)
_lines = "\n".join(f"{i}. {p['romaji']:<22} {('M' if p['sex'] == 'M' else 'F')}  {p['dob'].strftime('%d %b %Y'):<12}  "
                   f"Passport: T{rng.choice('KRSZ')}{rng.randint(1000000, 9999999)}  Exp. {rng.randint(2028, 2035)}-0{rng.randint(1, 9)}"
                   for i, p in enumerate(_p, 1))
add(
    expect="stop",
    sender=TODO,
    to=["Asia Karate Open Registration <entry@asia-karate-open.com>"],
    subject="Team entry - Hinode Budo Academy (Japan) - Junior Kumite",
    charset="utf-8",
    body=f"""Dear Organizing Committee,

Please find below the entry of Hinode Budo Academy for the Asia Karate Open 2027,
Junior Kumite division. Visa invitation letters will be required for all athletes.

Athletes (Name / Sex / Date of birth / Passport)
{_lines}

Team official: Ken Todo (coach)

Kind regards,
Ken Todo
Tournament Coordinator, Hinode Budo Academy
Hinode Sangyo Co., Ltd.  Tel +81-45-474-2219""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="six athletes with passport numbers and birth dates (romaji names) to an overseas organiser",
)

# 028 pass — three volunteer guardians with phones, to the venue
_v = people(3, "adult")
add(
    expect="pass",
    sender=TODO,
    to=["横浜市港北スポーツセンター 施設係 <shisetsu@kohoku-sports.city-yokohama.jp>"],
    subject="10/19 昇級審査 当日の駐車場誘導係について",
    charset="cp932",
    body=f"""横浜市港北スポーツセンター 施設係
清水様

お世話になっております。藤堂です。
先日の打合せでご依頼のありました、当日の駐車場誘導を担当する保護者ボランティアの
お名前と連絡先をお知らせします。

・{_v[0]['name']}　{mobile()}
・{_v[1]['name']}　{mobile()}
・{_v[2]['name']}　{mobile()}

7時45分に正面入口前に集合し、センター職員の方の指示に従います。
{SIG_TODO}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three people's phones to the venue: a short list below the threshold",
)

# 029 stop — corrupt XLSX
add(
    expect="stop",
    sender=MIYOSHI,
    to=["関東少年空手道連盟 審査部 <shinsa@kanto-shonen-karate.or.jp>"],
    subject="川口道場 審査申込書（再送）",
    charset="iso-2022-jp",
    body=f"""関東少年空手道連盟 審査部 御中

お世話になっております。川口道場の三好です。
先ほどお送りした申込書が開けないとのご連絡をいただき、再送いたします。
こちらでも一度保存し直しましたが、もし開けない場合はお電話ください。
{SIG_MIYOSHI}""",
    attachments=[{"kind": "corrupt", "name": "審査申込書_川口道場.xlsx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be read",
)

# 030 stop — direct-debit request data (UTF-8 CSV) to the partner bank
_p = people(12, "adult")
_rows = [["区分", "引落銀行番号", "引落支店番号", "預金種目", "口座番号", "預金者名", "引落金額", "顧客番号"]]
for p in _p:
    _rows.append(["2", "0938", rng.choice(["214", "221", "305", "412"]), "1", account(),
                  p["kata"].replace(" ", " "), rng.choice(["8800", "9900", "12100"]),
                  f"{rng.randint(10000000, 99999999)}"])
add(
    expect="stop",
    sender=OTSUKA,
    to=["みどり銀行 収納サービス <shuno@midori-ginko.co.jp>"],
    subject="10月分 口座振替依頼データ（委託者コード 0038-2214）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 収納サービス ご担当者様

お世話になっております。日の出産業の大塚です。
伝送システムが障害中のため、10月分の口座振替依頼データ（新規分12件）をメールにてお送りします。
既存分は復旧後に伝送いたします。

件数：12件
合計金額：添付のとおり
振替日：10月27日
{SIG_OTSUKA}""",
    attachments=[{"kind": "csv", "name": "furikae_irai_202610_shinki.csv", "encoding": "utf-8", "rows": _rows}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="twelve guardians' bank accounts in a CSV to the bank by mail",
)

# 031 pass — invoice to a partner with our T-number and the company account
_t = corp_number(f"{rng.randint(10 ** 11, 10 ** 12 - 1)}")
add(
    expect="pass",
    sender=OTSUKA,
    to=["川崎電機 人事部 福利厚生課 <fukuri@kawasaki-denki.co.jp>"],
    subject="【請求書】9月分 法人会員月謝（川崎電機様）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
人事部 福利厚生課 御中

お世話になっております。日の出産業の大塚です。
9月分の法人会員月謝のご請求をお送りいたします。

請求書番号　：INV-2026-09-0412
ご請求金額　：327,800円（税込）
お支払期限　：2026年10月31日
お振込先　　：みどり銀行 新横浜支店 普通 3318705 ヒノデサンギヨウ（カ）
適格請求書発行事業者登録番号：T{_t}

明細は添付のPDFをご確認ください。
{SIG_OTSUKA}""",
    attachments=[{"kind": "pdf", "name": "INV-2026-09-0412.pdf", "title": "請求書",
                  "lines": ["請求書", "川崎電機株式会社 御中", "請求書番号 INV-2026-09-0412",
                            f"登録番号 T{_t}", "", "法人会員月謝 9月分"],
                  "table": [["品目", "数量", "単価", "金額"],
                            ["少年空手 法人会員", "18", "8,415", "151,470"],
                            ["少年柔道 法人会員", "9", "8,415", "75,735"],
                            ["キッズ体操 法人会員", "11", "7,010", "77,110"],
                            ["小計", "", "", "304,315"], ["消費税", "", "", "23,485"],
                            ["合計", "", "", "327,800"]]}],
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice with the company's T-number and company bank account: business data only",
)

# 032 stop — three external organisations see each other in To/Cc
add(
    expect="stop",
    sender=KAWABATA,
    to=["関東少年空手道連盟 事務局 <jimukyoku@kanto-shonen-karate.or.jp>",
        "横浜市港北スポーツセンター 施設係 <shisetsu@kohoku-sports.city-yokohama.jp>"],
    cc=["東和損害保険 横浜支店 <yokohama@towa-sonpo.co.jp>"],
    subject="秋季大会 安全対策会議のご案内",
    charset="iso-2022-jp",
    body=f"""関係各位

お世話になっております。日の出産業 スポーツ事業部 安全管理担当の川端です。
11月3日の秋季大会に向けて、安全対策会議を下記の通り開催いたします。

日時：10月14日（水）15:00〜16:30
場所：横浜市港北スポーツセンター 第2会議室
議題：救護体制、AEDの配置、熱中症対策、事故発生時の保険手続きの流れ

ご出席の可否を10月9日までにお知らせください。
{SIG_KAWABATA}""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations in To/Cc can see each other",
)

# 033 stop — a guardian's card number relayed to the payment company
_g = person("adult", sex="F")
_card = CARD()
add(
    expect="stop",
    sender=MURASE,
    to=["ペイライン 加盟店サポート <kameiten@payline-kessai.co.jp>"],
    subject="月謝カード払い 登録代行のお願い（加盟店ID HN-30871）",
    charset="utf-8",
    body=f"""株式会社ペイライン 加盟店サポート ご担当者様

お世話になっております。ひので武道アカデミー会員管理課の村瀬です。
会員の保護者の方から、専用フォームがうまく使えないとのことで、お電話でカード情報を
お伺いしました。お手数ですが、継続課金への登録を代行していただけますでしょうか。

会員番号：KH-2025-0388
カード名義：{_g['romaji'].upper()}
カード番号：{_card[:4]} {_card[4:8]} {_card[8:12]} {_card[12:]}
有効期限：08/29
課金額：月額 9,900円（毎月5日）

よろしくお願いいたします。
{SIG_MURASE}""",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a guardian's credit card number sent to an outside company",
)

# 034 pass — order and tracking numbers for uniforms
add(
    expect="pass",
    sender=NONOMURA,
    to=["武道具のタナカ 通販部 <tsuhan@budougu-tanaka.co.jp>"],
    subject="Re: ご注文商品の発送について（注文番号 BT-558120）",
    charset="cp932",
    body=f"""武道具のタナカ 通販部 ご担当者様

発送のご連絡ありがとうございます。町田道場の野々村です。
下記2口の追跡番号、確認できました。到着しましたら検品いたします。

　注文番号 BT-558120　ヤマト 4821-7730-5516（道着 130cm×6、140cm×4）
　注文番号 BT-558121　ヤマト 4821-7730-5520（白帯 2号×10、黄帯 2号×5）

なお、次回発注分（BT-558300見積）の刺繍なしの道着は11月中旬納品で問題ございません。
{SIG_NONOMURA}""",
    entities=[],
    detectors=[],
    note="order and tracking numbers only",
)

# 035 stop — forward of a guardian's mail about her child's developmental disorder
_c = person("child", sex="M")
_g = person("adult", sex="F")
add(
    expect="stop",
    sender=NONOMURA,
    to=["こども運動療育ラボ 小田先生 <oda@kids-ryoiku.jp>"],
    subject="FW: 体操クラスでの配慮について",
    charset="iso-2022-jp",
    body=f"""小田先生

いつもアドバイスありがとうございます。町田道場の野々村です。
保護者の方から下記の相談をいただきました。次回の巡回指導の際に、クラスでの関わり方に
ついてご助言いただけますでしょうか。

---------- Forwarded message ----------
From: {_g['name']} <{_g['sei_r'].lower()}.{_g['mei_r'].lower()}@softbank.ne.jp>
Date: 2026年9月10日 22:41
Subject: 体操クラスでの配慮について
To: nonomura@hinode-sangyo.co.jp

野々村コーチ

いつもお世話になっております。{grade(_c['dob'])}の{_c['name']}の母です。
先月、発達外来で自閉スペクトラム症（ASD）と注意欠如・多動症の診断を受けました。
大きな音や急な予定変更が苦手で、順番待ちの時間に列から離れてしまうことがあります。
クラスでご迷惑をおかけしていないか心配しています。
何かあれば携帯（{mobile()}）にご連絡ください。

{_g['name']}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a forward: a named child's developmental-disorder diagnosis (要配慮) goes to an outside advisor",
)

# 036 pass — 社外秘 document, internal recipients only
add(
    expect="pass",
    sender=MATSUOKA,
    to=["道場長各位 <dojocho@hinode-sangyo.co.jp>"],
    cc=[SAIONJI, OTSUKA],
    subject="【社外秘】2027年度 月謝改定案（道場長会議資料）",
    charset="iso-2022-jp",
    body=f"""道場長各位

お疲れさまです。松岡です。
来週の道場長会議の資料を添付します。社外秘ですので、取扱いにご注意ください。
会議前に各道場の退会率と体験会からの入会率をご確認いただければと思います。
{SIG_MATSUOKA}""",
    attachments=[{"kind": "pdf", "name": "月謝改定案_道場長会議.pdf", "page_header": "社外秘",
                  "lines": ["2027年度 月謝改定案", "", "1. 改定の背景：指導員謝金・賃料の上昇",
                            "2. 改定幅：各コース 月額 +550円〜+1,100円", "3. 既存会員は6か月の据置期間を設ける"],
                  "table": [["コース", "現行", "改定案", "差額"], ["少年空手", "9,900", "10,450", "+550"],
                            ["一般部", "12,100", "13,200", "+1,100"]]}],
    entities=[],
    detectors=[],
    note="社外秘 marking, but every recipient is internal",
)

# 037 stop — bus passenger list as a PDF table
_p = people(18)
_tbl = [["No", "氏名", "ふりがな", "年齢", "乗車地", "緊急連絡先（保護者）"]]
for i, p in enumerate(_p, 1):
    age = 2026 - p["dob"].year - (1 if (p["dob"].month, p["dob"].day) > (11, 14) else 0)
    _tbl.append([str(i), p["name"], p["kana"], f"{age}歳", rng.choice(["船橋道場", "船橋道場", "津田沼駅"]), mobile()])
add(
    expect="stop",
    sender=IWABUCHI,
    to=["青葉運輸 貸切バス予約センター <kashikiri@aoba-unyu.co.jp>"],
    subject="11/14 貸切バス 乗車名簿の送付",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 貸切バス予約センター
ご担当 大野様

お世話になっております。船橋道場の岩渕です。
（先日は誤って別のアドレスに送ってしまい、失礼いたしました）
乗車名簿をPDFでお送りします。乗務員の方にお渡しいただけますでしょうか。
{SIG_IWABUCHI}""",
    attachments=[{"kind": "pdf", "name": "乗車名簿_1114.pdf", "title": "乗車名簿",
                  "lines": ["11月14日 全国少年柔道錬成大会 貸切バス 乗車名簿（選手・児童）"], "table": _tbl}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="18 children with guardians' phones in a PDF table to the bus company",
)

# 038 pass — list of candidate hotels (businesses) to a travel agent
add(
    expect="pass",
    sender=KURODA,
    to=["たびプラン 法人営業部 <hojin@tabi-plan.co.jp>"],
    subject="来年の夏合宿 宿泊候補について",
    charset="iso-2022-jp",
    body=f"""たびプラン株式会社 法人営業部
須田様

お世話になっております。港北道場の黒田です。
来年の合宿の候補として、以下の宿の空き状況と団体料金を確認いただけますでしょうか。

・さくらホテル 那須塩原（代表 0287-62-1100）体育館併設
・民宿 やまびこ荘（0279-88-2034）武道場あり、1棟貸し可
・ホテル清流館 山中湖（0555-62-7711）グラウンド利用可
・研修センター 富士の杜（0544-54-3000）食堂・大広間あり

人数は児童35名前後、引率8名、日程は7月最終週の2泊3日を想定しています。
{SIG_KURODA}""",
    entities=[],
    detectors=[],
    note="a list of hotels with switchboard numbers: businesses, not people",
)

# 039 stop — one injured child's health-insurance card numbers to an osteopathic clinic
_c = person("child", sex="F")
add(
    expect="stop",
    sender=KAWABATA,
    to=["ひかり整骨院 受付 <uketsuke@hikari-seikotsuin.jp>"],
    subject="本日ご紹介した患者さんの保険証情報",
    charset="cp932",
    body=f"""ひかり整骨院 受付ご担当者様

お世話になっております。ひので武道アカデミーの川端です。
本日お電話でご相談した、足首を捻挫した児童の件です。保護者の方が保険証を
お忘れとのことで、代わりに記載事項をお伝えするよう頼まれました。

氏名：{_c['name']}（{_c['kana']}）
生年月日：{_c['dob'].year}年{_c['dob'].month}月{_c['dob'].day}日
保険者番号：06{rng.randint(130000, 139999)}
記号：{rng.randint(1000, 9999)}　番号：{rng.randint(100, 999)}（被扶養者）
症状：右足関節捻挫の疑い（稽古中に着地で捻る）

明日の診察時には保護者が原本をお持ちします。
{SIG_KAWABATA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one child's health-insurance card 記号・番号 and injury to an outside clinic",
)

# 040 pass — English reply; the organiser's passport table is only quoted
_p = people(3)
_q = "\n".join(f"> {p['romaji']}  passport T{rng.choice('KRZ')}{rng.randint(1000000, 9999999)}  - name spelling differs from entry form"
               for p in _p)
add(
    expect="pass",
    sender=TODO,
    to=["Asia Karate Open Registration <entry@asia-karate-open.com>"],
    subject="Re: Visa invitation letters - spelling check",
    charset="utf-8",
    body=f"""Dear Ms. Lim,

Thank you for checking. The spelling on the passports is the correct one; please use it
on the invitation letters. We will send the revised entry form by Friday.

Best regards,
Ken Todo

On Mon, 28 Sep 2026 at 11:20, Asia Karate Open Registration <entry@asia-karate-open.com> wrote:
> Dear Mr. Todo,
>
> While preparing the invitation letters we found the following differences:
>
{_q}
>
> Could you confirm which spelling should be used?
>
> Regards,
> Grace Lim""",
    entities=[],
    detectors=[],
    note="passport numbers appear only in quoted text from the recipient's own mail",
)

# 041 stop — a foreign instructor's residence card number to the federation
_ins = {"name": "SILVA Rafael Augusto", "kana": "シウバ ハファエウ アウグスト"}
add(
    expect="stop",
    sender=MIYOSHI,
    to=["関東少年空手道連盟 指導者登録係 <shidosha@kanto-shonen-karate.or.jp>"],
    subject="指導者登録申請（外国籍指導員）",
    charset="iso-2022-jp",
    body=f"""関東少年空手道連盟 指導者登録係 御中

お世話になっております。川口道場の三好です。
今月から川口道場で指導補助をお願いしているブラジル国籍の方の指導者登録を申請します。

氏名（ローマ字）：{_ins['name']}
氏名（カナ）　　：{_ins['kana']}
生年月日　　　　：1991年6月23日
国籍　　　　　　：ブラジル
在留カード番号　：UH{rng.randint(10000000, 99999999)}FA
在留資格　　　　：定住者（在留期間満了日 2029年3月10日）
段位　　　　　　：ブラジル空手道連盟 三段

申請料は本日振り込みました。
{SIG_MIYOSHI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a residence card number (在留カード) of an identifiable person to an outside federation",
)

# 042 pass — injury statistics with no one identifiable
add(
    expect="pass",
    sender=KAWABATA,
    to=["東和損害保険 横浜支店 法人第二課 <yokohama@towa-sonpo.co.jp>"],
    subject="団体傷害保険 更改に向けた事故実績のご報告",
    charset="iso-2022-jp",
    body=f"""東和損害保険株式会社 横浜支店
法人第二課 森下様

お世話になっております。日の出産業の川端です。
更改の見積りに必要な、今年度上期（4〜9月）の事故実績をお送りします。

　種目　　　 件数　 内訳
　空手　　　　 7件　 打撲4、捻挫2、骨折1
　柔道　　　　 5件　 捻挫2、脱臼1、骨折2
　剣道　　　　 2件　 打撲1、アキレス腱炎1
　キッズ体操　 3件　 捻挫3
　――――――――――――――――
　合計　　　　17件　（うち通院30日超 2件、入院 0件）

会員数は全道場で1,214名（9月末時点）です。
{SIG_KAWABATA}""",
    entities=[],
    detectors=[],
    note="aggregated injury counts, nobody identifiable",
)

# 043 stop — PDF stamped 部外秘 in the page header, to an estate agent
add(
    expect="stop",
    sender=SAIONJI,
    to=["けんしん不動産 テナント営業部 <tenant@kenshin-fudosan.co.jp>"],
    subject="大宮エリア 出店条件のご相談",
    charset="iso-2022-jp",
    body=f"""けんしん不動産株式会社
テナント営業部 有村様

お世話になっております。日の出産業の西園寺です。
先日ご紹介いただいた物件の検討にあたり、当社の出店条件をまとめた資料を添付します。
近い条件の物件がございましたらご紹介ください。
{SIG_SAIONJI}""",
    attachments=[{"kind": "pdf", "name": "大宮道場_出店計画.pdf", "page_header": "部外秘",
                  "page_footer": "日の出産業株式会社 スポーツ事業部",
                  "lines": ["大宮道場 出店計画（2027年春開業）", "",
                            "■必要面積：120〜150㎡（天井高3m以上、柱なし）",
                            "■賃料上限：坪単価 12,000円まで", "■初年度会員目標：180名",
                            "■投資回収：3年", "■競合：半径2km以内に空手道場2、柔道教室1"]}],
    entities=[],
    detectors=["confidential_marking"],
    note="the attached PDF carries a 部外秘 stamp in its header",
)

# 044 stop — a volunteer driver's licence number to the insurer
_d = person("adult", sex="M")
add(
    expect="stop",
    sender=KAWABATA,
    to=["東和損害保険 横浜支店 法人第二課 <yokohama@towa-sonpo.co.jp>"],
    subject="ボランティア運転者の追加登録について",
    charset="utf-8",
    body=f"""東和損害保険 森下様

お世話になっております。川端です。
大会送迎のボランティア運転者として、保護者1名を追加登録したくご連絡しました。

氏名：{_d['name']}
生年月日：{wareki(_d['dob'])}
住所：{address()}
運転免許証番号：第{rng.randint(10, 99)}{rng.randint(1000000000, 9999999999)}号（ゴールド、有効期限 令和11年）
使用車両：トヨタ ノア（自家用）

補償開始日は10月1日でお願いします。
{SIG_KAWABATA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a person's driving licence number with address and birth date to an outside insurer",
)

# 045 pass — one guardian (free mail) and the federation: two external parties
_g = person("adult", sex="M")
add(
    expect="pass",
    sender=TODO,
    to=[f"{_g['name']} <{_g['sei_r'].lower()}{rng.randint(10, 99)}@yahoo.co.jp>"],
    cc=["関東少年空手道連盟 登録係 <toroku@kanto-shonen-karate.or.jp>"],
    subject="移籍に伴う連盟登録の引継ぎについて",
    charset="iso-2022-jp",
    body=f"""{_g['sei']}様
（cc：関東少年空手道連盟 登録係 小野寺様）

お世話になっております。ひので武道アカデミーの藤堂です。
ご子息の当会への移籍に伴い、連盟登録の引継ぎについて連盟登録係の小野寺様にもご確認を
お願いしております。

前所属道場の退会証明書がお手元に届きましたら、連盟登録係へ直接ご郵送いただければ、
登録番号はそのまま引き継がれるとのことです。
ご不明点はこのメールに皆さまでご返信ください。
{SIG_TODO}""",
    entities=[],
    detectors=["multiple_external_domains", "freemail_recipient"],
    note="one private person and one organisation: two external parties, allowed",
)

# 046 stop — forwarded .eml holding a guardian contact list, to a photo studio
_p = people(6, "adult")
_list = "\n".join(f"{p['name']}様（{rng.choice(['年中', '小1', '小2', '小3', '小4'])}保護者）　{mobile()}　{p['sei_r'].lower()}.{rng.randint(100, 999)}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com'])}"
                  for p in _p)
add(
    expect="stop",
    sender=SAIONJI,
    to=["フォトスタジオひかり 撮影部 <satsuei@photo-hikari.co.jp>"],
    subject="FW: 記念撮影会 申込者一覧",
    charset="iso-2022-jp",
    body=f"""フォトスタジオひかり 撮影部
堀様

お世話になっております。日の出産業の西園寺です。
町田道場の記念撮影会のお申込み者について、道場長からのメールを転送します。
撮影時間のご調整は直接保護者の方とお願いできますでしょうか。
{SIG_SAIONJI}""",
    attachments=[{"kind": "eml", "name": "記念撮影会_申込者一覧.eml", "message": {
        "sender": NONOMURA, "to": [SAIONJI], "subject": "記念撮影会 申込者一覧", "charset": "iso-2022-jp",
        "body": f"""西園寺さん

お疲れさまです。野々村です。
撮影会の申込みが6組ありました。連絡先は以下の通りです。

{_list}

スタジオさんとの日程調整、よろしくお願いします。"""}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a forwarded mail (attached .eml) with six guardians' phones and e-mails goes to an outside studio",
)

# 047 pass — one business contact at the venue passed on to the federation
add(
    expect="pass",
    sender=TODO,
    to=["関東少年空手道連盟 事務局 <jimukyoku@kanto-shonen-karate.or.jp>"],
    subject="会場担当者のご連絡先",
    charset="iso-2022-jp",
    body=f"""関東少年空手道連盟 事務局 御中

お世話になっております。藤堂です。
秋季大会会場の備品（得点板・タイマー）の件は、スポーツセンターの下記担当者へ直接
お問い合わせいただいて構わないとのことです。

　横浜市港北スポーツセンター 施設係 清水 様
　TEL 045-531-8822（代表）／ shisetsu@kohoku-sports.city-yokohama.jp

よろしくお願いいたします。
{SIG_TODO}""",
    entities=[],
    detectors=[],
    note="one business contact of a facility: allowed",
)

# 048 stop — homoglyph look-alike of the partner hotel
add(
    expect="stop",
    sender=KURODA,
    to=["さくらホテル 団体予約 <dantai@sakura-hote1.jp>"],
    subject="夏合宿 最終人数のご連絡",
    charset="iso-2022-jp",
    body=f"""さくらホテル 団体予約 松井様

お世話になっております。港北道場の黒田です。
合宿の最終人数が確定しましたのでご連絡します。

・児童 14名（男子8名、女子6名）
・引率 3名（男性2名、女性1名）
・夕食2回、朝食2回、昼食はお弁当手配済み

体育館は8日の9時〜17時でお願いいたします。
{SIG_KURODA}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hote1.jp replaces l with 1: a look-alike of the partner sakura-hotel.jp",
)

# 049 stop — instructors' health-check results in an XLSX, to an outside clinic
_p = people(11, "adult")
_rows = [["指導員 定期健康診断 結果一覧（2026年度）"], ["実施日：2026年6月10日〜6月24日"], [],
         ["社員番号", "氏名", "生年月日", "所属", "血圧", "BMI", "判定", "所見"]]
_finds = ["異常なし", "脂質異常（要経過観察）", "高血圧（要精密検査）", "肝機能異常（要再検査）",
          "異常なし", "心電図異常（要精密検査）", "異常なし", "高尿酸血症（要経過観察）", "異常なし",
          "糖尿病（治療中）", "異常なし"]
for i, (p, f) in enumerate(zip(_p, _finds)):
    _rows.append([f"H{rng.randint(100000, 199999)}", p["name"], seireki(p["dob"]),
                  rng.choice(["港北道場", "川口道場", "船橋道場", "町田道場"]),
                  f"{rng.randint(110, 162)}/{rng.randint(68, 102)}", round(rng.uniform(19, 31), 1),
                  "A" if f == "異常なし" else rng.choice(["C", "D", "E"]), f])
add(
    expect="stop",
    sender=HAMANO,
    to=["ひので健診クリニック 産業保健部 <sangyo@medical-kenshin.or.jp>"],
    subject="再検査対象者のフォローについて（ご相談）",
    charset="cp932",
    body=f"""ひので健診クリニック 産業保健部
保健師 坂井様

お世話になっております。日の出産業 総務の浜野です。
指導員の健診結果一覧を添付します。要精密検査・要再検査の方への受診勧奨の進め方について、
ご相談させていただけますでしょうか。
{SIG_HAMANO}""",
    attachments=[{"kind": "xlsx", "name": "指導員健診結果_2026.xlsx",
                  "sheets": {"結果一覧": _rows, "集計": [["判定", "人数"], ["A", 5], ["C以上", 6]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="eleven instructors' health-check findings (要配慮) with names and birth dates to an outside clinic",
)

# 050 pass — My Numbers to HR on an internal subdomain
_p = people(2, "adult")
add(
    expect="pass",
    sender=OTSUKA,
    to=["人事部 給与担当 <kyuyo@mail.hinode-sangyo.co.jp>"],
    subject="新規雇用指導員 2名 マイナンバー届出",
    charset="iso-2022-jp",
    body=f"""人事部 給与担当 各位

お疲れさまです。スポーツ事業部 経理の大塚です。
10月から雇用契約に切り替わる指導員2名の個人番号を回送します。
本人確認は道場長が対面で実施済みです。

1) {_p[0]['name']}　個人番号 {MN()}
2) {_p[1]['name']}　個人番号 {MN()}

番号確認書類の写しは社内便で送ります。
{SIG_OTSUKA}""",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=[],
    note="My Numbers sent to HR on mail.hinode-sangyo.co.jp, an internal subdomain",
)

# 051 stop — a named child's religion (hijab request) to the federation
_c = person("child", sex="F")
add(
    expect="stop",
    sender=MIYOSHI,
    to=["関東少年空手道連盟 競技委員会 <kyogi@kanto-shonen-karate.or.jp>"],
    subject="試合時のヒジャブ着用についてのお伺い",
    charset="iso-2022-jp",
    body=f"""関東少年空手道連盟 競技委員会 御中

お世話になっております。川口道場の三好です。
11月の秋季大会に出場予定の当道場の選手について、ご相談させてください。

{grade(_c['dob'])}の{_c['name']}さん（連盟登録番号 KSK-{rng.randint(10000, 99999)}）はご家族がイスラム教を信仰しており、
本人も宗教上の理由から試合中もヒジャブ（スポーツ用の頭部を覆うスカーフ）の着用を希望しています。
全空連の規定では認められていると理解していますが、本大会でも着用可能でしょうか。
また、計量時は女性の係員に対応いただけるとありがたいです。

ご検討のほどよろしくお願いいたします。
{SIG_MIYOSHI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named child's religion (信条, 要配慮個人情報) to an outside federation",
)

# 052 pass — the word 社外秘 only mentioned
add(
    expect="pass",
    sender=SAIONJI,
    to=["川崎電機 人事部 福利厚生課 <fukuri@kawasaki-denki.co.jp>"],
    subject="Re: 法人会員の利用状況データについて",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社 福利厚生課
村井様

お世話になっております。西園寺です。
ご依頼いただいた「社員様ごとの利用状況データ」ですが、会員個人の出席記録は当社の
規程上社外秘扱いとなっており、そのままお出しすることができません。申し訳ございません。

代わりに、以下のような集計値でのご報告でいかがでしょうか。
　・コース別の法人会員数（月末時点）
　・月間の延べ出席回数
　・新規入会・退会の件数

ご了承いただけましたら、10月分から月次でお送りいたします。
{SIG_SAIONJI}""",
    entities=[],
    detectors=[],
    note="the word 社外秘 is only mentioned, nothing marked; aggregate data only",
)

# 053 stop — unencrypted ZIP with an address CSV and a DOCX, to the printer for mailing
_p = people(25, "adult")
_rows = [["郵便番号", "住所1", "住所2", "宛名", "敬称", "道場"]]
for p in _p:
    ar = rng.randrange(len(AREAS))
    a = address(ar)
    _rows.append([postal(ar), a.split(" ")[0], a.split(" ")[1] if " " in a else "", p["name"], "様",
                  rng.choice(["港北", "川口", "船橋", "町田"])])
add(
    expect="stop",
    sender=HAMANO,
    to=["錦印刷 DM事業部 <dm@nishiki-insatsu.co.jp>"],
    subject="会報「ひので」冬号 発送データ",
    charset="cp932",
    body=f"""錦印刷株式会社 DM事業部
ご担当者様

いつもお世話になっております。日の出産業 総務の浜野です。
会報「ひので」冬号の宛名データと封入指示書をZIPにまとめてお送りします。
今回は休会中の会員様のご家庭分も含めて25件です。

発送予定日は12月5日でお願いいたします。
{SIG_HAMANO}""",
    attachments=[{"kind": "zip", "name": "kaiho_fuyu_hasso.zip", "files": [
        {"kind": "csv", "name": "宛名データ.csv", "encoding": "cp932", "rows": _rows},
        {"kind": "docx", "name": "封入指示書.docx",
         "paragraphs": ["会報「ひので」冬号 封入指示書", "封筒：角2（ロゴ入り）", "封入物：会報1部、年間予定表1枚、振替のお知らせ1枚",
                        "発送：12月5日 ゆうメール"]}]}],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="25 households' names and addresses in a CSV inside a ZIP, to the printer",
)

# 054 pass — two partner organisations, counts only
add(
    expect="pass",
    sender=KURODA,
    to=["さくらホテル 団体予約 <dantai@sakura-hotel.jp>"],
    cc=["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
    subject="合宿2日目 昼食の搬入時間について",
    charset="iso-2022-jp",
    body=f"""さくらホテル 松井様
北国フーズ 給食事業部 ご担当者様

お世話になっております。港北道場の黒田です。
合宿2日目（8月8日）の昼食のお弁当について、搬入時間と場所を三者で確認させてください。

・数量：17食（うちアレルギー対応食は別途ご連絡済みの分）
・搬入：11時45分まで
・場所：ホテル体育館横の搬入口（松井様、鍵の手配をお願いできますでしょうか）

空き容器は13時に同じ場所で回収をお願いいたします。
{SIG_KURODA}""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc, logistics only",
)

# 055 stop — three coaches of other clubs on free mail, all in To
add(
    expect="stop",
    sender=KURODA,
    to=["shimizu.karate.club@gmail.com", "oyama-dojo2010@yahoo.co.jp"],
    cc=["k.tanizaki.budo@icloud.com"],
    subject="12月 合同練習会のお誘い",
    charset="iso-2022-jp",
    body=f"""清水先生、大山先生、谷崎先生

ご無沙汰しております。ひので武道アカデミー港北道場の黒田です。
12月13日（日）に、中学生以上の選手を対象とした合同練習会を計画しております。
各道場から5名程度ずつご参加いただけないでしょうか。

時間：9:30〜12:00
場所：港北道場
内容：組手の実戦練習、審判講習（30分）

ご都合をお聞かせいただけますと幸いです。
{SIG_KURODA}""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private persons on free mail in To/Cc see each other's addresses",
)

# 056 either — tournament results with names, dojo and grade, to a local newspaper
_p = people(8)
_res = "\n".join(f"<tr><td>{r}</td><td>{p['name']}</td><td>{grade(p['dob'])}</td><td>{d}</td></tr>"
                 for r, p, d in zip(["優勝", "準優勝", "第3位", "第3位", "優勝", "準優勝", "第3位", "第3位"], _p,
                                    ["港北道場", "川口道場", "港北道場", "町田道場", "船橋道場", "港北道場", "川口道場", "船橋道場"]))
add(
    expect="either",
    sender=SAIONJI,
    to=["タウンニュース港北 編集部 <henshu@town-kohoku.jp>"],
    subject="地域面掲載のお願い：秋季空手道大会の結果",
    charset="utf-8",
    html=f"""<html><body>
<p>タウンニュース港北 編集部 御中</p>
<p>お世話になっております。日の出産業 営業企画課の西園寺です。<br>
先日の秋季空手道大会（11月3日・横浜市港北スポーツセンター）で当アカデミーの選手が入賞しましたので、
地域面でご紹介いただけないかと思いご連絡しました。掲載にあたっては保護者の同意を取得済みです。</p>
<table border="1"><tr><th>成績</th><th>氏名</th><th>学年</th><th>所属</th></tr>
{_res}
</table>
<p>日の出産業株式会社 営業企画課 西園寺 薫（045-474-2220）</p>
</body></html>""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="eight children's names with grade and dojo for publication with consent: a list, but of public results",
)

# 057 stop — full-width phone numbers in a bullet phone tree, to a guardian on free mail
_p = people(8, "adult")
_tree = "\n".join(f"・{p['name']}さん宅（{rng.choice(['年長', '小1', '小2', '小3', '小4', '小5'])}）　{zen(mobile())}"
                  for p in _p)
add(
    expect="stop",
    sender=MIYOSHI,
    to=["川口道場 保護者会 会長 <kawaguchi.fubokai@gmail.com>"],
    subject="緊急連絡網（川口道場 火曜クラス）の件",
    charset="cp932",
    body=f"""保護者会 会長 {rng.choice(['栗栖', '鬼頭', '比嘉'])}様

いつもお世話になっております。三好です。
台風などで急に稽古を中止する場合の連絡網を、保護者会でも回していただけるとのことで、
火曜クラスの分をお送りします。順番はこの並びでお願いします。

{_tree}

年度途中の入会者がいた場合は追ってお知らせします。
{SIG_MIYOSHI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="eight guardians' names and full-width mobile numbers to a private free-mail address",
)

# 058 pass — unencrypted ZIP of flyer artwork to the printer
add(
    expect="pass",
    sender=SAIONJI,
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="体験会チラシ 入稿データ",
    charset="iso-2022-jp",
    body=f"""錦印刷 片桐様

お世話になっております。西園寺です。
体験会チラシの入稿データをZIPでお送りします（表面PDF、ロゴPNG）。
部数はA4両面カラー 8,000部、納品は10月20日、港北道場宛てでお願いします。
{SIG_SAIONJI}""",
    attachments=[{"kind": "zip", "name": "taikenkai_flyer.zip", "files": [
        {"kind": "pdf", "name": "flyer_omote.pdf",
         "lines": ["ひので武道アカデミー 秋の無料体験会", "10月の毎週土曜日 各道場にて", "年中さん〜中学生 対象",
                   "お申込み：045-474-2212（本部事務局）"]},
        {"kind": "png", "name": "logo.png"}]}],
    entities=[],
    detectors=[],
    note="readable ZIP of flyer artwork, business contacts only",
)

# 059 stop — password-protected PDF of grading results
add(
    expect="stop",
    sender=TODO,
    to=["関東少年空手道連盟 審査部 <shinsa@kanto-shonen-karate.or.jp>"],
    subject="10/19 昇級審査 結果報告書",
    charset="iso-2022-jp",
    body=f"""関東少年空手道連盟 審査部 御中

お世話になっております。藤堂です。
先日の昇級審査の結果報告書をお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えいたします。
{SIG_TODO}""",
    attachments=[{"kind": "pdf", "name": "審査結果報告書_1019.pdf", "password": "kohoku1019",
                  "lines": ["昇級審査 結果報告書", "受審者 42名 合格 39名"]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="a password-protected PDF cannot be inspected",
)

# 060 stop — adult members' kana names, 和暦 birthdays in full-width digits, addresses: 段位登録
_p = people(6, "adult")
_lines = "\n".join(f"{_kata(p['kana'])}　　{zen(wareki(p['dob']))}　　{address(None, False)}"
                   for p in _p)
add(
    expect="stop",
    sender=IWABUCHI,
    to=["全国柔道振興会 段位登録課 <dan@judo-shinkokai.or.jp>"],
    subject="一般部 昇段者の登録申請（船橋道場）",
    charset="cp932",
    body=f"""全国柔道振興会 段位登録課 御中

お世話になっております。船橋道場の岩渕です。
9月の昇段審査に合格した一般部6名の段位登録を申請いたします。
登録証の送付先として、各自の自宅住所を記載しております。

氏名（カナ）　　　　　　生年月日　　　　　　　　住所
――――――――――――――――――――――――――――――――――――――――――
{_lines}

登録料（6名分）は本日お振込みいたしました。
{SIG_IWABUCHI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six adults' katakana names, 和暦 full-width birth dates and home addresses to a federation",
)

# 061 pass — gym booking with one volunteer representative's phone, to the city
_v = person("adult", sex="M")
add(
    expect="pass",
    sender=HAMANO,
    to=["船橋市 生涯学習部 体育施設課 <taiikushisetsu@city.funabashi-kita.lg.jp>"],
    subject="市民体育館 団体利用申請（12月分）",
    charset="iso-2022-jp",
    body=f"""船橋市 生涯学習部 体育施設課 御中

お世話になっております。日の出産業株式会社 スポーツ事業部 総務の浜野です。
12月の市民体育館 柔道場の団体利用について、申請書の記載事項をお送りします。

団体名　　：ひので武道アカデミー船橋道場 保護者会
利用日　　：12月6日（日）、12月20日（日）9:00〜12:00
利用人数　：約40名
当日責任者：{_v['name']}（保護者会 副会長） 携帯 {mobile()}

当日は責任者が鍵の受け渡しに伺います。
{SIG_HAMANO}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one person's name and phone as the day's contact: allowed, may be warned",
)

# 062 stop — a child who was the victim of a crime, to a security contractor
_c = person("child", sex="F")
add(
    expect="stop",
    sender=MATSUOKA,
    to=["あんぜんガード 法人営業部 <hojin@anzen-guard.co.jp>"],
    subject="町田道場周辺の見守り強化のご相談",
    charset="iso-2022-jp",
    body=f"""あんぜんガード株式会社
法人営業部 真田様

お世話になっております。日の出産業の松岡です。
急なご相談で恐縮です。先週木曜日の夜、町田道場に通う{grade(_c['dob'])}の{_c['name']}さんが、
稽古帰りに道場近くの路上で見知らぬ男からつきまとわれ、体を触られる被害に遭いました。
ご家族が町田警察署に被害届を提出しており、現在捜査中とのことです。

これを受けて、平日18時〜21時の道場前から原町田六丁目交差点までの巡回警備を
至急お願いしたく、お見積りをいただけますでしょうか。
{SIG_MATSUOKA}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named child who was a crime victim (犯罪被害, 要配慮) to an outside company",
)

# 063 pass — internal forward of a guardian's mail with health information
_c = person("child", sex="M")
add(
    expect="pass",
    sender=MURASE,
    to=[KURODA],
    subject="FW: 休会のご相談",
    charset="iso-2022-jp",
    body=f"""黒田先生

お疲れさまです。村瀬です。
保護者の方から休会のご相談が届きましたので転送します。
休会手続きの書類はこちらで郵送しておきます。

-----Original Message-----
差出人: {_c['sei']} 美和 <miwa.{_c['sei_r'].lower()}@icloud.com>
送信日時: 2026年9月24日 20:15
宛先: c-murase@hinode-sangyo.co.jp
件名: 休会のご相談

港北道場の{_c['name']}の母です。
息子が先月から起立性調節障害と診断され、朝起きられず、夕方も体調が安定しません。
医師からは激しい運動は当面控えるよう言われております。
3か月ほど休会させていただけますでしょうか。""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "EMAIL_ADDRESS"],
    detectors=[],
    note="a child's diagnosis forwarded, but only to an internal colleague",
)

# 064 stop — 極秘 in the subject line, to a partner
add(
    expect="stop",
    sender=MATSUOKA,
    to=["川崎電機 人事部 部長 <hr-director@kawasaki-denki.co.jp>"],
    subject="【極秘】企業内道場の運営受託に関するご提案（事前共有）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
人事部長 宮坂様

平素より大変お世話になっております。日の出産業の松岡でございます。
先日の懇談の際にお話しした、貴社川崎工場敷地内の武道場の運営受託について、
当社内の検討状況を事前に共有させていただきます。

・運営開始：2027年4月（予定）
・指導体制：当社師範1名、指導員2名を常駐
・対象：従業員およびご家族（年中〜中学生）
・運営費：月額 1,650,000円（税別）を想定

本件は当社でもまだ役員会に諮る前の段階ですので、お取り扱いにご配慮をお願いいたします。
{SIG_MATSUOKA}""",
    entities=[],
    detectors=["confidential_marking"],
    note="the subject carries a 【極秘】 marking and the mail goes to an external partner",
)

# 065 pass — English mail to a sponsor about banner sizes
add(
    expect="pass",
    sender=SAIONJI,
    to=["GripSport Asia Marketing <marketing@gripsport.com>"],
    subject="Banner specifications for the Autumn Karate Championship",
    charset="utf-8",
    body=f"""Dear Ms. Tan,

Thank you again for sponsoring our Autumn Karate Championship on 3 November.

Here are the specifications for the banners:
  - Main stage banner: 4,500 x 900 mm, eyelets every 500 mm
  - Mat-side banners (x4): 1,800 x 600 mm
  - Delivery: by 28 October to our Kohoku dojo
    (1-22-5 Hiyoshi-honcho, Kohoku-ku, Yokohama 223-0062)

The event schedule and the floor plan are attached to the previous mail.
Please let me know if you need anything else.

Kind regards,
Kaoru Saionji
Sales Planning, Sports Division, Hinode Sangyo Co., Ltd.
{DISC_EN}""",
    entities=[],
    detectors=[],
    note="business mail in English with the standard disclaimer",
)

# 066 stop — PPTX introducing athletes (name, birthday, school) to a sponsor
_p = people(6)
_slides = [["強化選手のご紹介", "ひので武道アカデミー 2027年度 強化指定選手", "スポンサー各位向け資料"]]
for p in _p:
    _slides.append([f"{p['name']}（{p['kana']}）",
                    f"生年月日：{seireki(p['dob'], '.')}（{grade(p['dob'])}）",
                    f"在籍校：{rng.choice(['横浜市立日吉台小学校', '川口市立芝西小学校', '船橋市立前原小学校', '町田市立鶴間中学校', '横浜市立日吉台西中学校'])}",
                    f"所属：{rng.choice(['港北道場', '川口道場', '船橋道場', '町田道場'])}",
                    f"主な戦績：{rng.choice(['関東少年大会 組手 優勝', '県大会 形 準優勝', '全国錬成大会 ベスト8', '市民大会 組手 優勝'])}"])
add(
    expect="stop",
    sender=SAIONJI,
    to=["GripSport Japan 広報部 <pr-japan@gripsport.com>"],
    subject="強化選手サポートプログラム ご説明資料",
    charset="utf-8",
    body=f"""GripSport Japan 広報部
高見様

お世話になっております。日の出産業 営業企画課の西園寺です。
先日ご相談した強化選手サポートプログラムについて、対象選手6名の紹介資料をお送りします。
用具提供のご検討にお役立てください。
{SIG_SAIONJI}""",
    attachments=[{"kind": "pptx", "name": "強化選手紹介_2027.pptx", "slides": _slides}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="six children's names, birth dates and schools in a PPTX to an outside sponsor",
)

# 067 pass — other clubs' coaches (organisations) all in Bcc
add(
    expect="pass",
    sender=TODO,
    to=["ひので武道アカデミー 大会事務局 <todo.ken@hinode-sangyo.co.jp>"],
    bcc=["info@shimizu-karate.jp", "dojo@oyama-budokai.com", "kyoshitsu@tanizaki-kenkyukai.or.jp",
         "jimu@minami-judo.jp"],
    subject="【ご案内】第5回 ひのでカップ 少年空手道大会",
    charset="iso-2022-jp",
    body=f"""各道場 ご担当者様

※本メールはBCCにて複数の道場様へお送りしております。

平素より大変お世話になっております。ひので武道アカデミー大会事務局の藤堂です。
第5回 ひのでカップ少年空手道大会を下記の通り開催いたします。

日時：2027年2月14日（日）9:00開会
会場：横浜市港北スポーツセンター 大体育室
種目：形・組手（学年別）
参加費：1種目 3,000円、2種目 5,000円
申込締切：2027年1月15日

要項・申込書は当会ウェブサイトからダウンロードいただけます。
多数のご参加をお待ちしております。
{SIG_TODO}""",
    entities=[],
    detectors=[],
    note="invitation to several other clubs, all of them in Bcc",
)

# 068 stop — legacy XLS of former members with unpaid fees, to a collection agency
_p = people(9, "adult")
_rows = [["退会者 月謝未納一覧（2026年9月末）"], ["会員番号", "保護者氏名", "電話", "住所", "未納月", "未納額"]]
for p in _p:
    _rows.append([f"KH-{rng.randint(2019, 2025)}-{rng.randint(100, 999):04d}", p["name"],
                  rng.choice([mobile(), landline()]), address(), rng.choice(["4〜6月", "5〜8月", "7月", "6〜9月"]),
                  rng.choice([9900, 19800, 29700, 39600])])
add(
    expect="stop",
    sender=OTSUKA,
    to=["さいけん回収サービス 受託業務部 <jutaku@saiken-kaishu.co.jp>"],
    subject="未納月謝の回収業務委託について（対象者一覧）",
    charset="cp932",
    body=f"""さいけん回収サービス株式会社
受託業務部 ご担当者様

お世話になっております。日の出産業の大塚です。
先日ご説明いただいた回収業務委託について、対象となる退会者9件の一覧をお送りします。
（旧システムから出力したため、xls形式です）
{SIG_OTSUKA}""",
    attachments=[{"kind": "xls", "name": "mino_ichiran_202609.xls", "sheets": {"未納一覧": _rows}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="nine people's names, phones and addresses with debts in a legacy XLS to an outside company",
)

# 069 pass — system issue quoting member numbers only
add(
    expect="pass",
    sender=ISHIGURO,
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="【障害】会員番号の重複登録について（問合せ番号 TS-20931）",
    charset="utf-8",
    body=f"""ツバサシステム サポートご担当者様

お世話になっております。日の出産業 情報システム部の石黒です。
9月25日の夜間バッチ以降、会員番号 KH-2026-0417 と KH-2026-0418 が同一会員として
二重に作成されている現象が発生しています。
入会フォームの送信ボタンが二度押された可能性がありますが、サーバ側で二重登録を
防止する仕様と伺っていたため、原因の調査をお願いいたします。

発生日時：2026/09/25 21:14頃
画面：入会受付 > 確認 > 送信
ブラウザ：Chrome 128（Windows 11）
{SIG_ISHIGURO}""",
    entities=[],
    detectors=[],
    note="support mail with member numbers only, no personal data",
)

# 070 stop — look-alike of the partner printer (one s dropped)
add(
    expect="stop",
    sender=TODO,
    to=["錦印刷 営業部 <eigyo@nishiki-insatu.co.jp>"],
    subject="賞状・メダルの追加発注",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社 営業部
片桐様

お世話になっております。ひので武道アカデミーの藤堂です。
ひのでカップの賞状とメダルについて、種目が増えたため追加で発注させてください。

・賞状（A4、金枠）　　 優勝 12枚、準優勝 12枚、第3位 24枚
・メダル（金・銀・銅） 各12個、リボンは赤でお願いします
・納期：2027年2月5日

見積書をお送りいただけますでしょうか。
{SIG_TODO}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops an s from the partner nishiki-insatsu.co.jp",
)

# 071 stop — an applicant instructor's criminal record to the federation's ethics board
_a = person("adult", sex="M")
add(
    expect="stop",
    sender=MATSUOKA,
    to=["関東少年空手道連盟 倫理委員会 <rinri@kanto-shonen-karate.or.jp>"],
    subject="指導員採用候補者に関するご相談",
    charset="iso-2022-jp",
    body=f"""関東少年空手道連盟 倫理委員会 御中

お世話になっております。日の出産業の松岡です。
当社で指導員として採用を検討している{_a['name']}氏（{wareki(_a['dob'])}生、四段）について、
ご相談させてください。

面接の際、本人から、2019年に飲酒後のトラブルで傷害罪により逮捕され、
罰金刑（略式命令）を受けた経歴があるとの申告がありました。
その後は処分歴はなく、前所属道場でも問題なく指導していたと聞いております。

少年部の指導に携わる指導者として、連盟の指導者登録上、差し支えがあるかどうか
ご見解をいただけますでしょうか。
{SIG_MATSUOKA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named person's arrest and criminal record (犯罪の経歴, 要配慮) to an outside body",
)

# 072 pass — general safety notice to a school, nobody identifiable
add(
    expect="pass",
    sender=KURODA,
    to=["横浜市立日吉台小学校 教頭 <kyoto@hiyoshidai-es.yokohama.ed.jp>"],
    subject="道場周辺での不審者目撃情報の共有",
    charset="iso-2022-jp",
    body=f"""横浜市立日吉台小学校
教頭 先生

いつもお世話になっております。ひので武道アカデミー港北道場の黒田です。
昨日（9月28日）18時30分ごろ、道場前の通り（日吉本町1丁目付近）で、
下校中の児童に声をかける不審な男性を当道場の指導員が目撃しました。
30〜40代、黒いキャップ、グレーのパーカー、自転車に乗っていたとのことです。
声をかけられた児童はすぐにその場を離れ、けがなどはありませんでした。

港北警察署には通報済みです。学校でも注意喚起いただけますと幸いです。
当道場も稽古終了時に指導員が大通りまで見送るようにいたします。
{SIG_KURODA}""",
    entities=[],
    detectors=[],
    note="a general safety notice; no child or suspect is identifiable",
)

# 073 stop — a new part-time instructor's basic pension number to the labour consultant
_n = person("adult", sex="F")
add(
    expect="stop",
    sender=HAMANO,
    to=["中川社会保険労務士事務所 <office@sr-nakagawa.jp>"],
    subject="社会保険 資格取得届の作成依頼（指導員1名）",
    charset="utf-8",
    body=f"""中川社会保険労務士事務所 ご担当者様

お世話になっております。日の出産業 総務の浜野です。
10月1日付で雇用契約に切り替わる指導員1名について、資格取得届の作成をお願いいたします。

・氏名：{_n['name']}（{_n['kata']}）
・生年月日：{seireki(_n['dob'], '-')}
・住所：〒{postal(4)} {address(4)}
・基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
・報酬月額：220,000円
・被扶養者：なし

よろしくお願いいたします。
{SIG_HAMANO}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="one person's 基礎年金番号 with address and birth date to an outside office",
)

# 074 pass — a guardian's own new bank account confirmed back to her (one person)
_g = person("adult", sex="F")
add(
    expect="pass",
    sender=MURASE,
    to=[f"{_g['sei_r'].lower()}_{_g['mei_r'].lower()}@yahoo.co.jp"],
    subject="口座振替 口座変更のお手続き完了のお知らせ",
    charset="iso-2022-jp",
    body=f"""{_g['name']}様

いつもひので武道アカデミーをご利用いただきありがとうございます。会員管理課の村瀬です。
お届けいただいた振替口座の変更手続きが完了しましたのでお知らせします。
11月分の月謝から、下記の口座よりお引落しとなります。

　口座名義：{_g['kata']}
　金融機関：あおば信用金庫 綱島支店
　口座番号：普通 {account()}

お心当たりのない場合は、お手数ですが会員管理課までご連絡ください。
{SIG_MURASE}""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data", "freemail_recipient"],
    note="one person's own bank account confirmed to that person: allowed, may be warned",
)

# 075 stop — new members, one record per block, to the system vendor
_p = people(6)
_blocks = "\n".join(f"""■{i}件目
　会員氏名：{p['name']}（{p['kata']}）
　生年月日：{seireki(p['dob'])}
　住所　　：{address(rng.randrange(4))}
　保護者携帯：{mobile()}
　メール：{p['sei_r'].lower()}.family{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'icloud.com', 'yahoo.co.jp'])}
""" for i, p in enumerate(_p, 1))
add(
    expect="stop",
    sender=MURASE,
    to=["ツバサシステム 導入チーム <donyu@tsubasa-system.jp>"],
    subject="紙の入会申込書分の代行入力のお願い",
    charset="cp932",
    body=f"""ツバサシステム 導入チーム ご担当者様

お世話になっております。会員管理課の村瀬です。
紙の入会申込書で受け付けた6件について、代行入力をお願いできますでしょうか。
内容は以下の通りです。

{_blocks}
入力後、仮会員番号をお知らせください。
{SIG_MURASE}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six new members' records, one block each, to an external vendor",
)

# 076 pass — reply to a guardian; the diagnosis is only in her quoted mail
_c = person("child", sex="F")
add(
    expect="pass",
    sender=IWABUCHI,
    to=[f"{_c['sei_r'].lower()}-mama@docomo.ne.jp"],
    subject="Re: 稽古の再開について",
    charset="iso-2022-jp",
    body=f"""{_c['sei']}様

ご連絡ありがとうございます。船橋道場の岩渕です。
ご無理なさらず、主治医の先生の許可が出てから、見学からゆっくり始めましょう。
復帰の日が決まりましたら、前日までにご一報ください。

> 岩渕先生
> いつもお世話になっております。{_c['mei']}の母です。
> 先日の試合で痛めた膝ですが、半月板損傷と診断され、あと1か月は運動禁止と言われました。
> 12月から少しずつ稽古に戻れたらと思っています。
> {_c['sei']}""",
    entities=[],
    detectors=["freemail_recipient"],
    note="the diagnosis is only in the guardian's own quoted mail; new text has none",
)

# 077 stop — a child's disability certificate for para classification
_c = person("child", sex="M")
add(
    expect="stop",
    sender=KURODA,
    to=["日本パラ空手道協会 クラス分け委員会 <class@para-karate.or.jp>"],
    subject="パラ空手 クラス分け申請（港北道場）",
    charset="iso-2022-jp",
    body=f"""日本パラ空手道協会 クラス分け委員会 御中

お世話になっております。ひので武道アカデミー港北道場の黒田です。
当道場の選手について、クラス分けの申請をいたします。

選手氏名：{_c['name']}
生年月日：{wareki(_c['dob'])}
障害の種類：視覚障害（弱視、両眼矯正視力0.08）
身体障害者手帳：2級（{rng.choice(['横浜市', '神奈川県'])}交付）
希望区分：視覚障害 B2

診断書の写しは郵送いたします。
{SIG_KURODA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named child's disability and disability certificate (要配慮) to an outside association",
)

# 078 pass — the annual schedule PDF to a school
add(
    expect="pass",
    sender=NONOMURA,
    to=["町田市立鶴間小学校 体育主任 <taiiku@tsuruma-es.machida.ed.jp>"],
    subject="キッズ体操 発表会のご案内（学校掲示のお願い）",
    charset="iso-2022-jp",
    body=f"""町田市立鶴間小学校 体育主任 先生

お世話になっております。ひので武道アカデミー町田道場の野々村です。
10月26日のキッズ体操発表会のご案内を添付いたします。
可能であれば校内に掲示いただけますと幸いです。ご招待席もご用意しております。
{SIG_NONOMURA}""",
    attachments=[{"kind": "pdf", "name": "発表会のご案内.pdf",
                  "lines": ["キッズ体操クラス 発表会", "日時：10月26日（日）13:30開演",
                            "会場：町田道場（原町田6-9-1 日の出町田ビル4F）", "入場無料・どなたでもご覧いただけます",
                            "お問い合わせ：042-728-4402"]}],
    entities=[],
    detectors=[],
    note="event notice, business contacts only",
)

# 079 stop — look-alike of our own domain (hyphen for the dot)
add(
    expect="stop",
    sender=MIYOSHI,
    to=["黒田 剛志 <kuroda.tsuyoshi@hinode-sangyo-co.jp>"],
    subject="11月 指導員シフト（川口道場）",
    charset="iso-2022-jp",
    body=f"""黒田先生

お疲れさまです。三好です。
川口道場の11月のシフト案です。港北からの応援を2コマお願いできますでしょうか。

　火曜 17:00-18:00 キッズ　　 三好・補助1名
　火曜 18:10-19:30 少年　　　 三好・（応援希望）
　木曜 17:00-18:00 キッズ　　 三好・補助1名
　土曜 10:00-12:00 少年選手　 （応援希望）・三好

よろしくお願いします。
{SIG_MIYOSHI}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyo-co.jp puts a hyphen for the dot of the organisation's own domain",
)

# 080 stop — refund transfers to five guardians' accounts, PDF table, to the bank
_p = people(5, "adult")
_tbl = [["No", "受取人名（カナ）", "銀行", "支店", "種目", "口座番号", "金額"]]
for i, p in enumerate(_p, 1):
    _tbl.append([str(i), p["kata"], rng.choice(["みどり銀行", "あおば信用金庫", "東都銀行"]),
                 rng.choice(["日吉支店", "綱島支店", "川口駅前支店", "船橋支店", "町田支店"]), "普通", account(),
                 rng.choice(["9,900", "8,800", "4,950"])])
add(
    expect="stop",
    sender=OTSUKA,
    to=["みどり銀行 新横浜支店 法人課 <shinyokohama@midori-ginko.co.jp>"],
    subject="総合振込（月謝返金分）の依頼書",
    charset="iso-2022-jp",
    body=f"""みどり銀行 新横浜支店 法人課
ご担当者様

お世話になっております。日の出産業の大塚です。
台風による休講分の月謝返金について、総合振込の依頼書をお送りします。
振込指定日は10月15日、支払口座は当社普通預金 3318705 でお願いいたします。
{SIG_OTSUKA}""",
    attachments=[{"kind": "pdf", "name": "総合振込依頼書_1015.pdf", "title": "総合振込依頼書",
                  "lines": ["総合振込依頼書", "依頼人：日の出産業株式会社", "振込指定日：2026年10月15日"],
                  "table": _tbl}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="five guardians' names and bank accounts in a PDF table to the bank",
)

# 081 pass — meeting minutes with the vendor, Japanese disclaimer
add(
    expect="pass",
    sender=ISHIGURO,
    to=["ツバサシステム 武井様 <takei@tsubasa-system.jp>"],
    cc=["ツバサシステム 導入チーム <donyu@tsubasa-system.jp>"],
    subject="9/30 定例会 議事録",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
武井様、導入チームの皆さま

本日はありがとうございました。日の出産業の石黒です。
定例会の議事録を送付します。相違がありましたらご指摘ください。

【日時】2026年9月30日（水）14:00〜15:10
【出席】ツバサシステム：武井様、江口様　／　日の出産業：石黒、村瀬
【決定事項】
　1. 本番移行日は2027年1月11日（月・祝）とする
　2. 口座振替データの出力形式は全銀協フォーマットで統一
　3. 保護者向けアプリのプッシュ通知は2月以降にリリース
【宿題】
　・ツバサ：移行リハーサル手順書（10/14まで）
　・日の出：権限一覧表の確定（10/9まで）
{SIG_ISHIGURO}
{DISC_JA}""",
    entities=[],
    detectors=[],
    note="meeting minutes with the standard confidentiality disclaimer: no data, no marking",
)

# 082 stop — a partner's employees and their enrolled children, XLSX with a title row
_par = people(8, "adult")
_rows = [["川崎電機 福利厚生 法人会員 利用者一覧（2026年10月）"], [],
         ["社員番号", "社員氏名", "所属", "お子様氏名", "お子様生年月日", "コース", "道場"]]
for p in _par:
    kid = person("child")
    _rows.append([f"KD{rng.randint(100000, 999999)}", p["name"], rng.choice(["川崎工場", "本社 総務部", "技術開発センター"]),
                  f"{p['sei']} {kid['mei']}", seireki(kid["dob"]), rng.choice(["少年空手", "少年柔道", "キッズ体操"]),
                  rng.choice(["港北", "川口", "町田"])])
add(
    expect="stop",
    sender=SAIONJI,
    to=["川崎電機 人事部 福利厚生課 <fukuri@kawasaki-denki.co.jp>"],
    subject="法人会員 利用者一覧（10月）のご確認",
    charset="utf-8",
    body=f"""川崎電機株式会社 福利厚生課
村井様

お世話になっております。西園寺です。
補助金の支給確認用に、10月時点の法人会員のご利用者一覧をお送りします。
社員番号に誤りがないかご確認いただけますでしょうか。
{SIG_SAIONJI}""",
    attachments=[{"kind": "xlsx", "name": "法人会員利用者一覧_202610.xlsx", "sheets": {"利用者一覧": _rows}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="eight employees with their children's names and birth dates in an XLSX to a partner",
)

# 083 stop — XLSX whose printed footer says Confidential, to the vendor
add(
    expect="stop",
    sender=SAIONJI,
    to=["ツバサシステム 武井様 <takei@tsubasa-system.jp>"],
    subject="料金改定シミュレーションの前提条件",
    charset="iso-2022-jp",
    body=f"""ツバサシステム 武井様

お世話になっております。西園寺です。
月謝改定に伴う請求額の一括変更について、システム側の設定を検討いただくための
シミュレーション表をお送りします。
{SIG_SAIONJI}""",
    attachments=[{"kind": "xlsx", "name": "料金改定シミュレーション.xlsx",
                  "page_footer": "Confidential - Hinode Sangyo Internal Only",
                  "sheets": {"前提": [["2027年度 月謝改定シミュレーション"], [],
                                      ["コース", "会員数", "現行月謝", "改定後", "月間増収"],
                                      ["少年空手", 512, 9900, 10450, 281600],
                                      ["少年柔道", 238, 9900, 10450, 130900],
                                      ["キッズ体操", 196, 8250, 8800, 107800],
                                      ["一般部", 268, 12100, 13200, 294800]],
                             "退会率想定": [["シナリオ", "退会率", "年間影響額"], ["楽観", "1.5%", -1850000],
                                       ["標準", "3.0%", -3700000], ["悲観", "5.0%", -6160000]]}}],
    entities=[],
    detectors=["confidential_marking"],
    note="the XLSX carries a Confidential / Internal Only footer and goes to an external vendor",
)

# 084 pass — two children and one guardian's phone, for a taxi pick-up
_k = people(2)
add(
    expect="pass",
    sender=IWABUCHI,
    to=["ふなばし交通 配車センター <haisha@funabashi-kotsu.co.jp>"],
    subject="11/14 子ども送迎タクシーの予約",
    charset="iso-2022-jp",
    body=f"""ふなばし交通 配車センター 御中

お世話になっております。ひので武道アカデミー船橋道場の岩渕です。
大会当日、バスに乗れない児童2名の送迎をお願いしたくご予約します。

・日時：11月14日（土）6:10 船橋道場前 → 日本武道館
・乗車：{_k[0]['name']}さん、{_k[1]['name']}さん（いずれも小学生です）
・当日連絡先：保護者 {_k[0]['sei']}様 携帯 {mobile()}

料金は道場で後日まとめてお支払いします（請求書払い）。
{SIG_IWABUCHI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two children and one guardian's phone: far below five people",
)

# 085 stop — injury log with diagnoses (CP932 CSV) to the insurer
_p = people(7)
_rows = [["受付番号", "氏名", "生年月日", "事故日", "種目", "受傷部位", "傷病名", "通院日数"]]
_dx = [("右手指", "右第5指基節骨骨折"), ("左足関節", "左足関節捻挫"), ("頭部", "脳振盪"),
       ("左肘", "左肘関節脱臼"), ("鼻", "鼻骨骨折"), ("右膝", "右膝内側側副靭帯損傷"), ("歯", "上顎前歯破折")]
for i, (p, (part, dx)) in enumerate(zip(_p, _dx)):
    _rows.append([f"SA-26-{rng.randint(1000, 9999)}", p["name"], seireki(p["dob"], "-"),
                  f"2026-0{rng.randint(4, 9)}-{rng.randint(10, 28)}", rng.choice(["空手", "柔道", "体操"]),
                  part, dx, rng.randint(2, 24)])
add(
    expect="stop",
    sender=KAWABATA,
    to=["スポーツあんしん共済会 支払審査課 <shiharai@sports-anshin.or.jp>"],
    subject="上期 請求中案件の進捗確認",
    charset="cp932",
    body=f"""スポーツあんしん共済会 支払審査課
ご担当者様

お世話になっております。ひので武道アカデミー（団体番号 SA-447021）の川端です。
上期に事故報告をした7件について、保険金の支払状況を確認させてください。
一覧を添付しますので、それぞれの状況（書類不足・審査中・支払済）をご記入いただけますでしょうか。
{SIG_KAWABATA}""",
    attachments=[{"kind": "csv", "name": "請求中案件一覧_上期.csv", "encoding": "cp932", "rows": _rows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="seven named children's diagnoses and birth dates in a CSV to the insurer",
)

# 086 either — uniform order with children's names for embroidery and heights
_p = people(7)
_h = [rng.randint(112, 158) for _ in _p]
_lines = "\n".join(f"{p['romaji'].split()[1].capitalize()} {p['romaji'].split()[0]}\t身長{h}cm\t{(h + 9) // 10 * 10}号\t刺繍：{p['sei']}"
                   for p, h in zip(_p, _h))
add(
    expect="either",
    sender=NONOMURA,
    to=["武道具のタナカ 通販部 <tsuhan@budougu-tanaka.co.jp>"],
    subject="刺繍入り道着の注文（町田道場 新入会分）",
    charset="utf-8",
    body=f"""武道具のタナカ 通販部 ご担当者様

お世話になっております。町田道場の野々村です。
新入会の子どもたち7名分の道着を、胸の刺繍入りで注文させてください。
サイズは身長からご判断いただければ助かります（記載の号数は保護者の希望です）。

{_lines}

帯はすべて白帯2号でお願いします。
{SIG_NONOMURA}""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="seven children's names with heights for an order: a list of people but nothing beyond body size",
)

# 087 stop — look-alike of the partner caterer (another TLD)
add(
    expect="stop",
    sender=NONOMURA,
    to=["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.com>"],
    subject="発表会 スタッフ弁当の注文",
    charset="iso-2022-jp",
    body=f"""北国フーズ 給食事業部 ご担当者様

お世話になっております。ひので武道アカデミー町田道場の野々村です。
10月26日の発表会のスタッフ用お弁当を注文いたします。

・幕の内弁当 12個、お茶 12本
・お届け：10月26日 11:30 町田道場（日の出町田ビル4F）
・お支払い：請求書払い

よろしくお願いいたします。
{SIG_NONOMURA}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-foods.com swaps the TLD of the partner kitaguni-foods.co.jp",
)

# 088 pass — grading results XLSX with birthdays, internal only
_p = people(10)
_rows = [["10/19 昇級審査 結果（港北道場）"], ["氏名", "生年月日", "受審級", "基本", "形", "組手", "合否"]]
for p in _p:
    sc = [rng.randint(6, 10) for _ in range(3)]
    _rows.append([p["name"], wareki(p["dob"], "short"), rng.choice(["7級", "6級", "5級", "4級"]), *sc,
                  "合格" if sum(sc) >= 21 else "再審査"])
add(
    expect="pass",
    sender=TODO,
    to=[KURODA, MURASE],
    subject="昇級審査結果（港北道場分）と帯の発注",
    charset="cp932",
    body=f"""黒田先生、村瀬さん

お疲れさまです。藤堂です。
港北道場分の審査結果を添付します。合格者の帯と認定証の手配を進めます。
再審査の子は11月の月例審査で再挑戦という形でよいでしょうか。
{SIG_TODO}""",
    attachments=[{"kind": "xlsx", "name": "審査結果_港北_1019.xlsx",
                  "sheets": {"結果": _rows, "帯発注": [["帯", "本数"], ["橙帯", 3], ["青帯", 4], ["黄帯", 2]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="ten children with birth dates, but sent only to internal colleagues",
)

# 089 stop — a doctor's certificate (concussion) for return to competition, to the federation
_c = person("child", sex="M")
add(
    expect="stop",
    sender=TODO,
    to=["関東少年空手道連盟 医事委員会 <iji@kanto-shonen-karate.or.jp>"],
    subject="競技復帰に関する診断書の提出",
    charset="iso-2022-jp",
    body=f"""関東少年空手道連盟 医事委員会 御中

お世話になっております。ひので武道アカデミーの藤堂です。
9月の大会で頭部を受傷した当会選手について、主治医の診断書を提出いたします。
秋季大会への出場可否のご判断をお願いいたします。
{SIG_TODO}""",
    attachments=[{"kind": "pdf", "name": "診断書_競技復帰.pdf", "title": "診断書",
                  "lines": ["診 断 書", "", f"氏名　{_c['name']}", f"生年月日　{wareki(_c['dob'])}",
                            "病名　脳振盪（2026年9月6日受傷）",
                            "上記の者、段階的競技復帰プロトコルを終了し、症状の再燃を認めない。",
                            "2026年10月20日以降の競技参加を許可する。",
                            "2026年10月2日　日吉中央脳神経外科　医師 保科 亮"]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named child's medical certificate (concussion) in a PDF to an outside federation",
)

# 090 pass — a job advertisement to a recruiting site
add(
    expect="pass",
    sender=HAMANO,
    to=["バイトナビ 掲載受付 <keisai@baito-navi.jp>"],
    subject="求人原稿の入稿（アルバイト指導補助）",
    charset="utf-8",
    body=f"""バイトナビ 掲載受付ご担当者様

お世話になっております。日の出産業 総務の浜野です。
下記の原稿で掲載をお願いいたします（掲載期間：10/5〜10/31、プランB）。

【職種】子ども向け空手・体操教室の指導補助（未経験歓迎）
【勤務地】港北道場（日吉駅徒歩5分）／町田道場（町田駅徒歩7分）
【時給】1,250円〜（有段者は1,400円〜）＋交通費規定支給
【時間】平日16:30〜20:00、土曜9:00〜13:00 のうち週2日〜
【応募】お電話（045-474-2212 総務 浜野）またはWeb応募
【その他】スポーツ安全保険加入、道着貸与
{SIG_HAMANO}""",
    entities=[],
    detectors=[],
    note="a job advertisement, business contacts only",
)

# 091 pass — the real partner bank domain, a procedural question only
add(
    expect="pass",
    sender=OTSUKA,
    to=["みどり銀行 法人営業部 収納サービス <shuno@midori-ginko.co.jp>"],
    subject="口座振替 新規委託契約（大宮道場開設分）のお手続きについて",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
収納サービス ご担当者様

いつもお世話になっております。日の出産業の大塚です。
2027年春に大宮道場を開設する予定のため、既存の委託者コードとは別に、
新たな委託者コードの取得が必要かどうか確認させてください。

また、保護者の方に記入いただく「預金口座振替依頼書」の用紙（3枚複写）を
500部ほどお送りいただくことは可能でしょうか。
送付先は本部事務局（新横浜）でお願いいたします。
{SIG_OTSUKA}""",
    entities=[],
    detectors=[],
    note="procedural mail to the correctly spelled partner bank domain",
)

# 092 stop — accident investigation report marked 取扱注意 in the DOCX header
add(
    expect="stop",
    sender=KAWABATA,
    to=["東和損害保険 横浜支店 法人第二課 <yokohama@towa-sonpo.co.jp>"],
    subject="施設賠償責任保険 事故調査報告書の提出",
    charset="iso-2022-jp",
    body=f"""東和損害保険 森下様

お世話になっております。川端です。
先日ご連絡した、道場の床板の破損に起因する転倒事故について、社内の調査報告書を提出します。
被害者の方の情報は別途、所定の書式でお送りします。
{SIG_KAWABATA}""",
    attachments=[{"kind": "docx", "name": "事故調査報告書_船橋道場.docx", "page_header": "取扱注意",
                  "title": "事故調査報告書",
                  "paragraphs": ["事故調査報告書（船橋道場 床板破損による転倒事故）",
                                 "1. 発生日時：2026年9月12日 19時05分ごろ",
                                 "2. 概要：稽古中、畳の継ぎ目下の床板が割れて段差が生じ、利用者1名がつまずいて転倒した。",
                                 "3. 原因：床下の湿気による合板の劣化。前回点検（2026年3月）では異常の記録なし。",
                                 "4. 再発防止策：全道場の床下点検を10月中に実施、畳下に緩衝マットを追加。"],
                  "tables": [[["対応", "担当", "期限"], ["床板交換", "施設管理会社", "10/10"],
                              ["全道場点検", "安全管理担当", "10/31"]]]}],
    entities=[],
    detectors=["confidential_marking"],
    note="the DOCX carries a 取扱注意 classification in its header and goes outside",
)

# 093 pass — reply; the hotel's own guest list is only under 差出人/送信日時 quoting
_p = people(7, "adult")
_q = "\n".join(f"{p['name']}様　{mobile()}" for p in _p)
add(
    expect="pass",
    sender=KURODA,
    to=["さくらホテル 団体予約 <dantai@sakura-hotel.jp>"],
    subject="RE: 保護者様ご宿泊分の確認",
    charset="cp932",
    body=f"""さくらホテル 松井様

ご確認ありがとうございます。黒田です。
保護者様7名の宿泊、内容に相違ございません。お支払いは各自チェックアウト時でお願いします。
{SIG_KURODA}

差出人: さくらホテル 団体予約 <dantai@sakura-hotel.jp>
送信日時: 2026年7月28日 10:42
宛先: 黒田 剛志 <kuroda.tsuyoshi@hinode-sangyo.co.jp>
件名: 保護者様ご宿泊分の確認

黒田様

いつもお世話になっております。さくらホテルの松井です。
合宿に合わせてご宿泊される保護者様を、下記の通り承っております。

{_q}

お手数ですがご確認をお願いいたします。""",
    entities=[],
    detectors=[],
    note="the seven-person list is only in the hotel's own quoted mail",
)

# 094 stop — PPTX with an Internal Only footer, to an advertising agency
add(
    expect="stop",
    sender=SAIONJI,
    to=["広告ラボ 第一営業局 <eigyo1@koukoku-lab.co.jp>"],
    subject="来春の入会キャンペーン オリエン資料",
    charset="utf-8",
    body=f"""株式会社広告ラボ 第一営業局
大森様

お世話になっております。日の出産業の西園寺です。
来春の入会キャンペーンのオリエン資料をお送りします。
ご提案は11月中旬にお願いできれば幸いです。
{SIG_SAIONJI}""",
    attachments=[{"kind": "pptx", "name": "2027春_入会キャンペーン_オリエン.pptx",
                  "page_footer": "Internal Only / 社内限り",
                  "slides": [["2027年春 入会キャンペーン", "オリエンテーション資料", "日の出産業株式会社 スポーツ事業部"],
                             ["目標", "新規入会 420名（前年比 +15%）", "体験会参加 1,200名", "CPA上限 18,000円"],
                             ["価格施策", "入会金 11,000円 → 無料（3月末まで）", "兄弟割：2人目以降 月謝20%引"],
                             ["競合動向", "駅前の大手スクールが月謝を8,800円に値下げ", "当社は価格ではなく安全性・指導品質で訴求"]]}],
    entities=[],
    detectors=["confidential_marking"],
    note="the PPTX carries an Internal Only / 社内限り footer and goes to an agency",
)

# 095 stop — seminar registration CSV (UTF-8) in romaji, to a foreign dojo
_p = people(8, "adult")
_rows = [["Family name", "Given name", "Date of birth", "Rank", "E-mail", "Mobile"]]
for p in _p:
    _rows.append([p["sei_r"].upper(), p["mei_r"], p["dob"].strftime("%Y-%m-%d"), rng.choice(["1st Dan", "2nd Dan", "3rd Dan", "1st Kyu"]),
                  f"{p['mei_r'].lower()}.{p['sei_r'].lower()}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'outlook.jp'])}",
                  "+81-" + mobile()[1:]])
add(
    expect="stop",
    sender=KURODA,
    to=["Budo Lyon - Secretariat <contact@budo-lyon.fr>"],
    subject="Registration - Lyon International Karate Seminar, May 2027",
    charset="utf-8",
    body="""Dear Mr. Girard,

As promised, please find attached the registration list of the eight members of
Hinode Budo Academy who will join your seminar in May. Could you send the
confirmation directly to each participant?

Best regards,
Tsuyoshi Kuroda
Head Instructor, Kohoku Dojo, Hinode Budo Academy""",
    attachments=[{"kind": "csv", "name": "lyon_seminar_registration.csv", "encoding": "utf-8", "rows": _rows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="eight members' romaji names, birth dates, e-mails and mobiles in a CSV abroad",
)

# 096 either — names on certificates to the partner printer
_p = people(9)
_lines = "\n".join(f"  {pad(p['name'], 14)}{grade(p['dob'])}　{rng.choice(['形 優勝', '組手 優勝', '形 準優勝', '組手 第3位', '敢闘賞'])}" for p in _p)
add(
    expect="either",
    sender=TODO,
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="賞状の名入れ原稿（ひのでカップ 少年の部）",
    charset="iso-2022-jp",
    body=f"""錦印刷 片桐様

お世話になっております。藤堂です。
先日ご発注した賞状のうち、事前に名入れをお願いしたい9枚分の原稿です。
漢字に誤りがないよう、特に「{_p[0]['sei']}」「{_p[1]['sei']}」の字体にご注意ください。

{_lines}

校正は PDF でお送りいただければ結構です。
{SIG_TODO}""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="nine children's names with grade and award for printing: a list, but of names only",
)

# 097 stop — masters list, comma separated, 和暦 short birthdays, mobiles and e-mails
_p = people(7, "adult")
_lines = "\n".join(f"{p['name']},{wareki(p['dob'], 'short')},{mobile()},{p['mei_r'][0].lower()}{p['sei_r'].lower()}@{rng.choice(['gmail.com', 'icloud.com', 'ezweb.ne.jp'])}"
                   for p in _p)
add(
    expect="stop",
    sender=KURODA,
    to=["関東マスターズ空手道連盟 事務局 <entry@kanto-masters-karate.or.jp>"],
    subject="マスターズ大会 申込（ひので武道アカデミー 一般部）",
    charset="iso-2022-jp",
    body=f"""関東マスターズ空手道連盟 事務局 御中

お世話になっております。港北道場の黒田です。
マスターズ大会への一般部からの申込を、要項の指定どおりカンマ区切りでお送りします。

氏名,生年月日,携帯電話,メールアドレス
{_lines}

参加費7名分は申込締切までに振り込みます。
{SIG_KURODA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="seven adults with 和暦 birth dates (S/H short), mobiles and e-mails to a federation",
)

# 098 pass — a password ZIP, but sent internally
add(
    expect="pass",
    sender=MURASE,
    to=[OTSUKA],
    subject="退会者リスト（9月分）",
    charset="iso-2022-jp",
    body=f"""大塚さん

お疲れさまです。村瀬です。
9月の退会者リストをパスワード付きZIPでお送りします。パスワードはTeamsでお伝えします。
口座振替の停止手続きをお願いします。
{SIG_MURASE}""",
    attachments=[{"kind": "zip", "name": "taikai_202609.zip", "password": "Taikai0930",
                  "files": [{"kind": "csv", "name": "taikai.csv", "encoding": "utf-8",
                             "rows": [["会員番号", "氏名"], ["KH-2024-0112", "退会者A"]]}]}],
    entities=[],
    detectors=[],
    note="an encrypted ZIP, but the only recipient is internal",
)

# 099 pass — consultation with the partner law firm about the membership terms
add(
    expect="pass",
    sender=MATSUOKA,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="会員規約（月謝・退会・免責）改定のご相談",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の松岡です。
来年度からの会員規約の改定について、ご相談させていただきたく存じます。

主な論点は以下の3点です。
1. 退会の申出期限（前月10日まで）と、それを過ぎた場合の翌月分月謝の扱い
2. 稽古中の負傷に関する免責条項の書きぶり（消費者契約法との関係）
3. 災害・感染症による休講時の月謝の返金・振替ルール

現行規約と改定案の新旧対照表は、来週お送りいたします。
ご都合のよい日時をいくつかお知らせいただけますでしょうか。
{SIG_MATSUOKA}
{DISC_JA}""",
    entities=[],
    detectors=[],
    note="legal consultation to the real partner law firm, no personal data, standard disclaimer",
)

# 100 stop — one child's passport number to the travel agent
_c = person("child", sex="F")
add(
    expect="stop",
    sender=TODO,
    to=["たびプラン 海外団体旅行課 <kaigai@tabi-plan.co.jp>"],
    subject="Re: アジア大会遠征 航空券の名義確認（追加1名）",
    charset="utf-8",
    body=f"""たびプラン 海外団体旅行課
須田様

お世話になっております。藤堂です。
遠征メンバーに1名追加となりました。航空券の手配をお願いいたします。

氏名（パスポート表記）：{_c['sei_r'].upper()} {_c['mei_r'].upper()}
性別：女
生年月日：{seireki(_c['dob'], '/')}
旅券番号：T{rng.choice('KRSZ')}{rng.randint(1000000, 9999999)}
有効期限：2031/08/21

他のメンバーと同じ便での手配を希望します。
{SIG_TODO}

> 藤堂様
> 航空券の名義確認ありがとうございました。追加のメンバーがいらっしゃればお知らせください。
> たびプラン 須田""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="one child's passport number and birth date to an outside travel agent",
)

# -- ids, in order ---------------------------------------------------------------------
MESSAGES[:] = [{"id": f"dojo-{i:03d}", **m} for i, m in enumerate(MESSAGES, 1)]
assert len(MESSAGES) == 100
