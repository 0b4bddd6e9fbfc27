"""Blind corpus — AREA nursingschool: 日の出看護専門学校.

日の出産業株式会社の教育子会社「日の出エデュケーション株式会社」が設置・運営する看護専門学校
（3年課程）の教職員が送るメール。臨地実習の受入病院・施設との調整（実習生名簿、抗体価・予防接種
記録、健康診断、事故報告）、病院の奨学金（修学資金）、看護師国家試験の出願・模試・補講、
非常勤講師（謝金・マイナンバー・講義日程）、保護者連絡、制服・教科書業者、印刷・旅行・ホテル・
銀行・法律事務所などの取引先、本社（hinode-sangyo.co.jp）とのやり取り。

Senders are on hinode-sangyo.co.jp or its internal subdomains (nursing. / edu.).
Every person, student, patient, number, address and external organisation (other than the
partner organisations named in BRIEF.md) is invented; any resemblance to a real person or
number is accidental.  My Numbers and card numbers come from build.my_number() /
build.card_number(), seeded from 10001 upwards (one per call).
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

SEED = 10001
rng = random.Random(SEED)
_next_seed = [SEED]


def mynum() -> str:
    v = my_number(_next_seed[0])
    _next_seed[0] += 1
    return v


def card() -> str:
    v = card_number(_next_seed[0])
    _next_seed[0] += 1
    return v


# -- invented people -----------------------------------------------------------------------

SEI = [
    ("四十物", "あいもの", "Aimono"), ("小鳥遊", "たかなし", "Takanashi"),
    ("月見里", "やまなし", "Yamanashi"), ("東海林", "しょうじ", "Shoji"),
    ("百目鬼", "どうめき", "Domeki"), ("五十嵐", "いがらし", "Igarashi"),
    ("鬼頭", "きとう", "Kito"), ("薬師寺", "やくしじ", "Yakushiji"),
    ("一番ヶ瀬", "いちばんがせ", "Ichibangase"), ("蓮沼", "はすぬま", "Hasunuma"),
    ("栗林", "くりばやし", "Kuribayashi"), ("外園", "ほかぞの", "Hokazono"),
    ("南雲", "なぐも", "Nagumo"), ("比嘉", "ひが", "Higa"),
    ("仲宗根", "なかそね", "Nakasone"), ("宮里", "みやざと", "Miyazato"),
    ("阿久津", "あくつ", "Akutsu"), ("鵜飼", "うかい", "Ukai"),
    ("舟橋", "ふなはし", "Funahashi"), ("井之上", "いのうえ", "Inoue"),
    ("佐々木", "ささき", "Sasaki"), ("高橋", "たかはし", "Takahashi"),
    ("渡部", "わたなべ", "Watanabe"), ("小野寺", "おのでら", "Onodera"),
    ("相馬", "そうま", "Soma"), ("日下部", "くさかべ", "Kusakabe"),
    ("長谷部", "はせべ", "Hasebe"), ("須藤", "すどう", "Sudo"),
    ("三田村", "みたむら", "Mitamura"), ("吉備", "きび", "Kibi"),
    ("能登", "のと", "Noto"), ("真栄田", "まえだ", "Maeda"),
    ("冨岡", "とみおか", "Tomioka"), ("椎名", "しいな", "Shiina"),
    ("早乙女", "さおとめ", "Saotome"), ("桧山", "ひやま", "Hiyama"),
    ("猪狩", "いかり", "Ikari"), ("喜多", "きた", "Kita"),
    ("安齋", "あんざい", "Anzai"), ("糸数", "いとかず", "Itokazu"),
    ("沢渡", "さわたり", "Sawatari"), ("楠本", "くすもと", "Kusumoto"),
    ("秋葉", "あきば", "Akiba"), ("城戸", "きど", "Kido"),
    ("桑折", "こおり", "Kori"), ("本田", "ほんだ", "Honda"),
    ("朝比奈", "あさひな", "Asahina"), ("八木橋", "やぎはし", "Yagihashi"),
]
MEI_F = [
    ("美咲", "みさき", "Misaki"), ("陽菜", "ひな", "Hina"), ("結衣", "ゆい", "Yui"),
    ("芽生", "めい", "Mei"), ("千尋", "ちひろ", "Chihiro"), ("彩花", "あやか", "Ayaka"),
    ("栞", "しおり", "Shiori"), ("七海", "ななみ", "Nanami"), ("心春", "こはる", "Koharu"),
    ("莉子", "りこ", "Riko"), ("真由", "まゆ", "Mayu"), ("葵", "あおい", "Aoi"),
    ("琴音", "ことね", "Kotone"), ("日向子", "ひなこ", "Hinako"), ("紗希", "さき", "Saki"),
    ("瑞穂", "みずほ", "Mizuho"), ("舞", "まい", "Mai"), ("杏奈", "あんな", "Anna"),
    ("凛", "りん", "Rin"), ("優花", "ゆうか", "Yuka"), ("夏帆", "かほ", "Kaho"),
    ("朋美", "ともみ", "Tomomi"), ("沙織", "さおり", "Saori"), ("萌", "もえ", "Moe"),
    ("遥", "はるか", "Haruka"), ("明日香", "あすか", "Asuka"), ("若菜", "わかな", "Wakana"),
    ("佳乃", "よしの", "Yoshino"), ("柚希", "ゆずき", "Yuzuki"), ("香織", "かおり", "Kaori"),
]
MEI_M = [
    ("大翔", "ひろと", "Hiroto"), ("颯太", "そうた", "Sota"), ("蓮", "れん", "Ren"),
    ("悠真", "ゆうま", "Yuma"), ("拓海", "たくみ", "Takumi"), ("健介", "けんすけ", "Kensuke"),
    ("航", "わたる", "Wataru"), ("慎吾", "しんご", "Shingo"),
]
MEI_ADULT = [
    ("恵子", "けいこ", "Keiko"), ("直樹", "なおき", "Naoki"), ("裕子", "ゆうこ", "Yuko"),
    ("浩二", "こうじ", "Koji"), ("智子", "ともこ", "Tomoko"), ("誠", "まこと", "Makoto"),
    ("由美子", "ゆみこ", "Yumiko"), ("和彦", "かずひこ", "Kazuhiko"), ("久美", "くみ", "Kumi"),
    ("正人", "まさと", "Masato"), ("典子", "のりこ", "Noriko"), ("哲也", "てつや", "Tetsuya"),
]

TOWNS = [
    ("252-0303", "神奈川県相模原市南区相模大野"), ("252-0344", "神奈川県相模原市南区古淵"),
    ("194-0013", "東京都町田市原町田"), ("252-0011", "神奈川県座間市相武台"),
    ("242-0007", "神奈川県大和市中央林間"), ("243-0432", "神奈川県海老名市中央"),
    ("243-0014", "神奈川県厚木市旭町"), ("192-0364", "東京都八王子市南大沢"),
    ("226-0027", "神奈川県横浜市緑区長津田"), ("252-1107", "神奈川県綾瀬市深谷中"),
    ("252-0236", "神奈川県相模原市中央区富士見"), ("194-0032", "東京都町田市本町田"),
    ("252-0804", "神奈川県藤沢市湘南台"), ("228-0803", "神奈川県相模原市南区相模台"),
    ("243-0303", "神奈川県愛甲郡愛川町中津"), ("259-1117", "神奈川県伊勢原市東成瀬"),
]
BUILDINGS = ["", "", "", " コーポ若葉203", " メゾン相模101", " グリーンハイツ2-B",
             " サンライズ大野405", " ハイム桜台102", "-305"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
            "outlook.jp", "softbank.ne.jp"]

_used_names: set[str] = set()


def _pick_name(pool_mei):
    for _ in range(500):
        s = rng.choice(SEI)
        m = rng.choice(pool_mei)
        key = s[0] + m[0]
        if key not in _used_names:
            _used_names.add(key)
            return s, m
    s, m = rng.choice(SEI), rng.choice(pool_mei)
    return s, m


def phone() -> str:
    return f"0{rng.choice('987')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def address() -> tuple[str, str]:
    z, town = rng.choice(TOWNS)
    a = f"{town}{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 15)}"
    return z, a + rng.choice(BUILDINGS)


def person(kind: str = "student", year_from: int = 2003, year_to: int = 2006) -> dict:
    """A fictional person: student (mostly women), adult (parent, lecturer)."""
    if kind == "student":
        pool = MEI_M if rng.random() < 0.15 else MEI_F
    else:
        pool = MEI_ADULT
    s, m = _pick_name(pool)
    dob = date(rng.randint(year_from, year_to), 1, 1) + timedelta(days=rng.randint(0, 364))
    z, a = address()
    mail = f"{m[2].lower()}{rng.choice(['.', '_', ''])}{s[2].lower()}{rng.randint(1, 99)}" \
           f"@{rng.choice(FREEMAIL)}"
    return {
        "sei": s[0], "mei": m[0], "name": f"{s[0]} {m[0]}", "kana": f"{s[1]} {m[1]}",
        "romaji": f"{s[2].upper()} {m[2]}", "first": m[2], "last": s[2],
        "male": pool is MEI_M, "dob": dob, "phone": phone(), "email": mail,
        "zip": z, "addr": a,
    }


def students(n: int, **kw) -> list[dict]:
    return [person("student", **kw) for _ in range(n)]


_used_sids: set[str] = set()


def sid(year: int = 24) -> str:
    while True:
        v = f"N{year}{rng.randint(1, 82):03d}"
        if v not in _used_sids:
            _used_sids.add(v)
            return v


def wareki(d: date, style: str = "long") -> str:
    if d >= date(2019, 5, 1):
        era, ab, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, ab, y = "平成", "H", d.year - 1988
    else:
        era, ab, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{ab}{y}.{d.month}.{d.day}"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


_ZEN = str.maketrans("0123456789-/.()", "０１２３４５６７８９－／．（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def dispw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(0, w - dispw(s))


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def spaced_mynum(n: str) -> str:
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def spaced_card(n: str) -> str:
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


# -- the school's staff (all invented) --------------------------------------------------------

SCHOOL = "日の出看護専門学校"
SCHOOL_ADDR = "〒252-0303 神奈川県相模原市南区相模大野8-14-2"
SCHOOL_TEL = "TEL 042-742-5510（代） FAX 042-742-5511"

STAFF = {
    "mizuno": ("水野 礼子", "みずの れいこ", "教務課", "mizuno.reiko@nursing.hinode-sangyo.co.jp"),
    "kiritani": ("桐谷 真澄", "きりたに ますみ", "臨地実習調整室 専任教員",
                 "kiritani.masumi@nursing.hinode-sangyo.co.jp"),
    "horinouchi": ("堀之内 千夏", "ほりのうち ちなつ", "学生課 保健室（看護師）",
                   "horinouchi.chinatsu@nursing.hinode-sangyo.co.jp"),
    "washio": ("鷲尾 康弘", "わしお やすひろ", "事務長", "washio.yasuhiro@hinode-sangyo.co.jp"),
    "osako": ("大迫 敦子", "おおさこ あつこ", "副校長", "osako.atsuko@nursing.hinode-sangyo.co.jp"),
    "shiomi": ("塩見 隆", "しおみ たかし", "日の出エデュケーション株式会社 経理課",
               "shiomi.takashi@edu.hinode-sangyo.co.jp"),
    "usami": ("宇佐美 健太", "うさみ けんた", "入試広報課", "usami.kenta@nursing.hinode-sangyo.co.jp"),
    "egashira": ("江頭 由紀", "えがしら ゆき", "国家試験対策委員会 専任教員",
                 "egashira.yuki@nursing.hinode-sangyo.co.jp"),
    "kurusu": ("栗栖 美穂", "くるす みほ", "学生課（奨学金・修学資金担当）",
               "kurusu.miho@nursing.hinode-sangyo.co.jp"),
    "tokita": ("鴇田 修", "ときた おさむ", "総務課", "tokita.osamu@hinode-sangyo.co.jp"),
    "nishina": ("仁科 晴美", "にしな はるみ", "成人看護学 専任教員",
                "nishina.harumi@nursing.hinode-sangyo.co.jp"),
}


def frm(key: str) -> str:
    name, _, _, addr = STAFF[key]
    return f"{name} <{addr}>"


def sig(key: str, style: int = 0) -> str:
    name, kana, dept, addr = STAFF[key]
    if style == 0:
        return (f"\n──────────────────────────\n{SCHOOL} {dept}\n{name}（{kana}）\n"
                f"{SCHOOL_ADDR}\n{SCHOOL_TEL}\nMail: {addr}\n"
                "（設置者：日の出エデュケーション株式会社／日の出産業グループ）\n"
                "──────────────────────────\n")
    if style == 1:
        return f"\n--\n{SCHOOL}　{dept}　{name}\nTEL 042-742-5510（代）\n"
    if style == 2:
        roman = {"mizuno": "Reiko Mizuno", "kiritani": "Masumi Kiritani",
                 "osako": "Atsuko Osako", "usami": "Kenta Usami"}.get(key, name)
        return (f"\n--\n{roman}\nHinode College of Nursing (Hinode Sangyo Group)\n"
                "8-14-2 Sagami-Ono, Minami-ku, Sagamihara, Kanagawa 252-0303, Japan\n"
                f"Tel +81-42-742-5510 / {addr}\n")
    return (f"\n*****************************\n {name}\n {SCHOOL}\n {dept}\n"
            f" {SCHOOL_ADDR}\n {SCHOOL_TEL}\n*****************************\n")


DISC_JA = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you "
           "are not the intended recipient, please notify the sender and delete it.\n")

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"nursingschool-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# ============================================================================================
# 001  stop — practicum roster in the body, space-padded columns
_s = students(8, year_from=2004, year_to=2005)
_rows = "\n".join(
    f"{pad(sid(23), 9)}{pad(p['name'], 14)}{pad(p['kana'], 22)}{ymd(p['dob'])}  {p['phone']}"
    for p in _s)
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 students' names, birth dates and mobiles in the body to an external hospital",
    sender=frm("kiritani"),
    to=["看護部 教育担当 <kyoiku-kango@sagami-minato-hp.jp>"],
    subject="【日の出看護】成人看護学実習Ⅱ（10/7～）実習生名簿の送付",
    charset="iso-2022-jp",
    body=f"""相模みなと総合病院
看護部 教育担当　竹之内 看護師長様

いつも大変お世話になっております。
日の出看護専門学校の桐谷でございます。

10月7日（月）より貴院 5階東病棟・6階西病棟にて実施いたします
成人看護学実習Ⅱの実習生名簿をお送りいたします。
電子カルテのID発行と更衣室ロッカーの割当にご利用ください。

{pad("学籍番号", 9)}{pad("氏名", 14)}{pad("ふりがな", 22)}{pad("生年月日", 12)}携帯電話
-------------------------------------------------------------------------------
{_rows}

前半4名が5階東、後半4名が6階西の予定です。
変更がございましたら改めてご連絡いたします。

何卒よろしくお願い申し上げます。
{sig("kiritani")}""",
)

# 002  pass — ordinary schedule coordination, legal disclaimer at the end
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary practicum scheduling with one hospital; only the standard disclaimer",
    sender=frm("kiritani"),
    to=["教育委員会 事務局 <kyoiku@osawadai-kinen.or.jp>"],
    subject="母性看護学実習 来年度の受入期間についてのご相談",
    charset="iso-2022-jp",
    body=f"""大沢台記念病院
看護部 教育委員会 事務局 御中

平素より本校の臨地実習にご協力を賜り、厚く御礼申し上げます。
日の出看護専門学校 臨地実習調整室の桐谷です。

来年度の母性看護学実習につきまして、以下の期間での受入をご検討いただけますと幸いです。

　第1クール：5月12日（月）～5月23日（金）　学生6名
　第2クール：6月 9日（月）～6月20日（金）　学生6名
　第3クール：9月29日（月）～10月10日（金）　学生5名

いずれも産科病棟（4階北）での実習を想定しております。
分娩見学の可否や、指導者の先生方のご都合もあるかと存じますので、
12月の実習指導者会議までにご意向をお聞かせいただければ助かります。

