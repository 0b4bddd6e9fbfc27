"""Blind corpus — AREA: factory.

日の出産業株式会社 浜松工場の工場総務・安全衛生: 労働災害と労災の報告、特殊健診
(有機溶剤・じん肺)、外国人技能実習生、協力会社の作業員名簿(入構申請)、シフト表、
社員食堂・社員寮、購買・品質保証の取引先メール。

Every person, number and address here is invented. My Number / card seeds start at 3901.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

# --------------------------------------------------------------------------------------
# small helpers to make realistic, deterministic (fictional) people
# --------------------------------------------------------------------------------------

SEI = [("四十物", "アイモノ"), ("東海林", "ショウジ"), ("小比類巻", "コヒルイマキ"),
       ("五百旗頭", "イオキベ"), ("栗城", "クリキ"), ("笹原", "ササハラ"), ("越智", "オチ"),
       ("釜石", "カマイシ"), ("薬師寺", "ヤクシジ"), ("一ノ瀬", "イチノセ"),
       ("春日井", "カスガイ"), ("神野", "ジンノ"), ("大須賀", "オオスガ"), ("鈴木", "スズキ"),
       ("山本", "ヤマモト"), ("伊藤", "イトウ"), ("袴田", "ハカマタ"), ("夏目", "ナツメ"),
       ("寺田", "テラダ"), ("牧野", "マキノ"), ("河合", "カワイ"), ("内山", "ウチヤマ"),
       ("匂坂", "サギサカ"), ("松下", "マツシタ"), ("村松", "ムラマツ"),
       ("中津川", "ナカツガワ"), ("加茂", "カモ"), ("鷲山", "ワシヤマ"), ("太田", "オオタ"),
       ("青島", "アオシマ"), ("戸塚", "トツカ"), ("野中", "ノナカ"), ("小楠", "オグス"),
       ("平出", "ヒラデ"), ("安形", "アガタ"), ("荻野", "オギノ"), ("袮津", "ネツ"),
       ("山下", "ヤマシタ"), ("望月", "モチヅキ"), ("杉浦", "スギウラ"), ("渥美", "アツミ"),
       ("石神", "イシガミ"), ("勝間田", "カツマタ"), ("木俣", "キマタ")]
MEI = [("健太", "ケンタ"), ("翔", "ショウ"), ("大輔", "ダイスケ"), ("美咲", "ミサキ"),
       ("和也", "カズヤ"), ("直樹", "ナオキ"), ("由美子", "ユミコ"), ("誠", "マコト"),
       ("拓海", "タクミ"), ("恵", "メグミ"), ("剛", "ツヨシ"), ("智子", "トモコ"),
       ("浩一", "コウイチ"), ("勝利", "カツトシ"), ("修", "オサム"), ("亜希", "アキ"),
       ("颯太", "ソウタ"), ("秀樹", "ヒデキ"), ("正人", "マサト"), ("栞", "シオリ"),
       ("信吾", "シンゴ"), ("重雄", "シゲオ"), ("悠斗", "ユウト"), ("春香", "ハルカ"),
       ("昌平", "ショウヘイ"), ("竜也", "タツヤ"), ("富士夫", "フジオ"), ("功", "イサオ"),
       ("千秋", "チアキ"), ("蓮", "レン"), ("陽菜", "ヒナ"), ("義明", "ヨシアキ")]

TOWNS = [("432-8021", "静岡県浜松市中央区佐鳴台{a}丁目{b}-{c}"),
         ("435-0042", "静岡県浜松市中央区篠ケ瀬町{n}"),
         ("431-1304", "静岡県浜松市浜名区細江町中川{n}"),
         ("434-0038", "静岡県浜松市浜名区貴布祢{n}-{c}"),
         ("438-0078", "静岡県磐田市中泉{a}丁目{b}番{c}号"),
         ("431-0431", "静岡県湖西市鷲津{n}"),
         ("437-0061", "静岡県袋井市久能{n}-{c}"),
         ("430-0852", "静岡県浜松市中央区領家{a}丁目{b}-{c}"),
         ("433-8112", "静岡県浜松市中央区初生町{n}-{c}"),
         ("441-8021", "愛知県豊橋市白河町{n}"),
         ("431-3113", "静岡県浜松市中央区大瀬町{n}-{c}"),
         ("438-0215", "静岡県磐田市小島{n}")]

VN_FAM = ["NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VO", "DANG", "BUI", "DO", "HUYNH", "NGO"]
VN_MID = ["VAN", "THI", "MINH", "DUC", "QUOC", "THANH", "HUU", "THI THU"]
VN_GIV = ["HUNG", "LAN", "TUAN", "HOA", "NAM", "MAI", "BAO", "NGOC", "LINH", "DUNG",
          "PHUONG", "KHANH", "TRANG", "HIEU", "QUANG", "THAO", "LONG", "YEN"]


_KANA = {"ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o", "カ": "ka", "キ": "ki",
         "ク": "ku", "ケ": "ke", "コ": "ko", "サ": "sa", "シ": "shi", "ス": "su", "セ": "se",
         "ソ": "so", "タ": "ta", "チ": "chi", "ツ": "tsu", "テ": "te", "ト": "to", "ナ": "na",
         "ニ": "ni", "ヌ": "nu", "ネ": "ne", "ノ": "no", "ハ": "ha", "ヒ": "hi", "フ": "fu",
         "ヘ": "he", "ホ": "ho", "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me", "モ": "mo",
         "ヤ": "ya", "ユ": "yu", "ヨ": "yo", "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re",
         "ロ": "ro", "ワ": "wa", "ン": "n", "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge",
         "ゴ": "go", "ザ": "za", "ジ": "ji", "ズ": "zu", "ゼ": "ze", "ゾ": "zo", "ダ": "da",
         "デ": "de", "ド": "do", "バ": "ba", "ビ": "bi", "ブ": "bu", "ベ": "be", "ボ": "bo",
         "ヅ": "zu"}


def romaji(kana: str) -> str:
    out, i = "", 0
    while i < len(kana):
        ch = kana[i]
        nxt = kana[i + 1] if i + 1 < len(kana) else ""
        if nxt in "ャュョ" and nxt:
            base = _KANA.get(ch, "")
            y = {"ャ": "ya", "ュ": "yu", "ョ": "yo"}[nxt]
            out += (base[:-1] + y[1:]) if base in ("shi", "chi", "ji") else base[:-1] + y
            i += 2
            continue
        if ch == "ッ":
            out += _KANA.get(nxt, "x")[0]
        elif ch == "ー":
            pass
        else:
            out += _KANA.get(ch, "")
        i += 1
    return out.replace("ou", "o").replace("oo", "o").replace("uu", "u")


def _rng(tag: str) -> random.Random:
    return random.Random(f"factory-{tag}")


def mobile(r: random.Random) -> str:
    return f"{r.choice(['090', '080', '070'])}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"


def address(r: random.Random) -> tuple[str, str]:
    z, pat = r.choice(TOWNS)
    return z, pat.format(a=r.randint(1, 5), b=r.randint(1, 30), c=r.randint(1, 22),
                         n=r.randint(120, 2980))


def jp_people(tag: str, n: int, lo: int = 1963, hi: int = 2004) -> list[dict]:
    r = _rng(tag)
    out, seen = [], set()
    while len(out) < n:
        s, m = r.choice(SEI), r.choice(MEI)
        if s[0] in seen:
            continue
        seen.add(s[0])
        y, mo, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
        z, a = address(r)
        out.append({"name": f"{s[0]} {m[0]}", "sei": s[0], "mei": m[0],
                    "kana": f"{s[1]} {m[1]}", "dob": (y, mo, d),
                    "age": 2025 - y - (1 if (mo, d) > (11, 15) else 0),
                    "tel": mobile(r), "zip": z, "addr": a,
                    "blood": r.choice(["A", "B", "O", "AB", "A", "O"]),
                    "no": f"{r.randint(10, 99)}{r.randint(100, 999)}",
                    "romaji": f"{romaji(s[1])}.{romaji(m[1])}"})
    return out


def vn_people(tag: str, n: int) -> list[dict]:
    r = _rng(tag)
    out, seen = [], set()
    while len(out) < n:
        name = f"{r.choice(VN_FAM)} {r.choice(VN_MID)} {r.choice(VN_GIV)}"
        if name in seen:
            continue
        seen.add(name)
        y, mo, d = r.randint(1997, 2005), r.randint(1, 12), r.randint(1, 28)
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        rc = (r.choice(letters) + r.choice(letters) + f"{r.randint(0, 99999999):08d}"
              + r.choice(letters) + r.choice(letters))
        out.append({"name": name, "dob": (y, mo, d), "tel": mobile(r), "rc": rc,
                    "passport": f"C{r.randint(1000000, 9999999)}",
                    "room": f"{r.choice('AB')}-{r.randint(1, 3)}0{r.randint(1, 8)}"})
    return out


def seireki(d: tuple[int, int, int], sep: str = "/") -> str:
    y, m, dd = d
    if sep == "年":
        return f"{y}年{m}月{dd}日"
    return f"{y}{sep}{m:02d}{sep}{dd:02d}"


def wareki(d: tuple[int, int, int], style: str = "kanji") -> str:
    y, m, dd = d
    if (y, m, dd) >= (2019, 5, 1):
        era, short, ey = "令和", "R", y - 2018
    elif (y, m, dd) >= (1989, 1, 8):
        era, short, ey = "平成", "H", y - 1988
    else:
        era, short, ey = "昭和", "S", y - 1925
    if style == "short":
        return f"{short}{ey}.{m}.{dd}"
    if style == "zen":
        return zen(f"{era}{ey}年{m}月{dd}日")
    if style == "zshort":
        return zen(f"{short}{ey}.{m}.{dd}")
    return f"{era}{ey}年{m}月{dd}日"


def zen(s: str) -> str:
    table = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
    table["-"] = "－"
    return "".join(table.get(ch, ch) for ch in s)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pad_table(rows: list[list], sep: str = "  ", rule: str = "-") -> str:
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append(sep.join(c + " " * (widths[i] - _w(c)) for i, c in enumerate(r)).rstrip())
        if k == 0 and rule:
            out.append(rule * (sum(widths) + len(sep) * (len(widths) - 1)))
    return "\n".join(out)


def mn(seed: int, sep: str = " ") -> str:
    v = my_number(seed)
    return sep.join([v[:4], v[4:8], v[8:]])


# --------------------------------------------------------------------------------------
# internal senders and their signatures
# --------------------------------------------------------------------------------------

ADDR_FACTORY = "〒431-2103 静岡県浜松市浜名区新都田5丁目12番地"

MURAKOSHI = "村越 聡子 <murakoshi.satoko@hinode-sangyo.co.jp>"
KABURAGI = "蕪木 康弘 <kaburagi.yasuhiro@hinode-sangyo.co.jp>"
KITO = "鬼頭 達也 <kito.tatsuya@hinode-sangyo.co.jp>"
SHIBASAKI = "柴崎 真由 <shibasaki.mayu@hinode-sangyo.co.jp>"
NIHEI = "仁平 浩二 <nihei.koji@hinode-sangyo.co.jp>"
DOMEKI = "百目鬼 亮 <domeki.ryo@hinode-sangyo.co.jp>"
SUNAOSHI = "砂押 由紀 <sunaoshi.yuki@hinode-sangyo.co.jp>"
WAGATSUMA = "我妻 恵子 <wagatsuma.keiko@hinode-sangyo.co.jp>"
KUROYANAGI = "畔柳 千尋 <kuroyanagi.chihiro@hinode-sangyo.co.jp>"
GAMBE = "雁部 剛 <gambe.tsuyoshi@hinode-sangyo.co.jp>"

SIG_MURAKOSHI = f"""--
日の出産業株式会社 浜松工場
工場総務課 安全衛生係　村越 聡子（むらこし さとこ）
{ADDR_FACTORY}
TEL 053-428-7710（代表）／内線 2314　FAX 053-428-7719
Mail: murakoshi.satoko@hinode-sangyo.co.jp"""

SIG_KITO = f"""━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　浜松工場 安全衛生課
鬼頭 達也（Tatsuya Kito）
{ADDR_FACTORY}
TEL:053-428-7731　携帯:080-3316-5502
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_SHIBASAKI = """------------------------------------
日の出産業株式会社 浜松工場 総務課
技能実習生担当　柴崎 真由
TEL 053-428-7712（直通）
shibasaki.mayu@hinode-sangyo.co.jp
------------------------------------"""

SIG_NIHEI = """==============================
日の出産業(株) 浜松工場 製造部 生産管理課
仁平 浩二  内線2410 / 053-428-7740
=============================="""

SIG_DOMEKI = f"""--
日の出産業株式会社 品質保証部 品質保証課
百目鬼 亮（どうめき りょう）
{ADDR_FACTORY}
TEL 053-428-7760　FAX 053-428-7769"""

SIG_DOMEKI_EN = """--
Ryo Domeki
Quality Assurance Dept., Hinode Sangyo Co., Ltd.
5-12 Shin-Miyakoda, Hamana-ku, Hamamatsu, Shizuoka 431-2103, Japan
Tel: +81-53-428-7760"""

SIG_SUNAOSHI = """_____________________________
日の出産業株式会社 浜松工場 購買課
砂押 由紀
TEL 053-428-7751 / FAX 053-428-7759
sunaoshi.yuki@hinode-sangyo.co.jp
_____________________________"""

SIG_WAGATSUMA = """--
日の出産業株式会社 浜松工場 総務課（食堂・寮担当）
我妻 恵子　内線2318／TEL 053-428-7713"""

SIG_KUROYANAGI = f"""--
日の出産業株式会社 浜松工場 健康管理室
保健師　畔柳 千尋
{ADDR_FACTORY}
TEL 053-428-7725（健康管理室直通）"""

SIG_GAMBE = f"""---------------------------------------------
日の出産業株式会社 浜松工場 施設管理課
雁部 剛（がんべ つよし）
{ADDR_FACTORY}
TEL 053-428-7735 ／ 携帯 090-7745-2281
---------------------------------------------"""

DISCLAIMER_JA = """※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information. If you are
not the intended recipient, please notify the sender and delete this e-mail."""

