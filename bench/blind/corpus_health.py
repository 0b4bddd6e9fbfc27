"""Blind corpus — 健康管理室 / 産業医 / 健康保険組合 / 福利厚生 / 介護・育児支援 (ids med-NNN).

Written from bench/blind/BRIEF.md and SPEC.md only.  Every person, number and address
below is invented.  The rows of the longer lists come from the small deterministic
generator `people()` / `elders()`; the layout of every message is written by hand.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number  # noqa: F401  (card_number kept for symmetry)

# --------------------------------------------------------------------------------------
# small helpers to build realistic rows
# --------------------------------------------------------------------------------------

SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"),
    ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("三浦", "ミウラ", "Miura"), ("岡本", "オカモト", "Okamoto"), ("中川", "ナカガワ", "Nakagawa"),
    ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"),
    ("五十嵐", "イガラシ", "Igarashi"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("東海林", "ショウジ", "Shoji"), ("鬼頭", "キトウ", "Kito"),
    ("祖父江", "ソブエ", "Sobue"), ("御手洗", "ミタライ", "Mitarai"), ("九十九", "ツクモ", "Tsukumo"),
    ("十河", "ソゴウ", "Sogo"), ("百目鬼", "ドウメキ", "Domeki"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("漆原", "ウルシバラ", "Urushibara"), ("宍戸", "シシド", "Shishido"), ("比嘉", "ヒガ", "Higa"),
    ("栗栖", "クリス", "Kurisu"), ("蛭田", "ヒルタ", "Hiruta"), ("真壁", "マカベ", "Makabe"),
]
MEI_M = [
    ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("健一", "ケンイチ", "Kenichi"),
    ("誠", "マコト", "Makoto"), ("浩二", "コウジ", "Koji"), ("拓也", "タクヤ", "Takuya"),
    ("隆", "タカシ", "Takashi"), ("直樹", "ナオキ", "Naoki"), ("亮", "リョウ", "Ryo"),
    ("修", "オサム", "Osamu"), ("勝利", "カツトシ", "Katsutoshi"), ("蓮", "レン", "Ren"),
    ("悠人", "ユウト", "Yuto"), ("和夫", "カズオ", "Kazuo"), ("正雄", "マサオ", "Masao"),
    ("圭佑", "ケイスケ", "Keisuke"), ("達也", "タツヤ", "Tatsuya"), ("宏明", "ヒロアキ", "Hiroaki"),
]
MEI_F = [
    ("花子", "ハナコ", "Hanako"), ("美咲", "ミサキ", "Misaki"), ("由美", "ユミ", "Yumi"),
    ("恵子", "ケイコ", "Keiko"), ("陽子", "ヨウコ", "Yoko"), ("真由美", "マユミ", "Mayumi"),
    ("彩", "アヤ", "Aya"), ("結衣", "ユイ", "Yui"), ("千尋", "チヒロ", "Chihiro"),
    ("智子", "トモコ", "Tomoko"), ("久美子", "クミコ", "Kumiko"), ("咲良", "サクラ", "Sakura"),
    ("奈々", "ナナ", "Nana"), ("愛", "アイ", "Ai"), ("文子", "フミコ", "Fumiko"),
    ("志保", "シホ", "Shiho"), ("理恵", "リエ", "Rie"),
]
OLD_M = [("清", "キヨシ", "Kiyoshi"), ("茂", "シゲル", "Shigeru"), ("勇", "イサム", "Isamu"),
         ("武雄", "タケオ", "Takeo"), ("正一", "ショウイチ", "Shoichi"), ("実", "ミノル", "Minoru"),
         ("昭二", "ショウジ", "Shoji"), ("義男", "ヨシオ", "Yoshio")]
OLD_F = [("キヨ", "キヨ", "Kiyo"), ("ハル", "ハル", "Haru"), ("トシ子", "トシコ", "Toshiko"),
         ("フミ", "フミ", "Fumi"), ("節子", "セツコ", "Setsuko"), ("和子", "カズコ", "Kazuko"),
         ("幸子", "サチコ", "Sachiko"), ("ミツ", "ミツ", "Mitsu"), ("静江", "シズエ", "Shizue")]

CITIES = [
    ("神奈川県", "川崎市中原区", ["新丸子町", "上小田中", "木月", "下沼部"], "211"),
    ("神奈川県", "横浜市港北区", ["大倉山", "日吉本町", "綱島西"], "222"),
    ("東京都", "大田区", ["南六郷", "西蒲田", "久が原"], "144"),
    ("東京都", "世田谷区", ["三軒茶屋", "桜新町", "用賀"], "154"),
    ("東京都", "品川区", ["戸越", "荏原", "西大井"], "142"),
    ("神奈川県", "川崎市幸区", ["小倉", "古市場", "戸手本町"], "212"),
    ("神奈川県", "横浜市鶴見区", ["鶴見中央", "矢向", "潮田町"], "230"),
    ("東京都", "町田市", ["原町田", "成瀬台"], "194"),
    ("神奈川県", "相模原市中央区", ["相模原", "淵野辺"], "252"),
    ("埼玉県", "川口市", ["本町", "芝新町"], "332"),
    ("千葉県", "市川市", ["八幡", "行徳駅前"], "272"),
]
BUILDINGS = ["", "", "", " コーポ若葉201", " ハイツ青葉103", " メゾン桜台305", " グランシャリオ1102",
             " 第二松風荘2F", " パークサイド鈴木402"]
DEPTS = ["製造部", "品質保証部", "営業一課", "営業二課", "物流センター", "総務部", "経理部",
         "技術開発部", "購買部", "情報システム部", "川崎工場", "厚木工場"]
BANKS = [("みどり銀行", ["川崎支店", "溝の口支店", "本店営業部", "武蔵小杉支店"]),
         ("ひまわり銀行", ["鶴見支店", "横浜駅前支店"]),
         ("武蔵野中央信用金庫", ["蒲田支店", "下丸子支店"]),
         ("東都銀行", ["品川支店", "大井町支店", "五反田支店"]),
         ("三つ葉銀行", ["相模原支店", "町田支店"])]

BASE = date(2026, 4, 1)

ERAS = [(date(2019, 5, 1), "令和", "R"), (date(1989, 1, 8), "平成", "H"),
        (date(1926, 12, 25), "昭和", "S")]

ZEN = str.maketrans("0123456789-./:()", "０１２３４５６７８９−．／：（）")
_HK_BASE = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー　",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ "))


def hankaku(s: str) -> str:
    """Full-width katakana → half-width (as bank transfer names are written)."""
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if ch == "\u3099":
            out.append("ﾞ")
        elif ch == "\u309a":
            out.append("ﾟ")
        else:
            out.append(_HK_BASE.get(ch, ch))
    return "".join(out)


def zen(s: str) -> str:
    """ASCII digits and separators → full width (U+2212 for the minus: ISO-2022-JP safe)."""
    return str(s).translate(ZEN)


def wareki(d: date, style: str = "kanji") -> str:
    for start, name, letter in ERAS:
        if d >= start:
            y = d.year - start.year + 1
            break
    else:  # pragma: no cover
        raise ValueError(d)
    if style == "kanji":
        return f"{name}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{letter}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{letter}{y}.{d.month}.{d.day}").replace(letter, chr(ord(letter) + 0xFEE0))
    if style == "slash":
        return f"{letter}{y:02d}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


def seireki(d: date, style: str = "slash") -> str:
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    raise ValueError(style)


def age_of(d: date, on: date = BASE) -> int:
    return on.year - d.year - ((on.month, on.day) < (d.month, d.day))


def _mobile(rng: random.Random) -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def _address(rng: random.Random) -> tuple[str, str]:
    pref, city, towns, z = rng.choice(CITIES)
    town = rng.choice(towns)
    addr = f"{pref}{city}{town}{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    addr += rng.choice(BUILDINGS)
    return f"{z}-{rng.randint(0, 9999):04d}", addr


def _account(rng: random.Random) -> tuple[str, str, str, str]:
    bank, branches = rng.choice(BANKS)
    return bank, rng.choice(branches), rng.choice(["普通", "普通", "普通", "当座"]), \
        f"{rng.randint(0, 9999999):07d}"


def people(n: int, seed: str, ages: tuple[int, int] = (22, 62), pool_m=MEI_M, pool_f=MEI_F,
           sei=SEI) -> list[dict]:
    """n invented people, deterministic from seed."""
    rng = random.Random(f"med-{seed}")
    out: list[dict] = []
    used: set[str] = set()
    while len(out) < n:
        s = rng.choice(sei)
        male = rng.random() < 0.55
        g = rng.choice(pool_m if male else pool_f)
        if s[0] in used:
            continue
        used.add(s[0])
        dob = BASE - timedelta(days=rng.randint(ages[0] * 365 + 10, ages[1] * 365 + 300))
        zipc, addr = _address(rng)
        bank, branch, kind, acct = _account(rng)
        out.append(dict(
            sei=s[0], mei=g[0], name=f"{s[0]} {g[0]}", namez=f"{s[0]}　{g[0]}",
            kana=f"{s[1]} {g[1]}", hkana=hankaku(f"{s[1]} {g[1]}"),
            romaji=f"{g[2]} {s[2]}", ROMAJI=f"{s[2].upper()} {g[2].upper()}",
            sex="男" if male else "女", mf="M" if male else "F", dob=dob, age=age_of(dob),
            emp=f"{rng.choice('12345')}{rng.randint(0, 9999):04d}", dept=rng.choice(DEPTS),
            tel=_mobile(rng), zip=zipc, addr=addr,
            bank=bank, branch=branch, kind=kind, acct=acct,
            kigo=f"{rng.choice([4127, 4127, 4127, 4128])}", bango=f"{rng.randint(11, 2899)}",
            pension=f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}",
            rng=rng,
        ))
    return out


def elders(n: int, seed: str) -> list[dict]:
    return people(n, seed, ages=(72, 97), pool_m=OLD_M, pool_f=OLD_F)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in str(s))


def grid(rows: list[list], gap: int = 2, rule: str | None = "-", fill: str = " ") -> str:
    """Pad columns as people do in a fixed-width mail font (header, a rule, rows)."""
    cols = max(len(r) for r in rows)
    widths = [max(width(r[i]) if i < len(r) else 0 for r in rows) for i in range(cols)]
    out = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            pad = widths[i] - width(c)
            if fill == "　":
                cells.append(c + "　" * (pad // 2) + " " * (pad % 2))
            else:
                cells.append(c + " " * pad)
        out.append((fill * gap if fill == " " else "　").join(cells).rstrip())
        if k == 0 and rule:
            out.append(rule * min(sum(widths) + gap * (cols - 1), 78 if rule == "-" else 39))
    return "\n".join(out)


def html_table(rows: list[list], border: int = 1, style: str = "") -> str:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in rows[1:])
    return (f'<table border="{border}" cellspacing="0" cellpadding="4"{style}>\n'
            f"<tr>{head}</tr>\n{body}</table>")


def quote(text: str, mark: str = "> ") -> str:
    return "\n".join(mark + line if line else mark.rstrip() for line in text.split("\n"))


def corp_number(base12: str) -> str:
    """法人番号: check digit (first of 13) from the 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# signatures of the senders (not personal data to be labelled)
SIG_NAKAJIMA = """\
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部 健康管理室
保健師　中島 美和（Nakajima Miwa）
〒210-0007 神奈川県川崎市川崎区駅前本町11-2 日の出ビル5F
TEL 044-211-3580（内線512）／FAX 044-211-3589
nakajima.miwa@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_MORITA = """\
--
日の出産業株式会社
人事部 厚生課　森田 浩
TEL: 044-211-3571  Mobile: 080-3316-7420
Mail: h-morita@hinode-sangyo.co.jp"""

SIG_TAKESHITA = """\
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 介護事業部
居宅介護支援事業所 ひのでケアプラン
介護支援専門員　竹下 由香
〒212-0016 神奈川県川崎市幸区南幸町3-45
TEL 044-522-6610　FAX 044-522-6611
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_DAY = """\
------------------------------------------------
日の出産業株式会社 介護事業部
デイサービスセンター ひので 生活相談員 大庭 恭平
神奈川県川崎市幸区南幸町3-45 1F
TEL 044-522-6620
------------------------------------------------"""

SIG_ONO = """\
日の出産業株式会社 総務部 総務課
小野 翔
〒210-0007 川崎市川崎区駅前本町11-2
TEL 044-211-3500(代)"""

SIG_KUBOTA = """\
========================================
日の出産業株式会社 人事部 労務グループ
久保田 亜希子
TEL 044-211-3574 / kubota.akiko@hinode-sangyo.co.jp
========================================"""

DISCLAIMER_JA = """\
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """\
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail."""


MESSAGES: list[dict] = []

# --------------------------------------------------------------------------------------
# med-001 … med-025
# --------------------------------------------------------------------------------------

_p1 = people(8, "001", ages=(30, 60))
_f1 = ["血圧 要再検", "HbA1c 6.8 要精検", "ALT/AST高値 要再検", "心電図 ST低下 要精検",
       "胸部X線 右上肺野結節影 要精検", "尿蛋白(2+) 要再検", "LDL 198 要医療", "便潜血(+) 要精検"]
_rows1 = [["社員No", "氏名", "生年月日", "性別", "再検査項目・判定"]]
for _p, _f in zip(_p1, _f1):
    _rows1.append([_p["emp"], _p["name"], wareki(_p["dob"], "short"), _p["sex"], _f])
MESSAGES.append(dict(
    id="med-001",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["あおぞら健診センター 予約係 <yoyaku@aozora-kenshin.or.jp>"],
    subject="再検査受診のお願い（日の出産業 8名分）",
    charset="iso-2022-jp",
    body=f"""あおぞら健診センター
予約係 ご担当者様

いつもお世話になっております。日の出産業の中島です。
先月実施いたしました定期健康診断で再検査・精密検査の判定となった従業員について、
貴センターでの二次検査の受診をお願いしたく、対象者をお知らせいたします。

{grid(_rows1)}

受診日は各人から直接お電話でご予約させていただきます。
費用は従来どおり当社請求でお願いいたします。

何卒よろしくお願いいたします。

{SIG_NAKAJIMA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="8 employees' re-examination findings (health check results) in a space-padded table to a clinic",
))

_p2 = people(6, "002")
_q2 = "\n".join(f"{i}. {p['name']}様 {seireki(p['dob'])} 生 ─ {d}"
                for i, (p, d) in enumerate(zip(_p2, ["10/14(火) 9:00", "10/14(火) 9:30",
                                                     "10/15(水) 10:00", "10/16(木) 9:00",
                                                     "10/16(木) 9:30", "10/21(火) 13:30"]), 1))