ご多忙のところ恐縮ですが、どうぞよろしくお願いいたします。
{sig("kiritani", 3)}{DISC_JA}""",
)

# 003  stop — antibody titres of 12 students in an XLSX (title row, two sheets)
_s = students(12, year_from=2003, year_to=2005)
_titre = [["令和7年度 臨地実習生 抗体価一覧（日の出看護専門学校 2年次）"], [],
          ["No", "学籍番号", "氏名", "生年月日", "麻疹IgG(EIA)", "風疹HI", "水痘IgG(EIA)",
           "ムンプスIgG(EIA)", "HBs抗体(mIU/mL)", "判定"]]
for i, p in enumerate(_s, 1):
    m, r, v, mu, hb = (round(rng.uniform(1.5, 40), 1), rng.choice([8, 16, 32, 64, 128, 256]),
                       round(rng.uniform(2, 30), 1), round(rng.uniform(1.8, 20), 1),
                       rng.choice([3.2, 8.4, 12, 55, 120, 430, 1000]))
    ok = "基準充足" if m >= 16 and r >= 32 and v >= 4 and mu >= 4 and hb >= 10 else "要追加接種"
    _titre.append([i, sid(24), p["name"], ymd(p["dob"]), m, r, v, mu, hb, ok])
_vacc = [["学籍番号", "氏名", "MR 1回目", "MR 2回目", "水痘", "HBワクチン3回目", "インフルエンザ"]]
for row in _titre[3:]:
    _vacc.append([row[1], row[2], "2005/03/14", "2010/06/02", "済", rng.choice(["済", "未"]),
                  rng.choice(["10/15予定", "済", "未"])])
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="12 named students' antibody test results (health data) in an XLSX to a hospital",
    sender=frm("horinouchi"),
    to=["感染管理室 <ict@sagami-chuo-hp.jp>"],
    cc=[frm("kiritani")],
    subject="実習前 抗体価・予防接種歴のご提出（2年次 12名）",
    charset="cp932",
    body=f"""相模中央病院 感染管理室
感染管理認定看護師　飯干様

お世話になっております。日の出看護専門学校 保健室の堀之内です。

11月からの基礎看護学実習Ⅱに先立ち、実習生12名分の抗体価と
予防接種歴を添付のとおりご提出いたします。
「要追加接種」の学生は、10月中に接種を完了させる予定です。

ご確認のほどよろしくお願いいたします。
{sig("horinouchi", 1)}""",
    attachments=[{"kind": "xlsx", "name": "抗体価一覧_2年次_相模中央病院.xlsx",
                  "sheets": {"抗体価": _titre, "接種歴": _vacc}}],
)

# 004  pass — reply; the hospital's list is only in the quoted text
_s = students(6, year_from=2004, year_to=2005)
_q = "\n".join(f"> {p['name']}　{p['phone']}　ロッカー{rng.randint(100, 180)}" for p in _s)
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="the roster is only in '>' quoted text from the hospital; new text has no personal data",
    sender=frm("kiritani"),
    to=["竹之内 典子 <takenouchi.n@sagami-minato-hp.jp>"],
    subject="Re: ロッカー割当のご連絡",
    charset="iso-2022-jp",
    body=f"""竹之内様

ご連絡ありがとうございます。
ロッカー番号、承知いたしました。初日のオリエンテーションで学生に伝えます。
鍵の返却は最終日17時までに病棟クラークさんへ、で承りました。

桐谷
{sig("kiritani", 1)}
竹之内 典子 wrote:
> 日の出看護専門学校
> 桐谷先生
>
> お世話になっております。来週からの実習生のロッカーを以下のとおり割り当てました。
{_q}
>
> 初日は8時30分に2階会議室へお越しください。
> 相模みなと総合病院 看護部 竹之内
""",
)

# 005  stop — look-alike of the head office domain (hinode-sangyou)
add(
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain hinode-sangyou.co.jp is a one-letter look-alike of the own domain",
    sender=frm("shiomi"),
    to=["本社経理部 予算担当 <yosan-keiri@hinode-sangyou.co.jp>"],
    subject="看護専門学校 非常勤講師謝金 下期予算の見込み",
    charset="iso-2022-jp",
    body=f"""本社経理部 予算担当　各位

お疲れさまです。日の出エデュケーション経理課の塩見です。

看護専門学校の非常勤講師謝金について、下期の見込みをお送りします。

　・専門基礎分野（解剖生理・病理・薬理 ほか）　 4,820,000円
　・専門分野（臨床講義・特別講義）　　　　　　 2,150,000円
　・国家試験対策講座（外部講師）　　　　　　　　 980,000円
　　合計　7,950,000円（上期比 +6.2%）

増加分は、来年度カリキュラム改正に伴う臨床講義のコマ増によるものです。
詳細は月次会議でご説明します。

塩見
{sig("shiomi", 1)}""",
)

# 006  pass — lecturers' My Numbers, but only to the head office (internal)
_lect = [person("adult", 1958, 1985) for _ in range(7)]
_rows = [["令和7年分 報酬、料金、契約金及び賞金の支払調書 作成用（非常勤講師）"],
         ["氏名", "フリガナ", "生年月日", "住所", "個人番号", "支払金額（円）"]]
for p in _lect:
    _rows.append([p["name"], p["kana"], ymd(p["dob"], "-"), p["addr"], mynum(),
                  rng.choice([86400, 129600, 172800, 216000, 302400])])
add(
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=[],
    note="My Numbers of 7 lecturers, but every recipient is on hinode-sangyo.co.jp (internal)",
    sender=frm("shiomi"),
    to=["本社人事部 給与チーム <jinji-kyuyo@hinode-sangyo.co.jp>"],
    subject="【看護専門学校】非常勤講師 支払調書用データ（7名）",
    charset="cp932",
    body=f"""給与チーム　御中

お疲れさまです。日の出エデュケーション経理課の塩見です。
本社一括で作成いただいている支払調書について、看護専門学校分の
非常勤講師7名のデータを添付します。個人番号は本人確認済みです。

ファイルは社内共有フォルダには置かず、本メールのみでお送りしています。
取込後は削除をお願いします。
{sig("shiomi", 1)}""",
    attachments=[{"kind": "xlsx", "name": "支払調書データ_看護専門学校.xlsx",
                  "sheets": {"講師": _rows}}],
)

# 007  stop — one student's epilepsy, in running text, to the practicum site
_p = person("student", 2003, 2004)
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named student's epilepsy and medication (medical history) to an external site",
    sender=frm("nishina"),
    to=["所長 <shocho@hidamari-vns.jp>"],
    subject="在宅看護論実習　学生1名についての事前のご相談",
    charset="iso-2022-jp",
    body=f"""訪問看護ステーション ひだまり
所長　松葉様

いつもお世話になっております。日の出看護専門学校の仁科です。

来週から貴ステーションで実習させていただく3年生のうち、
{_p['name']}さんについて事前にお伝えしておきたいことがございます。

本人は高校生のときにてんかんと診断されており、現在も抗てんかん薬を服用しています。
ここ2年は発作はありませんが、睡眠不足が続くと前兆が出ることがあると聞いています。
同行訪問の際に、万一意識がぼんやりする様子があれば、無理に訪問を続けさせず
その場で休ませ、本校（042-742-5510）までご一報いただけますでしょうか。
自転車での移動は控えさせ、指導者の方の車に同乗させていただけると助かります。

本人・保護者とも、実習先にお伝えすることについては了承済みです。
ご配慮のほど、どうぞよろしくお願いいたします。

仁科 晴美
{sig("nishina", 1)}""",
)

# 008  pass — uniform order by size, no people
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="uniform order quantities by size and an order number; no personal data",
    sender=frm("mizuno"),
    to=["白樺ユニフォーム 営業部 相良様 <sagara@shirakaba-uniform.co.jp>"],
    subject="来年度入学生用 実習衣の発注（発注番号 HN-2025-0417）",
    charset="iso-2022-jp",
    body=f"""株式会社白樺ユニフォーム
営業部　相良様

お世話になっております。日の出看護専門学校 教務課の水野です。
先日お見積りいただいた実習衣について、下記のとおり発注いたします。

発注番号：HN-2025-0417
品番：SU-5820（ケーシー型上衣・ネイビーパイピング）／SU-5821（スラックス）

サイズ    上衣   スラックス
S          14        12
M          31        30
L          22        24
LL          8         9
3L          2         2
計         77        77

名入れ刺繍：胸ポケット上「日の出看護」（白糸）
納期：2月末日（入学前採寸会の結果により追加が出る場合は別途ご連絡します）

お手数ですが、発注請書をご返送ください。
{sig("mizuno")}""",
)

# 009  stop — three parents in To (private persons on free mail see each other)
_par = [person("adult", 1968, 1980) for _ in range(3)]
add(
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three parents (three private parties) on free mail in To, visible to each other",
    sender=frm("nishina"),
    to=[f"{_par[0]['name']} <{_par[0]['first'].lower()}.{_par[0]['last'].lower()}@gmail.com>",
        f"{_par[1]['sei']} <{_par[1]['last'].lower()}_{_par[1]['first'].lower()}@yahoo.co.jp>",
        f"{_par[2]['last'].lower()}-fam@docomo.ne.jp"],
    subject="保護者面談の日程について（1年A組）",
    charset="iso-2022-jp",
    body=f"""保護者の皆様

いつも本校の教育活動にご理解とご協力をいただき、ありがとうございます。
1年A組 担任の仁科です。

前期の成績と実習に向けた準備状況について、保護者面談を下記の日程で実施いたします。
ご都合のよい時間帯を、このメールへの返信でお知らせください。

　日時：11月14日（金）・15日（土）　10:00～16:00（1組30分）
　場所：本校 2階 面談室
　※オンライン（Zoom）をご希望の方はその旨お書き添えください。

よろしくお願いいたします。
{sig("nishina", 3)}""",
)

# 010  pass — parents in Bcc, To is the sender herself
_bcc = [person("adult", 1966, 1982)["email"] for _ in range(7)]
add(
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="parents correctly in Bcc (To is the sender); only free-mail recipients warn",
    sender=frm("osako"),
    to=[frm("osako")],
    bcc=_bcc,
    subject="【日の出看護専門学校】戴帽式のご案内",
    charset="iso-2022-jp",
    body=f"""保護者の皆様

秋冷の候、皆様にはますますご清祥のこととお慶び申し上げます。
このたび、2年生の戴帽式（宣誓式）を下記のとおり挙行いたします。
ご多用中とは存じますが、ぜひご臨席賜りますようご案内申し上げます。

　日時：令和7年11月29日（土）13時30分開式（13時受付）
　会場：さくらホテル相模大野　2階「桜の間」
　服装：平服でお越しください

ご出欠は11月14日までに、学生を通じて出欠票にてお知らせください。
なお、本メールは一斉送信のため、受信者の皆様のアドレスは表示されておりません。

日の出看護専門学校 副校長　大迫 敦子
{sig("osako", 1)}""",
)

# 011  stop — uniform measurements of 14 students (CSV, UTF-8)
_s = students(14, year_from=2005, year_to=2007)
_rows = [["学籍番号", "氏名", "性別", "身長", "体重", "胸囲", "ウエスト", "上衣", "スラックス", "シューズ"]]
for p in _s:
    h = rng.randint(148, 176) if not p["male"] else rng.randint(163, 183)
    _rows.append([sid(25), p["name"], "男" if p["male"] else "女", h, rng.randint(42, 78),
                  rng.randint(76, 98), rng.randint(58, 84), rng.choice(["S", "M", "L", "LL"]),
                  rng.choice(["S", "M", "L", "LL"]), rng.choice([22.5, 23, 23.5, 24, 24.5, 26])])
add(
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="14 named students' body measurements (records of people) in a CSV to a vendor",
    sender=frm("mizuno"),
    to=["sagara@shirakaba-uniform.co.jp"],
    subject="採寸会の結果データ送付",
    charset="utf-8",
    body=f"""白樺ユニフォーム　相良様

先日の入学前採寸会、ありがとうございました。
欠席していた14名分を本校で採寸しましたので、データをお送りします。
個別の名入れ袋に氏名を入れて納品してください。

水野
{sig("mizuno", 1)}""",
    attachments=[{"kind": "csv", "name": "saisun_tsuika_14.csv", "encoding": "utf-8",
                  "rows": _rows}],
)

# 012  stop — emergency contact list WITHOUT a name column
_s = students(7, year_from=2003, year_to=2005)
_rows = "\n".join(f"{sid(23)}\t{p['phone']}\t{p['email']}" for p in _s)
add(
    expect="stop",
    entities=["PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="7 students' mobiles and private e-mails by student number (no name column) to a hospital",
    sender=frm("kiritani"),
    to=["看護部 実習担当 <jisshu@osawadai-kinen.or.jp>"],
    subject="RE: 実習中の緊急連絡先について",
    charset="cp932",
    body=f"""大沢台記念病院 看護部
実習担当　湯浅様

ご依頼の件、承知しました。
災害時・交通機関の停止時に病棟から学生へ直接連絡できるよう、
実習生7名の連絡先を学籍番号でお送りします（氏名は初日にお渡しした名簿と同じ順です）。

学籍番号\t携帯\tメール
{_rows}

実習終了後は破棄していただけますと幸いです。
{sig("kiritani", 1)}""",
)

# 013  stop — password-protected ZIP (PPAP)
add(
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="AES-encrypted ZIP with the password to follow: the guard cannot inspect it",
    sender=frm("kiritani"),
    to=["教育担当 <kango-kyoiku@mizuhodai-hp.jp>"],
    subject="精神看護学実習 実習生個人票の送付",
    charset="iso-2022-jp",
    body=f"""医療法人 青嶺会 みずほ台病院
看護部 教育担当　御中

お世話になっております。日の出看護専門学校の桐谷です。
1月からの精神看護学実習の実習生個人票（6名分）を送付いたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

ご査収のほどよろしくお願いいたします。
{sig("kiritani")}""",
    attachments=[{"kind": "zip", "name": "実習生個人票_精神.zip", "password": "Mzh#2025jan",
                  "files": [{"kind": "xlsx", "name": "個人票.xlsx",
                             "sheets": {"個人票": [["氏名", "住所", "電話"]] +
                                        [[p["name"], p["addr"], p["phone"]]
                                         for p in students(6)]}}]}],
)

# 014  either — one student's vaccination status (done / not yet), no results
_p = person("student", 2004, 2005)
add(
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named student's vaccination status only (no titres): health record or not is arguable",
    sender=frm("horinouchi"),
    to=["飯干 <iiboshi@sagami-chuo-hp.jp>"],
    subject="Re: B型肝炎ワクチン接種状況の確認",
    charset="iso-2022-jp",
    body=f"""飯干様

お問い合わせありがとうございます。保健室の堀之内です。

ご指摘の{_p['name']}さんですが、B型肝炎ワクチンは2回目まで接種済みで、
3回目は11月20日に近医で接種予定です。
接種後に接種証明のコピーをお持ちするよう本人に伝えてあります。
それまでは採血・血糖測定など血液に触れる可能性のある援助は見学のみとさせてください。

他の学生は3回とも接種済みです。
{sig("horinouchi", 1)}""",
)

# 015  stop — lecturers' My Numbers to the outside tax accountant
_lect = [person("adult", 1955, 1988) for _ in range(6)]
_rows = [["非常勤講師 個人番号一覧（令和7年分 支払調書）", "", "", "", ""], [],
         ["講師名", "担当科目", "生年月日", "住所", "個人番号"]]
for p, subj in zip(_lect, ["病理学", "薬理学", "栄養学", "臨床心理学", "看護倫理", "公衆衛生学"]):
    _rows.append([p["name"], subj, wareki(p["dob"]), f"〒{p['zip']} {p['addr']}", mynum()])
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="six lecturers' My Numbers, addresses and birth dates in an XLSX to an outside tax firm",
    sender=frm("shiomi"),
    to=["税理士法人かなで会計 担当 米倉様 <yonekura@kanade-kaikei.jp>"],
    subject="支払調書作成資料（日の出看護専門学校 非常勤講師分）",
    charset="iso-2022-jp",
    body=f"""税理士法人かなで会計
米倉様

いつもお世話になっております。日の出エデュケーションの塩見です。
年末の支払調書作成に必要な非常勤講師6名分の資料をお送りします。
支払金額の明細は、月次データと合わせて来週お届けします。