# external contacts
ONODERA = "川崎電機 小野寺様 <onodera.m@kawasaki-denki.co.jp>"
KDK_ANZEN = "安全衛生協議会事務局 <anzen-kyogikai@kawasaki-denki.co.jp>"
MIZUNO = "スタッフプラス浜松 水野様 <mizuno@staffplus-hm.co.jp>"
SAKABE = "東海国際交流協同組合 坂部様 <sakabe@tokai-kokusai.or.jp>"
OISHI = "浜松中央社会保険労務士法人 大石様 <oishi@hm-sr.jp>"
SANO = "北国フーズ 佐野様 <sano.k@kitaguni-foods.co.jp>"
HAYAKAWA = "セントラル警備 早川様 <hayakawa@central-keibi.co.jp>"
WASHIYAMA = "丸栄工業 鷲山様 <washiyama@maruei-kogyo.co.jp>"
NOZUE = "東和設備 野末様 <nozue.t@towa-setsubi.co.jp>"
KAMO = "三ツ星塗装 加茂様 <kamo@mitsuboshi-tosou.jp>"
HAKAMATA_C = "浜名クリーンサービス 袴田様 <hakamata@hamana-clean.co.jp>"
NAKANE = "精和化学 中根様 <nakane.s@seiwa-chem.co.jp>"
MIURA = "大洋ベアリング 三浦様 <miura@taiyo-bearing.co.jp>"
UCHIYAMA_H = "浜名ハウジング 内山様 <uchiyama@hamana-housing.co.jp>"
GINOU = "浜松技能講習センター 受付 <uketsuke@hm-ginou.or.jp>"
KENSHIN = "遠州健康管理センター 健診課 <kenshin@enshu-kenko.or.jp>"
LINA = "Li Na <lina@hengda-precision.com>"
HIRANO = "ツバサシステム 平野様 <hirano@tsubasa-system.jp>"

MESSAGES: list[dict] = []

# ======================================================================================
# 001-020
# ======================================================================================

_p = jp_people("001", 6)
_rows = [["No", "氏名", "年齢", "生年月日", "職種", "緊急連絡先"]]
for i, p in enumerate(_p, 1):
    _rows.append([str(i), p["name"], str(p["age"]), wareki(p["dob"], "short"),
                  ["電気工", "電気工", "配管工", "とび", "電気工", "監視員"][i - 1], p["tel"]])