MESSAGES.append(dict(
    id="med-002",
    sender="Miwa Nakajima <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["yoyaku@aozora-kenshin.or.jp"],
    subject="Re: 【予約確定】日の出産業様 二次検査のご予約について",
    charset="utf-8",
    body=f"""あおぞら健診センター　佐伯様

お世話になっております。日の出産業 健康管理室の中島です。
ご予約の確定、ありがとうございます。下記の日程で本人たちに連絡いたします。
当日は保険証を持参するよう伝えておきます。

引き続きよろしくお願いいたします。

中島

2026年10月2日(金) 15:12 あおぞら健診センター 佐伯 <yoyaku@aozora-kenshin.or.jp>:
> 日の出産業株式会社
> 健康管理室 中島様
>
> いつもお世話になっております。あおぞら健診センターの佐伯でございます。
> ご依頼いただきました二次検査のご予約を、下記のとおりお取りしました。
>
{quote(_q2)}
>
> ご不明点がございましたらお知らせください。
> あおぞら健診センター 予約係 佐伯
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply; the booking list is only in the quoted text the clinic itself sent",
))

_p3 = people(11, "003", ages=(35, 62))
_f3 = [("要精密", "胸部X線：左肺門部陰影"), ("要再検", "空腹時血糖 128"), ("要精密", "便潜血 2回法(+)"),
       ("要医療", "血圧 172/104"), ("要再検", "γ-GTP 214"), ("要精密", "眼底 KW IIa"),
       ("要再検", "尿潜血(2+)"), ("要精密", "腹部エコー：胆嚢ポリープ 12mm"),
       ("要医療", "LDL-C 211"), ("要再検", "Hb 9.8 貧血"), ("要精密", "心電図：心房細動疑い")]
MESSAGES.append(dict(
    id="med-003",
    sender="健康管理室 中島 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["みなとクリニック 健診科 <kenshin@minato-clinic.jp>"],
    cc=["森田 浩 <h-morita@hinode-sangyo.co.jp>"],
    subject="二次健診 依頼者一覧の送付",
    charset="cp932",
    body=f"""みなとクリニック 健診科
受付ご担当者様

平素より大変お世話になっております。
日の出産業㈱ 健康管理室の中島でございます。

今年度の二次健康診断について、対象者の一覧（Excel）を添付いたします。
「依頼者一覧」シートに一次健診の判定と所見を記載しております。
保険証の記号・番号も入れておりますので、受付でご利用ください。

お手数をおかけしますが、ご確認のほどよろしくお願い申し上げます。

{SIG_NAKAJIMA}
""",
    attachments=[dict(
        kind="xlsx", name="二次健診依頼者一覧_日の出産業.xlsx",
        sheets={
            "依頼者一覧": [["2026年度 二次健康診断 依頼者一覧（日の出産業株式会社）"], [],
                        ["No", "保険証記号", "保険証番号", "氏名", "フリガナ", "生年月日", "性別",
                         "一次判定", "所見"]]
                       + [[i, p["kigo"], p["bango"], p["name"], p["kana"], seireki(p["dob"]),
                           p["sex"], j, f] for i, (p, (j, f)) in enumerate(zip(_p3, _f3), 1)],
            "連絡先": [["当社窓口", "健康管理室 中島", "044-211-3580"],
                    ["請求先", "日の出産業株式会社 人事部厚生課", "044-211-3571"]],
        })],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="XLSX (title row above header) of 11 employees with health check findings and insurance card numbers to a clinic",
))

MESSAGES.append(dict(
    id="med-004",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["東京機械工業健康保険組合 保健事業課 <hoken@tokyo-kikai-kenpo.or.jp>"],
    subject="2025年度 特定健診・定期健診 受診状況のご報告",
    charset="iso-2022-jp",
    body=f"""東京機械工業健康保険組合
保健事業課 御中

いつもお世話になっております。日の出産業の森田でございます。
標記の件、2025年度の受診状況を取りまとめましたのでご報告いたします。

■被保険者（40歳以上）
　対象者数　　　　1,248名
　受診者数　　　　1,148名
　受診率　　　　　　92.0％（前年度 89.7％）
■被扶養者（40歳以上）
　対象者数　　　　　412名
　受診者数　　　　　253名
　受診率　　　　　　61.4％
■有所見率（被保険者全体）　41.3％
■特定保健指導 対象者割合　 17.8％（積極的支援 9.2％／動機付け支援 8.6％）

被扶養者の受診率向上のため、来年度は巡回健診の案内を郵送だけでなく
社内報でも周知する予定です。

以上、よろしくお願いいたします。

{SIG_MORITA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate screening rates only (受診率 92.0%), no person",
))

MESSAGES.append(dict(
    id="med-005",
    sender="中島美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["石川 先生 <ishikawa@ishikawa-sangyoi.jp>"],
    subject="来週の面談のご相談",
    charset="utf-8",
    body=f"""石川先生

いつも大変お世話になっております。日の出産業 健康管理室の中島です。

来週の訪問日（14日）に、面談をお一人追加でお願いできないでしょうか。
製造部 第二課の小田切 達也さん（38歳、ライン班長）です。

ご本人の話では、9月中旬から眠れない日が続き、先月末に近所の心療内科を受診したところ
「適応障害」と診断され、抗不安薬（ロラゼパム）を処方されたとのことです。
現在は通常勤務を続けていますが、夜勤明けに動悸がするとの訴えがあり、
上長からも夜勤シフトを外すべきか相談を受けております。

診断書のコピーは面談当日にお持ちします。
14日は13時以降でしたら会議室を押さえられます。ご都合をお聞かせください。

{SIG_NAKAJIMA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's diagnosis (適応障害) and medication in prose, no labels, to the external contracted 産業医",
))

MESSAGES.append(dict(
    id="med-006",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["岩崎 崇 <iwasaki.takashi@hinode-sangyo.co.jp>"],
    cc=["森田 浩 <h-morita@hinode-sangyo.co.jp>"],
    subject="面談記録（10/7実施分）",
    charset="iso-2022-jp",
    body="""岩崎先生（cc 森田課長）

お疲れさまです。中島です。
10/7の面談記録をまとめました。ご確認のうえ、就業上の措置欄にご記入をお願いします。

【1】宍戸 圭佑（品質保証部・S56.7.19生）
　・主訴：頭痛、不眠。時間外 月92時間（9月）
　・既往：高血圧症（内服中：アムロジピン5mg）
　・所見：BP 158/98
　・本人希望：残業の上限設定

【2】比嘉 奈々（営業二課・H7.2.3生）
　・主訴：気分の落ち込み、食欲不振
　・9/26 メンタルクリニック受診、うつ状態との診断書あり（2週間の自宅療養を要す）
　・本人希望：休暇取得のうえ復帰したい

以上です。原本は健康管理室の施錠キャビネットに保管しています。

中島
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="diagnoses of two employees, but only to the in-house 産業医 and HR (all internal)",
))

MESSAGES.append(dict(
    id="med-007",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["こころEAPサービス 復職支援チーム <rtw@kokoro-eap.co.jp>"],
    subject="復職支援プラン（案）送付の件",
    charset="cp932",
    body=f"""こころEAPサービス
復職支援チーム 御中

お世話になっております。日の出産業の森田です。
先日お打ち合わせした件、当社側で作成したプラン案をWordでお送りします。
リワークプログラムの進捗と合わせてご確認いただけますと幸いです。

よろしくお願いいたします。

{SIG_MORITA}
""",
    attachments=[dict(
        kind="docx", name="職場復帰支援プラン_案.docx",
        title="職場復帰支援プラン",
        paragraphs=[
            "職場復帰支援プラン（案）",
            "対象者：髙野 真由美（経理部 主任）　生年月日：1984年11月23日",
            "休業期間：2026年6月2日〜（現在まで）",
            "診断名（主治医診断書による）：うつ病エピソード（中等症）",
            "主治医：川崎ひかりメンタルクリニック　院長",
            "復職予定日：2026年11月4日（主治医意見書・産業医面談の結果による）",
            "就業上の配慮：当面3か月は時間外労働・出張・深夜業を禁止する。",
            "段階的な勤務時間の延長は下表のとおりとする。",
        ],
        tables=[[["期間", "勤務時間", "業務内容", "面談"],
                 ["第1〜2週", "10:00〜15:00", "資料整理・定型入力", "週1回 上長"],
                 ["第3〜6週", "9:30〜16:30", "伝票処理（補助）", "隔週 産業医"],
                 ["第7〜12週", "通常勤務（残業なし）", "主任業務に段階復帰", "月1回 産業医"]]],
    )],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="return-to-work plan DOCX naming one employee with her depression diagnosis, to an external EAP",
))

MESSAGES.append(dict(
    id="med-008",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["川崎電機 人事部 平井様 <hirai.k@kawasaki-denki.co.jp>"],
    subject="【ご案内】ラインケア研修（メンタルヘルス）合同開催について",
    charset="utf-8",
    body=f"""川崎電機株式会社
人事部 平井様

いつもお世話になっております。日の出産業の森田です。
昨年ご好評をいただいた管理職向けメンタルヘルス研修を、今年も合同で開催したく
ご案内申し上げます。

　テーマ：ラインケアの基本 〜部下の「いつもと違う」に気づく〜
　日　時：2026年11月20日（金）14:00〜16:30
　会　場：日の出ビル 8F 大会議室（オンライン併用）
　講　師：臨床心理士（こころEAPサービス）
　定　員：両社あわせて60名
　内　容：ストレスのメカニズム／声のかけ方・話の聴き方／産業医・専門機関へのつなぎ方
　　　　　／ケーススタディ（架空事例）

貴社からの参加人数の目安を、11月6日までにお知らせいただけますと助かります。
参加者のお名前は当日受付で確認いたしますので、事前のご連絡は不要です。

何卒よろしくお願いいたします。

{SIG_MORITA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mental-health seminar announcement to a partner; no one's health data",
))

_mn9 = my_number(9001)
MESSAGES.append(dict(
    id="med-009",
    sender="久保田 亜希子 <kubota.akiko@hinode-sangyo.co.jp>",
    to=["tekiyo@tokyo-kikai-kenpo.or.jp"],
    subject="被扶養者（異動）届 事前送付（出生による追加）",
    charset="iso-2022-jp",
    body=f"""東京機械工業健康保険組合
適用課 ご担当者様

お世話になっております。日の出産業 人事部の久保田です。
出生による被扶養者の追加がありましたので、届書の記載内容を事前にお送りします。
原本は本日付で郵送いたします。

──────────────────────────
■被保険者
　記号・番号　　4127 − 1583
　氏名　　　　　十河 直樹（ソゴウ ナオキ）
　事業所　　　　日の出産業株式会社 川崎工場
■追加する被扶養者
　氏名　　　　　十河 陽菜（ソゴウ ヒナ）
　続柄　　　　　長女
　生年月日　　　令和8年2月14日
　個人番号　　　{_mn9[:4]} {_mn9[4:8]} {_mn9[8:]}
　異動年月日　　令和8年2月14日（出生）
──────────────────────────

保険証（資格確認書）の発行につきましても、あわせてよろしくお願いいたします。

{SIG_KUBOTA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a newborn dependant's My Number plus the insured's insurance card 記号・番号, to the 健保組合",
))

_ins10 = people(12, "010b", ages=(28, 60))
_rel10 = [("妻", "F", 2), ("長男", "M", 31), ("長女", "F", 29), ("次男", "M", 34), ("母", "F", -27),
          ("妻", "F", -1), ("父", "M", -30), ("長女", "F", 33), ("妻", "F", 4), ("二女", "F", 36),
          ("長男", "M", 27), ("妻", "F", 0)]
_r10 = random.Random("med-010-dep")
_p10 = []
for _k, (_i, (_rel, _sx, _off)) in enumerate(zip(_ins10, _rel10)):
    if _rel == "妻" and _i["sex"] == "女":
        _rel, _sx = "夫", "M"
        _rel10[_k] = (_rel, _sx, _off)
    if _off > 20 and _i["age"] - _off < 1:
        _off = _i["age"] - 8
    _g = _r10.choice((OLD_F if _off < -20 else MEI_F) if _sx == "F" else (OLD_M if _off < -20 else MEI_M))
    _d = _i["dob"] + timedelta(days=int(_off * 365.25) + _r10.randint(-150, 150))
    _inc = 0 if _off > 20 and _i["age"] - _off < 19 else _r10.choice([0, 480000, 960000, 1020000, 1180000])
    _p10.append(dict(mei=_g[0], dob=_d, inc=_inc))
MESSAGES.append(dict(
    id="med-010",
    sender="久保田 亜希子 <kubota.akiko@hinode-sangyo.co.jp>",
    to=["東京機械工業健保 適用課 <tekiyo@tokyo-kikai-kenpo.or.jp>"],
    subject="被扶養者資格再確認 調査票の回答（日の出産業）",
    charset="utf-8",
    body=f"""東京機械工業健康保険組合 適用課 御中

いつもお世話になっております。
日の出産業株式会社 人事部の久保田でございます。

ご依頼のありました被扶養者資格の再確認について、回答をCSVにてお送りいたします。
今回の対象は12名です。年収見込額は本人申告の金額を記載しております。
課税証明書の写しは別途郵送いたします。

ご査収のほどよろしくお願いいたします。

{SIG_KUBOTA}
""",
    attachments=[dict(
        kind="csv", name="被扶養者再確認_回答_日の出産業.csv", encoding="utf-8-sig",
        rows=[["記号", "番号", "被保険者氏名", "被扶養者氏名", "続柄", "生年月日", "同居別居",
               "年収見込(円)", "判定"]]
             + [[i["kigo"], i["bango"], i["name"], f"{i['sei']} {p['mei']}", r[0],
                 seireki(p["dob"], "iso"), "同居" if k % 4 else "別居", str(p["inc"]), "継続"]
                for k, (i, p, r) in enumerate(zip(_ins10, _p10, _rel10))],
    )],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="CSV of 12 dependants with dates of birth and the insured's 記号・番号, to the 健保組合",
))

_e11 = elders(6, "011")
_d11 = [("要介護2", "アルツハイマー型認知症、高血圧症"), ("要介護3", "脳梗塞後遺症（左片麻痺）"),
        ("要介護1", "糖尿病（インスリン自己注射）"), ("要介護4", "パーキンソン病、嚥下障害"),
        ("要支援2", "変形性膝関節症、骨粗しょう症"), ("要介護3", "慢性心不全、在宅酸素療法")]
_r11 = [["氏名", "年齢", "生年月日", "住所", "要介護度", "主な疾患・留意事項", "希望期間"]]
for _e, (_k, _d), _w in zip(_e11, _d11, ["11/3〜11/7", "11/10〜11/12", "11/3〜11/5",
                                         "11/17〜11/24", "11/6〜11/8", "11/20〜11/22"]):
    _r11.append([_e["name"] + " 様", f"{_e['age']}歳", wareki(_e["dob"]), _e["addr"], _k, _d, _w])
MESSAGES.append(dict(
    id="med-011",
    sender="竹下 由香 <takeshita.yuka@hinode-sangyo.co.jp>",
    to=["特別養護老人ホーム 桜ヶ丘ホーム 相談室 <soudan@sakuragaoka-home.or.jp>"],
    subject="11月ショートステイ利用のご相談（6名）",
    charset="cp932",
    html=f"""<html><body style="font-family:'MS Pゴシック'">
<p>桜ヶ丘ホーム<br>相談員 ご担当者様</p>
<p>いつも大変お世話になっております。<br>
ひのでケアプランの竹下です。</p>
<p>11月のショートステイにつきまして、下記6名の受け入れをご検討いただけますでしょうか。
ご家族の介護負担軽減（レスパイト）目的の方が中心です。</p>
{html_table(_r11)}
<p>※服薬内容・ADLの詳細はフェイスシートを別途FAXいたします。</p>
<p>ご多忙のところ恐縮ですが、受け入れ可否を今週中にお知らせいただけますと幸いです。</p>
<pre>{SIG_TAKESHITA}</pre>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only mail: table of 6 care-service users with addresses, 要介護度 and diagnoses to a partner facility",
))

MESSAGES.append(dict(
    id="med-012",
    sender="竹下 由香 <takeshita.yuka@hinode-sangyo.co.jp>",
    to=["nagasawa.ichiro1962@gmail.com"],
    subject="お問い合わせいただいた近隣の施設について",
    charset="iso-2022-jp",
    body=f"""長沢 様

先日はお電話をありがとうございました。ひのでケアプランの竹下です。
お母様の今後について、ご自宅から通いやすい施設をいくつかまとめました。
見学のご希望があれば、こちらから日程の調整をいたしますのでお申し付けください。

・デイサービスセンター ひので（当事業所併設）
　川崎市幸区南幸町3-45　TEL 044-522-6620　月〜土 8:30〜17:30
・小規模多機能ホーム あかね
　川崎市幸区小倉2-18-1　TEL 044-588-3102　24時間対応
・特別養護老人ホーム 桜ヶ丘ホーム
　川崎市中原区上小田中5-9-7　TEL 044-733-8850　ショートステイあり
・グループホーム ゆずの里
　川崎市幸区古市場1-33-4　TEL 044-522-7012　認知症対応型
・川崎市幸区 地域包括支援センター（南幸）
　川崎市幸区南幸町1-2-9　TEL 044-541-0070　平日 8:30〜17:15

空き状況は日々変わりますので、目安としてご覧ください。

{SIG_TAKESHITA}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="directory of care facilities (businesses with phones/addresses) to one family member on free mail",
))

_p13 = people(15, "013")
_r13 = ["氏名\tフリガナ\t生年月日\t所属\t希望日\t問診メモ"]
_notes13 = ["", "", "卵アレルギーあり（要相談）", "", "", "", "気管支喘息で通院中", "", "", "",
            "", "妊娠中（主治医了承済）", "", "", ""]
for _p, _n in zip(_p13, _notes13):
    _r13.append("\t".join([_p["name"], _p["kana"], seireki(_p["dob"], "kanji"), _p["dept"],
                           _p["rng"].choice(["11/5", "11/6", "11/12"]), _n]))
MESSAGES.append(dict(
    id="med-013",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["kenshin@minato-clinic.jp"],
    subject="インフルエンザ予防接種（出張接種）希望者リスト",
    charset="utf-8",
    body="""みなとクリニック 健診科 御中

お世話になっております。日の出産業の中島です。
11月の出張接種につきまして、第一次の希望者リストをお送りします（15名）。
Excelから貼り付けていますので、タブ区切りで見づらい点はご容赦ください。

""" + "\n".join(_r13) + f"""

問診メモ欄に記載のある3名は、事前に先生にご確認いただけますでしょうか。
追加の希望者は来週まとめてお送りします。

{SIG_NAKAJIMA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="tab-separated list of 15 employees with DOB for vaccination, 3 with medical notes (喘息, allergy, pregnancy), to a clinic",
))

MESSAGES.append(dict(
    id="med-014",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["みなとクリニック 健診科 <kenshin@minato-clinic.jp>"],
    subject="予防接種の日程・会場について",
    charset="cp932",
    body=f"""みなとクリニック 健診科
ご担当者様

お世話になっております。日の出産業の中島です。
出張接種の日程と会場を下記のとおり確定いたしました。

　①11月5日（水）　本社（日の出ビル 8F 大会議室）　13:00〜16:00　見込み 約80名
　②11月6日（木）　川崎工場 厚生棟 2F 休憩室　　　 9:30〜12:00　見込み 約120名
　③11月12日（水）厚木工場 事務所棟 1F 会議室　　 13:30〜15:30　見込み 約45名

・駐車場は各会場とも来客用を2台分確保しております。
・問診票は事前に社内で配布・回収し、当日お渡しします。
・接種費用（1名 3,300円・税込）は一括で当社にご請求ください。

ご不明点がございましたらご連絡ください。

{SIG_NAKAJIMA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="vaccination schedule by site with head counts and price; no names",
))

_p15 = people(7, "015")
_a15 = ["えび・かに", "そば（重度・アナフィラキシー既往あり）", "卵", "乳製品", "くるみ・ピーナッツ",
        "小麦（セリアック病のため完全除去）", "キウイ、もも"]
MESSAGES.append(dict(
    id="med-015",
    sender="小野 翔 <ono.sho@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="11/28 日の出産業 懇親会 食物アレルギー対応のお願い",
    charset="iso-2022-jp",
    body="""さくらホテル 宴会予約ご担当 様

いつもお世話になっております。日の出産業 総務部の小野です。
11月28日（土）の社員懇親会（鳳凰の間・120名）につきまして、
食物アレルギーのある参加者を取りまとめましたのでお送りします。
お席にお名前札を置いていただき、個別のお料理でご対応いただけますと幸いです。

""" + "\n".join(f"・{p['name']}（{p['dept']}）… {a}" for p, a in zip(_p15, _a15)) + f"""

特にそばの方は重度とのことですので、調理器具の共用も避けていただけますでしょうか。
ご対応可否をご返信いただけますと助かります。

{SIG_ONO}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="7 named employees with food allergies / celiac disease (health information) to the partner hotel",
))

MESSAGES.append(dict(
    id="med-016",
    sender="小野 翔 <ono.sho@hinode-sangyo.co.jp>",
    to=["まるみケータリング 営業部 <order@marumi-catering.co.jp>"],
    subject="Re: 12/4 安全大会 お弁当のご注文について",
    charset="utf-8",
    body=f"""まるみケータリング
営業部 ご担当者様

お世話になっております。日の出産業の小野です。
ご確認いただいたアレルギー対応の件、人数を取りまとめました。

　通常弁当（松花堂 1,620円）　　　　　 142個
　えび・かに除去　　　　　　　　　　　 3個
　そば除去（※調理場での混入にもご注意ください）　1個
　乳製品除去　　　　　　　　　　　　　 2個
　ベジタリアン対応　　　　　　　　　　 1個
　　合計　　　　　　　　　　　　　　　149個

個別対応のお弁当には、上記の区分をシールで表示していただければ結構です。
（名前の記載は不要です。当日こちらで配布します。）

納品：12月4日（金）11:30 川崎工場 厚生棟 正面入口

{SIG_ONO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="allergy counts without any names to a caterer",
))

MESSAGES.append(dict(
    id="med-017",
    sender="小野 翔 <ono.sho@hinode-sangyo.co.jp>",
    to=["banquet@sakura-hotel.jp"],
    subject="11/28 懇親会 来賓のお食事について",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約
望月様

いつもお世話になっております。日の出産業の小野です。
1点追加でご相談です。

当日ご来賓としてお越しになる川崎電機の取締役 梶原 様が、そばアレルギーをお持ちとのことです。
メイン卓のお料理について、そば粉・そば茶を使用しないようご配慮いただけますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。

{SIG_ONO}
""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named guest's food allergy to the hotel preparing the meal: health info, yet the minimal necessary disclosure",
))

_p18 = people(6, "018")
_k18 = ["出産祝金", "結婚祝金", "住宅取得補助", "災害見舞金", "出産祝金", "永年勤続記念"]
_r18 = [["氏名", "給付区分", "金額", "振込先"]]
for _p, _k in zip(_p18, _k18):
    _r18.append([_p["namez"], _k, f"{_p['rng'].choice([10000, 20000, 30000, 50000]):,}円",
                 f"{_p['bank']} {_p['branch']} {_p['kind']} {_p['acct']} {_p['hkana']}"])
MESSAGES.append(dict(
    id="med-018",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["ふくりサポート 給付センター <kyufu@fukuri-support.co.jp>"],
    subject="10月分 慶弔・補助金 給付申請（日の出産業 6件）",
    charset="cp932",
    body=f"""ふくりサポート株式会社
給付センター 御中

お世話になっております。日の出産業 人事部厚生課の森田です。
10月分の給付申請をお送りします。振込は11/10付でお願いいたします。

{grid(_r18, fill='　', rule='─')}

申請書原本は社内便でまとめて郵送いたします。
よろしくお願いいたします。

{SIG_MORITA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="6 employees' benefit claims with bank accounts (full-width padded table) to the welfare outsourcer",
))

MESSAGES.append(dict(
    id="med-019",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["kyufu@fukuri-support.co.jp"],
    subject="結婚祝金 申請（1件）",
    charset="iso-2022-jp",
    body=f"""ふくりサポート 給付センター
ご担当者様

お世話になっております。日の出産業の森田です。
結婚祝金の申請が1件ありましたので、お手続きをお願いいたします。

　申請者：鬼頭 咲良（物流センター）
　婚姻日：2026年9月20日
　給付額：30,000円
　振込先：みどり銀行 溝の口支店 普通 4418207　キトウ サクラ

申請書と婚姻届受理証明書の写しは郵送いたします。

{SIG_MORITA}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="one employee's bank account for a wedding gift payment to the welfare outsourcer (one person: may warn)",
))

_mn20 = my_number(9020)
MESSAGES.append(dict(
    id="med-020",
    sender="久保田 亜希子 <kubota.akiko@hinode-sangyo.co.jp>",
    to=["藤村社会保険労務士事務所 <office@fujimura-sr.jp>"],
    subject="育児休業給付金 初回申請の資料",
    charset="utf-8",
    body=f"""藤村社会保険労務士事務所
藤村先生

いつもお世話になっております。日の出産業の久保田です。
育児休業給付金の初回申請について、必要事項をお送りします。

＜被保険者＞
氏名：九十九 千尋（ツクモ チヒロ）
生年月日：平成3年6月8日
個人番号：{_mn20}
基礎年金番号：4509-281736
雇用保険被保険者番号：1408-662913-5

＜育児休業＞
出産日：2026年7月30日
育休開始：2026年9月25日（産後休業終了の翌日）
育休終了予定：2027年7月29日

＜振込先口座＞
ひまわり銀行 鶴見支店 普通 3057219 ツクモ チヒロ

賃金台帳と出勤簿は共有フォルダに格納済みです。
ご不明点がありましたらお知らせください。

{SIG_KUBOTA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER",
              "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="one employee's My Number and basic pension number for childcare-leave benefits, to a labour consultant",
))

MESSAGES.append(dict(
    id="med-021",
    sender="桑田 健一 <kuwata.k@hinode-sangyo.co.jp>",
    to=["川崎電機 調達部 上野様 <ueno.m@kawasaki-denki.co.jp>"],
    subject="担当者変更のご連絡",
    charset="iso-2022-jp",
    body="""川崎電機株式会社
調達部 上野様

いつも大変お世話になっております。日の出産業 営業一課の桑田でございます。

貴社を担当しております高橋が、12月より産前産後休業・育児休業に入ることとなりました。
11月中は高橋と私の二名体制で引き継ぎを進め、12月以降は私が窓口を務めさせていただきます。

ご迷惑をおかけいたしますが、引き続きご愛顧のほどよろしくお願い申し上げます。
近日中に改めてご挨拶に伺います。

日の出産業株式会社 営業一課
桑田 健一
TEL 044-211-3620 / 携帯 090-6621-0834
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="routine notice that the account manager goes on maternity leave; no health data, no record",
))

MESSAGES.append(dict(
    id="med-022",
    sender="白石 理恵 <shiraishi.rie@hinode-sangyo.co.jp>",
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="本日の集荷時間について",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
配車センター ご担当者様

お世話になっております。日の出産業 物流センターの白石です。

本日、担当の村上が体調不良のためお休みをいただいております。
本日分の集荷（16:00 川崎工場 第2出荷場）は予定どおりで、
立ち会いは私が代わりに対応いたします。

ご連絡は私の携帯までお願いいたします。

日の出産業株式会社 物流センター
白石 理恵　TEL 044-287-1150（代）
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="colleague's generic 体調不良でお休み notice, no diagnosis",
))

MESSAGES.append(dict(
    id="med-023",
    sender="桑田 健一 <kuwata.k@hinode-sangyo.co.jp>",
    to=["北国フーズ 購買部 杉本様 <sugimoto@kitaguni-foods.co.jp>"],
    subject="RE: 来週のお打ち合わせについて",
    charset="utf-8",
    body="""北国フーズ株式会社
購買部 杉本様

お世話になっております。日の出産業の桑田です。
ご連絡が遅くなり申し訳ございません。

実は、これまで貴社を担当しておりました漆原ですが、先月の人間ドックで胃がんが見つかり、
今週から川崎中央病院に入院して手術を受けることになりました。
本人からも杉本様にくれぐれもよろしくとのことでした。
復帰は早くても年明けの見込みで、その間は私が対応させていただきます。

来週のお打ち合わせは予定どおり、11日（水）15時に貴社へ伺います。

日の出産業株式会社 営業一課
桑田 健一
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="prose telling a customer a named colleague's cancer diagnosis and hospitalisation",
))

MESSAGES.append(dict(
    id="med-024",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["北国フーズ 総務部 健康推進担当 <kenko-suishin@kitaguni-foods.co.jp>"],
    subject="健康だより 11月号（情報交換用）",
    charset="cp932",
    body=f"""北国フーズ株式会社
総務部 健康推進ご担当者様

お世話になっております。日の出産業 健康管理室の中島です。
先日の健康経営交流会でお話しした社内報の健康コーナー、11月号ができましたのでお送りします。

━━━━━━━━━━━━━━━
　健康だより　2026年11月号
━━━━━━━━━━━━━━━
◆冬の睡眠、足りていますか？
　寝る1時間前はスマホを置き、ぬるめのお風呂（38〜40℃）に15分。
◆インフルエンザ予防接種 受付中
　社内接種は11/5・6・12。申込は健康管理室まで（社内向けのご案内です）。
◆今月の一品：根菜たっぷり豚汁（1人前 約210kcal）
◆健康管理室より
　健康相談は毎週火・木 13:00〜17:00。保健師が対応します。

貴社の取り組みもぜひ参考にさせてください。

{SIG_NAKAJIMA}
""",
    attachments=[dict(kind="html", name="kenko_dayori_202611.html", html="""<html><head><meta charset="utf-8">
<title>健康だより 2026年11月号</title></head><body>
<h1>健康だより 2026年11月号</h1>
<h2>冬の睡眠、足りていますか？</h2>
<p>寝る1時間前はスマホを置き、ぬるめのお風呂（38〜40℃）に15分。</p>
<h2>今月の一品：根菜たっぷり豚汁</h2>
<p>1人前 約210kcal。ごぼう・にんじん・大根で食物繊維をしっかり。</p>
<p>発行：日の出産業株式会社 健康管理室（内線512）</p>
</body></html>""")],
    expect="pass",
    entities=[],
    detectors=[],
    note="office health newsletter (text + HTML file) shared with a partner; no personal data",
))

MESSAGES.append(dict(
    id="med-025",
    sender="小野 翔 <ono.sho@hinode-sangyo.co.jp>",
    to=["kawasaki-denki 出向受入担当 <shukko@kawasaki-denki.co.jp>"],
    subject="出向者向け 近隣医療機関のご案内",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
出向受入ご担当者様

お世話になっております。日の出産業 総務部の小野です。
来月から当社川崎工場へ出向される皆様向けに、工場近隣の医療機関をまとめました。
ご本人様へお渡しいただけますと幸いです。

名称　　　　　　　　　 電話　　　　　　 診療時間／休診日
─────────────────────────────────────
みなとクリニック（内科）　 044-233-5120　 9:00-12:30 / 15:00-18:30　木・日祝休
川崎中央病院（救急外来）　 044-244-1111　 24時間
さいわい歯科医院　　　　　 044-511-3308　 9:30-13:00 / 14:30-19:00　水・日休
駅前本町整形外科　　　　　 044-200-8841　 9:00-12:00 / 15:00-18:00　土午後・日休
ひかり薬局 川崎駅前店　　　044-200-7719　 9:00-19:00　日休

※健康保険証（資格確認書）を必ずお持ちください。
※工場内で体調を崩された場合は、厚生棟1Fの健康管理室（内線512）へ。

{SIG_ONO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of nearby clinics with phone numbers and opening hours (businesses, not people)",
))

# --------------------------------------------------------------------------------------
# med-026 … med-050
# --------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="med-026",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["森田 浩 <h-morita@hinode-sangyou.co.jp>"],
    subject="健診日程の変更（2名）",
    charset="iso-2022-jp",
    body="""森田課長

お疲れさまです。中島です。
定期健診の日程変更希望が2名から出ていますので、共有します。

　・百目鬼 宏明（厚木工場）昭和52年8月30日生　10/8 → 10/22 へ変更
　・栗栖 志保（経理部）　　平成10年1月17日生　10/9 → 10/23 へ変更

健診機関への連絡は私の方で行います。

中島
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for an internal colleague, but the domain is hinode-sangyou.co.jp (look-alike of the own domain)",
))

_p27 = people(9, "027")
MESSAGES.append(dict(
    id="med-027",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["あおぞら健診センター 結果管理課 <kekka@aozora-kenshin.or.jp>"],
    subject="健診結果の差し替え分（暗号化ZIP）",
    charset="utf-8",
    body=f"""あおぞら健診センター
結果管理課 ご担当者様

お世話になっております。日の出産業の中島です。
ご依頼のあった差し替え対象者の結果票を、ZIPにまとめてお送りします。
パスワードは別メールにてお知らせいたします。

ご確認のほどよろしくお願いいたします。

{SIG_NAKAJIMA}
""",
    attachments=[dict(
        kind="zip", name="kekka_sashikae_20261015.zip", password="Hn#2026kk1015",
        files=[dict(kind="xlsx", name="差し替え対象者.xlsx",
                    sheets={"対象者": [["受診番号", "氏名", "生年月日", "差し替え項目"]]
                            + [[f"A{2600 + i}", p["name"], seireki(p["dob"]), "血液検査（溶血のため再採血）"]
                               for i, p in enumerate(_p27)]})],
    )],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) of health-check data; its contents cannot be inspected",
))

MESSAGES.append(dict(
    id="med-028",
    sender="岩崎 崇 <iwasaki.takashi@hinode-sangyo.co.jp>",
    to=["ishikawa@ishikawa-sangyoi.jp"],
    subject="先日ご相談の件（資料）",
    charset="cp932",
    body="""石川先生

ご無沙汰しております。日の出産業の岩崎です。
先日お電話でご相談した件、資料をPDFでお送りします。
開封パスワードは、いつものルールでお電話にてお伝えします。

お忙しいところ恐縮ですが、ご意見をいただけますと幸いです。

日の出産業株式会社 健康管理室
産業医　岩崎 崇
""",
    attachments=[dict(
        kind="pdf", name="復職判定資料.pdf", password="iw0921",
        lines=["復職判定に関する資料", "対象者：製造部 第一課 男性", "主治医意見書（写）",
               "休業期間：2026年3月〜", "診断名：双極性障害II型"],
    )],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF to an external 産業医; cannot be inspected",
))

MESSAGES.append(dict(
    id="med-029",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["みなとクリニック 健診科 <kenshin@minato-clinic.jp>"],
    subject="再検査対象者一覧（差し替え版）",
    charset="iso-2022-jp",
    body=f"""みなとクリニック 健診科 御中

お世話になっております。日の出産業の中島です。
先ほどお送りした一覧に誤りがありましたので、差し替え版を添付いたします。
お手数ですが、前のファイルは破棄していただけますでしょうか。

{SIG_NAKAJIMA}
""",
    attachments=[dict(kind="corrupt", name="再検査対象者一覧_v2.xlsx")],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="corrupt XLSX attachment that cannot be read",
))

_cn30 = corp_number("020001045871")
MESSAGES.append(dict(
    id="med-030",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["あおぞら健診センター 法人営業部 <houjin@aozora-kenshin.or.jp>"],
    subject="2027年度 健康診断業務委託契約の更新について",
    charset="utf-8",
    body=f"""一般財団法人 あおぞら健診センター
法人営業部 御中

いつも大変お世話になっております。日の出産業の森田です。

2027年度の健康診断業務委託契約の更新につきまして、
当社の承認手続きが完了いたしましたのでご連絡いたします。

　契約期間：2027年4月1日〜2028年3月31日
　単価：一般健診 8,800円／生活習慣病健診 16,500円（いずれも税込）
　オプション：腫瘍マーカー、胃部内視鏡は前年度単価を据え置き
　請求先：日の出産業株式会社（法人番号 {_cn30}）人事部 厚生課

契約書2部を郵送いたしますので、ご押印のうえ1部ご返送ください。

{SIG_MORITA}

{DISCLAIMER_JA}
{DISCLAIMER_EN}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="contract renewal with prices, the company's own 法人番号 and the standard confidentiality disclaimer",
))

MESSAGES.append(dict(
    id="med-031",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["こころEAPサービス 法務 <legal@kokoro-eap.co.jp>"],
    subject="秘密保持契約書（案）へのコメント",
    charset="iso-2022-jp",
    body=f"""こころEAPサービス株式会社
法務ご担当者様

お世話になっております。日の出産業の森田です。
ご送付いただいた秘密保持契約書（案）について、当社法務のコメントを反映した版をお送りします。

主な修正点は以下の2点です。
　・第2条（秘密情報の定義）に、相談記録等の個人情報を明記
　・第7条（契約終了時の措置）に、返還・廃棄証明書の提出を追加

ご確認のうえ、問題なければ製本版の作成に進めたいと存じます。

{SIG_MORITA}
""",
    attachments=[dict(
        kind="docx", name="秘密保持契約書_日の出産業修正案.docx",
        paragraphs=[
            "秘密保持契約書",
            "日の出産業株式会社（以下「甲」という。）とこころEAPサービス株式会社（以下「乙」という。）は、"
            "従業員支援プログラムの提供に関し、以下のとおり秘密保持契約を締結する。",
            "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
            "第2条（秘密情報の定義）本契約において秘密情報とは、開示の方法を問わず、相手方から開示された"
            "技術上・営業上の情報及び甲の従業員の相談記録その他の個人情報をいう。",
            "第3条（秘密保持義務）甲及び乙は、秘密情報を第三者に開示又は漏えいしてはならない。",
            "第7条（契約終了時の措置）乙は、本契約終了時、秘密情報を返還又は廃棄し、廃棄証明書を甲に提出する。",
        ],
    )],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA; the draft mentions 秘密情報 but is not itself marked confidential",
))

MESSAGES.append(dict(
    id="med-032",
    sender="久保田 亜希子 <kubota.akiko@hinode-sangyo.co.jp>",
    to=["office@fujimura-sr.jp"],
    subject="健康管理規程 改定案のご確認のお願い",
    charset="cp932",
    body=f"""藤村先生

お世話になっております。日の出産業の久保田です。
来年4月施行予定の健康管理規程の改定案を添付いたします。
ストレスチェックの実施体制と、休職・復職の手続き部分を中心にご確認いただけますでしょうか。

ご多忙のところ恐れ入りますが、11月末までにコメントをいただけますと幸いです。

{SIG_KUBOTA}
""",
    attachments=[dict(
        kind="docx", name="健康管理規程_改定案_v3.docx", page_header="社外秘",
        page_footer="日の出産業株式会社 人事部",
        paragraphs=["健康管理規程（改定案）", "第1章 総則",
                    "第1条（目的）この規程は、従業員の健康の保持増進を図るため、健康管理に関する事項を定める。",
                    "第12条（ストレスチェック）会社は、毎年1回、常時使用する従業員に対しストレスチェックを実施する。",
                    "第20条（休職）業務外の傷病により欠勤が引き続き1か月を超えたときは、休職を命ずることがある。",
                    "第23条（復職）復職にあたっては、主治医の診断書及び産業医の意見を踏まえ、会社が判断する。"],
    )],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached DOCX carries 社外秘 only in its page header",
))

MESSAGES.append(dict(
    id="med-033",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["houjin@aozora-kenshin.or.jp", "kenshin@minato-clinic.jp", "eigyo@kenkou-plaza.or.jp"],
    subject="【見積依頼】2027年度 巡回健康診断",
    charset="utf-8",
    body=f"""各位

お世話になっております。日の出産業株式会社 人事部厚生課の森田でございます。
2027年度の巡回健康診断について、お見積りをお願いしたくご連絡いたしました。

　実施時期：2027年6月〜7月（計4日）
　実施場所：川崎工場・厚木工場
　受診者数：約650名（うち35歳・40歳以上の生活習慣病健診 約380名）
　希望項目：胸部X線（デジタル）、心電図、血液検査、腹囲、聴力（オージオ）
　回答期限：2026年12月11日（金）

見積書の書式は自由です。
ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_MORITA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="RFQ to three competing clinics, all visible to each other in To (should have been Bcc)",
))

MESSAGES.append(dict(
    id="med-034",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["あおぞら健診センター 佐伯様 <saeki@aozora-kenshin.or.jp>"],
    cc=["東京機械工業健保 保健事業課 <hoken@tokyo-kikai-kenpo.or.jp>",
        "中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>"],
    subject="被扶養者健診の連携についてのお打ち合わせ",
    charset="iso-2022-jp",
    body=f"""あおぞら健診センター 佐伯様
（cc：東京機械工業健康保険組合 保健事業課様）

いつもお世話になっております。日の出産業の森田です。

被扶養者の特定健診を、当社の巡回健診と同日に受けられるようにする件で、
三者でお打ち合わせの場を設けたく、ご連絡いたしました。

候補日：
　11月17日（火）10:00〜11:00
　11月19日（木）15:00〜16:00
　11月24日（火）14:00〜15:00
場所：日の出ビル 5F 第3会議室（Teams併用）

ご都合のよい日をお知らせいただけますでしょうか。

{SIG_MORITA}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="ordinary three-way meeting mail: two external organisations in To/Cc",
))

_e35 = elders(5, "035")
_b35 = [
    ("要介護4", "アルツハイマー型認知症、仙骨部褥瘡（d2）", "褥瘡処置 週3回、体位変換"),
    ("要介護2", "2型糖尿病、インスリン（朝夕）", "血糖測定、インスリン管理"),
    ("要介護5", "ALS、胃ろう造設", "経管栄養、吸引"),
    ("要介護3", "慢性心不全（NYHA III）", "体重・浮腫の観察、利尿剤管理"),
    ("要介護1", "統合失調症、服薬拒否傾向", "服薬確認、精神症状の観察"),
]
_blocks35 = []
for _n, (_e, (_k, _d, _c)) in enumerate(zip(_e35, _b35), 1):
    _fam = people(1, f"035fam{_n}")[0]
    _blocks35.append(f"""【{_n}】{_e['name']} 様（{_e['kana']}）{_e['sex']}性
　生年月日：{wareki(_e['dob'])}（{_e['age']}歳）
　住所：{_e['addr']}
　要介護度：{_k}
　疾患：{_d}
　依頼内容：{_c}
　緊急連絡先：{_e['sei']} {_fam['mei']}（長{'男' if _fam['sex'] == '男' else '女'}）{_fam['tel']}""")
MESSAGES.append(dict(
    id="med-035",
    sender="竹下 由香 <takeshita.yuka@hinode-sangyo.co.jp>",
    to=["ゆず訪問看護ステーション 管理者 <kanri@yuzu-houkan.jp>"],
    subject="新規 訪問看護のご依頼（5名）",
    charset="iso-2022-jp",
    body="""ゆず訪問看護ステーション
管理者 様

いつもお世話になっております。ひのでケアプランの竹下です。
12月から訪問看護をお願いしたい利用者様を下記にまとめました。
主治医の指示書は各医療機関から直接FAXされる予定です。

""" + "\n\n".join(_blocks35) + f"""

初回訪問の日程は、ご家族と調整のうえ改めてご連絡いたします。
どうぞよろしくお願いいたします。

{SIG_TAKESHITA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one block per person: 5 care users with addresses, family phones, 要介護度 and diagnoses, to a visiting-nurse station",
))

MESSAGES.append(dict(
    id="med-036",
    sender="竹下 由香 <takeshita.yuka@hinode-sangyo.co.jp>",
    to=["幸区 地域包括支援センター <houkatsu-minamisaiwai@city.asahigaoka.lg.jp>"],
    subject="情報提供（困難事例のご相談）",
    charset="cp932",
    body=f"""地域包括支援センター
社会福祉士 ご担当者様

お世話になっております。ひのでケアプランの竹下です。
先日お電話でご相談した件、情報提供書の内容をお送りします。

■対象者
　氏名　　：東海林 トシ子 様（ショウジ トシコ）
　生年月日：昭和９年１２月３日（９１歳）
　住所　　：神奈川県川崎市幸区小倉４−２１−８
　要介護度：要介護２（認定有効期間 Ｒ８．４．１〜Ｒ９．３．３１）
■状況
　・アルツハイマー型認知症（川崎中央病院 神経内科で診断、ＨＤＳ−Ｒ １３点）
　・同居の長男（無職）による年金の使い込みが疑われ、経済的虐待の可能性あり
　・最近、食事が十分に摂れておらず体重が３か月で４ｋｇ減少

今後の対応について、一度ケース会議を開かせていただけますでしょうか。

{SIG_TAKESHITA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one elderly person's dementia diagnosis and suspected abuse, with full-width DOB and address, to the municipal support centre",
))

MESSAGES.append(dict(
    id="med-037",
    sender="大庭 恭平 <ooba.kyohei@hinode-sangyo.co.jp>",
    to=["ひまわり居宅介護支援センター <info@himawari-kyotaku.jp>"],
    subject="【デイサービスひので】12月の空き状況",
    charset="utf-8",
    body=f"""ひまわり居宅介護支援センター
ケアマネジャー各位

いつもお世話になっております。デイサービスセンター ひのでの大庭です。
12月の空き状況をお知らせします（11月25日時点）。

　曜日　　 定員　 利用予定　 空き
　月曜日　　30　　　27　　　　3
　火曜日　　30　　　30　　　　0（キャンセル待ち可）
　水曜日　　30　　　24　　　　6
　木曜日　　30　　　28　　　　2
　金曜日　　30　　　25　　　　5
　土曜日　　25　　　19　　　　6

入浴（機械浴）は水・金に空きがございます。
体験利用も随時受け付けておりますので、お気軽にご相談ください。

{SIG_DAY}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="vacancy counts per weekday, no persons",
))

_e38 = elders(6, "038")
_k38 = ["要介護1", "要介護3", "要支援2", "要介護2", "要介護4", "要介護2"]
_d38 = ["脳梗塞後遺症", "レビー小体型認知症", "腰部脊柱管狭窄症", "関節リウマチ", "パーキンソン病", "うつ病・不眠"]
_fw38 = "\n".join(f"{e['name']}　{wareki(e['dob'], 'short')}生　{k}　{d}"
                  for e, k, d in zip(_e38, _k38, _d38))
MESSAGES.append(dict(
    id="med-038",
    sender="竹下 由香 <takeshita.yuka@hinode-sangyo.co.jp>",
    to=["たんぽぽ居宅介護支援事業所 <tanpopo@tanpopo-kyotaku.jp>"],
    subject="FW: 1月以降の担当引き継ぎ対象者",
    charset="iso-2022-jp",
    body=f"""たんぽぽ居宅介護支援事業所
管理者 様

お世話になっております。ひのでケアプランの竹下です。
先日お願いした担当の引き継ぎについて、当事業所の村井がまとめた一覧を転送します。
詳細は来週の同行訪問の際にご説明いたします。

{SIG_TAKESHITA}

-------- Forwarded Message --------
件名: 1月以降の担当引き継ぎ対象者
日付: 2026年11月18日 17:42
差出人: 村井 圭 <murai.kei@hinode-sangyo.co.jp>
宛先: 竹下 由香 <takeshita.yuka@hinode-sangyo.co.jp>

竹下さん

お疲れさまです。村井です。
退職に伴い、たんぽぽさんへ引き継ぐ利用者さんを一覧にしました。

{_fw38}

ご家族へは私から連絡済みです。よろしくお願いします。
村井
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward (new text to this recipient) of a colleague's list of 6 care users with DOB, 要介護度 and diseases",
))

_e39 = elders(6, "039")
_q39 = "\n".join(f"{i}. {e['name']}様（{e['age']}歳）{k}　{d}" for i, (e, k, d) in enumerate(
    zip(_e39, ["要介護2", "要介護1", "要介護3", "要介護1", "要支援2", "要介護2"],
        ["送迎時 車いす", "糖尿病食", "胃ろう", "認知症・徘徊あり", "杖歩行", "透析（火木土）"]), 1))
MESSAGES.append(dict(
    id="med-039",
    sender="大庭 恭平 <ooba.kyohei@hinode-sangyo.co.jp>",
    to=["桜ヶ丘ホーム 生活相談員 西尾様 <nishio@sakuragaoka-home.or.jp>"],
    subject="RE: 合同レクリエーション 参加予定者",
    charset="cp932",
    body=f"""西尾様

お世話になっております。デイサービスひのでの大庭です。
参加予定者の一覧、確かに受け取りました。
当日は看護師1名と介護職2名で伺います。送迎車は2台で参ります。

よろしくお願いいたします。

大庭

-----Original Message-----
From: 西尾 <nishio@sakuragaoka-home.or.jp>
Sent: Monday, November 16, 2026 10:05 AM
To: 大庭 恭平 <ooba.kyohei@hinode-sangyo.co.jp>
Subject: 合同レクリエーション 参加予定者

大庭様

桜ヶ丘ホームの西尾です。
11/27の合同レクリエーションの、当ホームからの参加予定者です。
配慮事項もあわせて記載しましたので、ご確認ください。

{_q39}

以上、よろしくお願いいたします。
西尾
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply; the users' list with care notes appears only under -----Original Message----- from the recipient",
))

MESSAGES.append(dict(
    id="med-040",
    sender="久保田 亜希子 <kubota.akiko@hinode-sangyo.co.jp>",
    to=["東京機械工業健康保険組合 給付課 <kyufu@tokyo-kikai-kenpo.or.jp>"],
    subject="傷病手当金支給申請書（第3回）事業主記入分について",
    charset="utf-8",
    body=f"""東京機械工業健康保険組合
給付課 ご担当者様

お世話になっております。日の出産業の久保田です。
お問い合わせいただいた傷病手当金の申請について、内容を確認しましたのでご回答いたします。

　被保険者証 記号 4127　番号 2208
　被保険者氏名　祖父江 隆（ソブエ タカシ）
　傷病名　　　　腰椎椎間板ヘルニア（術後）、反応性抑うつ
　療養期間　　　2026年9月1日〜2026年9月30日
　労務不能期間中の報酬支払　なし
　振込先　　　　武蔵野中央信用金庫 下丸子支店 普通 0628341 ソブエ タカシ

なお、10月分（第4回）は11月上旬に提出予定です。

{SIG_KUBOTA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="one employee's sickness-benefit claim: insurance card number, diagnoses and bank account, to the 健保組合",
))

_p41 = people(5, "041", ages=(28, 60))
_s41 = [("うつ病", "2026/06/02〜"), ("乳がん（術後化学療法）", "2026/04/15〜"),
        ("脳出血後遺症", "2026/02/20〜"), ("双極性障害", "2026/08/01〜"), ("頸椎症性脊髄症", "2026/09/10〜")]
MESSAGES.append(dict(
    id="med-041",
    sender="久保田 亜希子 <kubota.akiko@hinode-sangyo.co.jp>",
    to=["藤村社会保険労務士事務所 岡部様 <okabe@fujimura-sr.jp>"],
    subject="休職者一覧（傷病手当金の手続き用）",
    charset="cp932",
    body=f"""岡部様

お世話になっております。日の出産業の久保田です。
現在休職中の従業員の一覧をPDFでお送りします。
傷病手当金の申請状況の確認にお使いください。

{SIG_KUBOTA}
""",
    attachments=[dict(
        kind="pdf", name="休職者一覧_202611.pdf",
        lines=["休職者一覧（2026年11月1日現在）", "日の出産業株式会社 人事部 労務グループ", ""],
        table=[["社員番号", "氏名", "生年月日", "所属", "傷病名", "休職開始", "申請回数"]]
              + [[p["emp"], p["name"], seireki(p["dob"]), p["dept"], s, d, str(k)]
                 for p, (s, d), k in zip(_p41, _s41, [5, 7, 9, 3, 2])],
    )],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF table of 5 employees on sick leave with their diagnoses, to a labour consultant",
))

MESSAGES.append(dict(
    id="med-042",
    sender="久保田 亜希子 <kubota.akiko@hinode-sangyo.co.jp>",
    to=["okabe@fujimura-sr.jp"],
    subject="Re: 傷病手当金 申請書様式の件",
    charset="iso-2022-jp",
    body=f"""岡部様

お世話になっております。久保田です。
社内配布用に、事業主記入欄の記入例を作りましたのでお送りします。
記載内容に誤りがないか、ご確認いただけますと助かります。

{SIG_KUBOTA}

> 久保田様
> 新様式（令和8年版）の申請書はこちらからダウンロードできます。
> 事業主記入欄の書き方で不明な点があればお知らせください。
> 岡部
""",
    attachments=[dict(
        kind="pdf", name="傷病手当金_事業主記入欄_記入例.pdf",
        lines=["傷病手当金支給申請書（事業主記入用）記入例", "",
               "被保険者氏名：＿＿＿＿＿＿＿＿＿＿（本人が記入）",
               "記号・番号：＿＿＿＿＿＿（保険証のとおり）",
               "勤務状況：出勤した日に○を付けてください",
               "賃金支払状況：労務不能期間に支払った賃金を記入",
               "事業所所在地：神奈川県川崎市川崎区駅前本町11-2",
               "事業所名称：日の出産業株式会社　代表取締役 〇〇〇〇",
               "電話番号：044-211-3500"],
    )],
    expect="pass",
    entities=[],
    detectors=[],
    note="blank form template (field labels and the company's own address/phone) to the labour consultant",
))

MESSAGES.append(dict(
    id="med-043",
    sender="小野 翔 <ono.sho@hinode-sangyo.co.jp>",
    to=["ケンシュウアカデミー 運営事務局 <jimukyoku@kenshu-academy.co.jp>"],
    subject="新任管理職研修 受講者への配慮のお願い",
    charset="iso-2022-jp",
    body=f"""株式会社ケンシュウアカデミー
運営事務局 御中

お世話になっております。日の出産業 総務部の小野です。
12月の新任管理職研修（2日間コース）について、1点ご相談させてください。

当社からの受講者のうち、技術開発部の薬師寺 勝利さんは感音性難聴（身体障害者手帳 3級）のため、
講義の音声が聞き取りにくい状況です。
以下の配慮をお願いできますでしょうか。

　・最前列の席の確保
　・スライド資料の事前配布（可能であれば前日までに電子データで）
　・グループワーク時の筆談ボードの用意

ご本人の了承は得ております。対応可否をお知らせいただけますと幸いです。

{SIG_ONO}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's disability (hearing impairment, 手帳 grade) to an external training company",
))

MESSAGES.append(dict(
    id="med-044",
    sender="久保田 亜希子 <kubota.akiko@hinode-sangyo.co.jp>",
    to=["障害者雇用サポート 相談窓口 <soudan@shogai-koyo-support.jp>"],
    subject="障害者雇用の状況（ご相談前の共有）",
    charset="utf-8",
    body=f"""障害者雇用サポート
ご担当者様

はじめてご連絡いたします。日の出産業株式会社 人事部の久保田と申します。
来月の無料相談会に先立ち、当社の状況を共有いたします。

　常用労働者数　　　　　　1,312名
　障害者である労働者数　　　 31.5名（ダブルカウント含む）
　実雇用率　　　　　　　　　 2.40％（法定雇用率 2.5％）
　不足数　　　　　　　　　　 1名
　内訳：身体 18名、知的 4名、精神 6名（実人数）

特例子会社の設立は考えておらず、職域の拡大（事務サポート、清掃、軽作業）で
対応したいと考えています。

{SIG_KUBOTA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate disability-employment statistics, no person identifiable",
))

_r45 = [["社員番号", "障害種別", "等級", "手帳番号", "交付日", "所属", "配慮事項"]]
_rng45 = random.Random("med-045")
for _t, _g, _h in [("身体（肢体）", "2級", "車いす使用・多目的トイレ"), ("精神", "3級", "通院のため月2回の時間休"),
                   ("身体（視覚）", "4級", "拡大読書器"), ("知的", "B2", "作業手順書の図示"),
                   ("身体（内部・心臓）", "1級", "ペースメーカー／IH機器から離席"),
                   ("精神", "2級", "短時間勤務（6h）"), ("身体（聴覚）", "3級", "筆談・チャット連絡")]:
    _r45.append([f"{_rng45.choice('1234')}{_rng45.randint(0, 9999):04d}", _t, _h and _g,
                 f"第{_rng45.randint(100000, 999999)}号",
                 seireki(date(_rng45.randint(2005, 2025), _rng45.randint(1, 12), _rng45.randint(1, 28))),
                 _rng45.choice(DEPTS), _h])
MESSAGES.append(dict(
    id="med-045",
    sender="久保田 亜希子 <kubota.akiko@hinode-sangyo.co.jp>",
    to=["soudan@shogai-koyo-support.jp"],
    subject="Re: 障害者雇用の状況（ご相談前の共有）",
    charset="cp932",
    body=f"""障害者雇用サポート
相談員 ご担当者様

ご返信ありがとうございます。日の出産業の久保田です。
ご依頼のありました在籍者の内訳（個人名は伏せています）をExcelで添付いたします。
職域拡大の検討材料としてご覧ください。

{SIG_KUBOTA}
""",
    attachments=[dict(kind="xlsx", name="在籍障害者内訳.xlsx",
                      sheets={"内訳": [["障害者雇用 在籍者内訳（2026年6月1日現在）"]] + _r45,
                              "集計": [["区分", "人数"], ["身体", 18], ["知的", 4], ["精神", 6]]})],
    expect="stop",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="list without a name column: 7 employees' numbers with disability type, grade and 手帳番号 to an external consultant",
))

_p46 = people(9, "046", ages=(30, 62))
_r46 = [["氏名", "所属", "生年月日", "判定", "所見", "受診状況"]]
for _p, (_j, _f), _st in zip(_p46, [("D2", "血圧 164/102"), ("C", "ALT 88"), ("D1", "HbA1c 8.1"),
                                    ("D2", "胸部X線 異常陰影"), ("C", "尿酸 9.2"), ("D2", "便潜血(+)"),
                                    ("D1", "LDL 232"), ("D2", "心電図 完全左脚ブロック"), ("C", "貧血 Hb 10.1")],
                             ["未", "受診済", "未", "予約済", "未", "未", "受診済", "予約済", "未"]):
    _r46.append([_p["name"], _p["dept"], wareki(_p["dob"], "slash"), _j, _f, _st])
MESSAGES.append(dict(
    id="med-046",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["森田 浩 <h-morita@hinode-sangyo.co.jp>", "岩崎 崇 <iwasaki.takashi@hinode-sangyo.co.jp>"],
    subject="【要対応】二次健診 未受診者フォロー状況",
    charset="iso-2022-jp",
    body=f"""森田課長、岩崎先生

お疲れさまです。中島です。
二次健診の受診状況（11/20時点）です。「未」の5名には今週中に再度声かけします。
D1判定の2名は、先生から直接受診勧奨していただけますでしょうか。

{grid(_r46)}

中島
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="9 employees' health findings, but to internal recipients only",
))

MESSAGES.append(dict(
    id="med-047",
    sender="岩崎 崇 <iwasaki.takashi@hinode-sangyo.co.jp>",
    to=["健康管理室 共有 <kenko-room@kenko.hinode-sangyo.co.jp>"],
    subject="復職面談メモ 11/12",
    charset="utf-8",
    body="""健康管理室各位

本日の復職面談のメモです。面談記録フォルダに転記をお願いします。

対象：勅使河原 美咲（技術開発部）
診断：パニック障害（主治医：溝の口こころのクリニック）
経過：SSRI（セルトラリン50mg）継続。電車内での発作は8月以降なし。
意見：12/1より復職可。ただし当面1か月は時差出勤（10時始業）とし、出張は不可。
次回：12/15 フォロー面談

岩崎
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="diagnosis of one employee sent to an internal subdomain (kenko.hinode-sangyo.co.jp) only",
))

MESSAGES.append(dict(
    id="med-048",
    sender="大庭 恭平 <ooba.kyohei@hinode-sangyo.co.jp>",
    to=["koizumi.kazuya@gmail.com", "m-harada0812@yahoo.co.jp", "tomoko.s.family@icloud.com",
        "yoshino-h@docomo.ne.jp"],
    subject="デイサービスひので 夏祭りのご案内",
    charset="iso-2022-jp",
    body=f"""ご家族の皆様

いつもデイサービスセンター ひのでをご利用いただき、ありがとうございます。
今年も利用者様とご家族をお招きして、夏祭りを開催いたします。

　日時：2026年8月22日（土）10:30〜14:00
　場所：デイサービスセンター ひので 1F ホール・中庭
　内容：盆踊り、ヨーヨー釣り、かき氷、地域の和太鼓グループの演奏
　昼食：ご家族の方は1食500円でご用意できます

参加のご希望は、8月10日までに連絡帳または本メールへのご返信でお知らせください。
皆様のご来場を職員一同お待ちしております。

{SIG_DAY}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="four families' private addresses all visible in To (should have been Bcc)",
))

MESSAGES.append(dict(
    id="med-049",
    sender="大庭 恭平 <ooba.kyohei@hinode-sangyo.co.jp>",
    to=["デイサービスセンター ひので <day-hinode@hinode-sangyo.co.jp>"],
    bcc=["koizumi.kazuya@gmail.com", "m-harada0812@yahoo.co.jp", "tomoko.s.family@icloud.com",
         "yoshino-h@docomo.ne.jp", "k.fujimaki55@ezweb.ne.jp"],
    subject="年末年始の営業日のお知らせ",
    charset="iso-2022-jp",
    body=f"""ご家族の皆様（BCCにて一斉送信しております）

いつもお世話になっております。デイサービスセンター ひのでです。
年末年始の営業日についてお知らせいたします。

　12月29日（火）〜1月3日（日）　休業
　1月4日（月）より通常営業

休業期間中の緊急のご連絡は、居宅介護支援事業所 ひのでケアプラン（044-522-6610）の
担当ケアマネジャーまでお願いいたします。

{SIG_DAY}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="announcement to families correctly sent Bcc (To is the facility's own address)",
))

MESSAGES.append(dict(
    id="med-050",
    sender="Miwa Nakajima <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["Global Assist Medical Desk <medical@global-assist.com>"],
    subject="Pre-assignment medical clearance - Mr. Kondo (Bangkok)",
    charset="utf-8",
    body=f"""Dear Medical Desk team,

This is Miwa Nakajima, occupational health nurse at Hinode Sangyo Co., Ltd.
Please find below the details for the pre-assignment medical clearance of our employee
who will be transferred to our Bangkok office in January.

  Name:            KONDO Hiroaki
  Date of birth:   14 March 1979
  Passport No.:    TR4817290
  Position:        Plant Manager, Hinode Sangyo (Thailand) Co., Ltd.
  Medical history: Type 2 diabetes (on metformin 1500 mg/day), hypertension
                   (amlodipine 5 mg), HbA1c 7.2 % in September 2026
  Allergies:       Penicillin

Could you confirm whether a hospital in Bangkok can continue his diabetes treatment,
and whether you need a referral letter from his current physician?

Best regards,
Miwa Nakajima
Health Management Office, Hinode Sangyo Co., Ltd.
Tel +81-44-211-3580

{DISCLAIMER_EN}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English mail with one employee's passport number and medical history to an overseas assistance company",
))

# --------------------------------------------------------------------------------------
# med-051 … med-075
# --------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="med-051",
    sender="Hiroshi Morita <h-morita@hinode-sangyo.co.jp>",
    to=["Global Assist Account Team <accounts@global-assist.com>"],
    subject="Renewal of the overseas medical assistance plan (FY2027)",
    charset="utf-8",
    body=f"""Dear Account Team,

Thank you for your continued support.
We would like to renew our corporate medical assistance plan for FY2027 and would be
grateful if you could send us an updated quotation based on the following:

  - Number of covered expatriates: 14 (Thailand 8, Vietnam 4, Mexico 2)
  - Dependants: approx. 9
  - Options: 24/7 Japanese-speaking hotline, medical evacuation, annual check-up
    arrangement at partner hospitals
  - Policy period: 1 April 2027 - 31 March 2028

We do not need individual names at this stage; the roster will follow after the
contract is signed.

Kind regards,

Hiroshi Morita
Welfare Section, HR Department
Hinode Sangyo Co., Ltd.
11-2 Ekimae-honcho, Kawasaki-ku, Kawasaki, Kanagawa 210-0007, Japan

{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English quotation request with head counts only; standard disclaimer",
))

_p52 = people(6, "052", ages=(27, 58))
_r52 = [["No.", "Name (as in passport)", "Sex", "Date of Birth", "Passport No.", "Expiry",
         "Yellow fever vacc."]]
_r52rng = random.Random("med-052")
for _i, _p in enumerate(_p52, 1):
    _r52.append([str(_i), _p["ROMAJI"], _p["mf"], _p["dob"].strftime("%d-%b-%Y").upper(),
                 f"T{_r52rng.choice('KRZ')}{_r52rng.randint(1000000, 9999999)}",
                 f"{_r52rng.randint(2028, 2035)}/{_r52rng.randint(1, 12):02d}",
                 f"{_r52rng.randint(1, 28):02d}/{_r52rng.choice(['09', '10'])}/2026"])
MESSAGES.append(dict(
    id="med-052",
    sender="小野 翔 <ono.sho@hinode-sangyo.co.jp>",
    to=["たびナビ 法人営業部 <corp@tabi-navi.co.jp>"],
    subject="ブラジル出張（1月）渡航者情報",
    charset="cp932",
    body=f"""株式会社たびナビ
法人営業部 ご担当者様

お世話になっております。日の出産業の小野です。
来年1月のサンパウロ出張の航空券・ビザ手配について、渡航者6名の情報をお送りします。
（ローマ字はパスポートの表記どおりです）

{grid(_r52, gap=3)}

黄熱の予防接種は全員完了済みで、イエローカードの写しは後日まとめてお送りします。
ビザ申請に必要な書類のリストをいただけますでしょうか。

{SIG_ONO}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="6 travellers in romaji with passport numbers and dates of birth to a travel agency",
))

_kat53 = [("グエン ヴァン ミン", "NGUYEN VAN MINH", "ベトナム"), ("チャン ティ ホア", "TRAN THI HOA", "ベトナム"),
          ("サントス マリア クリスティナ", "SANTOS MARIA CRISTINA", "フィリピン"),
          ("ラマ ビクラム", "RAMA BIKRAM", "ネパール"), ("ウー ジエ", "WU JIE", "中国"),
          ("ファム クォック フイ", "PHAM QUOC HUY", "ベトナム")]
_r53rng = random.Random("med-053")
_r53 = []
for _k, _r, _c in _kat53:
    _d = date(_r53rng.randint(1990, 2003), _r53rng.randint(1, 12), _r53rng.randint(1, 28))
    _r53.append((_k, _r, _c, _d, f"{''.join(_r53rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}"
                 f"{_r53rng.randint(10000000, 99999999)}{''.join(_r53rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}"))
MESSAGES.append(dict(
    id="med-053",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["みなとクリニック 受付 <uketsuke@minato-clinic.jp>"],
    subject="雇入時健康診断（外国籍社員6名）通訳手配のお願い",
    charset="iso-2022-jp",
    body=f"""みなとクリニック 受付ご担当者様

お世話になっております。日の出産業の中島です。
12月入社の外国籍社員6名の雇入時健診を、12月8日（火）午前にお願いしております。
通訳の手配のため、受診者と母語をお知らせします。
受付での本人確認には在留カードを使いますので、番号も記載しております。

""" + "\n".join(f"{i}）{k}（{r}）　{c}　{wareki(d, 'short')}生　在留カード {rc}"
                for i, (k, r, c, d, rc) in enumerate(_r53, 1)) + f"""

ベトナム語の通訳が3名分必要になります。ご手配可能かお知らせください。

{SIG_NAKAJIMA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="6 foreign employees in katakana/romaji with dates of birth and residence card numbers to a clinic",
))

MESSAGES.append(dict(
    id="med-054",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["あおぞら健診センター 巡回健診課 <junkai@aozora-kenshin.or.jp>"],
    subject="巡回健診（川崎工場）当日の窓口について",
    charset="cp932",
    body=f"""あおぞら健診センター
巡回健診課 ご担当者様

お世話になっております。日の出産業の中島です。
10月8日・9日の川崎工場での巡回健診につきまして、当日の窓口をお知らせします。

　当日窓口：総務部 小野（携帯 080-2294-6157）
　※私（中島）は本社での対応があるため、午後からの合流となります。
　検診車の駐車位置：正門を入って右手、第2駐車場（4台分確保済み）
　電源：検診車用の200V電源を守衛所横に用意しています

前日の搬入時間が決まりましたら、小野までご連絡ください。

{SIG_NAKAJIMA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a colleague named as the on-site business contact with his work mobile",
))

MESSAGES.append(dict(
    id="med-055",
    sender="小野 翔 <ono.sho@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会営業 <sales@sakura-hotel.jp>"],
    subject="12/3 研修会場 ご利用者の緊急連絡先",
    charset="iso-2022-jp",
    body=f"""さくらホテル
宴会営業 ご担当者様

お世話になっております。日の出産業の小野です。
12月3日の「セルフケア研修」（牡丹の間）について、
当日の運営担当3名の携帯番号をお知らせします。設営の立ち会い等でご連絡の際にお使いください。

　小野 翔　　　080-2294-6157
　山路 彩　　　090-4473-1186
　宗像 達也　　070-5530-2941

受講者は42名の予定です。どうぞよろしくお願いいたします。

{SIG_ONO}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three staff members' mobiles to a venue (fewer than five people: may warn, must go)",
))

_p56 = people(6, "056")
_l56 = []
for _p, (_s, _m) in zip(_p56, [("A領域 87／B領域 45", "希望"), ("B領域 38", "希望しない"), ("A 91／C 22", "希望"),
                               ("B領域 41", "保留"), ("A 85／B 40", "希望"), ("C領域 19", "希望しない")]):
    _l56.append(f"{_p['name']}\t{_p['dept']}\t{_p['age']}\t高ストレス（{_s}）\t面接指導:{_m}")
MESSAGES.append(dict(
    id="med-056",
    sender="岩崎 崇 <iwasaki.takashi@hinode-sangyo.co.jp>",
    to=["こころEAPサービス 面接指導窓口 <mensetsu@kokoro-eap.co.jp>"],
    subject="面接指導の外部委託分（今回6名）",
    charset="utf-8",
    body="""こころEAPサービス
面接指導ご担当 御中

お世話になっております。日の出産業 産業医の岩崎です。
今年度のストレスチェックで高ストレスと判定された者のうち、
社外での面接指導を希望した者・保留中の者を含めて以下にお送りします。

""" + "\n".join(_l56) + """

「希望しない」の2名についても、一度EAPの相談窓口のご案内をお願いできれば幸いです。
よろしくお願いいたします。

日の出産業株式会社 健康管理室
産業医　岩崎 崇
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="names without a header: 6 employees judged high-stress by the stress check, tab-separated, to an EAP",
))

MESSAGES.append(dict(
    id="med-057",
    sender="岩崎 崇 <iwasaki.takashi@hinode-sangyo.co.jp>",
    to=["こころEAPサービス 組織分析チーム <bunseki@kokoro-eap.co.jp>"],
    subject="集団分析結果の検討会について",
    charset="utf-8",
    body=f"""こころEAPサービス 組織分析チーム 御中

お世話になっております。日の出産業の岩崎です。
集団分析の結果（部署別）を拝見しました。検討会では特に下記の部署を取り上げたいと思います。

　部署（回答者数）　　　健康リスク　仕事の量的負担　上司の支援　同僚の支援
　製造部（212）　　　　　118　　　　　9.1　　　　　　6.8　　　　7.9
　物流センター（96）　　　126　　　　　9.6　　　　　　6.1　　　　7.2
　営業二課（38）　　　　　109　　　　　8.7　　　　　　7.4　　　　8.0
　全社平均（1,194）　　　 102　　　　　8.5　　　　　　7.5　　　　8.1

※10名未満の部署は集計対象外としています。
検討会は12月10日（木）15時からでお願いできますでしょうか。

日の出産業株式会社 健康管理室
産業医　岩崎 崇
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="stress-check group analysis by department (aggregates, groups under 10 suppressed)",
))

MESSAGES.append(dict(
    id="med-058",
    sender="小野 翔 <ono.sho@hinode-sangyo.co.jp>",
    to=["宴会予約 <banquet@sakura-hoteI.jp>"],
    subject="忘年会 アレルギー対応（3名）",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約ご担当様

お世話になっております。日の出産業の小野です。
12/18の忘年会（桔梗の間）について、アレルギー対応をお願いしたい方が3名おります。

　・宗像 達也　甲殻類（えび・かに）
　・山路 彩　　乳、卵
　・御手洗 健一　そば（重症、エピペン携帯）

どうぞよろしくお願いいたします。

{SIG_ONO}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="recipient domain sakura-hoteI.jp (capital I for l) is a look-alike of the partner sakura-hotel.jp",
))

MESSAGES.append(dict(
    id="med-059",
    sender="小野 翔 <ono.sho@hinode-sangyo.co.jp>",
    to=["北国フーズ 法人営業 <hojin@kitaguni-food.co.jp>"],
    subject="巡回健診日の昼食 お弁当のご注文",
    charset="utf-8",
    body=f"""北国フーズ株式会社
法人営業 ご担当者様

いつもお世話になっております。日の出産業の小野です。
巡回健診の2日間、健診スタッフの皆様向けのお弁当を下記のとおり注文いたします。

　10月8日（木）　幕の内弁当（KF-1120）　18個　お茶 18本
　10月9日（金）　幕の内弁当（KF-1120）　18個　お茶 18本
　納品先：川崎工場 厚生棟 1F 会議室　11:45 着
　お支払い：月末締め 請求書払い

よろしくお願いいたします。

{SIG_ONO}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="harmless lunch order, but to kitaguni-food.co.jp (dropped s) instead of the partner kitaguni-foods.co.jp",
))

MESSAGES.append(dict(
    id="med-060",
    sender="小野 翔 <ono.sho@hinode-sangyo.co.jp>",
    to=["北国フーズ 法人営業 <hojin@kitaguni-foods.co.jp>"],
    subject="ご注文内容の確認（注文番号 KF-20261001-0073）",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
法人営業 ご担当者様

お世話になっております。日の出産業の小野です。
注文確認書をありがとうございました。内容に相違ありません。

　注文番号：KF-20261001-0073
　商品：幕の内弁当（KF-1120）単価 864円 × 36個 ＝ 31,104円
　　　　緑茶500ml（KD-0310）単価 108円 × 36本 ＝ 3,888円
　合計：34,992円（税込）
　配送伝票番号：青葉運輸 4471-2290-3815

当日はよろしくお願いいたします。

{SIG_ONO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="order confirmation with order number, product codes, prices and a tracking number to the real partner domain",
))

MESSAGES.append(dict(
    id="med-061",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.jp>"],
    subject="災害見舞金の振込依頼（1件）",
    charset="cp932",
    body=f"""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業の森田です。
先日の台風被害に伴う災害見舞金について、下記のとおり振込をお願いいたします。

　受取人：蛭田 和夫 様
　振込先：みどり銀行 武蔵小杉支店　普通　５２１９０３７　ﾋﾙﾀ ｶｽﾞｵ
　金額：１００，０００円
　振込日：１１月１３日（金）

総合振込データは本日中にアップロードいたします。

{SIG_MORITA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="one person's bank account to midori-ginko.jp, a look-alike (dropped co.) of the partner midori-ginko.co.jp",
))

MESSAGES.append(dict(
    id="med-062",
    sender="久保田 亜希子 <kubota.akiko@hinode-sangyo.co.jp>",
    to=["太陽生命保険 団体保険サービス部 <dantai@taiyo-seimei.co.jp>"],
    subject="団体長期障害所得補償保険（GLTD）請求のご相談",
    charset="utf-8",
    body=f"""太陽生命保険株式会社
団体保険サービス部 ご担当者様

いつもお世話になっております。日の出産業の久保田です。
GLTDの保険金請求について、事前にご相談させてください。

対象の従業員は、品質保証部の真壁 達也さん（1974年2月11日生）です。
昨年11月に脳出血で倒れ、右半身麻痺と失語症が残っており、
今年5月から休職しています。主治医からは、職場復帰は当面困難との見解をいただいています。

請求書類の一式をお送りいただけますでしょうか。
主治医の診断書は、御社所定の様式が必要であれば併せてお知らせください。

{SIG_KUBOTA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="prose: one employee's stroke and disability with his date of birth, to the group insurer",
))

MESSAGES.append(dict(
    id="med-063",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["太陽生命保険 団体保険営業部 <dantai-eigyo@taiyo-seimei.co.jp>"],
    subject="【社外秘】GLTD 保険料率改定案（労使協議前）",
    charset="iso-2022-jp",
    body=f"""太陽生命保険株式会社
団体保険営業部 ご担当者様

お世話になっております。日の出産業の森田です。
組合との協議前の案ですので、取扱いにはご注意ください。

　現行：月額保険料 標準報酬月額 × 0.42％（会社全額負担）
　改定案：基本部分 0.42％（会社負担）＋ 上乗せ部分 0.18％（任意加入・本人負担）
　加入見込：基本 1,248名／上乗せ 約600名
　実施予定：2027年4月

上乗せ部分の加入率が5割を下回った場合の料率への影響を試算いただけますでしょうか。

{SIG_MORITA}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="subject stamped 【社外秘】 going to an external insurer",
))

MESSAGES.append(dict(
    id="med-064",
    sender="久保田 亜希子 <kubota.akiko@hinode-sangyo.co.jp>",
    to=["tekiyo@tokyo-kikai-kenpo.or.jp"],
    subject="資格確認書 再交付申請（紛失）",
    charset="cp932",
    body=f"""東京機械工業健康保険組合
適用課 ご担当者様

お世話になっております。日の出産業の久保田です。
被保険者から資格確認書の紛失届が出ましたので、再交付をお願いいたします。

　被保険者氏名：﨑山　彩（サキヤマ　アヤ）
　生年月日　　：Ｈ８．１０．２２
　記号・番号　：４１２８・１７０６
　紛失日　　　：令和８年１１月上旬（通勤途中と思われる）
　警察への届出：済（川崎警察署 受理番号は申請書に記載）

再交付申請書の原本は本日郵送いたします。

{SIG_KUBOTA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one person's health insurance 記号・番号 in full-width digits (with 﨑, a CP932-only kanji) to the 健保組合",
))

MESSAGES.append(dict(
    id="med-065",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["hoken@tokyo-kikai-kenpo.or.jp"],
    subject="Re: 契約保養施設一覧（2027年度版）のご送付",
    charset="utf-8",
    body=f"""東京機械工業健康保険組合
保健事業課 ご担当者様

お世話になっております。日の出産業の森田です。
保養施設一覧をお送りいただきありがとうございます。
社内ポータルに掲載するにあたり、抜粋して下記のとおり案内する予定です。
施設の表記に誤りがないかご確認いただけますでしょうか。

　施設名　　　　　　　　　所在地　　　　　　　　 電話　　　　　　 補助額
　箱根 湯の花荘　　　　　 神奈川県足柄下郡箱根町　 0460-85-7711　 1泊 3,000円
　伊豆高原 ホテル潮騒　　 静岡県伊東市　　　　　　 0557-51-2240　 1泊 3,000円
　軽井沢 森のロッジ　　　 長野県北佐久郡軽井沢町　 0267-42-5580　 1泊 2,000円
　草津 温泉旅館 ゆもと　　群馬県吾妻郡草津町　　　 0279-88-3021　 1泊 2,000円
　さくらホテル 鎌倉　　　 神奈川県鎌倉市　　　　　 0467-22-8100　 1泊 2,500円

よろしくお願いいたします。

{SIG_MORITA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of resort facilities (businesses) with switchboard numbers",
))

_p66 = people(9, "066", ages=(35, 62))
_r66 = [["社員番号", "氏名", "記号", "番号", "生年月日", "受診日", "医療機関", "コース", "補助額"]]
for _p, _h, _c in zip(_p66, ["あおぞら健診センター", "川崎中央病院 健診部", "みなとクリニック",
                              "あおぞら健診センター", "横浜港北メディカル", "川崎中央病院 健診部",
                              "あおぞら健診センター", "みなとクリニック", "町田健診プラザ"],
                      ["日帰り", "日帰り+脳ドック", "日帰り", "1泊2日", "日帰り", "日帰り", "日帰り+胃カメラ",
                       "日帰り", "日帰り"]):
    _r66.append([_p["emp"], _p["name"], _p["kigo"], _p["bango"], wareki(_p["dob"], "short"),
                 f"2026/{_p['rng'].randint(7, 10)}/{_p['rng'].randint(1, 28)}", _h, _c,
                 "30000" if "1泊" in _c else "20000"])
MESSAGES.append(dict(
    id="med-066",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["東京機械工業健保 保健事業課 <hoken@tokyo-kikai-kenpo.or.jp>"],
    subject="人間ドック費用補助 申請データ（7〜10月受診分）",
    charset="iso-2022-jp",
    body=f"""東京機械工業健康保険組合
保健事業課 御中

お世話になっております。日の出産業の森田です。
7〜10月受診分の人間ドック費用補助の申請データ（9件）をCSVでお送りします。
領収書の写しは郵送いたします。

{SIG_MORITA}
""",
    attachments=[dict(kind="csv", name="dock_hojo_202607-10.csv", encoding="cp932", rows=_r66)],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="CP932 CSV of 9 employees with insurance 記号・番号 and dates of birth, to the 健保組合",
))

MESSAGES.append(dict(
    id="med-067",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["hoken@tokyo-kikai-kenpo.or.jp"],
    subject="人間ドック 契約医療機関の追加のお願い",
    charset="utf-8",
    body=f"""東京機械工業健康保険組合
保健事業課 ご担当者様

お世話になっております。日の出産業の森田です。
厚木工場の従業員から、近隣で受診できる契約医療機関を増やしてほしいとの要望が出ております。
候補として下記の医療機関との契約をご検討いただけないでしょうか。

・厚木メディカルクリニック　神奈川県厚木市中町2-6-10　TEL 046-221-4480（健診予約）
・本厚木駅前 健診センター　 神奈川県厚木市泉町1-1　　 TEL 046-296-7720
・海老名総合病院 健診部　　 神奈川県海老名市河原口1-9　TEL 046-233-1200（代表）

いずれも日帰りドック（胃カメラ選択可）に対応しているとのことです。

{SIG_MORITA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of medical institutions (businesses) with addresses and phones",
))

_p68 = people(7, "068", ages=(40, 64))
_r68 = [["氏名", "年齢", "性別", "腹囲(cm)", "BMI", "血圧", "HbA1c", "支援区分"]]
for _p in _p68:
    _rg = _p["rng"]
    _r68.append([_p["name"], str(_p["age"]), _p["sex"], f"{_rg.randint(86, 108)}.{_rg.randint(0, 9)}",
                 f"{_rg.randint(25, 33)}.{_rg.randint(0, 9)}", f"{_rg.randint(132, 168)}/{_rg.randint(84, 104)}",
                 f"{_rg.choice([5.7, 5.9, 6.1, 6.3, 6.6])}", _rg.choice(["積極的支援", "動機付け支援"])])
MESSAGES.append(dict(
    id="med-068",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["げんきサポート 保健指導部 <shido@genki-support.co.jp>"],
    subject="特定保健指導 第3期 対象者のご連絡",
    charset="utf-8",
    body="""げんきサポート株式会社
保健指導部 御中

お世話になっております。日の出産業の中島です。
第3期（1月開始）の特定保健指導の対象者をお知らせします。

""" + "\n".join("　".join(r) for r in _r68) + f"""

初回面談は1月第2週に本社で実施予定です。

{SIG_NAKAJIMA}
""",
    html=f"""<html><body>
<p>げんきサポート株式会社<br>保健指導部 御中</p>
<p>お世話になっております。日の出産業の中島です。<br>
第3期（1月開始）の特定保健指導の対象者をお知らせします。</p>
{html_table(_r68, style=' style="border-collapse:collapse;font-size:10pt"')}
<p>初回面談は1月第2週に本社で実施予定です。</p>
<pre>{SIG_NAKAJIMA}</pre>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="7 employees' health-check values (waist, BMI, BP, HbA1c) as text + HTML table, to a health-guidance contractor",
))

_cn69 = corp_number("011001089342")
MESSAGES.append(dict(
    id="med-069",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["shido@genki-support.co.jp"],
    subject="Re: 特定保健指導プログラムのお見積り",
    charset="iso-2022-jp",
    body=f"""げんきサポート株式会社
保健指導部 ご担当者様

お世話になっております。日の出産業の中島です。
お見積りをありがとうございました。社内で検討し、下記で進めたいと考えております。

　積極的支援（ICT面談＋アプリ）　1名あたり 48,400円
　動機付け支援（面談1回＋3か月後評価）　1名あたり 16,500円
　想定人数：積極的 60名／動機付け 55名
　請求書の宛先：日の出産業株式会社 人事部 厚生課

なお、貴社の適格請求書発行事業者登録番号（T{_cn69}）を
請求書にご記載いただけますようお願いいたします。

{SIG_NAKAJIMA}

> 日の出産業株式会社 中島様
> お世話になっております。げんきサポートの三枝です。
> ご依頼のお見積りを添付いたします。ご検討のほどよろしくお願いいたします。
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="price list per participant and the vendor's invoice registration number; no person",
))

_e70 = elders(5, "070")
_m70 = [("アリセプトＤ錠５ｍｇ", "１錠　朝食後"), ("ワーファリン錠１ｍｇ", "３錠　夕食後"),
        ("メトグルコ錠２５０ｍｇ", "２錠　朝夕食後"), ("マドパー配合錠", "１錠　毎食後"),
        ("リスパダール内用液１ｍｇ", "１包　就寝前")]
_r70 = [["利用者名", "生年月日", "処方薬", "用法", "備考"]]
for _e, (_d, _u), _n in zip(_e70, _m70, ["認知症", "心房細動・ＩＮＲ要確認", "糖尿病",
                                          "パーキンソン病", "せん妄時のみ"]):
    _r70.append([_e["namez"], wareki(_e["dob"], "zen"), _d, _u, _n])
MESSAGES.append(dict(
    id="med-070",
    sender="大庭 恭平 <ooba.kyohei@hinode-sangyo.co.jp>",
    to=["ひかり薬局 川崎駅前店 <kawasaki@hikari-pharmacy.jp>"],
    subject="デイサービス利用中の服薬一覧（一包化のご相談）",
    charset="cp932",
    body=f"""ひかり薬局 川崎駅前店
薬剤師 ご担当者様

いつもお世話になっております。デイサービスひのでの大庭です。
昼食後の服薬介助がある利用者様について、一包化のご相談をさせてください。
現在の処方は下記のとおりです。

{grid(_r70, fill='　', rule='＝')}

一包化の際、昼分のみ別包にしていただけると助かります。
ご家族の同意は各ケアマネジャー経由で得ております。

{SIG_DAY}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="full-width padded table of 5 care users with 和暦 DOB, medications and diseases to a pharmacy",
))

MESSAGES.append(dict(
    id="med-071",
    sender="大庭 恭平 <ooba.kyohei@hinode-sangyo.co.jp>",
    to=["kawasaki@hikari-pharmacy.jp"],
    subject="年末年始の配達スケジュールについて",
    charset="utf-8",
    body=f"""ひかり薬局 川崎駅前店 御中

お世話になっております。デイサービスひのでの大庭です。
年末年始の薬の配達について、下記でお願いできますでしょうか。

　12/28（月）　通常配達（1F 事務所 受取）
　12/29〜1/3　 休業のため配達なし
　1/4（月）　　通常配達

※12/28分は、年始の1/4・1/5分まで併せてお届けいただけると助かります。
受取担当は事務の宮坂（内線 21）です。

{SIG_DAY}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="delivery schedule to a pharmacy; no resident data",
))

MESSAGES.append(dict(
    id="med-072",
    sender="大庭 恭平 <ooba.kyohei@hinode-sangyo.co.jp>",
    to=["朝日ヶ丘市 高齢福祉課 介護保険係 <kaigo-hoken@city.asahigaoka.lg.jp>"],
    subject="介護保険事業者 事故報告書（第一報）の提出",
    charset="iso-2022-jp",
    body=f"""朝日ヶ丘市 高齢福祉課
介護保険係 御中

いつもお世話になっております。
デイサービスセンター ひので（事業所番号 1472301855）の大庭です。

11月16日に発生しました利用者の転倒事故について、事故報告書（第一報）を提出いたします。
ご確認のほど、よろしくお願いいたします。

{SIG_DAY}
""",
    attachments=[dict(
        kind="docx", name="事故報告書_第一報_20261116.docx",
        paragraphs=["介護保険事業者 事故報告書（第一報）",
                    "事業所名：デイサービスセンター ひので（日の出産業株式会社）",
                    "発生日時：2026年11月16日（月）14時20分頃",
                    "発生場所：1F ホール（トイレ前の通路）"],
        tables=[[["項目", "内容"],
                 ["利用者氏名", "五十嵐 キヨ（イガラシ キヨ）"],
                 ["生年月日", "昭和11年5月9日（90歳）"],
                 ["要介護度", "要介護3"],
                 ["既往歴", "アルツハイマー型認知症、骨粗しょう症、高血圧症"],
                 ["事故の概要", "トイレから席に戻る途中、一人で立ち上がり歩行し転倒。右大腿部の痛みを訴えた。"],
                 ["受診結果", "川崎中央病院 整形外科にて右大腿骨頸部骨折と診断、同日入院"],
                 ["家族への連絡", "16日15時05分 長男へ電話連絡済み"]]],
    )],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="incident report DOCX: one named care user's dementia and fracture, to the municipality",
))

MESSAGES.append(dict(
    id="med-073",
    sender="大庭 恭平 <ooba.kyohei@hinode-sangyo.co.jp>",
    to=["kaigo-hoken@city.asahigaoka.lg.jp"],
    subject="令和8年度上半期 事故・ヒヤリハット件数の報告",
    charset="cp932",
    body=f"""朝日ヶ丘市 高齢福祉課 介護保険係 御中

お世話になっております。デイサービスセンター ひのでの大庭です。
上半期（4〜9月）の事故・ヒヤリハットの件数を報告いたします。

　区分　　　　　事故　ヒヤリハット
　転倒・転落　　　２　　　　１４
　誤薬　　　　　　０　　　　　３
　誤嚥・窒息　　　０　　　　　２
　送迎中　　　　　１　　　　　５
　その他　　　　　０　　　　　４
　計　　　　　　　３　　　　２８

転倒防止のため、10月からトイレ前の通路に手すりを増設しました。

{SIG_DAY}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="incident statistics only",
))

_e74 = elders(8, "074")
_k74 = ["要介護2", "要介護3", "要介護1", "要支援2", "要介護4", "要介護2", "要介護5", "要介護1"]
_y74 = ["車いす（自走式）", "特殊寝台・付属品", "歩行器", "手すり（置き型）", "床ずれ防止用具",
        "歩行補助つえ", "特殊寝台・体位変換器", "スロープ"]
MESSAGES.append(dict(
    id="med-074",
    sender="竹下 由香 <takeshita.yuka@hinode-sangyo.co.jp>",
    to=["ライフケア用品 川崎営業所 <kawasaki@lifecare-yohin.co.jp>"],
    subject="福祉用具貸与 12月分 利用者一覧",
    charset="utf-8",
    body=f"""ライフケア用品株式会社
川崎営業所 御中

お世話になっております。ひのでケアプランの竹下です。
12月分の福祉用具貸与の利用者一覧を、いつもの形式（Excel 97-2003）でお送りします。
新規は3名（No.6〜8）です。搬入日の調整をお願いいたします。

{SIG_TAKESHITA}
""",
    attachments=[dict(kind="xls", name="貸与利用者一覧_12月.xls", sheets={
        "12月": [["No", "利用者氏名", "住所", "電話", "要介護度", "貸与品目", "区分"]]
                + [[i, e["name"], e["addr"], e["tel"] if i % 2 else f"044-{e['rng'].randint(200, 999)}-{e['rng'].randint(1000, 9999)}",
                    k, y, "新規" if i >= 6 else "継続"]
                   for i, (e, k, y) in enumerate(zip(_e74, _k74, _y74), 1)]})],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="legacy XLS of 8 care users with addresses, phones and 要介護度 to a welfare-equipment vendor",
))

MESSAGES.append(dict(
    id="med-075",
    sender="竹下 由香 <takeshita.yuka@hinode-sangyo.co.jp>",
    to=["kawasaki@lifecare-yohin.co.jp"],
    subject="Re: 利用者アンケート結果のご共有について",
    charset="iso-2022-jp",
    body=f"""ライフケア用品株式会社
川崎営業所 土屋様

お世話になっております。ひのでケアプランの竹下です。

利用者アンケートの結果について、お問い合わせありがとうございます。
申し訳ございませんが、報告書は社外秘の扱いとなっているため、そのままお送りすることはできません。
福祉用具に関する部分の要点のみ、下記にまとめました。

　・歩行器の満足度：「満足」「やや満足」 計78％
　・不満の主な理由：重い（12件）、折りたたみにくい（7件）
　・特殊寝台：搬入時の説明が丁寧だったとの声が多数

来月の定例会で、新型の軽量歩行器のご紹介をいただけますと幸いです。

{SIG_TAKESHITA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions that a report is 社外秘 (a mere mention, no marking on the mail) and shares aggregate results",
))

# --------------------------------------------------------------------------------------
# med-076 … med-100
# --------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="med-076",
    sender="久保田 亜希子 <kubota.akiko@hinode-sangyo.co.jp>",
    to=["藤村社会保険労務士事務所 藤村先生 <fujimura@fujimura-sr.jp>"],
    subject="休職期間延長の可否について（ご相談）",
    charset="iso-2022-jp",
    body=f"""藤村先生

いつもお世話になっております。日の出産業の久保田です。
休職期間の延長について、就業規則の解釈をご相談させてください。

厚木工場の栗栖 直樹さんですが、本日、主治医（厚木整形外科）の診断書が届きました。
内容は「腰椎椎間板ヘルニア、腰部脊柱管狭窄症。令和8年12月14日に再手術予定のため、
術後3か月の療養を要する」というもので、このままですと来年2月末で休職期間満了となります。

本人は復職の意欲が高く、術後は事務職への配置転換も希望しています。
規程上、休職期間の延長は「会社が特に必要と認めた場合」とありますが、
今回のようなケースで延長を認めた場合の他の休職者との公平性について、ご意見をいただけますでしょうか。

{SIG_KUBOTA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="prose quoting one employee's medical certificate (diagnosis, surgery) to a labour consultant",
))

MESSAGES.append(dict(
    id="med-077",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["shishido.keisuke.0719@gmail.com"],
    subject="ご依頼の健診結果（PDF化したもの）",
    charset="utf-8",
    body=f"""宍戸さん

健康管理室の中島です。
ご依頼のあった今年度の健診結果の内容を、かかりつけ医に見せられるようまとめました。
社用のメールはご自宅で見られないとのことでしたので、こちらのアドレスにお送りします。

　氏名：宍戸 圭佑
　受診日：2026年9月10日
　血圧：158/98（要医療）
　LDLコレステロール：186 mg/dL（要再検）
　尿酸：8.4 mg/dL（要経過観察）
　所見：高血圧症（治療中）

通院の際にお役立てください。

{SIG_NAKAJIMA}
""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="an employee's own health results sent at his request to his private address: disclosure to the data subject, yet over free mail",
))

MESSAGES.append(dict(
    id="med-078",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["ウェルネス経営研究所 コンサルティング部 <consul@wellness-keiei.jp>"],
    subject="健康経営優良法人 申請準備の資料",
    charset="iso-2022-jp",
    body=f"""株式会社ウェルネス経営研究所
コンサルティング部 ご担当者様

お世話になっております。日の出産業の森田です。
来週のお打ち合わせに向けて、当社の取り組みをまとめた資料をお送りします。
ご意見をいただけますと幸いです。

{SIG_MORITA}
""",
    attachments=[dict(
        kind="pptx", name="健康経営_取組状況_2026.pptx", page_footer="社外秘 日の出産業株式会社",
        slides=[["健康経営の取組状況（2026年度）", "日の出産業株式会社 人事部"],
                ["健康課題", "有所見率 41.3％（業界平均 38％）", "喫煙率 27％", "高ストレス者率 12.8％"],
                ["主な施策", "ウォーキングイベント（参加率 46％）", "禁煙外来費用の全額補助",
                 "管理職向けラインケア研修"],
                ["来年度の目標", "喫煙率 22％以下", "特定保健指導 実施率 60％以上"]],
    )],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached PPTX carries 社外秘 in a footer on every slide; content is aggregate only",
))

_p79 = people(6, "079", ages=(26, 58))
_s79 = ["うつ病", "適応障害", "統合失調症", "パニック障害", "双極性障害", "自律神経失調症"]
MESSAGES.append(dict(
    id="med-079",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["rtw@kokoro-eap.co.jp"],
    subject="リワーク利用者の確認（ZIP）",
    charset="cp932",
    body=f"""こころEAPサービス 復職支援チーム 御中

お世話になっております。日の出産業の森田です。
御社リワークプログラムを利用中・利用予定の当社社員の一覧をZIPにまとめました。
御社側の名簿と突き合わせをお願いいたします。

{SIG_MORITA}
""",
    attachments=[dict(kind="zip", name="rework_list_202611.zip", files=[
        dict(kind="csv", name="リワーク利用者.csv", encoding="cp932",
             rows=[["社員番号", "氏名", "フリガナ", "生年月日", "診断名", "休職開始日", "リワーク状況"]]
                  + [[p["emp"], p["name"], p["kana"], wareki(p["dob"], "slash"), s,
                      f"2026/{p['rng'].randint(1, 9):02d}/01", st]
                     for p, s, st in zip(_p79, _s79, ["通所中", "通所中", "利用予定", "修了", "通所中", "利用予定"])]),
        dict(kind="txt", name="readme.txt", text="リワーク利用者一覧（2026年11月時点）\n日の出産業 人事部厚生課\n",
             encoding="cp932"),
    ])],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="unencrypted ZIP holding a CSV of 6 employees with psychiatric diagnoses, to an EAP",
))

MESSAGES.append(dict(
    id="med-080",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["ishikawa@ishikawa-sangyoi.jp"],
    subject="健康管理室 移転のお知らせ",
    charset="utf-8",
    body=f"""石川先生

いつもお世話になっております。日の出産業 健康管理室の中島です。
12月14日（月）より、健康管理室が下記に移転いたします。
次回ご来社の際はご注意ください。

　新：日の出ビル 5F（エレベーターを降りて左手奥）
　旧：日の出ビル 3F
　開室時間：平日 9:00〜17:30（12:00〜13:00は閉室）
　産業医面談室：5F 健康管理室内 相談室A・B
　電話番号（044-211-3580）・内線（512）は変わりません

駐車場は引き続き地下1階の来客用スペースをご利用ください。

{SIG_NAKAJIMA}
""",
    attachments=[dict(kind="png", name="健康管理室_5F案内図.png")],
    expect="pass",
    entities=[],
    detectors=[],
    note="relocation notice with opening hours, the office's own numbers and a floor map image",
))

_p81 = people(5, "081")
MESSAGES.append(dict(
    id="med-081",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["kenshin@minato-clinic.jp"],
    subject="FW: 精密検査 未受診者への再勧奨",
    charset="iso-2022-jp",
    body=f"""みなとクリニック 健診科 御中

お世話になっております。日の出産業の中島です。
社内で回覧した未受診者リストを添付（転送）します。
この5名について、貴院での受診枠を12月中に確保していただけないでしょうか。

{SIG_NAKAJIMA}
""",
    attachments=[dict(kind="eml", name="精密検査 未受診者への再勧奨.eml", message=dict(
        sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
        to=["各部門長 <bumoncho@hinode-sangyo.co.jp>"],
        subject="精密検査 未受診者への再勧奨",
        charset="iso-2022-jp",
        body="""部門長各位

健康管理室の中島です。
精密検査の判定を受けたにもかかわらず、まだ受診が確認できていない方が5名います。
所属の方へお声がけをお願いします。

""" + "\n".join(f"■{p['name']}（{p['dept']}）内線なし・携帯 {p['tel']}　{f}"
                for p, f in zip(_p81, ["大腸（便潜血陽性）", "胸部（結節影）", "心電図（心房細動疑い）",
                                       "腹部エコー（肝腫瘤）", "胃（バリウム 陰影欠損）"])) + """

中島
""")),
    ],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded internal mail as .eml attachment: 5 employees with mobiles and abnormal findings, to a clinic",
))

_p82 = people(7, "082")
_q82 = "\n".join(f"{p['name']}様　{seireki(p['dob'], 'kanji')}生　{t}"
                 for p, t in zip(_p82, ["11/5 9:00", "11/5 9:15", "11/5 9:30", "11/5 9:45",
                                        "11/6 9:00", "11/6 9:15", "11/6 9:30"]))
MESSAGES.append(dict(
    id="med-082",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["uketsuke@minato-clinic.jp"],
    subject="Re: 定期健診 予約確認（日の出産業様 7名）",
    charset="cp932",
    body=f"""みなとクリニック 受付 ご担当者様

お世話になっております。日の出産業の中島です。
ご確認ありがとうございます。1点だけ変更をお願いします。
{_p82[2]['sei']}さんの受診日を、11/12（水）の同じ時間帯に変更していただけますでしょうか。
他の方は予定どおりで問題ございません。

中島

-----Original Message-----
差出人: みなとクリニック 受付 <uketsuke@minato-clinic.jp>
送信日時: 2026年10月28日 11:20
宛先: nakajima.miwa@hinode-sangyo.co.jp
件名: 定期健診 予約確認（日の出産業様 7名）

日の出産業株式会社 中島様

いつもありがとうございます。みなとクリニック受付です。
下記の7名様のご予約を承りました。

{_q82}

当日は問診票と保険証をお持ちください。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply: the booking list is quoted from the clinic's mail; new text only moves one surname's date",
))

MESSAGES.append(dict(
    id="med-083",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["ハロースタッフ 川崎支店 営業担当 <kawasaki@hello-staff.co.jp>"],
    subject="派遣社員の方の勤務について（母性健康管理）",
    charset="utf-8",
    body=f"""株式会社ハロースタッフ 川崎支店
営業ご担当者様

お世話になっております。日の出産業 健康管理室の中島です。

弊社 品質保証部に派遣いただいている小鳥遊 彩さんから、
主治医の「母性健康管理指導事項連絡カード」が提出されました。
内容は以下のとおりです。

　・妊娠週数：22週
　・症状：妊娠高血圧症候群（軽症）、切迫早産の兆候あり
　・指導事項：勤務時間の短縮（1日6時間）、立ち作業の制限、通勤緩和（時差出勤）
　・期間：12月1日〜12月31日

派遣契約上の就業時間の変更が必要になりますので、
貴社とご本人との間でのお手続きをお願いできますでしょうか。

{SIG_NAKAJIMA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named temp worker's pregnancy complications from a doctor's card, to the staffing agency",
))

MESSAGES.append(dict(
    id="med-084",
    sender="久保田 亜希子 <kubota.akiko@hinode-sangyo.co.jp>",
    to=["office@fujimura-sr.jp"],
    subject="12月の育休関連手続きの予定",
    charset="iso-2022-jp",
    body=f"""藤村社会保険労務士事務所 御中

お世話になっております。日の出産業の久保田です。
12月の育児休業関係の手続き予定をお知らせします。

　育児休業開始　　　　2名（うち男性1名・出生時育児休業）
　育児休業終了・復職　1名
　延長申出（保育所入所保留による）　1名
　育児休業給付金の2回目以降の支給申請　6件

個別の資料は、各手続きの2週間前までに共有フォルダへ格納します。
引き続きよろしくお願いいたします。

{SIG_KUBOTA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="counts of childcare-leave procedures, no names",
))

_p85 = people(5, "085", ages=(26, 40))
_r85 = [["氏名", "性別", "生年月日", "基礎年金番号", "出産（予定）日", "休業区分", "休業期間"]]
for _p, _d, _k in zip(_p85, ["2026/12/19", "2027/01/08", "2026/12/02", "2027/01/23", "2026/12/27"],
                      ["産前産後・育児", "出生時育児", "育児（延長）", "産前産後・育児", "出生時育児"]):
    _r85.append([_p["name"], _p["sex"], wareki(_p["dob"]), _p["pension"], _d, _k,
                 "2026/11〜2027/12" if "産前" in _k else "4週間"])
MESSAGES.append(dict(
    id="med-085",
    sender="久保田 亜希子 <kubota.akiko@hinode-sangyo.co.jp>",
    to=["藤村社会保険労務士事務所 岡部様 <okabe@fujimura-sr.jp>"],
    subject="産休・育休 予定者一覧（社会保険料免除の手続き用）",
    charset="cp932",
    body=f"""岡部様

お世話になっております。日の出産業の久保田です。
12月〜1月に産休・育休に入る予定者の一覧をExcelでお送りします。
社会保険料の免除申出の準備をお願いいたします。

{SIG_KUBOTA}
""",
    attachments=[dict(kind="xlsx", name="産休育休予定者_202612.xlsx", title="産休育休予定者一覧",
                      sheets={"予定者": _r85,
                              "メモ": [["出生時育児休業は分割取得の可能性あり（本人確認中）"]]})],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="XLSX of 5 employees with basic pension numbers and dates of birth, to a labour consultant",
))

MESSAGES.append(dict(
    id="med-086",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["川崎電機 人事部 平井様 <hirai.k@kawasaki-denki.co.jp>"],
    subject="企業主導型保育所の共同利用について",
    charset="utf-8",
    body=f"""川崎電機株式会社
人事部 平井様

お世話になっております。日の出産業の森田です。
先日お話しした保育所の共同利用の件、当社が契約している施設の一覧をお送りします。

1. にじいろ保育園 川崎駅前（企業主導型）
   神奈川県川崎市川崎区駅前本町8-1 2F ／ 044-200-6612 ／ 0〜2歳 定員19名
2. にじいろ保育園 新川崎（企業主導型）
   神奈川県川崎市幸区鹿島田1-17-3 ／ 044-555-3081 ／ 0〜5歳 定員30名
3. こどもの森 武蔵小杉園（認可外・提携）
   神奈川県川崎市中原区小杉町3-420 ／ 044-711-9020 ／ 1〜5歳

共同利用枠は各園2〜3名程度とのことです。詳細は運営会社からご説明いただく予定です。

{SIG_MORITA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of nurseries (businesses) with addresses and phones to a partner",
))

_kids87 = people(6, "087", ages=(0, 4))
_par87 = people(6, "087p", ages=(28, 42))
_al87 = ["なし", "卵（完全除去）", "なし", "乳・小麦", "アトピー性皮膚炎（保湿剤使用）", "熱性けいれんの既往あり"]
MESSAGES.append(dict(
    id="med-087",
    sender="森田 浩 <h-morita@hinode-sangyo.co.jp>",
    to=["にじいろ保育園 運営本部 <honbu@nijiiro-hoiku.jp>"],
    subject="4月入園 従業員枠の申込者（6名）",
    charset="iso-2022-jp",
    body="""にじいろ保育園 運営本部 御中

お世話になっております。日の出産業の森田です。
来年4月入園の従業員枠について、社内の申込者を取りまとめました。

""" + "\n".join(
        f"{i}. {par['sei']} {kid['mei']}ちゃん（{wareki(kid['dob'], 'kanji')}生）"
        f"　保護者：{par['name']}（{par['dept']}）　希望園：{'川崎駅前' if i % 2 else '新川崎'}"
        f"　健康面：{al}"
        for i, (kid, par, al) in enumerate(zip(_kids87, _par87, _al87), 1)) + f"""

面談日程のご調整をお願いいたします。

{SIG_MORITA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6 children with dates of birth, parents' names and health notes (allergies, seizures) to the nursery operator",
))

MESSAGES.append(dict(
    id="med-088",
    sender="御手洗 正雄 <mitarai.masao@hinode-sangyo.co.jp>",
    to=["人事部 労務グループ <roumu@hinode-sangyo.co.jp>"],
    cc=["佐々木 部長 <sasaki.b@hinode-sangyo.co.jp>"],
    subject="介護休業の取得について（相談）",
    charset="cp932",
    body="""人事部 労務グループ ご担当者様
（cc：佐々木部長）

お疲れさまです。購買部の御手洗です。
介護休業の取得について相談させてください。

母（御手洗 フミ、昭和１６年生）が先月脳梗塞で倒れ、右半身に麻痺が残りました。
要介護４の認定を受け、来月退院予定です。
退院後の在宅介護の体制づくりのため、１月中旬から１か月程度の介護休業を取りたいと考えています。

必要な書類と、給付金の手続きについて教えていただけますでしょうか。

購買部　御手洗 正雄（内線 3312）
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="employee's mother's stroke and care level, only to internal HR",
))

MESSAGES.append(dict(
    id="med-089",
    sender="久保田 亜希子 <kubota.akiko@hinode-sangyo.co.jp>",
    to=["fujimura@fujimura-sr.jp"],
    subject="介護休業給付金の件",
    charset="utf-8",
    body=f"""藤村先生

お世話になっております。日の出産業の久保田です。
介護休業給付金の申請について、1件ご相談です。

購買部の御手洗さんが、1月18日から2月17日まで介護休業を取得する予定です。
対象家族はお母様（御手洗 フミ さん）で、脳梗塞の後遺症による右片麻痺があり、
要介護4の認定を受けています。退院後の在宅介護の準備のための休業です。

同じ対象家族について、将来もう一度休業する可能性があるとのことですので、
分割取得の場合の注意点も併せてご教示いただけますでしょうか。

{SIG_KUBOTA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named family member's stroke, paralysis and care level in prose, to an external labour consultant",
))

MESSAGES.append(dict(
    id="med-090",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["石川先生 <ishikawa@ishikawa-sangyoi.jp>"],
    subject="12月の訪問日程と面談枠",
    charset="iso-2022-jp",
    body=f"""石川先生

お世話になっております。日の出産業の中島です。
12月の訪問日程について、下記でお願いできますでしょうか。

　12月10日（木）13:00〜17:00　厚木工場
　　・衛生委員会 13:00〜14:00
　　・職場巡視 14:00〜15:00（第2製造棟）
　　・面談 15:00〜17:00（3枠、長時間労働者 2名・復職後フォロー 1名の予定）

面談者の資料は当日、面談室でお渡しします。
ご都合が合わない場合はお知らせください。

{SIG_NAKAJIMA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="visit schedule with interview slots; no names",
))

_p91 = people(6, "091", ages=(25, 55))
_r91 = [["No", "氏名", "所属", "時間外(10月)", "時間外(9月)", "ストレスチェック", "備考"]]
for _i, (_p, _o1, _o2, _sc, _b) in enumerate(zip(
        _p91, [112, 98, 104, 86, 121, 95], [96, 101, 88, 90, 108, 80],
        ["高ストレス", "－", "高ストレス", "－", "高ストレス", "－"],
        ["本人申出あり", "", "不眠の訴え", "", "胸痛で9月に救急受診", ""]), 1):
    _r91.append([f"{_i:02d}", _p["name"], _p["dept"], f"{_o1}ｈ", f"{_o2}ｈ", _sc, _b])
MESSAGES.append(dict(
    id="med-091",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["ishikawa@ishikawa-sangyoi.jp"],
    subject="長時間労働者 面接指導 対象者（10月分）",
    charset="cp932",
    body=f"""石川先生

お世話になっております。中島です。
10月分の長時間労働者の面接指導対象者です（時間外80時間超・2か月平均）。

{grid(_r91, gap=3)}

No.05の方は9月に胸痛で救急受診しています。優先してご対応いただけると助かります。

{SIG_NAKAJIMA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6 employees with overtime hours, stress-check results and symptoms in a padded table to the external 産業医",
))

MESSAGES.append(dict(
    id="med-092",
    sender="岩崎 崇 <iwasaki.takashi@hinode-sangyo.co.jp>",
    to=["こころEAPサービス 復職支援チーム <rtw@kokoro-eap.co.jp>"],
    cc=["石川先生 <ishikawa@ishikawa-sangyoi.jp>", "森田 浩 <h-morita@hinode-sangyo.co.jp>"],
    subject="産業保健スタッフ・EAP 連携会議（1月）のご案内",
    charset="utf-8",
    body="""こころEAPサービス 復職支援チームご担当者様
石川先生

お世話になっております。日の出産業 産業医の岩崎です。
四半期ごとの連携会議を下記のとおり開催いたします。

　日時：2027年1月21日（木）16:00〜17:30
　場所：日の出ビル 5F 健康管理室 相談室B（Zoom併用）
　議題：1. 今期の相談件数・傾向（集計値）
　　　　2. 復職支援プロセスの見直し
　　　　3. 管理職研修の振り返り

個別事例の検討は、当日資料を回収する形で行います。
ご出欠をお知らせください。

日の出産業株式会社 健康管理室
産業医　岩崎 崇
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="meeting invitation to two external organisations (EAP and contracted doctor); no personal data",
))

MESSAGES.append(dict(
    id="med-093",
    sender="白石 理恵 <shiraishi.rie@hinode-sangyo.co.jp>",
    to=["青葉運輸 安全管理部 <anzen@aoba-unyu.co.jp>"],
    subject="構内運転者の乗務可否について",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
安全管理部 ご担当者様

お世話になっております。日の出産業 物流センターの白石です。

貴社から構内フォークリフト・社用トラックの運転でお越しいただいている
五十嵐 蓮さん（運転免許証番号 301708426150）について、
先日の当社健診で睡眠時無呼吸症候群（重症、AHI 42）と診断されたとの報告を受けました。
CPAP治療が始まるまでの間、当社構内での運転業務は控えていただきたいと考えております。

代わりの運転者の手配が可能か、ご検討いただけますでしょうか。

日の出産業株式会社 物流センター
白石 理恵　TEL 044-287-1150（代）
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one driver's licence number and sleep-apnoea diagnosis to the partner carrier",
))

MESSAGES.append(dict(
    id="med-094",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["青葉運輸 川崎営業所 <kawasaki@aoba-unyu.com>"],
    subject="検体容器の発送について（送り状番号）",
    charset="cp932",
    body=f"""青葉運輸株式会社 川崎営業所 御中

お世話になっております。日の出産業の中島です。
本日集荷いただいた検体容器（未使用品）の送り状番号をお知らせします。

　送り状番号：4471-3308-2291（厚木工場 宛）
　　　　　　　4471-3308-2302（川崎工場 宛）
　品名：採尿容器・便潜血キット（空容器） 計6箱
　配達希望：11月30日（月）午前中

よろしくお願いいたします。

{SIG_NAKAJIMA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="harmless tracking numbers, but aoba-unyu.com is a TLD-swapped look-alike of the partner aoba-unyu.co.jp",
))

_p95 = people(5, "095")
_rel95 = [("イスラム教", "ハラール食（豚・アルコール不可）"), ("イスラム教", "ハラール食、日没まで断食中（ラマダン期間）"),
          ("ヒンドゥー教", "牛肉不可"), ("ユダヤ教", "コーシャ対応（可能な範囲で）"),
          ("仏教（精進）", "肉・魚不可、五葷不可")]
_rows95 = [["氏名", "所属", "宗教", "お食事の配慮"]]
_names95 = ["アフマド ハサン", "ヌルル アイン", "シャルマ ラケシュ", "レヴィ ダニエル"]
for _i, (_p, (_r, _f)) in enumerate(zip(_p95, _rel95)):
    _rows95.append([_names95[_i] if _i < 4 else _p["name"], _p["dept"], _r, _f])
MESSAGES.append(dict(
    id="med-095",
    sender="小野 翔 <ono.sho@hinode-sangyo.co.jp>",
    to=["まるみケータリング 営業部 <order@marumi-catering.co.jp>"],
    subject="グローバル会議 懇親会のお食事（個別対応者）",
    charset="utf-8",
    html=f"""<html><head><meta charset="utf-8"></head><body>
<div>まるみケータリング 営業部 ご担当者様</div><br>
<div>お世話になっております。日の出産業の小野です。</div>
<div>3月の グローバル会議 懇親会 について、宗教上の理由でお食事に配慮が必要な方をお知らせします。</div><br>
{html_table(_rows95)}
<br><div>お料理には、どなた用かわかるようにお名前のカードを添えていただけますと幸いです。</div>
<div>よろしくお願いいたします。</div><br>
<div>日の出産業株式会社 総務部 総務課<br>小野 翔<br>TEL 044-211-3500(代)</div>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only table of 5 named people with their religion, to a caterer (religion is 要配慮)",
))

MESSAGES.append(dict(
    id="med-096",
    sender="小野 翔 <ono.sho@hinode-sangyo.co.jp>",
    to=["order@marumi-catering.co.jp"],
    subject="懇親会メニューのご相談（ハラール・ベジタリアン対応）",
    charset="iso-2022-jp",
    body=f"""まるみケータリング 営業部 ご担当者様

お世話になっております。日の出産業の小野です。
3月の懇親会（約80名）について、メニューのご相談です。

海外拠点からの参加者もいるため、ビュッフェの中に以下のコーナーを設けられますでしょうか。
　・ハラール認証食材のコーナー（調理器具も分けていただけると助かります）
　・ベジタリアン／ヴィーガン対応のコーナー
　・アルコールを使用していないことがわかる表示

人数の内訳は未確定ですが、各コーナー10名分程度を想定しています。
概算のお見積りをいただけますでしょうか。

{SIG_ONO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="menu enquiry about halal/vegetarian options with no person named",
))

_p97 = people(6, "097", ages=(22, 35))
_r97 = [["入社日", "氏名", "フリガナ", "性別", "生年月日", "個人番号", "基礎年金番号", "住所", "報酬月額"]]
for _k, _p in enumerate(_p97):
    _r97.append(["2027/01/04", _p["name"], _p["kana"], _p["sex"], seireki(_p["dob"], "kanji"),
                 my_number(9700 + _k), _p["pension"], f"〒{_p['zip']} {_p['addr']}",
                 f"{_p['rng'].choice([230000, 245000, 262000, 280000])}"])
MESSAGES.append(dict(
    id="med-097",
    sender="久保田 亜希子 <kubota.akiko@hinode-sangyo.co.jp>",
    to=["東京機械工業健康保険組合 適用課 <tekiyo@tokyo-kikai-kenpo.or.jp>"],
    subject="被保険者資格取得届（1月入社 6名）電子申請前の確認",
    charset="cp932",
    body=f"""東京機械工業健康保険組合
適用課 ご担当者様

いつもお世話になっております。日の出産業の久保田です。
1月4日付の中途入社者6名について、資格取得届の内容を事前にご確認いただきたく、
一覧を添付いたします。問題なければ電子申請にて提出いたします。

{SIG_KUBOTA}
""",
    attachments=[dict(kind="xlsx", name="資格取得届_202701.xlsx",
                      sheets={"資格取得": [["被保険者資格取得届 記載内容一覧", "", "", "日の出産業株式会社"]] + _r97})],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX of 6 new hires with My Numbers, basic pension numbers, addresses and DOB, to the 健保組合",
))

MESSAGES.append(dict(
    id="med-098",
    sender="中島 美和 <nakajima.miwa@hinode-sangyo.co.jp>",
    to=["ハロースタッフ 川崎支店 <kawasaki@hello-staff.co.jp>"],
    subject="派遣社員の方の就業上の配慮について",
    charset="iso-2022-jp",
    body=f"""株式会社ハロースタッフ 川崎支店
営業ご担当者様

お世話になっております。日の出産業 健康管理室の中島です。

物流センターに派遣いただいている九十九 健一さんについて、
産業医の意見により、当面（1月末まで）以下の就業上の配慮を行うことになりました。

　・夜勤シフト（22時〜翌6時）からの除外
　・20kg以上の重量物の取扱いの制限

理由の詳細はご本人の意向によりお伝えできませんが、シフト表の調整をお願いいたします。

{SIG_NAKAJIMA}
""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named temp worker's work restrictions on the 産業医's advice, no diagnosis: health-related but minimal and needed by the employer of record",
))

MESSAGES.append(dict(
    id="med-099",
    sender="情報システム部 松永 <matsunaga.r@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援 <dounyu@tsubasa-sytem.jp>"],
    subject="健康管理システム 移行テスト用データ",
    charset="utf-8",
    body="""ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業 情報システム部の松永です。
移行テスト用に、健康管理室から実データを3件だけ抜き出してもらいました。
文字化けと和暦変換の確認にお使いください。

受診者ID,氏名,生年月日,血圧,HbA1c,判定,既往歴
K0012,勅使河原 隆,S47.11.30,148/92,6.4,要再検,高血圧症
K0158,薬師寺 文子,H2.6.8,118/72,5.5,異常なし,バセドウ病
K0203,百目鬼 正雄,S39.2.29,162/100,7.8,要医療,糖尿病・狭心症

テストが終わりましたら、データの削除をお願いいたします。

日の出産業株式会社 情報システム部
松永 亮（内線 2210）
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="3 people's real health data (sensitive) sent to tsubasa-sytem.jp, a typo of the partner tsubasa-system.jp",
))

MESSAGES.append(dict(
    id="med-100",
    sender="情報システム部 松永 <matsunaga.r@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
    subject="健康管理システム 項目定義の確認",
    charset="utf-8",
    body="""ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業 情報システム部の松永です。
健診結果の取込レイアウトについて、項目定義を確認させてください。

　No　項目名　　　　　　型　　　桁　　備考
　１　受診者ID　　　　　文字　　　８　　社員番号＋枝番
　２　氏名　　　　　　　文字　　４０　　全角
　３　氏名カナ　　　　　文字　　４０　　半角カナ可
　４　生年月日　　　　　日付　　　８　　和暦入力の場合は西暦に変換
　５　健康保険 記号　　 文字　　　８
　６　健康保険 番号　　 文字　　　７
　７　判定区分　　　　　コード　　２　　A〜E（コード表参照）
　８　既往歴　　　　　　文字　２００　　要配慮個人情報のため閲覧権限を分離

既往歴の項目は、閲覧権限を健康管理室のみに限定する設定が可能でしょうか。
ダミーデータでのテストは来週実施予定です。

日の出産業株式会社 情報システム部
松永 亮（内線 2210）
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="field definitions (column names, types) with no data, to the real partner domain",
))