ご確認のほど、よろしくお願いいたします。
{sig("shiomi", 3)}""",
    attachments=[{"kind": "xlsx", "name": "講師_個人番号.xlsx", "sheets": {"R7": _rows}}],
)

# 016  pass — two external organisations (university + hospital) in a three-way mail
add(
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="a normal three-way mail: one university lecturer and one hospital physician",
    sender=frm("mizuno"),
    to=["乾 先生 <inui.k@sagami-iryo.ac.jp>"],
    cc=["呼吸器内科 祖父江 先生 <sobue-resp@sagami-minato-hp.jp>"],
    subject="臨床講義「呼吸器疾患と看護」ご担当回の調整",
    charset="iso-2022-jp",
    body=f"""相模医療大学　乾先生
相模みなと総合病院　祖父江先生

お世話になっております。日の出看護専門学校 教務課の水野です。

来年度の「成人看護学援助論Ⅱ」のうち、呼吸器領域4コマについて、
前半2コマ（疾患の理解）を祖父江先生、後半2コマ（看護過程）を乾先生に
ご担当いただく形でご相談させてください。

候補日は以下のとおりです。
　①6月 3日（火）3・4限
　②6月10日（火）3・4限
　③6月17日（火）3・4限

お二人で内容の重なりがないよう、事前に15分ほどオンラインで
打ち合わせの機会を設けられればと考えております。
ご都合をお聞かせください。
{sig("mizuno")}{DISC_JA}""",
)

# 017  stop — 社外秘 stamp only in the attached DOCX's page header
add(
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached DOCX carries a 社外秘 page-header stamp; the mail text does not say so",
    sender=frm("kiritani"),
    to=["教育担当師長 <kyoiku@seiwakai-hp.or.jp>"],
    subject="実習評価表の改定案について",
    charset="iso-2022-jp",
    body=f"""清和病院 看護部
教育担当師長　国分様

お世話になっております。日の出看護専門学校の桐谷です。
来年度から使用予定の実習評価表の改定案を添付いたします。
臨床指導者の立場からご意見をいただけますと幸いです。

12月5日の実習指導者会議で最終案をお示しする予定です。
{sig("kiritani", 1)}""",
    attachments=[{"kind": "docx", "name": "実習評価表_改定案_v3.docx", "page_header": "社外秘",
                  "title": "実習評価表 改定案",
                  "paragraphs": ["基礎看護学実習Ⅱ 評価表（改定案 第3版）",
                                 "1. 評価の観点を5項目から4項目に統合する。",
                                 "2. 自己評価欄を追加し、指導者評価と並記する。",
                                 "3. 評価段階を4段階（A～D）とし、C以下は再実習の検討対象とする。"],
                  "tables": [[["評価項目", "A", "B", "C", "D"],
                              ["対象理解", "十分", "概ね", "一部", "不十分"],
                              ["援助の実施", "自立", "助言で可", "要指導", "不可"],
                              ["報告・連絡", "適時", "概ね適時", "遅れ", "なし"],
                              ["倫理的態度", "模範", "適切", "要改善", "不適切"]]]}],
)

# 018  pass — the word 社外秘 only in a sentence explaining why nothing is attached
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions that internal minutes are 社外秘 and are NOT attached; no marked document goes",
    sender=frm("osako"),
    to=["看護部長 <kangobucho@sagami-chuo-hp.jp>"],
    subject="Re: 教員会議での検討結果について",
    charset="iso-2022-jp",
    body=f"""相模中央病院 看護部長　波多野様

ご連絡ありがとうございます。副校長の大迫です。

お問い合わせの件、教員会議の議事録そのものは学内の社外秘扱いの資料のため
お送りすることができませんが、貴院に関係する決定事項を以下にまとめます。

　1. 来年度の基礎看護学実習Ⅰは、1クールあたりの学生数を8名から6名に減らします。
　2. 実習記録は紙から本校の学習管理システムへの入力に移行します（病棟内では記載しません）。
　3. 実習指導者研修（年2回）の案内を、来年度から各病棟の指導者にも直接お送りします。

ご不明な点がございましたら、お気軽にお尋ねください。
{sig("osako")}""",
)

# 019  stop — look-alike of the partner bank (midori-ginkou)
add(
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp is a look-alike of the partner midori-ginko.co.jp",
    sender=frm("shiomi"),
    to=["法人営業部 <hojin-eigyo@midori-ginkou.co.jp>"],
    subject="授業料 口座振替の開始時期について",
    charset="iso-2022-jp",
    body=f"""みどり銀行 相模大野支店
法人営業部　ご担当者様

いつもお世話になっております。日の出エデュケーション経理課の塩見です。

看護専門学校の授業料について、来年度から口座振替への切り替えを予定しております。
つきましては、以下の点をご教示いただけますでしょうか。

　・口座振替依頼書の様式（他行口座の場合を含む）
　・初回引落しを5月27日とする場合の依頼書の提出期限
　・振替手数料（1件あたり）と、振替結果データの受け渡し方法

来週中に一度お打ち合わせの時間をいただけますと幸いです。
{sig("shiomi", 3)}""",
)

# 020  stop — account-transfer list of parents to the (real) partner bank
_par = [person("adult", 1965, 1982) for _ in range(9)]
_rows = [["振替日", "預金者名（カナ）", "金融機関コード", "支店コード", "預金種目", "口座番号", "金額", "学生氏名"]]
for p in _par:
    kana = p["kana"].replace(" ", "　")
    kata = "".join(chr(ord(c) + 96) if "ぁ" <= c <= "ゖ" else c for c in kana)
    _rows.append(["20250527", kata, rng.choice(["0571", "0005", "0009", "0290"]),
                  f"{rng.randint(100, 899):03d}", "1", f"{rng.randint(1000000, 9999999)}",
                  "330000", person("student", 2005, 2006)["name"]])
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="9 parents' bank accounts in a CSV: a list of people, even though the bank is a partner",
    sender=frm("shiomi"),
    to=["振替センター 小池様 <furikae-center@midori-ginko.co.jp>"],
    subject="5月分 授業料口座振替データ（テスト送信）",
    charset="cp932",
    body=f"""みどり銀行 振替センター
小池様

お世話になっております。日の出エデュケーションの塩見です。
5月分の授業料振替データを、テストとして先行分9件でお送りします。
フォーマットに問題がないかご確認ください。

本番データ（全学年 約230件）は伝送サービスで送る予定です。
{sig("shiomi", 1)}""",
    attachments=[{"kind": "csv", "name": "furikae_test_0527.csv", "rows": _rows}],
)

# 021  stop — passports of 9 students for the overseas study tour
_s = students(9, year_from=2003, year_to=2005)
_pax = [["海外看護研修（ホノルル）参加者一覧", "", "", "", "", "", ""],
        ["No", "氏名（ローマ字）", "性別", "生年月日", "旅券番号", "旅券有効期限", "食事制限"]]
for i, p in enumerate(_s, 1):
    _pax.append([i, p["romaji"], "M" if p["male"] else "F", p["dob"].strftime("%d%b%Y").upper(),
                 f"T{rng.choice('KRSZ')}{rng.randint(1000000, 9999999)}",
                 f"20{rng.randint(28, 34)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}",
                 rng.choice(["なし", "なし", "なし", "甲殻類", "なし"])])
_room = [["部屋", "氏名"]] + [[f"{1201 + i // 3}", p["romaji"]] for i, p in enumerate(_s)]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="9 students' passport numbers and birth dates in an XLSX to a travel agency",
    sender=frm("usami"),
    to=["ひかりトラベル 教育旅行課 <kyoiku-ryoko@hikari-travel.co.jp>"],
    subject="ハワイ研修 航空券発券用 参加者情報",
    charset="utf-8",
    body=f"""ひかりトラベル 教育旅行課
浅香様

お世話になっております。日の出看護専門学校の宇佐美です。
3月のホノルル研修について、航空券発券とESTA申請に必要な参加者情報をお送りします。
旅券の記載どおりローマ字で入力しています。部屋割りは2枚目のシートです。

引率は大迫（副校長）と私の2名で、教員分は別途お送りします。
{sig("usami")}""",
    attachments=[{"kind": "xlsx", "name": "Hawaii2026_participants.xlsx", "title": "参加者一覧",
                  "sheets": {"参加者": _pax, "部屋割": _room}}],
)

# 022  pass — English, two students arriving late (two people's data)
_a, _b = students(2, year_from=2003, year_to=2004)
add(
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two students' names and mobiles to the host hospital abroad: under five people",
    sender=frm("usami"),
    to=["Leilani Kahale <lkahale@kaimana-health.org>"],
    subject="Study tour - two students arriving one day late",
    charset="utf-8",
    body=f"""Dear Ms. Kahale,

Thank you again for hosting our nursing students in March.

A short update: two of our students will join the group one day late because of a
make-up exam on March 9. They will fly on HA 458 and arrive at HNL at 09:40 on March 11,
and will come straight to the Education Center by taxi.

  - {_a['romaji'].title()}   mobile (roaming) +81-{_a['phone'][1:]}
  - {_b['romaji'].title()}   mobile (roaming) +81-{_b['phone'][1:]}

Could they be added to the hospital tour at 13:00 that day? The rest of the group
(16 students and 2 faculty) will arrive on March 10 as planned.

Best regards,
{sig("usami", 2)}{DISC_EN}""",
)

# 023  stop — HTML-only mail, table of scholarship students with bank accounts
_s = students(6, year_from=2003, year_to=2005)
_tr = "\n".join(
    f"<tr><td>{p['name']}</td><td>{rng.choice(['2', '3'])}年</td><td>〒{p['zip']}<br>{p['addr']}</td>"
    f"<td>{p['phone']}</td><td>{rng.choice(['みどり銀行 相模大野支店', 'かながわ信金 古淵支店', 'ゆうちょ銀行 〇二八店'])}"
    f" 普通 {rng.randint(1000000, 9999999)}</td></tr>" for p in _s)
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="HTML table of 6 scholarship students with addresses, phones and bank accounts",
    sender=frm("kurusu"),
    to=["経理課 <keiri@seiwakai-hp.or.jp>"],
    subject="清和会奨学金 後期貸与分 振込先一覧",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>清和病院 経理課<br>ご担当者様</p>
<p>いつもお世話になっております。日の出看護専門学校 学生課の栗栖です。<br>
清和会奨学金の後期貸与分（10月～3月）について、貸与対象学生6名の振込先をお知らせいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>学年</th><th>住所</th><th>電話</th><th>振込口座</th></tr>
{_tr}
</table>
<p>振込日は毎月10日と伺っております。変更がございましたらご連絡ください。</p>
<p>--<br>日の出看護専門学校 学生課（奨学金・修学資金担当）栗栖 美穂<br>TEL 042-742-5510（代）</p>
</body></html>""",
)

# 024  pass — HTML-only mail, table of practicum facilities (businesses)
_fac = [("相模みなと総合病院", "神奈川県相模原市南区相模台3-12-1", "042-748-1100"),
        ("相模中央病院", "神奈川県相模原市中央区富士見5-4-20", "042-752-3311"),
        ("大沢台記念病院", "東京都町田市本町田2-31-8", "042-725-6600"),
        ("清和病院", "神奈川県座間市相武台1-19-5", "046-255-2121"),
        ("みずほ台病院", "神奈川県海老名市中央6-2-14", "046-231-7700"),
        ("森のレディースクリニック", "神奈川県大和市中央林間4-8-3", "046-272-0303"),
        ("訪問看護ステーション ひだまり", "神奈川県相模原市南区古淵2-7-11", "042-740-8825"),
        ("特別養護老人ホーム 若葉の里", "神奈川県綾瀬市深谷中7-1-1", "0467-76-2050"),
        ("ふたば保育園", "神奈川県相模原市南区相模大野6-5-9", "042-745-1123"),
        ("相模原市南保健センター", "神奈川県相模原市南区相模大野5-31-1", "042-701-7700")]
_tr = "\n".join(f"<tr><td>{n}</td><td>{a}</td><td>{t}</td></tr>" for n, a, t in _fac)
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="a table of practicum facilities with their switchboards: businesses, not people",
    sender=frm("usami"),
    to=["錦印刷 企画制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="学校案内2026 p.14「主な実習施設」差し替え原稿",
    charset="utf-8",
    html=f"""<html><body>
<p>錦印刷株式会社 企画制作部　三枝様</p>
<p>お世話になっております。日の出看護専門学校 入試広報課の宇佐美です。<br>
学校案内2026の14ページ「主な実習施設」の表を、下記のとおり差し替えをお願いします。
（ふたば保育園と南保健センターを追加、旧・みなみ野クリニックを削除）</p>
<table border="1" cellpadding="3">
<tr><th>施設名</th><th>所在地</th><th>代表電話</th></tr>
{_tr}
</table>
<p>初校は11月20日頃に拝見できれば幸いです。</p>
<p>宇佐美 健太<br>日の出看護専門学校 入試広報課</p>
</body></html>""",
)

# 025  stop — FW of a parent's mail about a daughter's eating disorder to an outside clinic
_par = person("adult", 1970, 1976)
_st = person("student", 2005, 2006)
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward of a parent's mail naming the student and her eating-disorder treatment",
    sender=frm("nishina"),
    to=["こころのクリニック相模大野 臨床心理士 <shinri@kokoro-sagamiono.jp>"],
    subject="FW: 娘のことでご相談です",
    charset="iso-2022-jp",
    body=f"""こころのクリニック相模大野
臨床心理士　岩城先生

いつも学生相談でお世話になっております。日の出看護専門学校の仁科です。
保護者の方から下記のメールをいただきました。来週の学生相談の前に
先生にもお目通しいただいたほうがよいと思い、転送いたします。

----- Forwarded Message -----
From: {_par['name']} <{_par['email']}>
Subject: 娘のことでご相談です

仁科先生

1年A組の{_st['name']}の母です。いつもお世話になっております。
娘は高校2年のときに神経性やせ症（摂食障害）と診断され、
大学病院の心療内科に通院しておりましたが、入学前に一度通院が途切れていました。
夏休み明けから体重がまた減ってきており、本人は大丈夫と言うのですが心配です。
実習が始まる前に、学校でも様子を見ていただけないでしょうか。

{_par['name']}
携帯 {_par['phone']}
""",
)

# 026  pass — the same kind of parent's mail, forwarded only inside the school
_par = person("adult", 1968, 1975)
_st = person("student", 2004, 2005)
add(
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="sensitive parent's mail forwarded only to internal colleagues (nursing. subdomain)",
    sender=frm("nishina"),
    to=[frm("horinouchi")],
    cc=[frm("osako")],
    subject="転送: 欠席の連絡（2年B組）",
    charset="iso-2022-jp",
    body=f"""堀之内さん、大迫先生

2年B組の保護者から下記の連絡がありました。
実習の調整が必要になりそうなので、木曜の学生支援会議で相談させてください。

仁科

-------- 転送メッセージ --------
差出人: {_par['name']} <{_par['email']}>
件名: 欠席の連絡

いつもお世話になっております。{_st['name']}の父です。
娘は先週末、電車の中で過呼吸の発作を起こし、心療内科でパニック障害と診断されました。
今週いっぱいは自宅で休ませたいと思います。
何かあれば私の携帯（{_par['phone']}）までご連絡ください。
""",
)

# 027  stop — four hospitals in To/Cc can see each other
add(
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four different hospitals in To/Cc (should have been Bcc)",
    sender=frm("osako"),
    to=["看護部 <kango@sagami-minato-hp.jp>", "看護部 教育委員会 <kyoiku@osawadai-kinen.or.jp>"],
    cc=["国分 師長 <kyoiku@seiwakai-hp.or.jp>", "kango-kyoiku@mizuhodai-hp.jp"],
    subject="令和7年度 第2回 臨地実習指導者会議のご案内",
    charset="iso-2022-jp",
    body=f"""実習施設　看護部長様
実習指導者の皆様

日頃より本校の臨地実習にご尽力を賜り、心より御礼申し上げます。
第2回臨地実習指導者会議を下記のとおり開催いたします。

　日時：12月5日（金）14:00～16:30
　場所：日の出看護専門学校 3階 大講義室（オンライン併用）
　議題：1. 今年度実習の振り返り　2. 実習評価表の改定について
　　　　3. 来年度の受入計画　　　4. 意見交換（グループ別）

ご出欠を11月21日までにご返信ください。
{sig("osako")}""",
)