MESSAGES.append({
    "id": "factory-001", "charset": "iso-2022-jp",
    "sender": KITO, "to": [ONODERA],
    "subject": "【入構申請】11/18〜11/22 受変電設備更新工事 作業員名簿のご提出",
    "body": f"""川崎電機株式会社 湖西工場 施設管理課
小野寺 様

いつも大変お世話になっております。日の出産業の鬼頭です。

標記工事につきまして、入構申請用の作業員名簿をお送りいたします。
職長は {_p[0]['name']} が務めます。

{pad_table(_rows)}

※全員、雇入時教育・電気取扱特別教育 修了済みです。
※車両は2台（浜松400さ18-06／浜松480ふ22-91）で入構予定です。

入構許可証の発行をよろしくお願いいたします。

{SIG_KITO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "作業員6名の生年月日・携帯を本文の空白揃え表で元請（社外）へ",
})

_p = vn_people("002a", 4) + [{"name": p["name"], "tel": p["tel"]} for p in jp_people("002", 4)]
_tsv = ["氏名\t携帯\t12/1\t12/2\t12/3\t12/4\t12/5\t12/6"]
_pat = [["夜", "夜", "夜", "休", "休", "夜"], ["休", "夜", "夜", "夜", "夜", "休"],
        ["夜", "夜", "休", "休", "夜", "夜"], ["夜", "休", "休", "夜", "夜", "夜"]]
for i, p in enumerate(_p):
    _tsv.append("\t".join([p["name"], p["tel"]] + _pat[i % 4]))
MESSAGES.append({
    "id": "factory-002", "charset": "shift_jis",
    "sender": NIHEI, "to": [MIZUNO],
    "subject": "12月第1週 夜勤シフト（第2製造課 プレス）確定版",
    "body": "水野様\n\nお世話になっております。日の出産業 生産管理の仁平です。\n"
            "12月第1週の夜勤シフトが確定しましたので共有します。\n"
            "（Excelから貼り付けているので見づらかったらすみません）\n\n"
            + "\n".join(_tsv) +
            "\n\n欠員が出た場合は前日17時までに携帯へ直接連絡するよう、スタッフの皆さんへ"
            "お伝えいただけますと助かります。\n\n" + SIG_NIHEI + "\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "派遣スタッフ8名の氏名・携帯のタブ区切りシフト表を派遣会社へ",
})

_p = jp_people("003", 10, 1968, 2000)
_res = [("A", "異常なし"), ("A", "異常なし"), ("B", "自覚症状：頭重感"), ("A", "異常なし"),
        ("C", "肝機能（γ-GTP 132）要再検"), ("A", "異常なし"), ("B", "尿中馬尿酸 分布2"),
        ("A", "異常なし"), ("A", "異常なし"), ("C", "貧血（Hb 10.8）要精検")]
_sheet = [["2025年10月実施 有機溶剤等健康診断 結果一覧（浜松工場）"], [],
          ["社員番号", "氏名", "生年月日", "所属", "取扱溶剤", "判定", "所見"]]
for p, (j, f) in zip(_p, _res):
    _sheet.append([p["no"], p["name"], seireki(p["dob"]), "塗装課", "トルエン・キシレン", j, f])
MESSAGES.append({
    "id": "factory-003", "charset": "utf-8",
    "sender": KUROYANAGI,
    "to": [KABURAGI], "cc": ["産業医室 <sangyoi@hinode-sangyo.co.jp>"],
    "subject": "有機溶剤健診（10月実施分）結果一覧",
    "body": f"""蕪木課長

お疲れさまです。健康管理室の畔柳です。
10月実施の有機溶剤健診の結果がそろいましたので一覧を添付します。
C判定の2名は本人へ再検査の案内を出しています。
就業上の措置が必要かどうか、次回の産業医面談（11/27）で確認予定です。

{SIG_KUROYANAGI}
""",
    "attachments": [{"kind": "xlsx", "name": "有機溶剤健診_202510_結果.xlsx",
                     "sheets": {"結果一覧": _sheet,
                                "集計": [["判定", "人数"], ["A", 6], ["B", 2], ["C", 2]]}}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "健診結果一覧だが宛先が全員社内",
})

_p = vn_people("004", 6)
_lines = []
_dept = ["第2製造課 塗装ライン", "第2製造課 塗装ライン", "第1製造課 溶接", "第1製造課 溶接",
         "組立課", "組立課"]
for p, d in zip(_p, _dept):
    _lines.append(f"・{p['name']}（{seireki(p['dob'], '年')}生）　{d}／入寮 {p['room']}")
MESSAGES.append({
    "id": "factory-004", "charset": "iso-2022-jp",
    "sender": SHIBASAKI, "to": [SAKABE],
    "subject": "第3期生の配属先・入寮予定について",
    "body": "東海国際交流協同組合\n坂部様\n\nいつもお世話になっております。日の出産業の柴崎です。\n"
            "12月入国予定の第3期生6名について、配属先と入寮部屋が決まりましたのでご連絡します。\n\n"
            + "\n".join(_lines) +
            "\n\n入国後講習が終わり次第、12/15（月）から工場での実習開始の予定です。\n"
            "生活オリエンテーションの日程は別途ご相談させてください。\n\n"
            + SIG_SHIBASAKI + "\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "実習生6名の生年月日・配属・部屋を「・」箇条書きで監理団体へ",
})

MESSAGES.append({
    "id": "factory-005", "charset": "iso-2022-jp",
    "sender": DOMEKI, "to": [NAKANE],
    "subject": "塗料ロット SW-4420（2511-03）粘度ばらつきの件",
    "body": f"""精和化学株式会社
営業部 中根様

いつもお世話になっております。日の出産業 品質保証課の百目鬼です。

11/10納入分の上塗り塗料 SW-4420（ロット 2511-03）について、受入検査で
粘度が規格上限付近に寄っている缶がありましたのでご連絡いたします。

　規格：　　　　　　 18〜24 秒（フォードカップ#4、20℃）
　受入測定値（6缶）： 23.1／23.8／24.4／23.9／24.6／23.5 秒

24秒を超えた2缶は保留としております。
お手数ですが、出荷検査時のデータとあわせて原因のご確認をお願いできますでしょうか。
現品の返却が必要でしたらお知らせください。

{SIG_DOMEKI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "取引先担当者1名への通常の品質連絡（署名のみ）",
})

_p = jp_people("006", 14)
_co = ["丸栄工業(株)"] * 5 + ["東和設備(株)"] * 5 + ["三ツ星塗装(有)"] * 4
_rows = [["会社名", "氏名", "フリガナ", "生年月日", "携帯電話", "入構車両"]]
for c, p in zip(_co, _p):
    _rows.append([c, p["name"], p["kana"], seireki(p["dob"]), p["tel"],
                  "" if int(p["no"]) % 3 else f"浜松 400 さ {p['no'][:2]}-{p['no'][2:]}"])
MESSAGES.append({
    "id": "factory-006", "charset": "shift_jis",
    "sender": GAMBE, "to": [HAYAKAWA],
    "subject": "年末定修工事（12/26〜12/30）入構者名簿 送付",
    "body": f"""セントラル警備株式会社 浜松営業所
早川 隊長

お世話になっております。日の出産業 施設管理課の雁部です。

年末の定期修理工事の入構者名簿（CSV）を添付いたします。
正門での照合にご使用ください。追加があれば前日までに差し替えをお送りします。

{SIG_GAMBE}
""",
    "attachments": [{"kind": "csv", "name": "入構者名簿_定修1226.csv", "encoding": "cp932",
                     "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "協力会社作業員14名の生年月日・携帯をCP932 CSVで警備会社へ",
})

MESSAGES.append({
    "id": "factory-007", "charset": "iso-2022-jp",
    "sender": KITO, "to": [WASHIYAMA, NOZUE, KAMO],
    "subject": "第4四半期 協力会社安全衛生協議会 開催のご案内",
    "body": f"""協力会社 各位

平素より当工場の安全衛生活動にご協力いただき、ありがとうございます。
標記協議会を下記のとおり開催いたしますので、ご出席をお願いいたします。

　日時：2025年12月9日（火）14:00〜15:30
　場所：浜松工場 本館2階 大会議室
　議題：1. 11月度 災害・ヒヤリハット報告
　　　　2. 年末年始 定修工事の安全対策（火気使用・高所作業）
　　　　3. 2026年度 安全衛生計画（案）

出欠は12/3（水）までに本メールへの返信でお知らせください。

{SIG_KITO}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "協力会社3社をToに並べて送信（Bccにすべき）",
})

_p = jp_people("008", 6)
_q = "\n".join(f"> {i}. {p['name']}　{seireki(p['dob'])}生　許可証 KD-{2511000 + i * 7}"
               for i, p in enumerate(_p, 1))
MESSAGES.append({
    "id": "factory-008", "charset": "iso-2022-jp",
    "sender": KITO, "to": [ONODERA],
    "subject": "RE: 【川崎電機】入構許可証発行のお知らせ（日の出産業様 6名）",
    "body": f"""小野寺様

早速のご対応ありがとうございます。
許可証6枚、11/17（月）朝に守衛所で受け取らせていただきます。
当日は8:15に職長以下全員で伺います。

{SIG_KITO}

> 日の出産業株式会社
> 鬼頭様
>
> お世話になっております。川崎電機の小野寺です。
> ご提出いただいた名簿にもとづき、下記のとおり入構許可証を発行しました。
>
{_q}
>
> 初日は守衛所で受け取りをお願いします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "名簿は相手から来た引用部分のみ、新しい本文に個人データなし",
})

_v = vn_people("009", 1)[0]
MESSAGES.append({
    "id": "factory-009", "charset": "utf-8",
    "sender": SHIBASAKI, "to": [OISHI],
    "subject": "雇用保険 資格取得届（技能実習生1名）の件",
    "body": f"""浜松中央社会保険労務士法人
大石様

お世話になっております。日の出産業の柴崎です。
11/4入社の技能実習生1名分、雇用保険の資格取得届の作成をお願いいたします。

　氏名（ローマ字）：{_v['name']}
　生年月日　　　　：{seireki(_v['dob'], '年')}
　個人番号　　　　：{mn(3901)}
　在留カード番号　：{_v['rc']}
　在留資格　　　　：技能実習1号ロ（在留期限 2026年11月3日）
　住所　　　　　　：〒431-2103 静岡県浜松市浜名区新都田4丁目8-15 日の出第2寮 {_v['room']}
　賃金　　　　　　：月給 198,000円

在留カードの写しは、後ほど郵送いたします。

{SIG_SHIBASAKI}
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH",
                 "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "実習生1名の個人番号・在留カード番号を社労士（社外）へ",
})

_rows = [["会社名", "部署", "代表電話", "所在地"],
         ["丸栄工業株式会社", "工務部", "053-441-2200", "浜松市中央区高塚町"],
         ["東和設備株式会社", "工事部", "053-472-8101", "浜松市中央区上島"],
         ["有限会社三ツ星塗装", "工事課", "0538-32-6630", "磐田市見付"],
         ["セントラル警備株式会社", "浜松営業所", "053-455-9020", "浜松市中央区砂山町"],
         ["浜松技能講習センター", "受付", "053-435-1188", "浜松市中央区都盛町"],
         ["日の出産業 浜松工場", "守衛所（24h）", "053-428-7700", "浜松市浜名区新都田"]]
MESSAGES.append({
    "id": "factory-010", "charset": "iso-2022-jp",
    "sender": MURAKOSHI, "to": [HAKAMATA_C],
    "subject": "構内 緊急時連絡先（各社代表番号）のご案内",
    "body": f"""浜名クリーンサービス株式会社
袴田様

お世話になっております。日の出産業の村越です。
来月から構内清掃にお入りいただくにあたり、緊急時の連絡先一覧をお送りします。
事故・火災の際は、まず守衛所（24h）へご連絡ください。

{pad_table(_rows)}

ご不明点があればお気軽にお問い合わせください。

{SIG_MURAKOSHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "会社・事業所の代表番号一覧（個人ではない）",
})

MESSAGES.append({
    "id": "factory-011", "charset": "iso-2022-jp",
    "sender": GAMBE, "to": ["川崎電機 小野寺様 <onodera.m@kawasaki-denki.jp>"],
    "subject": "制御盤の搬入日程についてご相談",
    "body": f"""小野寺様

お世話になっております。日の出産業の雁部です。

制御盤（3面）の搬入ですが、当初予定の12/3から12/4（木）午前に
変更させていただけないでしょうか。ユニック車1台、9:00着の予定です。
搬入口の使用可否をご確認いただけますと幸いです。

{SIG_GAMBE}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kawasaki-denki.co.jp の co. が落ちた類似ドメイン宛て",
})

_v = vn_people("012", 9)
_s1 = [["技能実習生名簿　日の出産業株式会社 浜松工場　（2025年10月1日現在）"], [],
       ["No", "氏名", "生年月日", "国籍", "在留資格", "在留カード番号", "旅券番号", "配属"]]
for i, p in enumerate(_v, 1):
    _s1.append([i, p["name"], seireki(p["dob"]), "ベトナム",
                "技能実習2号ロ" if i < 6 else "技能実習1号ロ", p["rc"], p["passport"],
                ["塗装", "溶接", "組立"][i % 3]])
_s2 = [["氏名", "在留期限", "更新申請予定"]] + [
    [p["name"], f"2026/{(i % 12) + 1:02d}/15", "要" if i < 4 else "-"] for i, p in enumerate(_v)]
MESSAGES.append({
    "id": "factory-012", "charset": "utf-8",
    "sender": SHIBASAKI, "to": [SAKABE],
    "subject": "【定期監査資料】技能実習生名簿の送付",
    "body": f"""坂部様

お世話になっております。柴崎です。
12月の定期監査に先立ち、ご依頼の実習生名簿を添付いたします。
在留期限のシートも付けております。更新申請が必要な4名はご相談させてください。

{SIG_SHIBASAKI}
""",
    "attachments": [{"kind": "xlsx", "name": "技能実習生名簿_20251001.xlsx",
                     "sheets": {"名簿": _s1, "在留期限": _s2}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "実習生9名の在留カード番号・旅券番号入りXLSX（2シート・表題行付き）を社外へ",
})

_v = vn_people("013", 5)
_lines = "\n".join(f"{i}) {p['name']}　個人番号 {my_number(3901 + i)}"
                   for i, p in enumerate(_v, 1))
MESSAGES.append({
    "id": "factory-013", "charset": "utf-8",
    "sender": SHIBASAKI, "to": ["東海林 奈緒 <shoji.nao@hinode-sangyo.co.jp>"],
    "subject": "新規実習生5名 個人番号（給与システム登録用）",
    "body": f"""東海林さん

お疲れさまです。柴崎です。
11月入社の実習生5名分の個人番号です。給与システムへの登録をお願いします。
本人確認書類（在留カード）の写しは総務の金庫に保管しています。

{_lines}

登録が終わったらこのメールは削除してください。よろしくお願いします。

柴崎
""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": [],
    "note": "マイナンバー5件だが社内（給与担当）宛てのみ",
})

MESSAGES.append({
    "id": "factory-014", "charset": "utf-8",
    "sender": KITO, "to": [KDK_ANZEN],
    "subject": "11月度 協議会資料（災害事例報告）の送付",
    "body": f"""川崎電機株式会社 安全衛生協議会 事務局 御中

お世話になっております。日の出産業 安全衛生課の鬼頭です。
11月度協議会の災害事例報告資料を添付いたします。
当日は5分程度でご説明させていただく予定です。

{SIG_KITO}
""",
    "attachments": [{"kind": "pptx", "name": "災害事例報告_2025年11月_日の出産業.pptx",
                     "slides": [
                         ["休業災害 発生報告（日の出産業 浜松工場）",
                          "発生日時：2025年10月28日（火）10:40頃",
                          "場所：第1製造課 プレス2号機",
                          "被災者：第1製造課 御手洗 信吾（42歳・経験14年）",
                          "傷病名：右手示指 末節骨折（全治6週間・休業見込み21日）"],
                         ["発生状況",
                          "金型交換後の試し打ち中、材料位置を直そうとして手を入れた",
                          "光線式安全装置の一部がミューティング状態のままだった"],
                         ["対策",
                          "ミューティング解除の二重確認（作業者＋班長）",
                          "試し打ち時は両手押しボタンのみ使用",
                          "全プレス機の安全装置点検（11/15完了）"]]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PPTXに被災者の氏名と傷病名（要配慮：病歴）1名分",
})

_p = jp_people("015", 3)
MESSAGES.append({
    "id": "factory-015", "charset": "iso-2022-jp",
    "sender": KITO, "to": [ONODERA],
    "subject": "追加作業員（3名）の連絡先について",
    "body": f"""小野寺様

お世話になっております。鬼頭です。
11/20から配線作業の応援として3名追加になります。
急ぎの連絡は下記へ直接お願いします。

　{_p[0]['name']}（電気工・第二種電気工事士）　携帯 {_p[0]['tel']}
　{_p[1]['name']}（電気工）　　　　　　　　　　携帯 {_p[1]['tel']}
　{_p[2]['name']}（監視員）　　　　　　　　　　携帯 {_p[2]['tel']}

入構申請書は本日中に別途お送りします。

{SIG_KITO}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "3名の氏名と携帯のみ（4名以下）— 警告はあり得るが止めない",
})

_p = jp_people("016", 8, 1966, 1998)
_tab = [["社員番号", "氏名", "生年月日", "作業", "馬尿酸(g/L)", "メチル馬尿酸(g/L)",
         "自覚症状", "一次判定"]]
_vals = [("0.3", "0.2", "なし", "A"), ("1.2", "0.4", "頭痛", "B"), ("0.4", "0.1", "なし", "A"),
         ("2.6", "0.9", "めまい・頭重", "C"), ("0.2", "0.3", "なし", "A"),
         ("0.8", "0.6", "眼の刺激", "B"), ("0.5", "1.8", "なし", "C"), ("0.3", "0.2", "なし", "A")]
for p, v in zip(_p, _vals):
    _tab.append([p["no"], p["name"], wareki(p["dob"], "short"), "吹付塗装"] + list(v))
MESSAGES.append({
    "id": "factory-016", "charset": "iso-2022-jp",
    "sender": KUROYANAGI, "to": ["佐鳴台クリニック 杉山先生 <sugiyama@sanarudai-clinic.jp>"],
    "subject": "有機溶剤等健康診断 結果（医師判定のお願い）",
    "body": f"""佐鳴台クリニック
杉山先生

いつもお世話になっております。日の出産業 健康管理室の畔柳です。
10月に実施した有機溶剤健診のうち、塗装課8名分の結果を添付いたします。
B・C判定の方について、就業区分のご判断をいただけますでしょうか。

{SIG_KUROYANAGI}
""",
    "attachments": [{"kind": "pdf", "name": "有機溶剤健診結果_塗装課_202510.pdf",
                     "title": "有機溶剤等健康診断結果",
                     "lines": ["有機溶剤等健康診断 個人結果一覧（塗装課）",
                               "実施日：2025年10月14日　実施機関：遠州健康管理センター", ""],
                     "table": _tab}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "8名の健診結果（要配慮）をPDF表で外部クリニックへ",
})

MESSAGES.append({
    "id": "factory-017", "charset": "iso-2022-jp",
    "sender": GAMBE, "to": [ONODERA], "cc": ["青葉運輸 配車センター 森下様 <morishita@aoba-unyu.co.jp>"],
    "subject": "制御盤 搬入（12/4）の段取りについて",
    "body": f"""川崎電機 小野寺様
（cc：青葉運輸 森下様）

お世話になっております。日の出産業の雁部です。
12/4の制御盤搬入について、三者で段取りを確認させてください。

　・青葉運輸様：4tユニック1台、当工場 8:00積込 → 貴工場 9:30着
　・川崎電機様：東搬入口の開放、フォークリフト1台のご手配
　・当社　　　：据付作業員4名が 9:15 に現地集合

荷姿は木枠梱包3個（各 約850kg）です。
変更があればこのメールに全員返信でお願いします。

{SIG_GAMBE}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "取引先2社をTo/Ccにした通常の三者調整",
})

_c = card_number(3901)
MESSAGES.append({
    "id": "factory-018", "charset": "iso-2022-jp",
    "sender": WAGATSUMA, "to": ["さくらホテル浜松 予約係 <reserve-hamamatsu@sakura-hotel.jp>"],
    "subject": "宿泊予約（12/11〜12/14・ツイン3室）とカード決済のお願い",
    "body": f"""さくらホテル浜松 ご予約係 御中

お世話になっております。日の出産業株式会社 総務課の我妻と申します。
先ほどお電話でお願いした件、下記のとおり確定させてください。

　宿泊日：2025年12月11日（木）〜14日（日）3泊
　部屋　：ツイン3室（朝食付き）
　人数　：6名（技能実習生 入国時の仮宿泊）
　精算　：法人カードで事前決済
　　カード番号　{_c[:4]} {_c[4:8]} {_c[8:12]} {_c[12:]}
　　有効期限　　09/28
　　名義　　　　YASUHIRO KABURAGI

領収書は「日の出産業株式会社」宛てでお願いいたします。

{SIG_WAGATSUMA}
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "クレジットカード番号を本文でホテルへ",
})

_p = jp_people("019", 9, 1975, 2003)
_rows = [["社員番号", "氏名", "カナ", "所属", "メールアドレス", "カードID"]]
for p in _p:
    _rows.append([f"H{p['no']}", p["name"], p["kana"], "製造部",
                  f"{p['romaji']}@hinode-sangyo.co.jp", f"IC-{p['no']}0{int(p['no']) % 7}"])
MESSAGES.append({
    "id": "factory-019", "charset": "utf-8",
    "sender": WAGATSUMA, "to": [SANO],
    "subject": "食堂ICカード 新規登録者リスト（11月入社分）",
    "body": f"""北国フーズ株式会社
浜松工場食堂 佐野店長

お世話になっております。我妻です。
11月入社の9名分、食堂ICカードの登録をお願いします。
CSV（UTF-8）で添付しています。給与天引きの連携は従来どおりです。

{SIG_WAGATSUMA}
""",
    "attachments": [{"kind": "csv", "name": "ic_card_new_202511.csv", "encoding": "utf-8",
                     "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "社員9名の氏名・社員番号・メールをUTF-8 CSVで食堂委託先へ",
})

MESSAGES.append({
    "id": "factory-020", "charset": "iso-2022-jp",
    "sender": WAGATSUMA, "to": [SANO],
    "subject": "アレルギー対応のお願い（2名）",
    "body": f"""佐野店長

お世話になっております。我妻です。
12月から第2寮に入る社員のうち、2名から食事のアレルギーについて申し出がありました。

　・渥美 陽菜さん（品質保証課）　そば・落花生
　・TRAN THI THAOさん（組立課）　えび・かに

日替わり定食で該当食材を使う日は、掲示で分かるようにしていただけると助かります。
いつもご無理を言ってすみません。

{SIG_WAGATSUMA}
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "食物アレルギーを健康情報（要配慮）とみるか、配膳上の配慮事項とみるかで判断が分かれる",
})

# ======================================================================================
# 021-040
# ======================================================================================

MESSAGES.append({
    "id": "factory-021", "charset": "utf-8",
    "sender": WAGATSUMA, "to": [SANO],
    "subject": "インドネシア実習生のお食事について（ハラール対応のご相談）",
    "body": f"""佐野店長

いつもありがとうございます。我妻です。
1月から配属になるインドネシアの実習生のうち、AHMAD FAUZI さんと
RIZKY PRATAMA さんの2名はイスラム教徒のため、豚肉・豚由来の調味料と
アルコール（みりん等を含む）が食べられません。

また、2026年2月中旬〜3月中旬のラマダン期間中は日中の食事を取らないため、
夜勤明けに持ち帰りできるお弁当をご用意いただけないかご相談させてください。
礼拝のため、昼休みに食堂奥の小部屋を使わせていただくことも考えています。

ご検討のほど、よろしくお願いいたします。

{SIG_WAGATSUMA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "氏名の分かる2名の信仰（宗教）を食堂委託先へ — 要配慮個人情報",
})

_m = [("4月", 0, 1), ("5月", 1, 3), ("6月", 0, 2), ("7月", 1, 4), ("8月", 0, 6), ("9月", 0, 1)]
MESSAGES.append({
    "id": "factory-022", "charset": "iso-2022-jp",
    "sender": KITO, "to": [KDK_ANZEN],
    "subject": "2025年度上期 労働災害統計のご提出（日の出産業）",
    "body": f"""安全衛生協議会 事務局 御中

お世話になっております。日の出産業の鬼頭です。
ご依頼のありました上期（4〜9月）の労働災害統計をご報告いたします。

{pad_table([["月", "休業災害", "不休災害"]] + [[a, str(b), str(c)] for a, b, c in _m])}

　延べ実労働時間　　：1,146,320 時間
　休業災害　　　　　：2件（休業日数 計38日）
　度数率　　　　　　：1.74
　強度率　　　　　　：0.03
　ヒヤリハット報告数：214件（前年同期比 +31件）

下期は挟まれ・巻き込まれ防止を重点項目とする予定です。

{SIG_KITO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "個人を含まない災害統計",
})

MESSAGES.append({
    "id": "factory-023", "charset": "iso-2022-jp",
    "sender": NIHEI,
    "to": ["鈴木 亜希 <suzuki.aki@hinode-sangoy.co.jp>"],
    "cc": ["組立課 班長 <kumitate-hancho@hinode-sangyo.co.jp>"],
    "subject": "来週（12/8〜）組立課のシフト変更について",
    "body": f"""鈴木さん

お疲れさまです。生産管理の仁平です。
来週は川崎電機向けの増産対応で、組立課を2直に変更します。

　1直：6:00〜14:45
　2直：14:30〜23:15（休憩45分）

班ごとの割り振りは班長会で決めてもらいます。
食堂の夜食の手配は総務の我妻さんに依頼済みです。

{SIG_NIHEI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "自社ドメインの文字入れ替え（hinode-sangoy.co.jp）宛て",
})

MESSAGES.append({
    "id": "factory-024", "charset": "iso-2022-jp",
    "sender": SUNAOSHI, "to": [HIRANO],
    "subject": "秘密保持契約書（案）へのコメント返送",
    "body": f"""株式会社ツバサシステム
営業部 平野様

お世話になっております。日の出産業 購買課の砂押です。

先日お送りいただいた秘密保持契約書（案）について、法務確認が終わりましたので
コメントをお返しします。主な点は以下のとおりです。

　1. 第2条（秘密情報の定義）：口頭開示の場合、30日以内の書面特定を追加したい
　2. 第6条（有効期間）：契約終了後3年 → 5年でご検討いただけないか
　3. 第9条（管轄）：静岡地方裁判所浜松支部を希望

修正履歴つきのWordは、いつもの共有フォルダに置きました。
ご確認のうえ、ご意見をいただけますと幸いです。

{SIG_SUNAOSHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "NDAについてのやりとり（秘密情報の記載なし）",
})

_p = jp_people("025", 8)
_s = [["定期修理工事 作業員名簿（日の出産業株式会社）", "", "", "", "", ""],
      ["氏名", "フリガナ", "生年月日", "血液型", "住所", "緊急連絡先"]]
for p in _p:
    _s.append([p["name"], p["kana"], wareki(p["dob"]), p["blood"], f"〒{p['zip']} {p['addr']}",
               p["tel"]])
_q = [["氏名", "資格", "取得年月"]]
for p, q in zip(_p, ["第一種電気工事士", "玉掛け技能講習", "高所作業車運転", "足場の組立て等作業主任者",
                     "酸素欠乏危険作業主任者", "フルハーネス特別教育", "低圧電気取扱特別教育",
                     "職長・安全衛生責任者教育"]):
    _q.append([p["name"], q, "2019/06"])
_csv = [["氏名", "続柄", "緊急連絡先"]] + [[p["name"], "配偶者", mobile(_rng("025" + p["name"]))]
                                      for p in _p]
MESSAGES.append({
    "id": "factory-025", "charset": "shift_jis",
    "sender": KITO, "to": ["川崎電機 工事管理係 <koji-kanri@kawasaki-denki.co.jp>"],
    "subject": "定期修理工事 作業員名簿・資格者一覧（ZIP）",
    "body": f"""川崎電機株式会社 工事管理係 御中

お世話になっております。日の出産業の鬼頭です。
定期修理工事の提出書類一式をZIPにまとめてお送りします。

　・作業員名簿.xlsx（名簿／資格の2シート）
　・緊急連絡先.csv

不足書類がありましたらご指示ください。

{SIG_KITO}
""",
    "attachments": [{"kind": "zip", "name": "定修提出書類_日の出産業.zip", "files": [
        {"kind": "xlsx", "name": "作業員名簿.xlsx", "sheets": {"名簿": _s, "資格": _q}},
        {"kind": "csv", "name": "緊急連絡先.csv", "encoding": "cp932", "rows": _csv}]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "ZIP内のXLSX/CSVに作業員8名の生年月日・住所・連絡先",
})

_days = ["12/1(月)", "12/2(火)", "12/3(水)", "12/4(木)", "12/5(金)", "12/8(月)", "12/9(火)"]
_ct = [["日付", "昼食", "夜食", "備考"]] + [
    [d, str(410 + i * 7 % 30), str(95 + i * 3 % 12), "特別メニュー" if i == 4 else ""]
    for i, d in enumerate(_days)]
MESSAGES.append({
    "id": "factory-026", "charset": "iso-2022-jp",
    "sender": WAGATSUMA, "to": [SANO],
    "subject": "12月 喫食数見込みと忘年会週の特別メニューの件",
    "body": f"""佐野店長

お世話になっております。我妻です。
12月前半の喫食数の見込みです。組立課が2直になるため夜食が増えます。

{pad_table(_ct)}

12/5（金）は例年どおり「年末感謝メニュー」（ローストチキン）でお願いします。
単価は前回お見積りの 620円 で承知しております。

{SIG_WAGATSUMA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "喫食数と単価のみ、個人なし",
})

_p = jp_people("027", 7)
_tr = "".join(
    f"<tr><td>{p['name']}</td><td>{p['tel']}</td>"
    + "".join(f"<td>{x}</td>" for x in (["日", "日", "夜", "夜", "休", "休", "日"][i:] +
                                        ["日", "日", "夜", "夜", "休", "休", "日"][:i]))
    + "</tr>\n" for i, p in enumerate(_p))
MESSAGES.append({
    "id": "factory-027", "charset": "utf-8",
    "sender": NIHEI, "to": [MIZUNO],
    "subject": "12/8週 派遣スタッフ勤務表（溶接ライン）",
    "html": f"""<html><body style="font-family:'MS PGothic',sans-serif">
<p>水野様</p>
<p>お世話になっております。日の出産業の仁平です。<br>
12/8週の溶接ラインの勤務表です。変更がある方は本人の携帯に直接連絡させていただきます。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#ddeeff"><th>氏名</th><th>携帯</th><th>8(月)</th><th>9(火)</th><th>10(水)</th>
<th>11(木)</th><th>12(金)</th><th>13(土)</th><th>14(日)</th></tr>
{_tr}</table>
<p>日＝8:00-16:45　夜＝20:00-翌4:45</p>
<p>--<br>日の出産業(株) 浜松工場 生産管理課 仁平 浩二<br>内線2410 / 053-428-7740</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTMLのみのメールで7名の氏名・携帯の勤務表を派遣会社へ",
})

MESSAGES.append({
    "id": "factory-028", "charset": "iso-2022-jp",
    "sender": MURAKOSHI,
    "to": ["東海あんしん損保 浜松支社 事故受付 <jiko-hamamatsu@anshin-sonpo.co.jp>"],
    "subject": "【事故報告】構内フォークリフト接触事故（使用者賠償責任保険）",
    "body": f"""東海あんしん損害保険株式会社 浜松支社 事故受付ご担当者様

いつもお世話になっております。日の出産業株式会社 浜松工場の村越です。
使用者賠償責任保険（証券番号 UB-22-0481736）の事故報告をいたします。

■発生日時　2025年11月13日（木）15:20頃
■発生場所　浜松工場 第3倉庫 出荷場
■被災者　　栗城 颯太（24歳・物流課）
■状況　　　後退中のフォークリフトと接触し転倒、左足を轢過された
■傷病名　　左腓骨骨折・左足関節捻挫（浜北整形外科にて手術、入院2週間の見込み）
■労災　　　労災保険の療養補償給付を申請予定

詳細の報告書は追ってお送りします。

{SIG_MURAKOSHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "被災者1名の氏名と傷病名（要配慮）を損保会社へ",
})

MESSAGES.append({
    "id": "factory-029", "charset": "iso-2022-jp",
    "sender": MURAKOSHI, "to": ["nagura.h1962@gmail.com"],
    "subject": "離職票等の送付について（日の出産業 総務課）",
    "body": f"""名倉 様

在職中は大変お世話になりました。日の出産業 総務課の村越です。

離職票-1・-2、源泉徴収票を本日簡易書留で発送いたしました。
（お問い合わせ番号：5231-8870-4416）
2〜3日で届く予定です。届かない場合はお手数ですがご連絡ください。

退職金の振込は12月10日を予定しております。
どうぞお体に気をつけてお過ごしください。

{SIG_MURAKOSHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "退職者1名（フリーメール）への事務連絡",
})

MESSAGES.append({
    "id": "factory-030", "charset": "utf-8",
    "sender": SHIBASAKI,
    "to": ["minhtuan.le97@gmail.com", "hoa.pham.jp@gmail.com", "nam.hoang.hm@gmail.com"],
    "subject": "特定技能での再雇用 説明会のご案内 / Thông báo buổi giới thiệu",
    "body": f"""LE MINH TUAN さん、PHAM THI HOA さん、HOANG VAN NAM さん

こんにちは。日の出産業の柴崎です。
技能実習を修了したみなさんに、特定技能1号での再雇用の説明会をご案内します。

　日時：12月20日（土）10:00〜11:30
　場所：浜松工場 本館2階 会議室（オンライン参加もOK）
　内容：給与・寮・在留資格の手続きについて

参加できる人は12月12日までにこのメールに返信してください。

{SIG_SHIBASAKI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "個人3名（フリーメール）を互いに見えるToに並べた（Bccにすべき）",
})

_p = jp_people("031", 5, 1965, 1995)
_q = "\n".join(f"{p['name']}様　{f}" for p, f in zip(
    _p, ["血圧（要精密検査）", "心電図（要再検査）", "肝機能（要再検査）", "眼底（要精密検査）",
         "便潜血（要精密検査）"]))
MESSAGES.append({
    "id": "factory-031", "charset": "shift_jis",
    "sender": KUROYANAGI, "to": [KENSHIN],
    "subject": "RE: 二次健診 受診勧奨対象者のご連絡",
    "body": f"""遠州健康管理センター 健診課 御中

ご連絡ありがとうございます。
対象の方へは、社内で個別に受診勧奨を行います。
受診状況は1月末にとりまとめてご報告いたします。

{SIG_KUROYANAGI}

-----Original Message-----
From: 遠州健康管理センター 健診課 <kenshin@enshu-kenko.or.jp>
Sent: Tuesday, November 18, 2025 4:02 PM
To: 畔柳 千尋 <kuroyanagi.chihiro@hinode-sangyo.co.jp>
Subject: 二次健診 受診勧奨対象者のご連絡

日の出産業株式会社 健康管理室 畔柳様

10月実施の定期健康診断のうち、二次健診の対象となった方は以下のとおりです。

{_q}

ご本人への受診勧奨をお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "健診所見は相手からの引用（Original Message）部分のみ",
})

MESSAGES.append({
    "id": "factory-032", "charset": "iso-2022-jp",
    "sender": KUROYANAGI, "to": [NOZUE], "cc": [KITO],
    "subject": "粉じん作業従事者のじん肺健診結果について（ご相談）",
    "body": f"""東和設備株式会社
工事部 安全担当 野末様

お世話になっております。日の出産業 健康管理室の畔柳です。

当工場の鋳造ラインで研削作業にあたっていただいている貴社の
砂川 重雄 様について、先月のじん肺健康診断で「管理区分2（PR1/1）・合併症なし」
との結果が出ております（当社で受診費用を負担した分です）。

今後も粉じん作業を継続される場合の配置や、防じんマスクの見直しについて、
一度ご相談の場を設けさせていただけないでしょうか。

{SIG_KUROYANAGI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "協力会社作業員1名のじん肺管理区分（健診結果＝要配慮）を社外へ",
})

MESSAGES.append({
    "id": "factory-033", "charset": "shift_jis",
    "sender": SUNAOSHI, "to": ["精和化学 受注センター <juchu@seiwa-chem.co.jp>"],
    "subject": "注文書 PO-2025-11873 送付・納期回答のお願い",
    "body": f"""精和化学株式会社 受注センター 御中

いつもお世話になっております。日の出産業 購買課の砂押です。
注文書 PO-2025-11873 をお送りします。納期のご回答をお願いいたします。

前回分（PO-2025-11522）は ヤマト 4821-0736-5590 で受領済みです。

{SIG_SUNAOSHI}
""",
    "attachments": [{"kind": "pdf", "name": "PO-2025-11873.pdf", "title": "注文書 PO-2025-11873",
                     "lines": ["注 文 書　　No. PO-2025-11873", "精和化学株式会社 御中",
                               "日の出産業株式会社 浜松工場 購買課", "納入場所：浜松工場 第2倉庫", ""],
                     "table": [["品番", "品名", "数量", "単価", "金額"],
                               ["SW-4420-18L", "上塗り塗料 グレー 18L", "24", "18,400", "441,600"],
                               ["SW-1105-16L", "プライマー 16L", "12", "12,900", "154,800"],
                               ["TH-330-16L", "専用シンナー 16L", "30", "4,250", "127,500"],
                               ["", "", "", "小計", "723,900"]]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "注文番号・品番・送り状番号のみの通常の購買メール",
})

_p = jp_people("034", 7, 1970, 2004)
_t = [["No", "氏名", "フリガナ", "生年月日", "住所", "電話番号"]]
for i, p in enumerate(_p, 1):
    _t.append([str(i), p["name"], p["kana"], wareki(p["dob"]), p["addr"], p["tel"]])
MESSAGES.append({
    "id": "factory-034", "charset": "iso-2022-jp",
    "sender": KITO, "to": [GINOU],
    "subject": "低圧電気取扱特別教育 受講申込（7名）",
    "body": f"""浜松技能講習センター 受付ご担当者様

お世話になっております。日の出産業株式会社の鬼頭と申します。
1月15日・16日開講の低圧電気取扱特別教育に、当社から7名の受講を申し込みます。
受講者名簿をWordで添付しておりますのでご確認ください。
受講料は請求書をいただき次第お振込みいたします。

{SIG_KITO}
""",
    "attachments": [{"kind": "docx", "name": "受講者名簿_日の出産業.docx",
                     "paragraphs": ["低圧電気取扱特別教育 受講者名簿",
                                    "事業所名：日の出産業株式会社 浜松工場",
                                    "申込担当：安全衛生課 鬼頭（TEL 053-428-7731）"],
                     "tables": [_t]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "受講者7名の生年月日・住所・電話をDOCX表で講習機関へ",
})

MESSAGES.append({
    "id": "factory-035", "charset": "iso-2022-jp",
    "sender": DOMEKI, "to": [NAKANE],
    "subject": "【社外秘】次期モデル向け 塗装仕様（暫定）の共有",
    "body": f"""━━━━━━━━━━━━━━━━━━
　社外秘　／　取扱：品質保証課・購買課
━━━━━━━━━━━━━━━━━━

精和化学 中根様

お世話になっております。百目鬼です。
2026年秋量産予定の次期モデル（社内コード HX-7）の塗装仕様（暫定）です。

　上塗り色　　：新色 メタリックグレー（色番 HX7-MG01）
　膜厚　　　　：上塗り 25±5μm／総膜厚 80μm以上
　耐候性　　　：SWOM 1,000h で光沢保持率 80%以上
　試作予定　　：2026年2月（約200台分）

試作用サンプル塗料のご準備について、来週打合せをお願いできますでしょうか。

{SIG_DOMEKI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "本文冒頭に「社外秘」の区分表示があるメールを社外へ",
})

MESSAGES.append({
    "id": "factory-036", "charset": "shift_jis",
    "sender": SUNAOSHI, "to": [MIURA],
    "subject": "6205ZZ 納期前倒しのお願い（PO-2025-11790）",
    "body": f"""大洋ベアリング株式会社
営業部 三浦様

お世話になっております。日の出産業の砂押です。

PO-2025-11790（6205ZZ × 2,000個）について、増産対応のため
納期を12/12 → 12/5 に前倒ししていただくことは可能でしょうか。
分納（12/5に1,000個、残りを12/12）でも助かります。

お忙しいところ恐縮ですが、ご検討をお願いいたします。

{SIG_SUNAOSHI}
{DISCLAIMER_JA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "末尾に定型の機密免責文があるだけの通常メール",
})

_v = vn_people("037", 1)[0]
MESSAGES.append({
    "id": "factory-037", "charset": "utf-8",
    "sender": SHIBASAKI, "to": [SAKABE],
    "subject": f"在留カード紛失の件（{_v['name']}さん）",
    "body": f"""坂部様

お世話になっております。柴崎です。
実習生の {_v['name']} さん（生年月日 {seireki(_v['dob'], '年')}）が、
11/15（土）に浜松駅周辺で財布ごと在留カードを紛失しました。

　在留カード番号：{_v['rc']}
　遺失届：浜松中央警察署 受理番号 第2025-11-0388号

名古屋出入国在留管理局 浜松出張所での再交付申請に、来週同行をお願いできますでしょうか。

{SIG_SHIBASAKI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "在留カード番号（身分証番号）1名分を監理団体へ",
})

MESSAGES.append({
    "id": "factory-038", "charset": "iso-2022-jp",
    "sender": SHIBASAKI, "to": [SAKABE],
    "subject": "実習生ご家族来日時の宿泊先候補",
    "body": f"""坂部様

お世話になっております。柴崎です。
修了式（3月）にご家族が来日される件、宿泊先の候補をまとめました。

・さくらホテル浜松　　　TEL 053-450-1100　浜松市中央区旭町（駅徒歩3分）
・ホテル遠鉄イン新都田　TEL 053-428-3300　浜松市浜名区新都田（工場まで車5分）
・ビジネスホテル細江　　TEL 053-522-0801　浜松市浜名区細江町気賀
・浜名湖ゲストハウス凪　TEL 053-526-7712　湖西市新居町

いずれも1泊6,000〜9,000円程度です。

{SIG_SHIBASAKI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ホテル（事業者）の一覧で個人なし",
})

MESSAGES.append({
    "id": "factory-039", "charset": "iso-2022-jp",
    "sender": SUNAOSHI, "to": ["青葉運輸 配車センター <haisha@aoba-unyu.com>"],
    "subject": "12/5 チャーター便の配車依頼",
    "body": f"""青葉運輸株式会社 配車センター 御中

お世話になっております。日の出産業 購買課の砂押です。
下記のとおりチャーター便をお願いいたします。

　日時　：12月5日（金）13:00 積込
　区間　：浜松工場 → 川崎電機 湖西工場
　車格　：4t ウイング 1台
　荷物　：パレット 8枚（約2.6t）

{SIG_SUNAOSHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.co.jp の別TLD（aoba-unyu.com）宛て",
})

MESSAGES.append({
    "id": "factory-040", "charset": "iso-2022-jp",
    "sender": MURAKOSHI,
    "to": ["工場長 朝比奈 <asahina.t@mail.hinode-sangyo.co.jp>"],
    "cc": [KABURAGI, KITO, "第1製造課 課長 <seizo1-kacho@hinode-sangyo.co.jp>"],
    "subject": "【労災速報】第1製造課 挟まれ災害（休業見込み）",
    "body": f"""工場長

労災速報です。

　発生：11/19（水）9:05　第1製造課 ベンダー3号機
　被災者：一ノ瀬 蓮（23歳・入社2年目）
　状況：ワーク取出し時に左手中指を金型に挟まれた
　傷病：左中指 挫創・末節骨骨折の疑い（浜北整形外科へ搬送、縫合7針）
　見込み：休業4日以上の可能性あり → 死傷病報告の準備を進めます

本日15時から現場検証を行います。

村越
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "傷病情報を含むが宛先はすべて社内（サブドメイン含む）",
})

# ======================================================================================
# 041-060
# ======================================================================================

MESSAGES.append({
    "id": "factory-041", "charset": "iso-2022-jp",
    "sender": MURAKOSHI, "to": [MIZUNO],
    "subject": "派遣スタッフの休業についてご相談",
    "body": f"""スタッフプラス浜松
水野様

お世話になっております。日の出産業の村越です。

検査課で就業いただいている 春日井 美咲 さんについて、本日ご本人から
「適応障害のため1か月の休養を要する」との診断書（浜松こころのクリニック）の
提出がありました。夜勤明けに不眠が続いていたとのことです。

12月中の代替要員の手配と、復帰時の勤務形態（日勤のみ等）について
ご相談させてください。明日お電話いたします。

{SIG_MURAKOSHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "派遣スタッフ1名の診断名（要配慮：病歴）を派遣元へ",
})

MESSAGES.append({
    "id": "factory-042", "charset": "iso-2022-jp",
    "sender": DOMEKI,
    "to": [NAKANE, MIURA],
    "cc": [LINA, "錦印刷 高杉様 <takasugi@nishiki-insatsu.co.jp>"],
    "subject": "市場不具合（送風ユニット異音）合同対策会議のお願い",
    "body": f"""関係各社 ご担当者様

お世話になっております。日の出産業 品質保証課の百目鬼です。

川崎電機様より、送風ユニット HB-2231 の異音に関する市場クレームを3件受けております。
部品・材料の関係各社様にお集まりいただき、合同で要因を確認したく存じます。

　日時：12月3日（水）13:30〜15:00
　方法：浜松工場 会議室＋Teams併用（海外の方はTeamsで）
　資料：不具合品の分解写真、ロットトレース表（当日共有）

ご都合をお知らせください。

{SIG_DOMEKI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "取引先4社をTo/Ccで互いに見える形で送信",
})

MESSAGES.append({
    "id": "factory-043", "charset": "utf-8",
    "sender": "Ryo Domeki <domeki.ryo@hinode-sangyo.co.jp>",
    "to": ["Mr. Pham Quang Vinh <vinh.pq@saigon-mech.com.vn>"],
    "subject": "Request for 8D report - Bracket HB-2231-07 burr issue",
    "body": f"""Dear Mr. Vinh,

Thank you for your continued support.

During incoming inspection on Nov 17 we found burrs exceeding 0.2 mm on
bracket HB-2231-07 (lot SM-251104, 1,200 pcs). 86 pcs were rejected (7.2%).
Photos and measurement data are on our supplier portal under claim no. QC-25-0417.

Could you please send us:
  - D3 containment actions by Nov 21
  - a full 8D report by Dec 5

Please contact me if you need the rejected parts returned.

Best regards,
{SIG_DOMEKI_EN}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "海外取引先1名への英文品質クレーム（個人データなし）",
})

_plan = [["2026年1月 出荷計画（日の出産業 浜松工場）"], [],
         ["出荷日", "納入先", "品番", "数量", "パレット数"]]
for i, d in enumerate(["1/6", "1/8", "1/13", "1/15", "1/20", "1/22", "1/27", "1/29"]):
    _plan.append([d, "川崎電機 湖西工場" if i % 2 == 0 else "川崎電機 掛川工場",
                  "HB-2231" if i % 3 else "HB-3100", 480 + 40 * i, 6 + i % 3])
MESSAGES.append({
    "id": "factory-044", "charset": "iso-2022-jp",
    "sender": SUNAOSHI, "to": ["青葉運輸 森下様 <morishita@aoba-unyu.co.jp>"],
    "subject": "1月 出荷計画表の送付",
    "body": f"""青葉運輸株式会社
森下様

お世話になっております。砂押です。
1月の出荷計画表をお送りします。配車のご準備をお願いいたします。

{SIG_SUNAOSHI}
""",
    "attachments": [{"kind": "xlsx", "name": "出荷計画_202601.xlsx", "page_header": "社外秘",
                     "sheets": {"1月": _plan}}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSXのヘッダーに「社外秘」表示のある資料を社外へ",
})

_p = jp_people("045", 9)
MESSAGES.append({
    "id": "factory-045", "charset": "iso-2022-jp",
    "sender": KITO, "to": [WASHIYAMA],
    "subject": "当社作業員名簿（パスワード付きZIP）の送付",
    "body": f"""丸栄工業株式会社
工務部 鷲山様

お世話になっております。日の出産業の鬼頭です。
ご依頼の当社作業員名簿をパスワード付きZIPでお送りします。
パスワードは別メールでお知らせいたします。

{SIG_KITO}
""",
    "attachments": [{"kind": "zip", "name": "作業員名簿_日の出産業.zip", "password": "Hn2025#1126",
                     "files": [{"kind": "csv", "name": "作業員名簿.csv", "encoding": "cp932",
                                "rows": [["氏名", "生年月日", "携帯"]] + [
                                    [p["name"], seireki(p["dob"]), p["tel"]] for p in _p]}]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "暗号化ZIPで中身を検査できない",
})

_v = [("ZHANG Wei", "EJ4471028"), ("LI Na", "EK0935516"), ("CHEN Hao", "EH8820147"),
      ("WU Jianguo", "E61209384"), ("HUANG Mei", "EL3356021")]
_q = "\n".join(f"> {i}. {n} / Passport No. {pp} / Quality Manager" if i == 1 else
               f"> {i}. {n} / Passport No. {pp}" for i, (n, pp) in enumerate(_v, 1))
MESSAGES.append({
    "id": "factory-046", "charset": "utf-8",
    "sender": "Ryo Domeki <domeki.ryo@hinode-sangyo.co.jp>", "to": [LINA],
    "subject": "Re: Audit visit Dec 10 - visitor list",
    "body": f"""Dear Ms. Li,

Thank you for the list. We have registered all five members and will
prepare visitor badges. Our security gate opens at 8:00; please ask the
taxi to drop you at the main gate (North side).

Lunch will be served in our canteen.

Best regards,
{SIG_DOMEKI_EN}

On Wed, Nov 19, 2025 at 10:14 AM Li Na <lina@hengda-precision.com> wrote:
> Dear Mr. Domeki,
>
> Please find below our visit team for the process audit on Dec 10.
>
{_q}
>
> Best regards,
> Li Na
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "旅券番号は相手メールの引用（On … wrote:）部分のみ",
})

_p = jp_people("047", 2, 1985, 2002)
MESSAGES.append({
    "id": "factory-047", "charset": "iso-2022-jp",
    "sender": KITO, "to": [GINOU],
    "subject": "フォークリフト運転技能講習 受講申込（2名）",
    "body": f"""浜松技能講習センター 御中

お世話になっております。日の出産業の鬼頭です。
12月コース（31時間）に下記2名の受講を申し込みます。

【1】{_p[0]['name']}（{_p[0]['kana']}）
　　生年月日：{wareki(_p[0]['dob'])}
　　運転免許証番号：第 4901 2783 6150 号（普通）
【2】{_p[1]['name']}（{_p[1]['kana']}）
　　生年月日：{wareki(_p[1]['dob'])}
　　運転免許証番号：第 4908 1196 4402 号（中型）

免許証の写しはFAXでお送りします。

{SIG_KITO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "運転免許証番号（身分証番号）を社外へ",
})

MESSAGES.append({
    "id": "factory-048", "charset": "iso-2022-jp",
    "sender": GAMBE, "to": [ONODERA],
    "subject": "現場代理人の変更について",
    "body": f"""小野寺様

お世話になっております。雁部です。
受変電設備更新工事の現場代理人を、12/1より下記の者に変更させていただきます。

　氏名：河合 修（施設管理課 係長）
　資格：第三種電気主任技術者、1級電気工事施工管理技士
　携帯：090-2176-4435

変更届は書面で12/1に持参いたします。
引き続きよろしくお願いいたします。

{SIG_GAMBE}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "業務上の連絡先1名（携帯）— 止めない",
})

MESSAGES.append({
    "id": "factory-049", "charset": "iso-2022-jp",
    "sender": DOMEKI, "to": [MIURA],
    "subject": "不具合調査報告書（ベアリング異音）ご確認のお願い",
    "body": f"""大洋ベアリング株式会社
品質保証部 三浦様

いつもお世話になっております。百目鬼です。
送風ユニット異音の件、当社側の調査報告書（暫定版）を添付します。
12/3の合同会議の前にご一読いただけますと幸いです。

{SIG_DOMEKI}
""",
    "attachments": [{"kind": "docx", "name": "不具合調査報告書_HB2231_暫定.docx",
                     "page_header": "部外秘",
                     "paragraphs": ["取扱区分：部外秘",
                                    "不具合調査報告書（暫定）　送風ユニット HB-2231 異音",
                                    "1. 現象：回転数 2,400rpm 付近で周期的な異音",
                                    "2. 調査結果：ベアリング 6205ZZ の内輪軌道面に微小な圧痕",
                                    "3. 推定要因：圧入工程での片当たり（圧入治具の摩耗）",
                                    "4. 暫定対策：治具交換、圧入荷重モニタリングの追加"],
                     "tables": [[["ロット", "検査数", "不良数"], ["2509-11", "240", "3"],
                                 ["2510-02", "240", "5"], ["2510-17", "240", "0"]]]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCXのヘッダーと本文に「部外秘」区分",
})

MESSAGES.append({
    "id": "factory-050", "charset": "shift_jis",
    "sender": SUNAOSHI, "to": ["錦印刷 高杉様 <takasugi@nishiki-insatsu.co.jp>"],
    "subject": "銘板ラベル 版下データ（PDF）送付",
    "body": f"""錦印刷株式会社
高杉様

お世話になっております。日の出産業の砂押です。
銘板ラベル（HB-3100用）の版下データをお送りします。
PDFにはパスワードをかけております。パスワードはお電話でお伝えします。

{SIG_SUNAOSHI}
""",
    "attachments": [{"kind": "pdf", "name": "銘板ラベル_HB3100_版下.pdf", "password": "nishiki1127",
                     "lines": ["銘板ラベル HB-3100 版下", "寸法 60×40mm　材質 PET 0.1mm",
                               "定格 AC100V 50/60Hz 420W"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "パスワード保護PDFで中身を検査できない",
})

MESSAGES.append({
    "id": "factory-051", "charset": "iso-2022-jp",
    "sender": KITO, "to": [KITO],
    "bcc": [WASHIYAMA, NOZUE, KAMO, HAKAMATA_C, HAYAKAWA,
            "浜松電設 工事部 <koji@hamamatsu-densetsu.co.jp>"],
    "subject": "年末年始の構内入構ルールについて（ご案内）",
    "body": f"""協力会社 各位
（本メールはBCCでお送りしています）

平素は格別のご協力をいただき、ありがとうございます。
年末年始期間中の入構ルールを下記のとおりご案内します。

　1. 12/27（土）〜1/4（日）は正門のみ開放（7:00〜19:00）
　2. 入構は事前申請者に限ります（申請締切 12/19）
　3. 火気使用作業は安全衛生課の立会いが必要です
　4. 場内の制限速度は 15km/h を厳守してください

ご不明点は安全衛生課 鬼頭までお問い合わせください。

{SIG_KITO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "協力会社6社はBccで互いに見えない — To/Ccは自分のみ",
})

MESSAGES.append({
    "id": "factory-052", "charset": "utf-8",
    "sender": MURAKOSHI, "to": [OISHI],
    "subject": "障害補償給付の請求書作成について（寺田 正人）",
    "body": f"""大石様

いつもお世話になっております。村越です。
昨年3月の挟まれ災害で療養中だった 寺田 正人 さんが、10/31付で症状固定となりました。
障害補償給付支給請求書（様式第10号）の作成をお願いいたします。

　氏名　　　　：寺田 正人（テラダ マサト）
　生年月日　　：昭和52年8月19日
　基礎年金番号：4027-581396
　傷病名　　　：右手関節 機能障害（可動域 健側の1/2以下）
　見込み等級　：第10級（主治医所見）
　厚生年金の障害厚生年金：受給なし

診断書の原本は本日郵送いたします。

{SIG_MURAKOSHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "基礎年金番号と障害・傷病情報を社労士（社外）へ",
})

_p = jp_people("053", 12)
_rows = [["班", "氏名", "携帯", "12/29", "12/30", "1/3"]]
for i, p in enumerate(_p):
    _rows.append([f"{i // 4 + 1}班", p["name"], p["tel"], "○" if i % 2 else "", "○" if i % 3 else "",
                  "○"])
MESSAGES.append({
    "id": "factory-053", "charset": "shift_jis",
    "sender": NIHEI,
    "to": ["製造部 班長各位 <seizo-hancho@hinode-sangyo.co.jp>"],
    "cc": ["製造部長 <seizo-bucho@hinode-sangyo.co.jp>"],
    "subject": "年末年始 出勤者・連絡網（確定）",
    "body": f"""班長各位

お疲れさまです。仁平です。
年末年始の出勤者と連絡網を添付します（CSV）。
当日の欠勤連絡は各班長の携帯にお願いします。

{SIG_NIHEI}
""",
    "attachments": [{"kind": "csv", "name": "年末年始出勤者.csv", "encoding": "cp932", "rows": _rows}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "12名の携帯入りCSVだが宛先はすべて社内",
})

MESSAGES.append({
    "id": "factory-054", "charset": "iso-2022-jp",
    "sender": MURAKOSHI, "to": ["浜北整形外科 医事課 <iji@hamakita-seikei.jp>"],
    "subject": "労災保険への切替について（11/6ご受診 大須賀様）",
    "body": f"""浜北整形外科 医事課 御中

お世話になっております。日の出産業株式会社 総務課の村越と申します。

11/6に貴院を受診した当社社員 大須賀 功 について、当初は健康保険で受診して
おりましたが、業務中の負傷（腰椎捻挫）と確認できましたので、労災保険への
切替をお願いしたく存じます。

　受診時の保険証：協会けんぽ 記号 27031 番号 118
　労災様式　　　：様式第5号（療養補償給付たる療養の給付請求書）を本日郵送

窓口でお支払いした自己負担分の返金手続きについてもご教示ください。

{SIG_MURAKOSHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "健康保険証の記号・番号と傷病名を医療機関（社外）へ",
})

MESSAGES.append({
    "id": "factory-055", "charset": "iso-2022-jp",
    "sender": GAMBE, "to": [HAKAMATA_C],
    "subject": "入構手続きのご案内（構内清掃業務）",
    "body": f"""浜名クリーンサービス株式会社
袴田様

お世話になっております。雁部です。
12月からの構内清掃業務にあたり、入構手続きをご案内します。

　1. 「協力会社登録票」「作業員名簿（様式3）」を初回入構の5営業日前までにご提出
　2. 初回入構時に30分の安全教育（本館1階 教育室）を受講
　3. 入構証は守衛所で毎朝受け取り、退構時に返却
　4. 構内は全面禁煙、喫煙は指定の喫煙所のみ

様式は当社ホームページの「協力会社の皆様へ」からダウンロードできます。
名簿は郵送または持参でお願いします（メール不可）。

{SIG_GAMBE}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "手続きの案内のみで個人データなし",
})

MESSAGES.append({
    "id": "factory-056", "charset": "iso-2022-jp",
    "sender": WAGATSUMA, "to": ["北国フーズ 佐野様 <sano.k@kitaguni-food.co.jp>"],
    "subject": "1月献立表のご確認",
    "body": f"""佐野店長

お世話になっております。我妻です。
1月の献立表（案）を拝見しました。
1/7 の七草がゆは朝食のみで、昼は通常メニューでお願いします。
1/15 のカレーは辛口・甘口の2種類にしていただけると嬉しいです。

{SIG_WAGATSUMA}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-foods.co.jp から s が落ちた類似ドメイン宛て",
})

_p = jp_people("057", 6)
_inner = "\n".join(f"{i}　{p['name']}（{p['kana']}）　{wareki(p['dob'], 'short')}　{p['tel']}"
                   for i, p in enumerate(_p, 1))
MESSAGES.append({
    "id": "factory-057", "charset": "iso-2022-jp",
    "sender": GAMBE, "to": [HAYAKAWA],
    "subject": "FW: 【丸栄工業】12/6 入構者名簿",
    "body": f"""早川隊長

お疲れさまです。雁部です。
丸栄工業さんから届いた12/6の入構者名簿を転送します（添付メール参照）。
正門での照合をお願いします。

{SIG_GAMBE}
""",
    "attachments": [{"kind": "eml", "name": "【丸栄工業】12月6日 入構者名簿.eml", "message": {
        "charset": "iso-2022-jp",
        "sender": WASHIYAMA, "to": [GAMBE],
        "subject": "【丸栄工業】12/6 入構者名簿",
        "body": f"""日の出産業 雁部様

お世話になっております。丸栄工業の鷲山です。
12/6（土）の配管改修工事の入構者です。

No　氏名　生年月日　携帯
{_inner}

車両：浜松 100 せ 48-12（2tダンプ）
よろしくお願いいたします。
"""}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "添付メール（転送）内に6名の生年月日・携帯、第三者の警備会社へ",
})

_st = [["部署", "受診者数", "有所見者数", "有所見率"], ["製造第1課", "142", "71", "50.0%"],
       ["製造第2課", "118", "63", "53.4%"], ["組立課", "96", "41", "42.7%"],
       ["品質保証課", "38", "15", "39.5%"], ["物流課", "44", "26", "59.1%"],
       ["事務部門", "61", "24", "39.3%"], ["合計", "499", "240", "48.1%"]]
MESSAGES.append({
    "id": "factory-058", "charset": "utf-8",
    "sender": KUROYANAGI, "to": ["日の出産業健康保険組合 保健事業課 <hoken@hinode-kenpo.or.jp>"],
    "subject": "2025年度 定期健診 有所見率（部署別集計）",
    "body": f"""健康保険組合 保健事業課 御中

お世話になっております。浜松工場 健康管理室の畔柳です。
ご依頼の部署別有所見率（2025年度定期健診）をお送りします。

{pad_table(_st)}

項目別では血中脂質（28.6%）、肝機能（17.2%）、血圧（14.8%）の順に高くなっています。
物流課は夜勤比率が高く、来年度の保健指導の重点部署と考えております。

{SIG_KUROYANAGI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "部署別の集計値のみ（個人を特定しない統計）",
})

_p = jp_people("059", 6)
_lines = ["当社作業員名簿（塗装ブース改修・共同作業分）", "",
          "ＮＯ　氏名　　　　　　　生年月日　　　　　　携帯電話", "－" * 30]
for i, p in enumerate(_p, 1):
    nm = p["name"].replace(" ", "　")
    _lines.append(f"{zen(str(i))}　　{nm}{'　' * (9 - len(nm))}{wareki(p['dob'], 'zen')}　{zen(p['tel'])}")
MESSAGES.append({
    "id": "factory-059", "charset": "shift_jis",
    "sender": KITO, "to": [KAMO],
    "subject": "共同作業に伴う当社作業員名簿",
    "body": f"""三ツ星塗装 加茂様

お世話になっております。鬼頭です。
来週の塗装ブース改修の共同作業について、当社側の作業員名簿をテキストで添付します。
貴社の名簿と合わせて作業計画書に記載をお願いします。

{SIG_KITO}
""",
    "attachments": [{"kind": "txt", "name": "作業員名簿_日の出.txt", "encoding": "cp932",
                     "text": "\n".join(_lines) + "\n"}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "全角数字・和暦のテキスト添付に6名の生年月日・携帯",
})

MESSAGES.append({
    "id": "factory-060", "charset": "iso-2022-jp",
    "sender": GAMBE,
    "to": [NOZUE, HAKAMATA_C, "匂坂 勝利 <sagisaka.katsu@gmail.com>"],
    "subject": "12/20 全館停電作業 打合せ日程のご相談",
    "body": f"""東和設備 野末様
浜名クリーンサービス 袴田様
匂坂様

お世話になっております。日の出産業の雁部です。
12/20（土）の全館停電作業について、事前打合せを行いたく存じます。

　候補1：12/10（水）15:00〜
　候補2：12/11（木）10:00〜
　場所 ：浜松工場 施設管理課 事務所

ご都合のよい日時をお知らせください。

{SIG_GAMBE}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains",
                  "freemail_recipient"],
    "note": "社外2社＋個人（フリーメール）の3者がToで互いに見える",
})

# ======================================================================================
# 061-080
# ======================================================================================

MESSAGES.append({
    "id": "factory-061", "charset": "iso-2022-jp",
    "sender": DOMEKI, "to": [NAKANE],
    "subject": "試作図面の取扱いについて（お願い）",
    "body": f"""精和化学 中根様

お世話になっております。百目鬼です。
先日お渡しした試作品の図面につきまして、念のためのお願いです。

両社で締結している機密保持契約の対象となりますので、貴社内でも
関係部署の方のみでのご利用とし、試作終了後は返却または廃棄をお願いいたします。
廃棄の際は「廃棄証明書」を1枚いただければ結構です。

細かいお願いで恐縮ですが、よろしくお願いいたします。

{SIG_DOMEKI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "「機密保持契約」への言及のみで、区分表示ではない",
})

_v = vn_people("062", 6)
_fw = "\n".join(f"{p['name']}　{seireki(p['dob'])}　携帯 {p['tel']}　入寮 1/{8 + i}　{p['room']}"
                for i, p in enumerate(_v))
MESSAGES.append({
    "id": "factory-062", "charset": "utf-8",
    "sender": WAGATSUMA, "to": [UCHIYAMA_H],
    "subject": "転送: 1月入寮予定者について",
    "body": f"""浜名ハウジング
内山様

お世話になっております。我妻です。
1月の入寮予定者について、社内の連絡を転送します。
鍵の受け渡しと設備説明の日程調整をお願いできますでしょうか。

-------- 転送メッセージ --------
件名: 1月入寮予定者について
日付: 2025年11月20日 11:32
差出人: 柴崎 真由 <shibasaki.mayu@hinode-sangyo.co.jp>
宛先: 我妻 恵子 <wagatsuma.keiko@hinode-sangyo.co.jp>

我妻さん

1月入国の実習生6名の入寮予定です。寮の手配をお願いします。

{_fw}

柴崎
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "社内メールの転送（引用ではない）で6名の生年月日・携帯を寮管理会社へ",
})

_p = jp_people("063", 4)
MESSAGES.append({
    "id": "factory-063", "charset": "utf-8",
    "sender": KITO, "to": [WASHIYAMA],
    "subject": "応援作業員（4名）の名簿",
    "body": f"""鷲山様

お世話になっております。鬼頭です。
12/6の配管改修工事に当社から応援で入る4名の名簿です（CSV）。
貴社の作業計画書への記載をお願いします。

{SIG_KITO}
""",
    "attachments": [{"kind": "csv", "name": "oen_4mei.csv", "encoding": "utf-8",
                     "rows": [["氏名", "生年月日", "血液型", "携帯"]] + [
                         [p["name"], seireki(p["dob"]), p["blood"], p["tel"]] for p in _p]}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "4名分の名簿（5名未満）— 警告はあり得るが止めない",
})

MESSAGES.append({
    "id": "factory-064", "charset": "utf-8",
    "sender": "Ryo Domeki <domeki.ryo@hinode-sangyo.co.jp>", "to": [LINA],
    "subject": "Drawing package HB-3100 series (rev.C)",
    "body": f"""Dear Ms. Li,

Please find attached the drawing package for the HB-3100 series (rev.C),
for your quotation of the die-cast housing.

Key changes from rev.B:
  - wall thickness 2.5 -> 2.2 mm
  - added 4 ribs on the motor mount

We would appreciate your quotation by Dec 12.

Best regards,
{SIG_DOMEKI_EN}
""",
    "attachments": [{"kind": "pdf", "name": "HB-3100_drawings_revC.pdf",
                     "title": "HB-3100 drawings rev.C",
                     "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. Do not disclose.",
                     "lines": ["HB-3100 Housing (die-cast ADC12) rev.C", "Drawing No. HS-D-3100-01",
                               "General tolerance: JIS B 0405 m", "Wall thickness: 2.2 mm"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDFの各ページフッターに CONFIDENTIAL 表示",
})

MESSAGES.append({
    "id": "factory-065", "charset": "utf-8",
    "sender": SHIBASAKI, "to": [SAKABE],
    "subject": "実習生の被害についてのご報告",
    "body": f"""坂部様

お世話になっております。柴崎です。
取り急ぎご報告です。

昨夜（11/21）21時ごろ、実習生の PHAM THI HOA さんが自転車で帰寮する途中、
寮近くの路上で見知らぬ男に突き飛ばされ、バッグを奪われる被害に遭いました。
本人は肘と膝の擦り傷で、今朝工場近くの医院で処置を受けています。
浜松浜名警察署に被害届を提出済みで、本日午後に改めて事情聴取がある予定です。

本人はかなり動揺しているため、今週は日勤のみとし、通訳の方の同席をお願いできればと
思っております。

{SIG_SHIBASAKI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の実習生が犯罪被害に遭った事実（要配慮）を監理団体へ",
})

MESSAGES.append({
    "id": "factory-066", "charset": "iso-2022-jp",
    "sender": WAGATSUMA, "to": [UCHIYAMA_H],
    "subject": "第2寮 修繕のお願い（給湯器・網戸）",
    "body": f"""浜名ハウジング株式会社
管理部 内山様

いつもお世話になっております。我妻です。
第2寮（浜松市浜名区新都田4丁目）で不具合の申し出が2件ありました。

　・B-203号室：給湯器のエラー表示（E-111）が頻発し、お湯が出ない
　・A-105号室：浴室の網戸が破れている

B-203はお湯が使えず困っているため、できれば今週中にご対応をお願いします。
入室の際は事前に私までご連絡ください。入居者には伝えておきます。

{SIG_WAGATSUMA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "部屋番号と設備不具合のみ（個人データなし）",
})

MESSAGES.append({
    "id": "factory-067", "charset": "iso-2022-jp",
    "sender": GAMBE, "to": [HIRANO],
    "subject": "工場ネットワーク更改 打合せ資料（12/2）",
    "body": f"""ツバサシステム 平野様

お世話になっております。日の出産業の雁部です。
12/2の打合せ資料をお送りします。
現行の構成と、更改後の要件をまとめています。

{SIG_GAMBE}
""",
    "attachments": [{"kind": "pptx", "name": "工場NW更改_打合せ資料_1202.pptx",
                     "page_footer": "取扱注意",
                     "slides": [["浜松工場 ネットワーク更改について", "2025年12月2日",
                                 "日の出産業株式会社 施設管理課"],
                                ["現行構成", "コアSW 2台（2014年導入）", "工場棟 L2SW 38台",
                                 "生産設備用VLAN と事務用VLAN が同一セグメントに混在"],
                                ["更改要件", "OT/IT ネットワークの分離", "設備側は閉域＋ファイアウォール",
                                 "2026年GW中に切替（停止可能時間 48h）"]]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PPTXの各スライドに「取扱注意」表示",
})

MESSAGES.append({
    "id": "factory-068", "charset": "iso-2022-jp",
    "sender": DOMEKI, "to": ["品質保証課 <qa-hm@hinode-sangyo.co.jp>"],
    "cc": ["製造部長 <seizo-bucho@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】11月 クレーム対応状況",
    "body": f"""品証各位

11月のクレーム対応状況をまとめました。添付をご確認ください。
川崎電機向け HB-2231 の異音案件は、12/3 の合同会議で方向性を決めます。

百目鬼
""",
    "attachments": [{"kind": "docx", "name": "クレーム対応状況_202511.docx", "page_header": "社外秘",
                     "paragraphs": ["社外秘", "2025年11月 クレーム対応状況",
                                    "新規 4件／クローズ 3件／対応中 6件",
                                    "重点：HB-2231 送風ユニット異音（市場3件）"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘表示の資料だが宛先は社内のみ",
})

MESSAGES.append({
    "id": "factory-069", "charset": "shift_jis",
    "sender": NIHEI, "to": [MIZUNO],
    "subject": "1月 勤務予定表（派遣スタッフ分）",
    "body": f"""水野様

お世話になっております。仁平です。
1月の勤務予定表をお送りします。ご確認のほどお願いします。

{SIG_NIHEI}
""",
    "attachments": [{"kind": "corrupt", "name": "2026年1月_勤務予定表.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "添付XLSXが壊れていて読めない",
})

_p = jp_people("070", 3, 1980, 2003)
MESSAGES.append({
    "id": "factory-070", "charset": "iso-2022-jp",
    "sender": KITO, "to": [GINOU],
    "subject": "玉掛け技能講習 受講申込（3名）",
    "body": f"""浜松技能講習センター 御中

お世話になっております。日の出産業の鬼頭です。
2月の玉掛け技能講習に、下記3名を申し込みます。

・{_p[0]['name']}（{_p[0]['kana']}）　{wareki(_p[0]['dob'], 'short')}生　TEL {_p[0]['tel']}
・{_p[1]['name']}（{_p[1]['kana']}）　{wareki(_p[1]['dob'], 'short')}生　TEL {_p[1]['tel']}
・{_p[2]['name']}（{_p[2]['kana']}）　{wareki(_p[2]['dob'], 'short')}生　TEL {_p[2]['tel']}

受講票は当社宛てにお送りください。

{SIG_KITO}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "3名分の受講申込（5名未満）",
})

_r = _rng("071")
_rows = [["社員番号", "住所（乗車希望停留所付近）", "携帯", "勤務"]]
for i in range(10):
    z, a = address(_r)
    _rows.append([f"H{_r.randint(10000, 99999)}", a, mobile(_r), ["日勤", "1直", "2直"][i % 3]])
MESSAGES.append({
    "id": "factory-071", "charset": "iso-2022-jp",
    "sender": GAMBE, "to": ["遠州バス 貸切営業所 <kashikiri@enshu-bus.co.jp>"],
    "subject": "通勤送迎バス ルート見直し用データ",
    "body": f"""遠州バス株式会社 貸切営業所 御中

お世話になっております。日の出産業の雁部です。
来年度の送迎バスのルート見直しに向けて、新規の乗車希望者のデータをお送りします。
乗り遅れ時の連絡用に携帯番号も記載しています。

{pad_table(_rows)}

停留所の追加が可能かご検討いただけますと幸いです。

{SIG_GAMBE}
""",
    "expect": "stop",
    "entities": ["JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "氏名列はないが10名分の住所・携帯の一覧をバス会社へ",
})

_v = vn_people("072", 2)
MESSAGES.append({
    "id": "factory-072", "charset": "utf-8",
    "sender": SHIBASAKI, "to": [SAKABE],
    "subject": "入国日・空港お迎えの件（12/11）",
    "body": f"""坂部様

お世話になっております。柴崎です。
12/11に先行入国する2名の到着便が確定しました。

　便名：VN318 ハノイ発 → 中部国際空港 6:35着
　{_v[0]['name']}　現地携帯（日本でも使用可）：{_v[0]['tel']}
　{_v[1]['name']}　現地携帯（日本でも使用可）：{_v[1]['tel']}

空港へのお迎えは当社の車で伺います。講習センターへの移動はお任せしてよろしいでしょうか。

{SIG_SHIBASAKI}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "2名の連絡先のみ（5名未満）",
})

MESSAGES.append({
    "id": "factory-073", "charset": "iso-2022-jp",
    "sender": MURAKOSHI, "to": ["本社 総務部 <soumu@hinode-sangyo-co.jp>"],
    "subject": "11月 安全衛生委員会 議事録の送付",
    "body": f"""本社 総務部 御中

お疲れさまです。浜松工場の村越です。
11月の安全衛生委員会の議事録をお送りします。

　1. 休業災害 1件（第1製造課・挟まれ）の再発防止策を承認
　2. 冬季の路面凍結対策（構内の融雪剤散布）
　3. ストレスチェックの実施時期（1月予定）

ご確認をお願いいたします。

{SIG_MURAKOSHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "自社ドメインのドットをハイフンにした類似ドメイン（hinode-sangyo-co.jp）",
})

MESSAGES.append({
    "id": "factory-074", "charset": "iso-2022-jp",
    "sender": MURAKOSHI,
    "to": ["安全衛生委員会 <anzen-iinkai@hinode-sangyo.co.jp>"],
    "subject": "第8回 安全衛生委員会 議事録",
    "body": f"""委員各位

お疲れさまです。事務局の村越です。
11/25開催の第8回安全衛生委員会の議事録です。

■出席：委員12名中11名（産業医 杉山先生 出席）
■報告事項
　・10月の休業災害 1件、不休災害 2件
　・有機溶剤健診の結果：C判定 2名 → 再検査済み、就業制限なし
■審議事項
　・局所排気装置の定期自主検査結果（塗装ブース3基とも良好）
　・冬季の路面凍結対策 → 承認
■次回：12/16（火）15:00〜

{SIG_MURAKOSHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社内宛ての議事録",
})

_v = vn_people("075", 5)
_s = [["住民税 特別徴収・社会保険手続き用　個人番号一覧（技能実習生）"], [],
      ["No", "氏名", "生年月日", "個人番号", "住所"]]
for i, p in enumerate(_v, 1):
    _s.append([i, p["name"], seireki(p["dob"]), my_number(3906 + i),
               f"静岡県浜松市浜名区新都田4丁目8-15 日の出第2寮 {p['room']}"])
MESSAGES.append({
    "id": "factory-075", "charset": "iso-2022-jp",
    "sender": SHIBASAKI, "to": [OISHI],
    "subject": "実習生5名 個人番号一覧（社保手続き用）",
    "body": f"""大石様

お世話になっております。柴崎です。
先日ご依頼のあった、実習生5名分の個人番号一覧をExcelで添付いたします。
住民税の特別徴収切替の手続きもあわせてお願いいたします。

{SIG_SHIBASAKI}
""",
    "attachments": [{"kind": "xlsx", "name": "個人番号一覧_実習生.xlsx",
                     "sheets": {"一覧": _s, "メモ": [["提出先", "浜松市 市民税課"],
                                                    ["期限", "2025/12/10"]]}}],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "マイナンバー5件入りXLSXを社労士（社外）へ",
})

MESSAGES.append({
    "id": "factory-076", "charset": "iso-2022-jp",
    "sender": SHIBASAKI, "to": [SAKABE],
    "subject": "12月 定期監査の日程調整",
    "body": f"""坂部様

お世話になっております。柴崎です。
12月の定期監査について、当社の候補日は以下のとおりです。

　12/16（火）午後　／　12/17（水）終日　／　12/19（金）午前

当日は、賃金台帳・出勤簿・実習日誌をご用意いたします。
寮の確認もされる場合は、事前にお知らせください。

{SIG_SHIBASAKI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "日程調整のみ",
})

MESSAGES.append({
    "id": "factory-077", "charset": "iso-2022-jp",
    "sender": KITO, "to": [ONODERA], "cc": [KDK_ANZEN],
    "subject": "協力会社作業員の入構停止についてご報告",
    "body": f"""川崎電機株式会社
小野寺様

お世話になっております。日の出産業の鬼頭です。
貴工場の受変電設備更新工事に従事していた当社協力会社（丸栄工業）の作業員
笹原 直樹 氏が、11/9（日）夜に酒気帯び運転の容疑で逮捕されたとの報告を
丸栄工業より受けました。業務外の私有車での事案です。

同氏については本日付で入構を停止し、工事からも外しております。
工程への影響はございませんが、取り急ぎご報告いたします。

{SIG_KITO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定個人の逮捕歴（要配慮）を社外へ",
})

MESSAGES.append({
    "id": "factory-078", "charset": "shift_jis",
    "sender": GAMBE, "to": [HAKAMATA_C],
    "subject": "年末大掃除（12/27）の作業範囲について",
    "body": f"""袴田様

お世話になっております。雁部です。
12/27（土）の年末大掃除について、お願いしたい範囲をまとめました。

　・本館 1〜3階 窓ガラス（内外）
　・食堂 厨房排気フード（北国フーズ様の立会いあり）
　・第2倉庫 床面の機械洗浄（約1,200㎡）

作業時間は 8:00〜17:00、昼食は食堂をご利用いただけます（12名分手配済み）。
当日は私が立ち会います。何かあれば携帯へご連絡ください。

{SIG_GAMBE}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "送信者本人の署名（携帯含む）のみ",
})

MESSAGES.append({
    "id": "factory-079", "charset": "iso-2022-jp",
    "sender": MURAKOSHI, "to": [WASHIYAMA],
    "cc": [NOZUE, KAMO, HAKAMATA_C, HAYAKAWA],
    "subject": "構内 熱中症対策 振り返りアンケートのお願い",
    "body": f"""協力会社 ご担当者様

お世話になっております。日の出産業 安全衛生係の村越です。
今夏の構内での熱中症対策について、振り返りアンケートをお願いしております。

　回答期限：12月12日（金）
　回答方法：下記フォームから（所要5分程度）
　https://forms.hinode-sangyo.co.jp/heat2025

来年度のWBGT計の増設や休憩所の配置の参考にさせていただきます。

{SIG_MURAKOSHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "協力会社5社をTo/Ccに並べ、互いのアドレスが見える",
})

MESSAGES.append({
    "id": "factory-080", "charset": "iso-2022-jp",
    "sender": KABURAGI, "to": ["東海リサイクル 経理課 <keiri@tokai-recycle.co.jp>"],
    "subject": "有価物（鉄スクラップ）売却代金のご請求",
    "body": f"""東海リサイクル株式会社
経理課 御中

いつもお世話になっております。日の出産業 浜松工場 総務課の蕪木です。
11月分の鉄スクラップ売却代金につきまして、下記のとおりご請求申し上げます。

　請求番号　：HS-INV-2511-032
　品目　　　：鉄スクラップ（H2）　18.46t × 42,500円
　請求金額　：862,975円（税込）
　お支払期限：2025年12月25日
　振込先　　：みどり銀行 浜松支店 普通 1843072　ヒノデサンギヨウ（カ
　登録番号　：T7080401129366

請求書原本は本日郵送いたしました。

--
日の出産業株式会社 浜松工場 総務課 課長
蕪木 康弘
{ADDR_FACTORY}
TEL 053-428-7710
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "請求書（会社の口座・適格請求書発行事業者登録番号）— 個人データではない",
})

# ======================================================================================
# 081-100
# ======================================================================================

_p = jp_people("081", 7, 1965, 1990)
_x = [["夜間・休日 緊急呼出連絡網（2025年12月改訂）"],
      ["順位", "氏名", "役職", "自宅電話", "携帯", "住所"]]
for i, p in enumerate(_p, 1):
    _x.append([i, p["name"], ["工場長代理", "施設管理課長", "電気主任", "班長", "班長", "班長",
                              "保全係"][i - 1], f"053-4{i}{p['no'][:1]}-{p['no'][1:]}",
               p["tel"], p["addr"]])
MESSAGES.append({
    "id": "factory-081", "charset": "shift_jis",
    "sender": GAMBE, "to": [HAYAKAWA],
    "subject": "夜間・休日 緊急呼出連絡網（更新版）",
    "body": f"""早川隊長

いつもお世話になっております。雁部です。
夜間・休日の設備異常時の呼出連絡網を更新しましたので送付します。
（古いExcelの形式のままですみません）
旧版は破棄をお願いします。

{SIG_GAMBE}
""",
    "attachments": [{"kind": "xls", "name": "緊急呼出連絡網_202512.xls", "sheets": {"連絡網": _x}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "7名の自宅電話・携帯・住所を旧形式XLSで警備会社へ",
})

MESSAGES.append({
    "id": "factory-082", "charset": "iso-2022-jp",
    "sender": NIHEI, "to": [MIZUNO],
    "subject": "2026年度 勤務体系（4直3交替）についてのご説明",
    "body": f"""水野様

お世話になっております。仁平です。
来年度から成形ラインを4直3交替に移行する予定です。概要は以下のとおりです。

　勤務帯：A勤 6:00-14:00／B勤 14:00-22:00／C勤 22:00-翌6:00
　サイクル：A×2 → B×2 → C×2 → 休×2（8日周期）
　年間休日：約 121 日
　派遣スタッフ様の必要人数：各直 4名 × 4直 ＝ 16名（現在 11名）

募集時の条件提示の参考にしていただければと思います。

{SIG_NIHEI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "勤務体系の説明のみで個人なし",
})

MESSAGES.append({
    "id": "factory-083", "charset": "iso-2022-jp",
    "sender": SUNAOSHI, "to": ["川崎電機 調達部 岩瀬様 <iwase.k@kawasaki-denki.co.jp>"],
    "subject": "【機密】部品単価改定（2026年4月〜）のご提示",
    "body": f"""機密区分：機密（関係者限り）

川崎電機株式会社
調達部 岩瀬様

いつもお世話になっております。日の出産業 購買課の砂押です。
材料費・物流費の上昇を受け、2026年4月納入分からの単価改定案をご提示いたします。

　HB-2231（送風ユニット）　 4,820円 → 5,090円（+5.6%）
　HB-3100（送風ユニット大） 7,350円 → 7,720円（+5.0%）
　HB-2231-07（ブラケット）　  168円 →   176円（+4.8%）

原価内訳は打合せの場でご説明させてください。

{SIG_SUNAOSHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "件名と本文に「機密」区分表示",
})

MESSAGES.append({
    "id": "factory-084", "charset": "iso-2022-jp",
    "sender": KUROYANAGI, "to": [MURAKOSHI],
    "subject": "ストレスチェック高ストレス者面談 日程表（パスワード付き）",
    "body": f"""村越さん

お疲れさまです。畔柳です。
産業医面談の日程表をパスワード付きZIPで送ります。
パスワードはいつもの方法でお伝えします。

畔柳
""",
    "attachments": [{"kind": "zip", "name": "面談日程_202512.zip", "password": "kenkou-1201",
                     "files": [{"kind": "txt", "name": "面談日程.txt",
                                "text": "12/4 13:00 製造1課\n12/4 13:30 物流課\n12/11 14:00 組立課\n"}]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "暗号化ZIPだが宛先は社内のみ",
})

MESSAGES.append({
    "id": "factory-085", "charset": "utf-8",
    "sender": MURAKOSHI, "to": ["ひかり就労支援センター 相談員 <soudan@hikari-shuro.or.jp>"],
    "subject": "定着支援面談の件（一ノ瀬さん）",
    "body": f"""ひかり就労支援センター
ご担当 相談員様

いつもお世話になっております。日の出産業の村越です。
10月に障害者雇用枠で入社した 一ノ瀬 栞 さん（精神障害者保健福祉手帳2級）の
定着支援面談について、ご連絡いたします。

最近、午後になると疲れが出やすく、服薬の時間帯を主治医と相談中とのことです。
職場では、検査工程のうち単純作業を中心にし、1時間ごとに小休憩を取れるよう
配慮しています。

次回の面談を12/10（水）15時に当社でお願いできますでしょうか。

{SIG_MURAKOSHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定個人の障害・服薬情報（要配慮）を社外の支援機関へ",
})

_p = jp_people("086", 6)
_q = "\n".join(f"{p['name']}　{p['tel']}　{s}" for p, s in zip(
    _p, ["日勤", "日勤", "夜勤", "夜勤", "日勤（隊長代理）", "夜勤"]))
MESSAGES.append({
    "id": "factory-086", "charset": "shift_jis",
    "sender": GAMBE, "to": [HAYAKAWA],
    "subject": "RE: 12月 警備員配置表の件",
    "body": f"""早川隊長

配置表、受領しました。ありがとうございます。
12/20の全館停電時は、正門と東門の2名体制でお願いいたします。

{SIG_GAMBE}

差出人: 早川 <hayakawa@central-keibi.co.jp>
送信日時: 2025年11月26日 9:12
宛先: 雁部 剛 <gambe.tsuyoshi@hinode-sangyo.co.jp>
件名: 12月 警備員配置表の件

日の出産業 雁部様

いつもお世話になっております。セントラル警備の早川です。
12月の配置人員は以下のとおりです。

{_q}

よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "警備員の名簿は相手メールの引用（差出人/送信日時）部分のみ",
})

_v = vn_people("087", 6)
_r = _rng("087b")
_rows = [["氏名", "生年月日", "支店", "科目", "口座番号"]]
for p in _v:
    _rows.append([p["name"], seireki(p["dob"]), "浜松支店", "普通", f"{_r.randint(1000000, 9999999)}"])
MESSAGES.append({
    "id": "factory-087", "charset": "iso-2022-jp",
    "sender": SHIBASAKI,
    "to": ["みどり銀行 浜松支店 法人営業 <hamamatsu-hojin@midori-ginko.co.jp>"],
    "subject": "実習生 給与振込口座の開設状況のご確認",
    "body": f"""みどり銀行 浜松支店 法人営業ご担当様

いつもお世話になっております。日の出産業の柴崎です。
11/12に口座開設でお伺いした実習生6名について、通帳を受け取りました。
給与振込の登録に使用する口座番号は以下で間違いないか、ご確認いただけますか。

{pad_table(_rows)}

キャッシュカードの発送時期もあわせて教えていただけますと助かります。

{SIG_SHIBASAKI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "実習生6名の口座番号・生年月日の一覧を銀行へ",
})

_p = jp_people("088", 2, 1972, 1995)
MESSAGES.append({
    "id": "factory-088", "charset": "iso-2022-jp",
    "sender": KITO, "to": [ONODERA],
    "subject": "有機溶剤作業主任者 資格の件",
    "body": f"""小野寺様

お世話になっております。鬼頭です。
塗装補修作業の作業主任者について、ご依頼の資格情報をお知らせします。

　{_p[0]['name']}　{wareki(_p[0]['dob'])}生
　　有機溶剤作業主任者技能講習 修了証 第 22-0418 号（静岡労働基準協会）
　{_p[1]['name']}　{wareki(_p[1]['dob'])}生
　　有機溶剤作業主任者技能講習 修了証 第 24-1107 号（静岡労働基準協会）

修了証の写しは入構時に持参いたします。

{SIG_KITO}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "2名の資格情報（5名未満、要配慮なし）",
})

MESSAGES.append({
    "id": "factory-089", "charset": "iso-2022-jp",
    "sender": SUNAOSHI, "to": ["錦印刷 高杉様 <takasugi@nishiki-lnsatsu.co.jp>"],
    "subject": "安全標識ステッカー 増刷のお願い",
    "body": f"""錦印刷 高杉様

お世話になっております。砂押です。
構内の安全標識ステッカーの増刷をお願いします。

　・「頭上注意」（A4）　　 50枚
　・「フォークリフト通路」（A3）30枚
　・「火気厳禁」（A4）　　 40枚

仕様は前回（注文番号 PO-2025-09341）と同じでお願いします。

{SIG_SUNAOSHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatsu.co.jp の i を l にした類似ドメイン",
})

_p = jp_people("090", 1, 1985, 1999)[0]
MESSAGES.append({
    "id": "factory-090", "charset": "iso-2022-jp",
    "sender": KUROYANAGI, "to": [KENSHIN],
    "subject": "特殊健診 受診予約（1名追加）",
    "body": f"""遠州健康管理センター 健診課 御中

お世話になっております。日の出産業 健康管理室の畔柳です。
12/9（火）の巡回健診に、1名追加をお願いいたします。

　氏名　　：{_p['name']}（{_p['kana']}）
　生年月日：{wareki(_p['dob'])}
　健診種別：有機溶剤健診・特定化学物質健診（配置前）
　備考　　：12月から塗装課へ配置転換予定

問診票は当日持参させます。

{SIG_KUROYANAGI}
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "健診の予約（結果ではない）— 特殊健診の受診事実を健康情報とみるかで判断が分かれる",
})

MESSAGES.append({
    "id": "factory-091", "charset": "utf-8",
    "sender": "Ryo Domeki <domeki.ryo@hinode-sangyo.co.jp>",
    "to": ["Mr. Pham Quang Vinh <vinh.pq@saigon-mech.com.vn>"],
    "subject": "Inspection data for lot SM-251104 (password protected)",
    "body": f"""Dear Mr. Vinh,

Attached is the dimensional inspection data for lot SM-251104.
The file is password protected; I will send the password in a separate e-mail.

Best regards,
{SIG_DOMEKI_EN}
""",
    "attachments": [{"kind": "zip", "name": "inspection_SM-251104.zip", "password": "Hs#251104q",
                     "files": [{"kind": "csv", "name": "inspection.csv", "encoding": "utf-8",
                                "rows": [["sample", "burr_mm", "hole_dia"], ["1", "0.24", "6.02"],
                                         ["2", "0.11", "6.01"], ["3", "0.31", "6.03"]]}]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "暗号化ZIP（検査不可）を海外取引先へ",
})

MESSAGES.append({
    "id": "factory-092", "charset": "iso-2022-jp",
    "sender": MURAKOSHI, "to": ["ジョブナビ東海 前田様 <maeda@jobnavi-tokai.co.jp>"],
    "subject": "求人広告原稿（製造スタッフ・期間従業員）",
    "body": f"""ジョブナビ東海 前田様

お世話になっております。日の出産業の村越です。
1月掲載分の原稿をお送りします。

【職種】製造スタッフ（期間従業員・6か月更新）
【仕事内容】送風ユニットの組立・検査、フォークリフトでの運搬（資格取得支援あり）
【勤務地】浜松工場（浜松市浜名区新都田）／無料送迎バスあり
【給与】時給 1,450円〜（夜勤手当・皆勤手当あり）月収例 31万円
【待遇】寮完備（月1万円）、社員食堂（1食 300円）
【応募】TEL 053-428-7710（総務課 採用担当）

掲載期間は1/6〜1/26の3週間でお願いします。

{SIG_MURAKOSHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "求人原稿で個人データなし",
})

_v = vn_people("093", 2)
MESSAGES.append({
    "id": "factory-093", "charset": "utf-8",
    "sender": SHIBASAKI, "to": ["旅の窓口トラベル 法人課 <houjin@tabinomado-travel.co.jp>"],
    "subject": "一時帰国 航空券手配（ハノイ往復・2名）",
    "body": f"""旅の窓口トラベル 法人課 御中

お世話になっております。日の出産業の柴崎です。
実習生2名の一時帰国の航空券手配をお願いします。

　区間：中部国際空港 ⇔ ハノイ（ノイバイ）
　往路：2026年1月24日（土）　復路：2月8日（日）

　① 氏名（旅券記載どおり）：{_v[0]['name']}
　　 生年月日：{seireki(_v[0]['dob'])}　旅券番号：{_v[0]['passport']}　有効期限：2031/03/17
　② 氏名（旅券記載どおり）：{_v[1]['name']}
　　 生年月日：{seireki(_v[1]['dob'])}　旅券番号：{_v[1]['passport']}　有効期限：2030/08/02

お見積りをいただけましたら、社内承認後に発券をお願いいたします。

{SIG_SHIBASAKI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "旅券番号（身分証番号）2名分を旅行会社へ",
})

MESSAGES.append({
    "id": "factory-094", "charset": "iso-2022-jp",
    "sender": KITO, "to": [WASHIYAMA],
    "subject": "KYシート様式・安全ポスターの共有",
    "body": f"""鷲山様

お世話になっております。鬼頭です。
先日の協議会でお話ししたKY（危険予知）シートの様式を添付します。
本資料は社外秘扱いではございませんので、貴社の現場の皆様へ自由に展開していただいて
構いません。ポスターのデータが必要でしたらお知らせください。

{SIG_KITO}
""",
    "attachments": [{"kind": "pdf", "name": "KYシート様式_2025.pdf", "title": "KYシート",
                     "lines": ["KY（危険予知）活動シート", "作業名：＿＿＿＿＿＿　日付：＿＿／＿＿",
                               "1. どんな危険が潜んでいるか", "2. これが危険のポイントだ",
                               "3. あなたならどうする", "4. 私たちはこうする（チーム行動目標）",
                               "指差し呼称：「○○ ヨシ！」"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "「社外秘扱いではない」と否定する言及のみ、区分表示なし",
})

MESSAGES.append({
    "id": "factory-095", "charset": "iso-2022-jp",
    "sender": GAMBE,
    "to": [ONODERA, "KDKサービス 保守部 <hoshu@kdk-service.co.jp>",
           "KDKエンジニアリング 設計課 <sekkei@kdk-eng.co.jp>"],
    "subject": "受変電設備 保守契約の移管について（三者打合せ）",
    "body": f"""川崎電機 小野寺様
KDKサービス 保守部 ご担当様
KDKエンジニアリング 設計課 ご担当様

お世話になっております。日の出産業の雁部です。
更新後の受変電設備の保守を、川崎電機グループ内でKDKサービス様へ移管される件、
三者で打合せをお願いしたく存じます。

　候補日：12/15（月）または 12/17（水）の午後
　議題　：保守範囲、竣工図書の引継ぎ、緊急時の連絡体制

{SIG_GAMBE}
""",
    "expect": "either",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "同一グループ3社を3つの外部組織とみるか、1グループとみるかで判断が分かれる",
})

_p = jp_people("096", 1, 1978, 1992)[0]
MESSAGES.append({
    "id": "factory-096", "charset": "shift_jis",
    "sender": KUROYANAGI, "to": [MIZUNO],
    "subject": "派遣スタッフの健康診断結果について（就業上の配慮のお願い）",
    "body": f"""水野様

お世話になっております。日の出産業 健康管理室の畔柳です。
当社で実施した特殊健診の結果、貴社スタッフの方1名に就業上の配慮が必要と
判断されましたので、結果票を添付いたします。
夜勤の回数について、ご本人も交えてご相談させてください。

{SIG_KUROYANAGI}
""",
    "attachments": [{"kind": "pdf", "name": "健康診断個人票_派遣.pdf",
                     "lines": ["健康診断個人票（特定化学物質健診）",
                               f"氏名：{_p['name']}　生年月日：{wareki(_p['dob'])}",
                               "所属：スタッフプラス浜松（派遣先：第2製造課）", "",
                               "血圧：168/102 mmHg（要治療）",
                               "AST 58 / ALT 91 / γ-GTP 214（要精密検査）",
                               "医師の意見：夜勤を月4回以内に制限、3か月後に再検査"]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "1名の健診結果（要配慮）をPDFで派遣元へ",
})

_p = jp_people("097", 6)
_hist = ["なし", "高血圧（服薬中）", "なし", "腰椎ヘルニア（既往）", "糖尿病（服薬中）", "なし"]
_txt = pad_table([["氏名", "年齢", "血圧", "既往歴", "高所作業"]] + [
    [p["name"], str(p["age"]), ["128/80", "152/96", "118/76", "134/88", "142/90", "122/78"][i],
     _hist[i], "可" if i not in (1, 4) else "不可"] for i, p in enumerate(_p)])
_html_rows = "".join(
    f"<tr><td>{p['name']}</td><td>{p['age']}</td><td>{_hist[i]}</td></tr>" for i, p in enumerate(_p))
MESSAGES.append({
    "id": "factory-097", "charset": "utf-8",
    "sender": KITO, "to": ["川崎電機 工事管理係 <koji-kanri@kawasaki-denki.co.jp>"],
    "subject": "高所作業従事者 健康状態確認表の提出",
    "body": f"""川崎電機株式会社 工事管理係 御中

お世話になっております。日の出産業の鬼頭です。
ご指示のありました高所作業従事予定者の健康状態確認表です。

{_txt}

「不可」の2名は地上作業のみに配置します。

{SIG_KITO}
""",
    "html": f"""<html><body>
<p>川崎電機株式会社 工事管理係 御中</p>
<p>お世話になっております。日の出産業の鬼頭です。<br>
ご指示のありました高所作業従事予定者の健康状態確認表です。</p>
<table border="1"><tr><th>氏名</th><th>年齢</th><th>既往歴</th></tr>{_html_rows}</table>
<p>「不可」の2名は地上作業のみに配置します。</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "作業員6名の既往歴・血圧（要配慮）を元請へ（text+HTML）",
})

_p = jp_people("098", 8)
_tr = "".join(f"<tr><td>{p['name']}</td><td>{p['tel']}</td><td>{['A', 'B', 'C', 'D'][i % 4]}直</td></tr>"
              for i, p in enumerate(_p))
MESSAGES.append({
    "id": "factory-098", "charset": "utf-8",
    "sender": NIHEI, "to": ["成形ライン 班長 <seikei-hancho@hinode-sangyo.co.jp>"],
    "cc": ["生産管理課 <seisan-kanri@hinode-sangyo.co.jp>"],
    "subject": "4直3交替 試行メンバー表",
    "html": f"""<html><body>
<p>成形ライン 班長各位</p>
<p>お疲れさまです。仁平です。1月の4直3交替 試行メンバーです。</p>
<table border="1" cellpadding="2"><tr><th>氏名</th><th>携帯</th><th>直</th></tr>{_tr}</table>
<p>仁平（内線2410）</p>
</body></html>""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "HTMLのみで8名の携帯一覧だが宛先は社内のみ",
})

_p = jp_people("099", 1, 1995, 2004)[0]
MESSAGES.append({
    "id": "factory-099", "charset": "iso-2022-jp",
    "sender": WAGATSUMA, "to": [UCHIYAMA_H],
    "subject": "第1寮 入居者1名追加のご連絡",
    "body": f"""内山様

お世話になっております。我妻です。
12/1付で第1寮に1名入居します。

　氏名：{_p['name']}（{_p['kana']}）
　部屋：第1寮 206号室
　携帯：{_p['tel']}
　入居日：12月1日（月）

鍵の受け渡しは当日17時、管理人室でお願いします。

{SIG_WAGATSUMA}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "入居者1名の連絡先のみ",
})

MESSAGES.append({
    "id": "factory-100", "charset": "utf-8",
    "sender": "Ryo Domeki <domeki.ryo@hinode-sangyo.co.jp>", "to": [LINA],
    "subject": "Our visit to Hengda Dongguan plant - Jan 20",
    "body": f"""Dear Ms. Li,

Thank you for accepting our visit on January 20. Our members are:

  1. Ryo Domeki (QA) - mobile +81-80-4417-2096
  2. Yuki Sunaoshi (Purchasing) - mobile +81-90-6638-1175
  3. Shinji Kamaishi (Production Engineering) - mobile +81-70-3120-8854

We will arrive at the plant around 9:30 by taxi from our hotel in Dongguan.
Please let us know if you need any other information for the gate pass.

Best regards,
{SIG_DOMEKI_EN}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "訪問者3名の氏名と携帯（5名未満）",
})