# 028  pass — five nurses of ONE hospital in To (one external party)
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="five addresses, all at the same hospital: one external organisation",
    sender=frm("kiritani"),
    to=["5east-shido@sagami-chuo-hp.jp", "6west-shido@sagami-chuo-hp.jp",
        "iiboshi@sagami-chuo-hp.jp", "hatano@sagami-chuo-hp.jp", "kyoiku@sagami-chuo-hp.jp"],
    subject="基礎看護学実習Ⅱ 最終カンファレンスの時間変更",
    charset="iso-2022-jp",
    body=f"""相模中央病院
実習指導者の皆様

お世話になっております。日の出看護専門学校の桐谷です。

11月28日（金）の最終カンファレンスですが、病棟の業務調整のため
開始時刻を15:00から15:30に変更させていただきます。
場所は変わらず2階 第1会議室です。

学生の発表は1人5分、質疑を含めて全体で60分程度を予定しています。
お忙しいところ恐縮ですが、ご出席のほどよろしくお願いいたします。
{sig("kiritani", 1)}""",
)

# 029  stop — corrupt XLSX attachment
add(
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached attendance workbook is corrupt and cannot be read",
    sender=frm("mizuno"),
    to=["乾 先生 <inui.k@sagami-iryo.ac.jp>"],
    subject="成人看護学援助論Ⅱ 出席簿（前期分）",
    charset="iso-2022-jp",
    body=f"""乾先生

お世話になっております。教務課の水野です。
先生ご担当分の前期の出席簿をお送りいたします。
欠席3回以上の学生には補講レポートを課す予定ですので、
該当者がいればお知らせください。
{sig("mizuno", 1)}""",
    attachments=[{"kind": "corrupt", "name": "出席簿_援助論2_前期.xlsx"}],
)

# 030  pass — one part-time lecturer on free mail, lecture schedule PDF
add(
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="a single lecturer's private gmail address; the PDF is a lecture timetable only",
    sender=frm("mizuno"),
    to=["宗像 先生 <munakata.sensei.1962@gmail.com>"],
    subject="「看護と法律」後期の講義日程",
    charset="iso-2022-jp",
    body=f"""宗像先生

いつもお世話になっております。日の出看護専門学校 教務課の水野です。
後期「看護と法律」（1年生 8コマ）の日程表を添付いたします。
教室は全回 2階 201講義室です。プロジェクターとマイクを準備しておきます。

配布資料がございましたら、前週の金曜日までにお送りいただければ
人数分（82部）印刷いたします。
{sig("mizuno")}""",
    attachments=[{"kind": "pdf", "name": "講義日程_看護と法律_後期.pdf",
                  "lines": ["令和7年度 後期　看護と法律（1年次・1単位）　講師：宗像 先生", ""],
                  "table": [["回", "日付", "時限", "内容"],
                            ["1", "10/2(木)", "3", "看護職と法：保健師助産師看護師法"],
                            ["2", "10/9(木)", "3", "医療法と医療提供体制"],
                            ["3", "10/16(木)", "3", "個人情報保護と守秘義務"],
                            ["4", "10/23(木)", "3", "医療事故と法的責任"],
                            ["5", "10/30(木)", "3", "患者の権利とインフォームド・コンセント"],
                            ["6", "11/6(木)", "3", "社会保障制度と関係法規"],
                            ["7", "11/13(木)", "3", "労働法と看護職の働き方"],
                            ["8", "11/20(木)", "3", "まとめ・筆記試験"]]}],
)

# 031  stop — tab-separated mailing list of 10 examinees for address labels
_s = students(10, year_from=2002, year_to=2004)
_rows = "\n".join(f"{p['name']}\t〒{p['zip']}\t{p['addr']}\t{p['phone']}" for p in _s)
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="10 students' home addresses and phones (tab-separated) to a printing company",
    sender=frm("egashira"),
    to=["錦印刷 三枝様 <saegusa@nishiki-insatsu.co.jp>"],
    subject="宛名ラベル印刷のお願い（国家試験 受験手続書類送付用）",
    charset="cp932",
    body=f"""錦印刷株式会社
三枝様

いつもお世話になっております。日の出看護専門学校の江頭です。

長期実習中で登校しない3年生に、看護師国家試験の受験手続書類を郵送します。
下記10名分の宛名ラベル（A4 12面）の印刷をお願いできますでしょうか。
Excelから貼り付けたため、タブ区切りになっています。

氏名\t郵便番号\t住所\t電話
{_rows}

急ぎで申し訳ありませんが、11月12日（水）に引き取りに伺います。
{sig("egashira", 1)}""",
)

# 032  pass — national exam: inquiry with counts only
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="question to the regional bureau about the application; numbers of examinees only",
    sender=frm("egashira"),
    to=["健康福祉課 国家試験係 <kokushi@kanto-kouseikyoku.go.jp>"],
    subject="第115回看護師国家試験 受験願書の一括提出について（照会）",
    charset="iso-2022-jp",
    body=f"""関東地方厚生局 健康福祉課
国家試験係　ご担当者様

日の出看護専門学校（神奈川県相模原市）で国家試験を担当しております江頭と申します。
第115回看護師国家試験の受験願書の学校一括提出について、2点お伺いいたします。

1. 本年度の提出予定者は新卒76名、既卒2名の計78名です。
   既卒者の願書も学校からまとめて提出してよろしいでしょうか。
2. 卒業見込証明書は、願書提出日時点で発行したもので差し支えないでしょうか。

提出は12月上旬、窓口への持参を予定しております。
お手数をおかけしますが、ご教示のほどよろしくお願い申し上げます。
{sig("egashira")}""",
)

# 033  stop — a student who is a victim of stalking (one person, running text)
_p = person("student", 2003, 2004)
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named student's having been a crime (stalking) victim, sent to the practicum hospital",
    sender=frm("osako"),
    to=["看護部長室 <kangobucho@sagami-minato-hp.jp>"],
    cc=[frm("kiritani")],
    subject="実習生の安全確保についてのお願い（至急）",
    charset="iso-2022-jp",
    body=f"""相模みなと総合病院
看護部長　漆原様

日の出看護専門学校 副校長の大迫でございます。急ぎご相談申し上げます。

来週から貴院小児病棟で実習予定の3年生 {_p['name']}さんが、
元交際相手からつきまとい被害を受けており、先月、相模大野警察署に被害届を提出し、
相手方には警告が出されております。

つきましては、実習期間中（11/10～11/21）に外部から
本学生の所在や勤務時間についての問合せがあった場合、一切お答えにならないよう
病棟と総合受付にご周知いただけませんでしょうか。
通用口の利用や、帰宅時に職員通用口から出られるようご配慮いただけると幸いです。

本人の了解を得てお伝えしております。どうぞよろしくお願い申し上げます。
{sig("osako")}""",
)

# 034  pass — four students attending a scholarship briefing (bullets, under five)
_s = students(4, year_from=2004, year_to=2006)
_rows = "\n".join(f"・{p['name']}（{rng.choice(['1', '2'])}年）　携帯：{p['phone']}" for p in _s)
add(
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four students with their mobiles: under the five-person threshold, may be warned",
    sender=frm("kurusu"),
    to=["清和病院 人事課 奨学金担当 <shogakukin@seiwakai-hp.or.jp>"],
    subject="11/8 奨学金説明会・病院見学 参加者のご連絡",
    charset="iso-2022-jp",
    body=f"""清和病院 人事課
奨学金担当　大和田様

お世話になっております。日の出看護専門学校 学生課の栗栖です。
11月8日（土）の奨学金説明会・病院見学に、本校から以下の4名が参加いたします。

{_rows}

当日は9時50分に正面玄関に集合させます。
遅刻等の連絡が本人から直接入る場合がありますので、念のため携帯番号をお知らせしました。
{sig("kurusu", 1)}""",
)

# 035  stop — look-alike of the partner system vendor (tsubasa-sytem.jp)
add(
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp (dropped 's') looks like the partner tsubasa-system.jp",
    sender=frm("tokita"),
    to=["導入支援 <dounyu-shien@tsubasa-sytem.jp>"],
    subject="学務システム更新：成績データ移行のテスト日程",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業 総務課の鴇田です。
看護専門学校の学務システム更新に伴う成績データ移行について、
テスト移行の日程を以下で確定させてください。

　・テスト移行①：1月14日（水）18:00～（過去3年分の成績・出欠）
　・検証期間　　：1月15日～1月23日（教務課にて照合）
　・本移行　　　：2月7日（土）終日

移行用のVPN接続情報は、従来どおり別経路でお渡しします。
{sig("tokita", 1)}""",
)

# 036  pass — real partner vendor, error log with three student numbers only
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="support ticket to the partner vendor: an error log with three student numbers, no names",
    sender=frm("mizuno"),
    to=["ツバサシステム サポートセンター <support@tsubasa-system.jp>"],
    subject="【問合せ】成績入力画面で保存エラー（チケット #48213）",
    charset="utf-8",
    body=f"""ツバサシステム サポートセンター御中

日の出看護専門学校 教務課の水野です。
成績入力画面で一部の学生だけ保存時にエラーになります。ログを貼り付けます。

2025-07-22 16:41:08 ERROR GradeService.save  student=N24017 subject=KN2031 code=E4412 "duplicate key"
2025-07-22 16:41:09 ERROR GradeService.save  student=N24052 subject=KN2031 code=E4412 "duplicate key"
2025-07-22 16:43:55 ERROR GradeService.save  student=N23008 subject=KN3110 code=E4412 "duplicate key"

いずれも前期に再試験を受けた学生で、再試の成績を上書きしようとしたときに発生します。
バージョンは 5.8.2 です。ご確認をお願いします。
{sig("mizuno", 1)}""",
)

# 037  stop — 【部外秘】 classification in the subject and the body
add(
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is classified 部外秘 (subject and heading) and goes to an outside firm",
    sender=frm("washio"),
    to=["米倉 <yonekura@kanade-kaikei.jp>"],
    subject="【部外秘】次年度 授業料改定案（試算）",
    charset="iso-2022-jp",
    body=f"""かなで会計　米倉様

お世話になっております。日の出看護専門学校 事務長の鷲尾です。

━━━━━━━━━━━━━━━━━━
　部外秘　取扱いにご注意ください
━━━━━━━━━━━━━━━━━━

来年度入学生からの授業料改定案について、税務・会計面のご意見を伺いたく、
試算をお送りいたします。理事会前のため、関係者限りでお願いいたします。

　現行：授業料 年額 660,000円　実習費 年額 120,000円
　案A ：授業料 年額 720,000円　実習費 据置
　案B ：授業料 据置　　　　　 実習費 年額 180,000円（実習施設謝金の上昇分を転嫁）

案Aの場合、3年間の増収見込みは約1,380万円です。
来週のお打ち合わせで詳しくご説明いたします。
{sig("washio", 3)}""",
)

# 038  pass — NDA / pledge template reviewed with the partner law firm
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about a confidentiality pledge (NDA talk) with the partner law firm; no marking, no people",
    sender=frm("washio"),
    to=["白川法律事務所 弁護士 芦田先生 <ashida@shirakawa-law.jp>"],
    subject="実習生の秘密保持誓約書（ひな形）のご確認のお願い",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
芦田先生

いつもお世話になっております。日の出看護専門学校の鷲尾です。

臨地実習にあたり、学生が実習施設に提出する「秘密保持誓約書」のひな形を
複数の病院から統一してほしいとの要望がありました。
本校案を作成しましたので、内容のご確認をお願いできますでしょうか。

特に、SNSへの投稿禁止条項と、実習終了後の守秘義務の存続期間の書き方について
ご意見をいただければ幸いです。
{sig("washio", 1)}""",
    attachments=[{"kind": "docx", "name": "秘密保持誓約書_ひな形_案.docx",
                  "paragraphs": ["秘密保持誓約書", "（実習施設名）　施設長　殿",
                                 "私は、貴施設における臨地実習に際し、下記事項を遵守することを誓約します。",
                                 "第1条　実習中に知り得た患者及びその家族の個人情報その他の秘密情報を、"
                                 "実習の目的以外に利用せず、第三者に開示・漏えいしません。",
                                 "第2条　実習記録には患者を特定できる情報を記載しません。",
                                 "第3条　実習に関する情報をSNS等に投稿しません。",
                                 "第4条　本誓約は実習終了後も効力を有します。",
                                 "　　年　　月　　日　　日の出看護専門学校　学生氏名　　　　　　　印"]}],
)

# 039  stop — a student's health-insurance card number and an injury, to the hospital
_p = person("student", 2004, 2005)
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one student's health-insurance card number plus her injury and blood test, to the hospital",
    sender=frm("horinouchi"),
    to=["医事課 <ijika@osawadai-kinen.or.jp>"],
    cc=["看護部 実習担当 <jisshu@osawadai-kinen.or.jp>"],
    subject="実習中の針刺し 受診の件（保険証情報）",
    charset="iso-2022-jp",
    body=f"""大沢台記念病院 医事課　ご担当者様

日の出看護専門学校 保健室の堀之内です。
本日午前、貴院4階西病棟で実習中の学生が、使用済み注射針の片付けの際に
左手示指に針刺しを受け、貴院救急外来で受診させていただきました。
本人が保険証を持参していなかったため、情報をお知らせします。

　氏名　　：{_p['name']}（{_p['kana']}）
　生年月日：{wareki(_p['dob'])}
　保険者番号：06{rng.randint(130000, 139999)}
　記号：{rng.randint(1000, 9999)}　番号：{rng.randint(10, 999)}　枝番：0{rng.randint(1, 3)}
　（被扶養者／本人は父）

採血の結果、HBs抗原・HCV抗体・HIV抗体はいずれも陰性でした（患者側も陰性）。
3か月後・6か月後のフォローアップも貴院でお願いできればと存じます。
{sig("horinouchi", 1)}""",
)

# 040  pass — reply; the student's antibody info is only in the Original Message
_p = person("student", 2004, 2005)
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="the only health data is in the hospital's own mail under -----Original Message-----",
    sender=frm("horinouchi"),
    to=["飯干 <iiboshi@sagami-chuo-hp.jp>"],
    subject="RE: 追加接種後の抗体価について",
    charset="iso-2022-jp",
    body=f"""飯干様

ご確認いただきありがとうございます。
では、12月からの実習は予定どおり参加させていただきます。
引き続きどうぞよろしくお願いいたします。

堀之内
{sig("horinouchi", 1)}
-----Original Message-----
From: 飯干 <iiboshi@sagami-chuo-hp.jp>
Sent: Tuesday, November 18, 2025 10:12 AM
To: 堀之内 千夏
Subject: 追加接種後の抗体価について

堀之内様

お送りいただいた{_p['name']}さんの再検査結果、確認しました。
ムンプスIgG(EIA) 2.8 → 6.4 で基準を満たしましたので、実習参加に問題ありません。

相模中央病院 感染管理室 飯干
""",
)


def corporate_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    total = 0
    for n in range(1, 13):
        d = int(base12[12 - n])
        total += d * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# 041  stop — bullet list of six students' emergency contacts (parents)
_s = students(6, year_from=2003, year_to=2005)
_lines = []
for p in _s:
    par = person("adult", 1965, 1980)
    rel = rng.choice(["母", "父", "母", "祖母"])
    _lines.append(f"・{p['name']}　本人 {p['phone']}\n　　緊急連絡先：{par['sei']} {par['mei']}（{rel}）"
                  f" {par['phone']}")
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six students and their parents with mobile numbers, as bullets, to a care home",
    sender=frm("kiritani"),
    to=["特別養護老人ホーム 若葉の里 生活相談員 <soudan@wakabanosato.or.jp>"],
    subject="老年看護学実習 学生・緊急連絡先一覧",
    charset="iso-2022-jp",
    body=f"""若葉の里　生活相談員　和久井様

お世話になっております。日の出看護専門学校の桐谷です。
来週からの老年看護学実習の学生6名と、緊急時の連絡先をお知らせします。
教員の巡回時間外に体調不良等があった場合は、まず本人の携帯、
つながらない場合は緊急連絡先へお願いいたします。

{chr(10).join(_lines)}

教員（桐谷）の携帯：080-5521-7730
{sig("kiritani", 1)}""",
)

# 042  pass — three students' emergency contacts, tab layout (under five)
_s = students(3, year_from=2003, year_to=2004)
_rows = "\n".join(f"{p['name']}\t{p['phone']}\t{rng.choice(['月・火', '水・木', '金'])}" for p in _s)
add(
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three students' mobiles to the nursery school: a short list under five people",
    sender=frm("nishina"),
    to=["ふたば保育園 園長 <encho@futaba-hoikuen.jp>"],
    subject="小児看護学実習（保育園実習）の学生連絡先",
    charset="iso-2022-jp",
    body=f"""ふたば保育園　園長　秋月様

いつもお世話になっております。日の出看護専門学校の仁科です。
12月の保育園実習の学生3名の連絡先と実習曜日です。

氏名\t携帯\t実習曜日
{_rows}

初日は8時15分に職員玄関へ伺わせます。エプロンと上履きは各自持参です。
{sig("nishina", 1)}""",
)

# 043  stop — one student's religion (Islam) in a request for accommodation
_p = person("student", 2004, 2005)
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named student's religion (Muslim: prayer, hijab, halal) told to an external clinic",
    sender=frm("nishina"),
    to=["看護師長 <shicho@mori-ladies.jp>"],
    subject="母性看護学実習 学生への配慮のお願い",
    charset="iso-2022-jp",
    body=f"""森のレディースクリニック
看護師長　朝霧様

お世話になっております。日の出看護専門学校の仁科です。
1月の母性看護学実習に参加する2年生の{_p['name']}さんについてご相談です。

{_p['sei']}さんはイスラム教を信仰しており、次の点への配慮をお願いできればと思います。
　・昼休憩時に10分ほど、礼拝のための静かな場所（空いている更衣室等）をお借りしたい
　・実習衣の上から、院内規定に沿った無地のインナーキャップ型ヒジャブを着用したい
　・昼食は持参するため、職員食堂の利用はしない

感染対策上難しい点があれば、代替案をご相談させてください。
本人からは、実習先にお伝えすることの同意を得ています。
{sig("nishina", 1)}""",
)

# 044  pass — a 社外秘 document, but mailed only to the head office
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘-stamped DOCX sent only to internal addresses (head office)",
    sender=frm("usami"),
    to=["経営企画部 <keiei-kikaku@hinode-sangyo.co.jp>"],
    cc=[frm("washio")],
    subject="看護専門学校 来年度 学生募集計画（案）",
    charset="iso-2022-jp",
    body=f"""経営企画部　各位

お疲れさまです。看護専門学校 入試広報課の宇佐美です。
来年度の学生募集計画（案）を添付します。
社外秘扱いでお願いします。12月の経営会議資料に反映いただければ幸いです。
{sig("usami", 1)}""",
    attachments=[{"kind": "docx", "name": "学生募集計画_R8_案.docx", "page_header": "社外秘",
                  "paragraphs": ["令和8年度 学生募集計画（案）",
                                 "1. 定員80名に対し、志願者数200名（倍率2.5倍）を目標とする。",
                                 "2. 社会人入試の枠を10名から15名に拡大する。",
                                 "3. 指定校推薦の対象高校を12校から18校に増やす。",
                                 "4. オープンキャンパスを年6回から8回に増やし、うち2回をオンライン開催とする。"]}],
)

# 045  stop — password-protected PDF (transcript) to the scholarship hospital
add(
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached PDF is encrypted with a password and cannot be inspected",
    sender=frm("kurusu"),
    to=["大和田 <shogakukin@seiwakai-hp.or.jp>"],
    subject="奨学生 前期成績証明書の送付",
    charset="iso-2022-jp",
    body=f"""清和病院 人事課　大和田様

お世話になっております。学生課の栗栖です。
清和会奨学生の前期成績証明書をPDFでお送りします。
パスワードは、いつもの方法で別途お知らせいたします。
{sig("kurusu", 1)}""",
    attachments=[{"kind": "pdf", "name": "成績証明書_清和会奨学生_前期.pdf", "password": "sw2025z",
                  "lines": ["成績証明書", "氏名　" + person("student")["name"], "基礎看護学 A",
                            "成人看護学概論 A", "解剖生理学Ⅱ B"]}],
)

# 046  pass — public school brochure to a high-school teacher
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="public brochure PDF to a high-school careers teacher; nothing personal",
    sender=frm("usami"),
    to=["進路指導部 小松崎先生 <komatsuzaki@sagamidai-hs.ed.jp>"],
    subject="学校案内と出張講義のご案内",
    charset="iso-2022-jp",
    body=f"""相模台高等学校 進路指導部
小松崎先生

先日はお時間をいただきありがとうございました。
日の出看護専門学校 入試広報課の宇佐美です。

お話に出ました学校案内（電子版）をお送りいたします。
また、2年生向けの出張講義「看護師の仕事と医療の現場」（50分）も承っております。
ご希望の日程がございましたら、お気軽にご連絡ください。
{sig("usami")}""",
    attachments=[{"kind": "pdf", "name": "学校案内2026_web版.pdf", "title": "日の出看護専門学校 学校案内2026",
                  "lines": ["日の出看護専門学校 学校案内 2026", "",
                            "看護師国家試験 合格率 98.7%（令和7年 全国平均 90.1%）",
                            "就職率 100%　主な就職先：相模みなと総合病院、相模中央病院ほか",
                            "募集人員 80名（推薦 30名・一般 40名・社会人 10名）",
                            "オープンキャンパス 6/14・7/26・8/23・9/20",
                            "所在地 神奈川県相模原市南区相模大野8-14-2　TEL 042-742-5510"]}],
)

# 047  stop — CSV without names: student number, sex, birth date, antibody values
_rows = [["学籍番号", "性別", "生年月日", "検査項目", "前回値", "前回検査日", "今回依頼"]]
for _ in range(8):
    d = date(rng.randint(2004, 2006), rng.randint(1, 12), rng.randint(1, 28))
    _rows.append([sid(25), rng.choice(["F", "F", "F", "M"]), ymd(d),
                  rng.choice(["麻疹IgG", "風疹HI", "水痘IgG", "ムンプスIgG"]),
                  rng.choice(["<2.0", "3.4", "8倍", "1.9", "4.1"]), "2025/05/09", "再検査"])
add(
    expect="stop",
    entities=["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="8 rows of student number + birth date + antibody results (no name column) to a lab",
    sender=frm("horinouchi"),
    to=["あおぞら臨床検査 営業所 <sagami-eigyo@aozora-labo.co.jp>"],
    subject="抗体価 再検査の依頼（8件）",
    charset="cp932",
    body=f"""あおぞら臨床検査株式会社 相模営業所
ご担当者様

日の出看護専門学校 保健室の堀之内です。
5月の検査で基準に届かず追加接種を行った1年生8名について、再検査をお願いします。
採血は11月26日（水）午前に本校保健室で行い、同日午後に集配をお願いできますでしょうか。
依頼データをCSVで添付します。
{sig("horinouchi", 1)}""",
    attachments=[{"kind": "csv", "name": "saikensa_irai_1126.csv", "rows": _rows}],
)

# 048  pass — aggregated antibody statistics, nobody identifiable
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate counts and percentages only; no individual student is identifiable",
    sender=frm("horinouchi"),
    to=["飯干 <iiboshi@sagami-chuo-hp.jp>"],
    subject="本年度 実習生の抗体価充足状況（集計）",
    charset="iso-2022-jp",
    body=f"""飯干様

お世話になっております。日の出看護専門学校 保健室の堀之内です。
感染対策委員会の資料用にご依頼いただいた、本年度の集計をお送りします。

　対象：1～3年生 238名（5月定期検査）
　麻疹　　　基準充足 226名（95.0%）　追加接種後充足 12名
　風疹　　　基準充足 230名（96.6%）　追加接種後充足  8名
　水痘　　　基準充足 221名（92.9%）　追加接種後充足 17名
　ムンプス　基準充足 209名（87.8%）　追加接種後充足 27名（うち再検査中 2名）
　HBs抗体　陽転 233名（97.9%）　ノンレスポンダー 5名（実習時は個別対応）

ノンレスポンダーの学生については、従来どおり個別にご相談させてください。
{sig("horinouchi", 1)}""",
)

# 049  stop — English, three overseas schools in To can see each other
add(
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three overseas partner institutions in To/Cc, visible to each other",
    sender=frm("usami"),
    to=["International Office <intl@stisidore-con.edu.ph>",
        "Dr. Nguyen Thi Lan <lan.nt@songhong-medcol.edu.vn>"],
    cc=["Leilani Kahale <lkahale@kaimana-health.org>"],
    subject="Invitation: Online Nursing Education Exchange Forum, February 2026",
    charset="utf-8",
    body=f"""Dear colleagues,

Greetings from Hinode College of Nursing in Sagamihara, Japan.

We are pleased to invite your institution to our second Online Nursing Education
Exchange Forum on Saturday, February 21, 2026, 10:00-12:30 (JST).

Theme: "Clinical practicum in the community: lessons from three countries"
Format: 15-minute presentation per institution, followed by a panel discussion

Could you let us know by January 16 whether you can join, and the name of your speaker?
A Zoom link will follow.

With warm regards,
{sig("usami", 2)}""",
)

# 050  pass — English, one overseas college plus the travel agency (two organisations)
add(
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations (partner college and travel agency): a normal three-way mail",
    sender=frm("osako"),
    to=["International Office <intl@stisidore-con.edu.ph>"],
    cc=["浅香 <kyoiku-ryoko@hikari-travel.co.jp>"],
    subject="Manila visit in August - schedule draft",
    charset="utf-8",
    body=f"""Dear Ms. Reyes,

Thank you for your kind reply. I am copying Ms. Asaka of Hikari Travel, who is arranging
our flights and hotel, so that the three of us can settle the details together.

Draft schedule (group of 12 students and 2 faculty):
  Aug 18  arrival in Manila, hotel check-in
  Aug 19  campus tour and joint lecture on community health nursing
  Aug 20  visit to the affiliated hospital (wards and outpatient clinic)
  Aug 21  barangay health center visit
  Aug 22  departure

Could you confirm whether a hospital visit on Aug 20 is possible for a group of 14?

Kind regards,
{sig("osako", 2)}{DISC_EN}""",
)

# 051  stop — the corporate card number in an order mail to the bookshop
_cn = card()
add(
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="a full credit card number (corporate card) in the mail body to an external bookshop",
    sender=frm("mizuno"),
    to=["医文堂書店 外商部 <gaisho@ibundo.co.jp>"],
    subject="図書室用 参考書の追加注文（カード決済）",
    charset="iso-2022-jp",
    body=f"""医文堂書店 外商部　御中

いつもお世話になっております。日の出看護専門学校 教務課の水野です。
図書室用に下記を追加で注文いたします。今回は請求書払いではなく、
法人カードでの決済でお願いいたします。

　・看護師国家試験 過去問題集 2026年版　×10冊
　・病態生理ビジュアルノート 第4版　　　×5冊
　・臨床検査値ハンドブック 改訂7版　　　×3冊

カード番号：{spaced_card(_cn)}
有効期限：09/28
名義：HINODE EDUCATION CO LTD

納品は本校図書室（2階）宛てでお願いします。
{sig("mizuno", 1)}""",
)

# 052  pass — payment notice with the supplier's registration (corporate) number
_corp = corporate_number(f"{rng.randint(10**11, 10**12 - 1)}")
add(
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="payment notice to the partner caterer: invoice number, its T-number and company account",
    sender=frm("shiomi"),
    to=["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    subject="お支払いのご案内（請求書番号 KF-25-10-0388）",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社 経理部　御中

いつもお世話になっております。日の出エデュケーション経理課の塩見です。
10月分の学生食堂運営委託料について、下記のとおりお支払いいたします。

　請求書番号　：KF-25-10-0388
　登録番号　　：T{_corp}
　請求金額　　：1,584,000円（うち消費税 144,000円）
　お支払予定日：11月28日（金）
　振込先　　　：みどり銀行 札幌中央支店 当座 0123456 キタグニフーズ（カ

振込手数料は当方で負担いたします。
{sig("shiomi", 1)}""",
)

# 053  stop — a foreign student's residence card to an outside immigration lawyer
_p = {"name": "NGUYEN THI THU HA", "dob": date(2001, 8, 14)}
_z, _a = address()
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one student's residence card number, birth date and address to an outside gyoseishoshi",
    sender=frm("kurusu"),
    to=["行政書士みなみ事務所 <info@minami-gyosei.jp>"],
    subject="留学生の在留期間更新の件",
    charset="utf-8",
    body=f"""行政書士みなみ事務所
南 先生

お世話になっております。日の出看護専門学校 学生課の栗栖です。
先日お電話でご相談した留学生の在留期間更新について、必要事項をお送りします。

　氏名　　　：{_p['name']}（グエン ティ トゥ ハー）
　国籍　　　：ベトナム
　生年月日　：{ymd(_p['dob'])}
　在留カード番号：{rng.choice('AEST')}{rng.choice('BFHK')}{rng.randint(10000000, 99999999)}{rng.choice('CDEF')}{rng.choice('ABGH')}
　在留資格　：留学（在留期限 2026年3月31日）
　住所　　　：〒{_z} {_a}

在学証明書と成績証明書は本校で発行し、郵送いたします。
{sig("kurusu")}""",
)

# 054  pass — one student's contact details for a scholarship application
_p = person("student", 2005, 2006)
add(
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one applicant's contact details to the scholarship hospital: a single person",
    sender=frm("kurusu"),
    to=["看護部 奨学金担当 <shogaku@osawadai-kinen.or.jp>"],
    subject="奨学生募集への応募希望者（1名）",
    charset="iso-2022-jp",
    body=f"""大沢台記念病院 看護部
奨学金担当　湯浅様

お世話になっております。学生課の栗栖です。
貴院の奨学生募集に、本校1年生から1名応募の希望がありました。
面接日程のご連絡は、本人に直接お願いできますでしょうか。

　氏名：{_p['name']}（{_p['kana']}）
　携帯：{_p['phone']}
　メール：{_p['email']}

応募書類（志望理由書・推薦書）は本校で取りまとめ、11月末までに郵送いたします。
{sig("kurusu", 1)}""",
)

# 055  stop — look-alike of the partner printer (nishiki-insatu.co.jp)
add(
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp (dropped 's') is a look-alike of the partner nishiki-insatsu.co.jp",
    sender=frm("usami"),
    to=["三枝 <saegusa@nishiki-insatu.co.jp>"],
    subject="卒業アルバム 入稿データの件",
    charset="iso-2022-jp",
    body=f"""錦印刷　三枝様

お世話になっております。宇佐美です。
卒業アルバムの入稿データ（クラス写真・行事写真 計412点）を、
本日中に共有フォルダへアップロードいたします。
URLは別途お送りしますので、ダウンロード後にご一報ください。

レイアウトは前回打合せのとおり、見開き16面でお願いします。
{sig("usami", 1)}""",
)

# 056  pass — the real partner printer, album production schedule
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="production schedule with the partner printer; no personal data",
    sender=frm("usami"),
    to=["三枝 <saegusa@nishiki-insatsu.co.jp>"],
    subject="Re: 卒業アルバム 制作スケジュール",
    charset="iso-2022-jp",
    body=f"""三枝様

スケジュール案ありがとうございます。下記で進めさせてください。

　12/19　写真データ入稿
　 1/16　初校（PDF）
　 1/30　再校
　 2/13　校了
　 3/6 　納品（本校事務室・84部）

表紙の箔押しは、見本の「シャンパンゴールド」でお願いします。
見積書 No.N-25-1182 の金額で社内決裁を取りました。

宇佐美
{sig("usami", 1)}
> 日の出看護専門学校　宇佐美様
> いつもお世話になっております。卒業アルバムの制作スケジュール案をお送りします。
> 3月の卒業式に間に合わせるには、12月中旬の入稿が必要です。
> 錦印刷 企画制作部 三枝
""",
)

# 057  stop — an unencrypted ZIP holding a parents' address book (CSV)
_par = [person("adult", 1962, 1982) for _ in range(11)]
_rows = [["保護者氏名", "学生氏名", "学年", "郵便番号", "住所", "電話"]]
for p in _par:
    _rows.append([p["name"], person("student", 2003, 2006)["name"], rng.choice([1, 2, 3]),
                  p["zip"], p["addr"], p["phone"]])
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP (not encrypted) with a CSV of 11 parents' names, addresses and phones",
    sender=frm("tokita"),
    to=["錦印刷 発送代行課 <hassou@nishiki-insatsu.co.jp>"],
    subject="学校だより 冬号 発送リスト（追加分）",
    charset="iso-2022-jp",
    body=f"""錦印刷 発送代行課　ご担当者様

お世話になっております。日の出産業 総務課の鴇田です。
看護専門学校「学校だより」冬号の発送先、追加分11件をお送りします。
先週お送りした本リストに追加して、同じ便で発送をお願いします。
{sig("tokita", 1)}""",
    attachments=[{"kind": "zip", "name": "hassou_tsuika.zip",
                  "files": [{"kind": "csv", "name": "保護者宛名_追加.csv", "rows": _rows}]}],
)

# 058  pass — unencrypted ZIP of lecture materials to a university lecturer
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="ZIP of lecture materials (syllabus and slides) to a university lecturer; nothing personal",
    sender=frm("mizuno"),
    to=["北斗大学 看護学部 里見先生 <satomi@hokuto-u.ac.jp>"],
    subject="「公衆衛生看護学」昨年度の講義資料",
    charset="iso-2022-jp",
    body=f"""里見先生

お世話になっております。日の出看護専門学校 教務課の水野です。
来年度からご担当いただく「公衆衛生看護学」について、前任の先生が使われていた
シラバスと講義スライドをまとめてお送りします。ご参考になれば幸いです。
{sig("mizuno")}""",
    attachments=[{"kind": "zip", "name": "公衆衛生看護学_資料.zip",
                  "files": [{"kind": "pdf", "name": "シラバス.pdf",
                             "lines": ["公衆衛生看護学（2年次・2単位・30時間）",
                                       "到達目標：地域で生活する人々の健康課題を理解する",
                                       "評価：筆記試験 70%、レポート 30%"]},
                            {"kind": "pptx", "name": "第1回_公衆衛生とは.pptx",
                             "slides": [["公衆衛生とは", "定義と歴史", "日本の公衆衛生行政"],
                                        ["健康指標", "平均寿命と健康寿命", "年齢調整死亡率"]]}]}],
)

# 059  stop — a student's record with a patient's real name and diagnosis, to a lecturer's gmail
_pt = person("adult", 1941, 1950)
_st = person("student", 2003, 2004)
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="practicum record naming a patient with birth date and diagnoses, to a private gmail",
    sender=frm("nishina"),
    to=["宗像 先生 <munakata.sensei.1962@gmail.com>"],
    subject="事例検討会の資料（学生の実習記録）",
    charset="iso-2022-jp",
    body=f"""宗像先生

来週の事例検討会で取り上げる事例です。学生{_st['sei']}さんの記録を抜粋してお送りします。
（匿名化がまだ不十分な箇所がありますが、取り急ぎお目通しください）

【受け持ち患者】
　氏名：{_pt['name']} 様（{_pt['kana']}）
　生年月日：{wareki(_pt['dob'])}　{2025 - _pt['dob'].year}歳　男性
　病棟：相模みなと総合病院 5階東　ID 00{rng.randint(100000, 999999)}
　診断名：脳梗塞（左中大脳動脈領域）、2型糖尿病、高血圧症
　既往歴：胃がん術後（2012年）
　経過：右片麻痺・運動性失語あり。リハビリ意欲の低下がみられ、
　　　　妻の介護負担についての発言が多い。

学生は「退院後の生活の再構築」をテーマに看護過程を展開しています。
{sig("nishina", 1)}""",
)

# 060  pass — the same kind of case, properly anonymised, to the same gmail lecturer
add(
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="an anonymised case (A氏 70代) cannot be tied to a person; one free-mail recipient",
    sender=frm("nishina"),
    to=["宗像 先生 <munakata.sensei.1962@gmail.com>"],
    subject="事例検討会の資料（匿名化済み）",
    charset="iso-2022-jp",
    body=f"""宗像先生

先ほどの資料、失礼いたしました。匿名化を済ませたものに差し替えます。
前のメールは破棄していただけますと幸いです。

【事例】A氏　70代　男性
　急性期病院に入院中。脳梗塞により右片麻痺と失語があり、
　リハビリへの意欲が低下している。主介護者は妻（70代）。
【検討の焦点】
　・意欲低下の背景をどうアセスメントするか
　・家族の介護負担への支援と、退院後の生活の再構築

当日はグループごとに15分討議し、全体で共有する流れを予定しています。
{sig("nishina", 1)}""",
)

# 061  stop — prefectural nursing scholarship applicants: 和暦 birth dates, full-width phones
_s = students(7, year_from=1984, year_to=1999)
_blocks = []
for i, p in enumerate(_s, 1):
    _blocks.append(f"{zen(str(i))}．{p['name']}（{p['kana']}）\n"
                   f"　　生年月日　{wareki(p['dob'])}\n"
                   f"　　住所　　　〒{zen(p['zip'])}　{p['addr']}\n"
                   f"　　電話　　　{zen(p['phone'])}")
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="7 adult-entry students' birth dates (和暦), addresses and full-width phones to the prefecture",
    sender=frm("kurusu"),
    to=["医療人材課 修学資金担当 <shugakushikin@pref-kanagawa.lg.jp>"],
    subject="看護師等修学資金 新規貸与申請者の事前報告（社会人入学生）",
    charset="iso-2022-jp",
    body=f"""県 健康医療局 医療人材課
修学資金担当　ご担当者様

日の出看護専門学校 学生課の栗栖でございます。
看護師等修学資金の新規貸与申請について、社会人入学生7名の事前報告をいたします。
申請書の原本は、学校長の推薦書を添えて11月20日までに郵送いたします。

{chr(10).join(_blocks)}

以上、よろしくお願い申し上げます。
{sig("kurusu")}""",
)

# 062  pass — the same prefecture, counts only
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="scholarship figures for the prefecture: counts and amounts, no individual",
    sender=frm("kurusu"),
    to=["医療人材課 修学資金担当 <shugakushikin@pref-kanagawa.lg.jp>"],
    subject="Re: 修学資金 貸与状況調査へのご回答",
    charset="iso-2022-jp",
    body=f"""医療人材課　ご担当者様

貸与状況調査について、本校の回答は以下のとおりです。

　1．現在の貸与者数　　1年 9名／2年 12名／3年 11名　計32名
　2．うち社会人入学生　8名
　3．昨年度卒業者のうち県内就業者　10名中10名（返還免除対象）
　4．中途辞退者　　　　1名（進路変更による）

調査票（Excel）は別途ご指定のフォームから提出いたします。
{sig("kurusu", 1)}""",
)

# 063  stop — a hospital's needle-stick report forwarded as an attached mail to the insurer
_st = person("student", 2004, 2005)
_inner = {
    "sender": "相模中央病院 感染管理室 <ict@sagami-chuo-hp.jp>",
    "to": [frm("horinouchi")],
    "subject": "実習生 針刺し・切創事故報告",
    "charset": "iso-2022-jp",
    "body": f"""日の出看護専門学校 保健室　堀之内様

本日の事故について、当院の報告書の写しを記載します。

発生日時：10月22日 14:20頃　場所：6階西病棟 処置室
当事者　：実習生 {_st['name']}（2年）
内容　　：採血介助後、リキャップされていない翼状針で右母指を受傷
処置　　：流水洗浄。当事者採血 HBs抗原(-) HBs抗体 8.2 mIU/mL（低値）、HCV抗体(-)、HIV抗体(-)
　　　　　汚染源患者 HBs抗原(+) のため、HBグロブリン投与・HBワクチン追加接種を実施
フォロー：1・3・6か月後に当院感染症外来で採血

相模中央病院 感染管理室 飯干
""",
}
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="attached (forwarded) report of a named student's needle-stick injury with test results, to an insurer",
    sender=frm("horinouchi"),
    to=["学生保険 事故受付 <jiko-uketsuke@tokai-hoken-agency.co.jp>"],
    subject="学生総合補償制度 事故報告（実習中の針刺し）",
    charset="iso-2022-jp",
    body=f"""東海保険エージェンシー
事故受付ご担当者様

日の出看護専門学校 保健室の堀之内です。
実習中の針刺し事故について、学生総合補償制度の事故報告をいたします。
実習先病院からの報告を添付しますので、ご確認ください。
事故報告書（所定様式）は本人の署名を取ったうえで郵送いたします。

証券番号：GK-2025-077341
{sig("horinouchi", 1)}""",
    attachments=[{"kind": "eml", "name": "実習生 針刺し・切創事故報告.eml", "message": _inner}],
)

# 064  pass — uniform maker and the partner carrier: two organisations
add(
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="the uniform maker and the partner carrier in one delivery mail: two organisations",
    sender=frm("mizuno"),
    to=["相良 <sagara@shirakaba-uniform.co.jp>"],
    cc=["青葉運輸 相模営業所 <sagami@aoba-unyu.co.jp>"],
    subject="実習衣の納品日時・搬入経路について",
    charset="iso-2022-jp",
    body=f"""白樺ユニフォーム　相良様
青葉運輸 相模営業所　ご担当者様

お世話になっております。日の出看護専門学校 教務課の水野です。
実習衣（発注番号 HN-2025-0417）の納品について、三者で確認させてください。

　納品日時：2月27日（金）10:00～12:00
　搬入場所：本校 裏門（搬入口）→ 1階 倉庫（エレベーターあり）
　数量　　：段ボール 約16箱
　駐車　　：裏門横の来客用スペース（2t車まで）

当日は教務課の水野が立ち会います。
{sig("mizuno", 1)}""",
)

# 065  stop — look-alike of the partner carrier (aoba-unyu.com instead of .co.jp)
add(
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu.com is a TLD swap of the partner aoba-unyu.co.jp",
    sender=frm("mizuno"),
    to=["青葉運輸 相模営業所 <sagami@aoba-unyu.com>"],
    subject="教科書一括配送の集荷依頼（4月入学生分）",
    charset="iso-2022-jp",
    body=f"""青葉運輸 相模営業所　ご担当者様

お世話になっております。日の出看護専門学校の水野です。
例年どおり、新入生の教科書セットの集荷をお願いいたします。

　集荷日：3月24日（火）14時以降
　集荷先：医文堂書店 相模倉庫（相模原市中央区）
　個数　：82セット（1セット約9kg）
　配達先：本校 1階 多目的室　3月25日午前着

伝票は前回と同じ元払いでお願いします。
{sig("mizuno", 1)}""",
)

# 066  stop — five admitted applicants (private persons) in To
_ap = [person("student", 2006, 2007) for _ in range(5)]
add(
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="five private applicants on free mail in To: each sees the others' addresses",
    sender=frm("usami"),
    to=[f"{p['name']} <{p['email']}>" for p in _ap],
    subject="【日の出看護専門学校】入学手続きのご案内（推薦入試合格者）",
    charset="iso-2022-jp",
    body=f"""推薦入試 合格者の皆さん

合格おめでとうございます。日の出看護専門学校 入試広報課の宇佐美です。
入学手続きについてご案内します。

　1．入学金（250,000円）の納入期限：12月12日（金）
　2．提出書類：入学誓約書、健康診断書（本校様式）、抗体検査結果の写し
　3．入学前課題：生物・化学の基礎プリント（3月の入学前登校日に提出）
　4．制服・実習衣の採寸会：2月7日（土）10時～

書類は12月1日に郵送で届きます。届かない場合はご連絡ください。
{sig("usami")}""",
)

# 067  pass — one parent on free mail, absence for family reasons (no health data)
_par = person("adult", 1966, 1976)
_st = person("student", 2005, 2006)
add(
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one parent's yahoo address about an absence for family reasons; nothing sensitive",
    sender=frm("nishina"),
    to=[f"{_par['name']} <{_par['last'].lower()}.{_par['first'].lower()}@yahoo.co.jp>"],
    subject="Re: 欠席のご連絡",
    charset="iso-2022-jp",
    body=f"""{_par['sei']}様

ご連絡ありがとうございます。1年A組担任の仁科です。
{_st['mei']}さんの11月13日・14日の欠席、承知いたしました。
ご親族のご不幸とのこと、心よりお悔やみ申し上げます。

忌引扱いとなりますので、欠席日数には含まれません。
14日の「基礎看護技術Ⅱ」の演習は、翌週の放課後に補習を設けますので、
登校後に本人へ日程を伝えます。どうぞご無理なさいませんように。
{sig("nishina", 1)}
{_par['name']} wrote:
> 仁科先生
> いつもお世話になっております。{_st['name']}の母です。
> 祖父が亡くなり、13日と14日は葬儀のため休ませていただきます。
""",
)

# 068  stop — a driver's licence number as ID for a scholarship contract
_p = person("student", 2002, 2004)
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one student's driver's licence number, birth date and address to the scholarship hospital",
    sender=frm("kurusu"),
    to=["人事課 修学資金担当 <jinji-shugaku@sagami-minato-hp.jp>"],
    subject="修学資金貸与契約 本人確認書類の件",
    charset="iso-2022-jp",
    body=f"""相模みなと総合病院 人事課
修学資金担当　ご担当者様

お世話になっております。日の出看護専門学校 学生課の栗栖です。
貴院修学資金の貸与契約について、本人確認書類のコピーが不鮮明とのご指摘を受け、
本人に確認のうえ記載事項をお知らせいたします。

　氏名　　　：{_p['name']}
　生年月日　：{wareki(_p['dob'], 'short')}
　住所　　　：{_p['addr']}
　運転免許証番号：第{rng.choice(['45', '30'])}{rng.randint(10**9, 10**10 - 1)}号
　有効期限　：令和10年{_p['dob'].month}月{_p['dob'].day}日まで

鮮明なコピーは、連帯保証人の印鑑証明書と一緒に郵送いたします。
{sig("kurusu", 1)}""",
)

# 069  pass — the lecturer's own fee statement, account masked
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="fee statement sent to the lecturer himself; his own account is masked",
    sender=frm("shiomi"),
    to=["乾 先生 <inui.k@sagami-iryo.ac.jp>"],
    subject="講師謝金のお支払いについて（10月分）",
    charset="iso-2022-jp",
    body=f"""乾先生

いつもお世話になっております。日の出エデュケーション経理課の塩見です。
10月分の講師謝金を下記のとおりお振込みいたします。

　講義回数：4コマ（10/7・10/14・10/21・10/28）
　謝金　　：4コマ × 12,000円 = 48,000円
　源泉徴収：4,900円
　差引支給額：43,100円
　振込予定日：11月25日
　振込先　：ご登録の口座（みどり銀行 ****支店 普通 ****381）

ご不明な点がございましたらご連絡ください。
{sig("shiomi", 1)}""",
)

# 070  stop — a new teacher's basic pension number etc. to the outside labour consultant
_p = person("adult", 1978, 1990)
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="one new teacher's basic pension number with birth date and address to a labour consultant",
    sender=frm("tokita"),
    to=["社会保険労務士法人あおい 手続担当 <tetsuzuki@aoi-sr.jp>"],
    subject="資格取得届の作成依頼（看護専門学校 専任教員 1名）",
    charset="iso-2022-jp",
    body=f"""社会保険労務士法人あおい
手続担当　ご担当者様

いつもお世話になっております。日の出産業 総務課の鴇田です。
12月1日付で看護専門学校に入職する専任教員1名について、
健康保険・厚生年金の資格取得届と雇用保険の手続きをお願いいたします。

　氏名：{_p['name']}（{_p['kana']}）
　生年月日：{wareki(_p['dob'])}
　住所：〒{_p['zip']} {_p['addr']}
　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　雇用保険被保険者番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}-{rng.randint(0, 9)}
　報酬月額：385,000円（通勤手当 12,400円を含む）
　扶養：なし

雇用契約書の写しは来週お送りします。
{sig("tokita", 1)}""",
)

# 071  either — a scholarship student's leave of absence "for medical treatment"
_p = person("student", 2004, 2005)
add(
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named student on leave 'for medical treatment' with no diagnosis: health data or not is arguable",
    sender=frm("kurusu"),
    to=["大和田 <shogakukin@seiwakai-hp.or.jp>"],
    subject="清和会奨学生の休学について（ご報告）",
    charset="iso-2022-jp",
    body=f"""清和病院 人事課　大和田様

お世話になっております。日の出看護専門学校 学生課の栗栖です。
貴院奨学生の2年生 {_p['name']}さんが、療養のため本日付で休学することになりましたので、
ご報告いたします。

休学期間は令和8年3月31日までの予定で、復学の可否は2月に判断します。
奨学金の貸与は、規程第9条により休学期間中は停止となると理解しておりますが、
手続き上必要な書類がございましたらご教示ください。
{sig("kurusu", 1)}""",
)

# 072  pass — a list of hotels (businesses) for the remote-area practicum
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="list of business hotels with their front-desk numbers: businesses, not people",
    sender=frm("kiritani"),
    to=["浅香 <kyoiku-ryoko@hikari-travel.co.jp>"],
    subject="へき地医療実習（長野）宿泊先の見積依頼",
    charset="iso-2022-jp",
    body=f"""ひかりトラベル　浅香様

いつもお世話になっております。日の出看護専門学校の桐谷です。
来年度から始める長野県での地域医療実習（学生8名・教員1名、2泊3日×4回）について、
実習先の診療所に近い以下の宿泊施設で見積をお願いできますでしょうか。

　施設名　　　　　　　　　　所在地　　　　　　　　　電話
　------------------------------------------------------------------------
　ホテル高原ステーション　　長野県佐久市岩村田1-1　　0267-60-1111
　ビジネス旅館 みすず屋　　 長野県佐久市中込2-8　　　0267-62-0305
　民宿 やまびこ荘　　　　　 長野県南佐久郡小海町4-22 0267-92-2810
　佐久グリーンイン　　　　　長野県佐久市長土呂3-15　0267-66-2233

朝食付き・女性専用フロアまたは同一フロアでの確保が条件です。
{sig("kiritani", 1)}""",
)

# 073  stop — homoglyph look-alike of the partner hotel (capital I for l)
add(
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hoteI.jp uses a capital I for the l of the partner sakura-hotel.jp",
    sender=frm("osako"),
    to=["宴会予約 <enkai@sakura-hoteI.jp>"],
    subject="戴帽式 会場レイアウトの最終確認",
    charset="iso-2022-jp",
    body=f"""さくらホテル相模大野 宴会予約ご担当者様

お世話になっております。日の出看護専門学校 副校長の大迫です。
11月29日の戴帽式について、会場レイアウトの最終確認をお願いいたします。

　・学生席：82席（前方、4列×約20席）
　・保護者席：約150席（後方）
　・ステージ上にキャンドルサービス用の長机2台（耐熱シート付き）
　・消灯時の誘導灯の扱いについて、事前にご相談させてください

リハーサルは当日11時からを予定しております。
{sig("osako", 1)}""",
)

# 074  stop — hotel, printer and the parents' association chair (free mail) in To/Cc
add(
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three external parties (hotel, printer, a parent on free mail) visible to each other",
    sender=frm("osako"),
    to=["宴会予約 <enkai@sakura-hotel.jp>", "三枝 <saegusa@nishiki-insatsu.co.jp>"],
    cc=["保護者会 会長 <hogosyakai.kaicho2025@yahoo.co.jp>"],
    subject="謝恩会（3/7）の準備について三者確認",
    charset="iso-2022-jp",
    body=f"""さくらホテル　宴会予約ご担当者様
錦印刷　三枝様
保護者会 会長様

いつもお世話になっております。日の出看護専門学校の大迫です。
3月7日の謝恩会について、関係の皆様に一度にご確認いただきたくご連絡いたしました。

　・会場：さくらホテル相模大野「桜の間」18:00～20:00、立食 約120名
　・席次表・式次第：錦印刷様にて作成（保護者会様から原稿を2/20までに入稿）
　・記念品：保護者会様手配、当日15時にホテルへ搬入

ご不明な点は、このメールに全員返信でご質問ください。
{sig("osako", 1)}""",
)

# 075  stop — five graduates' records, one block each, to an exam-prep school
_s = students(5, year_from=2000, year_to=2003)
_blocks = []
for p in _s:
    _blocks.append(f"■{p['name']}（{p['kana']}）\n"
                   f"　生年月日：{ymd(p['dob'], '.')}\n"
                   f"　住所：〒{p['zip']} {p['addr']}\n"
                   f"　TEL：{p['phone']}\n"
                   f"　E-mail：{p['email']}\n"
                   f"　前回の得点：必修 {rng.randint(34, 41)}/50　一般・状況設定 {rng.randint(140, 158)}/250")
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five graduates' full records in blocks (address, phone, e-mail, DOB) to an exam-prep school",
    sender=frm("egashira"),
    to=["看護予備校ナースアカデミー 事務局 <jimukyoku@kango-yobiko.jp>"],
    subject="既卒者向け 国試対策講座の受講申込（5名）",
    charset="utf-8",
    body=f"""ナースアカデミー事務局　御中

お世話になっております。日の出看護専門学校 国家試験対策委員の江頭です。
昨年度の国家試験が不合格となった卒業生のうち、貴校の既卒者講座を希望する5名の
申込情報をお送りします。教材の送付と受講案内は本人宛てにお願いいたします。

{chr(10).join(_blocks)}

受講料は本校の卒業生支援制度から一括でお支払いします。請求書は本校宛てでお願いします。
{sig("egashira")}""",
)

# 076  stop — comma-separated mock-exam roster (names + e-mails) pasted in the body
_s = students(20, year_from=2003, year_to=2004)
_rows = "\n".join(f"{sid(23)},{p['name']},{p['kana']},{p['email']}" for p in _s)
add(
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="20 students' names and private e-mail addresses (comma-separated) to a mock-exam company",
    sender=frm("egashira"),
    to=["メディカルゼミ 学校営業部 <gakko@medical-zemi.co.jp>"],
    subject="第3回全国模試 Web成績閲覧用 受験者登録",
    charset="utf-8",
    body=f"""株式会社メディカルゼミ
学校営業部　ご担当者様

お世話になっております。日の出看護専門学校の江頭です。
第3回全国模試（12/6実施）のWeb成績閲覧用に、3年生のうち先行して登録する
20名分のデータをお送りします。残りの学生は紙の個人票で結構です。

学籍番号,氏名,フリガナ,メールアドレス
{_rows}

登録完了後、本人宛てにIDの通知メールを送っていただけると助かります。
{sig("egashira", 1)}""",
)

# 077  stop — a scholarship student's arrest, one person in running text
_p = person("student", 2003, 2005)
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named student's arrest (criminal matter) reported to the scholarship hospital",
    sender=frm("osako"),
    to=["看護部長 <kangobucho@osawadai-kinen.or.jp>"],
    subject="貴院奨学生に関するご報告",
    charset="iso-2022-jp",
    body=f"""大沢台記念病院
看護部長　早瀬様

日の出看護専門学校 副校長の大迫でございます。
誠に申し上げにくいご報告がございます。

貴院の奨学生である2年生の{_p['name']}さんが、先週土曜日、
町田市内の商業施設での窃盗の疑いで町田警察署に逮捕されました。
現在は釈放され在宅で捜査が続いており、本校では事実関係を確認中です。
学則に基づく処分は、捜査の状況を見て教員会議で判断いたします。

奨学金の取扱いについては、貴院のご判断を仰ぎたく存じます。
改めてご説明に伺いますので、ご都合をお聞かせください。
{sig("osako")}""",
)

# 078  pass — reply with "On ... wrote:" quoting the lecturer; new text is ordinary
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary reply; the quoted part is the lecturer's own mail",
    sender=frm("mizuno"),
    to=["里見先生 <satomi@hokuto-u.ac.jp>"],
    subject="Re: 期末試験の問題について",
    charset="iso-2022-jp",
    body=f"""里見先生

試験問題のご送付ありがとうございました。確かに受領いたしました。
印刷は試験の3日前に教務課で行い、当日まで金庫で保管します。
解答用紙はマークシート（50問用）を使用しますので、問題番号の振り方だけ
こちらで調整させていただきます。

水野
{sig("mizuno", 1)}
On 2025/01/20 9:03, 里見 wrote:
> 水野様
> 期末試験の問題と解答を送ります。50問、試験時間は60分でお願いします。
> 追試験用の問題は来週お送りします。
> 北斗大学 看護学部 里見
""",
)

# 079  stop — DOCX table of six student profiles incl. allergies / medical notes
_s = students(6, year_from=2004, year_to=2005)
_tbl = [["氏名", "住所", "携帯電話", "通学手段", "健康上の留意点"]]
for p in _s:
    _tbl.append([p["name"], p["addr"], p["phone"], rng.choice(["電車・徒歩", "自転車", "バス"]),
                 rng.choice(["特になし", "ラテックスアレルギー", "気管支喘息（吸入薬携帯）",
                             "特になし", "1型糖尿病（インスリン自己注射）", "特になし"])])
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX table of six students with addresses, phones and medical conditions to a care home",
    sender=frm("kiritani"),
    to=["特別養護老人ホーム 桜寿苑 施設長 <shisetsucho@oujuen.or.jp>"],
    subject="実習生個人調書の送付（老年看護学実習Ⅱ）",
    charset="iso-2022-jp",
    body=f"""桜寿苑　施設長　武藤様

お世話になっております。日の出看護専門学校の桐谷です。
来月の実習生6名の個人調書をWordファイルでお送りします。
健康上の留意点の欄もご確認いただき、ゴム手袋の種類等ご配慮いただけますと幸いです。
{sig("kiritani", 1)}""",
    attachments=[{"kind": "docx", "name": "実習生個人調書_桜寿苑.docx",
                  "paragraphs": ["実習生個人調書", "日の出看護専門学校 3年次　老年看護学実習Ⅱ"],
                  "tables": [_tbl]}],
)

# 080  pass — DOCX practicum guidelines to the psychiatric hospital
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="the practicum handbook (objectives, schedule, rules) as DOCX; no personal data",
    sender=frm("kiritani"),
    to=["kango-kyoiku@mizuhodai-hp.jp"],
    subject="精神看護学実習要項（令和7年度版）の送付",
    charset="iso-2022-jp",
    body=f"""みずほ台病院 看護部 教育担当　御中

お世話になっております。日の出看護専門学校の桐谷です。
本年度の精神看護学実習要項を送付いたします。
昨年度からの変更点は、実習記録の様式4（プロセスレコード）の簡略化のみです。
{sig("kiritani", 1)}""",
    attachments=[{"kind": "docx", "name": "精神看護学実習要項_R7.docx",
                  "paragraphs": ["精神看護学実習要項", "1. 実習目的",
                                 "精神に障害のある人とその家族を理解し、回復を支える看護を学ぶ。",
                                 "2. 実習期間　令和8年1月13日～1月30日（3週間）",
                                 "3. 実習時間　8:30～16:00（水曜日は学内日）",
                                 "4. 留意事項　患者の個人情報を記録に記載しないこと。"
                                 "私物のスマートフォンは病棟に持ち込まないこと。"],
                  "tables": [[["週", "主な内容"], ["1週目", "オリエンテーション・受け持ち患者の決定"],
                              ["2週目", "看護過程の展開・プロセスレコード"],
                              ["3週目", "看護の評価・最終カンファレンス"]]]}],
)

# 081  stop — PDF table of an alumni directory to a printer
_s = students(9, year_from=1985, year_to=1999)
_tbl = [["卒業期", "氏名", "旧姓", "勤務先", "住所", "電話"]]
for p in _s:
    _tbl.append([f"第{rng.randint(8, 22)}期", p["name"], rng.choice(["", "", "宮下", "堀", "三浦"]),
                 rng.choice(["相模みなと総合病院", "相模中央病院", "清和病院", "訪問看護ひだまり", "大沢台記念病院"]),
                 p["addr"], p["phone"]])
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="alumni directory (9 people with home addresses and phones) as a PDF table to a printer",
    sender=frm("tokita"),
    to=["丸茂印刷 営業部 <eigyo@marumo-print.co.jp>"],
    subject="同窓会名簿 改訂版の校正データ",
    charset="iso-2022-jp",
    body=f"""丸茂印刷株式会社 営業部　ご担当者様

日の出産業 総務課の鴇田です。
看護専門学校 同窓会名簿の改訂版について、住所変更のあった方の校正データを
PDFでお送りします。この分を差し替えて再校をお願いします。
{sig("tokita", 1)}""",
    attachments=[{"kind": "pdf", "name": "同窓会名簿_改訂_差替分.pdf",
                  "lines": ["日の出看護専門学校 同窓会名簿（令和8年版）差替分", ""], "table": _tbl}],
)

# 082  pass — encrypted ZIP, but only to the head office
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="password ZIP sent only to internal addresses (head office)",
    sender=frm("washio"),
    to=["経理部 <keiri@hinode-sangyo.co.jp>"],
    subject="看護専門学校 11月度 月次決算資料",
    charset="iso-2022-jp",
    body=f"""経理部　各位

お疲れさまです。看護専門学校 事務長の鷲尾です。
11月度の月次決算資料をパスワード付きZIPでお送りします。
パスワードは社内チャットでお伝えします。
{sig("washio", 1)}""",
    attachments=[{"kind": "zip", "name": "月次決算_2025_11.zip", "password": "HnD-1125",
                  "files": [{"kind": "xlsx", "name": "月次決算_11月.xlsx",
                             "sheets": {"PL": [["科目", "金額"], ["授業料収入", 17600000],
                                               ["実習施設謝金", -2310000]]}}]}],
)

# 083  stop — look-alike of the partner law firm (an extra .co)
add(
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-law.co.jp adds 'co.' to the partner shirakawa-law.jp",
    sender=frm("washio"),
    to=["芦田先生 <ashida@shirakawa-law.co.jp>"],
    subject="実習先でのトラブル対応についてご相談",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
芦田先生

いつもお世話になっております。日の出看護専門学校の鷲尾です。
実習先の病院から、学生が実習中に備品を破損したことについて
弁償を求められている件でご相談させてください。

破損したのは病棟の血圧計（1台）で、病院側の見積では約8万円です。
学生賠償責任保険の適用可否を確認中ですが、学校としての責任の範囲について
ご見解をいただきたく存じます。来週中にお電話でお時間をいただけますでしょうか。
{sig("washio", 1)}""",
)

# 084  pass — the real partner law firm, school regulations
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="legal review of school regulations with the partner law firm; nothing personal",
    sender=frm("washio"),
    to=["芦田先生 <ashida@shirakawa-law.jp>"],
    subject="学則改正案（懲戒・休学規定）のご確認",
    charset="iso-2022-jp",
    body=f"""芦田先生

お世話になっております。鷲尾です。
先日ご相談した学則改正案を、新旧対照表の形でまとめました。
主な変更点は以下の3点です。

　1．第32条（休学）：休学期間の上限を通算2年から3年に延長
　2．第38条（懲戒）：訓告の前に「指導」の段階を新設
　3．第40条（除籍）：授業料未納による除籍の前に、督促を2回行う旨を明記

2月の理事会に諮る予定ですので、1月中にご意見をいただけますと幸いです。
{sig("washio", 1)}""",
)

# 085  stop — legacy XLS of students' home delivery addresses to the bookshop
_s = students(12, year_from=2005, year_to=2007)
_rows = [["受注番号", "氏名", "郵便番号", "住所", "電話番号", "セット"]]
for i, p in enumerate(_s, 1):
    _rows.append([f"IB-7731-{i:03d}", p["name"], p["zip"], p["addr"], p["phone"],
                  rng.choice(["1年次基本セット", "1年次基本セット＋国試準備"])])
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="12 students' home addresses and phones in a legacy XLS to the bookshop for home delivery",
    sender=frm("mizuno"),
    to=["gaisho@ibundo.co.jp"],
    subject="教科書 自宅配送分の送付先リスト",
    charset="cp932",
    body=f"""医文堂書店 外商部　ご担当者様

お世話になっております。日の出看護専門学校の水野です。
入学前登校日に欠席した12名分は、自宅への配送でお願いします。
送付先を添付のExcel（xls形式）にまとめました。
{sig("mizuno", 1)}""",
    attachments=[{"kind": "xls", "name": "jitaku_haisou.xls", "sheets": {"配送先": _rows}}],
)

# 086  pass — PPTX orientation slides to a hospital
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="orientation slides (schedule, rules) as PPTX; no personal data",
    sender=frm("kiritani"),
    to=["竹之内 典子 <takenouchi.n@sagami-minato-hp.jp>"],
    subject="実習オリエンテーション資料（学生向け）",
    charset="iso-2022-jp",
    body=f"""竹之内様

お世話になっております。桐谷です。
来週の実習初日に学内で学生へ説明するオリエンテーション資料です。
貴院の規程と食い違う点がないか、お目通しいただけますと助かります。
{sig("kiritani", 1)}""",
    attachments=[{"kind": "pptx", "name": "実習オリエンテーション_みなと.pptx",
                  "slides": [["成人看護学実習Ⅱ オリエンテーション", "相模みなと総合病院 5階東・6階西"],
                             ["1日の流れ", "8:30 朝の申し送り参加", "12:00 休憩（交代）",
                              "15:30 カンファレンス", "16:00 終了・記録は学内で"],
                             ["守ること", "患者情報をメモに残さない", "スマートフォンは更衣室へ",
                              "体調不良時は8時までに教員と病棟へ連絡"]]}],
)

# 087  stop — English, PPTX with a CONFIDENTIAL footer on every slide
add(
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached PPTX is stamped CONFIDENTIAL on every slide",
    sender=frm("usami"),
    to=["Leilani Kahale <lkahale@kaimana-health.org>"],
    subject="Draft agreement points for the exchange programme",
    charset="utf-8",
    body=f"""Dear Ms. Kahale,

Ahead of our call on Thursday, please find attached the slides summarising the points we
would like to include in the exchange programme agreement (fees, insurance, supervision).

Looking forward to talking to you.

Best regards,
{sig("usami", 2)}""",
    attachments=[{"kind": "pptx", "name": "exchange_agreement_points.pptx",
                  "page_footer": "CONFIDENTIAL - Hinode College of Nursing",
                  "slides": [["Exchange programme 2026-2028", "Draft points for discussion"],
                             ["Fees", "Placement fee: USD 350 per student per week",
                              "Waived for the first cohort (max. 8 students)"],
                             ["Insurance and supervision", "Students carry travel and liability insurance",
                              "One Hinode faculty member on site at all times"]]}],
)

# 088  stop — reply: harmless quote, but new text lists six students' phones and e-mails
_s = students(6, year_from=2003, year_to=2005)
_rows = "\n".join(f"  {pad(p['name'], 14)}{pad(p['phone'], 16)}{p['email']}" for p in _s)
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="the quoted part is harmless; the NEW text lists six students' mobiles and e-mails",
    sender=frm("kiritani"),
    to=["湯浅 <jisshu@osawadai-kinen.or.jp>"],
    subject="Re: 実習生の電子カルテ講習 受講者の連絡先",
    charset="iso-2022-jp",
    body=f"""湯浅様

ご連絡ありがとうございます。受講する6名の連絡先は以下のとおりです。
当日のログインID通知を直接メールで送っていただいて構いません。

{_rows}

桐谷
{sig("kiritani", 1)}
> 桐谷先生
> 電子カルテ講習（12/3）について、受講する学生さんの連絡先を
> 教えていただけますでしょうか。IDの通知を個別にお送りしたいと思います。
> 大沢台記念病院 看護部 湯浅
""",
)

# 089  either — group roster: names, student numbers, groups only (no contact data)
_s = students(6, year_from=2004, year_to=2005)
_rows = "\n".join(f"　{g}グループ　{sid(24)}　{p['name']}" for g, p in zip("AABBCC", _s))
add(
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="six names with student numbers and group only: a routine roster, arguably not 'records'",
    sender=frm("nishina"),
    to=["小児病棟 実習指導者 <shoni-shido@sagami-minato-hp.jp>"],
    subject="小児看護学実習 グループ編成のお知らせ",
    charset="iso-2022-jp",
    body=f"""相模みなと総合病院 小児病棟
実習指導者の皆様

お世話になっております。日の出看護専門学校の仁科です。
1月の小児看護学実習のグループ編成をお知らせします。

{_rows}

Aグループは1週目に外来、B・Cグループは病棟から開始します。
{sig("nishina", 1)}""",
)

# 090  pass — lecturers with affiliation and subject: business information
_lec = [("乾 薫", "相模医療大学 看護学部", "成人看護学援助論Ⅱ"),
        ("祖父江 達也", "相模みなと総合病院 呼吸器内科", "臨床病態学（呼吸器）"),
        ("宗像 仁", "宗像法律事務所", "看護と法律"),
        ("里見 加奈子", "北斗大学 看護学部", "公衆衛生看護学"),
        ("岩城 夕子", "こころのクリニック相模大野", "臨床心理学"),
        ("飯干 真弓", "相模中央病院 感染管理室", "感染看護学"),
        ("陣内 修平", "相模原市南保健センター", "保健医療福祉行政論"),
        ("楢崎 静香", "森のレディースクリニック", "母性看護学援助論")]
_rows = "\n".join(f"{pad(n, 14)}{pad(a, 34)}{s}" for n, a, s in _lec)
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="eight lecturers with their employers and subjects: business information, no personal contact data",
    sender=frm("mizuno"),
    to=["三枝 <saegusa@nishiki-insatsu.co.jp>"],
    subject="講義要項 p.3「非常勤講師一覧」原稿",
    charset="iso-2022-jp",
    body=f"""錦印刷　三枝様

講義要項3ページの非常勤講師一覧の原稿です（五十音順ではなく、科目順で掲載します）。

{pad("講師名", 14)}{pad("所属", 34)}担当科目
{"-" * 72}
{_rows}

校正は1回で結構です。よろしくお願いします。
{sig("mizuno", 1)}""",
)

# 091  stop — corrupt PDF (health certificate) to the scholarship hospital
add(
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached PDF is damaged and cannot be read",
    sender=frm("kurusu"),
    to=["看護部 奨学金担当 <shogaku@osawadai-kinen.or.jp>"],
    subject="奨学生選考書類（健康診断書）の送付",
    charset="iso-2022-jp",
    body=f"""湯浅様

お世話になっております。学生課の栗栖です。
奨学生選考に必要な健康診断書をスキャンしてお送りします。
原本は面接当日に本人が持参いたします。
{sig("kurusu", 1)}""",
    attachments=[{"kind": "corrupt", "name": "健康診断書_scan.pdf"}],
)

# 092  stop — look-alike of the own domain (dropped co.)
add(
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyo.jp drops the 'co.' of the own domain hinode-sangyo.co.jp",
    sender=frm("osako"),
    to=["人事部 採用担当 <saiyo@hinode-sangyo.jp>"],
    subject="専任教員の採用について（面接日程）",
    charset="iso-2022-jp",
    body=f"""人事部 採用担当　各位

お疲れさまです。看護専門学校 副校長の大迫です。
成人看護学の専任教員の公募に3名の応募があり、書類選考を終えました。
二次面接を以下の日程で行いたく、人事部からもご同席をお願いできますでしょうか。

　12月9日（火）14:00～／15:00～／16:00～（各45分、模擬授業15分を含む）
　場所：看護専門学校 3階 会議室

応募書類は、面接前日に紙でお渡しします。
{sig("osako", 1)}""",
)

# 093  pass — internal To, one partner in Cc
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="internal colleagues plus one partner caterer in Cc: one external organisation, ordinary",
    sender=frm("tokita"),
    to=[frm("mizuno"), frm("horinouchi")],
    cc=["北国フーズ 学生食堂 店長 <sagami-shokudo@kitaguni-foods.co.jp>"],
    subject="学生食堂 1月からのメニュー改定と試食会",
    charset="iso-2022-jp",
    body=f"""水野さん、堀之内さん
（Cc：北国フーズ 学生食堂 店長 大須賀様）

総務課の鴇田です。
北国フーズさんから、1月からのメニュー改定の提案をいただきました。

　・日替わり定食 520円 → 550円（小鉢を1品追加）
　・ヘルシー丼（600kcal以下）を新設 480円
　・実習期間中の学生向けに、朝7:45からおにぎり販売

12月10日（水）12:30から食堂で試食会を行いますので、
学生自治会の代表2名にも声をかけていただけますか。
{sig("tokita", 1)}""",
)

# 094  stop — one lecturer's My Number in the body to the outside tax firm
_p = person("adult", 1960, 1975)
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a single lecturer's My Number written in the body to an outside tax firm",
    sender=frm("shiomi"),
    to=["米倉 <yonekura@kanade-kaikei.jp>"],
    subject="Re: 支払調書 1名分の個人番号が未記入です",
    charset="iso-2022-jp",
    body=f"""米倉様

ご指摘ありがとうございます。
未記入になっていた{_p['name']}先生（臨床心理学）の個人番号は以下のとおりです。

　{spaced_mynum(mynum())}

ご本人から昨日、通知カードの写しとともにご提出いただきました。
お手数ですが、データに追記をお願いいたします。

塩見
{sig("shiomi", 1)}""",
)

# 095  pass — asking a lecturer to submit his My Number (no number in the mail)
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="asks for a My Number to be submitted by registered mail; the mail holds no number",
    sender=frm("shiomi"),
    to=["里見先生 <satomi@hokuto-u.ac.jp>"],
    subject="マイナンバー（個人番号）ご提出のお願い",
    charset="iso-2022-jp",
    body=f"""里見先生

いつもお世話になっております。日の出エデュケーション経理課の塩見です。
講師謝金の支払調書作成のため、個人番号（マイナンバー）のご提出をお願いしております。

恐れ入りますが、同封の「個人番号届出書」にご記入のうえ、
番号確認書類（マイナンバーカード表裏または通知カード）と本人確認書類の写しを添えて、
返信用封筒（簡易書留）でご返送ください。
メールやFAXでのご送付はご遠慮ください。

ご提出いただいた個人番号は、法令で定められた事務以外には利用いたしません。
{sig("shiomi", 1)}""",
)

# 096  stop — a parent's card number relayed to the uniform maker
_par = person("adult", 1969, 1978)
_cn = card()
add(
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a parent's full card number and name relayed by mail to the uniform maker",
    sender=frm("mizuno"),
    to=["相良 <sagara@shirakaba-uniform.co.jp>"],
    subject="追加購入分（実習衣1着）のカード決済について",
    charset="iso-2022-jp",
    body=f"""白樺ユニフォーム　相良様

お世話になっております。水野です。
1年生の保護者の方から、実習衣の追加購入分をカードで支払いたいとの
お電話があり、カード情報を伺いました。決済をお願いできますでしょうか。

　名義：{_par['romaji']}（{_par['name']}様）
　カード番号：{_cn}
　有効期限：{rng.randint(1, 12):02d}/{rng.randint(27, 30)}
　金額：7,480円（SU-5820 Mサイズ 1着、名入れ込み）
{sig("mizuno", 1)}""",
)

# 097  stop — XLSX with a 取扱注意 footer to a university lecturer
add(
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached workbook carries a 取扱注意 classification in its footer and title row",
    sender=frm("kiritani"),
    to=["乾 先生 <inui.k@sagami-iryo.ac.jp>"],
    subject="実習施設評価の集計（共同研究用）",
    charset="iso-2022-jp",
    body=f"""乾先生

お世話になっております。桐谷です。
共同研究でご相談していた、学生による実習施設評価の集計をお送りします。
施設名が入ったままですので、学会発表の際は記号化をお願いします。
{sig("kiritani", 1)}""",
    attachments=[{"kind": "xlsx", "name": "実習施設評価_集計_R6.xlsx", "page_footer": "取扱注意",
                  "sheets": {"集計": [["【取扱注意】令和6年度 学生による実習施設評価（5段階平均）"],
                                     ["施設", "指導体制", "学習環境", "安全配慮", "総合", "回答数"],
                                     ["相模みなと総合病院", 4.2, 4.0, 4.5, 4.2, 61],
                                     ["相模中央病院", 3.6, 3.8, 4.1, 3.7, 48],
                                     ["大沢台記念病院", 4.4, 4.1, 4.3, 4.4, 35],
                                     ["清和病院", 3.1, 3.4, 3.9, 3.2, 22],
                                     ["みずほ台病院", 4.0, 3.7, 4.2, 3.9, 27]]}}],
)

# 098  pass — an unrelated external domain that merely shares a word with a partner
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="sakura-byoin.or.jp is a different organisation, not a look-alike of sakura-hotel.jp",
    sender=frm("kiritani"),
    to=["さくら病院 看護部 <kangobu@sakura-byoin.or.jp>"],
    subject="新規実習施設としての受入のお願い",
    charset="iso-2022-jp",
    body=f"""医療法人 桜和会 さくら病院
看護部長　清水様

突然のご連絡失礼いたします。
日の出看護専門学校 臨地実習調整室の桐谷と申します。

本校では来年度から地域包括ケア病棟での実習を新たに計画しており、
貴院の地域包括ケア病棟で、学生5～6名×2週間の実習の受入をご検討いただけないかと
ご連絡いたしました。一度ご説明に伺えればと存じます。

ご多用のところ恐縮ですが、ご検討のほどよろしくお願い申し上げます。
{sig("kiritani")}""",
)

# 099  stop — internal To, but the hospital is in Cc: seven students' illnesses
_s = students(7, year_from=2003, year_to=2005)
_rows = "\n".join(f"・{p['name']}　{d}　{r}" for p, d, r in zip(_s, [
    "11/4～11/8", "11/5～11/7", "11/6", "11/6～11/10", "11/7", "11/10～11/12", "11/11"], [
    "インフルエンザA型（出席停止）", "インフルエンザA型（出席停止）", "片頭痛", "感染性胃腸炎（ノロ陽性）",
    "月経困難症で受診", "インフルエンザB型（出席停止）", "気管支喘息発作で救急受診"]))
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="seven named students' diagnoses; To is internal but a hospital is in Cc",
    sender=frm("horinouchi"),
    to=[frm("kiritani"), frm("osako")],
    cc=["iiboshi@sagami-chuo-hp.jp"],
    subject="11月第1～2週 実習生の欠席状況（相模中央病院）",
    charset="iso-2022-jp",
    body=f"""桐谷先生、大迫先生
（Cc：相模中央病院 感染管理室 飯干様）

保健室の堀之内です。
相模中央病院で実習中の2年生の欠席状況をまとめました。
インフルエンザが病棟内で広がっていないか、飯干様にもご確認をお願いしています。

{_rows}

出席停止の3名は、解熱後2日を経過してから実習に復帰させます。
{sig("horinouchi", 1)}""",
)

# 100  pass — antibody list, internal recipients only (subdomain)
_s = students(9, year_from=2006, year_to=2007)
_rows = "\n".join(
    f"{pad(sid(25), 8)}{pad(p['name'], 14)}{ymd(p['dob'])}  麻疹 {rng.choice(['<2.0', '6.2', '12.8', '3.1'])}"
    f"  風疹 HI {rng.choice(['<8', '8', '16'])}" for p in _s)
add(
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="nine students' antibody results, but sent only to colleagues on the internal subdomain",
    sender=frm("horinouchi"),
    to=[frm("mizuno"), frm("nishina")],
    subject="1年生 抗体価 基準未達者一覧（追加接種の案内用）",
    charset="iso-2022-jp",
    body=f"""水野さん、仁科先生

保健室の堀之内です。5月の検査で基準に届かなかった1年生の一覧です。
追加接種の案内文は保健室から配りますので、ホームルームで一言添えていただけますか。
学外には出さないでください。

{_rows}
{sig("horinouchi", 1)}""",
)

assert len(MESSAGES) == 100, len(MESSAGES)
